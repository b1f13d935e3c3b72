"""Draws programme-budget-2014b.pdf: IOM Programme and Budget for 2015 (MC/2419), fpdf2."""
import os
import re
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "programme-budget-2014b.pdf")
FONTDIR = "/usr/share/fonts/truetype/dejavu/"

SYMBOL = "MC/2419"
PAGE_W, PAGE_H = 210, 297
LM, RM = 25, 25
X_RIGHT = PAGE_W - RM
TW = PAGE_W - LM - RM
BODY_TOP = 32
BODY_BOTTOM = 278
FS = 9.5         # body font size
LH = 4.6         # body line height
FN_FS = 8
FN_LH = 3.8
TAB = 12         # first-line indent after the paragraph number

# ---------------------------------------------------------------- content
COVER_NOTE = ("This document is submitted to the Standing Committee on Programmes and "
              "Finance at its Fifteenth Session in October 2014 and to the Council at its "
              "105th Session in November 2014.")

FOOTNOTES = {
    "1": "The Council approved the Programme and Budget for 2014 through Resolution No. 1264 "
         "of 26 November 2013.",
    "2": "This is the average United Nations operational rate of exchange for January to "
         "August 2014. The rate prevailing at the time will be applied when the budget is revised.",
    "3": "Discretionary income consists of project-related overhead and miscellaneous income; "
         "the latter comprises unearmarked voluntary contributions and interest earned.",
}

T1 = dict(
    key="t1", caption="Table 1: Combined budget for 2015", unit="(in US dollars)",
    head=["", "2014\nrevised", "2015\nestimates", "Change"],
    widths=[76, 28, 28, 28],
    rows=[
        ("Administrative Part (USD equivalent)", "48,880,000", "49,200,000", "320,000"),
        ("Operational Part – discretionary income", "62,500,000", "64,000,000", "1,500,000"),
        ("Operational Part – project funding", "1,255,950,000", "884,720,000", "(371,230,000)"),
        ("Total", "1,367,330,000", "997,920,000", "(369,410,000)"),
    ],
    bold_last=True,
)

T2 = dict(
    key="t2", caption="Table 2: Administrative Part by object of expenditure",
    unit="(in Swiss francs)",
    head=["", "2014\napproved", "2015\nestimates", "Difference"],
    widths=[76, 28, 28, 28],
    rows=[
        ("Staff salaries and benefits", "34,870,000", "35,115,000", "245,000"),
        ("Travel and representation", "1,210,000", "1,180,000", "(30,000)"),
        ("General office expenses", "3,962,000", "4,020,000", "58,000"),
        ("Contractual services", "2,640,000", "2,655,000", "15,000"),
        ("Communications", "1,310,000", "1,310,000", "–"),
        ("Total", "43,992,000", "44,280,000", "288,000"),
    ],
    bold_last=True,
)

T3 = dict(
    key="t3", caption="Table 3: Operational Part by service area", unit="(in US dollars)",
    head=["Service area", "Staff and\noffice costs", "Programme\ncosts", "Total"],
    widths=[76, 28, 28, 28],
    rows=[
        ("Movement, emergency and post-crisis migration management",
         "168,400,000", "343,900,000", "512,300,000"),
        ("Migration health", "37,210,000", "61,240,000", "98,450,000"),
        ("Migration and development", "15,630,000", "26,240,000", "41,870,000"),
        ("Regulating migration", "58,920,000", "117,620,000", "176,540,000"),
        ("Facilitating migration", "21,340,000", "31,620,000", "52,960,000"),
        ("Migration policy, research and communications", "3,410,000", "3,470,000", "6,880,000"),
        ("Reparation programmes", "1,950,000", "2,170,000", "4,120,000"),
        ("General programme support", "31,800,000", "23,800,000", "55,600,000"),
        ("Total", "338,660,000", "610,060,000", "948,720,000"),
    ],
    bold_last=True,
)

A1_TABLE = dict(
    key="a1t", caption=None, unit=None,
    head=["Member State", "2014 scale\n(%)", "2015 scale\n(%)", "2015 contribution\n(CHF)"],
    widths=[70, 27, 27, 36],
    rows=[
        ("United States of America", "22.0000", "22.0000", "9,741,600"),
        ("Japan", "11.1525", "10.8325", "4,796,631"),
        ("Germany", "7.1400", "7.1400", "3,161,592"),
        ("France", "5.6175", "5.5925", "2,476,359"),
        ("United Kingdom", "5.1800", "5.1800", "2,293,704"),
        ("Italy", "4.4475", "4.4475", "1,969,353"),
        ("Canada", "2.9850", "2.9850", "1,321,758"),
        ("Spain", "2.9700", "2.9700", "1,315,116"),
        ("Other Member States (148)", "38.5075", "38.8525", "17,203,887"),
        ("Total", "100.0000", "100.0000", "44,280,000"),
    ],
    bold_last=True,
)

A2_TABLE = dict(
    key="a2t", caption=None, unit=None,
    head=["Category and grade", "2014", "2015"],
    widths=[90, 35, 35],
    rows=[
        ("Ungraded (Director General and Deputy)", "2", "2"),
        ("D-2", "4", "4"),
        ("D-1", "12", "12"),
        ("P-5", "28", "29"),
        ("P-4", "46", "47"),
        ("P-3", "41", "42"),
        ("P-2 and P-1", "22", "22"),
        ("Total officials", "155", "158"),
        ("General Service employees", "183", "184"),
        ("Total staff", "338", "342"),
    ],
    bold_rows={7, 9},
)

# body blocks: ("chapter", key, "I.", "INTRODUCTION"), ("sub", key, text),
# ("para", "1", text), ("item", "(a)", text), ("table", dict)
BODY = [
    ("chapter", "c1", "I.", "INTRODUCTION"),
    ("para", "1",
     "The Programme and Budget for 2015 sets out the Administration's estimates of the "
     "resources that IOM expects to receive and use in the coming year, together with an "
     "outline of the activities they will support. It was prepared within the framework of "
     "the IOM Strategy, endorsed by the Council in Resolution No. 1150 of 7 June 2007, and "
     "takes account of the guidance given by Member States at the Fourteenth Session of the "
     "Standing Committee on Programmes and Finance in June 2014."),
    ("para", "2",
     "The budget continues to be presented in two parts. The Administrative Part, financed by "
     "the assessed contributions of Member States, is expressed in Swiss francs; the Operational "
     "Part, financed mainly by earmarked voluntary contributions, is expressed in United States "
     "dollars. The 2014 figures used for comparison are those of the Revision of the Programme "
     "and Budget for 2014 (SCPF/121), except where the original budget in document MC/2393 is "
     "expressly cited.^1"),
    ("para", "3",
     "Table 1 brings the two parts together. The combined budget for 2015 is estimated at "
     "USD 997.9 million, against USD 1,367.3 million in the revised budget for 2014. The lower "
     "figure does not point to a contraction of activity: only projects whose funding has been "
     "confirmed are included at this stage, and new projects are added through the revisions "
     "presented during the year."),
    ("table", T1),
    ("para", "4",
     "For the purposes of Table 1, the Administrative Part has been converted into US dollars "
     "at the rate of CHF 0.90 to USD 1.00.^2 Amounts in brackets denote decreases."),
    ("chapter", "c2", "II.", "STRATEGIC CONTEXT AND PRIORITIES FOR 2015"),
    ("para", "5",
     "Requests for the Organization's services grew again in 2014, driven by protracted "
     "displacement in and around the Syrian Arab Republic, the crises in the Central African "
     "Republic and South Sudan, and the outbreak of Ebola virus disease in West Africa. "
     "Membership also continued to expand, adding both to the demands placed on the "
     "Administration and to the base of assessed contributions."),
    ("para", "6",
     "Against that background, the Administration proposes to focus its core resources on the "
     "following priorities:"),
    ("item", "(a)",
     "consolidating the regional office structure introduced in 2011 and clarifying the "
     "division of responsibilities between regional and country offices;"),
    ("item", "(b)",
     "strengthening the capacity to respond to several large-scale emergencies at once, "
     "including through the Migration Emergency Funding Mechanism;"),
    ("item", "(c)",
     "improving the quality and timeliness of financial and project reporting to donors and "
     "Member States; and"),
    ("item", "(d)",
     "investing in the security and welfare of staff deployed in high-risk locations."),
    ("sub", "s21", "Internal governance reform"),
    ("para", "7",
     "The review of the internal governance framework, launched in 2013, moves into its "
     "implementation phase in 2015. Part of the cost of the new risk management and internal "
     "control functions will be met from discretionary income, so that assessed contributions "
     "do not have to rise for this purpose."),
    ("para", "8",
     "Progress on the review will be reported to the Standing Committee at each of its regular "
     "sessions in 2015."),
    ("sub", "s22", "Staff security"),
    ("para", "9",
     "The number of IOM staff working in duty stations at the higher levels of the United "
     "Nations security risk system has more than doubled since 2012. The budget therefore "
     "provides for additional field security officers, funded from operational support income, "
     "and for a modest increase in the allocation for security training."),
    ("chapter", "c3", "III.", "ADMINISTRATIVE PART OF THE BUDGET"),
    ("para", "10",
     "The Administrative Part of the Budget for 2015 amounts to CHF 44,280,000, an increase of "
     "CHF 288,000 over the level approved for 2014. The increase matches the assessed "
     "contributions of the Member States admitted during 2014, so that the contributions of the "
     "other Member States remain unchanged in nominal terms, in keeping with the policy of zero "
     "nominal growth."),
    ("sub", "s31", "Assessed contributions"),
    ("para", "11",
     "Assessed contributions have been calculated on the basis of the scale of assessment for "
     "2015, an excerpt of which is reproduced in Annex I. The IOM scale remains aligned with the "
     "United Nations scale of assessment, adjusted to reflect the membership of the Organization."),
    ("para", "12",
     "Table 2 shows the Administrative Part of the Budget by object of expenditure."),
    ("table", T2),
    ("sub", "s32", "Staffing and structural changes"),
    ("para", "13",
     "Staff salaries and benefits account for 79.3 per cent of the Administrative Part. The "
     "increase of CHF 245,000 under this heading covers statutory step increments and three new "
     "posts, partly offset by savings from the transfer of certain functions to the Manila and "
     "Panama Administrative Centres. The staffing levels are set out in Annex II."),
    ("chapter", "c4", "IV.", "OPERATIONAL PART OF THE BUDGET"),
    ("para", "14",
     "The Operational Part of the Budget is estimated at USD 948,720,000 for 2015. It covers the "
     "staff and office costs and the direct programme costs of projects for which funding was "
     "reasonably assured when the budget was prepared, and will be updated in the revisions "
     "submitted to the Standing Committee in the course of the year."),
    ("sub", "s41", "Discretionary income"),
    ("para", "15",
     "Discretionary income is projected at USD 64,000,000 for 2015, compared with "
     "USD 62,500,000 in 2014.^3 The additional USD 1.5 million will be directed mainly to the "
     "core structure of the regional offices and to the security measures described in "
     "paragraph 9."),
    ("sub", "s42", "Project-funded activities"),
    ("para", "16",
     "Table 3 distributes the Operational Part among the service areas. Movement, emergency and "
     "post-crisis operations again absorb more than half of the total, at 54.0 per cent."),
    ("table", T3),
    ("para", "17",
     "Project-funded activities, at USD 884,720,000, stand below the revised figure for 2014 "
     "because several large emergency operations are expected to wind down, and because funding "
     "for new operations in West Africa was not yet confirmed."),
    ("chapter", "c5", "V.", "CONCLUSION"),
    ("para", "18",
     "The Standing Committee is invited to examine the Programme and Budget for 2015 and to "
     "recommend that the Council approve the Administrative Part of the Budget in the amount of "
     "CHF 44,280,000 and the Operational Part in the amount of USD 948,720,000."),
]

ANNEXES = [
    dict(key="a1", label="Annex I", title="SCALE OF ASSESSMENT FOR 2015 (EXCERPT)",
         text="The excerpt below lists the eight Member States with the highest rates of "
              "assessment for 2015. The contributions of all other Member States are shown "
              "together on a single line.",
         table=A1_TABLE),
    dict(key="a2", label="Annex II", title="STAFFING LEVELS FUNDED FROM THE ADMINISTRATIVE PART",
         text="Posts funded from the Administrative Part of the Budget, by category and grade, "
              "as at 1 January of each year.",
         table=A2_TABLE),
]

TOC = [
    ("main", "I.", "INTRODUCTION", "c1"),
    ("main", "II.", "STRATEGIC CONTEXT AND PRIORITIES FOR 2015", "c2"),
    ("sub", None, "Internal governance reform", "s21"),
    ("sub", None, "Staff security", "s22"),
    ("main", "III.", "ADMINISTRATIVE PART OF THE BUDGET", "c3"),
    ("sub", None, "Assessed contributions", "s31"),
    ("sub", None, "Staffing and structural changes", "s32"),
    ("main", "IV.", "OPERATIONAL PART OF THE BUDGET", "c4"),
    ("sub", None, "Discretionary income", "s41"),
    ("sub", None, "Project-funded activities", "s42"),
    ("main", "V.", "CONCLUSION", "c5"),
    ("group", None, "SUMMARY TABLES", None),
    ("sub", None, "Table 1 – Combined budget for 2015", "t1"),
    ("sub", None, "Table 2 – Administrative Part by object of expenditure", "t2"),
    ("sub", None, "Table 3 – Operational Part by service area", "t3"),
    ("group", None, "ANNEXES", None),
    ("sub", None, "Annex I – Scale of assessment for 2015 (excerpt)", "a1"),
    ("sub", None, "Annex II – Staffing levels funded from the Administrative Part", "a2"),
]


# ---------------------------------------------------------------- engine
class Doc(FPDF):
    def __init__(self, toc_pages):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_auto_page_break(False)
        self.set_margins(LM, 20, RM)
        self.add_font("DV", "", FONTDIR + "DejaVuSans.ttf")
        self.add_font("DV", "B", FONTDIR + "DejaVuSans-Bold.ttf")
        self.add_font("DV", "I", FONTDIR + "DejaVuSans-Oblique.ttf")
        self.add_font("DV", "BI", FONTDIR + "DejaVuSans-BoldOblique.ttf")
        self.toc_pages = toc_pages
        self.recorded = {}
        self.y_cur = BODY_TOP
        self.page_fns = []  # footnotes waiting for the current page

    # -- page furniture
    def page_label(self, n):
        if n == 2:
            return "Page i"
        return "Page %d" % (n - 2)

    def new_page(self):
        if self.page_no() > 0:
            self.flush_footnotes()
        self.add_page()
        n = self.page_no()
        if n > 1:
            self.set_font("DV", "", 9)
            for i, s in enumerate([SYMBOL, self.page_label(n)]):
                w = self.get_string_width(s)
                self.text(X_RIGHT - w, 14 + i * 4.3, s)
        self.y_cur = BODY_TOP

    def body_label(self):
        return str(self.page_no() - 2)

    # -- footnotes
    def fn_height(self, nums):
        if not nums:
            return 0
        h = 6
        for n in nums:
            h += len(self.wrap_words(self.words(FOOTNOTES[n], FN_FS), TW - 5, TW - 5, FN_FS)) * FN_LH
            h += 0.8
        return h

    def flush_footnotes(self):
        if not self.page_fns:
            return
        h = self.fn_height(self.page_fns)
        y = BODY_BOTTOM - h + 4
        self.set_draw_color(0)
        self.set_line_width(0.25)
        self.line(LM, y - 3, LM + 50, y - 3)
        for n in self.page_fns:
            self.set_font("DV", "", 6)
            self.text(LM, y + 2.2 - 1.3, n)
            lines = self.wrap_words(self.words(FOOTNOTES[n], FN_FS), TW - 5, TW - 5, FN_FS)
            for i, line in enumerate(lines):
                self.draw_line(line, LM + 5, y + 2.2, TW - 5, FN_FS, justify=(i < len(lines) - 1))
                y += FN_LH
            y += 0.8
        self.page_fns = []

    # -- words: list of runs (text, style) ; style '', 'B', 'I', 'SUP'
    def words(self, text, size, style=""):
        out = []
        for w in text.split():
            m = re.match(r"^(.*?)\^(\d+)$", w)
            if m:
                out.append([(m.group(1), style), (m.group(2), "SUP")])
            else:
                out.append([(w, style)])
        return out

    def run_width(self, run, size):
        t, st = run
        if st == "SUP":
            self.set_font("DV", "", size * 0.62)
        else:
            self.set_font("DV", st, size)
        return self.get_string_width(t)

    def word_width(self, word, size):
        return sum(self.run_width(r, size) for r in word)

    def wrap_words(self, words, first_w, rest_w, size):
        self.set_font("DV", "", size)
        space = self.get_string_width(" ")
        lines, cur, cw = [], [], 0
        avail = first_w
        for w in words:
            ww = self.word_width(w, size)
            need = ww if not cur else cw + space + ww
            if cur and need > avail:
                lines.append(cur)
                cur, cw = [w], ww
                avail = rest_w
            else:
                cur.append(w)
                cw = need
        if cur:
            lines.append(cur)
        return lines

    def draw_line(self, line, x, y, width, size, justify):
        self.set_font("DV", "", size)
        space = self.get_string_width(" ")
        widths = [self.word_width(w, size) for w in line]
        gap = space
        if justify and len(line) > 1:
            gap = (width - sum(widths)) / (len(line) - 1)
        for w, ww in zip(line, widths):
            xx = x
            for t, st in w:
                if st == "SUP":
                    self.set_font("DV", "", size * 0.62)
                    self.text(xx, y - size * 0.13, t)
                else:
                    self.set_font("DV", st, size)
                    self.text(xx, y, t)
                xx += self.run_width((t, st), size)
            x += ww + gap

    def line_markers(self, line):
        return [t for w in line for t, st in w if st == "SUP"]

    def place_lines(self, lines, x_first, x_rest, w_first, w_rest, label=None, label_x=None,
                    size=FS, lh=LH, style=""):
        for i, line in enumerate(lines):
            marks = self.line_markers(line)
            need_fn = self.fn_height(self.page_fns + marks)
            if self.y_cur + lh > BODY_BOTTOM - need_fn:
                self.new_page()
                need_fn = self.fn_height(marks)
            self.page_fns += marks
            y = self.y_cur + lh * 0.78
            if i == 0 and label:
                self.set_font("DV", style, size)
                self.text(label_x, y, label)
            last = i == len(lines) - 1
            if i == 0:
                self.draw_line(line, x_first, y, w_first, size, justify=not last)
            else:
                self.draw_line(line, x_rest, y, w_rest, size, justify=not last)
            self.y_cur += lh

    def ensure(self, h):
        if self.y_cur + h > BODY_BOTTOM - self.fn_height(self.page_fns):
            self.new_page()

    # -- blocks
    def para(self, num, text):
        words = self.words(text, FS)
        lines = self.wrap_words(words, TW - TAB, TW, FS)
        self.ensure(LH * min(2, len(lines)))
        self.place_lines(lines, LM + TAB, LM, TW - TAB, TW, label=num + ".", label_x=LM)
        self.y_cur += LH * 0.7

    def item(self, label, text):
        x0 = LM + TAB + 10
        words = self.words(text, FS)
        lines = self.wrap_words(words, X_RIGHT - x0, X_RIGHT - x0, FS)
        self.place_lines(lines, x0, x0, X_RIGHT - x0, X_RIGHT - x0, label=label, label_x=LM + TAB)
        self.y_cur += LH * 0.5

    def chapter(self, key, num, title):
        self.ensure(LH * 4)
        self.y_cur += LH * 0.4
        self.recorded[key] = self.body_label()
        self.set_font("DV", "B", FS)
        y = self.y_cur + LH * 0.78
        self.text(LM, y, num)
        self.text(LM + TAB, y, title)
        self.y_cur += LH * 1.9

    def sub(self, key, title):
        self.ensure(LH * 3.5)
        self.recorded[key] = self.body_label()
        self.set_font("DV", "BI", FS)
        self.text(LM, self.y_cur + LH * 0.78, title)
        self.y_cur += LH * 1.8

    def cell_lines(self, text, width, size, style):
        self.set_font("DV", style, size)
        out = []
        for part in text.split("\n"):
            lines = self.wrap_words(self.words(part, size, style), width, width, size)
            out += [" ".join(r[0][0] for r in l) for l in lines]
        return out

    def table(self, t):
        size = 8.5
        rlh = 3.9
        pad = 1.6
        widths = t["widths"]
        total_w = sum(widths)
        x0 = LM + (TW - total_w) / 2
        head_lines = [self.cell_lines(h, w - 2 * pad, size, "B") for h, w in zip(t["head"], widths)]
        hh = max(len(h) for h in head_lines) * rlh + 2
        row_lines = []
        for ri, row in enumerate(t["rows"]):
            bold = (t.get("bold_last") and ri == len(t["rows"]) - 1) or ri in t.get("bold_rows", set())
            st = "B" if bold else ""
            lab = self.cell_lines(row[0], widths[0] - 2 * pad, size, st)
            row_lines.append((lab, row[1:], st))
        rows_h = sum(len(l[0]) * rlh + 1.2 for l in row_lines)
        cap_h = (LH * 1.1 if t.get("caption") else 0) + (LH if t.get("unit") else 0)
        self.ensure(cap_h + hh + rows_h + 2)
        if t.get("key"):
            self.recorded[t["key"]] = self.body_label()
        y = self.y_cur
        if t.get("caption"):
            self.set_font("DV", "B", 9.5)
            w = self.get_string_width(t["caption"])
            self.text(LM + (TW - w) / 2, y + LH * 0.78, t["caption"])
            y += LH * 1.1
        if t.get("unit"):
            self.set_font("DV", "I", 9)
            w = self.get_string_width(t["unit"])
            self.text(LM + (TW - w) / 2, y + LH * 0.78, t["unit"])
            y += LH
        y += 1
        self.set_line_width(0.2)
        top = y
        # header
        self.set_fill_color(225, 225, 225)
        self.rect(x0, y, total_w, hh, style="F")
        xs = [x0]
        for w in widths:
            xs.append(xs[-1] + w)
        for ci, lines in enumerate(head_lines):
            self.set_font("DV", "B", size)
            yy = y + 1 + rlh * 0.8 + (hh - 2 - len(lines) * rlh) / 2
            for l in lines:
                lw = self.get_string_width(l)
                if ci == 0:
                    self.text(xs[ci] + pad, yy, l)
                else:
                    self.text(xs[ci] + (widths[ci] - lw) / 2, yy, l)
                yy += rlh
        y += hh
        self.line(x0, y, x0 + total_w, y)
        for lab, nums, st in row_lines:
            rh = len(lab) * rlh + 1.2
            self.set_font("DV", st, size)
            yy = y + 0.8 + rlh * 0.8
            for i, l in enumerate(lab):
                self.text(xs[0] + pad + (3 if i else 0), yy + i * rlh, l)
            for ci, v in enumerate(nums, start=1):
                lw = self.get_string_width(v)
                self.text(xs[ci + 1] - pad - lw, yy, v)
            y += rh
            if st == "B":
                self.line(x0, y - rh, x0 + total_w, y - rh)
        # frame and verticals
        self.rect(x0, top, total_w, y - top)
        for x in xs[1:-1]:
            self.line(x, top, x, y)
        self.y_cur = y + LH * 1.2

    def text_block(self, text):
        words = self.words(text, FS)
        lines = self.wrap_words(words, TW, TW, FS)
        self.place_lines(lines, LM, LM, TW, TW)
        self.y_cur += LH * 0.8

    # -- pages
    def cover(self):
        self.new_page()
        self.set_font("DV", "B", 11)
        y = 24
        for s in [SYMBOL]:
            self.text(X_RIGHT - self.get_string_width(s), y, s)
        self.set_font("DV", "", 10)
        for i, s in enumerate(["Original: ENGLISH", "8 October 2014"]):
            self.text(X_RIGHT - self.get_string_width(s), y + 6 + i * 5, s)
        self.set_font("DV", "B", 11)
        s = "105TH SESSION"
        self.text(LM + (TW - self.get_string_width(s)) / 2, 62, s)
        self.set_font("DV", "", 10)
        rule = "_" * 70
        self.text(LM + (TW - self.get_string_width(rule)) / 2, 68, rule)
        self.set_font("DV", "B", 14)
        s = "PROGRAMME AND BUDGET FOR 2015"
        self.text(LM + (TW - self.get_string_width(s)) / 2, 122, s)
        self.set_font("DV", "", 10)
        self.text(LM, 228, "__________")
        self.y_cur = 232
        self.text_block(COVER_NOTE)
        self.set_font("DV", "B", 10)
        parts = ["COUNCIL", "CONSEIL", "CONSEJO"]
        xs = [LM + 12, LM + (TW - self.get_string_width("CONSEIL")) / 2,
              X_RIGHT - 12 - self.get_string_width("CONSEJO")]
        for p, x in zip(parts, xs):
            self.text(x, 282, p)

    def toc(self):
        self.new_page()
        self.set_font("DV", "B", 11)
        s = "TABLE OF CONTENTS"
        self.text(LM + (TW - self.get_string_width(s)) / 2, BODY_TOP + 6, s)
        self.set_font("DV", "B", 9)
        self.text(X_RIGHT - self.get_string_width("Page"), BODY_TOP + 18, "Page")
        y = BODY_TOP + 26
        for kind, num, title, key in TOC:
            if kind == "main":
                y += 3
                self.set_font("DV", "", 10)
                x_title = LM
                self.text(LM, y, num)
                x_title = LM + TAB
            elif kind == "group":
                y += 5
                self.set_font("DV", "", 10)
                self.text(LM, y, title)
                y += 6.5
                continue
            else:
                self.set_font("DV", "", 10)
                x_title = LM + TAB + 6
            self.text(x_title, y, title)
            end = x_title + self.get_string_width(title) + 2
            page = self.toc_pages.get(key, "?")
            pw = self.get_string_width(page)
            dot_w = self.get_string_width(".")
            n = int((X_RIGHT - pw - 3 - end) / dot_w)
            self.text(end, y, "." * n)
            self.text(X_RIGHT - pw, y, page)
            y += 6.5

    def build(self):
        self.cover()
        self.toc()
        self.new_page()
        s = "PROGRAMME AND BUDGET FOR 2015"
        self.set_font("DV", "B", 11)
        self.text(LM + (TW - self.get_string_width(s)) / 2, self.y_cur + 5, s)
        self.y_cur += 14
        for b in BODY:
            if b[0] == "chapter":
                self.chapter(b[1], b[2], b[3])
            elif b[0] == "sub":
                self.sub(b[1], b[2])
            elif b[0] == "para":
                self.para(b[1], b[2])
            elif b[0] == "item":
                self.item(b[1], b[2])
            elif b[0] == "table":
                self.table(b[1])
        for i, a in enumerate(ANNEXES):
            if i == 0:
                self.new_page()
            else:
                self.y_cur += LH * 2
            self.ensure(90)
            self.recorded[a["key"]] = self.body_label()
            self.set_font("DV", "B", 11)
            for s in [a["label"], a["title"]]:
                self.text(LM + (TW - self.get_string_width(s)) / 2, self.y_cur + 5, s)
                self.y_cur += 7
            self.y_cur += 4
            self.text_block(a["text"])
            self.table(a["table"])
        self.flush_footnotes()


def main():
    first = Doc({})
    first.build()
    doc = Doc(first.recorded)
    doc.build()
    assert doc.recorded == first.recorded, (doc.recorded, first.recorded)
    doc.output(OUT)
    print("pages:", doc.page_no(), doc.recorded)


if __name__ == "__main__":
    main()
