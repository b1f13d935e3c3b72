"""Draws policy-framework-2014c.pdf: an IOM Council strategy paper, C/105/14 (November 2014).

Pages are laid out by hand: body blocks are measured and placed page by page, and each page's
footnotes are drawn at its foot, so every footnote sits on the page where its marker falls.
"""
import os

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle
from reportlab.pdfgen import canvas as pdfcanvas

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "policy-framework-2014c.pdf")

SYMBOL = "C/105/14"
PW, PH = A4
LM = RM = 2.5 * cm
TOP = 3.4 * cm          # body starts below the running header
BOTTOM = 2.2 * cm
W = PW - LM - RM

FONT, BOLD, ITAL = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"

body = ParagraphStyle("body", fontName=FONT, fontSize=11, leading=14, alignment=TA_JUSTIFY,
                      spaceAfter=9)
num = ParagraphStyle("num", parent=body, leftIndent=0, firstLineIndent=36, bulletIndent=0,
                     bulletFontName=FONT, bulletFontSize=11)
item = ParagraphStyle("item", parent=body, leftIndent=72, bulletIndent=36, spaceAfter=7,
                      bulletFontName=FONT, bulletFontSize=11)
subitem = ParagraphStyle("subitem", parent=body, leftIndent=108, bulletIndent=72, spaceAfter=6,
                         bulletFontName=FONT, bulletFontSize=11)
head1 = ParagraphStyle("head1", fontName=BOLD, fontSize=11, leading=14, leftIndent=36,
                       bulletIndent=0, bulletFontName=BOLD, bulletFontSize=11,
                       spaceBefore=6, spaceAfter=10)
head2 = ParagraphStyle("head2", parent=head1, fontName=BOLD, bulletFontName=BOLD,
                       spaceBefore=2, spaceAfter=9)
runtitle = ParagraphStyle("runtitle", fontName=BOLD, fontSize=11, leading=14,
                          alignment=TA_CENTER, spaceAfter=16)
caption = ParagraphStyle("caption", fontName=BOLD, fontSize=10, leading=12, alignment=TA_LEFT,
                         spaceBefore=4, spaceAfter=5)
fnstyle = ParagraphStyle("fn", fontName=FONT, fontSize=9, leading=11, alignment=TA_JUSTIFY,
                         spaceAfter=2)
cell = ParagraphStyle("cell", fontName=FONT, fontSize=10, leading=12)
cellc = ParagraphStyle("cellc", parent=cell, alignment=TA_CENTER, fontName=BOLD)


def sup(n):
    return '<super rise="4" size="7">%s</super>' % n


# ---------------------------------------------------------------- content
FOOTNOTES = {
    1: "Document MC/INF/288 of 1 November 2007, which opened the Council\u2019s discussion of "
       "migration and the environment.",
    2: "Decision 1/CP.16 of the Conference of the Parties to the UNFCCC, adopted in Cancun in "
       "December 2010, paragraph 14(f).",
    3: "Of the 50 national adaptation programmes of action reviewed by the Administration in "
       "2013, 23 refer to migration, most of them as an outcome to be avoided.",
    4: "The post of Senior Policy Officer is shown under Part II of that document.",
    5: "The first progress report will be submitted to the Standing Committee on Programmes and "
       "Finance at its Sixteenth Session in June 2015.",
}

# Table 1 figures (thousands of US dollars); None = no activity that year (blank cell)
T1_ROWS = [
    ("Africa", [4120, 5310, 6045, 7230]),
    ("Asia and the Pacific", [6870, 7940, 9415, 11260]),
    ("Europe and Central Asia", [850, 1020, 1135, 980]),
    ("Latin America and the Caribbean", [2960, 2415, 3080, 3645]),
    ("Middle East and North Africa", [None, 310, 725, 1190]),
    ("Global programmes", [None, None, 540, 865]),
]
T1_TOTAL = [sum(v[i] or 0 for _, v in T1_ROWS) for i in range(4)]
assert T1_TOTAL == [14800, 16995, 20940, 25170], T1_TOTAL

T2_COLS = ["Africa", "Americas", "Asia and the Pacific", "Middle East and North Africa"]
T2_ROWS = [
    ("Data collection and research on environmental migration", "XXXX"),
    ("Disaster risk reduction", "XXX-"),
    ("Displacement tracking after sudden-onset disasters", "-XX-"),
    ("Community stabilization in drylands", "X--X"),
    ("Planned relocation", "-XX-"),
    ("Labour mobility as adaptation", "X-X-"),
    ("Mobility in national adaptation plans and policies", "XXXX"),
]

GLOSSARY = [
    ("COP", "Conference of the Parties"),
    ("DRR", "Disaster risk reduction"),
    ("DTM", "Displacement Tracking Matrix"),
    ("IDM", "International Dialogue on Migration"),
    ("IDP", "Internally displaced person"),
    ("IPCC", "Intergovernmental Panel on Climate Change"),
    ("MCOF", "Migration Crisis Operational Framework"),
    ("MECC", "Migration, environment and climate change"),
    ("NAPA", "National adaptation programme of action"),
    ("UNFCCC", "United Nations Framework Convention on Climate Change"),
    ("UNISDR", "United Nations Office for Disaster Risk Reduction"),
]


def fmt(v):
    return "" if v is None else "{:,}".format(v)


def table1():
    data = [["Region", "2011", "2012", "2013", "2014"]]
    for label, vals in T1_ROWS:
        data.append([label] + [fmt(v) for v in vals])
    data.append(["Total"] + [fmt(v) for v in T1_TOTAL])
    t = Table(data, colWidths=[7.0 * cm] + [2.25 * cm] * 4)
    n = len(data)
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 10),
        ("FONT", (0, 0), (-1, 0), BOLD, 10),
        ("FONT", (0, n - 1), (-1, n - 1), BOLD, 10),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, "black"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, "black"),
        ("LINEABOVE", (0, n - 1), (-1, n - 1), 0.5, "black"),
        ("LINEBELOW", (0, n - 1), (-1, n - 1), 0.8, "black"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    t.hAlign = "CENTER"
    return t


def table2():
    data = [[Paragraph("Area of work", ParagraphStyle("h", parent=cell, fontName=BOLD))] +
            [Paragraph(c, cellc) for c in T2_COLS]]
    for label, marks in T2_ROWS:
        data.append([Paragraph(label, cell)] + [("X" if m == "X" else "") for m in marks])
    t = Table(data, colWidths=[5.6 * cm] + [2.6 * cm] * 4)
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 10),
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("ALIGN", (1, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    t.hAlign = "CENTER"
    return t


def glossary():
    data = [[a, b] for a, b in GLOSSARY]
    t = Table(data, colWidths=[3.0 * cm, 11.0 * cm])
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (0, -1), BOLD, 11),
        ("FONT", (1, 0), (1, -1), FONT, 11),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ]))
    t.hAlign = "LEFT"
    return t


def P(n, text):
    return Paragraph(text, num, bulletText="%d." % n)


def I(label, text, style=item):
    return Paragraph(text, style, bulletText=label)


def H1(label, text):
    return Paragraph(text, head1, bulletText=label)


def H2(label, text):
    return Paragraph(text, head2, bulletText=label)


# blocks: (flowable, [footnote numbers], keep_with_next)
BLOCKS = [
    (Paragraph("IOM STRATEGIC FRAMEWORK ON MIGRATION,<br/>ENVIRONMENT AND CLIMATE CHANGE",
               runtitle), [], True),
    (H1("I.", "INTRODUCTION"), [], True),
    (P(1, "This paper proposes a strategic framework to guide the Organization\u2019s work on the "
          "relationship between migration, the environment and climate change during the period "
          "2015\u20132019. It takes as its starting point the discussion note submitted to the "
          "Council in 2007," + sup(1) + " the Migration Crisis Operational Framework (MC/2355), "
          "which the Council endorsed through Resolution No. 1243 of 27 November 2012, and the "
          "informal consultations held with Member States in Geneva in May and September 2014."),
     [1], False),
    (P(2, "Environmental change already influences the decisions of millions of people to move "
          "or to stay where they are. Sudden-onset disasters displaced an average of 27 million "
          "people a year between 2008 and 2013, while slower processes such as drought, soil "
          "salinization and rising sea levels gradually wear away livelihoods in coastal, "
          "mountain and dryland areas. Member States have asked the Administration on several "
          "occasions to bring more coherence to its activities in this area."), [], False),
    (P(3, "The framework does not establish a new programme area. It sets common objectives for "
          "projects that are at present managed under several services, proposes a division of "
          "labour between Headquarters, the regional offices and country offices, and identifies "
          "the resources required to sustain the work over the next five years."), [], False),
    (H1("II.", "CONTEXT AND RATIONALE"), [], True),
    (P(4, "Between 2011 and 2014 the Organization implemented 187 projects with an environmental "
          "or climate component in 74 countries. Table 1 summarizes expenditure on those projects "
          "by region. No project of this kind was under way in the Middle East and North Africa "
          "before 2012, and the global programmes on data and policy began in 2013, which "
          "explains the empty cells in the table."), [], True),
    ("TABLE1", [], False),
    (P(5, "Expenditure thus grew by some 70 per cent over four years, most of the increase "
          "coming from disaster risk reduction and recovery projects in Asia and the Pacific and "
          "in Africa. The international policy setting has changed over the same period. The "
          "Cancun Adaptation Framework invites Parties to enhance understanding, coordination and "
          "cooperation with regard to climate-induced displacement, migration and planned "
          "relocation," + sup(2) + " and the post-2015 framework for disaster risk reduction, "
          "now under negotiation, is expected to refer to human mobility."), [2], False),
    (P(6, "Three gaps nonetheless limit the effectiveness of the Organization\u2019s response:"),
     [], True),
    (I("(a)", "evidence on environmental migration remains fragmented, and few countries collect "
              "data on movements linked to slow-onset processes;"), [], False),
    (I("(b)", "projects are often short and financed through emergency appeals, which makes it "
              "difficult to support adaptation over the longer term; and"), [], False),
    (I("(c)", "national policies on adaptation to climate change seldom take human mobility into "
              "account." + sup(3)), [3], False),
    (P(7, "The Organization also takes part in the Nansen Initiative, a consultative process led "
          "by States on cross-border displacement in the context of disasters, and will draw on "
          "the protection agenda that the Initiative is due to present in October 2015."),
     [], False),
    (H1("III.", "STRATEGIC OBJECTIVES"), [], True),
    (H2("A.", "Objectives"), [], True),
    (P(8, "The framework pursues three objectives, which reinforce one another:"), [], True),
    (I("(a)", "to prevent forced and unmanaged migration as far as possible;"), [], False),
    (I("(b)", "to provide assistance and protection to affected populations where forced migration "
              "does occur, and to seek durable solutions for them; and"), [], False),
    (I("(c)", "to facilitate migration as a strategy for adapting to climate change, in "
              "particular through:"), [], True),
    (I("(i)", "temporary and circular labour mobility schemes that allow remittances to be "
              "invested in resilience at home; and", subitem), [], False),
    (I("(ii)", "the involvement of diaspora communities in the recovery of areas of origin.",
       subitem), [], False),
    (P(9, "Each objective will be pursued through the existing services of the Organization, so "
          "that environmental considerations become part of the design of return, stabilization, "
          "labour migration and emergency projects rather than a separate line of work. Cross-"
          "cutting attention will be given to gender, to the needs of older persons and to "
          "populations that are unable to move away from risk."), [], False),
    (H2("B.", "Regional priorities"), [], True),
    (P(10, "Table 2 shows where each area of work will be given priority in the first phase of "
           "implementation, from 2015 to 2017. The selection reflects the requests received from "
           "Member States and the presence of projects on which new activities can build."),
     [], True),
    ("TABLE2", [], False),
    (P(11, "The Administration will review the matrix each year with the regional offices and will "
           "inform Member States of any change. Regions that are not marked for a given area of "
           "work will continue to receive technical advice on request."), [], False),
    (H1("IV.", "IMPLEMENTATION AND FINANCING"), [], True),
    (P(12, "A small policy unit at Headquarters will coordinate the framework, maintain a roster of "
           "experts and manage the knowledge platform launched in 2014. Regional thematic "
           "specialists in Bangkok, Dakar, Nairobi and San Jos\u00e9 will support country offices "
           "in developing projects."), [], False),
    (P(13, "Partnerships will be pursued with the secretariat of the UNFCCC, UNISDR, the Office of "
           "the United Nations High Commissioner for Refugees and the World Meteorological "
           "Organization, as well as with regional economic communities and academic networks."),
     [], False),
    (P(14, "The Administration estimates the cost of the core structure at USD 1.2 million a year. "
           "It proposes that this amount be met as follows:"), [], True),
    (I("(a)", "USD 450,000 from Operational Support Income, as provided in the Programme and "
              "Budget for 2015 (C/105/6);" + sup(4)), [4], False),
    (I("(b)", "USD 750,000 from voluntary unearmarked contributions, for which an appeal will be "
              "made to Member States early in 2015."), [], False),
    (P(15, "Progress will be reported once a year to the Standing Committee on Programmes and "
           "Finance," + sup(5) + " and an independent mid-term review will be carried out in 2017 "
           "by the Office of the Inspector General."), [5], False),
    (H1("V.", "CONCLUSION"), [], True),
    (P(16, "The framework is intended to give Member States a clear picture of what the "
           "Organization does in this field and of where it intends to concentrate its efforts. "
           "It remains open to adjustment as the international agreements under negotiation in "
           "2015 take shape."), [], False),
    (P(17, "The Council is invited to take note of the framework and, in particular, to comment "
           "on:"), [], True),
    (I("(a)", "the three objectives set out in paragraph 8; and"), [], False),
    (I("(b)", "the regional priorities shown in Table 2."), [], False),
    (P(18, "The Administration will report on the implementation of the framework to the Council "
           "at its 108th Session."), [], False),
]


def caption_table(cap, tbl):
    return [Paragraph(cap, caption), tbl, Spacer(1, 10)]


def expand(block):
    f, fns, keep = block
    if f == "TABLE1":
        return caption_table("Table 1. Expenditure by region, 2011\u20132014 "
                             "(in thousands of US dollars)", table1()), fns, keep
    if f == "TABLE2":
        return caption_table("Table 2. Areas of work and priority regions, 2015\u20132017",
                             table2()), fns, keep
    return [f], fns, keep


# ---------------------------------------------------------------- pagination
def fl_height(f, first):
    _, h = f.wrap(W, PH)
    sb = 0 if first else f.getSpaceBefore()
    return sb + h + f.getSpaceAfter()


def fn_height(fns):
    if not fns:
        return 0
    h = 14  # rule and gap
    for n in fns:
        p = fn_para(n)
        _, ph = p.wrap(W, PH)
        h += ph + fnstyle.spaceAfter
    return h


def fn_para(n):
    return Paragraph(sup(n) + " " + FOOTNOTES[n], fnstyle)


def paginate(blocks):
    avail_total = PH - TOP - BOTTOM
    units = []  # merge keep_with_next chains
    cur = None
    for b in blocks:
        fl, fns, keep = expand(b)
        if cur is None:
            cur = [list(fl), list(fns)]
        else:
            cur[0] += fl
            cur[1] += fns
        if not keep:
            units.append(cur)
            cur = None
    if cur:
        units.append(cur)

    pages = [[[], []]]
    for fls, fns in units:
        page = pages[-1]
        used = sum(fl_height(f, i == 0) for i, f in enumerate(page[0]))
        need = sum(fl_height(f, (not page[0]) and i == 0) for i, f in enumerate(fls))
        if used + need + fn_height(page[1] + fns) > avail_total and page[0]:
            # try to split a lone unnumbered-footnote paragraph across the page break
            if len(fls) == 1 and not fns and isinstance(fls[0], Paragraph):
                room = avail_total - used - fn_height(page[1]) - fls[0].getSpaceBefore() - 2
                parts = fls[0].split(W, room) if room > 40 else []
                if len(parts) == 2:
                    page[0].append(parts[0])
                    pages.append([[parts[1]], []])
                    continue
            pages.append([list(fls), list(fns)])
        else:
            page[0] += fls
            page[1] += fns
    return pages


# ---------------------------------------------------------------- drawing
def header(c, lines):
    y = PH - 1.6 * cm
    c.setFont(FONT, 10)
    for ln in lines:
        c.drawRightString(PW - RM, y, ln)
        y -= 12


def draw_flowables(c, fls, fns):
    y = PH - TOP
    for i, f in enumerate(fls):
        if i:
            y -= f.getSpaceBefore()
        _, h = f.wrap(W, PH)
        f.drawOn(c, LM, y - h)
        y -= h + f.getSpaceAfter()
    if fns:
        paras = [fn_para(n) for n in fns]
        hs = [p.wrap(W, PH)[1] for p in paras]
        top = BOTTOM + sum(hs) + fnstyle.spaceAfter * len(hs) + 4
        assert y > top + 10, "body overlaps footnotes"
        c.setLineWidth(0.5)
        c.line(LM, top + 6, LM + 5 * cm, top + 6)
        yy = top
        for p, h in zip(paras, hs):
            p.drawOn(c, LM, yy - h)
            yy -= h + fnstyle.spaceAfter
    else:
        assert y > BOTTOM - 2, "body overflows page"


def cover(c):
    c.setFont(FONT, 11)
    x = PW - RM
    c.setFont(BOLD, 12)
    c.drawRightString(x, PH - 3.0 * cm, SYMBOL)
    c.setFont(FONT, 11)
    c.drawRightString(x, PH - 3.6 * cm, "Original: English")
    c.drawRightString(x, PH - 4.1 * cm, "7 November 2014")
    c.setFont(BOLD, 12)
    c.drawCentredString(PW / 2, PH - 7.2 * cm, "105TH SESSION")
    c.setLineWidth(0.8)
    c.line(LM, PH - 8.0 * cm, PW - RM, PH - 8.0 * cm)
    c.setFont(BOLD, 13)
    c.drawCentredString(PW / 2, PH - 11.5 * cm, "IOM STRATEGIC FRAMEWORK ON MIGRATION,")
    c.drawCentredString(PW / 2, PH - 12.2 * cm, "ENVIRONMENT AND CLIMATE CHANGE")
    c.line(LM, 3.0 * cm, PW - RM, 3.0 * cm)
    c.setFont(BOLD, 12)
    c.drawString(LM, 2.2 * cm, "COUNCIL")
    c.drawCentredString(PW / 2, 2.2 * cm, "CONSEIL")
    c.drawRightString(PW - RM, 2.2 * cm, "CONSEJO")


def annex_page(c):
    header(c, [SYMBOL, "Annex"])
    y = PH - TOP
    c.setFont(BOLD, 11)
    c.drawCentredString(PW / 2, y - 11, "ANNEX")
    c.drawCentredString(PW / 2, y - 38, "GLOSSARY OF ACRONYMS")
    t = glossary()
    _, h = t.wrap(W, PH)
    t.drawOn(c, LM + 1.0 * cm, y - 62 - h)


def main():
    pages = paginate(BLOCKS)
    c = pdfcanvas.Canvas(OUT, pagesize=A4)
    c.setTitle("C/105/14 - IOM Strategic Framework on Migration, Environment and Climate Change")
    c.setAuthor("International Organization for Migration")
    cover(c)
    c.showPage()
    for i, (fls, fns) in enumerate(pages, start=1):
        header(c, [SYMBOL, "Page %d" % i])
        draw_flowables(c, fls, fns)
        c.showPage()
    annex_page(c)
    c.showPage()
    c.save()
    print("pages:", 2 + len(pages))
    for i, (fls, fns) in enumerate(pages, start=1):
        print(" body page", i, "footnotes", fns)


if __name__ == "__main__":
    main()
