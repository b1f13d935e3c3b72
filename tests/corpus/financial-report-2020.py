# Draws financial-report-2020.pdf (IOM Council document C/111/3, Financial Report 2019) with fpdf2.
import os
import re
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "financial-report-2020.pdf")
SYMBOL = "C/111/3"
FONTDIR = "/usr/share/fonts/truetype/dejavu/"

LEFT = 25.0
RIGHT = 190.0
WIDTH = RIGHT - LEFT
TOP = 32.0
BOTTOM = 275.0
FS = 10.0          # body font size
LH = 4.7           # body line height
FN_FS = 8.0
FN_LH = 3.8


class Report(FPDF):
    def __init__(self):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_auto_page_break(False)
        self.add_font("Sans", "", FONTDIR + "DejaVuSansCondensed.ttf")
        self.add_font("Sans", "B", FONTDIR + "DejaVuSansCondensed-Bold.ttf")
        self.add_font("Sans", "I", FONTDIR + "DejaVuSansCondensed-Oblique.ttf")
        self.add_font("Sans", "BI", FONTDIR + "DejaVuSansCondensed-BoldOblique.ttf")
        self.y_cur = TOP
        self.footnotes = []       # footnotes waiting for the current page

    # ---- page furniture -------------------------------------------------
    def page_label(self):
        n = self.page_no()
        if n == 2:
            return "i"
        return str(n - 2)

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("Sans", "", 9)
        self.set_xy(LEFT, 12)
        self.cell(WIDTH, 4, SYMBOL, align="R")
        self.set_xy(LEFT, 16.2)
        self.cell(WIDTH, 4, "Page " + self.page_label(), align="R")

    def new_page(self):
        self.flush_footnotes()
        self.add_page()
        self.y_cur = TOP

    # ---- footnotes ------------------------------------------------------
    def fn_lines(self, marker, text):
        self.set_font("Sans", "", FN_FS)
        return wrap(self, tokens(text), WIDTH - 5, WIDTH - 5)

    def fn_height(self, extra=None):
        fns = list(self.footnotes) + ([extra] if extra else [])
        if not fns:
            return 0.0
        h = 6.0
        for m, t in fns:
            h += len(self.fn_lines(m, t)) * FN_LH + 0.8
        return h

    def flush_footnotes(self):
        if not self.footnotes:
            return
        h = self.fn_height()
        y = 285.0 - h
        self.set_font("Sans", "", FS)
        self.text(LEFT, y + 3.0, "__________")
        y += 6.0
        for m, t in self.footnotes:
            lines = self.fn_lines(m, t)
            self.set_font("Sans", "", 5.8)
            self.text(LEFT + 1.5, y + 2.6 - 0.9, m)
            self.set_font("Sans", "", FN_FS)
            for i, line in enumerate(lines):
                draw_line(self, line, LEFT + 5, y + 2.6, WIDTH - 5, justify=(i < len(lines) - 1), size=FN_FS)
                y += FN_LH
            y += 0.8
        self.footnotes = []

    def limit(self, extra_fn=None):
        return BOTTOM - self.fn_height(extra_fn)


# ---- text helpers ---------------------------------------------------------
FN_TEXT = {}


def tokens(text):
    """Split a paragraph into (word, marker) pairs; markers are written word[[n]]."""
    out = []
    for w in text.split():
        m = re.match(r"^(.*?)\[\[(\S+?)\]\]$", w)
        if m:
            out.append((m.group(1), m.group(2)))
        else:
            out.append((w, None))
    return out


def tok_width(pdf, tok, size):
    w, m = tok
    pdf.set_font_size(size)
    width = pdf.get_string_width(w)
    if m:
        pdf.set_font_size(size * 0.62)
        width += pdf.get_string_width(m) + 0.2
        pdf.set_font_size(size)
    return width


def wrap(pdf, toks, first_w, rest_w, size=None):
    size = size or pdf.font_size_pt
    lines, cur, cur_w = [], [], 0.0
    space = None
    for t in toks:
        pdf.set_font_size(size)
        space = pdf.get_string_width(" ")
        tw = tok_width(pdf, t, size)
        avail = first_w if not lines else rest_w
        need = tw if not cur else cur_w + space + tw
        if cur and need > avail:
            lines.append(cur)
            cur, cur_w = [t], tw
        else:
            cur.append(t)
            cur_w = need
    if cur:
        lines.append(cur)
    return lines


def draw_line(pdf, line, x, y, width, justify=True, size=FS):
    pdf.set_font_size(size)
    space = pdf.get_string_width(" ")
    widths = [tok_width(pdf, t, size) for t in line]
    gap = space
    if justify and len(line) > 1:
        gap = (width - sum(widths)) / (len(line) - 1)
        gap = min(gap, space * 3)
    for t, w in zip(line, widths):
        word, m = t
        pdf.set_font_size(size)
        pdf.text(x, y, word)
        if m:
            ww = pdf.get_string_width(word)
            pdf.set_font_size(size * 0.62)
            pdf.text(x + ww + 0.2, y - size * 0.14, m)
            pdf.set_font_size(size)
        x += w + gap


def block(pdf, text, label=None, label_x=None, text_x=LEFT, first_x=None, space_before=LH * 0.8,
          style=""):
    """A paragraph: label at label_x, first line at first_x, later lines at text_x."""
    first_x = first_x if first_x is not None else text_x
    pdf.set_font("Sans", style, FS)
    toks = tokens(text)
    lines = wrap(pdf, toks, RIGHT - first_x, RIGHT - text_x, FS)
    pdf.y_cur += space_before
    for i, line in enumerate(lines):
        new_fns = [(m, FN_TEXT[m]) for _, m in line if m]
        extra = None
        for fn in new_fns:
            pdf.footnotes.append(fn)
        lim = pdf.limit()
        if pdf.y_cur + LH > lim or (i == 0 and pdf.y_cur + 2 * LH > lim):
            for fn in new_fns:
                pdf.footnotes.remove(fn)
            pdf.new_page()
            for fn in new_fns:
                pdf.footnotes.append(fn)
        base = pdf.y_cur + 3.6
        pdf.set_font("Sans", style, FS)
        if i == 0 and label:
            pdf.text(label_x, base, label)
        x = first_x if i == 0 else text_x
        draw_line(pdf, line, x, base, RIGHT - x, justify=(i < len(lines) - 1))
        pdf.y_cur += LH


def heading(pdf, text, style="B", space_before=LH * 1.3, center=False):
    if pdf.y_cur + space_before + 4 * LH > pdf.limit():
        pdf.new_page()
        space_before = 0
    pdf.y_cur += space_before
    pdf.set_font("Sans", style, FS)
    if center:
        pdf.set_xy(LEFT, pdf.y_cur)
        pdf.cell(WIDTH, LH, text, align="C")
    else:
        pdf.text(LEFT, pdf.y_cur + 3.6, text)
    pdf.y_cur += LH


def para(pdf, n, text):
    block(pdf, text, label="%d." % n, label_x=LEFT, first_x=LEFT + 10, text_x=LEFT)


def item(pdf, label, text, level=1, space_before=LH * 0.4):
    lx = LEFT + 10 * level
    block(pdf, text, label=label, label_x=lx, text_x=lx + 10, space_before=space_before)


# ---- tables -----------------------------------------------------------------
C_NOTE = (122.0, 138.0)   # centre column
C_Y1 = (138.0, 164.0)     # right-aligned
C_Y2 = (164.0, 190.0)
TRH = 4.5                 # table row height


def fmt(v):
    if v is None:
        return ""
    s = "{:,}".format(abs(v))
    return "(" + s + ")" if v < 0 else s


def table(pdf, caption_lines, head, rows, note=None):
    """rows: (label, kind, notes, v2019, v2018); kind in group/sub/item/total/grand."""
    need = (len(caption_lines) + 3) * LH + len(rows) * TRH + (3 * LH if note else 0)
    if pdf.y_cur + need > pdf.limit():
        pdf.new_page()
    else:
        pdf.y_cur += LH * 1.5
    for i, c in enumerate(caption_lines):
        pdf.set_font("Sans", "B" if i == 0 else "", FS)
        pdf.set_xy(LEFT, pdf.y_cur)
        pdf.cell(WIDTH, LH, c, align="C")
        pdf.y_cur += LH
    pdf.y_cur += LH * 0.8
    pdf.set_font("Sans", "B", 9)
    pdf.set_xy(C_NOTE[0], pdf.y_cur)
    pdf.cell(C_NOTE[1] - C_NOTE[0], TRH, head[0], align="C")
    pdf.set_xy(C_Y1[0], pdf.y_cur)
    pdf.cell(C_Y1[1] - C_Y1[0], TRH, head[1], align="R")
    pdf.set_xy(C_Y2[0], pdf.y_cur)
    pdf.cell(C_Y2[1] - C_Y2[0], TRH, head[2], align="R")
    pdf.y_cur += TRH
    pdf.set_line_width(0.3)
    pdf.line(LEFT, pdf.y_cur + 0.5, RIGHT, pdf.y_cur + 0.5)
    pdf.y_cur += 1.5
    for label, kind, notes, v1, v2 in rows:
        if kind in ("group", "grand"):
            style, ind = "B", 0.0
        elif kind == "sub":
            style, ind = "BI", 0.0
        elif kind == "total":
            style, ind = "B", 4.0
        else:
            style, ind = "", 4.0
        if kind == "group":
            pdf.y_cur += 1.5
        if kind in ("total", "grand"):
            pdf.set_line_width(0.2)
            pdf.line(C_Y1[0] + 6, pdf.y_cur, C_Y1[1], pdf.y_cur)
            pdf.line(C_Y2[0] + 6, pdf.y_cur, C_Y2[1], pdf.y_cur)
        pdf.set_font("Sans", style, 9)
        pdf.set_xy(LEFT + ind, pdf.y_cur)
        pdf.cell(C_NOTE[0] - LEFT - ind, TRH, label)
        pdf.set_font("Sans", "", 9)
        pdf.set_xy(C_NOTE[0], pdf.y_cur)
        pdf.cell(C_NOTE[1] - C_NOTE[0], TRH, notes or "", align="C")
        pdf.set_font("Sans", "B" if kind in ("total", "grand") else "", 9)
        pdf.set_xy(C_Y1[0], pdf.y_cur)
        pdf.cell(C_Y1[1] - C_Y1[0], TRH, fmt(v1), align="R")
        pdf.set_xy(C_Y2[0], pdf.y_cur)
        pdf.cell(C_Y2[1] - C_Y2[0], TRH, fmt(v2), align="R")
        pdf.y_cur += TRH
        if kind == "grand":
            pdf.set_line_width(0.2)
            pdf.line(C_Y1[0] + 6, pdf.y_cur, C_Y1[1], pdf.y_cur)
            pdf.line(C_Y2[0] + 6, pdf.y_cur, C_Y2[1], pdf.y_cur)
            pdf.line(C_Y1[0] + 6, pdf.y_cur + 0.6, C_Y1[1], pdf.y_cur + 0.6)
            pdf.line(C_Y2[0] + 6, pdf.y_cur + 0.6, C_Y2[1], pdf.y_cur + 0.6)
            pdf.y_cur += 1.0
    if note:
        pdf.y_cur += LH * 0.8
        pdf.set_font("Sans", "", 8)
        pdf.text(LEFT, pdf.y_cur + 3.2, note)
        pdf.y_cur += LH


# ---- figures (thousands of US dollars) --------------------------------------
CUR19 = [1012448, 612300, 388214, 47905, 28617, 19442]
CUR18 = [874316, 545000, 402771, 41288, 24930, 16805]
NC19 = [96530, 118276, 6381]
NC18 = [88104, 112490, 5977]
CL19 = [168942, 1041377, 38614, 61209]
CL18 = [151306, 912544, 35207, 54918]
NCL19 = [94812, 377448, 24880]
NCL18 = [87655, 345365, 26310]
NA19 = [401287, 121544]
NA18 = [389690, 108686]
TA19, TA18 = sum(CUR19) + sum(NC19), sum(CUR18) + sum(NC18)
TL19, TL18 = sum(CL19) + sum(NCL19), sum(CL18) + sum(NCL18)
assert TA19 - TL19 == sum(NA19), (TA19 - TL19, sum(NA19))
assert TA18 - TL18 == sum(NA18), (TA18 - TL18, sum(NA18))

REV19 = [2056412, 54208, 21736, 9881]
REV18 = [1779838, 53917, 14102, 8644]
EXP19 = [742615, 540327, 243880, 186574, 98416, 201963, 82159, 11472]
EXP18 = [668209, 449530, 198412, 171045, 90377, 184920, 76818, 10366]
SUR19 = sum(REV19) - sum(EXP19)
SUR18 = sum(REV18) - sum(EXP18)
assert (SUR19, SUR18) == (34831, 6824)

OPEN18 = 488517
ACT19, ACT18 = -12406, 4215
OTH19, OTH18 = 2030, -1180
CH19 = SUR19 + ACT19 + OTH19
CH18 = SUR18 + ACT18 + OTH18
assert OPEN18 + CH18 == sum(NA18)
assert sum(NA18) + CH19 == sum(NA19)

STAT1 = [
    ("ASSETS", "group", None, None, None),
    ("Current assets", "sub", None, None, None),
    ("Cash and cash equivalents", "item", "3", CUR19[0], CUR18[0]),
    ("Investments", "item", "4", CUR19[1], CUR18[1]),
    ("Contributions receivable", "item", "5", CUR19[2], CUR18[2]),
    ("Other receivables", "item", "6", CUR19[3], CUR18[3]),
    ("Inventories", "item", "7", CUR19[4], CUR18[4]),
    ("Advances and prepayments", "item", "8", CUR19[5], CUR18[5]),
    ("Total current assets", "total", None, sum(CUR19), sum(CUR18)),
    ("Non-current assets", "sub", None, None, None),
    ("Contributions receivable, non-current", "item", "5", NC19[0], NC18[0]),
    ("Property, plant and equipment", "item", "9", NC19[1], NC18[1]),
    ("Intangible assets", "item", "10", NC19[2], NC18[2]),
    ("Total non-current assets", "total", None, sum(NC19), sum(NC18)),
    ("TOTAL ASSETS", "grand", None, TA19, TA18),
    ("LIABILITIES", "group", None, None, None),
    ("Current liabilities", "sub", None, None, None),
    ("Accounts payable and accruals", "item", "11", CL19[0], CL18[0]),
    ("Deferred revenue", "item", "12", CL19[1], CL18[1]),
    ("Employee benefits, current", "item", "13", CL19[2], CL18[2]),
    ("Funds held on behalf of third parties", "item", "14", CL19[3], CL18[3]),
    ("Total current liabilities", "total", None, sum(CL19), sum(CL18)),
    ("Non-current liabilities", "sub", None, None, None),
    ("Deferred revenue, non-current", "item", "12", NCL19[0], NCL18[0]),
    ("Employee benefits, non-current", "item", "13", NCL19[1], NCL18[1]),
    ("Borrowings", "item", "15", NCL19[2], NCL18[2]),
    ("Total non-current liabilities", "total", None, sum(NCL19), sum(NCL18)),
    ("TOTAL LIABILITIES", "grand", None, TL19, TL18),
    ("NET ASSETS", "group", None, None, None),
    ("Accumulated fund balances", "item", "16", NA19[0], NA18[0]),
    ("Reserves", "item", "16", NA19[1], NA18[1]),
    ("TOTAL NET ASSETS", "grand", None, sum(NA19), sum(NA18)),
    ("TOTAL LIABILITIES AND NET ASSETS", "grand", None, TL19 + sum(NA19), TL18 + sum(NA18)),
]

STAT2 = [
    ("REVENUE", "group", None, None, None),
    ("Voluntary contributions", "item", "17", REV19[0], REV18[0]),
    ("Assessed contributions", "item", "18", REV19[1], REV18[1]),
    ("Investment income", "item", "19", REV19[2], REV18[2]),
    ("Other revenue", "item", "20", REV19[3], REV18[3]),
    ("Total revenue", "total", None, sum(REV19), sum(REV18)),
    ("EXPENSES", "group", None, None, None),
    ("Staff and personnel costs", "item", "21", EXP19[0], EXP18[0]),
    ("Contractual services", "item", "21", EXP19[1], EXP18[1]),
    ("Transfers to implementing partners", "item", "21", EXP19[2], EXP18[2]),
    ("Supplies, materials and consumables", "item", "21", EXP19[3], EXP18[3]),
    ("Travel", "item", "21", EXP19[4], EXP18[4]),
    ("Migrant transportation and assistance", "item", "21", EXP19[5], EXP18[5]),
    ("General operating and other expenses", "item", "21", EXP19[6], EXP18[6]),
    ("Depreciation and amortization", "item", "9, 10", EXP19[7], EXP18[7]),
    ("Total expenses", "total", None, sum(EXP19), sum(EXP18)),
    ("SURPLUS FOR THE YEAR", "grand", None, SUR19, SUR18),
]

STAT3 = [
    ("Net assets at 1 January", "item", None, sum(NA18), OPEN18),
    ("Surplus for the year", "item", None, SUR19, SUR18),
    ("Actuarial (losses)/gains on employee benefit liabilities", "item", "13", ACT19, ACT18),
    ("Other direct adjustments to net assets", "item", "16", OTH19, OTH18),
    ("Total recognized changes in net assets", "total", None, CH19, CH18),
    ("NET ASSETS AT 31 DECEMBER", "grand", None, sum(NA19), sum(NA18)),
]

FN_TEXT.update({
    "1": "IOM has prepared its financial statements in full compliance with IPSAS since the financial "
         "year 2012. No new standard that became effective in 2019 had a material effect on the statements.",
    "2": "The report of the External Auditor on the financial statements for 2019 is issued as document "
         "C/111/4.",
    "3": "Implementing partners are mainly national non-governmental organizations, government bodies "
         "and United Nations entities engaged under project agreements; see Note 21 to the audited "
         "financial statements.",
    "4": "The discount rate applied to the after-service health insurance liability fell from 3.9 per "
         "cent at the end of 2018 to 2.8 per cent at the end of 2019, which raised the present value of "
         "the obligation.",
})


def contents_line(pdf, text, page, indent, bold=False):
    pdf.set_font("Sans", "B" if bold else "", FS)
    x = LEFT + indent
    y = pdf.y_cur + 3.6
    pdf.text(x, y, text)
    tw = pdf.get_string_width(text)
    pw = pdf.get_string_width(page)
    dot = pdf.get_string_width(".")
    start = x + tw + 2
    end = RIGHT - pw - 2
    n = int((end - start) / dot)
    pdf.set_font("Sans", "", FS)
    pdf.text(start, y, "." * max(n, 3))
    pdf.set_font("Sans", "B" if bold else "", FS)
    pdf.text(RIGHT - pw, y, page)
    pdf.y_cur += LH


def build():
    pdf = Report()
    pdf.set_title("Financial Report for the year ended 31 December 2019")
    pdf.set_author("International Organization for Migration")

    # ---- cover ------------------------------------------------------------
    pdf.add_page()
    pdf.set_font("Sans", "B", 12)
    pdf.set_xy(LEFT, 20)
    pdf.cell(WIDTH, 6, SYMBOL, align="R")
    pdf.set_font("Sans", "", 10)
    pdf.set_xy(LEFT, 27)
    pdf.cell(WIDTH, 5, "Original: English", align="R")
    pdf.set_xy(LEFT, 32)
    pdf.cell(WIDTH, 5, "3 June 2020", align="R")
    pdf.set_font("Sans", "B", 12)
    pdf.set_xy(LEFT, 60)
    pdf.cell(WIDTH, 6, "COUNCIL", align="C")
    pdf.set_font("Sans", "", 11)
    pdf.set_xy(LEFT, 66)
    pdf.cell(WIDTH, 6, "111th Session", align="C")
    pdf.set_font("Sans", "B", 12)
    pdf.set_xy(LEFT, 100)
    pdf.cell(WIDTH, 6, "FINANCIAL REPORT FOR THE YEAR", align="C")
    pdf.set_xy(LEFT, 106.5)
    title2 = "ENDED 31 DECEMBER 2019"
    w2 = pdf.get_string_width(title2)
    x2 = LEFT + (WIDTH - w2) / 2
    pdf.text(x2, 111, title2)
    pdf.set_font("Sans", "B", 8)
    pdf.text(x2 + w2 + 0.3, 110.0, "*")
    pdf.set_font("Sans", "", 10)
    pdf.text(LEFT, 262, "__________")
    pdf.set_font("Sans", "", 6)
    pdf.text(LEFT, 267.4, "*")
    pdf.set_font("Sans", "", 8.5)
    pdf.text(LEFT + 3, 268, "This document was first submitted to the Standing Committee on Programmes and "
                            "Finance at its Twenty-sixth Session.")

    # ---- contents ---------------------------------------------------------
    pdf.add_page()
    pdf.y_cur = TOP + 4
    pdf.set_font("Sans", "B", FS)
    pdf.set_xy(LEFT, pdf.y_cur)
    pdf.cell(WIDTH, LH, "CONTENTS", align="C")
    pdf.y_cur += LH * 2
    pdf.set_font("Sans", "", FS)
    pdf.set_xy(LEFT, pdf.y_cur)
    pdf.cell(WIDTH, LH, "Page", align="R")
    pdf.y_cur += LH * 1.6
    toc = [
        ("DIRECTOR GENERAL'S OVERVIEW", "1", 0, True),
        ("Introduction", "1", 6, False),
        ("Financial highlights", "1", 6, False),
        ("Financial performance", "1", 6, False),
        ("Financial position", "2", 6, False),
        ("Administrative Part of the Budget", "2", 6, False),
        ("Operational Part of the Budget and operational support income", "2", 6, False),
        ("Risk management and internal control", "2", 6, False),
        ("FINANCIAL STATEMENTS", "3", 0, True),
        ("Statement I \u2013 Statement of financial position", "3", 6, False),
        ("Statement II \u2013 Statement of financial performance", "4", 6, False),
        ("Statement III \u2013 Statement of changes in net assets", "4", 6, False),
    ]
    for text, page, ind, bold in toc:
        if bold and pdf.y_cur > TOP + 20:
            pdf.y_cur += LH * 0.8
        contents_line(pdf, text, page, ind, bold)
        pdf.y_cur += 1.2

    # ---- body -------------------------------------------------------------
    pdf.new_page()
    pdf.set_font("Sans", "B", FS)
    pdf.set_xy(LEFT, pdf.y_cur)
    pdf.cell(WIDTH, LH, "FINANCIAL REPORT FOR THE YEAR ENDED 31 DECEMBER 2019", align="C")
    pdf.y_cur += LH
    heading(pdf, "DIRECTOR GENERAL'S OVERVIEW", space_before=LH * 1.5)

    heading(pdf, "Introduction", style="BI", space_before=LH)
    para(pdf, 1, "The Director General has the honour to submit to the Council the Financial Report for the "
         "year ended 31 December 2019. It comprises this overview and the principal financial statements "
         "of the Organization, prepared in accordance with the International Public Sector Accounting "
         "Standards (IPSAS)[[1]] and the Financial Regulations, and audited by the External Auditor.[[2]]")
    para(pdf, 2, "The year under review was again the busiest in the Organization's history, marked by the "
         "response to the outflow of refugees and migrants from the Bolivarian Republic of Venezuela, "
         "Cyclones Idai and Kenneth in southern Africa and protracted crises in Bangladesh and Yemen. Active "
         "projects at year-end numbered 2,874 (2018: 2,611). Amounts below are in US dollars unless "
         "otherwise indicated.")

    heading(pdf, "Financial highlights", style="BI")
    para(pdf, 3, "Total revenue for 2019 amounted to USD 2,142.2 million, an increase of USD 285.7 million, or "
         "15.4 per cent, over 2018. Total expenses rose by 13.9 per cent to USD 2,107.4 million, leaving a "
         "surplus for the year of USD 34.8 million (2018: USD 6.8 million).")
    para(pdf, 4, "At 31 December 2019 total assets stood at USD 2,330.1 million and total liabilities at "
         "USD 1,807.3 million, so that net assets increased by USD 24.5 million to USD 522.8 million.")
    para(pdf, 5, "Cash, cash equivalents and investments totalled USD 1,624.7 million, USD 205.4 million more "
         "than a year earlier. These balances are held largely on behalf of donors for projects under way "
         "and are matched by deferred revenue.")

    heading(pdf, "Financial performance", style="BI")
    para(pdf, 6, "Voluntary contributions, 96.0 per cent of total revenue, increased by USD 276.6 million to "
         "USD 2,056.4 million. The growth was driven mainly by:")
    item(pdf, "(a)", "the expansion of the regional response for refugees and migrants from the Bolivarian "
         "Republic of Venezuela, in particular in Colombia, Ecuador and Peru;")
    item(pdf, "(b)", "emergency and early recovery operations after Cyclones Idai and Kenneth, including:")
    item(pdf, "(i)", "shelter and non-food item distributions in Malawi, Mozambique and Zimbabwe; and",
         level=2, space_before=LH * 0.3)
    item(pdf, "(ii)", "camp coordination and camp management in Mozambique;",
         level=2, space_before=LH * 0.3)
    item(pdf, "(c)", "continued multi-year funding of the Rohingya response in Cox's Bazar, Bangladesh; and")
    item(pdf, "(d)", "further growth in assisted voluntary return and reintegration programmes.")
    para(pdf, 7, "Assessed contributions amounted to USD 54.2 million. Investment income rose to USD 21.7 "
         "million (2018: USD 14.1 million), reflecting higher short-term interest rates and larger balances "
         "invested, and other revenue came to USD 9.9 million.")
    para(pdf, 8, "Staff and personnel costs remained the largest expense at USD 742.6 million, or 35.2 per "
         "cent of the total, followed by contractual services at USD 540.3 million. Transfers to implementing "
         "partners rose by 22.9 per cent to USD 243.9 million,[[3]] as more activities were delivered through "
         "local partners.")

    heading(pdf, "Financial position", style="BI")
    para(pdf, 9, "Contributions receivable, current and non-current, totalled USD 484.7 million (2018: USD "
         "490.9 million), representing amounts due under signed multi-year agreements.")
    para(pdf, 10, "Deferred revenue, comprising contributions for which the related conditions have not yet "
         "been met, stood at USD 1,136.2 million (2018: USD 1,000.2 million).")
    para(pdf, 11, "Employee benefit liabilities increased by USD 35.5 million to USD 416.1 million. An "
         "actuarial loss of USD 12.4 million, due mainly to the lower discount rate,[[4]] was recognized "
         "directly in net assets (Statement III). Borrowings of USD 24.9 million relate to the interest-free "
         "loan granted by the host country for the Headquarters building.")

    heading(pdf, "Administrative Part of the Budget", style="BI")
    para(pdf, 12, "The Administrative Part of the Budget for 2019 was approved at CHF 52,242,614 in the "
         "Programme and Budget for 2019 (C/109/6) and by Resolution No. 1366 of 28 November 2018. "
         "Expenditure amounted to CHF 52,118,932, leaving an unspent balance of CHF 123,682.")
    para(pdf, 13, "Outstanding assessed contributions at year-end totalled CHF 7,916,448, of which CHF "
         "3,105,220 was owed by Member States subject to Article 4 of the Constitution (see S/26/3).")

    heading(pdf, "Operational Part of the Budget and operational support income", style="BI")
    para(pdf, 14, "The Operational Part of the Budget for 2019, first estimated at USD 1,487.3 million, was "
         "revised to USD 1,962.5 million (S/25/5). Expenditure under that Part, on the budgetary basis, "
         "reached USD 2,031.4 million.")
    para(pdf, 15, "Operational support income totalled USD 142.8 million (2018: USD 124.5 million), of which "
         "USD 128.9 million financed core structure and USD 13.9 million was credited to the operational "
         "support income reserve.")

    heading(pdf, "Risk management and internal control", style="BI")
    para(pdf, 16, "Measures taken during the year to strengthen internal control included:")
    item(pdf, "\u2022", "the roll-out of the enterprise resource planning system to 23 further country offices;")
    item(pdf, "\u2022", "a revised policy on the prevention of fraud and corruption; and")
    item(pdf, "\u2022", "annual certification letters by which chiefs of mission confirm that key controls "
         "operate in their offices.")
    para(pdf, 17, "The Office of the Inspector General issued 41 internal audit reports in 2019.")

    heading(pdf, "FINANCIAL STATEMENTS")
    para(pdf, 18, "Statements I to III are reproduced from the audited financial statements; the notes "
         "referred to in the Notes column are published with the External Auditor's report.")
    para(pdf, 19, "The Director General certifies that, to the best of his knowledge, the financial "
         "statements present fairly, in all material respects, the financial position of the Organization "
         "at 31 December 2019 and its financial performance for the year then ended.")

    table(pdf, ["Statement I \u2013 Statement of financial position as at 31 December 2019",
                "(in thousands of US dollars)"],
          ("Notes", "2019", "2018*"), STAT1,
          note="* Certain comparative figures for 2018 have been reclassified to conform to the presentation "
               "adopted in 2019.")
    table(pdf, ["Statement II \u2013 Statement of financial performance for the year ended 31 December 2019",
                "(in thousands of US dollars)"],
          ("Notes", "2019", "2018"), STAT2)
    pdf.y_cur += LH * 2
    table(pdf, ["Statement III \u2013 Statement of changes in net assets for the year ended 31 December 2019",
                "(in thousands of US dollars)"],
          ("Notes", "2019", "2018"), STAT3)
    pdf.flush_footnotes()
    pdf.output(OUT)
    print("pages:", pdf.page_no())


if __name__ == "__main__":
    build()
