"""Draws contributions-report-2003c.pdf: an SCBF status report on outstanding
contributions to the Administrative Part of the Budget (as at 31 March 2003),
laid out like a 2003 word-processor document (Times, 12 pt, justified)."""

import os

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, KeepTogether,
                                NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "contributions-report-2003c.pdf")

SYMBOL = "SCBF/97"
PAGE_W, PAGE_H = A4
LM = RM = 2.5 * cm
TM = 2.5 * cm
BM = 2.5 * cm
TEXT_W = PAGE_W - LM - RM
FOOTNOTE_H = 2.2 * cm  # reserved at the foot of body page 1

FONT = "Times-Roman"
BOLD = "Times-Bold"

# ---------------------------------------------------------------- data
# arrears by year of assessment, in Swiss francs:
# (1999 and prior years, 2000, 2001, 2002)
ARREARS = [
    ("Albania",                            (0,       0,       4212,    6318)),
    ("Argentina",                          (612450,  201806,  198744,  203117)),
    ("Armenia",                            (0,       0,       1980,    6318)),
    ("Bolivia",                            (18954,   6318,    6318,    6318)),
    ("Cape Verde",                         (0,       0,       0,       3159)),
    ("Democratic Republic of the Congo",   (41206,   6318,    6318,    6318)),
    ("Dominican Republic",                 (25380,   9477,    9477,    9477)),
    ("Ecuador",                            (0,       0,       7840,    22113)),
    ("El Salvador",                        (0,       0,       0,       12636)),
    ("Georgia",                            (0,       2905,    6318,    6318)),
    ("Guinea-Bissau",                      (28431,   3159,    3159,    3159)),
    ("Haiti",                              (9477,    3159,    3159,    3159)),
    ("Kyrgyzstan",                         (0,       0,       1604,    3159)),
    ("Liberia",                            (37908,   3159,    3159,    3159)),
    ("Nicaragua",                          (6318,    3159,    3159,    3159)),
    ("Peru",                               (148920,  63580,   64210,   65933)),
    ("Sierra Leone",                       (22113,   3159,    3159,    3159)),
    ("Tajikistan",                         (0,       1472,    3159,    3159)),
    ("Uruguay",                            (0,       0,       19821,   47394)),
    ("Yemen",                              (12636,   3159,    3159,    3159)),
]
assert [n for n, _ in ARREARS] == sorted(n for n, _ in ARREARS)

COL_TOTALS = [sum(v[i] for _, v in ARREARS) for i in range(4)]
GRAND_TOTAL = sum(COL_TOTALS)
assert GRAND_TOTAL == sum(sum(v) for _, v in ARREARS)

# Member States with arrears going back to 2000 or earlier
OLD = [n for n, v in ARREARS if v[0] or v[1]]
PLANS = ["Argentina", "Peru"]
SUBJECT_ART4 = [n for n in OLD if n not in PLANS]

# payment plans: (arrears covered by the plan, paid under the plan, balance)
PLAN_ROWS = [
    ("Argentina", 1214800, 201800),
    ("Peru",      340000,  127500),
]
# the balance of each plan equals the arrears it covers in Table 1
assert PLAN_ROWS[0][1] - PLAN_ROWS[0][2] == sum(dict(ARREARS)["Argentina"][:3])
assert PLAN_ROWS[1][1] - PLAN_ROWS[1][2] == sum(dict(ARREARS)["Peru"][:2])

ASSESSED_2003 = 35467000        # assessed contributions for 2003
RECEIVED_2003 = 19874615        # received for 2003 by 31 March
UNPAID_2003 = ASSESSED_2003 - RECEIVED_2003
PAID_ARREARS_2003 = 41370       # paid towards arrears since 1 January 2003

NUMWORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six",
            7: "seven", 8: "eight", 9: "nine", 10: "ten", 11: "eleven",
            12: "twelve", 13: "thirteen", 14: "fourteen", 15: "fifteen",
            16: "sixteen", 17: "seventeen", 18: "eighteen", 19: "nineteen",
            20: "twenty"}


def chf(n):
    return "-" if n == 0 else f"{n:,}"


# ---------------------------------------------------------------- styles
body = ParagraphStyle("body", fontName=FONT, fontSize=12, leading=14.5,
                      alignment=TA_JUSTIFY, spaceAfter=12)
numbered = ParagraphStyle("numbered", parent=body, leftIndent=0,
                          firstLineIndent=1.27 * cm, bulletIndent=0,
                          bulletFontName=FONT, bulletFontSize=12)
running_title = ParagraphStyle("rt", fontName=FONT, fontSize=12, leading=14.5,
                               alignment=TA_CENTER, spaceAfter=0)
caption = ParagraphStyle("caption", fontName=BOLD, fontSize=11, leading=13,
                         alignment=TA_LEFT, spaceAfter=4)
cell = ParagraphStyle("cell", fontName=FONT, fontSize=10, leading=11.5,
                      alignment=TA_LEFT)
cell_r = ParagraphStyle("cell_r", parent=cell, alignment=TA_RIGHT)
head = ParagraphStyle("head", fontName=BOLD, fontSize=10, leading=11.5,
                      alignment=TA_CENTER)
head_l = ParagraphStyle("head_l", parent=head, alignment=TA_LEFT)
footnote_style = ParagraphStyle("fn", fontName=FONT, fontSize=10, leading=11.5,
                                alignment=TA_JUSTIFY, leftIndent=0,
                                firstLineIndent=0)


def para(n, text):
    return Paragraph(text, numbered, bulletText=f"{n}.")


# ---------------------------------------------------------------- footnotes
FOOTNOTES = {
    "1": ("Contributions to the Administrative Part of the Budget fall due on "
          "1 January of the year to which they relate. A contribution that "
          "remains unpaid at the end of that year is treated as an arrear from "
          "1 January of the following year."),
}
MARKER_PAGES = {}


class MarkerProbe(Flowable):
    """Zero-size flowable that records the page its predecessor ended on."""

    def __init__(self, key):
        super().__init__()
        self.key = key
        self.width = self.height = 0

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        MARKER_PAGES[self.key] = self.canv.getPageNumber()


# ---------------------------------------------------------------- pages
def draw_cover(canv, doc):
    canv.saveState()
    x_r = PAGE_W - RM
    y = PAGE_H - 2.0 * cm
    canv.setFont(BOLD, 12)
    canv.drawRightString(x_r, y, SYMBOL)
    canv.setFont(FONT, 12)
    canv.drawRightString(x_r, y - 15, "Original: English")
    canv.drawRightString(x_r, y - 30, "14 April 2003")
    canv.setFont(BOLD, 12)
    canv.drawString(LM, y - 75, "EIGHTY-NINTH SESSION")
    canv.setLineWidth(0.75)
    canv.line(LM, y - 85, PAGE_W - RM, y - 85)

    # title block, centred in the upper middle of the page
    ty = PAGE_H / 2 + 3.2 * cm
    canv.setFont(BOLD, 13)
    for line in ("STATUS REPORT ON OUTSTANDING CONTRIBUTIONS",
                 "TO THE ADMINISTRATIVE PART OF THE BUDGET"):
        canv.drawCentredString(PAGE_W / 2, ty, line)
        ty -= 17
    canv.setFont(FONT, 12)
    canv.drawCentredString(PAGE_W / 2, ty - 10, "(as at 31 March 2003)")

    # trilingual footer of the Sub-Committee
    fy = 3.4 * cm
    canv.setLineWidth(0.5)
    canv.line(LM + 3 * cm, fy + 22, PAGE_W - RM - 3 * cm, fy + 22)
    canv.setFont(BOLD, 10)
    for line in ("SUB-COMMITTEE ON BUDGET AND FINANCE",
                 "SOUS-COMIT\u00c9 DU BUDGET ET DES FINANCES",
                 "SUBCOMIT\u00c9 DE PRESUPUESTO Y FINANZAS"):
        canv.drawCentredString(PAGE_W / 2, fy, line)
        fy -= 13
    canv.restoreState()


def draw_header(canv, doc):
    canv.saveState()
    label = canv.getPageNumber() - 1
    canv.setFont(FONT, 11)
    canv.drawRightString(PAGE_W - RM, PAGE_H - 1.5 * cm, SYMBOL)
    canv.drawRightString(PAGE_W - RM, PAGE_H - 1.5 * cm - 13, f"Page {label}")
    canv.restoreState()


def draw_footnotes(canv, keys):
    canv.saveState()
    top = BM + FOOTNOTE_H - 8
    canv.setLineWidth(0.5)
    canv.line(LM, top, LM + 5 * cm, top)
    y = top - 4
    for k in keys:
        p = Paragraph(f"<super>{k}</super>&nbsp;{FOOTNOTES[k]}", footnote_style)
        w, h = p.wrap(TEXT_W, FOOTNOTE_H)
        p.drawOn(canv, LM, y - h)
        y -= h + 2
    canv.restoreState()


def body_first(canv, doc):
    draw_header(canv, doc)
    draw_footnotes(canv, ["1"])


def build():
    doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=LM, rightMargin=RM,
                          topMargin=TM, bottomMargin=BM,
                          title="Status report on outstanding contributions "
                                "to the Administrative Part of the Budget",
                          author="International Organization for Migration",
                          subject=SYMBOL)
    full = Frame(LM, BM, TEXT_W, PAGE_H - TM - BM, id="full",
                 leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    short = Frame(LM, BM + FOOTNOTE_H, TEXT_W, PAGE_H - TM - BM - FOOTNOTE_H,
                  id="short", leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0)
    doc.addPageTemplates([
        PageTemplate(id="cover", frames=[full], onPage=draw_cover),
        PageTemplate(id="body1", frames=[short], onPage=body_first),
        PageTemplate(id="body", frames=[full], onPage=draw_header),
    ])

    s = []
    s.append(NextPageTemplate("body1"))
    s.append(Spacer(1, 1))
    s.append(PageBreak())
    s.append(NextPageTemplate("body"))

    # running title on the first text page
    s.append(Paragraph("STATUS REPORT ON OUTSTANDING CONTRIBUTIONS TO THE "
                       "ADMINISTRATIVE PART OF THE BUDGET", running_title))
    s.append(Paragraph("(as at 31 March 2003)", running_title))
    s.append(Spacer(1, 20))

    s.append(para(1,
        "The present document updates the information provided to the "
        "Sub-Committee on Budget and Finance at its Eighty-eighth Session in "
        "document SCBF/95 and sets out the position, as at 31 March 2003, of "
        "assessed contributions to the Administrative Part of the Budget that "
        "remain unpaid. It is issued in accordance with the practice of keeping "
        "the Member States informed twice a year of the state of arrears."))

    n_states = len(ARREARS)
    s.append(para(2,
        f"At 31 March 2003, arrears of contributions for 2002 and earlier years "
        f"stood at CHF {GRAND_TOTAL:,}, owed by {NUMWORDS[n_states]} Member "
        f"States. Of the CHF {ASSESSED_2003:,} assessed for 2003<super>1</super>, "
        f"a total of CHF {RECEIVED_2003:,} had been received by the same date; "
        f"the balance of CHF {UNPAID_2003:,} is not yet in arrears and is "
        f"therefore not shown in Table 1. The Programme and Budget for 2003 "
        f"(MC/2080) assumes that all assessed contributions will be received "
        f"in full during the year."))
    s.append(MarkerProbe("1"))

    s.append(para(3,
        f"Under Article 4 of the Constitution, a Member State which is in "
        f"arrears in the payment of its financial contributions to the "
        f"Organization has no vote in the Council if the amount of its arrears "
        f"equals or exceeds the amount of the contributions due from it for "
        f"the preceding two full years. On the basis of the figures in "
        f"Table 1, and leaving aside the two Member States whose payment plans "
        f"are being honoured (see paragraph 5), {NUMWORDS[len(SUBJECT_ART4)]} "
        f"Member States currently fall within the terms of that Article: "
        f"{', '.join(SUBJECT_ART4[:-1])} and {SUBJECT_ART4[-1]}."))

    s.append(para(4,
        "The arrears of each Member State concerned are broken down by year of "
        "assessment in the table below. Amounts owed for 1998 and earlier are "
        "grouped with those for 1999 in the first column."))

    # ------------------------------------------------------------ Table 1
    hdr = [Paragraph("Member State", head_l),
           Paragraph("1999 and prior years", head),
           Paragraph("2000", head), Paragraph("2001", head),
           Paragraph("2002", head), Paragraph("Total", head)]
    rows = [hdr]
    for name, vals in ARREARS:
        rows.append([Paragraph(name, cell)]
                    + [Paragraph(chf(v), cell_r) for v in vals]
                    + [Paragraph(chf(sum(vals)), cell_r)])
    tot_style = ParagraphStyle("tot", parent=cell_r, fontName=BOLD)
    rows.append([Paragraph("TOTAL", ParagraphStyle("totl", parent=cell,
                                                   fontName=BOLD))]
                + [Paragraph(chf(v), tot_style) for v in COL_TOTALS]
                + [Paragraph(chf(GRAND_TOTAL), tot_style)])
    w0 = 5.6 * cm
    wn = (TEXT_W - w0) / 5
    t1 = Table(rows, colWidths=[w0] + [wn] * 5, repeatRows=1)
    t1.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), "#d9d9d9"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]))
    s.append(KeepTogether([
        Paragraph("Table 1: Arrears of contributions by year of assessment "
                  "(in Swiss francs)", caption),
        t1]))
    s.append(Spacer(1, 14))

    # ------------------------------------------------------------ text
    s.append(para(5,
        "Two Member States have concluded payment plans with the "
        "Administration, in line with Council Resolution No. 1077 (LXXXIV) of "
        "4 December 2002, which encourages Member States with long-standing "
        "arrears to agree on a schedule for their settlement. Instalments "
        "received under these plans are applied to the oldest arrears first, "
        "and the balances in Table 2 are included in the figures shown in "
        "Table 1 for the years covered by each plan."))

    plan_rows = [[Paragraph("Member State", head_l),
                  Paragraph("Arrears covered by the plan", head),
                  Paragraph("Paid under the plan to date", head),
                  Paragraph("Balance", head)]]
    tot = [0, 0, 0]
    for name, covered, paid in PLAN_ROWS:
        bal = covered - paid
        for i, v in enumerate((covered, paid, bal)):
            tot[i] += v
        plan_rows.append([Paragraph(name, cell)]
                         + [Paragraph(chf(v), cell_r)
                            for v in (covered, paid, bal)])
    plan_rows.append([Paragraph("Total", ParagraphStyle("t2", parent=cell,
                                                        fontName=BOLD))]
                     + [Paragraph(chf(v), tot_style) for v in tot])
    assert tot[2] == sum(c - p for _, c, p in PLAN_ROWS)
    w0b = 5.6 * cm
    wnb = (TEXT_W - w0b) / 3
    t2 = Table(plan_rows, colWidths=[w0b] + [wnb] * 3)
    t2.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), "#d9d9d9"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]))
    s.append(KeepTogether([
        Paragraph("Table 2: Payment plans in effect as at 31 March 2003 "
                  "(in Swiss francs)", caption),
        t2]))
    s.append(Spacer(1, 14))

    s.append(para(6,
        f"Since 1 January 2003, payments towards arrears totalling "
        f"CHF {PAID_ARREARS_2003:,} have been received from Armenia, Ecuador "
        f"and Georgia; these amounts have already been deducted from the "
        f"balances shown in Table 1. The Administration has also been informed "
        f"that the Government of Uruguay intends to settle its arrears for "
        f"2001 before the end of the second quarter of 2003."))

    s.append(para(7,
        "The Sub-Committee is invited to take note of this report and to urge "
        "the Member States concerned to pay their outstanding contributions in "
        "full or, where this is not possible, to approach the Administration "
        "with a view to agreeing on a payment plan before the Eighty-sixth "
        "Session of the Council in November 2003."))

    doc.build(s)
    # the footnote is drawn on body page 1 (physical page 2): its marker must
    # fall on that page
    assert MARKER_PAGES["1"] == 2, MARKER_PAGES


if __name__ == "__main__":
    build()
    print("wrote", OUT, "total", GRAND_TOTAL, "art4", SUBJECT_ART4)
