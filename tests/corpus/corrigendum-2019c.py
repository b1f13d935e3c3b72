"""Draws corrigendum-2019c.pdf: a corrigendum (C/110/6/Corr.1) to the IOM Programme and Budget for 2020."""
import os

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle, KeepTogether)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "corrigendum-2019c.pdf")

SYMBOL = "C/110/6/Corr.1"
PAGE_W, PAGE_H = A4
LM, RM, TM, BM = 72, 72, 56, 60
BODY_W = PAGE_W - LM - RM

BASE = "Times-Roman"
BOLD = "Times-Bold"

sty_body = ParagraphStyle("body", fontName=BASE, fontSize=11, leading=14, alignment=TA_JUSTIFY,
                          spaceAfter=9)
sty_right = ParagraphStyle("right", fontName=BASE, fontSize=11, leading=14, alignment=TA_RIGHT)
sty_right_b = ParagraphStyle("rightb", parent=sty_right, fontName=BOLD, fontSize=12)
sty_center_b = ParagraphStyle("centerb", fontName=BOLD, fontSize=12, leading=15, alignment=TA_CENTER)
sty_center = ParagraphStyle("center", fontName=BASE, fontSize=12, leading=15, alignment=TA_CENTER)
sty_loc = ParagraphStyle("loc", fontName=BOLD, fontSize=11, leading=14, alignment=TA_LEFT,
                         spaceBefore=6, spaceAfter=5)
sty_instr = ParagraphStyle("instr", fontName=BASE, fontSize=11, leading=14, alignment=TA_LEFT,
                           spaceAfter=7)
sty_cap = ParagraphStyle("cap", fontName=BOLD, fontSize=10, leading=12, alignment=TA_CENTER,
                         spaceAfter=4)
sty_cell = ParagraphStyle("cell", fontName=BASE, fontSize=10, leading=12)
sty_cell_b = ParagraphStyle("cellb", fontName=BOLD, fontSize=10, leading=12)
sty_head = ParagraphStyle("head", fontName=BOLD, fontSize=10, leading=12, alignment=TA_CENTER)
sty_fn = ParagraphStyle("fn", fontName=BASE, fontSize=9, leading=11, alignment=TA_JUSTIFY)


class NumberedPara(Flowable):
    """IOM numbered paragraph: number at the margin, first line indented, later lines flush left."""

    def __init__(self, label, text, indent=42):
        super().__init__()
        self.label = label
        self.indent = indent
        self.para = Paragraph(text, ParagraphStyle("np", parent=sty_body, firstLineIndent=indent,
                                                   spaceAfter=0))

    def wrap(self, aw, ah):
        self.w, self.h = self.para.wrap(aw, ah)
        return self.w, self.h

    def draw(self):
        self.para.drawOn(self.canv, 0, 0)
        self.canv.setFont(BASE, 11)
        # baseline of first line: top minus leading, adjusted like Paragraph does
        self.canv.drawString(0, self.h - 11 * 0.8 - (14 - 11) / 2 - 1.2, self.label)

    def getSpaceAfter(self):
        return 9


FOOTNOTES_BY_PAGE = {
    1: [("1", "See the report of the Standing Committee on Programmes and Finance on its "
              "Twenty-fifth Session (S/25/14), in particular paragraphs 18 to 23, where "
              "several delegations asked the Administration to verify the figures given for the "
              "Administrative Part of the Budget.")],
}


def draw_footnotes(canv, page):
    notes = FOOTNOTES_BY_PAGE.get(page)
    if not notes:
        return
    y = BM
    paras = []
    for marker, text in notes:
        p = Paragraph('<super><font size="7">%s</font></super>&nbsp;%s' % (marker, text), sty_fn)
        w, h = p.wrap(BODY_W, 200)
        paras.append((p, h))
    total = sum(h for _, h in paras) + 4 * (len(paras) - 1)
    top = y + total
    canv.setLineWidth(0.5)
    canv.line(LM, top + 6, LM + 144, top + 6)
    cur = top
    for p, h in paras:
        p.drawOn(canv, LM, cur - h)
        cur -= h + 4


def first_page(canv, doc):
    canv.saveState()
    draw_footnotes(canv, 1)
    canv.restoreState()


def later_pages(canv, doc):
    canv.saveState()
    canv.setFont(BASE, 11)
    canv.drawRightString(PAGE_W - RM, PAGE_H - TM + 8, SYMBOL)
    canv.drawRightString(PAGE_W - RM, PAGE_H - TM - 6, "Page %d" % doc.page)
    draw_footnotes(canv, doc.page)
    canv.restoreState()


def for_read(old, new):
    return Paragraph("<i>For</i> \u201c%s\u201d <i>read</i> \u201c%s\u201d" % (old, new), sty_body)


def money_table(header, rows, total_row, col_widths):
    data = [[Paragraph(h, sty_head) for h in header]]
    for r in rows:
        data.append([Paragraph(r[0], sty_cell)] + list(r[1:]))
    if total_row:
        data.append([Paragraph(total_row[0], sty_cell_b)] + list(total_row[1:]))
    t = Table(data, colWidths=col_widths, hAlign="CENTER")
    style = [
        ("FONT", (1, 1), (-1, -1), BASE, 10),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
        ("INNERGRID", (0, 0), (-1, -1), 0.4, colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if total_row:
        style.append(("FONT", (1, -1), (-1, -1), BOLD, 10))
        style.append(("LINEABOVE", (0, -1), (-1, -1), 1.0, colors.black))
    t.setStyle(TableStyle(style))
    return t


def build():
    story = []
    # ---- cover header block (2015 onward layout) ----
    story.append(Paragraph(SYMBOL, sty_right_b))
    story.append(Spacer(1, 4))
    story.append(Paragraph("Original: English", sty_right))
    story.append(Paragraph("8 November 2019", sty_right))
    story.append(Spacer(1, 40))
    story.append(Paragraph("COUNCIL", sty_center_b))
    story.append(Spacer(1, 4))
    story.append(Paragraph("110th Session", sty_center))
    story.append(Spacer(1, 40))
    story.append(Paragraph("PROGRAMME AND BUDGET FOR 2020", sty_center_b))
    story.append(Spacer(1, 14))
    story.append(Paragraph("CORRIGENDUM", sty_center_b))
    story.append(Spacer(1, 34))

    # ---- introduction (carries the only footnote) ----
    story.append(Paragraph(
        "When the Programme and Budget for 2020 (C/110/6) was examined by the Standing Committee on "
        "Programmes and Finance at its Twenty-fifth Session, a number of discrepancies were brought to "
        "the attention of the Administration.<super><font size=\"7\">1</font></super> A subsequent "
        "verification has confirmed the errors listed below, which affect all three language versions "
        "of the document. The corrections are presented in the order in which the passages concerned "
        "appear in document C/110/6.", sty_body))

    # ---- correction: phrase ----
    story.append(Paragraph("Page 4, paragraph 9, second sentence", sty_loc))
    story.append(for_read("an Operational Part of the Budget estimated at USD 1,015.6 million",
                          "an Operational Part of the Budget estimated at USD 1,051.6 million"))

    # ---- correction: replacement paragraph ----
    story.append(Paragraph("Page 9, paragraph 27", sty_loc))
    story.append(Paragraph("The paragraph should read as follows:", sty_instr))
    story.append(NumberedPara("27.",
        "The Administrative Part of the Budget for 2020 is proposed at CHF 52,999,000, an increase "
        "of CHF 1,472,000 over the level of CHF 51,527,000 approved for 2019. The increase stems "
        "mainly from statutory adjustments to salaries and from the higher cost of maintaining the "
        "Organization\u2019s information technology systems; it is partly offset by savings on travel "
        "and on the servicing of governing body meetings. The breakdown by category of expenditure "
        "is shown in Table 2."))

    # ---- correction: inserted paragraph ----
    story.append(Paragraph("Page 9, new paragraph after paragraph 27", sty_loc))
    story.append(Paragraph("Insert the following paragraph:", sty_instr))
    story.append(NumberedPara("27 bis.",
        "Of the overall increase, CHF 255,000 relates to information and communications technology. "
        "The amount covers the renewal of enterprise software licences and the second phase of the "
        "transfer of data centre services to cloud hosting, as presented to Member States at the "
        "informal consultations held in September 2019. Were these costs not met from the "
        "Administrative Part of the Budget, they would have to be charged to Operational Support "
        "Income, which the Administration considers imprudent at the present level of the reserve."))

    story.append(PageBreak())

    # ---- correction: footnote of the original ----
    story.append(Paragraph("Page 11, footnote 14", sty_loc))
    story.append(for_read("Resolution No. 1368 of 27 November 2018",
                          "Resolution No. 1369 of 27 November 2018"))

    # ---- correction: table replaced in full ----
    story.append(Paragraph("Page 14, Table 2", sty_loc))
    story.append(Paragraph("Replace the table with the corrected version reproduced below:",
                           sty_instr))
    t2 = money_table(
        ["Category of expenditure", "2019 approved budget", "2020 estimates", "Difference"],
        [
            ("Staff costs", "39,842,000", "41,027,000", "1,185,000"),
            ("Office and general costs", "5,318,000", "5,402,000", "84,000"),
            ("Travel and representation", "1,214,000", "1,186,000", "(28,000)"),
            ("Information and communications technology", "3,905,000", "4,160,000", "255,000"),
            ("Governing bodies and meetings", "1,248,000", "1,224,000", "(24,000)"),
        ],
        ("Total", "51,527,000", "52,999,000", "1,472,000"),
        [190, 88, 88, 84])
    story.append(KeepTogether([
        Paragraph("Table 2. Administrative Part of the Budget by category of expenditure "
                  "(in Swiss francs)", sty_cap),
        t2]))
    story.append(Spacer(1, 12))

    # ---- correction: one table row ----
    story.append(Paragraph("Page 21, Table 6, row \u201cLatin America and the Caribbean\u201d",
                           sty_loc))
    story.append(Paragraph("The figures in this row should read:", sty_instr))
    t6 = money_table(
        ["Region", "Number of projects", "Staff and office costs (USD)",
         "Programme costs (USD)", "Total (USD)"],
        [("Latin America and the Caribbean", "264", "38,412,600", "96,204,800", "134,617,400")],
        None,
        [150, 62, 82, 82, 76])
    story.append(t6)
    story.append(Spacer(1, 10))
    story.append(Paragraph(
        "The regional subtotals and the grand total shown in Table 6 were calculated from the "
        "correct figures and therefore remain unchanged.", sty_body))

    # ---- closing note ----
    story.append(Spacer(1, 6))
    story.append(Paragraph(
        "The corrected Table 2 above supersedes in its entirety the table printed on page 14 of "
        "document C/110/6. This corrigendum replaces the advance list of corrections circulated "
        "electronically to permanent missions on 4 November 2019, and the version of the Programme "
        "and Budget for 2020 posted on the governing bodies web page has been amended accordingly.",
        sty_body))

    doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM,
                          bottomMargin=BM, title="C/110/6/Corr.1 - Programme and Budget for 2020 - "
                          "Corrigendum", author="IOM")
    # first page frame leaves room for the footnote block
    f1 = Frame(LM, BM + 78, BODY_W, PAGE_H - TM - BM - 78, id="f1", leftPadding=0,
               rightPadding=0, topPadding=0, bottomPadding=0)
    f2 = Frame(LM, BM, BODY_W, PAGE_H - TM - BM - 30, id="f2", leftPadding=0, rightPadding=0,
               topPadding=0, bottomPadding=0)
    doc.addPageTemplates([
        PageTemplate(id="first", frames=[f1], onPage=first_page, autoNextPageTemplate="later"),
        PageTemplate(id="later", frames=[f2], onPage=later_pages),
    ])
    doc.build(story)


if __name__ == "__main__":
    build()
