"""S/30/7 -- Scale of assessment for the administrative part of the budget for 2023.

Lays the document out with reportlab's canvas API (A4), as IOM prints an SCPF paper.
Run:  /work/main/.venv/bin/python scale-of-assessment-2022.py
"""
import os
import re
from decimal import Decimal as D, ROUND_HALF_UP

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "scale-of-assessment-2022.pdf")

SYMBOL = "S/30/7"

# ---------------------------------------------------------------------------
# Data: United Nations rates (2022-2024 scale, 2019-2021 scale); "N" = not an
# IOM Member State.  The IOM scales are derived from these by equalization.
# ---------------------------------------------------------------------------
RAW = """Afghanistan|0.006|0.007
Albania|0.008|0.008
Algeria|0.109|0.138
Andorra|0.005|0.005|N
Angola|0.010|0.010
Antigua and Barbuda|0.002|0.002
Argentina|0.719|0.915
Armenia|0.007|0.007
Australia|2.111|2.210
Austria|0.679|0.677
Azerbaijan|0.030|0.049
Bahamas|0.019|0.018
Bahrain|0.054|0.050
Bangladesh|0.010|0.010
Barbados|0.008|0.007
Belarus|0.041|0.049
Belgium|0.828|0.821
Belize|0.001|0.001
Benin|0.005|0.003
Bhutan|0.001|0.001|N
Bolivia (Plurinational State of)|0.019|0.016
Bosnia and Herzegovina|0.012|0.012
Botswana|0.015|0.014
Brazil|2.013|2.948
Brunei Darussalam|0.021|0.025|N
Bulgaria|0.056|0.046
Burkina Faso|0.004|0.003
Burundi|0.001|0.001
Cabo Verde|0.001|0.001
Cambodia|0.007|0.006
Cameroon|0.013|0.013
Canada|2.628|2.734
Central African Republic|0.001|0.001
Chad|0.003|0.004
Chile|0.420|0.407
China|15.254|12.005
Colombia|0.246|0.288
Comoros|0.001|0.001
Congo|0.005|0.006
Costa Rica|0.069|0.062
C\u00f4te d\u2019Ivoire|0.022|0.013
Croatia|0.091|0.077
Cuba|0.095|0.080|N
Cyprus|0.036|0.036
Czechia|0.340|0.311
Democratic People\u2019s Republic of Korea|0.005|0.006|N
Democratic Republic of the Congo|0.010|0.010
Denmark|0.553|0.554
Djibouti|0.001|0.001
Dominica|0.001|0.001
Dominican Republic|0.067|0.053
Ecuador|0.077|0.080
Egypt|0.139|0.186
El Salvador|0.013|0.012
Equatorial Guinea|0.012|0.016|N
Eritrea|0.001|0.001|N
Estonia|0.044|0.039
Eswatini|0.002|0.002
Ethiopia|0.010|0.010
Fiji|0.004|0.003
Finland|0.417|0.421
France|4.318|4.427
Gabon|0.013|0.015
Gambia|0.001|0.001
Georgia|0.008|0.008
Germany|6.111|6.090
Ghana|0.024|0.015
Greece|0.325|0.366
Grenada|0.001|0.001
Guatemala|0.041|0.036
Guinea|0.003|0.003
Guinea-Bissau|0.001|0.001
Guyana|0.004|0.002
Haiti|0.006|0.003
Honduras|0.009|0.009
Hungary|0.228|0.206
Iceland|0.036|0.028
India|1.044|0.834
Indonesia|0.549|0.543
Iran (Islamic Republic of)|0.371|0.398
Iraq|0.128|0.129
Ireland|0.439|0.371
Israel|0.561|0.490
Italy|3.189|3.307
Jamaica|0.008|0.008
Japan|8.033|8.564
Jordan|0.022|0.021
Kazakhstan|0.133|0.178
Kenya|0.030|0.024
Kiribati|0.001|0.001|N
Kuwait|0.234|0.252|N
Kyrgyzstan|0.002|0.002
Lao People\u2019s Democratic Republic|0.007|0.005
Latvia|0.050|0.047
Lebanon|0.036|0.047|N
Lesotho|0.001|0.001
Liberia|0.001|0.001
Libya|0.018|0.030
Liechtenstein|0.010|0.009
Lithuania|0.077|0.071
Luxembourg|0.068|0.067
Madagascar|0.004|0.004
Malawi|0.002|0.002
Malaysia|0.348|0.341|N
Maldives|0.004|0.004
Mali|0.005|0.004
Malta|0.019|0.017
Marshall Islands|0.001|0.001
Mauritania|0.002|0.002
Mauritius|0.019|0.011
Mexico|1.221|1.292
Micronesia (Federated States of)|0.001|0.001
Monaco|0.011|0.011
Mongolia|0.004|0.005
Montenegro|0.004|0.004
Morocco|0.055|0.055
Mozambique|0.004|0.004
Myanmar|0.010|0.010
Namibia|0.009|0.009
Nauru|0.001|0.001|N
Nepal|0.010|0.007
Netherlands|1.377|1.356
New Zealand|0.309|0.291
Nicaragua|0.005|0.005
Niger|0.003|0.002
Nigeria|0.182|0.250
North Macedonia|0.007|0.007
Norway|0.679|0.754
Oman|0.111|0.115|N
Pakistan|0.114|0.115
Palau|0.001|0.001
Panama|0.090|0.045
Papua New Guinea|0.010|0.010
Paraguay|0.026|0.016
Peru|0.163|0.152
Philippines|0.212|0.205
Poland|0.837|0.802
Portugal|0.353|0.350
Qatar|0.269|0.282|N
Republic of Korea|2.574|2.267
Republic of Moldova|0.005|0.003
Romania|0.312|0.198
Russian Federation|1.866|2.405
Rwanda|0.003|0.003
Saint Kitts and Nevis|0.002|0.001|N
Saint Lucia|0.002|0.001
Saint Vincent and the Grenadines|0.001|0.001
Samoa|0.001|0.001
San Marino|0.002|0.002
Sao Tome and Principe|0.001|0.001
Saudi Arabia|1.184|1.172|N
Senegal|0.007|0.007
Serbia|0.032|0.028
Seychelles|0.002|0.002
Sierra Leone|0.001|0.001
Singapore|0.504|0.485|N
Slovakia|0.155|0.153
Slovenia|0.079|0.076
Solomon Islands|0.001|0.001
Somalia|0.001|0.001
South Africa|0.244|0.272
South Sudan|0.002|0.006
Spain|2.134|2.146
Sri Lanka|0.045|0.044
Sudan|0.010|0.010
Suriname|0.003|0.005
Sweden|0.871|0.906
Switzerland|1.134|1.151
Syrian Arab Republic|0.009|0.011|N
Tajikistan|0.003|0.004
Thailand|0.368|0.307
Timor-Leste|0.001|0.002
Togo|0.002|0.002
Tonga|0.001|0.001
Trinidad and Tobago|0.037|0.040
Tunisia|0.019|0.025
Turkey|0.845|1.371
Turkmenistan|0.034|0.033
Tuvalu|0.001|0.001
Uganda|0.010|0.008
Ukraine|0.056|0.057
United Arab Emirates|0.635|0.616|N
United Kingdom of Great Britain and Northern Ireland|4.375|4.567
United Republic of Tanzania|0.010|0.010
United States of America|22.000|22.000
Uruguay|0.092|0.087
Uzbekistan|0.027|0.032
Vanuatu|0.001|0.001
Venezuela (Bolivarian Republic of)|0.175|0.728
Viet Nam|0.093|0.077
Yemen|0.008|0.010
Zambia|0.008|0.009
Zimbabwe|0.007|0.005"""

UN = []
for _line in RAW.splitlines():
    _p = _line.split("|")
    UN.append((_p[0], D(_p[1]), D(_p[2]), len(_p) < 4))

Q = D("0.0001")
MIN_RATE = D("0.0010")


def iom_scale(idx):
    members = [(u[0], u[idx]) for u in UN if u[3]]
    total = sum(r for _, r in members)
    avail = D(100) - MIN_RATE            # the Holy See is at the minimum rate
    out = {n: max((r / total * avail).quantize(Q, ROUND_HALF_UP), MIN_RATE)
           for n, r in members}
    out["United States of America"] += D(100) - MIN_RATE - sum(out.values())
    out["Holy See"] = MIN_RATE
    return total, out


UN_TOTAL, R2023 = iom_scale(1)
_, R2022 = iom_scale(2)
UNRATE = {u[0]: u[1] for u in UN if u[3]}
assert sum(R2023.values()) == 100 and sum(R2022.values()) == 100
assert len(R2023) == 175 and UN_TOTAL == D("96.526")


def fmt(x):
    return "{:,.4f}".format(x)


# ---------------------------------------------------------------------------
# Text of the document.  Markup: *italic*, ^N = raised footnote marker N.
# ---------------------------------------------------------------------------
FOOTNOTES = {
    "1": "The methodology was presented to the Standing Committee in document SCPF/104 and "
         "approved by the Council through Resolution No. 1263 of 26 November 2013.",
    "2": "The Holy See is not a Member of the United Nations and therefore has no rate in the "
         "United Nations scale; the minimum rate has been applied (see paragraph 5(c)).",
}

BODY = [
    ("heading", "Introduction"),
    ("para", "1", "In accordance with the IOM Constitution, each Member State contributes to the "
     "Administrative Part of the Budget at a rate agreed upon between the Council and the Member "
     "State concerned. Every year the Administration submits to the Standing Committee on "
     "Programmes and Finance a proposed scale of assessment for the following year, which the "
     "Council is then invited to approve together with the Programme and Budget for that year."),
    ("para", "2", "The present document sets out the proposed scale of assessment for 2023. The "
     "scale of assessment for 2022 was approved by the Council at its 112th Session through "
     "Resolution No. 1397 of 1 December 2021 (C/112/RES/1397), on the basis of the proposal "
     "contained in document S/29/6."),
    ("heading", "Basis of the scale of assessment"),
    ("para", "3", "Since 2014, in accordance with Council Resolution No. 1263 of 26 November "
     "2013, the IOM scale of assessment has been fully equalized with the scale of assessments "
     "of the United Nations: the relative share of each Member State in the IOM scale is the "
     "same as its relative share in the United Nations scale, adjusted to take account of the "
     "difference in membership between the two organizations.^1"),
    ("para", "4", "On 24 December 2021, the General Assembly of the United Nations adopted "
     "resolution 76/238 (A/RES/76/238), which establishes the United Nations scale of "
     "assessments for the period 2022\u20132024. As that resolution was adopted after the "
     "112th Session of the Council, the IOM scale for 2022 had to be established on the basis "
     "of the United Nations scale for 2019\u20132021, set out in General Assembly resolution "
     "73/271. The scale proposed for 2023 is therefore the first IOM scale to reflect the new "
     "United Nations rates, which will remain unchanged in 2024."),
    ("para", "5", "The rates in the proposed scale have been calculated as follows:"),
    ("item", "(a)", "the United Nations rates of the 174 IOM Member States that are also "
     "Members of the United Nations have been taken from resolution 76/238 and added together, "
     "giving a total of 96.5260 per cent;"),
    ("item", "(b)", "each of those rates has been divided by that total and multiplied by "
     "99.9990 (100 less the rate applied under subparagraph (c)), so that the resulting scale "
     "totals 100 per cent; and"),
    ("item", "(c)", "a minimum rate of 0.0010 per cent, equivalent to the floor of 0.001 per "
     "cent in the United Nations scale, has been applied to the Holy See, which is not assessed "
     "by the United Nations, and would apply to any Member State whose equalized rate fell "
     "below it."),
    ("para", "6", "All rates have been rounded to four decimal places. The difference resulting "
     "from rounding, 0.0003 per cent, has been added to the highest rate so that the scale "
     "totals exactly 100.0000 per cent."),
    ("heading", "Membership and new Member States"),
    ("para", "7", "The proposed scale includes the 175 Member States of the Organization as at "
     "the date of this document. No State has been admitted to membership since the Council "
     "approved the scale of assessment for 2022."),
    ("para", "8", "Should the Council admit new Member States at its 113th Session or in the "
     "course of 2023, their contributions for the year of admission would be assessed on a pro "
     "rata basis, as was done for the States admitted to membership at the 110th Session of the "
     "Council (see document S/26/5), and they would be included in the scale for the following "
     "year."),
    ("heading", "Proposed scale of assessment for 2023"),
    ("para", "9", "The proposed scale of assessment for 2023 is set out in the table at the end "
     "of this document, together with the rate of each Member State in the United Nations "
     "scale for 2022\u20132024 and its rate in the IOM scale for 2022. Compared with 2022, the "
     "rates of 67 Member States increase, those of 47 Member States decrease and those of "
     "61 Member States remain unchanged."),
    ("para", "10", "The changes reflect the revision of the United Nations scale, which is based "
     "on updated data on gross national income, external debt and population. The largest "
     "increase concerns China (from 12.4349 to 15.8028 per cent) and the largest decrease "
     "Brazil (from 3.0536 to 2.0854 per cent). The combined share of the ten Member States with "
     "the highest rates rises from 71.5197 per cent in 2022 to 73.1571 per cent in 2023."),
    ("heading", "Action requested of the Standing Committee"),
    ("para", "11", "The Standing Committee on Programmes and Finance is invited to:"),
    ("item", "(a)", "take note of the methodology applied in establishing the proposed scale of "
     "assessment for 2023; and"),
    ("item", "(b)", "recommend to the Council, at its 113th Session, the adoption of the "
     "following draft resolution."),
    ("space", 8),
    ("centre", "DRAFT RESOLUTION"),
    ("space", 2),
    ("centre", "SCALE OF ASSESSMENT FOR 2023"),
    ("space", 6),
    ("plain", "*The Council,*"),
    ("preamble", "*Recalling* its Resolution No. 1263 of 26 November 2013 on the "
     "methodology for establishing the IOM scale of assessment,"),
    ("preamble", "*Having considered* document S/30/7 of 19 May 2022 on the scale of assessment "
     "for the administrative part of the budget for 2023,"),
    ("preamble", "*Taking note* of United Nations General Assembly resolution 76/238 of "
     "24 December 2021 on the scale of assessments for the apportionment of the expenses of "
     "the United Nations,"),
    ("preamble", "*Having received* the recommendation of the Standing Committee on Programmes "
     "and Finance at its Thirtieth Session,"),
    ("op", "1", "*Approves* the scale of assessment for 2023 as set out in document S/30/7;"),
    ("op", "2", "*Decides* that any State admitted to membership in the course of 2023 shall be "
     "assessed on a pro rata basis, in accordance with the methodology described in that "
     "document;"),
    ("op", "3", "*Requests* the Director General to submit to the Council, through the Standing "
     "Committee on Programmes and Finance, the proposed scale of assessment for 2024."),
    ("space", 12),
    ("table",),
]

# ---------------------------------------------------------------------------
# Layout engine
# ---------------------------------------------------------------------------
PAGE_W, PAGE_H = A4
LEFT = 72.0
RIGHT = PAGE_W - 70.0
BOTTOM = 36.0
FS = 10.5          # body size
LEAD = 12.6
FN_FS = 9.0
FN_LEAD = 10.8
HANG = 36.0        # hanging indent of paragraph numbers

FONTS = {"r": "Times-Roman", "i": "Times-Italic", "b": "Times-Bold", "bi": "Times-BoldItalic"}


def tokenize(text, base="r"):
    """Split text into words: (string, font, marker or None)."""
    words = []
    italic = False
    for raw in text.split(" "):
        if not raw:
            continue
        w = raw
        start_it = w.startswith("*")
        if start_it:
            italic = True
            w = w[1:]
        end_it = False
        marker = None
        mk = re.search(r"\^(\d+)", w)
        if mk:
            marker = mk.group(1)
            w = w.replace(mk.group(0), "")
        if w.endswith("*") or re.search(r"\*[,.;:]$", w):
            end_it = True
            w = w.replace("*", "")
        font = FONTS["i" if italic else base] if base == "r" else FONTS[base]
        words.append((w, font, marker))
        if end_it:
            italic = False
    return words


def word_width(word, size):
    w, font, marker = word
    width = stringWidth(w, font, size)
    if marker:
        width += stringWidth(marker, "Times-Roman", size * 0.62) + 0.5
    return width


def wrap(words, width, size, first_indent=0.0):
    lines, cur, curw = [], [], 0.0
    space = stringWidth(" ", "Times-Roman", size)
    avail = width - first_indent
    for wd in words:
        ww = word_width(wd, size)
        need = ww if not cur else curw + space + ww
        if cur and need > avail:
            lines.append(cur)
            cur, curw = [wd], ww
            avail = width
        else:
            cur.append(wd)
            curw = need
    if cur:
        lines.append(cur)
    return lines


class Doc:
    def __init__(self):
        self.c = canvas.Canvas(OUT, pagesize=A4)
        self.c.setTitle("S/30/7 - Scale of assessment for the administrative part of the budget for 2023")
        self.c.setAuthor("International Organization for Migration")
        self.page = 1
        self.y = 0.0
        self.page_fns = []      # footnote numbers on this page

    # ---- footnotes -------------------------------------------------------
    def fn_lines(self, num):
        return wrap(tokenize(FOOTNOTES[num]), RIGHT - LEFT - 12, FN_FS)

    def fn_height(self, nums):
        if not nums:
            return 0.0
        h = 14.0
        for n in nums:
            h += len(self.fn_lines(n)) * FN_LEAD + 2
        return h

    def room(self, h, new_markers=()):
        limit = BOTTOM + self.fn_height(self.page_fns + [m for m in new_markers if m])
        return self.y - h >= limit

    def draw_footnotes(self):
        if not self.page_fns:
            return
        c = self.c
        y = BOTTOM + self.fn_height(self.page_fns) - 4
        c.setLineWidth(0.5)
        c.line(LEFT, y, LEFT + 144, y)
        y -= 12
        for n in self.page_fns:
            c.setFont("Times-Roman", FN_FS * 0.7)
            c.drawString(LEFT, y + 3.2, n)
            for ln in self.fn_lines(n):
                self.draw_line(ln, LEFT + 12, y, RIGHT - LEFT - 12, FN_FS, justify=False)
                y -= FN_LEAD
            y -= 2

    # ---- pages -----------------------------------------------------------
    def new_page(self):
        self.draw_footnotes()
        self.c.showPage()
        self.page += 1
        self.page_fns = []
        c = self.c
        c.setFont("Times-Roman", 10)
        c.drawRightString(RIGHT, PAGE_H - 40, SYMBOL)
        c.drawRightString(RIGHT, PAGE_H - 52, "Page %d" % self.page)
        self.y = PAGE_H - 64

    def ensure(self, h, markers=()):
        if not self.room(h, markers):
            self.new_page()

    # ---- drawing ---------------------------------------------------------
    def draw_line(self, words, x, y, width, size, justify):
        c = self.c
        space = stringWidth(" ", "Times-Roman", size)
        total = sum(word_width(w, size) for w in words)
        gap = space
        if justify and len(words) > 1:
            gap = (width - total) / (len(words) - 1)
            if gap > space * 3:
                gap = space
        cx = x
        for w, font, marker in words:
            c.setFont(font, size)
            c.drawString(cx, y, w)
            cx += stringWidth(w, font, size)
            if marker:
                c.setFont("Times-Roman", size * 0.62)
                c.drawString(cx + 0.5, y + size * 0.38, marker)
                cx += stringWidth(marker, "Times-Roman", size * 0.62) + 0.5
            cx += gap

    def block(self, text, x, width, label=None, label_x=None, first_indent=0.0,
              before=0.0, justify=True, base="r"):
        words = tokenize(text, base)
        lines = wrap(words, width, FS, first_indent)
        if before and self.y < PAGE_H - 90:
            self.y -= before
        for i, ln in enumerate(lines):
            markers = [w[2] for w in ln if w[2]]
            # keep at least two lines of a block together at the page foot
            need = LEAD * (2 if i == 0 and len(lines) > 1 else 1)
            self.ensure(need, markers)
            self.y -= LEAD
            if i == 0 and label:
                self.c.setFont("Times-Roman", FS)
                self.c.drawString(label_x, self.y, label)
            xi = x + (first_indent if i == 0 else 0)
            wi = width - (first_indent if i == 0 else 0)
            self.draw_line(ln, xi, self.y, wi, FS, justify and i < len(lines) - 1)
            for m in markers:
                self.page_fns.append(m)

    # ---- cover -----------------------------------------------------------
    def cover(self):
        c = self.c
        c.setFont("Times-Bold", 12)
        c.drawRightString(RIGHT, PAGE_H - 50, SYMBOL)
        c.setFont("Times-Roman", 11)
        c.drawRightString(RIGHT, PAGE_H - 66, "Original: English")
        c.drawRightString(RIGHT, PAGE_H - 80, "19 May 2022")
        c.setFont("Times-Bold", 11)
        c.drawString(LEFT, PAGE_H - 110, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE")
        c.setFont("Times-Roman", 11)
        c.drawString(LEFT, PAGE_H - 124, "Thirtieth Session")
        c.setFont("Times-Bold", 12)
        mid = (LEFT + RIGHT) / 2
        c.drawCentredString(mid, PAGE_H - 164, "SCALE OF ASSESSMENT FOR THE ADMINISTRATIVE PART")
        c.drawCentredString(mid, PAGE_H - 179, "OF THE BUDGET FOR 2023")
        self.y = PAGE_H - 196

    # ---- table -----------------------------------------------------------
    NAME_W = 150.0
    COLS = [(318.0, "United Nations", "scale 2022\u20132024"),
              (418.0, "IOM scale", "2022"),
              (RIGHT - 4, "Proposed IOM", "scale 2023")]
    T_FS = 7.6
    T_ROW = 8.3

    def table_header(self):
        c = self.c
        top = self.y
        c.setLineWidth(0.6)
        c.line(LEFT, top, RIGHT, top)
        c.setFont("Times-Bold", self.T_FS)
        y1 = top - 9.5
        y2 = top - 18.5
        c.drawString(LEFT + 2, y2, "Member States")
        for right, l1, l2 in self.COLS:
            cx = right - 32
            c.drawCentredString(cx, y1, l1)
            c.drawCentredString(cx, y2, l2)
        c.setFont("Times-Italic", 8)
        for right, _, _ in self.COLS:
            c.drawCentredString(right - 32, top - 27, "%")
        self.y = top - 30
        c.line(LEFT, self.y, RIGHT, self.y)
        self.y -= 2

    def table(self):
        c = self.c
        caption = "Proposed scale of assessment for 2023 (percentages)"
        rows = []
        for name in sorted(R2023, key=lambda n: n.replace("\u00f4", "o")):
            un = UNRATE.get(name)
            rows.append((name, fmt(un) if un is not None else "\u2013", fmt(R2022[name]),
                         fmt(R2023[name]), "2" if name == "Holy See" else None))
        # caption + header + three rows must fit
        self.ensure(20 + 32 + 3 * self.T_ROW)
        c.setFont("Times-Bold", 10.5)
        self.y -= 12
        c.drawCentredString((LEFT + RIGHT) / 2, self.y, caption)
        self.y -= 8
        self.table_header()
        for name, un, r22, r23, marker in rows:
            name_lines = wrap(tokenize(name + ("^" + marker if marker else "")),
                              self.NAME_W, self.T_FS)
            h = self.T_ROW * len(name_lines)
            if not self.room(h, [marker] if marker else []):
                c.setLineWidth(0.6)
                c.line(LEFT, self.y - 3, RIGHT, self.y - 3)
                self.new_page()
                self.table_header()
            y = self.y - self.T_ROW + 2
            for i, ln in enumerate(name_lines):
                self.draw_line(ln, LEFT + 2 + (8 if i else 0), y - i * self.T_ROW,
                               self.NAME_W, self.T_FS, False)
            c.setFont("Times-Roman", self.T_FS)
            for (right, _, _), val in zip(self.COLS, (un, r22, r23)):
                c.drawRightString(right, y, val)
            if marker:
                self.page_fns.append(marker)
            self.y -= h
        # total row
        self.y -= 3
        c.setLineWidth(0.6)
        c.line(LEFT, self.y, RIGHT, self.y)
        y = self.y - self.T_ROW
        c.setFont("Times-Bold", self.T_FS)
        c.drawString(LEFT + 2, y, "TOTAL")
        for (right, _, _), val in zip(self.COLS, (fmt(UN_TOTAL), "100.0000", "100.0000")):
            c.drawRightString(right, y, val)
        self.y = y - 4
        c.line(LEFT, self.y, RIGHT, self.y)
        c.line(LEFT, self.y - 1.6, RIGHT, self.y - 1.6)

    # ---- main ------------------------------------------------------------
    def build(self):
        self.cover()
        for el in BODY:
            kind = el[0]
            if kind == "heading":
                self.ensure(LEAD * 3)
                self.y -= 8
                self.block(el[1], LEFT, RIGHT - LEFT, base="b", justify=False)
                self.y -= 3
            elif kind == "para":
                self.y -= 5
                self.block(el[2], LEFT + HANG, RIGHT - LEFT - HANG, label=el[1] + ".",
                           label_x=LEFT)
            elif kind == "item":
                self.y -= 4
                self.block(el[2], LEFT + 2 * HANG, RIGHT - LEFT - 2 * HANG, label=el[1],
                           label_x=LEFT + HANG)
            elif kind == "space":
                self.y -= el[1]
            elif kind == "centre":
                self.ensure(LEAD * 4)
                self.y -= LEAD
                self.c.setFont("Times-Bold", FS)
                self.c.drawCentredString((LEFT + RIGHT) / 2, self.y, el[1])
            elif kind == "plain":
                self.y -= 4
                self.block(el[1], LEFT + HANG, RIGHT - LEFT - HANG, justify=False)
            elif kind == "preamble":
                self.y -= 6
                self.block(el[1], LEFT, RIGHT - LEFT, first_indent=HANG)
            elif kind == "op":
                self.y -= 6
                self.block(el[2], LEFT + HANG, RIGHT - LEFT - HANG, label=el[1] + ".",
                           label_x=LEFT)
            elif kind == "table":
                self.table()
        self.draw_footnotes()
        self.c.showPage()
        self.c.save()


if __name__ == "__main__":
    Doc().build()
    print("wrote", OUT)
