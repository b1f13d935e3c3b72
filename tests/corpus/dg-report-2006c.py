#!/usr/bin/env python3
"""Draws dg-report-2006c.pdf: Report of the Director General on the work of the
Organization for the year 2005 (IOM Council, 2006), word-processor layout, fpdf2."""
import os
import re

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dg-report-2006c.pdf")

SYMBOL = "MC/2196"
DATE = "12 May 2006"
SESSION = "NINETY-SECOND SESSION"
TITLE_LINES = ["REPORT OF THE DIRECTOR GENERAL ON THE WORK",
               "OF THE ORGANIZATION FOR THE YEAR 2005"]

# ---------------------------------------------------------------- geometry (mm)
PAGE_W, PAGE_H = 210.0, 297.0
LM, RM = 25.0, 25.0
TW = PAGE_W - LM - RM
TOP = 31.0
BOTTOM = 273.0
FS = 12.0            # body font size (pt)
LH = 4.9             # body line height
GAP = 4.9            # blank line between paragraphs
TAB = 12.7           # first-line tab after the paragraph number
BUL_X = 12.7         # bullet position
BUL_T = 19.05        # bullet text position
FN_FS = 10.0
FN_LH = 4.1
SUP_FS = 7.0
SUP_RISE = 1.3       # mm
PT = 25.4 / 72.0

# ---------------------------------------------------------------- content
FOOTNOTES = {
    1: "The report for 2004 was issued as document MC/2171 and was considered by the "
       "Executive Committee at its Hundred and second Session in June 2005.",
    2: "See Resolutions Nos. 1121, 1122, 1123 and 1124 of 29 November 2005.",
    3: "Figures are provisional and cover movements completed by 31 December; final data "
       "will be published with the statistical tables of the Financial Report.",
    4: "The Organization's approach to migration health is set out in document MC/INF/277, "
       "presented to the Council in November 2004.",
    5: "Audited figures are presented in the Financial Report for the year ended "
       "31 December 2005 (MC/2198).",
}

MOVES_HEAD = ["Region of destination", "Resettlement", "Return", "Other", "Total"]
MOVES = [
    ("Africa", 8412, 46905, 3118),
    ("Americas", 61230, 4876, 2905),
    ("Asia and Oceania", 17645, 58302, 6740),
    ("Europe", 12908, 21664, 9377),
    ("Middle East", 1215, 9830, 1486),
]
STAFF_HEAD = ["Category", "Headquarters", "Field", "Total"]
STAFF = [("Officials", 142, 593), ("Employees", 215, 4380)]


def fmt(n):
    return f"{n:,}"


def moves_rows():
    rows = []
    for name, a, b, c in MOVES:
        rows.append([name, fmt(a), fmt(b), fmt(c), fmt(a + b + c)])
    ta = sum(r[1] for r in MOVES)
    tb = sum(r[2] for r in MOVES)
    tc = sum(r[3] for r in MOVES)
    assert (ta, tb, tc, ta + tb + tc) == (101410, 141577, 23626, 266613)
    rows.append(["Total", fmt(ta), fmt(tb), fmt(tc), fmt(ta + tb + tc)])
    return rows


def staff_rows():
    rows = [[n, fmt(h), fmt(f), fmt(h + f)] for n, h, f in STAFF]
    th = sum(r[1] for r in STAFF)
    tf = sum(r[2] for r in STAFF)
    assert th + tf == 5330
    rows.append(["Total", fmt(th), fmt(tf), fmt(th + tf)])
    return rows


BODY = [
    ("running_title",),
    ("h1", None, "INTRODUCTION"),
    ("para", 1,
     "This report reviews the work of the International Organization for Migration (IOM) "
     "during 2005, a year in which the Organization had to respond to two natural disasters "
     "of exceptional scale while continuing to expand its regular programmes in the fields of "
     "return, resettlement, labour migration and counter-trafficking. It follows the pattern "
     "of the report for the previous year,^1 and gives an overview of membership and "
     "governance, operational activities, staff and financial resources."),
    ("para", 2,
     "The year opened with the Organization's response to the tsunami of 26 December 2004, "
     "which devastated coastal communities in Indonesia, Sri Lanka, Thailand and other "
     "countries bordering the Indian Ocean. In October, the earthquake that struck northern "
     "Pakistan and Kashmir created a second large emergency, this time in mountainous areas "
     "where access was difficult and winter was only weeks away."),
    ("para", 3,
     "Despite these demands, the Organization kept its core services running without "
     "interruption. Operational expenditure reached the highest level in its history, the "
     "number of field locations continued to grow, and Member States made increasing use of "
     "IOM as a forum for policy dialogue on migration."),
    ("h1", "I", "MEMBERSHIP AND GOVERNANCE"),
    ("h2", "A", "Membership"),
    ("para", 4,
     "At its Ninetieth Session, the Council admitted Burundi, Ghana, Mongolia and Nepal as "
     "Members of the Organization,^2 bringing the number of Member States to 116 at the end "
     "of the year. The number of States holding observer status stood at 19, and five further "
     "international and non-governmental organizations were granted observer status."),
    ("para", 5,
     "Several Governments informed the Administration that the procedures for their "
     "admission were under way at the national level, and it is expected that further "
     "applications for membership will be submitted to the Council in 2006."),
    ("h2", "B", "Governing bodies"),
    ("para", 6,
     "The Council held its Ninetieth Session in Geneva from 29 November to 2 December 2005. "
     "The Executive Committee met in June, and the Subcommittee on Budget and Finance held "
     "two sessions, in May and in October. By Resolution No. 1129 (XC) of 1 December 2005, "
     "the Council approved the Programme and Budget for 2006 (MC/2180)."),
    ("para", 7,
     "Under the International Dialogue on Migration, the Council's general debate was "
     "devoted to policy coherence in migration management. Two intersessional workshops "
     "were held during the year, the first on migration and human resources for health and "
     "the second on the links between labour mobility and development."),
    ("h1", "II", "OPERATIONAL ACTIVITIES"),
    ("h2", "A", "Movements"),
    ("para", 8,
     "The number of persons moved or assisted by the Organization in 2005^3 was higher than "
     "in any year since 1999, mainly because of large return operations to Afghanistan, "
     "Angola and Iraq and the continued growth of resettlement processing for the United "
     "States, Canada and Australia."),
    ("para", 9,
     "In all, some 266,600 persons were moved or assisted. Table 1 sets out these movements "
     "by region of destination and type of assistance. Return movements accounted for 53 per "
     "cent of the total and resettlement for 38 per cent."),
    ("table", "Table 1: Movements by region of destination and type of assistance, 2005",
     MOVES_HEAD, "moves", [50.0, 29.0, 27.0, 25.0, 29.0], LM),
    ("para", 10,
     "Some 58,300 persons were assisted to return to countries of Asia and Oceania, most of "
     "them to Afghanistan from the Islamic Republic of Iran and Pakistan. In Africa, the "
     "return of refugees and internally displaced persons to Angola and to southern Sudan "
     "made up the largest share of the 46,900 returns recorded in that region."),
    ("h2", "B", "Emergency and post-crisis programmes"),
    ("para", 11,
     "In the areas affected by the tsunami, the Organization built more than 12,000 "
     "transitional shelters in Aceh province, transported relief goods for partner agencies "
     "and ran cash-for-work schemes in Sri Lanka that employed over 9,000 persons. "
     "Community stabilization projects continued in the last quarter of the year."),
    ("para", 12,
     "In response to the earthquake in Pakistan, the Organization, working with the "
     "Government and its partners:"),
    ("bullets", [
        "transported more than 40,000 tonnes of relief items by road and helicopter to "
        "remote valleys;",
        "coordinated the emergency shelter cluster set up by the humanitarian agencies;",
        "distributed winterized tents and corrugated iron sheets to some 150,000 families; and",
        "deployed medical teams to help evacuate injured persons to hospitals in Islamabad "
        "and Rawalpindi.",
    ]),
    ("para", 13,
     "Post-crisis programmes were also carried out in Darfur, Haiti, Liberia and Timor-Leste. "
     "In January and again in December 2005, the Organization organized out-of-country "
     "voting for Iraqi citizens living abroad, with polling centres in 14 countries."),
    ("h2", "C", "Migration health"),
    ("para", 14,
     "The Organization carried out some 135,000 migration health assessments for "
     "resettlement and immigration purposes, and its travel health programmes covered most "
     "of the persons it moved.^4 Tuberculosis screening was strengthened in Kenya, Nepal and "
     "Thailand in cooperation with the national health authorities."),
    ("para", 15,
     "Work on HIV/AIDS and mobile populations expanded in southern Africa and South-East "
     "Asia, and the Organization began to prepare its field offices for a possible influenza "
     "pandemic by drawing up contingency plans for staff and migrants in its care."),
    ("h1", "III", "STAFF AND RESOURCES"),
    ("h2", "A", "Staff and offices"),
    ("para", 16,
     "At 31 December 2005, the Organization employed 5,330 staff, of whom 735 were "
     "officials and 4,595 employees. Nine staff out of ten worked in the field. Table 2 "
     "gives the distribution between Headquarters and the field."),
    ("table", "Table 2: Staff of the Organization at 31 December 2005",
     STAFF_HEAD, "staff", [46.0, 32.0, 30.0, 30.0], LM + 11.0),
    ("para", 17,
     "The Organization had a presence in more than 280 locations, including 19 offices "
     "opened during the year, most of them in areas affected by the tsunami and the "
     "earthquake. Security arrangements for staff in high-risk locations were reviewed "
     "with the United Nations Department of Safety and Security."),
    ("h2", "B", "Financial resources"),
    ("para", 18,
     "Combined expenditure under the Administrative and Operational Parts of the Budget "
     "amounted to USD 952.5 million, compared with USD 637.8 million in 2004.^5 Nearly all "
     "of the increase was financed by earmarked voluntary contributions for the emergency "
     "operations described above."),
    ("para", 19,
     "At the end of the year, assessed contributions of CHF 4.9 million remained "
     "outstanding, and eleven Member States were subject to the provisions of Article 4 of "
     "the Constitution. The Administration continued to encourage these States to agree on "
     "payment plans."),
    ("h1", None, "CONCLUSION"),
    ("para", 20,
     "The events of 2005 tested the capacity of the Organization to deliver large "
     "programmes at short notice, and showed the value of a flexible, field-based structure. "
     "The Director General thanks Member States, donors and partner organizations for their "
     "support, and the staff for their commitment under difficult conditions."),
]

CONTENTS = [
    (0, None, "INTRODUCTION"),
    (0, "I", "MEMBERSHIP AND GOVERNANCE"),
    (1, "A", "Membership"),
    (1, "B", "Governing bodies"),
    (0, "II", "OPERATIONAL ACTIVITIES"),
    (1, "A", "Movements"),
    (1, "B", "Emergency and post-crisis programmes"),
    (1, "C", "Migration health"),
    (0, "III", "STAFF AND RESOURCES"),
    (1, "A", "Staff and offices"),
    (1, "B", "Financial resources"),
    (0, None, "CONCLUSION"),
]


# ---------------------------------------------------------------- text helpers
def words_of(text):
    """Split text into words; each word is a list of (segment, is_sup)."""
    out = []
    for w in text.split():
        segs = []
        for part in re.split(r"(\^\d+)", w):
            if not part:
                continue
            if part.startswith("^"):
                segs.append((part[1:], True))
            else:
                segs.append((part, False))
        out.append(segs)
    return out


class Doc:
    def __init__(self, heading_pages):
        self.hp = heading_pages        # key -> page label from a previous pass
        self.found = {}
        pdf = FPDF(unit="mm", format="A4")
        pdf.core_fonts_encoding = "windows-1252"
        pdf.set_auto_page_break(False)
        pdf.set_margins(LM, TOP, RM)
        pdf.set_title("Report of the Director General on the work of the Organization for the year 2005")
        pdf.set_author("International Organization for Migration")
        self.pdf = pdf
        self.fn_page = []               # footnote numbers on the current page
        self.y = TOP
        self.size = FS
        self.style = ""

    # -- fonts
    def font(self, style="", size=FS):
        self.pdf.set_font("Times", style, size)

    def w(self, s, style="", size=FS):
        self.font(style, size)
        return self.pdf.get_string_width(s)

    def word_w(self, segs, style="", size=FS):
        total = 0.0
        for t, sup in segs:
            total += self.w(t, style, SUP_FS if sup else size)
        return total

    def draw_word(self, x, y, segs, style="", size=FS):
        for t, sup in segs:
            if sup:
                self.font(style, SUP_FS)
                self.pdf.text(x, y - SUP_RISE, t)
                x += self.pdf.get_string_width(t)
            else:
                self.font(style, size)
                self.pdf.text(x, y, t)
                x += self.pdf.get_string_width(t)
        return x

    def break_lines(self, words, first_w, other_w, style="", size=FS):
        sp = self.w(" ", style, size)
        lines, cur, cur_w = [], [], 0.0
        for wd in words:
            ww = self.word_w(wd, style, size)
            limit = first_w if not lines else other_w
            if cur and cur_w + sp + ww > limit:
                lines.append(cur)
                cur, cur_w = [wd], ww
            else:
                cur_w = ww if not cur else cur_w + sp + ww
                cur.append(wd)
        if cur:
            lines.append(cur)
        return lines

    def draw_line(self, x, y, width, line, justify, style="", size=FS):
        sp = self.w(" ", style, size)
        widths = [self.word_w(wd, style, size) for wd in line]
        gap = sp
        if justify and len(line) > 1:
            gap = (width - sum(widths)) / (len(line) - 1)
        for wd, ww in zip(line, widths):
            self.draw_word(x, y, wd, style, size)
            x += ww + gap

    # -- footnotes
    def fn_lines(self, n):
        words = [[(f"{n}", True)]] + words_of(FOOTNOTES[n])
        # marker followed by the text; wrapped flush left
        return self.break_lines(words, TW, TW, "", FN_FS)

    def fn_height(self, nums):
        if not nums:
            return 0.0
        h = 5.0
        for n in nums:
            h += len(self.fn_lines(n)) * FN_LH + 1.0
        return h

    def flush_footnotes(self):
        if not self.fn_page:
            return
        pdf = self.pdf
        y0 = BOTTOM - self.fn_height(self.fn_page) + 1.5
        pdf.set_line_width(0.2)
        pdf.line(LM, y0, LM + 50.0, y0)
        y = y0 + 1.5
        for n in self.fn_page:
            for line in self.fn_lines(n):
                y += FN_LH
                self.draw_line(LM, y, TW, line, False, "", FN_FS)
            y += 1.0
        self.fn_page = []

    # -- pages
    def header(self, label):
        pdf = self.pdf
        self.font("", FS)
        for i, s in enumerate([SYMBOL, f"Page {label}"]):
            pdf.text(PAGE_W - RM - pdf.get_string_width(s), 15.0 + i * 5.0, s)

    def new_page(self, label):
        self.flush_footnotes()
        self.pdf.add_page()
        self.label = label
        self.header(label)
        self.y = TOP

    def next_body_page(self):
        self.new_page(str(int(self.label) + 1))

    def limit(self, extra_fns=()):
        return BOTTOM - self.fn_height(self.fn_page + list(extra_fns))

    def room(self, h, extra_fns=()):
        return self.y + h <= self.limit(extra_fns)

    def gap(self):
        if self.y > TOP + 0.1:
            self.y += GAP

    # -- blocks
    def place_lines(self, lines, x_first, x_other, w_first, w_other, style="", size=FS,
                    justify_last=False, prefix=None):
        for i, line in enumerate(lines):
            fns = [int(t) for wd in line for t, sup in wd if sup]
            if not self.room(LH, fns):
                self.next_body_page()
            self.fn_page.extend(fns)
            self.y += LH
            base = self.y - 1.2
            if i == 0 and prefix:
                px, ptxt = prefix
                self.font(style, size)
                self.pdf.text(px, base, ptxt)
            last = i == len(lines) - 1
            x = x_first if i == 0 else x_other
            wd = w_first if i == 0 else w_other
            self.draw_line(x, base, wd, line, (not last) or justify_last, style, size)

    def para(self, num, text):
        self.gap()
        words = words_of(text)
        lines = self.break_lines(words, TW - TAB, TW)
        # keep at least two lines together at the top of a paragraph
        if len(lines) > 1 and not self.room(2 * LH):
            self.next_body_page()
        self.place_lines(lines, LM + TAB, LM, TW - TAB, TW, prefix=(LM, f"{num}."))

    def bullets(self, items):
        for it in items:
            self.gap()
            lines = self.break_lines(words_of(it), TW - BUL_T, TW - BUL_T)
            self.place_lines(lines, LM + BUL_T, LM + BUL_T, TW - BUL_T, TW - BUL_T,
                             prefix=(LM + BUL_X, "\u2022"))

    def heading(self, level, num, text):
        key = f"{num or ''}|{text}"
        self.gap()
        if self.y > TOP + 0.1:
            self.y += 1.0 if level == 2 else GAP * 0.0
        need = LH + GAP + 2 * LH
        if not self.room(need):
            self.next_body_page()
        self.found[key] = self.label
        self.y += LH
        base = self.y - 1.2
        if level == 1:
            self.font("B", FS)
            if num:
                self.pdf.text(LM, base, f"{num}.")
                self.pdf.text(LM + TAB, base, text)
            else:
                self.pdf.text(LM, base, text)
        else:
            self.font("B", FS)
            self.pdf.text(LM, base, f"{num}.")
            self.font("BI", FS)
            self.pdf.text(LM + TAB, base, text)

    def running_title(self):
        self.font("B", FS)
        for s in TITLE_LINES:
            self.y += LH
            self.pdf.text(LM + (TW - self.pdf.get_string_width(s)) / 2, self.y - 1.2, s)

    def table(self, caption, head, which, widths, x0):
        rows = moves_rows() if which == "moves" else staff_rows()
        rh = 6.2
        total_h = LH + 2.0 + rh * (len(rows) + 1)
        self.gap()
        if not self.room(total_h):
            self.next_body_page()
        pdf = self.pdf
        self.y += LH
        self.font("B", 11)
        pdf.text(LM + (TW - pdf.get_string_width(caption)) / 2, self.y - 1.2, caption)
        self.y += 2.0
        pdf.set_line_width(0.2)
        pdf.set_xy(x0, self.y)
        self.font("B", 11)
        for w, h in zip(widths, head):
            pdf.cell(w, rh, h, border=1, align="C")
        self.y += rh
        for r in rows:
            pdf.set_xy(x0, self.y)
            self.font("B" if r[0] == "Total" else "", 11)
            for j, (w, c) in enumerate(zip(widths, r)):
                pdf.cell(w, rh, c, border=1, align="L" if j == 0 else "R")
            self.y += rh
        self.y += 1.0

    # -- fixed pages
    def cover(self):
        pdf = self.pdf
        pdf.add_page()
        self.font("B", FS)
        pdf.text(PAGE_W - RM - pdf.get_string_width(SYMBOL), 25.0, SYMBOL)
        self.font("", FS)
        for i, s in enumerate(["Original: English", DATE]):
            pdf.text(PAGE_W - RM - pdf.get_string_width(s), 35.0 + i * 5.0, s)
        self.font("B", FS)
        pdf.text(LM + (TW - pdf.get_string_width(SESSION)) / 2, 72.0, SESSION)
        pdf.set_line_width(0.5)
        pdf.line(LM, 78.0, PAGE_W - RM, 78.0)
        self.font("B", FS)
        for i, s in enumerate(TITLE_LINES):
            pdf.text(LM + (TW - pdf.get_string_width(s)) / 2, 118.0 + i * 6.0, s)
        # cover note
        self.font("", FS)
        pdf.text(LM, 246.0, "__________")
        note = ("This report is submitted to the Council at its Ninety-second Session in "
                "November 2006.")
        self.font("", 11)
        pdf.text(LM, 253.0, note)
        # trilingual footer
        pdf.set_line_width(0.3)
        pdf.line(LM, 272.0, PAGE_W - RM, 272.0)
        self.font("B", 11)
        pdf.text(LM, 279.0, "COUNCIL")
        s = "CONSEIL"
        pdf.text(PAGE_W / 2 - pdf.get_string_width(s) / 2, 279.0, s)
        s = "CONSEJO"
        pdf.text(PAGE_W - RM - pdf.get_string_width(s), 279.0, s)

    def contents(self):
        pdf = self.pdf
        self.new_page("i")
        self.font("B", FS)
        s = "CONTENTS"
        self.y += LH
        pdf.text(LM + (TW - pdf.get_string_width(s)) / 2, self.y, s)
        self.y += GAP
        self.font("", FS)
        self.y += LH
        pdf.text(PAGE_W - RM - pdf.get_string_width("Page"), self.y, "Page")
        self.y += 2.0
        for level, num, text in CONTENTS:
            key = f"{num or ''}|{text}"
            page = self.hp.get(key, "0")
            self.y += LH + (2.5 if level == 0 else 0.8)
            x = LM + (TAB if level == 1 else 0.0)
            self.font("", FS)
            if num:
                pdf.text(x, self.y, f"{num}.")
                tx = x + TAB
            else:
                tx = x
            pdf.text(tx, self.y, text)
            end = tx + pdf.get_string_width(text) + 1.5
            pw = pdf.get_string_width(page)
            right = PAGE_W - RM - pw - 1.5
            dot = pdf.get_string_width(".")
            n = int((right - end) / dot)
            pdf.text(right - n * dot, self.y, "." * n)
            pdf.text(PAGE_W - RM - pw, self.y, page)

    def build(self):
        self.cover()
        self.contents()
        self.new_page("1")
        for b in BODY:
            kind = b[0]
            if kind == "running_title":
                self.running_title()
            elif kind == "h1":
                self.heading(1, b[1], b[2])
            elif kind == "h2":
                self.heading(2, b[1], b[2])
            elif kind == "para":
                self.para(b[1], b[2])
            elif kind == "bullets":
                self.bullets(b[1])
            elif kind == "table":
                self.table(*b[1:])
        self.flush_footnotes()
        return self


def main():
    d = Doc({}).build()
    d = Doc(d.found).build()
    again = Doc(d.found).build()
    assert again.found == d.found
    d.pdf.output(OUT)
    print("pages:", d.pdf.page, "headings:", d.found)


if __name__ == "__main__":
    main()
