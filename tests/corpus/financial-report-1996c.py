"""Draws financial-report-1996c.pdf: an IOM Council financial report for 1995 (issued 1996),
laid out like a mid-1990s word-processor document (Times 12 pt, tab after paragraph numbers,
footnotes at the foot of the page, unruled tables with a rule above the total)."""
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, Table, TableStyle

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "financial-report-1996c.pdf")

SYMBOL = "MC/1869"
W, H = A4
LM, RM, TM, BM = 25 * mm, 20 * mm, 18 * mm, 22 * mm
FW = W - LM - RM
BODY_TOP = H - TM - 16 * mm          # below the running header
BODY_BOTTOM = BM
LEAD = 14

body = ParagraphStyle("body", fontName="Times-Roman", fontSize=12, leading=LEAD,
                      alignment=TA_JUSTIFY)
num = ParagraphStyle("num", parent=body, firstLineIndent=36, leftIndent=0,
                     bulletIndent=0, bulletFontName="Times-Roman", bulletFontSize=12)
item = ParagraphStyle("item", parent=body, leftIndent=72, bulletIndent=36,
                      bulletFontName="Times-Roman", bulletFontSize=12)
head1 = ParagraphStyle("head1", parent=body, fontName="Times-Bold", alignment=TA_LEFT,
                       firstLineIndent=36, bulletIndent=0, bulletFontName="Times-Bold")
head2 = ParagraphStyle("head2", parent=body, alignment=TA_LEFT, firstLineIndent=36,
                       bulletIndent=0, bulletFontName="Times-Roman")
caption = ParagraphStyle("caption", parent=body, fontName="Times-Bold", fontSize=11,
                         leading=13, alignment=TA_CENTER)
runtitle = ParagraphStyle("runtitle", parent=body, alignment=TA_CENTER)
fnstyle = ParagraphStyle("fn", fontName="Times-Roman", fontSize=10, leading=11.5,
                         alignment=TA_JUSTIFY)
cell = ParagraphStyle("cell", fontName="Times-Roman", fontSize=11, leading=12.5)
cellr = ParagraphStyle("cellr", parent=cell, alignment=TA_RIGHT)


def fmt(n):
    return "-" if n == 0 else f"{n:,}"


class Block:
    def __init__(self, flow, gap=LEAD, fns=(), keep=False, split=True):
        self.flow, self.gap, self.fns, self.keep, self.split = flow, gap, list(fns), keep, split


blocks = []


def P(n, text, fns=()):
    blocks.append(Block(Paragraph(text, num, bulletText=f"{n}."), fns=fns))


def ITEM(label, text, gap=LEAD):
    blocks.append(Block(Paragraph(text, item, bulletText=label), gap=gap))


def H1(label, text):
    blocks.append(Block(Paragraph(text, head1, bulletText=label), gap=2 * LEAD, keep=True,
                        split=False))


def H2(label, text):
    blocks.append(Block(Paragraph(f"<u>{text}</u>", head2, bulletText=label), keep=True,
                        split=False))


def CAPTION(text):
    blocks.append(Block(Paragraph(text, caption), keep="full", split=False))


def TABLE(data, widths, total_row=None, header_rows=1):
    t = Table(data, colWidths=widths, hAlign="CENTER")
    st = [("FONT", (0, 0), (-1, -1), "Times-Roman", 11),
          ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
          ("VALIGN", (0, 0), (-1, header_rows - 1), "BOTTOM"),
          ("TOPPADDING", (0, 0), (-1, -1), 1.2),
          ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
          ("LEFTPADDING", (0, 0), (-1, -1), 4),
          ("RIGHTPADDING", (0, 0), (-1, -1), 4),
          ("BOTTOMPADDING", (0, header_rows - 1), (-1, header_rows - 1), 7)]
    if total_row is not None:
        st += [("LINEABOVE", (1, total_row), (-1, total_row), 0.6, (0, 0, 0)),
               ("TOPPADDING", (0, total_row), (-1, total_row), 4)]
    t.setStyle(TableStyle(st))
    blocks.append(Block(t, gap=6, split=False))


def hcell(text):
    return Paragraph(text, cellr)


# ------------------------------------------------------------------ content
FOOTNOTES = {
    1: "The External Auditors for the financial periods 1994 to 1996 were appointed by the "
       "Council at its Sixty-ninth Session, on the recommendation of the Executive Committee.",
    2: "The monthly United Nations operational rates of exchange applied during 1995 ranged "
       "from CHF 1.13 to CHF 1.26 to the dollar.",
    3: "Under Article 4, paragraph 2, of the Constitution, the Council may, by a two-thirds "
       "majority, suspend the voting rights of a Member State which fails to meet its "
       "financial obligations to the Organization for two consecutive financial years.",
    4: "The Fund is replenished by repayments from refugees resettled in the United States of "
       "America; repayments received in 1995 totalled USD 2,914,760.",
}

def fn(n):
    return f"<super>{n}</super>"

H1("I.", "INTRODUCTION")
P(1, "In accordance with Article 22 of the Financial Regulations, the Director General submits "
     "herewith the financial report of the Organization for the year ended 31 December 1995, "
     "together with the audited statements and their supporting schedules. The report covers "
     "the Administrative Programme, which is financed by the assessed contributions of Member "
     "States and kept in Swiss francs, and the Operational Programmes, which are financed "
     "mainly from voluntary contributions and kept in United States dollars.")
P(2, "The accounts were examined by the External Auditors, whose opinion and observations are "
     "issued separately in document MC/1870." + fn(1) + " The Administration has studied their "
     "recommendations and will report on the measures taken in response at the next session "
     "of the Executive Committee.", fns=[1])
P(3, "After this introduction, the report deals in turn with the combined results of the year, "
     "the Administrative Programme, the Operational Programmes, and the cash position and "
     "reserves of the Organization, and ends with brief conclusions. Amounts quoted in the "
     "narrative are sometimes rounded; the exact figures are those given in the tables.")

H1("II.", "OVERVIEW OF FINANCIAL RESULTS")
P(4, "Combined income for 1995 amounted to USD 279,200,862 and combined expenditure to "
     "USD 277,581,393, giving an overall excess of income over expenditure of USD 1,619,469. "
     "The results of the two programmes are brought together in Table 1.")

T1 = [("Administrative Programme", 31284560, 31027915),
      ("Operational Programmes", 247916302, 246553478)]
CAPTION("Table 1: Summary of income and expenditure, 1995 (in US dollars)")
rows = [["", hcell("Income"), hcell("Expenditure"), hcell("Balance")]]
ti = te = 0
for name, inc, exp in T1:
    rows.append([name, fmt(inc), fmt(exp), fmt(inc - exp)])
    ti += inc
    te += exp
assert ti == 279200862 and te == 277581393 and ti - te == 1619469
rows.append(["Total", fmt(ti), fmt(te), fmt(ti - te)])
TABLE(rows, [62 * mm, 32 * mm, 32 * mm, 30 * mm], total_row=len(rows) - 1)

P(5, "For the purposes of Table 1 only, the figures of the Administrative Programme have been "
     "converted from Swiss francs into dollars at the average United Nations operational rate "
     "of exchange for the year, namely CHF 1.18 to the dollar." + fn(2) + " Elsewhere in this "
     "report the Administrative Programme is shown in its budget currency.", fns=[2])
P(6, "Table 2 sets the results of 1995 against those of the four preceding years. It gives "
     "administrative expenditure in Swiss francs, operational expenditure in dollars and the "
     "number of persons whose movement was arranged by the Organization in each year.")

T2 = [(1991, 32415200, 301687450, 434218),
      (1992, 33902760, 236114980, 221563),
      (1993, 35118040, 221740310, 198402),
      (1994, 36207930, 228935600, 212917),
      (1995, 36612940, 246553478, 236045)]
CAPTION("Table 2: Expenditure and movements, 1991-1995")
rows = [[Paragraph("Year", cell), hcell("Administrative<br/>expenditure (CHF)"),
         hcell("Operational<br/>expenditure (USD)"), hcell("Persons<br/>moved")]]
for y, a, o, p in T2:
    rows.append([str(y), fmt(a), fmt(o), fmt(p)])
TABLE(rows, [30 * mm, 42 * mm, 42 * mm, 32 * mm])

P(7, "Operational expenditure fell sharply after 1991, the year in which the emergency return "
     "of migrant workers from the Gulf region reached its height, and began to recover in 1994 "
     "as programmes in the former Yugoslavia, southern Africa and Central America expanded. "
     "Administrative expenditure grew on average by 3.1 per cent a year over the five years, "
     "chiefly as a result of statutory adjustments to salaries.")

H1("III.", "ADMINISTRATIVE PROGRAMME")
H2("A.", "Assessed contributions")
P(8, "The Programme and Budget for 1995 (MC/1814) was approved by the Council in Resolution "
     "No. 906 (LXX) of 30 November 1994 and subsequently revised in document MC/1836. Assessed "
     "contributions for the year were fixed at CHF 36,450,000 and apportioned among Member "
     "States on the basis of the scale of assessment in force.")
P(9, "Table 3 gives, for each Member State, the contribution assessed for 1995, the payments "
     "received up to 31 December 1995 and the balance remaining due at that date.")

T3 = [("Argentina", 364500, 182250),
      ("Australia", 1148200, 0),
      ("Austria", 692500, 0),
      ("Belgium", 1166400, 0),
      ("Canada", 2296300, 0),
      ("Chile", 127600, 0),
      ("Colombia", 109400, 54700),
      ("Denmark", 765400, 0),
      ("Finland", 601400, 0),
      ("France", 4228200, 0),
      ("Germany", 4561000, 0),
      ("Greece", 255200, 0),
      ("Israel", 200500, 0),
      ("Italy", 3025400, 0),
      ("Japan", 3920800, 0),
      ("Netherlands", 1148200, 0),
      ("Norway", 601400, 0),
      ("Peru", 36500, 36500),
      ("Philippines", 36500, 18250),
      ("Portugal", 182300, 0),
      ("Republic of Korea", 291600, 0),
      ("Sweden", 1239300, 0),
      ("Switzerland", 1148200, 0),
      ("United States of America", None, 0),
      ("Venezuela", 218700, 218700)]
known = sum(a for _, a, _ in T3 if a is not None)
T3 = [(n, a if a is not None else 36450000 - known, o) for n, a, o in T3]
assert [n for n, _, _ in T3] == sorted(n for n, _, _ in T3)
CAPTION("Table 3: Statement of assessed contributions by Member State, 1995 (in Swiss francs)")
rows = [[Paragraph("Member State", cell), hcell("Assessed<br/>contribution"),
         hcell("Payments<br/>received"), hcell("Balance due at<br/>31 December 1995")]]
sa = sr = so = 0
for name, a, o in T3:
    rows.append([name, fmt(a), fmt(a - o), fmt(o)])
    sa, sr, so = sa + a, sr + a - o, so + o
assert sa == 36450000 and so == 510400 and sr == 35939600
rows.append(["Total", fmt(sa), fmt(sr), fmt(so)])
TABLE(rows, [58 * mm, 34 * mm, 34 * mm, 36 * mm], total_row=len(rows) - 1)
US_AMOUNT = T3[-2][1]

P(10, "Of the total assessed, CHF 35,939,600, or 98.6 per cent, had been received by the end "
      "of the year, against 97.9 per cent in 1994. Balances remained outstanding for five Member "
      "States, in an aggregate amount of CHF 510,400; two of them had paid nothing for 1995 and "
      "are now in arrears to an extent that brings into play the provisions of the Constitution "
      "on voting rights." + fn(3), fns=[3])

H2("B.", "Expenditure")
P(11, "Administrative expenditure amounted to CHF 36,612,940, compared with a revised budget of "
      "CHF 36,900,000, leaving CHF 287,060 unspent. Staff salaries and common staff costs "
      "accounted for 81.4 per cent of the total, general and communications costs for most of "
      "the remainder.")
P(12, "Income of the Administrative Programme comprised the assessed contributions of "
      "CHF 36,450,000 and miscellaneous income of CHF 465,781, principally interest earned on "
      "funds held pending disbursement. Income therefore exceeded expenditure by CHF 302,841, "
      "which will be carried forward to 1996 in accordance with the Financial Regulations.")
assert 36450000 + 465781 - 36612940 == 302841
P(13, "Because unpaid contributions are recorded as income in the year for which they are "
      "assessed, part of this surplus will not be available in cash until the arrears referred "
      "to in paragraph 10 have been settled.")

H1("IV.", "OPERATIONAL PROGRAMMES")
P(14, "Operational expenditure reached USD 246,553,478, an increase of 7.7 per cent over 1994. "
      "It was met from voluntary contributions by governments, intergovernmental bodies and "
      "other donors, from reimbursements made by migrants and their sponsors, and from interest "
      "earned on operational funds.")
P(15, "Expenditure was concentrated in three areas of activity:")
ITEM("(a)", "the movement of refugees and migrants, including resettlement to the traditional "
            "countries of immigration, which accounted for USD 141.2 million;", gap=8)
ITEM("(b)", "technical cooperation and migration for development, which accounted for "
            "USD 38.6 million; and", gap=8)
ITEM("(c)", "assistance to displaced persons and programmes of return, notably in Angola, "
            "Mozambique and the former Yugoslavia, which accounted for USD 66.8 million.", gap=8)
P(16, "The number of persons moved rose from 212,917 in 1994 to 236,045. Operational income "
      "exceeded expenditure by USD 1,362,824; this balance consists almost entirely of funds "
      "received in advance for activities scheduled for 1996 and is carried forward in the "
      "project accounts concerned.")
P(17, "Overhead income of USD 9,862,139, earned at the rate of 4 per cent on project "
      "expenditure, was used to meet the costs of field and Headquarters structures that are "
      "not funded from the Administrative Programme.")

H1("V.", "CASH POSITION AND RESERVES")
P(18, "At 31 December 1995 cash and short-term deposits stood at USD 58.3 million, compared "
      "with USD 51.7 million a year earlier. Funds are placed only with banks of first standing, "
      "and the maturities of deposits are matched to the expected pattern of disbursements.")
P(19, "The Refugee Loan Fund, which finances the transport of refugees on a loan basis, had a "
      "balance of USD 4,271,350 at the end of the year." + fn(4) + " New loans granted in 1995 "
      "exceeded repayments, and the Administration will continue to encourage prompt "
      "repayment by the beneficiaries.", fns=[4])
P(20, "The provision for staff termination indemnities was increased to CHF 4,950,000 and is "
      "now fully funded. No other reserves were drawn upon during the year.")

H1("VI.", "CONCLUSION")
P(21, "The Organization ended 1995 in a sound financial position, with a modest surplus in both "
      "programmes, which gives a firm basis for carrying forward the activities endorsed by the "
      "Council in Resolution No. 923 (LXXI) of 29 November 1995. Arrears of assessed "
      "contributions remain the main concern of the Administration, which urges the Member "
      "States concerned to settle their balances, or to agree on a schedule of payments, before "
      "the Council meets in November 1996.")
P(22, "The Council is invited to examine the present report, together with the report of the "
      "External Auditors, and to approve the financial statements of the Organization for the "
      "year ended 31 December 1995.")


# ------------------------------------------------------------------ pagination
def fn_flows(nums):
    return [Paragraph(f"<super>{n}</super> {FOOTNOTES[n]}", fnstyle) for n in nums]


def fn_height(nums):
    if not nums:
        return 0
    h = 14  # gap + rule
    for f in fn_flows(nums):
        h += f.wrap(FW, H)[1] + 3
    return h


def height(flow):
    return flow.wrap(FW, H)[1]


pages = []           # each: {"items": [(flow, gap)], "fns": [...]}
cur = {"items": [], "fns": []}
used = 0
first_body = True
avail = lambda: (BODY_TOP - (2.5 * LEAD if first_body else 0)) - BODY_BOTTOM


def newpage():
    global cur, used, first_body
    pages.append(cur)
    cur = {"items": [], "fns": []}
    used = 0
    first_body = False


queue = list(blocks)
i = 0
while i < len(queue):
    b = queue[i]
    gap = b.gap if cur["items"] else 0
    h = height(b.flow)
    need = gap + h
    if b.keep and i + 1 < len(queue):
        nb = queue[i + 1]
        nh = height(nb.flow)
        need += nb.gap + (nh if (b.keep == "full" or not nb.split) else min(nh, 3 * LEAD))
    fh = fn_height(cur["fns"] + b.fns)
    if used + need + fh <= avail():
        cur["items"].append((b.flow, gap))
        cur["fns"] += b.fns
        used += gap + h
        i += 1
        continue
    if b.split and not b.fns and isinstance(b.flow, Paragraph):
        space = avail() - used - gap - fn_height(cur["fns"])
        parts = b.flow.split(FW, space) if space >= 2 * LEAD else []
        if len(parts) == 2:
            cur["items"].append((parts[0], gap))
            used += gap + height(parts[0])
            newpage()
            queue[i] = Block(parts[1], gap=0, fns=b.fns, split=True)
            continue
    newpage()
pages.append(cur)


# ------------------------------------------------------------------ drawing
c = canvas.Canvas(OUT, pagesize=A4)
c.setTitle("Financial report for the year ended 31 December 1995")
c.setAuthor("International Organization for Migration")

# cover page
c.setFont("Times-Bold", 12)
c.drawString(LM, H - 25 * mm, "SEVENTY-SECOND SESSION")
c.setFont("Times-Roman", 12)
c.drawRightString(W - RM, H - 36 * mm, SYMBOL)
c.drawRightString(W - RM, H - 42 * mm, "Original: English")
c.drawRightString(W - RM, H - 48 * mm, "3 May 1996")
c.setFont("Times-Bold", 14)
c.drawCentredString(LM + FW / 2, H - 105 * mm, "FINANCIAL REPORT FOR THE YEAR ENDED")
c.drawCentredString(LM + FW / 2, H - 112 * mm, "31 DECEMBER 1995")
c.setLineWidth(0.8)
c.line(LM, 28 * mm, W - RM, 28 * mm)
c.setFont("Times-Bold", 12)
c.drawString(LM + 10 * mm, 21 * mm, "COUNCIL")
c.drawCentredString(LM + FW / 2, 21 * mm, "CONSEIL")
c.drawRightString(W - RM - 10 * mm, 21 * mm, "CONSEJO")
c.showPage()

for pno, pg in enumerate(pages, start=1):
    c.setFont("Times-Roman", 12)
    c.drawRightString(W - RM, H - TM, SYMBOL)
    c.drawRightString(W - RM, H - TM - 14, f"Page {pno}")
    y = BODY_TOP
    if pno == 1:
        rt = Paragraph("FINANCIAL REPORT FOR THE YEAR ENDED 31 DECEMBER 1995", runtitle)
        rt.wrapOn(c, FW, H)
        rt.drawOn(c, LM, y - rt.height)
        y -= 2.5 * LEAD
    for flow, gap in pg["items"]:
        y -= gap
        w, h = flow.wrapOn(c, FW, H)
        x = LM + (FW - w) / 2 if isinstance(flow, Table) else LM
        flow.drawOn(c, x, y - h)
        y -= h
    if pg["fns"]:
        flows = fn_flows(pg["fns"])
        total = sum(f.wrap(FW, H)[1] + 3 for f in flows)
        fy = BODY_BOTTOM + total
        c.setLineWidth(0.5)
        c.line(LM, fy + 6, LM + 50 * mm, fy + 6)
        for f in flows:
            fw, fh = f.wrapOn(c, FW, H)
            f.drawOn(c, LM, fy - fh)
            fy -= fh + 3
    c.showPage()
c.save()
print("pages:", len(pages) + 1, "US amount:", US_AMOUNT)
