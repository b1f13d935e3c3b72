"""Draws idm-paper-2007c.pdf: a background paper for an IDM intersessional workshop (2007).

Footnotes are placed at the foot of the page on which their marker is drawn. The markers
call a named canvas callback (<onDraw>) that records their page; the document is then
rebuilt with the right space reserved on each page until the layout is stable.
"""
import os

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT, TA_LEFT
from reportlab.lib import colors
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                Table, TableStyle, KeepTogether)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "idm-paper-2007c.pdf")

PAGE_W, PAGE_H = A4
LM = RM = 2.5 * cm
TM = 2.2 * cm
BM = 2.2 * cm
BODY_W = PAGE_W - LM - RM
HEADER_H = 1.6 * cm          # space taken by the running header on pages 2+

RUNNING_TITLE = "Recognizing the skills of migrants"

# ----------------------------------------------------------------------------------- styles
BASE = ParagraphStyle("base", fontName="Times-Roman", fontSize=12, leading=14.6,
                      alignment=TA_JUSTIFY)
RIGHT = ParagraphStyle("right", parent=BASE, alignment=TA_RIGHT)
ORGAN = ParagraphStyle("organ", parent=BASE, fontName="Times-Bold", fontSize=13, leading=16,
                       alignment=TA_CENTER)
WORKSHOP = ParagraphStyle("workshop", parent=BASE, fontName="Times-Roman", alignment=TA_CENTER)
TITLE = ParagraphStyle("title", parent=BASE, fontName="Times-Bold", fontSize=12.5, leading=16,
                       alignment=TA_CENTER)
SUBTITLE = ParagraphStyle("subtitle", parent=BASE, alignment=TA_CENTER)
H1 = ParagraphStyle("h1", parent=BASE, fontName="Times-Bold", alignment=TA_LEFT,
                    spaceBefore=10, spaceAfter=8, leftIndent=36, bulletIndent=0,
                    bulletFontName="Times-Bold", bulletFontSize=12)
H2 = ParagraphStyle("h2", parent=BASE, fontName="Times-BoldItalic", alignment=TA_LEFT,
                    spaceBefore=4, spaceAfter=8, leftIndent=36, bulletIndent=0,
                    bulletFontName="Times-BoldItalic", bulletFontSize=12)
PARA = ParagraphStyle("para", parent=BASE, firstLineIndent=36, leftIndent=0, bulletIndent=0,
                      bulletFontName="Times-Roman", bulletFontSize=12, spaceAfter=12)
BULLET = ParagraphStyle("bullet", parent=BASE, leftIndent=54, bulletIndent=38,
                        bulletFontName="Times-Roman", bulletFontSize=12, spaceAfter=5)
BOXHEAD = ParagraphStyle("boxhead", parent=BASE, fontName="Times-Bold", alignment=TA_CENTER,
                         spaceAfter=6)
BOXITEM = ParagraphStyle("boxitem", parent=BASE, leftIndent=20, bulletIndent=4,
                         bulletFontName="Times-Roman", bulletFontSize=12, spaceAfter=5)
CAPTION = ParagraphStyle("caption", parent=BASE, fontName="Times-Bold", fontSize=11,
                         leading=13.5, alignment=TA_LEFT, spaceBefore=4, spaceAfter=4)
CELL = ParagraphStyle("cell", parent=BASE, fontSize=10.5, leading=12.5, alignment=TA_LEFT)
CELLR = ParagraphStyle("cellr", parent=CELL, alignment=TA_RIGHT)
CELLH = ParagraphStyle("cellh", parent=CELL, fontName="Times-Bold", alignment=TA_RIGHT)
CELLHL = ParagraphStyle("cellhl", parent=CELLH, alignment=TA_LEFT)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="Times-Bold")
CELLBR = ParagraphStyle("cellbr", parent=CELLR, fontName="Times-Bold")
SOURCE = ParagraphStyle("source", parent=BASE, fontSize=9.5, leading=11.5, alignment=TA_LEFT,
                        spaceBefore=3, spaceAfter=10)
FOOT = ParagraphStyle("foot", parent=BASE, fontSize=9.5, leading=11.2, leftIndent=0,
                      firstLineIndent=0, alignment=TA_JUSTIFY, spaceAfter=2)

# ----------------------------------------------------------------------------------- footnotes
FOOTNOTES = {
    1: "See the report on the Ninety-second Session of the Council (MC/2210/Rev.1), "
       "paragraphs 38 to 52, which summarize the debate held under the IDM agenda item.",
    2: "OECD, <i>International Migration Outlook 2007</i> (Paris, 2007), Part II, "
       "\u201cMatching educational background and employment\u201d.",
    3: "ILO, <i>Multilateral Framework on Labour Migration: Non-binding principles and "
       "guidelines for a rights-based approach to labour migration</i> (Geneva, 2006), "
       "Principle 12. Several respondents to the IOM questionnaire cited total costs "
       "exceeding USD 1,500 per application.",
    4: "Global Commission on International Migration, <i>Migration in an interconnected "
       "world: New directions for action</i> (Geneva, October 2005), Chapter II.",
    5: "The points of the Strategy are set out in Part I of the Annex to Resolution "
       "No. 1150. See also the background paper prepared for the IDM session of 2006 "
       "(MC/INF/285), Section III.",
}


def fn(n):
    """Raised footnote marker that reports the page it is drawn on."""
    return f'<onDraw name="fnmark" label="{n}"/><super>{n}</super>'


# ----------------------------------------------------------------------------------- content
def heading(num, text):
    return Paragraph(text, H1, bulletText=f"{num}.")


def subheading(num, text):
    return Paragraph(text, H2, bulletText=f"{num}.")


def para(n, text):
    return Paragraph(text, PARA, bulletText=f"{n}.")


def bullet(text, style=BULLET):
    return Paragraph(text, style, bulletText="\u2022")


def figure_table():
    rows = [
        ("Health professions", "12,450", "5,860", "4,730"),
        ("Engineering and technology", "8,320", "4,150", "2,640"),
        ("Teaching", "5,940", "2,380", "2,210"),
        ("Skilled trades", "9,760", "3,020", "3,950"),
        ("Information technology", "4,180", "2,560", "1,040"),
    ]
    total = ("Total", "40,650", "17,970", "14,570")
    # check the totals add up
    for col in (1, 2, 3):
        s = sum(int(r[col].replace(",", "")) for r in rows)
        assert s == int(total[col].replace(",", "")), (col, s)
    data = [[Paragraph("Sector", CELLHL), Paragraph("Applications received", CELLH),
             Paragraph("Full recognition", CELLH),
             Paragraph("Partial or conditional recognition", CELLH)]]
    for r in rows:
        data.append([Paragraph(r[0], CELL)] + [Paragraph(v, CELLR) for v in r[1:]])
    data.append([Paragraph(total[0], CELLB)] + [Paragraph(v, CELLBR) for v in total[1:]])
    t = Table(data, colWidths=[5.6 * cm, 3.3 * cm, 3.3 * cm, 3.8 * cm], hAlign="CENTER")
    t.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
        ("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]))
    return KeepTogether([
        Paragraph("Table 1: Applications for recognition of foreign qualifications, "
                  "by sector, 2006", CAPTION),
        t,
        Paragraph("<i>Source:</i> Replies of six Member States to the IOM questionnaire on "
                  "skills recognition (2007).", SOURCE),
    ])


def question_box():
    qs = [
        "What are the main obstacles to the recognition of migrants\u2019 qualifications in "
        "your country, and which professions are most affected?",
        "Which measures \u2013 before departure or after arrival \u2013 have proved most "
        "effective in reducing the time and cost of recognition?",
        "How can professional bodies, employers and trade unions be more closely involved "
        "in the design of recognition procedures?",
        "What role can bilateral and regional agreements play in the mutual recognition of "
        "qualifications?",
        "How can countries of origin make better use of the skills and experience of "
        "returning nationals, and how can IOM best support them?",
    ]
    inner = [bullet(q, BOXITEM) for q in qs]
    t = Table([[inner]], colWidths=[BODY_W - 1.2 * cm], hAlign="CENTER")
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.9, colors.black),
        ("LEFTPADDING", (0, 0), (-1, -1), 10),
        ("RIGHTPADDING", (0, 0), (-1, -1), 12),
        ("TOPPADDING", (0, 0), (-1, -1), 9),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return t


def story():
    s = []
    # ---- cover block
    s.append(Paragraph("Original: English", RIGHT))
    s.append(Paragraph("Geneva, 2 October 2007", RIGHT))
    s.append(Spacer(1, 26))
    s.append(Paragraph("INTERNATIONAL DIALOGUE ON MIGRATION", ORGAN))
    s.append(Spacer(1, 4))
    s.append(Paragraph("Intersessional Workshop, 22\u201323 October 2007", WORKSHOP))
    s.append(Spacer(1, 8))
    s.append(Rule())
    s.append(Spacer(1, 14))
    s.append(Paragraph("RECOGNIZING THE SKILLS OF MIGRANTS: QUALIFICATIONS,<br/>"
                       "LABOUR MARKET INTEGRATION AND DEVELOPMENT", TITLE))
    s.append(Spacer(1, 4))
    s.append(Paragraph("(Background paper)", SUBTITLE))
    s.append(Spacer(1, 18))

    # ---- I
    s.append(heading("I", "INTRODUCTION"))
    s.append(para(1,
        "The mobility of skilled and semi-skilled workers has become one of the defining "
        "features of contemporary migration. Employers in many countries of destination report "
        "persistent shortages in health care, engineering, construction and information "
        "technology, while a number of countries of origin train more graduates than their "
        "domestic labour markets can absorb. Yet a significant share of those who move in "
        "order to work are unable to use the skills they bring with them, and end up in "
        "positions well below their level of education and experience."))
    s.append(para(2,
        "This paper has been prepared by the Administration as background to the intersessional "
        "workshop on the recognition of migrants\u2019 skills, held within the framework of the "
        "International Dialogue on Migration (IDM). The theme chosen by the membership for the "
        "IDM in 2007, \u201cMigration management in the evolving global economy\u201d, places "
        "labour mobility at the centre of the Dialogue, and the workshop takes up a discussion "
        "opened at the Ninety-second Session of the Council." + fn(1)))
    s.append(para(3,
        "The paper first outlines the scale of the problem and the obstacles that migrants "
        "encounter (Section II). It then reviews the policy approaches adopted in countries of "
        "destination and origin and through bilateral and regional arrangements (Section III), "
        "and describes the activities of IOM in this field (Section IV). It closes with a set of "
        "questions intended to guide the discussions of the workshop (Section V)."))

    # ---- II
    s.append(heading("II", "THE CHALLENGE OF SKILLS RECOGNITION"))
    s.append(subheading("A", "Scale and patterns of skilled mobility"))
    s.append(para(4,
        "The number of highly educated migrants residing in countries of the Organisation for "
        "Economic Co-operation and Development (OECD) rose by more than half during the 1990s, "
        "and persons with tertiary education now account for roughly one third of recent "
        "arrivals in several of the main countries of destination." + fn(2) + " Growth has been "
        "especially rapid among nurses, physicians and engineers, and among graduates in "
        "computing."))
    s.append(para(5,
        "Studies conducted in several countries of destination suggest that between a quarter "
        "and a half of tertiary-educated migrants work in jobs that require no more than "
        "secondary education. This phenomenon, often described as \u201cbrain waste\u201d, "
        "represents a loss for the migrants themselves, whose earnings and prospects are "
        "reduced; for employers, who fail to benefit from skills that are already available; "
        "and for countries of origin, which forgo part of the return on their investment in "
        "education."))
    s.append(para(6,
        "Data provided by six Member States in reply to a short questionnaire circulated by IOM "
        "in the first half of 2007 give an indication of the volume of requests for recognition "
        "and of their outcome (Table 1). Of the 40,650 applications received in 2006, fewer than "
        "half resulted in full recognition of the qualification concerned. A little over a "
        "third led to partial or conditional recognition, usually subject to additional "
        "training, examinations or a period of supervised practice; the remaining 8,110 were "
        "rejected or were still pending at the end of the year."))
    s.append(figure_table())
    s.append(subheading("B", "Barriers faced by migrants"))
    s.append(para(7,
        "Obstacles to the recognition of qualifications arise at several stages of the "
        "migration process. Before departure, prospective migrants often lack reliable "
        "information on the requirements of regulated professions in the country of destination "
        "and on the documents they will need to present. After arrival, assessment procedures "
        "may be lengthy and costly, and the bodies responsible for them \u2013 frequently "
        "professional associations rather than public authorities \u2013 apply criteria that "
        "differ from one profession, and sometimes from one province or state, to another."))
    s.append(para(8,
        "Even where a qualification is formally recognized, employers may place little value on "
        "work experience acquired abroad, and migrants may lack the language proficiency, "
        "professional networks or familiarity with workplace practices expected of local "
        "candidates. Women migrants face additional difficulties, since the sectors in which "
        "many of them are qualified, such as teaching and nursing, are among the most strictly "
        "regulated."))
    s.append(para(9,
        "Consultations held by IOM with migrant associations and employers in 2006 and 2007 "
        "identified the following recurring problems:"))
    s.append(bullet("the absence of a single point of information on recognition procedures, "
                    "which obliges applicants to approach several authorities in turn;"))
    s.append(bullet("fees for assessment, translation and certification that can amount to "
                    "several months\u2019 income in the country of origin;" + fn(3)))
    s.append(bullet("the requirement to present original documents, which refugees and other "
                    "forced migrants may be unable to obtain; and"))
    s.append(bullet("limited opportunities for bridging courses or supervised practice that "
                    "would allow migrants to meet outstanding requirements while working."))

    # ---- III
    s.append(heading("III", "POLICY APPROACHES"))
    s.append(subheading("A", "Measures in countries of destination"))
    s.append(para(10,
        "A number of countries of destination have taken steps to simplify recognition "
        "procedures. These include the creation of national information centres, the "
        "publication of occupation-specific guides in several languages, and pre-arrival "
        "assessment, which allows applicants to begin the process while still in their country "
        "of origin. Some authorities have also agreed to assess competencies directly, through "
        "practical tests, when documentary evidence is incomplete."))
    s.append(para(11,
        "Bridging programmes that combine language training, professional instruction and work "
        "placements have produced encouraging results, particularly in the health sector. Their "
        "cost is usually shared between governments, employers and the migrants themselves, and "
        "their success depends to a large degree on close cooperation with the professional "
        "bodies that ultimately grant the right to practise."))
    s.append(para(12,
        "Employers and trade unions also have a part to play. Workplace mentoring schemes, the "
        "recognition of prior learning in collective agreements and the inclusion of migrant "
        "workers in in-house training can all shorten the time it takes newcomers to reach "
        "positions that match their skills."))
    s.append(subheading("B", "Measures in countries of origin"))
    s.append(para(13,
        "Countries of origin can assist their nationals by aligning curricula and certification "
        "with recognized international standards, by issuing diplomas and transcripts in "
        "formats that are easily verified abroad, and by providing pre-departure information on "
        "recognition requirements. Several governments have established migrant resource "
        "centres that offer such information alongside advice on recruitment and on the rights "
        "of migrant workers."))
    s.append(para(14,
        "Policies in countries of origin are also concerned with the return of skills. "
        "Nationals who have gained qualifications or experience abroad may face difficulties of "
        "their own in having these recognized on their return. Measures that facilitate such "
        "recognition can increase the development impact of migration and support the circular "
        "movement of skilled workers."))
    s.append(subheading("C", "Bilateral and regional cooperation"))
    s.append(para(15,
        "Bilateral labour agreements increasingly contain provisions on the mutual recognition "
        "of qualifications, or on joint training programmes designed to meet the requirements "
        "of both parties. At the regional level, mutual recognition arrangements concluded "
        "within regional economic communities have facilitated the free movement of certain "
        "professions, although their implementation remains uneven."))
    s.append(para(16,
        "The Global Commission on International Migration recommended that States and the "
        "private sector make greater efforts to recognize the qualifications of migrants and to "
        "prevent the waste of their skills." + fn(4) + " The High-level Dialogue on "
        "International Migration and Development, convened by the United Nations General "
        "Assembly in September 2006, drew attention to the same issue."))

    # ---- IV
    s.append(heading("IV", "THE ROLE OF IOM"))
    s.append(para(17,
        "The activities of IOM in this area are grounded in the IOM Strategy, adopted by the "
        "Council in Resolution No. 1150 of 7 June 2007, which calls on the Organization to "
        "support States in the development of labour migration programmes and to enhance the "
        "development benefits of migration." + fn(5)))
    s.append(para(18,
        "In cooperation with governments of origin and destination, IOM provides pre-departure "
        "orientation that includes information on the recognition of qualifications, assists "
        "in the verification of documents, and facilitates bridging and language courses. In "
        "the context of its return and reintegration programmes, the Organization also helps "
        "returning nationals to document the skills they have acquired abroad."))
    s.append(para(19,
        "IOM further supports the collection and exchange of data on skilled migration. The "
        "questionnaire referred to in paragraph 6 is a first step; the Administration intends "
        "to extend it to a larger number of Member States in 2008, subject to the availability "
        "of funding, and to share the results through the IDM."))

    # ---- V
    s.append(heading("V", "GUIDING QUESTIONS FOR THE WORKSHOP"))
    s.append(para(20,
        "The workshop will bring together representatives of governments, professional "
        "associations, employers, trade unions and migrant organizations. It is intended to "
        "identify practical measures that can reduce the waste of migrants\u2019 skills, and to "
        "encourage the exchange of experience between countries of origin and destination."))
    s.append(KeepTogether([
        para(21, "Participants are invited to address, among others, the following questions:"),
        question_box()]))
    return s


# ----------------------------------------------------------------------------------- drawing
from reportlab.platypus.flowables import Flowable


class Rule(Flowable):
    def __init__(self, width=BODY_W, thickness=0.8):
        super().__init__()
        self.width, self.thickness = width, thickness

    def wrap(self, aw, ah):
        return aw, self.thickness

    def draw(self):
        self.canv.setLineWidth(self.thickness)
        self.canv.line(0, 0, self.width, 0)


def footnote_paragraphs(nums):
    return [Paragraph(f"<super>{n}</super>\u00a0{FOOTNOTES[n]}", FOOT) for n in nums]


def footnote_height(nums):
    if not nums:
        return 0
    h = 18  # rule and gap
    for p in footnote_paragraphs(nums):
        _, ph = p.wrap(BODY_W, PAGE_H)
        h += ph + FOOT.spaceAfter
    return h


class Doc(BaseDocTemplate):
    def __init__(self, path, placement, **kw):
        super().__init__(path, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM,
                         bottomMargin=BM, title="Recognizing the skills of migrants",
                         author="International Organization for Migration", **kw)
        self.placement = placement          # footnote number -> page (from previous pass)
        self.found = {}                     # footnote number -> page (this pass)
        templates = []
        for pg in range(1, 13):
            nums = sorted(n for n, p in placement.items() if p == pg)
            reserve = footnote_height(nums)
            top = PAGE_H - TM - (HEADER_H if pg > 1 else 0)
            bottom = BM + reserve
            frame = Frame(LM, bottom, BODY_W, top - bottom, id=f"f{pg}",
                          leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
            templates.append(PageTemplate(id=f"P{pg}", frames=[frame], onPage=self.decorate))
        self.addPageTemplates(templates)

    def handle_pageBegin(self):
        # choose the template of this page by its number (its frame leaves room for the
        # footnotes that the previous pass placed on it)
        self.pageTemplate = self.pageTemplates[self.page]
        super().handle_pageBegin()

    def decorate(self, canv, doc):
        canv.setNamedCB("fnmark", self.mark)
        pg = canv.getPageNumber()
        if pg > 1:
            canv.setFont("Times-Roman", 11)
            canv.drawRightString(PAGE_W - RM, PAGE_H - TM + 2, RUNNING_TITLE)
            canv.drawRightString(PAGE_W - RM, PAGE_H - TM - 11, f"Page {pg}")
        nums = sorted(n for n, p in self.placement.items() if p == pg)
        if nums:
            y = BM + footnote_height(nums) - 6
            canv.setLineWidth(0.5)
            canv.line(LM, y, LM + 5 * cm, y)
            y -= 8
            for p in footnote_paragraphs(nums):
                _, ph = p.wrap(BODY_W, PAGE_H)
                p.drawOn(canv, LM, y - ph)
                y -= ph + FOOT.spaceAfter

    def mark(self, canv, kind, label):
        self.found[int(label)] = canv.getPageNumber()


def build():
    placement = {}
    for _ in range(8):
        doc = Doc(OUT, placement)
        doc.build(story())
        if doc.found == placement:
            break
        placement = dict(doc.found)
    else:
        raise SystemExit("footnote placement did not converge")
    assert sorted(placement) == sorted(FOOTNOTES), placement
    print("footnotes on pages:", placement)


if __name__ == "__main__":
    build()
