"""Draw working-group-2012.pdf: an invented report of a working group to the IOM
Standing Committee on Programmes and Finance (2012), laid out in the IOM manner.

Run with: /work/main/.venv/bin/python working-group-2012.py
"""
from fpdf import FPDF

SYMBOL = "SCPF/88"
FONT = "Helvetica"
BODY = 10.0          # body font size (pt)
LH = 4.4             # body line height (mm)
PARA_GAP = 2.0       # space after a paragraph (mm)
LEFT = 25.0
RIGHT = 185.0        # A4 width 210 - 25
TAB = 10.0           # indent of the first line after the paragraph number
TOP_BODY = 32.0      # first body line on pages with a running header
PAGE_BOTTOM = 280.0  # lowest baseline for footnotes
FN_SIZE = 8.5
FN_LH = 3.9

FOOTNOTES = {
    "*": "This report is submitted under the responsibility of the Chairperson of the "
         "Working Group, Mr J. Ferreira (Portugal). A draft was circulated to all "
         "participating delegations on 21 September 2012.",
    "1": "Under the Security Level System introduced by the United Nations Security "
         "Management System on 1 January 2011, duty stations are rated from level 1 "
         "(minimal) to level 6 (extreme). Ratings made under the former phase system "
         "have been converted for purposes of comparison.",
    "2": "The models of UNHCR, UNICEF, UNDP and WFP were reviewed in a background paper "
         "prepared by the Administration for the third meeting of the Working Group "
         "(SCPF/83 of 4 May 2012).",
}

# --------------------------------------------------------------------------------
# Content.  A marker is written "^N" glued to the end of a word.
# Block kinds: heading (num, text), para (num, text), item (label, text, level),
# text (unnumbered), caption, table, annex (new page with the annex title).
# --------------------------------------------------------------------------------
BODY_BLOCKS = [
    ("heading", "I.", "INTRODUCTION"),
    ("para", "1.",
     "At its Ninth Session, held on 22 and 23 November 2011, the Standing Committee on "
     "Programmes and Finance decided to establish an open-ended working group to examine "
     "the arrangements for the security of IOM staff in field offices and the manner in "
     "which those arrangements are financed (SCPF/79, paragraph 52). The Working Group was "
     "requested to report to the Standing Committee at its Eleventh Session."),
    ("para", "2.",
     "The present report summarizes the deliberations of the Working Group, which met five "
     "times between February and September 2012, and sets out its conclusions and "
     "recommendations. The terms of reference of the Working Group are reproduced in the "
     "Annex."),
    ("heading", "II.", "BACKGROUND"),
    ("para", "3.",
     "Since 2007 the number of IOM staff assigned to duty stations rated at security level 4 "
     "or above has grown from about 1,100 to some 2,300.^1 The cost of the related security "
     "measures has nevertheless continued to be charged almost entirely to individual project "
     "budgets. In May 2011 the Administration informed the Standing Committee that this "
     "practice placed a disproportionate burden on offices implementing small projects and "
     "on the donors funding operations in high-risk environments (SCPF/71, paragraphs 14 "
     "to 19)."),
    ("para", "4.",
     "By Resolution No. 1216 of 1 December 2011, the Council approved the Programme and "
     "Budget for 2012 and took note of the intention of the Administration to propose a "
     "sustainable means of financing field security. At present the security function is "
     "coordinated worldwide by the Staff Security Unit at Headquarters, which has a core "
     "staff of 11 officers funded from Discretionary Income, supported by field security "
     "officers whose posts are charged to the projects of the offices in which they serve."),
    ("heading", "III.", "PROCEEDINGS OF THE WORKING GROUP"),
    ("para", "5.",
     "The Working Group was chaired by Mr J. Ferreira (Portugal), with Ms N. Abdullah "
     "(Malaysia) as Vice-Chairperson. Its meetings were open to all Member States; between "
     "18 and 31 delegations took part in each meeting, and observers were invited to the "
     "fourth meeting. The Administration provided secretariat services and presented a "
     "background paper at each meeting."),
    ("para", "6.",
     "The Working Group held five formal meetings at Headquarters, listed below. In "
     "addition, an informal briefing by video link with the Chiefs of Mission in Kabul, "
     "Mogadishu and Sana'a was organized on 12 June 2012, so that delegations could hear "
     "directly from the offices most affected by the questions under review. The Chiefs of "
     "Mission described the measures in place at each location, the way in which their cost "
     "is now distributed among projects, and the difficulties that arise when a donor "
     "declines to fund security as a separate budget line, or accepts it only for the "
     "duration of a single project and not for the periods before and after its "
     "implementation."),
    ("caption", "Meetings of the Working Group in 2012"),
    ("table",
     ["Meeting", "Date", "Main topic"],
     [["First meeting", "14 February 2012", "Election of officers; programme of work"],
      ["Second meeting", "27 March 2012", "Current security arrangements and their cost"],
      ["Third meeting", "15 May 2012", "Practice of other organizations"],
      ["Fourth meeting", "3 July 2012", "Options for a funding mechanism"],
      ["Fifth meeting", "11 September 2012", "Conclusions and recommendations"]]),
    ("heading", "IV.", "FINDINGS ON THE COST AND FINANCING OF SECURITY\nMEASURES IN FIELD OFFICES"),
    ("para", "7.",
     "The Working Group noted that expenditure on field security in 2011, covering guards, "
     "armoured vehicles, communications equipment and security staff, amounted to "
     "approximately USD 38.6 million, more than 90 per cent of which was charged directly to "
     "projects."),
    ("para", "8.",
     "Delegations generally agreed that the present arrangement produces uneven results: "
     "offices managing a large portfolio can spread the fixed cost of security over many "
     "projects, whereas small offices in insecure locations cannot."),
    ("para", "9.",
     "The Working Group examined the cost-sharing models used by other organizations of the "
     "United Nations system.^2 Most of them combine a central budget for core security staff "
     "with a charge levied on all projects in proportion to their staff costs or to the "
     "security level of the duty station. A number of delegations cautioned that any new "
     "charge should not raise the overall overhead rate."),
    ("para", "10.",
     "There was broad support for the principle that the minimum security requirements of a "
     "duty station are a shared institutional responsibility, while costs arising from the "
     "specific nature of a project should continue to be budgeted in that project. Views "
     "differed on whether the shared element should be financed under the Administrative "
     "Part of the Budget or within the Operational Part of the Budget."),
    ("heading", "V.", "CONCLUSIONS AND RECOMMENDATIONS"),
    ("para", "11.",
     "On the basis of its deliberations, the Working Group agreed on the following "
     "recommendations, which it submits to the Standing Committee for endorsement:"),
    ("item", "(a)",
     "the Administration should establish a central Field Security Mechanism to finance the "
     "minimum security requirements of offices at security level 4 or above;", 1),
    ("item", "(b)",
     "the Mechanism should be funded from the following sources, in the order indicated:", 1),
    ("item", "(i)",
     "a uniform security charge applied to the staff and office costs of all projects;", 2),
    ("item", "(ii)",
     "an allocation from Discretionary Income, to be proposed each year in the Programme "
     "and Budget; and", 2),
    ("item", "(iii)",
     "voluntary contributions from Member States for particular regions;", 2),
    ("item", "(c)",
     "the introduction of the security charge should be budget-neutral for donors in its "
     "first year, through a corresponding adjustment of the project-related overhead;", 1),
    ("item", "(d)",
     "the Administration should present a detailed proposal, including the level of the "
     "charge and a costed implementation plan, to the Standing Committee at its Twelfth "
     "Session;", 1),
    ("item", "(e)",
     "the Administration should report annually on the Mechanism; and", 1),
    ("item", "(f)",
     "the Working Group should be dissolved once the Standing Committee has endorsed the "
     "present report.", 1),
    ("para", "12.",
     "The Chairperson thanks all delegations for their constructive engagement, and the "
     "Administration for the documentation provided to the Working Group."),
]

ANNEX_BLOCKS = [
    ("subheading", "Mandate"),
    ("para", "1.",
     "The Working Group on Staff Security Arrangements in Field Offices is established by "
     "the Standing Committee on Programmes and Finance at its Ninth Session as an "
     "open-ended group of Member States."),
    ("para", "2.", "The Working Group shall:"),
    ("item", "(a)",
     "review the current arrangements for the security of IOM staff and premises in field "
     "offices, including their cost;", 1),
    ("item", "(b)",
     "examine the practice of other organizations of the United Nations system in "
     "financing field security;", 1),
    ("item", "(c)",
     "consider options for a predictable and equitable funding mechanism; and", 1),
    ("item", "(d)", "make recommendations to the Standing Committee.", 1),
    ("subheading", "Composition and working methods"),
    ("para", "3.",
     "The Working Group is open to all Member States. Observers may be invited to attend "
     "specific meetings at the discretion of the Chairperson."),
    ("para", "4.",
     "The Working Group shall elect a Chairperson and a Vice-Chairperson from among the "
     "representatives of Member States."),
    ("para", "5.",
     "The Administration shall provide secretariat services to the Working Group and shall "
     "prepare the background documents that it requests."),
    ("para", "6.",
     "The Working Group shall work in English. Its meetings shall be informal and no "
     "summary records shall be kept."),
    ("subheading", "Reporting"),
    ("para", "7.",
     "The Working Group shall submit a written report, including its recommendations, to "
     "the Standing Committee at its Eleventh Session in October 2012."),
]


class Doc(FPDF):
    pass


pdf = Doc(format="A4", unit="mm")
pdf.set_auto_page_break(False)
pdf.set_title("Report of the Working Group on Staff Security Arrangements in Field Offices")
pdf.set_author("International Organization for Migration")


# ------------------------------------------------------------------ helpers
def words_of(text):
    """Split text into words; each word is a list of (string, is_sup) runs."""
    out = []
    for w in text.split(" "):
        if "^" in w:
            base, mark = w.split("^", 1)
            out.append([(base, False), (mark, True)])
        else:
            out.append([(w, False)])
    return out


def width_of(word, size, style=""):
    w = 0.0
    for s, sup in word:
        pdf.set_font(FONT, style, size * (0.62 if sup else 1.0))
        w += pdf.get_string_width(s)
    return w


def wrap(text, first_width, width, size, style=""):
    """Greedy wrap; returns list of lines, each a list of words."""
    pdf.set_font(FONT, style, size)
    space = pdf.get_string_width(" ")
    lines, cur, curw = [], [], 0.0
    avail = first_width
    for w in words_of(text):
        ww = width_of(w, size, style)
        need = ww if not cur else curw + space + ww
        if cur and need > avail:
            lines.append(cur)
            cur, curw = [w], ww
            avail = width
        else:
            cur.append(w)
            curw = need
    if cur:
        lines.append(cur)
    return lines


def draw_line(words, x, y, size, style=""):
    """Draw one line of words at baseline y; sup runs raised and smaller."""
    buf = ""
    for i, w in enumerate(words):
        if i:
            buf += " "
        for s, sup in w:
            if sup:
                if buf:
                    pdf.set_font(FONT, style, size)
                    pdf.text(x, y, buf)
                    x += pdf.get_string_width(buf)
                    buf = ""
                pdf.set_font(FONT, style, size * 0.62)
                pdf.text(x + 0.2, y - size * 0.35 * 0.3528, s)
                x += pdf.get_string_width(s) + 0.2
            else:
                buf += s
    if buf:
        pdf.set_font(FONT, style, size)
        pdf.text(x, y, buf)


def markers_in(words):
    return [s for w in words for s, sup in w if sup]


def right_text(y, s, size, style=""):
    pdf.set_font(FONT, style, size)
    pdf.text(RIGHT - pdf.get_string_width(s), y, s)


def centre_text(y, s, size, style=""):
    pdf.set_font(FONT, style, size)
    pdf.text((210 - pdf.get_string_width(s)) / 2, y, s)


def footnote_height(marks):
    h = 0.0
    for m in marks:
        h += len(wrap(FOOTNOTES[m], RIGHT - LEFT - 5, RIGHT - LEFT - 5, FN_SIZE)) * FN_LH + 0.8
    return h


# ------------------------------------------------------------------ page state
class Page:
    def __init__(self, header_lines, fixed_marks=(), footer_reserve=0.0, first_y=TOP_BODY):
        pdf.add_page()
        self.marks = list(fixed_marks)
        self.footer_reserve = footer_reserve
        self.y = first_y
        for i, s in enumerate(header_lines):
            right_text(15 + i * 4.6, s, 10)

    def limit(self, extra_marks=()):
        marks = self.marks + list(extra_marks)
        fh = footnote_height(marks) + (6.0 if marks else 0.0)
        return PAGE_BOTTOM - self.footer_reserve - fh

    def finish(self):
        if not self.marks:
            return
        fh = footnote_height(self.marks)
        top = PAGE_BOTTOM - self.footer_reserve - fh
        pdf.set_line_width(0.2)
        pdf.line(LEFT, top - 2.5, LEFT + 50, top - 2.5)
        y = top + FN_LH - 0.6
        for m in self.marks:
            lines = wrap(FOOTNOTES[m], RIGHT - LEFT - 5, RIGHT - LEFT - 5, FN_SIZE)
            pdf.set_font(FONT, "", FN_SIZE * 0.7)
            pdf.text(LEFT, y - 1.0, m)
            for ln in lines:
                draw_line(ln, LEFT + 5, y, FN_SIZE)
                y += FN_LH
            y += 0.8


state = {"page": None, "n": 0}


def new_page(header_lines):
    if state["page"] is not None:
        state["page"].finish()
    state["n"] += 1
    state["page"] = Page(header_lines)


def body_header():
    return [SYMBOL, "Page %d" % (state["n"] + 1)]


def place_lines(lines, xs, size=BODY, style="", keep=1):
    """Place wrapped lines; xs(i) gives the x of line i. Breaks pages as needed."""
    pg = state["page"]
    for i, ln in enumerate(lines):
        mk = markers_in(ln)
        if pg.y + LH > pg.limit(mk):
            new_page(HEADER_FN())
            pg = state["page"]
        draw_line(ln, xs(i), pg.y, size, style)
        pg.marks.extend(mk)
        pg.y += LH


HEADER_FN = body_header


def ensure(space):
    pg = state["page"]
    if pg.y + space > pg.limit():
        new_page(HEADER_FN())


def do_blocks(blocks):
    for b in blocks:
        kind = b[0]
        pg = state["page"]
        if kind == "heading":
            _, num, text = b
            parts = text.split("\n")
            ensure(LH * (len(parts) + 3) + 3)
            pg = state["page"]
            pg.y += 1.5
            pdf.set_font(FONT, "B", BODY)
            pdf.text(LEFT, pg.y, num)
            for p in parts:
                pdf.set_font(FONT, "B", BODY)
                pdf.text(LEFT + TAB, pg.y, p)
                pg.y += LH
            pg.y += PARA_GAP
        elif kind == "subheading":
            _, text = b
            ensure(LH * 3 + 3)
            pg = state["page"]
            pg.y += 1.0
            pdf.set_font(FONT, "BI", BODY)
            pdf.text(LEFT, pg.y, text)
            pg.y += LH + PARA_GAP - 0.6
        elif kind == "para":
            _, num, text = b
            lines = wrap(text, RIGHT - LEFT - TAB, RIGHT - LEFT, BODY)
            ensure(LH * 2)
            pg = state["page"]
            pdf.set_font(FONT, "", BODY)
            pdf.text(LEFT, pg.y, num)
            place_lines(lines, lambda i: LEFT + TAB if i == 0 else LEFT)
            state["page"].y += PARA_GAP
        elif kind == "item":
            _, label, text, level = b
            lx = LEFT + TAB * level
            tx = lx + TAB
            lines = wrap(text, RIGHT - tx, RIGHT - tx, BODY)
            ensure(LH)
            pg = state["page"]
            pdf.set_font(FONT, "", BODY)
            pdf.text(lx, pg.y, label)
            place_lines(lines, lambda i: tx)
            state["page"].y += PARA_GAP - 0.8
        elif kind == "caption":
            ensure(LH * 9)
            pg = state["page"]
            centre_text(pg.y, b[1], BODY, "B")
            pg.y += LH + 1.0
        elif kind == "table":
            _, head, rows = b
            cols = [LEFT + 2, LEFT + 37, LEFT + 77]
            pg = state["page"]
            top = pg.y - 4.0
            pdf.set_line_width(0.2)
            pdf.line(LEFT, top, RIGHT, top)
            for c, s in zip(cols, head):
                pdf.set_font(FONT, "B", 9.5)
                pdf.text(c, pg.y, s)
            pg.y += 1.6
            pdf.line(LEFT, pg.y, RIGHT, pg.y)
            pg.y += 4.6
            for r in rows:
                for c, s in zip(cols, r):
                    pdf.set_font(FONT, "", 9.5)
                    pdf.text(c, pg.y, s)
                pg.y += 4.5
            pdf.line(LEFT, pg.y - 3.4, RIGHT, pg.y - 3.4)
            pg.y += PARA_GAP + 1.5


# ------------------------------------------------------------------ page 1: cover block
state["n"] = 1
pg = Page([], fixed_marks=["*"], footer_reserve=13.0)
state["page"] = pg
right_text(18, SYMBOL, 11, "B")
right_text(25, "Original: English", 10)
right_text(30, "8 October 2012", 10)
centre_text(39, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE", 11, "B")
centre_text(44.5, "ELEVENTH SESSION", 11, "B")
centre_text(50, "30-31 October 2012", 10.5)
pdf.set_line_width(0.4)
pdf.line(LEFT, 54, RIGHT, 54)
centre_text(62, "REPORT OF THE WORKING GROUP ON", 11.5, "B")
# second title line with a raised asterisk tied to the cover note
t2 = "STAFF SECURITY ARRANGEMENTS IN FIELD OFFICES"
pdf.set_font(FONT, "B", 11.5)
w2 = pdf.get_string_width(t2)
x2 = (210 - w2) / 2
pdf.text(x2, 67.5, t2)
pdf.set_font(FONT, "B", 8)
pdf.text(x2 + w2 + 0.3, 65.1, "*")
# trilingual footer (page furniture)
centre_text(284, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE", 7.5, "B")
centre_text(287.3, "COMIT\u00c9 PERMANENT DES PROGRAMMES ET DES FINANCES", 7.5, "B")
centre_text(290.6, "COMIT\u00c9 PERMANENTE DE PROGRAMAS Y FINANZAS", 7.5, "B")
pg.y = 77.0

do_blocks(BODY_BLOCKS)


# ------------------------------------------------------------------ annex
def annex_header():
    return [SYMBOL, "Annex", "Page %d" % (state["n"] - 1)]


HEADER_FN = annex_header
new_page(annex_header())
pg = state["page"]
pg.y = 42.0
centre_text(pg.y, "ANNEX", 11, "B")
pg.y += 9.0
centre_text(pg.y, "TERMS OF REFERENCE OF THE WORKING GROUP ON STAFF", 11, "B")
pg.y += 5.5
centre_text(pg.y, "SECURITY ARRANGEMENTS IN FIELD OFFICES", 11, "B")
pg.y += 11.0
do_blocks(ANNEX_BLOCKS)
state["page"].finish()

pdf.output("working-group-2012.pdf")
print("pages:", pdf.pages_count)
