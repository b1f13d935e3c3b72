"""Draws scale-of-assessment-2007c.pdf: an SCPF paper of 2007 proposing the IOM scale of
assessment for 2008, laid out like a word-processor document of that time (fpdf2)."""
import os
import re

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "scale-of-assessment-2007c.pdf")

SYMBOL = "SCPF/5"
BUDGET = 38200000          # Administrative Part of the Budget for 2008, CHF
MIN_RATE = 0.035

# United Nations scale of assessment 2007-2009 (General Assembly resolution 61/237)
UN = [("Afghanistan", 0.001), ("Albania", 0.006), ("Algeria", 0.085), ("Angola", 0.003),
      ("Argentina", 0.325), ("Armenia", 0.002), ("Australia", 1.787), ("Austria", 0.887),
      ("Azerbaijan", 0.005), ("Bangladesh", 0.010), ("Belgium", 1.102), ("Benin", 0.001),
      ("Bolivia", 0.006), ("Brazil", 0.876), ("Bulgaria", 0.020), ("Burkina Faso", 0.002),
      ("Burundi", 0.001), ("Cambodia", 0.001), ("Canada", 2.977), ("Chile", 0.161),
      ("Colombia", 0.105), ("Costa Rica", 0.032), ("Croatia", 0.050), ("Cyprus", 0.044),
      ("Czech Republic", 0.281), ("Denmark", 0.739), ("Dominican Republic", 0.024),
      ("Ecuador", 0.021), ("Egypt", 0.088), ("Finland", 0.564), ("France", 6.301),
      ("Germany", 8.577), ("Ghana", 0.004), ("Greece", 0.596), ("Guatemala", 0.032),
      ("Haiti", 0.002), ("Honduras", 0.005), ("Hungary", 0.244), ("Ireland", 0.445),
      ("Israel", 0.419), ("Italy", 5.079), ("Japan", 16.624), ("Kenya", 0.010),
      ("Mexico", 2.257), ("Montenegro", 0.001), ("Morocco", 0.042), ("Netherlands", 1.873),
      ("Nigeria", 0.048), ("Norway", 0.782), ("Philippines", 0.078), ("Poland", 0.501),
      ("Portugal", 0.527), ("Republic of Korea", 2.173), ("Senegal", 0.004),
      ("South Africa", 0.290), ("Spain", 2.968), ("Sweden", 1.071), ("Switzerland", 1.216),
      ("United Kingdom", 6.642), ("United States of America", 22.000)]


def compute_scale():
    fixed = set()
    while True:
        rest = [(n, r) for n, r in UN if n not in fixed]
        pool = 100 - MIN_RATE * len(fixed)
        s = sum(r for _, r in rest)
        low = [n for n, r in rest if r * pool / s < MIN_RATE]
        if not low:
            break
        fixed |= set(low)
    iom = {n: (MIN_RATE if n in fixed else round(r * pool / s, 3)) for n, r in UN}
    # rounding difference absorbed by the largest contributor
    diff = round(100 - sum(iom.values()), 3)
    iom["United States of America"] = round(iom["United States of America"] + diff, 3)
    rows = []
    for n, r in UN:
        thousandths = int(round(iom[n] * 1000))
        amount = thousandths * BUDGET // 100000
        rows.append((n, r, iom[n], amount))
    assert sum(int(round(x[2] * 1000)) for x in rows) == 100000
    assert sum(x[3] for x in rows) == BUDGET
    return rows, len(fixed)


ROWS, N_MIN = compute_scale()
UN_TOTAL = sum(r for _, r in UN)

# ----------------------------------------------------------------------------------------
# Text of the document. "^n" after a word marks a raised footnote marker.

FOOTNOTES = {
    "1": "The minimum rate of 0.035 per cent was set by the Council in Resolution No. 1107 "
         "(LXXXVIII) of 30 November 2004 and has been applied without change since 2005.",
    "2": "See the report on the Ninety-third Session of the Council (MC/2219), paragraphs 11 to 16.",
    "3": "Admitted to membership in June 2007; assessed for the first time under the scale for 2008.",
}

BODY = [
    ("h", "I.", "INTRODUCTION"),
    ("p", "1", "This paper sets out the scale of assessment proposed for 2008, which will serve to "
               "apportion among Member States the Administrative Part of the Budget for that year. "
               "The Administrative Part of the Budget is presented in the Programme and Budget for "
               "2008 (MC/2227), which is before the Standing Committee at the same session."),
    ("p", "2", "The Standing Committee on Programmes and Finance, which the Council established "
               "through Resolution No. 1150 of 7 June 2007, is requested to examine the proposed "
               "scale and to make a recommendation on it to the Council, which will take a decision "
               "at its Ninety-fourth Session in November 2007."),
    ("h", "II.", "BASIS OF THE PROPOSED SCALE"),
    ("p", "3", "Since 1999 the scale of assessment of the Organization has been aligned with that of "
               "the United Nations, in accordance with Resolution No. 981 (LXXVI) of 2 December "
               "1998. Each Member State therefore contributes in proportion to its rate in the "
               "United Nations scale, adjusted to take account of the fact that the membership of "
               "IOM is not the same as that of the United Nations."),
    ("p", "4", "By its resolution 61/237 of 22 December 2006, the General Assembly of the United "
               "Nations adopted the scale for the apportionment of United Nations expenses for the "
               "three years 2007-2009. The United Nations rates of the current Member States of "
               "IOM under that resolution add up to %.3f per cent. The IOM scale for 2008 has been "
               "derived from them in four steps:" % UN_TOTAL),
    ("i", "(a)", "the United Nations rates of the Member States have been grossed up so that they "
                 "total 100 per cent;"),
    ("i", "(b)", "any Member State whose grossed-up rate would fall below the IOM minimum rate of "
                 "0.035 per cent has been assessed at that minimum;^1"),
    ("i", "(c)", "the balance of the scale remaining after deduction of the minimum rates has been "
                 "shared among the other Member States in proportion to their United Nations "
                 "rates; and"),
    ("i", "(d)", "the rates so obtained have been rounded to three decimal places, any difference "
                 "arising from rounding being absorbed by the largest contributor."),
    ("p", "5", "As a result, %d Member States are assessed at the minimum rate in 2008, compared "
               "with 20 under the scale for 2007 (MC/2196). The rate of the largest contributor, "
               "the United States of America, is 24.036 per cent. The complete scale, giving for "
               "each Member State its rate in the United Nations scale, its IOM rate for 2008 and "
               "the resulting assessment, is reproduced in the annex to this paper." % N_MIN),
    ("p", "6", "The assessments shown in the last column of the annex have been calculated on the "
               "basis of an Administrative Part of the Budget of CHF 38,200,000, the level proposed "
               "in document MC/2227. Should the Council approve a different amount, the assessed "
               "contributions will be recalculated, the percentages in the scale remaining as "
               "shown."),
    ("h", "III.", "NEW MEMBER STATES"),
    ("p", "7", "Burundi and Montenegro, whose applications for membership were approved by the "
               "Council in June 2007,^2 appear in the scale for the first time. Both are assessed "
               "at the minimum rate. Their contributions for the months of 2007 that followed their "
               "admission have been calculated on a pro rata basis and credited to miscellaneous "
               "income, in keeping with established practice."),
    ("p", "8", "Any State admitted to membership at the Ninety-fourth Session will be assessed from "
               "the date of its admission at the minimum rate or at its grossed-up United Nations "
               "rate, whichever is higher. Its contribution for 2008 will be treated as additional "
               "income and will not alter the rates of the existing Member States shown in the "
               "annex."),
    ("h", "IV.", "RECOMMENDATION"),
    ("p", "9", "The Standing Committee on Programmes and Finance is invited to take note of the "
               "scale of assessment for 2008 set out in the annex to this paper and to recommend "
               "it to the Council for adoption."),
]

# ----------------------------------------------------------------------------------------
# Page geometry (A4, millimetres)
LM, RM = 25.0, 25.0
TW = 210 - LM - RM
TOP = 38.0
BOTTOM = 272.0
LH = 5.0            # 12 pt single spacing
TAB = 12.7          # half an inch, the word-processor default tab
FN_LH = 4.2
FONT = "Times"


class Doc(FPDF):
    def __init__(self):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_auto_page_break(False)
        self.set_margins(LM, 15, RM)
        self.labels = None      # list of header lines for the current page
        self.y_cur = TOP
        self.page_notes = []

    # ---------- primitive text helpers
    def font(self, style="", size=12):
        self.set_font(FONT, style, size)

    def text_right(self, y, s, style="", size=12):
        self.font(style, size)
        self.text(210 - RM - self.get_string_width(s), y, s)

    def text_center(self, y, s, style="", size=12):
        self.font(style, size)
        self.text((210 - self.get_string_width(s)) / 2, y, s)

    def draw_header(self):
        if not self.labels:
            return
        y = 14
        for s in self.labels:
            self.text_right(y, s)
            y += LH

    # ---------- words and lines
    @staticmethod
    def tokenize(text):
        words = []
        for w in text.split(" "):
            segs = []
            for part in re.split(r"(\^\d+)", w):
                if not part:
                    continue
                if part.startswith("^"):
                    segs.append(("sup", part[1:]))
                else:
                    segs.append(("", part))
            words.append(segs)
        return words

    def seg_width(self, segs, size):
        w = 0
        for style, s in segs:
            if style == "sup":
                self.font("", size * 0.62)
            else:
                self.font(style, size)
            w += self.get_string_width(s)
        return w

    def wrap(self, words, first_w, other_w, size):
        self.font("", size)
        space = self.get_string_width(" ")
        lines, cur, cur_w = [], [], 0
        avail = first_w
        for segs in words:
            ww = self.seg_width(segs, size)
            add = ww if not cur else space + ww
            if cur and cur_w + add > avail:
                lines.append(cur)
                cur, cur_w = [segs], ww
                avail = other_w
            else:
                cur.append(segs)
                cur_w += add
        if cur:
            lines.append(cur)
        return lines

    def draw_line(self, line, x, y_base, width, justify, size, style=""):
        self.font("", size)
        space = self.get_string_width(" ")
        widths = [self.seg_width(s, size) for s in line]
        gap = space
        if justify and len(line) > 1:
            gap = (width - sum(widths)) / (len(line) - 1)
        for segs, w in zip(line, widths):
            xx = x
            for st, s in segs:
                if st == "sup":
                    self.font("", size * 0.62)
                    self.text(xx, y_base - size * 0.14, s)
                else:
                    self.font(style or st, size)
                    self.text(xx, y_base, s)
                xx += self.get_string_width(s)
            x += w + gap

    # ---------- footnotes
    def notes_height(self, notes):
        if not notes:
            return 0
        h = 6.0
        for n in notes:
            lines = self.wrap(self.tokenize(FOOTNOTES[n]), TW - 3, TW, 10)
            h += len(lines) * FN_LH + 1.0
        return h

    def flush_notes(self):
        if not self.page_notes:
            return
        y = BOTTOM - self.notes_height(self.page_notes) + 2.0
        self.set_line_width(0.2)
        self.line(LM, y, LM + 50, y)
        y += 4.0
        for n in self.page_notes:
            self.font("", 6.5)
            self.text(LM, y + 3.0 - 1.4, n)
            lines = self.wrap(self.tokenize(FOOTNOTES[n]), TW - 3, TW, 10)
            for k, ln in enumerate(lines):
                x0 = LM + 3 if k == 0 else LM
                w = TW - 3 if k == 0 else TW
                self.draw_line(ln, x0, y + 3.0, w, k < len(lines) - 1, 10)
                y += FN_LH
            y += 1.0
        self.page_notes = []

    def new_page(self, labels):
        self.flush_notes()
        self.add_page()
        self.labels = labels
        self.draw_header()
        self.y_cur = TOP

    def room(self, h, extra_notes=()):
        return self.y_cur + h <= BOTTOM - self.notes_height(self.page_notes + list(extra_notes))

    def place(self, line, x, width, justify, labels_next, size=12, style=""):
        notes = [s for segs in line for st, s in segs if st == "sup"]
        if not self.room(LH, notes):
            self.new_page(labels_next())
        self.draw_line(line, x, self.y_cur + 3.9, width, justify, size, style)
        self.page_notes += notes
        self.y_cur += LH


# ----------------------------------------------------------------------------------------
def main():
    pdf = Doc()
    pdf.set_title("Scale of assessment for 2008")
    pdf.set_author("International Organization for Migration")

    # ===== cover page
    pdf.add_page()
    pdf.text_right(22, SYMBOL, "B")
    pdf.text_right(22 + 2 * LH, "Original: English")
    pdf.text_right(22 + 3 * LH, "28 September 2007")
    y = 118
    pdf.text_center(y, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE", "B")
    pdf.text_center(y + 2 * LH, "FIRST SESSION", "B")
    pdf.text_center(y + 4 * LH, "30-31 October 2007")
    pdf.font("", 12)
    rule = "_" * 40
    pdf.text_center(y + 6 * LH, rule)
    pdf.text_center(y + 10 * LH, "SCALE OF ASSESSMENT FOR 2008", "B")
    fy = 262
    pdf.text_center(fy, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE", "B", 10)
    pdf.text_center(fy + 4.5, "COMITÉ PERMANENT DES PROGRAMMES ET DES FINANCES", "B", 10)
    pdf.text_center(fy + 9.0, "COMITÉ PERMANENTE DE PROGRAMAS Y FINANZAS", "B", 10)

    # ===== body
    page_no = [0]

    def body_labels():
        page_no[0] += 1
        return [SYMBOL, "Page %d" % page_no[0]]

    pdf.new_page(body_labels())
    pdf.text_center(pdf.y_cur + 3.9, "SCALE OF ASSESSMENT FOR 2008")
    pdf.y_cur += 3 * LH

    for kind, num, text in BODY:
        if kind == "h":
            if not pdf.room(4 * LH):
                pdf.new_page(body_labels())
            pdf.font("B", 12)
            pdf.text(LM, pdf.y_cur + 3.9, num)
            pdf.text(LM + TAB, pdf.y_cur + 3.9, text)
            pdf.y_cur += 2 * LH
            continue
        words = Doc.tokenize(text)
        if kind == "p":
            lines = pdf.wrap(words, TW - TAB, TW, 12)
            if not pdf.room(LH):
                pdf.new_page(body_labels())
            pdf.font("", 12)
            pdf.text(LM, pdf.y_cur + 3.9, num + ".")
            for k, ln in enumerate(lines):
                x = LM + TAB if k == 0 else LM
                w = TW - TAB if k == 0 else TW
                pdf.place(ln, x, w, k < len(lines) - 1, body_labels)
        else:  # list item: label at one tab, hanging text at two tabs
            lines = pdf.wrap(words, TW - 2 * TAB, TW - 2 * TAB, 12)
            if not pdf.room(LH):
                pdf.new_page(body_labels())
            pdf.font("", 12)
            pdf.text(LM + TAB, pdf.y_cur + 3.9, num)
            for k, ln in enumerate(lines):
                pdf.place(ln, LM + 2 * TAB, TW - 2 * TAB, k < len(lines) - 1, body_labels)
        pdf.y_cur += LH

    # ===== annex: the scale
    annex_no = [0]

    def annex_labels():
        annex_no[0] += 1
        return [SYMBOL, "Annex", "Page %d" % annex_no[0]]

    pdf.new_page(annex_labels())
    pdf.y_cur = TOP + 4
    pdf.text_center(pdf.y_cur + 3.9, "ANNEX", "B")
    pdf.y_cur += 2 * LH
    pdf.text_center(pdf.y_cur + 3.9, "SCALE OF ASSESSMENT FOR 2008", "B")
    pdf.y_cur += 2 * LH
    pdf.text_center(pdf.y_cur + 3.9, "(Administrative Part of the Budget: CHF 38,200,000)")
    pdf.y_cur += 2 * LH

    size = 11
    rh = 4.8
    cols = [(LM, 70), (LM + 70, 30), (LM + 100, 30), (LM + 130, 30)]
    head = [["Member States"],
            ["United Nations", "scale 2007-2009", "(%)"],
            ["IOM scale", "2008", "(%)"],
            ["Assessment", "for 2008", "(CHF)"]]

    def table_head():
        y0 = pdf.y_cur
        for ci, ((x, w), hl) in enumerate(zip(cols, head)):
            yy = y0 + (2 * rh if ci == 0 else 0)
            for s in hl:
                pdf.font("B", size)
                if ci == 0:
                    pdf.text(x, yy + 3.6, s)
                else:
                    pdf.text(x + w - pdf.get_string_width(s), yy + 3.6, s)
                yy += rh
        pdf.y_cur = y0 + 3 * rh + 1.2
        pdf.set_line_width(0.3)
        pdf.line(LM, pdf.y_cur, LM + TW, pdf.y_cur)
        pdf.y_cur += 1.8

    def fmt_amount(a):
        return "{:,}".format(a)

    def draw_row(name, cells, style="", note=None):
        pdf.font(style, size)
        pdf.text(cols[0][0], pdf.y_cur + 3.6, name)
        if note:
            xw = cols[0][0] + pdf.get_string_width(name)
            pdf.font("", size * 0.62)
            pdf.text(xw, pdf.y_cur + 3.6 - 1.6, note)
            pdf.font(style, size)
        for (x, w), s in zip(cols[1:], cells):
            pdf.text(x + w - pdf.get_string_width(s), pdf.y_cur + 3.6, s)
        pdf.y_cur += rh

    table_head()
    for name, un, iom, amount in ROWS:
        note = "3" if name == "Montenegro" else None
        extra = [note] if note else []
        if not pdf.room(rh, extra):
            pdf.new_page(annex_labels())
            table_head()
        draw_row(name, ["%.3f" % un, "%.3f" % iom, fmt_amount(amount)], note=note)
        if note:
            pdf.page_notes.append(note)
    # rule above the total
    if not pdf.room(rh + 3):
        pdf.new_page(annex_labels())
        table_head()
    pdf.y_cur += 0.8
    pdf.set_line_width(0.3)
    pdf.line(LM, pdf.y_cur, LM + TW, pdf.y_cur)
    pdf.y_cur += 1.2
    draw_row("TOTAL", ["%.3f" % UN_TOTAL, "100.000", fmt_amount(BUDGET)], "B")
    pdf.flush_notes()
    pdf.output(OUT)


if __name__ == "__main__":
    main()
