# Draws working-group-2011.pdf: an invented IOM SCPF document of 2011,
# the report of a working group of Member States to the Standing Committee
# on Programmes and Finance.  Laid out by hand on the reportlab canvas.
import re
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = "working-group-2011.pdf"
SYMBOL = "SCPF/74"
W, H = A4
LM = 70.0            # left margin
RM = W - 70.0        # right edge of text
TEXTW = RM - LM
NUM_IND = 36.0       # text of numbered paragraphs hangs here
ITEM1 = LM + NUM_IND           # (a) label
ITEM1_TXT = ITEM1 + 28         # (a) text
ITEM2 = ITEM1_TXT              # (i) label
ITEM2_TXT = ITEM2 + 28         # (i) text
TOP_BODY = H - 92.0
BOTTOM = 62.0

F, FB = "Helvetica", "Helvetica-Bold"
SIZE, LEAD = 10.5, 13.6
FN_SIZE, FN_LEAD = 8.5, 10.4
SUP_SIZE, SUP_RISE = 6.5, 3.8

FOOTNOTES = {
    "1": "See the report on the Seventh Session of the Standing Committee on "
         "Programmes and Finance (document SCPF/58), paragraphs 41 to 47, and the "
         "report of the Council on its Ninety-ninth Session.",
    "2": "Financial reports for the years 2008, 2009 and 2010 (documents MC/2279, "
         "MC/2297 and MC/2315) and Programme and Budget for 2011 (MC/2300). The "
         "figures for 2011 are those of the revised budget and are provisional.",
    "3": "Documents SCPF/66 and SCPF/66/Add.1, considered by the Working Group at "
         "its meetings of 21 June and 12 September 2011.",
}

# ---------------------------------------------------------------- text runs
TOK = re.compile(r"^(.*?)\{(\w+)\}$")


def tokens(text):
    out = []
    for w in text.split():
        m = TOK.match(w)
        if m:
            out.append((m.group(1), m.group(2)))
        else:
            out.append((w, None))
    return out


def tok_width(t, font, size):
    base, mark = t
    w = stringWidth(base, font, size)
    if mark:
        w += stringWidth(mark, font, SUP_SIZE)
    return w


def wrap(text, width, font=F, size=SIZE, first_width=None):
    toks = tokens(text)
    lines, cur, curw = [], [], 0.0
    sp = stringWidth(" ", font, size)
    limit = first_width if first_width is not None else width
    for t in toks:
        tw = tok_width(t, font, size)
        add = tw if not cur else curw + sp + tw
        if cur and add > limit:
            lines.append(cur)
            cur, curw = [t], tw
            limit = width
        else:
            cur.append(t)
            curw = add
    if cur:
        lines.append(cur)
    return lines


def draw_line(c, x, y, line, font=F, size=SIZE):
    sp = stringWidth(" ", font, size)
    for i, (base, mark) in enumerate(line):
        if i:
            x += sp
        c.setFont(font, size)
        c.drawString(x, y, base)
        x += stringWidth(base, font, size)
        if mark:
            c.setFont(font, SUP_SIZE)
            c.drawString(x, y + SUP_RISE, mark)
            x += stringWidth(mark, font, SUP_SIZE)
    return x


def line_marks(line):
    return [m for _, m in line if m]


def fn_height(marks):
    h = 0.0
    for m in marks:
        h += len(wrap(FOOTNOTES[m], TEXTW - 12, F, FN_SIZE)) * FN_LEAD + 2
    return h + (14 if marks else 0)


# ---------------------------------------------------------------- page machine
class Layout:
    def __init__(self, c):
        self.c = c
        self.page = 0          # printed page number (cover has none)
        self.annex = False
        self.fns = []
        self.y = None

    def header(self):
        c = self.c
        c.setFont(F, 9.5)
        lines = [SYMBOL]
        if self.annex:
            lines.append("Annex")
        lines.append("Page %d" % self.page)
        y = H - 42
        for s in lines:
            c.drawRightString(RM, y, s)
            y -= 11.5
        self.y = TOP_BODY - (11.5 if self.annex else 0)

    def new_page(self, first=False):
        if not first:
            self.finish_page()
        self.page += 1
        self.header()

    def finish_page(self):
        c = self.c
        if self.fns:
            hgt = fn_height(self.fns)
            y = BOTTOM + hgt - 6
            c.setLineWidth(0.5)
            c.line(LM, y, LM + 110, y)
            y -= 12
            for m in self.fns:
                ls = wrap(FOOTNOTES[m], TEXTW - 12, F, FN_SIZE)
                c.setFont(F, SUP_SIZE)
                c.drawString(LM, y + SUP_RISE - 1, m)
                for ln in ls:
                    draw_line(c, LM + 12, y, ln, F, FN_SIZE)
                    y -= FN_LEAD
                y -= 2
        c.showPage()
        self.fns = []

    def room(self, h, marks=()):
        return self.y - h >= BOTTOM + fn_height(self.fns + list(marks))

    def ensure(self, h, marks=()):
        if not self.room(h, marks):
            self.new_page()

    def gap(self, g):
        self.y -= g

    # one wrapped block; label drawn at lx on first line, text at tx
    def block(self, text, tx, label=None, lx=None, font=F, size=SIZE,
              lead=LEAD, keep=1, first_x=None):
        width = RM - tx
        fx = first_x if first_x is not None else tx
        lines = wrap(text, width, font, size, first_width=RM - fx)
        self.ensure(lead * min(keep, len(lines)))
        for i, ln in enumerate(lines):
            marks = line_marks(ln)
            self.ensure(lead, marks)
            self.y -= lead
            if i == 0 and label:
                self.c.setFont(font, size)
                self.c.drawString(lx, self.y, label)
            draw_line(self.c, fx if i == 0 else tx, self.y, ln, font, size)
            self.fns += marks

    def heading(self, num, text):
        lines = wrap(text, RM - (LM + NUM_IND), FB, SIZE)
        # keep heading with two lines of what follows
        self.ensure(LEAD * (len(lines) + 3) + 8)
        self.gap(6)
        self.block(text, LM + NUM_IND, label=num + ".", lx=LM, font=FB)
        self.gap(8)

    def para(self, num, text):
        self.block(text, LM + NUM_IND, label=num + ".", lx=LM, keep=2)
        self.gap(8)

    def item(self, label, text, level=1):
        lx, tx = (ITEM1, ITEM1_TXT) if level == 1 else (ITEM2, ITEM2_TXT)
        self.block(text, tx, label=label, lx=lx)
        self.gap(6)

    def text(self, text):
        self.block(text, LM)
        self.gap(8)


# ---------------------------------------------------------------- cover
def cover(c):
    c.setFont(F, 10.5)
    y = H - 60
    c.drawRightString(RM, y, SYMBOL)
    c.drawRightString(RM, y - 14, "Original: English")
    c.drawRightString(RM, y - 28, "10 October 2011")
    y = H - 150
    c.setFont(FB, 11.5)
    c.drawCentredString(W / 2, y, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE")
    c.drawCentredString(W / 2, y - 18, "NINTH SESSION")
    c.setFont(F, 11)
    c.drawCentredString(W / 2, y - 44, "1-2 November 2011")
    c.setFont(F, 11)
    c.drawCentredString(W / 2, y - 80, "_" * 40)
    y = H - 330
    c.setFont(FB, 12.5)
    c.drawCentredString(W / 2, y, "REPORT OF THE WORKING GROUP ON BUDGET REFORM")
    c.drawCentredString(W / 2, y - 30,
                        "TO THE STANDING COMMITTEE ON PROGRAMMES AND FINANCE")
    c.setFont(F, 11)
    c.drawCentredString(W / 2, y - 62,
                        "(Submitted by the Chairperson of the Working Group)")
    # trilingual footer
    c.setFont(FB, 8.5)
    yb = 70
    c.setLineWidth(0.6)
    c.line(LM, yb + 16, RM, yb + 16)
    c.drawCentredString(W / 2, yb, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE")
    c.drawCentredString(W / 2, yb - 11,
                        "COMIT\xc9 PERMANENT DES PROGRAMMES ET DES FINANCES")
    c.drawCentredString(W / 2, yb - 22,
                        "COMIT\xc9 PERMANENTE DE PROGRAMAS Y FINANZAS")
    c.showPage()


# ---------------------------------------------------------------- table 1
T1_HEAD = ["2008", "2009", "2010", "2011"]
T1_ROWS = [
    ("Administrative Part of the Budget", ["36.8", "36.5", "38.2", "44.6"], False),
    ("Project-related overhead", ["40.3", "42.8", "49.5", "51.0"], False),
    ("Miscellaneous income", ["6.1", "3.4", "2.9", "3.0"], False),
    ("Total core resources", ["83.2", "82.7", "90.6", "98.6"], True),
    ("Total expenditure, all programmes",
     ["1,016.6", "1,020.1", "1,361.4", "1,310.0"], False),
]


def table1(L):
    c = L.c
    caption = ("Table 1: Core resources and total expenditure, 2008\u20132011 "
               "(in millions of US dollars)")
    rowh = 15.0
    need = 18 + rowh * (len(T1_ROWS) + 1) + 16
    L.ensure(need)
    L.gap(4)
    x0 = LM + NUM_IND
    x1 = RM
    L.y -= LEAD
    c.setFont(FB, 9.5)
    c.drawString(x0, L.y, caption)
    L.y -= 8
    c.setLineWidth(0.6)
    c.line(x0, L.y, x1, L.y)
    colx = [x1 - 200 + 50 * i + 44 for i in range(4)]  # right edges
    L.y -= rowh - 3
    c.setFont(FB, 9.5)
    for x, s in zip(colx, T1_HEAD):
        c.drawRightString(x, L.y, s)
    L.y -= 5
    c.setLineWidth(0.4)
    c.line(x0, L.y, x1, L.y)
    for label, vals, bold in T1_ROWS:
        L.y -= rowh - 2
        font = FB if bold else F
        c.setFont(font, 9.5)
        c.drawString(x0 + 2, L.y, label)
        for x, s in zip(colx, vals):
            c.drawRightString(x, L.y, s)
        L.y -= 2
        if bold:
            pass
    L.y -= 4
    c.setLineWidth(0.6)
    c.line(x0, L.y, x1, L.y)
    L.gap(14)


# ---------------------------------------------------------------- annex table
AX_HEAD = ["Date", "Subjects discussed", "Documents before the Working Group"]
AX_ROWS = [
    ("14 February 2011",
     "Election of the Chairperson and Vice-Chairperson; terms of reference and "
     "programme of work",
     "Terms of reference (Conference Room Paper No. 1); SCPF/58, paragraphs 41 to 47"),
    ("22 March 2011",
     "Structure and evolution of the Administrative Part of the Budget and of "
     "discretionary income since 2000",
     "Conference Room Paper No. 2; Financial Report for the Year Ended "
     "31 December 2010 (MC/2315)"),
    ("3 May 2011",
     "Zero nominal growth and its effect on core staffing; comparison with "
     "other organizations of the United Nations system",
     "Conference Room Paper No. 3"),
    ("21 June 2011",
     "Review of the overhead rate on projects; first exchange of views on "
     "options",
     "SCPF/66"),
    ("12 September 2011",
     "Options for a more predictable funding of the core structure; draft "
     "recommendations",
     "SCPF/66/Add.1; Conference Room Paper No. 4/Rev.1"),
    ("29 September 2011",
     "Consideration and adoption of the report to the Standing Committee",
     "Draft report (Conference Room Paper No. 5)"),
]


def annex_table(L):
    c = L.c
    size, lead, pad = 9.5, 11.6, 4.0
    widths = [72.0, 205.0, TEXTW - 72.0 - 205.0]
    xs = [LM, LM + widths[0], LM + widths[0] + widths[1], RM]

    def row(cells, font):
        wrapped = [wrap(t, widths[i] - 2 * pad, font, size)
                   for i, t in enumerate(cells)]
        n = max(len(w) for w in wrapped)
        h = n * lead + 2 * pad
        L.ensure(h)
        top = L.y
        c.setLineWidth(0.5)
        for i, ls in enumerate(wrapped):
            yy = top - pad
            for ln in ls:
                yy -= lead - 2
                draw_line(c, xs[i] + pad, yy, ln, font, size)
                yy -= 2
        bot = top - h
        c.line(LM, top, RM, top)
        c.line(LM, bot, RM, bot)
        for x in xs:
            c.line(x, top, x, bot)
        L.y = bot

    row(AX_HEAD, FB)
    for r in AX_ROWS:
        row(list(r), F)
    L.gap(10)


# ---------------------------------------------------------------- body
BODY = [
    ("runtitle", None, None),
    ("h", "A", "INTRODUCTION"),
    ("p", "1",
     "At its Seventh Session, held on 26 and 27 October 2010, the Standing "
     "Committee on Programmes and Finance agreed to establish an informal, "
     "open-ended working group of Member States to examine how the core structure "
     "of the Organization is funded and to propose measures that would make that "
     "funding more predictable. The Council endorsed the establishment of the group "
     "at its Ninety-ninth Session, in Resolution No. 1204 of 30 November 2010.{1}"),
    ("p", "2",
     "The Working Group met six times between February and September 2011. The "
     "present report summarizes its discussions, presents the figures on which "
     "they were based and sets out the recommendations that the Group submits to "
     "the Standing Committee at its Ninth Session. The dates of the meetings, the "
     "subjects taken up at each of them and the documents before the Group are "
     "listed in the Annex."),
    ("h", "B", "MANDATE AND ORGANIZATION OF WORK"),
    ("p", "3",
     "Under its terms of reference, the Working Group was asked to review the "
     "sources from which the Administrative Part of the Budget and the other core "
     "functions of the Organization are financed, to assess the effect of the "
     "policy of zero nominal growth that has been applied to the Administrative "
     "Part for most of the past decade, and to identify options that Member States "
     "might wish to consider, bearing in mind (1) the need to preserve the "
     "project-based character of the Organization, (2) the capacity of Member States "
     "to pay higher assessed contributions, and (3) the principle that the costs "
     "of the core structure should be shared equitably between Member States and "
     "the donors of projects."),
    ("p", "4",
     "At its first meeting, on 14 February 2011, the Working Group elected by "
     "acclamation H.E. Mr Tom\xe1s Ferreira Lago, Ambassador and Permanent "
     "Representative of Uruguay, as its Chairperson, and Ms Ingrid Solheim Aas "
     "(Norway) as its Vice-Chairperson. It adopted its programme of work and "
     "agreed that its meetings would be informal and that no summary records would "
     "be kept."),
    ("p", "5",
     "Representatives of 47 Member States took part in one or more meetings. The "
     "Administration, through the Department of Resources Management, prepared "
     "five conference room papers at the Group's request and answered the many "
     "questions raised by delegations, in writing where necessary. The Working "
     "Group expresses its appreciation for that support."),
    ("h", "C", "CORE RESOURCES OF THE ORGANIZATION"),
    ("p", "6",
     "The core structure of the Organization is financed from two main sources. "
     "The Administrative Part of the Budget, expressed in Swiss francs, is funded "
     "by the assessed contributions of Member States and covers the core staff and "
     "offices at Headquarters and in the field. Discretionary income, expressed in "
     "US dollars, consists mainly of project-related overhead and of miscellaneous "
     "income, chiefly interest and unearmarked contributions; it funds essential "
     "structure that the Administrative Part cannot cover."),
    ("p", "7",
     "Table 1 shows how these resources have evolved since 2008. The figures were "
     "prepared by the Administration from the financial reports for 2008, 2009 and "
     "2010 and from the Programme and Budget for 2011,{2} and the Administrative "
     "Part of the Budget has been converted into US dollars at the average rate of "
     "each year."),
    ("table1", None, None),
    ("p", "8",
     "Between 2008 and 2010 total expenditure grew by about 34 per cent, whereas "
     "core resources grew by less than 9 per cent; the share of total expenditure "
     "covered by core resources fell from 8.2 per cent to 6.7 per cent. The higher "
     "figures for 2011 are due mainly to the strength of the Swiss franc, which "
     "raises the dollar value of the Administrative Part without adding to the "
     "resources available in real terms."),
    ("p", "9",
     "Several delegations observed that, under the policy of zero nominal growth, "
     "the Administrative Part had not kept pace with the increase in the number of "
     "Member States, field offices and projects, and that the Organization had come "
     "to rely more and more on overhead income to finance functions that are "
     "permanent in nature. Others pointed out that overhead income fluctuates with "
     "the volume of projects and with interest rates, and that it is therefore an "
     "uncertain basis on which to fund core staff positions."),
    ("h", "D",
     "OPTIONS FOR A MORE PREDICTABLE FUNDING OF THE CORE STRUCTURE OF THE "
     "ORGANIZATION"),
    ("p", "10",
     "The Working Group considered three options, which are described in more "
     "detail in the papers prepared by the Administration. They are summarized "
     "below, together with the main views expressed by delegations."),
    ("p", "11",
     "The first option would be a one-time increase in the Administrative Part of "
     "the Budget, phased in over three years, in order to bring into the assessed "
     "budget those core positions that are at present funded from overhead income. "
     "A number of delegations indicated that their governments were not in a "
     "position to accept an increase in assessed contributions in the present "
     "economic climate."),
    ("p", "12",
     "The second option would be to adjust the method by which project-related "
     "overhead is calculated, so that a uniform rate would apply to all projects "
     "and the income generated would be more stable from one year to the next. The "
     "Group noted that any change in the rate would have to take account of the "
     "practice of donors and of the rates applied by comparable organizations."),
    ("p", "13",
     "The third option would be the creation of a reserve mechanism, funded from "
     "unearmarked contributions and from any surplus of discretionary income, on "
     "which the Organization could draw to finance core functions when overhead "
     "income falls short of the budgeted level. Delegations broadly supported "
     "further study of this option, while stressing that the mechanism should be "
     "transparent and subject to the oversight of the Standing Committee."),
    ("p", "14",
     "No consensus emerged in favour of any single option. The Working Group "
     "nevertheless agreed that the three options were not mutually exclusive and "
     "that a combination of measures would probably be required."),
    ("h", "E", "RECOMMENDATIONS"),
    ("p", "15",
     "In the light of the foregoing, the Working Group recommends that the "
     "Standing Committee on Programmes and Finance:"),
    ("i1", "(a)",
     "take note of the present report and of the review of the overhead rate "
     "prepared by the Administration;{3}"),
    ("i1", "(b)",
     "request the Administration to submit to the Standing Committee at its Tenth "
     "Session:"),
    ("i2", "(i)",
     "a costed proposal for the reserve mechanism described in paragraph 13, "
     "including rules for its replenishment and use; and"),
    ("i2", "(ii)",
     "an analysis of the consequences of applying a uniform overhead rate to all "
     "new projects from 1 January 2013;"),
    ("i1", "(c)",
     "recommend to the Council that the mandate of the Working Group be extended "
     "until the end of 2012, so that it may examine those proposals; and"),
    ("i1", "(d)",
     "encourage Member States that are in a position to do so to provide "
     "unearmarked contributions in support of the core structure."),
    ("gap", 4, None),
    ("p", "16",
     "The Working Group adopted the present report at its sixth meeting, on "
     "29 September 2011."),
]


def main():
    c = canvas.Canvas(OUT, pagesize=A4)
    c.setTitle("SCPF/74 - Report of the Working Group on Budget Reform")
    c.setAuthor("International Organization for Migration")
    cover(c)
    L = Layout(c)
    L.new_page(first=True)
    for kind, a, b in BODY:
        if kind == "runtitle":
            c.setFont(FB, 11)
            L.y -= 4
            c.drawCentredString(W / 2, L.y,
                                "REPORT OF THE WORKING GROUP ON BUDGET REFORM")
            L.y -= 15
            c.drawCentredString(W / 2, L.y,
                                "TO THE STANDING COMMITTEE ON PROGRAMMES AND FINANCE")
            L.y -= 22
        elif kind == "h":
            L.heading(a, b)
        elif kind == "p":
            L.para(a, b)
        elif kind == "i1":
            L.item(a, b, 1)
        elif kind == "i2":
            L.item(a, b, 2)
        elif kind == "gap":
            L.gap(a)
        elif kind == "table1":
            table1(L)
    # annex on its own page
    L.annex = True
    L.finish_page()
    L.page = 1
    L.header()
    c.setFont(FB, 11.5)
    L.y -= 6
    c.drawCentredString(W / 2, L.y, "ANNEX")
    L.y -= 24
    c.drawCentredString(W / 2, L.y, "MEETINGS OF THE WORKING GROUP ON BUDGET REFORM")
    L.y -= 14
    L.gap(6)
    L.text("All meetings were held at Headquarters in Geneva. Conference room "
           "papers were made available to Member States in English, French and "
           "Spanish one week before each meeting.")
    L.gap(4)
    annex_table(L)
    L.finish_page()
    c.save()


if __name__ == "__main__":
    main()
