# Draws financial-report-2010.pdf (MC/2290, Financial Report for the year ended
# 31 December 2009) with fpdf2.
import random
from fpdf import FPDF

OUT = "/tmp/wave37/out/financial-report-2010/financial-report-2010.pdf"
SYMBOL = "MC/2290"
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"

# ---------------------------------------------------------------- figures
MEMBERS = [
    ("Afghanistan", 0.0012), ("Albania", 0.0069), ("Algeria", 0.0936), ("Angola", 0.0033),
    ("Argentina", 0.3620), ("Armenia", 0.0022), ("Australia", 1.9660), ("Austria", 0.9770),
    ("Azerbaijan", 0.0054), ("Bahamas", 0.0180), ("Bangladesh", 0.0112), ("Belarus", 0.0220),
    ("Belgium", 1.2080), ("Belize", 0.0012), ("Benin", 0.0012),
    ("Bolivia (Plurinational State of)", 0.0069), ("Bosnia and Herzegovina", 0.0069),
    ("Brazil", 0.9660), ("Bulgaria", 0.0220), ("Burkina Faso", 0.0022), ("Burundi", 0.0012),
    ("Cambodia", 0.0012), ("Cameroon", 0.0100), ("Canada", 3.2740), ("Cape Verde", 0.0012),
    ("Chile", 0.1770), ("Colombia", 0.1160), ("Congo", 0.0012), ("Costa Rica", 0.0350),
    ("Côte d'Ivoire", 0.0100), ("Croatia", 0.0550), ("Cyprus", 0.0484), ("Czech Republic", 0.3080),
    ("Democratic Republic of the Congo", 0.0033), ("Denmark", 0.8130), ("Dominican Republic", 0.0264),
    ("Ecuador", 0.0231), ("Egypt", 0.0968), ("El Salvador", 0.0220), ("Estonia", 0.0176),
    ("Ethiopia", 0.0033), ("Finland", 0.6150), ("France", 6.9240), ("Gambia", 0.0012),
    ("Georgia", 0.0033), ("Germany", 9.4510), ("Ghana", 0.0044), ("Greece", 0.6590),
    ("Guatemala", 0.0350), ("Guinea", 0.0012), ("Guinea-Bissau", 0.0012), ("Haiti", 0.0022),
    ("Honduras", 0.0054), ("Hungary", 0.2670), ("India", 0.4940), ("Iran (Islamic Republic of)", 0.1980),
    ("Ireland", 0.4900), ("Israel", 0.4610), ("Italy", 5.6030), ("Jamaica", 0.0112),
    ("Japan", 18.2430), ("Jordan", 0.0132), ("Kazakhstan", 0.0319), ("Kenya", 0.0112),
    ("Kyrgyzstan", 0.0012), ("Latvia", 0.0198), ("Liberia", 0.0012), ("Libyan Arab Jamahiriya", 0.0682),
    ("Lithuania", 0.0341), ("Luxembourg", 0.0930), ("Madagascar", 0.0022), ("Mali", 0.0012),
    ("Malta", 0.0187), ("Mauritania", 0.0012), ("Mauritius", 0.0121), ("Mexico", 2.4830),
    ("Mongolia", 0.0012), ("Montenegro", 0.0012), ("Morocco", 0.0462), ("Mozambique", 0.0012),
    ("Namibia", 0.0069), ("Nepal", 0.0033), ("Netherlands", 2.0550), ("New Zealand", 0.2830),
    ("Nicaragua", 0.0022), ("Niger", 0.0012), ("Nigeria", 0.0528), ("Norway", 0.8580),
    ("Pakistan", 0.0649), ("Panama", 0.0253), ("Paraguay", 0.0054), ("Peru", 0.0858),
    ("Philippines", 0.0858), ("Poland", 0.5490), ("Portugal", 0.5820), ("Republic of Korea", 2.3860),
    ("Republic of Moldova", 0.0012), ("Romania", 0.0770), ("Rwanda", 0.0012), ("Senegal", 0.0044),
    ("Serbia", 0.0231), ("Sierra Leone", 0.0012), ("Slovakia", 0.0693), ("Slovenia", 0.1050),
    ("South Africa", 0.3190), ("Spain", 3.2630), ("Sri Lanka", 0.0176), ("Sudan", 0.0112),
    ("Sweden", 1.1760), ("Switzerland", 1.3410), ("Tajikistan", 0.0012), ("Thailand", 0.2040),
    ("The former Yugoslav Republic of Macedonia", 0.0054), ("Togo", 0.0012), ("Tunisia", 0.0341),
    ("Turkey", 0.4180), ("Uganda", 0.0033), ("Ukraine", 0.0495), 
    ("United Kingdom of Great Britain and Northern Ireland", 7.2550),
    ("United Republic of Tanzania", 0.0066), ("United States of America", 0.0),  # balancing share
    ("Uruguay", 0.0297), ("Venezuela (Bolivarian Republic of)", 0.2200), ("Viet Nam", 0.0264),
    ("Yemen", 0.0077), ("Zambia", 0.0012), ("Zimbabwe", 0.0088),
]
assert len(MEMBERS) == 127, len(MEMBERS)
names = [m[0] for m in MEMBERS]
USA = names.index("United States of America")
scale = [m[1] for m in MEMBERS]
scale[USA] = round(100.0 - sum(scale), 4)
assert abs(sum(scale) - 100.0) < 1e-9

BUDGET = 38045000
assessed = [round(s / 100 * BUDGET) for s in scale]
assessed[USA] += BUDGET - sum(assessed)
assert sum(assessed) == BUDGET

# opening arrears (CHF) and the way each State settled in 2009
opening = [0] * 127
received = assessed[:]
def idx(n):
    return names.index(n)
ARREARS = {  # name: (opening arrears, behaviour)
    "Afghanistan": (1902, "nothing"), "Angola": (6340, "partial"), "Benin": (13861, "nothing"),
    "Burundi": (3810, "nothing"), "Cambodia": (457, "all"), "Cape Verde": (2283, "nothing"),
    "Congo": (21104, "nothing"), "Democratic Republic of the Congo": (39612, "nothing"),
    "Gambia": (9034, "nothing"), "Guinea": (18225, "nothing"), "Guinea-Bissau": (27540, "nothing"),
    "Haiti": (4109, "partial"), "Kyrgyzstan": (913, "all"), "Liberia": (30877, "nothing"),
    "Madagascar": (8316, "partial"), "Mali": (1826, "prior"), "Mauritania": (16442, "nothing"),
    "Niger": (19506, "nothing"), "Sierra Leone": (11259, "nothing"), "Tajikistan": (2739, "prior"),
    "Togo": (1369, "nothing"), "Yemen": (2929, "prior"), "Zambia": (457, "nothing"),
    "Argentina": (137718, "prior"), "Bolivia (Plurinational State of)": (5250, "partial"),
    "Paraguay": (4108, "all"), "Nicaragua": (2510, "nothing"), "Honduras": (2054, "all"),
    "Venezuela (Bolivarian Republic of)": (83699, "nothing"), "Iran (Islamic Republic of)": (0, "late"),
    "Ecuador": (0, "late"), "Senegal": (1673, "prior"), "Uganda": (2510, "all"),
    "Kenya": (0, "late"), "Brazil": (0, "partial0"),
}
for n, (op, how) in ARREARS.items():
    i = idx(n)
    opening[i] = op
    a = assessed[i]
    if how == "nothing":
        received[i] = 0
    elif how == "partial":
        received[i] = op  # clears arrears only
    elif how == "prior":
        received[i] = op  # settles prior years, current year outstanding
    elif how == "all":
        received[i] = op + a
    elif how == "late":
        received[i] = 0
    elif how == "partial0":
        received[i] = round(a * 0.6)
# advance payments (credits carried forward)
for n, extra in (("Norway", 0), ("Finland", 0), ("Luxembourg", 35382), ("Slovenia", 39948),
                 ("New Zealand", 0), ("Estonia", 6696)):
    received[idx(n)] += extra
closing = [opening[i] + assessed[i] - received[i] for i in range(127)]

T_OPEN, T_ASS, T_REC, T_CLOSE = sum(opening), sum(assessed), sum(received), sum(closing)
assert T_OPEN + T_ASS - T_REC == T_CLOSE
N_OUT = sum(1 for c in closing if c > 0)
N_ADV = sum(1 for c in closing if c < 0)
# Article 4: arrears equal to or exceeding the two preceding full years
N_ART4 = sum(1 for i in range(127) if opening[i] - received[i] >= 2 * assessed[i])
PRIOR = sum(max(0, opening[i] - received[i]) for i in range(127))

def chf(v):
    if v == 0:
        return "-"
    if v < 0:
        return "({:,})".format(-v)
    return "{:,}".format(v)

# ------------------------------------------------- statements (USD thousands)
YE_RATE = 1.0325
AVG_RATE = 1.0874
ADMIN_EXP_CHF = 37861480
adm_inc = (round(BUDGET / AVG_RATE / 1000), 34369)
adm_exp = (round(ADMIN_EXP_CHF / AVG_RATE / 1000), 33904)

income = [
    ("Assessed contributions from Member States", "6", adm_inc),
    ("Voluntary contributions", "13", (947318, 963442)),
    ("Interest income", "", (4206, 11873)),
    ("Miscellaneous income", "14", (6931, 5610)),
]
expend = [
    ("Movement, emergency and post-crisis migration management", "", (512604, 541230)),
    ("Migration health", "", (62118, 57904)),
    ("Migration and development", "", (71455, 74812)),
    ("Regulating migration", "", (163207, 158631)),
    ("Facilitating migration", "", (54336, 49805)),
    ("Migration policy, research and communications", "", (4912, 5207)),
    ("Reparation programmes", "", (14260, 22158)),
    ("General programme support", "", (13645, 12077)),
    ("Administrative Programme", "", adm_exp),
]
def col(rows, k):
    return sum(r[2][k] for r in rows)
TOT_INC = (col(income, 0), col(income, 1))
TOT_EXP = (col(expend, 0), col(expend, 1))
EXCESS = (TOT_INC[0] - TOT_EXP[0], TOT_INC[1] - TOT_EXP[1])
EXCH = (-3418, 2905)
REFUND = (-2771, -3096)
NETCH = tuple(EXCESS[k] + EXCH[k] + REFUND[k] for k in range(2))
RES_BEG_2008 = 268113
RES_END = (RES_BEG_2008 + NETCH[1] + NETCH[0], RES_BEG_2008 + NETCH[1])
RES_BEG = (RES_END[1], RES_BEG_2008)

assessed_recv = (round(T_CLOSE / YE_RATE / 1000), 457)
assets = [
    ("Cash and short-term deposits", "3", (388412, 371906)),
    ("Investments", "4", (52730, 49115)),
    ("Accounts receivable from donors", "5", (141268, 128402)),
    ("Assessed contributions receivable", "6", assessed_recv),
    ("Other receivables and advances", "7", (23645, 20311)),
    ("Deferred charges and other assets", "", (3977, 4210)),
]
TOT_ASS = (col(assets, 0), col(assets, 1))
reserves = [
    ("Administrative Programme reserve", "", (2860, 2681)),
    ("Operational Support Income reserve", "15", (11904, 10512)),
    ("Exchange revaluation reserve", "", (-2114, 1037)),
]
prog_fund = (RES_END[0] - col(reserves, 0), RES_END[1] - col(reserves, 1))
reserves.insert(2, ("Programme fund balances", "16", prog_fund))
TOT_RES = (col(reserves, 0), col(reserves, 1))
assert TOT_RES == RES_END
liab = [
    ("Accounts payable and accrued liabilities", "9", (64318, 58772)),
    ("Staff benefit liabilities", "10", (41256, 38904)),
    ("Loans payable", "11", (7140, 7617)),
]
deferred = (TOT_ASS[0] - TOT_RES[0] - col(liab, 0), TOT_ASS[1] - TOT_RES[1] - col(liab, 1))
liab.insert(0, ("Deferred income", "8", deferred))
TOT_LIAB = (col(liab, 0), col(liab, 1))
assert TOT_LIAB[0] + TOT_RES[0] == TOT_ASS[0] and TOT_LIAB[1] + TOT_RES[1] == TOT_ASS[1]

def usd(v):
    if v < 0:
        return "({:,})".format(-v)
    return "{:,}".format(v)

OPS_EXP = (TOT_EXP[0] - adm_exp[0], TOT_EXP[1] - adm_exp[1])
mil = lambda v: "{:,.1f}".format(v / 1000)

# ---------------------------------------------------------------- drawing
L, R = 25.0, 185.0   # margins (A4 width 210)
W = R - L

class Doc(FPDF):
    labels = {}
    def header(self):
        lab = self.labels.get(self.page_no())
        if lab is None:
            return
        self.set_font("S", "", 9.5)
        self.set_xy(L, 12)
        self.cell(W, 4.5, SYMBOL, align="R")
        self.set_xy(L, 16.5)
        self.cell(W, 4.5, "Page " + lab, align="R")
    def footer(self):
        if self.page_no() == 1:
            self.set_font("S", "B", 10)
            self.set_xy(L, 278)
            self.cell(W / 3, 5, "COUNCIL", align="L")
            self.cell(W / 3, 5, "CONSEIL", align="C")
            self.cell(W / 3, 5, "CONSEJO", align="R")

pdf = Doc(format="A4", unit="mm")
pdf.set_auto_page_break(False)
pdf.set_margins(L, 20, 210 - R)
pdf.add_font("S", "", FONT_DIR + "DejaVuSans.ttf")
pdf.add_font("S", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
pdf.add_font("S", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
pdf.add_font("C", "", FONT_DIR + "DejaVuSansCondensed.ttf")
pdf.add_font("C", "B", FONT_DIR + "DejaVuSansCondensed-Bold.ttf")
pdf.labels = {2: "i", 3: "1", 4: "2", 5: "3", 6: "4"}

# ---- cover
pdf.add_page()
pdf.set_font("S", "B", 11)
pdf.set_xy(L, 22); pdf.cell(W, 5, SYMBOL, align="R")
pdf.set_font("S", "", 10)
pdf.set_xy(L, 28); pdf.cell(W, 5, "Original: ENGLISH", align="R")
pdf.set_xy(L, 33); pdf.cell(W, 5, "4 May 2010", align="R")
pdf.set_font("S", "B", 11)
pdf.set_xy(L, 62); pdf.cell(W, 5, "NINETY-NINTH SESSION", align="C")
pdf.set_font("S", "", 10)
pdf.set_xy(L, 70); pdf.cell(W, 5, "_" * 70, align="C")
pdf.set_font("S", "B", 12)
pdf.set_xy(L, 112); pdf.cell(W, 6, "FINANCIAL REPORT FOR THE YEAR", align="C")
pdf.set_xy(L, 119); pdf.cell(W, 6, "ENDED 31 DECEMBER 2009", align="C")
pdf.set_font("S", "", 10)
pdf.set_xy(L, 236); pdf.cell(40, 5, "__________")
pdf.set_xy(L, 243)
pdf.multi_cell(W, 5, "This document is submitted to the Executive Committee at its Hundred and "
               "seventh Session in June 2010, following its review by the Standing Committee on "
               "Programmes and Finance at its Sixth Session.", align="L")

# ---- contents (page i)
pdf.add_page()
pdf.set_font("S", "B", 10.5)
pdf.set_xy(L, 32); pdf.cell(W, 5, "CONTENTS", align="C")
pdf.set_font("S", "", 9.5)
pdf.set_xy(L, 42); pdf.cell(W, 5, "Page", align="R")

def toc_line(y, x, text, page, bold=False):
    pdf.set_font("S", "B" if bold else "", 9.5)
    lines = text if isinstance(text, list) else [text]
    for k, ln in enumerate(lines):
        pdf.set_xy(x, y)
        pdf.cell(0, 5, ln)
        if k < len(lines) - 1:
            y += 5
    if page is not None:
        tw = pdf.get_string_width(lines[-1])
        x0 = x + tw + 1.5
        pdf.set_font("S", "", 9.5)
        dots_w = (R - 8) - x0
        n = int(dots_w / pdf.get_string_width("."))
        pdf.set_xy(x0, y); pdf.cell(dots_w, 5, "." * n)
        pdf.set_xy(R - 8, y); pdf.cell(8, 5, page, align="R")
    return y + 7

y = 52
y = toc_line(y, L, "I.    INTRODUCTION", "1")
y = toc_line(y, L, "II.   OVERVIEW OF FINANCIAL RESULTS FOR 2009", "1")
y = toc_line(y, L + 10, "A.   Administrative Programme", "1")
y = toc_line(y, L + 10, "B.   Operational Programmes", "1")
y = toc_line(y, L + 10, "C.   Assessed contributions", "1")
y = toc_line(y, L + 10, "D.   Cash, investments and reserves", "1")
y += 3
y = toc_line(y, L, "FINANCIAL STATEMENTS", None)
y = toc_line(y, L + 10, ["Statement I \u2013 Assets, liabilities, reserves and fund balances",
                         "as at 31 December 2009"], "2")
y = toc_line(y, L + 10, ["Statement II \u2013 Income and expenditure and changes in reserves and",
                         "fund balances for the year ended 31 December 2009"], "2")
y += 3
y = toc_line(y, L, "SCHEDULE", None)
y = toc_line(y, L + 10, ["Schedule 1 \u2013 Administrative Programme: assessed contributions",
                         "by Member State as at 31 December 2009"], "3")

# ---- overview (page 1)
pdf.add_page()
FS, LH = 9, 3.95

def heading(text, y_gap=2.5, center=False):
    pdf.set_y(pdf.get_y() + y_gap)
    pdf.set_font("S", "B", FS)
    pdf.set_x(L)
    pdf.cell(W, LH, text, align="C" if center else "L")
    pdf.ln(LH + 1.9)

def runs(parts):
    for p in parts:
        if isinstance(p, tuple):      # footnote marker
            pdf.char_vpos = "SUP"
            pdf.write(LH, p[0])
            pdf.char_vpos = "LINE"
            assert pdf.get_x() > pdf.l_margin + 5, "marker wrapped to a new line"
        else:
            pdf.write(LH, p)

def para(num, parts, gap=1.9):
    pdf.set_font("S", "", FS)
    y0 = pdf.get_y()
    pdf.set_xy(L, y0)
    pdf.cell(12, LH, f"{num}.")
    pdf.set_xy(L + 12, y0)
    runs(parts)
    pdf.ln(LH + gap)

def item(label, parts, gap=1.2):
    pdf.set_font("S", "", FS)
    y0 = pdf.get_y()
    pdf.set_xy(L + 12, y0)
    pdf.cell(12, LH, label)
    old = pdf.l_margin
    pdf.set_left_margin(L + 24)
    pdf.set_xy(L + 24, y0)
    runs(parts)
    pdf.set_left_margin(old)
    pdf.ln(LH + gap)

pdf.set_y(28)
heading("I.    INTRODUCTION", y_gap=0)
para(1, ["In accordance with Article 13 of the Financial Regulations, the Director General has the "
         "honour to submit the financial statements of the Organization for the year ended "
         "31 December 2009, together with a schedule of the assessed contributions of Member States. "
         "The statements have been prepared in accordance with the United Nations System Accounting "
         "Standards and audited by the External Auditor, whose opinion and report are contained in "
         "document MC/2292."])
para(2, ["The notes referred to in the \u201cNote\u201d column of Statements I and II form an integral "
         "part of the statements and are issued in full in document MC/2291.", ("1"),
         " The Administrative Programme is expressed in Swiss francs and the Operational Programmes "
         "in US dollars; Swiss franc balances have been converted at the United Nations operational "
         f"rate of exchange at 31 December 2009 (CHF {YE_RATE} to USD 1)."])
heading("II.   OVERVIEW OF FINANCIAL RESULTS FOR 2009")
heading("A.   Administrative Programme", y_gap=0)
para(3, [f"The Administrative Part of the Budget for 2009 was approved at CHF {BUDGET:,}, financed "
         "entirely by assessed contributions.", ("2"),
         f" Expenditure amounted to CHF {ADMIN_EXP_CHF:,} (2008: CHF 36,868,220), leaving an unspent "
         f"balance of CHF {BUDGET - ADMIN_EXP_CHF:,}, which arose mainly from vacancies in Field "
         "positions during the first half of the year."])
para(4, ["As in previous years, the Administration proposes that the unspent balance be credited "
         "to the Administrative Programme reserve, pending a decision of the Council on its use."])
heading("B.   Operational Programmes", y_gap=0)
para(5, [f"Expenditure under the Operational Programmes totalled USD {mil(OPS_EXP[0])} million, "
         f"compared with USD {mil(OPS_EXP[1])} million in 2008. Voluntary contributions recognized as "
         f"income amounted to USD {mil(income[1][2][0])} million.", ("3"),
         " Movement, emergency and post-crisis migration management remained the largest service "
         f"area, accounting for {100 * expend[0][2][0] / OPS_EXP[0]:.1f} per cent of operational "
         "expenditure, while the reparation programmes continued to wind down."])
para(6, ["Operational Support Income exceeded the estimate of USD 39.5 million in the Revision of "
         "the Programme and Budget for 2009 (MC/2278) by USD 3.1 million, which was applied as "
         "follows:"], gap=1.2)
item("(a)", ["USD 1.4 million to the Operational Support Income reserve;"])
item("(b)", ["USD 0.9 million to the Migration Emergency Funding Mechanism; and"])
item("(c)", ["USD 0.8 million to the renewal of the Organization\u2019s financial systems."], gap=2.2)
heading("C.   Assessed contributions", y_gap=0)
para(7, [f"At 31 December 2009 assessed contributions outstanding amounted to CHF {T_CLOSE:,} "
         f"(2008: CHF {T_OPEN:,}), of which CHF {PRIOR:,} related to prior years. Contributions "
         f"from {N_OUT} Member States were still unpaid at year end, {N_ART4} of them being "
         "subject to Article 4 of the Constitution.", ("4"),
         f" Advance payments received from {N_ADV} Member States are shown in parentheses in "
         "Schedule 1."])
para(8, ["Member States in arrears are again urged to settle their contributions in full or to "
         "agree on a payment plan with the Administration, as encouraged by the Council in Resolution "
         "No. 1161 of 28 November 2007."])
heading("D.   Cash, investments and reserves", y_gap=0)
para(9, ["Cash, short-term deposits and investments stood at USD "
         f"{mil(assets[0][2][0] + assets[1][2][0])} million (2008: USD "
         f"{mil(assets[0][2][1] + assets[1][2][1])} million), most of it received in advance "
         "from donors for specific projects and recorded as deferred income. Investments at year end "
         "comprised:"], gap=1.2)
item("\u2022", ["fixed-term deposits with maturities of up to one year;"])
item("\u2022", ["money market funds rated AAA; and"])
item("\u2022", ["bonds held to maturity for the staff benefit liabilities."], gap=2.2)
para(10, [f"Interest income fell to USD {mil(income[2][2][0])} million from "
          f"USD {mil(income[2][2][1])} million in 2008, reflecting the sharp fall in short-term "
          f"interest rates. Total reserves and fund balances amounted to USD {mil(TOT_RES[0])} million "
          "at year end."])
body_end = pdf.get_y()

# footnotes of page 1
notes = [
    ("1", "The notes were made available to the Standing Committee on Programmes and Finance at "
          "its Sixth Session."),
    ("2", "Resolution No. 1172 (XCVI) of 26 November 2008 on the Programme and Budget for 2009 "
          "(MC/2262)."),
    ("3", "Contributions in kind, valued at USD 11.6 million, are excluded; see note 13 to the "
          "financial statements."),
    ("4", "An updated status report on outstanding contributions is given in document SCPF/46."),
]
def footnotes(notes, bottom=285):
    pdf.set_font("S", "", 7.5)
    h = 0
    for m, t in notes:
        nl = len(pdf.multi_cell(W - 6, 3.4, t, dry_run=True, output="LINES"))
        h += nl * 3.4 + 0.8
    top = bottom - h
    assert body_end < top - 6, (body_end, top)
    pdf.set_xy(L, top - 5)
    pdf.set_font("S", "", 9)
    pdf.cell(40, 4, "__________")
    yy = top
    for m, t in notes:
        pdf.set_font("S", "", 7.5)
        pdf.char_vpos = "SUP"
        pdf.set_xy(L, yy)
        pdf.cell(4, 3.4, m)
        pdf.char_vpos = "LINE"
        pdf.set_xy(L + 4, yy)
        pdf.multi_cell(W - 6, 3.4, t, align="L")
        yy = pdf.get_y() + 0.8
footnotes(notes)

# ---- statements (page 2)
pdf.add_page()
RH = 3.55
NOTE_X, C1_X, C2_X = 122, 140, 163   # column positions (right edges at +W)
CW = 22

def stmt_heading(y, label, lines, caption):
    pdf.set_font("S", "B", 9.5)
    pdf.set_xy(L, y); pdf.cell(W, 4.5, label, align="C"); y += 5
    for ln in lines:
        pdf.set_xy(L, y); pdf.cell(W, 4.5, ln, align="C"); y += 4.5
    pdf.set_font("S", "I", 8.5)
    pdf.set_xy(L, y + 0.5); pdf.cell(W, 4.2, caption, align="C"); y += 7
    pdf.set_font("C", "B", 8)
    pdf.set_xy(NOTE_X, y); pdf.cell(14, RH, "Note", align="C")
    pdf.set_xy(C1_X, y); pdf.cell(CW, RH, "2009", align="R")
    pdf.set_xy(C2_X, y); pdf.cell(CW, RH, "2008", align="R")
    y += RH + 0.4
    pdf.line(L, y, R, y)
    return y + 1.2

def srow(y, label, note, vals, bold=False, indent=0, rule=False):
    pdf.set_font("C", "B" if bold else "", 8)
    if rule:
        pdf.line(C1_X + 4, y - 0.3, R, y - 0.3)
    pdf.set_xy(L + indent, y); pdf.cell(NOTE_X - L - indent, RH, label)
    if note:
        pdf.set_xy(NOTE_X, y); pdf.cell(14, RH, note, align="C")
    if vals is not None:
        pdf.set_xy(C1_X, y); pdf.cell(CW, RH, usd(vals[0]), align="R")
        pdf.set_xy(C2_X, y); pdf.cell(CW, RH, usd(vals[1]), align="R")
    return y + RH

y = stmt_heading(28, "STATEMENT I",
                 ["STATEMENT OF ASSETS, LIABILITIES, RESERVES AND FUND BALANCES",
                  "AS AT 31 DECEMBER 2009"], "(expressed in thousands of US dollars)")
y = srow(y, "ASSETS", "", None, bold=True)
for lab, n, v in assets:
    y = srow(y, lab, n, v, indent=4)
y = srow(y + 0.6, "Total assets", "", TOT_ASS, bold=True, rule=True) + 1.5
y = srow(y, "LIABILITIES", "", None, bold=True)
for lab, n, v in liab:
    y = srow(y, lab, n, v, indent=4)
y = srow(y + 0.6, "Total liabilities", "", TOT_LIAB, bold=True, rule=True) + 1.5
y = srow(y, "RESERVES AND FUND BALANCES", "", None, bold=True)
for lab, n, v in reserves:
    y = srow(y, lab, n, v, indent=4)
y = srow(y + 0.6, "Total reserves and fund balances", "", TOT_RES, bold=True, rule=True) + 1.5
y = srow(y, "TOTAL LIABILITIES, RESERVES AND FUND BALANCES", "", TOT_ASS, bold=True, rule=True)
pdf.line(C1_X + 4, y + 0.3, R, y + 0.3); pdf.line(C1_X + 4, y + 0.8, R, y + 0.8)

y = stmt_heading(y + 9, "STATEMENT II",
                 ["STATEMENT OF INCOME AND EXPENDITURE AND CHANGES IN RESERVES",
                  "AND FUND BALANCES FOR THE YEAR ENDED 31 DECEMBER 2009"],
                 "(expressed in thousands of US dollars)")
y = srow(y, "INCOME", "", None, bold=True)
for lab, n, v in income:
    y = srow(y, lab, n, v, indent=4)
y = srow(y + 0.6, "Total income", "", TOT_INC, bold=True, rule=True) + 1.5
y = srow(y, "EXPENDITURE", "", None, bold=True)
for lab, n, v in expend:
    y = srow(y, lab, n, v, indent=4)
y = srow(y + 0.6, "Total expenditure", "", TOT_EXP, bold=True, rule=True) + 1.5
y = srow(y, "Excess of income over expenditure", "", EXCESS, bold=True)
y = srow(y, "Exchange gains (losses)", "17", EXCH, indent=4)
y = srow(y, "Refunds to donors", "", REFUND, indent=4)
y = srow(y + 0.6, "Net change in reserves and fund balances", "", NETCH, bold=True, rule=True) + 1.5
y = srow(y, "Reserves and fund balances, beginning of year", "", RES_BEG)
y = srow(y + 0.6, "Reserves and fund balances, end of year", "", RES_END, bold=True, rule=True)
pdf.line(C1_X + 4, y + 0.3, R, y + 0.3); pdf.line(C1_X + 4, y + 0.8, R, y + 0.8)
assert y < 286, y
STMT_END = y

# ---- schedule 1 (pages 3-4)
SRH = 3.32
SX = [L, 95, 110, 129, 148, 167]       # left edges of columns
SW = [70, 14, 18, 18, 18, 18]
HEAD = [["Member States", ""], ["Scale", "%"], ["Outstanding", "1.1.2009"], ["Assessed", "2009"],
        ["Received", "2009"], ["Outstanding", "31.12.2009"]]

def sched_head(y):
    pdf.set_font("C", "B", 7.5)
    for k in range(6):
        for j in range(2):
            pdf.set_xy(SX[k], y + j * 3.4)
            pdf.cell(SW[k], 3.4, HEAD[k][j], align="L" if k == 0 else "R")
    y += 7.2
    pdf.line(L, y, R, y)
    return y + 0.8

def sched_row(y, cells, bold=False):
    pdf.set_font("C", "B" if bold else "", 7.5)
    for k in range(6):
        pdf.set_xy(SX[k], y)
        pdf.cell(SW[k], SRH, cells[k], align="L" if k == 0 else "R")
    return y + SRH

pdf.add_page()
pdf.set_font("S", "B", 9.5)
pdf.set_xy(L, 28); pdf.cell(W, 4.5, "SCHEDULE 1", align="C")
pdf.set_xy(L, 33); pdf.cell(W, 4.5, "ADMINISTRATIVE PROGRAMME: ASSESSED CONTRIBUTIONS BY MEMBER STATE",
                             align="C")
pdf.set_xy(L, 37.5); pdf.cell(W, 4.5, "AS AT 31 DECEMBER 2009", align="C")
pdf.set_font("S", "I", 8.5)
pdf.set_xy(L, 43); pdf.cell(W, 4.2, "(in Swiss francs)", align="C")
y = sched_head(50)
BOTTOM = 284
for i in range(127):
    if y + SRH > BOTTOM:
        pdf.add_page()
        y = sched_head(28)
    y = sched_row(y, [names[i], f"{scale[i]:.4f}", chf(opening[i]), chf(assessed[i]),
                      chf(received[i]), chf(closing[i])])
pdf.line(SX[1], y + 0.3, R, y + 0.3)
y = sched_row(y + 0.8, ["Total", f"{sum(scale):.4f}", chf(T_OPEN), chf(T_ASS), chf(T_REC),
                        chf(T_CLOSE)], bold=True)
pdf.line(SX[1], y + 0.3, R, y + 0.3); pdf.line(SX[1], y + 0.8, R, y + 0.8)
pdf.set_font("S", "", 7.5)
pdf.set_xy(L, y + 3)
pdf.multi_cell(W, 3.4, "Figures in parentheses are advance payments carried forward to 2010.", align="L")
assert pdf.get_y() < 290
assert pdf.page_no() == 6, pdf.page_no()

pdf.output(OUT)
print("pages", pdf.page_no(), "body_end", round(body_end, 1), "stmt_end", round(STMT_END, 1))
print("totals", T_OPEN, T_ASS, T_REC, T_CLOSE, "out", N_OUT, "art4", N_ART4, "adv", N_ADV, "prior", PRIOR)
print("inc", TOT_INC, "exp", TOT_EXP, "excess", EXCESS, "netch", NETCH, "res", RES_END, "ass", TOT_ASS,
      "deferred", deferred, "prog", prog_fund, "scaleUS", scale[USA])
