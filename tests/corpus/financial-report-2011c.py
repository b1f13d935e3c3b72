#!/usr/bin/env python3
"""Draws financial-report-2011c.pdf: IOM Financial Report for the year ended
31 December 2010 (MC/2316), laid out with fpdf2."""
import os
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "financial-report-2011c.pdf")
SYMBOL = "MC/2316"
FONTDIR = "/usr/share/fonts/truetype/dejavu/"

LM, RM, TM, BM = 25.0, 25.0, 20.0, 18.0
PW, PH = 210.0, 297.0
TW = PW - LM - RM
BODY_PT, LINE_H = 10.5, 5.3
FN_PT, FN_LH = 8.0, 3.7
TAB = 10.0


def fmt(n):
    if n == 0:
        return "\u2013"
    s = f"{abs(n):,}"
    return f"({s})" if n < 0 else s


# ---------------------------------------------------------------- figures
# Statement II (thousands of USD): label, 2010, 2009
INCOME = [
    ("Assessed contributions from Member States", 40412, 38106),
    ("Voluntary contributions received for projects and programmes", 1300103, 975990),
    ("Contributions in kind (donated goods, premises and services)", 14233, 11862),
    ("Interest and return on investments", 3118, 4907),
    ("Net gains on currency exchange", 2460, 0),
    ("Sundry income", 1947, 2215),
]
EXPEND = [
    ("Salaries, allowances and other staff entitlements", 402655, 318204),
    ("Official travel and subsistence", 58914, 44107),
    ("Direct assistance to migrants: transport, medical screening and reception costs", 412380, 301655),
    ("Implementing partners and contractual services", 291447, 214390),
    ("Premises, equipment and supplies", 96203, 71528),
    ("Other operating costs", 85241, 66338),
    ("Net losses on currency exchange", 0, 1384),
]
TOT_INC = (sum(r[1] for r in INCOME), sum(r[2] for r in INCOME))
TOT_EXP = (sum(r[1] for r in EXPEND), sum(r[2] for r in EXPEND))
EXCESS = (TOT_INC[0] - TOT_EXP[0], TOT_INC[1] - TOT_EXP[1])

# Schedule 1 (Swiss francs): Member State, 2008 and prior, 2009, 2010
ARREARS = [
    ("Argentina", 0, 0, 1184620),
    ("Bolivia (Plurinational State of)", 38410, 21955, 22117),
    ("Central African Republic", 52318, 9870, 9940),
    ("Democratic Republic of the Congo", 141207, 38842, 39115),
    ("Dominican Republic", 92630, 44671, 44986),
    ("Guinea-Bissau", 46093, 9870, 9940),
    ("Liberia", 28806, 9870, 9940),
    ("Nicaragua", 61540, 9870, 9940),
    ("Peru", 0, 312406, 389525),
    ("Sierra Leone", 33112, 9870, 9940),
    ("Ukraine", 0, 0, 246338),
    ("Venezuela (Bolivarian Republic of)", 1018275, 622318, 626684),
    ("Yemen", 0, 12455, 19880),
    ("Other Member States with amounts below CHF 10,000 each (14)", 0, 22420, 72553),
]
ARR_TOT = [sum(r[i] for r in ARREARS) for i in (1, 2, 3)]
ARR_ALL = sum(ARR_TOT)
USD_RATE = 0.9353  # CHF per USD at 31.12.2010
RECV_MS_2010 = round(ARR_ALL / USD_RATE / 1000)

# Statement I (thousands of USD): label, note, 2010, 2009 ; kinds: G group, S sub-group,
# R row, T subtotal, TT grand total
def build_position():
    cur = [
        ("Cash and cash equivalents", "3", 512640, 421305),
        ("Short-term deposits", "4", 98200, 76450),
        ("Assessed contributions receivable from Member States (Administrative Part)", "5", RECV_MS_2010, 5331),
        ("Amounts receivable from donors under signed project agreements", "5", 88917, 64320),
        ("Staff advances and other receivables", "", 9842, 8117),
        ("Prepaid expenses", "", 2306, 1988),
    ]
    noncur = [
        ("Investments held to maturity", "4", 45000, 40000),
        ("Loans receivable from resettled refugees", "6", 31876, 29410),
    ]
    curl = [
        ("Accounts payable and accrued charges", "", 61420, 48233),
        ("Contributions received in advance for future project activities", "7", 462815, 378902),
        ("Balances refundable to donors", "", 12307, 9866),
    ]
    noncurl = [
        ("Provision for end-of-service, repatriation and after-service health entitlements of staff", "8", 58904, 53117),
    ]
    s = lambda rows, i: sum(r[i] for r in rows)
    ta = (s(cur, 2) + s(noncur, 2), s(cur, 3) + s(noncur, 3))
    tl = (s(curl, 2) + s(noncurl, 2), s(curl, 3) + s(noncurl, 3))
    fb_total = (ta[0] - tl[0], ta[1] - tl[1])
    fb_fixed = [
        ("Administrative Part of the Budget", "", 2871, 2490),
        ("Operational Support Income reserve", "9", 12650, 8150),
        ("Refugee Loan Fund", "6", 33418, 31204),
    ]
    op = (fb_total[0] - s(fb_fixed, 2), fb_total[1] - s(fb_fixed, 3))
    fb = [fb_fixed[0], ("Operational Part of the Budget: project balances", "", op[0], op[1])] + fb_fixed[1:]
    rows = [("G", "ASSETS", "", None, None), ("S", "Current assets", "", None, None)]
    rows += [("R",) + r for r in cur]
    rows += [("T", "Total current assets", "", s(cur, 2), s(cur, 3)),
             ("S", "Non-current assets", "", None, None)]
    rows += [("R",) + r for r in noncur]
    rows += [("T", "Total non-current assets", "", s(noncur, 2), s(noncur, 3)),
             ("TT", "TOTAL ASSETS", "", ta[0], ta[1]),
             ("G", "LIABILITIES", "", None, None),
             ("S", "Current liabilities", "", None, None)]
    rows += [("R",) + r for r in curl]
    rows += [("T", "Total current liabilities", "", s(curl, 2), s(curl, 3)),
             ("S", "Non-current liabilities", "", None, None)]
    rows += [("R",) + r for r in noncurl]
    rows += [("T", "Total non-current liabilities", "", s(noncurl, 2), s(noncurl, 3)),
             ("TT", "TOTAL LIABILITIES", "", tl[0], tl[1]),
             ("G", "FUND BALANCES", "", None, None)]
    rows += [("R",) + r for r in fb]
    rows += [("T", "Total fund balances", "", fb_total[0], fb_total[1]),
             ("TT", "TOTAL LIABILITIES AND FUND BALANCES", "", tl[0] + fb_total[0], tl[1] + fb_total[1])]
    assert tl[0] + fb_total[0] == ta[0]
    return rows, fb_total


POSITION, FB_TOTAL = build_position()
FB_OPEN_2009 = 139811
TRANSFERS = (FB_TOTAL[0] - FB_TOTAL[1] - EXCESS[0], FB_TOTAL[1] - FB_OPEN_2009 - EXCESS[1])

ADMIN_BUDGET = 39388000
ADMIN_ASSESSED = 39512406
ADMIN_INTEREST = 186500
ADMIN_EXP = 39201877
ADMIN_SURPLUS = ADMIN_ASSESSED + ADMIN_INTEREST - ADMIN_EXP
ADMIN_EXP_USD = 37588  # thousands, at the average rate for 2010
OPS_EXP_USD = TOT_EXP[0] - ADMIN_EXP_USD


def mio(k):  # thousands of USD -> "1,346.8"
    return f"{k / 1000:,.1f}"


# ---------------------------------------------------------------- body text
# paragraph = ("para", n, runs, items) ; runs: list of str or ("fn", k)
# heading = ("h1", label, text) / ("h2", label, text)
FOOTNOTES = {
    1: "Admitted at the Ninety-ninth Session of the Council; the admissions are recorded in "
       "the report on that session (MC/2309).",
    2: f"Expenditure on the Pakistan flood response amounted to USD 87.4 million, of which "
       f"USD 31.2 million was incurred in December 2010 alone.",
    3: "Programme and Budget for 2010 (MC/2278), as revised in document MC/2300, "
       "which took into account the scale of assessment adopted for 2010.",
    4: "The reserve was established under Resolution No. 1129 of 2 December 2005 and may be "
       "drawn upon only to cover essential structure costs when operational support income "
       "falls short of the budgeted level.",
    5: "Payments received between 1 January and 30 April 2011 against these arrears totalled "
       "CHF 1,204,550; they will be reflected in the status report to be submitted to the "
       "Standing Committee in the autumn.",
}

PCT = (TOT_EXP[0] / TOT_EXP[1] - 1) * 100
ARR_PRIOR = ARR_TOT[0]

BODY = [
    ("h1", None, "INTRODUCTION"),
    ("para", 1, [
        "The Director General has the honour to submit the financial report of the Organization "
        "for the year ended 31 December 2010, in accordance with Article 16 of the Financial "
        "Regulations. The report reviews the results of the Administrative and Operational Parts "
        "of the Budget and is followed by the financial statements in Section V."], None),
    ("para", 2, [
        "The statements have been examined by the External Auditor, whose opinion and "
        "observations are issued separately in document MC/2317. The notes to which Statement I "
        "refers form an integral part of the audited accounts and are reproduced in full in that "
        "document."], None),
    ("para", 3, [
        "During the year under review, five States joined the Organization,", ("fn", 1),
        " bringing the membership to 132 at the close of 2010. The assessed contributions of the "
        "new Members for 2010 were calculated on a pro rata basis from the date of admission."], None),
    ("h1", "I", "OVERVIEW OF THE YEAR"),
    ("para", 4, [
        f"Combined expenditure under both parts of the budget reached USD {mio(TOT_EXP[0])} "
        f"million, against USD {mio(TOT_EXP[1])} million in 2009, a rise of {PCT:.1f} per cent. "
        "Three developments account for most of that growth:"],
     [("(a)", ["the large-scale response to the January 2010 earthquake in Haiti, including camp "
               "coordination and transitional shelter programmes;"]),
      ("(b)", ["emergency relief and early recovery activities following the monsoon floods in "
               "Pakistan from July 2010;", ("fn", 2)]),
      ("(c)", ["the continued growth of resettlement processing and migration health assessment "
               "programmes in Asia and the Middle East."])]),
    ("para", 5, [
        f"Total income for the year amounted to USD {mio(TOT_INC[0])} million (Statement II). The "
        f"excess of income over expenditure, USD {mio(EXCESS[0])} million, was credited to the fund "
        f"balances, which stood at USD {mio(FB_TOTAL[0])} million on 31 December 2010."], None),
    ("h1", "II", "ADMINISTRATIVE PART OF THE BUDGET"),
    ("h2", "A", "Assessed contributions and interest"),
    ("para", 6, [
        f"The Council approved an administrative budget of CHF {ADMIN_BUDGET:,} for 2010.", ("fn", 3),
        f" Assessed contributions, including those of the new Member States, totalled "
        f"CHF {ADMIN_ASSESSED:,}, and interest earned on the funds of the Administrative Part "
        f"came to CHF {ADMIN_INTEREST:,}."], None),
    ("para", 7, [
        "By the end of the year, 104 Member States had paid their 2010 contributions in full, "
        "compared with 97 a year earlier. Prompt payment remains essential, since the "
        "Administrative Part has no working capital of its own to bridge late receipts."], None),
    ("h2", "B", "Expenditure and carry-forward"),
    ("para", 8, [
        f"Administrative expenditure amounted to CHF {ADMIN_EXP:,}. The resulting surplus of "
        f"CHF {ADMIN_SURPLUS:,} will be carried forward and applied to the Administrative Part of "
        "the Budget for 2012, as provided in the Financial Regulations."], None),
    ("para", 9, [
        "Staff costs represented 81.4 per cent of administrative expenditure. Savings from "
        "vacancies at Headquarters offset the higher cost of post adjustment in the second half "
        "of the year, when the Swiss franc appreciated strongly against the US dollar."], None),
    ("h1", "III", "OPERATIONAL PART OF THE BUDGET"),
    ("para", 10, [
        f"Operational expenditure, financed from voluntary contributions by governments, "
        f"multilateral bodies and private donors, amounted to USD {mio(OPS_EXP_USD)} million. "
        "Movement, emergency and post-crisis activities accounted for just over half of that "
        "amount, followed by migration health and regulating migration programmes."], None),
    ("para", 11, [
        "Operational support income of USD 63.1 million covered the structure costs of field "
        "offices and the project management functions at Headquarters. As the amount exceeded "
        "the budgeted level, USD 4.5 million was transferred to the Operational Support Income "
        "reserve.", ("fn", 4)], None),
    ("para", 12, [
        "The Refugee Loan Fund disbursed USD 9.8 million in travel loans and recovered USD 7.3 "
        "million in repayments from refugees resettled in previous years."], None),
    ("h1", "IV", "ASSESSED CONTRIBUTIONS OUTSTANDING"),
    ("para", 13, [
        f"At 31 December 2010, assessed contributions outstanding totalled CHF {ARR_ALL:,} "
        f"(Schedule 1), compared with CHF 5,491,207 a year earlier. Of that amount, "
        f"CHF {ARR_PRIOR:,} related to 2008 and earlier years.", ("fn", 5)], None),
    ("para", 14, [
        "Eleven of the Member States listed in Schedule 1 were in arrears for two or more consecutive years and therefore fell "
        "under the provisions of Article 4 of the Constitution. Three of them were honouring "
        "payment plans agreed in accordance with Resolution No. 1077 of 4 December 2002. The "
        "Director General again urges all Member States concerned to settle their arrears or "
        "to agree on a plan for doing so."], None),
    ("h1", "V", "FINANCIAL STATEMENTS"),
    ("para", 15, [
        "Three statements follow: the statement of financial position (Statement I), the "
        "statement of income and expenditure (Statement II) and the schedule of assessed "
        "contributions outstanding by Member State (Schedule 1). Amounts in Statements I and II "
        "are expressed in thousands of US dollars and those in Schedule 1 in Swiss francs; a dash "
        "denotes a nil amount."], None),
]

TABLE_TITLES = [
    ("STATEMENT I", "Statement I \u2013 Statement of financial position as at 31 December 2010",
     "STATEMENT OF FINANCIAL POSITION AS AT 31 DECEMBER 2010", "(in thousands of US dollars)"),
    ("STATEMENT II", "Statement II \u2013 Statement of income and expenditure for the year ended 31 December 2010",
     "STATEMENT OF INCOME AND EXPENDITURE FOR THE YEAR ENDED 31 DECEMBER 2010", "(in thousands of US dollars)"),
    ("SCHEDULE 1", "Schedule 1 \u2013 Assessed contributions outstanding as at 31 December 2010",
     "ASSESSED CONTRIBUTIONS OUTSTANDING BY MEMBER STATE AS AT 31 DECEMBER 2010", "(in Swiss francs)"),
]


# ---------------------------------------------------------------- PDF class
class Doc(FPDF):
    def __init__(self):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.add_font("DV", "", FONTDIR + "DejaVuSansCondensed.ttf")
        self.add_font("DV", "B", FONTDIR + "DejaVuSansCondensed-Bold.ttf")
        self.add_font("DV", "I", FONTDIR + "DejaVuSansCondensed-Oblique.ttf")
        self.add_font("DV", "BI", FONTDIR + "DejaVuSansCondensed-BoldOblique.ttf")
        self.set_margins(LM, TM, RM)
        self.set_auto_page_break(False)
        self.page_fns = {}  # page -> list of footnote numbers
        self.fn_reserved = 0.0

    def label(self, page=None):
        p = page or self.page_no()
        if p == 1:
            return None
        if p == 2:
            return "i"
        return str(p - 2)

    def header(self):
        lab = self.label()
        if lab is None:
            return
        self.set_font("DV", "", 10)
        self.set_xy(LM, 10)
        self.cell(TW, 4.5, SYMBOL, align="R")
        self.set_xy(LM, 14.5)
        self.cell(TW, 4.5, f"Page {lab}", align="R")
        self.set_y(TM + 8)

    def footer(self):
        if self.page_no() == 1:
            self.set_font("DV", "B", 11)
            y = PH - 16
            for x, w in ((LM, TW / 3), (LM + TW / 3, TW / 3), (LM + 2 * TW / 3, TW / 3)):
                pass
            self.set_xy(LM, y)
            self.cell(TW / 3, 5, "COUNCIL", align="C")
            self.cell(TW / 3, 5, "CONSEIL", align="C")
            self.cell(TW / 3, 5, "CONSEJO", align="C")
            return
        fns = self.page_fns.get(self.page_no(), [])
        if not fns:
            return
        h = sum(fn_height(self, k) for k in fns) + 4
        y = PH - BM - h
        self.set_draw_color(0)
        self.set_line_width(0.2)
        self.line(LM, y + 1.5, LM + 50, y + 1.5)
        y += 4
        for k in fns:
            lines = wrap_plain(self, FOOTNOTES[k], TW - 6, FN_PT)
            self.set_font("DV", "", 6)
            self.text(LM, y + 2.2, str(k))
            self.set_font("DV", "", FN_PT)
            for ln in lines:
                self.text(LM + 6, y + 3.0, ln)
                y += FN_LH
            y += 0.6


def wrap_plain(pdf, text, width, size, style=""):
    pdf.set_font("DV", style, size)
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w) if cur else w
        if pdf.get_string_width(t) <= width:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def fn_height(pdf, k):
    return len(wrap_plain(pdf, FOOTNOTES[k], TW - 6, FN_PT)) * FN_LH + 0.6


def limit(pdf):
    fns = pdf.page_fns.get(pdf.page_no(), [])
    h = sum(fn_height(pdf, k) for k in fns) + (4 if fns else 0)
    return PH - BM - h - 2


def tokens(runs):
    """runs -> list of words; each word is list of (text, is_sup, fnnum)."""
    words = []
    for r in runs:
        if isinstance(r, tuple):
            words[-1].append((str(r[1]), True, r[1]))
            continue
        lead_space = r[:1] == " "
        parts = r.split(" ")
        first = True
        for p in parts:
            if p == "":
                first = False
                continue
            if first and not lead_space and words and r[:1] != " ":
                # continues the previous word (no space)
                words[-1].append((p, False, None))
            else:
                words.append([(p, False, None)])
            first = False
    return words


def word_w(pdf, word):
    w = 0
    for t, sup, _ in word:
        pdf.set_font("DV", "", 6.5 if sup else BODY_PT)
        w += pdf.get_string_width(t)
    return w


def layout_lines(pdf, words, first_w, other_w):
    pdf.set_font("DV", "", BODY_PT)
    sp = pdf.get_string_width(" ")
    lines, cur, cw = [], [], 0
    width = first_w
    for wd in words:
        ww = word_w(pdf, wd)
        need = ww if not cur else cw + sp + ww
        if cur and need > width:
            lines.append(cur)
            cur, cw = [wd], ww
            width = other_w
        else:
            cur.append(wd)
            cw = need
    if cur:
        lines.append(cur)
    return lines


def draw_line(pdf, x, y, line):
    pdf.set_font("DV", "", BODY_PT)
    sp = pdf.get_string_width(" ")
    base = y + 4.0
    for wd in line:
        for t, sup, _ in wd:
            if sup:
                pdf.set_font("DV", "", 6.5)
                pdf.text(x, base - 1.3, t)
            else:
                pdf.set_font("DV", "", BODY_PT)
                pdf.text(x, base, t)
            x += pdf.get_string_width(t)
        pdf.set_font("DV", "", BODY_PT)
        x += sp


def flow(pdf, lines, x_first, x_other):
    """Place lines, moving to a new page when needed; register footnotes."""
    for i, line in enumerate(lines):
        fns = [f for wd in line for (_, s, f) in wd if f]
        extra = 0
        for k in fns:
            extra += fn_height(pdf, k) + (4 if not pdf.page_fns.get(pdf.page_no()) else 0)
        if pdf.get_y() + LINE_H + extra > limit(pdf):
            pdf.add_page()
        for k in fns:
            pdf.page_fns.setdefault(pdf.page_no(), []).append(k)
        y = pdf.get_y()
        draw_line(pdf, x_first if i == 0 else x_other, y, line)
        pdf.set_y(y + LINE_H)


def para(pdf, n, runs, items):
    words = tokens(runs)
    lines = layout_lines(pdf, words, TW - TAB, TW)
    if pdf.get_y() + LINE_H * 2 > limit(pdf):
        pdf.add_page()
    y = pdf.get_y()
    pdf.set_font("DV", "", BODY_PT)
    pdf.text(LM, y + 4.0, f"{n}.")
    flow(pdf, lines, LM + TAB, LM)
    pdf.set_y(pdf.get_y() + 3.0)
    for lab, iruns in items or []:
        ilines = layout_lines(pdf, tokens(iruns), TW - 2 * TAB, TW - 2 * TAB)
        if pdf.get_y() + LINE_H > limit(pdf):
            pdf.add_page()
        y = pdf.get_y()
        pdf.set_font("DV", "", BODY_PT)
        pdf.text(LM + TAB, y + 4.0, lab)
        flow(pdf, ilines, LM + 2 * TAB, LM + 2 * TAB)
        pdf.set_y(pdf.get_y() + 2.0)
    if items:
        pdf.set_y(pdf.get_y() + 1.0)


def heading(pdf, kind, label, text, where):
    if pdf.get_y() + 20 > limit(pdf):
        pdf.add_page()
    pdf.set_y(pdf.get_y() + (2.5 if kind == "h1" else 1.0))
    y = pdf.get_y()
    style = "B" if kind == "h1" else "BI"
    pdf.set_font("DV", style, BODY_PT)
    if label:
        pdf.text(LM, y + 4.0, f"{label}.")
        pdf.text(LM + TAB, y + 4.0, text)
    else:
        pdf.text(LM, y + 4.0, text)
    where[(label, text)] = pdf.label()
    pdf.set_y(y + LINE_H + 3.5)


# ---------------------------------------------------------------- tables
def table_title(pdf, idx, where, est_h):
    short, toc, title, unit = TABLE_TITLES[idx]
    if pdf.get_y() + est_h > PH - BM - 4:
        pdf.add_page()
    pdf.set_y(pdf.get_y() + 4)
    where[short] = pdf.label()
    pdf.set_font("DV", "B", 10.5)
    pdf.cell(TW, 5.5, short, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(TW, 5.5, title, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "I", 9.5)
    pdf.cell(TW, 5.5, unit, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(pdf.get_y() + 1.5)


def table_position(pdf, where):
    table_title(pdf, 0, where, 8 + 17 + 38 * 4.9)
    pdf.set_auto_page_break(True, BM)
    pdf.set_font("DV", "", 9)
    bold = FontFace(emphasis="B")
    ital = FontFace(emphasis="I")
    with pdf.table(col_widths=(82, 14, 32, 32), width=TW, text_align=("LEFT", "CENTER", "RIGHT", "RIGHT"),
                   v_align="BOTTOM", line_height=3.9, padding=(0.5, 1.5, 0.5, 1.5),
                   headings_style=FontFace(emphasis="B"), borders_layout="ALL") as t:
        h = t.row()
        for c in ("", "Note", "31 December 2010", "31 December 2009"):
            h.cell(c, align="CENTER" if c else None)
        for kind, lab, note, a, b in POSITION:
            r = t.row()
            st = {"G": bold, "S": ital, "T": bold, "TT": bold}.get(kind)
            r.cell(lab, style=st)
            r.cell(note)
            r.cell("" if a is None else fmt(a), style=st)
            r.cell("" if b is None else fmt(b), style=st)
    pdf.set_auto_page_break(False)


def table_income(pdf, where):
    rows = [("G", "INCOME", None, None)]
    rows += [("R", l, a, b) for l, a, b in INCOME]
    rows += [("T", "Total income", TOT_INC[0], TOT_INC[1]), ("G", "EXPENDITURE", None, None)]
    rows += [("R", l, a, b) for l, a, b in EXPEND]
    rows += [("T", "Total expenditure", TOT_EXP[0], TOT_EXP[1]),
             ("TT", "Excess of income over expenditure", EXCESS[0], EXCESS[1]),
             ("R", "Fund balances as at 1 January", FB_TOTAL[1], FB_OPEN_2009),
             ("R", "Transfers, refunds to donors and other adjustments", TRANSFERS[0], TRANSFERS[1]),
             ("TT", "FUND BALANCES AS AT 31 DECEMBER", FB_TOTAL[0], FB_TOTAL[1])]
    table_title(pdf, 1, where, 8 + 17 + 24 * 4.9)
    pdf.set_auto_page_break(True, BM)
    pdf.set_font("DV", "", 9)
    bold = FontFace(emphasis="B")
    with pdf.table(col_widths=(96, 32, 32), width=TW, text_align=("LEFT", "RIGHT", "RIGHT"),
                   v_align="BOTTOM", line_height=3.9, padding=(0.5, 1.5, 0.5, 1.5),
                   headings_style=bold, borders_layout="ALL") as t:
        h = t.row()
        for c in ("", "2010", "2009"):
            h.cell(c, align="CENTER")
        for kind, lab, a, b in rows:
            r = t.row()
            st = bold if kind != "R" else None
            r.cell(lab, style=st)
            r.cell("" if a is None else fmt(a), style=st)
            r.cell("" if b is None else fmt(b), style=st)
    pdf.set_auto_page_break(False)


def table_schedule(pdf, where):
    table_title(pdf, 2, where, 110)
    pdf.set_auto_page_break(True, BM)
    pdf.set_font("DV", "", 9)
    bold = FontFace(emphasis="B")
    with pdf.table(col_widths=(60, 25, 25, 25, 25), width=TW,
                   text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
                   v_align="BOTTOM", line_height=3.9, padding=(0.5, 1.5, 0.5, 1.5),
                   headings_style=bold, borders_layout="ALL") as t:
        h = t.row()
        for c in ("Member State", "2008 and prior years", "2009", "2010", "Total outstanding"):
            h.cell(c, align="CENTER")
        for lab, a, b, c in ARREARS:
            r = t.row()
            r.cell(lab)
            for v in (a, b, c, a + b + c):
                r.cell(fmt(v))
        r = t.row()
        r.cell("Total", style=bold)
        for v in ARR_TOT + [ARR_ALL]:
            r.cell(fmt(v), style=bold)
    pdf.set_auto_page_break(False)


# ---------------------------------------------------------------- cover & contents
def cover(pdf):
    pdf.add_page()
    pdf.set_font("DV", "B", 12)
    pdf.set_xy(LM, 22)
    pdf.cell(TW, 6, SYMBOL, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 11)
    pdf.cell(TW, 6, "Original: English", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(TW, 6, "12 May 2011", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(pdf.get_y() + 14)
    pdf.set_font("DV", "B", 11)
    pdf.cell(TW, 6, "ONE HUNDREDTH SESSION", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(pdf.get_y() + 3)
    pdf.set_line_width(0.4)
    pdf.line(LM, pdf.get_y(), PW - RM, pdf.get_y())
    pdf.set_y(110)
    pdf.set_font("DV", "B", 13)
    pdf.cell(TW, 7, "FINANCIAL REPORT FOR THE YEAR ENDED", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(TW, 7, "31 DECEMBER 2010", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(238)
    pdf.set_font("DV", "", 10)
    pdf.cell(TW, 5, "__________", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(pdf.get_y() + 2)
    pdf.multi_cell(TW, 5, "This document is submitted to the Standing Committee on Programmes and "
                   "Finance at its Eighth Session in June 2011 and to the Council at its One "
                   "Hundredth Session.", align="L")


def contents(pdf, where):
    pdf.add_page()
    pdf.set_font("DV", "B", 11)
    pdf.cell(TW, 6, "CONTENTS", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 10)
    pdf.cell(TW, 6, "Page", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(pdf.get_y() + 2)
    entries = []
    for b in BODY:
        if b[0] in ("h1", "h2"):
            lab, txt = b[1], b[2]
            title = f"{lab}.  {txt}" if lab else txt
            entries.append((b[0], title, where.get((lab, txt), "?")))
    for short, toc, _, _ in TABLE_TITLES:
        entries.append(("h2", toc, where.get(short, "?")))

    def entry(indent, title, page, bold):
        pdf.set_font("DV", "B" if bold else "", 10)
        x0 = LM + indent
        avail = TW - indent - 14
        lines = wrap_plain(pdf, title, avail - 10, 10, "B" if bold else "")
        y = pdf.get_y()
        for ln in lines[:-1]:
            pdf.text(x0, y + 4, ln)
            y += 5
        last = lines[-1]
        pdf.text(x0, y + 4, last)
        pdf.set_font("DV", "", 10)
        lw = pdf.get_string_width(last) if not bold else None
        pdf.set_font("DV", "B" if bold else "", 10)
        lw = pdf.get_string_width(last)
        pdf.set_font("DV", "", 10)
        dx = pdf.get_string_width(".")
        start = x0 + lw + 2
        end = LM + TW - 10
        n = int((end - start) / dx)
        pdf.text(start, y + 4, "." * max(n, 3))
        pdf.set_xy(LM + TW - 10, y)
        pdf.cell(10, 5, page, align="R")
        pdf.set_y(y + 5 + 2.2)

    for kind, title, page in entries:
        if kind == "h1":
            entry(0, title, page, False)
        else:
            entry(TAB, title, page, False)


def build(where_in):
    pdf = Doc()
    pdf.set_title("Financial report for the year ended 31 December 2010")
    pdf.set_author("International Organization for Migration")
    where = {}
    cover(pdf)
    contents(pdf, where_in)
    pdf.add_page()
    pdf.set_font("DV", "B", 11)
    pdf.cell(TW, 6, "FINANCIAL REPORT FOR THE YEAR ENDED 31 DECEMBER 2010", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(pdf.get_y() + 4)
    for b in BODY:
        if b[0] == "para":
            para(pdf, b[1], b[2], b[3])
        else:
            heading(pdf, b[0], b[1], b[2], where)
    table_position(pdf, where)
    table_income(pdf, where)
    table_schedule(pdf, where)
    return pdf, where


if __name__ == "__main__":
    _, where = build({})
    pdf, where2 = build(where)
    assert where == where2, (where, where2)
    pdf.output(OUT)
    print("pages:", pdf.page_no(), where)
    print("income", TOT_INC, "exp", TOT_EXP, "excess", EXCESS, "fb", FB_TOTAL, "transfers", TRANSFERS)
    print("arrears", ARR_TOT, ARR_ALL, "recv usd", RECV_MS_2010, "admin surplus", ADMIN_SURPLUS)
