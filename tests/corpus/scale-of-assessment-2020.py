"""Draws scale-of-assessment-2020.pdf (S/27/4, Scale of assessment for 2021) with reportlab."""
from decimal import Decimal as D, ROUND_HALF_UP
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = "scale-of-assessment-2020.pdf"
SYMBOL = "S/27/4"
W, H = A4
LM, RM = 64, W - 64
TOP, BOTTOM = H - 60, 62
FONT, BOLD, ITAL = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
FS, LEAD = 10, 12.6
FNS, FNLEAD = 8.5, 10.5

# ---------------------------------------------------------------- figures
DATA = [
    ("Afghanistan", "0.007"), ("Albania", "0.008"), ("Algeria", "0.138"), ("Angola", "0.010"),
    ("Argentina", "0.915"), ("Armenia", "0.007"), ("Australia", "2.210"), ("Austria", "0.677"),
    ("Azerbaijan", "0.049"), ("Bangladesh", "0.010"), ("Belgium", "0.821"),
    ("Bolivia (Plurinational State of)", "0.016"), ("Brazil", "2.948"), ("Brunei Darussalam", "0.025"),
    ("Bulgaria", "0.046"), ("Burkina Faso", "0.003"), ("Cambodia", "0.006"), ("Cameroon", "0.013"),
    ("Canada", "2.734"), ("Chile", "0.407"), ("China", "12.005"), ("Colombia", "0.288"),
    ("Cook Islands", None), ("Costa Rica", "0.062"), ("C\u00f4te d\u2019Ivoire", "0.013"),
    ("Croatia", "0.077"), ("Cyprus", "0.036"), ("Czechia", "0.311"), ("Denmark", "0.554"),
    ("Ecuador", "0.080"), ("Egypt", "0.186"), ("Estonia", "0.039"), ("Ethiopia", "0.010"),
    ("Finland", "0.421"), ("France", "4.427"), ("Germany", "6.090"), ("Ghana", "0.015"),
    ("Greece", "0.366"), ("Guatemala", "0.036"), ("Holy See", None), ("Hungary", "0.206"),
    ("India", "0.834"), ("Indonesia", "0.543"), ("Ireland", "0.371"), ("Israel", "0.490"),
    ("Italy", "3.307"), ("Japan", "8.564"), ("Jordan", "0.021"), ("Kenya", "0.024"),
    ("Lebanon", "0.047"), ("Lithuania", "0.071"), ("Luxembourg", "0.067"), ("Mexico", "1.292"),
    ("Morocco", "0.055"), ("Netherlands", "1.356"), ("New Zealand", "0.291"), ("Nigeria", "0.250"),
    ("Norway", "0.754"), ("Oman", "0.115"), ("Pakistan", "0.115"), ("Peru", "0.152"),
    ("Philippines", "0.205"), ("Poland", "0.802"), ("Portugal", "0.350"), ("Republic of Korea", "2.267"),
    ("Romania", "0.198"), ("Russian Federation", "2.405"), ("Senegal", "0.007"), ("Serbia", "0.028"),
    ("Slovakia", "0.153"), ("South Africa", "0.272"), ("Spain", "2.146"), ("Sri Lanka", "0.044"),
    ("Sweden", "0.906"), ("Switzerland", "1.151"), ("Thailand", "0.307"), ("Tunisia", "0.025"),
    ("Turkey", "1.371"), ("Uganda", "0.008"), ("Ukraine", "0.057"),
    ("United Kingdom of Great Britain and Northern Ireland", "4.567"),
    ("United Republic of Tanzania", "0.010"), ("United States of America", "22.000"),
    ("Uruguay", "0.087"), ("Venezuela (Bolivarian Republic of)", "0.728"), ("Viet Nam", "0.077"),
    ("Zambia", "0.009"), ("Zimbabwe", "0.005"),
]
NEW = {"Brunei Darussalam", "Oman"}
NONUN = {"Cook Islands", "Holy See"}
MIN, MAX = D("0.0050"), D("22.0000")
BUDGET_2020, BUDGET_2021 = 52721000, 53146000


def scale(members):
    un = {n: D(r) for n, r in members if r}
    fixed = {n: MIN for n, r in members if not r}
    free = dict(un)
    while True:
        factor = (D(100) - sum(fixed.values())) / sum(free.values())
        moved = False
        for n, u in list(free.items()):
            if u * factor < MIN:
                fixed[n] = MIN; del free[n]; moved = True
            elif u * factor > MAX:
                fixed[n] = MAX; del free[n]; moved = True
        if not moved:
            break
    q = D("0.0001")
    rates = {n: (u * factor).quantize(q, ROUND_HALF_UP) for n, u in free.items()}
    rates.update(fixed)
    rates["China"] += D(100) - sum(rates.values())      # rounding absorbed by China
    return rates, factor, sum(un.values())


R21, F21, S21 = scale(DATA)
R20, F20, S20 = scale([x for x in DATA if x[0] not in NEW])
AMT = {n: int((r * BUDGET_2021 / 100).quantize(D(1), ROUND_HALF_UP)) for n, r in R21.items()}
AMT["China"] += BUDGET_2021 - sum(AMT.values())
assert sum(R21.values()) == 100 and sum(R20.values()) == 100 and sum(AMT.values()) == BUDGET_2021

# ---------------------------------------------------------------- body text
# "^n" after a word = raised footnote marker n
BODY = [
    ("h", "Introduction"),
    ("p", "1", "Under Article 25 of the Constitution, the Administrative Part of the Budget is financed by "
     "cash contributions from Member States, assessed in accordance with a scale agreed by the Council. "
     "This document sets out the scale of assessment proposed for 2021, which will apply to the "
     "Administrative Part of the Budget of CHF 53,146,000 presented in the Programme and Budget for 2021 "
     "(C/111/6)."),
    ("p", "2", "The scale for 2020 was adopted by the Council in Resolution No. 1379 of 28 November 2019, on "
     "the recommendation made by the Standing Committee at its Twenty-fifth Session (S/25/11). For ease of "
     "comparison, the rates adopted for 2020 are shown alongside those proposed for 2021 in the Annex."),
    ("h", "Basis of the scale"),
    ("p", "3", "Since 2012, in accordance with Resolution No. 1224 of 26 November 2011, the IOM scale of "
     "assessment has been derived from the scale of assessments for the apportionment of the expenses of "
     "the United Nations. The United Nations rates for the period 2019\u20132021 were adopted by the General "
     "Assembly in its resolution 73/271.^1 As that scale remains unchanged over the three-year period, the "
     "differences between the IOM rates for 2020 and those for 2021 result solely from changes in the "
     "membership of the Organization."),
    ("p", "4", "The IOM rates are calculated in three steps:"),
    ("i", "(a)", "the United Nations rate of each Member State is taken as the starting point;"),
    ("i", "(b)", "the minimum and maximum rates described in paragraphs 6 and 7 below are applied to the "
     "Member States concerned; and"),
    ("i", "(c)", "the rates of all other Member States are multiplied by a single equalization factor, so "
     "that the rates of the membership as a whole add up to 100 per cent."),
    ("p", "5", "The main elements of the calculation for 2020 and 2021 are compared in the following table."),
    ("t1",),
    ("h", "Minimum and maximum rates"),
    ("p", "6", "The minimum rate is maintained at 0.0050 per cent. Three Member States will be assessed at "
     "that rate in 2021: Burkina Faso, whose equalized United Nations rate (0.0032 per cent) falls below "
     "the minimum, and the two Member States that are not members of the United Nations (see paragraph 10)."),
    ("p", "7", "The maximum rate is set at 22.0000 per cent, which corresponds to the ceiling of the United "
     "Nations scale. Without that ceiling, equalization would have raised the rate of the United States of "
     "America to 23.1123 per cent. The difference of 1.1123 per cent has been redistributed among the other "
     "Member States through the equalization factor.^2"),
    ("h", "New Member States"),
    ("p", "8", "Since the adoption of the 2020 scale, the Council has admitted Brunei Darussalam and Oman as "
     "Member States, through Resolutions Nos. 1384 and 1385 of 2 June 2020. Their rates appear in the scale "
     "for the first time in 2021 and are identified by note a in the Annex."),
    ("p", "9", "In accordance with established practice, the two new Member States will be assessed for the "
     "period from 1 July to 31 December 2020 on the basis of their rates for 2021, that is, CHF 7,012 for "
     "Brunei Darussalam and CHF 32,318 for Oman. These amounts, totalling CHF 39,330, will be recorded as "
     "miscellaneous income and do not modify the scale for 2020."),
    ("p", "10", "The Cook Islands and the Holy See are not Member States of the United Nations and therefore "
     "have no rate in the United Nations scale. In line with the approach followed since their admission, "
     "both are assessed at the minimum rate (note b in the Annex)."),
    ("h", "Assessed contributions for 2021"),
    ("p", "11", "The assessed contribution of each Member State for 2021 is obtained by applying its rate to "
     "the Administrative Part of the Budget of CHF 53,146,000, and is shown in the last column of the Annex. "
     "Contributions are due in full on 1 January 2021.^3"),
    ("p", "12", "Rates are shown to four decimal places and amounts are rounded to the nearest Swiss franc. "
     "Rounding differences have been absorbed in the rate and assessment of China, the Member State with "
     "the highest rate below the ceiling."),
    ("h", "Action requested of the Standing Committee"),
    ("p", "13", "The Standing Committee is invited to:"),
    ("i", "(a)", "take note of the method used to calculate the scale of assessment for 2021;"),
    ("i", "(b)", "recommend to the Council that it adopt the scale of assessment for 2021 set out in the Annex "
     "to this document; and"),
    ("i", "(c)", "recommend to the Council that the assessed contributions of Member States to the "
     "Administrative Part of the Budget for 2021 be established on the basis of that scale."),
]
FOOTNOTES = {
    "1": "General Assembly resolution 73/271 of 22 December 2018 on the scale of assessments for the "
         "apportionment of the expenses of the United Nations.",
    "2": "The same ceiling was applied in calculating the scale for 2020; see document S/25/11, paragraph 8.",
    "3": "Information on contributions outstanding at 30 September 2020 is provided in the status report on "
         "outstanding contributions to the Administrative Part of the Budget (S/27/3).",
}

T1_ROWS = [
    ("Member States included in the scale", "86", "88"),
    ("Sum of United Nations rates (%)", f"{S20:.3f}", f"{S21:.3f}"),
    ("Member States at the minimum rate", "3", "3"),
    ("Member States at the maximum rate", "1", "1"),
    ("Equalization factor", f"{F20:.6f}", f"{F21:.6f}"),
    ("Administrative Part of the Budget (CHF)", f"{BUDGET_2020:,}", f"{BUDGET_2021:,}"),
]


# ---------------------------------------------------------------- helpers
def tokens(text):
    out = []
    for w in text.split(" "):
        m = None
        if "^" in w:
            w, m = w.split("^")
        out.append((w, m))
    return out


def tw(tok, fs):
    w, m = tok
    return stringWidth(w, FONT, fs) + (stringWidth(m, FONT, fs * 0.62) if m else 0)


def wrap(text, first_w, rest_w, fs=FS):
    toks, lines, cur, cw = tokens(text), [], [], 0
    sp = stringWidth(" ", FONT, fs)
    for t in toks:
        width = first_w if not lines else rest_w
        add = tw(t, fs) + (sp if cur else 0)
        if cur and cw + add > width:
            lines.append(cur); cur, cw = [t], tw(t, fs)
        else:
            cur.append(t); cw += add
    if cur:
        lines.append(cur)
    return lines


def draw_line(c, x, y, toks, fs=FS, font=FONT, justify_w=None):
    sp = stringWidth(" ", font, fs)
    extra = 0
    if justify_w and len(toks) > 1:
        natural = sum(tw(t, fs) for t in toks) + sp * (len(toks) - 1)
        extra = (justify_w - natural) / (len(toks) - 1)
    for t in toks:
        w, m = t
        c.setFont(font, fs)
        c.drawString(x, y, w)
        x += stringWidth(w, font, fs)
        if m:
            c.setFont(font, fs * 0.62)
            c.drawString(x + 0.3, y + fs * 0.38, m)
            x += stringWidth(m, font, fs * 0.62) + 0.3
        x += sp + extra


class Doc:
    def __init__(self):
        self.c = canvas.Canvas(OUT, pagesize=A4)
        self.c.setTitle("Scale of assessment for 2021")
        self.c.setAuthor("International Organization for Migration")
        self.page = 1
        self.annex_page = 0
        self.notes = []
        self.y = None

    def header(self):
        c = self.c
        c.setFont(FONT, 10)
        if self.annex_page:
            c.drawRightString(RM, H - 45, SYMBOL)
            c.drawRightString(RM, H - 57, "Annex")
            c.drawRightString(RM, H - 69, f"Page {self.annex_page}")
            self.y = H - 105
        else:
            c.drawRightString(RM, H - 45, SYMBOL)
            c.drawRightString(RM, H - 57, f"Page {self.page}")
            self.y = H - 95

    def note_height(self, keys):
        h = 0
        for k in keys:
            h += len(wrap(FOOTNOTES[k], RM - LM - 14, RM - LM - 14, FNS)) * FNLEAD + 2
        return h + 14 if h else 0

    def limit(self, extra=()):
        return BOTTOM + self.note_height(self.notes + list(extra))

    def flush_notes(self):
        c = self.c
        if self.notes:
            y = BOTTOM + self.note_height(self.notes) - 6
            c.setLineWidth(0.5)
            c.line(LM, y, LM + 144, y)
            y -= 12
            for k in self.notes:
                c.setFont(FONT, FNS * 0.7)
                c.drawString(LM, y + 3.5, k)
                for ln in wrap(FOOTNOTES[k], RM - LM - 14, RM - LM - 14, FNS):
                    draw_line(c, LM + 14, y, ln, FNS)
                    y -= FNLEAD
                y -= 2
        self.notes = []

    def new_page(self, annex=False):
        self.flush_notes()
        self.c.showPage()
        self.page += 1
        if annex or self.annex_page:
            self.annex_page += 1
        self.header()

    def need(self, h, extra=()):
        if self.y - h < self.limit(extra):
            self.new_page()

    def heading(self, text):
        self.need(LEAD * 3.2)
        self.y -= 6
        self.c.setFont(BOLD, FS)
        self.c.drawString(LM, self.y, text)
        self.y -= LEAD * 1.6

    def block(self, label, text, label_x, first_x, rest_x, gap=0.8):
        width = RM - rest_x
        lines = wrap(text, RM - first_x, width)
        for i, ln in enumerate(lines):
            marks = [m for _, m in ln if m]
            self.need(LEAD, marks)
            x = first_x if i == 0 else rest_x
            if i == 0 and label:
                self.c.setFont(FONT, FS)
                self.c.drawString(label_x, self.y, label)
            last = i == len(lines) - 1
            draw_line(self.c, x, self.y, ln, justify_w=None if last else RM - x)
            self.notes += marks
            self.y -= LEAD
        self.y -= LEAD * gap


# ---------------------------------------------------------------- drawing
def cover(d):
    c = d.c
    # emblem (drawn, no text)
    c.setLineWidth(1.2)
    c.circle(LM + 22, H - 70, 20)
    c.circle(LM + 22, H - 70, 13)
    c.line(LM + 2, H - 70, LM + 42, H - 70)
    c.line(LM + 22, H - 50, LM + 22, H - 90)
    c.setFont(FONT, 10.5)
    c.drawRightString(RM, H - 52, SYMBOL)
    c.drawRightString(RM, H - 66, "Original: English")
    c.drawRightString(RM, H - 80, "2 October 2020")
    c.setFont(BOLD, 11.5)
    c.drawCentredString(W / 2, H - 125, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE")
    c.setFont(FONT, 11)
    c.drawCentredString(W / 2, H - 141, "Twenty-seventh Session")
    c.setFont(BOLD, 13)
    c.drawCentredString(W / 2, H - 178, "SCALE OF ASSESSMENT FOR 2021")
    d.y = H - 215


def table1(d):
    c = d.c
    rows = len(T1_ROWS) + 2
    d.need(rows * 15 + 30)
    c.setFont(ITAL, 9.5)
    c.drawString(LM, d.y, "Table 1. Elements of the scale calculation, 2020 and 2021")
    d.y -= 18
    x1, x2 = LM + 330, RM - 10
    c.setFont(BOLD, 9.5)
    c.drawRightString(x1, d.y, "2020")
    c.drawRightString(x2, d.y, "2021")
    c.setLineWidth(0.5)
    c.line(LM, d.y + 12, RM, d.y + 12)
    c.line(LM, d.y - 5, RM, d.y - 5)
    d.y -= 18
    c.setFont(FONT, 9.5)
    for lab, a, b in T1_ROWS:
        c.drawString(LM + 4, d.y, lab)
        c.drawRightString(x1, d.y, a)
        c.drawRightString(x2, d.y, b)
        d.y -= 14
    c.line(LM, d.y + 9, RM, d.y + 9)
    d.y -= 14


COLS = [LM, LM + 250, LM + 305, LM + 365, RM]   # name | UN | 2020 | 2021 | CHF (right edges for numbers)
TFS, TLEAD = 9, 14


def annex_header(d):
    c = d.c
    y = d.y
    c.setLineWidth(0.6)
    c.line(LM, y + 12, RM, y + 12)
    c.setFont(BOLD, 8.5)
    heads = [["Member State"], ["United Nations", "scale 2019\u20132021", "(%)"],
             ["IOM scale", "2020", "(%)"], ["IOM scale", "2021", "(%)"], ["Assessment", "2021", "(CHF)"]]
    for j, lines in enumerate(heads):
        for k, t in enumerate(lines):
            yy = y - k * 10.5
            if j == 0:
                c.drawString(LM + 3, y - 10.5, t)
            else:
                c.drawRightString(COLS[j] - 3, yy, t)
    y -= 27
    c.line(LM, y, RM, y)
    d.y = y - 13


def annex(d):
    d.new_page(annex=True)
    c = d.c
    c.setFont(BOLD, 11)
    c.drawCentredString(W / 2, d.y, "SCALE OF ASSESSMENT FOR 2021 AND ASSESSED CONTRIBUTIONS")
    c.drawCentredString(W / 2, d.y - 14, "TO THE ADMINISTRATIVE PART OF THE BUDGET")
    d.y -= 44
    c.setFont(ITAL, 9.5)
    c.drawCentredString(W / 2, d.y, "(Administrative Part of the Budget for 2021: CHF 53,146,000)")
    d.y -= 24
    annex_header(d)
    for name, un in DATA:
        mark = "a" if name in NEW else "b" if name in NONUN else None
        wrapped = name == "United Kingdom of Great Britain and Northern Ireland"
        h = TLEAD * (2 if wrapped else 1)
        if d.y - h < BOTTOM + 10:
            c.line(LM, d.y + TLEAD - 4, RM, d.y + TLEAD - 4)
            d.new_page()
            annex_header(d)
        c.setFont(FONT, TFS)
        if wrapped:
            c.drawString(LM + 3, d.y, "United Kingdom of Great Britain")
            c.drawString(LM + 3, d.y - TLEAD + 3, "and Northern Ireland")
        else:
            c.drawString(LM + 3, d.y, name)
        if mark:
            c.setFont(FONT, TFS * 0.65)
            c.drawString(LM + 3 + stringWidth(name, FONT, TFS) + 0.8, d.y + 2.8, mark)
            c.setFont(FONT, TFS)
        cells = [un if un else "\u2013", f"{R20[name]:.4f}" if name in R20 else "\u2013",
                 f"{R21[name]:.4f}", f"{AMT[name]:,}"]
        for j, t in enumerate(cells):
            c.drawRightString(COLS[j + 1] - 3, d.y, t)
        d.y -= h - (3 if wrapped else 0)
    # total
    c.line(LM, d.y + TLEAD - 4, RM, d.y + TLEAD - 4)
    d.y -= 3
    c.setFont(BOLD, TFS)
    c.drawString(LM + 3, d.y, "TOTAL")
    for j, t in enumerate([f"{S21:.3f}", f"{sum(R20.values()):.4f}", f"{sum(R21.values()):.4f}",
                           f"{sum(AMT.values()):,}"]):
        c.drawRightString(COLS[j + 1] - 3, d.y, t)
    c.line(LM, d.y - 5, RM, d.y - 5)
    c.line(LM, d.y - 7, RM, d.y - 7)
    d.y -= 28
    c.setFont(FONT, 8.5)
    for m, t in [("a", "Admitted as a Member State in 2020; not included in the scale for 2020."),
                 ("b", "Not a Member State of the United Nations; assessed at the minimum rate.")]:
        c.setFont(FONT, 6)
        c.drawString(LM + 3, d.y + 3, m)
        c.setFont(FONT, 8.5)
        c.drawString(LM + 12, d.y, t)
        d.y -= 12


def main():
    d = Doc()
    cover(d)
    for b in BODY:
        if b[0] == "h":
            d.heading(b[1])
        elif b[0] == "p":
            d.block(b[1] + ".", b[2], LM, LM + 36, LM)
        elif b[0] == "i":
            d.block(b[1], b[2], LM + 36, LM + 72, LM + 72, gap=0.5)
        elif b[0] == "t1":
            table1(d)
    annex(d)
    d.flush_notes()
    d.c.showPage()
    d.c.save()


if __name__ == "__main__":
    main()
