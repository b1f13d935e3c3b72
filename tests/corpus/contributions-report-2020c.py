"""Draws contributions-report-2020c.pdf: an SCPF status report on outstanding
contributions to the Administrative Part of the Budget (S/27/5, October 2020)."""
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_RIGHT, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                Table, TableStyle, PageBreak, NextPageTemplate, KeepTogether)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "contributions-report-2020c.pdf")

SYMBOL = "S/27/5"
W, H = A4
LM = RM = 25 * mm
TM = 22 * mm
FONT, BOLD = "Helvetica", "Helvetica-Bold"

body = ParagraphStyle("body", fontName=FONT, fontSize=10.5, leading=14, alignment=TA_JUSTIFY,
                      spaceAfter=9)
num = ParagraphStyle("num", parent=body, firstLineIndent=12 * mm, leftIndent=0, bulletIndent=0,
                     bulletFontName=FONT, bulletFontSize=10.5)
item = ParagraphStyle("item", parent=body, leftIndent=22 * mm, firstLineIndent=0,
                      bulletIndent=12 * mm, bulletFontName=FONT, bulletFontSize=10.5,
                      spaceAfter=6)
centre_bold = ParagraphStyle("cb", fontName=BOLD, fontSize=11, leading=15, alignment=TA_CENTER)
fn_style = ParagraphStyle("fn", fontName=FONT, fontSize=8.5, leading=10.5, alignment=TA_JUSTIFY,
                          leftIndent=4 * mm, firstLineIndent=-4 * mm)
cell = ParagraphStyle("cell", fontName=FONT, fontSize=9, leading=11)
cell_hdr = ParagraphStyle("cellh", fontName=BOLD, fontSize=9, leading=11, alignment=TA_CENTER)

# ---------------------------------------------------------------- footnotes
FOOTNOTES = {
    "1": ("the Programme and Budget for 2020",
          "See the Programme and Budget for 2020 (C/110/6) and the revised figures presented "
          "to the Standing Committee at its Twenty-sixth Session in the Programme and Budget "
          "for 2020 – Revision (S/26/7)."),
    "2": ("for the preceding two full years",
          "Article 4, paragraph 2, of the Constitution also allows the Council to restore "
          "the right to vote of such a Member State if it is satisfied that the failure to "
          "pay is due to conditions beyond the control of that State."),
}
PAGE_FNS = {}          # page number -> list of footnote keys
_current_page = [0]


def sup(n):
    return '<super rise="4" size="7">%s</super>' % n


# ---------------------------------------------------------------- page drawing
def header(canv, lines):
    canv.setFont(FONT, 10)
    y = H - 14 * mm
    for ln in lines:
        canv.drawRightString(W - RM, y, ln)
        y -= 12


def draw_footnotes(canv, page):
    keys = PAGE_FNS.get(page, [])
    if not keys:
        return
    paras = [Paragraph("%s%s" % (sup(k), FOOTNOTES[k][1]), fn_style) for k in keys]
    heights = []
    for p in paras:
        _, h = p.wrap(W - LM - RM, H)
        heights.append(h)
    y = 16 * mm + sum(heights) + 3 * (len(paras) - 1)
    canv.setLineWidth(0.5)
    canv.line(LM, y + 5, LM + 45 * mm, y + 5)
    for p, h in zip(paras, heights):
        p.drawOn(canv, LM, y - h)
        y -= h + 3


def on_cover(canv, doc):
    _current_page[0] = doc.page


def on_body(canv, doc):
    _current_page[0] = doc.page
    header(canv, [SYMBOL, "Page %d" % (doc.page - 1)])


def on_annex(canv, doc):
    _current_page[0] = doc.page
    header(canv, [SYMBOL, "Annex", "Page %d" % (doc.page - 1)])


def on_page_end(canv, doc):
    draw_footnotes(canv, doc.page)


class Doc(BaseDocTemplate):
    def afterFlowable(self, fl):
        if isinstance(fl, Paragraph):
            txt = fl.getPlainText()
            for k, (anchor, _) in FOOTNOTES.items():
                if anchor in txt and not any(k in v for v in PAGE_FNS.values()):
                    PAGE_FNS.setdefault(self.page, []).append(k)


frame_cover = Frame(LM, 20 * mm, W - LM - RM, H - TM - 20 * mm, id="cover",
                    leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
frame_body = Frame(LM, 42 * mm, W - LM - RM, H - 34 * mm - 42 * mm, id="body",
                   leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
frame_annex = Frame(LM, 18 * mm, W - LM - RM, H - 38 * mm - 18 * mm, id="annex",
                    leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

doc = Doc(OUT, pagesize=A4, title="S/27/5 Status report on outstanding contributions",
          author="International Organization for Migration")
doc.addPageTemplates([
    PageTemplate("cover", [frame_cover], onPage=on_cover, onPageEnd=on_page_end),
    PageTemplate("body", [frame_body], onPage=on_body, onPageEnd=on_page_end),
    PageTemplate("annex", [frame_annex], onPage=on_annex, onPageEnd=on_page_end),
])

story = []

# ---------------------------------------------------------------- cover
right = ParagraphStyle("r", fontName=FONT, fontSize=10.5, leading=14, alignment=TA_RIGHT)
story += [
    Paragraph("<b>%s</b>" % SYMBOL, right),
    Paragraph("Original: English", right),
    Paragraph("9 October 2020", right),
    Spacer(1, 60 * mm),
    Paragraph("STANDING COMMITTEE ON PROGRAMMES AND FINANCE",
              ParagraphStyle("org", fontName=BOLD, fontSize=12, leading=16, alignment=TA_CENTER)),
    Spacer(1, 4),
    Paragraph("Twenty-seventh Session",
              ParagraphStyle("ses", fontName=FONT, fontSize=12, leading=16, alignment=TA_CENTER)),
    Spacer(1, 45 * mm),
    Paragraph("STATUS REPORT ON OUTSTANDING CONTRIBUTIONS<br/>"
              "TO THE ADMINISTRATIVE PART OF THE BUDGET",
              ParagraphStyle("t", fontName=BOLD, fontSize=13, leading=18, alignment=TA_CENTER)),
    NextPageTemplate("body"),
    PageBreak(),
]

# ---------------------------------------------------------------- body
story += [
    Paragraph("STATUS REPORT ON OUTSTANDING CONTRIBUTIONS TO THE<br/>"
              "ADMINISTRATIVE PART OF THE BUDGET", centre_bold),
    Spacer(1, 14),
]

PARAS = [
    # 1
    "This report describes the position, as at 30 September 2020, of the assessed "
    "contributions to the Administrative Part of the Budget for 2020 and of the arrears "
    "that Member States still owe for earlier years. The Administrative Part of the Budget "
    "for 2020, totalling CHF 52,242,614, was approved by the Council through Resolution "
    "No. 1376 of 28 November 2019 on the Programme and Budget for 2020." + sup(1) + " "
    "The assessments were issued to Member States in December 2019 and fell due on "
    "1 January 2020.",
    # 2
    "On 30 September 2020 the assessed contributions for 2020 that remained unpaid "
    "amounted to CHF 1,220,817, or some 2.3 per cent of the assessments for the year. "
    "Arrears relating to 2019 and earlier years stood at CHF 2,229,794, so that the total "
    "amount outstanding reached CHF 3,450,611. The Annex gives the amounts owed by each of "
    "the 56 Member States concerned.",
    # 3
    "By the same date, 121 of the 173 Member States had settled their 2020 assessments in "
    "full and 117 had no outstanding contributions of any kind. A year earlier, on "
    "30 September 2019, the total outstanding was CHF 3,186,452, of which CHF 2,043,118 "
    "related to previous years. The rise in arrears is mainly attributable to two Member "
    "States, Libya and Venezuela (Bolivarian Republic of), which together account for "
    "CHF 1,577,717, or about 71 per cent, of the arrears from earlier years.",
    # 4
    "Since the closing date of this report, the Administration has received CHF 41,284 "
    "from Angola and CHF 31,869 from Costa Rica, settling the 2020 assessments of both "
    "Member States in full. These payments, which total CHF 73,153, are not reflected in "
    "the Annex and will be included in the next status report.",
    # 5
    "Under Article 4 of the Constitution, a Member State that is in arrears in the payment "
    "of its financial contributions to the Organization has no vote in the Council when the "
    "amount of its arrears equals or exceeds the amount of the contributions due from it "
    "for the preceding two full years." + sup(2) + " As at 30 September 2020, the following "
    "14 Member States fell within the terms of that provision: Burundi, Cabo Verde, Central "
    "African Republic, Comoros, Gambia, Guinea-Bissau, Liberia, Libya, Marshall Islands, "
    "Mauritania, Sao Tome and Principe, Somalia, Venezuela (Bolivarian Republic of) and "
    "Yemen. The corresponding figure at the end of September 2019 was 15 Member States.",
    # 6
    "The Director General wrote in April 2020 to the Ministers for Foreign Affairs of all "
    "Member States subject to Article 4, drawing attention to the amounts due and to the "
    "possibility of settling them through a payment plan. The Permanent Missions in Geneva "
    "have been kept informed, and the Administration has remained in contact with the "
    "capitals concerned throughout the year, largely by electronic means given the "
    "restrictions associated with the COVID-19 pandemic.",
    # 7
    "Payment plans for the settlement of arrears are currently in force with four Member "
    "States, as follows:",
]
ITEMS7 = [
    ("(a)", "Dominican Republic: arrears for the period 2009\u20132016 are being repaid in eight "
            "annual instalments starting in 2017; the fourth instalment, of CHF 10,241, was "
            "received in March 2020;"),
    ("(b)", "Kyrgyzstan: a plan of five annual instalments was agreed in 2018; the instalment "
            "for 2020 was received in June 2020, together with the assessment for the year;"),
    ("(c)", "Paraguay: arrears accumulated up to 2015 are being settled over ten years, and "
            "all instalments due up to and including 2020 have been paid on schedule; and"),
    ("(d)", "Tajikistan: a plan agreed in November 2019 provides for six annual instalments of "
            "CHF 5,000 in addition to the current assessment; the first instalment was paid in "
            "December 2019 and the second is due by 31 December 2020."),
]
PARAS_AFTER = [
    # 8
    "Member States that honour the terms of an agreed payment plan and pay their current "
    "assessments are not deemed to fall within the terms of Article 4, in accordance with "
    "the arrangements endorsed by the Council in Resolution No. 1257 of 26 November 2013. "
    "For that reason the four Member States listed in the preceding paragraph do not "
    "appear in paragraph 5, although their arrears exceed the threshold. The Central "
    "African Republic has expressed interest in a payment plan, and discussions with its "
    "authorities are under way.",
    # 9
    "The economic consequences of the pandemic have weighed on the public finances of a "
    "number of Member States, and several of them have informed the Administration that "
    "payment of their 2020 assessments will be delayed until the last quarter of the year. "
    "Member States unable to pay the full amount are encouraged to make partial payments, "
    "since the Administrative Part of the Budget is funded entirely by assessed "
    "contributions and has no reserve from which shortfalls can be met.",
    # 10
    "The Standing Committee is invited to take note of this report, to urge Member States "
    "with outstanding contributions to pay them in full as soon as possible and to "
    "encourage those subject to Article 4 of the Constitution to agree a payment plan with "
    "the Administration.",
]


def numbered(n, text):
    # number at the margin, first line indented by a tab stop (IOM layout)
    return Paragraph(text, num, bulletText="%d." % n)


for i, t in enumerate(PARAS, 1):
    story.append(numbered(i, t))
for lab, t in ITEMS7:
    story.append(Paragraph(t, item, bulletText=lab))
story.append(Spacer(1, 3))
for i, t in enumerate(PARAS_AFTER, len(PARAS) + 1):
    story.append(numbered(i, t))

story += [NextPageTemplate("annex"), PageBreak()]

# ---------------------------------------------------------------- annex
ROWS = [
    ("Afghanistan", None, 8923), ("Albania", None, 4212), ("Angola", None, 41284),
    ("Argentina", 96532, None), ("Armenia", None, 3135), ("Azerbaijan", None, 25074),
    ("Bahamas", None, 9142), ("Bangladesh", None, 5831), ("Belize", 2088, 5224),
    ("Benin", 5224, 5224), ("Bolivia (Plurinational State of)", 24337, 18286),
    ("Burundi", 46118, 5224), ("Cabo Verde", 19873, 5224),
    ("Central African Republic", 38604, 5224), ("Chad", 4717, 5224),
    ("Comoros", 31229, 5224), ("Congo", None, 9664), ("Costa Rica", None, 31869),
    ("Djibouti", 3190, 5224), ("Dominica", None, 5224), ("Dominican Republic", 61447, None),
    ("Ecuador", None, 52243), ("Equatorial Guinea", 12910, 15673), ("Gabon", None, 16718),
    ("Gambia", 14530, 5224), ("Guatemala", None, 38659), ("Guinea", 6004, 5224),
    ("Guinea-Bissau", 21962, 5224), ("Haiti", 1845, 5224), ("Honduras", None, 10448),
    ("Iraq", None, 167176), ("Jamaica", None, 11493), ("Kyrgyzstan", 18720, None),
    ("Lebanon", None, 61647), ("Liberia", 17306, 5224), ("Libya", 293411, 130607),
    ("Madagascar", 3402, 5224), ("Malawi", None, 5224), ("Mali", None, 5224),
    ("Marshall Islands", 16891, 5224), ("Mauritania", 22545, 5224),
    ("Mozambique", None, 5224), ("Nicaragua", None, 5224), ("Niger", 5224, 5224),
    ("Paraguay", 40275, None), ("Sao Tome and Principe", 15944, 5224),
    ("Sierra Leone", None, 5224), ("Somalia", 28003, 5224), ("South Sudan", 8117, 5224),
    ("Sudan", None, 9671), ("Tajikistan", 27660, 5224), ("Togo", None, 5224),
    ("Uganda", None, 5224), ("Venezuela (Bolivarian Republic of)", 1284306, 370923),
    ("Yemen", 57380, 21419), ("Zimbabwe", None, 5224),
]


def fmt(v):
    return "\u2013" if not v else "{:,}".format(v)


tot_a = sum(r[1] or 0 for r in ROWS)
tot_b = sum(r[2] or 0 for r in ROWS)
assert (tot_a, tot_b) == (2229794, 1220817), (tot_a, tot_b)

data = [[Paragraph("Member State", ParagraphStyle("h0", parent=cell_hdr, alignment=TA_LEFT)),
         Paragraph("Arrears up to<br/>31 December 2019", cell_hdr),
         Paragraph("2020 assessment<br/>outstanding", cell_hdr),
         Paragraph("Total<br/>outstanding", cell_hdr)]]
for name, a, b in ROWS:
    data.append([name, fmt(a), fmt(b), fmt((a or 0) + (b or 0))])
data.append(["Total", fmt(tot_a), fmt(tot_b), fmt(tot_a + tot_b)])

tbl = Table(data, colWidths=[66 * mm, 32 * mm, 32 * mm, 30 * mm], repeatRows=1)
tbl.setStyle(TableStyle([
    ("FONT", (0, 1), (-1, -1), FONT, 9),
    ("FONT", (0, -1), (-1, -1), BOLD, 9),
    ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
    ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
    ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
    ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
    ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
    ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
    ("BOX", (0, 0), (-1, -1), 0.5, colors.black),
    ("LINEBEFORE", (1, 0), (-1, -1), 0.5, colors.black),
    ("TOPPADDING", (0, 1), (-1, -1), 1.6),
    ("BOTTOMPADDING", (0, 1), (-1, -1), 1.6),
    ("RIGHTPADDING", (1, 1), (-1, -1), 6),
]))

story += [
    Paragraph("OUTSTANDING CONTRIBUTIONS TO THE ADMINISTRATIVE PART OF THE BUDGET<br/>"
              "AS AT 30 SEPTEMBER 2020", centre_bold),
    Spacer(1, 10),
    Paragraph("(in Swiss francs)", ParagraphStyle("cap", fontName=FONT, fontSize=9.5,
                                                  leading=12, alignment=TA_CENTER)),
    Spacer(1, 4),
    tbl,
]

doc.build(story)
print("pages:", doc.page, "footnotes on pages:", PAGE_FNS)
