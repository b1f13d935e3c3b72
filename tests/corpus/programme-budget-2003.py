"""Lay out the invented IOM document MC/2118, Programme and Budget for 2004 (A4, reportlab canvas)."""
import re
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

W, H = A4
LM, RM = 70.0, W - 65.0          # left and right margins
TOP = H - 95.0                   # first text line on a body page
BOTTOM = 60.0
SYMBOL = "MC/2118"

BODY, BODY_LEAD = 10.5, 13.0
FN, FN_LEAD = 8.5, 10.0
TB, TB_LEAD = 8.5, 10.6
SUP = 6.5
NUM_IND = 36.0                   # hanging indent of numbered paragraphs

c = canvas.Canvas("programme-budget-2003.pdf", pagesize=A4)
c.setTitle("MC/2118 - Programme and Budget for 2004")
c.setAuthor("International Organization for Migration")

MARK = re.compile(r"\{([0-9*]+)\}")


# ---------------------------------------------------------------- text helpers
def words_of(text):
    """Split a text into words; each word is (base, marker or None)."""
    out = []
    for w in text.split():
        m = MARK.search(w)
        if m:
            base = w[:m.start()] + w[m.end():]
            out.append((base, m.group(1)))
        else:
            out.append((w, None))
    return out


def word_width(word, font, size):
    base, mk = word
    wd = stringWidth(base, font, size)
    if mk:
        wd += stringWidth(mk, font, SUP) + 0.5
    return wd


def wrap(words, width, font, size, first_width=None):
    lines, cur, cur_w = [], [], 0.0
    sp = stringWidth(" ", font, size)
    limit = first_width if first_width is not None else width
    for wd in words:
        ww = word_width(wd, font, size)
        if cur and cur_w + sp + ww > limit:
            lines.append(cur)
            cur, cur_w = [wd], ww
            limit = width
        else:
            cur_w = cur_w + (sp if cur else 0) + ww
            cur.append(wd)
    if cur:
        lines.append(cur)
    return lines


def draw_word(x, y, word, font, size):
    base, mk = word
    c.setFont(font, size)
    c.drawString(x, y, base)
    x += stringWidth(base, font, size)
    if mk:
        c.setFont(font, SUP)
        c.drawString(x + 0.5, y + size * 0.38, mk)
        x += stringWidth(mk, font, SUP) + 0.5
    return x


def draw_line(x, y, line, font, size, width=None, justify=False):
    sp = stringWidth(" ", font, size)
    if justify and width and len(line) > 1:
        total = sum(word_width(w, font, size) for w in line)
        sp = (width - total) / (len(line) - 1)
    for w in line:
        x = draw_word(x, y, w, font, size) + sp


def draw_text_block(x, y, width, text, font="Times-Roman", size=BODY, lead=BODY_LEAD,
                    justify=True):
    lines = wrap(words_of(text), width, font, size)
    for i, ln in enumerate(lines):
        draw_line(x, y, ln, font, size, width, justify and i < len(lines) - 1)
        y -= lead
    return y


def text_height(width, text, font="Times-Roman", size=BODY, lead=BODY_LEAD):
    return len(wrap(words_of(text), width, font, size)) * lead


# ---------------------------------------------------------------- page furniture
def running_header(label):
    c.setFont("Times-Bold", 10)
    c.drawRightString(RM, H - 45, SYMBOL)
    c.setFont("Times-Roman", 10)
    c.drawRightString(RM, H - 57, "Page %s" % label)


def footnotes(notes):
    """Draw the footnotes of a page at its foot under a short rule; return their top."""
    if not notes:
        return BOTTOM
    heights = [text_height(RM - LM - 14, t, size=FN, lead=FN_LEAD) for _, t in notes]
    top = BOTTOM + sum(heights) + 4 * (len(notes) - 1) + 8
    c.setLineWidth(0.5)
    c.line(LM, top, LM + 130, top)
    y = top - 11
    for (mk, t), h in zip(notes, heights):
        c.setFont("Times-Roman", SUP)
        c.drawString(LM, y + FN * 0.38, mk)
        draw_text_block(LM + 14, y, RM - LM - 14, t, size=FN, lead=FN_LEAD)
        y -= h + 4
    return top + 6


# ---------------------------------------------------------------- body blocks
class Page:
    def __init__(self, label, notes=()):
        self.label = label
        c.setFont("Times-Roman", BODY)
        running_header(label)
        self.floor = footnotes(list(notes))
        self.y = TOP

    def need(self, h):
        if self.y - h < self.floor:
            raise SystemExit("overflow on page %s (%.1f below floor)" % (self.label, self.floor - (self.y - h)))

    def space(self, h):
        self.y -= h

    def heading(self, num, text, level=1):
        font = "Times-Bold"
        self.need(BODY_LEAD * 2)
        c.setFont(font, BODY)
        if level == 1:
            c.drawString(LM, self.y, num)
            c.drawString(LM + NUM_IND, self.y, text)
        else:
            c.setFont("Times-BoldItalic", BODY)
            c.drawString(LM, self.y, num)
            c.drawString(LM + 18, self.y, text)
        self.y -= BODY_LEAD + 7

    def para(self, num, text):
        h = text_height(RM - LM - NUM_IND, text)
        self.need(h)
        c.setFont("Times-Roman", BODY)
        c.drawString(LM, self.y, "%s." % num)
        self.y = draw_text_block(LM + NUM_IND, self.y, RM - LM - NUM_IND, text) - 9

    def item(self, label, text, level=1):
        ind = LM + NUM_IND * level
        h = text_height(RM - ind - NUM_IND, text)
        self.need(h)
        c.setFont("Times-Roman", BODY)
        c.drawString(ind, self.y, label)
        self.y = draw_text_block(ind + NUM_IND, self.y, RM - ind - NUM_IND, text) - 5

    def caption(self, text):
        self.need(BODY_LEAD * 3)
        c.setFont("Times-Bold", 9.5)
        c.drawCentredString((LM + RM) / 2, self.y, text)
        self.y -= 14

    def table(self, cols, rows, label_w):
        """cols: list of (heading lines, width); rows: (label, values, style)."""
        x0, x1 = LM, RM
        # right edges of figure columns
        edges, x = [], x0 + label_w
        for _, wd in cols:
            x += wd
            edges.append(x)
        scale = (x1 - x0) / (edges[-1] - x0)
        edges = [x0 + (e - x0) * scale for e in edges]
        label_w = label_w * scale
        nhead = max(len(h) for h, _ in cols)
        est = (nhead + 1) * TB_LEAD + 8
        for lab, _, st in rows:
            est += len(wrap(words_of(lab), label_w - 16, "Times-Roman", TB)) * TB_LEAD + 1.5
        self.need(est)
        c.setLineWidth(0.6)
        c.line(x0, self.y + TB_LEAD - 1, x1, self.y + TB_LEAD - 1)
        # headings: bottom-aligned, right-aligned over the figures
        for i, (hl, wd) in enumerate(cols):
            pad = nhead - len(hl)
            for j, t in enumerate(hl):
                c.setFont("Times-Bold", TB)
                c.drawRightString(edges[i] - 2, self.y - (pad + j) * TB_LEAD, t)
        c.setFont("Times-Bold", TB)
        self.y -= (nhead - 1) * TB_LEAD
        self.y -= 4
        c.line(x0, self.y, x1, self.y)
        self.y -= TB_LEAD
        for lab, vals, st in rows:
            font = "Times-Bold" if st in ("group", "total", "gtotal") else "Times-Roman"
            ind = {"group": 0, "item": 10, "sub": 20, "total": 0, "gtotal": 0, "subtotal": 10}[st]
            if st == "subtotal":
                font = "Times-Bold"
            if st in ("total", "subtotal", "gtotal"):
                c.setLineWidth(0.4)
                for e, (_, wd) in zip(edges, cols):
                    c.line(e - wd * scale + 8, self.y + TB_LEAD - 2, e, self.y + TB_LEAD - 2)
            lines = wrap(words_of(lab), label_w - ind - 16, font, TB)
            for k, ln in enumerate(lines):
                draw_line(x0 + ind + (8 if k else 0), self.y, ln, font, TB)
                if k < len(lines) - 1:
                    self.y -= TB_LEAD
            for e, v in zip(edges, vals):
                if v is not None:
                    c.setFont(font, TB)
                    c.drawRightString(e - 2, self.y, v)
            self.y -= TB_LEAD + 1.5
        c.setLineWidth(0.6)
        c.line(x0, self.y + TB_LEAD - 2, x1, self.y + TB_LEAD - 2)
        self.y -= 10


def fmt(n):
    if n is None:
        return None
    if isinstance(n, str):
        return n
    if n < 0:
        return "(%s)" % format(-n, ",")
    if n == 0:
        return "-"
    return format(n, ",")


def row(label, *vals, st="item"):
    return (label, [fmt(v) for v in vals], st)


# ================================================================ figures
# Table 1 - Administrative Part by object of expenditure (CHF)
T1 = [("Officials", 18402000, 18880000), ("Employees", 9716000, 9904000),
      ("Consultants and temporary staff{3}", 612000, 540000)]
T1b = [("Travel and representation", 1215000, 1180000),
       ("General operating expenses, communications and office supplies", 4402000, 4551000),
       ("Contractual services", 2108000, 2210000)]
s1 = [sum(r[1] for r in T1), sum(r[2] for r in T1)]
s2 = [sum(r[1] for r in T1b), sum(r[2] for r in T1b)]
assert s1 == [28730000, 29324000] and s2 == [7725000, 7941000]
ADM03, ADM04 = s1[0] + s2[0], s1[1] + s2[1]
assert (ADM03, ADM04) == (36455000, 37265000)

# Table 2 - staffing
OFF = [("Director General and Deputy Director General", 2, 2), ("D-2", 3, 3), ("D-1", 9, 9),
       ("P-5", 21, 22), ("P-4", 30, 31), ("P-3", 27, 28), ("P-2", 11, 10)]
EMP = [("Headquarters", 121, 118), ("Manila Administrative Centre", 34, 39),
       ("Missions with regional functions", 46, 46)]
o = [sum(r[1] for r in OFF), sum(r[2] for r in OFF)]
e = [sum(r[1] for r in EMP), sum(r[2] for r in EMP)]
assert o == [103, 105] and e == [201, 203]

# Table 3 - Operational Part by service area (USD): (label, staff/office, programme, style)
T3 = [("I. Movement, Emergency and Post-crisis Migration Management", None, None, "group"),
      ("I.1 Resettlement Assistance", 9843200, 71260400, "item"),
      ("I.2 Repatriation Assistance", 1207500, 6118900, "item"),
      ("I.3 Emergency and Post-crisis Operations", 14622800, 38904300, "item"),
      ("II. Migration Health", None, None, "group"),
      ("II.1 Migration Health Assessments and Travel Health Assistance", 8114600, 6209700, "item"),
      ("II.2 Health Promotion and Assistance for Migrants", 1930400, 3876200, "item"),
      ("III. Technical Cooperation on Migration Management and Capacity Building", 11508900, 22417600, "group"),
      ("IV. Assisted Voluntary Returns and Integration", 6732100, 14905300, "group"),
      ("V. Counter-trafficking", 2311700, 4620800, "group"),
      ("VI. Labour Migration", 1486300, 2053900, "group"),
      ("VII. Migration Policy, Research and Communications", 1102800, 689500, "group"),
      ("VIII. Compensation Programmes", 5940600, 102338000, "group"),
      ("IX. General Programme Support", 3826400, 1175300, "group")]
# group subtotals on the group line itself
def grp(prefix):
    rs = [r for r in T3 if r[0].startswith(prefix + ".") and r[3] == "item"]
    return sum(r[1] for r in rs), sum(r[2] for r in rs)
T3rows = []
for lab, a, b, st in T3:
    if a is None:
        a, b = grp(lab.split(".")[0])
    T3rows.append(row(lab, a, b, a + b, st=st))
SO = sum(r[1] for r in T3 if r[1] is not None)
PR = sum(r[2] for r in T3 if r[2] is not None)
OPS04 = SO + PR
assert (SO, PR, OPS04) == (68627300, 274569900, 343197200)
T3rows.append(row("Total", SO, PR, OPS04, st="gtotal"))

# Table 4 - by region (USD)
T4 = [("Africa", 35980200, 38412600), ("Middle East", 19870500, 21905300),
      ("Latin America and the Caribbean", 44215300, 47116800), ("North America", 11806400, 12264900),
      ("Asia and Oceania", 49917600, 58730400), ("Europe", 139462100, 146901700),
      ("Global Support/Services", 17207900, 17865500)]
OPS03 = sum(r[1] for r in T4)
assert OPS03 == 318460000 and sum(r[2] for r in T4) == OPS04
pcts = [round(100 * r[2] / OPS04, 1) for r in T4]
assert abs(sum(pcts) - 100.0) < 1e-9
T4rows = [row(l, a, b, "%.1f" % p) for (l, a, b), p in zip(T4, pcts)]
T4rows.append(row("Total", OPS03, OPS04, "100.0", st="gtotal"))

# Annex - discretionary income (USD)
AX_SRC = [("Project-related overhead", 15200000, 16050000)]
AX_MISC = [("Unearmarked contributions", 1300000, 1450000), ("Interest income", 2100000, 1700000)]
AX_APP = [("Field structure support", 11400000, 11690000), ("Staff security", 1250000, 1610000),
          ("Information technology systems (PRISM)", 2550000, 2750000),
          ("Support for developing Member States and Member States with economy in transition",
           1400000, 1400000),
          ("Operational reserve", 2000000, 1750000)]
src = [sum(r[i] for r in AX_SRC + AX_MISC) for i in (1, 2)]
app = [sum(r[i] for r in AX_APP) for i in (1, 2)]
assert src == app == [18600000, 19200000]

M = lambda n: format(n, ",")

# ================================================================ page 1: cover
c.setFont("Times-Bold", 12)
c.drawRightString(RM, H - 60, SYMBOL)
c.setFont("Times-Roman", 11)
c.drawRightString(RM, H - 76, "Original: English")
c.drawRightString(RM, H - 90, "7 October 2003")
c.setFont("Times-Bold", 11)
c.drawString(LM, H - 130, "EIGHTY-SIXTH SESSION")
c.setFont("Times-Roman", 11)
c.drawString(LM, H - 140, "_" * 83)
c.setFont("Times-Bold", 15)
c.drawCentredString((LM + RM) / 2, H / 2 + 40, "PROGRAMME AND BUDGET FOR 2004")
c.setFont("Times-Roman", 10)
c.drawString(LM, 190, "_" * 20)
draw_text_block(LM, 172, RM - LM,
                "This document will be examined by the Subcommittee on Budget and Finance at its "
                "Ninetieth Session before being submitted to the Council at its Eighty-sixth Session "
                "in November 2003.", size=10, lead=12.5)
c.setFont("Times-Bold", 11)
for x, t in ((LM + 40, "COUNCIL"), ((LM + RM) / 2, "CONSEIL"), (RM - 40, "CONSEJO")):
    c.drawCentredString(x, 70, t)
c.showPage()

# ================================================================ page i: contents
running_header("i")
c.setFont("Times-Bold", 11)
c.drawCentredString((LM + RM) / 2, TOP, "CONTENTS")
c.setFont("Times-Bold", 10)
c.drawRightString(RM, TOP - 26, "Page")
CONTENTS = [(0, "I.", "INTRODUCTION", "1"),
            (0, "II.", "ADMINISTRATIVE PART OF THE BUDGET", "1"),
            (1, "A.", "Budget by object of expenditure", "1"),
            (1, "B.", "Staffing", "2"),
            (0, "III.", "OPERATIONAL PART OF THE BUDGET", "3"),
            (1, "A.", "Budget by service area", "3"),
            (1, "B.", "Budget by region", "3"),
            (0, "IV.", "DISCRETIONARY INCOME", "3"),
            (0, "V.", "RECOMMENDATION", "3"),
            (0, "", "Annex \u2013 Discretionary income: sources and application", "4")]
y = TOP - 50
for lvl, num, t, pg in CONTENTS:
    x = LM + lvl * NUM_IND
    font = "Times-Roman"
    c.setFont(font, BODY)
    if num:
        c.drawString(x, y, num)
        tx = x + NUM_IND
    else:
        tx = x
    c.drawString(tx, y, t)
    start = tx + stringWidth(t, font, BODY) + 6
    end = RM - 22
    dot = stringWidth(".", font, BODY)
    n = int((end - start) / dot)
    c.drawString(start, y, "." * n)
    c.drawRightString(RM, y, pg)
    y -= 20 if (lvl == 0 and num) else 18
c.showPage()

# ================================================================ page 1
NOTES1 = [("1", "The estimates for 2003 were subsequently updated in the Revision of the Programme and "
                 "Budget for 2003 (MC/2109), of which the Executive Committee took note at its "
                 "Hundredth Session in June 2003."),
          ("2", "The Manila Administrative Centre began operating in 2002. The cost comparison presented "
                "to Member States at the time is contained in document MC/INF/255.")]
p = Page("1", NOTES1)
p.heading("I.", "INTRODUCTION")
p.para(1, "The Programme and Budget for 2004 is submitted to the Council in accordance with the "
          "Constitution and the Financial Regulations of the Organization. As in previous years it is "
          "presented in two parts: the Administrative Part of the Budget, expressed in Swiss francs and "
          "financed by the assessed contributions of Member States, and the Operational Part of the "
          "Budget, expressed in US dollars and financed by voluntary contributions.")
p.para(2, "The Administrative Part of the Budget for 2003 was approved by the Council in Resolution "
          "No. 1082 (LXXXIV) of 3 December 2002 at CHF %s (MC/2093).{1} For 2004 the Administration "
          "proposes CHF %s. The increase of CHF 810,000 equals the assessed contributions of the "
          "Member States admitted since the scale for 2003 was adopted, so that zero nominal growth "
          "is maintained for the existing membership." % (M(ADM03), M(ADM04)))
p.para(3, "In preparing the estimates the Administration has applied the following principles:")
p.item("(a)", "the Administrative Part of the Budget remains at zero nominal growth, apart from the "
              "contributions of new Member States;")
p.item("(b)", "staff and office costs of the Operational Part are charged to the activities they serve:")
p.item("(i)", "directly, where field staff work on a single project; and", level=2)
p.item("(ii)", "through project-related overhead, set at 9.5 per cent of staff and office costs, where "
               "they serve several projects;", level=2)
p.item("(c)", "the functions transferred to the Manila Administrative Centre continue to be financed "
              "within existing resources;{2} and")
p.item("(d)", "the Operational Part includes only funding that is confirmed or very likely to be received.")
p.para(4, "On this basis the Operational Part of the Budget for 2004 is estimated at USD %s, against "
          "USD %s projected for 2003 in document MC/2093. It will be updated during the year as new "
          "activities are funded, and the updates will be reported in the revisions of this document."
       % (M(OPS04), M(OPS03)))
p.heading("II.", "ADMINISTRATIVE PART OF THE BUDGET")
p.heading("A.", "Budget by object of expenditure", level=2)
p.para(5, "Table 1 shows the Administrative Part of the Budget by object of expenditure. Staff costs "
          "account for 78.7 per cent of the total, a share almost unchanged from 2003.")
print("page 1 slack", p.y - p.floor)
c.showPage()

# ================================================================ page 2
NOTES2 = [("3", "Short-term replacement of staff on extended sick leave and language services during "
                "sessions of the governing bodies."),
          ("4", "See the Report of the Director General on the Work of the Organization for the Year 2002 "
                "(MC/2101), Part II, for the distribution of field staff by mission.")]
p = Page("2", NOTES2)
p.caption("Table 1 \u2013 Administrative Part of the Budget by object of expenditure (in Swiss francs)")
rows1 = [row("Staff costs", st="group")]
rows1 += [row(l, a, b, b - a) for l, a, b in T1]
rows1 += [row("Total staff costs", s1[0], s1[1], s1[1] - s1[0], st="subtotal")]
rows1 += [row("Non-staff costs", st="group")]
rows1 += [row(l, a, b, b - a) for l, a, b in T1b]
rows1 += [row("Total non-staff costs", s2[0], s2[1], s2[1] - s2[0], st="subtotal")]
rows1 += [row("TOTAL", ADM03, ADM04, ADM04 - ADM03, st="gtotal")]
p.table([(["2003", "Approved budget", "(MC/2093)"], 95), (["2004", "Estimates"], 85),
         (["Increase/", "(decrease)"], 80)], rows1, label_w=215)
p.para(6, "Staff costs rise by CHF 594,000 because of statutory step increments and the revised post "
          "adjustment for Geneva, partly offset by a reduction in temporary assistance. Non-staff costs "
          "rise by CHF 216,000, mainly under general operating expenses, which now carry the "
          "Organization's share of the United Nations field security arrangements.")
p.heading("B.", "Staffing", level=2)
p.para(7, "The posts funded from the Administrative Part of the Budget are set out in Table 2. Two "
          "Professional posts are added at Headquarters for oversight functions, and three "
          "General Service posts are moved from Geneva to Manila.")
p.caption("Table 2 \u2013 Staffing table, Administrative Part of the Budget")
rows2 = [row("Officials", st="group")]
rows2 += [row(l, a, b, b - a if b != a else "-") for l, a, b in OFF]
rows2 += [row("Total officials", o[0], o[1], o[1] - o[0], st="subtotal")]
rows2 += [row("Employees", st="group")]
rows2 += [row(l, a, b, b - a if b != a else "-") for l, a, b in EMP]
rows2 += [row("Total employees", e[0], e[1], e[1] - e[0], st="subtotal")]
rows2 += [row("TOTAL STAFF", o[0] + e[0], o[1] + e[1], o[1] + e[1] - o[0] - e[0], st="gtotal")]
p.table([(["2003", "Approved"], 80), (["2004", "Proposed"], 80), (["Change"], 70)],
        rows2, label_w=150)
p.para(8, "Posts funded from the Operational Part of the Budget are not shown above; they vary with "
          "the projects and are reported each year to the Council.{4} At 1 September 2003 they "
          "numbered 318 officials and 3,912 employees.")
print("page 2 slack", p.y - p.floor)
c.showPage()

# ================================================================ page 3
NOTES3 = [("5", "The remaining claims are expected to be settled by mid-2004; see the progress report in "
                "document MC/INF/262, paragraphs 14 to 19.")]
p = Page("3", NOTES3)
p.heading("III.", "OPERATIONAL PART OF THE BUDGET")
p.para(9, "The Operational Part of the Budget is financed almost entirely by contributions earmarked "
          "for specific projects, and its level therefore depends on decisions taken by donors during "
          "the year.")
p.heading("A.", "Budget by service area", level=2)
p.caption("Table 3 \u2013 Operational Part of the Budget by service area (in US dollars)")
p.table([(["Staff and", "office costs"], 85), (["Programme", "costs"], 85), (["Total", "costs"], 85)],
        T3rows, label_w=220)
p.para(10, "Compensation programmes account for 31.5 per cent of the total, although their staff "
           "and office costs are modest; most of the amount is paid out to beneficiaries.{5}")
p.heading("B.", "Budget by region", level=2)
p.caption("Table 4 \u2013 Operational Part of the Budget by region (in US dollars)")
p.table([(["2003", "Estimates"], 90), (["2004", "Estimates"], 90), (["Per cent", "of total"], 65)],
        T4rows, label_w=200)
p.heading("IV.", "DISCRETIONARY INCOME")
p.para(11, "Project-related overhead and miscellaneous income are estimated at USD 19,200,000. Their "
           "proposed use, including USD 1,400,000 in line with Resolution No. 1065 (LXXXII) of "
           "29 November 2001, is shown in the Annex.")
p.heading("V.", "RECOMMENDATION")
p.para(12, "The Council is invited to approve the Programme and Budget for 2004, with an "
           "Administrative Part of CHF %s and an Operational Part of USD %s." % (M(ADM04), M(OPS04)))
print("page 3 slack", p.y - p.floor)
c.showPage()

# ================================================================ page 4: annex
p = Page("4")
c.setFont("Times-Bold", 11)
c.drawCentredString((LM + RM) / 2, p.y, "Annex")
p.y -= 18
c.drawCentredString((LM + RM) / 2, p.y, "DISCRETIONARY INCOME: SOURCES AND APPLICATION")
p.y -= 26
p.y = draw_text_block(LM, p.y, RM - LM,
                      "The table below compares the estimates of discretionary income for 2004 with "
                      "those approved for 2003, and shows how the Administration proposes to apply "
                      "them.") - 12
c.setFont("Times-Roman", BODY)
c.drawCentredString((LM + RM) / 2, p.y, "(in US dollars)")
p.y -= 16
rowsA = [row("Sources", st="group")]
rowsA += [row(l, a, b) for l, a, b in AX_SRC]
rowsA += [row("Miscellaneous income", st="group")]
rowsA += [row(l, a, b, st="sub") for l, a, b in AX_MISC]
rowsA += [row("Total sources", src[0], src[1], st="total")]
rowsA += [row("Application", st="group")]
rowsA += [row(l, a, b) for l, a, b in AX_APP]
rowsA += [row("Total application", app[0], app[1], st="total")]
p.table([(["2003"], 110), (["2004"], 110)], rowsA, label_w=230)
c.showPage()
c.save()
print("ok", OPS03, OPS04)
