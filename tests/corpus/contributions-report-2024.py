"""Draws contributions-report-2024.pdf (S/34/6) with reportlab.

Status report on outstanding contributions to the Administrative Part of the
Budget, Standing Committee on Programmes and Finance, Thirty-fourth Session.
"""
import os
import re

from reportlab.lib.colors import Color, white, black
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "contributions-report-2024.pdf")

SYMBOL = "S/34/6"
W, H = A4
LM = 70.0
RM = W - 70.0
TW = RM - LM
TOP = H - 62.0
BOTTOM = 68.0

FONT = "Helvetica"
BOLD = "Helvetica-Bold"
SIZE = 10.5
LEAD = 13.6
SUP = 6.5
RISE = 3.6
FN_SIZE = 8.5
FN_LEAD = 10.5
INDENT = 36.0  # tab after paragraph numbers / item labels

IOM_BLUE = Color(0.04, 0.20, 0.52)

# --------------------------------------------------------------------------
# Content.  "[[n]]" is a raised footnote marker glued to the preceding word.
# --------------------------------------------------------------------------
TITLE_LINES = [
    "STATUS REPORT ON OUTSTANDING CONTRIBUTIONS TO THE",
    "ADMINISTRATIVE PART OF THE BUDGET",
]

FOOTNOTES = {
    "1": "The scale of assessment for 2024 is set out in document C/114/6, Annex I, which also "
         "shows the amount due from each Member State.",
    "2": "Amounts are shown net of credits applied from the 2023 budget surplus where the Member "
         "State concerned asked for such a credit to be set against its arrears rather than "
         "against its current contribution.",
    "3": "The plan covers only the arrears accumulated up to 31 December 2021; contributions "
         "assessed for 2022 onwards fall due in the ordinary way.",
}

BODY = [
    ("heading", "Introduction"),
    ("para", "1",
     "This document reports on the status of assessed contributions to the Administrative Part "
     "of the Budget as at 30 April 2024. It updates the information given to the Standing "
     "Committee on Programmes and Finance at its Thirty-third Session (S/33/5) and should be "
     "read together with the Financial Report for the year ended 31 December 2023 (C/115/3)."),
    ("para", "2",
     "The Administrative Part of the Budget for 2024, approved by the Council in Resolution "
     "No. 1403 of 29 November 2023, amounts to CHF 71,374,000. It is funded entirely from the "
     "contributions assessed on Member States in accordance with the scale of assessment for "
     "2024.[[1]] Contributions are due in full on 1 January of the year to which they relate."),
    ("heading", "Status of contributions as at 30 April 2024"),
    ("para", "3",
     "As at 30 April 2024, contributions received for 2024 totalled CHF 38,912,406, or "
     "54.5 per cent of the amount assessed, leaving CHF 32,461,594 outstanding. At the same "
     "point in 2023, 51.8 per cent of that year's assessed contributions had been received."),
    ("para", "4",
     "Contributions outstanding for 2023 and prior years amounted to CHF 3,272,234, owed by "
     "18 Member States,[[2]] as against CHF 3,641,107 as at 31 December 2023. The amounts "
     "owed by each of those Member States, by year, are shown in the Annex."),
    ("para", "5",
     "The decrease of CHF 368,873 since the beginning of the year reflects payments in respect "
     "of prior years received from seven Member States. Three of them, Comoros, Guinea-Bissau "
     "and Nicaragua, have settled their arrears in full and therefore no longer appear in the "
     "Annex. The Administration is grateful to all seven for the efforts they have made."),
    ("heading", "Payment plans"),
    ("para", "6",
     "Under Resolution No. 1155 of 27 November 2007, a Member State in arrears for two or more "
     "consecutive years may agree with the Administration on a plan to pay its arrears in "
     "instalments over a period of up to ten years, while continuing to pay its current "
     "contributions. A Member State that honours the terms of its plan is not regarded as "
     "being in arrears for the purposes of Article 4 of the Constitution."),
    ("para", "7",
     "As at 30 April 2024, payment plans were in place with the following Member States:"),
    ("item", "\u2022", "Central African Republic (plan agreed in 2019, ending in 2028);"),
    ("item", "\u2022", "Kyrgyzstan (plan agreed in 2021, ending in 2026); and"),
    ("item", "\u2022", "Somalia (plan agreed in 2022, ending in 2031).[[3]]"),
    ("para", "8",
     "The Central African Republic and Somalia paid the instalments due under their plans for "
     "2023 before the end of that year. The instalment of CHF 9,800 due from Kyrgyzstan for "
     "2023 has not yet been received, and the Administration is in contact with the Permanent "
     "Mission in Geneva with a view to its early payment."),
    ("heading", "Voting rights"),
    ("para", "9",
     "Article 4, paragraph 4, of the Constitution provides that a Member State which is in "
     "arrears in the payment of its financial contributions to the Organization shall have no "
     "vote if the amount of its arrears equals or exceeds the amount of the contributions due "
     "from it for the preceding two full years. The Council may nevertheless permit such a "
     "Member State to vote if it is satisfied that the failure to pay is due to conditions "
     "beyond the control of the Member State."),
    ("para", "10",
     "On that basis, ten Member States were subject to Article 4, paragraph 4, as at "
     "30 April 2024: Cabo Verde, the Democratic Republic of the Congo, Dominica, Equatorial "
     "Guinea, Guinea, Liberia, Sao Tome and Principe, South Sudan, Venezuela (Bolivarian "
     "Republic of) and Yemen. Any of them may regain its right to vote by reducing its arrears "
     "below the threshold or by agreeing on a payment plan."),
    ("para", "11",
     "Letters requesting payment of the 2024 contributions were sent to all Member States on "
     "15 January 2024, and reminders were addressed in April to those with amounts outstanding "
     "for earlier years. The Administration will continue to raise the matter bilaterally with "
     "the Member States concerned, and stands ready to discuss payment plans with any of them."),
    ("heading", "Action requested of the Standing Committee"),
    ("para", "12", "The Standing Committee is invited to:"),
    ("item", "(a)", "take note of the present document;"),
    ("item", "(b)", "urge Member States in arrears to pay their outstanding contributions in full "
                    "at the earliest opportunity or to agree on a payment plan with the "
                    "Administration; and"),
    ("item", "(c)", "call on Member States with payment plans to pay their instalments on time."),
]

ANNEX_TITLE = [
    "MEMBER STATES WITH CONTRIBUTIONS OUTSTANDING",
    "FOR 2023 AND PRIOR YEARS AS AT 30 APRIL 2024",
]
ANNEX_SENTENCE = ("A dash (\u2013) indicates that no contribution was outstanding from the Member "
                  "State for the year concerned.")

ROWS = [
    ("Antigua and Barbuda", None, None, 3412, 3569),
    ("Bolivia (Plurinational State of)", None, None, 40944, 42828),
    ("Cabo Verde", None, 3380, 3412, 3569),
    ("Central African Republic", 118204, 3380, 3412, 3569),
    ("Chad", None, None, 6824, 7138),
    ("Democratic Republic of the Congo", None, 16900, 17060, 17845),
    ("Dominica", 27640, 3380, 3412, 3569),
    ("Equatorial Guinea", None, 20280, 27296, 28552),
    ("Gabon", None, None, 34120, 35690),
    ("Guinea", 61233, 3380, 3412, 3569),
    ("Kyrgyzstan", 29400, None, 6824, 7138),
    ("Liberia", None, 3380, 3412, 3569),
    ("Niger", None, None, 10236, 10707),
    ("Sao Tome and Principe", 44719, 3380, 3412, 3569),
    ("Somalia", 212566, None, 3412, 3569),
    ("South Sudan", None, 6760, 6824, 7138),
    ("Venezuela (Bolivarian Republic of)", 1402317, 496384, 502913, 526054),
    ("Yemen", 74086, 30420, 30708, 32121),
]


# --------------------------------------------------------------------------
# Text helpers
# --------------------------------------------------------------------------
def tokens(text):
    """Split into words; each word is a list of (text, is_marker) pieces."""
    out = []
    for word in text.split():
        pieces = []
        for part in re.split(r"(\[\[[0-9*]+\]\])", word):
            if not part:
                continue
            m = re.fullmatch(r"\[\[([0-9*]+)\]\]", part)
            pieces.append((m.group(1), True) if m else (part, False))
        out.append(pieces)
    return out


def word_width(pieces, font, size):
    return sum(stringWidth(t, font, SUP if mk else size) for t, mk in pieces)


def wrap(text, first_width, width, font=FONT, size=SIZE):
    words = tokens(text)
    lines, cur, cur_w = [], [], 0.0
    space = stringWidth(" ", font, size)
    limit = first_width
    for w in words:
        ww = word_width(w, font, size)
        need = ww if not cur else cur_w + space + ww
        if cur and need > limit:
            lines.append(cur)
            cur, cur_w = [w], ww
            limit = width
        else:
            cur.append(w)
            cur_w = need
    if cur:
        lines.append(cur)
    return lines


def line_markers(line):
    return [t for w in line for t, mk in w if mk]


def draw_line(c, x, y, line, font=FONT, size=SIZE):
    """Draw a wrapped line; text runs as strings, markers raised and small."""
    run = ""
    for i, w in enumerate(line):
        if i:
            run += " "
        for t, mk in w:
            if mk:
                if run:
                    c.setFont(font, size)
                    c.drawString(x, y, run)
                    x += stringWidth(run, font, size)
                    run = ""
                c.setFont(font, SUP)
                c.drawString(x, y + RISE, t)
                x += stringWidth(t, font, SUP)
            else:
                run += t
    if run:
        c.setFont(font, size)
        c.drawString(x, y, run)


# --------------------------------------------------------------------------
# Page furniture
# --------------------------------------------------------------------------
def draw_logo(c, x, y):
    """A simplified IOM mark: emblem disc, 'IOM' and 'UN MIGRATION'."""
    r = 19
    cx, cy = x + r, y + r
    c.setFillColor(IOM_BLUE)
    c.circle(cx, cy, r, stroke=0, fill=1)
    c.setStrokeColor(white)
    c.setLineWidth(1.1)
    c.circle(cx, cy, r - 5, stroke=1, fill=0)
    c.ellipse(cx - 6, cy - (r - 5), cx + 6, cy + (r - 5), stroke=1, fill=0)
    c.line(cx - (r - 5), cy, cx + (r - 5), cy)
    c.setFillColor(IOM_BLUE)
    c.setFont(BOLD, 20)
    c.drawString(x + 2 * r + 8, y + 17, "IOM")
    c.setFont(FONT, 6.8)
    c.drawString(x + 2 * r + 9, y + 7, "UN MIGRATION")
    c.setStrokeColor(black)
    c.setFillColor(black)


def draw_header(c, page_label, annex=False):
    c.setFont(FONT, SIZE)
    y = TOP + 20
    c.drawRightString(RM, y, SYMBOL)
    if annex:
        y -= LEAD
        c.drawRightString(RM, y, "Annex")
    y -= LEAD
    c.drawRightString(RM, y, "Page %s" % page_label)
    return y - 2.2 * LEAD


def draw_cover(c):
    draw_logo(c, LM, H - 98)
    c.setFont(FONT, SIZE)
    y = H - 70
    c.drawRightString(RM, y, SYMBOL)
    c.drawRightString(RM, y - LEAD, "Original: English")
    c.drawRightString(RM, y - 2 * LEAD, "16 May 2024")
    y = H - 300
    c.setFont(BOLD, 11.5)
    c.drawCentredString(W / 2, y, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE")
    c.setFont(FONT, 11.5)
    c.drawCentredString(W / 2, y - 16, "Thirty-fourth Session")
    y -= 80
    c.setFont(BOLD, 12.5)
    for t in TITLE_LINES:
        c.drawCentredString(W / 2, y, t)
        y -= 17
    c.showPage()


# --------------------------------------------------------------------------
# Body flow with footnotes at the foot of each page
# --------------------------------------------------------------------------
class Flow:
    def __init__(self, c):
        self.c = c
        self.page_no = 0
        self.new_page()

    def new_page(self):
        self.page_no += 1
        self.y = draw_header(self.c, str(self.page_no))
        self.notes = []
        self.reserved = 0.0

    def note_height(self, key):
        lines = wrap(FOOTNOTES[key], TW - 14, TW - 14, FONT, FN_SIZE)
        return len(lines) * FN_LEAD + 3

    def finish_page(self):
        c = self.c
        if self.notes:
            total = sum(self.note_height(k) for k in self.notes)
            y = BOTTOM + total + 6
            c.setLineWidth(0.6)
            c.line(LM, y + 4, LM + 130, y + 4)
            y -= FN_LEAD - 2
            for k in self.notes:
                c.setFont(FONT, SUP)
                c.drawString(LM, y + RISE, k)
                for ln in wrap(FOOTNOTES[k], TW - 14, TW - 14, FONT, FN_SIZE):
                    draw_line(c, LM + 14, y, ln, FONT, FN_SIZE)
                    y -= FN_LEAD
                y -= 3
        c.showPage()

    def room(self, line):
        extra = 0.0
        ks = [k for k in line_markers(line) if k not in self.notes]
        for k in ks:
            extra += self.note_height(k)
        if not self.notes and ks:
            extra += 16
        return self.y - LEAD >= BOTTOM + self.reserved + extra, ks, extra

    def place(self, x, line, font=FONT, size=SIZE, label=None, label_x=None):
        ok, ks, extra = self.room(line)
        if not ok:
            self.finish_page()
            self.new_page()
            ok, ks, extra = self.room(line)
        if label is not None:
            self.c.setFont(font, size)
            self.c.drawString(label_x, self.y, label)
        draw_line(self.c, x, self.y, line, font, size)
        self.notes.extend(ks)
        self.reserved += extra
        self.y -= LEAD

    def gap(self, n=1.0):
        self.y -= LEAD * n

    def keep(self, n):
        if self.y - n * LEAD < BOTTOM + self.reserved:
            self.finish_page()
            self.new_page()

    def running_title(self):
        self.c.setFont(BOLD, SIZE)
        for t in TITLE_LINES:
            self.c.drawCentredString(W / 2, self.y, t)
            self.y -= LEAD
        self.gap(1.2)

    def heading(self, text):
        self.keep(4)
        self.place(LM, tokens(text), BOLD, SIZE)
        self.gap(0.6)

    def para(self, num, text):
        lines = wrap(text, TW - INDENT, TW)
        self.keep(2)
        for i, ln in enumerate(lines):
            if i == 0:
                self.place(LM + INDENT, ln, label=num + ".", label_x=LM)
            else:
                self.place(LM, ln)
        self.gap(0.6)

    def item(self, label, text):
        x = LM + 2 * INDENT
        lines = wrap(text, RM - x, RM - x)
        for i, ln in enumerate(lines):
            if i == 0:
                self.place(x, ln, label=label, label_x=LM + INDENT)
            else:
                self.place(x, ln)
        self.gap(0.45)


# --------------------------------------------------------------------------
# Annex table
# --------------------------------------------------------------------------
def fmt(v):
    return "\u2013" if not v else "{:,}".format(v)


def draw_annex(c):
    y = draw_header(c, "1", annex=True)
    c.setFont(BOLD, SIZE)
    for t in ANNEX_TITLE:
        c.drawCentredString(W / 2, y, t)
        y -= LEAD
    y -= 1.3 * LEAD
    c.setFont(FONT, SIZE)
    c.drawString(LM, y, ANNEX_SENTENCE)
    y -= LEAD
    c.setFont(FONT, 9.5)
    c.drawRightString(RM, y, "(in Swiss francs)")
    y -= 1.2 * LEAD

    # Right edges of the numeric columns.
    cols = [LM + 236, LM + 290, LM + 342, LM + 394, RM - 2]
    fs = 9.5
    lead = 15.0
    c.setLineWidth(0.8)
    c.line(LM, y + 10, RM, y + 10)
    # Headings over two lines: only the first column's words sit on the upper line.
    c.setFont(BOLD, fs)
    c.drawRightString(cols[0], y, "2021 and")
    y -= 11.5
    c.drawString(LM + 2, y, "Member State")
    for x, t in zip(cols, ["earlier", "2022", "2023", "2024", "Total"]):
        c.drawRightString(x, y, t)
    c.setLineWidth(0.5)
    c.line(LM, y - 5, RM, y - 5)
    y -= lead + 1

    totals = [0] * 5
    c.setFont(FONT, fs)
    for name, *vals in ROWS:
        vals = list(vals)
        row_total = sum(v or 0 for v in vals)
        for i, v in enumerate(vals):
            totals[i] += v or 0
        totals[4] += row_total
        c.drawString(LM + 2, y, name)
        for x, v in zip(cols, vals + [row_total]):
            c.drawRightString(x, y, fmt(v))
        y -= lead
    c.setLineWidth(0.5)
    c.line(LM, y + lead - 5, RM, y + lead - 5)
    y -= 2
    c.setFont(BOLD, fs)
    c.drawString(LM + 2, y, "Total")
    for x, v in zip(cols, totals):
        c.drawRightString(x, y, fmt(v))
    c.setLineWidth(0.8)
    c.line(LM, y - 5, RM, y - 5)
    c.showPage()
    return totals


def main():
    c = canvas.Canvas(OUT, pagesize=A4)
    c.setTitle("S/34/6 - Status report on outstanding contributions to the Administrative Part "
               "of the Budget")
    c.setAuthor("International Organization for Migration")
    draw_cover(c)
    f = Flow(c)
    f.running_title()
    for i, blk in enumerate(BODY):
        kind = blk[0]
        if kind == "heading":
            f.heading(blk[1])
        elif kind == "para":
            f.para(blk[1], blk[2])
        elif kind == "item":
            f.item(blk[1], blk[2])
            if i + 1 < len(BODY) and BODY[i + 1][0] != "item":
                f.gap(0.5)
    f.finish_page()
    totals = draw_annex(c)
    c.save()
    print("totals", totals, "prior years", sum(totals[:3]))


if __name__ == "__main__":
    main()
