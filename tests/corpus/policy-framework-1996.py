# ---------------------------------------------------------------------------
# Small canvas layout engine (standard fonts only), shared by this corpus's
# PDF generators: wrapped paragraphs with hanging numbers, inline bold/italic,
# raised footnote markers with bodies at the foot of the citing page,
# headings, list items, tables whose heading rows repeat on a new page, and
# running headers (symbol + page label, optional annex label).
# ---------------------------------------------------------------------------
import re
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

PAGE_W, PAGE_H = A4
LM = 72.0
RM = PAGE_W - 72.0
BOTTOM = 62.0

FONT = {
    (False, False): "Times-Roman",
    (True, False): "Times-Bold",
    (False, True): "Times-Italic",
    (True, True): "Times-BoldItalic",
}

TOKEN = re.compile(r"(<b>|</b>|<i>|</i>|<sup>|</sup>|\s+|[^<\s]+|<)")


def parse_words(text):
    """Split marked-up text into words; a word is a list of (text, bold, italic, sup)."""
    words, cur = [], []
    b = i = s = False
    for tok in TOKEN.findall(text):
        if tok == "<b>":
            b = True
        elif tok == "</b>":
            b = False
        elif tok == "<i>":
            i = True
        elif tok == "</i>":
            i = False
        elif tok == "<sup>":
            s = True
        elif tok == "</sup>":
            s = False
        elif tok.isspace():
            if cur:
                words.append(cur)
                cur = []
        else:
            cur.append((tok, b, i, s))
    if cur:
        words.append(cur)
    return words


class Doc:
    def __init__(self, path, symbol, size=11.0, leading=13.6):
        self.c = canvas.Canvas(path, pagesize=A4, invariant=1)
        self.symbol = symbol
        self.size = size
        self.leading = leading
        self.fn_size = 9.0
        self.fn_leading = 10.8
        self.page = 1
        self.label = None          # label of the current page ("Page 2"); None = no header
        self.annex = None          # annex label printed under the symbol
        self.label_fn = lambda n: "Page %d" % n
        self.top = PAGE_H - 72.0
        self.y = self.top
        self.footnotes = {}        # marker -> body text
        self.placed_fn = set()
        self.page_fns = []         # footnotes to print on this page
        self.typed_rule = False    # footnote rule as typed underscores
        self.on_new_page = None    # callback(doc) after the header is drawn
        self.events = []           # (kind, text, page label)

    # -- text measuring and drawing ------------------------------------------
    def frag_width(self, frag, size):
        t, b, i, s = frag
        return stringWidth(t, FONT[(b, i)], size * 0.64 if s else size)

    def word_width(self, word, size):
        return sum(self.frag_width(f, size) for f in word)

    def wrap(self, words, first_width, width, size):
        lines, cur, w = [], [], 0.0
        space = stringWidth(" ", "Times-Roman", size)
        limit = first_width
        for word in words:
            ww = self.word_width(word, size)
            add = ww if not cur else w + space + ww
            if cur and add > limit:
                lines.append(cur)
                cur, w = [word], ww
                limit = width
            else:
                cur.append(word)
                w = add
        if cur:
            lines.append(cur)
        return lines

    def draw_words(self, words, x, y, size):
        space = stringWidth(" ", "Times-Roman", size)
        for n, word in enumerate(words):
            if n:
                x += space
            for t, b, i, s in word:
                fs = size * 0.64 if s else size
                self.c.setFont(FONT[(b, i)], fs)
                self.c.drawString(x, y + (size * 0.38 if s else 0), t)
                x += stringWidth(t, FONT[(b, i)], fs)
        return x

    def markers_in(self, words):
        out = []
        for word in words:
            for t, b, i, s in word:
                if s:
                    for m in t.split(","):
                        m = m.strip()
                        if m in self.footnotes and m not in self.placed_fn:
                            out.append(m)
        return out

    # -- footnotes ---------------------------------------------------------------
    def fn_lines(self, marker):
        words = parse_words(self.footnotes[marker])
        return self.wrap(words, RM - LM - 12, RM - LM - 12, self.fn_size)

    def fn_height(self, markers):
        if not markers:
            return 0.0
        h = 16.0
        for m in markers:
            h += len(self.fn_lines(m)) * self.fn_leading + 2.0
        return h

    def draw_footnotes(self):
        if not self.page_fns:
            return
        h = self.fn_height(self.page_fns)
        y = BOTTOM + h - 4.0
        if self.typed_rule:
            self.c.setFont("Times-Roman", self.size)
            self.c.drawString(LM, y, "__________")
        else:
            self.c.setLineWidth(0.5)
            self.c.line(LM, y + 3, LM + 110, y + 3)
        y -= 13.0
        for m in self.page_fns:
            self.c.setFont("Times-Roman", self.fn_size * 0.7)
            self.c.drawString(LM, y + 3.2, m)
            for ln in self.fn_lines(m):
                self.draw_words(ln, LM + 12, y, self.fn_size)
                y -= self.fn_leading
            y -= 2.0
        self.page_fns = []

    # -- pages -------------------------------------------------------------------
    def header(self):
        if self.label is None:
            return
        self.c.setFont("Times-Roman", 10)
        yy = PAGE_H - 40
        lines = [self.symbol]
        if self.annex:
            lines.append(self.annex)
        lines.append(self.label)
        for ln in lines:
            self.c.drawRightString(RM, yy, ln)
            yy -= 12
        self.top = yy - 16

    def new_page(self, label=None):
        self.draw_footnotes()
        self.c.showPage()
        self.page += 1
        self.label = label if label is not None else self.label_fn(self.page)
        self.header()
        self.y = self.top
        if self.on_new_page:
            self.on_new_page(self)

    def room(self, h, markers=()):
        return self.y - h >= BOTTOM + self.fn_height(self.page_fns + list(markers))

    def ensure(self, h):
        if not self.room(h):
            self.new_page()

    def space(self, h):
        if self.y - h < BOTTOM + self.fn_height(self.page_fns):
            self.new_page()
        else:
            self.y -= h

    def put_line(self, words, x, size=None, leading=None, prefix=None):
        size = size or self.size
        leading = leading or self.leading
        ms = self.markers_in(words)
        if not self.room(leading, ms):
            self.new_page()
        self.y -= leading
        if prefix:
            px, ptext, pfont = prefix
            self.c.setFont(pfont, size)
            self.c.drawString(px, self.y, ptext)
        self.draw_words(words, x, self.y, size)
        for m in ms:
            self.placed_fn.add(m)
            self.page_fns.append(m)

    # -- blocks --------------------------------------------------------------------
    def para(self, text, num=None, indent=0.0, first_indent=None, gap=12.0,
             size=None, leading=None, hang=False):
        """Numbered paragraph: number at the margin, text after a tab, later
        lines flush left (hang=True keeps later lines under the text)."""
        size = size or self.size
        x0 = LM + indent
        words = parse_words(text)
        if num is not None:
            tx = x0 + 36.0
            lines = self.wrap(words, RM - tx, RM - (tx if hang else x0), size)
        else:
            fi = first_indent or 0.0
            tx = x0 + fi
            lines = self.wrap(words, RM - tx, RM - x0, size)
        self.space(gap)
        for n, ln in enumerate(lines):
            if n == 0:
                pre = None
                if num is not None:
                    lab = str(num) if str(num).endswith(")") else str(num) + "."
                    pre = (x0, lab, "Times-Roman")
                self.put_line(ln, tx, size, leading, prefix=pre)
            else:
                self.put_line(ln, tx if hang else x0, size, leading)

    def item(self, label, text, indent=36.0, tab=30.0, gap=6.0, size=None):
        size = size or self.size
        x0 = LM + indent
        tx = x0 + tab
        lines = self.wrap(parse_words(text), RM - tx, RM - tx, size)
        self.space(gap)
        for n, ln in enumerate(lines):
            pre = (x0, label, "Times-Roman") if n == 0 else None
            self.put_line(ln, tx, size, None, prefix=pre)

    def heading(self, text, size=None, center=False, gap_before=14.0, keep=3, x=None):
        size = size or self.size
        self.space(gap_before)
        if not self.room(self.leading * keep):
            self.new_page()
        words = parse_words(text)
        lines = self.wrap(words, RM - LM, RM - LM, size)
        for ln in lines:
            if center:
                w = sum(self.word_width(wd, size) for wd in ln) + stringWidth(" ", "Times-Roman", size) * (len(ln) - 1)
                self.put_line(ln, (PAGE_W - w) / 2.0, size)
            else:
                self.put_line(ln, x if x is not None else LM, size)
        self.events.append(("heading", re.sub("<[^>]+>", "", text), self.label))

    def centred(self, text, font="Times-Bold", size=12.0, leading=15.0):
        if not self.room(leading):
            self.new_page()
        self.y -= leading
        self.c.setFont(font, size)
        self.c.drawCentredString(PAGE_W / 2.0, self.y, text)

    def table(self, columns, rows, header_rows=(), size=10.0, leading=12.4, rule_after_header=True):
        """columns: list of (x, align) with align in 'l', 'r', 'c'. rows: lists of cells
        (cells may use <b>). A heading row is repeated at the top of a new page."""
        def draw_row(cells, bold=False):
            self.y -= leading
            for (x, al), cell in zip(columns, cells):
                if cell is None or cell == "":
                    continue
                t = ("<b>%s</b>" % cell) if bold else cell
                words = parse_words(t)
                w = sum(self.word_width(wd, size) for wd in words) + stringWidth(" ", "Times-Roman", size) * (len(words) - 1)
                if al == "r":
                    xx = x - w
                elif al == "c":
                    xx = x - w / 2.0
                else:
                    xx = x
                self.draw_words(words, xx, self.y, size)

        def draw_header():
            for hr in header_rows:
                draw_row(hr, bold=True)
            if header_rows and rule_after_header:
                self.c.setLineWidth(0.4)
                self.c.line(LM, self.y - 4, RM, self.y - 4)
                self.y -= 6

        need_head = len(header_rows) * leading + 6
        if not self.room(need_head + 3 * leading):
            self.new_page()
        draw_header()
        for r in rows:
            bold = False
            if isinstance(r, tuple) and r and r[0] == "__bold__":
                bold, r = True, r[1]
            if not self.room(leading):
                self.new_page()
                draw_header()
            draw_row(r, bold)

    def rule(self, width=None, x=None, gap=8.0):
        self.space(gap)
        x = LM if x is None else x
        self.c.setLineWidth(0.6)
        self.c.line(x, self.y, x + (width or (RM - LM)), self.y)

    def finish(self):
        self.draw_footnotes()
        self.c.showPage()
        self.c.save()
# ---------------------------------------------------------------------------

# ===========================================================================
# MC/1883 -- IOM technical cooperation on migration: a framework for action
# (Council, Seventy-second Session, 1996)
# ===========================================================================
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "policy-framework-1996.pdf")
SYMBOL = "MC/1883"
TITLE1 = "IOM TECHNICAL COOPERATION ON MIGRATION:"
TITLE2 = "A FRAMEWORK FOR ACTION"

doc = Doc(OUT, SYMBOL)
doc.typed_rule = True
doc.label_fn = lambda n: "Page %d" % (n - 1)
doc.footnotes = {
    "1": "Document MC/1842 of 9 May 1995, in particular the objective concerning advisory services to governments.",
    "2": "Article 1, paragraph 1(d), of the Constitution provides for services at the request of, or in agreement with, the States concerned.",
    "3": "The guidelines for the allocation of unearmarked income were last reviewed by the Sub-Committee on Budget and Finance in May 1996 (MC/EX/591).",
}
c = doc.c

# ---- cover -------------------------------------------------------------------
c.setFont("Times-Roman", 11)
y = PAGE_H - 60
for ln in (SYMBOL, "Original: English", "18 October 1996"):
    c.drawRightString(RM, y, ln)
    y -= 14
y -= 30
c.setFont("Times-Bold", 11)
c.drawCentredString(PAGE_W / 2.0, y, "SEVENTY-SECOND SESSION")
y -= 12
c.setFont("Times-Roman", 11)
c.drawCentredString(PAGE_W / 2.0, y, "_" * 72)
y -= 150
c.setFont("Times-Bold", 14)
c.drawCentredString(PAGE_W / 2.0, y, TITLE1)
y -= 20
c.drawCentredString(PAGE_W / 2.0, y, TITLE2)
# cover note
c.setFont("Times-Roman", 11)
c.drawString(LM, 190, "__________")
c.setFont("Times-Roman", 10.5)
c.drawString(LM, 172, "This framework was reviewed by the Executive Committee at its Ninety-third Session in June 1996")
c.drawString(LM, 159, "and is now submitted to the Council for endorsement.")
# trilingual footer
c.setFont("Helvetica-Bold", 11)
c.drawString(LM, 70, "COUNCIL")
c.drawCentredString(PAGE_W / 2.0, 70, "CONSEIL")
c.drawRightString(RM, 70, "CONSEJO")

# ---- body ------------------------------------------------------------------------
doc.new_page()
c.setFont("Times-Roman", 11)
doc.centred(TITLE1, font="Times-Roman", size=11, leading=14)
doc.centred(TITLE2, font="Times-Roman", size=11, leading=14)
doc.y -= 6


def H(label, text, level):
    """Decimal heading: label at the margin, words at the tab stop."""
    gap = {1: 18, 2: 12, 3: 10}[level]
    doc.space(gap)
    if not doc.room(doc.leading * 4):
        doc.new_page()
    doc.y -= doc.leading
    font = {1: "Times-Bold", 2: "Times-Bold", 3: "Times-BoldItalic"}[level]
    c.setFont(font, 11)
    c.drawString(LM, doc.y, label)
    c.drawString(LM + 36, doc.y, text)


P = doc.para
H("1.", "INTRODUCTION", 1)
H("1.1", "Purpose", 2)
P("This paper sets out the framework within which the Organization plans, carries out and evaluates its "
  "technical cooperation activities in the field of migration. It is submitted to the Council for "
  "endorsement, so that requests from governments can be handled on a consistent and transparent basis.", 1)
P("The framework responds to Resolution No. 923 (LXXI) of 29 November 1995, by which the Council asked the "
  "Administration to clarify the place of advisory services among the Organization's activities and to report "
  "on the resources they require.", 2)
H("1.2", "Background", 2)
P("Since the beginning of the decade, an increasing number of governments, particularly in Central and "
  "Eastern Europe, the Commonwealth of Independent States and Latin America, have turned to IOM for help in "
  "building the institutions and laws needed to manage migration. The Organization's strategic planning "
  "document identified such assistance as one of the priority areas for the years ahead.<sup>1</sup>", 3)
P("The growth of technical cooperation since 1992 is shown in Table 1. Most projects remain small, and many "
  "are financed by a single donor government on behalf of the beneficiary State.", 4)

doc.space(10)
doc.heading("<b>Table 1: Technical cooperation projects, 1992-1996</b>", gap_before=4, keep=8)
cols = [(LM, "l"), (LM + 170, "r"), (LM + 260, "r"), (RM - 10, "r")]
head = [["Year", "Projects", "Countries", "Expenditure"], ["", "", "", "(US dollars)"]]
rows = [
    ["1992", "14", "11", "3,210,400"],
    ["1993", "22", "17", "5,087,900"],
    ["1994", "31", "23", "7,446,300"],
    ["1995", "38", "27", "9,912,600"],
    ["1996 (estimate)", "45", "31", "11,800,000"],
]
doc.table(cols, rows, header_rows=head, size=10.5, leading=13)

H("2.", "PRINCIPLES AND SCOPE", 1)
H("2.1", "Guiding principles", 2)
P("The Organization's technical cooperation rests on the following principles:", 5)
doc.item("•", "it is provided only at the request of, or with the agreement of, the government "
         "concerned;<sup>2</sup>", indent=36, tab=18)
doc.item("•", "it aims to strengthen national capacity rather than to replace it, and each project includes "
         "a plan for handing over its functions;", indent=36, tab=18)
doc.item("•", "it respects the principle of free and voluntary migration and the protection needs of "
         "refugees; and", indent=36, tab=18)
doc.item("•", "it is coordinated with the work of other international organizations active in the same "
         "country.", indent=36, tab=18)
H("2.2", "Areas of cooperation", 2)
P("Requests received so far fall into five broad areas:", 6)
doc.item("(a)", "migration policy and legislation;")
doc.item("(b)", "administrative structures for migration management, including border and visa systems;")
doc.item("(c)", "the return and reintegration of qualified nationals;")
doc.item("(d)", "the regulation of labour migration; and")
doc.item("(e)", "training of officials and research on migration trends.")

H("3.", "OPERATIONAL ARRANGEMENTS", 1)
H("3.1", "The project cycle", 2)
P("Each project passes through the stages shown in Figure 1. The needs assessment is carried out jointly "
  "with the government concerned and, where possible, with the donor, so that the project document reflects "
  "priorities that all parties share.", 7)

# ---- Figure 1 ------------------------------------------------------------------
doc.space(12)
if not doc.room(110):
    doc.new_page()
doc.heading("<b>Figure 1: The project cycle</b>", gap_before=2, keep=2)
boxes = ["Request from", "Needs", "Project", "Implemen-", "Evaluation"]
boxes2 = ["government", "assessment", "design", "tation", ""]
bw, bh, gapx = 74, 40, 18
x = LM + 8
top = doc.y - 14
c.setLineWidth(0.7)
for i, (a, b) in enumerate(zip(boxes, boxes2)):
    c.rect(x, top - bh, bw, bh)
    c.setFont("Helvetica", 8.5)
    c.drawCentredString(x + bw / 2.0, top - 16, a)
    if b:
        c.drawCentredString(x + bw / 2.0, top - 27, b)
    if i < len(boxes) - 1:
        c.line(x + bw + 2, top - bh / 2.0, x + bw + gapx - 2, top - bh / 2.0)
        c.line(x + bw + gapx - 6, top - bh / 2.0 + 3, x + bw + gapx - 2, top - bh / 2.0)
        c.line(x + bw + gapx - 6, top - bh / 2.0 - 3, x + bw + gapx - 2, top - bh / 2.0)
    x += bw + gapx
doc.y = top - bh - 10

H("3.2", "Funding", 2)
H("3.2.1", "Project funding", 3)
P("Technical cooperation projects are funded from voluntary contributions under the Operational part of the "
  "Budget. The full cost of each project, including a share of the support costs of the field office, is "
  "charged to the project.", 8)
H("3.2.2", "Seed funding", 3)
P("A limited amount of unearmarked income may be used to finance needs assessments and the first months of "
  "priority projects until donor funding is secured.<sup>3</sup> Such advances are reported to the "
  "Sub-Committee on Budget and Finance each year.", 9)
H("3.3", "Coordination with other organizations", 2)
P("The Administration will continue to consult the Office of the United Nations High Commissioner for "
  "Refugees, the International Labour Office and the regional development banks, in order to avoid "
  "duplication and to draw on their expertise.", 10)

H("3.4", "Evaluation and reporting", 2)
P("Every project of more than twelve months is evaluated at its end, and the main findings are summarized in "
  "the annual report of the Director General. Evaluations are shared with the government concerned and with "
  "the donor, and their lessons are taken into account in the design of later projects in the same area.", 11)

H("4.", "CONCLUSION", 1)
P("The Council is invited to endorse the framework set out in this paper and to request the Director General "
  "to report on its application at the Seventy-fourth Session. A list of the projects under way in 1996 is "
  "given in the Annex.", 12)

# ---- Annex -------------------------------------------------------------------------
doc.annex = "Annex"
doc.label_fn = lambda n, start=doc.page + 1: "Page %d" % (n - start + 1)
doc.new_page()
doc.centred("ANNEX", font="Times-Bold", size=12, leading=14)
doc.y -= 8
doc.centred("TECHNICAL COOPERATION PROJECTS UNDER WAY IN 1996", font="Times-Bold", size=11.5, leading=14)
doc.para("The projects listed below were operational on 30 September 1996. Projects that are still being "
         "negotiated with donors are not included.", gap=16)
doc.space(8)
cols = [(LM, "l"), (LM + 150, "l"), (RM - 10, "r")]
head = [["Country", "Main area of cooperation", "Started"]]
rows = [
    ["Albania", "Migration legislation", "1995"],
    ["Armenia", "Border and visa systems", "1996"],
    ["Cambodia", "Return of qualified nationals", "1993"],
    ["Ecuador", "Labour migration", "1994"],
    ["Ethiopia", "Return of qualified nationals", "1995"],
    ["Hungary", "Training of officials", "1994"],
    ["Kyrgyzstan", "Administrative structures", "1996"],
    ["Lithuania", "Border and visa systems", "1995"],
    ["Philippines", "Labour migration", "1992"],
    ["Ukraine", "Migration legislation", "1996"],
]
doc.table(cols, rows, header_rows=head, size=10.5, leading=14)

doc.finish()
