# Lays out C/113/7/Corr.1 (a corrigendum, C era, 2022) as IOM prints it.
import os
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.platypus import Frame, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_RIGHT, TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib import colors

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "corrigendum-2022.pdf")
SYMBOL = "C/113/7/Corr.1"

W, H = A4
LM, RM, TM, BM = 72, 72, 60, 60
TW = W - LM - RM

body = ParagraphStyle("body", fontName="Times-Roman", fontSize=11, leading=14,
                      alignment=TA_JUSTIFY, spaceAfter=9)
instr = ParagraphStyle("instr", parent=body, fontName="Times-Italic", spaceAfter=4,
                       alignment=TA_LEFT)
num = ParagraphStyle("num", parent=body, leftIndent=40, bulletIndent=0,
                     bulletFontName="Times-Roman", bulletFontSize=11)
item = ParagraphStyle("item", parent=body, leftIndent=76, bulletIndent=40,
                      bulletFontName="Times-Roman", bulletFontSize=11, spaceAfter=5)
right = ParagraphStyle("right", fontName="Times-Roman", fontSize=11, leading=13,
                       alignment=TA_RIGHT)
organ = ParagraphStyle("organ", fontName="Times-Bold", fontSize=11, leading=13)
title = ParagraphStyle("title", fontName="Times-Bold", fontSize=12.5, leading=16,
                       alignment=TA_CENTER)
centre = ParagraphStyle("centre", parent=body, alignment=TA_CENTER, spaceAfter=4)
caption = ParagraphStyle("caption", parent=body, fontName="Times-Bold", alignment=TA_LEFT,
                         spaceAfter=6)
fnstyle = ParagraphStyle("fn", fontName="Times-Roman", fontSize=9, leading=11,
                         leftIndent=10, firstLineIndent=-10, spaceAfter=2)
cell = ParagraphStyle("cell", fontName="Times-Roman", fontSize=10, leading=12)
cellb = ParagraphStyle("cellb", parent=cell, fontName="Times-Bold")


class Rule(Spacer):
    """A full-width drawn rule."""
    def __init__(self, width, gap=6):
        Spacer.__init__(self, width, 2 * gap)
        self.rw = width
        self.gap = gap

    def draw(self):
        self.canv.setLineWidth(0.6)
        self.canv.line(0, self.gap, self.rw, self.gap)


def P(text, style=body, bullet=None):
    if bullet is not None:
        return Paragraph(text, style, bulletText=bullet)
    return Paragraph(text, style)


c = canvas.Canvas(OUT, pagesize=A4, invariant=1)
c.setTitle(SYMBOL)
c.setAuthor("IOM")


def page(no, flows, notes=(), annex=None):
    top = H - TM
    if no > 1:
        c.setFont("Times-Roman", 10)
        c.drawRightString(W - RM, H - 40, SYMBOL)
        c.drawRightString(W - RM, H - 52, "Page %d" % no)
        top = H - 62
        if annex:
            c.drawRightString(W - RM, H - 64, annex)
            top = H - 74
    bottom = BM
    if notes:
        paras = [Paragraph(t, fnstyle) for t in notes]
        hs = [p.wrap(TW, H)[1] for p in paras]
        y = BM
        for p, h in reversed(list(zip(paras, hs))):
            p.drawOn(c, LM, y)
            y += h + 2
        c.setLineWidth(0.5)
        c.line(LM, y + 4, LM + 144, y + 4)
        bottom = y + 12
    f = Frame(LM, bottom, TW, top - bottom, leftPadding=0, rightPadding=0,
              topPadding=0, bottomPadding=0)
    flows = list(flows)
    f.addFromList(flows, c)
    if flows:
        raise SystemExit("page %d overflows: %r" % (no, flows[0]))
    c.showPage()


# ---------------------------------------------------------------- page 1
p1 = [
    P(SYMBOL, right), P("Original: English", right), P("18 November 2022", right),
    Spacer(1, 26),
    P("COUNCIL", organ), P("113th Session", organ),
    Spacer(1, 30),
    P("PROGRESS REPORT ON THE IMPLEMENTATION OF THE", title),
    P("INTERNAL GOVERNANCE FRAMEWORK", title),
    Spacer(1, 14),
    P("CORRIGENDUM", title),
    Rule(TW, 10),
    Spacer(1, 12),
    P("The Administration has identified the following errors in document C/113/7 of "
      "3 October 2022. Delegations are kindly requested to make the corrections set out "
      "below in their copies of the document."),
    Spacer(1, 4),
    P("Paragraph 5, second sentence", instr),
    P("<i>For</i> \u201cin 14 of the 19 country offices audited in 2021\u201d "
      "<i>read</i> \u201cin 16 of the 21 country offices audited in 2021\u201d."),
    P("Paragraph 8, last line", instr),
    P("<i>For</i> \u201capproved by the Council on 26 November 2020\u201d <i>read</i> "
      "\u201capproved by the Council through Resolution No. 1393 of 25 November 2020\u201d."),
    P("Insert a new paragraph 9 bis after paragraph 9, to read:", instr),
    P("A dedicated focal point for the internal justice system has been designated in each "
      "regional office. The focal points support managers in the early resolution of "
      "workplace disputes and refer cases that cannot be settled informally to the Office "
      "of the Ombudsperson. Their terms of reference were shared with the Standing "
      "Committee on Programmes and Finance at its Thirty-first Session.", num, "9 bis."),
    P("Paragraph 12 should read:", instr),
    P("The Administration has completed the first phase of the review of the enterprise "
      "risk management policy, which was launched in March 2022.<super>1</super> The review "
      "confirmed that the policy remains broadly fit for purpose but identified three areas "
      "in which further work is needed:", num, "12."),
    P("the alignment of country-level risk registers with the corporate risk register, "
      "which is currently updated only once a year;", item, "(a)"),
    P("the definition of a risk appetite statement for each of the Organization\u2019s "
      "main areas of work; and", item, "(b)"),
    P("the training of risk focal points, of whom fewer than half had completed the "
      "mandatory online course by 30 June 2022.", item, "(c)"),
]
page(1, p1, notes=[
    "<super>1</super> The review was carried out with the support of an external adviser "
    "selected through a competitive process. Its terms of reference were presented in "
    "document S/31/4, paragraphs 22 to 26.",
])

# ---------------------------------------------------------------- page 2
hr = ParagraphStyle("hr", parent=cellb, alignment=TA_RIGHT)
tdata = [
    [P("", cellb), P("<b>2020</b>", hr), P("<b>2021</b>", hr),
     P("<b>2022</b><super>a</super>", hr)],
    ["Open at 1 January", "212", "187", "164"],
    ["Issued during the period", "96", "108", "61"],
    ["Closed during the period", "121", "131", "74"],
    ["Open at end of period", "187", "164", "151"],
    ["of which overdue", "38", "29", "33"],
]
t = Table(tdata, colWidths=[190, 80, 80, 80], hAlign="LEFT")
t.setStyle(TableStyle([
    ("FONT", (0, 1), (-1, -1), "Times-Roman", 10),
    ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
    ("LINEABOVE", (0, 0), (-1, 0), 0.6, colors.black),
    ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
    ("LINEBELOW", (0, -1), (-1, -1), 0.6, colors.black),
    ("LEFTPADDING", (0, 0), (0, -1), 0),
    ("FONT", (0, 4), (-1, 4), "Times-Bold", 10),
]))

p2 = [
    P("Paragraph 14, table 2", instr),
    P("Replace the figures for 2021 and 2022, which were transposed in the original "
      "version. Table 2 should read as follows:"),
    P("Table 2. Status of internal audit recommendations, 2020\u20132022", caption),
    t,
    Spacer(1, 4),
    P("<super>a</super> Figures for 2022 cover the period from 1 January to 30 September.",
      ParagraphStyle("tn", parent=fnstyle, leftIndent=0, firstLineIndent=0)),
    Spacer(1, 10),
    P("Paragraph 15, third sentence", instr),
    P("Delete the words \u201c, subject to the availability of unearmarked funding,\u201d."),
    P("Paragraph 21, first sentence: <i>for</i> \u201cat its Thirtieth Session\u201d "
      "<i>read</i> \u201cat its Thirty-first Session\u201d; the reference to document "
      "S/30/8 in footnote 6 should be replaced by a reference to document S/31/9."),
    P("Annex II", instr),
    P("Replace the existing annex by the annex to the present corrigendum, which adds "
      "the milestones agreed upon after the issuance of document C/113/7."),
]
page(2, p2)

# ---------------------------------------------------------------- page 3 (annex)
adata = [
    [P("<b>Milestone</b>", cellb), P("<b>Target date</b>", cellb), P("<b>Status</b>", cellb)],
    [P("Revised policy on the delegation of authority", cell), "Q4 2021", "Completed"],
    [P("Internal justice focal points in all regional offices", cell), "Q2 2022", "Completed"],
    [P("Enterprise risk management review, phase 1", cell), "Q3 2022", "Completed"],
    [P("Anti-fraud and anti-corruption policy update", cell), "Q1 2023", "On track"],
    [P("Data protection framework, second edition", cell), "Q2 2023", "On track"],
    [P("Enterprise risk management review, phase 2", cell), "Q4 2023", "Not started"],
]
at = Table(adata, colWidths=[250, 90, 90], hAlign="LEFT")
at.setStyle(TableStyle([
    ("FONT", (0, 1), (-1, -1), "Times-Roman", 10),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LINEABOVE", (0, 0), (-1, 0), 0.6, colors.black),
    ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
    ("LINEBELOW", (0, -1), (-1, -1), 0.6, colors.black),
    ("LEFTPADDING", (0, 0), (0, -1), 0),
]))
p3 = [
    Spacer(1, 6),
    P("<b>Annex II</b>", centre),
    Spacer(1, 6),
    P("MILESTONES OF THE INTERNAL GOVERNANCE FRAMEWORK, 2021\u20132023", title),
    Spacer(1, 14),
    P("The milestones below reflect the sequencing endorsed by Member States during the "
      "informal consultations held in September 2022.<super>2</super> Dates refer to the "
      "quarter in which the milestone is expected to be reached."),
    Spacer(1, 4),
    at,
]
page(3, p3, notes=[
    "<super>2</super> A summary of the consultations was circulated to Member States on "
    "28 September 2022 and is available on the governing bodies website.",
], annex="Annex II")

c.save()
