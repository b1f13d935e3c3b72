"""Draws programme-budget-2008.pdf: an invented MC-era Programme and Budget for 2009 (MC/2257)."""
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
import io

OUT = "programme-budget-2008.pdf"
SYMBOL = "MC/2257"
W, H = A4
LM = 72.0
RM = W - 72.0
TW = RM - LM
TOP = H - 100.0          # first body line baseline on body pages
BOTTOM = 70.0            # lowest baseline allowed (including footnotes)
FONT = "Times-Roman"
BOLD = "Times-Bold"
ITAL = "Times-Italic"
BI = "Times-BoldItalic"
SIZE = 11
LEAD = 13.6
FN_SIZE = 9
FN_LEAD = 10.6
PARA_GAP = 8.0

FOOTNOTES = {
    "1": "Approved by the Council at its Ninety-fourth Session through Resolution No. 1161 of 28 November 2007. "
         "Changes made to the 2008 figures in the course of the year are set out in the Revision of the "
         "Programme and Budget for 2008 (MC/2245).",
    "2": "Average of the forecasts published by the main Swiss economic institutes in September 2008; "
         "the Administration will report any significant departure from this assumption to the Standing "
         "Committee on Programmes and Finance.",
    "3": "The Director General and the Deputy Director General are elected by the Council and are therefore "
         "shown outside the grade structure.",
    "4": "See the report of the Working Group on Budget Reform (SCPF/19 of 12 September 2008), "
         "paragraphs 14 to 21.",
}


# ---------------------------------------------------------------- rich text helpers
def tokens(text):
    """Split text into words; each word is a list of (string, is_sup) segments. '^N' marks a raised note."""
    words = []
    for w in text.split(" "):
        if not w:
            continue
        segs = []
        parts = w.split("^")
        if parts[0]:
            segs.append((parts[0], False))
        for p in parts[1:]:
            i = 0
            while i < len(p) and (p[i].isdigit() or p[i] == "*"):
                i += 1
            segs.append((p[:i], True))
            if p[i:]:
                segs.append((p[i:], False))
        words.append(segs)
    return words


def seg_width(segs, font, size):
    return sum(stringWidth(s, font, size * 0.66 if sup else size) for s, sup in segs)


def wrap(text, width, font=FONT, size=SIZE, first_width=None):
    words = tokens(text)
    lines, cur, cw = [], [], 0.0
    sp = stringWidth(" ", font, size)
    limit = first_width if first_width is not None else width
    for w in words:
        ww = seg_width(w, font, size)
        if cur and cw + sp + ww > limit:
            lines.append(cur)
            cur, cw = [w], ww
            limit = width
        else:
            cw = cw + sp + ww if cur else ww
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


def notes_in(line):
    return [s for w in line for s, sup in w if sup and s]


def draw_line(c, line, x, y, width, font=FONT, size=SIZE, justify=False):
    widths = [seg_width(w, font, size) for w in line]
    sp = stringWidth(" ", font, size)
    gap = sp
    if justify and len(line) > 1:
        gap = (width - sum(widths)) / (len(line) - 1)
        if gap > 2.2 * sp:      # very loose line: leave it ragged rather than stretch it
            gap = sp
    cx = x
    for w, ww in zip(line, widths):
        px = cx
        for s, sup in w:
            if sup:
                c.setFont(font, size * 0.66)
                c.drawString(px, y + size * 0.38, s)
                px += stringWidth(s, font, size * 0.66)
            else:
                c.setFont(font, size)
                c.drawString(px, y, s)
                px += stringWidth(s, font, size)
        cx += ww + gap


# ---------------------------------------------------------------- body content
T1_ROWS = [
    ("group", "Staff costs"),
    ("line", "Salaries of officials", 14562000, 15107000),
    ("line", "Salaries of employees", 10318000, 10512000),
    ("line", "Staff benefits and entitlements", 5964000, 6211000),
    ("sub", "Total staff costs", 30844000, 31830000),
    ("group", "Office and general costs"),
    ("line", "Communications", 1102000, 1054000),
    ("line", "General office and building maintenance", 3215000, 3297000),
    ("line", "Information technology", 1466000, 1612000),
    ("sub", "Total office and general costs", 5783000, 5963000),
    ("group", "Travel and meetings"),
    ("line", "Duty travel", 702000, 688000),
    ("line", "Meetings of the governing bodies", 497000, 466000),
    ("sub", "Total travel and meetings", 1199000, 1154000),
    ("total", "TOTAL ADMINISTRATIVE PART", 37826000, 38947000),
]

T2_ROWS = [
    ("line", "Ungraded^3", 2, 2),
    ("line", "D-2", 4, 4),
    ("line", "D-1", 9, 10),
    ("line", "P-5", 21, 22),
    ("line", "P-4", 28, 29),
    ("line", "P-3", 24, 25),
    ("line", "P-2", 12, 12),
    ("sub", "Total officials", 100, 104),
    ("line", "General Service (G-1 to G-7)", 128, 130),
    ("total", "Total staff", 228, 234),
]

T3_ROWS = [
    ("I.1 Resettlement Assistance", 18420600, 96305400),
    ("I.2 Repatriation Assistance", 2105300, 9872500),
    ("I.3 Emergency and Post-crisis Migration Management and Community Stabilization", 61384200, 172915600),
    ("II.1 Migration Health Assessments", 14230900, 21448700),
    ("II.2 Health Promotion and Assistance for Migrants", 6712400, 15093200),
    ("III.1 Migration and Community Development", 9843100, 31276400),
    ("IV.1 Return Assistance to Migrants", 12559800, 38127300),
    ("IV.2 Counter-trafficking", 8916500, 17404200),
    ("IV.3 Technical Cooperation on Migration", 10247600, 24881900),
    ("V.1 Labour Migration", 3128700, 6954100),
    ("VI.1 Migration Policy and Research", 1962300, 2315800),
    ("VII.1 Compensation Programmes", 2874200, 9611400),
]

T4_ROWS = [
    ("Africa", 121437600),
    ("Middle East", 59604300),
    ("Latin America and the Caribbean", 67215800),
    ("North America", 24683900),
    ("Asia and Oceania", 196348700),
    ("Europe", 104771200),
    ("Global support and services", 24530600),
]
T3_TOTAL = sum(a + b for _, a, b in T3_ROWS)
assert T3_TOTAL == sum(v for _, v in T4_ROWS) == 598592100


def fmt(n):
    if n < 0:
        return "(%s)" % format(-n, ",")
    if n == 0:
        return "\u2013"
    return format(n, ",")


BODY = [
    ("h1", "I", "INTRODUCTION"),
    ("p", "1", "The Programme and Budget for 2009 sets out the resources the Administration considers necessary "
     "to carry out the activities of the Organization in the coming year. As in previous years, it is "
     "presented in two parts: the Administrative Part, which is financed from the assessed contributions "
     "of Member States and expressed in Swiss francs, and the Operational Part, which is financed from "
     "voluntary contributions and expressed in US dollars."),
    ("p", "2", "The structure and presentation of the document follow those of the Programme and Budget for "
     "2008 (MC/2230/Rev.1),^1 so that the two years can be compared line by line. The service areas under "
     "which operational activities are grouped remain those introduced in 2007 in support of the IOM "
     "Strategy endorsed by the Council in Resolution No. 1150 of 7 June 2007 (see also MC/INF/287)."),
    ("p", "3", "The present document will be examined by the Standing Committee on Programmes and Finance at "
     "its Third Session in November 2008. Any adjustment the Committee may recommend will be reflected "
     "in a revised version submitted to the Council before the opening of its Ninety-sixth Session."),
    ("h1", "II", "OVERVIEW OF THE BUDGET"),
    ("h2", "A", "Budget levels"),
    ("p", "4", "The Administrative Part of the Budget for 2009 amounts to CHF 38,947,000, an increase of "
     "CHF 1,121,000, or 2.96 per cent, over the approved level for 2008. The increase is entirely "
     "covered by the assessed contributions of the eleven States admitted to membership since the "
     "adoption of the 2008 budget, so that the contributions of existing Member States do not rise in "
     "nominal terms."),
    ("p", "5", "The Operational Part is estimated at USD 598,592,100. This figure includes only those projects "
     "and programmes for which funding was reasonably assured when the estimates were prepared in "
     "August 2008. Experience shows that the level of operational activity rises considerably in the "
     "course of the year as new projects are funded, and the figure given here should therefore be "
     "read as a starting point rather than a forecast of total expenditure."),
    ("h2", "B", "Budget assumptions"),
    ("p", "6", "The estimates rest on the following assumptions:"),
    ("i1", "(a)", "an exchange rate of CHF 1.08 to USD 1.00, which is the rate used for the conversion of "
     "Swiss franc costs charged to the Operational Part;"),
    ("i1", "(b)", "an increase in costs in Geneva of 2.4 per cent,^2 broken down as follows:"),
    ("i2", "(i)", "statutory increments and the revised post adjustment for staff in the Professional "
     "category, as promulgated by the International Civil Service Commission; and"),
    ("i2", "(ii)", "the general price increase applicable to rent, utilities and maintenance contracts;"),
    ("i1", "(c)", "no change in the rate of the project-related overhead charged on operational projects, "
     "which remains at 5 per cent of total staff and office and programme costs."),
    ("p", "7", "Should any of these assumptions prove unfounded, the Administration will absorb the effect "
     "within the approved levels as far as possible, and will otherwise report on the matter in the "
     "first revision of the 2009 budget."),
    ("h1", "III", "ADMINISTRATIVE PART OF THE BUDGET, FINANCED FROM THE ASSESSED CONTRIBUTIONS OF MEMBER STATES"),
    ("h2", "A", "Object of expenditure"),
    ("p", "8", "Table 1 shows the Administrative Part of the Budget for 2009 by object of expenditure, "
     "compared with the approved budget for 2008."),
    ("table", "t1"),
    ("p", "9", "Staff costs account for 81.7 per cent of the Administrative Part. Their growth reflects the "
     "creation of four new posts described in paragraph 12 below and the statutory cost increases "
     "mentioned in paragraph 6(b). The reduction under communications results from a new contract for "
     "telephone and data services negotiated in the first half of 2008, and part of the savings has been "
     "redeployed to information technology, where the replacement of the financial system servers cannot "
     "be postponed further."),
    ("p", "10", "The provision for meetings of the governing bodies falls slightly, since the Council and the "
     "Standing Committee will meet for a total of seven days in 2009, compared with eight in 2008."),
    ("h2", "B", "Staffing"),
    ("p", "11", "The staffing table of the Administrative Part is given below. It covers posts at "
     "Headquarters and in the Regional Offices and Administrative Centres that are funded from "
     "assessed contributions."),
    ("table", "t2"),
    ("p", "12", "Four new posts for officials are proposed: one D-1 post of Director of Budget Reform, "
     "one P-5 post in the Office of the Inspector General, one P-4 post of Human Resources Officer and one "
     "P-3 post of Legal Officer. Two General Service posts are added to support the Treasury Division. "
     "No post is abolished."),
    ("h1", "IV", "OPERATIONAL PART OF THE BUDGET"),
    ("h2", "A", "Service areas"),
    ("p", "13", "The Operational Part is presented in Table 3 by service area. Staff and office costs cover "
     "the personnel and premises of the offices that carry out the projects; programme costs cover "
     "transport, medical services, assistance to beneficiaries and the other direct costs of each "
     "project."),
    ("table", "t3"),
    ("p", "14", "Movement, emergency and post-crisis activities (I.1 to I.3) represent 60.3 per cent of the "
     "Operational Part, and the largest single service area remains emergency and post-crisis migration "
     "management, which reflects continuing programmes in Iraq, Sudan and Afghanistan and the recovery "
     "operations that followed the 2008 cyclone season in Asia."),
    ("p", "15", "The costs of structures that support operations in more than one service area, formerly "
     "presented in a separate section, are now charged to the service areas they serve, as recommended "
     "by the Working Group on Budget Reform.^4 This change does not affect the total of the Operational "
     "Part."),
    ("h2", "B", "Funding by region"),
    ("p", "16", "The geographical distribution of the Operational Part is set out below. Figures are based on "
     "the location of the implementing office and not on the nationality of the beneficiaries."),
    ("table", "t4"),
    ("p", "17", "Asia and Oceania accounts for nearly one third of the total, owing mainly to the large "
     "resettlement and recovery programmes in the region. The share of Africa is expected to grow in "
     "the course of 2009 as funding is confirmed for the return programmes now under discussion with "
     "donors."),
    ("h2", "C", "Discretionary income"),
    ("p", "18", "Discretionary income, which consists of the project-related overhead and of miscellaneous "
     "income (unearmarked contributions and interest), is estimated at USD 40.2 million for 2009, "
     "against USD 36.5 million in the 2008 budget. It finances those parts of the field and "
     "Headquarters structure that support operations but cannot be charged directly to individual "
     "projects."),
    ("p", "19", "The Administration intends to allocate discretionary income in 2009 mainly to the core "
     "structure of the Regional Offices and Administrative Centres, to staff security, to the IOM "
     "Development Fund and to information technology projects that serve the whole Organization. A "
     "detailed breakdown will be given in the revision of the Programme and Budget for 2009, once the "
     "final level of miscellaneous income for 2008 is known, since part of that income is carried "
     "forward to the following year in accordance with established practice. The Standing Committee "
     "will be consulted on any allocation to new purposes before it is made. In 2008 such consultations "
     "took place on two occasions, concerning the strengthening of the staff security function and the "
     "financing of the Office of the Inspector General, and the same procedure is proposed for 2009. The "
     "Administration will also continue to show the use made of discretionary income in a separate "
     "schedule of the annual financial report, so that Member States can follow how the funds have been "
     "spent and compare the outcome with the allocations proposed in the budget."),
    ("h1", "V", "ACTION REQUESTED OF THE COUNCIL"),
    ("p", "20", "The Council is invited:"),
    ("i1", "(a)", "to approve the Administrative Part of the Budget for 2009 in the amount of "
     "CHF 38,947,000; and"),
    ("i1", "(b)", "to take note of the Operational Part of the Budget for 2009, estimated at "
     "USD 598,592,100."),
]


# ---------------------------------------------------------------- table drawing
def table_spec(key):
    """Return (caption, colwidths, header (list of list of lines per column), rows, aligns)."""
    if key == "t1":
        cap = "Table 1. Administrative Part of the Budget by object of expenditure (in Swiss francs)"
        cols = [181, 90, 90, 90]
        head = [["Object of expenditure"], ["2008 budget", "(MC/2230/Rev.1)"], ["2009", "estimates"],
                ["Increase/", "(decrease)"]]
        rows = []
        for r in T1_ROWS:
            if r[0] == "group":
                rows.append(("group", [r[1], "", "", ""]))
            else:
                rows.append((r[0], [r[1], fmt(r[2]), fmt(r[3]), fmt(r[3] - r[2])]))
        return cap, cols, head, rows
    if key == "t2":
        cap = "Table 2. Staffing of the Administrative Part by grade"
        cols = [211, 80, 80, 80]
        head = [["Grade"], ["2008"], ["2009"], ["Change"]]
        rows = [(r[0], [r[1], str(r[2]), str(r[3]), fmt(r[3] - r[2])]) for r in T2_ROWS]
        return cap, cols, head, rows
    if key == "t3":
        cap = "Table 3. Operational Part of the Budget by service area (in US dollars)"
        cols = [211, 80, 80, 80]
        head = [["Service area"], ["Staff and", "office", "costs"], ["Programme", "costs"], ["Total"]]
        rows = [("line", [r[0], fmt(r[1]), fmt(r[2]), fmt(r[1] + r[2])]) for r in T3_ROWS]
        s = sum(r[1] for r in T3_ROWS)
        p = sum(r[2] for r in T3_ROWS)
        rows.append(("total", ["Total", fmt(s), fmt(p), fmt(s + p)]))
        return cap, cols, head, rows
    if key == "t4":
        cap = "(in US dollars)"
        cols = [190, 90, 60]
        head = [["Region"], ["Amount"], ["%"]]
        rows = [("line", [n, fmt(v), "%.1f" % (v * 100.0 / T3_TOTAL)]) for n, v in T4_ROWS]
        rows.append(("total", ["Total", fmt(T3_TOTAL), "100.0"]))
        return cap, cols, head, rows
    raise KeyError(key)


TS = 9.5      # table font size
TL = 12.0     # table line height


def table_layout(key):
    cap, cols, head, rows = table_spec(key)
    nh = max(len(h) for h in head)
    body = []
    for kind, cells in rows:
        indent = 10 if kind == "line" and key == "t1" else 0
        font = BOLD if kind in ("sub", "total") else (BI if kind == "group" else FONT)
        lab = wrap(cells[0], cols[0] - 8 - indent, font, TS)
        body.append((kind, cells, lab, indent, font))
    h = TL + 4 + nh * TL + 6 + sum(len(b[2]) * TL + 2 for b in body) + 6
    return cap, cols, head, body, nh, h


def draw_table(c, key, ytop):
    """Draw the table with its caption starting at baseline ytop; return notes used and bottom y."""
    cap, cols, head, body, nh, h = table_layout(key)
    total_w = sum(cols)
    x0 = LM + (TW - total_w) / 2.0
    c.setFont(BOLD, 10)
    c.drawCentredString(x0 + total_w / 2.0, ytop, cap)
    y = ytop - 8
    c.setLineWidth(0.8)
    c.line(x0, y, x0 + total_w, y)
    # headings, bottom-aligned
    base = y - nh * TL
    xs = [x0]
    for w in cols:
        xs.append(xs[-1] + w)
    for i, lines in enumerate(head):
        for j, ln in enumerate(lines):
            yy = base + (len(lines) - 1 - j) * TL + 3
            c.setFont(BOLD, TS)
            if i == 0:
                c.drawString(xs[i] + 4, yy, ln)
            else:
                c.drawCentredString((xs[i] + xs[i + 1]) / 2.0, yy, ln)
    y = base - 3
    c.setLineWidth(0.5)
    c.line(x0, y, x0 + total_w, y)
    notes = []
    y -= 2
    for kind, cells, lab, indent, font in body:
        if kind == "total":
            c.line(x0, y + 1, x0 + total_w, y + 1)
        yy = y - TL + 3
        for k, ln in enumerate(lab):
            draw_line(c, ln, xs[0] + 4 + indent, yy - k * TL, cols[0], font, TS)
            notes += notes_in(ln)
        ylast = yy - (len(lab) - 1) * TL
        for i in range(1, len(cols)):
            if cells[i]:
                c.setFont(font if kind != "group" else FONT, TS)
                c.drawRightString(xs[i + 1] - 8, ylast, cells[i])
        y -= len(lab) * TL + 2
    y -= 2
    c.setLineWidth(0.8)
    c.line(x0, y, x0 + total_w, y)
    for xv in xs:
        c.setLineWidth(0.4)
        c.line(xv, ytop - 8, xv, y)
    return notes, y


# ---------------------------------------------------------------- page machinery
class Doc:
    def __init__(self, c):
        self.c = c
        self.page_label = 0
        self.heading_pages = {}
        self.y = None
        self.notes = []

    def fn_height(self, notes):
        if not notes:
            return 0.0
        h = 14.0
        for n in notes:
            h += len(wrap(FOOTNOTES[n], TW - 10, FONT, FN_SIZE)) * FN_LEAD + 2
        return h

    def limit(self, extra=()):
        return BOTTOM + self.fn_height(self.notes + list(extra))

    def running_header(self, label):
        c = self.c
        c.setFont(FONT, SIZE)
        c.drawRightString(RM, H - 50, SYMBOL)
        c.drawRightString(RM, H - 50 - LEAD, "Page %s" % label)

    def new_page(self):
        if self.page_label:
            self.finish_page()
        self.page_label += 1
        self.running_header(str(self.page_label))
        self.y = TOP
        self.notes = []

    def finish_page(self):
        c = self.c
        if self.notes:
            h = self.fn_height(self.notes)
            y = BOTTOM + h - 6
            c.setLineWidth(0.5)
            c.line(LM, y, LM + 108, y)
            y -= 12
            for n in self.notes:
                lines = wrap(FOOTNOTES[n], TW - 10, FONT, FN_SIZE)
                c.setFont(FONT, FN_SIZE * 0.7)
                c.drawString(LM, y + 3.2, n)
                for ln in lines:
                    draw_line(c, ln, LM + 10, y, TW - 10, FONT, FN_SIZE, justify=(ln is not lines[-1]))
                    y -= FN_LEAD
                y -= 2
        c.showPage()

    def place_lines(self, lines, x, width, label=None, label_x=None, font=FONT, justify=True):
        """Place wrapped lines, breaking pages as needed (a paragraph may run over a page)."""
        for k, ln in enumerate(lines):
            nn = notes_in(ln)
            need = LEAD
            if k == 0 and len(lines) > 1:
                need = 2 * LEAD   # avoid a single orphan first line
            if self.y - need < self.limit(nn):
                self.new_page()
            if k == 0 and label:
                self.c.setFont(font, SIZE)
                self.c.drawString(label_x, self.y, label)
            draw_line(self.c, ln, x, self.y, width, font, SIZE, justify=(justify and k < len(lines) - 1))
            self.notes += [n for n in nn if n not in self.notes]
            self.y -= LEAD
        self.y -= PARA_GAP

    def heading(self, kind, num, text):
        font = BOLD
        x = LM + 36
        lines = wrap(text, TW - 36 - 60, font, SIZE)
        need = len(lines) * LEAD + 3 * LEAD
        if self.y - need < self.limit():
            self.new_page()
        if kind == "h1":
            self.y -= 4
        self.heading_pages[(kind, num, text)] = self.page_label
        self.c.setFont(font, SIZE)
        self.c.drawString(LM, self.y, num + ".")
        for ln in lines:
            draw_line(self.c, ln, x, self.y, TW - 36, font, SIZE)
            self.y -= LEAD
        self.y -= PARA_GAP

    def table(self, key):
        h = table_layout(key)[-1]
        if self.y - h < self.limit():
            self.new_page()
        notes, ybot = draw_table(self.c, key, self.y)
        self.notes += [n for n in notes if n not in self.notes]
        self.y = ybot - LEAD - 6

    def body(self):
        self.new_page()
        for item in BODY:
            kind = item[0]
            if kind in ("h1", "h2"):
                self.heading(kind, item[1], item[2])
            elif kind == "p":
                lines = wrap(item[2], TW - 36)
                self.place_lines(lines, LM + 36, TW - 36, item[1] + ".", LM)
            elif kind == "i1":
                lines = wrap(item[2], TW - 72)
                self.place_lines(lines, LM + 72, TW - 72, item[1], LM + 36)
            elif kind == "i2":
                lines = wrap(item[2], TW - 108)
                self.place_lines(lines, LM + 108, TW - 108, item[1], LM + 72)
            elif kind == "table":
                self.table(item[1])
        self.finish_page()


def cover(c):
    c.setFont(BOLD, 12)
    c.drawRightString(RM, H - 60, SYMBOL)
    c.setFont(FONT, SIZE)
    c.drawRightString(RM, H - 60 - 2 * LEAD, "Original: English")
    c.drawRightString(RM, H - 60 - 3 * LEAD, "14 October 2008")
    c.setFont(BOLD, 12)
    c.drawCentredString(W / 2, H - 230, "NINETY-SIXTH SESSION")
    c.setFont(FONT, SIZE)
    c.drawCentredString(W / 2, H - 250, "_" * 62)
    c.setFont(BOLD, 14)
    c.drawCentredString(W / 2, H - 400, "PROGRAMME AND BUDGET FOR 2009")
    # cover note
    y = 200
    c.setFont(FONT, SIZE)
    c.drawString(LM, y, "__________")
    y -= 2 * LEAD
    note = ("This document is submitted to the Council at its Ninety-sixth Session in December 2008, "
            "following its review by the Standing Committee on Programmes and Finance at its Third Session "
            "in November 2008.")
    for ln in wrap(note, TW):
        draw_line(c, ln, LM, y, TW, justify=False)
        y -= LEAD
    c.setFont(BOLD, 10)
    cx = W / 2
    c.drawCentredString(cx - 120, 60, "COUNCIL")
    c.drawCentredString(cx, 60, "CONSEIL")
    c.drawCentredString(cx + 120, 60, "CONSEJO")
    c.showPage()


def contents(c, pages):
    c.setFont(FONT, SIZE)
    c.drawRightString(RM, H - 50, SYMBOL)
    c.drawRightString(RM, H - 50 - LEAD, "Page i")
    c.setFont(BOLD, 12)
    c.drawCentredString(W / 2, H - 110, "TABLE OF CONTENTS")
    c.setFont(BOLD, SIZE)
    c.drawRightString(RM, H - 140, "Page")
    y = H - 166
    dotw = stringWidth(".", FONT, SIZE)
    for item in BODY:
        if item[0] not in ("h1", "h2"):
            continue
        kind, num, text = item
        pg = str(pages[(kind, num, text)])
        if kind == "h1":
            y -= 8
            lx, tx, font = LM, LM + 36, FONT
        else:
            lx, tx, font = LM + 36, LM + 60, FONT
        maxw = RM - 40 - tx
        lines = wrap(text, maxw, font, SIZE)
        c.setFont(font, SIZE)
        c.drawString(lx, y, num + ".")
        for k, ln in enumerate(lines):
            draw_line(c, ln, tx, y, maxw, font, SIZE)
            if k == len(lines) - 1:
                endx = tx + sum(seg_width(w, font, SIZE) for w in ln) + stringWidth(" ", font, SIZE) * (len(ln) - 1)
                start = endx + 6
                stop = RM - 20
                c.setFont(font, SIZE)
                c.drawString(start, y, "." * int((stop - start) / dotw))
                c.drawRightString(RM, y, pg)
            y -= LEAD + 2
        y -= 2
    c.showPage()


def build(path, pages=None):
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle("MC/2257 - Programme and Budget for 2009")
    c.setAuthor("International Organization for Migration")
    cover(c)
    contents(c, pages or {k: 0 for k in [(i[0], i[1], i[2]) for i in BODY if i[0] in ("h1", "h2")]})
    d = Doc(c)
    d.body()
    c.save()
    return d


if __name__ == "__main__":
    d = build(io.BytesIO())
    d2 = build(OUT, d.heading_pages)
    assert d2.heading_pages == d.heading_pages
    print("body pages:", d2.page_label, d2.heading_pages)
