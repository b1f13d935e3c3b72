"""S/25/4 - Status report on outstanding contributions to the Administrative Part of the Budget.

Lays the document out with reportlab's canvas API (A4), in the manner of an IOM
Standing Committee on Programmes and Finance paper of 2019.
"""
import re
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = "contributions-report-2019.pdf"
SYMBOL = "S/25/4"

W, H = A4
LM = 70.0          # left margin
RM = W - 68.0      # right edge of text
TOP = H - 62.0
BOTTOM = 52.0

FONT = "Times-Roman"
BOLD = "Times-Bold"
ITAL = "Times-Italic"
SIZE = 10.5
LEAD = 12.1
PARA_GAP = 6.0
NUM_INDENT = 34.0   # hanging indent of numbered paragraphs
ITEM_LABEL = LM + NUM_INDENT
ITEM_TEXT = LM + NUM_INDENT + 28.0

FN_SIZE = 8.5
FN_LEAD = 10.2
SUP_SIZE = 6.5
SUP_RISE = 4.0

# ---------------------------------------------------------------------------
# content
# ---------------------------------------------------------------------------
FOOTNOTES = {
    "1": "All figures are provisional until the financial statements for 2019 have been audited.",
    "2": "Article 4 of the Constitution provides that a Member State which is in arrears in the payment "
         "of its financial contributions to the Organization shall have no vote if the amount of its "
         "arrears equals or exceeds the amount of the contributions due from it for the preceding two "
         "years. The Council may nevertheless permit such a Member State to vote if it is satisfied "
         "that the failure to pay is due to conditions beyond its control.",
    "3": "A payment of CHF 5,132 was received on 4 October 2019, after the cut-off date of this report.",
    "4": "The standard terms of payment plans are set out in document MC/2084 of 14 November 2002.",
    "5": "See also the Report on the 109th Session of the Council (C/109/25), paragraphs 52 to 55.",
    "6": "Instalments under payment plans are due by 30 June of each year, in addition to the assessed "
         "contribution for the current year.",
}

# Body blocks: ("head", text) | ("para", num, text) | ("item", label, text) | ("table1",)
BODY = [
    ("head", "Introduction"),
    ("para", "1",
     "This document provides the Standing Committee on Programmes and Finance with information on the "
     "status of assessed contributions outstanding to the Administrative Part of the Budget as at "
     "30 September 2019.{1} It updates the information contained in document S/24/5 of 2 May 2019, "
     "which reflected the position as at 31 March 2019."),
    ("para", "2",
     "At its 109th Session, the Council, in Resolution No. 1364 of 28 November 2018, once again urged "
     "Member States in arrears to make every effort to pay their outstanding contributions in full, or "
     "to agree with the Administration on a payment plan and to respect its terms."),
    ("para", "3",
     "Under the measures endorsed by the Council in Resolution No. 1077 of 4 December 2002, Member "
     "States subject to Article 4 of the Constitution:{2}"),
    ("item", "(a)",
     "are not eligible for election to the bureaux of the Council and of the Standing Committee on "
     "Programmes and Finance;"),
    ("item", "(b)",
     "are not eligible for funding from the IOM Development Fund, unless they have concluded a payment "
     "plan with the Administration and are fully respecting its terms; and"),
    ("item", "(c)",
     "are named in the status reports on outstanding contributions submitted to each session of the "
     "Standing Committee and of the Council."),
    ("head", "Contributions outstanding as at 30 September 2019"),
    ("para", "4",
     "As at 30 September 2019, outstanding assessed contributions to the Administrative Part of the "
     "Budget amounted to CHF 6,959,595, of which CHF 5,946,288 related to 2019 and CHF 1,013,307 to "
     "2018 and prior years. The corresponding figure as at 30 September 2018 was CHF 7,412,730."),
    ("para", "5",
     "Of the assessed contributions for 2019 of CHF 51,972,405 approved by the Council in Resolution "
     "No. 1368 of 28 November 2018 on the Programme and Budget for 2019 (C/109/6), a total of "
     "CHF 46,026,117, or 88.6 per cent, had been received by 30 September 2019. In all, 112 Member "
     "States had paid their 2019 contributions in full and a further 19 had made partial payments. "
     "The 22 Member States with contributions outstanding for 2018 or earlier years are listed in "
     "Table 1 below, with the amounts outstanding for each year."),
    ("table1",),
    ("head", "Member States subject to Article 4 of the Constitution"),
    ("para", "6",
     "As at 30 September 2019, the following 13 Member States were subject to Article 4 of the "
     "Constitution, their arrears being equal to or greater than the contributions due from them for "
     "the two preceding years: Burundi, Central African Republic, Comoros, Djibouti, Gambia, "
     "Guinea-Bissau, Liberia, Libya, Sao Tome and Principe, Somalia, South Sudan, Venezuela "
     "(Bolivarian Republic of) and Yemen. The total amount due from these Member States, including "
     "their contributions for 2019, is CHF 1,451,403."),
    ("para", "7",
     "Since the previous report, Ecuador and Uganda have settled their arrears in full and are no "
     "longer subject to Article 4. A payment of CHF 5,000 by the Niger in July 2019 brought its "
     "arrears below the level at which Article 4 applies."),
    ("head", "Payment plans"),
    ("para", "8",
     "Payment plans are in force with five Member States: Gambia, Kyrgyzstan, Liberia, Somalia and "
     "Tajikistan.{4} The amounts covered by each plan, the instalments received and the balances "
     "remaining are shown in the Annex."),
    ("para", "9",
     "Kyrgyzstan and Tajikistan have paid all instalments due to date and their 2019 contributions in "
     "full. Gambia paid its 2019 instalment in August 2019 but "
     "has made no payment towards its assessed contributions since 2016. No payment has been received "
     "from Liberia since March 2018 or from Somalia since November 2017; their plans are therefore not "
     "being respected."),
    ("head", "Conclusion"),
    ("para", "10",
     "The Administration reiterates the appeal of the Council to all Member States in arrears to settle "
     "their outstanding contributions as a matter of priority or to conclude a payment plan, and to "
     "respect its terms.{5} Late payment has a direct effect on the "
     "Organization's core structure, which is funded entirely from assessed contributions."),
    ("para", "11", "The Standing Committee is invited to:"),
    ("item", "(a)", "take note of the present report;"),
    ("item", "(b)",
     "urge Member States in arrears, in particular those subject to Article 4 of the Constitution, to "
     "pay their outstanding contributions in full as soon as possible or to agree on a payment plan "
     "with the Administration; and"),
    ("item", "(c)",
     "request Member States that have concluded payment plans to comply fully with the instalments "
     "agreed."),
]

TABLE1_CAPTION = "Table 1. Contributions outstanding for 2018 and prior years, by Member State (in Swiss francs)"
TABLE1_HEAD = [["Member State", "2015 and", "2016", "2017", "2018", "2019", "Total"],
               ["", "prior years", "", "", "", "", ""]]
TABLE1 = [
    ("Bolivia (Plurinational State of)", 0, 0, 0, 12874, 40132),
    ("Burundi", 0, 0, 2566, 2580, 2612),
    ("Central African Republic", 41207, 2553, 2566, 2580, 2612),
    ("Comoros", 18944, 2553, 2566, 2580, 2612),
    ("Democratic Republic of the Congo", 0, 0, 0, 14660, 26120),
    ("Djibouti", 0, 0, 2566, 2580, 2612),
    ("Gambia", 6102, 2553, 2566, 2580, 2612),
    ("Guinea", 0, 0, 0, 5160, 5224),
    ("Guinea-Bissau", 52417, 2553, 2566, 2580, 2612),
    ("Haiti", 0, 0, 0, 2580, 2612),
    ("Kyrgyzstan", 9480, 0, 0, 0, 0),
    ("Liberia", 23190, 2553, 2566, 2580, 2612),
    ("Libya", 0, 0, 82118, 171140, 173260),
    ("Mauritania", 0, 0, 0, 2580, 2612),
    ("Niger", 0, 0, 1020, 2580, 2612),
    ("Paraguay", 0, 0, 0, 7406, 37640),
    ("Sao Tome and Principe", 14322, 2553, 2566, 2580, 2612),
    ("Somalia", 12229, 2553, 2566, 2580, 2612),
    ("South Sudan", 0, 2553, 2566, 2580, 2612),
    ("Tajikistan", 6912, 0, 0, 0, 0),
    ("Venezuela (Bolivarian Republic of)", 0, 0, 147260, 296950, 298744),
    ("Yemen{3}", 0, 0, 5132, 5160, 5224),
]

ANNEX_LABEL = "Annex"
ANNEX_TITLE = "STATUS OF PAYMENT PLANS AS AT 30 SEPTEMBER 2019"
ANNEX_TEXT = ("The table below shows the payment plans concluded between the Administration and Member "
              "States which were in force on 30 September 2019, the amounts received under each plan and "
              "the balances remaining to be paid.{6}")
ANNEX_CAPTION = "(in Swiss francs)"
ANNEX_HEAD = [["Member State", "Date of", "Period", "Amount", "Received", "Balance"],
              ["", "agreement", "of plan", "covered", "to 30.9.2019", "due"]]
ANNEX_ROWS = [
    ("Gambia", "12 May 2016", "2016\u20132021", 18306, 12204),
    ("Kyrgyzstan", "14 March 2012", "2012\u20132021", 56880, 47400),
    ("Liberia", "3 October 2017", "2017\u20132021", 28990, 5800),
    ("Somalia", "21 November 2014", "2015\u20132024", 17470, 5241),
    ("Tajikistan", "2 June 2011", "2011\u20132022", 41472, 34560),
]


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------
def fmt(n):
    return "\u2013" if n == 0 else "{:,}".format(n)


TOKEN = re.compile(r"\{(\d+)\}")


def tokens(text):
    """Split text into words; a word is a list of (kind, str) pieces, kind 't' or 'sup'."""
    words = []
    for raw in text.split(" "):
        pieces = []
        pos = 0
        for m in TOKEN.finditer(raw):
            if m.start() > pos:
                pieces.append(("t", raw[pos:m.start()]))
            pieces.append(("sup", m.group(1)))
            pos = m.end()
        if pos < len(raw):
            pieces.append(("t", raw[pos:]))
        words.append(pieces)
    return words


def word_width(word, font, size):
    w = 0.0
    for kind, s in word:
        w += stringWidth(s, font, size) if kind == "t" else stringWidth(s, font, SUP_SIZE)
    return w


def wrap(text, width, font=FONT, size=SIZE, first_width=None):
    words = tokens(text)
    lines, cur, curw = [], [], 0.0
    sp = stringWidth(" ", font, size)
    limit = first_width if first_width is not None else width
    for wd in words:
        ww = word_width(wd, font, size)
        if cur and curw + sp + ww > limit:
            lines.append(cur)
            cur, curw = [wd], ww
            limit = width
        else:
            curw = curw + sp + ww if cur else ww
            cur.append(wd)
    if cur:
        lines.append(cur)
    return lines


def markers_in(line):
    return [s for wd in line for kind, s in wd if kind == "sup"]


class Doc:
    def __init__(self):
        self.c = canvas.Canvas(OUT, pagesize=A4)
        self.c.setTitle("S/25/4 - Status report on outstanding contributions")
        self.c.setAuthor("IOM")
        self.page = 1
        self.page_fns = []
        self.y = TOP

    # -- footnotes ---------------------------------------------------------
    def fn_lines(self, num):
        return wrap(FOOTNOTES[num], RM - LM - 14, FONT, FN_SIZE)

    def fn_height(self, nums):
        if not nums:
            return 0.0
        h = 16.0
        for n in nums:
            h += len(self.fn_lines(n)) * FN_LEAD + 1.5
        return h

    def floor(self, extra=()):
        return BOTTOM + self.fn_height(self.page_fns + list(extra))

    def draw_footnotes(self):
        if not self.page_fns:
            return
        c = self.c
        h = self.fn_height(self.page_fns)
        y = BOTTOM + h - 6
        c.setLineWidth(0.5)
        c.line(LM, y, LM + 130, y)
        y -= 12
        for n in self.page_fns:
            c.setFont(FONT, SUP_SIZE)
            c.drawString(LM, y + 3, n)
            for i, ln in enumerate(self.fn_lines(n)):
                last = i == len(self.fn_lines(n)) - 1
                self.draw_line(ln, LM + 14, y, RM - LM - 14, FONT, FN_SIZE, justify=not last)
                y -= FN_LEAD
            y -= 1.5

    # -- pages -------------------------------------------------------------
    def new_page(self, annex=False):
        self.draw_footnotes()
        self.c.showPage()
        self.page += 1
        self.page_fns = []
        c = self.c
        c.setFont(FONT, 10)
        c.drawRightString(RM, H - 42, SYMBOL)
        c.drawRightString(RM, H - 54, "Page %d" % self.page)
        self.y = H - 84

    def finish(self):
        self.draw_footnotes()
        self.c.showPage()
        self.c.save()

    # -- text --------------------------------------------------------------
    def draw_line(self, line, x, y, width, font, size, justify=False):
        c = self.c
        sp = stringWidth(" ", font, size)
        natural = sum(word_width(w, font, size) for w in line) + sp * (len(line) - 1)
        gap = sp
        if justify and len(line) > 1:
            gap = sp + (width - natural) / (len(line) - 1)
        cx = x
        for wd in line:
            for kind, s in wd:
                if kind == "t":
                    c.setFont(font, size)
                    c.drawString(cx, y, s)
                    cx += stringWidth(s, font, size)
                else:
                    c.setFont(font, SUP_SIZE)
                    c.drawString(cx, y + SUP_RISE, s)
                    cx += stringWidth(s, font, SUP_SIZE)
            cx += gap

    def flow(self, text, x, width, label=None, label_x=None, font=FONT, keep=1):
        lines = wrap(text, width, font)
        for i, ln in enumerate(lines):
            need = LEAD
            if i == 0 and keep > 1:
                need = LEAD * min(keep, len(lines))
            if self.y - need < self.floor(markers_in(ln)):
                self.new_page()
            self.page_fns.extend(markers_in(ln))
            if i == 0 and label:
                self.c.setFont(font, SIZE)
                self.c.drawString(label_x, self.y, label)
            self.draw_line(ln, x, self.y, width, font, SIZE, justify=(i < len(lines) - 1))
            self.y -= LEAD
        self.y -= PARA_GAP

    def heading(self, text):
        # keep heading with two lines of what follows
        if self.y - LEAD * 3 - PARA_GAP < self.floor():
            self.new_page()
        self.y -= 3
        self.c.setFont(BOLD, SIZE)
        self.c.drawString(LM, self.y, text)
        self.y -= LEAD + PARA_GAP - 2

    # -- tables ------------------------------------------------------------
    def table(self, head, rows, cols, aligns, total_row, caption=None, row_h=11.3, size=9.5):
        """cols: x positions (left edge for 'l', right edge for 'r')."""
        c = self.c

        def draw_head():
            c.setLineWidth(0.6)
            c.line(LM, self.y + row_h - 2, RM, self.y + row_h - 2)
            for hl in head:
                for txt, x, al in zip(hl, cols, aligns):
                    if not txt:
                        continue
                    c.setFont(BOLD, size - 0.5)
                    if al == "l":
                        c.drawString(x, self.y, txt)
                    else:
                        c.drawRightString(x, self.y, txt)
                self.y -= row_h - 1.5
            c.setLineWidth(0.4)
            c.line(LM, self.y + row_h - 4, RM, self.y + row_h - 4)
            self.y -= 2

        def draw_cells(cells, font):
            for txt, x, al in zip(cells, cols, aligns):
                m = TOKEN.search(txt)
                if al == "l":
                    if m:
                        base = txt[:m.start()]
                        c.setFont(font, size)
                        c.drawString(x, self.y, base)
                        c.setFont(FONT, SUP_SIZE)
                        c.drawString(x + stringWidth(base, font, size), self.y + SUP_RISE, m.group(1))
                        self.page_fns.append(m.group(1))
                    else:
                        c.setFont(font, size)
                        c.drawString(x, self.y, txt)
                else:
                    c.setFont(font, size)
                    c.drawRightString(x, self.y, txt)
            self.y -= row_h

        if caption:
            if self.y - row_h * 5 < self.floor():
                self.new_page()
            c.setFont(BOLD, size)
            c.drawString(LM, self.y, caption)
            self.y -= row_h + 4
        self.y -= 2
        draw_head()
        for r in rows:
            m = TOKEN.search(r[0])
            extra = [m.group(1)] if m else []
            if self.y - row_h < self.floor(extra):
                self.new_page()
                self.y -= 4
                draw_head()
            draw_cells(r, FONT)
        # total row
        c.setLineWidth(0.4)
        c.line(LM, self.y + row_h - 3, RM, self.y + row_h - 3)
        self.y -= 1.5
        draw_cells(total_row, BOLD)
        c.setLineWidth(0.6)
        c.line(LM, self.y + row_h - 3.5, RM, self.y + row_h - 3.5)
        self.y -= PARA_GAP + 4


# ---------------------------------------------------------------------------
def build():
    d = Doc()
    c = d.c

    # header block: right - symbol, Original, date
    c.setFont(BOLD, 12)
    c.drawRightString(RM, H - 58, SYMBOL)
    c.setFont(FONT, 11)
    c.drawRightString(RM, H - 74, "Original: English")
    c.drawRightString(RM, H - 88, "9 October 2019")
    # left - organ and session
    c.setFont(BOLD, 11)
    c.drawString(LM, H - 122, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE")
    c.setFont(FONT, 11)
    c.drawString(LM, H - 136, "Twenty-fifth Session")
    # title
    c.setFont(BOLD, 11.5)
    c.drawCentredString(W / 2, H - 180, "STATUS REPORT ON OUTSTANDING CONTRIBUTIONS")
    c.drawCentredString(W / 2, H - 194, "TO THE ADMINISTRATIVE PART OF THE BUDGET")
    d.y = H - 224

    for blk in BODY:
        kind = blk[0]
        if kind == "head":
            d.heading(blk[1])
        elif kind == "para":
            d.flow(blk[2], LM + NUM_INDENT, RM - LM - NUM_INDENT, label=blk[1] + ".", label_x=LM, keep=2)
        elif kind == "item":
            d.flow(blk[2], ITEM_TEXT, RM - ITEM_TEXT, label=blk[1], label_x=ITEM_LABEL)
        elif kind == "table1":
            cols = [LM + 2, 268, 318, 362, 408, 456, RM - 2]
            aligns = ["l", "r", "r", "r", "r", "r", "r"]
            rows = []
            for r in TABLE1:
                vals = list(r[1:])
                rows.append([r[0]] + [fmt(v) for v in vals] + [fmt(sum(vals))])
            tot = [sum(r[i] for r in TABLE1) for i in range(1, 6)]
            total_row = ["Total"] + [fmt(v) for v in tot] + [fmt(sum(tot))]
            assert sum(tot) == 1633607 and tot[4] == 620300 and sum(tot[:4]) == 1013307
            d.table(TABLE1_HEAD, rows, cols, aligns, total_row, caption=TABLE1_CAPTION)

    # Annex on a new page
    d.new_page()
    c.setFont(BOLD, 11)
    c.drawCentredString(W / 2, d.y, ANNEX_LABEL)
    lw = stringWidth(ANNEX_LABEL, BOLD, 11)
    c.setLineWidth(0.5)
    c.line(W / 2 - lw / 2, d.y - 1.5, W / 2 + lw / 2, d.y - 1.5)
    d.y -= 28
    c.drawCentredString(W / 2, d.y, ANNEX_TITLE)
    d.y -= 30
    d.flow(ANNEX_TEXT, LM, RM - LM)
    d.y -= 6
    c.setFont(ITAL, 10)
    c.drawRightString(RM, d.y, ANNEX_CAPTION)
    d.y -= 16
    cols = [LM + 2, 170, 268, 372, 446, RM - 2]
    aligns = ["l", "l", "l", "r", "r", "r"]
    rows = [[r[0], r[1], r[2], fmt(r[3]), fmt(r[4]), fmt(r[3] - r[4])] for r in ANNEX_ROWS]
    ta = sum(r[3] for r in ANNEX_ROWS)
    tr = sum(r[4] for r in ANNEX_ROWS)
    assert (ta, tr, ta - tr) == (163118, 105205, 57913)
    d.table(ANNEX_HEAD, rows, cols, aligns, ["Total", "", "", fmt(ta), fmt(tr), fmt(ta - tr)])
    d.finish()


if __name__ == "__main__":
    build()
