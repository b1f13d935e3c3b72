"""Draw corrigendum-2008c.pdf: an SCPF corrigendum of 2008 (SCPF/21/Corr.1), with reportlab."""
import os

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                Table, TableStyle, KeepTogether, PageBreak)
from reportlab.platypus.doctemplate import NextPageTemplate

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "corrigendum-2008c.pdf")

SYMBOL = "SCPF/21/Corr.1"
PAGE_W, PAGE_H = A4
LM = RM = 2.5 * cm
TOP = 2.2 * cm
BODY_W = PAGE_W - LM - RM

FONT = "Times-Roman"
BOLD = "Times-Bold"
ITAL = "Times-Italic"

# ---------------------------------------------------------------- styles
body = ParagraphStyle("body", fontName=FONT, fontSize=12, leading=14.5, alignment=TA_JUSTIFY,
                      spaceAfter=10)
center_b = ParagraphStyle("cb", fontName=BOLD, fontSize=12, leading=15, alignment=TA_CENTER)
center = ParagraphStyle("c", fontName=FONT, fontSize=12, leading=15, alignment=TA_CENTER)
instr = ParagraphStyle("instr", parent=body, spaceAfter=8)
quoted = ParagraphStyle("quoted", parent=body, spaceAfter=10)
fn_style = ParagraphStyle("fn", fontName=FONT, fontSize=10, leading=11.5, alignment=TA_JUSTIFY)

NUM_W = 1.25 * cm          # hanging number column of the corrections
QNUM_W = 1.6 * cm          # number column of quoted paragraphs


def numbered(num, flow, num_w=NUM_W, indent=0, style=body, space_after=4):
    """A label in a narrow left column, its text (one or more flowables) beside it."""
    cells = flow if isinstance(flow, list) else [flow]
    t = Table([[Paragraph(num, style), cells]],
              colWidths=[indent + num_w, BODY_W - indent - num_w])
    t.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (0, 0), indent),
        ("LEFTPADDING", (1, 0), (1, 0), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), space_after),
    ]))
    return t


def quoted_para(num, text):
    """A paragraph of the corrected document reproduced with its own number, indented."""
    return numbered(num, Paragraph(text, quoted), num_w=QNUM_W, indent=NUM_W, space_after=6)


def location(text):
    return Paragraph("<i>%s</i>" % text, ParagraphStyle("loc", parent=body, spaceAfter=6,
                                                         alignment=0))


def correction(num, loc, flows):
    cells = [location(loc)] + flows
    return numbered(num + ".", cells, space_after=10)


# ---------------------------------------------------------------- page furniture
FOOTNOTE_1 = ("The United Nations Department of Safety and Security (UNDSS) communicated the final "
              "apportionment of field-related security costs for the 2008-2009 biennium to the "
              "Administration on 17 October 2008, after document SCPF/21 had been distributed.")


def draw_footnotes(canv, notes):
    """Draw footnote bodies at the foot of the page, above y=bottom, under a short rule."""
    bottom = 2.0 * cm
    paras = []
    for marker, text in notes:
        p = Paragraph('<super><font size="7">%s</font></super> %s' % (marker, text), fn_style)
        _, h = p.wrap(BODY_W, PAGE_H)
        paras.append((p, h))
    total = sum(h for _, h in paras) + 4 * (len(paras) - 1)
    y = bottom + total
    canv.setLineWidth(0.5)
    canv.line(LM, y + 8, LM + 5 * cm, y + 8)
    for p, h in paras:
        p.drawOn(canv, LM, y - h)
        y -= h + 4


def cover_page(canv, doc):
    """The cover: no running header, the trilingual footer of the Standing Committee."""
    canv.saveState()
    canv.setLineWidth(0.8)
    canv.line(LM, 2.75 * cm, PAGE_W - RM, 2.75 * cm)
    canv.setFont(BOLD, 8.5)
    y = 2.3 * cm
    for line in ("STANDING COMMITTEE ON PROGRAMMES AND FINANCE",
                 "COMITÉ PERMANENT DES PROGRAMMES ET DES FINANCES",
                 "COMITÉ PERMANENTE DE PROGRAMAS Y FINANZAS"):
        canv.drawCentredString(PAGE_W / 2, y, line)
        y -= 0.42 * cm
    canv.restoreState()


def running_header(canv):
    # the cover is not numbered: the first text page is Page 1
    canv.setFont(FONT, 12)
    canv.drawRightString(PAGE_W - RM, PAGE_H - 1.5 * cm, SYMBOL)
    canv.drawRightString(PAGE_W - RM, PAGE_H - 1.5 * cm - 14,
                         "Page %d" % (canv.getPageNumber() - 1))


def text_page_1(canv, doc):
    """First text page: running header, and footnote 1 (its marker falls on this page)."""
    canv.saveState()
    running_header(canv)
    draw_footnotes(canv, [("1", FOOTNOTE_1)])
    canv.restoreState()


def later_page(canv, doc):
    canv.saveState()
    running_header(canv)
    canv.restoreState()


# ---------------------------------------------------------------- content
def cover():
    right = ParagraphStyle("r", fontName=FONT, fontSize=12, leading=14, alignment=2)
    rightb = ParagraphStyle("rb", parent=right, fontName=BOLD)
    f = [
        Spacer(1, 30),
        Paragraph(SYMBOL, rightb),
        Spacer(1, 6),
        Paragraph("Original: English", right),
        Paragraph("30 October 2008", right),
        Spacer(1, 60),
        Paragraph("STANDING COMMITTEE ON PROGRAMMES AND FINANCE", center_b),
        Paragraph("THIRD SESSION", center_b),
        Spacer(1, 4),
        Paragraph("4-5 November 2008", center),
        Spacer(1, 2),
        Paragraph("_" * 62, center),
        Spacer(1, 90),
        Paragraph("REVIEW OF THE STAFF SECURITY MECHANISM", center_b),
        Paragraph("AND ITS FUNDING ARRANGEMENTS", center_b),
        Spacer(1, 10),
        Paragraph("Corrigendum", center),
        NextPageTemplate("Text1"),
        PageBreak(),
        # running title repeated on the first text page (plain, not bold)
        Paragraph("REVIEW OF THE STAFF SECURITY MECHANISM", center),
        Paragraph("AND ITS FUNDING ARRANGEMENTS", center),
        Spacer(1, 8),
        Paragraph("Corrigendum", center),
        Spacer(1, 20),
        NextPageTemplate("Later"),
    ]
    return f


def content():
    f = cover()
    f.append(Paragraph(
        "The Administration wishes to draw the attention of Member States to the corrections "
        "listed below, which apply to the English text of document SCPF/21 of 8 October 2008 and "
        "result mainly from revised cost-sharing figures received after that document was "
        "issued.<super><font size='8'>1</font></super> The French and Spanish versions will be "
        "corrected separately.", body))
    f.append(Spacer(1, 6))

    # 1. For ... read ...
    f.append(correction("1", "Page 1, paragraph 3, second line", [
        Paragraph("<i>For</i> “security focal points in 112 field locations” <i>read</i> "
                  "“security focal points in 118 field locations”", instr)]))

    # 2. Whole paragraph should read
    f.append(KeepTogether([correction("2", "Page 2, paragraph 9", [
        Paragraph("Paragraph 9 should read:", instr)]), quoted_para("9.",
        "During the first eight months of 2008, the Staff Security Unit (SSU) carried out "
        "37 security assessment missions, against 29 over the same period of 2007. Of these, "
        "21 took place in Africa and the Middle East, 9 in Asia and the Pacific, and 7 in the "
        "Americas and Europe. Each mission report was shared with the Chief of Mission concerned "
        "and, where the office operates under the United Nations security management system, "
        "with the Designated Official for the duty station. Follow-up visits were made to five "
        "of the offices assessed in 2007 in order to verify the implementation of the "
        "recommended mitigation measures.")]))

    # 3. Insert a new paragraph 14 bis
    f.append(KeepTogether([correction("3", "Page 3, after paragraph 14", [
        Paragraph("Insert a new paragraph 14 bis reading:", instr)]), quoted_para("14 bis.",
        "The SSU has also begun a review of compliance with the Minimum Operating Security "
        "Standards in the 24 IOM offices located in areas at security phase III or above. The "
        "review should be completed by the end of the first quarter of 2009, and its findings "
        "will be presented to the Standing Committee at its following session.")]))

    # 4. Sentence deleted
    f.append(correction("4", "Page 3, paragraph 16, sixth line", [
        Paragraph("Delete the third sentence, which begins “The Administration does not "
                  "foresee any further increase”.", instr)]))

    # 5. Two For/read corrections in one paragraph, lettered
    item = ParagraphStyle("item", parent=instr, spaceAfter=5)
    f.append(correction("5", "Page 4, paragraph 19", [
        numbered("(a)", Paragraph("In the third line, <i>for</i> “USD 8.4 million” <i>read</i> "
                                  "“USD 8.2 million”;", item),
                 num_w=1.0 * cm, indent=0, style=item, space_after=0),
        numbered("(b)", Paragraph("In the fifth line, <i>for</i> “USD 3.3 million from "
                                  "Operational Support Income” <i>read</i> “USD 3.1 million from "
                                  "Operational Support Income”.", item),
                 num_w=1.0 * cm, indent=0, style=item, space_after=0),
    ]))

    # 6. Footnote corrected
    fn6 = correction("6", "Page 4, footnote 7", [
        Paragraph("The footnote should be replaced by the following:", instr)])
    fnq = ParagraphStyle("fnq", parent=body, fontSize=11, leading=13, leftIndent=NUM_W * 2,
                         spaceAfter=10)
    f.append(KeepTogether([fn6, Paragraph(
        "<super><font size='8'>7</font></super> See document MC/EX/683, submitted to the Executive "
        "Committee at its Hundred and fourth Session in June 2007, and Council Resolution "
        "No. 1150 of 7 June 2007.", fnq)]))

    # 7. Add the following paragraph after paragraph 22
    f.append(KeepTogether([correction("7", "Page 5, paragraph 22", [
        Paragraph("Add the following paragraph after paragraph 22:", instr)]), quoted_para("22 bis.",
        "The Administration proposes that the savings resulting from the lower UNDSS "
        "apportionment, now estimated at USD 200,000, remain within the staff security budget "
        "line in 2009 and be used to replace radio and satellite communications equipment in "
        "high-risk locations, as foreseen in the Programme and Budget for 2009 (MC/2259). "
        "Should the final savings differ from this estimate, the difference will be reported "
        "in the Financial Report for the year ending 31 December 2009.")]))
    return f


def build():
    doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=LM, rightMargin=RM,
                          topMargin=TOP, bottomMargin=2.2 * cm,
                          title="SCPF/21/Corr.1", author="IOM")
    f0 = Frame(LM, 3.2 * cm, BODY_W, PAGE_H - TOP - 3.2 * cm, id="cover",
               leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    top2 = PAGE_H - 3.0 * cm
    # first text page: room at the bottom for footnote 1
    f1 = Frame(LM, 4.4 * cm, BODY_W, top2 - 4.4 * cm, id="text1",
               leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    f2 = Frame(LM, 2.2 * cm, BODY_W, top2 - 2.2 * cm, id="later",
               leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="Cover", frames=[f0], onPage=cover_page),
                          PageTemplate(id="Text1", frames=[f1], onPage=text_page_1),
                          PageTemplate(id="Later", frames=[f2], onPage=later_page)])
    doc.build(content())


if __name__ == "__main__":
    build()
    print("wrote", OUT)
