#!/usr/bin/env python3
"""Draw programme-budget-2017c.pdf: an extract (first parts) of an IOM Programme and Budget for 2017,
C-era Council document, laid out with fpdf2."""
import os
import re

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "programme-budget-2017c.pdf")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"

SYMBOL = "C/107/6"
PAGE_W, PAGE_H = 210, 297
LM, RM = 25, 20
TW = PAGE_W - LM - RM              # text width
BODY_TOP = 30
BODY_BOTTOM = 276
BODY_PT = 10
LH = 4.9                           # body line height
FN_PT = 8.5
FN_LH = 4.0
PARA_GAP = 2.9
INDENT = 10                        # first-line indent after the paragraph number


def fmt(n):
    if n == 0:
        return "-"
    if n < 0:
        return "({:,})".format(-n)
    return "{:,}".format(n)


def pct(a, b):
    if b == a:
        return "-"
    v = (b - a) / a * 100
    s = "{:.1f}".format(abs(v))
    return "({})".format(s) if v < 0 else s


# ---------------------------------------------------------------- figures
T1_STAFF = [
    ("Salaries and allowances of officials", 28640000, 29118000),
    ("Salaries and allowances of employees", 7905000, 8034000),
    ("Consultants", 214000, 214000),
    ("After-service health insurance and other common staff costs", 2376000, 2510000),
]
T1_NONSTAFF = [
    ("Travel and representation", 612000, 590000),
    ("Communications", 598000, 571000),
    ("Equipment and supplies", 403000, 403000),
    ("Contractual services, including external audit and information technology licences",
     1362000, 1441000),
    ("Premises maintenance and utilities", 1026000, 1057000),
    ("Governing bodies documentation and meetings", 1130000, 1162000),
]
STAFF16 = sum(r[1] for r in T1_STAFF)
STAFF17 = sum(r[2] for r in T1_STAFF)
NON16 = sum(r[1] for r in T1_NONSTAFF)
NON17 = sum(r[2] for r in T1_NONSTAFF)
ADM16 = STAFF16 + NON16
ADM17 = STAFF17 + NON17

T2_OFFICIALS = [
    ("Director General and Deputy Director General (ungraded)", 2, 2),
    ("D-2", 5, 5),
    ("D-1", 14, 14),
    ("P-5", 28, 28),
    ("P-4", 41, 42),
    ("P-3", 35, 36),
    ("P-2", 12, 11),
]
T2_EMPLOYEES = [
    ("General Service, G-5 to G-7", 41, 41),
    ("General Service, G-1 to G-4", 57, 57),
]

T3_UNITS = [
    ("Office of the Director General", 6842000, 7310000),
    ("Department of Operations and Emergencies", 4915000, 4968000),
    ("Department of Migration Management", 4620000, 4655000),
    ("Department of International Cooperation and Partnerships", 5388000, 5402000),
    ("Department of Resources Management", 9874000, 9812000),
]
_rest16 = ADM16 - sum(r[1] for r in T3_UNITS)
_rest17 = ADM17 - sum(r[2] for r in T3_UNITS)
T3_UNITS.append(("Regional offices and the Manila and Panama Administrative Centres", _rest16, _rest17))

T4_AREAS = [
    ("I. Movement, Emergency and Post-crisis Migration Management", 148215400, 412608900),
    ("II. Migration Health", 38402100, 61233700),
    ("III. Migration and Development", 9871300, 14540200),
    ("IV. Regulating Migration", 27564800, 48920600),
    ("V. Facilitating Migration", 21306500, 19814300),
    ("VI. Migration Policy and Research", 2184600, 1095400),
    ("VII. Land, Property and Reparation Programmes", 3617200, 2410500),
    ("VIII. General Programme Support", 6943000, 0),
]
OP_STAFF = sum(r[1] for r in T4_AREAS)
OP_PROG = sum(r[2] for r in T4_AREAS)
OP_TOTAL = OP_STAFF + OP_PROG

# ---------------------------------------------------------------- text
FOOTNOTES = {
    "1": "States admitted to membership in the course of 2016 are assessed from the year of their "
         "admission, as reflected in the scale of assessment for 2017 contained in document C/107/8.",
    "2": "The Agreement was approved by the Council through Resolution No. 1317 of 30 June 2016 and "
         "was signed in New York on 19 September 2016.",
    "3": "Post adjustment classifications are reviewed periodically by the International Civil Service "
         "Commission for each duty station; the estimates use the classifications in force on "
         "1 August 2016.",
    "4": "Mainly the resettlement of refugees to Canada, the United States of America and Member States "
         "of the European Union, and the related pre-departure health assessments.",
}

FLOW = [
    ("heading", "INTRODUCTION", "intro"),
    ("para", "1",
     "The Programme and Budget for 2017 sets out the resources that the Director General proposes to "
     "place at the disposal of the Organization in the coming year, together with the activities those "
     "resources are expected to support. In keeping with established practice, the document is divided "
     "into the Administrative Part of the Budget, expressed in Swiss francs and financed through the "
     "assessed contributions of Member States, and the Operational Part of the Budget, expressed in "
     "United States dollars and financed mainly by voluntary contributions earmarked for specific "
     "projects."),
    ("para", "2",
     "The Administrative Part of the Budget for 2017 totals CHF {adm17}, compared with CHF {adm16} "
     "approved for 2016 in document C/106/7 and endorsed through Resolution No. 1310 of 26 November "
     "2015. The difference of CHF {admdiff} corresponds to the assessed contributions of the States "
     "admitted to membership during 2016,{{^1}} which the Council agreed should be added to the "
     "budget rather than used to lower the shares of existing Member States."),
    ("para", "3",
     "The Operational Part of the Budget is estimated at USD {opmio} million, on the basis of the "
     "funding that was confirmed or could reasonably be foreseen when the present document was "
     "prepared. As in previous years, that level will rise considerably during the year as new "
     "projects are negotiated with donors, and the changes will be reported in the revisions of the "
     "Programme and Budget to be submitted to the Standing Committee on Programmes and Finance in 2017."),
    ("para", "4",
     "In preparing these proposals, the Administration has been guided by three considerations:"),
    ("item", "(a)",
     "the need to hold the Administrative Part of the Budget at zero nominal growth, apart from the "
     "contributions of new Member States;"),
    ("item", "(b)",
     "the continuing demands placed on the core structure of the Organization by the large-scale "
     "emergencies in the Middle East, the Mediterranean and the Lake Chad Basin; and"),
    ("item", "(c)",
     "the commitments arising from the entry of IOM into the United Nations system as a related "
     "organization, following the signature of the Agreement concerning the Relationship between the "
     "United Nations and the International Organization for Migration.{{^2}}"),
    ("para", "5",
     "The growth of the Organization over the past decade has not been matched by a corresponding "
     "increase in its core funding. Staff financed from the Administrative Part of the Budget now "
     "represent less than 3 per cent of the total workforce, while the volume of operations has more "
     "than doubled since 2010. The Administration therefore continues to rely on the operational "
     "support income derived from project overheads to finance a large share of the core structure, as "
     "explained in Part III of this document."),
    ("para", "6",
     "The Director General wishes to thank the Member States that took part in the informal "
     "consultations held in Geneva in September 2016, and the members of the Working Group on Budget "
     "Reform, whose report to the Standing Committee (S/19/8) contains further suggestions on how core "
     "funding could be placed on a more sustainable footing."),
    ("heading", "PART I – ADMINISTRATIVE PART OF THE BUDGET", "part"),
    ("heading", "Administrative budget by object of expenditure", "sub"),
    ("para", "7",
     "Table 1 presents the Administrative Part of the Budget by object of expenditure. Staff costs "
     "account for {staffpct} per cent of the total and cover the salaries, allowances and common staff "
     "costs of officials and employees at Headquarters, in the Manila and Panama Administrative Centres "
     "and in the regional offices."),
    ("para", "8",
     "The increase under staff costs stems mainly from statutory within-grade increments and from the "
     "revised post adjustment classifications promulgated for several duty stations.{{^3}} It is partly "
     "offset by reductions under travel and communications, which reflect the wider use of "
     "videoconferencing and of the new telephony contract negotiated in 2016."),
    ("table", "t1"),
    ("para", "9",
     "Provision for consultants and for equipment and supplies is maintained at the 2016 level. The "
     "increase under contractual services relates to the external audit fee and to the licences required "
     "for the new enterprise resource planning system, which will be rolled out to the regional offices "
     "during 2017."),
    ("heading", "Staffing", "sub"),
    ("para", "10",
     "The posts funded from the Administrative Part of the Budget are shown by grade in Table 2. Two "
     "new Professional posts are proposed, one in the Office of Legal Affairs to support the "
     "implementation of the Agreement with the United Nations and one in the Office of the Inspector "
     "General, while one P-2 post in the Department of Resources Management will be abolished."),
    ("table", "t2"),
    ("heading", "Budget by organizational unit", "sub"),
    ("para", "11",
     "Table 3 shows how the Administrative Part of the Budget is distributed among the main "
     "organizational units. The structure approved for 2016 is unchanged; the increase for the Office "
     "of the Director General reflects the two new posts mentioned above."),
    ("table", "t3"),
    ("para", "12",
     "Common costs, such as the maintenance of the Headquarters premises, governing bodies "
     "documentation and the information technology infrastructure, are distributed among the units in "
     "proportion to their staffing."),
    ("heading", "PART II – OPERATIONAL PART OF THE BUDGET", "part"),
    ("heading", "Summary by service area", "sub"),
    ("para", "13",
     "The Operational Part of the Budget covers the services that IOM provides at the request of Member "
     "States and other partners. It is funded by contributions for specific projects, nearly all of them "
     "earmarked, and by the operational support income levied on those projects. Table 4 summarizes the "
     "estimates by service area."),
    ("para", "14",
     "Staff and office costs are those of the personnel and field offices directly attributable to "
     "projects. Programme costs comprise transportation, medical examinations, direct assistance to "
     "migrants and disbursements to implementing partners."),
    ("table", "t4"),
    ("para", "15",
     "Movement, emergency and post-crisis migration management remains by far the largest service "
     "area, accounting for {mempct} per cent of the total, owing chiefly to the scale of resettlement "
     "operations.{{^4}} Migration health is the second largest area, followed by regulating migration."),
    ("para", "16",
     "General programme support covers the staff and offices financed from operational support income "
     "that cannot be attributed to a single project; no programme costs are therefore shown under that "
     "heading. The detailed estimates for each service area are presented in the sections that follow."),
]

VALUES = {
    "adm17": "{:,}".format(ADM17),
    "adm16": "{:,}".format(ADM16),
    "admdiff": "{:,}".format(ADM17 - ADM16),
    "opmio": "{:.1f}".format(OP_TOTAL / 1e6),
    "staffpct": "{:.1f}".format(STAFF17 / ADM17 * 100),
    "mempct": "{:.1f}".format((T4_AREAS[0][1] + T4_AREAS[0][2]) / OP_TOTAL * 100),
}


# ---------------------------------------------------------------- document class
class Doc(FPDF):
    def __init__(self):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.add_font("dv", "", os.path.join(FONT_DIR, "DejaVuSansCondensed.ttf"))
        self.add_font("dv", "B", os.path.join(FONT_DIR, "DejaVuSansCondensed-Bold.ttf"))
        self.set_auto_page_break(False)
        self.set_margins(LM, 15, RM)
        self.page_labels = {}      # pdf page number -> printed label
        self.fn_pending = []       # footnote markers on the current page
        self.y_cur = BODY_TOP
        self.heading_pages = {}

    # running header on every page after the first
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("dv", "", 10)
        label = self.page_labels.get(self.page_no(), str(self.page_no()))
        x_r = PAGE_W - RM
        self.text(x_r - self.get_string_width(SYMBOL), 14, SYMBOL)
        lab = "Page " + label
        self.text(x_r - self.get_string_width(lab), 19, lab)

    # --------------------------------------------------------- rich words
    @staticmethod
    def tokens(text):
        """Split text into words; each word is (plain_text, marker_or_None)."""
        out = []
        for w in text.split():
            m = re.match(r"^(.*?)\{\^([0-9*]+)\}(.*)$", w)
            if m:
                out.append((m.group(1), m.group(2), m.group(3)))
            else:
                out.append((w, None, ""))
        return out

    def word_w(self, tok, pt, style=""):
        base, mark, tail = tok
        self.set_font("dv", style, pt)
        w = self.get_string_width(base + tail)
        if mark:
            self.set_font("dv", style, pt * 0.62)
            w += self.get_string_width(mark) + 0.2
        return w

    def wrap(self, toks, widths, pt, style=""):
        """widths: list of available widths per line (last one repeats)."""
        self.set_font("dv", style, pt)
        sp = self.get_string_width(" ")
        lines, cur, cur_w = [], [], 0.0
        for t in toks:
            avail = widths[min(len(lines), len(widths) - 1)]
            w = self.word_w(t, pt, style)
            add = w if not cur else sp + w
            if cur and cur_w + add > avail:
                lines.append(cur)
                cur, cur_w = [t], w
            else:
                cur.append(t)
                cur_w += add
        if cur:
            lines.append(cur)
        return lines

    def draw_line(self, x, y, line, width, pt, justify, style=""):
        self.set_font("dv", style, pt)
        sp = self.get_string_width(" ")
        ws = [self.word_w(t, pt, style) for t in line]
        gap = sp
        if justify and len(line) > 1:
            gap = (width - sum(ws)) / (len(line) - 1)
        cx = x
        for t, w in zip(line, ws):
            base, mark, tail = t
            self.set_font("dv", style, pt)
            self.text(cx, y, base)
            bx = cx + self.get_string_width(base)
            if mark:
                self.set_font("dv", style, pt * 0.62)
                self.text(bx + 0.1, y - pt * 0.14, mark)
                bx += self.get_string_width(mark) + 0.2
                self.set_font("dv", style, pt)
            if tail:
                self.text(bx, y, tail)
            cx += w + gap

    # --------------------------------------------------------- footnotes
    def fn_height(self, markers):
        if not markers:
            return 0
        h = 6
        for m in markers:
            toks = self.tokens(FOOTNOTES[m])
            h += len(self.wrap(toks, [TW - 6], FN_PT)) * FN_LH + 0.8
        return h

    def flush_footnotes(self):
        if not self.fn_pending:
            return
        h = self.fn_height(self.fn_pending)
        y = BODY_BOTTOM + 8 - h
        self.set_line_width(0.2)
        self.line(LM, y, LM + 45, y)
        y += 5
        for m in self.fn_pending:
            toks = self.tokens(FOOTNOTES[m])
            lines = self.wrap(toks, [TW - 6], FN_PT)
            self.set_font("dv", "", FN_PT * 0.7)
            self.text(LM, y - 1.3, m)
            for i, ln in enumerate(lines):
                self.draw_line(LM + 6, y, ln, TW - 6, FN_PT, i < len(lines) - 1)
                y += FN_LH
            y += 0.8
        self.fn_pending = []

    # --------------------------------------------------------- flow
    def new_body_page(self, label):
        self.flush_footnotes()
        self.page_labels[self.page_no() + 1] = label
        self.add_page()
        self.y_cur = BODY_TOP

    def room(self):
        return BODY_BOTTOM - self.fn_height(self.fn_pending) - self.y_cur

    def place_lines(self, lines, x_first, x_rest, w_first, w_rest, label=None, label_x=None,
                    pt=BODY_PT, style=""):
        for i, ln in enumerate(lines):
            markers = [t[1] for t in ln if t[1]]
            need = LH + (self.fn_height(self.fn_pending + markers) - self.fn_height(self.fn_pending))
            if self.room() < need:
                self.next_page()
            y = self.y_cur + 3.8
            if i == 0 and label:
                self.set_font("dv", style, pt)
                self.text(label_x, y, label)
            x = x_first if i == 0 else x_rest
            w = w_first if i == 0 else w_rest
            self.draw_line(x, y, ln, w, pt, i < len(lines) - 1, style)
            self.fn_pending.extend(markers)
            self.y_cur += LH

    def next_page(self):
        self.body_page_index += 1
        self.new_body_page(str(self.body_page_index))

    def run_flow(self):
        for el in FLOW:
            kind = el[0]
            if kind == "heading":
                text, level = el[1], el[2]
                need = 30 if level != "sub" else 24
                if self.room() < need:
                    self.next_page()
                if level == "part":
                    self.y_cur += 3
                    self.set_font("dv", "B", 11)
                    self.text(LM, self.y_cur + 4, text)
                    self.y_cur += 10
                elif level == "intro":
                    self.set_font("dv", "B", 11)
                    self.text(LM, self.y_cur + 4, text)
                    self.y_cur += 10
                else:
                    self.set_font("dv", "B", BODY_PT)
                    self.text(LM, self.y_cur + 4, text)
                    self.y_cur += 8
                self.heading_pages[text] = self.page_labels[self.page_no()]
            elif kind == "para":
                num, text = el[1], el[2].format(**VALUES)
                toks = self.tokens(text)
                lines = self.wrap(toks, [TW - INDENT, TW], BODY_PT)
                if self.room() < 2 * LH:
                    self.next_page()
                self.place_lines(lines, LM + INDENT, LM, TW - INDENT, TW, label=num + ".", label_x=LM)
                self.y_cur += PARA_GAP
            elif kind == "item":
                lab, text = el[1], el[2].format(**VALUES)
                toks = self.tokens(text)
                xi = LM + INDENT + 9
                lines = self.wrap(toks, [PAGE_W - RM - xi], BODY_PT)
                self.place_lines(lines, xi, xi, PAGE_W - RM - xi, PAGE_W - RM - xi, label=lab,
                                 label_x=LM + INDENT)
                self.y_cur += PARA_GAP
            elif kind == "table":
                spec = TABLES[el[1]]()
                h = table_height(self, spec)
                if self.room() < h + 4:
                    self.next_page()
                draw_table(self, spec, self.y_cur)
                self.y_cur += h + 5
        self.flush_footnotes()


# ---------------------------------------------------------------- tables
TPT = 9          # table font size
TLH = 4.0        # table line height
TPAD = 1.4


def spec_t1():
    rows = [("group", "Staff costs", [])]
    for lab, a, b in T1_STAFF:
        rows.append(("row", lab, [fmt(a), fmt(b), fmt(b - a), pct(a, b)]))
    rows.append(("sub", "Subtotal, staff costs",
                 [fmt(STAFF16), fmt(STAFF17), fmt(STAFF17 - STAFF16), pct(STAFF16, STAFF17)]))
    rows.append(("group", "Non-staff costs", []))
    for lab, a, b in T1_NONSTAFF:
        rows.append(("row", lab, [fmt(a), fmt(b), fmt(b - a), pct(a, b)]))
    rows.append(("sub", "Subtotal, non-staff costs",
                 [fmt(NON16), fmt(NON17), fmt(NON17 - NON16), pct(NON16, NON17)]))
    rows.append(("total", "Total",
                 [fmt(ADM16), fmt(ADM17), fmt(ADM17 - ADM16), pct(ADM16, ADM17)]))
    return {
        "caption": "Table 1. Administrative budget by object of expenditure (in Swiss francs)",
        "cols": [66, 25, 25, 23, 17],
        "head": [  # (col0, col1, row0, row1, text)
            (0, 0, 0, 1, "Object of expenditure"),
            (1, 1, 0, 1, "2016\napproved\nbudget"),
            (2, 2, 0, 1, "2017\nproposed\nbudget"),
            (3, 4, 0, 0, "Change"),
            (3, 3, 1, 1, "Amount"),
            (4, 4, 1, 1, "%"),
        ],
        "head_rows": [6.0, 9.0],
        "rows": rows,
    }


def spec_t2():
    rows = []
    o16 = sum(r[1] for r in T2_OFFICIALS)
    o17 = sum(r[2] for r in T2_OFFICIALS)
    e16 = sum(r[1] for r in T2_EMPLOYEES)
    e17 = sum(r[2] for r in T2_EMPLOYEES)
    rows.append(("group", "Officials", []))
    for lab, a, b in T2_OFFICIALS:
        rows.append(("row", lab, [str(a), str(b), fmt(b - a)]))
    rows.append(("sub", "Total officials", [str(o16), str(o17), fmt(o17 - o16)]))
    rows.append(("group", "Employees", []))
    for lab, a, b in T2_EMPLOYEES:
        rows.append(("row", lab, [str(a), str(b), fmt(b - a)]))
    rows.append(("sub", "Total employees", [str(e16), str(e17), fmt(e17 - e16)]))
    rows.append(("total", "Grand total", [str(o16 + e16), str(o17 + e17), fmt(o17 + e17 - o16 - e16)]))
    return {
        "caption": "Table 2. Posts funded from the Administrative Part of the Budget, by grade",
        "cols": [76, 26, 26, 24],
        "head": [
            (0, 0, 0, 0, "Category and grade"),
            (1, 1, 0, 0, "2016\napproved"),
            (2, 2, 0, 0, "2017\nproposed"),
            (3, 3, 0, 0, "Change"),
        ],
        "head_rows": [10.0],
        "rows": rows,
    }


def spec_t3():
    rows = []
    for lab, a, b in T3_UNITS:
        rows.append(("row", lab, [fmt(a), fmt(b), fmt(b - a)]))
    rows.append(("total", "Total", [fmt(ADM16), fmt(ADM17), fmt(ADM17 - ADM16)]))
    return {
        "caption": "Table 3. Administrative budget by organizational unit (in Swiss francs)",
        "cols": [76, 27, 27, 24],
        "head": [
            (0, 0, 0, 0, "Organizational unit"),
            (1, 1, 0, 0, "2016\napproved"),
            (2, 2, 0, 0, "2017\nproposed"),
            (3, 3, 0, 0, "Change"),
        ],
        "head_rows": [10.0],
        "rows": rows,
    }


def spec_t4():
    rows = []
    for lab, a, b in T4_AREAS:
        rows.append(("row", lab, [fmt(a), fmt(b), fmt(a + b)]))
    rows.append(("total", "Total", [fmt(OP_STAFF), fmt(OP_PROG), fmt(OP_TOTAL)]))
    return {
        "caption": "Table 4. Operational Part of the Budget by service area (in US dollars)",
        "cols": [74, 28, 28, 28],
        "head": [
            (0, 0, 0, 0, "Service area"),
            (1, 1, 0, 0, "Staff and\noffice costs"),
            (2, 2, 0, 0, "Programme\ncosts"),
            (3, 3, 0, 0, "Total"),
        ],
        "head_rows": [10.0],
        "rows": rows,
    }


TABLES = {"t1": spec_t1, "t2": spec_t2, "t3": spec_t3, "t4": spec_t4}


def label_lines(pdf, kind, text, width):
    style = "B" if kind in ("group", "sub", "total") else ""
    indent = 3 if kind == "row" else 0
    toks = pdf.tokens(text)
    return pdf.wrap(toks, [width - 2 * TPAD - indent], TPT, style), style, indent


def row_height(pdf, spec, row):
    kind, lab, _ = row
    lines, _, _ = label_lines(pdf, kind, lab, spec["cols"][0])
    return len(lines) * TLH + 1.6


def table_height(pdf, spec):
    h = 8  # caption
    h += sum(spec["head_rows"])
    for r in spec["rows"]:
        h += row_height(pdf, spec, r)
    return h


def draw_table(pdf, spec, y0):
    cols = spec["cols"]
    tw = sum(cols)
    x0 = LM + (TW - tw) / 2
    xs = [x0]
    for c in cols:
        xs.append(xs[-1] + c)
    # caption (one line, centred)
    pdf.set_font("dv", "B", 9.5)
    cap = spec["caption"]
    pdf.text(LM + (TW - pdf.get_string_width(cap)) / 2, y0 + 4, cap)
    y = y0 + 8
    pdf.set_line_width(0.25)
    # header
    hys = [y]
    for hr in spec["head_rows"]:
        hys.append(hys[-1] + hr)
    pdf.set_fill_color(225, 225, 225)
    pdf.rect(xs[0], hys[0], tw, hys[-1] - hys[0], style="F")
    for c0, c1, r0, r1, text in spec["head"]:
        cx0, cx1 = xs[c0], xs[c1 + 1]
        cy0, cy1 = hys[r0], hys[r1 + 1]
        pdf.rect(cx0, cy0, cx1 - cx0, cy1 - cy0)
        lines = text.split("\n")
        pdf.set_font("dv", "B", TPT)
        th = len(lines) * 3.8
        ty = cy0 + (cy1 - cy0 - th) / 2 + 3.0
        for ln in lines:
            w = pdf.get_string_width(ln)
            pdf.text(cx0 + (cx1 - cx0 - w) / 2, ty, ln)
            ty += 3.8
    y = hys[-1]
    # body rows
    for row in spec["rows"]:
        kind, lab, vals = row
        lines, style, indent = label_lines(pdf, kind, lab, cols[0])
        rh = len(lines) * TLH + 1.6
        if kind == "total":
            pdf.set_fill_color(235, 235, 235)
            pdf.rect(xs[0], y, tw, rh, style="F")
        for i in range(len(cols)):
            pdf.rect(xs[i], y, cols[i], rh)
        if kind == "total":
            pdf.set_line_width(0.5)
            pdf.line(xs[0], y, xs[-1], y)
            pdf.set_line_width(0.25)
        ty = y + 0.8 + 3.2
        for ln in lines:
            pdf.draw_line(xs[0] + TPAD + indent, ty, ln, cols[0], TPT, False, style)
            ty += TLH
        last_base = y + 0.8 + 3.2 + (len(lines) - 1) * TLH
        pdf.set_font("dv", style, TPT)
        for i, v in enumerate(vals):
            w = pdf.get_string_width(v)
            pdf.text(xs[i + 2] - TPAD - w, last_base, v)
        y += rh
    return y


# ---------------------------------------------------------------- pages
def draw_cover(pdf):
    pdf.page_labels[1] = ""
    pdf.add_page()
    x_r = PAGE_W - RM
    pdf.set_font("dv", "B", 11)
    pdf.text(x_r - pdf.get_string_width(SYMBOL), 22, SYMBOL)
    pdf.set_font("dv", "", 10)
    for i, s in enumerate(["Original: English", "14 November 2016"]):
        pdf.text(x_r - pdf.get_string_width(s), 28 + i * 5, s)
    pdf.set_font("dv", "B", 12)
    for i, s in enumerate(["COUNCIL"]):
        pdf.text((PAGE_W - pdf.get_string_width(s)) / 2, 78, s)
    pdf.set_font("dv", "", 11)
    s = "107th Session"
    pdf.text((PAGE_W - pdf.get_string_width(s)) / 2, 85, s)
    pdf.set_font("dv", "B", 14)
    title = "PROGRAMME AND BUDGET FOR 2017"
    tw = pdf.get_string_width(title)
    tx = (PAGE_W - tw) / 2
    pdf.text(tx, 130, title)
    pdf.set_font("dv", "B", 9)
    pdf.text(tx + tw + 0.3, 128.6, "*")
    # cover note under a rule
    pdf.set_line_width(0.3)
    pdf.line(LM, 250, LM + 60, 250)
    note = ("This document incorporates the recommendations made by the Standing Committee on Programmes "
            "and Finance at its Nineteenth Session, held on 1 and 2 November 2016, on the draft "
            "presented to it as document S/19/4.")
    toks = pdf.tokens(note)
    lines = pdf.wrap(toks, [TW - 6], 9)
    y = 256
    pdf.set_font("dv", "", 9)
    pdf.text(LM, y, "*")
    for i, ln in enumerate(lines):
        pdf.draw_line(LM + 6, y, ln, TW - 6, 9, i < len(lines) - 1)
        y += 4.3


CONTENTS = [
    # (level, title, page or key into heading_pages)
    (0, "INTRODUCTION", "@INTRODUCTION"),
    (0, "PART I – ADMINISTRATIVE PART OF THE BUDGET", "@PART I – ADMINISTRATIVE PART OF THE BUDGET"),
    (1, "Administrative budget by object of expenditure", "@Administrative budget by object of expenditure"),
    (1, "Staffing", "@Staffing"),
    (1, "Budget by organizational unit", "@Budget by organizational unit"),
    (0, "PART II – OPERATIONAL PART OF THE BUDGET", "@PART II – OPERATIONAL PART OF THE BUDGET"),
    (1, "Summary by service area", "@Summary by service area"),
    (1, "I. Movement, Emergency and Post-crisis Migration Management", "6"),
    (1, "II. Migration Health", "19"),
    (1, "III. Migration and Development", "27"),
    (1, "IV. Regulating Migration", "35"),
    (1, "V. Facilitating Migration", "44"),
    (1, "VI. Migration Policy and Research", "50"),
    (1, "VII. Land, Property and Reparation Programmes", "53"),
    (1, "VIII. General Programme Support", "55"),
    (0, "PART III – OPERATIONAL SUPPORT INCOME", "59"),
    (0, "ANNEX I – STAFFING TABLE BY LOCATION", "63"),
    (0, "ANNEX II – BUDGET SUMMARY BY REGION", "68"),
]


def draw_contents(pdf, heading_pages):
    pdf.page_labels[2] = "i"
    pdf.add_page()
    pdf.set_font("dv", "B", 11)
    s = "TABLE OF CONTENTS"
    pdf.text((PAGE_W - pdf.get_string_width(s)) / 2, 36, s)
    pdf.set_font("dv", "B", 9.5)
    pdf.text(PAGE_W - RM - pdf.get_string_width("Page"), 46, "Page")
    y = 54
    for level, title, page in CONTENTS:
        if page.startswith("@"):
            page = heading_pages[page[1:]]
        style = "B" if level == 0 else ""
        if level == 0 and y > 54:
            y += 2.5
        x = LM + (8 if level else 0)
        pdf.set_font("dv", style, 10)
        pdf.text(x, y, title)
        tw_ = pdf.get_string_width(title)
        pdf.set_font("dv", "", 10)
        pw = pdf.get_string_width(page)
        dot = pdf.get_string_width(".")
        start = x + tw_ + 1.5
        end = PAGE_W - RM - pw - 1.5
        n = int((end - start) / dot)
        if n > 0:
            dots = "." * n
            pdf.text(end - pdf.get_string_width(dots), y, dots)
        pdf.text(PAGE_W - RM - pw, y, page)
        y += 6.2


def build():
    pdf = Doc()
    draw_cover(pdf)
    # contents page placeholder: we lay out the body first on a scratch document to learn the pages
    scratch = Doc()
    scratch.page_labels[1] = "1"
    scratch.add_page()
    scratch.body_page_index = 1
    scratch.run_flow()
    pages = scratch.heading_pages

    draw_contents(pdf, pages)
    pdf.body_page_index = 1
    pdf.page_labels[3] = "1"
    pdf.add_page()
    pdf.y_cur = BODY_TOP
    pdf.run_flow()
    pdf.output(OUT)
    print("pages:", pdf.page_no(), "headings:", pdf.heading_pages)


if __name__ == "__main__":
    build()
