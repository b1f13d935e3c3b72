"""Draw scpf-report-2021c.pdf: report on the Twenty-ninth Session of the IOM Standing Committee on
Programmes and Finance (2021), laid out with reportlab (justified text, footnotes at the foot of the
page where their marker falls, running header on pages after the first)."""
import os

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle, KeepTogether, PageBreak, NextPageTemplate, CondPageBreak)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "scpf-report-2021c.pdf")
SYMBOL = "S/29/16"

PAGE_W, PAGE_H = A4
LM = RM = 2.5 * cm
TM = 2.6 * cm
BM = 2.3 * cm
TEXT_W = PAGE_W - LM - RM
NUM_IND = 1.25 * cm

FONT, BOLD, ITAL = "Times-Roman", "Times-Bold", "Times-Italic"

body = ParagraphStyle("body", fontName=FONT, fontSize=11.5, leading=14, alignment=TA_JUSTIFY,
                      spaceAfter=8)
numbered = ParagraphStyle("num", parent=body, firstLineIndent=NUM_IND, bulletIndent=0,
                          bulletFontName=FONT, bulletFontSize=11.5)
bullet = ParagraphStyle("bul", parent=body, leftIndent=NUM_IND + 0.6 * cm, bulletIndent=NUM_IND,
                        bulletFontName=FONT, bulletFontSize=11.5, spaceAfter=5)
h1 = ParagraphStyle("h1", fontName=BOLD, fontSize=11.5, leading=14, leftIndent=NUM_IND, bulletIndent=0,
                    bulletFontName=BOLD, bulletFontSize=11.5, spaceBefore=10, spaceAfter=8, keepWithNext=1)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=11.5, leading=14, spaceBefore=2, spaceAfter=7,
                    keepWithNext=1)
right = ParagraphStyle("right", fontName=FONT, fontSize=11.5, leading=14, alignment=TA_RIGHT)
right_b = ParagraphStyle("right_b", parent=right, fontName=BOLD)
center_b = ParagraphStyle("center_b", fontName=BOLD, fontSize=12, leading=15, alignment=TA_CENTER)
center = ParagraphStyle("center", fontName=FONT, fontSize=11.5, leading=14, alignment=TA_CENTER)
caption = ParagraphStyle("caption", fontName=BOLD, fontSize=10.5, leading=13, alignment=TA_CENTER,
                         spaceBefore=2, spaceAfter=4, keepWithNext=1)
cell = ParagraphStyle("cell", fontName=FONT, fontSize=10.5, leading=12.5, alignment=TA_LEFT)
cell_r = ParagraphStyle("cell_r", parent=cell, alignment=TA_RIGHT)
cell_b = ParagraphStyle("cell_b", parent=cell, fontName=BOLD)
cell_br = ParagraphStyle("cell_br", parent=cell_b, alignment=TA_RIGHT)
fn_style = ParagraphStyle("fn", fontName=FONT, fontSize=9.5, leading=11.5, alignment=TA_JUSTIFY,
                          leftIndent=0.4 * cm, firstLineIndent=-0.4 * cm, spaceAfter=2)

# ---------------------------------------------------------------- footnotes
FOOTNOTES = {
    "1": "In accordance with the health measures decided by the Swiss federal authorities, in-person "
         "attendance was limited to two representatives per delegation. Remote participants followed the "
         "proceedings through the online conference platform, with simultaneous interpretation into "
         "English, French and Spanish.",
    "2": "Under Article 4 of the Constitution, a Member State that is in arrears in the payment of its "
         "financial contributions to the Organization has no vote if the amount of its arrears equals "
         "or exceeds the amount of the contributions due from it for the preceding two full years.",
    "3": "The proposed allocation of Operational Support Income for 2022 is set out in document S/29/5, "
         "paragraphs 12 to 15.",
}


def fn_para(marker):
    return Paragraph('<super>%s</super>&nbsp;%s' % (marker, FOOTNOTES[marker]), fn_style)


def fn_mark(marker):
    """Raised marker in the text, with a callback recording the page it is drawn on."""
    return '<super>%s</super><onDraw name="fnmark" label="%s"/>' % (marker, marker)


RULE_GAP = 10  # space taken by the short rule above the footnotes


def fn_block_height(markers):
    h = RULE_GAP
    for m in markers:
        p = fn_para(m)
        _, ph = p.wrap(TEXT_W, PAGE_H)
        h += ph + fn_style.spaceAfter
    return h


class ReportDoc(BaseDocTemplate):
    def __init__(self, filename, reserve, **kw):
        BaseDocTemplate.__init__(self, filename, **kw)
        self.reserve = reserve          # page -> list of markers (from the previous pass)
        self.found = {}                 # marker -> page (this pass)
        self.annex_first = None

    def handle_frameBegin(self, *a, **kw):
        BaseDocTemplate.handle_frameBegin(self, *a, **kw)
        markers = self.reserve.get(self.page)
        if markers:
            f = self.frame
            f._y1p = f._y1 + f._bottomPadding + fn_block_height(markers) + 6
            f._aH = f._y2 - f._y1p - f._topPadding


def record_mark(canv, kind, label):
    doc = canv._doctemplate
    doc.found[label] = doc.page


def draw_footnotes(canv, doc):
    markers = sorted([m for m, p in doc.found.items() if p == doc.page], key=int)
    if not markers:
        return
    h = fn_block_height(markers)
    y = BM + h
    canv.saveState()
    canv.setLineWidth(0.5)
    canv.line(LM, y - 2, LM + 5 * cm, y - 2)
    y -= RULE_GAP
    for m in markers:
        p = fn_para(m)
        _, ph = p.wrap(TEXT_W, PAGE_H)
        p.drawOn(canv, LM, y - ph)
        y -= ph + fn_style.spaceAfter
    canv.restoreState()


def first_page(canv, doc):
    canv.setNamedCB("fnmark", record_mark)


def later_page(canv, doc):
    canv.setNamedCB("fnmark", record_mark)
    canv.saveState()
    canv.setFont(FONT, 10.5)
    x = PAGE_W - RM
    canv.drawRightString(x, PAGE_H - 1.5 * cm, SYMBOL)
    canv.drawRightString(x, PAGE_H - 1.5 * cm - 12.5, "Page %d" % doc.page)
    canv.restoreState()


def annex_page(canv, doc):
    canv.setNamedCB("fnmark", record_mark)
    if doc.annex_first is None:
        doc.annex_first = doc.page
    canv.saveState()
    canv.setFont(FONT, 10.5)
    x = PAGE_W - RM
    canv.drawRightString(x, PAGE_H - 1.5 * cm, SYMBOL)
    canv.drawRightString(x, PAGE_H - 1.5 * cm - 12.5, "Annex")
    canv.drawRightString(x, PAGE_H - 1.5 * cm - 25, "Page %d" % (doc.page - doc.annex_first + 1))
    canv.restoreState()


# ---------------------------------------------------------------- content helpers
def P(num, text):
    return Paragraph(text, numbered, bulletText="%d." % num)


def H1(num, text):
    return Paragraph(text, h1, bulletText="%s." % num)


def H2(text):
    return Paragraph(text, h2)


def B(text):
    return Paragraph(text, bullet, bulletText="\u2022")


def story():
    s = []
    # ---------------- cover block
    s += [Paragraph(SYMBOL, right_b), Paragraph("Original: English", right),
          Paragraph("19 November 2021", right), Spacer(1, 30),
          Paragraph("STANDING COMMITTEE ON PROGRAMMES AND FINANCE", center_b),
          Paragraph("Twenty-ninth Session", center_b), Spacer(1, 26),
          Paragraph("REPORT ON THE TWENTY-NINTH SESSION<br/>"
                    "OF THE STANDING COMMITTEE ON PROGRAMMES AND FINANCE", center_b),
          Spacer(1, 20),
          Paragraph("Geneva", center), Paragraph("2 and 3 November 2021", center), Spacer(1, 8),
          Paragraph("Rapporteur: Ms E. Lindqvist (Sweden)", center), Spacer(1, 30)]

    # ---------------- I
    s.append(H1("I", "INTRODUCTION"))
    s.append(P(1, "The Standing Committee on Programmes and Finance held its Twenty-ninth Session at the "
                  "Centre International de Conf\u00e9rences Gen\u00e8ve on 2 and 3 November 2021. Owing to "
                  "the public health situation, the session was conducted in a hybrid format, with some "
                  "delegations present in the conference room and others taking part remotely." + fn_mark("1")
               + " Four meetings were held."))
    s.append(P(2, "The following Member States were represented: Afghanistan, Algeria, Angola, Argentina, "
                  "Australia, Austria, Bangladesh, Belgium, Brazil, Burkina Faso, Canada, Chile, China, "
                  "Colombia, Costa Rica, C\u00f4te d\u2019Ivoire, Ecuador, Egypt, Ethiopia, Finland, France, "
                  "Germany, Ghana, Greece, Guatemala, Holy See, India, Indonesia, Italy, Japan, Jordan, "
                  "Kenya, Mexico, Morocco, Netherlands, Nigeria, Norway, Pakistan, Peru, Philippines, "
                  "Poland, Republic of Korea, Senegal, South Africa, Spain, Sweden, Switzerland, Thailand, "
                  "Tunisia, Turkey, Uganda, United Kingdom of Great Britain and Northern Ireland, United "
                  "States of America, Venezuela (Bolivarian Republic of) and Zimbabwe."))
    s.append(P(3, "The session was chaired by Mr K. Mensah-Bonsu (Ghana), Chairperson of the Standing "
                  "Committee for 2021. Ms E. Lindqvist (Sweden) served as Rapporteur."))

    # ---------------- II
    s.append(H1("II", "ORGANIZATIONAL MATTERS"))
    s.append(H2("Adoption of the agenda (item 1)"))
    s.append(P(4, "The Standing Committee adopted the agenda set out in document S/29/1/Rev.1, which is "
                  "reproduced in the Annex to the present report."))
    s.append(H2("Statement by the Director General (item 2)"))
    s.append(P(5, "The Director General gave an overview of the Organization\u2019s activities since the "
                  "Twenty-eighth Session. He drew attention to the scale of the operational response to "
                  "displacement in Afghanistan, Ethiopia and the Sahel, to the lasting effects of the "
                  "pandemic on human mobility and to the progress made in rolling out the Internal "
                  "Governance Framework. Voluntary contributions had reached a new high, yet the core "
                  "structure of the Organization remained thinly funded and heavily reliant on a small "
                  "number of donors."))
    s.append(P(6, "Delegations thanked the Director General for his candid account and expressed support "
                  "for the priorities he had outlined. Several of them stressed that predictable core "
                  "funding was a shared responsibility of the membership. The Standing Committee took note "
                  "of the statement by the Director General."))

    # ---------------- III
    s.append(H1("III", "FINANCIAL MATTERS"))
    s.append(H2("Status report on outstanding contributions to the Administrative Part of the Budget "
                "(item 3)"))
    s.append(P(7, "The Administration introduced document S/29/3, which showed that assessed contributions "
                  "totalling CHF 5,576,763 remained outstanding as at 31 October 2021. Nine Member States "
                  "were subject to the provisions of Article 4 of the Constitution," + fn_mark("2")
               + " and six had concluded payment plans with the Administration. The breakdown by category "
                 "is shown in the table below."))
    rows = [
        ("Category", "Member States", "Amount outstanding"),
        ("Member States with payment plans in place", "6", "1,845,217"),
        ("Member States subject to Article 4 of the Constitution", "9", "2,318,640"),
        ("Other Member States with amounts outstanding", "27", "1,412,906"),
        ("Total", "42", "5,576,763"),
    ]
    data = []
    for i, (a, b_, c) in enumerate(rows):
        if i == 0:
            data.append([Paragraph(a, cell_b), Paragraph(b_, cell_br), Paragraph(c, cell_br)])
        elif a == "Total":
            data.append([Paragraph(a, cell_b), Paragraph(b_, cell_br), Paragraph(c, cell_br)])
        else:
            data.append([Paragraph(a, cell), Paragraph(b_, cell_r), Paragraph(c, cell_r)])
    t = Table(data, colWidths=[8.6 * cm, 3.0 * cm, 3.8 * cm])
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    s.append(KeepTogether([
        Paragraph("Table 1. Outstanding assessed contributions as at 31 October 2021 (in Swiss francs)",
                  caption), t, Spacer(1, 12)]))
    s.append(P(8, "The Standing Committee took note of document S/29/3 and urged Member States with "
                  "outstanding contributions to pay them in full as soon as possible or to agree on a payment "
                  "plan with the Administration. It welcomed the payments received from Burkina Faso and "
                  "Guatemala since the previous session."))

    s.append(H2("Programme and Budget for 2022 (item 4)"))
    s.append(P(9, "The Administration presented the Programme and Budget for 2022 (C/112/6). The "
                  "Administrative Part of the Budget was proposed at CHF 58,730,000, an increase of "
                  "CHF 4,267,000 over 2021 that corresponded to the third phase of the budget reform "
                  "endorsed by the Council in Resolution No. 1381 of 27 November 2019. The Operational Part "
                  "of the Budget was estimated at USD 1,032.6 million, a figure that would rise as new "
                  "funding was confirmed during the year."))
    s.append(P(10, "In the ensuing discussion, delegations raised the following points:"))
    s.append(B("the increase in the Administrative Part was justified by the growth in the Organization\u2019s "
               "operations, but Member States expected to see corresponding efficiencies in the medium term;"))
    s.append(B("further detail was requested on the staffing of the regional offices and of the divisions "
               "created under the Internal Governance Framework;"))
    s.append(B("the share of Operational Support Income allocated to core functions should be presented "
               "separately from project-related costs;" + fn_mark("3")))
    s.append(B("the Administration was encouraged to keep broadening its donor base, in particular by "
               "seeking flexible and unearmarked funding from new partners."))
    s.append(P(11, "In response, the Administration explained that the additional posts would be phased in "
                   "over the year and that a breakdown of staffing by office would be provided in the "
                   "Summary Update on the Programme and Budget for 2022, to be issued in June 2022."))
    s.append(P(12, "The Standing Committee took note of the Programme and Budget for 2022 and recommended "
                   "that the Council approve it as set out in document C/112/6."))

    s.append(H2("Use of Operational Support Income and investment income (item 5)"))
    s.append(P(13, "The Administration presented document S/29/5, which projected Operational Support Income "
                   "of USD 142.0 million for 2022, of which USD 9.5 million would be set aside for the risk "
                   "mitigation mechanism. Investment income was expected to remain modest, at about "
                   "USD 1.2 million, given the low interest rates prevailing on the markets."))
    s.append(P(14, "The Standing Committee took note of document S/29/5 and recommended that the Council "
                   "approve the proposed use of Operational Support Income and investment income in 2022."))

    # ---------------- IV
    s.append(H1("IV", "GOVERNANCE AND OVERSIGHT"))
    s.append(H2("Update on the Internal Governance Framework (item 6)"))
    s.append(P(15, "The Administration reported on the implementation of the Internal Governance Framework "
                   "(S/29/7). The new enterprise resource planning system would go live in the first "
                   "regional offices in 2022, and the revised risk management policy had been issued to all "
                   "country offices in September 2021."))
    s.append(P(16, "Delegations welcomed the progress made but asked for clearer milestones and a consolidated "
                   "estimate of the cost of the Framework up to its completion. One delegation asked how the "
                   "Framework would improve the Organization\u2019s capacity to prevent fraud in field "
                   "operations."))
    s.append(P(17, "The Standing Committee took note of the update on the Internal Governance Framework."))

    s.append(H2("IOM response to the COVID-19 pandemic: update on operations (item 7)"))
    s.append(P(18, "The Administration presented document S/29/9, which described the support given to "
                   "Member States for the vaccination of migrants and displaced persons, the health screening "
                   "carried out at points of entry and the adjustments made to resettlement movements. More "
                   "than 2.4 million people had been reached by risk communication activities since "
                   "January 2021."))
    s.append(P(19, "The Standing Committee took note of document S/29/9."))

    s.append(H2("Reports of oversight bodies (item 8)"))
    s.append(P(20, "The Chairperson of the Audit and Oversight Advisory Committee presented the Committee\u2019s "
                   "report (S/29/11), which commended the strengthening of the second line of defence and "
                   "recommended that the Administration fill the vacant posts in the internal audit function "
                   "without further delay."))
    s.append(P(21, "The Inspector General presented the annual report of the Office of the Inspector General "
                   "for 2020 (S/29/12). The Office had completed 28 internal audits and received 1,126 "
                   "allegations of misconduct, 41 per cent more than in the previous year."))
    s.append(P(22, "The Standing Committee took note of the reports of the Audit and Oversight Advisory "
                   "Committee and of the Office of the Inspector General."))

    # ---------------- V
    s.append(H1("V", "OTHER MATTERS"))
    s.append(H2("Any other business (item 9)"))
    s.append(P(23, "Speaking on behalf of a group of States, one delegation asked that session documents be "
                   "made available in all three official languages well before each session. The "
                   "Administration undertook to publish them at least four weeks in advance."))
    s.append(H2("Closure of the session (item 10)"))
    s.append(P(24, "The Chairperson recalled that, as had been done for the report on the Twenty-eighth "
                   "Session (S/28/13), the present report would be submitted to the Council at its "
                   "112th Session."))
    s.append(P(25, "The Chairperson declared the Twenty-ninth Session of the Standing Committee closed on "
                   "Wednesday, 3 November 2021, at 5.10 p.m."))

    # ---------------- Annex
    s.append(NextPageTemplate("annex"))
    s.append(PageBreak())
    s.append(Spacer(1, 10))
    s.append(Paragraph("ANNEX", center_b))
    s.append(Spacer(1, 10))
    s.append(Paragraph("AGENDA ADOPTED BY THE STANDING COMMITTEE<br/>AT ITS TWENTY-NINTH SESSION", center_b))
    s.append(Spacer(1, 18))
    agenda = ["Adoption of the agenda",
              "Statement by the Director General",
              "Status report on outstanding contributions to the Administrative Part of the Budget",
              "Programme and Budget for 2022",
              "Use of Operational Support Income and investment income",
              "Update on the Internal Governance Framework",
              "IOM response to the COVID-19 pandemic: update on operations",
              "Reports of oversight bodies:",
              "Any other business",
              "Closure of the session"]
    ag = ParagraphStyle("ag", parent=numbered, alignment=TA_LEFT, firstLineIndent=0, leftIndent=NUM_IND,
                        spaceAfter=9)
    sub = ParagraphStyle("agsub", parent=ag, leftIndent=NUM_IND + 0.9 * cm, bulletIndent=NUM_IND,
                         spaceAfter=5)
    for i, item in enumerate(agenda, 1):
        s.append(Paragraph(item, ag, bulletText="%d." % i))
        if i == 8:
            s.append(Paragraph("Report of the Audit and Oversight Advisory Committee", sub, bulletText="(a)"))
            s.append(Paragraph("Annual report of the Office of the Inspector General for 2020", sub,
                               bulletText="(b)"))
            s.append(Spacer(1, 4))
    return s


def build(reserve):
    doc = ReportDoc(OUT, reserve, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM,
                    bottomMargin=BM, title="Report on the Twenty-ninth Session of the Standing Committee "
                    "on Programmes and Finance", author="IOM")
    frame = Frame(LM, BM, TEXT_W, PAGE_H - TM - BM, id="f", leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    doc.addPageTemplates([
        PageTemplate("first", [frame], onPage=first_page, onPageEnd=draw_footnotes, autoNextPageTemplate="later"),
        PageTemplate("later", [frame], onPage=later_page, onPageEnd=draw_footnotes),
        PageTemplate("annex", [frame], onPage=annex_page, onPageEnd=draw_footnotes),
    ])
    doc.build(story())
    return doc


def main():
    reserve = {}
    for _ in range(8):
        doc = build(reserve)
        new = {}
        for m, p in doc.found.items():
            new.setdefault(p, []).append(m)
        for p in new:
            new[p].sort(key=int)
        if new == reserve:
            break
        reserve = new
    print("pages:", doc.page, "footnotes:", sorted(doc.found.items()))


if __name__ == "__main__":
    main()
