# Draws financial-report-2002.pdf: an invented IOM Director General's financial report
# for the year 2001 (MC/2074, 84th session of the Council, 2002), laid out with reportlab.
import re
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = "financial-report-2002.pdf"
SYMBOL = "MC/2074"
W, H = A4
LM, RM = 70.0, W - 70.0
TOP, BOTTOM = H - 60.0, 64.0
BODY_FONT, BOLD, ITAL, BOLDITAL = "Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic"
FS, LEAD = 11.5, 14.2
FN_FS, FN_LEAD = 9.5, 11.4


def fmt(n):
    """Thousands with commas, negatives in parentheses, zero/None as a dash."""
    if n is None:
        return ""
    if n == 0:
        return "\u2013"
    s = "{:,}".format(abs(int(n)))
    return "(" + s + ")" if n < 0 else s


# ----------------------------------------------------------------------------------------------
# Figures (all invented). Statement I and II must agree; the narrative quotes them.
RATE = 1.69  # CHF per USD, average 2001

schedule = [
    # Member State, prior years, 2001, footnote marker
    ("Argentina", 0, 412605, None),
    ("Bolivia", 86913, 28904, None),
    ("Cape Verde", 41227, 14563, None),
    ("Congo", 118446, 21845, None),
    ("Democratic Republic of the Congo", 305712, 29130, None),
    ("Dominican Republic", 97368, 32766, None),
    ("Ecuador", 0, 36409, None),
    ("El Salvador", 24118, 21845, None),
    ("Guinea-Bissau", 63550, 14563, None),
    ("Haiti", 152009, 21845, None),
    ("Honduras", 48775, 21845, None),
    ("Kyrgyzstan", 19302, 14563, None),
    ("Liberia", 188941, 14563, None),
    ("Nicaragua", 71460, 21845, None),
    ("Paraguay", 0, 29130, None),
    ("Peru", 1214870, 94671, "a"),
    ("Sierra Leone", 127304, 14563, None),
    ("Tajikistan", 33689, 14563, None),
    ("Uganda", 46218, 21845, None),
    ("Uruguay", 612338, 84475, None),
    ("Yemen", 52804, 21845, None),
]
sch_prior = sum(r[1] for r in schedule)
sch_cur = sum(r[2] for r in schedule)
sch_total = sch_prior + sch_cur

# Statement I
cash = (186412508, 162935214)
acc_rec = (38917342, 35406871)
contrib_rec = (round(sch_total / RATE), 3611208)
advances = (1906233, 2214590)
cur_assets = tuple(sum(x) for x in zip(cash, acc_rec, contrib_rec, advances))
loans = (26381775, 24902116)
lt_dep = (6500000, 4000000)
noncur_assets = tuple(a + b for a, b in zip(loans, lt_dep))
total_assets = tuple(a + b for a, b in zip(cur_assets, noncur_assets))
payable = (14207613, 12884095)
deferred = (141663920, 126051387)
cur_liab = tuple(a + b for a, b in zip(payable, deferred))
staff_term = (22814506, 20117342)
total_liab = tuple(a + b for a, b in zip(cur_liab, staff_term))
fb_admin = None  # from Statement II
rlf = (27145402, 25660918)
reserves = (9850000, 7700000)

# Statement II (USD). Admin / Operational / Total 2001 / Total 2000
adm_assessed = round(36412000 / RATE)
adm_misc = round(142180 / RATE)
adm_staff = round(36197431 / RATE)
adm_fb_begin = 1028944
adm_excess = adm_assessed + adm_misc - adm_staff
adm_fb_end = adm_fb_begin + adm_excess
fb_admin = (adm_fb_end, adm_fb_begin)
# Operational balance is the plug of Statement I
op_fb_end = total_assets[0] - total_liab[0] - adm_fb_end - rlf[0] - reserves[0]
op_fb_begin = total_assets[1] - total_liab[1] - adm_fb_begin - rlf[1] - reserves[1]
op_interest = 6912417
op_misc = 3184066
op_staff = 96508213
op_transport = 104733580
op_other = 89271645
op_transfer = -2150000
op_exp = op_staff + op_transport + op_other
op_excess_needed = op_fb_end - op_fb_begin - op_transfer
op_voluntary = op_excess_needed + op_exp - op_interest - op_misc
op_income = op_voluntary + op_interest + op_misc
op_excess = op_income - op_exp
adm_income = adm_assessed + adm_misc
adm_exp = adm_staff

t00 = dict(assessed=20918376, voluntary=268447905, interest=7320584, misc=2917733,
           staff=112640518, transport=97806412, other=78215661, transfer=-1800000)
t00_income = t00["assessed"] + t00["voluntary"] + t00["interest"] + t00["misc"]
t00_exp = t00["staff"] + t00["transport"] + t00["other"]
t00_excess = t00_income - t00_exp
t00_end = adm_fb_begin + op_fb_begin
t00_begin = t00_end - t00_excess - t00["transfer"]

tot_income = adm_income + op_income
tot_exp = adm_exp + op_exp


def pct(a, b):
    return "{:.1f}".format(100.0 * a / b)


# ----------------------------------------------------------------------------------------------
# Text helpers: inline footnote markers are written {^1}; they print raised and smaller.
TOKEN = re.compile(r"\{\^([^}]+)\}")


def split_word(word):
    """Return list of (text, is_sup) for one word."""
    parts, pos = [], 0
    for m in TOKEN.finditer(word):
        if m.start() > pos:
            parts.append((word[pos:m.start()], False))
        parts.append((m.group(1), True))
        pos = m.end()
    if pos < len(word):
        parts.append((word[pos:], False))
    return parts


def word_width(word, font, size):
    w = 0.0
    for t, sup in split_word(word):
        w += stringWidth(t, font, size * 0.68 if sup else size)
    return w


def wrap(text, widths, font=BODY_FONT, size=FS):
    """widths: width of first line, then of all others. Returns list of word lists."""
    words = text.split()
    lines, cur, curw = [], [], 0.0
    space = stringWidth(" ", font, size)
    for w in words:
        ww = word_width(w, font, size)
        limit = widths[0] if not lines else widths[1]
        add = ww if not cur else curw + space + ww
        if cur and add > limit:
            lines.append(cur)
            cur, curw = [w], ww
        else:
            cur.append(w)
            curw = add
    if cur:
        lines.append(cur)
    return lines


def line_markers(words):
    return [m.group(1) for w in words for m in TOKEN.finditer(w)]


class Doc:
    def __init__(self):
        self.c = canvas.Canvas(OUT, pagesize=A4)
        self.c.setTitle("Financial report for the year ended 31 December 2001")
        self.c.setAuthor("International Organization for Migration")
        self.page_no = 0  # printed page number of the current page (0 = cover)
        self.y = TOP
        self.page_notes = []  # footnotes reserved on the current page
        self.footnotes = {}

    # -- page furniture ---------------------------------------------------------------
    def new_page(self):
        if self.page_no >= 0:
            self.flush_footnotes()
            self.c.showPage()
        self.page_no += 1
        self.page_notes = []
        c = self.c
        c.setFont(BODY_FONT, 11)
        c.drawRightString(RM, H - 42, SYMBOL)
        c.drawRightString(RM, H - 55, "Page %d" % self.page_no)
        self.y = H - 92

    def fn_height(self, markers):
        h = 0.0
        for m in markers:
            lines = wrap(self.footnotes[m], (RM - LM - 18, RM - LM - 18), BODY_FONT, FN_FS)
            h += len(lines) * FN_LEAD + 3
        return h + 16 if markers else 0.0

    def bottom_limit(self, extra=()):
        return BOTTOM + self.fn_height(self.page_notes + list(extra))

    def flush_footnotes(self):
        if not self.page_notes:
            return
        c = self.c
        h = self.fn_height(self.page_notes)
        y = BOTTOM + h - 6
        c.setLineWidth(0.6)
        c.line(LM, y, LM + 130, y)
        y -= 13
        for m in self.page_notes:
            lines = wrap(self.footnotes[m], (RM - LM - 18, RM - LM - 18), BODY_FONT, FN_FS)
            c.setFont(BODY_FONT, FN_FS * 0.7)
            c.drawString(LM, y + 3.5, m)
            for ln in lines:
                self.draw_words(LM + 12, y, ln, BODY_FONT, FN_FS)
                y -= FN_LEAD
            y -= 3

    def draw_words(self, x, y, words, font, size):
        c = self.c
        space = stringWidth(" ", font, size)
        for i, w in enumerate(words):
            if i:
                x += space
            for t, sup in split_word(w):
                if sup:
                    c.setFont(font, size * 0.68)
                    c.drawString(x, y + size * 0.38, t)
                    x += stringWidth(t, font, size * 0.68)
                else:
                    c.setFont(font, size)
                    c.drawString(x, y, t)
                    x += stringWidth(t, font, size)

    def ensure(self, h, extra=()):
        if self.y - h < self.bottom_limit(extra):
            self.new_page()

    # -- body blocks ------------------------------------------------------------------
    def heading(self, lines, font=BOLD, gap_before=14, underline=False):
        self.ensure(LEAD * (len(lines) + 3) + gap_before)
        self.y -= gap_before
        for t in lines:
            self.c.setFont(font, FS)
            self.c.drawString(LM, self.y - LEAD + 3, t)
            if underline:
                self.c.setLineWidth(0.5)
                self.c.line(LM, self.y - LEAD + 1.2, LM + stringWidth(t, font, FS), self.y - LEAD + 1.2)
            self.y -= LEAD
        self.y -= 12

    def para(self, num, text, label_x=LM, text_x=LM + 36, cont_x=LM, gap_after=13):
        lines = wrap(text, (RM - text_x, RM - cont_x))
        for i, ln in enumerate(lines):
            mk = line_markers(ln)
            if self.y - LEAD < self.bottom_limit(mk):
                self.new_page()
            for m in mk:
                self.page_notes.append(m)
            if i == 0 and num is not None:
                self.c.setFont(BODY_FONT, FS)
                self.c.drawString(label_x, self.y - LEAD + 3, num)
            x = text_x if i == 0 else cont_x
            self.draw_words(x, self.y - LEAD + 3, ln, BODY_FONT, FS)
            self.y -= LEAD
        self.y -= gap_after

    def item(self, label, text, depth=1, gap_after=9):
        lx = LM + 36 * depth
        tx = lx + 34
        self.para(label, text, label_x=lx, text_x=tx, cont_x=tx, gap_after=gap_after)


# ----------------------------------------------------------------------------------------------
# Tables drawn cell by cell
class Table:
    """cols: list of (right_x, [heading lines]); label column starts at LM."""

    def __init__(self, doc, cols, notes_x=None, head_font=BOLD, size=10.5, lead=13.6):
        self.d, self.cols, self.notes_x = doc, cols, notes_x
        self.head_font, self.size, self.lead = head_font, size, lead
        self.label_head = None

    def headings(self, label_head=None):
        c, d = self.d.c, self.d
        nlines = max(len(h) for _, h in self.cols)
        if self.notes_x:
            nlines = max(nlines, 1)
        y0 = d.y
        for i in range(nlines):
            yy = y0 - self.lead * (i + 1) + 3
            for rx, hl in self.cols:
                off = nlines - len(hl)
                if i >= off:
                    c.setFont(self.head_font, self.size)
                    c.drawRightString(rx, yy, hl[i - off])
            if i == nlines - 1:
                if self.notes_x:
                    c.setFont(self.head_font, self.size)
                    c.drawCentredString(self.notes_x, yy, "Notes")
                if label_head:
                    c.setFont(self.head_font, self.size)
                    c.drawString(LM, yy, label_head)
        d.y = y0 - self.lead * nlines - 2
        c.setLineWidth(0.6)
        c.line(LM, d.y, RM, d.y)
        d.y -= 5

    def row(self, label, values=(), indent=0, font=BODY_FONT, note=None, rule_above=False,
            double_below=False, gap_before=0, label2=None, marker=None):
        c, d = self.d.c, self.d
        d.y -= gap_before
        nl = 2 if label2 else 1
        if rule_above:
            d.y -= 2
            c.setLineWidth(0.5)
            for rx, _ in self.cols:
                c.line(rx - 62, d.y, rx, d.y)
            d.y -= 1
        x = LM + indent
        yy = d.y - self.lead + 3
        c.setFont(font, self.size)
        c.drawString(x, yy, label)
        if marker:
            wl = stringWidth(label, font, self.size)
            c.setFont(BODY_FONT, self.size * 0.68)
            c.drawString(x + wl + 1, yy + self.size * 0.38, marker)
        if label2:
            yy -= self.lead
            c.setFont(font, self.size)
            c.drawString(x + 10, yy, label2)
        if note:
            c.setFont(BODY_FONT, self.size)
            c.drawCentredString(self.notes_x, yy, note)
        for (rx, _), v in zip(self.cols, values):
            if v is None:
                continue
            c.setFont(font, self.size)
            c.drawRightString(rx, yy, v if isinstance(v, str) else fmt(v))
        d.y -= self.lead * nl
        if double_below:
            c.setLineWidth(0.5)
            for rx, _ in self.cols:
                c.line(rx - 62, d.y + 1, rx, d.y + 1)
                c.line(rx - 62, d.y - 0.8, rx, d.y - 0.8)
            d.y -= 3


def caption(doc, lines, fonts):
    for t, f in zip(lines, fonts):
        doc.c.setFont(f, FS)
        doc.c.drawCentredString(W / 2, doc.y - LEAD + 3, t)
        doc.y -= LEAD
    doc.y -= 6


# ----------------------------------------------------------------------------------------------
d = Doc()
c = d.c

# ---- Cover ------------------------------------------------------------------------------------
c.setFont(BOLD, 12)
c.drawRightString(RM, H - 70, SYMBOL)
c.setFont(BODY_FONT, 11.5)
c.drawRightString(RM, H - 100, "Original: English")
c.drawRightString(RM, H - 114, "3 May 2002")
c.setFont(BOLD, 12)
c.drawCentredString(W / 2, H - 190, "EIGHTY-FOURTH SESSION")
c.setLineWidth(1)
c.line(LM, H - 212, RM, H - 212)
c.setFont(BOLD, 13)
c.drawCentredString(W / 2, H - 390, "FINANCIAL REPORT FOR THE YEAR")
c.drawCentredString(W / 2, H - 422, "ENDED 31 DECEMBER 2001")
c.setFont(BODY_FONT, 11.5)
c.drawString(LM, 178, "__________")
c.drawString(LM, 160, "This document is submitted to the Executive Committee at its Ninety-ninth Session in")
c.drawString(LM, 146, "June 2002.")
c.setFont(BOLD, 11)
c.drawString(LM + 20, 60, "COUNCIL")
c.drawCentredString(W / 2, 60, "CONSEIL")
c.drawRightString(RM - 20, 60, "CONSEJO")
c.setLineWidth(0.6)
c.line(LM, 76, RM, 76)

# ---- Body -------------------------------------------------------------------------------------
d.footnotes["1"] = ("Approved by the Council through Resolution No. 1017 (LXXX) of 30 November 2000. "
                    "The revised estimates were reviewed by the Sub-Committee on Budget and Finance "
                    "and are set out in document MC/2049.")
d.footnotes["2"] = ("For the situation at 31 March 2002, see the Status report on outstanding "
                    "contributions to the Administrative Part of the Budget (MC/EX/641).")

d.new_page()
c.setFont(BOLD, FS)
c.drawCentredString(W / 2, d.y, "FINANCIAL REPORT FOR THE YEAR ENDED 31 DECEMBER 2001")
d.y -= 30

d.heading(["INTRODUCTION"], gap_before=0)
d.para("1.", "The Director General has the honour to present the financial report of the Organization "
       "for the year ended 31 December 2001, which is submitted to the Council in accordance with "
       "Article 8 of the Financial Regulations. The report is accompanied by the financial statements "
       "of the Administrative and Operational Programmes and by a schedule of the assessed "
       "contributions outstanding from Member States at the close of the year.")
d.para("2.", "The financial statements have been prepared on the basis of the Programme and Budget for "
       "2001 (MC/2021) as approved by the Council,{^1} and of the revised estimates submitted to the "
       "Executive Committee in June and November 2001. They cover all activities carried out by the "
       "Organization during the year, whether these were financed from assessed contributions or from "
       "voluntary contributions earmarked by donors for specific projects.")
d.para("3.", "The accounts for 2001 have been audited by the External Auditors, whose report and opinion "
       "are issued separately in document MC/2075. The notes to the financial statements, to which the "
       "Notes column of Statement I refers, are reproduced in full in that document and are not "
       "repeated here.")
d.para("4.", "The Administrative Programme is budgeted and assessed in Swiss francs, while the "
       "Operational Programmes are budgeted in US dollars. For the purpose of the consolidated "
       "statements, Swiss franc amounts have been converted into US dollars at the average United "
       "Nations operational rate of exchange for the year, namely CHF 1.69 to USD 1.00. The schedule of "
       "assessed contributions outstanding is shown in Swiss francs, the currency in which the "
       "contributions are assessed.")

d.heading(["FINANCIAL HIGHLIGHTS"])
d.para("5.", "Total expenditure for 2001 amounted to USD %s, an increase of USD %s, or %s per cent, "
       "over the figure of USD %s recorded for 2000. Total income for the year reached USD %s, "
       "compared with USD %s in the previous year."
       % (fmt(tot_exp), fmt(tot_exp - t00_exp), pct(tot_exp - t00_exp, t00_exp), fmt(t00_exp),
          fmt(tot_income), fmt(t00_income)))
d.para("6.", "As in previous years, the Operational Programmes accounted for by far the greater part "
       "of the Organization's activity: they represented %s per cent of total expenditure in 2001, "
       "the Administrative Programme accounting for the remaining %s per cent."
       % (pct(op_exp, tot_exp), pct(adm_exp, tot_exp)))
d.para("7.", "The growth in expenditure is attributable mainly to the following factors:", gap_after=10)
d.item("(a)", "the continued expansion of activities in the Balkans, in particular the return and "
       "reintegration programmes in Kosovo and the assistance provided to internally displaced "
       "persons in the former Yugoslav Republic of Macedonia;")
d.item("(b)", "the launch of new programmes in the course of the year, notably:")
d.item("(i)", "the out-of-country registration and voting programme for the Kosovo Assembly "
       "elections of November 2001; and", depth=2)
d.item("(ii)", "the processing of claims from former forced labourers under the German and Austrian "
       "compensation programmes;", depth=2)
d.item("(c)", "a higher level of resettlement movements from Africa and the Middle East, financed "
       "mainly by the Government of the United States of America.", gap_after=13)
d.para("8.", "The cash position of the Organization remained sound. Cash and short-term deposits stood "
       "at USD %s at 31 December 2001, against USD %s a year earlier. Most of these funds, however, "
       "represent contributions received in advance for specific projects (shown as deferred income "
       "of USD %s in Statement I) and are not available for general purposes."
       % (fmt(cash[0]), fmt(cash[1]), fmt(deferred[0])))

adm_exp_chf = 36197431
d.heading(["ADMINISTRATIVE PROGRAMME"])
d.para("9.", "The Administrative Part of the Budget for 2001, financed by the assessed contributions of "
       "Member States, was approved at CHF 36,412,000. Expenditure totalled CHF %s, leaving an "
       "unspent balance of CHF %s, which is due mainly to delays in filling two vacant posts at "
       "Headquarters and to savings on the cost of common premises."
       % (fmt(adm_exp_chf), fmt(36412000 - adm_exp_chf)))
d.para("10.", "Together with miscellaneous income of CHF 142,180, the unspent balance brings the surplus "
       "for the year to CHF %s (USD %s). Under the terms of Resolution No. 1043 (LXXXII) of "
       "29 November 2001, any surplus in the Administrative Part of the Budget is carried forward to "
       "the following financial year; the amount will therefore be reflected in the revision of the "
       "Programme and Budget for 2002." % (fmt(36412000 - adm_exp_chf + 142180), fmt(adm_excess)))
d.para("11.", "Contributions received during 2001 against current and prior years' assessments totalled "
       "CHF 34,286,517. Although several Member States settled long-standing arrears in the course of "
       "the year, the late payment of assessed contributions by others again obliged the Administration "
       "to manage the cash flow of the Administrative Programme with great care during the first half "
       "of the year, when most contributions had not yet been received. No borrowing from operational "
       "funds was necessary, but the Administration wishes to stress that the timely payment of "
       "contributions early in the financial year remains essential if the Organization is to meet "
       "its statutory obligations, including the payment of salaries at Headquarters and in the "
       "Missions with regional functions, without drawing on resources that donors have provided "
       "for other purposes.")

d.heading(["OPERATIONAL PROGRAMMES"])
d.para("12.", "Expenditure under the Operational Programmes amounted to USD %s in 2001 (2000: USD %s). "
       "Transportation and related costs remained the largest element, at USD %s, followed by staff "
       "and office costs of USD %s and other direct programme costs of USD %s. The increase over the previous year was concentrated in the second half of "
       "the year and reflects, for the most part, the new programmes referred to in paragraph 7 above."
       % (fmt(op_exp), fmt(t00_exp - t00["assessed"] + (t00["assessed"] - 20514630)),
          fmt(op_transport), fmt(op_staff), fmt(op_other)))
d.para("13.", "The Operational Programmes are funded almost entirely from voluntary contributions "
       "earmarked for specific activities. Interest earned on funds held in advance, USD %s, was "
       "applied as authorized by the Council to the financing of Operational Support costs, and a "
       "net amount of USD %s was transferred to the reserves, as shown in Statement II."
       % (fmt(op_interest), fmt(-op_transfer)))
d.heading(["Refugee Loan Fund"], font=BOLDITAL, gap_before=6)
d.para("14.", "The balance of the Refugee Loan Fund stood at USD %s at the end of the year (2000: USD %s). "
       "Loans receivable from refugees resettled with the assistance of the Fund amounted to USD %s; "
       "repayments collected during the year were credited to the Fund and used to finance further "
       "movements." % (fmt(rlf[0]), fmt(rlf[1]), fmt(loans[0])))

d.heading(["ASSESSED CONTRIBUTIONS OUTSTANDING", "FROM MEMBER STATES"])
d.para("15.", "At 31 December 2001, assessed contributions outstanding totalled CHF %s, of which "
       "CHF %s related to years before 2001 (see Schedule 1).{^2} Twenty-one Member States had not paid "
       "their contributions in full, compared with nineteen at the end of 2000."
       % (fmt(sch_total), fmt(sch_prior)))
d.para("16.", "At the end of the year, eleven Member States were in arrears in an amount equal to or "
       "exceeding the contributions due from them for the two preceding years and were therefore "
       "subject to the provisions of Article 4 of the Constitution. The Administration has continued "
       "to encourage these Member States to enter into payment plans; one such plan was concluded "
       "with Peru in October 2001, and the first instalment under it was received in December.")
d.para("17.", "The Director General once again appeals to all Member States with outstanding "
       "contributions to settle them as soon as possible, or to agree with the Administration on a "
       "payment plan, so that the Organization can carry out the Administrative Programme approved "
       "by the Council without recourse to funds held for other purposes.")

# ---- Statement I ------------------------------------------------------------------------------
d.new_page()
caption(d, ["STATEMENT I", "STATEMENT OF ASSETS, LIABILITIES AND RESERVES", "AS AT 31 DECEMBER 2001",
            "(in US dollars)"], [BOLD, BOLD, BOLD, BODY_FONT])
t = Table(d, [(RM - 90, ["2001"]), (RM, ["2000"])], notes_x=RM - 190)
t.headings()
t.row("ASSETS", font=BOLD, gap_before=4)
t.row("Current assets", indent=8, font=BOLDITAL, gap_before=2)
t.row("Cash and short-term deposits", cash, indent=20, note="2")
t.row("Accounts receivable", acc_rec, indent=20, note="3")
t.row("Assessed contributions receivable", contrib_rec, indent=20, note="4")
t.row("Staff and other advances", advances, indent=20)
t.row("Total current assets", cur_assets, indent=8, font=BOLD, rule_above=True)
t.row("Non-current assets", indent=8, font=BOLDITAL, gap_before=8)
t.row("Refugee loans receivable", loans, indent=20, note="5")
t.row("Long-term deposits", lt_dep, indent=20)
t.row("Total non-current assets", noncur_assets, indent=8, font=BOLD, rule_above=True)
t.row("TOTAL ASSETS", total_assets, font=BOLD, rule_above=True, double_below=True, gap_before=6)
t.row("LIABILITIES", font=BOLD, gap_before=12)
t.row("Current liabilities", indent=8, font=BOLDITAL, gap_before=2)
t.row("Accounts payable and accrued liabilities", payable, indent=20)
t.row("Deferred income", deferred, indent=20, note="6")
t.row("Total current liabilities", cur_liab, indent=8, font=BOLD, rule_above=True)
t.row("Non-current liabilities", indent=8, font=BOLDITAL, gap_before=8)
t.row("Provision for staff termination liabilities", staff_term, indent=20, note="7")
t.row("TOTAL LIABILITIES", total_liab, font=BOLD, rule_above=True, gap_before=6)
t.row("RESERVES AND FUND BALANCES", font=BOLD, gap_before=12)
t.row("Administrative Programme", fb_admin, indent=20)
t.row("Operational Programmes", (op_fb_end, op_fb_begin), indent=20)
t.row("Refugee Loan Fund", rlf, indent=20)
t.row("Operational Support Income reserve", reserves, indent=20)
tot_res = tuple(a + b + cc + e for a, b, cc, e in zip(fb_admin, (op_fb_end, op_fb_begin), rlf, reserves))
t.row("TOTAL RESERVES AND FUND BALANCES", tot_res, font=BOLD, rule_above=True)
t.row("TOTAL LIABILITIES, RESERVES AND FUND BALANCES", tuple(a + b for a, b in zip(total_liab, tot_res)),
      font=BOLD, rule_above=True, double_below=True, gap_before=6)
assert tuple(a + b for a, b in zip(total_liab, tot_res)) == total_assets

# ---- Statement II -----------------------------------------------------------------------------
d.new_page()
caption(d, ["STATEMENT II", "STATEMENT OF INCOME AND EXPENDITURE", "FOR THE YEAR ENDED 31 DECEMBER 2001",
            "(in US dollars)"], [BOLD, BOLD, BOLD, BODY_FONT])
t = Table(d, [(RM - 198, ["Administrative", "Programme"]), (RM - 130, ["Operational", "Programmes"]),
              (RM - 65, ["Total", "2001"]), (RM, ["Total", "2000"])], size=10, lead=13.2)
DASH = "\u2013"
t.headings()
t.row("INCOME", font=BOLD, gap_before=4)
t.row("Assessed contributions from Member States", (adm_assessed, DASH, adm_assessed, t00["assessed"]),
      indent=12)
t.row("Voluntary contributions from governments,", (DASH, op_voluntary, op_voluntary,
      t00["voluntary"]), indent=12, label2="multilateral agencies and other donors")
t.row("Interest income", (DASH, op_interest, op_interest, t00["interest"]), indent=12)
t.row("Miscellaneous income", (adm_misc, op_misc, adm_misc + op_misc, t00["misc"]), indent=12)
t.row("Total income", (adm_income, op_income, tot_income, t00_income), font=BOLD, rule_above=True)
t.row("EXPENDITURE", font=BOLD, gap_before=10)
t.row("Staff and office costs", (adm_staff, op_staff, adm_staff + op_staff, t00["staff"]), indent=12)
t.row("Transportation and related costs", (DASH, op_transport, op_transport, t00["transport"]), indent=12)
t.row("Other direct programme costs", (DASH, op_other, op_other, t00["other"]), indent=12)
t.row("Total expenditure", (adm_exp, op_exp, tot_exp, t00_exp), font=BOLD, rule_above=True)
t.row("Excess (shortfall) of income over expenditure", (adm_excess, op_excess, adm_excess + op_excess,
      t00_excess), font=BOLD, gap_before=8)
t.row("Net transfers to reserves", (None, op_transfer, op_transfer, t00["transfer"]), indent=12)
t.row("Fund balances at beginning of year", (adm_fb_begin, op_fb_begin, adm_fb_begin + op_fb_begin,
      t00_begin), indent=12)
t.row("Fund balances at end of year", (adm_fb_end, op_fb_end, adm_fb_end + op_fb_end, t00_end),
      font=BOLD, rule_above=True, double_below=True)
assert adm_fb_end == adm_fb_begin + adm_excess
assert op_fb_end == op_fb_begin + op_excess + op_transfer

# ---- Schedule 1 (runs over a page break) --------------------------------------------------------
d.y -= 34
SCH_COLS = [(RM - 180, ["Outstanding for", "prior years"]), (RM - 90, ["Assessed for", "2001"]),
            (RM, ["Total", "outstanding"])]


def schedule_head(cont):
    if cont:
        caption(d, ["SCHEDULE 1 (cont'd)", "(in Swiss francs)"], [BOLD, BODY_FONT])
    else:
        caption(d, ["SCHEDULE 1", "ASSESSED CONTRIBUTIONS OUTSTANDING AS AT 31 DECEMBER 2001",
                    "(in Swiss francs)"], [BOLD, BOLD, BODY_FONT])
    ts = Table(d, SCH_COLS)
    ts.headings(label_head="Member State")
    return ts


ts = schedule_head(False)
NOTE_A = "Payment plan concluded with the Administration in October 2001 (see paragraph 16)."
for i, (name, prior, cur, mk) in enumerate(schedule):
    need = ts.lead * (1 if i < len(schedule) - 1 else 5)
    if d.y - need < BOTTOM:
        d.new_page()
        ts = schedule_head(True)
    ts.row(name, (prior, cur, prior + cur), indent=4, marker=mk)
ts.row("Total", (sch_prior, sch_cur, sch_total), font=BOLD, rule_above=True, double_below=True)
d.y -= 10
c.setFont(BODY_FONT, 10 * 0.68)
c.drawString(LM, d.y - 9 + 3.5, "a")
c.setFont(BODY_FONT, 10)
c.drawString(LM + 10, d.y - 9, NOTE_A)

d.flush_footnotes()
c.showPage()
c.save()

print("pages:", d.page_no + 1)
print("sched total", sch_total, sch_prior, sch_cur)
print("op_voluntary", op_voluntary, "op_fb", op_fb_end, op_fb_begin, "t00_begin", t00_begin)
print("adm", adm_assessed, adm_misc, adm_staff, adm_excess)
