# Draws financial-report-2014.pdf: an invented IOM Financial Report for the year 2013 (C/105/4).
from fpdf import FPDF

SYMBOL = "C/105/4"
OUT = "financial-report-2014.pdf"

L = 25.0          # left margin
R = 190.0         # right edge of text
W = R - L
BOTTOM = 276.0    # lowest baseline allowed for body text (before footnotes)
FN_FOOT = 284.0   # baseline of last footnote line
BODY_SIZE = 11
LH = 5.3          # body line height
FN_SIZE = 9
FN_LH = 4.1

# ---------------------------------------------------------------- content
# Schedule 1: Member State, outstanding 1 Jan 2013, assessed 2013, received 2013
SCHEDULE = [
    ("Afghanistan", 5214, 6019, 5214),
    ("Angola", 18456, 12038, 0),
    ("Argentina", 0, 174950, 98300),
    ("Benin", 11622, 4013, 4000),
    ("Bolivia (Plurinational State of)", 27903, 6019, 12000),
    ("Burundi", 30118, 4013, 0),
    ("Cabo Verde", 2006, 4013, 2006),
    ("Central African Republic", 41287, 4013, 0),
    ("Chad", 9544, 4013, 9544),
    ("Comoros", 36702, 4013, 0),
    ("Democratic Republic of the Congo", 22315, 6019, 22315),
    ("Dominican Republic^3", 84730, 18057, 30000),
    ("Gambia", 3994, 4013, 0),
    ("Guinea-Bissau", 39881, 4013, 0),
    ("Haiti", 6115, 6019, 6115),
    ("Honduras", 0, 8025, 4000),
    ("Kyrgyzstan", 12040, 4013, 8000),
    ("Liberia", 50302, 4013, 0),
    ("Madagascar", 8026, 6019, 8026),
    ("Mali", 0, 6019, 0),
    ("Mauritania", 24077, 4013, 6000),
    ("Nicaragua", 15233, 4013, 10000),
    ("Niger", 4013, 4013, 4013),
    ("Paraguay", 21760, 10031, 21760),
    ("Peru", 0, 80252, 40000),
    ("Sierra Leone", 28540, 4013, 0),
    ("Somalia", 112465, 4013, 0),
    ("Tajikistan", 7305, 4013, 7305),
    ("Uganda", 0, 10031, 6000),
    ("Venezuela (Bolivarian Republic of)", 96310, 232731, 96310),
    ("Yemen", 18904, 8025, 0),
    ("Zimbabwe", 9012, 8025, 9012),
]
SCHED_ROWS = [(n, a, b, c, a + b - c) for (n, a, b, c) in SCHEDULE]
TOT = [sum(r[i] for r in SCHED_ROWS) for i in range(1, 5)]
N_STATES = len(SCHED_ROWS)
ART4 = sum(1 for r in SCHED_ROWS if r[1] > 0 and r[4] >= 2 * r[2])


def fmt(v):
    if v == 0:
        return "\u2013"
    if v < 0:
        return "(" + format(-v, ",") + ")"
    return format(v, ",")


FOOTNOTES = {
    "1": "The Organization adopted IPSAS with effect from 1 January 2012. The transitional provisions "
         "applied in the first year of adoption, including the phased recognition of property, plant "
         "and equipment, were explained to the Standing Committee on Programmes and Finance in "
         "document S/10/7.",
    "2": "Document C/101/6, as revised by the Summary update on the Programme and Budget for 2013 "
         "(S/12/4).",
    "3": "Payment plan agreed with the Administration in 2011 and endorsed by the Council in "
         "Resolution No. 1223 of 29 November 2011. The instalments due in 2013 were received in full.",
}

# Body blocks of the introduction.  ("head", label, [lines]) | ("par", n, text) | ("item", level, label, text)
INTRO = [
    ("head", "A.", ["Purpose and content of the report"]),
    ("par", 1,
     "In accordance with Article 25 of the Financial Regulations, the Director General submits to "
     "the Member States the financial report of the International Organization for Migration (IOM) "
     "for the year ended 31 December 2013. The financial statements have been audited by the "
     "External Auditor, whose opinion and detailed report are presented separately in document "
     "C/105/5."),
    ("par", 2, "The report is set out in the following parts:"),
    ("item", 1, "(a)", "this introduction, which summarizes the main financial developments of the year;"),
    ("item", 1, "(b)", "the financial statements of the Organization, comprising:"),
    ("item", 2, "(i)", "Statement I, the statement of financial position as at 31 December 2013; and"),
    ("item", 2, "(ii)", "Statement II, the statement of financial performance for the year then ended; and"),
    ("item", 1, "(c)", "Schedule 1, which shows, by Member State, the assessed contributions that "
                       "remained outstanding at the end of the year."),
    ("par", 3,
     "The statement of changes in net assets, the cash flow statement, the statement of comparison "
     "of budget and actual amounts and the notes to the financial statements are not reproduced in "
     "this document. They are available in full to Member States on the extranet of the governing "
     "bodies, and references to the notes are given in the notes column of each statement."),
    ("head", "B.", ["Basis of preparation"]),
    ("par", 4,
     "The financial statements have been prepared on an accrual basis in accordance with the "
     "International Public Sector Accounting Standards (IPSAS). The year 2013 is the second in which "
     "the Organization has reported in full compliance with those standards.^1 Unless otherwise "
     "indicated, amounts are expressed in thousands of United States dollars; small differences in "
     "totals are due to rounding."),
    ("par", 5,
     "The Administrative Part of the Budget is established and assessed in Swiss francs. Transactions "
     "in currencies other than the US dollar are translated at the United Nations operational rates "
     "of exchange in effect on the date of each transaction, and monetary balances at the rate "
     "prevailing on 31 December 2013 (USD 1 = CHF 0.890)."),
    ("par", 6,
     "Certain comparative figures for 2012 have been reclassified to conform to the presentation "
     "adopted for 2013. The reclassifications have no effect on the surplus or on the net assets "
     "reported in the Financial Report for the year ended 31 December 2012 (C/103/4)."),
    ("head", "C.", ["Overview of financial results"]),
    ("par", 7,
     "Total revenue for 2013 amounted to USD 1,341.2 million, an increase of 4.5 per cent over the "
     "USD 1,283.5 million recorded in 2012. Voluntary contributions, which finance the Operational "
     "Part of the Budget, accounted for USD 1,268.9 million, or 94.6 per cent of the total, while "
     "assessed contributions from Member States represented USD 42.6 million. In-kind contributions "
     "and interest and investment income together amounted to USD 13.1 million, the decline in "
     "interest income reflecting the continued low level of short-term interest rates on the "
     "markets in which the Organization places its funds."),
    ("par", 8,
     "Total expenses rose to USD 1,323.4 million (2012: USD 1,281.5 million). Contractual services "
     "and staff salaries and benefits remained the largest categories, at USD 412.7 million and "
     "USD 398.5 million respectively. Expenditure on the transportation of migrants fell by 6.3 per "
     "cent, largely because fewer resettlement movements took place in the second half of the year."),
    ("par", 9,
     "After net foreign exchange losses of USD 2.5 million, the Organization recorded a surplus of "
     "USD 15.3 million for the year (2012: USD 3.3 million). Net assets accordingly increased from "
     "USD 115.9 million at the end of 2012 to USD 131.2 million at 31 December 2013, as shown in "
     "Statement I."),
    ("head", "D.", ["Administrative Part of the Budget and status of assessed",
                    "contributions from Member States"]),
    ("par", 10,
     "The Administrative Part of the Budget for 2013 was approved by the Council at CHF 40,126,000 "
     "through Resolution No. 1241 of 27 November 2012, on the basis of the Programme and Budget for "
     "2013.^2 Actual administrative expenditure amounted to CHF 39,872,415, leaving an unspent "
     "balance of CHF 253,585, which has been credited to the Administrative Part of the Budget "
     "reserve in accordance with the Financial Regulations."),
    ("par", 11,
     f"Assessed contributions outstanding at 31 December 2013 totalled CHF {TOT[3]:,}, compared "
     f"with CHF {TOT[0]:,} one year earlier; payments of CHF {TOT[2]:,} were received during the year "
     f"from the Member States concerned. Of the {N_STATES} Member States listed in Schedule 1, "
     f"{ART4} had arrears equal to or greater than the contributions due from them for the "
     "preceding two full years and were therefore subject to the provisions of Article 4 of the "
     "Constitution. The Administration wrote to each of those Member States in January 2014, "
     "recalling the amounts due and the possibility of settling them in instalments under a "
     "payment plan, and will report on the replies received to the Standing Committee on Programmes "
     "and Finance at its next session."),
    ("par", 12,
     "The Administration is grateful to the Member States that paid their contributions in full and "
     "on time, and again urges those in arrears to settle their outstanding contributions as soon as "
     "possible or to agree on a payment plan, so that the Administrative Part of the Budget can be "
     "implemented as approved."),
    ("head", "E.", ["Cash position and conclusion"]),
    ("par", 13,
     "Cash, cash equivalents and short-term investments stood at USD 537.9 million at 31 December "
     "2013 (2012: USD 475.4 million). The greater part of these funds is held for specific projects "
     "on behalf of donors and is matched by deferred revenue in Statement I."),
    ("par", 14,
     "The Council is invited to approve the financial report for the year ended 31 December 2013, "
     "taking into account the report of the External Auditor and the recommendations of the "
     "Standing Committee on Programmes and Finance."),
]

# Statement rows: (kind, label, note, v2013, v2012, indent)
# kinds: grp (group label, no figures), item, sub (subtotal), tot (grand total)
STMT1 = [
    ("grp", "ASSETS", "", None, None, 0),
    ("grp2", "Current assets", "", None, None, 1),
    ("item", "Cash and cash equivalents", "3", 412865, 377402, 2),
    ("item", "Short-term investments", "4", 125000, 98000, 2),
    ("item", "Contributions receivable", "5", 286417, 254389, 2),
    ("item", "Other receivables", "6", 18932, 21106, 2),
    ("item", "Inventories", "", 6214, 5487, 2),
    ("item", "Prepayments", "", 3118, 0, 2),
    ("sub", "Total current assets", "", None, None, 1),
    ("grp2", "Non-current assets", "", None, None, 1),
    ("item", "Long-term contributions receivable", "5", 64210, 71855, 2),
    ("item", "Property, plant and equipment", "7", 31746, 33092, 2),
    ("item", "Intangible assets", "8", 4381, 3960, 2),
    ("sub", "Total non-current assets", "", None, None, 1),
    ("tot", "TOTAL ASSETS", "", None, None, 0),
    ("grp", "LIABILITIES", "", None, None, 0),
    ("grp2", "Current liabilities", "", None, None, 1),
    ("item", "Accounts payable and accruals", "9", 58604, 61237, 2),
    ("item", "Deferred revenue", "10", 612318, 538770, 2),
    ("item", "Short-term employee benefits", "11", 12457, 11903, 2),
    ("item", "Borrowings", "12", 0, 4150, 2),
    ("sub", "Total current liabilities", "", None, None, 1),
    ("grp2", "Non-current liabilities", "", None, None, 1),
    ("item", "Long-term employee benefits", "11", 96812, 88245, 2),
    ("item", "Long-term deferred revenue", "10", 41530, 45118, 2),
    ("sub", "Total non-current liabilities", "", None, None, 1),
    ("tot", "TOTAL LIABILITIES", "", None, None, 0),
    ("net", "NET ASSETS", "", None, None, 0),
    ("grp", "NET ASSETS/EQUITY", "", None, None, 0),
    ("item", "Accumulated surpluses", "13", 92755, 78917, 1),
    ("item", "Reserves", "14", 38407, 36951, 1),
    ("tot", "TOTAL NET ASSETS/EQUITY", "", None, None, 0),
]

STMT2 = [
    ("grp", "REVENUE", "", None, None, 0),
    ("item", "Voluntary contributions", "15", 1268944, 1214377, 1),
    ("item", "Assessed contributions", "16", 42603, 43918, 1),
    ("item", "In-kind contributions", "15", 9870, 8542, 1),
    ("item", "Interest and investment income", "", 3215, 4006, 1),
    ("item", "Other revenue", "17", 16588, 12657, 1),
    ("sub", "Total revenue", "", None, None, 0),
    ("grp", "EXPENSES", "", None, None, 0),
    ("item", "Staff salaries and benefits", "18", 398460, 372115, 1),
    ("item", "Contractual services", "", 412733, 401982, 1),
    ("item", "Transportation of migrants", "", 216904, 231567, 1),
    ("item", "Staff travel", "", 41228, 39804, 1),
    ("item", "Supplies and consumables", "", 158396, 149118, 1),
    ("item", "Implementing partners and grants", "", 61907, 54630, 1),
    ("item", "General operating expenses", "19", 26811, 25402, 1),
    ("item", "Depreciation and amortization", "7, 8", 6942, 6517, 1),
    ("item", "Finance costs", "", 0, 318, 1),
    ("sub", "Total expenses", "", None, None, 0),
    ("item", "Net foreign exchange (losses)/gains", "20", -2545, 1236, 0),
    ("tot", "SURPLUS FOR THE YEAR", "", None, None, 0),
]


def compute_totals(rows, spec):
    """Fill subtotal/total figures from item rows, following spec {row label: list of labels summed}."""
    vals = {r[1]: (r[3], r[4]) for r in rows if r[0] == "item"}
    out = []
    for r in rows:
        k, lab, note, a, b, ind = r
        if lab in spec:
            a = sum(vals[x][0] for x in spec[lab][0]) - sum(vals[x][0] for x in spec[lab][1])
            b = sum(vals[x][1] for x in spec[lab][0]) - sum(vals[x][1] for x in spec[lab][1])
            vals[lab] = (a, b)
        out.append((k, lab, note, a, b, ind))
    return out


STMT1 = compute_totals(STMT1, {
    "Total current assets": (["Cash and cash equivalents", "Short-term investments", "Contributions receivable",
                              "Other receivables", "Inventories", "Prepayments"], []),
    "Total non-current assets": (["Long-term contributions receivable", "Property, plant and equipment",
                                  "Intangible assets"], []),
    "TOTAL ASSETS": (["Total current assets", "Total non-current assets"], []),
    "Total current liabilities": (["Accounts payable and accruals", "Deferred revenue",
                                   "Short-term employee benefits", "Borrowings"], []),
    "Total non-current liabilities": (["Long-term employee benefits", "Long-term deferred revenue"], []),
    "TOTAL LIABILITIES": (["Total current liabilities", "Total non-current liabilities"], []),
    "NET ASSETS": (["TOTAL ASSETS"], ["TOTAL LIABILITIES"]),
    "TOTAL NET ASSETS/EQUITY": (["Accumulated surpluses", "Reserves"], []),
})
STMT2 = compute_totals(STMT2, {
    "Total revenue": (["Voluntary contributions", "Assessed contributions", "In-kind contributions",
                       "Interest and investment income", "Other revenue"], []),
    "Total expenses": (["Staff salaries and benefits", "Contractual services", "Transportation of migrants",
                        "Staff travel", "Supplies and consumables", "Implementing partners and grants",
                        "General operating expenses", "Depreciation and amortization", "Finance costs"], []),
    "SURPLUS FOR THE YEAR": (["Total revenue", "Net foreign exchange (losses)/gains"], ["Total expenses"]),
})
# consistency checks of the invented figures
_s1 = {r[1]: (r[3], r[4]) for r in STMT1}
_s2 = {r[1]: (r[3], r[4]) for r in STMT2}
assert _s1["NET ASSETS"] == _s1["TOTAL NET ASSETS/EQUITY"], (_s1["NET ASSETS"], _s1["TOTAL NET ASSETS/EQUITY"])
assert _s1["NET ASSETS"][0] - _s1["NET ASSETS"][1] == _s2["SURPLUS FOR THE YEAR"][0]


# ---------------------------------------------------------------- drawing
class Doc(FPDF):
    pass


class Writer:
    def __init__(self):
        self.p = Doc(format="A4", unit="mm")
        self.p.core_fonts_encoding = "windows-1252"
        self.p.set_auto_page_break(False)
        self.p.set_title("Financial Report for the year ended 31 December 2013")
        self.p.set_author("International Organization for Migration")
        self.page_fns = []
        self.y = 0
        self.body_page = 0
        self.marks = {}

    # -- fonts and words
    def font(self, style="", size=BODY_SIZE):
        self.p.set_font("Times", style, size)

    def split_marker(self, tok):
        if "^" in tok:
            base, m = tok.split("^", 1)
            return base, m
        return tok, None

    def tok_width(self, tok, style, size):
        base, m = self.split_marker(tok)
        self.font(style, size)
        w = self.p.get_string_width(base)
        if m:
            self.font(style, size * 0.62)
            w += self.p.get_string_width(m) + 0.2
        self.font(style, size)
        return w

    def draw_tok(self, x, y, tok, style, size):
        base, m = self.split_marker(tok)
        self.font(style, size)
        self.p.text(x, y, base)
        x += self.p.get_string_width(base)
        if m:
            self.font(style, size * 0.62)
            self.p.text(x + 0.2, y - size * 0.16, m)
            x += self.p.get_string_width(m) + 0.2
            self.font(style, size)
        return x

    def wrap(self, text, widths, style="", size=BODY_SIZE):
        """widths: width of first line, then of the following ones."""
        words = text.split()
        lines, cur, curw = [], [], 0.0
        self.font(style, size)
        sp = self.p.get_string_width(" ")
        for wd in words:
            ww = self.tok_width(wd, style, size)
            avail = widths[0] if not lines else widths[1]
            if cur and curw + sp + ww > avail:
                lines.append(cur)
                cur, curw = [wd], ww
            else:
                curw = curw + (sp if cur else 0) + ww
                cur.append(wd)
        if cur:
            lines.append(cur)
        return lines

    def draw_line(self, x, y, toks, style="", size=BODY_SIZE):
        self.font(style, size)
        sp = self.p.get_string_width(" ")
        for i, t in enumerate(toks):
            if i:
                x += sp
            x = self.draw_tok(x, y, t, style, size)

    # -- pages
    def fn_height(self, keys):
        h = 0.0
        for k in keys:
            h += len(self.wrap(FOOTNOTES[k], [W - 6, W - 6], "", FN_SIZE)) * FN_LH + 1.0
        return h + (4.0 if keys else 0)

    def limit(self, extra=()):
        keys = list(self.page_fns) + [k for k in extra if k not in self.page_fns]
        return BOTTOM - self.fn_height(keys) if keys else BOTTOM

    def finish_page(self):
        if not self.page_fns:
            return
        h = self.fn_height(self.page_fns)
        y = FN_FOOT - h + 4.0 + FN_LH
        self.p.set_line_width(0.25)
        self.p.line(L, y - FN_LH - 0.8, L + 45, y - FN_LH - 0.8)
        for k in self.page_fns:
            lines = self.wrap(FOOTNOTES[k], [W - 6, W - 6], "", FN_SIZE)
            self.font("", FN_SIZE * 0.7)
            self.p.text(L + 1.0, y - 1.3, k)
            for ln in lines:
                self.draw_line(L + 6, y, ln, "", FN_SIZE)
                y += FN_LH
            y += 1.0
        self.page_fns = []

    def new_page(self, label=None, running=True):
        self.finish_page()
        self.p.add_page()
        if running:
            self.font("", 10)
            for i, s in enumerate([SYMBOL, "Page " + label]):
                self.p.text(R - self.p.get_string_width(s), 14 + i * 4.6, s)
        self.y = 30.0

    def next_body_page(self):
        self.body_page += 1
        self.new_page(str(self.body_page))

    def ensure(self, h):
        if self.y + h > self.limit():
            self.next_body_page()

    def markers(self, toks):
        return [self.split_marker(t)[1] for t in toks if self.split_marker(t)[1]]

    # -- blocks
    def centered(self, text, style="B", size=BODY_SIZE, lh=LH):
        self.font(style, size)
        w = self.p.get_string_width(text)
        self.p.text(L + (W - w) / 2, self.y, text)
        self.y += lh

    def flow(self, lines, xs, style="", size=BODY_SIZE, label=None):
        """Draw wrapped lines; xs = (x of first line, x of following); label = (x, text) on line 1."""
        for i, ln in enumerate(lines):
            mk = self.markers(ln)
            if self.y > self.limit(mk):
                self.next_body_page()
            if i == 0 and label:
                self.font(style, size)
                self.p.text(label[0], self.y, label[1])
            self.draw_line(xs[0] if i == 0 else xs[1], self.y, ln, style, size)
            for m in mk:
                if m not in self.page_fns:
                    self.page_fns.append(m)
            self.y += LH

    def heading(self, label, lines):
        self.ensure(LH * (len(lines) + 3))
        self.marks["head_" + label] = self.body_page
        self.font("B")
        self.p.text(L, self.y, label)
        for ln in lines:
            self.p.text(L + 10, self.y, ln)
            self.y += LH
        self.y += 2.2

    def para(self, n, text):
        lines = self.wrap(text, [W - 10, W])
        if self.y + LH * min(2, len(lines)) > self.limit():
            self.next_body_page()
        self.flow(lines, (L + 10, L), label=(L, f"{n}."))
        self.y += 2.6

    def item(self, level, label, text):
        x0 = L + 10 * level
        lines = self.wrap(text, [R - (x0 + 10), R - (x0 + 10)])
        self.flow(lines, (x0 + 10, x0 + 10), label=(x0, label))
        self.y += 1.6

    # -- tables
    def table_head(self, cols, heads, size=10):
        """cols: list of (x_left, width, align); heads: list of list-of-lines per column."""
        n = max(len(h) for h in heads)
        self.font("B", size)
        for (x, w, al), hl in zip(cols, heads):
            pad = n - len(hl)
            for i, s in enumerate(hl):
                yy = self.y + (pad + i) * 4.4
                sw = self.p.get_string_width(s)
                xx = x if al == "L" else (x + w - sw if al == "R" else x + (w - sw) / 2)
                self.p.text(xx, yy, s)
        self.y += (n - 1) * 4.4 + 2.0
        self.p.set_line_width(0.3)
        self.p.line(L, self.y, R, self.y)
        self.y += 5.2

    def fig_cell(self, x, w, v, style, size=10):
        self.font(style, size)
        s = fmt(v)
        sw = self.p.get_string_width(s)
        if v is not None and v < 0:
            self.p.text(x + w - sw + 1.2, self.y, s)   # hanging bracket
        else:
            self.p.text(x + w - sw, self.y, s)

    def statement(self, label, title_lines, unit, heads, rows, after=None):
        self.body_page += 1
        self.new_page(str(self.body_page))
        self.marks[label] = self.body_page
        self.y = 34
        self.centered(label, "B", 11, 6.5)
        for t in title_lines:
            self.centered(t, "B", 11, 5.4)
        self.y += 1.0
        self.centered(unit, "I", 10, 8.5)
        cols = [(L, 95, "L"), (L + 95, 16, "C"), (L + 118, 21, "R"), (L + 144, 21, "R")]
        self.table_head(cols, heads)
        rh = 5.6
        for k, lab, note, a, b, ind in rows:
            style = "B" if k in ("grp", "tot", "net", "sub") else ""
            if k == "grp2":
                style = "BI"
            if k in ("sub", "tot", "net"):
                self.p.set_line_width(0.2)
                for (x, w, al) in cols[2:]:
                    self.p.line(x + 3, self.y - 4.3, x + w + 1.2, self.y - 4.3)
            self.font(style, 10)
            self.p.text(L + 5 * ind, self.y, lab)
            if note:
                self.font("", 8)
                nw = self.p.get_string_width(note)
                self.p.text(cols[1][0] + (cols[1][1] - nw) / 2, self.y - 0.3, note)
            if a is not None or b is not None:
                self.fig_cell(cols[2][0], cols[2][1], a, style)
                self.fig_cell(cols[3][0], cols[3][1], b, style)
            if k in ("tot",):
                for (x, w, al) in cols[2:]:
                    self.p.line(x + 3, self.y + 1.4, x + w + 1.2, self.y + 1.4)
                    self.p.line(x + 3, self.y + 2.0, x + w + 1.2, self.y + 2.0)
                self.y += 2.0
            self.y += rh
            if k in ("tot", "net") or (k == "sub"):
                self.y += 1.5
        if after:
            self.y += 6
            self.font("I", 10)
            self.p.text(L, self.y, after)
            self.y += LH

    def schedule(self, rows):
        heads = [["Member State"],
                 ["Outstanding at", "1 January", "2013"],
                 ["Assessed", "contributions", "for 2013"],
                 ["Contributions", "received", "in 2013"],
                 ["Outstanding at", "31 December", "2013"]]
        cols = [(L, 62, "L"), (L + 63, 25, "R"), (L + 88, 25, "R"), (L + 113, 25, "R"), (L + 140, 25, "R")]

        def top(cont):
            self.body_page += 1
            self.new_page(str(self.body_page))
            self.y = 34
            if not cont:
                self.marks["SCHEDULE 1"] = self.body_page
                self.centered("SCHEDULE 1", "B", 11, 6.5)
                self.centered("STATUS OF ASSESSED CONTRIBUTIONS OUTSTANDING", "B", 11, 5.4)
                self.centered("BY MEMBER STATE AS AT 31 DECEMBER 2013", "B", 11, 5.4)
            else:
                self.centered("SCHEDULE 1 (continued)", "B", 11, 6.5)
            self.y += 1.0
            self.centered("(in Swiss francs)", "I", 10, 8.5)
            self.table_head(cols, heads)

        top(False)
        rh = 6.4
        first_page_rows = 21
        for i, (name, a, b, c, d) in enumerate(rows):
            if i == first_page_rows:
                self.p.set_line_width(0.2)
                self.p.line(L, self.y - 3.6, R, self.y - 3.6)
                top(True)
            mk = self.markers([name])
            for m in mk:
                self.page_fns.append(m)
            self.draw_line(L, self.y, [name], "", 10)
            for (x, w, al), v in zip(cols[1:], (a, b, c, d)):
                self.fig_cell(x, w, v, "")
            self.y += rh
        self.p.set_line_width(0.2)
        for (x, w, al) in cols[1:]:
            self.p.line(x + 3, self.y - 4.5, x + w + 1.2, self.y - 4.5)
        self.y += 0.6
        self.font("B", 10)
        self.p.text(L, self.y, "Total")
        for (x, w, al), v in zip(cols[1:], TOT):
            self.fig_cell(x, w, v, "B")
        for (x, w, al) in cols[1:]:
            self.p.line(x + 3, self.y + 1.4, x + w + 1.2, self.y + 1.4)
            self.p.line(x + 3, self.y + 2.0, x + w + 1.2, self.y + 2.0)

    # -- cover and contents
    def cover(self):
        self.p.add_page()
        self.font("B", 12)
        self.p.text(R - self.p.get_string_width(SYMBOL), 22, SYMBOL)
        self.font("", 11)
        for i, s in enumerate(["Original: English", "12 May 2014"]):
            self.p.text(R - self.p.get_string_width(s), 28 + i * 5.2, s)
        self.y = 62
        self.centered("COUNCIL", "B", 12, 6.2)
        self.centered("105th Session", "", 12, 6.2)
        self.y = 112
        self.centered("FINANCIAL REPORT FOR THE YEAR ENDED", "B", 14, 8.0)
        self.centered("31 DECEMBER 2013", "B", 14, 8.0)
        # cover note
        self.y = 238
        self.p.set_line_width(0.25)
        self.p.line(L, self.y, L + 45, self.y)
        self.y += 6
        note = ("This document is submitted to the Standing Committee on Programmes and Finance at its "
                "Fourteenth Session, to be held on 24 and 25 June 2014, and to the Council at its 105th "
                "Session for approval.")
        for ln in self.wrap(note, [W, W], "", 10):
            self.draw_line(L, self.y, ln, "", 10)
            self.y += 4.6
        self.font("B", 11)
        for s, x in (("COUNCIL", L + 8), ("CONSEIL", L + 67), ("CONSEJO", L + 128)):
            self.p.text(x, 283, s)

    def contents(self, pages):
        self.new_page("i")
        self.y = 36
        self.centered("CONTENTS", "B", 11, 9)
        self.font("B", 10)
        self.p.text(R - self.p.get_string_width("Page"), self.y, "Page")
        self.y += 8

        def entry(indent, label, text, page, style=""):
            x0 = L + indent
            xt = x0 + (10 if label else 0)
            lines = self.wrap(text, [R - 18 - xt, R - 18 - xt], style, 11)
            for i, ln in enumerate(lines):
                if i == 0 and label:
                    self.font(style, 11)
                    self.p.text(x0, self.y, label)
                self.draw_line(xt, self.y, ln, style, 11)
                if i == len(lines) - 1:
                    self.font(style, 11)
                    end = xt + self.p.get_string_width(" ".join(ln)) + 1.5
                    dot = self.p.get_string_width(".")
                    n = int((R - 8 - end) / dot)
                    self.p.text(end, self.y, "." * max(n, 3))
                    pw = self.p.get_string_width(page)
                    self.p.text(R - pw, self.y, page)
                self.y += LH
            self.y += 2.2

        entry(0, None, "INTRODUCTION", pages["intro"], "B")
        for blk in INTRO:
            if blk[0] == "head":
                entry(8, blk[1], " ".join(blk[2]), pages["head_" + blk[1]])
        self.y += 2
        entry(0, None, "STATEMENT I \u2013 Statement of financial position as at 31 December 2013",
              pages["STATEMENT I"])
        entry(0, None, "STATEMENT II \u2013 Statement of financial performance for the year ended "
                       "31 December 2013", pages["STATEMENT II"])
        entry(0, None, "SCHEDULE 1 \u2013 Status of assessed contributions outstanding by Member State "
                       "as at 31 December 2013", pages["SCHEDULE 1"])

    # -- whole document
    def build(self, pages):
        self.cover()
        self.contents(pages)
        self.next_body_page()
        self.marks["intro"] = self.body_page
        self.y = 34
        self.centered("FINANCIAL REPORT FOR THE YEAR ENDED 31 DECEMBER 2013", "B", 11, 10)
        self.centered("INTRODUCTION", "B", 11, 8)
        for blk in INTRO:
            if blk[0] == "head":
                self.heading(blk[1], blk[2])
            elif blk[0] == "par":
                self.para(blk[1], blk[2])
            else:
                self.item(blk[1], blk[2], blk[3])
        self.statement("STATEMENT I", ["STATEMENT OF FINANCIAL POSITION", "AS AT 31 DECEMBER 2013"],
                       "(in thousands of US dollars)",
                       [[""], ["Notes"], ["31 December", "2013"], ["31 December", "2012"]], STMT1,
                       after="The accompanying notes form an integral part of these financial statements.")
        self.statement("STATEMENT II", ["STATEMENT OF FINANCIAL PERFORMANCE", "FOR THE YEAR ENDED 31 DECEMBER 2013"],
                       "(in thousands of US dollars)",
                       [[""], ["Notes"], ["2013"], ["2012"]], STMT2,
                       after="The accompanying notes form an integral part of these financial statements.")
        self.schedule(SCHED_ROWS)
        self.finish_page()
        return {k: str(v) for k, v in self.marks.items()}


dummy = {k: "0" for k in ["intro", "head_A.", "head_B.", "head_C.", "head_D.", "head_E.",
                          "STATEMENT I", "STATEMENT II", "SCHEDULE 1"]}
pages = Writer().build(dummy)
w = Writer()
again = w.build(pages)
assert again == pages, (again, pages)
w.p.output(OUT)
print("pages:", w.p.page_no(), pages, "totals:", TOT, "art4:", ART4)
