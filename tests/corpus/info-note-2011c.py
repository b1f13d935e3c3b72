#!/usr/bin/env python3
"""Draw info-note-2011c.pdf: an IOM information note (MC/INF series, 2011) with reportlab.

Layout: an unnumbered cover (symbol, Original line, date, session line, rule, title,
trilingual footer), then body pages carrying the running header "MC/INF/306" / "Page N".
Footnotes are placed at the foot of the page where their raised marker is drawn; this
is done with a small fixed-point loop: build, record the page of each marker through
an <onDraw> callback, reserve room at the foot of those pages, rebuild until stable.
"""
import os

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.lib import colors
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                Table, TableStyle, PageBreak, KeepTogether)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "info-note-2011c.pdf")

SYMBOL = "MC/INF/306"
PAGE_W, PAGE_H = A4
LM, RM = 72, 72
TOP, BOTTOM = 86, 64
FRAME_W = PAGE_W - LM - RM

BODY_FONT, BOLD_FONT, ITAL_FONT = "Times-Roman", "Times-Bold", "Times-Italic"

# ----------------------------------------------------------------------------- styles
base = ParagraphStyle("base", fontName=BODY_FONT, fontSize=11.5, leading=14,
                      alignment=TA_JUSTIFY, spaceAfter=9)
numbered = ParagraphStyle("num", parent=base, leftIndent=0, firstLineIndent=36,
                          bulletIndent=0, bulletFontName=BODY_FONT, bulletFontSize=11.5)
heading = ParagraphStyle("head", parent=base, fontName=BOLD_FONT, alignment=TA_LEFT,
                         leftIndent=36, bulletIndent=0, bulletFontName=BOLD_FONT,
                         bulletFontSize=11.5, spaceBefore=8, spaceAfter=9, keepWithNext=1)
subheading = ParagraphStyle("subhead", parent=heading, fontName="Times-BoldItalic",
                            bulletFontName="Times-BoldItalic", spaceBefore=2)
item = ParagraphStyle("item", parent=base, leftIndent=72, bulletIndent=36,
                      bulletFontName=BODY_FONT, bulletFontSize=11.5, spaceAfter=6)
bullet = ParagraphStyle("bullet", parent=base, leftIndent=54, bulletIndent=36,
                        bulletFontName=BODY_FONT, bulletFontSize=11.5, spaceAfter=5)
quote = ParagraphStyle("quote", parent=base, fontName=ITAL_FONT, leftIndent=72,
                       rightIndent=54, spaceBefore=2, spaceAfter=10)
running_title = ParagraphStyle("rt", parent=base, alignment=TA_CENTER, spaceAfter=16)
caption = ParagraphStyle("cap", parent=base, alignment=TA_CENTER, fontName=BOLD_FONT,
                         fontSize=10.5, leading=13, spaceAfter=5, keepWithNext=1)
cell = ParagraphStyle("cell", parent=base, fontSize=10.5, leading=12.5, alignment=TA_LEFT,
                      spaceAfter=0)
fn_style = ParagraphStyle("fn", parent=base, fontSize=9.5, leading=11.2, spaceAfter=2,
                          alignment=TA_JUSTIFY)

# ----------------------------------------------------------------------------- text
TITLE_LINES = ["HUMANITARIAN EVACUATION OF MIGRANTS FROM LIBYA:",
               "AN ACCOUNT OF THE 2011 RESPONSE AND EMERGING LESSONS"]

FOOTNOTES = {
    "1": "The expression is used in this note, as in the joint appeals issued with the Office of "
         "the United Nations High Commissioner for Refugees (UNHCR), for persons who held neither "
         "Libyan nationality nor that of the country into which they had crossed.",
    "2": "Cumulative border-monitoring figure compiled by IOM and UNHCR from data supplied by the "
         "authorities of the receiving countries. Persons who crossed a border more than once may "
         "have been counted more than once.",
    "3": "The review of the IOM Strategy presented to the Council in 2010 (document MC/INF/302) had "
         "already singled out emergency response capacity as an area in need of strengthening.",
}


def fn(n):
    """A raised footnote marker, with a draw-time callback recording its page."""
    return '<onDraw name="fnmark" label="%s"/><super>%s</super>' % (n, n)


def P(num, text):
    return Paragraph(text, numbered, bulletText="%d." % num)


def H(label, text, style=heading):
    return Paragraph(text, style, bulletText=label)


def story():
    s = []
    s.append(Paragraph("<br/>".join(TITLE_LINES), running_title))

    s.append(H("I.", "INTRODUCTION"))
    s.append(P(1, "When the unrest that began in Libya in mid-February 2011 turned into armed "
                  "conflict, hundreds of thousands of foreign workers living in the country lost "
                  "their jobs and their safety almost overnight, and made for its land borders and "
                  "its ports. This note informs the Council of the way in which the Organization "
                  "responded to their situation, of how the response was financed, and of the "
                  "lessons that the Administration draws from it for future emergencies in which "
                  "migrants are caught."))
    s.append(P(2, "The account covers the period from 28 February to 31 October 2011. It is based "
                  "on operational reports from the IOM offices in Chad, Egypt, the Niger and "
                  "Tunisia, from the Organization\u2019s staff who remained inside Libya, and on the "
                  "information shared with Member States at the informal briefings held in Geneva "
                  "during the year."))

    s.append(H("II.", "A CRISIS OF MIGRANTS"))
    s.append(P(3, "For decades Libya had drawn workers from sub-Saharan Africa, from its North "
                  "African neighbours and from South and South-East Asia, who were employed in "
                  "construction, oil services, agriculture and households. Unlike refugees fleeing "
                  "their own country, most of the people who left Libya in 2011 were "
                  "\u201cthird-country nationals\u201d" + fn(1) + " whose first wish was to go home, "
                  "but who had neither the documents, nor the savings, nor the means of transport "
                  "to do so. Several of their countries of origin, some among the least developed "
                  "in the world, were not in a position to organize evacuations on their own."))
    s.append(P(4, "By the end of October, the authorities at the main crossing points had recorded "
                  "the arrival of 796,915" + fn(2) + " persons from Libya in Algeria, Chad, Egypt, "
                  "the Niger, the Sudan and Tunisia, and of a further number by sea in Italy and "
                  "Malta. Roughly one third were Libyans, most of whom have since gone back; the "
                  "others were migrants of more than 120 nationalities."))
    s.append(P(5, "Arrivals peaked in the first days of March, when more than 15,000 people a day "
                  "crossed into Tunisia at Ras Ajdir alone. The transit camps set up near the "
                  "border were soon stretched far beyond their capacity, and every day without "
                  "onward transport added to the risk of disease, of tension among the people "
                  "waiting and of loss of life."))

    s.append(H("III.", "THE ORGANIZATION\u2019S RESPONSE"))
    s.append(H("III.1", "Evacuation and onward transport", subheading))
    s.append(P(6, "At the request of the governments concerned and of the countries of origin, IOM "
                  "and UNHCR launched a joint humanitarian evacuation on 1 March 2011. UNHCR led on "
                  "protection and on the identification of persons in need of international "
                  "protection, while IOM arranged the journey home of migrants who asked to "
                  "return. The operation rested on four elements:"))
    bullets = [
        "registration and screening at the border, giving priority to unaccompanied children, "
        "pregnant women, the sick and the elderly;",
        "charter flights from Djerba, Cairo and other hubs, topped up with seats on scheduled "
        "services and, on several occasions, with ships hired to take migrants out of Misrata "
        "and Benghazi;",
        "overland convoys across the desert to Chad and the Niger for those who had left Libya "
        "through its southern borders; and",
        "reception at the airport or border post of the country of origin, with a small cash "
        "grant to cover the last stretch of the journey home.",
    ]
    last_bullet = ParagraphStyle("lastbullet", parent=bullet, spaceAfter=10)
    for i, b in enumerate(bullets):
        s.append(Paragraph(b, last_bullet if i == len(bullets) - 1 else bullet,
                           bulletText="\u2022"))
    s.append(P(7, "The table below shows, by region of origin, how many migrants IOM transported "
                  "home between 28 February and 31 October 2011."))

    rows = [
        ("West and Central Africa", 38412, 24905),
        ("East Africa and the Horn of Africa", 9860, 3214),
        ("Middle East and North Africa", 4215, 41736),
        ("South Asia", 35602, 1488),
        ("South-East and East Asia", 12947, 2031),
        ("Other regions", 1633, 457),
    ]
    tot_air = sum(r[1] for r in rows)
    tot_land = sum(r[2] for r in rows)
    assert tot_air + tot_land == 176500, (tot_air, tot_land)
    data = [[Paragraph("<b>Region of origin</b>", cell), Paragraph("<b>By air</b>", cell),
             Paragraph("<b>By land or sea</b>", cell), Paragraph("<b>Total</b>", cell)]]
    for name, a, l in rows:
        data.append([name, "{:,}".format(a), "{:,}".format(l), "{:,}".format(a + l)])
    data.append(["Total", "{:,}".format(tot_air), "{:,}".format(tot_land),
                 "{:,}".format(tot_air + tot_land)])
    t = Table(data, colWidths=[190, 80, 90, 80], hAlign="CENTER")
    t.setStyle(TableStyle([
        ("FONT", (0, 1), (-1, -1), BODY_FONT, 10.5),
        ("FONT", (0, -1), (-1, -1), BOLD_FONT, 10.5),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    s.append(KeepTogether([
        Spacer(1, 4),
        Paragraph("Migrants assisted to return home, by region of origin "
                  "(28 February \u2013 31 October 2011)", caption),
        t, Spacer(1, 12)]))
    s.append(P(8, "Within these totals, the largest national groups were, in descending order, "
                  "Egyptians, Bangladeshis, Chadians, Nigeriens and Ghanaians. Workers from "
                  "Bangladesh, who had no overland route home, formed the largest single group "
                  "carried by air, and most of the Egyptians returned by bus through the Salloum "
                  "crossing."))

    s.append(H("III.2", "Assistance in transit and on return", subheading))
    s.append(P(9, "Transport was only one part of the work. At the transit points, IOM offices "
                  "distributed food, water and non-food items and screened new arrivals for "
                  "health needs, in cooperation with the national Red Crescent societies; IOM "
                  "doctors and nurses escorted the flights that carried sick or injured "
                  "passengers, and a tracing service helped members of separated families to "
                  "find one another."))
    s.append(P(10, "The sudden return of so many wage earners placed a heavy burden on the "
                   "communities they came back to, many of which had lived on remittances from "
                   "Libya. In Chad, Mali and the Niger, IOM started modest reintegration "
                   "projects combining vocational training, support to small businesses and "
                   "community works, although the funds available reached only a fraction of "
                   "those who had returned."))

    s.append(H("IV.", "FUNDING AND COORDINATION"))
    s.append(P(11, "The Organization issued its first appeal on 3 March 2011 and revised it twice "
                   "as the number of people waiting at the borders grew. By 31 October, "
                   "contributions of USD 109.4 million had been received against requirements of "
                   "USD 126.8 million. As an emergency operation, the evacuation is financed "
                   "entirely outside the Programme and Budget for 2011 (MC/2298) and will be "
                   "reported on in the Financial Report for the year. Of the funds received, close "
                   "to four fifths were spent on transport, the remainder going to assistance in "
                   "transit, medical care and support on return."))
    s.append(P(12, "In seeking these resources the Administration has relied on the support the "
                   "Council expressed for emergency operations in Resolution No. 1204 of "
                   "30 November 2010, in which it:"))
    s.append(Paragraph("\u201cCalls upon Member States and other partners to strengthen the "
                       "capacity of the Organization to respond without delay to emergencies "
                       "affecting migrants, including by means of flexible and predictable "
                       "funding that can be drawn upon in the first days of a crisis;\u201d",
                       quote))
    s.append(P(13, "The experience of 2011 bore out that concern. In the first fortnight, before "
                   "pledges turned into cash, the operation ran on advances from the "
                   "Organization\u2019s own limited reserves and on loans arranged with the help "
                   "of a few donors, and two charter flights from Djerba had to be postponed for want "
                   "of cash. The Administration intends to put proposals for a standing "
                   "facility for migration emergencies before the Standing Committee on "
                   "Programmes and Finance in 2012." + fn(3)))
    s.append(P(14, "Coordination with UNHCR, with the Office for the Coordination of Humanitarian "
                   "Affairs and with the host governments took place through a joint cell in "
                   "Geneva and through regular meetings in Tunis, Cairo and N\u2019Djamena. The "
                   "division of tasks agreed at the outset held throughout the operation and "
                   "spared the migrants much duplication and delay. Situation reports issued twice a "
                   "week kept donors and Member States informed of arrivals, departures and "
                   "funding gaps at each border."))

    s.append(H("V.", "LESSONS FOR FUTURE CRISES"))
    s.append(P(15, "The Administration draws four main lessons from the events of this year:"))
    items = [
        ("(a)", "Migrants caught in a crisis in the country where they live fall between existing "
                "protection regimes: they are not refugees, they may be unable to rely on their "
                "own State for help, and no agency holds a clear mandate to assist and evacuate "
                "them;"),
        ("(b)", "Speed depends on preparation: framework agreements with air carriers, staff who "
                "can be deployed at short notice and rosters of medical escorts cut the time "
                "needed to mount the first flights from more than a week to two or three days, "
                "and similar arrangements should be kept in place between crises rather than "
                "negotiated anew each time;"),
        ("(c)", "Consular capacity is decisive: where countries of origin were able to send "
                "consular officials to the border without delay, travel documents were issued "
                "and passengers cleared for departure within days, whereas elsewhere migrants "
                "waited for weeks in crowded camps, with the risks to health and to public order "
                "that such waiting entails for the migrants themselves and for the towns near "
                "which the camps had been set up in haste; and"),
        ("(d)", "Evacuation is only a first step: unless returnees receive help to settle back "
                "into their communities, the return of large numbers of workers can unsettle "
                "fragile areas of origin and prepare the ground for renewed irregular "
                "migration."),
    ]
    last_item = ParagraphStyle("lastitem", parent=item, spaceAfter=10)
    for i, (lab, txt) in enumerate(items):
        s.append(Paragraph(txt, last_item if i == len(items) - 1 else item, bulletText=lab))
    s.append(P(16, "The Administration proposes to bring these lessons together in a framework for "
                   "the Organization\u2019s operational response to migration crises, which it "
                   "will submit to Member States for discussion during 2012."))

    s.append(H("VI.", "CONCLUSION"))
    s.append(P(17, "The evacuation of migrants from Libya ranks among the largest operations in "
                   "the Organization\u2019s sixty-year history. IOM is grateful to the Member States "
                   "whose funds, aircraft, vessels and diplomatic support made it possible, and to "
                   "the governments of the neighbouring countries that kept their borders open to "
                   "those fleeing. The Council is invited to take note of this information."))
    return s


# ----------------------------------------------------------------------------- page furniture
def draw_cover(c, doc):
    c.saveState()
    right = PAGE_W - RM
    y = PAGE_H - 72
    c.setFont(BOLD_FONT, 12)
    c.drawRightString(right, y, SYMBOL)
    c.setFont(BODY_FONT, 11.5)
    c.drawRightString(right, y - 26, "Original: English")
    c.drawRightString(right, y - 40, "8 November 2011")
    c.setFont(BOLD_FONT, 12)
    c.drawCentredString(PAGE_W / 2, y - 110, "100TH SESSION")
    c.setFont(BODY_FONT, 11.5)
    c.drawCentredString(PAGE_W / 2, y - 150, "_" * 72)
    c.setFont(BOLD_FONT, 12.5)
    ty = PAGE_H / 2 + 40
    for line in TITLE_LINES:
        c.drawCentredString(PAGE_W / 2, ty, line)
        ty -= 18
    # trilingual footer
    c.setFont(BOLD_FONT, 12)
    fy = 62
    c.setLineWidth(0.6)
    c.line(LM, fy + 18, PAGE_W - RM, fy + 18)
    c.drawString(LM, fy, "COUNCIL")
    c.drawCentredString(PAGE_W / 2, fy, "CONSEIL")
    c.drawRightString(PAGE_W - RM, fy, "CONSEJO")
    c.restoreState()


class Doc(BaseDocTemplate):
    def __init__(self, path, reserve, **kw):
        self.reserve = reserve          # {physical page: points reserved for footnotes}
        self.fn_pages = {}              # {marker: physical page}
        BaseDocTemplate.__init__(self, path, pagesize=A4, leftMargin=LM, rightMargin=RM,
                                 topMargin=TOP, bottomMargin=BOTTOM,
                                 title="MC/INF/306 - Humanitarian evacuation of migrants from Libya",
                                 author="International Organization for Migration", **kw)
        cover = PageTemplate(id="cover", frames=[Frame(LM, BOTTOM, FRAME_W, 20, id="cf",
                                                       leftPadding=0, rightPadding=0,
                                                       topPadding=0, bottomPadding=0)],
                             onPage=draw_cover, autoNextPageTemplate="body")
        self.body_frame = Frame(LM, BOTTOM, FRAME_W, PAGE_H - TOP - BOTTOM, id="body",
                                leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        body = PageTemplate(id="body", frames=[self.body_frame], onPage=self.body_page,
                            onPageEnd=self.footnotes)
        templates = [cover, body]
        self.addPageTemplates(templates)

    def handle_documentBegin(self):
        BaseDocTemplate.handle_documentBegin(self)
        self.canv.setNamedCB("fnmark", self._mark)

    def _mark(self, canv, kind, label):
        self.fn_pages.setdefault(label, canv.getPageNumber())

    def body_page(self, c, doc):
        # shrink the frame from below on pages that carry footnotes (frames are reset after this)
        r = self.reserve.get(doc.page, 0)
        self.body_frame.y1 = BOTTOM + r
        self.body_frame.height = PAGE_H - TOP - BOTTOM - r
        c.saveState()
        c.setFont(BODY_FONT, 11.5)
        c.drawRightString(PAGE_W - RM, PAGE_H - 50, SYMBOL)
        c.drawRightString(PAGE_W - RM, PAGE_H - 64, "Page %d" % (doc.page - 1))
        c.restoreState()

    def footnotes(self, c, doc):
        page = doc.page
        marks = sorted((m for m, p in PLACED.items() if p == page), key=int)
        if not marks:
            return
        paras = [Paragraph("<super>%s</super> %s" % (m, FOOTNOTES[m]), fn_style) for m in marks]
        heights = [p.wrap(FRAME_W, PAGE_H)[1] for p in paras]
        y = BOTTOM + sum(heights) + 2 * len(paras)
        c.saveState()
        c.setLineWidth(0.5)
        c.line(LM, y + 8, LM + 144, y + 8)
        c.restoreState()
        for p, h in zip(paras, heights):
            y -= h
            p.drawOn(c, LM, y)
            y -= 2


def needed(marks):
    total = 0
    for m in marks:
        p = Paragraph("<super>%s</super> %s" % (m, FOOTNOTES[m]), fn_style)
        total += p.wrap(FRAME_W, PAGE_H)[1] + 2
    return total + 18 if marks else 0


PLACED = {}


def build():
    global PLACED
    reserve = {}
    for _ in range(8):
        doc = Doc(OUT, reserve)
        doc.build([PageBreak()] + story())
        PLACED = dict(doc.fn_pages)
        new_reserve = {}
        for m, p in PLACED.items():
            new_reserve.setdefault(p, []).append(m)
        new_reserve = {p: needed(ms) for p, ms in new_reserve.items()}
        if new_reserve == reserve:
            break
        reserve = new_reserve
    # final build with PLACED known, so the footnotes are drawn
    doc = Doc(OUT, reserve)
    doc.build([PageBreak()] + story())
    assert dict(doc.fn_pages) == PLACED, (doc.fn_pages, PLACED)
    print("pages:", doc.page, "footnote pages:", PLACED)


if __name__ == "__main__":
    build()
