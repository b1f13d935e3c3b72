# Draws contributions-report-2013.pdf: an invented SCPF paper of May 2013 on assessed
# contributions outstanding and the application of Article 4 of the Constitution.
# Layout engine written by hand on top of fpdf2 core fonts (Times / Helvetica, cp1252).
from fpdf import FPDF

SYMBOL = "SCPF/97"
OUT = "contributions-report-2013.pdf"

# ---------------------------------------------------------------- figures
def fmt(n):
    return "\u2013" if n == 0 else f"{n:,}"

ASSESS_2013 = 38_952_000
# Member State, 2010 and prior, 2011, 2012, 2013
ARREARS = [
    ("Burundi", 4_112, 1_905, 1_917, 1_948),
    ("Cape Verde", 0, 1_207, 1_215, 1_234),
    ("Central African Republic^2", 21_874, 1_207, 1_215, 1_234),
    ("Comoros", 38_590, 1_207, 1_215, 1_234),
    ("Democratic Republic of the Congo", 63_448, 3_812, 3_836, 3_899),
    ("Djibouti", 9_305, 1_207, 1_215, 0),
    ("Dominican Republic", 112_761, 17_468, 17_590, 17_871),
    ("Gambia", 2_465, 1_207, 1_215, 1_234),
    ("Guinea-Bissau", 47_213, 1_207, 1_215, 1_234),
    ("Haiti", 86_920, 3_812, 3_836, 3_899),
    ("Liberia", 124_506, 1_207, 1_215, 1_234),
    ("Mauritania", 5_661, 1_207, 1_215, 1_234),
    ("Sierra Leone", 18_027, 1_207, 1_215, 1_234),
    ("Somalia", 201_385, 1_207, 1_215, 1_234),
    ("Yemen", 0, 5_718, 5_757, 5_849),
]
PLAN_STATES = {"Comoros", "Haiti", "Liberia", "Sierra Leone"}

col_tot = [sum(r[i] for r in ARREARS) for i in range(1, 5)]
T2_PRIOR = sum(col_tot[:3])          # arrears 2012 and earlier, Table 2 States
T2_2013 = col_tot[3]
T2_TOTAL = T2_PRIOR + T2_2013
PLAN_PRIOR = sum(sum(r[1:4]) for r in ARREARS if r[0].split("^")[0] in PLAN_STATES)
OTHER_PRIOR = T2_PRIOR - PLAN_PRIOR
OTHER_OLD = sum(r[1] for r in ARREARS if r[0].split("^")[0] not in PLAN_STATES)

# Table 1 categories: (label, number, 2013, prior)
CAT = [
    ("No contributions outstanding", 54, 0, 0),
    ("Outstanding for 2013 only", 71, 11_583_274, 0),
    ("Outstanding for 2013 and 2012", 9, 214_386, 163_905),
    ("Arrears for two or more consecutive years", 15, T2_2013, T2_PRIOR),
]
N_STATES = sum(c[1] for c in CAT)
OUT_2013 = sum(c[2] for c in CAT)
OUT_PRIOR = sum(c[3] for c in CAT)
RECEIVED_2013 = ASSESS_2013 - OUT_2013
PCT_RECEIVED = RECEIVED_2013 / ASSESS_2013 * 100
PAID_SINCE_DEC = 1_046_512
PRIOR_AT_DEC = OUT_PRIOR + PAID_SINCE_DEC
FORMER_MEMBERS = 412_660
assert N_STATES == 149

# ---------------------------------------------------------------- page geometry
LM, RM = 25.0, 20.0
PW, PH = 210.0, 297.0
TW = PW - LM - RM
TOP = 34.0
BOTTOM = 278.0
TAB = 12.7
BODY_PT, BODY_LH = 11, 5.2
FN_PT, FN_LH = 9, 4.0

pdf = FPDF(format="A4", unit="mm")
pdf.set_auto_page_break(False)
pdf.core_fonts_encoding = "windows-1252"
pdf.set_margins(LM, 15, RM)
pdf.set_title("Status of assessed contributions outstanding - " + SYMBOL)
pdf.set_author("International Organization for Migration")


# ---------------------------------------------------------------- runs and words
def parse_words(text, style=""):
    """A word is a list of runs (text, style, sup). 'x^3' puts 3 in superscript."""
    words = []
    for w in text.split():
        runs = []
        if "^" in w:
            base, rest = w.split("^", 1)
            num = "".join(ch for ch in rest if ch.isdigit() or ch == "*")
            tail = rest[len(num):]
            if base:
                runs.append((base, style, False))
            runs.append((num, style, True))
            if tail:
                runs.append((tail, style, False))
        else:
            runs.append((w, style, False))
        words.append(runs)
    return words


def set_run_font(style, sup, pt):
    pdf.set_font("Times", style, pt * 0.62 if sup else pt)


def word_width(word, pt):
    w = 0.0
    for txt, style, sup in word:
        set_run_font(style, sup, pt)
        w += pdf.get_string_width(txt)
    return w


def space_width(pt, style=""):
    pdf.set_font("Times", style, pt)
    return pdf.get_string_width(" ")


def wrap(words, widths, pt):
    """widths: function(line_index) -> available width."""
    lines, cur, cur_w = [], [], 0.0
    sp = space_width(pt)
    for w in words:
        ww = word_width(w, pt)
        limit = widths(len(lines))
        if cur and cur_w + sp + ww > limit:
            lines.append(cur)
            cur, cur_w = [w], ww
        else:
            cur_w = cur_w + (sp if cur else 0) + ww
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


def markers_in(words):
    return [txt for w in words for (txt, st, sup) in w if sup]


def draw_words(x, y, words, width, pt, justify, align="L"):
    sp = space_width(pt)
    nat = sum(word_width(w, pt) for w in words) + sp * (len(words) - 1)
    gap = sp
    if justify and len(words) > 1:
        gap = sp + (width - nat) / (len(words) - 1)
    if align == "R":
        x = x + width - nat
    elif align == "C":
        x = x + (width - nat) / 2
    for w in words:
        for txt, style, sup in w:
            set_run_font(style, sup, pt)
            if sup:
                pdf.text(x, y - pt * 0.35 * 0.3528, txt)
            else:
                pdf.text(x, y, txt)
            x += pdf.get_string_width(txt)
        x += gap


# ---------------------------------------------------------------- footnotes
FOOTNOTES = {
    "1": "Documents SCPF/89 of 2 October 2012 and MC/2369 of 13 November 2012. The position "
         "at the close of the financial year will be shown in the Financial Report for the "
         "year ended 31 December 2012 (MC/2375).",
    "3": "The guidelines on payment plans presented to Member States in document SCPF/38 "
         "remain applicable. The letters were dispatched on 15 January 2013; by the date of "
         "the present document, replies had been received from six of the Member States "
         "concerned.",
    "2": f"A payment of CHF 5,000 received on 6 May 2013 is not reflected in this table.",
}
FN_HANG = 5.0


def fn_lines(m):
    words = parse_words(FOOTNOTES[m])
    return wrap(words, lambda i: TW - FN_HANG, FN_PT)


def fn_height(marks):
    if not marks:
        return 0.0
    return 6.0 + sum(len(fn_lines(m)) * FN_LH + 1.2 for m in marks)


# ---------------------------------------------------------------- flow
class Flow:
    def __init__(self):
        self.page = 0
        self.y = TOP
        self.fns = []

    def new_page(self):
        if self.page:
            print(f"  break after page {self.page}: y={self.y:.1f} free={BOTTOM - fn_height(self.fns) - self.y:.1f}")
        self.flush_footnotes()
        pdf.add_page()
        self.page += 1
        pdf.set_font("Times", "", 11)
        for i, t in enumerate([SYMBOL, f"Page {self.page}"]):
            w = pdf.get_string_width(t)
            pdf.text(PW - RM - w, 14 + i * 5, t)
        self.y = TOP
        self.fns = []

    def flush_footnotes(self):
        if not self.fns:
            return
        y = BOTTOM - fn_height(self.fns) + 4.0
        pdf.set_font("Times", "", FN_PT)
        pdf.text(LM, y, "_" * 20)
        y += 5.0
        for m in self.fns:
            lines = fn_lines(m)
            set_run_font("", True, FN_PT + 1)
            pdf.text(LM + 1.0, y - 0.9, m)
            for i, ln in enumerate(lines):
                draw_words(LM + FN_HANG, y, ln, TW - FN_HANG, FN_PT,
                           justify=i < len(lines) - 1)
                y += FN_LH
            y += 1.2
        self.fns = []

    def room(self, h, new_marks=()):
        extra = [m for m in new_marks if m not in self.fns]
        return self.y + h <= BOTTOM - fn_height(self.fns + extra)

    def take(self, h, marks=()):
        for m in marks:
            if m not in self.fns:
                self.fns.append(m)
        self.y += h

    def gap(self, h):
        self.y += h

    # a block of text: label at label_x, first-line text at first_x, later lines at rest_x
    def block(self, text, label=None, label_x=LM, first_x=LM + TAB, rest_x=LM,
              style="", after=3.0, justify=True, keep=2):
        words = parse_words(text, style)
        right = PW - RM
        lines = wrap(words, lambda i: right - (first_x if i == 0 else rest_x), BODY_PT)
        # keep at least `keep` lines together at the start
        first_h = BODY_LH * min(keep, len(lines))
        if not self.room(first_h, markers_in([w for ln in lines[:keep] for w in ln])):
            self.new_page()
        for i, ln in enumerate(lines):
            remaining = len(lines) - i
            mk = markers_in(ln)
            need_lines = 1 if remaining != 2 or i == 0 else 2
            if not self.room(BODY_LH * need_lines, mk) and i > 0:
                self.new_page()
            base = self.y + 3.8
            if i == 0 and label:
                pdf.set_font("Times", style, BODY_PT)
                pdf.text(label_x, base, label)
            x = first_x if i == 0 else rest_x
            draw_words(x, base, ln, right - x, BODY_PT,
                       justify=justify and i < len(lines) - 1)
            self.take(BODY_LH, mk)
        self.gap(after)

    def heading(self, label, text, after=3.5, before=2.0, style="B"):
        words = parse_words(text, style)
        lines = wrap(words, lambda i: TW - TAB, BODY_PT)
        if not self.room(before + BODY_LH * (len(lines) + 3)):
            self.new_page()
        elif self.y > TOP:
            self.gap(before)
        for i, ln in enumerate(lines):
            base = self.y + 3.8
            if i == 0 and label:
                pdf.set_font("Times", style, BODY_PT)
                pdf.text(LM, base, label)
            draw_words(LM + TAB, base, ln, TW - TAB, BODY_PT, justify=False)
            self.take(BODY_LH)
        self.gap(after)

    def para(self, num, text):
        self.block(text, label=f"{num}.")

    def item(self, label, text, depth=1, after=2.0):
        lx = LM + TAB * depth
        tx = lx + 10.0
        self.block(text, label=label, label_x=lx, first_x=tx, rest_x=tx, after=after)

    # ------------------------------------------------------------ tables
    def table(self, caption, cont_caption, headers, widths, rows, pt=9.5, rh=5.6,
              aligns=None, total_last=True, min_rows=3):
        aligns = aligns or ["L"] + ["R"] * (len(widths) - 1)
        hlh = 4.0
        head_lines = []
        for h, w in zip(headers, widths):
            head_lines.append(wrap(parse_words(h, "B"), lambda i, w=w: w - 3.0, pt))
        hh = max(len(x) for x in head_lines) * hlh + 3.0

        def draw_caption(txt):
            words = parse_words(txt, "B")
            draw_words(LM, self.y + 3.8, words, TW, BODY_PT - 0.5, False, align="C")
            self.take(BODY_LH + 1.5)

        def draw_head():
            x = LM
            top = self.y
            pdf.set_line_width(0.2)
            pdf.line(LM, top, LM + sum(widths), top)
            for lines, w in zip(head_lines, widths):
                yy = top + 1.5 + (hh - 3.0 - len(lines) * hlh) / 2 + 3.0
                for ln in lines:
                    draw_words(x + 1.5, yy, ln, w - 3.0, pt, False, align="C")
                    yy += hlh
                x += w
            pdf.line(LM, top + hh, LM + sum(widths), top + hh)
            self.take(hh)
            return top

        def vlines(top, bottom):
            x = LM
            pdf.line(x, top, x, bottom)
            for w in widths:
                x += w
                pdf.line(x, top, x, bottom)

        need = BODY_LH + 1.5 + hh + rh * min_rows
        row_marks = [markers_in(parse_words(r[0])) for r in rows]
        if not self.room(need, row_marks[0]):
            self.new_page()
        draw_caption(caption)
        top = draw_head()
        for k, row in enumerate(rows):
            if not self.room(rh + 1.0, row_marks[k]):
                vlines(top, self.y)
                pdf.line(LM, self.y, LM + sum(widths), self.y)
                self.new_page()
                draw_caption(cont_caption)
                top = draw_head()
            is_total = total_last and k == len(rows) - 1
            style = "B" if is_total else ""
            if is_total:
                pdf.line(LM, self.y, LM + sum(widths), self.y)
            x = LM
            for cell, w, al in zip(row, widths, aligns):
                draw_words(x + 1.5, self.y + 3.9, parse_words(cell, style), w - 3.0, pt,
                           False, align=al)
                x += w
            self.take(rh, row_marks[k])
        vlines(top, self.y)
        pdf.line(LM, self.y, LM + sum(widths), self.y)
        self.gap(5.0)


# ---------------------------------------------------------------- cover page
TITLE_LINES = [
    "STATUS OF ASSESSED CONTRIBUTIONS OUTSTANDING",
    "TO THE ADMINISTRATIVE PART OF THE BUDGET AND",
    "USE OF ARTICLE 4 OF THE CONSTITUTION",
]

pdf.add_page()
pdf.set_font("Times", "B", 12)
right = PW - RM
for i, t in enumerate([SYMBOL]):
    pdf.text(right - pdf.get_string_width(t), 22, t)
pdf.set_font("Times", "", 11)
t = "Original: English"
pdf.text(right - pdf.get_string_width(t), 29, t)
t = "8 May 2013"
pdf.text(right - pdf.get_string_width(t), 35, t)

pdf.set_font("Times", "B", 12)
for i, t in enumerate(["STANDING COMMITTEE ON PROGRAMMES AND FINANCE", "TWELFTH SESSION"]):
    pdf.text((PW - pdf.get_string_width(t)) / 2, 92 + i * 7, t)
pdf.set_font("Times", "", 11)
t = "14\u201315 May 2013"
pdf.text((PW - pdf.get_string_width(t)) / 2, 108, t)
pdf.set_line_width(0.3)
pdf.line(PW / 2 - 45, 116, PW / 2 + 45, 116)

pdf.set_font("Times", "B", 13)
for i, t in enumerate(TITLE_LINES):
    pdf.text((PW - pdf.get_string_width(t)) / 2, 138 + i * 9.5, t)

pdf.set_font("Helvetica", "B", 8)
footer = [
    "STANDING COMMITTEE ON PROGRAMMES AND FINANCE",
    "COMIT\u00c9 PERMANENT DES PROGRAMMES ET DES FINANCES",
    "COMIT\u00c9 PERMANENTE DE PROGRAMAS Y FINANZAS",
]
pdf.line(LM, 262, PW - RM, 262)
for i, t in enumerate(footer):
    pdf.text((PW - pdf.get_string_width(t)) / 2, 268 + i * 4.2, t)

# ---------------------------------------------------------------- body
f = Flow()
f.new_page()
# running title repeated on the first text page
pdf.set_font("Times", "B", 11)
for t in TITLE_LINES:
    pdf.text((PW - pdf.get_string_width(t)) / 2, f.y + 3.8, t)
    f.gap(BODY_LH)
f.gap(7)

f.heading("I.", "INTRODUCTION")
f.para(1, "The present document reports on the status, as at 30 April 2013, of the assessed "
          "contributions to the Administrative Part of the Budget that remain outstanding, and "
          "on the Member States to which the provisions of Article 4 of the Constitution apply. "
          "It brings up to date the information submitted to the Standing Committee on "
          "Programmes and Finance at its Eleventh Session and to the Council at its 101st "
          "Session.^1")
f.para(2, "Under Article 4 of the Constitution, a Member which is in arrears in the payment of "
          "its financial contributions to the Organization shall have no vote if the amount of "
          "its arrears equals or exceeds the amount of the contributions due from it for the "
          "preceding two full years. The Council may nevertheless permit such a Member to vote "
          "if it is satisfied that the failure to pay is due to conditions beyond the control "
          "of the Member.")
f.para(3, "In Resolution No. 1077 (LXXXIV) of 4 December 2002 on outstanding contributions to "
          "the Administrative Part of the Budget, the Council requested the Administration to "
          "report regularly to the governing bodies on the Member States in arrears and on the "
          "steps taken to recover the amounts due, and encouraged Member States with "
          "long-standing arrears to agree on a payment plan with the Administration. A Member "
          "State that honours the terms of such a plan may be recommended to the Council for "
          "exemption from the loss of its voting rights.")

f.heading("II.", "STATUS OF ASSESSED CONTRIBUTIONS OUTSTANDING")
f.heading("A.", "Contributions for 2013", before=0.5, after=3.0)
f.para(4, f"The Administrative Part of the Budget for 2013 amounts to CHF {ASSESS_2013:,}, as "
          "approved by the Council in Resolution No. 1240 of 27 November 2012, and is assessed "
          f"on {N_STATES} Member States in accordance with the scale of assessment for 2013. "
          "Assessment notices were sent to Member States in December 2012, and contributions "
          "fell due in full on 1 January 2013.")
f.para(5, f"As at 30 April 2013, contributions for 2013 totalling CHF {RECEIVED_2013:,} had been "
          f"received, or {PCT_RECEIVED:.1f} per cent of the total amount assessed, compared "
          "with 64.8 per cent at the same date in 2012. Fifty-four Member States had no "
          "contributions outstanding on that date. The balance outstanding for 2013 stood at "
          f"CHF {OUT_2013:,}, of which CHF {T2_2013:,} was due from Member States which also "
          "have arrears for two or more consecutive years. The position of all Member States "
          "is summarized in Table 1 by category.")

f.heading("B.", "Arrears from previous years", before=0.5, after=3.0)
f.para(6, f"Contributions outstanding for 2012 and earlier years amounted to CHF {OUT_PRIOR:,} "
          f"as at 30 April 2013, against CHF {PRIOR_AT_DEC:,} at 31 December 2012. The "
          f"reduction of CHF {PAID_SINCE_DEC:,} over the first four months of the year results "
          "mainly from the settlement of the 2012 assessments of several Member States which "
          "pay their contributions after the close of their own financial year, and from "
          "instalments received under payment plans.")
t1_rows = [(c[0], str(c[1]), fmt(c[2]), fmt(c[3]), fmt(c[2] + c[3])) for c in CAT]
t1_rows.append(("Total", str(N_STATES), fmt(OUT_2013), fmt(OUT_PRIOR), fmt(OUT_2013 + OUT_PRIOR)))
f.table("Table 1: Assessed contributions outstanding by category of Member State (CHF)",
        "Table 1 (cont'd)",
        ["Category of Member States", "Number of Member States", "2013 assessments",
         "2012 and prior years", "Total outstanding"],
        [61, 23, 27, 27, 27], t1_rows, min_rows=6)

f.para(7, "The arrears from previous years may be broken down as follows:")
f.item("(a)", "amounts due for 2012 from nine Member States which have not yet paid their "
              f"2012 assessment in full, totalling CHF {CAT[2][3]:,};")
f.item("(b)", "amounts due from the Member States with arrears for two or more consecutive "
              f"years, totalling CHF {T2_PRIOR:,}, of which:")
f.item("(i)", f"CHF {PLAN_PRIOR:,} is covered by the payment plans agreed with four Member "
              "States; and", depth=2)
f.item("(ii)", f"CHF {OTHER_PRIOR:,} is owed by the remaining eleven Member States, "
               f"CHF {OTHER_OLD:,} of it in respect of 2010 and earlier years;", depth=2)
f.item("(c)", f"an amount of CHF {FORMER_MEMBERS:,} due from former Member States, which has "
              "been fully provided for in the accounts and is not included in the figures "
              "given above.", after=3.0)

f.heading("III.", "MEMBER STATES WITH ARREARS FOR TWO OR MORE CONSECUTIVE YEARS AND "
                  "APPLICATION OF ARTICLE 4 OF THE CONSTITUTION")
f.para(8, "Table 2 lists the fifteen Member States whose arrears as at 30 April 2013 equalled "
          "or exceeded the contributions due from them for the preceding two full years, "
          "2011 and 2012, and which therefore fall within the scope of Article 4 of the "
          f"Constitution. Their arrears amount to CHF {T2_PRIOR:,}, and their assessments for "
          f"the current year, where still unpaid, to a further CHF {T2_2013:,}.")

t2_rows = [(r[0],) + tuple(fmt(v) for v in r[1:]) + (fmt(sum(r[1:])),) for r in ARREARS]
t2_rows.append(("Total",) + tuple(fmt(v) for v in col_tot) + (fmt(T2_TOTAL),))
f.table("Table 2: Member States with arrears for two or more consecutive years (CHF)",
        "Table 2 (cont'd)",
        ["Member State", "2010 and prior years", "2011", "2012", "2013",
         "Total outstanding as at 30 April 2013"],
        [55, 22, 20, 20, 20, 28], t2_rows, pt=9.5, rh=5.4)

f.para(9, "Since the Eleventh Session of the Standing Committee, the Administration has "
          "pursued its efforts to recover these arrears. In particular:")
f.item("(a)", "the Director General wrote to the Ministers for Foreign Affairs of the Member "
              "States concerned, and the Administration held meetings with their Permanent "
              "Missions in Geneva to discuss the settlement of the amounts due;^3")
f.item("(b)", "payment plans were agreed with Comoros in February 2013 and with Liberia in "
              "March 2013, bringing to four the number of Member States with plans in force; "
              "and")
f.item("(c)", "Burundi and Mauritania made partial payments against their arrears, which were "
              "not, however, sufficient to remove them from Table 2.", after=3.0)
f.para(10, "Four of the Member States listed in Table 2, namely Comoros, Haiti, Liberia and "
           "Sierra Leone, have agreed payment plans with the Administration and are meeting the "
           "instalments as scheduled. The Administration intends to recommend to the Council "
           "that these Member States be permitted to vote at its 103rd Session, as provided for "
           "in Article 4 of the Constitution.")
f.para(11, "The remaining eleven Member States have neither settled their arrears nor proposed "
           "a payment plan. Unless a payment sufficient to bring their arrears below the "
           "threshold set by Article 4 is received, or a payment plan is agreed, before the "
           "opening of the 103rd Session of the Council, they will not be entitled to vote at "
           "that session.")
f.para(12, "The Administration thanks the Member States that paid their contributions promptly "
           "and in full. It points out once again that the late payment of assessed "
           "contributions places a strain on the cash flow of the Administrative Part of the "
           "Budget, which has no working capital reserve of its own, and obliges the "
           "Organization to defer expenditure that has been approved by the Council.")

f.heading("IV.", "ACTION REQUESTED OF THE STANDING COMMITTEE")
f.para(13, "The Standing Committee is invited to:")
for k, t in enumerate([
        "take note of the present document;",
        "urge Member States that have not yet done so to pay their 2013 contributions in full "
        "as early as possible in the year; and",
        "call upon the Member States listed in Table 2 to settle their arrears in full, or to "
        "agree on a payment plan with the Administration and honour its terms."]):
    f.item("\u2022", t, after=1.5 if k < 2 else 3.0)
f.para(14, "Updated information on the status of outstanding contributions will be submitted "
           "to the Standing Committee at its Thirteenth Session in October 2013.")
f.flush_footnotes()

pdf.output(OUT)
print("pages:", pdf.page_no())
print("T2 prior", T2_PRIOR, "T2 2013", T2_2013, "plan", PLAN_PRIOR, "other", OTHER_PRIOR,
      "old", OTHER_OLD, "out2013", OUT_2013, "outprior", OUT_PRIOR, "pct", PCT_RECEIVED)
