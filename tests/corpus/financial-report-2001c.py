"""Draw financial-report-2001c.pdf: an IOM Council financial report of 2001 (MC/2038)."""
import os

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, PageBreak, NextPageTemplate, Table,
                                TableStyle, CondPageBreak)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "financial-report-2001c.pdf")

SYMBOL = "MC/2038"
TITLE = "FINANCIAL REPORT FOR THE YEAR ENDED 31 DECEMBER 2000"
W, H = A4
LM = RM = 2.5 * cm
TM = 2.2 * cm
BM = 2.2 * cm
TEXT_W = W - LM - RM

# ---------------------------------------------------------------- styles
body = ParagraphStyle("body", fontName="Times-Roman", fontSize=11, leading=13.5,
                      alignment=TA_JUSTIFY, spaceAfter=8)
para = ParagraphStyle("para", parent=body, bulletFontName="Times-Roman",
                      bulletFontSize=11, bulletIndent=0, leftIndent=0,
                      firstLineIndent=36)
item = ParagraphStyle("item", parent=body, bulletFontName="Times-Roman",
                      bulletFontSize=11, bulletIndent=36, leftIndent=72,
                      firstLineIndent=0, spaceAfter=5)
h1 = ParagraphStyle("h1", fontName="Times-Bold", fontSize=11, leading=13.5,
                    bulletFontName="Times-Bold", bulletFontSize=11,
                    bulletIndent=0, leftIndent=36, spaceBefore=6, spaceAfter=9)
h2 = ParagraphStyle("h2", fontName="Times-BoldItalic", fontSize=11, leading=13.5,
                    bulletFontName="Times-BoldItalic", bulletFontSize=11,
                    bulletIndent=0, leftIndent=36, spaceBefore=2, spaceAfter=8)
h0 = ParagraphStyle("h0", parent=h1, leftIndent=0)
runtitle = ParagraphStyle("runtitle", fontName="Times-Bold", fontSize=11.5,
                          leading=14, alignment=TA_CENTER, spaceAfter=18)
stlabel = ParagraphStyle("stlabel", fontName="Times-Bold", fontSize=12, leading=15,
                         alignment=TA_CENTER)
stunit = ParagraphStyle("stunit", fontName="Times-Italic", fontSize=11, leading=14,
                        alignment=TA_CENTER, spaceBefore=6, spaceAfter=14)
cell = ParagraphStyle("cell", fontName="Times-Roman", fontSize=10.5, leading=12.5)
cellb = ParagraphStyle("cellb", parent=cell, fontName="Times-Bold")

FN_FONT = 9.5


def P(n, text):
    return Paragraph(text, para, bulletText="%d." % n)


def I(label, text):
    return Paragraph(text, item, bulletText=label)


def sup(m):
    return "<super>%s</super>" % m


# ---------------------------------------------------------------- footnotes
# page number in the PDF (1 = cover) -> footnotes (marker, text)
FOOTNOTES = {
    2: [("1", "The revision took account of additional operational requirements in "
              "Kosovo and East Timor which were reviewed by the Executive Committee in "
              "July 2000."),
        ("2", "Amounts due from each Member State are listed in the status report on "
              "outstanding contributions to the Administrative Programme (MC/2036).")],
    3: [("3", "Most of these pledges were confirmed in December 2000 and were paid "
              "during the first quarter of 2001.")],
}


def fn_height(page):
    notes = FOOTNOTES.get(page, [])
    if not notes:
        return 0
    return 20 + sum(_fn_par(m, t).wrap(TEXT_W, 1000)[1] + 3 for m, t in notes)


def _fn_par(m, t):
    st = ParagraphStyle("fn", fontName="Times-Roman", fontSize=FN_FONT,
                        leading=11.5, leftIndent=14, firstLineIndent=-14)
    return Paragraph("<super>%s</super>&nbsp;&nbsp;%s" % (m, t), st)


def draw_footnotes(canv, page):
    notes = FOOTNOTES.get(page, [])
    if not notes:
        return
    y = BM + fn_height(page) - 8
    canv.setFont("Times-Roman", 10)
    canv.drawString(LM, y, "__________")
    y -= 8
    for m, t in notes:
        p = _fn_par(m, t)
        _, h = p.wrap(TEXT_W, 1000)
        y -= h
        p.drawOn(canv, LM, y)
        y -= 3


# ---------------------------------------------------------------- page furniture
def on_cover(canv, doc):
    canv.saveState()
    canv.setFont("Times-Bold", 12)
    canv.drawRightString(W - RM, H - TM - 4, SYMBOL)
    canv.setFont("Times-Roman", 11)
    canv.drawRightString(W - RM, H - TM - 22, "Original: English")
    canv.drawRightString(W - RM, H - TM - 36, "10 May 2001")
    # trilingual footer
    canv.setFont("Times-Bold", 13)
    y = 2.0 * cm
    canv.drawString(LM + 0.5 * cm, y, "COUNCIL")
    canv.drawCentredString(W / 2, y, "CONSEIL")
    canv.drawRightString(W - RM - 0.5 * cm, y, "CONSEJO")
    canv.restoreState()


def on_page(canv, doc):
    canv.saveState()
    n = canv.getPageNumber()
    canv.setFont("Times-Roman", 11)
    canv.drawRightString(W - RM, H - 1.4 * cm, SYMBOL)
    canv.drawRightString(W - RM, H - 1.4 * cm - 13, "Page %d" % (n - 1))
    draw_footnotes(canv, n)
    canv.restoreState()


def body_frame(page):
    bottom = BM + fn_height(page)
    return Frame(LM, bottom, TEXT_W, H - TM - 1.0 * cm - bottom, id="f%d" % page,
                 leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)


cover_frame = Frame(LM, 3.2 * cm, TEXT_W, H - TM - 2.2 * cm - 3.2 * cm,
                    leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=LM, rightMargin=RM,
                      topMargin=TM, bottomMargin=BM, title=TITLE,
                      author="International Organization for Migration")
doc.addPageTemplates([
    PageTemplate(id="cover", frames=[cover_frame], onPage=on_cover),
    PageTemplate(id="p2", frames=[body_frame(2)], onPage=on_page),
    PageTemplate(id="p3", frames=[body_frame(3)], onPage=on_page),
    PageTemplate(id="plain", frames=[body_frame(99)], onPage=on_page),
])

story = []

# ---------------------------------------------------------------- cover
covc = ParagraphStyle("covc", fontName="Times-Bold", fontSize=12, leading=16,
                      alignment=TA_CENTER)
covt = ParagraphStyle("covt", fontName="Times-Bold", fontSize=14, leading=19,
                      alignment=TA_CENTER)
covn = ParagraphStyle("covn", fontName="Times-Roman", fontSize=11, leading=14)
story += [Spacer(1, 2.6 * cm),
          Paragraph("EIGHTY-SECOND SESSION", covc),
          Spacer(1, 0.4 * cm),
          Paragraph("_" * 50, covc),
          Spacer(1, 5.5 * cm),
          Paragraph("FINANCIAL REPORT FOR THE YEAR ENDED<br/>31 DECEMBER 2000", covt),
          Spacer(1, 8.2 * cm),
          Paragraph("__________", covn),
          Spacer(1, 4),
          Paragraph("This document is submitted to the Executive Committee at its "
                    "Ninety-eighth Session in June 2001.", covn),
          NextPageTemplate("p2"), PageBreak()]

# ---------------------------------------------------------------- body, page 2
story += [
    Paragraph(TITLE, runtitle),
    Paragraph("INTRODUCTION", h0),
    P(1, "The Director General submits herewith the financial statements of the "
         "Organization for the year ended 31 December 2000. They consist of the "
         "Statement of Assets, Liabilities and Fund Balances (Statement I) and the "
         "Statement of Income and Expenditure (Statement II), which follow this "
         "report and are expressed in US dollars."),
    P(2, "The activities of the year were carried out within the framework of the "
         "Programme and Budget for 2000 (MC/1987), as approved by the Council in "
         "November 1999 and later revised in document MC/2019." + sup("1") +
         " The report of the External Auditor on the accounts is presented "
         "separately."),
    P(3, "Income for the year totalled USD 280,838,567, which is 11.7 per cent "
         "more than the USD 251,469,223 recorded in 1999. Expenditure amounted to "
         "USD 272,961,628 (1999: USD 246,151,017), leaving an excess of income over "
         "expenditure of USD 7,876,939, which has been credited to fund balances."),
    Paragraph("ADMINISTRATIVE PROGRAMME", h1, bulletText="I."),
    Paragraph("Assessed contributions", h2, bulletText="A."),
    P(4, "Member States' assessed contributions for 2000, converted into US dollars "
         "at the rates of exchange in force when they were assessed, came to "
         "USD 24,316,870, against USD 23,884,105 in the previous year. They were "
         "calculated on the scale of assessment adopted by the Council through "
         "Resolution No. 1001 of 30 November 1999."),
    P(5, "Assessed contributions still unpaid at the close of the year stood at "
         "USD 4,871,230, down from USD 5,392,118 twelve months earlier. Eleven Member "
         "States had arrears equal to or larger than the contributions due from them "
         "for the two preceding years."),
    P(6, "Several of those Member States have since agreed payment plans with the "
         "Administration, and the amounts outstanding from each of them are followed "
         "up by the Sub-Committee on Budget and Finance." + sup("2")),
    Paragraph("Administrative expenditure", h2, bulletText="B."),
    P(7, "Expenditure under the Administrative Programme stayed within the approved "
         "budget, chiefly because a number of posts remained vacant while recruitment "
         "was under way. As a result the balance of the Administrative Programme rose "
         "to USD 1,127,604 at 31 December 2000 (1999: USD 904,381); under the Financial "
         "Regulations it will be carried forward to the Programme and Budget for 2002."),
    NextPageTemplate("p3"),
    PageBreak(),
    Paragraph("OPERATIONAL PROGRAMMES", h1, bulletText="II."),
    Paragraph("Voluntary contributions", h2, bulletText="A."),
    P(8, "Voluntary contributions from governments, intergovernmental bodies and "
         "other donors increased to USD 248,905,412 (1999: USD 221,470,866). Most of "
         "the growth came from return and reintegration programmes in south-eastern "
         "Europe and from the resettlement of refugees to North America and Oceania."),
    P(9, "Funds received before the related activities take place are carried as "
         "deferred income in Statement I; at year end they amounted to USD 96,214,580, "
         "as compared with USD 84,330,915 at the end of 1999."),
    Paragraph("Operational expenditure", h2, bulletText="B."),
    P(10, "Statement II groups operational spending under staff and office costs, "
          "transportation and related costs, and programme activity costs. At "
          "USD 104,372,918, transportation remained the largest of the three. Interest "
          "earned on cash and short-term deposits came to USD 6,412,530 "
          "(1999: USD 5,127,942)."),
    Paragraph("FINANCIAL POSITION", h1, bulletText="III."),
    P(11, "Total assets grew from USD 194,866,997 to USD 216,873,100 and total "
          "liabilities from USD 113,915,972 to USD 128,045,136, so that fund balances "
          "stood at USD 88,827,964 at the close of the year."),
    P(12, "The Administration wishes to draw the attention of the Executive Committee "
          "to the following points:"),
    I("(a)", "although outstanding assessed contributions fell during the year, they "
             "still limit the cash available to the Administrative Programme;"),
    I("(b)", "voluntary contributions receivable rose to USD 21,604,587, owing to "
             "pledges made late in the year;" + sup("3")),
    I("(c)", "the host government loan for the headquarters building was reduced by "
             "USD 250,000 to USD 3,250,000; and"),
    I("(d)", "the balance of the Refugee Loan Fund increased to USD 3,016,288, since "
             "repayments by resettled refugees exceeded new loans."),
    P(13, "The Executive Committee is invited to take note of this report and to "
          "recommend that the Council approve the financial statements for the year "
          "ended 31 December 2000."),
    NextPageTemplate("plain"),
]


# ---------------------------------------------------------------- statements
def fmt(v):
    return "{:,}".format(v)


def statement(label, title_lines, groups, final_label):
    """groups: list of (GROUP LABEL, [(row, v2000, v1999)], total label)."""
    out = [PageBreak(), Spacer(1, 0.6 * cm), Paragraph(label, stlabel)]
    for ln in title_lines:
        out.append(Paragraph(ln, stlabel))
    out.append(Paragraph("(expressed in US dollars)", stunit))
    data = [["", "2000", "1999"]]
    style = [
        ("FONT", (0, 0), (-1, -1), "Times-Roman", 10.5),
        ("FONT", (0, 0), (-1, 0), "Times-Bold", 10.5),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LINEBELOW", (1, 0), (-1, 0), 0.8, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    sums = [0, 0]
    grand = []
    for glabel, rows, tlabel in groups:
        r = len(data)
        data.append([glabel, "", ""])
        style += [("FONT", (0, r), (0, r), "Times-Bold", 10.5),
                  ("TOPPADDING", (0, r), (-1, r), 16)]
        t0 = t9 = 0
        for name, a, b in rows:
            data.append(["    " + name, fmt(a), fmt(b)])
            t0 += a
            t9 += b
        r = len(data)
        data.append([tlabel, fmt(t0), fmt(t9)])
        style += [("FONT", (0, r), (-1, r), "Times-Bold", 10.5),
                  ("LINEABOVE", (1, r), (-1, r), 0.6, colors.black)]
        grand.append((t0, t9))
    return out, data, style, grand


def draw_table(out, data, style):
    t = Table(data, colWidths=[TEXT_W - 2 * 3.3 * cm, 3.3 * cm, 3.3 * cm])
    t.setStyle(TableStyle(style))
    out.append(t)
    return out


assets = [("Cash and short-term deposits", 168432915, 151207644),
          ("Investments", 12500000, 10000000),
          ("Assessed contributions receivable", 4871230, 5392118),
          ("Voluntary contributions receivable", 21604587, 18915302),
          ("Accounts receivable and advances", 7318462, 6840195),
          ("Loans receivable from refugees", 2145906, 2511738)]
liabs = [("Deferred income", 96214580, 84330915),
         ("Accounts payable and accrued liabilities", 18706341, 16982407),
         ("Staff benefits payable", 9874215, 9102650),
         ("Host government loan", 3250000, 3500000)]
funds = [("Administrative Programme", 1127604, 904381),
         ("Operational Programmes", 84684072, 77172134),
         ("Refugee Loan Fund", 3016288, 2874510)]

out, data, style, grand = statement(
    "STATEMENT I",
    ["STATEMENT OF ASSETS, LIABILITIES AND FUND BALANCES",
     "AS AT 31 DECEMBER 2000"],
    [("ASSETS", assets, "Total assets"),
     ("LIABILITIES", liabs, "Total liabilities"),
     ("FUND BALANCES", funds, "Total fund balances")],
    None)
(ta0, ta9), (tl0, tl9), (tf0, tf9) = grand
assert ta0 == tl0 + tf0 and ta9 == tl9 + tf9, (ta0, tl0 + tf0, ta9, tl9 + tf9)
r = len(data)
data.append(["TOTAL LIABILITIES AND FUND BALANCES", fmt(tl0 + tf0), fmt(tl9 + tf9)])
style += [("FONT", (0, r), (-1, r), "Times-Bold", 10.5),
          ("TOPPADDING", (0, r), (-1, r), 16),
          ("LINEBELOW", (1, r), (-1, r), 1.5, colors.black),
          ("LINEABOVE", (1, r), (-1, r), 0.6, colors.black)]
story += draw_table(out, data, style)

income = [("Assessed contributions", 24316870, 23884105),
          ("Voluntary contributions", 248905412, 221470866),
          ("Interest income", 6412530, 5127942),
          ("Miscellaneous income", 1203755, 986310)]
expend = [("Staff and office costs", 98615207, 92208441),
          ("Transportation and related costs", 104372918, 95306772),
          ("Programme activity costs", 69973503, 58635804)]
out, data, style, grand = statement(
    "STATEMENT II",
    ["STATEMENT OF INCOME AND EXPENDITURE",
     "FOR THE YEAR ENDED 31 DECEMBER 2000"],
    [("INCOME", income, "Total income"),
     ("EXPENDITURE", expend, "Total expenditure")],
    None)
(ti0, ti9), (te0, te9) = grand
assert ti0 - te0 == tf0 - tf9 == 7876939, (ti0 - te0, tf0 - tf9)
r = len(data)
data.append(["EXCESS OF INCOME OVER EXPENDITURE", fmt(ti0 - te0), fmt(ti9 - te9)])
style += [("FONT", (0, r), (-1, r), "Times-Bold", 10.5),
          ("TOPPADDING", (0, r), (-1, r), 16),
          ("LINEBELOW", (1, r), (-1, r), 1.5, colors.black),
          ("LINEABOVE", (1, r), (-1, r), 0.6, colors.black)]
story += draw_table(out, data, style)

doc.build(story)
print("wrote", OUT)
