"""Draws info-note-2022.pdf: IOM information note C/113/INF/1 (2022), with reportlab."""
import os
import re

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "info-note-2022.pdf")

SYMBOL = "C/113/INF/1"
PAGE_W, PAGE_H = A4
LM = 2.5 * cm
RM = PAGE_W - 2.5 * cm
TOP = PAGE_H - 2.2 * cm
BOTTOM = 2.4 * cm
TEXT_W = RM - LM
TAB = 1.27 * cm

FONT = "Helvetica"
BOLD = "Helvetica-Bold"
SIZE = 10.5
LEAD = 13.6
FN_SIZE = 8.5
FN_LEAD = 10.6
SUP_SIZE = 6.5
SUP_RISE = 4.0

TITLE_LINES = [
    "IOM CLIMATE ACTION: IMPLEMENTING THE INSTITUTIONAL STRATEGY",
    "ON MIGRATION, ENVIRONMENT AND CLIMATE CHANGE 2021\u20132030",
]

FOOTNOTES = {
    "1": "See the report on the Twenty-ninth Session of the Standing Committee on Programmes and "
         "Finance (S/29/17), paragraphs 37 to 41.",
    "2": "Internal Displacement Monitoring Centre, Global Report on Internal Displacement 2022 "
         "(Geneva, 2022). The figure counts movements, not people; some people were displaced more "
         "than once during the year.",
    "3": "The Programme's targets for reducing the Organization's own greenhouse gas emissions were "
         "presented to the Standing Committee in document S/30/INF/2.",
    "4": "General Assembly resolution 76/266 of 7 June 2022, annex, paragraph 37.",
    "5": "Figures for 2022 cover the period from 1 January to 30 September and are provisional. Final "
         "figures will appear in the Financial Report for the year ended 31 December 2022.",
    "6": "Accreditation would allow the Organization to submit funding proposals directly to the Fund "
         "on behalf of Member States, as foreseen in the Programme and Budget for 2022 (C/112/6).",
}

# Body blocks. Inline footnote markers are written {n}.
BODY = [
    ("h1", "I.", "INTRODUCTION"),
    ("p", "1", "This note informs Member States of the steps taken by the Organization between "
     "January 2021 and September 2022 to implement its Institutional Strategy on Migration, "
     "Environment and Climate Change 2021\u20132030 (the Strategy). It responds to the request made "
     "by the Standing Committee on Programmes and Finance at its Twenty-ninth Session for regular "
     "information on IOM\u2019s work in this field,{1} and complements the overview set out in the IOM "
     "Strategic Vision (C/110/INF/1)."),
    ("p", "2", "The adverse effects of climate change, environmental degradation and disasters are "
     "already reshaping patterns of human mobility in every region. Weather-related hazards "
     "triggered some 22.3 million new internal displacements in 2021 alone,{2} and slow-onset "
     "processes such as drought, desertification, sea-level rise and the salinization of farmland "
     "continue to erode livelihoods in areas that many households can no longer rely on. Mobility can "
     "also be a way for people to adapt, provided it takes place in safe, orderly and regular "
     "conditions."),
    ("p", "3", "Section II of this note describes the institutional arrangements put in place since the "
     "launch of the Strategy. Section III gives an overview of operational activities, Section IV "
     "covers data, research and policy work, and Section V summarizes funding. Section VI outlines "
     "the priorities for 2023, including the follow-up to the twenty-seventh Conference of the "
     "Parties to the United Nations Framework Convention on Climate Change (COP27), to be held in "
     "Sharm el-Sheikh in November 2022."),
    ("h1", "II.", "INSTITUTIONAL FRAMEWORK"),
    ("p", "4", "The Strategy pursues three overarching objectives: (1) to develop solutions for people "
     "to move in dignity, (2) to find solutions for people on the move, and (3) to enable people to "
     "stay where they are, by reducing the drivers of forced migration linked to climate change and "
     "environmental degradation. These objectives are supported by cross-cutting work on data, "
     "partnerships and the environmental sustainability of IOM\u2019s own operations."),
    ("p", "5", "Overall responsibility for coordinating implementation lies with the Division of "
     "Migration, Environment, Climate Change and Risk Reduction at Headquarters. Thematic focal "
     "points are now in place in all nine Regional Offices and in 68 Country Offices, compared with "
     "41 Country Offices at the end of 2020. A regional thematic specialist post was created in the "
     "Regional Office in Nairobi in March 2022, bringing the number of such posts to six."),
    ("p", "6", "To embed the Strategy across the Organization, the Administration has:"),
    ("bullet", "issued internal guidance on integrating environmental and climate considerations into "
     "project development, which has applied to all new project proposals since 1 July 2021;"),
    ("bullet", "rolled out an e-learning course on migration, environment and climate change, completed "
     "by 2,140 staff members as at 30 September 2022;"),
    ("bullet", "launched the IOM Environmental Sustainability Programme, which covers the management of "
     "premises, vehicle fleets and travel;{3} and"),
    ("bullet", "set up an internal working group on climate mobility that brings together the relevant "
     "departments and the Global Data Institute."),
    ("p", "7", "Implementation has also been guided by the Progress Declaration of the International "
     "Migration Review Forum, adopted in May 2022, in which Member States committed to strengthen "
     "joint analysis and the sharing of information to better map, understand, predict and address "
     "migration movements such as those that may result from sudden-onset and slow-onset natural "
     "disasters and the adverse effects of climate change.{4}"),
    ("h1", "III.", "OPERATIONAL RESPONSE"),
    ("h2", "A.", "Disaster risk reduction and preparedness"),
    ("p", "8", "IOM supports governments and communities in reducing disaster risk and preparing for "
     "displacement, in line with the Sendai Framework for Disaster Risk Reduction 2015\u20132030. "
     "Activities range from community-based early warning systems and evacuation planning to the "
     "rehabilitation of ecosystems that protect settlements against floods and landslides."),
    ("p", "9", "Between 1 January 2021 and 30 September 2022, the Organization implemented 312 projects "
     "with a climate or environmental component. Table 1 shows their distribution and the related "
     "expenditure by region."),
    ("caption", "Table 1: Projects with a climate or environmental component, by region"),
    ("table", None, None),
    ("p", "10", "Anticipatory action has received particular attention. In Bangladesh, Mozambique and "
     "Somalia, IOM piloted pre-arranged financing that is released when forecasts reach agreed "
     "thresholds, allowing shelter materials and cash assistance to be pre-positioned before the "
     "arrival of cyclones or the peak of the dry season."),
    ("h2", "B.", "Solutions for people affected by climate change"),
    ("p", "11", "Where movement is already under way, the Organization works with authorities to "
     "ensure that displaced people and host communities have access to durable solutions. In the "
     "Pacific, IOM assisted three governments in developing guidelines on planned relocation, and in "
     "the Sahel it supported the inclusion of climate-affected pastoralists in national development "
     "plans."),
    ("p", "12", "Work on solutions over the reporting period focused on:"),
    ("item", "(a)", "strengthening the capacity of local authorities to plan and manage planned "
     "relocation as a last resort, with the full participation of the communities concerned;", 1),
    ("item", "(b)", "expanding regular migration pathways for people living in areas exposed to "
     "climate risks, including:", 1),
    ("item", "(i)", "bilateral labour mobility schemes in the Pacific and in Central America, which "
     "together placed 1,860 workers in seasonal employment; and", 2),
    ("item", "(ii)", "skills partnerships that link vocational training in countries of origin with "
     "labour demand in countries of destination;", 2),
    ("item", "(c)", "promoting the use of remittances for adaptation, for example through "
     "climate-resilient housing and agricultural practices.", 1),
    ("h1", "IV.", "DATA, RESEARCH AND POLICY"),
    ("p", "13", "The Displacement Tracking Matrix recorded disaster-induced displacement in 43 countries "
     "in 2021. Its methodology for slow-onset contexts, tested in Ethiopia and Iraq, combines "
     "mobility tracking with data on rainfall, soil moisture and market prices so that the links "
     "between environmental stress and movement can be observed over time."),
    ("p", "14", "IOM\u2019s research agenda on climate mobility produced 27 publications during the "
     "period, including the chapter on climate change and human mobility in the World Migration "
     "Report 2022. The Organization also contributed evidence to the Working Group II contribution "
     "to the Sixth Assessment Report of the Intergovernmental Panel on Climate Change."),
    ("p", "15", "In the area of policy, IOM has:"),
    ("item", "(a)", "continued to serve as a member of the Task Force on Displacement of the Warsaw "
     "International Mechanism for Loss and Damage under the UNFCCC;", 1),
    ("item", "(b)", "supported 14 States in including human mobility in their nationally determined "
     "contributions and national adaptation plans;", 1),
    ("item", "(c)", "facilitated regional consultations ahead of COP27 in East Africa, West Africa and "
     "the Pacific; and", 1),
    ("item", "(d)", "worked with the Platform on Disaster Displacement on the review of the Agenda for "
     "the Protection of Cross-Border Displaced Persons in the Context of Disasters and Climate "
     "Change.", 1),
    ("p", "16", "Building on this work, the Organization will present a policy brief on climate "
     "mobility at COP27, drawing on the outcome of the regional consultations."),
    ("h1", "V.", "FUNDING"),
    ("p", "17", "Expenditure on projects with a climate or environmental component amounted to "
     "USD 159.1 million in 2021 and to USD 134.6 million in the first nine months of 2022.{5} "
     "Close to 83 per cent of this funding was earmarked at the project level, and three donors "
     "accounted for just over half of the total."),
    ("p", "18", "To help fill gaps in countries where earmarked funding is scarce, the Migration Resource "
     "Allocation Committee allocated USD 3.4 million in unearmarked and softly earmarked funds to "
     "climate-related activities in 2022, against USD 1.9 million in 2021. These allocations "
     "supported 16 Country Offices, most of them in least developed countries and small island "
     "developing States."),
    ("p", "19", "The Organization is also seeking to diversify its sources of climate finance. It "
     "submitted its application for accreditation to the Green Climate Fund in April 2022 and expects "
     "a decision in the course of 2023.{6}"),
    ("h1", "VI.", "NEXT STEPS"),
    ("p", "20", "In 2023, the Administration intends to concentrate on the following priorities:"),
    ("bullet", "completing the mid-term monitoring framework of the Strategy, with a first set of "
     "indicators reported to the Standing Committee in mid-2023;"),
    ("bullet", "scaling up anticipatory action in at least ten additional countries; and"),
    ("bullet", "consolidating IOM\u2019s data on climate mobility within the Global Data Institute."),
    ("p", "21", "The Administration will continue to keep Member States informed of progress through "
     "the Standing Committee on Programmes and Finance and will report on the implementation of the "
     "Strategy in the Annual Report for 2022."),
    ("p", "22", "The Council is invited to take note of this information."),
]

TABLE_HEAD = [
    ("Region", "", ""),
    ("Projects", "(number)", ""),
    ("Expenditure", "2021", "(USD million)"),
    ("Expenditure", "Jan.\u2013Sep. 2022", "(USD million)"),
]
TABLE_ROWS = [
    ("Asia and the Pacific", 58, 41.2, 33.6),
    ("Central and North America and the Caribbean", 37, 18.4, 15.9),
    ("East and Horn of Africa", 49, 29.7, 26.1),
    ("European Economic Area", 9, 2.3, 1.8),
    ("Middle East and North Africa", 21, 8.6, 7.4),
    ("South America", 24, 7.9, 6.2),
    ("South-Eastern Europe, Eastern Europe and Central Asia", 17, 4.8, 4.1),
    ("Southern Africa", 26, 14.5, 12.0),
    ("West and Central Africa", 44, 22.1, 19.3),
    ("Global and interregional", 27, 9.6, 8.2),
]
_tot = (sum(r[1] for r in TABLE_ROWS), round(sum(r[2] for r in TABLE_ROWS), 1),
        round(sum(r[3] for r in TABLE_ROWS), 1))
assert _tot == (312, 159.1, 134.6), _tot
TABLE_ROWS.append(("Total", *_tot))

TOKEN = re.compile(r"\{(\d+)\}")


def tokens(text):
    """Split text into words; each word is (word, marker-or-None)."""
    out = []
    for w in text.split():
        m = TOKEN.search(w)
        if m:
            out.append((TOKEN.sub("", w), m.group(1)))
        else:
            out.append((w, None))
    return out


def word_w(word, font, size):
    w, mk = word
    width = stringWidth(w, font, size)
    if mk:
        width += stringWidth(mk, font, SUP_SIZE * size / SIZE)
    return width


def wrap(text, first_w, rest_w, font=FONT, size=SIZE):
    words = tokens(text)
    lines, cur, cur_w = [], [], 0.0
    space = stringWidth(" ", font, size)
    avail = first_w
    for wd in words:
        ww = word_w(wd, font, size)
        add = ww if not cur else space + ww
        if cur and cur_w + add > avail:
            lines.append(cur)
            cur, cur_w = [wd], ww
            avail = rest_w
        else:
            cur.append(wd)
            cur_w += add
    if cur:
        lines.append(cur)
    return lines


def draw_words(c, x, y, words, font=FONT, size=SIZE):
    """Draw a line of words, with raised footnote markers glued to their word."""
    space = stringWidth(" ", font, size)
    run = ""
    for i, (w, mk) in enumerate(words):
        run += (" " if run else "") + w
        if mk:
            c.setFont(font, size)
            c.drawString(x, y, run)
            x += stringWidth(run, font, size)
            ss = SUP_SIZE * size / SIZE
            c.setFont(font, ss)
            c.drawString(x, y + SUP_RISE * size / SIZE, mk)
            x += stringWidth(mk, font, ss)
            run = ""
            if i + 1 < len(words):
                x += space
    if run:
        c.setFont(font, size)
        c.drawString(x, y, run)


class Doc:
    def __init__(self):
        self.c = canvas.Canvas(OUT, pagesize=A4)
        self.c.setTitle(SYMBOL)
        self.c.setAuthor("International Organization for Migration")
        self.page_no = 0  # body page number (cover is unnumbered)
        self.y = None
        self.fns = []  # footnotes on current page
        self.last = None

    # ---------- cover ----------
    def cover(self):
        c = self.c
        # emblem (graphic only, no text)
        c.setStrokeColorRGB(0.0, 0.27, 0.55)
        c.setFillColorRGB(0.0, 0.27, 0.55)
        c.circle(LM + 0.9 * cm, PAGE_H - 2.6 * cm, 0.8 * cm, stroke=1, fill=0)
        c.circle(LM + 0.9 * cm, PAGE_H - 2.6 * cm, 0.45 * cm, stroke=1, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setStrokeColorRGB(0, 0, 0)
        c.setFont(BOLD, 12)
        c.drawRightString(RM, PAGE_H - 2.2 * cm, SYMBOL)
        c.setFont(FONT, 10.5)
        c.drawRightString(RM, PAGE_H - 2.2 * cm - 16, "Original: English")
        c.drawRightString(RM, PAGE_H - 2.2 * cm - 30, "18 October 2022")
        y = PAGE_H - 8.5 * cm
        c.setFont(BOLD, 12)
        c.drawCentredString(PAGE_W / 2, y, "COUNCIL")
        y -= 16
        c.setFont(FONT, 12)
        c.drawCentredString(PAGE_W / 2, y, "113th Session")
        y -= 3.2 * cm
        c.setFont(BOLD, 12)
        for ln in TITLE_LINES:
            c.drawCentredString(PAGE_W / 2, y, ln)
            y -= 16
        # trilingual footer
        c.setLineWidth(0.6)
        c.line(LM, 2.9 * cm, RM, 2.9 * cm)
        c.setFont(BOLD, 10)
        c.drawString(LM, 2.3 * cm, "COUNCIL")
        c.drawCentredString(PAGE_W / 2, 2.3 * cm, "CONSEIL")
        c.drawRightString(RM, 2.3 * cm, "CONSEJO")
        c.showPage()

    # ---------- body pages ----------
    def new_page(self):
        self.page_no += 1
        c = self.c
        c.setFont(FONT, 10)
        c.drawRightString(RM, PAGE_H - 1.5 * cm, SYMBOL)
        c.drawRightString(RM, PAGE_H - 1.5 * cm - 12, "Page %d" % self.page_no)
        self.y = TOP - 1.3 * cm
        self.fns = []

    def fn_lines(self, num):
        indent = 0.5 * cm
        return wrap(FOOTNOTES[num], TEXT_W - indent, TEXT_W - indent, FONT, FN_SIZE)

    def fn_height(self, nums):
        if not nums:
            return 0.0
        h = 14.0  # separator
        for n in nums:
            h += len(self.fn_lines(n)) * FN_LEAD + 2
        return h

    def floor(self, extra_fns=()):
        return BOTTOM + self.fn_height(self.fns + list(extra_fns))

    def finish_page(self):
        c = self.c
        if self.fns:
            h = self.fn_height(self.fns)
            top = BOTTOM + h
            c.setLineWidth(0.5)
            c.line(LM, top - 4, LM + 5 * cm, top - 4)
            y = top - 4 - FN_LEAD
            for n in self.fns:
                c.setFont(FONT, SUP_SIZE * FN_SIZE / SIZE + 1)
                c.drawString(LM, y + 3, n)
                for ln in self.fn_lines(n):
                    draw_words(c, LM + 0.5 * cm, y, ln, FONT, FN_SIZE)
                    y -= FN_LEAD
                y -= 2
        c.showPage()

    def need(self, height, extra_fns=()):
        if self.y - height < self.floor(extra_fns):
            self.finish_page()
            self.new_page()

    def put_line(self, x, words, font=FONT, size=SIZE, label=None, label_x=None):
        mks = [mk for _, mk in words if mk]
        self.need(LEAD, mks)
        self.fns.extend(mks)
        if label:
            self.c.setFont(font, size)
            self.c.drawString(label_x, self.y, label)
        draw_words(self.c, x, self.y, words, font, size)
        self.y -= LEAD

    def gap(self, h=LEAD * 0.7):
        self.y -= h

    def heading(self, num, text, level):
        self.need(LEAD * 4)
        self.gap(LEAD * 0.5)
        c = self.c
        if level == 1:
            c.setFont(BOLD, SIZE)
            c.drawString(LM, self.y, num)
            c.drawString(LM + TAB, self.y, text)
        else:
            c.setFont("Helvetica-BoldOblique", SIZE)
            c.drawString(LM, self.y, num)
            c.drawString(LM + TAB, self.y, text)
        self.y -= LEAD
        self.gap()

    def para(self, num, text):
        if self.last in ("bullet", "item"):
            self.gap(LEAD * 0.5)
        lines = wrap(text, TEXT_W - TAB, TEXT_W)
        self.need(LEAD * 2)
        for i, ln in enumerate(lines):
            if i == 0:
                self.put_line(LM + TAB, ln, label=num + ".", label_x=LM)
            else:
                self.put_line(LM, ln)
        self.gap()

    def bullet(self, text):
        x = LM + TAB + 0.6 * cm
        lines = wrap(text, RM - x, RM - x)
        for i, ln in enumerate(lines):
            if i == 0:
                self.put_line(x, ln, label="\u2022", label_x=LM + TAB)
            else:
                self.put_line(x, ln)
        self.gap(LEAD * 0.4)

    def item(self, label, text, level):
        lx = LM + TAB * level
        x = lx + TAB
        lines = wrap(text, RM - x, RM - x)
        for i, ln in enumerate(lines):
            if i == 0:
                self.put_line(x, ln, label=label, label_x=lx)
            else:
                self.put_line(x, ln)
        self.gap(LEAD * 0.4)

    def caption(self, text):
        self.need(LEAD * 16)
        self.c.setFont(BOLD, 9.5)
        self.c.drawCentredString(PAGE_W / 2, self.y, text)
        self.y -= LEAD

    def table(self):
        c = self.c
        fs = 8.8
        rl = 11.5
        cols = [LM, LM + 8.3 * cm, LM + 10.5 * cm, LM + 13.25 * cm]  # left edges
        rights = [None, LM + 9.9 * cm, LM + 12.4 * cm, RM - 0.9 * cm]
        top = self.y + 2
        c.setLineWidth(0.6)
        c.line(LM, top, RM, top)
        y = self.y - rl + 2
        for r in range(3):
            for ci, head in enumerate(TABLE_HEAD):
                if not head[r]:
                    continue
                c.setFont(BOLD, fs)
                if ci == 0:
                    c.drawString(cols[0] + 3, y, head[r])
                else:
                    mid = (cols[ci] + (cols[ci + 1] if ci + 1 < len(cols) else RM)) / 2
                    c.drawCentredString(mid, y, head[r])
            y -= rl
        c.line(LM, y + rl - 3, RM, y + rl - 3)
        y -= 3
        for row in TABLE_ROWS:
            is_total = row[0] == "Total"
            if is_total:
                c.line(LM, y + rl - 2, RM, y + rl - 2)
            f = BOLD if is_total else FONT
            c.setFont(f, fs)
            c.drawString(cols[0] + 3, y, row[0])
            c.drawRightString(rights[1], y, "{:,}".format(row[1]))
            c.drawRightString(rights[2], y, "%.1f" % row[2])
            c.drawRightString(rights[3], y, "%.1f" % row[3])
            y -= rl
        c.line(LM, y + rl - 3, RM, y + rl - 3)
        for x in cols[1:]:
            c.line(x, top, x, y + rl - 3)
        self.y = y - LEAD * 0.6

    def run(self):
        self.cover()
        self.new_page()
        # running title repeated on the first text page
        self.c.setFont(BOLD, SIZE)
        for ln in TITLE_LINES:
            self.c.drawCentredString(PAGE_W / 2, self.y, ln)
            self.y -= LEAD
        self.gap(LEAD)
        for blk in BODY:
            kind = blk[0]
            if kind == "h1":
                self.heading(blk[1], blk[2], 1)
            elif kind == "h2":
                self.heading(blk[1], blk[2], 2)
            elif kind == "p":
                self.para(blk[1], blk[2])
            elif kind == "bullet":
                self.bullet(blk[1])
            elif kind == "item":
                self.item(blk[1], blk[2], blk[3])
            elif kind == "caption":
                self.caption(blk[1])
            elif kind == "table":
                self.table()
            self.last = kind
        self.finish_page()
        self.c.save()


if __name__ == "__main__":
    Doc().run()
