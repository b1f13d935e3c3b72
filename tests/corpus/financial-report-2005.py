"""Draws financial-report-2005.pdf: an invented IOM financial report for 2004 (MC era), with reportlab."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                TableStyle, PageBreak, NextPageTemplate, KeepTogether, CondPageBreak)
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.utils import simpleSplit

SYMBOL = "MC/2167"
OUT = "financial-report-2005.pdf"
W, H = A4
LM, RM, TM, BM = 72, 72, 86, 70
TW = W - LM - RM

# ------------------------------------------------------------------ figures
def fmt(n):
    if n is None:
        return "\u2013"
    if n < 0:
        return "(" + format(-n, ",") + ")"
    return format(n, ",")

# Statement II (US dollars): (admin, operational, total 2003)
income = [
    ("Assessed contributions from Member States", 30463544, None, 27813250),
    ("Voluntary contributions", None, 598214607, 552906431),
    ("Interest income", 184310, 6902118, 5233870),
    ("Miscellaneous income", 96207, 13518490, 11407655),
]
expend = [
    ("Staff and office costs", 29012655, 161447286, 176228940),
    ("Transportation and assistance to migrants", None, 287306119, 262115007),
    ("Other direct project costs", None, 157688912, 148930655),
    ("Provision for doubtful assessed contributions from prior years", 1183900, None, 964300),
]
def col(rows, i):
    return sum(r[i] or 0 for r in rows)
inc_a, inc_o, inc_p = col(income, 1), col(income, 2), col(income, 3)
exp_a, exp_o, exp_p = col(expend, 1), col(expend, 2), col(expend, 3)
exc_a, exc_o, exc_p = inc_a - exp_a, inc_o - exp_o, inc_p - exp_p
beg_a, beg_o = 862415, 71488930
beg_t = beg_a + beg_o
beg_p = beg_t - exc_p
end_a, end_o = beg_a + exc_a, beg_o + exc_o
end_t = end_a + end_o

# Statement I (US dollars): (label, note, 2004, 2003)
cur_assets = [
    ("Cash and short-term deposits", "2", 318472905, 284106377),
    ("Contributions receivable from Member States and donors", "3", 7964210, 6881442),
    ("Other accounts receivable", "4", 41230568, 36517904),
    ("Advances to staff", "", 2118637, 1904255),
    ("Prepaid expenses", "", 1386402, 1211093),
]
nc_assets = [
    ("Loans receivable for refugee transport", "5", 12807344, 11932018),
    ("Long-term investments", "", 17640113, 15208660),
]
tca4, tca3 = col(cur_assets, 2), col(cur_assets, 3)
tnc4, tnc3 = col(nc_assets, 2), col(nc_assets, 3)
ta4, ta3 = tca4 + tnc4, tca3 + tnc3
ap4, ap3 = 38914260, 35102477
adv4, adv3 = 4205318, 3877105
stl4, stl3 = 24336790, 22905114
lt4, lt3 = 3600000, 4200000
res4, res3 = end_t, beg_t
def4 = ta4 - res4 - ap4 - adv4 - stl4 - lt4
def3 = ta3 - res3 - ap3 - adv3 - stl3 - lt3
cur_liab = [
    ("Accounts payable and accrued liabilities", "", ap4, ap3),
    ("Deferred income", "6", def4, def3),
    ("Contributions received in advance", "", adv4, adv3),
]
nc_liab = [
    ("Staff termination liabilities", "7", stl4, stl3),
    ("Long-term loan payable", "", lt4, lt3),
]
tcl4, tcl3 = col(cur_liab, 2), col(cur_liab, 3)
tnl4, tnl3 = col(nc_liab, 2), col(nc_liab, 3)
tl4, tl3 = tcl4 + tnl4, tcl3 + tnl3
assert tl4 + res4 == ta4 and tl3 + res3 == ta3

# Schedule 1 (Swiss francs): (Member State, 2003 and prior, 2004)
sched = [
    ("Albania", None, 7268), ("Argentina", 612380, 453205), ("Armenia", None, 6412),
    ("Bangladesh", 21770, 38125), ("Benin", 14902, 7268), ("Bolivia", 96434, 33919),
    ("Burkina Faso", None, 7268), ("Cape Verde", 9051, 4361), ("Congo", 38206, 4361),
    ("Democratic Republic of the Congo", 142887, 14536), ("Dominican Republic", 198330, 84117),
    ("Ecuador", 301415, 78210), ("El Salvador", None, 12720), ("Gambia", 27663, 4361),
    ("Georgia", 52448, 12720), ("Guinea-Bissau", 44919, 4361), ("Honduras", 60127, 19512),
    ("Kyrgyzstan", 38774, 4361), ("Liberia", 71506, 4361), ("Madagascar", 18244, 11233),
    ("Nicaragua", 66310, 4361), ("Paraguay", 83905, 36340), ("Peru", 410962, 172944),
    ("Sierra Leone", 49021, 4361), ("Tajikistan", 12855, 4361), ("Uruguay", None, 58137),
    ("Yemen", 24688, 16958),
]
s_prior = sum(r[1] or 0 for r in sched)
s_cur = sum(r[2] for r in sched)
s_tot = s_prior + s_cur

# ------------------------------------------------------------------ styles
BODY = ParagraphStyle("body", fontName="Times-Roman", fontSize=11.5, leading=14.2,
                      alignment=TA_JUSTIFY, spaceAfter=9)
PARA = ParagraphStyle("para", parent=BODY, leftIndent=0, firstLineIndent=36,
                      bulletIndent=0, bulletFontName="Times-Roman", bulletFontSize=11.5)
ITEM1 = ParagraphStyle("item1", parent=BODY, leftIndent=72, firstLineIndent=0, bulletIndent=36,
                       bulletFontName="Times-Roman", bulletFontSize=11.5, spaceAfter=6)
ITEM2 = ParagraphStyle("item2", parent=ITEM1, leftIndent=108, bulletIndent=72)
HEAD = ParagraphStyle("head", fontName="Times-Bold", fontSize=11.5, leading=14.2, leftIndent=36,
                      bulletIndent=0, bulletFontName="Times-Bold", bulletFontSize=11.5,
                      spaceBefore=8, spaceAfter=10, alignment=TA_LEFT, keepWithNext=1)
SUBHEAD = ParagraphStyle("subhead", parent=HEAD, fontName="Times-BoldItalic",
                         bulletFontName="Times-BoldItalic", spaceBefore=2)
RTITLE = ParagraphStyle("rtitle", fontName="Times-Bold", fontSize=12, leading=15,
                        alignment=TA_CENTER, spaceAfter=18)
FOOT = ParagraphStyle("foot", fontName="Times-Roman", fontSize=9.5, leading=11.5,
                      leftIndent=0, firstLineIndent=0, alignment=TA_JUSTIFY)
SLABEL = ParagraphStyle("slabel", fontName="Times-Bold", fontSize=11.5, leading=14,
                        alignment=TA_CENTER, spaceAfter=10)
STITLE = ParagraphStyle("stitle", fontName="Times-Bold", fontSize=11.5, leading=14,
                        alignment=TA_CENTER, spaceAfter=6)
SUNIT = ParagraphStyle("sunit", fontName="Times-Italic", fontSize=10.5, leading=13,
                       alignment=TA_CENTER, spaceAfter=14)
TNOTE = ParagraphStyle("tnote", fontName="Times-Roman", fontSize=9.5, leading=11.5)
CH = ParagraphStyle("colhead", fontName="Times-Bold", fontSize=9, leading=10.5, alignment=2)
CHL = ParagraphStyle("colheadl", parent=CH, alignment=0)
CELL = ParagraphStyle("cell", fontName="Times-Roman", fontSize=10, leading=11.5)


def sup(n):
    return '<super><font size="8">%s</font></super>' % n


class FnPara(Paragraph):
    """Paragraph that carries footnote markers; remembers them for page bookkeeping."""
    def __init__(self, text, style, fns=(), **kw):
        Paragraph.__init__(self, text, style, **kw)
        self._fns = list(fns)

    def split(self, aW, aH):
        parts = Paragraph.split(self, aW, aH)
        if self._fns and parts:
            raise RuntimeError("a paragraph with footnote markers was split; move the marker")
        return parts


def P(num, text, fns=()):
    return FnPara(text, PARA, fns=fns, bulletText="%s." % num)


def item(label, text, level=1):
    return Paragraph(text, ITEM1 if level == 1 else ITEM2, bulletText=label)


def head(num, text):
    return Paragraph(text, HEAD, bulletText="%s." % num)


def subhead(num, text):
    return Paragraph(text, SUBHEAD, bulletText="%s." % num)


FOOTNOTES = {
    "1": "The average rate applied for 2004 was CHF 1.2426 to USD 1.00, against CHF 1.3451 in 2003; "
         "the rate at 31 December 2004 was CHF 1.1329 to USD 1.00.",
    "2": "See Resolution No. 1110 (LXXXVIII) of 30 November 2004 on the use of discretionary income, "
         "and document MC/2140, paragraphs 18 to 22, which describe the criteria applied since 2003.",
}


def mio(n):
    return "%.1f" % (n / 1e6)


# ------------------------------------------------------------------ narrative
def narrative():
    s = []
    s.append(Paragraph("FINANCIAL REPORT FOR THE YEAR ENDED 31 DECEMBER 2004", RTITLE))
    s.append(head("I", "INTRODUCTION"))
    s.append(P(1, "In accordance with Article 11 of the Financial Regulations, the Director General has the "
                  "honour to submit to the Council the financial report for the year ended 31 December 2004, "
                  "together with the financial statements and the schedule of outstanding assessed "
                  "contributions reproduced at the end of this document. The accounts have been audited by "
                  "the External Auditors, whose opinion and observations are presented separately in "
                  "document MC/2168."))
    tot_exp, tot_prev = exp_a + exp_o, exp_p
    s.append(P(2, "The year 2004 saw a further expansion of the Organization\u2019s activities. Combined "
                  "expenditure under the Administrative and Operational Parts of the Budget reached "
                  "USD %s million, an increase of USD %s million, or %.1f per cent, over the USD %s million "
                  "recorded in 2003. The number of active projects rose from 1,270 at the end of 2003 to "
                  "1,415 at the end of the year under review, and the membership of the Organization grew to "
                  "109 Member States following the admissions approved at the Eighty-eighth Session of the "
                  "Council." % (mio(tot_exp), mio(tot_exp - tot_prev), 100.0 * (tot_exp - tot_prev) / tot_prev,
                                mio(tot_prev))))
    s.append(P(3, "The financial statements are expressed in United States dollars, the currency in which most "
                  "of the Organization\u2019s operational transactions take place. The Administrative Part of "
                  "the Budget is, however, approved and assessed in Swiss francs; income and expenditure in "
                  "that currency have been converted at the average United Nations operational rates of "
                  "exchange for the year," + sup(1) + " while assets and liabilities are stated at the rate "
                  "prevailing on 31 December 2004. Figures for 2003 have been regrouped where necessary to "
                  "conform to the presentation adopted for the current year.", fns=["1"]))
    s.append(head("II", "ADMINISTRATIVE PART OF THE BUDGET"))
    s.append(P(4, "The Administrative Part of the Budget for 2004 was approved by the Council at CHF 37,854,000 "
                  "in the Programme and Budget for 2004 (MC/2121), and the amount was left unchanged in the "
                  "revision subsequently reviewed by the Executive Committee (MC/EX/656). It is funded "
                  "entirely from the assessed contributions of Member States, which, converted at the average "
                  "rate, amounted to USD %s (Statement II)." % fmt(income[0][1])))
    s.append(P(5, "Expenditure under the Administrative Part totalled USD %s, slightly below the approved "
                  "level, mainly because a number of posts at Headquarters were filled only in the second half "
                  "of the year. After a provision of USD %s for assessed contributions considered doubtful of "
                  "recovery, and after taking into account interest and miscellaneous income, the year closed "
                  "with an excess of income over expenditure of USD %s. In line with the practice of earlier "
                  "years, the Administration proposes that this amount be used as follows:"
               % (fmt(expend[0][1]), fmt(expend[3][1]), fmt(exc_a))))
    s.append(item("(a)", "an amount equivalent to CHF 250,000 to be transferred to the reserve for the "
                         "replacement of information technology equipment;"))
    s.append(item("(b)", "the equivalent of CHF 180,000 to be set aside to meet the expected rise in staff "
                         "security costs in 2005; and"))
    s.append(item("(c)", "the balance to be carried forward to 2005 and added to the fund balance of the "
                         "Administrative Part."))
    s.append(Spacer(1, 4))
    s.append(P(6, "The fund balance of the Administrative Part accordingly rose from USD %s at the start of the "
                  "year to USD %s at 31 December 2004 (Statement I). The balance remains modest in relation to "
                  "annual expenditure and would cover less than three weeks of administrative costs."
               % (fmt(beg_a), fmt(end_a))))
    s.append(head("III", "OPERATIONAL PART OF THE BUDGET AND PROJECT-RELATED<br/>OVERHEAD INCOME"))
    s.append(subhead("A", "Income"))
    s.append(P(7, "Voluntary contributions from governments, intergovernmental organizations and other donors for "
                  "specific projects amounted to USD %s, compared with USD %s in 2003. Contributions received "
                  "but not yet spent at the year end are carried as deferred income in Statement I and will be "
                  "applied to the projects concerned in 2005. Funding earmarked for a small number of large "
                  "resettlement and return programmes accounted for nearly 40 per cent of total voluntary "
                  "income." % (fmt(income[1][2]), fmt(income[1][3]))))
    s.append(P(8, "Interest income on the Operational Part rose to USD %s as a result of higher average cash "
                  "balances and a modest recovery of short-term interest rates in the second half of the year. "
                  "Project-related overhead and interest income together make up the discretionary income that "
                  "funds the core structure not covered by the Administrative Part; its use in 2004 followed "
                  "the criteria endorsed by the Council." % fmt(income[2][2]) + sup(2), fns=["2"]))
    s.append(subhead("B", "Expenditure"))
    s.append(P(9, "Operational expenditure amounted to USD %s and was distributed among the main categories "
                  "shown in Statement II as follows:" % fmt(exp_o)))
    s.append(item("(a)", "staff and office costs of USD %s, representing the field and project staff and "
                         "premises directly attributable to projects;" % fmt(expend[0][2])))
    s.append(item("(b)", "transportation and assistance to migrants of USD %s, the largest single category, "
                         "which comprised in particular:" % fmt(expend[1][2])))
    s.append(item("(i)", "movement costs for some 92,000 refugees resettled to third countries; and", 2))
    s.append(item("(ii)", "return assistance, including reintegration grants, for persons returning to "
                          "Afghanistan, Iraq and countries of the Western Balkans;", 2))
    s.append(item("(c)", "other direct project costs of USD %s, covering implementing partners, contractual "
                         "services, equipment and the out-of-country voting programmes carried out during the "
                         "year." % fmt(expend[2][2])))
    s.append(Spacer(1, 4))
    s.append(P(10, "The excess of income over expenditure on the Operational Part, USD %s, relates largely to "
                   "interest and miscellaneous income that had not yet been allocated to projects at the close "
                   "of the year; it brings the operational fund balance to USD %s. The Organization also "
                   "maintains a provision for staff termination liabilities, which stood at USD %s at the year "
                   "end (Statement I, note 7) and is fully funded from the long-term investments shown in the "
                   "same statement." % (fmt(exc_o), fmt(end_o), fmt(stl4))))
    s.append(head("IV", "ASSESSED CONTRIBUTIONS OUTSTANDING"))
    s.append(P(11, "As at 31 December 2004, assessed contributions outstanding amounted to CHF %s, owed by %d "
                   "Member States, of which CHF %s related to 2003 and prior years (Schedule 1). Payments "
                   "received from several Member States in the last weeks of the year reduced the total by some "
                   "CHF 1.1 million compared with the position reported to the Executive Committee in "
                   "June 2004." % (fmt(s_tot), len(sched), fmt(s_prior))))
    s.append(P(12, "At the end of the year, 14 Member States were in arrears in the payment of their "
                   "contributions to the Administrative Part of the Budget to such an extent that Article 4 of "
                   "the Constitution was applicable to them. Three of them have agreed payment plans with the "
                   "Administration in accordance with Resolution No. 1077 (LXXXIV) of 4 December 2002, and the "
                   "first instalments have been received. The Director General again urges all Member States "
                   "concerned to settle their arrears, or to enter into a payment plan, as soon as possible."))
    s.append(head("V", "ACTION REQUESTED OF THE COUNCIL"))
    s.append(P(13, "The Council is invited to take note of this report, to approve the financial statements for "
                   "the year ended 31 December 2004, and to endorse the proposed use of the excess of income over "
                   "expenditure of the Administrative Part set out in paragraph 5."))
    return s


# ------------------------------------------------------------------ statements
def statement_head(label, title_lines, unit):
    return [Paragraph(label, SLABEL),
            Paragraph("<br/>".join(title_lines), STITLE),
            Paragraph(unit, SUNIT)]


def statement_one():
    data, style, r = [], [], 0
    cw = [255, 45, 85, 85]

    def add(cells, kind=None, indent=0):
        nonlocal r
        data.append(cells)
        if indent:
            style.append(("LEFTPADDING", (0, r), (0, r), 3 + indent))
        if kind == "group":
            style.append(("FONTNAME", (0, r), (0, r), "Times-Bold"))
        elif kind == "sub":
            style.append(("FONTNAME", (0, r), (0, r), "Times-Italic"))
        elif kind == "subtotal":
            style.append(("LINEABOVE", (2, r), (3, r), 0.5, "black"))
        elif kind == "total":
            style.append(("FONTNAME", (0, r), (-1, r), "Times-Bold"))
            style.append(("LINEABOVE", (2, r), (3, r), 0.5, "black"))
            style.append(("LINEBELOW", (2, r), (3, r), 1.2, "black"))
        elif kind == "gap":
            style.append(("FONTSIZE", (0, r), (-1, r), 6))
            style.append(("TOPPADDING", (0, r), (-1, r), 0))
            style.append(("BOTTOMPADDING", (0, r), (-1, r), 0))
        r += 1

    add(["", "Notes", "2004", "2003"])
    style.append(("FONTNAME", (0, 0), (-1, 0), "Times-Bold"))
    style.append(("LINEBELOW", (2, 0), (3, 0), 0.5, "black"))
    add(["", "", "", ""], "gap")
    add(["ASSETS", "", "", ""], "group")
    add(["", "", "", ""], "gap")
    add(["Current assets", "", "", ""], "sub")
    for lab, n, a, b in cur_assets:
        add([lab, n, fmt(a), fmt(b)], indent=12)
    add(["Total current assets", "", fmt(tca4), fmt(tca3)], "subtotal", indent=24)
    add(["", "", "", ""], "gap")
    add(["Non-current assets", "", "", ""], "sub")
    for lab, n, a, b in nc_assets:
        add([lab, n, fmt(a), fmt(b)], indent=12)
    add(["Total non-current assets", "", fmt(tnc4), fmt(tnc3)], "subtotal", indent=24)
    add(["", "", "", ""], "gap")
    add(["TOTAL ASSETS", "", fmt(ta4), fmt(ta3)], "total")
    add(["", "", "", ""], "gap")
    add(["", "", "", ""], "gap")
    add(["LIABILITIES AND RESERVES", "", "", ""], "group")
    add(["", "", "", ""], "gap")
    add(["Current liabilities", "", "", ""], "sub")
    for lab, n, a, b in cur_liab:
        add([lab, n, fmt(a), fmt(b)], indent=12)
    add(["Total current liabilities", "", fmt(tcl4), fmt(tcl3)], "subtotal", indent=24)
    add(["", "", "", ""], "gap")
    add(["Non-current liabilities", "", "", ""], "sub")
    for lab, n, a, b in nc_liab:
        add([lab, n, fmt(a), fmt(b)], indent=12)
    add(["Total non-current liabilities", "", fmt(tnl4), fmt(tnl3)], "subtotal", indent=24)
    add(["", "", "", ""], "gap")
    add(["Total liabilities", "", fmt(tl4), fmt(tl3)], "subtotal")
    add(["", "", "", ""], "gap")
    add(["Reserves and fund balances", "", "", ""], "sub")
    add(["Administrative Part of the Budget", "", fmt(end_a), fmt(beg_a)], indent=12)
    add(["Operational Part of the Budget", "", fmt(end_o), fmt(beg_o)], indent=12)
    add(["Total reserves and fund balances", "", fmt(res4), fmt(res3)], "subtotal", indent=24)
    add(["", "", "", ""], "gap")
    add(["TOTAL LIABILITIES AND RESERVES", "", fmt(tl4 + res4), fmt(tl3 + res3)], "total")

    base = [("FONTNAME", (0, 0), (-1, -1), "Times-Roman"), ("FONTSIZE", (0, 0), (-1, -1), 10),
            ("ALIGN", (1, 0), (1, -1), "CENTER"), ("ALIGN", (2, 0), (-1, -1), "RIGHT"),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]
    t = Table(data, colWidths=cw, hAlign="CENTER")
    t.setStyle(TableStyle(base + style))
    out = statement_head("STATEMENT I", ["STATEMENT OF ASSETS, LIABILITIES AND RESERVES",
                                         "AS AT 31 DECEMBER 2004"], "(in US dollars)")
    return out + [t]


def statement_two():
    cw = [163, 72, 72, 72, 72]
    hdr = [Paragraph("", CHL), Paragraph("Administrative<br/>Part", CH), Paragraph("Operational<br/>Part", CH),
           Paragraph("Total<br/>2004", CH), Paragraph("Total<br/>2003*", CH)]
    data, style, r = [hdr], [("LINEBELOW", (1, 0), (-1, 0), 0.5, "black")], 1

    def add(cells, kind=None, indent=0):
        nonlocal r
        data.append(cells)
        if indent:
            style.append(("LEFTPADDING", (0, r), (0, r), 3 + indent))
        if kind == "group":
            style.append(("FONTNAME", (0, r), (0, r), "Times-Bold"))
        elif kind == "subtotal":
            style.append(("LINEABOVE", (1, r), (-1, r), 0.5, "black"))
        elif kind == "total":
            style.append(("FONTNAME", (0, r), (-1, r), "Times-Bold"))
            style.append(("LINEABOVE", (1, r), (-1, r), 0.5, "black"))
            style.append(("LINEBELOW", (1, r), (-1, r), 1.2, "black"))
        elif kind == "gap":
            style.append(("FONTSIZE", (0, r), (-1, r), 6))
            style.append(("TOPPADDING", (0, r), (-1, r), 0))
            style.append(("BOTTOMPADDING", (0, r), (-1, r), 0))
        r += 1

    def wrap(lab):
        return Paragraph(lab, CELL) if stringWidth(lab, "Times-Roman", 10) > 140 else lab

    def row(lab, a, o, p):
        tot = None if a is None and o is None else (a or 0) + (o or 0)
        return [lab, fmt(a), fmt(o), fmt(tot), fmt(p)]

    add(["", "", "", "", ""], "gap")
    add(["INCOME", "", "", "", ""], "group")
    for lab, a, o, p in income:
        add(row(wrap(lab), a, o, p), indent=12)
    add(row("Total income", inc_a, inc_o, inc_p), "subtotal", indent=24)
    add(["", "", "", "", ""], "gap")
    add(["", "", "", "", ""], "gap")
    add(["EXPENDITURE", "", "", "", ""], "group")
    for lab, a, o, p in expend:
        add(row(wrap(lab), a, o, p), indent=12)
    add(row("Total expenditure", exp_a, exp_o, exp_p), "subtotal", indent=24)
    add(["", "", "", "", ""], "gap")
    add(["", "", "", "", ""], "gap")
    add(row(Paragraph("<b>Excess (shortfall) of income over expenditure</b>", CELL), exc_a, exc_o, exc_p),
        "subtotal")
    add(["", "", "", "", ""], "gap")
    add(row("Fund balances at beginning of year", beg_a, beg_o, beg_p))
    add(["", "", "", "", ""], "gap")
    add(row("FUND BALANCES AT END OF YEAR", end_a, end_o, beg_t), "total")

    base = [("FONTNAME", (0, 0), (-1, -1), "Times-Roman"), ("FONTSIZE", (0, 0), (-1, -1), 10),
            ("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
    t = Table(data, colWidths=cw, hAlign="CENTER")
    t.setStyle(TableStyle(base + style))
    out = statement_head("STATEMENT II", ["STATEMENT OF INCOME AND EXPENDITURE",
                                          "FOR THE YEAR ENDED 31 DECEMBER 2004"], "(in US dollars)")
    note = Paragraph("* Restated to conform to the presentation adopted for 2004; the provision for doubtful "
                     "contributions was shown under staff and office costs in document MC/2140.", TNOTE)
    return out + [t, Spacer(1, 14), note]


def schedule_one():
    cw = [175, 95, 95, 95]
    hdr = [Paragraph("Member State", CHL),
           Paragraph("Outstanding for 2003 and prior years", CH),
           Paragraph("Outstanding for 2004", CH),
           Paragraph("Total outstanding as at 31.12.2004", CH)]
    data = [hdr, ["", "", "", ""]]
    style = [("LINEBELOW", (0, 0), (-1, 0), 0.5, "black"),
             ("FONTSIZE", (0, 1), (-1, 1), 4), ("TOPPADDING", (0, 1), (-1, 1), 0),
             ("BOTTOMPADDING", (0, 1), (-1, 1), 0)]
    for name, p, c in sched:
        data.append([name, fmt(p), fmt(c), fmt((p or 0) + c)])
    data.append(["", "", "", ""])
    r = len(data) - 1
    style += [("FONTSIZE", (0, r), (-1, r), 4), ("TOPPADDING", (0, r), (-1, r), 0),
              ("BOTTOMPADDING", (0, r), (-1, r), 0)]
    data.append(["Total", fmt(s_prior), fmt(s_cur), fmt(s_tot)])
    r = len(data) - 1
    style += [("FONTNAME", (0, r), (-1, r), "Times-Bold"), ("LINEABOVE", (1, r), (-1, r), 0.5, "black"),
              ("LINEBELOW", (1, r), (-1, r), 1.2, "black")]
    base = [("FONTNAME", (0, 0), (-1, -1), "Times-Roman"), ("FONTSIZE", (0, 0), (-1, -1), 10),
            ("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("TOPPADDING", (0, 0), (-1, -1), 1.6), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6)]
    t = Table(data, colWidths=cw, hAlign="CENTER")
    t.setStyle(TableStyle(base + style))
    out = statement_head("SCHEDULE 1", ["STATUS OF ASSESSED CONTRIBUTIONS OUTSTANDING",
                                        "FROM MEMBER STATES AS AT 31 DECEMBER 2004"], "(in Swiss francs)")
    return out + [t]


# ------------------------------------------------------------------ cover
CONTENTS = [
    ("I.", "INTRODUCTION", "1", 0),
    ("II.", "ADMINISTRATIVE PART OF THE BUDGET", "1", 0),
    ("III.", "OPERATIONAL PART OF THE BUDGET AND PROJECT-RELATED OVERHEAD INCOME", "2", 0),
    ("IV.", "ASSESSED CONTRIBUTIONS OUTSTANDING", "3", 0),
    ("V.", "ACTION REQUESTED OF THE COUNCIL", "3", 0),
    ("", "FINANCIAL STATEMENTS", "4", 0),
    ("", "Statement I \u2013 Statement of assets, liabilities and reserves as at 31 December 2004", "4", 1),
    ("", "Statement II \u2013 Statement of income and expenditure for the year ended 31 December 2004", "5", 1),
    ("", "Schedule 1 \u2013 Status of assessed contributions outstanding from Member States as at "
         "31 December 2004", "6", 1),
]


def leader(c, x_from, x_to, y, font="Times-Roman", size=11):
    dot = stringWidth(".", font, size)
    start = x_from + 4
    end = x_to - 6
    n = int((end - start) / (dot * 1.6))
    c.setFont(font, size)
    for i in range(n):
        c.drawString(end - (n - i) * dot * 1.6, y, ".")


def draw_cover(c, doc):
    c.saveState()
    c.setFont("Times-Bold", 12)
    xr = W - RM
    y = H - 60
    c.drawRightString(xr, y, SYMBOL)
    c.setFont("Times-Roman", 11.5)
    c.drawRightString(xr, y - 15, "Original: English")
    c.drawRightString(xr, y - 30, "12 May 2005")
    c.setFont("Times-Bold", 11.5)
    c.drawString(LM, y - 62, "NINETIETH SESSION")
    c.setLineWidth(0.8)
    c.line(LM, y - 72, W - RM, y - 72)
    c.setFont("Times-Bold", 13)
    c.drawCentredString(W / 2, y - 128, "FINANCIAL REPORT FOR THE YEAR")
    c.drawCentredString(W / 2, y - 146, "ENDED 31 DECEMBER 2004")
    # contents
    yc = y - 215
    c.setFont("Times-Bold", 11.5)
    c.drawCentredString(W / 2, yc, "CONTENTS")
    c.setFont("Times-Roman", 11)
    c.drawRightString(xr, yc - 24, "Page")
    yy = yc - 46
    size = 11
    for lab, text, page, lvl in CONTENTS:
        x0 = LM + (36 if lvl else 0)
        xt = x0 + (36 if lab else 0)
        if lvl == 0 and not lab:
            yy -= 6
        font = "Times-Roman"
        maxw = xr - 40 - xt
        lines = simpleSplit(text, font, size, maxw)
        c.setFont(font, size)
        if lab:
            c.drawString(x0, yy, lab)
        for i, ln in enumerate(lines):
            c.drawString(xt, yy, ln)
            if i == len(lines) - 1:
                leader(c, xt + stringWidth(ln, font, size), xr - stringWidth(page, font, size), yy)
                c.drawRightString(xr, yy, page)
                yy -= 20
            else:
                yy -= 13.5
    # cover note
    c.setFont("Times-Roman", 11)
    c.drawString(LM, 150, "__________")
    note = ("This document is submitted to the Executive Committee at its Hundred and third Session in "
            "June 2005 and, with the report of the External Auditors, to the Council at its Ninetieth Session.")
    ty = 132
    for ln in simpleSplit(note, "Times-Roman", 11, TW):
        c.drawString(LM, ty, ln)
        ty -= 13.5
    # trilingual footer
    c.setFont("Times-Bold", 10)
    c.drawString(LM, 48, "COUNCIL")
    c.drawCentredString(W / 2, 48, "CONSEIL")
    c.drawRightString(W - RM, 48, "CONSEJO")
    c.restoreState()


# ------------------------------------------------------------------ doc template with footnotes
class Doc(BaseDocTemplate):
    def __init__(self, fn_pages, **kw):
        BaseDocTemplate.__init__(self, OUT, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM,
                                 bottomMargin=BM, title="Financial report for the year ended 31 December 2004",
                                 author="IOM", **kw)
        self.fn_pages = fn_pages          # page -> [markers] (from the previous pass)
        self.found = {}                   # page -> [markers] (this pass)
        cover = PageTemplate("cover", [Frame(LM, BM, TW, H - TM - BM, id="c")], onPage=draw_cover)
        body = PageTemplate("body", [Frame(LM, BM, TW, H - TM - BM, id="b")], onPage=self.draw_body)
        self.addPageTemplates([cover, body])

    def fn_height(self, page):
        marks = self.fn_pages.get(page, [])
        if not marks:
            return 0
        h = 22
        for m in marks:
            p = Paragraph(sup(m) + " " + FOOTNOTES[m], FOOT)
            h += p.wrap(TW, 500)[1] + 4
        return h

    def handle_pageBegin(self):
        nxt = self.page + 1
        if nxt > 1:
            reserve = self.fn_height(nxt)
            self.pageTemplates[1].frames = [Frame(LM, BM + reserve, TW, H - TM - BM - reserve, id="b%d" % nxt)]
        BaseDocTemplate.handle_pageBegin(self)

    def afterFlowable(self, f):
        fns = getattr(f, "_fns", None)
        if fns:
            self.found.setdefault(self.page, []).extend(fns)

    def draw_body(self, c, doc):
        c.saveState()
        c.setFont("Times-Roman", 11)
        c.drawRightString(W - RM, H - 50, SYMBOL)
        c.drawRightString(W - RM, H - 63, "Page %d" % (doc.page - 1))
        marks = self.fn_pages.get(doc.page, [])
        if marks:
            y = BM + self.fn_height(doc.page) - 10
            c.setFont("Times-Roman", 11)
            c.drawString(LM, y, "__________")
            y -= 8
            for m in marks:
                p = Paragraph(sup(m) + " " + FOOTNOTES[m], FOOT)
                _, ph = p.wrap(TW, 500)
                y -= ph
                p.drawOn(c, LM, y)
                y -= 4
        c.restoreState()


def story():
    s = [NextPageTemplate("body"), PageBreak()]
    s += narrative()
    s += [PageBreak()] + statement_one()
    s += [PageBreak()] + statement_two()
    s += [PageBreak()] + schedule_one()
    return s


def build():
    fn_pages = {}
    for _ in range(6):
        d = Doc(fn_pages)
        d.build(story())
        if d.found == fn_pages:
            break
        fn_pages = d.found
    else:
        raise RuntimeError("footnote placement did not settle")
    print("footnotes on pages:", fn_pages, "pages:", d.page)
    print("schedule total CHF", fmt(s_tot), "prior", fmt(s_prior))


if __name__ == "__main__":
    build()
