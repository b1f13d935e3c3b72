# -*- coding: utf-8 -*-
"""Lays out S/15/7, Report of the Working Group on Budget Reform (SCPF, October 2014),
with reportlab's canvas API, roughly as IOM printed its Standing Committee papers in 2014."""
import re
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = "working-group-2014.pdf"
SYMBOL = "S/15/7"
W, H = A4
X0 = 72.0
X1 = W - 72.0
TOP = H - 60.0
BOTTOM = 62.0

F = "Times-Roman"
FB = "Times-Bold"
FI = "Times-Italic"
FBI = "Times-BoldItalic"
SIZE = 11.0
LEAD = 13.6
FN_SIZE = 8.8
FN_LEAD = 10.4
SUP = 6.8

# ---------------------------------------------------------------- content -------------------------
# ^N marks a raised footnote marker glued to the preceding word.

FOOTNOTES = {
    "1": "See the report on the Sixth Session of the Standing Committee on Programmes and Finance "
         "(SCPF/48), paragraphs 71 to 75.",
    "2": "S/13/11, paragraph 64. The renewed mandate was subsequently noted by the Council at its "
         "103rd Session.",
    "3": "Resolution No. 1264 of 27 November 2013.",
    "4": "Costed proposals for these functions were set out in an informal paper of the Administration "
         "dated 8 April 2014, which was made available to all Member States.",
    "5": "The criteria governing the use of the reserve were set out in document SCPF/65 and endorsed "
         "by the Standing Committee at its Eighth Session, in June 2011.",
    "6": "In 2013, some 22 per cent of the project funds received were subject to overhead rates below "
         "the standard rate; see document S/14/5, paragraph 19.",
    "7": "Established by the Council in November 2013; see Resolution No. 1265 of 27 November 2013.",
    "8": "Unearmarked contributions received in 2013 are shown in the Financial Report for the Year "
         "ended 31 December 2013 (MC/2404).",
}

BODY = [
    ("runtitle", "REPORT OF THE WORKING GROUP ON BUDGET REFORM"),
    ("h1", "I.", "BACKGROUND"),
    ("para", "1.",
     "The Working Group on Budget Reform was established by the Standing Committee on Programmes and "
     "Finance at its Sixth Session, in June 2010, following discussions on the financial situation of "
     "the Organization and on the sustainability of its core structure.^1 Membership of the Working "
     "Group is open to all Member States. In 2014 the Working Group was chaired by H.E. Mr Tomás "
     "Echeverri Lozano, Permanent Representative of Colombia, who succeeded Ms Birgitte Aas-Lindqvist "
     "(Norway) at the first meeting of the year."),
    ("para", "2.",
     "At its Thirteenth Session, in November 2013, the Standing Committee renewed the mandate of the "
     "Working Group for a further year and requested it to concentrate on the questions set out below, "
     "in the wording agreed at that time:"),
    ("quote",
     "\u201cTo continue its consideration of options for the sustainable funding of the core structure "
     "of the Organization, including the level of the Administrative Part of the Budget, the use and "
     "allocation of Operational Support Income and the project-related overhead policy, and to report "
     "to the Standing Committee, with recommendations as appropriate, at its Fifteenth Session.\u201d^2"),
    ("para", "3.",
     "The present report covers the work done between January and September 2014 and is submitted in "
     "response to that request. It should be read together with the Programme and Budget for 2015 "
     "(MC/2417) and with the Revision of the Programme and Budget for 2014 (S/15/3), both of which are "
     "before the Committee at this session."),
    ("para", "4.",
     "Member States will recall that the Council, when approving the Programme and Budget for 2014,^3 "
     "maintained the Administrative Part of the Budget at zero nominal growth (ZNG), while taking note "
     "of the concern expressed by the Administration about the widening gap between the resources of "
     "the core structure and the volume of activities carried out by the Organization."),
    ("h1", "II.", "MEETINGS HELD"),
    ("para", "5.",
     "The Working Group held six formal meetings in 2014 (on 21 January, 18 February, 8 April, 13 May, "
     "10 July and 16 September) as well as two rounds of informal consultations with the regional "
     "groups. A list of the meetings, with the main items taken up at each, is given in the Annex."),
    ("para", "6.",
     "Representatives of the Administration, including the Chief of Staff, the Director of the "
     "Department of Resources Management and the Head of the Budget Division, attended the meetings "
     "and prepared background papers at the request of the Working Group. Their readiness to respond, "
     "often at short notice, to numerous requests for data is gratefully acknowledged."),
    ("para", "7.",
     "Participation was broad; on average, 34 Member States were represented at each formal meeting. "
     "Observers did not take part in the formal meetings, but the Chairperson briefed interested "
     "observer States on the progress of the work on 10 July 2014."),
    ("h1", "III.", "SUMMARY OF DISCUSSIONS"),
    ("h2", "A.", "Core structure and the Administrative Part of the Budget"),
    ("para", "8.",
     "The discussion of this item was based on an analysis prepared by the Administration, which showed "
     "that total expenditure of the Organization had grown by some 55 per cent between 2009 and 2014, "
     "whereas the Administrative Part of the Budget, held at ZNG throughout, had declined in real terms."),
    ("para", "9.",
     "Several delegations reiterated that the principle of ZNG remained important for their "
     "Governments and that any departure from it would have to be carefully justified in capitals. "
     "Others took the view that the policy had, over time, shifted an excessive part of the burden to "
     "project funding, and that the capacity of the Organization to manage risk, ensure oversight and "
     "maintain its essential functions was being eroded."),
    ("para", "10.",
     "The following options were examined, without any one of them commanding general agreement:"),
    ("item", "(a)",
     "a modest increase in the Administrative Part of the Budget, spread over several years and linked "
     "to specific functions (internal audit, ethics and conduct, staff security);^4"),
    ("item", "(b)",
     "the creation of a voluntary \u201ccore support\u201d facility, to which Member States in a position "
     "to do so could contribute on a multi-year basis;"),
    ("item", "(c)",
     "a further transfer of core positions from the Administrative Part of the Budget to Operational "
     "Support Income \u2013 an option which many delegations felt would merely move the problem "
     "elsewhere."),
    ("para", "11.",
     "The Working Group agreed that the question could not be settled in isolation from the review of "
     "Operational Support Income described below, and that it should remain on its agenda."),
    ("h2", "B.", "Operational Support Income"),
    ("para", "12.",
     "Operational Support Income (OSI), which is derived from the overhead charged on projects, "
     "finances a large share of the core structure at Headquarters and in the field. Its level depends "
     "on the volume of project activity and is therefore hard to predict. The table below, prepared by "
     "the Administration, compares budgeted and actual OSI over the past three years."),
    ("table_osi",),
    ("para", "13.",
     "Delegations welcomed the continued growth of OSI, but noted that the excess over the budgeted "
     "level had narrowed in 2014. The Administration explained that the OSI reserve mechanism, created "
     "to cushion the core structure against shortfalls,^5 stood at USD 10.2 million at the end of 2013. No drawdown "
     "from the reserve had been required in 2013 or in the first half of 2014, "
     "and the Administration did not expect to have recourse to it before the end of the year."),
    ("para", "14.",
     "A number of Member States asked that the budgeted level of OSI for 2015 be set with prudence, "
     "given the uncertainty surrounding several large emergency operations. Others encouraged the "
     "Administration to allocate any excess OSI in a transparent manner and to report on its use in the "
     "annual financial report."),
    ("para", "15.",
     "The Working Group took note of the intention of the Administration to present the allocation of "
     "OSI by region and by department in a more detailed format in the Programme and Budget for 2015."),
    ("h2", "C.", "Project-related overhead"),
    ("para", "16.",
     "The overhead policy now in force, under which a standard rate of 7 per cent is applied to total "
     "project costs, was reviewed in the light of a comparative study of the practice of other "
     "organizations of the United Nations system and of selected non-governmental organizations."),
    ("para", "17.", "The study found, inter alia, that:"),
    ("bullet", "\u2022",
     "the standard IOM rate remains among the lowest of the organizations reviewed;"),
    ("bullet", "\u2022",
     "a significant number of donors, in particular for emergency and post-crisis operations, apply "
     "lower ceilings, which IOM has had to accept on a case-by-case basis;^6"),
    ("bullet", "\u2022",
     "because staff and office costs are charged directly to projects under the projectized funding "
     "model of IOM, direct comparison with other agencies is of limited value."),
    ("para", "18.",
     "There was no support within the Working Group for a change in the standard rate at the present "
     "time. A few delegations suggested that the question of waivers be revisited once the data for "
     "2014 are available."),
    ("h2", "D.", "Other matters"),
    ("para", "19.",
     "The Working Group was briefed on the deliberations of the Working Group on IOM-UN Relations,^7 "
     "in so far as their outcome might have budgetary implications. It was agreed that the two groups "
     "would keep each other informed; the two Chairpersons met for that purpose on 2 September 2014."),
    ("para", "20.",
     "Some delegations drew attention to the level of outstanding assessed contributions and to its "
     "effect on the cash position of the Administrative Part of the Budget. That matter is dealt with "
     "in the status report submitted separately to the present session (S/15/5)."),
    ("h1", "IV.", "CONCLUSIONS AND RECOMMENDATIONS"),
    ("para", "21.",
     "The Chairperson wishes to thank all participants for the constructive spirit in which the "
     "discussions were held. Although the Working Group was not in a position to reach consensus on "
     "the level of the Administrative Part of the Budget, its work in 2014 has helped to clarify the "
     "options available and their implications."),
    ("para", "22.",
     "The Working Group considers that its mandate remains relevant and that a further year of work "
     "would allow the options listed in paragraph 10 above to be examined in greater depth, in the light "
     "of the final figures for 2014."),
    ("para", "23.",
     "The Working Group accordingly recommends that the Standing Committee:"),
    ("item", "(a)", "take note of the present report;"),
    ("item", "(b)",
     "extend the mandate of the Working Group until the Seventeenth Session of the Standing Committee, "
     "in the autumn of 2015;"),
    ("item", "(c)",
     "request the Administration to submit to the Working Group, by the end of March 2015:"),
    ("subitem", "(i)",
     "a costed proposal for financing the internal audit, ethics and staff security functions from "
     "the Administrative Part of the Budget; and"),
    ("subitem", "(ii)",
     "an analysis of actual OSI for 2014 and of the use made of the OSI reserve mechanism;"),
    ("item", "(d)",
     "encourage Member States in a position to do so to consider voluntary contributions in support "
     "of the core structure, on the understanding that such contributions would not replace assessed "
     "contributions;^8 and"),
    ("item", "(e)",
     "request the Working Group to report on its work, with recommendations as appropriate, to the "
     "Standing Committee at its Seventeenth Session."),
    ("para", "24.",
     "The Standing Committee is invited to consider the recommendations in paragraph 23 and to take "
     "such action as it deems appropriate."),
]

OSI_TABLE = {
    "caption": "Operational Support Income, 2012\u20132014 (in US dollars)",
    "head": ["", "2012", "2013", "2014*"],
    "rows": [
        ["Budgeted OSI", "51,400,000", "56,300,000", "63,000,000"],
        ["Actual OSI", "55,918,000", "61,274,000", "65,800,000"],
        ["Excess of actual over budget", "4,518,000", "4,974,000", "2,800,000"],
        ["Transferred to the OSI reserve", "2,000,000", "2,500,000", "\u2013"],
    ],
    "note": "* Projection as at 30 June 2014.",
}

ANNEX_TITLE = "MEETINGS OF THE WORKING GROUP ON BUDGET REFORM IN 2014"
ANNEX_INTRO = ("The Working Group held the following formal meetings in 2014. All meetings took place at "
               "IOM Headquarters in Geneva.")
MEET_HEAD = ["Date", "Main items considered", "Documents and papers"]
MEET_ROWS = [
    ["21 January 2014", "Election of the Chairperson; programme of work for 2014", "S/13/11"],
    ["18 February 2014", "Core structure: trends in expenditure, 2009\u20132014",
     "Informal paper of the Administration"],
    ["8 April 2014", "Options for the funding of core functions; costing of internal audit, ethics and "
     "staff security", "Informal paper of 8 April 2014"],
    ["13 May 2014", "Operational Support Income; the OSI reserve mechanism", "S/14/5; SCPF/65"],
    ["10 July 2014", "Comparative study on project-related overhead; briefing of observer States",
     "S/14/5, Annex"],
    ["16 September 2014", "Consideration of the draft report and recommendations", "\u2013"],
]
ANNEX_NOTE = ("In addition, informal consultations were held with the regional groups on 25 March and "
              "26 August 2014.")


# ---------------------------------------------------------------- text machinery ------------------

MARK = re.compile(r"\^(\d+|\*)$")


def split_word(w):
    m = MARK.search(w)
    if m:
        return w[:m.start()], m.group(1)
    return w, None


def word_width(w, font, size):
    base, mk = split_word(w)
    wd = stringWidth(base, font, size)
    if mk:
        wd += stringWidth(mk, F, SUP * size / SIZE) + 0.4
    return wd


def wrap(text, font, size, first_width, width):
    words = text.split()
    lines, cur, curw = [], [], 0.0
    sp = stringWidth(" ", font, size)
    avail = first_width
    for w in words:
        ww = word_width(w, font, size)
        add = ww if not cur else curw + sp + ww
        if cur and add > avail:
            lines.append(cur)
            cur, curw = [w], ww
            avail = width
        else:
            cur.append(w)
            curw = add
    if cur:
        lines.append(cur)
    return lines


def draw_words(c, words, x, y, font, size, width, justify):
    sp = stringWidth(" ", font, size)
    widths = [word_width(w, font, size) for w in words]
    gap = sp
    if justify and len(words) > 1:
        gap = (width - sum(widths)) / (len(words) - 1)
        if gap > sp * 3.2:
            gap = sp
    marks = []
    for w, wd in zip(words, widths):
        base, mk = split_word(w)
        c.setFont(font, size)
        c.drawString(x, y, base)
        if mk:
            bx = x + stringWidth(base, font, size) + 0.4
            c.setFont(F, SUP * size / SIZE)
            c.drawString(bx, y + size * 0.38, mk)
            marks.append(mk)
        x += wd + gap
    return marks


class Doc:
    def __init__(self):
        self.c = canvas.Canvas(OUT, pagesize=A4)
        self.c.setTitle("S/15/7 - Report of the Working Group on Budget Reform")
        self.c.setAuthor("International Organization for Migration")
        self.page_no = 0
        self.label = None
        self.fns = []
        self.y = None

    # footnote area ----------------------------------------------------------------------------
    def fn_lines(self, mk):
        return wrap(FOOTNOTES[mk], F, FN_SIZE, X1 - X0 - 10, X1 - X0 - 10)

    def fn_height(self, marks):
        if not marks:
            return 0.0
        h = 14.0
        for mk in marks:
            h += len(self.fn_lines(mk)) * FN_LEAD + 2.0
        return h

    def flush_footnotes(self):
        if not self.fns:
            return
        c = self.c
        h = self.fn_height(self.fns)
        y = BOTTOM + h - 6.0
        c.setLineWidth(0.5)
        c.line(X0, y, X0 + 144, y)
        y -= 12.0
        for mk in self.fns:
            lines = self.fn_lines(mk)
            c.setFont(F, SUP * FN_SIZE / SIZE + 1.2)
            c.drawString(X0, y + 3.2, mk)
            for i, ln in enumerate(lines):
                draw_words(c, ln, X0 + 10, y, F, FN_SIZE, X1 - X0 - 10, i < len(lines) - 1)
                y -= FN_LEAD
            y -= 2.0
        self.fns = []

    # pages --------------------------------------------------------------------------------------
    def new_page(self, label=None):
        if self.page_no > 0:
            self.flush_footnotes()
            self.c.showPage()
        self.page_no += 1
        if label is not None:
            self.label = label
        self.y = TOP
        c = self.c
        c.setFont(F, 10)
        lines = [SYMBOL]
        if self.label[0] == "annex":
            lines.append("Annex")
        lines.append("Page %d" % self.label[1])
        yy = H - 40
        for ln in lines:
            c.drawRightString(X1, yy, ln)
            yy -= 12
        self.y = yy - 14
        self.label = (self.label[0], self.label[1] + 1)

    def room(self, need, marks=()):
        return self.y - need >= BOTTOM + self.fn_height(self.fns + list(marks))

    def space(self, h):
        self.y -= h

    # blocks -----------------------------------------------------------------------------------
    def text_block(self, text, font, x_first, x_rest, right=X1, label=None, label_x=None,
                   justify=True, keep=1):
        lines = wrap(text, font, SIZE, right - x_first, right - x_rest)
        for i, ln in enumerate(lines):
            marks = [split_word(w)[1] for w in ln if split_word(w)[1]]
            need = LEAD * (keep if i == 0 else 1)
            if not self.room(need, marks):
                self.new_page()
            x = x_first if i == 0 else x_rest
            if i == 0 and label:
                self.c.setFont(F, SIZE)
                self.c.drawString(label_x, self.y, label)
            draw_words(self.c, ln, x, self.y, font, SIZE, right - x,
                       justify and i < len(lines) - 1)
            self.fns += marks
            self.y -= LEAD

    def heading(self, num, words, level):
        if not self.room(LEAD * (4 if level == 2 else 7)):
            self.new_page()
        c = self.c
        if level == 1:
            self.space(6)
            c.setFont(FB, SIZE)
            c.drawString(X0, self.y, num)
            c.drawString(X0 + 36, self.y, words)
        else:
            self.space(2)
            c.setFont(FBI, SIZE)
            c.drawString(X0 + 18, self.y, num)
            c.drawString(X0 + 36, self.y, words)
        self.y -= LEAD + 7

    def osi_table(self):
        t = OSI_TABLE
        row_h = 14.5
        need = row_h * (len(t["rows"]) + 3) + 24
        if not self.room(need):
            self.new_page()
        c = self.c
        c.setFont(FB, 10)
        c.drawCentredString((X0 + X1) / 2, self.y, t["caption"])
        self.y -= 8
        left = X0 + 18
        right = X1 - 18
        cols = [right - 190, right - 95, right]
        c.setLineWidth(0.6)
        c.line(left, self.y, right, self.y)
        self.y -= 13
        c.setFont(FB, 10)
        for cx, hd in zip(cols, t["head"][1:]):
            if hd.endswith("*"):
                c.drawRightString(cx - 3.5, self.y, hd[:-1])
                c.setFont(F, 7)
                c.drawString(cx - 3.0, self.y + 3.6, "*")
                c.setFont(FB, 10)
            else:
                c.drawRightString(cx - 3.5, self.y, hd)
        self.y -= 5
        c.setLineWidth(0.4)
        c.line(left, self.y, right, self.y)
        self.y -= 12
        for i, row in enumerate(t["rows"]):
            c.setFont(F, 10)
            c.drawString(left + 2, self.y, row[0])
            for cx, cell in zip(cols, row[1:]):
                c.drawRightString(cx - 3.5, self.y, cell)
            self.y -= row_h
        self.y += row_h - 5
        c.setLineWidth(0.6)
        c.line(left, self.y, right, self.y)
        self.y -= 11
        c.setFont(F, 8.5)
        c.drawString(left + 2, self.y, t["note"])
        self.y -= 18

    def meetings_table(self):
        c = self.c
        left, right = X0, X1
        cols = [(left, 98), (left + 98, 210), (left + 308, right - left - 308)]
        size, lead = 10, 12
        c.setLineWidth(0.6)
        c.line(left, self.y, right, self.y)
        self.y -= 13
        c.setFont(FB, size)
        for (cx, cw), hd in zip(cols, MEET_HEAD):
            c.drawString(cx + 3, self.y, hd)
        self.y -= 6
        c.setLineWidth(0.4)
        c.line(left, self.y, right, self.y)
        self.y -= 14
        for row in MEET_ROWS:
            cell_lines = [wrap(cell, F, size, cw - 8, cw - 8) for (cx, cw), cell in zip(cols, row)]
            n = max(len(cl) for cl in cell_lines)
            for (cx, cw), cl in zip(cols, cell_lines):
                yy = self.y
                for ln in cl:
                    c.setFont(F, size)
                    c.drawString(cx + 3, yy, " ".join(ln))
                    yy -= lead
            self.y -= n * lead + 7
        self.y += 5
        c.setLineWidth(0.6)
        c.line(left, self.y, right, self.y)
        self.y -= 22

    # cover ------------------------------------------------------------------------------------
    def cover(self):
        c = self.c
        self.page_no = 0
        c.setFont(FB, 12)
        c.drawRightString(X1, H - 72, SYMBOL)
        c.setFont(F, 11)
        c.drawRightString(X1, H - 87, "Original: English")
        c.drawRightString(X1, H - 101, "6 October 2014")
        c.setFont(FB, 11)
        c.drawString(X0, H - 150, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE")
        c.drawString(X0, H - 165, "FIFTEENTH SESSION")
        c.setFont(F, 11)
        c.drawString(X0, H - 180, "28\u201329 October 2014")
        c.setFont(F, 11)
        c.drawString(X0, H - 196, "_" * 80)
        c.setFont(FB, 13)
        c.drawCentredString(W / 2, 470, "REPORT OF THE WORKING GROUP")
        c.drawCentredString(W / 2, 452, "ON BUDGET REFORM")
        c.setFont(F, 11)
        c.drawCentredString(W / 2, 424, "(Submitted by the Chairperson of the Working Group)")
        # cover note
        c.setFont(F, 11)
        c.drawString(X0, 170, "__________")
        note = ("This report is submitted to the Standing Committee on Programmes and Finance at its "
                "Fifteenth Session, under item 9 of the provisional agenda (S/15/1).")
        y = 150
        lines = wrap(note, F, 10, X1 - X0, X1 - X0)
        for i, ln in enumerate(lines):
            draw_words(c, ln, X0, y, F, 10, X1 - X0, i < len(lines) - 1)
            y -= 12.5
        c.showPage()

    # body -------------------------------------------------------------------------------------
    def build(self):
        self.cover()
        self.page_no = 0
        self.label = ("body", 1)
        self.new_page()
        for blk in BODY:
            kind = blk[0]
            if kind == "runtitle":
                self.c.setFont(FB, SIZE)
                self.c.drawCentredString(W / 2, self.y, blk[1])
                self.y -= LEAD + 12
            elif kind == "h1":
                self.heading(blk[1], blk[2], 1)
            elif kind == "h2":
                self.heading(blk[1], blk[2], 2)
            elif kind == "para":
                self.text_block(blk[2], F, X0 + 36, X0, label=blk[1], label_x=X0, keep=2)
                self.space(9)
            elif kind == "quote":
                self.text_block(blk[1], FI, X0 + 36, X0 + 36, right=X1 - 36)
                self.space(7)
            elif kind == "item":
                self.text_block(blk[2], F, X0 + 72, X0 + 72, label=blk[1], label_x=X0 + 36)
                self.space(5)
            elif kind == "subitem":
                self.text_block(blk[2], F, X0 + 108, X0 + 108, label=blk[1], label_x=X0 + 76)
                self.space(5)
            elif kind == "bullet":
                self.text_block(blk[2], F, X0 + 54, X0 + 54, label=blk[1], label_x=X0 + 40)
                self.space(5)
            elif kind == "table_osi":
                self.space(4)
                self.osi_table()
        # annex
        self.label = ("annex", 1)
        self.new_page()
        self.c.setFont(FB, SIZE)
        self.c.drawCentredString(W / 2, self.y, "ANNEX")
        self.y -= LEAD + 10
        self.c.drawCentredString(W / 2, self.y, ANNEX_TITLE)
        self.y -= LEAD + 14
        self.text_block(ANNEX_INTRO, F, X0, X0)
        self.space(10)
        self.meetings_table()
        self.text_block(ANNEX_NOTE, F, X0, X0)
        self.flush_footnotes()
        self.c.showPage()
        self.c.save()


if __name__ == "__main__":
    Doc().build()
