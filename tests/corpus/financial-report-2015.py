"""Draws financial-report-2015.pdf: C/107/3, Financial Report for the year ended
31 December 2015 (extract), IOM Council, 107th Session.  reportlab canvas, A4."""
import os, re
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "financial-report-2015.pdf")
SYMBOL = "C/107/3"
PW, PH = A4
LM, RM = 72, PW - 72
TW = RM - LM
TOP, BOTTOM = PH - 88, 58
FONT, BOLD, ITAL, BI = "Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic"
SIZE, LEAD = 11, 13.0
FN_SIZE, FN_LEAD = 9, 10.6
INDENT = 36

FOOTNOTES = {
    "1": "IOM adopted IPSAS with effect from 1 January 2012; the 2015 financial statements are "
         "therefore the fourth set prepared on a full accrual basis.",
    "2": "The External Auditor was appointed by the Council for the financial years 2014 to 2016 "
         "through Resolution No. 1268 of 27 November 2013.",
    "3": "Contributions in kind, chiefly premises made available free of charge by host governments, "
         "are disclosed in the notes to the financial statements and are not recognized as revenue.",
    "4": "The reserves comprise the Operational Support Income reserve, the reserve for staff separation "
         "liabilities and the Migration Emergency Funding Mechanism.",
    "5": "Formerly known as project-related overhead; it is charged as a percentage of project expenditure.",
}

BODY = [
    ("runtitle", "FINANCIAL REPORT FOR THE YEAR ENDED 31 DECEMBER 2015"),
    ("h1", "FOREWORD"),
    ("h2", "Introduction"),
    ("para", "1", "The Director General has the honour to present to the Council the financial report of the "
     "International Organization for Migration (IOM) for the year ended 31 December 2015. The financial "
     "statements have been prepared in accordance with the International Public Sector Accounting Standards "
     "(IPSAS) and with the Financial Regulations of the Organization.{1}"),
    ("para", "2", "The present document is an extract reproducing the foreword and the two primary "
     "statements: the statement of financial position (Statement I) and the statement of financial "
     "performance (Statement II). The other statements and the notes to the financial statements are "
     "contained in the full report, which is accompanied by the report of the External Auditor (C/107/4)."),
    ("para", "3", "The External Auditor has audited the financial statements for 2015 and has issued an "
     "unqualified opinion.{2} The Administration has accepted the recommendations made in the management "
     "letter and will report on their implementation to the Standing Committee on Programmes and Finance."),
    ("h2", "Financial highlights"),
    ("para", "4", "The year 2015 was again one of exceptional growth for the Organization. Total revenue "
     "reached USD 1,618.2 million, compared with USD 1,406.2 million in 2014, an increase of 15.1 per cent. "
     "Total expenses rose by 13.9 per cent, from USD 1,342.6 million to USD 1,528.7 million. After net "
     "foreign exchange losses of USD 15.4 million, the year closed with a surplus of USD 74.2 million "
     "(Statement II)."),
    ("para", "5", "The growth in activity was concentrated in a small number of large operations, chiefly:"),
    ("item", "(a)", "the scale-up of humanitarian assistance in and around the Syrian Arab Republic, in Iraq "
     "and in Yemen;"),
    ("item", "(b)", "the response to the arrival of migrants and refugees by sea in Greece and Italy and "
     "along the Western Balkans route;"),
    ("item", "(c)", "the emergency and recovery programme that followed the earthquakes in Nepal in April "
     "and May 2015; and"),
    ("item", "(d)", "the continued expansion of resettlement and family reunification movements, notably "
     "to Canada and the United States of America."),
    ("para", "6", "Voluntary contributions, at USD 1,542.3 million, accounted for 95.3 per cent of total "
     "revenue. In line with IPSAS, contributions are recognized as revenue when the underlying agreements "
     "become binding, except where they carry conditions on their use, in which case they are deferred "
     "until those conditions are met.{3} Assessed contributions from Member States to the Administrative "
     "Part of the Budget amounted to USD 47.9 million."),
    ("para", "7", "Staff and personnel costs remained the largest category of expenses, at USD 612.5 million "
     "or 40.1 per cent of the total, reflecting the recruitment of additional field staff for emergency "
     "operations. The transportation of beneficiaries, at USD 243.1 million, grew by 10.7 per cent, while "
     "transfers to implementing partners increased by 26.3 per cent to USD 178.3 million."),
    ("h2", "Financial position"),
    ("para", "8", "As at 31 December 2015, total assets stood at USD 2,117.8 million (2014: USD 1,861.0 "
     "million) and total liabilities at USD 1,546.0 million (2014: USD 1,359.0 million). Net assets "
     "therefore increased by USD 69.8 million to USD 571.8 million; the difference from the surplus for "
     "the year reflects actuarial losses of USD 4.3 million on post-employment benefits, recognized "
     "directly in net assets."),
    ("para", "9", "Cash, cash equivalents and short-term investments totalled USD 1,401.8 million at the end "
     "of the year. These resources are not freely available to the Organization. They were held as follows:"),
    ("bullet", "\u2022", "USD 1,091.5 million for projects funded in advance by donors, reported as "
     "contributions received in advance;"),
    ("bullet", "\u2022", "USD 128.5 million in the reserves established by the Council;{4}"),
    ("bullet", "\u2022", "USD 181.7 million as working capital, to settle accounts payable and to bridge the "
     "timing differences between expenditure and the receipt of donor funds."),
    ("para", "10", "The liability for post-employment benefits, which consists mainly of after-service health "
     "insurance, rose to USD 198.8 million on the basis of the actuarial valuation as at 31 December 2015 "
     "(2014: USD 187.4 million). The liability remains largely unfunded."),
    ("h2", "Budget performance"),
    ("para", "11", "The Administrative Part of the Budget for 2015 was approved at CHF 45,036,000 by "
     "Resolution No. 1291 of 26 November 2014 on the Programme and Budget for 2015 (MC/2416). Expenditure "
     "amounted to CHF 44,962,318, leaving an unspent balance of CHF 73,682, which will be dealt with in "
     "accordance with the Financial Regulations."),
    ("para", "12", "Operational Support Income,{5} which funds the core structure of the Operational Part of "
     "the Budget, reached USD 98.4 million, against USD 76.0 million foreseen in the Revision of the "
     "Programme and Budget for 2015 (S/17/6). Part of the excess of USD 22.4 million met "
     "structural needs arising from the growth of field operations, and USD 9.6 million was credited to "
     "the Operational Support Income reserve."),
    ("h2", "Outstanding assessed contributions"),
    ("para", "13", "As at 31 December 2015, assessed contributions outstanding to the Administrative Part of "
     "the Budget totalled CHF 9,413,207, owed by 27 Member States. Of these, 11 Member States were subject "
     "to the provisions of Article 4 of the Constitution, their arrears equalling or exceeding the amounts "
     "due from them for the preceding two full years."),
    ("para", "14", "The Director General appeals to all Member States in arrears to settle their contributions "
     "in full or to agree on a payment plan. Details by Member State are given in the status report on "
     "outstanding contributions (S/18/5)."),
    ("h2", "Acknowledgements"),
    ("para", "15", "The Director General wishes to express his gratitude to Member States, donors and "
     "partners for their continued support, and to the staff of the Organization, whose commitment made it "
     "possible to respond to the unprecedented demands of 2015."),
]

# ---- financial statements (thousands of US dollars) -------------------------------------
# row: (kind, label, notes, v2015, v2014) ; kinds: grp (bold caps), sub (bold italic), row,
# tot (subtotal, rule above), gtot (grand total, rule above, double rule below)
SFP = [
    ("grp", "ASSETS"), ("sub", "Current assets"),
    ("row", "Cash and cash equivalents", "3", 1187412, 1025603),
    ("row", "Short-term investments", "4", 214350, 196820),
    ("row", "Assessed contributions receivable", "5", 9876, 11245),
    ("row", "Voluntary contributions receivable", "6", 402618, 351907),
    ("row", "Other receivables", "7", 38905, 34112),
    ("row", "Inventories", "8", 12334, 10587),
    ("row", "Prepayments", "", 21760, 18439),
    ("tot", "Total current assets", "", 1887255, 1648713),
    ("sub", "Non-current assets"),
    ("row", "Long-term receivables", "6", 96215, 84530),
    ("row", "Refugee loans receivable", "9", 23418, 21976),
    ("row", "Property, plant and equipment", "10", 104652, 99871),
    ("row", "Intangible assets", "11", 6287, 5904),
    ("tot", "Total non-current assets", "", 230572, 212281),
    ("gtot", "TOTAL ASSETS", "", 2117827, 1860994),
    ("grp", "LIABILITIES"), ("sub", "Current liabilities"),
    ("row", "Accounts payable and accrued liabilities", "12", 118406, 104233),
    ("row", "Contributions received in advance", "13", 1091537, 946218),
    ("row", "Short-term employee benefits", "14", 31842, 28906),
    ("row", "Provisions", "15", 9214, 7655),
    ("tot", "Total current liabilities", "", 1250999, 1087012),
    ("sub", "Non-current liabilities"),
    ("row", "Deferred revenue", "13", 96215, 84530),
    ("row", "Post-employment benefits", "14", 198766, 187412),
    ("tot", "Total non-current liabilities", "", 294981, 271942),
    ("gtot", "TOTAL LIABILITIES", "", 1545980, 1358954),
    ("grp", "NET ASSETS"),
    ("row", "Accumulated surplus", "", 443317, 380125),
    ("row", "Reserves", "16", 128530, 121915),
    ("gtot", "TOTAL NET ASSETS", "", 571847, 502040),
    ("gtot", "TOTAL LIABILITIES AND NET ASSETS", "", 2117827, 1860994),
]
SFPERF = [
    ("grp", "REVENUE"),
    ("row", "Voluntary contributions", "17", 1542318, 1331604),
    ("row", "Assessed contributions", "5", 47865, 49912),
    ("row", "Investment income", "18", 6102, 5487),
    ("row", "Other revenue", "19", 21946, 19230),
    ("gtot", "Total revenue", "", 1618231, 1406233),
    ("grp", "EXPENSES"),
    ("row", "Staff and personnel costs", "20", 612540, 548327),
    ("row", "Contractual services", "", 315886, 271540),
    ("row", "Transportation of beneficiaries", "", 243107, 219665),
    ("row", "Transfers to implementing partners", "21", 178320, 141206),
    ("row", "Supplies and consumables", "", 94415, 86038),
    ("row", "Depreciation and amortization", "10, 11", 18203, 16884),
    ("row", "Other expenses", "", 66180, 58912),
    ("gtot", "Total expenses", "", 1528651, 1342572),
    ("tot", "Surplus before foreign exchange differences", "", 89580, 63661),
    ("row", "Net foreign exchange losses", "22", -15424, -9873),
    ("gtot", "SURPLUS FOR THE YEAR", "", 74156, 53788),
]


def check_sums():
    def s(rows, a, b):
        return [sum(r[3 + k] for r in rows[a:b]) for k in (0, 1)]
    r = SFP
    assert s(r, 2, 9) == [r[9][3], r[9][4]]
    assert s(r, 11, 15) == [r[15][3], r[15][4]]
    assert [r[9][3] + r[15][3], r[9][4] + r[15][4]] == [r[16][3], r[16][4]]
    assert s(r, 19, 23) == [r[23][3], r[23][4]]
    assert s(r, 25, 27) == [r[27][3], r[27][4]]
    assert [r[23][3] + r[27][3], r[23][4] + r[27][4]] == [r[28][3], r[28][4]]
    assert s(r, 30, 32) == [r[32][3], r[32][4]]
    assert [r[16][3] - r[28][3], r[16][4] - r[28][4]] == [r[32][3], r[32][4]]
    assert [r[28][3] + r[32][3], r[28][4] + r[32][4]] == [r[33][3], r[33][4]]
    p = SFPERF
    assert s(p, 1, 5) == [p[5][3], p[5][4]]
    assert s(p, 7, 14) == [p[14][3], p[14][4]]
    assert [p[5][3] - p[14][3], p[5][4] - p[14][4]] == [p[15][3], p[15][4]]
    assert [p[15][3] + p[16][3], p[15][4] + p[16][4]] == [p[17][3], p[17][4]]
    # net assets movement = surplus + actuarial loss (-4,349)
    assert r[32][3] - r[32][4] == p[17][3] - 4349


# ---- text machinery -----------------------------------------------------------------------
MARK = re.compile(r"\{([0-9*]+)\}")


def tokens(text):
    """words; each word -> list of (str, is_marker)"""
    out = []
    for w in text.split(" "):
        parts, pos = [], 0
        for m in MARK.finditer(w):
            if m.start() > pos:
                parts.append((w[pos:m.start()], False))
            parts.append((m.group(1), True))
            pos = m.end()
        if pos < len(w):
            parts.append((w[pos:], False))
        out.append(parts)
    return out


def wwidth(parts, font, size):
    return sum(stringWidth(t, font, size * 0.64 if mk else size) for t, mk in parts)


def wrap(text, widths, font=FONT, size=SIZE):
    """widths: width of first line, then of the following lines"""
    words = tokens(text)
    lines, cur, curw = [], [], 0.0
    sp = stringWidth(" ", font, size)
    for w in words:
        ww = wwidth(w, font, size)
        avail = widths[0] if not lines else widths[1]
        if cur and curw + sp + ww > avail:
            lines.append(cur)
            cur, curw = [w], ww
        else:
            curw = curw + (sp if cur else 0) + ww
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


def line_markers(line):
    return [t for w in line for t, mk in w if mk]


def draw_line(c, x, y, line, font=FONT, size=SIZE, justify_to=None):
    nat = sum(wwidth(w, font, size) for w in line) + stringWidth(" ", font, size) * (len(line) - 1)
    ws = 0
    if justify_to and len(line) > 1:
        ws = (justify_to - nat) / (len(line) - 1)
    t = c.beginText(x, y)
    t.setFont(font, size)
    t.setWordSpace(ws)
    for i, w in enumerate(line):
        if i:
            t.textOut(" ")
        for s, mk in w:
            if mk:
                t.setFont(font, size * 0.64)
                t.setRise(size * 0.36)
                t.textOut(s)
                t.setRise(0)
                t.setFont(font, size)
            else:
                t.textOut(s)
    c.drawText(t)


def fn_height(num):
    lines = wrap(FOOTNOTES[num], [TW - 10, TW - 10], FONT, FN_SIZE)
    return len(lines) * FN_LEAD + 2


# ---- page machinery -----------------------------------------------------------------------
class Doc:
    def __init__(self):
        self.c = canvas.Canvas(OUT, pagesize=A4)
        self.c.setTitle("C/107/3 - Financial report for the year ended 31 December 2015")
        self.c.setAuthor("International Organization for Migration")
        self.label = None
        self.y = None
        self.fns = []
        self.heading_pages = {}

    def header(self):
        c = self.c
        c.setFont(FONT, 11)
        c.drawRightString(RM, PH - 48, SYMBOL)
        c.drawRightString(RM, PH - 61, "Page %s" % self.label)

    def start_page(self, label):
        self.label = label
        self.fns = []
        self.header()
        self.y = TOP

    def fn_area(self, extra=()):
        nums = self.fns + [n for n in extra if n not in self.fns]
        if not nums:
            return 0
        return 14 + sum(fn_height(n) for n in nums)

    def finish_page(self):
        c = self.c
        if self.fns:
            h = self.fn_area()
            ytop = BOTTOM + h
            c.setLineWidth(0.5)
            c.line(LM, ytop - 4, LM + 144, ytop - 4)
            y = ytop - 4 - 12
            for n in self.fns:
                lines = wrap(FOOTNOTES[n], [TW - 10, TW - 10], FONT, FN_SIZE)
                c.setFont(FONT, FN_SIZE * 0.7)
                c.drawString(LM, y + 2.2, n)
                for i, ln in enumerate(lines):
                    draw_line(c, LM + 10, y, ln, FONT, FN_SIZE,
                              justify_to=(TW - 10) if i < len(lines) - 1 else None)
                    y -= FN_LEAD
                y -= 2
        c.showPage()

    def need(self, h, markers=()):
        return self.y - h < BOTTOM + self.fn_area(markers)

    def next_page(self):
        self.finish_page()
        nxt = str(int(self.label) + 1)
        self.start_page(nxt)

    def place_lines(self, lines, x_first, x_rest, width_first, width_rest, label=None, label_x=None,
                    keep_with_next=0):
        for i, ln in enumerate(lines):
            mk = line_markers(ln)
            if self.need(LEAD, mk):
                self.next_page()
            for m in mk:
                if m not in self.fns:
                    self.fns.append(m)
            x = x_first if i == 0 else x_rest
            w = width_first if i == 0 else width_rest
            if i == 0 and label:
                self.c.setFont("Symbol" if label == "\u2022" else FONT, SIZE)
                self.c.drawString(label_x, self.y, label)
            draw_line(self.c, x, self.y, ln, justify_to=w if i < len(lines) - 1 else None)
            self.y -= LEAD

    def heading(self, text, level):
        # keep heading with two lines of what follows
        if self.need(LEAD * 3.6):
            self.next_page()
        c = self.c
        if level == 0:
            c.setFont(BOLD, 11)
            c.drawCentredString(PW / 2, self.y, text)
            self.y -= LEAD * 2
        elif level == 1:
            c.setFont(BOLD, 11)
            c.drawCentredString(PW / 2, self.y, text)
            self.heading_pages[text] = self.label
            self.y -= LEAD * 1.9
        else:
            c.setFont(BOLD, 11)
            c.drawString(LM, self.y, text)
            self.heading_pages[text] = self.label
            self.y -= LEAD * 1.6

    def body(self, blocks):
        for b in blocks:
            kind = b[0]
            if kind == "runtitle":
                self.heading(b[1], 0)
            elif kind == "h1":
                self.heading(b[1], 1)
            elif kind == "h2":
                self.heading(b[1], 2)
            elif kind == "para":
                num, text = b[1], b[2]
                lines = wrap(text, [TW - INDENT, TW])
                self.place_lines(lines, LM + INDENT, LM, TW - INDENT, TW, label=num + ".", label_x=LM)
                self.y -= LEAD * 0.8
            elif kind in ("item", "bullet"):
                lab, text = b[1], b[2]
                lines = wrap(text, [TW - 2 * INDENT, TW - 2 * INDENT])
                self.place_lines(lines, LM + 2 * INDENT, LM + 2 * INDENT, TW - 2 * INDENT,
                                 TW - 2 * INDENT, label=lab, label_x=LM + INDENT + (6 if kind == "bullet" else 0))
                self.y -= LEAD * 0.45
                if b is blocks[-1] or blocks[blocks.index(b) + 1][0] not in ("item", "bullet"):
                    self.y -= LEAD * 0.35


def fmt(v):
    s = "{:,}".format(abs(v))
    return "(%s)" % s if v < 0 else s


NOTES_X = 340   # centre of Notes column
C1_R = 440      # right edge of 2015 column
C2_R = RM       # right edge of 2014 column


def statement(d, num, title1, title2, rows, star_note=None):
    c = d.c
    y = d.y
    c.setFont(BOLD, 11)
    c.drawCentredString(PW / 2, y, "Statement %s" % num); y -= LEAD * 1.6
    c.drawCentredString(PW / 2, y, title1); y -= LEAD
    c.drawCentredString(PW / 2, y, title2); y -= LEAD * 1.3
    c.setFont(ITAL, 10.5)
    c.drawCentredString(PW / 2, y, "(in thousands of US dollars)"); y -= LEAD * 1.8
    # column headings
    c.setFont(BOLD, 10.5)
    c.drawCentredString(NOTES_X, y, "Notes")
    c.drawRightString(C1_R, y, "2015")
    if star_note:
        c.drawRightString(C2_R - 4.5, y, "2014")
        c.setFont(BOLD, 7)
        c.drawString(C2_R - 4, y + 3.8, "*")
    else:
        c.drawRightString(C2_R, y, "2014")
    c.setLineWidth(0.6)
    c.line(LM, y - 4, RM, y - 4)
    y -= LEAD * 1.5
    RL = 12.6
    for r in rows:
        kind, label = r[0], r[1]
        if kind == "grp":
            y -= 2
            c.setFont(BOLD, 10.5)
            c.drawString(LM, y, label)
            y -= RL
            continue
        if kind == "sub":
            c.setFont(BI, 10.5)
            c.drawString(LM + 8, y, label)
            y -= RL
            continue
        notes, v1, v2 = r[2], r[3], r[4]
        font = FONT
        lx = LM + 18
        if kind in ("tot", "gtot"):
            c.setLineWidth(0.5)
            c.line(C1_R - 62, y + 10, C1_R, y + 10)
            c.line(C2_R - 62, y + 10, C2_R, y + 10)
            font = BOLD if kind == "gtot" else FONT
            lx = LM + (0 if kind == "gtot" else 18)
        c.setFont(font, 10.5)
        c.drawString(lx, y, label)
        if notes:
            c.setFont(FONT, 10.5)
            c.drawCentredString(NOTES_X, y, notes)
        c.setFont(font, 10.5)
        c.drawRightString(C1_R, y, fmt(v1))
        c.drawRightString(C2_R, y, fmt(v2))
        if kind == "gtot":
            for off in (3.5, 5.5):
                c.line(C1_R - 62, y - off, C1_R, y - off)
                c.line(C2_R - 62, y - off, C2_R, y - off)
            y -= RL * 1.45
        elif kind == "tot":
            y -= RL * 1.3
        else:
            y -= RL
    y -= 6
    if star_note:
        c.setFont(FONT, 9)
        c.drawString(LM, y, "*  " + star_note)
        y -= LEAD * 1.6
    c.setFont(ITAL, 10.5)
    c.drawString(LM, y, "The accompanying notes form an integral part of these financial statements.")
    y -= LEAD
    d.y = y


def cover(c):
    # emblem (drawn, no text)
    c.setLineWidth(1.2)
    c.circle(LM + 22, PH - 70, 20)
    c.circle(LM + 22, PH - 70, 12)
    c.line(LM + 2, PH - 70, LM + 42, PH - 70)
    c.setFont(BOLD, 12)
    c.drawRightString(RM, PH - 58, SYMBOL)
    c.setFont(FONT, 11)
    c.drawRightString(RM, PH - 74, "Original: English")
    c.drawRightString(RM, PH - 88, "20 May 2016")
    c.setFont(BOLD, 12)
    c.drawCentredString(PW / 2, PH - 230, "COUNCIL")
    c.setFont(FONT, 12)
    c.drawCentredString(PW / 2, PH - 246, "107th Session")
    c.setFont(BOLD, 13)
    c.drawCentredString(PW / 2, PH - 370, "FINANCIAL REPORT FOR THE YEAR ENDED")
    c.drawCentredString(PW / 2, PH - 387, "31 DECEMBER 2015")
    c.setFont(FONT, 11)
    c.drawCentredString(PW / 2, PH - 412, "(Extract: foreword and primary financial statements)")
    c.setFont(FONT, 10)
    c.drawString(LM, 150, "__________")
    note = ("This document is submitted to the Standing Committee on Programmes and Finance at its "
            "Eighteenth Session in June 2016.")
    y = 132
    for ln in wrap(note, [TW, TW], FONT, 10):
        draw_line(c, LM, y, ln, FONT, 10)
        y -= 12
    c.setFont(BOLD, 10)
    c.drawString(LM, 50, "COUNCIL")
    c.drawCentredString(PW / 2, 50, "CONSEIL")
    c.drawRightString(RM, 50, "CONSEJO")
    c.showPage()


CONTENTS = [
    (0, "FOREWORD", "1"),
    (1, "Introduction", "1"),
    (1, "Financial highlights", "1"),
    (1, "Financial position", "2"),
    (1, "Budget performance", "2"),
    (1, "Outstanding assessed contributions", "2"),
    (1, "Acknowledgements", "2"),
    (0, "FINANCIAL STATEMENTS", "3"),
    (1, "Statement I \u2013 Statement of financial position as at 31 December 2015", "3"),
    (1, "Statement II \u2013 Statement of financial performance for the year ended 31 December 2015", "4"),
]


def contents_page(d):
    c = d.c
    d.label = "i"
    d.header()
    y = TOP
    c.setFont(BOLD, 11)
    c.drawCentredString(PW / 2, y, "CONTENTS")
    y -= LEAD * 2
    c.setFont(FONT, 11)
    c.drawRightString(RM, y, "Page")
    y -= LEAD * 1.6
    dotw = stringWidth(".", FONT, 11)
    for lvl, title, page in CONTENTS:
        x = LM + 18 * lvl
        if lvl == 0 and title != CONTENTS[0][1]:
            y -= LEAD * 0.6
        avail = RM - 40 - x
        lines = wrap(title, [avail, avail - 18])
        for i, ln in enumerate(lines):
            xx = x + (18 if i else 0)
            draw_line(c, xx, y, ln)
            if i == len(lines) - 1:
                tw = sum(wwidth(w, FONT, 11) for w in ln) + stringWidth(" ", FONT, 11) * (len(ln) - 1)
                start = xx + tw + 4
                n = int((RM - 18 - start) / dotw)
                c.setFont(FONT, 11)
                c.drawString(RM - 18 - n * dotw, y, "." * n)
                c.drawRightString(RM, y, page)
            y -= LEAD
        y -= LEAD * 0.45
    c.showPage()


def main():
    check_sums()
    d = Doc()
    cover(d.c)
    contents_page(d)
    d.start_page("1")
    d.body(BODY)
    d.next_page()
    d.heading("FINANCIAL STATEMENTS", 1)
    d.y += LEAD * 0.3
    statement(d, "I", "STATEMENT OF FINANCIAL POSITION", "AS AT 31 DECEMBER 2015", SFP,
              star_note="Certain comparative figures for 2014 have been reclassified to conform with "
                        "the presentation adopted in 2015.")
    assert d.y > BOTTOM, d.y
    d.heading_pages["Statement I"] = d.label
    d.next_page()
    statement(d, "II", "STATEMENT OF FINANCIAL PERFORMANCE", "FOR THE YEAR ENDED 31 DECEMBER 2015", SFPERF)
    d.heading_pages["Statement II"] = d.label
    d.finish_page()
    d.c.save()
    # the contents page numbers must agree with where the headings fell
    want = {t: p for _, t, p in CONTENTS}
    for t, p in d.heading_pages.items():
        key = t if t in want else [k for k in want if k.startswith(t + " \u2013")][0]
        assert want[key] == p, (t, p, want[key])
    print("ok", d.heading_pages)


if __name__ == "__main__":
    main()
