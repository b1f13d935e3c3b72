# Draws scale-of-assessment-2014.pdf (SCPF/118, Scale of assessment for 2015) with reportlab.
import os
from decimal import Decimal as D, ROUND_HALF_UP
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "scale-of-assessment-2014.pdf")
SYMBOL = "SCPF/118"
W, H = A4
LM, RM = 70.0, W - 70.0
TW = RM - LM
BODY_FONT, BOLD_FONT = "Times-Roman", "Times-Bold"

DATA = """Afghanistan|0.005
Albania|0.010
Algeria|0.137
Angola|0.010
Antigua and Barbuda|0.002
Argentina|0.432
Armenia|0.007
Australia|2.074
Austria|0.798
Azerbaijan|0.040
Bahamas|0.017
Bangladesh|0.010
Belarus|0.056
Belgium|0.998
Belize|0.001
Benin|0.003
Bolivia (Plurinational State of)|0.009
Bosnia and Herzegovina|0.017
Botswana|0.017
Brazil|2.934
Bulgaria|0.047
Burkina Faso|0.003
Burundi|0.001
Cabo Verde|0.001
Cambodia|0.004
Cameroon|0.012
Canada|2.984
Central African Republic|0.001
Chad|0.002
Chile|0.334
Colombia|0.259
Congo|0.005
Costa Rica|0.038
Côte d'Ivoire|0.011
Croatia|0.126
Cyprus|0.047
Czech Republic|0.386
Democratic Republic of the Congo|0.003
Denmark|0.675
Djibouti|0.001
Dominican Republic|0.045
Ecuador|0.044
Egypt|0.134
El Salvador|0.016
Estonia|0.040
Ethiopia|0.010
Fiji|0.003
Finland|0.519
France|5.593
Gabon|0.020
Gambia|0.001
Georgia|0.007
Germany|7.141
Ghana|0.014
Greece|0.638
Guatemala|0.027
Guinea|0.001
Guinea-Bissau|0.001
Guyana|0.001
Haiti|0.003
Honduras|0.008
Hungary|0.266
India|0.666
Iran (Islamic Republic of)|0.356
Ireland|0.418
Israel|0.396
Italy|4.448
Jamaica|0.011
Japan|10.833
Jordan|0.022
Kazakhstan|0.121
Kenya|0.013
Kyrgyzstan|0.002
Lao People's Democratic Republic|0.002|a
Latvia|0.047
Lesotho|0.001
Liberia|0.001
Libya|0.142
Lithuania|0.073
Luxembourg|0.081
Madagascar|0.003
Mali|0.004
Malta|0.016
Mauritania|0.002
Mauritius|0.013
Mexico|1.842
Micronesia (Federated States of)|0.001
Mongolia|0.003
Montenegro|0.005
Morocco|0.062
Mozambique|0.003
Namibia|0.010
Nepal|0.006
Netherlands|1.654
New Zealand|0.253
Nicaragua|0.003
Niger|0.002
Nigeria|0.090
Norway|0.851
Pakistan|0.085
Panama|0.026
Papua New Guinea|0.004
Paraguay|0.010
Peru|0.117
Philippines|0.154
Poland|0.921
Portugal|0.474
Republic of Korea|1.994
Republic of Moldova|0.003
Romania|0.226
Russian Federation|2.438
Rwanda|0.002
Saint Kitts and Nevis|0.001|b
Senegal|0.006
Serbia|0.040
Sierra Leone|0.001
Slovakia|0.171
Slovenia|0.100
Solomon Islands|0.001|a
Somalia|0.001
South Africa|0.372
South Sudan|0.004
Spain|2.973
Sri Lanka|0.025
Sudan|0.010
Sweden|0.960
Switzerland|1.047
Tajikistan|0.003
Thailand|0.239
The former Yugoslav Republic of Macedonia|0.008
Timor-Leste|0.002
Togo|0.001
Trinidad and Tobago|0.044
Tunisia|0.036
Turkey|1.328
Turkmenistan|0.019|a
Uganda|0.006
Ukraine|0.099
United Kingdom of Great Britain and Northern Ireland|5.179
United Republic of Tanzania|0.009
United States of America|22.000
Uruguay|0.052
Venezuela (Bolivarian Republic of)|0.627
Viet Nam|0.042
Yemen|0.010
Zambia|0.006
Zimbabwe|0.002"""

# ---------------------------------------------------------------- figures
ROWS = []
for line in DATA.splitlines():
    p = line.split("|")
    ROWS.append((p[0], D(p[1]), p[2] if len(p) > 2 else ""))
Q4 = D("0.0001")


def scale(members):
    s = sum(u for _, u, _ in members)
    r = {n: (u * 100 / s).quantize(Q4, ROUND_HALF_UP) for n, u, _ in members}
    diff = D(100) - sum(r.values())
    big = max(members, key=lambda x: x[1])[0]
    r[big] += diff
    return s, r, diff


S14, R14, DIFF14 = scale([x for x in ROWS if not x[2]])
S15, R15, DIFF15 = scale(ROWS)
BUDGET = D(41968000)
CONTRIB = {n: (R15[n] * BUDGET / 100).quantize(D(1), ROUND_HALF_UP) for n, _, _ in ROWS}
CDIFF = BUDGET - sum(CONTRIB.values())
BIGGEST = max(ROWS, key=lambda x: x[1])[0]
CONTRIB[BIGGEST] += CDIFF
assert sum(CONTRIB.values()) == BUDGET and sum(R15.values()) == 100
assert S15 == D("91.383") and DIFF15 == D("0.0002") and CDIFF == D(-8)
assert sum(R15[n] for n, _, f in ROWS if f) == D("0.0252")


def bands(r):
    b = [0] * 6
    mn = min(r.values())
    for v in r.values():
        if v == mn:
            b[0] += 1
        elif v <= D("0.0100"):
            b[1] += 1
        elif v <= D("0.1000"):
            b[2] += 1
        elif v <= D("1.0000"):
            b[3] += 1
        elif v <= D("5.0000"):
            b[4] += 1
        else:
            b[5] += 1
    return b


B14, B15 = bands(R14), bands(R15)
assert B14 == [15, 36, 43, 30, 14, 5] and B15 == [17, 37, 44, 30, 14, 5]


def fmt_rate(v, places=4):
    return f"{v:.{places}f}"


def fmt_chf(v):
    return f"{int(v):,}"


# ---------------------------------------------------------------- canvas helpers
c = canvas.Canvas(OUT, pagesize=A4)
c.setTitle("SCALE OF ASSESSMENT FOR 2015")
c.setAuthor("International Organization for Migration")


def right(txt, y, font=BODY_FONT, size=11.5, x=RM):
    c.setFont(font, size)
    c.drawRightString(x, y, txt)


def centre(txt, y, font=BODY_FONT, size=11.5, x=W / 2):
    c.setFont(font, size)
    c.drawCentredString(x, y, txt)


def header(page_label, annex=False):
    right(SYMBOL, 800)
    y = 786
    if annex:
        right("Annex", y)
        y -= 14
    right(page_label, y)


# inline text with raised markers: "word{1}" -> word + superscript 1
def tokens(text):
    out = []
    for w in text.split(" "):
        sup = ""
        if "{" in w:
            w, sup = w.split("{")
            sup = sup.rstrip("}")
        out.append((w, sup))
    return out


def tok_width(tok, size):
    w, sup = tok
    return stringWidth(w, BODY_FONT, size) + (stringWidth(sup, BODY_FONT, size * 0.62) if sup else 0)


def wrap(text, first_w, other_w, size):
    lines, cur, curw = [], [], 0.0
    sp = stringWidth(" ", BODY_FONT, size)
    limit = first_w
    for t in tokens(text):
        tw = tok_width(t, size)
        add = tw if not cur else sp + tw
        if cur and curw + add > limit:
            lines.append(cur)
            cur, curw, limit = [t], tw, other_w
        else:
            cur.append(t)
            curw += add
    if cur:
        lines.append(cur)
    return lines


def draw_tokens(line, x, y, size, font=BODY_FONT):
    sp = stringWidth(" ", font, size)
    sups = []
    for i, (w, sup) in enumerate(line):
        if i:
            x += sp
        c.setFont(font, size)
        c.drawString(x, y, w)
        x += stringWidth(w, font, size)
        if sup:
            c.setFont(font, size * 0.62)
            c.drawString(x, y + size * 0.38, sup)
            x += stringWidth(sup, font, size * 0.62)
            sups.append(sup)
    return sups


# ---------------------------------------------------------------- cover
def cover():
    right(SYMBOL, 790, BOLD_FONT, 12)
    right("Original: ENGLISH", 772)
    right("30 April 2014", 758)
    centre("STANDING COMMITTEE ON PROGRAMMES AND FINANCE", 690, BOLD_FONT, 12)
    centre("FOURTEENTH SESSION", 674, BOLD_FONT, 12)
    centre("24\u201325 June 2014", 656)
    centre("_" * 72, 628, BODY_FONT, 11)
    centre("SCALE OF ASSESSMENT FOR 2015", 520, BOLD_FONT, 14)
    c.setLineWidth(0.6)
    c.line(LM, 92, RM, 92)
    centre("STANDING COMMITTEE ON PROGRAMMES AND FINANCE", 78, BOLD_FONT, 8.5)
    centre("COMIT\u00c9 PERMANENT DES PROGRAMMES ET DES FINANCES", 66, BOLD_FONT, 8.5)
    centre("COMIT\u00c9 PERMANENTE DE PROGRAMAS Y FINANZAS", 54, BOLD_FONT, 8.5)
    c.showPage()


# ---------------------------------------------------------------- body text
FOOTNOTES = {
    "1": "General Assembly resolution 67/238 of 24 December 2012 on the scale of assessments for the "
         "apportionment of the expenses of the United Nations, which covers the years 2013, 2014 and 2015.",
    "2": "The amount proposed in the Programme and Budget for 2015. Should the Council approve a different "
         "amount, the contributions will be recalculated on the basis of the rates shown in the Annex.",
}

BODY = [
    ("h", "INTRODUCTION"),
    ("p", "1", "The expenses of the Administrative Part of the Budget are met by contributions from Member "
     "States, assessed in accordance with a scale of assessment approved each year by the Council. The "
     "present document sets out the proposed scale of assessment for 2015 for review by the Standing "
     "Committee on Programmes and Finance, which is requested to make a recommendation thereon to the "
     "Council at its 105th Session in November 2014."),
    ("p", "2", "In line with Resolution No. 1108 (LXXXVIII) of 30 November 2004, the IOM scale of "
     "assessment has been fully equalized with the United Nations scale of assessments since 2006, "
     "allowance being made for the difference in membership between the two organizations. The United "
     "Nations scale for the period 2013\u20132015{1} therefore continues to serve as the basis for the IOM "
     "scale in 2015, its final year of application."),
    ("h", "METHOD OF CALCULATION"),
    ("p", "3", f"The rate of each Member State in the United Nations scale is divided by the sum of the "
     f"United Nations rates of all IOM Member States ({S15} per cent for the proposed 2015 scale, against "
     f"{S14} per cent for 2014) and multiplied by 100, so that the IOM rates together total 100 per cent. "
     "Since the United Nations scale is unchanged in 2015, the rates of existing Member States differ "
     "from those in the scale for 2014 (SCPF/101), approved by the Council in Resolution No. 1261 of "
     "27 November 2013, only as a result of the changes in membership described in paragraphs 5 and 6."),
    ("p", "4", "The minimum rate in the United Nations scale is 0.001 per cent. After the proportional "
     f"adjustment, Member States assessed at that minimum are assessed at {min(R15.values())} per cent, "
     "the minimum rate of the IOM scale, which is unchanged from 2014. Seventeen Member States, two of "
     "them among the States referred to below, are assessed at the minimum rate in the proposed scale."),
    ("h", "NEW MEMBER STATES AND APPLICANT"),
    ("p", "5", "At its 103rd Session, on 26 November 2013, the Council admitted the Lao People's "
     "Democratic Republic, Solomon Islands and Turkmenistan to membership of the Organization "
     "(Resolutions Nos. 1252, 1253 and 1254). As the scale for 2014 had already been established, the "
     "three States have no rate in that scale, their contributions for 2014 having been assessed "
     "separately in accordance with established practice. They are included in the proposed scale for "
     "2015 at rates derived from their United Nations rates and are identified by note a in the Annex."),
    ("p", "6", "Saint Kitts and Nevis has applied for membership of the Organization (MC/2404), and its "
     "application will be considered by the Council at its 105th Session. To avoid a revision of the "
     "scale after that session, the applicant has been included provisionally at the minimum rate (note b "
     "in the Annex). Should the application not be approved, its provisional rate would be redistributed "
     "among all Member States in proportion to their rates."),
    ("p", "7", "Together, the four States account for 0.0252 per cent of the proposed scale, and the rates "
     "of the other Member States have been reduced accordingly. The rate of the largest contributor, for "
     f"example, decreases from {R14[BIGGEST]} per cent in 2014 to {R15[BIGGEST]} per cent in 2015."),
    ("h", "ROUNDING AND ASSESSED CONTRIBUTIONS"),
    ("p", "8", f"Rates are calculated to four decimal places. As calculated, they add up to "
     f"{D(100) - DIFF15} per cent; the difference of {DIFF15} per cent has been added to the rate of the "
     "Member State with the highest assessment, as in previous years. The contributions shown in the "
     f"Annex are based on the proposed Administrative Part of the Budget for 2015 of CHF "
     f"{fmt_chf(BUDGET)}{{2}} and are rounded to the nearest Swiss franc, the rounding difference of "
     f"CHF {-CDIFF} having been deducted from the largest contribution."),
    ("h", "DISTRIBUTION BY BAND OF RATE"),
    ("p", "9", "The distribution of Member States by band of assessment rate in the scale for 2014 and in "
     "the proposed scale for 2015 is summarized below. The increase of four in the total reflects the "
     "three new Member States and the applicant included provisionally."),
    ("t",),
    ("h", "RECOMMENDATION"),
    ("p", "10", "The Standing Committee on Programmes and Finance is invited to recommend to the Council "
     "that it approve the scale of assessment for 2015 as set out in the Annex, on the understanding that:"),
    ("i", "(a)", "the rate shown for Saint Kitts and Nevis will apply only if its application for "
     "membership is approved by the Council at its 105th Session; and"),
    ("i", "(b)", "any State admitted to membership after the approval of the scale will be assessed for "
     "2015 in accordance with established practice, without a revision of the rates of the other "
     "Member States."),
]

SIZE, LEAD = 11.5, 14.2
FN_SIZE, FN_LEAD = 9.5, 11.2
BOTTOM = 62.0


class Flow:
    def __init__(self):
        self.page = 0
        self.notes = []
        self.new_page()

    def fn_height(self, notes):
        if not notes:
            return 0.0
        h = 14.0
        for n in notes:
            h += FN_LEAD * len(wrap(FOOTNOTES[n], TW - 14, TW - 14, FN_SIZE)) + 3
        return h

    def floor(self, extra=()):
        return BOTTOM + self.fn_height(self.notes + list(extra))

    def finish(self):
        if self.notes:
            h = self.fn_height(self.notes)
            y = BOTTOM + h - 6
            c.setLineWidth(0.5)
            c.line(LM, y, LM + 144, y)
            y -= 12
            for n in self.notes:
                c.setFont(BODY_FONT, FN_SIZE * 0.62)
                c.drawString(LM, y + FN_SIZE * 0.38, n)
                for ln in wrap(FOOTNOTES[n], TW - 14, TW - 14, FN_SIZE):
                    draw_tokens(ln, LM + 14, y, FN_SIZE)
                    y -= FN_LEAD
                y -= 3
        self.notes = []

    def new_page(self):
        if self.page:
            self.finish()
            c.showPage()
        self.page += 1
        header(f"Page {self.page}")
        self.y = 760
        if self.page == 1:
            centre("SCALE OF ASSESSMENT FOR 2015", 752, BOLD_FONT, 11.5)
            self.y = 716

    def lines(self, lines, x_first, x_other, label=None, label_x=None):
        for i, ln in enumerate(lines):
            sups = [s for _, s in ln if s]
            if self.y - LEAD < self.floor(sups):
                self.new_page()
            self.y -= LEAD
            if i == 0 and label:
                c.setFont(BODY_FONT, SIZE)
                c.drawString(label_x, self.y, label)
            draw_tokens(ln, x_first if i == 0 else x_other, self.y, SIZE)
            self.notes += sups
        self.y -= LEAD * 0.85

    def heading(self, text):
        if self.y - LEAD * 4 < self.floor():
            self.new_page()
        self.y -= LEAD
        c.setFont(BOLD_FONT, SIZE)
        c.drawString(LM, self.y, text)
        self.y -= LEAD * 0.85

    def para(self, num, text):
        ind = 36
        self.lines(wrap(text, TW - ind, TW, SIZE), LM + ind, LM, f"{num}.", LM)

    def item(self, lab, text):
        self.lines(wrap(text, TW - 72, TW - 72, SIZE), LM + 72, LM + 72, lab, LM + 36)

    def band_table(self):
        rows = [("Minimum rate (0.0011)", B14[0], B15[0]),
                ("0.0012 to 0.0100", B14[1], B15[1]),
                ("0.0101 to 0.1000", B14[2], B15[2]),
                ("0.1001 to 1.0000", B14[3], B15[3]),
                ("1.0001 to 5.0000", B14[4], B15[4]),
                ("Above 5.0000", B14[5], B15[5]),
                ("Total", sum(B14), sum(B15))]
        need = LEAD * 2 + 13 * (len(rows) + 2) + 20
        if self.y - need < self.floor():
            self.new_page()
        self.y -= LEAD
        centre("Number of Member States by band of assessment rate", self.y, BOLD_FONT, 10.5)
        x0, x1 = LM + 70, RM - 70
        c1, c2 = x1 - 110, x1 - 20
        self.y -= 8
        c.setLineWidth(0.6)
        c.line(x0, self.y, x1, self.y)
        self.y -= 13
        c.setFont(BOLD_FONT, 10)
        c.drawString(x0 + 4, self.y, "Band of rate (%)")
        c.drawRightString(c1, self.y, "Scale 2014")
        c.drawRightString(c2, self.y, "Scale 2015")
        self.y -= 5
        c.line(x0, self.y, x1, self.y)
        for i, (lab, a, b) in enumerate(rows):
            if lab == "Total":
                self.y -= 3
                c.line(x0, self.y + 0.5, x1, self.y + 0.5)
                font = BOLD_FONT
            else:
                font = BODY_FONT
            self.y -= 13
            c.setFont(font, 10)
            c.drawString(x0 + 4, self.y, lab)
            c.drawRightString(c1 - 12, self.y, str(a))
            c.drawRightString(c2 - 12, self.y, str(b))
        self.y -= 5
        c.line(x0, self.y, x1, self.y)
        self.y -= LEAD * 0.85


def body():
    f = Flow()
    for b in BODY:
        if b[0] == "h":
            f.heading(b[1])
        elif b[0] == "p":
            f.para(b[1], b[2])
        elif b[0] == "i":
            f.item(b[1], b[2])
        elif b[0] == "t":
            f.band_table()
    f.finish()
    c.showPage()


# ---------------------------------------------------------------- annex table
T_SIZE, T_LEAD = 9.5, 11.0
NAME_W = 120.0
COLS = [LM + 232, LM + 304, LM + 378, RM - 6]     # right edges of the numeric columns
HEAD = [(LM + 4, "l", ["", "", "Member State"]),
        ((LM + 232 + LM + 170) / 2, "c", ["United Nations", "scale", "(%)"]),
        ((LM + 304 + LM + 246) / 2, "c", ["IOM scale", "2014", "(%)"]),
        ((LM + 378 + LM + 316) / 2 + 2, "c", ["Proposed IOM", "scale 2015", "(%)"]),
        ((RM - 6 + LM + 392) / 2, "c", ["Assessed", "contribution", "2015 (CHF)"])]
NOTES = [("a", "Admitted to membership at the 103rd Session of the Council in November 2013 "
               "(Resolutions Nos. 1252, 1253 and 1254); not included in the scale for 2014."),
         ("b", "Applicant for membership, included provisionally, subject to admission by the Council "
               "at its 105th Session (see paragraph 6 of the present document).")]


def name_lines(name):
    words, lines, cur = name.split(" "), [], ""
    for w in words:
        trial = (cur + " " + w).strip()
        limit = NAME_W if not lines else NAME_W - 8
        if cur and stringWidth(trial, BODY_FONT, T_SIZE) > limit:
            lines.append(cur)
            cur = w
        else:
            cur = trial
    lines.append(cur)
    return lines


def table_head(y):
    c.setLineWidth(0.7)
    c.line(LM, y, RM, y)
    y -= 11
    c.setFont(BOLD_FONT, 9.5)
    for i in range(3):
        for x, al, labels in HEAD:
            if labels[i]:
                (c.drawString if al == "l" else c.drawCentredString)(x, y, labels[i])
        y -= 10.5
    y += 4
    c.line(LM, y, RM, y)
    return y - 2


def annex():
    page = 1
    header(f"Page {page}", annex=True)
    centre("PROPOSED SCALE OF ASSESSMENT FOR 2015", 742, BOLD_FONT, 11.5)
    y = table_head(716)
    for name, un, flag in ROWS:
        nl = name_lines(name)
        need = T_LEAD * len(nl)
        if y - need < 58:
            c.setLineWidth(0.7)
            c.line(LM, y - 3, RM, y - 3)
            c.showPage()
            page += 1
            header(f"Page {page}", annex=True)
            y = table_head(762)
        for i, ln in enumerate(nl):
            y -= T_LEAD
            x = LM + 4 if i == 0 else LM + 12
            c.setFont(BODY_FONT, T_SIZE)
            c.drawString(x, y, ln)
            if flag and i == len(nl) - 1:
                c.setFont(BODY_FONT, 6.5)
                c.drawString(x + stringWidth(ln, BODY_FONT, T_SIZE) + 1, y + 3.6, flag)
            if i == 0:
                c.setFont(BODY_FONT, T_SIZE)
                c.drawRightString(COLS[0], y, fmt_rate(un, 3))
                if name in R14:
                    c.drawRightString(COLS[1], y, fmt_rate(R14[name]))
                c.drawRightString(COLS[2], y, fmt_rate(R15[name]))
                c.drawRightString(COLS[3], y, fmt_chf(CONTRIB[name]))
    y -= 4
    c.setLineWidth(0.7)
    c.line(LM, y, RM, y)
    y -= T_LEAD + 1
    c.setFont(BOLD_FONT, T_SIZE)
    c.drawString(LM + 4, y, "TOTAL")
    c.drawRightString(COLS[0], y, fmt_rate(sum(u for _, u, _ in ROWS), 3))
    c.drawRightString(COLS[1], y, fmt_rate(sum(R14.values())))
    c.drawRightString(COLS[2], y, fmt_rate(sum(R15.values())))
    c.drawRightString(COLS[3], y, fmt_chf(sum(CONTRIB.values())))
    y -= 5
    c.line(LM, y, RM, y)
    c.line(LM, y - 1.5, RM, y - 1.5)
    y -= 18
    for mark, text in NOTES:
        c.setFont(BODY_FONT, 6.5)
        c.drawString(LM, y + 3.4, mark)
        for j, ln in enumerate(wrap(text, TW - 10, TW - 10, 9)):
            draw_tokens(ln, LM + 10, y, 9)
            y -= 10.5
        y -= 2
    c.showPage()


cover()
body()
annex()
c.save()
print("wrote", OUT, "pages:", c.getPageNumber() - 1)
