"""Draw scale-of-assessment-2009.pdf (MC/EX/691, Scale of assessment for 2010) with fpdf2."""
from decimal import Decimal, ROUND_HALF_UP
import os

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "scale-of-assessment-2009.pdf")

SYMBOL = "MC/EX/691"
BUDGET = 39126000  # CHF, Administrative Part of the Budget 2010

# (name, UN rate 2007-2009, note letters)
STATES = [
    ("Afghanistan", "0.001", ""),
    ("Albania", "0.006", ""),
    ("Algeria", "0.085", ""),
    ("Angola", "0.003", ""),
    ("Argentina", "0.325", ""),
    ("Armenia", "0.002", ""),
    ("Australia", "1.787", ""),
    ("Austria", "0.887", ""),
    ("Azerbaijan", "0.005", ""),
    ("Bahamas", "0.016", "a"),
    ("Bangladesh", "0.010", ""),
    ("Belgium", "1.102", ""),
    ("Belize", "0.001", ""),
    ("Benin", "0.001", ""),
    ("Bolivia", "0.006", ""),
    ("Bosnia and Herzegovina", "0.006", ""),
    ("Brazil", "0.876", ""),
    ("Bulgaria", "0.020", ""),
    ("Burkina Faso", "0.002", ""),
    ("Burundi", "0.001", "a"),
    ("Cambodia", "0.001", ""),
    ("Cameroon", "0.009", ""),
    ("Canada", "2.977", ""),
    ("Central African Republic", "0.001", "b"),
    ("Chad", "0.001", ""),
    ("Chile", "0.161", ""),
    ("Colombia", "0.105", ""),
    ("Congo", "0.001", ""),
    ("Costa Rica", "0.032", ""),
    ("C\u00f4te d'Ivoire", "0.009", ""),
    ("Croatia", "0.050", ""),
    ("Cyprus", "0.044", ""),
    ("Czech Republic", "0.281", ""),
    ("Democratic Republic of the Congo", "0.003", "b"),
    ("Denmark", "0.739", ""),
    ("Dominican Republic", "0.024", ""),
    ("Ecuador", "0.021", ""),
    ("Egypt", "0.088", ""),
    ("El Salvador", "0.020", ""),
    ("Estonia", "0.016", ""),
    ("Ethiopia", "0.003", ""),
    ("Finland", "0.564", ""),
    ("France", "6.301", ""),
    ("Gambia", "0.001", ""),
    ("Georgia", "0.003", ""),
    ("Germany", "8.577", ""),
    ("Ghana", "0.004", ""),
    ("Greece", "0.596", ""),
    ("Guatemala", "0.032", ""),
    ("Guinea", "0.001", ""),
    ("Guinea-Bissau", "0.001", "b"),
    ("Haiti", "0.002", ""),
    ("Honduras", "0.005", ""),
    ("Hungary", "0.244", ""),
    ("India", "0.450", ""),
    ("Iran (Islamic Republic of)", "0.180", ""),
    ("Ireland", "0.445", ""),
    ("Israel", "0.419", ""),
    ("Italy", "5.079", ""),
    ("Jamaica", "0.010", ""),
    ("Japan", "16.624", ""),
    ("Kenya", "0.010", ""),
    ("Kyrgyzstan", "0.001", ""),
    ("Latvia", "0.018", ""),
    ("Liberia", "0.001", "b"),
    ("Libyan Arab Jamahiriya", "0.062", ""),
    ("Lithuania", "0.031", ""),
    ("Luxembourg", "0.085", ""),
    ("Madagascar", "0.002", ""),
    ("Mali", "0.001", ""),
    ("Malta", "0.017", ""),
    ("Mauritania", "0.001", ""),
    ("Mauritius", "0.011", ""),
    ("Mexico", "2.257", ""),
    ("Montenegro", "0.001", "c"),
    ("Morocco", "0.042", ""),
    ("Mozambique", "0.001", ""),
    ("Netherlands", "1.873", ""),
    ("New Zealand", "0.256", ""),
    ("Nicaragua", "0.002", ""),
    ("Niger", "0.001", ""),
    ("Nigeria", "0.048", ""),
    ("Norway", "0.782", ""),
    ("Pakistan", "0.059", ""),
    ("Panama", "0.023", ""),
    ("Papua New Guinea", "0.002", "a"),
    ("Paraguay", "0.005", ""),
    ("Peru", "0.078", ""),
    ("Philippines", "0.078", ""),
    ("Poland", "0.501", ""),
    ("Portugal", "0.527", ""),
    ("Republic of Korea", "2.173", ""),
    ("Republic of Moldova", "0.001", ""),
    ("Romania", "0.070", ""),
    ("Senegal", "0.004", ""),
    ("Serbia", "0.021", "c"),
    ("Sierra Leone", "0.001", ""),
    ("Slovakia", "0.063", ""),
    ("Slovenia", "0.096", ""),
    ("Somalia", "0.001", "b"),
    ("South Africa", "0.290", ""),
    ("Spain", "2.968", ""),
    ("Sri Lanka", "0.016", ""),
    ("Sweden", "1.071", ""),
    ("Switzerland", "1.216", ""),
    ("Thailand", "0.186", ""),
    ("The former Yugoslav Republic of Macedonia", "0.005", ""),
    ("Tunisia", "0.031", ""),
    ("Turkey", "0.381", ""),
    ("Uganda", "0.003", ""),
    ("Ukraine", "0.045", ""),
    ("United Kingdom", "6.642", ""),
    ("United Republic of Tanzania", "0.006", ""),
    ("United States of America", "22.000", ""),
    ("Uruguay", "0.027", ""),
    ("Venezuela (Bolivarian Republic of)", "0.200", ""),
    ("Viet Nam", "0.024", ""),
    ("Yemen", "0.007", ""),
    ("Zambia", "0.001", ""),
    ("Zimbabwe", "0.008", ""),
]

# ---------------------------------------------------------------- figures
UN_TOTAL = sum(Decimal(r) for _, r, _ in STATES)
FACTOR = Decimal(100) / UN_TOTAL
Q4 = Decimal("0.0001")
iom = [(Decimal(r) * FACTOR).quantize(Q4, ROUND_HALF_UP) for _, r, _ in STATES]
largest = max(range(len(STATES)), key=lambda i: Decimal(STATES[i][1]))
iom[largest] += Decimal(100) - sum(iom)
amounts = [int((p * BUDGET / 100).quantize(Decimal(1), ROUND_HALF_UP)) for p in iom]
amounts[largest] += BUDGET - sum(amounts)
assert sum(iom) == Decimal(100) and sum(amounts) == BUDGET
N_STATES = len(STATES)
UN_TOTAL_S = f"{UN_TOTAL:.3f}"
FACTOR_S = f"{FACTOR:.6f}"


def fmt_int(n):
    return f"{n:,}"


# ---------------------------------------------------------------- body text
# Each paragraph: list of runs; a run is (text) or ("^", marker) for a raised marker.
PARAS = [
    ("head", "I.", "INTRODUCTION"),
    ("para", "1.", [
        "Under Article 25 of the Constitution, the expenses of the Administrative Part of the "
        "Budget are met by cash contributions from Member States, apportioned according to a scale "
        "of assessment which the Council determines. Each year the Administration prepares the scale "
        "for the following year and submits it to the Council through the Executive Committee, "
        "together with its estimates for the Administrative Part of the Budget."]),
    ("para", "2.", [
        "This document presents the scale proposed for 2010 and the contribution which it implies "
        "for each Member State. It follows the same method as the scale for 2009 (MC/EX/684). "
        "The rates and amounts are set out in the Annex, next to the United Nations rates from "
        "which they are derived."]),
    ("head", "II.", "BASIS OF THE SCALE"),
    ("para", "3.", [
        "Pursuant to Council Resolution No. 949 of 21 November 1996, the IOM scale is aligned on "
        "the scale of assessments of the United Nations, adjusted to reflect the difference in "
        "membership between the two organizations. Full equalization with the United Nations scale "
        "was phased in between 1998 and 2003 and has been applied unchanged since then."]),
    ("para", "4.", [
        "The current United Nations scale, covering the years 2007 to 2009, was adopted by the "
        "General Assembly in December 2006.", ("^", "1"),
        " The scale for the period 2010-2012 is due to be considered by the Assembly at its "
        "sixty-fourth session, and is unlikely to be adopted before the end of December 2009, that "
        "is, after the Council has approved the IOM budget for 2010. As in earlier transition "
        "years, the rates for 2007-2009 have therefore been retained as the basis of the 2010 "
        "scale. Any change resulting from the new United Nations scale will be taken into account "
        "in the IOM scale for 2011."]),
    ("para", "5.", [
        "The proposed rates have been obtained as follows:"]),
    ("item", "(a)", [
        f"the United Nations rates of the {N_STATES} Member States of IOM have been added "
        f"together, giving a total of {UN_TOTAL_S} per cent;"]),
    ("item", "(b)", [
        f"each United Nations rate has been multiplied by the factor 100/{UN_TOTAL_S}, that is "
        f"{FACTOR_S}, so that the rates of the IOM membership add up to 100 per cent; and"]),
    ("item", "(c)", [
        "the results have been rounded to four decimal places, the difference due to rounding "
        "being applied to the rate of the largest contributor."]),
    ("para", "6.", [
        "The contribution of each Member State is the product of its rate and the amount of the "
        "Administrative Part of the Budget, which the Director General proposes to keep for 2010 at "
        f"CHF {fmt_int(BUDGET)}, the level approved for 2009 (MC/2258).", ("^", "2"),
        " Amounts have been rounded to the nearest Swiss franc, and the rounding difference "
        "has again been assigned to the largest contributor."]),
    ("para", "7.", [
        "For ease of reference, the Annex also identifies the Member States which, as at "
        "30 April 2009, were subject to Article 4 of the Constitution because of arrears in the "
        "payment of their contributions. Their position is reported in the latest status report on "
        "outstanding contributions to the Administrative Part of the Budget (SCPF/27)."]),
    ("head", "III.", "NEW MEMBER STATES"),
    ("para", "8.", [
        "At its Ninety-sixth Session in December 2008, the Council admitted the Bahamas, Burundi "
        "and Papua New Guinea as Members of the Organization (Resolutions Nos. 1171, 1172 and 1173 "
        "of 2 December 2008). Their contributions for 2009 were treated as miscellaneous income, "
        "in line with established practice. From 2010 these three States are included in the scale "
        "for a full year; they are marked with the letter a in the Annex."]),
    ("para", "9.", [
        "If other States are admitted to membership before the end of 2009, their contributions for "
        "2010 will be calculated on the basis of their United Nations rates and credited to the "
        "Administrative Part of the Budget as miscellaneous income, without changing the rates of "
        "the existing Member States. They will be brought into the scale for 2011."]),
    ("head", "IV.", "RECOMMENDATION"),
    ("para", "10.", [
        "The Executive Committee is invited to:"]),
    ("item", "(a)", [
        "take note of the proposed scale of assessment for 2010 as set out in the Annex; and"]),
    ("item", "(b)", [
        "recommend it to the Council for approval at its Ninety-eighth Session, together with the "
        "Programme and Budget for 2010."]),
]

FOOTNOTES = {
    "1": "General Assembly resolution 61/237 of 22 December 2006 on the scale of assessments "
         "for the apportionment of the expenses of the United Nations.",
    "2": "The Programme and Budget for 2010 will be submitted to the Standing Committee on "
         "Programmes and Finance in October 2009 and to the Council at its Ninety-eighth Session. "
         "Should the Council approve a different amount, the figures in the Annex will be "
         "adjusted accordingly.",
}

TABLE_NOTES = [
    ("a", "Admitted as Member States by the Council at its Ninety-sixth Session on "
          "2 December 2008 (see paragraph 8)."),
    ("b", "Member States subject to Article 4 of the Constitution as at 30 April 2009 "
          "(see paragraph 7)."),
    ("c", "Rates set by the General Assembly after the dissolution of the State Union of "
          "Serbia and Montenegro in 2006."),
]

# ---------------------------------------------------------------- drawing helpers
LM, RM = 25.0, 185.0
WIDTH = RM - LM
FONT = "Helvetica"
BODY_PT = 11
LH = 5.4
BOTTOM = 272.0


class Doc(FPDF):
    pass


pdf = Doc(orientation="P", unit="mm", format="A4")
pdf.set_auto_page_break(False)
pdf.set_margins(LM, 15, 210 - RM)


def text_right(y, s, size=BODY_PT, style=""):
    pdf.set_font(FONT, style, size)
    pdf.text(RM - pdf.get_string_width(s), y, s)


def text_center(y, s, size=BODY_PT, style=""):
    pdf.set_font(FONT, style, size)
    pdf.text(105 - pdf.get_string_width(s) / 2, y, s)


def page_header(label, annex=False):
    pdf.add_page()
    text_right(15, SYMBOL)
    if annex:
        text_right(20, "Annex")
        text_right(25, f"Page {label}")
        return 38.0
    text_right(20, f"Page {label}")
    return 33.0


def tokens_of(runs):
    """Split runs into word tokens; a token is a list of (text, raised) pieces,
    plus a flag saying whether a space precedes it."""
    toks = []
    for run in runs:
        if isinstance(run, tuple):  # raised marker, glued to previous token
            toks[-1][1].append((run[1], True))
            continue
        lead_space = run.startswith(" ")
        words = run.split()
        for k, w in enumerate(words):
            toks.append([True if (k > 0 or lead_space or not toks) else False, [(w, False)]])
    return toks


def tok_width(tok):
    w = 0.0
    for s, raised in tok[1]:
        pdf.set_font(FONT, "", 7 if raised else BODY_PT)
        w += pdf.get_string_width(s)
    return w


def wrap(runs, first_x, next_x):
    """Return lines: list of (x_start, [tokens])."""
    pdf.set_font(FONT, "", BODY_PT)
    space = pdf.get_string_width(" ")
    lines, cur, x0, w = [], [], first_x, 0.0
    for tok in tokens_of(runs):
        tw = tok_width(tok)
        add = (space if (cur and tok[0]) else 0) + tw
        if cur and x0 + w + add > RM:
            lines.append((x0, cur))
            cur, x0, w = [], next_x, 0.0
            add = tw
        cur.append(tok)
        w += add
    if cur:
        lines.append((x0, cur))
    return lines


def draw_line(x, y, toks):
    pdf.set_font(FONT, "", BODY_PT)
    space = pdf.get_string_width(" ")
    markers = []
    for i, tok in enumerate(toks):
        if i > 0 and tok[0]:
            x += space
        for s, raised in tok[1]:
            if raised:
                pdf.set_font(FONT, "", 7)
                pdf.text(x + 0.2, y - 1.3, s)
                x += pdf.get_string_width(s) + 0.2
                markers.append(s)
                pdf.set_font(FONT, "", BODY_PT)
            else:
                pdf.text(x, y, s)
                x += pdf.get_string_width(s)
    return markers


def footnote_lines(marker):
    return wrap([FOOTNOTES[marker]], LM + 5, LM + 5)


# ---------------------------------------------------------------- cover
pdf.add_page()
text_right(22, SYMBOL, 12, "B")
pdf.set_font(FONT, "", 11)
pdf.text(LM, 34, "Original: ENGLISH")
text_right(34, "3 June 2009")
text_center(62, "HUNDRED AND SIXTH SESSION", 12, "B")
pdf.set_line_width(0.4)
pdf.line(LM + 20, 67, RM - 20, 67)
text_center(90, "SCALE OF ASSESSMENT FOR 2010", 13, "B")
pdf.set_font(FONT, "", 10)
pdf.text(LM, 228, "__________")
pdf.text(LM, 236, "The proposals in this document were examined by the Standing Committee on Programmes")
pdf.text(LM, 241, "and Finance at its Fourth Session, held on 12 and 13 May 2009.")
pdf.set_font(FONT, "B", 10)
y = 282
cols = ["EXECUTIVE COMMITTEE", "COMIT\u00c9 EX\u00c9CUTIF", "COMIT\u00c9 EJECUTIVO"]
pdf.text(LM, y, cols[0])
pdf.text(105 - pdf.get_string_width(cols[1]) / 2, y, cols[1])
pdf.text(RM - pdf.get_string_width(cols[2]), y, cols[2])

# ---------------------------------------------------------------- body
page_no = 1
y = page_header(page_no)
text_center(y + 4, "SCALE OF ASSESSMENT FOR 2010")
y += 16
pending_notes = []  # footnote markers placed on the current page


def notes_height(markers):
    if not markers:
        return 0.0
    h = 8.0
    for m in markers:
        h += len(footnote_lines(m)) * 4.4 + 1.0
    return h


def flush_notes():
    if not pending_notes:
        return
    h = notes_height(pending_notes)
    yy = BOTTOM - h + 6
    pdf.set_font(FONT, "", BODY_PT)
    pdf.text(LM, yy - 3, "__________")
    yy += 3
    for m in pending_notes:
        lines = footnote_lines(m)
        pdf.set_font(FONT, "", 6.5)
        pdf.text(LM, yy - 1.1, m)
        for x, toks in lines:
            pdf.set_font(FONT, "", 9)
            sp = pdf.get_string_width(" ")
            xx = x
            for i, tok in enumerate(toks):
                if i > 0 and tok[0]:
                    xx += sp
                pdf.text(xx, yy, tok[1][0][0])
                xx += pdf.get_string_width(tok[1][0][0])
            yy += 4.4
        yy += 1.0
    pending_notes.clear()


# footnote lines are measured at body size by wrap(); re-measure at 9 pt
def footnote_lines(marker):  # noqa: F811
    pdf.set_font(FONT, "", 9)
    space = pdf.get_string_width(" ")
    lines, cur, w = [], [], 0.0
    for word in FOOTNOTES[marker].split():
        ww = pdf.get_string_width(word)
        add = (space if cur else 0) + ww
        if cur and LM + 5 + w + add > RM:
            lines.append((LM + 5, cur))
            cur, w, add = [], 0.0, ww
        cur.append([True, [(word, False)]])
        w += add
    if cur:
        lines.append((LM + 5, cur))
    return lines


for kind, label, content in PARAS:
    if kind == "head":
        if y + 3 * LH > BOTTOM - notes_height(pending_notes):
            flush_notes()
            page_no += 1
            y = page_header(page_no) + 4
        pdf.set_font(FONT, "B", BODY_PT)
        pdf.text(LM, y, label)
        pdf.text(LM + 10, y, content)
        y += LH + 4
        continue
    if kind == "para":
        pdf.set_font(FONT, "", BODY_PT)
        pdf.text(LM, y, label)
        lines = wrap(content, LM + 10, LM)
    else:
        pdf.set_font(FONT, "", BODY_PT)
        pdf.text(LM + 10, y, label)
        lines = wrap(content, LM + 20, LM + 20)
    for x, toks in lines:
        new_marks = [s for t in toks for s, r in t[1] if r]
        need = LH + notes_height(pending_notes + new_marks)
        if y + need > BOTTOM + 4:
            flush_notes()
            page_no += 1
            y = page_header(page_no) + 4
        pending_notes.extend(draw_line(x, y, toks))
        y += LH
    y += 4
flush_notes()

# ---------------------------------------------------------------- annex table
TPT = 9
RH = 4.9
C_NAME = LM
C_UN = 118.0   # right edges
C_IOM = 150.0
C_CHF = RM


def table_head(y):
    pdf.set_font(FONT, "B", TPT)
    heads = [
        (C_UN, ["United Nations", "scale 2007-2009", "(%)"]),
        (C_IOM, ["Proposed", "IOM scale 2010", "(%)"]),
        (C_CHF, ["Assessment", "2010", "(CHF)"]),
    ]
    for right, lines in heads:
        for k, s in enumerate(lines):
            pdf.text(right - pdf.get_string_width(s), y + k * 4.2, s)
    pdf.text(C_NAME, y + 8.4, "Member State")
    pdf.set_line_width(0.2)
    pdf.line(LM, y - 4, RM, y - 4)
    pdf.line(LM, y + 10.5, RM, y + 10.5)
    return y + 16


def table_row(y, name, note, un, pct, chf, bold=False):
    pdf.set_font(FONT, "B" if bold else "", TPT)
    pdf.text(C_NAME, y, name)
    if note:
        x = C_NAME + pdf.get_string_width(name) + 0.4
        pdf.set_font(FONT, "", 6)
        pdf.text(x, y - 0.9, note)
        pdf.set_font(FONT, "B" if bold else "", TPT)
    for right, s in ((C_UN, un), (C_IOM, pct), (C_CHF, chf)):
        pdf.text(right - pdf.get_string_width(s), y, s)


apage = 1
y = page_header(apage, annex=True)
text_center(y + 2, "PROPOSED SCALE OF ASSESSMENT FOR 2010", 11, "B")
y = table_head(y + 16)
notes_h = 6 + len(TABLE_NOTES) * 5.0
for i, (name, un, note) in enumerate(STATES):
    last = i == len(STATES) - 1
    limit = BOTTOM - (RH * 2 + notes_h if last else 0)
    if y > limit:
        pdf.set_line_width(0.2)
        pdf.line(LM, y - 3.2, RM, y - 3.2)
        apage += 1
        y = page_header(apage, annex=True)
        y = table_head(y + 6)
    table_row(y, name, note, un, f"{iom[i]:.4f}", fmt_int(amounts[i]))
    y += RH
pdf.set_line_width(0.2)
pdf.line(LM, y - 3.2, RM, y - 3.2)
y += 2.0
table_row(y, "TOTAL", "", UN_TOTAL_S, "100.0000", fmt_int(BUDGET), bold=True)
pdf.line(LM, y + 1.8, RM, y + 1.8)
y += 10
for letter, text in TABLE_NOTES:
    pdf.set_font(FONT, "", 6.5)
    pdf.text(LM, y - 1.0, letter)
    pdf.set_font(FONT, "", 8.5)
    pdf.text(LM + 4, y, text)
    y += 5.0
assert y < 290, y
for _l, _t in TABLE_NOTES:
    pdf.set_font(FONT, '', 8.5)
    assert LM + 4 + pdf.get_string_width(_t) < RM, _t

pdf.output(OUT)
print("states", N_STATES, "UN total", UN_TOTAL_S, "factor", FACTOR_S, "pages", pdf.page_no(),
      "largest", STATES[largest][0], iom[largest], amounts[largest])
