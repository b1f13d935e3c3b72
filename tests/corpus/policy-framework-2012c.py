"""Draw policy-framework-2012c.pdf: an SCPF policy framework of May 2012 (reportlab).

Footnotes are placed at the foot of the page on which their marker is drawn: the
document is built repeatedly; each pass records (through the canvas bookmark hook
used by <a name=.../> anchors) the page of every marker, and the next pass
reserves room for those footnotes at the bottom of that page.
"""
import os

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, PageBreak, NextPageTemplate, Table,
                                TableStyle, KeepTogether, Flowable, CondPageBreak)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "policy-framework-2012c.pdf")

SYMBOL = "SCPF/83"
PAGE_W, PAGE_H = A4
LM = RM = 2.5 * cm
TM = 2.2 * cm
BM = 2.2 * cm
BODY_W = PAGE_W - LM - RM
HEADER_H = 1.6 * cm          # room for the running header on body pages

FONT = "Helvetica"
BOLD = "Helvetica-Bold"
ITAL = "Helvetica-Oblique"
BOLDITAL = "Helvetica-BoldOblique"

# --------------------------------------------------------------------------- styles
body = ParagraphStyle("body", fontName=FONT, fontSize=10.5, leading=13.5,
                      alignment=TA_JUSTIFY, spaceAfter=8)
numpara = ParagraphStyle("numpara", parent=body, firstLineIndent=1.25 * cm,
                         bulletIndent=0, bulletFontName=FONT, bulletFontSize=10.5)
item = ParagraphStyle("item", parent=body, leftIndent=2.5 * cm, bulletIndent=1.25 * cm,
                      bulletFontName=FONT, bulletFontSize=10.5, spaceAfter=5)
bullet = ParagraphStyle("bullet", parent=item, bulletFontName=FONT)
h1 = ParagraphStyle("h1", fontName=BOLD, fontSize=10.5, leading=13.5, leftIndent=1.25 * cm,
                    bulletIndent=0, bulletFontName=BOLD, bulletFontSize=10.5,
                    spaceBefore=10, spaceAfter=8, keepWithNext=1)
h2 = ParagraphStyle("h2", parent=h1, fontName=BOLD, bulletFontName=BOLD)
h3 = ParagraphStyle("h3", parent=h1, fontName=BOLDITAL, bulletFontName=BOLDITAL)
runtitle = ParagraphStyle("runtitle", fontName=BOLD, fontSize=10.5, leading=13.5,
                          alignment=TA_CENTER, spaceAfter=16)
caption = ParagraphStyle("caption", fontName=BOLD, fontSize=9.5, leading=12,
                         alignment=TA_LEFT, spaceBefore=8, spaceAfter=5, keepWithNext=1)
cell = ParagraphStyle("cell", fontName=FONT, fontSize=9, leading=11, alignment=TA_LEFT)
cellb = ParagraphStyle("cellb", parent=cell, fontName=BOLD)
cellr = ParagraphStyle("cellr", parent=cell, alignment=TA_RIGHT)
cellrb = ParagraphStyle("cellrb", parent=cellr, fontName=BOLD)
fnstyle = ParagraphStyle("fn", fontName=FONT, fontSize=8.5, leading=10.5,
                         leftIndent=0.45 * cm, firstLineIndent=-0.45 * cm)
annexlabel = ParagraphStyle("annexlabel", fontName=BOLD, fontSize=11, leading=14,
                            alignment=TA_CENTER, spaceAfter=6)
annextitle = ParagraphStyle("annextitle", fontName=BOLD, fontSize=10.5, leading=13.5,
                            alignment=TA_CENTER, spaceAfter=18)
gloss = ParagraphStyle("gloss", parent=body, spaceAfter=9)

# --------------------------------------------------------------------------- footnotes
FOOTNOTES = {
    1: "Consultations with Member States on an earlier draft were held in Geneva on "
       "14 February and 22 March 2012, and written comments were received from "
       "eleven delegations.",
    2: "The draft framework is expected to be presented to the Council at its "
       "101st Session in November 2012.",
    3: "See also the Programme and Budget for 2012 (MC/2315), which lists the "
       "projects under way in the field of immigration and border management.",
}


def fn(n):
    """A raised footnote marker with an anchor the canvas records."""
    return '<a name="fn%d"/><super><font size="7">%d</font></super>' % (n, n)


# --------------------------------------------------------------------------- canvas
class RecordingCanvas(rl_canvas.Canvas):
    anchors = {}

    def bookmarkHorizontal(self, key, relativeX, relativeY, **kw):
        if key.startswith("fn"):
            RecordingCanvas.anchors[int(key[2:])] = self.getPageNumber()
        return rl_canvas.Canvas.bookmarkHorizontal(self, key, relativeX, relativeY, **kw)


class AnnexMark(Flowable):
    """Zero-size flowable that tells the page furniture that the annex has begun."""

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        doc = self._doc
        if doc.annex_start is None:
            doc.annex_start = self.canv.getPageNumber()


# --------------------------------------------------------------------------- page furniture
def footnote_block(nums):
    paras = [Paragraph('<super rise="2.5"><font size="6.5">%d</font></super>&nbsp;%s' % (n, FOOTNOTES[n]),
                       fnstyle) for n in nums]
    heights = [p.wrap(BODY_W, PAGE_H)[1] for p in paras]
    return paras, heights


def reserve_for(nums):
    if not nums:
        return 0
    _, heights = footnote_block(nums)
    return sum(heights) + 3 * (len(heights) - 1) + 0.7 * cm


class Doc(BaseDocTemplate):
    def __init__(self, filename, plan, **kw):
        BaseDocTemplate.__init__(self, filename, pagesize=A4, leftMargin=LM, rightMargin=RM,
                                 topMargin=TM, bottomMargin=BM, title=SYMBOL,
                                 author="International Organization for Migration", **kw)
        self.plan = plan            # page number -> footnote numbers (from previous pass)
        self.annex_start = None
        cover_frame = Frame(LM, BM, BODY_W, PAGE_H - TM - BM, id="cover")
        body_frame = Frame(LM, BM, BODY_W, PAGE_H - TM - BM - HEADER_H, id="body",
                           leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.body_frame = body_frame
        self.addPageTemplates([
            PageTemplate(id="cover", frames=[cover_frame], onPage=self.draw_cover),
            PageTemplate(id="body", frames=[body_frame], onPage=self.begin_body,
                         onPageEnd=self.end_body),
        ])

    # cover page, drawn directly on the canvas
    def draw_cover(self, c, doc):
        x_r = PAGE_W - RM
        y = PAGE_H - 2.3 * cm
        c.setFont(BOLD, 11)
        c.drawRightString(x_r, y, SYMBOL)
        c.setFont(FONT, 10.5)
        c.drawRightString(x_r, y - 16, "Original: English")
        c.drawRightString(x_r, y - 30, "3 May 2012")
        yy = PAGE_H - 8.2 * cm
        c.setFont(BOLD, 11)
        c.drawCentredString(PAGE_W / 2, yy, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE")
        c.drawCentredString(PAGE_W / 2, yy - 18, "TENTH SESSION")
        c.setLineWidth(0.8)
        c.line(LM + 4.5 * cm, yy - 46, PAGE_W - RM - 4.5 * cm, yy - 46)
        yt = PAGE_H - 13.0 * cm
        c.setFont(BOLD, 13)
        c.drawCentredString(PAGE_W / 2, yt, "IOM POLICY FRAMEWORK ON")
        c.drawCentredString(PAGE_W / 2, yt - 19, "HUMANITARIAN BORDER MANAGEMENT")
        # trilingual footer
        c.setLineWidth(0.5)
        c.line(LM, 3.0 * cm, PAGE_W - RM, 3.0 * cm)
        c.setFont(BOLD, 7.5)
        cols = [("STANDING COMMITTEE ON", "PROGRAMMES AND FINANCE"),
                ("COMITÉ PERMANENT DES", "PROGRAMMES ET DES FINANCES"),
                ("COMITÉ PERMANENTE DE", "PROGRAMAS Y FINANZAS")]
        colw = BODY_W / 3
        for i, (a, b) in enumerate(cols):
            cx = LM + colw * i + colw / 2
            c.drawCentredString(cx, 2.45 * cm, a)
            c.drawCentredString(cx, 2.08 * cm, b)

    def begin_body(self, c, doc):
        nums = self.plan.get(c.getPageNumber(), [])
        reserve = reserve_for(nums)
        f = self.body_frame
        f.__init__(LM, BM + reserve, BODY_W, PAGE_H - TM - BM - HEADER_H - reserve, id="body",
                   leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    def end_body(self, c, doc):
        page = c.getPageNumber()
        c.saveState()
        c.setFont(FONT, 10)
        x_r = PAGE_W - RM
        y = PAGE_H - TM + 0.2 * cm
        c.drawRightString(x_r, y, SYMBOL)
        if self.annex_start is not None and page >= self.annex_start:
            c.drawRightString(x_r, y - 12.5, "Annex")
            c.drawRightString(x_r, y - 25, "Page %d" % (page - self.annex_start + 1))
        else:
            c.drawRightString(x_r, y - 12.5, "Page %d" % (page - 1))
        # footnotes of this page (from the plan)
        nums = self.plan.get(page, [])
        if nums:
            paras, heights = footnote_block(nums)
            top = BM + reserve_for(nums) - 0.35 * cm
            c.setLineWidth(0.5)
            c.line(LM, top, LM + 5 * cm, top)
            yy = top - 0.3 * cm
            for p, h in zip(paras, heights):
                p.drawOn(c, LM, yy - h)
                yy -= h + 3
        c.restoreState()


# --------------------------------------------------------------------------- content
def P(n, text):
    return Paragraph(text, numpara, bulletText="%d." % n)


def H(label, text, style):
    return Paragraph(text, style, bulletText=label)


def story(doc):
    s = [NextPageTemplate("body"), PageBreak()]
    s.append(Paragraph("IOM POLICY FRAMEWORK ON HUMANITARIAN BORDER MANAGEMENT", runtitle))

    s.append(H("1.", "INTRODUCTION", h1))
    s.append(P(1, "Large-scale and sudden movements across borders, set off by armed conflict, "
                  "natural hazards or political upheaval, place exceptional demands on the "
                  "authorities that control entry to and exit from a State&#8217;s territory. "
                  "Events of the past two years in North Africa, the Horn of Africa and parts of "
                  "South-East Asia have shown that a border post is often the first place where "
                  "people fleeing a crisis meet the State, and that decisions taken there can "
                  "decide whether those people reach safety and assistance."))
    s.append(P(2, "IOM has supported border and immigration services in more than 70 countries "
                  "since the late 1990s. That support has centred on document examination, "
                  "border information systems and the training of officials for routine "
                  "conditions. The present paper proposes a framework that carries this work "
                  "into crisis settings, consistent with the wider effort to define the "
                  "Organization&#8217;s role in migration crises that was outlined to the "
                  "Standing Committee in document SCPF/78." + fn(1)))

    s.append(H("1.1", "Purpose of the framework", h2))
    s.append(P(3, "The framework establishes a shared understanding of humanitarian border "
                  "management (HBM), the principles that govern IOM&#8217;s engagement, the "
                  "phases in which support may be offered and the resources needed for the "
                  "first period of implementation. It is meant as a point of reference for IOM "
                  "country offices, for governments that request assistance and for partner "
                  "agencies working at the same crossing points."))

    s.append(H("1.2", "Scope", h2))
    s.append(P(4, "The framework applies wherever a crisis, of sudden or slow onset, causes or "
                  "threatens to cause mass movement across an international border. It covers "
                  "States from which people depart as well as States that receive them, and it "
                  "concerns nationals, migrant workers and other non-nationals alike. It does "
                  "not replace the established mandates of other organizations, notably those "
                  "relating to the international protection of refugees."))

    s.append(H("2.", "CONCEPTUAL BASIS", h1))
    s.append(H("2.1", "Definition", h2))
    s.append(P(5, "In this framework, humanitarian border management means border operations "
                  "that are planned and carried out so as to protect the rights and safety of "
                  "crisis-affected persons, while preserving the legitimate interest of States "
                  "in controlling their borders. This and related terms are defined in the "
                  "Annex."))

    s.append(H("2.2", "Guiding principles", h2))
    s.append(P(6, "IOM&#8217;s support in this field will rest on the following principles:"))
    items = [
        ("(a)", "respect for State sovereignty: assistance is provided at the request of, and "
                "in agreement with, the government concerned;"),
        ("(b)", "protection of life and dignity: border procedures in a crisis should never "
                "stop people from reaching safety or basic assistance;"),
        ("(c)", "non-discrimination: crisis-affected persons are treated without distinction "
                "as to nationality, ethnicity, religion, sex or migration status;"),
        ("(d)", "preparedness rather than improvisation: arrangements agreed before a crisis "
                "cost less and work better than measures devised under pressure; and"),
        ("(e)", "partnership: IOM works with border agencies, humanitarian actors and "
                "neighbouring States, respecting the mandate of each."),
    ]
    for lab, txt in items:
        s.append(Paragraph(txt, item, bulletText=lab))

    s.append(H("2.3", "Links with existing IOM frameworks", h2))
    s.append(H("2.3.1", "The IOM Strategy", h3))
    s.append(P(7, "The framework puts into practice several activities of the IOM Strategy "
                  "(MC/INF/287), endorsed by the Council in Resolution No. 1150 of 7 June 2007, "
                  "in particular those on strengthening the capacity of governments to manage "
                  "migration and on taking part in coordinated humanitarian responses. The "
                  "review of the Strategy presented in 2010 (MC/INF/302) recommended that IOM "
                  "clarify what it can offer at borders during emergencies."))
    s.append(H("2.3.2", "Migration crisis operations", h3))
    s.append(P(8, "Humanitarian border management is one of the sectors of assistance identified "
                  "in the draft migration crisis operational framework, on which consultations "
                  "with Member States are continuing." + fn(2) + " It will therefore use the "
                  "same coordination arrangements as other IOM crisis activities, and the two "
                  "frameworks will be reviewed together."))

    s.append(H("3.", "OPERATIONAL COMPONENTS", h1))
    s.append(H("3.1", "Phases of engagement", h2))
    s.append(P(9, "IOM assistance is organized in three phases, summarized in Table 1. The "
                  "activities chosen in each phase are adapted to the border concerned, the "
                  "nature of the crisis and the capacities already in place."))

    t1 = [
        [Paragraph("Phase", cellb), Paragraph("Support to border agencies", cellb),
         Paragraph("Assistance to crisis-affected persons", cellb)],
        [Paragraph("Preparedness", cellb),
         Paragraph("Risk mapping of crossing points; contingency plans and standard operating "
                   "procedures; simulation exercises", cell),
         Paragraph("Pre-positioning of relief items; referral arrangements for vulnerable "
                   "persons", cell)],
        [Paragraph("Emergency response", cellb),
         Paragraph("Mobile registration teams; temporary reinforcement of staff and "
                   "equipment", cell),
         Paragraph("Reception, screening and onward transport; medical and psychosocial "
                   "first aid", cell)],
        [Paragraph("Recovery and transition", cellb),
         Paragraph("After-action reviews; revision of procedures and legislation", cell),
         Paragraph("Return and reintegration support; information on regular migration "
                   "channels", cell)],
    ]
    tab1 = Table(t1, colWidths=[4.1 * cm, (BODY_W - 4.1 * cm) / 2, (BODY_W - 4.1 * cm) / 2],
                 hAlign="CENTER")
    tab1.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9D9D9")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    s.append(KeepTogether([Paragraph("Table 1: Phases of engagement and core activities",
                                     caption), tab1, Spacer(1, 10)]))

    s.append(H("3.2", "Capacity-building", h2))
    s.append(P(10, "Within these phases, IOM will focus its capacity-building work on the "
                   "following areas:"))
    bl = [
        "training of frontline officers in crisis-sensitive procedures, including the "
        "identification of victims of trafficking and of unaccompanied children;",
        "joint contingency planning for crossing points shared by neighbouring States;",
        "collection of data on cross-border flows during emergencies, with due regard to "
        "the protection of personal data; and",
        "provision of essential equipment, such as portable registration kits and temporary "
        "shelters at crossing points.",
    ]
    for b in bl:
        s.append(Paragraph(b, bullet, bulletText="\u2022"))
    s.append(P(11, "Training materials prepared under the framework will draw on the curricula "
                   "already in use in IOM border management projects in Central Asia, the Sahel "
                   "and Southern Africa, and will be made available to Member States in English, "
                   "French and Spanish."))

    s.append(H("4.", "RESOURCE REQUIREMENTS", h1))
    s.append(P(12, "The resources needed for the first two years of implementation are estimated "
                   "at USD 1,200,000, broken down in Table 2. They cover headquarters and "
                   "regional capacity to develop tools and to support field operations; "
                   "activities in individual countries will continue to be funded through "
                   "country projects."))
    t2 = [
        [Paragraph("Component", cellb), Paragraph("Amount", cellrb), Paragraph("Share (%)", cellrb)],
        [Paragraph("Training and curriculum development", cell), Paragraph("360,000", cellr),
         Paragraph("30", cellr)],
        [Paragraph("Contingency planning and assessment missions", cell),
         Paragraph("300,000", cellr), Paragraph("25", cellr)],
        [Paragraph("Essential equipment for crossing points", cell), Paragraph("240,000", cellr),
         Paragraph("20", cellr)],
        [Paragraph("Data collection and information management", cell),
         Paragraph("180,000", cellr), Paragraph("15", cellr)],
        [Paragraph("Coordination and policy support", cell), Paragraph("120,000", cellr),
         Paragraph("10", cellr)],
        [Paragraph("Total", cellb), Paragraph("1,200,000", cellrb), Paragraph("100", cellrb)],
    ]
    tab2 = Table(t2, colWidths=[8.6 * cm, 3.0 * cm, 2.4 * cm], hAlign="CENTER")
    tab2.setStyle(TableStyle([
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
        ("LINEABOVE", (0, -1), (-1, -1), 0.5, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    s.append(KeepTogether([Paragraph("Table 2: Estimated requirements by component, "
                                     "2012&#8211;2013 (in US dollars)", caption),
                           tab2, Spacer(1, 10)]))
    s.append(P(13, "The Administration will seek these resources from voluntary contributions "
                   "and will report on the funds received in its annual financial report." +
                   fn(3) + " No additional charge to the Administrative Part of the Budget is "
                   "foreseen."))

    s.append(H("5.", "NEXT STEPS", h1))
    s.append(P(14, "In the light of the comments of the Standing Committee, the Administration "
                   "will test the framework in two or three countries that have asked for "
                   "assistance, and will issue operational guidance to IOM offices before the "
                   "end of 2012. Lessons learned from these pilots will be shared with Member "
                   "States at a later session."))
    s.append(P(15, "The Standing Committee is invited to take note of this framework and to "
                   "provide guidance on its further development."))

    # ------------------------------------------------------------------- annex
    s.append(PageBreak())
    mark = AnnexMark()
    mark._doc = doc
    s.append(mark)
    s.append(Paragraph("Annex", annexlabel))
    s.append(Paragraph("GLOSSARY OF KEY TERMS", annextitle))
    glossary = [
        ("Border crossing point", "any place, on land, at sea or in the air, designated by a "
         "State for the lawful crossing of its border, together with the facilities and "
         "personnel assigned to it."),
        ("Crisis-affected person", "a person, whatever his or her nationality or migration "
         "status, who is moving or trying to move across a border because of a crisis, or who "
         "is stranded at or near a border as a result of one."),
        ("Humanitarian border management", "border operations prepared and conducted so as to "
         "protect the rights and safety of crisis-affected persons while preserving the "
         "interest of States in controlling their borders."),
        ("Mass cross-border movement", "the arrival or departure, within a short period, of a "
         "number of persons that exceeds the ordinary capacity of the border services "
         "concerned."),
        ("Referral arrangement", "an agreed procedure by which border officials direct persons "
         "with specific needs, such as unaccompanied children or victims of trafficking, to the "
         "services able to assist them."),
        ("Stranded migrant", "a migrant who is unable to return to his or her country of "
         "origin, to remain in the country of residence or to move onward, because of a crisis "
         "or of the closure of a border."),
    ]
    for term, txt in glossary:
        s.append(Paragraph("<b>%s</b>: %s" % (term, txt), gloss))
    s.append(Spacer(1, 6))
    s.append(Paragraph("These working definitions are given for the purposes of the present "
                       "framework only and do not prejudge the terminology of other instruments.",
                       gloss))
    return s


def build_once(plan, filename):
    RecordingCanvas.anchors = {}
    doc = Doc(filename, plan)
    doc.build(story(doc), canvasmaker=RecordingCanvas)
    found = {}
    for n, pg in sorted(RecordingCanvas.anchors.items()):
        found.setdefault(pg, []).append(n)
    return found


def main():
    plan = {}
    for _ in range(6):
        found = build_once(plan, OUT)
        if found == plan:
            break
        plan = found
    else:
        raise SystemExit("footnote placement did not settle")
    print("footnotes by page:", plan)


if __name__ == "__main__":
    main()
