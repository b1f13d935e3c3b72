# Draws programme-budget-2014.pdf: an extract of the Programme and Budget for 2015
# (MC/2417, 105th Session of the Council, 2014) with reportlab.
import re
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = "programme-budget-2014.pdf"
SYMBOL = "MC/2417"
W, H = A4
LM, RM = 70.0, W - 70.0
TW = RM - LM
TOP = H - 88          # first body baseline on pages with a running header
BOTTOM = 50
BODY_F, BODY_S, LEAD = "Times-Roman", 11, 12.9
BOLD = "Times-Bold"
FN_S, FN_LEAD = 9, 11
MARK_S = 6.5
PARA_INDENT = 36
ITEM_LABEL_X = LM + 36
ITEM_TEXT_X = LM + 64

# ---------------------------------------------------------------- figures
def fmt(n):
    if n is None:
        return ""
    if n == "-":
        return "-"
    if n < 0:
        return "({:,})".format(-n)
    return "{:,}".format(n)

ADMIN = [  # object of expenditure, 2014 approved, 2015 proposed
    ("Officials", 21410000, 21655000),
    ("Employees", 8930000, 9012000),
    ("Sub-total staff costs", None, None),
    ("Travel and representation", 1025000, 980000),
    ("Office and building costs", 3870000, 3790000),
    ("Communications and information technology", 4215000, 4300000),
    ("Contractual services", 2140000, 2065000),
    ("Governing bodies meetings", 1060000, 1158000),
    ("Sub-total non-staff costs", None, None),
    ("Total", None, None),
]
staff14 = ADMIN[0][1] + ADMIN[1][1]; staff15 = ADMIN[0][2] + ADMIN[1][2]
ns14 = sum(r[1] for r in ADMIN[3:8]); ns15 = sum(r[2] for r in ADMIN[3:8])
ADMIN[2] = ("Sub-total staff costs", staff14, staff15)
ADMIN[8] = ("Sub-total non-staff costs", ns14, ns15)
ADMIN[9] = ("Total", staff14 + ns14, staff15 + ns15)
assert ADMIN[9][1] == 42650000 and ADMIN[9][2] == 42960000
admin_rows = []
for lab, a, b in ADMIN:
    ch = b - a
    admin_rows.append((lab, [fmt(a), fmt(b), "-" if ch == 0 else fmt(ch)],
                       lab.startswith("Sub-total") or lab == "Total"))

STAFF = [("DG", 1, 1), ("DDG", 1, 1), ("D2", 4, 4), ("D1", 10, 10), ("P5", 24, 25),
         ("P4", 41, 41), ("P3", 38, 39), ("P2", 15, 14)]
o14 = sum(r[1] for r in STAFF); o15 = sum(r[2] for r in STAFF)
STAFF.append(("Sub-total officials", o14, o15))
STAFF.append(("Employees (General Service)", 196, 197))
STAFF.append(("Total staff", o14 + 196, o15 + 197))
assert STAFF[-1][1] == 330 and STAFF[-1][2] == 332
staff_rows = [(l, [str(a), str(b), "-" if b == a else fmt(b - a)],
               l.startswith("Sub-total") or l.startswith("Total")) for l, a, b in STAFF]

SA = [
    ("I. Movement, Emergency and Post-crisis Migration Management", "head"),
    ("I.1 Resettlement Assistance", 38420500, 96315800),
    ("I.2 Repatriation Assistance", 3105200, 9884600),
    ("I.3 Emergency Response and Post-crisis Transition", 61732900, 198410300),
    ("Sub-total I", "sub", 1, 3),
    ("II. Migration Health", "head"),
    ("II.1 Migration Health Assessments and Travel Health Assistance", 42610400, 18927300),
    ("II.2 Health Promotion and Assistance for Migrants", 9884100, 21305600),
    ("II.3 Migration Health Assistance for Crisis-affected Populations", 2316800, 6740200),
    ("Sub-total II", "sub", 6, 8),
    ("III. Migration and Development", 14902600, 38115900),
    ("IV. Regulating Migration", 36540700, 82962400),
    ("V. Facilitating Migration", 18275300, 27604100),
    ("VI. Migration Policy, Research and Communications", 2148900, 1036500),
    ("VII. Reparation Programmes", 1204000, "-"),
    ("VIII. General Programme Support", 6830200, 4211700),
]
sa_rows = []
tot_s = tot_p = 0
for r in SA:
    if r[1] == "head":
        sa_rows.append((r[0], ["", "", ""], True))
        continue
    if r[1] == "sub":
        s = sum(SA[i][1] for i in range(r[2], r[3] + 1))
        p = sum(SA[i][2] for i in range(r[2], r[3] + 1))
        sa_rows.append((r[0], [fmt(s), fmt(p), fmt(s + p)], True))
        continue
    s = r[1]; p = 0 if r[2] == "-" else r[2]
    tot_s += s; tot_p += p
    sa_rows.append((r[0], [fmt(s), fmt(r[2]), fmt(s + p)], False))
sa_rows.append(("Total", [fmt(tot_s), fmt(tot_p), fmt(tot_s + tot_p)], True))
assert tot_s + tot_p == 743486000

REG = [("Africa", 52318400, 118604700),
       ("Middle East", 28905100, 131226800),
       ("Latin America and the Caribbean", 24117600, 41309500),
       ("North America", 6402300, 2118900),
       ("Asia and Oceania", 47826900, 96540200),
       ("European Economic Area", 21733500, 38912600),
       ("South-Eastern Europe, Eastern Europe and Central Asia", 14260800, 24880400)]
fs = sum(r[1] for r in REG); fp = sum(r[2] for r in REG)
gs, gp = tot_s - fs, tot_p - fp
reg_rows = [(l, [fmt(s), fmt(p), fmt(s + p), "%.1f" % (100.0 * (s + p) / (tot_s + tot_p))], False)
            for l, s, p in REG]
reg_rows.append(("Sub-total field", [fmt(fs), fmt(fp), fmt(fs + fp),
                                     "%.1f" % (100.0 * (fs + fp) / (tot_s + tot_p))], True))
reg_rows.append(("Global Support/Services", [fmt(gs), fmt(gp), fmt(gs + gp),
                                             "%.1f" % (100.0 * (gs + gp) / (tot_s + tot_p))], False))
reg_rows.append(("Total", [fmt(tot_s), fmt(tot_p), fmt(tot_s + tot_p), "100.0"], True))

# ---------------------------------------------------------------- text
FOOTNOTES = {
    "1": "In line with established practice, the assessed contributions of new Member States are added to "
         "the approved level of the Administrative Part for the year following their admission; see "
         "document S/14/6 on the scale of assessment for 2015.",
    "2": "The enhancement of the PRISM financial and human resources system, begun in 2013, is expected to "
         "be completed in the first half of 2016. Its cost is shared between the Administrative Part and "
         "Operational Support Income.",
    "3": "Subject to the decisions of the Council on the dates and format of its 106th Session.",
    "4": "Figure drawn from the human resources records as at 30 June 2014. It excludes consultants, "
         "interns and staff on temporary assignments of less than six months.",
    "5": "The share of the Organization in the jointly financed costs of the United Nations Department of "
         "Safety and Security for the biennium 2014-2015 amounts to USD 1.9 million.",
    "6": "Programme and Budget for 2014 (MC/2396), paragraphs 212 to 219.",
}

ELEMENTS = [
    ("runtitle", "PROGRAMME AND BUDGET FOR 2015"),
    ("part", "INTRODUCTION"),
    ("para", "1", "The Director General has the honour to submit the Programme and Budget for 2015, which sets "
     "out the activities the Organization expects to carry out in 2015 and the resources needed to carry "
     "them out. The document has been prepared in accordance with the Financial Regulations and takes into "
     "account the guidance given by the Standing Committee on Programmes and Finance at its Fourteenth "
     "Session in June 2014. As in previous years it is presented in two parts: the Administrative Part, "
     "which is financed by the assessed contributions of Member States and expressed in Swiss francs, and "
     "the Operational Part, which is financed by voluntary contributions and expressed in United States "
     "dollars."),
    ("para", "2", "The Administrative Part for 2015 amounts to CHF 42,960,000. Member States have repeatedly "
     "asked that the Administrative Part be maintained at zero nominal growth, and the Administration has "
     "again complied with that request: the increase of CHF 310,000 over the level approved for 2014 in "
     "Resolution No. 1265 of 26 November 2013 corresponds entirely to the assessed contributions of the "
     "States admitted to membership in the course of 2014.{1}"),
    ("para", "3", "The Operational Part is estimated at USD 743.5 million, compared with USD 694.2 million "
     "in the budget for 2014 as initially approved. The figure covers only those activities for which "
     "funding is reasonably assured at the time of writing. Experience shows that the Operational Part "
     "grows considerably during the year as new projects are funded; the revised estimate for 2014 "
     "presented in document S/15/4 already exceeds USD 1.1 billion. Increases in 2015 will be reported "
     "to Member States in the revisions of this document."),
    ("para", "4", "In preparing the budget, the Administration has been guided by the following "
     "considerations:"),
    ("item", "(a)", "maintaining the core structures at Headquarters and in the Field at the level needed "
     "to meet the obligations of the Organization towards its Member States;"),
    ("item", "(b)", "absorbing statutory salary increases and inflation within the ceiling of zero nominal "
     "growth, mainly through savings on non-staff costs;"),
    ("item", "(c)", "continuing the investment in information technology and in the systems that support "
     "project management and financial reporting;{2} and"),
    ("item", "(d)", "ensuring that Operational Support Income is used strictly for the purposes endorsed by "
     "the Member States."),
    ("para", "5", "The structural difficulties described in the Programme and Budget for 2014 remain. The "
     "Administrative Part funds only a small fraction of the core staff that the Organization requires, "
     "and a growing share of essential functions is therefore financed from Operational Support Income, "
     "the level of which depends on the volume of projects. The Working Group on Budget Reform will "
     "continue its examination of these questions and report to the Standing Committee at its "
     "Sixteenth Session in 2015."),
    ("para", "6", "The structure of the document follows that of previous years. Part I presents the "
     "Administrative Part and the staffing levels it funds. Part II presents the Operational Part by "
     "service area and by region, followed by the budget for Operational Support Income. Descriptions of "
     "the activities in each service area follow the summary tables. Unless otherwise indicated, the "
     "comparative figures for 2014 are those approved by the Council at its 103rd Session."),
    ("part", "PART I \u2013 ADMINISTRATION"),
    ("heading", "A.", "Administrative Part budget"),
    ("para", "7", "The Administrative Part covers the core structure of the Organization: the Office of "
     "the Director General, the departments at Headquarters, the Manila and Panama Administrative Centres "
     "and a limited number of positions in the Field. Table 1 compares the proposed budget for 2015 with "
     "the budget approved for 2014, by object of expenditure."),
    ("table", "Table 1: Administrative Part by object of expenditure (in Swiss francs)",
     ["Object of expenditure", "2014|approved", "2015|proposed", "Change"], admin_rows, [250, 70, 70, 65]),
    ("para", "8", "Staff costs account for 71.4 per cent of the total. The increase of CHF 327,000 "
     "reflects statutory step increments and the adjustments to salary scales and post adjustment "
     "promulgated by the International Civil Service Commission, partly offset by a lower rate of "
     "contribution to the medical insurance plan."),
    ("para", "9", "Non-staff costs have been reduced by CHF 17,000 overall. Savings on travel, contractual "
     "services and office costs make room for the higher cost of governing body meetings in 2015, which "
     "will include a session of the Council with a high-level segment,{3} and for the renewal of the "
     "licences of the financial and human resources systems."),
    ("para", "10", "Should further States be admitted to membership in 2015, their assessed contributions "
     "will be added to the Administrative Part in a revision of this document, and the scale of "
     "assessment will be adjusted accordingly."),
    ("heading", "B.", "Staffing levels"),
    ("para", "11", "Table 2 shows the posts funded from the Administrative Part. The net increase of two "
     "posts results from the creation of a P5 post in the Office of the Inspector General and of one "
     "General Service post at the Manila Administrative Centre. In addition, a P2 post in the Department "
     "of Resources Management is reclassified to P3 following a review of its functions."),
    ("table", "Table 2: Staffing levels funded from the Administrative Part",
     ["Category and grade", "2014|approved", "2015|proposed", "Change"], staff_rows, [250, 70, 70, 65]),
    ("para", "12", "Staff funded from the Administrative Part represent less than 4 per cent of the "
     "workforce of the Organization, which numbered more than 8,900 staff members at mid-year.{4} The "
     "remaining staff are funded from projects or from Operational Support Income."),
    ("part", "PART II \u2013 OPERATIONS"),
    ("heading", "A.", "Operational Part by service area"),
    ("para", "13", "The Operational Part comprises the staff and office costs and the programme costs of "
     "the projects implemented by the Organization. Table 3 shows the budget for 2015 by service area; "
     "the lines follow the programme structure used since the Programme and Budget for 2010."),
    ("table", "Table 3: Operational Part by service area (in US dollars)",
     ["Service area", "Staff and|office costs", "Programme|costs", "Total"], sa_rows, [260, 66, 66, 66]),
    ("para", "14", "Movement, Emergency and Post-crisis Migration Management remains the largest service "
     "area, with 54.9 per cent of the total. The budget for emergency response reflects continuing "
     "operations in the Syrian Arab Republic and neighbouring countries, in South Sudan and in the "
     "Central African Republic."),
    ("para", "15", "The figures for Migration Health include the cost of health assessments carried out "
     "for resettlement and immigration programmes, which are reimbursed by the receiving States."),
    ("para", "16", "No programme costs are budgeted under Reparation Programmes: the compensation paid to "
     "beneficiaries is disbursed from funds held in trust and is not recorded in the Operational Part."),
    ("heading", "B.", "Operational Part by region"),
    ("para", "17", "Table 4 shows how the Operational Part is distributed among the regions. Global "
     "Support/Services covers activities managed from Headquarters on behalf of all regions."),
    ("table", "Table 4: Operational Part by region (in US dollars)",
     ["Region", "Staff and|office costs", "Programme|costs", "Total", "%"], reg_rows, [200, 66, 66, 70, 40]),
    ("para", "18", "Africa and the Middle East together account for 44.5 per cent of the Operational Part, "
     "reflecting the scale of the crises in both regions."),
    ("heading", "C.", "Operational Support Income"),
    ("para", "19", "Operational Support Income (OSI) is derived from the overhead charged on projects, as "
     "approved by the Council in Resolution No. 1229 of 5 December 2011, and from "
     "miscellaneous income. For 2015 it is budgeted at USD 58.5 million, compared with USD 55.0 million in the Programme and "
     "Budget for 2014."),
    ("para", "20", "In accordance with the guidance given by Member States, OSI will be used to fund:"),
    ("item", "(a)", "the elements of the core structure that cannot be met from the Administrative Part, "
     "in particular staff of the Regional Offices;"),
    ("item", "(b)", "the security costs of Field Offices, including the share of the Organization in the "
     "United Nations security management system;{5}"),
    ("item", "(c)", "information technology projects that benefit the Organization as a whole; and"),
    ("item", "(d)", "the OSI reserve mechanism, at the level agreed by the Member States.{6}"),
    ("para", "21", "OSI received in excess of the budgeted level will be allocated during the year to "
     "priority needs, as recommended in the Financial Report for the year ended 31 December 2013 "
     "(MC/2401), and reported to the Standing Committee."),
]

# ---------------------------------------------------------------- layout helpers
def split_tokens(text):
    """Return list of (word, marker or None)."""
    out = []
    for w in text.split():
        m = re.match(r"^(.*?)\{(\w+)\}(.*)$", w)
        if m:
            out.append((m.group(1), m.group(2)))
            if m.group(3):
                out.append((m.group(3), None))
        else:
            out.append((w, None))
    return out

def tok_w(tok, font, size):
    w = stringWidth(tok[0], font, size)
    if tok[1]:
        w += stringWidth(tok[1], font, MARK_S) + 0.4
    return w

def wrap(tokens, widths, font, size):
    """widths: width for the first line and for following lines."""
    lines, cur, cw = [], [], 0.0
    sp = stringWidth(" ", font, size)
    for t in tokens:
        tw = tok_w(t, font, size)
        lim = widths[0] if not lines else widths[1]
        if cur and cw + sp + tw > lim:
            lines.append(cur); cur, cw = [t], tw
        else:
            cw = tw if not cur else cw + sp + tw
            cur.append(t)
    if cur:
        lines.append(cur)
    return lines

class Page:
    def __init__(self, label):
        self.label = label
        self.ops = []
        self.notes = []   # footnote ids

pages = []
heading_pages = {}

def new_page():
    p = Page(str(len(pages) + 1))
    pages.append(p)
    return p

def fn_lines(fid):
    toks = split_tokens(FOOTNOTES[fid])
    return wrap(toks, (TW - 14, TW - 14), BODY_F, FN_S)

def fn_height(ids):
    if not ids:
        return 0.0
    return 16 + sum(len(fn_lines(i)) * FN_LEAD + 2 for i in ids)

state = {"y": TOP, "page": None}

def room(need, new_notes=()):
    p = state["page"]
    return state["y"] - need >= BOTTOM + fn_height(p.notes + list(new_notes))

def ensure(need, new_notes=()):
    if state["page"] is None or not room(need, new_notes):
        state["page"] = new_page(); state["y"] = TOP

def draw_line(tokens, x, width, font, size, justify):
    p = state["page"]
    y = state["y"]
    words_w = sum(tok_w(t, font, size) for t in tokens)
    sp = stringWidth(" ", font, size)
    gap = sp
    if justify and len(tokens) > 1:
        gap = (width - words_w) / (len(tokens) - 1)
    cx = x
    for t in tokens:
        p.ops.append(("text", cx, y, t[0], font, size))
        cx += stringWidth(t[0], font, size)
        if t[1]:
            p.ops.append(("text", cx + 0.4, y + 4.2, t[1], font, MARK_S))
            cx += stringWidth(t[1], font, MARK_S) + 0.4
            p.notes.append(t[1])
        cx += gap

def flow_block(label, text, label_x, first_x, rest_x, gap_before):
    tokens = split_tokens(text)
    lines = wrap(tokens, (RM - first_x, RM - rest_x), BODY_F, BODY_S)
    if state["page"] is not None and state["y"] != TOP:
        state["y"] -= gap_before
    for i, ln in enumerate(lines):
        marks = [t[1] for t in ln if t[1]]
        ensure(LEAD, marks)
        x = first_x if i == 0 else rest_x
        if i == 0 and label:
            state["page"].ops.append(("text", label_x, state["y"], label, BODY_F, BODY_S))
        draw_line(ln, x, RM - x, BODY_F, BODY_S, justify=(i < len(lines) - 1))
        state["y"] -= LEAD

def keep(need):
    if state["page"] is None or not room(need):
        state["page"] = new_page(); state["y"] = TOP

# ---------------------------------------------------------------- build body
for el in ELEMENTS:
    kind = el[0]
    if kind == "runtitle":
        keep(40)
        w = stringWidth(el[1], BODY_F, BODY_S)
        state["page"].ops.append(("text", (W - w) / 2, state["y"], el[1], BODY_F, BODY_S))
        state["y"] -= LEAD * 2
    elif kind == "part":
        if state["y"] != TOP:
            state["y"] -= LEAD
        keep(LEAD * 5)
        w = stringWidth(el[1], BOLD, BODY_S)
        state["page"].ops.append(("text", (W - w) / 2, state["y"], el[1], BOLD, BODY_S))
        heading_pages[el[1]] = state["page"].label
        state["y"] -= LEAD * 1.9
    elif kind == "heading":
        if state["y"] != TOP:
            state["y"] -= LEAD * 0.9
        keep(LEAD * 5)
        state["page"].ops.append(("text", LM, state["y"], el[1], BOLD, BODY_S))
        state["page"].ops.append(("text", LM + PARA_INDENT, state["y"], el[2], BOLD, BODY_S))
        heading_pages[el[1] + " " + el[2]] = state["page"].label
        state["y"] -= LEAD * 1.7
    elif kind == "para":
        flow_block(el[1] + ".", el[2], LM, LM + PARA_INDENT, LM, LEAD)
    elif kind == "item":
        flow_block(el[1], el[2], ITEM_LABEL_X, ITEM_TEXT_X, ITEM_TEXT_X, LEAD * 0.55)
    elif kind == "table":
        caption, heads, rows, widths = el[1], el[2], el[3], el[4]
        TS, TL = 9, 11.2
        nhead = max(len(h.split("|")) for h in heads)
        need = LEAD + TL * (nhead + len(rows) + 2) + 10
        state["y"] -= LEAD
        keep(need)
        p = state["page"]
        p.ops.append(("text", LM, state["y"], caption, BOLD, 10))
        state["y"] -= 8
        p.ops.append(("rule", LM, state["y"], LM + sum(widths)))
        state["y"] -= TL
        xs = [LM]
        for wdt in widths[:-1]:
            xs.append(xs[-1] + wdt)
        rights = [xs[i] + widths[i] - 4 for i in range(len(widths))]
        for k in range(nhead):
            for ci, h in enumerate(heads):
                parts = h.split("|")
                pad = nhead - len(parts)
                if k >= pad:
                    s = parts[k - pad]
                    if ci == 0:
                        p.ops.append(("text", xs[0] + 2, state["y"], s, BOLD, TS))
                    else:
                        p.ops.append(("text", rights[ci] - stringWidth(s, BOLD, TS), state["y"], s, BOLD, TS))
            state["y"] -= TL
        state["y"] += 4
        p.ops.append(("rule", LM, state["y"], LM + sum(widths)))
        state["y"] -= TL
        for lab, cells, strong in rows:
            f = BOLD if strong else BODY_F
            if lab == "Total":
                state["y"] += 3
                p.ops.append(("rule", LM, state["y"] + 8, LM + sum(widths)))
            p.ops.append(("text", xs[0] + 2, state["y"], lab, f, TS))
            for ci, c in enumerate(cells, start=1):
                if c:
                    p.ops.append(("text", rights[ci] - stringWidth(c, f, TS), state["y"], c, f, TS))
            state["y"] -= TL
        state["y"] += 4
        p.ops.append(("rule", LM, state["y"], LM + sum(widths)))
        state["y"] -= 6

# ---------------------------------------------------------------- draw
c = canvas.Canvas(OUT, pagesize=A4)
c.setTitle("Programme and Budget for 2015")
c.setAuthor("International Organization for Migration")

def rtext(s, y, font=BODY_F, size=BODY_S):
    c.setFont(font, size)
    c.drawRightString(RM, y, s)

def ctext(s, y, font=BODY_F, size=BODY_S):
    c.setFont(font, size)
    c.drawCentredString(W / 2, y, s)

# cover
rtext(SYMBOL, H - 62, BOLD, 12)
rtext("Original: ENGLISH", H - 78)
rtext("6 October 2014", H - 92)
ctext("105TH SESSION", H - 170, BOLD, 12)
ctext("_" * 62, H - 180)
ctext("PROGRAMME AND BUDGET FOR 2015", H - 300, BOLD, 14)
c.setFont(BODY_F, BODY_S)
c.drawString(LM, 190, "__________")
note = ("This document is submitted to the Standing Committee on Programmes and Finance at its "
        "Fifteenth Session, to be held on 28 and 29 October 2014.")
y = 174
for ln in wrap(split_tokens(note), (TW, TW), BODY_F, BODY_S):
    c.drawString(LM, y, " ".join(t[0] for t in ln)); y -= LEAD
c.setFont(BOLD, 11)
for s, x in (("COUNCIL", 150), ("CONSEIL", W / 2), ("CONSEJO", W - 150)):
    c.drawCentredString(x, 58, s)
c.showPage()

def header(label):
    rtext(SYMBOL, H - 52)
    rtext("Page " + label, H - 65)

# contents, page i
header("i")
ctext("TABLE OF CONTENTS", H - 110, BOLD, 12)
rtext("Page", H - 140, BOLD, 11)
CONTENTS = [
    (0, "INTRODUCTION", heading_pages["INTRODUCTION"]),
    (0, "PART I \u2013 ADMINISTRATION", heading_pages["PART I \u2013 ADMINISTRATION"]),
    (1, "A. Administrative Part budget", heading_pages["A. Administrative Part budget"]),
    (1, "B. Staffing levels", heading_pages["B. Staffing levels"]),
    (0, "PART II \u2013 OPERATIONS", heading_pages["PART II \u2013 OPERATIONS"]),
    (1, "A. Operational Part by service area", heading_pages["A. Operational Part by service area"]),
    (1, "B. Operational Part by region", heading_pages["B. Operational Part by region"]),
    (1, "C. Operational Support Income", heading_pages["C. Operational Support Income"]),
]
y = H - 166
for lvl, t, pg in CONTENTS:
    x = LM + (28 if lvl else 0)
    if lvl == 0 and y < H - 170:
        y -= 8
    c.setFont(BODY_F, BODY_S)
    if lvl:
        lab, rest = t.split(" ", 1)
        c.drawString(x, y, lab)
        c.drawString(x + 22, y, rest)
        tx_end = x + 22 + stringWidth(rest, BODY_F, BODY_S)
    else:
        c.drawString(x, y, t)
        tx_end = x + stringWidth(t, BODY_F, BODY_S)
    pw = stringWidth(pg, BODY_F, BODY_S)
    dot = stringWidth(".", BODY_F, BODY_S)
    start = tx_end + 6
    n = int((RM - pw - 6 - start) / dot)
    c.drawString(start, y, "." * n)
    c.drawRightString(RM, y, pg)
    y -= LEAD * 1.5
c.showPage()

# body
for p in pages:
    header(p.label)
    for op in p.ops:
        if op[0] == "text":
            c.setFont(op[4], op[5]); c.drawString(op[1], op[2], op[3])
        elif op[0] == "rule":
            c.setLineWidth(0.6); c.line(op[1], op[2], op[3], op[2])
    if p.notes:
        yb = BOTTOM + fn_height(p.notes) - 12
        c.setFont(BODY_F, BODY_S)
        c.drawString(LM, yb, "__________")
        yb -= 14
        for fid in p.notes:
            c.setFont(BODY_F, MARK_S); c.drawString(LM, yb + 3.8, fid)
            for ln in fn_lines(fid):
                c.setFont(BODY_F, FN_S)
                c.drawString(LM + 14, yb, " ".join(t[0] for t in ln))
                yb -= FN_LEAD
            yb -= 2
    c.showPage()
c.save()
print("body pages:", len(pages), "headings:", heading_pages)
