"""Draws adopted-resolution-2004.pdf: IOM Council Resolution No. 1108 (LXXXVIII),
Programme and Budget for 2005, issued as MC/2163 (two A4 pages), with reportlab."""
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "adopted-resolution-2004.pdf")

W, H = A4
LM = 2.5 * cm
RM = W - 2.5 * cm
TOP = H - 2.0 * cm
BODY_SIZE = 11
LEAD = 13.6
FONTS = {"r": "Helvetica", "i": "Helvetica-Oblique", "b": "Helvetica-Bold"}
SYMBOL = "MC/2163"
TAB = 1.27 * cm


def tokens(runs):
    """runs: list of (style, text). style 'sup' is glued to the previous word."""
    out = []
    for style, text in runs:
        if style == "sup":
            out.append(("sup", text, True))
            continue
        parts = text.split(" ")
        for k, p in enumerate(parts):
            if p == "":
                continue
            out.append((style, p, False))
    return out


def tok_width(t, size):
    style, text, _ = t
    if style == "sup":
        return stringWidth(text, "Helvetica", size * 0.62)
    return stringWidth(text, FONTS[style], size)


def wrap(runs, first_x, other_x, right, size):
    toks = tokens(runs)
    lines, cur, x0 = [], [], first_x
    width = 0.0
    space = stringWidth(" ", "Helvetica", size)
    for t in toks:
        w = tok_width(t, size)
        if t[0] == "sup":
            cur.append(t)
            width += w
            continue
        add = w + (space if cur else 0)
        if cur and x0 + width + add > right:
            lines.append((x0, cur))
            cur, width, x0 = [t], w, other_x
        else:
            cur.append(t)
            width += add
    if cur:
        lines.append((x0, cur))
    return lines


def draw_line(c, x, y, toks, size):
    space = stringWidth(" ", "Helvetica", size)
    first = True
    for style, text, _ in toks:
        if style == "sup":
            c.setFont("Helvetica", size * 0.62)
            c.drawString(x, y + size * 0.38, text)
            x += stringWidth(text, "Helvetica", size * 0.62)
            continue
        if not first:
            x += space
        c.setFont(FONTS[style], size)
        c.drawString(x, y, text)
        x += stringWidth(text, FONTS[style], size)
        first = False


class Page:
    def __init__(self, c):
        self.c = c
        self.y = TOP

    def para(self, runs, first_x=LM, other_x=LM, right=RM, size=BODY_SIZE, after=LEAD * 0.9,
             label=None, label_x=LM):
        lines = wrap(runs, first_x, other_x, right, size)
        for n, (x, toks) in enumerate(lines):
            if n == 0 and label:
                self.c.setFont("Helvetica", size)
                self.c.drawString(label_x, self.y, label)
            draw_line(self.c, x, self.y, toks, size)
            self.y -= LEAD
        self.y -= after

    def centred(self, text, font="Helvetica-Bold", size=BODY_SIZE, after=0):
        self.c.setFont(font, size)
        self.c.drawCentredString(W / 2, self.y, text)
        self.y -= LEAD + after

    def right(self, text, font="Helvetica", size=BODY_SIZE):
        self.c.setFont(font, size)
        self.c.drawRightString(RM, self.y, text)
        self.y -= LEAD


def footnotes(c, notes, size=9):
    """Footnote block at the page foot, above y_floor; notes: list of (marker, text)."""
    lead = 11
    blocks = []
    for m, text in notes:
        blocks.append((m, wrap([("r", text)], LM + 0.5 * cm, LM + 0.5 * cm, RM, size)))
    total = sum(len(b[1]) for b in blocks) * lead + 4
    y = 3.4 * cm + total
    c.setLineWidth(0.5)
    c.line(LM, y + 8, LM + 5 * cm, y + 8)
    y -= 4
    for m, lines in blocks:
        c.setFont("Helvetica", size * 0.62)
        c.drawString(LM, y + size * 0.38, m)
        for x, toks in lines:
            draw_line(c, x, y, toks, size)
            y -= lead


def trilingual_footer(c):
    c.setLineWidth(0.8)
    c.line(LM, 2.35 * cm, RM, 2.35 * cm)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(LM, 1.8 * cm, "COUNCIL")
    c.drawCentredString(W / 2, 1.8 * cm, "CONSEIL")
    c.drawRightString(RM, 1.8 * cm, "CONSEJO")


def preamble(pg, lead_words, rest, sup=None):
    runs = [("i", lead_words), ("r", " " + rest)]
    if sup:
        runs.append(("sup", sup))
    pg.para(runs, first_x=LM + TAB, other_x=LM)


def clause(pg, num, runs, after=LEAD * 0.9):
    pg.para(runs, first_x=LM + TAB, other_x=LM, label=num + ".", after=after)


def item(pg, label, text):
    pg.para([("r", text)], first_x=LM + 2 * TAB, other_x=LM + 2 * TAB, label=label,
            label_x=LM + TAB, after=LEAD * 0.5)


def build():
    c = canvas.Canvas(OUT, pagesize=A4)
    c.setTitle("MC/2163 - Resolution No. 1108 (LXXXVIII)")
    c.setAuthor("International Organization for Migration")

    # ---------------- page 1 (cover) ----------------
    pg = Page(c)
    pg.right(SYMBOL, "Helvetica-Bold", 12)
    pg.y -= 4
    pg.right("Original: ENGLISH")
    pg.right("3 December 2004")
    pg.y -= 2.2 * LEAD
    pg.centred("EIGHTY-EIGHTH SESSION", after=2)
    c.setLineWidth(0.8)
    c.line(LM, pg.y + 4, RM, pg.y + 4)
    pg.y -= 2.2 * LEAD
    pg.centred("RESOLUTION No. 1108 (LXXXVIII)", after=4)
    pg.centred("(Adopted by the Council at its 447th meeting on 1 December 2004)", "Helvetica", 10.5,
               after=LEAD * 0.9)
    pg.centred("PROGRAMME AND BUDGET FOR 2005", after=LEAD * 1.2)

    pg.para([("r", "The Council,")], first_x=LM + TAB, after=LEAD * 0.9)
    preamble(pg, "Having received and examined",
             "the Programme and Budget for 2005 (document MC/2141),")
    preamble(pg, "Having heard",
             "the report of the Subcommittee on Budget and Finance on its Ninety-first Session "
             "(MC/2156) and the comments made by delegations thereon,")
    preamble(pg, "Recalling",
             "Resolution No. 1093 (LXXXVI) of 20 November 2003 on the Programme and Budget for "
             "2004, and the policy of zero nominal growth in the Administrative Part of the Budget "
             "which it reaffirmed,")
    preamble(pg, "Noting",
             "that the Council, at its present session, admitted Botswana, Gabon, Mauritius and "
             "Turkey as Members of the Organization,", sup="1")
    preamble(pg, "Considering",
             "that the assessed contributions of these new Members could not be included in the "
             "scale of assessment presented in document MC/2141,")
    preamble(pg, "Mindful of",
             "the obligation of Member States to meet their financial commitments to the "
             "Organization in full and on time,")
    pg.y -= 2
    pg.para([("i", "Resolves:")], first_x=LM + TAB, after=LEAD * 0.9)
    clause(pg, "1", [("r", "To approve the Programme and Budget for 2005, comprising an Administrative "
                           "Part of the Budget of CHF 37,119,000 and an Operational Part of the Budget "
                           "of USD 631,504,000;"), ("sup", "2")])

    footnotes(c, [
        ("1", "Resolutions Nos. 1104, 1105, 1106 and 1107 (LXXXVIII) of 30 November 2004."),
        ("2", "The Operational Part of the Budget is funded from voluntary contributions. The figure "
              "is an estimate based on the projects funded, or expected to be funded, when document "
              "MC/2141 was prepared, and will be updated in the course of the year."),
    ])
    trilingual_footer(c)
    c.showPage()

    # ---------------- page 2 ----------------
    pg = Page(c)
    pg.right(SYMBOL)
    pg.right("Page 2")
    pg.y -= 1.6 * LEAD
    clause(pg, "2", [("r", "To approve the scale of assessment for 2005 set out in Annex I to document "
                           "MC/2141, on the basis of which the contributions of Member States to the "
                           "Administrative Part of the Budget shall be assessed;")])
    clause(pg, "3", [("r", "To fix the assessed contributions for 2005 of the new Members referred to "
                           "above, which are in addition to the assessable budget approved in "
                           "paragraph 1, as follows:")], after=LEAD * 0.6)

    # table drawn at column positions
    x_name = LM + TAB
    x_pct = LM + 9.4 * cm      # right edge of the percentage column
    x_chf = LM + 13.6 * cm     # right edge of the Swiss francs column
    t_left, t_right = x_name - 4, x_chf + 6
    c.setLineWidth(0.6)
    c.line(t_left, pg.y + LEAD - 2, t_right, pg.y + LEAD - 2)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(x_name, pg.y, "Member State")
    c.drawRightString(x_pct, pg.y, "Percentage")
    c.drawRightString(x_chf, pg.y, "Swiss francs")
    c.line(t_left, pg.y - 5, t_right, pg.y - 5)
    pg.y -= LEAD + 4
    rows = [("Botswana", "0.039", "14,476"),
            ("Gabon", "0.039", "14,476"),
            ("Mauritius", "0.061", "22,643"),
            ("Turkey", "0.480", "178,171")]
    c.setFont("Helvetica", 10)
    for name, pct, chf in rows:
        c.drawString(x_name, pg.y, name)
        c.drawRightString(x_pct, pg.y, pct)
        c.drawRightString(x_chf, pg.y, chf)
        pg.y -= LEAD
    c.line(t_left, pg.y + LEAD - 4, t_right, pg.y + LEAD - 4)
    pg.y -= 3
    c.setFont("Helvetica-Bold", 10)
    c.drawString(x_name, pg.y, "Total")
    c.drawRightString(x_pct, pg.y, "0.619")
    c.drawRightString(x_chf, pg.y, "229,766")
    c.line(t_left, pg.y - 5, t_right, pg.y - 5)
    pg.y -= LEAD * 2.2

    clause(pg, "4", [("r", "To decide that the additional income of CHF 229,766 resulting from "
                           "paragraph 3 shall be held in a separate budget line, and that proposals for "
                           "its use shall be submitted to the Subcommittee on Budget and Finance at its "
                           "next session;")])
    clause(pg, "5", [("r", "To authorize the Director General to incur expenditure under the "
                           "Operational Part of the Budget up to the level of the funds received for "
                           "that purpose, and to adjust activities in the light of the resources "
                           "actually made available;")])
    clause(pg, "6", [("r", "To urge Member States:")], after=LEAD * 0.5)
    item(pg, "(a)", "which have not yet paid their assessed contributions for 2004 and prior years "
                    "to do so without further delay;")
    item(pg, "(b)", "to pay their assessed contributions for 2005 in full and as early as possible in "
                    "the financial year;")
    pg.y -= LEAD * 0.4
    clause(pg, "7", [("r", "To request the Director General to report to the Council at its "
                           "Eighty-ninth Session on the implementation of the Programme and Budget for "
                           "2005, including the use made of the contributions of the new Members.")])
    c.showPage()
    c.save()


if __name__ == "__main__":
    build()
