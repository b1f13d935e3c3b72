"""Draws scale-of-assessment-2019.pdf: SCPF paper S/25/7 (2019), scale of assessment for 2020."""
from fpdf import FPDF
# --- the writer's figures module (figures.py), inlined ---
# Invented base rates (UN-style) used to derive the IOM scale: (name, UN 2019-2021, UN 2016-2018)
from decimal import Decimal as D, ROUND_HALF_UP
BASE = [
("Algeria", "0.138", "0.161"),
("Argentina", "0.915", "0.892"),
("Australia", "2.210", "2.337"),
("Austria", "0.677", "0.720"),
("Belgium", "0.821", "0.885"),
("Brazil", "2.948", "3.823"),
("Canada", "2.734", "2.921"),
("Chile", "0.407", "0.399"),
("China", "12.005", "7.921"),
("Colombia", "0.288", "0.322"),
("Czechia", "0.311", "0.344"),
("Denmark", "0.554", "0.584"),
("Egypt", "0.186", "0.152"),
("Finland", "0.421", "0.456"),
("France", "4.427", "4.859"),
("Germany", "6.090", "6.389"),
("Greece", "0.366", "0.471"),
("Hungary", "0.206", "0.161"),
("India", "0.834", "0.737"),
("Iran (Islamic Republic of)", "0.398", "0.471"),
("Ireland", "0.371", "0.335"),
("Israel", "0.490", "0.430"),
("Italy", "3.307", "3.748"),
("Japan", "8.564", "9.680"),
("Kazakhstan", "0.178", "0.191"),
("Mexico", "1.292", "1.435"),
("Netherlands", "1.356", "1.482"),
("New Zealand", "0.291", "0.268"),
("Nigeria", "0.250", "0.209"),
("Norway", "0.754", "0.849"),
("Pakistan", "0.115", "0.093"),
("Peru", "0.152", "0.136"),
("Philippines", "0.205", "0.165"),
("Poland", "0.802", "0.841"),
("Portugal", "0.350", "0.392"),
("Republic of Korea", "2.267", "2.039"),
("Romania", "0.198", "0.184"),
("Russian Federation", "2.405", "3.088"),
("Slovakia", "0.153", "0.160"),
("South Africa", "0.272", "0.364"),
("Spain", "2.146", "2.443"),
("Sweden", "0.906", "0.956"),
("Switzerland", "1.151", "1.140"),
("Thailand", "0.307", "0.291"),
("Turkey", "1.371", "1.018"),
("United Kingdom of Great Britain and Northern Ireland", "4.567", "4.463"),
("United States of America", "22.000", "22.000"),
("Venezuela (Bolivarian Republic of)", "0.728", "0.571"),
]
SUM20 = D("95.8213")   # UN 2019-2021 rates of all 173 IOM Member States
SUM19 = D("96.0416")   # UN 2016-2018 rates of the 171 Member States of 2019
BUDGET = 52716000
N_OTHER20 = 173 - len(BASE)
N_OTHER19 = N_OTHER20
q4 = D("0.0001")
def r4(x): return x.quantize(q4, ROUND_HALF_UP)
f20 = D(100) / SUM20
f19 = D(100) / SUM19
rows = []
for n, a, b in BASE:
    rows.append([n, r4(D(b) * f19), r4(D(a) * f20)])
lis20 = sum(D(a) for _, a, _ in BASE); lis19 = sum(D(b) for _, _, b in BASE)
oth20 = r4((SUM20 - lis20) * f20); oth19 = r4((SUM19 - lis19) * f19)
t20 = sum(r[2] for r in rows) + oth20; t19 = sum(r[1] for r in rows) + oth19
usa = [r for r in rows if r[0].startswith("United States")][0]
usa[2] += D(100) - t20; usa[1] += D(100) - t19
res20 = D(100) - t20; res19 = D(100) - t19
for r in rows:
    r.append(int((r[2] * BUDGET / 100).quantize(D(1), ROUND_HALF_UP)))
oth_amt = int((oth20 * BUDGET / 100).quantize(D(1), ROUND_HALF_UP))
s = sum(r[3] for r in rows) + oth_amt
usa[3] += BUDGET - s
OTHER = ["Other Member States (%d)" % N_OTHER20, oth19, oth20, oth_amt]
TOTAL = ["TOTAL", D("100.0000"), D("100.0000"), BUDGET]
if __name__ == "__main__":
    print("f20", f20, "f19", f19, "res20", res20, "res19", res19, "amt adj", BUDGET - s)
    for r in rows + [OTHER, TOTAL]:
        print("%-55s %8s %8s %12s" % (r[0], r[1], r[2], "{:,}".format(r[3])))
    print(len(rows), sum(r[1] for r in rows)+oth19, sum(r[2] for r in rows)+oth20, sum(r[3] for r in rows)+oth_amt)
    print("listed20", sum(r[2] for r in rows), "listed19", sum(r[1] for r in rows))
    ch = sorted(rows, key=lambda r: r[2]-r[1]); print(ch[0][0], ch[0][1], ch[0][2], ch[-1][0], ch[-1][1], ch[-1][2])
    print(sum(1 for r in rows if r[2]>r[1]), sum(1 for r in rows if r[2]<r[1]))
ROWS = rows
# --- end of figures.py ---

SYMBOL = "S/25/7"
DEBUG = False
LM, RM = 20.0, 190.0          # text margins (mm)
TOP, BOTTOM = 20.0, 277.0     # usable vertical area
TEXT_X = 30.0                 # paragraph text (numbers hang at LM)
FONT = "Helvetica"
BODY_PT, LEAD = 10.0, 4.8
FN_PT, FN_LEAD = 8.5, 3.8
SUP_PT = 6.5

FOOTNOTES = {
    "1": "The proposals on which the resolution was based are set out in document MC/2321 and were "
         "discussed by the Standing Committee on Programmes and Finance at its Eighth Session (see SCPF/71, "
         "paragraphs 22 to 31).",
    "2": "Before 2013 the minimum rate was 0.0050 per cent. The change to 0.0010 per cent was recommended "
         "by the Standing Committee at its Eleventh Session (SCPF/89, paragraph 17) and approved by the Council "
         "at its 101st Session.",
}

# Body: ("h", text) heading; ("p", num, text) numbered paragraph; ("i", depth, label, text) list item.
# Inside text, "^N" glued to a word is a raised footnote marker.
BODY = [
    ("h", "Background"),
    ("p", "1", "The Administrative Part of the Budget is financed by contributions assessed on Member States. "
     "Under Article 25 of the Constitution, each Member State contributes to it in a proportion agreed between "
     "the Council and the Member State concerned, and the Council sets that proportion every year by approving "
     "a scale of assessment. The costs of projects and other operational activities are not covered by "
     "assessed contributions; they are met from the Operational Part of the Budget. The present document sets out the scale proposed for 2020 and explains how it "
     "was calculated."),
    ("p", "2", "In Resolution No. 1214 of 25 November 2011, the Council decided that the IOM scale of assessment "
     "should be equated with the United Nations scale of assessments, adjusted to take account of the "
     "difference in membership between the two organizations, and that it should be brought into line with "
     "each new United Nations scale as soon as the latter was adopted.^1 Every IOM scale since 2012 has been "
     "calculated on that basis, and the Council has not since been asked to depart from it for any "
     "individual Member State."),
    ("p", "3", "On 22 December 2018, the United Nations General Assembly adopted resolution 73/271, which "
     "establishes the United Nations scale of assessments for the period 2019\u20132021. The IOM scale for 2019 "
     "was approved by the Council in Resolution No. 1362 of 28 November 2018, before that resolution was "
     "adopted, and was therefore still based on the United Nations scale for 2016\u20132018. The scale proposed "
     "for 2020 is thus the first IOM scale to reflect the new United Nations rates, and the differences "
     "between the 2019 and 2020 rates are larger than in a year in which only the membership changes. The United Nations scale is reviewed every "
     "three years; the next review, for the period 2022\u20132024, will be reflected in the IOM scale for 2022, "
     "unless the General Assembly decides otherwise."),
    ("p", "4", "The membership of the Organization stands at 173 Member States, the same number as when the "
     "scale for 2019 was approved. Should the Council admit new Member States at its 110th Session, their "
     "rates for 2020 would be calculated by the same method; the rates of the other Member States would not "
     "be reduced during the year, and the contributions of the new Member States would be reported as "
     "additional income of the Administrative Part of the Budget, each new Member State being assessed "
     "pro rata from the month following that in which its admission takes effect. The adjustment of the scale to the enlarged "
     "membership would then be made in the scale for 2021. States that hold observer status with the "
     "Organization, and States that have applied for membership but whose admission has not yet taken "
     "effect, are not assessed and are therefore not included in the calculation."),
    ("h", "Method of calculation"),
    ("p", "5", "The proposed scale has been calculated in the following steps:"),
    ("i", 1, "(a)", "the rate of each Member State in the United Nations scale of assessments for 2019\u20132021, "
     "as adopted in General Assembly resolution 73/271, was taken as the starting point;"),
    ("i", 1, "(b)", "a rate was established for the Member States of IOM that are not Members of the "
     "United Nations:"),
    ("i", 2, "(i)", "where the General Assembly has fixed a percentage for the State\u2019s participation in "
     "the activities of the United Nations, that percentage was used;"),
    ("i", 2, "(ii)", "in all other cases, the minimum rate referred to in subparagraph (c) was applied;"),
    ("i", 1, "(c)", "the rates so obtained were multiplied by the equalization factor explained in paragraph 6, "
     "and any rate that then fell below the minimum of 0.0010 per cent was raised to that minimum;"),
    ("i", 1, "(d)", "all rates were rounded to four decimal places, and the difference between the sum of the "
     "rounded rates and 100 per cent was deducted from, or added to, the rate of the Member State with the "
     "highest assessment; and"),
    ("i", 1, "(e)", "the assessed contribution of each Member State in Swiss francs was obtained by applying its "
     "rate to the total of the Administrative Part of the Budget and rounding the result to the nearest franc."),
    ("p", "6", "The United Nations rates of the 173 Member States of IOM add up to 95.8213 per cent, the "
     "difference from 100 per cent being the combined share of the States Members of the United Nations that "
     "are not members of IOM. The equalization factor, by which every rate is multiplied so that the IOM "
     "scale totals 100 per cent, is therefore 1.043609 (100 divided by 95.8213). For the 2019 scale, the "
     "corresponding factor, calculated on the United Nations scale for 2016\u20132018, was 1.041215. Because "
     "the same factor applies to all Member States, the relative position of any two Member States is the "
     "same in the IOM scale as in the United Nations scale, except for the effects of the minimum rate and of "
     "rounding."),
    ("p", "7", "The minimum rate of 0.0010 per cent corresponds to the minimum of the United Nations scale and "
     "has been applied by IOM since 2013.^2 In 2020, 34 Member States will be assessed at that rate. No "
     "maximum rate is applied beyond the one already contained in the United Nations scale; the rate of the "
     "Member State with the highest assessment is therefore 22 per cent increased by the equalization factor, "
     "less the rounding adjustment of 0.0004 per cent made under step (d)."),
    ("p", "8", "The Annex lists individually the 48 Member States assessed at 0.1000 per cent or more in 2020 "
     "and gives a combined figure for the other 125 Member States. Of the 173 Member States, the rates of 92 "
     "increase, those of 47 decrease and those of 34 remain unchanged. The largest increase is that of China, "
     "whose rate rises from 8.2475 to 12.5285 per cent; the largest decrease is that of Japan, whose rate "
     "falls from 10.0790 to 8.9375 per cent."),
    ("p", "9", "The assessed contributions shown in the Annex are based on an Administrative Part of the Budget "
     "for 2020 of CHF 52,716,000, as proposed in the Programme and Budget for 2020 (C/110/6). Should the "
     "Council approve a different amount, the contributions will be recalculated with the same rates, which "
     "do not depend on the level of the budget."),
    ("h", "Action requested of the Standing Committee"),
    ("p", "10", "The Standing Committee is invited to:"),
    ("i", 1, "(a)", "take note of the method of calculation described in this document; and"),
    ("i", 1, "(b)", "recommend to the Council that it approve the scale of assessment for 2020 set out in "
     "the Annex."),
]


class Doc(FPDF):
    pass


pdf = Doc(orientation="P", unit="mm", format="A4")
pdf.set_auto_page_break(False)
pdf.core_fonts_encoding = "windows-1252"
pdf.set_margins(LM, TOP, 210 - RM)
pdf.set_title("Scale of assessment for 2020")

state = {"y": TOP, "page": 0, "fn": [], "fn_h": 0.0, "annex": False, "annex_page": 0}


def sw(text, style="", size=BODY_PT):
    pdf.set_font(FONT, style, size)
    return pdf.get_string_width(text)


def wrap_words(text, width, size=BODY_PT, style=""):
    """Greedy line breaking. Returns a list of lines, each a list of (word, marker or None)."""
    words = []
    for w in text.split():
        if "^" in w:
            base, mark = w.split("^", 1)
            words.append((base, mark))
        else:
            words.append((w, None))
    space = sw(" ", style, size)
    lines, cur, cur_w = [], [], 0.0
    for base, mark in words:
        ww = sw(base, style, size) + (sw(mark, "", SUP_PT) + 0.2 if mark else 0)
        add = ww if not cur else cur_w + space + ww
        if cur and add > width:
            lines.append(cur)
            cur, cur_w = [(base, mark)], ww
        else:
            cur.append((base, mark))
            cur_w = add
    if cur:
        lines.append(cur)
    return lines


def word_w(base, mark, style, size):
    return sw(base, style, size) + (sw(mark, "", SUP_PT) + 0.2 if mark else 0)


def draw_line(words, x, y, width, justify, size=BODY_PT, style=""):
    """Draw one line with baseline at y. Returns markers drawn."""
    space = sw(" ", style, size)
    total = sum(word_w(b, m, style, size) for b, m in words)
    gaps = len(words) - 1
    gap = space
    if justify and gaps > 0:
        gap = (width - total) / gaps
    cx = x
    marks = []
    for b, m in words:
        pdf.set_font(FONT, style, size)
        pdf.text(cx, y, b)
        cx += sw(b, style, size)
        if m:
            pdf.set_font(FONT, "", SUP_PT)
            pdf.text(cx + 0.2, y - 1.9, m)
            cx += sw(m, "", SUP_PT) + 0.2
            marks.append(m)
        cx += gap
    return marks


def fn_height(mark):
    lines = wrap_words(FOOTNOTES[mark], RM - LM - 5, FN_PT)
    return len(lines) * FN_LEAD + 1.0


def running_header():
    pdf.set_font(FONT, "", 10)
    lines = [SYMBOL]
    if state["annex"]:
        lines.append("Annex")
        lines.append("Page %d" % state["annex_page"])
    else:
        lines.append("Page %d" % state["page"])
    y = 15
    for s in lines:
        pdf.text(RM - sw(s, "", 10), y, s)
        y += 4.5
    state["y"] = y + 8


def finish_page():
    if state["fn"]:
        hts = [fn_height(m) for m in state["fn"]]
        y = BOTTOM - sum(hts) - 2.5
        pdf.set_line_width(0.2)
        pdf.line(LM, y, LM + 45, y)
        y += 4.0
        for m in state["fn"]:
            pdf.set_font(FONT, "", SUP_PT)
            pdf.text(LM, y - 1.5, m)
            lines = wrap_words(FOOTNOTES[m], RM - LM - 5, FN_PT)
            for i, ln in enumerate(lines):
                draw_line(ln, LM + 5, y, RM - LM - 5, i < len(lines) - 1, FN_PT)
                y += FN_LEAD
            y += 1.0
    state["fn"], state["fn_h"] = [], 0.0


def new_page(annex=False):
    if state["page"]:
        finish_page()
    pdf.add_page()
    state["page"] += 1
    if annex:
        state["annex"] = True
        state["annex_page"] += 1
    if state["page"] > 1:
        running_header()
    else:
        state["y"] = TOP


def limit():
    return BOTTOM - (state["fn_h"] + 8 if state["fn_h"] else 0)


def place_lines(lines, x, width, first_label=None, label_x=None, first_x=None):
    for i, ln in enumerate(lines):
        need = sum(fn_height(m) for _, m in ln if m)
        extra_fn = need + (8 if need and not state["fn_h"] else 0)
        if state["y"] + LEAD > limit() - extra_fn:
            new_page()
        y = state["y"] + 3.8
        if i == 0 and first_label:
            pdf.set_font(FONT, "", BODY_PT)
            pdf.text(label_x, y, first_label)
        lx = first_x if (i == 0 and first_x is not None) else x
        marks = draw_line(ln, lx, y, width - (lx - x), i < len(lines) - 1)
        for m in marks:
            state["fn"].append(m)
            state["fn_h"] += fn_height(m)
        state["y"] += LEAD


# ---------------------------------------------------------------- page 1: header block
new_page()
pdf.set_font(FONT, "B", 11)
pdf.text(RM - sw(SYMBOL, "B", 11), 22, SYMBOL)
pdf.set_font(FONT, "", 10)
for i, s in enumerate(["Original: English", "2 October 2019"]):
    pdf.text(RM - sw(s, "", 10), 28 + i * 5, s)
pdf.set_font(FONT, "B", 11)
y = 48
for s in ["STANDING COMMITTEE ON PROGRAMMES AND FINANCE"]:
    pdf.text(LM, y, s)
pdf.set_font(FONT, "", 11)
pdf.text(LM, y + 5.5, "Twenty-fifth Session")
pdf.set_font(FONT, "B", 12)
y = 75
for s in ["SCALE OF ASSESSMENT FOR THE ADMINISTRATIVE PART", "OF THE BUDGET FOR 2020"]:
    pdf.text((210 - sw(s, "B", 12)) / 2, y, s)
    y += 6
state["y"] = y + 14

# ---------------------------------------------------------------- body
for blk in BODY:
    if blk[0] == "h":
        if state["y"] + 3 * LEAD + 6 > limit():
            new_page()
        state["y"] += 2
        pdf.set_font(FONT, "B", BODY_PT + 0.5)
        pdf.text(LM, state["y"] + 3.8, blk[1])
        state["y"] += LEAD + 3
    elif blk[0] == "p":
        _, num, text = blk
        lines = wrap_words(text, RM - TEXT_X)
        place_lines(lines, TEXT_X, RM - TEXT_X, first_label=num + ".", label_x=LM)
        state["y"] += 3.5
        if DEBUG: print(num, state["page"], round(state["y"], 1), round(limit(), 1))
    else:
        _, depth, label, text = blk
        lx = TEXT_X + (depth - 1) * 10
        tx = lx + 10
        lines = wrap_words(text, RM - tx)
        place_lines(lines, tx, RM - tx, first_label=label, label_x=lx)
        state["y"] += 2.5

# ---------------------------------------------------------------- annex
NW = 48.0
FW = (170.0 - NW) / 3
COLS = [(LM, NW), (LM + NW, FW), (LM + NW + FW, FW), (LM + NW + 2 * FW, FW)]
HEAD = [["Member States"],
        ["Scale of", "assessment 2019", "(%)"],
        ["Scale of", "assessment 2020", "(%)"],
        ["Assessed", "contributions 2020", "(CHF)"]]
NOTE_MARK = {"Czechia": "a", "United States of America": "b"}
TABLE_NOTES = [("a", "Formerly listed as the Czech Republic."),
               ("b", "Includes the rounding adjustment under paragraph 5(d) of this document "
                     "(\u20130.0004 per cent in 2020 and \u20130.0001 per cent in 2019).")]
TPT = 9.5
ROW_LEAD = 4.4


def table_head():
    y0 = state["y"]
    h = 3 * ROW_LEAD + 2.5
    pdf.set_line_width(0.25)
    pdf.rect(LM, y0, 170, h)
    for x, w in COLS[1:]:
        pdf.line(x, y0, x, y0 + h)
    for (x, w), lines in zip(COLS, HEAD):
        yy = y0 + 1.2 + (3 - len(lines)) * ROW_LEAD / 2 + 3.3
        for s in lines:
            pdf.set_font(FONT, "B", TPT)
            pdf.text(x + (w - sw(s, "B", TPT)) / 2, yy, s)
            yy += ROW_LEAD
    state["y"] = y0 + h


def fmt_rate(d):
    return "%.4f" % d


def table_row(label, r19, r20, amt, bold=False):
    style = "B" if bold else ""
    mark = NOTE_MARK.get(label)
    name_lines = wrap_words(label + ("^" + mark if mark else ""), COLS[0][1] - 4, TPT, style)
    h = len(name_lines) * ROW_LEAD + 1.6
    y0 = state["y"]
    pdf.set_line_width(0.25)
    pdf.line(LM, y0 + h, LM + 170, y0 + h)
    for x in [LM] + [c[0] for c in COLS[1:]] + [LM + 170]:
        pdf.line(x, y0, x, y0 + h)
    yy = y0 + 0.8 + 3.3
    for ln in name_lines:
        draw_line(ln, LM + 2, yy, COLS[0][1] - 4, False, TPT, style)
        yy += ROW_LEAD
    ylast = yy - ROW_LEAD
    for (x, w), s in zip(COLS[1:], [fmt_rate(r19), fmt_rate(r20), "{:,}".format(amt)]):
        pdf.set_font(FONT, style, TPT)
        pdf.text(x + w - 3 - sw(s, style, TPT), ylast, s)
    state["y"] = y0 + h


def row_height(label):
    mark = NOTE_MARK.get(label)
    return len(wrap_words(label + ("^" + mark if mark else ""), COLS[0][1] - 4, TPT)) * ROW_LEAD + 1.6


new_page(annex=True)
y = state["y"] + 2
for s, st, pt in [("ANNEX", "B", 11), ("SCALE OF ASSESSMENT FOR 2020 AND ASSESSED", "B", 11),
                  ("CONTRIBUTIONS OF MEMBER STATES", "B", 11)]:
    pdf.set_font(FONT, st, pt)
    pdf.text((210 - sw(s, st, pt)) / 2, y, s)
    y += 10 if s == "ANNEX" else 5.5
y += 2
cap = "(Administrative Part of the Budget for 2020: CHF 52,716,000)"
pdf.set_font(FONT, "", 10)
pdf.text((210 - sw(cap, "", 10)) / 2, y, cap)
state["y"] = y + 5
table_head()
body_rows = [(r[0], r[1], r[2], r[3], False) for r in ROWS] + [
    (OTHER[0], OTHER[1], OTHER[2], OTHER[3], False), (TOTAL[0], TOTAL[1], TOTAL[2], TOTAL[3], True)]
SPLIT_AFTER = "Japan"  # force the break so that each annex page carries about half the table
for label, a, b, c, bold in body_rows:
    if state["y"] + row_height(label) > BOTTOM - 2:
        new_page(annex=True)
        table_head()
    table_row(label, a, b, c, bold)
    if label == SPLIT_AFTER:
        new_page(annex=True)
        table_head()

# notes under the table
y = state["y"] + 5
for m, t in TABLE_NOTES:
    pdf.set_font(FONT, "", SUP_PT)
    pdf.text(LM, y - 1.5, m)
    lines = wrap_words(t, 165, FN_PT)
    for i, ln in enumerate(lines):
        draw_line(ln, LM + 4, y, 165, i < len(lines) - 1, FN_PT)
        y += FN_LEAD
    y += 1
finish_page()
pdf.output("scale-of-assessment-2019.pdf")
print("pages", pdf.page_no())
