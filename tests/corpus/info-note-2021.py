# Draws info-note-2021.pdf (S/29/INF/2) with reportlab.
import os
import re
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "info-note-2021.pdf")

SYMBOL = "S/29/INF/2"
W, H = A4
LM, RM = 72, 72
TOP, BOTTOM = 60, 62
TW = W - LM - RM

BODY = ("Helvetica", 10.5)
LEAD = 13.6
FN = ("Helvetica", 8.5)
FN_LEAD = 10.4
SUP_SIZE = 6.3
SUP_RISE = 3.6
FN_SUP_SIZE = 5.6
FN_SUP_RISE = 3.0
PARA_GAP = 8.5
INDENT = 36

TITLE_LINES = ["IOM DEVELOPMENT FUND: STATUS OF ALLOCATIONS",
               "AND LESSONS FROM THE COVID-19 PERIOD"]

# ---------------------------------------------------------------- text ----
FOOTNOTES = {
    1: "The previous update covered the calendar years 2018 and 2019. Information on earlier "
       "periods is contained in documents S/24/INF/2 and S/22/INF/3.",
    2: "See the Report on the Twenty-seventh Session of the Standing Committee on Programmes "
       "and Finance (S/27/14), paragraph 41.",
    3: "Part I of the Annex to Resolution No. 1150 sets out the use of discretionary income in "
       "support of developing Member States and Member States with economies in transition. "
       "These principles were reaffirmed by the Council in Resolution No. 1390 of 24 November 2020.",
    4: "Eligibility under Line 2 is determined on the basis of the World Bank classification of "
       "economies by income in force on 1 July of the year preceding the application. The list "
       "of eligible Member States is updated annually and published on the Fund\u2019s website.",
    5: "IOM Development Fund, Guidelines for Applicants, revised edition, March 2020.",
    6: "Voluntary contributions were received during the period from Austria, Belgium, Germany, "
       "Ireland, the Netherlands, Norway and the United States of America. Contributions "
       "earmarked for a specific region are included in the figures for the region concerned.",
    7: "The remaining 33 per cent was distributed among migration health, counter-trafficking, "
       "migration data, and migration, environment and climate change.",
    8: "Projects are selected for ex-post evaluation on the basis of a risk-based sample. "
       "Evaluation reports are published in the IOM evaluation repository unless the government "
       "concerned has asked that they not be made public.",
    9: "Endorsed by the United Nations General Assembly in resolution 73/195 of 19 December 2018.",
    10: "Of these, 29 projects were completed within the extended period. The remaining nine "
        "were still under way on 30 June 2021; their status will be reported in the next update.",
    11: "The questionnaire was piloted with six governments in May 2021. Its results will be "
        "presented in the next annual report on the Fund, together with the information on "
        "gender mainstreaming requested in document S/28/INF/1.",
}

BLOCKS = [
    ("h1", "I.", "INTRODUCTION"),
    ("p", "1.",
     "This document provides the Standing Committee on Programmes and Finance with an update "
     "on the activities of the IOM Development Fund (\u201cthe Fund\u201d) for the period from "
     "1 January 2020 to 30 June 2021. It follows the update presented to the Standing Committee "
     "at its Twenty-sixth Session (S/26/INF/1),{1} and responds to the request made by several "
     "Member States at the Twenty-seventh Session for more detailed reporting on the results "
     "achieved by funded projects.{2}"),
    ("p", "2.",
     "The Fund provides seed funding to eligible Member States for projects that strengthen "
     "their capacity to manage migration. The information below is drawn from the Fund\u2019s "
     "project management system and from the final reports and evaluations received by the "
     "Administration up to 30 June 2021."),
    ("p", "3.",
     "Section II recalls the purpose of the Fund and its two funding lines. Section III sets out "
     "the allocations made during the reporting period, and Section IV summarizes the outcomes "
     "of completed projects and the lessons learned, including the adjustments made in response "
     "to the coronavirus disease (COVID-19) pandemic. Section V outlines the priorities for the "
     "remainder of 2021 and for 2022."),
    ("h1", "II.", "BACKGROUND"),
    ("p", "4.",
     "The Fund was established in 2001 to give developing Member States and Member States with "
     "economies in transition access to funding for capacity-building in migration management. "
     "Its financing from Operational Support Income rests on Resolution No. 1150 of 7 June 2007, "
     "which the Council has since reaffirmed.{3}"),
    ("p", "5.",
     "Line 1 provides up to USD 200,000 for national projects and up to USD 300,000 for regional "
     "projects. Line 2 is reserved for Member States on the World Bank list of low-income and "
     "lower-middle-income economies,{4} and provides up to USD 100,000 for national projects and "
     "up to USD 150,000 for regional projects, with priority given to States that have not "
     "received support from the Fund in the previous three years."),
    ("p", "6.",
     "The Fund is managed by a dedicated unit at Headquarters, which reviews applications "
     "against the criteria set out in the Fund\u2019s guidelines.{5} Projects are developed in "
     "consultation with the governments concerned and are implemented by IOM country offices, "
     "with technical support from the relevant regional offices and thematic specialists."),
    ("h1", "III.", "ALLOCATIONS DURING THE REPORTING PERIOD"),
    ("h2", "A.", "Overview of resources"),
    ("p", "7.",
     "During the reporting period, the Fund approved 104 projects for a total of "
     "USD 15,772,000. Of this amount, USD 9,150,000 was drawn from Operational Support Income "
     "and USD 6,622,000 came from voluntary contributions by Member States and other donors.{6} "
     "Table 1 shows the distribution of the approved projects by region and by funding line."),
    ("p", "8.",
     "Total allocations were some 9 per cent lower than in the previous period, mainly because "
     "a number of governments postponed their applications during the first months of the "
     "pandemic. Demand recovered in the second half of 2020, and by 30 June 2021 the number of "
     "applications received had returned to its pre-pandemic level."),
    ("table",),
    ("h2", "B.", "Line 1 allocations"),
    ("p", "9.",
     "Under Line 1, 72 projects were approved for a total of USD 12,760,000. Africa received "
     "the largest share of both projects and funds, followed by Asia and the Pacific. Nineteen "
     "of the projects approved under this line were regional in scope, and four were "
     "interregional."),
    ("p", "10.",
     "The thematic distribution of Line 1 projects remained broadly stable. The largest shares "
     "went to immigration and border management (26 per cent), labour mobility and human "
     "development (22 per cent) and migration governance and policy (19 per cent).{7}"),
    ("h2", "C.", "Line 2 allocations"),
    ("p", "11.",
     "Under Line 2, 32 projects were approved for a total of USD 3,012,000. Eleven of them "
     "were in Africa. Most supported the drafting of national migration policies or the "
     "improvement of migration data, often as a first step towards a larger Line 1 project."),
    ("p", "12.",
     "Ten of the Line 2 projects were approved for Member States that had not received support "
     "from the Fund before. The Administration considers this a sign that the outreach "
     "conducted through the regional offices in 2019 and 2020 is bearing fruit."),
    ("h1", "IV.", "OUTCOMES AND LESSONS LEARNED"),
    ("h2", "A.", "Evaluation findings"),
    ("p", "13.",
     "Between January 2020 and June 2021, 61 projects were completed. Ex-post evaluations of "
     "23 of them were carried out by the Office of the Inspector General or by independent "
     "evaluators.{8}"),
    ("p", "14.",
     "The evaluations rated 19 of the 23 projects as satisfactory or highly satisfactory. They "
     "identified the following factors as contributing to success:"),
    ("item", "(a)",
     "strong ownership by the government counterpart, in particular where a focal point had "
     "been designated at the start of the project;"),
    ("item", "(b)",
     "alignment of the project with a national strategy or with commitments made under the "
     "Global Compact for Safe, Orderly and Regular Migration;{9}"),
    ("item", "(c)",
     "realistic timeframes, including an inception phase of at least two months; and"),
    ("item", "(d)",
     "follow-up funding from other sources, which was secured for 14 of the evaluated projects."),
    ("p", "15.",
     "The evaluations also pointed to weaknesses in the monitoring of outcomes once projects "
     "had ended. In several cases, the results achieved could not be confirmed because no data "
     "were collected after the final report had been submitted."),
    ("h2", "B.", "Adjustments in response to COVID-19"),
    ("p", "16.",
     "In April 2020, the Fund began to grant no-cost extensions of up to 12 months to ongoing "
     "projects affected by movement restrictions. Extensions were granted to 38 projects.{10}"),
    ("p", "17.",
     "Training sessions, consultations and workshops were moved online wherever possible. "
     "Governments reported that online formats allowed more officials from provincial and "
     "local authorities to take part, although participation was limited where connectivity "
     "was poor."),
    ("p", "18.",
     "The savings made on travel and meeting costs, which amounted to USD 412,000 over the "
     "period, were redirected with the agreement of the governments concerned to the purchase "
     "of equipment and to additional technical assistance within the same projects."),
    ("h1", "V.", "NEXT STEPS"),
    ("p", "19.",
     "For the remainder of 2021 and in 2022, the Administration intends to:"),
    ("item", "(a)",
     "introduce a simplified application form for Line 2, with a decision taken within eight "
     "weeks of receipt of a complete application;"),
    ("item", "(b)",
     "strengthen the monitoring of outcomes by sending a follow-up questionnaire to governments "
     "12 months after the end of each project;{11} and"),
    ("item", "(c)",
     "seek additional voluntary contributions to sustain the level of allocations, in view of "
     "the projected level of Operational Support Income set out in the Programme and Budget "
     "for 2022 (C/112/6)."),
    ("p", "20.",
     "Further information on individual projects is available on the Fund\u2019s website, and "
     "the Administration will be pleased to provide Member States with additional details on "
     "request."),
    ("p", "21.",
     "The Standing Committee is invited to take note of this document."),
]

TABLE_CAPTION = "Table 1. Projects approved by region, 1 January 2020 \u2013 30 June 2021"
TABLE_HEAD = [["Region", "Line 1", "Line 2", "Total", "Amount"],
              ["", "projects", "projects", "projects", "(USD)"]]
TABLE_ROWS = [
    ["Africa", "24", "11", "35", "5,412,300"],
    ["Americas and the Caribbean", "12", "6", "18", "2,781,000"],
    ["Asia and the Pacific", "15", "7", "22", "3,296,500"],
    ["Europe and Central Asia", "9", "5", "14", "1,958,200"],
    ["Middle East and North Africa", "8", "3", "11", "1,704,000"],
    ["Interregional", "4", "0", "4", "620,000"],
    ["Total", "72", "32", "104", "15,772,000"],
]


# --------------------------------------------------------------- layout ----
def words_of(text, font, size, sup_size, sup_rise):
    """Split text into words; each word is a list of (text, font, size, rise) segments."""
    out = []
    for raw in text.split(" "):
        if not raw:
            continue
        segs = []
        for part in re.split(r"(\{\d+\})", raw):
            if not part:
                continue
            m = re.fullmatch(r"\{(\d+)\}", part)
            if m:
                segs.append((m.group(1), font, sup_size, sup_rise, int(m.group(1))))
            else:
                segs.append((part, font, size, 0, None))
        out.append(segs)
    return out


def seg_width(segs):
    return sum(stringWidth(s[0], s[1], s[2]) for s in segs)


def wrap(words, first_w, other_w, space_w):
    lines, cur, cur_w = [], [], 0.0
    avail = first_w
    for wd in words:
        ww = seg_width(wd)
        add = ww if not cur else ww + space_w
        if cur and cur_w + add > avail:
            lines.append(cur)
            cur, cur_w = [wd], ww
            avail = other_w
        else:
            cur.append(wd)
            cur_w += add
    if cur:
        lines.append(cur)
    return lines


def draw_line(c, words, x, y, width, space_w, justify):
    """Draw one line with real space characters; justification uses word spacing (Tw)."""
    total = sum(seg_width(w) for w in words)
    gaps = len(words) - 1
    extra = 0.0
    if justify and gaps > 0:
        extra = (width - total - gaps * space_w) / gaps
    base_font = "Helvetica"
    base_size = space_w / stringWidth(" ", base_font, 1)
    t = c.beginText(x, y)
    t.setWordSpace(extra)
    for i, w in enumerate(words):
        if i:
            t.setFont(base_font, base_size)
            t.setRise(0)
            t.textOut(" ")
        for (txt, f, s, rise, mk) in w:
            t.setFont(f, s)
            t.setRise(rise)
            t.textOut(txt)
    t.setRise(0)
    c.drawText(t)


def markers_in(words):
    return [s[4] for w in words for s in w if s[4] is not None]


class Doc:
    def __init__(self, path):
        self.c = canvas.Canvas(path, pagesize=A4)
        self.c.setTitle(SYMBOL)
        self.c.setAuthor("International Organization for Migration")
        self.page_no = 0
        self.fn_on_page = []
        self.y = None

    # footnote bodies ------------------------------------------------------
    def fn_lines(self, n):
        words = [[(str(n), FN[0], FN_SUP_SIZE, FN_SUP_RISE, None)]] + \
            words_of(FOOTNOTES[n], FN[0], FN[1], FN_SUP_SIZE, FN_SUP_RISE)
        # marker glued to first word with a small space: keep marker as own word
        sw = stringWidth(" ", FN[0], FN[1])
        return wrap(words, TW, TW, sw)

    def fn_height(self, nums):
        if not nums:
            return 0
        h = 14  # separator space
        for n in nums:
            h += len(self.fn_lines(n)) * FN_LEAD + 2
        return h

    def bottom_limit(self, extra=()):
        return BOTTOM + self.fn_height(self.fn_on_page + list(extra))

    def flush_footnotes(self):
        c = self.c
        if not self.fn_on_page:
            return
        h = self.fn_height(self.fn_on_page)
        top = BOTTOM + h
        c.setLineWidth(0.5)
        c.line(LM, top - 4, LM + 144, top - 4)
        y = top - 4 - FN_LEAD - 1
        sw = stringWidth(" ", FN[0], FN[1])
        for n in self.fn_on_page:
            lines = self.fn_lines(n)
            for i, ln in enumerate(lines):
                draw_line(c, ln, LM, y, TW, sw, justify=(i < len(lines) - 1))
                y -= FN_LEAD
            y -= 2
        self.fn_on_page = []

    # pages ----------------------------------------------------------------
    def new_body_page(self):
        if self.page_no >= 1:
            self.flush_footnotes()
            self.c.showPage()
        self.page_no += 1
        c = self.c
        c.setFont("Helvetica", 9.5)
        c.drawRightString(W - RM, H - 40, SYMBOL)
        c.drawRightString(W - RM, H - 51.5, "Page %d" % self.body_no())
        self.y = H - TOP - 24

    def body_no(self):
        return self.page_no - 1  # page_no counts the cover as page 1

    def need(self, h, extra_fn=()):
        if self.y - h < self.bottom_limit(extra_fn):
            self.new_body_page()

    # blocks ---------------------------------------------------------------
    def paragraph(self, label, text, label_x, first_x, rest_x, justify=True):
        c = self.c
        f, s = BODY
        sw = stringWidth(" ", f, s)
        words = words_of(text, f, s, SUP_SIZE, SUP_RISE)
        lines = wrap(words, W - RM - first_x, W - RM - rest_x, sw)
        for i, ln in enumerate(lines):
            mk = markers_in(ln)
            self.need(LEAD, mk)
            self.y -= LEAD
            if i == 0 and label:
                c.setFont(f, s)
                c.drawString(label_x, self.y, label)
            x = first_x if i == 0 else rest_x
            draw_line(c, ln, x, self.y, W - RM - x, sw, justify and i < len(lines) - 1)
            self.fn_on_page.extend(mk)
        self.y -= PARA_GAP

    def heading(self, num, text, level):
        c = self.c
        # keep with next: heading plus three lines
        self.need(LEAD * 4 + PARA_GAP)
        if level == 1:
            self.y -= 4
            font = "Helvetica-Bold"
        else:
            font = "Helvetica-BoldOblique"
        self.y -= LEAD
        c.setFont(font, BODY[1])
        c.drawString(LM, self.y, num)
        c.drawString(LM + INDENT, self.y, text)
        self.y -= PARA_GAP

    def table(self):
        c = self.c
        cols = [LM + 10, LM + 236, LM + 296, LM + 356, LM + 440]  # left of col 0, right edges after
        rights = [None, LM + 262, LM + 318, LM + 374, LM + 446]
        rows_h = LEAD * (len(TABLE_HEAD) + len(TABLE_ROWS)) + 40
        self.need(rows_h)
        self.y -= LEAD
        c.setFont("Helvetica-Bold", 9.5)
        c.drawCentredString(W / 2, self.y, TABLE_CAPTION)
        self.y -= 8
        c.setLineWidth(0.6)
        c.line(LM + 6, self.y, LM + 451, self.y)
        for hr in TABLE_HEAD:
            self.y -= 12
            c.setFont("Helvetica-Bold", 9)
            c.drawString(cols[0], self.y, hr[0])
            for j in range(1, 5):
                c.drawRightString(rights[j], self.y, hr[j])
        self.y -= 5
        c.line(LM + 6, self.y, LM + 451, self.y)
        for r in TABLE_ROWS:
            if r[0] == "Total":
                self.y -= 4
                c.line(LM + 6, self.y + 1, LM + 451, self.y + 1)
                font = "Helvetica-Bold"
            else:
                font = "Helvetica"
            self.y -= 12.5
            c.setFont(font, 9.5)
            c.drawString(cols[0], self.y, r[0])
            for j in range(1, 5):
                c.drawRightString(rights[j], self.y, r[j])
        self.y -= 5
        c.line(LM + 6, self.y, LM + 451, self.y)
        self.y -= PARA_GAP + 4

    # cover ------------------------------------------------------------------
    def cover(self):
        c = self.c
        self.page_no = 1
        # emblem (drawn shapes only, no text)
        c.setLineWidth(1.2)
        c.circle(LM + 22, H - 70, 18, stroke=1, fill=0)
        c.circle(LM + 22, H - 70, 10, stroke=1, fill=0)
        c.line(LM + 4, H - 70, LM + 40, H - 70)
        c.setFont("Helvetica", 10.5)
        c.drawRightString(W - RM, H - 62, SYMBOL)
        c.drawRightString(W - RM, H - 78, "Original: English")
        c.drawRightString(W - RM, H - 92, "8 October 2021")
        y = H - 230
        c.setFont("Helvetica-Bold", 11)
        c.drawCentredString(W / 2, y, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE")
        y -= 16
        c.setFont("Helvetica", 11)
        c.drawCentredString(W / 2, y, "Twenty-ninth Session")
        y -= 16
        c.drawCentredString(W / 2, y, "2\u20133 November 2021")
        y -= 90
        c.setFont("Helvetica-Bold", 12)
        for t in TITLE_LINES:
            c.drawCentredString(W / 2, y, t)
            y -= 17
        # trilingual organ footer
        c.setLineWidth(0.8)
        c.line(LM, 104, W - RM, 104)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawCentredString(W / 2, 90, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE")
        c.drawCentredString(W / 2, 78, "COMIT\u00c9 PERMANENT DES PROGRAMMES ET DES FINANCES")
        c.drawCentredString(W / 2, 66, "COMIT\u00c9 PERMANENTE DE PROGRAMAS Y FINANZAS")

    def build(self):
        self.cover()
        self.new_body_page()
        # running title repeated on the first text page
        c = self.c
        c.setFont("Helvetica-Bold", 11)
        self.y -= 6
        for t in TITLE_LINES:
            self.y -= 15
            c.drawCentredString(W / 2, self.y, t)
        self.y -= 16
        for b in BLOCKS:
            if b[0] == "h1":
                self.heading(b[1], b[2], 1)
            elif b[0] == "h2":
                self.heading(b[1], b[2], 2)
            elif b[0] == "p":
                self.paragraph(b[1], b[2], LM, LM + INDENT, LM)
            elif b[0] == "item":
                self.paragraph(b[1], b[2], LM + INDENT, LM + 2 * INDENT, LM + 2 * INDENT)
            elif b[0] == "table":
                self.table()
        self.flush_footnotes()
        self.c.showPage()
        self.c.save()


if __name__ == "__main__":
    Doc(OUT).build()
    print("wrote", OUT)
