"""Draws contributions-report-2006c.pdf: SCBF/291 (2006), status report on outstanding contributions to the Administrative Part of the Budget."""
import os
import re

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "contributions-report-2006c.pdf")

SYMBOL = "SCBF/291"
PAGE_W, PAGE_H = 210.0, 297.0
LM, RM = 25.0, 25.0
TW = PAGE_W - LM - RM            # 160 mm text width
TOP = 30.0                       # first text line on a body page
BOTTOM = 275.0                   # last usable baseline area
BODY_PT, LH = 11.5, 5.3          # body font size, line height
FN_PT, FN_LH = 9.5, 4.1
TAB = 12.7                       # paragraph first-line tab
ITEM_LABEL, ITEM_TEXT = 12.7, 22.7

# --------------------------------------------------------------------------------------------
# Data: outstanding contributions by Member State (2001 and prior years, 2002, 2003, 2004, 2005)
OUTSTANDING = [
    ("Benin", [0, 0, 0, 6008, 6100]),
    ("Bolivia", [0, 0, 0, 1966, 11800]),
    ("Burkina Faso", [0, 0, 0, 6008, 6100]),
    ("Cape Verde", [0, 0, 0, 0, 6100]),
    ("Central African Republic", [17019, 5826, 5917, 6008, 6100]),
    ("Congo", [22692, 5826, 5917, 6008, 6100]),
    ("Democratic Republic of the Congo", [34224, 8786, 8924, 9062, 9200]),
    ("Dominican Republic", [31214, 20437, 20758, 0, 21400]),
    ("Ecuador", [0, 0, 0, 0, 24600]),
    ("El Salvador", [0, 0, 0, 7989, 12200]),
    ("Gambia", [0, 0, 5917, 6008, 6100]),
    ("Georgia", [0, 4126, 9062, 0, 0]),
    ("Guatemala", [0, 0, 0, 0, 18300]),
    ("Guinea-Bissau", [28365, 5826, 5917, 6008, 6100]),
    ("Haiti", [0, 0, 0, 6008, 6100]),
    ("Honduras", [0, 0, 0, 1031, 7600]),
    ("Kyrgyzstan", [6480, 5826, 5917, 0, 6100]),
    ("Liberia", [22692, 5826, 5917, 6008, 6100]),
    ("Libyan Arab Jamahiriya", [0, 0, 0, 0, 49100]),
    ("Madagascar", [0, 0, 0, 6008, 6100]),
    ("Mali", [0, 0, 0, 4356, 6100]),
    ("Nicaragua", [0, 0, 0, 6008, 6100]),
    ("Niger", [0, 0, 0, 6008, 6100]),
    ("Paraguay", [27540, 14612, 15071, 0, 15300]),
    ("Peru", [0, 19870, 36248, 0, 0]),
    ("Sierra Leone", [17019, 5826, 5917, 6008, 6100]),
    ("Tajikistan", [11960, 5826, 5917, 0, 3050]),
    ("The former Yugoslav Republic of Macedonia", [0, 0, 0, 0, 4938]),
    ("Uganda", [0, 0, 0, 1240, 6100]),
    ("United Republic of Tanzania", [0, 0, 5917, 6008, 6100]),
    ("Yemen", [0, 0, 0, 6008, 6100]),
    ("Zambia", [0, 0, 0, 0, 6100]),
]
PLAN_STATES = ["Dominican Republic", "Georgia", "Kyrgyzstan", "Paraguay", "Peru", "Tajikistan"]
ARTICLE4 = [n for n, r in OUTSTANDING
            if r[3] >= 0.98 * r[4] > 0 and n not in PLAN_STATES]
# table-cell footnote marker
CELL_NOTE = {"Sierra Leone": 2}

PLANS = [  # state, date agreed, years, paid under plan
    ("Dominican Republic", "12.5.2004", 8, 24000),
    ("Georgia", "25.3.2003", 5, 36000),
    ("Kyrgyzstan", "14.6.2005", 6, 9000),
    ("Paraguay", "30.11.2004", 10, 15000),
    ("Peru", "20.6.2002", 6, 160000),
    ("Tajikistan", "21.10.2005", 5, 6000),
]

col_tot = [sum(r[i] for _, r in OUTSTANDING) for i in range(5)]
GRAND = sum(col_tot)
RECEIVED_SINCE_JAN = 318455
PREVIOUS = GRAND + RECEIVED_SINCE_JAN
ART4_TOTAL = sum(sum(r) for n, r in OUTSTANDING if n in ARTICLE4)
ASSESSED_2006 = 36928000
RECEIVED_2006 = 15386214


def f(n):
    return "{:,}".format(n)


def pct(a, b):
    return "{:.1f}".format(100.0 * a / b)


assert len(ARTICLE4) == 15, ARTICLE4


def joined_list(names):
    return ", ".join(names[:-1]) + " and " + names[-1]


# --------------------------------------------------------------------------------------------
# Text.  {fnN} marks a footnote marker.
FOOTNOTES = {
    1: "Document MC/2175, approved by the Council through Resolution No. 1124 (XC) of 1 December 2005.",
    2: "A payment of CHF 6,000 was received from Sierra Leone on 5 April 2006, after the cut-off date "
       "of this report.",
    3: "The resolution was adopted on the recommendation of the Sub-Committee, which had examined the "
       "proposals of the Administration set out in document SCBF/279.",
}

P = {}
P[1] = ("This document sets out the status of assessed contributions to the Administrative Part of the "
        "Budget as at 31 March 2006. It updates the information provided to the Sub-Committee at its "
        "Ninety-fourth Session in document SCBF/287 and to the Council at its Ninetieth Session in "
        "document MC/2185.")
P[2] = ("The assessed contributions to the Administrative Part of the Budget for 2006 amount to CHF "
        + f(ASSESSED_2006) + ", as approved by the Council in the Programme and Budget for 2006.{fn1} "
        "As at 31 March 2006, contributions for 2006 totalling CHF " + f(RECEIVED_2006) + ", representing "
        + pct(RECEIVED_2006, ASSESSED_2006) + " per cent of the total assessed for the year, had been "
        "received from 47 of the 118 Member States. Member States are reminded that, under the Financial "
        "Regulations, contributions are due in full on the first day of the financial year.")
P[3] = ("Contributions outstanding for 2005 and prior years amounted to CHF " + f(GRAND) + " as at "
        "31 March 2006, owed by " + str(len(OUTSTANDING)) + " Member States, compared with CHF "
        + f(PREVIOUS) + " as at 31 December 2005. The amounts outstanding, by Member State and by year, "
        "are shown in the table below.")
P[4] = ("Article 4 of the Constitution provides that a Member State which is in arrears in the payment "
        "of its financial contributions to the Organization shall have no vote if the amount of its "
        "arrears equals or exceeds the amount of the contributions due from it for the preceding two "
        "full years. As at 31 March 2006, the following " + str(len(ARTICLE4)) + " Member States fell "
        "within the provisions of Article 4: " + joined_list(ARTICLE4) + ". Together they owe CHF "
        + f(ART4_TOTAL) + ", or " + pct(ART4_TOTAL, GRAND) + " per cent of the total outstanding.")
P[5] = ("Since the last report, the Administration has pursued its efforts to reduce the amount of "
        "outstanding contributions, in particular through:")
ITEMS5 = [
    ("(a)", "letters from the Director General, sent in January 2006 to the Ministers for Foreign Affairs "
            "of the Member States concerned, recalling their obligations under the Constitution;"),
    ("(b)", "regular contacts with the Permanent Missions in Geneva and, where no Mission exists, with "
            "the Embassies accredited to the Swiss authorities;"),
    ("(c)", "representations by IOM Chiefs of Mission to the relevant ministries in capitals; and"),
    ("(d)", "offering Member States with long-standing arrears the possibility of settling them through "
            "a payment plan spread over a period of up to ten years."),
]
P[6] = ("In accordance with Council Resolution No. 1102 (LXXXVIII) of 30 November 2004,{fn3} a Member "
        "State which has agreed a payment plan with the Administration and which fulfils the terms of "
        "that plan, while also paying its contribution for the current year, retains its right to vote. "
        "The six Member States with payment plans in force have honoured their instalments to date and "
        "are therefore not included in the list in paragraph 4 above.")
P[7] = ("The status of the payment plans in force as at 31 March 2006 is shown in the table below. The "
        "balances correspond to the amounts shown for 2003 and prior years in the table of outstanding "
        "contributions.")
P[8] = ("Since 1 January 2006, payments totalling CHF " + f(RECEIVED_SINCE_JAN) + " have been received "
        "in respect of contributions for 2005 and prior years. The Administration wishes to thank the "
        "Member States concerned, in particular Armenia, Azerbaijan and C\u00f4te d'Ivoire, which have "
        "settled in full arrears dating back to 2001.")
P[9] = ("The Administrative Part of the Budget is funded entirely from assessed contributions. The "
        "non-payment of contributions therefore has a direct effect on the ability of the Organization to "
        "meet its core structural costs, and obliges it to maintain a provision for doubtful receivables, "
        "which stood at CHF 594,318 as at 31 December 2005.")
P[10] = ("The Administration will continue to follow up with each of the Member States listed in this "
         "document and will report further to the Executive Committee at its Hundred and fourth Session "
         "in July 2006.")
P[11] = ("The Sub-Committee is invited to take note of this report and to urge Member States with "
         "outstanding contributions, in particular those falling within the provisions of Article 4 of "
         "the Constitution, to pay their contributions in full at the earliest opportunity or to agree a "
         "payment plan with the Administration.")


# --------------------------------------------------------------------------------------------
class Doc(FPDF):
    def __init__(self):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.core_fonts_encoding = "windows-1252"
        self.set_auto_page_break(False)
        self.set_margins(LM, 20, RM)
        self.page_fns = []          # footnotes of the current page: (num, text)
        self.y_cur = TOP

    # ---- page furniture -----------------------------------------------------------------
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("Times", "", 11)
        for i, t in enumerate([SYMBOL, "Page %d" % (self.page_no() - 1)]):
            w = self.get_string_width(t)
            self.text(PAGE_W - RM - w, 15 + i * 4.8, t)

    def footer(self):
        if self.page_no() == 1:
            self.cover_footer()
        self.draw_footnotes()

    def cover_footer(self):
        self.set_font("Times", "B", 9)
        cols = [("SUB-COMMITTEE ON", "BUDGET AND FINANCE"),
                ("SOUS-COMIT\u00c9 DU BUDGET", "ET DES FINANCES"),
                ("SUBCOMIT\u00c9 DE PRESUPUESTO", "Y FINANZAS")]
        cw = (PAGE_W - 2 * 20.0) / 3
        for i, lines in enumerate(cols):
            cx = 20.0 + cw * i + cw / 2
            for j, t in enumerate(lines):
                w = self.get_string_width(t)
                self.text(cx - w / 2, 280 + j * 4.2, t)

    # ---- footnotes ------------------------------------------------------------------------
    def fn_lines(self, text):
        self.set_font("Times", "", FN_PT)
        return wrap_plain(self, text, TW - 4.5)

    def fn_height(self, fns):
        if not fns:
            return 0.0
        h = 5.0
        for _, t in fns:
            h += len(self.fn_lines(t)) * FN_LH + 0.8
        return h

    def limit(self, extra=()):
        return BOTTOM - self.fn_height(self.page_fns + list(extra))

    def draw_footnotes(self):
        if not self.page_fns:
            return
        h = self.fn_height(self.page_fns)
        y = BOTTOM - h + 2.0
        self.set_line_width(0.2)
        self.line(LM, y, LM + 50, y)
        y += 4.0
        for num, t in self.page_fns:
            self.set_font("Times", "", 6.5)
            self.text(LM, y - 1.4, str(num))
            self.set_font("Times", "", FN_PT)
            for ln in self.fn_lines(t):
                self.text(LM + 4.5, y, ln)
                y += FN_LH
            y += 0.8
        self.page_fns = []

    def new_page(self):
        self.add_page()
        self.y_cur = TOP


# --------------------------------------------------------------------------------------------
def wrap_plain(pdf, text, width):
    words = text.split()
    lines, cur = [], ""
    for w in words:
        t = w if not cur else cur + " " + w
        if pdf.get_string_width(t) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def tokens(text):
    """Split text into words; each word is a list of (text, fn) segments."""
    out = []
    for w in text.split():
        segs = []
        pos = 0
        for m in re.finditer(r"\{fn(\d+)\}", w):
            if m.start() > pos:
                segs.append((w[pos:m.start()], None))
            segs.append((m.group(1), int(m.group(1))))
            pos = m.end()
        if pos < len(w):
            segs.append((w[pos:], None))
        out.append(segs)
    return out


def word_width(pdf, segs, pt):
    w = 0.0
    for t, fn in segs:
        pdf.set_font("Times", "", pt * 0.62 if fn else pt)
        w += pdf.get_string_width(t)
    return w


def break_lines(pdf, words, widths, pt):
    """Greedy line breaking; widths[i] is the width of line i (last value repeats)."""
    pdf.set_font("Times", "", pt)
    space = pdf.get_string_width(" ")
    lines, cur, cur_w = [], [], 0.0
    for wd in words:
        ww = word_width(pdf, wd, pt)
        avail = widths[min(len(lines), len(widths) - 1)]
        need = ww if not cur else cur_w + space + ww
        if cur and need > avail:
            lines.append(cur)
            cur, cur_w = [wd], ww
        else:
            cur.append(wd)
            cur_w = need
    if cur:
        lines.append(cur)
    return lines


def draw_line(pdf, line, x, y, width, justify, pt):
    pdf.set_font("Times", "", pt)
    space = pdf.get_string_width(" ")
    ws = [word_width(pdf, wd, pt) for wd in line]
    gap = space
    if justify and len(line) > 1:
        gap = (width - sum(ws)) / (len(line) - 1)
    cx = x
    for wd, w in zip(line, ws):
        sx = cx
        for t, fn in wd:
            if fn:
                pdf.set_font("Times", "", pt * 0.62)
                pdf.text(sx, y - 1.9, t)
            else:
                pdf.set_font("Times", "", pt)
                pdf.text(sx, y, t)
            sx += pdf.get_string_width(t)
        cx += w + gap


def line_fns(line):
    return [fn for wd in line for _, fn in wd if fn]


def flow_block(pdf, text, first_x, rest_x, label=None, label_x=None, after=LH):
    words = tokens(text)
    widths = [LM + TW - first_x, LM + TW - rest_x]
    lines = break_lines(pdf, words, widths, BODY_PT)
    for i, ln in enumerate(lines):
        new = [(n, FOOTNOTES[n]) for n in line_fns(ln)]
        if pdf.y_cur + LH > pdf.limit(new):
            pdf.new_page()
        pdf.page_fns.extend(new)
        base = pdf.y_cur + 3.9
        if i == 0 and label:
            pdf.set_font("Times", "", BODY_PT)
            pdf.text(label_x, base, label)
        x = first_x if i == 0 else rest_x
        draw_line(pdf, ln, x, base, LM + TW - x, i < len(lines) - 1, BODY_PT)
        pdf.y_cur += LH
    pdf.y_cur += after


def para(pdf, n, text, after=LH):
    flow_block(pdf, text, LM + TAB, LM, label="%d." % n, label_x=LM, after=after)


def item(pdf, label, text, after=2.2):
    flow_block(pdf, text, LM + ITEM_TEXT, LM + ITEM_TEXT, label=label, label_x=LM + ITEM_LABEL,
               after=after)


# --------------------------------------------------------------------------------------------
# Tables
CELL_PT, CELL_LH, PAD = 9.0, 3.9, 1.5


def cell_lines(pdf, text, width, bold=False):
    pdf.set_font("Times", "B" if bold else "", CELL_PT)
    out = []
    for part in text.split("\n"):
        out.extend(wrap_plain(pdf, part, width - 2 * PAD))
    return out


def row_height(pdf, cells, widths, bold):
    n = max(len(cell_lines(pdf, c, w, bold)) for c, w in zip(cells, widths))
    return n * CELL_LH + 2 * PAD - 0.4


def draw_row(pdf, cells, widths, aligns, bold, y, h, note=None):
    x = LM
    pdf.set_line_width(0.2)
    for k, (c, w, a) in enumerate(zip(cells, widths, aligns)):
        pdf.rect(x, y, w, h)
        lines = cell_lines(pdf, c, w, bold)
        pdf.set_font("Times", "B" if bold else "", CELL_PT)
        ty = y + PAD + 2.9
        if a == "C":   # vertically centre header cells
            ty += (h - 2 * PAD + 0.4 - len(lines) * CELL_LH) / 2
        for j, ln in enumerate(lines):
            lw = pdf.get_string_width(ln)
            if a == "R":
                tx = x + w - PAD - lw
            elif a == "C":
                tx = x + (w - lw) / 2
            else:
                tx = x + PAD
            pdf.text(tx, ty, ln)
            if k == 0 and note and j == len(lines) - 1:
                pdf.set_font("Times", "", CELL_PT * 0.62)
                pdf.text(tx + lw, ty - 1.6, str(note))
                pdf.set_font("Times", "B" if bold else "", CELL_PT)
            ty += CELL_LH
        x += w


def table(pdf, caption, heads, rows, widths, aligns, total_rows=1):
    """rows: list of (cells, note). Column headings repeat after a page break."""
    hh = row_height(pdf, heads, widths, True)
    first_h = row_height(pdf, rows[0][0], widths, False)
    cap_h = 7.0 if caption else 0.0
    if pdf.y_cur + cap_h + hh + first_h > pdf.limit():
        pdf.new_page()
    if caption:
        pdf.set_font("Times", "", 10.5)
        w = pdf.get_string_width(caption)
        pdf.text(LM + (TW - w) / 2, pdf.y_cur + 3.8, caption)
        pdf.y_cur += cap_h
    head_aligns = ["C"] * len(heads)
    draw_row(pdf, heads, widths, head_aligns, True, pdf.y_cur, hh)
    pdf.y_cur += hh
    for i, (cells, note) in enumerate(rows):
        bold = i >= len(rows) - total_rows
        h = row_height(pdf, cells, widths, bold)
        new = [(note, FOOTNOTES[note])] if note else []
        if pdf.y_cur + h > pdf.limit(new):
            pdf.new_page()
            draw_row(pdf, heads, widths, head_aligns, True, pdf.y_cur, hh)
            pdf.y_cur += hh
        pdf.page_fns.extend(new)
        draw_row(pdf, cells, widths, aligns, bold, pdf.y_cur, h, note)
        pdf.y_cur += h
    pdf.y_cur += 2 * LH


def amt(n):
    return f(n) if n else ""


# --------------------------------------------------------------------------------------------
def build():
    pdf = Doc()
    pdf.set_title("SCBF/291 - Status report on outstanding contributions to the Administrative Part of the Budget")
    pdf.set_creator("Microsoft Word")

    # ---- cover page --------------------------------------------------------------------
    pdf.add_page()
    pdf.set_font("Times", "B", 12)
    for i, t in enumerate([SYMBOL]):
        pdf.text(140, 22, t)
    pdf.set_font("Times", "", 12)
    pdf.text(140, 27.5, "Original: English")
    pdf.text(140, 33, "18 April 2006")

    pdf.set_font("Times", "B", 12)
    for i, t in enumerate(["SUB-COMMITTEE ON BUDGET AND FINANCE", "NINETY-FIFTH SESSION"]):
        w = pdf.get_string_width(t)
        pdf.text(LM + (TW - w) / 2, 62 + i * 6.5, t)
    pdf.set_line_width(0.4)
    pdf.line(LM, 80, LM + TW, 80)
    pdf.set_font("Times", "B", 13)
    for i, t in enumerate(["STATUS REPORT ON OUTSTANDING CONTRIBUTIONS",
                           "TO THE ADMINISTRATIVE PART OF THE BUDGET"]):
        w = pdf.get_string_width(t)
        pdf.text(LM + (TW - w) / 2, 118 + i * 7, t)

    # ---- body --------------------------------------------------------------------------
    pdf.new_page()
    pdf.set_font("Times", "B", 12)
    for i, t in enumerate(["STATUS REPORT ON OUTSTANDING CONTRIBUTIONS",
                           "TO THE ADMINISTRATIVE PART OF THE BUDGET"]):
        w = pdf.get_string_width(t)
        pdf.text(LM + (TW - w) / 2, pdf.y_cur + 4, t)
        pdf.y_cur += 5.8
    pdf.y_cur += 2 * LH

    for n in (1, 2, 3):
        para(pdf, n, P[n])

    heads = ["Member State", "2001 and\nprior years", "2002", "2003", "2004", "2005", "Total"]
    widths = [34.0] + [21.0] * 6
    aligns = ["L"] + ["R"] * 6
    rows = []
    for name, r in OUTSTANDING:
        rows.append(([name] + [amt(v) for v in r] + [f(sum(r))], CELL_NOTE.get(name)))
    rows.append((["Total"] + [f(v) for v in col_tot] + [f(GRAND)], None))
    table(pdf, "(in Swiss francs)", heads, rows, widths, aligns)

    para(pdf, 4, P[4])
    para(pdf, 5, P[5], after=2.2)
    for k, (lab, t) in enumerate(ITEMS5):
        item(pdf, lab, t, after=LH if k == len(ITEMS5) - 1 else 2.2)
    para(pdf, 6, P[6])
    para(pdf, 7, P[7])

    bal = {n: sum(r[:3]) for n, r in OUTSTANDING}
    heads2 = ["Member State", "Date of\nagreement", "Period\n(years)", "Amount covered\nby the plan",
              "Payments received\nunder the plan", "Balance as at\n31.3.2006"]
    widths2 = [34.0, 22.0, 17.0, 29.0, 29.0, 29.0]
    aligns2 = ["L", "C", "C", "R", "R", "R"]
    rows2, tc, tp, tb = [], 0, 0, 0
    for name, date, yrs, paid in PLANS:
        b = bal[name]
        rows2.append(([name, date, str(yrs), f(b + paid), f(paid), f(b)], None))
        tc, tp, tb = tc + b + paid, tp + paid, tb + b
    rows2.append((["Total", "", "", f(tc), f(tp), f(tb)], None))
    table(pdf, "(in Swiss francs)", heads2, rows2, widths2, aligns2)

    for n in range(8, 12):
        para(pdf, n, P[n])

    pdf.output(OUT)
    print("pages:", pdf.page_no(), "grand total:", f(GRAND), "art4:", ARTICLE4)


if __name__ == "__main__":
    build()
