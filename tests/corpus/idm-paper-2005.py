# Lays out an International Dialogue on Migration background paper (2005, no symbol).
import os
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.platypus import Frame, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_RIGHT, TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib import colors

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "idm-paper-2005.pdf")

W, H = A4
LM, RM, TM, BM = 68, 68, 58, 62
TW = W - LM - RM
F, FB, FI, FBI = "Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic"

body = ParagraphStyle("body", fontName=F, fontSize=11.5, leading=14.5,
                      alignment=TA_JUSTIFY, spaceAfter=9)
num = ParagraphStyle("num", parent=body, leftIndent=34, bulletIndent=0,
                     bulletFontName=F, bulletFontSize=11.5)
bul = ParagraphStyle("bul", parent=body, leftIndent=56, bulletIndent=40,
                     bulletFontName=F, bulletFontSize=11.5, spaceAfter=4)
h1 = ParagraphStyle("h1", fontName=FB, fontSize=11.5, leading=14, leftIndent=34,
                    bulletIndent=0, bulletFontName=FB, bulletFontSize=11.5,
                    spaceBefore=6, spaceAfter=9)
h2 = ParagraphStyle("h2", fontName=FBI, fontSize=11.5, leading=14, leftIndent=34,
                    bulletIndent=0, bulletFontName=FBI, bulletFontSize=11.5,
                    spaceBefore=2, spaceAfter=8)
right = ParagraphStyle("right", fontName=F, fontSize=11.5, leading=14, alignment=TA_RIGHT)
organ = ParagraphStyle("organ", fontName=FB, fontSize=12, leading=15, alignment=TA_CENTER)
event = ParagraphStyle("event", fontName=FI, fontSize=11.5, leading=14, alignment=TA_CENTER)
title = ParagraphStyle("title", fontName=FB, fontSize=13, leading=17, alignment=TA_CENTER)
centre = ParagraphStyle("centre", fontName=F, fontSize=11.5, leading=14, alignment=TA_CENTER)
caption = ParagraphStyle("caption", fontName=FB, fontSize=10.5, leading=13, spaceAfter=5)
src = ParagraphStyle("src", fontName=FI, fontSize=9.5, leading=11.5, spaceAfter=10)
fnstyle = ParagraphStyle("fn", fontName=F, fontSize=9.5, leading=11.5,
                         leftIndent=12, firstLineIndent=-12, spaceAfter=2)


class Rule(Spacer):
    def __init__(self, width, gap=6):
        Spacer.__init__(self, width, 2 * gap)
        self.rw, self.gap = width, gap

    def draw(self):
        self.canv.setLineWidth(1.2)
        self.canv.line(0, self.gap, self.rw, self.gap)


def P(text, style=body, bullet=None):
    if bullet is not None:
        return Paragraph(text, style, bulletText=bullet)
    return Paragraph(text, style)


c = canvas.Canvas(OUT, pagesize=A4, invariant=1)
c.setTitle("International Dialogue on Migration - background paper")


def page(no, flows, notes=()):
    top = H - TM
    if no > 1:
        c.setFont(F, 10.5)
        c.drawRightString(W - RM, H - 42, "Page %d" % no)
        top = H - 64
    bottom = BM
    if notes:
        paras = [Paragraph(t, fnstyle) for t in notes]
        hs = [p.wrap(TW, H)[1] for p in paras]
        y = BM
        for p, h in reversed(list(zip(paras, hs))):
            p.drawOn(c, LM, y)
            y += h + 2
        c.setLineWidth(0.5)
        c.line(LM, y + 4, LM + 150, y + 4)
        bottom = y + 14
    f = Frame(LM, bottom, TW, top - bottom, leftPadding=0, rightPadding=0,
              topPadding=0, bottomPadding=0)
    flows = list(flows)
    f.addFromList(flows, c)
    if flows:
        raise SystemExit("page %d overflows: %r" % (no, flows[0]))
    c.showPage()


# ------------------------------------------------------------------ page 1
p1 = [
    P("Original: English", right),
    P("Geneva, 16 March 2005", right),
    Spacer(1, 30),
    P("INTERNATIONAL DIALOGUE ON MIGRATION", organ),
    Spacer(1, 8),
    P("Intersessional Workshop on Return Migration", event),
    P("7\u20138 April 2005", event),
    Rule(TW, 10),
    Spacer(1, 10),
    P("SUSTAINABLE RETURN AND REINTEGRATION:", title),
    P("POLICY APPROACHES AND PARTNERSHIPS", title),
    Spacer(1, 4),
    P("(Background paper)", centre),
    Spacer(1, 20),
    P("INTRODUCTION", h1, "I."),
    P("Return is part of the migration cycle, not its negation. Migrants go home at the end "
      "of a work contract, after an unsuccessful asylum claim, or because conditions in "
      "their country of origin have improved. How they return, and what they find when "
      "they arrive, largely decides whether the return will last or whether it is only a "
      "pause before the next departure.", num, "1."),
    P("This paper was prepared by the Administration as background for the intersessional "
      "workshop. It reviews recent return trends, sets out the elements that operational "
      "experience has shown to favour lasting reintegration, and proposes a small number of "
      "questions for the discussion. It builds on the exchanges held during the 2004 session "
      "of the International Dialogue on Migration.<super>1</super>", num, "2."),
    P("RETURN IN A CHANGING MIGRATION CONTEXT", h1, "II."),
    P("Three developments have shaped return policies during the past decade: (1) the "
      "growing number of persons whose applications for protection have been rejected and "
      "who have no legal basis to remain; (2) the expansion of temporary labour migration "
      "schemes that presuppose return; and (3) the wish of many countries of origin to "
      "draw on the skills and savings of their nationals abroad. Each of these calls for a "
      "different mix of incentives and support.", num, "3."),
]
page(1, p1, notes=[
    "<super>1</super> A summary of the 2004 discussions is contained in document MC/INF/276, "
    "which was considered by the Council at its Eighty-eighth Session.",
])

# ------------------------------------------------------------------ page 2
rows = [("Africa", 3412, 4105, 4872), ("Asia and the Pacific", 9850, 12430, 10915),
        ("Europe and Central Asia", 24615, 21390, 19827),
        ("Latin America and the Caribbean", 1208, 1377, 1654),
        ("Middle East", 2033, 1846, 2211)]
tot = ("Total",) + tuple(sum(r[i] for r in rows) for i in (1, 2, 3))
tdata = [["Region of return", "2002", "2003", "2004"]]
for r in rows + [tot]:
    tdata.append([r[0]] + ["{:,}".format(v) for v in r[1:]])
t = Table(tdata, colWidths=[210, 70, 70, 70], hAlign="CENTER")
t.setStyle(TableStyle([
    ("FONT", (0, 0), (-1, 0), FB, 10.5),
    ("FONT", (0, 1), (-1, -2), F, 10.5),
    ("FONT", (0, -1), (-1, -1), FB, 10.5),
    ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
    ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
    ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
    ("LINEABOVE", (0, -1), (-1, -1), 0.5, colors.black),
    ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
]))

p2 = [
    P("The number of migrants whom IOM assisted to return voluntarily has remained close "
      "to 40,000 a year (Table 1). The largest flows in 2004 went from Western Europe to the "
      "Balkans and to the countries of the former Soviet Union, while returns to "
      "Afghanistan continued to account for much of the movement to Asia.<super>2</super>",
      num, "4."),
    P("Table 1: Migrants assisted to return voluntarily, by region of return, 2002\u20132004",
      caption),
    t,
    Spacer(1, 12),
    P("Numbers alone say little about outcomes. Follow-up surveys carried out in several "
      "countries of return suggest that the returns least likely to last are those "
      "decided in haste, with little information about the situation at home and no "
      "support after arrival.", num, "5."),
    P("ELEMENTS OF SUSTAINABLE REINTEGRATION", h1, "III."),
    P("Preparation before departure", h2, "A."),
    P("A decision to return that is informed and freely taken is the first condition of "
      "lasting reintegration. Individual counselling, offered early and repeated where "
      "necessary, allows the migrant to weigh the options available and to plan the "
      "return.", num, "6."),
    P("Counselling should as a minimum cover:", num, "7."),
    P("the situation in the place of return, including security, housing and access to "
      "health care and schooling;", bul, "\u2022"),
    P("the recognition of qualifications and work experience gained abroad;<super>3</super>",
      bul, "\u2022"),
    P("the transfer of savings and personal belongings; and", bul, "\u2022"),
    P("the assistance available after arrival and the way to obtain it.", bul, "\u2022"),
]
page(2, p2, notes=[
    "<super>2</super> The figures do not include movements of internally displaced persons "
    "assisted under the Organization\u2019s emergency programmes.",
    "<super>3</super> Several host countries now issue certificates of work experience to "
    "returning migrants on request; the practice deserves wider use.",
])

# ------------------------------------------------------------------ page 3
p3 = [
    P("Assistance after arrival", h2, "B."),
    P("The first months after return are decisive. Reception at the point of arrival, "
      "temporary accommodation where needed, and referral to local services help returnees "
      "to regain their footing. Longer-term measures, such as vocational training, "
      "placement in employment or support for small businesses, are more effective when "
      "they are tailored to the local labour market rather than designed abroad.",
      num, "8."),
    P("Experience with micro-enterprise grants is mixed. Grants combined with business "
      "training and a period of mentoring have produced enterprises that were still "
      "operating two years later in a majority of cases, whereas cash grants given without "
      "such support were often used for immediate household needs.", num, "9."),
    P("The role of communities", h2, "C."),
    P("Reintegration takes place in a community, not in a programme. Where returnees are "
      "numerous, assistance that also benefits the receiving community, such as the "
      "rehabilitation of a school or a water supply, reduces tension between those who "
      "left and those who stayed.", num, "10."),
    P("PARTNERSHIPS FOR RETURN", h1, "IV."),
    P("No single actor can secure sustainable return. Host countries, countries of origin, "
      "international organizations, local authorities and non-governmental organizations "
      "each bring resources that the others lack, and return programmes work best when "
      "their respective roles are agreed beforehand.", num, "11."),
    P("Bilateral agreements between countries of origin and host countries have become more "
      "frequent. The more recent agreements go beyond readmission procedures and include "
      "commitments on reintegration assistance, the exchange of information and the "
      "monitoring of outcomes.<super>4</super>", num, "12."),
    P("The Administration, for its part, will continue to strengthen the information it "
      "collects on returnees after arrival, so that programmes can be assessed on the basis "
      "of outcomes and not only of the number of persons moved. The findings will be shared "
      "with Member States, as foreseen in document MC/2123.", num, "13."),
]
page(3, p3, notes=[
    "<super>4</super> An overview of such agreements concluded between 2000 and 2004 will be "
    "made available to participants at the workshop as a Conference Room Paper.",
])

# ------------------------------------------------------------------ page 4
p4 = [
    P("QUESTIONS FOR DISCUSSION", h1, "V."),
    P("Participants may wish to address the following questions during the workshop:"),
    P("Which forms of pre-departure support have proved most useful in helping migrants to "
      "take an informed decision about their return?", bul, "\u2022"),
    P("How can countries of origin be more closely involved in the design of "
      "reintegration assistance?", bul, "\u2022"),
    P("What indicators could be used to measure whether a return has been sustainable?",
      bul, "\u2022"),
    P("How can reintegration assistance benefit receiving communities without creating "
      "resentment towards returnees?", bul, "\u2022"),
]
page(4, p4)

c.save()
