# Draws financial-report-2017.pdf: IOM Financial Report for the year ended 31 December 2016 (C/108/3).
import re
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

W, H = A4
MM = 72.0 / 25.4
LM = 25 * MM
RM = W - 25 * MM
TOP = H - 33 * MM          # first text baseline on body pages
BOTTOM = 19 * MM           # lowest baseline for body text / footnotes
SYMBOL = "C/108/3"

F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
FS = 10                    # body size
LEAD = 12.6
SUP = 6.5                  # marker size
FNS = 8.5                  # footnote size
FNLEAD = 10.2
HANG = 28                  # hanging indent for paragraph numbers
ITEM = 26                  # extra indent for (a) items

# ---------------------------------------------------------------- text
# {n} = raised footnote marker
PARAS = []  # list of blocks: ("h1", num, [lines]) / ("h2", num, text) / ("p", num, text) / ("item", label, text)

B = PARAS.append
B(("h1", "I.", ["INTRODUCTION"]))
B(("p", "1", "The Director General has the honour to present the financial report of the International "
  "Organization for Migration (IOM) for the year ended 31 December 2016, in accordance with Article 11 "
  "of the Financial Regulations. The report gives an overview of the financial results of the year and "
  "reproduces the two principal financial statements together with one supporting schedule.{1}"))
B(("p", "2", "The financial statements have been prepared on a full accrual basis in conformity with the "
  "International Public Sector Accounting Standards (IPSAS).{2} The year under review was the fourth full "
  "year in which the Organization reported under IPSAS, and the External Auditor has issued an "
  "unqualified opinion on the statements."))
B(("p", "3", "Section II summarizes revenue and expenses for the year. Sections III and IV deal with the "
  "Administrative and the Operational Parts of the Budget respectively, and section V reports on the "
  "status of assessed contributions. Amounts in the narrative are rounded and may therefore not add up "
  "exactly to the totals shown in the statements."))
B(("h1", "II.", ["OVERVIEW OF FINANCIAL RESULTS"]))
B(("h2", "A.", "Revenue"))
B(("p", "4", "Total revenue for 2016 amounted to USD 1,626.5 million, compared with USD 1,484.1 million in "
  "2015, an increase of 9.6 per cent. The growth was due mainly to:"))
B(("item", "(a)", "the scaling-up of emergency and post-crisis operations in the Middle East, the Horn of "
  "Africa and the Lake Chad Basin;"))
B(("item", "(b)", "a larger number of refugees moved under national resettlement programmes, in "
  "particular to Canada and the United States of America; and"))
B(("item", "(c)", "an increase of USD 13.5 million in contributions received in kind, chiefly donated "
  "transport, storage and office premises."))
B(("p", "5", "Voluntary contributions, which fund the Operational Part of the Budget, totalled "
  "USD 1,498.3 million and represented 92.1 per cent of total revenue (2015: 92.4 per cent). "
  "Contributions are recognized as revenue when the related agreement becomes binding, unless "
  "conditions attached to them require deferral; at the end of the year, USD 1,012.6 million was "
  "carried as deferred revenue (Statement I)."))
B(("p", "6", "Assessed contributions of Member States were recognized at USD 49.9 million, the equivalent "
  "of CHF 48,615,000 at the United Nations operational rate of exchange. Investment income rose to "
  "USD 6.1 million (2015: USD 4.7 million), reflecting somewhat higher interest rates on short-term "
  "deposits in United States dollars."))
B(("h2", "B.", "Expenses"))
B(("p", "7", "Total expenses reached USD 1,608.6 million, 8.9 per cent more than in 2015 (USD 1,476.5 "
  "million). Staff and personnel costs, at USD 612.9 million, remained the largest category and "
  "represented 38.1 per cent of expenses; the increase reflects mainly the recruitment of project staff "
  "for emergency operations rather than any change in salary scales."))
B(("p", "8", "Payments to implementing partners and grants increased by 16.5 per cent, to USD 186.9 "
  "million, as a larger share of assistance in Iraq, the Syrian Arab Republic and Yemen was delivered "
  "through national and local partners. Expenses for the transport of migrants and refugees rose to "
  "USD 241.1 million in line with the larger resettlement caseload, while direct assistance to "
  "beneficiaries, consisting of cash-based support, shelter materials and non-food items, amounted to "
  "USD 152.4 million. Supplies and consumables accounted for a further USD 91.6 million."))
B(("p", "9", "After net other losses of USD 2.1 million, which arose mainly from the revaluation of "
  "balances held in pounds sterling and euros during the second half of the year, the Organization "
  "recorded a surplus of USD 15.7 million (2015: USD 8.9 million). Net assets accordingly increased "
  "from USD 149.3 million to USD 165.0 million."))
B(("h1", "III.", ["ADMINISTRATIVE PART OF THE BUDGET"]))
B(("p", "10", "The Administrative Part of the Budget for 2016 was approved at CHF 48,615,000.{3} "
  "Expenditure for the year amounted to CHF 48,402,118, leaving an unspent balance of CHF 212,882, or "
  "0.4 per cent of the approved budget."))
B(("p", "11", "The Administration proposes that the unspent balance be credited to the reserve of the "
  "Administrative Part of the Budget, which would then stand at CHF 1,904,606. No amount was drawn "
  "from the reserve during 2016."))
B(("h1", "IV.", ["OPERATIONAL PART OF THE BUDGET"]))
B(("p", "12", "Expenses under the Operational Part of the Budget amounted to USD 1,558.9 million, against "
  "USD 1,426.2 million in 2015. Movement, emergency and post-crisis migration management remained the "
  "largest service area, at USD 987.4 million or 63.3 per cent of operational expenses, followed by "
  "regulating migration (USD 298.1 million) and migration health (USD 142.6 million)."))
B(("p", "13", "Operational Support Income, which is derived from project overhead and funds the structural "
  "costs of support in the field and at Headquarters, amounted to USD 84.6 million against a budgeted "
  "level of USD 76.0 million. In line with Resolution No. 1266 of 26 November 2013, the excess of "
  "USD 8.6 million was transferred to the Operational Support Income reserve."))
B(("h1", "V.", ["STATUS OF ASSESSED CONTRIBUTIONS TO THE ADMINISTRATIVE", "PART OF THE BUDGET"]))
B(("p", "14", "At 31 December 2016, outstanding assessed contributions amounted to CHF 6,785,630, "
  "compared with CHF 6,261,625 at the beginning of the year (Schedule 1). Of the amount outstanding, "
  "CHF 3,054,935 related to 2015 and earlier years. At that date, 11 Member States were in arrears "
  "within the meaning of Article 4 of the Constitution.{4}"))
B(("p", "15", "The Director General thanks the Member States that paid their contributions promptly and in "
  "full, and urges those with outstanding balances to settle them as soon as possible or to agree on a "
  "payment plan with the Administration. The Standing Committee on Programmes and Finance is invited to "
  "review this report and to recommend its approval to the Council."))

FOOTNOTES = {
    "1": "The complete financial statements, including the notes to which the statements refer, are issued "
         "together with the report of the External Auditor on the accounts for 2016 (C/108/5).",
    "2": "IPSAS were adopted by the Organization with effect from 1 January 2013; see document MC/2339 and "
         "Resolution No. 1245 of 29 November 2012.",
    "3": "Programme and Budget for 2016 (C/106/7), as revised in the Summary update on the Programme and "
         "Budget for 2016 (S/18/11).",
    "4": "Under Article 4 of the Constitution, a Member State which is in arrears in the payment of its "
         "financial contributions to the Organization shall have no vote if the amount of its arrears "
         "equals or exceeds the amount of the contributions due from it for the preceding two full years. "
         "The situation of each Member State concerned is set out in the status report issued as "
         "document S/20/4.",
}


# ---------------------------------------------------------------- rich-text helpers
def tokens(text):
    """split into words; each word is a list of (string, is_marker)"""
    out = []
    for w in text.split(" "):
        parts = []
        for piece in re.split(r"(\{[^}]+\})", w):
            if not piece:
                continue
            if piece.startswith("{"):
                parts.append((piece[1:-1], True))
            else:
                parts.append((piece, False))
        out.append(parts)
    return out


def wwidth(word, font=F, size=FS):
    return sum(stringWidth(s, font, SUP if m else size) for s, m in word)


def wrap(text, width, first_width=None, font=F, size=FS):
    toks = tokens(text)
    lines, cur, cw = [], [], 0.0
    sp = stringWidth(" ", font, size)
    limit = first_width if first_width is not None else width
    for t in toks:
        tw = wwidth(t, font, size)
        if cur and cw + sp + tw > limit:
            lines.append(cur)
            cur, cw = [], 0.0
            limit = width
        cw = tw if not cur else cw + sp + tw
        cur.append(t)
    if cur:
        lines.append(cur)
    return lines


def markers_in(line):
    return [s for w in line for s, m in w if m]


def draw_rich(c, x, y, line, font=F, size=FS):
    t = c.beginText(x, y)
    first = True
    for w in line:
        if not first:
            t.setFont(font, size)
            t.setRise(0)
            t.textOut(" ")
        first = False
        for s, m in w:
            if m:
                t.setFont(font, SUP)
                t.setRise(3.6)
            else:
                t.setFont(font, size)
                t.setRise(0)
            t.textOut(s)
    t.setRise(0)
    c.drawText(t)


# ---------------------------------------------------------------- body layout (in memory)
class Page:
    def __init__(self):
        self.ops = []       # callables taking canvas
        self.fns = []       # footnote numbers on this page


pages = [Page()]
y = TOP
heading_pages = {}


def fn_height(nums):
    if not nums:
        return 0
    h = 14  # rule + gap
    for n in nums:
        h += len(wrap(FOOTNOTES[n], RM - LM - 12, size=FNS)) * FNLEAD + 2
    return h


def room_for(line_h, new_fns=()):
    cur = pages[-1]
    return y - line_h >= BOTTOM + fn_height(cur.fns + list(new_fns))


def new_page():
    global y
    pages.append(Page())
    y = TOP


def place_line(drawfn, line_h, new_fns=(), keep=0):
    """place one line; keep = extra height that must also fit (keep-with-next)"""
    global y
    if not room_for(line_h + keep, new_fns):
        new_page()
    pages[-1].ops.append((drawfn, y))
    pages[-1].fns.extend(new_fns)
    y -= line_h


prev = None
for blk in PARAS:
    kind = blk[0]
    if prev == "item" and kind != "item":
        y -= 5
    prev = kind
    if kind == "h1":
        num, lines = blk[1], blk[2]
        y -= 6
        # keep heading with three lines of next block
        need = len(lines) * LEAD + 8 + 3 * LEAD
        if not room_for(need):
            new_page()
        heading_pages[num] = len(pages)
        for i, ln in enumerate(lines):
            def d(c, yy, ln=ln, i=i, num=num):
                c.setFont(FB, FS)
                if i == 0:
                    c.drawString(LM, yy, num)
                c.drawString(LM + HANG, yy, ln)
            place_line(d, LEAD)
        y -= 8
    elif kind == "h2":
        num, text = blk[1], blk[2]
        need = LEAD + 6 + 3 * LEAD
        if not room_for(need):
            new_page()

        def d(c, yy, num=num, text=text):
            c.setFont(FB, FS)
            c.drawString(LM, yy, num)
            c.drawString(LM + HANG, yy, text)
        place_line(d, LEAD)
        y -= 8
    elif kind == "p":
        num, text = blk[1], blk[2]
        lines = wrap(text, RM - LM - HANG)
        for i, ln in enumerate(lines):
            def d(c, yy, ln=ln, i=i, num=num):
                if i == 0:
                    c.setFont(F, FS)
                    c.drawString(LM, yy, num + ".")
                draw_rich(c, LM + HANG, yy, ln)
            place_line(d, LEAD, markers_in(ln), keep=LEAD if i == 0 and len(lines) > 1 else 0)
        y -= 9.5
    elif kind == "item":
        label, text = blk[1], blk[2]
        lines = wrap(text, RM - LM - HANG - ITEM)
        for i, ln in enumerate(lines):
            def d(c, yy, ln=ln, i=i, label=label):
                if i == 0:
                    c.setFont(F, FS)
                    c.drawString(LM + HANG, yy, label)
                draw_rich(c, LM + HANG + ITEM, yy, ln)
            place_line(d, LEAD, markers_in(ln))
        y -= 4

BODY_PAGES = len(pages)


# ---------------------------------------------------------------- furniture
def running_header(c, label):
    c.setFont(F, 9.5)
    c.drawRightString(RM, H - 16 * MM, SYMBOL)
    c.drawRightString(RM, H - 16 * MM - 11.5, label)


def draw_footnotes(c, nums):
    if not nums:
        return
    h = fn_height(nums)
    yy = BOTTOM + h - 6
    c.setLineWidth(0.5)
    c.line(LM, yy + 2, LM + 45 * MM, yy + 2)
    yy -= 10
    for n in nums:
        lines = wrap(FOOTNOTES[n], RM - LM - 12, size=FNS)
        c.setFont(F, SUP)
        c.drawString(LM, yy + 3.2, n)
        for ln in lines:
            draw_rich(c, LM + 12, yy, ln, size=FNS)
            yy -= FNLEAD
        yy -= 2


# ---------------------------------------------------------------- statements
def fmt(v):
    if v is None:
        return "\u2013"
    if v < 0:
        return "({:,})".format(-v)
    return "{:,}".format(v)


STAT1 = [
    # (label, note, 2016, 2015, style)  style: g=group caps, s=subgroup, r=row, t=total, T=grand total
    ("ASSETS", "", "", "", "g"),
    ("Current assets", "", "", "", "s"),
    ("Cash and cash equivalents", "3", 612480, 548915, "r"),
    ("Short-term investments", "3", 184250, 210600, "r"),
    ("Contributions receivable", "4", 402316, 356072, "r"),
    ("Other receivables", "5", 38904, 41377, "r"),
    ("Prepayments and inventories", "", 20148, 15938, "r"),
    ("Total current assets", "", None, None, "t"),
    ("Non-current assets", "", "", "", "s"),
    ("Long-term contributions receivable", "4", 118760, 97345, "r"),
    ("Property, plant and equipment", "6", 28417, 27902, "r"),
    ("Intangible assets", "", 3126, 3874, "r"),
    ("Total non-current assets", "", None, None, "t"),
    ("TOTAL ASSETS", "", None, None, "T"),
    ("LIABILITIES", "", "", "", "g"),
    ("Deferred revenue", "7", 1012644, 936187, "r"),
    ("Payables and accruals", "", 96215, 88940, "r"),
    ("Employee benefits", "8", 134508, 126335, "r"),
    ("Borrowings", "", None, 1250, "r"),
    ("TOTAL LIABILITIES", "", None, None, "T"),
    ("NET ASSETS", "", "", "", "g"),
    ("Accumulated surplus", "", 121690, 108476, "r"),
    ("Reserves", "9", 43344, 40835, "r"),
    ("TOTAL NET ASSETS", "", None, None, "T"),
    ("TOTAL LIABILITIES AND NET ASSETS", "", None, None, "T"),
]
# compute totals
def _sum(rows, labels, col):
    d = {r[0]: r for r in rows}
    return sum((d[l][col] or 0) for l in labels)


def fill_totals(rows, spec):
    out = []
    vals = {}
    for r in rows:
        lab, note, a, b, st = r
        if lab in spec:
            a = sum(vals[x][0] * s for x, s in spec[lab])
            b = sum(vals[x][1] * s for x, s in spec[lab])
        vals[lab] = (a if isinstance(a, int) else 0, b if isinstance(b, int) else 0)
        out.append((lab, note, a, b, st))
    return out


CUR = ["Cash and cash equivalents", "Short-term investments", "Contributions receivable",
       "Other receivables", "Prepayments and inventories"]
NONCUR = ["Long-term contributions receivable", "Property, plant and equipment", "Intangible assets"]
LIAB = ["Deferred revenue", "Payables and accruals", "Employee benefits", "Borrowings"]
STAT1 = fill_totals(STAT1, {
    "Total current assets": [(x, 1) for x in CUR],
    "Total non-current assets": [(x, 1) for x in NONCUR],
    "TOTAL ASSETS": [("Total current assets", 1), ("Total non-current assets", 1)],
    "TOTAL LIABILITIES": [(x, 1) for x in LIAB],
    "TOTAL NET ASSETS": [("Accumulated surplus", 1), ("Reserves", 1)],
    "TOTAL LIABILITIES AND NET ASSETS": [("TOTAL LIABILITIES", 1), ("TOTAL NET ASSETS", 1)],
})
_t = {r[0]: r for r in STAT1}
assert _t["TOTAL ASSETS"][2] == _t["TOTAL LIABILITIES AND NET ASSETS"][2], (_t["TOTAL ASSETS"], _t["TOTAL LIABILITIES AND NET ASSETS"])
assert _t["TOTAL ASSETS"][3] == _t["TOTAL LIABILITIES AND NET ASSETS"][3]

STAT2 = [
    ("REVENUE", "", "", "", "g"),
    ("Voluntary contributions", "10", 1498320, 1371064, "r"),
    ("Assessed contributions", "11", 49912, 51287, "r"),
    ("In-kind contributions", "", 62405, 48930, "r"),
    ("Investment income", "3", 6118, 4702, "r"),
    ("Other revenue", "", 9741, 8115, "r"),
    ("Total revenue", "", None, None, "t"),
    ("EXPENSES", "", "", "", "g"),
    ("Staff and personnel costs", "12", 612874, 571209, "r"),
    ("Contractual services", "", 298530, 271846, "r"),
    ("Transport of migrants and refugees", "", 241067, 226493, "r"),
    ("Implementing partners and grants", "", 186912, 160478, "r"),
    ("Direct assistance to beneficiaries", "", 152388, 138720, "r"),
    ("Supplies and consumables", "", 91645, 84312, "r"),
    ("Depreciation and amortization", "6", 7932, 7540, "r"),
    ("Other operating expenses", "", 17284, 15906, "r"),
    ("Total expenses", "", None, None, "t"),
    ("OTHER GAINS AND LOSSES", "", "", "", "g"),
    ("Net foreign exchange (loss)/gain", "13", -1963, 1286, "r"),
    ("Loss on disposal of assets", "", -178, None, "r"),
    ("Total other gains and losses", "", None, None, "t"),
    ("SURPLUS FOR THE YEAR", "", None, None, "T"),
]
REV = ["Voluntary contributions", "Assessed contributions", "In-kind contributions", "Investment income",
       "Other revenue"]
EXP = ["Staff and personnel costs", "Contractual services", "Transport of migrants and refugees",
       "Implementing partners and grants", "Direct assistance to beneficiaries", "Supplies and consumables",
       "Depreciation and amortization", "Other operating expenses"]
STAT2 = fill_totals(STAT2, {
    "Total revenue": [(x, 1) for x in REV],
    "Total expenses": [(x, 1) for x in EXP],
    "Total other gains and losses": [("Net foreign exchange (loss)/gain", 1), ("Loss on disposal of assets", 1)],
    "SURPLUS FOR THE YEAR": [("Total revenue", 1), ("Total expenses", -1), ("Total other gains and losses", 1)],
})
_s = {r[0]: r for r in STAT2}
assert _s["SURPLUS FOR THE YEAR"][2] == _t["TOTAL NET ASSETS"][2] - _t["TOTAL NET ASSETS"][3], _s["SURPLUS FOR THE YEAR"]
assert _s["Total revenue"][2] == 1626496 and _s["Total expenses"][2] == 1608632
assert _s["Total revenue"][3] == 1484098 and _s["Total expenses"][3] == 1476504


def draw_statement(c, label, title_lines, unit, col_heads, rows):
    yy = H - 40 * MM
    c.setFont(FB, 11)
    c.drawCentredString(W / 2, yy, label)
    yy -= 18
    for tl in title_lines:
        c.drawCentredString(W / 2, yy, tl)
        yy -= 14
    c.setFont(F, 9.5)
    yy -= 2
    c.drawCentredString(W / 2, yy, unit)
    yy -= 26
    xn = LM + 92 * MM     # notes column centre
    x1 = LM + 128 * MM    # right edge, first year column
    x2 = RM               # right edge, second year column
    c.setFont(FB, 9)
    c.drawCentredString(xn, yy - 11, "Notes")
    for i, hl in enumerate(col_heads[0]):
        c.drawRightString(x1, yy - 11 * i, hl)
    for i, hl in enumerate(col_heads[1]):
        c.drawRightString(x2, yy - 11 * i, hl)
    yy -= 15
    c.setLineWidth(0.6)
    c.line(LM, yy, RM, yy)
    yy -= 15
    RL = 13.2
    for lab, note, a, b, st in rows:
        if st in ("g",):
            yy -= 4
            c.setFont(FB, 9.5)
            c.drawString(LM, yy, lab)
            yy -= RL
            continue
        if st == "s":
            c.setFont(FB, 9.5)
            c.drawString(LM + 6, yy, lab)
            yy -= RL
            continue
        if st in ("t", "T"):
            c.setLineWidth(0.4)
            c.line(x1 - 24 * MM, yy + 9.5, x1, yy + 9.5)
            c.line(x2 - 24 * MM, yy + 9.5, x2, yy + 9.5)
            font = FB
            indent = 12 if st == "t" else 0
        else:
            font = F
            indent = 12
        c.setFont(font, 9.5)
        c.drawString(LM + indent, yy, lab)
        if note:
            c.setFont(F, 9.5)
            c.drawCentredString(xn, yy, note)
        c.setFont(font, 9.5)
        c.drawRightString(x1, yy, fmt(a))
        c.drawRightString(x2, yy, fmt(b))
        if st == "T":
            c.line(x1 - 24 * MM, yy - 3, x1, yy - 3)
            c.line(x2 - 24 * MM, yy - 3, x2, yy - 3)
            yy -= 5
        yy -= RL
    return yy


# ---------------------------------------------------------------- schedule
SCHED = [
    # Member State, outstanding 1.1.2016, assessed 2016, received 2016
    ("Australia", None, 1126820, 1126820, ""),
    ("Belgium", 12480, 432870, 445350, ""),
    ("Brazil", 2836540, 1418760, 1890000, "a"),
    ("Canada", None, 1438930, 1438930, ""),
    ("France", None, 2366210, 2366210, ""),
    ("Germany", None, 3475620, 3475620, ""),
    ("Italy", None, 1832190, 1200000, ""),
    ("Japan", None, 4712380, 4712380, ""),
    ("Netherlands", None, 816150, 816150, ""),
    ("Norway", None, 413940, 413940, ""),
    ("Republic of Korea", None, 969030, 969030, ""),
    ("Spain", None, 1197300, 1197300, ""),
    ("Sweden", None, 929540, 929540, ""),
    ("Switzerland", None, 553060, 553060, ""),
    ("United Kingdom", None, 2450110, 2450110, ""),
    ("United States of America", None, 11125640, 11125640, ""),
    ("Other Member States (149)", 3412605, 13356450, 12980915, ""),
]
sched_rows = []
tot = [0, 0, 0, 0]
for name, o, a, r, m in SCHED:
    e = (o or 0) + a - r
    e = e if e else None
    sched_rows.append((name, o, a, r, e, m))
    for i, v in enumerate((o, a, r, e)):
        tot[i] += v or 0
assert tot == [6261625, 48615000, 48090995, 6785630], tot


def draw_schedule(c):
    yy = H - 40 * MM
    c.setFont(FB, 11)
    c.drawCentredString(W / 2, yy, "SCHEDULE 1")
    yy -= 18
    c.drawCentredString(W / 2, yy, "ASSESSED CONTRIBUTIONS TO THE ADMINISTRATIVE PART OF THE BUDGET")
    yy -= 14
    c.drawCentredString(W / 2, yy, "BY MEMBER STATE FOR THE YEAR ENDED 31 DECEMBER 2016")
    yy -= 16
    c.setFont(F, 9.5)
    c.drawCentredString(W / 2, yy, "(in Swiss francs)")
    yy -= 26
    cols = [LM + 83 * MM, LM + 108 * MM, LM + 133 * MM, RM]
    heads = [["Outstanding", "at 1 January", "2016"], ["Assessed", "contributions", "2016"],
             ["Contributions", "received", "in 2016"], ["Outstanding", "at 31 December", "2016"]]
    c.setFont(FB, 8.8)
    c.drawString(LM, yy - 22, "Member State")
    for x, hd in zip(cols, heads):
        for i, hl in enumerate(hd):
            c.drawRightString(x, yy - 11 * i, hl)
    yy -= 27
    c.setLineWidth(0.6)
    c.line(LM, yy, RM, yy)
    yy -= 14
    for name, o, a, r, e, m in sched_rows:
        c.setFont(F, 9.3)
        c.drawString(LM, yy, name)
        if m:
            c.setFont(F, SUP)
            c.drawString(LM + stringWidth(name, F, 9.3) + 1.5, yy + 3.6, m)
            c.setFont(F, 9.3)
        for x, v in zip(cols, (o, a, r, e)):
            c.drawRightString(x, yy, fmt(v))
        yy -= 13.2
    c.setLineWidth(0.4)
    for x in cols:
        c.line(x - 20 * MM, yy + 9.5, x, yy + 9.5)
    c.setFont(FB, 9.3)
    c.drawString(LM, yy, "Total")
    for x, v in zip(cols, tot):
        c.drawRightString(x, yy, fmt(v))
    for x in cols:
        c.line(x - 20 * MM, yy - 3, x, yy - 3)
    yy -= 26
    note = ("Includes CHF 946,540 in respect of 2013 and 2014, payable in annual instalments under the "
            "payment plan agreed with the Administration in 2015; the instalment due for 2016 was received "
            "in full.")
    lines = wrap(note, RM - LM - 10, size=8.5)
    c.setFont(F, SUP)
    c.drawString(LM, yy + 3.2, "a")
    for ln in lines:
        draw_rich(c, LM + 10, yy, ln, size=8.5)
        yy -= 10.2


# ---------------------------------------------------------------- contents (drawn on cover)
def contents_entries():
    p = lambda n: str(heading_pages[n])
    s1, s2, sc = BODY_PAGES + 1, BODY_PAGES + 2, BODY_PAGES + 3
    return [
        (0, "I.", ["INTRODUCTION"], p("I.")),
        (0, "II.", ["OVERVIEW OF FINANCIAL RESULTS"], p("II.")),
        (0, "III.", ["ADMINISTRATIVE PART OF THE BUDGET"], p("III.")),
        (0, "IV.", ["OPERATIONAL PART OF THE BUDGET"], p("IV.")),
        (0, "V.", ["STATUS OF ASSESSED CONTRIBUTIONS TO THE ADMINISTRATIVE", "PART OF THE BUDGET"], p("V.")),
        (0, "", ["FINANCIAL STATEMENTS AND SCHEDULE"], str(s1)),
        (1, "", ["Statement I \u2013 Statement of financial position as at 31 December 2016"], str(s1)),
        (1, "", ["Statement II \u2013 Statement of financial performance for the year ended",
                 "31 December 2016"], str(s2)),
        (1, "", ["Schedule 1 \u2013 Assessed contributions by Member State, 2016"], str(sc)),
    ]


def draw_leader(c, x_from, x_to, yy):
    dot = stringWidth(".", F, FS)
    x = x_from + 4
    s = ""
    while x + dot * (len(s) + 1) < x_to - 6:
        s += "."
    c.setFont(F, FS)
    c.drawString(x, yy, s)


def draw_cover(c):
    # header block
    c.setFont(FB, 11)
    c.drawRightString(RM, H - 20 * MM, SYMBOL)
    c.setFont(F, 10)
    c.drawRightString(RM, H - 20 * MM - 15, "Original: English")
    c.drawRightString(RM, H - 20 * MM - 28, "22 May 2017")
    c.setFont(FB, 11)
    c.drawString(LM, H - 42 * MM, "COUNCIL")
    c.setFont(F, 10.5)
    c.drawString(LM, H - 42 * MM - 14, "108th Session")
    c.setLineWidth(0.8)
    c.line(LM, H - 55 * MM, RM, H - 55 * MM)
    # title over two lines
    c.setFont(FB, 13)
    c.drawCentredString(W / 2, H - 80 * MM, "FINANCIAL REPORT FOR THE YEAR ENDED")
    c.drawCentredString(W / 2, H - 80 * MM - 19, "31 DECEMBER 2016")
    # contents
    yy = H - 118 * MM
    c.setFont(FB, 10.5)
    c.drawCentredString(W / 2, yy, "CONTENTS")
    yy -= 22
    c.setFont(F, 9.5)
    c.drawRightString(RM, yy, "Page")
    yy -= 18
    for lvl, num, lines, pg in contents_entries():
        x = LM + (24 if lvl else 0)
        tx = x + (26 if num else 0)
        for i, ln in enumerate(lines):
            c.setFont(F, FS)
            if i == 0 and num:
                c.drawString(x, yy, num)
            c.drawString(tx, yy, ln)
            if i == len(lines) - 1:
                draw_leader(c, tx + stringWidth(ln, F, FS), RM - 12, yy)
                c.setFont(F, FS)
                c.drawRightString(RM, yy, pg)
            yy -= LEAD
        yy -= 5
    # cover note
    c.setLineWidth(0.5)
    c.line(LM, 40 * MM, LM + 45 * MM, 40 * MM)
    note = ("This document is submitted to the Standing Committee on Programmes and Finance at its "
            "Twentieth Session in June 2017 for review, and to the Council at its 108th Session for approval.")
    yy = 40 * MM - 14
    for ln in wrap(note, RM - LM, size=9.5):
        draw_rich(c, LM, yy, ln, size=9.5)
        yy -= 12


# ---------------------------------------------------------------- render
c = canvas.Canvas("financial-report-2017.pdf", pagesize=A4)
c.setTitle("Financial Report for the year ended 31 December 2016 (C/108/3)")
c.setAuthor("International Organization for Migration")
draw_cover(c)
c.showPage()
for i, pg in enumerate(pages, start=1):
    running_header(c, "Page %d" % i)
    for fn, yy in pg.ops:
        fn(c, yy)
    draw_footnotes(c, pg.fns)
    c.showPage()

n = BODY_PAGES + 1
running_header(c, "Page %d" % n)
draw_statement(c, "STATEMENT I", ["STATEMENT OF FINANCIAL POSITION AS AT 31 DECEMBER 2016"],
               "(in thousands of US dollars)", (["31 December", "2016"], ["31 December", "2015"]), STAT1)
c.showPage()
running_header(c, "Page %d" % (n + 1))
draw_statement(c, "STATEMENT II", ["STATEMENT OF FINANCIAL PERFORMANCE", "FOR THE YEAR ENDED 31 DECEMBER 2016"],
               "(in thousands of US dollars)", (["31 December", "2016"], ["31 December", "2015"]), STAT2)
c.showPage()
running_header(c, "Page %d" % (n + 2))
draw_schedule(c)
c.showPage()
c.save()
print("body pages:", BODY_PAGES, "headings:", heading_pages, "fns:", [p.fns for p in pages])
