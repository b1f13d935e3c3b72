"""Draw scale-of-assessment-2018c.pdf: IOM SCPF paper S/22/5, Scale of assessment for 2019.

Run with /work/main/.venv/bin/python (fpdf2).
"""
import os
from decimal import Decimal, ROUND_FLOOR

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "scale-of-assessment-2018c.pdf")
FONTDIR = "/usr/share/fonts/truetype/dejavu"

SYMBOL = "S/22/5"

# ---------------------------------------------------------------------------
# Data: United Nations scale 2016-2018 (per cent, three decimals), new = admitted Nov. 2017
# ---------------------------------------------------------------------------
MEMBERS = [
    ("Afghanistan", "0.006", False),
    ("Albania", "0.008", False),
    ("Algeria", "0.161", False),
    ("Angola", "0.010", False),
    ("Argentina", "0.892", False),
    ("Armenia", "0.006", False),
    ("Australia", "2.337", False),
    ("Austria", "0.720", False),
    ("Bangladesh", "0.010", False),
    ("Belgium", "0.885", False),
    ("Bolivia (Plurinational State of)", "0.012", False),
    ("Brazil", "3.823", False),
    ("Brunei Darussalam", "0.029", True),
    ("Burkina Faso", "0.004", False),
    ("Cabo Verde", "0.001", False),
    ("Canada", "2.921", False),
    ("Central African Republic", "0.001", False),
    ("Chile", "0.399", False),
    ("China", "7.921", False),
    ("Colombia", "0.322", False),
    ("Comoros", "0.001", False),
    ("Costa Rica", "0.047", False),
    ("Côte d’Ivoire", "0.009", False),
    ("Democratic Republic of the Congo", "0.008", False),
    ("Denmark", "0.584", False),
    ("Ecuador", "0.067", False),
    ("Egypt", "0.152", False),
    ("Ethiopia", "0.010", False),
    ("Finland", "0.456", False),
    ("France", "4.859", False),
    ("Germany", "6.389", False),
    ("Ghana", "0.016", False),
    ("Greece", "0.471", False),
    ("Guatemala", "0.028", False),
    ("Haiti", "0.003", False),
    ("India", "0.737", False),
    ("Iran (Islamic Republic of)", "0.471", False),
    ("Ireland", "0.335", False),
    ("Israel", "0.430", False),
    ("Italy", "3.748", False),
    ("Japan", "9.680", False),
    ("Kenya", "0.018", False),
    ("Lesotho", "0.001", False),
    ("Mexico", "1.435", False),
    ("Micronesia (Federated States of)", "0.001", False),
    ("Morocco", "0.054", False),
    ("Netherlands", "1.482", False),
    ("New Zealand", "0.268", False),
    ("Nigeria", "0.209", False),
    ("Norway", "0.849", False),
    ("Oman", "0.113", True),
    ("Pakistan", "0.093", False),
    ("Peru", "0.136", False),
    ("Philippines", "0.165", False),
    ("Poland", "0.841", False),
    ("Portugal", "0.392", False),
    ("Republic of Korea", "2.039", False),
    ("Russian Federation", "3.088", False),
    ("Saint Vincent and the Grenadines", "0.001", False),
    ("Somalia", "0.001", False),
    ("South Africa", "0.364", False),
    ("Spain", "2.443", False),
    ("Sweden", "0.956", False),
    ("Switzerland", "1.140", False),
    ("Thailand", "0.291", False),
    ("Turkey", "1.018", False),
    ("Tuvalu", "0.001", True),
    ("Uganda", "0.009", False),
    ("Ukraine", "0.103", False),
    ("United Kingdom of Great Britain and Northern Ireland", "4.463", False),
    ("United Republic of Tanzania", "0.010", False),
    ("United States of America", "22.000", False),
    ("Venezuela (Bolivarian Republic of)", "0.571", False),
    ("Zimbabwe", "0.004", False),
]

FLOOR = Decimal("0.001")
CEIL = Decimal("22.000")
Q = Decimal("0.0001")


def iom_scale(members):
    """Return ({name: Decimal rate}, factor, sum_un, sum_others, remaining)."""
    un = {n: Decimal(r) for n, r, _ in members}
    fixed = {n: (FLOOR if r <= FLOOR else CEIL) for n, r in un.items() if r <= FLOOR or r >= CEIL}
    others = {n: r for n, r in un.items() if n not in fixed}
    remaining = Decimal(100) - sum(fixed.values())
    sum_others = sum(others.values())
    factor = remaining / sum_others
    raw = {n: r * factor for n, r in others.items()}
    floored = {n: v.quantize(Q, rounding=ROUND_FLOOR) for n, v in raw.items()}
    short = int(((remaining - sum(floored.values())) / Q).to_integral_value())
    order = sorted(raw, key=lambda n: raw[n] - floored[n], reverse=True)
    for n in order[:short]:
        floored[n] += Q
    rates = dict(fixed)
    rates.update(floored)
    assert sum(rates.values()) == Decimal(100), sum(rates.values())
    return rates, factor, sum(un.values()), sum_others, remaining


RATES19, K19, SUM19, OTH19, REM19 = iom_scale(MEMBERS)
RATES18, K18, SUM18, OTH18, REM18 = iom_scale([m for m in MEMBERS if not m[2]])
N_MEMBERS = len(MEMBERS)
N_FLOOR = sum(1 for _, r, _ in MEMBERS if Decimal(r) <= FLOOR)
N_OTHERS = sum(1 for _, r, _ in MEMBERS if FLOOR < Decimal(r) < CEIL)
NEW_SUM = sum(Decimal(r) for _, r, new in MEMBERS if new)


WORDS = {5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten"}


def f4(d):
    return f"{Decimal(d).quantize(Q):.4f}"


# ---------------------------------------------------------------------------
# Text
# ---------------------------------------------------------------------------
FOOTNOTES = {
    "1": "General Assembly resolution 70/245 of 23 December 2015, “Scale of assessments for the "
         "apportionment of the expenses of the United Nations”.",
    "2": "All rates are rounded to four decimal places. Rounding differences have been allocated to "
         "the Member States with the largest remainders, so that the scale totals exactly 100.0000 "
         "per cent.",
}

# Body: ("H1", num, text) / ("H2", num, text) / ("P", num, [runs]) / ("L", label, [runs])
BODY = [
    ("H1", "I.", "INTRODUCTION"),
    ("P", "1", [("The Administrative Part of the Budget of the Organization is financed by assessed "
                 "contributions from Member States, apportioned according to a scale of assessment that "
                 "the Council establishes each year on the recommendation of the Standing Committee on "
                 "Programmes and Finance. The scale for 2018 was presented in document S/20/4 and approved "
                 "by the Council, together with the Programme and Budget for 2018 (C/108/6), through "
                 "Resolution No. 1355 of 29 November 2017.", "R")]),
    ("P", "2", [("The present paper explains how the proposed scale of assessment for 2019 has been "
                 "derived, draws attention to the changes in comparison with the scale for 2018 and "
                 "submits a recommendation for consideration by the Standing Committee. The full scale, "
                 "Member State by Member State, is set out in the Annex.", "R")]),
    ("H1", "II.", "METHODOLOGY"),
    ("H2", "A.", "Alignment with the United Nations scale"),
    ("P", "3", [("As in previous years, the IOM scale is built on the scale of assessments of the United "
                 "Nations, which the General Assembly revises every three years on the basis of capacity "
                 "to pay. The United Nations scale applicable to the period 2016–2018 was adopted in "
                 "December 2015.", "R"), ("1", "SUP"),
                (" It remains the reference for the IOM scale for 2019, pending the adoption by the "
                 "General Assembly of a new scale for the period 2019–2021 later this year.", "R")]),
    ("P", "4", [("Because the membership of IOM does not coincide with that of the United Nations, the "
                 "United Nations rates of the IOM Member States do not add up to 100 per cent. For the "
                 f"{N_MEMBERS} States that will be Members of the Organization in 2019, they total "
                 f"{f4(SUM19)} per cent. The difference is distributed among Member States through an "
                 "equalization factor, so that each Member State keeps the relative position it occupies "
                 "in the United Nations scale.", "R")]),
    ("P", "5", [("Should the General Assembly adopt a new United Nations scale in December 2018, the "
                 "Administration will not revise the IOM scale for 2019 retroactively. The new United "
                 "Nations rates will instead be reflected in the scale of assessment for 2020, to be "
                 "submitted to the Standing Committee in the first half of 2019.", "R")]),
    ("H2", "B.", "Minimum and maximum rates"),
    ("P", "6", [("The minimum rate in the IOM scale is set at 0.0010 per cent, the floor of the United "
                 f"Nations scale. The {WORDS[N_FLOOR]} Member States assessed at the floor in the United Nations "
                 "scale remain at that rate in the IOM scale; the equalization factor is not applied to "
                 "them, so as not to raise the contributions of the Member States with the least capacity "
                 "to pay.", "R")]),
    ("P", "7", [("The maximum rate is 22.0000 per cent, matching the ceiling of the United Nations scale. "
                 "One Member State is assessed at the ceiling, and its rate is likewise left "
                 "unadjusted.", "R")]),
    ("P", "8", [(f"The equalization factor is therefore applied only to the {N_OTHERS} Member States whose "
                 "rates lie between the minimum and the maximum. It is obtained by dividing the share of "
                 "the scale that remains once the minimum and maximum rates have been allocated "
                 f"({f4(REM19)} per cent) by the sum of the United Nations rates of those Member States "
                 f"({f4(OTH19)} per cent). For 2019 the factor is {K19.quantize(Decimal('0.000001'))}, "
                 f"compared with {K18.quantize(Decimal('0.000001'))} for 2018.", "R"), ("2", "SUP")]),
    ("H2", "C.", "Treatment of new Member States"),
    ("P", "9", [("Brunei Darussalam, Oman and Tuvalu were admitted to membership by the Council at its "
                 "108th Session in November 2017, after the scale for 2018 had been prepared. In line with "
                 "established practice, their contributions for 2018 were calculated separately, on the "
                 "basis of their United Nations rates multiplied by the equalization factor for 2018, and "
                 "are recorded as miscellaneous income; they do not modify the rates of the other Member "
                 "States for 2018.", "R")]),
    ("P", "10", [("From 2019 onwards the three States are included in the scale on the same footing as the "
                  "other Member States; they are marked with an asterisk in the Annex. Their inclusion "
                  f"increases the sum of the United Nations rates of IOM Member States by {f4(NEW_SUM)} "
                  "percentage points, which lowers the equalization factor and slightly reduces the rates "
                  "of the Member States situated between the minimum and the maximum.", "R")]),
    ("P", "11", [("Any State admitted to membership in the course of 2019 will be treated in the same "
                  "manner: its contribution for the year of admission will be determined separately, and "
                  "it will be incorporated into the scale from the following year.", "R")]),
    ("H1", "III.", "PROPOSED SCALE OF ASSESSMENT FOR 2019"),
    ("P", "12", [("The Annex shows, for each Member State, its rate in the United Nations scale for "
                  "2016–2018, its rate in the IOM scale for 2018 and the proposed rate for 2019. The "
                  "proposed scale totals 100.0000 per cent. As the United Nations scale is unchanged, the "
                  "variations between 2018 and 2019 result solely from the admission of the three new "
                  "Member States.", "R")]),
    ("P", "13", [("Once approved, the scale will be used to apportion the assessed contributions to the "
                  "Administrative Part of the Budget for 2019, which will be presented in the Programme "
                  "and Budget for 2019 at the Twenty-third Session of the Standing Committee.", "R")]),
    ("H1", "IV.", "RECOMMENDATION"),
    ("P", "14", [("The Standing Committee on Programmes and Finance is invited:", "R")]),
    ("L", "(a)", [("to take note of the methodology used to establish the scale of assessment for 2019, "
                   "as described in paragraphs 3 to 11 above;", "R")]),
    ("L", "(b)", [("to endorse the proposed scale of assessment for 2019 set out in the Annex; and", "R")]),
    ("L", "(c)", [("to recommend that the Council approve that scale at its 109th Session.", "R")]),
]


# ---------------------------------------------------------------------------
# PDF
# ---------------------------------------------------------------------------
LM, RM = 25.0, 22.0
TOP = 32.0
BOTTOM = 275.0
TW = 210.0 - LM - RM
BODY_PT = 10.0
LINE_H = 5.2
FN_PT = 8.5
FN_LH = 4.0
SUP_PT = 6.5


class Doc(FPDF):
    def __init__(self):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.add_font("Serif", "", os.path.join(FONTDIR, "DejaVuSerifCondensed.ttf"))
        self.add_font("Serif", "B", os.path.join(FONTDIR, "DejaVuSerifCondensed-Bold.ttf"))
        self.add_font("Serif", "I", os.path.join(FONTDIR, "DejaVuSerifCondensed-Italic.ttf"))
        self.add_font("Serif", "BI", os.path.join(FONTDIR, "DejaVuSerifCondensed-BoldItalic.ttf"))
        self.set_margins(LM, TOP, RM)
        self.set_auto_page_break(False)
        self.annex_first = None  # page number where the annex starts
        self.page_notes = []

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("Serif", "", 10)
        lines = [SYMBOL]
        if self.annex_first is not None and self.page_no() >= self.annex_first:
            lines += ["Annex", f"Page {self.page_no() - self.annex_first + 1}"]
        else:
            lines.append(f"Page {self.page_no() - 1}")
        y = 11.0
        for t in lines:
            self.set_xy(LM, y)
            self.cell(TW, 4.5, t, align="R")
            y += 4.5
        self.set_y(TOP)


pdf = Doc()


def font(style, size=BODY_PT):
    pdf.set_font("Serif", "" if style in ("R", "SUP") else style, size if style != "SUP" else SUP_PT)


def words_of(runs):
    """Split runs into words; each word is a list of (text, style) pieces."""
    words = []
    for text, style in runs:
        if style == "SUP":
            words[-1].append((text, "SUP"))
            continue
        parts = text.split(" ")
        for i, p in enumerate(parts):
            if i == 0 and words and not text.startswith(" ") and p:
                # glued to previous word (no space at run boundary)
                words[-1].append((p, style))
                continue
            if p:
                words.append([(p, style)])
    return words


def word_w(word, size=BODY_PT):
    w = 0.0
    for t, s in word:
        font(s, size)
        w += pdf.get_string_width(t)
    return w


def break_lines(words, first_w, rest_w, size=BODY_PT):
    font("R", size)
    sp = pdf.get_string_width(" ")
    lines, cur, cur_w = [], [], 0.0
    avail = first_w
    for w in words:
        ww = word_w(w, size)
        need = ww if not cur else cur_w + sp + ww
        if cur and need > avail:
            lines.append(cur)
            cur, cur_w = [w], ww
            avail = rest_w
        else:
            cur.append(w)
            cur_w = need
    if cur:
        lines.append(cur)
    return lines


def draw_line(line, x, y, width, justify, size=BODY_PT):
    """y is the top of the line box; text drawn at baseline."""
    font("R", size)
    sp = pdf.get_string_width(" ")
    ws = [word_w(w, size) for w in line]
    gap = sp
    if justify and len(line) > 1:
        gap = (width - sum(ws)) / (len(line) - 1)
    base = y + size * 0.3528 * 1.0
    cx = x
    for w, wwid in zip(line, ws):
        px = cx
        for t, s in w:
            font(s, size)
            if s == "SUP":
                pdf.text(px + 0.2, base - size * 0.3528 * 0.38, t)
                px += pdf.get_string_width(t) + 0.2
            else:
                pdf.text(px, base, t)
                px += pdf.get_string_width(t)
        cx += wwid + gap


def fn_block_height(notes):
    if not notes:
        return 0.0
    h = 6.0
    for m in notes:
        lines = break_lines(words_of([(FOOTNOTES[m], "R")]), TW - 6, TW - 6, FN_PT)
        h += len(lines) * FN_LH + 1.0
    return h


def flush_footnotes():
    notes = pdf.page_notes
    if not notes:
        return
    h = fn_block_height(notes)
    y = BOTTOM - h + 2.0
    pdf.set_line_width(0.2)
    pdf.line(LM, y, LM + 50, y)
    y += 3.0
    for m in notes:
        font("SUP")
        pdf.text(LM, y + FN_PT * 0.3528 * 0.6, m)
        lines = break_lines(words_of([(FOOTNOTES[m], "R")]), TW - 6, TW - 6, FN_PT)
        for i, ln in enumerate(lines):
            draw_line(ln, LM + 6, y, TW - 6, i < len(lines) - 1, FN_PT)
            y += FN_LH
        y += 1.0
    pdf.page_notes = []


def new_page():
    flush_footnotes()
    pdf.add_page()
    pdf.set_y(TOP)


def markers_in(line):
    return [t for w in line for t, s in w if s == "SUP"]


def block(runs, label=None, label_x=LM, first_x=LM + 10, rest_x=LM, space_after=3.5, keep=1):
    words = words_of(runs)
    first_w = LM + TW - first_x
    rest_w = LM + TW - rest_x
    lines = break_lines(words, first_w, rest_w)
    y = pdf.get_y()
    # keep the first `keep` lines together
    if y + keep * LINE_H > BOTTOM - fn_block_height(pdf.page_notes):
        new_page()
        y = pdf.get_y()
    for i, ln in enumerate(lines):
        new = [m for m in markers_in(ln) if m not in pdf.page_notes]
        if y + LINE_H > BOTTOM - fn_block_height(pdf.page_notes + new):
            new_page()
            y = pdf.get_y()
        pdf.page_notes.extend(new)
        if i == 0 and label:
            font("R")
            pdf.text(label_x, y + BODY_PT * 0.3528, label)
        x = first_x if i == 0 else rest_x
        w = first_w if i == 0 else rest_w
        draw_line(ln, x, y, w, justify=(i < len(lines) - 1))
        y += LINE_H
    pdf.set_y(y + space_after)


def heading(num, text, level):
    y = pdf.get_y()
    if y + LINE_H * 3 + 4 > BOTTOM - fn_block_height(pdf.page_notes):
        new_page()
        y = pdf.get_y()
    style = "B" if level == 1 else "BI"
    font(style)
    pdf.text(LM, y + BODY_PT * 0.3528, num)
    pdf.text(LM + 10, y + BODY_PT * 0.3528, text)
    pdf.set_y(y + LINE_H + 3.0)


# --- Cover ------------------------------------------------------------------
pdf.add_page()
pdf.set_font("Serif", "B", 12)
pdf.set_xy(LM, 15)
pdf.cell(TW, 6, SYMBOL, align="R")
pdf.set_font("Serif", "", 10.5)
pdf.set_xy(LM, 24)
pdf.cell(TW, 5, "Original: English", align="R")
pdf.set_xy(LM, 29)
pdf.cell(TW, 5, "4 May 2018", align="R")

pdf.set_font("Serif", "B", 11.5)
pdf.set_xy(LM, 62)
pdf.cell(TW, 6, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE", align="C")
pdf.set_font("Serif", "", 11)
pdf.set_xy(LM, 70)
pdf.cell(TW, 6, "Twenty-second Session", align="C")
pdf.set_xy(LM, 77)
pdf.cell(TW, 6, "26–27 June 2018", align="C")

pdf.set_font("Serif", "B", 14)
pdf.set_xy(LM, 130)
pdf.cell(TW, 7, "SCALE OF ASSESSMENT FOR 2019", align="C")

# --- Body -------------------------------------------------------------------
pdf.add_page()
pdf.set_font("Serif", "B", 11)
pdf.set_xy(LM, TOP)
pdf.cell(TW, 6, "SCALE OF ASSESSMENT FOR 2019", align="C")
pdf.set_y(TOP + 13)

for kind, num, content in BODY:
    if kind == "H1":
        heading(num, content, 1)
    elif kind == "H2":
        heading(num, content, 2)
    elif kind == "P":
        block(content, label=f"{num}.", label_x=LM, first_x=LM + 10, rest_x=LM, keep=2)
    elif kind == "L":
        block(content, label=num, label_x=LM + 10, first_x=LM + 20, rest_x=LM + 20, space_after=2.5)

flush_footnotes()

# --- Annex --------------------------------------------------------------------
pdf.annex_first = pdf.page_no() + 1
pdf.add_page()
pdf.set_auto_page_break(True, margin=297 - BOTTOM)
pdf.set_font("Serif", "B", 11)
pdf.set_xy(LM, TOP)
pdf.cell(TW, 6, "PROPOSED SCALE OF ASSESSMENT FOR 2019", align="C")
pdf.set_font("Serif", "", 9.5)
pdf.set_xy(LM, TOP + 8)
pdf.cell(TW, 5, "(in percentages)", align="C")
pdf.set_y(TOP + 15)

pdf.set_font("Serif", "", 9)
pdf.set_line_width(0.2)
head = ["Member State", "United Nations scale 2016–2018", "IOM scale 2018", "Proposed IOM scale 2019"]
with pdf.table(
    col_widths=(46, 38, 38, 38),
    width=160,
    text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT"),
    line_height=4.0,
    padding=(0.6, 2.0, 0.6, 2.0),
    headings_style=FontFace(emphasis="BOLD", size_pt=9),
    repeat_headings=1,
    v_align="MIDDLE",
) as table:
    r = table.row()
    for i, h in enumerate(head):
        r.cell(h, align="LEFT" if i == 0 else "CENTER")
    for name, un, new in MEMBERS:
        r = table.row()
        r.cell(name + ("*" if new else ""))
        r.cell(f4(un))
        r.cell("–" if new else f4(RATES18[name]))
        r.cell(f4(RATES19[name]))
    total_un = sum(Decimal(u) for _, u, _ in MEMBERS)
    r = table.row(style=FontFace(emphasis="BOLD", size_pt=9))
    r.cell("TOTAL")
    r.cell(f4(total_un))
    r.cell(f4(sum(RATES18.values())))
    r.cell(f4(sum(RATES19.values())))

pdf.set_auto_page_break(False)
y = pdf.get_y() + 3
note = ("Admitted to membership at the 108th Session of the Council (November 2017); not included in "
        "the scale of assessment for 2018.")
font("R", 8.5)
pdf.text(LM, y + 3, "*")
lines = break_lines(words_of([(note, "R")]), TW - 6, TW - 6, 8.5)
for i, ln in enumerate(lines):
    draw_line(ln, LM + 6, y, TW - 6, i < len(lines) - 1, 8.5)
    y += 4.0

pdf.output(OUT)
print("pages:", pdf.page_no(), "members:", N_MEMBERS, "floor:", N_FLOOR, "others:", N_OTHERS)
print("sum19", SUM19, "k19", K19, "k18", K18, "un total", total_un)
