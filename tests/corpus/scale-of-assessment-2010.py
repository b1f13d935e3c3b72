# -*- coding: utf-8 -*-
"""Builds scale-of-assessment-2010.pdf: SCPF/41, Proposed scale of assessment for the year 2011."""
import re
from fractions import Fraction as F
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

# name | UN rate 2010-2012 | UN rate 2007-2009 ("-" = not in the 2010 IOM scale)
DATA = """\
Afghanistan|0.004|0.001
Albania|0.010|0.006
Algeria|0.128|0.085
Angola|0.010|0.003
Argentina|0.287|0.325
Armenia|0.005|0.002
Australia|1.933|1.787
Austria|0.851|0.887
Azerbaijan|0.015|0.005
Bangladesh|0.010|0.010
Belarus|0.042|0.020
Belgium|1.075|1.102
Belize|0.001|0.001
Benin|0.003|0.001
Bolivia (Plurinational State of)|0.007|0.006
Bosnia and Herzegovina|0.014|0.006
Botswana|0.018|0.014
Brazil|1.611|0.876
Bulgaria|0.038|0.020
Burkina Faso|0.003|0.002
Burundi|0.001|-
Cambodia|0.003|0.001
Cameroon|0.011|0.009
Canada|3.207|2.977
Cape Verde|0.001|0.001
Central African Republic|0.001|0.001
Chad|0.002|0.001
Chile|0.236|0.161
Colombia|0.144|0.105
Comoros|0.001|-
Congo|0.003|0.001
Costa Rica|0.034|0.032
Côte d'Ivoire|0.010|0.009
Croatia|0.097|0.050
Cyprus|0.046|0.044
Czech Republic|0.349|0.281
Democratic Republic of the Congo|0.003|0.003
Denmark|0.736|0.739
Djibouti|0.001|0.001
Dominican Republic|0.042|0.024
Ecuador|0.040|0.021
Egypt|0.094|0.088
El Salvador|0.019|0.020
Estonia|0.040|0.016
Ethiopia|0.008|0.003
Fiji|0.004|-
Finland|0.566|0.564
France|6.123|6.301
Gabon|0.014|0.008
Gambia|0.001|0.001
Georgia|0.006|0.003
Germany|8.018|8.577
Ghana|0.006|0.004
Greece|0.691|0.596
Guatemala|0.028|0.032
Guinea|0.002|0.001
Guinea-Bissau|0.001|0.001
Haiti|0.003|0.002
Honduras|0.008|0.005
Hungary|0.291|0.244
India|0.534|0.450
Iran (Islamic Republic of)|0.233|0.180
Ireland|0.498|0.445
Israel|0.384|0.419
Italy|4.999|5.079
Jamaica|0.014|0.010
Japan|12.530|16.624
Jordan|0.014|0.012
Kazakhstan|0.076|0.029
Kenya|0.012|0.010
Kyrgyzstan|0.001|0.001
Latvia|0.038|0.018
Liberia|0.001|0.001
Libyan Arab Jamahiriya|0.129|0.062
Lithuania|0.065|0.031
Luxembourg|0.090|0.085
Madagascar|0.003|0.002
Mali|0.003|0.001
Malta|0.017|0.017
Mauritania|0.001|0.001
Mauritius|0.011|0.011
Mexico|2.356|2.257
Mongolia|0.002|0.001
Montenegro|0.004|0.001
Morocco|0.058|0.042
Mozambique|0.003|0.001
Nepal|0.006|0.003
Netherlands|1.855|1.873
New Zealand|0.273|0.256
Nicaragua|0.003|0.002
Niger|0.002|0.001
Nigeria|0.078|0.048
Norway|0.871|0.782
Pakistan|0.082|0.059
Panama|0.022|0.023
Paraguay|0.007|0.005
Peru|0.090|0.078
Philippines|0.090|0.078
Poland|0.828|0.501
Portugal|0.511|0.527
Republic of Korea|2.260|2.173
Republic of Moldova|0.002|0.001
Romania|0.177|0.070
Rwanda|0.001|0.001
Senegal|0.006|0.004
Serbia|0.037|0.021
Sierra Leone|0.001|0.001
Slovakia|0.142|0.063
Slovenia|0.103|0.096
Somalia|0.001|0.001
South Africa|0.385|0.290
Sri Lanka|0.019|0.016
Sudan|0.010|0.010
Sweden|1.064|1.071
Switzerland|1.130|1.216
Tajikistan|0.002|0.001
Thailand|0.209|0.186
the former Yugoslav Republic of Macedonia|0.007|0.005
Togo|0.001|0.001
Tunisia|0.030|0.031
Turkey|0.617|0.381
Uganda|0.006|0.003
Ukraine|0.087|0.045
United Kingdom of Great Britain and Northern Ireland|6.604|6.642
United Republic of Tanzania|0.008|0.006
United States of America|22.000|22.000
Uruguay|0.027|0.027
Venezuela (Bolivarian Republic of)|0.314|0.200
Viet Nam|0.033|0.024
Yemen|0.010|0.007
Zambia|0.004|0.001
Zimbabwe|0.003|0.008"""

NEW_MEMBERS = ("Burundi", "Comoros", "Fiji")
BUDGET = 39418000
MINIMUM = F(10, 1000)


def load_rows():
    rows = []
    for line in DATA.splitlines():
        name, a, b = line.split("|")
        rows.append((name, F(a), None if b == "-" else F(b)))
    return rows


def equalize(vals):
    """Adjust UN rates of the IOM membership to 100 per cent with a minimum rate."""
    floor = set()
    while True:
        rest = 100 - MINIMUM * len(floor)
        s = sum(v for k, v in vals.items() if k not in floor)
        res = {k: (MINIMUM if k in floor else v * rest / s) for k, v in vals.items()}
        below = {k for k, r in res.items() if r < MINIMUM}
        if not below - floor:
            return res
        floor |= below


def to_thousandths(res):
    r = {k: round(float(v) * 1000) for k, v in res.items()}
    diff = 100000 - sum(r.values())
    r[max(r, key=r.get)] += diff
    return r


ROWS = load_rows()
RATE_2011 = to_thousandths(equalize({n: a for n, a, b in ROWS}))
RATE_2010 = to_thousandths(equalize({n: b for n, a, b in ROWS if b is not None}))
AMOUNT = {n: round(RATE_2011[n] * BUDGET / 100000) for n in RATE_2011}
AMOUNT[max(AMOUNT, key=AMOUNT.get)] += BUDGET - sum(AMOUNT.values())


def pct(t):
    return "%d.%03d" % divmod(t, 1000)


def chf(v):
    return "{:,}".format(v)


# ---------------------------------------------------------------- text ---
SYMBOL = "SCPF/41"
TITLE_1 = "PROPOSED SCALE OF ASSESSMENT"
TITLE_2 = "FOR THE YEAR 2011"

FOOTNOTES = {
    1: "Resolution No. 1150 of 7 June 2007, Annex, paragraph 3(c). Until 2007 this function was performed by "
       "the Sub-Committee on Budget and Finance, which the Standing Committee replaced.",
    2: "The minimum rate was raised from 0.007 to 0.010 per cent with effect from 2005 and has not been "
       "changed since.",
    3: "United Nations General Assembly resolution 64/248 of 24 December 2009 on the scale of assessments "
       "for the apportionment of the expenses of the United Nations.",
    4: "The scale for 2010 was approved at the 466th meeting of the Council and the three admission "
       "resolutions were adopted at its 468th meeting.",
    5: "The Programme and Budget for 2011 (MC/2302) will be presented to the Standing Committee at its "
       "Seventh Session in the autumn of 2010.",
    6: "Calculated on an Administrative Part of the Budget of CHF 39,418,000 (see paragraph 11) and rounded "
       "to the nearest franc; the rounding difference has been applied to the largest assessment.",
    7: "Admitted on 25 November 2009 and assessed for 2010 at the minimum rate outside the scale "
       "(see paragraph 8).",
}

# body blocks: ("runtitle",), ("heading", num, text), ("para", num, text), ("item", label, text),
# ("bullet", text); footnote markers written {n}
BODY = [
    ("runtitle", TITLE_1 + " " + TITLE_2),
    ("heading", "I.", "INTRODUCTION"),
    ("para", "1.", "The expenditure of the Administrative Part of the Budget is met from cash contributions "
     "assessed on Member States in the proportions laid down in a scale of assessment agreed upon by the "
     "Council, as provided in Article 25, paragraph 2, of the Constitution. The scale is reviewed every "
     "year so that it reflects both the membership of the Organization at the time the budget is drawn up "
     "and any revision of the scale of assessments of the United Nations from which it is derived."),
    ("para", "2.", "Under its terms of reference, the Standing Committee on Programmes and Finance examines "
     "the proposed scale and makes a recommendation on it to the Council.{1} The Administration therefore "
     "submits to the Committee at its spring session the scale for the following year, so that Member "
     "States know the level of their assessed contributions well before the Programme and Budget for that "
     "year is finalized."),
    ("para", "3.", "This document sets out the basis on which the proposed scale for 2011 has been "
     "calculated (Chapter II), the changes in membership since the current scale was adopted "
     "(Chapter III) and the effect of the proposal on the contributions of individual Member States "
     "(Chapter IV). The proposed scale itself, together with the corresponding assessments in Swiss "
     "francs, is reproduced in the table at the end of the document."),
    ("heading", "II.", "BASIS FOR THE CALCULATION OF THE SCALE"),
    ("para", "4.", "Since 2005 the IOM scale has been derived from the United Nations scale of assessments "
     "in accordance with Council Resolution No. 1103 (LXXXVIII) of 30 November 2004, which established "
     "the principle of full equalization between the two scales. The calculation is made in three "
     "stages:"),
    ("item", "(a)", "the rate assigned by the United Nations to each IOM Member State is taken as the "
     "starting figure;"),
    ("item", "(b)", "the starting figures are increased proportionately so that together they total "
     "100 per cent, since several States Members of the United Nations are not members of IOM and "
     "their share has to be spread over the IOM membership; and"),
    ("item", "(c)", "a Member State whose adjusted rate would fall below the minimum of 0.010 per cent is "
     "assessed at that minimum,{2} the difference being absorbed proportionately by the other Member "
     "States."),
    ("para", "5.", "On 24 December 2009 the United Nations General Assembly adopted a new scale of "
     "assessments for the period 2010-2012, replacing the scale that had applied from 2007 to "
     "2009.{3} The current IOM scale, approved by the Council through Resolution No. 1176 of "
     "24 November 2009 on the basis of document SCPF/27, was necessarily calculated on the earlier "
     "United Nations scale, the new one not being known at the time. The proposal for 2011 is thus the "
     "first IOM scale to take the United Nations rates for 2010-2012 into account."),
    ("para", "6.", "The revised United Nations scale is based on more recent statistics of gross national "
     "income and on a new base period for the debt-burden adjustment. The rates of several large "
     "contributors have changed markedly as a result: the United Nations rate of Japan fell from 16.624 "
     "to 12.530 per cent, for example, while that of Brazil rose from 0.876 to 1.611 per cent. These "
     "movements are carried over into the IOM scale in the same proportion."),
    ("para", "7.", "No ceiling is applied to the IOM scale beyond the one built into the United Nations "
     "scale itself. The share of the largest contributor is therefore higher in the IOM scale than in the "
     "United Nations scale (24.628 per cent against 22.000 per cent), by the effect of the equalization "
     "described in paragraph 4(b)."),
    ("heading", "III.", "MEMBERSHIP CHANGES SINCE THE ADOPTION OF THE 2010 SCALE"),
    ("para", "8.", "At its Ninety-eighth Session the Council admitted Burundi, the Comoros and Fiji as "
     "Member States through Resolutions Nos. 1180, 1181 and 1182 of 25 November 2009, that is, on the day "
     "after the scale for 2010 had been approved.{4} Each of those resolutions fixed the contribution of "
     "the new Member State for 2010 at the minimum rate, outside the scale. The three States appear in "
     "the scale for the first time in the proposal for 2011, which accordingly covers 132 Member States, "
     "against 129 in the scale for 2010."),
    ("para", "9.", "Applications for membership from two further States are expected to come before the "
     "Council at its Ninety-ninth Session. Should they be approved, the new Member States would be "
     "assessed for 2011 on the terms of the resolutions admitting them, and the scale set out below "
     "would not be recalculated before the scale for 2012 is drawn up."),
    ("para", "10.", "Member States whose voting rights are suspended under Article 4 of the Constitution "
     "remain in the scale, and their assessments continue to accrue. The situation of each Member State "
     "with regard to its outstanding contributions is reported separately in the status report on "
     "outstanding contributions to the Administrative Part of the Budget (SCPF/36)."),
    ("heading", "IV.", "EFFECT OF THE PROPOSED SCALE"),
    ("para", "11.", "The Administration intends to propose an Administrative Part of the Budget for 2011 "
     "of CHF 39,418,000, the same amount as that approved for 2010 in the Programme and Budget for 2010 "
     "(MC/2276).{5} The amounts shown in the last column of the table have been calculated on that basis "
     "and are given for information only; they will be revised should the Council approve a different "
     "level for the Administrative Part of the Budget."),
    ("para", "12.", "Compared with the scale for 2010, the proposal results in:"),
    ("bullet", "a decrease in the rate of 11 Member States;"),
    ("bullet", "an increase in the rate of 66 Member States; and"),
    ("bullet", "no change for 52 Member States, 45 of which are assessed at the minimum rate in both years."),
    ("para", "13.", "By far the largest decrease concerns Japan, whose share falls from 18.258 to 14.028 per "
     "cent, followed by Germany (from 9.420 to 8.976 per cent) and Switzerland (from 1.336 to 1.265 per "
     "cent). The largest increases in relative terms are those of Brazil, whose share rises from 0.962 to "
     "1.804 per cent, of Poland (from 0.550 to 0.927 per cent) and of Turkey (from 0.418 to 0.691 per "
     "cent). The Administration stands ready to discuss with any Member State facing a substantial "
     "increase the timing of its payments within the financial year, bearing in mind that contributions "
     "are due in full on 1 January of the year to which they relate."),
    ("uheading", "ACTION REQUESTED OF THE STANDING COMMITTEE"),
    ("para", "14.", "The Standing Committee is invited to review the proposed scale of assessment for 2011 "
     "shown in the following table and to recommend that the Council approve it at its Ninety-ninth "
     "Session, together with the Programme and Budget for 2011."),
]

# -------------------------------------------------------------- layout ---
PAGE_W, PAGE_H = A4
LM, RM = 72.0, PAGE_W - 72.0
TEXT_W = RM - LM
BODY_FONT, BOLD_FONT = "Times-Roman", "Times-Bold"
SIZE, LEAD = 11.0, 13.4
FN_SIZE, FN_LEAD = 9.0, 10.6
SUP_SIZE, SUP_RISE = 6.5, 4.0
TOP_Y = PAGE_H - 84.0
BOTTOM_Y = 64.0
PARA_GAP = 12.0
MARK = re.compile(r"\{(\d+)\}")


def split_word(tok):
    """'Council.{1}' -> ('Council.', ['1'])"""
    marks = MARK.findall(tok)
    return MARK.sub("", tok), marks


def word_width(tok, font, size):
    text, marks = split_word(tok)
    w = stringWidth(text, font, size)
    for m in marks:
        w += stringWidth(m, font, SUP_SIZE * size / SIZE) + 0.5
    return w


def wrap(text, font, size, first_w, other_w):
    words = text.split()
    lines, cur, cur_w = [], [], 0.0
    space = stringWidth(" ", font, size)
    for w in words:
        ww = word_width(w, font, size)
        limit = first_w if not lines else other_w
        if cur and cur_w + space + ww > limit:
            lines.append(cur)
            cur, cur_w = [w], ww
        else:
            cur_w = cur_w + (space if cur else 0) + ww
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


def draw_words(c, words, x, y, width, font, size, justify):
    widths = [word_width(w, font, size) for w in words]
    space = stringWidth(" ", font, size)
    if justify and len(words) > 1:
        gap = (width - sum(widths)) / (len(words) - 1)
    else:
        gap = space
    for w, ww in zip(words, widths):
        text, marks = split_word(w)
        c.setFont(font, size)
        c.drawString(x, y, text)
        mx = x + stringWidth(text, font, size) + 0.5
        for m in marks:
            sup = SUP_SIZE * size / SIZE
            c.setFont(font, sup)
            c.drawString(mx, y + SUP_RISE * size / SIZE, m)
            mx += stringWidth(m, font, sup)
        x += ww + gap


class Doc:
    def __init__(self, path):
        self.c = canvas.Canvas(path, pagesize=A4, invariant=1)
        self.c.setTitle("SCPF/41 - Proposed scale of assessment for the year 2011")
        self.c.setAuthor("International Organization for Migration")
        self.page_no = 0          # body page number (cover is unnumbered)
        self.y = None
        self.page_notes = []      # footnote numbers on the current page
        self.bottom = BOTTOM_Y

    # -- page furniture
    def running_header(self):
        c = self.c
        c.setFont(BODY_FONT, 10)
        c.drawRightString(RM, PAGE_H - 42, SYMBOL)
        c.drawRightString(RM, PAGE_H - 54, "Page %d" % self.page_no)

    def new_page(self):
        if self.y is not None:
            self.finish_page()
        self.page_no += 1
        self.running_header()
        self.y = TOP_Y
        self.page_notes = []

    def finish_page(self):
        self.draw_footnotes()
        self.c.showPage()

    # -- footnotes
    def note_lines(self, n):
        return wrap(FOOTNOTES[n], BODY_FONT, FN_SIZE, TEXT_W - 10, TEXT_W - 10)

    def notes_height(self, notes):
        if not notes:
            return 0.0
        h = 14.0
        for n in notes:
            h += len(self.note_lines(n)) * FN_LEAD + 1.5
        return h

    def draw_footnotes(self):
        if not self.page_notes:
            return
        c = self.c
        h = self.notes_height(self.page_notes)
        top = self.bottom + h
        c.setLineWidth(0.5)
        c.line(LM, top - 2, LM + 144, top - 2)
        y = top - 14.0
        for n in self.page_notes:
            c.setFont(BODY_FONT, 6.0)
            c.drawString(LM, y + 3.2, str(n))
            for i, ln in enumerate(self.note_lines(n)):
                last = i == len(self.note_lines(n)) - 1
                draw_words(c, ln, LM + 10, y, TEXT_W - 10, BODY_FONT, FN_SIZE, not last)
                y -= FN_LEAD
            y -= 1.5

    # -- flowing text
    def fits(self, height, new_notes=()):
        notes = self.page_notes + [n for n in new_notes if n not in self.page_notes]
        return self.y - height >= self.bottom + self.notes_height(notes) + 2

    def text_block(self, label, label_x, text, first_x, other_x, font=BODY_FONT, gap_before=PARA_GAP):
        first_w = RM - first_x
        other_w = RM - other_x
        lines = wrap(text, font, SIZE, first_w, other_w)
        if self.y != TOP_Y:
            self.y -= gap_before
        for i, ln in enumerate(lines):
            notes = [int(m) for w in ln for m in split_word(w)[1]]
            if not self.fits(LEAD, notes):
                self.new_page()
            self.y -= LEAD
            for n in notes:
                if n not in self.page_notes:
                    self.page_notes.append(n)
            if i == 0 and label:
                self.c.setFont(font, SIZE)
                self.c.drawString(label_x, self.y, label)
            x = first_x if i == 0 else other_x
            draw_words(self.c, ln, x, self.y, RM - x, font, SIZE, i < len(lines) - 1)

    def heading(self, num, text):
        if not self.fits(LEAD * 4 + 14):
            self.new_page()
        self.y -= 14
        self.y -= LEAD
        self.c.setFont(BOLD_FONT, SIZE)
        if num:
            self.c.drawString(LM, self.y, num)
            self.c.drawString(LM + 36, self.y, text)
        else:
            self.c.drawString(LM, self.y, text)
        self.y -= 2

    def body(self):
        self.new_page()
        for blk in BODY:
            kind = blk[0]
            if kind == "runtitle":
                self.y -= LEAD
                self.c.setFont(BODY_FONT, SIZE)
                self.c.drawCentredString(PAGE_W / 2, self.y, blk[1])
                self.y -= 6
            elif kind == "heading":
                self.heading(blk[1], blk[2])
            elif kind == "uheading":
                self.heading(None, blk[1])
            elif kind == "para":
                self.text_block(blk[1], LM, blk[2], LM + 36, LM)
            elif kind == "item":
                self.text_block(blk[1], LM + 36, blk[2], LM + 64, LM + 64, gap_before=5)
            elif kind == "bullet":
                self.text_block("\u2022", LM + 40, blk[1], LM + 56, LM + 56, gap_before=4)

    # -- cover page
    def cover(self):
        c = self.c
        c.setFont(BOLD_FONT, 11)
        c.drawRightString(RM, PAGE_H - 60, SYMBOL)
        c.setFont(BODY_FONT, 11)
        c.drawRightString(RM, PAGE_H - 74, "Original: English")
        c.drawRightString(RM, PAGE_H - 88, "15 April 2010")
        cx = PAGE_W / 2
        c.setFont(BOLD_FONT, 12)
        c.drawCentredString(cx, 560, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE")
        c.drawCentredString(cx, 543, "SIXTH SESSION")
        c.setFont(BODY_FONT, 12)
        c.drawCentredString(cx, 520, "4-5 May 2010")
        c.setLineWidth(1.2)
        c.line(LM, 492, RM, 492)
        c.setFont(BOLD_FONT, 14)
        c.drawCentredString(cx, 440, TITLE_1)
        c.drawCentredString(cx, 410, TITLE_2)
        # cover note under a short rule
        c.setLineWidth(0.5)
        c.line(LM, 214, LM + 144, 214)
        note = ("This document is submitted for review to the Standing Committee on Programmes and Finance "
                "at its Sixth Session and, with the Committee's recommendation, to the Council at its "
                "Ninety-ninth Session for approval.")
        y = 198
        lines = wrap(note, BODY_FONT, 10, TEXT_W, TEXT_W)
        for i, ln in enumerate(lines):
            draw_words(c, ln, LM, y, TEXT_W, BODY_FONT, 10, i < len(lines) - 1)
            y -= 12
        # trilingual footer
        c.setLineWidth(0.8)
        c.line(LM, 92, RM, 92)
        c.setFont(BOLD_FONT, 8)
        cols = [(LM, ["STANDING COMMITTEE ON", "PROGRAMMES AND FINANCE"]),
                (cx, ["COMIT\u00c9 PERMANENT DES", "PROGRAMMES ET DES FINANCES"]),
                (RM, ["COMIT\u00c9 PERMANENTE DE", "PROGRAMAS Y FINANZAS"])]
        for x, lns in cols:
            for i, ln in enumerate(lns):
                yy = 78 - i * 10
                if x == LM:
                    c.drawString(x, yy, ln)
                elif x == RM:
                    c.drawRightString(x, yy, ln)
                else:
                    c.drawCentredString(x, yy, ln)
        c.showPage()

    # -- the scale
    def table(self):
        c = self.c
        T_SIZE, T_LEAD = 8.5, 9.2
        NAME_W = 178.0
        COLS = [330.0, 425.0, RM]
        caption = "PROPOSED SCALE OF ASSESSMENT FOR 2011"

        def header(first):
            self.y = TOP_Y + 8
            c.setFont(BOLD_FONT, 10)
            c.drawCentredString(PAGE_W / 2, self.y - LEAD, caption if first else caption + " (continued)")
            self.y -= LEAD + 6
            c.setLineWidth(0.6)
            c.line(LM, self.y, RM, self.y)
            heads = [("Scale", "for 2010", "%"), ("Proposed scale", "for 2011", "%"),
                     ("Assessment", "for 2011", "CHF")]
            c.setFont(BOLD_FONT, T_SIZE)
            for row in range(3):
                yy = self.y - 10 - row * T_LEAD
                for edge, h in zip(COLS, heads):
                    c.drawRightString(edge, yy, h[row])
                if row == 2:
                    c.drawString(LM, yy, "Member States")
                    if first:
                        c.setFont(BOLD_FONT, 6)
                        c.drawString(RM + 1, yy + 3.5, "6")
                        self.page_notes.append(6)
                        c.setFont(BOLD_FONT, T_SIZE)
            self.y -= 10 + 2 * T_LEAD + 4
            c.line(LM, self.y, RM, self.y)
            self.y -= 2

        self.new_page()
        self.bottom = BOTTOM_Y - 8
        header(True)
        body_rows = []
        for name, _, _ in ROWS:
            lines = wrap(name, BODY_FONT, T_SIZE, NAME_W, NAME_W - 8)
            body_rows.append((name, [" ".join(l) for l in lines]))
        for name, lines in body_rows:
            needs = [7] if name in NEW_MEMBERS else []
            h = T_LEAD * len(lines)
            if not self.fits(h, needs):
                self.new_page()
                header(False)
            for n in needs:
                if n not in self.page_notes:
                    self.page_notes.append(n)
            for i, ln in enumerate(lines):
                self.y -= T_LEAD
                c.setFont(BODY_FONT, T_SIZE)
                x = LM if i == 0 else LM + 8
                c.drawString(x, self.y, ln)
                if i == len(lines) - 1:
                    if needs:
                        c.setFont(BODY_FONT, 6)
                        c.drawString(x + stringWidth(ln, BODY_FONT, T_SIZE) + 0.5, self.y + 3.5, "7")
                        c.setFont(BODY_FONT, T_SIZE)
                    old = pct(RATE_2010[name]) if name in RATE_2010 else "\u2013"
                    for edge, v in zip(COLS, [old, pct(RATE_2011[name]), chf(AMOUNT[name])]):
                        c.drawRightString(edge, self.y, v)
        if not self.fits(T_LEAD * 2 + 8):
            self.new_page()
            header(False)
        self.y -= 4
        c.setLineWidth(0.6)
        c.line(LM, self.y, RM, self.y)
        self.y -= T_LEAD + 1
        c.setFont(BOLD_FONT, T_SIZE)
        c.drawString(LM, self.y, "TOTAL")
        totals = [pct(sum(RATE_2010.values())), pct(sum(RATE_2011.values())), chf(sum(AMOUNT.values()))]
        for edge, v in zip(COLS, totals):
            c.drawRightString(edge, self.y, v)
        self.y -= 4
        c.line(LM, self.y, RM, self.y)

    def build(self):
        self.cover()
        self.body()
        self.table()
        self.finish_page()
        self.c.save()


if __name__ == "__main__":
    assert sum(AMOUNT.values()) == BUDGET
    assert sum(RATE_2011.values()) == 100000 and sum(RATE_2010.values()) == 100000
    Doc("scale-of-assessment-2010.pdf").build()
