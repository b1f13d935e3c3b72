# Lays out the invented IOM document MC/2279, "Financial Report for the year ended
# 31 December 2008" (issued 7 May 2009), on A4 with reportlab's canvas.
import os
import re
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "financial-report-2009.pdf")

SYMBOL = "MC/2279"
W, H = A4
LM = 72.0                 # left margin
RM = W - 72.0             # right edge of text
TW = RM - LM
BODY_TOP = H - 92.0       # first baseline below the running header
BODY_BOTTOM = 70.0        # lowest baseline of body text (footnotes sit above this)

F, FB, FI, FBI = "Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic"
SZ, LEAD = 11.0, 13.6
FN_SZ, FN_LEAD = 9.0, 10.8
SUP_SZ, SUP_RISE = 6.5, 4.2
TAB = 36.0

# hyphenation points for a few long words (used only in body paragraphs and items)
HYPH = {
    "Organization": ["Organi"], "Organization's": ["Organi"],
    "contributions": ["contri"], "implementation": ["implemen", "imple"],
    "Administration": ["Adminis"], "expenditure": ["expendi"],
    "intergovernmental": ["intergovern"], "humanitarian": ["humani"],
    "Headquarters": ["Head"], "programmes": ["pro"], "beneficiaries": ["benefi"],
    "certification": ["certifi"], "arrangements": ["arrange"],
    "organizations": ["organi"], "translation": ["trans"],
}

# --------------------------------------------------------------------------------------
# content
# --------------------------------------------------------------------------------------
FOOTNOTES = {
    1: "The Financial Regulations were last amended by the Council at its Ninety-fourth Session in "
       "November 2007; the consolidated text, as amended, is reproduced in document MC/2236.",
    2: "Interest income is credited to the Operational Part of the Budget; the share allocated to "
       "Operational Support Income is explained in paragraph 15.",
    3: "The level of the Administrative Part of the Budget was left unchanged in the Revision of the "
       "Programme and Budget for 2008 (MC/2254), which adjusted only the Operational Part of the Budget.",
    4: "Article 4 of the Constitution provides that a Member State whose arrears equal or exceed the "
       "contributions due from it for the two preceding full years has no vote in the governing bodies. "
       "The Council may nevertheless allow such a Member State to vote.",
    5: "Known as Discretionary Income until 31 December 2007; see document MC/2246.",
    6: "The United Nations operational rates of exchange are set each month by the United Nations "
       "Treasury and are applied throughout the United Nations common system for accounting purposes.",
}

DOC = [
    ("runtitle", "FINANCIAL REPORT FOR THE YEAR ENDED 31 DECEMBER 2008"),
    ("h1", None, "INTRODUCTION"),
    ("para", "1",
     "The Financial Report for the year ended 31 December 2008 is presented to the Member States in "
     "accordance with Article 14 of the Financial Regulations.{1} It contains the financial statements of "
     "the Organization, the notes to those statements and comments on the execution of the Administrative "
     "and Operational Parts of the Budget. The report of the External Auditors on the accounts for 2008 "
     "is issued separately as document MC/2280."),
    ("para", "2",
     "The financial statements have been prepared in accordance with the United Nations System "
     "Accounting Standards, as in previous years. Preparatory work for the introduction of the "
     "International Public Sector Accounting Standards (IPSAS) continued during the year, and a progress "
     "report was presented to the Standing Committee on Programmes and Finance at its Third Session "
     "(SCPF/21). The Administration expects the statements for the year ending 31 December 2012 to be the "
     "first prepared under IPSAS."),
    ("para", "3",
     "Combined expenditure under the Administrative and Operational Parts of the Budget reached "
     "USD 940.9 million in 2008, against USD 722.5 million in 2007, an increase of 30.2 per cent. The "
     "growth was concentrated in movement and emergency operations and in the regulating migration "
     "service area, where several large programmes financed by the European Commission and by individual "
     "donor governments entered their implementation phase."),
    ("para", "4",
     "The main developments affecting the finances of the Organization in 2008 were the following:"),
    ("item", 1, "(a)",
     "the admission of five new Member States, whose contributions to the Administrative Part of the "
     "Budget for the part of the year following their admission totalled CHF 112,400;"),
    ("item", 1, "(b)",
     "the continued weakness of the US dollar against the Swiss franc during the first half of the year, "
     "which raised the dollar cost of staff and premises at Headquarters;"),
    ("item", 1, "(c)",
     "the fall in interest rates in the last quarter, which reduced interest income to USD 14.9 million "
     "from USD 16.4 million in 2007;{2} and"),
    ("item", 1, "(d)",
     "the further expansion of the Organization's field presence, with 19 new project offices opened "
     "during the year."),

    ("h1", "I.", "ADMINISTRATIVE PART OF THE BUDGET"),
    ("para", "5",
     "The Administrative Part of the Budget for 2008 was approved by the Council in the amount of "
     "CHF 38,045,000 by Resolution No. 1163 (XCIV) of 28 November 2007, on the basis of the Programme and "
     "Budget for 2008 (MC/2230).{3} It is financed from the assessed contributions of Member States in "
     "accordance with the scale of assessment adopted for 2008."),
    ("h2", "Assessed contributions"),
    ("para", "6",
     "Assessed contributions for 2008 amounted to CHF 38,157,400. Of this total, CHF 38,045,000 was "
     "assessed on the 122 Member States that belonged to the Organization on 1 January 2008 and "
     "CHF 112,400 on the five States admitted to membership during the year."),
    ("h2", "Expenditure"),
    ("para", "7",
     "Expenditure under the Administrative Part of the Budget totalled CHF 37,689,200, or 99.1 per cent "
     "of the approved budget. Staff salaries and benefits accounted for 86.0 per cent of the total. "
     "Income, expenditure and the resulting excess for the year are summarized below, with the figures "
     "for 2007 for comparison."),
    ("table", {
        "caption": "(in Swiss francs)",
        "cols": ["2008", "2007"], "colx": [420, RM], "labelw": 300,
        "rows": [
            ("Assessed contributions of Member States", ["38,045,000", "37,119,000"], ""),
            ("Contributions of new Member States", ["112,400", "86,200"], ""),
            ("Total income", ["38,157,400", "37,205,200"], "total"),
            ("Staff salaries and benefits", ["32,418,650", "31,602,310"], "gap"),
            ("Travel and representation", ["648,210", "702,455"], ""),
            ("General services and supplies", ["4,622,340", "4,511,840"], ""),
            ("Total expenditure", ["37,689,200", "36,816,605"], "total"),
            ("Excess of income over expenditure", ["468,200", "388,595"], "total gap"),
        ]}),
    ("para", "8",
     "In accordance with Article 13 of the Financial Regulations, the excess of CHF 468,200 will be "
     "carried forward to the Administrative Part of the Budget for 2010 and offset against the assessed "
     "contributions of Member States for that year, unless the Council decides otherwise."),
    ("h2", "Outstanding contributions"),
    ("para", "9",
     "Contributions outstanding to the Administrative Part of the Budget at 31 December 2008 totalled "
     "CHF 6,471,255, as shown in the following table. Of that amount, CHF 4,985,730 was owed by Member "
     "States whose arrears equalled or exceeded their contributions for the two preceding years."),
    ("table", {
        "caption": "(in Swiss francs)",
        "cols": ["2008", "2007"], "colx": [420, RM], "labelw": 300,
        "rows": [
            ("Outstanding at 1 January", ["6,204,115", "5,985,330"], ""),
            ("Assessed contributions for the year", ["38,157,400", "37,205,200"], ""),
            ("Contributions received during the year", ["(37,890,260)", "(36,986,415)"], ""),
            ("Outstanding at 31 December", ["6,471,255", "6,204,115"], "total"),
        ]}),
    ("para", "10",
     "At the end of the year, eleven Member States were subject to the provisions of Article 4 of the "
     "Constitution.{4} The Administration remained in contact with the States concerned, four of which "
     "agreed payment plans during the year under the arrangements set out in Council Resolution No. 1077 "
     "of 4 December 2002. Amounts received under such plans in 2008 totalled CHF 316,840."),

    ("h1", "II.", "OPERATIONAL PART OF THE BUDGET"),
    ("para", "11",
     "The Operational Part of the Budget is funded from voluntary contributions for specific projects and "
     "programmes. The Revision of the Programme and Budget for 2008 (MC/2254) estimated operational "
     "expenditure at USD 812.6 million; actual expenditure reached USD 906.1 million, reflecting new "
     "projects approved after the Revision had been prepared."),
    ("h2", "Voluntary contributions"),
    ("para", "12",
     "Voluntary contributions recognized as income in 2008 amounted to USD 893.1 million (2007: "
     "USD 675.0 million). Contributions from governments represented 71 per cent of the total, those from "
     "multilateral and intergovernmental bodies 22 per cent, and those from private sector donors and "
     "individuals the remaining 7 per cent. Contributions received before the related activities are "
     "carried out are shown as deferred income (see Note 2)."),
    ("h2", "Expenditure by service area"),
    ("para", "13",
     "Operational expenditure by service area is shown below. The largest increase occurred in Movement, "
     "Emergency and Post-crisis Migration Management, where expenditure rose by USD 94.4 million, mainly "
     "as a result of humanitarian operations after natural disasters in Asia and of the resettlement of "
     "refugees from the Middle East."),
    ("table", {
        "caption": "(in thousands of US dollars)",
        "cols": ["2008", "2007"], "colx": [440, RM], "labelw": 320,
        "rows": [
            ("Movement, Emergency and Post-crisis Migration Management", ["412,640", "318,255"], ""),
            ("Migration Health", ["58,310", "46,920"], ""),
            ("Migration and Development", ["41,875", "35,410"], ""),
            ("Regulating Migration", ["176,220", "131,640"], ""),
            ("Facilitating Migration", ["82,905", "58,760"], ""),
            ("Migration Policy, Research and Communications", ["6,410", "5,230"], ""),
            ("Reparation Programmes", ["98,760", "71,480"], ""),
            ("General Programme Support", ["28,930", "24,105"], ""),
            ("Total", ["906,050", "691,800"], "total"),
        ]}),
    ("para", "14",
     "Expenditure under Reparation Programmes relates to programmes administered for governments and "
     "national foundations that provide compensation or assistance to victims of past conflicts. It rose "
     "to USD 98.8 million as two new claims programmes began making payments to beneficiaries. Payments "
     "are released only after the claims concerned have been verified by the foundations, and the related "
     "administrative costs are charged to the programmes themselves."),
    ("h2", "Operational Support Income"),
    ("para", "15",
     "Operational Support Income,{5} generated by the overhead charged on projects and by the share of "
     "interest income allocated to it, amounted to USD 41.2 million in 2008 (2007: USD 33.6 million). It "
     "finances the part of the core structure in the field and at Headquarters that is not covered by the "
     "Administrative Part of the Budget; its use is governed by Resolution No. 1154 of 27 November 2007. "
     "The part of Operational Support Income not used during the year, USD 1.3 million, was credited to "
     "the Operational Support Income reserve described in Note 4, and will be available to meet "
     "structural needs in the field in 2009 and 2010."),

    ("h1", "III.", "FINANCIAL STATEMENTS"),
    ("para", "16",
     "The financial statements for the year ended 31 December 2008 are set out below. Statement I shows "
     "income and expenditure for all funds combined, and Statement II shows assets, liabilities, reserves "
     "and fund balances at the end of the year. Amounts are expressed in thousands of US dollars; amounts "
     "in Swiss francs under the Administrative Part of the Budget have been converted at the rates given "
     "in Note 3. Figures in parentheses are negative."),
    ("para", "17",
     "The statements were submitted to the External Auditors on 31 March 2009 and have been certified by "
     "the Director General in accordance with Article 15 of the Financial Regulations."),
    ("stmt", ["STATEMENT I", "STATEMENT OF INCOME AND EXPENDITURE AND CHANGES IN FUND BALANCES",
              "FOR THE YEAR ENDED 31 DECEMBER 2008"], "Statement I"),
    ("table", {
        "caption": "(in thousands of US dollars)", "contd": "Statement I (cont'd)",
        "cols": ["Note", "2008", "2007"], "colx": [330, 430, RM], "labelw": 240,
        "rows": [
            ("Income", ["", "", ""], "group"),
            ("Assessed contributions", ["3", "35,331", "31,004"], ""),
            ("Voluntary contributions", ["2", "893,110", "674,950"], ""),
            ("Interest income", ["", "14,862", "16,410"], ""),
            ("Miscellaneous income", ["", "3,105", "2,690"], ""),
            ("Total income", ["", "946,408", "725,054"], "total"),
            ("Expenditure", ["", "", ""], "group gap"),
            ("Staff salaries and benefits", ["", "312,460", "245,180"], ""),
            ("Travel", ["", "48,725", "38,910"], ""),
            ("Transportation of migrants", ["", "186,315", "143,670"], ""),
            ("Direct assistance to migrants", ["", "214,890", "162,345"], ""),
            ("Contractual services", ["", "96,540", "71,260"], ""),
            ("Other operating expenses", ["", "82,017", "61,116"], ""),
            ("Total expenditure", ["", "940,947", "722,481"], "total"),
            ("Excess of income over expenditure", ["", "5,461", "2,573"], "total gap"),
            ("Fund balances at 1 January", ["", "61,920", "60,012"], "gap"),
            ("Other adjustments to fund balances", ["4", "(1,238)", "(665)"], ""),
            ("Fund balances at 31 December", ["4", "66,143", "61,920"], "total"),
        ]}),
    ("stmt", ["STATEMENT II", "STATEMENT OF ASSETS, LIABILITIES, RESERVES AND FUND BALANCES",
              "AS AT 31 DECEMBER 2008"], "Statement II"),
    ("table", {
        "caption": "(in thousands of US dollars)", "contd": "Statement II (cont'd)",
        "cols": ["Note", "2008", "2007"], "colx": [330, 430, RM], "labelw": 240,
        "rows": [
            ("Assets", ["", "", ""], "group"),
            ("Cash and short-term deposits", ["", "612,480", "534,215"], ""),
            ("Investments", ["", "48,300", "45,100"], ""),
            ("Assessed contributions receivable", ["3", "6,105", "5,490"], ""),
            ("Accounts receivable", ["", "96,735", "82,410"], ""),
            ("Other assets", ["", "12,568", "9,885"], ""),
            ("Total assets", ["", "776,188", "677,100"], "total"),
            ("Liabilities", ["", "", ""], "group gap"),
            ("Deferred income", ["2", "585,770", "503,295"], ""),
            ("Accounts payable", ["", "58,240", "49,715"], ""),
            ("Provision for staff benefits", ["2", "41,355", "38,220"], ""),
            ("Total liabilities", ["", "685,365", "591,230"], "total"),
            ("Reserves and fund balances", ["", "", ""], "group gap"),
            ("Reserves", ["4", "24,680", "23,950"], ""),
            ("Fund balances", ["4", "66,143", "61,920"], ""),
            ("Total reserves and fund balances", ["", "90,823", "85,870"], "total"),
            ("Total liabilities, reserves and fund balances", ["", "776,188", "677,100"], "total gap"),
        ]}),
    ("para", "18",
     "The excess of income over expenditure of USD 5.5 million shown in Statement I comprises USD 5.0 million under the "
     "Operational Part of the Budget and USD 0.4 million under the Administrative Part of the Budget. "
     "Other adjustments to fund balances are explained in Note 4."),
    ("para", "19",
     "Deferred income of USD 585.8 million represents contributions received for projects whose "
     "implementation will continue in 2009 and later years. It will be recognized as income as the "
     "corresponding expenditure is incurred."),

    ("h1", "IV.", "NOTES TO THE FINANCIAL STATEMENTS"),
    ("note", "Note 1", "Objectives and activities"),
    ("para", "20",
     "The International Organization for Migration works to help ensure the orderly and humane management "
     "of migration and provides services to governments and migrants. At 31 December 2008 it had "
     "127 Member States. Its activities are financed from assessed contributions, which fund the "
     "Administrative Part of the Budget, and from voluntary contributions, which fund the Operational Part "
     "of the Budget."),
    ("note", "Note 2", "Significant accounting policies"),
    ("para", "21",
     "The main accounting policies applied in preparing the financial statements are the following:"),
    ("item", 1, "(a)",
     "Accounting basis: income and expenditure are recorded on an accrual basis, except for voluntary "
     "contributions, which are recorded as set out in (b);"),
    ("item", 1, "(b)",
     "Voluntary contributions: contributions received for specific projects are recognized as income to "
     "the extent of the expenditure incurred on those projects during the year; the balance is carried "
     "forward as deferred income;"),
    ("item", 1, "(c)",
     "Currency: the accounts are kept in US dollars, and transactions in other currencies are converted "
     "as follows:{6}"),
    ("item", 2, "(i)",
     "income and expenditure, at the United Nations operational rate of exchange prevailing on the date "
     "of the transaction; and"),
    ("item", 2, "(ii)",
     "assets and liabilities, at the rate prevailing on 31 December;"),
    ("item", 1, "(d)",
     "Staff benefits: liabilities for repatriation grants, accrued annual leave and after-service health "
     "insurance are provided for in full on the basis of an actuarial valuation; and"),
    ("item", 1, "(e)",
     "Reserves: reserves are established by decision of the Council or of the Director General within "
     "the authority delegated to him, and are shown separately from fund balances."),
    ("note", "Note 3", "Exchange rates"),
    ("para", "22",
     "Amounts in Swiss francs were converted into US dollars at the following rates:"),
    ("table", {
        "caption": "(Swiss francs per US dollar)",
        "cols": ["2008", "2007"], "colx": [420, RM], "labelw": 300,
        "rows": [
            ("Average rate for the year", ["1.08", "1.20"], ""),
            ("Rate at 31 December", ["1.06", "1.13"], ""),
        ]}),
    ("para", "23",
     "Assessed contributions and expenditure under the Administrative Part of the Budget were converted "
     "at the average rate for the year; assessed contributions receivable were converted at the rate at "
     "31 December."),
    ("note", "Note 4", "Reserves and fund balances"),
    ("para", "24",
     "Reserves of USD 24.7 million comprise the Operational Support Income reserve, the Rapid Response "
     "Transportation Fund and the reserve for staff termination indemnities. Fund balances of "
     "USD 66.1 million relate mainly to projects whose funding agreements allow the Organization to retain "
     "unspent balances for continuing activities."),
    ("para", "25",
     "Other adjustments to fund balances of USD 1.2 million represent the refund to donors of unspent "
     "balances on completed projects, net of transfers between projects approved by the donors concerned."),
    ("note", "Note 5", "Contingent liabilities"),
    ("para", "26",
     "At 31 December 2008 claims totalling USD 0.7 million had been lodged against the Organization in "
     "connection with project activities. On the basis of legal advice, the Administration considers that "
     "no provision is required for these claims in the financial statements."),
]

# --------------------------------------------------------------------------------------
# text helpers
# --------------------------------------------------------------------------------------
def tokens(text, font, size):
    """Split text into words; each word is a list of pieces (text, font, size, rise, fnid)."""
    words = []
    for raw in text.split():
        pieces = []
        for part in re.split(r"(\{\d+\})", raw):
            if not part:
                continue
            m = re.fullmatch(r"\{(\d+)\}", part)
            if m:
                pieces.append((m.group(1), font, SUP_SZ, SUP_RISE, int(m.group(1))))
            else:
                pieces.append((part, font, size, 0.0, None))
        words.append(pieces)
    return words


def wwidth(word):
    return sum(stringWidth(t, f, s) for t, f, s, r, n in word)


def wrap(words, first_width, width, hyphenate=True):
    """Return lines: each line is a list of words. Long words may be hyphenated."""
    lines, cur, curw = [], [], 0.0
    avail = first_width
    queue = list(words)
    while queue:
        w = queue.pop(0)
        ww = wwidth(w)
        spw = stringWidth(" ", w[0][1], w[0][2])
        need = ww if not cur else curw + spw + ww
        if need <= avail:
            cur.append(w)
            curw = need
            continue
        # try hyphenation of a plain one-piece word
        done = False
        if hyphenate and cur and len(w) == 1:
            t, f, s, r, n = w[0]
            core = t.rstrip(".,;:)")
            for pre in HYPH.get(core, []):
                head = [(pre + "-", f, s, r, n)]
                if curw + spw + wwidth(head) <= avail:
                    cur.append(head)
                    lines.append(cur)
                    queue.insert(0, [(t[len(pre):], f, s, r, n)])
                    done = True
                    break
        if not done:
            lines.append(cur)
            queue.insert(0, w)
        cur, curw = [], 0.0
        avail = width
    if cur:
        lines.append(cur)
    return lines


class Doc:
    def __init__(self):
        self.pages = []          # list of dicts: ops, footnotes
        self.heading_pages = {}  # key -> body page number
        self.new_page()

    def new_page(self):
        self.pages.append({"ops": [], "fns": []})
        self.y = BODY_TOP

    @property
    def page(self):
        return self.pages[-1]

    def fn_height(self, fns):
        if not fns:
            return 0.0
        h = 14.0
        for n in fns:
            lines = wrap(tokens(FOOTNOTES[n], F, FN_SZ), TW - 9, TW - 9, hyphenate=False)
            h += len(lines) * FN_LEAD + 2
        return h

    def room(self, height, extra_fns=()):
        limit = BODY_BOTTOM + self.fn_height(self.page["fns"] + list(extra_fns))
        return self.y - height >= limit

    def ensure(self, height, extra_fns=()):
        if not self.room(height, extra_fns):
            self.new_page()

    def text(self, x, y, s, font, size):
        self.page["ops"].append(("t", x, y, s, font, size))

    def line(self, x1, y1, x2, y2, w=0.5):
        self.page["ops"].append(("l", x1, y1, x2, y2, w))

    def draw_words(self, line, x, y, justify_to=None):
        gaps = len(line) - 1
        natural = sum(wwidth(w) for w in line)
        spw = stringWidth(" ", F, SZ)
        if justify_to and gaps > 0:
            gap = (justify_to - natural) / gaps
            gap = min(gap, spw * 2.6)
        else:
            gap = spw
        cx = x
        for w in line:
            for t, f, s, r, n in w:
                self.page["ops"].append(("t", cx, y + r, t, f, s))
                cx += stringWidth(t, f, s)
            cx += gap

    def flow(self, words, x_first, x_rest, right=RM, label=None, label_x=None, font=F,
             size=SZ, keep=1, justify=True):
        lines = wrap(words, right - x_first, right - x_rest)
        # keep the first `keep` lines together with the label
        for i, ln in enumerate(lines):
            fns = [p[4] for w in ln for p in w if p[4]]
            need = LEAD if i else LEAD * min(keep, len(lines))
            if not self.room(need, fns):
                self.new_page()
            fns_new = [n for n in fns if n not in self.page["fns"]]
            self.page["fns"].extend(fns_new)
            x = x_first if i == 0 else x_rest
            if i == 0 and label:
                self.text(label_x, self.y, label, font, size)
            last = i == len(lines) - 1
            self.draw_words(ln, x, self.y, None if (last or not justify) else right - x)
            self.y -= LEAD

    # ---- blocks -----------------------------------------------------------------------
    def runtitle(self, s):
        self.text(W / 2 - stringWidth(s, F, SZ) / 2, self.y, s, F, SZ)
        self.y -= LEAD * 2.5

    def h1(self, num, heading):
        self.y -= LEAD * 0.4
        self.ensure(LEAD * 4)
        if num:
            self.text(LM, self.y, num, FB, SZ)
            self.text(LM + TAB, self.y, heading, FB, SZ)
        else:
            self.text(LM, self.y, heading, FB, SZ)
        self.heading_pages[(num, heading)] = len(self.pages)
        self.y -= LEAD * 1.6

    def h2(self, heading, font=FI):
        self.y -= LEAD * 0.2
        self.ensure(LEAD * 4)
        self.text(LM, self.y, heading, font, SZ)
        self.heading_pages[(None, heading)] = len(self.pages)
        self.y -= LEAD * 1.5

    def note(self, num, heading):
        self.y -= LEAD * 0.2
        self.ensure(LEAD * 4)
        s = num + " \u2013 " + heading
        self.text(LM, self.y, s, FBI, SZ)
        self.heading_pages[(num, heading)] = len(self.pages)
        self.y -= LEAD * 1.5

    def para(self, num, text):
        self.flow(tokens(text, F, SZ), LM + TAB, LM, label=num + ".", label_x=LM, keep=2)
        self.y -= LEAD * 0.9

    def item(self, level, label, text):
        lx = LM + TAB * level
        self.flow(tokens(text, F, SZ), lx + TAB, lx + TAB, label=label, label_x=lx, keep=1)
        self.y -= LEAD * 0.45

    def stmt(self, lines, key):
        self.y -= LEAD * 0.3
        self.ensure(LEAD * (len(lines) + 5))
        self.heading_pages[("stmt", key)] = len(self.pages)
        for s in lines:
            self.text(W / 2 - stringWidth(s, FB, SZ) / 2, self.y, s, FB, SZ)
            self.y -= LEAD
        self.y -= LEAD * 0.3
        self.pending_stmt = lines

    def table_head(self, spec, contd=False):
        if contd and spec.get("contd"):
            s = spec["contd"]
            self.text(W / 2 - stringWidth(s, FB, SZ) / 2, self.y, s, FB, SZ)
            self.y -= LEAD * 1.4
        cap = spec["caption"]
        self.text(W / 2 - stringWidth(cap, FI, SZ) / 2, self.y, cap, FI, SZ)
        self.y -= LEAD * 1.5
        self.line(LM, self.y + LEAD * 0.8, RM, self.y + LEAD * 0.8, 0.6)
        for c, x in zip(spec["cols"], spec["colx"]):
            self.text(x - stringWidth(c, FB, SZ), self.y, c, FB, SZ)
        self.line(LM, self.y - 4, RM, self.y - 4, 0.6)
        self.y -= LEAD * 1.3

    def table(self, spec):
        self.y -= LEAD * 0.2
        self.ensure(LEAD * 6)
        self.table_head(spec)
        for label, vals, style in spec["rows"]:
            gap = "gap" in style
            need = LEAD * (1.5 if gap else 1.0) + (LEAD if "group" in style else 0)
            if not self.room(need + 4):
                self.line(LM, self.y + LEAD - 3, RM, self.y + LEAD - 3, 0.3)
                self.new_page()
                self.table_head(spec, contd=True)
            elif gap:
                self.y -= LEAD * 0.5
            font = FB if ("total" in style or "group" in style) else F
            self.text(LM, self.y, label, font, SZ)
            for v, x in zip(vals, spec["colx"]):
                if v:
                    vf = FB if "total" in style else F
                    self.text(x - stringWidth(v, vf, SZ), self.y, v, vf, SZ)
            if "total" in style:
                for x in spec["colx"][-2:]:
                    self.line(x - 55, self.y + LEAD - 3.5, x, self.y + LEAD - 3.5, 0.4)
            self.y -= LEAD
        self.line(LM, self.y + LEAD - 4, RM, self.y + LEAD - 4, 0.6)
        self.y -= LEAD * 0.9


def build_body():
    d = Doc()
    for blk in DOC:
        kind = blk[0]
        if kind == "runtitle":
            d.runtitle(blk[1])
        elif kind == "h1":
            d.h1(blk[1], blk[2])
        elif kind == "h2":
            d.h2(blk[1])
        elif kind == "note":
            d.note(blk[1], blk[2])
        elif kind == "para":
            d.para(blk[1], blk[2])
        elif kind == "item":
            d.item(blk[1], blk[2], blk[3])
        elif kind == "stmt":
            d.stmt(blk[1], blk[2])
        elif kind == "table":
            d.table(blk[1])
    return d


# --------------------------------------------------------------------------------------
# rendering
# --------------------------------------------------------------------------------------
def header(c, label):
    c.setFont(F, 10)
    c.drawRightString(RM, H - 48, SYMBOL)
    c.drawRightString(RM, H - 60, label)


def render_ops(c, ops):
    for op in ops:
        if op[0] == "t":
            _, x, y, s, f, sz = op
            c.setFont(f, sz)
            c.drawString(x, y, s)
        else:
            _, x1, y1, x2, y2, w = op
            c.setLineWidth(w)
            c.line(x1, y1, x2, y2)


def render_footnotes(c, fns):
    if not fns:
        return
    total = 0.0
    blocks = []
    for n in fns:
        lines = wrap(tokens(FOOTNOTES[n], F, FN_SZ), TW - 9, TW - 9, hyphenate=False)
        blocks.append((n, lines))
        total += len(lines) * FN_LEAD + 2
    y = BODY_BOTTOM - 10 + total
    c.setLineWidth(0.5)
    c.line(LM, y + 8, LM + 108, y + 8)
    y -= 3
    for n, lines in blocks:
        c.setFont(F, SUP_SZ)
        c.drawString(LM, y + 3.5, str(n))
        for i, ln in enumerate(lines):
            x = LM + 9
            last = i == len(lines) - 1
            natural = sum(wwidth(w) for w in ln)
            gaps = len(ln) - 1
            gap = stringWidth(" ", F, FN_SZ)
            if not last and gaps:
                gap = (RM - x - natural) / gaps
            for w in ln:
                for t, f, s, r, nn in w:
                    c.setFont(f, s)
                    c.drawString(x, y + r, t)
                    x += stringWidth(t, f, s)
                x += gap
            y -= FN_LEAD
        y -= 2


def cover(c):
    c.setFont(F, 11)
    c.drawRightString(RM, H - 70, SYMBOL)
    c.drawRightString(RM, H - 84, "Original: English")
    c.drawRightString(RM, H - 98, "7 May 2009")
    c.setFont(FB, 11)
    c.drawCentredString(W / 2, H - 150, "NINETY-EIGHTH SESSION")
    c.setFont(F, 11)
    c.drawCentredString(W / 2, H - 166, "_" * 43)
    c.setFont(FB, 12)
    c.drawCentredString(W / 2, H - 300, "FINANCIAL REPORT FOR THE YEAR ENDED")
    c.drawCentredString(W / 2, H - 316, "31 DECEMBER 2008")
    # cover note
    c.setFont(F, 11)
    c.drawString(LM, 228, "__________")
    note = ("This document is submitted to the Standing Committee on Programmes and Finance at its Fourth "
            "Session in June 2009 and to the Council at its Ninety-eighth Session in November 2009.")
    lines = wrap(tokens(note, F, SZ), TW, TW, hyphenate=False)
    y = 208
    for i, ln in enumerate(lines):
        x = LM
        natural = sum(wwidth(w) for w in ln)
        gap = stringWidth(" ", F, SZ)
        if i < len(lines) - 1 and len(ln) > 1:
            gap = (TW - natural) / (len(ln) - 1)
        for w in ln:
            for t, f, s, r, n in w:
                c.setFont(f, s)
                c.drawString(x, y, t)
                x += stringWidth(t, f, s)
            x += gap
        y -= LEAD
    # trilingual footer
    c.setFont(FB, 11)
    c.drawString(LM + 20, 70, "COUNCIL")
    c.drawCentredString(W / 2, 70, "CONSEIL")
    c.drawRightString(RM - 20, 70, "CONSEJO")


def contents(c, hp):
    header(c, "Page i")
    c.setFont(FB, 11)
    c.drawCentredString(W / 2, H - 110, "CONTENTS")
    c.setFont(F, 11)
    c.drawRightString(RM, H - 140, "Page")
    entries = [
        (0, "INTRODUCTION", hp[(None, "INTRODUCTION")]),
        (0, "I.\tADMINISTRATIVE PART OF THE BUDGET", hp[("I.", "ADMINISTRATIVE PART OF THE BUDGET")]),
        (0, "II.\tOPERATIONAL PART OF THE BUDGET", hp[("II.", "OPERATIONAL PART OF THE BUDGET")]),
        (0, "III.\tFINANCIAL STATEMENTS", hp[("III.", "FINANCIAL STATEMENTS")]),
        (1, "Statement I \u2013 Income and expenditure and changes in fund balances",
         hp[("stmt", "Statement I")]),
        (1, "Statement II \u2013 Assets, liabilities, reserves and fund balances",
         hp[("stmt", "Statement II")]),
        (0, "IV.\tNOTES TO THE FINANCIAL STATEMENTS", hp[("IV.", "NOTES TO THE FINANCIAL STATEMENTS")]),
    ]
    y = H - 162
    for level, title, page in entries:
        x = LM + (TAB if level else 0)
        if "\t" in title:
            num, rest = title.split("\t")
            c.drawString(x, y, num)
            c.drawString(x + TAB, y, rest)
            end = x + TAB + stringWidth(rest, F, 11)
        else:
            c.drawString(x, y, title)
            end = x + stringWidth(title, F, 11)
        pg = str(page)
        pw = stringWidth(pg, F, 11)
        dot = stringWidth(".", F, 11)
        n = int((RM - pw - 6 - (end + 6)) / dot)
        c.drawString(RM - pw - 6 - n * dot, y, "." * n)
        c.drawRightString(RM, y, pg)
        y -= LEAD * 1.8


def main():
    d = build_body()
    c = canvas.Canvas(OUT, pagesize=A4, invariant=1)
    c.setTitle("MC/2279 - Financial Report for the year ended 31 December 2008")
    c.setAuthor("International Organization for Migration")
    cover(c)
    c.showPage()
    contents(c, d.heading_pages)
    c.showPage()
    for i, pg in enumerate(d.pages, start=1):
        header(c, "Page %d" % i)
        render_ops(c, pg["ops"])
        render_footnotes(c, pg["fns"])
        c.showPage()
    c.save()
    print("pages: body %d, total %d" % (len(d.pages), len(d.pages) + 2))
    for k, v in d.heading_pages.items():
        print(k, v)


if __name__ == "__main__":
    main()
