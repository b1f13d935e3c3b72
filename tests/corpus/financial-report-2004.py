"""Draws financial-report-2004.pdf: IOM Financial Report for the year ended 31 December 2003 (MC/2140).

Laid out with fpdf2 on A4, with a small hand-made line breaker so that footnote markers can be raised
and footnote bodies placed at the foot of the page on which their marker falls.
"""
import os
import re

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "financial-report-2004.pdf")

SYMBOL = "MC/2140"
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"

PAGE_W, PAGE_H = 210.0, 297.0
LM, RM = 25.0, 20.0
TW = PAGE_W - LM - RM
TOP_BODY = 36.0          # first text baseline area on pages with a running header
BOTTOM = 275.0           # lowest baseline on a page (footnotes included)
BODY_PT = 9.5
LINE_H = 4.55
FN_PT = 7.5
FN_LINE_H = 3.5
SUP_PT = 6.3
SUP_RISE = 1.6

USD_CHF_YEAR_END = 1.24

# --------------------------------------------------------------------------------------------------
# Figures
# --------------------------------------------------------------------------------------------------
# Schedule 1: assessed contributions outstanding (CHF): 1999 and prior, 2000, 2001, 2002, 2003
N = None
ARREARS = [
    ("Albania",                        [N, N, N, N, 12183]),
    ("Angola",                         [N, N, N, 21480, 24366]),
    ("Argentina",                      [N, N, N, N, 412980]),
    ("Armenia",                        [28415, 10960, 11312, 11744, 12183]),
    ("Azerbaijan",                     [N, N, N, N, 12183]),
    ("Bangladesh",                     [N, N, N, N, 18270]),
    ("Benin",                          [N, N, N, 7055, 12183]),
    ("Bolivia",                        [119877, 21924, 22618, 23490, 24366]),
    ("Bulgaria",                       [N, N, N, N, 6418]),
    ("Burkina Faso",                   [N, N, N, 11744, 12183]),
    ("Cape Verde",                     [41202, 10960, 11312, 11744, 12183]),
    ("Colombia",                       [N, N, N, N, 146196]),
    ("Congo",                          [N, N, 11312, 11744, 12183]),
    ("Costa Rica",                     [N, N, N, N, 40610]),
    ("C\u00f4te d'Ivoire",             [N, N, N, 11744, 12183]),
    ("Democratic Republic of the Congo", [86307, 10960, 11312, 11744, 12183]),
    ("Dominican Republic",             [52644, 18270, 18850, 19575, 20305]),
    ("Ecuador",                        [N, N, N, N, 28427]),
    ("El Salvador",                    [33590, 10960, 11312, 11744, 12183]),
    ("Gambia",                         [N, N, N, N, 12183]),
    ("Georgia",                        [N, N, 2406, 11744, 12183]),
    ("Ghana",                          [N, N, N, N, 12183]),
    ("Guatemala",                      [N, N, N, 3110, 24366]),
    ("Guinea",                         [24815, 10960, 11312, 11744, 12183]),
    ("Guinea-Bissau",                  [57231, 10960, 11312, 11744, 12183]),
    ("Haiti",                          [44108, 10960, 11312, 11744, 12183]),
    ("Honduras",                       [29760, 10960, 11312, 11744, 12183]),
    ("Jordan",                         [N, N, N, N, 24366]),
    ("Kenya",                          [N, N, N, N, 28427]),
    ("Kyrgyzstan",                     [N, 10960, 11312, 11744, 12183]),
    ("Liberia",                        [68442, 10960, 11312, 11744, 12183]),
    ("Madagascar",                     [N, N, N, 11744, 12183]),
    ("Mali",                           [N, N, N, N, 12183]),
    ("Nicaragua",                      [38726, 10960, 11312, 11744, 12183]),
    ("Nigeria",                        [N, N, N, 78300, 81220]),
    ("Pakistan",                       [N, N, N, N, 24366]),
    ("Panama",                         [N, N, N, N, 16244]),
    ("Paraguay",                       [47219, 10960, 11312, 11744, 12183]),
    ("Peru",                           [312555, 109600, 113120, 117450, 121830]),
    ("Senegal",                        [N, N, N, N, 12183]),
    ("Sierra Leone",                   [35087, 10960, 11312, 11744, 12183]),
    ("Sudan",                          [N, N, N, 11744, 12183]),
    ("Tajikistan",                     [N, N, 11312, 11744, 12183]),
    ("Uganda",                         [N, N, N, N, 12183]),
    ("Uruguay",                        [96114, 51160, 52780, 54810, 56854]),
    ("Venezuela",                      [N, N, N, N, 284270]),
    ("Yemen",                          [18505, 10960, 11312, 11744, 12183]),
    ("Zambia",                         [N, N, N, N, 12183]),
]
SCHED_FN_ROW = "Democratic Republic of the Congo"

col_tot = [sum(r[1][i] or 0 for r in ARREARS) for i in range(5)]
CHF_TOTAL = sum(col_tot)
CHF_2003 = col_tot[4]
CHF_OLD = col_tot[0] + col_tot[1] + col_tot[2]       # 2001 and prior: provided for
TWO_YEAR_STATES = sum(1 for _, v in ARREARS if v[2] is not None and v[3] is not None)
assert TWO_YEAR_STATES == 21, TWO_YEAR_STATES

# Statement II (USD)
ASSESSED_CHF_2003, ASSESSED_CHF_2002 = 36917000, 35587000
inc = {
    "assessed": (round(ASSESSED_CHF_2003 / 1.34), round(ASSESSED_CHF_2002 / 1.55)),
    "interest": (3118406, 4407225),
    "exchange": (1904330, 2216088),
}
exp = {
    "admin": (27302455, 22968102),
    "op_staff": (139887214, 118554392),
    "op_transport": (95416928, 102339540),
    "op_direct": (160230661, 121884106),
}
tot_exp = tuple(sum(v[i] for v in exp.values()) for i in range(2))

# Statement I (USD)
assessed_out = (round(CHF_TOTAL / USD_CHF_YEAR_END), 4512008)
provision = (-round(CHF_OLD / USD_CHF_YEAR_END), -2301455)
assets = {
    "cash": (198455610, 171336902),
    "assessed_out": assessed_out,
    "provision": provision,
    "vol_rec": (63907214, 52118660),
    "other_rec": (8114563, 7442019),
    "advances": (3228740, 2906311),
}
tot_assets = tuple(sum(v[i] for v in assets.values()) for i in range(2))
funds = {
    "admin": (1206334, 688915),
    "ops": (48319606, 41880227),
    "rlf": (9115072, 8754306),
}
tot_funds = tuple(sum(v[i] for v in funds.values()) for i in range(2))
liab_fixed = {
    "payable": (21408337, 19635580),
    "staff": (17582466, 15922440),
}
deferred = tuple(tot_assets[i] - tot_funds[i] - liab_fixed["payable"][i] - liab_fixed["staff"][i]
                 for i in range(2))
tot_liab = tuple(deferred[i] + liab_fixed["payable"][i] + liab_fixed["staff"][i] for i in range(2))

# Fund balances: beginning of 2002 chosen; excess = change in balance
FUND_BEGIN_2002 = 44911884
begin = (tot_funds[1], FUND_BEGIN_2002)
excess = (tot_funds[0] - tot_funds[1], tot_funds[1] - FUND_BEGIN_2002)
tot_inc = tuple(tot_exp[i] + excess[i] for i in range(2))
other_inc = (842117, 615390)
inc["voluntary"] = tuple(tot_inc[i] - other_inc[i] - sum(v[i] for v in inc.values()) for i in range(2))
assert all(x > 0 for x in inc["voluntary"])
assert all(x > 0 for x in deferred), deferred


def money(v):
    if v is None:
        return ""
    if v < 0:
        return "({:,})".format(-v)
    return "{:,}".format(v)


def mill(v):
    return "{:.1f}".format(v / 1e6)


# --------------------------------------------------------------------------------------------------
# Text
# --------------------------------------------------------------------------------------------------
# Inline markup: {n} is a raised footnote marker glued to the preceding text.
TITLE_LINES = ["FINANCIAL REPORT FOR THE YEAR ENDED", "31 DECEMBER 2003"]

FOOTNOTES = {
    "1": "Report of the External Auditor to the Council on the accounts of the International "
         "Organization for Migration for the financial year ended 31 December 2003 (MC/2141).",
    "2": "See documents MC/2084 (Programme and Budget for 2003) and MC/2104 (Revision of the "
         "Programme and Budget for 2003).",
    "3": "Average United Nations operational rate of exchange in 2003: USD 1 = CHF 1.34 "
         "(2002: USD 1 = CHF 1.55).",
    "4": "The plans, and the payments received under them, are described in the Status report on "
         "outstanding contributions to the Administrative part of the Budget (MC/EX/651).",
    "5": "A first actuarial valuation of after-service health insurance benefits, which are not "
         "recorded in these statements, was commissioned in late 2003; its results will be "
         "reported to the Executive Committee in 2005.",
    "6": "A payment plan covering the arrears for 1999 and prior years was agreed in October 2003; "
         "the first instalment under the plan was received in January 2004.",
}

growth = (tot_exp[0] / tot_exp[1] - 1) * 100

INTRO = [
    ("para", "1.",
     "In accordance with Article 5 of the Financial Regulations, the Director General has the honour "
     "to submit to the Council the financial report of the International Organization for Migration "
     "for the year ended 31 December 2003. The financial statements have been examined by the "
     "External Auditor, whose report is issued separately.{1}"),
    ("para", "2.", "The report is presented in the following parts:"),
    ("item", "(a)", "Statement I: assets, liabilities and fund balances at 31 December 2003;"),
    ("item", "(b)", "Statement II: income and expenditure, and movement in fund balances;"),
    ("item", "(c)", "the notes to the financial statements; and"),
    ("item", "(d)", "Schedule 1, which lists by Member State the assessed contributions to the "
     "Administrative Programme that remained unpaid at the end of the year."),
    ("para", "3.",
     "Total expenditure in 2003 amounted to USD {} million, an increase of {:.1f} per cent over the "
     "USD {} million recorded in 2002. Expenditure under the Administrative Programme, which is "
     "financed by the assessed contributions of Member States, came to USD {} million; the balance "
     "related to operational programmes funded from voluntary contributions, within the levels "
     "foreseen in the Programme and Budget for 2003 and its later revision.{{2}}".format(
         mill(tot_exp[0]), growth, mill(tot_exp[1]), mill(exp["admin"][0]))),
    ("para", "4.",
     "Voluntary contributions recognized as income rose to USD {} million (2002: USD {} million). "
     "The increase reflects chiefly the growth of post-conflict and return programmes in "
     "Afghanistan and Iraq. Transport "
     "costs for migrants fell to USD {} million, as resettlement movements to the United States "
     "stayed well below the levels of earlier years.".format(
         mill(inc["voluntary"][0]), mill(inc["voluntary"][1]), mill(exp["op_transport"][0]))),
    ("para", "5.",
     "The Swiss franc strengthened markedly against the United States dollar over the year. As the "
     "Administrative Programme is budgeted and assessed in Swiss francs while the accounts are kept "
     "in United States dollars, expenditure under that programme rose in dollar terms although it "
     "stayed within the approved budget of CHF {:,}.{{3}} Net exchange gains of USD {} arose mainly "
     "from the revaluation of balances held in Swiss francs and euros.".format(
         ASSESSED_CHF_2003, money(inc["exchange"][0]))),
    ("para", "6.",
     "Assessed contributions outstanding at 31 December 2003 totalled CHF {}, of which CHF {} "
     "related to 2003 and the remainder to earlier years (Schedule 1). Twenty-one Member States "
     "had arrears for two or more consecutive years and thus came within the terms of Article 4 of "
     "the Constitution. The Administration continued its efforts to recover these amounts in line "
     "with Council Resolution No. 1081 (LXXXIV) of 3 December 2002, and payment plans were agreed "
     "with three Member States during the year.{{4}}".format(money(CHF_TOTAL), money(CHF_2003))),
    ("para", "7.",
     "The Director General thanks the Member States that paid their contributions in full "
     "and on time, and the donors whose voluntary funding sustained the operational activities of "
     "the Organization. The Council is invited to approve the financial report for the year ended "
     "31 December 2003."),
]

NOTES = [
    ("h1", "1.", "Objectives and activities"),
    ("text", None,
     "The International Organization for Migration was established in 1951 and has its "
     "Headquarters in Geneva. Its purposes and functions are set out in Article 1 of its "
     "Constitution. At 31 December 2003 the Organization had 102 Member States; its activities were "
     "carried out through a network of more than 200 field locations and the Manila Administrative "
     "Centre."),
    ("h1", "2.", "Summary of significant accounting policies"),
    ("text", None,
     "The financial statements are prepared in accordance with the Financial Regulations of the "
     "Organization and with the accounting standards of the United Nations system. The principal "
     "policies applied are set out below."),
    ("h2", "2.1", "Basis of accounting"),
    ("text", None,
     "Income and expenditure are recorded on the accrual basis. Expenditure includes obligations "
     "for goods delivered and services rendered up to 31 December; commitments for future years "
     "are not recorded as expenditure."),
    ("h2", "2.2", "Currency of accounts"),
    ("text", None,
     "The accounts are kept in United States dollars. Transactions in other currencies are "
     "converted at the United Nations operational rates of exchange in force on the date of the "
     "transaction. Assets and liabilities held in other currencies are revalued at the rates "
     "prevailing on 31 December, and the resulting differences are shown in Statement II as "
     "exchange gains or losses."),
    ("h2", "2.3", "Contributions"),
    ("text", None,
     "Assessed contributions are recorded as income of the year for which they are assessed. "
     "Voluntary contributions are recognized as income when they are spent on the activities for "
     "which they were given; amounts received but not yet spent at the end of the year are carried "
     "forward as deferred income."),
    ("h1", "3.", "Cash and short-term deposits"),
    ("text", None,
     "Of the balance of USD {}, USD {} was held at Headquarters and at the Manila Administrative "
     "Centre, and the remainder in field offices. Short-term deposits are placed with banks of "
     "high standing for periods not exceeding three months.".format(
         money(assets["cash"][0]), money(142870415))),
    ("h1", "4.", "Voluntary contributions receivable"),
    ("text", None,
     "This item represents amounts due from donors under signed agreements and not received by "
     "31 December 2003. The largest balances related to programmes in Afghanistan, Iraq and the "
     "Balkans, for which funds were received in the first quarter of 2004."),
    ("h1", "5.", "Staff end-of-service liabilities"),
    ("text", None, "The liability covers the entitlements payable to staff members on separation, "
     "namely:"),
    ("bullet", None, "accrued annual leave;"),
    ("bullet", None, "repatriation grants and related travel; and"),
    ("bullet", None, "termination indemnities for locally recruited staff in countries where no "
     "social security scheme applies."),
    ("text", None,
     "The liability has been determined on the basis of entitlements accrued at 31 December 2003 "
     "and is fully funded.{5}"),
    ("h1", "6.", "Assessed contributions outstanding"),
    ("text", None,
     "The amount shown in Statement I represents the Swiss franc balances listed in Schedule 1, "
     "converted at the rate of USD 1 = CHF 1.24 applicable at 31 December 2003. A provision equal "
     "to the contributions outstanding for 2001 and prior years (CHF {}) has been made against "
     "doubtful collection.".format(money(CHF_OLD))),
]

# Statement rows: (label, indent level, note, (2003, 2002), style)  style: g=group, s=subtotal, t=total
ST1 = [
    ("ASSETS", 0, "", None, "g"),
    ("Cash and short-term deposits", 1, "3", assets["cash"], ""),
    ("Assessed contributions outstanding", 1, "6", assets["assessed_out"], ""),
    ("Less: provision for doubtful assessed contributions", 1, "6", assets["provision"], ""),
    ("Voluntary contributions receivable", 1, "4", assets["vol_rec"], ""),
    ("Other receivables", 1, "", assets["other_rec"], ""),
    ("Advances and prepaid expenses", 1, "", assets["advances"], ""),
    ("Total assets", 0, "", tot_assets, "t"),
    ("LIABILITIES", 0, "", None, "g"),
    ("Deferred income", 1, "2.3", deferred, ""),
    ("Accounts payable and accrued liabilities", 1, "", liab_fixed["payable"], ""),
    ("Staff end-of-service liabilities", 1, "5", liab_fixed["staff"], ""),
    ("Total liabilities", 0, "", tot_liab, "s"),
    ("FUND BALANCES", 0, "", None, "g"),
    ("Administrative Programme", 1, "", funds["admin"], ""),
    ("Operational Programmes", 1, "", funds["ops"], ""),
    ("Refugee Loan Fund", 1, "", funds["rlf"], ""),
    ("Total fund balances", 0, "", tot_funds, "s"),
    ("TOTAL LIABILITIES AND FUND BALANCES", 0, "", tuple(tot_liab[i] + tot_funds[i] for i in range(2)), "t"),
]
assert ST1[-1][3] == tot_assets

ST2 = [
    ("INCOME", 0, "", None, "g"),
    ("Assessed contributions", 1, "2.3", inc["assessed"], ""),
    ("Voluntary contributions", 1, "2.3", inc["voluntary"], ""),
    ("Interest income", 1, "", inc["interest"], ""),
    ("Exchange gains, net", 1, "2.2", inc["exchange"], ""),
    ("Other income", 1, "", other_inc, ""),
    ("Total income", 0, "", tot_inc, "s"),
    ("EXPENDITURE", 0, "", None, "g"),
    ("Administrative Programme", 1, "", exp["admin"], ""),
    ("Operational Programmes", 1, "", None, "g"),
    ("Staff and office costs", 2, "", exp["op_staff"], ""),
    ("Transportation of migrants", 2, "", exp["op_transport"], ""),
    ("Direct programme costs", 2, "", exp["op_direct"], ""),
    ("Total expenditure", 0, "", tot_exp, "s"),
    ("EXCESS OF INCOME OVER EXPENDITURE", 0, "", excess, "b"),
    ("Fund balances at beginning of year", 1, "", begin, ""),
    ("FUND BALANCES AT END OF YEAR", 0, "", tot_funds, "t"),
]


# --------------------------------------------------------------------------------------------------
# Layout engine
# --------------------------------------------------------------------------------------------------
class Doc(FPDF):
    def __init__(self):
        super().__init__(format="A4", unit="mm")
        self.set_auto_page_break(False)
        self.set_margins(LM, 15, RM)
        self.add_font("S", "", FONT_DIR + "DejaVuSerifCondensed.ttf")
        self.add_font("S", "B", FONT_DIR + "DejaVuSerifCondensed-Bold.ttf")
        self.add_font("S", "I", FONT_DIR + "DejaVuSerifCondensed-Italic.ttf")
        self.add_font("S", "BI", FONT_DIR + "DejaVuSerifCondensed-BoldItalic.ttf")
        self.y_base = 0.0
        self.page_fns = []        # footnote keys falling on the current page
        self.on_new_page = None   # callback to redraw repeated table headings

    # ---- pages ----
    def start_page(self):
        self.add_page()
        self.page_fns = []
        n = self.page_no() - 1
        self.set_font("S", "", BODY_PT)
        self.rtext(PAGE_W - RM, 18, SYMBOL)
        self.rtext(PAGE_W - RM, 18 + LINE_H, "Page {}".format(n))
        self.y_base = TOP_BODY

    def rtext(self, xr, y, s, style="", pt=BODY_PT):
        self.set_font("S", style, pt)
        self.text(xr - self.get_string_width(s), y, s)

    def ctext(self, y, s, style="", pt=BODY_PT):
        self.set_font("S", style, pt)
        self.text(LM + (TW - self.get_string_width(s)) / 2, y, s)

    def fn_height(self, keys):
        if not keys:
            return 0.0
        h = 2 * FN_LINE_H  # rule line + gap
        for k in keys:
            h += len(self.wrap_fn(k)) * FN_LINE_H + 0.8
        return h

    def wrap_fn(self, k):
        words = tokenize(FOOTNOTES[k])
        return wrap(self, words, TW - 5, TW - 5, FN_PT)

    def finish_page(self):
        if not self.page_fns:
            return
        h = self.fn_height(self.page_fns)
        y = BOTTOM - h + FN_LINE_H
        self.set_font("S", "", FN_PT)
        self.text(LM, y, "__________")
        y += FN_LINE_H + 0.8
        for k in self.page_fns:
            self.set_font("S", "", SUP_PT)
            self.text(LM, y - 0.9, k)
            for line in self.wrap_fn(k):
                draw_line(self, line, LM + 5, y, FN_PT, TW - 5, justify=False)
                y += FN_LINE_H
            y += 0.8

    def need(self, h, keys=()):
        """Make room for a block of height h whose text carries footnote keys; break page if needed."""
        limit = BOTTOM - self.fn_height(self.page_fns + list(keys))
        if self.y_base + h > limit:
            self.finish_page()
            self.start_page()
            if self.on_new_page:
                self.on_new_page()

    def place_line(self, line, x, width, pt=BODY_PT, justify=True, style="", lh=LINE_H):
        keys = [r[0] for w in line["words"] for r in w if r[1] == "sup"]
        self.need(lh, keys)
        self.page_fns.extend(keys)
        draw_line(self, line, x, self.y_base, pt, width, justify=justify and not line["last"],
                  style=style)
        self.y_base += lh

    def gap(self, h):
        self.y_base += h


def tokenize(s):
    """Words, each a list of runs (text, kind); kind '' or 'sup'."""
    words = []
    for w in s.split():
        runs = []
        for part in re.split(r"(\{\w+\})", w):
            if not part:
                continue
            if part.startswith("{"):
                runs.append((part[1:-1], "sup"))
            else:
                runs.append((part, ""))
        words.append(runs)
    return words


def word_w(pdf, w, pt, style=""):
    tot = 0.0
    for t, k in w:
        if k == "sup":
            pdf.set_font("S", "", SUP_PT)
        else:
            pdf.set_font("S", style, pt)
        tot += pdf.get_string_width(t)
    return tot


def wrap(pdf, words, first_w, rest_w, pt, style=""):
    pdf.set_font("S", style, pt)
    sp = pdf.get_string_width(" ")
    lines, cur, cur_w = [], [], 0.0
    width = first_w
    for w in words:
        ww = word_w(pdf, w, pt, style)
        add = ww if not cur else cur_w + sp + ww
        if cur and add > width:
            lines.append({"words": cur, "last": False})
            cur, cur_w = [w], ww
            width = rest_w
        else:
            cur.append(w)
            cur_w = add
    if cur:
        lines.append({"words": cur, "last": True})
    return lines


def draw_line(pdf, line, x, y, pt, width, justify=True, style=""):
    pdf.set_font("S", style, pt)
    sp = pdf.get_string_width(" ")
    widths = [word_w(pdf, w, pt, style) for w in line["words"]]
    if justify and len(widths) > 1:
        sp = (width - sum(widths)) / (len(widths) - 1)
    for w, ww in zip(line["words"], widths):
        xx = x
        for t, k in w:
            if k == "sup":
                pdf.set_font("S", "", SUP_PT)
                pdf.text(xx, y - SUP_RISE, t)
            else:
                pdf.set_font("S", style, pt)
                pdf.text(xx, y, t)
            xx += pdf.get_string_width(t)
        x += ww + sp


def para_block(pdf, label, text, label_x, first_x, rest_x, style="", justify=True, gap_after=LINE_H * 0.8):
    words = tokenize(text)
    right = PAGE_W - RM
    lines = wrap(pdf, words, right - first_x, right - rest_x, BODY_PT, style)
    # keep label with first line
    for i, line in enumerate(lines):
        if i == 0:
            keys = [r[0] for w in line["words"] for r in w if r[1] == "sup"]
            pdf.need(LINE_H, keys)
            if label:
                pdf.set_font("S", style, BODY_PT)
                pdf.text(label_x, pdf.y_base, label)
            pdf.place_line(line, first_x, right - first_x, justify=justify, style=style)
        else:
            pdf.place_line(line, rest_x, right - rest_x, justify=justify, style=style)
    pdf.gap(gap_after)


# --------------------------------------------------------------------------------------------------
# Tables
# --------------------------------------------------------------------------------------------------
ST_NOTE_X = 128.0      # centre of the Note column
ST_R1, ST_R2 = 160.0, 190.0


def statement_heads(pdf):
    pdf.need(2 * LINE_H)
    y = pdf.y_base
    pdf.set_font("S", "B", 9)
    w = pdf.get_string_width("Note")
    pdf.text(ST_NOTE_X - w / 2, y, "Note")
    pdf.rtext(ST_R1, y, "2003", "B", 9)
    pdf.rtext(ST_R2, y, "2002", "B", 9)
    pdf.line(LM, y + 1.8, PAGE_W - RM, y + 1.8)
    pdf.y_base += LINE_H + 1.5


def statement(pdf, heading_label, heading_text, rows):
    pdf.need(8 * LINE_H)
    pdf.set_font("S", "B", BODY_PT)
    pdf.ctext(pdf.y_base, "{} \u2013 {}".format(heading_label, heading_text[0]), "B")
    pdf.y_base += LINE_H
    for extra in heading_text[1:]:
        pdf.ctext(pdf.y_base, extra, "B")
        pdf.y_base += LINE_H
    pdf.y_base += 1.5
    pdf.ctext(pdf.y_base, "(in US dollars)", "I", 9)
    pdf.y_base += LINE_H + 1.5
    statement_heads(pdf)
    for label, lvl, note, vals, st in rows:
        lh = 4.1
        if st in ("g",) and lvl == 0 and pdf.y_base > TOP_BODY + 20:
            pdf.y_base += 1.5
        if st in ("s", "t", "b"):
            pdf.y_base += 1.2
        pdf.need(lh)
        y = pdf.y_base
        style = "B" if st in ("g", "t", "b") and lvl == 0 else ""
        if st == "s":
            style = "B"
        pdf.set_font("S", style, 9)
        pdf.text(LM + 5 * lvl, y, label)
        if note:
            pdf.set_font("S", "", 9)
            w = pdf.get_string_width(note)
            pdf.text(ST_NOTE_X - w / 2, y, note)
        if vals is not None:
            if st in ("s", "t"):
                pdf.line(ST_R1 - 24, y - 3.9, ST_R1, y - 3.9)
                pdf.line(ST_R2 - 24, y - 3.9, ST_R2, y - 3.9)
            pdf.rtext(ST_R1, y, money(vals[0]), style, 9)
            pdf.rtext(ST_R2, y, money(vals[1]), style, 9)
            if st == "t":
                for xr in (ST_R1, ST_R2):
                    pdf.line(xr - 24, y + 1.3, xr, y + 1.3)
                    pdf.line(xr - 24, y + 1.8, xr, y + 1.8)
        pdf.y_base += lh
    pdf.y_base += LINE_H


SC_RIGHTS = [99.0, 117.0, 135.0, 153.0, 171.0, 190.0]
SC_HEADS = [["1999 and", "prior"], ["", "2000"], ["", "2001"], ["", "2002"], ["", "2003"], ["", "Total"]]
SC_PT = 8.5
SC_LH = 5.2


def schedule_heads(pdf, cont=False):
    y = pdf.y_base
    if cont:
        pdf.ctext(y, "SCHEDULE 1 (cont'd)", "B")
        y += LINE_H
        pdf.ctext(y, "(in Swiss francs)", "I", 9)
        y += LINE_H + 1.5
    pdf.set_font("S", "B", SC_PT)
    pdf.text(LM, y + 4.2, "Member State")
    for xr, (a, b) in zip(SC_RIGHTS, SC_HEADS):
        if a:
            pdf.rtext(xr, y, a, "B", SC_PT)
        pdf.rtext(xr, y + 4.2, b, "B", SC_PT)
    pdf.line(LM, y + 6.0, PAGE_W - RM, y + 6.0)
    pdf.y_base = y + 4.2 + SC_LH + 1.0


def schedule(pdf):
    pdf.ctext(pdf.y_base, "SCHEDULE 1 \u2013 ASSESSED CONTRIBUTIONS OUTSTANDING BY MEMBER STATE", "B")
    pdf.y_base += LINE_H
    pdf.ctext(pdf.y_base, "AS AT 31 DECEMBER 2003", "B")
    pdf.y_base += LINE_H + 1.5
    pdf.ctext(pdf.y_base, "(in Swiss francs)", "I", 9)
    pdf.y_base += LINE_H + 1.5
    schedule_heads(pdf)
    pdf.on_new_page = lambda: schedule_heads(pdf, cont=True)
    for name, vals in ARREARS:
        keys = ["6"] if name == SCHED_FN_ROW else []
        pdf.need(SC_LH, keys)
        pdf.page_fns.extend(keys)
        y = pdf.y_base
        pdf.set_font("S", "", SC_PT)
        pdf.text(LM, y, name)
        if keys:
            x = LM + pdf.get_string_width(name)
            pdf.set_font("S", "", SUP_PT)
            pdf.text(x, y - 1.0, keys[0])
        cells = list(vals) + [sum(v or 0 for v in vals)]
        for xr, v in zip(SC_RIGHTS, cells):
            if v is not None:
                pdf.rtext(xr, y, money(v), "", SC_PT)
        pdf.y_base += SC_LH
    pdf.on_new_page = None
    pdf.need(SC_LH + 2)
    y = pdf.y_base + 1.0
    for xr in SC_RIGHTS:
        pdf.line(xr - 16, y - 4.0, xr, y - 4.0)
    pdf.set_font("S", "B", SC_PT)
    pdf.text(LM, y, "Total")
    for xr, v in zip(SC_RIGHTS, col_tot + [CHF_TOTAL]):
        pdf.rtext(xr, y, money(v), "B", SC_PT)
    for xr in SC_RIGHTS:
        pdf.line(xr - 16, y + 1.3, xr, y + 1.3)
        pdf.line(xr - 16, y + 1.8, xr, y + 1.8)
    pdf.y_base = y + LINE_H


# --------------------------------------------------------------------------------------------------
# Document
# --------------------------------------------------------------------------------------------------
def cover(pdf):
    pdf.add_page()
    pdf.set_font("S", "", BODY_PT)
    right = PAGE_W - RM
    pdf.rtext(right, 22, SYMBOL, "B", 11)
    pdf.rtext(right, 34, "Original: ENGLISH")
    pdf.rtext(right, 39, "12 May 2004")
    pdf.set_font("S", "B", 11)
    pdf.text(LM, 62, "EIGHTY-EIGHTH SESSION")
    pdf.set_line_width(0.4)
    pdf.line(LM, 66, right, 66)
    pdf.set_line_width(0.2)
    y = 118
    for t in TITLE_LINES:
        pdf.ctext(y, t, "B", 12)
        y += 7
    # cover note
    y = 228
    pdf.set_font("S", "", BODY_PT)
    pdf.text(LM, y, "__________")
    y += 8
    note = ("This report is submitted to the Council for approval at its Eighty-eighth Session, after "
            "its examination by the Executive Committee at its Hundred and first Session in June 2004.")
    for line in wrap(pdf, tokenize(note), TW, TW, BODY_PT):
        draw_line(pdf, line, LM, y, BODY_PT, TW, justify=not line["last"])
        y += LINE_H
    # trilingual organ footer
    pdf.set_line_width(0.4)
    pdf.line(LM, 268, right, 268)
    pdf.set_line_width(0.2)
    pdf.set_font("S", "B", 11)
    pdf.text(LM, 275, "COUNCIL")
    pdf.ctext(275, "CONSEIL", "B", 11)
    pdf.rtext(right, 275, "CONSEJO", "B", 11)


def body(pdf):
    right = PAGE_W - RM
    pdf.start_page()
    pdf.ctext(pdf.y_base, " ".join(TITLE_LINES))
    pdf.y_base += 2.5 * LINE_H
    pdf.ctext(pdf.y_base, "INTRODUCTION", "B")
    pdf.y_base += 2 * LINE_H
    for kind, label, text in INTRO:
        if kind == "para":
            para_block(pdf, label, text, LM, LM + 12.5, LM)
        else:
            para_block(pdf, label, text, LM + 12.5, LM + 22, LM + 22)

    # Statements
    pdf.finish_page()
    pdf.start_page()
    statement(pdf, "STATEMENT I", ["ASSETS, LIABILITIES AND FUND BALANCES",
                                   "AS AT 31 DECEMBER 2003"], ST1)
    pdf.y_base += 2
    statement(pdf, "STATEMENT II", ["INCOME AND EXPENDITURE",
                                    "FOR THE YEAR ENDED 31 DECEMBER 2003"], ST2)
    para_block(pdf, None, "The accompanying notes form an integral part of these financial statements.",
               LM, LM, LM, style="I", justify=False)

    # Notes
    pdf.finish_page()
    pdf.start_page()
    pdf.ctext(pdf.y_base, "NOTES TO THE FINANCIAL STATEMENTS", "B")
    pdf.y_base += 2 * LINE_H
    for kind, label, text in NOTES:
        if kind == "h1":
            pdf.need(3 * LINE_H)
            pdf.set_font("S", "B", BODY_PT)
            pdf.text(LM, pdf.y_base, label)
            pdf.text(LM + 12.5, pdf.y_base, text)
            pdf.y_base += 1.8 * LINE_H
        elif kind == "h2":
            pdf.need(3 * LINE_H)
            pdf.set_font("S", "I", BODY_PT)
            pdf.text(LM + 12.5, pdf.y_base, label)
            pdf.text(LM + 22, pdf.y_base, text)
            pdf.y_base += 1.6 * LINE_H
        elif kind == "text":
            para_block(pdf, None, text, LM, LM, LM)
        elif kind == "bullet":
            para_block(pdf, "\u2022", text, LM + 12.5, LM + 18, LM + 18, gap_after=LINE_H * 0.5)
            if NOTES[NOTES.index((kind, label, text)) + 1][0] != "bullet":
                pdf.gap(LINE_H * 0.5)

    # Schedule: follows the notes on the same page
    pdf.gap(LINE_H)
    pdf.need(16 * LINE_H)
    schedule(pdf)
    pdf.finish_page()


def main():
    pdf = Doc()
    pdf.set_title("Financial report for the year ended 31 December 2003")
    pdf.set_author("International Organization for Migration")
    cover(pdf)
    body(pdf)
    pdf.output(OUT)
    print("pages:", pdf.page_no())
    print("CHF total", CHF_TOTAL, "cols", col_tot, "USD out", assessed_out, "prov", provision)
    print("tot_exp", tot_exp, "tot_inc", tot_inc, "other_inc", other_inc, "excess", excess)
    print("assets", tot_assets, "deferred", deferred, "funds", tot_funds)


if __name__ == "__main__":
    main()
