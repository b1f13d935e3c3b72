"""Draws compilation-2000.pdf: resolutions adopted by the IOM Council at its
Eightieth Session (2000), MC-era layout (cover page, then body pages with a
right-aligned running header "MC/2031" / "Page N")."""

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, PageBreak, NextPageTemplate, Flowable,
                                KeepTogether, CondPageBreak)

SYMBOL = "MC/2031"
W, H = A4
LM, RM = 2.5 * cm, 2.3 * cm
TOP = 3.3 * cm          # space for running header
BOTTOM = 3.4 * cm       # space reserved for footnotes at the page foot

# ---------------------------------------------------------------- styles
BASE = ParagraphStyle("base", fontName="Times-Roman", fontSize=11.5, leading=14,
                      alignment=TA_JUSTIFY, spaceAfter=7)
RESNO = ParagraphStyle("resno", parent=BASE, fontName="Times-Bold", alignment=TA_CENTER,
                       spaceBefore=16, spaceAfter=4)
ADOPT = ParagraphStyle("adopt", parent=BASE, alignment=TA_CENTER, spaceAfter=10)
RTITLE = ParagraphStyle("rtitle", parent=BASE, fontName="Times-Bold", alignment=TA_CENTER,
                        spaceAfter=12)
COUNCIL = ParagraphStyle("council", parent=BASE, firstLineIndent=36, spaceAfter=7)
PRE = ParagraphStyle("pre", parent=BASE, firstLineIndent=36)
FORMULA = ParagraphStyle("formula", parent=BASE, firstLineIndent=36, spaceAfter=7)
# operative clause: number hangs at the margin, first line after a tab, later lines flush left
OP = ParagraphStyle("op", parent=BASE, leftIndent=0, firstLineIndent=36, bulletIndent=0,
                    bulletFontName="Times-Roman", bulletFontSize=11.5, allowOrphans=1)
OPPLAIN = ParagraphStyle("opplain", parent=BASE, firstLineIndent=36)
ITEM = ParagraphStyle("item", parent=BASE, leftIndent=72, bulletIndent=36,
                      bulletFontName="Times-Roman", bulletFontSize=11.5, spaceAfter=5)
SUBITEM = ParagraphStyle("subitem", parent=BASE, leftIndent=108, bulletIndent=72,
                         bulletFontName="Times-Roman", bulletFontSize=11.5, spaceAfter=5)
RUNTITLE = ParagraphStyle("runtitle", parent=BASE, alignment=TA_CENTER, spaceAfter=4)
FOOT = ParagraphStyle("foot", parent=BASE, fontSize=9.5, leading=11.5, leftIndent=0,
                      firstLineIndent=0, alignment=TA_JUSTIFY)

# ---------------------------------------------------------------- footnotes
FOOTNOTES = {1: ("1", "The assessed contributions of individual Member States for 2001 are "
                 "set out in document MC/2027, Annex I. The rates applicable to the "
                 "Members admitted at the Eightieth Session are shown in document "
                 "MC/INF/245.")}
PAGE_NOTES = {}   # page number -> list of footnote ids


class FootnoteAnchor(Flowable):
    """Zero-size flowable placed right after the block carrying a marker; it
    records on which page that block ended."""

    def __init__(self, fid):
        super().__init__()
        self.fid = fid

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        PAGE_NOTES.setdefault(self.canv.getPageNumber(), []).append(self.fid)


# ---------------------------------------------------------------- page furniture
def draw_cover(c, doc):
    c.saveState()
    c.setFont("Times-Bold", 12)
    y = H - 2.2 * cm
    c.drawRightString(W - RM, y, SYMBOL)
    c.setFont("Times-Roman", 11.5)
    c.drawRightString(W - RM, y - 0.9 * cm, "Original: English")
    c.drawRightString(W - RM, y - 1.4 * cm, "8 December 2000")
    c.setFont("Times-Bold", 12)
    c.drawString(LM, y - 3.2 * cm, "EIGHTIETH SESSION")
    # typed underscore rule across the measure
    c.setFont("Times-Roman", 11.5)
    rule = "_" * 89
    c.drawString(LM, y - 3.55 * cm, rule)
    c.setFont("Times-Bold", 13)
    ty = H / 2 + 2.0 * cm
    c.drawCentredString(W / 2, ty, "RESOLUTIONS ADOPTED BY THE COUNCIL")
    c.drawCentredString(W / 2, ty - 0.65 * cm, "AT ITS EIGHTIETH SESSION")
    # trilingual cover footer
    c.setFont("Times-Bold", 14)
    fy = 2.4 * cm
    c.drawCentredString(W / 2 - 5.0 * cm, fy, "COUNCIL")
    c.drawCentredString(W / 2, fy, "CONSEIL")
    c.drawCentredString(W / 2 + 5.0 * cm, fy, "CONSEJO")
    c.restoreState()


def draw_body_header(c, doc):
    c.saveState()
    c.setFont("Times-Roman", 11.5)
    n = c.getPageNumber() - 1
    c.drawRightString(W - RM, H - 1.6 * cm, SYMBOL)
    c.drawRightString(W - RM, H - 2.1 * cm, "Page %d" % n)
    c.restoreState()


def draw_body_foot(c, doc):
    notes = PAGE_NOTES.get(c.getPageNumber(), [])
    if not notes:
        return
    c.saveState()
    y = BOTTOM - 0.35 * cm
    c.setLineWidth(0.5)
    c.line(LM, y, LM + 5 * cm, y)
    y -= 0.2 * cm
    for fid in notes:
        mark, text = FOOTNOTES[fid]
        p = Paragraph('<super>%s</super>&nbsp;%s' % (mark, text), FOOT)
        w, h = p.wrap(W - LM - RM, 10 * cm)
        p.drawOn(c, LM, y - h)
        y -= h + 2
    c.restoreState()


# ---------------------------------------------------------------- helpers
story = []


def P(text, style=BASE, **kw):
    story.append(Paragraph(text, style, **kw))


def resolution_head(number, adoption, title_lines):
    blocks = [Paragraph("RESOLUTION No. %s" % number, RESNO),
              Paragraph(adoption, ADOPT),
              Paragraph("<br/>".join(title_lines), RTITLE),
              Paragraph("<i>The Council,</i>", COUNCIL)]
    story.append(KeepTogether(blocks))


def pre(lead, rest):
    P("<i>%s</i> %s" % (lead, rest), PRE)


def op(num, text):
    story.append(Paragraph(text, OP, bulletText="%d." % num))


def formula(word):
    P("<i>%s:</i>" % word, FORMULA)


# ---------------------------------------------------------------- content
story.append(NextPageTemplate("body"))
story.append(PageBreak())
P("RESOLUTIONS ADOPTED BY THE COUNCIL AT ITS EIGHTIETH SESSION", RUNTITLE)

# --- 1
resolution_head("1019 (LXXX)",
                "(Adopted by the Council at its 433rd meeting on 28 November 2000)",
                ["ADMISSION OF THE REPUBLIC OF MADAGASCAR AS A MEMBER",
                 "OF THE ORGANIZATION"])
pre("Having received", "the application of the Republic of Madagascar for membership in "
    "the Organization, transmitted to the Council in document MC/2019 of 2 October 2000,")
pre("Having been informed", "that the Government of the Republic of Madagascar has accepted "
    "the Constitution of the Organization in accordance with its own constitutional "
    "processes, as provided for in Article 2(b) of the Constitution,")
pre("Noting", "that the Republic of Madagascar has undertaken to make a financial contribution "
    "to the administrative requirements of the Organization, the amount of which has been "
    "agreed to by the Council and by the Government concerned,")
formula("Resolves")
op(1, "To admit the Republic of Madagascar as a Member of the International Organization "
   "for Migration, with effect from the date of this resolution;")
op(2, "To welcome the Republic of Madagascar to the Organization and to invite its Government "
   "to take part in the work of the Council and of its subsidiary bodies.")

# --- 2
resolution_head("1020 (LXXX)",
                "(Adopted by the Council at its 433rd meeting, on 28 November 2000)",
                ["APPLICATION BY THE ECONOMIC COMMUNITY OF WEST AFRICAN STATES",
                 "FOR REPRESENTATION BY AN OBSERVER"])
pre("Having received", "the request of the Economic Community of West African States for "
    "representation by an observer at meetings of the Council (MC/2020),")
pre("Considering", "that the Economic Community of West African States pursues, in the fields "
    "of regional integration and the free movement of persons, objectives which are "
    "compatible with those of the Organization,")
formula("Resolves")
P("To grant the Economic Community of West African States representation by an observer at "
  "meetings of the Council, in accordance with the Constitution and the Rules of Procedure "
  "of the Council.", OPPLAIN)

# --- 3
resolution_head("1021 (LXXX)",
                "(Adopted by the Council at its Eightieth Session on 28 November 2000)",
                ["REPORT ON THE SEVENTY-NINTH SESSION OF THE COUNCIL"])
pre("Having considered", "the draft report on its Seventy-ninth Session, held from "
    "30 November to 2 December 1999 (MC/2004),")
pre("Noting", "that no amendments to the draft report were received by the Administration "
    "within the period set by the Council,")
formula("Resolves")
op(1, "To approve the report on its Seventy-ninth Session as contained in document MC/2004;")
op(2, "To request the Director General to issue the report, as approved, under the symbol "
   "MC/2004/Rev.1.")

# --- 4
resolution_head("1022 (LXXX)",
                "(Adopted by the Council on 29 November 2000 at its 434th meeting)",
                ["PROGRAMME AND BUDGET FOR 2001"])
pre("Having considered", "the Programme and Budget for 2001 (MC/2027),")
pre("Having received", "the recommendations of the Executive Committee contained in the "
    "report on its Ninety-seventh Session (MC/EX/629), and those made by the Sub-Committee "
    "on Budget and Finance at its meeting of 24 October 2000,")
pre("Recognizing", "the efforts made by the Administration to contain the cost of the "
    "administrative structure during a period of rapid growth in operational activities,")
pre("Mindful of", "the need to maintain the Administrative Part of the Budget at a level "
    "sufficient to ensure the sound management of the Organization's growing range of "
    "activities and of its network of field offices,")
pre("Noting with appreciation", "the voluntary contributions which Member States and other "
    "donors have already pledged for the operational programmes of the Organization in 2001,")
formula("Resolves")
op(1, "To approve the Administrative Part of the Budget for 2001 in the amount of "
   "CHF 37,240,000;")
op(2, "To approve the scale of assessment for 2001 set out in the Programme and Budget for "
   "2001, as adjusted to take account of the admission of new Members, and to request Member "
   "States to pay their assessed contributions in full and as early in the year as "
   "possible;<super>1</super>")
story.append(FootnoteAnchor(1))
op(3, "To approve the Operational Part of the Budget for 2001 in the amount of "
   "USD 352,870,000, on the understanding that this amount will be revised in the light of the "
   "funds actually received during the year, and to authorize the Director General:")
story.append(Paragraph("to accept additional funds for operational activities falling "
                       "within the mandate of the Organization, and to adjust the level of "
                       "expenditure accordingly;", ITEM, bulletText="(a)"))
story.append(Paragraph("to allocate the discretionary income of the Organization in the "
                       "following order of priority:", ITEM, bulletText="(b)"))
story.append(Paragraph("to meet any shortfall in the funding of the administrative "
                       "structure, in particular the costs arising from the security of staff "
                       "in the field; and", SUBITEM, bulletText="(i)"))
story.append(Paragraph("to support projects in developing Member States and in Member "
                       "States with economies in transition;", SUBITEM, bulletText="(ii)"))
story.append(Paragraph("to report to the Executive Committee at its next session on any "
                       "adjustment made under subparagraphs (a) and (b) above;", ITEM,
                       bulletText="(c)"))
op(4, "To express its appreciation to the Member States and other donors which have announced "
   "voluntary contributions for 2001, and to urge them to make those contributions available "
   "at the earliest possible date.")

# --- 5
resolution_head("1023 (LXXX)",
                "(Adopted by the Council at its 434th meeting on 29 November 2000)",
                ["PAYMENT OF OUTSTANDING CONTRIBUTIONS TO THE ADMINISTRATIVE",
                 "PART OF THE BUDGET"])
pre("Recalling", "its Resolutions Nos. 949 (LXXII) of 14 November 1996 and 1003 (LXXIX) of "
    "2 December 1999 on the payment of contributions to the Administrative Part of the Budget,")
pre("Further recalling", "Resolution No. 978 (LXXVI) of 3 December 1998, by which it "
    "established a procedure for the conclusion of payment plans between the Administration "
    "and Member States in arrears,")
pre("Having examined", "the status of contributions to the Administrative Part of the Budget "
    "as at 31 October 2000 (MC/2026),")
pre("Concerned", "that the total amount of outstanding contributions remains high, and that "
    "several Member States have lost their right to vote under Article 4 of the Constitution,")
op(1, "Urges Member States in arrears to make every effort to settle their outstanding "
   "contributions in full or, where this is not possible, to agree with the Administration "
   "on a payment plan and to honour it;")
op(2, "Requests the Director General to continue his consultations with the Member States "
   "concerned and to report on the results to the Executive Committee at its next session;")
op(3, "Decides to review the question at its Eighty-first Session.")

# --- 6
resolution_head("1024 (LXXX)",
                "Adopted by the Council at its 435th meeting on 30 November 2000",
                ["ELECTION OF THE MEMBERS OF THE EXECUTIVE COMMITTEE",
                 "FOR 2001 AND 2002"])
pre("Having regard to", "the provisions of the Constitution concerning the composition of "
    "the Executive Committee and the term of office of its members,")
pre("Having taken note", "of the nominations submitted by Member States (MC/2029),")
formula("Decides")
op(1, "To elect Argentina, Australia, Belgium, Colombia, Egypt, Finland, Japan, Kenya and the "
   "Philippines as members of the Executive Committee for the years 2001 and 2002;")
op(2, "To thank the outgoing members of the Executive Committee for their contribution to "
   "its work.")

# ---------------------------------------------------------------- build
doc = BaseDocTemplate("compilation-2000.pdf", pagesize=A4, leftMargin=LM, rightMargin=RM,
                      topMargin=TOP, bottomMargin=BOTTOM,
                      title="MC/2031 Resolutions adopted by the Council at its Eightieth Session",
                      author="IOM")
frame = Frame(LM, BOTTOM, W - LM - RM, H - TOP - BOTTOM, id="f", leftPadding=0,
              rightPadding=0, topPadding=0, bottomPadding=0)
doc.addPageTemplates([
    PageTemplate(id="cover", frames=[frame], onPage=draw_cover),
    PageTemplate(id="body", frames=[frame], onPage=draw_body_header,
                 onPageEnd=draw_body_foot),
])
doc.build(story)
print("pages:", doc.page, "notes on pages:", PAGE_NOTES)
