"""Draw financial-report-2008b.pdf: IOM financial report for 2007 (MC/2252), fpdf2."""
import os
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "financial-report-2008b.pdf")
FONTDIR = "/usr/share/fonts/truetype/dejavu/"

SYMBOL = "MC/2252"
LM, RM, TOP = 20, 20, 30
PAGE_W, PAGE_H = 210, 297
TEXT_W = PAGE_W - LM - RM
BOTTOM = 276          # lowest y the body or footnotes may reach
BODY_SIZE = 9.5
LH = 4.9              # body line height
FN_SIZE = 7.8
FN_LH = 3.9


def n(v):
    return f"{v:,}"


# ---------------------------------------------------------------- figures
SOFP = [  # label, note, 2007, 2006, style
    ("ASSETS", "", None, None, "group"),
    ("Cash and short-term deposits", "3", 512846120, 421337905, ""),
    ("Investments", "4", 48250000, 45100000, ""),
    ("Assessed contributions receivable", "5", 9384215, 10702448, ""),
    ("Accounts receivable from donors", "6", 64918307, 57214660, ""),
    ("Staff and other receivables", "", 6412583, 5830071, ""),
    ("Prepaid expenses", "", 3108775, 2946316, ""),
    ("Property and equipment", "2.4", 21560000, 22415000, ""),
    ("Total assets", "", 666480000, 565546400, "total"),
    ("LIABILITIES", "", None, None, "group"),
    ("Deferred income", "7", 441275498, 362880117, ""),
    ("Accounts payable and accrued liabilities", "", 38614902, 34209488, ""),
    ("Staff benefit liabilities", "8", 42793160, 39512774, ""),
    ("Loan from the Swiss Confederation", "9", 18420000, 19510000, ""),
    ("Total liabilities", "", 541103560, 456112379, "total"),
    ("RESERVES AND FUND BALANCES", "10", None, None, "group"),
    ("Administrative Part of the Budget", "", 1254330, 982615, ""),
    ("Operational Support Income reserve", "", 12680500, 10215800, ""),
    ("Other reserves and fund balances", "", 111441610, 98235606, ""),
    ("Total reserves and fund balances", "", 125376440, 109434021, "total"),
    ("TOTAL LIABILITIES, RESERVES AND FUND BALANCES", "", 666480000, 565546400, "grand"),
]

SIE = [
    ("INCOME", "", None, None, "group"),
    ("Assessed contributions", "5", 31625410, 29874052, ""),
    ("Voluntary contributions", "11", 734905318, 654217930, ""),
    ("Interest income", "3", 17452640, 13108215, ""),
    ("Other income", "", 4230118, 3895447, ""),
    ("Total income", "", 788213486, 701095644, "total"),
    ("EXPENDITURE", "", None, None, "group"),
    ("Staff salaries and benefits", "8", 236418552, 211036274, ""),
    ("Transportation of migrants", "", 162905417, 149712380, ""),
    ("Migrant assistance and medical services", "", 141388206, 126590447, ""),
    ("Implementing partners and contracted services", "", 156730911, 138204915, ""),
    ("Office and general costs", "", 74827981, 63745495, ""),
    ("Total expenditure", "", 772271067, 689289511, "total"),
    ("EXCESS OF INCOME OVER EXPENDITURE", "", 15942419, 11806133, "grand"),
]

APPX = [  # Member State, outstanding 1.1.2007, assessed 2007, received 2007
    ("Argentina", 5073552, 1364772, 650000),
    ("Bolivia", 436215, 23410, 0),
    ("Cape Verde", 61870, 5830, 0),
    ("Democratic Republic of the Congo", 254118, 11705, 0),
    ("Dominican Republic", 389742, 35108, 41000),
    ("El Salvador", 57306, 17552, 60000),
    ("Guinea-Bissau", 70215, 5830, 0),
    ("Kenya", 18930, 23410, 18930),
    ("Liberia", 212604, 5830, 0),
    ("Nicaragua", 301488, 5830, 15000),
    ("Paraguay", 146722, 29262, 60000),
    ("Peru", 2639508, 327766, 420000),
    ("Sierra Leone", 88341, 5830, 0),
    ("Uruguay", 325077, 111270, 180000),
    ("Other Member States (111)", 2981299, 35977087, 38958386),
]


def check_figures():
    def chk(rows):
        grp = []
        tot_a = tot_b = 0
        for lab, note, a, b, st in rows:
            if st == "group":
                continue
            if st == "":
                grp.append((a, b))
            elif st == "total":
                assert (a, b) == (sum(x for x, _ in grp), sum(y for _, y in grp)), lab
                tot_a, tot_b = tot_a, tot_b
                grp = []
    chk(SOFP)
    chk(SIE)
    ta, tb = 666480000, 565546400
    assert 541103560 + 125376440 == ta and 456112379 + 109434021 == tb
    assert 788213486 - 772271067 == 15942419 and 701095644 - 689289511 == 11806133
    assert 125376440 - 109434021 == 15942419
    ends = [o + a - r for _, o, a, r in APPX]
    assert all(e >= 0 for e in ends)
    assert sum(ends) == 10604163
    assert sum(o for _, o, _, _ in APPX) == 13056987
    assert sum(a for _, _, a, _ in APPX) == 37950492
    assert sum(r for _, _, _, r in APPX) == 40403316


check_figures()

# ---------------------------------------------------------------- text
FOOTNOTES = {
    1: "Document MC/2204, approved by the Council at its Ninety-second Session through Resolution "
       "No. 1141 of 29 November 2006; the revised figures were last reported in document SCPF/9.",
    2: "IOM is not part of the United Nations system but has applied these standards on a voluntary "
       "basis since 1998 so that its accounts remain comparable with those of its partner agencies.",
    3: "The United Nations operational rate applied at 31 December 2007 was CHF 1.13 to USD 1.00 "
       "(CHF 1.22 at 31 December 2006).",
}

# segments: plain strings, or ("fn", k)
INTRO = [
    (1, ["In accordance with Article 8 of the Financial Regulations, the Director General submits to "
         "the Executive Committee the financial statements of the International Organization for "
         "Migration (IOM) for the year ended 31 December 2007, together with the notes that form part "
         "of them and a schedule of assessed contributions outstanding. The opinion and report of the "
         "External Auditor on these statements are issued separately in document MC/2253."]),
    (2, ["The statements record all transactions under the Administrative and Operational Parts of "
         "the Budget as set out in the Programme and Budget for 2007,", ("fn", 1),
         " as adjusted in the course of the year to reflect the funding actually received for "
         "projects."]),
    (3, ["Combined income for the year reached USD 788.2 million, 12.4 per cent more than the "
         "USD 701.1 million recorded in 2006. Voluntary contributions for projects again accounted for "
         "the greater part of the total, at USD 734.9 million, or 93.2 per cent of all income."]),
    (4, ["Expenditure rose by 12.0 per cent to USD 772.3 million. The growth was concentrated in "
         "post-crisis and return programmes in the Middle East and Africa and in counter-trafficking "
         "activities, while the cost of movements grew more slowly than the number of migrants "
         "assisted."]),
    (5, ["The Organization closed the year with an excess of income over expenditure of USD 15.9 "
         "million, which has been added to reserves and fund balances (Note 10). The Administrative "
         "Part of the Budget shows a positive balance of USD 1,254,330, to be dealt with in the manner "
         "laid down in Resolution No. 1077 of 4 December 2002."]),
    (6, ["The accounts have been drawn up in conformity with the United Nations System Accounting "
         "Standards.", ("fn", 2),
         " Preparations for the adoption of International Public Sector Accounting Standards continued "
         "during 2007; an outline of the transition plan was given to the Standing Committee on "
         "Programmes and Finance in document SCPF/12."]),
    (7, ["Arrears of assessed contributions fell from CHF 13.1 million to CHF 10.6 million over the "
         "year. Fourteen Member States still owed contributions at 31 December 2007, and the position "
         "of each is shown in Appendix 1."]),
    (8, ["The Executive Committee is invited to examine the financial statements and to recommend "
         "their approval to the Council."]),
]

# Notes: list of (kind, ...) blocks
NOTES = [
    ("note", "1", "Organization and mandate"),
    ("text", ["IOM was founded in 1951 and operates under its Constitution, which entered into force in "
              "1954 and was amended in 1989. Its supreme body is the Council, on which all Member States "
              "are represented; at the end of 2007 the Organization had 125 Member States."]),
    ("text", ["The Organization carries out projects at the request of governments and other partners "
              "through a network of more than 400 field locations. Its headquarters are in Geneva."]),
    ("note", "2", "Significant accounting policies"),
    ("text", ["The main policies followed in preparing the statements are summarized below. They have "
              "been applied consistently with those of the previous year."]),
    ("sub", "2.1", "Basis of preparation"),
    ("text", ["The statements are prepared on the accrual basis under the historical cost convention, "
              "except that investments are shown at market value."]),
    ("sub", "2.2", "Currency of account and conversion"),
    ("text", ["The accounts are kept in United States dollars. Transactions in other currencies are "
              "converted at the United Nations operational rates of exchange,", ("fn", 3),
              " and balances held in other currencies are restated at the rates ruling at the end of "
              "the year."]),
    ("sub", "2.3", "Recognition of income"),
    ("text", ["Assessed contributions are recorded as income in the year for which they are due. "
              "Voluntary contributions are recognized to the extent that the related project "
              "expenditure has been incurred; amounts received in advance are held as deferred "
              "income."]),
    ("sub", "2.4", "Property and equipment"),
    ("text", ["The headquarters building and land are carried at cost less accumulated depreciation. "
              "Other equipment is charged to expenditure in the year of purchase."]),
    ("note", "3", "Cash and short-term deposits"),
    ("text", ["Cash is held with banks rated A or better. Short-term deposits have maturities of three "
              "months or less; interest earned on them amounted to USD 17.5 million in 2007."]),
    ("note", "4", "Investments"),
    ("text", ["Investments consist of bonds of governments and supranational bodies held against "
              "long-term staff liabilities, stated at their market value at year end."]),
    ("note", "5", "Assessed contributions receivable"),
    ("text", ["The amount receivable, equal to CHF 10,604,163 at the year-end rate, comprises:"]),
    ("item", "(a)", ["arrears of Member States that fall under Article 4 of the Constitution, "
                     "CHF 5,984,740;"]),
    ("item", "(b)", ["amounts due under repayment plans agreed with the Administration, "
                     "CHF 3,912,183; and"]),
    ("item", "(c)", ["contributions for 2007 not yet received, CHF 707,240."]),
    ("note", "6", "Accounts receivable from donors"),
    ("text", ["These are sums spent on projects before the corresponding donor funds were received. "
              "Most of them were collected in the first quarter of 2008."]),
    ("note", "7", "Deferred income"),
    ("text", ["Deferred income is project funding received in advance of expenditure. Its rise of "
              "USD 78.4 million reflects several large multi-year agreements signed late in the year."]),
    ("note", "8", "Staff benefit liabilities"),
    ("text", ["This item covers accrued annual leave, repatriation grants and termination indemnities "
              "for officials and employees, measured on the basis of a valuation at year end."]),
    ("note", "9", "Loan from the Swiss Confederation"),
    ("text", ["The headquarters building was financed by an interest-free loan from the Swiss "
              "authorities, repayable in annual instalments until 2024. The instalment paid in 2007 "
              "was USD 1,090,000."]),
    ("note", "10", "Reserves and fund balances"),
    ("text", ["The excess of income over expenditure for the year, USD 15,942,419, was credited to "
              "reserves and fund balances, which increased to USD 125,376,440."]),
    ("note", "11", "Voluntary contributions"),
    ("text", ["Voluntary contributions were received from governments, intergovernmental bodies and "
              "private donors. Contributions earmarked for specific projects made up 97 per cent of "
              "the total."]),
]


class Doc(FPDF):
    def __init__(self):
        super().__init__(format="A4", unit="mm")
        self.set_auto_page_break(False)
        self.set_margins(LM, TOP, RM)
        self.add_font("dv", "", FONTDIR + "DejaVuSans.ttf")
        self.add_font("dv", "B", FONTDIR + "DejaVuSans-Bold.ttf")
        self.add_font("dv", "I", FONTDIR + "DejaVuSans-Oblique.ttf")
        self.add_font("dv", "BI", FONTDIR + "DejaVuSans-BoldOblique.ttf")
        self.numbered = True   # whether to draw the running header

    def header(self):
        if self.page_no() > 1 and self.numbered:
            self.set_font("dv", "", 9.5)
            self.set_xy(LM, 12)
            self.cell(TEXT_W, 4.6, SYMBOL, align="R")
            self.set_xy(LM, 16.6)
            self.cell(TEXT_W, 4.6, f"Page {self.page_no() - 1}", align="R")


# ---------------------------------------------------------------- block renderers
def write_segments(pdf, segs, size=BODY_SIZE, lh=LH, style=""):
    pdf.set_font("dv", style, size)
    for s in segs:
        if isinstance(s, tuple):
            pdf.char_vpos = "SUP"
            pdf.write(lh, str(s[1]))
            pdf.char_vpos = "LINE"
        else:
            pdf.write(lh, s)


def r_para(pdf, num, segs):
    pdf.set_font("dv", "", BODY_SIZE)
    y = pdf.get_y()
    pdf.set_xy(LM, y)
    pdf.cell(12, LH, f"{num}.")
    pdf.set_xy(LM + 12, y)
    write_segments(pdf, segs)
    pdf.ln(LH)
    pdf.ln(2.6)


def r_text(pdf, segs):
    pdf.set_x(LM)
    write_segments(pdf, segs)
    pdf.ln(LH)
    pdf.ln(2.0)


def r_item(pdf, label, segs):
    y = pdf.get_y()
    pdf.set_font("dv", "", BODY_SIZE)
    pdf.set_xy(LM + 10, y)
    pdf.cell(10, LH, label)
    old = pdf.l_margin
    pdf.set_left_margin(LM + 20)
    pdf.set_xy(LM + 20, y)
    write_segments(pdf, segs)
    pdf.set_left_margin(old)
    pdf.ln(LH)
    pdf.ln(1.8)


def r_heading_center(pdf, lines, size=10, style="B", after=4):
    pdf.set_font("dv", style, size)
    for ln in lines:
        pdf.set_x(LM)
        pdf.cell(TEXT_W, 5.2, ln, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


def r_note_head(pdf, num, title):
    pdf.ln(0.6)
    y = pdf.get_y()
    pdf.set_font("dv", "B", BODY_SIZE)
    pdf.set_xy(LM, y)
    pdf.cell(12, LH, f"{num}.")
    pdf.set_xy(LM + 12, y)
    pdf.cell(TEXT_W - 12, LH, title, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.2)


def r_sub_head(pdf, num, title):
    y = pdf.get_y()
    pdf.set_font("dv", "BI", BODY_SIZE)
    pdf.set_xy(LM, y)
    pdf.cell(12, LH, num)
    pdf.set_xy(LM + 12, y)
    pdf.cell(TEXT_W - 12, LH, title, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.4)


def r_fin_table(pdf, rows, years=("2007", "2006"), rh=5.6):
    wl, wn, wv = 95, 15, 30
    pdf.set_font("dv", "B", 9)
    x0 = LM
    y = pdf.get_y()
    pdf.set_xy(x0, y)
    pdf.cell(wl, rh, "")
    pdf.cell(wn, rh, "Notes", align="C")
    pdf.cell(wv, rh, years[0], align="R")
    pdf.cell(wv, rh, years[1], align="R")
    y += rh
    pdf.set_line_width(0.3)
    pdf.line(x0, y + 0.6, x0 + wl + wn + 2 * wv, y + 0.6)
    y += 2.4
    for lab, note, a, b, st in rows:
        if st == "group":
            y += 1.8
        if st in ("total", "grand"):
            pdf.set_line_width(0.2)
            pdf.line(x0 + wl + wn + 8, y + 0.3, x0 + wl + wn + 2 * wv, y + 0.3)
            y += 0.8
        pdf.set_font("dv", "B" if st in ("group", "total", "grand") else "", 9)
        pdf.set_xy(x0 + (0 if st in ("group", "grand") else 4), y)
        pdf.cell(wl - (0 if st in ("group", "grand") else 4), rh, lab)
        pdf.set_xy(x0 + wl, y)
        pdf.set_font("dv", "", 9)
        pdf.cell(wn, rh, note, align="C")
        pdf.set_font("dv", "B" if st in ("total", "grand") else "", 9)
        pdf.cell(wv, rh, "" if a is None else n(a), align="R")
        pdf.cell(wv, rh, "" if b is None else n(b), align="R")
        y += rh
        if st == "total":
            y += 1.8
        if st == "grand":
            pdf.set_line_width(0.2)
            for dy in (0.4, 1.0):
                pdf.line(x0 + wl + wn + 8, y + dy, x0 + wl + wn + 2 * wv, y + dy)
            y += 2
    pdf.set_xy(LM, y + 4)


def r_appx_table(pdf):
    widths = [50, 30, 30, 30, 30]
    heads = [("", "", "Member State"), ("Outstanding", "at 1 January", "2007"), ("", "Assessed", "for 2007"),
             ("", "Received", "in 2007"), ("Outstanding", "at 31 December", "2007")]
    rh = 5.4
    y = pdf.get_y()
    pdf.set_font("dv", "B", 8)
    for line in (0, 1, 2):
        x = LM
        for hd, w in zip(heads, widths):
            pdf.set_xy(x, y)
            pdf.cell(w, 4.2, hd[line], align="L" if w == 50 else "R")
            x += w
        y += 4.2
    pdf.set_line_width(0.3)
    pdf.line(LM, y + 0.8, LM + sum(widths), y + 0.8)
    y += 2.6
    tot = [0, 0, 0, 0]
    pdf.set_font("dv", "", 8.8)
    for st, o, a, r in APPX:
        e = o + a - r
        vals = [o, a, r, e]
        tot = [t + v for t, v in zip(tot, vals)]
        pdf.set_xy(LM, y)
        pdf.cell(widths[0], rh, st)
        for v, w in zip(vals, widths[1:]):
            pdf.cell(w, rh, n(v) if v else "-", align="R")
        y += rh
    pdf.set_line_width(0.2)
    pdf.line(LM, y + 0.6, LM + sum(widths), y + 0.6)
    y += 1.4
    pdf.set_font("dv", "B", 8.8)
    pdf.set_xy(LM, y)
    pdf.cell(widths[0], rh, "Total")
    for v, w in zip(tot, widths[1:]):
        pdf.cell(w, rh, n(v), align="R")
    y += rh
    pdf.line(LM, y + 0.4, LM + sum(widths), y + 0.4)
    pdf.line(LM, y + 1.0, LM + sum(widths), y + 1.0)
    pdf.set_xy(LM, y + 5)
    assert tot == [13056987, 37950492, 40403316, 10604163]


def r_footnotes(pdf, fns):
    if not fns:
        return
    h = fn_height(fns)
    y = BOTTOM - h
    pdf.set_line_width(0.2)
    pdf.line(LM, y, LM + 50, y)
    y += 2
    for k in fns:
        pdf.set_font("dv", "", FN_SIZE)
        pdf.set_xy(LM, y)
        pdf.char_vpos = "SUP"
        pdf.cell(5, FN_LH, str(k))
        pdf.char_vpos = "LINE"
        pdf.set_xy(LM + 5, y)
        pdf.multi_cell(TEXT_W - 5, FN_LH, FOOTNOTES[k], new_x="LMARGIN", new_y="NEXT")
        y = pdf.get_y() + 1


# scratch document for measuring
_scratch = Doc()
_scratch.numbered = False


def measure(fn, *args):
    _scratch.add_page()
    _scratch.set_xy(LM, TOP)
    fn(_scratch, *args)
    return _scratch.get_y() - TOP


def fn_height(fns):
    h = 2
    for k in fns:
        _scratch.add_page()
        _scratch.set_font("dv", "", FN_SIZE)
        _scratch.set_xy(LM + 5, TOP)
        _scratch.multi_cell(TEXT_W - 5, FN_LH, FOOTNOTES[k], new_x="LMARGIN", new_y="NEXT")
        h += _scratch.get_y() - TOP + 1
    return h + 2


# ---------------------------------------------------------------- layout engine
class Flow:
    def __init__(self, pdf):
        self.pdf = pdf
        self.page_fns = []

    def new_page(self):
        r_footnotes(self.pdf, self.page_fns)
        self.page_fns = []
        self.pdf.add_page()
        self.pdf.set_xy(LM, TOP)

    def place(self, fn, args, fns=(), keep=0.0):
        """Place a block; keep = extra height that must fit too (keep-with-next)."""
        h = measure(fn, *args)
        need_fns = self.page_fns + list(fns)
        limit = BOTTOM - (fn_height(need_fns) if need_fns else 0)
        if self.pdf.get_y() + h + keep > limit:
            self.new_page()
        self.page_fns += list(fns)
        fn(self.pdf, *args)

    def finish(self):
        r_footnotes(self.pdf, self.page_fns)
        self.page_fns = []


def seg_fns(segs):
    return [s[1] for s in segs if isinstance(s, tuple)]


# ---------------------------------------------------------------- cover
def cover(pdf):
    pdf.add_page()
    pdf.set_font("dv", "B", 11)
    pdf.set_xy(LM, 20)
    pdf.cell(TEXT_W, 5.5, SYMBOL, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 9.5)
    pdf.set_x(LM)
    pdf.cell(TEXT_W, 5, "Original: ENGLISH", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(LM)
    pdf.cell(TEXT_W, 5, "14 May 2008", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(14)
    pdf.set_font("dv", "B", 10.5)
    pdf.set_x(LM)
    pdf.cell(TEXT_W, 5.5, "NINETY-SIXTH SESSION", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    y = pdf.get_y()
    pdf.set_line_width(0.5)
    pdf.line(LM, y, PAGE_W - RM, y)
    pdf.ln(22)
    pdf.set_font("dv", "B", 12)
    for t in ("FINANCIAL REPORT FOR THE YEAR ENDED", "31 DECEMBER 2007"):
        pdf.set_x(LM)
        pdf.cell(TEXT_W, 6.5, t, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(24)
    # contents
    pdf.set_font("dv", "B", 10)
    pdf.set_x(LM)
    pdf.cell(TEXT_W, 5.5, "CONTENTS", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("dv", "", 9)
    pdf.set_x(LM + 15)
    pdf.cell(TEXT_W - 30, 5, "Page", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
    for title, page in CONTENTS:
        pdf.set_font("dv", "", 9.5)
        x = LM + 15
        wtitle = pdf.get_string_width(title)
        pdf.set_x(x)
        pdf.cell(wtitle + 1, 5.4, title)
        avail = TEXT_W - 30 - wtitle - 1 - 8
        dots = "." * int(avail / pdf.get_string_width("."))
        pdf.cell(avail, 5.4, dots)
        pdf.cell(8, 5.4, page, align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.8)
    # cover note
    pdf.set_font("dv", "", 9.5)
    pdf.set_line_width(0.2)
    pdf.line(LM, 246, LM + 60, 246)
    pdf.set_xy(LM, 249)
    pdf.multi_cell(TEXT_W, 4.8, "This document is submitted to the Executive Committee at its Hundred and "
                   "fifth Session in June 2008.", new_x="LMARGIN", new_y="NEXT")
    # trilingual footer
    pdf.set_font("dv", "B", 10)
    pdf.set_xy(LM, 278)
    third = TEXT_W / 3
    pdf.cell(third, 5, "COUNCIL", align="L")
    pdf.cell(third, 5, "CONSEIL", align="C")
    pdf.cell(third, 5, "CONSEJO", align="R")


CONTENTS = [
    ("Introduction", "1"),
    ("Statement I – Financial position as at 31 December 2007", "2"),
    ("Statement II – Income and expenditure for the year 2007", "3"),
    ("Notes to the financial statements", "3"),
    ("Appendix 1 – Assessed contributions outstanding", "5"),
]


def build():
    pdf = Doc()
    pdf.set_title("Financial report for the year ended 31 December 2007")
    cover(pdf)
    flow = Flow(pdf)
    flow.new_page()                                       # Page 1
    flow.place(r_heading_center, (["INTRODUCTION"],), keep=12)
    for num, segs in INTRO:
        flow.place(r_para, (num, segs), fns=seg_fns(segs))
    flow.new_page()                                       # Page 2
    flow.place(r_heading_center, (["STATEMENT I"], 10, "B", 1))
    flow.place(r_heading_center, (["STATEMENT OF FINANCIAL POSITION AS AT 31 DECEMBER 2007"], 10, "B", 1))
    flow.place(r_heading_center, (["(in US dollars)"], 9, "", 3))
    flow.place(r_fin_table, (SOFP,))
    flow.new_page()                                       # Page 3
    flow.place(r_heading_center, (["STATEMENT II"], 10, "B", 1))
    flow.place(r_heading_center, (["STATEMENT OF INCOME AND EXPENDITURE",
                                   "FOR THE YEAR ENDED 31 DECEMBER 2007"], 10, "B", 1))
    flow.place(r_heading_center, (["(in US dollars)"], 9, "", 3))
    flow.place(r_fin_table, (SIE, ("2007", "2006"), 5.1))
    pdf.ln(1)
    flow.place(r_heading_center, (["NOTES TO THE FINANCIAL STATEMENTS"], 10, "B", 3), keep=25)
    def blk_call(blk):
        kind = blk[0]
        if kind == "note":
            return r_note_head, blk[1:], []
        if kind == "sub":
            return r_sub_head, blk[1:], []
        if kind == "text":
            return r_text, (blk[1],), seg_fns(blk[1])
        return r_item, blk[1:], seg_fns(blk[2])

    for i, blk in enumerate(NOTES):
        fn, args, fns = blk_call(blk)
        keep = 0.0
        if blk[0] in ("note", "sub") and i + 1 < len(NOTES):
            nfn, nargs, nfns = blk_call(NOTES[i + 1])
            keep = measure(nfn, *nargs) + (fn_height(flow.page_fns + nfns) if nfns else 0)
        flow.place(fn, args, fns=fns, keep=keep)
    flow.new_page()                                       # appendix
    flow.place(r_heading_center, (["Appendix 1"], 10, "B", 3))
    flow.place(r_heading_center, (["STATUS OF ASSESSED CONTRIBUTIONS OUTSTANDING",
                                   "AS AT 31 DECEMBER 2007"], 10, "B", 1))
    flow.place(r_heading_center, (["(in Swiss francs)"], 9, "", 3))
    flow.place(r_appx_table, ())
    flow.finish()
    pdf.output(OUT)
    return pdf.page_no()


if __name__ == "__main__":
    pages = build()
    print("pages:", pages)
