"""Draws scale-of-assessment-2013c.pdf: SCPF/96, scale of assessment for 2014 (IOM, April 2013)."""
import os
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT

# ---------------------------------------------------------------- data and derivation
# United Nations rates (per cent): (scale 2010-2012, scale 2013-2015); None = not assessed by the UN
UN = [
("Afghanistan", 0.004, 0.005), ("Albania", 0.010, 0.010), ("Algeria", 0.128, 0.137),
("Angola", 0.010, 0.010), ("Antigua and Barbuda", 0.002, 0.002), ("Argentina", 0.287, 0.432),
("Armenia", 0.005, 0.007), ("Australia", 1.933, 2.074), ("Austria", 0.851, 0.798),
("Azerbaijan", 0.015, 0.040), ("Bahamas", 0.018, 0.017), ("Bangladesh", 0.010, 0.010),
("Belarus", 0.042, 0.056), ("Belgium", 1.075, 0.998), ("Belize", 0.001, 0.001),
("Benin", 0.003, 0.003), ("Bolivia (Plurinational State of)", 0.007, 0.009),
("Bosnia and Herzegovina", 0.014, 0.017), ("Botswana", 0.018, 0.017), ("Brazil", 1.611, 2.934),
("Bulgaria", 0.038, 0.047), ("Burkina Faso", 0.003, 0.003), ("Burundi", 0.001, 0.001),
("Cambodia", 0.003, 0.004), ("Cameroon", 0.011, 0.012), ("Canada", 3.207, 2.984),
("Cape Verde", 0.001, 0.001), ("Central African Republic", 0.001, 0.001), ("Chad", 0.002, 0.002),
("Chile", 0.236, 0.334), ("Colombia", 0.144, 0.259), ("Comoros", 0.001, 0.001),
("Congo", 0.003, 0.005), ("Costa Rica", 0.034, 0.038), ("C\u00f4te d\u2019Ivoire", 0.010, 0.011),
("Croatia", 0.097, 0.126), ("Cyprus", 0.046, 0.047), ("Czech Republic", 0.349, 0.386),
("Democratic Republic of the Congo", 0.003, 0.003), ("Denmark", 0.736, 0.675),
("Djibouti", 0.001, 0.001), ("Dominica", 0.001, 0.001), ("Dominican Republic", 0.042, 0.045),
("Ecuador", 0.040, 0.044), ("Egypt", 0.094, 0.134), ("El Salvador", 0.019, 0.016),
("Estonia", 0.040, 0.040), ("Ethiopia", 0.008, 0.010), ("Fiji", 0.004, 0.003),
("Finland", 0.566, 0.519), ("France", 6.123, 5.593), ("Gabon", 0.014, 0.020),
("Gambia", 0.001, 0.001), ("Georgia", 0.006, 0.007), ("Germany", 8.018, 7.141),
("Ghana", 0.006, 0.014), ("Greece", 0.691, 0.638), ("Guatemala", 0.028, 0.027),
("Guinea", 0.002, 0.001), ("Guinea-Bissau", 0.001, 0.001), ("Guyana", 0.001, 0.001),
("Haiti", 0.003, 0.003), ("Holy See", None, None), ("Honduras", 0.008, 0.008),
("Hungary", 0.291, 0.266), ("India", 0.534, 0.666), ("Iran (Islamic Republic of)", 0.233, 0.356),
("Ireland", 0.498, 0.418), ("Israel", 0.384, 0.396), ("Italy", 4.999, 4.448),
("Jamaica", 0.014, 0.011), ("Japan", 12.530, 10.833), ("Jordan", 0.014, 0.022),
("Kazakhstan", 0.076, 0.121), ("Kenya", 0.012, 0.013), ("Kyrgyzstan", 0.001, 0.002),
("Latvia", 0.038, 0.047), ("Lesotho", 0.001, 0.001), ("Liberia", 0.001, 0.001),
("Libya", 0.129, 0.142), ("Lithuania", 0.065, 0.073), ("Luxembourg", 0.090, 0.081),
("Madagascar", 0.003, 0.003), ("Malawi", 0.001, 0.002), ("Maldives", 0.001, 0.001),
("Mali", 0.003, 0.004), ("Malta", 0.017, 0.016), ("Marshall Islands", 0.001, 0.001),
("Mauritania", 0.001, 0.002), ("Mauritius", 0.011, 0.013), ("Mexico", 2.356, 1.842),
("Micronesia (Federated States of)", 0.001, 0.001), ("Mongolia", 0.002, 0.003),
("Montenegro", 0.004, 0.005), ("Morocco", 0.058, 0.062), ("Mozambique", 0.003, 0.003),
("Myanmar", 0.006, 0.010), ("Namibia", 0.008, 0.010), ("Nauru", 0.001, 0.001),
("Nepal", 0.006, 0.006), ("Netherlands", 1.855, 1.654), ("New Zealand", 0.273, 0.253),
("Nicaragua", 0.003, 0.003), ("Niger", 0.002, 0.002), ("Nigeria", 0.078, 0.090),
("Norway", 0.871, 0.851), ("Pakistan", 0.082, 0.085), ("Palau", 0.001, 0.001),
("Panama", 0.022, 0.026), ("Papua New Guinea", 0.002, 0.004), ("Paraguay", 0.007, 0.010),
("Peru", 0.090, 0.117), ("Philippines", 0.090, 0.154), ("Poland", 0.828, 0.921),
("Portugal", 0.511, 0.474), ("Republic of Korea", 2.260, 1.994),
("Republic of Moldova", 0.002, 0.003), ("Romania", 0.177, 0.226),
("Russian Federation", 1.602, 2.438), ("Rwanda", 0.001, 0.002),
("Saint Kitts and Nevis", 0.001, 0.001), ("Saint Vincent and the Grenadines", 0.001, 0.001),
("Senegal", 0.006, 0.006), ("Serbia", 0.037, 0.040), ("Seychelles", 0.002, 0.001),
("Sierra Leone", 0.001, 0.001), ("Slovakia", 0.142, 0.171), ("Slovenia", 0.103, 0.100),
("Solomon Islands", "new", 0.001), ("Somalia", 0.001, 0.001), ("South Africa", 0.385, 0.372),
("South Sudan", "new", 0.004), ("Spain", 3.177, 2.973), ("Sri Lanka", 0.019, 0.025),
("Sudan", 0.010, 0.010), ("Swaziland", 0.003, 0.003), ("Sweden", 1.064, 0.960),
("Switzerland", 1.130, 1.047), ("Tajikistan", 0.002, 0.003), ("Thailand", 0.209, 0.239),
("The former Yugoslav Republic of Macedonia", 0.007, 0.008), ("Timor-Leste", 0.001, 0.002),
("Togo", 0.001, 0.001), ("Trinidad and Tobago", 0.044, 0.044), ("Tunisia", 0.030, 0.036),
("Turkey", 0.617, 1.328), ("Tuvalu", "new", 0.001), ("Uganda", 0.006, 0.006),
("Ukraine", 0.087, 0.099),
("United Kingdom of Great Britain and Northern Ireland", 6.604, 5.179),
("United Republic of Tanzania", 0.008, 0.009), ("United States of America", 22.000, 22.000),
("Uruguay", 0.027, 0.052), ("Vanuatu", 0.001, 0.001),
("Venezuela (Bolivarian Republic of)", 0.314, 0.627), ("Viet Nam", 0.033, 0.042),
("Yemen", 0.010, 0.010), ("Zambia", 0.004, 0.006), ("Zimbabwe", 0.003, 0.002),
]
MIN = 2  # minimum rate in thousandths of a per cent (0.002)

def derive(pairs):
    """pairs: list of (name, un_rate or None). Returns dict name -> thousandths, plus stats."""
    from fractions import Fraction as F
    un = {n: (F(str(r)) if r is not None else None) for n, r in pairs}
    at_min = {n for n, r in un.items() if r is None}
    while True:
        rest = [n for n in un if n not in at_min]
        total_rest = sum(un[n] for n in rest)
        factor = (F(100) - F(MIN, 1000) * len(at_min)) / total_rest
        newmin = {n for n in rest if un[n] * factor < F(MIN, 1000)}
        if not newmin:
            break
        at_min |= newmin
    exact = {}
    for n in un:
        exact[n] = F(MIN, 1000) if n in at_min else un[n] * factor
    rounded = {n: round(exact[n] * 1000) for n in un}
    resid = 100000 - sum(rounded.values())
    order = sorted([n for n in un if n not in at_min], key=lambda n: -exact[n])
    step = 1 if resid > 0 else -1
    adjusted = []
    for n in order[:abs(resid)]:
        rounded[n] += step
        adjusted.append(n)
    assert sum(rounded.values()) == 100000
    un_total = sum(r for r in un.values() if r is not None)
    return rounded, dict(factor=float(factor), n_min=len(at_min), resid=resid, adjusted=adjusted,
                         un_total=float(un_total), n=len(un))

def compute():
    r13, s13 = derive([(n, a) for n, a, b in UN if a != "new"])
    r14, s14 = derive([(n, b) for n, a, b in UN])
    return r13, s13, r14, s14


HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "scale-of-assessment-2013c.pdf")
SYMBOL = "SCPF/96"
W, H = A4
LM, RM = 72, 72
TW = W - LM - RM
TOP_FIRST = H - 60      # top of body on the first text page (under the header)
TOP = H - 100
BOTTOM = 62

body = ParagraphStyle("body", fontName="Times-Roman", fontSize=11.5, leading=14.2,
                      alignment=TA_JUSTIFY, firstLineIndent=36)
numst = ParagraphStyle("num", parent=body, firstLineIndent=0, alignment=TA_LEFT)
itemst = ParagraphStyle("item", parent=body, firstLineIndent=0, leftIndent=72)
labelst = ParagraphStyle("label", parent=numst, leftIndent=36)
fnst = ParagraphStyle("fn", fontName="Times-Roman", fontSize=9, leading=10.6, alignment=TA_JUSTIFY,
                      leftIndent=10, firstLineIndent=-10)
titlest = ParagraphStyle("title", fontName="Times-Bold", fontSize=12, leading=15, alignment=TA_CENTER)
capst = ParagraphStyle("cap", fontName="Times-Bold", fontSize=11, leading=14, alignment=TA_CENTER)

# ---------------------------------------------------------------- content
r13, s13, r14, s14 = compute()
assert abs(s14["un_total"] - 91.387) < 1e-9 and abs(s13["un_total"] - 93.927) < 1e-9
assert round(s14["factor"], 5) == 1.09396 and round(s13["factor"], 5) == 1.06436
assert s14["n_min"] == 28 and s13["n_min"] == 29 and s14["resid"] == 6 and s13["resid"] == 8
assert s13["n"] == 156 and s14["n"] == 159
chg = {n: r14[n] - r13[n] for n in r13}
assert (sum(v > 0 for v in chg.values()), sum(v < 0 for v in chg.values()),
        sum(v == 0 for v in chg.values())) == (76, 28, 52)
assert chg["Brazil"] == 1495 and chg["Japan"] == -1485

FN = {
    1: "General Assembly resolution 67/238 of 24 December 2012 on the scale of assessments for the "
       "apportionment of the expenses of the United Nations.",
    2: "The floor of the United Nations scale has stood at 0.001 per cent since the scale for the "
       "period 1998\u20132000; the ceiling remains at 22 per cent.",
    3: "This follows established practice: contributions assessed on States admitted in the course "
       "of a financial period do not alter the rates of the other Member States and are reported "
       "in the Financial Report for the year concerned.",
}

def fnref(n):
    return '<super><font size="7">%d</font></super>' % n

blocks = [
    ("para", 1,
     "The Constitution provides that the administrative part of the budget shall be financed by cash "
     "contributions from Member States, assessed in accordance with a scale of assessment agreed upon "
     "by the Council. This document presents the scale proposed for 2014. It is submitted to the "
     "Standing Committee on Programmes and Finance for review at its Twelfth Session, after which it "
     "will be transmitted, together with the Programme and Budget for 2014, to the Council at its "
     "103rd Session in November 2013.", []),
    ("para", 2,
     "Since 2003, the IOM scale has been equated with the scale of assessments of the United Nations, "
     "in keeping with the decision taken by the Council in Resolution No. 1080 (LXXXIV) of "
     "4 December 2002. The United Nations scale is revised every three years; the General Assembly "
     "adopted the rates applicable for the period 2013\u20132015 in December 2012." + fnref(1), [1]),
    ("para", 3,
     "The IOM scale for 2013 (document SCPF/79), which the Council approved through Resolution "
     "No. 1241 of 27 November 2012, had to be established in the first half of 2012, when the new "
     "United Nations rates were not yet known, and was therefore derived from the United Nations "
     "scale for 2010\u20132012. The scale proposed for 2014 is the first IOM scale based on the rates "
     "for 2013\u20132015. Most of the differences between the two years shown in the table below "
     "result from that triennial revision; the IOM methodology itself is unchanged.", []),
    ("para", 4,
     "The derivation is made in three steps. The United Nations rates of all IOM Member States are "
     "first added together: for 2014 they amount to 91.387 per cent, the balance of the United "
     "Nations scale corresponding to States that are not members of IOM. The minimum rate described "
     "in paragraph 6 is then applied. Finally, the rates of all other Member States are increased in "
     "the same proportion, so that the IOM scale, including the Member States assessed at the "
     "minimum, adds up to 100 per cent. The factor obtained for 2014 is 1.09396, compared with "
     "1.06436 for 2013, when the United Nations rates of the then 156 Member States totalled "
     "93.927 per cent.", []),
    ("para", 5,
     "Each rate is expressed as a percentage rounded to three decimal places. Since rates rounded one "
     "by one do not add up to exactly 100.000 per cent, the residual difference, which amounts to "
     "0.006 per cent for 2014 (0.008 per cent for 2013), is distributed in steps of 0.001 per cent "
     "among the Member States with the highest rates, beginning with the largest. No rate is altered "
     "by more than 0.001 per cent in this way.", []),
    ("para", 6,
     "The IOM scale applies a minimum rate of 0.002 per cent, that is, twice the floor of the United "
     "Nations scale," + fnref(2) + " in recognition of the cost of servicing every Member State. The "
     "same minimum applies to a Member State that is not assessed under the United Nations scale, "
     "which is the case of the Holy See. In 2014, 28 Member States will be assessed at the minimum "
     "rate, against 29 in 2013.", [2]),
    ("para", 7,
     "At its 101st Session, the Council admitted Solomon Islands, South Sudan and Tuvalu to "
     "membership. As the scale for 2013 had already been established at the time of their admission, "
     "these three States appear in the 2014 column only, which brings the number of Member States in "
     "the scale to 159. Their contributions for 2013 have been calculated by applying the method "
     "described above to their United Nations rates and are recorded as additional assessed "
     "income." + fnref(3), [3]),
    ("para", 8,
     "A State admitted to membership after the approval of the scale for 2014 will be assessed from "
     "the date of its admission on the same basis. The resulting contribution will be treated as "
     "additional income, and the rates of the other Member States will not be modified.", []),
    ("para", 9,
     "Compared with 2013, the rates of 76 Member States increase, those of 28 decrease and those of "
     "52 remain unchanged. The largest increases concern Brazil (1.495 percentage points), the "
     "Russian Federation and Turkey, while the largest reductions concern Japan (1.485 percentage "
     "points), the United Kingdom of Great Britain and Northern Ireland and Germany, reflecting the "
     "changes in their relative shares of world income on which the United Nations scale is based.",
     []),
    ("para", 10, "The Standing Committee on Programmes and Finance is invited:", []),
    ("item", "(a)",
     "to take note of the method used to derive the IOM scale of assessment from the United Nations "
     "scale of assessments for 2013\u20132015; and", []),
    ("item", "(b)",
     "to recommend that the Council approve the scale of assessment for the administrative part of "
     "the budget for 2014 set out in the table below.", []),
]

# ---------------------------------------------------------------- table data
def fmt(v):
    return "%d.%03d" % (v // 1000, v % 1000)

def fmt_chg(v):
    if v < 0:
        return "(%s)" % fmt(-v)
    return fmt(v)

rows = [["Member State", "2013\n(%)", "2014\n(%)", "Change\n(%)"]]
for name, a, b in UN:
    if a == "new":
        rows.append([name, "\u2013", fmt(r14[name]), "\u2013"])
    else:
        rows.append([name, fmt(r13[name]), fmt(r14[name]), fmt_chg(r14[name] - r13[name])])
assert sum(r13.values()) == 100000 and sum(r14.values()) == 100000
rows.append(["TOTAL", "100.000", "100.000", ""])
NROWS = len(rows)
CAPTION = "Scale of assessment for the administrative part of the budget, 2013 and 2014"

tstyle = TableStyle([
    ("FONT", (0, 0), (-1, -1), "Times-Roman", 10.5),
    ("LEADING", (0, 0), (-1, -1), 12),
    ("FONT", (0, 0), (-1, 0), "Times-Bold", 10.5),
    ("FONT", (0, NROWS - 1), (-1, NROWS - 1), "Times-Bold", 10.5),
    ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
    ("ALIGN", (0, 0), (0, -1), "LEFT"),
    ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
    ("TOPPADDING", (0, 1), (-1, -1), 0.6),
    ("BOTTOMPADDING", (0, 1), (-1, -1), 0.6),
    ("BOTTOMPADDING", (0, 0), (-1, 0), 4),
    ("TOPPADDING", (0, 1), (-1, 1), 4),
    ("TOPPADDING", (0, NROWS - 1), (-1, NROWS - 1), 9),
    ("LINEBELOW", (0, 0), (-1, 0), 0.6, (0, 0, 0)),
    ("LEFTPADDING", (0, 0), (0, -1), 0),
    ("RIGHTPADDING", (-1, 0), (-1, -1), 6),
])
COLW = [255, 64, 64, 68]

# ---------------------------------------------------------------- layout engine
class Page:
    def __init__(self, first=False):
        self.ops = []
        self.fns = []
        self.first = first
        self.y = TOP_FIRST if first else TOP

    def fn_height(self, extra=()):
        nums = list(self.fns) + list(extra)
        if not nums:
            return 0
        h = 14
        for n in nums:
            p = Paragraph(fnref(n) + " " + FN[n], fnst)
            h += p.wrap(TW, 1000)[1] + 2
        return h

    def avail(self, extra=()):
        return self.y - BOTTOM - self.fn_height(extra)


pages = []

def new_page():
    p = Page(first=(len(pages) == 0))
    pages.append(p)
    return p

page = new_page()

# running title on the first text page (the cover is drawn separately)
t = Paragraph("SCALE OF ASSESSMENT FOR THE ADMINISTRATIVE PART<br/>OF THE BUDGET FOR 2014", titlest)
_, th = t.wrap(TW, 1000)
page.y -= 24
page.ops.append(("flow", t, LM, page.y - th))
page.y -= th + 22

GAP = 10
for kind, label, text, fns in blocks:
    style = body if kind == "para" else itemst
    p = Paragraph(text, style)
    lab = Paragraph("%s." % label if kind == "para" else label, numst if kind == "para" else labelst)
    _, h = p.wrap(TW, 10000)
    need = h + GAP
    if need > page.avail(fns):
        avail = page.avail(fns) - GAP
        parts = p.split(TW, avail) if avail > 2 * body.leading else []
        if len(parts) == 2:
            a, b = parts
            _, ha = a.wrap(TW, 10000)
            page.y -= GAP
            page.ops.append(("flow", a, LM, page.y - ha))
            lab.wrap(TW, 1000)
            page.ops.append(("flowtop", lab, LM, page.y))
            page.fns += fns  # markers in these paragraphs sit in the first part (checked visually)
            page = new_page()
            _, hb = b.wrap(TW, 10000)
            page.ops.append(("flow", b, LM, page.y - hb))
            page.y -= hb
            continue
        page = new_page()
    page.y -= GAP
    page.ops.append(("flow", p, LM, page.y - h))
    lab.wrap(TW, 1000)
    page.ops.append(("flowtop", lab, LM, page.y))
    page.fns += fns
    page.y -= h

# the table follows the text, with its caption, and runs over the following pages
cap = Paragraph(CAPTION, capst)
_, ch_ = cap.wrap(TW, 100)
page.y -= 26
if page.avail() < ch_ + 12 + 10 * 13:   # keep the caption with at least ten rows
    page = new_page()
page.ops.append(("flow", cap, LM, page.y - ch_))
page.y -= ch_ + 12
table = Table(rows, colWidths=COLW, repeatRows=1, style=tstyle, hAlign="LEFT")
TX = LM + (TW - sum(COLW)) / 2
remaining = table
while remaining is not None:
    w, h = remaining.wrap(sum(COLW), page.avail())
    if h <= page.avail():
        page.ops.append(("flow", remaining, TX, page.y - h))
        page.y -= h
        remaining = None
        break
    parts = remaining.split(sum(COLW), page.avail())
    first, rest = parts[0], parts[1]
    _, h1 = first.wrap(sum(COLW), page.avail())
    page.ops.append(("flow", first, TX, page.y - h1))
    page.y -= h1
    remaining = rest
    page = new_page()

# ---------------------------------------------------------------- drawing
c = canvas.Canvas(OUT, pagesize=A4)
c.setTitle("SCPF/96 - Scale of assessment for the administrative part of the budget for 2014")
c.setAuthor("International Organization for Migration")


def right(c, y, text, font="Times-Roman", size=11.5):
    c.setFont(font, size)
    c.drawRightString(W - RM, y, text)


def cover(c):
    right(c, H - 62, SYMBOL, "Times-Bold", 12)
    right(c, H - 80, "Original: English")
    right(c, H - 94, "11 April 2013")
    c.setFont("Times-Bold", 12)
    c.drawCentredString(W / 2, H - 170, "TWELFTH SESSION")
    c.setFont("Times-Roman", 11.5)
    c.drawCentredString(W / 2, H - 196, "_" * 68)
    c.setFont("Times-Bold", 13)
    c.drawCentredString(W / 2, H / 2 + 40, "SCALE OF ASSESSMENT FOR THE ADMINISTRATIVE")
    c.drawCentredString(W / 2, H / 2 + 22, "PART OF THE BUDGET FOR 2014")
    # trilingual footer
    c.setLineWidth(0.8)
    c.line(LM, 98, W - RM, 98)
    c.setFont("Helvetica-Bold", 8.5)
    c.drawCentredString(W / 2, 84, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE")
    c.drawCentredString(W / 2, 72, "COMIT\u00c9 PERMANENT DES PROGRAMMES ET DES FINANCES")
    c.drawCentredString(W / 2, 60, "COMIT\u00c9 PERMANENTE DE PROGRAMAS Y FINANZAS")
    c.showPage()


cover(c)
for i, pg in enumerate(pages, start=1):
    right(c, H - 50, SYMBOL)
    right(c, H - 64, "Page %d" % i)
    for op in pg.ops:
        kind, f, x, y = op
        if kind == "flow":
            f.drawOn(c, x, y)
        else:  # flowtop: y is the top of the block
            _, hh = f.wrap(TW, 1000)
            f.drawOn(c, x, y - hh)
    if pg.fns:
        y = BOTTOM + pg.fn_height() - 6
        c.setLineWidth(0.5)
        c.line(LM, y, LM + 144, y)
        y -= 8
        for n in pg.fns:
            p = Paragraph(fnref(n) + " " + FN[n], fnst)
            _, hh = p.wrap(TW, 1000)
            p.drawOn(c, LM, y - hh)
            y -= hh + 2
    c.showPage()
c.save()
print("pages:", len(pages) + 1)
