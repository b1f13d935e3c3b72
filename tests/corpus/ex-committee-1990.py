"""Draw ex-committee-1990.pdf: an Executive Committee paper of 1990 (MC/EX/421),
typed in Courier as the word processors of the time printed it."""
import os
import re

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "ex-committee-1990.pdf")

SYMBOL = "MC/EX/421"
W, H = A4
LM = 72.0                 # left margin
FS = 11                   # body font size
CW = FS * 0.6             # Courier character width
LEAD = 13.0               # line spacing
COLS = 66                 # characters per full line
RIGHT = LM + COLS * CW    # right edge of the text block
FN_FS = 9.5
FN_CW = FN_FS * 0.6
FN_LEAD = 11.5
FN_COLS = int(COLS * CW / FN_CW)
TOP = 770.0               # first body line on pages after the cover
BOTTOM = 70.0             # lowest body line on pages after the cover
BOTTOM_COVER = 96.0       # lowest body line on the cover (trilingual footer below)

FOOTNOTES = {
    "1": "The Administrative Part of the Budget is expressed in Swiss francs "
         "and the Operational Part in US dollars; see the Programme and Budget "
         "for 1990 (MC/1637), pages 3 to 6.",
    "2": "Figures as at 31 March 1990. A detailed statement by Member State "
         "is given in document MC/EX/420.",
}

# ---------------------------------------------------------------------------
# The text.  ^n marks a raised footnote marker.
# ---------------------------------------------------------------------------
BODY = [
    ("heading", "I.", "INTRODUCTION"),
    ("para", "1.",
     "The Sub-Committee on Budget and Finance held its Sixty-fifth Session "
     "at the Headquarters of the Organization in Geneva on 23 and 24 April "
     "1990. This was the first session of the Sub-Committee since the "
     "amendments to the Constitution adopted by the Council in Resolution "
     "No. 724 (LV) of 20 May 1987 entered into force on 14 November 1989, "
     "from which date the Intergovernmental Committee for Migration (ICM) "
     "has been known as the International Organization for Migration (IOM)."),
    ("para", "2.",
     "The following members of the Sub-Committee were represented: "
     "Argentina, Australia, Belgium, Canada, Chile, Colombia, Federal "
     "Republic of Germany, Greece, Israel, Italy, Netherlands, Switzerland, "
     "Thailand and the United States of America. Austria, Costa Rica and "
     "Norway were represented by observers."),
    ("para", "3.",
     "Mr. H. Vandermeer (Netherlands) was elected Chairman and Mr. R. "
     "Castellanos (Colombia) Vice-Chairman. The Sub-Committee adopted its "
     "provisional agenda without amendment."),

    ("heading", "II.", "FINANCIAL REPORT FOR THE YEAR ENDED 31 DECEMBER 1989"),
    ("para", "4.",
     "The Sub-Committee examined the Financial Report for the year ended "
     "31 December 1989 (MC/1652), together with the report of the External "
     "Auditors. The Administration pointed out that the accounts for 1989 "
     "had been closed under the Financial Regulations in force before the "
     "change of name, and that the statements therefore still bore the "
     "title of the Intergovernmental Committee for Migration."),
    ("para", "5.",
     "Under the Administrative Part of the Budget, expenditure amounted to "
     "CHF 29,418,650 against approved estimates of CHF 29,650,000, leaving "
     "an unspent balance of CHF 231,350.^1 In line with past practice, the "
     "Administration proposed that this balance be carried forward to 1990 "
     "and applied to the cost of the change of name referred to in "
     "paragraph 15 below."),
    ("para", "6.",
     "Expenditure under the Operational Part of the Budget reached "
     "USD 244.7 million in 1989, compared with USD 201.3 million in 1988. "
     "The growth was due mainly to the number of emigrants from the Soviet "
     "Union processed in Rome and Vienna for onward resettlement, which rose "
     "well beyond the level foreseen when the budget was drawn up. The "
     "actual figures for 1989 are shown below beside the revised estimates "
     "for 1990:"),
    ("table",),
    ("para", "7.",
     "The Sub-Committee noted with satisfaction that the External Auditors "
     "had given an unqualified opinion on the accounts for 1989. One "
     "delegation asked that future financial reports show separately the "
     "movements financed through the Refugee Loan Fund and the amounts "
     "repaid to it during the year. The Administration undertook to do so "
     "from the Financial Report for 1990 onwards."),

    ("heading", "III.", "REVISED PROGRAMME AND BUDGET FOR 1990"),
    ("para", "8.",
     "Introducing the revised estimates for 1990 contained in document "
     "MC/EX/419, the Director of the Finance and Administration Division "
     "explained that the Operational Part now stood at USD 279.8 million, an "
     "increase of USD 35.1 million over actual expenditure in 1989. He "
     "attributed the increase chiefly to:"),
    ("item", "(a)",
     "the continued processing of emigrants from the Soviet Union for "
     "resettlement in the United States, Israel, Canada and Australia, "
     "expected to account for some 48,000 movements in 1990;"),
    ("item", "(b)",
     "the larger number of departures from Viet Nam under the Orderly "
     "Departure Programme, for which the receiving countries had announced "
     "higher admission levels;"),
    ("item", "(c)",
     "the completion, in co-operation with the Office of the United Nations "
     "High Commissioner for Refugees, of the programme for the return of "
     "Namibians begun in 1989; and"),
    ("item", "(d)",
     "the rise in air fares on several long-haul routes since the budget "
     "was adopted, which the Organization had been able to offset only in "
     "part through its special migrant tariffs."),
    ("para", "9.",
     "Several members welcomed the expansion of operations but asked whether "
     "the Organization's administrative structure could sustain activities "
     "on this scale. The Administration recalled that operational "
     "expenditure was financed project by project, that no movement was "
     "undertaken without prior assurance of funding, and that the revised "
     "estimates required no additional assessed contributions."),
    ("para", "10.",
     "As regards the Administrative Part of the Budget, the Sub-Committee "
     "recalled that the Council, by Resolution No. 806 (LIX) of 21 November "
     "1989, had approved a level of CHF 30,764,000 for 1990. No revision of "
     "that figure was proposed. The Administration expected to absorb the "
     "salary adjustments of the United Nations common system within the "
     "approved level, provided the Swiss franc did not rise further against "
     "the US dollar."),
    ("para", "11.",
     "One delegation, supported by two others, suggested that the "
     "Administration present, at the autumn session of the Sub-Committee, a "
     "brief analysis of the staff costs borne by the Operational Part of the "
     "Budget, with particular reference to posts financed from project "
     "overheads. The Administration agreed to prepare such a paper."),

    ("heading", "IV.", "STATUS OF ASSESSED CONTRIBUTIONS"),
    ("para", "12.",
     "The Sub-Committee reviewed the status of contributions to the "
     "Administrative Part of the Budget.^2 Contributions outstanding for "
     "1989 and prior years amounted to CHF 2,186,400, of which "
     "CHF 1,312,900 was owed by four Member States that had made no payment "
     "for two or more years. Contributions received for 1990 totalled "
     "CHF 9,842,600, or 32 per cent of the assessments for the year."),
    ("para", "13.",
     "The Sub-Committee recalled Article 4, paragraph 3, of the "
     "Constitution, under which a Member State that fails to meet its "
     "financial obligations for two consecutive financial years may be "
     "deprived of its right to vote by a decision of the Council taken by a "
     "two-thirds majority. It expressed the hope that the Member States "
     "concerned would settle their arrears, or propose arrangements for "
     "doing so, before the next session of the Council."),
    ("para", "14.",
     "The Administration reported that one of the four Member States had "
     "since agreed to a plan for paying its arrears in three annual "
     "instalments, the first of which had been received on 12 April 1990, "
     "and that discussions were in progress with a second."),

    ("heading", "V.", "OTHER MATTERS"),
    ("para", "15.",
     "The Sub-Committee was informed that the costs arising from the change "
     "of name, such as the replacement of stationery, forms, travel "
     "documents and office signs, were estimated at USD 46,000. They would "
     "be met from the unspent balance mentioned in paragraph 5 and would "
     "not give rise to a request for additional resources."),
    ("para", "16.",
     "The Sub-Committee agreed to hold its Sixty-sixth Session in October "
     "1990, before the Sixtieth Session of the Council, on a date to be set "
     "by the Administration in consultation with the Chairman."),

    ("heading", "VI.", "RECOMMENDATION"),
    ("para", "17.",
     "Having completed its review, the Sub-Committee agreed to submit the "
     "present report to the Executive Committee, together with the "
     "following recommendation."),
    ("para", "18.",
     "The Executive Committee is invited to:"),
    ("item", "(a)",
     "take note of the Financial Report for the year ended 31 December 1989 "
     "(MC/1652) and of the report of the External Auditors, and recommend "
     "that the Council approve them;"),
    ("item", "(b)",
     "take note of the revised estimates for the Operational Part of the "
     "Budget for 1990 set out in document MC/EX/419;"),
    ("item", "(c)",
     "urge the Member States in arrears to pay their outstanding "
     "contributions or to agree on a plan of payment with the "
     "Administration; and"),
    ("item", "(d)",
     "take note of the present report."),
]

TABLE_CAPTION = "Operational Part of the Budget (in US dollars)"
TABLE_HEAD = [("", "1989", "1990"), ("", "(actual)", "(revised)")]
TABLE_ROWS = [
    ("Staff and services", "41,286,400", "46,912,300"),
    ("Transportation of migrants and refugees", "187,405,900", "214,630,000"),
    ("Medical services", "9,874,200", "11,208,500"),
    ("Other direct programme costs", "6,132,700", "7,049,200"),
]
TABLE_TOTAL = ("Total", "244,699,200", "279,800,000")


# ---------------------------------------------------------------------------
# Wrapping and drawing helpers
# ---------------------------------------------------------------------------
MARK = re.compile(r"\^(\d+)")


def vis_len(s):
    """Length in character cells; a raised marker counts as one cell."""
    return len(MARK.sub("x", s))


def wrap(text, first, rest):
    words = text.split()
    lines, cur = [], ""
    width = first
    for w in words:
        cand = w if not cur else cur + " " + w
        if vis_len(cand) <= width:
            cur = cand
        else:
            lines.append(cur)
            cur = w
            width = rest
    if cur:
        lines.append(cur)
    return lines


def draw_marked(c, x, y, s, fs=FS):
    """Draw a line that may contain ^n markers, raised in a smaller size."""
    cw = fs * 0.6
    pos = 0
    for m in MARK.finditer(s):
        seg = s[pos:m.start()]
        c.setFont("Courier", fs)
        c.drawString(x, y, seg)
        x += len(seg) * cw
        c.setFont("Courier", fs * 0.65)
        c.drawString(x, y + fs * 0.38, m.group(1))
        x += len(m.group(1)) * fs * 0.65 * 0.6
        pos = m.end()
    seg = s[pos:]
    c.setFont("Courier", fs)
    c.drawString(x, y, seg)


def fn_lines(num):
    return wrap(FOOTNOTES[num], FN_COLS - 3, FN_COLS - 3)


def fn_height(nums):
    if not nums:
        return 0.0
    n = sum(len(fn_lines(k)) for k in nums)
    return 2 * FN_LEAD + n * FN_LEAD


# ---------------------------------------------------------------------------
# Page machinery
# ---------------------------------------------------------------------------
class Doc:
    def __init__(self, path):
        self.c = canvas.Canvas(path, pagesize=A4)
        self.c.setTitle(SYMBOL)
        self.c.setAuthor("International Organization for Migration")
        self.page = 1
        self.notes = []
        self.cover()

    # cover -----------------------------------------------------------------
    def cover(self):
        c = self.c
        tab = LM + 43 * CW
        c.setFont("Courier", FS)
        c.drawString(tab, 790, SYMBOL)
        c.drawString(tab, 776, "Original: ENGLISH")
        c.drawString(tab, 762, "9 May 1990")
        c.setFont("Courier-Bold", FS)
        c.drawCentredString(W / 2, 716, "SEVENTY-EIGHTH SESSION")
        t1 = "REPORT OF THE SUB-COMMITTEE ON BUDGET AND FINANCE"
        t2 = "ON ITS SIXTY-FIFTH SESSION"
        c.drawCentredString(W / 2, 680, t1)
        c.drawCentredString(W / 2, 667, t2)
        c.setFont("Courier", FS)
        c.drawCentredString(W / 2, 650, "_" * 16)
        # trilingual organ footer
        c.setLineWidth(0.8)
        c.line(LM - 12, 58, RIGHT + 12, 58)
        c.setFont("Courier-Bold", 9.5)
        c.drawString(LM - 12, 44, "EXECUTIVE COMMITTEE")
        c.drawCentredString(W / 2 + 10, 44, "COMITÉ EXÉCUTIF")
        c.drawRightString(RIGHT + 12, 44, "COMITÉ EJECUTIVO")
        self.y = 614.0
        self.bottom = BOTTOM_COVER

    # page break ------------------------------------------------------------
    def finish_page(self):
        c = self.c
        self.draw_notes()
        c.showPage()
        self.page += 1
        self.notes = []
        c.setFont("Courier", FS)
        c.drawRightString(RIGHT, 800, SYMBOL)
        c.drawRightString(RIGHT, 787, "Page %d" % self.page)
        self.y = TOP
        self.bottom = BOTTOM
        self.fresh = True

    def room(self, nlines, new_notes=()):
        notes = self.notes + [n for n in new_notes if n not in self.notes]
        return self.y - (nlines - 1) * LEAD >= self.bottom + fn_height(notes)

    def blank(self):
        if not getattr(self, "fresh", False):
            self.y -= LEAD

    def put(self, x, s):
        """Place one body line, carrying its footnotes; break pages as needed."""
        new = MARK.findall(s)
        if not self.room(1, new):
            self.finish_page()
        for n in new:
            if n not in self.notes:
                self.notes.append(n)
        draw_marked(self.c, x, self.y, s)
        self.y -= LEAD
        self.fresh = False

    # blocks ----------------------------------------------------------------
    def heading(self, num, text):
        if not self.room(6):
            self.finish_page()
        self.blank()
        x = LM
        label = num.ljust(6)
        c = self.c
        c.setFont("Courier", FS)
        c.drawString(x, self.y, label + text)
        c.setLineWidth(0.6)
        tx = x + len(label) * CW
        c.line(tx, self.y - 2, tx + len(text) * CW, self.y - 2)
        self.y -= LEAD
        self.fresh = False

    def para(self, num, text):
        lines = wrap(text, COLS - 6, COLS)
        if not self.room(2):
            self.finish_page()
        self.blank()
        for i, ln in enumerate(lines):
            if i == 0:
                if not self.room(1, MARK.findall(ln)):
                    self.finish_page()
                self.c.setFont("Courier", FS)
                self.c.drawString(LM, self.y, num)
                draw_marked(self.c, LM + 6 * CW, self.y, ln)
                for n in MARK.findall(ln):
                    self.notes.append(n)
                self.y -= LEAD
                self.fresh = False
            else:
                self.put(LM, ln)

    def item(self, label, text):
        lines = wrap(text, COLS - 11, COLS - 11)
        if not self.room(2):
            self.finish_page()
        self.blank()
        for i, ln in enumerate(lines):
            if i == 0:
                if not self.room(1):
                    self.finish_page()
                self.c.setFont("Courier", FS)
                self.c.drawString(LM + 6 * CW, self.y, label)
            self.put(LM + 11 * CW, ln)

    def table(self):
        need = 2 + 2 + 1 + len(TABLE_ROWS) + 2 + 1
        if not self.room(need):
            self.finish_page()
        c = self.c
        self.blank()
        self.blank()
        c.setFont("Courier", FS)
        c.drawCentredString(LM + COLS * CW / 2, self.y, TABLE_CAPTION)
        self.y -= 2 * LEAD
        c1 = LM + 53 * CW      # right edge of the 1989 column
        c2 = LM + 66 * CW      # right edge of the 1990 column
        c.setLineWidth(0.6)
        c.line(LM, self.y + LEAD - 3, c2, self.y + LEAD - 3)
        for _, a, b in TABLE_HEAD:
            c.drawRightString(c1, self.y, a)
            c.drawRightString(c2, self.y, b)
            self.y -= LEAD
        c.line(LM, self.y + LEAD - 4, c2, self.y + LEAD - 4)
        self.y -= LEAD * 0.4
        for lab, a, b in TABLE_ROWS:
            c.drawString(LM, self.y, lab)
            c.drawRightString(c1, self.y, a)
            c.drawRightString(c2, self.y, b)
            self.y -= LEAD
        c.line(c1 - 11 * CW, self.y + LEAD - 4, c2, self.y + LEAD - 4)
        self.y -= LEAD * 0.4
        lab, a, b = TABLE_TOTAL
        c.drawString(LM, self.y, lab)
        c.drawRightString(c1, self.y, a)
        c.drawRightString(c2, self.y, b)
        c.line(LM, self.y - 4, c2, self.y - 4)
        self.y -= LEAD
        self.blank()

    def draw_notes(self):
        c = self.c
        if not self.notes:
            return
        rule_y = self.bottom + fn_height(self.notes) - FN_LEAD
        c.setFont("Courier", FN_FS)
        c.drawString(LM, rule_y, "_" * 12)
        y = rule_y - FN_LEAD
        for k in self.notes:
            for i, ln in enumerate(fn_lines(k)):
                if i == 0:
                    c.setFont("Courier", FN_FS * 0.65)
                    c.drawString(LM, y + FN_FS * 0.3, k)
                c.setFont("Courier", FN_FS)
                c.drawString(LM + 3 * FN_CW, y, ln)
                y -= FN_LEAD

    def close(self):
        self.draw_notes()
        self.c.showPage()
        self.c.save()


def main():
    d = Doc(OUT)
    for blk in BODY:
        kind = blk[0]
        if kind == "heading":
            d.heading(blk[1], blk[2])
        elif kind == "para":
            d.para(blk[1], blk[2])
        elif kind == "item":
            d.item(blk[1], blk[2])
        elif kind == "table":
            d.table()
    d.close()
    print("pages:", d.page)


if __name__ == "__main__":
    main()
