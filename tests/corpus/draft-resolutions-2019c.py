"""Draw draft-resolutions-2019c.pdf: three draft resolutions (C/110/L/3, C/110/L/4, C/110/L/5)
under one cover, IOM Council, 110th Session, November 2019. Library: fpdf2."""
from pathlib import Path
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
OUT = HERE / "draft-resolutions-2019c.pdf"

COVER_SYMBOL = "C/110/L/3, C/110/L/4 and C/110/L/5"
FONT = "helvetica"
SIZE = 10.5
LH = 5.2          # line height (mm)
LM, RM, TM, BM = 25, 25, 18, 20
INDENT = 12       # first-line indent / number tab


class Doc(FPDF):
    def __init__(self):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_margins(LM, TM, RM)
        self.set_auto_page_break(True, margin=BM)
        self.page_notes = {}   # page -> list of (marker, text)

    def header(self):
        # restore the normal bottom margin on every new page
        self.set_auto_page_break(True, margin=BM)
        if self.page == 1:
            return
        self.set_font(FONT, "", 9.5)
        self.set_xy(LM, 10)
        self.cell(self.epw, 4.5, COVER_SYMBOL, align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(self.epw, 4.5, f"Page {self.page}", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_y(TM + 8)
        self.set_font(FONT, "", SIZE)

    def footer(self):
        notes = self.page_notes.get(self.page)
        if not notes:
            return
        h = self.notes_height(notes)
        y = self.h - BM - h
        self.set_draw_color(0)
        self.set_line_width(0.2)
        self.line(LM, y, LM + 50, y)
        self.set_y(y + 2)
        for marker, text in notes:
            self.set_font(FONT, "", 6.5)
            self.set_x(LM)
            ty = self.get_y()
            self.cell(3, 3, marker)          # raised marker
            self.set_xy(LM + 4, ty + 0.8)
            self.set_font(FONT, "", 8.5)
            self.multi_cell(self.epw - 4, 4, text, new_x="LMARGIN", new_y="NEXT")

    @staticmethod
    def notes_height(notes):
        return 4 + sum(4 * (1 + len(t) // 110) for _, t in notes)


pdf = Doc()
pdf.set_title("Draft resolutions C/110/L/3, C/110/L/4 and C/110/L/5")
pdf.set_author("International Organization for Migration")
pdf.add_page()


def para_gap(h=3.2):
    pdf.ln(h)


def centered(text, style="B", size=SIZE, gap_after=0.0):
    pdf.set_font(FONT, style, size)
    pdf.multi_cell(pdf.epw, LH + 0.3, text, align="C", new_x="LMARGIN", new_y="NEXT")
    if gap_after:
        pdf.ln(gap_after)


def ensure_room(h):
    if pdf.get_y() + h > pdf.page_break_trigger:
        pdf.add_page()


def write_runs(runs):
    """runs: list of (text, style) or ('^', marker) for a raised footnote marker."""
    for text, style in runs:
        if text == "^":
            marker, note = style
            pdf.set_font(FONT, "", SIZE)
            pdf.char_vpos = "SUP"
            pdf.write(LH, marker)
            pdf.char_vpos = "LINE"
            pdf.page_notes.setdefault(pdf.page, []).append((marker, note))
            continue
        pdf.set_font(FONT, style, SIZE)
        pdf.write(LH, text)
    pdf.set_font(FONT, "", SIZE)
    pdf.ln(LH)


def preamble(lead, rest, note=None):
    """A preamble clause: first line indented, opening words in italics."""
    runs = [(lead, "I"), (rest, "")]
    if note:
        # reserve room for the footnote at the foot of this page before writing the clause
        need = Doc.notes_height([note]) + 3
        ensure_room(3 * LH + need)
        pdf.set_auto_page_break(True, margin=BM + need)
        runs.append(("^", note))
    ensure_room(2 * LH)
    pdf.set_x(LM + INDENT)
    write_runs(runs)
    para_gap()


def operative(num, text, keep=0.0):
    ensure_room(2 * LH + keep)
    pdf.set_font(FONT, "", SIZE)
    pdf.set_x(LM)
    pdf.cell(INDENT, LH, f"{num}.")
    write_runs([(text, "")])
    para_gap()


def item(label, text):
    ensure_room(2 * LH)
    old = pdf.l_margin
    pdf.set_left_margin(LM + INDENT)
    pdf.set_x(LM + INDENT)
    pdf.set_font(FONT, "", SIZE)
    pdf.cell(10, LH, label)
    write_runs([(text, "")])
    pdf.set_left_margin(old)
    pdf.set_x(old)
    para_gap(2.2)


def formula(word):
    ensure_room(3 * LH)
    pdf.set_font(FONT, "I", SIZE)
    pdf.set_x(LM + INDENT)
    pdf.cell(0, LH, word, new_x="LMARGIN", new_y="NEXT")
    para_gap()


def the_council():
    pdf.set_font(FONT, "", SIZE)
    pdf.set_x(LM + INDENT)
    pdf.cell(0, LH, "The Council,", new_x="LMARGIN", new_y="NEXT")
    para_gap()


def draft_heading(symbol, title_lines, submitted=None):
    ensure_room(60)
    centered(symbol, "B", SIZE, 3)
    centered("DRAFT RESOLUTION", "B", SIZE, 2.5)
    for line in title_lines:
        centered(line, "B", SIZE)
    pdf.ln(3)
    if submitted:
        centered(submitted, "", SIZE, 0)
        pdf.ln(3)
    pdf.ln(3)
    the_council()


def table(caption, head, rows, total):
    w1, w2 = 95, 38
    x0 = LM + INDENT + 4
    ensure_room(LH * (len(rows) + 4) + 10)
    pdf.set_font(FONT, "I", 9.5)
    pdf.set_x(x0)
    pdf.cell(w1 + w2, LH, caption, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_line_width(0.2)
    pdf.set_font(FONT, "B", 9.5)
    pdf.set_x(x0)
    pdf.cell(w1, LH + 1.5, head[0], border=1, align="L")
    pdf.cell(w2, LH + 1.5, head[1], border=1, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT, "", 9.5)
    for label, amount in rows:
        pdf.set_x(x0)
        pdf.cell(w1, LH + 1.2, label, border="LR", align="L")
        pdf.cell(w2, LH + 1.2, f"{amount:,}", border="LR", align="R", new_x="LMARGIN", new_y="NEXT")
    assert sum(a for _, a in rows) == total
    pdf.set_font(FONT, "B", 9.5)
    pdf.set_x(x0)
    pdf.cell(w1, LH + 1.5, "Total", border=1, align="L")
    pdf.cell(w2, LH + 1.5, f"{total:,}", border=1, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT, "", SIZE)
    para_gap(5)


# ------------------------------------------------------------------ cover block
pdf.set_font(FONT, "B", 11)
pdf.set_y(TM)
pdf.cell(pdf.epw, 5.5, COVER_SYMBOL, align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
pdf.set_font(FONT, "", 10)
pdf.cell(pdf.epw, 5, "Original: English", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.cell(pdf.epw, 5, "22 November 2019", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
pdf.set_font(FONT, "B", 12)
pdf.cell(pdf.epw, 6, "COUNCIL", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_font(FONT, "", 11)
pdf.cell(pdf.epw, 6, "110th Session", align="L", new_x="LMARGIN", new_y="NEXT")
pdf.ln(8)
centered("DRAFT RESOLUTIONS", "B", 12.5)
pdf.ln(2)
pdf.set_draw_color(0)
pdf.set_line_width(0.3)
pdf.line(LM + 45, pdf.get_y(), pdf.w - RM - 45, pdf.get_y())
pdf.ln(7)

# ------------------------------------------------------------------ draft 1: C/110/L/3
draft_heading("C/110/L/3", ["PROGRAMME AND BUDGET FOR 2020"],
              "(Submitted by the Standing Committee on Programmes and Finance)")

preamble("Recalling", " Resolution No. 1372 of 27 November 2018 on the Programme and Budget for 2019 "
         "and Resolution No. 1265 of 27 November 2013 on the strengthening of the core structure "
         "of the Organization,")
preamble("Having considered", " the Programme and Budget for 2020 (C/110/7), presented by the "
         "Director General in accordance with the Financial Regulations,")
preamble("Taking note", " of the recommendations made by the Standing Committee on Programmes and "
         "Finance at its Twenty-fifth Session, held in Geneva on 29 and 30 October 2019,",
         note=("1", "See the Report on the Twenty-fifth Session of the Standing Committee on "
                    "Programmes and Finance (S/25/14), paragraphs 22 to 37."))
preamble("Noting", " that the Administrative Part of the Budget for 2020 includes the assessed "
         "contributions of the Member States admitted to the Organization during 2019,")
preamble("Conscious", " of the need to ensure that the core structure of the Organization keeps pace "
         "with the growth in its operational activities,")

formula("Decides:")
operative(1, "To approve the Programme and Budget for 2020 (C/110/7);")
operative(2, "To approve the Administrative Part of the Budget for 2020 in the amount of "
             "CHF 52,316,000, to be financed as follows:", keep=48)
table("(in Swiss francs)", ("Source of financing", "Amount"),
      [("Assessed contributions of Member States", 51_627_000),
       ("Assessed contributions of new Member States", 474_000),
       ("Miscellaneous income", 215_000)],
      52_316_000)
operative(3, "To approve the Operational Part of the Budget for 2020 in the amount of "
             "USD 1,146,350,000, on the understanding that it will be adjusted as further "
             "voluntary contributions are confirmed;")
operative(4, "To authorize the Director General to accept, within the Operational Part of the "
             "Budget, additional voluntary contributions for new or expanded activities, and to "
             "inform Member States of them through the summary update on the Programme and Budget "
             "for 2020;")
operative(5, "To request the Director General to present a revision of the Programme and Budget "
             "for 2020 to the Standing Committee on Programmes and Finance at its Twenty-sixth "
             "Session in June 2020.")
pdf.ln(6)

# ------------------------------------------------------------------ draft 2: C/110/L/4
draft_heading("C/110/L/4", ["STATUS OF CONTRIBUTIONS OUTSTANDING TO THE",
                            "ADMINISTRATIVE PART OF THE BUDGET"],
              "(Submitted by the Bureau of the Council)")

preamble("Recalling", " the provisions of the Constitution concerning Member States that are in "
         "arrears in the payment of their financial contributions to the Organization,")
preamble("Recalling also", " Resolution No. 1346 of 6 December 2016 on the payment of outstanding "
         "contributions and the arrangements for payment plans,")
preamble("Having considered", " the Status report on outstanding contributions to the "
         "Administrative Part of the Budget (C/110/11),")
preamble("Noting with concern", " that, as at 31 October 2019, contributions outstanding to the "
         "Administrative Part of the Budget amounted to CHF 6,482,915, of which CHF 2,107,340 was "
         "owed by Member States in arrears for two or more consecutive years,")
preamble("Noting with appreciation", " the efforts of those Member States that have concluded "
         "payment plans with the Administration and are meeting the instalments agreed,")
preamble("Welcoming", " the payments received since the Twenty-fifth Session of the Standing "
         "Committee on Programmes and Finance,")

formula("Resolves:")
operative(1, "To urge all Member States in arrears to pay their outstanding contributions in full, "
             "or to conclude a payment plan with the Administration, as soon as possible;")
operative(2, "To request the Director General to:")
item("(a)", "pursue consultations with the Member States concerned, with a view to agreeing on "
            "payment plans that take account of their economic situation;")
item("(b)", "report to the Standing Committee on Programmes and Finance, at each of its sessions, "
            "on the implementation of the payment plans agreed;")
item("(c)", "inform the Council at its 111th Session of any Member State whose right to vote has "
            "been suspended under the Constitution; and")
item("(d)", "propose, where appropriate, further measures to reduce the level of arrears;")
pdf.ln(1)
operative(3, "To restore the right to vote of any Member State that settles its arrears in full or "
             "pays the first instalment of a payment plan agreed with the Administration;")
operative(4, "To keep the question of outstanding contributions under review at its 111th Session.")
pdf.ln(6)

# ------------------------------------------------------------------ draft 3: C/110/L/5
draft_heading("C/110/L/5", ["REPORT OF THE DIRECTOR GENERAL ON THE WORK OF",
                            "THE ORGANIZATION FOR THE YEAR 2018"])

preamble("Recalling", " Resolution No. 1369 of 27 November 2018 on the Report of the Director "
         "General on the work of the Organization for the year 2017,")
preamble("Having received and examined", " the Report of the Director General on the work of the "
         "Organization for the year 2018 (C/110/3),")
preamble("Having heard", " the comments made by the Standing Committee on Programmes and Finance "
         "at its Twenty-fourth Session (S/24/13),")
preamble("Taking into account", " the Financial Report for the year ended 31 December 2018 "
         "(C/110/4) and the report of the External Auditor thereon,")

formula("Decides:")
operative(1, "To take note of the Report of the Director General on the work of the Organization "
             "for the year 2018;")
operative(2, "To approve the Financial Report for the year ended 31 December 2018;")
operative(3, "To express its appreciation to the Director General and the staff of the "
             "Organization for the work accomplished in 2018;")
operative(4, "To request the Director General to continue reporting on the results achieved "
             "against the objectives set out in the Programme and Budget.")

pdf.output(str(OUT))
print("wrote", OUT, "pages:", pdf.page)
