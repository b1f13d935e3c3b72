#!/usr/bin/env python
"""Draw working-group-2012c.pdf: an SCPF working group report of 2012 (reportlab, hand-set layout)."""
import os
import re

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "working-group-2012c.pdf")

SYMBOL = "SCPF/84"
PAGE_W, PAGE_H = A4
LM, RM = 72.0, 72.0
TOP, BOTTOM = 60.0, 62.0
TW = PAGE_W - LM - RM
FONT, BOLD, ITAL = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
SIZE, LEAD = 10.5, 13.0
FN_SIZE, FN_LEAD = 8.5, 10.5
SUP_SIZE, SUP_RISE = 6.5, 4.0
INDENT = 36.0  # 1.27 cm

# --------------------------------------------------------------------------------------------
# Content. Inline markup: ^N = raised footnote marker N, _..._ = italic.
# --------------------------------------------------------------------------------------------
TITLE = "REPORT OF THE WORKING GROUP ON BUDGET REFORM"
SUBTITLE = "(Submitted by the Co-Chairs of the Working Group)"

FOOTNOTES = {
    "1": "See document SCPF/64, paragraphs 12 to 31, and the summary of the conclusions reached "
         "by the Council at its Hundredth Session (MC/2331, paragraphs 58 to 63).",
    "2": "Comparative review of support-cost policies in selected international organizations, "
         "Conference Room Paper (CRP) No. 7, circulated to the Working Group on 29 March 2012.",
}

BODY = [
    ("heading", "I.", "INTRODUCTION"),
    ("para", "1.",
     "At its Ninth Session, held on 1 and 2 November 2011, the Standing Committee on Programmes and "
     "Finance decided to re-establish the Working Group on Budget Reform, open to all Member States, "
     "in order to pursue the examination of the structure and financing of the Organization\u2019s "
     "core functions. The Working Group elected as its Co-Chairs H.E. Mr Tom\u00e1s Ferrer Almeida, "
     "Ambassador and Permanent Representative of Uruguay, and Ms Ingrid Halvorsen Berge, Minister "
     "Counsellor at the Permanent Mission of Norway."),
    ("para", "2.",
     "The mandate of the Working Group is set out in its terms of reference, which are reproduced in "
     "the Annex to this report. Its deliberations built on the work of the previous Working Group, "
     "whose final report was presented to the Standing Committee at its Eighth Session in June 2011.^1"),
    ("para", "3.",
     "The present report summarizes the discussions held between January and May 2012 and sets out "
     "the recommendations that the Working Group agreed by consensus at its final meeting, for "
     "consideration by the Standing Committee at its Tenth Session."),
    ("heading", "II.", "MEETINGS OF THE WORKING GROUP"),
    ("para", "4.",
     "The Working Group held six meetings, all at IOM Headquarters in Geneva, with the participation "
     "of between 38 and 54 Member States. The dates of the meetings and the principal topics taken "
     "up at each of them are listed in the table below."),
    ("caption", "Meetings held by the Working Group in 2012"),
    ("table",
     ["Meeting", "Date", "Main topics"],
     [
         ["First meeting", "19 January 2012",
          "Election of the Co-Chairs; adoption of the workplan; review of the terms of reference"],
         ["Second meeting", "16 February 2012",
          "Structure of the Administrative Part of the Budget; effects of zero nominal growth"],
         ["Third meeting", "8 March 2012",
          "Project-related overhead income and the criteria governing its use"],
         ["Fourth meeting", "29 March 2012",
          "Core functions funded from Discretionary Income; staff and premises security costs"],
         ["Fifth meeting", "26 April 2012",
          "Options for predictable funding of the core structure; transparency of budget documents"],
         ["Sixth meeting", "17 May 2012",
          "Consideration and adoption of the draft report and recommendations"],
     ]),
    ("para", "5.",
     "The Administration supported the Working Group with four background papers, among them an "
     "analysis of the evolution of the Administrative Part of the Budget since 2002 (SCPF/79) and a "
     "costing of the functions that make up the Organization\u2019s core structure. All papers were "
     "posted on the Member States\u2019 extranet at least one week before the meeting concerned."),
    ("heading", "III.", "SUMMARY OF DISCUSSIONS"),
    ("para", "6.",
     "The Administration recalled that the Administrative Part of the Budget had remained at zero "
     "nominal growth for most of the past decade, whereas total expenditure had risen from "
     "approximately USD 950 million in 2002 to more than USD 1.3 billion in 2011 and the membership "
     "of the Organization had grown from 98 to 146 Member States over the same period."),
    ("para", "7.",
     "Many delegations observed that the widening gap between the expansion of operations and the "
     "static level of assessed contributions had increased the dependence of the core structure on "
     "project-related overhead income, which by its nature fluctuates with the volume of activities "
     "and cannot be forecast with precision."),
    ("para", "8.",
     "In the course of its work, the Working Group identified the following areas as requiring "
     "particular attention:"),
    ("item", "(a)",
     "the funding of essential core functions that are at present financed from Discretionary "
     "Income;"),
    ("item", "(b)",
     "the adequacy of the overhead rate applied to projects and the methodology used to calculate "
     "it;"),
    ("item", "(c)",
     "the costs of staff and premises security, which have risen steadily since 2008; and"),
    ("item", "(d)",
     "the transparency of budget documents, including reporting on the use of Discretionary "
     "Income by region and by function."),
    ("para", "9.",
     "On the first of these areas, the Administration presented a costing which showed that "
     "functions amounting to some USD 9.4 million a year, including parts of the legal, audit and "
     "ethics functions, were financed from Discretionary Income even though they serve the "
     "Organization as a whole and are generally regarded as core."),
    ("para", "10.",
     "Views differed on how that situation should be remedied. A number of Member States favoured a "
     "gradual increase in the Administrative Part of the Budget, while others, recognizing the needs "
     "described, stated that their national budgetary constraints would not allow them to accept any "
     "increase in assessed contributions for 2013."),
    ("para", "11.",
     "With regard to project-related overhead, the Working Group took note of a comparative study of "
     "the support-cost policies of other organizations of the United Nations system and of other "
     "international organizations.^2 Delegations agreed that any revision of the rate should be "
     "accompanied by a clear definition of the costs that it is meant to cover."),
    ("para", "12.",
     "The Working Group acknowledged that security costs are an unavoidable consequence of the "
     "Organization\u2019s presence in high-risk environments. Several delegations suggested that "
     "such costs be budgeted, to the extent possible, within the projects that give rise to them."),
    ("para", "13.",
     "Member States welcomed the offer of the Administration to include in the Programme and Budget "
     "for 2013 an annex showing the use of Discretionary Income by region and by function, building "
     "on the information already provided in document MC/2335."),
    ("heading", "IV.", "CONCLUSIONS AND RECOMMENDATIONS"),
    ("para", "14.",
     "The Working Group concluded that the structural imbalance in the funding of the core structure "
     "could not be corrected within a single budget cycle and that a phased approach, reviewed every "
     "year, offered the best prospect of consensus among Member States."),
    ("para", "15.",
     "It further agreed that predictability of funding, rather than its overall level, was the main "
     "concern, and that the options before it should be assessed against that criterion."),
    ("para", "16.",
     "The Working Group recommends that the Standing Committee:"),
    ("rec", "1.",
     "Take note of the present report and of the background papers prepared by the Administration;"),
    ("rec", "2.",
     "Endorse the principle that essential core functions should be funded from predictable sources, "
     "and request the Administration to propose, in the Programme and Budget for 2013, a phased plan "
     "for their progressive transfer to the Administrative Part of the Budget;"),
    ("rec", "3.",
     "Request the Administration to submit to the Standing Committee at its Eleventh Session a "
     "revised methodology for the calculation of project-related overhead; and"),
    ("rec", "4.",
     "Recommend to the Council that the mandate of the Working Group be extended until 31 December "
     "2013 on the basis of the terms of reference set out in the Annex."),
    ("para", "17.",
     "The Working Group also agreed that its Co-Chairs would brief the Council at its 101st Session in "
     "November 2012 on the outcome of the Standing Committee\u2019s deliberations on this report."),
    ("para", "18.",
     "Several delegations proposed that, in its next phase, the Working Group should also consider "
     "ways of encouraging unearmarked voluntary contributions, which would give the Organization "
     "greater flexibility in meeting its core needs."),
    ("para", "19.",
     "The Co-Chairs thank all Member States for their constructive engagement and the Administration, "
     "in particular the Department of Resources Management, for the support it provided throughout "
     "the year."),
    ("para", "20.",
     "The Standing Committee is invited to consider the recommendations contained in paragraph 16 "
     "above and to endorse them."),
]

ANNEX_TITLE = "TERMS OF REFERENCE OF THE WORKING GROUP ON BUDGET REFORM"
ANNEX = [
    ("para", "1.",
     "The Working Group on Budget Reform (hereinafter \u201cthe Working Group\u201d) is a subsidiary "
     "body of the Standing Committee on Programmes and Finance and is open to all Member States. "
     "Observers may attend its meetings at the invitation of the Co-Chairs."),
    ("para", "2.",
     "The Working Group shall examine the structure of the Administrative and Operational Parts of "
     "the Budget and identify sustainable options for funding the Organization\u2019s core "
     "structure, consistent with the IOM Strategy endorsed by Council Resolution No. 1150 of "
     "7 June 2007."),
    ("para", "3.",
     "The Working Group shall be chaired by two Co-Chairs, elected by its members from among the "
     "representatives of Member States with due regard to geographical balance."),
    ("para", "4.",
     "The Working Group shall meet as often as necessary. The Administration shall provide "
     "secretariat support and prepare background documents at the request of the Working Group."),
    ("para", "5.",
     "The Working Group shall take its decisions by consensus and shall report to the Standing "
     "Committee at each of its regular sessions."),
    ("para", "6.",
     "The mandate of the Working Group shall expire on 31 December 2012 unless it is extended by "
     "the Standing Committee."),
]


# --------------------------------------------------------------------------------------------
# Text engine
# --------------------------------------------------------------------------------------------
def words_of(text, font=FONT):
    """Split text into words; each word is a list of segments (text, font, size, rise, fnmark)."""
    words = []
    italic = False
    for raw in text.split():
        segs = []
        for part in re.split(r"(\^\d+|_)", raw):
            if part == "":
                continue
            if part == "_":
                italic = not italic
                continue
            if part.startswith("^"):
                segs.append((part[1:], font, SUP_SIZE, SUP_RISE, part[1:]))
            else:
                segs.append((part, ITAL if italic else font, SIZE, 0.0, None))
        words.append(segs)
    return words


def wwidth(word):
    return sum(stringWidth(t, f, s) for t, f, s, r, m in word)


def wrap(words, first_w, rest_w):
    space = stringWidth(" ", FONT, SIZE)
    lines, cur, curw = [], [], 0.0
    width = first_w
    for w in words:
        ww = wwidth(w)
        need = ww if not cur else curw + space + ww
        if cur and need > width:
            lines.append(cur)
            cur, curw = [w], ww
            width = rest_w
        else:
            cur.append(w)
            curw = need
    if cur:
        lines.append(cur)
    return lines


class Doc:
    def __init__(self, path):
        self.c = canvas.Canvas(path, pagesize=A4)
        self.c.setTitle(TITLE.title())
        self.page = 0          # printed page label of body pages
        self.annex = False
        self.y = None
        self.footnotes = []    # footnote keys on this page

    # ---------------- pages
    def fn_height(self, keys):
        if not keys:
            return 0.0
        h = 14.0  # rule and gap
        for k in keys:
            h += len(self.fn_lines(k)) * FN_LEAD + 2.0
        return h

    def fn_lines(self, key):
        words = FOOTNOTES[key].split()
        avail = TW - 14.0
        lines, cur = [], ""
        for w in words:
            t = w if not cur else cur + " " + w
            if cur and stringWidth(t, FONT, FN_SIZE) > avail:
                lines.append(cur)
                cur = w
            else:
                cur = t
        lines.append(cur)
        return lines

    def finish_page(self):
        if self.footnotes:
            c = self.c
            y = BOTTOM + self.fn_height(self.footnotes) - 6.0
            c.setLineWidth(0.5)
            c.line(LM, y, LM + 144, y)
            y -= 12.0
            for k in self.footnotes:
                c.setFont(FONT, SUP_SIZE)
                c.drawString(LM, y + SUP_RISE, k)
                c.setFont(FONT, FN_SIZE)
                for ln in self.fn_lines(k):
                    c.drawString(LM + 14.0, y, ln)
                    y -= FN_LEAD
                y -= 2.0
        self.c.showPage()
        self.footnotes = []

    def new_page(self):
        if self.y is not None:
            self.finish_page()
        self.page += 1
        c = self.c
        c.setFont(FONT, SIZE)
        x = PAGE_W - RM
        y = PAGE_H - 40
        c.drawRightString(x, y, SYMBOL)
        y -= LEAD
        if self.annex:
            c.drawRightString(x, y, "Annex")
            y -= LEAD
        c.drawRightString(x, y, "Page %d" % self.page)
        self.y = y - 2 * LEAD

    def limit(self, extra_keys=()):
        return BOTTOM + self.fn_height(self.footnotes + list(extra_keys))

    def ensure(self, h):
        if self.y - h < self.limit():
            self.new_page()

    # ---------------- drawing
    def draw_line(self, x, y, line, width, justify):
        c = self.c
        space = stringWidth(" ", FONT, SIZE)
        natural = sum(wwidth(w) for w in line) + space * (len(line) - 1)
        gap = space
        if justify and len(line) > 1:
            gap = space + (width - natural) / (len(line) - 1)
        for w in line:
            for t, f, s, r, m in w:
                c.setFont(f, s)
                c.drawString(x, y + r, t)
                x += stringWidth(t, f, s)
            x += gap

    def block(self, text, x_first, x_rest, label=None, label_x=None, font=FONT, after=LEAD):
        words = words_of(text, font)
        right = LM + TW
        lines = wrap(words, right - x_first, right - x_rest)
        # keep at least two lines together at the top of a block
        self.ensure(LEAD * min(2, len(lines)))
        for i, line in enumerate(lines):
            marks = [m for w in line for (_, _, _, _, m) in w if m]
            if self.y - LEAD < self.limit(marks):
                self.new_page()
            self.y -= LEAD
            if i == 0 and label:
                self.c.setFont(font, SIZE)
                self.c.drawString(label_x, self.y, label)
            x = x_first if i == 0 else x_rest
            last = i == len(lines) - 1
            self.draw_line(x, self.y, line, right - x, not last)
            self.footnotes.extend(marks)
        self.y -= after

    def heading(self, num, text):
        self.ensure(LEAD * 5)
        self.y -= LEAD
        self.c.setFont(BOLD, SIZE)
        self.c.drawString(LM, self.y, num)
        self.c.drawString(LM + INDENT, self.y, text)
        self.y -= LEAD

    def centered(self, text, font=BOLD, size=SIZE, after=LEAD):
        self.y -= LEAD
        self.c.setFont(font, size)
        self.c.drawCentredString(PAGE_W / 2, self.y, text)
        self.y -= after

    def table(self, head, rows):
        widths = [100.0, 95.0, TW - 195.0]
        pad = 4.0

        def cell_lines(text, w, font):
            out, cur = [], ""
            for word in text.split():
                t = word if not cur else cur + " " + word
                if cur and stringWidth(t, font, SIZE - 0.5) > w - 2 * pad:
                    out.append(cur)
                    cur = word
                else:
                    cur = t
            out.append(cur)
            return out

        allrows = [(head, BOLD)] + [(r, FONT) for r in rows]
        laid = []
        for r, f in allrows:
            cl = [cell_lines(t, w, f) for t, w in zip(r, widths)]
            h = max(len(x) for x in cl) * (LEAD - 0.5) + 2 * pad
            laid.append((cl, f, h))
        total = sum(h for _, _, h in laid)
        self.ensure(total + 4)
        c = self.c
        c.setLineWidth(0.6)
        top = self.y
        y = top
        xs = [LM]
        for w in widths:
            xs.append(xs[-1] + w)
        c.line(LM, y, LM + TW, y)
        for cl, f, h in laid:
            for ci, lines in enumerate(cl):
                ty = y - pad - (SIZE - 1.5)
                c.setFont(f, SIZE - 0.5)
                for ln in lines:
                    c.drawString(xs[ci] + pad, ty, ln)
                    ty -= LEAD - 0.5
            y -= h
            c.line(LM, y, LM + TW, y)
        for x in xs:
            c.line(x, top, x, y)
        self.y = y - LEAD

    def render(self, blocks):
        for b in blocks:
            kind = b[0]
            if kind == "heading":
                self.heading(b[1], b[2])
            elif kind == "para":
                self.block(b[2], LM + INDENT, LM, label=b[1], label_x=LM)
            elif kind in ("item", "rec"):
                self.block(b[2], LM + 2 * INDENT, LM + 2 * INDENT, label=b[1], label_x=LM + INDENT)
            elif kind == "caption":
                self.ensure(LEAD * 10)
                self.y -= LEAD
                self.c.setFont(ITAL, SIZE)
                self.c.drawCentredString(PAGE_W / 2, self.y, b[1])
                self.y -= 6.0
            elif kind == "table":
                self.table(b[1], b[2])


def cover(c):
    x = PAGE_W - RM
    y = PAGE_H - 60
    c.setFont(BOLD, 12)
    c.drawRightString(x, y, SYMBOL)
    c.setFont(FONT, SIZE)
    c.drawRightString(x, y - 22, "Original: English")
    c.drawRightString(x, y - 22 - LEAD, "24 May 2012")
    y = PAGE_H - 230
    c.setFont(BOLD, 12)
    c.drawCentredString(PAGE_W / 2, y, "TENTH SESSION")
    y -= 22
    c.setFont(FONT, SIZE)
    c.drawCentredString(PAGE_W / 2, y, "_" * 40)
    y -= 60
    c.setFont(BOLD, 13)
    c.drawCentredString(PAGE_W / 2, y, TITLE)
    y -= 28
    c.setFont(FONT, SIZE)
    c.drawCentredString(PAGE_W / 2, y, SUBTITLE)
    # trilingual footer
    c.setFont(BOLD, 9)
    fy = 70
    for ln in ("STANDING COMMITTEE ON PROGRAMMES AND FINANCE",
               "COMIT\u00c9 PERMANENT DES PROGRAMMES ET DES FINANCES",
               "COMIT\u00c9 PERMANENTE DE PROGRAMAS Y FINANZAS"):
        c.drawCentredString(PAGE_W / 2, fy, ln)
        fy -= 12
    c.showPage()


def main():
    d = Doc(OUT)
    cover(d.c)
    d.new_page()
    d.centered(TITLE, font=BOLD, after=LEAD)
    d.render(BODY)
    # annex on a new page, its own page numbers
    d.finish_page()
    d.y = None
    d.annex = True
    d.page = 0
    d.new_page()
    d.centered("Annex", font=BOLD, after=6)
    d.centered(ANNEX_TITLE, font=BOLD, after=LEAD)
    d.render(ANNEX)
    d.finish_page()
    d.c.save()


if __name__ == "__main__":
    main()
