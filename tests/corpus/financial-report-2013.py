"""Draws financial-report-2013.pdf: an invented IOM financial report (MC/2381, 2013) with fpdf2."""
from fpdf import FPDF

SYMBOL = "MC/2381"
OUT = "financial-report-2013.pdf"

LM = 25.0          # left margin (paragraph numbers hang here)
TX = 36.0          # left edge of the text block
RM = 185.0         # right edge
TOP = 36.0         # first body baseline on pages with a running header
BOTTOM = 278.0     # last usable baseline when there are no footnotes
LH = 5.0           # body line height
FS = 11            # body font size
FN_FS = 9
FN_LH = 4.2

SUP = {"\u00b9": "1", "\u00b2": "2"}   # placeholders for raised footnote markers


class Doc(FPDF):
    pass


pdf = Doc(format="A4", unit="mm")
pdf.core_fonts_encoding = "windows-1252"
pdf.set_auto_page_break(False)
pdf.set_title("Financial report for the year ended 31 December 2012")


def denorm(s):
    return s.encode("latin-1").decode("cp1252")


def wrap(text, width, style="", size=FS):
    pdf.set_font("Times", style, size)
    lines = pdf.multi_cell(width, LH, text, dry_run=True, output="LINES")
    return [denorm(l) for l in lines]


def draw_line(x, y, text, style="", size=FS):
    """Draw one line at baseline y, raising footnote markers."""
    buf = ""
    for ch in text:
        if ch in SUP:
            if buf:
                pdf.set_font("Times", style, size)
                pdf.text(x, y, buf)
                x += pdf.get_string_width(buf)
                buf = ""
            pdf.set_font("Times", "", size * 0.62)
            pdf.text(x + 0.2, y - 1.9, SUP[ch])
            x += pdf.get_string_width(SUP[ch]) + 0.4
        else:
            buf += ch
    if buf:
        pdf.set_font("Times", style, size)
        pdf.text(x, y, buf)


def centre(y, text, style="", size=FS):
    pdf.set_font("Times", style, size)
    w = pdf.get_string_width(text)
    pdf.text((LM + RM) / 2 - w / 2, y, text)


def right(y, text, style="", size=FS):
    pdf.set_font("Times", style, size)
    pdf.text(RM - pdf.get_string_width(text), y, text)


page_no = [0]


def running_header():
    pdf.add_page()
    page_no[0] += 1
    right(15, SYMBOL)
    right(20, "Page %d" % page_no[0])


# ---------------------------------------------------------------- body flow
FOOTNOTES = {
    "1": "The plan for the adoption of IPSAS was set out in document SCPF/68 and endorsed by the "
         "Council in Resolution No. 1227 of 7 December 2011. The comparative figures for 2011 "
         "shown in the financial statements have been restated on the same basis.",
    "2": "Expenditure by service area is presented on the same basis as in the Programme and Budget "
         "for 2012 (MC/2318). A breakdown of operational expenditure by region and by country is "
         "provided in the notes to the financial statements, which are issued with this report.",
}


class Flow:
    def __init__(self):
        self.y = None
        self.page_fns = []

    def limit(self, extra_fns=()):
        fns = self.page_fns + list(extra_fns)
        if not fns:
            return BOTTOM
        h = 7.0
        for k in fns:
            h += len(wrap(k + "  " + FOOTNOTES[k], RM - LM - 6, size=FN_FS)) * FN_LH + 1.0
        return BOTTOM - h

    def flush_footnotes(self):
        if not self.page_fns:
            return
        lines = []
        for k in self.page_fns:
            lines.append((k, wrap(FOOTNOTES[k], RM - LM - 6, size=FN_FS)))
        total = sum(len(l) * FN_LH + 1.0 for _, l in lines)
        y = BOTTOM + 2 - total
        pdf.set_font("Times", "", FN_FS)
        pdf.text(LM, y - 4.5, "__________________")
        for k, ls in lines:
            pdf.set_font("Times", "", FN_FS * 0.7)
            pdf.text(LM, y - 1.4, k)
            for l in ls:
                pdf.set_font("Times", "", FN_FS)
                pdf.text(LM + 4, y, l)
                y += FN_LH
            y += 1.0
        self.page_fns = []

    def new_page(self):
        if self.y is not None:
            self.flush_footnotes()
        running_header()
        self.y = TOP

    def need(self, h):
        if self.y is None or self.y + h > self.limit():
            self.new_page()

    def place(self, x, text, style="", size=FS, first_prefix=None):
        markers = [SUP[c] for c in text if c in SUP]
        if self.y + LH > self.limit(markers) + 0.01:
            self.new_page()
        if first_prefix:
            pdf.set_font("Times", "", size)
            pdf.text(first_prefix[0], self.y, first_prefix[1])
        draw_line(x, self.y, text, style, size)
        self.page_fns += markers
        self.y += LH

    def block(self, x, text, prefix=None, gap=3.0):
        lines = wrap(text, RM - x)
        for i, l in enumerate(lines):
            self.place(x, l, first_prefix=prefix if i == 0 else None)
        self.y += gap

    def para(self, n, text, gap=3.0):
        self.block(TX, text, prefix=(LM, "%d." % n), gap=gap)

    def item(self, label, text, level=1, gap=2.4):
        lx = TX + (level - 1) * 10
        self.block(lx + 10, text, prefix=(lx, label), gap=gap)

    def chapter(self, num, title):
        head = (num + ".  " if num else "") + title
        lines = wrap(head, 130, style="B")
        self.need(len(lines) * LH + 3 + 6 * LH + 5)
        self.y += 2
        for l in lines:
            centre(self.y, l, "B")
            self.y += LH
        self.y += 3

    def section(self, num, title):
        self.need(LH + 2 + 3 * LH)
        pdf.set_font("Times", "B", FS)
        pdf.text(LM, self.y, num + ".")
        pdf.text(TX, self.y, title)
        self.y += LH + 2.6


flow = Flow()

# ---------------------------------------------------------------- cover page
pdf.add_page()
right(22, SYMBOL)
right(28, "Original: English")
right(34, "24 April 2013")
centre(50, "103RD SESSION", "B")
pdf.set_font("Times", "", FS)
pdf.text(LM, 56, "_" * 78)
centre(74, "FINANCIAL REPORT FOR THE YEAR ENDED", "B", 12)
centre(80, "31 DECEMBER 2012", "B", 12)
pdf.set_font("Times", "", FS)
pdf.text(LM, 96, "__________")
note = ("This document is submitted to the Standing Committee on Programmes and Finance at its "
        "Twelfth Session in June 2013.")
y = 103
for l in wrap(note, RM - LM):
    draw_line(LM, y, l)
    y += LH

# table of contents
centre(122, "TABLE OF CONTENTS", "B")
right(130, "Page", "B")

TOC = [
    (0, None, "EXECUTIVE SUMMARY", "1"),
    (0, "I.", "INTRODUCTION", "1"),
    (0, "II.", "FINANCIAL PERFORMANCE OF THE ADMINISTRATIVE AND OPERATIONAL PARTS OF THE BUDGET IN 2012", "2"),
    (1, "A.", "Administrative Part of the Budget", "2"),
    (1, "B.", "Operational Part of the Budget", "2"),
    (1, "C.", "Discretionary income", "3"),
    (0, "III.", "ASSESSED CONTRIBUTIONS AND ARREARS", "3"),
    (1, "A.", "Status of assessed contributions", "3"),
    (1, "B.", "Member States subject to Article 4 of the Constitution", "3"),
    (0, "IV.", "CASH, INVESTMENTS AND LIQUIDITY", "3"),
    (0, None, "FINANCIAL STATEMENTS", "4"),
    (1, None, "Statement I \u2013 Statement of financial position as at 31 December 2012", "4"),
    (1, None, "Statement II \u2013 Statement of financial performance for the year ended 31 December 2012", "5"),
    (1, None, "Schedule 1 \u2013 Member States with assessed contributions outstanding to the Administrative Part of the Budget as at 31 December 2012", "5"),
]


def toc_entry(y, level, num, title, page):
    pdf.set_font("Times", "", FS)
    x_num = LM + (0 if level == 0 else 12) if num else None
    x_txt = LM + 12 * level + (12 if num else 0)
    if num is None and level == 1:
        x_txt = LM + 12
    if num:
        pdf.text(x_num, y, num)
    page_x = RM - pdf.get_string_width(page)
    lines = wrap(title, page_x - 14 - x_txt)
    for i, l in enumerate(lines):
        pdf.set_font("Times", "", FS)
        pdf.text(x_txt, y, l)
        if i == len(lines) - 1:
            end = x_txt + pdf.get_string_width(l) + 1.5
            dots = ""
            while end + pdf.get_string_width(dots + ".") < page_x - 2:
                dots += "."
            pdf.text(end, y, dots)
            pdf.text(page_x, y, page)
        y += LH
    return y


y = 138
for level, num, title, page in TOC:
    if level == 0 and y > 140:
        y += 2.5
    y = toc_entry(y, level, num, title, page)
    y += 0.8

centre(284, "COUNCIL                    CONSEIL                    CONSEJO", "B", 10)

# ---------------------------------------------------------------- body
flow.new_page()
centre(flow.y, "FINANCIAL REPORT FOR THE YEAR ENDED 31 DECEMBER 2012")
flow.y += LH + 4

flow.chapter(None, "EXECUTIVE SUMMARY")
flow.para(1, "Total expenses of the Organization in 2012 amounted to USD 1,331.3 million, compared "
             "with USD 1,259.7 million in 2011, an increase of 5.7 per cent. Most of this growth was "
             "recorded under the Operational Part of the Budget, where the volume of activity continued "
             "to expand, notably in movement and emergency operations and in migration health.")
flow.para(2, "Revenue for the year totalled USD 1,340.2 million (2011: USD 1,268.3 million), of which "
             "voluntary contributions accounted for USD 1,289.5 million, or 96.2 per cent. The resulting "
             "surplus of USD 8.9 million raised the net assets of the Organization to USD 97.3 million at "
             "31 December 2012 (Statements I and II).")
flow.para(3, "The Administrative Part of the Budget closed the year with an underspending of CHF 344,790. "
             "Outstanding assessed contributions fell from CHF 1,021,570 at the end of 2011 to CHF 845,236 "
             "at the end of 2012, and the number of Member States subject to Article 4 of the Constitution "
             "decreased from thirteen to eleven.")

flow.chapter("I", "INTRODUCTION")
flow.para(4, "The present report is submitted in accordance with Article 13 of the Financial Regulations "
             "and covers the financial year from 1 January to 31 December 2012. The financial statements "
             "it contains have been prepared in conformity with the International Public Sector Accounting "
             "Standards (IPSAS), which the Organization applied in full for the first time in 2012.\u00b9 "
             "The statements are expressed in US dollars; amounts relating to the Administrative Part of "
             "the Budget are also shown in Swiss francs where this aids comparison with the approved budget.")
flow.para(5, "The opinion of the External Auditor on the financial statements for 2012 is issued "
             "separately as document MC/2382. Readers may also wish to refer to the Programme and Budget "
             "for 2013 (MC/2339), against which several of the trends described below can usefully be read.")
flow.para(6, "The budget of the Organization comprises two parts, each of which is financed and accounted "
             "for separately:", gap=2.4)
flow.item("(a)", "the Administrative Part of the Budget, expressed in Swiss francs and funded by the assessed "
                 "contributions of Member States; and")
flow.item("(b)", "the Operational Part of the Budget, expressed in US dollars and funded mainly by voluntary "
                 "contributions earmarked for specific projects, together with the Operational Support "
                 "Income (OSI) generated by those projects.", gap=3.0)

flow.chapter("II", "FINANCIAL PERFORMANCE OF THE ADMINISTRATIVE AND OPERATIONAL PARTS OF THE BUDGET IN 2012")
flow.section("A", "Administrative Part of the Budget")
flow.para(7, "The Council approved an Administrative Part of the Budget for 2012 of CHF 39,388,000 by "
             "Resolution No. 1229 of 7 December 2011, on the basis of the Programme and Budget for 2012 "
             "(MC/2318). Expenditure charged to the Administrative Part during the year amounted to "
             "CHF 39,043,210, leaving an underspending of CHF 344,790.")
flow.para(8, "The underspending is the result of several factors, the main ones being the following:", gap=2.4)
flow.item("(a)", "a number of posts at Headquarters and in the Manila and Panama Administrative Centres "
                 "remained vacant for part of the year while recruitment procedures were completed;")
flow.item("(b)", "non-staff costs were below the budgeted level, in particular:")
flow.item("(i)", "communication costs, following the renegotiation of the telephone and data contracts "
                 "of Headquarters; and", level=2)
flow.item("(ii)", "the cost of the governing body sessions, since fewer pre-session documents had to be "
                  "translated into the official languages;", level=2)
flow.item("(c)", "the strength of the Swiss franc against the US dollar reduced the Swiss franc cost of "
                 "certain services contracted in US dollars.", gap=3.0)
flow.para(9, "Under the Financial Regulations, an underspending in the Administrative Part of the Budget is "
             "returned to Member States unless the Council decides otherwise. The Administration will invite "
             "the Council, at its 103rd Session, to decide whether the amount of CHF 344,790 should be credited "
             "against the assessed contributions of Member States for 2014.")

flow.section("B", "Operational Part of the Budget")
flow.para(10, "Expenditure under the Operational Part of the Budget reached USD 1,289.7 million, compared "
              "with USD 1,215.8 million in 2011, an increase of USD 73.9 million or 6.1 per cent.")
flow.para(11, "Movement, emergency and post-crisis migration management remained the largest service area, "
              "at USD 711.4 million, or 55.2 per cent of operational expenditure. Spending on migration health "
              "rose to USD 96.3 million, reflecting the expansion of health assessment programmes for refugees "
              "and immigrants, while regulating migration accounted for USD 204.8 million.\u00b2 The remaining "
              "USD 277.2 million was spent on facilitating migration, migration and development, "
              "migration policy and research, and general programme support.")
flow.para(12, "Voluntary contributions, the principal source of funding for the Operational Part, amounted "
              "to USD 1,289.5 million. Governments again provided the bulk of these resources, followed by "
              "intergovernmental bodies, entities of the United Nations system, the private sector and "
              "individuals. Contributions from non-traditional donors, although still modest, continued to "
              "grow, and more projects were funded jointly by several donors. Most contributions remained tightly earmarked, which limits the flexibility with which "
              "the Organization can respond to new needs and leaves it reliant on discretionary income to "
              "finance its core structure at Headquarters and in the field.")

flow.section("C", "Discretionary income")
flow.para(13, "Discretionary income, which comprises OSI and miscellaneous income (unearmarked contributions "
              "and interest income), totalled USD 69.5 million in 2012, against a budgeted level of "
              "USD 65.4 million. OSI alone reached USD 66.8 million, as against the USD 63.0 million "
              "foreseen in the Revision of the Programme and Budget for 2012 (MC/2347), while interest income amounted to USD 2.1 million and unearmarked contributions to "
              "USD 0.6 million.")
flow.para(14, "Of the USD 3.8 million of OSI received above the budgeted level, USD 2.1 million was used to "
              "meet priority structural needs approved by the Director General, and a net amount of "
              "USD 1.7 million was transferred to the OSI reserve, bringing its balance to USD 11.5 million "
              "at the end of the year (Statement I).")

flow.chapter("III", "ASSESSED CONTRIBUTIONS AND ARREARS")
flow.section("A", "Status of assessed contributions")
flow.para(15, "At 31 December 2012 assessed contributions outstanding totalled CHF 845,236, of which "
              "CHF 215,825 related to 2012 and CHF 629,411 to earlier years. The corresponding amount at the "
              "end of 2011 was CHF 1,021,570. Details by Member State are given in Schedule 1.")
flow.para(16, "The reduction in arrears is largely due to the settlement of long-standing balances by "
              "several Member States, two of which paid in full the amounts owed under payment plans agreed "
              "with the Administration. The payment plan concluded with Kyrgyzstan in 2011 was respected "
              "throughout the year, and contacts continue with the other Member States concerned.")
flow.section("B", "Member States subject to Article 4 of the Constitution")
flow.para(17, "Under Article 4 of the Constitution, a Member State whose arrears equal or exceed the "
              "contributions due from it for the preceding two full years has no vote. As at 31 December 2012, "
              "eleven Member States were in that situation; they are marked with an asterisk in Schedule 1. "
              "In line with Resolution No. 1163 of 5 December 2008, those Member States are encouraged to "
              "agree on a payment plan with the Administration.")

flow.chapter("IV", "CASH, INVESTMENTS AND LIQUIDITY")
flow.para(18, "Cash and cash equivalents and short-term investments together amounted to USD 499.0 million "
              "at the end of the year (2011: USD 460.2 million). The greater part of these funds is, however, "
              "held on behalf of donors: deferred income, which represents contributions received in advance "
              "of the implementation of the projects to which they are earmarked, stood at USD 403.9 million.")
flow.para(19, "The ratio of current assets to current liabilities remained at 1.30, unchanged from the previous "
              "year. Employee benefit liabilities, chiefly for after-service medical coverage and separation "
              "entitlements, rose to USD 96.2 million (2011: USD 88.4 million); options for funding them will "
              "be presented to the Standing Committee on Programmes and Finance in 2013.")
flow.flush_footnotes()

# ---------------------------------------------------------------- statements
RH = 5.0
TS = 10


def fmt(v):
    if v is None:
        return ""
    if v == 0:
        return "\u2013"
    return "{:,}".format(v)


def table(y, cols, header, rows, label_w=100):
    """cols: right edges of the numeric columns. rows: (kind, label, values)."""
    # header (may have several lines per column)
    nlines = max(len(h) for h in header)
    for ci, h in enumerate(header):
        for li, t in enumerate(h):
            yy = y + (nlines - len(h) + li) * 4.4
            if ci == 0:
                pdf.set_font("Times", "I" if t.startswith("(") else "B", TS)
                pdf.text(LM, yy, t)
            else:
                pdf.set_font("Times", "B", TS)
                pdf.text(cols[ci - 1] - pdf.get_string_width(t), yy, t)
    y += nlines * 4.4 - 2.4
    pdf.set_line_width(0.2)
    pdf.line(LM, y, RM, y)
    y += RH + 0.4
    for kind, label, vals in rows:
        style = {"group": "B", "sub": "B", "head": "BI", "total": "B"}.get(kind, "")
        indent = {"row": 5, "sub": 0, "head": 0, "group": 0, "total": 0}[kind]
        if kind in ("sub", "total"):
            for c in cols:
                pdf.line(c - 24, y - RH + 1.0, c, y - RH + 1.0)
        pdf.set_font("Times", style, TS)
        for i, l in enumerate(wrap(label, label_w - indent, style, TS)):
            pdf.set_font("Times", style, TS)
            pdf.text(LM + indent, y + i * 4.4, l)
        if vals:
            for c, v in zip(cols, vals):
                s = fmt(v)
                pdf.set_font("Times", style, TS)
                pdf.text(c - pdf.get_string_width(s), y, s)
        if kind == "total":
            for c in cols:
                pdf.line(c - 24, y + 1.3, c, y + 1.3)
                pdf.line(c - 24, y + 1.9, c, y + 1.9)
            y += 2
        y += RH + (1.2 if kind in ("sub",) else 0)
        if kind == "group":
            y += 0.6
    return y


def check_sum(parts, total):
    for i in range(len(total)):
        assert sum(p[i] for p in parts) == total[i], (parts, total)


# Statement I figures (thousands of USD): (2012, 2011)
cur = [(402615, 371208), (96400, 88950), (61327, 54110), (14286, 12947), (5912, 6304)]
tca = (580540, 533519)
check_sum(cur, tca)
ncur = [(24800, 21600), (8145, 9732), (38512, 36870)]
tnca = (71457, 68202)
check_sum(ncur, tnca)
ta = (651997, 601721)
check_sum([tca, tnca], ta)
cl = [(28734, 25406), (403918, 372645), (9260, 8915), (3588, 4120)]
tcl = (445500, 411086)
check_sum(cl, tcl)
ncl = [(96213, 88407), (12970, 13855)]
tncl = (109183, 102262)
check_sum(ncl, tncl)
tl = (554683, 513348)
check_sum([tcl, tncl], tl)
na = (ta[0] - tl[0], ta[1] - tl[1])
assert na == (97314, 88373)
res = [(1286, 915), (11540, 9876), (84488, 77582)]
check_sum(res, na)

running_header()
centre(34, "FINANCIAL STATEMENTS", "B")
centre(46, "Statement I \u2013 Statement of financial position as at 31 December 2012", "B")
C2 = [150, RM]
rows1 = [
    ("group", "ASSETS", None),
    ("head", "Current assets", None),
    ("row", "Cash and cash equivalents", cur[0]),
    ("row", "Short-term investments", cur[1]),
    ("row", "Contributions receivable", cur[2]),
    ("row", "Other receivables", cur[3]),
    ("row", "Prepayments", cur[4]),
    ("sub", "Total current assets", tca),
    ("head", "Non-current assets", None),
    ("row", "Long-term investments", ncur[0]),
    ("row", "Refugee loans receivable", ncur[1]),
    ("row", "Property, plant and equipment", ncur[2]),
    ("sub", "Total non-current assets", tnca),
    ("total", "TOTAL ASSETS", ta),
    ("group", "LIABILITIES", None),
    ("head", "Current liabilities", None),
    ("row", "Accounts payable", cl[0]),
    ("row", "Deferred income", cl[1]),
    ("row", "Staff-related liabilities", cl[2]),
    ("row", "Provisions", cl[3]),
    ("sub", "Total current liabilities", tcl),
    ("head", "Non-current liabilities", None),
    ("row", "Employee benefit liabilities", ncl[0]),
    ("row", "Borrowings", ncl[1]),
    ("sub", "Total non-current liabilities", tncl),
    ("total", "TOTAL LIABILITIES", tl),
    ("total", "NET ASSETS", na),
    ("group", "RESERVES AND FUND BALANCES", None),
    ("row", "Administrative Part \u2013 accumulated surplus", res[0]),
    ("row", "Operational Support Income reserve", res[1]),
    ("row", "Operational Part \u2013 fund balances", res[2]),
    ("total", "TOTAL RESERVES AND FUND BALANCES", na),
]
table(56, C2, [["(in thousands of US dollars)"], ["2012"], ["2011"]], rows1)

# Statement II
rev = [(41920, 44087), (1289455, 1215371), (2115, 2896), (6732, 5954)]
trev = (1340222, 1268308)
check_sum(rev, trev)
exp = [(402813, 381604), (338270, 316952), (257946, 249318), (191508, 177240), (124731, 119882),
       (5624, 5215), (10389, 9457)]
texp = (1331281, 1259668)
check_sum(exp, texp)
surplus = (trev[0] - texp[0], trev[1] - texp[1])
assert surplus[0] == na[0] - na[1] == 8941

running_header()
centre(34, "Statement II \u2013 Statement of financial performance for the year ended 31 December 2012", "B")
rows2 = [
    ("group", "REVENUE", None),
    ("row", "Assessed contributions", rev[0]),
    ("row", "Voluntary contributions", rev[1]),
    ("row", "Interest income", rev[2]),
    ("row", "Other revenue", rev[3]),
    ("sub", "Total revenue", trev),
    ("group", "EXPENSES", None),
    ("row", "Staff salaries and benefits", exp[0]),
    ("row", "Contractual services", exp[1]),
    ("row", "Migrant transportation and travel", exp[2]),
    ("row", "Transfers to implementing partners and grants", exp[3]),
    ("row", "General operating expenses", exp[4]),
    ("row", "Depreciation", exp[5]),
    ("row", "Other expenses", exp[6]),
    ("sub", "Total expenses", texp),
    ("total", "SURPLUS FOR THE YEAR", surplus),
]
y = table(44, C2, [["(in thousands of US dollars)"], ["2012"], ["2011"]], rows2)

# Schedule 1 (Swiss francs): (prior years, 2012)
sched = [
    ("Benin*", 41208, 3417),
    ("Bolivia (Plurinational State of)", 12654, 9832),
    ("Burundi*", 19772, 1708),
    ("Central African Republic*", 27315, 1708),
    ("Comoros*", 16044, 1708),
    ("Democratic Republic of the Congo*", 88406, 5125),
    ("Dominican Republic", 0, 14516),
    ("Gambia*", 22917, 1708),
    ("Guinea-Bissau*", 25360, 1708),
    ("Kyrgyzstan", 4250, 4270),
    ("Liberia*", 31092, 1708),
    ("Mali", 0, 6832),
    ("Paraguay", 0, 8541),
    ("Sierra Leone*", 20130, 1708),
    ("Somalia*", 98744, 1708),
    ("Venezuela (Bolivarian Republic of)", 186310, 146211),
    ("Yemen*", 35209, 3417),
]
tp = sum(s[1] for s in sched)
t12 = sum(s[2] for s in sched)
assert (tp, t12, tp + t12) == (629411, 215825, 845236)
assert sum(1 for s in sched if s[0].endswith("*")) == 11

y += 10
cap = ("Schedule 1 \u2013 Member States with assessed contributions outstanding to the "
       "Administrative Part of the Budget as at 31 December 2012")
for l in wrap(cap, 140, "B"):
    centre(y, l, "B")
    y += 5.5
y += 3.5
C3 = [120, 152, RM]
hdr = [["Member State"], ["Prior to 2012", "CHF"], ["2012", "CHF"], ["Total", "CHF"]]
y = table(y, C3, hdr, [("row", n, (a, b, a + b)) for n, a, b in sched]
          + [("total", "Total", (tp, t12, tp + t12))])
pdf.set_font("Times", "", 9)
pdf.text(LM, y + 1, "* Member States subject to Article 4 of the Constitution as at 31 December 2012.")

pdf.output(OUT)
print("pages:", pdf.pages_count)
