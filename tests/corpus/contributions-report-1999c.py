"""Draws contributions-report-1999c.pdf: an IOM status report on outstanding contributions to the
Administrative Part of the Budget (as at 30 April 1999), submitted to the Sub-Committee on Budget and
Finance.  Library: fpdf2.  Plain late-1990s word-processor layout, A4."""

import os
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "contributions-report-1999c.pdf")

SYMBOL = "MC/1969"
LM, RM = 25.0, 25.0
PW, PH = 210.0, 297.0
TW = PW - LM - RM          # text width
TOP = 30.0                 # first text line on pages with running header
BOTTOM = PH - 22.0         # lowest baseline allowed
FONT = "Times"
FS = 12
LH = 5.3                   # line height (mm)
TAB = 12.7

# ----------------------------------------------------------------------------------------------
# Data: (Member State, outstanding at 1 January 1999, assessed for 1999, payments received)
ROWS = [
    ("Albania", 21480, 22150, 0),
    ("Angola", 44620, 22150, 21480),
    ("Argentina", 0, 418630, 200000),
    ("Armenia", 31950, 22150, 0),
    ("Bangladesh", 0, 22150, 0),
    ("Belgium", 0, 442960, 0),
    ("Bolivia", 118415, 22150, 0),
    ("Bulgaria", 32080, 33230, 32080),
    ("Chile", 0, 110740, 55000),
    ("Colombia", 86310, 88590, 86310),
    ("Costa Rica", 41870, 22150, 20000),
    ("Croatia", 0, 37660, 0),
    ("Dominican Republic", 152904, 22150, 0),
    ("Ecuador", 21480, 22150, 0),
    ("Egypt", 0, 79730, 0),
    ("El Salvador", 97336, 22150, 10000),
    ("France", 0, 2591300, 1295650),
    ("Guatemala", 21480, 22150, 21480),
    ("Guinea-Bissau", 131720, 22150, 0),
    ("Haiti", 208115, 22150, 0),
    ("Honduras", 32300, 22150, 0),
    ("Italy", 0, 2068660, 0),
    ("Japan", 0, 6833480, 0),
    ("Kenya", 21480, 22150, 0),
    ("Nicaragua", 176845, 22150, 5000),
    ("Pakistan", 0, 77510, 0),
    ("Panama", 21480, 22150, 21480),
    ("Paraguay", 87602, 22150, 0),
    ("Peru", 128890, 66440, 64445),
    ("Philippines", 0, 66440, 33220),
    ("Senegal", 0, 22150, 0),
    ("Tajikistan", 40120, 22150, 0),
    ("Uganda", 0, 22150, 0),
    ("United States of America", 0, 10961800, 4500000),
    ("Venezuela", 240545, 248040, 120000),
]
ARTICLE4 = ["Bolivia", "Dominican Republic", "El Salvador", "Guinea-Bissau", "Haiti",
            "Nicaragua", "Paraguay"]
PAID_IN_FULL = ["Australia", "Austria", "Canada", "Cyprus", "the Czech Republic", "Denmark",
                "Finland", "Germany", "Greece", "Hungary", "Israel", "Luxembourg", "the Netherlands",
                "Norway", "Poland", "Portugal", "the Republic of Korea", "Romania", "Slovakia",
                "South Africa", "Sri Lanka", "Sweden", "Switzerland", "Thailand", "Uruguay"]


def f(n):
    return "{:,}".format(n) if n else "-"


def money(n):
    return "{:,}".format(n)


tot_out = sum(r[1] for r in ROWS)
tot_ass = sum(r[2] for r in ROWS)
tot_pay = sum(r[3] for r in ROWS)
tot_due = tot_out + tot_ass
tot_bal = tot_due - tot_pay
pay_arrears = sum(min(r[1], r[3]) for r in ROWS)
pay_current = tot_pay - pay_arrears
bal_arrears = sum(r[1] - min(r[1], r[3]) for r in ROWS)
bal_current = tot_bal - bal_arrears
a4_total = sum(r[1] - min(r[1], r[3]) for r in ROWS if r[0] in ARTICLE4)
a4_pct = "{:.1f}".format(100.0 * a4_total / bal_arrears)
assert all(r[1] - min(r[1], r[3]) >= 2 * 21480 for r in ROWS if r[0] in ARTICLE4)
assert all(r[1] - min(r[1], r[3]) < 2 * 21480 for r in ROWS
           if r[0] not in ARTICLE4 and r[2] == 22150)

WORDS = {7: "seven", 25: "twenty-five", 35: "35"}

# ----------------------------------------------------------------------------------------------
PARAS_INTRO = [
    (1, "This report sets out the position of the contributions of Member States to the "
        "Administrative Part of the Budget as at 30 April 1999. It is submitted to the Sub-Committee "
        "on Budget and Finance so that Member States may follow the collection of assessed "
        "contributions during the first four months of the financial year, together with the arrears "
        "brought forward from earlier years."),
    (2, "The Administrative Part of the Budget for 1999 amounts to CHF 36,916,000 and is financed "
        "entirely by assessed contributions, calculated on the basis of the scale of assessment "
        "approved by the Council for 1999.^1 Under the Financial Regulations, contributions fall due "
        "at the beginning of the financial year to which they relate. Member States were informed of "
        "their 1999 assessments by letters dispatched in December 1998."),
    (3, "Contributions outstanding from 1998 and earlier years amounted to CHF %s at 1 January 1999, "
        "against CHF 2,214,380 shown in the previous status report (MC/1952), the difference "
        "reflecting payments received in the last weeks of 1998. Between 1 January and "
        "30 April 1999, the Member States listed in the table below paid a total of CHF %s, of which "
        "CHF %s was applied to arrears and CHF %s to their 1999 assessments."
        % (money(tot_out), money(tot_pay), money(pay_arrears), money(pay_current))),
    (4, "The table shows the %d Member States whose contributions had not been received in full by "
        "30 April 1999. The remaining %s Member States, namely %s and %s, had settled their 1999 "
        "contributions in full by that date and have no arrears; they are therefore not listed."
        % (len(ROWS), WORDS[len(PAID_IN_FULL)], ", ".join(PAID_IN_FULL[:-1]), PAID_IN_FULL[-1])),
]

FOOTNOTE_1 = ("See the Programme and Budget for 1999 (MC/1930), approved by the Council in "
              "Resolution No. 983 (LXXVI) of 2 December 1998.")

CAPTION = "STATUS OF CONTRIBUTIONS AS AT 30 APRIL 1999 (in Swiss francs)"
TABLE_NOTE = ("* Payments received between 1 January and 30 April 1999, including amounts credited "
              "against arrears of previous years.")

A4_NAMES = ", ".join(("the " + n if n == "Dominican Republic" else n) for n in ARTICLE4[:-1]) \
    + " and " + ARTICLE4[-1]

PARAS_COMMENT = [
    (5, "At 30 April 1999, the balance due from the Member States shown in the table stood at CHF %s. "
        "Of this amount, CHF %s relates to contributions assessed for 1999 and CHF %s to arrears from "
        "1998 and earlier years. In keeping with established practice, each payment has been credited "
        "first to the oldest amount outstanding."
        % (money(tot_bal), money(bal_current), money(bal_arrears))),
    (6, "Article 4 of the Constitution provides that a Member State which is in arrears in the "
        "payment of its financial contributions to the Organization shall have no vote if the total "
        "amount of its arrears equals or exceeds the amount of the contributions due from it for the "
        "preceding two full years. On the basis of the figures in the table, the following %s Member "
        "States fell within the terms of that provision at 30 April 1999: %s. Their combined arrears "
        "total CHF %s, or %s per cent of all arrears outstanding."
        % (WORDS[len(ARTICLE4)], A4_NAMES, money(a4_total), a4_pct)),
    (7, "Since the last session of the Sub-Committee, the Administration has taken the following "
        "steps with the Member States concerned:"),
]
ITEMS_7 = [
    ("(a)", "reminders were sent in February 1999 to all Member States with outstanding "
            "contributions, recalling the amounts due and the provisions of Article 4;"),
    ("(b)", "the Director General and senior officials raised the question of arrears with the "
            "permanent missions in Geneva and during visits to capitals; and"),
    ("(c)", "Haiti and Nicaragua were invited to submit proposals for the settlement of their "
            "arrears in annual instalments, in addition to the payment of their current "
            "contributions."),
]
PARA_CLOSING = (8, "The Sub-Committee is invited to take note of this report and to join the "
                   "Administration in urging Member States with outstanding contributions, and in "
                   "particular those that fall within the terms of Article 4 of the Constitution, to "
                   "pay their contributions in full or to agree on a schedule for doing so before the "
                   "next session of the Council in November 1999.")


# ----------------------------------------------------------------------------------------------
class Doc(FPDF):
    def __init__(self):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_auto_page_break(False)
        self.set_margins(LM, 20, RM)
        self.y_cur = TOP
        self.bottom = BOTTOM

    def header(self):
        if self.page_no() > 1:
            self.set_font(FONT, "", 11)
            for i, s in enumerate((SYMBOL, "Page %d" % (self.page_no() - 1))):
                w = self.get_string_width(s)
                self.text(PW - RM - w, 14 + i * 4.8, s)

    def footer(self):
        if self.page_no() == 1:
            self.set_font("Helvetica", "B", 9)
            lines = ("SUB-COMMITTEE ON BUDGET AND FINANCE",
                     "SOUS-COMIT\u00c9 DU BUDGET ET DES FINANCES",
                     "SUBCOMIT\u00c9 DE PRESUPUESTO Y FINANZAS")
            y = PH - 26
            for s in lines:
                w = self.get_string_width(s)
                self.text((PW - w) / 2, y, s)
                y += 4.4

    # --- text engine ------------------------------------------------------------------------
    def new_page(self):
        self.add_page()
        self.y_cur = TOP
        self.bottom = BOTTOM

    def units(self, text):
        """Split text into word units; a unit is a list of (string, is_superscript)."""
        out = []
        for w in text.split():
            if "^" in w:
                a, b = w.split("^", 1)
                out.append([(a, False), (b, True)])
            else:
                out.append([(w, False)])
        return out

    def uwidth(self, u):
        w = 0.0
        for s, sup in u:
            self.set_font(FONT, "", 7 if sup else FS)
            w += self.get_string_width(s)
        self.set_font(FONT, "", FS)
        return w

    def draw_unit(self, x, y, u):
        for s, sup in u:
            if sup:
                self.set_font(FONT, "", 7)
                self.text(x, y - 1.8, s)
            else:
                self.set_font(FONT, "", FS)
                self.text(x, y, s)
            x += self.get_string_width(s)
        self.set_font(FONT, "", FS)

    def block(self, text, x_first, x_rest, label=None, x_label=None, footnotes=None):
        """Justified block; label drawn on the first line. footnotes: {marker: text}"""
        self.set_font(FONT, "", FS)
        us = self.units(text)
        space = self.get_string_width(" ")
        lines, cur, curw = [], [], 0.0
        for u in us:
            x0 = x_first if not lines else x_rest
            width = PW - RM - x0
            uw = self.uwidth(u)
            need = uw if not cur else curw + space + uw
            if cur and need > width:
                lines.append(cur)
                cur, curw = [u], uw
            else:
                cur.append(u)
                curw = need
        if cur:
            lines.append(cur)
        for i, ln in enumerate(lines):
            has_fn = [p[0] for u in ln for p in u if p[1]]
            extra = 0.0
            if has_fn and footnotes:
                extra = self.footnote_height([footnotes[m] for m in has_fn])
            if self.y_cur + extra > self.bottom:
                self.new_page()
            if has_fn and footnotes:
                self.place_footnotes([(m, footnotes[m]) for m in has_fn])
            y = self.y_cur
            x0 = x_first if i == 0 else x_rest
            if i == 0 and label:
                self.set_font(FONT, "", FS)
                self.text(x_label, y, label)
            width = PW - RM - x0
            ws = [self.uwidth(u) for u in ln]
            last = i == len(lines) - 1
            gap = space if (last or len(ln) == 1) else (width - sum(ws)) / (len(ln) - 1)
            x = x0
            for u, w in zip(ln, ws):
                self.draw_unit(x, y, u)
                x += w + gap
            self.y_cur += LH
        self.y_cur += LH * 0.9     # blank line after the block

    # --- footnotes at the foot of the page --------------------------------------------------
    def fn_lines(self, text, width):
        self.set_font(FONT, "", 10)
        words, lines, cur = text.split(), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if self.get_string_width(t) > width and cur:
                lines.append(cur)
                cur = w
            else:
                cur = t
        lines.append(cur)
        self.set_font(FONT, "", FS)
        return lines

    def footnote_height(self, texts):
        n = sum(len(self.fn_lines(t, TW - 6)) for t in texts)
        return 8 + n * 4.4

    def place_footnotes(self, items):
        h = self.footnote_height([t for _, t in items])
        top = BOTTOM - h + 6
        self.set_draw_color(0)
        self.set_line_width(0.2)
        self.line(LM, top, LM + 50, top)
        y = top + 5
        for m, t in items:
            self.set_font(FONT, "", 7)
            self.text(LM, y - 1.6, m)
            for ln in self.fn_lines(t, TW - 6):
                self.set_font(FONT, "", 10)
                self.text(LM + 4, y, ln)
                y += 4.4
        self.bottom = top - 5
        self.set_font(FONT, "", FS)

    # --- table ------------------------------------------------------------------------------
    COLS = [41.0, 26.0, 24.0, 21.0, 24.0, 24.0]
    HEAD = [["Member State"],
            ["Outstanding", "contributions at", "1 January 1999"],
            ["Assessed", "contributions", "for 1999"],
            ["Total due"],
            ["Payments", "received*"],
            ["Balance due at", "30 April 1999"]]
    RH = 5.6
    HH = 15.0

    def table_header(self):
        x = LM
        top = self.y_cur - 4.2
        self.set_line_width(0.25)
        self.set_font(FONT, "B", 9.5)
        for w, lines in zip(self.COLS, self.HEAD):
            self.rect(x, top, w, self.HH)
            n = len(lines)
            y0 = top + (self.HH - n * 3.9) / 2 + 3.0
            for k, s in enumerate(lines):
                sw = self.get_string_width(s)
                self.text(x + (w - sw) / 2, y0 + k * 3.9, s)
            x += w
        self.y_cur = top + self.HH + 4.2

    def table_row(self, cells, bold=False):
        x = LM
        top = self.y_cur - 4.2
        self.set_font(FONT, "B" if bold else "", 10)
        for i, (w, s) in enumerate(zip(self.COLS, cells)):
            self.rect(x, top, w, self.RH)
            sw = self.get_string_width(s)
            if i == 0:
                self.text(x + 1.5, top + 4.0, s)
            else:
                self.text(x + w - 1.5 - sw, top + 4.0, s)
            x += w
        self.y_cur = top + self.RH + 4.2

    def table(self, rows, total):
        self.table_header()
        for r in rows + [total]:
            if self.y_cur - 4.2 + self.RH > self.bottom + 1:
                self.new_page()
                self.table_header()
            self.table_row(r[0], bold=r[1])


def build():
    pdf = Doc()
    pdf.set_title("Status report on outstanding contributions to the Administrative Part of the Budget")
    pdf.set_author("International Organization for Migration")
    pdf.set_creator("Microsoft Word 97")

    # ---- cover -----------------------------------------------------------------------------
    pdf.add_page()
    pdf.set_font(FONT, "B", 12)
    w = pdf.get_string_width(SYMBOL)
    pdf.text(PW - RM - w, 25, SYMBOL)
    pdf.set_font(FONT, "", 12)
    for i, s in enumerate(("Original: English", "5 May 1999")):
        w = pdf.get_string_width(s)
        pdf.text(PW - RM - w, 31 + i * 5.5, s)
    pdf.set_font(FONT, "B", 12)
    pdf.text(LM, 58, "EIGHTIETH SESSION")
    pdf.set_line_width(0.4)
    pdf.line(LM, 64, PW - RM, 64)
    y = 118
    for s in ("STATUS REPORT ON OUTSTANDING CONTRIBUTIONS",
              "TO THE ADMINISTRATIVE PART OF THE BUDGET"):
        pdf.set_font(FONT, "B", 14)
        w = pdf.get_string_width(s)
        pdf.text((PW - w) / 2, y, s)
        y += 7
    pdf.set_font(FONT, "", 12)
    s = "(as at 30 April 1999)"
    w = pdf.get_string_width(s)
    pdf.text((PW - w) / 2, y + 4, s)

    # ---- text pages ------------------------------------------------------------------------
    pdf.new_page()
    pdf.set_font(FONT, "B", 12)
    for s in ("STATUS REPORT ON OUTSTANDING CONTRIBUTIONS",
              "TO THE ADMINISTRATIVE PART OF THE BUDGET"):
        w = pdf.get_string_width(s)
        pdf.text((PW - w) / 2, pdf.y_cur, s)
        pdf.y_cur += LH
    pdf.set_font(FONT, "", 12)
    s = "(as at 30 April 1999)"
    w = pdf.get_string_width(s)
    pdf.text((PW - w) / 2, pdf.y_cur, s)
    pdf.y_cur += LH * 2.4

    for n, t in PARAS_INTRO:
        pdf.block(t, LM + TAB, LM, label="%d." % n, x_label=LM, footnotes={"1": FOOTNOTE_1})

    # caption
    pdf.set_font(FONT, "B", 11)
    w = pdf.get_string_width(CAPTION)
    pdf.text((PW - w) / 2, pdf.y_cur, CAPTION)
    pdf.y_cur += LH * 1.4

    rows = [([r[0], f(r[1]), f(r[2]), f(r[1] + r[2]), f(r[3]), f(r[1] + r[2] - r[3])], False)
            for r in ROWS]
    total = (["TOTAL", money(tot_out), money(tot_ass), money(tot_due), money(tot_pay),
              money(tot_bal)], True)
    pdf.table(rows, total)

    # note under the table
    pdf.y_cur += 1.0
    pdf.set_font(FONT, "I", 9)
    pdf.text(LM, pdf.y_cur, TABLE_NOTE)
    pdf.y_cur += LH * 2.2

    for n, t in PARAS_COMMENT:
        pdf.block(t, LM + TAB, LM, label="%d." % n, x_label=LM)
    for lab, t in ITEMS_7:
        pdf.block(t, LM + 2 * TAB, LM + 2 * TAB, label=lab, x_label=LM + TAB)
    n, t = PARA_CLOSING
    pdf.block(t, LM + TAB, LM, label="%d." % n, x_label=LM)

    pdf.output(OUT)
    print("pages:", pdf.page_no())
    print("totals", tot_out, tot_ass, tot_due, tot_pay, tot_bal, pay_arrears, pay_current,
          bal_arrears, bal_current, a4_total, a4_pct)


if __name__ == "__main__":
    build()
