"""Draw adopted-resolution-2016c.pdf: IOM Council Resolution No. 1343 (107th Session, 2016)
with a one-page annex, using fpdf2 and a small hand-written layout engine so that footnotes
land at the foot of the page where their raised marker falls."""
import os
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "adopted-resolution-2016c.pdf")
FONTDIR = "/usr/share/fonts/truetype/dejavu/"

SYMBOL = "C/107/RES/1343"

PAGE_W, PAGE_H = 210, 297
LM, RM = 25, 20
TOP_FIRST, TOP_OTHER = 18, 32
BOTTOM = 277
TEXT_W = PAGE_W - LM - RM
FS = 10.5          # body font size (pt)
LH = 5.4           # body line height (mm)
PARA_GAP = 3.2
FN_FS = 8.5
FN_LH = 4.0

# ----------------------------------------------------------------------------------------------
# content
# ----------------------------------------------------------------------------------------------
FOOTNOTES = {
    1: "Document C/107/6, which updates to 31 October 2016 the figures presented to the "
       "Standing Committee on Programmes and Finance in document S/19/5.",
    2: "See the Report of the Standing Committee on Programmes and Finance on its Nineteenth "
       "Session (S/19/13), paragraphs 31 to 38.",
    3: "The guidelines are annexed to Resolution No. 1200 of 27 November 2010; their "
       "application was reviewed in document MC/2309.",
}

# a paragraph is a list of runs: (text, style) with style "" / "I" / "B", or ("<fn>", n)
PREAMBLE = [
    [("Recalling", "I"), (" Article 4 of the Constitution, under which a Member State that is in "
      "arrears in the payment of its financial contributions to the Organization has no vote in the "
      "Council when the amount of its arrears equals or exceeds the amount of the contributions due "
      "from it for the preceding two full years,", "")],
    [("Further recalling", "I"), (" Resolution No. 1200 of 27 November 2010 on outstanding "
      "contributions to the Administrative Part of the Budget and the guidelines on payment plans "
      "set out in its annex,", "")],
    [("Having considered", "I"), (" the status report on outstanding contributions to the "
      "Administrative Part of the Budget as at 31 October 2016,", ""), ("<fn>", 1)],
    [("Noting with concern", "I"), (" that contributions assessed for 2015 and prior years and still "
      "unpaid at that date amounted to CHF 6,742,318, of which CHF 4,918,705 was owed by fourteen "
      "Member States subject to Article 4 of the Constitution,", "")],
    [("Welcoming", "I"), (" the payments made in the course of 2016 by Member States that had "
      "concluded payment plans with the Administration, and the restoration of the voting rights of "
      "three of them as a result,", "")],
    [("Bearing in mind", "I"), (" the recommendations made on the matter by the Standing Committee "
      "on Programmes and Finance at its Nineteenth Session, held in Geneva on 1 and 2 November "
      "2016,", ""), ("<fn>", 2)],
    [("Mindful", "I"), (" that the regular and timely payment of assessed contributions by all "
      "Member States is essential if the Administration is to meet the core structure costs approved "
      "by the Council in the Programme and Budget for 2017,", "")],
]

OPERATIVE = [
    [("Takes note", ""), (" of the status report on outstanding contributions to the Administrative "
      "Part of the Budget and of the additional information provided by the Administration during "
      "the present session;", "")],
    [("Expresses its appreciation", ""), (" to the Member States that paid their assessed "
      "contributions for 2016 in full and on time, and to those that settled all or part of their "
      "arrears in the course of the year;", "")],
    [("Urges", ""), (" Member States with contributions outstanding for 2015 and prior years to pay "
      "them in full as soon as possible or, where that is not possible, to conclude a payment plan "
      "with the Administration in accordance with the guidelines adopted by the Council in 2010;", ""),
     ("<fn>", 3)],
    [("Approves", ""), (" the payment plans agreed between the Administration and the eight Member "
      "States listed in the annex to this resolution, and decides that each of those Member States "
      "shall regain the right to vote in the Council for as long as it observes the terms of its "
      "plan;", "")],
    [("Requests", ""), (" the Director General:", "")],
    [("Calls upon", ""), (" Member States that are unable to pay their assessed contributions for "
      "2017 in full by the due date to inform the Administration in writing of the amount and "
      "expected date of payment;", "")],
    [("Decides", ""), (" to keep the question of outstanding contributions to the Administrative "
      "Part of the Budget under review at its next regular session.", "")],
]

ITEMS_5 = [
    ("(a)", "to continue bilateral consultations with the Member States subject to Article 4 of the "
            "Constitution with a view to concluding further payment plans before the end of 2017;"),
    ("(b)", "to monitor the implementation of the payment plans approved under paragraph 4 above and "
            "to inform the Member State concerned promptly of any instalment that is not paid when "
            "due;"),
    ("(c)", "to explore, with the Member States concerned, the possibility of accepting payments in "
            "freely convertible currencies other than Swiss francs where the payment of arrears in "
            "Swiss francs presents particular difficulty;"),
    ("(d)", "to report on the matter to the Standing Committee on Programmes and Finance at its "
            "Twentieth Session and to the Council at its 108th Session;"),
]

ANNEX_INTRO = ("The payment plans listed below were agreed between the Administration and the Member "
               "States concerned in the course of 2016 and were approved by the Council under "
               "paragraph 4 of this resolution. The amounts shown are the arrears covered by each "
               "plan, that is, the assessed contributions outstanding for 2015 and prior years on the "
               "date on which the plan was agreed, and the instalments received up to 30 November "
               "2016.")

ANNEX_ROWS = [
    # state, date agreed, period, arrears covered, received to 30.11.2016
    ("Comoros", "14 March 2016", "2016\u20132020", 212_480, 42_500),
    ("Guinea-Bissau", "2 May 2016", "2016\u20132021", 318_906, 53_150),
    ("Haiti", "21 June 2016", "2016\u20132019", 264_015, 66_000),
    ("Kyrgyzstan", "8 July 2016", "2016\u20132018", 97_344, 32_448),
    ("Liberia", "30 August 2016", "2016\u20132020", 405_770, 81_154),
    ("Nicaragua", "19 September 2016", "2016\u20132019", 151_208, 37_802),
    ("Sao Tome and Principe", "11 October 2016", "2016\u20132022", 128_632, 18_376),
    ("Yemen", "3 November 2016", "2017\u20132021", 476_121, 0),
]

ANNEX_NOTE = ("Instalments fall due on 30 June of each year of the plan. A Member State that fails to "
              "pay an instalment within three months of its due date is again subject to Article 4 of "
              "the Constitution, and the remaining balance of its plan becomes payable at once.")


def fmt(n):
    return f"{n:,}" if n else "-"


# ----------------------------------------------------------------------------------------------
# layout engine
# ----------------------------------------------------------------------------------------------
class Doc(FPDF):
    def __init__(self):
        super().__init__(format="A4", unit="mm")
        self.set_auto_page_break(False)
        self.add_font("S", "", FONTDIR + "DejaVuSerif.ttf")
        self.add_font("S", "I", FONTDIR + "DejaVuSerif-Italic.ttf")
        self.add_font("S", "B", FONTDIR + "DejaVuSerif-Bold.ttf")
        self.add_font("S", "BI", FONTDIR + "DejaVuSerif-BoldItalic.ttf")
        self.page_fns = []      # footnotes waiting for the current page
        self.annex_pages = False
        self.y_cur = 0

    # running header on pages after the first
    def new_page(self):
        if self.page_no() > 0:
            self.flush_footnotes()
        self.add_page()
        self.page_fns = []
        if self.page_no() == 1:
            self.y_cur = TOP_FIRST
            return
        self.set_font("S", "", 9.5)
        lines = [SYMBOL, f"Page {self.page_no()}"]
        if self.annex_pages:
            lines.append("Annex")
        y = 12
        for ln in lines:
            w = self.get_string_width(ln)
            self.text(PAGE_W - RM - w, y, ln)
            y += 4.3
        self.y_cur = TOP_OTHER if not self.annex_pages else TOP_OTHER + 4

    # footnote area
    def fn_lines(self, n):
        self.set_font("S", "", FN_FS)
        return self.wrap_plain(FOOTNOTES[n], TEXT_W - 6)

    def fn_height(self, nums):
        if not nums:
            return 0
        h = 6  # rule and gap
        for n in nums:
            h += len(self.fn_lines(n)) * FN_LH + 0.8
        return h

    def flush_footnotes(self):
        if not self.page_fns:
            return
        h = self.fn_height(self.page_fns)
        y = BOTTOM - h + 2
        self.set_line_width(0.2)
        self.line(LM, y, LM + 45, y)
        y += 4
        for n in self.page_fns:
            self.set_font("S", "", 6)
            self.text(LM, y - 1.5, str(n))
            self.set_font("S", "", FN_FS)
            for ln in self.fn_lines(n):
                self.text(LM + 3, y, ln)
                y += FN_LH
            y += 0.8
        self.page_fns = []

    def wrap_plain(self, text, width):
        words = text.split()
        lines, cur = [], ""
        for w in words:
            t = (cur + " " + w) if cur else w
            if self.get_string_width(t) <= width:
                cur = t
            else:
                lines.append(cur)
                cur = w
        if cur:
            lines.append(cur)
        return lines

    # tokens: (word, style, fn) ; fn is a marker number glued to the end of the word
    def tokens(self, runs):
        toks = []
        for text, style in runs:
            if text == "<fn>":
                w, s, _ = toks[-1]
                toks[-1] = (w, s, style)
                continue
            lead_space = text.startswith(" ")
            for i, w in enumerate(text.split()):
                toks.append((w, style, None))
            # (words joined with single spaces; runs are written so that a new run starts with a space)
        return toks

    def tok_w(self, tok):
        w, s, fn = tok
        self.set_font("S", s, FS)
        width = self.get_string_width(w)
        if fn:
            self.set_font("S", "", 6.5)
            width += self.get_string_width(str(fn)) + 0.2
        return width

    def space_w(self):
        self.set_font("S", "", FS)
        return self.get_string_width(" ")

    def break_lines(self, toks, first_w, rest_w):
        lines, cur, cw = [], [], 0
        sp = self.space_w()
        for t in toks:
            tw = self.tok_w(t)
            width = first_w if not lines else rest_w
            need = tw if not cur else cw + sp + tw
            if cur and need > width:
                lines.append(cur)
                cur, cw = [t], tw
            else:
                cur.append(t)
                cw = need
        if cur:
            lines.append(cur)
        return lines

    def draw_line(self, toks, x, y, justify_w=None):
        sp = self.space_w()
        if justify_w is not None and len(toks) > 1:
            total = sum(self.tok_w(t) for t in toks)
            stretched = (justify_w - total) / (len(toks) - 1)
            if stretched <= 2.0 * sp:      # do not justify very loose lines
                sp = stretched
        for t in toks:
            w, s, fn = t
            self.set_font("S", s, FS)
            self.text(x, y, w)
            x += self.get_string_width(w)
            if fn:
                self.set_font("S", "", 6.5)
                self.text(x + 0.2, y - 1.4, str(fn))
                x += self.get_string_width(str(fn)) + 0.2
            x += sp

    def ensure(self, h, fns=()):
        """make room for a line of height h whose text carries footnote markers fns"""
        need_fn = self.fn_height(self.page_fns + list(fns))
        if self.y_cur + h > BOTTOM - need_fn:
            self.new_page()

    def paragraph(self, runs, x_first, x_rest, label=None, label_x=None, justify=True):
        toks = self.tokens(runs)
        right = PAGE_W - RM
        lines = self.break_lines(toks, right - x_first, right - x_rest)
        for i, ln in enumerate(lines):
            fns = [t[2] for t in ln if t[2]]
            self.ensure(LH, fns)
            y = self.y_cur + LH - 1.3
            if i == 0 and label:
                self.set_font("S", "", FS)
                self.text(label_x, y, label)
            x = x_first if i == 0 else x_rest
            last = i == len(lines) - 1
            self.draw_line(ln, x, y, (right - x) if (justify and not last) else None)
            self.page_fns += fns
            self.y_cur += LH
        self.y_cur += PARA_GAP

    def centered(self, text, style, size, lh):
        self.set_font("S", style, size)
        w = self.get_string_width(text)
        self.text((PAGE_W - w) / 2, self.y_cur + lh - 1.3, text)
        self.y_cur += lh

    def right(self, text, style, size, lh):
        self.set_font("S", style, size)
        w = self.get_string_width(text)
        self.text(PAGE_W - RM - w, self.y_cur + lh - 1.3, text)
        self.y_cur += lh

    def left(self, text, style, size, lh, x=LM):
        self.set_font("S", style, size)
        self.text(x, self.y_cur + lh - 1.3, text)
        self.y_cur += lh


def build():
    d = Doc()
    d.new_page()

    # ---- header block (first page) ----
    d.right(SYMBOL, "B", 11, 5.5)
    d.right("Original: English", "", 10.5, 5.2)
    d.right("12 December 2016", "", 10.5, 5.2)
    d.y_cur += 5
    d.left("COUNCIL", "B", 11, 5.5)
    d.left("107th Session", "", 10.5, 5.5)
    d.y_cur += 14
    d.centered("RESOLUTION No. 1343", "B", 11.5, 6)
    d.y_cur += 1.5
    d.centered("(Adopted by the Council at its 598th meeting on 7 December 2016)", "", 10.5, 5.5)
    d.y_cur += 8
    d.centered("OUTSTANDING CONTRIBUTIONS TO THE ADMINISTRATIVE PART", "B", 11.5, 6)
    d.centered("OF THE BUDGET AND APPROVAL OF PAYMENT PLANS", "B", 11.5, 6)
    d.y_cur += 9

    # ---- resolution body ----
    d.paragraph([("The Council,", "I")], LM + 12.5, LM)
    for runs in PREAMBLE:
        d.paragraph(runs, LM + 12.5, LM)
    for i, runs in enumerate(OPERATIVE, 1):
        d.paragraph(runs, LM + 12.5, LM, label=f"{i}.", label_x=LM)
        if i == 5:
            d.y_cur -= PARA_GAP - 1.5
            for lab, txt in ITEMS_5:
                d.paragraph([(txt, "")], LM + 22, LM + 22, label=lab, label_x=LM + 12.5)
                d.y_cur -= PARA_GAP - 1.5
            d.y_cur += PARA_GAP - 1.5

    # ---- annex on its own page ----
    d.annex_pages = True
    d.new_page()
    d.centered("ANNEX", "B", 11.5, 6)
    d.y_cur += 4
    d.centered("MEMBER STATES WITH PAYMENT PLANS APPROVED BY THE COUNCIL", "B", 11, 6)
    d.y_cur += 7
    d.paragraph([(ANNEX_INTRO, "")], LM, LM)
    d.y_cur += 2

    # table
    cols = [("Member State", 52), ("Plan agreed on", 36), ("Period", 24),
            ("Arrears covered by the plan", 26), ("Instalments received", 27)]
    d.right("(in Swiss francs)", "I", 9.5, 5)
    d.y_cur += 1
    x0 = LM
    total_w = sum(w for _, w in cols)
    assert total_w <= TEXT_W + 0.01
    x0 = LM + (TEXT_W - total_w) / 2
    d.set_line_width(0.3)
    top = d.y_cur
    d.line(x0, top, x0 + total_w, top)
    # two-line headings
    head = [["Member State"], ["Plan agreed on"], ["Period"], ["Arrears", "covered"],
            ["Instalments", "received"]]
    d.set_font("S", "B", 9.5)
    hy = top + 1
    for (name, w), parts, i in zip(cols, head, range(5)):
        cx = x0 + sum(c[1] for c in cols[:i])
        for k, p in enumerate(parts):
            pw = d.get_string_width(p)
            if i == 0:
                d.text(cx + 1.5, hy + 4.2 + k * 4.3, p)
            elif i >= 3:
                d.text(cx + w - 1.5 - pw, hy + 4.2 + k * 4.3, p)
            else:
                d.text(cx + (w - pw) / 2, hy + 4.2 + k * 4.3, p)
    d.y_cur = top + 11
    d.set_line_width(0.2)
    d.line(x0, d.y_cur, x0 + total_w, d.y_cur)
    rows = [(s, dt, p, fmt(a), fmt(r)) for s, dt, p, a, r in ANNEX_ROWS]
    ta = sum(r[3] for r in ANNEX_ROWS)
    tr = sum(r[4] for r in ANNEX_ROWS)
    rows.append(("Total", "", "", fmt(ta), fmt(tr)))
    for ri, row in enumerate(rows):
        is_total = row[0] == "Total"
        if is_total:
            d.set_line_width(0.2)
            d.line(x0, d.y_cur, x0 + total_w, d.y_cur)
        d.set_font("S", "B" if is_total else "", 9.5)
        y = d.y_cur + 5.2
        for i, (cell, (name, w)) in enumerate(zip(row, cols)):
            cx = x0 + sum(c[1] for c in cols[:i])
            cw = d.get_string_width(cell)
            if i == 0:
                d.text(cx + 1.5, y, cell)
            elif i >= 3:
                d.text(cx + w - 1.5 - cw, y, cell)
            else:
                d.text(cx + (w - cw) / 2, y, cell)
        d.y_cur += 7
    d.set_line_width(0.3)
    d.line(x0, d.y_cur, x0 + total_w, d.y_cur)
    d.y_cur += 8
    d.paragraph([(ANNEX_NOTE, "")], LM, LM)

    d.flush_footnotes()
    d.output(OUT)
    print("arrears", ta, "received", tr, "pages", d.page_no())


if __name__ == "__main__":
    build()
