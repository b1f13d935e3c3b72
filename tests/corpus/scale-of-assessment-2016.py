"""Draws scale-of-assessment-2016.pdf (S/19/6, SCPF Nineteenth Session) with fpdf2."""
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
OUT = HERE / "scale-of-assessment-2016.pdf"
SYMBOL = "S/19/6"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

# United Nations rates 2016-2018 used as the basis (percentages); "*" = admitted in 2016
UN = """Afghanistan|0.006
Albania|0.008
Algeria|0.161
Angola|0.010
Antigua and Barbuda|0.002
Argentina|0.892
Armenia|0.006
Australia|2.337
Austria|0.720
Azerbaijan|0.060
Bahamas|0.014
Bangladesh|0.010
Barbados|0.007
Belarus|0.056
Belgium|0.885
Belize|0.001
Benin|0.003
Bolivia (Plurinational State of)|0.012
Bosnia and Herzegovina|0.013
Botswana|0.014
Brazil|3.823
Bulgaria|0.045
Burkina Faso|0.004
Burundi|0.001
Cabo Verde|0.001
Cambodia|0.004
Cameroon|0.010
Canada|2.921
Central African Republic|0.001
Chad|0.005
Chile|0.399
China*|7.921
Colombia|0.322
Comoros|0.001
Congo|0.006
Costa Rica|0.047
Côte d'Ivoire|0.009
Croatia|0.099
Cyprus|0.043
Czech Republic|0.344
Democratic Republic of the Congo|0.008
Denmark|0.584
Djibouti|0.001
Dominica|0.001
Dominican Republic|0.046
Ecuador|0.067
Egypt|0.152
El Salvador|0.014
Estonia|0.038
Ethiopia|0.010
Fiji|0.003
Finland|0.456
France|4.859
Gabon|0.017
Gambia|0.001
Georgia|0.008
Germany|6.389
Ghana|0.016
Greece|0.471
Grenada|0.001
Guatemala|0.028
Guinea|0.002
Guinea-Bissau|0.001
Guyana|0.002
Haiti|0.003
Holy See|0.001
Honduras|0.008
Hungary|0.161
Iceland|0.023
India|0.737
Iran (Islamic Republic of)|0.471
Ireland|0.335
Israel|0.430
Italy|3.748
Jamaica|0.009
Japan|9.680
Jordan|0.020
Kazakhstan|0.191
Kenya|0.018
Kyrgyzstan|0.002
Latvia|0.050
Lesotho|0.001
Liberia|0.001
Libya|0.125
Liechtenstein|0.007
Lithuania|0.072
Luxembourg|0.064
Madagascar|0.003
Malawi|0.002
Maldives|0.002
Mali|0.003
Malta|0.016
Marshall Islands|0.001
Mauritania|0.002
Mauritius|0.012
Mexico|1.435
Micronesia (Federated States of)|0.001
Monaco|0.010
Mongolia|0.005
Montenegro|0.004
Morocco|0.054
Mozambique|0.004
Myanmar|0.010
Namibia|0.010
Nauru|0.001
Nepal|0.006
Netherlands|1.482
New Zealand|0.268
Nicaragua|0.004
Niger|0.002
Nigeria|0.209
Norway|0.849
Pakistan|0.093
Palau|0.001
Panama|0.034
Papua New Guinea|0.004
Paraguay|0.014
Peru|0.136
Philippines|0.165
Poland|0.841
Portugal|0.392
Republic of Korea|2.039
Republic of Moldova|0.004
Romania|0.184
Russian Federation|3.088
Rwanda|0.002
Saint Kitts and Nevis|0.001
Saint Lucia|0.001
Saint Vincent and the Grenadines|0.001
San Marino|0.003
Sao Tome and Principe|0.001
Senegal|0.005
Serbia|0.032
Seychelles|0.001
Sierra Leone|0.001
Slovakia|0.160
Slovenia|0.084
Solomon Islands*|0.001
Somalia|0.001
South Africa|0.364
South Sudan|0.003
Spain|2.443
Sri Lanka|0.031
Sudan|0.010
Suriname|0.006
Swaziland|0.002
Sweden|0.956
Switzerland|1.140
Tajikistan|0.004
Thailand|0.291
The former Yugoslav Republic of Macedonia|0.007
Timor-Leste|0.003
Togo|0.001
Trinidad and Tobago|0.034
Tunisia|0.028
Turkey|1.018
Turkmenistan|0.026
Tuvalu*|0.001
Uganda|0.009
Ukraine|0.103
United Kingdom of Great Britain and Northern Ireland|4.463
United Republic of Tanzania|0.010
United States of America|22.000
Uruguay|0.079
Uzbekistan|0.023
Vanuatu|0.001
Venezuela (Bolivarian Republic of)|0.571
Viet Nam|0.058
Yemen|0.010
Zambia|0.007
Zimbabwe|0.004"""

Q = Decimal("0.0001")


def equalize(rates):
    """Scale rates to 100 per cent, 4 decimals, so that the column adds to 100.0000."""
    total = sum(rates.values())
    raw = {k: v * 100 / total for k, v in rates.items()}
    rounded = {k: v.quantize(Q, rounding=ROUND_HALF_UP) for k, v in raw.items()}
    # the rounding difference is absorbed by the largest contributor
    largest = max(raw, key=raw.get)
    rounded[largest] += Decimal(100) - sum(rounded.values())
    assert sum(rounded.values()) == Decimal(100)
    return rounded


members = []
for line in UN.splitlines():
    name, rate = line.split("|")
    new = name.endswith("*")
    members.append((name.rstrip("*"), new, Decimal(rate)))
r2016 = equalize({n: r for n, new, r in members if not new})
r2017 = equalize({n: r for n, new, r in members})


class Doc(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font("dv", "", 10)
            self.set_xy(self.l_margin, 36)
            self.cell(self.epw, 12, SYMBOL, align="R")
            self.set_xy(self.l_margin, 48)
            self.cell(self.epw, 12, f"Page {self.page_no()}", align="R")
            self.set_y(84)


pdf = Doc(unit="pt", format="A4")
pdf.add_font("dv", "", FONT)
pdf.add_font("dv", "B", FONTB)
pdf.set_margins(72, 72, 72)
pdf.set_auto_page_break(False)
pdf.add_page()
W = pdf.epw
LM = pdf.l_margin
BOTTOM = 842 - 60

# ---- cover block
pdf.set_font("dv", "B", 11)
pdf.set_xy(LM, 50)
pdf.cell(W, 13, SYMBOL, align="R")
pdf.set_font("dv", "", 10)
pdf.set_xy(LM, 66)
pdf.cell(W, 12, "Original: English", align="R")
pdf.set_xy(LM, 79)
pdf.cell(W, 12, "23 September 2016", align="R")

pdf.set_font("dv", "B", 11)
pdf.set_xy(LM, 128)
pdf.cell(W, 14, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE", align="C")
pdf.set_font("dv", "", 11)
pdf.set_xy(LM, 144)
pdf.cell(W, 14, "Nineteenth Session", align="C")

pdf.set_font("dv", "B", 12)
pdf.set_xy(LM, 190)
pdf.cell(W, 15, "SCALE OF ASSESSMENT FOR THE ADMINISTRATIVE PART", align="C")
pdf.set_xy(LM, 206)
pdf.cell(W, 15, "OF THE BUDGET FOR 2017", align="C")

# ---- numbered paragraphs with an inline raised marker
BODY = 10.5
LEAD = 14.5
NUM_INDENT = 36


def words_of(text):
    """Split into (word, superscript) tokens; '^1' after a word makes a raised marker."""
    out = []
    for w in text.split():
        if "^" in w:
            base, sup = w.split("^", 1)
            out.append((base, sup))
        else:
            out.append((w, ""))
    return out


def token_width(tok):
    base, sup = tok
    pdf.set_font("dv", "", BODY)
    w = pdf.get_string_width(base)
    if sup:
        pdf.set_font("dv", "", BODY * 0.62)
        w += pdf.get_string_width(sup) + 0.5
        pdf.set_font("dv", "", BODY)
    return w


def draw_line(tokens, x, y):
    pdf.set_font("dv", "", BODY)
    space = pdf.get_string_width(" ")
    for base, sup in tokens:
        pdf.set_font("dv", "", BODY)
        pdf.text(x, y, base)
        x += pdf.get_string_width(base)
        if sup:
            pdf.set_font("dv", "", BODY * 0.62)
            pdf.text(x + 0.5, y - BODY * 0.38, sup)
            x += pdf.get_string_width(sup) + 0.5
            pdf.set_font("dv", "", BODY)
        x += space


def paragraph(num, text, y):
    pdf.set_font("dv", "", BODY)
    space = pdf.get_string_width(" ")
    toks = words_of(text)
    lines, cur, cur_w = [], [], 0.0
    avail = W - NUM_INDENT
    for t in toks:
        tw = token_width(t)
        if cur and cur_w + space + tw > avail:
            lines.append(cur)
            cur, cur_w = [t], tw
            avail = W
        else:
            cur_w = cur_w + (space if cur else 0) + tw
            cur.append(t)
    lines.append(cur)
    pdf.set_font("dv", "", BODY)
    pdf.text(LM, y, f"{num}.")
    for i, ln in enumerate(lines):
        draw_line(ln, LM + (NUM_INDENT if i == 0 else 0), y)
        y += LEAD
    return y + 7


P1 = ("Under Article 20, paragraph 2, of the Constitution, each Member State contributes to the "
      "Administrative Part of the Budget in the proportion agreed upon by the Council. Since 2006 "
      "the scale of assessment of the Organization has been fully equalized with the scale of "
      "assessments of the United Nations, in accordance with Council Resolution No. 1105 of "
      "30 November 2005: the United Nations rates of the Member States of IOM are adjusted "
      "proportionally so that they add up to 100 per cent. The General Assembly adopted the United "
      "Nations scale for the period 2016–2018 in December 2015,^1 and that scale was already the "
      "basis of the IOM scale for 2016 approved by the Council in Resolution No. 1310 of "
      "24 November 2015 (see document S/17/5).")
P2 = ("As the underlying United Nations rates are unchanged for 2017, the differences between the "
      "two columns of the table below arise solely from the growth in the membership of the "
      "Organization. At its Fourth Special Session, held on 30 June 2016, the Council admitted "
      "China, Solomon Islands and Tuvalu as Member States (Resolutions Nos. 1317, 1318 and 1319). "
      "In line with established practice, the contributions of these three Member States for the "
      "remainder of 2016 have been calculated on a pro rata basis from the date of admission and "
      "will be recorded as miscellaneous income; they are therefore not shown in the 2016 column. "
      "The names of the new Member States are marked with an asterisk in the table.")
P3 = ("The admission of China, whose rate on the United Nations scale is 7.921 per cent, accounts "
      "for almost all of the reduction in the percentages of the other Member States for 2017. "
      "The minimum percentage falls from 0.0011 to 0.0010 per cent. The Standing Committee is "
      "invited to take note of the scale of assessment for 2017 set out below and to recommend it "
      "to the Council for approval at its 107th Session.")

y = 262
y = paragraph(1, P1, y)
y = paragraph(2, P2, y)
y = paragraph(3, P3, y)


def footnote_area(lines):
    """Rule and footnote bodies at the page foot; returns the top y they occupy."""
    size, lead = 8.5, 11
    top = BOTTOM - lead * len(lines) - 8
    pdf.set_line_width(0.5)
    pdf.line(LM, top, LM + 144, top)
    yy = top + 12
    for marker, text in lines:
        pdf.set_font("dv", "", size * 0.7)
        pdf.text(LM, yy - 3, marker)
        pdf.set_font("dv", "", size)
        pdf.text(LM + 8, yy, text)
        yy += lead
    return top


fn_top = footnote_area([
    ("1", "General Assembly resolution 70/245 of 23 December 2015, “Scale of assessments for the"),
    ("", "apportionment of the expenses of the United Nations”."),
])

# ---- table
X_NAME = LM + 6
X_2016 = LM + 330   # right edges of the numeric columns
X_2017 = LM + 430
ROW = 12.6
TSIZE = 9.5


def table_header(y):
    pdf.set_line_width(0.6)
    pdf.line(LM, y, LM + W, y)
    pdf.set_font("dv", "B", TSIZE)
    pdf.text(X_NAME, y + 13, "Member States")
    for xr, label in ((X_2016, "2016"), (X_2017, "2017")):
        pdf.text(xr - pdf.get_string_width(label), y + 13, label)
    pdf.set_font("dv", "", TSIZE)
    for xr in (X_2016, X_2017):
        pdf.text(xr - pdf.get_string_width("(%)"), y + 25, "(%)")
    pdf.line(LM, y + 31, LM + W, y + 31)
    return y + 31 + ROW


def row(y, name, new, v16, v17, bold=False):
    pdf.set_font("dv", "B" if bold else "", TSIZE)
    pdf.text(X_NAME, y, name)
    if new:
        w = pdf.get_string_width(name)
        pdf.set_font("dv", "", TSIZE * 0.7)
        pdf.text(X_NAME + w + 0.6, y - TSIZE * 0.4, "*")
        pdf.set_font("dv", "B" if bold else "", TSIZE)
    for xr, v in ((X_2016, v16), (X_2017, v17)):
        pdf.text(xr - pdf.get_string_width(v), y, v)


limit = fn_top - 10
y += 6
y = table_header(y)
for name, new, _ in members:
    if y > limit:
        pdf.add_page()
        limit = BOTTOM - 40
        y = table_header(96)
    v16 = "–" if new else f"{r2016[name]:.4f}"
    row(y, name, new, v16, f"{r2017[name]:.4f}")
    y += ROW
# total
y -= ROW * 0.55
pdf.set_line_width(0.6)
pdf.line(LM, y, LM + W, y)
y += ROW * 1.1
row(y, "TOTAL", False, f"{sum(r2016.values()):.4f}", f"{sum(r2017.values()):.4f}", bold=True)
pdf.line(LM, y + 5, LM + W, y + 5)
y += 22
pdf.set_font("dv", "", TSIZE * 0.7)
pdf.text(LM, y - 3, "*")
pdf.set_font("dv", "", 8.5)
pdf.text(LM + 8, y, "New Member States admitted on 30 June 2016 (see paragraph 2).")

pdf.set_font("dv", "", 8.5)
assert pdf.get_string_width("General Assembly resolution 70/245 of 23 December 2015, “Scale of assessments for the") < W - 8
pdf.output(str(OUT))
print("pages", pdf.page_no(), "members", len(members))
