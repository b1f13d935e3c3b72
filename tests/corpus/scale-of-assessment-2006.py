# Draws scale-of-assessment-2006.pdf (invented IOM Executive Committee paper, 2006) with fpdf2.
from fpdf import FPDF

SYMBOL = "MC/EX/673"
BUDGET = 37100000
MIN_RATE, MAX_RATE = 0.035, 22.0

# (name, UN 2006 rate, table note letter or None)
UN = [
    ("Albania", 0.005, None),     ("Argentina", 0.956, None), ("Armenia", 0.002, None), ("Australia", 1.592, None),
    ("Austria", 0.859, None), ("Azerbaijan", 0.005, None), ("Bangladesh", 0.010, None),
    ("Belgium", 1.069, None), ("Brazil", 1.523, None),
    ("Bulgaria", 0.017, None), ("Burundi", 0.001, "a"),     ("Canada", 2.813, None), ("Chile", 0.223, None), ("Colombia", 0.155, None),
    ("Costa Rica", 0.030, None), ("C\u00f4te d'Ivoire", 0.010, None), ("Croatia", 0.037, None),
    ("Cyprus", 0.039, None), ("Czech Republic", 0.183, None),
    ("Democratic Republic of the Congo", 0.003, None), ("Denmark", 0.718, None),
    ("Dominican Republic", 0.035, None), ("Ecuador", 0.019, None), ("Egypt", 0.120, None),
    ("El Salvador", 0.022, None), ("Estonia", 0.012, None), ("Finland", 0.533, None),
    ("France", 6.030, None), ("Georgia", 0.003, None), ("Germany", 8.662, None),
    ("Ghana", 0.004, None), ("Greece", 0.530, None), ("Guatemala", 0.030, None),
    ("Honduras", 0.005, None), ("Hungary", 0.126, None),
    ("India", 0.421, None), ("Iran (Islamic Republic of)", 0.157, None),
    ("Ireland", 0.350, None), ("Israel", 0.467, None), ("Italy", 4.885, None),
    ("Jamaica", 0.008, None), ("Japan", 19.468, None),     ("Kenya", 0.009, None), ("Kyrgyzstan", 0.001, None), ("Latvia", 0.015, None),
    ("Lithuania", 0.024, None), ("Luxembourg", 0.077, None),
    ("Malta", 0.014, None),
    ("Mauritania", 0.001, "a"), ("Mauritius", 0.011, "b"), ("Mexico", 1.883, None),
    ("Morocco", 0.047, None), ("Netherlands", 1.690, None), ("New Zealand", 0.221, None),
    ("Nicaragua", 0.001, None), ("Nigeria", 0.042, None), ("Norway", 0.679, None),
    ("Pakistan", 0.055, None), ("Panama", 0.019, None), ("Paraguay", 0.012, None),
    ("Peru", 0.092, None), ("Philippines", 0.095, None), ("Poland", 0.461, None),
    ("Portugal", 0.470, None), ("Republic of Korea", 1.796, None),
    ("Republic of Moldova", 0.001, None), ("Romania", 0.060, None), ("Senegal", 0.005, None),
    ("Serbia and Montenegro", 0.019, None), ("Slovakia", 0.051, None),
    ("Slovenia", 0.082, None), ("South Africa", 0.292, None), ("Sri Lanka", 0.017, None),
    ("Sweden", 0.998, None), ("Switzerland", 1.197, None), ("Thailand", 0.209, None),
    ("Timor-Leste", 0.001, "a"), ("Tunisia", 0.032, None), ("Uganda", 0.006, None),
    ("Ukraine", 0.039, None),
    ("United Kingdom of Great Britain and Northern Ireland", 6.127, None),
    ("United Republic of Tanzania", 0.006, None), ("United States of America", 22.000, None),
    ("Uruguay", 0.048, None), ("Venezuela (Bolivarian Republic of)", 0.171, None),
    ("Zimbabwe", 0.007, None),
]


def scale(members):
    """UN rates rescaled to 100, floor and ceiling applied, rounded to 3 decimals summing to 100."""
    fixed = {}
    while True:
        free = {n: r for n, r in members.items() if n not in fixed}
        rest = 100.0 - sum(fixed.values())
        tot = sum(free.values())
        res = {n: r * rest / tot for n, r in free.items()}
        changed = False
        for n, v in res.items():
            if v < MIN_RATE:
                fixed[n] = MIN_RATE; changed = True
            elif v > MAX_RATE:
                fixed[n] = MAX_RATE; changed = True
        if not changed:
            break
    res.update(fixed)
    # largest remainder rounding in thousandths
    milli = {n: v * 1000 for n, v in res.items()}
    base = {n: int(v) for n, v in milli.items()}
    short = 100000 - sum(base.values())
    order = sorted((n for n in milli if n not in fixed), key=lambda n: milli[n] - base[n], reverse=True)
    for n in order[:short]:
        base[n] += 1
    return {n: b / 1000 for n, b in base.items()}, fixed


def chf(rates):
    exact = {n: BUDGET * r / 100 for n, r in rates.items()}
    base = {n: int(v) for n, v in exact.items()}
    short = BUDGET - sum(base.values())
    for n in sorted(exact, key=lambda n: exact[n] - base[n], reverse=True)[:short]:
        base[n] += 1
    return base


members07 = {n: r for n, r, _ in UN}
members06 = {n: r for n, r, m in UN if m is None}
S07, FIX07 = scale(members07)
S06, _ = scale(members06)
C07 = chf(S07)
N_MIN = sum(1 for n in FIX07 if FIX07[n] == MIN_RATE)
UN_TOTAL = sum(members07.values())
assert abs(sum(S07.values()) - 100) < 1e-9 and abs(sum(S06.values()) - 100) < 1e-9
assert sum(C07.values()) == BUDGET


def fmt_int(v):
    return f"{v:,}"


# ---------------------------------------------------------------- text
BODY = [
    ("head", "I.", ["INTRODUCTION"]),
    ("para", "1.", "Under Article 25, paragraph 2, of the Constitution, expenditure under the "
     "Administrative Part of the Budget is covered by cash contributions from Member States, which are "
     "assessed according to a scale agreed upon by the Council. The Administration reviews the scale "
     "every year and presents it first to the Sub-Committee on Budget and Finance and then to the "
     "Executive Committee, which recommends it to the Council for adoption together with the Programme "
     "and Budget for the year concerned. Rates are expressed as percentages to three decimal places."),
    ("para", "2.", "The present document sets out the scale of assessment proposed for 2007 and "
     "explains how it has been calculated. It applies the method endorsed by the Council in 1997,^1 "
     "under which the IOM scale follows as closely as possible the scale of assessments of the United "
     "Nations, and it should be read together with the Programme and Budget for 2007, which will be "
     "issued in October 2006."),
    ("head", "II.", ["METHOD OF CALCULATION"]),
    ("para", "3.", "The calculation starts from the United Nations scale. The General Assembly adopted "
     "the current United Nations scale, which covers the three years 2004 to 2006, in December 2003.^2 "
     "The scale for the period 2007-2009 is still under discussion in the Committee on Contributions "
     "and is not expected to be adopted before the end of 2006. As it has done whenever a new United "
     "Nations scale was pending, the Administration has therefore used the United Nations rates for "
     "2006 as the basis of its proposal for 2007. The rates used are those shown in the status of "
     "contributions issued by the United Nations Secretariat as at 1 January 2006."),
    ("para", "4.", "Since not every State Member of the United Nations is a Member of IOM, the United "
     "Nations rates of IOM Member States add up to less than 100 per cent: for the States listed in the "
     f"Annex they total {UN_TOTAL:.3f} per cent. Each of those rates is divided by that total and "
     "multiplied by 100, so that the shares of Member States together account for the whole of the "
     "assessed budget. States that are not Members of the Organization, including those that hold "
     "observer status, are left out of the calculation altogether, and their United Nations rates have "
     "no effect on the rates of Member States."),
    ("para", "5.", "Two limits are then applied to the result. No Member State is assessed at less than "
     "the minimum rate of 0.035 per cent, which the Council has kept well above the United Nations "
     "floor of 0.001 per cent so as to reflect the fixed costs that each membership entails; and no "
     "Member State is assessed at more than the maximum rate of 22 per cent, the ceiling also used by "
     "the United Nations. The amounts needed to raise low rates to the minimum, and the amount by which "
     "the highest rate is brought down to the maximum, are shared among the other Member States in "
     "proportion to their rates. In the proposed scale for 2007, "
     f"{N_MIN} Member States are assessed at the minimum rate and one at the maximum rate."),
    ("para", "6.", "States that become Members after a scale has been approved by the Council are "
     "assessed as follows:"),
    ("item", "(a)", "for the year in which their membership takes effect, they pay a contribution "
     "calculated at the rate that the method described above would give them, reduced in proportion "
     "to the number of full months remaining in that year; such contributions are recorded as "
     "miscellaneous income and do not alter the rates of other Member States;^3 and"),
    ("item", "(b)", "from the following year onwards, they are included in the scale in the usual way "
     "and the rates of all Member States are recalculated accordingly."),
    ("head", "III.", ["NEW MEMBER STATES AND CHANGES IN RELATION", "TO THE 2006 SCALE"]),
    ("para", "7.", "Burundi, Mauritania and Timor-Leste were admitted to membership by the Council on "
     "29 November 2005 and were therefore not included in the scale for 2006; their contributions for "
     "that year have been assessed under subparagraph 6 (a) above. They appear in the scale for the "
     "first time in 2007, each at the minimum rate. Their inclusion is the only reason why the rates of "
     "most other Member States are slightly lower in 2007 than in 2006, the underlying United Nations "
     "rates being unchanged."),
    ("para", "8.", "The Council will also consider, at its regular session in November 2006, the "
     "application for membership submitted by the Government of Mauritius. So that the scale does not "
     "have to be reissued, Mauritius has been included provisionally at the minimum rate. Should the "
     "application not be approved, or should membership take effect after 1 January 2007, the "
     "corresponding amount will either be redistributed among all other Member States in proportion "
     "to their rates or be treated under subparagraph 6 (a), as the case may be."),
    ("para", "9.", "The amounts in Swiss francs shown in the Annex are based on the level of "
     f"CHF {fmt_int(BUDGET)} that the Administration intends to propose for the Administrative Part of "
     "the Budget in 2007, compared with CHF 36,846,000 approved for 2006.^4 They are given for "
     "information only and will be adjusted to the figure finally approved by the Council. Once the "
     "General Assembly has adopted the United Nations scale for 2007-2009, the Administration will "
     "recalculate the rates by the same method and present the updated scale in a revision of the "
     "present document, so that Member States are assessed on the most recent basis."),
    ("head", "IV.", ["RECOMMENDATION"]),
    ("para", "10.", "The Sub-Committee on Budget and Finance is invited to examine the proposed scale of "
     "assessment for 2007 set out in the Annex and to recommend that the Executive Committee endorse it "
     "for adoption by the Council, on the understanding that the scale will be revised as indicated in "
     "paragraph 9."),
]

FOOTNOTES = {
    "1": "Council Resolution No. 965 of 26 November 1997. The background to that decision is set out "
         "in document MC/EX/586 of 14 May 1997.",
    "2": "General Assembly resolution 58/1 B of 23 December 2003 on the scale of assessments for the "
         "apportionment of the expenses of the United Nations.",
    "3": "This arrangement was recommended by the Sub-Committee on Budget and Finance in May 2002 and "
         "approved by the Council in Resolution No. 1071 of 28 November 2002; see also document "
         "MC/EX/638, paragraphs 14 to 17.",
    "4": "Programme and Budget for 2006 (MC/2171), approved by the Council in Resolution No. 1127 of "
         "29 November 2005.",
}

TABLE_NOTES = [
    ("a", "Admitted to membership on 29 November 2005 (Resolutions Nos. 1129, 1130 and 1131); "
          "assessed for 2006 under subparagraph 6 (a) of the present document."),
    ("b", "Application for membership to be considered by the Council in November 2006; included "
          "provisionally (see paragraph 8)."),
]

# ---------------------------------------------------------------- layout
LM, RM = 25.0, 185.0
TEXT_X = 37.0           # hanging indent: number sits at LM, text block at TEXT_X
ITEM_LX, ITEM_X = 37.0, 48.0
TOP = 32.0
BOTTOM = 277.0
FS, LH = 11, 5.2        # body font size, line height
FN_FS, FN_LH = 9, 4.0


class Doc(FPDF):
    def __init__(self):
        super().__init__(format="A4", unit="mm")
        self.set_auto_page_break(False)
        self.set_margins(LM, 15, 210 - RM)
        self.annex = False
        self.pno = 0

    def running_header(self):
        self.set_font("Times", "", 10)
        y = 12
        lines = [SYMBOL] + (["Annex"] if self.annex else []) + [f"Page {self.pno}"]
        for t in lines:
            self.set_xy(LM, y)
            self.cell(RM - LM, 4.5, t, align="R")
            y += 4.5


pdf = Doc()

# ------------- cover
pdf.add_page()
pdf.set_font("Times", "B", 12)
pdf.set_xy(LM, 20)
pdf.cell(RM - LM, 6, SYMBOL, align="R")
pdf.set_font("Times", "", 11)
pdf.set_xy(LM, 27)
pdf.cell(RM - LM, 5, "Original: English", align="R")
pdf.set_xy(LM, 32)
pdf.cell(RM - LM, 5, "12 May 2006", align="R")
pdf.set_font("Times", "B", 12)
pdf.set_xy(LM, 75)
pdf.cell(RM - LM, 6, "HUNDRED AND THIRD SESSION", align="C")
pdf.set_line_width(0.3)
pdf.line(LM + 20, 90, RM - 20, 90)
pdf.set_font("Times", "B", 14)
pdf.set_xy(LM, 112)
pdf.cell(RM - LM, 7, "SCALE OF ASSESSMENT FOR THE ADMINISTRATIVE PART", align="C")
pdf.set_xy(LM, 119)
pdf.cell(RM - LM, 7, "OF THE BUDGET FOR 2007", align="C")
# trilingual cover footer
pdf.set_font("Helvetica", "B", 9)
pdf.line(LM, 268, RM, 268)
for x, t in ((LM, "EXECUTIVE COMMITTEE"), (LM + 60, "COMIT\u00c9 EX\u00c9CUTIF"), (LM + 112, "COMIT\u00c9 EJECUTIVO")):
    pdf.set_xy(x, 270)
    pdf.cell(48, 5, t, align="L")


# ------------- body engine
def tokens(text):
    out = []
    for w in text.split(" "):
        if "^" in w:
            word, sup = w.split("^")
            out.append((word, sup))
        else:
            out.append((w, None))
    return out


def tok_width(tok):
    word, sup = tok
    pdf.set_font("Times", "", FS)
    w = pdf.get_string_width(word)
    if sup:
        pdf.set_font("Times", "", 7)
        w += pdf.get_string_width(sup) + 0.3
    return w


def wrap(text, width):
    pdf.set_font("Times", "", FS)
    sp = pdf.get_string_width(" ")
    lines, cur, cw = [], [], 0.0
    for t in tokens(text):
        w = tok_width(t)
        need = w if not cur else cw + sp + w
        if cur and need > width:
            lines.append(cur)
            cur, cw = [t], w
        else:
            cur.append(t)
            cw = need
    if cur:
        lines.append(cur)
    return lines


def draw_line(toks, x, y, width, justify):
    pdf.set_font("Times", "", FS)
    sp = pdf.get_string_width(" ")
    widths = [tok_width(t) for t in toks]
    gap = sp
    if justify and len(toks) > 1:
        gap = (width - sum(widths)) / (len(toks) - 1)
    cx = x
    for (word, sup), w in zip(toks, widths):
        pdf.set_font("Times", "", FS)
        pdf.text(cx, y + 3.9, word)
        if sup:
            ww = pdf.get_string_width(word)
            pdf.set_font("Times", "", 7)
            pdf.text(cx + ww + 0.3, y + 1.9, sup)
        cx += w + gap


def fn_lines(key):
    pdf.set_font("Times", "", FN_FS)
    return pdf.multi_cell(RM - LM - 4, FN_LH, FOOTNOTES[key], dry_run=True, output="LINES")


def fn_height(keys):
    if not keys:
        return 0.0
    return 6.0 + sum(len(fn_lines(k)) * FN_LH + 1.0 for k in keys)


state = {"y": TOP, "fns": []}


def draw_footnotes():
    keys = state["fns"]
    if not keys:
        return
    h = fn_height(keys)
    y = BOTTOM - h + 3.0
    pdf.set_line_width(0.2)
    pdf.line(LM, y, LM + 45, y)
    y += 2.5
    for k in keys:
        pdf.set_font("Times", "", 7)
        pdf.text(LM, y + 1.8, k)
        pdf.set_font("Times", "", FN_FS)
        for ln in fn_lines(k):
            pdf.text(LM + 4, y + 3.2, ln)
            y += FN_LH
        y += 1.0
    state["fns"] = []


def new_body_page():
    draw_footnotes()
    pdf.add_page()
    pdf.pno += 1
    pdf.running_header()
    state["y"] = TOP


def room(nlines, new_fns=()):
    return state["y"] + nlines * LH <= BOTTOM - fn_height(state["fns"] + list(new_fns))


def place_block(label, label_x, text, x, gap_after=3.0):
    lines = wrap(text, RM - x)
    for i, ln in enumerate(lines):
        fns = [s for _, s in ln if s]
        if not room(1, fns):
            new_body_page()
        if i == 0:
            pdf.set_font("Times", "", FS)
            pdf.text(label_x, state["y"] + 3.9, label)
        draw_line(ln, x, state["y"], RM - x, justify=(i < len(lines) - 1))
        state["fns"] += fns
        state["y"] += LH
    state["y"] += gap_after


def place_heading(num, lines):
    if not room(len(lines) + 3):
        new_body_page()
    state["y"] += 2.0
    pdf.set_font("Times", "B", FS)
    for i, t in enumerate(lines):
        if i == 0:
            pdf.text(LM, state["y"] + 3.9, num)
        pdf.text(TEXT_X, state["y"] + 3.9, t)
        state["y"] += LH
    state["y"] += 3.0


# page 1 of the body
pdf.add_page()
pdf.pno = 1
pdf.running_header()
pdf.set_font("Times", "B", FS)
for t in ("SCALE OF ASSESSMENT FOR THE ADMINISTRATIVE PART", "OF THE BUDGET FOR 2007"):
    pdf.set_xy(LM, state["y"])
    pdf.cell(RM - LM, LH, t, align="C")
    state["y"] += LH
state["y"] += 6

for blk in BODY:
    if blk[0] == "head":
        place_heading(blk[1], blk[2])
    elif blk[0] == "para":
        place_block(blk[1], LM, blk[2], TEXT_X)
    else:
        place_block(blk[1], ITEM_LX, blk[2], ITEM_X)
draw_footnotes()

# ------------- annex: the scale as a table drawn cell by cell
pdf.annex = True
pdf.pno = 0
COLS = [(LM, 74.0, "L"), (LM + 74, 26.0, "R"), (LM + 100, 27.0, "R"), (LM + 127, 33.0, "R")]
HEAD = [["Member States"], ["2006 scale", "%"], ["Proposed", "2007 scale", "%"],
        ["Assessed", "contribution 2007", "CHF"]]
RH = 4.7
TFS = 9.5


def table_head(y):
    pdf.set_line_width(0.3)
    pdf.line(LM, y, RM, y)
    pdf.set_font("Times", "B", TFS)
    for (x, w, al), hl in zip(COLS, HEAD):
        yy = y + 1.2 + (3 - len(hl)) * 4.0
        for t in hl:
            pdf.set_xy(x + 1, yy)
            pdf.cell(w - 2, 4.0, t, align="C" if al == "R" else "L")
            yy += 4.0
    y += 14.0
    pdf.line(LM, y, RM, y)
    return y + 1.0


def vrules(y0, y1):
    pdf.set_line_width(0.2)
    for x, w, _ in COLS[1:]:
        pdf.line(x, y0, x, y1)


def annex_page():
    pdf.add_page()
    pdf.pno += 1
    pdf.running_header()


annex_page()
pdf.set_font("Times", "B", 12)
pdf.set_xy(LM, 32)
pdf.cell(RM - LM, 6, "ANNEX", align="C")
pdf.set_xy(LM, 42)
pdf.cell(RM - LM, 6, "PROPOSED SCALE OF ASSESSMENT FOR 2007", align="C")
pdf.set_font("Times", "", 10)
pdf.set_xy(LM, 52)
pdf.cell(RM - LM, 5, "(Administrative Part of the Budget, in percentages and Swiss francs)", align="C")
y = table_head(59)
y_top = y - 15.0
TB = 282.0

for name, _, note in UN:
    pdf.set_font("Times", "", TFS)
    name_lines = pdf.multi_cell(COLS[0][1] - 5, RH, name, dry_run=True, output="LINES")
    h = RH * len(name_lines)
    if y + h > TB:
        vrules(y_top, y)
        pdf.line(LM, y, RM, y)
        annex_page()
        y = table_head(26)
        y_top = y - 15.0
    pdf.set_font("Times", "", TFS)
    for i, nl in enumerate(name_lines):
        pdf.set_xy(COLS[0][0] + 1 + (3 if i else 0), y + i * RH)   # wrapped name: indent its second line
        pdf.cell(pdf.get_string_width(nl) + 0.2, RH, nl, align="L")
    if note:
        lastw = pdf.get_string_width(name_lines[-1]) + (3 if len(name_lines) > 1 else 0)
        pdf.set_font("Times", "", 6.5)
        pdf.text(COLS[0][0] + 1 + lastw + 0.8, y + (len(name_lines) - 1) * RH + 2.2, note)
        pdf.set_font("Times", "", TFS)
    vals = [f"{S06[name]:.3f}" if name in S06 else "", f"{S07[name]:.3f}", fmt_int(C07[name])]
    ly = y + (len(name_lines) - 1) * RH   # figures sit on the last line of a wrapped name
    for (x, w, al), v in zip(COLS[1:], vals):
        if v:
            pdf.set_xy(x + 1, ly)
            pdf.cell(w - 4, RH, v, align="R")
    y += h

# TOTAL row
pdf.set_line_width(0.3)
pdf.line(LM, y + 0.5, RM, y + 0.5)
y += 1.5
pdf.set_font("Times", "B", TFS)
for (x, w, al), v in zip(COLS, ["TOTAL", f"{sum(S06.values()):.3f}", f"{sum(S07.values()):.3f}",
                                fmt_int(sum(C07.values()))]):
    pdf.set_xy(x + 1, y)
    pdf.cell(w - (2 if al == "L" else 4), RH, v, align=al)
y += RH + 0.5
pdf.line(LM, y, RM, y)
vrules(y_top, y)

# notes under the table
y += 4
pdf.set_font("Times", "", 8.5)
for m, t in TABLE_NOTES:
    lines = pdf.multi_cell(RM - LM - 5, 3.8, t, dry_run=True, output="LINES")
    pdf.set_font("Times", "", 6.5)
    pdf.text(LM + 1, y + 1.9, m)
    pdf.set_font("Times", "", 8.5)
    for ln in lines:
        pdf.text(LM + 5, y + 3.0, ln)
        y += 3.8
    y += 1.0
assert y < 290, y

pdf.output("scale-of-assessment-2006.pdf")
print("pages", pdf.page_no(), "N_MIN", N_MIN, "UN_TOTAL", round(UN_TOTAL, 3), "rows", len(UN))
print("fixed", FIX07)
