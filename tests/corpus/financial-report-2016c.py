"""Draw financial-report-2016c.pdf: IOM Council document C/107/3 (2016),
Financial report for the year ended 31 December 2015, with fpdf2."""
import os
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "financial-report-2016c.pdf")
FONTDIR = "/usr/share/fonts/truetype/dejavu/"

SYMBOL = "C/107/3"
TITLE = "FINANCIAL REPORT FOR THE YEAR ENDED 31 DECEMBER 2015"
LEFT = 22
RIGHT = 22
LH = 4.6          # body line height (mm)
INDENT = 12       # first-line indent after a paragraph number
FN_LH = 3.9

# --------------------------------------------------------------------------
# Body content. Segments: plain strings, or ("fn", n) for a footnote marker.
# --------------------------------------------------------------------------
FOOTNOTES = {
    1: "IPSAS are issued by the International Public Sector Accounting Standards Board, an "
       "independent standard-setting body; most organizations of the United Nations system "
       "report under them.",
    2: "The Administrative Part of the Budget is approved and assessed in Swiss francs, while the "
       "financial statements are presented in US dollars. Contributions are converted at the "
       "United Nations operational rate of exchange in force on the date they are recognized.",
}

BODY = [
    ("title", TITLE),
    ("head", "I.", "INTRODUCTION"),
    ("para", 1, ["The Director General has the honour to submit to the Council the financial report "
                 "of the International Organization for Migration (IOM) for the year ended "
                 "31 December 2015. The report is issued under the Financial Regulations of the "
                 "Organization; the opinion of the External Auditor on the financial statements is "
                 "contained in a separate report (C/107/4)."]),
    ("para", 2, ["The financial statements were prepared on a full accrual basis in conformity with "
                 "the International Public Sector Accounting Standards (IPSAS),", ("fn", 1),
                 " which IOM has applied since 1 January 2012. Unless another unit is indicated, "
                 "amounts in this overview and in the statements below are expressed in thousands "
                 "of US dollars."]),
    ("para", 3, ["Only the two primary statements are reproduced in this document: the statement of "
                 "financial position (Statement I) and the statement of financial performance "
                 "(Statement II). The statement of changes in net assets, the cash flow statement, "
                 "the comparison of budget and actual amounts and the notes to the statements have "
                 "been posted for Member States on the IOM extranet."]),
    ("head", "II.", "FINANCIAL HIGHLIGHTS OF 2015"),
    ("para", 4, ["Demand for the services of the Organization climbed steeply in 2015, above all "
                 "because of the large movements of refugees and migrants across the Mediterranean "
                 "and along the Western Balkans route, and because of protracted crises in the "
                 "Syrian Arab Republic, Iraq, Yemen and South Sudan. Total revenue came to "
                 "USD 1,565.9 million, up from USD 1,343.1 million in 2014, a rise of "
                 "16.6 per cent."]),
    ("para", 5, ["The main movements of the year may be summed up as follows:"]),
    ("bullets", [
        "voluntary contributions grew by 17.6 per cent to USD 1,482.9 million and made up "
        "94.7 per cent of total revenue;",
        "total expenses went up by 14.7 per cent to USD 1,546.8 million, chiefly under contractual "
        "services and direct assistance to beneficiaries;",
        "the year ended with a surplus of USD 19.1 million, whereas 2014 had closed with a deficit "
        "of USD 5.4 million; and",
        "net assets rose from USD 289.7 million to USD 308.8 million.",
    ]),
    ("para", 6, ["The surplus is largely the result of timing: revenue under multi-year agreements is "
                 "recognized when the agreements are signed, while the related expenses are incurred "
                 "over the life of the projects. The greater part of the surplus is therefore already "
                 "committed to activities to be carried out in 2016 and beyond, and it cannot be "
                 "regarded as money available for general purposes."]),
    ("pagebreak",),
    ("head", "III.", "ADMINISTRATIVE PART OF THE BUDGET"),
    ("para", 7, ["The Council approved the Administrative Part of the Budget for 2015 at "
                 "CHF 45,091,000 in Resolution No. 1291 of 26 November 2014, on the basis of the "
                 "Programme and Budget for 2015 (MC/2414). Actual expenditure came to "
                 "CHF 45,006,000. The unspent balance of CHF 85,000 will be credited to Member "
                 "States as the Financial Regulations provide."]),
    ("para", 8, ["Assessed contributions recognized as revenue totalled USD 48.7 million in 2015, "
                 "against USD 50.2 million the year before.", ("fn", 2),
                 " The lower figure stems from exchange rate movements between the Swiss franc and "
                 "the US dollar, not from any change in the amounts assessed on Member States."]),
    ("para", 9, ["Assessed contributions outstanding at the end of the year amounted to "
                 "CHF 5,238,000 (2014: CHF 5,914,000), of which CHF 2,467,000 was owed by Member "
                 "States subject to Article 4 of the Constitution. The Administration continues to "
                 "urge those States to pay their arrears or to conclude payment plans."]),
    ("head", "IV.", "OPERATIONAL PART OF THE BUDGET"),
    ("para", 10, ["Expenses under the Operational Part of the Budget, which is financed by voluntary "
                  "contributions earmarked for specific projects, reached USD 1,491.6 million, or "
                  "96.4 per cent of total expenses. More than 2,400 projects were active during the "
                  "year in over 150 country offices."]),
    ("para", 11, ["Movement, emergency and post-crisis migration management remained the largest "
                  "field of activity, with 43 per cent of operational expenses, ahead of migration "
                  "health (12 per cent) and immigration and border management (9 per cent). The "
                  "Revision of the Programme and Budget for 2015 (C/106/6) had foreseen a lower level "
                  "of activity; the gap is explained mainly by the emergency appeals launched in the "
                  "second half of the year."]),
    ("para", 12, ["Operational Support Income earned on projects amounted to USD 91.7 million "
                  "(2014: USD 78.9 million). Following the guidance of the Council, USD 7.2 million "
                  "of the income above the budgeted level was transferred to reserves, which stood "
                  "at USD 84.5 million at the year-end."]),
    ("head", "V.", "CASH, INVESTMENTS AND LIABILITIES"),
    ("para", 13, ["Cash, cash equivalents and short-term investments totalled USD 698.6 million at "
                  "31 December 2015 (2014: USD 641.3 million). These balances are made up almost "
                  "entirely of funds received from donors in advance of project implementation, as "
                  "shown by deferred revenue of USD 604.8 million."]),
    ("para", 14, ["Employee benefit liabilities, covering after-service health insurance and "
                  "repatriation entitlements, increased to USD 91.3 million. Proposals on the "
                  "funding of these liabilities will be put to the Standing Committee on Programmes "
                  "and Finance in the autumn of 2016. Borrowings, which relate to the interest-free "
                  "loan for the Headquarters building, fell to USD 22.2 million after the scheduled "
                  "repayments."]),
    ("head", "VI.", "CONCLUDING REMARKS"),
    ("para", 15, ["The Director General is grateful to Member States and to all other donors for the "
                  "trust and support that allowed the Organization to meet the demands of an "
                  "exceptional year. He also thanks the External Auditor and the Audit and Oversight "
                  "Advisory Committee for their work."]),
    ("para", 16, ["The Council is invited to approve the financial report for the year ended "
                  "31 December 2015."]),
]

# --------------------------------------------------------------------------
# Statements (figures in thousands of US dollars)
# --------------------------------------------------------------------------
ASSETS = [
    ("Cash and cash equivalents", 512364, 468910),
    ("Short-term investments", 186250, 172400),
    ("Contributions receivable", 305718, 281542),
    ("Other receivables", 41627, 38905),
    ("Prepayments", 18482, 16237),
    ("Property, plant and equipment", 59310, 54876),
    ("Intangible assets", 4126, 3590),
]
LIABILITIES = [
    ("Deferred revenue", 604821, 552318),
    ("Accounts payable and accrued liabilities", 73945, 69204),
    ("Employee benefit liabilities", 91268, 84713),
    ("Borrowings", 22150, 24600),
    ("Other liabilities", 26906, 15922),
]
NET_ASSETS = [
    ("Accumulated surplus", 224275, 212398),
    ("Reserves", 84512, 77305),
]
REVENUE = [
    ("Voluntary contributions", 1482906, 1261440),
    ("Assessed contributions", 48731, 50162),
    ("In-kind contributions", 21574, 19803),
    ("Interest and investment income", 3218, 2975),
    ("Other revenue", 9462, 8691),
]
EXPENSES = [
    ("Staff and personnel costs", 512840, 468215),
    ("Contractual services", 528117, 442906),
    ("Travel", 63295, 58410),
    ("Assistance to beneficiaries", 296483, 250618),
    ("General operating expenses", 131962, 115287),
    ("Depreciation and amortization", 9874, 9102),
    ("Other expenses", 4236, 3981),
]


def tot(rows):
    return (sum(r[1] for r in rows), sum(r[2] for r in rows))


TA, TL, TN = tot(ASSETS), tot(LIABILITIES), tot(NET_ASSETS)
TR, TE = tot(REVENUE), tot(EXPENSES)
SURPLUS = (TR[0] - TE[0], TR[1] - TE[1])
assert TA == (TL[0] + TN[0], TL[1] + TN[1])
assert TN[0] - TN[1] == SURPLUS[0]          # net assets move by the surplus

STATEMENTS = [
    ("Statement I \u2013 Statement of financial position as at 31 December 2015",
     [("group", "ASSETS")] + [("row",) + r for r in ASSETS] + [("total", "Total assets") + TA]
     + [("group", "LIABILITIES")] + [("row",) + r for r in LIABILITIES]
     + [("total", "Total liabilities") + TL]
     + [("group", "NET ASSETS")] + [("row",) + r for r in NET_ASSETS]
     + [("total", "Total net assets") + TN]
     + [("final", "TOTAL LIABILITIES AND NET ASSETS", TL[0] + TN[0], TL[1] + TN[1])]),
    ("Statement II \u2013 Statement of financial performance for the year ended 31 December 2015",
     [("group", "REVENUE")] + [("row",) + r for r in REVENUE] + [("total", "Total revenue") + TR]
     + [("group", "EXPENSES")] + [("row",) + r for r in EXPENSES]
     + [("total", "Total expenses") + TE]
     + [("final", "SURPLUS/(DEFICIT) FOR THE YEAR") + SURPLUS]),
]


def fmt(n):
    return "{:,}".format(n) if n >= 0 else "({:,})".format(-n)


class Doc(FPDF):
    def __init__(self):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.add_font("DV", "", FONTDIR + "DejaVuSans.ttf")
        self.add_font("DV", "B", FONTDIR + "DejaVuSans-Bold.ttf")
        self.add_font("DV", "I", FONTDIR + "DejaVuSans-Oblique.ttf")
        self.set_margins(LEFT, 20, RIGHT)
        self.set_auto_page_break(False)
        self.page_notes = {}   # page number -> list of footnote numbers

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DV", "", 9)
        self.set_xy(LEFT, 10)
        self.cell(self.epw, 4.2, SYMBOL, align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(self.epw, 4.2, "Page %d" % (self.page_no() - 1), align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.set_y(28)

    def footer(self):
        notes = self.page_notes.get(self.page_no(), [])
        if not notes:
            return
        # measure footnote block height, then draw it at the foot of the page
        self.set_font("DV", "", 8)
        blocks = []
        for n in notes:
            lines = self.multi_cell(self.epw - 5, FN_LH, FOOTNOTES[n], dry_run=True,
                                    output="LINES")
            blocks.append((n, len(lines)))
        height = sum(k for _, k in blocks) * FN_LH + 2 * (len(blocks) - 1)
        y = 297 - 13 - height
        self.set_line_width(0.2)
        self.line(LEFT, y - 3, LEFT + 50, y - 3)
        for n, k in blocks:
            self.set_xy(LEFT, y)
            self.char_vpos = "SUP"
            self.cell(5, FN_LH, str(n))
            self.char_vpos = "LINE"
            self.set_xy(LEFT + 5, y)
            self.multi_cell(self.epw - 5, FN_LH, FOOTNOTES[n], align="J")
            y += k * FN_LH + 2


def cover(pdf):
    pdf.add_page()
    pdf.set_font("DV", "B", 10)
    pdf.set_y(18)
    pdf.cell(pdf.epw, 5, SYMBOL, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 9.5)
    pdf.cell(pdf.epw, 5, "Original: English", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(pdf.epw, 5, "18 May 2016", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(95)
    pdf.set_font("DV", "B", 12)
    pdf.cell(pdf.epw, 6, "COUNCIL", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 11)
    pdf.cell(pdf.epw, 6, "107th Session", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(125)
    pdf.set_font("DV", "B", 13)
    pdf.cell(pdf.epw, 7, "FINANCIAL REPORT FOR THE YEAR ENDED", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.cell(pdf.epw, 7, "31 DECEMBER 2015", align="C", new_x="LMARGIN", new_y="NEXT")
    # cover note at the foot of the page, below a typed rule
    pdf.set_y(250)
    pdf.set_font("DV", "", 9)
    pdf.cell(pdf.epw, 4.5, "__________", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
    pdf.multi_cell(pdf.epw, 4.5,
                   "This document was first submitted to the Standing Committee on Programmes "
                   "and Finance at its Eighteenth Session, held on 28 and 29 June 2016, as "
                   "document S/18/4.", align="J")


def write_segments(pdf, segs, first_x):
    pdf.set_x(first_x)
    for s in segs:
        if isinstance(s, tuple):
            n = s[1]
            pdf.page_notes.setdefault(pdf.page_no(), []).append(n)
            pdf.set_font("DV", "", 9.5)
            pdf.char_vpos = "SUP"
            pdf.write(LH, str(n))
            pdf.char_vpos = "LINE"
            pdf.set_font("DV", "", 9.5)
        else:
            pdf.write(LH, s)
    pdf.ln(LH)


def body(pdf):
    pdf.add_page()
    for blk in BODY:
        t = blk[0]
        if t == "title":
            pdf.set_font("DV", "B", 11)
            pdf.cell(pdf.epw, 6, blk[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(5)
        elif t == "head":
            pdf.ln(2)
            pdf.set_font("DV", "B", 9.5)
            pdf.cell(INDENT, LH, blk[1])
            pdf.cell(pdf.epw - INDENT, LH, blk[2], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif t == "para":
            pdf.set_font("DV", "", 9.5)
            y = pdf.get_y()
            pdf.set_xy(LEFT, y)
            pdf.cell(INDENT, LH, "%d." % blk[1])
            pdf.set_xy(LEFT + INDENT, y)
            write_segments(pdf, blk[2], LEFT + INDENT)
            pdf.ln(3)
        elif t == "bullets":
            pdf.set_font("DV", "", 9.5)
            for b in blk[1]:
                y = pdf.get_y()
                pdf.set_xy(LEFT + INDENT, y)
                pdf.cell(6, LH, "\u2022")
                pdf.set_xy(LEFT + INDENT + 6, y)
                pdf.multi_cell(pdf.epw - INDENT - 6, LH, b, align="L",
                               new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.5)
            pdf.ln(1.5)
        elif t == "pagebreak":
            pdf.add_page()


def statement(pdf, title, rows):
    pdf.add_page()
    pdf.set_y(34)
    pdf.set_font("DV", "B", 9.5)
    pdf.cell(pdf.epw, 6, title, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 9.5)
    pdf.cell(pdf.epw, 5, "(in thousands of US dollars)", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    wl, wn = 100, 30
    x0 = LEFT + (pdf.epw - wl - 2 * wn) / 2
    rh = 6.2
    # column headings
    pdf.set_x(x0)
    pdf.set_font("DV", "B", 9.5)
    pdf.cell(wl, rh, "")
    pdf.cell(wn, rh, "2015", align="R")
    pdf.cell(wn, rh, "2014", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_line_width(0.3)
    pdf.line(x0, pdf.get_y(), x0 + wl + 2 * wn, pdf.get_y())
    pdf.ln(2)
    for r in rows:
        kind = r[0]
        pdf.set_x(x0)
        if kind == "group":
            pdf.ln(2)
            pdf.set_x(x0)
            pdf.set_font("DV", "B", 9.5)
            pdf.cell(wl, rh, r[1], new_x="LMARGIN", new_y="NEXT")
            continue
        bold = kind in ("total", "final")
        pdf.set_font("DV", "B" if bold else "", 9.5)
        y = pdf.get_y()
        if kind == "total":
            pdf.set_line_width(0.2)
            pdf.line(x0 + wl + 8, y, x0 + wl + wn, y)
            pdf.line(x0 + wl + wn + 8, y, x0 + wl + 2 * wn, y)
        if kind == "final":
            pdf.ln(3)
            pdf.set_x(x0)
            y = pdf.get_y()
            pdf.set_line_width(0.3)
            pdf.line(x0, y, x0 + wl + 2 * wn, y)
        if bold:
            pdf.cell(wl, rh, r[1])
        else:
            pdf.cell(5, rh, "")
            pdf.cell(wl - 5, rh, r[1])
        pdf.cell(wn, rh, fmt(r[2]), align="R")
        pdf.cell(wn, rh, fmt(r[3]), align="R", new_x="LMARGIN", new_y="NEXT")
        if kind == "final":
            y = pdf.get_y()
            pdf.line(x0, y, x0 + wl + 2 * wn, y)
            pdf.line(x0, y + 0.8, x0 + wl + 2 * wn, y + 0.8)


def main():
    pdf = Doc()
    pdf.set_title(TITLE)
    cover(pdf)
    body(pdf)
    for title, rows in STATEMENTS:
        statement(pdf, title, rows)
    pdf.output(OUT)
    print("pages:", pdf.page_no(), "->", OUT)


if __name__ == "__main__":
    main()
