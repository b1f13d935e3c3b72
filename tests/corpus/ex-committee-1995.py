"""Draw ex-committee-1995.pdf: an IOM Executive Committee paper of 1995 (MC/EX/568), with reportlab."""
import os
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "ex-committee-1995.pdf")

SYMBOL = "MC/EX/568"
W, H = A4
LM, RM = 72, 523          # left and right text margins
TOP = 760                 # first body baseline on text pages
BOTTOM = 64               # lowest baseline allowed
BODY_FONT, BODY_SIZE, LEAD = "Times-Roman", 11, 13.2
FN_SIZE, FN_LEAD = 9, 10.8
SUP_SIZE, SUP_RISE = 7, 4.2

TITLE_LINES = ["THE FINANCIAL SITUATION OF THE ORGANIZATION",
               "AND MEASURES TO REDUCE ARREARS IN CONTRIBUTIONS"]

FOOTNOTES = {
    "1": "The Programme and Budget for 1995 is set out in document MC/1788. The Administrative Part was "
         "approved at the level proposed by the Director General, while the Operational Part was approved "
         "as an estimate to be adjusted in the light of funding received.",
    "2": "Article 4, paragraph 3, of the Constitution provides that a Member State which is in arrears in "
         "the payment of its financial contributions to the Organization shall have no vote if the amount "
         "of its arrears equals or exceeds the amount of the contributions due from it for the preceding "
         "two full years.",
    "3": "The Sub-Committee on Budget and Finance was informed of these transfers at its meeting of "
         "19 September 1995 (see document MC/EX/566, paragraphs 9 to 12).",
}

# ---------------------------------------------------------------------------------------------
# Content. "^n" at the end of a word marks a raised footnote marker.
# ---------------------------------------------------------------------------------------------
BODY = [
    ("heading", "I.", "INTRODUCTION"),
    ("para", "1.", "This document reviews the financial situation of the Organization during the first eight "
     "months of 1995, as requested by the Executive Committee at its Eighty-eighth Session (see document "
     "MC/EX/561, paragraph 23). It covers the Administrative and Operational Parts of the Budget, the level "
     "of contributions outstanding from Member States and the measures taken or proposed by the "
     "Administration to reduce arrears and to safeguard the liquidity of the Organization."),
    ("para", "2.", "The Programme and Budget for 1995 was approved by the Council through Resolution "
     "No. 907 (LXVIII) of 29 November 1994.^1 It provided for an Administrative Part of CHF 36,811,000, "
     "financed by assessed contributions from Member States, and for an Operational Part estimated at "
     "USD 196,650,000, financed by voluntary contributions and by reimbursements for services rendered."),
    ("para", "3.", "The figures given below are drawn from the accounts as at 31 August 1995 and are "
     "provisional. They will be superseded by those of the Financial Report for the year ending "
     "31 December 1995, which will be submitted to the Executive Committee in the spring of 1996."),
    ("heading", "II.", "ADMINISTRATIVE PART OF THE BUDGET"),
    ("sub", "A.", "Assessed contributions"),
    ("para", "4.", "The status of assessed contributions at 31 August 1995 is summarized in Table 1 below. "
     "Contributions received during the period totalled CHF 25,060,548, of which CHF 3,106,210 was paid "
     "towards arrears from prior years."),
    ("table", "t1"),
    ("para", "5.", "Of the 55 Member States, 31 had paid their 1995 contributions in full by 31 August, 9 had "
     "made partial payments and 15 had made no payment towards their 1995 assessment. The amount still "
     "outstanding for 1995 alone, CHF 14,856,662, represents 40.4 per cent of the total assessed."),
    ("para", "6.", "Experience in previous years shows that a substantial share of assessed contributions is "
     "received in the last quarter. Even allowing for this pattern, the Administration estimates that "
     "contributions outstanding at 31 December 1995 will not fall below CHF 11 million, compared with "
     "CHF 9,482,367 a year earlier."),
    ("sub", "B.", "Member States in arrears"),
    ("para", "7.", "At 31 August 1995, eleven Member States had arrears equal to or exceeding the contributions "
     "due from them for the preceding two full years, and were therefore subject to the provisions of "
     "Article 4, paragraph 3, of the Constitution.^2 Their combined arrears amounted to CHF 5,918,442, or "
     "92.8 per cent of all contributions outstanding for prior years."),
    ("para", "8.", "The Administration has remained in contact with each of these Member States. Their "
     "situation may be summarized as follows:"),
    ("item", 1, "(a)", "four Member States have concluded, or are about to conclude, payment plans under which "
     "their arrears will be settled in annual instalments over a period not exceeding five years;"),
    ("item", 1, "(b)", "three Member States have indicated that they will make payments before the end of 1995, "
     "but have not yet proposed a plan for the remaining balance; and"),
    ("item", 1, "(c)", "four Member States have not responded to the communications of the Administration."),
    ("para", "9.", "The Executive Committee will recall that the Council, in Resolution No. 891 (LXVI) of "
     "26 November 1992, urged Member States in arrears to conclude payment plans with the Administration "
     "and requested the Director General to report regularly on their implementation. The present "
     "document constitutes that report for 1995."),
    ("heading", "III.", "OPERATIONAL PART OF THE BUDGET"),
    ("para", "10.", "Unlike the Administrative Part, the Operational Part is financed from voluntary "
     "contributions, most of them earmarked for specific projects, and from reimbursements by governments, "
     "migrants and sponsors for services rendered. Expenditure under the Operational Part is incurred "
     "only when the corresponding funding has been secured."),
    ("para", "11.", "Table 2 compares the estimates for the Operational Part with the funds received or "
     "firmly pledged at 31 August 1995."),
    ("table", "t2"),
    ("para", "12.", "Overall, 76.2 per cent of the estimated requirements were covered at the end of August. "
     "The following points should be noted:"),
    ("item", 1, "(a)", "movement programmes remain well funded, largely owing to resettlement and repatriation "
     "activities in South-East Asia and in the former Yugoslavia;"),
    ("item", 1, "(b)", "funding for migration for development and for technical cooperation on migration lags "
     "behind the estimates, and several projects have had to be postponed to 1996; and"),
    ("item", 1, "(c)", "research and information activities have attracted only half of the resources "
     "foreseen, and the Administration will submit revised proposals for 1996."),
    ("para", "13.", "Overhead income, charged on operational projects to cover part of the cost of the "
     "Organization's field structure, amounted to USD 6,847,300 at 31 August 1995, against USD 10,400,000 "
     "budgeted for the year. A shortfall of about USD 1.2 million is foreseen; it will be met by "
     "reductions in field staff and office costs."),
    ("heading", "IV.", "CASH POSITION"),
    ("para", "14.", "The late payment of assessed contributions has a direct effect on the cash position of "
     "the Organization. The Administrative Part is financed entirely from assessed contributions, and the "
     "Organization has only very limited reserves on which it can draw."),
    ("para", "15.", "From March to June 1995 the Administrative Part was able to meet its commitments only by "
     "temporarily drawing on funds held for the Operational Part. This internal borrowing, which reached "
     "CHF 2.4 million at its peak in May, was fully repaid by 14 July 1995.^3 It nevertheless runs counter "
     "to the Financial Regulations and cannot be regarded as an acceptable practice."),
    ("para", "16.", "Unless the level of arrears is significantly reduced, the Administration expects a "
     "similar situation to arise in the first half of 1996, when most Member States have not yet "
     "remitted their contributions for the year."),
    ("heading", "V.", "MEASURES TO REDUCE ARREARS"),
    ("para", "17.", "In consultation with the Sub-Committee on Budget and Finance, which considered the "
     "matter at its meeting of 19 September 1995, the Administration proposes the following measures:"),
    ("item", 1, "(a)", "to send to each Member State, at the beginning of each year, a statement of the "
     "contributions due and of any arrears, with a request to indicate the expected date of payment;"),
    ("item", 1, "(b)", "to invite Member States with arrears of more than two years to conclude payment plans, "
     "which would:"),
    ("item", 2, "(i)", "set out a schedule of annual instalments, in addition to the contribution for the "
     "current year;"),
    ("item", 2, "(ii)", "be reported to the Executive Committee at each of its sessions; and"),
    ("item", 2, "(iii)", "lapse if two consecutive instalments are not paid;"),
    ("item", 1, "(c)", "to consider, in respect of Member States which honour their payment plans, the "
     "restoration of the right to vote under the procedure foreseen in Article 4, paragraph 3, of the "
     "Constitution; and"),
    ("item", 1, "(d)", "to include in each document on the financial situation submitted to the governing "
     "bodies a list of contributions outstanding by Member State."),
    ("para", "18.", "The Sub-Committee also recommended that the Administration study the feasibility of "
     "establishing a working capital fund of moderate size, to be financed from voluntary contributions "
     "and from any surplus in the Administrative Part. A document on this subject will be prepared for "
     "the next session of the Executive Committee."),
    ("para", "19.", "The measures proposed do not require any amendment of the Constitution or of the "
     "Financial Regulations. The Administration considers, however, that they would carry greater weight "
     "if they were endorsed by the Council at its Seventy-first Session in November 1995."),
    ("heading", "VI.", "CONCLUSION"),
    ("para", "20.", "The financial situation of the Organization in 1995 remains fragile. Although the "
     "Operational Part is reasonably funded, the persistent level of arrears in assessed contributions "
     "places the Administrative Part at risk and has already obliged the Administration to resort to "
     "internal borrowing."),
    ("para", "21.", "The Executive Committee is invited to:"),
    ("item", 1, "(a)", "take note of this document;"),
    ("item", 1, "(b)", "urge Member States to pay their 1995 contributions in full before the end of the year "
     "and, where appropriate, to settle their arrears or conclude payment plans with the Administration; "
     "and"),
    ("item", 1, "(c)", "endorse the measures set out in paragraph 17 above and recommend them to the Council "
     "for adoption at its Seventy-first Session."),
]

TABLES = {
    "t1": {
        "caption": "Table 1. Status of assessed contributions (in Swiss francs)",
        "label_w": 200,
        "cols": [(380, "Prior years"), (455, "1995"), (523, "Total")],
        "rows": [
            ("Outstanding at 1 January 1995", "9,482,367", "-", "9,482,367", False),
            ("Assessed for 1995", "-", "36,811,000", "36,811,000", False),
            ("Received to 31 August 1995", "3,106,210", "21,954,338", "25,060,548", False),
            ("Outstanding at 31 August 1995", "6,376,157", "14,856,662", "21,232,819", True),
        ],
    },
    "t2": {
        "caption": "Table 2. Operational Part: estimates and funding received (in US dollars)",
        "label_w": 200,
        "cols": [(380, "Estimates"), (465, "Funds received"), (523, "Per cent")],
        "rows": [
            ("Movement programmes", "152,400,000", "118,730,500", "77.9", False),
            ("Migration for development", "21,600,000", "14,205,300", "65.8", False),
            ("Technical cooperation on migration", "8,900,000", "5,112,900", "57.4", False),
            ("Emergency humanitarian assistance", "12,300,000", "10,986,000", "89.3", False),
            ("Research and information", "1,450,000", "730,400", "50.4", False),
            ("Total", "196,650,000", "149,765,100", "76.2", True),
        ],
    },
}


# ---------------------------------------------------------------------------------------------
# Layout engine
# ---------------------------------------------------------------------------------------------
def split_word(word):
    """Return (base, marker) where marker is a footnote number or None."""
    if "^" in word:
        base, mark = word.split("^", 1)
        return base, mark
    return word, None


def word_width(word, font, size):
    base, mark = split_word(word)
    w = stringWidth(base, font, size)
    if mark:
        w += stringWidth(mark, font, SUP_SIZE)
    return w


def wrap(text, first_width, other_width, font=BODY_FONT, size=BODY_SIZE):
    words = text.split()
    lines, cur, cur_w = [], [], 0.0
    space = stringWidth(" ", font, size)
    width = first_width
    for wd in words:
        ww = word_width(wd, font, size)
        add = ww if not cur else cur_w + space + ww
        if cur and add > width:
            lines.append(cur)
            cur, cur_w = [wd], ww
            width = other_width
        else:
            cur.append(wd)
            cur_w = add
    if cur:
        lines.append(cur)
    return lines


def draw_words(c, x, y, words, font=BODY_FONT, size=BODY_SIZE):
    space = stringWidth(" ", font, size)
    for i, wd in enumerate(words):
        if i:
            x += space
        base, mark = split_word(wd)
        c.setFont(font, size)
        c.drawString(x, y, base)
        x += stringWidth(base, font, size)
        if mark:
            c.setFont(font, SUP_SIZE)
            c.drawString(x, y + SUP_RISE, mark)
            x += stringWidth(mark, font, SUP_SIZE)
    return x


def markers_in(words):
    return [split_word(w)[1] for w in words if split_word(w)[1]]


class Doc:
    def __init__(self, path):
        self.c = canvas.Canvas(path, pagesize=A4)
        self.c.setTitle(SYMBOL)
        self.c.setAuthor("International Organization for Migration")
        self.page_no = 0          # text pages are numbered from 1 after the cover
        self.y = None
        self.notes = []           # footnote numbers on the current page

    # -- cover ---------------------------------------------------------------------------------
    def cover(self):
        c = self.c
        c.setFont("Times-Bold", 12)
        c.drawRightString(RM, 790, SYMBOL)
        c.setFont(BODY_FONT, 11)
        c.drawRightString(RM, 772, "Original: ENGLISH")
        c.drawRightString(RM, 758, "2 October 1995")
        c.setFont("Times-Bold", 12)
        c.drawCentredString(W / 2, 700, "EIGHTY-NINTH SESSION")
        c.setFont(BODY_FONT, 11)
        c.drawCentredString(W / 2, 686, "_" * 34)
        c.setFont("Times-Bold", 13)
        y = 560
        for line in TITLE_LINES:
            c.drawCentredString(W / 2, y, line)
            y -= 18
        # trilingual organ footer
        c.setFont("Times-Bold", 11)
        c.drawString(LM, 60, "EXECUTIVE COMMITTEE")
        c.drawCentredString(W / 2 + 4, 60, "COMITÉ EXÉCUTIF")
        c.drawRightString(RM, 60, "COMITÉ EJECUTIVO")
        c.showPage()

    # -- text pages ------------------------------------------------------------------------------
    def new_page(self):
        if self.page_no:
            self.finish_page()
        self.page_no += 1
        c = self.c
        c.setFont(BODY_FONT, 11)
        c.drawRightString(RM, 805, SYMBOL)
        c.drawRightString(RM, 792, "Page %d" % self.page_no)
        self.y = TOP
        self.notes = []

    def fn_lines(self, num):
        return wrap(FOOTNOTES[num], RM - LM - 10, RM - LM - 10, BODY_FONT, FN_SIZE)

    def fn_height(self, nums):
        if not nums:
            return 0
        h = 16  # rule and gap
        for n in nums:
            h += len(self.fn_lines(n)) * FN_LEAD + 3
        return h

    def finish_page(self):
        c = self.c
        if self.notes:
            h = self.fn_height(self.notes)
            y = BOTTOM - 8 + h - 6
            c.setFont(BODY_FONT, FN_SIZE)
            c.drawString(LM, y, "_" * 22)
            y -= 16
            for n in self.notes:
                lines = self.fn_lines(n)
                c.setFont(BODY_FONT, SUP_SIZE)
                c.drawString(LM, y + 3.5, n)
                for ln in lines:
                    draw_words(c, LM + 10, y, ln, BODY_FONT, FN_SIZE)
                    y -= FN_LEAD
                y -= 3
        c.showPage()

    def room(self, need, new_notes=()):
        return self.y - need >= BOTTOM + self.fn_height(self.notes + list(new_notes))

    def gap(self, g):
        self.y -= g

    def place_line(self, x, words, font=BODY_FONT, size=BODY_SIZE, label=None, label_x=None):
        new = [m for m in markers_in(words) if m not in self.notes]
        if not self.room(LEAD, new):
            self.new_page()
        if label is not None:
            self.c.setFont(font, size)
            self.c.drawString(label_x, self.y, label)
        draw_words(self.c, x, self.y, words, font, size)
        self.notes.extend(new)
        self.y -= LEAD

    def heading(self, num, text, font="Times-Bold"):
        # keep heading with at least three following lines
        if not self.room(LEAD * 5):
            self.new_page()
        self.c.setFont(font, BODY_SIZE)
        self.c.drawString(LM, self.y, num)
        self.c.drawString(LM + 36, self.y, text)
        self.y -= LEAD
        self.gap(10)

    def para(self, num, text):
        lines = wrap(text, RM - LM - 36, RM - LM)
        if not self.room(LEAD * 2):
            self.new_page()
        for i, ln in enumerate(lines):
            if i == 0:
                self.place_line(LM + 36, ln, label=num, label_x=LM)
            else:
                self.place_line(LM, ln)
        self.gap(9)

    def item(self, level, label, text):
        lx = LM + 36 * level
        tx = lx + 36
        lines = wrap(text, RM - tx, RM - tx)
        if not self.room(LEAD * 2):
            self.new_page()
        for i, ln in enumerate(lines):
            if i == 0:
                self.place_line(tx, ln, label=label, label_x=lx)
            else:
                self.place_line(tx, ln)
        self.gap(7)

    def table(self, key):
        t = TABLES[key]
        need = LEAD * (len(t["rows"]) + 4) + 20
        if not self.room(need):
            self.new_page()
        c = self.c
        y = self.y
        c.setFont("Times-Bold", 10)
        c.drawCentredString(W / 2, y, t["caption"])
        y -= 18
        c.setFont("Times-Bold", 10)
        for x, head in t["cols"]:
            c.drawRightString(x, y, head)
        c.setLineWidth(0.5)
        c.line(LM + 18, y - 4, RM, y - 4)
        y -= 17
        for label, a, b, tot, bold in t["rows"]:
            font = "Times-Bold" if bold else BODY_FONT
            if bold:
                c.line(LM + 18, y + 10, RM, y + 10)
            c.setFont(font, 10)
            c.drawString(LM + 18, y, label)
            for (x, _), val in zip(t["cols"], (a, b, tot)):
                c.drawRightString(x, y, val)
            y -= LEAD + 1
        c.line(LM + 18, y + 9, RM, y + 9)
        self.y = y - 12


def build():
    d = Doc(OUT)
    d.cover()
    d.new_page()
    # running title repeated on the first text page
    d.c.setFont(BODY_FONT, 11)
    for line in TITLE_LINES:
        d.c.drawCentredString(W / 2, d.y, line)
        d.y -= LEAD
    d.gap(16)
    prev = None
    for blk in BODY:
        kind = blk[0]
        if prev == "item" and kind != "item":
            d.gap(5)
        prev = kind
        if kind == "heading":
            d.gap(4)
            d.heading(blk[1], blk[2])
        elif kind == "sub":
            d.heading(blk[1], blk[2], font="Times-BoldItalic")
        elif kind == "para":
            d.para(blk[1], blk[2])
        elif kind == "item":
            d.item(blk[1], blk[2], blk[3])
        elif kind == "table":
            d.gap(4)
            d.table(blk[1])
    d.finish_page()
    d.c.save()


if __name__ == "__main__":
    build()
