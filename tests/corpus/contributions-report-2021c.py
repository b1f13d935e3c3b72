"""Draws contributions-report-2021c.pdf: an SCPF status report on outstanding
contributions (S/29/7, 2021), laid out by hand with fpdf2."""
import os
import re

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "contributions-report-2021c.pdf")

SYMBOL = "S/29/7"
PAGE_W, PAGE_H = 210.0, 297.0
LM, RM = 25.0, 25.0
TW = PAGE_W - LM - RM
TOP_BODY = 34.0
BOTTOM = 277.0
BODY_PT = 11
LH = 5.2
FN_PT = 9
FN_LH = 4.0
INDENT = 12.0

# --------------------------------------------------------------------------
# Figures
# --------------------------------------------------------------------------

def fmt(n):
    return f"{n:,}"

# Annex: Member State, years concerned, amount outstanding, region, payment plan
ANNEX = [
    ("Afghanistan", "2020", 3672, "Asia and the Pacific", ""),
    ("Antigua and Barbuda", "2018\u20132020", 8425, "Americas and the Caribbean", ""),
    ("Burundi", "2015\u20132020", 16830, "Africa", ""),
    ("Central African Republic", "2011\u20132020", 27405, "Africa", "Yes"),
    ("Comoros", "2017\u20132020", 11216, "Africa", ""),
    ("Dominica", "2014\u20132020", 19388, "Americas and the Caribbean", "Yes"),
    ("Gambia", "2020", 1947, "Africa", ""),
    ("Guinea-Bissau", "2013\u20132020", 22118, "Africa", "Yes"),
    ("Haiti", "2019\u20132020", 9731, "Americas and the Caribbean", ""),
    ("Liberia", "2019\u20132020", 5604, "Africa", ""),
    ("Libya", "2016\u20132020", 97340, "Middle East and North Africa", "Yes"),
    ("Marshall Islands", "2012\u20132020", 24951, "Asia and the Pacific", ""),
    ("Montenegro", "2020", 2914, "Europe", ""),
    ("Solomon Islands", "2020", 2803, "Asia and the Pacific", ""),
    ("Somalia", "2009\u20132020", 33072, "Africa", ""),
    ("South Sudan", "2016\u20132020", 14863, "Africa", ""),
    ("Sudan", "2014\u20132020", 36518, "Middle East and North Africa", "Yes"),
    ("Suriname", "2020", 2860, "Americas and the Caribbean", ""),
    ("Ukraine", "2020", 29876, "Europe", ""),
    ("Vanuatu", "2017\u20132020", 11209, "Asia and the Pacific", ""),
    ("Venezuela (Bolivarian Republic of)", "2015\u20132020", 2386412,
     "Americas and the Caribbean", ""),
    ("Yemen", "2012\u20132020", 48266, "Middle East and North Africa", ""),
]
ARREARS_TOTAL = sum(a[2] for a in ANNEX)

REGIONS = ["Africa", "Americas and the Caribbean", "Asia and the Pacific",
           "Europe", "Middle East and North Africa"]
REG = []
for r in REGIONS:
    rows = [a for a in ANNEX if a[3] == r]
    amt = sum(a[2] for a in rows)
    REG.append((r, len(rows), amt, round(1000 * amt / ARREARS_TOTAL) / 10))
assert sum(x[1] for x in REG) == len(ANNEX) == 22
assert sum(x[2] for x in REG) == ARREARS_TOTAL
PCT_SUM = round(sum(x[3] for x in REG), 1)
assert PCT_SUM == 100.0, PCT_SUM

# Table 1: outstanding at 30 September 2021 by year, and payments received
YEARS = ["2016 and earlier", "2017", "2018", "2019", "2020"]
OUT_SEP = {"2017": 402716, "2018": 411583, "2019": 437905, "2020": 512338}
OUT_SEP["2016 and earlier"] = ARREARS_TOTAL - sum(OUT_SEP.values())
RECEIVED = {"2016 and earlier": 41208, "2017": 58934, "2018": 96750,
            "2019": 612477, "2020": 3905816}
OUT_JAN = {y: OUT_SEP[y] + RECEIVED[y] for y in YEARS}
T1_JAN = sum(OUT_JAN.values())
T1_REC = sum(RECEIVED.values())
T1_SEP = sum(OUT_SEP.values())
assert T1_SEP == ARREARS_TOTAL and T1_JAN - T1_REC == T1_SEP

BUDGET_2021 = 52475000
PAID_2021 = 39862417
assert f"{100 * PAID_2021 / BUDGET_2021:.1f}" == "76.0"

ART4 = ["Antigua and Barbuda", "Burundi", "Central African Republic",
        "Comoros", "Dominica", "Guinea-Bissau", "Libya", "Marshall Islands",
        "Somalia", "South Sudan", "Sudan", "Vanuatu",
        "Venezuela (Bolivarian Republic of)", "Yemen"]
assert len(ART4) == 14

# --------------------------------------------------------------------------
# Text.  {1} marks a raised footnote marker.
# --------------------------------------------------------------------------

TITLE_LINES = ["STATUS REPORT ON OUTSTANDING CONTRIBUTIONS",
               "TO THE ADMINISTRATIVE PART OF THE BUDGET"]

FOOTNOTES = {
    "1": "The scale of assessment for 2021 was published as Annex II to the "
         "Programme and Budget for 2021 (C/111/6). The amount assessed on each "
         "Member State was notified to its permanent mission in January 2021.",
    "2": "The Council may nevertheless allow such a Member State to vote if it "
         "is satisfied that the failure to pay is due to conditions beyond the "
         "Member State\u2019s control.",
}

BODY = [
    ("heading", "Introduction"),
    ("para", "1",
     "This report sets out the position, as at 30 September 2021, of the "
     "contributions assessed on Member States for the Administrative Part of "
     "the Budget that had not yet been received. It updates the figures given "
     "to the Standing Committee at its Twenty-eighth Session in document "
     "S/28/5 and reflects every payment credited to the Organization\u2019s "
     "bank accounts up to and including that date."),
    ("para", "2",
     "By Resolution No. 1393 of 26 November 2020, the Council approved the "
     f"Administrative Part of the Budget for 2021 at CHF {fmt(BUDGET_2021)}, "
     "to be financed by assessed contributions from the 173 Member States in "
     "accordance with the scale of assessment for that year.{1} The audited "
     "position at the end of 2020 is given in the Financial Report for the "
     "year ended 31 December 2020 (C/112/3)."),
    ("heading", "Assessed contributions for 2021"),
    ("para", "3",
     "By the end of September, the Organization had received "
     f"CHF {fmt(PAID_2021)} in respect of the 2021 assessments, that is, 76.0 "
     "per cent of the total due, leaving "
     f"CHF {fmt(BUDGET_2021 - PAID_2021)} to be collected before the close of "
     "the year. Twelve months earlier, the corresponding collection rate had "
     "stood at 78.3 per cent."),
    ("para", "4",
     "Eighty-nine Member States had paid their 2021 contributions in full, 27 "
     "had paid part of the amount due and 57 had yet to make any payment for "
     "the year. The Administration recalls that, under the Financial "
     "Regulations, contributions fall due in full on the first day of the "
     "financial year to which they relate."),
    ("heading", "Contributions outstanding from previous years"),
    ("para", "5",
     "On 1 January 2021, contributions assessed for 2020 and earlier years "
     f"that were still unpaid totalled CHF {fmt(T1_JAN)}. Payments of "
     f"CHF {fmt(T1_REC)} were received against these arrears in the first "
     f"nine months of 2021, so that CHF {fmt(T1_SEP)} remained outstanding "
     "at 30 September 2021. Table 1 traces these movements by year of "
     "assessment."),
    ("table", "t1"),
    ("para", "6",
     "More than four fifths of the sums received against arrears related to "
     "the 2020 assessments, much of which had been held back by Member States "
     "facing the budgetary strain of the first months of the COVID-19 "
     "pandemic. The amounts due for 2016 and earlier years, by contrast, "
     "hardly moved and remain concentrated on a very small number of Member "
     "States."),
    ("heading", "Distribution of arrears by region"),
    ("para", "7",
     "At the end of September, 22 Member States still owed contributions for "
     "2020 or earlier years. A single Member State in the Americas and "
     "the Caribbean accounts for the greater part of that total; the rest is "
     "spread over 21 Member States, most of them in Africa, whose individual "
     "arrears are comparatively small. How these arrears are divided between "
     "the five regions is summarized in Table 2."),
    ("table", "t2"),
    ("para", "8",
     "The Member States concerned, the years for which each of them owes "
     "contributions and the amounts involved are listed in the Annex."),
    ("heading", "Member States subject to Article 4 of the Constitution"),
    ("para", "9",
     "Article 4 of the Constitution provides that a Member State in arrears "
     "in the payment of its financial contributions has no vote in the "
     "Council if its arrears equal or exceed the contributions due from it "
     "for the preceding two full years.{2} On 30 September 2021, 14 Member "
     "States fell within that provision: " + ", ".join(ART4[:-1]) + " and "
     + ART4[-1] + "."),
    ("heading", "Payment plans"),
    ("para", "10",
     "Under the arrangements endorsed by the Council in Resolution No. 1341 "
     "of 6 December 2016, a Member State with arrears may agree with the "
     "Administration on a schedule for settling them in instalments over a "
     "period of up to ten years, provided that it pays its current "
     "contributions in full. Five Member States (Central African Republic, "
     "Dominica, Guinea-Bissau, Libya and Sudan) currently have such plans; "
     "all of them except Libya had paid the instalments scheduled for 2021 by "
     "the end of September."),
    ("para", "11",
     "The Administration remains ready to discuss comparable arrangements "
     "with any other Member State in arrears and encourages the permanent "
     "missions concerned to approach the Budget Division at their earliest "
     "convenience."),
    ("heading", "Action requested of the Standing Committee"),
    ("para", "12", "The Standing Committee is invited to:"),
    ("item", "(a)", "take note of this status report;"),
    ("item", "(b)",
     "urge the Member States whose contributions for 2021 remain unpaid to "
     "settle them before the end of the year; and"),
    ("item", "(c)",
     "call on the Member States with arrears from earlier years to pay them "
     "in full or to conclude a payment plan with the Administration without "
     "further delay."),
]

# --------------------------------------------------------------------------
# Layout engine
# --------------------------------------------------------------------------


class Doc(FPDF):
    def __init__(self):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.core_fonts_encoding = "windows-1252"
        self.set_auto_page_break(False)
        self.set_margins(LM, 15, RM)
        self.body_page = 0      # "Page N" counter (cover not counted)
        self.y_cur = TOP_BODY
        self.page_fns = []      # footnote keys on the current page
        self.annex_mode = False
        self.wrapped = {}       # para number -> list of line texts (checks)

    # ---- page furniture ----
    def new_page(self):
        if self.page_no() >= 1:
            self.flush_footnotes()
        self.add_page()
        self.page_fns = []
        self.set_font("Times", "", BODY_PT)
        if self.annex_mode:
            self.right(SYMBOL, 15)
            self.right("Annex", 20)
        else:
            self.body_page += 1
            self.right(SYMBOL, 15)
            self.right(f"Page {self.body_page}", 20)
        self.y_cur = TOP_BODY

    def right(self, s, y, size=BODY_PT, style=""):
        self.set_font("Times", style, size)
        self.text(PAGE_W - RM - self.get_string_width(s), y, s)

    def centre(self, s, y, size=BODY_PT, style=""):
        self.set_font("Times", style, size)
        self.text((PAGE_W - self.get_string_width(s)) / 2, y, s)

    # ---- footnotes ----
    def fn_lines(self, key):
        self.set_font("Times", "", FN_PT)
        return wrap(self, FOOTNOTES[key], TW - 5, TW - 5, FN_PT)

    def fn_height(self, keys):
        if not keys:
            return 0.0
        return 6.0 + sum(len(self.fn_lines(k)) * FN_LH + 0.8 for k in keys)

    def limit(self, extra_keys=()):
        return BOTTOM - self.fn_height(list(self.page_fns) + list(extra_keys))

    def flush_footnotes(self):
        if not self.page_fns:
            return
        h = self.fn_height(self.page_fns)
        y = BOTTOM - h + 2.0
        self.set_line_width(0.2)
        self.line(LM, y, LM + 50, y)
        y += 4.0
        for k in self.page_fns:
            self.set_font("Times", "", 6.5)
            self.text(LM, y - 1.5, k)
            lines = self.fn_lines(k)
            for i, ln in enumerate(lines):
                draw_line(self, ln, LM + 5, y, TW - 5, FN_PT,
                          justify=i < len(lines) - 1)
                y += FN_LH
            y += 0.8
        self.page_fns = []

    # ---- flowing blocks ----
    def ensure(self, h, keys=()):
        if self.y_cur + h > self.limit(keys):
            self.new_page()

    def heading(self, s):
        self.ensure(LH * 3.2)
        self.y_cur += 2.0
        self.set_font("Times", "B", BODY_PT)
        self.text(LM, self.y_cur + 4, s)
        self.y_cur += LH + 3.0

    def paragraph(self, num, text, label_x=LM, text_x=None, first_x=None):
        """Numbered paragraph: number at label_x, first line at first_x,
        continuation lines at text_x."""
        if text_x is None:
            text_x = LM
        if first_x is None:
            first_x = LM + INDENT
        self.set_font("Times", "", BODY_PT)
        width_first = PAGE_W - RM - first_x
        width_rest = PAGE_W - RM - text_x
        lines = wrap(self, text, width_first, width_rest, BODY_PT)
        self.wrapped[num] = [strip_markers(" ".join(l)) for l in lines]
        # keep at least two lines together at a page foot
        self.ensure(LH * min(2, len(lines)))
        for i, ln in enumerate(lines):
            keys = [m for w in ln for m in re.findall(r"\{(\w)\}", w)]
            if self.y_cur + LH > self.limit(keys):
                self.new_page()
            self.page_fns.extend(keys)
            base = self.y_cur + 4
            if i == 0:
                self.set_font("Times", "", BODY_PT)
                self.text(label_x, base, num)
            x = first_x if i == 0 else text_x
            w = width_first if i == 0 else width_rest
            draw_line(self, ln, x, base, w, BODY_PT,
                      justify=i < len(lines) - 1)
            self.y_cur += LH
        self.y_cur += 3.0

    def table(self, spec):
        cols = spec["cols"]               # list of (width, align)
        head = spec["head"]               # list of list-of-lines per column
        rows = spec["rows"]               # list of row cell lists
        bold_last = spec.get("bold_last", True)
        size = spec.get("size", 10)
        head_lh, row_h = 4.1, 5.6
        nhead = max(len(h) for h in head)
        head_h = nhead * head_lh + 3.0
        total_h = head_h + len(rows) * row_h
        cap_h = (LH + 1.5) * len(spec.get("caption", []))
        self.ensure(cap_h + total_h + 4)
        tw = sum(c[0] for c in cols)
        x0 = LM + (TW - tw) / 2
        for cap in spec.get("caption", []):
            self.set_font("Times", "B", BODY_PT)
            self.text(x0, self.y_cur + 4, cap)
            self.y_cur += LH + 1.5
        y = self.y_cur
        self.set_line_width(0.25)
        # header
        self.set_fill_color(230, 230, 230)
        self.rect(x0, y, tw, head_h, style="DF")
        x = x0
        for (w, _), lines in zip(cols, head):
            self.rect(x, y, w, head_h)
            self.set_font("Times", "B", size)
            off = (nhead - len(lines)) * head_lh / 2
            for k, ln in enumerate(lines):
                sw = self.get_string_width(ln)
                self.text(x + (w - sw) / 2, y + 1.5 + off + (k + 1) * head_lh - 1.0,
                          ln)
            x += w
        y += head_h
        for r_i, row in enumerate(rows):
            is_total = bold_last and r_i == len(rows) - 1
            x = x0
            for (w, al), cell in zip(cols, row):
                self.rect(x, y, w, row_h)
                self.set_font("Times", "B" if is_total else "", size)
                sw = self.get_string_width(cell)
                if al == "R":
                    tx = x + w - 2.5 - sw
                elif al == "C":
                    tx = x + (w - sw) / 2
                else:
                    tx = x + 2.0
                self.text(tx, y + 4.0, cell)
                x += w
            y += row_h
        self.y_cur = y + 6.0


def strip_markers(s):
    return re.sub(r"\{\w\}", "", s)


def word_width(pdf, w, size):
    base = strip_markers(w)
    pdf.set_font("Times", "", size)
    width = pdf.get_string_width(base)
    for m in re.findall(r"\{(\w)\}", w):
        pdf.set_font("Times", "", size * 0.62)
        width += pdf.get_string_width(m) + 0.3
    pdf.set_font("Times", "", size)
    return width


def wrap(pdf, text, width_first, width_rest, size):
    words = text.split()
    pdf.set_font("Times", "", size)
    space = pdf.get_string_width(" ")
    lines, cur, cur_w = [], [], 0.0
    for w in words:
        ww = word_width(pdf, w, size)
        limit = width_first if not lines else width_rest
        if cur and cur_w + space + ww > limit:
            lines.append(cur)
            cur, cur_w = [w], ww
        else:
            cur_w = ww if not cur else cur_w + space + ww
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


def draw_line(pdf, words, x, base, width, size, justify):
    widths = [word_width(pdf, w, size) for w in words]
    pdf.set_font("Times", "", size)
    space = pdf.get_string_width(" ")
    if justify and len(words) > 1:
        gap = (width - sum(widths)) / (len(words) - 1)
    else:
        gap = space
    for w, ww in zip(words, widths):
        parts = re.split(r"(\{\w\})", w)
        cx = x
        for p in parts:
            if not p:
                continue
            m = re.fullmatch(r"\{(\w)\}", p)
            if m:
                pdf.set_font("Times", "", size * 0.62)
                pdf.text(cx + 0.3, base - size * 0.14, m.group(1))
                cx += pdf.get_string_width(m.group(1)) + 0.3
                pdf.set_font("Times", "", size)
            else:
                pdf.set_font("Times", "", size)
                pdf.text(cx, base, p)
                cx += pdf.get_string_width(p)
        x += ww + gap


# --------------------------------------------------------------------------
# Tables
# --------------------------------------------------------------------------

T1 = {
    "caption": ["Table 1: Arrears by year of assessment (in Swiss francs)"],
    "cols": [(38, "L"), (40, "R"), (42, "R"), (40, "R")],
    "head": [["Year of", "assessment"],
             ["Outstanding", "as at", "1 January 2021"],
             ["Received", "1 January to", "30 September 2021"],
             ["Outstanding", "as at", "30 September 2021"]],
    "rows": [[y, fmt(OUT_JAN[y]), fmt(RECEIVED[y]), fmt(OUT_SEP[y])]
             for y in YEARS]
    + [["Total", fmt(T1_JAN), fmt(T1_REC), fmt(T1_SEP)]],
}

T2 = {
    "caption": ["Table 2: Arrears by region as at 30 September 2021"],
    "cols": [(62, "L"), (30, "R"), (38, "R"), (28, "R")],
    "head": [["Region"],
             ["Member States", "in arrears"],
             ["Amount", "outstanding", "(Swiss francs)"],
             ["Percentage", "of total"]],
    "rows": [[r, str(n), fmt(a), f"{p:.1f}"] for r, n, a, p in REG]
    + [["Total", str(len(ANNEX)), fmt(ARREARS_TOTAL), f"{PCT_SUM:.1f}"]],
}

TA = {
    "caption": ["(in Swiss francs)"],
    "cols": [(64, "L"), (34, "C"), (36, "R"), (26, "C")],
    "head": [["Member State"], ["Years of", "assessment"],
             ["Amount", "outstanding"], ["Payment", "plan"]],
    "rows": [[n, yrs, fmt(a), plan] for n, yrs, a, _, plan in ANNEX]
    + [["Total", "", fmt(ARREARS_TOTAL), ""]],
    "size": 10,
}


# --------------------------------------------------------------------------
# Build
# --------------------------------------------------------------------------

def cover(pdf):
    pdf.add_page()
    pdf.right(SYMBOL, 22, 12, "B")
    pdf.right("Original: English", 30)
    pdf.right("14 October 2021", 35.5)
    pdf.centre("STANDING COMMITTEE ON PROGRAMMES AND FINANCE", 78, 12, "B")
    pdf.centre("Twenty-ninth Session", 85, 12)
    y = 122
    for t in TITLE_LINES:
        pdf.centre(t, y, 13, "B")
        y += 7
    # trilingual footer
    pdf.set_line_width(0.4)
    pdf.line(LM, 262, PAGE_W - RM, 262)
    pdf.centre("STANDING COMMITTEE ON PROGRAMMES AND FINANCE", 268, 8)
    pdf.centre("COMIT\u00c9 PERMANENT DES PROGRAMMES ET DES FINANCES", 272, 8)
    pdf.centre("COMIT\u00c9 PERMANENTE DE PROGRAMAS Y FINANZAS", 276, 8)


def build():
    pdf = Doc()
    pdf.set_title("Status report on outstanding contributions to the "
                  "Administrative Part of the Budget")
    pdf.set_author("International Organization for Migration")
    cover(pdf)
    pdf.new_page()
    # running title on the first text page
    y = pdf.y_cur + 2
    for t in TITLE_LINES:
        pdf.centre(t, y, BODY_PT, "")
        y += LH
    pdf.y_cur = y + 4
    for blk in BODY:
        kind = blk[0]
        if kind == "heading":
            pdf.heading(blk[1])
        elif kind == "para":
            pdf.paragraph(blk[1] + ".", blk[2])
        elif kind == "item":
            pdf.y_cur -= 1.5
            pdf.paragraph(blk[1], blk[2], label_x=LM + INDENT,
                          text_x=LM + 2 * INDENT, first_x=LM + 2 * INDENT)
        elif kind == "table":
            pdf.table({"t1": T1, "t2": T2}[blk[1]])
    # annex
    pdf.annex_mode = True
    pdf.new_page()
    pdf.centre("MEMBER STATES WITH CONTRIBUTIONS OUTSTANDING", pdf.y_cur + 4,
               BODY_PT, "B")
    pdf.centre("FOR 2020 AND EARLIER YEARS AS AT 30 SEPTEMBER 2021",
               pdf.y_cur + 4 + LH, BODY_PT, "B")
    pdf.y_cur += 2 * LH + 8
    pdf.table(TA)
    pdf.flush_footnotes()
    pdf.output(OUT)
    return pdf


if __name__ == "__main__":
    doc = build()
    p7 = doc.wrapped["7."]
    assert any(a.endswith(" Table") and b.startswith("2.")
               for a, b in zip(p7, p7[1:])), p7
    for num, lines in doc.wrapped.items():
        print(num)
        for ln in lines:
            print("    |", ln)
    print("pages:", doc.page_no(), "arrears total:", fmt(ARREARS_TOTAL),
          [(r, fmt(a), p) for r, _, a, p in REG])
