"""Draws programme-budget-2000.pdf: an invented IOM Programme and Budget for 2001 (MC/2021, October 2000)."""
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = "programme-budget-2000.pdf"
SYMBOL = "MC/2021"
W, H = A4
LM = 72            # left margin (paragraph numbers, headings labels)
TX = 108           # text indent of numbered paragraphs
RM = W - 72        # right margin
TOP = 752          # first body baseline
BOTTOM = 62        # lowest baseline of footnotes
FS = 11            # body font size
LEAD = 13.5        # body leading
FN_FS = 9
FN_LEAD = 11

# ----------------------------------------------------------------------------- content

def fmt(n):
    if n == 0:
        return "\u2013"
    s = "{:,}".format(abs(n))
    return "(" + s + ")" if n < 0 else s


FOOTNOTES = {
    "1": "Approved by the Council at its Seventy-eighth Session through Resolution No. 998 (LXXVIII) "
         "of 30 November 1999.",
    "2": "Including the second phase of the replacement of the financial and personnel systems, for which "
         "an amount of CHF 420,000 was approved for 2000. The third and final phase is expected to be "
         "financed from Discretionary Income in 2002.",
    "3": "Posts financed from the Operational Part of the Budget and from Discretionary Income are not "
         "included. At 30 June 2000 such posts numbered 1,046, of which 214 were for officials.",
    "4": "Activities covering more than one region, such as the Organization\u2019s global resettlement "
         "and migration health networks, are shown under Global Support/Services.",
}

# Table 1 (Swiss francs): (kind, label, 2000, 2001)
T1 = [
    ("group", "Staff costs", None, None),
    ("item", "Officials\u2019 salaries", 19184000, 19562000),
    ("item", "Employees\u2019 salaries", 7842000, 7715000),
    ("item", "Consultants", 96000, 96000),
    ("item", "Overtime", 120000, 108000),
    ("sub", "Subtotal \u2013 staff costs", "S", None),
    ("group", "Non-staff costs", None, None),
    ("item", "Travel and representation", 684000, 702000),
    ("item", "Communications", 1240000, 1198000),
    ("item", "General installations, equipment, supplies and maintenance of premises", 2710000, 2755000),
    ("item", "Information technology^2", 1030000, 1214000),
    ("item", "Meetings of the governing bodies", 1090000, 1060000),
    ("sub", "Subtotal \u2013 non-staff costs", "S", None),
    ("total", "TOTAL", "T", None),
]

# Table 2 (posts)
T2 = [
    ("item", "D-2", 3, 3),
    ("item", "D-1", 9, 8),
    ("item", "P-5", 22, 23),
    ("item", "P-4", 31, 32),
    ("item", "P-3", 26, 27),
    ("item", "P-2", 12, 11),
    ("sub", "Total officials", "S", None),
    ("item", "G", 158, 155),
    ("total", "TOTAL", "T", None),
]

# Table 3 (US dollars): (kind, num, label, 2000, 2001)
T3 = [
    ("g", "I.", "MOVEMENT, EMERGENCY AND POST-CONFLICT MIGRATION MANAGEMENT"),
    ("i", "I.1", "Resettlement Assistance", 58420000, 61305000),
    ("i", "I.2", "Repatriation Assistance", 9850000, 7420000),
    ("i", "I.3", "Emergency and Post-conflict Migration Management", 84160000, 52780000),
    ("g", "II.", "MIGRATION HEALTH"),
    ("i", "II.1", "Migration Health Assessment", 12540000, 13210000),
    ("i", "II.2", "Health Assistance and Advice", 4380000, 4960000),
    ("g", "III.", "TECHNICAL COOPERATION ON MIGRATION"),
    ("i", "III.1", "Migration Management Capacity Building", 21700000, 24350000),
    ("i", "III.2", "Return of Qualified Nationals", 6210000, 5840000),
    ("g", "IV.", "ASSISTED RETURNS"),
    ("i", "IV.1", "Assisted Voluntary Returns for Migrants and Rejected Asylum Seekers", 31450000, 36920000),
    ("i", "IV.2", "Counter-trafficking", 3960000, 6180000),
    ("g", "V.", "MIGRATION POLICY, RESEARCH AND COMMUNICATIONS"),
    ("i", "V.1", "Migration Policy and Research", 1840000, 2120000),
    ("i", "V.2", "Mass Information", 2470000, 2860000),
    ("g1", "VI.", "GENERAL PROGRAMME SUPPORT", 4620000, 4755000),
    ("total", "", "TOTAL"),
]

T4 = [
    ("Africa", 21340000, 24860000),
    ("Middle East", 6120000, 5480000),
    ("Latin America and the Caribbean", 18760000, 20930000),
    ("North America", 3910000, 4270000),
    ("Asia and Oceania", 64850000, 58210000),
    ("Europe", 112480000, 93160000),
    ("Global Support/Services", 14140000, 15790000),
]


def t3_groups():
    """Fill group sums of table 3 and the total."""
    rows, cur, tot_a, tot_b = [], None, 0, 0
    for r in T3:
        if r[0] == "g":
            cur = [r[0], r[1], r[2], 0, 0]
            rows.append(cur)
        elif r[0] == "i":
            rows.append(list(r))
            cur[3] += r[3]
            cur[4] += r[4]
            tot_a += r[3]
            tot_b += r[4]
        elif r[0] == "g1":
            rows.append(list(r))
            tot_a += r[3]
            tot_b += r[4]
        elif r[0] == "break":
            rows.append(list(r))
        else:
            rows.append(["total", "", "TOTAL", tot_a, tot_b])
    return rows, tot_a, tot_b


T3ROWS, T3A, T3B = t3_groups()
assert T3A == 241600000 and T3B == 222700000
assert sum(r[1] for r in T4) == T3A and sum(r[2] for r in T4) == T3B


def fill_sums(rows):
    out, acc_a, acc_b, tot_a, tot_b = [], 0, 0, 0, 0
    for k, lab, a, b in rows:
        if k == "item":
            acc_a += a; acc_b += b
            out.append((k, lab, a, b))
        elif k == "sub":
            out.append((k, lab, acc_a, acc_b))
            tot_a += acc_a; tot_b += acc_b
            acc_a = acc_b = 0
        elif k == "total":
            tot_a += acc_a; tot_b += acc_b
            out.append((k, lab, tot_a, tot_b))
        else:
            out.append((k, lab, None, None))
    return out


T1ROWS = fill_sums(T1)
T2ROWS = fill_sums(T2)
assert T1ROWS[-1][2:] == (33996000, 34410000), T1ROWS[-1]
assert T1ROWS[5][2:] == (27242000, 27481000)
assert T2ROWS[-1][2:] == (261, 259), T2ROWS[-1]

# Body flow ------------------------------------------------------------------
# ("title", text) running title; ("h1", num, text); ("h2", num, text); ("p", num, text, items);
# ("table", id); ("pagebreak",)
BODY = [
    ("title", "PROGRAMME AND BUDGET FOR 2001"),
    ("h1", "I.", "INTRODUCTION"),
    ("p", 1, "This document sets out the proposals of the Director General for the Programme and Budget "
             "for 2001. It follows the presentation of the Programme and Budget for 2000 (MC/1979),^1 and "
             "takes into account the comments made by Member States at the spring and autumn meetings of "
             "the Sub-Committee on Budget and Finance.", []),
    ("p", 2, "The budget is presented in two parts. The Administrative Part, expressed in Swiss francs, is "
             "funded by the assessed contributions of Member States and covers the core structure of "
             "Headquarters and of a small number of field functions. The Operational Part, expressed in US "
             "dollars, is funded by voluntary contributions and covers the projects and services carried out "
             "at the request of governments, partner agencies and migrants themselves.", []),
    ("p", 3, "Three considerations guided the preparation of the estimates for 2001:", [
        ("(a)", "the wish, expressed by many Member States, to keep the Administrative Part as close as "
                "possible to zero nominal growth;"),
        ("(b)", "the need to give adequate core support to an operational programme that has more than "
                "doubled in volume since 1995, not least as a result of the emergency operations in Kosovo "
                "and East Timor; and"),
        ("(c)", "the urgency of completing the replacement of the Organization\u2019s financial and personnel "
                "information systems, which can no longer be maintained at a reasonable cost."),
    ]),
    ("p", 4, "Five States were admitted to membership during 2000. In keeping with established practice, "
             "their assessed contributions have been used to lower the contributions of the existing Member "
             "States rather than to increase the budget level. The scale of assessment for 2001 is presented "
             "separately in document MC/2023.", []),
    ("h1", "II.", "ADMINISTRATIVE PART OF THE BUDGET"),
    ("h2", "A.", "Budget level"),
    ("p", 5, "The Administrative Part of the Budget for 2001 amounts to CHF 34,410,000. This represents an "
             "increase of CHF 414,000, or 1.2 per cent, over the level approved for 2000, which results "
             "almost entirely from statutory salary adjustments and from the second phase of the information "
             "systems project. All other items have been held at or below their 2000 level wherever this was "
             "possible.", []),
    ("p", 6, "Staff costs account for CHF 27,481,000, or 79.9 per cent of the total. Their growth of "
             "CHF 239,000 reflects within-grade step increases and the post adjustment rates announced by "
             "the International Civil Service Commission for Geneva, partly offset by the abolition of "
             "five posts and the creation of three others described in paragraph 8. Table 1 compares "
             "the estimates for 2001 with the approved budget for 2000 by object of expenditure.", []),
    ("table", 1),
    ("p", 7, "Non-staff costs increase by CHF 175,000 to CHF 6,929,000. The additional provision for "
             "information technology is offset in part by lower telephone and courier tariffs negotiated "
             "during 2000 and by the greater use of electronic mail in correspondence with Field offices. "
             "The provision for meetings of the governing bodies has been reduced in the light of the "
             "shorter sessions held in 2000.", []),
    ("h2", "B.", "Staffing"),
    ("p", 8, "The Administrative Part will fund 259 posts in 2001, two fewer than in 2000.^3 The proposed "
             "changes, which are shown by grade in Table 2, are the following:", [
        ("(a)", "one D-1 post in the External Relations Department is converted to a P-5 post following "
                "the merger of two units;"),
        ("(b)", "one P-4 and one P-3 post are established in the Information Technology and "
                "Communications Division, and one P-2 post in the same Division is abolished; and"),
        ("(c)", "three General Service posts in the Accounts and Payroll units are abolished as a result "
                "of the automation of routine transactions."),
    ]),
    ("table", 2),
    ("p", 9, "The ungraded posts of Director General and Deputy Director General are not shown in Table 2; "
             "their costs are included under officials\u2019 salaries in Table 1. No post funded from the "
             "Administrative Part is to be moved from Headquarters to the field in 2001.", []),
    ("h2", "C.", "Assessed contributions"),
    ("p", 10, "The Administrative Part is financed by the assessed contributions of Member States in "
              "accordance with the scale of assessment. At 30 September 2000, contributions outstanding "
              "for 2000 and prior years amounted to CHF 4,870,000, of which CHF 3,215,000 was owed by "
              "eleven Member States in arrears for two or more full years. The Director General again "
              "urges the Member States concerned to settle their arrears or to agree on a payment plan, "
              "as called for in Resolution No. 949 (LXXII).", []),
    ("pagebreak",),
    ("h1", "III.", "OPERATIONAL PART OF THE BUDGET"),
    ("h2", "A.", "Service areas"),
    ("p", 11, "The Operational Part of the Budget for 2001 is estimated at USD 222,700,000, compared with "
              "USD 241,600,000 in the revised estimates for 2000 (MC/EX/629). As in previous years, the "
              "estimates include only those activities for which funding has been confirmed or can "
              "reasonably be expected. New activities will be added during the year and reported to the "
              "Executive Committee in the customary revisions of the budget.", []),
    ("p", 12, "The decrease of USD 18,900,000, or 7.8 per cent, is due mainly to the winding down of the "
              "large return and reintegration operations in Kosovo and East Timor. It is partly offset by "
              "growth in:", [
        ("(a)", "assisted voluntary return programmes for migrants and rejected asylum seekers in Western "
                "Europe;"),
        ("(b)", "counter-trafficking activities, in particular in the Balkans and in South-East Asia; and"),
        ("(c)", "capacity-building projects in migration management in Central Asia and Latin America."),
    ]),
    ("p", 13, "The estimates are broken down by service area in Table 3. The services are grouped as in "
              "2000, each service area being numbered with its group.", []),
    ("table", 3),
    ("p", 14, "General Programme Support covers costs that cannot be attributed to a single project, chiefly "
              "the support given to Field offices that are not covered by the Administrative Part. Staff "
              "and office costs linked to a specific project continue to be charged to that project.", []),
    ("h2", "B.", "Regional distribution"),
    ("p", 15, "Table 4 shows the same estimates by region.^4 Europe remains the largest region in volume, "
              "although its share falls from 46.6 per cent in 2000 to 41.8 per cent in 2001, while the "
              "shares of Africa and of Latin America and the Caribbean increase.", []),
    ("table", 4),
    ("p", 16, "The increase for Africa reflects the expansion of the Return of Qualified African Nationals "
              "programme and of post-conflict activities in the Great Lakes region. The decrease for Asia "
              "and Oceania follows the completion of the return of displaced persons to East Timor.", []),
    ("h1", "IV.", "FINANCING AND RECOMMENDATION"),
    ("p", 17, "Discretionary Income, which derives from the overhead charged on projects and from "
              "miscellaneous income, is estimated at USD 13,600,000 for 2001. It will continue to fund "
              "essential field structures and the activities that the Administrative Part cannot absorb.", []),
    ("p", 18, "The Sub-Committee on Budget and Finance examined a draft of this document at its meeting in "
              "October 2000 and recommended it for approval, as reflected in its report (MC/EX/633).", []),
    ("p", 19, "The Council is invited to:", [
        ("(a)", "approve the Administrative Part of the Budget for 2001 in the amount of CHF 34,410,000;"),
        ("(b)", "approve the Operational Part of the Budget for 2001 in the amount of USD 222,700,000; and"),
        ("(c)", "take note of the staffing proposals set out in Table 2."),
    ]),
]

# ----------------------------------------------------------------------------- drawing helpers


def split_tok(tok):
    """'word^1' -> ('word', '1')"""
    if "^" in tok:
        a, b = tok.split("^", 1)
        return a, b
    return tok, None


def tok_width(tok, font, size):
    base, mk = split_tok(tok)
    w = stringWidth(base, font, size)
    if mk:
        w += stringWidth(mk, font, size * 0.65) + 0.5
    return w


def wrap(text, width, font, size):
    words = text.split()
    sp = stringWidth(" ", font, size)
    lines, cur, cw = [], [], 0
    for w in words:
        ww = tok_width(w, font, size)
        if cur and cw + sp + ww > width:
            lines.append(cur)
            cur, cw = [w], ww
        else:
            cw = cw + sp + ww if cur else ww
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


class Doc:
    def __init__(self, heading_pages=None):
        self.c = canvas.Canvas(OUT, pagesize=A4)
        self.c.setTitle("Programme and Budget for 2001")
        self.c.setAuthor("IOM")
        self.page_label = None
        self.y = TOP
        self.fns = []           # footnotes of the current page
        self.fn_h = 0
        self.heading_pages = {}
        self.known_pages = heading_pages or {}
        self.body_page = 0

    # -- page management
    def new_body_page(self):
        self.body_page += 1
        self.page_label = str(self.body_page)
        self.header()
        self.y = TOP
        self.fns = []
        self.fn_h = 0

    def header(self):
        c = self.c
        c.setFont("Times-Roman", 11)
        c.drawRightString(RM, 800, SYMBOL)
        c.drawRightString(RM, 787, "Page " + self.page_label)

    def floor(self):
        """lowest y the body text may use on this page."""
        if not self.fns:
            return BOTTOM
        return BOTTOM + self.fn_h + 24

    def fn_height(self, mk):
        lines = wrap(FOOTNOTES[mk], RM - (LM + 8), "Times-Roman", FN_FS)
        return len(lines) * FN_LEAD

    def finish_page(self):
        c = self.c
        if self.fns:
            # draw footnotes bottom-up
            blocks = [(mk, wrap(FOOTNOTES[mk], RM - (LM + 8), "Times-Roman", FN_FS)) for mk in self.fns]
            total = sum(len(l) for _, l in blocks) * FN_LEAD
            y = BOTTOM + total - FN_LEAD
            c.setFont("Times-Roman", FN_FS)
            c.drawString(LM, y + FN_LEAD + 6, "_" * 26)
            assert y + FN_LEAD + 6 < self.y_low - 6, ("footnote overlap", self.page_label, y, self.y_low)
            for mk, lines in blocks:
                c.setFont("Times-Roman", FN_FS * 0.65)
                c.drawString(LM, y + 3.2, mk)
                for i, ln in enumerate(lines):
                    self.draw_line(ln, LM + 8, y, RM - (LM + 8), "Times-Roman", FN_FS,
                                   justify=(i < len(lines) - 1))
                    y -= FN_LEAD
        c.showPage()

    # -- text
    def draw_line(self, words, x, y, width, font, size, justify=False):
        c = self.c
        sp = stringWidth(" ", font, size)
        ws = [tok_width(w, font, size) for w in words]
        gap = sp
        if justify and len(words) > 1:
            gap = (width - sum(ws)) / (len(words) - 1)
            gap = min(gap, sp * 2.2)
        cx = x
        for w, wd in zip(words, ws):
            base, mk = split_tok(w)
            c.setFont(font, size)
            c.drawString(cx, y, base)
            if mk:
                bw = stringWidth(base, font, size)
                c.setFont(font, size * 0.65)
                c.drawString(cx + bw + 0.5, y + size * 0.38, mk)
                self.add_fn(mk)
            cx += wd + gap

    def add_fn(self, mk):
        if mk not in self.fns:
            self.fns.append(mk)
            self.fn_h += self.fn_height(mk)

    def need(self, h, markers=()):
        extra = sum(self.fn_height(m) for m in markers if m not in self.fns)
        fl = BOTTOM + self.fn_h + extra + (24 if (self.fns or extra) else 0)
        if self.y - h < fl:
            self.y_low = self.y
            self.finish_page()
            self.new_body_page()

    def para_lines(self, x, text, width, first_prefix=None):
        lines = wrap(text, width, "Times-Roman", FS)
        for i, ln in enumerate(lines):
            mks = [split_tok(w)[1] for w in ln if split_tok(w)[1]]
            self.need(LEAD, mks)
            if i == 0 and first_prefix:
                self.c.setFont("Times-Roman", FS)
                self.c.drawString(first_prefix[0], self.y, first_prefix[1])
            self.draw_line(ln, x, self.y, width, "Times-Roman", FS, justify=(i < len(lines) - 1))
            self.y -= LEAD

    def paragraph(self, num, text, items):
        self.need(LEAD * 2)
        self.para_lines(TX, text, RM - TX, first_prefix=(LM, "%d." % num))
        for lab, it in items:
            self.y -= 6
            self.para_lines(TX + 28, it, RM - TX - 28, first_prefix=(TX, lab))
        self.y -= 11

    def heading(self, level, num, text):
        key = (num, text)
        self.need(LEAD * 4)
        self.y -= 4
        self.heading_pages[key] = self.page_label
        c = self.c
        c.setFont("Times-Bold", FS)
        c.drawString(LM, self.y, num)
        c.drawString(TX, self.y, text)
        self.y -= LEAD + 11

    def running_title(self, text):
        c = self.c
        c.setFont("Times-Bold", 12)
        c.drawCentredString(W / 2, self.y, text)
        self.y -= LEAD + 16

    # -- tables
    def table_head(self, caption, unit, cols, xs, hsize=9.5):
        c = self.c
        self.y -= 6
        c.setFont("Times-Bold", 10)
        c.drawCentredString(W / 2, self.y, caption)
        self.y -= 13
        if unit:
            c.setFont("Times-Italic", 10)
            c.drawCentredString(W / 2, self.y, unit)
            self.y -= 13
        self.y -= 4
        c.setLineWidth(0.8)
        c.line(LM, self.y + 9, RM, self.y + 9)
        nl = max(len(col) for col in cols)
        c.setFont("Times-Bold", hsize)
        for col, xr in zip(cols, xs):
            off = nl - len(col)            # bottom-align heading lines
            for j, ln in enumerate(col):
                c.drawCentredString(xr - 34, self.y - 11.5 * (off + j), ln)
        self.y -= 11.5 * (nl - 1) + 6
        c.setLineWidth(0.5)
        c.line(LM, self.y, RM, self.y)
        self.y -= 13

    def fig_row(self, label_lines, figs, xs, bold, lab_x, num=None, size=10):
        """label_lines: list of lists of words; figures are drawn on the last line of the label."""
        c = self.c
        font = "Times-Bold" if bold else "Times-Roman"
        for i, ln in enumerate(label_lines):
            if i == 0 and num:
                c.setFont(font, size)
                c.drawString(LM, self.y, num)
            self.draw_line(ln, lab_x, self.y, 400, font, size)
            if i == len(label_lines) - 1 and figs is not None:
                c.setFont(font, size)
                for f, xr in zip(figs, xs):
                    c.drawRightString(xr, self.y, f)
            if i < len(label_lines) - 1:
                self.y -= 12
        self.y -= 13.5

    def rule_over(self, xs, w=62):
        c = self.c
        c.setLineWidth(0.5)
        for xr in xs:
            c.line(xr - w, self.y + 10.5, xr, self.y + 10.5)

    def table1(self):
        xs = [373, 448, RM]
        cols = [["2000", "Approved budget", "(MC/1979)"], ["2001", "Estimates"], ["Increase/", "(decrease)"]]
        self.table_head("Table 1: Administrative Part of the Budget by object of expenditure (in Swiss francs)",
                        None, cols, xs)
        for k, lab, a, b in T1ROWS:
            if k == "group":
                self.fig_row([lab.split()], None, xs, True, LM)
            elif k == "item":
                lines = wrap(lab, 285 - (LM + 12), "Times-Roman", 10)
                self.fig_row(lines, [fmt(a), fmt(b), fmt(b - a)], xs, False, LM + 12)
            elif k == "sub":
                self.rule_over(xs)
                self.fig_row([lab.split()], [fmt(a), fmt(b), fmt(b - a)], xs, True, LM)
                self.y -= 4
            else:
                self.rule_over(xs)
                self.fig_row([lab.split()], [fmt(a), fmt(b), fmt(b - a)], xs, True, LM)
                self.c.setLineWidth(0.8)
                self.c.line(LM, self.y + 9, RM, self.y + 9)
        self.y -= 10

    def table2(self):
        xs = [373, 448, RM]
        cols = [["2000", "Approved", "budget"], ["2001", "Estimates"], ["Increase/", "(decrease)"]]
        self.table_head("Table 2: Staffing of the Administrative Part by grade (number of posts)",
                        None, cols, xs)
        for k, lab, a, b in T2ROWS:
            bold = k != "item"
            if k in ("sub", "total"):
                self.rule_over(xs, 40)
            self.fig_row([lab.split()], [fmt(a), fmt(b), fmt(b - a)], xs, bold, LM + (12 if k == "item" else 0))
        self.c.setLineWidth(0.8)
        self.c.line(LM, self.y + 9, RM, self.y + 9)
        self.y -= 10

    def table3(self):
        xs = [383, 453, RM]
        cols = [["2000", "Revised", "estimates", "(MC/EX/629)"], ["2001", "Estimates"], ["Increase/", "(decrease)"]]
        cap = "Table 3 \u2013 Operational Part of the Budget by service area"
        self.need(170)
        self.table_head(cap, "(in US dollars)", cols, xs)
        lab_x = LM + 30
        for r in T3ROWS:
            rl = len(wrap(r[2], 300 - lab_x, "Times-Bold", 10))
            # keep a group row with its first service row; break the table when the page is full
            rh = 13.5 * (rl + (2 if r[0] == "g" else 0)) + 6
            if self.y - rh < self.floor():
                self.c.setLineWidth(0.5)
                self.c.line(LM, self.y + 8, RM, self.y + 8)
                self.y_low = self.y
                self.finish_page()
                self.new_body_page()
                self.table_head(cap + " (cont\u2019d)", "(in US dollars)", cols, xs)
            kind, num, lab, a, b = r
            bold = kind in ("g", "g1", "total")
            font = "Times-Bold" if bold else "Times-Roman"
            lines = wrap(lab, 300 - lab_x, font, 10)
            if kind == "total":
                self.rule_over(xs, 68)
                self.y -= 2
                self.fig_row(lines, [fmt(a), fmt(b), fmt(b - a)], xs, True, LM)
                self.c.setLineWidth(0.8)
                self.c.line(LM, self.y + 9, RM, self.y + 9)
            else:
                if kind in ("g", "g1") and num != "I.":
                    self.y -= 4
                self.fig_row(lines, [fmt(a), fmt(b), fmt(b - a)], xs, bold, lab_x, num=num)
        self.y -= 10

    def table4(self):
        xs = [383, 453, RM]
        cols = [["2000", "Revised", "estimates"], ["2001", "Estimates"], ["Percentage", "of 2001", "total"]]
        self.table_head("Table 4 \u2013 Operational Part of the Budget by region", "(in US dollars)", cols, xs)
        ta = sum(r[1] for r in T4)
        tb = sum(r[2] for r in T4)
        pcts = []
        for lab, a, b in T4:
            p = round(b * 1000 / tb) / 10
            pcts.append(p)
            self.fig_row([lab.split()], [fmt(a), fmt(b), "%.1f" % p], xs, False, LM)
        assert abs(sum(pcts) - 100) < 1e-6
        self.rule_over(xs, 68)
        self.y -= 2
        self.fig_row([["TOTAL"]], [fmt(ta), fmt(tb), "100.0"], xs, True, LM)
        self.c.setLineWidth(0.8)
        self.c.line(LM, self.y + 9, RM, self.y + 9)
        self.y -= 10

    # -- front pages
    def cover(self):
        c = self.c
        c.setFont("Times-Bold", 12)
        c.drawRightString(RM, 790, SYMBOL)
        c.setFont("Times-Roman", 11)
        c.drawRightString(RM, 770, "Original: English")
        c.drawRightString(RM, 756, "13 October 2000")
        c.setFont("Times-Bold", 12)
        c.drawCentredString(W / 2, 660, "EIGHTIETH SESSION")
        c.setFont("Times-Roman", 11)
        c.drawCentredString(W / 2, 640, "_" * 62)
        c.setFont("Times-Bold", 14)
        c.drawCentredString(W / 2, 470, "PROGRAMME AND BUDGET FOR 2001")
        c.setFont("Helvetica-Bold", 12)
        c.drawString(LM + 10, 80, "COUNCIL")
        c.drawCentredString(W / 2, 80, "CONSEIL")
        c.drawRightString(RM - 10, 80, "CONSEJO")
        c.showPage()

    def contents(self, entries):
        c = self.c
        self.page_label = "i"
        self.header()
        c.setFont("Times-Bold", 12)
        c.drawCentredString(W / 2, 740, "TABLE OF CONTENTS")
        c.setFont("Times-Bold", 11)
        c.drawRightString(RM, 710, "Page")
        y = 686
        for level, num, text, page in entries:
            font = "Times-Roman"
            x = LM if level == 1 else TX
            tx = x + 36
            c.setFont(font, FS)
            c.drawString(x, y, num)
            c.drawString(tx, y, text)
            endx = tx + stringWidth(text, font, FS) + 4
            pw = stringWidth(page, font, FS)
            dots = ""
            dw = stringWidth(". ", font, FS)
            n = int((RM - pw - 6 - endx) / dw)
            dots = ". " * n
            c.drawString(RM - pw - 6 - n * dw, y, dots)
            c.drawRightString(RM, y, page)
            y -= 22 if level == 1 else 18
            if level == 2 and False:
                pass
        c.showPage()


def build(known):
    d = Doc(known)
    d.cover()
    toc = []
    for e in BODY:
        if e[0] == "h1":
            toc.append((1, e[1], e[2], known.get((e[1], e[2]), "0")))
        elif e[0] == "h2":
            toc.append((2, e[1], e[2], known.get((e[1], e[2]), "0")))
    d.contents(toc)
    d.new_body_page()
    for e in BODY:
        t = e[0]
        if t == "title":
            d.running_title(e[1])
        elif t == "h1":
            d.heading(1, e[1], e[2])
        elif t == "h2":
            d.heading(2, e[1], e[2])
        elif t == "p":
            d.paragraph(e[1], e[2], e[3])
        elif t == "table":
            n = e[1]
            if n == 1:
                d.need(300)
                d.table1()
            elif n == 2:
                d.need(200)
                d.table2()
            elif n == 3:
                d.table3()
            elif n == 4:
                d.need(190)
                d.table4()
        elif t == "pagebreak":
            d.y_low = d.y
            d.finish_page()
            d.new_body_page()
    d.y_low = d.y
    d.finish_page()
    return d


if __name__ == "__main__":
    d1 = build({})
    d2 = build(d1.heading_pages)
    assert d2.heading_pages == d1.heading_pages
    d2.c.save()
    print("body pages:", d2.body_page)
    for k, v in d2.heading_pages.items():
        print(v, k)
