"""Draws contributions-report-2021.pdf (S/29/6), an SCPF status report on outstanding
contributions to the administrative part of the budget, with fpdf2."""
import os
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "contributions-report-2021.pdf")
FONTDIR = "/usr/share/fonts/truetype/dejavu/"

SYMBOL = "S/29/6"
LEFT, RIGHT = 25.0, 190.0
WIDTH = RIGHT - LEFT
TOP_BODY = 30.0
BOTTOM = 276.0
BODY_SIZE = 10
LINE_H = 5.0
PARA_GAP = 4.0
NUM_INDENT = 10.0
FN_SIZE = 8
FN_LINE = 3.6

# ----------------------------------------------------------------------------- data
ROWS = [
    ("Afghanistan", None, None, None, None, 7896),
    ("Antigua and Barbuda", 5012, 2460, 2520, 2580, 2632),
    ("Argentina", None, None, None, None, 412970),
    ("Bolivia (Plurinational State of)", None, None, None, 11902, 18421),
    ("Brazil", None, None, None, 284117, 748605),
    ("Burundi", 18744, 2460, 2520, 2580, 2632),
    ("Central African Republic", 21305, 2460, 2520, 2580, 2632),
    ("Chad", None, None, 2520, 2580, 2632),
    ("Comoros", 9870, 2460, 2520, 2580, None),
    ("Congo", None, None, None, 3118, 5264),
    ("Democratic Republic of the Congo", 64228, 7380, 7560, 7740, 7896),
    ("Dominica", None, 1210, 2520, 2580, 2632),
    ("Gambia", None, None, None, None, 2632),
    ("Guinea-Bissau", 12660, 2460, 2520, 2580, 2632),
    ("Haiti", None, None, None, None, 7896),
    ("Iran (Islamic Republic of)", None, None, None, 138450, 331652),
    ("Kyrgyzstan", None, None, None, None, 5264),
    ("Lebanon", None, None, None, 17700, 26320),
    ("Liberia", 15980, 2460, 2520, 2580, 2632),
    ("Libya", None, 61500, 63000, 64500, 65804),
    ("Madagascar", None, None, None, None, 2632),
    ("Mali", None, None, None, None, 2632),
    ("Mauritania", None, None, 2520, 2580, 2632),
    ("Micronesia (Federated States of)", None, None, None, None, 2632),
    ("Nicaragua", None, None, None, 2580, 2632),
    ("Niger", None, None, None, None, 2632),
    ("Paraguay", None, None, None, None, 34216),
    ("Peru", None, None, None, None, 79081),
    ("Sao Tome and Principe", 11432, 2460, 2520, 2580, None),
    ("Sierra Leone", None, None, 2520, 2580, 2632),
    ("Somalia", 27118, 2460, 2520, 2580, None),
    ("South Sudan", None, 2460, 2520, 2580, 2632),
    ("Sudan", None, None, None, 7740, 10528),
    ("Suriname", None, None, 3780, 3870, 3948),
    ("Tajikistan", None, None, None, None, 2632),
    ("Uganda", None, None, None, None, 13160),
    ("Vanuatu", None, None, None, None, 2632),
    ("Venezuela (Bolivarian Republic of)", 402156, 151290, 154980, 158670, 161868),
    ("Yemen", 14902, 7380, 7560, 7740, 7896),
    ("Zimbabwe", None, None, None, None, 5264),
]
ASSESSED_2021 = 52643412
PRIOR_AT_END_2020 = 2214508

ART4_ALL = ["Antigua and Barbuda", "Burundi", "Central African Republic", "Chad", "Comoros",
            "Democratic Republic of the Congo", "Dominica", "Guinea-Bissau", "Liberia", "Libya",
            "Mauritania", "Sao Tome and Principe", "Sierra Leone", "Somalia", "South Sudan",
            "Suriname", "Venezuela (Bolivarian Republic of)", "Yemen"]
ON_PLAN = ["Comoros", "Sao Tome and Principe", "Somalia"]
REMARKS = {"Liberia": "Payment plan (2017)^4", "Central African Republic": "Plan under discussion"}


def fmt(n):
    return "" if n is None else f"{n:,}"


col_tot = [sum(r[i] or 0 for r in ROWS) for i in range(1, 6)]
grand = sum(col_tot)
prior = sum(col_tot[:4])
received = ASSESSED_2021 - col_tot[4]
only_current = [r for r in ROWS if all(x is None for x in r[1:5])]
ven = [r for r in ROWS if r[0].startswith("Venezuela")][0]
ven_prior = sum(ven[1:5])
# every Article 4 State has 2019 and 2020 wholly unpaid
for r in ROWS:
    if r[0] in ART4_ALL:
        assert r[3] and r[4]
T2 = []
for r in ROWS:
    if r[0] in ART4_ALL and r[0] not in ON_PLAN:
        p = sum(x or 0 for x in r[1:5])
        c = r[5] or 0
        T2.append((r[0], p, c, p + c, REMARKS.get(r[0], "")))
t2_tot = [sum(x[i] for x in T2) for i in (1, 2, 3)]

# figures quoted in the text
assert len(ROWS) == 40 and len(only_current) == 15 and len(T2) == 15
assert col_tot[4] == 2001325 and received == 50642087 and prior == 1865614 and grand == 3866939
assert round(received / ASSESSED_2021 * 100, 1) == 96.2
assert ven_prior == 867096 and round(ven_prior / prior * 100, 1) == 46.5

# ----------------------------------------------------------------------------- text
TITLE_LINES = ["STATUS REPORT ON OUTSTANDING CONTRIBUTIONS TO THE",
               "ADMINISTRATIVE PART OF THE BUDGET"]

FOOTNOTES = {
    "1": "See document S/28/4, which set out the position as at 31 March 2021.",
    "2": "Payments received after 31 August 2021 will be reflected in the next status report, which "
         "will be submitted to the Standing Committee at its Thirtieth Session in June 2022.",
    "3": "The present text of Article 4 results from the amendments to the Constitution adopted by "
         "Resolution No. 997 (LXXVI) of 24 November 1998, which entered into force on 21 November 2013.",
    "4": "The payment plan agreed with Liberia in 2017 has not been respected since March 2020; "
         "see paragraph 9(b).",
    "5": "The revised terms would extend the plan by three years and reduce the annual instalment "
         "to CHF 2,000.",
}

FLOW = [
    ("heading", "Introduction"),
    ("para", "1", "This document reports on the status of assessed contributions to the administrative "
     "part of the budget that remained outstanding as at 31 August 2021. It updates the information "
     "submitted to the Standing Committee on Programmes and Finance at its Twenty-eighth Session.^1"),
    ("para", "2", "The Administration is grateful to the Member States that have paid their 2021 "
     "contributions in full and to those that have made payments towards arrears from previous years. "
     "The administrative part of the budget is financed entirely from assessed contributions, and their "
     "prompt payment remains essential to the functioning of the Organization\u2019s core structure."),
    ("heading", "Status of assessed contributions"),
    ("para", "3", "Assessed contributions for 2021, approved by the Council in Resolution No. 1393 of "
     "26 November 2020 on the Programme and Budget for 2021 (C/111/6), total "
     f"CHF {ASSESSED_2021:,}. By 31 August 2021, CHF {received:,}, or 96.2 per cent, had been received, "
     f"leaving CHF {col_tot[4]:,} outstanding."),
    ("para", "4", f"Contributions due for 2020 and earlier years stood at CHF {prior:,} at the same date, "
     f"compared with CHF {PRIOR_AT_END_2020:,} on 31 December 2020. The total amount outstanding, all "
     f"years combined, is therefore CHF {grand:,}. Table 1 shows the amounts owed by each Member State, "
     "by year of assessment; Member States that do not appear in the table had no contributions "
     "outstanding on 31 August 2021.^2"),
    ("table1",),
    ("para", "5", f"Of the {len(ROWS)} Member States listed in Table 1, {len(only_current)} owe only their "
     f"contribution, or part of it, for the current year; the remaining {len(ROWS) - len(only_current)} also "
     "have arrears from earlier years. A single Member State, Venezuela (Bolivarian Republic of), accounts "
     f"for CHF {ven_prior:,}, or 46.5 per cent, of the arrears for 2020 and prior years."),
    ("heading", "Member States subject to Article 4 of the Constitution"),
    ("para", "6", "Under Article 4 of the Constitution, a Member State which is in arrears in the payment "
     "of its financial contributions to the Organization has no vote in the Council or in the Standing "
     "Committee on Programmes and Finance if the amount of its arrears equals or exceeds the contributions "
     "due from it for the preceding two full years. The Council may nevertheless restore the right to "
     "vote if it is satisfied that the failure to pay is due to conditions beyond the control of the "
     "Member State.^3"),
    ("para", "7", f"As at 31 August 2021, {len(T2)} Member States were subject to Article 4, one fewer "
     "than reported in document S/28/4, Kiribati having settled its arrears in full in May 2021. They are "
     "listed in Table 2. Three further Member States with arrears of two full years or more \u2013 Comoros, "
     "Sao Tome and Principe and Somalia \u2013 are honouring payment plans agreed with the Administration "
     "and are therefore not included."),
    ("table2",),
    ("para", "8", "Letters were sent to the permanent missions of each of the Member States concerned in "
     "February and July 2021, recalling the amounts due and the options available for settling them. The "
     "Administration stands ready to meet any delegation that wishes to discuss its situation."),
    ("heading", "Payment plans"),
    ("para", "9", "Payment plans allow a Member State to settle its arrears in annual instalments over an "
     "agreed period, provided that it also pays its contribution for the current year in full. The "
     "following plans were in effect on 31 August 2021:"),
    ("item", "(a)", "Comoros, agreed in 2015: the instalment for 2021 was received in April 2021;"),
    ("item", "(b)", "Liberia, agreed in 2017: no instalment has been received since March 2020, and the "
     "Administration has proposed revised terms;^5"),
    ("item", "(c)", "Sao Tome and Principe, agreed in 2018: all instalments due to date have been "
     "received; and"),
    ("item", "(d)", "Somalia, agreed in 2019: the first two annual instalments, totalling CHF 8,000, "
     "have been received."),
    ("para", "10", "Since the previous report, the Central African Republic has approached the "
     "Administration with a view to agreeing a payment plan, and discussions are under way. Other Member "
     "States in arrears are encouraged to make use of this arrangement."),
    ("para", "11", "Member States are reminded that:"),
    ("item", "\u2022", "assessed contributions are due in full on 1 January of the year to which they "
     "relate;"),
    ("item", "\u2022", "payments should be made in Swiss francs and should state the year or years of "
     "assessment to which they are to be credited; and"),
    ("item", "\u2022", "requests for a payment plan should be addressed in writing to the Director "
     "General."),
    ("heading", "Conclusion"),
    ("para", "12", "The Standing Committee is invited to take note of this report and to urge all Member "
     "States with outstanding contributions, in particular those subject to Article 4 of the Constitution, "
     "to settle their arrears as soon as possible or to agree a payment plan with the Administration."),
]


# ----------------------------------------------------------------------------- drawing
class Doc(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("dv", "", 10)
        self.set_text_color(0)
        self.set_xy(LEFT, 12)
        self.cell(WIDTH, 4.5, SYMBOL, align="R")
        self.set_xy(LEFT, 16.5)
        self.cell(WIDTH, 4.5, f"Page {self.page_no() - 1}", align="R")


pdf = Doc(orientation="P", unit="mm", format="A4")
pdf.set_auto_page_break(False)
pdf.add_font("dv", "", FONTDIR + "DejaVuSans.ttf")
pdf.add_font("dv", "B", FONTDIR + "DejaVuSans-Bold.ttf")
pdf.add_font("dvc", "", FONTDIR + "DejaVuSansCondensed.ttf")
pdf.add_font("dvc", "B", FONTDIR + "DejaVuSansCondensed-Bold.ttf")
pdf.set_title("Status report on outstanding contributions to the administrative part of the budget")
pdf.set_author("International Organization for Migration")

state = {"y": TOP_BODY, "fns": []}


def tokens(text):
    out = []
    for w in text.split(" "):
        if "^" in w:
            word, mark = w.split("^")
            out.append((word, mark))
        else:
            out.append((w, None))
    return out


def tok_width(tok, family, style, size):
    pdf.set_font(family, style, size)
    w = pdf.get_string_width(tok[0])
    if tok[1]:
        pdf.set_font(family, style, size * 0.62)
        w += pdf.get_string_width(tok[1]) + 0.2
    return w


def wrap(text, first_w, other_w, family="dv", style="", size=BODY_SIZE):
    toks = tokens(text)
    pdf.set_font(family, style, size)
    space = pdf.get_string_width(" ")
    lines, cur, cur_w = [], [], 0.0
    for t in toks:
        tw = tok_width(t, family, style, size)
        limit = first_w if not lines else other_w
        need = tw if not cur else cur_w + space + tw
        if cur and need > limit:
            lines.append(cur)
            cur, cur_w = [t], tw
        else:
            cur.append(t)
            cur_w = need
    if cur:
        lines.append(cur)
    return lines


def draw_tok(x, base, tok, family, style, size):
    pdf.set_font(family, style, size)
    pdf.text(x, base, tok[0])
    x += pdf.get_string_width(tok[0])
    if tok[1]:
        pdf.set_font(family, style, size * 0.62)
        pdf.text(x + 0.2, base - size * 0.14, tok[1])
        x += pdf.get_string_width(tok[1]) + 0.2
    return x


def draw_line(x, base, line, avail, justify, family="dv", style="", size=BODY_SIZE):
    pdf.set_font(family, style, size)
    space = pdf.get_string_width(" ")
    widths = [tok_width(t, family, style, size) for t in line]
    gap = space
    if justify and len(line) > 1:
        gap = space + (avail - sum(widths) - space * (len(line) - 1)) / (len(line) - 1)
    for t, w in zip(line, widths):
        draw_tok(x, base, t, family, style, size)
        x += w + gap


def fn_height(marks):
    if not marks:
        return 0.0
    h = 5.0
    for m in marks:
        h += len(wrap(FOOTNOTES[m], WIDTH - 5, WIDTH - 5, size=FN_SIZE)) * FN_LINE + 0.8
    return h


def draw_footnotes():
    marks = state["fns"]
    if not marks:
        return
    h = fn_height(marks)
    y = BOTTOM + 8 - h
    pdf.set_line_width(0.25)
    pdf.line(LEFT, y, LEFT + 50, y)
    y += 3.0
    for m in marks:
        lines = wrap(FOOTNOTES[m], WIDTH - 5, WIDTH - 5, size=FN_SIZE)
        pdf.set_font("dv", "", FN_SIZE * 0.7)
        pdf.text(LEFT, y + 2.0, m)
        for i, ln in enumerate(lines):
            draw_line(LEFT + 5, y + 2.8, ln, WIDTH - 5, i < len(lines) - 1, size=FN_SIZE)
            y += FN_LINE
        y += 0.8
    state["fns"] = []


def new_page():
    draw_footnotes()
    pdf.add_page()
    state["y"] = TOP_BODY


def fits(h, marks=()):
    return state["y"] + h <= BOTTOM - fn_height(state["fns"] + list(marks))


def place(h, marks=()):
    if not fits(h, marks):
        new_page()
    y = state["y"]
    state["fns"] += list(marks)
    state["y"] += h
    return y


def line_marks(line):
    return [t[1] for t in line if t[1]]


def block(text, x_first, x_other, gap_before, label=None, x_label=LEFT, keep=2):
    lines = wrap(text, RIGHT - x_first, RIGHT - x_other)
    if not fits(gap_before + LINE_H * min(keep, len(lines)), line_marks(lines[0])):
        new_page()
    elif state["y"] > TOP_BODY:
        state["y"] += gap_before
    ys = []
    for i, ln in enumerate(lines):
        y = place(LINE_H, line_marks(ln))
        x = x_first if i == 0 else x_other
        draw_line(x, y + 3.8, ln, RIGHT - x, i < len(lines) - 1)
        if i == 0 and label:
            pdf.set_font("dv", "", BODY_SIZE)
            pdf.text(x_label, y + 3.8, label)
        ys.append(y)
    return ys


def heading(text):
    if not fits(PARA_GAP + 2 * LINE_H + PARA_GAP + 2 * LINE_H):
        new_page()
    elif state["y"] > TOP_BODY:
        state["y"] += PARA_GAP + 1.5
    y = place(LINE_H)
    pdf.set_font("dv", "B", BODY_SIZE)
    pdf.text(LEFT, y + 3.8, text)


def para(num, text):
    block(text, LEFT + NUM_INDENT, LEFT, PARA_GAP, label=num + ".", x_label=LEFT)


def item(label, text):
    x_lab = LEFT + NUM_INDENT
    x_txt = x_lab + (10.0 if label.startswith("(") else 6.0)
    block(text, x_txt, x_txt, 2.5, label=label, x_label=x_lab)


def caption(text):
    state["y"] += PARA_GAP + 1.0
    y = place(LINE_H + 1.0)
    pdf.set_font("dv", "B", 9.5)
    pdf.text(LEFT, y + 3.8, text)


# table geometry -----------------------------------------------------------------
T1_NAME_X = LEFT + 1.0
T1_RIGHTS = [100.0, 117.0, 134.0, 151.0, 169.5, 189.5]
T1_HEAD = [("2017 and", "prior years"), ("", "2018"), ("", "2019"), ("", "2020"), ("", "2021"),
           ("", "Total")]
ROW_H = 4.7
TSIZE = 8.5


def rtext(xr, base, s, style=""):
    if not s:
        return
    toks = tokens(s)
    w = sum(tok_width(t, "dvc", style, TSIZE) for t in toks)
    pdf.set_font("dvc", style, TSIZE)
    sp = pdf.get_string_width(" ")
    w += sp * (len(toks) - 1)
    x = xr - w
    for t in toks:
        x = draw_tok(x, base, t, "dvc", style, TSIZE) + sp


def ltext(x, base, s, style=""):
    if not s:
        return
    pdf.set_font("dvc", style, TSIZE)
    sp = pdf.get_string_width(" ")
    for t in tokens(s):
        x = draw_tok(x, base, t, "dvc", style, TSIZE) + sp


def t1_header():
    y = place(2 * ROW_H + 1.5)
    pdf.set_line_width(0.3)
    pdf.line(LEFT, y, RIGHT, y)
    ltext(T1_NAME_X, y + ROW_H * 2 - 1.0, "Member State", "B")
    for xr, (a, b) in zip(T1_RIGHTS, T1_HEAD):
        rtext(xr, y + ROW_H - 1.0, a, "B")
        rtext(xr, y + 2 * ROW_H - 1.0, b, "B")
    pdf.line(LEFT, y + 2 * ROW_H + 1.0, RIGHT, y + 2 * ROW_H + 1.0)


def t1_row(cells, bold=False, top_rule=False):
    if not fits(ROW_H + (1.0 if top_rule else 0)):
        new_page()
        t1_header()
    y = place(ROW_H + (1.0 if top_rule else 0))
    if top_rule:
        pdf.set_line_width(0.3)
        pdf.line(LEFT, y + 0.3, RIGHT, y + 0.3)
        y += 1.0
    st = "B" if bold else ""
    pdf.set_font("dvc", st, TSIZE)
    assert pdf.get_string_width(cells[0]) < T1_RIGHTS[0] - 16 - T1_NAME_X, cells[0]
    ltext(T1_NAME_X, y + 3.4, cells[0], st)
    for xr, c in zip(T1_RIGHTS, cells[1:]):
        rtext(xr, y + 3.4, c, st)
    return y


def table1():
    if not fits(PARA_GAP + 1 + LINE_H + 1 + 2 * ROW_H + 1.5 + 4 * ROW_H):
        new_page()
    caption("Table 1. Assessed contributions outstanding as at 31 August 2021 (CHF)")
    t1_header()
    for r in ROWS:
        t1_row([r[0]] + [fmt(v) for v in r[1:]] + [fmt(sum(v or 0 for v in r[1:]))])
    y = t1_row(["Total"] + [fmt(v) for v in col_tot] + [fmt(grand)], bold=True, top_rule=True)
    pdf.line(LEFT, y + ROW_H + 0.3, RIGHT, y + ROW_H + 0.3)


T2_RIGHTS = [110.0, 130.0, 152.0]
T2_REM_X = 157.0
T2_HEAD = [("2020 and", "prior years"), ("", "2021"), ("", "Total")]


def t2_header():
    y = place(2 * ROW_H + 1.5)
    pdf.set_line_width(0.3)
    pdf.line(LEFT, y, RIGHT, y)
    ltext(T1_NAME_X, y + ROW_H * 2 - 1.0, "Member State", "B")
    for xr, (a, b) in zip(T2_RIGHTS, T2_HEAD):
        rtext(xr, y + ROW_H - 1.0, a, "B")
        rtext(xr, y + 2 * ROW_H - 1.0, b, "B")
    ltext(T2_REM_X, y + 2 * ROW_H - 1.0, "Remarks", "B")
    pdf.line(LEFT, y + 2 * ROW_H + 1.0, RIGHT, y + 2 * ROW_H + 1.0)


def table2():
    n = len(T2) + 1
    if not fits(PARA_GAP + 2 + LINE_H + 2 * ROW_H + 1.5 + n * ROW_H + 1, ["4"]):
        new_page()
    caption("Table 2. Member States subject to Article 4 as at 31 August 2021 (CHF)")
    t2_header()
    for name, p, c, t, rem in T2:
        marks = ["4"] if "^4" in rem else []
        y = place(ROW_H, marks)
        ltext(T1_NAME_X, y + 3.4, name)
        for xr, v in zip(T2_RIGHTS, (p, c, t)):
            rtext(xr, y + 3.4, fmt(v))
        pdf.set_font("dvc", "", TSIZE)
        assert pdf.get_string_width(rem.replace("^4", "4")) < RIGHT - T2_REM_X, rem
        ltext(T2_REM_X, y + 3.4, rem)
    y = place(ROW_H + 1.0)
    pdf.set_line_width(0.3)
    pdf.line(LEFT, y + 0.3, RIGHT, y + 0.3)
    y += 1.0
    ltext(T1_NAME_X, y + 3.4, "Total", "B")
    for xr, v in zip(T2_RIGHTS, t2_tot):
        rtext(xr, y + 3.4, fmt(v), "B")
    pdf.line(LEFT, y + ROW_H + 0.3, RIGHT, y + ROW_H + 0.3)


# cover ----------------------------------------------------------------------------
pdf.add_page()
pdf.set_text_color(0)
pdf.set_font("dv", "B", 11)
pdf.set_xy(LEFT, 22)
pdf.cell(WIDTH, 5, SYMBOL, align="R")
pdf.set_font("dv", "", 10)
pdf.set_xy(LEFT, 32)
pdf.cell(WIDTH, 5, "Original: English", align="R")
pdf.set_xy(LEFT, 37)
pdf.cell(WIDTH, 5, "5 October 2021", align="R")
pdf.set_font("dv", "B", 11)
pdf.set_xy(LEFT, 72)
pdf.cell(WIDTH, 6, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE", align="C")
pdf.set_font("dv", "", 11)
pdf.set_xy(LEFT, 79)
pdf.cell(WIDTH, 6, "Twenty-ninth Session", align="C")
pdf.set_font("dv", "B", 11)
for i, t in enumerate(TITLE_LINES):
    pdf.set_xy(LEFT, 122 + i * 6.5)
    pdf.cell(WIDTH, 6, t, align="C")
pdf.set_line_width(0.4)
pdf.line(LEFT, 262, RIGHT, 262)
pdf.set_font("dv", "B", 8.5)
for i, t in enumerate(["STANDING COMMITTEE ON PROGRAMMES AND FINANCE",
                       "COMITÉ PERMANENT DES PROGRAMMES ET DES FINANCES",
                       "COMITÉ PERMANENTE DE PROGRAMAS Y FINANZAS"]):
    pdf.set_xy(LEFT, 265 + i * 4.6)
    pdf.cell(WIDTH, 4.5, t, align="C")

# body -------------------------------------------------------------------------------
pdf.add_page()
state["y"] = TOP_BODY
pdf.set_font("dv", "B", BODY_SIZE)
for t in TITLE_LINES:
    y = place(LINE_H)
    pdf.set_xy(LEFT, y)
    pdf.cell(WIDTH, LINE_H, t, align="C")
state["y"] += 3.0

for entry in FLOW:
    kind = entry[0]
    if kind == "heading":
        heading(entry[1])
    elif kind == "para":
        para(entry[1], entry[2])
    elif kind == "item":
        item(entry[1], entry[2])
    elif kind == "table1":
        table1()
    elif kind == "table2":
        table2()
draw_footnotes()
pdf.output(OUT)
print("pages:", pdf.page_no())
