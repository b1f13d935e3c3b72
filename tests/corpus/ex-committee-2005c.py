"""Draw ex-committee-2005c.pdf: draft report on the Hundred and second Session of the
IOM Executive Committee (2005), MC-era layout, with reportlab."""
import os

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, KeepTogether, NextPageTemplate,
                                PageBreak, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "ex-committee-2005c.pdf")

SYMBOL = "MC/EX/683"
PAGE_W, PAGE_H = A4
LM, RM, TM, BM = 2.5 * cm, 2.5 * cm, 2.6 * cm, 2.2 * cm
BODY_W = PAGE_W - LM - RM

FONT, BOLD, ITAL = "Times-Roman", "Times-Bold", "Times-Italic"

sty_body = ParagraphStyle("body", fontName=FONT, fontSize=11, leading=13.6,
                          alignment=TA_JUSTIFY, spaceAfter=11)
sty_para = ParagraphStyle("para", parent=sty_body, firstLineIndent=1.27 * cm,
                          bulletIndent=0, leftIndent=0, bulletFontName=FONT,
                          bulletFontSize=11)
sty_item = ParagraphStyle("item", parent=sty_body, leftIndent=2.54 * cm,
                          bulletIndent=1.27 * cm, bulletFontName=FONT, bulletFontSize=11,
                          spaceAfter=6)
sty_head = ParagraphStyle("head", fontName=BOLD, fontSize=11, leading=13.6,
                          alignment=TA_LEFT, spaceBefore=8, spaceAfter=10,
                          keepWithNext=1)
sty_sub = ParagraphStyle("sub", fontName=BOLD, fontSize=11, leading=13.6,
                         alignment=TA_LEFT, leftIndent=1.27 * cm, bulletIndent=0,
                         bulletFontName=BOLD, bulletFontSize=11,
                         spaceBefore=2, spaceAfter=10, keepWithNext=1)
sty_center = ParagraphStyle("center", fontName=FONT, fontSize=11, leading=14,
                            alignment=TA_CENTER)
sty_cbold = ParagraphStyle("cbold", parent=sty_center, fontName=BOLD, fontSize=12, leading=15)
sty_right = ParagraphStyle("right", fontName=FONT, fontSize=11, leading=14, alignment=TA_RIGHT)
sty_fn = ParagraphStyle("fn", fontName=FONT, fontSize=9, leading=10.5, alignment=TA_JUSTIFY)
sty_cell = ParagraphStyle("cell", fontName=FONT, fontSize=10.5, leading=12.5)
sty_cellb = ParagraphStyle("cellb", parent=sty_cell, fontName=BOLD)
sty_cellr = ParagraphStyle("cellr", parent=sty_cell, alignment=TA_RIGHT)
sty_cellrb = ParagraphStyle("cellrb", parent=sty_cellr, fontName=BOLD)
sty_caption = ParagraphStyle("caption", parent=sty_center, fontName=ITAL, fontSize=10.5,
                             spaceAfter=4)

# ---------------------------------------------------------------- footnotes
FOOTNOTES = {
    "1": "The names of the representatives and observers are given in the list of "
         "participants (MC/EX/684).",
    "2": "The formula is described in document MC/2145, paragraphs 21 to 24.",
}


class FNPara(Paragraph):
    """A paragraph that carries footnote markers (recorded on the page where it lands)."""

    def __init__(self, text, style, notes=(), **kw):
        Paragraph.__init__(self, text, style, **kw)
        self.fn_notes = list(notes)


def sup(n):
    return '<super rise="4" size="7">%s</super>' % n


# ---------------------------------------------------------------- content
paranum = [0]


def P(text, notes=()):
    paranum[0] += 1
    p = FNPara(text, sty_para, notes=notes, bulletText="%d." % paranum[0])
    return KeepTogether([p]) if notes else p


sty_item_last = ParagraphStyle("itemlast", parent=sty_item, spaceAfter=11)


def ITEM(label, text, notes=(), last=False):
    p = FNPara(text, sty_item_last if last else sty_item, notes=notes, bulletText=label)
    return KeepTogether([p]) if notes else p


def H(text):
    return Paragraph(text, sty_head)


def SUB(label, text):
    return Paragraph(text, sty_sub, bulletText=label)


def cover():
    s = []
    s.append(Paragraph(SYMBOL, sty_right))
    s.append(Spacer(1, 4))
    s.append(Paragraph("Original: English", sty_right))
    s.append(Paragraph("14 July 2005", sty_right))
    s.append(Spacer(1, 2.2 * cm))
    s.append(Paragraph("HUNDRED AND SECOND SESSION", sty_center))
    s.append(Spacer(1, 6))
    s.append(Paragraph("_" * 44, sty_center))
    s.append(Spacer(1, 3.2 * cm))
    s.append(Paragraph("DRAFT REPORT ON THE HUNDRED AND SECOND SESSION", sty_cbold))
    s.append(Paragraph("OF THE EXECUTIVE COMMITTEE", sty_cbold))
    s.append(Spacer(1, 1.6 * cm))
    s.append(Paragraph("Geneva", sty_center))
    s.append(Paragraph("7 June 2005", sty_center))
    s.append(Spacer(1, 1.4 * cm))
    s.append(Paragraph("Rapporteur: Mr. R. Okafor (Nigeria)", sty_center))
    s.append(NextPageTemplate("body"))
    s.append(PageBreak())
    return s


def body():
    s = []
    s.append(Paragraph("DRAFT REPORT ON THE HUNDRED AND SECOND SESSION OF THE EXECUTIVE "
                       "COMMITTEE", ParagraphStyle("rt", parent=sty_center, fontName=BOLD,
                                                   spaceAfter=14)))

    s.append(H("INTRODUCTION"))
    s.append(P("The Executive Committee held its Hundred and second Session at the Palais des "
               "Nations, Geneva, on Tuesday, 7 June 2005, as it had decided at its Hundred and "
               "first Session. Two meetings took place, one in the morning and one in the "
               "afternoon, both chaired by H.E. Mr. Carlos Ibarra Sep\u00falveda (Chile)."))

    s.append(H("ATTENDANCE"))
    s.append(P("Representatives of the following members of the Executive Committee were "
               "present: Algeria, Argentina, Australia, Austria, Belgium, Canada, Chile, "
               "Colombia, Egypt, Finland, France, Germany, Ghana, Greece, Guatemala, Italy, "
               "Japan, Kenya, Mexico, Morocco, Netherlands, Nigeria, Norway, Pakistan, Peru, "
               "Philippines, Poland, Portugal, Republic of Korea, Senegal, Sweden, Switzerland, "
               "Thailand, United Kingdom of Great Britain and Northern Ireland and United States "
               "of America." + sup("1"), notes=["1"]))
    s.append(P("Angola, Bangladesh, Croatia, the Dominican Republic, Ecuador, Ireland, Israel, "
               "Jordan, Madagascar, Sri Lanka, Tunisia, Uganda and Zambia, Member States not "
               "elected to the Committee, followed the proceedings as observers, as did the Holy "
               "See and the Sovereign Military Order of Malta. Observers also attended on behalf "
               "of the Office of the United Nations High Commissioner for Refugees (UNHCR), the "
               "International Labour Organization (ILO) and the International Committee of the "
               "Red Cross (ICRC)."))

    s.append(H("CREDENTIALS OF REPRESENTATIVES AND OBSERVERS"))
    s.append(P("The Committee was informed that the Director General had examined the "
               "credentials of the representatives of the members listed in paragraph 2 and of "
               "the observers listed in paragraph 3, and had found them in good and due form."))

    s.append(H("ELECTION OF OFFICERS"))
    s.append(P("By acclamation, the Committee elected H.E. Mr. Carlos Ibarra Sep\u00falveda "
               "(Chile) as Chairman, Mr. Hannu Lindgren (Finland) as Vice-Chairman and "
               "Mr. Raymond Okafor (Nigeria) as Rapporteur."))

    s.append(H("ADOPTION OF THE AGENDA"))
    s.append(P("The Committee adopted the provisional agenda reproduced in document "
               "MC/EX/681/Rev.1 without amendment."))

    s.append(H("REPORT OF THE DIRECTOR GENERAL ON THE WORK OF THE ORGANIZATION FOR THE "
               "YEAR 2004"))
    s.append(P("Presenting the report (MC/2167), the Deputy Director General described 2004 as "
               "a year of sustained expansion. Membership had reached 112 States, the network of "
               "field offices had grown to some 280 locations and total expenditure had climbed "
               "to USD 674.3 million, the highest level in the Organization\u2019s history. The "
               "closing days of the year had been dominated by the first phase of the response "
               "to the tsunami that struck the Indian Ocean region on 26 December 2004."))
    s.append(P("Many delegations welcomed the shorter and more analytical format of the report "
               "and suggested that future editions give a more systematic account of lessons "
               "learned, in particular from operations assisting populations displaced by "
               "crises. One delegation, speaking for a regional group, urged the Administration "
               "to give greater weight to the gender dimension of its counter-trafficking "
               "activities."))
    s.append(P("Another delegation observed that the rapid growth in projects, unaccompanied by "
               "a corresponding reinforcement of the core structure, was putting management "
               "under strain, and asked how the Administration proposed to deal with the matter "
               "in the light of the discussions on the Organization\u2019s strategy."))
    s.append(P("In reply, the Deputy Director General indicated that the adequacy of the core "
               "structure would be examined during the informal consultations held in advance "
               "of the Ninetieth Session of the Council, on the basis of a background note to be "
               "circulated in September 2005."))
    s.append(P("The Executive Committee took note of the Report of the Director General on the "
               "Work of the Organization for the Year 2004 and adopted Resolution No. 113 (CII) "
               "on the subject."))

    s.append(H("FINANCIAL REPORT FOR THE YEAR ENDED 31 DECEMBER 2004"))
    s.append(P("The Director of Budget and Finance introduced the Financial Report (MC/2168), "
               "together with the report of the External Auditor, and highlighted the following "
               "points:"))
    s.append(ITEM("(a)", "expenditure under the Administrative Part of the Budget had come to "
                  "CHF 34,981,260, against an approved budget of CHF 35,120,000;"))
    s.append(ITEM("(b)", "expenditure under the Operational Part of the Budget had totalled "
                  "USD 674.3 million, compared with USD 519.7 million in 2003;"))
    s.append(ITEM("(c)", "unearmarked operational funds of USD 6.2 million had been carried "
                  "forward to 2005; and"))
    s.append(ITEM("(d)", "the External Auditor had expressed an unqualified opinion on the "
                  "financial statements.", last=True))
    s.append(P("Delegations expressed satisfaction at the unqualified audit opinion. One member "
               "sought an explanation for the rise in staff-related liabilities; the "
               "Administration replied that it resulted from an updated actuarial valuation of "
               "after-service health insurance obligations, a question that the Subcommittee on "
               "Budget and Finance would revisit in the autumn."))
    s.append(P("The Executive Committee approved the Financial Report for the Year Ended "
               "31 December 2004 and adopted Resolution No. 114 (CII) to that effect."))

    s.append(H("STATEMENT BY A REPRESENTATIVE OF THE STAFF ASSOCIATION"))
    s.append(P("The Chairperson of the Staff Association Committee drew attention to the pressure "
               "created by the sharp increase in the number of staff engaged on short-term "
               "contracts for emergency operations, many of whom served in difficult duty "
               "stations without the benefits enjoyed by colleagues on regular appointments. She "
               "asked that the Association be consulted at an early stage on the planned "
               "revision of the Staff Regulations."))
    s.append(P("The Deputy Director General assured the Committee that the Administration "
               "valued its dialogue with the Staff Association and would associate it with the "
               "revision. The Executive Committee took note of the statement."))

    s.append(H("OTHER ITEMS ARISING FROM THE REPORT OF THE SUBCOMMITTEE ON BUDGET AND "
               "FINANCE"))
    s.append(P("The Chairman of the Subcommittee on Budget and Finance presented the report on "
               "its Ninety-fourth Session, held on 3 May 2005 (MC/EX/680), which dealt with the "
               "three matters set out below."))

    s.append(SUB("(a)", "Status report on outstanding contributions to the Administrative Part "
                 "of the Budget"))
    s.append(P("Updating to 31 May 2005 the figures given in document MC/EX/679, the "
               "Administration reported the position summarized in the table below."))
    rows = [
        [Paragraph("", sty_cellb), Paragraph("Amount", sty_cellrb)],
        [Paragraph("Assessed contributions for 2005", sty_cell),
         Paragraph("35,436,000", sty_cellr)],
        [Paragraph("Contributions received for 2005 as at 31 May 2005", sty_cell),
         Paragraph("19,872,415", sty_cellr)],
        [Paragraph("Balance outstanding for 2005", sty_cell), Paragraph("15,563,585", sty_cellr)],
        [Paragraph("Outstanding for 2004 and prior years", sty_cell),
         Paragraph("4,108,920", sty_cellr)],
        [Paragraph("Total outstanding", sty_cellb), Paragraph("19,672,505", sty_cellrb)],
    ]
    t = Table(rows, colWidths=[9.2 * cm, 3.6 * cm])
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    s.append(KeepTogether([Paragraph("(in Swiss francs)", sty_caption), t, Spacer(1, 10)]))
    s.append(P("Fourteen Member States had been in arrears for two or more consecutive years and "
               "had therefore lost their right to vote under Article 4, paragraph 3, of the "
               "Constitution. Payment plans had been concluded with three of them over the "
               "preceding six months."))
    s.append(P("The Executive Committee took note of document MC/EX/679 and of the updated "
               "figures, and called upon Member States with outstanding contributions to settle "
               "them in full or to agree on a payment plan with the Administration."))

    s.append(SUB("(b)", "Revision of the Programme and Budget for 2005"))
    s.append(P("The Administration presented document MC/EX/678, which revised the Programme "
               "and Budget for 2005 (MC/2148) approved by the Council in Resolution No. 1112 "
               "(LXXXVIII) of 30 November 2004. The revision reflected:"))
    s.append(ITEM("(a)", "a rise in the Operational Part of the Budget from USD 542.6 million to "
                  "USD 798.3 million, due mainly to the programmes launched in Indonesia and "
                  "Sri Lanka after the tsunami;"))
    s.append(ITEM("(b)", "the allocation of an estimated USD 24.5 million of discretionary income "
                  "in line with the formula endorsed by the Council;" + sup("2"), notes=["2"]))
    s.append(ITEM("(c)", "27 additional official and 84 additional employee positions, funded "
                  "entirely from project resources; and"))
    s.append(ITEM("(d)", "an unchanged Administrative Part of the Budget of CHF 35,436,000.", last=True))
    s.append(P("Several delegations praised the speed of the response to the tsunami, while "
               "cautioning that the exceptional growth in operations should not draw attention "
               "away from core activities. Asked whether part of the discretionary income would "
               "serve to strengthen oversight, the Administration confirmed that USD 0.6 million "
               "had been set aside for internal audit and evaluation."))
    s.append(P("The Executive Committee approved the Revision of the Programme and Budget for "
               "2005 as set out in document MC/EX/678."))

    s.append(SUB("(c)", "Support for developing Member States and Member States with economies "
                 "in transition \u2013 1035 Facility"))
    s.append(P("The Administration introduced the status report on the 1035 Facility "
               "(MC/INF/276), according to which 41 projects in 29 Member States had received a "
               "total of USD 1.4 million in 2004."))
    s.append(P("Delegations acknowledged the value of the Facility for capacity-building. "
               "Some asked for clearer selection criteria and a broader geographical spread of "
               "projects; the Administration undertook to submit revised guidelines to the "
               "Subcommittee at its next session."))
    s.append(P("The Executive Committee took note of document MC/INF/276."))

    s.append(H("OTHER BUSINESS"))
    s.append(P("The Committee was informed that the Ninetieth Session of the Council would be "
               "held from 29 November to 2 December 2005. No other matters were raised."))

    s.append(H("CLOSURE OF THE SESSION"))
    s.append(P("After thanking the Vice-Chairman, the Rapporteur and the Secretariat for their "
               "support, the Chairman declared the Hundred and second Session of the Executive "
               "Committee closed at 5.20 p.m. on 7 June 2005."))
    return s


# ---------------------------------------------------------------- page furniture
def draw_cover_footer(canv, doc):
    canv.saveState()
    canv.setFont(BOLD, 10)
    y = 1.6 * cm
    canv.drawString(LM, y, "EXECUTIVE COMMITTEE")
    canv.drawCentredString(PAGE_W / 2, y, "COMIT\u00c9 EX\u00c9CUTIF")
    canv.drawRightString(PAGE_W - RM, y, "COMIT\u00c9 EJECUTIVO")
    canv.restoreState()


def draw_header(canv, doc):
    canv.saveState()
    canv.setFont(FONT, 10.5)
    x = PAGE_W - RM
    canv.drawRightString(x, PAGE_H - 1.4 * cm, SYMBOL)
    canv.drawRightString(x, PAGE_H - 1.4 * cm - 13, "Page %d" % (doc.page - 1))
    canv.restoreState()


def footnote_block_height(keys):
    h = 14  # rule + gap
    for k in keys:
        p = Paragraph(sup(k) + " " + FOOTNOTES[k], sty_fn)
        _, ph = p.wrap(BODY_W, 1000)
        h += ph + 3
    return h


def draw_footnotes(canv, doc):
    keys = doc.fn_on_page.get(doc.page, [])
    if not keys:
        return
    canv.saveState()
    y = BM + footnote_block_height(keys) - 4
    canv.setFont(FONT, 10)
    canv.drawString(LM, y - 8, "_" * 18)
    y -= 14
    for k in keys:
        p = Paragraph(sup(k) + " " + FOOTNOTES[k], sty_fn)
        _, ph = p.wrap(BODY_W, 1000)
        p.drawOn(canv, LM, y - ph)
        y -= ph + 3
    canv.restoreState()


class Doc(BaseDocTemplate):
    def __init__(self, fn, reserve, **kw):
        BaseDocTemplate.__init__(self, fn, pagesize=A4, leftMargin=LM, rightMargin=RM,
                                 topMargin=TM, bottomMargin=BM, title=SYMBOL,
                                 author="International Organization for Migration", **kw)
        self.reserve = reserve  # page -> list of footnote keys (from previous pass)
        self.fn_on_page = {}
        cover_frame = Frame(LM, 3 * cm, BODY_W, PAGE_H - 3 * cm - 2 * cm, id="cover")
        self.addPageTemplates([
            PageTemplate("cover", [cover_frame], onPage=draw_cover_footer),
            PageTemplate("body", [Frame(LM, BM, BODY_W, PAGE_H - TM - BM, id="body")],
                         onPage=self.on_body_page, onPageEnd=draw_footnotes),
        ])

    def on_body_page(self, canv, doc):
        draw_header(canv, doc)
        # shrink the frame on pages that carry footnotes
        keys = self.reserve.get(self.page, [])
        fr = self.pageTemplate.frames[0]
        extra = footnote_block_height(keys) + 6 if keys else 0
        fr._y1 = BM + extra
        fr._height = PAGE_H - TM - BM - extra
        fr._geom()
        fr._reset()

    def afterFlowable(self, flowable):
        for k in getattr(flowable, "fn_notes", []):
            self.fn_on_page.setdefault(self.page, []).append(k)


def build():
    reserve = {}
    for _ in range(6):
        paranum[0] = 0
        doc = Doc(OUT, reserve)
        doc.build(cover() + body())
        if doc.fn_on_page == reserve:
            break
        reserve = doc.fn_on_page
    else:
        raise SystemExit("footnote placement did not converge")
    print("pages:", doc.page, "footnotes:", doc.fn_on_page)


if __name__ == "__main__":
    build()
