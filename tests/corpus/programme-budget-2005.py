"""Draw programme-budget-2005.pdf: an extract of the Programme and Budget for 2006 (MC/2171),
laid out as IOM printed such papers in 2005 (A4, Times, right-aligned cover block, trilingual
Council footer, running header "MC/2171 / Page n", raised footnote markers)."""
import os
import re
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "programme-budget-2005.pdf")

SYMBOL = "MC/2171"
PW, PH = A4
LM, RM = 72, 72
TOP = PH - 62
BOTTOM = 70
W = PW - LM - RM
BODY = ("Times-Roman", 11)
BOLD = "Times-Bold"
LEAD = 13.2
FN_SIZE = 9
FN_LEAD = 10.6
TAB = 36

# ----------------------------------------------------------------------------------------------
# Content
# ----------------------------------------------------------------------------------------------
FOOTNOTES = {
    "1": "See the Revision of the Programme and Budget for 2005 (MC/EX/667) and the Financial Report "
         "for the year ended 31 December 2004 (MC/2164), which provide the baseline for the comparisons "
         "made in this document.",
    "2": "By the same resolution the Council approved the Programme and Budget for 2005 (MC/2142) at a "
         "level of CHF 35,535,000 for the Administrative Part of the Budget.",
    "3": "The post adjustment multiplier for Geneva was revised with effect from 1 April 2005. The full-year "
         "effect of that revision falls on 2006.",
    "4": "Includes the continuation of shelter, return and community stabilization activities in the "
         "countries affected by the tsunami of 26 December 2004, in so far as funding had been confirmed "
         "by 30 September 2005.",
    "5": "Figures exclude consultants, staff on short-term contracts of less than six months and staff "
         "seconded to IOM by governments.",
}

# A block is a tuple: (kind, ...). Text uses [[n]] for a raised footnote marker.
BLOCKS = [
    ("head_c", "INTRODUCTION", "intro"),
    ("para", "1", "The Director General submits herewith the Programme and Budget for 2006 for "
     "consideration by the Council at its Ninetieth Session. The document sets out the resources "
     "required under the Administrative Part of the Budget, which is financed by assessed contributions "
     "from Member States and expressed in Swiss francs, and under the Operational Part of the Budget, "
     "which is financed by voluntary contributions and expressed in US dollars."),
    ("para", "2", "A preliminary outline of the 2006 proposals was discussed with Member States in "
     "informal consultations held in Geneva in September 2005, and the views expressed on that "
     "occasion have been taken into account in the present document. Comparisons with the current year "
     "are made against the budget levels as revised at mid-year.[[1]]"),
    ("para", "3", "In preparing the budget proposals for 2006, the Administration has been guided by "
     "the following considerations:"),
    ("item", "(a)", "the Administrative Part of the Budget should cover no more than the statutory "
     "increases in staff costs and unavoidable increases in premises costs, in keeping with the approach "
     "endorsed by the Council in Resolution No. 1103 (LXXXVIII) of 30 November 2004;[[2]]"),
    ("item", "(b)", "the structures in the Field that support an operational portfolio now exceeding "
     "USD 460 million need to be consolidated, in particular in the regions where activity has grown "
     "fastest;"),
    ("item", "(c)", "administrative functions should continue to be transferred from Headquarters to the "
     "Manila Administrative Centre, where they can be carried out at lower cost; and"),
    ("item", "(d)", "Discretionary Income should be used, as in previous years, to meet those core "
     "structure costs that cannot be accommodated within the Administrative Part of the Budget."),
    ("para", "4", "The Operational Part of the Budget for 2006 is estimated at USD 463.6 million, compared "
     "with USD 432.7 million in the revised budget for 2005. As in previous years, the estimates cover "
     "only those activities for which funding is reasonably assured at the time of writing. Activities "
     "that are confirmed in the course of the year will be reflected in the revisions of the Programme "
     "and Budget for 2006 to be submitted to the Executive Committee and the Council."),
    ("para", "5", "The structure of the document is unchanged from previous years. Part I presents the "
     "Administrative Part of the Budget by object of expenditure, Part II presents the Operational Part "
     "by service area together with the estimates of Discretionary Income, and the last section "
     "summarizes the staffing levels funded under the Administrative Part of the Budget."),

    ("head_part", "PART I", "ADMINISTRATION", "part1"),
    ("head_sub", "A.", "Budget level", "p1a"),
    ("para", "6", "The Administrative Part of the Budget for 2006 amounts to CHF 36,385,000, an increase "
     "of CHF 850,000, or 2.4 per cent, over the level of CHF 35,535,000 approved for 2005. Of that "
     "increase, CHF 665,000 relates to staff costs and results from the salary scales and related "
     "entitlements applicable under the United Nations common system, and CHF 185,000 relates to "
     "office costs.[[3]]"),
    ("para", "7", "Table 1 sets out the staff and office costs by object of expenditure, comparing the "
     "approved budget for 2005 with the proposals for 2006."),
    ("caption", "Table 1: Staff and office costs by object of expenditure (in Swiss francs)"),
    ("table", "t1"),
    ("para", "8", "Staff costs account for 80.6 per cent of the Administrative Part of the Budget. The "
     "saving of CHF 35,000 under communications reflects the renegotiation of telecommunications "
     "contracts at Headquarters, while the increase under general office costs arises mainly from "
     "higher rental charges and the replacement of ageing equipment at the Manila Administrative Centre."),
    ("head_sub", "B.", "Assessed contributions", "p1b"),
    ("para", "9", "The Administrative Part of the Budget is financed by the assessed contributions of "
     "Member States. The scale of assessment for 2006 will be submitted separately to the Subcommittee "
     "on Budget and Finance; it follows the methodology set out in document MC/EX/642 and takes into "
     "account the contributions of the States that became Members during 2005."),
    ("para", "10", "As at 30 September 2005, outstanding assessed contributions for 2004 and prior years "
     "amounted to CHF 4,236,512. The Administration once again urges the Member States concerned to "
     "settle their arrears in full or to agree on a payment plan, so that the Administrative Part of "
     "the Budget can be implemented as approved."),

    ("head_part", "PART II", "OPERATIONS", "part2"),
    ("head_sub", "A.", "Resources by service area", "p2a"),
    ("para", "11", "The Operational Part of the Budget for 2006 totals USD 463,570,000, of which "
     "USD 107,105,000 relates to staff and office costs and USD 356,465,000 to programme costs. "
     "Table 2 shows how these resources are distributed among the service areas through which IOM "
     "carries out its activities."),
    ("para", "12", "Movement, Emergency and Post-crisis Migration Management remains by far the largest "
     "service area, at USD 260.6 million or 56.2 per cent of the total.[[4]] Regulating Migration follows "
     "with USD 101.8 million, reflecting the steady demand from governments for assisted voluntary return "
     "and for technical cooperation in migration management."),
    ("caption", "Table 2: Operational Part of the Budget by service area (in US dollars)"),
    ("table", "t2"),
    ("para", "13", "The decrease in Reparation Programmes reflects the approaching completion of the "
     "German Forced Labour Compensation Programme. Estimates for Remittances and Labour Migration "
     "remain modest, as most of the activities in those areas are still at the stage of project "
     "development."),
    ("head_sub", "B.", "Discretionary Income", "p2b"),
    ("para", "14", "Discretionary Income, which consists of project-related overhead and miscellaneous "
     "income, is estimated at USD 21.5 million for 2006: USD 18.2 million from overhead and "
     "USD 3.3 million from interest and unearmarked contributions."),
    ("para", "15", "It is proposed that Discretionary Income be applied as follows:"),
    ("bullet", "USD 14.8 million to cover the staff and office costs of core structures in the Field "
     "and at Headquarters;"),
    ("bullet", "USD 1.4 million to the 1035 Facility, in accordance with Resolution No. 1035 (LXXX) of "
     "29 November 2000; and"),
    ("bullet", "USD 5.3 million for staff security, information technology and other projects of an "
     "organization-wide nature."),

    ("head_c", "STAFFING LEVELS", "staff"),
    ("para", "16", "Table 3 summarizes the posts funded under the Administrative Part of the Budget. "
     "Their number rises from 262 to 265: new P-5 and P-4 posts are proposed for the strengthening of "
     "budget and audit functions, one P-2 post is reclassified at the P-3 level, and one General Service "
     "post is added at the Manila Administrative Centre."),
    ("caption", "Table 3: Staffing levels funded under the Administrative Part of the Budget"),
    ("table", "t3"),
    ("para", "17", "Staff funded from the Operational Part of the Budget are not included in Table 3, as "
     "their number depends on the level of project activity. As at 30 June 2005, IOM employed "
     "427 officials and 5,186 employees worldwide under all sources of funding.[[5]]"),
]

# Tables ---------------------------------------------------------------------------------------
T1 = {
    "cols": ["Object of expenditure", "2005\napproved budget", "2006\nproposed budget",
             "Increase/\n(decrease)"],
    "label_w": 205,
    "rows": [
        ("Salaries and post adjustment", ["21,845,000", "22,310,000", "465,000"], ""),
        ("Pension and social security contributions", ["4,620,000", "4,735,000", "115,000"], ""),
        ("Medical insurance and other staff benefits", ["2,180,000", "2,265,000", "85,000"], ""),
        ("Total staff costs", ["28,645,000", "29,310,000", "665,000"], "sub"),
        ("Communications", ["1,120,000", "1,085,000", "(35,000)"], ""),
        ("General office costs (premises, supplies and maintenance of equipment)",
         ["3,460,000", "3,590,000", "130,000"], ""),
        ("Contractual services", ["1,210,000", "1,265,000", "55,000"], ""),
        ("Duty travel and representation", ["690,000", "705,000", "15,000"], ""),
        ("Meetings of the governing bodies", ["410,000", "430,000", "20,000"], ""),
        ("Total office costs", ["6,890,000", "7,075,000", "185,000"], "sub"),
        ("TOTAL", ["35,535,000", "36,385,000", "850,000"], "total"),
    ],
}

T2 = {
    "cols": ["Service area", "Staff and\noffice costs", "Programme\ncosts", "Total\ncosts"],
    "label_w": 236,
    "rows": [
        ("I. Movement, Emergency and Post-crisis Migration Management",
         ["42,470,000", "218,095,000", "260,565,000"], "sub"),
        ("I.1 Resettlement Assistance", ["12,480,000", "71,320,000", "83,800,000"], "in"),
        ("I.2 Repatriation Assistance", ["1,350,000", "4,870,000", "6,220,000"], "in"),
        ("I.3 Emergency and Post-crisis Migration Management",
         ["28,640,000", "141,905,000", "170,545,000"], "in"),
        ("II. Migration Health", ["13,455,000", "20,735,000", "34,190,000"], "sub"),
        ("II.1 Migration Health Assessment and Travel Health Assistance",
         ["9,215,000", "6,430,000", "15,645,000"], "in"),
        ("II.2 Migration Health Promotion and Assistance", ["2,760,000", "8,915,000", "11,675,000"], "in"),
        ("II.3 Migration Health Assistance for Crisis-affected Populations",
         ["1,480,000", "5,390,000", "6,870,000"], "in"),
        ("III. Migration and Development", ["5,235,000", "27,610,000", "32,845,000"], "sub"),
        ("III.1 Migration and Economic/Community Development",
         ["3,905,000", "24,180,000", "28,085,000"], "in"),
        ("III.2 Return of Qualified Nationals", ["1,120,000", "3,045,000", "4,165,000"], "in"),
        ("III.3 Remittances", ["210,000", "385,000", "595,000"], "in"),
        ("IV. Regulating Migration", ["32,235,000", "69,600,000", "101,835,000"], "sub"),
        ("IV.1 Return Assistance to Migrants and Governments",
         ["14,320,000", "30,865,000", "45,185,000"], "in"),
        ("IV.2 Counter-trafficking", ["6,045,000", "12,530,000", "18,575,000"], "in"),
        ("IV.3 Technical Cooperation on Migration Management and Capacity Building",
         ["11,870,000", "26,205,000", "38,075,000"], "in"),
        ("V. Facilitating Migration", ["7,050,000", "7,475,000", "14,525,000"], "sub"),
        ("V.1 Labour Migration", ["1,640,000", "3,280,000", "4,920,000"], "in"),
        ("V.2 Migrant Processing and Integration", ["5,410,000", "4,195,000", "9,605,000"], "in"),
        ("VI. Migration Policy, Research and Communications",
         ["1,985,000", "1,260,000", "3,245,000"], "sub"),
        ("VII. Reparation Programmes", ["2,915,000", "9,380,000", "12,295,000"], "sub"),
        ("VIII. General Programme Support", ["1,760,000", "2,310,000", "4,070,000"], "sub"),
        ("GRAND TOTAL", ["107,105,000", "356,465,000", "463,570,000"], "total"),
    ],
}

T3 = {
    "cols": ["Grade", "2005\napproved", "2006\nproposed", "Change"],
    "label_w": 205,
    "rows": [
        ("Director General", ["1", "1", "-"], ""),
        ("Deputy Director General", ["1", "1", "-"], ""),
        ("D-2", ["4", "4", "-"], ""),
        ("D-1", ["11", "11", "-"], ""),
        ("P-5", ["22", "23", "1"], ""),
        ("P-4", ["30", "31", "1"], ""),
        ("P-3", ["24", "25", "1"], ""),
        ("P-2", ["10", "9", "(1)"], ""),
        ("P-1", ["3", "3", "-"], ""),
        ("Total officials", ["106", "108", "2"], "sub"),
        ("General Service (G)", ["156", "157", "1"], ""),
        ("TOTAL STAFF", ["262", "265", "3"], "total"),
    ],
}
TABLES = {"t1": T1, "t2": T2, "t3": T3}

CONTENTS = [
    ("INTRODUCTION", "intro", 0),
    ("PART I \u2013 ADMINISTRATION (in Swiss francs)", "part1", 0),
    ("A.  Budget level", "p1a", 1),
    ("B.  Assessed contributions", "p1b", 1),
    ("PART II \u2013 OPERATIONS (in US dollars)", "part2", 0),
    ("A.  Resources by service area", "p2a", 1),
    ("B.  Discretionary Income", "p2b", 1),
    ("STAFFING LEVELS", "staff", 0),
]


def check_sums():
    def n(s):
        s = s.replace(",", "")
        if s == "-":
            return 0
        if s.startswith("("):
            return -int(s.strip("()"))
        return int(s)
    for t in (T1, T3):
        for lab, v, k in t["rows"]:
            assert n(v[0]) + n(v[2]) == n(v[1]), lab
    for lab, v, k in T2["rows"]:
        assert n(v[0]) + n(v[1]) == n(v[2]), lab
    subs = [r for r in T2["rows"] if r[2] == "sub"]
    for i in range(3):
        assert sum(n(r[1][i]) for r in subs) == n(T2["rows"][-1][1][i])
    cur = None
    acc = {}
    for lab, v, k in T2["rows"]:
        if k == "sub":
            cur = lab
            acc[cur] = (v, [0, 0, 0], False)
        elif k == "in":
            tot, s, _ = acc[cur]
            for i in range(3):
                s[i] += n(v[i])
            acc[cur] = (tot, s, True)
    for lab, (tot, s, has) in acc.items():
        if has:
            assert [n(x) for x in tot] == s, lab
    # T1 subtotals
    r = T1["rows"]
    for i in range(3):
        assert sum(n(x[1][i]) for x in r[0:3]) == n(r[3][1][i])
        assert sum(n(x[1][i]) for x in r[4:9]) == n(r[9][1][i])
        assert n(r[3][1][i]) + n(r[9][1][i]) == n(r[10][1][i])
    r = T3["rows"]
    for i in range(3):
        assert sum(n(x[1][i]) for x in r[0:9]) == n(r[9][1][i])
        assert n(r[9][1][i]) + n(r[10][1][i]) == n(r[11][1][i])


# ----------------------------------------------------------------------------------------------
# Text wrapping with raised markers
# ----------------------------------------------------------------------------------------------
def tokenize(text):
    """Return words; each word is a list of (string, is_marker) pieces."""
    words = []
    for raw in text.split():
        pieces = []
        for part in re.split(r"(\[\[\w+\]\])", raw):
            if not part:
                continue
            m = re.fullmatch(r"\[\[(\w+)\]\]", part)
            if m:
                pieces.append((m.group(1), True))
            else:
                pieces.append((part, False))
        words.append(pieces)
    return words


def word_width(word, font, size):
    w = 0
    for s, mk in word:
        w += stringWidth(s, font, size * 0.64 if mk else size)
    return w


def wrap(text, widths, font, size):
    """widths: function(line_index) -> available width. Returns list of lists of words."""
    words = tokenize(text)
    sp = stringWidth(" ", font, size)
    lines, cur, cw = [], [], 0
    for wd in words:
        ww = word_width(wd, font, size)
        avail = widths(len(lines))
        if cur and cw + sp + ww > avail:
            lines.append(cur)
            cur, cw = [wd], ww
        else:
            cw = cw + sp + ww if cur else ww
            cur.append(wd)
    if cur:
        lines.append(cur)
    return lines


# ----------------------------------------------------------------------------------------------
# Layout (dry run into page display lists)
# ----------------------------------------------------------------------------------------------
class Page:
    def __init__(self, label):
        self.label = label
        self.ops = []          # drawing operations
        self.footnotes = []    # marker ids
        self.y = TOP - 2 * LEAD - 14


def fn_lines(mk):
    return wrap(FOOTNOTES[mk], lambda i: W - 18, "Times-Roman", FN_SIZE)


def fn_height(mks):
    if not mks:
        return 0
    h = 14
    for mk in mks:
        h += len(fn_lines(mk)) * FN_LEAD + 2
    return h


class Layout:
    def __init__(self):
        self.pages = []
        self.anchors = {}
        self.new_page()

    def new_page(self):
        self.pages.append(Page(str(len(self.pages) + 1)))

    @property
    def page(self):
        return self.pages[-1]

    def room(self, extra_fns=()):
        return self.page.y - BOTTOM - fn_height(self.page.footnotes + list(extra_fns))

    def ensure(self, h):
        if self.room() < h:
            self.new_page()

    def text_lines(self, lines, xs, widths, font, size, justify=True, last_fill=False):
        for i, line in enumerate(lines):
            mks = [s for wd in line for s, mk in wd if mk]
            if self.room(mks) < LEAD:
                self.new_page()
            self.page.footnotes.extend(mks)
            just = justify and i < len(lines) - 1
            self.page.ops.append(("line", xs(i), self.page.y, widths(i), line, font, size, just))
            self.page.y -= LEAD

    def gap(self, h=LEAD * 0.75):
        self.page.y -= h

    def para(self, num, text):
        first_w = W - TAB
        lines = wrap(text, lambda i: first_w if i == 0 else W, *BODY)
        if self.room() < 2 * LEAD:
            self.new_page()
        self.page.ops.append(("str", LM, self.page.y, num + ".", BODY[0], BODY[1]))
        self.text_lines(lines, lambda i: LM + TAB if i == 0 else LM,
                        lambda i: first_w if i == 0 else W, *BODY)
        self.gap()

    def item(self, label, text, bullet=False):
        lx = LM + TAB
        tx = LM + TAB * 2 if not bullet else LM + TAB + 18
        lines = wrap(text, lambda i: LM + W - tx, *BODY)
        if self.room() < 2 * LEAD:
            self.new_page()
        self.page.ops.append(("str", lx, self.page.y, label, BODY[0], BODY[1]))
        self.text_lines(lines, lambda i: tx, lambda i: LM + W - tx, *BODY)
        self.gap()

    def heading_c(self, text, key):
        self.ensure(LEAD * 5)
        self.anchors[key] = self.page.label
        self.page.ops.append(("center", PW / 2, self.page.y, text, BOLD, 11))
        self.page.y -= LEAD
        self.gap()

    def heading_part(self, label, text, key):
        self.ensure(LEAD * 7)
        self.gap(LEAD * 0.5)
        self.anchors[key] = self.page.label
        self.page.ops.append(("center", PW / 2, self.page.y, label + " \u2013 " + text, BOLD, 11))
        self.page.y -= LEAD
        self.gap()

    def heading_sub(self, label, text, key):
        self.ensure(LEAD * 5)
        self.anchors[key] = self.page.label
        self.page.ops.append(("str", LM, self.page.y, label, BOLD, 11))
        self.page.ops.append(("str", LM + TAB, self.page.y, text, BOLD, 11))
        self.page.y -= LEAD
        self.gap()

    def table(self, t, caption):
        size = 10
        lead = 11.6
        label_w = t["label_w"]
        ncol = len(t["cols"]) - 1
        num_w = (W - label_w) / ncol
        # measure
        rows = []
        for lab, vals, kind in t["rows"]:
            indent = 12 if kind == "in" else 0
            font = BOLD if kind in ("sub", "total") else "Times-Roman"
            lines = wrap(lab, lambda i: label_w - indent - 6 - (10 if i else 0), font, size)
            rows.append((lines, vals, kind, indent, font))
        head_lines = max(len(c.split("\n")) for c in t["cols"])
        h = LEAD * 1.2 + head_lines * lead + 8 + sum(len(r[0]) * lead + 1.5 for r in rows) + 12
        self.ensure(h)
        p = self.page
        p.ops.append(("center", PW / 2, p.y, caption, BOLD, 10.5))
        p.y -= LEAD * 1.2
        top = p.y + lead - 2
        p.ops.append(("hline", LM, top, LM + W, 0.8))
        for ci, col in enumerate(t["cols"]):
            parts = col.split("\n")
            for li, part in enumerate(parts):
                yy = p.y - (head_lines - len(parts) + li) * lead
                if ci == 0:
                    p.ops.append(("str", LM + 2, yy, part, BOLD, size))
                else:
                    cx = LM + label_w + (ci - 1) * num_w + num_w / 2
                    p.ops.append(("center", cx, yy, part, BOLD, size))
        p.y -= head_lines * lead
        p.ops.append(("hline", LM, p.y + lead - 3, LM + W, 0.5))
        p.y -= 3
        for lines, vals, kind, indent, font in rows:
            if kind == "total":
                p.ops.append(("hline", LM, p.y + lead - 2, LM + W, 0.5))
                p.y -= 2
            for li, line in enumerate(lines):
                x = LM + 2 + indent + (10 if li else 0)
                p.ops.append(("line", x, p.y, label_w, line, font, size, False))
                if li == 0:
                    for ci, v in enumerate(vals):
                        rx = LM + label_w + (ci + 1) * num_w - 6
                        p.ops.append(("right", rx, p.y, v, font, size))
                p.y -= lead
            p.y -= 1.5
        p.ops.append(("hline", LM, p.y + lead - 3, LM + W, 0.8))
        p.y -= 10
        self.gap()


def build():
    lay = Layout()
    pending_caption = None
    for b in BLOCKS:
        k = b[0]
        if k == "para":
            lay.para(b[1], b[2])
        elif k == "item":
            lay.item(b[1], b[2])
        elif k == "bullet":
            lay.item("\u2022", b[1], bullet=True)
        elif k == "head_c":
            lay.heading_c(b[1], b[2])
        elif k == "head_part":
            lay.heading_part(b[1], b[2], b[3])
        elif k == "head_sub":
            lay.heading_sub(b[1], b[2], b[3])
        elif k == "caption":
            pending_caption = b[1]
        elif k == "table":
            lay.table(TABLES[b[1]], pending_caption)
            pending_caption = None
    return lay


# ----------------------------------------------------------------------------------------------
# Drawing
# ----------------------------------------------------------------------------------------------
def draw_words(c, x, y, width, line, font, size, justify):
    sp = stringWidth(" ", font, size)
    total = sum(word_width(w, font, size) for w in line)
    gaps = len(line) - 1
    if justify and gaps > 0:
        sp = (width - total) / gaps
    for wd in line:
        xx = x
        for s, mk in wd:
            if mk:
                c.setFont(font if font != BOLD else BOLD, size * 0.64)
                c.drawString(xx, y + size * 0.38, s)
                xx += stringWidth(s, font, size * 0.64)
            else:
                c.setFont(font, size)
                c.drawString(xx, y, s)
                xx += stringWidth(s, font, size)
        x += word_width(wd, font, size) + sp


def running_header(c, label):
    c.setFont("Times-Roman", 11)
    c.drawRightString(PW - RM, PH - 50, SYMBOL)
    c.drawRightString(PW - RM, PH - 50 - LEAD, "Page " + label)


def draw_page(c, p):
    running_header(c, p.label)
    for op in p.ops:
        kind = op[0]
        if kind == "line":
            _, x, y, w, line, font, size, just = op
            draw_words(c, x, y, w, line, font, size, just)
        elif kind == "str":
            _, x, y, s, font, size = op
            c.setFont(font, size)
            c.drawString(x, y, s)
        elif kind == "center":
            _, x, y, s, font, size = op
            c.setFont(font, size)
            c.drawCentredString(x, y, s)
        elif kind == "right":
            _, x, y, s, font, size = op
            c.setFont(font, size)
            c.drawRightString(x, y, s)
        elif kind == "hline":
            _, x1, y, x2, lw = op
            c.setLineWidth(lw)
            c.line(x1, y, x2, y)
    # footnotes at the foot of the page
    if p.footnotes:
        h = fn_height(p.footnotes)
        y = BOTTOM + h - 6
        c.setLineWidth(0.5)
        c.line(LM, y, LM + 144, y)
        y -= 12
        for mk in p.footnotes:
            c.setFont("Times-Roman", FN_SIZE * 0.64)
            c.drawString(LM, y + FN_SIZE * 0.3, mk)
            lines = fn_lines(mk)
            for i, line in enumerate(lines):
                draw_words(c, LM + 18 if i == 0 else LM, y, W - 18 if i == 0 else W, line,
                           "Times-Roman", FN_SIZE, i < len(lines) - 1)
                y -= FN_LEAD
            y -= 2


def draw_cover(c):
    c.setFont("Times-Roman", 11)
    c.drawRightString(PW - RM, PH - 70, SYMBOL)
    c.drawRightString(PW - RM, PH - 70 - 2 * LEAD, "Original: ENGLISH")
    c.drawRightString(PW - RM, PH - 70 - 3 * LEAD, "12 October 2005")
    c.setFont(BOLD, 11)
    c.drawCentredString(PW / 2, PH - 250, "NINETIETH SESSION")
    c.setFont("Times-Roman", 11)
    c.drawCentredString(PW / 2, PH - 262, "_" * 64)
    c.setFont(BOLD, 13)
    c.drawCentredString(PW / 2, PH - 330, "PROGRAMME AND BUDGET FOR 2006")
    # trilingual organ footer
    c.setFont(BOLD, 12)
    y = 72
    c.drawString(LM, y, "COUNCIL")
    c.drawCentredString(PW / 2, y, "CONSEIL")
    c.drawRightString(PW - RM, y, "CONSEJO")


def draw_contents(c, anchors):
    running_header(c, "i")
    y = TOP - 2 * LEAD - 20
    c.setFont(BOLD, 11)
    c.drawCentredString(PW / 2, y, "TABLE OF CONTENTS")
    y -= 2 * LEAD
    c.setFont("Times-Roman", 11)
    c.drawRightString(PW - RM, y, "Page")
    y -= 1.6 * LEAD
    for title, key, level in CONTENTS:
        if level == 0 and title != CONTENTS[0][0]:
            y -= 0.6 * LEAD
        x = LM + level * TAB
        font = BOLD if level == 0 else "Times-Roman"
        c.setFont(font, 11)
        c.drawString(x, y, title)
        tw = stringWidth(title, font, 11)
        pg = anchors[key]
        pw_ = stringWidth(pg, "Times-Roman", 11)
        c.setFont("Times-Roman", 11)
        dot_w = stringWidth(".", "Times-Roman", 11)
        start = x + tw + 6
        end = PW - RM - pw_ - 6
        ndots = int((end - start) / dot_w)
        c.drawString(end - ndots * dot_w, y, "." * ndots)
        c.drawRightString(PW - RM, y, pg)
        y -= 1.5 * LEAD


def main():
    check_sums()
    lay = build()
    c = canvas.Canvas(OUT, pagesize=A4)
    c.setTitle("MC/2171 - Programme and Budget for 2006")
    c.setAuthor("International Organization for Migration")
    draw_cover(c)
    c.showPage()
    draw_contents(c, lay.anchors)
    c.showPage()
    for p in lay.pages:
        draw_page(c, p)
        c.showPage()
    c.save()
    print("body pages:", len(lay.pages), "anchors:", lay.anchors)
    for p in lay.pages:
        print(p.label, "footnotes:", p.footnotes, "y left:", round(p.y))


if __name__ == "__main__":
    main()
