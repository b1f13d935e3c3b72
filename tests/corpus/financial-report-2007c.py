"""Draws financial-report-2007c.pdf: an invented IOM Council document MC/2225 (2007),
"Financial report for the year ended 31 December 2006", laid out with reportlab."""
import os

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Flowable, Frame, NextPageTemplate,
                                PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle)

# ---------------------------------------------------------------- Schedule 1 data
SCALE = {
"Afghanistan":0.0040,"Albania":0.0066,"Algeria":0.1012,"Angola":0.0066,"Argentina":1.2120,
"Armenia":0.0066,"Australia":2.0195,"Austria":1.1005,"Azerbaijan":0.0066,"Bangladesh":0.0132,
"Belgium":1.3665,"Benin":0.0040,"Bolivia":0.0119,"Bosnia and Herzegovina":0.0040,
"Brazil":1.9038,"Bulgaria":0.0238,"Burkina Faso":0.0040,"Cambodia":0.0040,"Canada":3.7234,
"Chile":0.2660,"Colombia":0.2035,"Costa Rica":0.0397,
"Côte d’Ivoire":0.0132,"Croatia":0.0489,"Cyprus":0.0515,"Czech Republic":0.2411,
"Democratic Republic of the Congo":0.0040,"Denmark":0.9494,"Dominican Republic":0.0463,
"Ecuador":0.0251,"Egypt":0.1588,"El Salvador":0.0291,"Finland":0.7036,
"France":7.9680,"Georgia":0.0040,"Germany":10.8044,"Greece":0.6976,
"Guatemala":0.0397,"Guinea":0.0040,"Haiti":0.0040,"Honduras":0.0066,"Hungary":0.1667,
"India":0.5570,"Iran (Islamic Republic of)":0.2090,"Ireland":0.4405,"Israel":0.6186,"Italy":6.4515,
"Japan":17.5000,"Kenya":0.0119,"Latvia":0.0198,
"Liberia":0.0040,"Libyan Arab Jamahiriya":0.1754,"Lithuania":0.0317,"Luxembourg":0.1019,
"Mexico":2.4900,"Morocco":0.0622,"Netherlands":2.2236,
"New Zealand":0.2912,"Nicaragua":0.0013,"Norway":0.8989,"Pakistan":0.0722,"Panama":0.0251,
"Paraguay":0.0159,"Peru":0.1211,"Philippines":0.1264,"Poland":0.6040,"Portugal":0.5563,
"Republic of Korea":2.3934,"Romania":0.0794,"Senegal":0.0066,"Slovakia":0.0675,"Slovenia":0.1085,
"South Africa":0.3838,"Sri Lanka":0.0225,"Sudan":0.0106,"Sweden":1.3217,"Switzerland":1.5856,
"Thailand":0.2766,"Uganda":0.0066,"Ukraine":0.0516,"United Kingdom":8.1010,
"United States of America":None,"Uruguay":0.0635,"Venezuela (Bolivarian Republic of)":0.2253,
"Yemen":0.0090,"Zimbabwe":0.0090,
}
TOTAL_ASSESSED = 36946000
# arrears at 1 January 2006 by year of assessment ("2002" stands for "2002 and prior")
ARREARS = {
"Afghanistan": {"2002": 5150, "2003": 1480, "2004": 1480, "2005": 1480},
"Argentina": {"2005": 438612},
"Bolivia": {"2002": 12510, "2003": 4890, "2004": 4420, "2005": 4400},
"Democratic Republic of the Congo": {"2002": 31225, "2003": 1480, "2004": 1480, "2005": 1480},
"Guinea": {"2004": 1480, "2005": 1480},
"Haiti": {"2002": 18664, "2003": 1480, "2004": 1480, "2005": 1480},
"Iran (Islamic Republic of)": {"2005": 77206},
"Kenya": {"2005": 4402},
"Liberia": {"2002": 42870, "2003": 1480, "2004": 1480, "2005": 1480},
"Peru": {"2002": 220415, "2003": 44800, "2004": 44710, "2005": 44720},
"Sudan": {"2003": 3900, "2004": 3920, "2005": 3918},
"Uganda": {"2005": 2440},
"Venezuela (Bolivarian Republic of)": {"2004": 83100, "2005": 83240},
"Yemen": {"2002": 9870, "2003": 3330, "2004": 3330, "2005": 3330},
}
# payments received in 2006 from States that did not pay everything due
# (applied to the oldest year first); every other State paid its 2006 assessment in full
PAYMENTS = {
"Afghanistan": 0,
"Argentina": 438612 + 224000,
"Bolivia": 0,
"Brazil": 0,
"Democratic Republic of the Congo": 0,
"Dominican Republic": 0,
"Guinea": 2960 + 1478,
"Haiti": 3000,
"Honduras": 0,
"Iran (Islamic Republic of)": 77206,
"Kenya": 4402,
"Liberia": 0,
"Peru": 100000,
"Sudan": 3900,
"Uganda": 2440,
"Venezuela (Bolivarian Republic of)": 83100,
"Yemen": 0,
}
YEARS = ["2002", "2003", "2004", "2005", "2006"]


def build():
    scale = dict(SCALE)
    s = round(sum(v for v in scale.values() if v) * 10000)
    scale["United States of America"] = (1000000 - s) / 10000
    assessed = {k: round(TOTAL_ASSESSED * v / 100) for k, v in scale.items()}
    assessed["United States of America"] += TOTAL_ASSESSED - sum(assessed.values())
    rows = []
    by_year = {y: [0, 0, 0] for y in YEARS}  # due, received, outstanding
    for name in sorted(scale, key=lambda n: n.replace("Côte", "Cote")):
        due = dict(ARREARS.get(name, {}))
        due["2006"] = assessed[name]
        pay = PAYMENTS.get(name, assessed[name] + sum(ARREARS.get(name, {}).values()))
        left = pay
        for y in YEARS:
            d = due.get(y, 0)
            r = min(d, left)
            left -= r
            by_year[y][0] += d
            by_year[y][1] += r
            by_year[y][2] += d - r
        assert left == 0, name
        out1 = sum(ARREARS.get(name, {}).values())
        out31 = out1 + assessed[name] - pay
        rows.append((name, scale[name], out1, assessed[name], pay, out31))
    return rows, by_year


HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "financial-report-2007c.pdf")
SYMBOL = "MC/2225"
W, H = A4
LM = RM = 62
TW = W - LM - RM

ROMAN, BOLD, ITAL, BI = "Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic"

st_body = ParagraphStyle("body", fontName=ROMAN, fontSize=10.5, leading=12.6, alignment=TA_JUSTIFY,
                         spaceAfter=6)
st_para = ParagraphStyle("para", parent=st_body, leftIndent=0, firstLineIndent=36, bulletIndent=0,
                         bulletFontName=ROMAN, bulletFontSize=10.5)
st_item = ParagraphStyle("item", parent=st_body, leftIndent=72, firstLineIndent=0, bulletIndent=36,
                         bulletFontName=ROMAN, bulletFontSize=10.5, spaceAfter=3)
st_h1 = ParagraphStyle("h1", fontName=BOLD, fontSize=10.5, leading=12.6, spaceBefore=4, spaceAfter=6,
                       leftIndent=36, bulletIndent=0, bulletFontName=BOLD, bulletFontSize=10.5)
st_h2 = ParagraphStyle("h2", fontName=BI, fontSize=10.5, leading=12.6, spaceBefore=0, spaceAfter=5,
                       leftIndent=36, bulletIndent=0, bulletFontName=BI, bulletFontSize=10.5)
st_center_b = ParagraphStyle("cb", fontName=BOLD, fontSize=11, leading=14, alignment=TA_CENTER)
st_center = ParagraphStyle("c", fontName=ROMAN, fontSize=10.5, leading=13, alignment=TA_CENTER)
st_right = ParagraphStyle("r", fontName=ROMAN, fontSize=11, leading=14, alignment=TA_RIGHT)
st_right_b = ParagraphStyle("rb", parent=st_right, fontName=BOLD)
st_fn = ParagraphStyle("fn", fontName=ROMAN, fontSize=8.5, leading=10, leftIndent=0, firstLineIndent=0)
st_cell = ParagraphStyle("cell", fontName=ROMAN, fontSize=9, leading=10.5)
st_cell_h = ParagraphStyle("cellh", fontName=BOLD, fontSize=8.5, leading=9.8, alignment=TA_CENTER)


def n(v):
    """Amount with comma thousands separators; zero as a dash."""
    if v == 0:
        return "-"
    return f"{v:,}"


# ---------------------------------------------------------------- data
ROWS, BY_YEAR = build()
T_OUT1 = sum(r[2] for r in ROWS)
T_ASS = sum(r[3] for r in ROWS)
T_REC = sum(r[4] for r in ROWS)
T_OUT31 = sum(r[5] for r in ROWS)
assert round(sum(r[1] for r in ROWS), 4) == 100.0
assert T_OUT1 + T_ASS - T_REC == T_OUT31
assert all(r[2] + r[3] - r[4] == r[5] for r in ROWS)
# figures quoted in the text
assert (T_ASS, T_REC, T_OUT31) == (36946000, 36485329, 1680763)
assert sum(BY_YEAR[y][1] for y in ["2002", "2003", "2004", "2005"]) == 715620
assert sum(BY_YEAR[y][2] for y in ["2002", "2003", "2004", "2005"]) == 504472
assert BY_YEAR["2006"][2] == 1176291
assert 36946000 - 36771508 == 174492

# Statement I
SFP_ASSETS = [("Cash and short-term deposits", 268415230, 241902117),
              ("Investments", 18640000, 17950000),
              ("Contributions receivable from Member States", 1378239, 927968),
              ("Other accounts receivable", 61274509, 52318746),
              ("Prepaid expenses and other assets", 7126380, 6480213)]
SFP_LIAB = [("Deferred income", 232581402, 210447365),
            ("Accounts payable and accrued liabilities", 53906118, 47226059),
            ("Staff benefit liabilities", 31478260, 28945130),
            ("Loans payable", 4260000, 4970000)]
TA = [sum(r[i] for r in SFP_ASSETS) for i in (1, 2)]
TL = [sum(r[i] for r in SFP_LIAB) for i in (1, 2)]
RES = [TA[0] - TL[0], TA[1] - TL[1]]
ADMIN_RES = [1845112, 1712730]
SFP_RES = [("Administrative Programme", ADMIN_RES[0], ADMIN_RES[1]),
           ("Operational Programmes", RES[0] - ADMIN_RES[0], RES[1] - ADMIN_RES[1])]

# Statement II
REV06 = [("Assessed contributions", 29471922), ("Voluntary contributions", 692318455),
         ("Interest income", 8904116)]
EXP06 = [("Staff and office costs", 186402775), ("Programme and operational costs", 538726903),
         ("Other expenditure", 8217600)]
TEXP06 = sum(v for _, v in EXP06)
EXCESS06 = RES[0] - RES[1]
OTHER_INC06 = EXCESS06 + TEXP06 - sum(v for _, v in REV06)
REV = [("Assessed contributions", 29471922, 28604417),
       ("Voluntary contributions", 692318455, 629551083),
       ("Interest income", 8904116, 5716032),
       ("Other income", OTHER_INC06, 12040998)]
EXP = [("Staff and office costs", 186402775, 171230654),
       ("Programme and operational costs", 538726903, 490812277),
       ("Other expenditure", 8217600, 7650412)]
TREV = [sum(r[i] for r in REV) for i in (1, 2)]
TEXP = [sum(r[i] for r in EXP) for i in (1, 2)]
EXC = [TREV[0] - TEXP[0], TREV[1] - TEXP[1]]
BEGIN = [RES[1], RES[1] - EXC[1]]
assert OTHER_INC06 > 0 and BEGIN[0] + EXC[0] == RES[0]
assert TEXP[0] == 733347278 and SFP_ASSETS[0][1] == 268415230


# ---------------------------------------------------------------- flowables
class ContentsLine(Flowable):
    """One contents entry: title, dotted leader, page number at the right margin."""

    def __init__(self, title, page, indent=0, bold=False):
        super().__init__()
        self.title, self.page, self.indent, self.bold = title, page, indent, bold
        self.font = BOLD if bold else ROMAN
        self.size = 10.5

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, 15

    def draw(self):
        c = self.canv
        c.setFont(self.font, self.size)
        c.drawString(self.indent, 3, self.title)
        x0 = self.indent + stringWidth(self.title, self.font, self.size) + 4
        c.setFont(ROMAN, self.size)
        pw = stringWidth(self.page, ROMAN, self.size)
        x1 = self.aw - pw - 4
        dot = stringWidth(".", ROMAN, self.size)
        k = int((x1 - x0) / dot)
        c.drawRightString(x1, 3, "." * k)
        c.drawRightString(self.aw, 3, self.page)


class Rule(Flowable):
    def __init__(self, width, thick=0.8, space=4):
        super().__init__()
        self.w, self.t, self.s = width, thick, space

    def wrap(self, aw, ah):
        return self.w, self.t + 2 * self.s

    def draw(self):
        self.canv.setLineWidth(self.t)
        self.canv.line(0, self.s, self.w, self.s)


# ---------------------------------------------------------------- page furniture
FOOTNOTES = [
    ("1", "An unqualified audit opinion on the financial statements for 2006 was issued by the External "
          "Auditor on 20 April 2007."),
    ("2", "Including the temporary and circular labour migration scheme between Colombia and Spain and "
          "the pre-departure orientation centres in the Philippines and Sri Lanka."),
    ("3", "Under Article 4 of the Constitution, a Member State whose arrears equal or exceed the "
          "contributions due from it for the preceding two full years has no vote in the Council."),
]
FN_BAND = 66  # height reserved at the foot of the text page


def header(c, doc):
    c.saveState()
    c.setFont(ROMAN, 11)
    c.drawRightString(W - RM, H - 42, SYMBOL)
    c.drawRightString(W - RM, H - 55, f"Page {doc.page - 1}")
    c.restoreState()


def cover_page(c, doc):
    c.saveState()
    # cover note
    c.setFont(ROMAN, 11)
    c.drawString(LM, 150, "__________")
    p = Paragraph("This report is presented to the Executive Committee at its Hundred and fourth Session, "
                  "which will be held in June 2007.",
                  ParagraphStyle("cn", fontName=ROMAN, fontSize=10.5, leading=13))
    _, ph = p.wrap(TW, 100)
    p.drawOn(c, LM, 140 - ph)
    # trilingual footer
    c.setFont(BOLD, 12)
    y = 58
    c.drawString(LM, y, "COUNCIL")
    c.drawCentredString(W / 2, y, "CONSEIL")
    c.drawRightString(W - RM, y, "CONSEJO")
    c.setLineWidth(1.2)
    c.line(LM, y + 16, W - RM, y + 16)
    c.restoreState()


def text_page(c, doc):
    header(c, doc)
    c.saveState()
    y = 44 + FN_BAND - 10
    c.setLineWidth(0.5)
    c.line(LM, y, LM + 144, y)
    y -= 4
    for mark, txt in FOOTNOTES:
        p = Paragraph(f"<super>{mark}</super> {txt}", st_fn)
        _, ph = p.wrap(TW, 100)
        y -= ph
        p.drawOn(c, LM, y)
        y -= 2
    assert y > 36, y
    c.restoreState()


# ---------------------------------------------------------------- content
def P(num, text):
    return Paragraph(text, st_para, bulletText=f"{num}.")


def item(label, text):
    return Paragraph(text, st_item, bulletText=label)


def H1(num, text):
    return Paragraph(text, st_h1, bulletText=f"{num}.")


def H2(num, text):
    return Paragraph(text, st_h2, bulletText=f"{num}.")


def sup(m):
    return f"<super>{m}</super>"


def cover():
    s = [Spacer(1, 8),
         Paragraph(SYMBOL, st_right_b),
         Spacer(1, 6),
         Paragraph("Original: English", st_right),
         Paragraph("4 May 2007", st_right),
         Spacer(1, 40),
         Paragraph("NINETY-FOURTH SESSION", st_center_b),
         Spacer(1, 4),
         Rule(TW, 1.2, 6),
         Spacer(1, 90),
         Paragraph("FINANCIAL REPORT FOR THE YEAR ENDED<br/>31 DECEMBER 2006",
                   ParagraphStyle("title", parent=st_center_b, fontSize=13, leading=18)),
         Spacer(1, 80),
         Paragraph("CONTENTS", ParagraphStyle("ch", parent=st_center_b, fontSize=11)),
         Spacer(1, 6),
         Paragraph("Page", ParagraphStyle("pg", fontName=ROMAN, fontSize=10, leading=12,
                                         alignment=TA_RIGHT)),
         Spacer(1, 2),
         ContentsLine("I.   INTRODUCTION", "1"),
         ContentsLine("II.  FINANCIAL RESULTS", "1"),
         ContentsLine("A.  Administrative Programme", "1", indent=22),
         ContentsLine("B.  Operational Programmes", "1", indent=22),
         ContentsLine("III. ASSESSED CONTRIBUTIONS", "1"),
         Spacer(1, 6),
         ContentsLine("STATEMENT I – Statement of Financial Position", "2"),
         ContentsLine("STATEMENT II – Statement of Financial Performance", "3"),
         ContentsLine("SCHEDULE 1 – Assessed Contributions to the Administrative Programme", "4"),
         NextPageTemplate("text"), PageBreak()]
    return s


def body():
    s = [Paragraph("FINANCIAL REPORT FOR THE YEAR ENDED 31 DECEMBER 2006",
                   ParagraphStyle("rt", parent=st_center_b, fontSize=10.5, spaceAfter=10)),
         H1("I", "INTRODUCTION"),
         P(1, "The Director General submits herewith the financial statements of the International "
              "Organization for Migration for the year ended 31 December 2006, drawn up under Article 18 "
              "of the Financial Regulations. The External Auditor’s report on these statements is issued "
              "as a separate document (MC/2226)." + sup(1)),
         P(2, "The Administrative Programme is financed by the assessed contributions of Member States and "
              "budgeted in Swiss francs; the Operational Programmes are financed by voluntary contributions "
              "and budgeted in US dollars. Statements I and II give all amounts in US dollars, while "
              "Schedule 1 sets out the assessed contributions in the currency in which they were assessed."),
         H1("II", "FINANCIAL RESULTS"),
         H2("A", "Administrative Programme"),
         P(3, "The Council approved an Administrative Programme of CHF 36,946,000 for 2006 (MC/2180). "
              "Expenditure came to CHF 36,771,508, leaving an unspent balance of CHF 174,492, which has been "
              "carried over to 2007 as provided in Resolution No. 1128 of 1 December 2005."),
         H2("B", "Operational Programmes"),
         P(4, "Total expenditure for the year, as shown in Statement II, amounted to USD 733,347,278, of "
              "which USD 704.0 million related to operational programmes, against USD 641.2 million in "
              "2005. The growth came mainly from:"),
         item("(a)", "post-emergency and return programmes in Afghanistan, Iraq and the Sudan;"),
         item("(b)", "labour migration and counter-trafficking projects in Asia and Latin America;"
                     + sup(2) + " and"),
         item("(c)", "resettlement movements to Canada, the United States and the Nordic countries."),
         P(5, "Cash and short-term deposits stood at USD 268.4 million at 31 December 2006. Most of this "
              "sum consists of funds received in advance for operational projects, which appear as deferred "
              "income in Statement I."),
         H1("III", "ASSESSED CONTRIBUTIONS"),
         P(6, "Contributions of CHF 36,946,000 were assessed on Member States for 2006. Receipts during the "
              "year totalled CHF 36,485,329, of which CHF 715,620 settled arrears of earlier years. "
              "Outstanding contributions at 31 December 2006 therefore amounted to CHF 1,680,763 "
              "(Schedule 1), of which CHF 504,472 dates from before 2006. The amounts due, the amount due "
              "for 2006 being that year’s assessment, were as follows:"),
         *arrears_table(),
         Spacer(1, 8),
         P(7, "At the close of the year nine Member States were in arrears for two or more consecutive "
              "years and so fell within the terms of Article 4 of the Constitution." + sup(3)),
         P(8, "The Director General again urges the Member States concerned to pay their arrears in full or "
              "to agree on a payment plan with the Administration, as the Council requested in Resolution "
              "No. 1109 of 30 November 2004."),
         NextPageTemplate("plain"), PageBreak()]
    return s


def arrears_table():
    head = ["Year of assessment", "Amount due", "Received in 2006", "Outstanding at 31 December 2006"]
    labels = {"2002": "2002 and prior", "2003": "2003", "2004": "2004", "2005": "2005", "2006": "2006"}
    data = [[Paragraph(h, ParagraphStyle("ah", parent=st_cell_h, alignment=TA_LEFT if i == 0 else TA_RIGHT))
             for i, h in enumerate(head)]]
    for y in ["2002", "2003", "2004", "2005", "2006"]:
        d, r, o = BY_YEAR[y]
        data.append([labels[y], n(d), n(r), n(o)])
    tot = [sum(BY_YEAR[y][i] for y in BY_YEAR) for i in range(3)]
    assert tot == [T_OUT1 + T_ASS, T_REC, T_OUT31]
    data.append(["Total"] + [n(v) for v in tot])
    t = Table(data, colWidths=[120, 90, 90, 110], hAlign="CENTER")
    t.setStyle(TableStyle([
        ("FONT", (0, 1), (-1, -1), ROMAN, 9.5), ("FONT", (0, -1), (-1, -1), BOLD, 9.5),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.6, colors.black), ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
        ("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.black), ("LINEBELOW", (0, -1), (-1, -1), 0.6, colors.black),
        ("TOPPADDING", (0, 1), (-1, -1), 1.2), ("BOTTOMPADDING", (0, 1), (-1, -1), 1.2),
    ]))
    cap = Paragraph("(in Swiss francs)", ParagraphStyle("acap", fontName=ITAL, fontSize=9.5, leading=11,
                                                       alignment=TA_CENTER, spaceAfter=2))
    return [cap, t]


def title_block(label, title, unit):
    return [Paragraph(label, st_center_b), Spacer(1, 2), Paragraph(title, st_center_b), Spacer(1, 4),
            Paragraph(unit, st_center), Spacer(1, 14)]


def statement_table(sections, final):
    """sections: list of (GROUP, rows, total label, totals); final: optional closing rows."""
    data = [["", "2006", "2005"]]
    style = [("FONT", (0, 0), (-1, -1), ROMAN, 10), ("FONT", (0, 0), (-1, 0), BOLD, 10),
             ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
             ("LINEBELOW", (1, 0), (-1, 0), 0.6, colors.black),
             ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
    for group, rows, tlabel, tot in sections:
        if group:
            data.append([group, "", ""])
            style.append(("FONT", (0, len(data) - 1), (0, len(data) - 1), BOLD, 10))
            style.append(("TOPPADDING", (0, len(data) - 1), (-1, len(data) - 1), 10))
        for lab, a, b in rows:
            data.append(["    " + lab, n(a), n(b)])
        data.append([tlabel, n(tot[0]), n(tot[1])])
        r = len(data) - 1
        style += [("FONT", (0, r), (-1, r), BOLD, 10), ("LINEABOVE", (1, r), (-1, r), 0.6, colors.black)]
    for lab, a, b, dbl in final:
        data.append([lab, n(a), n(b)])
        r = len(data) - 1
        style += [("FONT", (0, r), (-1, r), BOLD, 10), ("TOPPADDING", (0, r), (-1, r), 10)]
        if dbl:
            style += [("LINEABOVE", (1, r), (-1, r), 0.6, colors.black),
                      ("LINEBELOW", (1, r), (-1, r), 1.6, colors.black)]
    t = Table(data, colWidths=[TW - 180, 90, 90])
    t.setStyle(TableStyle(style))
    return t


def statement1():
    sections = [("ASSETS", SFP_ASSETS, "Total assets", TA),
                ("LIABILITIES", SFP_LIAB, "Total liabilities", TL),
                ("RESERVES AND FUND BALANCES", SFP_RES, "Total reserves and fund balances", RES)]
    final = [("TOTAL LIABILITIES, RESERVES AND FUND BALANCES", TL[0] + RES[0], TL[1] + RES[1], True)]
    assert TL[0] + RES[0] == TA[0] and TL[1] + RES[1] == TA[1]
    return (title_block("STATEMENT I", "STATEMENT OF FINANCIAL POSITION AS AT 31 DECEMBER 2006",
                        "(expressed in US dollars)")
            + [statement_table(sections, final), NextPageTemplate("plain"), PageBreak()])


def statement2():
    sections = [("REVENUE", REV, "Total revenue", TREV),
                ("EXPENDITURE", EXP, "Total expenditure", TEXP)]
    final = [("EXCESS OF REVENUE OVER EXPENDITURE", EXC[0], EXC[1], False),
             ("Fund balances at beginning of year", BEGIN[0], BEGIN[1], False),
             ("Fund balances at end of year", RES[0], RES[1], True)]
    return (title_block("STATEMENT II", "STATEMENT OF FINANCIAL PERFORMANCE FOR THE YEAR 2006",
                        "(expressed in US dollars)")
            + [statement_table(sections, final), NextPageTemplate("plain"), PageBreak()])


def schedule1():
    head = ["Member States", "Scale %", "Outstanding at 1 January 2006", "Assessed for 2006",
            "Received in 2006", "Outstanding at 31 December 2006"]
    data = [[Paragraph(h, ParagraphStyle("sh", parent=st_cell_h,
                                         alignment=TA_LEFT if i == 0 else TA_RIGHT))
             for i, h in enumerate(head)]]
    for name, sc, o1, a, r, o31 in ROWS:
        data.append([name, f"{sc:.4f}", n(o1), n(a), n(r), n(o31)])
    data.append(["Total", f"{sum(r[1] for r in ROWS):.4f}", n(T_OUT1), n(T_ASS), n(T_REC), n(T_OUT31)])
    t = Table(data, colWidths=[TW - 5 * 64 + 10, 54, 64, 64, 64, 64], repeatRows=1)
    t.setStyle(TableStyle([
        ("FONT", (0, 1), (-1, -1), ROMAN, 8.8), ("FONT", (0, -1), (-1, -1), BOLD, 8.8),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.6, colors.black), ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
        ("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.black), ("LINEBELOW", (0, -1), (-1, -1), 1.2, colors.black),
        ("TOPPADDING", (0, 1), (-1, -1), 1.6), ("BOTTOMPADDING", (0, 1), (-1, -1), 1.6),
        ("TOPPADDING", (0, -1), (-1, -1), 4), ("BOTTOMPADDING", (0, -1), (-1, -1), 4),
    ]))
    return (title_block("SCHEDULE 1", "ASSESSED CONTRIBUTIONS TO THE ADMINISTRATIVE PROGRAMME FOR 2006",
                        "(in Swiss francs)") + [t])


def main():
    doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=70, bottomMargin=44,
                          title="MC/2225 - Financial report for the year ended 31 December 2006",
                          author="International Organization for Migration")
    top = H - 72
    f_cover = Frame(LM, 170, TW, H - 40 - 170, id="cover", showBoundary=0)
    f_text = Frame(LM, 44 + FN_BAND, TW, top - 44 - FN_BAND, id="text", leftPadding=0, rightPadding=0)
    f_plain = Frame(LM, 44, TW, top - 44, id="plain", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate("cover", [f_cover], onPage=cover_page),
                          PageTemplate("text", [f_text], onPage=text_page),
                          PageTemplate("plain", [f_plain], onPage=header)])
    story = cover() + body() + statement1() + statement2() + schedule1()
    doc.build(story)
    pages = doc.page
    assert pages == 6, pages


if __name__ == "__main__":
    main()
