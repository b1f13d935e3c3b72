# -*- coding: utf-8 -*-
"""Lays out an invented IOM document: report on the Twentieth Session of the
Standing Committee on Programmes and Finance (S/20/16, 2017), A4, reportlab canvas."""
import os
import re
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "scpf-report-2017b.pdf")

SYMBOL = "S/20/16"
PW, PH = A4
LM = 70.9
RM = PW - 70.9
TW = RM - LM
TOP = 752.0
BOTTOM = 62.0

BODY = ("Times-Roman", 11.0)
LEAD = 13.6
FN_SIZE = 9.0
FN_LEAD = 10.8
PARA_GAP = 11.0
ITEM_GAP = 5.0

ROMAN = {"roman": "Times-Roman", "italic": "Times-Italic", "bold": "Times-Bold",
         "bolditalic": "Times-BoldItalic"}


# ---------------------------------------------------------------- text model
def parse_words(text, base="roman", size=11.0):
    """Text markup: ^N = raised footnote marker glued to the preceding word,
    {i}..{/i} italic, ~ = allowed hyphenation point inside a word."""
    words = []
    style = base
    for raw in text.split():
        segs = []
        pos = 0
        for m in re.finditer(r"\{i\}|\{/i\}|\^(\d+)", raw):
            if m.start() > pos:
                segs.append((raw[pos:m.start()], style, False))
            if m.group(0) == "{i}":
                style = "italic" if base == "roman" else "bolditalic"
            elif m.group(0) == "{/i}":
                style = base
            else:
                segs.append((m.group(1), style, True))
            pos = m.end()
        if pos < len(raw):
            segs.append((raw[pos:], style, False))
        words.append(Word(segs, size))
    return words


class Word:
    def __init__(self, segs, size):
        self.segs = segs          # list of (text, style, is_marker)
        self.size = size

    def fns(self):
        return [int(t) for t, s, m in self.segs if m]

    def plain_segs(self):
        return [(t.replace("~", ""), s, m) for t, s, m in self.segs]

    def width(self, segs=None):
        w = 0.0
        for t, s, m in (segs if segs is not None else self.plain_segs()):
            sz = self.size * 0.62 if m else self.size
            w += stringWidth(t, ROMAN[s], sz)
        return w

    def split_options(self):
        """Possible (head_segs_with_hyphen, tail_word) splits at ~ points, longest first."""
        opts = []
        for i, (t, s, m) in enumerate(self.segs):
            if m or "~" not in t:
                continue
            parts = t.split("~")
            for k in range(len(parts) - 1, 0, -1):
                head = "".join(parts[:k]) + "-"
                tail = "~".join(parts[k:])
                hsegs = [(x.replace("~", ""), y, z) for x, y, z in self.segs[:i]] + [(head, s, False)]
                tw = Word([(tail, s, False)] + self.segs[i + 1:], self.size)
                opts.append((hsegs, tw))
        return opts


def break_lines(words, first_width, other_width):
    """Greedy line breaking with optional hyphenation. Returns list of lines;
    each line is a list of seg-lists."""
    lines = []
    cur = []
    curw = 0.0
    width = first_width
    space = stringWidth(" ", "Times-Roman", words[0].size) if words else 3.0
    queue = list(words)
    while queue:
        w = queue.pop(0)
        ww = w.width()
        need = ww if not cur else curw + space + ww
        if need <= width + 0.01:
            cur.append(w.plain_segs())
            curw = need
            continue
        placed = False
        for hsegs, tail in w.split_options():
            hw = w.width(hsegs)
            need = hw if not cur else curw + space + hw
            if need <= width + 0.01:
                cur.append(hsegs)
                lines.append(cur)
                cur, curw = [], 0.0
                width = other_width
                queue.insert(0, tail)
                placed = True
                break
        if placed:
            continue
        if not cur:
            cur.append(w.plain_segs())
            lines.append(cur)
            cur, curw = [], 0.0
            width = other_width
            continue
        lines.append(cur)
        width = other_width
        cur, curw = [w.plain_segs()], ww
    if cur:
        lines.append(cur)
    return lines


def seg_width(segs, size):
    w = 0.0
    for t, s, m in segs:
        w += stringWidth(t, ROMAN[s], size * 0.62 if m else size)
    return w


def line_fns(line):
    out = []
    for segs in line:
        for t, s, m in segs:
            if m:
                out.append(int(t))
    return out


# ---------------------------------------------------------------- document
class Doc:
    def __init__(self, path):
        self.c = canvas.Canvas(path, pagesize=A4, invariant=1)
        self.c.setTitle("S/20/16 - Report on the Twentieth Session of the SCPF")
        self.c.setAuthor("IOM")
        self.page = 1
        self.y = None
        self.page_fns = []        # footnote numbers on the current page
        self.footnotes = {}

    # --- page handling
    def fn_height(self, nums):
        if not nums:
            return 0.0
        h = 14.0
        for n in nums:
            h += len(self.fn_lines(n)) * FN_LEAD + 2.0
        return h

    def fn_lines(self, n):
        words = parse_words(self.footnotes[n], size=FN_SIZE)
        return break_lines(words, TW - 10, TW - 10)

    def limit(self, extra_fns=()):
        return BOTTOM + self.fn_height(self.page_fns + [f for f in extra_fns if f not in self.page_fns])

    def finish_page(self):
        c = self.c
        if self.page_fns:
            h = self.fn_height(self.page_fns)
            y = BOTTOM + h - 6.0
            c.setLineWidth(0.5)
            c.line(LM, y, LM + 144, y)
            y -= 14.0 - 6.0 + FN_SIZE
            for n in self.page_fns:
                c.setFont("Times-Roman", FN_SIZE * 0.62)
                c.drawString(LM, y + 3.2, str(n))
                for ln in self.fn_lines(n):
                    self.draw_line(ln, LM + 10, y, FN_SIZE, TW - 10, False)
                    y -= FN_LEAD
                y -= 2.0
        c.showPage()
        self.page += 1
        self.page_fns = []
        self.start_page()

    def start_page(self):
        c = self.c
        c.setFont("Times-Roman", 11)
        c.drawRightString(RM, 806, SYMBOL)
        c.drawRightString(RM, 792.5, "Page %d" % (self.page - 1))
        self.y = TOP

    def ensure(self, h, fns=()):
        if self.y - h < self.limit(fns):
            self.finish_page()

    # --- drawing
    def draw_line(self, line, x, y, size, width, justify):
        c = self.c
        space = stringWidth(" ", "Times-Roman", size)
        total = sum(seg_width(s, size) for s in line)
        gap = space
        if justify and len(line) > 1:
            gap = (width - total) / (len(line) - 1)
            if gap > space * 2.6:
                gap = space
        xx = x
        for segs in line:
            for t, s, m in segs:
                if m:
                    c.setFont(ROMAN[s], size * 0.62)
                    c.drawString(xx, y + size * 0.36, t)
                    xx += stringWidth(t, ROMAN[s], size * 0.62)
                else:
                    c.setFont(ROMAN[s], size)
                    c.drawString(xx, y, t)
                    xx += stringWidth(t, ROMAN[s], size)
            xx += gap

    def flow(self, lines, x_first, x_other, right, size=11.0, lead=LEAD, label=None,
             label_x=None, label_style="roman", justify=True, keep=1):
        """Place wrapped lines; label drawn with the first line."""
        for i, ln in enumerate(lines):
            fns = line_fns(ln)
            need = lead
            if i == 0 and keep > 1:
                need = lead * min(keep, len(lines))
            if self.y - need < self.limit(fns):
                self.finish_page()
            x = x_first if i == 0 else x_other
            last = (i == len(lines) - 1)
            self.draw_line(ln, x, self.y - size, size, right - x, justify and not last)
            if i == 0 and label is not None:
                self.c.setFont(ROMAN[label_style], size)
                self.c.drawString(label_x, self.y - size, label)
            for f in fns:
                if f not in self.page_fns:
                    self.page_fns.append(f)
            self.y -= lead

    def gap(self, h):
        self.y -= h

    # --- block types
    def centred(self, text, style="roman", size=11.0):
        words = parse_words(text, base=style, size=size)
        lines = break_lines(words, TW - 40, TW - 40)
        for ln in lines:
            w = sum(seg_width(s, size) for s in ln) + stringWidth(" ", ROMAN[style], size) * (len(ln) - 1)
            self.ensure(LEAD)
            self.draw_line(ln, LM + (TW - w) / 2, self.y - size, size, TW, False)
            self.y -= LEAD

    def heading(self, num, text, style="bold", indent=36.0):
        words = parse_words(text, base=style)
        lines = break_lines(words, TW - indent, TW - indent)
        # keep heading with two lines of what follows
        self.ensure(LEAD * len(lines) + PARA_GAP + LEAD * 2)
        self.flow(lines, LM + indent if num else LM, LM + indent if num else LM, RM,
                  label=(num + "." if num else None), label_x=LM, label_style=style,
                  justify=False)
        self.gap(PARA_GAP)

    def para(self, num, text):
        words = parse_words(text)
        tab = 36.0
        lines = break_lines(words, TW - tab, TW)
        self.flow(lines, LM + tab, LM, RM, label="%d." % num, label_x=LM, keep=2)
        self.gap(PARA_GAP)

    def item(self, label, text, level=1, last=False):
        lx = LM + 36.0 + (level - 1) * 28.0
        tx = lx + (18.0 if label == "\u2022" else 28.0)
        words = parse_words(text)
        lines = break_lines(words, RM - tx, RM - tx)
        self.flow(lines, tx, tx, RM, label=label, label_x=lx, keep=2)
        self.gap(PARA_GAP if last else ITEM_GAP)

    def table(self, caption, head, rows):
        c = self.c
        cols = [318.0, 408.0, RM]           # right edges of the figure columns
        h = LEAD * (2 + len(head[0]) + len(rows)) + 16
        self.ensure(h)
        c.setFont("Times-Bold", 10.5)
        c.drawCentredString(LM + TW / 2, self.y - 10.5, caption)
        self.y -= LEAD + 4
        c.setLineWidth(0.6)
        c.line(LM, self.y, RM, self.y)
        self.y -= 2
        c.setFont("Times-Bold", 10)
        for hl in head:
            for x, t in zip(cols, hl):
                c.drawRightString(x, self.y - 10, t)
            self.y -= 12.0
        self.y -= 3
        c.line(LM, self.y, RM, self.y)
        self.y -= 3
        for label, vals, bold in rows:
            f = "Times-Bold" if bold else "Times-Roman"
            if bold:
                c.setLineWidth(0.4)
                c.line(LM, self.y, RM, self.y)
                self.y -= 2
            c.setFont(f, 10.5)
            c.drawString(LM + 4, self.y - 10.5, label)
            for x, v in zip(cols, vals):
                c.drawRightString(x, self.y - 10.5, v)
            self.y -= LEAD
        c.setLineWidth(0.6)
        c.line(LM, self.y + 1, RM, self.y + 1)
        self.y -= PARA_GAP + 2

    def save(self):
        self.finish_page_final()
        self.c.save()

    def finish_page_final(self):
        # draw remaining footnotes and close without opening a new page
        c = self.c
        if self.page_fns:
            h = self.fn_height(self.page_fns)
            y = BOTTOM + h - 6.0
            c.setLineWidth(0.5)
            c.line(LM, y, LM + 144, y)
            y -= 14.0 - 6.0 + FN_SIZE
            for n in self.page_fns:
                c.setFont("Times-Roman", FN_SIZE * 0.62)
                c.drawString(LM, y + 3.2, str(n))
                for ln in self.fn_lines(n):
                    self.draw_line(ln, LM + 10, y, FN_SIZE, TW - 10, False)
                    y -= FN_LEAD
                y -= 2.0
        c.showPage()


# ---------------------------------------------------------------- content
FOOTNOTES = {
    1: "The list of participants is contained in document S/20/13. It also gives the names of the "
       "observers and of the members of the Audit and Oversight Advisory Committee who attended the session.",
    2: "Approved by the Council through Resolution No. 1317 of 30 June 2016 at its Fourth Special "
       "Session (see document C/Sp/4/8) and signed in New York on 19 September 2016.",
    3: "The status of implementation of the External Auditor\u2019s earlier rec~om~men~da~tions is set out "
       "in the annex to document C/108/4.",
    4: "Under Article 4 of the Constitution, a Member State whose arrears equal or exceed the "
       "contributions due from it for the two preceding full years has no vote in the governing bodies.",
    5: "Figures are rounded to the nearest hundred US dollars. The breakdown by region and by area of "
       "activity is given in Parts II and III of document S/20/6.",
    6: "The Fund was created in 2001 as the \u201c1035 Facility\u201d under Council Resolution No. 1035 "
       "of 29 November 2000 and has carried its present name since 2011.",
    7: "The Committee\u2019s terms of reference were last revised in 2016; see document S/18/12 and the "
       "report on the Eighteenth Session (S/18/16, paragraphs 58 to 61).",
}

MEMBERS = (
    "Afghanistan, Algeria, Angola, Argentina, Armenia, Australia, Austria, Azerbaijan, Bangladesh, "
    "Belarus, Belgium, Bolivia (Plurinational State of), Brazil, Bulgaria, Burkina Faso, Cameroon, Canada, "
    "Chile, China, Colombia, Costa Rica, C\u00f4te d\u2019Ivoire, Croatia, Cyprus, Czech Republic, Denmark, "
    "Djibouti, Dominican Republic, Ecuador, Egypt, El Salvador, Estonia, Ethiopia, Finland, France, Germany, "
    "Ghana, Greece, Guatemala, Haiti, Holy See, Honduras, Hungary, India, Iran (Islamic Republic of), "
    "Ireland, Israel, Italy, Japan, Jordan, Kenya, Latvia, Lithuania, Luxembourg, Madagascar, Mali, Malta, "
    "Mauritania, Mexico, Morocco, Mozambique, Netherlands, New Zealand, Nigeria, Norway, Pakistan, Panama, "
    "Paraguay, Peru, Philippines, Poland, Portugal, Republic of Korea, Republic of Moldova, Romania, Rwanda, "
    "Senegal, Serbia, Slovakia, Slovenia, South Africa, Spain, Sri Lanka, Sudan, Sweden, Switzerland, "
    "Thailand, Togo, Tunisia, Turkey, Uganda, Ukraine, United Kingdom of Great Britain and Northern Ireland, "
    "United Republic of Tanzania, United States of America, Uruguay, Venezuela (Bolivarian Republic of), "
    "Viet Nam, Yemen, Zambia and Zimbabwe."
)


def cover(d):
    c = d.c
    c.setFont("Times-Roman", 11)
    c.drawRightString(RM, 790, SYMBOL)
    c.drawRightString(RM, 776, "Original: English")
    c.drawRightString(RM, 762, "21 July 2017")
    c.setFont("Times-Bold", 12)
    c.drawCentredString(PW / 2, 668, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE")
    c.setFont("Times-Roman", 12)
    c.drawCentredString(PW / 2, 650, "Twentieth Session")
    c.setLineWidth(0.8)
    c.line(LM, 628, RM, 628)
    c.setFont("Times-Bold", 13)
    c.drawCentredString(PW / 2, 540, "REPORT ON THE TWENTIETH SESSION OF THE")
    c.drawCentredString(PW / 2, 522, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE")
    c.setFont("Times-Roman", 12)
    c.drawCentredString(PW / 2, 478, "Geneva")
    c.drawCentredString(PW / 2, 462, "27\u201328 June 2017")
    c.setFont("Times-Roman", 10)
    c.drawString(LM, 150, "__________")
    note = ("This report was adopted by the Standing Committee on Programmes and Finance through a "
            "silence procedure that closed on 14 July 2017. The draft report was circulated to Member "
            "States as document S/20/L/2.")
    lines = break_lines(parse_words(note, size=10.0), TW, TW)
    y = 132
    for i, ln in enumerate(lines):
        d.draw_line(ln, LM, y, 10.0, TW, i < len(lines) - 1)
        y -= 12.5
    c.showPage()
    d.page = 2
    d.start_page()


def body(d):
    P = d.para
    d.centred("REPORT ON THE TWENTIETH SESSION OF THE STANDING COMMITTEE ON PROGRAMMES AND FINANCE")
    d.gap(PARA_GAP + 4)

    d.heading(None, "Introduction")
    P(1, "The Standing Committee on Programmes and Finance (hereinafter \u201cthe Standing Committee\u201d) "
         "held its Twentieth Session at the Centre International de Conf\u00e9rences Gen\u00e8ve on "
         "Tuesday, 27 and Wednesday, 28 June 2017. Four meetings were held. The session was chaired by "
         "Ms Lindiwe N. Maseko (South Africa), who had been elected Chairperson of the Standing Committee "
         "by the Council at its 107th Session (see the report on that session, C/107/16, paragraph 9).")
    P(2, "The following Member States were represented:^1 " + MEMBERS)
    P(3, "Qatar and Saudi Arabia were represented as observer States. Representatives of the Sovereign "
         "Order of Malta and of the International Committee of the Red Cross also attended as observers.")

    d.heading("I", "ADOPTION OF THE AGENDA")
    P(4, "The Chairperson recalled that the annotated provisional agenda, issued as document S/20/1, "
         "had been revised following consultations with the Bureau in order to add an update on the "
         "internal governance framework. The Standing Committee adopted the agenda contained in "
         "document S/20/1/Rev.1.")

    d.heading("II", "STATEMENT BY THE DIRECTOR GENERAL")
    P(5, "The Director General noted that almost a year had passed since IOM had joined the United Nations "
         "system as a related organization under the Agreement concerning the Relationship between the "
         "United Nations and the International Organization for Migration,^2 and that the Organization "
         "had kept the responsive, efficient and cost-effective character that Member States valued. "
         "IOM was supporting the co-facilitators of the inter~gov~ern~men~tal process leading to the global "
         "compact for safe, orderly and regular migration, whose consultation phase would end in "
         "November 2017. The Director General drew attention to three pressures on the Organization:")
    d.item("\u2022", "the number of large-scale emergencies in which IOM was responding at the same time, "
                     "including six system-wide Level 3 emergencies;")
    d.item("\u2022", "the growth of the Operational Part of the Budget, which had passed USD 1.3 billion "
                     "for the first time; and")
    d.item("\u2022", "the continuing dependence of the Organization\u2019s core structure on project-based "
                     "and earmarked funding, which limited its ability to plan beyond the short term.",
           last=True)
    P(6, "Delegations welcomed the statement and commended the Organization for its work in the field, "
         "often under difficult conditions. Several delegations asked how IOM would preserve its "
         "independence and its agility as a related organization, and encouraged the Ad~min~is~tra~tion to "
         "keep Member States informed of the practical effects of the Agreement on the Organization\u2019s "
         "budget and staff. One delegation, speaking on behalf of a regional group, stressed that the "
         "global compact should give due weight to the development dimension of migration and to the "
         "views of countries of origin and transit.")
    P(7, "The Standing Committee took note of the statement by the Director General.")

    d.heading("III", "FINANCIAL REPORT FOR THE YEAR ENDED 31 DECEMBER 2016")
    P(8, "The Administration introduced the Financial Report for the year ended 31 December 2016 "
         "(C/108/3). Combined expenditure under the Administrative and Operational Parts of the Budget "
         "had reached USD 1,616.3 million, an increase of 8.2 per cent over 2015. The Administrative Part "
         "of the Budget had closed with a surplus of CHF 212,640, mainly as a result of savings on "
         "vacant posts, while the Operational Part had been balanced by drawing on the Operational "
         "Support Income reserve as foreseen in the Programme and Budget.")
    P(9, "The representative of the External Auditor presented the audit opinion, which was "
         "unqualified, and the report of the External Auditor on the financial statements for 2016 "
         "(C/108/4).^3 The report contained 14 new rec~om~men~da~tions, of which five concerned the "
         "management of implementing partners and four the rec~on~cil~i~a~tion of inter-office accounts in "
         "the field. The Administration had accepted all of them and had set target dates for their "
         "implementation.")
    P(10, "Several delegations welcomed the unqualified opinion and the clarity of the report. Some "
          "asked for more detail on the steps taken to reduce the number of open audit rec~om~men~da~tions "
          "from previous years and on the monitoring of funds transferred to implementing partners. The "
          "Administration replied that a dedicated unit had been created within the Office of the "
          "Comptroller to follow up on audit findings and that quarterly reports were now submitted to "
          "senior management.")
    P(11, "The Standing Committee took note of the Financial Report for the year ended 31 December 2016 "
          "and of the report of the External Auditor, and recommended that the Council, at its 108th "
          "Session, approve the Financial Report contained in document C/108/3.")

    d.heading("IV", "STATUS REPORT ON OUTSTANDING CONTRIBUTIONS TO THE ADMINISTRATIVE PART OF THE BUDGET")
    P(12, "The Administration introduced document S/20/3, which showed that assessed contributions "
          "outstanding as at 31 May 2017 amounted to CHF 6,184,950, of which CHF 2,017,336 related to "
          "years before 2017. Since that date, payments totalling CHF 141,273 had been received from "
          "Burkina Faso, Honduras and Serbia. Fourteen Member States remained subject to Article 4 of "
          "the Constitution,^4 and six of them had concluded payment plans with the Ad~min~is~tra~tion.")
    P(13, "The representative of one Member State announced that his Government had agreed a payment "
          "plan covering its arrears for 2012 to 2016 and would make a first instalment before the end "
          "of the year. Another delegation noted with concern that the level of arrears had risen "
          "for the second consecutive year.")
    P(14, "The Standing Committee took note of document S/20/3 and urged all Member States in arrears "
          "to pay their contributions in full or to agree a payment plan with the Ad~min~is~tra~tion, as "
          "called for in Resolution No. 1266 of 26 November 2013.")

    d.heading("V", "PROGRAMME AND BUDGET MATTERS")
    d.heading("A", "Programme and Budget for 2017: Revision", style="bolditalic")
    P(15, "The Administration introduced the revision of the Programme and Budget for 2017 (S/20/6), "
          "which updated the figures approved by the Council through Resolution No. 1336 of 30 November "
          "2016 on the basis of document C/107/7. The Administrative Part of the Budget remained "
          "unchanged at CHF 49,478,000. The Operational Part of the Budget had risen from "
          "USD 906.3 million to USD 1,380.0 million as a result of new activities, mainly in the "
          "emergency and post-crisis response in the Middle East and the Horn of Africa and in "
          "migration management projects in Europe and West Africa, as summarized below:")
    d.table("Operational Part of the Budget for 2017 (in US dollars)",
            [["Programme and Budget", "Revision", ""],
             ["for 2017 (C/107/7)", "(S/20/6)", "Increase"]],
            [("Staff and office costs", ["287,412,300", "336,805,100", "49,392,800"], False),
             ("Programme costs", ["618,934,500", "1,043,218,900", "424,284,400"], False),
             ("Total", ["906,346,800", "1,380,024,000", "473,677,200"], True)])
    P(16, "Operational Support Income for 2017 was now projected at USD 92.5 million, against "
          "USD 83.0 million in the initial budget.^5 The Administration proposed to use the additional "
          "income to strengthen risk management and the oversight of field offices, and to meet the "
          "costs of the Organization\u2019s participation in the United Nations system arising from "
          "the Agreement.")
    P(17, "Delegations welcomed the increase in operational activities but noted that it placed further "
          "strain on a core structure that had not grown at the same pace. Several delegations asked "
          "the Ad~min~is~tra~tion to present in the Programme and Budget for 2018 a clearer picture of the "
          "core functions financed from Operational Support Income and of the gap between core needs "
          "and available resources.")
    P(18, "The Standing Committee:")
    d.item("(a)", "took note of the revision of the Programme and Budget for 2017 contained in "
                  "document S/20/6;")
    d.item("(b)", "noted that the Administrative Part of the Budget remained unchanged at CHF 49,478,000; and")
    d.item("(c)", "requested the Ad~min~is~tra~tion to submit a further update of the Operational Part of the "
                  "Budget to the Standing Committee at its Twenty-first Session.", last=True)

    d.heading("B", "Scale of assessment for 2018", style="bolditalic")
    P(19, "The Administration presented the proposed scale of assessment for 2018 (S/20/4). The scale "
          "was based on the United Nations scale of assessment for 2016\u20132018 adopted by the General "
          "Assembly in its resolution 70/245, equated to IOM mem~ber~ship, and took into account the "
          "Member States admitted at the 107th Session of the Council.")
    P(20, "The Standing Committee recommended that the Council approve the scale of assessment for 2018 "
          "contained in document S/20/4.")

    d.heading("C", "Support for developing Member States and Member States with economies in transition: "
                   "IOM Development Fund", style="bolditalic")
    P(21, "The Administration introduced the report on the IOM Development Fund^6 for the period from "
          "1 January to 31 December 2016 (S/20/5). During that period the Fund had supported 64 projects "
          "in 49 eligible Member States for a total of USD 8.9 million, under Line 1 and Line 2. "
          "Capacity-building in migration management, in particular labour migration and border "
          "management, accounted for the largest share of the allocations.")
    P(22, "Delegations of beneficiary States expressed their appreciation for the projects financed "
          "by the Fund. Some delegations regretted that un~ear~marked contributions to the Fund had "
          "declined and asked the Ad~min~is~tra~tion to explore ways of broadening its donor base.")
    P(23, "The Standing Committee took note of document S/20/5 and encouraged Member States in a "
          "position to do so to contribute to the IOM Development Fund.")

    d.heading("VI", "REPORT OF THE AUDIT AND OVERSIGHT ADVISORY COMMITTEE")
    P(24, "The Chairperson of the Audit and Oversight Advisory Committee presented its annual report "
          "for the period from July 2016 to June 2017 (S/20/8), prepared in accordance with its terms "
          "of reference.^7 The Committee had met four times during the period and had reviewed the "
          "work of the Office of the Inspector General, the risk management framework and the follow-up "
          "of audit rec~om~men~da~tions.")
    P(25, "The Committee considered that the Organization\u2019s rapid growth had outpaced the "
          "development of its second line of defence. It recommended that the Ad~min~is~tra~tion complete "
          "the rollout of the enterprise risk register, give the Office of the Inspector General "
          "resources com~men~su~rate with the increased volume of operations and adopt a single policy on "
          "the prevention of fraud and corruption.")
    P(26, "The Standing Committee:")
    d.item("(a)", "took note of the report of the Audit and Oversight Advisory Committee contained in "
                  "document S/20/8;")
    d.item("(b)", "requested the Ad~min~is~tra~tion to:")
    d.item("(i)", "submit to the Standing Committee at its Twenty-first Session a timetable for the "
                  "introduction of the enterprise risk register in all regional offices; and", level=2)
    d.item("(ii)", "report each year on the implementation of the rec~om~men~da~tions made by the "
                   "Committee; and", level=2)
    d.item("(c)", "thanked the members of the Committee for their work.", last=True)

    d.heading("VII", "UPDATE ON HUMAN RESOURCES MANAGEMENT")
    P(27, "The Administration introduced document S/20/9, which reported that the workforce of the "
          "Organization had reached 10,470 persons at the end of 2016, 97 per cent of them in the field. "
          "Women held 47 per cent of the posts in the Professional category and above, and the "
          "Administration aimed to reach parity at all grades by 2020.")
    P(28, "Several delegations encouraged the Ad~min~is~tra~tion to improve the geographical diversity of "
          "its staff and to make greater use of the Junior Professional Officer programme. One delegation "
          "asked for information on the conversion of staff on project-based contracts.")
    P(29, "The Standing Committee took note of document S/20/9.")

    d.heading("VIII", "UPDATE ON THE IOM INTERNAL GOVERNANCE FRAMEWORK")
    P(30, "The Administration gave an update on the internal governance framework, first presented to "
          "the Standing Committee at its Nineteenth Session (S/19/7), and introduced document S/20/10, "
          "which set out the work completed since November 2016 and the steps planned for 2017 and "
          "2018. The Standing Committee took note of the update and looked forward to a full report at "
          "its Twenty-first Session.")

    d.heading("IX", "OTHER BUSINESS")
    P(31, "No other business was raised. The Chairperson informed the Standing Committee that its "
          "Twenty-first Session was scheduled for 1 and 2 November 2017, and that the report on the "
          "Nineteenth Session (S/19/13) had been made available on the governing bodies website.")

    d.heading("X", "CLOSURE OF THE SESSION")
    P(32, "The Chairperson declared the Twentieth Session closed at 5.20 p.m. on Wednesday, 28 June 2017.")


def main():
    d = Doc(OUT)
    d.footnotes = FOOTNOTES
    cover(d)
    body(d)
    d.save()


if __name__ == "__main__":
    main()
