#!/usr/bin/env python3
"""Draws working-group-2013.pdf: report of an informal working group to the
Standing Committee on Programmes and Finance, Twelfth Session (2013), with fpdf2.

A small hand-made typesetter: words are placed one by one so that footnote
markers can be raised inline and footnote bodies reserved at the foot of the
page on which their marker falls.
"""
import os
import re
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "working-group-2013.pdf")
FONTDIR = "/usr/share/fonts/truetype/dejavu"

SYMBOL = "S/12/5"

# page geometry (mm)
LEFT, RIGHT = 25.0, 190.0
Y_TOP = 32.0          # first body baseline on pages with a running header
Y_MAX = 281.0         # last baseline available on a page (footnotes end here)
BODY_PT, LEAD = 11, 5.4
FN_PT, FN_LEAD = 9, 4.1
SUP_PT, SUP_RISE = 7, 1.7
PARA_GAP = 4.6
NUM_TAB = 40.0        # text after a paragraph number starts here
ITEM_LABEL, ITEM_TEXT = 40.0, 50.0
BUL_LABEL, BUL_TEXT = 40.0, 46.0

FOOTNOTES = {
    "1": "See the Report on the Ninth Session of the Standing Committee on "
         "Programmes and Finance (S/9/19), paragraphs 41 to 47.",
    "2": "Background papers and summaries remain available to Member States "
         "on request from the Governing Bodies Secretariat.",
    "3": "Figures for 2010 to 2012 are actual; those for 2013 are based on the "
         "Programme and Budget for 2013 (MC/2342) and on its revision (S/12/4). "
         "Assessed contributions have been converted from Swiss francs at the "
         "budget rate of exchange.",
    "4": "The scale of assessment for 2013 is set out in document S/11/5; the "
         "status of outstanding contributions is reported in document S/12/7.",
    "5": "The Administration has indicated that this breakdown can be produced "
         "without additional resources.",
}


class Doc(FPDF):
    def __init__(self):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_auto_page_break(False)
        self.add_font("DS", "", os.path.join(FONTDIR, "DejaVuSerif.ttf"))
        self.add_font("DS", "B", os.path.join(FONTDIR, "DejaVuSerif-Bold.ttf"))
        self.add_font("DS", "I", os.path.join(FONTDIR, "DejaVuSerif-Italic.ttf"))
        self.set_title("Final report of the informal Working Group on Budget Reform")
        self.set_author("International Organization for Migration")
        self.page_label = 0
        self.annex_label = None
        self.y = 0.0
        self.page_fns = []      # footnote numbers whose markers are on this page

    # ---------- low-level helpers ----------
    def font(self, style="", size=BODY_PT):
        self.set_font("DS", style, size)

    def width(self, segs):
        w = 0.0
        for text, st in segs:
            if st == "sup":
                self.font("", SUP_PT)
            else:
                self.font(st, BODY_PT)
            w += self.get_string_width(text)
        return w

    def rtext(self, y, text, style="", size=BODY_PT):
        self.font(style, size)
        self.text(RIGHT - self.get_string_width(text), y, text)

    def ctext(self, y, text, style="", size=BODY_PT):
        self.font(style, size)
        self.text((LEFT + RIGHT) / 2 - self.get_string_width(text) / 2, y, text)

    # ---------- pages ----------
    def new_body_page(self):
        if self.page_no() > 0:
            self.draw_footnotes()
        self.add_page()
        self.page_fns = []
        if self.annex_label:
            self.rtext(14, SYMBOL)
            self.rtext(19, self.annex_label)
        else:
            self.page_label += 1
            self.rtext(14, SYMBOL)
            self.rtext(19, "Page %d" % self.page_label)
        self.y = Y_TOP

    def fn_lines(self, num):
        words = FOOTNOTES[num].split()
        self.font("", SUP_PT)
        first_x = LEFT + self.get_string_width(num) + 1.2
        lines, cur, x0 = [], [], first_x
        self.font("", FN_PT)
        for w in words:
            trial = " ".join(cur + [w])
            if cur and x0 + self.get_string_width(trial) > RIGHT:
                lines.append((x0, " ".join(cur)))
                cur, x0 = [w], LEFT
            else:
                cur.append(w)
        lines.append((x0, " ".join(cur)))
        return lines

    def fn_height(self, nums):
        if not nums:
            return 0.0
        n = sum(len(self.fn_lines(k)) for k in nums)
        return 6.0 + n * FN_LEAD + (len(nums) - 1) * 1.0

    def limit(self, extra=()):
        return Y_MAX - self.fn_height(self.page_fns + list(extra)) - 2.0

    def draw_footnotes(self):
        if not self.page_fns:
            return
        h = self.fn_height(self.page_fns)
        top = Y_MAX - h
        self.set_line_width(0.2)
        self.line(LEFT, top + 1.0, LEFT + 50, top + 1.0)
        y = top + 1.0 + FN_LEAD + 0.6
        for k in self.page_fns:
            self.font("", SUP_PT)
            self.text(LEFT, y - 1.4, k)
            self.font("", FN_PT)
            for x, t in self.fn_lines(k):
                self.text(x, y, t)
                y += FN_LEAD
            y += 1.0
        self.page_fns = []

    # ---------- inline text ----------
    @staticmethod
    def parse(text, style=""):
        """Split text into words; each word is a list of (segment, style).
        A marker written {n} is raised and glued to the word before it."""
        words = []
        for raw in text.split():
            segs = []
            for part in re.split(r"(\{[0-9*]+\})", raw):
                if not part:
                    continue
                if part.startswith("{"):
                    segs.append((part[1:-1], "sup"))
                else:
                    segs.append((part, style))
            words.append(segs)
        return words

    def wrap(self, words, x_first, x_rest, right=RIGHT):
        self.font("", BODY_PT)
        space = self.get_string_width(" ")
        lines, cur, curw = [], [], 0.0
        x0 = x_first
        for w in words:
            ww = self.width(w)
            need = ww if not cur else curw + space + ww
            if cur and x0 + need > right:
                lines.append((x0, cur))
                cur, curw, x0 = [w], ww, x_rest
            else:
                cur.append(w)
                curw = need
        if cur:
            lines.append((x0, cur))
        return lines

    def draw_line(self, x0, words, y, justify, right=RIGHT):
        self.font("", BODY_PT)
        space = self.get_string_width(" ")
        widths = [self.width(w) for w in words]
        gap = space
        if justify and len(words) > 1:
            extra = (right - x0 - sum(widths) - space * (len(words) - 1)) / (len(words) - 1)
            if 0 < extra < 2.2:
                gap = space + extra
        x = x0
        for w, ww in zip(words, widths):
            for text, st in w:
                if st == "sup":
                    self.font("", SUP_PT)
                    self.text(x, y - SUP_RISE, text)
                    self.page_fns.append(text) if text in FOOTNOTES and text not in self.page_fns else None
                else:
                    self.font(st, BODY_PT)
                    self.text(x, y, text)
                x += self.get_string_width(text)
            x += gap

    def flow(self, words, x_first, x_rest, label=None, label_x=None, label_style="",
             keep=1, right=RIGHT):
        lines = self.wrap(words, x_first, x_rest, right)
        # keep `keep` lines together with the label at the top of a page
        first_fns = [s[0] for ln in lines[:keep] for w in ln[1] for s in w if s[1] == "sup"]
        if self.y + (keep - 1) * LEAD > self.limit(first_fns):
            self.new_body_page()
        for i, (x0, ws) in enumerate(lines):
            fns = [s[0] for w in ws for s in w if s[1] == "sup" and s[0] in FOOTNOTES]
            if self.y > self.limit(fns):
                self.new_body_page()
            if i == 0 and label:
                self.font(label_style, BODY_PT)
                self.text(label_x, self.y, label)
            self.draw_line(x0, ws, self.y, justify=(i < len(lines) - 1), right=right)
            self.y += LEAD
        self.y += PARA_GAP

    # ---------- blocks ----------
    def heading(self, label, text):
        if self.y + 3 * LEAD > self.limit():
            self.new_body_page()
        self.font("B", BODY_PT)
        self.text(LEFT, self.y, label)
        self.text(LEFT + 10, self.y, text)
        self.y += LEAD + PARA_GAP

    def para(self, num, text):
        self.flow(self.parse(text), NUM_TAB, LEFT, label="%d." % num, label_x=LEFT, keep=2)

    def item(self, label, text):
        self.flow(self.parse(text), ITEM_TEXT, ITEM_TEXT, label=label, label_x=ITEM_LABEL)

    def bullet(self, text):
        self.flow(self.parse(text), BUL_TEXT, BUL_TEXT, label="\u2022", label_x=BUL_LABEL)

    def plain(self, text):
        self.flow(self.parse(text), LEFT, LEFT, keep=2)


def cover(pdf):
    pdf.add_page()
    pdf.rtext(22, SYMBOL, "B", 12)
    pdf.rtext(34, "Original: ENGLISH", "", BODY_PT)
    pdf.rtext(39.5, "28 May 2013", "", BODY_PT)

    pdf.ctext(92, "TWELFTH SESSION", "B", 12)

    pdf.ctext(122, "FINAL REPORT OF THE INFORMAL WORKING GROUP", "B", 12)
    pdf.ctext(128, "ON BUDGET REFORM", "B", 12)
    pdf.ctext(138, "(Submitted by the Chairperson of the Working Group)", "", BODY_PT)

    # cover note under a typed rule
    pdf.font("", BODY_PT)
    pdf.text(LEFT, 236, "__________")
    note = ("This report is submitted to the Standing Committee on Programmes and "
            "Finance for its consideration at the Twelfth Session, to be held on "
            "25 and 26 June 2013.")
    pdf.y = 243
    lines = pdf.wrap(pdf.parse(note), LEFT, LEFT)
    for i, (x0, ws) in enumerate(lines):
        pdf.draw_line(x0, ws, pdf.y, justify=(i < len(lines) - 1))
        pdf.y += LEAD

    # trilingual organ footer
    pdf.set_line_width(0.3)
    pdf.line(LEFT, 266, RIGHT, 266)
    pdf.ctext(271.5, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE", "B", 8)
    pdf.ctext(275.5, "COMITÉ PERMANENT DES PROGRAMMES ET DES FINANCES", "B", 8)
    pdf.ctext(279.5, "COMITÉ PERMANENTE DE PROGRAMAS Y FINANZAS", "B", 8)


def funding_table(pdf):
    caption = "Core structure funding, 2010\u20132013 (in millions of US dollars)"
    head = ["Source of funding", "2010", "2011", "2012", "2013"]
    rows = [
        ("Administrative Part of the Budget", "41.9", "42.9", "42.4", "42.8"),
        ("Operational Support Income", "71.5", "78.0", "83.6", "86.2"),
        ("Other discretionary income", "6.1", "5.8", "5.2", "4.9"),
        ("Total", "119.5", "126.7", "131.2", "133.9"),
        ("OSI as a share of total (%)", "59.8", "61.6", "63.7", "64.4"),
    ]
    col_right = [None, 128.0, 148.0, 168.0, 188.0]
    x_label = 30.0
    height = LEAD * (len(rows) + 2) + 8
    if pdf.y + height > pdf.limit():
        pdf.new_body_page()
    pdf.ctext(pdf.y, caption, "I", 10)
    pdf.y += LEAD + 1.5
    pdf.set_line_width(0.25)
    pdf.line(x_label - 2, pdf.y - 4.2, RIGHT, pdf.y - 4.2)
    pdf.font("B", 10)
    pdf.text(x_label, pdf.y, head[0])
    for h, r in zip(head[1:], col_right[1:]):
        pdf.text(r - pdf.get_string_width(h), pdf.y, h)
    pdf.line(x_label - 2, pdf.y + 1.6, RIGHT, pdf.y + 1.6)
    pdf.y += LEAD + 1.0
    for row in rows:
        style = "B" if row[0] == "Total" else ""
        if row[0] == "Total":
            pdf.line(x_label - 2, pdf.y - 4.0, RIGHT, pdf.y - 4.0)
        pdf.font(style, 10)
        pdf.text(x_label, pdf.y, row[0])
        for c, r in zip(row[1:], col_right[1:]):
            pdf.text(r - pdf.get_string_width(c), pdf.y, c)
        pdf.y += LEAD
    pdf.line(x_label - 2, pdf.y - 3.6, RIGHT, pdf.y - 3.6)
    pdf.y += PARA_GAP


def body(pdf):
    pdf.new_body_page()
    pdf.ctext(pdf.y, "FINAL REPORT OF THE INFORMAL WORKING GROUP", "B", 11)
    pdf.y += LEAD
    pdf.ctext(pdf.y, "ON BUDGET REFORM", "B", 11)
    pdf.y += LEAD + 2 * PARA_GAP

    pdf.heading("A.", "INTRODUCTION")
    pdf.para(1, "The informal Working Group on Budget Reform was established by the Standing "
                "Committee on Programmes and Finance at its Ninth Session, held on 2 and 3 November "
                "2011, following the discussion of the Programme and Budget for 2012 (MC/2317).{1} "
                "Its purpose was to examine, together with the Administration, ways of placing the "
                "Organization\u2019s core structure on a more predictable and sustainable financial "
                "footing.")
    pdf.para(2, "The present report is submitted by the Chairperson on behalf of the Working Group. "
                "It summarizes the discussions held between January 2012 and April 2013 and sets out "
                "the recommendations on which the members of the Group were able to reach consensus. "
                "It supersedes the interim report presented to the Standing Committee at its Eleventh "
                "Session (S/11/7).")
    pdf.para(3, "The Working Group wishes to record its appreciation to the Administration, and in "
                "particular to the Department of Resources Management, for the background papers and "
                "financial data prepared at its request, often at short notice.")

    pdf.heading("B.", "MANDATE AND METHODS OF WORK")
    pdf.para(4, "Under the terms of reference agreed by the Standing Committee, the Working Group was "
                "requested to:")
    pdf.bullet("review the level and structure of funding of the Administrative Part of the Budget "
               "and of those parts of the core structure that are financed from Operational Support "
               "Income;")
    pdf.bullet("consider how assessed contributions and unearmarked voluntary contributions could be "
               "applied more effectively to the Organization\u2019s core functions; and")
    pdf.bullet("make recommendations for consideration by the Standing Committee and, as "
               "appropriate, by the Council.")
    pdf.para(5, "Membership of the Working Group was open to all Member States, and observers were "
                "invited to follow its work. The Group was chaired by Mr Tomás Elizalde (Uruguay) "
                "until July 2012 and thereafter by Ms Hanne Dahl (Norway). It held eight meetings, "
                "the dates and principal subjects of which are listed in the Annex to this report.")
    pdf.para(6, "Given the informal character of the Group, no summary records were kept. After each "
                "meeting the Chairperson circulated a brief summary of the main points raised, and "
                "the background papers were posted on the restricted section of the IOM website "
                "reserved for Member States.{2}")

    pdf.heading("C.", "THE FUNDING OF THE CORE STRUCTURE")
    pdf.para(7, "Since the Programme and Budget for 2004, the Administrative Part of the Budget has "
                "been maintained at, or close to, zero nominal growth, while the Operational Part of "
                "the Budget has more than tripled over the same period. The Working Group noted that "
                "the membership of the Organization had also grown, from 105 Member States in 2004 to "
                "151 in 2013, without a corresponding increase in the assessed budget.")
    pdf.para(8, "As a consequence, an increasing share of the core structure is funded from "
                "Operational Support Income (OSI), which depends on the volume of projects and is "
                "therefore inherently variable. The figures presented to the Working Group by the "
                "Administration are summarized below.{3}")
    funding_table(pdf)
    pdf.para(9, "The Working Group observed that OSI had accounted for a steadily rising proportion "
                "of core funding, from 59.8 per cent in 2010 to an estimated 64.4 per cent in 2013. "
                "Several members noted that, while this reflected the operational growth of the "
                "Organization, it also exposed essential functions such as oversight, legal services "
                "and human resources management to fluctuations in project income.")
    pdf.para(10, "Members held differing views on the remedy. A number of delegations favoured a "
                 "moderate increase in the Administrative Part of the Budget, phased over several "
                 "years; others considered that, in the current economic climate, their governments "
                 "were not in a position to accept any increase in assessed contributions, and "
                 "preferred that further efficiencies and a wider use of unearmarked funding be "
                 "explored first.")
    pdf.para(11, "The Working Group also reviewed the application of the scale of assessment. It "
                 "recalled that the IOM scale is to be equated, as far as possible, with that of the "
                 "United Nations, a principle reaffirmed by the Council in Resolution No. 1198 of "
                 "26 November 2010.{4} No change to that principle was proposed; the Group noted, "
                 "however, that assessed contributions outstanding from previous years, which "
                 "amounted to CHF 4.1 million at 31 December 2012, continued to weigh on the "
                 "Administrative Part of the Budget.")
    pdf.para(12, "In identifying the core functions to be protected, the Working Group took as its "
                 "reference the IOM Strategy (MC/INF/287), adopted by the Council through Resolution "
                 "No. 1150 of 7 June 2007, together with the structural reforms introduced by the "
                 "Administration since 2009.")

    pdf.heading("D.", "CONCLUSIONS AND RECOMMENDATIONS")
    pdf.para(13, "The Working Group concluded that the present funding model, while it had served the "
                 "Organization well during a period of rapid expansion, did not provide a sufficiently "
                 "stable basis for the functions that every Member State expects the Organization to "
                 "perform, whatever the level of project activity. It accordingly recommends that the "
                 "Standing Committee:")
    pdf.item("(a)", "take note of the present report and of the background papers listed in the Annex;")
    pdf.item("(b)", "endorse the principle that the essential functions of oversight, legal affairs "
                    "and budget planning should progressively be funded from predictable sources "
                    "rather than from OSI;")
    pdf.item("(c)", "request the Administration to present, together with the Programme and Budget "
                    "for 2014, a breakdown of the core structure by source of funding, in the format "
                    "of the table in paragraph 8;{5}")
    pdf.item("(d)", "recommend to the Council an increase of CHF 1.2 million in the Administrative "
                    "Part of the Budget for 2014, it being understood that any further increase would "
                    "be considered in the light of the review referred to in subparagraph (f);")
    pdf.item("(e)", "invite Member States that are in a position to do so to provide unearmarked "
                    "voluntary contributions, or to increase those they already make, in support of "
                    "the core structure; and")
    pdf.item("(f)", "request the Administration to review, in consultation with Member States, the "
                    "implementation of these recommendations and to report thereon to the Standing "
                    "Committee at its Fourteenth Session.")
    pdf.para(14, "With the submission of this report, the Working Group considers that its mandate "
                 "has been fulfilled. The Chairperson stands ready to brief the Standing Committee at "
                 "its Twelfth Session on any aspect of the discussions that Member States may wish to "
                 "raise.")
    pdf.draw_footnotes()


def annex(pdf):
    pdf.annex_label = "Annex"
    pdf.new_body_page()
    pdf.ctext(pdf.y, "ANNEX", "B", 11)
    pdf.y += LEAD + PARA_GAP
    pdf.ctext(pdf.y, "MEETINGS OF THE INFORMAL WORKING GROUP ON BUDGET REFORM", "B", 11)
    pdf.y += LEAD + 2 * PARA_GAP
    pdf.plain("The meetings listed below were held at IOM Headquarters in Geneva. In keeping with "
              "the informal character of the Group, no interpretation was provided and English was "
              "used as the working language.")

    rows = [
        ("24 January 2012", "Organization of work; terms of reference; timetable"),
        ("6 March 2012", "Evolution of the Administrative Part of the Budget since 2004"),
        ("17 April 2012", "Operational Support Income: sources, allocation and projections"),
        ("11 September 2012", "Core functions in the light of the IOM Strategy*"),
        ("16 October 2012", "Interim report to the Standing Committee at its Eleventh Session"),
        ("29 January 2013", "Scale of assessment and outstanding contributions"),
        ("5 March 2013", "Options for the funding of the core structure"),
        ("16 April 2013", "Conclusions and draft recommendations"),
    ]
    xd, xs = 30.0, 72.0
    pdf.set_line_width(0.25)
    pdf.line(xd - 2, pdf.y - 4.2, RIGHT, pdf.y - 4.2)
    pdf.font("B", 10)
    pdf.text(xd, pdf.y, "Date")
    pdf.text(xs, pdf.y, "Principal subjects considered")
    pdf.line(xd - 2, pdf.y + 1.6, RIGHT, pdf.y + 1.6)
    pdf.y += LEAD + 1.5
    for d, s in rows:
        pdf.font("", 10)
        pdf.text(xd, pdf.y, d)
        if s.endswith("*"):
            pdf.text(xs, pdf.y, s[:-1])
            w = pdf.get_string_width(s[:-1])
            pdf.font("", SUP_PT)
            pdf.text(xs + w, pdf.y - SUP_RISE, "*")
        else:
            pdf.text(xs, pdf.y, s)
        pdf.y += LEAD + 1.0
    pdf.line(xd - 2, pdf.y - 4.0, RIGHT, pdf.y - 4.0)
    pdf.y += 2.0
    pdf.font("", FN_PT)
    pdf.text(xd, pdf.y, "* Joint meeting with the Working Group on IOM-UN Relations and IOM Strategy.")


def main():
    pdf = Doc()
    cover(pdf)
    body(pdf)
    annex(pdf)
    pdf.output(OUT)
    print("pages:", pdf.page_no())


if __name__ == "__main__":
    main()
