#!/usr/bin/env python
"""Draw financial-report-2014c.pdf: IOM Financial Report for the year ended
31 December 2013 (MC/2404), in a word-processor layout of 2014, with reportlab.

Pagination is manual: each page gets its own page template whose frame is
shortened by the height of that page's footnotes, so every footnote body is
printed at the foot of the page on which its raised marker falls.  The build
checks that every flowable landed on the page it was meant for and that the
contents page numbers agree with the pages the headings landed on."""

import os
import sys

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, NextPageTemplate,
                                PageBreak, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "financial-report-2014c.pdf")

SYMBOL = "MC/2404"
PAGE_W, PAGE_H = A4
LM = RM = 2.5 * cm
TM = 2.2 * cm
BM = 2.2 * cm
TEXT_W = PAGE_W - LM - RM

FONT, BOLD, ITAL = "Times-Roman", "Times-Bold", "Times-Italic"
SIZE, LEAD = 11, 13.6

# ----------------------------------------------------------------- styles
body = ParagraphStyle("body", fontName=FONT, fontSize=SIZE, leading=LEAD,
                      alignment=TA_JUSTIFY, spaceAfter=8)
numbered = ParagraphStyle("numbered", parent=body, firstLineIndent=36)
heading = ParagraphStyle("heading", fontName=BOLD, fontSize=SIZE, leading=LEAD,
                         alignment=TA_LEFT, spaceBefore=6, spaceAfter=8)
subheading = ParagraphStyle("subheading", parent=heading, fontName=BOLD)
caption = ParagraphStyle("caption", fontName=BOLD, fontSize=10.5, leading=13,
                         alignment=TA_CENTER, spaceBefore=2, spaceAfter=4)
right = ParagraphStyle("right", fontName=FONT, fontSize=SIZE, leading=LEAD,
                       alignment=TA_RIGHT)
right_b = ParagraphStyle("right_b", parent=right, fontName=BOLD)
center = ParagraphStyle("center", fontName=FONT, fontSize=SIZE, leading=LEAD,
                        alignment=TA_CENTER)
center_b = ParagraphStyle("center_b", parent=center, fontName=BOLD)
title_style = ParagraphStyle("title", fontName=BOLD, fontSize=12, leading=16,
                             alignment=TA_CENTER)
note_style = ParagraphStyle("note", fontName=FONT, fontSize=10, leading=12.5,
                            alignment=TA_JUSTIFY)
fn_style = ParagraphStyle("fn", fontName=FONT, fontSize=9.5, leading=11.5,
                          alignment=TA_JUSTIFY, leftIndent=10, firstLineIndent=-10)
cell = ParagraphStyle("cell", fontName=FONT, fontSize=10, leading=12)
toc_style = ParagraphStyle("toc", fontName=FONT, fontSize=SIZE, leading=LEAD)


# ----------------------------------------------------------------- helpers
class NumPara(Flowable):
    """A numbered paragraph: the number at the margin, the first line
    indented by a tab (36 pt), the following lines flush left."""

    def __init__(self, num, text):
        super().__init__()
        self.num = num
        self.para = Paragraph(text, numbered)

    def wrap(self, aw, ah):
        self.w, self.h = self.para.wrap(aw, ah)
        return self.w, self.h

    def getSpaceAfter(self):
        return numbered.spaceAfter

    def getSpaceBefore(self):
        return 0

    def draw(self):
        self.para.drawOn(self.canv, 0, 0)
        c = self.canv
        c.setFont(FONT, SIZE)
        # baseline of the first line of the paragraph
        c.drawString(0, self.h - SIZE, f"{self.num}.")


class Marker(Flowable):
    """Zero-size flowable used only to record the page a point falls on."""

    def __init__(self, tag):
        super().__init__()
        self.tag = tag

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        pass


def sup(n):
    return f'<super rise="4" size="7.5">{n}</super>'


def P(num, text):
    return NumPara(num, text)


def H(text, tag):
    return [Marker(tag), Paragraph(text, heading)]


def SH(text, tag):
    return [Marker(tag), Paragraph(text, subheading)]


def money(v):
    if v is None:
        return ""
    if isinstance(v, str):
        return v
    return f"{v:,}"


def fig(v, bold=False):
    return Paragraph(money(v), ParagraphStyle("f", parent=cell, alignment=TA_RIGHT,
                                              fontName=BOLD if bold else FONT))


def lab(text, bold=False, indent=0):
    return Paragraph(text, ParagraphStyle("l", parent=cell, leftIndent=indent,
                                          fontName=BOLD if bold else FONT))


def head_cell(text, align=TA_RIGHT):
    return Paragraph(text, ParagraphStyle("h", parent=cell, fontName=BOLD,
                                          alignment=align))


def make_table(headers, rows, col_widths, total_idx=(), group_idx=(), indent_idx=()):
    """rows: list of (label, [figures]).  Ruled only under the header row and
    above total (and sub-total) rows."""
    data = [[head_cell(headers[0], TA_LEFT)] + [head_cell(h) for h in headers[1:]]]
    for i, (label, figs) in enumerate(rows):
        is_total = i in total_idx
        is_group = i in group_idx
        data.append([lab(label, bold=is_total or is_group,
                         indent=10 if i in indent_idx else 0)]
                    + [fig(v, bold=is_total) for v in figs])
    t = Table(data, colWidths=col_widths, hAlign="CENTER")
    style = [
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, "black"),
    ]
    for i in total_idx:
        r = i + 1
        style.append(("LINEABOVE", (1, r), (-1, r), 0.6, "black"))
        style.append(("TOPPADDING", (0, r), (-1, r), 3))
    for i in group_idx:
        style.append(("TOPPADDING", (0, i + 1), (-1, i + 1), 5))
    t.setStyle(TableStyle(style))
    return t


# ----------------------------------------------------------------- figures
# Statement of income and expenditure, thousands of US dollars (2013, 2012)
REV = [("Assessed contributions", 46275, 45830),
       ("Voluntary contributions", 1268540, 1197614),
       ("Interest income", 3912, 4486),
       ("Other income", 21063, 18730)]
EXP = [("Staff and office costs", 468327, 447905),
       ("Migrant transportation and assistance", 401846, 372118),
       ("Contractual services", 289574, 271360),
       ("Travel and subsistence", 58219, 54773),
       ("Other expenditure", 108906, 107441)]
TREV = (sum(r[1] for r in REV), sum(r[2] for r in REV))
TEXP = (sum(r[1] for r in EXP), sum(r[2] for r in EXP))
NET = (TREV[0] - TEXP[0], TREV[1] - TEXP[1])
assert TREV == (1339790, 1266660), TREV
assert TEXP == (1326872, 1253597), TEXP
assert NET == (12918, 13063), NET

# Discretionary income, US dollars (budgeted, actual)
DI = [("Project-related overhead", 61500000, 64873215),
      ("Miscellaneous income", 5500000, 6004962)]
DIT = (sum(r[1] for r in DI), sum(r[2] for r in DI))
assert DIT == (67000000, 70878177), DIT

# Five-year expenditure, millions of US dollars (tenths, to avoid float error)
YEARS = [("2009", 412, 9658), ("2010", 425, 13421), ("2011", 468, 13017),
         ("2012", 483, 12053), ("2013", 496, 12773)]


def tenths(v):
    return f"{v // 10:,}.{v % 10}"


assert tenths(YEARS[3][1] + YEARS[3][2]) == "1,253.6"
assert tenths(YEARS[4][1] + YEARS[4][2]) == "1,326.9"

# Outstanding assessed contributions, Swiss francs (prior years, 2013)
PLAN = [("Kyrgyzstan", 118640, 12305), ("Paraguay", 84210, 26870),
        ("Tajikistan", 41395, 9120)]
OTHER = [("Comoros", 22460, 4715), ("Guinea-Bissau", 36980, 4930),
         ("Sierra Leone", 9850, 5310)]


def tri(rows):
    return [(n, [a, b, a + b]) for n, a, b in rows]


def subtotal(rows):
    a = sum(r[1] for r in rows)
    b = sum(r[2] for r in rows)
    return [a, b, a + b]


ST_PLAN, ST_OTHER = subtotal(PLAN), subtotal(OTHER)
GRAND = [x + y for x, y in zip(ST_PLAN, ST_OTHER)]
assert ST_PLAN == [244245, 48295, 292540], ST_PLAN
assert ST_OTHER == [69290, 14955, 84245], ST_OTHER
assert GRAND == [313535, 63250, 376785], GRAND

# Administrative Part of the Budget, Swiss francs
ADM_BUDGET, ADM_SPENT = 39745000, 39688412
assert ADM_BUDGET - ADM_SPENT == 56588


# ----------------------------------------------------------------- tables
def table_statement():
    rows = [("REVENUE", [None, None])]
    rows += [(n, [a, b]) for n, a, b in REV]
    rows += [("Total revenue", list(TREV)), ("EXPENDITURE", [None, None])]
    rows += [(n, [a, b]) for n, a, b in EXP]
    rows += [("Total expenditure", list(TEXP)),
             ("Excess of revenue over expenditure", list(NET))]
    total_idx = (5, 12, 13)
    group_idx = (0, 6)
    indent_idx = (1, 2, 3, 4, 7, 8, 9, 10, 11)
    return make_table(["", "2013", "2012"], rows, [8.6 * cm, 2.8 * cm, 2.8 * cm],
                      total_idx, group_idx, indent_idx)


def table_discretionary():
    rows = [(n, [a, b]) for n, a, b in DI] + [("Total", list(DIT))]
    return make_table(["", "Budgeted", "Actual"], rows,
                      [7.0 * cm, 3.2 * cm, 3.2 * cm], total_idx=(2,))


def table_years():
    rows = [(y, [tenths(a), tenths(o), tenths(a + o)]) for y, a, o in YEARS]
    return make_table(["Year", "Administrative", "Operational", "Total"], rows,
                      [3.0 * cm, 3.2 * cm, 3.2 * cm, 3.2 * cm])


def table_outstanding():
    rows = tri(PLAN) + [("Sub-total, Member States with payment plans", ST_PLAN)]
    rows += tri(OTHER) + [("Sub-total, other Member States", ST_OTHER)]
    rows += [("Total", GRAND)]
    return make_table(["Member State", "2012 and prior years", "2013", "Total"], rows,
                      [8.0 * cm, 2.6 * cm, 2.2 * cm, 2.4 * cm],
                      total_idx=(3, 7, 8))


# ----------------------------------------------------------------- footnotes
FOOTNOTES = {
    1: "IOM adopted the International Public Sector Accounting Standards with effect "
       "from 1 January 2012; the transition arrangements were set out in document MC/2318.",
    2: "A breakdown of voluntary contributions by donor is given in Schedule 2 of the "
       "audited financial statements.",
    3: "The Administrative Part of the Budget for 2013 was presented in the Programme "
       "and Budget for 2013 (MC/2352) and revised in document SCPF/110.",
    4: "Details of the payment plans and of the amounts received since 1 January 2014 "
       "are given in the status report on outstanding contributions (SCPF/114).",
}

# ----------------------------------------------------------------- content
def contents_page(pages):
    """pages: tag -> body page number (str)."""
    entries = [
        (0, "I.", "INTRODUCTION", "intro"),
        (0, "II.", "FINANCIAL OVERVIEW", "overview"),
        (1, "A.", "Revenue", "revenue"),
        (1, "B.", "Expenditure", "expenditure"),
        (0, "III.", "ADMINISTRATIVE PART OF THE BUDGET", "adm"),
        (0, "IV.", "OPERATIONAL PART OF THE BUDGET", "ops"),
        (0, "V.", "ASSESSED CONTRIBUTIONS OUTSTANDING", "arrears"),
        (0, "VI.", "FINANCIAL STATEMENTS AND EXTERNAL AUDIT", "audit"),
    ]
    out = [Paragraph("CONTENTS", center_b), Spacer(1, 10),
           Paragraph("Page", right), Spacer(1, 6)]
    for level, num, text, tag in entries:
        out.append(TocLine(f"{num} {text}", pages.get(tag, "?"), 24 if level else 0))
    return out


def cover():
    out = [Paragraph(SYMBOL, right_b), Spacer(1, 14),
           Paragraph("Original: English", right),
           Paragraph("6 May 2014", right), Spacer(1, 40),
           Paragraph("105TH SESSION", center_b), Spacer(1, 6),
           Rule(TEXT_W), Spacer(1, 150),
           Paragraph("FINANCIAL REPORT FOR THE YEAR ENDED", title_style),
           Paragraph("31 DECEMBER 2013", title_style), Spacer(1, 250),
           Paragraph("__________", body),
           Paragraph("This document will be submitted to the Council at its 105th Session "
                     "in November 2014, following its review by the Standing Committee on "
                     "Programmes and Finance at its Fourteenth Session in June 2014.",
                     note_style)]
    return out


class TocLine(Flowable):
    """A contents entry: label, dotted leaders, page number at the right."""

    def __init__(self, label, page, indent):
        super().__init__()
        self.label, self.page_no, self.indent = label, page, indent

    def wrap(self, aw, ah):
        self.width = aw
        return aw, LEAD + 5

    def draw(self):
        c = self.canv
        c.setFont(FONT, SIZE)
        y = 5
        c.drawString(self.indent, y, self.label)
        c.drawRightString(self.width, y, self.page_no)
        x0 = self.indent + c.stringWidth(self.label, FONT, SIZE) + 6
        x1 = self.width - c.stringWidth(self.page_no, FONT, SIZE) - 6
        dot = c.stringWidth(".", FONT, SIZE)
        n = int((x1 - x0) / dot)
        c.drawRightString(x1, y, "." * n)


class Rule(Flowable):
    def __init__(self, width):
        super().__init__()
        self.width = width

    def wrap(self, aw, ah):
        return self.width, 2

    def draw(self):
        self.canv.setLineWidth(0.8)
        self.canv.line(0, 1, self.width, 1)


def body_pages():
    """Return a list of pages; each page is a list of flowables.  Footnote
    markers must fall on the page whose number is listed in FN_PAGE."""
    p1 = [
        Paragraph("FINANCIAL REPORT FOR THE YEAR ENDED 31 DECEMBER 2013", center),
        Spacer(1, 12),
        *H("I.&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;INTRODUCTION", "intro"),
        P(1, "In accordance with Article 12 of the Financial Regulations, the Director "
             "General submits to the Member States the Financial Report for the year ended "
             "31 December 2013. The financial statements on which this report draws have been "
             "prepared in conformity with the International Public Sector Accounting Standards "
             "(IPSAS) for the second consecutive year." + sup(1)),
        P(2, "The audited financial statements, together with their notes and schedules and "
             "the opinion of the External Auditor, are issued as a separate volume and should "
             "be read together with this report. The figures below are taken from those "
             "statements; amounts in US dollars are rounded to the nearest thousand unless "
             "otherwise indicated."),
        P(3, "The report first gives an overview of revenue and expenditure, then reviews the "
             "Administrative and Operational Parts of the Budget in turn, reports on the "
             "assessed contributions still unpaid at the end of the year and closes with the "
             "conclusions of the external audit."),
        *H("II.&nbsp;&nbsp;&nbsp;&nbsp;FINANCIAL OVERVIEW", "overview"),
        P(4, "Combined revenue for 2013 reached USD 1,339.8 million, compared with "
             "USD 1,266.7 million in 2012, a rise of 5.8 per cent. Combined expenditure grew "
             "at the same rate, from USD 1,253.6 million to USD 1,326.9 million. Revenue "
             "therefore exceeded expenditure by USD 12.9 million, a result close to that of "
             "the previous year. The statement of income and expenditure is summarized below."),
        Paragraph("Table 1: Statement of income and expenditure (in thousands of US dollars)",
                  caption),
        table_statement(),
        Spacer(1, 10),
    ]
    p2 = [
        P(5, "The excess of revenue over expenditure does not represent resources freely "
             "available to the Organization. The greater part of it relates to earmarked "
             "project funds received in advance and carried forward to 2014 for the "
             "completion of activities already under way."),
        *SH("A.&nbsp;&nbsp;&nbsp;&nbsp;Revenue", "revenue"),
        P(6, "Voluntary contributions, at USD 1,268.5 million, made up 94.7 per cent of total "
             "revenue. Governments remained by far the largest source, followed by the "
             "agencies of the United Nations system and the European Union; the ten largest "
             "donors together provided some 71 per cent of the voluntary funding received "
             "during the year." + sup(2)),
        P(7, "Interest income fell from USD 4.5 million to USD 3.9 million as short-term "
             "deposit rates stayed at historically low levels throughout 2013. Other income, "
             "which includes exchange gains and the recovery of costs from staff and third "
             "parties, rose to USD 21.1 million."),
        *SH("B.&nbsp;&nbsp;&nbsp;&nbsp;Expenditure", "expenditure"),
        P(8, "Staff and office costs amounted to USD 468.3 million, or 35.3 per cent of total "
             "expenditure, while migrant transportation and assistance accounted for "
             "USD 401.8 million. The increase over 2012 reflects in particular the scaling-up "
             "of emergency operations in the Syrian Arab Republic and neighbouring countries "
             "and the response to Typhoon Haiyan in the Philippines."),
        P(9, "Expenditure over the five years from 2009 to 2013 is set out in Table 2, "
             "broken down between the Administrative and Operational Parts of the Budget."),
        Paragraph("Table 2: Combined expenditure, 2009 to 2013 (in millions of US dollars)",
                  caption),
        table_years(),
        Spacer(1, 10),
        P(10, "The peak recorded in 2010 stemmed from the large-scale emergency responses "
              "that followed the earthquake in Haiti and the floods in Pakistan. Since then, "
              "operational expenditure has remained above USD 1.2 billion a year, and 2013 "
              "shows a renewed upward trend."),
    ]
    p3 = [
        *H("III.&nbsp;&nbsp;&nbsp;ADMINISTRATIVE PART OF THE BUDGET", "adm"),
        P(11, "The Council approved the Administrative Part of the Budget for 2013 at "
              "CHF 39,745,000 by Resolution No. 1241 of 27 November 2012." + sup(3) +
              " Actual expenditure totalled CHF 39,688,412, leaving an unspent balance of "
              "CHF 56,588, which will be carried forward in accordance with the Financial "
              "Regulations."),
        P(12, "Staff costs absorbed 82 per cent of the Administrative Part of the Budget. "
              "Savings on vacant posts were offset in part by the higher pension fund "
              "contributions that took effect on 1 January 2013."),
        *H("IV.&nbsp;&nbsp;&nbsp;OPERATIONAL PART OF THE BUDGET", "ops"),
        P(13, "Operational expenditure reached USD 1,277.3 million, well above the level "
              "of USD 1,150.0 million projected in the last revision of the budget. As in "
              "previous years, the difference arises because new projects funded during the "
              "year cannot be foreseen when the budget is prepared."),
        P(14, "Discretionary Income, made up of project-related overhead and miscellaneous "
              "income, is used to fund core structures not covered by the Administrative "
              "Part of the Budget. Table 3 compares the amounts budgeted and received."),
        Paragraph("Table 3: Discretionary Income, 2013 (in US dollars)", caption),
        table_discretionary(),
        Spacer(1, 10),
        P(15, "The amount received exceeded the budget by USD 3,878,177. In line with "
              "established practice, USD 2.0 million of this excess has been allocated to "
              "the Operational Support Income reserve and the balance to the funding of "
              "priority structural needs identified for 2014."),
    ]
    p4 = [
        *H("V.&nbsp;&nbsp;&nbsp;&nbsp;ASSESSED CONTRIBUTIONS OUTSTANDING", "arrears"),
        P(16, "At 31 December 2013, assessed contributions owed to the Administrative Part "
              "of the Budget totalled CHF 376,785, of which CHF 292,540 was due from three "
              "Member States that have agreed payment plans with the Administration. The "
              "amounts outstanding are shown below."),
        Paragraph("Table 4: Outstanding assessed contributions at 31 December 2013 "
                  "(in Swiss francs)", caption),
        table_outstanding(),
        Spacer(1, 10),
        P(17, "Member States whose arrears equal or exceed the contributions due for the "
              "two preceding full years may lose their right to vote under Article 4 of the "
              "Constitution. The Administration continues to encourage all Member States "
              "concerned to settle their arrears or to agree on a payment plan." + sup(4)),
        *H("VI.&nbsp;&nbsp;&nbsp;FINANCIAL STATEMENTS AND EXTERNAL AUDIT", "audit"),
        P(18, "The External Auditor has examined the financial statements for 2013 and "
              "issued an unqualified opinion. The recommendations made in the audit report, "
              "which concern mainly the management of field office assets, are being "
              "addressed by the Administration."),
        P(19, "The Standing Committee on Programmes and Finance is invited to take note of "
              "this report and to recommend to the Council that it approve the financial "
              "statements for the year ended 31 December 2013."),
    ]
    return [p1, p2, p3, p4]


FN_PAGE = {1: 1, 2: 2, 3: 3, 4: 4}  # footnote -> body page


# ----------------------------------------------------------------- drawing
def fn_paras(page):
    return [Paragraph(sup(n) + " " + FOOTNOTES[n], fn_style)
            for n, p in sorted(FN_PAGE.items()) if p == page]


def fn_height(page):
    h = 0
    for p in fn_paras(page):
        _, ph = p.wrap(TEXT_W, PAGE_H)
        h += ph + 2
    return h + 14 if h else 0


def draw_header(c, label):
    c.setFont(FONT, SIZE)
    c.drawRightString(PAGE_W - RM, PAGE_H - 1.3 * cm, SYMBOL)
    c.drawRightString(PAGE_W - RM, PAGE_H - 1.3 * cm - LEAD, f"Page {label}")


def draw_footnotes(c, page):
    paras = fn_paras(page)
    if not paras:
        return
    y = BM
    heights = []
    for p in paras:
        _, ph = p.wrap(TEXT_W, PAGE_H)
        heights.append(ph)
    top = BM + sum(heights) + 2 * len(heights)
    c.setLineWidth(0.5)
    c.line(LM, top + 6, LM + 5 * cm, top + 6)
    y = top
    for p, ph in zip(paras, heights):
        y -= ph
        p.drawOn(c, LM, y)
        y -= 2


def on_cover(c, doc):
    c.saveState()
    c.setFont(BOLD, 12)
    y = 1.5 * cm
    c.drawString(LM, y, "COUNCIL")
    c.drawCentredString(PAGE_W / 2, y, "CONSEIL")
    c.drawRightString(PAGE_W - RM, y, "CONSEJO")
    c.restoreState()


def make_on_page(label, body_page=None):
    def _on(c, doc):
        c.saveState()
        draw_header(c, label)
        if body_page:
            draw_footnotes(c, body_page)
        c.restoreState()
    return _on


class Doc(BaseDocTemplate):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.landed = {}

    def afterFlowable(self, f):
        tag = getattr(f, "tag", None)
        if tag is not None:
            self.landed[tag] = self.page
        num = getattr(f, "num", None)
        if num is not None:
            self.landed[f"para_{num}"] = self.page


def build(toc_pages):
    doc = Doc(OUT, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM,
              bottomMargin=BM, title="Financial Report for the year ended 31 December 2013",
              author="International Organization for Migration", subject=SYMBOL)
    top = PAGE_H - TM - 1.2 * cm
    templates = [
        PageTemplate("cover", [Frame(LM, 2.6 * cm, TEXT_W, PAGE_H - 2.6 * cm - 1.6 * cm,
                                     id="c", leftPadding=0, rightPadding=0,
                                     topPadding=0, bottomPadding=0)], onPage=on_cover),
        PageTemplate("toc", [Frame(LM, BM, TEXT_W, top - BM, id="t", leftPadding=0,
                                   rightPadding=0, topPadding=0, bottomPadding=0)],
                     onPage=make_on_page("i")),
    ]
    pages = body_pages()
    for i in range(1, len(pages) + 1):
        fb = BM + fn_height(i)
        templates.append(PageTemplate(
            f"b{i}", [Frame(LM, fb, TEXT_W, top - fb, id=f"f{i}", leftPadding=0,
                            rightPadding=0, topPadding=0, bottomPadding=0)],
            onPage=make_on_page(str(i), i)))
    doc.addPageTemplates(templates)

    story = cover() + [NextPageTemplate("toc"), PageBreak()]
    story += contents_page(toc_pages)
    for i, pg in enumerate(pages, start=1):
        story += [NextPageTemplate(f"b{i}"), PageBreak()]
        story += [Marker(f"page{i}")] + pg
    doc.build(story)
    return doc, pages


def main():
    # pass 1: find where headings land; pass 2: print the real page numbers
    doc, pages = build({})
    offset = 2  # cover + contents page precede body page 1
    toc = {k: str(v - offset) for k, v in doc.landed.items() if not k.startswith(("para_", "page"))}
    doc, pages = build(toc)
    landed = doc.landed
    # checks: no page overflowed, footnote markers on their pages
    for i in range(1, len(pages) + 1):
        assert landed[f"page{i}"] == i + offset, ("page start moved", i, landed)
    n_pages = doc.page
    assert n_pages == len(pages) + offset, ("overflow", n_pages)
    anchors = {1: 1, 2: 6, 3: 11, 4: 17}
    for fn, para in anchors.items():
        assert landed[f"para_{para}"] - offset == FN_PAGE[fn], (fn, landed)
    print("pages:", n_pages, "toc:", toc)


if __name__ == "__main__":
    main()
