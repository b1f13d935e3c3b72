"""Draws idm-paper-2019.pdf: a background paper for an IDM workshop (2019), with fpdf2."""
import re
from fpdf import FPDF

OUT = "idm-paper-2019.pdf"

PAGE_W, PAGE_H = 210, 297
LM, RM = 25, 20
TW = PAGE_W - LM - RM          # 165 mm text width
TOP_FIRST, TOP = 20, 27
BOTTOM = 277                   # last baseline area
NUM_X = LM
TXT_X = LM + 10
TXT_W = PAGE_W - RM - TXT_X

BODY = 10.5
LH = 5.0
FN = 9
FNLH = 4.2
PARA_GAP = 2.6

RUNNING = "International Dialogue on Migration"

# --------------------------------------------------------------------------- text
FOOTNOTES = {
    "1": "United Nations General Assembly resolution 73/195 of 19 December 2018, by which the Assembly "
         "endorsed the Global Compact for Safe, Orderly and Regular Migration; see in particular the "
         "guiding principles in paragraph 15 of the annex to the resolution.",
    "2": "The Migration Governance Framework (MiGOF) is set out in document C/106/40. The Council welcomed "
         "the Framework in Resolution No. 1310 of 24 November 2015.",
    "3": "Few national statistical offices publish census or survey data on migrants below the regional "
         "level, and the population registers kept by municipalities are often incomplete, since migrants "
         "in an irregular situation, seasonal workers and people moving within the country may not "
         "register. Some cities now combine other sources, such as school enrolment, health insurance and "
         "utility records, to produce estimates of their migrant population; such approaches call for "
         "strict safeguards for personal data and for close cooperation with national statistical "
         "authorities.",
    "4": "IOM, <i>World Migration Report 2020</i> (Geneva, forthcoming), chapter 7. Earlier findings on "
         "cities were presented in the <i>World Migration Report 2015</i>, which was devoted to migrants "
         "and cities.",
}
# footnote 3 is continued on the next page after this many lines
FN_SPLIT = {"3": 3}

BLOCKS = [
    ("heading", "I.", ["INTRODUCTION"]),
    ("para", "1.",
     "Cities and municipalities are where most migrants first look for a place to live, a job, a school "
     "for their children and a doctor. Decisions taken in town halls therefore shape, often more directly "
     "than national policies do, whether migrants are able to contribute to the communities in which they "
     "settle and whether those communities gain from their presence. The Global Compact for Safe, Orderly "
     "and Regular Migration, endorsed by the United Nations General Assembly in December 2018,^1 "
     "recognizes this by calling for whole-of-government and whole-of-society approaches and by naming "
     "local authorities among the actors in its implementation."),
    ("para", "2.",
     "This workshop, the second of the 2019 cycle of the International Dialogue on Migration (IDM), brings "
     "together representatives of Member States, mayors and city officials, regional bodies, international "
     "organizations, civil society, the private sector and researchers. It offers a space to exchange "
     "practical experience on how local, regional and national authorities can work together so that "
     "migrants are included in local life and have access to the services they need. The workshop will also "
     "consider how cities can take part in the follow-up and review of the Global Compact and in regional "
     "and global processes on migration, and what support IOM and its partners can offer them in doing so. The main points of the discussion "
     "will be reflected in the report on the 2019 Dialogue, which will be presented to the Council at its "
     "110th Session."),
    ("para", "3.",
     "This paper sets the scene for the discussion. Section II outlines recent trends and the "
     "responsibilities that local authorities exercise in practice; section III looks at coordination "
     "between levels of government and at partnerships with other actors; and section IV proposes questions "
     "to guide the debate. The paper draws on the IOM Migration Governance Framework,^2 on the local "
     "application of the Migration Governance Indicators and on the experience of IOM offices that have "
     "worked with more than 60 municipalities over the past three years. Examples mentioned in the paper "
     "are taken from the reports of those offices and from contributions made by Member States to "
     "earlier sessions of the Dialogue. The paper does not seek to be exhaustive, and several of the "
     "questions it raises, notably on the participation of young migrants in local decision-making, were "
     "already discussed at the first session of the 2019 Dialogue, held in New York in February."),
    ("box",
     "The paper advances four key messages, which participants are invited to test against their own "
     "experience:",
     ["Local authorities are first responders to migration, whatever the formal division of competences "
      "between levels of government;",
      "Inclusion works best when national frameworks give cities the mandate, the data and the resources "
      "to act;",
      "Partnerships with migrants, employers and civil society multiply what municipalities can achieve "
      "alone; and",
      "Cities have a contribution to make to the follow-up and review of the Global Compact."]),
    ("heading", "II.", ["MIGRATION AT THE LOCAL LEVEL: TRENDS AND RESPONSIBILITIES"]),
    ("subheading", "Urban destinations"),
    ("para", "4.",
     "More than half of the world's population lives in urban areas, a share that is expected to reach "
     "two thirds by 2050. Migrants, whether they have crossed a border or moved within their own country, "
     "are more concentrated in cities than the population at large: in many countries of destination a "
     "handful of metropolitan areas is home to over half of all foreign-born residents. Secondary cities "
     "and towns are, however, receiving a growing share of new arrivals, including people displaced by "
     "conflict and disasters, and they often do so with fewer staff and smaller budgets than the capitals."),
    ("para", "5.",
     "Migration to cities is not only an international phenomenon. Rural\u2013urban movements within "
     "countries remain far larger in number, and the same neighbourhoods frequently receive both internal "
     "and international migrants. Local authorities rarely draw a sharp line between the two groups when "
     "planning housing, transport or schools, and their data systems are often unable to do so."),
    ("subheading", "Services at the front line"),
    ("para", "6.",
     "Whatever the formal distribution of competences, the municipality is usually the first public "
     "authority with which a migrant deals. Even where immigration and integration policies are national "
     "responsibilities, local administrations register residents, run schools and clinics, manage social "
     "housing and provide emergency assistance. In a survey of local authorities carried out by IOM "
     "between January and June 2019, the 100 responding municipalities most often named language tuition, "
     "access to health care and support with housing as priority services (see table 1 below)."),
    ("para", "7.",
     "Local authorities nonetheless report recurring difficulties in carrying out these responsibilities, "
     "among them:",
     ["mandates that are unclear or change frequently, leaving municipalities unsure of the services they "
      "may offer to migrants with different legal statuses;",
      "a lack of disaggregated data on the size, composition and needs of the migrant population at the "
      "city level;^3",
      "funding arrangements that do not follow sudden changes in population, in particular after large "
      "arrivals; and",
      "limited capacity to communicate with newcomers in their own languages and to respond to "
      "misinformation about migration in the local media."]),
    ("table",),
    ("heading", "III.", ["LOCAL AUTHORITIES AS PARTNERS IN NATIONAL AND",
                         "INTERNATIONAL MIGRATION GOVERNANCE"]),
    ("subheading", "Coordination between levels of government"),
    ("para", "8.",
     "Inclusion policies are most effective when the roles of national, regional and local authorities "
     "are clearly defined and mutually reinforcing. Several countries have set up standing mechanisms for "
     "this purpose, such as joint committees of ministries and associations of municipalities, or "
     "agreements under which funds are transferred to cities in proportion to the number of newcomers they "
     "receive. Where such mechanisms exist, local authorities are better able to plan ahead instead of "
     "responding to emergencies."),
    ("para", "9.",
     "Coordination also depends on shared information. National authorities hold data on admissions and "
     "residence status, while cities know about the daily lives of their residents. Exchanging information, "
     "within the limits set by data protection rules, allows both levels to anticipate needs. The Migration "
     "Governance Indicators, which IOM has applied in some 50 countries, have been adapted since 2018 for "
     "use by cities; the local assessments completed so far point to data sharing as one of the weakest "
     "areas of multilevel governance."),
    ("subheading", "Partnerships beyond government"),
    ("para", "10.",
     "Municipalities do not work alone. Employers, trade unions, faith-based organizations, universities, "
     "diaspora associations and migrants themselves provide many of the services on which newcomers rely, "
     "frequently with support from the city. Involving migrants in the design of local policies, for "
     "instance through advisory councils, makes services more relevant and builds trust. Partnerships with "
     "the private sector have proved particularly useful in matching the skills of migrants with local "
     "labour shortages."),
    ("para", "11.",
     "Networks of cities at the national, regional and global levels have become important channels for "
     "exchanging practice. They allow smaller municipalities to learn from larger ones and give local "
     "authorities a collective voice in international discussions. IOM reported to the Council at its "
     "109th Session on its cooperation with such networks (document C/109/3, paragraphs 41 to 45)."),
    ("subheading", "Local authorities and the Global Compact"),
    ("para", "12.",
     "The Global Compact invites States to involve local authorities in its implementation. The "
     "regional reviews, which begin in 2020, and the first International Migration Review Forum, to be "
     "held in 2022, offer opportunities to reflect the experience of cities. Some States have already "
     "included mayors and city officials in their national delegations or in national implementation "
     "plans; others are considering how best to do so."),
    ("para", "13.",
     "IOM supports local authorities through technical cooperation, capacity-building and the facilitation "
     "of dialogue, often together with other members of the United Nations Network on Migration. Its "
     "forthcoming flagship report devotes a chapter to cities and migration.^4 The outcome of this workshop "
     "will inform how that support develops in the coming years."),
    ("heading", "IV.", ["GUIDING QUESTIONS"]),
    ("para", "14.",
     "Participants are invited to address the following questions in their interventions:",
     [("(a)", "What arrangements between national, regional and local authorities have been most effective "
              "in clarifying responsibilities for the inclusion of migrants, and how are they financed?"),
      ("(b)", "How can cities obtain the data they need to plan services, while protecting the personal "
              "data of migrants?"),
      ("(c)", "Which partnerships with migrants, employers and civil society have made the greatest "
              "difference at the local level, and what made them work?"),
      ("(d)", "How can local authorities contribute to the follow-up and review of the Global Compact:",
       [("(i)", "at the national level, through implementation plans and national delegations; and"),
        ("(ii)", "at the regional and global levels, including the International Migration Review Forum?")]),
      ("(e)", "What kind of support from IOM and other partners would be most useful to local "
              "authorities?")]),
]

TABLE_CAPTION = "Table 1. Priority services reported by responding municipalities, by region, 2019"
TABLE_HEAD = ["Service", "Africa", "Americas", "Asia and\nthe Pacific", "Europe", "Middle\nEast", "Total*"]
TABLE_ROWS = [
    ["Language tuition", 9, 14, 11, 23, 6],
    ["Access to health care", 12, 13, 10, 15, 7],
    ["Housing support", 8, 11, 7, 19, 5],
    ["Employment and skills recognition", 10, 9, 9, 16, 4],
    ["Legal and documentation advice", 11, 12, 6, 10, 6],
    ["Schooling for migrant children", 7, 10, 8, 12, 4],
]
TABLE_TOTAL = ["Municipalities responding", 18, 22, 17, 31, 12]
TABLE_NOTE = ("* Respondents could name up to four priority services; the totals therefore exceed the "
              "number of municipalities responding.")


# --------------------------------------------------------------------------- engine
TOKEN = re.compile(r"(<i>|</i>|<b>|</b>|\^\d+)")


def parse_runs(text, base=""):
    """Split marked-up text into words; each word is a list of (text, style, is_sup)."""
    words, cur = [], []
    style = base
    for part in TOKEN.split(text):
        if not part:
            continue
        if part == "<i>":
            style = base + "I"
            continue
        if part in ("</i>", "</b>"):
            style = base
            continue
        if part == "<b>":
            style = "B" + base
            continue
        if part.startswith("^"):
            cur.append((part[1:], base, True))
            continue
        chunks = part.split(" ")
        for i, ch in enumerate(chunks):
            if i > 0:
                if cur:
                    words.append(cur)
                cur = []
            if ch:
                cur.append((ch, style, False))
    if cur:
        words.append(cur)
    return words


class Doc(FPDF):
    def __init__(self):
        super().__init__(format="A4", unit="mm")
        self.core_fonts_encoding = "windows-1252"
        self.set_auto_page_break(False)
        self.set_margins(LM, TOP, RM)
        self.fn_pending = []      # footnotes (num, words) to print on this page
        self.fn_carry = []        # lines of a footnote continued from the previous page
        self.y0 = 0
        self.pageno = 0

    # ---- measuring
    def wlen(self, word, size):
        w = 0
        for txt, st, sup in word:
            self.set_font("helvetica", st, 7 if sup else size)
            w += self.get_string_width(txt)
        return w

    def space(self, size):
        self.set_font("helvetica", "", size)
        return self.get_string_width(" ")

    def wrap(self, words, width, size, first_width=None):
        lines, line, lw = [], [], 0
        sp = self.space(size)
        limit = first_width or width
        for w in words:
            ww = self.wlen(w, size)
            if line and lw + sp + ww > limit:
                lines.append(line)
                line, lw = [w], ww
                limit = width
            else:
                lw = lw + (sp if line else 0) + ww
                line.append(w)
        if line:
            lines.append(line)
        return lines

    def draw_line(self, line, x, base, size, width=None, justify=False):
        """Draw one line; runs of same-style words are one text object, justified with Tw."""
        sp = self.space(size)
        extra = 0
        if justify and len(line) > 1:
            natural = sum(self.wlen(w, size) for w in line) + sp * (len(line) - 1)
            extra = (width - natural) / (len(line) - 1)
        # build segments: [style, sup, text, space_before]
        segs = []
        for i, w in enumerate(line):
            for j, (txt, st, sup) in enumerate(w):
                sb = (i > 0 and j == 0)
                if segs and not sup and not segs[-1][1] and segs[-1][0] == st:
                    segs[-1][2] += (" " if sb else "") + txt
                else:
                    segs.append([st, sup, txt, sb])
        cx = x
        for st, sup, txt, sb in segs:
            if sb:
                cx += sp + extra
            self.set_font("helvetica", st, 7 if sup else size)
            if extra and " " in txt:
                self.text(cx, base, "")  # make sure the font is set on the page
                self._out(f"{extra * self.k:.3f} Tw")
            self.text(cx, base - (1.3 if sup else 0), txt)
            if extra and " " in txt:
                self._out("0 Tw")
            cx += self.get_string_width(txt) + (extra * txt.count(" ") if not sup else 0)

    # ---- footnote area
    def fn_lines(self, num):
        words = parse_runs(FOOTNOTES[num])
        return self.wrap(words, PAGE_W - RM - (LM + 4), FN)

    def fn_height(self, extra=()):
        n = len(self.fn_carry)
        for num in list(dict.fromkeys([f for f in self.fn_pending] + list(extra))):
            lines = self.fn_lines(num)
            n += min(len(lines), FN_SPLIT.get(num, 99))
        if n == 0:
            return 0
        return 6 + n * FNLH

    def limit(self, extra=()):
        return BOTTOM - self.fn_height(extra)

    def finish_page(self):
        entries = []
        if self.fn_carry:
            entries.append((None, self.fn_carry))
        carry = []
        for num in self.fn_pending:
            lines = self.fn_lines(num)
            k = FN_SPLIT.get(num, 99)
            entries.append((num, lines[:k]))
            carry = lines[k:]
        total = sum(len(l) for _, l in entries)
        if total:
            y = BOTTOM - total * FNLH
            self.set_line_width(0.2)
            self.line(LM, y - 4.2, LM + 45, y - 4.2)
            for num, lines in entries:
                for j, ln in enumerate(lines):
                    base = y + 3.2
                    if num is not None and j == 0:
                        self.set_font("helvetica", "", 6.5)
                        self.text(LM, base - 1.0, num)
                    last = (j == len(lines) - 1) and not (num is not None and carry and lines is entries[-1][1])
                    self.draw_line(ln, LM + 4, base, FN, PAGE_W - RM - (LM + 4), justify=not last)
                    y += FNLH
        self.fn_pending = []
        self.fn_carry = carry

    def new_page(self):
        if self.pageno:
            self.finish_page()
        self.add_page()
        self.pageno += 1
        if self.pageno > 1:
            self.set_font("helvetica", "", 10)
            for i, t in enumerate([RUNNING, "Page %d" % self.pageno]):
                self.text(PAGE_W - RM - self.get_string_width(t), 12 + i * 4.6, t)
            self.y0 = TOP
        else:
            self.y0 = TOP_FIRST

    # ---- blocks
    def ensure(self, height, extra=()):
        if self.y0 + height > self.limit(extra):
            self.new_page()

    def place_text_lines(self, lines, x, width, size=BODY, lh=LH, justify_last=False, label=None,
                         label_x=None):
        for j, ln in enumerate(lines):
            fns = [t for w in ln for (t, s, sup) in w if sup]
            if self.y0 + lh > self.limit(fns):
                self.new_page()
            base = self.y0 + lh - 1.4
            if label is not None and j == 0:
                self.set_font("helvetica", "", size)
                self.text(label_x, base, label)
            last = j == len(lines) - 1
            self.draw_line(ln, x, base, size, width, justify=(not last) or justify_last)
            for f in fns:
                if f not in self.fn_pending:
                    self.fn_pending.append(f)
            self.y0 += lh

    def para(self, num, text, items=None):
        lines = self.wrap(parse_runs(text), TXT_W, BODY)
        self.ensure(LH * 2)
        self.place_text_lines(lines, TXT_X, TXT_W, label=num, label_x=NUM_X)
        self.y0 += PARA_GAP
        if items:
            for it in items:
                self.item(it, 0)

    def item(self, it, depth):
        if isinstance(it, str):
            label, text, kids = "\u2022", it, None
            lx, tx = TXT_X + 2, TXT_X + 8
        else:
            label, text = it[0], it[1]
            kids = it[2] if len(it) > 2 else None
            lx = TXT_X + 2 + depth * 10
            tx = lx + 9
        w = PAGE_W - RM - tx
        lines = self.wrap(parse_runs(text), w, BODY)
        self.ensure(LH * min(2, len(lines)))
        self.place_text_lines(lines, tx, w, label=label, label_x=lx)
        self.y0 += PARA_GAP * 0.8
        if kids:
            for k in kids:
                self.item(k, depth + 1)

    def heading(self, num, lines):
        self.y0 += 2
        self.ensure(LH * (len(lines) + 3))
        for j, t in enumerate(lines):
            base = self.y0 + LH - 1.4
            self.set_font("helvetica", "B", BODY)
            if j == 0:
                self.text(NUM_X, base, num)
            self.text(TXT_X, base, t)
            self.y0 += LH
        self.y0 += PARA_GAP + 0.5

    def subheading(self, text):
        self.y0 += 0.5
        self.ensure(LH * 4)
        self.set_font("helvetica", "BI", BODY)
        self.text(TXT_X, self.y0 + LH - 1.4, text)
        self.y0 += LH + PARA_GAP - 0.6

    def box(self, intro, bullets):
        bx, bw = TXT_X, PAGE_W - RM - TXT_X
        inner_x, inner_w = bx + 5, bw - 10
        intro_lines = self.wrap(parse_runs(intro), inner_w, BODY)
        blines = [self.wrap(parse_runs(b), inner_w - 7, BODY) for b in bullets]
        h = 5 + len(intro_lines) * LH + 2 + sum(len(b) * LH + 1.5 for b in blines) + 3
        self.ensure(h + 4)
        self.y0 += 1
        self.set_fill_color(236, 240, 245)
        self.set_draw_color(60, 90, 130)
        self.set_line_width(0.4)
        self.rect(bx, self.y0, bw, h, style="DF")
        self.set_draw_color(0, 0, 0)
        self.y0 += 4
        self.place_text_lines(intro_lines, inner_x, inner_w)
        self.y0 += 2
        for bl in blines:
            self.set_font("helvetica", "", BODY)
            self.text(inner_x + 1, self.y0 + LH - 1.4, "\u2013")
            self.place_text_lines(bl, inner_x + 7, inner_w - 7)
            self.y0 += 1.5
        self.y0 += 3 + 1 + PARA_GAP

    def table(self):
        colw = [64] + [16.8] * 6
        rows_h = 5.2
        h = 6 + 11 + rows_h * (len(TABLE_ROWS) + 1) + 10
        self.ensure(h + 3)
        self.y0 += 1
        self.set_font("helvetica", "B", 10)
        self.text(LM, self.y0 + 4, TABLE_CAPTION)
        self.y0 += 7
        self.set_line_width(0.3)
        self.line(LM, self.y0, PAGE_W - RM, self.y0)
        # headings (two lines)
        x = LM
        self.set_font("helvetica", "B", 9)
        for i, head in enumerate(TABLE_HEAD):
            parts = head.split("\n")
            if len(parts) == 1:
                parts = ["", parts[0]]
            for k, p in enumerate(parts):
                if not p:
                    continue
                if i == 0:
                    self.text(x + 1, self.y0 + 4.2 + k * 4.2, p)
                else:
                    self.text(x + colw[i] - 1 - self.get_string_width(p), self.y0 + 4.2 + k * 4.2, p)
            x += colw[i]
        self.y0 += 10.5
        self.set_line_width(0.2)
        self.line(LM, self.y0, PAGE_W - RM, self.y0)
        for r, row in enumerate(TABLE_ROWS + [TABLE_TOTAL]):
            cells = row + [sum(row[1:])]
            if r == len(TABLE_ROWS):
                self.set_line_width(0.2)
                self.line(LM, self.y0 + 0.6, PAGE_W - RM, self.y0 + 0.6)
                self.y0 += 0.8
            style = "B" if r == len(TABLE_ROWS) else ""
            x = LM
            for i, c in enumerate(cells):
                self.set_font("helvetica", style, 9)
                t = str(c)
                if i == 0:
                    self.text(x + 1, self.y0 + 4, t)
                else:
                    self.text(x + colw[i] - 1 - self.get_string_width(t), self.y0 + 4, t)
                x += colw[i]
            self.y0 += rows_h
        self.set_line_width(0.3)
        self.line(LM, self.y0 + 1, PAGE_W - RM, self.y0 + 1)
        self.y0 += 2
        self.set_font("helvetica", "", 8.5)
        self.text(LM, self.y0 + 3.6, TABLE_NOTE)
        self.y0 += 5 + PARA_GAP + 1

    def cover(self):
        self.set_font("helvetica", "", 11)
        right = PAGE_W - RM
        for i, t in enumerate(["Original: English", "Geneva, 12 September 2019"]):
            self.text(right - 52, self.y0 + 4 + i * 5.5, t)
        self.y0 += 16
        def centre(t, style, size, dy):
            self.set_font("helvetica", style, size)
            self.text((PAGE_W - self.get_string_width(t)) / 2, self.y0 + 4, t)
            self.y0 += dy
        centre("INTERNATIONAL DIALOGUE ON MIGRATION", "B", 13, 7.5)
        centre("Workshop on cities and migration: local partnerships for inclusion", "", 11, 5.8)
        centre("15\u201316 October 2019", "", 11, 8)
        self.set_line_width(0.5)
        self.line(LM, self.y0, PAGE_W - RM, self.y0)
        self.y0 += 9
        centre("LOCAL AUTHORITIES AND MIGRANT INCLUSION: BUILDING", "B", 12, 6.2)
        centre("PARTNERSHIPS ACROSS LEVELS OF GOVERNMENT", "B", 12, 7.5)
        centre("(Background paper)", "", 11, 8)
        self.set_line_width(0.2)
        self.line(LM + 55, self.y0, PAGE_W - RM - 55, self.y0)
        self.y0 += 7

    def build(self):
        self.new_page()
        self.cover()
        for b in BLOCKS:
            kind = b[0]
            if kind == "heading":
                self.heading(b[1], b[2])
            elif kind == "subheading":
                self.subheading(b[1])
            elif kind == "para":
                self.para(b[1], b[2], b[3] if len(b) > 3 else None)
            elif kind == "box":
                self.box(b[1], b[2])
            elif kind == "table":
                self.table()
        self.finish_page()
        if self.fn_carry:
            raise SystemExit("footnote carried past the last page")


doc = Doc()
doc.set_title("Local authorities and migrant inclusion: building partnerships across levels of government")
doc.set_author("International Organization for Migration")
doc.build()
doc.output(OUT)
print("pages:", doc.pageno)
