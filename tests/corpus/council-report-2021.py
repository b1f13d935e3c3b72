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
# C/111/40/Rev.1 -- Report on the 111th Session of the Council (approved at
# the 112th Session)
# ===========================================================================
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "council-report-2021.pdf")
SYMBOL = "C/111/40/Rev.1"

FOOTNOTES = {
    "1": "The arrangements were set out in document C/111/4 and agreed by the Member States by silence procedure on 6 November 2020.",
    "2": "The list of participants is contained in document C/111/38.",
    "3": "The statement is reproduced in full on the IOM website, together with the video message delivered by the Secretary-General of the United Nations.",
    "4": "The Administrative part of the Budget amounts to CHF 53,500,000 and the Operational part to USD 1,079.6 million.",
}

MEMBERS = (
    "Afghanistan, Albania, Algeria, Angola, Argentina, Armenia, Australia, Austria, Azerbaijan, "
    "Bangladesh, Belarus, Belgium, Benin, Bolivia (Plurinational State of), Bosnia and Herzegovina, "
    "Brazil, Bulgaria, Burkina Faso, Burundi, Cabo Verde, Cambodia, Cameroon, Canada, Chad, Chile, China, "
    "Colombia, Costa Rica, Côte d'Ivoire, Croatia, Cyprus, Czechia, Democratic Republic of the Congo, "
    "Denmark, Djibouti, Dominican Republic, Ecuador, Egypt, El Salvador, Estonia, Ethiopia, Finland, "
    "France, Gabon, Georgia, Germany, Ghana, Greece, Guatemala, Haiti, Holy See, Honduras, Hungary, "
    "India, Iran (Islamic Republic of), Ireland, Israel, Italy, Jamaica, Japan, Jordan, Kenya, Latvia, "
    "Lesotho, Libya, Lithuania, Luxembourg, Madagascar, Malawi, Mali, Malta, Mauritania, Mauritius, "
    "Mexico, Mongolia, Montenegro, Morocco, Mozambique, Myanmar, Namibia, Nepal, Netherlands, "
    "New Zealand, Nicaragua, Niger, Nigeria, North Macedonia, Norway, Pakistan, Panama, Paraguay, Peru, "
    "Philippines, Poland, Portugal, Republic of Korea, Republic of Moldova, Romania, Russian Federation, "
    "Rwanda, Senegal, Serbia, Sierra Leone, Slovakia, Slovenia, Somalia, South Africa, South Sudan, "
    "Spain, Sri Lanka, Sudan, Sweden, Switzerland, Thailand, Timor-Leste, Togo, Tunisia, Turkey, "
    "Uganda, Ukraine, United Kingdom of Great Britain and Northern Ireland, United Republic of Tanzania, "
    "United States of America, Uruguay, Venezuela (Bolivarian Republic of), Viet Nam, Yemen, Zambia "
    "and Zimbabwe."
)

TOC = [
    ("Introduction", 0),
    ("Attendance", 0),
    ("Credentials of representatives and observers", 0),
    ("Election of officers", 0),
    ("Adoption of the agenda", 0),
    ("Admission of new Members and observers", 0),
    ("(a) Applications for membership", 1),
    ("(b) Applications for observership", 1),
    ("Statement by the Director General", 0),
    ("General debate", 0),
    ("Programme and Budget for 2021", 0),
    ("Reports on the Twenty-sixth and Twenty-seventh Sessions of the Standing Committee on Programmes and Finance", 0),
    ("Other business", 0),
    ("Date and place of the next session", 0),
    ("Closure of the session", 0),
]


def build(target, toc_pages):
    doc = Doc(target, SYMBOL)
    doc.footnotes = dict(FOOTNOTES)
    c = doc.c

    # ---- cover -----------------------------------------------------------------
    c.setFont("Times-Roman", 11)
    y = PAGE_H - 56
    for ln in (SYMBOL, "Original: English", "17 December 2021"):
        c.drawRightString(RM, y, ln)
        y -= 14
    y -= 16
    c.setFont("Times-Bold", 11)
    c.drawString(LM, y, "COUNCIL")
    y -= 14
    c.setFont("Times-Roman", 11)
    c.drawString(LM, y, "112th Session")
    y -= 12
    c.setLineWidth(0.8)
    c.line(LM, y, RM, y)
    y -= 120
    c.setFont("Times-Bold", 14)
    c.drawCentredString(PAGE_W / 2.0, y, "REPORT ON THE")
    y -= 36
    c.drawCentredString(PAGE_W / 2.0, y, "111TH SESSION OF THE COUNCIL*")
    y -= 60
    c.setFont("Times-Roman", 12)
    c.drawCentredString(PAGE_W / 2.0, y, "Geneva")
    y -= 15
    c.drawCentredString(PAGE_W / 2.0, y, "23 to 25 November 2020")
    y -= 60
    c.drawCentredString(PAGE_W / 2.0, y, "Rapporteur: Ms L. Andriamanjato (Madagascar)")
    # cover note at the foot of the cover
    c.setLineWidth(0.5)
    c.line(LM, 112, LM + 140, 112)
    c.setFont("Times-Roman", 10)
    c.drawString(LM, 96, "*")
    c.drawString(LM + 10, 96, "This report was approved by the Council at its 112th Session through Resolution No. 1391 of")
    c.drawString(LM + 10, 84, "1 December 2021.")

    # ---- contents (Page i) ---------------------------------------------------
    doc.new_page(label="Page i")
    doc.label_fn = lambda n: "Page %d" % (n - 2)
    doc.y -= 10
    c.setFont("Times-Bold", 12)
    c.drawCentredString(PAGE_W / 2.0, doc.y, "CONTENTS")
    c.setFont("Times-Roman", 10.5)
    c.drawRightString(RM, doc.y, "Page")
    doc.y -= 10
    dot_w = stringWidth(". ", "Times-Roman", 11)
    for title, level in TOC:
        x = LM + (24 if level else 0)
        pg = toc_pages.get(title, "0")
        width = RM - 30 - x
        lines = doc.wrap(parse_words(title), width, width, 11)
        doc.y -= 6
        for n, ln in enumerate(lines):
            doc.y -= 13.6
            end = doc.draw_words(ln, x, doc.y, 11)
            if n == len(lines) - 1:
                k = int((RM - 18 - end - 6) / dot_w)
                c.setFont("Times-Roman", 11)
                c.drawString(RM - 18 - k * dot_w, doc.y, ". " * k)
                c.drawRightString(RM, doc.y, pg)

    # ---- body ---------------------------------------------------------------------
    doc.new_page()

    def H(t):
        doc.heading("<b>%s</b>" % t, gap_before=16, keep=4)

    def SH(t):
        doc.heading("<b><i>%s</i></b>" % t, gap_before=10, keep=4, x=LM)

    P = doc.para
    doc.y += 10
    H("Introduction")
    P("Pursuant to Resolution No. 1371 of 28 November 2019, the Council convened for its 111th Session on "
      "Monday, 23 November 2020, at the Centre International de Conférences Genève. Because of the "
      "restrictions imposed to contain the COVID-19 pandemic, delegations took part either in person, in "
      "limited numbers, or through an online platform. Five meetings were held.", 1)
    P("The Council followed the special working methods agreed for the session, which allowed decisions to be "
      "taken by consensus during the meetings and confirmed in writing where necessary.<sup>1</sup>", 2)

    H("Attendance")
    P("The following Member States were represented:<sup>2</sup> " + MEMBERS, 3)
    P("Bahrain, Bhutan, Indonesia, Kuwait, Qatar and Saudi Arabia were represented by observers, as was the "
      "Sovereign Order of Malta.", 4)
    P("The United Nations and several of its funds, programmes and specialized agencies, as well as other "
      "intergovernmental organizations and non-governmental organizations, were also represented by observers.", 5)

    H("Credentials of representatives and observers")
    P("The Council noted that the Director General had examined the credentials of the representatives of the "
      "Member States listed in paragraph 3 and had found them to be in due and proper form, and that he had been "
      "informed of the names of the observers listed in paragraphs 4 and 5.", 6)

    H("Election of officers")
    P("The Council elected by acclamation H.E. Mr Tomás Echeverría Lobo (Costa Rica) as Chairperson, "
      "H.E. Ms Annika Strandberg (Sweden) as First Vice-Chairperson, H.E. Mr Kwabena Asare-Bediako (Ghana) as "
      "Second Vice-Chairperson and Ms L. Andriamanjato (Madagascar) as Rapporteur.", 7)
    P("The outgoing Chairperson thanked Member States and the Administration for their cooperation during a year "
      "in which most meetings of the governing bodies had been held remotely.", 8)

    H("Adoption of the agenda")
    P("The Council adopted the agenda set out in document C/111/1/Rev.1.", 9)

    H("Admission of new Members and observers")
    SH("(a) Applications for membership")
    P("The Council had before it the application of Brunei Darussalam for membership in the Organization "
      "(C/111/5). It unanimously adopted Resolution No. 1383 admitting Brunei Darussalam as a Member State, "
      "whose representative thanked the Council.", 10)
    SH("(b) Applications for observership")
    P("The Council granted observer status to the Pacific Islands Migration Forum and to the Global Network of "
      "Migrant Health Workers by adopting Resolutions Nos. 1384 and 1385.", 11)

    H("Statement by the Director General")
    P("The Director General gave an account of the Organization's response to the pandemic, which had "
      "affected the mobility of millions of people and left many migrants stranded far from home.<sup>3</sup> "
      "He underlined the importance of including migrants in national health plans and vaccination campaigns.", 12)
    P("He also reported on progress with the internal governance framework and on the Organization's work in "
      "support of the Global Compact for Safe, Orderly and Regular Migration.", 13)

    H("General debate")
    P("Some 70 delegations took the floor. Many paid tribute to IOM staff who had continued to work in "
      "difficult conditions and welcomed the Organization's contribution to the United Nations system-wide "
      "response to the pandemic.", 14)
    P("Several delegations called for continued attention to the predictability of core funding, while others "
      "stressed the need to protect migrants from discrimination and xenophobia in times of crisis.", 15)

    H("Programme and Budget for 2021")
    P("The Council had before it the Programme and Budget for 2021 (C/111/6) and the report of the Standing "
      "Committee on Programmes and Finance on the subject. It adopted Resolution No. 1386 approving the "
      "Programme and Budget for 2021.<sup>4</sup>", 16)

    H("Reports on the Twenty-sixth and Twenty-seventh Sessions of the Standing Committee on Programmes and Finance")
    P("The Council took note of the reports of the Standing Committee on its Twenty-sixth and Twenty-seventh "
      "Sessions (S/26/15 and S/27/14) and adopted Resolution No. 1387 endorsing the decisions taken therein.", 17)

    H("Other business")
    P("No other business was raised.", 18)

    H("Date and place of the next session")
    P("The Council decided provisionally that its 112th Session would be held in Geneva from 29 November to "
      "1 December 2021.", 19)

    H("Closure of the session")
    P("The Chairperson declared the 111th Session closed on Wednesday, 25 November 2020, at 5.45 p.m.", 20)

    doc.finish()
    return {t: lab.replace("Page ", "") for k, t, lab in doc.events if k == "heading"}


# two passes: the first only measures where the headings fall
first = build(io.BytesIO(), {})
toc = {}
for title, level in TOC:
    toc[title] = first[title]
second = build(OUT, toc)
assert second == first
