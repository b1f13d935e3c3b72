#!/usr/bin/env python3
"""Draws financial-report-2006c.pdf: an invented IOM financial report for 2005 (MC/2196, 2006)."""
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table, TableStyle
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "financial-report-2006c.pdf")

SYMBOL = "MC/2196"
TITLE_LINES = ["FINANCIAL REPORT FOR THE YEAR ENDED", "31 DECEMBER 2005"]

PW, PH = A4
LM = 2.5 * cm
RM = 2.5 * cm
TOP = PH - 2.0 * cm
BOTTOM = 2.2 * cm
W = PW - LM - RM
MARGIN_COL = 1.25 * cm      # label (margin) column for paragraph numbers and heading labels
TEXT_X = LM + MARGIN_COL
TEXT_W = W - MARGIN_COL

FONT = "Times-Roman"
BOLD = "Times-Bold"

body = ParagraphStyle("body", fontName=FONT, fontSize=11, leading=13.4, alignment=TA_JUSTIFY)
label = ParagraphStyle("label", parent=body, alignment=TA_LEFT)
head1 = ParagraphStyle("head1", parent=body, fontName=BOLD, alignment=TA_LEFT)
head2 = ParagraphStyle("head2", parent=body, fontName=BOLD, alignment=TA_LEFT)
fnstyle = ParagraphStyle("fn", fontName=FONT, fontSize=9.5, leading=11.2, alignment=TA_JUSTIFY)
runtitle = ParagraphStyle("rt", parent=body, fontName=BOLD, alignment=TA_CENTER)

# ----------------------------------------------------------------------------------------------
# Figures (all statements are built from these, and every total is computed and checked)
# ----------------------------------------------------------------------------------------------
# Statement I rows: (label, note, admin, ops, total2004)
ST1_ASSETS = [
    ("Cash and short-term deposits", "2", 5874211, 298765214, 247018557),
    ("Investments", "3", 2000000, 41200000, 30500000),
    ("Accounts receivable", "4", 418906, 38927455, 35102944),
    ("Outstanding contributions from Member States", "5", 2764432, 0, 2519806),
    ("Other assets", "", 153220, 2884617, 2417093),
]
ST1_LIAB = [
    ("Deferred income", "6", 1204118, 257334906, 212806533),
    ("Accounts payable and accrued liabilities", "", 1790766, 49113433, 34115902),
    ("Staff end-of-service benefits", "7", 3884910, 9415772, 9062249),
]
ST1_RES = [
    ("Reserve for outstanding contributions", "5", 2764432, 0, 2519806),
    ("Operational reserve", "8", 0, 5500000, 5500000),
    ("Fund balances", "", 1566543, 60413175, 53553910),
]
# Statement II rows: (label, note, admin, ops, total2004)
ST2_INC = [
    ("Assessed contributions", "9", 30372289, 0, 28957330),
    ("Voluntary contributions", "10", 0, 912406558, 683215471),
    ("Interest income", "", 184516, 7318442, 4210663),
    ("Other income", "", 42877, 3095116, 2664208),
]
ST2_EXP = [
    ("Staff costs", "", 24918305, 214633907, 221004318),
    ("Office and general costs", "", 4807214, 96118250, 88913460),
    ("Programme and movement costs", "11", 0, 604271688, 404877506),
]
OPENING = (3456812, 58116904, 57321328)   # reserves and fund balances at 1 January (2005: admin, ops; 2004 total)

SCHEDULE = [
    ("Bolivia", 412608, 98311),
    ("Democratic Republic of the Congo", 287455, 35120),
    ("Dominican Republic", 118902, 44037),
    ("Guatemala", 0, 61540),
    ("Haiti", 96214, 11308),
    ("Honduras", 54770, 13662),
    ("Kyrgyzstan", 72118, 9851),
    ("Liberia", 301447, 10254),
    ("Nicaragua", 145006, 12990),
    ("Paraguay", 0, 27315),
    ("Peru", 1210533, 372806),
    ("Sierra Leone", 88019, 7602),
    ("Yemen", 124390, 18417),
]


def colsum(rows):
    a = sum(r[2] for r in rows)
    o = sum(r[3] for r in rows)
    t = sum(r[4] for r in rows)
    return a, o, a + o, t


TA = colsum(ST1_ASSETS)
TL = colsum(ST1_LIAB)
TR = colsum(ST1_RES)
TI = colsum(ST2_INC)
TE = colsum(ST2_EXP)
EXCESS = tuple(TI[i] - TE[i] for i in range(4))
OPEN = (OPENING[0], OPENING[1], OPENING[0] + OPENING[1], OPENING[2])
CLOSE = tuple(OPEN[i] + EXCESS[i] for i in range(4))
# checks: the balance sheet balances, and Statement II closes on Statement I
for i in range(4):
    assert TA[i] == TL[i] + TR[i], ("balance", i)
    assert CLOSE[i] == TR[i], ("close", i)
assert OPEN[2] == TR[3]                      # 1 January 2005 = 31 December 2004
SCH_P = sum(s[1] for s in SCHEDULE)
SCH_C = sum(s[2] for s in SCHEDULE)
SCH_T = SCH_P + SCH_C
assert round(SCH_T / 1.3148) == ST1_ASSETS[3][2] == ST1_RES[0][2]
# figures quoted in the narrative
assert (SCH_T, SCH_P) == (3634675, 2911462)
assert TI[0] == 30599682 and TE[0] == 29725519 and EXCESS[0] == 874163
assert TI[1] == 922820116 and TE[1] == 915023845 and EXCESS[1] == 7796271
assert TE[2] == 944749364 and TE[3] == 714795284
assert round((TE[2] / TE[3] - 1) * 1000) == 322
assert TR[2] == 70244150 and TR[3] == 61573716
assert ST1_ASSETS[0][2] + ST1_ASSETS[1][2] + ST1_ASSETS[0][3] + ST1_ASSETS[1][3] == 347839425
assert ST1_ASSETS[0][4] + ST1_ASSETS[1][4] == 277518557


def fmt(v, dash=True):
    if v == 0 and dash:
        return "-"
    if v < 0:
        return "(%s)" % format(-v, ",")
    return format(v, ",")


# ----------------------------------------------------------------------------------------------
# Narrative
# ----------------------------------------------------------------------------------------------
# block kinds: ("h1", num, text) ("h2", num, text) ("p", num, html, [footnote markers]) ("item", label, html)
FOOTNOTES = {
    "1": "The original Programme and Budget for 2005 (MC/2148) was approved by the Council through "
         "Resolution No. 1112 of 30 November 2004.",
    "2": "Such a Member State has no vote in the Council, although the Council may permit it to vote if it "
         "is satisfied that the failure to pay is due to conditions beyond the control of the Member State.",
}

SUP = '<super><font size="8">%s</font></super>'

BLOCKS = [
    ("h1", "I.", "INTRODUCTION"),
    ("p", "1.", "The Director General submits herewith the financial report of the International Organization "
     "for Migration (IOM) for the year ended 31 December 2005. The report consists of this narrative, "
     "Statement I (assets, liabilities, reserves and fund balances), Statement II (income and expenditure "
     "and changes in reserves and fund balances) and Schedule 1 (outstanding assessed contributions). The "
     "accounts were drawn up under the Financial Regulations of the Organization and follow the accounting "
     "standards applied across the United Nations system.", []),
    ("p", "2.", "The opinion of the External Auditor on the 2005 accounts, together with his report, is issued "
     "separately in document MC/2197. Results are measured against the budget levels set out in the "
     "Revision of the Programme and Budget for 2005 (MC/2171)," + SUP % "1" + " which took account of the "
     "funding confirmed after the original budget had been adopted.", ["1"]),
    ("p", "3.", "Combined expenditure under the Administrative and Operational Programmes totalled "
     "USD 944.7 million in 2005, compared with USD 714.8 million in 2004, a rise of 32.2 per cent. Most of "
     "the growth came from the response to the Indian Ocean tsunami of 26 December 2004 and, in the last "
     "quarter of the year, from the shelter and relief operations that followed the earthquake of "
     "8 October 2005 in northern Pakistan.", []),
    ("h1", "II.", "FINANCIAL PERFORMANCE IN 2005"),
    ("h2", "A.", "Administrative Programme"),
    ("p", "4.", "The Administrative Programme is financed from the assessed contributions of Member States, "
     "which are fixed in Swiss francs. Contributions assessed for 2005 totalled CHF 37,814,000, equivalent "
     "to USD 30,372,289 at the average rates of exchange for the year. Interest and other income added "
     "USD 227,393, bringing total income to USD 30,599,682.", []),
    ("p", "5.", "Expenditure under the Administrative Programme amounted to USD 29,725,519, of which staff "
     "costs represented USD 24,918,305. Several posts remained vacant for part of the year, which kept "
     "staff costs below the budgeted level. The resulting excess of income over expenditure, USD 874,163, "
     "was credited to the fund balance of the Administrative Programme (Statement II).", []),
    ("h2", "B.", "Operational Programmes"),
    ("p", "6.", "Voluntary contributions from governments, multilateral agencies and other donors for "
     "operational activities rose from USD 683.2 million in 2004 to USD 912.4 million in 2005. The largest "
     "shares of operational expenditure went to the following service areas:", []),
    ("item", "(a)", "movement, emergency and post-crisis migration management, which accounted for "
     "58.4 per cent of the total;"),
    ("item", "(b)", "counter-trafficking, assisted voluntary returns and other activities to regulate "
     "migration, which accounted for 12.1 per cent; and"),
    ("item", "(c)", "migration health, including the health assessments carried out for refugees accepted for "
     "resettlement, which accounted for 9.7 per cent."),
    ("p", "7.", "Total operational expenditure was USD 915,023,845, against total income of USD 922,820,116, "
     "leaving an excess of USD 7,796,271 (Statement II). Project funds not yet spent remain in the fund "
     "balances until they are used for the purpose specified by the donor or returned to it.", []),
    ("h2", "C.", "Discretionary Income"),
    ("p", "8.", "Discretionary income, made up of project-related overhead, miscellaneous income and part of "
     "the interest earned, financed field structures and support functions that the Administrative "
     "Programme cannot cover. It reached USD 31.6 million, USD 4.1 million above the budgeted level, "
     "chiefly because of the larger number of tsunami-related projects.", []),
    ("h1", "III.", "FINANCIAL POSITION AT 31 DECEMBER 2005"),
    ("h2", "A.", "Cash and investments"),
    ("p", "9.", "Cash, short-term deposits and investments stood at USD 347.8 million at the end of the year, "
     "against USD 277.5 million a year earlier (Statement I). Of these funds, USD 340.0 million are held for "
     "operational programmes; they are largely matched by deferred income, that is, contributions received "
     "in advance for activities to be carried out in 2006 and later years.", []),
    ("h2", "B.", "Outstanding contributions"),
    ("p", "10.", "Assessed contributions outstanding at 31 December 2005 amounted to CHF 3,634,675, "
     "equivalent to USD 2,764,432 at the year-end rate of exchange, and were owed by 13 Member States, as "
     "detailed in Schedule 1. Of that amount, CHF 2,911,462 related to years prior to 2005. Member States "
     "whose arrears equal or exceed the contributions due from them for the two preceding full years fall "
     "under the voting provisions of the Constitution." + SUP % "2", ["2"]),
    ("p", "11.", "The Administration continued to urge Member States with long-standing arrears to settle "
     "them or to agree on a payment plan. Two Member States concluded such plans during 2005 and began to pay "
     "in instalments. The contributions assessed for 2005 were paid in full by 103 of the 116 Member "
     "States.", []),
    ("h2", "C.", "Reserves and fund balances"),
    ("p", "12.", "Reserves and fund balances rose from USD 61,573,716 at the end of 2004 to USD 70,244,150 at "
     "31 December 2005, reflecting the excess of income over expenditure under both programmes. A reserve "
     "equal to the outstanding assessed contributions, USD 2,764,432, is kept in the Administrative "
     "Programme, and the operational reserve was maintained at USD 5,500,000.", []),
    ("h1", "IV.", "ACTION REQUESTED OF THE COUNCIL"),
    ("p", "13.", "The Council is invited to take note of the report of the External Auditor and to approve the "
     "financial report for the year ended 31 December 2005.", []),
]


# ----------------------------------------------------------------------------------------------
# Drawing helpers
# ----------------------------------------------------------------------------------------------
def draw_para(c, html, style, x, y_top, width):
    p = Paragraph(html, style)
    _, h = p.wrap(width, PH)
    p.drawOn(c, x, y_top - h)
    return h


def running_header(c, page_no):
    c.setFont(FONT, 11.5)
    c.drawRightString(PW - RM, PH - 1.5 * cm, SYMBOL)
    c.drawRightString(PW - RM, PH - 1.5 * cm - 14, "Page %d" % page_no)


def footnote_height(markers):
    if not markers:
        return 0
    h = 14
    for m in markers:
        p = Paragraph(FOOTNOTES[m], fnstyle)
        h += p.wrap(TEXT_W + MARGIN_COL - 14, PH)[1] + 3
    return h


def draw_footnotes(c, markers):
    if not markers:
        return
    h = footnote_height(markers)
    y = BOTTOM + h
    c.setLineWidth(0.5)
    c.line(LM, y - 4, LM + 4.5 * cm, y - 4)
    y -= 12
    for m in markers:
        c.setFont(FONT, 7.5)
        c.drawString(LM, y - 6.5, m)
        hh = draw_para(c, FOOTNOTES[m], fnstyle, LM + 14, y, W - 14)
        y -= hh + 3


def block_height(b):
    kind = b[0]
    if kind in ("h1", "h2"):
        st = head1 if kind == "h1" else head2
        return Paragraph(b[2], st).wrap(TEXT_W, PH)[1]
    if kind == "p":
        return Paragraph(b[2], body).wrap(TEXT_W, PH)[1]
    if kind == "item":
        return Paragraph(b[2], body).wrap(TEXT_W - MARGIN_COL, PH)[1]
    if kind == "pcont":
        return b[2].wrap(TEXT_W, PH)[1]


GAP = {"h1": 13, "h2": 11, "p": 9, "item": 5, "pcont": 0}


def draw_block(c, b, y):
    kind = b[0]
    if kind in ("h1", "h2"):
        st = head1 if kind == "h1" else head2
        html = b[2] if kind == "h1" else "<u>%s</u>" % b[2]
        draw_para(c, b[1], st, LM, y, MARGIN_COL)
        return draw_para(c, html, st, TEXT_X, y, TEXT_W)
    if kind == "p":
        draw_para(c, b[1], label, LM, y, MARGIN_COL)
        return draw_para(c, b[2], body, TEXT_X, y, TEXT_W)
    if kind == "item":
        draw_para(c, b[1], label, TEXT_X, y, MARGIN_COL)
        return draw_para(c, b[2], body, TEXT_X + MARGIN_COL, y, TEXT_W - MARGIN_COL)
    if kind == "pcont":
        _, h = b[2].wrap(TEXT_W, PH)
        b[2].drawOn(c, TEXT_X, y - h)
        return h


def cover(c):
    c.setFont(BOLD, 12)
    y = PH - 2.2 * cm
    c.drawRightString(PW - RM, y, SYMBOL)
    c.setFont(FONT, 11.5)
    c.drawRightString(PW - RM, y - 16, "Original: English")
    c.drawRightString(PW - RM, y - 30, "9 May 2006")
    c.setFont(BOLD, 12)
    c.drawCentredString(PW / 2, y - 80, "NINETY-SECOND SESSION")
    c.setLineWidth(1)
    c.line(LM, y - 100, PW - RM, y - 100)
    c.setFont(BOLD, 13)
    ty = PH / 2 + 3 * cm
    for i, t in enumerate(TITLE_LINES):
        c.drawCentredString(PW / 2, ty - i * 18, t)
    # cover note
    ny = 6.2 * cm
    c.setLineWidth(0.5)
    c.line(LM, ny + 14, LM + 4.5 * cm, ny + 14)
    draw_para(c, "This document is submitted to the Council at its Ninety-second Session, following its "
                 "examination by the Subcommittee on Budget and Finance.", body, LM, ny, W)
    # trilingual footer
    c.setFont(BOLD, 12)
    fy = 2.0 * cm
    c.drawCentredString(PW / 2 - 5.5 * cm, fy, "COUNCIL")
    c.drawCentredString(PW / 2, fy, "CONSEIL")
    c.drawCentredString(PW / 2 + 5.5 * cm, fy, "CONSEJO")


def narrative(c, first_page_no):
    page = first_page_no
    running_header(c, page)
    y = TOP - 1.4 * cm
    h = draw_para(c, " ".join(TITLE_LINES), runtitle, LM, y, W)
    y -= h + 20
    notes_on_page = []
    prev = None
    i = 0
    BLOCKS_RUN = list(BLOCKS)
    while i < len(BLOCKS_RUN):
        b = BLOCKS_RUN[i]
        gap = GAP[b[0]] if prev is not None else 0
        if prev in ("h1",) and b[0] == "h2":
            gap = 10
        h = block_height(b)
        need = h
        # keep a heading with the next block
        if b[0] in ("h1", "h2"):
            j = i + 1
            extra = 0
            while BLOCKS_RUN[j][0] in ("h1", "h2"):
                extra += GAP[BLOCKS_RUN[j][0]] + block_height(BLOCKS_RUN[j])
                j += 1
            need += extra + GAP["p"] + 3 * body.leading
        fns = list(b[3]) if b[0] == "p" else []
        floor = BOTTOM + footnote_height(notes_on_page + fns) + (8 if notes_on_page + fns else 0)
        if y - gap - need < floor and b[0] == "p" and not fns and y - gap - floor > 2 * body.leading:
            # split the paragraph across the page break; the continuation carries no number
            parts = Paragraph(b[2], body).split(TEXT_W, y - gap - floor)
            if len(parts) == 2:
                y -= gap
                draw_para(c, b[1], label, LM, y, MARGIN_COL)
                parts[0].wrap(TEXT_W, PH)
                parts[0].drawOn(c, TEXT_X, y - parts[0].height)
                BLOCKS_RUN[i] = ("pcont", None, parts[1])
                draw_footnotes(c, notes_on_page)
                c.showPage()
                page += 1
                running_header(c, page)
                y = TOP - 1.4 * cm
                notes_on_page = []
                prev = None
                continue
        if y - gap - need < floor:
            draw_footnotes(c, notes_on_page)
            c.showPage()
            page += 1
            running_header(c, page)
            y = TOP - 1.4 * cm
            notes_on_page = []
            prev = None
            continue
        y -= gap
        y -= draw_block(c, b, y)
        notes_on_page += fns
        prev = b[0]
        i += 1
    draw_footnotes(c, notes_on_page)
    c.showPage()
    return page


# ----------------------------------------------------------------------------------------------
# Statements
# ----------------------------------------------------------------------------------------------
cell = ParagraphStyle("cell", fontName=FONT, fontSize=9.5, leading=11)
cellb = ParagraphStyle("cellb", parent=cell, fontName=BOLD)
hdr = ParagraphStyle("hdr", parent=cell, fontName=BOLD, alignment=TA_CENTER, fontSize=9)
num = ParagraphStyle("num", parent=cell, alignment=TA_RIGHT)
numb = ParagraphStyle("numb", parent=cell, fontName=BOLD, alignment=TA_RIGHT)
notest = ParagraphStyle("notes", parent=cell, alignment=TA_CENTER)


def statement_page(c, page_no, label_text, title, unit, data, col_widths, style_cmds):
    running_header(c, page_no)
    y = TOP - 1.6 * cm
    c.setFont(BOLD, 12)
    c.drawCentredString(PW / 2, y, label_text)
    y -= 22
    st = ParagraphStyle("st", fontName=BOLD, fontSize=11.5, leading=14, alignment=TA_CENTER)
    y -= draw_para(c, title, st, LM + 0.3 * cm, y, W - 0.6 * cm)
    y -= 6
    c.setFont(FONT, 11)
    c.drawCentredString(PW / 2, y - 10, unit)
    y -= 22
    t = Table(data, colWidths=col_widths)
    t.setStyle(TableStyle(style_cmds))
    _, h = t.wrap(W, PH)
    t.drawOn(c, LM, y - h)
    c.showPage()


def fin_table(groups, grand=None):
    """groups: list of (GROUP LABEL, rows, total label, totals)."""
    data = [[Paragraph("", cell), Paragraph("Notes", hdr), Paragraph("Administrative Programme", hdr),
             Paragraph("Operational Programmes", hdr), Paragraph("Total 2005", hdr),
             Paragraph("Total 2004", hdr)]]
    cmds = [
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, "black"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, "black"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for g in groups:
        glabel, rows, tlabel, tots = g[:4]
        if glabel:
            data.append([Paragraph(glabel, cellb), "", "", "", "", ""])
            cmds.append(("TOPPADDING", (0, len(data) - 1), (-1, len(data) - 1), 9))
            cmds.append(("SPAN", (0, len(data) - 1), (-1, len(data) - 1)))
        for r in rows:
            lab, note, a, o, t4 = r
            data.append([Paragraph(lab, cell), Paragraph(note, notest), Paragraph(fmt(a), num),
                         Paragraph(fmt(o), num), Paragraph(fmt(a + o), num), Paragraph(fmt(t4), num)])
        if tlabel:
            data.append([Paragraph(tlabel, cellb), ""] + [Paragraph(fmt(v), numb) for v in tots])
            r = len(data) - 1
            cmds.append(("LINEABOVE", (2, r), (-1, r), 0.5, "black"))
    if grand:
        glab, tots = grand
        data.append([Paragraph(glab, cellb), ""] + [Paragraph(fmt(v), numb) for v in tots])
        r = len(data) - 1
        cmds += [("LINEABOVE", (2, r), (-1, r), 0.5, "black"),
                 ("LINEBELOW", (2, r), (-1, r), 1.2, "black"),
                 ("TOPPADDING", (0, r), (-1, r), 8)]
    return data, cmds


FIN_COLS = [162, 30, 65, 66, 66, 64]


def statement1(c, page_no):
    data, cmds = fin_table([
        ("ASSETS", ST1_ASSETS, "Total assets", TA),
        ("LIABILITIES", ST1_LIAB, "Total liabilities", TL),
        ("RESERVES AND FUND BALANCES", ST1_RES, "Total reserves and fund balances", TR),
    ], grand=("TOTAL LIABILITIES, RESERVES AND FUND BALANCES", tuple(TL[i] + TR[i] for i in range(4))))
    statement_page(c, page_no, "STATEMENT I",
                   "STATEMENT OF ASSETS, LIABILITIES, RESERVES AND FUND BALANCES AS AT 31 DECEMBER 2005",
                   "(in US dollars)", data, FIN_COLS, cmds)


def statement2(c, page_no):
    data, cmds = fin_table([
        ("INCOME", ST2_INC, "Total income", TI),
        ("EXPENDITURE", ST2_EXP, "Total expenditure", TE),
    ])
    for lab, vals, bold in [("Excess of income over expenditure", EXCESS, True),
                            ("Reserves and fund balances at beginning of year", OPEN, False),
                            ("Reserves and fund balances at end of year", CLOSE, True)]:
        data.append([Paragraph(lab, cellb if bold else cell), ""] +
                    [Paragraph(fmt(v), numb if bold else num) for v in vals])
        r = len(data) - 1
        cmds.append(("TOPPADDING", (0, r), (-1, r), 9))
    r = len(data) - 1
    cmds += [("LINEABOVE", (2, r), (-1, r), 0.5, "black"), ("LINEBELOW", (2, r), (-1, r), 1.2, "black")]
    statement_page(c, page_no, "STATEMENT II",
                   "STATEMENT OF INCOME AND EXPENDITURE AND CHANGES IN RESERVES AND FUND BALANCES "
                   "FOR THE YEAR ENDED 31 DECEMBER 2005", "(in US dollars)", data, FIN_COLS, cmds)


def schedule1(c, page_no):
    data = [[Paragraph("Member States", ParagraphStyle("h", parent=hdr, alignment=TA_LEFT)),
             Paragraph("Outstanding for years prior to 2005", hdr),
             Paragraph("Outstanding for 2005", hdr),
             Paragraph("Total outstanding at 31 December 2005", hdr)]]
    for name, p, cur in SCHEDULE:
        data.append([Paragraph(name, cell), Paragraph(fmt(p), num), Paragraph(fmt(cur), num),
                     Paragraph(fmt(p + cur), num)])
    data.append([Paragraph("Total", cellb), Paragraph(fmt(SCH_P), numb), Paragraph(fmt(SCH_C), numb),
                 Paragraph(fmt(SCH_T), numb)])
    r = len(data) - 1
    cmds = [
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEABOVE", (0, r), (-1, r), 1.2, "black"),
    ]
    statement_page(c, page_no, "SCHEDULE 1",
                   "OUTSTANDING ASSESSED CONTRIBUTIONS TO THE ADMINISTRATIVE PART OF THE BUDGET "
                   "AS AT 31 DECEMBER 2005", "(in Swiss francs)", data, [170, 95, 95, 95], cmds)


def main():
    c = canvas.Canvas(OUT, pagesize=A4)
    c.setTitle("MC/2196 - Financial report for the year ended 31 December 2005")
    c.setAuthor("International Organization for Migration")
    cover(c)
    c.showPage()
    last = narrative(c, 1)
    statement1(c, last + 1)
    statement2(c, last + 2)
    schedule1(c, last + 3)
    c.save()
    print("pages:", last + 4)


if __name__ == "__main__":
    main()
