# Draws financial-report-2008.pdf: an invented MC-era IOM Financial Report for 2007.
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = "financial-report-2008.pdf"
SYMBOL = "MC/2257"
W, H = A4
LM, RM = 72, W - 72          # text block 72 .. 523
TOP = H - 56
BOTTOM = 62

BODY, BODY_B = "Times-Roman", "Times-Bold"
BS, LEAD = 11, 13.6          # body size and leading
FS, FLEAD = 9, 11            # footnote size and leading
SUP = 6.5                    # superscript size

# --------------------------------------------------------------------------------------------
# figures (all invented; computed so that every total agrees)
# --------------------------------------------------------------------------------------------

def fmt(v):
    if v is None or v == 0:
        return "\u2013"
    if v < 0:
        return "(" + format(-v, ",") + ")"
    return format(v, ",")

# Statement II (US dollars): label, note, admin, operational, total 2006
INC = [
    ("Assessed contributions", "4", 30934167, 0, 29870550),
    ("Voluntary contributions", "5", 0, 771355410, 694203118),
    ("Interest income", "6", 412530, 7940265, 6655902),
    ("Other income", "", 38210, 2115940, 1890455),
]
EXP = [
    ("Staff salaries and benefits", "7", 25101440, 268412905, 270118330),
    ("General operating costs", "", 6076883, 96530118, 94905216),
    ("Transportation of migrants", "8", 0, 255907331, 226410875),
    ("Programme implementation costs", "", 0, 162406481, 137889120),
    ("Provision for doubtful contributions", "9", 145900, 0, 212640),
]
def col(rows, i):
    return sum(r[i] for r in rows)
inc_a, inc_o, inc_06 = col(INC, 2), col(INC, 3), col(INC, 4)
exp_a, exp_o, exp_06 = col(EXP, 2), col(EXP, 3), col(EXP, 4)
net_a, net_o, net_06 = inc_a - exp_a, inc_o - exp_o, inc_06 - exp_06
beg_a, beg_o = 1143870, 41880512
end_a, end_o = beg_a + net_a, beg_o + net_o
end_06 = beg_a + beg_o
beg_06 = end_06 - net_06
assert net_a == 60684 and exp_a == 31324223, (net_a, exp_a)

# Schedule 1 (Swiss francs): State, outstanding 1.1.2007, assessed 2007, received 2007
SCHED = [
    ("Argentina", 152340, 364180, 260000),
    ("Benin", 24502, 6126, 0),
    ("Bolivia", 36780, 10214, 18000),
    ("Burkina Faso", 12260, 6126, 6130),
    ("Cape Verde", 8240, 6126, 4000),
    ("Central African Republic", 61255, 6126, 0),
    ("Congo", 12508, 6126, 12508),
    ("C\u00f4te d'Ivoire", 0, 16337, 0),
    ("Dominican Republic", 44918, 28590, 44918),
    ("Ecuador", 18402, 24505, 18402),
    ("El Salvador", 0, 16337, 10000),
    ("Gambia", 30540, 6126, 5000),
    ("Guatemala", 21070, 32675, 21070),
    ("Guinea-Bissau", 55130, 6126, 0),
    ("Haiti", 39812, 8168, 12000),
    ("Honduras", 14290, 8168, 14290),
    ("Kyrgyzstan", 42760, 6126, 0),
    ("Liberia{3}", 187455, 6126, 0),
    ("Nicaragua", 9870, 6126, 9870),
    ("Paraguay", 66304, 20421, 30000),
    ("Peru", 71980, 99095, 140000),
    ("Sierra Leone", 47316, 6126, 3000),
    ("Tajikistan", 18378, 6126, 6126),
    ("Uruguay", 54210, 49012, 54210),
    ("Venezuela (Bolivarian|Republic of)", 298770, 195630, 250000),
    ("Yemen", 24504, 8168, 6126),
]
SCHED = [(n, b, a, r, b + a - r) for (n, b, a, r) in SCHED]
for s in SCHED:
    assert s[4] > 0, s
S_TOT = [sum(s[i] for s in SCHED) for i in (1, 2, 3, 4)]

# Statement I (US dollars)
recv_07 = round(S_TOT[3] / 1.13)
recv_06 = round((S_TOT[0] + 96410) / 1.22)
LIAB = [
    ("Deferred income", 270118904, 236417552),
    ("Accounts payable and accrued liabilities", 38907112, 33120847),
    ("Short-term borrowings", 0, 1500000),
    ("Provision for staff entitlements", 19450330, 17802906),
    ("Long-term loan", 4170000, 4590000),
]
tl_07, tl_06 = col(LIAB, 1), col(LIAB, 2)
RES = [
    ("Administrative Part of the Budget", end_a, beg_a),
    ("Operational Part of the Budget", end_o, beg_o),
]
tr_07, tr_06 = col(RES, 1), col(RES, 2)
assert tr_06 == end_06
ASSETS_FIXED = [
    ("Investments", 42100000, 38750000),
    ("Assessed contributions receivable", recv_07, recv_06),
    ("Less: allowance for doubtful contributions", -2456350, -2310450),
    ("Voluntary contributions receivable", 61887245, 54210776),
    ("Staff and other receivables", 9315402, 8902115),
]
ta_07, ta_06 = tl_07 + tr_07, tl_06 + tr_06
cash_07 = ta_07 - col(ASSETS_FIXED, 1)
cash_06 = ta_06 - col(ASSETS_FIXED, 2)
ASSETS = [("Cash and short-term deposits", cash_07, cash_06)] + ASSETS_FIXED


# --------------------------------------------------------------------------------------------
# text of the introduction
# --------------------------------------------------------------------------------------------

FOOTNOTES = {
    "1": "Document MC/2196, approved by the Council through Resolution No. 1142 (XCII) of 30 November 2006. "
         "The revised estimates for 2007 were presented to the Standing Committee on Programmes and Finance "
         "in document MC/2219.",
    "2": "The Administrative Part of the Budget is approved and assessed in Swiss francs. For the purposes of "
         "Statements I and II, its income and expenditure have been converted into US dollars at the average "
         "United Nations operational rate of exchange for 2007 (CHF 1.20 to USD 1.00), and its assets and "
         "liabilities at 31 December 2007 at the year-end rate (CHF 1.13 to USD 1.00). The exchange "
         "differences arising on conversion have been charged to the Operational Part of the Budget, as in "
         "previous years.",
    "3": "Member State to which Article 4 of the Constitution applies, its arrears equalling or exceeding "
         "the contributions due from it for the two preceding years. A payment plan was agreed in 2007 "
         "(see paragraph 10 (b) (i) and document SCPF/9).",
}

INTRO = [
    ("h1", "INTRODUCTION"),
    ("h2", "A.", "Presentation of the financial statements"),
    ("p", "1", "The Director General has the honour to present the financial report of the International "
     "Organization for Migration for the year ended 31 December 2007. The report accounts for the use of the "
     "resources made available to the Organization under the Programme and Budget for 2007, as approved by "
     "the Council and revised in the course of the year.{1}"),
    ("p", "2", "The financial statements have been examined by the External Auditor, whose report is "
     "submitted to the Executive Committee in document MC/2258. They have been prepared in accordance with "
     "the Financial Regulations and with the accounting policies applied in previous years. The notes to "
     "which the statements refer form part of the complete set of audited statements, which is available "
     "to Member States on request."),
    ("p", "3", "The present report contains:"),
    ("i1", "(a)", "Statement I, which shows the assets, liabilities, reserves and fund balances of the "
     "Organization as at 31 December 2007, with comparative figures as at 31 December 2006;"),
    ("i1", "(b)", "Statement II, which shows the income and expenditure of the year by part of the budget, "
     "together with the totals for 2006; and"),
    ("i1", "(c)", "Schedule 1, which lists by Member State the assessed contributions to the Administrative "
     "Part of the Budget that remained unpaid at the end of the year."),
    ("p", "4", "The statements are expressed in US dollars. Schedule 1 is expressed in Swiss francs, the "
     "currency in which assessed contributions are levied. A dash (\u2013) denotes a nil amount; amounts in "
     "parentheses are negative."),
    ("h2", "B.", "Administrative Part of the Budget"),
    ("p", "5", "The Administrative Part of the Budget for 2007 was approved at CHF 37,121,000 and was "
     "financed in full by assessed contributions from Member States. Expenditure under this Part, "
     "including a provision of USD 145,900 for doubtful contributions receivable, amounted to "
     "USD 31,324,223.{2} Income exceeded expenditure by USD 60,684, which has been added to the fund "
     "balance of the Administrative Part."),
    ("p", "6", "Staff salaries and benefits accounted for 80 per cent of the expenditure of the Administrative "
     "Part. The remainder covered the general operating costs of Headquarters and of the regional offices, "
     "among them communications, the rent and maintenance of premises, travel on official business and "
     "the share of the Organization in the security arrangements of the United Nations system. The number "
     "of posts funded from the Administrative Part was the same as in the previous year, the additional "
     "workload arising from the growth of operations having been absorbed by posts funded from "
     "project-related overhead income."),
    ("h2", "C.", "Operational Part of the Budget"),
    ("p", "7", "Expenditure under the Operational Part of the Budget amounted to USD 783,256,835 in 2007, an "
     "increase of nearly 12 per cent over the previous year, reflecting in particular the expansion of "
     "programmes of assistance to internally displaced persons and of labour migration and counter-"
     "trafficking activities."),
    ("p", "8", "Voluntary contributions of USD 771,355,410 were recognized as income in 2007. Funds "
     "received in advance for activities to be carried out in later years, which amounted to "
     "USD 270,118,904 at the end of the year, are shown as deferred income in Statement I and do not form "
     "part of the income of the year."),
    ("p", "9", "Income under the Operational Part fell short of expenditure by USD 1,845,220, mainly as a "
     "result of exchange losses on contributions received in currencies other than the US dollar. The "
     "shortfall has been charged to the fund balance of the Operational Part, which stood at "
     "USD 40,035,292 at the end of the year."),
    ("h2", "D.", "Outstanding assessed contributions to the Administrative Part of the|Budget as at "
     "31 December 2007"),
    ("p", "10", "At the end of the year, assessed contributions outstanding from 26 Member States totalled "
     "CHF %s, as detailed in Schedule 1, against CHF 1,497,740 at the end of 2006. In accordance with "
     "Resolution No. 1156 (XCIV) of 29 November 2007, the Administration took the following "
     "measures:" % format(S_TOT[3], ",")),
    ("i1", "(a)", "reminders were addressed to the Member States concerned at the end of each quarter, "
     "together with a statement of the amounts due;"),
    ("i1", "(b)", "payment plans were concluded with two Member States, namely:"),
    ("i2", "(i)", "Liberia, for the settlement of its arrears in annual instalments over five years, "
     "starting in 2008;"),
    ("i2", "(ii)", "Kyrgyzstan, for the settlement of its arrears in equal instalments over three years, "
     "together with its current contributions; and"),
    ("i1", "(c)", "the status of contributions outstanding was reported to each session of the Standing "
     "Committee on Programmes and Finance."),
    ("p", "11", "The Executive Committee is invited to take note of the present report and to recommend to "
     "the Council that it approve the financial statements for the year ended 31 December 2007."),
]

# --------------------------------------------------------------------------------------------
# layout engine (records drawing operations per page, so the cover can show the page numbers)
# --------------------------------------------------------------------------------------------

def split_marker(word):
    """'revised.{1}' -> ('revised.', '1')"""
    if word.endswith("}") and "{" in word:
        i = word.index("{")
        return word[:i], word[i + 1:-1]
    return word, None

def word_width(word, font, size):
    base, mk = split_marker(word)
    w = stringWidth(base, font, size)
    if mk:
        w += stringWidth(mk, font, SUP) + 0.3
    return w

def wrap(text, width_first, width_rest, font=BODY, size=BS):
    words = text.split()
    lines, cur, curw = [], [], 0.0
    sp = stringWidth(" ", font, size)
    for w in words:
        ww = word_width(w, font, size)
        limit = width_first if not lines else width_rest
        if cur and curw + sp + ww > limit:
            lines.append(cur)
            cur, curw = [w], ww
        else:
            curw = curw + sp + ww if cur else ww
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines

class Doc:
    def __init__(self):
        self.pages = []          # each page: dict(ops=[], fns=[], label=..)
        self.fn_queue = []       # footnote lines carried to the next page

    def new_page(self, label):
        pg = {"ops": [], "fn": [], "label": label}
        self.pages.append(pg)
        self.page = pg
        self.y = TOP
        return pg

    def fn_height(self, fnlines):
        if not fnlines:
            return 0
        return 14 + len(fnlines) * FLEAD

    def op(self, *a):
        self.page["ops"].append(a)

def draw_words(c, words, x, y, width, font, size, justify):
    sp = stringWidth(" ", font, size)
    widths = [word_width(w, font, size) for w in words]
    gap = sp
    if justify and len(words) > 1:
        gap = (width - sum(widths)) / (len(words) - 1)
    for w, ww in zip(words, widths):
        base, mk = split_marker(w)
        c.setFont(font, size)
        c.drawString(x, y, base)
        if mk:
            c.setFont(font, SUP)
            c.drawString(x + stringWidth(base, font, size) + 0.3, y + size * 0.38, mk)
        x += ww + gap

def header(c, label):
    c.setFont(BODY, 10)
    c.drawRightString(RM, H - 36, SYMBOL)
    c.drawRightString(RM, H - 48, label)

# ------------------------------- flowing introduction ---------------------------------------

doc = Doc()
page_no = [1]
heading_pages = {}

def start_text_page():
    pg = doc.new_page("Page %d" % page_no[0])
    page_no[0] += 1
    doc.y = H - 84
    if doc.fn_queue:
        pg["fn"].extend(doc.fn_queue)
        doc.fn_queue = []
    return pg

def limit():
    return BOTTOM + doc.fn_height(doc.page["fn"])

def place_line(words, x, width, justify, font=BODY, size=BS, extra_ops=None):
    """Place one text line; reserve footnote space for any marker it carries (splitting the footnote
    body over two pages when it does not fit)."""
    markers = [split_marker(w)[1] for w in words if split_marker(w)[1]]
    need_fn = []
    for m in markers:
        flines = wrap("{%s} " % m + FOOTNOTES[m], RM - LM - 14, RM - LM - 14, BODY, FS)
        need_fn.append((m, flines))
    if doc.y - LEAD < limit():
        start_text_page()
    doc.y -= LEAD
    for m, flines in need_fn:
        cur = doc.page["fn"]
        room = int((doc.y - 4 - BOTTOM - doc.fn_height(cur) - (14 if not cur else 0)) // FLEAD)
        take = min(len(flines), max(room, 1))
        for k, fl in enumerate(flines):
            entry = ("first" if k == 0 else "cont", fl, k == len(flines) - 1)
            if k < take:
                cur.append(entry)
            else:
                doc.fn_queue.append(entry)
    if extra_ops:
        for e in extra_ops:
            doc.op(*e, doc.y)
    doc.op("words", words, x, doc.y, width, font, size, justify)

def paragraph(num, text):
    width_first = RM - (LM + 36)
    lines = wrap(text, width_first, RM - LM)
    if doc.y - 2 * LEAD < limit():          # keep at least two lines together at the start
        start_text_page()
    for k, ln in enumerate(lines):
        last = k == len(lines) - 1
        if k == 0:
            place_line(ln, LM + 36, width_first, not last,
                       extra_ops=[("text", LM, num + ".", BODY, BS)])
        else:
            place_line(ln, LM, RM - LM, not last)
    doc.y -= LEAD * 0.75

def item(level, label, text):
    lx = LM + 36 * level
    tx = lx + 36
    lines = wrap(text, RM - tx, RM - tx)
    for k, ln in enumerate(lines):
        last = k == len(lines) - 1
        place_line(ln, tx, RM - tx, not last,
                   extra_ops=[("text", lx, label, BODY, BS)] if k == 0 else None)
    doc.y -= LEAD * 0.6

def heading1(text):
    if doc.y - 4 * LEAD < limit():
        start_text_page()
    doc.y -= LEAD
    doc.op("center", text, BODY_B, BS, doc.y)
    heading_pages[text] = doc.page["label"].split()[-1]
    doc.y -= LEAD * 0.9

def heading2(label, text):
    parts = text.split("|")
    if doc.y - (len(parts) + 3) * LEAD < limit():
        start_text_page()
    doc.y -= LEAD * 0.4
    for k, part in enumerate(parts):
        doc.y -= LEAD
        if k == 0:
            doc.op("text", LM, label, BODY_B, BS, doc.y)
        doc.op("text", LM + 36, part, BODY_B, BS, doc.y)
    heading_pages[label] = doc.page["label"].split()[-1]
    doc.y -= LEAD * 0.9

start_text_page()
doc.y = H - 84
doc.y -= LEAD
doc.op("center", "FINANCIAL REPORT FOR THE YEAR ENDED 31 DECEMBER 2007", BODY, BS, doc.y)
doc.y -= LEAD * 0.6
for blk in INTRO:
    k = blk[0]
    if k == "h1":
        heading1(blk[1])
    elif k == "h2":
        heading2(blk[1], blk[2])
    elif k == "p":
        paragraph(blk[1], blk[2])
    elif k == "i1":
        item(1, blk[1], blk[2])
    elif k == "i2":
        item(2, blk[1], blk[2])
assert not doc.fn_queue

# ------------------------------------ tables ------------------------------------------------

TS = 8.5
TF, TFB = "Helvetica", "Helvetica-Bold"
TLEAD = 13

def table_title(label, title_lines, unit):
    y = H - 96
    doc.op("center", label, TFB, 10, y)
    y -= 20
    for t in title_lines:
        doc.op("center", t, TFB, 10, y)
        y -= 13
    y -= 4
    doc.op("center", unit, TF, 9, y)
    return y - 16

def col_heads(y, heads, rule_x0=LM, rule_x1=RM):
    """heads: list of (right_x or ('c', centre_x), [lines])"""
    nmax = max(len(h[1]) for h in heads)
    doc.op("line", rule_x0, y + 10, rule_x1, y + 10)
    for pos, lines in heads:
        pad = nmax - len(lines)
        for k, ln in enumerate(lines):
            yy = y - (pad + k) * 10.5
            if isinstance(pos, tuple):
                doc.op("center_at", pos[1], ln, TFB, 8, yy)
            else:
                doc.op("right", pos, ln, TFB, 8, yy)
    y -= (nmax - 1) * 10.5
    doc.op("line", rule_x0, y - 5, rule_x1, y - 5)
    return y - 19

def num_row(y, label, cells, bold=False, indent=0, rule_cols=None, label_x=LM):
    f = TFB if bold else TF
    base, mk = split_marker(label)
    doc.op("text", label_x + indent, base, f, TS, y)
    if mk:
        doc.op("text", label_x + indent + stringWidth(base, f, TS) + 0.4, mk, f, SUP, y + 3.3)
    for x, v in cells:
        if isinstance(v, str):
            doc.op("center_at", x, v, f, TS, y)
        else:
            doc.op("right", x, fmt(v), f, TS, y)
    if rule_cols:
        for x in rule_cols:
            doc.op("line", x - 62, y + 9.5, x, y + 9.5)
    return y - TLEAD

def group_row(y, label):
    doc.op("text", LM, label, TFB, TS, y)
    return y - TLEAD

# Statement I ------------------------------------------------------------------------------
pg = doc.new_page("Page %d" % page_no[0]); page_no[0] += 1
y = table_title("STATEMENT I",
                ["STATEMENT OF ASSETS, LIABILITIES, RESERVES AND FUND BALANCES", "AS AT 31 DECEMBER 2007"],
                "(in US dollars)")
C1, C2 = 430, 523
y = col_heads(y, [(C1, ["31 December", "2007"]), (C2, ["31 December", "2006"])])
y = group_row(y, "ASSETS")
for lab, a, b in ASSETS:
    y = num_row(y, lab, [(C1, a), (C2, b)], indent=10)
y -= 2
y = num_row(y, "Total assets", [(C1, ta_07), (C2, ta_06)], bold=True, rule_cols=[C1, C2])
y -= 8
y = group_row(y, "LIABILITIES")
for lab, a, b in LIAB:
    y = num_row(y, lab, [(C1, a), (C2, b)], indent=10)
y -= 2
y = num_row(y, "Total liabilities", [(C1, tl_07), (C2, tl_06)], bold=True, rule_cols=[C1, C2])
y -= 8
y = group_row(y, "RESERVES AND FUND BALANCES")
for lab, a, b in RES:
    y = num_row(y, lab, [(C1, a), (C2, b)], indent=10)
y -= 2
y = num_row(y, "Total reserves and fund balances", [(C1, tr_07), (C2, tr_06)], bold=True,
            rule_cols=[C1, C2])
y -= 8
y = num_row(y, "TOTAL LIABILITIES, RESERVES AND FUND BALANCES", [(C1, ta_07), (C2, ta_06)], bold=True,
            rule_cols=[C1, C2])
doc.op("line", C1 - 62, y + 10, C1, y + 10)
doc.op("line", C2 - 62, y + 10, C2, y + 10)
STMT1_PAGE = pg["label"].split()[-1]

# Statement II -----------------------------------------------------------------------------
pg = doc.new_page("Page %d" % page_no[0]); page_no[0] += 1
y = table_title("STATEMENT II",
                ["STATEMENT OF INCOME AND EXPENDITURE BY PART OF THE BUDGET",
                 "FOR THE YEAR ENDED 31 DECEMBER 2007"],
                "(in US dollars)")
NX = ("c", 250)
A_, O_, T7, T6 = 324, 392, 459, 523
y = col_heads(y, [(NX, ["Notes"]), (A_, ["Administrative", "Part"]), (O_, ["Operational", "Part"]),
                  (T7, ["Total", "2007"]), (T6, ["Total", "2006"])])
def s2row(y, lab, note, a, o, t6, bold=False, rules=False, indent=10):
    cells = [(A_, a), (O_, o), (T7, a + o), (T6, t6)]
    if note:
        cells.insert(0, (NX[1], note))
    return num_row(y, lab, cells, bold=bold, indent=indent, rule_cols=[A_, O_, T7, T6] if rules else None)
y = group_row(y, "INCOME")
for lab, n, a, o, t6 in INC:
    y = s2row(y, lab, n, a, o, t6)
y -= 2
y = s2row(y, "Total income", "", inc_a, inc_o, inc_06, bold=True, rules=True, indent=0)
y -= 8
y = group_row(y, "EXPENDITURE")
for lab, n, a, o, t6 in EXP:
    y = s2row(y, lab, n, a, o, t6)
y -= 2
y = s2row(y, "Total expenditure", "", exp_a, exp_o, exp_06, bold=True, rules=True, indent=0)
y -= 10
y = s2row(y, "Excess (shortfall) for the year", "", net_a, net_o, net_06, bold=True, indent=0)
y -= 4
y = s2row(y, "Fund balances, beginning of year", "", beg_a, beg_o, beg_06, indent=0)
y -= 2
y = s2row(y, "Fund balances, end of year", "", end_a, end_o, end_06, bold=True, rules=True, indent=0)
for x in (A_, O_, T7, T6):
    doc.op("line", x - 62, y + 10, x, y + 10)
STMT2_PAGE = pg["label"].split()[-1]

# Schedule 1 -------------------------------------------------------------------------------
K1, K2, K3, K4 = 268, 352, 436, 523
NAMEW = 112
SHEADS = [(("c", LM + 40), ["Member States"]),
          (K1, ["Outstanding at", "1 January 2007"]),
          (K2, ["Assessed", "contributions", "for 2007"]),
          (K3, ["Contributions", "received", "in 2007"]),
          (K4, ["Outstanding at", "31 December", "2007"])]

def sched_rows(y, rows):
    for name, b, a, r, e in rows:
        parts = name.split("|")
        for p in parts[:-1]:
            assert stringWidth(p, TF, TS) <= NAMEW
            doc.op("text", LM, p, TF, TS, y)
            y -= 10.5
        assert stringWidth(split_marker(parts[-1])[0], TF, TS) <= NAMEW, parts
        if len(parts) == 1:
            assert stringWidth(split_marker(name)[0], TF, TS) <= NAMEW
        y = num_row(y, parts[-1], [(K1, b), (K2, a), (K3, r), (K4, e)])
    return y

# the long name does not fit the column and must wrap
assert stringWidth("Venezuela (Bolivarian Republic of)", TF, TS) > NAMEW

pg = doc.new_page("Page %d" % page_no[0]); page_no[0] += 1
y = table_title("SCHEDULE 1",
                ["ASSESSED CONTRIBUTIONS OUTSTANDING BY MEMBER STATE", "AS AT 31 DECEMBER 2007"],
                "(in Swiss francs)")
y = col_heads(y, SHEADS)
y = sched_rows(y, SCHED[:15])
SCHED_PAGE = pg["label"].split()[-1]

pg = doc.new_page("Page %d" % page_no[0]); page_no[0] += 1
y = H - 96
doc.op("center", "SCHEDULE 1 (cont'd)", TFB, 10, y)
y -= 22
doc.op("center", "(in Swiss francs)", TF, 9, y)
y -= 16
y = col_heads(y, SHEADS)
y = sched_rows(y, SCHED[15:])
y -= 2
y = num_row(y, "Total", [(K1, S_TOT[0]), (K2, S_TOT[1]), (K3, S_TOT[2]), (K4, S_TOT[3])], bold=True,
            rule_cols=[K1, K2, K3, K4])
for x in (K1, K2, K3, K4):
    doc.op("line", x - 62, y + 10, x, y + 10)
# the table footnote (marker on the Liberia row)
pg["fn"].append(("first", wrap("{3} " + FOOTNOTES["3"], RM - LM - 14, RM - LM - 14, BODY, FS)[0], False))
for fl in wrap("{3} " + FOOTNOTES["3"], RM - LM - 14, RM - LM - 14, BODY, FS)[1:]:
    pg["fn"].append(("cont", fl, False))

# --------------------------------------------------------------------------------------------
# rendering
# --------------------------------------------------------------------------------------------

c = canvas.Canvas(OUT, pagesize=A4)
c.setTitle("Financial Report for the Year Ended 31 December 2007")
c.setAuthor("International Organization for Migration")

# cover -------------------------------------------------------------------------------------
c.setFont(BODY_B, 12)
c.drawRightString(RM, H - 60, SYMBOL)
c.setFont(BODY, 11)
c.drawRightString(RM, H - 76, "Original: English")
c.drawRightString(RM, H - 90, "14 May 2008")
c.setFont(BODY_B, 11)
c.drawCentredString(W / 2, H - 130, "NINETY-SIXTH SESSION")
c.setFont(BODY, 11)
c.drawString(LM, H - 150, "_" * 82)
c.setFont(BODY_B, 13)
c.drawCentredString(W / 2, H - 196, "FINANCIAL REPORT FOR THE YEAR ENDED")
c.drawCentredString(W / 2, H - 213, "31 DECEMBER 2007")

c.setFont(BODY_B, 11)
c.drawCentredString(W / 2, H - 268, "CONTENTS")
c.setFont(BODY, 10)
c.drawRightString(RM, H - 290, "Page")

def toc_entry(y, x, label, text, page, width):
    """label at x, text after it; long entries wrap and only the last line carries leaders and page."""
    tx = x + (30 if label else 0)
    avail = RM - 40 - tx
    lines = wrap(text, avail, avail, BODY, 11)
    c.setFont(BODY, 11)
    if label:
        c.drawString(x, y, label)
    for k, ln in enumerate(lines):
        s = " ".join(ln)
        c.drawString(tx, y, s)
        if k == len(lines) - 1:
            start = tx + stringWidth(s + " ", BODY, 11)
            dots_w = RM - 16 - start
            n = int(dots_w / stringWidth(".", BODY, 11))
            c.drawString(start, y, "." * n)
            c.drawRightString(RM, y, page)
        else:
            y -= 13.5
    return y - 19

y = H - 310
y = toc_entry(y, LM, None, "INTRODUCTION", heading_pages["INTRODUCTION"], 0)
for lab, txt in [("A.", "Presentation of the financial statements"),
                 ("B.", "Administrative Part of the Budget"),
                 ("C.", "Operational Part of the Budget"),
                 ("D.", "Outstanding assessed contributions to the Administrative Part of the Budget as at "
                        "31 December 2007")]:
    y = toc_entry(y + 4, LM + 30, lab, txt, heading_pages[lab], 0)
y -= 6
y = toc_entry(y, LM, None, "STATEMENT I \u2013 Assets, liabilities, reserves and fund balances as at "
              "31 December 2007", STMT1_PAGE, 0)
y = toc_entry(y, LM, None, "STATEMENT II \u2013 Income and expenditure by part of the budget for the year "
              "ended 31 December 2007", STMT2_PAGE, 0)
y = toc_entry(y, LM, None, "SCHEDULE 1 \u2013 Assessed contributions outstanding by Member State as at "
              "31 December 2007", SCHED_PAGE, 0)

c.setFont(BODY, 11)
c.drawString(LM, 128, "__________")
c.setFont(BODY, 10)
c.drawString(LM, 110, "This document is submitted to the Executive Committee at its Hundred and fifth Session")
c.drawString(LM, 98, "in June 2008.")
c.setFont(BODY_B, 12)
for x, wd in ((LM + 40, "COUNCIL"), (W / 2, "CONSEIL"), (RM - 40, "CONSEJO")):
    c.drawCentredString(x, 56, wd)
c.showPage()

# other pages -------------------------------------------------------------------------------
for pg in doc.pages:
    header(c, pg["label"])
    for o in pg["ops"]:
        kind = o[0]
        if kind == "words":
            _, words, x, y, width, font, size, justify = o
            draw_words(c, words, x, y, width, font, size, justify)
        elif kind == "text":
            _, x, s, font, size, y = o
            c.setFont(font, size)
            c.drawString(x, y, s)
        elif kind == "center":
            _, s, font, size, y = o
            c.setFont(font, size)
            c.drawCentredString(W / 2, y, s)
        elif kind == "center_at":
            _, x, s, font, size, y = o
            c.setFont(font, size)
            c.drawCentredString(x, y, s)
        elif kind == "right":
            _, x, s, font, size, y = o
            c.setFont(font, size)
            c.drawRightString(x, y, s)
        elif kind == "line":
            _, x0, y0, x1, y1 = o
            c.setLineWidth(0.5)
            c.line(x0, y0, x1, y1)
    if pg["fn"]:
        fy = BOTTOM + (len(pg["fn"]) - 1) * FLEAD
        c.setLineWidth(0.5)
        c.line(LM, fy + 14, LM + 144, fy + 14)
        for kind, words, last in pg["fn"]:
            base, mk = split_marker(words[0])
            if kind == "first" and mk is not None and base == "":
                c.setFont(BODY, SUP)
                c.drawString(LM, fy + 3.4, mk)
                draw_words(c, words[1:], LM + 14, fy, RM - LM - 14, BODY, FS, False)
            else:
                draw_words(c, words, LM + 14, fy, RM - LM - 14, BODY, FS, False)
            fy -= FLEAD
    c.showPage()
c.save()

print("pages:", 1 + len(doc.pages), "heading pages:", heading_pages)
print("sched totals:", S_TOT, "recv", recv_07, recv_06)
print("ops exp", exp_o, "2006 total exp", exp_06, "ratio", exp_o/(exp_06-29800000))
