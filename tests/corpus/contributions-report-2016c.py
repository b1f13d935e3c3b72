"""Draws contributions-report-2016c.pdf: an SCPF status report on outstanding
contributions (S/18/6, 2016), laid out by hand on a reportlab canvas."""
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table, TableStyle
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "contributions-report-2016c.pdf")

SYMBOL = "S/18/6"
PAGE_W, PAGE_H = A4
LEFT = 2.5 * cm
RIGHT = PAGE_W - 2.5 * cm
WIDTH = RIGHT - LEFT
BOTTOM = 2.3 * cm
BODY_TOP = PAGE_H - 3.6 * cm
NUM_INDENT = 1.25 * cm

FONT, BOLD = "Helvetica", "Helvetica-Bold"

st_body = ParagraphStyle("body", fontName=FONT, fontSize=10.5, leading=13.5,
                         alignment=TA_JUSTIFY, firstLineIndent=NUM_INDENT)
st_item = ParagraphStyle("item", parent=st_body, firstLineIndent=0,
                         leftIndent=2 * NUM_INDENT, bulletIndent=NUM_INDENT,
                         bulletFontName=FONT, bulletFontSize=10.5)
st_head = ParagraphStyle("head", fontName=BOLD, fontSize=10.5, leading=13.5,
                         alignment=TA_LEFT)
st_title = ParagraphStyle("title", fontName=BOLD, fontSize=11, leading=14,
                          alignment=TA_CENTER)
st_caption = ParagraphStyle("caption", fontName=BOLD, fontSize=10, leading=12.5,
                            alignment=TA_CENTER)
st_fn = ParagraphStyle("fn", fontName=FONT, fontSize=8.5, leading=10.5,
                       alignment=TA_JUSTIFY, leftIndent=0.35 * cm,
                       firstLineIndent=-0.35 * cm)
st_th = ParagraphStyle("th", fontName=BOLD, fontSize=9, leading=11,
                       alignment=TA_CENTER)
st_tl = ParagraphStyle("tl", fontName=FONT, fontSize=9.5, leading=11.5,
                       alignment=TA_LEFT)
st_tlb = ParagraphStyle("tlb", parent=st_tl, fontName=BOLD)


def sup(n):
    return '<super rise="4" size="7">%s</super>' % n


def fmt(v):
    return "-" if v == 0 else "{:,}".format(v)


# ---------------------------------------------------------------- data
ANNEX = [
    ("Antigua and Barbuda", 0, 0, 0, 2870, 4415),
    ("Bolivia (Plurinational State of)", 0, 0, 0, 0, 31540),
    ("Burundi", 18644, 4512, 4498, 4460, 4415),
    ("Cabo Verde", 0, 0, 0, 0, 4415),
    ("Central African Republic", 142370, 4512, 4498, 4460, 4415),
    ("Comoros", 96815, 4512, 4498, 4460, 4415),
    ("Democratic Republic of the Congo", 612904, 17880, 13494, 13380, 13245),
    ("Dominican Republic", 0, 0, 21307, 44600, 48565),
    ("Gambia", 37221, 4512, 4498, 4460, 4415),
    ("Guinea-Bissau", 84109, 4512, 4498, 4460, 4415),
    ("Haiti", 0, 0, 0, 8920, 13245),
    ("Kyrgyzstan", 55760, 9024, 8996, 4460, 4415),
    ("Liberia", 201488, 4512, 4498, 4460, 4415),
    ("Libya", 0, 0, 0, 143020, 291390),
    ("Mauritania", 48933, 4512, 4498, 4460, 4415),
    ("Niger", 0, 0, 0, 2103, 8830),
    ("Paraguay", 0, 0, 0, 0, 26490),
    ("Sao Tome and Principe", 73056, 4512, 4498, 4460, 4415),
    ("Somalia", 1205673, 4512, 4498, 4460, 4415),
    ("Tajikistan", 34887, 9024, 8996, 8920, 8830),
    ("Venezuela (Bolivarian Republic of)", 0, 268941, 356704, 401400, 918760),
    ("Yemen", 0, 0, 9120, 13380, 17660),
]
YEARS = ["2011 and prior years", "2012", "2013", "2014", "2015"]
RECEIVED = [41318, 23870, 64502, 218755, 2847226]
OUT_MARCH = [sum(r[i + 1] for r in ANNEX) for i in range(5)]
OUT_JAN = [a + b for a, b in zip(OUT_MARCH, RECEIVED)]
TOT_MARCH, TOT_JAN, TOT_REC = sum(OUT_MARCH), sum(OUT_JAN), sum(RECEIVED)
PCT = ["%.1f" % (v * 100.0 / TOT_MARCH) for v in OUT_MARCH]

# the figures quoted in the text are typed literally; check them here
assert TOT_JAN == 8726835 and TOT_REC == 3195671 and TOT_MARCH == 5531164
assert abs(sum(float(p) for p in PCT) - 100.0) < 1e-9, PCT
assert PCT == ["47.2", "6.2", "8.3", "12.4", "25.9"], PCT
assert round(RECEIVED[4] * 100.0 / TOT_REC, 1) == 89.1
assert len(ANNEX) == 22

# ---------------------------------------------------------------- text
FOOTNOTES = {
    1: "Article 4 of the Constitution provides that a Member State which is in "
       "arrears in the payment of its financial contributions has no vote in the "
       "governing bodies when the sum owed equals or exceeds the contributions due "
       "from it for the two preceding full years. The Council may nonetheless "
       "allow such a Member State to vote if it is satisfied that the failure to "
       "pay stems from conditions beyond the Member State's control.",
    2: "The conditions governing payment plans, including the minimum annual "
       "instalment and the treatment of current-year contributions, are set out "
       "in document MC/2235, paragraphs 7 to 12.",
}

BODY = [
    ("title", "STATUS REPORT ON OUTSTANDING CONTRIBUTIONS<br/>"
              "TO THE ADMINISTRATIVE PART OF THE BUDGET"),
    ("space", 10),
    ("head", "I.", "INTRODUCTION"),
    ("para", 1, "This report sets out, for the information of the Standing "
     "Committee, the assessed contributions to the administrative part of the "
     "budget which had not been received by 31 March 2016, together with the "
     "arrangements in place with Member States for clearing older arrears. It "
     "brings up to date the position presented to the Standing Committee at its "
     "Seventeenth Session in document S/17/4.", []),
    ("para", 2, "Assessed contributions are payable in full on the first day of "
     "the financial year to which they refer. The Administration would also draw "
     "the attention of Member States to the provisions of Article 4 of the "
     "Constitution, which restrict the voting rights of any Member State whose "
     "arrears reach a specified level." + sup(1), [1]),
    ("para", 3, "All amounts are stated in Swiss francs. Contributions assessed "
     "for 2016 are not covered by this report: invoices for the current year "
     "were sent out in January 2016 and, in keeping with past practice, many "
     "Member States will settle them in the course of the year.", []),
    ("head", "II.", "STATUS OF OUTSTANDING CONTRIBUTIONS"),
    ("para", 4, "At 1 January 2016, contributions amounting to CHF 8,726,835 "
     "assessed for 2015 and earlier years were still unpaid. Payments of "
     "CHF 3,195,671 were credited against these arrears between 1 January and "
     "31 March 2016, so that the amount outstanding had fallen to CHF 5,531,164 "
     "by the end of the period. The movement for each year of assessment is "
     "given in Table 1.", []),
    ("caption", "Table 1. Outstanding contributions by year of assessment "
                "(in Swiss francs)"),
    ("table1",),
    ("para", 5, "Receipts in the first quarter related very largely to "
     "contributions for 2015, which made up 89.1 per cent of the sums "
     "collected. By contrast, little progress was made on arrears for 2011 and "
     "earlier years, which still account for 47.2 per cent of the total "
     "outstanding and are owed by a handful of Member States, several of which "
     "have made no payment for more than a decade.", []),
    ("para", 6, "As at 31 March 2016, 22 Member States had not yet paid in full "
     "the contributions assessed for 2015 or earlier years; the amount owed by "
     "each of them is shown, by year, in the Annex to this report. Fifteen of "
     "those Member States owed sums equal to or above the contributions due "
     "for the two preceding full years and thus came within the scope of "
     "Article 4 of the Constitution. Three of the fifteen have payment plans "
     "in force (see Section III).", []),
    ("para", 7, "The Administration is grateful to Ecuador, Guatemala, Honduras "
     "and Ukraine, which cleared all their arrears during the first three "
     "months of the year, and to the Member States that paid their 2015 "
     "contributions in full after the close of the 2015 financial year.", []),
    ("para", 8, "Because the administrative part of the budget is financed "
     "entirely from assessed contributions, sums left unpaid reduce the cash "
     "available to meet the core structure of the Organization and may, if "
     "they persist, have to be provided for as doubtful receivables. The "
     "Administration has therefore continued to write to the permanent "
     "missions concerned in Geneva and, where appropriate, to raise the matter "
     "with the authorities in capitals.", []),
    ("head", "III.", "PAYMENT PLANS"),
    ("para", 9, "A Member State with long-standing arrears may conclude with the "
     "Administration a payment plan under which the arrears are paid off in "
     "yearly instalments over a period of up to ten years, provided that the "
     "contributions for the current year are also paid when they fall due. "
     "The arrangement was endorsed by the Council in Resolution No. 1158 of "
     "27 November 2007." + sup(2), [2]),
    ("para", 10, "At the date of this report, payment plans were in force with "
     "the following three Member States:", []),
    ("item", "(a)", "Kyrgyzstan, whose plan was signed in 2012; the instalment "
     "due for 2016 was received in full on 18 February 2016;"),
    ("item", "(b)", "Tajikistan, whose plan dates from 2013; the instalments "
     "for 2014 and 2015 were received, and the instalment for 2016 is due by "
     "30 June 2016; and"),
    ("item", "(c)", "Liberia, which agreed a seven-year schedule in October "
     "2015 and has announced that its first instalment will be transferred "
     "before the end of the second quarter."),
    ("para", 11, "Member States that keep to the terms of their payment plans "
     "retain their right to vote. The Democratic Republic of the Congo has "
     "informed the Administration that it intends to propose a plan for its "
     "arrears, and consultations on a schedule are under way.", []),
    ("para", 12, "The Administration remains available to discuss comparable "
     "arrangements with any other Member State concerned, and will report on "
     "the outcome to the Standing Committee at its next session.", []),
    ("head", "IV.", "ACTION REQUESTED OF THE STANDING COMMITTEE"),
    ("para", 13, "The Standing Committee is invited to take note of this "
     "report and to urge Member States with outstanding contributions to pay "
     "them in full at the earliest opportunity or, failing that, to agree a "
     "payment plan with the Administration.", []),
    ("para", 14, "The Standing Committee may also wish to call upon the Member "
     "States with payment plans to continue to pay their instalments on "
     "schedule.", []),
]


# ---------------------------------------------------------------- tables
def head(text):
    return Paragraph(text, st_th)


def table1():
    data = [[head("Year of assessment"),
             head("Outstanding at<br/>1 January<br/>2016"),
             head("Received<br/>1 January to<br/>31 March 2016"),
             head("Outstanding at<br/>31 March<br/>2016"),
             head("Per cent<br/>of total")]]
    for i, y in enumerate(YEARS):
        data.append([Paragraph(y, st_tl), fmt(OUT_JAN[i]), fmt(RECEIVED[i]),
                     fmt(OUT_MARCH[i]), PCT[i]])
    data.append([Paragraph("Total", st_tlb), fmt(TOT_JAN), fmt(TOT_REC),
                 fmt(TOT_MARCH), "100.0"])
    t = Table(data, colWidths=[4.1 * cm, 3.0 * cm, 3.2 * cm, 3.0 * cm, 2.3 * cm])
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.8, "black"),
        ("INNERGRID", (0, 0), (-1, -1), 0.4, "black"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, "black"),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, "black"),
        ("FONT", (1, 1), (-1, -1), FONT, 9.5),
        ("FONT", (1, -1), (-1, -1), BOLD, 9.5),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (1, 1), (-1, -1), 6),
    ]))
    return t


def annex_table():
    data = [[head("Member State"), head("2011 and<br/>prior years"),
             head("2012"), head("2013"), head("2014"), head("2015"),
             head("Total")]]
    for r in ANNEX:
        data.append([Paragraph(r[0], st_tl)] + [fmt(v) for v in r[1:]]
                    + [fmt(sum(r[1:]))])
    data.append([Paragraph("Total", st_tlb)] + [fmt(v) for v in OUT_MARCH]
                + [fmt(TOT_MARCH)])
    assert sum(sum(r[1:]) for r in ANNEX) == TOT_MARCH
    t = Table(data, colWidths=[5.6 * cm, 2.1 * cm, 1.55 * cm, 1.55 * cm,
                               1.55 * cm, 1.85 * cm, 1.85 * cm])
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.8, "black"),
        ("INNERGRID", (0, 0), (-1, -1), 0.4, "black"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, "black"),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, "black"),
        ("FONT", (1, 1), (-1, -1), FONT, 9),
        ("FONT", (1, -1), (-1, -1), BOLD, 9),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("RIGHTPADDING", (1, 1), (-1, -1), 5),
    ]))
    return t


# ---------------------------------------------------------------- drawing
class Doc:
    def __init__(self, path):
        self.c = canvas.Canvas(path, pagesize=A4)
        self.c.setTitle("S/18/6 - Status report on outstanding contributions")
        self.c.setAuthor("International Organization for Migration")
        self.page = 0          # physical page
        self.label = None      # annex label for the running header
        self.number = 0        # printed page number

    def new_page(self, header=True, restart=False):
        if self.page:
            self.c.showPage()
        self.page += 1
        self.number = 1 if restart else self.number + 1
        self.fn_pending = []
        self.fn_height = 0
        if header:
            c = self.c
            c.setFont(FONT, 10)
            y = PAGE_H - 1.5 * cm
            lines = [SYMBOL] + ([self.label] if self.label else []) + \
                    ["Page %d" % self.number]
            for ln in lines:
                c.drawRightString(RIGHT, y, ln)
                y -= 12
        self.y = BODY_TOP

    # footnotes -----------------------------------------------------
    def fn_paras(self, nums):
        return [Paragraph(sup(n) + "&nbsp;" + FOOTNOTES[n], st_fn) for n in nums]

    def fn_block_height(self, nums):
        if not nums:
            return 0
        h = 14  # rule and gap
        for p in self.fn_paras(nums):
            h += p.wrap(WIDTH, PAGE_H)[1] + 3
        return h

    def floor(self, extra=()):
        return BOTTOM + self.fn_block_height(self.fn_pending + list(extra))

    def flush_footnotes(self):
        if not self.fn_pending:
            return
        c = self.c
        paras = self.fn_paras(self.fn_pending)
        hs = [p.wrap(WIDTH, PAGE_H)[1] for p in paras]
        y = BOTTOM + sum(hs) + 3 * len(hs)
        c.setLineWidth(0.6)
        c.line(LEFT, y + 6, LEFT + 5 * cm, y + 6)
        for p, h in zip(paras, hs):
            p.drawOn(c, LEFT, y - h)
            y -= h + 3
        self.fn_pending = []

    def end_page(self):
        self.flush_footnotes()

    # flowing blocks --------------------------------------------------
    def place(self, flow, gap_after, keep=0, fns=()):
        w, h = flow.wrap(WIDTH, PAGE_H)
        if self.y - h - keep < self.floor(fns):
            if hasattr(flow, "split") and isinstance(flow, Paragraph) and not fns:
                avail = self.y - self.floor()
                parts = flow.split(WIDTH, avail)
                if len(parts) == 2:
                    a, b = parts
                    ah = a.wrap(WIDTH, avail)[1]
                    a.drawOn(self.c, LEFT, self.y - ah)
                    self.end_page()
                    self.new_page()
                    bh = b.wrap(WIDTH, PAGE_H)[1]
                    b.drawOn(self.c, LEFT, self.y - bh)
                    self.y -= bh + gap_after
                    return
            self.end_page()
            self.new_page()
        x = LEFT + (WIDTH - w) / 2 if isinstance(flow, Table) else LEFT
        flow.drawOn(self.c, x, self.y - h)
        self.fn_pending.extend(fns)
        self.y -= h + gap_after

    def numbered(self, num, text, fns):
        p = Paragraph(text, st_body)
        w, h = p.wrap(WIDTH, PAGE_H)
        # a paragraph carrying a footnote marker is kept whole on one page, so
        # that the marker and the footnote body share the page; any other
        # paragraph needs room for at least its first two lines here
        need = h if fns else 2 * st_body.leading
        if self.y - need < self.floor(fns):
            self.end_page()
            self.new_page()
        self.c.setFont(FONT, 10.5)
        self.c.drawString(LEFT, self.y - 10.5, "%d." % num)
        self.place(p, 9, fns=fns)


def build():
    d = Doc(OUT)
    c = d.c

    # ------------------------------------------------------- cover page
    d.new_page(header=False)
    c.setFont(BOLD, 12)
    y = PAGE_H - 2.2 * cm
    c.drawRightString(RIGHT, y, SYMBOL)
    c.setFont(FONT, 10.5)
    c.drawRightString(RIGHT, y - 16, "Original: English")
    c.drawRightString(RIGHT, y - 30, "4 May 2016")
    c.setFont(BOLD, 11)
    c.drawCentredString(PAGE_W / 2, PAGE_H - 7.4 * cm,
                        "STANDING COMMITTEE ON PROGRAMMES AND FINANCE")
    c.drawCentredString(PAGE_W / 2, PAGE_H - 8.1 * cm, "Eighteenth Session")
    c.setFont(BOLD, 12.5)
    c.drawCentredString(PAGE_W / 2, PAGE_H - 13.2 * cm,
                        "STATUS REPORT ON OUTSTANDING CONTRIBUTIONS")
    c.drawCentredString(PAGE_W / 2, PAGE_H - 13.9 * cm,
                        "TO THE ADMINISTRATIVE PART OF THE BUDGET")

    # ------------------------------------------------------- body
    d.number = 0
    d.new_page()
    for blk in BODY:
        kind = blk[0]
        if kind == "title":
            d.place(Paragraph(blk[1], st_title), 8)
        elif kind == "space":
            d.y -= blk[1]
        elif kind == "head":
            # keep a heading with at least three lines of what follows
            if d.y - 14 - 4 * st_body.leading < d.floor():
                d.end_page()
                d.new_page()
            d.y -= 6
            c.setFont(BOLD, 10.5)
            c.drawString(LEFT, d.y - 10.5, blk[1])
            c.drawString(LEFT + NUM_INDENT, d.y - 10.5, blk[2])
            d.y -= 10.5 + 12
        elif kind == "para":
            d.numbered(blk[1], blk[2], blk[3])
        elif kind == "item":
            p = Paragraph(blk[2], st_item, bulletText=blk[1])
            d.place(p, 9 if blk[1] == "(c)" else 6)
        elif kind == "caption":
            t = table1()
            th = t.wrap(WIDTH, PAGE_H)[1]
            if d.y - 30 - th < d.floor():
                d.end_page()
                d.new_page()
            d.y -= 4
            d.place(Paragraph(blk[1], st_caption), 6)
        elif kind == "table1":
            d.place(table1(), 14)
    d.end_page()

    # ------------------------------------------------------- annex
    d.label = "Annex"
    d.new_page(restart=True)
    d.place(Paragraph("MEMBER STATES WITH CONTRIBUTIONS OUTSTANDING<br/>"
                      "AS AT 31 MARCH 2016", st_title), 18)
    d.place(Paragraph("Outstanding assessed contributions by Member State and "
                      "year of assessment (in Swiss francs)", st_caption), 6)
    d.place(annex_table(), 10)
    d.end_page()
    c.save()


if __name__ == "__main__":
    build()
    print("wrote", OUT)
