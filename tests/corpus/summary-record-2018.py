"""Draws summary-record-2018.pdf (C/109/SR/4) with fpdf2."""
import os
import re
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "summary-record-2018.pdf")
FONTDIR = "/usr/share/fonts/truetype/dejavu"

SYMBOL = "C/109/SR/4"
L, R = 25.0, 185.0
W = R - L
TOP_FIRST = 15.0
TOP = 30.0
BOTTOM = 274.0
FS = 10.0           # body size (pt)
LH = 5.0            # body line height (mm)
FN_FS = 8.0
FN_LH = 3.8
SUP_FS = 6.5
PARA_GAP = 3.2

FOOTNOTES = {
    "*": "Corrections to this summary record should be submitted in writing to the Governing "
         "Bodies Secretariat within one week of the date of issue. They will be consolidated in a "
         "single corrigendum, to be issued after the end of the session.",
    "1": "A summary of the informal consultations, prepared under the responsibility of the "
         "Chairperson, was circulated to Member States on 2 October 2018.",
    "2": "See Resolution No. 1363 of 29 November 2017 on the Programme and Budget for 2018, "
         "paragraph 3.",
}


class Doc(FPDF):
    def __init__(self):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_auto_page_break(False)
        self.add_font("S", "", os.path.join(FONTDIR, "DejaVuSerif.ttf"))
        self.add_font("S", "B", os.path.join(FONTDIR, "DejaVuSerif-Bold.ttf"))
        self.add_font("S", "I", os.path.join(FONTDIR, "DejaVuSerif-Italic.ttf"))
        self.add_font("S", "BI", os.path.join(FONTDIR, "DejaVuSerif-BoldItalic.ttf"))
        self.page_fns = []
        self.y_pos = TOP_FIRST
        self.pageno = 0

    # ---------------------------------------------------------------- pages
    def new_page(self):
        if self.pageno:
            self.flush_footnotes()
        self.add_page()
        self.pageno += 1
        self.page_fns = []
        if self.pageno > 1:
            self.set_font("S", "", FS)
            for i, t in enumerate([SYMBOL, "Page %d" % self.pageno]):
                self.text(R - self.get_string_width(t), 14 + i * 4.6, t)
            self.y_pos = TOP
        else:
            self.y_pos = TOP_FIRST

    def fn_height(self, ids):
        if not ids:
            return 0.0
        h = 6.0  # rule and gap
        for i in ids:
            h += len(self.wrap_fn(FOOTNOTES[i])) * FN_LH + 1.0
        return h

    def wrap_fn(self, txt):
        self.set_font("S", "", FN_FS)
        words, lines, cur = txt.split(), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if self.get_string_width(t) > W - 6 and cur:
                lines.append(cur)
                cur = w
            else:
                cur = t
        lines.append(cur)
        return lines

    def limit(self, extra=()):
        return BOTTOM - self.fn_height(self.page_fns + [e for e in extra if e not in self.page_fns])

    def flush_footnotes(self):
        if not self.page_fns:
            return
        y = BOTTOM - self.fn_height(self.page_fns) + 3.0
        self.set_font("S", "", FN_FS)
        self.text(L, y, "__________")
        y += 5.0
        for i in self.page_fns:
            self.set_font("S", "", SUP_FS)
            self.text(L + 1, y - 1.4, i)
            self.set_font("S", "", FN_FS)
            for line in self.wrap_fn(FOOTNOTES[i]):
                self.text(L + 6, y, line)
                y += FN_LH
            y += 1.0

    # ---------------------------------------------------------------- text
    @staticmethod
    def parse(txt, base=""):
        """Markup: <i>..</i>, <b>..</b>, [[n]] raised footnote marker."""
        segs, style = [], base
        for tok in re.split(r"(<i>|</i>|<b>|</b>|\[\[[^\]]+\]\])", txt):
            if tok == "<i>":
                style = base + "I"
            elif tok == "<b>":
                style = "B" + base.replace("B", "")
            elif tok in ("</i>", "</b>"):
                style = base
            elif tok.startswith("[["):
                segs.append((tok[2:-2], "sup"))
            elif tok:
                segs.append((tok, style))
        # split into words: list of list of (text, style)
        words, cur = [], []
        for text, st in segs:
            if st == "sup":
                cur.append((text, st))
                continue
            parts = text.split(" ")
            for k, p in enumerate(parts):
                if k > 0:
                    if cur:
                        words.append(cur)
                    cur = []
                if p:
                    cur.append((p, st))
        if cur:
            words.append(cur)
        return words

    def seg_font(self, st, size):
        if st == "sup":
            self.set_font("S", "", SUP_FS)
        else:
            self.set_font("S", st, size)

    def word_w(self, word, size):
        w = 0.0
        for t, st in word:
            self.seg_font(st, size)
            w += self.get_string_width(t)
        return w

    def lines_of(self, words, first_w, rest_w, size):
        self.set_font("S", "", size)
        space = self.get_string_width(" ")
        lines, cur, cur_w = [], [], 0.0
        avail = first_w
        for wd in words:
            ww = self.word_w(wd, size)
            need = ww if not cur else cur_w + space + ww
            if cur and need > avail:
                lines.append(cur)
                cur, cur_w = [wd], ww
                avail = rest_w
            else:
                cur.append(wd)
                cur_w = need
        if cur:
            lines.append(cur)
        return lines

    def draw_line(self, line, x, width, justify, size, y):
        self.set_font("S", "", size)
        space = self.get_string_width(" ")
        widths = [self.word_w(wd, size) for wd in line]
        gap = space
        if justify and len(line) > 1:
            gap = (width - sum(widths)) / (len(line) - 1)
            if gap > 2.3 * space:   # a loose line is left ragged, as a word processor would
                gap = space
        cx = x
        for wd, ww in zip(line, widths):
            sx = cx
            for t, st in wd:
                self.seg_font(st, size)
                if st == "sup":
                    self.text(sx, y - 1.7, t)
                else:
                    self.text(sx, y, t)
                sx += self.get_string_width(t)
            cx += ww + gap

    @staticmethod
    def fns_in(line):
        return [t for wd in line for t, st in wd if st == "sup"]

    def block(self, txt, x_first, x_rest, right=R, justify=True, size=FS, lh=LH,
              base="", gap=PARA_GAP, label=None, label_x=None, keep=1, align=None):
        words = self.parse(txt, base)
        lines = self.lines_of(words, right - x_first, right - x_rest, size)
        # keep the first `keep` lines together with whatever precedes them
        need = lh * min(keep, len(lines))
        if self.y_pos + need > self.limit(self.fns_in(lines[0])):
            self.new_page()
        for n, line in enumerate(lines):
            fns = self.fns_in(line)
            if self.y_pos + lh > self.limit(fns):
                self.new_page()
            for f in fns:
                if f not in self.page_fns:
                    self.page_fns.append(f)
            base_y = self.y_pos + lh * 0.78
            if n == 0 and label:
                self.set_font("S", "", size)
                self.text(label_x, base_y, label)
            x0 = x_first if n == 0 else x_rest
            last = n == len(lines) - 1
            if align == "C":
                lw = self.word_w_line(line, size)
                x0 = L + (W - lw) / 2
                self.draw_line(line, x0, 0, False, size, base_y)
            else:
                self.draw_line(line, x0, right - x0, justify and not last, size, base_y)
            self.y_pos += lh
        self.y_pos += gap

    def word_w_line(self, line, size):
        self.set_font("S", "", size)
        return sum(self.word_w(wd, size) for wd in line) + self.get_string_width(" ") * (len(line) - 1)

    # ---------------------------------------------------------------- kinds
    def para(self, num, txt, gap=PARA_GAP):
        self.block(txt, L + 10, L, label="%d." % num, label_x=L, keep=2, gap=gap)

    def item(self, label, txt, gap=2.0):
        self.block(txt, L + 20, L + 20, label=label, label_x=L + 10, keep=1, gap=gap)

    def heading(self, txt):
        # keep heading with two lines of the next paragraph
        words = self.parse(txt, "B")
        lines = self.lines_of(words, W, W, FS)
        if self.y_pos + LH * (len(lines) + 2) + 3 > self.limit():
            self.new_page()
        self.block(txt, L, L, justify=False, base="B", gap=3.0)

    def centred(self, txt, base="", size=FS, gap=0.0, lh=LH):
        self.block(txt, L, L, justify=False, base=base, size=size, gap=gap, lh=lh, align="C")

    def plain(self, txt, gap=PARA_GAP):
        self.block(txt, L, L, gap=gap)

    def contents_entry(self, txt, rng):
        num_col = R
        text_right = R - 22
        words = self.parse(txt)
        lines = self.lines_of(words, text_right - L, text_right - L - 5, FS)
        for n, line in enumerate(lines):
            base_y = self.y_pos + LH * 0.78
            x0 = L if n == 0 else L + 5
            self.draw_line(line, x0, 0, False, FS, base_y)
            if n == len(lines) - 1:
                self.set_font("S", "", FS)
                end = x0 + self.word_w_line(line, FS) + 1.5
                dot = self.get_string_width(".")
                stop = num_col - 14
                dots = "." * max(3, int((stop - end) / dot))
                self.text(end, base_y, dots)
                self.text(num_col - self.get_string_width(rng), base_y, rng)
            self.y_pos += LH
        self.y_pos += 1.6


def build():
    d = Doc()
    d.new_page()

    # ---------------------------------------------------------------- cover
    d.set_font("S", "B", 11)
    d.text(R - d.get_string_width(SYMBOL), 20, SYMBOL)
    d.set_font("S", "", FS)
    for i, t in enumerate(["Original: English", "17 December 2018"]):
        d.text(R - d.get_string_width(t), 27 + i * 5, t)
    d.y_pos = 44
    d.centred("COUNCIL", base="B", size=11, lh=5.5)
    d.centred("109th Session", size=FS, lh=5.5)
    d.y_pos += 7
    d.centred("SUMMARY RECORD OF THE", base="B", size=11.5, lh=6)
    d.centred("FOURTH MEETING[[*]]", base="B", size=11.5, lh=6)
    d.y_pos += 5
    d.centred("Held at the Palais des Nations, Geneva,", lh=5)
    d.centred("on Wednesday, 28 November 2018, at 3.15 p.m.", lh=5)
    d.y_pos += 5
    d.centred("Chairperson: Ms M. Delgado Ruiz (Paraguay)", lh=5)
    d.y_pos += 5
    d.set_line_width(0.3)
    d.line(L, d.y_pos, R, d.y_pos)
    d.y_pos += 5

    # ---------------------------------------------------------------- contents
    d.set_font("S", "B", FS)
    d.text(L, d.y_pos + 4, "CONTENTS")
    d.set_font("S", "I", 9)
    d.text(R - d.get_string_width("Paragraphs"), d.y_pos + 4, "Paragraphs")
    d.y_pos += 9
    for t, r in [
        ("Report on the Twenty-second and Twenty-third Sessions of the Standing Committee "
         "on Programmes and Finance", "1–7"),
        ("Programme and Budget for 2019", "8–19"),
        ("Status report on outstanding contributions to the Administrative Part of the Budget",
         "20–25"),
        ("Appointment of the External Auditor", "26–29"),
        ("Other business", "30–32"),
    ]:
        d.contents_entry(t, r)
    d.y_pos += 2
    d.line(L, d.y_pos, R, d.y_pos)
    d.y_pos += 6

    # ---------------------------------------------------------------- body
    d.plain("The meeting was called to order at 3.15 p.m.", gap=4)

    d.heading("REPORT ON THE TWENTY-SECOND AND TWENTY-THIRD SESSIONS OF THE STANDING COMMITTEE "
              "ON PROGRAMMES AND FINANCE (C/109/7 and C/109/8)")
    d.para(1, "The CHAIRPERSON invited the Chairperson of the Standing Committee on Programmes and "
              "Finance to introduce the reports of the Committee on its Twenty-second and "
              "Twenty-third Sessions, held on 27 and 28 June and on 30 and 31 October 2018 "
              "respectively.")
    d.para(2, "The Chairperson of the Standing Committee on Programmes and Finance, Mr A. Lindqvist "
              "(Sweden), said that at its Twenty-second Session the Committee had considered, among "
              "other matters, the Financial Report for the year ended 31 December 2017 (C/109/3), "
              "the Annual Report for 2017 (C/109/4) and the report of the Audit and Oversight "
              "Advisory Committee for the period from July 2017 to June 2018. At its Twenty-third "
              "Session it had examined the Programme and Budget for 2019 (C/109/6), together with "
              "the further proposals on budget reform set out in document S/23/5. Between the two "
              "sessions, the Committee had also held three rounds of informal consultations on "
              "budget reform, which had been open to all Member States and had been well "
              "attended.[[1]]")
    d.para(3, "He drew attention to the recommendations set out in the concluding part of each "
              "report. In particular, the Standing Committee had recommended that the Council:",
           gap=2.0)
    d.item("(a)", "take note of the report of the Audit and Oversight Advisory Committee and of the "
                  "comments of the Administration thereon;")
    d.item("(b)", "approve the Programme and Budget for 2019, as set out in document C/109/6; and")
    d.item("(c)", "urge Member States with outstanding contributions to the Administrative Part of "
                  "the Budget to pay them in full or to agree on a payment plan at the earliest "
                  "opportunity.", gap=PARA_GAP)
    d.para(4, "The representative of Mexico, speaking on behalf of the Group of Latin American and "
              "Caribbean States, thanked the Chairperson and the Bureau of the Standing Committee for "
              "their efforts. The Group welcomed the progress made on budget reform but remained "
              "concerned that the core structure of the Organization had not kept pace with the "
              "rapid growth of its operations. Any further reform should be carried out "
              "transparently and in close consultation with Member States, and should take into "
              "account the specific situation of small and developing economies.")
    d.para(5, "The representative of Japan said that the informal consultations had been a useful "
              "forum for frank discussion. His Government supported the incremental approach "
              "proposed by the Administration, under which the first phase of the reform would be "
              "funded through a combination of a modest increase in the Administrative Part of the "
              "Budget and the reallocation of Operational Support Income. It looked forward to "
              "receiving clear indicators against which the results of that phase could be "
              "measured.")
    d.para(6, "The DIRECTOR GENERAL thanked the Chairperson of the Standing Committee and all "
              "delegations for their constructive engagement. Since taking office on 1 October "
              "2018, he had been struck by the dedication of the staff and by the gap between the "
              "demands placed on the Organization and the resources available to its core "
              "functions. He would continue to consult Member States closely on the next steps of "
              "the reform and would present a costed proposal to the Standing Committee in 2019.")
    d.para(7, "The Council took note of the reports of the Standing Committee on Programmes and "
              "Finance on its Twenty-second and Twenty-third Sessions.", gap=5)

    d.heading("PROGRAMME AND BUDGET FOR 2019 (C/109/6 and C/109/L/7)")
    d.para(8, "The Director of the Department of Financial and Administrative Management, "
              "introducing the Programme and Budget for 2019, said that the Administrative Part of "
              "the Budget amounted to CHF 52,242,000, an increase of CHF 772,000, or 1.5 per cent, "
              "over the approved level for 2018 set out in document C/108/6. The increase would "
              "cover statutory staff cost adjustments and the establishment of six positions in the "
              "Regional Offices, in line with the first phase of budget reform. The Operational Part "
              "of the Budget was estimated at USD 1,105,400,000, compared with USD 1,044,300,000 in "
              "the initial budget for 2018; that figure reflected only the funding that was "
              "reasonably assured at the time of preparation and would be revised in the course of "
              "the year.")
    d.para(9, "She added that Operational Support Income was projected at USD 131,000,000 for 2019, "
              "of which USD 4,500,000 would be drawn from the Operational Support Income reserve to "
              "fund one-time investments in information technology and in the Organization’s "
              "internal oversight functions.")
    d.para(10, "The representative of Austria, speaking on behalf of the European Union and its "
               "member States, said that the European Union supported the adoption of the Programme "
               "and Budget for 2019. It welcomed the modest increase in the Administrative Part of "
               "the Budget, which was a first step towards placing the core structure of the "
               "Organization on a sustainable footing, and encouraged the Administration to pursue "
               "efficiency gains, in particular through the consolidation of administrative "
               "services in the Manila and Panama Administrative Centres.")
    d.para(11, "The representative of Ethiopia, speaking on behalf of the African Group, said that "
               "the Group attached great importance to the strengthening of the Regional Offices in "
               "Africa, where the needs of migrants and host communities continued to grow. It "
               "called on the Administration to ensure that the new positions were filled promptly "
               "and that nationals of African Member States were better represented among "
               "professional staff at Headquarters.")
    d.para(12, "The representative of the United States of America said that his Government, as "
               "the largest donor to the Organization, was able to support the draft resolution. It "
               "would nevertheless continue to insist on rigorous budgetary discipline, on a strong "
               "internal audit function and on the full implementation of the recommendations of "
               "the External Auditor and of the Audit and Oversight Advisory Committee.")
    d.para(13, "The representative of Bangladesh expressed appreciation for the Organization’s "
               "response to the humanitarian crisis in Cox’s Bazar, which had relied to a large "
               "extent on flexible funding. He noted with concern that the share of unearmarked "
               "contributions in the Operational Part of the Budget remained below 2 per cent and "
               "urged donors to provide more predictable and flexible resources.")
    d.para(14, "The DIRECTOR GENERAL said that the comments made by delegations would guide the "
               "Administration in implementing the budget for 2019. The Organization had more than "
               "doubled in size over the previous ten years and now employed over 11,500 staff in "
               "more than 150 countries, yet its core structure was still financed largely as it "
               "had been a decade earlier. He intended to make the case for sustainable core "
               "funding in a spirit of partnership and accountability.")
    d.para(15, "The DEPUTY DIRECTOR GENERAL added that the review of the methodology for calculating "
               "Operational Support Income requested by the Council in 2017[[2]] would be completed "
               "in the first half of 2019, and that its findings would be submitted to the Standing "
               "Committee at its Twenty-fourth Session.")
    d.para(16, "The CHAIRPERSON said that, if she heard no objection, she would take it that the "
               "Council wished to adopt the draft resolution on the Programme and Budget for 2019 "
               "contained in document C/109/L/7.")
    d.para(17, "It was so decided. The text of the resolution, as adopted, reads as follows:",
           gap=5)

    # ---------------------------------------------------------------- resolution
    RL, RR = L + 10, R - 10
    if d.y_pos + 40 > d.limit():
        d.new_page()
    d.centred("RESOLUTION No. 1374", base="B", lh=5.2)
    d.centred("(Adopted by the Council at its 4th meeting on 28 November 2018)", lh=5.2)
    d.y_pos += 3
    d.centred("PROGRAMME AND BUDGET FOR 2019", base="B", lh=5.2)
    d.y_pos += 3
    d.block("The Council,", RL + 10, RL, right=RR, gap=3)
    for t in [
        "<i>Having received and examined</i> the Programme and Budget for 2019 (C/109/6),",
        "<i>Having heard</i> the statements of the Director General and of the representatives of "
        "Member States,",
        "<i>Taking note</i> of the report of the Standing Committee on Programmes and Finance on its "
        "Twenty-third Session (C/109/8),",
        "<i>Mindful</i> of the need to ensure adequate core funding for the Organization in the light "
        "of its membership in the United Nations system,",
    ]:
        d.block(t, RL + 10, RL, right=RR, gap=3, keep=2)
    d.block("<i>Resolves</i>:", RL + 10, RL, right=RR, gap=3)
    for n, t in enumerate([
        "To approve the Programme and Budget for 2019, comprising an Administrative Part of "
        "CHF 52,242,000 and an Operational Part estimated at USD 1,105,400,000;",
        "To urge Member States to pay their assessed contributions to the Administrative Part of "
        "the Budget in full and on time;",
        "To invite Member States and other donors to increase the proportion of unearmarked and "
        "softly earmarked contributions provided to the Organization;",
        "To request the Director General to report to the Standing Committee on Programmes and "
        "Finance at its Twenty-fourth Session on the implementation of the budget reform measures "
        "referred to in document S/23/5.",
    ], start=1):
        d.block(t, RL + 10, RL + 10, right=RR, label="%d." % n, label_x=RL, gap=2.4, keep=2)
    d.y_pos += 4

    d.para(18, "The representative of Switzerland, speaking in explanation of position after the "
               "adoption, welcomed the consensus reached on the budget and expressed the hope that "
               "the same spirit would prevail in the discussions on the next phase of the reform. As "
               "host country, Switzerland would continue to support the Organization’s presence in "
               "Geneva.")
    d.para(19, "The CHAIRPERSON thanked delegations for their cooperation and congratulated the "
               "Administration on the adoption of the budget.", gap=5)

    d.heading("STATUS REPORT ON OUTSTANDING CONTRIBUTIONS TO THE ADMINISTRATIVE PART OF THE "
              "BUDGET (C/109/10)")
    d.para(20, "The Director of the Department of Financial and Administrative Management, "
               "introducing document C/109/10, said that, as at 26 November 2018, outstanding "
               "contributions to the Administrative Part of the Budget amounted to CHF 4,815,312, "
               "of which CHF 2,237,096 related to previous years and CHF 2,578,216 to 2018. Twelve "
               "Member States were subject to the provisions of Article 4 of the Constitution, "
               "compared with fifteen a year earlier. Since the Twenty-third Session of the Standing "
               "Committee, payments had been received from Guinea, Lebanon and Nicaragua, and two "
               "further Member States had concluded payment plans with the Administration.")
    d.para(21, "The representative of Peru said that his Government had paid its assessed "
               "contribution for 2018 in full on 20 November 2018 and had thereby settled all its "
               "arrears. He thanked the Administration for the flexibility it had shown in agreeing "
               "to the payment plan concluded in 2016.")
    d.para(22, "The representative of Zimbabwe said that, despite severe economic constraints, his "
               "Government had made a first payment under its payment plan in October 2018 and was "
               "committed to honouring the remaining instalments.")
    d.para(23, "The representative of Canada urged all Member States in arrears to pay their "
               "contributions without delay, so that the Organization could plan its administrative "
               "expenditure with confidence. Her delegation supported the continued application of "
               "Article 4 of the Constitution, together with the possibility of concluding payment "
               "plans.")
    d.para(24, "The DIRECTOR GENERAL thanked the Member States that had made payments or entered "
               "into payment plans, and appealed to the others to contact the Administration to "
               "discuss arrangements suited to their circumstances.")
    d.para(25, "The Council took note of document C/109/10 and urged Member States with outstanding "
               "contributions to pay them in full as soon as possible or to agree on a payment plan "
               "with the Administration.", gap=5)

    d.heading("APPOINTMENT OF THE EXTERNAL AUDITOR (C/109/11)")
    d.para(26, "The CHAIRPERSON recalled that the term of office of the current External Auditor "
               "would end with the audit of the financial statements for 2018. Following a "
               "competitive selection process overseen by a panel of Member States, the Standing "
               "Committee had recommended, as set out in document C/109/11, that the Commission on "
               "Audit of the Philippines be appointed External Auditor for the financial years "
               "2019, 2020 and 2021.")
    d.para(27, "The representative of the Philippines thanked Member States for the confidence "
               "placed in his country’s supreme audit institution, which would discharge its "
               "mandate with independence and professionalism.")
    d.para(28, "The Council decided to appoint the Commission on Audit of the Philippines as "
               "External Auditor of the Organization for the financial years 2019 to 2021.")
    d.para(29, "The DIRECTOR GENERAL expressed his appreciation to the outgoing External Auditor for "
               "its valuable work over the previous three years.", gap=5)

    d.heading("OTHER BUSINESS")
    d.para(30, "The representative of Morocco informed the Council that the Intergovernmental "
               "Conference to Adopt the Global Compact for Safe, Orderly and Regular Migration would "
               "be held in Marrakech on 10 and 11 December 2018, and invited all Member States to "
               "participate at the highest possible level.")
    d.para(31, "The DIRECTOR GENERAL said that the Organization stood ready to support Member States "
               "in implementing the Global Compact and to serve as coordinator and secretariat of "
               "the United Nations network on migration that the Secretary-General had decided to "
               "establish.")
    d.para(32, "The CHAIRPERSON announced that the Council would resume its work at 10 a.m. the "
               "following day, when it would consider, among other items, the report on its 108th "
               "Session (C/108/23) and the date and place of its next session.", gap=5)

    d.plain("The meeting rose at 6.05 p.m.")

    d.flush_footnotes()
    d.output(OUT)
    print("pages:", d.pageno)


if __name__ == "__main__":
    build()
