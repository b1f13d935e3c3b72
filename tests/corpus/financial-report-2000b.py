"""Draw financial-report-2000b.pdf: IOM financial report for 1999 (MC/2009), reportlab."""
import os

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.lib import colors
from reportlab.platypus import Paragraph, Table, TableStyle
from reportlab.pdfgen import canvas as pdfcanvas

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "financial-report-2000b.pdf")

SYMBOL = "MC/2009"
PAGE_W, PAGE_H = A4
LM = 72
RM = 72
TW = PAGE_W - LM - RM
TOP = PAGE_H - 108        # body starts below running header
BOTTOM = 66

BODY = ParagraphStyle("body", fontName="Times-Roman", fontSize=11, leading=13.6,
                      alignment=TA_JUSTIFY)
NUMPARA = ParagraphStyle("num", parent=BODY, firstLineIndent=36, bulletIndent=0,
                         bulletFontName="Times-Roman", bulletFontSize=11)
BULLET = ParagraphStyle("bul", parent=BODY, leftIndent=54, bulletIndent=36,
                        bulletFontName="Times-Roman", bulletFontSize=11)
HEAD = ParagraphStyle("head", fontName="Times-Bold", fontSize=11, leading=14,
                      alignment=TA_LEFT)
HEADC = ParagraphStyle("headc", parent=HEAD, alignment=TA_CENTER)
RUNTITLE = ParagraphStyle("rt", fontName="Times-Bold", fontSize=11, leading=14,
                          alignment=TA_CENTER)
NOTEHEAD = ParagraphStyle("nh", fontName="Times-Bold", fontSize=11, leading=14)
SUBHEAD = ParagraphStyle("sh", fontName="Times-Italic", fontSize=11, leading=14)
UNIT = ParagraphStyle("unit", fontName="Times-Italic", fontSize=10, leading=12,
                      alignment=TA_CENTER)
FOOT = ParagraphStyle("foot", fontName="Times-Roman", fontSize=9, leading=10.5,
                      leftIndent=12, firstLineIndent=-12, alignment=TA_JUSTIFY)
CELL = ParagraphStyle("cell", fontName="Times-Roman", fontSize=10, leading=12)


def fmt(n):
    return "{:,}".format(n)


# ----------------------------------------------------------------- figures
ASSETS = [
    ("Cash and short-term deposits", "3", 142386510, 128904275),
    ("Accounts receivable", "4", 31207845, 27615330),
    ("Assessed contributions outstanding", "2.2", 6842119, 7310487),
    ("Other assets", "", 2918406, 2406712),
]
LIABS = [
    ("Voluntary contributions received in advance", "", 96540228, 88116940),
    ("Accounts payable and accrued charges", "", 24715603, 21880417),
    ("Staff termination indemnity fund", "", 9312770, 8745221),
]
tot_a = [sum(r[2] for r in ASSETS), sum(r[3] for r in ASSETS)]
tot_l = [sum(r[2] for r in LIABS), sum(r[3] for r in LIABS)]
tot_r = [tot_a[0] - tot_l[0], tot_a[1] - tot_l[1]]
OPRES = [11250000, 10800000]
FUNDBAL = [tot_r[0] - OPRES[0], tot_r[1] - OPRES[1]]

INCOME = [
    ("Assessed contributions", "2.2", 25614930, 25108442),
    ("Voluntary contributions", "", 218407662, 194713509),
    ("Interest income", "3", 5118274, 4662031),
    ("Miscellaneous income", "", 1237590, 1096844),
]
tot_i = [sum(r[2] for r in INCOME), sum(r[3] for r in INCOME)]
EXCESS = [tot_r[0] - tot_r[1], 3874615]
tot_e = [tot_i[0] - EXCESS[0], tot_i[1] - EXCESS[1]]
EXPEND_A = [("Staff and office costs", "", 98412870, 90118604),
            ("Transportation and related costs", "", 104306215, 91502377)]
other = [tot_e[0] - EXPEND_A[0][2] - EXPEND_A[1][2],
         tot_e[1] - EXPEND_A[0][3] - EXPEND_A[1][3]]
EXPEND = EXPEND_A + [("Other project implementation costs", "", other[0], other[1])]

# Schedule 1, in Swiss francs: arrears before 1999, unpaid 1999 assessment
SCHED = [
    ("Argentina", 1912806, 268915),
    ("Bolivia", 96420, 31254),
    ("Dominican Republic", 118377, 30118),
    ("Ecuador", 486250, 30118),
    ("El Salvador", 57240, 29870),
    ("Guatemala", 84365, 30118),
    ("Honduras", 141902, 30118),
    ("Kenya", 92615, 30118),
    ("Nicaragua", 167530, 30118),
    ("Pakistan", 0, 84472),
    ("Peru", 2818644, 154702),
    ("Uganda", 131088, 30118),
    ("Ukraine", 0, 120471),
    ("Yemen", 78104, 30118),
]
TOTAL_CHF = 10947390
used = sum(a + b for _, a, b in SCHED)
# remaining balance belongs to one Member State with long-standing arrears
SCHED.insert(12, ("Venezuela", TOTAL_CHF - used - 201334, 201334))
SCHED.sort(key=lambda r: r[0])
assert all(a >= 0 for _, a, _b in SCHED)
assert sum(a + b for _, a, b in SCHED) == TOTAL_CHF
assert round(TOTAL_CHF / 1.60) == ASSETS[2][2]

# ----------------------------------------------------------------- tables
def fin_table(groups, widths=(TW - 36 - 88 - 88, 36, 88, 88)):
    data = [["", "Note", "1999", "1998"]]
    style = [
        ("FONT", (0, 0), (-1, -1), "Times-Roman", 10),
        ("FONT", (0, 0), (-1, 0), "Times-Bold", 10),
        ("ALIGN", (1, 0), (1, -1), "CENTER"),
        ("ALIGN", (2, 0), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.75, colors.black),
        ("LINEABOVE", (0, 0), (-1, 0), 0.75, colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]
    for kind, payload in groups:
        r = len(data)
        if kind == "group":
            data.append([payload, "", "", ""])
            style.append(("FONT", (0, r), (0, r), "Times-Bold", 10))
            style.append(("TOPPADDING", (0, r), (-1, r), 7))
        elif kind == "row":
            lab, note, a, b = payload
            data.append(["    " + lab, note, fmt(a), fmt(b)])
        elif kind == "total":
            lab, a, b = payload
            data.append([lab, "", fmt(a), fmt(b)])
            style.append(("FONT", (0, r), (-1, r), "Times-Bold", 10))
            style.append(("LINEABOVE", (2, r), (-1, r), 0.5, colors.black))
        elif kind == "grand":
            lab, a, b = payload
            data.append([lab, "", fmt(a), fmt(b)])
            style.append(("FONT", (0, r), (-1, r), "Times-Bold", 10))
            style.append(("TOPPADDING", (0, r), (-1, r), 7))
            style.append(("LINEABOVE", (0, r), (-1, r), 0.75, colors.black))
            style.append(("LINEBELOW", (0, r), (-1, r), 0.75, colors.black))
    t = Table(data, colWidths=list(widths))
    t.setStyle(TableStyle(style))
    return t


statement1 = fin_table(
    [("group", "ASSETS")] + [("row", r) for r in ASSETS]
    + [("total", ("Total assets", tot_a[0], tot_a[1]))]
    + [("group", "LIABILITIES")] + [("row", r) for r in LIABS]
    + [("total", ("Total liabilities", tot_l[0], tot_l[1]))]
    + [("group", "RESERVES AND FUND BALANCES"),
       ("row", ("Operational reserve", "5", OPRES[0], OPRES[1])),
       ("row", ("Fund balances", "", FUNDBAL[0], FUNDBAL[1])),
       ("total", ("Total reserves and fund balances", tot_r[0], tot_r[1]))]
    + [("grand", ("TOTAL LIABILITIES, RESERVES AND FUND BALANCES", tot_a[0], tot_a[1]))]
)

statement2 = fin_table(
    [("group", "INCOME")] + [("row", r) for r in INCOME]
    + [("total", ("Total income", tot_i[0], tot_i[1]))]
    + [("group", "EXPENDITURE")] + [("row", r) for r in EXPEND]
    + [("total", ("Total expenditure", tot_e[0], tot_e[1]))]
    + [("grand", ("EXCESS OF INCOME OVER EXPENDITURE", EXCESS[0], EXCESS[1]))]
)


def schedule_table():
    data = [["Member State", "Arrears for\n1998 and earlier", "Unpaid balance\nof 1999\nassessment",
             "Total outstanding\nat 31 December\n1999"]]
    for name, a, b in SCHED:
        data.append([name, fmt(a) if a else "-", fmt(b), fmt(a + b)])
    ta = sum(r[1] for r in SCHED)
    tb = sum(r[2] for r in SCHED)
    data.append(["Total", fmt(ta), fmt(tb), fmt(ta + tb)])
    n = len(data) - 1
    t = Table(data, colWidths=[TW - 3 * 100, 100, 100, 100])
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "Times-Roman", 10),
        ("FONT", (0, 0), (-1, 0), "Times-Bold", 9.5),
        ("FONT", (0, n), (-1, n), "Times-Bold", 10),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]))
    return t, ta, tb


schedule, SCH_A, SCH_B = schedule_table()

# ----------------------------------------------------------------- text
FOOTNOTES = {
    1: "The programme and budget approved for the year under review is contained in "
       "document MC/1939; the revised estimates presented at mid-year appear in document MC/1958.",
    2: "Of this amount, USD 4.1 million relates to the emergency movements from the former "
       "Yugoslav Republic of Macedonia and Albania carried out between April and July 1999.",
    3: "The scale of assessment applied to the 1999 budget was set out in document MC/1937 and "
       "was adopted without change by the Council.",
    4: "Amounts due from governments for which repayment schedules have been agreed are shown "
       "separately in the detailed accounts made available to Member States on request.",
}


def sup(n):
    return '<super><font size="7">%d</font></super>' % n


INTRO = [
    (1, "The Director General has the honour to submit to the Executive Committee the financial "
        "statements of the International Organization for Migration for the year that ended on "
        "31 December 1999, together with the explanatory notes that form part of them and a "
        "schedule of contributions outstanding from Member States. The statements cover the "
        "Administrative Programme, funded from assessed contributions, and the Operational "
        "Programmes, funded from voluntary contributions.", []),
    (2, "The statements have been drawn up in accordance with the Financial Regulations of the "
        "Organization and reflect the budget levels approved by the Council in Resolution "
        "No. 978 (LXXVI) of 2 December 1998." + sup(1) + " Actual figures are compared throughout "
        "with those of 1998, restated where necessary to match the presentation adopted this year.",
        [1]),
    (3, "Total income for 1999 amounted to USD 250.4 million, compared with USD 225.6 million the "
        "year before, an increase of some 11 per cent. The rise stems almost entirely from "
        "voluntary contributions received for new operations in south-eastern Europe and in "
        "East Timor, which are described in the Report of the Director General on the work of "
        "the Organization for the year 1999 (MC/2006).", []),
    (4, "Expenditure rose in step with activity, reaching USD 245.1 million. After meeting all "
        "obligations for the year, the Organization recorded an excess of income over "
        "expenditure of USD 5,292,053, which has been carried to the fund balances shown in "
        "Statement I.", []),
    (5, "Transportation remained the largest single item of expenditure at USD 104.3 million, "
        "of which a significant share was incurred at short notice during the second quarter "
        "of the year." + sup(2) + " Staff and office costs grew more slowly than total "
        "expenditure, reflecting the policy of meeting peak workloads through short-term "
        "project staff rather than through permanent posts.", [2]),
    (6, "Contributions outstanding under the Administrative Programme at the close of the year "
        "totalled CHF 10,947,390, a figure that continues to weigh on the cash position of the "
        "Organization. The Member States concerned are listed in Schedule 1, and the "
        "Administration will again approach each of them with a view to agreeing a plan for "
        "settlement.", []),
    (7, "The accounts have been examined by the External Auditor, whose report and opinion are "
        "issued separately as document MC/2010. The Executive Committee is invited to review the "
        "present report and to recommend its approval to the Council.", []),
]

NOTES = [
    ("note", "1", "Organization and activities"),
    ("text", "The International Organization for Migration is an intergovernmental body whose "
             "headquarters are in Geneva. Its purpose is to help ensure the orderly movement of "
             "persons who need international migration services, working in partnership with "
             "governments, other international bodies and non-governmental organizations.", []),
    ("text", "At the end of 1999 the Organization had 76 Member States and 48 observers, and it "
             "carried out its work through a network of field offices in more than 100 "
             "locations.", []),
    ("note", "2", "Significant accounting policies"),
    ("text", "The principal policies followed in preparing the statements have been applied "
             "consistently with those of the preceding year, except where otherwise indicated "
             "below.", []),
    ("sub", "2.1", "Basis of preparation"),
    ("text", "The statements are prepared on the historical cost basis and, in general, on the "
             "accrual basis of accounting. Income and expenditure of the Administrative "
             "Programme and of the Operational Programmes are combined for presentation, while "
             "separate project accounts are maintained for each donor.", []),
    ("sub", "2.2", "Assessed contributions"),
    ("text", "Assessed contributions are recognized as income in the year for which they are "
             "due, on the basis of the scale of assessment approved by the Council." + sup(3)
             + " They are payable in Swiss francs and are recorded in US dollars at the rate "
             "prevailing on the date of receipt or, for balances still unpaid at year-end, at "
             "the closing rate of CHF 1.60 to the US dollar.", [3]),
    ("text", "No provision is made against arrears, since the Organization considers every "
             "assessment to be a firm obligation of the Member State concerned.", []),
    ("sub", "2.3", "Foreign currency translation"),
    ("text", "Transactions in currencies other than the US dollar are converted at the United "
             "Nations operational rate of exchange in force at the time of the transaction. "
             "Monetary assets and liabilities held in other currencies are translated at the "
             "rates applicable on 31 December, and the resulting differences are taken to "
             "miscellaneous income.", []),
    ("note", "3", "Cash and short-term deposits"),
    ("text", "Cash and short-term deposits of USD 142,386,510 were held in the following forms at "
             "the end of the year:", []),
    ("bullet", "current accounts at headquarters and in field offices: USD 38,904,116;"),
    ("bullet", "fixed-term deposits with maturities of up to three months: USD 91,232,394;"),
    ("bullet", "deposits with maturities of between three and twelve months: USD 12,250,000."),
    ("text", "Interest earned on these balances is credited to the fund to which the underlying "
             "resources belong, unless the donor has agreed otherwise.", []),
    ("note", "4", "Accounts receivable"),
    ("text", "Accounts receivable comprise amounts due from governments and other donors for "
             "services already delivered, advances to staff and sums recoverable from migrants "
             "under loan arrangements." + sup(4) + " All balances were reviewed at year-end and "
             "those considered doubtful have been written down.", [4]),
    ("note", "5", "Operational reserve"),
    ("text", "The operational reserve allows the Organization to absorb temporary shortfalls in "
             "funding without interrupting field activities. It was raised to USD 11,250,000 "
             "during the year from interest income not earmarked for specific projects.", []),
    ("text", "Withdrawals from the reserve are reported to the Executive Committee and must be "
             "replenished within the two following financial periods.", []),
]

# ----------------------------------------------------------------- engine
class Doc:
    def __init__(self, path):
        self.c = pdfcanvas.Canvas(path, pagesize=A4)
        self.c.setTitle("Financial report for the year ended 31 December 1999")
        self.c.setAuthor("International Organization for Migration")
        self.page = 0          # physical page (cover = 1)
        self.y = None
        self.pending_fn = []
        self.started = False

    # -- page handling
    def fn_height(self, nums):
        if not nums:
            return 0
        h = 14
        for n in nums:
            p = self.fn_para(n)
            _, ph = p.wrap(TW, 1000)
            h += ph + 2
        return h

    def fn_para(self, n):
        return Paragraph(sup(n) + "&nbsp;&nbsp;" + FOOTNOTES[n], FOOT)

    def start_body_page(self):
        self.page += 1
        c = self.c
        c.setFont("Times-Roman", 11)
        c.drawRightString(PAGE_W - RM, PAGE_H - 50, SYMBOL)
        c.drawRightString(PAGE_W - RM, PAGE_H - 64, "Page %d" % (self.page - 1))
        self.y = TOP
        self.pending_fn = []
        self.started = True

    def end_page(self):
        c = self.c
        if self.pending_fn:
            h = self.fn_height(self.pending_fn)
            top = BOTTOM + h
            c.setLineWidth(0.5)
            c.line(LM, top - 4, LM + 144, top - 4)
            y = top - 14
            for n in self.pending_fn:
                p = self.fn_para(n)
                _, ph = p.wrap(TW, 1000)
                p.drawOn(c, LM, y - ph + 9)
                y -= ph + 2
        c.showPage()

    def new_page(self):
        self.end_page()
        self.start_body_page()

    def avail(self, extra_fn=()):
        return self.y - BOTTOM - self.fn_height(self.pending_fn + list(extra_fn))

    def space(self, pts):
        self.y -= pts

    def put(self, fl, fns=(), space_before=0, keep=0, x=LM, width=TW, splittable=True):
        """Place a flowable; keep = extra height that must fit below (keep with next)."""
        if self.y != TOP:
            self.y -= space_before
        while True:
            av = self.avail(fns)
            w, h = fl.wrap(width, av)
            if h + keep <= av:
                fl.drawOn(self.c, x, self.y - h)
                self.y -= h
                self.pending_fn += list(fns)
                return
            if splittable and not fns and isinstance(fl, Paragraph) and keep == 0:
                parts = fl.split(width, av)
                if len(parts) == 2:
                    p0, p1 = parts
                    _, h0 = p0.wrap(width, av)
                    p0.drawOn(self.c, x, self.y - h0)
                    self.y -= h0
                    self.new_page()
                    fl = p1
                    continue
            self.new_page()


def cover(d):
    c = d.c
    d.page = 1
    c.setFont("Times-Roman", 12)
    c.drawRightString(PAGE_W - RM, PAGE_H - 72, SYMBOL)
    c.drawRightString(PAGE_W - RM, PAGE_H - 100, "Original: ENGLISH")
    c.drawRightString(PAGE_W - RM, PAGE_H - 116, "15 May 2000")
    c.setFont("Times-Bold", 12)
    c.drawCentredString(PAGE_W / 2, PAGE_H - 190, "NINETY-EIGHTH SESSION")
    c.setLineWidth(0.8)
    c.line(LM + 60, PAGE_H - 206, PAGE_W - RM - 60, PAGE_H - 206)
    c.setFont("Times-Bold", 14)
    c.drawCentredString(PAGE_W / 2, PAGE_H - 330, "FINANCIAL REPORT FOR THE YEAR ENDED")
    c.drawCentredString(PAGE_W / 2, PAGE_H - 350, "31 DECEMBER 1999")
    # trilingual footer
    c.setLineWidth(0.8)
    c.line(LM, 96, PAGE_W - RM, 96)
    c.setFont("Times-Bold", 11)
    c.drawString(LM, 78, "EXECUTIVE COMMITTEE")
    c.drawCentredString(PAGE_W / 2, 78, "COMITÉ EXÉCUTIF")
    c.drawRightString(PAGE_W - RM, 78, "COMITÉ EJECUTIVO")
    c.showPage()


def main():
    d = Doc(OUT)
    cover(d)
    d.start_body_page()
    d.put(Paragraph("FINANCIAL REPORT FOR THE YEAR ENDED 31 DECEMBER 1999", RUNTITLE))
    d.put(Paragraph("INTRODUCTION", HEAD), space_before=22, keep=40)
    for num, txt, fns in INTRO:
        d.put(Paragraph(txt, NUMPARA, bulletText="%d." % num), fns=fns, space_before=10)

    # Statement I
    d.new_page()
    d.put(Paragraph("STATEMENT I – ASSETS, LIABILITIES AND RESERVES AS AT 31 DECEMBER 1999",
                    HEADC))
    d.put(Paragraph("(in US dollars)", UNIT), space_before=4)
    d.put(statement1, space_before=8, splittable=False)
    # Statement II
    d.put(Paragraph("STATEMENT II – INCOME AND EXPENDITURE FOR THE YEAR ENDED 31 DECEMBER 1999",
                    HEADC), space_before=40, keep=200)
    d.put(Paragraph("(in US dollars)", UNIT), space_before=4)
    d.put(statement2, space_before=8, splittable=False)

    # Notes
    d.new_page()
    d.put(Paragraph("NOTES TO THE FINANCIAL STATEMENTS", HEADC), keep=40)
    for item in NOTES:
        kind = item[0]
        if kind == "note":
            d.put(Paragraph("%s.&nbsp;&nbsp;&nbsp;&nbsp;%s" % (item[1], item[2]), NOTEHEAD),
                  space_before=18, keep=45)
        elif kind == "sub":
            d.put(Paragraph("%s&nbsp;&nbsp;&nbsp;&nbsp;%s" % (item[1], item[2]), SUBHEAD),
                  space_before=14, keep=40)
        elif kind == "text":
            d.put(Paragraph(item[1], BODY), fns=item[2], space_before=12)
        elif kind == "bullet":
            d.put(Paragraph(item[1], BULLET, bulletText="•"), space_before=4)

    # Schedule
    d.new_page()
    d.put(Paragraph("SCHEDULE 1 – ASSESSED CONTRIBUTIONS OUTSTANDING AS AT 31 DECEMBER 1999",
                    HEADC))
    d.put(Paragraph("(in Swiss francs)", UNIT), space_before=4)
    d.put(schedule, space_before=8, splittable=False)
    d.end_page()
    d.c.save()
    print("pages:", d.page, "excess", EXCESS, "totals", tot_a, tot_l, tot_i, tot_e,
          "sched", SCH_A, SCH_B, "other", other)


if __name__ == "__main__":
    main()
