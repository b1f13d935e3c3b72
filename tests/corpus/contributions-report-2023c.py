"""Draw contributions-report-2023c.pdf: an SCPF status report on outstanding
contributions to the Administrative Part of the Budget (2023), laid out in the
C-era IOM style, with fpdf2."""
import os

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "contributions-report-2023c.pdf")
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"

SYMBOL = "S/33/6"
DATE = "22 September 2023"
ORGAN = "STANDING COMMITTEE ON PROGRAMMES AND FINANCE"
SESSION = "Thirty-third Session"
TITLE_LINES = ["STATUS REPORT ON OUTSTANDING CONTRIBUTIONS",
               "TO THE ADMINISTRATIVE PART OF THE BUDGET"]

LM = 25.0          # left margin
RM = 25.0          # right margin
TW = 210.0 - LM - RM
BODY_PT = 10.5
LH = 5.4           # body line height (mm)
FOOT_LIMIT = 262.0  # body text must end above this when a page has footnotes
PAGE_LIMIT = 280.0


def fmt(n):
    return "-" if n == 0 else f"{n:,}"


# ---------------------------------------------------------------- content
# A paragraph is a list of pieces: plain strings, or ("sup", marker).
P = {}
P[1] = ["The present report informs the Standing Committee on Programmes and Finance of the "
        "position of assessed contributions to the Administrative Part of the Budget as at "
        "31 August 2023. It updates the information given in the report considered at the "
        "Committee\u2019s Thirty-second Session (S/32/5),", ("sup", "1"),
        " and covers both the contributions assessed for 2023 and the arrears carried forward "
        "from earlier years."]
P[2] = ["The Administrative Part of the Budget for 2023, amounting to CHF 62,478,000, was "
        "approved by the Council through Resolution No. 1392 of 29 November 2022 on the basis "
        "of the Programme and Budget for 2023 (C/113/7). It is financed in full by the "
        "contributions of Member States, assessed in accordance with the scale of assessment "
        "for 2023 approved at the same session."]
P[3] = ["By 31 August 2023 the Administration had received CHF 48,916,274 against the 2023 "
        "assessments, or 78.3 per cent of the total, leaving CHF 13,561,726 still to be paid "
        "for the current year. At the same date in 2022, 74.9 per cent of that year\u2019s "
        "assessments had been collected."]
P[4] = ["Of the 175 Member States, 97 had paid their 2023 contributions in full, 31 had made "
        "partial payments and 47 had made no payment towards their 2023 assessment. Taken "
        "together with the arrears from earlier years described in paragraphs 8 and 9, "
        "contributions outstanding at 31 August 2023 totalled CHF 16,486,316."]
P[5] = ["Under Article 4 of the IOM Constitution, a Member State whose arrears equal or exceed "
        "the contributions due from it for the preceding two full years has no vote in the "
        "Council. As at 31 August 2023, nine Member States were in that position. Their "
        "contributions outstanding are shown in Table 1; the total of CHF 2,108,087 represents "
        "12.8 per cent of all contributions outstanding."]
P[6] = ["Two Member States, Venezuela (Bolivarian Republic of) and Libya, account for more "
        "than nine tenths of the amount shown in Table 1. Neither made a payment in the first "
        "eight months of 2023, and the Administration has written to both Permanent Missions "
        "proposing that the arrears be settled under a payment plan."]
P[7] = ["Comoros, Guinea-Bissau and Yemen have payment plans agreed in accordance with "
        "Resolution No. 1077 (LXXXIV) of 4 December 2002, and each of them paid an instalment "
        "during the period under review.", ("sup", "2"),
        " A Member State that honours the terms of its payment plan may have its voting rights "
        "restored by the Council; the Administration will report to the Council at its "
        "114th Session on the instalments received."]
P[8] = ["Contributions outstanding from years before 2023 amounted to CHF 5,873,345 at "
        "1 January 2023. Payments of CHF 2,948,755 received since then have reduced these "
        "arrears to CHF 2,924,590, as shown by year of assessment in Table 2. In accordance "
        "with the Financial Regulations, each payment is credited first against the oldest "
        "amount outstanding from the Member State concerned."]
P[9] = ["Most of the amount collected relates to the 2022 assessments, of which 83.3 per cent "
        "of the balance at 1 January has now been received. By contrast, the arrears for 2019 "
        "and earlier years, which are almost entirely owed by the Member States listed in "
        "Table 1, have changed little."]
P[10] = ["The Administration continues to remind Member States of their obligations through "
         "letters to Permanent Missions and bilateral meetings, and it stands ready to discuss "
         "payment plans with any Member State that has difficulty settling its arrears in a "
         "single payment. Member States are reminded that contributions for 2024 will become "
         "due on 1 January 2024."]
P[11] = ["The Standing Committee on Programmes and Finance is invited to take note of the "
         "present report and to urge Member States with contributions outstanding, in "
         "particular those subject to Article 4 of the Constitution, to pay them in full as "
         "soon as possible or to agree a payment plan with the Administration."]

FOOTNOTES = {
    "1": "That report set out the position as at 30 April 2023; the amounts it gave for Member "
         "States that have since made payments are superseded by the figures below.",
    "2": "An instalment of CHF 1,000 received from Somalia on 4 September 2023, after the "
         "closing date of this report, is not included in Table 1.",
}

# Table 1: Member State, outstanding 1 Jan, assessed 2023, received 2023, outstanding 31 Aug
T1 = [
    ("Central African Republic", 8214, 711, 0),
    ("Comoros", 6988, 711, 1500),
    ("Djibouti", 5402, 711, 0),
    ("Guinea-Bissau", 7356, 711, 2000),
    ("Libya", 412638, 117892, 0),
    ("Sao Tome and Principe", 9107, 711, 0),
    ("Somalia", 10245, 711, 0),
    ("Venezuela (Bolivarian Republic of)", 1286470, 174563, 0),
    ("Yemen", 64912, 8534, 5000),
]
T1_ROWS = [(n, a, b, c, a + b - c) for n, a, b, c in T1]
T1_TOTAL = ("Total",) + tuple(sum(r[i] for r in T1_ROWS) for i in range(1, 5))
assert T1_TOTAL[4] == 2108087

# Table 2: year of assessment, outstanding 1 Jan, received 2023, outstanding 31 Aug
T2 = [
    ("2019 and earlier", 1402886, 12500),
    ("2020", 536214, 48905),
    ("2021", 712455, 203117),
    ("2022", 3221790, 2684233),
]
T2_ROWS = [(n, a, b, a - b) for n, a, b in T2]
T2_TOTAL = ("Total",) + tuple(sum(r[i] for r in T2_ROWS) for i in range(1, 4))
assert T2_TOTAL[1:] == (5873345, 2948755, 2924590)
assert T2_TOTAL[3] + 13561726 == 16486316
assert 62478000 - 48916274 == 13561726


# ---------------------------------------------------------------- drawing
class Doc(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DejaVu", "", 9.5)
        self.set_xy(LM, 12)
        self.cell(TW, 4.6, SYMBOL, align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(TW, 4.6, f"Page {self.page_no() - 1}", align="R", new_x="LMARGIN",
                  new_y="NEXT")


pdf = Doc(format="A4", unit="mm")
pdf.add_font("DejaVu", "", FONT_DIR + "DejaVuSans.ttf")
pdf.add_font("DejaVu", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
pdf.add_font("DejaVu", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
pdf.add_font("DejaVuC", "", FONT_DIR + "DejaVuSansCondensed.ttf")
pdf.add_font("DejaVuC", "B", FONT_DIR + "DejaVuSansCondensed-Bold.ttf")
pdf.set_margins(LM, 15, RM)
pdf.set_auto_page_break(False)


def check(limit):
    assert pdf.get_y() <= limit, (pdf.page_no(), pdf.get_y(), limit)


def heading(text):
    pdf.ln(2.5)
    pdf.set_font("DejaVu", "B", BODY_PT)
    pdf.set_x(LM)
    pdf.cell(TW, LH, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2.5)


def para(num):
    pdf.set_font("DejaVu", "", BODY_PT)
    pdf.set_x(LM)
    pdf.cell(10, LH, f"{num}.")
    for piece in P[num]:
        if isinstance(piece, tuple):
            pdf.char_vpos = "SUP"
            pdf.write(LH, piece[1])
            pdf.char_vpos = "LINE"
        else:
            pdf.write(LH, piece)
    pdf.ln(LH)
    pdf.ln(3)


def footnotes(markers):
    pdf.set_font("DejaVu", "", 8.5)
    # measure the footnote block so that it sits at the foot of the page
    h = 0
    for m in markers:
        lines = pdf.multi_cell(TW - 4, 4.0, FOOTNOTES[m], dry_run=True, output="LINES")
        h += len(lines) * 4.0 + 1
    top = PAGE_LIMIT - h - 3
    check(top - 2)
    pdf.set_line_width(0.25)
    pdf.line(LM, top, LM + 50, top)
    y = top + 2
    for m in markers:
        pdf.set_font("DejaVu", "", 5.5)
        pdf.set_xy(LM, y - 0.9)
        pdf.cell(4, 4.0, m)
        pdf.set_font("DejaVu", "", 8.5)
        pdf.set_xy(LM + 4, y)
        pdf.multi_cell(TW - 4, 4.0, FOOTNOTES[m], align="L", new_x="LMARGIN", new_y="NEXT")
        y = pdf.get_y() + 1


def table(caption, label_head, heads, widths, rows, total):
    """Ruled table; two heading rows: names of the figure columns, then units."""
    pdf.set_font("DejaVu", "B", 9.5)
    pdf.set_x(LM)
    pdf.cell(TW, LH, caption, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
    lh = 4.2
    pdf.set_font("DejaVuC", "B", 9)
    nlines = max(len(pdf.multi_cell(w - 2, lh, h, dry_run=True, output="LINES"))
                 for h, w in zip(heads, widths[1:]))
    h1 = nlines * lh + 2
    h2 = 5.0
    x0, y0 = LM, pdf.get_y()
    pdf.set_line_width(0.3)
    # label column heading spans both heading rows
    pdf.rect(x0, y0, widths[0], h1 + h2)
    pdf.set_xy(x0 + 1, y0 + (h1 + h2 - lh) / 2)
    pdf.cell(widths[0] - 2, lh, label_head, align="L")
    x = x0 + widths[0]
    for h, w in zip(heads, widths[1:]):
        pdf.rect(x, y0, w, h1)
        n = len(pdf.multi_cell(w - 2, lh, h, dry_run=True, output="LINES"))
        pdf.set_xy(x + 1, y0 + (h1 - n * lh) / 2)
        pdf.multi_cell(w - 2, lh, h, align="C")
        pdf.rect(x, y0 + h1, w, h2)
        pdf.set_xy(x, y0 + h1)
        pdf.set_font("DejaVuC", "", 9)
        pdf.cell(w, h2, "(CHF)", align="C")
        pdf.set_font("DejaVuC", "B", 9)
        x += w
    y = y0 + h1 + h2
    rh = 5.4
    for r in list(rows) + [total]:
        bold = r is total
        pdf.set_font("DejaVuC", "B" if bold else "", 9.5)
        x = x0
        for i, (v, w) in enumerate(zip(r, widths)):
            pdf.set_xy(x, y)
            if i == 0:
                pdf.cell(w, rh, " " + v, border=1, align="L")
            else:
                pdf.cell(w, rh, fmt(v) + " ", border=1, align="R")
            x += w
        y += rh
    pdf.set_xy(LM, y)
    pdf.ln(4)


# ---- cover page
pdf.add_page()
pdf.set_font("DejaVu", "", 10.5)
pdf.set_xy(LM, 22)
for line in (SYMBOL, "Original: English", DATE):
    pdf.cell(TW, 5.5, line, align="R", new_x="LMARGIN", new_y="NEXT")
pdf.set_y(95)
pdf.set_font("DejaVu", "B", 12)
pdf.cell(TW, 6.5, ORGAN, align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DejaVu", "", 11.5)
pdf.cell(TW, 6.5, SESSION, align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_y(135)
pdf.set_font("DejaVu", "B", 12)
for line in TITLE_LINES:
    pdf.cell(TW, 6.5, line, align="C", new_x="LMARGIN", new_y="NEXT")

# ---- page 1 of the body
pdf.add_page()
pdf.set_y(30)
pdf.set_font("DejaVu", "B", 10.5)
for line in TITLE_LINES:
    pdf.cell(TW, 5.8, line, align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
heading("Introduction")
para(1)
para(2)
heading("Overall position at 31 August 2023")
para(3)
para(4)
footnotes(["1"])

# ---- page 2 of the body
pdf.add_page()
pdf.set_y(30)
heading("Member States subject to Article 4 of the Constitution")
para(5)
table("Table 1: Member States in arrears of two or more full years, as at 31 August 2023",
      "Member State",
      ["Outstanding at 1 January 2023", "Assessed for 2023", "Received in 2023",
       "Outstanding at 31 August 2023"],
      [56, 26, 26, 26, 26], T1_ROWS, T1_TOTAL)
para(6)
para(7)
footnotes(["2"])

# ---- page 3 of the body
pdf.add_page()
pdf.set_y(30)
heading("Arrears by year of assessment")
para(8)
table("Table 2: Contributions outstanding from prior years, by year of assessment",
      "Year of assessment",
      ["Outstanding at 1 January 2023", "Received in 2023", "Outstanding at 31 August 2023"],
      [52, 36, 36, 36], T2_ROWS, T2_TOTAL)
para(9)
heading("Action requested")
para(10)
para(11)
check(PAGE_LIMIT)

pdf.output(OUT)
print("wrote", OUT, "pages:", pdf.page_no())
