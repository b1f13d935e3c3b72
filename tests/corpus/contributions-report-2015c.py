"""Draw contributions-report-2015c.pdf: an SCPF status report on outstanding
assessed contributions (S/16/4, 12 May 2015), laid out in IOM style with reportlab."""
import os

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib import colors
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                Table, TableStyle, KeepTogether, NextPageTemplate,
                                PageBreak)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "contributions-report-2015c.pdf")

SYMBOL = "S/16/4"
PAGE_W, PAGE_H = A4
LM = RM = 25 * mm
TM = 22 * mm
BM = 22 * mm
BODY_W = PAGE_W - LM - RM

# ----------------------------------------------------------------- styles
FONT, BOLD, ITAL = "Times-Roman", "Times-Bold", "Times-Italic"
body = ParagraphStyle("body", fontName=FONT, fontSize=11, leading=13.6,
                      alignment=TA_JUSTIFY, spaceAfter=10)
numbered = ParagraphStyle("num", parent=body, bulletIndent=0, leftIndent=0,
                          firstLineIndent=12.5 * mm, bulletFontName=FONT,
                          bulletFontSize=11)
item = ParagraphStyle("item", parent=body, bulletIndent=12.5 * mm,
                      leftIndent=25 * mm, firstLineIndent=0, spaceAfter=5,
                      bulletFontName=FONT, bulletFontSize=11)
heading = ParagraphStyle("head", parent=body, fontName=BOLD, alignment=TA_LEFT,
                         spaceBefore=6, spaceAfter=8, keepWithNext=1)
runtitle = ParagraphStyle("rt", parent=body, fontName=BOLD, alignment=TA_CENTER,
                          fontSize=11.5, leading=14.5, spaceAfter=18)
fnstyle = ParagraphStyle("fn", fontName=FONT, fontSize=9, leading=10.8,
                         leftIndent=0, firstLineIndent=0)
cell = ParagraphStyle("cell", fontName=FONT, fontSize=9.5, leading=11.2)
cellb = ParagraphStyle("cellb", parent=cell, fontName=BOLD)
hcell = ParagraphStyle("hcell", parent=cell, fontName=BOLD, alignment=TA_CENTER)
notestyle = ParagraphStyle("note", fontName=FONT, fontSize=9, leading=11,
                           leftIndent=4 * mm, firstLineIndent=-4 * mm, spaceBefore=6)


def sup(t):
    return '<super rise="4" size="7.5">%s</super>' % t


# ----------------------------------------------------------------- footnotes
FOOTNOTES = {
    "1": "The Programme and Budget for 2015 is set out in document MC/2412. The scale of "
         "assessment for 2015 was adopted by the Council through Resolution No. 1287 of "
         "25 November 2014.",
    "2": "The conditions under which payment plans may be agreed were endorsed by the "
         "Council in Resolution No. 1156 of 7 December 2007; they are described in "
         "document MC/2229.",
}

# ----------------------------------------------------------------- annex data
# (Member State, payment-plan letter, 2012 and prior, 2013, 2014, 2015)
ROWS = [
    ("Afghanistan", "", 0, 12450, 36271, 36056),
    ("Angola", "", 0, 0, 53911, 54084),
    ("Argentina", "", 0, 0, 96115, 180280),
    ("Belize", "", 0, 0, 2357, 5408),
    ("Benin", "", 0, 27005, 15765, 27042),
    ("Bolivia (Plurinational State of)", "", 0, 0, 3622, 3605),
    ("Burundi", "", 112721, 55307, 53060, 54084),
    ("Cabo Verde", "", 0, 614, 1822, 1802),
    ("Cameroon", "", 0, 0, 36088, 36056),
    ("Central African Republic", "", 86210, 13119, 13636, 13521),
    ("Chad", "", 0, 0, 2058, 2704),
    ("Comoros", "", 66542, 26569, 27219, 27042),
    ("Congo", "", 0, 0, 11061, 13521),
    ("C\u00f4te d'Ivoire", "", 0, 0, 5485, 5408),
    ("Democratic Republic of the Congo", "a", 84928, 0, 0, 36056),
    ("Djibouti", "", 0, 0, 3582, 3605),
    ("Dominican Republic", "a", 84841, 0, 0, 9014),
    ("El Salvador", "", 0, 903, 1789, 1802),
    ("Gabon", "", 50270, 36183, 36195, 36056),
    ("Gambia", "", 39184, 17816, 17681, 18028),
    ("Guinea", "", 0, 0, 5513, 5408),
    ("Guinea-Bissau", "", 111346, 26974, 27300, 27042),
    ("Haiti", "", 0, 36571, 10334, 36056),
    ("Honduras", "", 0, 0, 18170, 54084),
    ("Iran (Islamic Republic of)", "", 0, 0, 364312, 360560),
    ("Kyrgyzstan", "a", 7763, 1826, 1817, 0),
    ("Liberia", "", 24419, 4467, 4562, 4506),
    ("Libya", "", 0, 0, 1616, 3605),
    ("Madagascar", "", 0, 0, 26547, 27042),
    ("Mali", "", 0, 0, 1578, 1802),
    ("Mauritania", "", 17558, 4495, 4461, 4506),
    ("Micronesia (Federated States of)", "", 57813, 13297, 13370, 13521),
    ("Mongolia", "", 0, 0, 1829, 1802),
    ("Nicaragua", "", 0, 0, 4488, 4506),
    ("Niger", "", 0, 2117, 5478, 5408),
    ("Paraguay", "a", 8238, 1784, 1816, 0),
    ("Peru", "", 0, 0, 40675, 180280),
    ("Saint Vincent and the Grenadines", "", 19660, 8791, 9131, 9014),
    ("Sao Tome and Principe", "", 21108, 3685, 3585, 3605),
    ("Sierra Leone", "", 0, 0, 2678, 2704),
    ("Somalia", "", 211339, 36875, 35819, 36056),
    ("South Sudan", "", 0, 1244, 3602, 3605),
    ("Tajikistan", "a", 13640, 5252, 0, 0),
    ("The former Yugoslav Republic of Macedonia", "", 0, 589, 1802, 1802),
    ("Togo", "", 0, 0, 2718, 2704),
    ("Uganda", "", 0, 0, 36507, 36056),
    ("United Republic of Tanzania", "", 0, 35398, 20985, 36056),
    ("Venezuela (Bolivarian Republic of)", "", 400124, 175480, 181565, 180280),
    ("Yemen", "", 173827, 35690, 35637, 36056),
    ("Zimbabwe", "", 0, 0, 26740, 27042),
]

ARTICLE4 = ["Burundi", "Central African Republic", "Comoros", "Gabon", "Gambia",
            "Guinea-Bissau", "Liberia", "Mauritania", "Micronesia (Federated States of)",
            "Saint Vincent and the Grenadines", "Sao Tome and Principe", "Somalia",
            "Venezuela (Bolivarian Republic of)", "Yemen"]


def fmt(v):
    return "-" if v == 0 else "{:,}".format(v)


# consistency checks for the figures quoted in the body text
COLS = [sum(r[i] for r in ROWS) for i in (2, 3, 4, 5)]
ARREARS = sum(COLS[:3])
assert len(ROWS) == 50
assert COLS[:3] == [1591531, 584501, 1312352] and ARREARS == 3488384
assert ARREARS + 2106929 == 5595313
assert 45070000 - 26392455 == 18677545
assert round(26392455 / 45070000 * 100, 1) == 58.6
a4 = [r for r in ROWS if r[0] in ARTICLE4]
assert len(a4) == 14 and all(r[2] and r[3] and r[4] for r in a4)
assert sum(r[2] + r[3] + r[4] for r in a4) == 2314090
assert round(2314090 / ARREARS * 100, 1) == 66.3
plans = [r for r in ROWS if r[1] == "a"]
assert len(plans) == 5 and sum(r[2] + r[3] + r[4] for r in plans) == 211905
assert sum(1 for r in ROWS if r[2] == 0 and r[3] == 0) == 22


# ----------------------------------------------------------------- body content
def P(n, text):
    return Paragraph(text, numbered, bulletText="%d." % n)


def L(label, text):
    return Paragraph(text, item, bulletText=label)


def H(text):
    return Paragraph(text, heading)


def story_body():
    s = []
    s.append(Paragraph("STATUS REPORT ON OUTSTANDING CONTRIBUTIONS TO THE<br/>"
                       "ADMINISTRATIVE PART OF THE BUDGET", runtitle))
    s.append(H("Introduction"))
    s.append(P(1, "This report sets out the position of assessed contributions to the "
                  "Administrative Part of the Budget as at 30 April 2015. It brings up to date "
                  "the information provided to the Standing Committee on Programmes and Finance "
                  "at its Fifteenth Session (document S/15/6) and to the Council at its 105th "
                  "Session. The amounts owed by each Member State, broken down by year, are "
                  "shown in the Annex."))
    s.append(H("Assessed contributions for 2015"))
    s.append(KeepTogether([P(2, "The Administrative Part of the Budget for 2015, approved by "
                  "the Council in November 2014, amounts to CHF 45,070,000. It is financed in "
                  "its entirety by the assessed contributions of the 157 Member States, "
                  "apportioned in accordance with the scale of assessment for 2015." + sup("1"))]))
    s[-1]._content[0]._fns = ["1"]
    s.append(P(3, "By 30 April 2015, payments towards 2015 contributions totalling "
                  "CHF 26,392,455 had been received, representing 58.6 per cent of the amount "
                  "assessed. Sixty-eight Member States had paid their 2015 contributions in "
                  "full and a further 11 had made part payments, leaving a balance of "
                  "CHF 18,677,545 still due for the year. At the corresponding date in 2014, "
                  "54.9 per cent of that year's assessment had been collected."))
    s.append(P(4, "Under the Financial Regulations, assessed contributions are due and payable "
                  "in full within 30 days of receipt of the Director General's communication "
                  "or as of the first day of the financial year to which they relate, whichever "
                  "is later. Member States that have not yet paid their 2015 contributions are "
                  "urged to do so without delay, as the Administration depends on the timely "
                  "receipt of these funds to meet the core structure costs of the Organization."))
    s.append(H("Arrears from previous years"))
    s.append(P(5, "Contributions outstanding for 2014 and earlier years amounted to "
                  "CHF 3,488,384 as at 30 April 2015, owed by 50 Member States. At "
                  "31 December 2014 the corresponding figure stood at CHF 5,595,313; the "
                  "reduction reflects payments of arrears totalling CHF 2,106,929 received "
                  "from 23 Member States during the first four months of the year."))
    s.append(P(6, "Of the arrears, CHF 1,312,352 relates to 2014, CHF 584,501 to 2013 and "
                  "CHF 1,591,531 to 2012 and prior years. Twenty-two of the 50 Member States "
                  "concerned owe amounts for 2014 only, most of them partial balances. Arrears "
                  "stretching over several years are concentrated among a small number of "
                  "Member States, most of which are named in paragraph 10."))
    s.append(H("Payment plans"))
    s.append(KeepTogether([P(7, "A Member State that is unable to settle its arrears in a single "
                  "payment may agree a payment plan with the Administration, under which the "
                  "arrears are cleared in annual instalments while the contributions for each "
                  "current year are paid within that year." + sup("2") + " The following five "
                  "Member States currently have payment plans in place:")]))
    s[-1]._content[0]._fns = ["2"]
    plan_items = [
        "Democratic Republic of the Congo (plan agreed in 2012, final instalment due in 2017);",
        "Dominican Republic (plan agreed in 2013, final instalment due in 2016);",
        "Kyrgyzstan (plan agreed in 2010, final instalment due in 2015);",
        "Paraguay (plan agreed in 2011, final instalment due in 2016); and",
        "Tajikistan (plan agreed in 2012, final instalment due in 2018).",
    ]
    for t in plan_items:
        s.append(L("\u2022", t))
    s.append(Spacer(1, 3))
    s.append(P(8, "The arrears remaining under these plans amount to CHF 211,905, and "
                  "instalments totalling CHF 38,415 have been received under them so far in "
                  "2015. The Member States concerned are marked with the letter \u201ca\u201d in the "
                  "Annex. As long as they continue to honour the agreed schedules, they are not "
                  "counted among the Member States referred to in paragraph 10."))
    s.append(H("Member States subject to Article 4 of the Constitution"))
    s.append(P(9, "Article 4 of the Constitution provides that a Member State in arrears in the "
                  "payment of its financial contributions to the Organization shall have no "
                  "vote in the Council if the amount of its arrears equals or exceeds the "
                  "contributions due from it for the preceding two full years. The Council may "
                  "nonetheless allow such a Member State to vote if it is satisfied that the "
                  "failure to pay arises from conditions beyond the Member State's control."))
    s.append(P(10, "As at 30 April 2015, 14 Member States fell within the terms of Article 4: "
                   "Burundi, Central African Republic, Comoros, Gabon, Gambia, Guinea-Bissau, "
                   "Liberia, Mauritania, Micronesia (Federated States of), Saint Vincent and the "
                   "Grenadines, Sao Tome and Principe, Somalia, Venezuela (Bolivarian Republic of) "
                   "and Yemen. Their arrears together total CHF 2,314,090, or 66.3 per cent of all "
                   "arrears outstanding."))
    s.append(P(11, "The Administration has written to each of these Member States, and its "
                   "representatives have followed up with their permanent missions in Geneva. "
                   "Several have indicated that they intend to make payments, or to discuss a "
                   "payment plan, before the 106th Session of the Council in November 2015. A "
                   "Member State recovers its right to vote as soon as its arrears fall below the "
                   "threshold laid down in that provision."))
    s.append(H("Action requested of the Standing Committee"))
    s.append(P(12, "The Standing Committee on Programmes and Finance is invited to:"))
    acts = [
        ("(a)", "take note of the status of assessed contributions to the Administrative Part "
                "of the Budget as at 30 April 2015;"),
        ("(b)", "urge Member States that have not yet done so to pay their 2015 contributions "
                "in full and as early in the year as possible;"),
        ("(c)", "call upon the Member States subject to Article 4 of the Constitution to settle "
                "their arrears or to agree a payment plan with the Administration, and to "
                "honour its terms; and"),
        ("(d)", "request the Administration to report further on this matter at the "
                "Seventeenth Session of the Standing Committee."),
    ]
    for lab, t in acts:
        s.append(L(lab, t))
    return s


def story_annex():
    s = []
    s.append(Paragraph("ANNEX", ParagraphStyle("ax", parent=runtitle, spaceAfter=12)))
    s.append(Paragraph("OUTSTANDING ASSESSED CONTRIBUTIONS TO THE ADMINISTRATIVE PART<br/>"
                       "OF THE BUDGET AS AT 30 APRIL 2015", runtitle))
    s.append(Paragraph("(in Swiss francs)", ParagraphStyle("cap", parent=body,
                       fontName=ITAL, alignment=TA_CENTER, spaceAfter=6)))
    head1 = [Paragraph("Member State", hcell), Paragraph("Arrears", hcell), "", "",
             Paragraph("2015 contributions", hcell), Paragraph("Total outstanding", hcell)]
    head2 = ["", Paragraph("2012 and prior years", hcell), Paragraph("2013", hcell),
             Paragraph("2014", hcell), "", ""]
    data = [head1, head2]
    for name, mark, *vals in ROWS:
        label = name + (sup(mark) if mark else "")
        data.append([Paragraph(label, cell)] + [fmt(v) for v in vals] + [fmt(sum(vals))])
    data.append([Paragraph("TOTAL", cellb)] + [fmt(v) for v in COLS] + [fmt(sum(COLS))])
    assert sum(COLS) == 5158666
    cw = [46 * mm] + [(BODY_W - 46 * mm) / 5] * 5
    t = Table(data, colWidths=cw, repeatRows=2)
    n = len(data)
    t.setStyle(TableStyle([
        ("FONT", (1, 2), (-1, -1), FONT, 9.5),
        ("FONT", (1, -1), (-1, -1), BOLD, 9.5),
        ("ALIGN", (1, 2), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, 1), "MIDDLE"),
        ("VALIGN", (1, 2), (-1, -1), "BOTTOM"),
        ("SPAN", (1, 0), (3, 0)),
        ("SPAN", (0, 0), (0, 1)),
        ("SPAN", (4, 0), (4, 1)),
        ("SPAN", (5, 0), (5, 1)),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 1), colors.Color(0.88, 0.88, 0.88)),
        ("BACKGROUND", (0, n - 1), (-1, n - 1), colors.Color(0.93, 0.93, 0.93)),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
    ]))
    s.append(t)
    s.append(Paragraph(sup("a") + "&nbsp;&nbsp;Member State that has agreed a payment plan with "
                       "the Administration and is honouring its terms (see paragraphs 7 and 8 "
                       "of this document).", notestyle))
    return s


# ----------------------------------------------------------------- page furniture
def draw_cover(c, doc):
    c.saveState()
    x = PAGE_W - RM
    c.setFont(BOLD, 12)
    c.drawRightString(x, PAGE_H - 28 * mm, SYMBOL)
    c.setFont(FONT, 11)
    c.drawRightString(x, PAGE_H - 34 * mm, "Original: English")
    c.drawRightString(x, PAGE_H - 39.5 * mm, "12 May 2015")
    cx = PAGE_W / 2
    c.setFont(BOLD, 12)
    c.drawCentredString(cx, PAGE_H - 100 * mm, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE")
    c.setFont(FONT, 12)
    c.drawCentredString(cx, PAGE_H - 107 * mm, "Sixteenth Session")
    c.drawCentredString(cx, PAGE_H - 113 * mm, "30 June\u20131 July 2015")
    c.setFont(BOLD, 13)
    c.drawCentredString(cx, PAGE_H - 145 * mm, "STATUS REPORT ON OUTSTANDING CONTRIBUTIONS")
    c.drawCentredString(cx, PAGE_H - 151.5 * mm, "TO THE ADMINISTRATIVE PART OF THE BUDGET")
    c.setFont(FONT, 12)
    c.drawCentredString(cx, PAGE_H - 160 * mm, "(as at 30 April 2015)")
    # trilingual footer
    c.setLineWidth(0.6)
    c.line(LM, 30 * mm, PAGE_W - RM, 30 * mm)
    c.setFont(BOLD, 7.5)
    cols = [("STANDING COMMITTEE ON", "PROGRAMMES AND FINANCE"),
            ("COMIT\u00c9 PERMANENT DES", "PROGRAMMES ET DES FINANCES"),
            ("COMIT\u00c9 PERMANENTE DE", "PROGRAMAS Y FINANZAS")]
    for i, (l1, l2) in enumerate(cols):
        xc = LM + BODY_W * (i + 0.5) / 3
        c.drawCentredString(xc, 25 * mm, l1)
        c.drawCentredString(xc, 21.5 * mm, l2)
    c.restoreState()


def draw_header(c, lines):
    c.saveState()
    c.setFont(FONT, 10)
    y = PAGE_H - 14 * mm
    for ln in lines:
        c.drawRightString(PAGE_W - RM, y, ln)
        y -= 4.4 * mm
    c.restoreState()


class Doc(BaseDocTemplate):
    def __init__(self, fn_pages, **kw):
        super().__init__(OUT, pagesize=A4, leftMargin=LM, rightMargin=RM,
                         topMargin=TM, bottomMargin=BM, title="Status report on outstanding "
                         "contributions to the Administrative Part of the Budget (S/16/4)",
                         author="IOM", **kw)
        self.fn_pages = fn_pages          # page -> [markers]
        self.found = {}                   # marker -> page (this pass)
        self.annex_start = None
        fr = Frame(LM, BM, BODY_W, PAGE_H - TM - BM - 8 * mm, id="f", leftPadding=0,
                   rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([
            PageTemplate(id="cover", frames=[Frame(LM, BM, BODY_W, 20 * mm, id="c")],
                         onPage=draw_cover),
            PageTemplate(id="body", frames=[fr], onPage=self.on_body),
            PageTemplate(id="annex", frames=[fr], onPage=self.on_annex),
        ])

    # footnote area height for a page
    def fn_height(self, page):
        h = 0
        for m in self.fn_pages.get(page, []):
            p = Paragraph(sup(m) + " " + FOOTNOTES[m], fnstyle)
            _, ph = p.wrap(BODY_W, 1000)
            h += ph + 3
        return h + 10 if h else 0

    def beforePage(self):
        # shorten the frame on pages that carry footnotes (page already incremented)
        tpl = self.pageTemplate
        if tpl.id in ("body", "annex"):
            fh = self.fn_height(self.page)
            tpl.frames[0] = Frame(LM, BM + fh, BODY_W, PAGE_H - TM - BM - 8 * mm - fh,
                                  id="f", leftPadding=0, rightPadding=0, topPadding=0,
                                  bottomPadding=0)

    def on_body(self, c, doc):
        draw_header(c, [SYMBOL, "Page %d" % (doc.page - 1)])
        self.draw_footnotes(c, doc.page)

    def on_annex(self, c, doc):
        if self.annex_start is None:
            self.annex_start = doc.page
        draw_header(c, [SYMBOL, "Annex", "Page %d" % (doc.page - self.annex_start + 1)])
        self.draw_footnotes(c, doc.page)

    def draw_footnotes(self, c, page):
        marks = self.fn_pages.get(page, [])
        if not marks:
            return
        paras = [Paragraph(sup(m) + "&nbsp;" + FOOTNOTES[m], fnstyle) for m in marks]
        hs = [p.wrap(BODY_W, 1000)[1] for p in paras]
        y = BM + sum(hs) + 3 * (len(hs) - 1)
        c.saveState()
        c.setLineWidth(0.5)
        c.line(LM, y + 5, LM + 50 * mm, y + 5)
        c.restoreState()
        for p, h in zip(paras, hs):
            y -= h
            p.drawOn(c, LM, y)
            y -= 3

    def afterFlowable(self, flowable):
        for m in getattr(flowable, "_fns", []):
            self.found[m] = self.page


def build():
    fn_pages = {}
    for _ in range(6):
        story = [NextPageTemplate("body"), PageBreak()] + story_body() + \
                [NextPageTemplate("annex"), PageBreak()] + story_annex()
        # the cover page holds no flowable content; give it a spacer
        story.insert(0, Spacer(1, 1))
        doc = Doc(fn_pages)
        doc.build(story)
        new = {}
        for m, p in sorted(doc.found.items()):
            new.setdefault(p, []).append(m)
        if new == fn_pages:
            break
        fn_pages = new
    print("footnote pages:", fn_pages)


if __name__ == "__main__":
    build()
