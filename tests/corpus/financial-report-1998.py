# Lays out the invented IOM document MC/1938, Financial Report for the year
# ended 31 December 1997, on A4 with reportlab's canvas.
import os
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "financial-report-1998.pdf")

W, H = A4
LM = 72.0
RM = W - 72.0
TW = RM - LM
BODY_TOP = H - 92.0
BOTTOM = 70.0

SYMBOL = "MC/1938"

RM_FONT, B_FONT, I_FONT, BI_FONT = "Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic"
FS, LEAD = 11.0, 13.6
FN_FS, FN_LEAD = 9.0, 10.6
TB_FS, TB_LEAD = 10.0, 12.6


# ---------------------------------------------------------------- figures
def fmt(n):
    if n is None:
        return "-"
    if n < 0:
        return "({:,})".format(-n)
    return "{:,}".format(n)


RATE97, RATE96 = 1.4424, 1.2369          # average rates CHF per USD
END97, END96 = 1.457, 1.345              # year-end rates
ASS_CHF97, ASS_CHF96 = 36628000, 36511000
EXP_CHF97, EXP_CHF96 = 36196540, 36788760
ass97, ass96 = round(ASS_CHF97 / RATE97), round(ASS_CHF96 / RATE96)
adm97, adm96 = round(EXP_CHF97 / RATE97), round(EXP_CHF96 / RATE96)

income = [
    ("Assessed contributions", "2", ass97, ass96),
    ("Voluntary contributions", "3", 218406733, 201772905),
    ("Refugee loan repayments", "6", 9865402, 8917330),
    ("Interest income", "", 3112487, 2689054),
    ("Miscellaneous income", "", 1248906, 1406218),
]
tot_inc = [sum(r[2] for r in income), sum(r[3] for r in income)]
ops = [
    ("Refugee and humanitarian migration", 148215604, 139870212),
    ("Return and migration for development", 27480133, 24915776),
    ("Technical cooperation on migration", 19655217, 16204389),
    ("Migration health services", 12904551, 11636048),
    ("Mass information, research and seminars", 3218090, 2855431),
]
ops_tot = [sum(r[1] for r in ops), sum(r[2] for r in ops)]
tot_exp = [adm97 + ops_tot[0], adm96 + ops_tot[1]]
excess = [tot_inc[0] - tot_exp[0], tot_inc[1] - tot_exp[1]]
exch = [-1406552, 318744]
prov = [-612300, -1084000]
net = [excess[i] + exch[i] + prov[i] for i in range(2)]
refunds = [-3904117, -2611459]
open96 = 68402776
close96 = open96 + net[1] + refunds[1]
open97 = close96
close97 = open97 + net[0] + refunds[0]

# outstanding assessed contributions (CHF) by Member State
arrears = [
    ("Albania", 41870, 27140), ("Angola", 96315, 71215), ("Armenia", 23180, None),
    ("Bolivia", 112640, 86390), ("Bulgaria", 58305, 58305), ("Colombia", 148920, None),
    ("Dominican Republic", 187400, 152260), ("Ecuador", 64215, 31560),
    ("El Salvador", 38740, None), ("Guatemala", 152885, 118300),
    ("Guinea-Bissau", 19950, 19950), ("Haiti", 207630, 185105),
    ("Honduras", 91460, 62785), ("Kenya", 72300, 47020), ("Liberia", 246115, 246115),
    ("Nicaragua", 183570, 160480), ("Pakistan", 134105, None), ("Panama", 55690, 28995),
    ("Peru", 398210, 251370), ("Tajikistan", 27860, 13930), ("Uganda", 88420, 64810),
    ("Uruguay", 301555, 198245), ("Venezuela", 1046920, 803130), ("Yemen", 620210, 492495),
]
arr97 = sum(r[1] for r in arrears)
arr96 = sum(r[2] or 0 for r in arrears)
rec97, rec96 = round(arr97 / END97), round(arr96 / END96)
prov_bal96 = 902700
prov_bal97 = prov_bal96 - prov[0]

due = [14880412, 12306975]
loans = [46712380, 43905118]
other = [2406559, 2981006]
adv = [8114220, 6027340]
pay = [11905663, 10433298]
sep = [6240000, 5880000]
tot_liab = [adv[0] + pay[0] + sep[0], adv[1] + pay[1] + sep[1]]
adm_res96 = -1377847
adm_res97 = adm_res96 + (ass97 - adm97) + prov[0]
rlf = [52306224, 47118903]
opsbal = [close97 - adm_res97 - rlf[0], close96 - adm_res96 - rlf[1]]
tot_res = [close97, close96]
grand = [tot_liab[0] + tot_res[0], tot_liab[1] + tot_res[1]]
cash97 = grand[0] - (rec97 - prov_bal97 + due[0] + loans[0] + other[0])
cash96 = grand[1] - (rec96 - prov_bal96 + due[1] + loans[1] + other[1])
assert adm_res97 + opsbal[0] + rlf[0] == close97


def mil(n):
    return "{:.1f}".format(n / 1e6)


def pct(a, b):
    return "{:.0f}".format(100.0 * a / b)


# ---------------------------------------------------------------- text helpers
def tokens(text, base=RM_FONT):
    """Split marked-up text into words: _x_ italic span, ^n footnote marker, ~ soft hyphen."""
    out = []
    ital = False
    for raw in text.split():
        w = raw
        start_it = w.startswith("_")
        if start_it:
            w = w[1:]
            ital = True
        fn = None
        end_it = False
        if "^" in w:
            w, fn = w.split("^", 1)
        if w.endswith("_") or w.rstrip(".,;:)").endswith("_"):
            # closing italic (punctuation may follow)
            i = w.rfind("_")
            w = w[:i] + w[i + 1:]
            end_it = True
        font = I_FONT if ital else base
        if base == B_FONT and ital:
            font = BI_FONT
        out.append({"w": w, "font": font, "fn": fn})
        if end_it:
            ital = False
    return out


def word_width(t, fs):
    w = stringWidth(t["w"].replace("~", ""), t["font"], fs)
    if t["fn"]:
        w += stringWidth(t["fn"], RM_FONT, fs * 0.62) + 0.5
    return w


def wrap(text, widths, fs, base=RM_FONT):
    """widths: function(line_index) -> available width. Returns list of lines (list of tokens)."""
    toks = tokens(text, base)
    lines, cur, curw = [], [], 0.0
    sp = stringWidth(" ", base, fs)
    i = 0
    while i < len(toks):
        t = toks[i]
        avail = widths(len(lines))
        ww = word_width(t, fs)
        add = ww if not cur else curw + sp + ww
        if add <= avail:
            cur.append(t)
            curw = add
            i += 1
            continue
        # try soft hyphen
        if "~" in t["w"]:
            parts = t["w"].split("~")
            done = False
            for k in range(len(parts) - 1, 0, -1):
                head = "".join(parts[:k]) + "-"
                hw = stringWidth(head, t["font"], fs)
                if (hw if not cur else curw + sp + hw) <= avail:
                    cur.append({"w": head, "font": t["font"], "fn": None})
                    lines.append(cur)
                    cur, curw = [], 0.0
                    toks[i] = {"w": "~".join(parts[k:]), "font": t["font"], "fn": t["fn"]}
                    done = True
                    break
            if done:
                continue
        lines.append(cur)
        cur, curw = [], 0.0
    if cur:
        lines.append(cur)
    for ln in lines:
        for t in ln:
            t["w"] = t["w"].replace("~", "")
    return lines


# ---------------------------------------------------------------- page model
class Page:
    def __init__(self, label):
        self.label = label
        self.ops = []
        self.fns = []        # (num, lines)
        self.fn_h = 0.0


pages = []
FOOTNOTES = {}
heading_pages = {}


def fn_lines(num):
    txt = FOOTNOTES[num]
    return wrap(txt, lambda i: TW - 10, FN_FS)


def fn_height(num):
    return len(fn_lines(num)) * FN_LEAD + 3


class Flow:
    def __init__(self):
        self.page = None
        self.y = 0
        self.num = 0

    def new_page(self):
        if self.page is not None and os.environ.get("DBG"):
            import sys
            print("page", self.page.label, "free lines", (self.y - self.limit()) / LEAD, file=sys.stderr)
        self.num += 1
        self.page = Page(str(self.num))
        pages.append(self.page)
        self.y = BODY_TOP

    def limit(self, extra_fn=0.0):
        h = self.page.fn_h + extra_fn
        if h > 0:
            h += 14
        return BOTTOM + h

    def space(self, d):
        self.y -= d

    def fits(self, h):
        return self.y - h >= self.limit()

    def ensure(self, h):
        if not self.fits(h):
            self.new_page()

    def line(self, toks, x, width, justify, fs=FS, lead=LEAD):
        fns = [t["fn"] for t in toks if t["fn"]]
        extra = sum(fn_height(n) for n in fns)
        if self.y - lead < self.limit(extra):
            self.new_page()
        self.y -= lead
        for n in fns:
            self.page.fns.append(n)
            self.page.fn_h += fn_height(n)
        self.page.ops.append(("words", toks, x, self.y, width, justify, fs))

    def para(self, text, first_x, rest_x, label=None, label_x=None, base=RM_FONT,
             gap=LEAD * 0.75, keep=2):
        fw, rw = RM - first_x, RM - rest_x
        lines = wrap(text, lambda i: fw if i == 0 else rw, FS, base)
        self.space(gap)
        if self.y - LEAD * min(keep, len(lines)) < self.limit():
            self.new_page()
        for i, ln in enumerate(lines):
            if i == 0 and label:
                # label drawn on same baseline as first line
                pre = len(self.page.ops)
                self.line(ln, first_x, fw, len(lines) > 1, FS)
                op = self.page.ops[-1]
                self.page.ops.append(("text", label, label_x, op[3], RM_FONT, FS))
            else:
                last = i == len(lines) - 1
                self.line(ln, first_x if i == 0 else rest_x, fw if i == 0 else rw, not last, FS)

    def heading(self, num, text, font=B_FONT, x_text=LM + 36, key=None, gap=LEAD * 1.6):
        self.space(gap)
        if self.y - LEAD * 5 < self.limit():
            self.new_page()
        self.y -= LEAD
        if num:
            self.page.ops.append(("text", num, LM, self.y, font, FS))
            self.page.ops.append(("text", text, x_text, self.y, font, FS))
        else:
            self.page.ops.append(("text", text, LM, self.y, font, FS))
        if key:
            heading_pages[key] = self.page.label

    def center(self, text, font=B_FONT, fs=FS, lead=LEAD, key=None):
        self.y -= lead
        w = stringWidth(text, font, fs)
        self.page.ops.append(("text", text, (W - w) / 2, self.y, font, fs))
        if key:
            heading_pages[key] = self.page.label

    def table(self, cols, head_rows, rows, caption=None):
        """cols: list of right edges for figure columns (label column at LM).
        head_rows: list of lists of strings (one per figure column).
        rows: dicts {label, ind, vals, bold, rule_above, double_below, group}"""
        def draw_head():
            for hr in head_rows:
                self.y -= TB_LEAD
                for c, s in zip(cols, hr):
                    if s:
                        if isinstance(c, tuple):   # centred column
                            w = stringWidth(s, B_FONT, TB_FS)
                            self.page.ops.append(("text", s, c[0] - w / 2, self.y, B_FONT, TB_FS))
                        else:
                            w = stringWidth(s, B_FONT, TB_FS)
                            self.page.ops.append(("text", s, c - w, self.y, B_FONT, TB_FS))
            self.y -= 5
            self.page.ops.append(("rule", LM, RM, self.y + 1, 0.6))
            self.y -= 2

        if caption:
            self.space(LEAD * 1.0)
            need = TB_LEAD * (len(head_rows) + 4) + LEAD
            if self.y - need < self.limit():
                self.new_page()
            self.center(caption, font=I_FONT, fs=TB_FS, lead=LEAD)
        self.space(4)
        self.page.ops.append(("rule", LM, RM, self.y, 0.6))
        draw_head()
        for r in rows:
            h = TB_LEAD + (4 if r.get("rule_above") else 0) + (r.get("gap", 0))
            if self.y - h < self.limit():
                self.page.ops.append(("rule", LM, RM, self.y - 3, 0.4))
                self.new_page()
                self.space(6)
                self.page.ops.append(("rule", LM, RM, self.y, 0.6))
                draw_head()
            self.y -= r.get("gap", 0)
            font = B_FONT if r.get("bold") else RM_FONT
            if r.get("rule_above"):
                self.y -= 4
                for c in cols:
                    if not isinstance(c, tuple):
                        self.page.ops.append(("rule", c - 62, c, self.y + 1, 0.5))
            self.y -= TB_LEAD
            self.page.ops.append(("text", r["label"], LM + 12 * r.get("ind", 0), self.y, font, TB_FS))
            for c, s in zip(cols, r.get("vals", [])):
                if s is None or s == "":
                    continue
                w = stringWidth(s, font, TB_FS)
                if isinstance(c, tuple):
                    self.page.ops.append(("text", s, c[0] - w / 2, self.y, font, TB_FS))
                else:
                    self.page.ops.append(("text", s, c - w, self.y, font, TB_FS))
            if r.get("double_below"):
                for c in cols:
                    if not isinstance(c, tuple):
                        self.page.ops.append(("rule", c - 62, c, self.y - 3, 0.5))
                        self.page.ops.append(("rule", c - 62, c, self.y - 5, 0.5))
                self.y -= 4
        self.y -= 6
        self.page.ops.append(("rule", LM, RM, self.y, 0.6))


# ---------------------------------------------------------------- content
FOOTNOTES["1"] = ("Approved by the Council at its Seventy-second Session through Resolution No. 947 "
                  "(LXXII) of 27 November 1996.")
FOOTNOTES["2"] = ("The average United Nations operational rate of exchange applied in 1997 was "
                  "CHF 1.4424 to the US dollar, against CHF 1.2369 in 1996; the rates in force at the "
                  "end of each year were CHF 1.457 and CHF 1.345 respectively.")
FOOTNOTES["3"] = ("The Member States concerned, and the amounts they owe, are listed in the status "
                  "report on outstanding contributions, document MC/INF/224 of 20 March 1998.")
FOOTNOTES["4"] = ("Repayments are credited to the Refugee Loan Fund and are available only for new "
                  "loans; they are not used to finance the Administrative Programme.")
FOOTNOTES["5"] = ("Adopted by the Intergovernmental Committee for European Migration at its Twelfth "
                  "Session, 17 May 1960.")


intro = [
    ("h", "I.", "INTRODUCTION", "I"),
    ("p", "1.", "The Director General has the honour to submit to the Executive Committee and to the "
     "Council the Financial Report of the Organization for the year ended 31 December 1997, "
     "prepared in accordance with Article 12 of the Financial Regulations. The report consists of "
     "this introduction, the statement of income and expenditure (Statement I), the statement of "
     "assets, liabilities and reserves (Statement II) and the notes, which form an integral part of "
     "the statements. The figures for 1996 are shown for comparison."),
    ("p", "2.", "Activities in 1997 were carried out within the framework of the Programme and "
     "Budget for 1997 (MC/1885),^1 as revised by the Executive Committee in document MC/EX/591 of "
     "22 May 1997 and updated in document MC/1911 of 10 October 1997. Total income from all sources "
     "amounted to USD " + mil(tot_inc[0]) + " million, compared with USD " + mil(tot_inc[1]) +
     " million in 1996, and total expenditure to USD " + mil(tot_exp[0]) + " million, against USD " +
     mil(tot_exp[1]) + " million in the previous year."),
    ("p", "3.", "The accounts have been examined by the External Auditors appointed by the Council, "
     "whose report on the financial statements for 1997 is issued separately as document MC/1939. "
     "Their observations, and the comments of the Administration on them, are summarized in "
     "Chapter V below."),
    ("h", "II.", "ADMINISTRATIVE PROGRAMME", "II"),
    ("s", "A.", "Assessed contributions", "IIA"),
    ("p", "4.", "Assessed contributions for 1997 amounted to CHF {:,}, on the basis of the scale of "
     "assessment adopted by the Council in Resolution No. 948 (LXXII). Converted at the average "
     "rate of exchange for the year, this amount corresponds to USD {:,}, the figure shown under "
     "income in Statement I.".format(ASS_CHF97, ass97)),
    ("p", "5.", "The Administrative Programme is budgeted and assessed in Swiss francs, whereas the "
     "financial statements are expressed in US dollars. The marked appreciation of the US dollar "
     "against the Swiss franc in the course of 1997^2 therefore reduced the dollar value of both "
     "contributions and expenditure, which explains why the Administrative Programme appears "
     "some USD {:.1f} million lower than in 1996 although, in Swiss francs, it remained close to "
     "the budgeted level. The Swiss franc amounts are given in Note 2.".format((ass96 - ass97) / 1e6)),
    ("p", "6.", "At 31 December 1997 assessed contributions outstanding for 1997 and prior years "
     "totalled CHF {:,}, compared with CHF {:,} a year earlier. The amounts due from each Member "
     "State are shown in the table in Note 2.".format(arr97, arr96)),
    ("p", "7.", "The Administration continued its efforts to reduce the level of arrears, which "
     "place a lasting strain on the Administrative Programme. During the year:"),
    ("i", "(a)", "payment plans spreading the settlement of arrears over three to five years were "
     "agreed with Ecuador, Honduras and Tajikistan;"),
    ("i", "(b)", "Member States owing contributions for two or more years were approached "
     "through their Permanent Missions in Geneva and, where possible, through IOM field offices;"),
    ("i", "(c)", "the Sub-Committee on Budget and Finance was informed at each of its meetings of "
     "the contributions received and of the arrangements reached; and"),
    ("i", "(d)", "the provision for doubtful assessed contributions was increased by USD {:,} "
     "(see Note 2).".format(-prov[0])),
    ("p", "8.", "Notwithstanding these measures, five Member States were, at the end of the year, "
     "in arrears in the payment of their contributions to an extent which brought them within "
     "the terms of Article 4 of the Constitution.^3 The Director General appeals to them to settle "
     "their arrears."),
    ("s", "B.", "Expenditure", "IIB"),
    ("p", "9.", "Expenditure under the Administrative Programme amounted to CHF {:,} (USD {:,}), "
     "leaving an excess of assessed contributions over expenditure of CHF {:,}. After the increase "
     "in the provision for doubtful contributions, the accumulated deficit of the Administrative "
     "Programme stood at USD {:,} at the end of the year (Statement II).".format(
         EXP_CHF97, adm97, ASS_CHF97 - EXP_CHF97, -adm_res97)),
    ("p", "10.", "Staff salaries and related costs accounted for 79 per cent of administrative "
     "expenditure; savings on vacant posts offset the cost of the new financial system."),
    ("h", "III.", "OPERATIONAL PROGRAMMES", "III"),
    ("s", "A.", "Income", "IIIA"),
    ("p", "11.", "Voluntary contributions for operational pro~grammes amounted to USD {:,}, an increase of {} per cent "
     "over 1996. Contributions from the five largest donors together represented some 71 per "
     "cent of the total.".format(
         income[1][2], pct(income[1][2] - income[1][3], income[1][3]))),
    ("p", "12.", "Other income recorded in Statement I comprised:"),
    ("i", "(a)", "interest of USD {:,} earned on funds held pending their use, of which USD 1,186,240 "
     "was credited to donors in accordance with the terms of their contributions;".format(income[3][2])),
    ("i", "(b)", "repayments of USD {:,} by migrants and sponsors of loans granted for their "
     "transport;^4 and".format(income[2][2])),
    ("i", "(c)", "miscellaneous income of USD {:,}, consisting mainly of:".format(income[4][2])),
    ("ii", "(i)", "proceeds from the sale of vehicles and equipment no longer required in closed "
     "programmes; and"),
    ("ii", "(ii)", "reimbursements from other organizations for services provided by IOM offices."),
    ("s", "B.", "Expenditure", "IIIB"),
    ("p", "13.", "Operational expenditure rose to USD {:,} from USD {:,} in 1996. Refugee and "
     "humanitarian migration, which includes the resettle~ment of refugees from the former "
     "Yugoslavia and from South-East Asia and the return of displaced persons, remained by far "
     "the largest category, accounting for {} per cent of operational expenditure.".format(
         ops_tot[0], ops_tot[1], pct(ops[0][1], ops_tot[0]))),
    ("p", "14.", "Expenditure on technical cooperation on migration increased by {} per cent, "
     "reflecting new projects on migration manage~ment and border administration in Central and "
     "Eastern Europe and in Central America. Migration health services, which comprise medical "
     "screening before departure and health assistance during movement, grew in step with the "
     "number of persons moved.".format(pct(ops[2][1] - ops[2][2], ops[2][2]))),
    ("p", "15.", "Return and migration for development programmes, including the return of qualified "
     "nationals to countries in Africa and Latin America and assistance to rejected asylum-seekers "
     "returning voluntarily from Western Europe, accounted for USD {:,}. The increase over 1996 is "
     "due mainly to the programme for the return of Bosnian nationals from Germany, which was "
     "financed by special contributions.".format(ops[1][1])),
    ("p", "15.", "The excess of income over expenditure in operational programmes mainly represents "
     "contributions received towards the end of the year for activities which will be carried out "
     "in 1998. These amounts are shown as fund balances in Statement II and will be spent, or "
     "refunded to the donors, in accordance with the conditions attached to them. Refunds made in "
     "1997 amounted to USD {:,}.".format(-refunds[0])),
    ("h", "IV.", "CASH POSITION AND RESERVES", "IV"),
    ("p", "16.", "Cash and short-term deposits stood at USD {:,} at 31 December 1997 (1996: USD {:,}). "
     "The greater part of this amount is held on behalf of donors for specific programmes; the "
     "balance avail~able for general purposes remained small in relation to monthly expenditure."
     .format(cash97, cash96)),
    ("p", "17.", "Fund balances and reserves increased from USD {:,} to USD {:,} in the course of the "
     "year. The increase is almost entirely attributable to operational programmes and to the "
     "Refugee Loan Fund; the Administrative Programme continues to show an accumulated deficit."
     .format(open97, close97)),
    ("p", "18.", "Loans outstanding from refugees and other migrants at the end of the year totalled "
     "USD {:,}. The Adminis~tration has continued, together with the sponsoring agencies, to improve "
     "the rate of collection (Note 6).".format(loans[0])),
    ("p", "18.", "The provision for staff separation costs was raised to USD {:,} (1996: USD {:,}). "
     "It covers the repatriation grants, accrued annual leave and termination indemnities to which "
     "staff would be entitled on leaving the Organization, but not the liability for health "
     "insurance after retirement, which has yet to be estimated.".format(sep[0], sep[1])),
    ("h", "V.", "EXTERNAL AUDIT", "V"),
    ("p", "19.", "The External Auditors have expressed an unqualified opinion on the financial "
     "statements for 1997. In their report they recommend that the Administration complete the "
     "reconciliation of accounts with field offices within three months of the end of the year and "
     "review the level of the provision for staff separation costs; both recommendations are being "
     "implemented."),
    ("p", "20.", "The Executive Committee is invited to examine the Financial Report for the year "
     "ended 31 December 1997 and the report of the External Auditors, and to recommend that the "
     "Council approve them."),
]

notes = [
    ("n", "Note 1", "Summary of significant accounting policies", "N1"),
    ("t", "The financial statements have been prepared on the historical cost basis, in accordance "
     "with the Financial Regulations and with the accounting standards common to the organizations "
     "of the United Nations system. The main policies are the following:"),
    ("i", "(a)", "assessed contributions are recorded as income in the year for which they are "
     "assessed;"),
    ("i", "(b)", "voluntary contributions are recorded as income when received or when confirmed in "
     "writing by the donor; unspent balances are carried forward as fund balances;"),
    ("i", "(c)", "expenditure is recorded on an accrual basis, except for the costs of staff "
     "separation, which are provided for on the basis of the entitlements accrued at year end;"),
    ("i", "(d)", "transactions in currencies other than the US dollar are converted at the United "
     "Nations operational rates of exchange in force at the date of the transaction; and"),
    ("i", "(e)", "furniture, equipment and vehicles are charged to expenditure in the year of "
     "purchase and are not capitalized."),
    ("n", "Note 2", "Assessed contributions", "N2"),
    ("t", "Assessed contributions and administrative expenditure in Swiss francs were as follows: "
     "assessed contributions CHF {:,} (1996: CHF {:,}); expenditure CHF {:,} (1996: CHF {:,}). "
     "Contributions outstanding at the end of each year, by Member State, are set out below."
     .format(ASS_CHF97, ASS_CHF96, EXP_CHF97, EXP_CHF96)),
    ("table_arrears",),
    ("t", "Converted at the year-end rate, the amount outstanding at 31 December 1997 corresponds to "
     "USD {:,}. The provision for doubtful contributions was increased by USD {:,} to USD {:,}, "
     "which covers the contributions outstanding for 1995 and earlier years.".format(
         rec97, -prov[0], prov_bal97)),
    ("n", "Note 3", "Voluntary contributions", "N3"),
    ("t", "Voluntary contributions include contributions in kind, mainly transport provided free of "
     "charge by governments and air carriers, valued at USD 2,314,600 (1996: USD 1,987,250). "
     "Contributions received in advance for programmes starting in 1998 are shown as a liability in "
     "Statement II."),
    ("n", "Note 4", "Exchange differences", "N4"),
    ("t", "The net loss on exchange of USD {:,} arose mainly on the revaluation of balances held in "
     "Swiss francs, Deutsche marks and other European currencies, which lost value against the US "
     "dollar during the year.".format(-exch[0])),
    ("n", "Note 5", "Cash and short-term deposits", "N5"),
    ("t", "Short-term deposits are placed with banks of high standing for periods not exceeding "
     "six months. Of the total cash and deposits, USD 9,480,000 was held in currencies other than "
     "the US dollar, mainly in field offices."),
    ("n", "Note 6", "Refugee Loan Fund", "N6"),
    ("t", "The Refugee Loan Fund, established under Resolution No. 210 (XII),^5 finances the "
     "transport of refugees to countries of resettlement by means of interest-free loans, which "
     "the refugees undertake to repay once they are settled. Repayments are credited to the Fund "
     "and used to finance further movements."),
    ("t", "Loans receivable at 31 December 1997 amounted to USD {:,} (1996: USD {:,}). No provision "
     "is made for loans which may not be repaid; loans are written off only when the sponsoring "
     "agencies have confirmed that recovery is no longer possible.".format(loans[0], loans[1])),
]


# ---------------------------------------------------------------- build body
flow = Flow()
flow.new_page()
first_heading = True
pnum = 0
for b in intro:
    k = b[0]
    if k == "h":
        flow.heading(b[1], b[2], key=b[3], gap=0 if first_heading else LEAD * 1.6)
        first_heading = False
    elif k == "s":
        flow.heading(b[1], b[2], font=BI_FONT, key=b[3], gap=LEAD * 1.1)
    elif k == "p":
        pnum += 1
        flow.para(b[2], LM + 36, LM, label="%d." % pnum, label_x=LM)
    elif k == "i":
        flow.para(b[2], LM + 72, LM + 72, label=b[1], label_x=LM + 36, gap=LEAD * 0.45)
    elif k == "ii":
        flow.para(b[2], LM + 108, LM + 108, label=b[1], label_x=LM + 72, gap=LEAD * 0.3)

# Statement I
COLS = [(LM + 262,), LM + 360, RM]
flow.new_page()
flow.center("FINANCIAL STATEMENTS", key="FS")
flow.space(LEAD * 1.2)
flow.center("STATEMENT I", key="S1")
flow.center("STATEMENT OF INCOME AND EXPENDITURE")
flow.center("FOR THE YEAR ENDED 31 DECEMBER 1997")
rows = [{"label": "INCOME", "bold": True, "vals": []}]
for lab, note, a, b in income:
    rows.append({"label": lab, "ind": 1, "vals": [note, fmt(a), fmt(b)]})
rows.append({"label": "Total income", "bold": True, "rule_above": True,
             "vals": ["", fmt(tot_inc[0]), fmt(tot_inc[1])]})
rows.append({"label": "EXPENDITURE", "bold": True, "vals": [], "gap": 8})
rows.append({"label": "Administrative Programme", "ind": 1, "vals": ["2", fmt(adm97), fmt(adm96)]})
rows.append({"label": "Operational Programmes", "ind": 1, "vals": []})
for lab, a, b in ops:
    rows.append({"label": lab, "ind": 2, "vals": ["", fmt(a), fmt(b)]})
rows.append({"label": "Sub-total", "ind": 2, "rule_above": True,
             "vals": ["", fmt(ops_tot[0]), fmt(ops_tot[1])]})
rows.append({"label": "Total expenditure", "bold": True, "rule_above": True,
             "vals": ["", fmt(tot_exp[0]), fmt(tot_exp[1])]})
rows.append({"label": "Excess of income over expenditure", "gap": 8,
             "vals": ["", fmt(excess[0]), fmt(excess[1])]})
rows.append({"label": "Exchange gains/(losses)", "vals": ["4", fmt(exch[0]), fmt(exch[1])]})
rows.append({"label": "Provision for doubtful contributions", "vals": ["2", fmt(prov[0]), fmt(prov[1])]})
rows.append({"label": "Net excess of income over expenditure", "bold": True, "rule_above": True,
             "vals": ["", fmt(net[0]), fmt(net[1])]})
rows.append({"label": "Fund balances and reserves at 1 January", "gap": 8,
             "vals": ["", fmt(open97), fmt(open96)]})
rows.append({"label": "Refunds to donors", "vals": ["3", fmt(refunds[0]), fmt(refunds[1])]})
rows.append({"label": "Fund balances and reserves at 31 December", "bold": True, "rule_above": True,
             "double_below": True, "vals": ["", fmt(close97), fmt(close96)]})
flow.table(COLS, [["Note", "1997", "1996"]], rows, caption="(in US dollars)")

# Statement II
flow.new_page()
flow.center("STATEMENT II", key="S2")
flow.center("STATEMENT OF ASSETS, LIABILITIES AND RESERVES")
flow.center("AS AT 31 DECEMBER 1997")
rows = [{"label": "ASSETS", "bold": True, "vals": []},
        {"label": "Cash and short-term deposits", "ind": 1, "vals": ["5", fmt(cash97), fmt(cash96)]},
        {"label": "Assessed contributions receivable", "ind": 1, "vals": ["2", fmt(rec97), fmt(rec96)]},
        {"label": "Less: provision for doubtful contributions", "ind": 1,
         "vals": ["2", fmt(-prov_bal97), fmt(-prov_bal96)]},
        {"label": "Amounts due from donors", "ind": 1, "vals": ["", fmt(due[0]), fmt(due[1])]},
        {"label": "Refugee loans receivable", "ind": 1, "vals": ["6", fmt(loans[0]), fmt(loans[1])]},
        {"label": "Other receivables and advances", "ind": 1, "vals": ["", fmt(other[0]), fmt(other[1])]},
        {"label": "Total assets", "bold": True, "rule_above": True, "double_below": True,
         "vals": ["", fmt(grand[0]), fmt(grand[1])]},
        {"label": "LIABILITIES", "bold": True, "vals": [], "gap": 10},
        {"label": "Contributions received in advance", "ind": 1, "vals": ["3", fmt(adv[0]), fmt(adv[1])]},
        {"label": "Accounts payable and accrued liabilities", "ind": 1, "vals": ["", fmt(pay[0]), fmt(pay[1])]},
        {"label": "Provision for staff separation costs", "ind": 1, "vals": ["1", fmt(sep[0]), fmt(sep[1])]},
        {"label": "Total liabilities", "bold": True, "rule_above": True,
         "vals": ["", fmt(tot_liab[0]), fmt(tot_liab[1])]},
        {"label": "RESERVES AND FUND BALANCES", "bold": True, "vals": [], "gap": 10},
        {"label": "Administrative Programme", "ind": 1, "vals": ["2", fmt(adm_res97), fmt(adm_res96)]},
        {"label": "Operational Programmes", "ind": 1, "vals": ["", fmt(opsbal[0]), fmt(opsbal[1])]},
        {"label": "Refugee Loan Fund", "ind": 1, "vals": ["6", fmt(rlf[0]), fmt(rlf[1])]},
        {"label": "Total reserves and fund balances", "bold": True, "rule_above": True,
         "vals": ["", fmt(tot_res[0]), fmt(tot_res[1])]},
        {"label": "TOTAL LIABILITIES, RESERVES AND FUND BALANCES", "bold": True, "rule_above": True,
         "double_below": True, "gap": 4, "vals": ["", fmt(grand[0]), fmt(grand[1])]},
        ]
flow.table(COLS, [["Note", "1997", "1996"]], rows, caption="(in US dollars)")

# Notes
flow.new_page()
flow.center("NOTES TO THE FINANCIAL STATEMENTS", key="NOTES")
first = True
for b in notes:
    k = b[0]
    if k == "n":
        flow.heading(b[1], b[2], font=B_FONT, x_text=LM + 42, key=b[3],
                     gap=LEAD * (1.2 if first else 1.5))
        first = False
    elif k == "t":
        flow.para(b[1], LM, LM)
    elif k == "i":
        flow.para(b[2], LM + 72, LM + 72, label=b[1], label_x=LM + 36, gap=LEAD * 0.45)
    elif k == "table_arrears":
        ACOLS = [LM + 330, RM - 20]
        rows = [{"label": name, "vals": [fmt(a), fmt(b)]} for name, a, b in arrears]
        rows.append({"label": "Total", "bold": True, "rule_above": True, "double_below": True,
                     "vals": [fmt(arr97), fmt(arr96)]})
        flow.table(ACOLS, [["At 31 December", "At 31 December"], ["1997", "1996"]], rows,
                   caption="Assessed contributions outstanding (in Swiss francs)")


# ---------------------------------------------------------------- render
def draw_words(c, toks, x, y, width, justify, fs):
    sp = stringWidth(" ", RM_FONT, fs)
    widths = [word_width(t, fs) for t in toks]
    gaps = len(toks) - 1
    extra = 0.0
    if justify and gaps > 0:
        extra = (width - sum(widths) - sp * gaps) / gaps
        if extra < 0:
            extra = 0.0
    cx = x
    for t, w in zip(toks, widths):
        c.setFont(t["font"], fs)
        c.drawString(cx, y, t["w"])
        if t["fn"]:
            tw = stringWidth(t["w"], t["font"], fs)
            c.setFont(RM_FONT, fs * 0.62)
            c.drawString(cx + tw + 0.5, y + fs * 0.38, t["fn"])
        cx += w + sp + extra


def running_header(c, label):
    c.setFont(RM_FONT, 10)
    c.drawRightString(RM, H - 44, SYMBOL)
    c.drawRightString(RM, H - 56, "Page " + label)


def render_footnotes(c, pg):
    if not pg.fns:
        return
    total = sum(fn_height(n) for n in pg.fns)
    y = BOTTOM + total
    c.setLineWidth(0.5)
    c.line(LM, y + 6, LM + 144, y + 6)
    for n in pg.fns:
        y -= 1
        for i, ln in enumerate(fn_lines(n)):
            y -= FN_LEAD
            if i == 0:
                c.setFont(RM_FONT, FN_FS * 0.7)
                c.drawString(LM, y + FN_FS * 0.38, n)
            draw_words(c, ln, LM + 10, y, TW - 10, i < len(fn_lines(n)) - 1, FN_FS)
        y -= 2


def cover(c):
    c.setFont(B_FONT, 11)
    c.drawString(LM, H - 52, "SEVENTY-SIXTH SESSION")
    c.setFont(RM_FONT, 11)
    c.drawRightString(RM, H - 76, SYMBOL)
    c.drawRightString(RM, H - 90, "Original: English")
    c.drawRightString(RM, H - 104, "11 May 1998")
    c.setLineWidth(0.8)
    c.line(LM, H - 300, RM, H - 300)
    c.setFont(B_FONT, 12)
    for i, t in enumerate(["FINANCIAL REPORT FOR THE YEAR ENDED", "31 DECEMBER 1997"]):
        c.drawCentredString(W / 2, H - 340 - i * 16, t)
    c.line(LM, H - 384, RM, H - 384)
    c.setFont(RM_FONT, 11)
    c.drawString(LM, 176, "__________")
    note = ("This document is submitted to the Executive Committee at its Ninety-fifth Session in "
            "June 1998.")
    lines = wrap(note, lambda i: TW, 11)
    y = 156
    for i, ln in enumerate(lines):
        draw_words(c, ln, LM, y, TW, i < len(lines) - 1, 11)
        y -= LEAD
    c.setFont(B_FONT, 10)
    for x, t in ((LM + 40, "COUNCIL"), (W / 2, "CONSEIL"), (RM - 40, "CONSEJO")):
        c.drawCentredString(x, 58, t)


def contents(c):
    running_header(c, "i")
    c.setFont(B_FONT, 11)
    c.drawCentredString(W / 2, BODY_TOP - 14, "CONTENTS")
    c.setFont(RM_FONT, 10)
    c.drawRightString(RM, BODY_TOP - 44, "Page")
    entries = [
        (0, "I.", "INTRODUCTION", "I"),
        (0, "II.", "ADMINISTRATIVE PROGRAMME", "II"),
        (1, "A.", "Assessed contributions", "IIA"),
        (1, "B.", "Expenditure", "IIB"),
        (0, "III.", "OPERATIONAL PROGRAMMES", "III"),
        (1, "A.", "Income", "IIIA"),
        (1, "B.", "Expenditure", "IIIB"),
        (0, "IV.", "CASH POSITION AND RESERVES", "IV"),
        (0, "V.", "EXTERNAL AUDIT", "V"),
        (0, "", "FINANCIAL STATEMENTS", "FS"),
        (1, "", "Statement I - Statement of income and expenditure", "S1"),
        (1, "", "Statement II - Statement of assets, liabilities and reserves", "S2"),
        (0, "", "NOTES TO THE FINANCIAL STATEMENTS", "NOTES"),
    ]
    y = BODY_TOP - 66
    for lvl, num, text, key in entries:
        if lvl == 0:
            y -= 8
        y -= 16
        x = LM + (36 if lvl else 0)
        c.setFont(RM_FONT, 11)
        if num:
            c.drawString(x, y, num)
            tx = x + 36
        else:
            tx = x
        text = text.replace(" - ", " \u2013 ")
        c.drawString(tx, y, text)
        end = tx + stringWidth(text, RM_FONT, 11) + 4
        pg = heading_pages[key]
        right = RM - stringWidth(pg, RM_FONT, 11) - 4
        n = int((right - end) / stringWidth(".", RM_FONT, 11))
        dots = "." * max(n, 3)
        c.drawRightString(right, y, dots)
        c.drawRightString(RM, y, pg)


def main():
    c = canvas.Canvas(OUT, pagesize=A4, invariant=1)
    c.setTitle("MC/1938 Financial Report for the year ended 31 December 1997")
    cover(c)
    c.showPage()
    contents(c)
    c.showPage()
    for pg in pages:
        running_header(c, pg.label)
        for op in pg.ops:
            if op[0] == "words":
                _, toks, x, y, width, justify, fs = op
                draw_words(c, toks, x, y, width, justify, fs)
            elif op[0] == "text":
                _, s, x, y, font, fs = op
                c.setFont(font, fs)
                c.drawString(x, y, s)
            elif op[0] == "rule":
                _, x1, x2, y, lw = op
                c.setLineWidth(lw)
                c.line(x1, y, x2, y)
        render_footnotes(c, pg)
        c.showPage()
    c.save()


if __name__ == "__main__":
    main()
