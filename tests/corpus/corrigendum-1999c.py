#!/usr/bin/env python3
"""Draw corrigendum-1999c.pdf: an invented IOM Council corrigendum (MC/1977/Corr.1,
November 1999) to a Programme and Budget document, with fpdf2."""
import os
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "corrigendum-1999c.pdf")
FONTDIR = "/usr/share/fonts/truetype/dejavu"

SYMBOL = "MC/1977/Corr.1"
LINE_H = 5.6
FN_TOP = 297 - 30  # footnote zone starts here (mm)


class Doc(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("serif", "", 10)
        self.set_y(12)
        self.cell(0, 5, SYMBOL, align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 5, f"Page {self.page_no() - 1}", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_y(32)

    def footer(self):
        if self.page_no() != 1:
            return
        # trilingual cover footer
        self.set_draw_color(0)
        self.set_line_width(0.5)
        self.line(self.l_margin, 297 - 26, 210 - self.r_margin, 297 - 26)
        self.set_font("sans", "B", 11)
        self.set_y(297 - 22)
        w = (210 - self.l_margin - self.r_margin) / 3
        self.cell(w, 6, "COUNCIL", align="L")
        self.cell(w, 6, "CONSEIL", align="C")
        self.cell(w, 6, "CONSEJO", align="R")


pdf = Doc(format="A4", unit="mm")
pdf.add_font("serif", "", os.path.join(FONTDIR, "DejaVuSerif.ttf"))
pdf.add_font("serif", "B", os.path.join(FONTDIR, "DejaVuSerif-Bold.ttf"))
pdf.add_font("serif", "I", os.path.join(FONTDIR, "DejaVuSerif-Italic.ttf"))
pdf.add_font("sans", "B", os.path.join(FONTDIR, "DejaVuSans-Bold.ttf"))
pdf.set_margins(25, 20, 22)
pdf.set_auto_page_break(True, margin=34)

LM = 25
TW = 210 - 25 - 22  # text width

# ---------------------------------------------------------------- cover
pdf.add_page()
pdf.set_font("serif", "B", 12)
pdf.set_y(30)
pdf.cell(0, 6, SYMBOL, align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
pdf.set_font("serif", "", 11)
pdf.cell(0, 6, "Original: English", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.cell(0, 6, "16 November 1999", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(28)
pdf.set_font("serif", "B", 12)
pdf.cell(0, 6, "SEVENTY-EIGHTH SESSION", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.set_line_width(0.3)
pdf.line(LM + 30, pdf.get_y(), 210 - 22 - 30, pdf.get_y())
pdf.ln(40)
pdf.set_font("serif", "B", 14)
pdf.cell(0, 7, "PROGRAMME AND BUDGET FOR 2000", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
pdf.set_font("serif", "", 12)
pdf.cell(0, 7, "Corrigendum", align="C", new_x="LMARGIN", new_y="NEXT")

# ---------------------------------------------------------------- body helpers
footnotes = []  # (page, marker, text)


def body_font():
    pdf.set_font("serif", "", 10.5)


def plain(text, after=3.5):
    body_font()
    pdf.multi_cell(TW, LINE_H, text, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


def location(text):
    """Line naming the place of a correction."""
    if pdf.get_y() > 297 - 34 - 3 * LINE_H:
        pdf.add_page()
    pdf.set_font("serif", "B", 10.5)
    pdf.multi_cell(TW, LINE_H, text, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2.5)


def numbered(label, parts, after=3.5):
    """A numbered replacement paragraph: label, a tab, then text whose later
    lines run flush left.  parts: list of str or ("sup", marker, note)."""
    body_font()
    pdf.set_x(LM)
    pdf.write(LINE_H, label)
    pdf.set_x(max(pdf.get_x() + 3, LM + 12))
    for p in parts:
        if isinstance(p, tuple):
            _, marker, note = p
            pdf.char_vpos = "SUP"
            pdf.write(LINE_H, marker)
            pdf.char_vpos = "LINE"
            footnotes.append((pdf.page, marker, note))
        else:
            pdf.write(LINE_H, p)
    pdf.ln(LINE_H)
    pdf.ln(after)


def item(label, text, after=2.0):
    body_font()
    pdf.set_x(LM + 12)
    pdf.cell(10, LINE_H, label)
    pdf.set_x(LM + 22)
    pdf.multi_cell(TW - 22, LINE_H, text, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


# ---------------------------------------------------------------- body
pdf.add_page()
pdf.set_font("serif", "B", 11)
pdf.cell(0, 6, "PROGRAMME AND BUDGET FOR 2000", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("serif", "", 11)
pdf.cell(0, 6, "Corrigendum", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(8)

plain("Owing to transcription errors in the staffing data received from two Field Offices, "
      "and to the omission of a paragraph on the presentation of Field Office costs, document "
      "MC/1977 of 8 October 1999 should be corrected as shown below. The corrections apply to "
      "all language versions.", after=6)

location("Page 9, paragraph 23")
plain("In the fourth line, for \u201c224 Officials and 1,036 Employees\u201d read "
      "\u201c226 Officials and 1,041 Employees\u201d.", after=6)

location("Page 14, paragraph 41")
plain("Paragraph 41 should read:")
numbered("41.", [
    "The Mission with Regional Functions in Pretoria will continue to coordinate the "
    "activities of IOM offices in Southern Africa, including the return of qualified "
    "nationals and the regional information campaign on irregular migration. Its staff and "
    "office costs for 2000 are estimated at USD 808,000, an increase of USD 20,000 over the "
    "1999 level, which results mainly from the reclassification of one Employee post and "
    "from the higher rent of the office premises.",
    ("sup", "1", "The lease of the Pretoria premises was renegotiated in August 1999; see the "
     "report of the Sub-Committee on Budget and Finance on its eighty-first session "
     "(MC/EX/614), paragraph 15."),
    " Part of the increase will be met from project-related overhead income, in line with "
    "Resolution No. 949 (LXXII) of 12 November 1996.",
], after=6)

location("Page 7, after paragraph 17")
plain("Insert the following new paragraph:")
numbered("17 bis.", [
    "In response to a request made by several Member States at the eighty-first session of "
    "the Sub-Committee on Budget and Finance, Part II of this document now shows on a "
    "separate line the staff and office costs of those Field Offices that are funded from "
    "Miscellaneous Income. This change of presentation does not alter the total of the "
    "Operational Part of the Budget, which remains at USD 271.4 million."
], after=6)

location("Page 21, paragraph 58")
plain("Replace the existing text by the following:")
numbered("58.", [
    "The Administrative Part of the Budget for 2000 is maintained at zero nominal growth, at "
    "CHF 37,119,000. Statutory salary increases and the cost of servicing new Member States "
    "will be absorbed through the following measures:"
], after=2.5)
item("(a)", "the merger of two support units at Headquarters;")
item("(b)", "the deferral to 2001 of the replacement of office equipment; and")
item("(c)", "a reduction in the number of printed copies of governing body documents.",
     after=6)

# ---- replacement table
ROWS = [
    ("Officials\u2019 salaries", 398200, 412600),
    ("Employees\u2019 salaries", 229800, 236450),
    ("Staff travel", 41500, 38900),
    ("Office rent and maintenance", 55000, 57300),
    ("Communications", 27600, 29750),
    ("Equipment and supplies", 22900, 18400),
    ("General office expenses", 13000, 14600),
]
T1999 = sum(r[1] for r in ROWS)
T2000 = sum(r[2] for r in ROWS)
assert (T1999, T2000) == (788000, 808000)

# keep location, lead-in, caption and table together
if pdf.get_y() > 297 - 34 - 95:
    pdf.add_page()
location("Page 27, Table 6")
plain("Replace the table with the following:", after=4)
pdf.set_font("serif", "B", 10)
pdf.cell(0, 6, "Table 6: Mission with Regional Functions, Pretoria \u2013 staff and office "
         "costs (in US dollars)", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("serif", "", 10)
pdf.set_line_width(0.2)
fmt = "{:,}".format
with pdf.table(width=150, col_widths=(80, 35, 35), align="CENTER",
               text_align=("LEFT", "RIGHT", "RIGHT"), line_height=6,
               headings_style=FontFace(emphasis="BOLD"), padding=(1, 2)) as table:
    table.row(("Object of expenditure", "1999 Approved", "2000 Estimates"))
    for label, a, b in ROWS:
        table.row((label, fmt(a), fmt(b)))
    pdf.set_font("serif", "B", 10)
    table.row(("Total", fmt(T1999), fmt(T2000)),
              style=FontFace(emphasis="BOLD"))
pdf.ln(8)

location("Page 31, paragraph 73, last sentence")
plain("For \u201cduring the second half of 1999\u201d read \u201cduring the first half of 2000\u201d.")

# ---------------------------------------------------------------- footnotes
last = pdf.page
for page, marker, note in footnotes:
    pdf.page = page
    pdf.set_auto_page_break(False)
    pdf.set_line_width(0.2)
    pdf.line(LM, FN_TOP, LM + 50, FN_TOP)
    pdf.set_xy(LM, FN_TOP + 2)
    pdf.set_font("serif", "", 8.5)
    pdf.char_vpos = "SUP"
    pdf.write(4.2, marker)
    pdf.char_vpos = "LINE"
    pdf.set_x(LM + 4)
    pdf.multi_cell(TW - 4, 4.2, note, align="L")
pdf.page = last

pdf.output(OUT)
print("wrote", OUT, "pages:", last, "footnotes on pages:", [f[0] for f in footnotes])
