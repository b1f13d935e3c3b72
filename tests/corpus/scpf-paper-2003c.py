#!/usr/bin/env python3
"""Draw scpf-paper-2003c.pdf: an IOM Sub-Committee on Budget and Finance paper of 2003,
laid out like a word-processor document of that time (Times 12, justified, tab after
paragraph numbers, footnotes at the foot of the page), with fpdf2."""
import os
import re

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "scpf-paper-2003c.pdf")

SYMBOL = "SCBF/262"
DATE = "29 September 2003"

# ---------------------------------------------------------------- page geometry (mm)
PAGE_W, PAGE_H = 210.0, 297.0
LM, RM = 25.0, 25.0
TW = PAGE_W - LM - RM          # text width 160 mm
TOP = 20.0
BOTTOM = 272.0                 # lowest baseline allowed for body + footnotes
TAB = 12.7                     # half-inch tab
LH = 4.9                       # 12 pt single spacing
FS = 12
FN_FS = 10
FN_LH = 4.1
SUP_FS = 8

# ---------------------------------------------------------------- content
# Markers in text: {n} = raised footnote marker n.
FOOTNOTES = {
    "1": "The formula was endorsed by the Inter-Agency Security Management Network in May 2002. "
         "It distributes costs in proportion to each organization\u2019s share of the total number "
         "of staff in the field, as reported to UNSECOORD at the start of each biennium.",
    "2": "See document SCBF/255, paragraphs 21 to 26, which set out the use made of Discretionary "
         "Income in 2002.",
    "3": "The projection is based on the staff and office costs recorded for operational projects "
         "in the first eight months of 2003, adjusted for projects already approved for 2004. "
         "Projects funded under emergency appeals would be subject to the same rate.",
}

BODY = [
    ("h", "I.", "INTRODUCTION"),
    ("p", "1.", "At its Eighty-ninth Session in May 2003, the Sub-Committee on Budget and Finance "
     "requested the Administration to provide a fuller account of the costs incurred by the "
     "Organization to protect its staff and premises, together with options for placing the "
     "financing of those costs on a stable and predictable footing. The present paper responds "
     "to that request."),
    ("p", "2.", "The attack on the United Nations headquarters in Baghdad on 19 August 2003 prompted "
     "the United Nations system and its partner organizations to reassess the protection afforded "
     "to personnel in the field. With more than 3,900 staff members in some 150 field locations, "
     "many of them in post-conflict and emergency settings, IOM is directly affected by the "
     "outcome of that reassessment."),
    ("p", "3.", "Section II of this paper describes the arrangements currently in place, Section III "
     "sets out the estimated requirements for 2003 and 2004, and Section IV proposes a funding "
     "arrangement for the consideration of Member States."),
    ("h", "II.", "CURRENT ARRANGEMENTS"),
    ("p", "4.", "Since the signature of the Cooperation Agreement between the United Nations and IOM "
     "in 1996, IOM staff in the field have been covered by the security management system of the "
     "United Nations, coordinated by the Office of the United Nations Security Coordinator "
     "(UNSECOORD). Participation gives IOM personnel access to the same security advice, "
     "relocation and evacuation arrangements as United Nations staff, and commits the "
     "Organization to share in the field-related costs of the system."),
    ("p", "5.", "The cost-sharing formula agreed among the participating organizations in 2002{1} "
     "apportions those field-related costs according to the number of staff each organization "
     "maintains in countries where a security phase is in effect. IOM\u2019s assessed share for the "
     "biennium 2002-2003 is USD 1,386,000, of which USD 693,000 falls due in 2003. Because the "
     "number of IOM staff in the field has grown faster than that of most other participants, "
     "the Organization\u2019s share is expected to rise when the formula is next applied."),
    ("p", "6.", "In addition to this contribution, the Organization meets the direct costs of "
     "protecting its own staff and offices: the salaries of field security officers, security "
     "training, communications equipment and the physical protection of premises. These costs "
     "were not foreseen when the Programme and Budget for 2003 was approved by the Council in "
     "Resolution No. 1083 (LXXXIV) of 4 December 2002, and have so far been met from "
     "Discretionary Income on an ad hoc basis."),
    ("p", "7.", "The Sub-Committee will recall that the use of Discretionary Income for security "
     "purposes was first discussed at its spring session.{2} Discretionary Income depends on the "
     "volume of operational activity and on interest earnings, both of which fluctuate from year "
     "to year; it is therefore not a reliable source for recurrent obligations of this kind."),
    ("h", "III.", "ESTIMATED REQUIREMENTS FOR 2003 AND 2004"),
    ("p", "8.", "Table 1 groups the Organization\u2019s security costs under two headings. Field staff "
     "security measures cover IOM\u2019s share of the United Nations field-related costs, the cost of "
     "field security officers and mandatory security training. Premises security and equipment "
     "cover the adaptation of offices to the Minimum Operating Security Standards (MOSS), radio "
     "and satellite communications, and protective equipment for vehicles."),
    ("table", "Table 1: Estimated security costs for 2003 and 2004 (in US dollars)",
     ["", "2003 (estimate)", "2004 (projection)"],
     [["Field staff security measures", "1,240,000", "1,660,000"],
      ["Premises security and equipment", "785,000", "915,000"],
      ["Total", "2,025,000", "2,575,000"]]),
    ("p", "9.", "The increase of USD 550,000 between 2003 and 2004 reflects the higher share of "
     "United Nations field costs expected for the next biennium, the recruitment of two "
     "additional field security officers for the Middle East and West Africa, and the completion "
     "of work on those offices that do not yet meet MOSS requirements."),
    ("p", "10.", "None of these amounts is included in the Programme and Budget for 2004 (MC/2105), "
     "which was prepared before the events of August 2003. If no specific funding arrangement is "
     "made, the entire 2004 requirement of USD 2,575,000 would have to be met from Discretionary "
     "Income, reducing by a corresponding amount the resources available for other priorities "
     "endorsed by Member States."),
    ("h", "IV.", "PROPOSED FUNDING ARRANGEMENT"),
    ("p", "11.", "The Administration has considered three options: an increase in the Administrative "
     "Part of the Budget, financed from assessed contributions; continued reliance on "
     "Discretionary Income; and a charge on operational projects, reflecting the fact that most "
     "security costs arise in the field, where projects are implemented. Member States have "
     "indicated on several occasions that they do not favour an increase in assessed "
     "contributions at this time, and continued reliance on Discretionary Income alone would not "
     "be prudent."),
    ("p", "12.", "Taking these considerations into account, the Administration recommends:"),
    ("li", "1.", "that a Staff and Premises Security Mechanism be established with effect from "
     "1 January 2004, financed by a charge of 1 per cent on the staff and office costs of all "
     "operational projects;"),
    ("li", "2.", "that the contribution from Discretionary Income to security costs be limited to "
     "USD 1,000,000 in 2004, and that any balance remaining in the Mechanism at the end of a year "
     "be carried forward for security purposes only; and"),
    ("li", "3.", "that the Administration report each year to the Sub-Committee on the income and "
     "expenditure of the Mechanism, beginning with the financial report for 2004."),
    ("p", "13.", "On the basis of projected staff and office costs of USD 157.5 million for "
     "operational projects in 2004, the proposed charge would yield approximately "
     "USD 1,575,000.{3} Together with the contribution of USD 1,000,000 from Discretionary Income, "
     "this would cover the full requirement of USD 2,575,000 shown in Table 1."),
    ("p", "14.", "Should the Sub-Committee support this approach, the Administration will reflect the "
     "Mechanism in a revision of the Programme and Budget for 2004, to be submitted to the "
     "Council at its Eighty-sixth Session in November 2003. Informal consultations held with the "
     "main donors in September 2003 showed general support for the principle of a project-based "
     "charge."),
    ("h", "V.", "CONCLUSION"),
    ("p", "15.", "The Sub-Committee is invited to take note of this document and to convey to the "
     "Council its views on the recommendations set out in paragraph 12."),
]


# ---------------------------------------------------------------- helpers
class Doc(FPDF):
    pass


pdf = Doc(orientation="P", unit="mm", format="A4")
pdf.core_fonts_encoding = "windows-1252"
pdf.set_auto_page_break(False)
pdf.set_title("Financing of the Organization's staff and premises security costs")
pdf.set_author("IOM")
pdf.set_creator("Microsoft Word 2000")


def sw(s, size=FS, style=""):
    pdf.set_font("Times", style, size)
    return pdf.get_string_width(s)


def tokens(text):
    """Split a paragraph into words; each word is a list of (kind, string) pieces."""
    words = []
    for w in text.split():
        pieces = []
        for part in re.split(r"(\{\d+\})", w):
            if not part:
                continue
            m = re.fullmatch(r"\{(\d+)\}", part)
            pieces.append(("sup", m.group(1)) if m else ("txt", part))
        words.append(pieces)
    return words


def word_w(pieces, size=FS, style=""):
    w = 0.0
    for kind, s in pieces:
        w += sw(s, SUP_FS if kind == "sup" and size == FS else (size * 0.7 if kind == "sup" else size),
                "" if kind == "sup" else style)
    return w


def break_lines(words, first_w, other_w, size=FS, style=""):
    space = sw(" ", size, style)
    lines, cur, cur_w = [], [], 0.0
    avail = first_w
    for wd in words:
        ww = word_w(wd, size, style)
        need = ww if not cur else cur_w + space + ww
        if cur and need > avail:
            lines.append(cur)
            cur, cur_w = [wd], ww
            avail = other_w
        else:
            cur.append(wd)
            cur_w = need
    if cur:
        lines.append(cur)
    return lines


def draw_line(words, x, y, width, justify, size=FS, style=""):
    """Draw one line of words at baseline y; justified unless justify is False."""
    space = sw(" ", size, style)
    total = sum(word_w(w, size, style) for w in words)
    gap = space
    if justify and len(words) > 1:
        gap = (width - total) / (len(words) - 1)
    cx = x
    markers = []
    for wd in words:
        for kind, s in wd:
            if kind == "sup":
                ssz = SUP_FS if size == FS else size * 0.7
                pdf.set_font("Times", "", ssz)
                pdf.text(cx, y - size * 0.3528 * 0.38, s)
                cx += pdf.get_string_width(s)
                markers.append(s)
            else:
                pdf.set_font("Times", style, size)
                pdf.text(cx, y, s)
                cx += pdf.get_string_width(s)
        cx += gap
    return markers


# ---------------------------------------------------------------- page flow with footnotes
class Flow:
    def __init__(self):
        self.y = None            # baseline of next line
        self.page_fns = []       # footnote numbers on the current page
        self.body_page = 0

    def fn_lines(self, n):
        words = tokens("{%s} " % n + FOOTNOTES[n])
        # marker + text as one run: marker glued to the first word by a space
        return break_lines(words, TW, TW, FN_FS)

    def fn_height(self, fns):
        if not fns:
            return 0.0
        h = 5.0  # separator space
        for n in fns:
            h += len(self.fn_lines(n)) * FN_LH + 0.8
        return h

    def limit(self, extra=()):
        return BOTTOM - self.fn_height(self.page_fns + list(extra))

    def new_page(self):
        if self.body_page:
            self.flush_footnotes()
        pdf.add_page()
        self.body_page += 1
        pdf.set_font("Times", "", FS)
        pdf.set_xy(LM, TOP - 4)
        pdf.cell(TW, LH, SYMBOL, align="R")
        pdf.set_xy(LM, TOP - 4 + LH)
        pdf.cell(TW, LH, "Page %d" % self.body_page, align="R")
        self.y = TOP + 3 * LH + 2
        self.page_fns = []

    def flush_footnotes(self):
        if not self.page_fns:
            return
        top = BOTTOM - self.fn_height(self.page_fns) + LH
        pdf.set_line_width(0.2)
        pdf.line(LM, top, LM + 50.8, top)
        yb = top + 5.0
        for n in self.page_fns:
            lines = self.fn_lines(n)
            for i, ln in enumerate(lines):
                draw_line(ln, LM, yb, TW, justify=(i < len(lines) - 1), size=FN_FS)
                yb += FN_LH
            yb += 0.8
        self.page_fns = []

    def ensure(self, height):
        if self.y + height > self.limit():
            self.new_page()

    def markers_of(self, words):
        return [s for wd in words for k, s in wd if k == "sup"]

    def place_lines(self, lines, x_first, x_other, w_first, w_other, style=""):
        for i, ln in enumerate(lines):
            mk = self.markers_of(ln)
            if self.y > self.limit(mk):
                self.new_page()
            x = x_first if i == 0 else x_other
            w = w_first if i == 0 else w_other
            draw_line(ln, x, self.y, w, justify=(i < len(lines) - 1), style=style)
            self.page_fns.extend(mk)
            self.y += LH

    def blank(self):
        self.y += LH


flow = Flow()


def para(num, text):
    words = tokens(text)
    lines = break_lines(words, TW - TAB, TW)
    # keep at least two lines together at the top of a paragraph
    flow.ensure(min(2, len(lines)) * LH)
    pdf.set_font("Times", "", FS)
    pdf.text(LM, flow.y, num)
    flow.place_lines(lines, LM + TAB, LM, TW - TAB, TW)
    flow.blank()


def list_item(num, text):
    words = tokens(text)
    x0 = LM + TAB
    x1 = LM + 2 * TAB
    lines = break_lines(words, TW - 2 * TAB, TW - 2 * TAB)
    flow.ensure(min(2, len(lines)) * LH)
    pdf.set_font("Times", "", FS)
    pdf.text(x0, flow.y, num)
    flow.place_lines(lines, x1, x1, TW - 2 * TAB, TW - 2 * TAB)
    flow.blank()


def heading(num, text):
    flow.ensure(4 * LH)
    pdf.set_font("Times", "B", FS)
    pdf.text(LM, flow.y, num)
    pdf.text(LM + TAB, flow.y, text)
    flow.y += LH
    flow.blank()


def table(caption, head, rows):
    col = [78.0, 36.0, 36.0]
    rh = 6.5
    x0 = LM + (TW - sum(col)) / 2
    height = LH * 2 + rh * (len(rows) + 1) + LH
    flow.ensure(height)
    pdf.set_font("Times", "B", FS)
    pdf.text(LM + (TW - pdf.get_string_width(caption)) / 2, flow.y, caption)
    flow.y += LH
    top = flow.y - LH + 3.0 + 2.0
    pdf.set_line_width(0.2)
    # header row
    y = top
    allrows = [head] + rows
    for r, row in enumerate(allrows):
        x = x0
        bold = r == 0 or row[0] == "Total"
        for c, cell in enumerate(row):
            pdf.rect(x, y, col[c], rh)
            pdf.set_font("Times", "B" if bold else "", 11)
            w = pdf.get_string_width(cell)
            if c == 0:
                tx = x + 1.5
            elif r == 0:
                tx = x + (col[c] - w) / 2
            else:
                tx = x + col[c] - 2.0 - w
            pdf.text(tx, y + rh - 2.0, cell)
            x += col[c]
        y += rh
    flow.y = y + LH + 2.0
    flow.blank()


# ---------------------------------------------------------------- cover page
pdf.add_page()
pdf.set_font("Times", "B", 14)
pdf.set_xy(LM, 22)
pdf.cell(TW, 6, SYMBOL, align="R")
pdf.set_font("Times", "", FS)
pdf.set_xy(LM, 30)
pdf.cell(TW, LH, "Original: English", align="R")
pdf.set_xy(LM, 30 + LH)
pdf.cell(TW, LH, DATE, align="R")

pdf.set_font("Times", "B", FS)
pdf.set_xy(LM, 92)
pdf.cell(TW, LH, "NINETIETH SESSION", align="C")
pdf.set_font("Times", "", FS)
pdf.set_xy(LM, 100)
pdf.cell(TW, LH, "_" * 30, align="C")

pdf.set_font("Times", "B", 14)
for i, t in enumerate(["FINANCING OF THE ORGANIZATION\u2019S STAFF",
                       "AND PREMISES SECURITY COSTS"]):
    pdf.set_xy(LM, 140 + i * 7)
    pdf.cell(TW, 7, t, align="C")

# trilingual footer of the Sub-Committee, three columns
pdf.set_line_width(0.4)
pdf.line(LM, 262, PAGE_W - RM, 262)
cols = [["SUB-COMMITTEE ON BUDGET", "AND FINANCE"],
        ["SOUS-COMIT\u00c9 DU BUDGET", "ET DES FINANCES"],
        ["SUBCOMIT\u00c9 DE PRESUPUESTO", "Y FINANZAS"]]
cw = TW / 3
pdf.set_font("Times", "B", 9.5)
for c, lines in enumerate(cols):
    for i, t in enumerate(lines):
        pdf.set_xy(LM + c * cw, 265 + i * 4.5)
        pdf.cell(cw, 4.5, t, align="C")

# ---------------------------------------------------------------- body
flow.new_page()
pdf.set_font("Times", "", FS)
for t in ["FINANCING OF THE ORGANIZATION\u2019S STAFF", "AND PREMISES SECURITY COSTS"]:
    pdf.text(LM + (TW - pdf.get_string_width(t)) / 2, flow.y, t)
    flow.y += LH
flow.blank()
flow.blank()

for block in BODY:
    kind = block[0]
    if kind == "h":
        heading(block[1], block[2])
    elif kind == "p":
        para(block[1], block[2])
    elif kind == "li":
        list_item(block[1], block[2])
    elif kind == "table":
        table(block[1], block[2], block[3])

flow.flush_footnotes()
pdf.output(OUT)
print("wrote", OUT, "pages:", pdf.page_no())
