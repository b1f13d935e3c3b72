"""Draw corrigendum-2020c.pdf: corrigendum S/27/5/Corr.1 of an SCPF status report (2020)."""
import os
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "corrigendum-2020c.pdf")
FONTDIR = "/usr/share/fonts/truetype/dejavu/"
SYMBOL = "S/27/5/Corr.1"

LM, RM = 25, 25          # margins (mm)
BODY = 10.5              # body font size
LH = 5.6                 # body line height


class Doc(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font("DV", "", 9.5)
            self.set_xy(LM, 12)
            self.cell(self.epw, 4.6, SYMBOL, align="R", new_x="LMARGIN", new_y="NEXT")
            self.cell(self.epw, 4.6, f"Page {self.page_no()}", align="R",
                      new_x="LMARGIN", new_y="NEXT")
            self.set_y(32)

    # --- helpers -------------------------------------------------------
    def para(self, text, indent=0, after=3.5, align="J", style=""):
        self.set_font("DV", style, BODY)
        self.set_x(LM + indent)
        self.multi_cell(self.epw - 2 * indent, LH, text, align=align,
                        new_x="LMARGIN", new_y="NEXT")
        self.ln(after)

    def locator(self, text):
        self.set_font("DV", "U", BODY)
        self.set_x(LM)
        self.cell(0, LH, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(2.5)

    def runs(self, parts, indent=0, after=3.5):
        """parts: list of (style, text) or ('SUP', marker)."""
        self.set_left_margin(LM + indent)
        self.set_x(LM + indent)
        for style, text in parts:
            if style == "SUP":
                self.set_font("DV", "", BODY)
                self.char_vpos = "SUP"
                self.write(LH, text)
                self.char_vpos = "LINE"
            else:
                self.set_font("DV", style, BODY)
                self.write(LH, text)
        self.set_left_margin(LM)
        self.ln(LH)
        self.ln(after)


pdf = Doc(format="A4", unit="mm")
pdf.add_font("DV", "", FONTDIR + "DejaVuSans.ttf")
pdf.add_font("DV", "B", FONTDIR + "DejaVuSans-Bold.ttf")
pdf.add_font("DV", "I", FONTDIR + "DejaVuSans-Oblique.ttf")
pdf.add_font("DV", "BI", FONTDIR + "DejaVuSans-BoldOblique.ttf")
pdf.set_margins(LM, 20, RM)
pdf.set_auto_page_break(True, margin=22)

# ---------------------------------------------------------------- page 1
pdf.add_page()
pdf.set_font("DV", "B", 10.5)
pdf.set_xy(LM, 18)
pdf.cell(pdf.epw, 5.2, SYMBOL, align="R", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DV", "", 10)
pdf.cell(pdf.epw, 5.2, "Original: English", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.cell(pdf.epw, 5.2, "21 October 2020", align="R", new_x="LMARGIN", new_y="NEXT")

pdf.ln(16)
pdf.set_font("DV", "B", 11)
pdf.cell(pdf.epw, 6, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE", align="C",
         new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DV", "", 11)
pdf.cell(pdf.epw, 6, "Twenty-seventh Session", align="C", new_x="LMARGIN", new_y="NEXT")

pdf.ln(24)
pdf.set_font("DV", "B", 12)
pdf.cell(pdf.epw, 6.5, "STATUS REPORT ON OUTSTANDING CONTRIBUTIONS", align="C",
         new_x="LMARGIN", new_y="NEXT")
pdf.cell(pdf.epw, 6.5, "TO THE ADMINISTRATIVE PART OF THE BUDGET", align="C",
         new_x="LMARGIN", new_y="NEXT")
pdf.ln(8)
pdf.set_font("DV", "B", 11)
pdf.cell(pdf.epw, 6, "CORRIGENDUM", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(22)

# text_1 with two genuine footnotes of this corrigendum
pdf.runs([
    ("", "Owing to errors in the recording of two payments received shortly before the "
         "cut-off date, the corrections set out below are to be made to document S/27/5, "
         "issued on 2 October 2020."),
    ("SUP", "1"),
    ("", " All amounts are stated as at 30 September 2020, the reference date of the "
         "original document, and are expressed in Swiss francs."),
    ("SUP", "2"),
], after=6)

pdf.locator("Page 1, paragraph 3, second line")
pdf.runs([("I", "For"), ("", " 14 Member States "), ("I", "read"), ("", " 13 Member States")],
         after=6)

pdf.locator("Page 2, paragraph 5, third line")
pdf.runs([("I", "For"), ("", " CHF 604,873 "), ("I", "read"), ("", " CHF 592,621")], after=6)

pdf.locator("Page 2, paragraph 7")
pdf.para("Delete the last sentence.", after=6)

# footnotes of page 1
fy = 297 - 22 - 17
pdf.set_draw_color(0, 0, 0)
pdf.set_line_width(0.25)
pdf.line(LM, fy, LM + 45, fy)
pdf.set_xy(LM, fy + 2)
notes = [
    ("1", "Corrigenda to the French and Spanish versions of document S/27/5 are issued "
          "under the same symbol."),
    ("2", "Payments credited after 30 September 2020 will be reflected in the next status "
          "report, to be submitted to the Council at its 111th Session in November 2020."),
]
for mark, text in notes:
    y = pdf.get_y()
    pdf.set_font("DV", "", 6.5)
    pdf.set_xy(LM, y - 0.6)
    pdf.cell(3, 3, mark)
    pdf.set_font("DV", "", 8.5)
    pdf.set_xy(LM + 3, y)
    pdf.multi_cell(pdf.epw - 3, 4, text, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.8)

# ---------------------------------------------------------------- page 2
pdf.add_page()
pdf.locator("Page 2, paragraph 9")
pdf.para("Paragraph 9 should read:", after=3)
pdf.para("\u201c9.\u2003Since the previous report (S/26/5), Burundi and Djibouti have concluded "
         "payment plans with the Administration, bringing to 12 the number of Member States "
         "with plans in force. Under the arrangements endorsed by the Council in Resolution "
         "No. 1257 of 26 November 2013, a Member State that honours the terms of its payment "
         "plan regains its voting rights for the duration of the plan. The Administration "
         "continues to encourage all Member States in arrears to settle their contributions "
         "in full or to propose a payment plan, and will inform the Standing Committee of any "
         "further developments at its next session.\u201d", indent=10, after=6)

pdf.locator("Page 3, paragraph 11, first line")
pdf.runs([("I", "After"), ("", " \u201cassessed contributions\u201d "), ("I", "insert"),
          ("", " \u201cfor 2020\u201d")], after=6)

pdf.locator("Page 3, footnote 4")
pdf.para("Footnote 4 should read:", after=3)
pdf.para("\u201cThe scale of assessment for 2020 was approved by the Council in Resolution "
         "No. 1375 of 28 November 2019 (see document C/110/7).\u201d", indent=10, after=6)

pdf.locator("Page 4, Table 2")
pdf.para("Table 2 should read as follows:", after=4)

pdf.set_font("DV", "B", 10)
pdf.cell(pdf.epw, 5.5, "Table 2: Arrears of Member States subject to Article 4, "
         "as at 30 September 2020", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1.5)
rows = [
    ("Member State", "2018 and earlier\n(CHF)", "2019\n(CHF)", "Total outstanding\n(CHF)"),
    ("Comoros", "41,263", "9,812", "51,075"),
    ("Gambia", "18,904", "6,327", "25,231"),
    ("Guinea-Bissau", "62,118", "7,045", "69,163"),
    ("Libya", "287,406", "131,992", "419,398"),
    ("Sao Tome and Principe", "22,650", "5,104", "27,754"),
    ("Total", "432,341", "160,280", "592,621"),
]
pdf.set_font("DV", "", 9.5)
BOLD = FontFace(emphasis="BOLD")
with pdf.table(col_widths=(52, 34, 28, 40), width=154, line_height=5.2,
               text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT"),
               headings_style=BOLD, first_row_as_headings=True) as table:
    for i, r in enumerate(rows):
        row = table.row()
        for j, c in enumerate(r):
            if i == 0:
                row.cell(c, align="C" if j else "L")
            elif r[0] == "Total":
                row.cell(c, style=BOLD)
            else:
                row.cell(c)
pdf.ln(7)

# ---------------------------------------------------------------- page 3
pdf.add_page()
pdf.locator("Page 5, Annex, entry for Guinea-Bissau, column headed \u201c2019\u201d")
pdf.runs([("I", "For"), ("", " 7,405 "), ("I", "read"), ("", " 7,045")], after=6)

pdf.para("The other figures in the Annex to document S/27/5 are unaffected. This document "
         "replaces the informal note on the same subject circulated to members of the "
         "Standing Committee on 16 October 2020.", after=4)

pdf.output(OUT)
print("wrote", OUT, pdf.page_no(), "pages")
