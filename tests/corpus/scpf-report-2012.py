#!/usr/bin/env python
"""Draw scpf-report-2012.pdf (S/11/22, report on the Eleventh Session of the SCPF) with fpdf2."""
import os
import re
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "scpf-report-2012.pdf")

SYMBOL = "S/11/22"
FONT = "Times"
SIZE = 11
LH = 4.7            # body line height (mm)
FN_SIZE = 9
FN_LH = 4.0
LEFT = 25.0
RIGHT = 185.0
WIDTH = RIGHT - LEFT
INDENT = 12.5       # tab after paragraph number
ITEM_LABEL = LEFT + 12.5
ITEM_TEXT = LEFT + 25.0
TOP = 31.0
BOTTOM = 280.0

# ---------------------------------------------------------------- content
FOOTNOTES = {
    "1": "The list of participants is contained in document S/11/21.",
    "2": "The methodology for budgeting Operational Support Income was approved by the Executive "
         "Committee on the basis of document MC/EX/705.",
}

MEMBERS = (
    "Afghanistan, Algeria, Angola, Argentina, Armenia, Australia, Austria, Azerbaijan, Bangladesh, "
    "Belgium, Bolivia (Plurinational State of), Brazil, Bulgaria, Burkina Faso, Canada, Chile, Colombia, "
    "Costa Rica, Côte d'Ivoire, Croatia, Cyprus, Czech Republic, Denmark, Dominican Republic, Ecuador, "
    "Egypt, El Salvador, Estonia, Ethiopia, Finland, France, Germany, Ghana, Greece, Guatemala, Haiti, "
    "Holy See, Honduras, Hungary, India, Iran (Islamic Republic of), Ireland, Israel, Italy, Japan, Kenya, "
    "Latvia, Lithuania, Luxembourg, Madagascar, Mexico, Morocco, Netherlands, New Zealand, Nigeria, "
    "Norway, Pakistan, Panama, Peru, Philippines, Poland, Portugal, Republic of Korea, Romania, Senegal, "
    "Serbia, Slovakia, Slovenia, South Africa, Spain, Sri Lanka, Sudan, Sweden, Switzerland, Thailand, "
    "Tunisia, Turkey, Uganda, Ukraine, United Kingdom, United States of America, Uruguay, Venezuela "
    "(Bolivarian Republic of), Viet Nam, Yemen and Zimbabwe."
)

BODY = [
    ("h", "INTRODUCTION", "INTRODUCTION"),
    ("p", "1", "The Standing Committee on Programmes and Finance held its Eleventh Session at the Centre "
     "International de Conférences Genève on Tuesday, 30 and Wednesday, 31 October 2012. Four meetings "
     "were held, all of them chaired by Mr R. Vélez Ortega (Colombia), Chairperson of the Standing "
     "Committee for 2012."),
    ("h", "ATTENDANCE", "ATTENDANCE"),
    ("p", "2", "The following Member States were represented:{1} " + MEMBERS),
    ("p", "3", "Indonesia, Qatar and the Sovereign Order of Malta were represented by observers."),
    ("h", "OPENING OF THE SESSION AND ADOPTION OF THE AGENDA (Agenda items 1 and 2)",
     "OPENING OF THE SESSION AND ADOPTION OF THE AGENDA"),
    ("p", "4", "The Chairperson opened the session at 10.15 a.m. on 30 October 2012 and welcomed the "
     "delegations, in particular those of the States that had become Members of the Organization since "
     "the Tenth Session."),
    ("p", "5", "The Standing Committee adopted the provisional agenda set out in document S/11/1, on the "
     "understanding that the item on the IOM Migration Crisis Operational Framework would be taken "
     "before the report on human resources management. The agenda as adopted was subsequently issued "
     "as document S/11/1/Rev.1."),
    ("h", "STATEMENT BY THE DIRECTOR GENERAL (Agenda item 3)", "STATEMENT BY THE DIRECTOR GENERAL"),
    ("p", "6", "The Director General reviewed the activities of the Organization since the Tenth Session. "
     "Emergency operations had again absorbed a large share of its capacity, notably the response to "
     "the crisis in the Syrian Arab Republic and neighbouring countries and to the displacement of "
     "populations in the Sahel. In the months ahead the Administration would give priority to:"),
    ("i", "(a)", "consolidating the structural reform of the field, including the regional offices, within "
     "the resources available under the Administrative Part of the Budget;"),
    ("i", "(b)", "strengthening the preparedness and response capacity of the Organization in line with "
     "the Migration Crisis Operational Framework;"),
    ("i", "(c)", "broadening the funding base of the core structure, in particular through Operational "
     "Support Income and unearmarked contributions; and"),
    ("i", "(d)", "preparing, together with Member States, for the High-level Dialogue on International "
     "Migration and Development to be held by the United Nations General Assembly in 2013."),
    ("p", "7", "Delegations thanked the Director General for his statement. Several welcomed the rapid "
     "deployment of staff to emergency operations, but cautioned that the growth in operations was "
     "placing a strain on a core structure whose funding had not increased in real terms for many "
     "years. One delegation, speaking on behalf of a regional group, asked the Administration to "
     "present a costed plan for the regional offices at the next session."),
    ("p", "9", "The Standing Committee took note of the statement by the Director General."),
    ("h", "STATUS REPORT ON OUTSTANDING CONTRIBUTIONS TO THE ADMINISTRATIVE PART OF THE BUDGET "
     "(Agenda item 4)",
     "STATUS REPORT ON OUTSTANDING CONTRIBUTIONS TO THE ADMINISTRATIVE PART OF THE BUDGET"),
    ("p", "10", "The Administration introduced document S/11/4, which gave the position as at "
     "30 September 2012. Compared with the same date in the previous year, the figures were as follows:"),
    ("t", "(in Swiss francs)",
     ["", "As at", "As at"],
     ["", "30 September 2011", "30 September 2012"],
     [("Assessed contributions for the year", "38,976,000", "39,387,000"),
      ("Contributions received for the year", "30,402,530", "31,215,640"),
      ("Outstanding for the year", "8,573,470", "8,171,360"),
      ("Arrears from previous years", "5,310,442", "4,926,118"),
      ("Total outstanding", "13,883,912", "13,097,478")]),
    ("p", "11", "Since 30 September 2012, four Member States had paid their contributions for 2012 in "
     "full, which brought the amount outstanding for the year down to CHF 6,940,212. Eleven Member "
     "States were subject to Article 4 of the Constitution; three of them had concluded payment plans "
     "with the Administration in accordance with Council Resolution No. 1077 of 4 December 2002."),
    ("p", "12", "Delegations expressed concern at the level of arrears, which weighed on the cash position "
     "of the Administrative Part of the Budget. Two of the Member States with payment plans reported "
     "that they were making their instalments as agreed, and the Administration was asked to continue "
     "its contacts with the other Member States concerned."),
    ("p", "13", "The Standing Committee took note of document S/11/4 and urged Member States in arrears "
     "either to pay their contributions in full or to agree on a payment plan with the Administration "
     "and to respect its terms."),
    ("h", "REVISION OF THE PROGRAMME AND BUDGET FOR 2012 (Agenda item 5)",
     "REVISION OF THE PROGRAMME AND BUDGET FOR 2012"),
    ("p", "14", "The Administration presented document S/11/6. The Administrative Part of the Budget "
     "remained unchanged at CHF 39,387,000. The Operational Part of the Budget had risen from "
     "USD 673.5 million, as set out in document MC/2324, to USD 1,147.8 million, reflecting new "
     "activities and funding confirmed since the budget was approved. Operational Support Income was "
     "now estimated at USD 54.2 million."),
    ("p", "15", "Delegations welcomed the growth of the Operational Part but noted that much of the "
     "increase related to a small number of emergency programmes. They asked whether Operational Support "
     "Income would suffice to cover the cost of the structure supporting those programmes."),
    ("p", "16", "The Standing Committee took note of the Revision of the Programme and Budget for 2012 "
     "(S/11/6)."),
    ("h", "PROGRAMME AND BUDGET FOR 2013 (Agenda item 6)", "PROGRAMME AND BUDGET FOR 2013"),
    ("p", "17", "Introducing document MC/2352, the Administration explained that the Administrative Part "
     "of the Budget for 2013 was again presented at zero nominal growth, at CHF 39,387,000. The "
     "Operational Part was estimated at USD 702.6 million, and Operational Support Income at "
     "USD 56.5 million.{2}"),
    ("p", "19", "Several delegations said that zero nominal growth could not be maintained indefinitely "
     "without weakening the core structure. Others, while recognizing the pressure on the "
     "Administration, stated that their governments were not in a position to accept an increase in "
     "assessed contributions for 2013."),
    ("p", "20", "One delegation asked that the final version of the budget document reflect the scale of "
     "assessment for 2013. The Administration confirmed that the figures would be aligned with the "
     "scale set out in document S/11/3, and that a paper on the options for funding the core structure "
     "would be prepared for informal consultations in the first half of 2013."),
    ("p", "21", "After discussion, the Standing Committee:"),
    ("i", "(a)", "took note of the Programme and Budget for 2013 (MC/2352);"),
    ("i", "(b)", "recommended that the Council approve the Administrative Part of the Budget for 2013 in the "
     "amount of CHF 39,387,000 and the Operational Part in the estimated amount of USD 702.6 million; "
     "and"),
    ("i", "(c)", "requested the Administration to present an update on the level of Operational Support "
     "Income at the Twelfth Session."),
    ("h", "IOM MIGRATION CRISIS OPERATIONAL FRAMEWORK (Agenda item 7)",
     "IOM MIGRATION CRISIS OPERATIONAL FRAMEWORK"),
    ("p", "22", "The Administration presented the draft IOM Migration Crisis Operational Framework "
     "(MC/2355), which had been revised in the light of the informal consultations held with Member "
     "States in September 2012. The Framework set out fifteen sectors of assistance and was intended "
     "to improve and systematize the way in which the Organization supported its Member States before, "
     "during and after a migration crisis."),
    ("p", "23", "Delegations broadly supported the Framework. Several emphasized that it should be applied "
     "in full respect of the sovereignty of States and of existing mandates, in particular within the "
     "inter-agency cluster system. Others asked how the Framework would be financed and how the "
     "Administration would report on its implementation."),
    ("p", "24", "The Administration replied that the Framework did not create a new mandate. Its "
     "implementation would be funded through existing mechanisms, including the Migration Emergency "
     "Funding Mechanism established by Council Resolution No. 1229 of 5 December 2011, and progress "
     "would be reported in the annual report of the Director General."),
    ("p", "25", "The Standing Committee recommended that the Council endorse the IOM Migration Crisis "
     "Operational Framework at its 101st Session."),
    ("h", "REPORT ON HUMAN RESOURCES MANAGEMENT (Agenda item 8)", "REPORT ON HUMAN RESOURCES MANAGEMENT"),
    ("p", "26", "The Administration introduced document S/11/8, which described the staffing of the "
     "Organization as at 30 June 2012. The number of officials had risen to 1,104 and that of employees "
     "to 7,306; more than 95 per cent of staff members were based in the field. Women accounted for "
     "44 per cent of officials, and for 41 per cent of officials at grade P-5 and above."),
    ("p", "27", "Delegations welcomed the progress made on gender balance but noted that the geographical "
     "distribution of officials remained uneven. The Administration was encouraged to widen the "
     "circulation of vacancy notices among nationals of under-represented Member States."),
    ("p", "28", "The Standing Committee took note of document S/11/8."),
    ("h", "STATEMENT BY A REPRESENTATIVE OF THE STAFF ASSOCIATION (Agenda item 9)",
     "STATEMENT BY A REPRESENTATIVE OF THE STAFF ASSOCIATION"),
    ("p", "29", "The Chairperson of the Staff Association Committee described the concerns of staff at the "
     "high proportion of short-term contracts and at the security conditions faced by colleagues in "
     "several field locations. He thanked the Administration for its cooperation in the review of the "
     "Staff Regulations."),
    ("p", "30", "The Standing Committee took note of the statement by the representative of the Staff "
     "Association."),
    ("h", "OTHER BUSINESS (Agenda item 10)", "OTHER BUSINESS"),
    ("p", "31", "The Chairperson informed the Standing Committee that the informal consultations on the "
     "IOM Strategy, held pursuant to Council Resolution No. 1150 of 7 June 2007, would resume in "
     "January 2013. No other business was raised."),
    ("h", "CLOSURE OF THE SESSION", "CLOSURE OF THE SESSION"),
    ("p", "32", "The Chairperson declared the Eleventh Session of the Standing Committee on Programmes and "
     "Finance closed at 5.35 p.m. on Wednesday, 31 October 2012."),
]


# ---------------------------------------------------------------- engine
class Report(FPDF):
    pass


def tokens_of(text):
    """Split text into (word, marker) tokens; a marker is written {n} glued to the word."""
    out = []
    for raw in text.split(" "):
        if not raw:
            continue
        m = re.match(r"^(.*?)\{(\w+)\}$", raw)
        if m:
            out.append((m.group(1), m.group(2)))
        else:
            out.append((raw, None))
    return out


class Layout:
    def __init__(self, pdf, toc_pages=None):
        self.pdf = pdf
        self.y = None
        self.page_fns = []
        self.heading_pages = {}
        self.body_started = False

    # widths
    def w_word(self, tok, style=""):
        pdf = self.pdf
        pdf.set_font(FONT, style, SIZE)
        w = pdf.get_string_width(tok[0])
        if tok[1]:
            pdf.set_font(FONT, "", 7)
            w += pdf.get_string_width(tok[1])
            pdf.set_font(FONT, style, SIZE)
        return w

    def wrap(self, toks, first_w, other_w, style=""):
        self.pdf.set_font(FONT, style, SIZE)
        sp = self.pdf.get_string_width(" ")
        lines, cur, cur_w = [], [], 0.0
        avail = first_w
        for t in toks:
            w = self.w_word(t, style)
            need = w if not cur else cur_w + sp + w
            if cur and need > avail:
                lines.append(cur)
                cur, cur_w = [t], w
                avail = other_w
            else:
                cur.append(t)
                cur_w = need
        if cur:
            lines.append(cur)
        return lines

    # footnotes
    def fn_lines(self, marker):
        pdf = self.pdf
        pdf.set_font(FONT, "", FN_SIZE)
        words = FOOTNOTES[marker].split(" ")
        lines, cur = [], ""
        first_w = WIDTH - 4
        avail = first_w
        for wd in words:
            cand = wd if not cur else cur + " " + wd
            if cur and pdf.get_string_width(cand) > avail:
                lines.append(cur)
                cur = wd
                avail = WIDTH
            else:
                cur = cand
        if cur:
            lines.append(cur)
        return lines

    def fn_height(self, fns):
        if not fns:
            return 0.0
        h = 6.0
        for m in fns:
            h += len(self.fn_lines(m)) * FN_LH + 1.0
        return h

    def limit(self, fns):
        return BOTTOM - self.fn_height(fns)

    def draw_footnotes(self):
        if not self.page_fns:
            return
        pdf = self.pdf
        top = BOTTOM - self.fn_height(self.page_fns) + 2.0
        pdf.set_line_width(0.2)
        pdf.line(LEFT, top, LEFT + 50, top)
        y = top + 3.0
        for m in self.page_fns:
            for k, line in enumerate(self.fn_lines(m)):
                base = y + 3.0
                if k == 0:
                    pdf.set_font(FONT, "", 6)
                    pdf.text(LEFT, base - 1.4, m)
                    pdf.set_font(FONT, "", FN_SIZE)
                    pdf.text(LEFT + 2.5, base, line)
                else:
                    pdf.set_font(FONT, "", FN_SIZE)
                    pdf.text(LEFT, base, line)
                y += FN_LH
            y += 1.0

    # pages
    def header(self, label):
        pdf = self.pdf
        pdf.set_font(FONT, "", SIZE)
        for i, s in enumerate([SYMBOL, "Page " + label]):
            w = pdf.get_string_width(s)
            pdf.text(RIGHT - w, 14 + i * 5, s)

    def new_page(self):
        self.draw_footnotes()
        self.page_fns = []
        self.pdf.add_page()
        self.header(str(self.pdf.page_no() - 2))
        self.y = TOP

    def ensure(self, h, fns=()):
        new_fns = self.page_fns + [f for f in fns if f not in self.page_fns]
        if self.y + h > self.limit(new_fns):
            self.new_page()

    def gap(self, h):
        self.y += h

    def draw_tokens(self, toks, x, width, justify, style=""):
        pdf = self.pdf
        fns = [t[1] for t in toks if t[1]]
        self.ensure(LH, fns)
        for f in fns:
            if f not in self.page_fns:
                self.page_fns.append(f)
        pdf.set_font(FONT, style, SIZE)
        sp = pdf.get_string_width(" ")
        widths = [self.w_word(t, style) for t in toks]
        if justify and len(toks) > 1:
            g = (width - sum(widths)) / (len(toks) - 1)
            g = min(g, sp * 2.2)
        else:
            g = sp
        base = self.y + 3.8
        cx = x
        for t, w in zip(toks, widths):
            pdf.set_font(FONT, style, SIZE)
            pdf.text(cx, base, t[0])
            if t[1]:
                ww = pdf.get_string_width(t[0])
                pdf.set_font(FONT, "", 7)
                pdf.text(cx + ww + 0.2, base - 1.9, t[1])
            cx += w + g
        self.y += LH

    # blocks
    def heading(self, text, key):
        toks = tokens_of(text)
        lines = self.wrap(toks, WIDTH, WIDTH, "B")
        if self.body_started:
            self.gap(LH)
        self.ensure(LH * (len(lines) + 3))
        self.heading_pages[key] = self.pdf.page_no() - 2
        for ln in lines:
            self.draw_tokens(ln, LEFT, WIDTH, False, "B")
        self.gap(LH)
        self.body_started = True

    def para(self, num, text):
        toks = tokens_of(text)
        lines = self.wrap(toks, WIDTH - INDENT, WIDTH)
        # keep at least two lines together at a page foot
        self.ensure(LH * min(2, len(lines)))
        pdf = self.pdf
        pdf.set_font(FONT, "", SIZE)
        pdf.text(LEFT, self.y + 3.8, num + ".")
        for k, ln in enumerate(lines):
            last = k == len(lines) - 1
            if k == 0:
                self.draw_tokens(ln, LEFT + INDENT, WIDTH - INDENT, not last)
            else:
                self.draw_tokens(ln, LEFT, WIDTH, not last)
        self.gap(LH)

    def item(self, label, text):
        toks = tokens_of(text)
        w = RIGHT - ITEM_TEXT
        lines = self.wrap(toks, w, w)
        self.ensure(LH * min(2, len(lines)))
        pdf = self.pdf
        pdf.set_font(FONT, "", SIZE)
        pdf.text(ITEM_LABEL, self.y + 3.8, label)
        for k, ln in enumerate(lines):
            self.draw_tokens(ln, ITEM_TEXT, w, k < len(lines) - 1)
        self.gap(LH)

    def table(self, caption, head1, head2, rows):
        pdf = self.pdf
        need = LH * (len(rows) + 5)
        self.ensure(need)
        col_r = [None, 140.0, 178.0]   # right edges of the figure columns
        pdf.set_font(FONT, "I", SIZE)
        cw = pdf.get_string_width(caption)
        pdf.text(RIGHT - cw - 7, self.y + 3.8, caption)
        self.y += LH * 1.4
        pdf.set_line_width(0.2)
        pdf.line(LEFT + 8, self.y, RIGHT - 2, self.y)
        self.y += 1.2
        for hl in (head1, head2):
            pdf.set_font(FONT, "B", SIZE)
            for c in (1, 2):
                w = pdf.get_string_width(hl[c])
                pdf.text(col_r[c] - w, self.y + 3.8, hl[c])
            self.y += LH
        self.y += 0.6
        pdf.line(LEFT + 8, self.y, RIGHT - 2, self.y)
        self.y += 1.2
        for i, r in enumerate(rows):
            total = r[0].startswith("Total")
            if total:
                pdf.line(105.0, self.y + 0.3, RIGHT - 2, self.y + 0.3)
                self.y += 1.0
            style = "B" if total else ""
            pdf.set_font(FONT, style, SIZE)
            pdf.text(LEFT + 8, self.y + 3.8, r[0])
            for c in (1, 2):
                w = pdf.get_string_width(r[c])
                pdf.text(col_r[c] - w, self.y + 3.8, r[c])
            self.y += LH
        self.y += 0.6
        pdf.line(LEFT + 8, self.y, RIGHT - 2, self.y)
        self.y += LH

    def finish(self):
        self.draw_footnotes()


def centred(pdf, y, text, style="", size=SIZE):
    pdf.set_font(FONT, style, size)
    w = pdf.get_string_width(text)
    pdf.text((210 - w) / 2, y, text)


def right(pdf, y, text, style="", size=SIZE):
    pdf.set_font(FONT, style, size)
    w = pdf.get_string_width(text)
    pdf.text(RIGHT - w, y, text)


def cover(pdf):
    pdf.add_page()
    right(pdf, 20, SYMBOL, "B", 12)
    right(pdf, 32, "Original: ENGLISH")
    right(pdf, 37, "20 November 2012")
    pdf.set_font(FONT, "", SIZE)
    pdf.text(LEFT, 52, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE")
    pdf.text(LEFT, 57, "ELEVENTH SESSION")
    pdf.set_line_width(0.4)
    pdf.line(LEFT, 62, RIGHT, 62)
    centred(pdf, 105, "REPORT ON THE ELEVENTH SESSION OF THE", "B", 12)
    centred(pdf, 111, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE", "B", 12)
    centred(pdf, 128, "Geneva")
    centred(pdf, 134, "30-31 October 2012")
    centred(pdf, 152, "Rapporteur: Ms K. Lindqvist (Sweden)")
    pdf.set_font(FONT, "", SIZE)
    pdf.text(LEFT, 228, "__________")
    pdf.text(LEFT, 236, "This document is submitted to the Council at its 101st Session, to be held from 27 to")
    pdf.text(LEFT, 241, "30 November 2012.")
    pdf.set_line_width(0.2)
    pdf.line(LEFT, 262, RIGHT, 262)
    centred(pdf, 268, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE", "B", 8)
    centred(pdf, 272, "COMITÉ PERMANENT DES PROGRAMMES ET DES FINANCES", "B", 8)
    centred(pdf, 276, "COMITÉ PERMANENTE DE PROGRAMAS Y FINANZAS", "B", 8)


def contents(pdf, pages):
    pdf.add_page()
    pdf.set_font(FONT, "", SIZE)
    for i, s in enumerate([SYMBOL, "Page i"]):
        w = pdf.get_string_width(s)
        pdf.text(RIGHT - w, 14 + i * 5, s)
    centred(pdf, 45, "CONTENTS", "B", SIZE)
    right(pdf, 56, "Page")
    y = 66.0
    pdf.set_font(FONT, "", SIZE)
    maxw = 140.0
    dotw = pdf.get_string_width(".")
    for blk in BODY:
        if blk[0] != "h":
            continue
        title = blk[2]
        page = str(pages.get(title, "?"))
        # wrap title
        words, lines, cur = title.split(" "), [], ""
        for wd in words:
            cand = wd if not cur else cur + " " + wd
            if cur and pdf.get_string_width(cand) > maxw:
                lines.append(cur)
                cur = wd
            else:
                cur = cand
        lines.append(cur)
        for k, ln in enumerate(lines):
            x0 = LEFT if k == 0 else LEFT + 5
            pdf.text(x0, y, ln)
            if k == len(lines) - 1:
                pw = pdf.get_string_width(page)
                start = x0 + pdf.get_string_width(ln) + 2
                end = RIGHT - pw - 2
                n = max(3, int((end - start) / dotw))
                pdf.text(start, y, "." * n)
                pdf.text(RIGHT - pw, y, page)
            y += LH
        y += LH * 0.9


def build(pages):
    pdf = Report(orientation="P", unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_title("Report on the Eleventh Session of the Standing Committee on Programmes and Finance")
    pdf.set_author("International Organization for Migration")
    cover(pdf)
    contents(pdf, pages)
    lay = Layout(pdf)
    lay.new_page()
    num = 0
    for blk in BODY:
        if blk[0] == "h":
            lay.heading(blk[1], blk[2])
        elif blk[0] == "p":
            num += 1
            lay.para(str(num), blk[2])
        elif blk[0] == "i":
            lay.item(blk[1], blk[2])
        elif blk[0] == "t":
            lay.table(blk[1], blk[2], blk[3], blk[4])
    lay.finish()
    return pdf, lay.heading_pages


if __name__ == "__main__":
    _, pages = build({})
    pdf, pages2 = build(pages)
    assert pages == pages2
    pdf.output(OUT)
    print("pages:", pdf.page_no(), pages)
