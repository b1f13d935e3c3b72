"""Draw corrigendum-2008.pdf: SCPF/19/Corr.1 (invented), a corrigendum of 2008, with fpdf2 core fonts."""
from fpdf import FPDF

SYMBOL = "SCPF/19/Corr.1"
LM, RM = 25.0, 185.0          # text block 25..185 mm
WIDTH = RM - LM
NUM_X = LM                    # hanging paragraph number
PARA_X = LM + 15              # first line of a numbered paragraph
ITEM_LABEL_X = LM + 15
ITEM_X = LM + 25
FS = 11.5                     # body font size
LH = 5.6                      # line height
TOP = 32.0                    # first body line on text pages
BOTTOM = 275.0                # last body baseline area limit


class Doc(FPDF):
    def __init__(self):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_auto_page_break(False)
        self.core_fonts_encoding = "windows-1252"
        self.set_margins(LM, 15, 210 - RM)
        self.text_page = 0          # page label of text pages (cover has none)
        self.reserve = 0.0          # space kept at the page foot for footnotes
        self.y_cur = TOP

    # ---- furniture -------------------------------------------------
    def running_header(self):
        self.set_font("Times", "", 10.5)
        for i, s in enumerate((SYMBOL, "Page %d" % self.text_page)):
            w = self.get_string_width(s)
            self.text(RM - w, 15 + i * 4.6, s)

    def new_text_page(self, reserve=0.0):
        self.add_page()
        self.text_page += 1
        self.running_header()
        self.reserve = reserve
        self.y_cur = TOP

    def limit(self):
        return BOTTOM - self.reserve

    # ---- rich text -------------------------------------------------
    def font_for(self, style):
        if style == "SUP":
            self.set_font("Times", "", FS * 0.62)
        else:
            self.set_font("Times", style if style != "R" else "", FS)

    def word_width(self, word):
        w = 0.0
        for text, style in word:
            self.font_for(style)
            w += self.get_string_width(text)
        return w

    def space_width(self):
        self.set_font("Times", "", FS)
        return self.get_string_width(" ")

    def wrap(self, words, first_w, rest_w):
        lines, cur, cur_w = [], [], 0.0
        sp = self.space_width()
        avail = first_w
        for wd in words:
            ww = self.word_width(wd)
            add = ww if not cur else cur_w + sp + ww
            if cur and add > avail:
                lines.append(cur)
                cur, cur_w = [wd], ww
                avail = rest_w
            else:
                cur.append(wd)
                cur_w = add
        if cur:
            lines.append(cur)
        return lines

    def draw_line(self, words, x, y, width, justify):
        sp = self.space_width()
        total = sum(self.word_width(w) for w in words)
        gaps = len(words) - 1
        gap = sp
        if justify and gaps > 0:
            gap = (width - total) / gaps
        cx = x
        for i, wd in enumerate(words):
            for text, style in wd:
                self.font_for(style)
                if style == "SUP":
                    self.text(cx + 0.2, y - 1.9, text)
                    cx += self.get_string_width(text) + 0.2
                else:
                    self.text(cx, y, text)
                    cx += self.get_string_width(text)
            cx += gap

    def need(self, h):
        if self.y_cur + h > self.limit():
            self.new_text_page()

    def block(self, words, first_x, rest_x, right=RM, justify=True, before=0.0, keep=1):
        """Lay out a block of words; first line starts at first_x, later lines at rest_x."""
        lines = self.wrap(words, right - first_x, right - rest_x)
        self.y_cur += before
        self.need(LH * min(keep, len(lines)))
        for i, ln in enumerate(lines):
            if self.y_cur + LH > self.limit():
                self.new_text_page()
            x = first_x if i == 0 else rest_x
            last = i == len(lines) - 1
            self.draw_line(ln, x, self.y_cur + 4.2, right - x, justify and not last)
            self.y_cur += LH
        return lines

    def label(self, text, x, style="R"):
        """Draw a hanging label on the current first line (call before block)."""
        self.font_for(style)
        self.text(x, self.y_cur + 4.2, text)


def words_of(spec):
    """spec: list of (text, style) chunks; SUP chunks glue to the previous word."""
    words = []
    for text, style in spec:
        if style == "SUP":
            words[-1] = words[-1] + [(text, "SUP")]
            continue
        glue = False
        if text.startswith("~"):       # '~' = glue to the previous word (no space)
            text, glue = text[1:], True
        for k, w in enumerate(text.split()):
            if k == 0 and glue and words:
                words[-1] = words[-1] + [(w, style)]
            else:
                words.append([(w, style)])
    return words


R, B, I, BI = "R", "B", "I", "BI"

pdf = Doc()
pdf.set_title("SCPF/19/Corr.1")
pdf.set_author("International Organization for Migration")

# =================================================================== cover
pdf.add_page()
pdf.set_font("Times", "B", 12)
for i, s in enumerate((SYMBOL,)):
    pdf.text(RM - pdf.get_string_width(s), 28, s)
pdf.set_font("Times", "", 11.5)
for i, s in enumerate(("Original: English", "27 October 2008")):
    pdf.text(RM - pdf.get_string_width(s), 34 + i * 5.5, s)

pdf.set_font("Times", "B", 12)
pdf.text(LM, 62, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE")
pdf.text(LM, 68, "THIRD SESSION")
pdf.set_font("Times", "", 11.5)
pdf.text(LM, 80, "4-5 November 2008")
pdf.set_font("Times", "", 11.5)
pdf.text(LM, 86, "_" * 75)

pdf.set_font("Times", "B", 13)
for i, s in enumerate(("STATUS REPORT ON OUTSTANDING CONTRIBUTIONS",
                       "TO THE ADMINISTRATIVE PART OF THE BUDGET")):
    pdf.text(105 - pdf.get_string_width(s) / 2, 128 + i * 6.5, s)
pdf.set_font("Times", "I", 12.5)
s = "Corrigendum"
pdf.text(105 - pdf.get_string_width(s) / 2, 150, s)

pdf.set_font("Times", "B", 10)
for i, s in enumerate(("STANDING COMMITTEE ON PROGRAMMES AND FINANCE",
                       "COMIT\u00c9 PERMANENT DES PROGRAMMES ET DES FINANCES",
                       "COMIT\u00c9 PERMANENTE DE PROGRAMAS Y FINANZAS")):
    pdf.text(105 - pdf.get_string_width(s) / 2, 266 + i * 4.8, s)

# ============================================================ text page 1
FOOT = [
    ("1", "See Council Resolution No. 1162 of 30 November 2007 on the settlement of arrears in "
          "contributions, and document MC/2231, paragraphs 6 to 9, which sets out the conditions "
          "under which a payment plan may be concluded and the manner of its monitoring by the "
          "Standing Committee on Programmes and Finance."),
]
FOOT_FS = 9.5
FOOT_LH = 4.3


def footnote_height():
    pdf.set_font("Times", "", FOOT_FS)
    n = 0
    for _, t in FOOT:
        n += len(pdf.multi_cell(WIDTH - 6, FOOT_LH, t, dry_run=True, output="LINES"))
    return 6 + n * FOOT_LH


def draw_footnotes():
    h = footnote_height()
    y = BOTTOM + 6 - h
    pdf.set_draw_color(0)
    pdf.set_line_width(0.2)
    pdf.line(LM, y, LM + 45, y)
    y += 2.0
    for mark, t in FOOT:
        pdf.set_font("Times", "", FOOT_FS * 0.65)
        pdf.text(LM, y + 2.2, mark)
        pdf.set_font("Times", "", FOOT_FS)
        pdf.set_xy(LM + 6, y)
        pdf.multi_cell(WIDTH - 6, FOOT_LH, t, align="J", new_x="LMARGIN", new_y="NEXT")
        y = pdf.get_y()


pdf.new_text_page(reserve=footnote_height())
# running title repeated on the first text page
pdf.set_font("Times", "B", 12)
for i, s in enumerate(("STATUS REPORT ON OUTSTANDING CONTRIBUTIONS",
                       "TO THE ADMINISTRATIVE PART OF THE BUDGET")):
    pdf.text(105 - pdf.get_string_width(s) / 2, 36 + i * 5.6, s)
pdf.set_font("Times", "I", 12)
s = "Corrigendum"
pdf.text(105 - pdf.get_string_width(s) / 2, 51, s)
pdf.y_cur = 60


def intro(spec, before=4.0):
    pdf.block(words_of(spec), LM, LM, before=before)


def locator(text, before=6.0):
    pdf.block(words_of([(text, B)]), LM, LM, justify=False, before=before, keep=3)


def for_read(old, new, before=1.5, lead=None):
    spec = []
    if lead:
        spec.append((lead, R))
    spec += [("For", I), (old, R), ("read", I), (new, R)]
    pdf.block(words_of(spec), LM + 10, LM + 20, justify=False, before=before)


intro([("The following corrections should be made to document SCPF/19, issued on 8 October 2008. "
        "Unless a correction below is marked as concerning the English version only, it applies "
        "equally to the English, French and Spanish versions of the document. Most of the corrections "
        "arise from payments that were recorded after the original document had been finalized.", R)], before=0)

locator("Page 2, paragraph 5, first line")
for_read("31 August 2008", "30 September 2008")

locator("Page 3, paragraph 9, third sentence (English version only)")
for_read("the Democratic Republic of Congo", "the Democratic Republic of the Congo")

locator("Page 4, paragraph 12")
for_read("CHF 2,846,117", "CHF 2,864,117")
for_read("11.3 per cent", "11.4 per cent", before=0.8)

locator("Page 4, table 1, line for Ecuador, column headed \u201cReceived in 2008\u201d")
for_read("41,230", "14,230")

locator("Page 5, paragraph 15, last sentence")
for_read("eleven Member States", "twelve Member States")

locator("Page 5, paragraph 17")
pdf.block(words_of([("Paragraph 17 should read:", R)]), LM, LM, justify=False, before=1.5)

# paragraph 17, printed in full with its number hanging in the margin
pdf.y_cur += 4.0
pdf.need(LH * 2)
pdf.label("17.", NUM_X)
pdf.block(words_of([
    ("Since the previous status report (SCPF/12), the Administration has concluded payment plans "
     "with three Member States, in line with the arrangements endorsed by the Council:", R),
    ("1", "SUP")]), PARA_X, LM)
marker_page = pdf.text_page

items = [
    ("(a)", "Liberia, which made a first payment of CHF 12,500 on 26 September 2008 under a plan "
            "covering its contributions outstanding since 1998;"),
    ("(b)", "the Republic of Moldova, which has undertaken to settle arrears of CHF 86,402 in four "
            "annual instalments, the first of which was received on 2 June 2008; and"),
    ("(c)", "Kyrgyzstan, whose plan provides for payment of its 2008 assessment in full before the "
            "end of the year and for settlement of its earlier arrears in five annual instalments "
            "beginning in 2009."),
]
for lab, txt in items:
    pdf.y_cur += 2.0
    pdf.need(LH)
    pdf.label(lab, ITEM_LABEL_X)
    before_page = pdf.text_page
    lines = pdf.block(words_of([(txt, R)]), ITEM_X, ITEM_X)
    if pdf.text_page != before_page and before_page == 1:
        pass

# footnotes of text page 1 are drawn once page 1 is done; record it now if we already left it
pages_with_foot = {marker_page}

pdf.y_cur += 2.0
pdf.block(words_of([(
    "The Administration remains in contact with the other Member States that fall under Article 4, "
    "paragraph 2, of the Constitution, and will report on the outcome of those consultations to the "
    "Council at its Ninety-sixth Session.", R)]), LM, LM)

locator("Page 6, paragraph 21, last sentence")
pdf.block(words_of([("Delete", I), ("the words \u201cand Tajikistan\u201d.", R)]),
          LM + 10, LM + 20, justify=False, before=1.5)

locator("Page 7, paragraph 24, third line")
for_read("Ninety-fifth Session of the Council", "Ninety-sixth Session of the Council")

locator("Annex, table 2")
pdf.block(words_of([("Replace the rows for Liberia and for the total by the following:", R)]),
          LM + 10, LM + 20, justify=False, before=1.5)

# ---- replacement rows of Annex, table 2
pdf.y_cur += 5.0
cols = [("Member State", 40, "L"), ("Arrears prior\nto 2008", 30, "R"),
        ("2008 assessment\noutstanding", 33, "R"), ("Total\noutstanding", 30, "R"),
        ("Payment\nplan", 27, "C")]
rows = [("Liberia", "196,842", "11,388", "208,230", "Yes"),
        ("Total", "1,487,315", "263,904", "1,751,219", "")]
tw = sum(c[1] for c in cols)
tx = LM
pdf.set_font("Times", "I", 10.5)
cap = "(in Swiss francs)"
pdf.text(tx + tw - pdf.get_string_width(cap), pdf.y_cur + 3.5, cap)
pdf.y_cur += 6.0
y0 = pdf.y_cur
pdf.set_line_width(0.2)
pdf.line(tx, y0, tx + tw, y0)
pdf.set_font("Times", "B", 10.5)
x = tx
for head, w, al in cols:
    for k, part in enumerate(head.split("\n")):
        if al == "L":
            px = x + 1.5
        elif al == "R":
            px = x + w - 1.5 - pdf.get_string_width(part)
        else:
            px = x + (w - pdf.get_string_width(part)) / 2
        nparts = len(head.split("\n"))
        py = y0 + 4.6 + (k + (2 - nparts)) * 4.6
        pdf.text(px, py, part)
    x += w
y = y0 + 11.5
pdf.line(tx, y, tx + tw, y)
for r, row in enumerate(rows):
    pdf.set_font("Times", "B" if row[0] == "Total" else "", 10.5)
    if row[0] == "Total":
        pdf.line(tx, y + 1.0, tx + tw, y + 1.0)
        y += 1.0
    x = tx
    for (head, w, al), cell in zip(cols, row):
        if al == "L":
            px = x + 1.5
        elif al == "R":
            px = x + w - 1.5 - pdf.get_string_width(cell)
        else:
            px = x + (w - pdf.get_string_width(cell)) / 2
        pdf.text(px, y + 4.8, cell)
        x += w
    y += 6.5
pdf.line(tx, y + 0.5, tx + tw, y + 0.5)
pdf.y_cur = y + 3

pdf.y_cur += 8
pdf.set_font("Times", "", 11.5)
pdf.text(105 - pdf.get_string_width("_" * 12) / 2, pdf.y_cur, "_" * 12)

# draw the footnote on the page that carries its marker
assert marker_page == 1, marker_page
pdf.page = 2   # physical page 2 = text page 1
draw_footnotes()
pdf.page = pdf.pages_count

pdf.output("corrigendum-2008.pdf")
print("text pages:", pdf.text_page, "marker on text page", marker_page)
