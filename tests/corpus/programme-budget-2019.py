# Draws programme-budget-2019.pdf: an invented IOM Programme and Budget for 2020 (C/110/7),
# laid out by hand on a reportlab canvas, with the budget tables drawn as platypus Tables.
import re
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Table, TableStyle, Paragraph
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT

OUT = "programme-budget-2019.pdf"
SYMBOL = "C/110/7"
PW, PH = A4
LM, RM = 72.0, PW - 72.0
TOP = 752.0
BOTTOM = 64.0
BODY = "Helvetica"
BOLD = "Helvetica-Bold"
FS = 10.5
LEAD = 14.0
FN_FS = 8.5
FN_LEAD = 10.5
NUM_INDENT = 36.0  # paragraph text starts here (number hangs in the margin)

c = canvas.Canvas(OUT, pagesize=A4)
c.setTitle("Programme and Budget for 2020")
c.setAuthor("International Organization for Migration")

# ---------------------------------------------------------------- rich text helpers
MARK = re.compile(r"\^(\d+|\*)")


def segments(word, font):
    """Split a word into (text, font, size, rise) segments; ^N is a raised marker."""
    out = []
    pos = 0
    for m in MARK.finditer(word):
        if m.start() > pos:
            out.append((word[pos:m.start()], font, FS, 0))
        out.append((m.group(1), BODY, 6.5, 4))
        pos = m.end()
    if pos < len(word):
        out.append((word[pos:], font, FS, 0))
    return out


def seg_width(segs):
    return sum(stringWidth(t, f, s) for t, f, s, r in segs)


def markers_in(words):
    res = []
    for wd in words:
        res += MARK.findall(wd)
    return res


def wrap(text, width, font=BODY, size=FS):
    words = text.split()
    lines, cur = [], []
    space = stringWidth(" ", font, size)
    cw = 0.0
    for wd in words:
        ww = seg_width(segments(wd, font))
        if cur and cw + space + ww > width:
            lines.append(cur)
            cur, cw = [wd], ww
        else:
            cw = cw + space + ww if cur else ww
            cur.append(wd)
    if cur:
        lines.append(cur)
    return lines


def draw_line(x, y, words, width, justify, font=BODY):
    segs = []
    for i, wd in enumerate(words):
        if i:
            segs.append((" ", font, FS, 0))
        segs += segments(wd, font)
    natural = seg_width(segs)
    nspace = len(words) - 1
    ws = (width - natural) / nspace if (justify and nspace) else 0.0
    t = c.beginText(x, y)
    t.setWordSpace(ws)
    for txt, f, s, r in segs:
        t.setFont(f, s)
        t.setRise(r)
        t.textOut(txt)
    t.setRise(0)
    t.setWordSpace(0)
    c.drawText(t)


# ---------------------------------------------------------------- page machinery
FOOTNOTES = {}
state = {"page": 0, "label": None, "y": TOP, "fns": [], "reserve": 0.0}


def fn_height(n):
    return len(wrap(FOOTNOTES[n], RM - LM - 12, BODY, FN_FS)) * FN_LEAD + 3


def draw_footnotes():
    fns = state["fns"]
    if not fns:
        return
    total = sum(fn_height(n) for n in fns)
    y = BOTTOM - 14 + total
    c.setLineWidth(0.5)
    c.line(LM, y + 8, LM + 120, y + 8)
    for n in fns:
        lines = wrap(FOOTNOTES[n], RM - LM - 12, BODY, FN_FS)
        c.setFont(BODY, 6)
        c.drawString(LM, y + 3, n)
        for ln in lines:
            c.setFont(BODY, FN_FS)
            c.drawString(LM + 12, y - 1, " ".join(ln))
            y -= FN_LEAD
        y -= 3


def running_header(label):
    c.setFont(BODY, 10)
    c.drawRightString(RM, 800, SYMBOL)
    c.drawRightString(RM, 787, "Page %s" % label)


def new_page(label):
    if state["page"]:
        draw_footnotes()
        c.showPage()
    state["page"] += 1
    state.update(label=label, y=TOP, fns=[], reserve=0.0)
    if label is not None:
        running_header(label)


BODY_PAGES = [1]


def next_body_page():
    BODY_PAGES[0] += 1
    new_page(str(BODY_PAGES[0]))


def room(h):
    return state["y"] - h >= BOTTOM + state["reserve"]


def ensure(h):
    if not room(h):
        next_body_page()


def place_lines(lines, x, width, first_prefix=None, last_justify=False):
    """Draw wrapped lines at x, moving to a new page when needed; footnotes follow their markers."""
    for i, ln in enumerate(lines):
        new = [m for m in markers_in(ln) if m in FOOTNOTES and m not in state["fns"]]
        extra = sum(fn_height(m) + (12 if not state["fns"] else 0) for m in new)
        if not room(LEAD + extra):
            next_body_page()
        y = state["y"] - LEAD + 3
        if i == 0 and first_prefix:
            first_prefix(y)
        draw_line(x, y, ln, width, justify=(i < len(lines) - 1) or last_justify)
        for m in new:
            state["reserve"] += fn_height(m) + (12 if not state["fns"] else 0)
            state["fns"].append(m)
        state["y"] -= LEAD


def para(num, text):
    width = RM - LM - NUM_INDENT
    lines = wrap(text, width)
    ensure(LEAD * min(2, len(lines)))

    def pre(y):
        c.setFont(BODY, FS)
        c.drawString(LM, y, "%d." % num)
    place_lines(lines, LM + NUM_INDENT, width, pre)
    state["y"] -= 7


def item(label, text, level=1, last=False):
    lx = LM + NUM_INDENT + (level - 1) * 30
    tx = lx + (30 if label != "\u2022" else 16)
    width = RM - tx
    lines = wrap(text, width)
    ensure(LEAD * min(2, len(lines)))

    def pre(y):
        # the bullet is taken from the Symbol font: Helvetica's bullet is lost by pdfminer
        c.setFont("Symbol" if label == "\u2022" else BODY, FS)
        c.drawString(lx, y, label)
    place_lines(lines, tx, width, pre)
    state["y"] -= 7 if last else 4


def heading(label, text, gap_before=8):
    state["y"] -= gap_before
    tx = LM + NUM_INDENT
    lines = wrap(text, RM - tx - 60, BOLD)
    ensure(LEAD * (len(lines) + 3))
    for i, ln in enumerate(lines):
        y = state["y"] - LEAD + 3
        c.setFont(BOLD, FS)
        if i == 0 and label:
            c.drawString(LM, y, label)
        c.drawString(tx, y, " ".join(ln))
        state["y"] -= LEAD
    state["y"] -= 8


def part_heading(text):
    state["y"] -= 6
    ensure(LEAD * 4)
    c.setFont(BOLD, 11.5)
    c.drawCentredString(PW / 2, state["y"] - LEAD + 3, text)
    state["y"] -= LEAD + 10


def caption(text):
    c.setFont(BOLD, 9.5)
    c.drawString(LM, state["y"] - 12, text)
    state["y"] -= 18


def draw_table(t, width):
    w, h = t.wrapOn(c, width, 800)
    if not room(h):
        next_body_page()
    t.drawOn(c, LM, state["y"] - h)
    state["y"] -= h + 6


def note(text):
    for ln in wrap(text, RM - LM, BODY, 8.5):
        c.setFont(BODY, 8.5)
        c.drawString(LM, state["y"] - 9, " ".join(ln))
        state["y"] -= 11
    state["y"] -= 8


# ---------------------------------------------------------------- figures
def fmt(n):
    s = "{:,}".format(abs(n))
    return "(%s)" % s if n < 0 else s


def pct(a, b):
    p = round((b - a) / a * 100, 1)
    s = "%.1f" % abs(p)
    return "(%s)" % s if p < 0 else s


STAFF = [("Salaries", 26845000, 27913000),
         ("Staff allowances and entitlements", 4120000, 4386000),
         ("Pension fund and medical insurance contributions", 7962000, 8214000),
         ("Temporary assistance and overtime", 655000, 598000)]
NONSTAFF = [("Travel and representation", 1215000, 1180000),
            ("General office expenses", 3290000, 3412000),
            ("Communications", 802000, 764000),
            ("Contractual services", 2148000, 2305000),
            ("Information technology", 1964000, 2286000),
            ("Governing bodies meetings", 710000, 725000)]
S19, S20 = sum(r[1] for r in STAFF), sum(r[2] for r in STAFF)
N19, N20 = sum(r[1] for r in NONSTAFF), sum(r[2] for r in NONSTAFF)
A19, A20 = S19 + N19, S20 + N20

OPS = [("Movement, emergency and post-crisis migration management", 532410000, 548760000),
       ("Migration health", 112380000, 118905000),
       ("Migration and development", 46720000, 44310000),
       ("Regulating migration", 158240000, 165430000),
       ("Facilitating migration", 39870000, 42115000),
       ("Migration policy, research and communications", 6945000, 7260000),
       ("Reparation programmes", 3180000, 2640000),
       ("General programme support", 21530000, 22070000)]
O19, O20 = sum(r[1] for r in OPS), sum(r[2] for r in OPS)

OFFICIALS = [("DG", 1, 1), ("DDG", 1, 1), ("D-2", 4, 4), ("D-1", 11, 12), ("P-5", 27, 28),
             ("P-4", 49, 51), ("P-3", 41, 43), ("P-2", 22, 21), ("P-1", 3, 2)]
EMPLOYEES = [("G-7", 4, 4), ("G-6", 17, 18), ("G-5", 34, 35), ("G-4", 29, 28), ("G-3", 12, 11),
             ("G-2", 3, 3)]
OF19, OF20 = sum(r[1] for r in OFFICIALS), sum(r[2] for r in OFFICIALS)
EM19, EM20 = sum(r[1] for r in EMPLOYEES), sum(r[2] for r in EMPLOYEES)

assert (A19, A20) == (49711000, 51783000)
assert (O19, O20) == (921275000, 951490000)
assert (OF19 + EM19, OF20 + EM20) == (258, 262)

FOOTNOTES.update({
    "1": "The Programme and Budget for 2019 is contained in document C/109/6. The comparative figures "
         "for 2019 used in this document are those of the Summary update on the Programme and Budget "
         "for 2019 (S/24/9).",
    "2": "Operational Support Income is derived from the overhead charged on projects. Its proposed use "
         "in 2020 is described in document S/25/5.",
    "3": "Welcomed by the Council in Resolution No. 1310 of 24 November 2015; see document C/106/40.",
})

# ---------------------------------------------------------------- page 1: cover
new_page(None)
c.setFont(BOLD, 11)
c.drawRightString(RM, 790, SYMBOL)
c.setFont(BODY, 10.5)
c.drawRightString(RM, 774, "Original: English")
c.drawRightString(RM, 760, "23 October 2019")
c.setFont(BOLD, 11)
c.drawString(LM, 712, "COUNCIL")
c.setFont(BODY, 11)
c.drawString(LM, 697, "110th Session")
c.setFont(BOLD, 15)
c.drawCentredString(PW / 2, 470, "PROGRAMME AND BUDGET")
c.drawCentredString(PW / 2, 434, "FOR 2020*")
c.setFont(BODY, 10)
c.drawString(LM, 150, "__________________")
note_lines = wrap("This document was first submitted to the Standing Committee on Programmes and Finance "
                  "at its Twenty-fifth Session as document S/25/4. It has been revised to reflect the "
                  "comments made by Member States at that session.", RM - LM - 12, BODY, 9.5)
y = 130
c.setFont(BODY, 9.5)
c.drawString(LM, y, "*")
for ln in note_lines:
    c.drawString(LM + 12, y, " ".join(ln))
    y -= 12

# ---------------------------------------------------------------- page 2: contents
new_page("i")
c.setFont(BOLD, 11)
c.drawString(LM, TOP - 10, "TABLE OF CONTENTS")
c.setFont(BODY, 10)
c.drawRightString(RM, TOP - 10, "Page")
cy = [TOP - 44]


def toc(label, title, page, level=0, bold=False):
    font = BOLD if bold else BODY
    lx = LM + level * 36
    tx = lx + (36 if label else 0)
    lines = wrap(title, RM - tx - 60, font, 10)
    for i, ln in enumerate(lines):
        y = cy[0]
        c.setFont(font, 10)
        if i == 0 and label:
            c.drawString(lx, y, label)
        s = " ".join(ln)
        c.drawString(tx, y, s)
        if i == len(lines) - 1:
            end = tx + stringWidth(s, font, 10) + 4
            c.setFont(BODY, 10)
            dots = ""
            while stringWidth(dots + " .", BODY, 10) < (RM - 22) - end:
                dots += " ."
            c.drawString(end, y, dots)
            c.drawRightString(RM, y, page)
        cy[0] -= 14
    cy[0] -= 6


# filled in after checking where the headings fall (see the notes in the gold file)
toc("I.", "INTRODUCTION", "1", bold=True)
toc("II.", "OVERVIEW OF THE PROGRAMME AND BUDGET FOR 2020 AND MAIN BUDGETARY ASSUMPTIONS", "1", bold=True)
toc("A.", "Budget framework and assumptions", "1", level=1)
toc("B.", "Administrative Part", "2", level=1)
toc("C.", "Operational Part", "2", level=1)
toc("D.", "Staffing", "3", level=1)
toc("III.", "CONCLUSION", "3", bold=True)
toc(None, "PART I \u2013 ADMINISTRATION", "4", bold=True)
toc(None, "PART II \u2013 OPERATIONS", "6", bold=True)

# ---------------------------------------------------------------- body
new_page("1")

heading("I.", "INTRODUCTION", gap_before=0)
para(1, "This document sets out the proposals of the Director General for the Administrative and "
        "Operational Parts of the budget of the Organization for 2020. It has been prepared on the basis "
        "of the guidance given by Member States during the informal consultations of the Standing "
        "Committee on Programmes and Finance held in July and September 2019, and it takes account of "
        "the comments made on the earlier version of the document examined by the Standing Committee "
        "at its Twenty-fifth Session.")
para(2, "As in previous years, the Administrative Part is financed from the assessed contributions of "
        "Member States and is expressed in Swiss francs, while the Operational Part is financed from "
        "voluntary contributions and is expressed in United States dollars. For 2020 the Administrative "
        "Part amounts to CHF %s, an increase of CHF %s, or %s per cent, over the level approved for "
        "2019 by the Council in Resolution No. 1369 of 27 November 2018.^1"
     % (fmt(A20), fmt(A20 - A19), pct(A19, A20)))
para(3, "The Director General has limited the increase to what is needed to meet statutory increases in "
        "staff costs, which the Organization does not control, and to strengthen a small number of core "
        "oversight functions identified as priorities by Member States. Savings achieved elsewhere in the "
        "structure have absorbed part of these costs.")
para(4, "Section II gives an overview of the budget framework, of the two parts of the budget and of "
        "staffing, and Section III sets out the action requested of the Council. The detailed tables for "
        "the Administrative Part (Part I) and for the Operational Part (Part II) follow the narrative.")

heading("II.", "OVERVIEW OF THE PROGRAMME AND BUDGET FOR 2020 AND MAIN BUDGETARY ASSUMPTIONS")
heading("A.", "Budget framework and assumptions", gap_before=0)
para(5, "The budget has been prepared at an exchange rate of CHF 0.99 to USD 1.00, the average rate "
        "observed during the first eight months of 2019. Any variation in the rate during the year will "
        "affect the Operational Part only in so far as its costs are incurred in Swiss francs, and will "
        "be reported in the summary update in mid-2020.")
para(6, "Salary scales, post adjustment and common staff costs follow the decisions of the International "
        "Civil Service Commission for the United Nations common system. For Geneva-based staff in the "
        "Professional category the budget assumes no change in the post adjustment multiplier, while the "
        "scales for the General Service category include the statutory step increments due in 2020.")
para(7, "Assessed contributions for 2020 will be apportioned among Member States in accordance with the "
        "scale of assessment submitted to the Council in document C/110/8. The scale takes into account "
        "the admission of two new Member States in 2019, whose contributions are shown as miscellaneous "
        "income until the scale is next revised.")
para(8, "The Operational Part includes only those activities for which funding is reasonably assured at "
        "the time the budget is prepared. Experience shows that it grows substantially during the year as "
        "new projects are approved, and the estimates below should therefore be read as a floor rather "
        "than as a forecast of the level of activity that the Organization will actually carry out in "
        "2020. A revised figure will be presented to the Standing Committee in the summary update.")

heading("B.", "Administrative Part", gap_before=0)
para(9, "The Administrative Part for 2020 totals CHF %s. Staff costs account for CHF %s, or some %s per "
        "cent of the total, and non-staff costs for CHF %s."
     % (fmt(A20), fmt(S20), "79", fmt(N20)))
para(10, "The main changes compared with 2019 are as follows:")
item("(a)", "higher salaries, allowances and pension contributions, which together add CHF 1,586,000 "
            "to staff costs and include the effect of statutory increases;")
item("(b)", "the transfer to the Administrative Part of four posts in the Office of the Inspector General, "
            "until now funded from Operational Support Income;^2")
item("(c)", "a net increase of CHF 322,000 in information technology, which covers:")
item("(i)", "the renewal of licences for the enterprise resource planning system; and", level=2)
item("(ii)", "the move of the governing bodies' documentation to a new web platform;", level=2)
item("(d)", "reductions in travel, communications and temporary assistance, achieved mainly by holding "
            "more meetings remotely and by sharing services with other Geneva-based organizations.",
     last=True)
para(11, "Non-staff costs rise by %s per cent. Apart from information technology, the largest increase is "
         "under contractual services, which reflects the external audit fee agreed for the new audit "
         "cycle and the cost of interpretation at the governing bodies' meetings."
     % pct(N19, N20))
para(12, "The Administration will continue to look for efficiency gains. Savings identified during 2020 "
         "will be reported to the Standing Committee and, where the Council so decides, credited to "
         "Member States in the following financial period.")

heading("C.", "Operational Part", gap_before=0)
para(13, "The Operational Part is estimated at USD %s, an increase of %s per cent over the revised "
         "estimate for 2019. Table 2 in Part II shows the estimates by programme area."
     % (fmt(O20), pct(O19, O20)))
para(14, "Most of the increase is concentrated in four programme areas:")
item("\u2022", "movement, emergency and post-crisis migration management, where resettlement and "
               "humanitarian transport operations continue to expand;")
item("\u2022", "migration health, mainly health assessments carried out before departure;")
item("\u2022", "regulating migration, including assisted voluntary return and reintegration and "
               "immigration and border management; and")
item("\u2022", "facilitating migration, in particular labour mobility projects in the Gulf and South-East "
               "Asia.", last=True)
para(15, "The estimates are presented in line with the Migration Governance Framework,^3 and the "
         "Organization's humanitarian activities continue to be guided by the Migration Crisis "
         "Operational Framework set out in document MC/2355.")

heading("D.", "Staffing", gap_before=0)
para(16, "The number of posts funded from the Administrative Part rises from %d in 2019 to %d in 2020. "
         "The four additional posts are those of the Office of the Inspector General referred to in "
         "paragraph 10(b); no other new posts are proposed." % (OF19 + EM19, OF20 + EM20))
para(17, "Within the Professional category, one P-1 post and one P-2 post are reclassified to the P-3 "
         "level, and one P-5 post is upgraded to D-1. The number of General Service posts remains "
         "unchanged at %d, although their distribution by grade changes slightly." % EM20)

heading("III.", "CONCLUSION")
para(18, "The Director General believes that the proposals are a responsible answer to the growing "
         "demands placed on the Organization, at a cost to Member States that remains modest.")
para(19, "The Council is invited to approve the Programme and Budget for 2020, with an Administrative "
         "Part of CHF %s and an Operational Part of USD %s." % (fmt(A20), fmt(O20)))

# ---------------------------------------------------------------- Part I
next_body_page()
part_heading("PART I \u2013 ADMINISTRATION")
para(20, "The table below compares the Administrative Part proposed for 2020 with the budget approved "
         "for 2019, by category of expenditure. The posts funded from the Administrative Part are shown "
         "by grade in Table 1.")

hs = ParagraphStyle("h", fontName=BOLD, fontSize=8.5, leading=10, alignment=TA_CENTER)
hl = ParagraphStyle("hl", fontName=BOLD, fontSize=8.5, leading=10, alignment=TA_LEFT)
ls = ParagraphStyle("l", fontName=BODY, fontSize=9, leading=11)
lb = ParagraphStyle("lb", fontName=BOLD, fontSize=9, leading=11)

rows = [[Paragraph("Category", hl), Paragraph("2019<br/>approved budget", hs),
         Paragraph("2020<br/>proposed budget", hs), Paragraph("Change", hs), ""],
        ["", "", "", Paragraph("Amount", hs), Paragraph("%", hs)]]
style = [("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (2, 1)),
         ("SPAN", (3, 0), (4, 0)),
         ("VALIGN", (0, 0), (-1, 1), "MIDDLE"),
         ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
         ("LINEAFTER", (0, 0), (-2, -1), 0.4, colors.black),
         ("LINEBELOW", (0, 1), (-1, 1), 0.6, colors.black),
         ("LINEBELOW", (3, 0), (4, 0), 0.4, colors.black),
         ("FONT", (0, 2), (-1, -1), BODY, 9),
         ("ALIGN", (1, 2), (-1, -1), "RIGHT"),
         ("VALIGN", (0, 2), (-1, -1), "BOTTOM"),
         ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
heights = [None, None]


def group(label, data, sub_label):
    r0 = len(rows)
    rows.append([label, "", "", "", ""])
    style.append(("FONT", (0, r0), (0, r0), BOLD, 9))
    heights.append(None)
    for lab, a, b in data:
        rows.append([lab, fmt(a), fmt(b), fmt(b - a), pct(a, b)])
        style.append(("LEFTPADDING", (0, len(rows) - 1), (0, len(rows) - 1), 12))
        heights.append(None)
    a, b = sum(d[1] for d in data), sum(d[2] for d in data)
    rows.append([sub_label, fmt(a), fmt(b), fmt(b - a), pct(a, b)])
    r = len(rows) - 1
    style.append(("FONT", (0, r), (-1, r), BOLD, 9))
    style.append(("LINEABOVE", (1, r), (-1, r), 0.4, colors.black))
    heights.append(None)
    rows.append(["", "", "", "", ""])  # vertical space between the row groups
    heights.append(12)


group("Staff costs", STAFF, "Subtotal, staff costs")
group("Non-staff costs", NONSTAFF, "Subtotal, non-staff costs")
rows.append(["Total Administrative Part", fmt(A19), fmt(A20), fmt(A20 - A19), pct(A19, A20)])
heights.append(None)
r = len(rows) - 1
style += [("FONT", (0, r), (-1, r), BOLD, 9), ("LINEABOVE", (0, r), (-1, r), 0.6, colors.black),
          ("BACKGROUND", (0, r), (-1, r), colors.Color(0.9, 0.9, 0.9))]
t = Table(rows, colWidths=[220, 70, 70, 61, 30], rowHeights=heights)
t.setStyle(TableStyle(style))
state["y"] -= 4
caption("SUMMARY OF THE ADMINISTRATIVE PART BY CATEGORY (in Swiss francs)")
draw_table(t, RM - LM)

# staffing table
next_body_page()
caption("Table 1. Posts funded from the Administrative Part, by grade")
srows = [[Paragraph("Grade", hl), Paragraph("2019", hs), Paragraph("2020", hs)]]
sheights = [None]
sstyle = [("BOX", (0, 0), (-1, -1), 0.6, colors.black),
          ("LINEAFTER", (0, 0), (-2, -1), 0.4, colors.black),
          ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
          ("FONT", (0, 1), (-1, -1), BODY, 9),
          ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
          ("RIGHTPADDING", (1, 1), (-1, -1), 24),
          ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
for lab, a, b in OFFICIALS:
    srows.append([lab, str(a), str(b)])
    sheights.append(None)
srows.append(["Subtotal, officials", str(OF19), str(OF20)])
sheights.append(None)
sstyle += [("FONT", (0, len(srows) - 1), (-1, len(srows) - 1), BOLD, 9),
           ("LINEABOVE", (0, len(srows) - 1), (-1, len(srows) - 1), 0.4, colors.black)]
srows.append(["", "", ""])
sheights.append(12)
for lab, a, b in EMPLOYEES:
    srows.append([lab, str(a), str(b)])
    sheights.append(None)
srows.append(["Subtotal, employees", str(EM19), str(EM20)])
sheights.append(None)
sstyle += [("FONT", (0, len(srows) - 1), (-1, len(srows) - 1), BOLD, 9),
           ("LINEABOVE", (0, len(srows) - 1), (-1, len(srows) - 1), 0.4, colors.black)]
srows.append(["", "", ""])
sheights.append(12)
srows.append(["Total posts", str(OF19 + EM19), str(OF20 + EM20)])
sheights.append(None)
r = len(srows) - 1
sstyle += [("FONT", (0, r), (-1, r), BOLD, 9), ("LINEABOVE", (0, r), (-1, r), 0.6, colors.black),
           ("BACKGROUND", (0, r), (-1, r), colors.Color(0.9, 0.9, 0.9))]
st = Table(srows, colWidths=[150, 80, 80], rowHeights=sheights)
st.setStyle(TableStyle(sstyle))
draw_table(st, RM - LM)

# ---------------------------------------------------------------- Part II
next_body_page()
part_heading("PART II \u2013 OPERATIONS")
para(21, "The Operational Part is presented by programme area. The estimates for 2019 are the revised "
         "figures; those for 2020 include only funding that was reasonably assured by 30 September 2019.")
orows = [[Paragraph("Programme area", hl), Paragraph("2019<br/>estimates*", hs),
          Paragraph("2020<br/>estimates", hs), Paragraph("Change<br/>(%)", hs)]]
oheights = [None]
ostyle = [("BOX", (0, 0), (-1, -1), 0.6, colors.black),
          ("LINEAFTER", (0, 0), (-2, -1), 0.4, colors.black),
          ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
          ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
          ("FONT", (0, 1), (-1, -1), BODY, 9),
          ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
          ("VALIGN", (0, 1), (-1, -1), "BOTTOM"),
          ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
for lab, a, b in OPS:
    orows.append([Paragraph(lab, ls), fmt(a), fmt(b), pct(a, b)])
    oheights.append(None)
orows.append(["Total Operational Part", fmt(O19), fmt(O20), pct(O19, O20)])
oheights.append(None)
r = len(orows) - 1
ostyle += [("FONT", (0, r), (-1, r), BOLD, 9), ("LINEABOVE", (0, r), (-1, r), 0.6, colors.black),
           ("BACKGROUND", (0, r), (-1, r), colors.Color(0.9, 0.9, 0.9))]
ot = Table(orows, colWidths=[210, 85, 85, 55], rowHeights=oheights)
ot.setStyle(TableStyle(ostyle))
state["y"] -= 4
caption("Table 2. Operational Part by programme area (in US dollars)")
draw_table(ot, RM - LM)
note("* Revised estimates as presented in the Summary update on the Programme and Budget for 2019 "
     "(S/24/9).")

draw_footnotes()
c.showPage()
c.save()
print("pages:", state["page"])
