"""Draws financial-report-2001.pdf: an invented IOM Financial Report for the year 2000 (MC/2047, May 2001)."""
import re
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

W, H = A4
LM = 72.0
RM = W - 72.0
NUMX = 72.0
TX = 108.0
TOP = 742.0
BOTTOM = 66.0
SYMBOL = "MC/2047"
BF, BB, BI = "Times-Roman", "Times-Bold", "Times-Italic"
BS, LEAD = 11.0, 13.6
FS, FLEAD = 9.5, 11.0
TS, TLEAD = 10.0, 12.0

# ---------------------------------------------------------------- figures
def s(x):
    return sum(x)

# Statement II (2000, 1999)
inc = [
    ("Assessed contributions from Member States (Administrative Programme)", 22305846, 24118512),
    ("Voluntary contributions from governments and intergovernmental bodies for operational programmes", 311742905, 254806113),
    ("Contributions received for claims processing under the German Forced Labour Compensation Programme", 4612300, 0),
    ("Interest income", 6918444, 5207391),
    ("Miscellaneous income", 1384019, 1152640),
]
adm = (22128713, 23904226)
ops = [
    ("Movement, emergency and post-crisis migration management", 214507882, 171392045),
    ("Migration health", 18663209, 15920774),
    ("Technical cooperation on migration", 21935148, 19447601),
    ("Assisted voluntary returns and integration", 29804316, 26118390),
    ("Counter-trafficking", 3218774, 2106528),
    ("Mass information", 1092355, 884120),
    ("Claims processing (German Forced Labour Compensation Programme)", 3940612, 0),
    ("General programme support", 6205477, 5612906),
]
inc_tot = (s(r[1] for r in inc), s(r[2] for r in inc))
ops_tot = (s(r[1] for r in ops), s(r[2] for r in ops))
exp_tot = (ops_tot[0] + adm[0], ops_tot[1] + adm[1])
excess = (inc_tot[0] - exp_tot[0], inc_tot[1] - exp_tot[1])

# Annex (Swiss francs): arrears prior to 2000, 2000 contributions unpaid
annex = [
    ("Argentina", 412780, 398515),
    ("Bolivia", 61204, 14020),
    ("Democratic Republic of the Congo", 188950, 14020),
    ("Dominican Republic", 96315, 25610),
    ("Ecuador", 28744, 29830),
    ("El Salvador", 41127, 14020),
    ("Guatemala", 0, 25610),
    ("Haiti", 102466, 14020),
    ("Honduras", 55903, 14020),
    ("Kenya", 37512, 25610),
    ("Nicaragua", 74281, 14020),
    ("Peru", 846209, 99684),
    ("Uruguay", 0, 67480),
]
annex_prior = s(r[1] for r in annex)
annex_2000 = s(r[2] for r in annex)
annex_total = annex_prior + annex_2000
rate = 1.63
outst_usd = round(annex_total / rate)

# Statement I
assets = [
    ("Cash and short-term deposits", 118436512, 96217805),
    ("Accounts receivable from donors", 21384226, 18905412),
    ("Assessed contributions outstanding from Member States", outst_usd, 1902118),
    ("Staff and other advances", 1206473, 1091338),
    ("Loans receivable from refugees and migrants{4}", 47118930, 45602771),
    ("Prepaid expenses and other assets", 912664, 840219),
]
liabs = [
    ("Accounts payable and accrued expenses", 14927306, 12118650),
    ("Deferred income: contributions received in advance for 2001 activities", 86215840, 71486302),
    ("Provision for staff separation and end-of-service benefits", 9812447, 9104388),
]
a_tot = (s(r[1] for r in assets), s(r[2] for r in assets))
l_tot = (s(r[1] for r in liabs), s(r[2] for r in liabs))
res_tot = (a_tot[0] - l_tot[0], a_tot[1] - l_tot[1])
adm_fb = (1742615, 1388992)
rlf = (52306118, 49870554)
opfb = (res_tot[0] - adm_fb[0] - rlf[0], res_tot[1] - adm_fb[1] - rlf[1])
reserves = [
    ("Administrative Programme fund balance", *adm_fb),
    ("Operational Programmes fund balances", *opfb),
    ("Refugee Loan Fund", *rlf),
]

# Statement III
exch = (-1306442, -842310)
refunds99 = -3125908
refunds00 = res_tot[0] - res_tot[1] - excess[0] - exch[0]
open99 = res_tot[1] - excess[1] - exch[1] - refunds99
st3 = [
    ("Reserves and fund balances at 1 January", res_tot[1], open99),
    ("Excess of income over expenditure (Statement II)", excess[0], excess[1]),
    ("Exchange adjustments on Swiss franc balances", exch[0], exch[1]),
    ("Refunds of unspent balances to donors", refunds00, refunds99),
]
assert refunds00 < 0 and open99 > 0, (refunds00, open99)
assert opfb[0] > 0 and opfb[1] > 0


def fmt(v):
    if v is None:
        return ""
    if v == 0:
        return "-"
    if v < 0:
        return "({:,})".format(-v)
    return "{:,}".format(v)


pct = round((exp_tot[0] - exp_tot[1]) * 100.0 / exp_tot[1], 1)

# ---------------------------------------------------------------- text
FOOTNOTES = {
    "1": "See the Report of the External Auditor to the Council on the accounts for the year 2000 (MC/2049).",
    "2": "IOM was designated in 2000 to process the claims of non-Jewish former forced and slave labourers "
         "and other victims living outside the areas covered by the other partner organizations.",
    "3": "Under Article 4 of the Constitution, a Member State whose arrears equal or exceed the contributions "
         "due from it for the preceding two full years has no vote in the Council, unless the Council decides otherwise.",
    "4": "Travel loans granted under the Refugee Loan Fund, repayable by the beneficiaries after their arrival "
         "in the country of resettlement.",
}

P = {}
P[1] = ("The present report contains the financial statements of the International Organization for Migration "
        "(IOM) for the year ended 31 December 2000. It is submitted by the Director General in accordance with "
        "Article 9 of the Financial Regulations, together with the opinion of the External Auditor, which is "
        "issued as a separate document.{1}")
P[2] = ("The accounts of the Organization are kept in two parts. The Administrative Programme is financed by "
        "the assessed contributions of Member States and budgeted in Swiss francs; the Operational Programmes "
        "are financed mainly by voluntary contributions earmarked by donors for specific projects and are "
        "budgeted in US dollars. To give a combined view, all the statements in this report are expressed in "
        "US dollars. Swiss franc balances at the end of the year have been converted at the United Nations "
        "operational rate of exchange of 31 December 2000, namely CHF 1.63 to USD 1.00, and income and "
        "expenditure at the monthly rates applied during the year.")
P[3] = ("Combined expenditure for 2000 reached USD {:,}, compared with USD {:,} in 1999, an increase of {} per "
        "cent. Most of the growth came from the post-crisis programmes in Kosovo and East Timor and from the "
        "start of claims processing under the German Forced Labour Compensation Programme,{{2}} for which IOM "
        "acts as one of the partner organizations.").format(exp_tot[0], exp_tot[1], pct)
P[4] = ("The framework for the year was provided by the Programme and Budget for 2000 (MC/1979), as revised "
        "in the light of the Summary Update reviewed by the Executive Committee in June 2000 (MC/2012). The "
        "figures for 1999, shown for comparison in each statement, are taken from the Financial Report for the "
        "year ended 31 December 1999 (MC/2005); some of them have been regrouped to match the presentation "
        "adopted for 2000.")
P[5] = ("The Council, by Resolution No. 1017 (LXXVIII) of 2 December 1999, approved an Administrative "
        "Programme budget of CHF 36,866,000 for 2000. Actual expenditure was CHF 36,512,377, equivalent to "
        "USD {:,} at the rates applied during the year, which left an unspent balance of CHF 353,623. In line "
        "with established practice, this balance has been credited to the Administrative Programme fund "
        "balance shown in Statement I.").format(adm[0])
P[6] = ("Assessed contributions outstanding at 31 December 2000 amounted to CHF {:,}, against CHF 3,042,627 a "
        "year earlier. Of the thirteen Member States with amounts outstanding, which are listed in the Annex, "
        "eight had arrears equal to or greater than the contributions due for the two preceding full years.{{3}} "
        "The Administration continues to invite the Member States concerned to settle their arrears or to "
        "agree on a plan of payment.").format(annex_total)
P[7] = ("Expenditure under the Operational Programmes totalled USD {:,} in 2000, against USD {:,} in 1999. "
        "Movement, emergency and post-crisis migration management remained by far the largest service area, "
        "accounting for {} per cent of operational expenditure, followed by assisted voluntary returns and "
        "integration and by technical cooperation on migration.").format(
            ops_tot[0], ops_tot[1], round(ops[0][1] * 100.0 / ops_tot[0], 1))
P[8] = ("Voluntary contributions are recorded as income when the related activities are carried out. Funds "
        "received from donors before the end of the year for activities that will take place in 2001 are "
        "therefore shown as deferred income among the liabilities in Statement I, where they amount to "
        "USD {:,}.").format(liabs[1][1])
P[9] = ("The Refugee Loan Fund finances the transportation of refugees to resettlement countries through "
        "interest-free loans, which the beneficiaries repay once they are established. Loans receivable at the "
        "end of the year stood at USD {:,}, while repayments collected during 2000 were used to finance "
        "further movements.").format(assets[4][1])
P[10] = ("The financial statements that follow have been prepared on the historical cost basis and on the "
         "accrual basis of accounting, except for assessed contributions, which are recorded when they fall "
         "due. Statement I sets out the assets, liabilities and reserves of the Organization at the close of "
         "the year.")
P[11] = ("Total assets rose by USD {:,} during the year, mainly because cash and short-term deposits grew "
         "with the advance funding received for the programmes in the Balkans and East Timor. The matching "
         "increase in deferred income explains most of the rise in liabilities.").format(a_tot[0] - a_tot[1])
P[12] = ("Income for the year totalled USD {:,}. Voluntary contributions for operational programmes, which "
         "represent {} per cent of the total, continued to come mainly from a limited number of government "
         "donors, while earmarked funding from intergovernmental bodies, in particular the European "
         "Commission, grew markedly during the year.").format(inc_tot[0], round(inc[1][1] * 100.0 / inc_tot[0], 1))
P[13] = ("Interest income rose to USD {:,}, owing to higher average cash balances and to the rise in "
         "short-term interest rates on US dollar deposits in the course of 2000. Under the Financial "
         "Regulations, interest earned on funds held for specific projects is credited to those projects "
         "where the agreement with the donor so provides; the balance is used to support the structure of "
         "the Operational Programmes.").format(inc[3][1])
P[14] = ("Statement II shows the income received and the expenditure incurred in 2000 for the Administrative "
         "Programme and for the Operational Programmes, the latter grouped by service area as in the "
         "Programme and Budget.")
P[15] = ("The excess of income over expenditure, USD {:,} in 2000, arises almost entirely in the Operational "
         "Programmes, where contributions earmarked for projects still in progress at the end of the year are "
         "carried forward in the fund balances of the projects concerned.").format(excess[0])
P[16] = ("Statement III reconciles the reserves and fund balances at the beginning and at the end of the "
         "year.")
P[17] = ("The Executive Committee is invited to take note of the present report and to recommend that the "
         "Council approve the financial statements for the year ended 31 December 2000.")


# ---------------------------------------------------------------- primitives
def split_markers(text):
    """tokens: list of (word, marker or None)"""
    out = []
    for tok in text.split():
        m = re.match(r"^(.*?)\{(\w+)\}(.*)$", tok)
        if m:
            out.append((m.group(1), m.group(2), m.group(3)))
        else:
            out.append((tok, None, ""))
    return out


def tok_width(t, font, size):
    w = stringWidth(t[0], font, size)
    if t[1]:
        w += stringWidth(t[1], font, size * 0.65) + stringWidth(t[2], font, size)
    return w


def wrap(tokens, width, font, size):
    lines, cur, cw = [], [], 0.0
    sp = stringWidth(" ", font, size)
    for t in tokens:
        w = tok_width(t, font, size)
        if cur and cw + sp + w > width:
            lines.append(cur)
            cur, cw = [t], w
        else:
            cw = cw + sp + w if cur else w
            cur.append(t)
    if cur:
        lines.append(cur)
    return lines


def draw_line(c, x, y, toks, font, size, width=None, justify=False):
    sp = stringWidth(" ", font, size)
    nat = sum(tok_width(t, font, size) for t in toks) + sp * (len(toks) - 1)
    ws = 0.0
    if justify and width and len(toks) > 1:
        ws = (width - nat) / (len(toks) - 1)
    to = c.beginText()
    to.setTextOrigin(x, y)
    to.setWordSpace(ws)
    for i, t in enumerate(toks):
        to.setFont(font, size)
        to.textOut(t[0])
        if t[1]:
            to.setFont(font, size * 0.65)
            to.setRise(size * 0.38)
            to.textOut(t[1])
            to.setRise(0)
            to.setFont(font, size)
            if t[2]:
                to.textOut(t[2])
        if i < len(toks) - 1:
            to.textOut(" ")
    c.drawText(to)


def fn_lines(num):
    return wrap(split_markers(FOOTNOTES[num]), RM - (LM + 12), BF, FS)


# ---------------------------------------------------------------- layout engine for body pages
class Page:
    def __init__(self, label, annex=False):
        self.label = label
        self.annex = annex
        self.ops = []
        self.fns = []

    def fn_height(self, extra=()):
        nums = list(self.fns) + list(extra)
        if not nums:
            return 0.0
        return 18.0 + sum(len(fn_lines(n)) * FLEAD + 2 for n in nums)


class Flow:
    def __init__(self):
        self.pages = []
        self.toc = {}
        self.new_page()

    def new_page(self, label=None, annex=False):
        if label is None:
            label = str(len([p for p in self.pages if not p.annex]) + 1)
        self.pages.append(Page(label, annex))
        self.y = TOP

    @property
    def page(self):
        return self.pages[-1]

    def floor(self, extra_fns=()):
        return BOTTOM + self.page.fn_height(extra_fns) + 4

    def space(self, h):
        self.y -= h

    def centered(self, text, font, size, lead=None):
        lead = lead or size + 3
        y = self.y
        self.page.ops.append(lambda c, y=y: (c.setFont(font, size), c.drawCentredString(W / 2, y, text)))
        self.y -= lead

    def heading(self, num, text, key=None):
        # keep with 3 lines of next paragraph
        if self.y - 22 - 3 * LEAD < self.floor():
            self.new_page()
        if self.y < TOP:
            self.space(6)
        y = self.y
        self.page.ops.append(lambda c, y=y: (c.setFont(BB, BS), c.drawString(NUMX, y, num + "."),
                                             c.drawString(TX, y, text)))
        if key:
            self.toc[key] = self.page.label
        self.y -= LEAD + 10

    def para(self, num, text):
        toks = split_markers(text)
        lines = wrap(toks, RM - TX, BF, BS)
        fns = [t[1] for t in toks if t[1]]
        first = True
        while lines:
            avail = int((self.y - self.floor(fns)) // LEAD) + 1
            if avail >= len(lines):
                n = len(lines)
            elif fns or avail < 2 or len(lines) - avail < 2:
                self.new_page()
                continue
            else:
                n = avail
            for i in range(n):
                y = self.y
                last = (i == n - 1) and (n == len(lines))
                ln = lines[i]
                shownum = first and i == 0
                def op(c, y=y, ln=ln, last=last, shownum=shownum):
                    if shownum:
                        c.setFont(BF, BS)
                        c.drawString(NUMX, y, "%d." % num)
                    draw_line(c, TX, y, ln, BF, BS, RM - TX, justify=not last)
                self.page.ops.append(op)
                self.y -= LEAD
            self.page.fns.extend(fns)
            fns = []
            lines = lines[n:]
            first = False
            if lines:
                self.new_page()
        self.y -= 9

    def note(self, text, width_left=LM):
        toks = split_markers(text)
        lines = wrap(toks, RM - width_left, BF, FS)
        for i, ln in enumerate(lines):
            y = self.y
            last = i == len(lines) - 1
            self.page.ops.append(lambda c, y=y, ln=ln, last=last:
                                 draw_line(c, width_left, y, ln, BF, FS, RM - width_left, justify=not last))
            self.y -= FLEAD
        self.y -= 10

    # ---- tables
    def table(self, t, key=None):
        cols = t["cols"]          # list of (right_edge, line1, line2)
        labw = t["labw"]
        lab_x = t.get("lab_x", LM)

        def row_lines(r):
            ind = 12 if r["kind"] == "sub" else 0
            font = BB if r["kind"] in ("group", "total", "grand") else BF
            return wrap(split_markers(r["label"]), labw - ind, font, TS), ind, font

        def row_h(r):
            ln, _, _ = row_lines(r)
            h = len(ln) * TLEAD + 3
            if r["kind"] == "group":
                h += 5
            if r["kind"] in ("total", "grand"):
                h += 4
            return h

        def header_block(cont):
            y = self.y
            if cont:
                self.centered(t["label"] + " (cont'd)", BB, 11, 14)
            else:
                self.centered(t["label"], BB, 11, 15)
                for tl in t["title"]:
                    self.centered(tl, BB, 11, 14)
            self.centered(t["unit"], BF, 10, 13)
            self.y -= 8
            y1 = self.y
            hl = t.get("head_label")
            def op(c, y1=y1):
                c.setFont(BB, TS)
                for (rx, l1, l2) in cols:
                    c.drawRightString(rx, y1, l1)
                    c.drawRightString(rx, y1 - TLEAD, l2)
                if hl:
                    c.drawString(lab_x, y1 - TLEAD, hl)
                c.setLineWidth(0.5)
                c.line(lab_x, y1 - TLEAD - 5, RM, y1 - TLEAD - 5)
            self.page.ops.append(op)
            self.y -= 2 * TLEAD + 14

        rows = t["rows"]
        head_h = 15 + 14 * len(t["title"]) + 13 + 8 + 2 * TLEAD + 14
        need_start = head_h + sum(row_h(r) for r in rows[:5])
        if self.y - need_start < self.floor():
            self.new_page()
        header_block(False)
        if key:
            self.toc[key] = self.page.label
        note_h = 0
        if t.get("note"):
            note_h = len(wrap(split_markers(t["note"]), RM - LM, BF, FS)) * FLEAD + 6
        def plan(start):
            """index up to which rows fit on the current page, keeping at least 6 rows for a continuation"""
            y = self.y
            fl = list()
            for k in range(start, len(rows)):
                ln, _, _ = row_lines(rows[k])
                fl += [tk[1] for l in ln for tk in l if tk[1]]
                extra = note_h if k == len(rows) - 1 else 0
                y -= row_h(rows[k])
                if y - extra < self.floor(fl):
                    stop = k
                    if len(rows) - stop < 6:
                        stop = max(start + 3, len(rows) - 6)
                    while stop > start + 1 and not rows[stop - 1].get("vals"):
                        stop -= 1
                    return stop
            return len(rows)
        stop = plan(0)
        for i, r in enumerate(rows):
            ln, ind, font = row_lines(r)
            fns = [tk[1] for l in ln for tk in l if tk[1]]
            if i == stop:
                self.new_page()
                header_block(True)
                stop = plan(i)
            if r["kind"] == "group":
                self.y -= 5
            if r["kind"] in ("total", "grand"):
                self.y -= 4
                ytop = self.y + TLEAD - 2
                def op_rule(c, ytop=ytop):
                    c.setLineWidth(0.5)
                    for (rx, _, _) in cols:
                        c.line(rx - 62, ytop, rx, ytop)
                self.page.ops.append(op_rule)
            for j, l in enumerate(ln):
                y = self.y
                xoff = lab_x + ind + (8 if j > 0 else 0)
                self.page.ops.append(lambda c, y=y, l=l, font=font, xoff=xoff:
                                     draw_line(c, xoff, y, l, font, TS))
                if j == len(ln) - 1 and r.get("vals"):
                    vals = r["vals"]
                    def op_v(c, y=y, vals=vals, font=font):
                        c.setFont(font, TS)
                        for (rx, _, _), v in zip(cols, vals):
                            c.drawRightString(rx, y, fmt(v))
                    self.page.ops.append(op_v)
                self.y -= TLEAD
            if r["kind"] == "grand":
                yb = self.y + TLEAD - 4
                def op_dbl(c, yb=yb):
                    c.setLineWidth(0.5)
                    for (rx, _, _) in cols:
                        c.line(rx - 62, yb, rx, yb)
                        c.line(rx - 62, yb - 2, rx, yb - 2)
                self.page.ops.append(op_dbl)
            self.y -= 3
            self.page.fns.extend(fns)
        self.y -= 6
        if t.get("note"):
            self.note(t["note"])
        else:
            self.y -= 6


def R(label, vals=None, kind="row"):
    return {"label": label, "vals": vals, "kind": kind}


C2 = [(400.0, "31 December", "2000"), (RM, "31 December", "1999")]

ST1 = {
    "label": "STATEMENT I",
    "title": ["STATEMENT OF ASSETS, LIABILITIES AND RESERVES", "AS AT 31 DECEMBER 2000"],
    "unit": "(in US dollars)",
    "cols": C2, "labw": 238,
    "rows": [R("ASSETS", kind="group")] + [R(a, (x, y)) for a, x, y in assets] +
            [R("Total assets", a_tot, "total"), R("LIABILITIES", kind="group")] +
            [R(a, (x, y)) for a, x, y in liabs] +
            [R("Total liabilities", l_tot, "total"), R("RESERVES AND FUND BALANCES", kind="group")] +
            [R(a, (x, y)) for a, x, y in reserves] +
            [R("Total reserves and fund balances", res_tot, "total"),
             R("TOTAL LIABILITIES, RESERVES AND FUND BALANCES", a_tot, "grand")],
    "note": "Note: Swiss franc balances have been converted at CHF 1.63 to USD 1.00 at 31 December 2000 "
            "(CHF 1.60 to USD 1.00 at 31 December 1999).",
}

ST2 = {
    "label": "STATEMENT II",
    "title": ["STATEMENT OF INCOME AND EXPENDITURE", "FOR THE YEAR ENDED 31 DECEMBER 2000"],
    "unit": "(in US dollars)",
    "cols": C2, "labw": 238,
    "rows": [R("INCOME", kind="group")] + [R(a, (x, y)) for a, x, y in inc] +
            [R("Total income", inc_tot, "total"), R("EXPENDITURE", kind="group"),
             R("Administrative Programme", adm), R("Operational Programmes:")] +
            [R(a, (x, y), "sub") for a, x, y in ops] +
            [R("Total Operational Programmes", ops_tot, "total"),
             R("Total expenditure", exp_tot, "total"),
             R("EXCESS OF INCOME OVER EXPENDITURE", excess, "grand")],
    "note": "Note: Expenditure of the Administrative Programme, incurred in Swiss francs, has been converted "
            "at the monthly United Nations operational rates of exchange.",
}

ST3 = {
    "label": "STATEMENT III",
    "title": ["STATEMENT OF CHANGES IN RESERVES AND FUND BALANCES", "FOR THE YEAR ENDED 31 DECEMBER 2000"],
    "unit": "(in US dollars)",
    "cols": C2, "labw": 238,
    "rows": [R(a, (x, y)) for a, x, y in st3] +
            [R("Reserves and fund balances at 31 December", res_tot, "grand")],
}

AX = {
    "label": "ANNEX",  # not drawn as label by table(); used only for cont'd
    "title": [],
    "unit": "(in Swiss francs)",
    "cols": [(345.0, "Arrears", "prior to 2000"), (434.0, "Unpaid", "2000"),
             (RM, "Total", "outstanding")],
    "labw": 170, "head_label": "Member State",
    "rows": [R(n, (a, b, a + b)) for n, a, b in annex] +
            [R("Total", (annex_prior, annex_2000, annex_total), "grand")],
    "note": "Note: The total of CHF {:,} corresponds to USD {:,} at the rate of 31 December 2000 and is "
            "included in Statement I under assessed contributions outstanding from Member States.".format(
                annex_total, outst_usd),
}


def build_body():
    f = Flow()
    f.centered("FINANCIAL REPORT FOR THE YEAR ENDED 31 DECEMBER 2000", BF, BS, 26)
    f.heading("I", "INTRODUCTION", "I")
    for n in (1, 2, 3, 4):
        f.para(n, P[n])
    f.heading("II", "ADMINISTRATIVE PROGRAMME", "II")
    for n in (5, 6):
        f.para(n, P[n])
    f.heading("III", "OPERATIONAL PROGRAMMES", "III")
    for n in (7, 8, 9):
        f.para(n, P[n])
    f.new_page()
    f.heading("IV", "FINANCIAL STATEMENTS", "IV")
    f.para(10, P[10])
    f.table(ST1, "S1")
    f.para(11, P[11])
    f.new_page()
    for n in (12, 13, 14):
        f.para(n, P[n])
    f.table(ST2, "S2")
    f.para(15, P[15])
    f.para(16, P[16])
    f.table(ST3, "S3")
    f.para(17, P[17])
    # annex
    f.new_page(label="Annex", annex=True)
    f.space(8)
    f.centered("ANNEX", BB, 12, 26)
    f.centered("SCHEDULE OF ASSESSED CONTRIBUTIONS OUTSTANDING", BB, 11, 14)
    f.centered("FROM MEMBER STATES AS AT 31 DECEMBER 2000", BB, 11, 22)
    # the annex table: no separate label line, unit line sits over the table
    ax = dict(AX)
    f.y += 0
    draw_annex_table(f, ax)
    return f


def draw_annex_table(f, t):
    # reuse Flow.table without label/title lines: emulate with a minimal header
    t = dict(t)
    t["title"] = []
    lbl = t["label"]
    # temporarily monkeypatch centered for label suppression
    orig = f.centered
    calls = {"n": 0}
    def centered(text, font, size, lead=None):
        if text == lbl and calls["n"] == 0:
            calls["n"] += 1
            return
        orig(text, font, size, lead)
    f.centered = centered
    f.table(t)
    f.centered = orig


# ---------------------------------------------------------------- drawing
def header(c, label, annex=False):
    c.setFont(BF, BS)
    c.drawRightString(RM, H - 50, SYMBOL)
    c.drawRightString(RM, H - 63, "Annex" if annex else "Page " + label)


def draw_footnotes(c, page):
    if not page.fns:
        return
    hgt = page.fn_height()
    ytop = BOTTOM + hgt
    c.setLineWidth(0.5)
    c.line(LM, ytop - 6, LM + 144, ytop - 6)
    y = ytop - 18
    for n in page.fns:
        lines = fn_lines(n)
        c.setFont(BF, FS * 0.65)
        c.drawString(LM, y + FS * 0.38, n)
        for ln in lines:
            draw_line(c, LM + 12, y, ln, BF, FS)
            y -= FLEAD
        y -= 2


def cover(c):
    c.setFont(BB, 12)
    c.drawRightString(RM, H - 72, SYMBOL)
    c.setFont(BF, 11)
    c.drawRightString(RM, H - 100, "Original: English")
    c.drawRightString(RM, H - 114, "14 May 2001")
    c.setFont(BB, 11)
    c.drawCentredString(W / 2, H - 190, "EIGHTY-SECOND SESSION")
    c.setFont(BF, 11)
    c.drawCentredString(W / 2, H - 206, "_" * 78)
    c.setFont(BB, 13)
    c.drawCentredString(W / 2, H - 380, "FINANCIAL REPORT FOR THE YEAR ENDED")
    c.drawCentredString(W / 2, H - 398, "31 DECEMBER 2000")
    c.setFont(BF, 11)
    c.drawString(LM, 190, "__________")
    c.drawString(LM, 170, "This document is submitted to the Executive Committee at its Ninety-eighth Session")
    c.drawString(LM, 156, "in June 2001.")
    c.setFont(BB, 11)
    c.drawString(LM + 20, 72, "COUNCIL")
    c.drawCentredString(W / 2, 72, "CONSEIL")
    c.drawRightString(RM - 20, 72, "CONSEJO")


def toc_page(c, toc):
    header(c, "i")
    c.setFont(BB, 12)
    c.drawCentredString(W / 2, TOP - 4, "CONTENTS")
    c.setFont(BF, BS)
    c.drawRightString(RM, TOP - 36, "Page")
    entries = [
        (0, "I.", "INTRODUCTION", toc["I"]),
        (0, "II.", "ADMINISTRATIVE PROGRAMME", toc["II"]),
        (0, "III.", "OPERATIONAL PROGRAMMES", toc["III"]),
        (0, "IV.", "FINANCIAL STATEMENTS", toc["IV"]),
        (1, "", "Statement I \u2013 Statement of assets, liabilities and reserves as at 31 December 2000", toc["S1"]),
        (1, "", "Statement II \u2013 Statement of income and expenditure for the year ended 31 December 2000", toc["S2"]),
        (1, "", "Statement III \u2013 Statement of changes in reserves and fund balances for the year ended "
                "31 December 2000", toc["S3"]),
    ]
    y = TOP - 62
    for lvl, lab, text, pg in entries:
        x = TX if lvl == 0 else TX + 24
        font = BF
        if lab:
            c.setFont(font, BS)
            c.drawString(LM, y, lab)
        lines = wrap(split_markers(text), RM - 40 - x, font, BS)
        for i, ln in enumerate(lines):
            draw_line(c, x, y, ln, font, BS)
            if i == len(lines) - 1:
                end = x + sum(tok_width(t, font, BS) for t in ln) + stringWidth(" ", font, BS) * (len(ln) - 1)
                dot = stringWidth(".", font, BS)
                start = end + 4
                stop = RM - stringWidth(pg, font, BS) - 6
                n = int((stop - start) / (dot + 1.2))
                c.setFont(font, BS)
                c.drawString(start, y, "." * n if n > 0 else "")
                c.drawRightString(RM, y, pg)
                y -= LEAD + 8
            else:
                y -= LEAD


def main():
    flow = build_body()
    c = canvas.Canvas("financial-report-2001.pdf", pagesize=A4)
    c.setTitle("MC/2047 Financial Report for the year ended 31 December 2000")
    cover(c)
    c.showPage()
    toc_page(c, flow.toc)
    c.showPage()
    for p in flow.pages:
        header(c, p.label, p.annex)
        for op in p.ops:
            op(c)
        draw_footnotes(c, p)
        c.showPage()
    c.save()
    print("pages:", 2 + len(flow.pages), [p.label for p in flow.pages])
    print("toc:", flow.toc)
    print("exp_tot", exp_tot, "excess", excess, "ops", ops_tot, "inc", inc_tot)
    print("annex", annex_prior, annex_2000, annex_total, outst_usd)
    print("res", res_tot, "opfb", opfb, "refunds00", refunds00, "open99", open99)
    for i, p in enumerate(flow.pages):
        print(p.label, "fns", p.fns)


if __name__ == "__main__":
    main()
