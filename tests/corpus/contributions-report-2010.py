# Draws contributions-report-2010.pdf: an invented SCPF status report on outstanding
# contributions to the Administrative Part of the Budget (2010), laid out with fpdf2.
import re
from fpdf import FPDF

SYMBOL = "SCPF/47"
OUT = "contributions-report-2010.pdf"

# ---------------------------------------------------------------- page geometry
PW, PH = 210, 297
LM, RM = 25.0, 185.0          # text block
NUM_X, TXT_X = 25.0, 37.0     # paragraph number hangs at NUM_X, text at TXT_X
TOP_BODY = 34.0               # first body line on pages with a running header
BOTTOM = 277.0
BODY_PT, BODY_LH = 11, 4.8
FN_PT, FN_LH = 9, 4.0
SUP_PT, SUP_RISE = 7, 1.7

# ---------------------------------------------------------------- figures
BUDGET_2009 = 38929000
# name, outstanding 1 January 2009, assessed 2009, received 2009, note
ARREARS = [
    ("Afghanistan", 27248, 13625, 27248, ""),
    ("Argentina", 0, 170159, 85000, "a"),
    ("Benin", 68940, 13625, 0, ""),
    ("Bolivia (Plurinational State of)", 41830, 14170, 13950, ""),
    ("Burkina Faso", 12480, 13625, 12480, ""),
    ("Burundi", 55310, 13625, 0, ""),
    ("Cape Verde", 40120, 13625, 6000, ""),
    ("Central African Republic", 132776, 13625, 0, ""),
    ("Comoros", 109455, 13625, 0, ""),
    ("Democratic Republic of the Congo", 214390, 13625, 20000, ""),
    ("Dominican Republic", 148212, 35464, 30000, ""),
    ("El Salvador", 0, 13625, 6800, ""),
    ("Gambia", 81907, 13625, 0, ""),
    ("Guinea-Bissau", 167033, 13625, 0, ""),
    ("Haiti", 26610, 13625, 26610, ""),
    ("Honduras", 13300, 13625, 13300, ""),
    ("Kyrgyzstan", 72590, 13625, 20125, ""),
    ("Liberia", 245118, 13625, 0, ""),
    ("Madagascar", 39904, 13625, 13300, ""),
    ("Mali", 26610, 13625, 26610, ""),
    ("Mauritania", 94725, 13625, 0, ""),
    ("Nicaragua", 88061, 13625, 10000, ""),
    ("Niger", 53200, 13625, 26600, ""),
    ("Paraguay", 120446, 13625, 18500, ""),
    ("Peru", 38860, 39747, 38860, "a"),
    ("Sierra Leone", 110872, 13625, 0, ""),
    ("Somalia", 301664, 13625, 0, ""),
    ("Tajikistan", 66433, 13625, 15000, ""),
    ("The former Yugoslav Republic of Macedonia", 0, 13625, 0, ""),
    ("Togo", 47690, 13625, 13300, ""),
    ("Uganda", 26600, 13625, 26600, ""),
    ("United Republic of Tanzania", 13300, 13625, 13300, ""),
    ("Venezuela (Bolivarian Republic of)", 98940, 101332, 98940, ""),
    ("Yemen", 39900, 13625, 13300, ""),
]
assert [r[0] for r in ARREARS] == sorted(r[0] for r in ARREARS)

def fmt(n):
    return "\u2013" if n == 0 else f"{n:,}"

rows_1 = []
tot = [0, 0, 0, 0]
for name, o, a, r, note in ARREARS:
    c = o + a - r
    assert c > 0, name
    rows_1.append((name, note, [o, a, r, c]))
    for i, v in enumerate((o, a, r, c)):
        tot[i] += v
T_OPEN, T_ASSESSED, T_RECEIVED, T_CLOSE = tot
CURRENT_PART = sum(min(c, a) for _, _, (o, a, r, c) in rows_1)
EARLIER_PART = T_CLOSE - CURRENT_PART
PLAN_STATES = {"Dominican Republic", "Kyrgyzstan", "Paraguay", "Tajikistan"}  # plans honoured
ART4 = [name for name, _, (o, a, r, c) in rows_1 if c >= 2 * a and name not in PLAN_STATES]
RECEIVED_Q1 = 412683
assert RECEIVED_Q1 > 85159 + 39747
ASSESSED_2010 = 39512000
RECEIVED_2010 = 17884750

# payment plans: name, year agreed, years, amount covered, paid to 31 March 2010, note
PLANS = [
    ("Dominican Republic", "2006", 10, 180000, 72000, ""),
    ("Kyrgyzstan", "2007", 8, 90000, 33750, ""),
    ("Nicaragua", "2008", 10, 95000, 19000, "*"),
    ("Paraguay", "2005", 12, 150000, 50000, ""),
    ("Tajikistan", "2009", 6, 70000, 10000, ""),
]

PAID_2010 = [
    "Australia", "Austria", "Belgium", "Canada", "Chile", "Cyprus", "Czech Republic",
    "Denmark", "Estonia", "Finland", "France", "Germany", "Greece", "Hungary", "Ireland",
    "Israel", "Italy", "Japan", "Latvia", "Lithuania", "Luxembourg", "Malta", "Mexico",
    "Netherlands", "New Zealand", "Norway", "Philippines", "Poland", "Portugal",
    "Republic of Korea", "Slovakia", "Slovenia", "Sweden", "Switzerland", "Thailand",
    "United Kingdom of Great Britain and Northern Ireland", "United States of America",
]

WORDS = {5: "five", 12: "twelve", 14: "fourteen", 15: "fifteen", 16: "sixteen", 17: "seventeen",
         18: "eighteen", 19: "nineteen", 20: "twenty", 21: "twenty-one", 22: "twenty-two",
         34: "thirty-four", 37: "thirty-seven"}

def series(names):
    return ", ".join(names[:-1]) + " and " + names[-1]

# ---------------------------------------------------------------- text
FOOTNOTES = {
    "1": "The previous report, document SCPF/38 of 9 October 2009, gave the position at "
         "30 September 2009. The figures for the last quarter of 2009 have since been verified "
         "against the audited accounts.",
    "2": "See Council Resolution No. 1174 of 2 December 2008 on outstanding contributions to the "
         "Administrative Part of the Budget, and the earlier Resolution No. 1091 (LXXXVIII) of "
         "2 December 2004.",
    "3": "The standard arrangements were described in document MC/EX/683 and endorsed by the "
         "Executive Committee at its Hundred and fourth Session in June 2006.",
}

BODY = [
    ("heading", "I.", "INTRODUCTION"),
    ("para", "1",
     "This document sets out the status of the assessed contributions to the Administrative Part "
     "of the Budget that remained outstanding at 31 December 2009, and records the payments "
     "received from Member States between 1 January and 31 March 2010. It updates the information "
     "submitted to the Standing Committee on Programmes and Finance at its Fifth Session in "
     "November 2009.[[1]]"),
    ("para", "2",
     "Under Article 4 of the Constitution, a Member State which is in arrears in the payment of its "
     "financial contributions to the Organization has no vote if the total amount of its arrears "
     "equals or exceeds the amount of the contributions due from it for the preceding two full "
     "years. The Council may nevertheless permit such a Member State to vote if it is satisfied "
     "that the failure to pay is due to conditions beyond the control of the Member State. The "
     "Council has on several occasions called upon Member States in arrears to pay their "
     "contributions in full or to agree a payment plan with the Administration and to honour "
     "it.[[2]]"),
    ("heading", "II.", "POSITION AT 31 DECEMBER 2009"),
    ("para", "3",
     f"The assessed contributions to the Administrative Part of the Budget for 2009 amounted to "
     f"CHF {BUDGET_2009:,}, as approved in the Programme and Budget for 2009 (MC/2259). At the close "
     f"of the financial year, contributions totalling CHF {T_CLOSE:,} were still outstanding. Of "
     f"that amount, CHF {CURRENT_PART:,} related to the assessments for 2009 and CHF "
     f"{EARLIER_PART:,} to earlier years, some of them going back more than a decade."),
    ("para", "4",
     f"Annex I lists the {WORDS[len(rows_1)]} Member States whose contributions were outstanding at "
     f"31 December 2009, with the balance brought forward at 1 January 2009, the contribution "
     f"assessed for 2009, the payments received during the year and the balance at year end. The "
     f"same Member States owed CHF {T_OPEN:,} at 1 January 2009."),
    ("para", "5",
     f"The Administration is grateful to the Member States that paid their 2009 contributions in "
     f"full and on time, and to those that made particular efforts to reduce their arrears. By "
     f"31 March 2010, the following {WORDS[len(PAID_2010)]} Member States had already paid their "
     f"assessed contributions for 2010 in full: {series(PAID_2010)}."),
    ("heading", "III.", "CONTRIBUTIONS RECEIVED SINCE 1 JANUARY 2010 AND MEMBER STATES SUBJECT "
                        "TO ARTICLE 4 OF THE CONSTITUTION"),
    ("para", "6",
     f"Between 1 January and 31 March 2010, payments totalling CHF {RECEIVED_Q1:,} were received "
     f"towards the contributions outstanding at the end of 2009. Argentina and Peru settled their "
     f"balances in full in January 2010, and partial payments were received from Cape Verde, the "
     f"Democratic Republic of the Congo, Kyrgyzstan, Niger and Yemen."),
    ("para", "7",
     f"The contributions for 2009 and earlier years still outstanding at 31 March 2010 therefore "
     f"stood at CHF {T_CLOSE - RECEIVED_Q1:,}. Of the CHF {ASSESSED_2010:,} assessed for 2010 under "
     f"the Programme and Budget for 2010 (MC/2283), CHF {RECEIVED_2010:,}, or "
     f"{RECEIVED_2010 * 100 / ASSESSED_2010:.1f} per cent, had been received by the same date."),
    ("para", "8",
     f"At 31 March 2010, {WORDS[len(ART4)]} Member States were in arrears for two full years or "
     f"more and therefore came under the provisions of Article 4 of the Constitution: "
     f"{series(ART4)}. The Missions concerned have been informed."),
    ("heading", "IV.", "PAYMENT PLANS"),
    ("para", "9",
     "Payment plans offer Member States with long-standing arrears a practical means of "
     "regularizing their situation. Five Member States are currently repaying their arrears under "
     "plans agreed with the Administration, the details of which are given in Annex II. Under the "
     "standard arrangements:[[3]]"),
    ("item", 1, "(a)",
     "the arrears at the date of the agreement are consolidated into a single amount, to be repaid "
     "in annual instalments over a period of not more than twelve years; and"),
    ("item", 1, "(b)",
     "the Member State undertakes, for as long as the plan remains in force:"),
    ("item", 2, "(i)",
     "to pay its assessed contribution for the current year in full, in addition to the agreed "
     "instalment; and"),
    ("item", 2, "(ii)",
     "to inform the Administration without delay if it expects to be unable to pay an instalment "
     "when it falls due."),
    ("para", "10",
     "A Member State that abides by the terms of its plan is not considered to be in arrears for "
     "the purposes of Article 4 of the Constitution. The Dominican Republic, Kyrgyzstan, Paraguay and "
     "Tajikistan paid their instalments for 2009 as agreed. The instalment due from Nicaragua on "
     "30 June 2009 had not been received at the date of this report; the Administration is in "
     "contact with the Permanent Mission on the matter."),
    ("heading", "V.", "ACTION REQUESTED"),
    ("para", "11",
     "The Standing Committee on Programmes and Finance is invited to take note of this report and "
     "to urge the Member States concerned to pay their outstanding contributions as soon as "
     "possible or, where they are not in a position to do so, to approach the Administration with "
     "a view to agreeing a payment plan and to abide by its terms."),
]

# ---------------------------------------------------------------- engine
pdf = FPDF(orientation="P", unit="mm", format="A4")
pdf.core_fonts_encoding = "windows-1252"
pdf.set_auto_page_break(False)
pdf.set_margins(LM, 15, PW - RM)
pdf.set_title("Status report on outstanding contributions to the Administrative Part of the Budget")
pdf.set_author("International Organization for Migration")


def sw(text, style="", size=BODY_PT):
    pdf.set_font("Times", style, size)
    return pdf.get_string_width(text)


def tokens(text):
    """Split text into words; each word is a list of (text, kind) runs, kind 'n' or 'sup'."""
    out = []
    for word in text.split():
        runs = []
        for piece in re.split(r"(\[\[\w+\]\])", word):
            if not piece:
                continue
            m = re.fullmatch(r"\[\[(\w+)\]\]", piece)
            runs.append((m.group(1), "sup") if m else (piece, "n"))
        out.append(runs)
    return out


def word_w(runs, style="", size=BODY_PT):
    w = 0
    for t, k in runs:
        w += sw(t, "", SUP_PT) if k == "sup" else sw(t, style, size)
    return w


def break_lines(text, width, style="", size=BODY_PT):
    words = tokens(text)
    space = sw(" ", style, size)
    lines, cur, cur_w = [], [], 0
    for w in words:
        ww = word_w(w, style, size)
        if cur and cur_w + space + ww > width:
            lines.append(cur)
            cur, cur_w = [w], ww
        else:
            cur_w = ww if not cur else cur_w + space + ww
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


def draw_line(words, x, y, width, justify, style="", size=BODY_PT):
    space = sw(" ", style, size)
    widths = [word_w(w, style, size) for w in words]
    gap = space
    if justify and len(words) > 1:
        gap = (width - sum(widths)) / (len(words) - 1)
    cx = x
    for w, ww in zip(words, widths):
        for t, k in w:
            if k == "sup":
                pdf.set_font("Times", "", SUP_PT)
                pdf.text(cx, y - SUP_RISE, t)
                cx += pdf.get_string_width(t)
            else:
                pdf.set_font("Times", style, size)
                pdf.text(cx, y, t)
                cx += pdf.get_string_width(t)
        cx += gap


class Page:
    def __init__(self):
        self.fns = []   # footnote keys on this page
        self.y = TOP_BODY


state = {"page": None, "pageno": 0, "header": None}


def running_header(lines):
    pdf.set_font("Times", "", BODY_PT)
    y = 14.0
    for ln in lines:
        pdf.text(RM - pdf.get_string_width(ln), y, ln)
        y += 5.0


def fn_lines(key):
    return break_lines(FOOTNOTES[key], RM - (LM + 5), "", FN_PT)


def fn_height(keys):
    if not keys:
        return 0
    h = 5.0  # rule and gap
    for k in keys:
        h += len(fn_lines(k)) * FN_LH + 1.0
    return h


def flush_footnotes():
    pg = state["page"]
    if pg is None or not pg.fns:
        return
    h = fn_height(pg.fns)
    y = BOTTOM - h + 2.0
    pdf.set_line_width(0.2)
    pdf.line(LM, y, LM + 50, y)
    y += 3.0
    for k in pg.fns:
        lines = fn_lines(k)
        y += FN_LH - 0.8
        pdf.set_font("Times", "", SUP_PT)
        pdf.text(LM, y - 1.3, k)
        for i, ln in enumerate(lines):
            draw_line(ln, LM + 5, y, RM - (LM + 5), i < len(lines) - 1, "", FN_PT)
            if i < len(lines) - 1:
                y += FN_LH
        y += 1.8


def new_page(header_lines):
    flush_footnotes()
    pdf.add_page()
    state["pageno"] += 1
    state["page"] = Page()
    if header_lines:
        running_header(header_lines)
    return state["page"]


def body_header():
    return [SYMBOL, f"Page {state['pageno'] + 1}"]


def line_fns(words):
    return [t for w in words for t, k in w if k == "sup"]


def room(extra_h, new_fns=()):
    pg = state["page"]
    keys = pg.fns + [k for k in new_fns if k not in pg.fns]
    return pg.y + extra_h <= BOTTOM - fn_height(keys)


def place_block(lines, x_first, x_rest, width_first, width_rest, style="", lead=None,
                lead_x=None, justify=True):
    for i, ln in enumerate(lines):
        fns = line_fns(ln)
        if not room(BODY_LH, fns):
            new_page(body_header())
        pg = state["page"]
        for k in fns:
            if k not in pg.fns:
                pg.fns.append(k)
        base = pg.y + 3.8
        if i == 0 and lead:
            pdf.set_font("Times", style, BODY_PT)
            pdf.text(lead_x, base, lead)
        last = i == len(lines) - 1
        x = x_first if i == 0 else x_rest
        w = width_first if i == 0 else width_rest
        draw_line(ln, x, base, w, justify and not last, style)
        pg.y += BODY_LH


# ---------------------------------------------------------------- page 1: header block
new_page(None)
pg = state["page"]
pdf.set_font("Times", "", BODY_PT)
for i, ln in enumerate([SYMBOL, "Original: English", "14 April 2010"]):
    pdf.text(RM - pdf.get_string_width(ln), 18 + i * 5, ln)
pdf.set_font("Times", "B", BODY_PT)
pdf.text(LM, 42, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE")
pdf.text(LM, 47, "SIXTH SESSION")
pdf.set_font("Times", "", BODY_PT)
pdf.text(LM, 52, "11-12 May 2010")
pdf.set_line_width(0.4)
pdf.line(LM, 56, RM, 56)
pdf.set_font("Times", "B", 12)
for i, ln in enumerate(["STATUS REPORT ON OUTSTANDING CONTRIBUTIONS TO THE",
                        "ADMINISTRATIVE PART OF THE BUDGET"]):
    pdf.text((PW - pdf.get_string_width(ln)) / 2, 66 + i * 6, ln)
pdf.set_font("Times", "", BODY_PT)
sub = "(as at 31 March 2010)"
pdf.text((PW - pdf.get_string_width(sub)) / 2, 79, sub)
pg.y = 87.0

# ---------------------------------------------------------------- body
W_TXT = RM - TXT_X
for blk in BODY:
    if blk[0] == "heading":
        _, num, text = blk
        lines = break_lines(text, W_TXT, "B")
        need = len(lines) * BODY_LH + 3 + 3 * BODY_LH
        state["page"].y += 3.0
        if not room(need):
            new_page(body_header())
        place_block(lines, TXT_X, TXT_X, W_TXT, W_TXT, "B", lead=num, lead_x=NUM_X,
                    justify=False)
        state["page"].y += 3.0
    elif blk[0] == "para":
        _, num, text = blk
        lines = break_lines(text, W_TXT)
        place_block(lines, TXT_X, TXT_X, W_TXT, W_TXT, lead=num + ".", lead_x=NUM_X)
        state["page"].y += 2.6
    elif blk[0] == "item":
        _, level, label, text = blk
        lx = TXT_X if level == 1 else TXT_X + 10
        tx = lx + 10
        lines = break_lines(text, RM - tx)
        place_block(lines, tx, tx, RM - tx, RM - tx, lead=label, lead_x=lx)
        state["page"].y += 2.0
flush_footnotes()
state["page"].fns = []

# ---------------------------------------------------------------- tables
TB_PT, TB_LH = 9, 4.2


def draw_table(annex_label, title, head, colw, aligns, rows, total, notes, first_page_no):
    """rows: list of (label, note, [cells])."""
    annex_page = [first_page_no]

    def hdr():
        return [SYMBOL, annex_label, f"Page {annex_page[0]}"]

    new_page(hdr())
    pg = state["page"]
    pg.y = 40.0
    pdf.set_font("Times", "B", BODY_PT + 1)
    for txt in title.split("\n"):
        pdf.set_font("Times", "B", BODY_PT + 1)
        pdf.text((PW - pdf.get_string_width(txt)) / 2, pg.y + 4, txt)
        pg.y += 6
    pg.y += 3
    pdf.set_font("Times", "", BODY_PT)
    cap = "(in Swiss francs)"
    pdf.text((PW - pdf.get_string_width(cap)) / 2, pg.y + 4, cap)
    pg.y += 9
    x0 = LM + (RM - LM - sum(colw)) / 2

    def head_row():
        pg = state["page"]
        wrapped = [break_lines(h, w - 3, "B", TB_PT) for h, w in zip(head, colw)]
        n = max(len(l) for l in wrapped)
        h = n * TB_LH + 3
        pdf.set_line_width(0.25)
        x = x0
        for lines, w in zip(wrapped, colw):
            pdf.rect(x, pg.y, w, h)
            yy = pg.y + 1.5 + (n - len(lines)) * TB_LH + 3.2
            for ln in lines:
                txt = " ".join("".join(t for t, _ in wd) for wd in ln)
                pdf.set_font("Times", "B", TB_PT)
                pdf.text(x + (w - pdf.get_string_width(txt)) / 2, yy, txt)
                yy += TB_LH
            x += w
        pg.y += h

    def body_row(label, note, cells, bold=False):
        pg = state["page"]
        st = "B" if bold else ""
        name_lines = break_lines(label, colw[0] - 3 - (3 if note else 0), st, TB_PT)
        h = len(name_lines) * TB_LH + 2.2
        if pg.y + h > BOTTOM - (notes_h if bold else 0):
            annex_page[0] += 1
            new_page(hdr())
            state["page"].y = 34.0
            head_row()
            pg = state["page"]
        x = x0
        pdf.set_line_width(0.25)
        for w in colw:
            pdf.rect(x, pg.y, w, h)
            x += w
        base = pg.y + 1.1 + 3.2
        yy = base
        for i, ln in enumerate(name_lines):
            txt = " ".join("".join(t for t, _ in wd) for wd in ln)
            pdf.set_font("Times", st, TB_PT)
            pdf.text(x0 + 1.5, yy, txt)
            if note and i == len(name_lines) - 1:
                ex = x0 + 1.5 + pdf.get_string_width(txt)
                pdf.set_font("Times", "", SUP_PT)
                pdf.text(ex + 0.4, yy - 1.4, note)
            yy += TB_LH
        x = x0 + colw[0]
        for c, w, al in zip(cells, colw[1:], aligns[1:]):
            pdf.set_font("Times", st, TB_PT)
            cw = pdf.get_string_width(c)
            if al == "R":
                pdf.text(x + w - 1.8 - cw, base, c)
            else:
                pdf.text(x + (w - cw) / 2, base, c)
            x += w
        pg.y += h

    notes_h = sum(len(break_lines(t, RM - LM - 6, "", TB_PT)) * TB_LH + 1 for _, t in notes) + 4
    head_row()
    for label, note, cells in rows:
        body_row(label, note, cells)
    body_row(total[0], "", total[1], bold=True)
    pg = state["page"]
    pg.y += 3
    for mk, t in notes:
        lines = break_lines(t, RM - LM - 6, "", TB_PT)
        pdf.set_font("Times", "", SUP_PT)
        pdf.text(x0, pg.y + 3.2 - 1.4, mk)
        for i, ln in enumerate(lines):
            draw_line(ln, x0 + 4, pg.y + 3.2, RM - x0 - 6, i < len(lines) - 1, "", TB_PT)
            pg.y += TB_LH
        pg.y += 1


head1 = ["Member State", "Outstanding at 1 January 2009", "Assessed for 2009",
         "Received in 2009", "Outstanding at 31 December 2009"]
colw1 = [40, 29, 29, 29, 29]
t1_rows = [(n, note, [fmt(v) for v in vals]) for n, note, vals in rows_1]
t1_total = ("Total", [fmt(v) for v in tot])
notes1 = [("a", "Balance settled in full in January 2010 (see paragraph 6 of the present "
                "document).")]
draw_table("Annex I", "MEMBER STATES WITH CONTRIBUTIONS OUTSTANDING\nAT 31 DECEMBER 2009",
           head1, colw1, ["L", "R", "R", "R", "R"], t1_rows, t1_total, notes1, 1)

head2 = ["Member State", "Plan agreed in", "Period (years)", "Arrears covered by plan",
         "Paid under plan to 31 March 2010", "Balance under plan"]
colw2 = [38, 20, 18, 26, 28, 26]
t2_rows = []
pt = [0, 0, 0]
for n, yr, per, cov, paid, note in PLANS:
    bal = cov - paid
    t2_rows.append((n, note, [yr, str(per), fmt(cov), fmt(paid), fmt(bal)]))
    pt[0] += cov; pt[1] += paid; pt[2] += bal
t2_total = ("Total", ["", "", fmt(pt[0]), fmt(pt[1]), fmt(pt[2])])
notes2 = [("*", "The instalment of CHF 9,500 due on 30 June 2009 had not been received at "
                "31 March 2010.")]
draw_table("Annex II", "MEMBER STATES WITH PAYMENT PLANS", head2, colw2,
           ["L", "C", "C", "R", "R", "R"], t2_rows, t2_total, notes2, 1)
flush_footnotes()

pdf.output(OUT)
print("pages", pdf.page_no(), "T_CLOSE", T_CLOSE, "ART4", len(ART4), ART4, "rows", len(rows_1))
