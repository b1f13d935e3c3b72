"""Draws scpf-report-2018c.pdf: report on the Twenty-third Session of the SCPF (2018), reportlab."""
import os

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle, NextPageTemplate, PageBreak, KeepTogether)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "scpf-report-2018c.pdf")
SYMBOL = "S/23/13"

W, H = A4
LM, RM, TM, BM = 72, 72, 92, 64
FW = W - LM - RM

BODY = ParagraphStyle("body", fontName="Times-Roman", fontSize=11.5, leading=14.2, alignment=TA_JUSTIFY,
                      spaceAfter=9)
NUMP = ParagraphStyle("nump", parent=BODY, leftIndent=0, firstLineIndent=36, bulletIndent=0,
                      bulletFontName="Times-Roman", bulletFontSize=11.5)
ITEM = ParagraphStyle("item", parent=BODY, leftIndent=72, firstLineIndent=0, bulletIndent=36,
                      bulletFontName="Times-Roman", bulletFontSize=11.5, spaceAfter=5)
HEAD = ParagraphStyle("head", fontName="Times-Bold", fontSize=11.5, leading=14.2, spaceBefore=6,
                      spaceAfter=9, alignment=TA_LEFT, keepWithNext=1)
HEAD_CAPS = ParagraphStyle("headcaps", parent=HEAD, spaceBefore=8)
RUNTITLE = ParagraphStyle("runtitle", fontName="Times-Roman", fontSize=11.5, leading=14.2,
                          alignment=TA_CENTER, spaceAfter=20)
CAPTION = ParagraphStyle("caption", fontName="Times-Italic", fontSize=10.5, leading=13, alignment=TA_CENTER,
                         spaceAfter=3, keepWithNext=1)
CELL = ParagraphStyle("cell", fontName="Times-Roman", fontSize=10, leading=12)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="Times-Bold")
CELLH = ParagraphStyle("cellh", parent=CELL, fontName="Times-Bold", alignment=TA_CENTER)
FOOT = ParagraphStyle("foot", fontName="Times-Roman", fontSize=9.5, leading=11.5, leftIndent=12,
                      firstLineIndent=-12)

# ---------------------------------------------------------------------------------------------------
# Footnotes: marker -> text
FOOTNOTES = {
    "1": "The list of participants is issued separately as document S/23/12.",
    "2": "The Intergovernmental Conference to Adopt the Global Compact for Safe, Orderly and Regular "
         "Migration was convened in Marrakech, Morocco, on 10 and 11 December 2018, under the auspices "
         "of the United Nations General Assembly.",
}


def fn(m):
    return f'<super rise="4" size="7.5">{m}</super>'


_pn = [0]


def P(text):
    _pn[0] += 1
    return Paragraph(text, NUMP, bulletText=f"{_pn[0]}.")


def Hd(text, style=HEAD):
    return Paragraph(text, style)


ITEM_LAST = ParagraphStyle("itemlast", parent=ITEM, spaceAfter=10)


def item(label, text, last=False):
    return Paragraph(text, ITEM_LAST if last else ITEM, bulletText=label)


def money_table():
    rows = [
        ("Africa", 181402300, 338915700),
        ("Middle East and North Africa", 143870900, 295604200),
        ("Asia and the Pacific", 238115600, 412387900),
        ("Americas and the Caribbean", 146290400, 227041800),
        ("Europe", 156725100, 231668300),
        ("Global support and services", 54096700, 75382100),
    ]
    head = [Paragraph("Region", CELLH),
            Paragraph("Programme and Budget for 2018 (C/108/6)", CELLH),
            Paragraph("Revised estimates (S/23/4)", CELLH),
            Paragraph("Increase", CELLH)]
    data = [head]
    ta = tb = 0
    for name, a, b in rows:
        ta += a
        tb += b
        data.append([Paragraph(name, CELL), f"{a:,}", f"{b:,}", f"{b - a:,}"])
    data.append([Paragraph("Total", CELLB), f"{ta:,}", f"{tb:,}", f"{tb - ta:,}"])
    assert ta == 920501000 and tb == 1581000000
    t = Table(data, colWidths=[150, 105, 105, 90])
    n = len(data)
    t.setStyle(TableStyle([
        ("FONT", (1, 1), (-1, -1), "Times-Roman", 10),
        ("FONT", (1, n - 1), (-1, n - 1), "Times-Bold", 10),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("LINEABOVE", (0, n - 1), (-1, n - 1), 1.0, "black"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return t


def story():
    _pn[0] = 0
    s = [NextPageTemplate("body"), PageBreak()]
    s.append(Paragraph("REPORT ON THE TWENTY-THIRD SESSION OF THE STANDING COMMITTEE<br/>"
                       "ON PROGRAMMES AND FINANCE", RUNTITLE))

    s.append(Hd("Introduction"))
    s.append(P("The Standing Committee on Programmes and Finance met for its twenty-third session at the "
               "International Conference Centre Geneva on Tuesday, 30 October, and Wednesday, 31 October 2018. "
               "It held four meetings in all, one in the morning and one in the afternoon of each day. The "
               "Chairperson for 2018, H.E. Mr Tomás Irigoyen (Uruguay), declared the session open at "
               "10.10 a.m. on 30 October and welcomed the delegations, among them several that were taking "
               "part in the work of the Committee for the first time since their States had joined the "
               "Organization."))
    s.append(P("In his opening remarks, the Chairperson recalled that the session came a little over a month "
               "before the Intergovernmental Conference at which the global compact on migration was to be "
               "adopted, and that the Committee's recommendations on the budget for the coming year would be "
               "forwarded to the Council at its 109th Session, scheduled for 27 to 29 November 2018. He "
               "invited members to keep their statements concise so that every item could be covered within "
               "the two days available."))

    s.append(Hd("Attendance"))
    s.append(P("The following Member States were represented:" + fn("1") + " Afghanistan, Albania, Algeria, "
               "Angola, Argentina, Armenia, Australia, Austria, Azerbaijan, Bangladesh, Belarus, Belgium, "
               "Bolivia (Plurinational State of), Brazil, Bulgaria, Burkina Faso, Cameroon, Canada, Chile, "
               "China, Colombia, Costa Rica, Côte d'Ivoire, Croatia, Cyprus, Czechia, Democratic Republic of "
               "the Congo, Denmark, Djibouti, Dominican Republic, Ecuador, Egypt, El Salvador, Estonia, "
               "Ethiopia, Finland, France, Georgia, Germany, Ghana, Greece, Guatemala, Haiti, Holy See, "
               "Honduras, Hungary, India, Iran (Islamic Republic of), Ireland, Israel, Italy, Japan, Jordan, "
               "Kenya, Latvia, Lithuania, Luxembourg, Madagascar, Malta, Mauritania, Mexico, Mongolia, "
               "Morocco, Namibia, Nepal, Netherlands, New Zealand, Nicaragua, Niger, Nigeria, Norway, "
               "Pakistan, Panama, Paraguay, Peru, Philippines, Poland, Portugal, Republic of Korea, Republic "
               "of Moldova, Romania, Rwanda, Senegal, Serbia, Slovakia, Slovenia, South Africa, South Sudan, "
               "Spain, Sri Lanka, Sudan, Sweden, Switzerland, Thailand, Togo, Tunisia, Turkey, Uganda, "
               "Ukraine, United Kingdom of Great Britain and Northern Ireland, United Republic of Tanzania, "
               "United States of America, Uruguay, Venezuela (Bolivarian Republic of), Viet Nam, Yemen, "
               "Zambia and Zimbabwe."))
    s.append(P("Qatar and the Russian Federation attended as observer States. The European Union, the Office "
               "of the United Nations High Commissioner for Refugees and the Sovereign Order of Malta were "
               "also represented as observers, as were two non-governmental organizations in consultative "
               "relationship with IOM."))

    s.append(Hd("Election of officers"))
    s.append(P("The Bureau for 2018 had been elected at the twenty-second session in June. As the Rapporteur "
               "elected at that time, Ms Leilani Kahale (Philippines), had since completed her assignment in "
               "Geneva, the Chairperson invited nominations to fill the vacancy for the remainder of the "
               "year. On the proposal of the delegation of Paraguay, seconded by Ghana, the Standing "
               "Committee elected by acclamation Mr João Ferreira Lima (Brazil) as Rapporteur. The other "
               "members of the Bureau, namely the Chairperson and the Vice-Chairperson, Ms Hanna Lindqvist "
               "(Finland), remained in office."))

    s.append(Hd("Adoption of the agenda"))
    s.append(P("The provisional agenda contained in document S/23/1/Rev.1 was adopted without amendment. At "
               "the request of two delegations, the Chairperson agreed that the update on the global compact "
               "would be taken up on the afternoon of the first day, immediately after the financial items, "
               "so that capital-based experts could attend."))
    s.append(P("The Committee had before it the following documents: the Summary Update on the Programme and "
               "Budget for 2018 (S/23/4); the Programme and Budget for 2019 (C/109/6); the Status report on "
               "outstanding contributions to the Administrative Part of the Budget (S/23/3); the Update on "
               "the implementation of the internal governance framework (S/23/8); the Report of the Office "
               "of the Inspector General for the period from 1 January to 30 June 2018 (S/23/9); and the "
               "Report of the Working Group on Budget Reform (S/23/11). All documents had been posted on "
               "the governing bodies web page at least three weeks before the session."))

    s.append(Hd("I.&nbsp;&nbsp;&nbsp;&nbsp;FINANCE AND BUDGET", HEAD_CAPS))
    s.append(Hd("I.1&nbsp;&nbsp;&nbsp;Summary update on the Programme and Budget for 2018"))
    s.append(P("Introducing document S/23/4, the Director of the Department of Financial and Administrative "
               "Management explained that the Administrative Part of the Budget remained unchanged at "
               "CHF 52,242,614, the level approved by the Council through Resolution No. 1356 of 28 November "
               "2017. The Operational Part of the Budget, by contrast, had risen from USD 920.5 million to "
               "USD 1,581.0 million, an increase of USD 660.5 million that reflected new funding for "
               "activities already under way and for emergency operations that could not have been foreseen "
               "when the original budget was drawn up. Estimated Operational Support Income had been raised "
               "from USD 96.8 million to USD 114.2 million."))
    s.append(P("The revised estimates for the Operational Part of the Budget, broken down by region, are shown "
               "in the table below. The largest absolute increases were in Asia and the Pacific and in "
               "Africa, where the response to large-scale displacement had expanded considerably during the "
               "year."))
    s.append(KeepTogether([Paragraph("Operational Part of the Budget by region (in US dollars)", CAPTION),
                           money_table(), Spacer(1, 12)]))
    s.append(P("Several delegations welcomed the clear presentation of the revision but noted with concern that "
               "nearly all of the additional resources were earmarked for specific projects. One delegation, "
               "speaking on behalf of a regional group, asked how the Administration intended to ensure that "
               "the growth of operations did not outpace the capacity of core structures to manage them. The "
               "Director replied that part of the additional Operational Support Income would be used to "
               "strengthen risk management and project oversight in the regional offices most affected."))
    s.append(P("The Standing Committee:"))
    s.append(item("(a)", "took note of the Summary Update on the Programme and Budget for 2018 contained in "
                         "document S/23/4;"))
    s.append(item("(b)", "took note of the revised estimates of USD 1,581.0 million for the Operational Part "
                         "of the Budget and USD 114.2 million for Operational Support Income; and"))
    s.append(item("(c)", "recommended that the Council approve the revised Programme and Budget for 2018 at "
                         "its 109th Session.", last=True))

    s.append(Hd("I.2&nbsp;&nbsp;&nbsp;Programme and Budget for 2019"))
    s.append(P("The Deputy Director General presented the Programme and Budget for 2019 (C/109/6). She noted "
               "that the Administrative Part of the Budget was proposed at CHF 52,242,614, maintaining zero "
               "nominal growth for a further year in line with the wishes expressed by Member States. The "
               "Operational Part of the Budget was estimated at USD 1,104.6 million, on the basis of "
               "funding reasonably expected at the time of preparation, and Operational Support Income was "
               "projected at USD 118.9 million. The total budget was therefore expected to exceed "
               "USD 1.16 billion."))
    s.append(P("In the ensuing discussion, delegations commended the Administration for the additional detail "
               "provided on the use of unearmarked funds and on staffing in the Regional Offices. A number of "
               "speakers asked for clearer indicators linking the budget to the results framework, and one "
               "delegation requested that future budget documents include a comparison with the actual "
               "expenditure of the preceding year. The Administration undertook to reflect those suggestions "
               "in the preparation of the Programme and Budget for 2020."))
    s.append(P("The Standing Committee took note of document C/109/6 and recommended that the Council approve "
               "the Programme and Budget for 2019."))

    s.append(Hd("I.3&nbsp;&nbsp;&nbsp;Status report on outstanding contributions to the Administrative Part of the "
               "Budget"))
    s.append(P("The Administration reported that, as at 30 September 2018, assessed contributions outstanding "
               "for 2018 and previous years amounted to CHF 5,318,442. Of that amount, CHF 3,906,180 related "
               "to the current year. Twenty-one Member States were in arrears for two or more consecutive "
               "years and were therefore subject to the constitutional provision on the loss of voting "
               "rights; four of them had concluded payment plans with the Administration and were honouring "
               "the instalments agreed. Since the document had been issued, payments totalling CHF 412,760 "
               "had been received from Cameroon, Honduras and Nepal."))
    s.append(P("The Standing Committee took note of document S/23/3 and of the oral update. It thanked the "
               "Member States that had paid their contributions in full or made special efforts to reduce "
               "their arrears, and urged all those concerned to settle their outstanding contributions as "
               "soon as possible or to agree a payment plan with the Administration."))

    s.append(Hd("II.&nbsp;&nbsp;&nbsp;MANAGEMENT AND OVERSIGHT", HEAD_CAPS))
    s.append(Hd("II.1&nbsp;&nbsp;Update on the implementation of the internal governance framework"))
    s.append(P("The Chief of Staff reported on progress in implementing the internal governance framework "
               "since the twenty-second session (S/23/8). A revised policy on the delegation of authority "
               "had been issued in August 2018, the enterprise risk register had been extended to all "
               "country offices with a budget above USD 10 million, and a new unit had been set up to "
               "coordinate the prevention of sexual exploitation and abuse. Work was also continuing on a "
               "single platform for the management of project information."))
    s.append(P("Delegations welcomed the progress achieved but emphasized that the framework could only be "
               "effective if it was adequately funded over the long term. Some asked for a timetable "
               "showing which elements would be financed from the Administrative Part of the Budget and which "
               "from Operational Support Income, while others sought assurances that the new arrangements "
               "would not add to the reporting burden on small field offices."))
    s.append(P("The Standing Committee took note of the update contained in document S/23/8 and requested "
               "the Administration to present a costed implementation plan at its twenty-fourth session."))
    # This heading follows the preceding paragraph with no gap (no space after, none before).
    tight_prev = s[-1]
    s[-1] = Paragraph(tight_prev.text, ParagraphStyle("tight", parent=NUMP, spaceAfter=0),
                      bulletText=tight_prev.bulletText)
    s.append(Hd("II.2&nbsp;&nbsp;Report of the Office of the Inspector General",
               ParagraphStyle("headtight", parent=HEAD, spaceBefore=0)))
    s.append(P("The Inspector General introduced the report of the Office of the Inspector General for the "
               "first half of 2018 (S/23/9). During the period the Office had completed 24 internal audits "
               "and opened 137 investigations, most of them concerning fraud and misuse of resources in "
               "project implementation. The recommendations issued in earlier years had largely been "
               "implemented, although 41 high-priority recommendations were still open, some of them for "
               "more than two years."))
    s.append(P("The Standing Committee took note of document S/23/9, welcomed the steps taken to clear the "
               "backlog of investigation cases and encouraged the Administration to give priority to the "
               "implementation of the high-priority audit recommendations still open."))

    s.append(Hd("II.3&nbsp;&nbsp;Report of the Working Group on Budget Reform"))
    s.append(P("The Chairperson of the Working Group on Budget Reform outlined the work of the Group since "
               "the twenty-second session, as summarized in document S/23/11. The Group had examined options "
               "for investing in the core structure of the Organization, including a gradual increase in the "
               "Administrative Part of the Budget, a broadening of the base for Operational Support Income and "
               "the creation of a dedicated fund for unearmarked voluntary contributions. No consensus had "
               "yet been reached on a preferred option."))
    s.append(P("The Standing Committee took note of the report of the Working Group on Budget Reform and "
               "recommended that the Council extend the mandate of the Group until the end of 2019, so that "
               "it could submit concrete proposals to the Standing Committee at its twenty-fifth session."))

    s.append(Hd("Update on the global compact for safe, orderly and regular migration"))
    s.append(P("The Director General briefed the Committee on the preparations for the adoption of the "
               "global compact for safe, orderly and regular migration." + fn("2") + " He recalled that the "
               "text had been finalized by consensus in July 2018 and described the support that IOM was "
               "providing, together with other entities of the United Nations system, to States in preparing "
               "for its implementation. He also outlined the proposed arrangements for a United Nations "
               "network on migration, of which IOM would serve as coordinator and secretariat."))
    s.append(P("Many delegations expressed support for the role envisaged for the Organization in the "
               "follow-up to the compact and stressed that the additional functions should be adequately "
               "resourced. Other delegations reiterated their national positions on the compact and "
               "underlined that the responsibilities assigned to IOM should not detract from its operational "
               "work. The Standing Committee took note of the briefing."))

    s.append(Hd("Other business"))
    s.append(P("The Administration informed the Committee that the twenty-fourth session of the Standing "
               "Committee was tentatively scheduled to take place on 26 and 27 June 2019 and that the "
               "informal consultations on the budget for 2020 would begin in March 2019. No other matters "
               "were raised."))

    s.append(Hd("Closure of the session"))
    s.append(P("After the customary exchange of courtesies, the Chairperson declared the twenty-third session "
               "of the Standing Committee on Programmes and Finance closed at 5.45 p.m. on Wednesday, "
               "31 October 2018."))
    return s


# ---------------------------------------------------------------------------------------------------
def draw_cover(c, doc):
    c.saveState()
    x_r = W - RM
    y = H - 70
    c.setFont("Times-Bold", 12)
    c.drawRightString(x_r, y, SYMBOL)
    c.setFont("Times-Roman", 11.5)
    c.drawRightString(x_r, y - 16, "Original: English")
    c.drawRightString(x_r, y - 30, "14 December 2018")

    y = H - 190
    c.setFont("Times-Bold", 12)
    c.drawCentredString(W / 2, y, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE")
    c.setFont("Times-Roman", 12)
    c.drawCentredString(W / 2, y - 17, "Twenty-third Session")

    y = H - 330
    c.setFont("Times-Bold", 13)
    c.drawCentredString(W / 2, y, "REPORT ON THE TWENTY-THIRD SESSION OF THE")
    t2 = "STANDING COMMITTEE ON PROGRAMMES AND FINANCE"
    c.drawCentredString(W / 2, y - 19, t2)
    tw = c.stringWidth(t2, "Times-Bold", 13)
    c.setFont("Times-Bold", 10)
    c.drawString(W / 2 + tw / 2, y - 19 + 4, "*")

    y = H - 430
    c.setFont("Times-Roman", 12)
    c.drawCentredString(W / 2, y, "Geneva")
    c.drawCentredString(W / 2, y - 17, "30–31 October 2018")
    c.drawCentredString(W / 2, y - 62, "Rapporteur: Mr J. Ferreira Lima (Brazil)")

    # cover note under a typed rule
    c.setFont("Times-Roman", 11)
    c.drawString(LM, 150, "__________")
    note = Paragraph("*&nbsp;&nbsp;This report was approved by the members of the Standing Committee on "
                     "Programmes and Finance through a written procedure concluded on 11 December 2018.",
                     ParagraphStyle("cn", fontName="Times-Roman", fontSize=10.5, leading=13, leftIndent=12,
                                    firstLineIndent=-12))
    w, h = note.wrap(FW, 100)
    note.drawOn(c, LM, 135 - h)
    c.restoreState()


class Doc(BaseDocTemplate):
    def __init__(self, path, foot_by_page, **kw):
        super().__init__(path, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM, bottomMargin=BM,
                         title="Report on the Twenty-third Session of the Standing Committee on Programmes "
                               "and Finance", author="IOM", **kw)
        self.foot_by_page = foot_by_page  # physical page -> [markers] (from previous pass)
        self.marker_pages = {}
        cover = PageTemplate("cover", [Frame(LM, BM, FW, H - TM - BM, id="cf")], onPage=draw_cover)
        body = PageTemplate("body", [Frame(LM, BM, FW, H - TM - BM, id="bf")], onPage=self.on_body)
        self.addPageTemplates([cover, body])

    def foot_height(self, markers):
        if not markers:
            return 0
        h = 14
        for m in markers:
            p = self.foot_para(m)
            _, ph = p.wrap(FW, 200)
            h += ph + 2
        return h

    def foot_para(self, m):
        return Paragraph(f'<super rise="2" size="7.5">{m}</super>&nbsp;&nbsp;{FOOTNOTES[m]}', FOOT)

    def handle_frameBegin(self, resume=0, pageTopFlowables=None):
        super().handle_frameBegin(resume, pageTopFlowables)
        pg = self.page
        fh = self.foot_height(self.foot_by_page.get(pg, []))
        fr = self.frame
        if self.pageTemplate.id == "body":
            fr._y1 = BM + fh
            fr._height = fr._y2 - fr._y1
            fr._geom()
            fr._reset()

    def on_body(self, c, doc):
        c.saveState()
        c.setFont("Times-Roman", 11)
        c.drawRightString(W - RM, H - 48, SYMBOL)
        c.drawRightString(W - RM, H - 62, f"Page {doc.page - 1}")
        markers = self.foot_by_page.get(doc.page, [])
        if markers:
            fh = self.foot_height(markers)
            top = BM + fh - 6
            c.setLineWidth(0.5)
            c.line(LM, top, LM + 120, top)
            y = top - 6
            for m in markers:
                p = self.foot_para(m)
                _, ph = p.wrap(FW, 200)
                p.drawOn(c, LM, y - ph)
                y -= ph + 2
        c.restoreState()

    def afterFlowable(self, fl):
        frags = getattr(fl, "frags", None) or []
        bl = getattr(fl, "blPara", None)
        texts = []
        for f in frags:
            if getattr(f, "rise", 0) > 0:
                texts.append(f.text)
        if bl is not None and getattr(bl, "kind", 0) == 1:
            for line in bl.lines:
                for f in line.words:
                    if getattr(f, "rise", 0) > 0:
                        texts.append(f.text)
        for t in texts:
            t = t.strip()
            if t in FOOTNOTES and t not in self.marker_pages:
                self.marker_pages[t] = self.page


def build():
    foot_by_page = {}
    for it in range(6):
        doc = Doc(OUT, foot_by_page)
        doc.build(story())
        new = {}
        for m, pg in sorted(doc.marker_pages.items()):
            new.setdefault(pg, []).append(m)
        print("pass", it, "marker pages", doc.marker_pages)
        if new == foot_by_page:
            break
        foot_by_page = new
    else:
        raise SystemExit("footnote placement did not settle")


if __name__ == "__main__":
    build()
