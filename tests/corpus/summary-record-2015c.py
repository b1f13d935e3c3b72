#!/usr/bin/env python3
"""Draws summary-record-2015c.pdf: summary record of the third meeting of the
106th Session of the IOM Council (C/106/SR/3), laid out with fpdf2."""

import os
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "summary-record-2015c.pdf")

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
SYMBOL = "C/106/SR/3"

LEFT, RIGHT = 25.0, 185.0          # text block 160 mm
WIDTH = RIGHT - LEFT
TOP_FIRST = 20.0
TOP_NEXT = 32.0
BOTTOM = 274.0
BODY_PT = 10.5
LINE_H = 5.3                        # mm
PARA_GAP = 2.6
NUM_INDENT = 10.0
ITEM_LABEL = 10.0
ITEM_TEXT = 20.0
FN_PT = 8.5
FN_LINE_H = 3.9
SUP_PT = 6.5

# ---------------------------------------------------------------------------
# Content
# ---------------------------------------------------------------------------

CONTENTS = [
    ("General debate (continued)", "1\u201310"),
    ("Report on the Seventeenth Session of the Standing Committee on "
     "Programmes and Finance", "11\u201315"),
    ("Programme and Budget for 2016", "16\u201323"),
    ("Status report on outstanding contributions to the Administrative Part "
     "of the Budget", "24\u201329"),
    ("Other business", "30\u201332"),
]

COVER_NOTE = (
    "This record is subject to correction. Corrections should be submitted in "
    "one of the official languages of the Organization, set forth in a "
    "memorandum and incorporated in a copy of the record, to the Governing "
    "Bodies Division within two weeks of the date of this document. "
    "Corrections to the records of the meetings of the session will be "
    "consolidated in a single corrigendum."
)

FOOTNOTES = {
    "1": "The joint statement of the African Group was circulated during the "
         "session as a conference room paper and has been posted on the "
         "Governing Bodies website.",
    "2": "Document S/17/14 was made available to Member States on "
         "9 November 2015 in English, French and Spanish.",
    "3": "The figures are those given in the annex to document C/106/10, "
         "updated to take account of payments received after 28 October 2015.",
}

BODY = [
    ("text", "The meeting was called to order at 3.10 p.m."),

    ("heading", "GENERAL DEBATE (continued)"),
    ("para", 1,
     "The representative of Bangladesh said that the year had been marked by "
     "large and often perilous movements of people across the Mediterranean, "
     "the Andaman Sea and the Bay of Bengal. His Government had worked closely "
     "with IOM to return and reintegrate more than 2,400 Bangladeshi nationals "
     "rescued at sea in May and June 2015, and it looked to the Organization "
     "to help countries of origin, transit and destination share "
     "responsibility more evenly. He welcomed the attention given by the "
     "Director General to the rights of migrants caught up in crises."),
    ("para", 2,
     "Ms Baumgartner (Switzerland) said that her delegation supported the "
     "efforts of the Administration to bring IOM into a closer relationship "
     "with the United Nations system, a process in which Member States should "
     "remain fully involved at every stage. As host country, Switzerland would "
     "continue to assist the Organization in securing adequate premises in "
     "Geneva. She asked the Administration to report regularly on the "
     "practical application of the Migration Governance Framework."),
    ("para", 3,
     "The representative of Kenya, speaking on behalf of the African Group, "
     "said that the Group attached particular importance to labour mobility "
     "within the continent and to the protection of migrant workers along the "
     "routes leading north. It welcomed the opening of new IOM offices in West "
     "Africa and called on the Administration to ensure that regional "
     "staffing matched the scale of the operations conducted there. He drew "
     "attention to the joint statement issued by the Group at the opening of "
     "the session.^1"),
    ("para", 4,
     "Mr Reyes Ortega (Ecuador) said that his country, long both a country of "
     "origin and a host to large numbers of refugees and migrants, upheld the "
     "principle of universal citizenship and the need to end the "
     "criminalization of irregular migration. Ecuador had received more than "
     "9,000 requests for assistance from Colombian nationals in 2015 alone and "
     "valued the technical support provided by the IOM office in Quito."),
    ("para", 5,
     "The representative of the Philippines said that the safety and welfare "
     "of Filipino workers overseas remained a priority of his Government, "
     "which co-chaired the Migrants in Countries in Crisis initiative with the "
     "United States of America. The draft guidelines produced under the "
     "initiative would be discussed at a regional consultation in Manila in "
     "February 2016, and he invited IOM to continue providing secretariat "
     "support."),
    ("para", 6,
     "Ms Whitfield (Canada) said that her country intended to resettle 25,000 "
     "Syrian refugees by the end of February 2016 and was relying heavily on "
     "IOM for health assessments, movement management and pre-departure "
     "orientation. She commended the speed with which the Organization had "
     "deployed additional staff to Jordan and Lebanon, and asked the "
     "Administration to ensure that the rapid growth of those operations did "
     "not compromise quality or the welfare of staff."),
    ("para", 7,
     "The representative of Italy said that more than 140,000 migrants had "
     "reached the Italian coast by sea in 2015. His country had continued to "
     "rescue people in distress regardless of their status, but the "
     "solidarity shown by its partners remained insufficient. Italy "
     "appreciated the presence of IOM teams at the main landing points in "
     "Sicily and Calabria, where they provided information to new arrivals "
     "and helped to identify victims of trafficking."),
    ("para", 8,
     "Mr Benjelloun (Morocco) said that the regularization campaign conducted "
     "by his Government in 2014, through which some 18,000 foreign nationals "
     "had obtained residence permits, would be followed by a second phase. "
     "Morocco was now a country of destination as much as of transit, and its "
     "national strategy on immigration and asylum included measures for "
     "access to education, health care and vocational training."),
    ("para", 9,
     "The representative of Australia said that her delegation continued to "
     "support the IOM Strategy adopted by Resolution No. 1150 of 7 June 2007, "
     "but considered that it should be reviewed in the light of the 2030 "
     "Agenda for Sustainable Development, which recognized for the first time "
     "the contribution of migration to development. Member States should be "
     "consulted closely on any revision."),
    ("para", 10,
     "The DIRECTOR GENERAL thanked delegations for their statements and "
     "assured them that the views expressed during the debate would guide the "
     "work of the Administration in the coming year. He agreed that staffing "
     "in Africa needed to be strengthened and said that a review of the "
     "regional office structure would be presented to the Standing Committee "
     "on Programmes and Finance in 2016."),

    ("heading", "REPORT ON THE SEVENTEENTH SESSION OF THE STANDING COMMITTEE "
                "ON PROGRAMMES AND FINANCE (S/17/14)"),
    ("para", 11,
     "Ms Nakamura (Japan), speaking as Chairperson of the Standing Committee "
     "on Programmes and Finance, introduced the report on the Committee\u2019s "
     "Seventeenth Session, held on 27 and 28 October 2015.^2 The Committee had "
     "examined the Programme and Budget for 2016, the status of outstanding "
     "contributions, the report of the Independent Audit and Oversight "
     "Advisory Committee and an update on relations between IOM and the "
     "United Nations."),
    ("para", 12,
     "The Committee had taken note of the update on human resources "
     "management (S/17/9) and of the first report on the internal governance "
     "framework (S/17/11). Several members had asked for more regular "
     "information on the gender balance of staff in the Professional "
     "category and above."),
    ("para", 13,
     "The Committee had recommended that the Council:"),
    ("item", "(a)",
     "take note of the report of the Independent Audit and Oversight "
     "Advisory Committee (S/17/6);"),
    ("item", "(b)",
     "endorse the proposal to raise the ceiling of the Operational Support "
     "Income reserve to USD 25 million; and"),
    ("item", "(c)",
     "approve the Programme and Budget for 2016 as set out in document "
     "C/106/8."),
    ("para", 14,
     "The representative of the United States of America said that his "
     "delegation endorsed the recommendations of the Standing Committee. It "
     "welcomed the progress made in following up the recommendations of the "
     "Office of the Inspector General and urged the Administration to make "
     "the internal governance framework fully operational before the end of "
     "2016."),
    ("para", 15,
     "The Council took note of the report on the Seventeenth Session of the "
     "Standing Committee on Programmes and Finance."),

    ("heading", "PROGRAMME AND BUDGET FOR 2016 (C/106/8 and C/106/L/4)"),
    ("para", 16,
     "The Director of the Department of Resources Management, introducing the "
     "document, said that the Administrative Part of the Budget for 2016 "
     "amounted to CHF 47,478,000, which represented zero nominal growth in "
     "line with the understanding reached with Member States. The increase in "
     "statutory staff costs had been absorbed by reducing non-staff costs and "
     "by transferring two functions to the Manila Administrative Centre."),
    ("para", 17,
     "The Operational Part of the Budget was estimated at USD 812.3 million "
     "and would rise during the year as new projects were funded. Operational "
     "Support Income was budgeted at USD 70 million, of which USD 63.5 million "
     "would fund core structures in the field and at Headquarters and "
     "USD 6.5 million would be set aside for the Operational Support Income "
     "reserve."),
    ("para", 18,
     "The representative of Germany said that his delegation supported the "
     "draft budget. The steady growth of the Operational Part reflected the "
     "confidence placed in IOM, but it also placed a heavy load on a thin "
     "core structure. Germany would consider increasing its unearmarked "
     "contribution in 2016 and encouraged other donors to do likewise."),
    ("para", 19,
     "The representative of Mexico welcomed the resources allocated to "
     "migration data and research, which would help States to monitor the "
     "migration-related targets of the 2030 Agenda. She asked whether the "
     "Administration intended to present a medium-term plan for the financing "
     "of the core structure."),
    ("para", 20,
     "The representative of Sri Lanka said that zero nominal growth should "
     "not become a permanent rule if it meant that essential functions were "
     "paid for from project income. His delegation would welcome a discussion "
     "of the scale of assessment at the next session of the Standing "
     "Committee."),
    ("para", 21,
     "The Director of the Department of Resources Management, responding, said "
     "that the Administration would present options for the sustainable "
     "financing of the core structure to the Standing Committee in June 2016. "
     "A revision of the Programme and Budget for 2016 would be issued in the "
     "autumn to reflect new funding."),
    ("para", 22,
     "The CHAIRPERSON drew attention to the draft resolution contained in "
     "document C/106/L/4 and said that, if he heard no objection, he would "
     "take it that the Council wished to adopt it."),
    ("para", 23,
     "The Council adopted Resolution No. 1311 on the Programme and Budget for "
     "2016."),

    ("heading", "STATUS REPORT ON OUTSTANDING CONTRIBUTIONS TO THE "
                "ADMINISTRATIVE PART OF THE BUDGET (C/106/10)"),
    ("para", 24,
     "The Director of the Department of Resources Management said that, as at "
     "20 November 2015, outstanding contributions to the Administrative Part "
     "of the Budget amounted to CHF 4,862,310, of which CHF 3,175,640 related "
     "to 2015 and CHF 1,686,670 to previous years.^3 Since the session of the "
     "Standing Committee, payments totalling CHF 1,204,550 had been received "
     "from nine Member States."),
    ("para", 25,
     "Eleven Member States were subject to Article 4 of the IOM Constitution, "
     "two fewer than a year earlier. Five of them had concluded payment plans "
     "with the Administration, and three were honouring those plans."),
    ("para", 26,
     "The representative of Ghana said that his Government had settled its "
     "arrears for 2013 and 2014 in October 2015 and intended to pay its "
     "contribution for 2015 before the end of the year. He asked the "
     "Administration to show flexibility towards Member States facing severe "
     "economic difficulties."),
    ("para", 27,
     "The representative of Egypt encouraged Member States in arrears to "
     "conclude payment plans and suggested that the Administration inform the "
     "Standing Committee each year of the plans in force and of the amounts "
     "paid under them."),
    ("para", 28,
     "Ms Lindqvist (Sweden) said that all Member States shared the "
     "responsibility of paying their contributions in full and on time. "
     "Prompt payment was the foundation of the financial stability of the "
     "Organization, and she was pleased that several Member States had "
     "recently recovered their voting rights."),
    ("para", 29,
     "The Council took note of document C/106/10 and urged Member States with "
     "outstanding contributions to pay them in full as soon as possible or to "
     "agree on a payment plan with the Administration."),

    ("heading", "OTHER BUSINESS"),
    ("para", 30,
     "The representative of Turkey reported on the Eighth Summit Meeting of "
     "the Global Forum on Migration and Development, held in Istanbul from "
     "14 to 16 October 2015 under the Turkish chairmanship. He thanked IOM for "
     "its support and noted that Bangladesh would chair the Forum in 2016."),
    ("para", 31,
     "The CHAIRPERSON announced that the informal consultations on the "
     "relationship between IOM and the United Nations would resume in January "
     "2016 and that the draft report on the session would be circulated to "
     "Member States in the first quarter of that year."),
    ("para", 32,
     "He reminded delegations that the Council would meet again on Thursday, "
     "26 November 2015, at 10 a.m., to consider the remaining items on its "
     "agenda."),

    ("text", "The meeting rose at 6.05 p.m."),
]


# ---------------------------------------------------------------------------
# Layout engine
# ---------------------------------------------------------------------------

class Doc(FPDF):
    def __init__(self):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_auto_page_break(False)
        self.set_margins(LEFT, TOP_FIRST, 210 - RIGHT)
        self.add_font("Serif", "", os.path.join(FONT_DIR, "DejaVuSerif.ttf"))
        self.add_font("Serif", "B", os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf"))
        self.add_font("Serif", "I", os.path.join(FONT_DIR, "DejaVuSerif-Italic.ttf"))
        self.set_title("Summary record of the third meeting - " + SYMBOL)
        self.set_author("International Organization for Migration")
        self.page_no_ = 0
        self.y_cur = 0.0
        self.page_fns = []        # footnote ids on the current page
        self.fn_reserved = 0.0    # height reserved at the foot of the page
        self.bottom_note = None   # cover note text (page 1 only)

    # -- pages --------------------------------------------------------------
    def new_page(self):
        if self.page_no_ > 0:
            self.flush_footnotes()
        self.add_page()
        self.page_no_ += 1
        self.page_fns = []
        self.fn_reserved = 0.0
        if self.page_no_ == 1:
            self.y_cur = TOP_FIRST
        else:
            self.set_font("Serif", "", 10)
            self.set_xy(LEFT, 14)
            self.cell(WIDTH, 4.6, SYMBOL, align="R")
            self.set_xy(LEFT, 18.6)
            self.cell(WIDTH, 4.6, "Page %d" % self.page_no_, align="R")
            self.y_cur = TOP_NEXT

    # -- words --------------------------------------------------------------
    @staticmethod
    def split_words(text):
        words = []
        for w in text.split(" "):
            if not w:
                continue
            if "^" in w:
                base, mark = w.split("^", 1)
                # a marker may be followed by nothing (placed after punctuation)
                words.append((base, mark))
            else:
                words.append((w, None))
        return words

    def word_width(self, word, style, size):
        base, mark = word
        self.set_font("Serif", style, size)
        w = self.get_string_width(base)
        if mark:
            self.set_font("Serif", "", SUP_PT)
            w += self.get_string_width(mark)
        return w

    def break_lines(self, words, style, size, first_width, other_width):
        self.set_font("Serif", style, size)
        space = self.get_string_width(" ")
        lines, cur, cur_w = [], [], 0.0
        avail = first_width
        for word in words:
            ww = self.word_width(word, style, size)
            need = ww if not cur else cur_w + space + ww
            if cur and need > avail:
                lines.append(cur)
                cur, cur_w = [word], ww
                avail = other_width
            else:
                cur.append(word)
                cur_w = need
        if cur:
            lines.append(cur)
        return lines

    def draw_line(self, words, x, width, baseline, style, size, justify):
        self.set_font("Serif", style, size)
        space = self.get_string_width(" ")
        widths = [self.word_width(w, style, size) for w in words]
        gap = space
        if justify and len(words) > 1:
            gap = (width - sum(widths)) / (len(words) - 1)
        cx = x
        for (base, mark), ww in zip(words, widths):
            self.set_font("Serif", style, size)
            self.text(cx, baseline, base)
            if mark:
                bw = self.get_string_width(base)
                self.set_font("Serif", "", SUP_PT)
                self.text(cx + bw + 0.15, baseline - size * 0.35 * 0.3528, mark)
            cx += ww + gap

    # -- footnotes ----------------------------------------------------------
    def fn_lines(self, key):
        words = self.split_words(FOOTNOTES[key])
        return self.break_lines(words, "", FN_PT, WIDTH - 5, WIDTH - 5)

    def fn_height(self, key):
        return len(self.fn_lines(key)) * FN_LINE_H + 0.8

    def limit(self):
        return BOTTOM - self.fn_reserved

    def flush_footnotes(self):
        if not self.page_fns:
            return
        total = sum(self.fn_height(k) for k in self.page_fns)
        y = BOTTOM - total
        self.set_draw_color(0, 0, 0)
        self.set_line_width(0.2)
        self.line(LEFT, y - 2.2, LEFT + 45, y - 2.2)
        for key in self.page_fns:
            lines = self.fn_lines(key)
            self.set_font("Serif", "", SUP_PT)
            self.text(LEFT + 1.5, y + FN_LINE_H - 1.3 - 1.0, key)
            for i, ln in enumerate(lines):
                self.draw_line(ln, LEFT + 5, WIDTH - 5, y + FN_LINE_H - 1.0,
                               "", FN_PT, i < len(lines) - 1)
                y += FN_LINE_H
            y += 0.8

    # -- block placement ----------------------------------------------------
    def ensure(self, height, markers=()):
        extra = 0.0
        new = [m for m in markers if m not in self.page_fns]
        for m in new:
            extra += self.fn_height(m)
        if new and not self.page_fns:
            extra += 4.0
        if self.y_cur + height > self.limit() - extra:
            self.new_page()
            extra = sum(self.fn_height(m) for m in new) + (4.0 if new else 0.0)
        if new:
            self.page_fns.extend(new)
            self.fn_reserved += extra

    def place_text(self, text, first_x, other_x, style="", size=BODY_PT,
                   justify=True, label=None, label_x=None, keep=1):
        words = self.split_words(text)
        first_w = RIGHT - first_x
        other_w = RIGHT - other_x
        lines = self.break_lines(words, style, size, first_w, other_w)
        # keep the first `keep` lines together (and with the label)
        n_keep = min(keep, len(lines))
        self.ensure(LINE_H * n_keep)
        for i, ln in enumerate(lines):
            marks = [m for (_, m) in ln if m]
            self.ensure(LINE_H, marks)
            baseline = self.y_cur + LINE_H - 1.4
            x = first_x if i == 0 else other_x
            w = first_w if i == 0 else other_w
            if i == 0 and label:
                self.set_font("Serif", "", size)
                self.text(label_x, baseline, label)
            self.draw_line(ln, x, w, baseline, style, size,
                           justify and i < len(lines) - 1)
            self.y_cur += LINE_H

    def heading(self, text):
        self.y_cur += 3.0
        words = self.split_words(text)
        lines = self.break_lines(words, "B", BODY_PT, WIDTH, WIDTH)
        # keep the heading with two lines of what follows
        self.ensure(LINE_H * (len(lines) + 2) + PARA_GAP)
        for ln in lines:
            self.set_font("Serif", "B", BODY_PT)
            line_txt = " ".join(b for b, _ in ln)
            lw = self.get_string_width(line_txt)
            baseline = self.y_cur + LINE_H - 1.4
            self.text(LEFT + (WIDTH - lw) / 2, baseline, line_txt)
            self.y_cur += LINE_H
        self.y_cur += PARA_GAP

    # -- cover --------------------------------------------------------------
    def cover(self):
        self.new_page()
        self.set_font("Serif", "", 10.5)
        rlines = [SYMBOL, "Original: English", "14 December 2015"]
        y = TOP_FIRST
        for ln in rlines:
            self.set_xy(LEFT, y)
            self.cell(WIDTH, 5, ln, align="R")
            y += 5.2
        y += 6
        self.set_font("Serif", "B", 12)
        self.set_xy(LEFT, y)
        self.cell(WIDTH, 6, "COUNCIL", align="L")
        y += 6.2
        self.set_font("Serif", "", 11)
        self.set_xy(LEFT, y)
        self.cell(WIDTH, 6, "106th Session", align="L")
        y += 8
        self.set_line_width(0.5)
        self.line(LEFT, y, RIGHT, y)
        y += 8
        self.set_font("Serif", "B", 12)
        self.set_xy(LEFT, y)
        self.cell(WIDTH, 6, "SUMMARY RECORD OF THE THIRD MEETING", align="C")
        y += 10
        self.set_font("Serif", "", 10.5)
        for ln in ["Geneva", "Wednesday, 25 November 2015, at 3 p.m."]:
            self.set_xy(LEFT, y)
            self.cell(WIDTH, 5, ln, align="C")
            y += 5.4
        y += 5
        self.set_xy(LEFT, y)
        self.set_font("Serif", "", 10.5)
        self.cell(WIDTH, 5, "Chairperson:  Mr A. Kowalczyk (Poland)", align="L")
        y += 12

        # contents: agenda items with paragraph ranges
        self.set_font("Serif", "B", 10.5)
        self.set_xy(LEFT, y)
        self.cell(WIDTH, 5, "CONTENTS", align="C")
        y += 8
        self.set_font("Serif", "", 9.5)
        self.set_xy(LEFT, y)
        self.cell(WIDTH - 25, 5, "Agenda item", align="L")
        self.set_xy(RIGHT - 25, y)
        self.cell(25, 5, "Paragraphs", align="R")
        y += 7
        col_w = WIDTH - 40
        for title, rng in CONTENTS:
            words = self.split_words(title)
            lines = self.break_lines(words, "", 10, col_w, col_w - 5)
            for i, ln in enumerate(lines):
                self.set_font("Serif", "", 10)
                txt = " ".join(b for b, _ in ln)
                x = LEFT if i == 0 else LEFT + 5
                self.text(x, y + 3.8, txt)
                if i == len(lines) - 1:
                    tw = self.get_string_width(txt)
                    rw = self.get_string_width(rng)
                    dots_start = x + tw + 1.5
                    dots_end = RIGHT - rw - 1.5
                    dot = self.get_string_width(". ")
                    n = max(0, int((dots_end - dots_start) / dot))
                    self.text(dots_end - n * dot, y + 3.8, ". " * n)
                    self.text(RIGHT - rw, y + 3.8, rng)
                y += 5.0
            y += 2.2
        self.y_cur = y + 6

        # cover note at the foot of the first page
        nwords = self.split_words(COVER_NOTE)
        nlines = self.break_lines(nwords, "", FN_PT, WIDTH, WIDTH)
        h = len(nlines) * FN_LINE_H
        ny = BOTTOM - h
        self.set_line_width(0.2)
        self.line(LEFT, ny - 3, RIGHT, ny - 3)
        for i, ln in enumerate(nlines):
            self.draw_line(ln, LEFT, WIDTH, ny + FN_LINE_H - 1.0, "", FN_PT,
                           i < len(nlines) - 1)
            ny += FN_LINE_H
        self.fn_reserved = h + 8

    # -- body ---------------------------------------------------------------
    def body(self):
        for block in BODY:
            kind = block[0]
            if kind == "heading":
                self.heading(block[1])
            elif kind == "text":
                self.y_cur += 1.0
                self.place_text(block[1], LEFT + NUM_INDENT, LEFT)
                self.y_cur += PARA_GAP
            elif kind == "para":
                _, num, text = block
                self.place_text(text, LEFT + NUM_INDENT, LEFT,
                                label="%d." % num, label_x=LEFT, keep=2)
                self.y_cur += PARA_GAP
            elif kind == "item":
                _, lab, text = block
                self.place_text(text, LEFT + ITEM_TEXT, LEFT + ITEM_TEXT,
                                label=lab, label_x=LEFT + ITEM_LABEL)
                self.y_cur += PARA_GAP * 0.8
        self.flush_footnotes()


def main():
    pdf = Doc()
    pdf.cover()
    pdf.body()
    pdf.output(OUT)
    print("wrote", OUT, "pages:", pdf.page_no_)


if __name__ == "__main__":
    main()
