#!/usr/bin/env python3
"""Draws note-concerning-1996.pdf with fpdf2.

A revised Council document of 1996 (MC/1881/Rev.1) issued with a
"NOTE CONCERNING DOCUMENT MC/1881" sheet placed before its own cover.
Layout: A4, Times, right-aligned cover block, running header
"MC/1881/Rev.1 / Page n" on the text pages, numbered paragraphs with the
first line indented after the number, raised footnote markers with their
bodies at the page foot under a typed rule, a table drawn at fixed
column positions, and the trilingual organ footer on the cover pages.
"""
import os
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "note-concerning-1996.pdf")

SYMBOL = "MC/1881/Rev.1"
DATE = "15 November 1996"
SESSION = "SEVENTY-SECOND SESSION"

PAGE_W, PAGE_H = 210.0, 297.0
LM, RM = 25.0, 20.0
TW = PAGE_W - LM - RM
TOP = 38.0           # first text baseline on a body page
BOTTOM = 272.0       # lowest baseline allowed on a page
FS = 12              # body font size
LH = 5.6             # body line height
FN_FS = 10
FN_LH = 4.6
SUP_FS = 7.5
SUP_RISE = 2.1
NUM_IND = 15.0       # text indent after the paragraph number
ITEM_LBL = 15.0      # item label position
ITEM_TXT = 25.0      # item text position (hanging)


class Doc(FPDF):
    pass


pdf = Doc(orientation="P", unit="mm", format="A4")
pdf.set_auto_page_break(False)
pdf.set_margins(LM, 15, RM)
pdf.set_title("MC/1881/Rev.1")


# ---------------------------------------------------------------- helpers
def parse_words(text, style=""):
    """Split text into words; each word is a list of (fragment, style).
    ^n^ marks a raised footnote marker glued to the word before it."""
    words = []
    for raw in text.split():
        pieces = []
        parts = raw.split("^")
        for i, part in enumerate(parts):
            if not part:
                continue
            pieces.append((part, "sup" if i % 2 == 1 else style))
        words.append(pieces)
    return words


def piece_width(frag, st, size):
    if st == "sup":
        pdf.set_font("Times", "", SUP_FS)
    else:
        pdf.set_font("Times", st, size)
    return pdf.get_string_width(frag)


def word_width(word, size):
    return sum(piece_width(f, s, size) for f, s in word)


def markers_in(words):
    return [f for w in words for f, s in w if s == "sup"]


def break_lines(words, first_w, rest_w, size):
    lines, cur, cur_w = [], [], 0.0
    pdf.set_font("Times", "", size)
    space = pdf.get_string_width(" ")
    for w in words:
        ww = word_width(w, size)
        avail = first_w if not lines else rest_w
        need = ww if not cur else cur_w + space + ww
        if cur and need > avail:
            lines.append(cur)
            cur, cur_w = [w], ww
        else:
            cur.append(w)
            cur_w = need
    if cur:
        lines.append(cur)
    return lines


def draw_line(words, x, y, width, size, justify):
    pdf.set_font("Times", "", size)
    space = pdf.get_string_width(" ")
    widths = [word_width(w, size) for w in words]
    gap = space
    if justify and len(words) > 1:
        gap = (width - sum(widths)) / (len(words) - 1)
    cx = x
    for w, ww in zip(words, widths):
        px = cx
        for frag, st in w:
            if st == "sup":
                pdf.set_font("Times", "", SUP_FS)
                pdf.text(px, y - SUP_RISE, frag)
            else:
                pdf.set_font("Times", st, size)
                pdf.text(px, y, frag)
            px += piece_width(frag, st, size)
        cx += ww + gap


# ------------------------------------------------------------- furniture
def emblem(x, y):
    """A plain drawn emblem (no text) in the top-left corner of a cover."""
    pdf.set_line_width(0.4)
    pdf.ellipse(x, y, 16, 16)
    pdf.ellipse(x + 4, y + 1, 8, 14)
    pdf.line(x, y + 8, x + 16, y + 8)
    pdf.set_line_width(0.2)


def cover_block():
    pdf.set_font("Times", "B", 12)
    w = pdf.get_string_width(SYMBOL)
    pdf.text(PAGE_W - RM - w, 22, SYMBOL)
    pdf.set_font("Times", "", 11)
    for i, s in enumerate(["Original: ENGLISH", DATE]):
        w = pdf.get_string_width(s)
        pdf.text(PAGE_W - RM - w, 28 + i * 5.2, s)
    emblem(LM, 16)
    pdf.set_font("Times", "B", 12)
    pdf.text(LM, 54, SESSION)
    pdf.set_line_width(0.5)
    pdf.line(LM, 58, PAGE_W - RM, 58)
    pdf.set_line_width(0.2)


def trilingual_footer():
    pdf.set_font("Times", "B", 13)
    words = ["COUNCIL", "CONSEIL", "CONSEJO"]
    xs = [LM + 8, PAGE_W / 2, PAGE_W - RM - 8]
    for i, (wd, x) in enumerate(zip(words, xs)):
        w = pdf.get_string_width(wd)
        if i == 0:
            pdf.text(x, 282, wd)
        elif i == 1:
            pdf.text(x - w / 2, 282, wd)
        else:
            pdf.text(x - w, 282, wd)
    pdf.set_line_width(0.5)
    pdf.line(LM, 276, PAGE_W - RM, 276)
    pdf.set_line_width(0.2)


def centred(text, y, style="B", size=12):
    pdf.set_font("Times", style, size)
    w = pdf.get_string_width(text)
    pdf.text((PAGE_W - w) / 2, y, text)
    return w


# ------------------------------------------------------------ body flow
class Flow:
    def __init__(self):
        self.page_no = 0
        self.y = None
        self.fns = []          # footnotes on the current page: (marker, text)
        self.revmarks = []     # (y0, y1) spans of revised text on this page

    def fn_height(self, fns):
        if not fns:
            return 0.0
        h = 6.0
        for m, t in fns:
            lines = break_lines(parse_words(t), TW - 6, TW - 6, FN_FS)
            h += len(lines) * FN_LH + 1.0
        return h

    def limit(self, extra=()):
        return BOTTOM - self.fn_height(self.fns + list(extra))

    def new_page(self):
        if self.page_no:
            self.finish_page()
        pdf.add_page()
        self.page_no += 1
        pdf.set_font("Times", "", 11)
        for i, s in enumerate([SYMBOL, "Page %d" % self.page_no]):
            w = pdf.get_string_width(s)
            pdf.text(PAGE_W - RM - w, 15 + i * 5.0, s)
        self.y = TOP
        self.fns = []

    def finish_page(self):
        if self.fns:
            total = self.fn_height(self.fns)
            y = BOTTOM - total + 5.0
            pdf.set_font("Times", "", FN_FS)
            pdf.text(LM, y, "_" * 20)
            y += 6.0
            for m, t in self.fns:
                pdf.set_font("Times", "", SUP_FS)
                pdf.text(LM + 1, y - 1.3, m)
                lines = break_lines(parse_words(t), TW - 6, TW - 6, FN_FS)
                for j, ln in enumerate(lines):
                    draw_line(ln, LM + 6, y, TW - 6, FN_FS,
                              justify=(j < len(lines) - 1))
                    y += FN_LH
                y += 1.0

    def gap(self, h):
        self.y += h

    def ensure(self, h):
        if self.y + h > self.limit():
            self.new_page()

    def revmark(self, y0, y1):
        pdf.set_line_width(0.6)
        pdf.line(LM - 6, y0 - 4.2, LM - 6, y1 + 1.0)
        pdf.set_line_width(0.2)

    def lines_out(self, lines, first_x, rest_x, first_w, rest_w, label=None,
                  label_x=LM, size=FS, revised=False, justify_last=False):
        span_start = None
        for j, ln in enumerate(lines):
            new_fns = [(m, FOOTNOTES[m]) for m in markers_in(ln)]
            if self.y + LH > self.limit(new_fns) or self.y > self.limit(new_fns):
                if revised and span_start is not None:
                    self.revmark(span_start, self.y - LH)
                self.new_page()
                span_start = None
            if span_start is None:
                span_start = self.y
            if j == 0 and label:
                pdf.set_font("Times", "", size)
                pdf.text(label_x, self.y, label)
            x = first_x if j == 0 else rest_x
            w = first_w if j == 0 else rest_w
            last = j == len(lines) - 1
            draw_line(ln, x, self.y, w, size, justify=(not last) or justify_last)
            self.fns.extend(new_fns)
            self.y += LH
        if revised and span_start is not None:
            self.revmark(span_start, self.y - LH)

    def para(self, num, text, revised=False):
        words = parse_words(text)
        lines = break_lines(words, TW - NUM_IND, TW, FS)
        self.ensure(LH * min(2, len(lines)))
        self.lines_out(lines, LM + NUM_IND, LM, TW - NUM_IND, TW,
                       label="%d." % num, revised=revised)
        self.y += LH * 0.9

    def item(self, label, text, revised=False):
        words = parse_words(text)
        w = TW - ITEM_TXT
        lines = break_lines(words, w, w, FS)
        self.ensure(LH * min(2, len(lines)))
        self.lines_out(lines, LM + ITEM_TXT, LM + ITEM_TXT, w, w,
                       label=label, label_x=LM + ITEM_LBL, revised=revised)
        self.y += LH * 0.6

    def heading(self, num, text):
        self.ensure(LH * 4)
        pdf.set_font("Times", "B", FS)
        pdf.text(LM, self.y, num + ".")
        pdf.text(LM + NUM_IND, self.y, text)
        self.y += LH * 1.9


FOOTNOTES = {
    "1": "The conditions under which such plans are agreed are set out in "
         "document MC/1829, paragraphs 11 to 16.",
    "2": "The Sub-Committee on Budget and Finance examined the same document "
         "at its meeting of 11 June 1996 (see its report, MC/EX/591).",
    "3": "The Council may nevertheless allow such a Member State to vote if "
         "it is satisfied that the failure to pay is due to conditions "
         "beyond the control of that State.",
}

# ============================================== page: NOTE CONCERNING ...
pdf.add_page()
cover_block()
y = 84
w = centred("NOTE CONCERNING DOCUMENT MC/1881", y, "B", 13)
pdf.line((PAGE_W - w) / 2, y + 1.2, (PAGE_W + w) / 2, y + 1.2)
y += 16

NOTE_PARAS = [
    "Document MC/1881, issued on 1 October 1996, reported the status of "
    "contributions to the Administrative Part of the Budget as at "
    "30 September 1996. Since that date several Member States have made "
    "payments towards their 1996 assessments and towards arrears from "
    "previous years, and the figures in the original document no longer "
    "reflect the situation.",
    "The present revision brings the figures up to date as at 8 November "
    "1996. Paragraphs 3, 4, 7 and 9 and the table following paragraph 6 "
    "have been revised, and a new paragraph 10 has been inserted; the "
    "former paragraph 10 now appears as paragraph 11. The remaining "
    "paragraphs are unchanged. Revised passages are marked by a vertical "
    "line in the left margin.",
    "Delegations are kindly requested to replace the earlier version with "
    "this document, which will be before the Council at its Seventy-second "
    "Session under item 8 of the provisional agenda (MC/1877).",
]
for t in NOTE_PARAS:
    lines = break_lines(parse_words(t), TW, TW, FS)
    for j, ln in enumerate(lines):
        draw_line(ln, LM, y, TW, FS, justify=(j < len(lines) - 1))
        y += LH
    y += LH * 1.2
trilingual_footer()

# ===================================================== page: the cover
pdf.add_page()
cover_block()
centred("STATUS REPORT ON OUTSTANDING CONTRIBUTIONS", 128, "B", 14)
centred("TO THE ADMINISTRATIVE PART OF THE BUDGET", 136, "B", 14)
trilingual_footer()

# ===================================================== body pages
F = Flow()
F.new_page()
centred("STATUS REPORT ON OUTSTANDING CONTRIBUTIONS", F.y, "B", FS)
F.y += LH
centred("TO THE ADMINISTRATIVE PART OF THE BUDGET", F.y, "B", FS)
F.y += LH * 2.6

F.heading("I", "INTRODUCTION")
F.para(1,
       "In accordance with established practice, the Administration reports "
       "to each regular session of the Council on the payment of assessed "
       "contributions to the Administrative Part of the Budget. The present "
       "document sets out the position as at 8 November 1996 and indicates "
       "the amounts still outstanding for the current and earlier years.")
F.para(2,
       "The Council last considered the question at its Seventy-first "
       "Session, when it adopted Resolution No. 924 (LXXI) of 29 November "
       "1995 on the payment of contributions. In that resolution the Council "
       "urged Member States in arrears to settle their outstanding "
       "contributions without delay or, where this was not possible, to "
       "agree with the Administration on a plan for payment by "
       "instalments.^1^ The Executive Committee reviewed the situation at its "
       "Ninety-third Session in June 1996 on the basis of document "
       "MC/EX/589.^2^")

F.heading("II", "ASSESSED CONTRIBUTIONS FOR 1996")
F.para(3,
       "Assessed contributions for 1996, as approved by the Council in "
       "Resolution No. 926 (LXXI), amount to CHF 38,504,000. As at "
       "8 November 1996, payments totalling CHF 30,127,415, or 78.2 per cent "
       "of the amount assessed, had been received, leaving a balance of "
       "CHF 8,376,585 due for the current year.", revised=True)
F.para(4,
       "Thirty-six of the 59 Member States have paid their 1996 "
       "contributions in full and a further seven have made partial "
       "payments. Sixteen Member States have so far made no payment in "
       "respect of 1996.", revised=True)
F.para(5,
       "The Administration would recall that, under the Financial "
       "Regulations, contributions fall due in full at the beginning of the "
       "financial year to which they relate. Late payment affects the "
       "Organization in several ways:")
F.item("(a)",
       "the Organization must draw on its limited cash reserves to meet "
       "staff and office costs during the first months of the year;")
F.item("(b)",
       "the cost of essential administrative services is borne, in the "
       "interval, by those Member States which pay on time; and")
F.item("(c)",
       "planning of the administrative structure for the following year "
       "becomes uncertain, since the level of income cannot be predicted "
       "with confidence.")
F.y += LH * 0.3

F.heading("III", "ARREARS FROM PREVIOUS YEARS")
F.para(6,
       "Contributions outstanding for 1995 and earlier years amount to "
       "CHF 6,637,390. The distribution of all amounts outstanding, by year "
       "of assessment, is shown in the following table.")

# ------------------------------------------------------------- table
TABLE_ROWS = [
    ("1993 and prior", "4", "2,906,114", "19.4"),
    ("1994", "5", "1,412,870", "9.4"),
    ("1995", "9", "2,318,406", "15.4"),
    ("1996", "23", "8,376,585", "55.8"),
    ("Total", "26", "15,013,975", "100.0"),
]
table_h = LH * (3 + len(TABLE_ROWS)) + 14
F.ensure(table_h)
t_y0 = F.y
centred("Contributions outstanding as at 8 November 1996 (in Swiss francs)",
        F.y, "B", 11)
F.y += LH * 1.5
# column layout: label left at c0; the others right-aligned at their edges
c0 = LM + 6
r1, r2, r3 = LM + 84, LM + 124, LM + 158
pdf.set_line_width(0.3)
pdf.line(LM + 2, F.y - 4.3, LM + TW - 2, F.y - 4.3)
pdf.set_font("Times", "B", 11)
heads = [("Year of", "assessment", None), ("Member States", "concerned", r1),
         ("Amount", "outstanding", r2), ("Per cent", "of total", r3)]
for k, (h1, h2, right) in enumerate(heads):
    for i, h in enumerate((h1, h2)):
        if right is None:
            pdf.text(c0, F.y + i * 4.8, h)
        else:
            pdf.text(right - pdf.get_string_width(h), F.y + i * 4.8, h)
F.y += 4.8 + 2.4
pdf.line(LM + 2, F.y, LM + TW - 2, F.y)
F.y += LH
for row in TABLE_ROWS:
    bold = row[0] == "Total"
    if bold:
        pdf.line(LM + 2, F.y - 4.2, LM + TW - 2, F.y - 4.2)
        F.y += 1.0
    pdf.set_font("Times", "B" if bold else "", 11)
    pdf.text(c0, F.y, row[0])
    for val, right in zip(row[1:], (r1, r2, r3)):
        pdf.text(right - pdf.get_string_width(val), F.y, val)
    F.y += LH
pdf.line(LM + 2, F.y - 3.6, LM + TW - 2, F.y - 3.6)
pdf.set_line_width(0.2)
F.revmark(t_y0, F.y - LH)
F.y += LH * 1.2

F.para(7,
       "A Member State with arrears for more than one year is counted in "
       "each of the years concerned; the figure of 26 in the total line is "
       "the number of Member States with any amount outstanding. Of these, "
       "23 owe contributions for 1996, while three Member States with "
       "arrears for earlier years have paid their 1996 contributions in "
       "full.", revised=True)
F.para(8,
       "Since the Seventy-first Session two Member States have concluded "
       "payment plans with the Administration and both have met the "
       "instalments due so far. Payments received under these plans in "
       "1996 amount to CHF 412,500, which is included in the figures "
       "above.")
F.para(9,
       "Under Article 4 of the Constitution, a Member State whose arrears "
       "equal or exceed the contributions due from it for the two preceding "
       "full years has no vote in the Council.^3^ As at 8 November 1996 "
       "seven Member States were in that position, compared with eight on "
       "30 September 1996.", revised=True)

F.heading("IV", "CONCLUSIONS")
F.para(10, "The Council is invited:", revised=True)
F.item("(a)", "to take note of the present document;", revised=True)
F.item("(b)",
       "to urge all Member States which have not yet done so to pay their "
       "1996 contributions in full before the end of the year; and",
       revised=True)
F.item("(c)",
       "to request Member States with arrears of two years or more to "
       "approach the Administration with a view to agreeing on a plan for "
       "the settlement of those arrears.", revised=True)
F.y += LH * 0.3
F.para(11,
       "The Administration will report again on the status of contributions "
       "to the Executive Committee at its next regular session in 1997.")
F.finish_page()

pdf.output(OUT)
print("pages:", pdf.pages_count)
