"""Draws contributions-report-2013b.pdf (SCPF/103, status report on outstanding
contributions, 8 October 2013) with reportlab, laid out as an IOM paper of the period."""
import os
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "contributions-report-2013b.pdf")

SYMBOL = "SCPF/103"
W, H = A4
LM, RM = 72.0, W - 72.0
TEXTW = RM - LM
TOP = H - 100.0          # first text baseline on a continuation page
BOTTOM = 70.0            # lowest baseline of any footnote / text
FONT, BOLD, ITAL = "Times-Roman", "Times-Bold", "Times-Italic"
SIZE, LEAD = 11.0, 13.6
FN_SIZE, FN_LEAD = 9.0, 11.0
SUP_SIZE = 7.0
TAB = 36.0

# ---------------------------------------------------------------- data
ROWS1 = [
    # Member State, outstanding 2012 and prior, 2013 assessment, paid in 2013
    ("Argentina", 0, 258710, 130000),
    ("Bolivia (Plurinational State of)", 5120, 3290, 0),
    ("Brazil", 412306, 659420, 412306),
    ("Burundi", 9815, 411, 0),
    ("Central African Republic", 52144, 411, 2000),
    ("Comoros", 61902, 411, 0),
    ("Democratic Republic of the Congo", 30117, 1233, 0),
    ("Dominican Republic", 0, 18494, 0),
    ("Gambia", 7560, 411, 1500),
    ("Greece", 0, 284068, 150000),
    ("Guinea-Bissau", 40212, 411, 0),
    ("Haiti", 3104, 1233, 3104),
    ("Kyrgyzstan", 118655, 822, 12000),
    ("Liberia", 87390, 411, 9000),
    ("Madagascar", 0, 1233, 0),
    ("Mauritania", 21450, 822, 0),
    ("Niger", 5270, 822, 0),
    ("Paraguay", 241880, 4110, 0),
    ("Peru{2}", 96518, 48929, 47589),
    ("Sao Tome and Principe", 33614, 411, 0),
    ("Sierra Leone", 1644, 411, 0),
    ("Tajikistan", 76322, 1233, 8500),
    ("Ukraine", 0, 35770, 17885),
    ("Venezuela (Bolivarian Republic of)", 186040, 259943, 0),
    ("Yemen", 2466, 1644, 2466),
]

ROWS2 = [
    # Member State, year agreed, final instalment, covered, paid to date
    ("Central African Republic", "2011", "2020", 54144, 4000),
    ("Kyrgyzstan", "2009", "2018", 166655, 60000),
    ("Liberia", "2012", "2021", 96390, 18000),
    ("Paraguay", "2012", "2016", 241880, 0),
    ("Tajikistan", "2008", "2017", 118822, 51000),
]


def amt(v):
    return "-" if v == 0 else f"{v:,}"


# ---------------------------------------------------------------- text
FOOTNOTES = {
    "1": "Under Article 4 of the Constitution, a Member State which fails to meet its financial "
         "obligations to the Organization for two consecutive financial years shall not be entitled "
         "to vote in the Council, unless the Council is satisfied that the failure is due to "
         "conditions beyond the control of the Member State.",
    "2": "A payment of CHF 48,929 was received from Peru on 4 October 2013, after the closing date of "
         "this report, in settlement of the balance of its arrears for 2012.",
}

BODY = [
    ("head", "I.", "INTRODUCTION"),
    ("para", "1.", "This document provides the Standing Committee on Programmes and Finance with the "
     "status of assessed contributions to the Administrative Part of the Budget as at 30 September 2013. "
     "It updates the information given in document SCPF/96, which the Committee considered at its "
     "Twelfth Session in June 2013."),
    ("para", "2.", "The Administrative Part of the Budget for 2013, as set out in the Programme and "
     "Budget for 2013 (MC/2366), amounts to CHF 41,116,000. It is financed in its entirety by the "
     "assessed contributions of Member States, calculated on the basis of the scale of assessment "
     "for 2013 approved by the Council."),
    ("para", "3.", "Assessed contributions fall due in full on 1 January of the year to which they "
     "relate. The Administration wishes to recall that a Member State whose arrears equal or exceed "
     "the contributions due from it for the preceding two full years is subject to the provisions of "
     "Article 4 of the Constitution.{1} Late payment also obliges the Organization to draw on its "
     "limited reserves in order to meet core administrative costs in the early months of the year."),
    ("head", "II.", "STATUS OF CONTRIBUTIONS AS AT 30 SEPTEMBER 2013"),
    ("para", "4.", "As at 30 September 2013, contributions outstanding to the Administrative Part of "
     "the Budget totalled CHF 2,282,243. Of this amount, CHF 995,064 related to 2012 and earlier "
     "years and CHF 1,287,179 to the 2013 assessment. A year earlier, at 30 September 2012, the "
     "corresponding total had stood at CHF 2,647,918, of which CHF 1,213,406 was owed for 2011 and "
     "earlier years."),
    ("para", "5.", "Of the 151 Member States, 126 had paid their assessed contributions in full by "
     "30 September 2013. Contributions received for 2013 amounted to CHF 39,828,821, or 96.9 per "
     "cent of the total assessment. In addition, CHF 612,740 was received during the period in "
     "settlement of arrears from previous years, thereby reducing the amount owed for 2012 and "
     "earlier years by more than one third since 1 January 2013."),
    ("para", "6.", "The 25 Member States with amounts outstanding are listed in Table 1. Twenty of "
     "them had contributions outstanding from 2012 or earlier years at the start of the year; "
     "payments received since then have cleared the arrears of three of them (Brazil, Haiti and "
     "Yemen), so that 17 Member States still owe contributions for previous years."),
    ("table1",),
    ("para", "7.", "Payments received after 30 September 2013 are not reflected in Table 1. They will "
     "be included in the updated status report to be submitted to the Council at its 103rd Session "
     "in November 2013."),
    ("para", "8.", "The Administration continues to contact the Member States concerned, through their "
     "permanent missions in Geneva and through IOM offices in the capitals, in order to encourage the "
     "payment of outstanding amounts or, where arrears have accumulated over several years, the "
     "conclusion of a payment plan."),
    ("head", "III.", "PAYMENT PLANS"),
    ("para", "9.", "Under Council Resolution No. 1077 (LXXXVIII) of 4 December 2002, a Member State in "
     "arrears may agree with the Administration on a plan for the settlement of its arrears over a "
     "period of up to ten years, while continuing to pay its current assessed contributions in full. "
     "A Member State that honours the terms of its plan is not subject to the provisions of Article 4 "
     "of the Constitution."),
    ("para", "10.", "Five payment plans were in force as at 30 September 2013. They are summarized in "
     "Table 2. Together they cover arrears of CHF 677,891, of which CHF 133,000 had been paid by that "
     "date."),
    ("table2",),
    ("para", "11.", "The Central African Republic, Kyrgyzstan, Liberia and Tajikistan have paid the "
     "instalments due under their plans for 2013. No instalment has yet been received from Paraguay "
     "under the plan agreed in 2012, and the Administration has written to the Permanent Mission to "
     "ascertain when payment may be expected."),
    ("head", "IV.", "MEMBER STATES SUBJECT TO ARTICLE 4 OF THE CONSTITUTION"),
    ("para", "12.", "As at 30 September 2013, the following ten Member States were in arrears in an "
     "amount equal to or greater than their contributions for the preceding two full years, without "
     "a payment plan being honoured: Burundi, Comoros, Democratic Republic of the Congo, Gambia, "
     "Guinea-Bissau, Mauritania, Niger, Paraguay, Sao Tome and Principe and Sierra Leone. Their "
     "combined arrears for 2012 and earlier years amount to CHF 451,964."),
    ("para", "13.", "The Administration would welcome an indication from each of these Member States "
     "of its intention to settle its arrears, or to propose a payment plan, before the opening of the "
     "103rd Session of the Council. In the case of Niger and Sierra Leone, whose arrears are modest, "
     "a single payment would suffice to restore their voting rights."),
    ("head", "V.", "ACTION REQUESTED OF THE STANDING COMMITTEE"),
    ("para", "14.", "The Standing Committee is invited to:"),
    ("item", "(a)", "take note of the status of contributions outstanding as at 30 September 2013;"),
    ("item", "(b)", "urge the Member States listed in Table 1 to pay their outstanding contributions "
     "at the earliest possible date or, where they are in arrears for two years or more, to agree on "
     "a payment plan with the Administration; and"),
    ("item", "(c)", "encourage the Member States with payment plans in force to honour their "
     "commitments in full and on time."),
]


# ---------------------------------------------------------------- helpers
def split_marks(word):
    """'Constitution.{1}' -> [('Constitution.', False), ('1', True)]"""
    out = []
    while "{" in word:
        i = word.index("{")
        j = word.index("}", i)
        if i:
            out.append((word[:i], False))
        out.append((word[i + 1:j], True))
        word = word[j + 1:]
    if word:
        out.append((word, False))
    return out


def word_width(word, font, size):
    w = 0.0
    for piece, sup in split_marks(word):
        w += stringWidth(piece, font, SUP_SIZE if sup else size)
    return w


def markers_in(text):
    out = []
    for w in text.split():
        out += [p for p, s in split_marks(w) if s]
    return out


def wrap(text, first_w, other_w, font=FONT, size=SIZE):
    words = text.split()
    lines, cur, cw = [], [], 0.0
    space = stringWidth(" ", font, size)
    limit = first_w
    for w in words:
        ww = word_width(w, font, size)
        if cur and cw + space + ww > limit:
            lines.append(cur)
            cur, cw = [w], ww
            limit = other_w
        else:
            cw = cw + space + ww if cur else ww
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


def draw_word(c, x, y, word, font, size):
    for piece, sup in split_marks(word):
        if sup:
            c.setFont(font, SUP_SIZE)
            c.drawString(x, y + 4.2, piece)
            x += stringWidth(piece, font, SUP_SIZE)
        else:
            c.setFont(font, size)
            c.drawString(x, y, piece)
            x += stringWidth(piece, font, size)
    return x


def draw_line(c, x, y, words, width, justify, font=FONT, size=SIZE):
    space = stringWidth(" ", font, size)
    if justify and len(words) > 1:
        natural = sum(word_width(w, font, size) for w in words)
        space = (width - natural) / (len(words) - 1)
    for w in words:
        x = draw_word(c, x, y, w, font, size) + space


# ---------------------------------------------------------------- page machinery
class Doc:
    def __init__(self):
        self.c = canvas.Canvas(OUT, pagesize=A4)
        self.c.setTitle("Status report on outstanding contributions to the Administrative Part of the Budget")
        self.c.setAuthor("International Organization for Migration")
        self.page_no = 0          # printed page number (cover = 0)
        self.notes = []           # footnotes of the current page
        self.y = None

    def fn_height(self, keys):
        h = 0.0
        for k in keys:
            h += len(wrap(FOOTNOTES[k], TEXTW - 14, TEXTW - 14, FONT, FN_SIZE)) * FN_LEAD + 2
        return h + (14 if keys else 0)

    def floor(self, extra=()):
        return BOTTOM + self.fn_height(self.notes + list(extra))

    def finish_page(self):
        c = self.c
        if self.notes:
            y = BOTTOM + self.fn_height(self.notes) - 8
            c.setLineWidth(0.5)
            c.line(LM, y, LM + 144, y)
            y -= 12
            for k in self.notes:
                lines = wrap(FOOTNOTES[k], TEXTW - 14, TEXTW - 14, FONT, FN_SIZE)
                c.setFont(FONT, SUP_SIZE)
                c.drawString(LM, y + 3.5, k)
                for i, ln in enumerate(lines):
                    draw_line(c, LM + 14, y, ln, TEXTW - 14, i < len(lines) - 1, FONT, FN_SIZE)
                    y -= FN_LEAD
                y -= 2
        c.showPage()
        self.notes = []

    def new_page(self):
        self.finish_page()
        self.page_no += 1
        c = self.c
        c.setFont(FONT, SIZE)
        c.drawRightString(RM, H - 56, SYMBOL)
        c.drawRightString(RM, H - 56 - LEAD, f"Page {self.page_no}")
        self.y = TOP

    def need(self, h, extra=()):
        if self.y - h < self.floor(extra):
            self.new_page()


def draw_cover(doc):
    c = doc.c
    c.setFont(BOLD, 12)
    c.drawRightString(RM, H - 72, SYMBOL)
    c.setFont(FONT, 11)
    c.drawRightString(RM, H - 90, "Original: ENGLISH")
    c.drawRightString(RM, H - 104, "8 October 2013")
    y = H - 190
    for txt in ("STANDING COMMITTEE ON PROGRAMMES AND FINANCE", "THIRTEENTH SESSION"):
        c.setFont(BOLD, 11)
        c.drawCentredString(W / 2, y, txt)
        y -= 16
    c.setFont(FONT, 11)
    c.drawCentredString(W / 2, y, "29-30 October 2013")
    y -= 40
    c.setLineWidth(1)
    c.line(LM + 60, y + 8, RM - 60, y + 8)
    y -= 40
    for txt in ("STATUS REPORT ON OUTSTANDING CONTRIBUTIONS TO THE",
                "ADMINISTRATIVE PART OF THE BUDGET"):
        c.setFont(BOLD, 12)
        c.drawCentredString(W / 2, y, txt)
        y -= 17
    # trilingual organ footer
    y = 92
    for txt in ("STANDING COMMITTEE ON PROGRAMMES AND FINANCE",
                "COMITÉ PERMANENT DES PROGRAMMES ET DES FINANCES",
                "COMITÉ PERMANENTE DE PROGRAMAS Y FINANZAS"):
        c.setFont(BOLD, 9)
        c.drawCentredString(W / 2, y, txt)
        y -= 12
    c.setLineWidth(0.5)
    c.line(LM, 112, RM, 112)


def draw_heading(doc, num, text):
    doc.need(LEAD * 4)       # keep with the next lines
    doc.y -= 6
    c = doc.c
    c.setFont(BOLD, SIZE)
    c.drawString(LM, doc.y, num)
    c.drawString(LM + TAB, doc.y, text)
    doc.y -= LEAD * 2


def draw_para(doc, num, text, indent=0.0):
    """Numbered paragraph: number at indent, first line after a tab, continuation flush at indent
    (items: continuation at the item text)."""
    if num.startswith("("):
        x_num, x_first, x_rest = LM + TAB, LM + 2 * TAB, LM + 2 * TAB
    else:
        x_num, x_first, x_rest = LM, LM + TAB, LM
    lines = wrap(text, RM - x_first, RM - x_rest)
    c = doc.c
    for i, ln in enumerate(lines):
        marks = [m for w in ln for m in markers_in(w) if m not in doc.notes]
        doc.need(LEAD, marks)
        doc.notes += marks
        if i == 0:
            c.setFont(FONT, SIZE)
            c.drawString(x_num, doc.y, num)
        x = x_first if i == 0 else x_rest
        draw_line(c, x, doc.y, ln, RM - x, i < len(lines) - 1)
        doc.y -= LEAD
    doc.y -= LEAD * 0.75


def draw_table(doc, caption, cols, head, rows, total):
    """cols: list of (x_left, x_right, align) ; head: list of header line lists."""
    c = doc.c
    fs, rl = 9.5, 12.4
    nhead = max(len(h) for h in head)
    height = 20 + nhead * 11 + 8 + (len(rows) + 1) * rl + 14
    marks = [m for r in rows for m in markers_in(r[0]) if m not in doc.notes]
    doc.need(height, marks)
    doc.notes += marks
    y = doc.y
    c.setFont(BOLD, 10)
    c.drawString(LM, y, caption)
    y -= 12
    c.setLineWidth(0.8)
    c.line(LM, y, RM, y)
    y -= 11
    # headings, bottom-aligned over nhead lines
    c.setFont(BOLD, 8.5)
    for (xl, xr, al), hl in zip(cols, head):
        pad = nhead - len(hl)
        for k, t in enumerate(hl):
            yy = y - (pad + k) * 10.5
            if al == "L":
                c.drawString(xl + 2, yy, t)
            else:
                c.drawCentredString((xl + xr) / 2, yy, t)
    y -= (nhead - 1) * 10.5 + 6
    c.setLineWidth(0.5)
    c.line(LM, y, RM, y)
    y -= rl
    for r in rows + [total]:
        is_total = r is total
        if is_total:
            c.setLineWidth(0.5)
            c.line(LM, y + rl - 3, RM, y + rl - 3)
        font = BOLD if is_total else FONT
        for (xl, xr, al), cell in zip(cols, r):
            if al == "L":
                draw_word_cell(c, xl + 2, y, cell, font, fs)
            else:
                c.setFont(font, fs)
                c.drawRightString(xr - 4, y, cell)
        y -= rl
    c.setLineWidth(0.8)
    c.line(LM, y + rl - 3, RM, y + rl - 3)
    doc.y = y - 14


def draw_word_cell(c, x, y, text, font, size):
    words = text.split(" ")
    space = stringWidth(" ", font, size)
    for w in words:
        x = draw_word(c, x, y, w, font, size) + space


def table1(doc):
    cols = [(LM, LM + 167, "L")]
    w = (TEXTW - 167) / 4
    for i in range(4):
        cols.append((LM + 167 + i * w, LM + 167 + (i + 1) * w, "R"))
    head = [["Member State"],
            ["Outstanding", "from 2012 and", "prior years"],
            ["Assessed", "contributions", "for 2013"],
            ["Payments", "received", "in 2013"],
            ["Total", "outstanding at", "30.09.2013"]]
    rows, tot = [], [0, 0, 0, 0]
    for n, a, b, p in ROWS1:
        d = a + b - p
        rows.append([n, amt(a), amt(b), amt(p), amt(d)])
        for i, v in enumerate((a, b, p, d)):
            tot[i] += v
    total = ["Total"] + [f"{v:,}" for v in tot]
    assert tot[3] == 2282243
    draw_table(doc, "Table 1: Contributions outstanding as at 30 September 2013 (in Swiss francs)",
               cols, head, rows, total)


def table2(doc):
    lw = 135
    w = (TEXTW - lw) / 5
    cols = [(LM, LM + lw, "L")] + [(LM + lw + i * w, LM + lw + (i + 1) * w, "R") for i in range(5)]
    head = [["Member State"],
            ["Year", "agreed"],
            ["Final", "instalment"],
            ["Arrears", "covered by", "the plan"],
            ["Paid under", "the plan", "to date"],
            ["Balance", "under", "the plan"]]
    rows, tc, tp = [], 0, 0
    for n, y1, y2, cov, paid in ROWS2:
        rows.append([n, y1, y2, amt(cov), amt(paid), amt(cov - paid)])
        tc += cov
        tp += paid
    assert (tc, tp) == (677891, 133000)
    total = ["Total", "", "", f"{tc:,}", f"{tp:,}", f"{tc - tp:,}"]
    draw_table(doc, "Table 2: Payment plans in force as at 30 September 2013 (in Swiss francs)",
               cols, head, rows, total)


def main():
    doc = Doc()
    draw_cover(doc)
    doc.new_page()
    # running title repeated on the first text page
    c = doc.c
    c.setFont(BOLD, SIZE)
    c.drawCentredString(W / 2, doc.y, "STATUS REPORT ON OUTSTANDING CONTRIBUTIONS TO THE")
    doc.y -= LEAD
    c.drawCentredString(W / 2, doc.y, "ADMINISTRATIVE PART OF THE BUDGET")
    doc.y -= LEAD * 2.5
    for blk in BODY:
        if blk[0] == "head":
            draw_heading(doc, blk[1], blk[2])
        elif blk[0] in ("para", "item"):
            draw_para(doc, blk[1], blk[2])
        elif blk[0] == "table1":
            table1(doc)
        elif blk[0] == "table2":
            table2(doc)
    doc.finish_page()
    doc.c.save()


if __name__ == "__main__":
    main()
