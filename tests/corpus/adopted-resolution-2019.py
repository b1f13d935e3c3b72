"""Draw adopted-resolution-2019.pdf: IOM Council Resolution No. 1379 (C/110/RES/1379), with fpdf2."""
from fpdf import FPDF

SYMBOL = "C/110/RES/1379"
FONT = "Times"
BODY = 12
LH = 5.6          # line height (mm)
INDENT = 12.5     # first-line indent for clauses
SUB_LABEL = 12.5  # x offset of "(a)"
SUB_TEXT = 22.5   # x offset of sub-item text


class ResPDF(FPDF):
    def __init__(self):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.notes_by_page = {}
        self.set_margins(25, 20, 25)
        self.set_auto_page_break(True, margin=34)

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font(FONT, "", 11)
        self.set_xy(self.l_margin, 12)
        self.cell(0, 5, SYMBOL, align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 5, f"Page {self.page_no()}", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_y(32)

    def footer(self):
        notes = self.notes_by_page.get(self.page_no())
        if not notes:
            return
        # height of the footnote block
        y = self.h - 14 - 4.6 * sum(n[2] for n in notes)
        self.set_draw_color(0)
        self.set_line_width(0.2)
        self.line(self.l_margin, y - 2.5, self.l_margin + 50, y - 2.5)
        for marker, text, _lines in notes:
            self.set_xy(self.l_margin, y)
            self.set_font(FONT, "", 10)
            self.char_vpos = "SUP"
            self.write(4.6, marker)
            self.char_vpos = "LINE"
            self.set_x(self.l_margin + 3)
            self.set_font(FONT, "", 10)
            self.multi_cell(self.w - self.l_margin - self.r_margin - 3, 4.6, text,
                            align="L", new_x="LMARGIN", new_y="NEXT")
            y = self.get_y()

    def note(self, marker, text, lines=1):
        self.notes_by_page.setdefault(self.page_no(), []).append((marker, text, lines))
        self.set_font(FONT, "", BODY)
        self.char_vpos = "SUP"
        self.write(LH, marker)
        self.char_vpos = "LINE"

    def runs(self, parts):
        """parts: list of (style, text)"""
        for style, text in parts:
            self.set_font(FONT, style, BODY)
            self.write(LH, text)

    def centred(self, text, style="", size=BODY, h=LH):
        self.set_font(FONT, style, size)
        self.cell(0, h, text, align="C", new_x="LMARGIN", new_y="NEXT")

    def right(self, text, style="", size=BODY, h=LH):
        self.set_font(FONT, style, size)
        self.cell(0, h, text, align="R", new_x="LMARGIN", new_y="NEXT")

    def para_end(self, gap=4.0):
        self.ln(LH)
        self.ln(gap)


pdf = ResPDF()
pdf.set_title("Resolution No. 1379 - Extension of the mandate of the Working Group on Budget Reform")
pdf.set_author("International Organization for Migration")
pdf.add_page()

# ---- cover block --------------------------------------------------------
pdf.set_y(18)
# emblem drawn as shapes only (the printed logo is an image, it carries no text layer)
pdf.set_draw_color(0, 51, 160)
pdf.set_line_width(0.6)
pdf.circle(x=pdf.l_margin + 8, y=26, radius=8)
pdf.ellipse(x=pdf.l_margin + 4, y=18, w=8, h=16)
pdf.line(pdf.l_margin, 26, pdf.l_margin + 16, 26)
pdf.set_draw_color(0)
pdf.set_y(18)
pdf.right(SYMBOL, "B", 12)
pdf.ln(1.5)
pdf.right("Original: English", "", 11, 5)
pdf.right("29 November 2019", "", 11, 5)

pdf.ln(12)
pdf.centred("COUNCIL", "B", 12)
pdf.centred("110th Session", "B", 12)
pdf.ln(10)
pdf.centred("RESOLUTION No. 1379", "B", 12)
pdf.ln(1.5)
pdf.centred("(Adopted by the Council at its 573rd meeting on 28 November 2019)", "I", 11)
pdf.ln(6)
pdf.centred("EXTENSION OF THE MANDATE OF THE WORKING GROUP", "B", 12)
pdf.centred("ON BUDGET REFORM", "B", 12)
pdf.ln(9)

# ---- enacting formula -----------------------------------------------------
pdf.set_x(pdf.l_margin + INDENT)
pdf.runs([("", "The Council,")])
pdf.para_end(3.5)

# ---- preamble ------------------------------------------------------------
pre = [
    ([("I", "Recalling"), ("", " its decision to establish the Working Group on Budget Reform as an "
      "open-ended forum in which Member States and the Administration examine together the "
      "financial foundations of the Organization,")],
     ("1", "Resolution No. 1356 of 29 November 2017, as extended by Resolution No. 1371 of "
      "27 November 2018.", 1)),
    ([("I", "Having considered"), ("", " the report of the Chairperson of the Working Group on Budget "
      "Reform on the work carried out in 2019 (C/110/14) and the recommendations contained therein,")], None),
    ([("I", "Taking note"), ("", " of the conclusions reached by the Standing Committee on Programmes and "
      "Finance at its Twenty-fifth Session, as reflected in the report on that session (S/25/13),")], None),
    ([("I", "Noting with concern"), ("", " that the core structure of the Organization continues to depend "
      "to a significant extent on project-related overhead income, which rises and falls with the "
      "volume of operational activities and cannot be predicted with certainty from one year to the next,")], None),
    ([("I", "Recognizing"), ("", " the progress made in increasing the Administrative Part of the Budget "
      "in real terms for 2019 and 2020, as well as the efforts of the Administration to consolidate "
      "the Operational Support Income budget,")], None),
    ([("I", "Mindful"), ("", " of the need for continued and inclusive dialogue among Member States "
      "and with the Administration on a predictable and sustainable funding model for the Organization,")], None),
    ([("I", "Welcoming"), ("", " the unearmarked and softly earmarked contributions made by a number of "
      "Member States in the course of 2019,")], None),
]
for parts, fn in pre:
    pdf.set_x(pdf.l_margin + INDENT)
    pdf.runs(parts)
    if fn:
        pdf.note(*fn)
    pdf.para_end(3.5)

# ---- operative part --------------------------------------------------------
ops = [
    "Takes note with appreciation of the report of the Chairperson of the Working Group on "
    "Budget Reform (C/110/14) and of the constructive spirit in which the discussions were held;",
    "Decides to extend the mandate of the Working Group on Budget Reform until the conclusion "
    "of the 112th Session of the Council, in 2021;",
    "Requests the Working Group, in close consultation with the Administration, to pursue its "
    "work on the following matters:",
    "Invites Member States that are in a position to do so to provide unearmarked or softly "
    "earmarked contributions in support of the core structure of the Organization;",
    "Urges Member States with outstanding assessed contributions to settle them in full or to "
    "agree upon and respect a payment plan with the Administration;",
    "Requests the Director General to place at the disposal of the Working Group the financial "
    "data and analyses necessary for its deliberations, and to keep the Standing Committee on "
    "Programmes and Finance regularly informed of the progress achieved;",
    "Further requests the Chairperson of the Working Group to submit a report on its findings "
    "and recommendations to the Standing Committee on Programmes and Finance at its "
    "Twenty-seventh Session and to the Council at its 111th Session.",
]
subs = [
    ("(a)", "the methodology for calculating the overhead rate applied to projects, taking into "
            "account the practice of other entities of the United Nations system;"),
    ("(b)", "options for a further gradual increase of the Administrative Part of the Budget for "
            "the 2021 budget cycle and beyond;"),
    ("(c)", "criteria governing the use of the Operational Support Income reserve mechanism;"),
    ("(d)", "the feasibility of a flexible funding arrangement for unearmarked voluntary "
            "contributions, including the related reporting obligations; and"),
    ("(e)", "the arrangements by which the Working Group reports to the Standing Committee on "
            "Programmes and Finance;"),
]

for i, text in enumerate(ops, start=1):
    pdf.set_font(FONT, "", BODY)
    pdf.set_x(pdf.l_margin)
    pdf.write(LH, f"{i}.")
    pdf.set_x(pdf.l_margin + INDENT)
    verb, rest = text.split(" ", 1)
    if verb == "Further":
        v2, rest = rest.split(" ", 1)
        verb = f"{verb} {v2}"
    pdf.runs([("I", verb), ("", " " + rest)])
    if i == 6:
        pdf.note("2", "The Financial Report for the year ended 31 December 2018 (C/110/3) "
                      "provides the baseline figures for these analyses.", 2)
    pdf.para_end(3.5)
    if i == 3:
        for label, stext in subs:
            pdf.set_x(pdf.l_margin + SUB_LABEL)
            pdf.set_font(FONT, "", BODY)
            pdf.write(LH, label)
            old = pdf.l_margin
            pdf.set_left_margin(old + SUB_TEXT)
            pdf.set_x(old + SUB_TEXT)
            pdf.write(LH, stext)
            pdf.set_left_margin(old)
            pdf.para_end(2.5)
        pdf.ln(1)

pdf.output("adopted-resolution-2019.pdf")
