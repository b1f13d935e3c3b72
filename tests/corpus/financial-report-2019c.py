#!/usr/bin/env python3
"""Draw financial-report-2019c.pdf: an excerpt of IOM document C/111/3,
Financial Report for the year ended 31 December 2019 (reportlab)."""

import os

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_RIGHT, TA_JUSTIFY, TA_LEFT
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                Table, TableStyle, NextPageTemplate, PageBreak,
                                Flowable, KeepTogether, CondPageBreak)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "financial-report-2019c.pdf")

SYMBOL = "C/111/3"
PAGE_W, PAGE_H = A4
LM = RM = 2.3 * cm
TM = 2.0 * cm
BM = 2.0 * cm
FW = PAGE_W - LM - RM

FONT = "Helvetica"
BOLD = "Helvetica-Bold"
ITAL = "Helvetica-Oblique"

# ---------------------------------------------------------------- styles
body = ParagraphStyle("body", fontName=FONT, fontSize=10.5, leading=13.5, alignment=TA_JUSTIFY,
                      spaceAfter=7)
npara = ParagraphStyle("npara", parent=body, leftIndent=0, firstLineIndent=0,
                       bulletIndent=0, bulletFontName=FONT, bulletFontSize=10.5)
item = ParagraphStyle("item", parent=body, leftIndent=2.0 * cm, bulletIndent=1.0 * cm,
                      bulletFontName=FONT, bulletFontSize=10.5, spaceAfter=4)
h1 = ParagraphStyle("h1", fontName=BOLD, fontSize=10.5, leading=13.5, spaceBefore=8, spaceAfter=8,
                    keepWithNext=1)
h2 = ParagraphStyle("h2", fontName=ITAL, fontSize=10.5, leading=13.5, spaceBefore=3, spaceAfter=6,
                    keepWithNext=1)
h2b = ParagraphStyle("h2b", parent=h2, fontName=BOLD)
runtitle = ParagraphStyle("runtitle", fontName=BOLD, fontSize=11, leading=14, alignment=TA_CENTER,
                          spaceAfter=14)
caption = ParagraphStyle("caption", fontName=BOLD, fontSize=9.5, leading=12, spaceBefore=6,
                         spaceAfter=4, keepWithNext=1)
cell = ParagraphStyle("cell", fontName=FONT, fontSize=8.8, leading=10.5)
fnstyle = ParagraphStyle("fn", fontName=FONT, fontSize=8, leading=9.6, leftIndent=0.45 * cm,
                         firstLineIndent=-0.45 * cm)


def fmt(n):
    if n is None:
        return ""
    return "{:,}".format(n)


# ---------------------------------------------------------------- footnotes
FOOTNOTES = {
    "1": "IPSAS are issued by the International Public Sector Accounting Standards Board, an "
         "independent standard-setting body supported by the International Federation of "
         "Accountants. The standards applied are those in force at 31 December 2019.",
    "2": "The United Nations operational rate of exchange applied on 1 January 2019 was "
         "CHF 0.988 to USD 1.",
    "3": "Restricted balances are determined project by project, on the basis of the agreements "
         "with donors in force at 31 December 2019.",
}


def fnmark(k):
    return '<a name="fn%s"/><super>%s</super>' % (k, k)


# ---------------------------------------------------------------- figures
# Statement I
SFP = [
    # label, note, 2019, 2018, kind  (kind: head / sub / item / total / grand)
    ("ASSETS", "", None, None, "head"),
    ("Current assets", "", None, None, "sub"),
    ("Cash and cash equivalents", "3", 1046382517, 958741206, "item"),
    ("Short-term investments", "3", 183250000, 152600000, "item"),
    ("Contributions receivable", "4", 612904338, 547218915, "item"),
    ("Other receivables", "5", 58417260, 61093472, "item"),
    ("Inventories", "", 29681044, 24377819, "item"),
    ("Prepayments", "", 12536901, 10884266, "item"),
    ("Total current assets", "", "CA", "CA", "total"),
    ("Non-current assets", "", None, None, "sub"),
    ("Contributions receivable", "4", 96215480, 84902137, "item"),
    ("Long-term investments", "3", 41800000, 38500000, "item"),
    ("Property, plant and equipment", "6", 118643729, 112458300, "item"),
    ("Intangible assets", "6", 9372615, 8146092, "item"),
    ("Total non-current assets", "", "NCA", "NCA", "total"),
    ("TOTAL ASSETS", "", "TA", "TA", "grand"),
    ("LIABILITIES", "", None, None, "head"),
    ("Current liabilities", "", None, None, "sub"),
    ("Deferred revenue", "7", 1089743206, 979514683, "item"),
    ("Accounts payable and accrued liabilities", "", 118265940, 104731558, "item"),
    ("Employee benefits", "8", 24918377, 22604915, "item"),
    ("Loans", "9", 3150000, 3150000, "item"),
    ("Total current liabilities", "", "CL", "CL", "total"),
    ("Non-current liabilities", "", None, None, "sub"),
    ("Deferred revenue", "7", 96215480, 84902137, "item"),
    ("Employee benefits", "8", 312480615, 254327904, "item"),
    ("Loans", "9", 44100000, 47250000, "item"),
    ("Total non-current liabilities", "", "NCL", "NCL", "total"),
    ("TOTAL LIABILITIES", "", "TL", "TL", "grand"),
    ("NET ASSETS", "", None, None, "head"),
    ("Accumulated surplus", "", 445714874, 432636459, "item"),
    ("Reserves", "10", 74615392, 69804551, "item"),
    ("TOTAL NET ASSETS", "", "NA", "NA", "grand"),
]

SFPERF = [
    ("REVENUE", "", None, None, "head"),
    ("Voluntary contributions", "11", 2014587342, 1753918627, "item"),
    ("Assessed contributions", "11", 52214087, 51462093, "item"),
    ("In-kind contributions", "", 18406725, 16951380, "item"),
    ("Investment income", "3", 14872513, 9736044, "item"),
    ("Other revenue", "", 21035618, 19482955, "item"),
    ("Total revenue", "", "REV", "REV", "total"),
    ("EXPENSES", "", None, None, "head"),
    ("Staff salaries and benefits", "8", 726481903, 632507318, "item"),
    ("Contractual services", "12", 580449688, 502690072, "item"),
    ("Migrant transportation and assistance", "12", 264117805, 238640977, "item"),
    ("Implementing partners and grants", "12", 201354618, 176284439, "item"),
    ("Supplies and consumables", "", 142906271, 128553060, "item"),
    ("Travel and subsistence", "", 61287344, 57812905, "item"),
    ("General operating expenses", "", 83550129, 76421738, "item"),
    ("Depreciation and amortization", "6", 19348672, 17905214, "item"),
    ("Finance costs", "9", 1216430, 1342688, "item"),
    ("Other expenses", "", 8941307, 7306251, "item"),
    ("Total expenses", "", "EXP", "EXP", "total"),
    ("SURPLUS FOR THE YEAR", "", "SUR", "SUR", "grand"),
]


def resolve(rows):
    """Replace total codes by sums of the items above them; return dict of totals."""
    tot = {}
    out = []
    for col in (2, 3):
        t = {}
        group = []
        for r in rows:
            kind = r[4]
            if kind == "sub" or kind == "head":
                group = []
            elif kind == "item":
                group.append(r[col])
            elif kind in ("total", "grand"):
                code = r[col]
                if code in ("CA", "NCA", "CL", "NCL", "REV", "EXP"):
                    t[code] = sum(group)
                elif code == "TA":
                    t[code] = t["CA"] + t["NCA"]
                elif code == "TL":
                    t[code] = t["CL"] + t["NCL"]
                elif code == "NA":
                    t[code] = sum(group)
                elif code == "SUR":
                    t[code] = t["REV"] - t["EXP"]
        tot[col] = t
    for r in rows:
        if r[4] in ("total", "grand"):
            out.append((r[0], r[1], tot[2][r[2]], tot[3][r[3]], r[4]))
        else:
            out.append(r)
    return out, tot


SFP_R, SFP_T = resolve(SFP)
SFPERF_R, SFPERF_T = resolve(SFPERF)
# consistency checks
assert SFP_T[2]["TA"] - SFP_T[2]["TL"] == SFP_T[2]["NA"], (SFP_T[2])
assert SFP_T[3]["TA"] - SFP_T[3]["TL"] == SFP_T[3]["NA"], (SFP_T[3])
# change in net assets = surplus - actuarial loss (13,572,862)
assert SFP_T[2]["NA"] - SFP_T[3]["NA"] == SFPERF_T[2]["SUR"] - 13572862


def mil(n):
    return "{:,.1f}".format(n / 1e6)


def pct(a, b):
    return "{:.1f}".format((a / b - 1) * 100)


KEY = [
    ("Total revenue", SFPERF_T[2]["REV"], SFPERF_T[3]["REV"]),
    ("Total expenses", SFPERF_T[2]["EXP"], SFPERF_T[3]["EXP"]),
    ("Surplus for the year", SFPERF_T[2]["SUR"], SFPERF_T[3]["SUR"]),
    ("Total assets", SFP_T[2]["TA"], SFP_T[3]["TA"]),
    ("Total liabilities", SFP_T[2]["TL"], SFP_T[3]["TL"]),
    ("Net assets", SFP_T[2]["NA"], SFP_T[3]["NA"]),
]


# ---------------------------------------------------------------- flowables
class TocLine(Flowable):
    def __init__(self, text, page, indent=0, bold=False, font_size=10.5, space=6):
        super().__init__()
        self.text, self.page, self.indent, self.bold = text, page, indent, bold
        self.fs = font_size
        self.space = space

    def wrap(self, aW, aH):
        self.aW = aW
        return aW, self.fs * 1.3 + self.space

    def draw(self):
        c = self.canv
        font = BOLD if self.bold else FONT
        y = self.space
        c.setFont(font, self.fs)
        c.drawString(self.indent, y, self.text)
        tw = stringWidth(self.text, font, self.fs)
        pw = stringWidth(self.page, FONT, self.fs)
        c.setFont(FONT, self.fs)
        c.drawRightString(self.aW, y, self.page)
        dot_w = stringWidth(".", FONT, self.fs)
        start = self.indent + tw + 4
        end = self.aW - pw - 4
        n = int((end - start) / dot_w)
        if n > 0:
            c.drawString(end - n * dot_w, y, "." * n)


class HRule(Flowable):
    def __init__(self, width, thick=0.6, space=4):
        super().__init__()
        self.w, self.t, self.space = width, thick, space

    def wrap(self, aW, aH):
        return self.w, self.space * 2

    def draw(self):
        self.canv.setLineWidth(self.t)
        self.canv.line(0, self.space, self.w, self.space)


def P(num, text):
    return Paragraph(text, npara, bulletText="%d." % num)


def I(label, text):
    return Paragraph(text, item, bulletText=label)


def npara_first_indent():
    # first line of a numbered paragraph starts after a tab of 1 cm
    return 1.0 * cm


npara.firstLineIndent = npara_first_indent()


# ---------------------------------------------------------------- tables
def statement_table(rows):
    data = [["", "Note", "2019", "2018"]]
    style = [
        ("FONT", (0, 0), (-1, 0), BOLD, 8.8),
        ("FONT", (0, 1), (-1, -1), FONT, 8.8),
        ("ALIGN", (1, 0), (1, -1), "CENTER"),
        ("ALIGN", (2, 0), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    for i, (label, note, a, b, kind) in enumerate(rows, start=1):
        if kind == "item":
            lab = "    " + label
        else:
            lab = label
        data.append([lab, note, fmt(a), fmt(b)])
        if kind == "head":
            style.append(("FONT", (0, i), (-1, i), BOLD, 8.8))
            style.append(("TOPPADDING", (0, i), (-1, i), 6))
        elif kind == "sub":
            style.append(("FONT", (0, i), (-1, i), ITAL, 8.8))
        elif kind == "total":
            style.append(("FONT", (0, i), (-1, i), BOLD, 8.8))
            style.append(("LINEABOVE", (2, i), (-1, i), 0.5, colors.black))
        elif kind == "grand":
            style.append(("FONT", (0, i), (-1, i), BOLD, 8.8))
            style.append(("LINEABOVE", (2, i), (-1, i), 0.5, colors.black))
            style.append(("LINEBELOW", (2, i), (-1, i), 1.2, colors.black))
    t = Table(data, colWidths=[7.6 * cm, 1.4 * cm, 3.2 * cm, 3.2 * cm], repeatRows=1, hAlign="LEFT")
    t.setStyle(TableStyle(style))
    return t


def key_table():
    data = [["", "2019", "2018", "Change (%)"]]
    for lab, a, b in KEY:
        data.append([lab, mil(a), mil(b), pct(a, b)])
    t = Table(data, colWidths=[6.2 * cm, 2.8 * cm, 2.8 * cm, 2.8 * cm], hAlign="CENTER")
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), BOLD, 9),
        ("FONT", (0, 1), (-1, -1), FONT, 9),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.90, 0.94)),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]))
    return t


# ---------------------------------------------------------------- story
def story():
    s = []
    # ---- cover
    cover_right = ParagraphStyle("cr", fontName=FONT, fontSize=10.5, leading=14, alignment=TA_RIGHT)
    s.append(Paragraph("<b>%s</b>" % SYMBOL, ParagraphStyle("crb", parent=cover_right, fontSize=12,
                                                               leading=16)))
    s.append(Spacer(1, 10))
    s.append(Paragraph("Original: English", cover_right))
    s.append(Paragraph("22 May 2020", cover_right))
    s.append(Spacer(1, 2.2 * cm))
    s.append(Paragraph("<b>COUNCIL</b>", ParagraphStyle("org", fontName=BOLD, fontSize=11, leading=14)))
    s.append(Paragraph("111th Session", ParagraphStyle("ses", fontName=FONT, fontSize=11, leading=14)))
    s.append(Spacer(1, 5.5 * cm))
    tstyle = ParagraphStyle("title", fontName=BOLD, fontSize=15, leading=20, alignment=TA_CENTER)
    s.append(Paragraph("FINANCIAL REPORT FOR THE YEAR", tstyle))
    s.append(Paragraph("ENDED 31 DECEMBER 2019*", tstyle))
    s.append(Spacer(1, 9.6 * cm))
    s.append(HRule(4.5 * cm))
    s.append(Paragraph("* This document was submitted to the Standing Committee on Programmes and Finance "
                       "at its Twenty-sixth Session, held in June 2020, for review before its "
                       "consideration by the Council.",
                       ParagraphStyle("cn", fontName=FONT, fontSize=9, leading=11.5,
                                      leftIndent=0.35 * cm, firstLineIndent=-0.35 * cm)))
    s.append(NextPageTemplate("later"))
    s.append(PageBreak())

    # ---- contents
    s.append(Paragraph("CONTENTS", ParagraphStyle("ch", fontName=BOLD, fontSize=11, leading=14,
                                                  alignment=TA_CENTER, spaceAfter=10)))
    s.append(Paragraph("Page", ParagraphStyle("pg", fontName=FONT, fontSize=10, leading=12,
                                               alignment=TA_RIGHT, spaceAfter=6)))
    T = TOC_PAGES
    s.append(TocLine("I.    INTRODUCTION", T["I"], bold=False))
    s.append(TocLine("II.   OVERVIEW OF FINANCIAL RESULTS", T["II"]))
    s.append(TocLine("A.   Key figures", T["IIA"], indent=1.0 * cm))
    s.append(TocLine("B.   Revenue", T["IIB"], indent=1.0 * cm))
    s.append(TocLine("C.   Expenses", T["IIC"], indent=1.0 * cm))
    s.append(TocLine("D.   Financial position", T["IID"], indent=1.0 * cm))
    s.append(TocLine("III.  FINANCIAL STATEMENTS", T["III"]))
    s.append(TocLine("Statement I \u2013 Financial position as at 31 December 2019", T["S1"],
                     indent=1.0 * cm))
    s.append(TocLine("Statement II \u2013 Financial performance for the year ended 31 December 2019",
                     T["S2"], indent=1.0 * cm))
    s.append(TocLine("IV.  SELECTED NOTES TO THE FINANCIAL STATEMENTS", T["IV"]))
    s.append(TocLine("Note 3: Cash, cash equivalents and investments", T["N3"], indent=1.0 * cm))
    s.append(TocLine("Note 8: Employee benefits", T["N8"], indent=1.0 * cm))
    s.append(PageBreak())

    # ---- body
    s.append(Paragraph("FINANCIAL REPORT FOR THE YEAR ENDED 31 DECEMBER 2019", runtitle))

    s.append(Mark("I", Paragraph("I.&nbsp;&nbsp;&nbsp;&nbsp;INTRODUCTION", h1)))
    s.append(P(1, "The Director General has the honour to submit to the Council the financial statements "
                  "of the International Organization for Migration (IOM) for the year ended "
                  "31 December 2019, together with the opinion of the External Auditor, in accordance "
                  "with Article 12 of the Financial Regulations. The statements were examined by the "
                  "Standing Committee on Programmes and Finance before their transmission to the "
                  "Council."))
    s.append(P(2, "The statements have been prepared on a full accrual basis in conformity with the "
                  "International Public Sector Accounting Standards (IPSAS),%s which the Organization "
                  "has applied since 1 January 2012. The reporting currency is the United States "
                  "dollar; the Administrative Part of the Budget, which is assessed in Swiss francs, "
                  "is translated at the rates described in paragraph 6." % fnmark("1")))
    s.append(P(3, "The complete set of financial statements, of which only the first two are "
                  "reproduced in this excerpt, comprises:"))
    s.append(I("(a)", "Statement I \u2013 statement of financial position;"))
    s.append(I("(b)", "Statement II \u2013 statement of financial performance;"))
    s.append(I("(c)", "Statement III \u2013 statement of changes in net assets;"))
    s.append(I("(d)", "Statement IV \u2013 statement of cash flow; and"))
    s.append(I("(e)", "Statement V \u2013 statement of comparison of budget and actual amounts."))

    s.append(Mark("II", Paragraph("II.&nbsp;&nbsp;&nbsp;&nbsp;OVERVIEW OF FINANCIAL RESULTS", h1)))
    s.append(Mark("IIA", Paragraph("A.&nbsp;&nbsp;&nbsp;&nbsp;Key figures", h2)))
    s.append(P(4, "The year 2019 saw a further expansion of the Organization\u2019s activities, driven "
                  "mainly by emergency and post-crisis operations in the Americas, the Middle East and "
                  "the Horn of Africa. Table 1 compares the principal aggregates of the financial "
                  "statements with those reported for 2018 in document C/110/3."))
    s.append(Paragraph("Table 1: Key financial figures, 2019 and 2018 (in millions of US dollars)",
                       caption))
    s.append(key_table())
    s.append(Spacer(1, 10))

    s.append(Mark("IIB", Paragraph("B.&nbsp;&nbsp;&nbsp;&nbsp;Revenue", h2)))
    rev = SFPERF_T[2]["REV"]
    s.append(P(5, "Total revenue reached USD %s million, an increase of %s per cent over 2018. "
                  "Voluntary contributions, earmarked for specific projects in the great majority of "
                  "cases, accounted for USD 2,014.6 million, or %s per cent of the total. The largest "
                  "contributions came from the United States of America, the European Union, Germany, "
                  "the United Kingdom and Canada."
               % (mil(rev), pct(rev, SFPERF_T[3]["REV"]), "{:.1f}".format(2014587342 / rev * 100))))
    s.append(P(6, "Assessed contributions from Member States for 2019 amounted to CHF 51,602,400, as set "
                  "out in the Programme and Budget for 2019 (C/109/6) approved through Resolution "
                  "No. 1370 of 27 November 2018. They are recorded at the United Nations operational "
                  "rate of exchange in effect on the date of assessment,%s which gives revenue of "
                  "USD 52,214,087." % fnmark("2")))
    s.append(P(7, "Investment income rose to USD 14.9 million (2018: USD 9.7 million), reflecting higher "
                  "short-term interest rates on US dollar deposits during the first half of the year. "
                  "In-kind contributions, mostly the free use of premises provided by host Governments, "
                  "were valued at USD 18.4 million."))

    s.append(Mark("IIC", Paragraph("C.&nbsp;&nbsp;&nbsp;&nbsp;Expenses", h2)))
    exp = SFPERF_T[2]["EXP"]
    s.append(P(8, "Total expenses amounted to USD %s million. Staff salaries and benefits remained the "
                  "largest category at USD 726.5 million, or %s per cent of the total, followed by "
                  "contractual services at USD 580.4 million."
               % (mil(exp), "{:.1f}".format(726481903 / exp * 100))))
    s.append(P(9, "Expenses on migrant transportation and assistance increased by %s per cent, in line "
                  "with the higher number of movements under the resettlement and assisted voluntary "
                  "return programmes. Transfers to implementing partners grew by %s per cent as more "
                  "projects were delivered jointly with national non-governmental organizations."
               % (pct(264117805, 238640977), pct(201354618, 176284439))))

    s.append(Mark("IID", Paragraph("D.&nbsp;&nbsp;&nbsp;&nbsp;Financial position", h2)))
    cash = 1046382517 + 183250000 + 41800000
    s.append(P(10, "At 31 December 2019, total assets stood at USD %s million and total liabilities at "
                   "USD %s million. Cash, cash equivalents and investments, most of which are held on "
                   "behalf of donors for projects under way, amounted to USD %s million (see Note 3)."
               % (mil(SFP_T[2]["TA"]), mil(SFP_T[2]["TL"]), mil(cash))))
    s.append(P(11, "Net assets increased by USD %s million to USD %s million. The surplus of USD %s "
                   "million for the year was partly offset by an actuarial loss of USD 13.6 million on "
                   "employee benefit liabilities, which is recognized directly in net assets "
                   "(see Note 8)."
               % (mil(SFP_T[2]["NA"] - SFP_T[3]["NA"]), mil(SFP_T[2]["NA"]), mil(SFPERF_T[2]["SUR"]))))

    s.append(CondPageBreak(6 * cm))
    s.append(Mark("III", Paragraph("III.&nbsp;&nbsp;&nbsp;&nbsp;FINANCIAL STATEMENTS", h1)))
    s.append(P(12, "Statements I and II below are taken from the audited financial statements. The "
                   "figures in the Note column refer to the notes to the financial statements; Notes 3 "
                   "and 8 are reproduced in chapter IV, and the other notes appear in the complete "
                   "Financial Report."))
    s.append(Mark("S1", Paragraph("Statement I \u2013 Financial position as at 31 December 2019 "
                                  "(in US dollars)", caption)))
    s.append(statement_table(SFP_R))
    s.append(Spacer(1, 14))
    s.append(CondPageBreak(9 * cm))
    s.append(Mark("S2", Paragraph("Statement II \u2013 Financial performance for the year ended "
                                  "31 December 2019 (in US dollars)", caption)))
    s.append(statement_table(SFPERF_R))
    s.append(Spacer(1, 14))

    s.append(Mark("IV", Paragraph("IV.&nbsp;&nbsp;&nbsp;&nbsp;SELECTED NOTES TO THE FINANCIAL STATEMENTS",
                                  h1)))
    s.append(Mark("N3", Paragraph("Note 3: Cash, cash equivalents and investments", h2b)))
    s.append(P(13, "Cash and cash equivalents comprise cash at bank and on hand and deposits with an "
                   "original maturity of three months or less. Short-term investments are term deposits "
                   "maturing between three and twelve months after the reporting date; long-term "
                   "investments mature after more than one year."))
    s.append(P(14, "Of the cash, cash equivalents and investments held at year end, USD 1,096.8 million "
                   "related to contributions received in advance for specific projects and could not "
                   "be used for other purposes.%s The remaining balance covers the Operational Support "
                   "Income reserve, the Administrative Part of the Budget and working capital."
               % fnmark("3")))
    s.append(Mark("N8", Paragraph("Note 8: Employee benefits", h2b)))
    eb19 = 24918377 + 312480615
    eb18 = 22604915 + 254327904
    s.append(P(15, "Employee benefit liabilities comprise after-service health insurance, repatriation "
                   "grants and travel, accrued annual leave and termination indemnities for staff in "
                   "country offices. They totalled USD %s million at year end (2018: USD %s million), "
                   "of which USD 24.9 million falls due within twelve months." % (mil(eb19), mil(eb18))))
    s.append(P(16, "The after-service health insurance and repatriation liabilities were valued by an "
                   "independent actuary as at 31 December 2019. The fall in the discount rate from "
                   "3.9 per cent to 2.8 per cent accounts for most of the actuarial loss of "
                   "USD 13.6 million mentioned in paragraph 11."))
    return s


class Mark(Flowable):
    """Wrapper that records the page a heading lands on."""

    def __init__(self, key, flow):
        super().__init__()
        self.key, self.flow = key, flow

    def wrap(self, aW, aH):
        return self.flow.wrap(aW, aH)

    def getSpaceBefore(self):
        return self.flow.getSpaceBefore()

    def getSpaceAfter(self):
        return self.flow.getSpaceAfter()

    def getKeepWithNext(self):
        return self.flow.getKeepWithNext()

    def draw(self):
        MARKS[self.key] = self.canv.getPageNumber()
        self.flow.drawOn(self.canv, 0, 0)


Mark.keepWithNext = property(lambda self: getattr(self.flow, "keepWithNext", 0)
                             or self.flow.style.keepWithNext)

MARKS = {}
FN_PAGE_SEEN = {}


class RecCanvas(rl_canvas.Canvas):
    def bookmarkHorizontal(self, key, relativeX, relativeY, **kw):
        if key.startswith("fn"):
            FN_PAGE_SEEN[key[2:]] = self.getPageNumber()
        return super().bookmarkHorizontal(key, relativeX, relativeY, **kw)


def page_label(n):
    if n == 2:
        return "Page i"
    return "Page %d" % (n - 2)


def fn_block(keys):
    paras = []
    for k in keys:
        paras.append(Paragraph("<super>%s</super>\u00a0%s" % (k, FOOTNOTES[k]), fnstyle))
    return paras


def fn_height(keys):
    if not keys:
        return 0
    h = 10  # rule + gap
    for p in fn_block(keys):
        w, hh = p.wrap(FW, 1000)
        h += hh + 2
    return h + 6


class Doc(BaseDocTemplate):
    def __init__(self, fn_pages, **kw):
        super().__init__(OUT, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM,
                         bottomMargin=BM, title="Financial Report for the year ended 31 December 2019",
                         author="International Organization for Migration", **kw)
        self.fn_pages = fn_pages  # page -> [keys]
        cover = Frame(LM, BM, FW, PAGE_H - TM - BM, id="cover", leftPadding=0, rightPadding=0)
        later = Frame(LM, BM, FW, PAGE_H - TM - BM - 1.3 * cm, id="later", leftPadding=0,
                      rightPadding=0)
        self._later_frame = later
        self._base = (later._y1, later._height)
        self.addPageTemplates([PageTemplate("cover", [cover]),
                               PageTemplate("later", [later], onPage=self.on_later)])

    def beforePage(self):
        f = self.pageTemplate.frames[0]
        if f is self._later_frame:
            keys = self.fn_pages.get(self.page, [])
            h = fn_height(keys)
            y1, height = self._base
            f.__dict__["_y1"] = y1 + h
            f.__dict__["_height"] = height - h
            f._geom()
            f._y = f._y2 - f._topPadding

    def on_later(self, c, doc):
        c.saveState()
        c.setFont(FONT, 10)
        c.drawRightString(PAGE_W - RM, PAGE_H - TM + 0.2 * cm, SYMBOL)
        c.drawRightString(PAGE_W - RM, PAGE_H - TM - 0.3 * cm, page_label(doc.page))
        keys = self.fn_pages.get(doc.page, [])
        if keys:
            h = fn_height(keys)
            y = BM + h - 6
            c.setLineWidth(0.5)
            c.line(LM, y, LM + 5 * cm, y)
            y -= 6
            for p in fn_block(keys):
                w, hh = p.wrap(FW, 1000)
                y -= hh
                p.drawOn(c, LM, y)
                y -= 2
        c.restoreState()


TOC_PAGES = {k: "?" for k in ["I", "II", "IIA", "IIB", "IIC", "IID", "III", "S1", "S2", "IV", "N3", "N8"]}


def build():
    global TOC_PAGES
    fn_pages = {}
    for attempt in range(8):
        MARKS.clear()
        FN_PAGE_SEEN.clear()
        doc = Doc(fn_pages)
        doc.build(story(), canvasmaker=RecCanvas)
        new = {}
        for k, pg in sorted(FN_PAGE_SEEN.items()):
            new.setdefault(pg, []).append(k)
        toc = {k: str(MARKS[k] - 2) for k in MARKS}
        if new == fn_pages and toc == TOC_PAGES:
            break
        fn_pages = new
        TOC_PAGES = toc
    else:
        raise SystemExit("layout did not converge")
    print("pages:", doc.page, "footnotes:", fn_pages, "toc:", TOC_PAGES)


if __name__ == "__main__":
    build()
