#!/usr/bin/env python
"""Draws scpf-report-2008.pdf (MC/EX/689, report of the SCPF on its Second Session, May 2008) with fpdf2."""
import os
import re
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "scpf-report-2008.pdf")

SYMBOL = "MC/EX/689"
LM, RM = 25.0, 190.0          # text block 165 mm wide
TW = RM - LM
TOP = 32.0
BOTTOM = 276.0
FS = 11                        # body font size
LH = 5.2                       # body line height
FN_FS = 9
FN_LH = 4.0
PARA_GAP = 3.2
IND = 12.5                     # tab after paragraph number

# ---------------------------------------------------------------- text
TITLE1 = "REPORT OF THE STANDING COMMITTEE ON PROGRAMMES AND FINANCE"
TITLE2 = "ON THE SECOND SESSION"

FOOTNOTES = {
    "1": "The Chairperson, the Vice-Chairperson and the Rapporteur were elected at the First Session; "
         "see document MC/EX/684, paragraphs 3 to 5.",
    "2": "The list of participants is contained in document SCPF/19.",
    "3": "Expenditure under the Administrative Part of the Budget, which is budgeted in Swiss francs, "
         "has been converted into US dollars at the average United Nations operational rate of exchange "
         "for 2007.",
    "4": "Under Article 4, paragraph 1, of the Constitution, a Member State which is in arrears in the "
         "payment of its financial contributions to the Organization has no vote if the total amount of "
         "its arrears equals or exceeds the amount of the contributions due from it for the preceding "
         "two full years.",
    "5": "Line 2 was established under the revised guidelines for the Facility set out in document "
         "MC/EX/671, which entered into effect on 1 January 2007.",
    "6": "General Assembly resolution 61/237 of 22 December 2006, which covers the period 2007-2009.",
}

MEMBERS = ("Afghanistan, Algeria, Angola, Argentina, Australia, Austria, Bangladesh, Belgium, Brazil, "
           "Bulgaria, Canada, Chile, Colombia, Costa Rica, Croatia, Cyprus, Czech Republic, Denmark, "
           "Dominican Republic, Ecuador, Egypt, El Salvador, Finland, France, Germany, Ghana, Greece, "
           "Guatemala, Hungary, India, Iran (Islamic Republic of), Ireland, Israel, Italy, Japan, Kenya, "
           "Latvia, Mexico, Morocco, Netherlands, Nigeria, Norway, Pakistan, Peru, Philippines, Poland, "
           "Portugal, Republic of Korea, Romania, Senegal, Slovenia, South Africa, Spain, Sri Lanka, Sudan, "
           "Sweden, Switzerland, Thailand, Tunisia, Turkey, Ukraine, United Kingdom of Great Britain and "
           "Northern Ireland, United States of America, Venezuela (Bolivarian Republic of), Zambia and "
           "Zimbabwe.")

BODY = [
    ("heading", "INTRODUCTION"),
    ("para", "1", "The Standing Committee on Programmes and Finance held its Second Session at the "
     "International Conference Centre, Geneva, on 6 and 7 May 2008. Four meetings were held, under the "
     "chairmanship of Ms. D. Ram\u00edrez Ortega (Mexico), with Mr. P. Kowalczyk (Poland) as "
     "Vice-Chairperson and Mr. J. Ferreira Santos (Portugal) as Rapporteur.{1}"),
    ("para", "2", "The following Member States were represented:{2} " + MEMBERS),
    ("para", "3", "China, Indonesia and the Holy See were represented by observers, who were invited to "
     "take the floor on the items of direct interest to them."),
    ("para", "4", "In opening the session, the Chairperson recalled that this was the first occasion on "
     "which the Standing Committee had before it the full set of financial documents that the former "
     "Sub-Committee on Budget and Finance used to examine in the spring, and she invited delegations to "
     "make full use of the two-day format to engage in a substantive exchange with the Administration."),

    ("heading", "ADOPTION OF THE AGENDA"),
    ("para", "5", "The Standing Committee adopted the agenda set out in document SCPF/14/Rev.1, on the "
     "understanding that the item on human resources would be taken together with the report on the "
     "Staff Security Mechanism."),

    ("heading", "FINANCIAL REPORT FOR THE YEAR ENDED 31 DECEMBER 2007"),
    ("para", "6", "The Administration introduced the Financial Report for the year ended 31 December 2007 "
     "(MC/2256), together with the report of the External Auditor. Combined expenditure under the "
     "Administrative and Operational Parts of the Budget had reached USD 783.9 million, an increase of "
     "8.2 per cent over the level recorded in 2006.{3} Operational activities in the field of "
     "movement, emergency and post-crisis migration management continued to account for the largest "
     "share of expenditure."),
    ("para", "7", "The Administrative Part of the Budget closed the year with a surplus of CHF 412,377, "
     "which was attributable mainly to posts that had remained vacant for part of the year and to lower "
     "than expected costs for the rental of premises at Headquarters. Discretionary income under the "
     "Operational Part of the Budget had amounted to USD 38.6 million, of which USD 2.3 million had been "
     "carried forward to 2008."),
    ("para", "8", "The External Auditor had issued an unqualified opinion on the financial statements. "
     "His report contained recommendations on the physical verification of non-expendable property in "
     "field offices and on the preparations that would be needed for the eventual adoption of the "
     "International Public Sector Accounting Standards, which the Administration had accepted."),
    ("para", "9", "Delegations welcomed the clarity of the report and the prompt follow-up given to the "
     "External Auditor's earlier recommendations. One delegation asked why the number of staff financed "
     "from project-related overhead income had continued to rise; the Administration explained that the "
     "growth in the volume of projects required a corresponding strengthening of support functions, and "
     "undertook to present a breakdown of those positions at the next session."),
    ("para", "10", "The Standing Committee recommended that the Executive Committee:"),
    ("item", 1, "(a)", "take note of the report of the External Auditor;"),
    ("item", 1, "(b)", "approve the Financial Report for the year ended 31 December 2007 (MC/2256); and"),
    ("item", 1, "(c)", "take note of the transfer of the surplus of CHF 412,377 in the Administrative Part "
     "of the Budget to the reserve of the Administrative Part, in accordance with the Financial "
     "Regulations."),

    ("heading", "STATUS REPORT ON OUTSTANDING CONTRIBUTIONS TO THE ADMINISTRATIVE PART OF THE BUDGET"),
    ("para", "11", "The Administration presented the status of assessed contributions as set out in "
     "document SCPF/16, and indicated that payments had since been received from Ghana, Peru and "
     "Zambia. The position at the two reference dates was as follows:"),
    ("table", "t1"),
    ("para", "12", "Eleven Member States were subject to the provisions of Article 4 of the "
     "Constitution,{4} compared with thirteen at the same period in 2007. Three of them had concluded "
     "payment plans with the Administration and were meeting the instalments agreed."),
    ("para", "13", "Several delegations expressed concern that close to 40 per cent of the 2008 assessed "
     "contributions remained unpaid at the end of April, which obliged the Organization to draw on its "
     "reserves in order to meet the expenditure of the Administrative Part in the first months of the "
     "year."),
    ("para", "14", "The Standing Committee urged all Member States with outstanding contributions to pay "
     "them in full or to agree on a payment plan, and requested the Administration to continue its "
     "bilateral contacts with the Member States concerned. It recommended that the Executive Committee "
     "take note of the status report."),

    ("heading", "REVISION OF THE PROGRAMME AND BUDGET FOR 2008"),
    ("para", "15", "The Administration introduced document MC/EX/687, which updated the Programme and "
     "Budget for 2008 (MC/2230). The Administrative Part remained unchanged at CHF 38,045,000, whereas "
     "the Operational Part rose from USD 637.2 million to USD 912.4 million as a result of new "
     "activities funded by donors since the original document was approved."),
    ("para", "16", "The increase in the Operational Part of the Budget reflected in particular:"),
    ("bullet", "return and reintegration programmes in the Sudan and in Iraq and its neighbouring "
     "countries;"),
    ("bullet", "expanded resettlement processing activities, notably for refugees departing from Nepal "
     "and Thailand; and"),
    ("bullet", "new labour migration and counter-trafficking projects in Asia and in West Africa."),
    ("para", "17", "Several delegations noted with concern the widening gap between the growth in "
     "operations and the level of the Administrative Part of the Budget, and recalled that the IOM "
     "Strategy adopted by the Council through Resolution No. 1150 of 7 June 2007 called for an adequate "
     "core structure. The Administration replied that it would submit proposals on the matter in the "
     "context of the Programme and Budget for 2009."),
    ("para", "18", "The Standing Committee recommended that the Executive Committee approve the revised "
     "Programme and Budget for 2008 as set out in document MC/EX/687."),

    ("heading", "SUPPORT FOR DEVELOPING MEMBER STATES AND MEMBER STATES WITH ECONOMY IN TRANSITION "
     "(1035 FACILITY)"),
    ("para", "19", "The Administration reported on the use of the Facility established pursuant to "
     "Council Resolution No. 1035 (LXXX) of 29 November 2000, as described in document SCPF/15. In 2007 "
     "the Facility had funded 41 projects for a total of USD 2.9 million, distributed as shown below."),
    ("table", "t2"),
    ("para", "20", "The Administration recalled the criteria applied in 2007:"),
    ("item", 1, "(a)", "only Member States eligible for assistance under the World Bank classification "
     "of low-income and lower-middle-income economies, and Member States with economy in transition, "
     "may submit proposals;"),
    ("item", 1, "(b)", "projects are funded under two lines:{5}"),
    ("item", 2, "(i)", "Line 1, for national and regional projects, with a ceiling of USD 100,000 for a "
     "national project and USD 200,000 for a regional one; and"),
    ("item", 2, "(ii)", "Line 2, for the continuation of successful Line 1 projects, with a ceiling of "
     "USD 200,000 over two years; and"),
    ("item", 1, "(c)", "priority is given to capacity-building projects that are not eligible for "
     "funding from other sources."),
    ("para", "21", "Delegations of developing Member States expressed appreciation for the Facility, "
     "which they described as one of the most tangible benefits of membership, and several called for "
     "its resources to be increased. A number of donor delegations asked that future reports include "
     "an evaluation of the results achieved by completed projects."),
    ("para", "22", "The Standing Committee took note of the report and recommended that the Executive "
     "Committee encourage the Administration to include an evaluation component in the next report on "
     "the Facility."),

    ("heading", "ASSESSMENT SCALE FOR 2009"),
    ("para", "23", "The Administration presented the proposed scale of assessment for 2009 (SCPF/18), "
     "which had been derived from the United Nations scale of assessment{6} and adjusted to the "
     "membership of the Organization, and which incorporated the Member States admitted at the "
     "Ninety-fourth Session of the Council in November 2007."),
    ("para", "24", "The minimum rate of assessment would remain at 0.0350 per cent. One delegation "
     "regretted that its rate of assessment had increased substantially and asked for an explanation "
     "in writing, which the Administration agreed to provide."),
    ("para", "25", "The Standing Committee recommended that the Executive Committee:"),
    ("item", 1, "(a)", "approve the scale of assessment for 2009 as set out in document SCPF/18; and"),
    ("item", 1, "(b)", "recommend it to the Council for adoption at its Ninety-sixth Session."),

    ("heading", "HUMAN RESOURCES AND STAFF SECURITY"),
    ("subheading", "A.", "Staff Security Mechanism"),
    ("para", "26", "The Administration reported (SCPF/13) that the Staff Security Mechanism had financed "
     "IOM's share of the costs of the United Nations security management system, amounting to "
     "USD 4.1 million in 2007, as well as security equipment and training for staff in high-risk "
     "locations. Delegations emphasized the importance of adequate security arrangements for staff in "
     "the field."),
    ("subheading", "B.", "Human resources report"),
    ("para", "27", "As at 31 December 2007 the Organization employed 6,391 staff, comprising 780 "
     "officials and 5,611 employees, of whom 92 per cent were assigned to field offices. The "
     "Administration outlined the measures taken to improve the gender balance among officials, where "
     "women now held 39 per cent of posts."),
    ("para", "28", "The Standing Committee took note of the two reports."),

    ("heading", "OTHER BUSINESS"),
    ("para", "29", "The Chairperson informed the Standing Committee that the informal consultations on "
     "the review of the budget structure would resume in September 2008. The Standing Committee agreed "
     "that its Third Session would be held in Geneva in November 2008, on dates to be set by the "
     "Bureau."),

    ("heading", "CLOSURE OF THE SESSION"),
    ("para", "30", "The Chairperson declared the Second Session of the Standing Committee on Programmes "
     "and Finance closed on 7 May 2008 at 5.40 p.m."),
]

TABLES = {
    "t1": {
        "caption": "Outstanding contributions to the Administrative Part of the Budget (in Swiss francs)",
        "cols": [(LM + IND, "L", 78.0), (150.0, "R", 0), (187.0, "R", 0)],
        "head": [["", "As at", "As at"], ["", "31 December 2007", "30 April 2008"]],
        "rows": [
            ["Member States with approved payment plans", "2,914,366", "2,766,102"],
            ["Other arrears (2007 and prior years)", "3,729,628", "1,361,731"],
            ["2008 assessed contributions not yet received", "-", "15,472,960"],
        ],
        "total": ["Total", "6,643,994", "19,600,793"],
    },
    "t2": {
        "caption": "1035 Facility: projects funded in 2007, by region (in US dollars)",
        "cols": [(LM + IND, "L", 70.0), (138.0, "R", 0), (180.0, "R", 0)],
        "head": [["Region", "Number of", "Amount"], ["", "projects", "allocated"]],
        "rows": [
            ["Africa", "14", "1,050,000"],
            ["Asia and the Pacific", "9", "640,000"],
            ["Europe and Central Asia", "7", "455,000"],
            ["Latin America and the Caribbean", "8", "560,000"],
            ["Middle East", "3", "195,000"],
        ],
        "total": ["Total", "41", "2,900,000"],
    },
}


# ---------------------------------------------------------------- engine
class Doc(FPDF):
    def __init__(self):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_auto_page_break(False)
        self.add_font("djs", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
        self.add_font("djserif", "", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
        self.page_label = 0
        self.y_pos = TOP
        self.pending_fn = []       # footnote keys on current page

    # -- words
    def tokens(self, text):
        """Split text into words; each word is a list of (string, is_sup)."""
        out = []
        for w in text.split():
            parts = []
            for piece in re.split(r"(\{\d+\})", w):
                if not piece:
                    continue
                m = re.fullmatch(r"\{(\d+)\}", piece)
                parts.append((m.group(1), True) if m else (piece, False))
            out.append(parts)
        return out

    def wwidth(self, word, size):
        wd = 0.0
        for s, sup in word:
            self.set_font("Times", "", size * 0.62 if sup else size)
            wd += self.get_string_width(s)
        return wd

    def wrap(self, words, widths, size):
        """widths: function(line_index)->available width. Returns list of lists of words."""
        self.set_font("Times", "", size)
        space = self.get_string_width(" ")
        lines, cur, curw = [], [], 0.0
        for w in words:
            ww = self.wwidth(w, size)
            avail = widths(len(lines))
            if cur and curw + space + ww > avail:
                lines.append(cur)
                cur, curw = [w], ww
            else:
                curw = curw + space + ww if cur else ww
                cur.append(w)
        if cur:
            lines.append(cur)
        return lines

    def draw_line(self, words, x, baseline, avail, size, justify, style=""):
        self.set_font("Times", style, size)
        space = self.get_string_width(" ")
        natural = sum(self.wwidth(w, size) for w in words) + space * (len(words) - 1)
        gap = space
        if justify and len(words) > 1:
            gap = space + (avail - natural) / (len(words) - 1)
        cx = x
        fns = []
        for w in words:
            for s, sup in w:
                if sup:
                    self.set_font("Times", "", size * 0.62)
                    self.text(cx, baseline - size * 0.13, s)
                    fns.append(s)
                else:
                    self.set_font("Times", style, size)
                    self.text(cx, baseline, s)
                cx += self.get_string_width(s)
            cx += gap
        return fns

    # -- footnotes
    def fn_lines(self, key):
        words = self.tokens(FOOTNOTES[key])
        return self.wrap(words, lambda i: TW - 5, FN_FS)

    def fn_height(self, keys):
        if not keys:
            return 0.0
        return 6.0 + sum(len(self.fn_lines(k)) * FN_LH + 0.8 for k in keys)

    def flush_footnotes(self):
        keys = self.pending_fn
        if not keys:
            return
        h = self.fn_height(keys)
        y = BOTTOM - h + 2.0
        self.set_line_width(0.2)
        self.line(LM, y, LM + 45, y)
        y += 4.0
        for k in keys:
            lines = self.fn_lines(k)
            self.set_font("Times", "", FN_FS * 0.62)
            self.text(LM, y + 2.9 - FN_FS * 0.13, k)
            for i, ln in enumerate(lines):
                self.draw_line(ln, LM + 5, y + 2.9, TW - 5, FN_FS, i < len(lines) - 1)
                y += FN_LH
            y += 0.8
        self.pending_fn = []

    # -- pages
    def new_page(self):
        self.flush_footnotes()
        self.add_page()
        self.page_label += 1
        self.set_font("Times", "", FS)
        for i, s in enumerate([SYMBOL, "Page %d" % self.page_label]):
            self.text(RM - self.get_string_width(s), 14 + i * 5, s)
        self.y_pos = TOP

    def room(self, extra_fn=()):
        return BOTTOM - self.fn_height(self.pending_fn + list(extra_fn)) - self.y_pos

    # -- flowing text
    def flow(self, text, x_first, x_rest, w_first, w_rest, label=None, label_x=None, style=""):
        words = self.tokens(text)
        lines = self.wrap(words, lambda i: w_first if i == 0 else w_rest, FS)
        for i, ln in enumerate(lines):
            new_fn = [s for w in ln for s, sup in w if sup]
            if self.room(new_fn) < LH:
                self.new_page()
            base = self.y_pos + 4.0
            if i == 0 and label:
                self.set_font("Times", style, FS)
                self.text(label_x, base, label)
            x = x_first if i == 0 else x_rest
            wdt = w_first if i == 0 else w_rest
            self.draw_line(ln, x, base, wdt, FS, i < len(lines) - 1, style)
            self.pending_fn.extend(new_fn)
            self.y_pos += LH
        self.y_pos += PARA_GAP

    def heading(self, text):
        lines = self.wrap(self.tokens(text), lambda i: TW, FS)
        need = len(lines) * LH + 2 + 3 * LH
        if self.room() < need:
            self.new_page()
        self.y_pos += 2.0
        for ln in lines:
            self.draw_line(ln, LM, self.y_pos + 4.0, TW, FS, False, "B")
            self.y_pos += LH
        self.y_pos += PARA_GAP

    def subheading(self, label, text):
        if self.room() < 4 * LH:
            self.new_page()
        self.set_font("Times", "BI", FS)
        self.text(LM, self.y_pos + 4.0, label)
        self.text(LM + IND, self.y_pos + 4.0, text)
        self.y_pos += LH + PARA_GAP

    def table(self, key):
        t = TABLES[key]
        nrows = len(t["head"]) + len(t["rows"]) + 1
        need = LH + 2 + nrows * LH + 6
        if self.room() < need:
            self.new_page()
        self.set_font("Times", "B", FS)
        cap = t["caption"]
        self.text(LM + IND, self.y_pos + 4.0, cap)
        self.y_pos += LH + 1.5
        self.set_line_width(0.2)
        self.line(LM + IND, self.y_pos, RM - 2, self.y_pos)
        self.y_pos += 0.6

        def row(cells, style):
            self.set_font("Times", style, FS - 0.5)
            for (x, al, _), c in zip(t["cols"], cells):
                if not c:
                    continue
                if al == "L":
                    self.text(x, self.y_pos + 4.0, c)
                else:
                    self.text(x - self.get_string_width(c), self.y_pos + 4.0, c)
            self.y_pos += LH

        for h in t["head"]:
            row(h, "B")
        self.line(LM + IND, self.y_pos + 0.6, RM - 2, self.y_pos + 0.6)
        self.y_pos += 1.2
        for r in t["rows"]:
            row(r, "")
        self.line(LM + IND, self.y_pos + 0.6, RM - 2, self.y_pos + 0.6)
        self.y_pos += 1.2
        row(t["total"], "B")
        self.line(LM + IND, self.y_pos + 0.6, RM - 2, self.y_pos + 0.6)
        self.y_pos += 1.2 + PARA_GAP + 1.0

    # -- cover
    def cover(self):
        self.add_page()
        self.set_font("Times", "B", 12)
        # IOM symbol block (left)
        self.set_line_width(0.5)
        self.ellipse(LM, 14, 16, 16)
        self.set_font("Times", "B", 9)
        self.text(LM + 3.4, 23.4, "IOM")
        self.set_font("Times", "", 7)
        self.text(LM + 19, 20.0, "INTERNATIONAL ORGANIZATION FOR MIGRATION")
        self.text(LM + 19, 24.0, "ORGANISATION INTERNATIONALE POUR LES MIGRATIONS")
        self.text(LM + 19, 28.0, "ORGANIZACI\u00d3N INTERNACIONAL PARA LAS MIGRACIONES")
        # symbol block (right)
        self.set_font("Times", "B", 12)
        self.text(RM - self.get_string_width(SYMBOL), 42, SYMBOL)
        self.set_font("Times", "", 11)
        for i, s in enumerate(["Original: ENGLISH", "21 May 2008"]):
            self.text(RM - self.get_string_width(s), 50 + i * 5.5, s)
        # session line
        self.set_font("Times", "B", 12)
        s = "HUNDRED AND FIFTH SESSION"
        self.text(105 - self.get_string_width(s) / 2, 84, s)
        self.set_line_width(0.4)
        self.line(LM, 92, RM, 92)
        # title
        self.set_font("Times", "B", 13)
        for i, s in enumerate([TITLE1, TITLE2]):
            self.text(105 - self.get_string_width(s) / 2, 122 + i * 7, s)
        self.set_font("Times", "", 12)
        for s, y in [("Geneva", 148), ("6-7 May 2008", 155)]:
            self.text(105 - self.get_string_width(s) / 2, y, s)
        s = "Rapporteur: Mr. J. Ferreira Santos (Portugal)"
        self.text(105 - self.get_string_width(s) / 2, 172, s)
        # trilingual organ footer
        self.set_line_width(0.4)
        self.line(LM, 268, RM, 268)
        self.set_font("Times", "B", 11)
        for s, x in [("EXECUTIVE COMMITTEE", LM), ("COMIT\u00c9 EX\u00c9CUTIF", None),
                     ("COMIT\u00c9 EJECUTIVO", "R")]:
            w = self.get_string_width(s)
            if x is None:
                x = 105 - w / 2
            elif x == "R":
                x = RM - w
            self.text(x, 275, s)


def build():
    pdf = Doc()
    pdf.set_title("MC/EX/689 - Report of the Standing Committee on Programmes and Finance on the Second Session")
    pdf.cover()
    pdf.new_page()
    # running title on the first text page
    pdf.set_font("Times", "B", FS)
    for s in [TITLE1, TITLE2]:
        pdf.text(105 - pdf.get_string_width(s) / 2, pdf.y_pos + 4, s)
        pdf.y_pos += LH
    pdf.y_pos += 5.0

    for blk in BODY:
        kind = blk[0]
        if kind == "heading":
            pdf.heading(blk[1])
        elif kind == "subheading":
            pdf.subheading(blk[1], blk[2])
        elif kind == "para":
            pdf.flow(blk[2], LM + IND, LM, TW - IND, TW, label=blk[1] + ".", label_x=LM)
        elif kind == "item":
            lvl, lab, txt = blk[1], blk[2], blk[3]
            lx = LM + IND * lvl
            tx = lx + 10.0
            pdf.y_pos -= PARA_GAP * 0.45
            pdf.flow(txt, tx, tx, RM - tx, RM - tx, label=lab, label_x=lx)
        elif kind == "bullet":
            lx = LM + IND
            tx = lx + 6.0
            pdf.y_pos -= PARA_GAP * 0.45
            words = blk[1]
            # bullet glyph drawn in DejaVu (not in the core Times encoding)
            before = pdf.y_pos
            if pdf.room() < LH:
                pdf.new_page()
                before = pdf.y_pos
            pdf.set_font("djs", "", FS - 1)
            pdf.text(lx, before + 4.0, "\u2022")
            pdf.flow(words, tx, tx, RM - tx, RM - tx)
        elif kind == "table":
            pdf.table(blk[1])
    pdf.flush_footnotes()
    pdf.output(OUT)
    return pdf.page


if __name__ == "__main__":
    n = build()
    print("pages:", n)
