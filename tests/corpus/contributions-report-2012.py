# Draws contributions-report-2012.pdf: an invented SCPF paper of October 2012 on
# assessed contributions outstanding, laid out as IOM printed such papers.
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
import reportlab.pdfbase.rl_codecs as _codecs

# reportlab writes the bullet as byte 0x7F by default, which some extractors do not
# map back; make it use the usual WinAnsi code 0x95 instead.
_codecs.RL_Codecs._RL_Codecs__rl_codecs_data["winansi"].rexceptions[0x2022] = 0x95

OUT = "contributions-report-2012.pdf"
SYMBOL = "SCPF/87"
W, H = A4
LM = 72.0            # left margin
RM = W - 72.0        # right edge of text
TOP = H - 60.0
BOTTOM = 70.0
BODY = "Helvetica"
BOLD = "Helvetica-Bold"
SIZE = 10.5
LEAD = 12.6
SUP = 6.8
NUM_X = LM           # paragraph number hangs in the margin
TEXT_X = LM + 36.0   # paragraph text block
BUL_X = TEXT_X + 4
BUL_TEXT_X = TEXT_X + 22

c = canvas.Canvas(OUT, pagesize=A4)
c.setTitle("Status of assessed contributions outstanding to the Administrative Part of the Budget")
c.setAuthor("International Organization for Migration")

state = {"page": 0, "y": TOP, "notes": [], "notes_h": 0.0}

FOOTNOTES = {
    "1": "Payments made in currencies other than Swiss francs are credited at the United Nations "
         "operational rate of exchange applicable on the date on which the funds are received.",
    "2": "The plan agreed with Liberia in 2009 was rescheduled in April 2011 at the request of the "
         "Government, following the arrangements described in document MC/2324, paragraphs 14 to 17. "
         "The amounts shown in Table 2 are those of the revised plan.",
}
FN_SIZE = 8.5
FN_LEAD = 10.5
FN_X = LM + 14


# ---------------------------------------------------------------- text helpers
def tokens(text):
    """Split text into words; a word may carry a raised marker written ^x."""
    out = []
    for w in text.split():
        if "^" in w:
            base, sup = w.split("^", 1)
        else:
            base, sup = w, ""
        out.append((base, sup))
    return out


def word_w(tok, font, size):
    base, sup = tok
    return stringWidth(base, font, size) + (stringWidth(sup, font, SUP) if sup else 0)


def wrap(text, width, font=BODY, size=SIZE, first_width=None):
    toks = tokens(text)
    lines, cur, cw = [], [], 0.0
    space = stringWidth(" ", font, size)
    limit = first_width if first_width is not None else width
    for t in toks:
        tw = word_w(t, font, size)
        if cur and cw + space + tw > limit:
            lines.append(cur)
            cur, cw = [t], tw
            limit = width
        else:
            cw = cw + (space if cur else 0) + tw
            cur.append(t)
    if cur:
        lines.append(cur)
    return lines


def draw_line(words, x, y, width, font=BODY, size=SIZE, justify=False):
    """One line as a single text object; justification through word spacing (Tw)."""
    space = stringWidth(" ", font, size)
    natural = sum(word_w(t, font, size) for t in words) + space * (len(words) - 1)
    extra = 0.0
    if justify and len(words) > 1:
        extra = (width - natural) / (len(words) - 1)
    t = c.beginText(x, y)
    t.setWordSpace(extra)
    for i, (base, sup) in enumerate(words):
        t.setFont(font, size)
        t.textOut(base)
        if sup:
            t.setFont(font, SUP)
            t.setRise(4.2 if size > 9 else 3.4)
            t.textOut(sup)
            t.setRise(0)
        if i < len(words) - 1:
            t.setFont(font, size)
            t.textOut(" ")
    c.drawText(t)


def fn_height(mark):
    return len(wrap(FOOTNOTES[mark], RM - FN_X, BODY, FN_SIZE)) * FN_LEAD + 3


# ---------------------------------------------------------------- pages
def running_header():
    c.setFont(BODY, 9.5)
    c.drawRightString(RM, H - 40, SYMBOL)
    c.drawRightString(RM, H - 51.5, "Page %d" % state["page"])


def flush_footnotes():
    if not state["notes"]:
        return
    rule = BOTTOM + state["notes_h"] - 2
    c.setLineWidth(0.5)
    c.line(LM, rule, LM + 144, rule)
    y = rule - 11
    for mark in state["notes"]:
        lines = wrap(FOOTNOTES[mark], RM - FN_X, BODY, FN_SIZE)
        c.setFont(BODY, SUP)
        c.drawString(LM + 4, y + 3.6, mark)
        for i, ln in enumerate(lines):
            draw_line(ln, FN_X, y, RM - FN_X, BODY, FN_SIZE, justify=(i < len(lines) - 1))
            y -= FN_LEAD
        y -= 3


def new_page():
    if state["page"] >= 1:
        flush_footnotes()
    c.showPage()
    state["page"] += 1
    state["notes"], state["notes_h"] = [], 0.0
    state["y"] = TOP - 22
    running_header()


def room(h, marks=()):
    extra = sum(fn_height(m) for m in marks)
    reserve = state["notes_h"] + extra + (14 if marks and not state["notes"] else 0)
    return state["y"] - h >= BOTTOM + reserve


def place_line(h, marks=()):
    if not room(h, marks):
        new_page()
    for m in marks:
        if not state["notes"]:
            state["notes_h"] += 14
        state["notes"].append(m)
        state["notes_h"] += fn_height(m)


def line_marks(words):
    return [s for _, s in words if s and s in FOOTNOTES]


# ---------------------------------------------------------------- blocks
def para(num, text):
    lines = wrap(text, RM - TEXT_X)
    state["y"] -= 4
    for i, ln in enumerate(lines):
        place_line(LEAD, line_marks(ln))
        state["y"] -= LEAD
        if i == 0:
            c.setFont(BODY, SIZE)
            c.drawString(NUM_X, state["y"], "%d." % num)
        draw_line(ln, TEXT_X, state["y"], RM - TEXT_X, justify=(i < len(lines) - 1))
    state["y"] -= 6


def bullet(text, last=False):
    lines = wrap(text, RM - BUL_TEXT_X)
    for i, ln in enumerate(lines):
        place_line(LEAD, line_marks(ln))
        state["y"] -= LEAD
        if i == 0:
            c.setFont(BODY, SIZE)
            c.drawString(BUL_X, state["y"], "\u2022")
        draw_line(ln, BUL_TEXT_X, state["y"], RM - BUL_TEXT_X, justify=(i < len(lines) - 1))
    state["y"] -= 4 if not last else 6


def heading(text):
    # keep the heading with at least three lines of what follows
    if not room(LEAD * 5):
        new_page()
    state["y"] -= 8
    state["y"] -= LEAD
    c.setFont(BOLD, SIZE)
    c.drawString(LM, state["y"], text)
    state["y"] -= 4


# ---------------------------------------------------------------- tables
def draw_table(caption, cols, header, rows, note_lines, total_row=None):
    """cols: list of (width, align). rows: list of (cells, marker) where cells[0]
    may be a list of lines (wrapped label)."""
    row_h = 13.0
    n_rows = len(rows) + (1 if total_row else 0)
    n_lines = sum(len(r[0][0]) if isinstance(r[0][0], list) else 1 for r in rows) + (1 if total_row else 0)
    need = 32 + (2 * row_h + 2) + n_lines * row_h + n_rows * 1.5 + 11 * len(note_lines) + 12
    if not room(need):
        new_page()
    tw = sum(w for w, _ in cols)
    x0 = LM + ((RM - LM) - tw) / 2
    state["y"] -= 6
    c.setFont(BOLD, 10)
    c.drawCentredString(LM + (RM - LM) / 2, state["y"] - 10, caption)
    state["y"] -= 22
    c.setLineWidth(0.6)

    def cell_box(x, y, w, h, fill=False):
        if fill:
            c.setFillGray(0.88)
            c.rect(x, y - h, w, h, stroke=1, fill=1)
            c.setFillGray(0)
        else:
            c.rect(x, y - h, w, h, stroke=1, fill=0)

    # header: two text lines high
    hh = 2 * row_h + 2
    x = x0
    for (w, align), label in zip(cols, header):
        cell_box(x, state["y"], w, hh, fill=True)
        c.setFont(BOLD, 9)
        parts = label if isinstance(label, list) else [label]
        base = state["y"] - hh / 2 - 3 + (len(parts) - 1) * 5.25
        for k, p in enumerate(parts):
            yy = base - k * 10.5
            if align == "L":
                c.drawString(x + 5, yy, p)
            else:
                c.drawCentredString(x + w / 2, yy, p)
        x += w
    state["y"] -= hh

    def body_row(cells, marker, bold=False):
        label = cells[0] if isinstance(cells[0], list) else [cells[0]]
        h = row_h * len(label) + 1.5
        x = x0
        font = BOLD if bold else BODY
        for j, ((w, align), val) in enumerate(zip(cols, cells)):
            cell_box(x, state["y"], w, h)
            c.setFont(font, 9)
            top = state["y"] - 10
            if j == 0:
                for k, part in enumerate(label):
                    c.setFont(font, 9)
                    c.drawString(x + 5, top - k * row_h, part)
                    if marker and k == len(label) - 1:
                        c.setFont(BODY, SUP)
                        c.drawString(x + 5 + stringWidth(part, font, 9) + 1.5, top - k * row_h + 3.2, marker)
            else:
                if val in ("-", "\u2013"):
                    c.drawCentredString(x + w / 2, top, "\u2013")
                elif align == "C":
                    c.drawCentredString(x + w / 2, top, val)
                else:
                    c.drawRightString(x + w - 6, top, val)
            x += w
        state["y"] -= h

    for cells, marker in rows:
        body_row(cells, marker)
    if total_row:
        body_row(total_row, None, bold=True)

    state["y"] -= 4
    for mark, text in note_lines:
        state["y"] -= 11
        c.setFont(BODY, SUP)
        c.drawString(x0 + 2, state["y"] + 2.5, mark)
        c.setFont(BODY, 8.5)
        c.drawString(x0 + 9, state["y"], text)
    state["y"] -= 8


def fmt(v):
    return "\u2013" if v is None else "{:,}".format(v)


# ================================================================ COVER
c.setFont(BOLD, 11)
c.drawRightString(RM, H - 72, SYMBOL)
c.setFont(BODY, 10.5)
c.drawRightString(RM, H - 98, "Original: English")
c.drawRightString(RM, H - 111, "5 October 2012")
c.setFont(BOLD, 12)
c.drawCentredString(W / 2, H - 215, "ELEVENTH SESSION")
c.setFont(BODY, 11)
c.drawCentredString(W / 2, H - 236, "_" * 78)
c.setFont(BOLD, 13)
c.drawCentredString(W / 2, H - 330, "STATUS OF ASSESSED CONTRIBUTIONS OUTSTANDING")
c.drawCentredString(W / 2, H - 348, "TO THE ADMINISTRATIVE PART OF THE BUDGET")
c.setFont(BOLD, 9)
c.drawCentredString(W / 2, 92, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE")
c.drawCentredString(W / 2, 80, "COMIT\u00c9 PERMANENT DES PROGRAMMES ET DES FINANCES")
c.drawCentredString(W / 2, 68, "COMIT\u00c9 PERMANENTE DE PROGRAMAS Y FINANZAS")

# ================================================================ PAGE 1
c.showPage()
state["page"] = 1
running_header()
state["y"] = TOP - 26
c.setFont(BOLD, 11)
c.drawCentredString(W / 2, state["y"], "STATUS OF ASSESSED CONTRIBUTIONS OUTSTANDING")
state["y"] -= 14
c.drawCentredString(W / 2, state["y"], "TO THE ADMINISTRATIVE PART OF THE BUDGET")
state["y"] -= 16

para(1, "The present document gives the Standing Committee on Programmes and Finance an account of "
        "the assessed contributions to the Administrative Part of the Budget that were still unpaid on "
        "30 September 2012. It brings up to date the figures submitted to the Tenth Session of the "
        "Committee in document SCPF/79, which reflected the position at 31 March 2012.")

para(2, "The scale of assessment for 2012, and with it the total of CHF 39,465,000 to be met by "
        "Member States, was approved by the Council in Resolution No. 1227 of 6 December 2011. In "
        "keeping with the Financial Regulations, each contribution falls due in full on 1 January of "
        "the year to which it relates, and Member States are sent their notices of assessment at the "
        "beginning of that year.")

para(3, "Between 1 January and 30 September 2012 the Administration received CHF 37,697,656 in respect "
        "of the 2012 assessments, or 95.5 per cent of the total.^1 The contributions for 2012 still owed "
        "amount to CHF 1,767,344. Arrears relating to 2011 and earlier years stand at CHF 1,103,289, so "
        "that the overall amount due from the 26 Member States listed in Table 1 comes to CHF 2,870,633.")

para(4, "Since the last report, Ecuador, Guatemala and Uzbekistan have cleared all their arrears, and "
        "partial payments towards earlier years were made by Brazil, Gambia and Nicaragua. The "
        "Administration is grateful for these efforts, which have brought the arrears down by "
        "CHF 285,915 compared with the level recorded on 31 December 2011.")

heading("Member States subject to Article 4")

para(5, "Under Article 4 of the Constitution, a Member State that fails to meet its financial "
        "obligations to the Organization has no vote in the Council or the Executive Committee if the "
        "total of its arrears equals or exceeds the contributions due from it for the two preceding "
        "full years. The Council may nonetheless permit such a Member State to vote if it is satisfied "
        "that the failure to pay is due to conditions beyond the State's control.")

para(6, "On the basis of the figures in Table 1, ten Member States come within the terms of Article 4 "
        "at the date of this report: Burundi, the Central African Republic, the Democratic Republic of "
        "the Congo, Guinea-Bissau, Kyrgyzstan, Liberia, Mauritania, the Niger, Sierra Leone and Somalia. "
        "Their arrears for 2011 and earlier years total CHF 563,072, or slightly more than half of all "
        "the arrears owed to the Organization.")

para(7, "By Resolution No. 1162 of 27 November 2007 the Council also decided on a number of measures "
        "applicable to a Member State that falls under Article 4 and has not agreed a payment plan with "
        "the Administration. Such a Member State:")
bullet("may not put forward a candidate for the office of Chairperson, Vice-Chairperson or Rapporteur "
       "of the Council or of the Standing Committee;")
bullet("is not eligible for new project funding from the IOM Development Fund, although projects that "
       "have already been approved continue to be implemented; and")
bullet("is named in each report on contributions submitted to the governing bodies until its situation "
       "is regularized.", last=True)

para(8, "The Administration has kept in regular contact with the missions of the Member States "
        "concerned, in Geneva and in their capitals, and has explained the options open to them for "
        "settling what they owe. Several of these States are facing serious economic or security "
        "constraints, and the Administration has taken this into account when proposing payment "
        "schedules. It remains ready to discuss such arrangements with any Member State that wishes "
        "to regularize its position before the next session of the Council in November.")

heading("Payment plans")

para(9, "A payment plan is an undertaking by a Member State to settle its arrears in annual instalments "
        "over a period of up to ten years, while paying its contribution for the current year in full. "
        "A Member State that enters into a plan and honours it recovers the right to vote, once the "
        "Council has endorsed the plan at its next session.")

para(10, "Six plans have been agreed since 2007; their status is shown in Table 2. Tajikistan paid its "
         "final instalment in March 2012 and has thus completed its plan. The Central African Republic, "
         "the Democratic Republic of the Congo and Sierra Leone have made the payments scheduled for 2012 "
         "and remain in compliance with their commitments.")

para(11, "No payment has yet been received in 2012 from Kyrgyzstan or Liberia under their respective "
         "plans.^2 The Administration has written to both Member States to remind them of the instalments "
         "due and of the consequences for their voting rights should the plans not be respected by the "
         "end of the year.")

heading("Conclusion")

para(12, "Prompt and complete payment of assessed contributions is essential if the Organization is to "
         "carry out the activities approved under the Administrative Part of the Budget without having "
         "to resort to short-term measures. The Administration therefore again urges all Member States "
         "with amounts outstanding to settle them as soon as possible, and those in arrears for two or "
         "more years to contact the Administration with a view to agreeing a payment plan.")

para(13, "The Standing Committee is invited to take note of the present report and to encourage the "
         "Member States concerned to make every effort to pay their outstanding contributions before "
         "the end of 2012.")

# ---------------------------------------------------------------- TABLES
ROWS = [
    ("Afghanistan", None, None, 6742),
    ("Argentina", None, None, 131906),
    ("Benin", None, 3105, 6742),
    ("Bolivia (Plurinational State of)", None, None, 26968),
    ("Brazil", None, 412655, 702118),
    ("Burundi", 38416, 6701, 6742),
    ("Cape Verde", None, None, 6742),
    ("Central African Republic", 52190, 6701, 6742),
    ("Democratic Republic of the Congo", 112604, 20103, 20226),
    ("Dominican Republic", None, None, 80904),
    ("Gambia", None, 6701, 6742),
    ("Greece", None, None, 245870),
    ("Guinea-Bissau", 63059, 6701, 6742),
    ("Haiti", None, None, 13484),
    ("Kyrgyzstan", 20877, 6701, 6742),
    ("Liberia", 47305, 6701, 6742),
    ("Libya", None, None, 87648),
    ("Mauritania", 18210, 6701, 6742),
    ("Nicaragua", None, 2488, 6742),
    ("Niger", 9920, 6701, 6742),
    ("Paraguay", None, None, 47194),
    ("Sierra Leone", 31662, 6701, 6742),
    ("Somalia", 88417, 6701, 6742),
    ("Togo", None, None, 6742),
    ("Venezuela (Bolivarian Republic of)", None, 101866, 296412),
    ("Yemen", None, 13402, 13484),
]
t_prior = sum(r[1] or 0 for r in ROWS)
t_2011 = sum(r[2] or 0 for r in ROWS)
t_2012 = sum(r[3] or 0 for r in ROWS)
assert (t_prior, t_2011, t_2012) == (482660, 620629, 1767344)
assert t_prior + t_2011 == 1103289 and 39465000 - t_2012 == 37697656

rows1 = []
for name, a, b, d in ROWS:
    total = (a or 0) + (b or 0) + (d or 0)
    rows1.append(([name, fmt(a), fmt(b), fmt(d), fmt(total)], "a" if name == "Dominican Republic" else None))
total1 = ["Total", fmt(t_prior), fmt(t_2011), fmt(t_2012), fmt(t_prior + t_2011 + t_2012)]

if state["y"] < H / 2:
    new_page()
draw_table("Table 1: Assessed contributions outstanding as at 30 September 2012 (in Swiss francs)",
           [(185, "L"), (72, "R"), (64, "R"), (64, "R"), (70, "R")],
           ["Member State", ["Prior to", "2011"], "2011", "2012", "Total"],
           rows1,
           [("a", "A payment of CHF 80,904 was received on 3 October 2012, after the closing date of this report.")],
           total_row=total1)

PLANS = [
    ("Central African Republic", "12 June 2008", 87416, 35226, None),
    (["Democratic Republic of", "the Congo"], "3 March 2010", 187672, 75068, None),
    ("Kyrgyzstan", "20 November 2009", 62631, 41754, None),
    ("Liberia", "8 April 2011", 70958, 23653, None),
    ("Sierra Leone", "17 September 2010", 52770, 21108, None),
    ("Tajikistan", "25 May 2007", 96543, 96543, "*"),
]
# arrears still open under each plan match the "Prior to 2011" column of Table 1
prior = {r[0]: r[1] for r in ROWS}
for lab, _, due, paid, _m in PLANS:
    name = " ".join(lab) if isinstance(lab, list) else lab
    if name != "Tajikistan":
        assert due - paid == prior[name], name

rows2 = [([lab, date, fmt(due), fmt(paid)], m) for lab, date, due, paid, m in PLANS]
draw_table("Table 2: Payment plans agreed with Member States (in Swiss francs)",
           [(150, "L"), (100, "C"), (80, "R"), (80, "R")],
           ["Member State", "Date of plan", "Amount due", "Paid to date"],
           rows2,
           [("*", "Plan completed; the final instalment was received on 22 March 2012.")])

flush_footnotes()
c.showPage()
c.save()
print("pages:", state["page"] + 1)
