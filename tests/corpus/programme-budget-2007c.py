"""Draws programme-budget-2007c.pdf: IOM Programme and Budget for 2008 (MC/2231, Council, 94th Session, 2007)."""
import os

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib import colors
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                TableStyle, PageBreak, NextPageTemplate, Flowable, KeepTogether,
                                CondPageBreak)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "programme-budget-2007c.pdf")

SYMBOL = "MC/2231"
PW, PH = A4
LM = RM = 72
TOP = 84          # body frame starts this far below the page top
BOT = 56          # bottom margin
BW = PW - LM - RM

FONT, BOLD, ITAL, BOLDITAL = "Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic"

body = ParagraphStyle("body", fontName=FONT, fontSize=11, leading=13.2, alignment=TA_JUSTIFY,
                      spaceAfter=8)
numbered = ParagraphStyle("num", parent=body, firstLineIndent=36, bulletIndent=0,
                          bulletFontName=FONT, bulletFontSize=11)
item = ParagraphStyle("item", parent=body, leftIndent=72, bulletIndent=36, spaceAfter=5,
                      bulletFontName=FONT)
bullet = ParagraphStyle("bullet", parent=body, leftIndent=54, bulletIndent=36, spaceAfter=4,
                        bulletFontName=FONT)
h_part = ParagraphStyle("hpart", fontName=BOLD, fontSize=11, leading=14, alignment=TA_CENTER,
                        spaceBefore=10, spaceAfter=12, keepWithNext=1)
h_main = ParagraphStyle("hmain", fontName=BOLD, fontSize=11, leading=14, alignment=TA_LEFT,
                        spaceBefore=6, spaceAfter=10, keepWithNext=1)
h_sub = ParagraphStyle("hsub", fontName=BOLDITAL, fontSize=11, leading=14, alignment=TA_LEFT,
                       spaceBefore=4, spaceAfter=9, keepWithNext=1)
runtitle = ParagraphStyle("rt", fontName=BOLD, fontSize=12, leading=15, alignment=TA_CENTER,
                          spaceAfter=16)
unitline = ParagraphStyle("unit", fontName=ITAL, fontSize=10, leading=12, alignment=TA_RIGHT,
                          spaceAfter=3)
cell = ParagraphStyle("cell", fontName=FONT, fontSize=9.5, leading=11)
cellb = ParagraphStyle("cellb", parent=cell, fontName=BOLD)
cellbi = ParagraphStyle("cellbi", parent=cell, fontName=BOLDITAL)
cellh = ParagraphStyle("cellh", parent=cell, fontName=BOLD, alignment=TA_CENTER)
fnstyle = ParagraphStyle("fn", fontName=FONT, fontSize=9, leading=10.6, leftIndent=10,
                         firstLineIndent=-10)

# ---------------------------------------------------------------- footnotes
FOOTNOTES = {
    1: "See document MC/INF/287 and Resolution No. 1150 of 7 June 2007 on the IOM Strategy.",
    2: "Discretionary Income comprises project-related overhead, miscellaneous income and interest "
       "income. It is used chiefly to fund structural costs that are not covered by the Administrative "
       "Part of the Budget.",
    3: "Manila Administrative Centre and Panama Administrative Centre. Part of the costs of both Centres "
       "is also met from Discretionary Income.",
    4: "The estimate excludes movements under emergency operations, for which figures cannot be "
       "forecast at the time of preparation.",
}


def fn(n):
    return '<super>%d</super><onDraw name="fnmark" label="%d"/>' % (n, n)


# state shared between passes
FN_PAGES = {}       # footnote number -> page (from previous pass)
TOC_PAGES = {}      # toc key -> printed page label (from previous pass)
rec_fn = {}
rec_toc = {}


def page_label(p):
    return "i" if p == 2 else str(p - 2)


def fn_block(page):
    nums = sorted(n for n, p in FN_PAGES.items() if p == page)
    paras = [Paragraph("<super>%d</super>\u00a0%s" % (n, FOOTNOTES[n]), fnstyle) for n in nums]
    hs = [p.wrap(BW, PH)[1] for p in paras]
    total = sum(hs) + 3 * max(0, len(hs) - 1)
    return paras, hs, (total + 16 if paras else 0)


# ---------------------------------------------------------------- page furniture
def draw_cover(c, doc):
    c.saveState()
    c.setFont(BOLD, 12)
    c.drawRightString(PW - RM, PH - 60, SYMBOL)
    c.setFont(FONT, 11)
    c.drawRightString(PW - RM, PH - 76, "Original: English")
    c.drawRightString(PW - RM, PH - 90, "10 October 2007")
    c.setFont(BOLD, 11)
    c.drawString(LM, PH - 134, "NINETY-FOURTH SESSION")
    c.setLineWidth(0.8)
    c.line(LM, PH - 144, PW - RM, PH - 144)
    c.setFont(BOLD, 14)
    c.drawCentredString(PW / 2, PH / 2 + 40, "PROGRAMME AND BUDGET FOR 2008")
    # trilingual footer
    c.setLineWidth(0.6)
    c.line(LM, 70, PW - RM, 70)
    c.setFont(BOLD, 11)
    c.drawString(LM, 54, "COUNCIL")
    c.drawCentredString(PW / 2, 54, "CONSEIL")
    c.drawRightString(PW - RM, 54, "CONSEJO")
    c.restoreState()
    c.setNamedCB("fnmark", fn_cb)


def fn_cb(canv, kind, label):
    rec_fn[int(label)] = canv.getPageNumber()


def draw_later(c, doc):
    c.setNamedCB("fnmark", fn_cb)
    p = c.getPageNumber()
    c.saveState()
    c.setFont(FONT, 10)
    c.drawRightString(PW - RM, PH - 44, SYMBOL)
    c.drawRightString(PW - RM, PH - 56, "Page %s" % page_label(p))
    paras, hs, total = fn_block(p)
    if paras:
        y = BOT + total - 16
        c.setLineWidth(0.5)
        c.line(LM, y + 8, LM + 144, y + 8)
        for para, h in zip(paras, hs):
            para.wrapOn(c, BW, PH)
            para.drawOn(c, LM, y - h)
            y -= h + 3
    c.restoreState()


class Doc(BaseDocTemplate):
    def handle_pageBegin(self):
        nxt = self.page + 1
        if self.pageTemplate.id == "later":
            _, _, total = fn_block(nxt)
            self.pageTemplate.frames = [Frame(LM, BOT + total, BW, PH - TOP - BOT - total,
                                              leftPadding=0, rightPadding=0, topPadding=0,
                                              bottomPadding=0, id="body")]
        super().handle_pageBegin()

    def afterFlowable(self, flowable):
        key = getattr(flowable, "toc_key", None)
        if key:
            rec_toc[key] = page_label(self.page)


# ---------------------------------------------------------------- flowables
class TocLine(Flowable):
    def __init__(self, text, key, indent=0, bold=False):
        super().__init__()
        self.text, self.key, self.indent, self.bold = text, key, indent, bold

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, 19

    def draw(self):
        c = self.canv
        font = BOLD if self.bold else FONT
        c.setFont(font, 11)
        c.drawString(self.indent, 5, self.text)
        page = TOC_PAGES.get(self.key, "0")
        c.setFont(FONT, 11)
        c.drawRightString(self.aw, 5, page)
        x0 = self.indent + c.stringWidth(self.text, font, 11) + 6
        x1 = self.aw - c.stringWidth(page, FONT, 11) - 6
        dots = int((x1 - x0) / c.stringWidth(".", FONT, 11))
        if dots > 0:
            c.drawRightString(x1, 5, "." * dots)


def P(text, style=body):
    return Paragraph(text, style)


def N(n, text):
    return Paragraph(text, numbered, bulletText="%d." % n)


def L(label, text):
    return Paragraph(text, item, bulletText=label)


def B(text):
    return Paragraph(text, bullet, bulletText="\u2022")


def H(text, style, key):
    p = Paragraph(text, style)
    p.toc_key = key
    return p


def money(v):
    return "{:,}".format(v) if v >= 0 else "({:,})".format(-v)


def grid_style(header_rows=1, bold_rows=(), group_rows=()):
    cmds = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (1, header_rows), (-1, -1), "RIGHT"),
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), 9.5),
        ("LEADING", (0, 0), (-1, -1), 11),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.Color(0.86, 0.86, 0.86)),
    ]
    for r in bold_rows:
        cmds.append(("FONTNAME", (0, r), (-1, r), BOLD))
        cmds.append(("BACKGROUND", (0, r), (-1, r), colors.Color(0.94, 0.94, 0.94)))
    for r in group_rows:
        cmds.append(("SPAN", (0, r), (-1, r)))
    return TableStyle(cmds)


# ---------------------------------------------------------------- data
HQ = [("Office of the Director General", 6, 5, 2384000),
      ("Office of the Inspector General", 4, 2, 1157000),
      ("Legal Affairs", 3, 2, 1006000),
      ("Media and Public Information", 3, 3, 1120000),
      ("Migration Management Services", 14, 8, 4415000),
      ("External Relations", 10, 7, 3268000),
      ("Resources Management", 16, 21, 6752000),
      ("Information Technology and Communications", 7, 6, 2497000)]
FIELD = [("Missions with Regional Functions", 18, 27, 5983000),
         ("Special Liaison Missions", 6, 9, 1912000),
         ("Administrative Centres" + fn(3), 12, 41, 3870000),
         ("Country Missions", 5, 14, 1647000)]

OBJ = [("Staff costs", 28709000, 29184000),
       ("Travel and representation", 1281000, 1236000),
       ("General office and communications", 2947000, 2913000),
       ("Contractual services", 1104000, 1128000),
       ("Governing body sessions", 617000, 592000),
       ("Information technology", 984000, 958000)]

SERVICE = {
    "II.1": [("Resettlement Assistance", 18640300, 96215800),
             ("Repatriation Assistance", 1905200, 6314700),
             ("Emergency and Post-crisis Migration Management", 42377600, 171508900)],
    "II.2": [("Migration Health Assessments and Travel Health Assistance", 14208700, 9846300),
             ("Health Promotion and Assistance for Migrants", 3117400, 7902600),
             ("Migration Health Assistance for Crisis-affected Populations", 1486900, 5230100)],
    "II.3": [("Return and Reintegration of Qualified Nationals", 1062300, 2874500),
             ("Remittances", 412800, 968200),
             ("Migration and Economic/Community Development", 4851600, 21706400)],
    "II.4": [("Return Assistance to Migrants and Governments", 9713200, 28419700),
             ("Counter-trafficking", 6582900, 12905300),
             ("Technical Cooperation on Migration Management and Capacity Building", 8264100, 19338600)],
}
OTHER_AREAS = 121508500


def staff_table():
    rows = [[Paragraph("Organizational unit", cellh), Paragraph("Officials", cellh),
             Paragraph("Employees", cellh), Paragraph("Total staff", cellh),
             Paragraph("CHF", cellh)]]
    bold, group = [], []
    for name, grp in (("Headquarters", HQ), ("Field locations", FIELD)):
        group.append(len(rows))
        rows.append([Paragraph(name, cellbi), "", "", "", ""])
        for u, o, e, chf in grp:
            rows.append([Paragraph(u, cell), str(o), str(e), str(o + e), money(chf)])
        so, se = sum(g[1] for g in grp), sum(g[2] for g in grp)
        bold.append(len(rows))
        rows.append([Paragraph("Subtotal " + name, cellb), str(so), str(se), str(so + se),
                     money(sum(g[3] for g in grp))])
    to = sum(g[1] for g in HQ + FIELD)
    te = sum(g[2] for g in HQ + FIELD)
    tc = sum(g[3] for g in HQ + FIELD)
    assert tc == sum(o[2] for o in OBJ)
    bold.append(len(rows))
    rows.append([Paragraph("Total", cellb), str(to), str(te), str(to + te), money(tc)])
    t = Table(rows, colWidths=[201, 58, 62, 58, 72], repeatRows=1)
    t.setStyle(grid_style(1, bold, group))
    return t


def object_table():
    rows = [[Paragraph("Object of expenditure", cellh), Paragraph("2007 approved budget", cellh),
             Paragraph("2008 estimates", cellh), Paragraph("Variance", cellh)]]
    for name, a, b in OBJ:
        rows.append([Paragraph(name, cell), money(a), money(b), money(b - a)])
    ta, tb = sum(o[1] for o in OBJ), sum(o[2] for o in OBJ)
    rows.append([Paragraph("Total", cellb), money(ta), money(tb), money(tb - ta)])
    t = Table(rows, colWidths=[181, 90, 90, 90])
    t.setStyle(grid_style(1, [len(rows) - 1]))
    return t


def service_table(key):
    rows = [[Paragraph("Programme", cellh), Paragraph("Staff and office costs", cellh),
             Paragraph("Programme costs", cellh), Paragraph("Total costs", cellh)]]
    for name, s, p in SERVICE[key]:
        rows.append([Paragraph(name, cell), money(s), money(p), money(s + p)])
    ts = sum(x[1] for x in SERVICE[key])
    tp = sum(x[2] for x in SERVICE[key])
    rows.append([Paragraph("Total", cellb), money(ts), money(tp), money(ts + tp)])
    t = Table(rows, colWidths=[223, 76, 76, 76])
    t.setStyle(grid_style(1, [len(rows) - 1]))
    return t


def area_total(key):
    return sum(x[1] + x[2] for x in SERVICE[key])


FOUR = sum(area_total(k) for k in SERVICE)
OPS_TOTAL = FOUR + OTHER_AREAS
assert round(FOUR / 1e6, 1) == 495.9 and round(OTHER_AREAS / 1e6, 1) == 121.5
assert round(OPS_TOTAL / 1e6, 1) == 617.4


# ---------------------------------------------------------------- story
def story():
    s = [NextPageTemplate("later"), PageBreak()]
    # ---- contents (Page i)
    s.append(P("TABLE OF CONTENTS", ParagraphStyle("tc", parent=h_part, spaceBefore=6, spaceAfter=14)))
    s.append(P("Page", ParagraphStyle("pg", parent=body, alignment=TA_RIGHT, fontName=BOLD,
                                      spaceAfter=4)))
    s += [TocLine("INTRODUCTION", "intro", 0, True),
          TocLine("PART I \u2013 ADMINISTRATIVE PART OF THE BUDGET", "p1", 0, True),
          TocLine("Staff and costs by organizational unit", "p1a", 24),
          TocLine("Object of expenditure", "p1b", 24),
          TocLine("PART II \u2013 OPERATIONAL PART OF THE BUDGET", "p2", 0, True),
          TocLine("II.1  Movement, Emergency and Post-crisis Migration Management", "II.1", 24),
          TocLine("II.2  Migration Health", "II.2", 24),
          TocLine("II.3  Migration and Development", "II.3", 24),
          TocLine("II.4  Regulating Migration", "II.4", 24)]
    s.append(PageBreak())

    # ---- body
    s.append(P("PROGRAMME AND BUDGET FOR 2008", runtitle))
    s.append(H("INTRODUCTION", h_part, "intro"))
    s.append(N(1, "The Programme and Budget for 2008 is submitted to the Council for approval at its "
                  "Ninety-fourth Session. In accordance with the Financial Regulations, it comprises the "
                  "Administrative Part of the Budget, which is financed by the assessed contributions of "
                  "Member States and expressed in Swiss francs, and the Operational Part of the Budget, "
                  "which is financed by voluntary contributions and expressed in US dollars."))
    s.append(N(2, "The proposals have been prepared in the light of the IOM Strategy endorsed by the "
                  "Council in June 2007," + fn(1) + " and of the views expressed by Member States during "
                  "the informal consultations held on the budget in the course of the year. They seek to "
                  "give the Organization the means to respond to the continued growth in demand for its "
                  "services, while keeping the core structure funded from assessed contributions under "
                  "close control."))
    s.append(N(3, "The Administrative Part of the Budget for 2008 amounts to CHF 36,011,000, an increase "
                  "of CHF 369,000, or 1.0 per cent, over the level of CHF 35,642,000 approved for 2007 "
                  "(document MC/2198). In keeping with the principle of zero nominal growth, the increase "
                  "corresponds to the assessed contributions of the Member States admitted to the "
                  "Organization in 2006 and 2007, and no additional amount is requested from the existing "
                  "membership."))
    s.append(N(4, "The Operational Part of the Budget is estimated at USD 617.4 million, compared with "
                  "USD 571.8 million in the Programme and Budget for 2007, an increase of about 8 per "
                  "cent. As in previous years, the estimate includes only those activities for which "
                  "funding is reasonably assured at the time of preparation; activities funded after "
                  "that date will be reflected in the revisions of the Programme and Budget to be "
                  "submitted to Member States during 2008."))
    s.append(N(5, "The total staffing of the Organization, funded from both parts of the budget, is "
                  "expected to reach some 6,100 officials and employees in 2008, working in more than "
                  "400 locations. Of these, 104 officials and 145 employees are funded from the "
                  "Administrative Part of the Budget; all other positions are funded from the projects "
                  "they implement and from Discretionary Income." + fn(2)))
    s.append(N(6, "Discretionary Income for 2008 is estimated at USD 37.5 million. It is allocated in "
                  "line with the guidelines agreed by Member States, first to the structural costs of "
                  "field offices and of Headquarters functions supporting operations, and then to "
                  "migration management projects in developing Member States and Member States with "
                  "economies in transition."))
    s.append(N(7, "The present document is structured as follows. Part I sets out the Administrative "
                  "Part of the Budget by organizational unit and by object of expenditure. Part II "
                  "presents the Operational Part of the Budget for the main service areas, with the "
                  "budgets of the principal programmes in each of them. Figures for 2007 are those of "
                  "the Programme and Budget for 2007, as revised."))
    s.append(N(8, "The contributions of Member States to the Administrative Part of the Budget will be "
                  "assessed according to the scale of assessment for 2008 contained in document MC/2229, "
                  "which takes into account the new Member States admitted in 2007. Member States are "
                  "reminded that contributions are due in full at the beginning of the year to which "
                  "they relate."))

    s.append(H("PART I \u2013 ADMINISTRATIVE PART OF THE BUDGET", h_part, "p1"))
    s.append(N(9, "The Administrative Part of the Budget funds the core structure of the Organization at "
                  "Headquarters and in the field: the senior management, the units responsible for "
                  "policy, legal and governing body matters, and the financial, human resources and "
                  "information technology functions on which all programmes depend."))
    s.append(N(10, "In preparing the proposals for 2008, the Administration has:"))
    s.append(L("(a)", "absorbed the statutory increases in salaries and post adjustment established by "
                      "the International Civil Service Commission for the United Nations common system;"))
    s.append(L("(b)", "continued the transfer of administrative functions from Headquarters to the Manila "
                      "and Panama Administrative Centres, where costs are lower; and"))
    s.append(L("(c)", "kept non-staff costs below their 2007 level, with the exception of contractual "
                      "services."))
    s.append(Spacer(1, 4))
    s.append(H("Staff and costs by organizational unit", h_sub, "p1a"))
    s.append(N(11, "The table below shows the staff and costs funded from the Administrative Part of the "
                   "Budget by organizational unit. Officials are staff in the professional category and "
                   "above; employees are staff in the general service category."))
    s.append(staff_table())
    s.append(Spacer(1, 12))
    s.append(N(12, "Headquarters accounts for 62.8 per cent of the costs of the Administrative Part of the "
                   "Budget. Its staff will number 117 in 2008, compared with 121 in 2007, the reduction "
                   "resulting from the transfer of four posts of the Resources Management units to the "
                   "Manila Administrative Centre."))
    s.append(N(13, "In the field, the Missions with Regional Functions provide technical support and "
                   "oversight to the country offices in their regions, while the Special Liaison Missions "
                   "maintain relations with Member States, donors and regional bodies. The Panama "
                   "Administrative Centre, which began operations in 2007, will take over further "
                   "accounting and staff administration functions for the Americas in 2008."))
    s.append(N(14, "The budget also funds a small number of country missions in Member States where "
                   "project funding is not yet sufficient to support an IOM presence. These offices are "
                   "expected to move to project funding as their activities grow."))
    s.append(N(15, "Staff costs have been calculated on the basis of the salary scales and post "
                   "adjustment rates in force in September 2007, with provision for the increases "
                   "expected in 2008. No provision has been made for exchange-rate fluctuations, as the "
                   "Administrative Part of the Budget is both assessed and largely spent in Swiss francs."))
    s.append(H("Object of expenditure", h_sub, "p1b"))
    s.append(N(16, "The breakdown of the Administrative Part of the Budget by object of expenditure, "
                   "compared with the approved budget for 2007, is as follows:"))
    s.append(KeepTogether([P("(in Swiss francs)", unitline), object_table()]))
    s.append(Spacer(1, 12))
    s.append(N(17, "Staff costs represent 81.0 per cent of the Administrative Part of the Budget, compared "
                   "with 80.5 per cent in 2007. The increase of CHF 475,000 results from the statutory "
                   "increases, partly offset by the lower cost of the posts transferred to the "
                   "Administrative Centres."))
    s.append(N(18, "The reduction in travel and representation reflects a greater use of video "
                   "conferencing with field offices. The lower provision for governing body sessions "
                   "reflects the shorter meeting schedule agreed for 2008."))
    s.append(N(19, "The increase in contractual services covers the higher fees of the External Auditors "
                   "and the cost of an external review of the Organization\u2019s internal control "
                   "framework."))
    s.append(N(20, "The Administration will report on the implementation of the Administrative Part of "
                   "the Budget in the revisions of the Programme and Budget submitted during the year and "
                   "in the Financial Report for the year ending 31 December 2008."))

    s.append(CondPageBreak(120))
    s.append(H("PART II \u2013 OPERATIONAL PART OF THE BUDGET", h_part, "p2"))
    s.append(N(21, "The Operational Part of the Budget covers the programmes and projects that the "
                   "Organization implements at the request of Member States and other partners, and is "
                   "funded entirely from voluntary contributions. Its level depends on the funding "
                   "received, and it is therefore updated during the year as new projects are agreed."))
    s.append(N(22, "The estimate of USD 617.4 million for 2008 includes USD 495.9 million for the four "
                   "service areas presented below, and USD 121.5 million for the other service areas: "
                   "Facilitating Migration; Migration Policy, Research and Communications; Reparation "
                   "Programmes; and General Programme Support."))
    s.append(N(23, "For each service area, a table shows, in US dollars, the staff and office costs and "
                   "the programme costs of its principal programmes. Staff and office costs include the "
                   "costs of project staff and of the offices that implement the activities."))

    s.append(H("II.1\u00a0\u00a0\u00a0Movement, Emergency and Post-crisis Migration Management", h_main, "II.1"))
    s.append(N(24, "Movement assistance remains the largest single area of the Organization\u2019s "
                   "activity. Resettlement operations will continue to be carried out in close "
                   "cooperation with UNHCR and the receiving countries, and the Organization expects to "
                   "assist the movement of some 95,000 refugees and other persons in 2008." + fn(4)))
    s.append(N(25, "Emergency and post-crisis activities are planned in the following main areas:"))
    s.append(B("shelter and return assistance for internally displaced persons;"))
    s.append(B("community stabilization and the reintegration of ex-combatants;"))
    s.append(B("electoral support and out-of-country voting; and"))
    s.append(B("disaster risk reduction and emergency preparedness."))
    s.append(Spacer(1, 5))
    s.append(N(26, "Programme costs in this service area consist mainly of transport, accommodation and "
                   "direct assistance to beneficiaries, and vary with the number of persons assisted."))
    s.append(KeepTogether([service_table("II.1")]))
    s.append(Spacer(1, 14))

    s.append(H("II.2\u00a0\u00a0\u00a0Migration Health", h_main, "II.2"))
    s.append(N(27, "Migration health activities provide health assessments of migrants and refugees on "
                   "behalf of receiving countries, and help Governments to address the health needs of "
                   "mobile populations. Most assessments are paid for by the migrants themselves or by "
                   "the receiving Governments."))
    s.append(N(28, "Priorities for 2008 include:"))
    s.append(B("tuberculosis detection and treatment in migrant processing centres;"))
    s.append(B("HIV prevention among mobile populations; and"))
    s.append(B("health support to displaced populations in post-crisis settings."))
    s.append(Spacer(1, 5))
    s.append(N(29, "The increase in this service area reflects the extension of health assessment "
                   "services to three further receiving countries."))
    s.append(KeepTogether([service_table("II.2")]))
    s.append(Spacer(1, 14))

    s.append(H("II.3\u00a0\u00a0\u00a0Migration and Development", h_main, "II.3"))
    s.append(N(30, "Activities in this service area aim to harness the development potential of migration "
                   "for countries of origin, in line with the IOM Strategy, by engaging diaspora "
                   "communities and supporting the productive use of remittances."))
    s.append(N(31, "The programmes planned for 2008 will in particular:"))
    s.append(B("support the temporary return of qualified nationals to their countries of origin;"))
    s.append(B("improve the transfer and use of remittances; and"))
    s.append(B("strengthen community development in areas of high emigration."))
    s.append(Spacer(1, 5))
    s.append(N(32, "Further projects are under discussion with donors and will be included in the "
                   "revisions of the Programme and Budget once their funding is confirmed."))
    s.append(KeepTogether([service_table("II.3")]))
    s.append(Spacer(1, 14))

    s.append(H("II.4\u00a0\u00a0\u00a0Regulating Migration", h_main, "II.4"))
    s.append(N(33, "This service area assists Governments in developing and implementing migration "
                   "policy, legislation and administrative mechanisms, and covers assisted voluntary "
                   "return and counter-trafficking."))
    s.append(N(34, "The main activities for 2008 are:"))
    s.append(B("assisted voluntary return and reintegration of migrants;"))
    s.append(B("protection and assistance for victims of trafficking; and"))
    s.append(B("training of border and immigration officials."))
    s.append(Spacer(1, 5))
    s.append(N(35, "Technical cooperation projects are increasingly implemented at the regional level, "
                   "with several Governments taking part in the same programme."))
    s.append(KeepTogether([service_table("II.4")]))
    return s


def build():
    doc = Doc(OUT, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TOP, bottomMargin=BOT,
              title="Programme and Budget for 2008", author="IOM")
    cover = PageTemplate(id="cover", frames=[Frame(LM, BOT, BW, PH - TOP - BOT, id="c")],
                         onPage=draw_cover)
    later = PageTemplate(id="later", frames=[Frame(LM, BOT, BW, PH - TOP - BOT, id="b")],
                         onPage=draw_later)
    doc.addPageTemplates([cover, later])
    doc.build(story())


if __name__ == "__main__":
    for _ in range(6):
        rec_fn.clear()
        rec_toc.clear()
        build()
        if rec_fn == FN_PAGES and rec_toc == TOC_PAGES:
            break
        FN_PAGES.clear(); FN_PAGES.update(rec_fn)
        TOC_PAGES.clear(); TOC_PAGES.update(rec_toc)
    else:
        raise SystemExit("layout did not converge")
    print("footnotes:", FN_PAGES, "toc:", TOC_PAGES)
