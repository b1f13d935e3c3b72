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
# C/106/12 -- Scale of assessment for 2016 (Council, 106th Session)
# ===========================================================================
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "scale-of-assessment-2015.pdf")
SYMBOL = "C/106/12"

# United Nations scale 2013-2015 rates (per cent) of the States that are
# Members of IOM (figures as used by the Administration for this paper).
UN = [
    ("Afghanistan", 0.005), ("Albania", 0.010), ("Algeria", 0.137), ("Angola", 0.010),
    ("Antigua and Barbuda", 0.002), ("Argentina", 0.432), ("Armenia", 0.007),
    ("Australia", 2.074), ("Austria", 0.798), ("Azerbaijan", 0.040), ("Bahamas", 0.017),
    ("Bangladesh", 0.010), ("Belarus", 0.056), ("Belgium", 0.998), ("Belize", 0.001),
    ("Benin", 0.003), ("Bolivia (Plurinational State of)", 0.009),
    ("Bosnia and Herzegovina", 0.017), ("Botswana", 0.017), ("Brazil", 2.934),
    ("Bulgaria", 0.047), ("Burkina Faso", 0.003), ("Burundi", 0.001), ("Cabo Verde", 0.001),
    ("Cambodia", 0.004), ("Cameroon", 0.012), ("Canada", 2.984),
    ("Central African Republic", 0.001), ("Chad", 0.002), ("Chile", 0.334),
    ("Colombia", 0.259), ("Comoros", 0.001), ("Congo", 0.005), ("Costa Rica", 0.038),
    ("Côte d'Ivoire", 0.011), ("Croatia", 0.126), ("Cyprus", 0.047),
    ("Czech Republic", 0.386), ("Democratic Republic of the Congo", 0.003),
    ("Denmark", 0.675), ("Djibouti", 0.001), ("Dominica", 0.001),
    ("Dominican Republic", 0.045), ("Ecuador", 0.044), ("Egypt", 0.134),
    ("El Salvador", 0.016), ("Estonia", 0.040), ("Ethiopia", 0.010), ("Fiji", 0.003),
    ("Finland", 0.519), ("France", 5.593), ("Gabon", 0.020), ("Gambia", 0.001),
    ("Georgia", 0.007), ("Germany", 7.141), ("Ghana", 0.014), ("Greece", 0.638),
    ("Guatemala", 0.027), ("Guinea", 0.001), ("Guinea-Bissau", 0.001), ("Guyana", 0.001),
    ("Haiti", 0.003), ("Holy See", None), ("Honduras", 0.008), ("Hungary", 0.266),
    ("Iceland", 0.027), ("India", 0.666), ("Iran (Islamic Republic of)", 0.356),
    ("Ireland", 0.418), ("Israel", 0.396), ("Italy", 4.448), ("Jamaica", 0.011),
    ("Japan", 10.833), ("Jordan", 0.022), ("Kazakhstan", 0.121), ("Kenya", 0.013),
    ("Kyrgyzstan", 0.002), ("Latvia", 0.047), ("Lesotho", 0.001), ("Liberia", 0.001),
    ("Libya", 0.142), ("Lithuania", 0.073), ("Luxembourg", 0.081), ("Madagascar", 0.003),
    ("Malawi", 0.002), ("Maldives", 0.001), ("Mali", 0.004), ("Malta", 0.016),
    ("Marshall Islands", 0.001), ("Mauritania", 0.002), ("Mauritius", 0.013),
    ("Mexico", 1.842), ("Micronesia (Federated States of)", 0.001), ("Mongolia", 0.003),
    ("Montenegro", 0.005), ("Morocco", 0.062), ("Mozambique", 0.003), ("Myanmar", 0.010),
    ("Namibia", 0.010), ("Nauru", 0.001), ("Nepal", 0.006), ("Netherlands", 1.654),
    ("New Zealand", 0.253), ("Nicaragua", 0.003), ("Niger", 0.002), ("Nigeria", 0.090),
    ("Norway", 0.851), ("Pakistan", 0.085), ("Palau", 0.001), ("Panama", 0.026),
    ("Papua New Guinea", 0.004), ("Paraguay", 0.010), ("Peru", 0.117),
    ("Philippines", 0.154), ("Poland", 0.921), ("Portugal", 0.474),
    ("Republic of Korea", 1.994), ("Republic of Moldova", 0.003), ("Romania", 0.226),
    ("Russian Federation", 2.438), ("Rwanda", 0.002), ("Saint Kitts and Nevis", 0.001),
    ("Saint Lucia", 0.001), ("Saint Vincent and the Grenadines", 0.001),
    ("Sao Tome and Principe", 0.001), ("Senegal", 0.006), ("Serbia", 0.040),
    ("Seychelles", 0.001), ("Sierra Leone", 0.001), ("Slovakia", 0.171),
    ("Slovenia", 0.100), ("Solomon Islands", 0.001), ("Somalia", 0.001),
    ("South Africa", 0.372), ("South Sudan", 0.004), ("Spain", 2.973),
    ("Sri Lanka", 0.025), ("Sudan", 0.010), ("Swaziland", 0.003), ("Sweden", 0.960),
    ("Switzerland", 1.047), ("Tajikistan", 0.003), ("Thailand", 0.239),
    ("The former Yugoslav Republic of Macedonia", 0.008), ("Timor-Leste", 0.002),
    ("Togo", 0.001), ("Trinidad and Tobago", 0.044), ("Tunisia", 0.036),
    ("Turkey", 1.328), ("Turkmenistan", 0.019), ("Tuvalu", 0.001), ("Uganda", 0.006),
    ("Ukraine", 0.099), ("United Kingdom of Great Britain and Northern Ireland", 5.179),
    ("United Republic of Tanzania", 0.009), ("United States of America", 22.000),
    ("Uruguay", 0.052), ("Vanuatu", 0.001), ("Venezuela (Bolivarian Republic of)", 0.627),
    ("Viet Nam", 0.042), ("Yemen", 0.010), ("Zambia", 0.006), ("Zimbabwe", 0.002),
]
NEW_2016 = {"Sao Tome and Principe", "Solomon Islands", "Tuvalu"}
CAP = "United States of America"


def iom_scale(members):
    """Equalize with the UN scale: hold the largest rate at 22 per cent, adjust the
    others proportionally to a total of 100; the Holy See pays the minimum rate;
    round to 4 decimals, putting any rounding difference on the second-largest rate."""
    rates = {n: r for n, r in UN if n in members}
    minimum = min(r for r in rates.values() if r is not None)
    rates = {n: (minimum if r is None else r) for n, r in rates.items()}
    rest = sum(r for n, r in rates.items() if n != CAP)
    factor = 78.0 / rest
    out = {}
    for n, r in rates.items():
        out[n] = 22.0 if n == CAP else r * factor
    units = {n: int(round(v * 10000)) for n, v in out.items()}
    diff = 1000000 - sum(units.values())
    units["Japan"] += diff
    return units


ALL = [n for n, r in UN]
S2016 = iom_scale(set(ALL))
S2015 = iom_scale(set(ALL) - NEW_2016)
assert sum(S2016.values()) == 1000000 and sum(S2015.values()) == 1000000


def pct(u):
    return "%d.%04d" % (u // 10000, u % 10000)


doc = Doc(OUT, SYMBOL)
doc.footnotes = {
    "1": "The principle of full equalization was reaffirmed by the Council in Resolution No. 1161 (XCIV) of 30 November 2007.",
    "2": "United Nations General Assembly resolution 67/238 of 24 December 2012, <i>Scale of assessments for the apportionment of the expenses of the United Nations</i>.",
    "3": "Documents C/106/5, C/106/6 and C/106/7 contain the applications and the corresponding draft resolutions.",
}

# ---- cover ------------------------------------------------------------------
c = doc.c
c.setFont("Times-Roman", 11)
y = PAGE_H - 56
for ln in (SYMBOL, "Original: English", "28 September 2015"):
    c.drawRightString(RM, y, ln)
    y -= 14
y -= 18
c.setFont("Times-Bold", 11)
c.drawString(LM, y, "COUNCIL")
y -= 14
c.setFont("Times-Roman", 11)
c.drawString(LM, y, "106th Session")
y -= 14
c.setLineWidth(0.8)
c.line(LM, y, RM, y)
y -= 34
c.setFont("Times-Bold", 13)
c.drawCentredString(PAGE_W / 2.0, y, "SCALE OF ASSESSMENT FOR 2016")
y -= 16
doc.y = y

P = doc.para
P("The expenses of the Administrative part of the Budget are met by contributions of Member States, "
  "which are assessed according to a scale agreed by the Council. This paper sets out the scale that the "
  "Administration proposes for 2016, for use together with the Programme and Budget for 2016 (C/106/8).", 1, gap=12)
P("In Resolution No. 1021 (LXXX) of 30 November 2000, the Council decided that the IOM scale of "
  "assessment should be fully equalized with the scale of assessments of the United Nations, adjusted to "
  "the membership of the Organization.<sup>1</sup> The scale is therefore revised whenever the United Nations "
  "scale changes or new Member States are admitted.", 2)
P("The United Nations scale in force, adopted by the General Assembly in resolution 67/238,<sup>2</sup> applies "
  "to the years 2013 to 2015. It sets a maximum rate of 22 per cent and a minimum rate of 0.001 per cent, "
  "and limits the rate of the least developed countries to 0.01 per cent. The General Assembly is expected to "
  "adopt the scale for the period 2016-2018 at its seventieth session, in December 2015, that is, after the "
  "present session of the Council.", 3)
P("As on earlier occasions when the two calendars did not coincide, the Administration proposes that the "
  "2016 scale be based on the United Nations scale for 2013-2015. Should the new United Nations rates alter "
  "the IOM scale significantly, a revised scale would be submitted to the Standing Committee on Programmes "
  "and Finance in June 2016, as was done in 2013 (SCPF/84).", 4)
P("The method applied is unchanged: the United Nations rates of the Member States of IOM are added together; "
  "the rate of the largest contributor is held at 22.0000 per cent, the ceiling of the United Nations scale; "
  "and the remaining rates are adjusted proportionally so that the scale totals exactly 100.0000 per cent. "
  "Rates are rounded to four decimal places, any difference due to rounding being absorbed by the "
  "second-highest rate. After adjustment, the United Nations minimum rate corresponds to an IOM rate of "
  "%s per cent." % pct(min(S2016.values())), 5)
P("Sao Tome and Principe, Solomon Islands and Tuvalu have applied for membership, and their applications are "
  "before the Council at this session.<sup>3</sup> Subject to their admission, they have been included in the "
  "2016 scale. In line with established practice, a State admitted in the course of a year contributes for that "
  "year in proportion to the number of full months remaining after its admission.", 6)
P("The proposed scale of assessment for 2016 is shown in the table below, together with the scale for 2015 "
  "for purposes of comparison.", 7)

# ---- the table ----------------------------------------------------------------
doc.space(10)
doc.heading("<b>Table 1: Scale of assessment for 2015 and proposed scale for 2016</b>", gap_before=6, keep=6)
cols = [(LM, "l"), (RM - 120, "r"), (RM - 10, "r")]
head = [["Member State", "2015", "2016"], ["", "(per cent)", "(per cent)"]]
rows = []
for n in ALL:
    rows.append([n, "–" if n in NEW_2016 else pct(S2015[n]), pct(S2016[n])])
rows.append(("__bold__", ["TOTAL", pct(sum(S2015.values())), pct(sum(S2016.values()))]))
doc.table(cols, rows, header_rows=head, size=10, leading=11.4)

doc.para("Notes: A dash (–) indicates that the State was not a Member of the Organization in 2015. "
         "The Holy See, which is not a Member of the United Nations, is assessed at the minimum rate.",
         gap=8, size=9.5, leading=11.5)
doc.para("Source: United Nations, General Assembly resolution 67/238; calculations by the Administration.",
         gap=2, size=9.5, leading=11.5)

P("The Council is invited to approve the scale of assessment for 2016 as set out in this document.", 8, gap=14)

doc.finish()
