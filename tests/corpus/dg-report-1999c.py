"""Draw dg-report-1999c.pdf: an invented IOM Council document of 1999,
the Report of the Director General on the Work of the Organization for the year 1998."""
import os

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, NextPageTemplate,
                                PageBreak, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle, KeepTogether)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dg-report-1999c.pdf")

SYMBOL = "MC/1968"
PAGE_W, PAGE_H = A4
LM, RM = 2.5 * cm, 2.5 * cm
TOP = 3.2 * cm          # room for the running header
BOTTOM = 4.2 * cm       # room for footnotes at the foot of body pages
TEXT_W = PAGE_W - LM - RM

FONT, BOLD, ITAL = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"

body = ParagraphStyle("body", fontName=FONT, fontSize=10.5, leading=13.5,
                      alignment=TA_JUSTIFY, spaceAfter=9)
numbered = ParagraphStyle("numbered", parent=body, leftIndent=0,
                          firstLineIndent=1.27 * cm, bulletIndent=0,
                          bulletFontName=FONT, bulletFontSize=10.5)
item = ParagraphStyle("item", parent=body, leftIndent=2.54 * cm,
                      firstLineIndent=0, bulletIndent=1.27 * cm,
                      bulletFontName=FONT, bulletFontSize=10.5, spaceAfter=6)
h1 = ParagraphStyle("h1", fontName=BOLD, fontSize=10.5, leading=13.5,
                    spaceBefore=8, spaceAfter=9, alignment=TA_LEFT,
                    keepWithNext=1)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=10.5, leading=13.5,
                    spaceBefore=4, spaceAfter=8, alignment=TA_LEFT,
                    keepWithNext=1)
center_bold = ParagraphStyle("cb", fontName=BOLD, fontSize=10.5, leading=14,
                             alignment=TA_CENTER, spaceAfter=14)
caption = ParagraphStyle("caption", fontName=BOLD, fontSize=10, leading=12.5,
                         alignment=TA_CENTER, spaceBefore=2, spaceAfter=5)
fn_style = ParagraphStyle("fn", fontName=FONT, fontSize=8.5, leading=10.5,
                          leftIndent=0, alignment=TA_LEFT)

TITLE_LINES = ["REPORT OF THE DIRECTOR GENERAL",
               "ON THE WORK OF THE ORGANIZATION",
               "FOR THE YEAR 1998"]

FOOTNOTES = {
    "1": "See document MC/1903, in particular paragraphs 14 to 22, and the "
         "revision of the Programme and Budget for 1998 presented to the "
         "Executive Committee in June 1998.",
    "2": "The programme is funded jointly by the Federal Government and the "
         "governments of the L\u00e4nder; IOM provides the transport, counselling "
         "and pre-departure arrangements.",
}


def sup(marker):
    return '<super rise="4" size="7">%s</super>' % marker


# ---------------------------------------------------------------- flowables
class Contents(Flowable):
    """A contents list with dotted leaders and right-aligned page numbers."""

    def __init__(self, entries, width):
        super().__init__()
        self.entries = entries
        self.width = width
        self.line_h = 19

    def wrap(self, aw, ah):
        return self.width, self.line_h * (len(self.entries) + 1)

    def draw(self):
        c = self.canv
        y = self.line_h * (len(self.entries) + 1) - 12
        c.setFont(BOLD, 10)
        c.drawRightString(self.width, y, "Page")
        for indent, label, title, page in self.entries:
            y -= self.line_h
            font = FONT
            c.setFont(font, 10.5)
            x = indent
            if label:
                c.drawString(x, y, label)
                x = indent + 1.0 * cm
            c.drawString(x, y, title)
            end = x + stringWidth(title, font, 10.5) + 4
            pw = stringWidth(page, font, 10.5)
            right = self.width - pw - 6
            dot_w = stringWidth(".", font, 10.5)
            n = int((right - end) / dot_w)
            if n > 0:
                c.drawString(right - n * dot_w, y, "." * n)
            c.drawRightString(self.width, y, page)


class Doc(BaseDocTemplate):
    def __init__(self, *a, fn_pages=None, **k):
        super().__init__(*a, **k)
        self.fn_pages = fn_pages or {}   # page number -> [markers]
        self.found = {}                  # marker -> page number

    def afterFlowable(self, fl):
        for m in getattr(fl, "fn_markers", []):
            self.found.setdefault(m, self.page)


def page_label(n):
    return {2: "i", 3: "ii"}.get(n, str(n - 3))


def draw_header(c, doc):
    c.saveState()
    c.setFont(FONT, 10)
    c.drawRightString(PAGE_W - RM, PAGE_H - 1.6 * cm, SYMBOL)
    c.drawRightString(PAGE_W - RM, PAGE_H - 1.6 * cm - 12.5, "Page %s" % page_label(doc.page))
    c.restoreState()


def draw_footnotes(c, doc):
    markers = doc.fn_pages.get(doc.page, [])
    if not markers:
        return
    paras = [Paragraph(sup(m) + " " + FOOTNOTES[m], fn_style) for m in markers]
    heights = [p.wrap(TEXT_W, 200)[1] for p in paras]
    y = 2.2 * cm + sum(heights) + 3 * (len(paras) - 1)
    c.saveState()
    c.setLineWidth(0.5)
    c.line(LM, y + 6, LM + 5 * cm, y + 6)
    c.restoreState()
    for p, h in zip(paras, heights):
        y -= h
        p.drawOn(c, LM, y)
        y -= 3


def on_front(c, doc):
    draw_header(c, doc)


def on_body(c, doc):
    draw_header(c, doc)
    draw_footnotes(c, doc)


def on_cover(c, doc):
    c.saveState()
    # header block, right-aligned
    c.setFont(BOLD, 11)
    c.drawRightString(PAGE_W - RM, PAGE_H - 2.6 * cm, SYMBOL)
    c.setFont(FONT, 10)
    c.drawRightString(PAGE_W - RM, PAGE_H - 2.6 * cm - 16, "Original: English")
    c.drawRightString(PAGE_W - RM, PAGE_H - 2.6 * cm - 29, "12 May 1999")
    # session line
    c.setFont(BOLD, 11)
    c.drawString(LM, PAGE_H - 5.4 * cm, "SEVENTY-EIGHTH SESSION")
    c.setLineWidth(0.8)
    c.line(LM, PAGE_H - 5.8 * cm, PAGE_W - RM, PAGE_H - 5.8 * cm)
    # title
    c.setFont(BOLD, 13)
    y = PAGE_H - 11.5 * cm
    for line in TITLE_LINES:
        c.drawCentredString(PAGE_W / 2, y, line)
        y -= 20
    # cover note
    c.setFont(FONT, 10)
    c.drawString(LM, 6.3 * cm, "__________")
    c.drawString(LM, 5.6 * cm, "This document is submitted to the Executive Committee at its "
                 "Ninety-sixth Session in June 1999.")
    # trilingual footer
    c.setFont(BOLD, 11)
    c.drawString(LM, 2.2 * cm, "COUNCIL")
    c.drawCentredString(PAGE_W / 2, 2.2 * cm, "CONSEIL")
    c.drawRightString(PAGE_W - RM, 2.2 * cm, "CONSEJO")
    c.restoreState()


# ---------------------------------------------------------------- content
def para(n, text, markers=()):
    p = Paragraph(text, numbered, bulletText="%d." % n)
    p.fn_markers = list(markers)
    return p


def build_story():
    s = []
    # cover page: everything drawn by on_cover
    s.append(NextPageTemplate("front"))
    s.append(Spacer(1, 1))
    s.append(PageBreak())

    # contents
    s.append(Paragraph("CONTENTS", center_bold))
    s.append(Spacer(1, 6))
    entries = [
        (0, "", "ABBREVIATIONS", "ii"),
        (0, "", "INTRODUCTION", "1"),
        (0, "I.", "MEMBERSHIP AND GOVERNING BODIES", "1"),
        (0, "II.", "OPERATIONAL ACTIVITIES", "2"),
        (1.0 * cm, "A.", "Movements", "2"),
        (1.0 * cm, "B.", "Regional presence", "2"),
        (0, "III.", "FINANCE AND ADMINISTRATION", "3"),
        (0, "IV.", "CONCLUDING REMARKS", "3"),
    ]
    s.append(Contents(entries, TEXT_W))
    s.append(PageBreak())

    # abbreviations, page of its own
    s.append(Paragraph("ABBREVIATIONS", center_bold))
    s.append(Spacer(1, 8))
    abbr = [
        ("CIS", "Commonwealth of Independent States"),
        ("ECHO", "European Community Humanitarian Office"),
        ("ICMC", "International Catholic Migration Commission"),
        ("ICRC", "International Committee of the Red Cross"),
        ("IOM", "International Organization for Migration"),
        ("NGO", "Non-governmental organization"),
        ("RQAN", "Return of Qualified African Nationals"),
        ("UNDP", "United Nations Development Programme"),
        ("UNHCR", "Office of the United Nations High Commissioner for Refugees"),
        ("USRP", "United States Refugee Program"),
    ]
    t = Table(abbr, colWidths=[3.2 * cm, TEXT_W - 3.2 * cm], hAlign="LEFT")
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 10.5),
        ("FONT", (0, 0), (0, -1), BOLD, 10.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    s.append(t)
    s.append(NextPageTemplate("body"))
    s.append(PageBreak())

    # body
    for line in TITLE_LINES:
        s.append(Paragraph(line, ParagraphStyle("rt", parent=center_bold, spaceAfter=0)))
    s.append(Spacer(1, 16))

    s.append(Paragraph("INTRODUCTION", h1))
    s.append(para(1,
        "The present report gives an account of the work of the International "
        "Organization for Migration during 1998. It reviews the membership of the "
        "Organization and the deliberations of its governing bodies, the movements "
        "and other services carried out in the field, and the financial and "
        "administrative situation at the close of the year. Detailed financial "
        "information is contained in the Financial Report for the year ended "
        "31 December 1998 (MC/1955), to which the reader is referred."))
    s.append(para(2,
        "The year was dominated by a steep rise in emergency and post-emergency "
        "operations, in the Great Lakes region of Africa and in Central America in "
        "the wake of Hurricane Mitch, and by the continued return of Bosnian nationals "
        "from host countries in Western Europe. At the same time the Administration "
        "pursued the priorities set out in the Programme and Budget for 1998," + sup("1") +
        " giving more weight to technical cooperation on migration management and to "
        "information activities intended to discourage irregular migration.", ["1"]))
    s.append(para(3,
        "The Director General wishes to record his gratitude to Member States, to "
        "observer States, to UNHCR and to the many non-governmental partners whose "
        "financial and practical support made the activities described below possible."))

    s.append(Paragraph("I.&nbsp;&nbsp;&nbsp;&nbsp;MEMBERSHIP AND GOVERNING BODIES", h1))
    s.append(para(4,
        "By Resolution No. 989 (LXXVI) of 19 November 1998, the Council admitted Georgia "
        "as a Member of the Organization, which brought the membership to 67 Member "
        "States. Observer status was granted during the same session to two States and "
        "to three international and non-governmental organizations, raising the number "
        "of observers to 44."))
    s.append(para(5,
        "The Executive Committee held its Ninety-fourth Session in June 1998 and the "
        "Sub-Committee on Budget and Finance met twice during the year. Among the matters "
        "examined by these bodies were:"))
    s.append(Paragraph("the level of the Administrative Part of the Budget and the scale "
                       "of assessment for 1999;", item, bulletText="(a)"))
    s.append(Paragraph("the arrangements for strengthening the field structure of the "
                       "Organization; and", item, bulletText="(b)"))
    s.append(Paragraph("the status of outstanding contributions, on which an information "
                       "note was issued in October 1998 (MC/INF/238).",
                       ParagraphStyle("lastitem", parent=item, spaceAfter=10),
                       bulletText="(c)"))
    s.append(para(6,
        "Informal consultations with Member States continued throughout the year on the "
        "budgetary consequences of the growth in field operations and on the cooperation "
        "arrangements between IOM and other organizations active in humanitarian "
        "assistance, among them UNHCR, the ICRC and ECHO."))

    s.append(Paragraph("II.&nbsp;&nbsp;&nbsp;&nbsp;OPERATIONAL ACTIVITIES", h1))
    s.append(Paragraph("A.&nbsp;&nbsp;&nbsp;&nbsp;Movements", h2))
    s.append(para(7,
        "In 1998 IOM moved or otherwise assisted 271,550 persons, as against 221,459 in "
        "1997, an increase of 22.6 per cent. Table 1 shows how these persons were "
        "distributed among the main types of movement."))

    rows = [
        ["Type of movement", "1997", "1998"],
        ["Refugee resettlement", "61,420", "58,917"],
        ["Assisted voluntary returns", "97,310", "119,845"],
        ["Return of qualified nationals", "1,215", "1,402"],
        ["Emergency and post-emergency movements", "42,880", "71,236"],
        ["Other migration assistance", "18,634", "20,150"],
        ["Total", "221,459", "271,550"],
    ]
    t1 = Table(rows, colWidths=[8.5 * cm, 2.6 * cm, 2.6 * cm])
    t1.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 10),
        ("FONT", (0, 0), (-1, 0), BOLD, 10),
        ("FONT", (0, -1), (-1, -1), BOLD, 10),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    s.append(KeepTogether([
        Paragraph("Table 1: Persons moved or assisted by IOM, 1997 and 1998", caption),
        t1, Spacer(1, 12)]))

    s.append(para(8,
        "Assisted voluntary returns were again the largest category. Most of them "
        "concerned Bosnian nationals leaving Germany under the Government Assisted "
        "Repatriation Programme," + sup("2") + " while smaller programmes operated from "
        "Belgium, the Netherlands and Switzerland. Under the RQAN programme, 1,402 "
        "qualified nationals returned to posts in eleven African countries.", ["2"]))
    s.append(para(9,
        "Refugee resettlement fell slightly, to 58,917 persons, most of whom travelled "
        "to the United States under the USRP, and to Australia, Canada and the Nordic "
        "countries. Emergency and post-emergency movements rose to 71,236 persons, "
        "reflecting the transport of displaced persons and returnees in the Great Lakes "
        "region and the evacuations carried out in Honduras and Nicaragua."))

    s.append(Paragraph("B.&nbsp;&nbsp;&nbsp;&nbsp;Regional presence", h2))
    s.append(para(10,
        "At the end of the year the Organization had offices in 73 countries. The main "
        "areas of activity in each region are summarized in Table 2; technical cooperation "
        "was most developed in the CIS countries and in Latin America, where projects were "
        "carried out jointly with UNDP."))
    X = "x"
    rows2 = [
        ["Region", "Movement\nassistance", "Technical\ncooperation", "Information\ncampaigns"],
        ["Africa", X, X, ""],
        ["Middle East", X, "", ""],
        ["Asia", X, X, X],
        ["Oceania", X, "", ""],
        ["Europe", X, X, X],
        ["Latin America and the Caribbean", X, X, ""],
        ["North America", X, "", ""],
    ]
    t2 = Table(rows2, colWidths=[6.4 * cm, 2.9 * cm, 2.9 * cm, 2.9 * cm])
    t2.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 10),
        ("FONT", (0, 0), (-1, 0), BOLD, 10),
        ("ALIGN", (1, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    s.append(KeepTogether([
        Paragraph("Table 2: Main areas of IOM activity by region, 1998", caption),
        t2, Spacer(1, 12)]))
    s.append(para(11,
        "Information campaigns on the risks of irregular migration and trafficking were "
        "conducted in Asia and in several countries of Central and Eastern Europe, in "
        "close consultation with the authorities of the countries of origin and with "
        "NGOs working with migrant women."))

    s.append(Paragraph("III.&nbsp;&nbsp;&nbsp;&nbsp;FINANCE AND ADMINISTRATION", h1))
    s.append(para(12,
        "Total expenditure in 1998 amounted to USD 241.6 million, compared with "
        "USD 203.9 million in 1997. Expenditure under the Administrative Part of the "
        "Budget remained within the approved level of CHF 37,894,000, while the "
        "Operational Part of the Budget grew with the volume of emergency programmes."))
    s.append(para(13,
        "Outstanding contributions to the Administrative Part of the Budget stood at "
        "CHF 3,412,000 at the close of the year. Three Member States concluded payment "
        "plans with the Administration, and the question will remain before the "
        "Sub-Committee on Budget and Finance."))
    s.append(para(14,
        "On 31 December 1998 the Organization employed 1,408 persons, of whom 187 were "
        "officials and 1,221 employees, the great majority of them in field offices. The "
        "training of staff in project development and financial management continued."))

    s.append(Paragraph("IV.&nbsp;&nbsp;&nbsp;&nbsp;CONCLUDING REMARKS", h1))
    s.append(para(15,
        "The growth recorded in 1998 confirms the demand for the services of the "
        "Organization, but it also places strain on a structure whose core funding has "
        "not kept pace. The Director General will submit proposals on this question to "
        "the Executive Committee and counts on the continued support of Member States."))
    return s


def build(fn_pages):
    doc = Doc(OUT, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TOP,
              bottomMargin=BOTTOM, fn_pages=fn_pages,
              title="Report of the Director General on the Work of the Organization "
                    "for the year 1998", author="IOM")
    full = Frame(LM, BOTTOM, TEXT_W, PAGE_H - TOP - BOTTOM, id="f",
                 leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([
        PageTemplate("cover", [full], onPage=on_cover),
        PageTemplate("front", [full], onPage=on_front),
        PageTemplate("body", [full], onPage=on_body),
    ])
    doc.build(build_story())
    return doc.found


if __name__ == "__main__":
    found = build({})               # pass 1: where do the markers fall?
    pages = {}
    for m, p in sorted(found.items()):
        pages.setdefault(p, []).append(m)
    found2 = build(pages)           # pass 2: draw the footnotes there
    assert found == found2, (found, found2)
    print("footnote markers on pages:", found)
