"""Draws dg-report-2008.pdf: Report of the Director General on the work of the
Organization for the year 2007 (MC/2249), with reportlab (canvas, own layout)."""
import os
import re
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dg-report-2008.pdf")

SYMBOL = "MC/2249"
W, H = A4
LM, RM = 72, 72
TOP, BOT = 62, 58
X0, X1 = LM, W - RM
TW = X1 - X0
FS, LEAD = 10.5, 12.6
FN_FS, FN_LEAD = 8.5, 10.2
GAP = 7  # space between blocks
TAB = 28  # indent after paragraph number

# --------------------------------------------------------------------------
# figures
T1 = [  # region, resettlement, returns, other, total 2006
    ("Africa", 1245, 48310, 6120, 51204),
    ("Americas", 48930, 12406, 8815, 63877),
    ("Asia and Oceania", 9874, 38520, 15402, 71310),
    ("Europe", 7118, 21644, 11236, 42561),
    ("Middle East", 312, 9870, 3215, 10129),
]
T2 = [  # service area, 2006, 2007 (USD million)
    ("Movement, emergency and post-crisis migration management", 330.6, 352.4),
    ("Migration health", 38.2, 41.7),
    ("Migration and development", 33.5, 38.9),
    ("Regulating migration", 112.9, 128.6),
    ("Facilitating migration", 37.4, 43.2),
    ("Migration policy, research and communications", 5.1, 6.8),
    ("Reparation programmes", 140.7, 96.5),
    ("General programme support", 11.2, 13.6),
    ("Administrative Part of the Budget", 34.8, 36.1),
]
T3 = [  # region, offices, officials, employees
    ("Africa", 92, 168, 1512),
    ("Americas", 61, 104, 1046),
    ("Asia and Oceania", 88, 176, 1498),
    ("Europe", 97, 142, 702),
    ("Middle East", 28, 58, 406),
    ("Headquarters (Geneva)", 1, 140, 108),
    ("Administrative centres (Manila, Panama)", 2, 32, 38),
]

def n(v):
    return f"{v:,}"

t1_rows = []
tot = [0, 0, 0, 0, 0]
for r, a, b, c, p in T1:
    s = a + b + c
    t1_rows.append([r, n(a), n(b), n(c), n(s), n(p)])
    for i, v in enumerate((a, b, c, s, p)):
        tot[i] += v
t1_rows.append(["Total"] + [n(v) for v in tot])
T1_TOTAL, T1_PREV = tot[3], tot[4]
assert T1_TOTAL == 243017 and T1_PREV == 239081, tot

t2_rows = []
s6 = round(sum(r[1] for r in T2), 1)
s7 = round(sum(r[2] for r in T2), 1)
for r, a, b in T2:
    t2_rows.append([r, f"{a:.1f}", f"{b:.1f}", f"{(b - a) / a * 100:+.1f}"])
t2_rows.append(["Total", f"{s6:.1f}", f"{s7:.1f}", f"{(s7 - s6) / s6 * 100:+.1f}"])
assert (s6, s7) == (744.4, 757.8), (s6, s7)

t3_rows = []
tt = [0, 0, 0, 0]
for r, o, a, b in T3:
    t3_rows.append([r, n(o), n(a), n(b), n(a + b)])
    for i, v in enumerate((o, a, b, a + b)):
        tt[i] += v
t3_rows.append(["Total"] + [n(v) for v in tt])
assert tt == [369, 820, 5310, 6130], tt

# --------------------------------------------------------------------------
# footnotes (numbered through the document)
FOOT = {
    "1": "See document MC/INF/287 and Resolution No. 1150 of 7 June 2007, by which the Council adopted the IOM Strategy.",
    "2": "Departures of Iraqi refugees reached 1,608 persons in 2007; the Administration expects a substantial increase in 2008.",
    "3": "Under the cluster approach agreed by the Inter-Agency Standing Committee in 2005, IOM leads the global cluster on camp coordination and camp management in natural disasters.",
    "4": "The figure covers cases entered in the IOM counter-trafficking database; persons assisted solely by partner organizations are not included.",
    "5": "Staff on project-funded posts are included; consultants and staff on contracts of less than six months are not.",
}

# --------------------------------------------------------------------------
# body: list of blocks
B = []
def title(*lines): B.append(("title", lines))
def h1(num, text, key): B.append(("h1", num, text, key))
def h2(num, text, key): B.append(("h2", num, text, key))
def p(num, text): B.append(("p", num, text))
def items(kind, lst): B.append(("items", kind, lst))
def table(caption, heads, widths, rows): B.append(("table", caption, heads, widths, rows))
def pagebreak(): B.append(("break",))
def annex_head(label, ttl): B.append(("annexhead", label, ttl))
def text(t): B.append(("text", t))

title("REPORT OF THE DIRECTOR GENERAL ON THE WORK OF THE ORGANIZATION", "FOR THE YEAR 2007")

h1(None, "INTRODUCTION", "intro")
p(1, "The present report describes the work of the International Organization for Migration during the year 2007. "
     "It is submitted to the Executive Committee together with the Financial Report for the year ended "
     "31 December 2007 (MC/2250), to which readers are referred for the audited accounts.")
p(2, "The year under review was the first in which the Organization was guided by a strategy formally agreed by its "
     "Member States. The IOM Strategy, adopted by the Council in June 2007,{1} lists twelve activities through which "
     "IOM pursues its mission, and the Administration has begun to align its service areas and its reporting with them.")
p(3, f"Demand for IOM services continued to grow. Total expenditure reached USD {s7:.1f} million, the number of active "
     "projects rose from 1,710 to 1,890 and membership increased to 125 States. The chapters below follow the "
     "service areas of the Organization; the distribution of offices and staff is shown in the Annex.")

h1("I", "MOVEMENT, EMERGENCY AND POST-CRISIS MIGRATION MANAGEMENT", "I")
h2("A", "Resettlement and transport assistance", "IA")
p(4, f"In 2007 IOM moved or otherwise assisted {n(T1_TOTAL)} persons, 1.6 per cent more than the {n(T1_PREV)} "
     "assisted in 2006. Resettlement accounted for just over a quarter of the total and returns of all kinds for more "
     "than half, as Table 1 shows.")
table("Table 1: Persons moved or assisted, by region of destination, 2007",
      [("Region", ""), ("", "Resettlement"), ("", "Returns"), ("", "Other"), ("Total", "2007"), ("Total", "2006")],
      [150, 61, 61, 61, 61, 61], t1_rows)
p(5, "Refugee resettlement was again dominated by departures to the United States of America, Canada and Australia, "
     "with smaller programmes for the Nordic countries, New Zealand and new resettlement countries in Europe. "
     "The principal operations were:")
items("bullet", [
    "Burmese refugees in the camps along the Thai-Myanmar border, of whom more than 20,000 departed;",
    "Iraqi refugees in Jordan, Lebanon and the Syrian Arab Republic, for whom processing was scaled up in the second half of the year;{2}",
    "refugees from Bhutan in eastern Nepal, the first group of whom left for the United States in December; and",
    "Somali and Sudanese refugees in Kenya and Ethiopia.",
])
p(6, "Cultural orientation courses before departure reached some 31,500 adults in 29 countries, and the refugee loan "
     "programme continued to finance the travel of refugees resettling in the United States, repayments being "
     "returned to a revolving fund.")
h2("B", "Emergency and post-crisis operations", "IB")
p(7, "The Organization responded to natural disasters in more than 20 countries. Floods in South Asia and in East and "
     "West Africa, the earthquake that struck southern Peru in August and Cyclone Sidr, which hit Bangladesh in November, "
     "all called for the rapid delivery of shelter materials, relief items and transport. In several of these responses "
     "IOM led the coordination of camps and collective centres.{3}")
p(8, "Post-crisis programmes continued in Afghanistan, the Democratic Republic of the Congo, Iraq, the Sudan and "
     "Timor-Leste, among others. In Iraq, IOM monitored the displacement of more than one million persons and assisted "
     "displaced families in all governorates; in the Sudan, it organized the return of displaced persons from Khartoum "
     "to the southern states.")

h1("II", "REGULATING AND FACILITATING MIGRATION", "II")
h2("A", "Assisted voluntary return and reintegration", "IIA")
p(9, "Assisted voluntary return programmes enabled 31,412 migrants to go home from 62 host countries, most of them in "
     "Europe. About one third received reintegration support in the form of vocational training, small business grants "
     "or referral to local services, a larger share than in 2006.")
h2("B", "Counter-trafficking", "IIB")
p(10, "IOM assisted 2,380 victims of trafficking in 2007, 14 per cent more than in the previous year.{4} Assistance "
      "was delivered with a network of partners and covered:")
items("letter", [
    "(a)|safe accommodation and immediate care;",
    "(b)|medical and psychosocial support;",
    "(c)|legal counselling and help in dealing with the authorities; and",
    "(d)|voluntary return and reintegration assistance.",
])
h2("C", "Labour migration and technical cooperation", "IIC")
p(11, "More governments sought help in organizing temporary and circular labour migration. IOM facilitated the seasonal "
      "recruitment of agricultural workers from Colombia to Spain and from Guatemala to Canada, and advised governments "
      "in Asia on the regulation of recruitment agencies.")
p(12, "Technical cooperation projects on border management, travel document security, migration legislation and the "
      "training of officials were under way in 68 countries, several of them in support of regional consultative "
      "processes on migration.")

h1("III", "MIGRATION HEALTH", "III")
p(13, "Health assessments were carried out for 186,400 migrants and refugees at the request of receiving countries, "
      "9 per cent more than in 2006. IOM also worked on HIV prevention among mobile populations, on pandemic influenza "
      "preparedness at borders and on psychosocial support after emergencies.")

h1("IV", "MIGRATION AND DEVELOPMENT", "IV")
p(14, "The Organization took an active part in the first meeting of the Global Forum on Migration and Development, "
      "held in Brussels in July 2007. Its contributions included:")
items("bullet", [
    "a background paper on engaging diasporas as partners in development;",
    "support to the Belgian chairmanship in preparing the roundtable sessions; and",
    "an exhibition of field projects linking migration and development.",
])
p(15, "At country level, the Migration for Development in Africa programme helped members of African diasporas to "
      "transfer their skills to health and education institutions at home, while projects in Central America and the "
      "Pacific sought to lower the cost of sending remittances.")

h1("V", "MIGRATION POLICY, RESEARCH AND COMMUNICATIONS", "V")
p(16, "The International Dialogue on Migration focused in 2007 on migration management in the evolving global "
      "economy. Two intersessional workshops were held, and the Council debated the theme at its November session "
      "on the basis of a background paper (MC/INF/288).")
p(17, "The Organization published 34 titles during the year and began work on the World Migration Report 2008, "
      "which will examine labour mobility in the global economy. More than 180 press briefing notes were issued.")

h1("VI", "MEMBERSHIP, STAFF AND FINANCES", "VI")
h2("A", "Membership and observers", "VIA")
p(18, "At its Ninety-fourth Session the Council admitted Burundi and Viet Nam as Members by Resolutions Nos. 1158 "
      "and 1159 of 27 November 2007. At the end of the year the Organization had 125 Member States, and 18 States and "
      "74 organizations held observer status.")
h2("B", "Staff and offices", "VIB")
p(19, f"At 31 December 2007 IOM employed {n(tt[3])} staff, {n(tt[1])} officials and {n(tt[2])} employees, in "
      f"{tt[0]} offices; more than 90 per cent of them worked in the field.{{5}} Their distribution by region is "
      "given in the Annex.")
h2("C", "Financial overview", "VIC")
p(20, f"Total expenditure in 2007 amounted to USD {s7:.1f} million, against USD {s6:.1f} million in 2006. "
      "The Administrative Part of the Budget was approved at CHF 38,045,000 in the Programme and Budget for 2007 "
      "(MC/2212). Table 2 shows expenditure by service area.")
table("Table 2: Expenditure by service area, 2006-2007 (in millions of US dollars)",
      [("Service area", ""), ("", "2006"), ("", "2007"), ("Change", "(%)")],
      [275, 60, 60, 60], t2_rows)
p(21, "The fall in expenditure on reparation programmes reflects the closure of the German Forced Labour "
      "Compensation Programme; the other service areas grew with new projects in the Middle East, Asia and Africa. "
      "Assessed contributions outstanding at the end of the year are reported in document SCPF/12.")

pagebreak()
annex_head("ANNEX", "IOM OFFICES AND STAFF AT 31 DECEMBER 2007")
text("The table below gives the number of IOM offices and staff members by region. Officials are staff in the "
     "professional and higher categories; employees are staff in the general service category, most of whom are "
     "recruited locally.")
table(None,
      [("Region", ""), ("", "Offices"), ("", "Officials"), ("", "Employees"), ("Total", "staff")],
      [215, 60, 60, 60, 60], t3_rows)
text("Offices include the Headquarters in Geneva, 9 regional offices, 2 administrative centres and country offices, "
     "sub-offices and project sites in more than 110 countries. Staff counts in the Middle East reflect the "
     "expansion of operations for displaced Iraqis during the second half of the year.")

# --------------------------------------------------------------------------
# layout engine
TOK = re.compile(r"\{(\d+)\}")

def words_of(s):
    """split text into (word, marker) tokens; a marker glues to the preceding word"""
    out = []
    for w in s.split():
        m = TOK.search(w)
        if m:
            base = w[:m.start()] + w[m.end():]
            out.append((base, m.group(1)))
        else:
            out.append((w, None))
    return out

def tok_w(t, font=("Times-Roman", FS)):
    w = stringWidth(t[0], font[0], font[1])
    if t[1]:
        w += stringWidth(t[1], font[0], font[1] * 0.62)
    return w

def wrap(s, first_w, rest_w, font=("Times-Roman", FS)):
    toks = words_of(s)
    lines, cur, curw = [], [], 0
    sp = stringWidth(" ", *font)
    for t in toks:
        tw = tok_w(t, font)
        lim = first_w if not lines else rest_w
        if cur and curw + sp + tw > lim:
            lines.append(cur)
            cur, curw = [t], tw
        else:
            curw = curw + (sp if cur else 0) + tw
            cur.append(t)
    if cur:
        lines.append(cur)
    return lines

class Doc:
    def __init__(self, c, toc_pages):
        self.c = c
        self.toc = toc_pages
        self.pages = {}
        self.pageno = 0
        self.label = None
        self.fn_on_page = []
        self.fn_h = 0

    def header(self, label, annex=False):
        c = self.c
        c.setFont("Times-Roman", 10)
        y = H - 40
        c.drawRightString(X1, y, SYMBOL)
        c.drawRightString(X1, y - 12, label)

    def new_page(self, label):
        if self.pageno or self.label is not None:
            self.flush_footnotes()
            self.c.showPage()
        self.pageno += 1
        self.label = label
        self.header(f"Page {label}")
        self.y = H - TOP - 16
        self.fn_on_page = []
        self.fn_h = 0

    def fn_height(self, mk):
        ls = wrap(FOOT[mk], TW - 14, TW - 14, ("Times-Roman", FN_FS))
        return len(ls) * FN_LEAD + 3

    def flush_footnotes(self):
        if not self.fn_on_page:
            return
        c = self.c
        total = sum(self.fn_height(m) for m in self.fn_on_page)
        y = BOT + total + 4
        c.setFont("Times-Roman", FS)
        c.drawString(X0, y + 2, "__________")
        y -= FN_LEAD - 2
        for mk in self.fn_on_page:
            ls = wrap(FOOT[mk], TW - 14, TW - 14, ("Times-Roman", FN_FS))
            c.setFont("Times-Roman", FN_FS * 0.75)
            c.drawString(X0, y + 3, mk)
            for ln in ls:
                self.draw_toks(X0 + 14, y, ln, ("Times-Roman", FN_FS))
                y -= FN_LEAD
            y -= 3

    def room(self, h):
        return self.y - h >= BOT + self.fn_h + 6

    def draw_toks(self, x, y, toks, font=("Times-Roman", FS)):
        c = self.c
        sp = stringWidth(" ", *font)
        for i, (w, mk) in enumerate(toks):
            if i:
                x += sp
            c.setFont(*font)
            c.drawString(x, y, w)
            x += stringWidth(w, *font)
            if mk:
                c.setFont(font[0], font[1] * 0.62)
                c.drawString(x, y + font[1] * 0.38, mk)
                x += stringWidth(mk, font[0], font[1] * 0.62)

    def line(self, x, toks, keep=0):
        mks = [t[1] for t in toks if t[1]]
        extra = sum(self.fn_height(m) for m in mks)
        if not self.room(LEAD + extra + keep):
            self.new_page(str(int(self.label) + 1))
        for m in mks:
            self.fn_on_page.append(m)
            self.fn_h += self.fn_height(m) + (12 if len(self.fn_on_page) == 1 else 0)
        self.y -= LEAD
        self.draw_toks(x, self.y, toks)

    def block_lines(self, label, lx, tx_first, tx_rest, s):
        lines = wrap(s, X1 - tx_first, X1 - tx_rest)
        # avoid a single orphan line at page foot
        if not self.room(LEAD * min(2, len(lines))):
            self.new_page(str(int(self.label) + 1))
        for i, ln in enumerate(lines):
            self.line(tx_first if i == 0 else tx_rest, ln)
            if i == 0 and label:
                self.c.setFont("Times-Roman", FS)
                self.c.drawString(lx, self.y, label)

    def run(self, blocks):
        c = self.c
        for b in blocks:
            k = b[0]
            if k == "title":
                c.setFont("Times-Bold", FS + 0.5)
                for t in b[1]:
                    self.y -= LEAD + 1
                    c.drawCentredString(W / 2, self.y, t)
                self.y -= GAP + 4
            elif k in ("h1", "h2"):
                _, num, t, key = b
                need = LEAD * 4 + GAP * 2
                if not self.room(need):
                    self.new_page(str(int(self.label) + 1))
                self.pages[key] = self.label
                self.y -= LEAD + (GAP + 2 if k == "h1" else GAP)
                c.setFont("Times-Bold", FS)
                if k == "h1" and num is None:
                    c.drawCentredString(W / 2, self.y, t)
                elif k == "h1":
                    c.drawString(X0, self.y, num + ".")
                    c.drawString(X0 + TAB, self.y, t)
                else:
                    c.setFont("Times-BoldItalic", FS)
                    c.drawString(X0, self.y, num + ".")
                    c.drawString(X0 + TAB, self.y, t)
                self.y -= GAP - 2
            elif k == "p":
                self.y -= GAP
                self.block_lines(f"{b[1]}.", X0, X0 + TAB, X0, b[2])
            elif k == "text":
                self.y -= GAP
                self.block_lines(None, X0, X0, X0, b[1])
            elif k == "items":
                for it in b[2]:
                    self.y -= 3
                    if b[1] == "bullet":
                        self.block_lines("\u2022", X0 + TAB, X0 + TAB + 14, X0 + TAB + 14, it)
                    else:
                        lab, s = it.split("|")
                        self.block_lines(lab, X0 + TAB, X0 + TAB + 24, X0 + TAB + 24, s)
            elif k == "table":
                _, cap, heads, widths, rows = b
                need = LEAD * (len(rows) + 4) + GAP * 2 + 10
                if not self.room(need):
                    self.new_page(str(int(self.label) + 1))
                self.y -= GAP + 4
                if cap:
                    self.y -= LEAD
                    c.setFont("Times-Bold", FS - 0.5)
                    c.drawCentredString(W / 2, self.y, cap)
                    self.y -= 6
                tw = sum(widths)
                tx0 = X0 + (TW - tw) / 2
                c.setLineWidth(0.6)
                c.line(tx0, self.y - 3, tx0 + tw, self.y - 3)
                c.setFont("Times-Bold", FS - 1)
                for hl in (0, 1):
                    self.y -= LEAD - 1
                    x = tx0
                    for j, wdt in enumerate(widths):
                        t = heads[j][hl]
                        if t:
                            if j == 0:
                                c.drawString(x + 3, self.y, t)
                            else:
                                c.drawRightString(x + wdt - 3, self.y, t)
                        x += wdt
                c.line(tx0, self.y - 4, tx0 + tw, self.y - 4)
                self.y -= 3
                for r in rows:
                    self.y -= LEAD - 0.5
                    bold = r[0] == "Total"
                    if bold:
                        c.line(tx0, self.y + LEAD - 3, tx0 + tw, self.y + LEAD - 3)
                        self.y -= 2
                    c.setFont("Times-Bold" if bold else "Times-Roman", FS - 1)
                    x = tx0
                    for j, wdt in enumerate(widths):
                        if j == 0:
                            c.drawString(x + 3, self.y, r[j])
                        else:
                            c.drawRightString(x + wdt - 3, self.y, r[j])
                        x += wdt
                c.line(tx0, self.y - 5, tx0 + tw, self.y - 5)
                self.y -= 8
            elif k == "break":
                self.new_page(str(int(self.label) + 1))
            elif k == "annexhead":
                self.pages["annex"] = self.label
                c.setFont("Times-Bold", FS + 0.5)
                self.y -= LEAD
                c.drawCentredString(W / 2, self.y, b[1])
                self.y -= LEAD * 2
                c.drawCentredString(W / 2, self.y, b[2])
                self.y -= GAP
        self.flush_footnotes()


def cover(c):
    c.setFont("Times-Roman", 11)
    y = H - 62
    c.drawRightString(X1, y, SYMBOL)
    c.drawRightString(X1, y - 26, "Original: ENGLISH")
    c.drawRightString(X1, y - 40, "12 May 2008")
    c.setFont("Times-Bold", 11)
    c.drawString(X0, y - 80, "NINETY-SIXTH SESSION")
    c.setFont("Times-Roman", 11)
    c.drawString(X0, y - 96, "_" * 78)
    c.setFont("Times-Bold", 13)
    ty = H / 2 + 40
    for t in ("REPORT OF THE DIRECTOR GENERAL", "ON THE WORK OF THE ORGANIZATION", "FOR THE YEAR 2007"):
        c.drawCentredString(W / 2, ty, t)
        ty -= 19
    c.setFont("Times-Roman", 10)
    ny = 170
    c.drawString(X0, ny, "__________")
    c.drawString(X0, ny - 16, "This document is submitted to the Executive Committee at its Hundred and fifth "
                 "Session in June 2008.")
    c.setFont("Times-Bold", 12)
    fy = 70
    c.drawString(X0, fy, "COUNCIL")
    c.drawCentredString(W / 2, fy, "CONSEIL")
    c.drawRightString(X1, fy, "CONSEJO")
    c.showPage()


CONTENTS = [
    ("INTRODUCTION", "intro", 0),
    ("I.|MOVEMENT, EMERGENCY AND POST-CRISIS MIGRATION MANAGEMENT", "I", 0),
    ("A.|Resettlement and transport assistance", "IA", 1),
    ("B.|Emergency and post-crisis operations", "IB", 1),
    ("II.|REGULATING AND FACILITATING MIGRATION", "II", 0),
    ("A.|Assisted voluntary return and reintegration", "IIA", 1),
    ("B.|Counter-trafficking", "IIB", 1),
    ("C.|Labour migration and technical cooperation", "IIC", 1),
    ("III.|MIGRATION HEALTH", "III", 0),
    ("IV.|MIGRATION AND DEVELOPMENT", "IV", 0),
    ("V.|MIGRATION POLICY, RESEARCH AND COMMUNICATIONS", "V", 0),
    ("VI.|MEMBERSHIP, STAFF AND FINANCES", "VI", 0),
    ("A.|Membership and observers", "VIA", 1),
    ("B.|Staff and offices", "VIB", 1),
    ("C.|Financial overview", "VIC", 1),
    ("ANNEX:|IOM OFFICES AND STAFF AT 31 DECEMBER 2007", "annex", 0),
]

def contents(c, pages):
    c.setFont("Times-Roman", 10)
    c.drawRightString(X1, H - 40, SYMBOL)
    c.drawRightString(X1, H - 52, "Page i")
    y = H - TOP - 60
    c.setFont("Times-Bold", 11)
    c.drawCentredString(W / 2, y, "CONTENTS")
    y -= 30
    c.setFont("Times-Bold", 10.5)
    c.drawRightString(X1, y, "Page")
    y -= 8
    for entry, key, lvl in CONTENTS:
        y -= 20 if lvl == 0 else 15
        font = "Times-Roman"
        c.setFont(font, 10.5)
        x = X0 + (TAB if lvl else 0)
        if "|" in entry:
            lab, t = entry.split("|")
            c.drawString(x, y, lab)
            tx = x + (TAB if lvl == 0 else 22)
            if lab == "ANNEX:":
                tx = x + 44
        else:
            t = entry
            tx = x
        c.drawString(tx, y, t)
        end = tx + stringWidth(t, font, 10.5) + 4
        pg = pages[key]
        pw = stringWidth(pg, font, 10.5)
        dots_end = X1 - pw - 6
        dw = stringWidth(".", font, 10.5)
        nd = int((dots_end - end) / dw)
        c.drawString(end, y, "." * nd)
        c.drawRightString(X1, y, pg)
    c.showPage()


def build(pages_guess):
    c = canvas.Canvas(OUT, pagesize=A4)
    c.setTitle("MC/2249 - Report of the Director General on the work of the Organization for the year 2007")
    c.setAuthor("International Organization for Migration")
    cover(c)
    contents(c, pages_guess)
    d = Doc(c, pages_guess)
    d.label = None
    d.pageno = 0
    d.new_page("1")
    d.run(B)
    c.showPage()
    c.save()
    return d.pages, d.pageno


guess = {k: "1" for _, k, _ in CONTENTS}
pages, npg = build(guess)
pages2, npg = build(pages)
assert pages2 == pages
print("body pages:", npg, pages)
