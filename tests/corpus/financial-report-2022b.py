"""Draws financial-report-2022b.pdf: IOM Council document C/113/4,
Financial Report for the year ended 31 December 2021 (reportlab platypus)."""
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT, TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, Table, TableStyle, PageBreak,
                                NextPageTemplate, KeepTogether, CondPageBreak)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "financial-report-2022b.pdf")
SYMBOL = "C/113/4"

W, H = A4
LM = RM = 2.5 * cm
TM = 3.0 * cm
BM = 3.6 * cm          # room for footnotes at the page foot
TW = W - LM - RM

FONT = "Helvetica"
BOLD = "Helvetica-Bold"

body = ParagraphStyle("body", fontName=FONT, fontSize=10.5, leading=13.5,
                      alignment=TA_JUSTIFY, spaceAfter=8)
npara = ParagraphStyle("npara", parent=body, firstLineIndent=36,
                       bulletIndent=0, bulletFontName=FONT, bulletFontSize=10.5)
item = ParagraphStyle("item", parent=body, leftIndent=72, bulletIndent=36,
                      bulletFontName=FONT, bulletFontSize=10.5, spaceAfter=5)
h1 = ParagraphStyle("h1", fontName=BOLD, fontSize=10.5, leading=13.5,
                    spaceBefore=6, spaceAfter=9, keepWithNext=1)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=10.5, leading=13.5,
                    leftIndent=0, spaceBefore=2, spaceAfter=8, keepWithNext=1)
right = ParagraphStyle("right", fontName=FONT, fontSize=10.5, leading=13.5,
                       alignment=TA_RIGHT)
rightb = ParagraphStyle("rightb", parent=right, fontName=BOLD)
leftb = ParagraphStyle("leftb", fontName=BOLD, fontSize=11, leading=14)
title = ParagraphStyle("title", fontName=BOLD, fontSize=12, leading=16,
                       alignment=TA_CENTER)
runtitle = ParagraphStyle("runtitle", fontName=BOLD, fontSize=10.5,
                          leading=13.5, alignment=TA_CENTER, spaceAfter=14)
caption = ParagraphStyle("caption", fontName=BOLD, fontSize=9, leading=12,
                         spaceAfter=4, keepWithNext=1)
capsched = ParagraphStyle("capsched", parent=caption, keepWithNext=0)
cell = ParagraphStyle("cell", fontName=FONT, fontSize=8.5, leading=10.5)
cellb = ParagraphStyle("cellb", parent=cell, fontName=BOLD)
cellhr = ParagraphStyle("cellhr", parent=cellb, alignment=TA_RIGHT)
cellhc = ParagraphStyle("cellhc", parent=cellb, alignment=TA_CENTER)
fnstyle = ParagraphStyle("fn", fontName=FONT, fontSize=8.5, leading=10.5,
                         leftIndent=14, firstLineIndent=-14)

# ---------------------------------------------------------------- footnotes
FOOTNOTES = {
    1: "IOM has prepared its financial statements in accordance with IPSAS since "
       "1 January 2012. The transition was described in document MC/2332.",
    2: "The amount includes in-kind contributions valued at USD 14.8 million, "
       "mainly donated transport, warehouse space and office premises.",
    3: "Budgetary expenditure is reported on a modified cash basis. A "
       "reconciliation with the amounts recognized on an accrual basis in "
       "Statement II is provided in the notes to the financial statements.",
    4: "Under Article 4 of the Constitution, a Member State whose arrears equal "
       "or exceed the contributions due from it for the preceding two full years "
       "loses its right to vote in the governing bodies.",
}
_pending = []          # footnote numbers whose markers were drawn on this page


class FNPara(Paragraph):
    """Paragraph that registers its footnotes when drawn."""

    def __init__(self, text, style, bulletText=None, fns=(), **kw):
        Paragraph.__init__(self, text, style, bulletText=bulletText, **kw)
        self.fns = list(fns)

    def draw(self):
        _pending.extend(getattr(self, "fns", []))
        Paragraph.draw(self)


def sup(n):
    return '<super rise="4" size="7">%d</super>' % n


def draw_footnotes(canv, doc):
    if not _pending:
        return
    canv.saveState()
    paras = []
    for n in _pending:
        paras.append(Paragraph('<super rise="3" size="6.5">%d</super>&nbsp;&nbsp;%s'
                               % (n, FOOTNOTES[n]), fnstyle))
    heights = [p.wrap(TW, H)[1] for p in paras]
    y = 1.6 * cm + sum(heights) + 4 * (len(paras) - 1)
    canv.setLineWidth(0.5)
    canv.line(LM, y + 8, LM + 4.5 * cm, y + 8)
    for p, hh in zip(paras, heights):
        y -= hh
        p.drawOn(canv, LM, y)
        y -= 4
    canv.restoreState()
    del _pending[:]


def header(canv, doc):
    canv.saveState()
    canv.setFont(FONT, 10.5)
    canv.drawRightString(W - RM, H - 1.5 * cm, SYMBOL)
    canv.drawRightString(W - RM, H - 1.5 * cm - 13, "Page %d" % doc.page)
    canv.restoreState()


def cover_foot(canv, doc):
    canv.saveState()
    canv.setFont(FONT, 10.5)
    canv.drawString(LM, 3.25 * cm, "__________")
    t = canv.beginText(LM, 2.6 * cm)
    t.setFont(FONT, 10)
    t.textLine("This document is submitted to the Standing Committee on Programmes "
               "and Finance at its Thirtieth")
    t.textLine("Session in June 2022, for examination, and to the Council at its "
               "113th Session.")
    canv.drawText(t)
    canv.restoreState()


# ---------------------------------------------------------------- figures
def fmt(v):
    if v is None:
        return ""
    if v < 0:
        return "(%s)" % format(-v, ",")
    return format(v, ",")


# Statement I (USD thousands): label, note, 2021, 2020
CUR_A = [("Cash and cash equivalents", "3", 1204518, 1086302),
         ("Short-term investments", "4", 412600, 365000),
         ("Contributions receivable", "5", 697845, 623417),
         ("Other receivables", "6", 38214, 41905),
         ("Prepayments and other current assets", "", 27903, 22486)]
NC_A = [("Contributions receivable, non-current", "5", 214070, 188352),
        ("Property, plant and equipment", "7", 96381, 94127),
        ("Intangible assets", "", 4512, 3870)]
CUR_L = [("Deferred revenue", "8", 1486207, 1370914),
         ("Accounts payable and accruals", "9", 164932, 152381),
         ("Employee benefit liabilities, current", "10", 21406, 19887)]
NC_L = [("Deferred revenue, non-current", "8", 214070, 188352),
        ("Employee benefit liabilities, non-current", "10", 148655, 162340),
        ("Loans", "11", 36418, 38227)]


def tot(rows, i):
    return sum(r[i] for r in rows)


TCA = (tot(CUR_A, 2), tot(CUR_A, 3))
TNCA = (tot(NC_A, 2), tot(NC_A, 3))
TA = (TCA[0] + TNCA[0], TCA[1] + TNCA[1])
TCL = (tot(CUR_L, 2), tot(CUR_L, 3))
TNCL = (tot(NC_L, 2), tot(NC_L, 3))
TL = (TCL[0] + TNCL[0], TCL[1] + TNCL[1])
NA = (TA[0] - TL[0], TA[1] - TL[1])
RES = (97412, 92608)
ACC = (NA[0] - RES[0], NA[1] - RES[1])

# Statement II (USD thousands)
REV = [("Voluntary contributions", "13", 2431806, 2071562),
       ("Assessed contributions", "14", 57239, 55903),
       ("Investment income", "", 3118, 6407),
       ("Other revenue", "", 21044, 18325)]
EXP = [("Staff and personnel costs", "15", 798612, 741205),
       ("Contractual services", "", 542307, 487316),
       ("Transfers to implementing partners", "16", 471955, 398770),
       ("Travel and subsistence", "", 96420, 71083),
       ("Supplies, consumables and operating costs", "", 412688, 392418),
       ("Depreciation and amortization", "7", 21374, 19862),
       ("Other expenses", "", 56538, 53949)]
TR = (tot(REV, 2), tot(REV, 3))
TE = (tot(EXP, 2), tot(EXP, 3))
SUR = (TR[0] - TE[0], TR[1] - TE[1])
ACTUARIAL = 17684
assert SUR == (113313, -12406), SUR
assert NA[0] - NA[1] == SUR[0] + ACTUARIAL, (NA, SUR)

# Schedule 1 (CHF): Member State, prior years, 2021
SCHED = [
    ("Afghanistan", 0, 21482),
    ("Antigua and Barbuda", 4310, 2148),
    ("Argentina", 0, 301674),
    ("Bolivia (Plurinational State of)", 0, 21482),
    ("Burundi", 18940, 2148),
    ("Cabo Verde", 0, 2148),
    ("Central African Republic", 35617, 2148),
    ("Chad", 9126, 4297),
    ("Comoros", 61205, 2148),
    ("Congo", 12488, 12889),
    ("Democratic Republic of the Congo", 27301, 21482),
    ("Djibouti", 6444, 2148),
    ("Dominica", 0, 2148),
    ("Gabon", 0, 32223),
    ("Gambia", 8592, 2148),
    ("Grenada", 2148, 2148),
    ("Guinea-Bissau", 48775, 2148),
    ("Haiti", 0, 6445),
    ("Iran (Islamic Republic of)", 514907, 838032),
    ("Kyrgyzstan", 0, 4297),
    ("Liberia", 15036, 2148),
    ("Libya", 173215, 64446),
    ("Mali", 0, 8593),
    ("Mauritania", 21480, 4297),
    ("Nicaragua", 0, 10741),
    ("Niger", 0, 4297),
    ("Sao Tome and Principe", 33662, 2148),
    ("Sierra Leone", 6444, 2148),
    ("Solomon Islands", 0, 2148),
    ("Somalia", 74390, 2148),
    ("South Sudan", 22927, 12889),
    ("Sudan", 0, 21482),
    ("Tajikistan", 0, 8593),
    ("Venezuela (Bolivarian Republic of)", 1406322, 150373),
    ("Yemen", 39810, 21482),
    ("Zimbabwe", 0, 12889),
]
SP = sum(r[1] for r in SCHED)
S21 = sum(r[2] for r in SCHED)
STOT = SP + S21

if __name__ == "__main__" and os.environ.get("SHOWFIG"):
    for k, v in [("TCA", TCA), ("TNCA", TNCA), ("TA", TA), ("TCL", TCL),
                 ("TNCL", TNCL), ("TL", TL), ("NA", NA), ("ACC", ACC),
                 ("TR", TR), ("TE", TE), ("SUR", SUR)]:
        print(k, v)
    print("schedule", SP, S21, STOT, len(SCHED),
          sum(1 for r in SCHED if r[1] > 0))
    print("rev growth %.2f vol share %.2f" % (100.0 * (TR[0] / TR[1] - 1),
                                              100.0 * REV[0][2] / TR[0]))
    raise SystemExit

# ---------------------------------------------------------------- tables
PAD = dict(top=4, bottom=4, left=6, right=6)


def base_style(extra):
    st = [("FONTNAME", (0, 0), (-1, -1), FONT),
          ("FONTSIZE", (0, 0), (-1, -1), 8.5),
          ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
          ("ALIGN", (1, 0), (1, -1), "CENTER"),
          ("ALIGN", (2, 0), (-1, -1), "RIGHT"),
          ("TOPPADDING", (0, 0), (-1, -1), PAD["top"]),
          ("BOTTOMPADDING", (0, 0), (-1, -1), PAD["bottom"]),
          ("LEFTPADDING", (0, 0), (-1, -1), PAD["left"]),
          ("RIGHTPADDING", (0, 0), (-1, -1), PAD["right"]),
          ("LINEBELOW", (0, 0), (-1, 0), 0.75, colors.black),
          ("LINEABOVE", (0, 0), (-1, 0), 0.75, colors.black)]
    return TableStyle(st + extra)


def statement_table(groups, final_rows, heads):
    """groups: list of (GROUP CAPS, [(sub heading, rows, total label, totals)])"""
    data = [[Paragraph("", cellb), Paragraph("Note", cellhc),
             Paragraph(heads[0], cellhr), Paragraph(heads[1], cellhr)]]
    extra = []
    for gname, subs, gtotal in groups:
        data.append([gname, "", "", ""])
        extra.append(("FONTNAME", (0, len(data) - 1), (0, len(data) - 1), BOLD))
        extra.append(("TOPPADDING", (0, len(data) - 1), (-1, len(data) - 1), 9))
        for sname, rows, tlabel, tvals in subs:
            if sname:
                data.append([sname, "", "", ""])
                extra.append(("FONTNAME", (0, len(data) - 1), (0, len(data) - 1),
                              "Helvetica-Oblique"))
            for lab, note, a, b in rows:
                data.append(["    " + lab if sname else lab, note, fmt(a), fmt(b)])
                extra.append(("LEFTPADDING", (0, len(data) - 1),
                              (0, len(data) - 1), 18 if sname else 6))
            if tlabel:
                data.append([tlabel, "", fmt(tvals[0]), fmt(tvals[1])])
                r = len(data) - 1
                extra.append(("LINEABOVE", (2, r), (3, r), 0.5, colors.black))
                extra.append(("FONTNAME", (0, r), (-1, r), BOLD))
        if gtotal:
            data.append([gtotal[0], "", fmt(gtotal[1][0]), fmt(gtotal[1][1])])
            r = len(data) - 1
            extra.append(("FONTNAME", (0, r), (-1, r), BOLD))
            extra.append(("LINEABOVE", (2, r), (3, r), 0.5, colors.black))
            extra.append(("LINEBELOW", (2, r), (3, r), 0.5, colors.black))
    for lab, vals in final_rows:
        data.append([lab, "", fmt(vals[0]), fmt(vals[1])])
        r = len(data) - 1
        extra.append(("FONTNAME", (0, r), (-1, r), BOLD))
        extra.append(("TOPPADDING", (0, r), (-1, r), 9))
        extra.append(("LINEBELOW", (2, r), (3, r), 1.2, colors.black))
    # strip the cosmetic indent spaces (padding does the indenting)
    data = [[c.strip() if isinstance(c, str) else c for c in row] for row in data]
    t = Table(data, colWidths=[TW - 40 - 2 * 92, 40, 92, 92])
    t.setStyle(base_style(extra))
    return t


stmt1 = statement_table(
    [("ASSETS",
      [("Current assets", CUR_A, "Total current assets", TCA),
       ("Non-current assets", NC_A, "Total non-current assets", TNCA)],
      ("TOTAL ASSETS", TA)),
     ("LIABILITIES",
      [("Current liabilities", CUR_L, "Total current liabilities", TCL),
       ("Non-current liabilities", NC_L, "Total non-current liabilities", TNCL)],
      ("TOTAL LIABILITIES", TL)),
     ("NET ASSETS",
      [(None, [("Accumulated surpluses", "", ACC[0], ACC[1]),
               ("Reserves", "12", RES[0], RES[1])], None, None)],
      None)],
    [("TOTAL NET ASSETS", NA)], ("31 December 2021", "31 December 2020"))

stmt2 = statement_table(
    [("REVENUE", [(None, REV, "Total revenue", TR)], None),
     ("EXPENSES", [(None, EXP, "Total expenses", TE)], None)],
    [("SURPLUS/(DEFICIT) FOR THE YEAR", SUR)], ("2021", "2020"))


def schedule_table():
    data = [[Paragraph("Member State", cellb),
             Paragraph("Prior years", cellhr),
             Paragraph("2021", cellhr),
             Paragraph("Total outstanding at 31 December 2021", cellhr)]]
    for name, p, c in SCHED:
        data.append([name, fmt(p) if p else "-", fmt(c), fmt(p + c)])
    data.append(["Total", fmt(SP), fmt(S21), fmt(STOT)])
    r = len(data) - 1
    extra = [("FONTNAME", (0, r), (-1, r), BOLD),
             ("LINEABOVE", (0, r), (-1, r), 0.75, colors.black),
             ("LINEBELOW", (0, r), (-1, r), 1.2, colors.black),
             ("ALIGN", (1, 0), (1, -1), "RIGHT"),
             ("TOPPADDING", (0, 1), (-1, -1), 3.5),
             ("BOTTOMPADDING", (0, 1), (-1, -1), 3.5)]
    t = Table(data, colWidths=[TW - 3 * 96, 96, 96, 96], repeatRows=1)
    t.setStyle(base_style(extra))
    return t


# ---------------------------------------------------------------- text
def P(n, text, fns=()):
    return FNPara(text, npara, bulletText="%d." % n, fns=fns)


def I(label, text, fns=()):
    return FNPara(text, item, bulletText=label, fns=fns)


def contents():
    entries = [
        (0, "I.", "INTRODUCTION", "2"),
        (0, "II.", "OVERVIEW OF FINANCIAL RESULTS", "2"),
        (1, "A.", "Revenue", "2"),
        (1, "B.", "Expenses", "2"),
        (0, "III.", "ADMINISTRATIVE PART OF THE BUDGET", "3"),
        (0, "IV.", "ASSESSED CONTRIBUTIONS OUTSTANDING", "3"),
        (0, "V.", "FINANCIAL STATEMENTS", "3"),
        (1, "", "Statement I \u2013 Financial position as at 31 December 2021", "4"),
        (1, "", "Statement II \u2013 Financial performance for the year ended "
                "31 December 2021", "5"),
        (1, "", "Schedule 1 \u2013 Assessed contributions outstanding by "
                "Member State", "5"),
    ]
    rows = [["", "Page"]]
    style = [("FONTNAME", (0, 0), (-1, -1), FONT),
             ("FONTSIZE", (0, 0), (-1, -1), 10),
             ("ALIGN", (1, 0), (1, -1), "RIGHT"),
             ("TOPPADDING", (0, 0), (-1, -1), 2.5),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
             ("RIGHTPADDING", (0, 0), (0, -1), 2),
             ("LEFTPADDING", (1, 0), (1, -1), 2)]
    colw = TW - 30
    for lvl, lab, txt, page in entries:
        indent = 28 * lvl
        s = ("%s %s" % (lab, txt)).strip() if lab else txt
        if lab:
            # label in a fixed slot, as typed with a tab
            s = lab + " " * (5 if len(lab) < 3 else 3) + txt
        avail = colw - indent - 10
        w = stringWidth(s + " ", FONT, 10)
        dots = max(3, int((avail - w) / stringWidth(".", FONT, 10)))
        rows.append([s + " " + "." * dots, page])
        style.append(("LEFTPADDING", (0, len(rows) - 1), (0, len(rows) - 1),
                      2 + indent))
    t = Table(rows, colWidths=[colw, 30])
    t.setStyle(TableStyle(style))
    return t


story = []
# ---- cover (page 1)
story += [
    Paragraph(SYMBOL, rightb),
    Spacer(1, 4),
    Paragraph("Original: English", right),
    Paragraph("19 May 2022", right),
    Spacer(1, 40),
    Paragraph("COUNCIL", leftb),
    Paragraph("113th Session", leftb),
    Spacer(1, 70),
    Paragraph("FINANCIAL REPORT FOR THE YEAR ENDED", title),
    Paragraph("31 DECEMBER 2021", title),
    Spacer(1, 70),
    Paragraph("CONTENTS", ParagraphStyle("ch", parent=leftb, fontSize=10.5,
                                         alignment=TA_CENTER, spaceAfter=10)),
    contents(),
    NextPageTemplate("body"),
    PageBreak(),
]

# ---- body text
story += [
    Paragraph("FINANCIAL REPORT FOR THE YEAR ENDED 31 DECEMBER 2021", runtitle),
    Paragraph("I.&nbsp;&nbsp;&nbsp;&nbsp;INTRODUCTION", h1),
    P(1, "In accordance with Article 12 of the Financial Regulations, the Director "
         "General has the honour to submit to the Council the financial report of "
         "the International Organization for Migration (IOM) for the year ended "
         "31 December 2021. The financial statements have been prepared in "
         "conformity with the International Public Sector Accounting Standards "
         "(IPSAS)." + sup(1), fns=[1]),
    P(2, "The year under review was the second to be shaped by the coronavirus "
         "disease (COVID-19) pandemic. Restrictions on movement eased unevenly "
         "across regions, and the volume of operations rose sharply as the "
         "Organization scaled up its emergency and post-crisis responses, most "
         "notably in Afghanistan and neighbouring countries, in northern Ethiopia "
         "and in Yemen, while continuing to support the return and "
         "reintegration of migrants stranded by border closures."),
    P(3, "The financial statements have been audited by the External Auditor, whose "
         "opinion and report are issued, together with the notes to the financial "
         "statements, in document C/113/5. Both documents will be examined by the "
         "Standing Committee on Programmes and Finance before their transmission "
         "to the Council."),
    Paragraph("II.&nbsp;&nbsp;&nbsp;OVERVIEW OF FINANCIAL RESULTS", h1),
    Paragraph("A.&nbsp;&nbsp;&nbsp;&nbsp;Revenue", h2),
    P(4, "Total revenue for 2021 amounted to USD 2,513.2 million, an increase of "
         "16.8 per cent over the USD 2,152.2 million recorded in 2020 "
         "(Statement II). Voluntary contributions remained by far the largest "
         "source of revenue, representing 96.8 per cent of the total, while "
         "assessed contributions from Member States accounted for USD 57.2 "
         "million."),
    P(5, "Voluntary contributions recognized as revenue in 2021 totalled USD "
         "2,431.8 million." + sup(2) + " Contributions earmarked for specific "
         "projects continued to predominate; unearmarked and softly earmarked "
         "funding, at USD 41.6 million, remained modest in relation to the "
         "overall volume of activity, although it increased for the third "
         "consecutive year.", fns=[2]),
    P(6, "Three developments account for most of the growth in voluntary "
         "contributions:"),
    I("\u2022", "the scale-up of humanitarian assistance in Afghanistan and the "
                "region in the second half of the year;"),
    I("\u2022", "new multi-year agreements for migrant protection, return and "
                "reintegration along the Central and Eastern Mediterranean routes; "
                "and"),
    I("\u2022", "funding for health operations, including support to national "
                "authorities for the inclusion of migrants in COVID-19 vaccination "
                "campaigns."),
    Paragraph("B.&nbsp;&nbsp;&nbsp;&nbsp;Expenses", h2),
    P(7, "Total expenses rose to USD 2,399.9 million, compared with USD 2,164.6 "
         "million in 2020. Staff and personnel costs, at USD 798.6 million, "
         "remained the largest category, followed by contractual services (USD "
         "542.3 million) and transfers to implementing partners (USD 472.0 "
         "million), the latter reflecting the growing share of activities "
         "delivered with national and local partners."),
    P(8, "The Organization therefore recorded a surplus for the year of USD 113.3 "
         "million, against a deficit of USD 12.4 million in 2020. The surplus "
         "arises largely from timing differences between the recognition of "
         "unconditional multi-year contributions as revenue and the incurring of "
         "the related expenses in later years; it does not represent resources "
         "freely available to the Organization."),
    Paragraph("III.&nbsp;&nbsp;ADMINISTRATIVE PART OF THE BUDGET", h1),
    P(9, "The Administrative Part of the Budget for 2021 was approved by the "
         "Council in Resolution No. 1393 of 25 November 2020 at CHF 52,763,000, on "
         "the basis of the Programme and Budget for 2021 (C/111/6), and is "
         "financed by the assessed contributions of Member States."),
    P(10, "The budgetary position of the Administrative Part of the Budget at the "
          "end of the year was as follows:"),
    I("(a)", "assessed contributions for 2021 of CHF 52,763,000, including the "
             "contributions of the two Member States admitted during 2020;"),
    I("(b)", "expenditure of CHF 52,218,455, of which staff and related costs "
             "accounted for 84.6 per cent;" + sup(3), fns=[3]),
    I("(c)", "an unspent balance of CHF 544,545, which will be carried forward "
             "in accordance with the Financial Regulations."),
    P(11, "No transfers between budget lines were made in excess of the limits "
          "authorized by the Council, and no supplementary appropriations were "
          "requested during the year."),
    Paragraph("IV.&nbsp;&nbsp;ASSESSED CONTRIBUTIONS OUTSTANDING", h1),
    P(12, "At 31 December 2021, assessed contributions outstanding amounted to CHF "
          "%s, of which CHF %s related to 2021 and CHF %s to prior years. The "
          "amounts due from each Member State are shown in Schedule 1."
          % (fmt(STOT), fmt(S21), fmt(SP))),
    P(13, "At the same date, 12 Member States were in arrears in an amount that "
          "rendered them subject to the provisions of Article 4 of the "
          "Constitution." + sup(4) + " Four Member States were paying their "
          "arrears in instalments under payment plans agreed in accordance with "
          "Resolution No. 1402 of 1 December 2021.", fns=[4]),
    P(14, "The Director General again urges Member States that are in arrears to "
          "pay their contributions in full or to agree a payment plan with the "
          "Administration, so that the Organization can meet its core "
          "administrative commitments."),
    Paragraph("V.&nbsp;&nbsp;&nbsp;FINANCIAL STATEMENTS", h1),
    P(15, "Statement I presents the financial position of the Organization at 31 "
          "December 2021, and Statement II its financial performance for the "
          "year. The note numbers shown in the statements refer to the notes to "
          "the financial statements contained in document C/113/5."),
    P(16, "Total net assets increased by USD 131.0 million, to USD 624.4 million. "
          "The increase comprises the surplus for the year and net actuarial "
          "gains of USD 17.7 million on employee benefit liabilities, which were "
          "recognized directly in net assets."),
    PageBreak(),
    Paragraph("Statement I \u2013 Financial position as at 31 December 2021 "
              "(USD thousands)", caption),
    stmt1,
    PageBreak(),
    Paragraph("Statement II \u2013 Financial performance, year ended 31 December "
              "2021 (USD thousands)", caption),
    stmt2,
    Spacer(1, 26),
    Paragraph("Schedule 1 \u2013 Assessed contributions outstanding by Member State "
              "(in Swiss francs)", capsched),
    schedule_table(),
]


def later(canv, doc):
    header(canv, doc)


doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=LM, rightMargin=RM,
                      topMargin=TM, bottomMargin=BM,
                      title="Financial report for the year ended 31 December 2021",
                      author="International Organization for Migration")
cover_frame = Frame(LM, 4.2 * cm, TW, H - 2.0 * cm - 4.2 * cm, id="cover",
                    leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
body_frame = Frame(LM, BM, TW, H - TM - BM, id="body",
                   leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
doc.addPageTemplates([
    PageTemplate("cover", [cover_frame], onPage=cover_foot,
                 onPageEnd=draw_footnotes),
    PageTemplate("body", [body_frame], onPage=later, onPageEnd=draw_footnotes),
])
doc.build(story)
print("wrote", OUT)
