"""Draw financial-report-2007.pdf: IOM Financial Report for the year ended 31 December 2006 (MC/2224).

Drawn with reportlab's canvas, line by line, so that positions (right-aligned page headers,
hanging indents, table columns, raised footnote markers) are under our control.
"""
import os
import re

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "financial-report-2007.pdf")

SYMBOL = "MC/2224"
W, H = A4
L = 72.0          # left margin
R = W - 72.0      # right edge of text
TOP = H - 64.0    # first header line baseline
BODY_TOP = H - 96.0
BOTTOM = 52.0

FONT = "Times-Roman"
BOLD = "Times-Bold"
ITAL = "Times-Italic"
BI = "Times-BoldItalic"
SIZE = 10.0
LEAD = 12.4
FN_SIZE = 8.5
FN_LEAD = 10.2
MARK_SIZE = 6.3
MARK_RISE = 3.6

# ---------------------------------------------------------------- footnotes
FOOTNOTES = {
    "1": "The Financial Regulations of the Organization, as last amended, are reproduced in document "
         "MC/2086.",
    "2": "Programmes are grouped by service area as in the Programme and Budget for 2006 (MC/2171); "
         "expenditure by service area is given in the Programme and Budget documents and is not "
         "repeated in these statements.",
    "3": "Details by Member State are given in document MC/2212, Status report on outstanding "
         "contributions to the Administrative part of the Budget.",
    "4": "Arrears covered by payment plans approved by the Executive Committee are included at their "
         "full nominal value; no provision is made against them.",
}

MARK_RE = re.compile(r"\{(\d+)\}")


def split_marks(word):
    """Return list of (text, is_marker) pieces for a token such as 'Regulations.{1}'."""
    parts = []
    pos = 0
    for m in MARK_RE.finditer(word):
        if m.start() > pos:
            parts.append((word[pos:m.start()], False))
        parts.append((m.group(1), True))
        pos = m.end()
    if pos < len(word):
        parts.append((word[pos:], False))
    return parts


def word_width(word, font, size):
    w = 0.0
    for t, is_mark in split_marks(word):
        w += stringWidth(t, FONT, MARK_SIZE) if is_mark else stringWidth(t, font, size)
    return w


def wrap(text, first_width, width, font=FONT, size=SIZE):
    words = text.split()
    lines, cur, avail = [], [], first_width
    space = stringWidth(" ", font, size)
    curw = 0.0
    for wd in words:
        ww = word_width(wd, font, size)
        if cur and curw + space + ww > avail:
            lines.append(cur)
            cur, curw, avail = [wd], ww, width
        else:
            curw = curw + space + ww if cur else ww
            cur.append(wd)
    if cur:
        lines.append(cur)
    return lines


def marks_in(words):
    out = []
    for wd in words:
        out += MARK_RE.findall(wd)
    return out


class Doc:
    def __init__(self, path):
        self.c = canvas.Canvas(path, pagesize=A4)
        self.c.setTitle("Financial Report for the year ended 31 December 2006")
        self.c.setAuthor("International Organization for Migration")
        self.page_label = None
        self.y = BODY_TOP
        self.page_fns = []

    # ---------------------------------------------------------- drawing helpers
    def draw_words(self, x, y, words, font=FONT, size=SIZE):
        c = self.c
        space = stringWidth(" ", font, size)
        for i, wd in enumerate(words):
            if i:
                x += space
            for t, is_mark in split_marks(wd):
                if is_mark:
                    c.setFont(FONT, MARK_SIZE)
                    c.drawString(x, y + MARK_RISE, t)
                    x += stringWidth(t, FONT, MARK_SIZE)
                else:
                    c.setFont(font, size)
                    c.drawString(x, y, t)
                    x += stringWidth(t, font, size)

    def fn_height(self, keys):
        h = 0.0
        if not keys:
            return 0.0
        h += 16  # rule and gap
        for k in keys:
            h += len(wrap(FOOTNOTES[k], R - L - 14, R - L - 14, FONT, FN_SIZE)) * FN_LEAD + 2
        return h

    def header(self):
        c = self.c
        c.setFont(FONT, SIZE)
        c.drawRightString(R, TOP, SYMBOL)
        c.drawRightString(R, TOP - LEAD, "Page " + self.page_label)

    def finish_page(self):
        # footnotes at the page foot
        if self.page_fns:
            y = BOTTOM + self.fn_height(self.page_fns) - 10
            self.c.setLineWidth(0.5)
            self.c.line(L, y + 6, L + 144, y + 6)
            y -= 8
            for k in self.page_fns:
                lines = wrap(FOOTNOTES[k], R - L - 14, R - L - 14, FONT, FN_SIZE)
                self.c.setFont(FONT, MARK_SIZE)
                self.c.drawString(L, y + MARK_RISE - 0.6, k)
                for ln in lines:
                    self.draw_words(L + 14, y, ln, FONT, FN_SIZE)
                    y -= FN_LEAD
                y -= 2
        self.c.showPage()
        self.page_fns = []

    def new_page(self, label):
        self.finish_page()
        self.page_label = label
        self.header()
        self.y = BODY_TOP

    def next_page_label(self):
        lab = self.page_label
        if lab.isdigit():
            return str(int(lab) + 1)
        return "1"

    def room(self):
        return self.y - (BOTTOM + self.fn_height(self.page_fns))

    def ensure(self, need):
        if self.room() < need:
            self.new_page(self.next_page_label())

    def gap(self, pts):
        self.y -= pts

    # ---------------------------------------------------------- text blocks
    def put_lines(self, lines, xs, font=FONT, size=SIZE, lead=LEAD, first_prefix=None):
        """lines: list of word lists; xs: function(i) -> x for line i."""
        for i, ln in enumerate(lines):
            new = [k for k in marks_in(ln) if k not in self.page_fns]
            need = lead + (self.fn_height(self.page_fns + new) - self.fn_height(self.page_fns))
            if self.room() < need:
                self.new_page(self.next_page_label())
            self.y -= lead
            if i == 0 and first_prefix:
                x0, txt, pf = first_prefix
                self.c.setFont(pf, size)
                self.c.drawString(x0, self.y, txt)
            self.draw_words(xs(i), self.y, ln, font, size)
            self.page_fns += new

    def para(self, num, text):
        lines = wrap(text, R - L - 36, R - L)
        if self.room() < 2 * LEAD + 6:
            self.new_page(self.next_page_label())
        self.put_lines(lines, lambda i: L + 36 if i == 0 else L, first_prefix=(L, num + ".", FONT))
        self.gap(7)

    def item(self, label, text):
        lines = wrap(text, R - L - 72, R - L - 72)
        self.put_lines(lines, lambda i: L + 72, first_prefix=(L + 36, label, FONT))
        self.gap(4)

    def heading(self, text, font=BOLD, x=None, keep=3):
        self.ensure(LEAD * (keep + 1) + 10)
        self.gap(6)
        self.y -= LEAD
        self.c.setFont(font, SIZE)
        if x is None:
            self.c.drawString(L, self.y, text)
        else:
            self.c.drawString(x, self.y, text)
        self.gap(7)

    def centred(self, text, font=BOLD, size=SIZE):
        self.y -= LEAD
        self.c.setFont(font, size)
        self.c.drawCentredString(W / 2, self.y, text)

    # ---------------------------------------------------------- tables
    def table(self, rows):
        """rows: (label, level, note, v2006, v2005, style); style in group/item/total/grand."""
        X_NOTE = L + 282
        X_06 = L + 372
        X_05 = R
        c = self.c
        # column headings
        self.y -= LEAD
        c.setFont(BOLD, 9.5)
        c.drawCentredString(X_NOTE, self.y, "Note")
        c.drawRightString(X_06, self.y, "2006")
        c.drawRightString(X_05, self.y, "2005")
        self.y -= 11
        c.setFont(BOLD, 9.5)
        c.drawRightString(X_06, self.y, "USD")
        c.drawRightString(X_05, self.y, "USD")
        c.setLineWidth(0.6)
        c.line(L, self.y - 4, R, self.y - 4)
        self.y -= 4
        for label, level, note, v6, v5, style in rows:
            if style == "group" and level == 0:
                self.y -= 3
            self.y -= 10.8
            font = BOLD if style in ("group", "grand") or (style == "total" and level == 0) else FONT
            if style == "group" and level == 1:
                font = BI
            c.setFont(font, 9.5)
            c.drawString(L + 12 * level, self.y, label)
            c.setFont(FONT, 9.5)
            if note:
                c.drawCentredString(X_NOTE, self.y, note)
            if v6 is not None:
                f = BOLD if style in ("total", "grand") else FONT
                c.setFont(f, 9.5)
                c.drawRightString(X_06, self.y, v6)
                c.drawRightString(X_05, self.y, v5)
                if style in ("total", "grand"):
                    c.setLineWidth(0.4)
                    c.line(X_06 - 62, self.y + 9.5, X_06, self.y + 9.5)
                    c.line(X_05 - 62, self.y + 9.5, X_05, self.y + 9.5)
                if style == "grand":
                    c.line(X_06 - 62, self.y - 3, X_06, self.y - 3)
                    c.line(X_05 - 62, self.y - 3, X_05, self.y - 3)
                    c.line(X_06 - 62, self.y - 5, X_06, self.y - 5)
                    c.line(X_05 - 62, self.y - 5, X_05, self.y - 5)
        self.gap(10)

    def table_height(self, rows):
        h = LEAD + 11 + 4 + 10
        for r in rows:
            h += 10.8 + (3 if r[5] == "group" and r[1] == 0 else 0)
        return h


def fmt(n):
    return f"{n:,}"


# ================================================================ content
def T(label, level=1, note="", v6=None, v5=None, style="item"):
    return (label, level, note, None if v6 is None else fmt(v6), None if v5 is None else fmt(v5), style)


POSITION = [
    T("ASSETS", 0, style="group"),
    T("Current assets", 1, style="group"),
    T("Cash and cash equivalents", 2, "3", 412318640, 448905217),
    T("Short-term investments", 2, "3", 96450000, 71200000),
    T("Accounts receivable", 2, "4", 38712455, 44519803),
    T("Contributions receivable from Member States", 2, "5", 6874120, 7960388),
    T("Staff and other receivables", 2, "", 3218902, 2867411),
    T("Total current assets", 1, "", 557574117, 575452819, "total"),
    T("Non-current assets", 1, style="group"),
    T("Long-term investments", 2, "3", 12000000, 10000000),
    T("Property and equipment", 2, "6", 14562307, 13908540),
    T("Total non-current assets", 1, "", 26562307, 23908540, "total"),
    T("TOTAL ASSETS", 0, "", 584136424, 599361359, "grand"),
    T("LIABILITIES", 0, style="group"),
    T("Current liabilities", 1, style="group"),
    T("Accounts payable and accrued liabilities", 2, "", 41327904, 47902316),
    T("Deferred income", 2, "7", 426918337, 447530120),
    T("Total current liabilities", 1, "", 468246241, 495432436, "total"),
    T("Non-current liabilities", 1, style="group"),
    T("Staff termination benefits", 2, "8", 38604612, 37117119),
    T("Long-term loan", 2, "6", 13170000, 14200000),
    T("Total non-current liabilities", 1, "", 51774612, 51317119, "total"),
    T("TOTAL LIABILITIES", 0, "", 520020853, 546749555, "total"),
    T("RESERVES AND FUND BALANCES", 0, style="group"),
    T("Operational Support Income reserve", 1, "", 14250000, 11930000),
    T("Administrative Programme fund balance", 1, "", 1086932, 742115),
    T("Operational Programmes fund balances", 1, "", 48778639, 39939689),
    T("Total reserves and fund balances", 0, "", 64115571, 52611804, "total"),
    T("TOTAL LIABILITIES, RESERVES AND FUND BALANCES", 0, "", 584136424, 599361359, "grand"),
]

INCOME = [
    T("INCOME", 0, style="group"),
    T("Assessed contributions from Member States", 1, "5", 29978412, 29201530),
    T("Voluntary contributions", 1, "7", 683415880, 851274406),
    T("Interest income", 1, "", 14902311, 9377902),
    T("Miscellaneous income", 1, "", 2804129, 3118455),
    T("Total income", 0, "", 731100732, 892972293, "total"),
    T("EXPENDITURE", 0, style="group"),
    T("Staff and office costs", 1, "", 241336518, 262804119),
    T("Programme costs", 1, "", 478260447, 622735618),
    T("Total expenditure", 0, "", 719596965, 885539737, "total"),
    T("Excess of income over expenditure", 0, "", 11503767, 7432556, "total"),
    T("Fund balances at beginning of year", 1, "", 52611804, 45179248),
    T("FUND BALANCES AT END OF YEAR", 0, "", 64115571, 52611804, "grand"),
]

TITLE1 = "FINANCIAL REPORT FOR THE YEAR ENDED"
TITLE2 = "31 DECEMBER 2006"


def cover(d):
    c = d.c
    c.setFont(FONT, SIZE + 0.5)
    c.drawRightString(R, TOP, SYMBOL)
    c.drawRightString(R, TOP - 26, "Original: ENGLISH")
    c.drawRightString(R, TOP - 40, "16 July 2007")
    c.setFont(BOLD, SIZE + 0.5)
    c.drawCentredString(W / 2, TOP - 96, "NINETY-FOURTH SESSION")
    c.setFont(FONT, SIZE)
    c.drawString(L, TOP - 118, "_" * 86)
    c.setFont(BOLD, 12.5)
    c.drawCentredString(W / 2, H / 2 + 48, TITLE1)
    c.drawCentredString(W / 2, H / 2 + 30, TITLE2)
    # cover note
    c.setFont(FONT, SIZE)
    c.drawString(L, 200, "__________")
    note = ("This document is submitted to the Standing Committee on Programmes and Finance at its "
            "First Session in October 2007, for review before its submission to the Council.")
    y = 180
    for ln in wrap(note, R - L, R - L):
        d.draw_words(L, y, ln)
        y -= LEAD
    # trilingual organ footer
    c.setFont(BOLD, 12)
    c.drawString(L + 20, 78, "COUNCIL")
    c.drawCentredString(W / 2, 78, "CONSEIL")
    c.drawRightString(R - 20, 78, "CONSEJO")
    c.showPage()


def contents(d, pages):
    d.page_label = "i"
    d.header()
    d.y = BODY_TOP - 10
    c = d.c
    c.setFont(BOLD, SIZE)
    c.drawCentredString(W / 2, d.y, "CONTENTS")
    d.y -= 2 * LEAD
    c.setFont(FONT, SIZE)
    c.drawRightString(R, d.y, "Page")
    d.y -= 8
    entries = [
        (0, "I.", "INTRODUCTION", pages["I"]),
        (0, "II.", "MANAGEMENT OVERVIEW", pages["II"]),
        (0, "III.", "FINANCIAL STATEMENTS", pages["III"]),
        (1, "A.", "Statement of financial position as at 31 December 2006", pages["A"]),
        (1, "B.", "Statement of income and expenditure for the year ended 31 December 2006", pages["B"]),
        (0, "IV.", "NOTES TO THE FINANCIAL STATEMENTS", pages["IV"]),
    ]
    for level, lab, txt, pg in entries:
        d.y -= LEAD + 6
        x = L + 36 * level
        c.setFont(FONT, SIZE)
        c.drawString(x, d.y, lab)
        tx = x + 30
        c.drawString(tx, d.y, txt)
        end = tx + stringWidth(txt, FONT, SIZE) + 4
        dots_end = R - 18
        dw = stringWidth(".", FONT, SIZE)
        n = int((dots_end - end) / dw)
        c.drawString(end, d.y, "." * max(n, 3))
        c.drawRightString(R, d.y, pg)
    d.finish_page()


def body(d, pages):
    d.page_label = "1"
    d.header()
    d.y = BODY_TOP
    d.centred(TITLE1 + " " + TITLE2, BOLD)
    d.gap(14)

    pages["I"] = d.page_label
    d.heading("I.", keep=3)
    d.c.setFont(BOLD, SIZE)
    d.c.drawString(L + 36, d.y + 7, "INTRODUCTION")
    d.para("1", "The Financial Report for the year ended 31 December 2006 is submitted to Member States "
           "in accordance with Article 19 of the Financial Regulations.{1} It comprises this introduction "
           "and management overview, the statement of financial position, the statement of income and "
           "expenditure and the notes, which form an integral part of the financial statements.")
    d.para("2", "Following the reform of the governing bodies decided by the Council in Resolution No. 1150 "
           "of 7 June 2007, the financial report will be examined by the Standing Committee on Programmes "
           "and Finance, which will make its recommendations to the Council at its Ninety-fourth Session. "
           "The financial report for 2005 was approved by the Executive Committee at its Hundred and third "
           "Session in June 2006.")
    d.para("3", "The accounts have been audited by the External Auditor, whose opinion and report are issued "
           "separately as document MC/2225. The Administration has taken note of the recommendations made "
           "and will report on their implementation to the Standing Committee.")

    pages["II"] = d.page_label
    d.heading("II.", keep=3)
    d.c.setFont(BOLD, SIZE)
    d.c.drawString(L + 36, d.y + 7, "MANAGEMENT OVERVIEW")
    d.para("4", "Total expenditure in 2006 amounted to USD 719.6 million, compared with USD 885.5 million "
           "in 2005, a decrease of 18.7 per cent. The reduction reflects the winding down of the emergency "
           "and post-crisis programmes launched after the Indian Ocean tsunami of December 2004 and the "
           "South Asia earthquake of October 2005. Income for the year totalled USD 731.1 million, leaving an "
           "excess of income over expenditure of USD 11.5 million.")
    d.para("5", "The main features of the year under review were the following:")
    d.gap(-3)
    d.item("(a)", "the number of active projects rose to 1,770, although their average size decreased as "
           "the large emergency operations were completed;")
    d.item("(b)", "expenditure on labour migration, migration health and counter-trafficking activities "
           "increased by 14 per cent;{2}")
    d.item("(c)", "membership of the Organization grew from 118 to 120 Member States with the admission of "
           "two new Members in November 2006;")
    d.item("(d)", "interest income rose to USD 14.9 million, owing to higher short-term interest rates on "
           "United States dollar deposits; and")
    d.item("(e)", "the weakening of the United States dollar against the Swiss franc increased the dollar "
           "cost of staff and office expenditure incurred in Switzerland and in other non-dollar "
           "locations.")
    d.gap(3)

    d.heading("Administrative Programme", ITAL, keep=3)
    d.para("6", "The Administrative Programme for 2006 was approved by the Council in Resolution No. 1134 "
           "(XC) of 30 November 2005 at CHF 37,119,000, as set out in the Programme and Budget for 2006, "
           "and was not subsequently revised. Expenditure for the year amounted to CHF 36,946,772, "
           "leaving an unspent balance of CHF 172,228, which has been added to the Administrative "
           "Programme fund balance.")
    d.para("7", "As at 31 December 2006, assessed contributions outstanding for 2006 and prior years "
           "totalled CHF 4,286,411 (2005: CHF 5,012,960). Eleven Member States were subject to the "
           "provisions of Article 4 of the Constitution at the end of the year, against thirteen a year "
           "earlier.{3} The Administration continues to encourage Member States with long-standing arrears "
           "to agree on payment plans.")

    d.heading("Operational Programmes", ITAL, keep=3)
    d.para("8", "Expenditure under the Operational Programmes amounted to USD 690.2 million (2005: USD "
           "856.8 million), above the estimate of USD 646.5 million presented in the Revision of the "
           "Programme and Budget for 2006 (MC/EX/674). Movement, emergency and post-crisis migration management remained the largest "
           "service area, at 52 per cent of the total, followed by migration health (11 per cent) and "
           "regulating migration (10 per cent).")
    d.para("9", "Operational Support Income, derived from the overhead charged on projects, amounted to USD "
           "27.3 million. Of this amount, USD 2.32 million was transferred to the Operational Support "
           "Income reserve, in line with Resolution No. 1110 of 30 November 2004, bringing the reserve to "
           "USD 14.25 million at the end of the year (2005: USD 11.93 million).")

    d.heading("Financial position", ITAL, keep=3)
    d.para("10", "Total assets at 31 December 2006 stood at USD 584.1 million, against USD 599.4 million a "
           "year earlier. Cash, cash equivalents and short-term investments, most of which are held on "
           "behalf of donors for specific projects, represented 87 per cent of total assets.")
    d.para("11", "Deferred income, representing contributions received in advance of project "
           "implementation, decreased to USD 426.9 million (2005: USD 447.5 million). Total reserves and "
           "fund balances increased by USD 11.5 million to USD 64.1 million.")

    # ---- statements
    need = 2 * (LEAD + 13) + LEAD - 4 + d.table_height(POSITION)
    if d.room() < need:
        d.new_page(d.next_page_label())
    pages["III"] = d.page_label
    d.heading("III.", keep=3)
    d.c.setFont(BOLD, SIZE)
    d.c.drawString(L + 36, d.y + 7, "FINANCIAL STATEMENTS")
    pages["A"] = d.page_label
    d.heading("A.", BOLD, keep=2)
    d.c.setFont(BOLD, SIZE)
    d.c.drawString(L + 36, d.y + 7, "Statement of financial position as at 31 December 2006")
    d.y -= LEAD - 4
    d.c.setFont(ITAL, SIZE)
    d.c.drawCentredString(W / 2, d.y, "(in US dollars)")
    d.table(POSITION)

    need = (LEAD + 13) + LEAD - 4 + d.table_height(INCOME)
    if d.room() < need:
        d.new_page(d.next_page_label())
    pages["B"] = d.page_label
    d.heading("B.", BOLD, keep=2)
    d.c.setFont(BOLD, SIZE)
    d.c.drawString(L + 36, d.y + 7, "Statement of income and expenditure for the year ended 31 December 2006")
    d.y -= LEAD - 4
    d.c.setFont(ITAL, SIZE)
    d.c.drawCentredString(W / 2, d.y, "(in US dollars)")
    d.table(INCOME)

    # ---- notes
    d.gap(6)
    d.ensure(5 * LEAD)
    pages["IV"] = d.page_label
    d.heading("IV.", keep=4)
    d.c.setFont(BOLD, SIZE)
    d.c.drawString(L + 36, d.y + 7, "NOTES TO THE FINANCIAL STATEMENTS")

    def note(n, title):
        d.heading(f"Note {n} \u2013 {title}", BOLD, keep=3)

    note(1, "Objectives and activities")
    d.para("12", "The International Organization for Migration was established in 1951 as an "
           "intergovernmental organization to provide migration services to Governments and migrants. Its "
           "headquarters are in Geneva. Activities are financed from assessed contributions of Member "
           "States for the Administrative Programme and from voluntary contributions, mostly earmarked for "
           "specific projects, for the Operational Programmes.")
    note(2, "Significant accounting policies")
    d.para("13", "The financial statements are prepared on the accrual basis of accounting in accordance with "
           "the Financial Regulations and the accounting standards of the United Nations system. Their "
           "principal features are:")
    d.gap(-3)
    d.item("(a)", "voluntary contributions received for specific projects are recorded as deferred income "
           "and recognized as income when the related expenditure is incurred;")
    d.item("(b)", "assessed contributions are recognized as income in the year for which they are assessed;")
    d.item("(c)", "transactions in currencies other than the United States dollar are translated at the "
           "United Nations operational rate of exchange in effect on the date of the transaction; and")
    d.item("(d)", "property and equipment are stated at cost less accumulated depreciation, calculated on a "
           "straight-line basis over their estimated useful lives.")
    d.gap(3)
    d.para("14", "The Administrative Programme budget is expressed in Swiss francs. For presentation in these "
           "statements, Swiss franc balances have been translated at the year-end rate of CHF 1.22 to "
           "USD 1 (2005: CHF 1.31).")
    note(3, "Cash, cash equivalents and investments")
    d.para("15", "Cash and cash equivalents comprise cash on hand, current accounts and deposits with "
           "maturities of three months or less. Short-term investments are deposits maturing in three to "
           "twelve months; long-term investments of USD 12.0 million (2005: USD 10.0 million) are bonds "
           "issued by supranational institutions and held to maturity.")
    note(4, "Accounts receivable")
    d.para("16", "Accounts receivable of USD 38.7 million consist mainly of amounts due from donors under "
           "signed agreements for project expenditure already incurred (USD 31.2 million) and of value "
           "added tax recoverable from host Governments. A provision of USD 0.9 million has been made for "
           "amounts considered doubtful.")
    note(5, "Contributions receivable from Member States")
    d.para("17", "Of the USD 6,874,120 receivable from Member States, USD 3,513,452 relates to assessed "
           "contributions to the Administrative Programme and the balance to contributions pledged by "
           "Member States for operational activities.{4}")
    note(6, "Property and equipment")
    d.para("18", "Property and equipment include the headquarters building in Geneva, financed in part by an "
           "interest-free loan from the Building Foundation for International Organizations (FIPOI), and "
           "vehicles and equipment in the field. Depreciation charged for the year amounted to USD "
           "2,146,880. The loan is repaid in annual instalments of USD 1,030,000; the outstanding balance "
           "of USD 13,170,000 is shown under non-current liabilities.")
    note(7, "Deferred income")
    d.para("19", "Deferred income represents voluntary contributions received or receivable under signed "
           "agreements for which the corresponding project expenditure had not been incurred at 31 "
           "December 2006. Voluntary contributions recognized as income in the year correspond to the "
           "project expenditure incurred, including the overhead charged on projects.")
    note(8, "Staff termination benefits")
    d.para("20", "The liability for staff termination benefits covers repatriation grants, accrued annual "
           "leave and end-of-service payments due to staff under the Staff Regulations and Rules. It "
           "increased to USD 38.6 million (2005: USD 37.1 million) and is fully funded.")
    d.finish_page()


def build(pages):
    d = Doc(OUT)
    cover(d)
    contents(d, pages)
    body(d, pages)
    d.c.save()
    return d


if __name__ == "__main__":
    # first pass finds the page of each section; second pass prints the contents with them
    pages = {k: "1" for k in ("I", "II", "III", "A", "B", "IV")}
    found = dict(pages)
    build(found)
    build(found)
    print("contents pages:", found)
