"""Draw note-concerning-2007c.pdf: an IOM Council note (MC era, Ninety-fourth Session, 2007)
concerning an application for membership, with a draft resolution in an annex.
Library: reportlab. Pages are composed explicitly so that each footnote sits on the page
where its marker falls."""
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Frame, Spacer
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "note-concerning-2007c.pdf")

SYMBOL = "MC/2236"
W, H = A4
LM, RM = 2.5 * cm, 2.5 * cm
TOP, BOT = 2.0 * cm, 2.2 * cm
TW = W - LM - RM

base = ParagraphStyle("base", fontName="Times-Roman", fontSize=11.5, leading=14.2,
                      alignment=TA_JUSTIFY, spaceAfter=9)
num = ParagraphStyle("num", parent=base, firstLineIndent=36, leftIndent=0,
                     bulletIndent=0, bulletFontName="Times-Roman", bulletFontSize=11.5)
item = ParagraphStyle("item", parent=base, leftIndent=72, bulletIndent=36,
                      bulletFontName="Times-Roman", bulletFontSize=11.5, spaceAfter=6)
quote = ParagraphStyle("quote", parent=base, leftIndent=54, rightIndent=54,
                       fontSize=11, leading=13.5, spaceBefore=2, spaceAfter=10)
head = ParagraphStyle("head", parent=base, fontName="Times-Bold", alignment=TA_LEFT,
                      spaceBefore=6, spaceAfter=9, leftIndent=36, firstLineIndent=-36)
runtitle = ParagraphStyle("runtitle", parent=base, fontName="Times-Bold", alignment=TA_CENTER,
                          fontSize=11.5, leading=14, spaceAfter=18)
center_b = ParagraphStyle("center_b", parent=base, fontName="Times-Bold", alignment=TA_CENTER,
                          spaceAfter=12)
fn = ParagraphStyle("fn", parent=base, fontSize=9, leading=10.8, spaceAfter=3,
                    leftIndent=0, alignment=TA_JUSTIFY)
pre = ParagraphStyle("pre", parent=base, firstLineIndent=36, spaceAfter=10)
op = ParagraphStyle("op", parent=base, firstLineIndent=36, bulletIndent=0, spaceAfter=10,
                    bulletFontName="Times-Roman", bulletFontSize=11.5)


def P(text, style=base, bullet=None):
    return Paragraph(text, style, bulletText=bullet)


def NP(n, text):
    """Numbered paragraph: number at the margin, first line indented, later lines flush left."""
    return Paragraph(text, num, bulletText=f"{n}.")


def running_header(c, lines):
    c.setFont("Times-Roman", 11)
    y = H - TOP
    for ln in lines:
        c.drawRightString(W - RM, y, ln)
        y -= 13
    return y


def draw_footnotes(c, notes):
    """Draw footnote bodies at the foot of the page; return the height they use."""
    if not notes:
        return 0
    paras = [Paragraph(f"<super>{m}</super> {t}", fn) for m, t in notes]
    heights = []
    for p in paras:
        _, h = p.wrap(TW, H)
        heights.append(h + fn.spaceAfter)
    total = sum(heights) + 10
    y = BOT + total
    c.setLineWidth(0.5)
    c.line(LM, y, LM + 5 * cm, y)
    y -= 6
    for p, h in zip(paras, heights):
        p.wrap(TW, H)
        p.drawOn(c, LM, y - (h - fn.spaceAfter))
        y -= h
    return total + 8


def fill(c, flows, top_y, bottom_y, name):
    fr = Frame(LM, bottom_y, TW, top_y - bottom_y, leftPadding=0, rightPadding=0,
               topPadding=0, bottomPadding=0, showBoundary=0)
    rest = list(flows)
    fr.addFromList(rest, c)
    if rest:
        raise SystemExit(f"content of {name} does not fit on its page")


# ---------------------------------------------------------------- content
TITLE_LINES = ["NOTE CONCERNING THE APPLICATION BY",
               "THE REPUBLIC OF BOTSWANA FOR MEMBERSHIP",
               "IN THE ORGANIZATION"]
TITLE_RUN = "NOTE CONCERNING THE APPLICATION BY THE REPUBLIC OF BOTSWANA<br/>FOR MEMBERSHIP IN THE ORGANIZATION"

page1 = [
    P(TITLE_RUN, runtitle),
    P("I.\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0THE APPLICATION", head),
    NP(1, "In a letter of 3 September 2007 addressed to the Director General, the Minister of Labour "
          "and Home Affairs of the Republic of Botswana conveyed his Government\u2019s decision to seek "
          "admission to the International Organization for Migration as a Member State. An instrument "
          "by which Botswana accepts the IOM Constitution was enclosed with the letter and has been "
          "lodged with the Administration."),
    NP(2, "The operative part of the letter is worded as follows:"),
    P("\u201cThe Government of the Republic of Botswana has the honour to request admission as a "
      "Member of the International Organization for Migration. My Government accepts the "
      "Constitution of the Organization and adheres to the principle of the free movement of "
      "persons on which it rests. It is prepared to contribute to the administrative requirements "
      "of the Organization in an amount to be agreed between the Council and the Government of "
      "Botswana, and it looks forward to working with IOM on the migration questions that face "
      "the countries of southern Africa.\u201d", quote),
    NP(3, "Botswana has taken part in sessions of the Council as an observer since it was granted "
          "that status by Resolution No. 1078 (LXXXIV) of 3 December 2002. IOM opened an office in "
          "Gaborone in 2004; its current activities in the country cover assistance to victims of "
          "trafficking, HIV prevention for mobile populations along the main transport corridors and "
          "training for immigration and border officials."),
    P("II.\u00a0\u00a0\u00a0\u00a0\u00a0THE CONDITIONS OF ADMISSION", head),
    NP(4, "Article 2(b) of the IOM Constitution allows the Council, by a two-thirds majority of its "
          "Members, to admit as a Member a State which:"),
    P("shows a demonstrated interest in the principle of the free movement of persons;", item, "(a)"),
    P("undertakes to contribute financially at least to the administrative requirements of the "
      "Organization, at a level agreed upon by the Council and the State in question;<super>1</super> and",
      item, "(b)"),
    P("has accepted the Constitution in accordance with its own constitutional rules.", item, "(c)"),
    Spacer(0, 3),
    NP(5, "In the view of the Administration, Botswana satisfies each of these requirements. Its "
          "acceptance of the Constitution is recorded in the instrument mentioned in paragraph 1, "
          "while the letter quoted above sets out both its attachment to the free movement of "
          "persons and its readiness to share in the administrative costs of the Organization."),
]
notes1 = [("1", "The contributions of Member States to the Administrative Part of the Budget are "
                "assessed according to a scale that follows the United Nations scale of assessment; "
                "the scale proposed for 2008 is reproduced in document MC/2227.")]

page2 = [
    P("III.\u00a0\u00a0\u00a0\u00a0FINANCIAL CONTRIBUTION", head),
    NP(6, "After consultation with the Permanent Mission of Botswana in Geneva, the Administration "
          "proposes that the assessed contribution of Botswana to the Administrative Part of the "
          "Budget be set at 0.035 per cent. Applied to an Administrative Part of CHF 38,045,000 for "
          "2008,<super>2</super> that rate would yield a contribution of CHF 13,316 for the year."),
    NP(7, "If Botswana is admitted, its percentage would be added to the 2008 scale of assessment "
          "in line with the practice followed for earlier new Members, most recently under "
          "Resolution No. 1134 (XCIII) of 30 November 2006, and the shares of the other Member "
          "States would be adjusted when the scale for 2009 is drawn up. No contribution would be "
          "requested in respect of 2007."),
    P("IV.\u00a0\u00a0\u00a0\u00a0\u00a0ACTION REQUESTED OF THE COUNCIL", head),
    NP(8, "With the admission of Botswana, the membership of IOM would rise to 123 States. The "
          "Council is invited to examine the application at its Ninety-fourth Session and, should "
          "it agree, to adopt the draft resolution set out in the Annex to this note."),
]
notes2 = [("2", "Figure taken from the Programme and Budget for 2008 (MC/2222), which is before the "
                "Council for approval at the present session.")]

it = lambda s: f"<i>{s}</i>"
annex = [
    P("Annex", center_b),
    Spacer(0, 4),
    P("DRAFT RESOLUTION", center_b),
    P("ADMISSION OF THE REPUBLIC OF BOTSWANA AS A MEMBER<br/>OF THE ORGANIZATION",
      ParagraphStyle("rt", parent=center_b, spaceAfter=20)),
    P(it("The Council,"), ParagraphStyle("tc", parent=base, firstLineIndent=36, spaceAfter=12)),
    P(it("Having received") + " the application for membership in the Organization made by the "
      "Government of the Republic of Botswana in its letter of 3 September 2007,", pre),
    P(it("Noting") + " that the Government of the Republic of Botswana has accepted the "
      "Constitution of the Organization in conformity with its own constitutional processes,", pre),
    P(it("Satisfied") + " that the Republic of Botswana has demonstrated an interest in the "
      "principle of the free movement of persons,", pre),
    P(it("Having been informed") + " that the Government of the Republic of Botswana undertakes "
      "to contribute to the administrative requirements of the Organization,", pre),
    P(it("Resolves:"), ParagraphStyle("rs", parent=base, firstLineIndent=36, spaceAfter=12)),
    P("To admit the Republic of Botswana as a Member of the International Organization for "
      "Migration;", op, "1."),
    P("To fix the contribution of the Republic of Botswana to the Administrative Part of the "
      "Budget at 0.035 per cent, with effect from the financial year 2008;", op, "2."),
    P("To request the Director General to transmit the present resolution to the Government "
      "of the Republic of Botswana.", op, "3."),
]

# ---------------------------------------------------------------- drawing
c = canvas.Canvas(OUT, pagesize=A4)
c.setTitle(f"{SYMBOL} - Application by the Republic of Botswana for membership")
c.setAuthor("International Organization for Migration")

# Cover
c.setFont("Times-Bold", 12)
c.drawRightString(W - RM, H - TOP, SYMBOL)
c.setFont("Times-Roman", 11)
c.drawRightString(W - RM, H - TOP - 15, "Original: English")
c.drawRightString(W - RM, H - TOP - 29, "16 October 2007")
c.setFont("Times-Bold", 12)
c.drawString(LM, H - TOP - 70, "NINETY-FOURTH SESSION")
c.setLineWidth(1)
c.line(LM, H - TOP - 80, W - RM, H - TOP - 80)
c.setFont("Times-Bold", 15)
y = H / 2 + 40
for ln in TITLE_LINES:
    c.drawCentredString(W / 2, y, ln)
    y -= 22
c.setFont("Times-Bold", 11)
fy = BOT
for x, word in ((LM + 1.5 * cm, "COUNCIL"), (W / 2, "CONSEIL"), (W - RM - 1.5 * cm, "CONSEJO")):
    c.drawCentredString(x, fy, word)
c.showPage()

# Text page 1
top = running_header(c, [SYMBOL, "Page 1"]) - 24
used = draw_footnotes(c, notes1)
fill(c, page1, top, BOT + used, "text page 1")
c.showPage()

# Text page 2
top = running_header(c, [SYMBOL, "Page 2"]) - 24
used = draw_footnotes(c, notes2)
fill(c, page2, top, BOT + used, "text page 2")
c.showPage()

# Annex page
top = running_header(c, [SYMBOL, "Annex", "Page 1"]) - 30
fill(c, annex, top, BOT, "annex page")
c.showPage()

c.save()
print("wrote", OUT)
