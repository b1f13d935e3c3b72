"""Lay out C/107/3, Financial Report for the year ended 31 December 2015 (IOM Council, 107th Session).

Plain reportlab canvas, A4, Times family.  Text markers: ^N inside a word is a raised footnote marker.
"""
import re
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

SYMBOL = "C/107/3"
W, H = A4
LM = 70.0          # left margin
RM = 68.0          # right margin
TOP = H - 62.0     # first baseline of body text on a body page
BOTTOM = 66.0      # lowest baseline for body text / footnotes
TW = W - LM - RM   # text width

BODY = ("Times-Roman", 11.0)
LEAD = 12.9
FN_SIZE = 9.0
FN_LEAD = 10.6

# ---------------------------------------------------------------------------
# Content
# ---------------------------------------------------------------------------
FOOTNOTES = {
    "1": "The financial statements, with the notes thereto and the Statement on Internal Control, are "
         "issued as a separate volume and are available on the IOM website for Member States.",
    "2": "The assessed contributions of the new Member States admitted in 2015 are not included in this "
         "amount; in accordance with established practice they are recorded as miscellaneous income.",
    "3": "Including the Organization's contributions to the IOM Staff Provident Fund and to the medical "
         "and accident insurance plans.",
    "4": "Updated figures as at 31 March 2016 are given in the Status report on outstanding contributions "
         "to the Administrative Part of the Budget (S/18/4).",
    "5": "Based on an actuarial valuation as at 31 December 2015 carried out by an independent firm of "
         "actuaries, using a discount rate of 1.1 per cent and a medical cost trend rate of 4.5 per cent.",
}

# Table 1: summary statement of financial position (USD thousands)
T1 = [
    ("Cash and cash equivalents", 612480, 548215),
    ("Investments", 165300, 140120),
    ("Contributions receivable", 318745, 262410),
    ("Other receivables", 41236, 38907),
    ("Property, plant and equipment", 36118, 33452),
]
T1L = [
    ("Deferred revenue", 734520, 636871),
    ("Employee benefit liabilities", 121640, 108295),
    ("Payables and accruals", 98412, 89760),
    ("Borrowings", 10500, 11650),
]
TA = (sum(r[1] for r in T1), sum(r[2] for r in T1))
TL = (sum(r[1] for r in T1L), sum(r[2] for r in T1L))
NA = (TA[0] - TL[0], TA[1] - TL[1])
assert TA == (1173879, 1023104), TA
assert TL == (965072, 846576), TL
assert NA == (208807, 176528), NA

# Table 2: income and expenditure by part (USD thousands)
ADM = (47004, 46713)
OSI = (97845, 95302)
PRJ = (1463905, 1463905)
SUBOP = (OSI[0] + PRJ[0], OSI[1] + PRJ[1])
TOT2 = (ADM[0] + SUBOP[0], ADM[1] + SUBOP[1])
assert SUBOP == (1561750, 1559207)
assert TOT2 == (1608754, 1605920)
assert round(45124000 / 0.96 / 1000) == ADM[0] and round(44844640 / 0.96 / 1000) == ADM[1]

# Table 3: outstanding contributions (CHF)
T3 = [
    ("Argentina", 0, 412318, False),
    ("Bolivia (Plurinational State of)", 98412, 21640, True),
    ("Brazil", 0, 597233, False),
    ("Central African Republic", 27405, 2180, True),
    ("Democratic Republic of the Congo", 61220, 9860, True),
    ("Dominican Republic", 142906, 27105, True),
    ("Guinea-Bissau", 24118, 1090, True),
    ("Iran (Islamic Republic of)", 0, 389210, False),
    ("Kyrgyzstan", 21870, 1090, True),
    ("Liberia", 33760, 1090, True),
    ("Paraguay", 88145, 14790, True),
    ("Sierra Leone", 30512, 1090, True),
    ("Somalia", 19630, 1090, True),
    ("Venezuela (Bolivarian Republic of)", 476830, 209940, True),
]
T3_PRIOR, T3_2015 = 1225322, 2637095
OTHER = (T3_PRIOR - sum(r[1] for r in T3), T3_2015 - sum(r[2] for r in T3))
assert OTHER == (200514, 947369), OTHER
assert T3_PRIOR + T3_2015 == 3862417
assert 45124000 - 42486905 == T3_2015
assert sum(1 for r in T3 if r[3]) == 11


def f(n, dash="\u2013"):
    return dash if n == 0 else "{:,}".format(n)


TABLE1 = {
    "caption": "Table 1.  Summary statement of financial position (in thousands of US dollars)",
    "cols": [("", 0), ("31 December|2015", 1), ("31 December|2014", 1)],
    "widths": [250, 95, 95],
    "rows": [("row", r[0], f(r[1]), f(r[2])) for r in T1]
    + [("total", "Total assets", f(TA[0]), f(TA[1])), ("gap",)]
    + [("row", r[0], f(r[1]), f(r[2])) for r in T1L]
    + [("total", "Total liabilities", f(TL[0]), f(TL[1])), ("gap",),
       ("grand", "Net assets", f(NA[0]), f(NA[1]))],
}

TABLE2 = {
    "caption": "Table 2.  Income and expenditure by part of the budget, 2015 (in thousands of US dollars)",
    "cols": [("", 0), ("Income", 1), ("Expenditure", 1), ("Excess of income|over expenditure", 1)],
    "widths": [190, 80, 80, 100],
    "rows": [
        ("row", "Administrative Part^a", f(ADM[0]), f(ADM[1]), f(ADM[0] - ADM[1])),
        ("group", "Operational Part:", "", "", ""),
        ("row", "   Operational Support Income", f(OSI[0]), f(OSI[1]), f(OSI[0] - OSI[1])),
        ("row", "   Projects", f(PRJ[0]), f(PRJ[1]), f(PRJ[0] - PRJ[1])),
        ("total", "Subtotal, Operational Part", f(SUBOP[0]), f(SUBOP[1]), f(SUBOP[0] - SUBOP[1])),
        ("grand", "Total", f(TOT2[0]), f(TOT2[1]), f(TOT2[0] - TOT2[1])),
    ],
    "notes": [("a", "Converted from Swiss francs at the average United Nations operational rate of "
                    "exchange for 2015 (USD 1.00 = CHF 0.96).")],
}

TABLE3 = {
    "caption": "Table 3.  Outstanding assessed contributions as at 31 December 2015 (in Swiss francs)",
    "cols": [("Member State", 0), ("2014 and|prior years", 1), ("2015", 1), ("Total|outstanding", 1)],
    "widths": [205, 80, 80, 85],
    "rows": [("row", r[0] + ("*" if r[3] else ""), f(r[1]), f(r[2]), f(r[1] + r[2])) for r in T3]
    + [("row", "Other Member States (41)", f(OTHER[0]), f(OTHER[1]), f(OTHER[0] + OTHER[1])),
       ("grand", "Total", f(T3_PRIOR), f(T3_2015), f(T3_PRIOR + T3_2015))],
    "notes": [("*", "Member States subject to the provisions of Article 4 of the Constitution "
                    "(arrears equal to or exceeding the contributions due for the two preceding years).")],
}

BLOCKS = [
    ("runtitle", "FINANCIAL REPORT FOR THE YEAR ENDED 31 DECEMBER 2015"),
    ("uhead", "EXECUTIVE SUMMARY"),
    ("text", "The year 2015 was marked by an exceptional growth in the activities of the Organization, "
             "driven mainly by the large-scale movements of migrants and refugees across the Mediterranean "
             "and into Europe, the continuing crises in the Syrian Arab Republic, Iraq, Yemen and South "
             "Sudan, and the response to the earthquakes in Nepal. Combined expenditure under the "
             "Administrative and Operational Parts of the Budget reached USD 1,605.9 million, an increase "
             "of 18 per cent over the USD 1,360.7 million recorded in 2014."),
    ("text", "The Administrative Part of the Budget closed the year with a surplus of CHF 279,360, and "
             "Operational Support Income with a surplus of USD 2.5 million. Outstanding assessed "
             "contributions fell to CHF 3,862,417, and the number of Member States subject to Article 4 of "
             "the Constitution fell from 14 to 11. Employee benefit liabilities continued to grow and remain "
             "largely unfunded."),
    ("head", "I.", "INTRODUCTION"),
    ("para", "1", "In accordance with the Financial Regulations, the Director General has the honour to "
                  "submit to the Council the Financial Report for the year ended 31 December 2015. The "
                  "financial statements have been prepared in accordance with the International Public "
                  "Sector Accounting Standards (IPSAS)^1 and have been audited by the External Auditor, "
                  "whose report to the Council is contained in document C/107/4."),
    ("para", "2", "The Financial Report for the year ended 31 December 2014 (C/106/3) was approved by the "
                  "Council at its 106th Session through Resolution No. 1309 of 24 November 2015. The present "
                  "report follows the same presentation; comparative figures for 2014 have been reclassified "
                  "where necessary to conform to the presentation adopted for 2015."),
    ("para", "3", "Table 1 summarizes the financial position of the Organization as at 31 December 2015. "
                  "Total assets increased by USD 150.8 million, or 14.7 per cent, mainly as a result of higher "
                  "cash balances held for operational projects and of contributions receivable under "
                  "multi-year funding agreements signed towards the end of the year."),
    ("table", TABLE1),
    ("para", "4", "Net assets rose from USD 176.5 million to USD 208.8 million, an increase of "
                  "USD 32.3 million, of which USD 29.4 million relates to the Migration Emergency Funding "
                  "Mechanism and other reserves, and USD 2.8 million to the surpluses of the year described "
                  "in paragraphs 7 and 8 below."),
    ("head", "II.", "ADMINISTRATIVE PART OF THE BUDGET"),
    ("para", "5", "The Programme and Budget for 2015 (MC/2411) was approved by the Council through "
                  "Resolution No. 1286 of 25 November 2014, with an Administrative Part of CHF 45,124,000 "
                  "financed by the assessed contributions of Member States.^2 That level was maintained in "
                  "the Programme and Budget for 2015 \u2013 Revision (S/16/9), which the Standing Committee "
                  "on Programmes and Finance took note of at its Sixteenth Session."),
    ("para", "6", "Expenditure under the Administrative Part amounted to CHF 44,844,640, against a budget of "
                  "CHF 45,124,000. It was made up as follows:"),
    ("item", 1, "(a)", "staff costs, CHF 36,512,300, or 81.4 per cent of the total;^3"),
    ("item", 1, "(b)", "office and general costs, CHF 5,204,110, comprising:"),
    ("item", 2, "(i)", "office premises and related costs, CHF 3,118,920; and"),
    ("item", 2, "(ii)", "communications and information technology, CHF 2,085,190;"),
    ("item", 1, "(c)", "travel and representation, CHF 1,126,480; and"),
    ("item", 1, "(d)", "contractual services, including the fee of the External Auditor, CHF 2,001,750."),
    ("para", "7", "The resulting surplus of CHF 279,360 represents 0.6 per cent of the budget. In accordance "
                  "with the Financial Regulations, the Standing Committee on Programmes and Finance will be "
                  "invited to recommend to the Council whether it should be credited to Member States or "
                  "transferred to the Administrative Part reserve."),
    ("head", "III.", "OPERATIONAL PART OF THE BUDGET"),
    ("subhead", "A.", "Operational Support Income"),
    ("para", "8", "Operational Support Income (OSI), derived from the overhead charged on projects, amounted "
                  "to USD 97.8 million, against USD 92.0 million foreseen in the revised budget. OSI "
                  "expenditure amounted to USD 95.3 million, leaving a surplus of USD 2.5 million, which was "
                  "allocated as follows:"),
    ("bullet", "USD 1,500,000 to the Operational Support Income reserve;"),
    ("bullet", "USD 643,000 to the IOM Development Fund (Line 2); and"),
    ("bullet", "USD 400,000 to the Migration Emergency Funding Mechanism."),
    ("subhead", "B.", "Project-related activities"),
    ("para", "9", "Expenditure on projects totalled USD 1,463.9 million, compared with USD 1,221.4 million "
                  "in 2014. As in previous years, movement, emergency and post-crisis migration management "
                  "accounted for the largest share, at 58 per cent, followed by migration health "
                  "(14 per cent), regulating migration (12 per cent) and facilitating migration (6 per cent)."),
    ("para", "10", "Project income is recognized to the extent of the expenditure incurred, so that projects "
                   "show neither a surplus nor a deficit. Unspent balances of earmarked contributions are "
                   "carried as deferred revenue, which stood at USD 734.5 million at the end of the year. "
                   "Income and expenditure for both parts of the budget are summarized in Table 2."),
    ("table", TABLE2),
    ("head", "IV.", "ASSESSED CONTRIBUTIONS AND ARREARS"),
    ("para", "11", "Assessed contributions due for 2015 amounted to CHF 45,124,000, of which CHF 42,486,905 "
                   "had been received by 31 December 2015. Total outstanding contributions, including those "
                   "of prior years, amounted to CHF 3,862,417 at the year end, compared with CHF 4,390,625 at "
                   "the end of 2014.^4"),
    ("para", "12", "Table 3 lists the Member States whose outstanding contributions exceeded CHF 20,000 at the "
                   "year end. Eleven Member States were subject to the provisions of Article 4 of the "
                   "Constitution; seven of them have agreed payment plans with the Administration in "
                   "accordance with Council Resolution No. 1266 of 27 November 2013, and three Member States "
                   "regained their right to vote during 2015 after settling their arrears in full."),
    ("table", TABLE3),
    ("para", "13", "The Administration will continue to approach Member States in arrears, through their "
                   "permanent missions in Geneva and at the regional level, and urges all Member States to pay "
                   "their assessed contributions in full and as early as possible in the year."),
    ("head", "V.", "STAFF AND OTHER LIABILITIES"),
    ("para", "14", "Employee benefit liabilities amounted to USD 121.6 million at 31 December 2015 "
                   "(2014: USD 108.3 million). They comprise:"),
    ("item", 1, "(a)", "post-employment medical coverage, USD 72.4 million;^5"),
    ("item", 1, "(b)", "accrued annual leave and home leave, USD 21.9 million; and"),
    ("item", 1, "(c)", "repatriation grants and end-of-service allowances, USD 27.3 million."),
    ("para", "15", "The liability for post-employment medical coverage is only partly funded. As recommended "
                   "by the External Auditor (C/107/4, paragraphs 31 to 34), the Administration will present "
                   "proposals for a funding strategy to the Standing Committee on Programmes and Finance at "
                   "its Nineteenth Session in the autumn of 2016."),
    ("para", "16", "Borrowings of USD 10.5 million relate to the interest-free loan granted by the Swiss "
                   "Confederation, through the Foundation for Buildings for International Organizations "
                   "(FIPOI), for the construction of the Headquarters building. The loan is repayable in "
                   "annual instalments of CHF 1.1 million until 2025."),
    ("para", "17", "The Council is invited to take note of the present report and to approve the Financial "
                   "Report for the year ended 31 December 2015."),
]

# ---------------------------------------------------------------------------
# Typesetting helpers
# ---------------------------------------------------------------------------
TOK = re.compile(r"\^([0-9a-z*]+)")


def segs(word):
    """Split a word into (text, is_sup) segments."""
    out, pos = [], 0
    for m in TOK.finditer(word):
        if m.start() > pos:
            out.append((word[pos:m.start()], False))
        out.append((m.group(1), True))
        pos = m.end()
    if pos < len(word):
        out.append((word[pos:], False))
    return out


def word_w(word, font, size):
    w = 0.0
    for t, sup in segs(word):
        w += stringWidth(t, font, size * 0.62 if sup else size)
    return w


def wrap(text, width, font, size, first_width=None):
    words = text.split()
    lines, cur, curw = [], [], 0.0
    sp = stringWidth(" ", font, size)
    limit = first_width if first_width is not None else width
    for w in words:
        ww = word_w(w, font, size)
        need = ww if not cur else curw + sp + ww
        if cur and need > limit:
            lines.append(cur)
            cur, curw = [w], ww
            limit = width
        else:
            cur.append(w)
            curw = need
    if cur:
        lines.append(cur)
    return lines


def markers_in(words):
    return [t for w in words for t, sup in segs(w) if sup and t.isdigit()]


def draw_words(c, words, x, y, font, size, width=None, justify=False):
    sp = stringWidth(" ", font, size)
    total = sum(word_w(w, font, size) for w in words)
    gap = sp
    if justify and width and len(words) > 1:
        gap = (width - total) / (len(words) - 1)
        if gap > sp * 2.6:
            gap = sp
    cx = x
    for w in words:
        for t, sup in segs(w):
            if sup:
                c.setFont(font, size * 0.62)
                c.drawString(cx, y + size * 0.38, t)
                cx += stringWidth(t, font, size * 0.62)
            else:
                c.setFont(font, size)
                c.drawString(cx, y, t)
                cx += stringWidth(t, font, size)
        cx += gap


class Doc:
    def __init__(self, path):
        self.c = canvas.Canvas(path, pagesize=A4)
        self.c.setTitle("C/107/3 - Financial Report for the year ended 31 December 2015")
        self.c.setAuthor("International Organization for Migration")
        self.page = 0          # body page number (cover = 0)
        self.fns = []          # footnotes on current page
        self.y = None

    # -- footnotes ------------------------------------------------------------
    def fn_lines(self, num):
        return wrap(FOOTNOTES[num], TW - 14, "Times-Roman", FN_SIZE)

    def fn_height(self, nums):
        if not nums:
            return 0.0
        h = 16.0
        for n in nums:
            h += len(self.fn_lines(n)) * FN_LEAD + 2
        return h

    def floor(self, extra=()):
        nums = list(self.fns) + [n for n in extra if n not in self.fns]
        return BOTTOM + self.fn_height(nums) + (8 if nums else 0)

    def draw_footnotes(self):
        if not self.fns:
            return
        c = self.c
        h = self.fn_height(self.fns)
        y = BOTTOM + h - 6
        c.setLineWidth(0.5)
        c.line(LM, y + 2, LM + 108, y + 2)
        y -= 11
        for n in self.fns:
            lines = self.fn_lines(n)
            c.setFont("Times-Roman", FN_SIZE * 0.68)
            c.drawString(LM, y + 3.4, n)
            for ln in lines:
                draw_words(c, ln, LM + 14, y, "Times-Roman", FN_SIZE, TW - 14, justify=(ln is not lines[-1]))
                y -= FN_LEAD
            y -= 2

    # -- pages ----------------------------------------------------------------
    def new_page(self):
        if self.page >= 0 and self.y is not None:
            self.draw_footnotes()
            self.c.showPage()
        self.page += 1
        self.fns = []
        c = self.c
        c.setFont("Times-Roman", 10)
        c.drawRightString(W - RM, H - 38, SYMBOL)
        c.drawRightString(W - RM, H - 50, "Page %d" % self.page)
        self.y = TOP - 16

    def need(self, h, extra=()):
        if self.y - h < self.floor(extra):
            self.new_page()

    # -- blocks ---------------------------------------------------------------
    def flow_lines(self, lines, x_first, x_rest, width_first, width_rest, font, size, lead,
                   label=None, label_x=None, justify=True, keep=2):
        """Place wrapped lines, breaking pages where needed (widow/orphan: keep 2 lines)."""
        c = self.c
        # keep the first `keep` lines together with the label
        first_h = min(keep, len(lines)) * lead
        new_fns = markers_in([w for ln in lines[:keep] for w in ln])
        self.need(first_h, new_fns)
        for i, ln in enumerate(lines):
            fnew = markers_in(ln)
            if self.y < self.floor(fnew):
                self.new_page()
            # the baseline is self.y
            if i == 0 and label is not None:
                c.setFont(font, size)
                c.drawString(label_x, self.y, label)
            x = x_first if i == 0 else x_rest
            wdt = width_first if i == 0 else width_rest
            draw_words(c, ln, x, self.y, font, size, wdt, justify=(justify and i < len(lines) - 1))
            for n in fnew:
                if n not in self.fns:
                    self.fns.append(n)
            self.y -= lead

    def para(self, num, text):
        ind = 36.0
        lines = wrap(text, TW - ind, *BODY)
        self.flow_lines(lines, LM + ind, LM + ind, TW - ind, TW - ind, *BODY, LEAD,
                        label=num + ".", label_x=LM)
        self.y -= 7

    def text(self, text):
        lines = wrap(text, TW, *BODY)
        self.flow_lines(lines, LM, LM, TW, TW, *BODY, LEAD)
        self.y -= 7

    def item(self, level, label, text):
        lx = LM + 36 + (level - 1) * 30
        tx = lx + 30
        lines = wrap(text, W - RM - tx, *BODY)
        self.flow_lines(lines, tx, tx, W - RM - tx, W - RM - tx, *BODY, LEAD, label=label, label_x=lx)
        self.y -= 5

    def bullet(self, text):
        lx = LM + 48
        tx = LM + 64
        lines = wrap(text, W - RM - tx, *BODY)
        self.flow_lines(lines, tx, tx, W - RM - tx, W - RM - tx, *BODY, LEAD, label="\u2022", label_x=lx)
        self.y -= 4

    def head(self, num, words, font="Times-Bold", size=11.0):
        self.y -= 5
        self.need(LEAD * 4)
        c = self.c
        c.setFont(font, size)
        c.drawString(LM, self.y, num)
        c.drawString(LM + 36, self.y, words)
        self.y -= LEAD + 7

    def uhead(self, words):
        self.need(LEAD * 4)
        c = self.c
        c.setFont("Times-Bold", 11)
        c.drawCentredString(LM + TW / 2, self.y, words)
        self.y -= LEAD + 7

    def runtitle(self, words):
        c = self.c
        c.setFont("Times-Roman", 11)
        c.drawCentredString(LM + TW / 2, self.y, words)
        self.y -= LEAD + 14

    def table(self, t):
        c = self.c
        widths = t["widths"]
        x0 = LM + (TW - sum(widths)) / 2.0
        size = 9.5
        lead = 12.2
        cols = t["cols"]
        head_lines = max(len(cname.split("|")) for cname, _ in cols)
        head_h = head_lines * 10.8 + 8
        caption_h = 18

        def draw_head():
            yy = self.y
            c.setLineWidth(0.6)
            c.line(x0, yy + 10, x0 + sum(widths), yy + 10)
            x = x0
            for (cname, right), wdt in zip(cols, widths):
                parts = cname.split("|")
                # bottom-align heading lines
                yl = yy - (head_lines - len(parts)) * 10.8
                for p in parts:
                    c.setFont("Times-Bold", 9)
                    if right:
                        c.drawRightString(x + wdt - 4, yl, p)
                    else:
                        c.drawString(x + 3, yl, p)
                    yl -= 10.8
                x += wdt
            self.y = yy - head_lines * 10.8 + 4
            c.line(x0, self.y + 2.5, x0 + sum(widths), self.y + 2.5)
            self.y -= 10

        # caption + heading + at least 3 rows on the same page
        self.y -= 4
        self.need(caption_h + head_h + 3 * lead)
        c.setFont("Times-Bold", 10)
        c.drawString(x0, self.y, t["caption"])
        self.y -= caption_h
        draw_head()
        for row in t["rows"]:
            kind = row[0]
            if kind == "gap":
                self.y -= 4
                continue
            if self.y - lead < self.floor():
                self.new_page()
                self.y -= 2
                draw_head()
            cells = row[1:]
            font = "Times-Roman"
            if kind in ("total", "grand"):
                font = "Times-Bold"
                x = x0 + widths[0]
                c.setLineWidth(0.4)
                c.line(x + 10, self.y + lead - 2.5, x0 + sum(widths), self.y + lead - 2.5)
            if kind == "group":
                font = "Times-Italic"
            x = x0
            for j, (cell, wdt) in enumerate(zip(cells, widths)):
                if j == 0:
                    indent = len(cell) - len(cell.lstrip(" "))
                    draw_words(c, cell.split(), x + 3 + indent * 3.5, self.y, font, size)
                else:
                    c.setFont(font, size)
                    c.drawRightString(x + wdt - 4, self.y, cell)
                x += wdt
            if kind == "grand":
                c.setLineWidth(0.6)
                c.line(x0, self.y - 3.5, x0 + sum(widths), self.y - 3.5)
                c.line(x0, self.y - 5.5, x0 + sum(widths), self.y - 5.5)
            self.y -= lead
        if kind != "grand":
            c.setLineWidth(0.6)
            c.line(x0, self.y + lead - 3.5, x0 + sum(widths), self.y + lead - 3.5)
        self.y -= 4
        for mark, note in t.get("notes", []):
            lines = wrap(note, sum(widths) - 10, "Times-Italic", 8.5)
            if self.y - len(lines) * 10 < self.floor():
                self.new_page()
            for i, ln in enumerate(lines):
                if i == 0:
                    c.setFont("Times-Italic", 8.5 * 0.7)
                    c.drawString(x0, self.y + 3, mark)
                draw_words(c, ln, x0 + 10, self.y, "Times-Italic", 8.5)
                self.y -= 10
        self.y -= 10

    # -- cover ----------------------------------------------------------------
    def cover(self):
        c = self.c
        c.setFont("Times-Roman", 11)
        xr = W - RM
        c.drawRightString(xr, H - 70, SYMBOL)
        c.drawRightString(xr, H - 84, "Original: English")
        c.drawRightString(xr, H - 98, "16 May 2016")
        c.setFont("Times-Bold", 12)
        c.drawString(LM, H - 128, "COUNCIL")
        c.setFont("Times-Roman", 11.5)
        c.drawString(LM, H - 143, "107th Session")
        c.setFont("Times-Bold", 13)
        cx = LM + TW / 2
        c.drawCentredString(cx, H - 330, "FINANCIAL REPORT FOR THE YEAR ENDED")
        c.drawCentredString(cx, H - 347, "31 DECEMBER 2015")
        tw = stringWidth("31 DECEMBER 2015", "Times-Bold", 13)
        c.setFont("Times-Bold", 9)
        c.drawString(cx + tw / 2 + 1, H - 341.5, "*")
        # cover note at the foot of the page
        c.setLineWidth(0.5)
        c.line(LM, 118, LM + 108, 118)
        note = ("This document is submitted to the Standing Committee on Programmes and Finance at its "
                "Eighteenth Session in June 2016, before its consideration by the Council at its "
                "107th Session.")
        lines = wrap(note, TW - 14, "Times-Roman", 9.5)
        y = 104
        c.setFont("Times-Roman", 9.5)
        c.drawString(LM, y, "*")
        for i, ln in enumerate(lines):
            draw_words(c, ln, LM + 14, y, "Times-Roman", 9.5, TW - 14, justify=(i < len(lines) - 1))
            y -= 11.5
        c.showPage()

    def build(self):
        self.cover()
        self.y = None
        self.page = 0
        self.new_page()
        for b in BLOCKS:
            k = b[0]
            if k == "runtitle":
                self.runtitle(b[1])
            elif k == "uhead":
                self.uhead(b[1])
            elif k == "text":
                self.text(b[1])
            elif k == "head":
                self.head(b[1], b[2])
            elif k == "subhead":
                self.head(b[1], b[2], font="Times-BoldItalic")
            elif k == "para":
                self.para(b[1], b[2])
            elif k == "item":
                self.item(b[1], b[2], b[3])
            elif k == "bullet":
                self.bullet(b[1])
            elif k == "table":
                self.table(b[1])
        self.draw_footnotes()
        self.c.showPage()
        self.c.save()


if __name__ == "__main__":
    Doc("financial-report-2016.pdf").build()
