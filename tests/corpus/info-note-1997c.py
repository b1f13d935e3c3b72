"""Draw info-note-1997c.pdf: an IOM Council information note of 1997 (MC/INF/236).

Reportlab, Times, A4.  Cover page with session line and trilingual footer; running
header (symbol and page label) on every later page; footnotes at the foot of the page
on which their marker falls (two-pass layout: the first passes find the pages, the last
reserves the room and draws the bodies).
"""
import os

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, KeepTogether, NextPageTemplate,
                                PageBreak, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle, CondPageBreak)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "info-note-1997c.pdf")

SYMBOL = "MC/INF/236"
PAGE_W, PAGE_H = A4
LM, RM, TM, BM = 2.5 * cm, 2.5 * cm, 2.6 * cm, 2.2 * cm
TEXT_W = PAGE_W - LM - RM

FONT, BOLD, ITAL = "Times-Roman", "Times-Bold", "Times-Italic"

# ----------------------------------------------------------------- styles
body = ParagraphStyle("body", fontName=FONT, fontSize=11.5, leading=13.4,
                      alignment=TA_JUSTIFY, spaceAfter=8)
numbered = ParagraphStyle("numbered", parent=body, firstLineIndent=36,
                          bulletIndent=0, bulletFontName=FONT, bulletFontSize=11.5)
item = ParagraphStyle("item", parent=body, leftIndent=72, bulletIndent=36,
                      firstLineIndent=0, bulletFontName=FONT, bulletFontSize=11.5,
                      spaceAfter=6)
heading = ParagraphStyle("heading", fontName=BOLD, fontSize=11.5, leading=14,
                         spaceBefore=6, spaceAfter=9, alignment=TA_LEFT,
                         leftIndent=36, firstLineIndent=-36)
subheading = ParagraphStyle("subheading", fontName=BOLD, fontSize=11.5, leading=14,
                            spaceBefore=6, spaceAfter=8, leftIndent=36,
                            firstLineIndent=-36)
running_title = ParagraphStyle("running_title", fontName=BOLD, fontSize=11.5,
                               leading=14, alignment=TA_CENTER, spaceAfter=16)
caption = ParagraphStyle("caption", fontName=BOLD, fontSize=10.5, leading=13,
                         alignment=TA_CENTER, spaceBefore=2, spaceAfter=5)
cell = ParagraphStyle("cell", fontName=FONT, fontSize=10.5, leading=12.5)
cell_b = ParagraphStyle("cell_b", parent=cell, fontName=BOLD)
fn_style = ParagraphStyle("fn", fontName=FONT, fontSize=9, leading=10.5,
                          leftIndent=12, firstLineIndent=-12, alignment=TA_JUSTIFY)
annex_label = ParagraphStyle("annex_label", fontName=BOLD, fontSize=12, leading=15,
                             alignment=TA_CENTER, spaceAfter=10)
annex_title = ParagraphStyle("annex_title", fontName=BOLD, fontSize=11.5, leading=14,
                             alignment=TA_CENTER, spaceAfter=18)
annex_entry = ParagraphStyle("annex_entry", parent=body, leftIndent=36,
                             firstLineIndent=0, bulletIndent=0, bulletFontName=FONT,
                             bulletFontSize=11.5, alignment=TA_LEFT)

# ----------------------------------------------------------------- footnotes
FOOTNOTES = {
    1: "The founding consultations were held in Budapest in March 1993 with "
       "representatives of eleven Governments and of the Council of Europe, which "
       "asked IOM to host the programme on an interim basis.",
    2: "The survey covered 1,600 respondents aged 18 to 30 in Kyiv, Lviv and "
       "Ternopil before the campaign and the same number after it. The full results "
       "are listed in the Annex, paragraph 2.",
    3: "Figures for 1997 are provisional; a final statement of contributions will "
       "be given in the Financial Report for 1997.",
}


def sup(n):
    return '<super><font size="7.5">%d</font></super>' % n


def para(n, text, fns=()):
    p = Paragraph(text, numbered, bulletText="%d." % n)
    if fns:
        p._fns = tuple(fns)
        return KeepTogether([p])
    return p


def head(label, words):
    return Paragraph("%s.&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;%s" % (label, words), heading)


# ----------------------------------------------------------------- content
def story():
    s = []
    # ---- cover (page with no running header)
    s.append(Paragraph("SEVENTY-FOURTH SESSION", ParagraphStyle(
        "sess", fontName=BOLD, fontSize=12, leading=15, alignment=TA_CENTER,
        spaceAfter=26)))
    rstyle = ParagraphStyle("r", fontName=FONT, fontSize=12, leading=15,
                            alignment=TA_RIGHT)
    s.append(Paragraph("<b>%s</b>" % SYMBOL, rstyle))
    s.append(Spacer(1, 6))
    s.append(Paragraph("Original: English", rstyle))
    s.append(Paragraph("3 November 1997", rstyle))
    s.append(Spacer(1, 7.2 * cm))
    tstyle = ParagraphStyle("t", fontName=BOLD, fontSize=13, leading=18,
                            alignment=TA_CENTER)
    s.append(Paragraph("MIGRATION INFORMATION PROGRAMME", tstyle))
    s.append(Paragraph("FOR CENTRAL AND EASTERN EUROPE:", tstyle))
    s.append(Paragraph("REVIEW OF ACTIVITIES, 1996-1997", tstyle))
    s.append(NextPageTemplate("body"))
    s.append(PageBreak())

    # ---- first text page
    s.append(Paragraph("MIGRATION INFORMATION PROGRAMME<br/>FOR CENTRAL AND EASTERN EUROPE:"
                       "<br/>REVIEW OF ACTIVITIES, 1996-1997", running_title))

    s.append(head("I", "INTRODUCTION"))
    s.append(para(1,
        "This note informs Member States of the work carried out by the Migration "
        "Information Programme (MIP) in Central and Eastern Europe between January 1996 "
        "and September 1997. It updates the information given to the Council at its "
        "Seventy-second Session and should be read together with the Programme and "
        "Budget for 1997 (MC/1878), under which the programme is financed entirely from "
        "voluntary contributions."))
    s.append(para(2,
        "The programme was set up in Budapest in 1993 at the request of several "
        "Governments of the region, which wished to obtain reliable data and independent "
        "analysis of the migratory movements that followed the political changes of "
        "1989-1991." + sup(1) + " It has since grown from a small research unit into a "
        "regional service for governments, non-governmental organizations and the "
        "public.", fns=[1]))
    s.append(para(3,
        "Part II of the note recalls the mandate of the programme; Part III describes "
        "its main activities during the period under review; Part IV reports on its "
        "funding; Part V outlines the priorities proposed for 1998; and Part VI contains "
        "brief conclusions. A list of selected publications is attached as an annex."))

    s.append(head("II", "MANDATE AND ORGANIZATION"))
    s.append(para(4,
        "The programme works within the framework set by Council Resolution No. 923 "
        "(LXXI) of 29 November 1995, which called on the Organization to strengthen its "
        "capacity to offer migration information and advice to governments. Its tasks "
        "were described in more detail in document MC/INF/229 of 15 October 1996, of "
        "which the Council took note at its Seventy-second Session."))
    s.append(para(5,
        "A coordinator and five professional staff manage the programme from the IOM "
        "office in Budapest, assisted by national correspondents in Bulgaria, the Czech "
        "Republic, Hungary, Poland, Romania, Slovakia and Ukraine. An advisory group of "
        "donor and beneficiary governments meets twice a year to review the work plan "
        "and to approve new projects."))
    s.append(para(6,
        "Every project is designed with the authorities of the country concerned and "
        "carried out, wherever possible, with national research institutes and "
        "non-governmental organizations. This has helped to build local expertise and to "
        "keep costs down, since national partners take on part of the field work."))

    s.append(head("III", "ACTIVITIES IN 1996-1997"))
    s.append(Paragraph("A.&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Information campaigns",
                       subheading))
    s.append(para(7,
        "The largest share of resources went to public information campaigns aimed at "
        "prospective migrants, many of whom base their decisions on rumour or on the "
        "promises of recruiters. Campaigns were conducted in Albania, Romania and "
        "Ukraine, using radio spots, leaflets, posters and telephone hotlines staffed by "
        "trained counsellors."))
    s.append(para(8, "Each campaign followed the same method, which comprised:"))
    s.append(Paragraph(
        "a preliminary survey of the intentions, sources of information and "
        "expectations of the target group;", item, bulletText="(a)"))
    s.append(Paragraph(
        "the preparation of messages with national partners, tested on small focus "
        "groups before their release; and", item, bulletText="(b)"))
    s.append(Paragraph(
        "an evaluation six months after the campaign, comparing the results of the "
        "preliminary survey with those of a follow-up survey of the same population.",
        item, bulletText="(c)"))
    s.append(Spacer(1, 3))
    s.append(para(9,
        "The evaluation of the Ukrainian campaign, completed in August 1997, showed that "
        "the share of young women aware of the risks of irregular employment abroad rose "
        "from 31 to 58 per cent in the areas covered." + sup(2) + " The hotline in Kyiv "
        "received about 4,200 calls in its first nine months, most of them on the "
        "conditions of legal work abroad and on the recognition of diplomas.", fns=[2]))

    s.append(Paragraph("B.&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Research and data collection",
                       subheading))
    s.append(para(10,
        "Four studies were completed during the period: on transit migration through the "
        "Czech Republic and Hungary, on the return of rejected asylum seekers to Romania, "
        "on labour migration from Poland to Germany, and on trafficking in women from "
        "Central and Eastern Europe. The last of these attracted wide interest and has "
        "been used by several governments in preparing new legislation."))
    s.append(para(11,
        "The programme also continued to collect statistics on migration flows in the "
        "region, which it publishes twice a year in a bulletin in English and Russian. "
        "Differences in national definitions still limit the comparability of the "
        "figures, and work has begun with national statistical offices on a common set "
        "of core indicators."))
    s.append(para(12,
        "A reference library, open to government officials, researchers and journalists, "
        "was opened in Budapest in 1996 and now holds some 2,300 titles. An electronic "
        "catalogue will be made available to national partners in 1998."))

    s.append(Paragraph("C.&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Training and technical "
                       "cooperation", subheading))
    s.append(para(13,
        "Seminars on migration data management and on the drafting of migration "
        "legislation were held in Bratislava, Bucharest, Sofia and Warsaw for 214 "
        "officials of ministries of the interior, labour and foreign affairs. They were "
        "organized jointly with the International Centre for Migration Policy Development "
        "and, on two occasions, with the Office of the United Nations High Commissioner "
        "for Refugees."))
    s.append(para(14,
        "At the request of the Government of Ukraine, an expert was seconded for six "
        "months to the State Committee on Nationalities and Migration to help set up a "
        "migration statistics unit. Similar requests from Bulgaria and Romania are under "
        "discussion."))

    s.append(CondPageBreak(9 * cm))
    s.append(head("IV", "FUNDING"))
    s.append(para(15,
        "The programme has no share in the Administrative Part of the Budget and depends "
        "on earmarked voluntary contributions. The contributions received from "
        "1 January 1996 to 30 September 1997 are shown below." + sup(3), fns=[3]))

    rows = [
        ("Austria", "45,000", "50,000", "95,000"),
        ("Germany", "120,000", "110,000", "230,000"),
        ("Netherlands", "80,000", "95,000", "175,000"),
        ("Sweden", "60,000", "65,000", "125,000"),
        ("Switzerland", "70,000", "75,000", "145,000"),
        ("United States", "150,000", "180,000", "330,000"),
        ("European Commission", "210,000", "245,000", "455,000"),
    ]
    total = ("Total", "735,000", "820,000", "1,555,000")
    # check the sums
    for i in (1, 2, 3):
        assert sum(int(r[i].replace(",", "")) for r in rows) == int(total[i].replace(",", ""))
    for r in rows + [total]:
        assert int(r[1].replace(",", "")) + int(r[2].replace(",", "")) == int(r[3].replace(",", ""))

    data = [[Paragraph("Donor", cell_b), Paragraph("1996", cell_b),
             Paragraph("1997", cell_b), Paragraph("Total", cell_b)]]
    for r in rows:
        data.append([Paragraph(r[0], cell)] + list(r[1:]))
    data.append([Paragraph("Total", cell_b)] + list(total[1:]))
    t = Table(data, colWidths=[6.2 * cm, 2.9 * cm, 2.9 * cm, 3.1 * cm])
    t.setStyle(TableStyle([
        ("FONT", (1, 1), (-1, -2), FONT, 10.5),
        ("FONT", (1, -1), (-1, -1), BOLD, 10.5),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, "black"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, "black"),
        ("LINEABOVE", (0, -1), (-1, -1), 0.5, "black"),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, "black"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    # right-align the column headings' paragraphs
    for c in (1, 2, 3):
        data[0][c].style = ParagraphStyle("h%d" % c, parent=cell_b, alignment=TA_RIGHT)
    s.append(KeepTogether([
        Paragraph("Contributions to the Migration Information Programme, 1996-1997 "
                  "(in US dollars)", caption),
        t, Spacer(1, 12)]))

    s.append(para(16,
        "Contributions for the period thus amounted to US$ 1,555,000, just over half of "
        "which came from the European Commission and the United States. Expenditure over "
        "the same period was US$ 1,482,000, leaving a balance of US$ 73,000 to be carried "
        "forward to 1998."))
    s.append(para(17,
        "The Administration is grateful to all donors for their support. It notes, "
        "however, that most contributions are tied to single projects and committed for "
        "no more than twelve months, which makes it hard to retain qualified staff and to "
        "plan research over several years."))

    s.append(head("V", "PRIORITIES FOR 1998"))
    s.append(para(18,
        "Subject to the availability of funds, the information campaigns will be "
        "extended to Bulgaria and the Republic of Moldova, where surveys carried out in "
        "1997 point to a growing interest in emigration among young people who know "
        "little of the legal channels open to them."))
    s.append(para(19,
        "In research, priority will go to a comparative study of the return and "
        "reintegration of migrants in the region and to a first regional statistical "
        "yearbook based on the core indicators mentioned in paragraph 11."))
    s.append(para(20,
        "The programme will also seek closer cooperation with the other international "
        "organizations working in the region, so as to avoid duplication, above all in "
        "training, where several similar initiatives have been launched since 1995."))
    s.append(para(21,
        "An external evaluation of the programme, requested by the advisory group at its "
        "meeting of April 1997, will be carried out in the first half of 1998. Its "
        "findings will be reported to the Executive Committee, together with any "
        "proposals for changes in the structure or the location of the programme."))
    s.append(para(22,
        "The cost of the 1998 work plan is estimated at US$ 960,000. The Administration "
        "will circulate a detailed project document to interested Member States before "
        "the end of 1997 and would welcome pledges covering more than one year."))

    s.append(head("VI", "CONCLUSION"))
    s.append(para(23,
        "Over the past two years the programme has shown that accurate and timely "
        "information helps governments to manage migration and helps prospective "
        "migrants to make informed choices. Its regional character has also allowed "
        "countries facing similar movements to compare their experience and to draw on "
        "each other's expertise."))
    s.append(para(24,
        "The Council is invited to take note of this report and to encourage Member "
        "States to support the continuation of the programme. Copies of the publications "
        "listed in the Annex may be obtained from the IOM office in Budapest or from "
        "Headquarters in Geneva."))

    # ---- annex
    s.append(NextPageTemplate("annex"))
    s.append(PageBreak())
    s.append(Paragraph("ANNEX", annex_label))
    s.append(Paragraph("SELECTED PUBLICATIONS OF THE MIGRATION INFORMATION PROGRAMME,"
                       "<br/>1996-1997", annex_title))
    s.append(Paragraph("A.&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Research reports", subheading))
    entries_a = [
        "<i>Transit Migration in the Czech Republic and Hungary</i> (Budapest, May 1996, "
        "64 pages). Available in English and German.",
        "<i>Information Campaign against Irregular Migration in Ukraine: Evaluation "
        "Survey</i> (Budapest, August 1997, 38 pages). Available in English, Russian and "
        "Ukrainian.",
        "<i>Trafficking in Women from Central and Eastern Europe</i> (Budapest, June 1997, "
        "52 pages). Available in English and French.",
    ]
    entries_b = [
        "<i>Migration Flows in Central and Eastern Europe: Statistical Bulletin</i>, "
        "Nos. 5 and 6 (Budapest, January and July 1997). Published in English and "
        "Russian.",
        "<i>Working Abroad: What You Should Know</i>, leaflet for prospective migrants "
        "(Kyiv, February 1997, 150,000 copies). Published in Ukrainian and Russian.",
        "<i>Guide to the Migration Reference Library</i> (Budapest, September 1997, "
        "24 pages). Published in English.",
    ]
    n = 0
    for e in entries_a:
        n += 1
        s.append(Paragraph(e, annex_entry, bulletText="%d." % n))
    s.append(Spacer(1, 4))
    s.append(Paragraph("B.&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Information materials",
                       subheading))
    for e in entries_b:
        n += 1
        s.append(Paragraph(e, annex_entry, bulletText="%d." % n))
    return s


# ----------------------------------------------------------------- document
class Doc(BaseDocTemplate):
    def __init__(self, path, fn_pages, **kw):
        super().__init__(path, pagesize=A4, leftMargin=LM, rightMargin=RM,
                         topMargin=TM, bottomMargin=BM,
                         title="MC/INF/236", author="IOM", **kw)
        self.fn_pages = fn_pages          # footnote number -> page (from previous pass)
        self.found = {}                   # footnote number -> page (this pass)
        cover_frame = Frame(LM, BM + 2 * cm, TEXT_W, PAGE_H - TM - BM - 2 * cm, id="c",
                            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        body_frame = Frame(LM, BM, TEXT_W, PAGE_H - TM - BM - 1.1 * cm, id="b",
                           leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        annex_frame = Frame(LM, BM, TEXT_W, PAGE_H - TM - BM - 1.6 * cm, id="a",
                            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([
            PageTemplate("cover", [cover_frame], onPage=self.draw_cover),
            PageTemplate("body", [body_frame], onPage=self.draw_body),
            PageTemplate("annex", [annex_frame], onPage=self.draw_annex),
        ])
        self.annex_first = None

    # footnotes of a page and the room they need
    def page_notes(self, page):
        return sorted(k for k, v in self.fn_pages.items() if v == page)

    def notes_height(self, page):
        h = 0
        for k in self.page_notes(page):
            p = self.fn_para(k)
            _, ph = p.wrap(TEXT_W, PAGE_H)
            h += ph + 3
        return h + 16 if h else 0

    @staticmethod
    def fn_para(k):
        return Paragraph(sup(k) + "&nbsp;" + FOOTNOTES[k], fn_style)

    def handle_pageBegin(self):
        super().handle_pageBegin()
        page = self.page
        reserve = self.notes_height(page)
        f = self.frame
        f._y1p = f._y1 + f._bottomPadding + reserve

    def afterFlowable(self, flowable):
        fns = getattr(flowable, "_fns", None)
        if fns:
            for k in fns:
                self.found[k] = self.page

    # page furniture
    def draw_cover(self, canv, doc):
        canv.saveState()
        canv.setFont(BOLD, 11)
        y = 1.6 * cm
        canv.line(LM, y + 16, PAGE_W - RM, y + 16)
        words = ["COUNCIL", "CONSEIL", "CONSEJO"]
        xs = [LM, PAGE_W / 2, PAGE_W - RM]
        canv.drawString(xs[0], y, words[0])
        canv.drawCentredString(xs[1], y, words[1])
        canv.drawRightString(xs[2], y, words[2])
        canv.restoreState()

    def header(self, canv, lines):
        canv.saveState()
        canv.setFont(FONT, 11)
        y = PAGE_H - 1.6 * cm
        for ln in lines:
            canv.drawRightString(PAGE_W - RM, y, ln)
            y -= 13
        canv.restoreState()

    def footnotes(self, canv, page):
        notes = self.page_notes(page)
        if not notes:
            return
        canv.saveState()
        paras = [self.fn_para(k) for k in notes]
        hs = [p.wrap(TEXT_W, PAGE_H)[1] for p in paras]
        y = BM + sum(hs) + 3 * (len(hs) - 1)
        canv.setLineWidth(0.5)
        canv.line(LM, y + 8, LM + 5 * cm, y + 8)
        for p, h in zip(paras, hs):
            p.drawOn(canv, LM, y - h)
            y -= h + 3
        canv.restoreState()

    def draw_body(self, canv, doc):
        self.header(canv, [SYMBOL, "Page %d" % (self.page - 1)])
        self.footnotes(canv, self.page)

    def draw_annex(self, canv, doc):
        if self.annex_first is None:
            self.annex_first = self.page
        self.header(canv, [SYMBOL, "Annex", "Page %d" % (self.page - self.annex_first + 1)])
        self.footnotes(canv, self.page)


def build():
    fn_pages = {}
    for attempt in range(6):
        doc = Doc(OUT, fn_pages)
        doc.build(story())
        if doc.found == fn_pages:
            break
        fn_pages = dict(doc.found)
    else:
        raise SystemExit("footnote placement did not converge")
    print("footnote pages:", fn_pages, "pages:", doc.page)


if __name__ == "__main__":
    build()
