"""Draws programme-budget-2017.pdf (C/108/6, Programme and Budget for 2018) with fpdf2."""
from fpdf import FPDF

OUT = "/tmp/wave35/out/programme-budget-2017/programme-budget-2017.pdf"
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
SYMBOL = "C/108/6"

LEFT, RIGHT = 25.0, 185.0          # text block, mm
WIDTH = RIGHT - LEFT
TOP_BODY = 34.0                    # first body line under the running header
BOTTOM = 278.0                     # lowest baseline region
BODY_PT, LINE_H = 10, 4.5
FN_PT, FN_LINE_H = 8, 3.8
PARA_IND = 12.0                    # indent of first line after a paragraph number
ITEM_LAB, ITEM_TXT = 12.0, 22.0    # (a) label and text positions
BUL_LAB, BUL_TXT = 12.0, 18.0

# ---------------------------------------------------------------- content
FOOTNOTES = {
    "1": "Approved by the Council through Resolution No. 1317 of 30 June 2016 and signed in New York "
         "on 19 September 2016.",
    "2": "United Nations operational rate of exchange applicable in September 2017. Actual expenditure "
         "will be recorded at the rates in force on the date of each transaction.",
    "3": "As set out in the Summary update on the Programme and Budget for 2017 (S/20/6), converted at "
         "the same rate as the 2018 estimates for ease of comparison.",
    "4": "Their salaries and allowances are determined by the Council; see Resolution No. 1286 of "
         "25 November 2014.",
    "5": "See document S/19/4, paragraphs 12 to 15, on the sharing of the costs of the enterprise "
         "resource planning system.",
    "6": "Including the allocations under Line 1 and Line 2 of the Fund, which are reserved for "
         "eligible Member States.",
}

BODY = [
    ("h1", "INTRODUCTION"),
    ("p", "1", "The present document sets out the Programme and Budget for 2018, which the Director General "
          "submits to the Standing Committee on Programmes and Finance for review and to the Council for "
          "approval. It comprises the Administrative Part of the Budget, expressed in Swiss francs and funded "
          "by the assessed contributions of Member States, and the Operational Part of the Budget, expressed "
          "in US dollars and funded almost entirely by voluntary contributions earmarked for specific "
          "projects."),
    ("p", "2", "The budget has been prepared against a background of sustained demand for the Organization's "
          "services. The number of active projects exceeded 2,700 in the first half of 2017, and IOM is now "
          "present in more than 400 locations. The Organization became a related organization of the United "
          "Nations in September 2016, under the Agreement concerning the Relationship between the United "
          "Nations and the International Organization for Migration,^1 and the Administration has continued "
          "to adapt its structures and working methods to that status."),
    ("p", "3", "In preparing its proposals, the Administration has been guided by the Migration Governance "
          "Framework (C/106/40), welcomed by the Council in November 2015 through Resolution No. 1310, and "
          "by the following priorities:"),
    ("b", "strengthening the core structure, so that the Organization can manage the growing volume and "
          "complexity of its operations;"),
    ("b", "contributing fully to the preparation of the global compact for safe, orderly and regular "
          "migration, due to be adopted in 2018;"),
    ("b", "consolidating the internal oversight, control and risk management functions; and"),
    ("b", "completing the roll-out of the new enterprise resource planning system to the field."),
    ("p", "4", "For several years the Administrative Part of the Budget was held at zero nominal growth, while "
          "the Operational Part more than doubled. The modest increase proposed for 2018 is financed from the "
          "contributions of new Member States and is explained in Part I below."),
    ("p", "5", "All figures in this document are estimates. The Operational Part of the Budget includes only "
          "the funding that is confirmed or reasonably assured at the time of writing; as in previous years, "
          "it will be updated in the Summary update on the Programme and Budget for 2018, to be submitted to "
          "the Standing Committee in June 2018."),
    ("h1", "OVERVIEW OF THE BUDGET FOR 2018"),
    ("p", "6", "Table 1 compares the estimates for 2018 with the latest estimates for 2017. So that the two "
          "parts of the budget can be added together, the Administrative Part has been converted into US "
          "dollars at the rate of CHF 0.97 to USD 1.00,^2 the rate used for planning purposes."),
    ("table", "t1"),
    ("p", "7", "The overall budget for 2018 thus stands at USD 1,075.1 million, USD 85.8 million less than "
          "in 2017. The decrease arises because funding for a number of large operations, in particular in "
          "the Middle East and North Africa, had not been confirmed for 2018 when the estimates were drawn "
          "up; it does not signal a decline in activity."),
    ("p", "8", "Operational support income, which derives from the overhead charged on projects and from "
          "miscellaneous income, is estimated at USD 94.0 million. Its use is described in Part III."),
    ("h1", "PART I \u2013 ADMINISTRATION"),
    ("p", "9", "The Administrative Part of the Budget for 2018 amounts to CHF 51,988,000, an increase of "
          "CHF 1,076,000, or 2.1 per cent, over the level approved for 2017 by Resolution No. 1336 of "
          "30 November 2016."),
    ("p", "10", "The increase is equal to the assessed contributions of the States that joined the Organization "
          "in 2016 and 2017, which the Council agreed to apply towards the core structure. It leaves the "
          "contributions of existing Member States unchanged. Membership now stands at 169 States."),
    ("p", "11", "The scale of assessment for 2018, with the contribution of each Member State, is presented in "
          "document C/108/8."),
    ("h2", "A.", "Staffing of the Administration"),
    ("p", "12", "Table 2 shows the posts funded from the Administrative Part of the Budget. Seven posts are "
          "added in 2018:"),
    ("i", "(a)", "one post at the D-1 level to head the liaison function with the United Nations system in "
          "New York;"),
    ("i", "(b)", "three Professional posts, in the Office of the Inspector General, the Office of Legal Affairs "
          "and the Department of Operations and Emergencies, respectively; and"),
    ("i", "(c)", "three General Service posts in the Manila and Panama Administrative Centres, for finance and "
          "human resources functions."),
    ("table", "t2"),
    ("p", "13", "Staff costs have been calculated on the basis of the United Nations common system salary "
          "scales and post adjustment multipliers in force on 1 August 2017, with a provision of 1.5 per cent "
          "for within-grade increments. The two ungraded officials are the Director General and the Deputy "
          "Director General.^4"),
    ("h2", "B.", "Non-staff costs"),
    ("p", "14", "Non-staff costs amount to CHF 11,272,000, compared with CHF 11,036,000 in 2017. They cover "
          "premises, communications, information technology, official travel and the costs of the sessions "
          "of the governing bodies."),
    ("p", "15", "The increase of CHF 236,000 results mainly from the maintenance contracts of the enterprise "
          "resource planning system, which are shared between the Administrative Part of the Budget and "
          "operational support income in the proportions agreed in 2016.^5 All other lines are held at their "
          "2017 level."),
    ("h1", "PART II \u2013 OPERATIONS"),
    ("p", "16", "The Operational Part of the Budget for 2018 is estimated at USD 1,021,507,000. New projects will "
          "be added in the course of the year as funds are received. The estimates are described by service "
          "area below and by region in Table 3."),
    ("h2", "II.1", "Movement, Emergency and Post-crisis Migration Management"),
    ("p", "17", "Movement, emergency and post-crisis activities account for USD 612.4 million, or 60 per cent "
          "of the operational budget. They include resettlement and repatriation assistance, emergency "
          "operations and transition and recovery programmes, among them the large responses in the Syrian "
          "Arab Republic and neighbouring countries, in Yemen and in South Sudan. Resettlement movements are "
          "expected to decrease, as several admission ceilings for 2018 are lower than those for 2017."),
    ("h2", "II.2", "Migration Health"),
    ("p", "18", "Migration health activities are budgeted at USD 103.6 million. Health assessments carried out "
          "for migrants and refugees on behalf of receiving States make up most of this amount; the remainder "
          "covers health promotion and assistance to populations affected by crises."),
    ("h2", "II.3", "Migration and Development"),
    ("p", "19", "An amount of USD 68.2 million is budgeted for migration and development, including community "
          "stabilization projects, the engagement of diasporas and efforts to reduce the cost of remittances."),
    ("h2", "II.4", "Regulating Migration"),
    ("p", "20", "Immigration and border management, counter-trafficking, and assisted voluntary return and "
          "reintegration are budgeted at USD 237.3 million, of which USD 141.7 million for return and "
          "reintegration programmes funded mainly by European donors."),
    ("h2", None, "Distribution by region"),
    ("p", "21", "The regional figures reflect where projects are implemented. Global programmes and services that "
          "cannot be attributed to a single region are shown on a separate line."),
    ("table", "t3"),
    ("h1", "PART III \u2013 OPERATIONAL SUPPORT INCOME"),
    ("p", "22", "Operational support income for 2018 is estimated at USD 94.0 million: USD 86.5 million from "
          "project overhead and USD 7.5 million from miscellaneous income, such as interest and unearmarked "
          "contributions."),
    ("p", "23", "In line with the principles set out in the Summary update on the Programme and Budget for 2017 "
          "(S/20/6), operational support income will be applied to:"),
    ("i", "(a)", "the core structure costs of field offices and Headquarters departments that are not covered by "
          "the Administrative Part of the Budget;"),
    ("i", "(b)", "the security of staff and premises in the field;"),
    ("i", "(c)", "the enterprise resource planning system and other information technology investments; and"),
    ("i", "(d)", "the IOM Development Fund, to which USD 8.0 million is allocated, the same amount as in 2017.^6"),
    ("p", "24", "The Standing Committee is invited to review the Programme and Budget for 2018 and to recommend "
          "that the Council approve it through the draft resolution contained in document C/108/L/4."),
]

TABLES = {
    "t1": {
        "caption": "Table 1 \u2013 Summary of the Administrative and Operational Parts of the Budget",
        "cols": [(LEFT, 79.0, "L"), (104.0, 27.0, "R"), (131.0, 27.0, "R"), (158.0, 27.0, "R")],
        "head": [["", "2017", "2018", "Change"], ["", "Update^3", "Estimates", ""]],
        "rows": [
            ["Administrative Part of the Budget (CHF)", "50,912,000", "51,988,000", "1,076,000"],
            ["Administrative Part of the Budget (USD equivalent)", "52,487,000", "53,596,000", "1,109,000"],
            ["Operational Part of the Budget (USD)", "1,108,412,000", "1,021,507,000", "(86,905,000)"],
            ["Total (USD)", "1,160,899,000", "1,075,103,000", "(85,796,000)"],
        ],
    },
    "t2": {
        "caption": "Table 2 \u2013 Posts funded from the Administrative Part of the Budget",
        "cols": [(LEFT, 62.0, "L"), (87.0, 20.0, "R"), (107.0, 20.0, "R"), (127.0, 22.0, "R"),
                 (149.0, 36.0, "R")],
        "head": [["Category", "2017", "2018", "Change", "2018 staff costs"],
                 ["", "", "", "", "(CHF)"]],
        "rows": [
            ["Ungraded officials", "2", "2", "\u2013", "1,032,000"],
            ["Officials (D-1 and D-2)", "19", "20", "1", "4,860,000"],
            ["Officials (P-1 to P-5)", "121", "124", "3", "21,576,000"],
            ["General Service staff", "158", "161", "3", "13,248,000"],
            ["Total", "300", "307", "7", "40,716,000"],
        ],
    },
    "t3": {
        "caption": "Table 3 \u2013 Operational Part of the Budget by region (in US dollars)",
        "cols": [(LEFT, 70.0, "L"), (95.0, 30.0, "R"), (125.0, 30.0, "R"), (155.0, 30.0, "R")],
        "head": [["Region", "2017", "2018", "% of 2018"], ["", "Update", "Estimates", "total"]],
        "rows": [
            ["Africa", "181,230,000", "196,712,000", "19.3"],
            ["Middle East and North Africa", "302,614,000", "238,905,000", "23.4"],
            ["Asia and the Pacific", "198,457,000", "201,376,000", "19.7"],
            ["Europe", "168,905,000", "143,228,000", "14.0"],
            ["Latin America and the Caribbean", "71,388,000", "74,816,000", "7.3"],
            ["North America", "58,247,000", "46,190,000", "4.5"],
            ["Global programmes and services", "127,571,000", "120,280,000", "11.8"],
            ["Total", "1,108,412,000", "1,021,507,000", "100.0"],
        ],
    },
}

# contents: (level, label text, key of the body heading whose page is printed)
CONTENTS = [
    (0, "INTRODUCTION", "INTRODUCTION"),
    (0, "OVERVIEW OF THE BUDGET FOR 2018", "OVERVIEW OF THE BUDGET FOR 2018"),
    (0, "PART I \u2013 ADMINISTRATION (in Swiss francs)", "PART I \u2013 ADMINISTRATION"),
    (1, "A. Staffing of the Administration", "Staffing of the Administration"),
    (1, "B. Non-staff costs", "Non-staff costs"),
    (0, "PART II \u2013 OPERATIONS (in US dollars)", "PART II \u2013 OPERATIONS"),
    (1, "II.1 Movement, Emergency and Post-crisis Migration Management",
     "Movement, Emergency and Post-crisis Migration Management"),
    (1, "II.2 Migration Health", "Migration Health"),
    (1, "II.3 Migration and Development", "Migration and Development"),
    (1, "II.4 Regulating Migration", "Regulating Migration"),
    (1, "Distribution by region", "Distribution by region"),
    (0, "PART III \u2013 OPERATIONAL SUPPORT INCOME (in US dollars)", "PART III \u2013 OPERATIONAL SUPPORT INCOME"),
]


# ---------------------------------------------------------------- drawing helpers
class Doc(FPDF):
    def __init__(self):
        super().__init__(format="A4", unit="mm")
        self.set_auto_page_break(False)
        self.add_font("S", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("S", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("S", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.set_text_color(0, 0, 0)


def split_marked(word):
    """'Migration,^1' -> [('Migration,', False), ('1', True)]"""
    parts = []
    while "^" in word:
        i = word.index("^")
        if i:
            parts.append((word[:i], False))
        j = i + 1
        while j < len(word) and word[j].isdigit():
            j += 1
        parts.append((word[i + 1:j], True))
        word = word[j:]
    if word:
        parts.append((word, False))
    return parts


def markers_of(word):
    return [t for t, sup in split_marked(word) if sup]


class Layout:
    def __init__(self, pdf, toc_pages):
        self.pdf = pdf
        self.toc_pages = toc_pages
        self.heading_pages = {}
        self.page_no = 0      # printed body page number
        self.y = 0.0
        self.fn_on_page = []  # footnote keys placed on the current page

    # ---- pages
    def new_body_page(self):
        if self.fn_on_page:
            self.draw_footnotes()
        self.pdf.add_page()
        self.page_no += 1
        self.running_header(str(self.page_no))
        self.y = TOP_BODY
        self.fn_on_page = []

    def running_header(self, label):
        p = self.pdf
        p.set_font("S", "", 10)
        p.set_xy(RIGHT - 60, 15)
        p.cell(60, 5, SYMBOL, align="R")
        p.set_xy(RIGHT - 60, 20)
        p.cell(60, 5, "Page " + label, align="R")

    def fn_height(self, keys):
        h = 0.0
        for k in keys:
            h += len(self.wrap_plain(FOOTNOTES[k], WIDTH - 6, FN_PT)) * FN_LINE_H + 1.0
        return h

    def fn_reserved(self, extra=()):
        keys = self.fn_on_page + list(extra)
        if not keys:
            return 0.0
        return 8.0 + self.fn_height(keys)

    def room_for(self, h, extra_fn=()):
        return self.y + h <= BOTTOM - self.fn_reserved(extra_fn)

    def draw_footnotes(self):
        p = self.pdf
        keys = self.fn_on_page
        y = BOTTOM - self.fn_height(keys) - 2.0
        p.set_font("S", "", FN_PT)
        p.set_xy(LEFT, y - 5.0)
        p.cell(40, 4, "_" * 22)           # typed rule, as in IOM documents
        for k in keys:
            lines = self.wrap_plain(FOOTNOTES[k], WIDTH - 6, FN_PT)
            p.set_font("S", "", 6)
            p.set_xy(LEFT, y - 1.0)
            p.cell(4, 3, k)
            p.set_font("S", "", FN_PT)
            for ln in lines:
                p.set_xy(LEFT + 4, y)
                p.cell(WIDTH - 4, FN_LINE_H, ln)
                y += FN_LINE_H
            y += 1.0

    # ---- text measuring
    def wrap_plain(self, text, width, size, style=""):
        self.pdf.set_font("S", style, size)
        words, lines, cur = text.split(" "), [], ""
        for w in words:
            t = (cur + " " + w) if cur else w
            if self.pdf.get_string_width(t) <= width:
                cur = t
            else:
                lines.append(cur)
                cur = w
        if cur:
            lines.append(cur)
        return lines

    def word_w(self, word, size=BODY_PT):
        w = 0.0
        for t, sup in split_marked(word):
            self.pdf.set_font("S", "", size * 0.65 if sup else size)
            w += self.pdf.get_string_width(t)
        return w

    def wrap_marked(self, text, first_w, other_w):
        words = text.split(" ")
        self.pdf.set_font("S", "", BODY_PT)
        sp = self.pdf.get_string_width(" ")
        lines, cur, cw = [], [], 0.0
        for w in words:
            ww = self.word_w(w)
            limit = first_w if not lines else other_w
            if cur and cw + sp + ww > limit:
                lines.append(cur)
                cur, cw = [w], ww
            else:
                cw = cw + sp + ww if cur else ww
                cur.append(w)
        if cur:
            lines.append(cur)
        return lines

    def draw_words(self, words, x, width, justify):
        p = self.pdf
        p.set_font("S", "", BODY_PT)
        sp = p.get_string_width(" ")
        total = sum(self.word_w(w) for w in words)
        gap = sp
        if justify and len(words) > 1:
            gap = (width - total) / (len(words) - 1)
        cx = x
        for w in words:
            for t, sup in split_marked(w):
                if sup:
                    p.set_font("S", "", BODY_PT * 0.65)
                    p.text(cx, self.y + 3.9 - 1.6, t)
                else:
                    p.set_font("S", "", BODY_PT)
                    p.text(cx, self.y + 3.9, t)
                cx += p.get_string_width(t)
            cx += gap

    def flow(self, text, label, label_x, first_x, other_x):
        """Draw a paragraph; label at label_x on first line; first line text at first_x, rest at other_x."""
        lines = self.wrap_marked(text, RIGHT - first_x, RIGHT - other_x)
        for n, words in enumerate(lines):
            mk = [m for w in words for m in markers_of(w)]
            if not self.room_for(LINE_H, mk):
                self.new_body_page()
            if n == 0 and label:
                self.pdf.set_font("S", "", BODY_PT)
                self.pdf.text(label_x, self.y + 3.9, label)
            x = first_x if n == 0 else other_x
            self.draw_words(words, x, RIGHT - x, justify=(n < len(lines) - 1))
            self.fn_on_page += mk
            self.y += LINE_H

    # ---- blocks
    def heading(self, num, text, level):
        need = 2 * LINE_H + 3 * LINE_H  # keep with next lines
        if not self.room_for(need):
            self.new_body_page()
        self.pdf.set_font("S", "B", BODY_PT)
        if level == 1:
            self.pdf.set_xy(LEFT, self.y)
            self.pdf.cell(WIDTH, LINE_H, text, align="L")
        else:
            if num is None:
                self.pdf.set_font("S", "B", BODY_PT)
                self.pdf.text(LEFT, self.y + 3.9, text)
            else:
                self.pdf.text(LEFT, self.y + 3.9, num)
                self.pdf.text(LEFT + PARA_IND, self.y + 3.9, text)
        self.heading_pages[text] = self.page_no
        self.y += LINE_H * 1.7

    def para(self, num, text):
        if not self.room_for(2 * LINE_H):
            self.new_body_page()
        self.flow(text, num + ".", LEFT, LEFT + PARA_IND, LEFT)
        self.y += LINE_H * 0.7

    def item(self, label, text):
        self.flow(text, label, LEFT + ITEM_LAB, LEFT + ITEM_TXT, LEFT + ITEM_TXT)
        self.y += LINE_H * 0.5

    def bullet(self, text):
        self.flow(text, "\u2022", LEFT + BUL_LAB, LEFT + BUL_TXT, LEFT + BUL_TXT)
        self.y += LINE_H * 0.5

    def table(self, key):
        t = TABLES[key]
        p = self.pdf
        rh = 5.0
        marks = [m for row in t["head"] for c in row for m in markers_of(c)]
        h = (len(t["head"]) + len(t["rows"]) + 2) * rh + 4
        if not self.room_for(h, marks):
            self.new_body_page()
        self.y += 1.0
        p.set_font("S", "B", 9)
        p.set_xy(LEFT, self.y)
        p.cell(WIDTH, 5, t["caption"], align="C")
        self.y += 7.0
        p.set_line_width(0.3)
        p.line(LEFT, self.y, RIGHT, self.y)
        self.y += 0.8
        for row in t["head"]:
            for (x, w, al), c in zip(t["cols"], row):
                self.cell_marked(x, w, al, c, "B")
            self.y += rh - 1.0
        self.y += 1.0
        p.line(LEFT, self.y, RIGHT, self.y)
        self.y += 0.8
        for i, row in enumerate(t["rows"]):
            last = i == len(t["rows"]) - 1 and row[0].startswith("Total")
            if last:
                p.line(LEFT, self.y, RIGHT, self.y)
                self.y += 0.8
            for (x, w, al), c in zip(t["cols"], row):
                self.cell_marked(x, w, al, c, "B" if last else "")
            self.y += rh
        p.line(LEFT, self.y, RIGHT, self.y)
        self.fn_on_page += marks
        self.y += LINE_H * 1.1

    def cell_marked(self, x, w, al, text, style):
        p = self.pdf
        parts = split_marked(text)
        width = 0.0
        for t, sup in parts:
            p.set_font("S", style, 9 * 0.65 if sup else 9)
            width += p.get_string_width(t)
        cx = x + w - width - 1.0 if al == "R" else x + 1.0
        for t, sup in parts:
            p.set_font("S", style, 9 * 0.65 if sup else 9)
            p.text(cx, self.y + 3.8 - (1.5 if sup else 0), t)
            cx += p.get_string_width(t)


# ---------------------------------------------------------------- pages
def cover(pdf):
    pdf.add_page()
    pdf.set_font("S", "", 10)
    for i, s in enumerate([SYMBOL, "Original: English", "3 October 2017"]):
        pdf.set_xy(RIGHT - 70, 18 + i * 5)
        pdf.cell(70, 5, s, align="R")
    pdf.set_font("S", "B", 11)
    pdf.set_xy(LEFT, 80)
    pdf.cell(WIDTH, 6, "COUNCIL", align="C")
    pdf.set_font("S", "", 11)
    pdf.set_xy(LEFT, 87)
    pdf.cell(WIDTH, 6, "108th Session", align="C")
    pdf.set_font("S", "B", 13)
    pdf.set_xy(LEFT, 125)
    pdf.cell(WIDTH, 7, "PROGRAMME AND BUDGET FOR 2018", align="C")
    pdf.set_font("S", "", 9)
    pdf.set_xy(LEFT, 244)
    pdf.cell(60, 4, "_" * 24)
    note = ("This document is submitted to the Standing Committee on Programmes and Finance at its "
            "Twenty-first Session, to be held on 1 and 2 November 2017, for review and recommendation to "
            "the Council.")
    lay = Layout(pdf, {})
    y = 251
    for ln in lay.wrap_plain(note, WIDTH, 9):
        pdf.set_xy(LEFT, y)
        pdf.cell(WIDTH, 4.4, ln)
        y += 4.4


def contents(pdf, pages):
    pdf.add_page()
    lay = Layout(pdf, {})
    lay.running_header("i")
    pdf.set_font("S", "B", 10)
    pdf.set_xy(LEFT, 40)
    pdf.cell(WIDTH, 5, "TABLE OF CONTENTS", align="C")
    pdf.set_font("S", "", 10)
    pdf.set_xy(RIGHT - 20, 52)
    pdf.cell(20, 5, "Page", align="R")
    y = 62
    for level, title, key in CONTENTS:
        x = LEFT + (8 if level else 0)
        pg = str(pages.get(key, 0))
        pdf.set_font("S", "B" if level == 0 else "", 10)
        tw = pdf.get_string_width(title)
        pdf.text(x, y + 3.9, title)
        pdf.set_font("S", "", 10)
        dot = pdf.get_string_width(".")
        start = x + tw + 2
        end = RIGHT - 10
        n = int((end - start) / dot)
        pdf.text(start, y + 3.9, "." * max(n, 3))
        pw = pdf.get_string_width(pg)
        pdf.text(RIGHT - pw, y + 3.9, pg)
        y += 7.5 if level == 0 else 6.5
        if level == 0:
            pass


def render(pages):
    pdf = Doc()
    cover(pdf)
    contents(pdf, pages)
    lay = Layout(pdf, pages)
    lay.new_body_page()
    prev = None
    for blk in BODY:
        k = blk[0]
        if prev in ("i", "b") and k not in ("i", "b"):
            lay.y += LINE_H * 0.5      # space after the end of a list
        prev = k
        if k == "h1":
            lay.heading(None, blk[1], 1)
        elif k == "h2":
            lay.heading(blk[1], blk[2], 2)
        elif k == "p":
            lay.para(blk[1], blk[2])
        elif k == "i":
            lay.item(blk[1], blk[2])
        elif k == "b":
            lay.bullet(blk[1])
        elif k == "table":
            lay.table(blk[1])
    if lay.fn_on_page:
        lay.draw_footnotes()
    return pdf, lay.heading_pages


if __name__ == "__main__":
    _, pages = render({})
    pdf, pages2 = render(pages)
    assert pages == pages2
    pdf.output(OUT)
    print("pages:", pdf.page_no(), pages)
