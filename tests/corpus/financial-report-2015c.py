"""Draws financial-report-2015c.pdf: an extract of an IOM financial report (C/ era, 2016) with fpdf2."""
import os
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "financial-report-2015c.pdf")

SYMBOL = "C/107/3"
PAGE_W, PAGE_H = 210.0, 297.0
LM, RM, TM, BM = 25.0, 20.0, 27.0, 15.0
TW = PAGE_W - LM - RM
FS = 11.0          # body font size (pt)
LEAD = 5.1         # body leading (mm)
TAB = 12.7         # number tab

# --------------------------------------------------------------------------- figures (thousands of USD)
# Statement II
REVENUE = [
    ("Voluntary contributions", "15", 1482316, 1296540),
    ("Assessed contributions", "16", 44286, 48082),
    ("In-kind contributions", "17", 38204, 31775),
    ("Investment income", "18", 6118, 5432),
    ("Other revenue", "19", 21457, 19860),
]
EXPENSES = [
    ("Staff and personnel costs", "20", 498615, 452308),
    ("Travel and transportation", "21", 311872, 284190),
    ("Transfers to implementing partners", "22", 262340, 218775),
    ("Contractual services", "23", 245109, 221563),
    ("Supplies, materials and equipment", "24", 148226, 131940),
    ("General operating expenses", "25", 96457, 88612),
    ("Depreciation and amortization", "8, 9", 9814, 9105),
    ("Finance costs", "12", 1236, 1318),
]
FX = ("Net foreign exchange (losses)/gains", "26", -4906, 2137)

# Statement I
CUR_ASSETS = [
    ("Cash and cash equivalents", "3", 473315, 468215),
    ("Short-term investments", "4", 186420, 152380),
    ("Contributions receivable", "5", 298615, 276940),
    ("Other receivables", "6", 24318, 21507),
    ("Inventories", "7", 9846, 8112),
    ("Prepayments", "", 11207, 9634),
]
NC_ASSETS = [
    ("Contributions receivable", "5", 64280, 58117),
    ("Long-term investments", "4", 42500, 40000),
    ("Property, plant and equipment", "8", 38964, 36201),
    ("Intangible assets", "9", 3118, 2746),
]
CUR_LIAB = [
    ("Deferred revenue", "10", 612448, 561307),
    ("Accounts payable and accrued liabilities", "11", 73905, 69214),
    ("Loans", "12", 4120, 4310),
    ("Employee benefit liabilities", "13", 12640, 11985),
]
NC_LIAB = [
    ("Deferred revenue", "10", 64280, 58117),
    ("Loans", "12", 45830, 49950),
    ("Employee benefit liabilities", "13", 208715, 182430),
]
NET_ASSETS = [
    ("Accumulated surplus", "14", 102205, 93399),
    ("Reserves", "14", 109380, 104380),
    ("Actuarial losses on employee benefits", "13", -80940, -61240),
]
CASH_NOTE = [
    ("Cash at bank", 312604, 298736),
    ("Cash on hand in field offices", 8481, 7919),
    ("Term deposits with original maturities of three months or less", 152230, 161560),
]


def tot(rows, i):
    return sum(r[i] for r in rows)


# every total is computed, then checked against the other statements
TR = (tot(REVENUE, 2), tot(REVENUE, 3))
TE = (tot(EXPENSES, 2), tot(EXPENSES, 3))
SURPLUS = (TR[0] - TE[0] + FX[2], TR[1] - TE[1] + FX[3])
TCA = (tot(CUR_ASSETS, 2), tot(CUR_ASSETS, 3))
TNCA = (tot(NC_ASSETS, 2), tot(NC_ASSETS, 3))
TA = (TCA[0] + TNCA[0], TCA[1] + TNCA[1])
TCL = (tot(CUR_LIAB, 2), tot(CUR_LIAB, 3))
TNCL = (tot(NC_LIAB, 2), tot(NC_LIAB, 3))
TL = (TCL[0] + TNCL[0], TCL[1] + TNCL[1])
TNA = (tot(NET_ASSETS, 2), tot(NET_ASSETS, 3))
assert TNA == (TA[0] - TL[0], TA[1] - TL[1]), (TNA, TA, TL)
assert SURPLUS == (13806, -3985), SURPLUS
# accumulated surplus moves by the surplus less the 5,000 transferred to reserves
assert NET_ASSETS[0][2] == NET_ASSETS[0][3] + SURPLUS[0] - 5000
assert NET_ASSETS[1][2] == NET_ASSETS[1][3] + 5000
assert NET_ASSETS[2][2] - NET_ASSETS[2][3] == -19700
assert (tot(CASH_NOTE, 1), tot(CASH_NOTE, 2)) == (CUR_ASSETS[0][2], CUR_ASSETS[0][3])


def fmt(v):
    if v is None or v == "":
        return ""
    s = f"{abs(v):,}"
    return f"({s})" if v < 0 else s


# --------------------------------------------------------------------------- PDF helpers
class Doc(FPDF):
    def __init__(self):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.core_fonts_encoding = "windows-1252"
        self.set_auto_page_break(False)
        self.set_margins(LM, TM, RM)
        self.page_label = None
        self.y_cur = TM
        self.footnotes_here = []   # markers placed on the current page

    def new_page(self, label=None):
        self.add_page()
        self.page_label = label
        self.footnotes_here = []
        if label is not None:
            self.set_font("Times", "", FS)
            for i, s in enumerate((SYMBOL, f"Page {label}")):
                w = self.get_string_width(s)
                self.text(PAGE_W - RM - w, 14 + i * 5.0, s)
        self.y_cur = TM

    # ---- words / runs
    def run_width(self, frags):
        w = 0.0
        for text, st in frags:
            self._font(st)
            w += self.get_string_width(text)
        return w

    def _font(self, st):
        if st == "sup":
            self.set_font("Times", "", 7)
        elif st == "b":
            self.set_font("Times", "B", FS)
        elif st == "i":
            self.set_font("Times", "I", FS)
        elif st == "bi":
            self.set_font("Times", "BI", FS)
        elif st == "fn":
            self.set_font("Times", "", 9)
        else:
            self.set_font("Times", "", FS)

    def draw_frags(self, x, baseline, frags):
        for text, st in frags:
            self._font(st)
            dy = -1.7 if st == "sup" else 0.0
            self.text(x, baseline + dy, text)
            x += self.get_string_width(text)
        return x

    @staticmethod
    def words(runs):
        """runs: list of (text, style). Returns list of words, each a list of fragments."""
        out, cur = [], []
        for text, st in runs:
            parts = text.split(" ")
            for k, p in enumerate(parts):
                if k > 0:
                    if cur:
                        out.append(cur)
                    cur = []
                if p:
                    cur.append((p, st))
        if cur:
            out.append(cur)
        return out

    def flow(self, runs, x_first, x_rest, right, lead=LEAD, justify=True, space_style="n"):
        """Lay out runs over lines starting at self.y_cur; returns number of lines."""
        ws = self.words(runs)
        self._font(space_style)
        sp = self.get_string_width(" ")
        lines, line, lw = [], [], 0.0
        x0 = x_first
        for w in ws:
            ww = self.run_width(w)
            avail = right - x0
            need = ww if not line else lw + sp + ww
            if line and need > avail:
                lines.append((x0, line, lw))
                line, lw, x0 = [w], ww, x_rest
            else:
                line.append(w)
                lw = need
        if line:
            lines.append((x0, line, lw))
        for n, (x0, line, lw) in enumerate(lines):
            base = self.y_cur + lead * 0.75
            last = n == len(lines) - 1
            gap = sp
            if justify and not last and len(line) > 1:
                gap = sp + (right - x0 - lw) / (len(line) - 1)
            x = x0
            for w in line:
                for text, st in w:
                    if st == "sup":
                        self.footnotes_here.append(text)
                x = self.draw_frags(x, base, w) + gap
            self.y_cur += lead
        return len(lines)

    def para(self, num, runs, after=LEAD * 0.7):
        if num is not None:
            self.set_font("Times", "", FS)
            self.text(LM, self.y_cur + LEAD * 0.75, f"{num}.")
            self.flow(runs, LM + TAB, LM, PAGE_W - RM)
        else:
            self.flow(runs, LM, LM, PAGE_W - RM)
        self.y_cur += after

    def item(self, label, runs, after=LEAD * 0.4):
        xl = LM + TAB
        self.set_font("Times", "", FS)
        self.text(xl, self.y_cur + LEAD * 0.75, label)
        self.flow(runs, xl + 10, xl + 10, PAGE_W - RM)
        self.y_cur += after

    def heading(self, text, style="B", center=False, size=FS, after=LEAD, num=None):
        self.set_font("Times", style, size)
        base = self.y_cur + LEAD * 0.75
        if num is not None:
            self.text(LM, base, num)
            self.text(LM + TAB, base, text)
        elif center:
            w = self.get_string_width(text)
            self.text(LM + (TW - w) / 2, base, text)
        else:
            self.text(LM, base, text)
        self.y_cur += LEAD + after

    def centered(self, text, style="", size=FS, dy=LEAD):
        self.set_font("Times", style, size)
        w = self.get_string_width(text)
        self.text(LM + (TW - w) / 2, self.y_cur + dy * 0.75, text)
        self.y_cur += dy

    def right(self, text, y, style="", size=FS):
        self.set_font("Times", style, size)
        w = self.get_string_width(text)
        self.text(PAGE_W - RM - w, y, text)

    def footnotes(self, notes):
        """notes: list of (marker, text). Drawn at the foot of the current page above a short rule."""
        self.set_font("Times", "", 9)
        lead = 4.0
        # measure
        heights = []
        for m, t in notes:
            save = self.y_cur
            heights.append(self._fn_lines(t) * lead)
            self.y_cur = save
        total = sum(heights) + 1.5 * (len(notes) - 1)
        top = PAGE_H - BM - total
        assert top > self.y_cur + 4, ("footnotes collide with text", top, self.y_cur)
        self.set_line_width(0.2)
        self.line(LM, top - 3.0, LM + 50, top - 3.0)
        self.y_cur = top
        for (m, t), h in zip(notes, heights):
            assert m in self.footnotes_here, f"marker {m} not on this page"
            self.set_font("Times", "", 6)
            self.text(LM, self.y_cur + lead * 0.75 - 1.4, m)
            self.flow([(t, "fn")], LM + 3, LM + 3, PAGE_W - RM, lead=lead, space_style="fn")
            self.y_cur += 1.5

    def _fn_lines(self, t):
        ws = self.words([(t, "fn")])
        self._font("fn")
        sp = self.get_string_width(" ")
        n, lw = 1, 0.0
        avail = PAGE_W - RM - (LM + 3)
        for w in ws:
            ww = self.run_width(w)
            need = ww if lw == 0 else lw + sp + ww
            if lw and need > avail:
                n += 1
                lw = ww
            else:
                lw = need
        return n


# --------------------------------------------------------------------------- pages
def cover(pdf):
    pdf.new_page(None)
    pdf.right(SYMBOL, 22, style="B", size=12)
    pdf.right("Original: English", 29)
    pdf.right("25 May 2016", 35)
    pdf.y_cur = 58
    pdf.centered("COUNCIL", style="B", size=12, dy=6)
    pdf.y_cur += 1
    pdf.centered("107th Session", size=12, dy=6)
    pdf.y_cur = 112
    pdf.centered("FINANCIAL REPORT FOR THE YEAR ENDED", style="B", size=13, dy=7)
    pdf.centered("31 DECEMBER 2015", style="B", size=13, dy=7)
    # cover note, typed rule
    pdf.set_font("Times", "", FS)
    pdf.text(LM, 246, "__________")
    pdf.y_cur = 250
    pdf.flow([("This report is submitted to the Standing Committee on Programmes and Finance at its "
               "Eighteenth Session, to be held on 28 and 29 June 2016, and subsequently to the Council "
               "at its 107th Session.", "n")], LM, LM, PAGE_W - RM)


CONTENTS = [
    (0, "INTRODUCTION BY THE DIRECTOR GENERAL", "1"),
    (0, "STATEMENT I \u2013 STATEMENT OF FINANCIAL POSITION AS AT 31 DECEMBER 2015", "2"),
    (0, "STATEMENT II \u2013 STATEMENT OF FINANCIAL PERFORMANCE FOR THE YEAR ENDED 31 DECEMBER 2015", "3"),
    (0, "NOTES TO THE FINANCIAL STATEMENTS", "4"),
    (1, "Note 1 \u2013 Objectives and activities of the Organization", "4"),
    (1, "Note 2 \u2013 Significant accounting policies", "4"),
    (1, "Note 3 \u2013 Cash and cash equivalents", "4"),
]


def contents(pdf):
    pdf.new_page("i")
    pdf.y_cur = 40
    pdf.centered("CONTENTS", style="B", dy=LEAD)
    pdf.y_cur += 4
    pdf.right("Page", pdf.y_cur + 4)
    pdf.y_cur += LEAD + 3
    pdf.set_font("Times", "", FS)
    numw = 8.0
    for level, title, page in CONTENTS:
        x = LM + level * 8.0
        maxw = TW - level * 8.0 - numw - 14
        # wrap the title if needed
        words = title.split(" ")
        lines, cur = [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if pdf.get_string_width(t) > maxw and cur:
                lines.append(cur)
                cur = w
            else:
                cur = t
        lines.append(cur)
        for k, ln in enumerate(lines):
            base = pdf.y_cur + LEAD * 0.75
            xx = x + (8.0 if k > 0 else 0.0)
            pdf.text(xx, base, ln)
            if k == len(lines) - 1:
                start = xx + pdf.get_string_width(ln + " ")
                end = PAGE_W - RM - numw
                dot = pdf.get_string_width(".")
                n = int((end - start) / dot)
                pdf.text(end - n * dot, base, "." * n)
                pw = pdf.get_string_width(page)
                pdf.text(PAGE_W - RM - pw, base, page)
            pdf.y_cur += LEAD
        pdf.y_cur += 3.0


def introduction(pdf):
    pdf.new_page("1")
    pdf.heading("INTRODUCTION BY THE DIRECTOR GENERAL", center=False, after=2.5)
    P = pdf.para
    P(1, [("The Director General has the honour to submit to the Member States the financial statements "
           "of the International Organization for Migration (IOM) for the year ended 31 December 2015. "
           "The statements were drawn up on a full accrual basis in conformity with the International "
           "Public Sector Accounting Standards (IPSAS) and the Financial Regulations of the Organization. "
           "They have been examined by the External Auditor, whose opinion and report are issued "
           "separately.", "n"), ("1", "sup")])
    P(2, [("Unless indicated otherwise, amounts are expressed in thousands of United States dollars, the "
           "reporting currency of the Organization. The Administrative Part of the Budget for 2015 was "
           "approved by the Council through Resolution No. 1286 of 26 November 2014, on the basis of the "
           "Programme and Budget for 2015 (MC/2413); the Operational Part was updated during the year in "
           "the revision contained in document S/17/5.", "n")])
    P(3, [("Three large-scale crises shaped the work of the Organization in 2015: the conflict in the "
           "Syrian Arab Republic and its consequences for neighbouring countries; the unprecedented "
           "movement of migrants and refugees across the Mediterranean and through the Western Balkans; "
           "and the response to the April earthquake in Nepal. Donors channelled substantial additional "
           "resources through IOM for these operations.", "n")])
    P(4, [("Total revenue reached USD 1,592.4 million, against USD 1,401.7 million in 2014, a rise of "
           "13.6 per cent. Voluntary contributions, most of them earmarked for specific projects, "
           "amounted to USD 1,482.3 million, or 93 per cent of the total. In-kind contributions, chiefly "
           "donated premises and goods, were valued at USD 38.2 million.", "n")])
    P(5, [("Total expenses came to USD 1,573.7 million (2014: USD 1,407.8 million). Three categories "
           "together accounted for more than two thirds of that amount:", "n")], after=LEAD * 0.4)
    pdf.item("(a)", [("staff and personnel costs, USD 498.6 million;", "n")])
    pdf.item("(b)", [("travel and transportation of migrants and staff, USD 311.9 million; and", "n")])
    pdf.item("(c)", [("transfers to implementing partners, USD 262.3 million.", "n")], after=LEAD * 0.8)
    P(6, [("Assessed contributions, which finance the Administrative Part of the Budget, totalled "
           "CHF 44,020,000 and were recognized at USD 44.3 million. At the close of the year, USD 6.8 "
           "million of assessed contributions remained unpaid, of which USD 4.1 million was owed by Member "
           "States in arrears for two or more consecutive years.", "n")])
    P(7, [("After net foreign exchange losses of USD 4.9 million, caused mainly by the strengthening of the "
           "US dollar against the euro, the year closed with a surplus of USD 13.8 million, compared with "
           "a deficit of USD 4.0 million in 2014.", "n")])
    P(8, [("Total assets rose from USD 1,073.9 million to USD 1,152.6 million, chiefly through higher "
           "contributions receivable and investments, and total liabilities grew to USD 1,021.9 million "
           "(2014: USD 937.3 million). Deferred revenue \u2013 contributions received or pledged for "
           "activities still to be carried out \u2013 remained the largest liability, at USD 676.7 million. "
           "Employee benefit liabilities rose to USD 221.4 million, mainly because of actuarial losses of "
           "USD 19.7 million on after-service health insurance, recognized directly in net assets.", "n")])
    P(9, [("Net assets consequently decreased by USD 5.9 million to USD 130.6 million, the actuarial "
           "losses having exceeded the surplus for the year.", "n")])
    pdf.footnotes([("1", "The report of the External Auditor on the accounts for 2015, including the audit "
                         "opinion, is contained in document C/107/4.")])


# ---- statement tables
COL_NOTE = PAGE_W - RM - 68      # centre of the Note column
COL_15 = PAGE_W - RM - 30        # right edge of 2015
COL_14 = PAGE_W - RM             # right edge of 2014
ROW = 5.0
TFS = 10.5


def table_header(pdf, first_label="", cols=("Note", "2015", "2014"), note_col=True):
    pdf.set_font("Times", "B", TFS)
    base = pdf.y_cur + ROW * 0.75
    if note_col:
        w = pdf.get_string_width(cols[0])
        pdf.text(COL_NOTE - w / 2, base, cols[0])
        c15, c14 = cols[1], cols[2]
    else:
        c15, c14 = cols[0], cols[1]
    pdf.text(COL_15 - pdf.get_string_width(c15), base, c15)
    pdf.text(COL_14 - pdf.get_string_width(c14), base, c14)
    pdf.y_cur += ROW + 0.5
    pdf.set_line_width(0.3)
    pdf.line(LM, pdf.y_cur, PAGE_W - RM, pdf.y_cur)
    pdf.y_cur += 1.5


def table_row(pdf, label, note="", v15="", v14="", style="", indent=0, rule=None, maxw=None):
    fstyle = {"group": "B", "sub": "BI", "total": "B", "grand": "B"}.get(style, "")
    if rule:
        pdf.set_line_width(0.2)
        pdf.line(COL_15 - 24, pdf.y_cur, COL_15, pdf.y_cur)
        pdf.line(COL_14 - 24, pdf.y_cur, COL_14, pdf.y_cur)
        pdf.y_cur += 0.8
    pdf.set_font("Times", fstyle, TFS)
    base = pdf.y_cur + ROW * 0.75
    pdf.text(LM + indent * 5.0, base, label)
    pdf.set_font("Times", "", TFS)
    if note:
        w = pdf.get_string_width(note)
        pdf.text(COL_NOTE - w / 2, base, note)
    pdf.set_font("Times", "B" if style in ("total", "grand") else "", TFS)
    for v, edge in ((v15, COL_15), (v14, COL_14)):
        s = fmt(v)
        if s:
            pdf.text(edge - pdf.get_string_width(s), base, s)
    pdf.y_cur += ROW
    if style == "grand":
        pdf.set_line_width(0.2)
        for edge in (COL_15, COL_14):
            pdf.line(edge - 24, pdf.y_cur, edge, pdf.y_cur)
            pdf.line(edge - 24, pdf.y_cur + 0.7, edge, pdf.y_cur + 0.7)
        pdf.y_cur += 1.5


def statement_title(pdf, label, title):
    pdf.y_cur = TM + 2
    pdf.centered(label, style="B", dy=LEAD + 1)
    pdf.centered(title, style="B", dy=LEAD + 1)
    pdf.y_cur += 2
    pdf.centered("(in thousands of US dollars)", style="", dy=LEAD)
    pdf.y_cur += 4


def statement_i(pdf):
    pdf.new_page("2")
    statement_title(pdf, "STATEMENT I", "STATEMENT OF FINANCIAL POSITION AS AT 31 DECEMBER 2015")
    table_header(pdf)
    R = lambda *a, **k: table_row(pdf, *a, **k)
    R("ASSETS", style="group")
    R("Current assets", style="sub", indent=0)
    for lab, n, a, b in CUR_ASSETS:
        R(lab, n, a, b, indent=1)
    R("Total current assets", "", *TCA, style="total", indent=0, rule=True)
    pdf.y_cur += 2
    R("Non-current assets", style="sub")
    for lab, n, a, b in NC_ASSETS:
        R(lab, n, a, b, indent=1)
    R("Total non-current assets", "", *TNCA, style="total", rule=True)
    pdf.y_cur += 2
    R("TOTAL ASSETS", "", *TA, style="grand", rule=True)
    pdf.y_cur += 3
    R("LIABILITIES", style="group")
    R("Current liabilities", style="sub")
    for lab, n, a, b in CUR_LIAB:
        R(lab, n, a, b, indent=1)
    R("Total current liabilities", "", *TCL, style="total", rule=True)
    pdf.y_cur += 2
    R("Non-current liabilities", style="sub")
    for lab, n, a, b in NC_LIAB:
        R(lab, n, a, b, indent=1)
    R("Total non-current liabilities", "", *TNCL, style="total", rule=True)
    pdf.y_cur += 2
    R("TOTAL LIABILITIES", "", *TL, style="grand", rule=True)
    pdf.y_cur += 3
    R("NET ASSETS", style="group")
    for lab, n, a, b in NET_ASSETS:
        R(lab, n, a, b, indent=1)
    R("TOTAL NET ASSETS", "", *TNA, style="total", rule=True)
    pdf.y_cur += 3
    R("TOTAL LIABILITIES AND NET ASSETS", "", TL[0] + TNA[0], TL[1] + TNA[1], style="grand", rule=True)
    assert (TL[0] + TNA[0], TL[1] + TNA[1]) == TA
    assert pdf.y_cur < PAGE_H - BM, pdf.y_cur


def statement_ii(pdf):
    pdf.new_page("3")
    statement_title(pdf, "STATEMENT II",
                    "STATEMENT OF FINANCIAL PERFORMANCE FOR THE YEAR ENDED 31 DECEMBER 2015")
    table_header(pdf)
    R = lambda *a, **k: table_row(pdf, *a, **k)
    R("REVENUE", style="group")
    for lab, n, a, b in REVENUE:
        R(lab, n, a, b, indent=1)
    R("Total revenue", "", *TR, style="total", rule=True)
    pdf.y_cur += 3
    R("EXPENSES", style="group")
    for lab, n, a, b in EXPENSES:
        R(lab, n, a, b, indent=1)
    R("Total expenses", "", *TE, style="total", rule=True)
    pdf.y_cur += 3
    R(FX[0], FX[1], FX[2], FX[3])
    pdf.y_cur += 2
    R("SURPLUS/(DEFICIT) FOR THE YEAR", "", *SURPLUS, style="grand", rule=True)
    assert pdf.y_cur < PAGE_H - BM


def notes(pdf):
    pdf.new_page("4")
    pdf.heading("NOTES TO THE FINANCIAL STATEMENTS", center=True, after=2.0)
    P = pdf.para
    pdf.heading("Note 1 \u2013 Objectives and activities of the Organization", after=0.5)
    P(None, [("IOM was established in 1951 and is the leading intergovernmental organization in the field "
              "of migration. Under its Constitution it works with governments and partners to promote the "
              "orderly and humane management of migration, to foster cooperation on migration issues and "
              "to give humanitarian assistance to migrants in need, including refugees and internally "
              "displaced persons. At 31 December 2015 the Organization had 162 Member States and offices "
              "in more than 150 countries; its Headquarters are in Geneva, Switzerland.", "n")])
    pdf.heading("Note 2 \u2013 Significant accounting policies", after=0.5)
    P(None, [("The principal policies applied in preparing these statements are summarized below. They have "
              "been applied consistently to both years presented.", "n")])
    pdf.heading("Basis of preparation", style="BI", num="2.1", after=0.5)
    P(None, [("The statements have been prepared on the accrual basis of accounting and on the assumption "
              "that the Organization is a going concern. The historical cost convention has been used "
              "except where a standard requires otherwise. The financial period is the calendar year.",
              "n")])
    pdf.heading("Foreign currency translation", style="BI", num="2.2", after=0.5)
    P(None, [("Transactions in currencies other than the US dollar are translated at the United Nations "
              "operational rates of exchange in effect on the date of the transaction.", "n"), ("2", "sup"),
             (" Monetary assets and liabilities held in other currencies are translated at the rate "
              "prevailing at the reporting date, and the resulting gains and losses are taken to the "
              "statement of financial performance.", "n")])
    pdf.heading("Revenue recognition", style="BI", num="2.3", after=0.5)
    P(None, [("Voluntary contributions that carry conditions on their use are recorded as deferred revenue "
              "and recognized as revenue as those conditions are met, normally when the related project "
              "expenditure is incurred. Unconditional voluntary contributions are recognized when the "
              "agreement becomes binding, and assessed contributions at the start of the year to which "
              "they relate.", "n")])
    pdf.heading("Note 3 \u2013 Cash and cash equivalents", after=0.5)
    P(None, [("Cash and cash equivalents comprise funds held in bank accounts at Headquarters and in the "
              "field, cash on hand, and term deposits with an original maturity of three months or less.",
              "n")], after=2.0)
    pdf.centered("(in thousands of US dollars)", dy=LEAD)
    pdf.y_cur += 1
    table_header(pdf, cols=("2015", "2014"), note_col=False)
    for lab, a, b in CASH_NOTE:
        table_row(pdf, lab, "", a, b)
    table_row(pdf, "Total cash and cash equivalents", "", tot(CASH_NOTE, 1), tot(CASH_NOTE, 2),
              style="grand", rule=True)
    pdf.footnotes([("2", "The operational rates of exchange are set by the United Nations Treasury and are "
                         "normally revised once a month.")])


def main():
    pdf = Doc()
    pdf.set_title("Financial report for the year ended 31 December 2015")
    pdf.set_author("International Organization for Migration")
    cover(pdf)
    contents(pdf)
    introduction(pdf)
    statement_i(pdf)
    statement_ii(pdf)
    notes(pdf)
    pdf.output(OUT)
    print("pages:", pdf.page_no(), "totals:", TR, TE, SURPLUS, TA, TL, TNA)


if __name__ == "__main__":
    main()
