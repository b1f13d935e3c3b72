"""Draws financial-report-2023.pdf: IOM Council document C/114/4,
Financial Report for the year ended 31 December 2022 (fpdf2)."""
import re
from fpdf import FPDF

SYMBOL = "C/114/4"
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
LM, RM_X = 22.0, 189.0          # left margin, right text edge (mm)
TEXT_W = RM_X - LM
TOP_Y = 30.0                    # first body line on pages with a header
BOTTOM_Y = 282.0                # lowest baseline area for body + footnotes
BODY_PT, BODY_LH = 9.5, 4.5
PARA_GAP = 3.2
FN_PT, FN_LH = 8, 3.6

pdf = FPDF(format="A4", unit="mm")
pdf.set_auto_page_break(False)
pdf.add_font("Sans", "", FONT_DIR + "DejaVuSans.ttf")
pdf.add_font("Sans", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
pdf.add_font("Sans", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
pdf.set_title("Financial report for the year ended 31 December 2022")


def text_at(x, y, s, style="", size=BODY_PT):
    pdf.set_font("Sans", style, size)
    pdf.text(x, y, s)


def right_at(xr, y, s, style="", size=BODY_PT):
    pdf.set_font("Sans", style, size)
    pdf.text(xr - pdf.get_string_width(s), y, s)


def centre_at(y, s, style="", size=BODY_PT):
    pdf.set_font("Sans", style, size)
    pdf.text(LM + (TEXT_W - pdf.get_string_width(s)) / 2, y, s)


# ---------------------------------------------------------------- footnotes
FOOTNOTES = {
    "1": "Unless otherwise stated, amounts in this overview are expressed in millions of "
         "US dollars and rounded to one decimal place; percentages are calculated on the "
         "unrounded figures shown in the financial statements.",
    "2": "The discount rate applied to the after-service health insurance liability, as "
         "determined by an independent actuary, rose from 1.6 per cent to 4.7 per cent.",
    "3": "As at 31 May 2023, eleven Member States were subject to Article 4 of the "
         "Constitution, four of which had agreed payment plans with the Administration.",
}


def wrap_tokens(tokens, first_w, rest_w, size, style=""):
    """tokens: list of (word, is_marker). Returns list of lines (lists of tokens)."""
    pdf.set_font("Sans", style, size)
    space = pdf.get_string_width(" ")
    lines, cur, cur_w = [], [], 0.0
    width = first_w
    for word, mk in tokens:
        if mk:
            pdf.set_font("Sans", style, size * 0.65)
            w = pdf.get_string_width(word)
            pdf.set_font("Sans", style, size)
            cur.append((word, True))
            cur_w += w
            continue
        w = pdf.get_string_width(word)
        add = w if not cur else space + w
        if cur and cur_w + add > width:
            lines.append(cur)
            cur, cur_w = [(word, False)], w
            width = rest_w
        else:
            cur.append((word, False))
            cur_w += add
    if cur:
        lines.append(cur)
    return lines


def tokenize(s):
    toks = []
    for part in re.split(r"(\{\w+\})", s):
        if not part:
            continue
        if part.startswith("{"):
            toks.append((part[1:-1], True))
        else:
            for w in part.split():
                toks.append((w, False))
    return toks


def draw_line(x, y, line, size, style=""):
    pdf.set_font("Sans", style, size)
    space = pdf.get_string_width(" ")
    first = True
    for word, mk in line:
        if mk:
            pdf.set_font("Sans", style, size * 0.65)
            pdf.text(x, y - size * 0.35 * 0.3528, word)
            x += pdf.get_string_width(word)
            pdf.set_font("Sans", style, size)
            continue
        if not first:
            x += space
        pdf.text(x, y, word)
        x += pdf.get_string_width(word)
        first = False


def fn_lines(marker):
    return wrap_tokens(tokenize(FOOTNOTES[marker]), TEXT_W - 3, TEXT_W - 3, FN_PT)


def fn_height(marker):
    return len(fn_lines(marker)) * FN_LH + 1.0


# ---------------------------------------------------------------- page state
class Flow:
    def __init__(self):
        self.page_label = None
        self.y = TOP_Y
        self.fns = []
        self.heading_pages = {}

    def header(self, label):
        right_at(RM_X, 14, SYMBOL)
        right_at(RM_X, 19, f"Page {label}")

    def new_page(self, label):
        self.finish_page()
        pdf.add_page()
        self.page_label = label
        self.header(label)
        self.y = TOP_Y
        self.fns = []

    def fn_reserved(self, extra=()):
        markers = self.fns + list(extra)
        if not markers:
            return 0.0
        return 6.0 + sum(fn_height(m) for m in markers)

    def limit(self, extra=()):
        return BOTTOM_Y - self.fn_reserved(extra)

    def finish_page(self):
        if not self.fns:
            return
        y = BOTTOM_Y - self.fn_reserved() + 4.0
        pdf.set_line_width(0.2)
        pdf.line(LM, y - 2.5, LM + 50, y - 2.5)
        for m in self.fns:
            lines = fn_lines(m)
            pdf.set_font("Sans", "", 6.5)
            pdf.text(LM, y + 3 - 0.8, m)
            for i, ln in enumerate(lines):
                draw_line(LM + 3, y + 3, ln, FN_PT)
                y += FN_LH
            y += 1.0

    def next_label(self):
        if isinstance(self.page_label, int):
            return self.page_label + 1
        return 1

    def ensure(self, h, extra=()):
        if self.y + h > self.limit(extra):
            self.new_page(self.next_label())

    def lines_block(self, lines, x_first, x_rest, size=BODY_PT, style="", label=None,
                    label_x=None, gap_after=PARA_GAP):
        for i, ln in enumerate(lines):
            marks = [w for w, mk in ln if mk]
            self.ensure(BODY_LH, marks)
            base = self.y + 4
            if i == 0 and label is not None:
                text_at(label_x, base, label, style, size)
            draw_line(x_first if i == 0 else x_rest, base, ln, size, style)
            self.fns.extend(marks)
            self.y += BODY_LH
        self.y += gap_after

    def para(self, num, text):
        lines = wrap_tokens(tokenize(text), RM_X - (LM + 12), TEXT_W, BODY_PT)
        self.lines_block(lines, LM + 12, LM, label=f"{num}.", label_x=LM)

    def item(self, label, text, last=False):
        x = LM + 22
        lines = wrap_tokens(tokenize(text), RM_X - x, RM_X - x, BODY_PT)
        self.lines_block(lines, x, x, label=label, label_x=LM + 12,
                         gap_after=PARA_GAP if last else 1.2)

    def bullet(self, text, last=False):
        x = LM + 18
        lines = wrap_tokens(tokenize(text), RM_X - x, RM_X - x, BODY_PT)
        self.lines_block(lines, x, x, label="\u2022", label_x=LM + 12,
                         gap_after=PARA_GAP if last else 0.8)

    def plain(self, text, style="", size=BODY_PT):
        lines = wrap_tokens(tokenize(text), TEXT_W, TEXT_W, size, style)
        self.lines_block(lines, LM, LM, size=size, style=style)

    def heading(self, text, num=None, style="B", key=None):
        x = LM + 12 if num else LM
        lines = wrap_tokens(tokenize(text), RM_X - x, RM_X - x, BODY_PT, style)
        self.ensure(BODY_LH * (len(lines) + 2) + PARA_GAP)
        self.heading_pages[key or text] = self.page_label
        self.lines_block(lines, x, x, style=style, label=num, label_x=LM)


flow = Flow()

# ================================================================= COVER
pdf.add_page()
flow.page_label = "cover"
right_at(RM_X, 22, SYMBOL, "B", 11)
right_at(RM_X, 28, "Original: English", "", 10)
right_at(RM_X, 33.5, "31 May 2023", "", 10)

centre_at(62, "COUNCIL", "B", 11)
centre_at(68, "114th Session", "", 10.5)

centre_at(112, "FINANCIAL REPORT FOR THE YEAR ENDED", "B", 12)
t2 = "31 DECEMBER 2022"
pdf.set_font("Sans", "B", 12)
w2 = pdf.get_string_width(t2)
x2 = LM + (TEXT_W - w2) / 2
pdf.text(x2, 124, t2)
pdf.set_font("Sans", "B", 9)
pdf.text(x2 + w2 + 0.3, 122.8, "*")

text_at(LM, 252, "__________", "", 10)
pdf.set_font("Sans", "", 8)
pdf.text(LM, 258.7, "*")
cover_note = ("This document is submitted to the Standing Committee on Programmes and Finance "
              "at its Thirty-second Session, in June 2023, and to the Council at its 114th "
              "Session, in November 2023.")
for i, ln in enumerate(wrap_tokens(tokenize(cover_note), TEXT_W - 3, TEXT_W - 3, 9)):
    draw_line(LM + 3, 259.5 + i * 4.4, ln, 9)

# ================================================================= CONTENTS
CONTENTS = [
    # (indent level, title, page)
    (0, "I.\tOVERVIEW OF THE FINANCIAL STATEMENTS FOR THE YEAR ENDED 31 DECEMBER 2022", "1"),
    (1, "Introduction", "1"),
    (1, "Financial performance", "1"),
    (1, "Financial position", "2"),
    (1, "Administrative Part of the Budget: assessed contributions, expenditure and "
        "contributions outstanding from Member States", "2"),
    (1, "Operational Part of the Budget and Operational Support Income", "2"),
    (0, "II.\tFINANCIAL STATEMENTS", "2"),
    (1, "Statement I \u2013 Statement of financial position as at 31 December 2022", "3"),
    (1, "Statement II \u2013 Statement of financial performance for the year ended "
        "31 December 2022", "4"),
]

flow.new_page("i")
centre_at(flow.y + 4, "CONTENTS", "B", 10.5)
flow.y += 2 * BODY_LH
right_at(RM_X, flow.y + 4, "Page", "", 10)
flow.y += 2 * BODY_LH
ENTRY_W = 118.0
for level, title, page in CONTENTS:
    style = "B" if level == 0 else ""
    if level == 0:
        num, title_txt = title.split("\t")
        x = LM + 10
        text_at(LM, flow.y + 4, num, style)
    else:
        title_txt = title
        x = LM + 10
    lines = wrap_tokens(tokenize(title_txt), ENTRY_W - (x - LM), ENTRY_W - (x - LM),
                        BODY_PT, style)
    for i, ln in enumerate(lines):
        base = flow.y + 4
        draw_line(x, base, ln, BODY_PT, style)
        if i == len(lines) - 1:
            pdf.set_font("Sans", style, BODY_PT)
            end = x + pdf.get_string_width(" ".join(w for w, _ in ln)) + 1.5
            pdf.set_font("Sans", "", BODY_PT)
            dot = pdf.get_string_width(".")
            n = int((RM_X - 8 - end) / dot)
            pdf.text(end, base, "." * n)
            right_at(RM_X - 1, base, page)
        flow.y += BODY_LH
    flow.y += 3.0 if level == 1 else 4.0

# ================================================================= BODY
flow.new_page(1)
centre_at(flow.y + 4, "FINANCIAL REPORT FOR THE YEAR ENDED 31 DECEMBER 2022", "B", 10.5)
flow.y += 3 * BODY_LH

flow.heading("OVERVIEW OF THE FINANCIAL STATEMENTS FOR THE YEAR ENDED 31 DECEMBER 2022",
             num="I.", key="I")
flow.heading("Introduction", style="BI" if False else "B")

flow.para(1, "In accordance with the Financial Regulations of the Organization, the Director "
          "General has the honour to submit to the Council the financial report of the "
          "International Organization for Migration (IOM) for the year ended 31 December 2022. "
          "The financial statements have been prepared on a full accrual basis in compliance "
          "with the International Public Sector Accounting Standards (IPSAS), which IOM has "
          "applied since 1 January 2012.")
flow.para(2, "The financial statements have been audited by the External Auditor, whose "
          "report on the audit is submitted to the Council in document C/114/5. The External "
          "Auditor has issued an unmodified opinion on the statements for 2022.")
flow.para(3, "This overview summarizes the main elements of the Organization\u2019s financial "
          "performance and financial position during the year and of the execution of the "
          "Programme and Budget for 2022 (C/112/7), as revised in the course of the year "
          "(S/31/4).{1} It should be read together with the financial statements presented in "
          "section II and with the notes to those statements, which form an integral part of "
          "them.")
flow.para(4, "The financial report for the year ended 31 December 2021 (C/113/4) was approved "
          "by the Council through Resolution No. 1402 of 25 November 2022. The comparative "
          "figures for 2021 shown in this report are those of the approved statements; no "
          "restatement has been required.")

flow.heading("Financial performance")
flow.para(5, "Total revenue for 2022 amounted to USD 3,642.0 million, compared with USD 2,984.2 "
          "million in 2021, an increase of USD 657.7 million, or 22.0 per cent. Voluntary "
          "contributions of USD 3,478.6 million accounted for 95.5 per cent of the total; the "
          "remainder consisted of assessed contributions (USD 55.4 million), in-kind "
          "contributions (USD 38.1 million), investment income (USD 21.9 million) and other "
          "revenue (USD 47.9 million).")
flow.para(6, "Total expenses rose by 20.2 per cent, to USD 3,358.7 million (2021: USD 2,793.7 "
          "million). The increase was driven principally by:")
flow.item("(a)", "the scale-up of the Organization\u2019s response to the war in Ukraine, where "
          "programme expenditure in Ukraine and neighbouring countries exceeded USD 600 million;")
flow.item("(b)", "continued large-scale operations in Afghanistan and neighbouring countries, "
          "the Syrian Arab Republic and the Horn of Africa;")
flow.item("(c)", "the recovery of resettlement and movement activities following the easing of "
          "travel restrictions related to the coronavirus disease (COVID-19) pandemic; and")
flow.item("(d)", "higher staff and personnel costs, which reached USD 1,087.3 million as the "
          "workforce grew to more than 19,000 staff and affiliated personnel.", last=True)
flow.para(7, "After net foreign exchange losses of USD 14.4 million, arising mainly from the "
          "strengthening of the US dollar against the euro and other operating currencies, the "
          "Organization recorded a surplus of USD 268.9 million for the year (2021: USD 193.7 "
          "million). As in previous years, the surplus results largely from the requirement "
          "under IPSAS 23 to recognize multi-year voluntary contributions as revenue when the "
          "agreements are signed, whereas the related expenses are incurred over the life of "
          "the projects. It does not represent funds available for discretionary use.")

flow.heading("Financial position")
flow.para(8, "At 31 December 2022, total assets stood at USD 4,602.7 million, up from USD "
          "3,880.7 million a year earlier. Cash and cash equivalents and investments together "
          "amounted to USD 2,492.5 million, the greater part of which is held on behalf of "
          "donors for earmarked projects. Voluntary contributions receivable, current and "
          "long-term, totalled USD 1,777.3 million.")
flow.para(9, "Total liabilities increased to USD 3,301.0 million (2021: USD 2,880.8 million). "
          "Deferred revenue, which represents contributions received or receivable for which "
          "the conditions attached have not yet been met, accounted for USD 2,566.9 million of "
          "that amount. Employee benefit liabilities decreased to USD 361.2 million, chiefly "
          "because of the rise in the discount rates used in the actuarial valuation of "
          "after-service health insurance obligations.{2}")
flow.para(10, "Net assets rose by USD 301.7 million, to USD 1,301.7 million. The movement "
          "comprises the surplus for the year of USD 268.9 million and actuarial gains of USD "
          "32.8 million on employee benefit liabilities, which are recognized directly in net "
          "assets. Reserves stood at USD 155.5 million at the end of the year.")

flow.heading("Administrative Part of the Budget: assessed contributions, expenditure and "
             "contributions outstanding from Member States", key="Admin")
flow.para(11, "The Council approved the Administrative Part of the Budget for 2022 at CHF "
          "52,895,000 in Resolution No. 1393 of 26 November 2021, to be financed by assessed "
          "contributions from Member States. Expenditure amounted to CHF 52,611,832, leaving an "
          "unspent balance of CHF 283,168, which will be carried forward in accordance with the "
          "Financial Regulations.")
flow.para(12, "Assessed contributions outstanding at 31 December 2022 totalled CHF 8,711,690 "
          "(USD 9.4 million), of which CHF 5,904,113 was owed by Member States subject to "
          "Article 4 of the Constitution. Member States in arrears are encouraged to settle in "
          "full or to agree on a payment plan, as set out in the status report on outstanding "
          "contributions (S/32/6).{3}")

flow.heading("Operational Part of the Budget and Operational Support Income", key="Ops")
flow.para(13, "Expenditure under the Operational Part of the Budget, which is funded from "
          "voluntary contributions, amounted to USD 3,247.9 million, against a revised budget "
          "estimate of USD 3,553.0 million. The largest shares of expenditure were incurred in "
          "the following areas:")
flow.bullet("emergency and post-crisis response, including camp coordination and camp "
            "management: USD 1,349.6 million;")
flow.bullet("movement, resettlement and return assistance: USD 612.3 million;")
flow.bullet("migration health: USD 408.7 million; and")
flow.bullet("migration management, labour mobility and other programmes: USD 877.3 million.",
            last=True)
flow.para(14, "Operational Support Income, generated by the overhead charged on projects, "
          "amounted to USD 165.8 million (2021: USD 138.2 million); the USD 17.8 million in "
          "excess of the budgeted level was transferred to the reserve.")

flow.heading("FINANCIAL STATEMENTS", num="II.", key="II")
flow.para(15, "Statements I and II follow. The statement of changes in net assets, the "
          "statement of cash flow, the statement of comparison of budget and actual amounts and "
          "the notes, to which the note numbers refer, are available on the governing bodies "
          "web page.")


# ---------------------------------------------------------------- statements
def fmt(v):
    if v is None:
        return ""
    return f"({-v:,})" if v < 0 else f"{v:,}"


C_NOTES, C_Y1, C_Y2 = 128.0, 160.0, RM_X


def statement(num_label, head, rows):
    flow.new_page(flow.next_label())
    flow.heading(f"{num_label} \u2013 {head}", key=num_label)
    centre_at(flow.y + 4, "(in thousands of US dollars)", "I", 9.5)
    flow.y += BODY_LH + 3
    pdf.set_line_width(0.3)
    base = flow.y + 4
    pdf.set_font("Sans", "B", 9.5)
    nw = pdf.get_string_width("Notes")
    pdf.text(C_NOTES - nw / 2, base, "Notes")
    right_at(C_Y1, base, "2022", "B", 9.5)
    right_at(C_Y2, base, "2021", "B", 9.5)
    pdf.line(LM, base + 1.8, RM_X, base + 1.8)
    flow.y += BODY_LH + 2
    for kind, label, note, v1, v2 in rows:
        if kind == "gap":
            flow.y += 2.5
            continue
        base = flow.y + 4
        style = {"group": "B", "sub": "B", "row": "", "total": "B", "grand": "B"}[kind]
        x = LM + (5 if kind in ("row",) else 0)
        if kind == "sub":
            style = "I"
        if kind in ("total", "grand"):
            pdf.set_line_width(0.2)
            pdf.line(C_Y1 - 22, base - 3.9, C_Y1, base - 3.9)
            pdf.line(C_Y2 - 22, base - 3.9, C_Y2, base - 3.9)
        text_at(x, base, label, style, 9.5)
        if note:
            pdf.set_font("Sans", "", 9.5)
            w = pdf.get_string_width(note)
            pdf.text(C_NOTES - w / 2, base, note)
        if v1 is not None:
            right_at(C_Y1, base, fmt(v1), "B" if kind in ("total", "grand") else "", 9.5)
            right_at(C_Y2, base, fmt(v2), "B" if kind in ("total", "grand") else "", 9.5)
        if kind == "grand":
            pdf.line(C_Y1 - 22, base + 1.3, C_Y1, base + 1.3)
            pdf.line(C_Y2 - 22, base + 1.3, C_Y2, base + 1.3)
            pdf.line(C_Y1 - 22, base + 1.9, C_Y1, base + 1.9)
            pdf.line(C_Y2 - 22, base + 1.9, C_Y2, base + 1.9)
        flow.y += 4.9
    flow.y += 6
    flow.plain("The accompanying notes form an integral part of these financial statements.",
               style="I", size=9)


ca = [("Cash and cash equivalents", "3", 1012450, 864310),
      ("Investments", "4", 1480000, 1215000),
      ("Voluntary contributions receivable", "5", 1364822, 1108540),
      ("Assessed contributions receivable", "6", 9415, 8972),
      ("Other receivables", "7", 42318, 37905),
      ("Inventories", "8", 58760, 49214),
      ("Prepayments and other current assets", "9", 31207, 27483)]
nca = [("Long-term voluntary contributions receivable", "5", 412509, 387126),
       ("Property, plant and equipment", "10", 176342, 169871),
       ("Intangible assets", "11", 14926, 12305)]
cl = [("Accounts payable and accrued liabilities", "12", 286415, 241908),
      ("Deferred revenue", "13", 2154390, 1781265),
      ("Short-term employee benefits", "14", 48762, 45310),
      ("Provisions", "15", 21580, 18944),
      ("Current portion of borrowings", "16", 1090, 1090),
      ("Other current liabilities", "17", 39844, 35127)]
ncl = [("Long-term deferred revenue", "13", 412509, 387126),
       ("Long-term employee benefits", "14", 312470, 344918),
       ("Long-term borrowings", "16", 23985, 25075)]
na = [("Accumulated surpluses", "18", 1146232, 861549),
      ("Reserves", "18", 155472, 138414)]


def s(rows, i):
    return sum(r[i] for r in rows)


TA = (s(ca, 2) + s(nca, 2), s(ca, 3) + s(nca, 3))
TL = (s(cl, 2) + s(ncl, 2), s(cl, 3) + s(ncl, 3))
TNA = (s(na, 2), s(na, 3))
assert TA[0] - TL[0] == TNA[0] and TA[1] - TL[1] == TNA[1], (TA, TL, TNA)


def rowset(items):
    return [("row", l, n, a, b) for l, n, a, b in items]


S1 = ([("group", "ASSETS", None, None, None), ("sub", "Current assets", None, None, None)]
      + rowset(ca)
      + [("total", "Total current assets", None, s(ca, 2), s(ca, 3)), ("gap",) * 5,
         ("sub", "Non-current assets", None, None, None)]
      + rowset(nca)
      + [("total", "Total non-current assets", None, s(nca, 2), s(nca, 3)), ("gap",) * 5,
         ("grand", "TOTAL ASSETS", None, TA[0], TA[1]), ("gap",) * 5,
         ("group", "LIABILITIES", None, None, None), ("sub", "Current liabilities", None, None, None)]
      + rowset(cl)
      + [("total", "Total current liabilities", None, s(cl, 2), s(cl, 3)), ("gap",) * 5,
         ("sub", "Non-current liabilities", None, None, None)]
      + rowset(ncl)
      + [("total", "Total non-current liabilities", None, s(ncl, 2), s(ncl, 3)), ("gap",) * 5,
         ("grand", "TOTAL LIABILITIES", None, TL[0], TL[1]), ("gap",) * 5,
         ("group", "NET ASSETS/EQUITY", None, None, None)]
      + rowset(na)
      + [("total", "TOTAL NET ASSETS/EQUITY", None, TNA[0], TNA[1]), ("gap",) * 5,
         ("grand", "TOTAL LIABILITIES AND NET ASSETS/EQUITY", None, TL[0] + TNA[0],
          TL[1] + TNA[1])])

rev = [("Voluntary contributions", "19", 3478620, 2851406),
       ("Assessed contributions", "20", 55410, 57118),
       ("In-kind contributions", "21", 38145, 29870),
       ("Investment income", "22", 21872, 6214),
       ("Other revenue", "23", 47921, 39627)]
exp = [("Staff and personnel costs", "24", 1087340, 948215),
       ("Contractual services", "25", 1049737, 812460),
       ("Migrant and beneficiary assistance", "26", 512780, 430118),
       ("Travel and transportation", "27", 298614, 241305),
       ("Supplies, consumables and equipment", "28", 341052, 296740),
       ("Depreciation and amortization", "10, 11", 27918, 25871),
       ("Other expenses", "29", 41226, 38944)]
FX = (-14386, 3102)
TR = (s(rev, 2), s(rev, 3))
TE = (s(exp, 2), s(exp, 3))
SUR = (TR[0] - TE[0] + FX[0], TR[1] - TE[1] + FX[1])
assert SUR[0] == 268915 and SUR[1] == 193684
assert SUR[0] + 32826 == TNA[0] - TNA[1]

S2 = ([("group", "REVENUE", None, None, None)] + rowset(rev)
      + [("total", "TOTAL REVENUE", None, TR[0], TR[1]), ("gap",) * 5,
         ("group", "EXPENSES", None, None, None)] + rowset(exp)
      + [("total", "TOTAL EXPENSES", None, TE[0], TE[1]), ("gap",) * 5,
         ("row", "Foreign exchange gains/(losses), net", "30", FX[0], FX[1]), ("gap",) * 5,
         ("grand", "SURPLUS FOR THE YEAR", None, SUR[0], SUR[1])])

statement("Statement I", "Statement of financial position as at 31 December 2022", S1)
statement("Statement II", "Statement of financial performance for the year ended "
          "31 December 2022", S2)
flow.finish_page()

# contents page numbers must match where the headings fell
expect = {"I": 1, "Introduction": 1, "Financial performance": 1, "Financial position": 2,
          "Admin": 2, "Ops": 2, "II": 2, "Statement I": 3, "Statement II": 4}
print("heading pages:", flow.heading_pages)
for k, v in expect.items():
    if flow.heading_pages.get(k) != v:
        print("CONTENTS MISMATCH", k, flow.heading_pages.get(k), v)

pdf.output("financial-report-2023.pdf")
print("pages:", pdf.pages_count)
