# Lays out C/109/52, the resolutions adopted by the Council at its 109th Session (2018).
import os
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Frame, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_RIGHT, TA_CENTER, TA_JUSTIFY, TA_LEFT

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "compilation-2018.pdf")
SYMBOL = "C/109/52"

W, H = A4
LM, RM, TM, BM = 70, 70, 56, 64
TW = W - LM - RM
F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"

body = ParagraphStyle("body", fontName=F, fontSize=10.5, leading=13.5,
                      alignment=TA_JUSTIFY, spaceAfter=8)
pre = ParagraphStyle("pre", parent=body, firstLineIndent=36)
opn = ParagraphStyle("opn", parent=body, leftIndent=36, bulletIndent=0, bulletFontName=F,
                     bulletFontSize=10.5, spaceAfter=6)
sub = ParagraphStyle("sub", parent=body, leftIndent=72, bulletIndent=36, bulletFontName=F,
                     bulletFontSize=10.5, spaceAfter=4)
right = ParagraphStyle("right", fontName=F, fontSize=10.5, leading=13, alignment=TA_RIGHT)
organ = ParagraphStyle("organ", fontName=FB, fontSize=10.5, leading=13)
ctitle = ParagraphStyle("ctitle", fontName=FB, fontSize=12, leading=15, alignment=TA_CENTER)
centre = ParagraphStyle("centre", parent=body, alignment=TA_CENTER, spaceAfter=0)
resno = ParagraphStyle("resno", fontName=FB, fontSize=10.5, leading=13, alignment=TA_CENTER)
adopt = ParagraphStyle("adopt", fontName=F, fontSize=10.5, leading=13, alignment=TA_CENTER)
rtitle = ParagraphStyle("rtitle", fontName=FB, fontSize=10.5, leading=13,
                        alignment=TA_CENTER)
council = ParagraphStyle("council", parent=body, firstLineIndent=36, spaceAfter=10)
formula = ParagraphStyle("formula", parent=body, firstLineIndent=36, spaceAfter=8)
fnstyle = ParagraphStyle("fn", fontName=F, fontSize=8.5, leading=10.5,
                         leftIndent=9, firstLineIndent=-9, spaceAfter=2)
tocst = ParagraphStyle("toc", fontName=F, fontSize=10.5, leading=13)


def P(text, style=body, bullet=None):
    if bullet is not None:
        return Paragraph(text, style, bulletText=bullet)
    return Paragraph(text, style)


def toc_entry(text, pg, width=TW - 30):
    """Wrap an entry; typed dot leaders fill the last line, page number at the right."""
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if stringWidth(t, F, 10.5) > width - 40:
            lines.append(cur)
            cur = w
        else:
            cur = t
    lines.append(cur)
    last = lines[-1] + " "
    while stringWidth(last + ".", F, 10.5) < width:
        last += "."
    lines[-1] = last
    data = [[l, ""] for l in lines]
    data[-1][1] = pg
    t = Table(data, colWidths=[width, 30], hAlign="LEFT")
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), F, 10.5),
                           ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                           ("TOPPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return [t, Spacer(1, 5)]


c = canvas.Canvas(OUT, pagesize=A4, invariant=1)
c.setTitle(SYMBOL)


def page(no, flows, notes=()):
    top = H - TM
    if no > 1:
        c.setFont(F, 9.5)
        c.drawRightString(W - RM, H - 38, SYMBOL)
        c.drawRightString(W - RM, H - 50, "Page %d" % no)
        top = H - 66
    bottom = BM
    if notes:
        paras = [Paragraph(t, fnstyle) for t in notes]
        hs = [p.wrap(TW, H)[1] for p in paras]
        y = BM
        for p, h in reversed(list(zip(paras, hs))):
            p.drawOn(c, LM, y)
            y += h + 2
        c.setLineWidth(0.5)
        c.line(LM, y + 4, LM + 120, y + 4)
        bottom = y + 14
    f = Frame(LM, bottom, TW, top - bottom, leftPadding=0, rightPadding=0,
              topPadding=0, bottomPadding=0)
    flows = list(flows)
    f.addFromList(flows, c)
    if flows:
        raise SystemExit("page %d overflows: %r" % (no, flows[0]))
    c.showPage()


def head(no, adoption, title, extra=None):
    out = [Spacer(1, 10), P("RESOLUTION No. %d" % no, resno), Spacer(1, 4),
           P(adoption, adopt), Spacer(1, 10), P(title, rtitle)]
    if extra:
        out += [Spacer(1, 4), P(extra, adopt)]
    out += [Spacer(1, 12), P("The Council,", council)]
    return out


# ------------------------------------------------------------------ cover
RULE = "_" * 78
p1 = [
    P(SYMBOL, right), P("Original: English", right), P("10 December 2018", right),
    Spacer(1, 30),
    P("COUNCIL", organ), P("109th Session", organ),
    Spacer(1, 34),
    P("RESOLUTIONS ADOPTED BY THE COUNCIL", ctitle),
    P("AT ITS 109TH SESSION", ctitle),
    Spacer(1, 16),
    P("Geneva", centre),
    P("27\u201329 November 2018", centre),
    Spacer(1, 4),
    P(RULE, ParagraphStyle("rule", parent=centre, fontSize=10)),
    Spacer(1, 30),
    P("CONTENTS", ParagraphStyle("ch", parent=ctitle, fontSize=10.5)),
    Spacer(1, 4),
    P("Page", ParagraphStyle("pg", parent=right, fontSize=10)),
    Spacer(1, 6),
]
p1 += toc_entry("Resolution No. 1363 \u2013 Application by the Sahel Migration Research "
                "Network for representation by an observer", "2")
p1 += toc_entry("Resolution No. 1364 \u2013 Report on the 108th Session of the Council", "2")
p1 += toc_entry("Resolution No. 1365 \u2013 Financial Report for the year ended "
                "31 December 2017", "3")
p1 += toc_entry("Resolution No. 1366 \u2013 Programme and Budget for 2019", "3")
p1 += toc_entry("Resolution No. 1367 \u2013 IOM and the Global Compact for Safe, Orderly "
                "and Regular Migration", "4")
page(1, p1)

# ------------------------------------------------------------------ page 2
p2 = head(1363, "(Adopted by the Council at its 554th meeting on 27 November 2018)",
          "APPLICATION BY THE SAHEL MIGRATION RESEARCH NETWORK<br/>"
          "FOR REPRESENTATION BY AN OBSERVER")
p2 += [
    P("<i>Having received</i> the request from the Sahel Migration Research Network for "
      "representation by an observer at meetings of the Council (C/109/9),", pre),
    P("<i>Noting</i> that the Sahel Migration Research Network has for more than a decade "
      "carried out field research on mobility across the Sahel and shared its findings "
      "with the governments of the region,", pre),
    P("<i>Considering</i> that the Network has expressed the wish to contribute to the "
      "deliberations of the Council on the situation of migrants in transit,", pre),
    P("<i>Grants</i> the Sahel Migration Research Network the status of observer at "
      "meetings of the Council;", opn, "1."),
    P("<i>Requests</i> the Director General to transmit the present resolution to the "
      "Network and to invite it to be represented at the next session of the Council.",
      opn, "2."),
    Spacer(1, 18),
]
p2 += head(1364, "(Adopted by the Council at its 554th meeting on 27 November 2018)",
           "REPORT ON THE 108TH SESSION OF THE COUNCIL")
p2 += [
    P("<i>Having received and examined</i> the draft report on its 108th Session "
      "(C/108/L/19),", pre),
    P("<i>Resolves</i> to approve the report on its 108th Session.", formula),
]
page(2, p2)

# ------------------------------------------------------------------ page 3
p3 = head(1365, "(Adopted at the 555th meeting on 27 November 2018)",
          "FINANCIAL REPORT FOR THE YEAR ENDED 31 DECEMBER 2017")
p3 += [
    P("<i>Having received and examined</i> the Financial Report for the year ended "
      "31 December 2017 (C/109/3) and the report of the External Auditor thereon,", pre),
    P("<i>Having heard</i> the comments of the Standing Committee on Programmes and Finance "
      "at its Twenty-second Session (S/22/15),", pre),
    P("<i>Noting</i> that the financial statements were prepared in accordance with the "
      "International Public Sector Accounting Standards,<super>1</super>", pre),
    P("<i>Resolves</i>:", formula),
    P("To approve the Financial Report for the year ended 31 December 2017;", opn, "1."),
    P("To express its appreciation to the External Auditor for the quality of the audit "
      "and the clarity of its report;", opn, "2."),
    P("To request the Director General to report on the implementation of the External "
      "Auditor\u2019s recommendations to the Standing Committee on Programmes and Finance "
      "at its Twenty-fourth Session.", opn, "3."),
    Spacer(1, 18),
]
p3 += head(1366, "Adopted by the Council on 28 November 2018",
           "PROGRAMME AND BUDGET FOR 2019")
p3 += [
    P("<i>Having considered</i> the Programme and Budget for 2019 (C/109/6),", pre),
]
page(3, p3, notes=[
    "<super>1</super> The Organization has prepared its financial statements under the "
    "International Public Sector Accounting Standards since the financial year 2014; see "
    "document SCPF/103.",
])

# ------------------------------------------------------------------ page 4
p4 = [
    P("<i>Having taken note</i> of the recommendation of the Standing Committee on "
      "Programmes and Finance at its Twenty-third Session (S/23/12),", pre),
    P("<i>Bearing in mind</i> the arrangements for the review of the budget reform set out "
      "in Resolution No. 1341 of 5 December 2016,", pre),
    P("<i>Decides</i>:", formula),
    P("To approve the Programme and Budget for 2019, comprising:", opn, "1."),
    P("an administrative part of CHF 52,367,000; and", sub, "(a)"),
    P("an operational part estimated at USD 1,781,340,000;", sub, "(b)"),
    P("To authorize the Director General to incur expenditure within the limits of the "
      "funds available for the operational part;", opn, "2."),
    P("To request the Director General to submit a revision of the Programme and Budget "
      "for 2019 to the Standing Committee on Programmes and Finance at its Twenty-fourth "
      "Session.", opn, "3."),
    Spacer(1, 18),
]
p4 += head(1367, "(Adopted by the Council at its 557th meeting on 29 November 2018)",
           "IOM AND THE GLOBAL COMPACT FOR SAFE, ORDERLY AND REGULAR MIGRATION",
           extra="(Submitted by the Chairperson)")
p4 += [
    P("<i>Recalling</i> the New York Declaration for Refugees and Migrants,<super>2</super> "
      "in which States committed to launching a process of intergovernmental negotiations "
      "leading to the adoption of a global compact for migration,", pre),
    P("<i>Recalling also</i> Resolution No. 1309 of 24 November 2015 on the relationship "
      "between the Organization and the United Nations,", pre),
    P("<i>Welcoming</i> the finalization of the text of the Global Compact for Safe, "
      "Orderly and Regular Migration on 13 July 2018,<super>3</super>", pre),
    P("<i>Mindful</i> of the role entrusted to the Organization in supporting the "
      "implementation, follow-up and review of the Global Compact,", pre),
    P("<i>Welcomes</i> the readiness of the Director General to support Member States in "
      "the implementation of the Global Compact;", opn, "1."),
    P("<i>Requests</i> the Director General to keep Member States informed of the "
      "preparations for the Intergovernmental Conference to be held in Marrakech on "
      "10 and 11 December 2018;", opn, "2."),
    P("<i>Encourages</i> Member States to make voluntary contributions to the start-up fund "
      "of the capacity-building mechanism foreseen in the Global Compact;", opn, "3."),
    P("<i>Decides</i> to include an item on the follow-up to the Global Compact in the "
      "provisional agenda of its 110th Session.", opn, "4."),
]
page(4, p4, notes=[
    "<super>2</super> General Assembly resolution 71/1 of 19 September 2016.",
    "<super>3</super> The final draft was circulated by the co-facilitators of the "
    "intergovernmental negotiations to all States Members of the United Nations on the "
    "same day.",
])

c.save()
