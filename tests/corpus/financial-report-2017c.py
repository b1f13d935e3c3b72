"""Draws financial-report-2017c.pdf: IOM Financial Report for the year ended 31 December 2016 (C/108/3), A4."""
import os

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_RIGHT, TA_LEFT
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, PageBreak,
                                Table, TableStyle, KeepTogether, CondPageBreak)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "financial-report-2017c.pdf")

SYMBOL = "C/108/3"
TITLE_LINES = ["FINANCIAL REPORT FOR THE YEAR ENDED", "31 DECEMBER 2016"]
PAGE_W, PAGE_H = A4
LM = RM = 2.5 * cm
TM = 3.0 * cm
BM = 2.5 * cm
FRAME_W = PAGE_W - LM - RM
FRONT_PAGES = 2          # cover + contents; body "Page 1" is physical page 3

# ----------------------------------------------------------------------------------------------
# Figures (thousands of US dollars) and consistency checks
# ----------------------------------------------------------------------------------------------
VOL16, VOL15 = 1512348, 1331902
ASS16, ASS15 = 50186, 48917
INV16, INV15 = 6214, 5102
OTH16, OTH15 = 22517, 19353
REV16 = VOL16 + ASS16 + INV16 + OTH16
REV15 = VOL15 + ASS15 + INV15 + OTH15
assert (REV16, REV15) == (1591265, 1405274)
EXPENSES = [  # label, 2016, 2015
    ("Staff and other personnel costs", 498317, 452906),
    ("Contractual services", 421658, 369840),
    ("Transportation and migrant assistance", 286904, 249317),
    ("Implementing partners and grants", 203115, 175268),
    ("Travel and training", 62431, 55102),
    ("Operating and office costs", 71846, 64390),
    ("Depreciation and amortization", 9872, 9214),
    ("Other expenses", 20765, 13580),
]
EXP16 = sum(e[1] for e in EXPENSES)
EXP15 = sum(e[2] for e in EXPENSES)
assert (EXP16, EXP15) == (1574908, 1389617)
SUR16, SUR15 = REV16 - EXP16, REV15 - EXP15
assert (SUR16, SUR15) == (16357, 15657)
ADMIN16 = 49873
OPS16 = EXP16 - ADMIN16
assert OPS16 == 1525035

REGIONS = [
    ("Middle East and North Africa", 336812),
    ("European Economic Area", 225847),
    ("Asia and the Pacific", 202906),
    ("East and Horn of Africa", 150318),
    ("Central and North America and the Caribbean", 118094),
    ("South-Eastern Europe, Eastern Europe and Central Asia", 96921),
    ("West and Central Africa", 91805),
    ("South America", 61347),
    ("Southern Africa", 34216),
]
FIELD16 = sum(r[1] for r in REGIONS)
HQ16 = OPS16 - FIELD16
assert (FIELD16, HQ16) == (1318266, 206769)

DONORS = [
    ("United States of America", 571904, 498210),
    ("European Commission", 213577, 168945),
    ("United Kingdom", 96318, 71402),
    ("Germany", 74261, 49887),
    ("Canada", 58940, 44126),
    ("Japan", 52713, 47390),
    ("Central Emergency Response Fund", 41865, 38211),
    ("Australia", 38402, 41775),
    ("Sweden", 27156, 22904),
    ("Norway", 25839, 24513),
    ("Netherlands", 23617, 19348),
    ("Switzerland", 21475, 18962),
    ("United Nations Development Programme", 19826, 17405),
    ("Office of the United Nations High Commissioner for Refugees", 18904, 16230),
    ("Italy", 17382, 13476),
    ("Denmark", 15228, 14107),
    ("Colombia", 14615, 12880),
    ("Finland", 13902, 9815),
    ("Belgium", 12576, 11294),
    ("Kuwait", 11840, 8602),
    ("Austria", 10963, 7455),
    ("Saudi Arabia", 10418, 6120),
]
OTHER_DON16 = VOL16 - sum(d[1] for d in DONORS)
OTHER_DON15 = VOL15 - sum(d[2] for d in DONORS)
assert (OTHER_DON16, OTHER_DON15) == (120627, 168845)
TOP10 = sum(sorted(d[1] for d in DONORS)[-10:])
assert round(TOP10 * 1000 / VOL16) == 794   # 79.4 per cent


def n(x):
    return f"{x:,}"


def pct(x, tot):
    from decimal import Decimal, ROUND_HALF_UP
    return str((Decimal(x) * 100 / Decimal(tot)).quantize(Decimal("0.1"), ROUND_HALF_UP))


# ----------------------------------------------------------------------------------------------
# Styles
# ----------------------------------------------------------------------------------------------
BODY = ParagraphStyle("body", fontName="Times-Roman", fontSize=11, leading=13.6, alignment=TA_JUSTIFY,
                      spaceAfter=8)
PARA = ParagraphStyle("para", parent=BODY, firstLineIndent=36, leftIndent=0, bulletIndent=0,
                      bulletFontName="Times-Roman", bulletFontSize=11)
BULLET = ParagraphStyle("bullet", parent=BODY, leftIndent=54, bulletIndent=36, spaceAfter=4,
                        bulletFontName="Symbol", bulletFontSize=10)
H1 = ParagraphStyle("h1", fontName="Times-Bold", fontSize=11, leading=13.6, leftIndent=36, bulletIndent=0,
                    bulletFontName="Times-Bold", bulletFontSize=11, spaceBefore=6, spaceAfter=9,
                    keepWithNext=1)
H2 = ParagraphStyle("h2", parent=H1, fontName="Times-BoldItalic", bulletFontName="Times-BoldItalic",
                    spaceBefore=2, spaceAfter=7)
RUNTITLE = ParagraphStyle("runtitle", fontName="Times-Bold", fontSize=11, leading=13.6, alignment=TA_CENTER,
                          spaceAfter=16)
CAPTION = ParagraphStyle("caption", fontName="Times-Bold", fontSize=10, leading=12, alignment=TA_LEFT,
                         spaceBefore=2, spaceAfter=3, keepWithNext=1)
CAPTION_SPLIT = ParagraphStyle("caption_split", parent=CAPTION, keepWithNext=0)
CELL = ParagraphStyle("cell", fontName="Times-Roman", fontSize=10, leading=11.5)
CELL_B = ParagraphStyle("cellb", parent=CELL, fontName="Times-Bold")
CELL_IND = ParagraphStyle("cellind", parent=CELL, leftIndent=12)
CELL_HEAD = ParagraphStyle("cellh", parent=CELL_B, alignment=TA_CENTER)
NUM = ParagraphStyle("num", parent=CELL, alignment=TA_RIGHT)
NUM_B = ParagraphStyle("numb", parent=NUM, fontName="Times-Bold")
FOOT = ParagraphStyle("foot", fontName="Times-Roman", fontSize=9, leading=10.8, leftIndent=9,
                      firstLineIndent=-9, alignment=TA_LEFT)

FOOTNOTES = {
    "1": "The report of the External Auditor on the financial statements for the year ended "
         "31 December 2016 is issued as document C/108/4.",
    "2": "Movements under the resettlement programme of Canada in 2016 included the final phase of the "
         "initiative for Syrian refugees launched by the Government of Canada in November 2015.",
    "3": "Assessed contributions are denominated in Swiss francs and are converted into US dollars at the "
         "United Nations operational rate of exchange in effect on the date on which they are assessed.",
    "4": "The comparative figures for 2015 have been reclassified to conform to the presentation adopted "
         "in the financial statements for 2016.",
}


def fn(mark):
    return f'<onDraw name="fn" label="{mark}"/><super><font size="7">{mark}</font></super>'


# ----------------------------------------------------------------------------------------------
# Document template: running header, per-page footnotes, ToC page tracking (multi-pass)
# ----------------------------------------------------------------------------------------------
class Doc(BaseDocTemplate):
    def __init__(self, path, fn_pages, toc_pages, **kw):
        super().__init__(path, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM, bottomMargin=BM,
                         title="Financial Report for the year ended 31 December 2016", author="IOM", **kw)
        self.fn_pages_prev = fn_pages      # page -> [marks] from previous pass (used for frame height)
        self.fn_pages = {}                 # page -> [marks] found in this pass
        self.toc_pages = {}                # key -> body page label
        self.toc_prev = toc_pages
        frame = Frame(LM, BM, FRAME_W, PAGE_H - TM - BM, id="f", leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="all", frames=[frame], onPage=self.on_page,
                                            onPageEnd=self.on_page_end)])

    # --- footnote support
    def beforeDocument(self):
        self.canv.setNamedCB("fn", self._fn_cb)

    def _fn_cb(self, canv, kind, label):
        self.fn_pages.setdefault(self.page, [])
        if label not in self.fn_pages[self.page]:
            self.fn_pages[self.page].append(label)

    @staticmethod
    def foot_height(marks):
        if not marks:
            return 0
        h = 14  # rule and gap
        for m in marks:
            p = Paragraph(f"<super>{m}</super> " + FOOTNOTES[m], FOOT)
            h += p.wrap(FRAME_W, 1000)[1] + 2
        return h

    def beforePage(self):
        h = self.foot_height(self.fn_pages_prev.get(self.page, []))
        self.pageTemplate.frames = [Frame(LM, BM + h, FRAME_W, PAGE_H - TM - BM - h, id="f",
                                          leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)]

    def on_page_end(self, canv, doc):
        marks = self.fn_pages.get(self.page, [])
        if not marks:
            return
        paras = [Paragraph(f"<super>{m}</super>\u00a0" + FOOTNOTES[m], FOOT) for m in marks]
        heights = [p.wrap(FRAME_W, 1000)[1] for p in paras]
        y = BM + sum(heights) + 2 * (len(paras) - 1)
        canv.saveState()
        canv.setLineWidth(0.5)
        canv.line(LM, y + 6, LM + 5 * cm, y + 6)
        canv.restoreState()
        for p, h in zip(paras, heights):
            p.drawOn(canv, LM, y - h)
            y -= h + 2

    # --- page furniture
    def on_page(self, canv, doc):
        if self.page == 1:
            draw_cover(canv)
            return
        label = "i" if self.page == 2 else str(self.page - FRONT_PAGES)
        canv.saveState()
        canv.setFont("Times-Roman", 10)
        canv.drawRightString(PAGE_W - RM, PAGE_H - 1.6 * cm, SYMBOL)
        canv.drawRightString(PAGE_W - RM, PAGE_H - 1.6 * cm - 12, f"Page {label}")
        canv.restoreState()

    def afterFlowable(self, fl):
        key = getattr(fl, "toc_key", None)
        if key:
            self.toc_pages[key] = str(self.page - FRONT_PAGES)


def draw_cover(canv):
    canv.saveState()
    x_r = PAGE_W - RM
    y = PAGE_H - 2.4 * cm
    canv.setFont("Times-Bold", 12)
    canv.drawRightString(x_r, y, SYMBOL)
    canv.setFont("Times-Roman", 11)
    canv.drawRightString(x_r, y - 15, "Original: English")
    canv.drawRightString(x_r, y - 29, "24 May 2017")
    # organ and session
    canv.setFont("Times-Bold", 12)
    canv.drawCentredString(PAGE_W / 2, PAGE_H - 6.2 * cm, "COUNCIL")
    canv.setFont("Times-Roman", 12)
    canv.drawCentredString(PAGE_W / 2, PAGE_H - 6.2 * cm - 16, "108th Session")
    # title
    canv.setFont("Times-Bold", 14)
    ty = PAGE_H / 2 + 2.5 * cm
    for i, line in enumerate(TITLE_LINES):
        canv.drawCentredString(PAGE_W / 2, ty - i * 19, line)
    # cover note under a short rule
    canv.setLineWidth(0.5)
    ny = 6.2 * cm
    canv.line(LM, ny + 14, LM + 5 * cm, ny + 14)
    note = Paragraph("This document is submitted to the Standing Committee on Programmes and Finance at its "
                     "Twentieth Session, to be held on 27 and 28 June 2017, for review before its "
                     "consideration by the Council at its 108th Session.",
                     ParagraphStyle("note", fontName="Times-Roman", fontSize=10, leading=12))
    w, h = note.wrap(FRAME_W, 200)
    note.drawOn(canv, LM, ny - h + 6)
    # trilingual footer
    canv.setLineWidth(0.8)
    canv.line(LM, 2.6 * cm, PAGE_W - RM, 2.6 * cm)
    canv.setFont("Times-Bold", 11)
    canv.drawString(LM, 2.0 * cm, "COUNCIL")
    canv.drawCentredString(PAGE_W / 2, 2.0 * cm, "CONSEIL")
    canv.drawRightString(PAGE_W - RM, 2.0 * cm, "CONSEJO")
    canv.restoreState()


# ----------------------------------------------------------------------------------------------
# Content helpers
# ----------------------------------------------------------------------------------------------
_para_no = [0]


def P(text):
    _para_no[0] += 1
    return Paragraph(text, PARA, bulletText=f"{_para_no[0]}.")


def H(num, text, key, style=H1):
    p = Paragraph(text, style, bulletText=f"{num}.")
    p.toc_key = key
    return p


def B(text):
    return Paragraph(text, BULLET, bulletText="\u2022")


def tstyle(extra=()):
    base = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.85, 0.85, 0.85)),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
    ]
    return TableStyle(base + list(extra))


def c(t, st=CELL):
    return Paragraph(t, st)


def table1():
    rows = [[c("In thousands of US dollars", CELL_B), c("2016", CELL_HEAD), c("2015", CELL_HEAD)],
            [c("Revenue from voluntary contributions for operational activities"), c(n(VOL16), NUM), c(n(VOL15), NUM)],
            [c("Assessed contributions to the Administrative Part of the Budget"), c(n(ASS16), NUM), c(n(ASS15), NUM)],
            [c("Other revenue, including investment income and exchange gains"),
             c(n(INV16 + OTH16), NUM), c(n(INV15 + OTH15), NUM)],
            [c("Total revenue", CELL_B), c(n(REV16), NUM_B), c(n(REV15), NUM_B)],
            [c("Total expenses of the Administrative and Operational Parts of the Budget"),
             c(n(EXP16), NUM), c(n(EXP15), NUM)],
            [c("Net surplus for the year", CELL_B), c(n(SUR16), NUM_B), c(n(SUR15), NUM_B)]]
    t = Table(rows, colWidths=[7.2 * cm, 3.0 * cm, 3.0 * cm], hAlign="LEFT")
    t.setStyle(tstyle())
    return t


def table2():
    rows = [[c("Region", CELL_HEAD), c("Expenditure", CELL_HEAD), c("Percentage of total", CELL_HEAD)]]
    for name, v in REGIONS:
        rows.append([c(name), c(n(v), NUM), c(pct(v, OPS16), NUM)])
    rows.append([c("Subtotal, regional and country offices", CELL_B), c(n(FIELD16), NUM_B),
                 c(pct(FIELD16, OPS16), NUM_B)])
    rows.append([c("Headquarters and global programmes"), c(n(HQ16), NUM), c(pct(HQ16, OPS16), NUM)])
    rows.append([c("Total", CELL_B), c(n(OPS16), NUM_B), c("100.0", NUM_B)])
    t = Table(rows, colWidths=[FRAME_W - 6.0 * cm, 3.0 * cm, 3.0 * cm], hAlign="LEFT")
    sub = len(REGIONS) + 1
    t.setStyle(tstyle([("BACKGROUND", (0, sub), (-1, sub), colors.Color(0.93, 0.93, 0.93)),
                       ("LINEABOVE", (0, -1), (-1, -1), 1.2, colors.black)]))
    return t


def table3():
    rows = [[c("", CELL_B), c("2016", CELL_HEAD), c("2015", CELL_HEAD)],
            [c("Revenue", CELL_B), c(""), c("")],
            [c("Voluntary contributions", CELL_IND), c(n(VOL16), NUM), c(n(VOL15), NUM)],
            [c("Assessed contributions", CELL_IND), c(n(ASS16), NUM), c(n(ASS15), NUM)],
            [c("Investment income", CELL_IND), c(n(INV16), NUM), c(n(INV15), NUM)],
            [c("Other revenue", CELL_IND), c(n(OTH16), NUM), c(n(OTH15), NUM)],
            [c("Total revenue", CELL_B), c(n(REV16), NUM_B), c(n(REV15), NUM_B)],
            [c("Expenses", CELL_B), c(""), c("")]]
    for name, a, b in EXPENSES:
        rows.append([c(name, CELL_IND), c(n(a), NUM), c(n(b), NUM)])
    rows.append([c("Total expenses", CELL_B), c(n(EXP16), NUM_B), c(n(EXP15), NUM_B)])
    rows.append([c("Surplus for the year", CELL_B), c(n(SUR16), NUM_B), c(n(SUR15), NUM_B)])
    t = Table(rows, colWidths=[FRAME_W - 6.0 * cm, 3.0 * cm, 3.0 * cm], hAlign="LEFT")
    t.setStyle(TableStyle([
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEABOVE", (0, 6), (-1, 6), 0.5, colors.black),
        ("LINEABOVE", (0, -2), (-1, -2), 0.5, colors.black),
        ("LINEABOVE", (0, -1), (-1, -1), 0.5, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 1.2, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
    ]))
    return t


def table4():
    rows = [[c("Donor", CELL_HEAD), c("2016", CELL_HEAD), c("2015", CELL_HEAD)]]
    for name, a, b in DONORS:
        rows.append([c(name), c(n(a), NUM), c(n(b), NUM)])
    rows.append([c("All other donors"), c(n(OTHER_DON16), NUM), c(n(OTHER_DON15), NUM)])
    rows.append([c("Total", CELL_B), c(n(VOL16), NUM_B), c(n(VOL15), NUM_B)])
    t = Table(rows, colWidths=[FRAME_W - 6.0 * cm, 3.0 * cm, 3.0 * cm], hAlign="LEFT", repeatRows=1)
    t.setStyle(tstyle([("LINEABOVE", (0, -1), (-1, -1), 1.2, colors.black)]))
    return t


# ----------------------------------------------------------------------------------------------
# Contents page
# ----------------------------------------------------------------------------------------------
TOC = [  # key, label, text, level
    ("s1", "I.", "INTRODUCTION", 0),
    ("s2", "II.", "OVERVIEW OF FINANCIAL RESULTS", 0),
    ("s3", "III.", "REVENUE", 0),
    ("s3a", "A.", "Voluntary contributions", 1),
    ("s3b", "B.", "Assessed contributions", 1),
    ("s3c", "C.", "Other revenue", 1),
    ("s4", "IV.", "EXPENDITURE", 0),
    ("s4a", "A.", "Administrative Part of the Budget", 1),
    ("s4b", "B.", "Operational Part of the Budget", 1),
    ("s5", "V.", "STATEMENT OF FINANCIAL PERFORMANCE", 0),
    ("s6", "VI.", "VOLUNTARY CONTRIBUTIONS BY DONOR", 0),
    ("s7", "VII.", "FINANCIAL POSITION", 0),
    ("s8", "VIII.", "CONCLUSION", 0),
]


class TocLine(Table):
    pass


def toc_flowables(pages):
    out = [Paragraph("CONTENTS", ParagraphStyle("ch", fontName="Times-Bold", fontSize=12, leading=15,
                                                 alignment=TA_CENTER, spaceAfter=14)),
           Paragraph("Page", ParagraphStyle("pg", fontName="Times-Bold", fontSize=11, leading=13,
                                             alignment=TA_RIGHT, spaceAfter=8))]
    from reportlab.platypus.flowables import Flowable

    class Entry(Flowable):
        def __init__(self, label, text, level, page):
            super().__init__()
            self.label, self.text, self.level, self.page = label, text, level, page

        def wrap(self, aw, ah):
            self.aw = aw
            return aw, 19 if self.level == 0 else 16

        def draw(self):
            cv = self.canv
            font = "Times-Roman"
            size = 11
            cv.setFont(font, size)
            x0 = 0 if self.level == 0 else 36
            xt = x0 + 36
            y = 4
            cv.drawString(x0, y, self.label)
            cv.drawString(xt, y, self.text)
            end_text = xt + stringWidth(self.text, font, size) + 3
            pw = stringWidth(self.page, font, size)
            cv.drawRightString(self.aw, y, self.page)
            dot_w = stringWidth(".", font, size)
            stop = self.aw - pw - 3
            ndots = int((stop - end_text) / dot_w)
            if ndots > 0:
                cv.drawRightString(stop, y, "." * ndots)

    for key, label, text, level in TOC:
        out.append(Entry(label, text, level, pages.get(key, "1")))
    return out


# ----------------------------------------------------------------------------------------------
# Body
# ----------------------------------------------------------------------------------------------
def body():
    _para_no[0] = 0
    s = []
    s.append(Paragraph(" ".join(TITLE_LINES), RUNTITLE))

    s.append(H("I", "INTRODUCTION", "s1"))
    s.append(P("The Director General has the honour to submit to the Council the Financial Report of the "
               "International Organization for Migration (IOM) for the year ended 31 December 2016, in "
               "accordance with Article 12 of the Financial Regulations. The report comprises the financial "
               "statements, the notes thereto and the present commentary on the financial results of the "
               "Organization for the year."))
    s.append(P("The financial statements have been prepared in accordance with the International Public Sector "
               "Accounting Standards (IPSAS) and have been audited by the External Auditor, who issued an "
               "unqualified opinion." + fn("1") + " The statements cover both the Administrative Part of the "
               "Budget, funded from the assessed contributions of Member States, and the Operational Part of "
               "the Budget, funded from voluntary contributions."))
    s.append(P("The Programme and Budget for 2016 (C/106/8) was approved by the Council through Resolution "
               "No. 1310 of 24 November 2015 and was subsequently revised as set out in document S/18/9. "
               "All amounts in this report are expressed in thousands of US dollars unless otherwise stated."))

    s.append(H("II", "OVERVIEW OF FINANCIAL RESULTS", "s2"))
    s.append(P("The main financial results of the Organization for 2016, compared with those for 2015, are "
               "summarized in Table 1."))
    s.append(Paragraph("Table 1: Summary of financial results", CAPTION))
    s.append(table1())
    s.append(Spacer(1, 10))
    s.append(P("Total revenue reached USD 1,591.3 million in 2016, an increase of USD 186.0 million, or "
               "13.2 per cent, over the previous year. The increase was driven almost entirely by voluntary "
               "contributions, which rose by USD 180.4 million."))
    s.append(P("Total expenses amounted to USD 1,574.9 million, an increase of 13.3 per cent over 2015. "
               "Expenses under the Administrative Part of the Budget accounted for 3.2 per cent of total "
               "expenses, and operational expenses for the remaining 96.8 per cent."))
    s.append(P("The net surplus for the year of USD 16.4 million arises mainly from investment income and "
               "exchange gains, and from voluntary contributions recognized as revenue when the contribution "
               "agreements were signed but not yet spent on project activities at the end of the year."))

    s.append(H("III", "REVENUE", "s3"))
    s.append(H("A", "Voluntary contributions", "s3a", H2))
    s.append(P("Voluntary contributions recognized as revenue in 2016 amounted to USD 1,512.3 million, "
               "compared with USD 1,331.9 million in 2015, an increase of 13.5 per cent. The contributions of "
               "the main donors are shown in Table 4 in section VI below."))
    s.append(P("The growth in voluntary contributions was concentrated in the following areas of activity:"))
    s.append(B("emergency and post-crisis operations in the Syrian Arab Republic, Iraq, Yemen and "
               "neighbouring countries;"))
    s.append(B("resettlement and movement assistance for refugees, in particular to the United States of "
               "America and Canada;" + fn("2")))
    s.append(B("assistance to migrants arriving in Europe by the Central Mediterranean and Western Balkans "
               "routes; and"))
    s.append(B("assisted voluntary return and reintegration programmes from host countries in Europe."))
    s.append(H("B", "Assessed contributions", "s3b", H2))
    s.append(P("Assessed contributions for 2016 totalled CHF 49.5 million, equivalent to USD 50.2 million at "
               "the rates of exchange used for their recognition." + fn("3")))
    s.append(P("At 31 December 2016, outstanding assessed contributions amounted to USD 4.1 million, and "
               "11 Member States were subject to the provisions of Article 4 of the Constitution. The status "
               "of outstanding contributions is reported separately to the Standing Committee on Programmes "
               "and Finance."))
    s.append(H("C", "Other revenue", "s3c", H2))
    s.append(P("Other revenue amounted to USD 28.7 million, comprising investment income of USD 6.2 million "
               "and other revenue of USD 22.5 million, including exchange gains on the revaluation of balances "
               "held in currencies other than the US dollar and income from the sale of services."))

    s.append(H("IV", "EXPENDITURE", "s4"))
    s.append(H("A", "Administrative Part of the Budget", "s4a", H2))
    s.append(P("Expenditure under the Administrative Part of the Budget amounted to USD 49.9 million, against "
               "assessed contributions of USD 50.2 million, leaving an unspent balance of USD 0.3 million."))
    s.append(P("In accordance with established practice, the use of the unspent balance will be considered "
               "by the Standing Committee on Programmes and Finance, which will make a recommendation to the "
               "Council."))
    s.append(H("B", "Operational Part of the Budget", "s4b", H2))
    s.append(P("Operational expenditure amounted to USD 1,525.0 million in 2016. Its distribution by region, "
               "based on the location of the offices managing the projects, is shown in Table 2."))
    s.append(Paragraph("Table 2: Operational expenditure by region, 2016 (in thousands of US dollars)", CAPTION))
    s.append(table2())
    s.append(Spacer(1, 10))
    s.append(P("The Middle East and North Africa remained the region with the highest expenditure, reflecting "
               "the scale of the response to the crises in the Syrian Arab Republic and Iraq, followed by the "
               "European Economic Area, where expenditure rose with the assistance provided to migrants and "
               "refugees arriving by sea."))
    s.append(P("Expenditure under Headquarters and global programmes includes the costs of the Manila and "
               "Panama Administrative Centres charged to projects, the migration health assessment "
               "programmes managed globally and the movement operations coordinated from Headquarters."))

    s.append(H("V", "STATEMENT OF FINANCIAL PERFORMANCE", "s5"))
    s.append(P("Table 3 sets out revenue and expenses by nature for 2016 and 2015, as presented in the "
               "statement of financial performance."))
    s.append(Paragraph("Table 3: Statement of financial performance (in thousands of US dollars)", CAPTION))
    s.append(table3())
    s.append(Spacer(1, 10))
    s.append(P("Staff and other personnel costs remained the largest category of expense, at 31.6 per cent of "
               "the total, reflecting the growth in the number of staff employed on projects in the field." +
               fn("4")))
    s.append(P("Transportation and migrant assistance costs increased by USD 37.6 million, in line with the "
               "higher number of refugees resettled and of migrants assisted to return home."))

    s.append(H("VI", "VOLUNTARY CONTRIBUTIONS BY DONOR", "s6"))
    s.append(P("Table 4 lists the donors whose voluntary contributions recognized as revenue in 2016 exceeded "
               "USD 10 million, together with the corresponding amounts for 2015."))
    s.append(CondPageBreak(4 * cm))
    s.append(Paragraph("Table 4: Voluntary contributions by donor (in thousands of US dollars)", CAPTION_SPLIT))
    s.append(table4())
    s.append(Spacer(1, 10))
    s.append(P("The 10 largest donors together accounted for 79.4 per cent of the voluntary contributions "
               "recognized in 2016, compared with 75.6 per cent in 2015."))

    s.append(H("VII", "FINANCIAL POSITION", "s7"))
    s.append(P("Cash and investments at 31 December 2016 amounted to USD 1,142.6 million, the greater part of "
               "which represents funds received from donors in advance for the implementation of specific "
               "projects."))
    s.append(P("The Operational Support Income reserve stood at USD 31.8 million at the end of the year, "
               "above the minimum level set by the Member States."))

    s.append(H("VIII", "CONCLUSION", "s8"))
    s.append(P("The Standing Committee on Programmes and Finance is invited to take note of the present report "
               "and to recommend that the Council approve the Financial Report for the year ended "
               "31 December 2016."))
    return s


def build():
    fn_pages, toc_pages = {}, {}
    for _ in range(6):
        doc = Doc(OUT, fn_pages, toc_pages)
        story = [Spacer(1, 1), PageBreak()] + toc_flowables(toc_pages) + [PageBreak()] + body()
        doc.build(story)
        if doc.fn_pages == fn_pages and doc.toc_pages == toc_pages:
            break
        fn_pages, toc_pages = doc.fn_pages, doc.toc_pages
    else:
        raise SystemExit("layout did not converge")
    print("pages:", doc.page, "footnotes:", doc.fn_pages, "toc:", doc.toc_pages)


if __name__ == "__main__":
    build()
