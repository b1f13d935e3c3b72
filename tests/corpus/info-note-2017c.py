"""Draws info-note-2017c.pdf: an IOM information note to the Council (108th Session, 2017).

Built with reportlab platypus. Footnotes are placed at the foot of the page where their
marker falls: the layout is run repeatedly, each pass reserving at the bottom of every page
the room needed by the footnotes whose markers landed on that page in the previous pass,
until the assignment no longer changes.
"""
import os

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                PageBreak, Table, TableStyle, KeepTogether, CondPageBreak)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "info-note-2017c.pdf")

SYMBOL = "C/108/INF/2"
DATE = "6 November 2017"
TITLE_LINES = ["INFORMATION NOTE ON THE IMPLEMENTATION",
               "OF THE MIGRATION GOVERNANCE INDICATORS"]

PW, PH = A4
LM = RM = 2.5 * cm
TW = PW - LM - RM
BOTTOM = 2.3 * cm
TOP = PH - 3.3 * cm          # top of the body frame
INDENT = 1.27 * cm

FONT, BOLD, ITAL = "Times-Roman", "Times-Bold", "Times-Italic"

body = ParagraphStyle("body", fontName=FONT, fontSize=11, leading=13.6, alignment=TA_JUSTIFY,
                      spaceAfter=9, firstLineIndent=INDENT, bulletIndent=0, leftIndent=0,
                      bulletFontName=FONT, bulletFontSize=11)
head1 = ParagraphStyle("head1", fontName=BOLD, fontSize=11, leading=13.6, spaceBefore=6,
                       spaceAfter=9, leftIndent=INDENT, bulletIndent=0, bulletFontName=BOLD,
                       bulletFontSize=11, keepWithNext=1)
head2 = ParagraphStyle("head2", parent=head1, fontName=ITAL, bulletFontName=ITAL, spaceBefore=2)
bullet = ParagraphStyle("bullet", parent=body, firstLineIndent=0, leftIndent=INDENT + 0.7 * cm,
                        bulletIndent=INDENT, spaceAfter=4)
bullet_last = ParagraphStyle("bullet_last", parent=bullet, spaceAfter=9)
runtitle = ParagraphStyle("runtitle", fontName=BOLD, fontSize=11, leading=13.6,
                          alignment=TA_CENTER, spaceAfter=16)
caption = ParagraphStyle("caption", fontName=BOLD, fontSize=10, leading=12.5, alignment=TA_LEFT,
                         spaceBefore=12, spaceAfter=5)
cell = ParagraphStyle("cell", fontName=FONT, fontSize=10, leading=12, alignment=TA_LEFT)
cellh = ParagraphStyle("cellh", parent=cell, fontName=BOLD)
cellhr = ParagraphStyle("cellhr", parent=cellh, alignment=2)
fnstyle = ParagraphStyle("fn", fontName=FONT, fontSize=9, leading=11, alignment=TA_JUSTIFY,
                         leftIndent=0, firstLineIndent=0)


def sup(n):
    return '<a name="fn%s"/><super rise="4" size="7">%s</super>' % (n, n)


FOOTNOTES = {
    "1": "The Framework is reproduced in document C/106/40. It rests on three principles and "
         "three objectives, which the indicators translate into policy areas that can be "
         "observed and documented.",
    "2": "The Economist Intelligence Unit is the research and advisory arm of The Economist "
         "Group. Under the guidance of IOM, it has collected and checked the information "
         "used in each country assessment.",
    "3": "This domain builds on the Migration Crisis Operational Framework (MC/2355), endorsed "
         "by the Council through Resolution No. 1243 of 27 November 2012.",
    "4": "At the end of October 2017, three profiles were awaiting final clearance by the "
         "government concerned and nine were being edited or translated.",
    "5": "General Assembly resolution 71/1 of 19 September 2016, annex II.",
}


def para(n, text):
    return Paragraph(text, body, bulletText="%d." % n)


def heading(num, text, style=head1):
    return Paragraph(text, style, bulletText=num + ".")


def story():
    s = [Spacer(1, 1), PageBreak()]
    s.append(Paragraph("<br/>".join(TITLE_LINES), runtitle))

    s.append(heading("I", "INTRODUCTION"))
    s.append(para(1,
        "This information note reports on the progress made in rolling out the Migration "
        "Governance Indicators (MGI), an initiative through which IOM helps interested "
        "governments take stock of their migration policies and identify the areas that would "
        "benefit from further development. It covers the period from the start of the pilot "
        "phase in January 2016 to 31 October 2017."))
    s.append(para(2,
        "The note brings up to date the briefing given to the Standing Committee on Programmes "
        "and Finance at its Twentieth Session in June 2017 and the written update circulated at "
        "that time (S/20/9). It recalls the origins of the initiative and then describes the "
        "results obtained so far, the resources used, the main lessons learned and the steps "
        "planned for 2018."))

    s.append(heading("II", "BACKGROUND"))
    s.append(para(3,
        "At its 106th Session, the Council welcomed the Migration Governance Framework through "
        "Resolution No. 1310 of 24 November 2015." + sup(1) + " The Framework sets out, in "
        "concise form, the elements that together make up a well-governed migration system; it "
        "was never meant to serve as a yardstick against which individual countries would be "
        "judged. A number of Member States nonetheless asked the Administration for a practical "
        "tool that would enable them to review their own arrangements in the light of it."))
    s.append(para(4,
        "In response, IOM designed the MGI together with The Economist Intelligence Unit," +
        sup(2) + " drawing on consultations with government experts, research institutions and "
        "partner organizations. The resulting set of some 90 indicators looks at the "
        "institutional, legal and policy arrangements that a country has in place. It does not "
        "rank countries or measure migration outcomes, and an assessment is carried out only at "
        "the request, or with the agreement, of the government concerned."))
    s.append(para(5, "The indicators are grouped under six policy domains:"))
    items = [
        "the rights of migrants and their access to basic services;",
        "a whole-of-government approach to migration policy;",
        "cooperation and partnerships with other States and with non-State actors;",
        "the socioeconomic well-being of migrants and of the communities that host them;",
        "the mobility dimensions of crises;" + sup(3),
        "safe, orderly and regular migration.",
    ]
    for i, t in enumerate(items):
        s.append(Paragraph(t, bullet_last if i == len(items) - 1 else bullet, bulletText="\u2022"))

    s.append(heading("III", "IMPLEMENTATION IN 2016 AND 2017"))
    s.append(heading("A", "Pilot phase", head2))
    s.append(para(6,
        "The pilot phase ran from January to December 2016 and covered 15 countries on five "
        "continents, among them Costa Rica, Ghana, Morocco, the Philippines and the Republic of "
        "Moldova. In most cases the assessment was completed within four to six months of the "
        "government's formal request."))
    s.append(para(7,
        "An internal review of the pilot, conducted in the first quarter of 2017, confirmed the "
        "relevance of the indicators but called for three adjustments: a shorter questionnaire, "
        "to lighten the load on national administrations; a validation workshop in every "
        "country before publication; and a clearer role for IOM country offices in following up "
        "on the findings."))
    s.append(heading("B", "Expansion phase", head2))
    s.append(para(8,
        "All three adjustments were applied when the initiative was extended in 2017. Between "
        "January and October, assessments were completed in a further 19 countries, so that 34 "
        "countries have now been assessed since the launch. Another 11 assessments were in "
        "progress at the end of the reporting period, most of them in West Africa and Central "
        "America."))
    s.append(para(9,
        "Each assessment now follows four steps: a desk review of legislation and policy "
        "documents by the research team; interviews with officials of the ministries and "
        "agencies concerned; a national validation workshop that brings together government "
        "counterparts, civil society and development partners; and the publication of a short "
        "country profile once the government has cleared it."))
    s.append(para(10,
        "Table 1 sets the results achieved by the end of October 2017 against the baseline "
        "recorded at the close of the pilot phase and against the targets that the "
        "Administration set at the beginning of the year."))

    rows = [
        ("Country coverage", "Countries with a completed assessment (cumulative)", "15", "30", "34"),
        ("National validation", "Validation workshops held with government and civil society "
         "participants", "9", "25", "28"),
        ("Dissemination of findings", "Country profiles published online after government "
         "clearance", "6", "25", "22"),
        ("Policy follow-up", "Share of assessed countries requesting technical support on the "
         "gaps identified", "33%", "50%", "59%"),
        ("Capacity-building", "Government officials trained to use the indicators in policy "
         "reviews", "120", "300", "410"),
    ]
    data = [[Paragraph("Area of work", cellh), Paragraph("Indicator", cellh),
             Paragraph("Baseline (end 2016)", cellhr), Paragraph("Target 2017", cellhr),
             Paragraph("Result 2017", cellhr)]]
    for r in rows:
        data.append([Paragraph(r[0], cell), Paragraph(r[1], cell), r[2], r[3], r[4]])
    widths = [3.3 * cm, 6.4 * cm, 2.2 * cm, 2.0 * cm, 2.1 * cm]
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([
        ("FONT", (2, 1), (-1, -1), FONT, 10),
        ("ALIGN", (2, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    s.append(KeepTogether([
        Paragraph("Table 1. Migration Governance Indicators: baseline, targets and results", caption),
        t, Spacer(1, 12)]))

    s.append(para(11,
        "Targets were met or exceeded in four of the five areas. Fewer profiles were published "
        "than planned because several governments asked for more time to review the draft "
        "texts;" + sup(4) + " the outstanding profiles should be released early in 2018. That "
        "20 of the 34 countries assessed have asked for follow-up support is an encouraging "
        "sign that the findings are feeding into national policy discussions."))
    s.append(heading("C", "Resources", head2))
    s.append(para(12,
        "Expenditure on the initiative over the two years amounted to USD 1.85 million, of "
        "which USD 0.72 million was spent in 2016 and USD 1.13 million in 2017. It was met "
        "from earmarked contributions by four Member States and from an allocation of "
        "USD 300,000 from the IOM Development Fund. The average cost of a completed assessment "
        "fell from about USD 48,000 during the pilot to about USD 41,000 in 2017, mainly as a "
        "result of the shorter questionnaire; the remainder of the 2017 expenditure went to "
        "assessments still in progress and to training."))

    s.append(heading("IV", "LESSONS LEARNED"))
    s.append(para(13,
        "Government ownership has proved to be the decisive factor. Where a single ministry or "
        "an interministerial body took charge of the process from the outset, assessments were "
        "completed more quickly and their findings were more readily reflected in national "
        "planning documents."))
    s.append(para(14,
        "The availability of information differs widely from one country to another. In "
        "several cases the assessment showed that information on existing policies was "
        "scattered among many institutions, and the act of compiling it proved useful to the "
        "authorities in its own right."))
    s.append(para(15,
        "Close coordination with United Nations country teams and other partners has helped to "
        "avoid overlap with related exercises, such as the voluntary national reviews of "
        "progress towards the Sustainable Development Goals, and to link follow-up support to "
        "development programmes that are already running."))

    s.append(heading("V", "NEXT STEPS"))
    s.append(para(16,
        "In 2018, the Administration intends to complete the 11 assessments in progress and to "
        "start at least 10 new ones, which would raise the number of countries covered to "
        "around 55. It will also test, in a small number of cities, a version of the indicators "
        "adapted to local authorities. The core costs of coordinating the initiative are "
        "reflected in the Programme and Budget for 2018 (C/108/6)."))
    s.append(para(17,
        "The findings of the assessments may also be of use to Member States in the "
        "preparatory process for the global compact for safe, orderly and regular migration, "
        "which is to be adopted in 2018 as foreseen in the New York Declaration for Refugees "
        "and Migrants." + sup(5) + " IOM is ready to share aggregated findings, which do not "
        "rank or compare countries, with any delegation that requests them."))
    s.append(para(18,
        "The Administration will continue to keep Member States informed and will present a "
        "further update to the Standing Committee on Programmes and Finance in 2018."))

    s.append(heading("VI", "ACTION REQUESTED OF THE COUNCIL"))
    s.append(para(19,
        "The Council is invited to take note of the present information note and of the "
        "progress made in implementing the Migration Governance Indicators."))
    return s


# ---------------------------------------------------------------- footnote machinery
FN_RISE, FN_SIZE = float(os.environ.get("FN_RISE", 2)), float(os.environ.get("FN_SIZE", 7))
FN_RULE_GAP = 10      # space between body frame and rule, and rule and first note


def fn_flowable(n):
    return Paragraph('<super rise="%s" size="%s">%s</super> %s' % (FN_RISE, FN_SIZE, n, FOOTNOTES[n]), fnstyle)


def fn_height(nums):
    if not nums:
        return 0
    h = 2 * FN_RULE_GAP
    for n in nums:
        _, hh = fn_flowable(n).wrap(TW, PH)
        h += hh + 2
    return h


class RecordingCanvas(Canvas):
    marks = {}

    def bookmarkHorizontal(self, key, x, y, **kw):
        if key.startswith("fn"):
            RecordingCanvas.marks[key[2:]] = self.getPageNumber()
        return Canvas.bookmarkHorizontal(self, key, x, y, **kw)


def draw_cover(c, doc):
    c.saveState()
    # emblem (graphic only, no text)
    c.setStrokeColor(colors.HexColor("#1f4e8c"))
    c.setLineWidth(1.4)
    c.circle(LM + 0.9 * cm, PH - 2.6 * cm, 0.75 * cm)
    c.circle(LM + 0.9 * cm, PH - 2.6 * cm, 0.45 * cm)
    c.setFont(FONT, 11)
    x = PW - RM
    c.drawRightString(x, PH - 2.3 * cm, SYMBOL)
    c.drawRightString(x, PH - 2.3 * cm - 14, "Original: English")
    c.drawRightString(x, PH - 2.3 * cm - 28, DATE)
    c.setFont(BOLD, 12)
    c.drawCentredString(PW / 2, PH - 7.2 * cm, "COUNCIL")
    c.setFont(FONT, 12)
    c.drawCentredString(PW / 2, PH - 7.2 * cm - 16, "108th Session")
    c.setFont(BOLD, 12)
    y = PH / 2 + 1.5 * cm
    for line in TITLE_LINES:
        c.drawCentredString(PW / 2, y, line)
        y -= 16
    # trilingual footer
    c.setLineWidth(0.6)
    c.setStrokeColor(colors.black)
    c.line(LM, 2.6 * cm, PW - RM, 2.6 * cm)
    c.setFont(BOLD, 10)
    c.drawString(LM, 2.0 * cm, "COUNCIL")
    c.drawCentredString(PW / 2, 2.0 * cm, "CONSEIL")
    c.drawRightString(PW - RM, 2.0 * cm, "CONSEJO")
    c.restoreState()


class NoteDoc(BaseDocTemplate):
    def __init__(self, filename, fn_pages, **kw):
        BaseDocTemplate.__init__(self, filename, pagesize=A4, leftMargin=LM, rightMargin=RM,
                                 topMargin=PH - TOP, bottomMargin=BOTTOM, title=" ".join(TITLE_LINES),
                                 author="IOM", **kw)
        self.fn_pages = fn_pages          # page number -> list of footnote numbers
        tpls = [PageTemplate(id="p1", frames=[Frame(LM, BOTTOM, TW, TOP - BOTTOM, id="c",
                                                    leftPadding=0, rightPadding=0,
                                                    topPadding=0, bottomPadding=0)],
                             onPage=draw_cover)]
        for p in range(2, 12):
            nums = fn_pages.get(p, [])
            fh = fn_height(nums)
            fr = Frame(LM, BOTTOM + fh, TW, TOP - BOTTOM - fh, id="b%d" % p,
                       leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
            tpls.append(PageTemplate(id="p%d" % p, frames=[fr], onPage=self.draw_body_page))
        self.addPageTemplates(tpls)

    def afterPage(self):
        self.handle_nextPageTemplate("p%d" % (self.page + 1))

    def draw_body_page(self, c, doc):
        p = doc.page
        c.saveState()
        c.setFont(FONT, 11)
        c.drawRightString(PW - RM, PH - 1.7 * cm, SYMBOL)
        c.drawRightString(PW - RM, PH - 1.7 * cm - 13.5, "Page %d" % (p - 1))
        nums = self.fn_pages.get(p, [])
        if nums:
            y = BOTTOM + fn_height(nums) - FN_RULE_GAP
            c.setLineWidth(0.5)
            c.line(LM, y, LM + 5 * cm, y)
            y -= FN_RULE_GAP
            for n in nums:
                f = fn_flowable(n)
                _, hh = f.wrap(TW, PH)
                f.drawOn(c, LM, y - hh)
                y -= hh + 2
        c.restoreState()


def build():
    fn_pages = {}
    for it in range(8):
        RecordingCanvas.marks = {}
        doc = NoteDoc(OUT, fn_pages)
        doc.build(story(), canvasmaker=RecordingCanvas)
        new = {}
        for n, p in sorted(RecordingCanvas.marks.items(), key=lambda kv: int(kv[0])):
            new.setdefault(p, []).append(n)
        if new == fn_pages:
            print("stable after pass", it + 1, fn_pages)
            return
        fn_pages = new
    raise SystemExit("footnote layout did not stabilise")


if __name__ == "__main__":
    build()
