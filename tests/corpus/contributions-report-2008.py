# Draws contributions-report-2008.pdf: an invented SCPF status report on outstanding
# contributions to the Administrative Part of the Budget (IOM, 2008).
import re
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Table, TableStyle, Paragraph
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors

OUT = "contributions-report-2008.pdf"
SYMBOL = "SCPF/19"
W, H = A4
LM, RM = 72, 72
TEXTW = W - LM - RM
TOP = H - 60
BOTTOM = 70

BODY = "Times-Roman"
BOLD = "Times-Bold"
SIZE = 12
LEAD = 14.5
FNSIZE = 9.5
FNLEAD = 11.5
SUPSIZE = 7.5

# ---------------------------------------------------------------- data
TOTAL_ASSESSED = 37680000
RECEIVED = 31214907

# name, <=2004, 2005, 2006, 2007, 2008, footnote marker
ARREARS = [
    ("Benin", 41237, 12890, 13106, 13244, 13420, None),
    ("Bolivia", 0, 0, 0, 6118, 21380, None),
    ("Burundi", 0, 12890, 13106, 13244, 13420, None),
    ("Cape Verde", 0, 0, 0, 13244, 13420, None),
    ("Democratic Republic of the Congo", 118560, 12890, 13106, 13244, 13420, None),
    ("Dominican Republic", 0, 0, 4875, 26490, 26840, None),
    ("El Salvador", 0, 0, 0, 9772, 26840, None),
    ("Gambia", 27904, 12890, 13106, 13244, 13420, None),
    ("Guinea-Bissau", 63118, 12890, 13106, 13244, 13420, None),
    ("Haiti", 0, 3417, 13106, 13244, 13420, None),
    ("Honduras", 0, 0, 0, 13244, 13420, None),
    ("Kyrgyzstan", 22650, 12890, 13106, 13244, 13420, None),
    ("Liberia", 96412, 12890, 13106, 13244, 13420, "3"),
    ("Madagascar", 0, 0, 13106, 13244, 13420, None),
    ("Nicaragua", 0, 0, 0, 2356, 13420, None),
    ("Paraguay", 0, 0, 0, 11080, 26840, None),
    ("Sierra Leone", 35774, 12890, 13106, 13244, 13420, None),
    ("Tajikistan", 8315, 12890, 13106, 13244, 13420, None),
    ("Yemen", 0, 0, 7530, 26490, 26840, None),
]
ART4 = {"Benin", "Burundi", "Democratic Republic of the Congo", "Gambia", "Guinea-Bissau",
        "Haiti", "Kyrgyzstan", "Liberia", "Madagascar", "Sierra Leone", "Tajikistan"}


def fmt(n):
    return "{:,}".format(n)


def cell(n):
    return fmt(n) if n else "\u2013"


# check the Article 4 grouping against the figures
for name, a04, a05, a06, a07, a08, _ in ARREARS:
    prior = a04 + a05 + a06 + a07
    assess06 = 26212 if name in ("Dominican Republic", "Yemen") else 13106
    assess07 = 26490 if name in ("Dominican Republic", "Yemen", "El Salvador", "Paraguay") else 13244
    if name == "Bolivia":
        assess06, assess07 = 21020, 21150
    subject = prior >= assess06 + assess07
    assert subject == (name in ART4), name

out2008_tab = sum(r[5] for r in ARREARS)
prior_tab = sum(sum(r[1:5]) for r in ARREARS)
tab_total = out2008_tab + prior_tab
out2008 = TOTAL_ASSESSED - RECEIVED
only2008 = out2008 - out2008_tab
total_out = out2008 + prior_tab
pct_received = RECEIVED / TOTAL_ASSESSED * 100
art4_amt = sum(sum(r[1:6]) for r in ARREARS if r[0] in ART4)
other_amt = tab_total - art4_amt
N_MEMBERS, N_PAID, N_ONLY = 125, 64, 42
assert N_PAID + N_ONLY + len(ARREARS) == N_MEMBERS
assert len(ART4) == 11


def pc(x):
    return "{:.1f}".format(x / total_out * 100)


# ---------------------------------------------------------------- text machinery
def word_segments(word):
    """split a word into (text, is_sup) segments; markers are written {n}"""
    segs = []
    pos = 0
    for m in re.finditer(r"\{(\w+)\}", word):
        if m.start() > pos:
            segs.append((word[pos:m.start()], False))
        segs.append((m.group(1), True))
        pos = m.end()
    if pos < len(word):
        segs.append((word[pos:], False))
    return segs


def seg_width(segs, font, size, supsize):
    return sum(stringWidth(t, font, supsize if s else size) for t, s in segs)


def wrap(text, width, font, size, supsize):
    words = text.split()
    lines, cur, curw = [], [], 0.0
    sp = stringWidth(" ", font, size)
    for w in words:
        segs = word_segments(w)
        ww = seg_width(segs, font, size, supsize)
        if cur and curw + sp + ww > width:
            lines.append(cur)
            cur, curw = [], 0.0
        cur.append((segs, ww))
        curw = curw + (sp if len(cur) > 1 else 0) + ww
    if cur:
        lines.append(cur)
    return lines


def markers_in(line):
    return [t for segs, _ in line for t, s in segs if s]


class Doc:
    def __init__(self):
        self.c = canvas.Canvas(OUT, pagesize=A4)
        self.c.setTitle("Status report on outstanding contributions to the Administrative Part of the Budget")
        self.c.setAuthor("International Organization for Migration")
        self.page = 0  # body page number; cover is page 0
        self.footnotes = {}  # marker -> text
        self.page_fns = []
        self.y = TOP

    # -- footnotes
    def fn_lines(self, marker):
        return wrap(self.footnotes[marker], TEXTW - 18, BODY, FNSIZE, SUPSIZE)

    def fn_height(self, markers):
        if not markers:
            return 0
        h = 22  # rule and gap
        for m in markers:
            h += len(self.fn_lines(m)) * FNLEAD + 2
        return h

    def limit(self, extra_markers=()):
        return BOTTOM + self.fn_height(self.page_fns + list(extra_markers))

    def draw_footnotes(self):
        if not self.page_fns:
            return
        c = self.c
        y = BOTTOM + self.fn_height(self.page_fns) - 9
        c.setLineWidth(0.6)
        c.line(LM, y, LM + 144, y)
        y -= 10
        for m in self.page_fns:
            lines = self.fn_lines(m)
            c.setFont(BODY, SUPSIZE)
            c.drawString(LM, y + 3.2, m)
            for ln in lines:
                self.draw_line(ln, LM + 18, y, TEXTW - 18, False, BODY, FNSIZE, SUPSIZE)
                y -= FNLEAD
            y -= 2
        self.page_fns = []

    # -- pages
    def running_header(self):
        c = self.c
        c.setFont(BODY, 11)
        c.drawRightString(W - RM, H - 42, SYMBOL)
        c.drawRightString(W - RM, H - 55, "Page %d" % self.page)

    def new_page(self):
        self.draw_footnotes()
        self.c.showPage()
        self.page += 1
        self.running_header()
        self.y = H - 92

    def need(self, h, markers=()):
        if self.y - h < self.limit(markers):
            self.new_page()

    # -- drawing
    def draw_line(self, line, x, y, width, justify, font, size, supsize):
        c = self.c
        sp = stringWidth(" ", font, size)
        natural = sum(ww for _, ww in line) + sp * (len(line) - 1)
        gap = sp
        if justify and len(line) > 1:
            gap = sp + (width - natural) / (len(line) - 1)
        for segs, ww in line:
            xx = x
            for t, s in segs:
                if s:
                    c.setFont(font, supsize)
                    c.drawString(xx, y + size * 0.38, t)
                    xx += stringWidth(t, font, supsize)
                else:
                    c.setFont(font, size)
                    c.drawString(xx, y, t)
                    xx += stringWidth(t, font, size)
            x += ww + gap

    def block(self, text, indent, label=None, label_x=None, font=BODY, justify=True, after=8):
        width = TEXTW - indent
        lines = wrap(text, width, font, SIZE, SUPSIZE)
        for i, ln in enumerate(lines):
            mk = markers_in(ln)
            self.need(LEAD, mk)
            self.y -= LEAD
            if i == 0 and label:
                # the bullet is taken from the Symbol font: Times-Roman's bullet is written
                # as code 0x7F by reportlab, which some extractors drop
                self.c.setFont("Symbol" if label == "\u2022" else font, SIZE)
                self.c.drawString(LM + label_x, self.y, label)
            last = i == len(lines) - 1
            self.draw_line(ln, LM + indent, self.y, width, justify and not last, font, SIZE, SUPSIZE)
            self.page_fns.extend(mk)
        self.y -= after

    def para(self, num, text, after=8):
        self.block(text, 36, "%d." % num, 0, after=after)

    def item(self, label, text, level=1, after=6):
        self.block(text, 36 * (level + 1), label, 36 * level, after=after)

    def heading(self, num, text):
        lines = wrap(text, TEXTW - 36, BOLD, SIZE, SUPSIZE)
        self.need(LEAD * (len(lines) + 3) + 10)
        self.y -= 8
        for i, ln in enumerate(lines):
            self.y -= LEAD
            if i == 0:
                self.c.setFont(BOLD, SIZE)
                self.c.drawString(LM, self.y, num + ".")
            self.draw_line(ln, LM + 36, self.y, TEXTW - 36, False, BOLD, SIZE, SUPSIZE)
        self.y -= 10

    def centred(self, text, font=BOLD, size=SIZE, lead=LEAD):
        self.y -= lead
        self.c.setFont(font, size)
        self.c.drawCentredString(W / 2, self.y, text)

    def caption(self, text, font=BOLD):
        self.y -= LEAD
        self.c.setFont(font, 10.5)
        self.c.drawCentredString(W / 2, self.y, text)
        self.y -= 4

    def table(self, data, colw, styles):
        t = Table(data, colWidths=colw, style=TableStyle(styles), repeatRows=0)
        tw, th = t.wrapOn(self.c, TEXTW, H)
        x = LM + (TEXTW - tw) / 2
        assert self.y - th >= self.limit(), ("table does not fit", self.page, self.y - th)
        t.drawOn(self.c, x, self.y - th)
        self.y -= th + 12


# ---------------------------------------------------------------- content
d = Doc()
c = d.c
d.footnotes = {
    "1": "See document SCPF/11 of 22 April 2008, which gave the position as at 31 March 2008. "
         "The figures in the present document have been reconciled with the accounts closed at the "
         "end of the third quarter.",
    "2": "The same paragraph allows the Council to permit such a Member State to vote if it is "
         "satisfied that the failure to pay is due to conditions beyond the control of the Member State.",
    "3": "Payment plan agreed in March 2007 (see document MC/EX/684, paragraph 14); the instalments "
         "due in 2007 and 2008 have been received as scheduled.",
}

# ---- cover page
c.setFont(BOLD, 13)
c.drawRightString(W - RM, H - 70, SYMBOL)
c.setFont(BODY, 11.5)
c.drawRightString(W - RM, H - 90, "Original: English")
c.drawRightString(W - RM, H - 104, "15 October 2008")
d.y = H - 200
d.centred("STANDING COMMITTEE ON PROGRAMMES AND FINANCE", BOLD, 12.5)
d.y -= 8
d.centred("THIRD SESSION", BOLD, 12.5)
d.y -= 4
d.centred("4-5 November 2008", BODY, 12)
d.y -= 60
c.setFont(BODY, 12)
c.drawCentredString(W / 2, d.y, "_" * 44)
d.y -= 40
d.centred("STATUS REPORT ON OUTSTANDING CONTRIBUTIONS", BOLD, 14, 18)
d.centred("TO THE ADMINISTRATIVE PART OF THE BUDGET", BOLD, 14, 18)
d.y -= 8
d.centred("(as at 30 September 2008)", BODY, 12)
# trilingual footer
c.setFont(BOLD, 9.5)
c.drawCentredString(W / 2, 84, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE")
c.drawCentredString(W / 2, 72, "COMIT\u00c9 PERMANENT DES PROGRAMMES ET DES FINANCES")
c.drawCentredString(W / 2, 60, "COMIT\u00c9 PERMANENTE DE PROGRAMAS Y FINANZAS")
c.showPage()

# ---- body, page 1
d.page = 1
d.running_header()
d.y = H - 92
d.centred("STATUS REPORT ON OUTSTANDING CONTRIBUTIONS")
d.centred("TO THE ADMINISTRATIVE PART OF THE BUDGET")
d.y -= 14

d.heading("I", "INTRODUCTION")
d.para(1, "This document reports on the status, as at 30 September 2008, of the assessed contributions "
          "due from Member States to the Administrative Part of the Budget. It updates the information "
          "presented to the Standing Committee on Programmes and Finance at its Second Session in "
          "May 2008.{1}")
d.para(2, "The Administrative Part of the Budget for 2008 was approved by the Council at its "
          "Ninety-fourth Session through Resolution No. 1155 (XCIV) of 29 November 2007, at a level of "
          "CHF %s (see document MC/2233). It is financed by assessed contributions from Member States, "
          "calculated on the basis of the scale of assessment for 2008 set out in document MC/2234."
       % fmt(TOTAL_ASSESSED))
d.para(3, "Assessed contributions are due and payable in full at the beginning of the financial year "
          "to which they relate. Section II below gives the overall position, Section III identifies "
          "the Member States with contributions outstanding for two or more consecutive years, and "
          "Section IV reports on the payment plans agreed with the Administration.")

d.heading("II", "STATUS OF ASSESSED CONTRIBUTIONS AS AT 30 SEPTEMBER 2008")
d.para(4, "Payments received against the 2008 assessments totalled CHF %s at 30 September 2008, or "
          "%.1f per cent of the amount assessed, compared with 81.4 per cent at the same date in 2007. "
          "Sixty-four of the %d Member States had paid their 2008 contributions in full, and several "
          "others had made partial payments." % (fmt(RECEIVED), pct_received, N_MEMBERS))
d.para(5, "Contributions outstanding for 2008 and prior years amounted to CHF %s, of which CHF %s "
          "related to 2007 and earlier years. The outstanding amounts are summarized by category of "
          "Member State in Table 1." % (fmt(total_out), fmt(prior_tab)), after=4)

# ---- Table 1
tstyle = ParagraphStyle("t", fontName=BODY, fontSize=10, leading=12)
tbold = ParagraphStyle("tb", parent=tstyle, fontName=BOLD)
thead = ParagraphStyle("th", parent=tstyle, fontName=BOLD, alignment=1)
d.caption("Table 1. Outstanding contributions by category of Member State (in Swiss francs)")
t1 = [
    [Paragraph("Category", thead), Paragraph("Number of Member States", thead),
     Paragraph("Amount outstanding", thead), Paragraph("Per cent of total", thead)],
    ["Member States with no contributions outstanding", str(N_PAID), "\u2013", "\u2013"],
    ["Member States owing for 2008 only", str(N_ONLY), fmt(only2008), pc(only2008)],
    ["Member States with arrears not subject to Article 4", str(len(ARREARS) - len(ART4)),
     fmt(other_amt), pc(other_amt)],
    ["Member States subject to Article 4, paragraph 2", str(len(ART4)), fmt(art4_amt), pc(art4_amt)],
    ["Total", str(N_MEMBERS), fmt(total_out), "100.0"],
]
assert only2008 + other_amt + art4_amt == total_out
d.table(t1, [228, 68, 82, 64], [
    ("FONT", (0, 1), (-1, -1), BODY, 10),
    ("FONT", (0, -1), (-1, -1), BOLD, 10),
    ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
    ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
])

d.para(6, "Since the previous report, Ecuador, Mauritania and Senegal have settled their arrears in "
          "full, and Panama has paid its contributions for 2006 and 2007, leaving only part of its 2008 "
          "contribution outstanding. Armenia has made a partial payment which, in line with established "
          "practice, has been applied to the oldest amount outstanding.")
d.para(7, "The Administration is grateful to the Member States that pay their contributions early in "
          "the year. It must point out, however, that when a significant share of the assessed "
          "contributions is received only in the last quarter, the Organization has to draw on its "
          "limited working capital to meet the core costs of the Administration, including staff "
          "salaries at Headquarters and in the Regional Offices. Arrears that remain unpaid at the end of "
          "the year are covered by a provision for doubtful receivables, which reduces the resources "
          "effectively available to the Administration in the following year.")

d.heading("III", "MEMBER STATES IN ARREARS FOR TWO OR MORE YEARS AND THE APPLICATION "
                 "OF ARTICLE 4")
d.para(8, "Article 4, paragraph 2, of the Constitution provides that a Member State which fails to meet "
          "its financial obligations to the Organization shall have no vote in the Council or the "
          "Executive Committee if the total amount of its arrears equals or exceeds the amount of the "
          "contributions due from it for the preceding two full years.{2}")
d.para(9, "At 30 September 2008, %d Member States were in the situation described in Article 4, "
          "paragraph 2, and a further eight had arrears for 2007 or earlier years that did not yet reach "
          "that threshold. The contributions outstanding from these %d Member States are shown by year "
          "of assessment in Table 2; amounts due for the years before 2005 are shown together."
       % (len(ART4), len(ARREARS)), after=4)

# ---- Table 2 (runs over a page break, headings repeated)
years_head = [Paragraph("Member State", thead), Paragraph("2004 and prior years", thead),
              Paragraph("2005", thead), Paragraph("2006", thead), Paragraph("2007", thead),
              Paragraph("2008", thead), Paragraph("Total", thead)]
rows = []
for name, a04, a05, a06, a07, a08, fn in ARREARS:
    label = name + ("<super>%s</super>" % fn if fn else "")
    rows.append([Paragraph(label, tstyle), cell(a04), cell(a05), cell(a06), cell(a07), cell(a08),
                 fmt(a04 + a05 + a06 + a07 + a08)])
cols = list(zip(*[r[1:6] for r in ARREARS]))
total_row = [Paragraph("Total", tbold)] + [fmt(sum(col)) for col in cols] + [fmt(tab_total)]
colw2 = [112, 62, 52, 52, 52, 52, 62]
st2 = [
    ("FONT", (1, 1), (-1, -1), BODY, 10),
    ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
    ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
    ("TOPPADDING", (0, 0), (-1, -1), 2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
]
SPLIT = 12  # rows on the first page
d.caption("Table 2. Arrears of Member States by year of assessment (in Swiss francs)")
d.table([years_head] + rows[:SPLIT], colw2, st2)
d.new_page()
d.caption("(continued)", BODY)
d.table([years_head] + rows[SPLIT:] + [total_row], colw2,
        st2 + [("FONT", (1, -1), (-1, -1), BOLD, 10)])
d.page_fns.append("3")

d.para(10, "In July 2008 the Director General wrote to the Ministers for Foreign Affairs of each of the "
           "Member States subject to Article 4, paragraph 2:", after=6)
d.item("(a)", "setting out the amount of the arrears and the years to which they relate;")
d.item("(b)", "recalling the consequences of the arrears for voting rights in the governing bodies; and")
d.item("(c)", "inviting the Government concerned to settle its arrears or, where that is not possible in "
              "a single payment, to propose a payment plan.", after=8)
d.para(11, "By 30 September 2008 replies had been received from five of the %d Member States concerned. "
           "Two of them have indicated that payments will be made before the end of the year; the others "
           "have asked for further information on the terms on which a payment plan might be agreed."
       % len(ART4))

d.heading("IV", "PAYMENT PLANS")
d.para(12, "In Resolution No. 1077 (LXXXVIII) of 4 December 2002, the Council encouraged Member States "
           "with long-standing arrears to agree with the Administration on plans for their settlement, "
           "and decided that a Member State which respects the terms of such a plan may have its voting "
           "rights restored by the Council.")
d.para(13, "Three payment plans are currently in force:", after=6)
d.item("\u2022", "Liberia, since March 2007: arrears for 2004 and prior years to be settled in six annual "
                 "instalments, the first of which was received in June 2007;")
d.item("\u2022", "Kyrgyzstan, since November 2007: arrears for 2004 to 2007 to be settled in four annual "
                 "instalments, payable together with the contribution for the current year;")
d.item("\u2022", "Tajikistan, since April 2008: arrears for 2004 to 2007 to be settled in three "
                 "instalments by the end of 2010.", after=8)
d.para(14, "The instalments due in 2008 under the plans for Liberia and Kyrgyzstan have been received. "
           "The first instalment from Tajikistan, due by 30 June 2008, had not been received at the date "
           "of this report, and the Administration has taken the matter up with the Permanent Mission "
           "of Tajikistan in Geneva.")
d.para(15, "The Administration will continue to work with the Member States concerned, through their "
           "Permanent Missions, to reduce the level of arrears, and will report again to the Council at "
           "its Ninety-sixth Session.")

d.heading("V", "ACTION REQUESTED OF THE STANDING COMMITTEE")
d.para(16, "The Standing Committee on Programmes and Finance is invited to:", after=6)
d.item("(a)", "take note of the present report;")
d.item("(b)", "urge the Member States concerned:")
d.item("(i)", "to pay their contributions for 2008 in full as early as possible; and", level=2)
d.item("(ii)", "to settle their arrears in full or, failing that, to agree a payment plan with the "
               "Administration and respect its terms; and", level=2)
d.item("(c)", "request the Administration to report on the status of outstanding contributions to the "
              "Council at its Ninety-sixth Session.")

d.draw_footnotes()
c.showPage()
c.save()
print("pages:", d.page + 1, "total_out", fmt(total_out), "prior", fmt(prior_tab),
      "pct %.1f" % pct_received, "only2008", fmt(only2008), "art4", fmt(art4_amt), "other", fmt(other_amt))
