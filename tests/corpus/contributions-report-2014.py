"""Lay out SCPF/121 (2014), a status report on outstanding contributions, as IOM prints it.

Run: /work/main/.venv/bin/python contributions-report-2014.py  -> contributions-report-2014.pdf
Footnotes are placed at the foot of the page that carries their marker; the program builds the
document several times until the page of every marker is stable.
"""
import os

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                LongTable, TableStyle, KeepTogether, CondPageBreak)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "contributions-report-2014.pdf")

SYMBOL = "SCPF/121"
PAGE_W, PAGE_H = A4
LM = RM = 62
TOP_FIRST = 48
TOP_LATER = 86
BOTTOM_MIN = 56

# ---------------------------------------------------------------- styles
body = ParagraphStyle("body", fontName="Times-Roman", fontSize=12, leading=14.2,
                      alignment=TA_JUSTIFY, spaceAfter=9)
num = ParagraphStyle("num", parent=body, leftIndent=36, bulletIndent=0,
                     bulletFontName="Times-Roman", bulletFontSize=12)
item = ParagraphStyle("item", parent=body, leftIndent=72, bulletIndent=36,
                      bulletFontName="Times-Roman", bulletFontSize=12, spaceAfter=6)
head = ParagraphStyle("head", fontName="Times-Bold", fontSize=12, leading=14.2,
                      leftIndent=36, bulletIndent=0, bulletFontName="Times-Bold",
                      bulletFontSize=12, spaceBefore=8, spaceAfter=10, alignment=TA_LEFT,
                      keepWithNext=1)
cover_r = ParagraphStyle("cover_r", fontName="Times-Roman", fontSize=12, leading=14,
                         leftIndent=340)
cover_c = ParagraphStyle("cover_c", fontName="Times-Bold", fontSize=12, leading=14.5,
                         alignment=TA_CENTER)
cover_d = ParagraphStyle("cover_d", parent=cover_c, fontName="Times-Roman")
title = ParagraphStyle("title", fontName="Times-Bold", fontSize=13, leading=16,
                       alignment=TA_CENTER)
caption = ParagraphStyle("caption", fontName="Times-Bold", fontSize=11, leading=13,
                         alignment=TA_CENTER, spaceBefore=4, spaceAfter=5)
cell = ParagraphStyle("cell", fontName="Times-Roman", fontSize=10.5, leading=12)
cell_r = ParagraphStyle("cell_r", parent=cell, alignment=TA_RIGHT)
cell_h = ParagraphStyle("cell_h", parent=cell, fontName="Times-Bold")
cell_hr = ParagraphStyle("cell_hr", parent=cell_h, alignment=TA_RIGHT)
fn_style = ParagraphStyle("fn", fontName="Times-Roman", fontSize=9.5, leading=11,
                          leftIndent=8, firstLineIndent=-8, alignment=TA_JUSTIFY)


def fn(n):
    """A footnote marker (superscript) that reports the page it is drawn on."""
    return '<super>%s</super><onDraw name="fnmark" label="%s"/>' % (n, n)


FOOTNOTES = {
    "1": "Document SCPF/112, dated 1 October 2013.",
    "2": ("Payments received after the cut-off date of 30 April 2014 will be reflected in the "
          "next status report, to be submitted to the Standing Committee at its Fifteenth "
          "Session in October 2014."),
    "3": ("A payment of CHF 4,187 was received from Liberia on 6 May 2014, after the cut-off "
          "date, in settlement of this amount."),
}

# ---------------------------------------------------------------- data (Swiss francs)
# name, prior to 2012, 2012, 2013, 2014, category (A = Article 4, P = payment plan, O = other)
DATA = [
    ("Angola", 0, 0, 61240, 118906, "O"),
    ("Benin", 0, 0, 4187, 4236, "O"),
    ("Bolivia (Plurinational State of)", 0, 3112, 8374, 8472, "O"),
    ("Burundi", 0, 0, 4187, 4236, "O"),
    ("Cabo Verde", 0, 0, 2050, 4236, "O"),
    ("Central African Republic", 57318, 4187, 4187, 4236, "A"),
    ("Chad", 0, 1906, 4187, 4236, "O"),
    ("Comoros", 38442, 4187, 4187, 4236, "A"),
    ("Congo", 0, 0, 8374, 8472, "O"),
    ("Democratic Republic of the Congo", 0, 6835, 12561, 12708, "O"),
    ("Djibouti", 29760, 4187, 4187, 4236, "A"),
    ("Dominican Republic", 0, 0, 41870, 42360, "O"),
    ("El Salvador", 0, 0, 11029, 21180, "O"),
    ("Gambia", 0, 2480, 4187, 4236, "O"),
    ("Guinea", 0, 0, 4187, 4236, "O"),
    ("Guinea-Bissau", 44905, 4187, 4187, 4236, "A"),
    ("Haiti", 0, 4187, 4187, 4236, "O"),
    ("Honduras", 0, 0, 6508, 8472, "O"),
    ("Kyrgyzstan", 21644, 4187, 4187, 4236, "P"),
    ("Liberia", 0, 1225, 4187, 4236, "O"),
    ("Madagascar", 0, 0, 4187, 4236, "O"),
    ("Mali", 0, 0, 3040, 4236, "O"),
    ("Mauritania", 0, 4187, 4187, 4236, "O"),
    ("Nicaragua", 0, 0, 4187, 4236, "O"),
    ("Niger", 0, 2734, 4187, 4236, "O"),
    ("Paraguay", 83517, 20935, 20935, 25416, "P"),
    ("Sao Tome and Principe", 41086, 4187, 4187, 4236, "A"),
    ("Sierra Leone", 0, 0, 4187, 4236, "O"),
    ("Somalia", 112730, 4187, 4187, 4236, "A"),
    ("Tajikistan", 36908, 4187, 4187, 4236, "P"),
    ("Togo", 0, 0, 1512, 4236, "O"),
    ("Venezuela (Bolivarian Republic of)", 1184653, 820652, 820652, 830256, "A"),
    ("Yemen", 0, 3871, 29309, 29652, "O"),
    ("Zimbabwe", 0, 0, 12561, 12708, "O"),
]
FN_CELL = ("Liberia", 3)   # footnote 3 sits on Liberia's 2013 figure

COLS = [sum(r[i] for r in DATA) for i in (1, 2, 3, 4)]
TOTAL = sum(COLS)
ARREARS = sum(COLS[:3])
CATS = {c: (len([r for r in DATA if r[5] == c]), sum(sum(r[1:5]) for r in DATA if r[5] == c))
        for c in "APO"}
# figures quoted in the text must agree with the table
assert TOTAL == 4896368 and ARREARS == 3680338 and COLS[3] == 1216030, (TOTAL, ARREARS, COLS)
assert CATS == {"A": (7, 4056114), "P": (3, 234575), "O": (24, 605679)}, CATS


def money(v):
    return "-" if v == 0 else "{:,}".format(v)


# ---------------------------------------------------------------- tables
def table1():
    rows = [[Paragraph("Category", cell_h), Paragraph("Number of Member States", cell_hr),
             Paragraph("Amount outstanding", cell_hr), Paragraph("Per cent", cell_hr)]]
    labels = [("Member States subject to Article 4", "A", "82.8"),
              ("Member States with payment plans", "P", "4.8"),
              ("Other Member States with arrears", "O", "12.4")]
    for lab, c, pct in labels:
        n, amt = CATS[c]
        rows.append([Paragraph(lab, cell), Paragraph(str(n), cell_r),
                     Paragraph(money(amt), cell_r), Paragraph(pct, cell_r)])
    rows.append([Paragraph("Total", cell_h), Paragraph(str(len(DATA)), cell_hr),
                 Paragraph(money(TOTAL), cell_hr), Paragraph("100.0", cell_hr)])
    t = LongTable(rows, colWidths=[200, 90, 100, 60], repeatRows=1)
    t.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.6, "black"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, "black"),
        ("LINEABOVE", (0, -1), (-1, -1), 0.6, "black"),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, "black"),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return t


def table2():
    hdr = [Paragraph("Member State", cell_h), Paragraph("Prior to 2012", cell_hr),
           Paragraph("2012", cell_hr), Paragraph("2013", cell_hr), Paragraph("2014", cell_hr),
           Paragraph("Total", cell_hr)]
    rows = [hdr]
    for r in DATA:
        cells = [Paragraph(r[0], cell)]
        for i, v in enumerate(r[1:5], start=1):
            txt = money(v)
            if r[0] == FN_CELL[0] and i == FN_CELL[1]:
                txt += fn("3")
            cells.append(Paragraph(txt, cell_r))
        cells.append(Paragraph(money(sum(r[1:5])), cell_r))
        rows.append(cells)
    rows.append([Paragraph("Total", cell_h)] + [Paragraph(money(v), cell_hr) for v in COLS]
                + [Paragraph(money(TOTAL), cell_hr)])
    t = LongTable(rows, colWidths=[166, 64, 58, 58, 58, 64], repeatRows=1)
    t.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.6, "black"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, "black"),
        ("LINEABOVE", (0, -1), (-1, -1), 0.6, "black"),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, "black"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]))
    return t


# ---------------------------------------------------------------- content
def P(n, text):
    return Paragraph(text, num, bulletText="%s." % n)


def H(n, text):
    return Paragraph(text, head, bulletText="%s." % n)


def I(lab, text):
    return Paragraph(text, item, bulletText=lab)


def story():
    s = []
    s.append(Paragraph(SYMBOL, cover_r))
    s.append(Spacer(1, 10))
    s.append(Paragraph("Original: English", cover_r))
    s.append(Paragraph("20 May 2014", cover_r))
    s.append(Spacer(1, 40))
    s.append(Paragraph("STANDING COMMITTEE ON PROGRAMMES AND FINANCE", cover_c))
    s.append(Paragraph("FOURTEENTH SESSION", cover_c))
    s.append(Spacer(1, 4))
    s.append(Paragraph("24-25 June 2014", cover_d))
    s.append(Spacer(1, 20))
    s.append(Rule(180))
    s.append(Spacer(1, 26))
    s.append(Paragraph("STATUS REPORT ON OUTSTANDING CONTRIBUTIONS TO<br/>"
                       "THE ADMINISTRATIVE PART OF THE BUDGET", title))
    s.append(Spacer(1, 34))

    s.append(H("I", "INTRODUCTION"))
    s.append(P(1, "This document sets out the assessed contributions to the Administrative Part "
                  "of the Budget that remained unpaid as at 30 April 2014. It updates the figures "
                  "presented to the Standing Committee on Programmes and Finance at its Thirteenth "
                  "Session in the previous status report." + fn("1")))
    s.append(P(2, "Under Article 4 of the Constitution, a Member State that is in arrears in the "
                  "payment of its financial contributions to the Organization has no vote in the "
                  "Council if the total amount of its arrears equals or exceeds the amount of the "
                  "contributions due from it for the preceding two full years. The Council recalled "
                  "this provision in Resolution No. 1257 of 26 November 2013, in which it also "
                  "urged the Member States concerned either to settle their arrears in full or to "
                  "agree on a payment plan with the Administration."))
    s.append(P(3, "Contributions fall due in full on 1 January of the year to which they relate. "
                  "Invoices for the 2014 assessments, based on the scale of assessment set out in "
                  "the Programme and Budget for 2014 (MC/2378), were sent to all Member States on "
                  "8 January 2014, together with statements of any amounts still outstanding for "
                  "earlier years."))

    s.append(H("II", "OVERALL POSITION AS AT 30 APRIL 2014"))
    s.append(P(4, "As at 30 April 2014, assessed contributions totalling CHF 4,896,368 were "
                  "outstanding from the 34 Member States that have arrears for 2013 or earlier "
                  "years. Of that amount, CHF 3,680,338 relates to 2013 and prior years and "
                  "CHF 1,216,030 to the current year. The position by category of Member State is "
                  "summarized in Table 1."))
    s.append(KeepTogether([
        Paragraph("Table 1: Summary of outstanding contributions (in Swiss francs)", caption),
        table1()]))
    s.append(Spacer(1, 12))
    s.append(P(5, "Arrears for 2013 and prior years have fallen by CHF 611,480 since the previous "
                  "report, chiefly because Ecuador, Jordan, Morocco and Zambia settled their "
                  "outstanding contributions in full during the first quarter of 2014." + fn("2")))

    s.append(H("III", "MEMBER STATES WITH ARREARS"))
    s.append(P(6, "Table 2 lists the Member States with contributions outstanding for 2013 or "
                  "earlier years and shows the amounts due for each year of assessment. Member "
                  "States whose only outstanding contribution is for 2014 are not listed."))
    s.append(Paragraph("Table 2: Outstanding contributions by Member State as at 30 April 2014 "
                       "(in Swiss francs)", caption))
    s.append(table2())
    s.append(Spacer(1, 14))
    s.append(P(7, "Seven Member States have arrears equal to or exceeding the contributions due "
                  "from them for the two preceding full years and are therefore subject to "
                  "Article 4 of the Constitution: the Central African Republic, the Comoros, "
                  "Djibouti, Guinea-Bissau, Sao Tome and Principe, Somalia and Venezuela "
                  "(Bolivarian Republic of). Their outstanding contributions, including those "
                  "for 2014, amount to CHF 4,056,114, or 82.8 per cent of the total."))
    s.append(P(8, "The remaining 24 Member States listed in Table 2 have arrears for 2012 or 2013 "
                  "only. In most cases the amount outstanding corresponds to a single annual "
                  "assessment, or to part of one, and reminders have been sent to the Permanent "
                  "Missions concerned. Three of these Member States have informed the "
                  "Administration that payment is being processed."))

    s.append(CondPageBreak(90))
    s.append(H("IV", "PAYMENT PLANS"))
    s.append(P(9, "Kyrgyzstan, Paraguay and Tajikistan are repaying their arrears under payment "
                  "plans agreed with the Administration. The plans of Paraguay and Tajikistan were "
                  "endorsed by the Council in Resolution No. 1236 of 27 November 2012, and that of "
                  "Kyrgyzstan in Resolution No. 1262 of 26 November 2013. The voting rights of "
                  "these Member States are maintained for as long as the agreed instalments are "
                  "paid on schedule. Each plan provides for the payment of the current year's "
                  "assessment in full together with an annual instalment towards the arrears, "
                  "and the Administration reports on compliance with the plans in each status "
                  "report."))
    s.append(P(10, "Kyrgyzstan and Paraguay paid the instalments that fell due in the first "
                  "quarter of 2014. The instalment of CHF 7,500 due from Tajikistan on "
                  "31 March 2014 had not been received by the cut-off date; the Administration has "
                  "written to the Permanent Mission of Tajikistan and will inform the Standing "
                  "Committee of any developments. Should the instalment remain unpaid at the "
                  "time of the next session of the Council, the payment plan would lapse."))
    s.append(P(11, "Member States wishing to agree on a payment plan are invited to contact the "
                   "Department of Resources Management, which will propose a schedule of "
                   "instalments that takes into account the amount of the arrears and the "
                   "circumstances of the Member State concerned. Experience has shown that plans "
                   "spread over a period of up to ten years, with annual instalments that are "
                   "not lower than the current assessment, enable Member States to settle their "
                   "arrears without accumulating new ones."))

    s.append(H("V", "ACTION REQUESTED"))
    s.append(P(12, "The Standing Committee on Programmes and Finance is invited to:"))
    s.append(I("(a)", "take note of the present document;"))
    s.append(I("(b)", "urge the Member States concerned to pay their outstanding contributions in "
                      "full as soon as possible or, where that is not possible, to agree on a "
                      "payment plan with the Administration; and"))
    s.append(I("(c)", "request the Administration to submit an updated status report to the "
                      "Standing Committee at its Fifteenth Session."))
    return s


class Rule(Spacer):
    """A short centred horizontal rule (drawn, not typed)."""

    def __init__(self, length):
        Spacer.__init__(self, 1, 2)
        self.length = length

    def wrap(self, aw, ah):
        self._aw = aw
        return aw, 2

    def draw(self):
        x0 = (self._aw - self.length) / 2.0
        self.canv.setLineWidth(0.8)
        self.canv.line(x0, 1, x0 + self.length, 1)


# ---------------------------------------------------------------- footnote-aware document
def footnote_block(numbers, width):
    paras = [Paragraph("<super>%s</super>&nbsp;%s" % (n, FOOTNOTES[n]), fn_style)
             for n in numbers]
    heights = [p.wrap(width, 500)[1] for p in paras]
    return paras, heights


class Doc(BaseDocTemplate):
    def __init__(self, path, fn_pages):
        BaseDocTemplate.__init__(self, path, pagesize=A4, leftMargin=LM, rightMargin=RM,
                                 topMargin=TOP_FIRST, bottomMargin=BOTTOM_MIN,
                                 title="Status report on outstanding contributions to the "
                                       "Administrative Part of the Budget",
                                 author="IOM")
        self.fn_pages = fn_pages            # page -> [footnote numbers], from the previous pass
        self.seen = {}                      # footnote number -> page, this pass
        width = PAGE_W - LM - RM
        templates = []
        for pg in range(1, 12):
            nums = fn_pages.get(pg, [])
            reserve = 0
            if nums:
                _, hs = footnote_block(nums, width)
                reserve = sum(hs) + 3 * (len(hs) - 1) + 22
            bottom = BOTTOM_MIN + reserve
            top = TOP_FIRST if pg == 1 else TOP_LATER
            frame = Frame(LM, bottom, width, PAGE_H - top - bottom, id="f%d" % pg,
                          leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
            templates.append(PageTemplate(id="p%d" % pg, frames=[frame], onPage=self.on_page,
                                          onPageEnd=self.on_page_end))
        self.addPageTemplates(templates)

    def handle_pageBegin(self):
        self.pageTemplate = self.pageTemplates[self.page]   # self.page is the page just ended
        BaseDocTemplate.handle_pageBegin(self)

    def _mark(self, canv, kind, label):
        self.seen.setdefault(label, self.page)

    def on_page(self, canv, doc):
        canv.setNamedCB("fnmark", self._mark)
        if doc.page >= 2:
            canv.setFont("Times-Roman", 12)
            canv.drawRightString(PAGE_W - RM, PAGE_H - 44, SYMBOL)
            canv.drawRightString(PAGE_W - RM, PAGE_H - 58, "Page %d" % doc.page)

    def on_page_end(self, canv, doc):
        nums = self.fn_pages.get(doc.page, [])
        if not nums:
            return
        width = PAGE_W - LM - RM
        paras, hs = footnote_block(nums, width)
        y = BOTTOM_MIN + sum(hs) + 3 * (len(hs) - 1)
        canv.setLineWidth(0.6)
        canv.line(LM, y + 8, LM + 144, y + 8)
        for p, h in zip(paras, hs):
            y -= h
            p.drawOn(canv, LM, y)
            y -= 3


def build():
    fn_pages = {}
    for _ in range(6):
        doc = Doc(OUT, fn_pages)
        doc.build(story())
        new = {}
        for n, pg in sorted(doc.seen.items(), key=lambda kv: int(kv[0])):
            new.setdefault(pg, []).append(n)
        if new == fn_pages:
            break
        fn_pages = new
    else:
        raise SystemExit("footnote placement did not settle")
    assert sorted(doc.seen) == sorted(FOOTNOTES), doc.seen
    print("pages:", doc.page, "footnotes:", fn_pages)


if __name__ == "__main__":
    build()
