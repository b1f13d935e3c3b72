# Draws programme-budget-2009b.pdf (MC/2246, Programme and Budget for 2009) with reportlab.
import io
import os
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.pdfbase.pdfmetrics import stringWidth

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "programme-budget-2009b.pdf")

SYMBOL = "MC/2246"
W, H = A4
LM = 72.0
RM = W - 66.0
TW = RM - LM
TOP = H - 92.0       # first body baseline area on pages with header
BOTTOM = 62.0

BODY = ParagraphStyle("body", fontName="Times-Roman", fontSize=11, leading=13.6,
                      alignment=TA_JUSTIFY)
NUMP = ParagraphStyle("nump", parent=BODY, firstLineIndent=36, bulletIndent=0,
                      bulletFontName="Times-Roman", bulletFontSize=11)
ITEM = ParagraphStyle("item", parent=BODY, leftIndent=72, bulletIndent=36,
                      bulletFontName="Times-Roman", bulletFontSize=11)
FOOT = ParagraphStyle("foot", fontName="Times-Roman", fontSize=9, leading=10.8,
                      alignment=TA_JUSTIFY, leftIndent=0)
TNOTE = ParagraphStyle("tnote", fontName="Times-Roman", fontSize=9, leading=10.8,
                       alignment=TA_LEFT, leftIndent=14)


# ----------------------------------------------------------------------------- figures
ADMIN = [
    ("Staff salaries and benefits", 29384000, 30271000),
    ("Travel and representation", 712000, 735000),
    ("Office premises and maintenance", 2180000, 2215000),
    ("Communications", 1043000, 1002000),
    ("Contractual services", 1386000, 1402000),
    ("Office supplies and equipment", 480000, 491000),
    ("Governing bodies and meetings", 1214000, 1231000),
    ("Information technology", 720000, 698000),
]

# (label, 2008, 2009, is_group); group rows carry the sum of their sub-rows
OPS_RAW = [
    ("I.", "Movement, Emergency and Post-crisis Migration Management", [
        ("I.1", "Resettlement Assistance", 98412300, 112560400),
        ("I.2", "Repatriation Assistance", 6215800, 5730100),
        ("I.3", "Emergency and Post-crisis Migration Management", 214906500, 236118900),
    ]),
    ("II.", "Migration Health", [
        ("II.1", "Migration Health Assessments and Travel Health Assistance", 24605200, 27342700),
        ("II.2", "Health Promotion and Assistance for Migrants", 11830400, 12417600),
        ("II.3", "Migration Health Assistance for Crisis-affected Populations", 6112900, 5208300),
    ]),
    ("III.", "Migration and Development", [
        ("III.1", "Migration and Economic/Community Development", 38260700, 40135200),
        ("III.2", "Return and Reintegration of Qualified Nationals", 4983100, 4612800),
        ("III.3", "Remittances", 1204600, 1387900),
    ]),
    ("IV.", "Regulating Migration", [
        ("IV.1", "Return Assistance to Migrants and Governments", 52418000, 55906300),
        ("IV.2", "Counter-trafficking", 27645300, 31228500),
        ("IV.3", "Technical Cooperation on Migration Management and Capacity-building",
         71032800, 74861000),
    ]),
    ("V.", "Facilitating Migration", [
        ("V.1", "Labour Migration", 14307500, 15920400),
        ("V.2", "Migrant Processing and Integration", 24118600, 26504700),
    ]),
    ("VI.", "Migration Policy and Research", [
        ("VI.1", "Migration Policy Activities", 1906200, 2041800),
        ("VI.2", "Migration Research and Publications", 1152300, 1268500),
    ]),
    ("VII.", "Reparation Programmes**", 9880400, 7415600),
    ("VIII.", "General Programme Support", [
        ("VIII.1", "Seconded Staff", 1512000, 1498700),
        ("VIII.2", "Staff and Services Covered by Discretionary Income", 36914000, 40500000),
    ]),
]


def fmt(n):
    if n < 0:
        return "(%s)" % format(-n, ",")
    return format(n, ",")


def ops_rows():
    rows = []
    for g in OPS_RAW:
        if isinstance(g[2], list):
            a = sum(s[2] for s in g[2])
            b = sum(s[3] for s in g[2])
            rows.append(("group", g[0], g[1], a, b))
            for s in g[2]:
                rows.append(("sub", s[0], s[1], s[2], s[3]))
        else:
            rows.append(("group", g[0], g[1], g[2], g[3]))
    t8 = sum(r[3] for r in rows if r[0] == "sub" or (r[0] == "group" and r[1] == "VII."))
    t9 = sum(r[4] for r in rows if r[0] == "sub" or (r[0] == "group" and r[1] == "VII."))
    rows.append(("total", "", "TOTAL", t8, t9))
    return rows


ADM8 = sum(a[1] for a in ADMIN)
ADM9 = sum(a[2] for a in ADMIN)
assert ADM8 == 37119000 and ADM9 == 38045000
OPS = ops_rows()
OPS8, OPS9 = OPS[-1][3], OPS[-1][4]
assert (OPS8, OPS9) == (647418600, 702659400), (OPS8, OPS9)


# ----------------------------------------------------------------------------- engine
class Doc:
    def __init__(self, c):
        self.c = c
        self.page = 0          # physical page
        self.label = None      # printed page label
        self.y = None
        self.notes = []        # footnotes of current page: (marker, text)
        self.heads = {}        # heading key -> printed page label
        self.body_no = 0

    # page handling --------------------------------------------------------
    def new_page(self, label):
        if self.page:
            self.finish_page()
            self.c.showPage()
        self.page += 1
        self.label = label
        self.notes = []
        c = self.c
        if label is not None:
            c.setFont("Times-Roman", 11)
            c.drawRightString(RM, H - 50, SYMBOL)
            c.drawRightString(RM, H - 63.5, "Page %s" % label)
        self.y = TOP

    def notes_height(self, notes):
        if not notes:
            return 0
        h = 16
        for m, t in notes:
            p = Paragraph(self.fn_text(m, t), FOOT)
            _, ph = p.wrap(TW, 1000)
            h += ph + 2
        return h

    @staticmethod
    def fn_text(m, t):
        return "<super>%s</super>&nbsp;&nbsp;&nbsp;%s" % (m, t)

    def floor(self, extra_notes=()):
        return BOTTOM + self.notes_height(self.notes + list(extra_notes))

    def finish_page(self):
        c = self.c
        if not self.notes:
            return
        y = BOTTOM + self.notes_height(self.notes) - 16 + 8
        c.setLineWidth(0.5)
        c.line(LM, y + 2, LM + 144, y + 2)
        y -= 6
        for m, t in self.notes:
            p = Paragraph(self.fn_text(m, t), FOOT)
            _, ph = p.wrap(TW, 1000)
            p.drawOn(c, LM, y - ph)
            y -= ph + 2

    def space(self, h):
        self.y -= h

    # blocks ---------------------------------------------------------------
    def flow(self, p, notes=()):
        """Draw paragraph p at the cursor, splitting it over pages if needed."""
        notes = list(notes)
        while True:
            _, ph = p.wrap(TW, 2000)
            avail = self.y - self.floor(notes)
            if ph <= avail:
                p.drawOn(self.c, LM, self.y - ph)
                self.y -= ph
                self.notes += notes
                return
            parts = p.split(TW, avail)
            if len(parts) < 2:
                self.new_page(self.next_label())
                continue
            assert not notes, "paragraph with footnote split over pages"
            parts[0].wrap(TW, avail)
            h0 = parts[0].height
            parts[0].drawOn(self.c, LM, self.y - h0)
            self.new_page(self.next_label())
            p = parts[1]

    def next_label(self):
        self.body_no += 1
        return str(self.body_no)

    def para(self, num, text, notes=()):
        p = Paragraph(text, NUMP, bulletText="%d." % num)
        self.flow(p, notes)
        self.space(9)

    def item(self, label, text, last=False, notes=()):
        p = Paragraph(text, ITEM, bulletText=label)
        self.flow(p, notes)
        self.space(9 if last else 5)

    def heading(self, key, text, font="Times-Bold", size=11, center=False, before=6,
                after=10, keep=60, indent=0, under=False):
        if self.y - before - keep < self.floor():
            self.new_page(self.next_label())
        else:
            self.space(before)
        self.y -= size
        c = self.c
        c.setFont(font, size)
        if center:
            c.drawCentredString((LM + RM) / 2, self.y, text)
        else:
            c.drawString(LM + indent, self.y, text)
            if under:
                w = stringWidth(text, font, size)
                c.setLineWidth(0.6)
                c.line(LM + indent, self.y - 1.6, LM + indent + w, self.y - 1.6)
        if key:
            self.heads[key] = self.label
        self.space(after)

    def text_line(self, text, font="Times-Roman", size=11, center=False, after=4):
        self.y -= size
        self.c.setFont(font, size)
        if center:
            self.c.drawCentredString((LM + RM) / 2, self.y, text)
        else:
            self.c.drawString(LM, self.y, text)
        self.space(after)


# ----------------------------------------------------------------------------- tables
def draw_table(d, caption, label_head, heads, rows, cols, label_x, notes, row_h=13.0,
               cont_caption=None):
    """rows: (kind, number, label, a, b). cols: right edges of numeric columns."""
    c = d.c

    def header(first):
        cap = caption if first else cont_caption
        d.y -= 16 if first else 10
        c.setFont("Times-Italic", 10)
        c.drawCentredString((LM + RM) / 2, d.y, cap)
        d.y -= 8
        top = d.y
        c.setLineWidth(0.8)
        c.line(LM, top, RM, top)
        c.setFont("Times-Bold", 9.5)
        y1 = top - 12
        y2 = top - 23.5
        c.drawString(LM + 4, y2, label_head)
        for (h1, h2), x in zip(heads, cols):
            if h1:
                c.drawRightString(x, y1, h1)
            c.drawRightString(x, y2, h2)
        d.y = top - 29
        c.setLineWidth(0.5)
        c.line(LM, d.y, RM, d.y)
        d.y -= 3

    note_h = d.notes_height([])
    header(True)
    label_w = cols[0] - 68 - label_x
    for kind, num, label, a, b in rows:
        font = "Times-Bold" if kind in ("group", "total") else "Times-Roman"
        size = 9
        indent = 0 if kind in ("group", "total") else 16
        # wrap label
        words = label.split()
        lines, cur = [], ""
        tx = label_x + indent + (30 if num else 0)
        avail = cols[0] - 54 - tx
        for w_ in words:
            t = (cur + " " + w_).strip()
            if stringWidth(t, font, size) > avail and cur:
                lines.append(cur)
                cur = w_
            else:
                cur = t
        lines.append(cur)
        need = row_h * len(lines) + (4 if kind == "group" else 0) + (6 if kind == "total" else 0)
        if kind == "group" and num != "VII.":
            need += row_h
        if d.y - need < d.floor() + 8:
            c.setLineWidth(0.5)
            c.line(LM, d.y + 1, RM, d.y + 1)
            d.new_page(d.next_label())
            header(False)
        if kind == "group":
            d.y -= 4
        if kind == "total":
            c.setLineWidth(0.5)
            c.line(LM, d.y - 1, RM, d.y - 1)
            d.y -= 4
        d.y -= row_h - 3
        c.setFont(font, size)
        if num:
            c.drawString(label_x + indent, d.y, num)
        c.drawString(tx, d.y, lines[0])
        for x, v in zip(cols, (a, b, b - a)):
            c.drawRightString(x, d.y, fmt(v))
        for extra in lines[1:]:
            d.y -= row_h
            c.drawString(tx, d.y, extra)
        d.y -= 3
    c.setLineWidth(0.8)
    c.line(LM, d.y - 1, RM, d.y - 1)
    d.y -= 8
    for m, t in notes:
        p = Paragraph(t, TNOTE)
        _, ph = p.wrap(TW, 500)
        p.drawOn(c, LM, d.y - ph)
        c.setFont("Times-Roman", 9)
        c.drawString(LM, d.y - 9, m)
        d.y -= ph + 2
    d.y -= 10


# ----------------------------------------------------------------------------- pages
def cover(d):
    c = d.c
    d.page += 1
    d.label = None
    c.setFont("Times-Bold", 12)
    c.drawRightString(RM, H - 60, SYMBOL)
    c.setFont("Times-Roman", 11)
    c.drawRightString(RM, H - 78, "Original: ENGLISH")
    c.drawRightString(RM, H - 92, "8 October 2008")
    c.setFont("Times-Bold", 11)
    c.drawString(LM, H - 132, "NINETY-SIXTH SESSION")
    c.setFont("Times-Roman", 11)
    c.drawString(LM, H - 146, "_" * 82)
    c.setFont("Times-Bold", 14)
    c.drawCentredString((LM + RM) / 2, H - 330, "PROGRAMME AND BUDGET FOR 2009")
    # cover note
    c.setFont("Times-Roman", 11)
    c.drawString(LM, 190, "__________")
    p = Paragraph("This document is submitted to the Standing Committee on Programmes and "
                  "Finance at its Third Session, to be held on 4 and 5 November 2008.", BODY)
    _, ph = p.wrap(TW, 200)
    p.drawOn(c, LM, 176 - ph)
    # trilingual footer
    c.setFont("Helvetica-Bold", 10)
    for x, word in ((LM + 40, "COUNCIL"), ((LM + RM) / 2, "CONSEIL"), (RM - 40, "CONSEJO")):
        c.drawCentredString(x, 52, word)


TOC = [
    (0, "INTRODUCTION", "intro"),
    (0, "PART I \u2013 ADMINISTRATION", "p1"),
    (1, "A.", "Budget level and assessed contributions", "p1a"),
    (1, "B.", "Administrative Part of the Budget by object of expenditure", "p1b"),
    (0, "PART II \u2013 OPERATIONS", "p2"),
    (1, "A.", "Funding of the Operational Part", "p2a"),
    (1, "B.", "Operational Part of the Budget by service area", "p2b"),
]


def contents(d, pages):
    c = d.c
    d.new_page("i")
    d.y = TOP - 20
    c.setFont("Times-Bold", 12)
    c.drawCentredString((LM + RM) / 2, d.y, "TABLE OF CONTENTS")
    d.y -= 34
    c.setFont("Times-Bold", 11)
    c.drawRightString(RM, d.y, "Page")
    d.y -= 24
    for e in TOC:
        if e[0] == 0:
            x, text, key, font = LM, e[1], e[2], "Times-Roman"
            label = None
        else:
            x, text, key, font = LM + 36, e[2], e[3], "Times-Roman"
            label = e[1]
        c.setFont(font, 11)
        if label:
            c.drawString(x, d.y, label)
            tx = x + 22
        else:
            tx = x
            if e is not TOC[0]:
                pass
        c.drawString(tx, d.y, text)
        start = tx + stringWidth(text, font, 11) + 4
        end = RM - 20
        dots = ""
        while stringWidth(dots + ".", font, 11) < end - start:
            dots += "."
        c.drawRightString(end, d.y, dots)
        c.drawRightString(RM, d.y, pages.get(key, "?"))
        d.y -= 26 if e[0] == 0 else 20
        if e[0] == 1 and (TOC.index(e) + 1 == len(TOC) or TOC[TOC.index(e) + 1][0] == 0):
            d.y -= 6


def body(d):
    d.new_page(d.next_label())
    d.heading(None, "PROGRAMME AND BUDGET FOR 2009", size=12, center=True, before=0, after=22)
    d.heading("intro", "INTRODUCTION", before=0, after=12)

    d.para(1, "The Programme and Budget for 2009 is presented to Member States in accordance "
              "with Article 20, paragraph 3, of the Constitution, under which the Director General "
              "submits to the Council the budget and programme of the Organization for the coming "
              "financial year. It sets out the resources needed for the Administrative Part of the "
              "Budget, which is financed by assessed contributions from Member States and expressed "
              "in Swiss francs, and for the Operational Part of the Budget, which is financed from "
              "voluntary contributions and expressed in United States dollars.")
    d.para(2, "The proposals have been prepared in the light of the twelve strategic activities set "
              "out in the IOM Strategy, which the Council endorsed in Resolution No. 1150 of "
              "7 June 2007,<super>1</super> and of the guidance given by Member States at the Second "
              "Session of the Standing Committee on Programmes and Finance in June 2008. Each service "
              "area in Part II is linked to those activities, so that Member States can follow how "
              "resources are distributed across the Strategy.",
           notes=[("1", "See document MC/INF/287, \u201cIOM Strategy: Current and Future Migration "
                        "Realities and IOM\u2019s Role\u201d, which reproduces the Strategy and the "
                        "comments received from Member States during its preparation.")])
    d.para(3, "The Operational Part of the Budget for 2009 is estimated at USD %s, against "
              "USD %s in the Programme and Budget for 2008 (MC/2225). These estimates cover only "
              "those activities for which funding is reasonably assured at the time of writing. "
              "Experience in past years shows that final operational expenditure is considerably "
              "higher, as new projects are funded in the course of the year; an updated picture will "
              "be given in the Revision of the Programme and Budget for 2009, to be presented to the "
              "Standing Committee in mid-year." % (fmt(OPS9), fmt(OPS8)))
    d.para(4, "The Administrative Part of the Budget amounts to CHF %s, an increase of CHF %s, or "
              "2.5 per cent, over the level approved for 2008. The increase corresponds entirely to "
              "the assessed contributions of the States which joined the Organization in 2007 and "
              "2008, in keeping with the policy of zero nominal growth which the Council reaffirmed "
              "when it adopted Resolution No. 1166 of 29 November 2007.<super>2</super> The "
              "Administration has once again absorbed statutory salary increases and inflation "
              "within that level." % (fmt(ADM9), fmt(ADM9 - ADM8)),
           notes=[("2", "The practice of adding the contributions of new Member States to the "
                        "Administrative Part of the Budget was confirmed at the Ninety-fourth "
                        "Session of the Council; see the report on that session (MC/2240), "
                        "paragraphs 61 to 64.")])
    d.para(5, "Discretionary income, which comes mainly from the overhead charged on operational "
              "projects and from miscellaneous income such as unearmarked contributions and "
              "interest, is estimated at USD 40.5 million for 2009. It remains the principal source "
              "of funding for the field structure and for a number of core functions at "
              "Headquarters that the Administrative Part of the Budget cannot cover.")
    d.para(6, "At the request of Member States expressed during the informal consultations held in "
              "September 2008, the presentation of this document has been shortened. The detailed "
              "staffing tables and the breakdown of the budget by location, previously printed in "
              "the body of the document, are now issued separately as an information paper "
              "(MC/INF/295).<super>3</super>",
           notes=[("3", "The information paper is posted on the governing bodies page of the IOM "
                        "web site; printed copies are available from the Secretariat on request.")])
    d.para(7, "The main features of the proposals for 2009 may be summarized as follows:")
    d.item("(a)", "the Administrative Part of the Budget is kept at zero nominal growth, apart from "
                  "the assessed contributions of new Member States;")
    d.item("(b)", "the Operational Part of the Budget shows an increase of 8.5 per cent, owing mainly "
                  "to resettlement, post-crisis and counter-trafficking activities;")
    d.item("(c)", "discretionary income continues to finance the core field structure, including the "
                  "regional offices created under the structural review; and")
    d.item("(d)", "no new posts are proposed at Headquarters under the Administrative Part of the "
                  "Budget.", last=True)
    d.para(8, "The Administration is grateful to Member States for their continued engagement in "
              "the budget process and will keep the Standing Committee informed of any significant "
              "change in funding levels during the year.")

    d.heading("p1", "PART I \u2013 ADMINISTRATION", before=10, after=14, keep=90)
    d.heading("p1a", "A.      Budget level and assessed contributions", font="Times-Bold",
              before=0, after=12, keep=70)
    d.para(9, "The Administrative Part of the Budget for 2009 is proposed at CHF %s. The scale of "
              "assessment for 2009, on which the contributions of Member States are calculated, is "
              "presented in document MC/2247 and follows the methodology agreed in 2007, by which "
              "the IOM scale is aligned with the United Nations scale of assessment." % fmt(ADM9))
    d.para(10, "Member States with outstanding assessed contributions are again urged to settle them "
               "as soon as possible or to agree on a payment plan with the Administration. The "
               "status of contributions as at 30 September 2008 is set out in document MC/2248.")

    d.heading("p1b", "B.      Administrative Part of the Budget by object of expenditure",
              before=2, after=12, keep=220)
    d.para(11, "The table below compares the estimates for 2009 with the approved budget for 2008, "
               "by object of expenditure. Staff salaries and benefits account for 79.6 per cent of "
               "the total. Savings on communications and information technology, made possible by "
               "the move of certain functions to the Manila Administrative Centre, partly offset the "
               "higher cost of staff.")
    rows = [("sub", "", a, b, c_) for a, b, c_ in ADMIN]
    rows = [("row", "", r[2], r[3], r[4]) for r in rows]
    rows.append(("total", "", "TOTAL", ADM8, ADM9))
    draw_table(d, "(in Swiss francs)", "Object of expenditure",
               [("2008", "Approved*"), ("2009", "Estimates"), ("", "Change")],
               rows, [RM - 140, RM - 70, RM - 4], LM + 4,
               [("*", "As approved by the Council at its Ninety-fourth Session (MC/2225), "
                      "restated by object of expenditure for comparison.")])

    d.heading("p2", "PART II \u2013 OPERATIONS", before=6, after=14, keep=90)
    d.heading("p2a", "A.      Funding of the Operational Part", before=0, after=12, keep=70)
    d.para(12, "The Operational Part of the Budget is financed by voluntary contributions, almost all "
               "of them earmarked by donors for specific projects. The estimate of USD %s therefore "
               "reflects the projects already agreed or at an advanced stage of negotiation. Member "
               "States and other donors are encouraged to increase the share of unearmarked "
               "funding, which allows the Organization to respond quickly to new needs."
               % fmt(OPS9))
    d.para(13, "Discretionary income for 2009 is composed of project-related overhead, estimated at "
               "USD 31.2 million, and miscellaneous income of USD 9.3 million, giving a total of "
               "USD 40.5 million. This amount is shown in the table below under service area "
               "VIII.2, Staff and Services Covered by Discretionary Income.")
    d.heading("p2b", "B.      Operational Part of the Budget by service area", before=2, after=12,
              keep=120)
    d.para(14, "Projects are grouped in eight service areas, each divided into programmes. A project "
               "that serves more than one purpose is shown under the service area of its main "
               "objective, and the figures for 2008 have been restated on the same basis so that the "
               "two years can be compared. Staff and office costs of field missions are charged to "
               "the projects they support and are therefore included in the amounts shown for each "
               "service area, not in the Administrative Part of the Budget.")
    d.para(15, "The following table shows the Operational Part of the Budget by service area, "
               "compared with the Programme and Budget for 2008. Movement, emergency and post-crisis "
               "migration management remains by far the largest area of activity.")
    draw_table(d, "(in US dollars)", "Service area",
               [("2008", "Budget*"), ("2009", "Estimates"), ("", "Change")],
               OPS, [RM - 124, RM - 60, RM - 2], LM + 2,
               [("*", "As presented in the Programme and Budget for 2008 (MC/2225), restated "
                      "according to the service areas used in 2009."),
                ("**", "Includes the closing activities of the German Forced Labour Compensation "
                       "Programme and the humanitarian and social programmes for victims of Nazi "
                       "persecution.")],
               cont_caption="(in US dollars) (cont\u2019d)")
    d.para(16, "The increase under resettlement assistance reflects the large-scale resettlement of "
               "refugees from Nepal and Thailand and of Iraqi refugees from neighbouring countries, "
               "while the decrease under reparation programmes follows the winding-down of the "
               "compensation programmes. Growth in counter-trafficking and labour migration "
               "corresponds to new projects in Asia, Eastern Europe and West Africa.")
    d.para(17, "The Standing Committee on Programmes and Finance is invited to examine the "
               "Programme and Budget for 2009 and to recommend it to the Council for approval.")
    d.finish_page()


def build(target, pages):
    c = canvas.Canvas(target, pagesize=A4)
    c.setTitle("MC/2246 Programme and Budget for 2009")
    c.setAuthor("International Organization for Migration")
    d = Doc(c)
    cover(d)
    contents(d, pages)
    body(d)
    c.showPage()
    c.save()
    return d.heads


def main():
    pages = build(io.BytesIO(), {})
    heads = build(OUT, pages)
    assert heads == pages, (heads, pages)
    print(pages)


if __name__ == "__main__":
    main()
