"""Draws working-group-2016.pdf (S/19/7, Standing Committee on Programmes and Finance,
Report of the Working Group on Budget Reform, 2016) with fpdf2."""
import re
import os
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "working-group-2016.pdf")
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"

SYMBOL = "S/19/7"
LEFT, RIGHT_X, TOP_BODY, BOTTOM = 25.0, 190.0, 30.0, 274.0
WIDTH = RIGHT_X - LEFT
BODY_SIZE, LINE_H = 10, 5.0
FN_SIZE, FN_LINE_H = 8, 3.8
SUP_SIZE = 6.5

FOOTNOTES = {
    "1": "See the report of the Working Group for 2015 (S/17/7) and the summary report of the "
         "Sixteenth Session of the Standing Committee on Programmes and Finance (S/16/15).",
    "2": "Operational Support Income is derived from the overhead applied to operational projects. "
         "The standard rate of 7 per cent applies to all projects approved since 1 January 2012; "
         "projects funded under certain framework agreements with donors carry a lower rate.",
    "3": "In 2015, unearmarked contributions accounted for less than 1.5 per cent of the total "
         "voluntary contributions received by the Organization.",
}

# ---------------------------------------------------------------- content
# ("para", n, text) | ("head", label, text) | ("sub", label, text) | ("item", label, text, level)
# | ("table", caption, header, rows, widths, aligns) | ("title", text) | ("gap", mm)
BODY = [
    ("runtitle", "REPORT OF THE WORKING GROUP ON BUDGET REFORM"),
    ("head", "I.", "INTRODUCTION"),
    ("para", 1, "At its Sixteenth Session in June 2015, the Standing Committee on Programmes and Finance "
     "agreed to extend the mandate of the Working Group on Budget Reform, which had been established in "
     "2013 to examine options for placing the core structure of the Organization on a sustainable "
     "financial footing.^1 The Working Group, open to all Member States, continued its work throughout "
     "2016 under the chairpersonship of Ms Kristiina Laane (Estonia), with Mr Rodrigo Saavedra (Chile) "
     "serving as Vice-Chairperson."),
    ("para", 2, "The present report summarizes the discussions held by the Working Group at its six "
     "meetings in 2016, the dates and main subjects of which are listed in the Annex. It is submitted to "
     "the Standing Committee at its Nineteenth Session for consideration and, as appropriate, endorsement "
     "of the recommendations set out in Section IV, paragraph 19."),
    ("para", 3, "The Working Group wishes to thank the Administration, and in particular the Department of "
     "Resources Management, for the background papers it prepared and for its readiness to respond to the "
     "many requests for data made by delegations in the course of the year."),
    ("head", "II.", "MANDATE AND METHODS OF WORK"),
    ("para", 4, "Under its terms of reference, as revised in 2015, the Working Group was requested to examine "
     "the adequacy of the core structure in the light of the growth of the Organization, to review the "
     "methodology for the allocation of Operational Support Income (OSI) and to report to the Standing "
     "Committee with concrete recommendations no later than its Nineteenth Session."),
    ("para", 5, "At its first meeting, on 18 February 2016, the Working Group agreed to organize its work "
     "around three clusters of issues: the funding of the core structure; the sources and use of OSI; and "
     "the level of assessed contributions under the policy of zero nominal growth. The Administration was "
     "invited to prepare a background paper on each cluster, drawing on the Programme and Budget for 2016 "
     "(C/106/7) and on the Revision of the Programme and Budget for 2016 (S/18/9)."),
    ("para", 6, "All meetings were informal and open-ended. In total, 41 Member States took part in at least "
     "one meeting, and average attendance stood at 27 delegations. Ahead of the fifth and sixth meetings, "
     "the Chairperson also held consultations with the regional groups in order to identify possible "
     "areas of convergence."),
    ("head", "III.", "ISSUES CONSIDERED"),
    ("sub", "A.", "Funding of the core structure"),
    ("para", 7, "The Administration recalled that between 2011 and 2016 the total expenditure of the "
     "Organization had grown by more than 60 per cent, while the Administrative Part of the Budget, "
     "expressed in Swiss francs, had remained almost unchanged. The growth in operations had therefore been "
     "supported by a core structure whose funding depended increasingly on project-related income."),
    ("para", 8, "Table 1, prepared by the Administration at the request of the Working Group, shows the "
     "sources of core structure funding over the period 2014\u20132017."),
    ("table", "Table 1. Sources of core structure funding, 2014\u20132017 (USD millions)",
     ["Source", "2014", "2015", "2016", "2017 (estimate)"],
     [["Administrative Part of the Budget", "48.9", "47.2", "46.6", "47.0"],
      ["Operational Support Income", "82.4", "91.3", "101.8", "108.5"],
      ["Unearmarked voluntary contributions", "14.7", "17.9", "20.5", "21.0"],
      ["Total", "146.0", "156.4", "168.9", "176.5"]],
     [70, 20, 20, 20, 35], ["L", "R", "R", "R", "R"]),
    ("para", 9, "Several delegations observed that the growing reliance on OSI, which is linked to the "
     "volume of projects and is therefore subject to fluctuation, exposed essential functions such as "
     "oversight, legal affairs and staff security to avoidable risk. Others noted that the flexibility of "
     "OSI had allowed the Organization to respond rapidly to large-scale emergencies in 2015 and 2016."),
    ("para", 10, "The Working Group took note of the internal review of core functions completed by the "
     "Administration in April 2016, which identified some 120 positions of a core nature that are at "
     "present financed from project budgets, 34 of them at Headquarters and 86 in the Regional Offices and "
     "country offices. The Administration estimated the annual cost of these positions at approximately "
     "USD 14.2 million."),
    ("sub", "B.", "Operational Support Income"),
    ("para", 11, "The discussion on OSI focused on the rate of overhead applied to projects and on the "
     "criteria used to allocate OSI among Headquarters, the Regional Offices and country offices.^2 The "
     "Administration explained that no change to the standard rate was being proposed, since a higher rate "
     "would affect the competitiveness of the Organization with donors."),
    ("para", 12, "Member States generally agreed that OSI should continue to be used to fund field and "
     "Headquarters structures that directly support project delivery, but several called for a clearer "
     "distinction between such structures and functions that serve the Organization as a whole, which in "
     "their view should be financed from the Administrative Part of the Budget."),
    ("para", 13, "The Administration informed the Working Group that OSI for 2017 was budgeted at "
     "USD 108.5 million, of which USD 6.0 million would be set aside in the OSI reserve mechanism to "
     "protect essential functions against a shortfall in project income."),
    ("sub", "C.", "Assessed contributions and zero nominal growth"),
    ("para", 14, "Several delegations recalled that the Council, in approving the Programme and Budget for "
     "2016 through Resolution No. 1309 of 24 November 2015, had again maintained the Administrative Part "
     "of the Budget at zero nominal growth. They emphasized that any departure from that policy would "
     "require approval by their capitals and could not be decided within the Working Group."),
    ("para", 15, "A number of Member States indicated their willingness to consider a modest increase in "
     "assessed contributions, provided that it was linked to clearly identified core functions and "
     "accompanied by further efficiency measures. Others stated that they were not in a position to "
     "support any increase in the current financial climate."),
    ("para", 16, "The Working Group examined three options presented by the Administration: option 1, under "
     "which zero nominal growth would be maintained and statutory cost increases absorbed in full; option 2, "
     "an increase limited to statutory cost increases, estimated at CHF 1.1 million for 2017; and option 3, "
     "a phased increase of CHF 4.5 million over the three years 2017\u20132019, intended to move part of "
     "the core positions identified in the internal review onto the Administrative Part of the Budget."),
    ("para", 17, "No consensus emerged on options 2 and 3. The Working Group nevertheless agreed that the "
     "matter should be kept under review and that the analysis of the options should be refined before "
     "the preparation of the Programme and Budget for 2018."),
    ("head", "IV.", "CONCLUSIONS AND RECOMMENDATIONS"),
    ("para", 18, "The Working Group concluded that the present funding model of the core structure is not "
     "sustainable in the medium term, and that a combination of measures, rather than any single solution, "
     "will be required to address the structural gap identified by the Administration."),
    ("para", 19, "The Working Group accordingly recommends that the Standing Committee:"),
    ("item", "(a)", "Take note of the present report and of the three background papers prepared by the "
     "Administration;", 1),
    ("item", "(b)", "Request the Administration to present, at the Twentieth Session of the Standing "
     "Committee, a costed proposal for financing the core positions identified in the internal review from "
     "sources other than project budgets;", 1),
    ("item", "(c)", "Endorse the principle that OSI be used first to fund functions that directly support "
     "project delivery, and request the Administration to:", 1),
    ("item", "(i)", "Show the allocation of OSI by budget line in the Programme and Budget for 2018; and", 2),
    ("item", "(ii)", "Report annually to the Standing Committee on the use of the OSI reserve mechanism;", 2),
    ("item", "(d)", "Invite Member States in a position to do so to increase the share of their voluntary "
     "contributions that is unearmarked or softly earmarked;^3", 1),
    ("item", "(e)", "Request the Administration to submit a further analysis of options 2 and 3 for "
     "consideration at the Twenty-first Session of the Standing Committee, in the context of the Programme "
     "and Budget for 2018; and", 1),
    ("item", "(f)", "Extend the mandate of the Working Group until 31 December 2017.", 1),
    ("para", 20, "The Chairperson wishes to express her appreciation to all delegations for the constructive "
     "spirit in which the discussions were conducted, and to the Vice-Chairperson for his support."),
    ("head", "V.", "FOLLOW-UP"),
    ("para", 21, "Should the Standing Committee endorse the recommendations, the Administration will reflect "
     "them in the Programme and Budget for 2017 (C/107/7), as appropriate, and the Working Group will "
     "resume its meetings early in 2017."),
    ("para", 22, "The Standing Committee is invited to take note of this report and to endorse the "
     "recommendations contained in paragraph 19 above."),
]

ANNEX = [
    ("annextitle", "MEETINGS OF THE WORKING GROUP ON BUDGET REFORM IN 2016"),
    ("text", "The Working Group held the following six meetings in 2016. All meetings took place at IOM "
     "Headquarters in Geneva and were chaired by Ms Kristiina Laane (Estonia)."),
    ("table", None,
     ["Meeting", "Date", "Main subjects"],
     [["First meeting", "18 February 2016", "Organization of work; programme of meetings for 2016"],
      ["Second meeting", "17 March 2016", "Funding of the core structure (background paper 1)"],
      ["Third meeting", "21 April 2016", "Internal review of core functions"],
      ["Fourth meeting", "26 May 2016", "Operational Support Income (background paper 2)"],
      ["Fifth meeting", "7 July 2016", "Assessed contributions and zero nominal growth (background "
                                       "paper 3)"],
      ["Sixth meeting", "8 September 2016", "Conclusions and recommendations; adoption of the report"]],
     [35, 35, 95], ["L", "L", "L"]),
]


# ---------------------------------------------------------------- engine
class Doc(FPDF):
    pass


pdf = Doc(format="A4", unit="mm")
pdf.set_auto_page_break(False)
pdf.add_font("DV", "", FONT_DIR + "DejaVuSans.ttf")
pdf.add_font("DV", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
pdf.add_font("DV", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
pdf.add_font("DV", "BI", FONT_DIR + "DejaVuSans-BoldOblique.ttf")

SUP_RE = re.compile(r"\^(\d+|\*)")


def tokens(text):
    """Split text into words; each word is a list of (segment, is_sup)."""
    out = []
    for w in text.split():
        segs = []
        pos = 0
        for m in SUP_RE.finditer(w):
            if m.start() > pos:
                segs.append((w[pos:m.start()], False))
            segs.append((m.group(1), True))
            pos = m.end()
        if pos < len(w):
            segs.append((w[pos:], False))
        out.append(segs)
    return out


def seg_w(seg, style, size):
    s, sup = seg
    pdf.set_font("DV", style, SUP_SIZE if sup else size)
    return pdf.get_string_width(s)


def word_w(word, style, size):
    return sum(seg_w(s, style, size) for s in word)


def wrap(text, first_w, other_w, style="", size=BODY_SIZE):
    words = tokens(text)
    pdf.set_font("DV", style, size)
    space = pdf.get_string_width(" ")
    lines, cur, cur_w = [], [], 0.0
    for w in words:
        ww = word_w(w, style, size)
        limit = first_w if not lines else other_w
        add = ww if not cur else cur_w + space + ww
        if cur and add > limit:
            lines.append(cur)
            cur, cur_w = [w], ww
        else:
            cur.append(w)
            cur_w = add
    if cur:
        lines.append(cur)
    return lines


def draw_line(words, x, base, width, style="", size=BODY_SIZE, justify=False):
    pdf.set_font("DV", style, size)
    space = pdf.get_string_width(" ")
    widths = [word_w(w, style, size) for w in words]
    gap = space
    if justify and len(words) > 1:
        gap = (width - sum(widths)) / (len(words) - 1)
    cx = x
    for w, ww in zip(words, widths):
        for seg in w:
            s, sup = seg
            if sup:
                pdf.set_font("DV", style, SUP_SIZE)
                pdf.text(cx, base - 1.7, s)
            else:
                pdf.set_font("DV", style, size)
                pdf.text(cx, base, s)
            cx += seg_w(seg, style, size)
        cx += gap


def fn_ids(words):
    return [s for w in words for (s, sup) in w if sup]


class Flow:
    def __init__(self):
        self.page_no = 0          # body page label
        self.annex = False
        self.y = None
        self.fns = []             # footnote ids on current page

    def fn_height(self, ids):
        if not ids:
            return 0.0
        h = 5.0  # rule
        for i in ids:
            h += len(wrap(FOOTNOTES[i], WIDTH - 6, WIDTH - 6, "", FN_SIZE)) * FN_LINE_H + 1.0
        return h

    def new_page(self):
        if self.y is not None:
            self.finish_page()
        pdf.add_page()
        self.page_no += 1
        pdf.set_font("DV", "", 10)
        lines = [SYMBOL] + (["Annex"] if self.annex else []) + ["Page %d" % self.page_no]
        y = 14.0
        for ln in lines:
            pdf.text(RIGHT_X - pdf.get_string_width(ln), y, ln)
            y += 4.6
        self.y = TOP_BODY + (4.6 if self.annex else 0)
        self.fns = []

    def finish_page(self):
        if not self.fns:
            return
        h = self.fn_height(self.fns)
        y = BOTTOM - h + 4.0
        pdf.set_font("DV", "", FN_SIZE)
        pdf.text(LEFT, y, "__________")
        y += 4.5
        for i in self.fns:
            pdf.set_font("DV", "", SUP_SIZE)
            pdf.text(LEFT, y - 1.3, i)
            lines = wrap(FOOTNOTES[i], WIDTH - 6, WIDTH - 6, "", FN_SIZE)
            for k, ln in enumerate(lines):
                draw_line(ln, LEFT + 3, y, WIDTH - 6, "", FN_SIZE, justify=k < len(lines) - 1)
                y += FN_LINE_H
            y += 1.0

    def room(self, h, new_fns=()):
        limit = BOTTOM - self.fn_height(self.fns + list(new_fns))
        return self.y + h <= limit

    def ensure(self, h, new_fns=()):
        if not self.room(h, new_fns):
            self.new_page()

    def block_lines(self, lines, x_first, x_other, width_first, width_other, style="", label=None,
                    label_x=None, justify=True, keep=1):
        # keep: minimum number of lines to place together at the start
        first_ids = [i for ln in lines[:keep] for i in fn_ids(ln)]
        self.ensure(LINE_H * min(keep, len(lines)), first_ids)
        for k, ln in enumerate(lines):
            ids = fn_ids(ln)
            if k >= keep and not self.room(LINE_H, ids):
                self.new_page()
            base = self.y + 3.6
            if k == 0 and label:
                pdf.set_font("DV", style, BODY_SIZE)
                pdf.text(label_x, base, label)
            x = x_first if k == 0 else x_other
            w = width_first if k == 0 else width_other
            draw_line(ln, x, base, w, style, BODY_SIZE, justify=justify and k < len(lines) - 1)
            self.fns += [i for i in ids if i not in self.fns]
            self.y += LINE_H

    def para(self, n, text):
        ind = 10.0
        lines = wrap(text, WIDTH - ind, WIDTH)
        self.block_lines(lines, LEFT + ind, LEFT, WIDTH - ind, WIDTH, label="%d." % n, label_x=LEFT, keep=2)
        self.y += 3.0

    def text(self, text):
        lines = wrap(text, WIDTH, WIDTH)
        self.block_lines(lines, LEFT, LEFT, WIDTH, WIDTH, keep=2)
        self.y += 3.0

    def item(self, label, text, level):
        lx = LEFT + 10.0 * level
        tx = lx + 10.0
        lines = wrap(text, RIGHT_X - tx, RIGHT_X - tx)
        self.block_lines(lines, tx, tx, RIGHT_X - tx, RIGHT_X - tx, label=label, label_x=lx, keep=2)
        self.y += 2.0

    def head(self, label, text, style="B"):
        self.ensure(LINE_H * 4)
        self.y += 2.0
        base = self.y + 3.6
        pdf.set_font("DV", style, BODY_SIZE)
        pdf.text(LEFT, base, label)
        pdf.text(LEFT + 10.0, base, text)
        self.y += LINE_H + 3.0

    def centred(self, text, style="B", size=BODY_SIZE, after=4.0):
        pdf.set_font("DV", style, size)
        base = self.y + 3.6
        pdf.text(LEFT + (WIDTH - pdf.get_string_width(text)) / 2, base, text)
        self.y += LINE_H + after

    def table(self, caption, header, rows, widths, aligns):
        h = (len(rows) + 1) * 6.0 + (LINE_H + 2 if caption else 0) + 6
        # wrap cells first to compute height
        wrapped = []
        for r in rows:
            cells = []
            for c, w in zip(r, widths):
                cells.append(wrap(c, w - 3, w - 3, "", 9))
            wrapped.append(cells)
        h += sum((max(len(c) for c in cells) - 1) * 4.5 for cells in wrapped)
        self.ensure(h)
        if caption:
            pdf.set_font("DV", "B", 9)
            pdf.text(LEFT, self.y + 3.6, caption)
            self.y += LINE_H + 1.5
        total_w = sum(widths)
        xs = [LEFT]
        for w in widths[:-1]:
            xs.append(xs[-1] + w)
        pdf.set_line_width(0.3)
        pdf.line(LEFT, self.y, LEFT + total_w, self.y)
        self.y += 1.0

        def put(cell_lines, style, bold_total=False):
            nl = max(len(c) for c in cell_lines)
            for j, (c, x, w, a) in enumerate(zip(cell_lines, xs, widths, aligns)):
                for k, ln in enumerate(c):
                    base = self.y + 3.8 + k * 4.5
                    if a == "R":
                        pdf.set_font("DV", style, 9)
                        s = " ".join(seg for wd in ln for (seg, _) in wd)
                        pdf.text(x + w - 2 - pdf.get_string_width(s), base, s)
                    else:
                        draw_line(ln, x + 1, base, w - 3, style, 9)
            self.y += 5.5 + (nl - 1) * 4.5

        put([wrap(hd, w - 3, w - 3, "B", 9) for hd, w in zip(header, widths)], "B")
        pdf.set_line_width(0.2)
        pdf.line(LEFT, self.y, LEFT + total_w, self.y)
        self.y += 0.8
        for r, cells in zip(rows, wrapped):
            if r[0] == "Total":
                pdf.line(LEFT, self.y, LEFT + total_w, self.y)
                self.y += 0.5
                put(cells, "B")
            else:
                put(cells, "")
        pdf.set_line_width(0.3)
        pdf.line(LEFT, self.y, LEFT + total_w, self.y)
        self.y += 6.0

    def run(self, blocks):
        for b in blocks:
            kind = b[0]
            if kind == "para":
                self.para(b[1], b[2])
            elif kind == "head":
                self.head(b[1], b[2], "B")
            elif kind == "sub":
                self.head(b[1], b[2], "BI")
            elif kind == "item":
                self.item(b[1], b[2], b[3])
            elif kind == "table":
                self.table(*b[1:])
            elif kind == "runtitle":
                self.centred(b[1], "", BODY_SIZE, 5.0)
            elif kind == "annextitle":
                self.centred(b[1], "B", BODY_SIZE, 5.0)
            elif kind == "text":
                self.text(b[1])


# ---------------------------------------------------------------- cover
def cover():
    pdf.add_page()
    pdf.set_font("DV", "B", 11)
    pdf.text(RIGHT_X - pdf.get_string_width(SYMBOL), 22, SYMBOL)
    pdf.set_font("DV", "", 10)
    for y, s in ((30, "Original: English"), (35, "30 September 2016")):
        pdf.text(RIGHT_X - pdf.get_string_width(s), y, s)
    pdf.set_font("DV", "B", 11)
    pdf.text(LEFT, 52, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE")
    pdf.set_font("DV", "", 11)
    pdf.text(LEFT, 58, "Nineteenth Session")
    pdf.set_font("DV", "B", 13)
    y = 118
    for s in ("REPORT OF THE WORKING GROUP", "ON BUDGET REFORM"):
        if s.startswith("ON"):
            w = pdf.get_string_width(s)
            x = LEFT + (WIDTH - w) / 2
            pdf.text(x, y, s)
            pdf.set_font("DV", "B", 8)
            pdf.text(x + w + 0.3, y - 1.6, "*")
            pdf.set_font("DV", "B", 13)
        else:
            pdf.text(LEFT + (WIDTH - pdf.get_string_width(s)) / 2, y, s)
        y += 7.5
    # cover note
    pdf.set_font("DV", "", 9)
    pdf.text(LEFT, 226, "__________")
    note = ("This report has been prepared under the authority of the Chairperson of the Working Group "
            "and has not been formally negotiated by its members.")
    lines = wrap(note, WIDTH - 4, WIDTH - 4, "", 9)
    pdf.set_font("DV", "", 7)
    pdf.text(LEFT, 231.2, "*")
    yy = 232
    for k, ln in enumerate(lines):
        draw_line(ln, LEFT + 3, yy, WIDTH - 4, "", 9, justify=k < len(lines) - 1)
        yy += 4.3
    # trilingual organ footer
    pdf.set_font("DV", "B", 7.5)
    parts = ["STANDING COMMITTEE ON PROGRAMMES AND FINANCE",
             "COMITÉ PERMANENT DES PROGRAMMES ET DES FINANCES",
             "COMITÉ PERMANENTE DE PROGRAMAS Y FINANZAS"]
    pdf.set_line_width(0.4)
    pdf.line(LEFT, 270, RIGHT_X, 270)
    yb = 275
    for s in parts:
        pdf.text(LEFT + (WIDTH - pdf.get_string_width(s)) / 2, yb, s)
        yb += 3.8


cover()
flow = Flow()
flow.new_page()
flow.run(BODY)
flow.finish_page()
flow.y = None
flow.annex = True
flow.page_no = 0
flow.new_page()
flow.run(ANNEX)
flow.finish_page()
pdf.output(OUT)
print("pages:", pdf.page_no())
