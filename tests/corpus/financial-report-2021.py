"""Draws financial-report-2021.pdf: an invented IOM Financial Report for the year
ended 31 December 2020 (C/112/4), with reportlab."""

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Table, TableStyle
from reportlab.lib import colors
from reportlab.platypus import Paragraph
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_RIGHT
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

# The bullet is drawn from an embedded TrueType font so that every extractor maps it to U+2022
# (reportlab writes the standard-font bullet as code 127, which pdfminer cannot map).
pdfmetrics.registerFont(TTFont("Vera", "Vera.ttf"))

OUT = "financial-report-2021.pdf"
W, H = A4
LM = 70          # left margin (paragraph numbers hang here)
TX = 100         # text block starts here
RM = W - 70      # right margin
BOTTOM = 62      # lowest baseline for footnotes
TOP = H - 110    # first body baseline on pages with a running header

SYMBOL = "C/112/4"
BODY = "Helvetica"
BOLD = "Helvetica-Bold"
FS = 10.5
LEAD = 13.2
FN_FS = 8.5
FN_LEAD = 10.2
SUP_FS = 6.5

c = canvas.Canvas(OUT, pagesize=A4)
c.setTitle("Financial Report for the year ended 31 December 2020")
c.setAuthor("International Organization for Migration")

page_label = [None]   # current page label ("1", "2", ...) or None for the cover


# ---------------------------------------------------------------- helpers
def running_header(label):
    c.setFont(BOLD, 10)
    c.drawRightString(RM, H - 48, SYMBOL)
    c.setFont(BODY, 10)
    c.drawRightString(RM, H - 60, "Page %s" % label)


def split_word(w):
    """'(IPSAS),^1' -> ('(IPSAS),', '1')"""
    if "^" in w:
        a, b = w.split("^", 1)
        return a, b
    return w, ""


def word_width(w, font=BODY, size=FS):
    a, b = split_word(w)
    return stringWidth(a, font, size) + (stringWidth(b, font, SUP_FS) if b else 0)


def wrap(text, width, font=BODY, size=FS):
    words = text.split()
    lines, cur, curw = [], [], 0
    sp = stringWidth(" ", font, size)
    for w in words:
        ww = word_width(w, font, size)
        if cur and curw + sp + ww > width:
            lines.append(cur)
            cur, curw = [w], ww
        else:
            curw = curw + sp + ww if cur else ww
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


def draw_words(x, y, words, width, justify, font=BODY, size=FS):
    widths = [word_width(w, font, size) for w in words]
    sp = stringWidth(" ", font, size)
    if justify and len(words) > 1:
        sp = (width - sum(widths)) / (len(words) - 1)
    for w, ww in zip(words, widths):
        a, b = split_word(w)
        c.setFont(font, size)
        c.drawString(x, y, a)
        if b:
            c.setFont(font, SUP_FS)
            c.drawString(x + stringWidth(a, font, size), y + 4, b)
        x += ww + sp


def markers(words):
    return [split_word(w)[1] for w in words if split_word(w)[1]]


# ---------------------------------------------------------------- content
TITLE1 = "FINANCIAL REPORT FOR THE YEAR ENDED"
TITLE2 = "31 DECEMBER 2020"

FOOTNOTES = {
    "1": "IOM moved from the modified accrual basis of accounting to IPSAS with effect "
         "from 1 January 2012; the transition and its effects on the presentation of the "
         "accounts were described in document MC/2331.",
    "2": "These purchases were made for the most part under the IOM Strategic Preparedness "
         "and Response Plan for COVID-19 and were financed from earmarked contributions "
         "received for that purpose.",
    "3": "See the Status report on outstanding contributions to the Administrative Part of "
         "the Budget (S/28/4) and Resolution No. 1395 of 25 November 2020 on the payment "
         "of arrears in instalments.",
}

OVERVIEW = [
    ("runtitle", TITLE1 + " " + TITLE2),
    ("h1", "DIRECTOR GENERAL'S OVERVIEW"),
    ("h2", ["Introduction"]),
    ("para", "1",
     "The Director General has the honour to submit to the Council the financial report of "
     "the Organization for the year ended 31 December 2020. The financial statements have "
     "been audited by the External Auditor, whose opinion and report on the audit are "
     "presented separately in document C/112/5."),
    ("para", "2",
     "The statements have been prepared on a full accrual basis in accordance with the "
     "International Public Sector Accounting Standards (IPSAS),^1 as required by the "
     "Financial Regulations. They comprise a statement of financial position, a statement "
     "of financial performance, a statement of changes in net assets, a statement of cash "
     "flow and a statement of comparison of budget and actual amounts. The first three are "
     "reproduced at the end of this report; the notes to which their Notes column refers "
     "are published with the complete audited statements."),
    ("para", "3",
     "The year under review was dominated by the coronavirus disease (COVID-19) pandemic. "
     "Movement operations came to a near halt for several months, while the demand for "
     "health, shelter and camp management assistance and for support to stranded migrants "
     "rose sharply. This overview sets out how those developments affected revenue, "
     "expenses and the financial position of the Organization."),
    ("h2", ["Financial performance"]),
    ("para", "4",
     "Total revenue amounted to USD 2,139.5 million in 2020, compared with USD 2,136.7 "
     "million in 2019. Voluntary contributions, which are recognized when the conditions "
     "attached to them are met, remained by far the largest source of revenue at USD 2,016.8 "
     "million, or 94.3 per cent of the total. Assessed contributions to the Administrative "
     "Part of the Budget rose to USD 53.5 million (2019: USD 51.9 million), and in-kind "
     "contributions, mostly office premises made available by host governments, to USD 44.8 "
     "million."),
    ("para", "5",
     "Total expenses were USD 2,103.5 million, 1.9 per cent below the 2019 level of USD "
     "2,143.7 million. The overall figure conceals large shifts between activities: "
     "resettlement and other movement operations were largely suspended between March and "
     "August, whereas emergency and health programmes expanded in more than 80 countries."),
    ("para", "6", "The main changes in expenses by nature were the following:"),
    ("bullets", [
        "staff costs increased by USD 78.2 million to USD 732.4 million, mainly because "
        "additional personnel were engaged in field offices for the pandemic response;",
        "supplies and consumables rose from USD 169.6 million to USD 288.3 million, "
        "reflecting the procurement of medical items and personal protective equipment;^2",
        "travel expenses, which include the transportation of migrants and refugees, fell "
        "by more than half, to USD 139.2 million; and",
        "transfers and grants to implementing partners grew to USD 301.7 million "
        "(2019: USD 212.4 million).",
    ]),
    ("para", "7",
     "Investment income declined from USD 21.5 million to USD 9.1 million as interest rates "
     "on short-term deposits fell during the year. Net foreign exchange losses of USD 4.2 "
     "million, against gains of USD 1.9 million in 2019, arose mainly from the revaluation "
     "of bank balances held in currencies that weakened against the United States dollar."),
    ("para", "8",
     "The Organization therefore recorded a surplus of USD 31.8 million for 2020, whereas "
     "2019 closed with a deficit of USD 5.1 million (Statement II). Under IPSAS the surplus "
     "or deficit of a given year largely reflects differences in timing between the "
     "recognition of contributions and the incurring of the related expenses; it is not a "
     "measure of budget implementation, which is reported against the Programme and Budget "
     "in the statement of comparison of budget and actual amounts."),
    ("h2", ["Financial position and status of assessed contributions to the",
            "Administrative Part of the Budget"]),
    ("para", "9",
     "At 31 December 2020 total assets stood at USD 2,474.4 million (2019: USD 2,150.5 "
     "million). Cash, cash equivalents and investments together amounted to USD 1,608.5 "
     "million; the increase of USD 245.2 million is due chiefly to advance funding received "
     "from donors in the last quarter for programmes to be implemented in 2021, which is "
     "carried as deferred revenue until the conditions attached to it are met."),
    ("para", "10",
     "Total liabilities reached USD 2,121.7 million, of which deferred revenue represented "
     "USD 1,778.3 million. The liability for employee benefits, which includes after-service "
     "health insurance and repatriation entitlements, increased to USD 170.6 million, an "
     "actuarial valuation having applied a lower discount rate than in the previous year."),
    ("para", "11",
     "Assessed contributions outstanding at the end of the year amounted to CHF 4.2 million, "
     "owed by 17 Member States; nine of them had arrears equal to or exceeding the amount "
     "due for the two preceding full years.^3 The Director General is grateful to the Member "
     "States that have concluded payment plans and urges the others to settle their arrears "
     "or to contact the Administration to agree on a plan."),
    ("para", "12",
     "Net assets rose to USD 352.7 million (2019: USD 330.4 million), the surplus for the "
     "year being partly offset by actuarial losses of USD 9.5 million recognized directly in "
     "reserves. A transfer of USD 6.5 million was made from the accumulated surplus to the "
     "Operational Support Income reserve, bringing total reserves to USD 114.6 million "
     "(Statement III)."),
    ("h2", ["Outlook"]),
    ("para", "13",
     "The pandemic continues to weigh on operations in 2021. Voluntary contributions "
     "recognized in the first months of the year are in line with the estimates on which "
     "the Programme and Budget for 2021 (C/111/6) was based, but the resumption of "
     "resettlement movements remains uncertain and depends on travel restrictions that "
     "change frequently."),
    ("para", "14",
     "The Administration will continue to strengthen internal control and risk management "
     "and to replace the enterprise resource planning system, a project that should simplify "
     "the preparation of the financial statements from 2022."),
    ("para", "15",
     "The Director General thanks Member States and donors for their support during an "
     "exceptionally difficult year, and the staff for their dedication throughout it."),
]


# ---------------------------------------------------------------- cover
def cover():
    # header block
    c.setFont(BOLD, 13)
    c.drawRightString(RM, H - 70, SYMBOL)
    c.setFont(BODY, 10.5)
    c.drawRightString(RM, H - 86, "Original: English")
    c.drawRightString(RM, H - 100, "18 May 2021")
    c.setFont(BOLD, 12)
    c.drawCentredString(W / 2, H - 150, "COUNCIL")
    c.setFont(BODY, 11)
    c.drawCentredString(W / 2, H - 166, "112th Session")
    # title over two lines with a blank line between
    c.setFont(BOLD, 13)
    c.drawCentredString(W / 2, H - 250, TITLE1)
    t2w = stringWidth(TITLE2, BOLD, 13)
    c.drawCentredString(W / 2, H - 280, TITLE2)
    c.setFont(BOLD, 9)
    c.drawString(W / 2 + t2w / 2 + 0.5, H - 274, "*")

    # contents
    y = H - 350
    c.setFont(BOLD, 11)
    c.drawCentredString(W / 2, y, "CONTENTS")
    y -= 22
    c.setFont(BODY, 10)
    c.drawRightString(RM, y, "Page")
    y -= 20
    entries = [
        (0, "DIRECTOR GENERAL'S OVERVIEW", "1"),
        (1, "Introduction", "1"),
        (1, "Financial performance", "1"),
        (1, "Financial position and status of assessed contributions to the "
            "Administrative Part of the Budget", "2"),
        (1, "Outlook", "2"),
        (0, "FINANCIAL STATEMENTS", "3"),
        (1, "Statement I \u2013 Statement of financial position as at 31 December 2020", "3"),
        (1, "Statement II \u2013 Statement of financial performance for the year ended "
            "31 December 2020", "4"),
        (1, "Statement III \u2013 Statement of changes in net assets for the year ended "
            "31 December 2020", "5"),
    ]
    for lvl, text, pg in entries:
        x = LM + (22 if lvl else 0)
        font = BOLD if lvl == 0 else BODY
        if lvl == 0:
            y -= 6
        maxw = RM - 30 - x
        lines = wrap(text, maxw, font, 10)
        for i, ln in enumerate(lines):
            s = " ".join(ln)
            xx = x + (10 if i else 0)
            c.setFont(font, 10)
            c.drawString(xx, y, s)
            if i == len(lines) - 1:
                endx = xx + stringWidth(s, font, 10) + 4
                c.setFont(BODY, 10)
                dotw = stringWidth(".", BODY, 10)
                pgx = RM - stringWidth(pg, BODY, 10) - 4
                n = int((pgx - endx) / dotw)
                c.drawString(endx, y, "." * max(n, 3))
                c.drawRightString(RM, y, pg)
            y -= 14
        y -= 3

    # cover note under a short rule
    note = ("This document is submitted to the Standing Committee on Programmes and Finance "
            "at its Twenty-eighth Session in June 2021, for review before its consideration "
            "by the Council.")
    lines = wrap(note, RM - LM - 10, BODY, 9)
    yb = 70 + (len(lines) - 1) * 11
    c.setLineWidth(0.6)
    c.line(LM, yb + 16, LM + 110, yb + 16)
    c.setFont(BODY, 9)
    c.drawString(LM, yb, "*")
    for ln in lines:
        c.drawString(LM + 10, yb, " ".join(ln))
        yb -= 11
    c.showPage()


# ---------------------------------------------------------------- overview flow
class Flow:
    def __init__(self, first_page):
        self.page = first_page
        self.start_page()

    def start_page(self):
        running_header(self.page)
        self.y = TOP
        self.fns = []   # markers placed on this page

    def fn_height(self, fns):
        if not fns:
            return 0
        h = 14  # rule and gap
        for m in fns:
            h += len(wrap(FOOTNOTES[m], RM - LM - 12, BODY, FN_FS)) * FN_LEAD + 2
        return h

    def room(self, extra_fns=()):
        return self.y - (BOTTOM + self.fn_height(self.fns + list(extra_fns)))

    def finish_page(self):
        if self.fns:
            total = self.fn_height(self.fns)
            yy = BOTTOM + total - 6
            c.setLineWidth(0.6)
            c.line(LM, yy, LM + 110, yy)
            yy -= 12
            for m in self.fns:
                c.setFont(BODY, SUP_FS)
                c.drawString(LM, yy + 3, m)
                for ln in wrap(FOOTNOTES[m], RM - LM - 12, BODY, FN_FS):
                    c.setFont(BODY, FN_FS)
                    c.drawString(LM + 8, yy, " ".join(ln))
                    yy -= FN_LEAD
                yy -= 2
        c.showPage()
        self.page = str(int(self.page) + 1)

    def new_page(self):
        self.finish_page()
        self.start_page()

    def need(self, h):
        if self.room() < h:
            self.new_page()

    def lines_block(self, x, width, text, number=None, label=None, label_x=None):
        lines = wrap(text, width)
        for i, ln in enumerate(lines):
            ms = markers(ln)
            if self.room(ms) < LEAD:
                self.new_page()
            if i == 0 and number:
                c.setFont(BODY, FS)
                c.drawString(LM, self.y, number + ".")
            if i == 0 and label:
                c.setFont("Vera", FS)
                c.drawString(label_x, self.y, label)
            draw_words(x, self.y, ln, width, justify=(i < len(lines) - 1))
            self.fns += ms
            self.y -= LEAD

    def run(self, blocks):
        for kind, *rest in blocks:
            if kind == "runtitle":
                c.setFont(BODY, 10.5)
                c.drawCentredString(W / 2, self.y, rest[0])
                self.y -= 30
            elif kind == "h1":
                c.setFont(BOLD, 11.5)
                c.drawCentredString(W / 2, self.y, rest[0])
                self.y -= 26
            elif kind == "h2":
                lines = rest[0]
                self.need(len(lines) * LEAD + 3 * LEAD + 10)
                for ln in lines:
                    c.setFont(BOLD, FS)
                    c.drawString(LM, self.y, ln)
                    self.y -= LEAD
                self.y -= 8
            elif kind == "para":
                num, text = rest
                self.lines_block(TX, RM - TX, text, number=num)
                self.y -= 8
            elif kind == "bullets":
                for b in rest[0]:
                    self.lines_block(TX + 16, RM - TX - 16, b, label="\u2022", label_x=TX + 4)
                    self.y -= 4
                self.y -= 4
        self.finish_page()
        return self.page


# ---------------------------------------------------------------- statements
def fmt(v):
    if v is None:
        return "\u2013"
    if v < 0:
        return "(%s)" % format(-v, ",")
    return format(v, ",")


def statement(page, label, title, subtitle, header, rows, colw, notes=None, divider=None):
    """rows: (kind, label, notes, values) with kind in group, sub, item, total, grand."""
    running_header(page)
    y = TOP
    if divider:
        c.setFont(BOLD, 11.5)
        c.drawCentredString(W / 2, y, divider)
        y -= 34
    c.setFont(BOLD, 11)
    c.drawCentredString(W / 2, y, label)
    y -= 20
    c.setFont(BOLD, 11)
    c.drawCentredString(W / 2, y, title)
    y -= 15
    c.setFont(BODY, 10.5)
    c.drawCentredString(W / 2, y, subtitle)
    y -= 15
    c.setFont(BODY, 9.5)
    c.drawCentredString(W / 2, y, "(in thousands of US dollars)")
    y -= 12

    hstyle = ParagraphStyle("h", fontName=BOLD, fontSize=9, leading=11, alignment=TA_RIGHT)
    data = [[Paragraph(h.replace("\n", "<br/>").replace("^", "<super>") + "</super>", hstyle)
             if "^" in h else h for h in header]]
    style = [
        ("FONT", (0, 0), (-1, -1), BODY, 9),
        ("FONT", (0, 0), (-1, 0), BOLD, 9),
        ("ALIGN", (1, 0), (1, -1), "CENTER"),
        ("ALIGN", (2, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 1.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 4),
        ("TOPPADDING", (0, 1), (-1, 1), 6),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
    ]
    for i, (kind, lab, note, vals) in enumerate(rows, start=1):
        if kind in ("group", "sub"):
            data.append([lab, ""] + [""] * (len(header) - 2))
        else:
            indent = "   " if kind == "item" else ""
            data.append([lab, note or ""] + [fmt(v) for v in vals])
        if kind == "group":
            style += [("FONT", (0, i), (0, i), BOLD, 9)]
            if i > 1:
                style += [("TOPPADDING", (0, i), (-1, i), 11)]
        elif kind == "sub":
            style += [("FONT", (0, i), (0, i), "Helvetica-Oblique", 9)]
            if rows[i - 2][0] != "group":
                style += [("TOPPADDING", (0, i), (-1, i), 7)]
        elif kind == "item":
            style += [("LEFTPADDING", (0, i), (0, i), 12)]
        elif kind == "total":
            style += [("LINEABOVE", (2, i), (-1, i), 0.5, colors.black),
                      ("TOPPADDING", (0, i), (-1, i), 3)]
        elif kind == "balance":
            style += [("FONT", (0, i), (-1, i), BOLD, 9)]
        elif kind == "grand":
            style += [("FONT", (0, i), (-1, i), BOLD, 9),
                      ("LINEABOVE", (2, i), (-1, i), 0.5, colors.black),
                      ("LINEBELOW", (2, i), (-1, i), 1.2, colors.black),
                      ("TOPPADDING", (0, i), (-1, i), 7)]
    t = Table(data, colWidths=colw)
    t.setStyle(TableStyle(style))
    tw, th = t.wrapOn(c, RM - LM, y - BOTTOM)
    t.drawOn(c, LM, y - th)
    y = y - th - 14
    if notes:
        for m, text in notes:
            c.setFont(BODY, SUP_FS)
            c.drawString(LM, y + 3, m)
            for ln in wrap(text, RM - LM - 10, BODY, FN_FS):
                c.setFont(BODY, FN_FS)
                c.drawString(LM + 7, y, " ".join(ln))
                y -= FN_LEAD
    c.showPage()


HDR2 = ["", "Notes", "31 December\n2020", "31 December\n2019"]
CW2 = [235, 40, 90, 90]

SFP = [
    ("group", "ASSETS", None, None),
    ("sub", "Current assets", None, None),
    ("item", "Cash and cash equivalents", "3", (1146382, 1012745)),
    ("item", "Short-term investments", "3", (402110, 350500)),
    ("item", "Contributions receivable", "4", (614205, 557830)),
    ("item", "Other receivables", "5", (38642, 41917)),
    ("item", "Inventories", "6", (21874, 9366)),
    ("item", "Prepayments", None, (17903, 15284)),
    ("total", "Total current assets", None, (2241116, 1987642)),
    ("sub", "Non-current assets", None, None),
    ("item", "Contributions receivable", "4", (96540, 88120)),
    ("item", "Long-term investments", "3", (60000, None)),
    ("item", "Property, plant and equipment", "7", (74318, 71596)),
    ("item", "Intangible assets", "8", (2416, 3109)),
    ("total", "Total non-current assets", None, (233274, 162825)),
    ("grand", "TOTAL ASSETS", None, (2474390, 2150467)),
    ("group", "LIABILITIES", None, None),
    ("sub", "Current liabilities", None, None),
    ("item", "Accounts payable and accruals", "9", (132847, 118530)),
    ("item", "Deferred revenue", "10", (1681729, 1418677)),
    ("item", "Employee benefits", "11", (18932, 16204)),
    ("item", "Borrowings", "12", (1950, 1890)),
    ("item", "Provisions", "13", (6105, 3746)),
    ("total", "Total current liabilities", None, (1841563, 1559047)),
    ("sub", "Non-current liabilities", None, None),
    ("item", "Deferred revenue", "10", (96540, 88120)),
    ("item", "Employee benefits", "11", (151673, 139058)),
    ("item", "Borrowings", "12", (31880, 33830)),
    ("total", "Total non-current liabilities", None, (280093, 261008)),
    ("grand", "TOTAL LIABILITIES", None, (2121656, 1820055)),
    ("group", "NET ASSETS", None, None),
    ("item", "Accumulated surplus", None, (238133, 212787)),
    ("item", "Reserves", "14", (114601, 117625)),
    ("grand", "TOTAL NET ASSETS", None, (352734, 330412)),
    ("grand", "TOTAL LIABILITIES AND NET ASSETS", None, (2474390, 2150467)),
]

SFPERF = [
    ("group", "REVENUE", None, None),
    ("item", "Voluntary contributions", "15", (2016774, 2005391)),
    ("item", "Assessed contributions", "15", (53498, 51879)),
    ("item", "In-kind contributions", "15", (44806, 38112)),
    ("item", "Other revenue", "16", (15327, 19844)),
    ("item", "Investment income", "3", (9112, 21470)),
    ("grand", "TOTAL REVENUE", None, (2139517, 2136696)),
    ("group", "EXPENSES", None, None),
    ("item", "Staff costs", "17", (732415, 654230)),
    ("item", "Contractual services", "17", (548902, 601117)),
    ("item", "Transfers and grants to implementing partners", "17", (301674, 212448)),
    ("item", "Travel", "17", (139208, 327905)),
    ("item", "Supplies and consumables", "17", (288316, 169582)),
    ("item", "Depreciation and amortization", "7, 8", (9877, 10254)),
    ("item", "Finance costs", "12", (1093, 1207)),
    ("item", "Other expenses", "17", (81976, 166944)),
    ("grand", "TOTAL EXPENSES", None, (2103461, 2143687)),
    ("item", "Net foreign exchange (losses)/gains", "18", (-4210, 1873)),
    ("grand", "SURPLUS/(DEFICIT) FOR THE YEAR", None, (31846, -5118)),
]

HDR3 = ["", "Notes", "Accumulated\nsurplus", "Reserves", "Total\nnet assets"]
CW3 = [205, 34, 72, 72, 72]

SCNA = [
    ("balance", "NET ASSETS AT 31 DECEMBER 2018", None, (221905, 116475, 338380)),
    ("sub", "Movements in 2019", None, None),
    ("item", "Deficit for the year", None, (-5118, None, -5118)),
    ("item", "Actuarial losses on employee benefits", "11", (None, -2850, -2850)),
    ("item", "Transfers to reserves", "14", (-4000, 4000, None)),
    ("total", "Total movements in 2019", None, (-9118, 1150, -7968)),
    ("grand", "NET ASSETS AT 31 DECEMBER 2019", None, (212787, 117625, 330412)),
    ("sub", "Movements in 2020", None, None),
    ("item", "Surplus for the year", None, (31846, None, 31846)),
    ("item", "Actuarial losses on employee benefits", "11", (None, -9524, -9524)),
    ("item", "Transfers to reserves", "14", (-6500, 6500, None)),
    ("total", "Total movements in 2020", None, (25346, -3024, 22322)),
    ("grand", "NET ASSETS AT 31 DECEMBER 2020", None, (238133, 114601, 352734)),
]


def check():
    def tot(rows, a, b):
        return [sum(r[3][k] or 0 for r in rows[a:b] if r[0] == "item") for k in (0, 1)]
    assert tot(SFP, 2, 8) == list(SFP[8][3])
    assert tot(SFP, 10, 14) == list(SFP[14][3])
    assert tot(SFP, 18, 23) == list(SFP[23][3])
    assert tot(SFP, 25, 28) == list(SFP[28][3])
    assert tot(SFPERF, 1, 6) == list(SFPERF[6][3])
    assert tot(SFPERF, 8, 16) == list(SFPERF[16][3])
    for k in (0, 1):
        assert SFPERF[6][3][k] - SFPERF[16][3][k] + SFPERF[17][3][k] == SFPERF[18][3][k]
        assert SFP[15][3][k] - SFP[29][3][k] == SFP[33][3][k]
    for r in SCNA:
        if r[3]:
            a, b, t = [v or 0 for v in r[3]]
            assert a + b == t, r


check()
cover()
nxt = Flow("1").run(OVERVIEW)
# Statement III carries a table note on its Reserves column heading
HDR3[3] = "Reserves^a"
statement(nxt, "Statement I", "STATEMENT OF FINANCIAL POSITION", "as at 31 December 2020",
          HDR2, SFP, CW2, divider="FINANCIAL STATEMENTS")
statement(str(int(nxt) + 1), "Statement II", "STATEMENT OF FINANCIAL PERFORMANCE",
          "for the year ended 31 December 2020", HDR2, SFPERF, CW2)
statement(str(int(nxt) + 2), "Statement III", "STATEMENT OF CHANGES IN NET ASSETS",
          "for the year ended 31 December 2020", HDR3, SCNA, CW3,
          notes=[("a", "Comprises the Operational Support Income reserve, the Migration "
                       "Emergency Funding Mechanism and the reserve for actuarial gains and "
                       "losses on employee benefits.")])
c.save()
print("statements start on page", nxt)
