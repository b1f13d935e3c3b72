"""Draws note-concerning-2001c.pdf: an IOM Council document of 2001 (MC/2041/Rev.1),
preceded by a NOTE CONCERNING DOCUMENT sheet, then the original cover of MC/2041 and its body."""
import os
import re

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "note-concerning-2001c.pdf")

W, H = A4
LM = 72
RM = 72
TW = W - LM - RM
BOTTOM = 66
FONT, BOLD, ITAL = "Times-Roman", "Times-Bold", "Times-Italic"
FS, LEAD = 11.5, 14.2
FN_FS, FN_LEAD = 9.5, 11.2
SUP_FS = 7
TAB = 36

SYMBOL_REV = "MC/2041/Rev.1"
SYMBOL = "MC/2041"
TITLE_LINES = ["PROPOSALS FOR THE REFORM OF THE BUDGET", "STRUCTURE OF THE ORGANIZATION"]
RUNNING_TITLE = "PROPOSALS FOR THE REFORM OF THE BUDGET STRUCTURE OF THE ORGANIZATION"

FOOTNOTES = {
    "1": "See the report of the Executive Committee on its Ninety-eighth Session (MC/2030), "
         "paragraphs 21 to 27, where the views of delegations on the financing of structure are summarized.",
    "2": "Discretionary Income comprises the overhead charged on project budgets, miscellaneous "
         "unearmarked contributions and the interest earned on funds held by the Organization. Its level "
         "depends on the volume of operations and on prevailing interest rates, and cannot therefore be "
         "forecast with precision.",
    "3": "This covers the Organization's share of the inter-agency field security arrangements of the "
         "United Nations system, in which IOM has participated since January 2001.",
}

# Body content: (kind, ...)
BODY = [
    ("h1", "I.", "INTRODUCTION"),
    ("para", "1", "At its Eightieth Session in November 2000, the Council asked the Administration to "
     "review the manner in which the budget of the Organization is presented and financed, and to return "
     "with concrete proposals before the adoption of the Programme and Budget for 2002. This document "
     "responds to that request. It draws on informal consultations held with Member States in Geneva "
     "between March and July 2001."),
    ("para", "2", "The review was shaped by three concerns which the Sub-Committee on Budget and Finance "
     "has raised on several occasions: the widening gap between the volume of operations and the "
     "resources of the Administrative Part of the Budget, the dependence of essential structure on "
     "project funding, and the limited transparency of the present arrangements for the use of "
     "Discretionary Income.^1"),
    ("para", "3", "Section II describes the present structure and its weaknesses. Section III sets out the "
     "reform proposed by the Director General, together with a transitional arrangement for 2002, and "
     "Section IV summarizes its financial implications. The decisions sought from the Council are listed "
     "in Section V."),
    ("h1", "II.", "THE PRESENT BUDGET STRUCTURE"),
    ("h2", "A.", "Administrative Part of the Budget"),
    ("para", "4", "The Administrative Part of the Budget is financed by the assessed contributions of "
     "Member States, expressed in Swiss francs, and covers the core functions of Headquarters and a small "
     "number of posts in the field. For 2001 it was approved at CHF 37,150,000 by Resolution No. 1035 "
     "(LXXX) of 29 November 2000. Zero nominal growth has been applied for eight consecutive years, "
     "although membership of the Organization rose from 51 to 91 Member States during the same period."),
    ("para", "5", "Since assessed contributions have not kept pace with the growth of operations, a large "
     "and rising share of the staff who perform structural functions is now charged to individual "
     "projects. This practice makes the planning of core services uncertain, weakens the continuity of "
     "expertise and leaves the Organization exposed whenever a project closes earlier than foreseen."),
    ("para", "6", "Outstanding contributions to the Administrative Part of the Budget add to the strain. "
     "At 30 September 2001, arrears from previous years amounted to CHF 4,268,311, more than half of "
     "which was owed by eleven Member States to which Article 4 of the Constitution applies."),
    ("h2", "B.", "Operational Part of the Budget"),
    ("para", "7", "The Operational Part of the Budget, expressed in US dollars, is funded almost entirely "
     "by voluntary contributions earmarked for specific projects. Expenditure under this Part is expected "
     "to reach USD 410 million in 2001, close to three times the level recorded in 1995."),
    ("para", "8", "Each project budget bears an overhead charge which, together with miscellaneous income "
     "and interest, makes up the Discretionary Income of the Organization.^2 Since 1998, Discretionary "
     "Income has met a growing number of structural costs that cannot be charged to projects, such as "
     "those of the Missions with Regional Functions, but its use has been decided from one year to the "
     "next, with no ceiling and no agreed order of priority."),
    ("para", "9", "This arrangement served the Organization reasonably well in a period of rapid "
     "expansion, but it has made the budget hard to read (see also MC/INF/247). Delegations have observed "
     "that one and the same function may appear under the Administrative Part in one year and under the "
     "Operational Part in the next, depending on the funds available."),
    ("h1", "III.", "PROPOSED REFORM"),
    ("h2", "A.", "Core structure funded from Discretionary Income"),
    ("para", "10", "The Director General proposes that a defined core structure be identified and funded "
     "from a fixed share of Discretionary Income, separately from project budgets. It would comprise "
     "those functions at Headquarters and in the field which sustain the Organization as a whole and "
     "cannot reasonably be attributed to any single project."),
    ("para", "11", "The core structure would be shown each year in a distinct section of the Operational "
     "Part of the Programme and Budget, with its staffing, office costs and sources of funding set out in "
     "full. The Sub-Committee on Budget and Finance would examine it together with the Administrative "
     "Part, and any change in its composition during the year would be reported in the summary update."),
    ("para", "12", "In deciding which functions belong to the core structure, the Administration has "
     "applied the following criteria:"),
    ("item", "(a)", "the function serves several programmes or regions rather than a single project;"),
    ("item", "(b)", "the function is required by the Constitution, by a decision of the governing bodies "
     "or by an agreement with a host government;"),
    ("item", "(c)", "the function ensures minimum standards of financial control, audit or staff safety in "
     "the field;^3 and"),
    ("item", "(d)", "the cost of the function can be estimated in advance with reasonable accuracy."),
    ("para", "13", "Functions which do not meet these criteria would continue to be financed by the "
     "projects they serve. The reform is not intended to move activities out of the Administrative Part "
     "of the Budget, the scope of which would remain unchanged."),
    ("h2", "B.", "Transitional arrangements"),
    ("para", "14", "As Discretionary Income fluctuates, the Administration proposes to introduce the reform "
     "over two years. In 2002, the core structure would be funded up to a ceiling of USD 10,200,000, "
     "which corresponds to the most cautious estimate of Discretionary Income for that year. Any "
     "shortfall would be absorbed by delaying recruitment to vacant posts rather than by drawing on "
     "reserves."),
    ("para", "15", "Table 1 compares the amounts allocated to each component of the core structure in "
     "2001 with those proposed for 2002."),
    ("table", "Table 1. Core structure funded from Discretionary Income (in US dollars)",
     ["", "2001", "2002", ""],
     ["Component", "(approved)", "(proposed)", "Increase"],
     [
         ["Headquarters core functions", "1,850,000", "2,120,000", "270,000"],
         ["Field accounting and treasury support", "1,420,000", "1,585,000", "165,000"],
         ["Missions with Regional Functions", "2,760,000", "3,010,000", "250,000"],
         ["Special Liaison Missions", "640,000", "705,000", "65,000"],
         ["Country missions (core staff)", "1,930,000", "2,180,000", "250,000"],
         ["Staff security mechanism", "400,000", "600,000", "200,000"],
     ],
     ["Total", "9,000,000", "10,200,000", "1,200,000"]),
    ("para", "16", "The increase of USD 1,200,000 arises mainly from the cost of improving the security of "
     "staff in the field, from the strengthening of the Missions with Regional Functions and from the "
     "transfer to the core structure of country mission staff hitherto charged to projects."),
    ("h1", "IV.", "FINANCIAL IMPLICATIONS"),
    ("para", "17", "The reform calls for no increase in assessed contributions. The Administrative Part of "
     "the Budget for 2002 is presented at CHF 37,150,000, the same level as in 2001, in the Programme and "
     "Budget for 2002 (MC/2035)."),
    ("para", "18", "The Administration will follow the level of Discretionary Income closely and will "
     "report on it to the Sub-Committee on Budget and Finance in the spring of 2002. Should actual income "
     "exceed the ceiling, the surplus would be credited to a reserve mechanism, the terms of which will "
     "be submitted for approval separately."),
    ("para", "19", "An evaluation of the new structure will be presented to the governing bodies at the "
     "end of the transitional period, together with any proposals to adjust the criteria listed in "
     "paragraph 12."),
    ("h1", "V.", "ACTION REQUESTED OF THE COUNCIL"),
    ("para", "20", "The Council is invited to approve the proposals set out in this document, in particular "
     "the identification of a core structure funded from Discretionary Income and the transitional "
     "ceiling of USD 10,200,000 for 2002."),
]


def sw(text, font=FONT, size=FS):
    return stringWidth(text, font, size)


MARK = re.compile(r"^(.*?)\^(\w+)$")


def tokens_of(text):
    toks = []
    for w in text.split():
        m = MARK.match(w)
        if m:
            toks.append((m.group(1), m.group(2)))
        else:
            toks.append((w, None))
    return toks


def tok_width(tok, font=FONT, size=FS, sup=SUP_FS):
    w = sw(tok[0], font, size)
    if tok[1]:
        w += sw(tok[1], font, sup) + 0.5
    return w


def wrap(toks, first_w, rest_w, font=FONT, size=FS, sup=SUP_FS):
    lines, cur, cur_w = [], [], 0.0
    space = sw(" ", font, size)
    avail = first_w
    for t in toks:
        tw = tok_width(t, font, size, sup)
        need = tw if not cur else cur_w + space + tw
        if cur and need > avail:
            lines.append(cur)
            cur, cur_w = [t], tw
            avail = rest_w
        else:
            cur.append(t)
            cur_w = need
    if cur:
        lines.append(cur)
    return lines


def draw_line(c, toks, x, y, width, justify, font=FONT, size=FS, sup=SUP_FS, rise=4.2):
    widths = [tok_width(t, font, size, sup) for t in toks]
    space = sw(" ", font, size)
    if justify and len(toks) > 1:
        gap = (width - sum(widths)) / (len(toks) - 1)
    else:
        gap = space
    cx = x
    for t, w in zip(toks, widths):
        c.setFont(font, size)
        c.drawString(cx, y, t[0])
        if t[1]:
            c.setFont(font, sup)
            c.drawString(cx + sw(t[0], font, size) + 0.5, y + rise, t[1])
        cx += w + gap


def fn_lines(marker):
    return wrap(tokens_of(FOOTNOTES[marker]), TW - 12, TW - 12, FONT, FN_FS)


def rcenter(c, text, y, font, size):
    c.setFont(font, size)
    c.drawCentredString(W / 2, y, text)


def right(c, text, y, font=FONT, size=FS):
    c.setFont(font, size)
    c.drawRightString(W - RM, y, text)


def trilingual_footer(c):
    c.setLineWidth(0.8)
    c.line(LM, 78, W - RM, 78)
    c.setFont(BOLD, 12)
    c.drawString(LM + 20, 58, "COUNCIL")
    c.drawCentredString(W / 2, 58, "CONSEIL")
    c.drawRightString(W - RM - 20, 58, "CONSEJO")


def cover_block(c, symbol, date):
    right(c, symbol, H - 72, BOLD, 12)
    right(c, "Original: English", H - 88)
    right(c, date, H - 102)
    rcenter(c, "EIGHTY-SECOND SESSION", H - 160, BOLD, 12)
    c.setLineWidth(1.2)
    c.line(LM, H - 172, W - RM, H - 172)
    y = H - 230
    for t in TITLE_LINES:
        rcenter(c, t, y, BOLD, 13)
        y -= 18
    return y


def note_sheet(c):
    y = cover_block(c, SYMBOL_REV, "10 December 2001")
    y -= 70
    rcenter(c, "NOTE CONCERNING DOCUMENT MC/2041", y, BOLD, 12)
    y -= 34
    text = ("The Council, at its Eighty-second Session, approved document MC/2041 without amendment "
            "through Resolution No. 1058 (LXXXII) of 29 November 2001. The document is accordingly "
            "re-issued under the symbol MC/2041/Rev.1, and readers are requested to attach this cover "
            "sheet to the original document, which follows.")
    lines = wrap(tokens_of(text), TW, TW)
    for i, ln in enumerate(lines):
        draw_line(c, ln, LM, y, TW, i < len(lines) - 1)
        y -= LEAD
    trilingual_footer(c)
    c.showPage()


def original_cover(c):
    cover_block(c, SYMBOL, "4 October 2001")
    y = 200
    c.setFont(FONT, FS)
    c.drawString(LM, y, "__________")
    y -= 22
    text = ("This document is submitted to the Sub-Committee on Budget and Finance at its Eighty-fifth "
            "Session in October 2001 and to the Council at its Eighty-second Session in November 2001.")
    lines = wrap(tokens_of(text), TW, TW)
    for i, ln in enumerate(lines):
        draw_line(c, ln, LM, y, TW, i < len(lines) - 1)
        y -= LEAD
    trilingual_footer(c)
    c.showPage()


class Body:
    def __init__(self, c):
        self.c = c
        self.page = 0
        self.fns = []
        self.y = None
        self.open = False

    def fn_height(self, fns):
        if not fns:
            return 0
        h = 16
        for m in fns:
            h += len(fn_lines(m)) * FN_LEAD + 2
        return h

    def limit(self, extra=()):
        return BOTTOM + self.fn_height(self.fns + list(extra))

    def finish_page(self):
        if not self.open:
            return
        c = self.c
        if self.fns:
            y = BOTTOM + self.fn_height(self.fns) - 6
            c.setLineWidth(0.5)
            c.line(LM, y, LM + 144, y)
            y -= 12
            for m in self.fns:
                c.setFont(FONT, SUP_FS - 0.5)
                c.drawString(LM, y + 3.5, m)
                lines = fn_lines(m)
                for i, ln in enumerate(lines):
                    draw_line(c, ln, LM + 12, y, TW - 12, i < len(lines) - 1, FONT, FN_FS)
                    y -= FN_LEAD
                y -= 2
        c.showPage()
        self.fns = []
        self.open = False

    def new_page(self):
        self.finish_page()
        self.page += 1
        c = self.c
        right(c, SYMBOL, H - 44)
        right(c, "Page %d" % self.page, H - 58)
        self.y = H - 96
        self.open = True
        if self.page == 1:
            rlines = wrap(tokens_of(RUNNING_TITLE), TW - 60, TW - 60, FONT, FS)
            for ln in rlines:
                txt = " ".join(t[0] for t in ln)
                rcenter(c, txt, self.y, FONT, FS)
                self.y -= LEAD
            self.y -= 16

    def ensure(self, h, extra=()):
        if self.y - h < self.limit(extra):
            self.new_page()

    def heading(self, num, text, level):
        # keep the heading with two lines of what follows
        self.y -= 8 if level == 1 else 4
        self.ensure(LEAD * 4)
        c = self.c
        c.setFont(BOLD, FS)
        c.drawString(LM, self.y, num)
        c.drawString(LM + TAB, self.y, text)
        self.y -= LEAD + 8

    def text_block(self, toks, x_first, x_rest, w_first, w_rest, label=None, label_x=None):
        lines = wrap(toks, w_first, w_rest)
        if len(lines) > 1:
            self.ensure(LEAD * 2, [t[1] for ln in lines[:2] for t in ln if t[1]])
        for i, ln in enumerate(lines):
            marks = [t[1] for t in ln if t[1]]
            if self.y - LEAD < self.limit(marks):
                self.new_page()
            if i == 0 and label:
                self.c.setFont(FONT, FS)
                self.c.drawString(label_x, self.y, label)
            x = x_first if i == 0 else x_rest
            w = w_first if i == 0 else w_rest
            draw_line(self.c, ln, x, self.y, w, i < len(lines) - 1)
            self.fns.extend(marks)
            self.y -= LEAD
        self.y -= 8

    def para(self, num, text):
        self.text_block(tokens_of(text), LM + TAB, LM, TW - TAB, TW, num + ".", LM)

    def item(self, label, text):
        self.text_block(tokens_of(text), LM + 2 * TAB, LM + 2 * TAB, TW - 2 * TAB, TW - 2 * TAB,
                        label, LM + TAB)

    def table(self, caption, head1, head2, rows, total):
        row_h = 16
        n = len(rows) + 1
        h = 20 + row_h * 2 + n * row_h + 10
        self.ensure(h)
        c = self.c
        c.setFont(BOLD, FS)
        c.drawCentredString(W / 2, self.y, caption)
        self.y -= 20
        x0, x1 = LM + 18, W - RM - 18
        cols = [x0 + 205, x0 + 280, x0 + 355, x1 - 6]  # right edges of figure columns
        top = self.y + 11
        c.setLineWidth(0.8)
        c.line(x0, top, x1, top)
        for hl in (head1, head2):
            c.setFont(BOLD, 10.5)
            if hl[0]:
                c.drawString(x0 + 4, self.y, hl[0])
            for i in range(1, 4):
                if hl[i]:
                    c.drawRightString(cols[i], self.y, hl[i])
            self.y -= 13
        self.y -= 3
        c.line(x0, self.y + 11, x1, self.y + 11)
        for r in rows + [total]:
            is_total = r is total
            if is_total:
                c.setLineWidth(0.6)
                c.line(x0, self.y + 11.5, x1, self.y + 11.5)
            f = BOLD if is_total else FONT
            c.setFont(f, 10.5)
            c.drawString(x0 + 4, self.y, r[0])
            for i in range(1, 4):
                c.drawRightString(cols[i], self.y, r[i])
            self.y -= row_h
        c.setLineWidth(0.8)
        c.line(x0, self.y + 11, x1, self.y + 11)
        c.line(x0, top, x0, self.y + 11)
        c.line(x1, top, x1, self.y + 11)
        self.y -= 12


def main():
    c = canvas.Canvas(OUT, pagesize=A4)
    c.setTitle(SYMBOL_REV)
    note_sheet(c)
    original_cover(c)
    b = Body(c)
    b.new_page()
    for blk in BODY:
        kind = blk[0]
        if kind == "h1":
            b.heading(blk[1], blk[2], 1)
        elif kind == "h2":
            b.heading(blk[1], blk[2], 2)
        elif kind == "para":
            b.para(blk[1], blk[2])
        elif kind == "item":
            b.item(blk[1], blk[2])
        elif kind == "table":
            b.table(*blk[1:])
    b.finish_page()
    c.save()


if __name__ == "__main__":
    main()
