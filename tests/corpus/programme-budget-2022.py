"""Draws programme-budget-2022.pdf (C/112/7, Programme and Budget for 2022, summary chapters) with fpdf2."""
import os
import re

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "programme-budget-2022.pdf")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"

SYMBOL = "C/112/7"
LM, RM, TOP = 25.0, 20.0, 15.0
PAGE_W, PAGE_H = 210.0, 297.0
TEXT_R = PAGE_W - RM
BOTTOM = PAGE_H - 18.0
LH = 4.8          # body line height
IND = 12.0        # indent after paragraph number


class Doc(FPDF):
    def __init__(self):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_auto_page_break(False)
        self.set_margins(LM, TOP, RM)
        self.add_font("Sans", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
        self.add_font("Sans", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
        self.add_font("Sans", "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
        self.add_font("Sans", "BI", os.path.join(FONT_DIR, "DejaVuSans-BoldOblique.ttf"))
        self.page_label = None
        self.annex_label = None
        self.notes = []

    # ---------------------------------------------------------------- furniture
    def header(self):
        if self.page_label is None and self.annex_label is None:
            return
        self.set_font("Sans", "", 9.5)
        self.set_xy(LM, 12)
        self.cell(TEXT_R - LM, 4.5, SYMBOL, align="R", new_x="LMARGIN", new_y="NEXT")
        for extra in (self.annex_label, self.page_label):
            if extra:
                self.cell(TEXT_R - LM, 4.5, extra, align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_y(32)

    def new_page(self, label, annex=None):
        self.page_label = label
        self.annex_label = annex
        self.add_page()

    def check(self, where):
        limit = BOTTOM - self.notes_height()
        if self.get_y() > limit + 0.01:
            if os.environ.get("DEBUG"):
                print(f"overflow on page {self.page_no()} at {where}: {self.get_y() - limit:.1f}")
                return
            raise SystemExit(f"overflow on page {self.page_no()} at {where}: y={self.get_y():.1f} > {limit:.1f}")

    # ---------------------------------------------------------------- text with raised markers
    def rich(self, text, h=LH, size=10):
        """Write text; {n} renders a raised footnote marker n."""
        for i, part in enumerate(re.split(r"\{([^}]+)\}", text)):
            if not part:
                continue
            if i % 2:
                self.set_font("Sans", "", size)
                self.char_vpos = "SUP"
                self.write(h, part)
                self.char_vpos = "LINE"
            else:
                self.set_font("Sans", "", size)
                self.write(h, part)

    def cont(self, text):
        """Continuation of a paragraph cut by the page break."""
        self.set_x(LM)
        self.rich(text)
        self.ln(LH)
        self.ln(LH * 0.6)
        self.check("continuation")

    def para(self, num, text, gap=True):
        self.set_font("Sans", "", 10)
        y = self.get_y()
        self.set_xy(LM, y)
        self.cell(IND, LH, f"{num}.")
        self.set_xy(LM + IND, y)
        self.rich(text)
        self.ln(LH)
        if gap:
            self.ln(LH * 0.6)
        self.check(f"para {num}")

    def item(self, label, text, lab_x=LM + IND, txt_x=LM + IND + 10):
        self.set_font("Sans", "", 10)
        y = self.get_y()
        self.set_xy(lab_x, y)
        self.cell(txt_x - lab_x, LH, label)
        self.set_left_margin(txt_x)
        self.set_xy(txt_x, y)
        self.rich(text)
        self.set_left_margin(LM)
        self.ln(LH)
        self.ln(LH * 0.4)
        self.check(f"item {label}")

    def heading(self, num, text, level=1):
        self.set_font("Sans", "B", 10)
        y = self.get_y()
        self.set_xy(LM, y)
        self.cell(IND, LH, f"{num}.")
        self.set_xy(LM + IND, y)
        self.cell(TEXT_R - LM - IND, LH, text)
        self.ln(LH)
        self.ln(LH * 0.8)
        self.check(f"heading {num}")

    def caption(self, text):
        self.set_font("Sans", "B", 9.5)
        self.set_x(LM)
        self.cell(TEXT_R - LM, LH, text, align="C", new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)

    def table(self, cols, headers, rows, size=9, rh=4.6, total_rows=()):
        """cols: list of (x_left, x_right, align). headers: list of lists of header lines per column.
        rows: list of lists of cells (a cell may be a list of lines for wrapped labels)."""
        x0, x1 = cols[0][0], cols[-1][1]
        self.set_draw_color(0)
        self.set_line_width(0.25)
        self.line(x0, self.get_y(), x1, self.get_y())
        self.ln(1.2)
        self.set_font("Sans", "B", size)
        nh = max(len(h) for h in headers)
        y = self.get_y()
        for (xl, xr, al), hl in zip(cols, headers):
            pad = nh - len(hl)
            for k, line in enumerate(hl):
                self.set_xy(xl, y + (pad + k) * rh)
                self.cell(xr - xl, rh, line, align=("L" if al == "L" else "R"))
        self.set_y(y + nh * rh + 1.0)
        self.line(x0, self.get_y(), x1, self.get_y())
        self.ln(1.2)
        for r_i, row in enumerate(rows):
            is_total = r_i in total_rows
            if is_total:
                self.line(x0, self.get_y(), x1, self.get_y())
                self.ln(1.0)
            self.set_font("Sans", "B" if is_total else "", size)
            y = self.get_y()
            nl = 1
            for (xl, xr, al), cell in zip(cols, row):
                lines = cell if isinstance(cell, list) else [cell]
                nl = max(nl, len(lines))
                for k, line in enumerate(lines):
                    self.set_xy(xl + (3 if k else 0), y + k * rh)
                    self.rich_cell(xr - xl, rh, line, al, "B" if is_total else "", size)
            self.set_y(y + nl * rh + 0.6)
        self.line(x0, self.get_y(), x1, self.get_y())
        self.ln(2.0)
        self.check("table")

    def rich_cell(self, w, h, text, align, style, size):
        m = re.match(r"^(.*)\{(.+)\}$", text)
        if not m:
            self.set_font("Sans", style, size)
            self.cell(w, h, text, align=("L" if align == "L" else "R"))
            return
        body, mark = m.group(1), m.group(2)
        self.set_font("Sans", style, size)
        x = self.get_x()
        self.cell(self.get_string_width(body), h, body)
        self.char_vpos = "SUP"
        self.cell(self.get_string_width(mark) + 0.5, h, mark)
        self.char_vpos = "LINE"
        self.set_x(x)

    def table_note(self, marker, text, size=8):
        self.set_font("Sans", "", size)
        y = self.get_y()
        self.set_xy(LM, y)
        self.char_vpos = "SUP"
        self.cell(3, 4, marker)
        self.char_vpos = "LINE"
        self.set_xy(LM + 3, y)
        self.set_left_margin(LM + 3)
        self.write(4, text)
        self.set_left_margin(LM)
        self.ln(4)
        self.ln(LH * 0.8)
        self.check("table note")

    # ---------------------------------------------------------------- footnotes at the foot of the page
    def set_notes(self, notes):
        self.notes = notes

    def notes_height(self):
        if not self.notes:
            return 0.0
        h = 6.0
        for _, text in self.notes:
            lines = self.count_lines(text, 8.5, TEXT_R - LM - 5)
            h += lines * 4.0 + 0.8
        return h

    def count_lines(self, text, size, width):
        self.set_font("Sans", "", size)
        words, lines, cur = text.split(), 1, ""
        for w in words:
            trial = (cur + " " + w).strip()
            if self.get_string_width(trial) > width and cur:
                lines += 1
                cur = w
            else:
                cur = trial
        return lines

    def draw_notes(self):
        if os.environ.get("DEBUG"):
            print("page", self.page_no(), "free", round(BOTTOM - self.notes_height() - self.get_y(), 1))
        if not self.notes:
            return
        y = BOTTOM - self.notes_height()
        self.set_font("Sans", "", 10)
        self.set_xy(LM, y)
        self.cell(40, 4, "__________")
        y += 6.0
        for marker, text in self.notes:
            self.set_font("Sans", "", 8.5)
            self.set_xy(LM, y)
            self.char_vpos = "SUP"
            self.cell(5, 4, marker)
            self.char_vpos = "LINE"
            self.set_left_margin(LM + 5)
            self.set_xy(LM + 5, y)
            self.write(4.0, text)
            self.set_left_margin(LM)
            self.ln(4.0)
            y = self.get_y() + 0.8
        self.notes = []


# ======================================================================== content
def fmt(n):
    return "–" if n == 0 else f"{n:,}"


def pct(a, b):
    return f"{(b - a) / a * 100:.1f}"


ADMIN = {  # CHF
    "Staff costs": (43_270_000, 48_380_000),
    "Office costs": (6_842_000, 7_438_000),
    "Travel and representation": (1_210_000, 1_210_000),
    "Governing bodies and external audit": (3_152_000, 3_152_000),
}
ADMIN_TOT = tuple(sum(v[i] for v in ADMIN.values()) for i in (0, 1))
assert ADMIN_TOT == (54_474_000, 60_180_000)

OPS = {  # USD
    "Staff and office costs": (152_380_000, 171_240_000),
    "Programme costs": (952_580_000, 1_066_370_000),
}
OPS_TOT = tuple(sum(v[i] for v in OPS.values()) for i in (0, 1))
assert OPS_TOT == (1_104_960_000, 1_237_610_000)

ADMIN_USD = (56_159_000, 65_413_000)   # at CHF 0.97 and CHF 0.92 to USD 1
assert round(54_474_000 / 0.97, -3) == ADMIN_USD[0] and round(60_180_000 / 0.92, -3) == ADMIN_USD[1]
GRAND = (OPS_TOT[0] + ADMIN_USD[0], OPS_TOT[1] + ADMIN_USD[1])

STAFF = [
    ("Officials (Administrative Part)", 212, 228),
    ("Employees (Administrative Part)", 148, 154),
    ("Officials (Operational Part)", 1_630, 1_795),
    ("Employees (Operational Part)", 13_980, 15_220),
]
STAFF_TOT = (sum(s[1] for s in STAFF), sum(s[2] for s in STAFF))
assert (STAFF[0][2] - STAFF[0][1]) + (STAFF[1][2] - STAFF[1][1]) == 22

REGIONS = [
    (["Asia and the Pacific"], 24_610_000, 158_420_000),
    (["Central and North America and the", "Caribbean"], 12_380_000, 74_960_000),
    (["East and Horn of Africa"], 21_940_000, 168_350_000),
    (["European Economic Area"], 9_870_000, 61_280_000),
    (["Middle East and North Africa"], 23_460_000, 197_640_000),
    (["South America"], 8_920_000, 83_710_000),
    (["South-Eastern Europe, Eastern Europe", "and Central Asia"], 11_150_000, 69_530_000),
    (["Southern Africa"], 6_740_000, 38_190_000),
    (["West and Central Africa"], 17_530_000, 132_860_000),
    (["Headquarters and global activities"], 34_640_000, 81_430_000),
]
assert sum(r[1] for r in REGIONS) == OPS["Staff and office costs"][1]
assert sum(r[2] for r in REGIONS) == OPS["Programme costs"][1]


def build():
    pdf = Doc()

    # ------------------------------------------------------------ cover
    pdf.new_page(None)
    pdf.set_font("Sans", "", 10)
    y = 22
    for i, line in enumerate((SYMBOL, "Original: English", "11 October 2021")):
        pdf.set_font("Sans", "B" if i == 0 else "", 11 if i == 0 else 10)
        pdf.set_xy(LM, y)
        pdf.cell(TEXT_R - LM, 5.5, line, align="R")
        y += 5.5
    pdf.set_font("Sans", "B", 11)
    pdf.set_xy(LM, 62)
    pdf.cell(80, 6, "COUNCIL", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 11)
    pdf.cell(80, 6, "112th Session", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "B", 14)
    pdf.set_xy(LM, 120)
    pdf.cell(TEXT_R - LM, 8, "PROGRAMME AND BUDGET FOR 2022", align="C")
    pdf.set_font("Sans", "", 10)
    pdf.set_xy(LM, 248)
    pdf.cell(40, 5, "__________", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
    pdf.multi_cell(TEXT_R - LM, 5,
                   "This document is submitted for review to the Standing Committee on Programmes and "
                   "Finance at its Twenty-ninth Session, to be held on 2 and 3 November 2021.")

    # ------------------------------------------------------------ contents (Page i)
    pdf.new_page("Page i")
    pdf.set_font("Sans", "B", 11)
    pdf.cell(TEXT_R - LM, 6, "TABLE OF CONTENTS", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Sans", "B", 10)
    pdf.cell(TEXT_R - LM, 5, "Page", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    toc = [
        (0, "I.", "INTRODUCTION", "1"),
        (0, "II.", "BUDGET SUMMARY", "1"),
        (1, "A.", "Administrative Part of the Budget", "1"),
        (1, "B.", "Operational Part of the Budget", "2"),
        (0, "III.", "STAFFING", "3"),
        (0, "IV.", "ACTION REQUESTED OF THE COUNCIL", "3"),
        (0, "ANNEX –", "Operational Part of the Budget by region, 2022", "4"),
    ]
    for lvl, lab, title, page in toc:
        pdf.set_font("Sans", "", 10)
        y = pdf.get_y()
        x_lab = LM + (IND if lvl else 0)
        x_txt = x_lab + (IND if lab != "ANNEX –" else 17)
        pdf.set_xy(x_lab, y)
        pdf.cell(x_txt - x_lab, LH, lab)
        pdf.set_xy(x_txt, y)
        tw = pdf.get_string_width(title + " ")
        pdf.cell(tw, LH, title + " ")
        pw = pdf.get_string_width(page)
        dots_w = TEXT_R - pw - 2 - (x_txt + tw)
        n = int(dots_w / pdf.get_string_width("."))
        pdf.cell(dots_w, LH, "." * n)
        pdf.set_xy(TEXT_R - pw - 1, y)
        pdf.cell(pw + 1, LH, page, align="R")
        pdf.ln(LH)
        pdf.ln(LH * 0.9)

    # ------------------------------------------------------------ Page 1
    pdf.new_page("Page 1")
    pdf.set_notes([("1", "The final report of the Working Group is contained in document S/28/7. The Council took "
                          "note of the report through Resolution No. 1390 of 26 November 2020.")])
    pdf.set_font("Sans", "B", 11)
    pdf.cell(TEXT_R - LM, 6, "PROGRAMME AND BUDGET FOR 2022", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.heading("I", "INTRODUCTION")
    pdf.para(1, "The Programme and Budget for 2022 sets out the resources that the Organization expects to "
                "need in the coming year and the activities that those resources will finance. This document "
                "contains the summary chapters; the detailed descriptions of the regional and country office "
                "structures and of the work planned under each service area are published on the governing "
                "bodies website.")
    pdf.para(2, "The proposals are anchored in the IOM Strategic Vision 2019–2023 (C/110/INF/1) and the "
                "Internal Governance Framework. They also reflect the first phase of the budget reform agreed "
                "by the Working Group on Budget Reform, whose recommendations were endorsed by the Standing "
                "Committee on Programmes and Finance at its Twenty-eighth Session.{1}")
    pdf.para(3, "As in previous years, the budget is presented in two parts. The Administrative Part, which is "
                "financed by the assessed contributions of Member States, is expressed in Swiss francs. The "
                "Operational Part, which is financed mainly by voluntary contributions earmarked for specific "
                "projects, is expressed in United States dollars.")
    pdf.para(4, "The Operational Part includes only the funding that had been confirmed, or could reasonably be "
                "expected, when this document was prepared. It will therefore grow in the course of 2022 as new "
                "projects are approved, and the Administration will report on those changes in the summary "
                "updates submitted to the Standing Committee in June and November.")
    pdf.heading("II", "BUDGET SUMMARY")
    pdf.para(5, "Table 1 compares the proposed budget for 2022 with the budget for 2021 as revised in the "
                "Summary update on the Programme and Budget for 2021 (S/29/4). The combined budget for 2022 "
                "amounts to some USD 1.30 billion, an increase of 12.2 per cent.")
    pdf.caption("Table 1. Budget summary, 2021 and 2022")
    c1 = [(LM, LM + 55, "L"), (LM + 55, LM + 83, "R"), (LM + 83, LM + 111, "R"),
          (LM + 111, LM + 139, "R"), (LM + 139, TEXT_R, "R")]
    adm, ops = ADMIN_TOT, OPS_TOT
    pdf.table(c1, [["Budget part"], ["2021", "revised"], ["2022", "proposed"], ["Difference"], ["%"]], [
        ["Administrative Part (CHF)", fmt(adm[0]), fmt(adm[1]), fmt(adm[1] - adm[0]), pct(*adm)],
        ["Operational Part (USD)", fmt(ops[0]), fmt(ops[1]), fmt(ops[1] - ops[0]), pct(*ops)],
        ["Total (USD equivalent){*}", fmt(GRAND[0]), fmt(GRAND[1]), fmt(GRAND[1] - GRAND[0]), pct(*GRAND)],
    ], total_rows=(2,))
    pdf.table_note("*", "The Administrative Part is converted at the United Nations operational rate of exchange "
                        "of USD 1 = CHF 0.92 (2021: CHF 0.97).")
    pdf.heading("A", "Administrative Part of the Budget")
    pdf.para(6, "The Administrative Part for 2022 is proposed at CHF 60,180,000, which is CHF 5,706,000, or "
                "10.5 per cent, more than the level approved for 2021. The increase gives effect to the "
                "understanding reached in the Working Group on Budget Reform that the core structure of the "
                "Organization should be strengthened progressively over several budget cycles. It also absorbs "
                "the statutory cost increases that IOM must meet as a member of the United Nations common system.")
    pdf.draw_notes()

    # ------------------------------------------------------------ Page 2
    pdf.new_page("Page 2")
    pdf.set_notes([
        ("2", "The United Nations scale for the period 2019–2021 was adopted by the General Assembly in "
              "resolution 73/271 of 22 December 2018."),
        ("3", "The criteria applied by the Committee are described in the report on unearmarked funding "
              "received in 2020 (S/28/5)."),
    ])
    pdf.para(7, "The increase of CHF 5,706,000 is made up of the following elements:")
    pdf.item("(a)", "CHF 3,960,000 for 22 new positions at Headquarters and in the regional offices, "
                    "principally in oversight, risk management and data protection;")
    pdf.item("(b)", "CHF 1,150,000 for statutory increases in salaries and common staff costs; and")
    pdf.item("(c)", "CHF 596,000 for office costs, mainly the phased replacement of core information "
                    "technology systems.")
    pdf.ln(LH * 0.2)
    pdf.para(8, "The Administrative Part is broken down by category of expenditure in Table 2. Travel costs and "
                "the costs of the governing bodies and the external audit are maintained at their 2021 levels.")
    pdf.caption("Table 2. Administrative Part of the Budget by category (in Swiss francs)")
    c2 = [(LM, LM + 70, "L"), (LM + 70, LM + 100, "R"), (LM + 100, LM + 130, "R"), (LM + 130, TEXT_R, "R")]
    rows = [[k, fmt(a), fmt(b), fmt(b - a)] for k, (a, b) in ADMIN.items()]
    rows.append(["Total", fmt(ADMIN_TOT[0]), fmt(ADMIN_TOT[1]), fmt(ADMIN_TOT[1] - ADMIN_TOT[0])])
    pdf.table(c2, [["Category"], ["2021"], ["2022"], ["Difference"]], rows, total_rows=(len(rows) - 1,))
    pdf.ln(LH * 0.6)
    pdf.para(9, "Assessed contributions for 2022 have been calculated on the basis of the IOM scale of "
                "assessment, which is aligned with the scale of assessments of the United Nations.{2} The amount "
                "payable by each Member State is set out in the scale of assessment for 2022 (C/112/8).")
    pdf.heading("B", "Operational Part of the Budget")
    pdf.para(10, "The Operational Part is estimated at USD 1,237,610,000, compared with USD 1,104,960,000 in the "
                 "revised budget for 2021. Programme costs, that is, the direct costs of implementing projects, "
                 "account for some 86 per cent of the total; the balance covers the staff and office costs of the "
                 "structures that manage and support projects in the field and at Headquarters.")
    pdf.para(11, "The Operational Part is funded from three sources:")
    bx, tx = LM + IND, LM + IND + 6
    pdf.item("•", "voluntary contributions earmarked for specific projects, which provide the bulk of the "
                  "resources;", bx, tx)
    pdf.item("•", "Operational Support Income, generated by the overhead charged on projects, which finances "
                  "the part of the core structure not covered by the Administrative Part; and", bx, tx)
    pdf.item("•", "unearmarked and softly earmarked contributions, which are allocated by the Migration "
                  "Resource Allocation Committee.{3}", bx, tx)
    pdf.ln(LH * 0.3)
    pdf.para(12, "As shown in Table 3, staff and office costs rise by 12.4 per cent and programme costs by "
                 "11.9 per cent. The increase in staff and office costs results mainly from the", gap=False)
    pdf.draw_notes()

    # ------------------------------------------------------------ Page 3
    pdf.new_page("Page 3")
    pdf.set_notes([
        ("4", "Figures for the Operational Part are estimates as at 31 August 2021; they exclude "
                         "consultants and staff on short-term assignments."),
    ])
    pdf.cont("expansion of operations in countries affected by conflict and displacement.")
    pdf.caption("Table 3. Operational Part of the Budget by category (in US dollars)")
    c3 = [(LM, LM + 50, "L"), (LM + 50, LM + 80, "R"), (LM + 80, LM + 110, "R"),
          (LM + 110, LM + 140, "R"), (LM + 140, TEXT_R, "R")]
    rows = [[k, fmt(a), fmt(b), fmt(b - a), pct(a, b)] for k, (a, b) in OPS.items()]
    rows.append(["Total", fmt(OPS_TOT[0]), fmt(OPS_TOT[1]), fmt(OPS_TOT[1] - OPS_TOT[0]), pct(*OPS_TOT)])
    pdf.table(c3, [["Category"], ["2021"], ["2022"], ["Difference"], ["%"]], rows, total_rows=(2,))
    pdf.ln(LH * 0.6)
    pdf.para(13, "The distribution of the Operational Part by region is shown in the Annex. The Middle East and "
                 "North Africa and the East and Horn of Africa account for the largest shares of programme "
                 "costs, reflecting continuing displacement crises and the scale of the response to the "
                 "COVID-19 pandemic.")
    pdf.heading("III", "STAFFING")
    pdf.para(14, "Table 4 sets out the proposed staffing levels. Officials are staff in the Professional and "
                 "higher categories and employees are staff in the General Service category. Staff funded from "
                 "the Operational Part hold project-based contracts, and their numbers vary in line with project "
                 "funding.{4}")
    pdf.caption("Table 4. Staffing levels, 2021 and 2022")
    c4 = [(LM, LM + 70, "L"), (LM + 70, LM + 100, "R"), (LM + 100, LM + 130, "R"), (LM + 130, TEXT_R, "R")]
    rows = [[k, fmt(a), fmt(b), "+" + fmt(b - a)] for k, a, b in STAFF]
    rows.append(["Total", fmt(STAFF_TOT[0]), fmt(STAFF_TOT[1]), "+" + fmt(STAFF_TOT[1] - STAFF_TOT[0])])
    pdf.table(c4, [["Category"], ["2021"], ["2022"], ["Difference"]], rows, total_rows=(len(rows) - 1,))
    pdf.ln(LH * 0.6)
    pdf.para(15, "Of the 22 new positions proposed under the Administrative Part, 14 will be located at "
                 "Headquarters and 8 in the regional offices. They include five positions in the Office of the "
                 "Inspector General, three in the Office of Legal Affairs for data protection and four for "
                 "enterprise risk management.")
    pdf.heading("IV", "ACTION REQUESTED OF THE COUNCIL")
    pdf.para(16, "The Council is invited to:")
    pdf.item("(a)", "approve the Administrative Part of the Budget for 2022 in the amount of CHF 60,180,000;")
    pdf.item("(b)", "approve the Operational Part of the Budget for 2022 in the amount of USD 1,237,610,000; and")
    pdf.item("(c)", "take note of the staffing levels shown in Table 4.")
    pdf.draw_notes()

    # ------------------------------------------------------------ Annex
    pdf.new_page(None, annex="Annex")
    pdf.set_font("Sans", "B", 11)
    pdf.set_x(LM)
    pdf.cell(TEXT_R - LM, 6, "OPERATIONAL PART OF THE BUDGET BY REGION, 2022", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Sans", "", 9.5)
    pdf.cell(TEXT_R - LM, 5, "(in US dollars)", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
    ca = [(LM, LM + 70, "L"), (LM + 70, LM + 100, "R"), (LM + 100, LM + 132, "R"), (LM + 132, TEXT_R, "R")]
    rows = [[lab if len(lab) > 1 else lab[0], fmt(s), fmt(p), fmt(s + p)] for lab, s, p in REGIONS]
    ts, tp = sum(r[1] for r in REGIONS), sum(r[2] for r in REGIONS)
    rows.append(["Total", fmt(ts), fmt(tp), fmt(ts + tp)])
    pdf.table(ca, [["Region"], ["Staff and", "office costs"], ["Programme", "costs"], ["Total"]], rows,
              total_rows=(len(rows) - 1,), rh=4.8)
    pdf.output(OUT)


if __name__ == "__main__":
    build()
    print("written", OUT)
