"""Lay out an invented IOM Financial Report for 2002 (MC/2102) on A4 with the reportlab canvas.

Everything in this document (symbol, figures, names, references) is invented for a blind parser test.
"""
import re
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

W, H = A4
LM = 72.0
RM = W - 68.0
TOP = H - 90.0
BOTTOM = 58.0
SYMBOL = "MC/2102"

RM_ = "Times-Roman"
BD = "Times-Bold"
IT = "Times-Italic"
BI = "Times-BoldItalic"

BODY = 10.5
LEAD = 12.7
FN = 9.0
FNLEAD = 10.8
TB = 8.6          # table font size
TBLEAD = 10.8     # table row height


# ----------------------------------------------------------------------------------------------
# figures
# ----------------------------------------------------------------------------------------------
def fmt(v):
    if v is None:
        return ""
    if v == 0:
        return "\u2013"
    if v < 0:
        return "(" + "{:,}".format(-v) + ")"
    return "{:,}".format(v)


# Table 1 (CHF)
t1 = {
    "assessed": (36418000, 36418000),
    "new": (0, 212519),
    "staff": (28107000, 27693402),
    "travel": (1046000, 958117),
    "office": (7265000, 7239267),
}
t1_inc_b = t1["assessed"][0] + t1["new"][0]
t1_inc_a = t1["assessed"][1] + t1["new"][1]
t1_exp_b = t1["staff"][0] + t1["travel"][0] + t1["office"][0]
t1_exp_a = t1["staff"][1] + t1["travel"][1] + t1["office"][1]
assert t1_inc_a - t1_exp_a == 739733, t1_inc_a - t1_exp_a

# Table 2 (USD)
t2 = [
    ("Movement, Emergency and Post-crisis Migration Management", 172418305, 158902614),
    ("Migration Health", 14226931, 12874508),
    ("Technical Cooperation on Migration", 31507842, 29310227),
    ("Assisted Voluntary Returns", 22861470, 24517107),
    ("Counter-trafficking", 9645118, 7902336),
    ("Compensation Programmes", 142316660, 176498421),
    ("General Programme Support", 13315212, 12794800),
]
t2_tot = sum(r[1] for r in t2)
t2_tot01 = sum(r[2] for r in t2)

# Statement I (USD): (admin, operational, total 2001)
adm_inc = 23521800
adm_exp = 23046751
op_vol = 398614205
op_int = 6932418
op_misc = 2407655
op_inc = op_vol + op_int + op_misc
op_staff = 98417362
op_transp = 121603477
op_comp = 139882104
op_other = t2_tot - op_staff - op_transp - op_comp
assert op_staff + op_transp + op_comp + op_other == t2_tot
op_exc = op_inc - t2_tot
adm_exc = adm_inc - adm_exp

s1_01 = {
    "assessed": 22875410, "vol": 412066912, "int": 9118206, "misc": 1402337,
    "staff": 112506283, "transp": 108317054, "comp": 171902618, "other2": 0,
}
tot01_inc = s1_01["assessed"] + s1_01["vol"] + s1_01["int"] + s1_01["misc"]
s1_01["other2"] = t2_tot01 + 22611209 - s1_01["staff"] - s1_01["transp"] - s1_01["comp"]
tot01_exp = s1_01["staff"] + s1_01["transp"] + s1_01["comp"] + s1_01["other2"]
tot01_exc = tot01_inc - tot01_exp

adm_open = 1482117
op_open = 61905336
adm_credit = -265210
op_refund = -1217904
adm_close = adm_open + adm_exc + adm_credit
op_close = op_open + op_exc + op_refund
open01 = 58406775
credit01 = -311402
refund01 = -2133029
close01 = open01 + tot01_exc + credit01 + refund01
# make 2001 closing equal 2002 opening by adjusting the 2001 opening
open01 = (adm_open + op_open) - (tot01_exc + credit01 + refund01)
close01 = open01 + tot01_exc + credit01 + refund01
assert close01 == adm_open + op_open

# Statement II (USD)
recv = 2813914
recv01 = 2931854
loan = 13331410
loan01 = 11268109
deferred = 148206911
payable = 21405318
comp_unpaid = 58227610
payable01 = 19984207
comp_unpaid01 = 74418552
deferred01 = 131572904
res_tot = adm_close + op_close
liab = deferred + payable + comp_unpaid + loan
tot_assets = liab + res_tot
donors = 31904127
other_rec = 4518033
cash = tot_assets - recv - donors - other_rec
res01 = adm_open + op_open
liab01 = deferred01 + payable01 + comp_unpaid01 + loan01
tot_assets01 = liab01 + res01
donors01 = 28113360
other_rec01 = 3905281
cash01 = tot_assets01 - recv01 - donors01 - other_rec01

# Schedule 1 (CHF): prior years, 2002
sched = [
    ("Argentina", 0, 402611),
    ("Bolivia", 118306, 23507),
    ("Cape Verde", 41730, 9311),
    ("Democratic Republic of the Congo", 236914, 23507),
    ("Dominican Republic", 187202, 58412),
    ("Ecuador", 0, 74968),
    ("Guinea-Bissau", 96244, 9311),
    ("Haiti", 152090, 23507),
    ("Honduras", 71608, 23507),
    ("Liberia", 318476, 9311),
    ("Nicaragua", 109315, 23507),
    ("Peru", 384127, 289406),
    ("Sierra Leone", 201539, 9311),
    ("Venezuela", 561357, 1025364),
    ("Yemen", 0, 29210),
]
prior_tot = sum(r[1] for r in sched)
cur_tot = sum(r[2] for r in sched)
# adjust last rows so the totals match the text (CHF 2,478,908 and 1,903,208)
d_prior = 2478908 - prior_tot
d_cur = 1903208 - cur_tot
sched[13] = (sched[13][0], sched[13][1] + d_prior, sched[13][2] + d_cur)
prior_tot = sum(r[1] for r in sched)
cur_tot = sum(r[2] for r in sched)
assert prior_tot == 2478908 and cur_tot == 1903208, (prior_tot, cur_tot)
assert sched[13][1] > 0 and sched[13][2] > 0


# ----------------------------------------------------------------------------------------------
# text helpers
# ----------------------------------------------------------------------------------------------
SUP = re.compile(r"\^\{([^}]*)\}")


def words_of(text, font, size):
    """Split text into words; each word is a list of segments (kind, text)."""
    out = []
    for raw in text.split():
        segs = []
        pos = 0
        for m in SUP.finditer(raw):
            if m.start() > pos:
                segs.append(("t", raw[pos:m.start()]))
            segs.append(("s", m.group(1)))
            pos = m.end()
        if pos < len(raw):
            segs.append(("t", raw[pos:]))
        out.append(segs)
    return out


def seg_width(segs, font, size):
    w = 0.0
    for k, t in segs:
        if k == "t":
            w += stringWidth(t, font, size)
        else:
            w += stringWidth(t, RM_, size * 0.62)
    return w


def wrap(text, font, size, width, first_width=None):
    words = words_of(text, font, size)
    sp = stringWidth(" ", font, size)
    lines = []
    cur = []
    cur_w = 0.0
    limit = first_width if first_width is not None else width
    for wd in words:
        ww = seg_width(wd, font, size)
        if cur and cur_w + sp + ww > limit:
            lines.append(cur)
            cur = [wd]
            cur_w = ww
            limit = width
        else:
            cur_w = cur_w + (sp if cur else 0) + ww
            cur.append(wd)
    if cur:
        lines.append(cur)
    return lines


def markers_in(text):
    return SUP.findall(text)


def draw_words(c, line, x, y, font, size, width=None, justify=False):
    sp = stringWidth(" ", font, size)
    gap = sp
    if justify and width is not None and len(line) > 1:
        natural = sum(seg_width(w, font, size) for w in line) + sp * (len(line) - 1)
        gap = sp + (width - natural) / (len(line) - 1)
    for wd in line:
        for k, t in wd:
            if k == "t":
                c.setFont(font, size)
                c.drawString(x, y, t)
                x += stringWidth(t, font, size)
            else:
                c.setFont(RM_, size * 0.62)
                c.drawString(x, y + size * 0.38, t)
                x += stringWidth(t, RM_, size * 0.62)
        x += gap


# ----------------------------------------------------------------------------------------------
# layout engine: pages hold drawing operations; footnotes collect per page
# ----------------------------------------------------------------------------------------------
FOOTNOTES = {}


def fn_height(marker):
    text = FOOTNOTES[marker]
    lines = wrap(text, RM_, FN, RM - LM - 14)
    return len(lines) * FNLEAD + 2.0


class Doc:
    def __init__(self):
        self.pages = []
        self.page = None
        self.y = 0
        self.anchors = {}

    def new_page(self):
        self.page = {"ops": [], "fns": []}
        self.pages.append(self.page)
        self.y = TOP

    def reserve(self, extra=()):
        fns = list(self.page["fns"]) + list(extra)
        if not fns:
            return 0.0
        return 16.0 + sum(fn_height(m) for m in fns)

    def room(self, h, extra=()):
        return self.y - h >= BOTTOM + self.reserve(extra)

    def ensure(self, h, extra=()):
        if not self.room(h, extra):
            self.new_page()

    def op(self, f):
        self.page["ops"].append(f)

    def page_no(self):
        return len(self.pages)

    # -- elements -----------------------------------------------------------------------------
    def space(self, h):
        self.y -= h

    def centered(self, text, font, size, lead=None, space_after=0.0):
        lead = lead or size * 1.25
        self.ensure(lead)
        y = self.y - size
        self.op(lambda c, t=text, f=font, s=size, y=y: (c.setFont(f, s), c.drawCentredString(W / 2, y, t)))
        self.y -= lead + space_after

    def heading(self, label, text, font=BD, indent=0.0, text_x=34.0, anchor=None, space_before=8.0,
                after=6.0, need=None):
        need = need or (LEAD * 3 + space_before)
        self.ensure(need)
        self.y -= space_before
        y = self.y - BODY
        x0 = LM + indent
        self.op(lambda c, l=label, t=text, f=font, y=y, x0=x0, tx=text_x: (
            c.setFont(f, BODY), c.drawString(x0, y, l), c.drawString(LM + tx, y, t)))
        if anchor:
            self.anchors[anchor] = self.page_no()
        self.y -= LEAD + after

    def block(self, text, x_text, label=None, x_label=None, font=RM_, size=BODY, lead=LEAD,
              space_after=6.0, justify=True):
        width = RM - x_text
        lines = wrap(text, font, size, width)
        for i, line in enumerate(lines):
            line_text = " ".join("".join(t for k, t in wd if k == "t") for wd in line)
            mks = []
            for wd in line:
                mks += [t for k, t in wd if k == "s"]
            self.ensure(lead, mks)
            self.page["fns"] += mks
            y = self.y - size
            last = (i == len(lines) - 1)
            self.op(lambda c, ln=line, y=y, x=x_text, f=font, s=size, w=width, j=(justify and not last):
                    draw_words(c, ln, x, y, f, s, w, j))
            if i == 0 and label:
                self.op(lambda c, l=label, y=y, x=x_label, f=font, s=size: (c.setFont(f, s), c.drawString(x, y, l)))
            self.y -= lead
        self.y -= space_after

    def para(self, num, text):
        self.block(text, LM + 34, label="%d." % num, x_label=LM)

    def text(self, text):
        self.block(text, LM)

    def item(self, label, text, level=1, space_after=4.0):
        xl = LM + 34 + (level - 1) * 30
        xt = xl + (30 if label != "\u2022" else 18)
        self.block(text, xt, label=label, x_label=xl, space_after=space_after)

    def table(self, title_lines, caption, cols, head, rows, note=None, before=10.0):
        """cols: list of (width, align); head: list of header lines (each a list of cells);
        rows: list of (cells, style) with style in {'', 'group', 'total', 'grand'}"""
        h = before + len(title_lines) * 13.0 + (14.0 if caption else 0) + len(head) * TBLEAD + 8 \
            + len(rows) * TBLEAD + 10 + (12 if note else 0)
        self.ensure(h)
        self.y -= before
        for (t, f, s) in title_lines:
            y = self.y - s
            self.op(lambda c, t=t, f=f, s=s, y=y: (c.setFont(f, s), c.drawCentredString(W / 2, y, t)))
            self.y -= s * 1.35
        if caption:
            y = self.y - 10
            self.op(lambda c, t=caption, y=y: (c.setFont(IT, 10), c.drawCentredString(W / 2, y, t)))
            self.y -= 16.0
        xs = []
        x = LM
        for wdt, al in cols:
            xs.append((x, wdt, al))
            x += wdt
        right = x
        top = self.y
        self.op(lambda c, y=top, r=right: (c.setLineWidth(0.6), c.line(LM, y, r, y)))
        self.y -= 2
        for hl in head:
            y = self.y - TB
            for (x0, wdt, al), cell in zip(xs, hl):
                if not cell:
                    continue
                if al == "r":
                    self.op(lambda c, t=cell, x=x0 + wdt - 3, y=y: (c.setFont(BD, TB), c.drawRightString(x, y, t)))
                elif al == "c":
                    self.op(lambda c, t=cell, x=x0 + wdt / 2, y=y: (c.setFont(BD, TB), c.drawCentredString(x, y, t)))
                else:
                    self.op(lambda c, t=cell, x=x0 + 2, y=y: (c.setFont(BD, TB), c.drawString(x, y, t)))
            self.y -= TBLEAD
        self.y -= 2
        yl = self.y
        self.op(lambda c, y=yl, r=right: (c.setLineWidth(0.6), c.line(LM, y, r, y)))
        self.y -= 3
        for cells, style in rows:
            if style in ("total", "grand"):
                yl = self.y - 1
                x_from = xs[2][0] if len(xs) > 2 and xs[1][1] < 40 else xs[1][0]
                self.op(lambda c, y=yl, a=x_from + 6, r=right: (c.setLineWidth(0.4), c.line(a, y, r, y)))
                self.y -= 2
            y = self.y - TB
            font = BD if style in ("group", "total", "grand") else RM_
            for i, ((x0, wdt, al), cell) in enumerate(zip(xs, cells)):
                if cell is None or cell == "":
                    continue
                if i == 0:
                    indent = 0 if style in ("group", "grand") else 8
                    segs = words_of(cell, font, TB)
                    self.op(lambda c, ln=segs, x=x0 + 2 + indent, y=y, f=font: draw_words(c, ln, x, y, f, TB))
                elif al == "r":
                    self.op(lambda c, t=cell, x=x0 + wdt - 3, y=y, f=font: (c.setFont(f, TB), c.drawRightString(x, y, t)))
                else:
                    self.op(lambda c, t=cell, x=x0 + wdt / 2, y=y: (c.setFont(RM_, TB), c.drawCentredString(x, y, t)))
            self.y -= TBLEAD
            if style == "grand":
                yl = self.y + 2
                self.op(lambda c, y=yl, a=xs[1][0] + 6, r=right: (c.setLineWidth(0.4), c.line(a, y, r, y),
                                                                  c.line(a, y - 2, r, y - 2)))
                self.y -= 3
        yl = self.y
        self.op(lambda c, y=yl, r=right: (c.setLineWidth(0.6), c.line(LM, y, r, y)))
        self.y -= 4
        if note:
            y = self.y - 8
            segs = words_of(note, RM_, 8.5)
            self.op(lambda c, ln=segs, y=y: draw_words(c, ln, LM, y, RM_, 8.5))
            self.y -= 12
        self.y -= 6


# ----------------------------------------------------------------------------------------------
# content
# ----------------------------------------------------------------------------------------------
FOOTNOTES.update({
    "1": "The report of the External Auditor on the accounts of the Organization for the year 2002 is "
         "contained in document MC/2103.",
    "2": "Croatia, Kenya and the Republic of Moldova, whose contributions for 2002 were assessed "
         "pro rata temporis from the date of their admission.",
    "3": "The procedure for applying Article 4 of the Constitution to Member States whose arrears equal or "
         "exceed the contributions due for the preceding two years is set out in Resolution No. 1035 (LXXX) "
         "of 29 November 2000.",
    "4": "The latest report, \u201cStatus report on outstanding contributions to the Administrative part of "
         "the Budget\u201d, is contained in document MC/INF/258.",
})

d = Doc()
d.new_page()  # body page 1
d.centered("FINANCIAL REPORT FOR THE YEAR ENDED 31 DECEMBER 2002", BD, BODY, space_after=8)

d.heading("I.", "INTRODUCTION", anchor="I")
d.para(1, "The Director General has the honour to submit to the Council, in accordance with Article 13 of the "
          "Financial Regulations, the Financial Report of the Organization for the year ended 31 December 2002. "
          "It comprises a summary of the financial results of the year, the financial statements with the notes "
          "thereto, and a schedule of the assessed contributions outstanding from Member States.")
d.para(2, "The financial statements have been audited by the External Auditor, whose opinion and report on "
          "the accounts for 2002 are issued separately.^{1} The statements are expressed in US dollars; the "
          "Administrative Programme, which is budgeted and assessed in Swiss francs, is also summarized in "
          "that currency in Table 1 below.")
d.para(3, "The Programme and Budget for 2002 (MC/2064) was approved by the Council through Resolution "
          "No. 1060 (LXXXII) of 29 November 2001, and revised in the light of the actual level of funding in "
          "document MC/2079, which the Council endorsed through Resolution No. 1074 (LXXXIV) of 4 December "
          "2002. Comparative figures for 2001 are taken from the audited Financial Report for that year "
          "(MC/2040).")

d.heading("II.", "SUMMARY OF FINANCIAL RESULTS", anchor="II")
d.heading("A.", "Administrative Programme", font=BI, anchor="IIA", space_before=2.0)
d.para(4, "The Administrative Programme closed the year with a surplus of CHF 739,733, compared with a "
          "surplus of CHF 412,268 in 2001. Total expenditure of CHF 35,890,786 remained within the approved "
          "budget of CHF 36,418,000, mainly because a number of posts at Headquarters were left vacant for part "
          "of the year and official travel was held to a minimum.")
d.para(5, "Income includes the assessed contributions of the three States admitted to membership during "
          "2002,^{2} which were not foreseen in the budget. In accordance with Article 10 of the Financial "
          "Regulations, the surplus will be credited to Member States in proportion to their assessments once "
          "the contributions on which it depends have been received.")
d.para(6, "Table 1 compares the approved budget of the Administrative Programme with the actual income and "
          "expenditure of the year.")
C3 = [(209, "l"), (82, "r"), (82, "r"), (82, "r")]
d.table([], "Table 1 \u2013 Administrative Programme: budget and actual figures (in Swiss francs)", C3,
        [["", "Approved", "Actual", "Variance"], ["", "budget", "2002", ""]],
        [
            (["Assessed contributions of Member States", fmt(t1["assessed"][0]), fmt(t1["assessed"][1]),
              fmt(t1["assessed"][1] - t1["assessed"][0])], ""),
            (["Contributions of new Member States^{*}", fmt(t1["new"][0]), fmt(t1["new"][1]),
              fmt(t1["new"][1] - t1["new"][0])], ""),
            (["Total income", fmt(t1_inc_b), fmt(t1_inc_a), fmt(t1_inc_a - t1_inc_b)], "total"),
            (["Staff salaries and benefits", fmt(t1["staff"][0]), fmt(t1["staff"][1]),
              fmt(t1["staff"][0] - t1["staff"][1])], ""),
            (["Travel and representation", fmt(t1["travel"][0]), fmt(t1["travel"][1]),
              fmt(t1["travel"][0] - t1["travel"][1])], ""),
            (["Office and general services", fmt(t1["office"][0]), fmt(t1["office"][1]),
              fmt(t1["office"][0] - t1["office"][1])], ""),
            (["Total expenditure", fmt(t1_exp_b), fmt(t1_exp_a), fmt(t1_exp_b - t1_exp_a)], "total"),
            (["Surplus for the year", fmt(t1_inc_b - t1_exp_b), fmt(t1_inc_a - t1_exp_a),
              fmt(t1_inc_a - t1_exp_a)], "grand"),
        ],
        note="* Assessed pro rata temporis from the date of admission; see paragraph 5.")

d.heading("B.", "Operational Programmes", font=BI, anchor="IIB", space_before=4.0)
d.para(7, "Expenditure under the operational programmes amounted to USD %s, a decrease of 3.9 per cent on the "
          "USD %s spent in 2001. The decrease results almost entirely from the winding down of the "
          "compensation programmes, whose expenditure fell by more than USD 34 million, while "
          "movement, emergency and post-crisis activities grew by some 8.5 per cent."
       % (fmt(t2_tot), fmt(t2_tot01)))
d.para(8, "Table 2 shows operational expenditure by service area, as defined in the Programme and Budget.")
C2 = [(291, "l"), (82, "r"), (82, "r")]
d.table([], "Table 2 \u2013 Operational Programmes: expenditure by service area (in US dollars)", C2,
        [["Service area", "2002", "2001"]],
        [([r[0], fmt(r[1]), fmt(r[2])], "") for r in t2] +
        [(["Total", fmt(t2_tot), fmt(t2_tot01)], "grand")])
d.para(9, "Operational programmes are funded from voluntary contributions earmarked by donors for specific "
          "projects. Contributions received but not yet spent at the end of the year, amounting to "
          "USD %s, are carried forward to 2003 and shown in Statement II as contributions received in "
          "advance (Note 3)." % fmt(deferred))

d.heading("C.", "Outstanding contributions", font=BI, anchor="IIC", space_before=4.0)
d.para(10, "Assessed contributions outstanding at 31 December 2002 amounted to CHF 4,382,116 (2001: "
           "CHF 4,917,452). Of this amount:")
d.item("(a)", "CHF 1,903,208 relates to the assessments for 2002;")
d.item("(b)", "CHF 2,478,908 relates to earlier years,^{3} namely:")
d.item("(i)", "CHF 858,453 for 2001; and", level=2)
d.item("(ii)", "CHF 1,620,455 for 2000 and earlier years, owed by nine Member States which are subject to "
               "the provisions of Article 4 of the Constitution.", level=2, space_after=7.0)
d.para(11, "During the year the Administration pursued the collection of arrears by:")
d.item("\u2022", "writing to the Member States concerned after each session of the Executive Committee and of "
                 "the Council;")
d.item("\u2022", "negotiating payment plans, four of which were in force at the end of the year; and")
d.item("\u2022", "reporting on the status of contributions to each session of the Subcommittee on Budget and "
                 "Finance.^{4}", space_after=7.0)

d.heading("III.", "FINANCIAL STATEMENTS", anchor="III")
d.para(12, "The financial statements comprise Statement I, income and expenditure and changes in reserves and "
           "fund balances, and Statement II, assets, liabilities, reserves and fund balances, each with the "
           "figures of 2001 for comparison. Figures of the Administrative Programme have been converted into "
           "US dollars at the United Nations operational rates of exchange. The column headed \u201cNote\u201d "
           "refers to the notes to the financial statements in Chapter IV.")

# ---- Statement I (kept whole; starts a new page when it does not fit)
S1_ROWS = [
    (["INCOME", "", "", "", "", ""], "group"),
    (["Assessed contributions", "2", fmt(adm_inc), "\u2013", fmt(adm_inc), fmt(s1_01["assessed"])], ""),
    (["Voluntary contributions", "3", "\u2013", fmt(op_vol), fmt(op_vol), fmt(s1_01["vol"])], ""),
    (["Interest income", "", "\u2013", fmt(op_int), fmt(op_int), fmt(s1_01["int"])], ""),
    (["Miscellaneous income", "1", "\u2013", fmt(op_misc), fmt(op_misc), fmt(s1_01["misc"])], ""),
    (["Total income", "", fmt(adm_inc), fmt(op_inc), fmt(adm_inc + op_inc), fmt(tot01_inc)], "total"),
    (["EXPENDITURE", "", "", "", "", ""], "group"),
    (["Staff and office costs", "", fmt(adm_exp), fmt(op_staff), fmt(adm_exp + op_staff),
      fmt(s1_01["staff"])], ""),
    (["Transportation and related costs", "", "\u2013", fmt(op_transp), fmt(op_transp),
      fmt(s1_01["transp"])], ""),
    (["Compensation paid to claimants", "", "\u2013", fmt(op_comp), fmt(op_comp), fmt(s1_01["comp"])], ""),
    (["Other direct programme costs", "", "\u2013", fmt(op_other), fmt(op_other), fmt(s1_01["other2"])], ""),
    (["Total expenditure", "", fmt(adm_exp), fmt(t2_tot), fmt(adm_exp + t2_tot), fmt(tot01_exp)], "total"),
    (["Excess of income over expenditure", "", fmt(adm_exc), fmt(op_exc), fmt(adm_exc + op_exc),
      fmt(tot01_exc)], "total"),
    (["Reserves and fund balances, 1 January", "", fmt(adm_open), fmt(op_open), fmt(adm_open + op_open),
      fmt(open01)], ""),
    (["Surplus credited to Member States", "", fmt(adm_credit), "\u2013", fmt(adm_credit), fmt(credit01)], ""),
    (["Refunds to donors", "", "\u2013", fmt(op_refund), fmt(op_refund), fmt(refund01)], ""),
    (["Reserves and fund balances, 31 December", "", fmt(adm_close), fmt(op_close),
      fmt(adm_close + op_close), fmt(adm_open + op_open)], "grand"),
]
d.ensure(3 * 14 + 16 + 2 * TBLEAD + len(S1_ROWS) * TBLEAD + 40)
d.anchors["S1"] = d.page_no()
C5 = [(158, "l"), (28, "c"), (67, "r"), (67, "r"), (67, "r"), (68, "r")]
d.table([("STATEMENT I", BD, 10.5),
         ("INCOME AND EXPENDITURE AND CHANGES IN RESERVES AND FUND BALANCES", BD, 10.0),
         ("for the year ended 31 December 2002", RM_, 10.0)],
        "(in US dollars)", C5,
        [["", "", "Administrative", "Operational", "Total", "Total"],
         ["", "Note", "Programme", "Programmes", "2002", "2001"]],
        S1_ROWS, before=6.0)

S2_ROWS = [
    (["ASSETS", "", "", ""], "group"),
    (["Cash and short-term deposits", "4", fmt(cash), fmt(cash01)], ""),
    (["Contributions receivable from Member States", "5", fmt(recv), fmt(recv01)], ""),
    (["Accounts receivable from donors", "", fmt(donors), fmt(donors01)], ""),
    (["Other receivables and advances", "", fmt(other_rec), fmt(other_rec01)], ""),
    (["Total assets", "", fmt(tot_assets), fmt(tot_assets01)], "total"),
    (["LIABILITIES", "", "", ""], "group"),
    (["Contributions received in advance", "3", fmt(deferred), fmt(deferred01)], ""),
    (["Accounts payable and accrued liabilities", "", fmt(payable), fmt(payable01)], ""),
    (["Compensation awarded, not yet paid", "", fmt(comp_unpaid), fmt(comp_unpaid01)], ""),
    (["Loan payable", "6", fmt(loan), fmt(loan01)], ""),
    (["Total liabilities", "", fmt(liab), fmt(liab01)], "total"),
    (["RESERVES AND FUND BALANCES", "", "", ""], "group"),
    (["Administrative Programme", "", fmt(adm_close), fmt(adm_open)], ""),
    (["Operational Programmes", "", fmt(op_close), fmt(op_open)], ""),
    (["Total reserves and fund balances", "", fmt(res_tot), fmt(res01)], "total"),
    (["TOTAL LIABILITIES, RESERVES AND FUND BALANCES", "", fmt(liab + res_tot), fmt(liab01 + res01)],
     "grand"),
]
d.ensure(3 * 14 + 16 + TBLEAD + len(S2_ROWS) * TBLEAD + 50)
d.anchors["S2"] = d.page_no()
C4 = [(262, "l"), (30, "c"), (82, "r"), (81, "r")]
d.table([("STATEMENT II", BD, 10.5),
         ("ASSETS, LIABILITIES, RESERVES AND FUND BALANCES", BD, 10.0),
         ("as at 31 December 2002", RM_, 10.0)],
        "(in US dollars)", C4,
        [["", "Note", "2002", "2001"]],
        S2_ROWS, before=16.0)

# ---- notes
d.heading("IV.", "NOTES TO THE FINANCIAL STATEMENTS", anchor="IV", space_before=10.0, need=LEAD * 6)
NH = dict(font=BD, text_x=0.0, space_before=1.0, after=3.0)


def note(n, title):
    d.heading("", "Note %d \u2013 %s" % (n, title), **NH)


def ntext(t):
    d.block(t, LM, space_after=5.0)


note(1, "Significant accounting policies")
ntext("The financial statements are prepared on the historical cost basis, in accordance with the Financial "
      "Regulations and with the accounting standards common to the United Nations system. Income and "
      "expenditure are recorded on an accrual basis, except for staff termination benefits, recorded when paid.")
ntext("Transactions in currencies other than the US dollar are converted at the United Nations operational "
      "rates of exchange in force at the date of the transaction; balances held at 31 December are converted "
      "at the rates ruling on that date, and the resulting differences are included in miscellaneous income.")
note(2, "Assessed contributions")
ntext("The assessments for 2002, totalling CHF 36,630,519, are recognized as income of the year and were "
      "converted at the average rate of 1.5573 Swiss francs to the US dollar.")
note(3, "Voluntary contributions")
ntext("Voluntary contributions are recognized as income to the extent that they have been spent on the "
      "projects for which they were earmarked; amounts received but not yet spent are shown in Statement II "
      "as contributions received in advance.")
note(4, "Cash and short-term deposits")
ntext("Cash is held in current accounts and in deposits maturing within three months, with banks of high "
      "credit standing at Headquarters and in some 20 field locations.")
note(5, "Contributions receivable from Member States")
ntext("This amount corresponds to the CHF 4,382,116 outstanding at 31 December 2002, converted at the "
      "year-end rate; the position of each Member State is shown in Schedule 1. No provision is made for "
      "arrears, which remain due in full.")
note(6, "Loan payable")
ntext("The interest-free loan of CHF 21,000,000 granted in 1996 by the Fondation des immeubles pour les "
      "organisations internationales (FIPOI) for the Headquarters building is repayable in 50 annual "
      "instalments of CHF 420,000; the balance at 31 December 2002 was CHF 18,480,000.")

# ---- schedule 1
C4b = [(209, "l"), (82, "r"), (82, "r"), (82, "r")]
rows = [([n, fmt(p), fmt(c2), fmt(p + c2)], "") for n, p, c2 in sched]
rows.append((["Total", fmt(prior_tot), fmt(cur_tot), fmt(prior_tot + cur_tot)], "grand"))
d.ensure(3 * 14 + 16 + 2 * TBLEAD + len(rows) * TBLEAD + 40)
d.anchors["SCH"] = d.page_no()
d.table([("SCHEDULE 1", BD, 10.5),
         ("ASSESSED CONTRIBUTIONS OUTSTANDING BY MEMBER STATE", BD, 10.0),
         ("as at 31 December 2002", RM_, 10.0)],
        "(in Swiss francs)", C4b,
        [["Member State", "Prior", "2002", "Total"], ["", "years", "", "outstanding"]],
        rows, before=10.0)

BODY_PAGES = d.pages
ANCH = d.anchors


# ----------------------------------------------------------------------------------------------
# rendering
# ----------------------------------------------------------------------------------------------
def running_header(c, label):
    c.setFont(RM_, 10)
    c.drawRightString(RM, H - 52, SYMBOL)
    c.drawRightString(RM, H - 64, label)


def draw_footnotes(c, fns):
    if not fns:
        return
    total = sum(fn_height(m) for m in fns)
    y = BOTTOM + total
    c.setLineWidth(0.5)
    c.line(LM, y + 8, LM + 144, y + 8)
    for m in fns:
        lines = wrap(FOOTNOTES[m], RM_, FN, RM - LM - 14)
        for i, ln in enumerate(lines):
            y -= FNLEAD
            if i == 0:
                c.setFont(RM_, FN * 0.62)
                c.drawString(LM, y + 3.6, m)
            draw_words(c, ln, LM + 14, y + 2, RM_, FN)
        y -= 2.0


def cover(c):
    c.setFont(BD, 11)
    c.drawRightString(RM, H - 70, SYMBOL)
    c.setFont(RM_, 11)
    c.drawRightString(RM, H - 86, "Original: English")
    c.drawRightString(RM, H - 100, "5 May 2003")
    c.setFont(BD, 11)
    c.drawCentredString(W / 2, H - 170, "EIGHTY-SIXTH SESSION")
    c.setLineWidth(1.0)
    c.line(LM + 60, H - 190, RM - 60, H - 190)
    c.setFont(BD, 13)
    c.drawCentredString(W / 2, H - 330, "FINANCIAL REPORT FOR THE YEAR ENDED")
    c.drawCentredString(W / 2, H - 348, "31 DECEMBER 2002")
    c.setFont(RM_, 11)
    c.drawString(LM, 205, "__________")
    c.drawString(LM, 186, "This document is submitted to the Executive Committee at its Hundredth Session in")
    c.drawString(LM, 172, "June 2003.")
    c.setLineWidth(0.8)
    c.line(LM, 80, RM, 80)
    c.setFont(BD, 10)
    c.drawString(LM + 20, 64, "COUNCIL")
    c.drawCentredString(W / 2, 64, "CONSEIL")
    c.drawRightString(RM - 20, 64, "CONSEJO")


def contents(c):
    running_header(c, "Page i")
    c.setFont(BD, 11)
    c.drawCentredString(W / 2, TOP - 11, "CONTENTS")
    c.setFont(RM_, 11)
    c.drawRightString(RM, TOP - 40, "Page")
    entries = [
        (0, "I.", "INTRODUCTION", ANCH["I"]),
        (0, "II.", "SUMMARY OF FINANCIAL RESULTS", ANCH["II"]),
        (1, "A.", "Administrative Programme", ANCH["IIA"]),
        (1, "B.", "Operational Programmes", ANCH["IIB"]),
        (1, "C.", "Outstanding contributions", ANCH["IIC"]),
        (0, "III.", "FINANCIAL STATEMENTS", ANCH["III"]),
        (1, "", "Statement I \u2013 Income and expenditure and changes in reserves and fund balances", ANCH["S1"]),
        (1, "", "Statement II \u2013 Assets, liabilities, reserves and fund balances", ANCH["S2"]),
        (0, "IV.", "NOTES TO THE FINANCIAL STATEMENTS", ANCH["IV"]),
        (1, "", "Schedule 1 \u2013 Assessed contributions outstanding by Member State", ANCH["SCH"]),
    ]
    y = TOP - 66
    for lvl, lab, title, pg in entries:
        if lvl == 0:
            y -= 8
        x = LM + lvl * 34
        c.setFont(RM_, 11)
        if lab:
            c.drawString(x, y, lab)
            tx = x + 30
        else:
            tx = x
        c.drawString(tx, y, title)
        end = tx + stringWidth(title, RM_, 11) + 4
        pg_s = str(pg)
        pw = stringWidth(pg_s, RM_, 11)
        dots_from = end
        dots_to = RM - pw - 6
        dw = stringWidth(".", RM_, 11) + 1.2
        n = int((dots_to - dots_from) / dw)
        xx = dots_to - n * dw
        for k in range(n):
            c.drawString(xx + k * dw, y, ".")
        c.drawRightString(RM, y, pg_s)
        y -= 20


def main():
    c = canvas.Canvas("financial-report-2003.pdf", pagesize=A4)
    c.setTitle("MC/2102 Financial Report for the year ended 31 December 2002")
    c.setAuthor("International Organization for Migration")
    cover(c)
    c.showPage()
    contents(c)
    c.showPage()
    for i, pg in enumerate(BODY_PAGES, start=1):
        running_header(c, "Page %d" % i)
        for f in pg["ops"]:
            f(c)
        draw_footnotes(c, pg["fns"])
        c.showPage()
    c.save()
    print("body pages:", len(BODY_PAGES), "anchors:", ANCH)
    for i, pg in enumerate(BODY_PAGES, start=1):
        print("page", i, "footnotes", pg["fns"])


if __name__ == "__main__":
    main()
