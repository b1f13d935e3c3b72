#!/usr/bin/env python
"""Draw financial-report-2012b.pdf: IOM Financial Report for the year ended 31 December 2011 (MC/2343)."""
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, PageBreak,
                                NextPageTemplate, Table, TableStyle, KeepTogether, CondPageBreak)
from reportlab.pdfbase.pdfmetrics import stringWidth

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "financial-report-2012b.pdf")
W, H = A4
LM, RM = 25 * mm, 25 * mm
TW = W - LM - RM
SYMBOL = "MC/2343"
FONT, BOLD, ITAL = "Times-Roman", "Times-Bold", "Times-Italic"


def fmt(n):
    if n == 0:
        return "–"
    s = f"{abs(n):,}"
    return f"({s})" if n < 0 else s


# ---------------------------------------------------------------- figures
# Schedule 1 (Swiss francs): arrears at 1 Jan, 2011 assessment, received in 2011
SCHED = [
    ("Bolivia (Plurinational State of)", 412608, 3916, 50000),
    ("Burundi", 97355, 3916, 0),
    ("Cape Verde", 28140, 3916, 3500),
    ("Central African Republic", 141872, 3916, 0),
    ("Comoros", 64210, 3916, 0),
    ("Democratic Republic of the Congo", 233409, 11748, 20000),
    ("Dominican Republic", 588731, 19580, 60000),
    ("Gambia", 45022, 3916, 3916),
    ("Guinea-Bissau", 118694, 3916, 0),
    ("Kyrgyzstan", 21307, 3916, 10000),
    ("Liberia", 176455, 3916, 0),
    ("Niger", 52883, 3916, 5000),
    ("Paraguay", 297004, 27412, 40000),
    ("Peru", 1203566, 352440, 500000),
    ("Sierra Leone", 133218, 3916, 0),
    ("Somalia", 402977, 3916, 0),
    ("Venezuela (Bolivarian Republic of)", 1514390, 1234500, 600000),
    ("Yemen", 88301, 11748, 0),
]
sched_rows = [(n, a, b, c, a + b - c) for (n, a, b, c) in SCHED]
S_TOT = [sum(r[i] for r in sched_rows) for i in range(1, 5)]
CHF_OUT = S_TOT[3]
RATE_2011 = 0.9377   # CHF per USD, UN operational rate December 2011
ASSESS_RECV_2011 = round(CHF_OUT / RATE_2011)
ASSESS_RECV_2010 = 6274309

# Statement II (US dollars)
ADM = dict(assessed=44006512, voluntary=0, other=352118, staff=43871905, direct=0, opening=1203448)
OPE = dict(assessed=0, voluntary=1291455870, other=9873406, staff=402118537, direct=884903266,
           opening=621560912)
Y10 = dict(assessed=41985230, voluntary=1356210448, other=8402771, staff=421004516, direct=947313600)


def derive(d):
    d["income"] = d["assessed"] + d["voluntary"] + d["other"]
    d["exp"] = d["staff"] + d["direct"]
    d["excess"] = d["income"] - d["exp"]


for d in (ADM, OPE, Y10):
    derive(d)
ADM["closing"] = ADM["opening"] + ADM["excess"]
OPE["closing"] = OPE["opening"] + OPE["excess"]
TOT = {k: ADM[k] + OPE[k] for k in ("assessed", "voluntary", "other", "income", "staff", "direct", "exp",
                                    "excess", "opening", "closing")}
Y10["closing"] = TOT["opening"]
Y10["opening"] = Y10["closing"] - Y10["excess"]

# Statement I (US dollars) 2011, 2010
OSI_11 = 25525468
OSI_10 = 23553391
OPFB_11 = OPE["closing"] - OSI_11
OPFB_10 = OPE["opening"] - OSI_10
assets11 = [742318406, 96402115, ASSESS_RECV_2011, 214580332, 31207659]
assets10 = [688150227, 90117640, ASSESS_RECV_2010, 197446018, 28930144]
TA11, TA10 = sum(assets11), sum(assets10)
RES11 = ADM["closing"] + OPFB_11 + OSI_11
RES10 = ADM["opening"] + OPFB_10 + OSI_10
assert RES11 == TOT["closing"] and RES10 == TOT["opening"]
AP11, AP10 = 48612330, 51208775
SB11, SB10 = 61940287, 57321904
DEF11 = TA11 - RES11 - AP11 - SB11
DEF10 = TA10 - RES10 - AP10 - SB10
assert DEF11 > 0 and DEF10 > 0
TL11, TL10 = DEF11 + AP11 + SB11, DEF10 + AP10 + SB10
assert TL11 + RES11 == TA11 and TL10 + RES10 == TA10

ADMIN_BUDGET_CHF = 39161000
ADMIN_EXP_CHF = 38992417


def mus(n):  # millions, one decimal
    return f"{n / 1e6:,.1f}"


# ---------------------------------------------------------------- styles
body = ParagraphStyle("body", fontName=FONT, fontSize=11, leading=13.2, alignment=TA_JUSTIFY,
                      spaceAfter=8)
numpara = ParagraphStyle("num", parent=body, leftIndent=0, firstLineIndent=12 * mm, bulletIndent=0,
                         bulletFontName=FONT, bulletFontSize=11)
item = ParagraphStyle("item", parent=body, leftIndent=22 * mm, bulletIndent=12 * mm, bulletFontName=FONT,
                      bulletFontSize=11, spaceAfter=5)
bullet = ParagraphStyle("bullet", parent=item, leftIndent=20 * mm, bulletIndent=14 * mm)
h1 = ParagraphStyle("h1", fontName=BOLD, fontSize=11, leading=13.2, spaceBefore=8, spaceAfter=9,
                    alignment=TA_LEFT, leftIndent=12 * mm, firstLineIndent=-12 * mm)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=11, leading=13.2, spaceBefore=4, spaceAfter=7,
                    alignment=TA_LEFT)
h2.fontName = "Times-BoldItalic"
runtitle = ParagraphStyle("rt", fontName=BOLD, fontSize=11, leading=14, alignment=TA_CENTER, spaceAfter=14)
stlabel = ParagraphStyle("stl", fontName=BOLD, fontSize=10.5, leading=13, alignment=TA_CENTER, spaceAfter=2)
sttitle = ParagraphStyle("stt", fontName=BOLD, fontSize=10.5, leading=13, alignment=TA_CENTER, spaceAfter=2)
stcur = ParagraphStyle("stc", fontName=ITAL, fontSize=9.5, leading=12, alignment=TA_CENTER, spaceAfter=4)
cell = ParagraphStyle("cell", fontName=FONT, fontSize=8.5, leading=10)
cellb = ParagraphStyle("cellb", parent=cell, fontName=BOLD)
fnstyle = ParagraphStyle("fn", fontName=FONT, fontSize=9, leading=10.5, leftIndent=4 * mm,
                         firstLineIndent=-4 * mm)

# ---------------------------------------------------------------- footnotes
FOOTNOTES = {
    "1": "The opening balances restated under IPSAS, together with the accounting policies adopted "
         "on transition, will be presented to the Standing Committee on Programmes and Finance in "
         "document SCPF/81.",
    "2": "The humanitarian evacuation from Libya alone accounted for some USD 88 million of "
         "expenditure, financed by 21 donors and by an allocation from the Central Emergency Response "
         "Fund.",
    "3": "Resolution No. 1196 of 2 December 2009 (loss of voting rights) continues to govern the "
         "procedure; the status of each Member State is reported twice a year to the Standing "
         "Committee.",
    "4": "A summary of the internal audit findings for 2011 was circulated as document MC/INF/305.",
}
page_footnotes = {}   # physical page -> [markers]
heading_pages = {}    # key -> physical page (collected during a build)
toc_pages = {}        # key -> physical page (from the previous build, drawn in the contents)


def sup(m):
    return f"<super><font size=7>{m}</font></super>"


class FNPara(Paragraph):
    def __init__(self, text, style, fns=(), key=None, **kw):
        Paragraph.__init__(self, text, style, **kw)
        self._fns = list(fns)
        self._key = key

    def split(self, aW, aH):
        parts = Paragraph.split(self, aW, aH)
        if self._fns and len(parts) > 1:
            raise RuntimeError("a footnoted paragraph was split across pages: %r" % self._fns)
        return parts


PARA_NO = [0]


def P(text, fns=()):
    PARA_NO[0] += 1
    return FNPara(text, numpara, fns=fns, bulletText=f"{PARA_NO[0]}.")


def I(label, text, fns=()):
    return FNPara(text, item, fns=fns, bulletText=label)


def B(text):
    return FNPara(text, bullet, bulletText="•")


def H1(num, text, key):
    return FNPara(text, ParagraphStyle("h1x", parent=h1, leftIndent=12 * mm, firstLineIndent=0,
                                       bulletIndent=0, bulletFontName=BOLD, bulletFontSize=11),
                  key=key, bulletText=f"{num}.")


def H2(text, key):
    return FNPara(text, h2, key=key)


# ---------------------------------------------------------------- story
def build_story():
    PARA_NO[0] = 0
    s = [NextPageTemplate("body"), PageBreak()]
    s.append(Paragraph("FINANCIAL REPORT FOR THE YEAR ENDED 31 DECEMBER 2011", runtitle))

    s.append(H1("I", "INTRODUCTION", "I"))
    s.append(P("In keeping with Article 17 of the Financial Regulations, the Director General hereby "
               "transmits to the Executive Committee the financial statements of the Organization for the "
               "twelve months ended 31 December 2011. The opinion and detailed observations of the "
               "External Auditor on those statements are set out separately in document MC/2344, which "
               "should be read together with this report."))
    s.append(P("The statements have been drawn up on the basis of the United Nations System Accounting "
               "Standards. They are the last to be prepared on that basis: from 1 January 2012 the "
               "Organization keeps its accounts under the International Public Sector Accounting "
               "Standards (IPSAS), and the comparative figures of future reports will be restated "
               "accordingly." + sup("1"), fns=["1"]))
    s.append(P("Amounts are expressed in United States dollars unless stated otherwise. The Administrative "
               "Part of the Budget is approved and assessed in Swiss francs; for the purpose of the "
               "consolidated statements its transactions have been converted at the United Nations "
               "operational rates of exchange in force on the dates concerned, and Schedule 1 is kept "
               "in the currency of assessment."))

    s.append(H1("II", "FINANCIAL OVERVIEW", "II"))
    s.append(P(f"Combined expenditure under both parts of the budget came to USD {mus(TOT['exp'])} million "
               f"in 2011, against USD {mus(Y10['exp'])} million in the preceding year. Combined income "
               f"reached USD {mus(TOT['income'])} million, leaving an excess of income over expenditure "
               f"of USD {mus(TOT['excess'])} million that has been credited to the fund balances shown in "
               "Statement II."))
    s.append(P("The slight contraction in activity, after two years of exceptional growth, is explained "
               "chiefly by the following developments:"))
    s.append(I("(a)", "the winding down of the large shelter and camp-management operations that had "
                      "followed the Haiti earthquake and the 2010 floods in Pakistan;"))
    s.append(I("(b)", "the emergency evacuation of some 200,000 migrant workers and their families from "
                      "Libya to their countries of origin, which partly offset that decline;" + sup("2"),
               fns=["2"]))
    s.append(I("(c)", "the marked strengthening of the Swiss franc during the third quarter, which "
                      "raised the dollar equivalent of staff and office costs incurred at Headquarters; "
                      "and"))
    s.append(I("(d)", "a more cautious pattern of earmarked funding from several traditional donors, "
                      "reflected in the lower level of new project agreements signed in the second "
                      "half of the year."))

    s.append(H2("Administrative Part of the Budget", "II.a"))
    s.append(P(f"The Council approved an Administrative Part of the Budget of CHF {ADMIN_BUDGET_CHF:,} for "
               "2011 through Resolution No. 1204 of 30 November 2010, on the basis of the Programme and "
               "Budget set out in document MC/2302. The figure was unchanged in the revision presented "
               "in document SCPF/64."))
    underspend_para = PARA_NO[0] + 1
    s.append(P(f"Actual expenditure amounted to CHF {ADMIN_EXP_CHF:,}, so that CHF "
               f"{ADMIN_BUDGET_CHF - ADMIN_EXP_CHF:,} of the appropriation remained unspent. In line with "
               "past practice, that amount is carried forward within the fund balance of the "
               "Administrative Part of the Budget; it does not relieve any Member State of its "
               "obligation to settle its outstanding assessment."))
    s.append(P("Staff costs continued to absorb close to 80 per cent of the administrative expenditure. "
               "No new posts were created; two posts vacated during the year were frozen pending the "
               "review of structures requested by the Standing Committee."))

    s.append(H2("Operational Part of the Budget", "II.b"))
    s.append(P(f"Operational expenditure rose to USD {mus(OPE['exp'])} million, well above the initial "
               "estimate of USD 660.1 million published in document MC/2302. As in earlier years, the "
               "gap reflects the fact that the operational budget can only include funding already "
               "confirmed when the Programme and Budget is drafted."))
    s.append(P("Movement management, emergency and post-crisis programmes represented the largest "
               "share of the total, followed by migration health, counter-trafficking and labour "
               "migration activities. Expenditure in Africa and the Middle East overtook that in the "
               "Americas for the first time since 2005."))
    s.append(P(f"Project-related overhead and other operational support income, used to finance "
               "core structures in the field, totalled USD 48.9 million. The portion not required in "
               f"the year has been placed in the Operational Support Income reserve, which stood at "
               f"USD {mus(OSI_11)} million at year end."))

    s.append(H1("III", "CONTRIBUTIONS AND RECEIVABLES", "III"))
    s.append(H2("Assessed contributions outstanding", "III.a"))
    s.append(P(f"At the close of the year, assessed contributions amounting to CHF {CHF_OUT:,} remained "
               f"unpaid by {len(SCHED)} Member States, compared with CHF {S_TOT[0]:,} twelve months "
               "earlier. Schedule 1 gives the position of each of them, including arrears carried over "
               "from previous years."))
    s.append(P("Eleven of those Member States were in arrears in an amount equal to or greater than their "
               "contributions for the two preceding years and fell within the scope of Article 4 of the "
               "Constitution." + sup("3") + " Several of them have nevertheless resumed regular payments.",
               fns=["3"]))
    s.append(P("The Administration continued to urge the remaining debtors to settle their accounts or "
               "to conclude payment plans. Plans agreed with Bolivia (Plurinational State of) and "
               "Paraguay were honoured throughout 2011; a plan proposed to the Dominican Republic was "
               "still under discussion at the time of writing."))

    s.append(H2("Voluntary contributions", "III.b"))
    s.append(P(f"Voluntary contributions receivable amounted to USD {mus(assets11[3])} million, most of "
               "them representing amounts pledged under signed agreements for which instalments were "
               "not yet due. The five largest sources of voluntary funding in 2011 were:"))
    for d in ("the United States of America;", "the European Commission;",
              "the United Nations and its specialized agencies and funds;",
              "Japan; and", "Australia."):
        s.append(B(d))

    s.append(H1("IV", "RESERVES AND FUND BALANCES", "IV"))
    s.append(P(f"Reserves and fund balances stood at USD {mus(RES11)} million on 31 December 2011. "
               f"Of that amount, USD {mus(OPFB_11)} million is earmarked for specific projects and may "
               "only be used for the purposes agreed with the donors concerned."))
    s.append(P(f"The fund balance of the Administrative Part of the Budget increased to USD "
               f"{ADM['closing']:,}, as a result of the underexpenditure described in paragraph {underspend_para}. "
               "Liabilities for staff benefits, chiefly repatriation grants and accrued annual leave, "
               f"were fully provided for at USD {mus(SB11)} million."))

    s.append(P(f"Cash, deposits and investments together reached USD {mus(assets11[0] + assets11[1])} "
               "million. Funds were placed only with banks carrying a long-term rating of A or better, "
               "and no single institution held more than one fifth of the total. Interest earned "
               "declined further as short-term rates in the major currencies stayed close to zero."))
    s.append(H1("V", "AUDIT AND OVERSIGHT", "V"))
    s.append(P("The accounts were examined by the External Auditor, whose mandate was renewed by "
               "the Council through Resolution No. 1179 of 27 November 2008. The External Auditor has "
               "issued an unqualified opinion on the statements for 2011."))
    s.append(P("The Office of the Inspector General carried out 46 internal audits of field offices "
               "and projects during the year and followed up on the recommendations of earlier "
               "missions." + sup("4"), fns=["4"]))
    s.append(P("The Audit and Oversight Advisory Committee reviewed the draft statements in March 2012 "
               "and discussed with the Administration the preparations for the first IPSAS-compliant "
               "accounts, in particular the valuation of property, plant and equipment and of "
               "after-service health insurance obligations."))
    s.append(P("The Executive Committee is invited:"))
    s.append(I("(a)", "to take note of this report and of the report of the External Auditor; and"))
    s.append(I("(b)", "to recommend to the Council that it approve the financial statements for the "
                      "year ended 31 December 2011."))

    # ---------------------------------------------------- statements
    s.append(PageBreak())
    s.append(FNPara("Statement I", stlabel, key="ST1"))
    s.append(Paragraph("STATEMENT OF ASSETS, LIABILITIES, RESERVES AND FUND BALANCES", sttitle))
    s.append(Paragraph("AS AT 31 DECEMBER 2011", sttitle))
    s.append(Paragraph("(in US dollars)", stcur))
    rows = [["", "2011", "2010"],
            ["ASSETS", "", ""],
            ["Cash and short-term deposits", fmt(assets11[0]), fmt(assets10[0])],
            ["Investments", fmt(assets11[1]), fmt(assets10[1])],
            ["Assessed contributions receivable", fmt(assets11[2]), fmt(assets10[2])],
            ["Voluntary contributions receivable", fmt(assets11[3]), fmt(assets10[3])],
            ["Other receivables and prepayments", fmt(assets11[4]), fmt(assets10[4])],
            ["Total assets", fmt(TA11), fmt(TA10)],
            ["LIABILITIES", "", ""],
            ["Contributions received in advance", fmt(DEF11), fmt(DEF10)],
            ["Accounts payable and accrued liabilities", fmt(AP11), fmt(AP10)],
            ["Staff benefit liabilities", fmt(SB11), fmt(SB10)],
            ["Total liabilities", fmt(TL11), fmt(TL10)],
            ["RESERVES AND FUND BALANCES", "", ""],
            ["Administrative Part of the Budget", fmt(ADM["closing"]), fmt(ADM["opening"])],
            ["Operational Part of the Budget", fmt(OPFB_11), fmt(OPFB_10)],
            ["Operational Support Income reserve", fmt(OSI_11), fmt(OSI_10)],
            ["Total reserves and fund balances", fmt(RES11), fmt(RES10)],
            ["Total liabilities, reserves and fund balances", fmt(TA11), fmt(TA10)]]
    bold_rows = [0, 1, 7, 8, 12, 13, 17, 18]
    s.append(fin_table(rows, [95 * mm, 32 * mm, 32 * mm], bold_rows, total_rows=[7, 12, 17, 18]))
    s.append(Spacer(1, 14))

    s.append(FNPara("Statement II", stlabel, key="ST2"))
    s.append(Paragraph("STATEMENT OF INCOME AND EXPENDITURE AND CHANGES IN FUND BALANCES", sttitle))
    s.append(Paragraph("FOR THE YEAR ENDED 31 DECEMBER 2011", sttitle))
    s.append(Paragraph("(in US dollars)", stcur))

    def r(label, k, y10=True):
        return [label, fmt(ADM[k]), fmt(OPE[k]), fmt(TOT[k]), fmt(Y10[k]) if y10 else ""]
    rows2 = [["", "Administrative\nPart", "Operational\nPart", "Total\n2011", "Total\n2010"],
             ["INCOME", "", "", "", ""],
             r("Assessed contributions", "assessed"),
             r("Voluntary contributions", "voluntary"),
             r("Interest and other income", "other"),
             r("Total income", "income"),
             ["EXPENDITURE", "", "", "", ""],
             r("Staff and office costs", "staff"),
             r("Direct programme costs", "direct"),
             r("Total expenditure", "exp"),
             r("Excess of income over expenditure", "excess"),
             r("Fund balances, 1 January", "opening"),
             r("Fund balances, 31 December", "closing")]
    s.append(fin_table(rows2, [58 * mm, 25 * mm, 27 * mm, 27 * mm, 27 * mm], [0, 1, 5, 6, 9, 12],
                       total_rows=[5, 9, 12]))

    # ---------------------------------------------------- schedule
    s.append(PageBreak())
    s.append(FNPara("Schedule 1", stlabel, key="SC1"))
    s.append(Paragraph("ASSESSED CONTRIBUTIONS OUTSTANDING BY MEMBER STATE", sttitle))
    s.append(Paragraph("AS AT 31 DECEMBER 2011", sttitle))
    s.append(Paragraph("(in Swiss francs)", stcur))
    rows3 = [["Member State", "Outstanding at\n1 January 2011", "Assessed\nfor 2011", "Received\nin 2011",
              "Outstanding at\n31 December 2011"]]
    for n, a, b, c, d in sched_rows:
        rows3.append([n, fmt(a), fmt(b), fmt(c), fmt(d)])
    rows3.append(["Total"] + [fmt(x) for x in S_TOT])
    s.append(fin_table(rows3, [60 * mm, 26 * mm, 24 * mm, 24 * mm, 28 * mm], [0, len(rows3) - 1],
                       total_rows=[len(rows3) - 1]))
    return s


def fin_table(rows, widths, bold_rows, total_rows=()):
    t = Table(rows, colWidths=widths, repeatRows=1)
    st = [("FONT", (0, 0), (-1, -1), FONT, 8.5),
          ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
          ("ALIGN", (1, 0), (-1, 0), "CENTER"),
          ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
          ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
          ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
          ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
          ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
          ("LINEBEFORE", (1, 0), (-1, -1), 0.4, colors.black),
          ("TOPPADDING", (0, 0), (-1, -1), 2.2),
          ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2)]
    for i in bold_rows:
        st.append(("FONT", (0, i), (-1, i), BOLD, 8.5))
    for i in total_rows:
        st.append(("LINEABOVE", (1, i), (-1, i), 0.4, colors.black))
    t.setStyle(TableStyle(st))
    return t


# ---------------------------------------------------------------- page decoration
CONTENTS = [
    ("I.", "INTRODUCTION", "I", 0),
    ("II.", "FINANCIAL OVERVIEW", "II", 0),
    (None, "Administrative Part of the Budget", "II.a", 1),
    (None, "Operational Part of the Budget", "II.b", 1),
    ("III.", "CONTRIBUTIONS AND RECEIVABLES", "III", 0),
    (None, "Assessed contributions outstanding", "III.a", 1),
    (None, "Voluntary contributions", "III.b", 1),
    ("IV.", "RESERVES AND FUND BALANCES", "IV", 0),
    ("V.", "AUDIT AND OVERSIGHT", "V", 0),
    (None, "FINANCIAL STATEMENTS", None, 0),
    (None, "Statement I – Assets, liabilities, reserves and fund balances as at 31 December 2011",
     "ST1", 1),
    (None, "Statement II – Income and expenditure and changes in fund balances for the year ended "
           "31 December 2011", "ST2", 1),
    (None, "SCHEDULES", None, 0),
    (None, "Schedule 1 – Assessed contributions outstanding by Member State as at 31 December 2011",
     "SC1", 1),
]


def page_label(phys):
    return str(phys - 1)


def draw_cover(c, doc):
    c.saveState()
    x_r = W - RM
    c.setFont(BOLD, 11)
    c.drawRightString(x_r, H - 22 * mm, SYMBOL)
    c.setFont(FONT, 11)
    c.drawRightString(x_r, H - 28 * mm, "Original: ENGLISH")
    c.drawRightString(x_r, H - 33 * mm, "24 April 2012")
    c.setFont(BOLD, 11)
    c.drawCentredString(W / 2, H - 46 * mm, "101ST SESSION")
    c.setLineWidth(0.8)
    c.line(LM, H - 52 * mm, W - RM, H - 52 * mm)
    c.setFont(BOLD, 13)
    c.drawCentredString(W / 2, H - 66 * mm, "FINANCIAL REPORT")
    c.drawCentredString(W / 2, H - 72 * mm, "FOR THE YEAR ENDED 31 DECEMBER 2011")

    # contents
    y = H - 88 * mm
    c.setFont(BOLD, 11)
    c.drawCentredString(W / 2, y, "CONTENTS")
    y -= 8 * mm
    c.setFont(FONT, 10)
    c.drawRightString(x_r, y, "Page")
    y -= 7 * mm
    size = 10
    pg_col = 10 * mm
    for num, text, key, level in CONTENTS:
        font = FONT
        indent = 0 if level == 0 else 14 * mm
        if level == 0 and num is None:
            y -= 2 * mm
        lab_w = 12 * mm if num else 0
        x0 = LM + indent
        avail = TW - indent - lab_w - pg_col - 6 * mm
        # wrap
        words = text.split()
        lines, cur = [], ""
        for w_ in words:
            t = (cur + " " + w_).strip()
            if stringWidth(t, font, size) <= avail:
                cur = t
            else:
                lines.append(cur)
                cur = w_
        lines.append(cur)
        c.setFont(font, size)
        if num:
            c.drawString(x0, y, num)
        for i, ln in enumerate(lines):
            xt = x0 + lab_w + (0 if i == 0 else 0)
            c.drawString(xt, y, ln)
            if i == len(lines) - 1 and key is not None:
                end = xt + stringWidth(ln, font, size) + 2
                dot_w = stringWidth(".", font, size)
                stop = x_r - pg_col
                n = int((stop - end) / dot_w)
                c.drawString(end, y, "." * max(n, 0))
                phys = toc_pages.get(key)
                c.drawRightString(x_r, y, page_label(phys) if phys else "?")
            y -= 5.6 * mm
        y -= 1.4 * mm

    # cover note
    yn = 42 * mm
    c.setFont(FONT, 10)
    c.drawString(LM, yn + 6 * mm, "_" * 20)
    c.drawString(LM, yn, "This report is presented to the Executive Committee for consideration at its "
                         "Hundred and tenth")
    c.drawString(LM, yn - 4.6 * mm, "Session, to be held in June 2012.")
    # trilingual footer
    c.setFont(BOLD, 11)
    c.drawString(LM, 20 * mm, "COUNCIL")
    c.drawCentredString(W / 2, 20 * mm, "CONSEIL")
    c.drawRightString(x_r, 20 * mm, "CONSEJO")
    c.restoreState()


def draw_header(c, doc):
    c.saveState()
    c.setFont(FONT, 11)
    c.drawRightString(W - RM, H - 15 * mm, SYMBOL)
    c.drawRightString(W - RM, H - 20 * mm, "Page " + page_label(doc.page))
    c.restoreState()


def draw_footnotes(c, doc):
    marks = page_footnotes.get(doc.page, [])
    if not marks:
        return
    paras = [Paragraph(f"<super><font size=6.5>{m}</font></super>&nbsp;{FOOTNOTES[m]}", fnstyle)
             for m in marks]
    heights = [p.wrap(TW, 100 * mm)[1] for p in paras]
    total = sum(heights) + 2 * (len(paras) - 1)
    y = 16 * mm + total
    c.saveState()
    c.setLineWidth(0.5)
    c.line(LM, y + 4, LM + 50 * mm, y + 4)
    c.restoreState()
    for p, h_ in zip(paras, heights):
        y -= h_
        p.drawOn(c, LM, y)
        y -= 2


class Doc(BaseDocTemplate):
    def afterFlowable(self, fl):
        key = getattr(fl, "_key", None)
        if key:
            heading_pages.setdefault(key, self.page)
        for m in getattr(fl, "_fns", []):
            page_footnotes.setdefault(self.page, [])
            if m not in page_footnotes[self.page]:
                page_footnotes[self.page].append(m)


def build():
    doc = Doc(OUT, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=30 * mm, bottomMargin=42 * mm,
              title="MC/2343 Financial Report for the year ended 31 December 2011",
              author="International Organization for Migration")
    cover_frame = Frame(LM, 30 * mm, TW, H - 60 * mm, id="cover")
    body_frame = Frame(LM, 44 * mm, TW, H - 44 * mm - 27 * mm, id="body",
                       leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([
        PageTemplate("cover", [cover_frame], onPage=draw_cover),
        PageTemplate("body", [body_frame], onPage=draw_header, onPageEnd=draw_footnotes),
    ])
    doc.build(build_story())


if __name__ == "__main__":
    build()                      # pass 1: collect heading pages
    toc_pages.update(heading_pages)
    heading_pages.clear()
    page_footnotes.clear()
    build()                      # pass 2: contents filled in
    assert heading_pages == toc_pages, (heading_pages, toc_pages)
    assert sorted(m for v in page_footnotes.values() for m in v) == ["1", "2", "3", "4"], page_footnotes
    print("pages:", {k: page_label(v) for k, v in heading_pages.items()})
    print("footnotes:", {page_label(k): v for k, v in page_footnotes.items()})
    print("CHF outstanding", CHF_OUT, "USD", ASSESS_RECV_2011)
