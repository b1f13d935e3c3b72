"""Draws scale-of-assessment-2017.pdf: an invented SCPF paper (S/21/5) of 2017,
'Scale of assessment for 2018', with fpdf2 on A4."""
import random
import re

from fpdf import FPDF

SYMBOL = "S/21/5"
OUT = "scale-of-assessment-2017.pdf"
BUDGET = 50918000

# ---------------------------------------------------------------- figures
# Rates on the (invented) United Nations scale for 2016-2018, in per cent.
UN_RATES = [
    ("Afghanistan", 0.006),
    ("Albania", 0.008),
    ("Algeria", 0.161),
    ("Angola", 0.010),
    ("Argentina", 0.892),
    ("Australia", 2.337),
    ("Austria", 0.720),
    ("Bangladesh", 0.010),
    ("Belgium", 0.885),
    ("Bhutan", 0.001),
    ("Bolivia (Plurinational State of)", 0.012),
    ("Brazil", 3.823),
    ("Canada", 2.921),
    ("Chile", 0.399),
    ("China", 7.921),
    ("Colombia", 0.322),
    ("Costa Rica", 0.047),
    ("Czechia", 0.344),
    ("Democratic Republic of the Congo", 0.008),
    ("Denmark", 0.584),
    ("Ecuador", 0.067),
    ("Egypt", 0.152),
    ("Ethiopia", 0.010),
    ("Finland", 0.456),
    ("France", 4.859),
    ("Germany", 6.389),
    ("Ghana", 0.016),
    ("Greece", 0.471),
    ("Guatemala", 0.028),
    ("India", 0.737),
    ("Iran (Islamic Republic of)", 0.471),
    ("Ireland", 0.335),
    ("Italy", 3.748),
    ("Japan", 9.680),
    ("Kenya", 0.018),
    ("Lao People\u2019s Democratic Republic", 0.003),
    ("Mexico", 1.435),
    ("Micronesia (Federated States of)", 0.001),
    ("Morocco", 0.054),
    ("Netherlands", 1.482),
    ("New Zealand", 0.268),
    ("Nigeria", 0.209),
    ("Norway", 0.849),
    ("Oman", 0.113),
    ("Pakistan", 0.093),
    ("Philippines", 0.165),
    ("Poland", 0.841),
    ("Portugal", 0.392),
    ("Republic of Korea", 2.039),
    ("Saint Vincent and the Grenadines", 0.001),
    ("South Africa", 0.364),
    ("Spain", 2.443),
    ("Sweden", 0.956),
    ("Switzerland", 1.140),
    ("Thailand", 0.291),
    ("Tunisia", 0.028),
    ("Turkey", 1.018),
    ("Tuvalu", 0.001),
    ("United Kingdom of Great Britain and Northern Ireland", 4.463),
    ("United States of America", 22.000),
    ("Venezuela (Bolivarian Republic of)", 0.571),
    ("Viet Nam", 0.058),
    ("Yemen", 0.010),
]
NEW_MEMBERS = {"Bhutan", "Oman", "Tuvalu"}

rng = random.Random(2017)
UN = {}
for name, r in UN_RATES:
    if r >= 0.05 and name != "United States of America":
        r = round(r * rng.uniform(0.9, 1.1), 3)
    UN[name] = r


def normalise(names, total_units):
    """Rates in units of 0.0001 per cent (or francs), summing exactly to total_units
    (largest-remainder rounding)."""
    s = sum(UN[n] for n in names)
    raw = {n: UN[n] / s * total_units for n in names}
    out = {n: int(raw[n]) for n in names}
    short = total_units - sum(out.values())
    for n in sorted(names, key=lambda n: raw[n] - out[n], reverse=True)[:short]:
        out[n] += 1
    return out


ALL = [n for n, _ in UN_RATES]
OLD = [n for n in ALL if n not in NEW_MEMBERS]
R17 = normalise(OLD, 1000000)          # 1,000,000 units = 100.0000 %
R18 = normalise(ALL, 1000000)
# contributions: rate x budget, rounded, difference put on the largest
CONTRIB = {n: round(R18[n] / 1000000 * BUDGET) for n in ALL}
largest = max(ALL, key=lambda n: CONTRIB[n])
CONTRIB[largest] += BUDGET - sum(CONTRIB.values())
NEW_SHARE = sum(R18[n] for n in NEW_MEMBERS)


def pct(units):
    return f"{units / 10000:.4f}"


def chf(v):
    return f"{v:,}"


# ---------------------------------------------------------------- text
FOOTNOTES = {
    "1": "General Assembly resolution 70/245 of 23 December 2015, by which the Assembly "
         "adopted the scale of assessments for the apportionment of the expenses of the "
         "United Nations for the years 2016, 2017 and 2018.",
    "2": "The Council decided in Resolution No. 1084 of 4 December 2002 to align the IOM "
         "scale fully with the United Nations scale over a transitional period ending in "
         "2005. The background to that decision is set out in document MC/2076.",
    "3": "The position as at 31 August 2017 is set out in the status report on outstanding "
         "contributions to the administrative part of the budget (S/21/3).",
}

new_list = "Bhutan, Oman and Tuvalu"
BODY = [
    ("h", "Introduction"),
    ("p", "1", "Under the Constitution, the expenditure of the administrative part of the "
          "budget is covered by cash contributions from Member States. Each year the Council "
          "determines the percentage to be contributed by every Member State, on the basis of "
          "a scale of assessment recommended to it by the Standing Committee on Programmes "
          "and Finance."),
    ("p", "2", "The IOM scale is derived from the scale of assessments of the United Nations, "
          "which the General Assembly establishes for periods of three years. The United Nations "
          "scale now in force covers the years 2016, 2017 and 2018.{1} It was used for the IOM "
          "scale for 2017 and remains the point of reference for 2018."),
    ("p", "3", "The two scales have been fully equalized since 2005.{2} Every Member State of "
          "IOM is thus assessed at its rate on the United Nations scale, adjusted in proportion "
          "so that the rates of all Member States of the Organization add up to 100 per cent. "
          "Because the membership of IOM is smaller than that of the United Nations, each "
          "adjusted rate is somewhat higher than the corresponding United Nations rate, while "
          "the relative position of the Member States is preserved."),
    ("h", "Establishment of the scale for 2018"),
    ("p", "4", "As the United Nations rates for 2018 are identical to those for 2017, the "
          "differences between the IOM scale approved for 2017 (document S/19/4) and the scale "
          "proposed for 2018 result solely from changes in the membership of the Organization."),
    ("p", "5", f"Three States, namely {new_list}, were admitted to membership by the Council on "
          "29 June 2017 (Resolutions Nos. 1350, 1351 and 1352). They are assessed for the first "
          "time in 2018 and are marked with the letter \u201ca\u201d in the Annex. Their combined "
          f"rate of {pct(NEW_SHARE)} per cent is offset by a proportional reduction in the rates "
          "of the other Member States, none of which changes by more than "
          f"{max(R17[n] - R18[n] for n in OLD) / 10000:.4f} of a percentage point."),
    ("p", "6", f"The administrative part of the budget for 2018, as set out in the Programme and "
          f"Budget for 2018 (C/108/6), amounts to CHF {chf(BUDGET)}. The assessed contributions "
          "shown in the last column of the Annex are obtained by applying the proposed rates to "
          "that amount. Rates are given to four decimal places and contributions are rounded to "
          "the nearest Swiss franc; the difference due to rounding has been adjusted on the "
          "largest contribution, so that the total is equal to the budget."),
    ("p", "7", "Assessed contributions are due in full on 1 January of the year to which they "
          "relate, in accordance with the Financial Regulations. Member States whose contributions for 2017 or earlier years remain "
          "outstanding are urged to settle them, or to agree a payment plan with the "
          "Administration, as soon as possible.{3}"),
    ("p", "8", "Should further States be admitted to membership at the 108th Session of the "
          "Council in November 2017, their contributions for 2018 would be calculated on the "
          "basis of their United Nations rates, in the same way as for the Member States listed "
          "in the Annex. The amounts assessed on those States would be treated as additional "
          "income of the administrative part of the budget, so that the contributions of the "
          "existing Member States would not change during the year. The rates of all Member "
          "States would then be recalculated in the scale of assessment for 2019, which the "
          "Administration will submit to the Standing Committee at its autumn session in 2018 "
          "together with the Programme and Budget for that year."),
    ("h", "Recommendation"),
    ("p", "9", "The Standing Committee on Programmes and Finance is invited to:"),
    ("i", "(a)", 1, "take note of the method used to establish the proposed scale of "
                    "assessment for 2018;"),
    ("i", "(b)", 1, "recommend to the Council that it approve the scale of assessment for 2018 "
                    "and the corresponding assessed contributions, as set out in the Annex; and"),
    ("i", "(c)", 1, "recommend to the Council that any State admitted to membership in the "
                    "course of 2018 be assessed:"),
    ("i", "(i)", 2, "at its rate on the United Nations scale, adjusted as described in "
                    "paragraph 3; and"),
    ("i", "(ii)", 2, "for the part of the year following the date of its admission, counted in "
                     "full months."),
]

# ---------------------------------------------------------------- drawing helpers
FONT = "helvetica"
SIZE = 10.5
LEAD = 5.3
LM, RM = 25.0, 185.0          # text block
NUM_X = LM                   # paragraph number hangs at the margin
TXT_X = LM + 10.0            # text block of paragraphs
TOP = 42.0
BOTTOM = 272.0               # last baseline area for text + footnotes
FN_SIZE = 8.5
FN_LEAD = 3.9


class Doc(FPDF):
    def __init__(self):
        super().__init__(format="A4", unit="mm")
        self.core_fonts_encoding = "windows-1252"
        self.set_auto_page_break(False)
        self.set_margins(LM, 15, 210 - RM)
        self.page_label = None
        self.annex = False

    def running_header(self, label, annex=False):
        self.set_font(FONT, "", 10)
        lines = [SYMBOL] + (["Annex"] if annex else []) + [f"Page {label}"]
        y = 14
        for ln in lines:
            self.set_xy(LM, y)
            self.cell(RM - LM, 4.6, ln, align="R")
            y += 4.6


pdf = Doc()


def words_of(text):
    """Split text into words; each word is a list of (chunk, style) pieces.
    {n} is a raised footnote marker glued to the preceding word."""
    words = []
    for raw in text.split(" "):
        pieces = []
        for part in re.split(r"(\{\w+\})", raw):
            if not part:
                continue
            if part.startswith("{"):
                pieces.append((part[1:-1], "sup"))
            else:
                pieces.append((part, ""))
        words.append(pieces)
    return words


def piece_w(chunk, style, size):
    if style == "sup":
        pdf.set_font(FONT, "", size * 0.62)
    else:
        pdf.set_font(FONT, style, size)
    return pdf.get_string_width(chunk)


def word_w(word, size, style=""):
    return sum(piece_w(c, style if s == "" else s, size) for c, s in word)


def break_lines(text, width, size, style=""):
    ws = words_of(text)
    space = piece_w(" ", style, size)
    lines, cur, cw = [], [], 0.0
    for w in ws:
        ww = word_w(w, size, style)
        if cur and cw + space + ww > width:
            lines.append(cur)
            cur, cw = [w], ww
        else:
            cw = ww if not cur else cw + space + ww
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


def draw_line(words, x, y, width, size, justify, style=""):
    """y is the baseline-ish top of the line cell."""
    space = piece_w(" ", style, size)
    natural = sum(word_w(w, size, style) for w in words) + space * (len(words) - 1)
    gap = space
    if justify and len(words) > 1:
        extra = (width - natural) / (len(words) - 1)
        if extra < 0.9:          # a very loose line is left ragged rather than stretched
            gap = space + extra
    cx = x
    markers = []
    if not justify and all(s == "" for w in words for _, s in w):
        # draw an unjustified plain line as one string
        pdf.set_font(FONT, style, size)
        pdf.text(x, y, " ".join("".join(c for c, _ in w) for w in words))
        return markers
    for w in words:
        for chunk, s in w:
            if s == "sup":
                pdf.set_font(FONT, "", size * 0.62)
                pdf.text(cx, y - size * 0.13, chunk)
                markers.append(chunk)
                cx += pdf.get_string_width(chunk)
            else:
                pdf.set_font(FONT, style, size)
                pdf.text(cx, y, chunk)
                cx += pdf.get_string_width(chunk)
        cx += gap
    return markers


def markers_in(words):
    return [c for w in words for c, s in w if s == "sup"]


# ---------------------------------------------------------------- cover page
pdf.add_page()
pdf.set_font(FONT, "B", 11)
pdf.set_xy(LM, 18)
pdf.cell(RM - LM, 5, SYMBOL, align="R")
pdf.set_font(FONT, "", 10.5)
pdf.set_xy(LM, 24)
pdf.cell(RM - LM, 5, "Original: English", align="R")
pdf.set_xy(LM, 29)
pdf.cell(RM - LM, 5, "15 September 2017", align="R")

pdf.set_font(FONT, "B", 11)
pdf.set_xy(LM, 52)
pdf.cell(RM - LM, 5, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE", align="L")
pdf.set_font(FONT, "", 11)
pdf.set_xy(LM, 58)
pdf.cell(RM - LM, 5, "Twenty-first Session", align="L")
pdf.set_xy(LM, 67)
pdf.cell(RM - LM, 5, "24\u201325 October 2017", align="L")

pdf.set_font(FONT, "B", 13)
pdf.set_xy(LM, 130)
pdf.cell(RM - LM, 6, "SCALE OF ASSESSMENT FOR 2018", align="C")

pdf.set_line_width(0.3)
pdf.line(LM, 258, RM, 258)
pdf.set_font(FONT, "B", 8.5)
for i, ln in enumerate(["STANDING COMMITTEE ON PROGRAMMES AND FINANCE",
                        "COMIT\u00c9 PERMANENT DES PROGRAMMES ET DES FINANCES",
                        "COMIT\u00c9 PERMANENTE DE PROGRAMAS Y FINANZAS"]):
    pdf.set_xy(LM, 261 + i * 4.2)
    pdf.cell(RM - LM, 4, ln, align="C")

# ---------------------------------------------------------------- body pages
page_no = 0
fn_on_page = []
y = 0.0


def fn_block_height(keys):
    if not keys:
        return 0.0
    h = 4.0  # rule and gap
    for k in keys:
        h += len(break_lines(FOOTNOTES[k], RM - LM - 5, FN_SIZE)) * FN_LEAD + 1.2
    return h


def flush_footnotes():
    if not fn_on_page:
        return
    h = fn_block_height(fn_on_page)
    fy = BOTTOM - h + 4.0
    pdf.set_line_width(0.2)
    pdf.line(LM, fy - 2.5, LM + 45, fy - 2.5)
    fy += 1.0
    for k in fn_on_page:
        pdf.set_font(FONT, "", FN_SIZE * 0.7)
        pdf.text(LM + 1, fy + 2.0 - 1.3, k)
        for ln in break_lines(FOOTNOTES[k], RM - LM - 5, FN_SIZE):
            draw_line(ln, LM + 5, fy + 2.0, RM - LM - 5, FN_SIZE, False)
            fy += FN_LEAD
        fy += 1.2


def new_page():
    global page_no, y, fn_on_page
    if page_no:
        flush_footnotes()
    pdf.add_page()
    page_no += 1
    fn_on_page = []
    pdf.running_header(page_no)
    y = TOP


def fits(extra_h, new_markers):
    return y + extra_h <= BOTTOM - fn_block_height(fn_on_page + new_markers) - 2


def emit_lines(lines, x, width, size, style="", label=None, label_x=None, keep=1):
    """Emit lines of a block, breaking pages between lines."""
    global y
    for i, ln in enumerate(lines):
        mk = markers_in(ln)
        if not fits(LEAD, mk):
            new_page()
        if i == 0 and label is not None:
            pdf.set_font(FONT, "", size)
            pdf.text(label_x, y + 3.8, label)
        last = i == len(lines) - 1
        draw_line(ln, x, y + 3.8, width, size, not last, style)
        fn_on_page.extend(mk)
        y += LEAD


new_page()
pdf.set_font(FONT, "B", 11.5)
pdf.set_xy(LM, y)
pdf.cell(RM - LM, 6, "SCALE OF ASSESSMENT FOR 2018", align="C")
y += 13

for blk in BODY:
    if blk[0] == "h":
        if not fits(LEAD * 4, []):
            new_page()
        y += 1.5
        lines = break_lines(blk[1], RM - LM, SIZE, "B")
        for ln in lines:
            draw_line(ln, LM, y + 3.8, RM - LM, SIZE, False, "B")
            y += LEAD
        y += 2.5
    elif blk[0] == "p":
        lines = break_lines(blk[2], RM - TXT_X, SIZE)
        emit_lines(lines, TXT_X, RM - TXT_X, SIZE, label=blk[1] + ".", label_x=NUM_X)
        y += 3.2
    elif blk[0] == "i":
        label, level, text = blk[1], blk[2], blk[3]
        lab_x = TXT_X + (level - 1) * 10
        tx = lab_x + 10
        lines = break_lines(text, RM - tx, SIZE)
        emit_lines(lines, tx, RM - tx, SIZE, label=label, label_x=lab_x)
        y += 2.2
flush_footnotes()

# ---------------------------------------------------------------- annex: the scale
COLS = [("Member State", 45, "L"),
        ("Scale\n2017\n(%)", 28, "R"),
        ("Proposed scale\n2018\n(%)", 32, "R"),
        ("Assessed\ncontribution 2018\n(CHF)", 40, "R")]
TBL_W = sum(c[1] for c in COLS)
TX0 = LM + (RM - LM - TBL_W) / 2
T_SIZE = 9.5
T_LEAD = 4.6
PAD = 2.0
annex_page = 0


def annex_page_start():
    global annex_page, y
    pdf.add_page()
    annex_page += 1
    pdf.running_header(annex_page, annex=True)
    y = TOP + 4


def table_header():
    global y
    pdf.set_line_width(0.3)
    pdf.line(TX0, y, TX0 + TBL_W, y)
    h = 3 * T_LEAD + 2
    x = TX0
    for head, w, al in COLS:
        parts = head.split("\n")
        pdf.set_font(FONT, "B", T_SIZE)
        yy = y + 1 + (3 - len(parts)) * T_LEAD
        for p in parts:
            pdf.set_xy(x, yy)
            pdf.cell(w, T_LEAD, p, align="C" if al == "R" else "L")
            yy += T_LEAD
        x += w
    y += h
    pdf.line(TX0, y, TX0 + TBL_W, y)
    y += 1.2


def name_lines(name):
    return break_lines(name, COLS[0][1] - PAD - 3, T_SIZE)


def table_row(name, c1, c2, c3, bold=False, note=None):
    global y
    style = "B" if bold else ""
    lines = name_lines(name)
    for i, ln in enumerate(lines):
        draw_line(ln, TX0 + PAD, y + 3.4 + i * T_LEAD, COLS[0][1], T_SIZE, False, style)
        if i == 0 and note:
            wlast = sum(word_w(w, T_SIZE, style) for w in ln) + \
                piece_w(" ", style, T_SIZE) * (len(ln) - 1)
            pdf.set_font(FONT, "", T_SIZE * 0.62)
            pdf.text(TX0 + PAD + wlast + 0.3, y + 3.4 - 1.3, note)
    x = TX0 + COLS[0][1]
    pdf.set_font(FONT, style, T_SIZE)
    for val, (_, w, _) in zip((c1, c2, c3), COLS[1:]):
        pdf.set_xy(x, y)
        pdf.cell(w - PAD - 3, T_LEAD, val, align="R")
        x += w
    y += T_LEAD * len(lines) + 0.6


annex_page_start()
pdf.set_font(FONT, "B", 11)
pdf.set_xy(LM, y)
pdf.cell(RM - LM, 6, "ANNEX", align="C")
y += 11
for t in ["PROPOSED SCALE OF ASSESSMENT FOR 2018 AND ASSESSED CONTRIBUTIONS",
          "TO THE ADMINISTRATIVE PART OF THE BUDGET"]:
    pdf.set_xy(LM, y)
    pdf.cell(RM - LM, 5.5, t, align="C")
    y += 5.5
y += 7
table_header()

ROW_LIMIT = 276
for name in ALL:
    nlines = len(name_lines(name))
    if y + nlines * T_LEAD + 1 > ROW_LIMIT:
        pdf.set_line_width(0.3)
        pdf.line(TX0, y, TX0 + TBL_W, y)
        annex_page_start()
        table_header()
    if name in NEW_MEMBERS:
        c1 = "\u2013"
    else:
        c1 = pct(R17[name])
    table_row(name, c1, pct(R18[name]), chf(CONTRIB[name]),
              note="a" if name in NEW_MEMBERS else None)

pdf.set_line_width(0.3)
pdf.line(TX0, y, TX0 + TBL_W, y)
y += 1.2
table_row("TOTAL", pct(sum(R17.values())), pct(sum(R18.values())),
          chf(sum(CONTRIB.values())), bold=True)
pdf.line(TX0, y, TX0 + TBL_W, y)
y += 4
pdf.set_font(FONT, "", 8.5 * 0.7)
pdf.text(TX0, y + 2.0, "a")
draw_line(words_of("Admitted to membership by the Council on 29 June 2017 and assessed "
                   "for the first time in 2018 (see paragraph 5)."),
          TX0 + 3.5, y + 3.2, TBL_W, 8.5, False)

pdf.output(OUT)
print("pages:", pdf.page_no(), "table rows:", len(ALL), "new share", pct(NEW_SHARE),
      "largest", largest, "last y", round(y, 1))
