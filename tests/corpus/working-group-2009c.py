"""Draw working-group-2009c.pdf: report of an IOM working group (MC/ era, 2009), with reportlab.

A small page-filling engine places paragraphs, list items, headings and a table, keeps every
footnote on the page where its marker falls, and draws the running header on pages after the cover.
"""
import os

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, Table, TableStyle

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "working-group-2009c.pdf")

SYMBOL = "MC/2287"
PAGE_W, PAGE_H = A4
LM = 2.5 * cm
RM = 2.5 * cm
TW = PAGE_W - LM - RM
TAB = 1.25 * cm
BODY_TOP = PAGE_H - 3.3 * cm
BODY_BOTTOM = 2.4 * cm

BODY = ParagraphStyle("body", fontName="Times-Roman", fontSize=11.5, leading=14.2,
                      alignment=TA_JUSTIFY)
BODY_L = ParagraphStyle("bodyl", parent=BODY, alignment=TA_LEFT)
HEAD = ParagraphStyle("head", fontName="Times-Bold", fontSize=11.5, leading=14.2, alignment=TA_LEFT)
SUBHEAD = ParagraphStyle("subhead", fontName="Times-BoldItalic", fontSize=11.5, leading=14.2)
CENTER_B = ParagraphStyle("centerb", fontName="Times-Bold", fontSize=11.5, leading=14.2,
                          alignment=TA_CENTER)
FN = ParagraphStyle("fn", fontName="Times-Roman", fontSize=9.5, leading=11.2, alignment=TA_JUSTIFY)
CELL = ParagraphStyle("cell", fontName="Times-Roman", fontSize=10.5, leading=12.5)
CELL_B = ParagraphStyle("cellb", fontName="Times-Bold", fontSize=10.5, leading=12.5)

GAP = 8  # space after a block


def sup(n):
    return '<super rise="4" size="7.5">%s</super>' % n


# ---------------------------------------------------------------- blocks
class Block:
    footnotes = ()
    space_before = 0
    keep_next = False

    def wrap(self, width):
        raise NotImplementedError

    def split(self, avail):
        return None  # cannot split

    def draw(self, c, x, y_top):
        raise NotImplementedError


class Para(Block):
    """A paragraph with an optional label in the margin (number or item label)."""

    def __init__(self, html, label=None, label_x=0.0, text_x=0.0, first_indent=0.0,
                 style=BODY, footnotes=(), space_before=0, keep_next=False):
        self.html = html
        self.label = label
        self.label_x = label_x
        self.text_x = text_x
        self.first_indent = first_indent
        self.style = style
        self.footnotes = list(footnotes)
        self.space_before = space_before
        self.keep_next = keep_next
        self._p = None

    def _make(self, html=None):
        st = ParagraphStyle("x", parent=self.style, leftIndent=self.text_x,
                            firstLineIndent=self.first_indent)
        return Paragraph(html if html is not None else self.html, st)

    def wrap(self, width):
        if self._p is None:
            self._p = self._make()
        self.width = width
        self.h = self._p.wrap(width, 10000)[1]
        return self.h

    def split(self, avail):
        if self.footnotes:
            return None
        parts = self._p.split(self.width, avail)
        if len(parts) < 2:
            return None
        a = Para("", self.label, self.label_x, self.text_x, self.first_indent, self.style)
        a._p = parts[0]
        b = Para("", None, self.label_x, self.text_x, self.first_indent, self.style)
        b._p = parts[1]
        return a, b

    def draw(self, c, x, y_top):
        self._p.drawOn(c, x, y_top - self.h)
        if self.label:
            lp = Paragraph(self.label, ParagraphStyle("lab", parent=self.style,
                                                      alignment=TA_LEFT, firstLineIndent=0,
                                                      leftIndent=0))
            _, lh = lp.wrap(TAB * 1.5, 1000)
            lp.drawOn(c, x + self.label_x, y_top - lh)


class TableBlock(Block):
    def __init__(self, table, space_before=0):
        self.t = table
        self.space_before = space_before

    def wrap(self, width):
        self.w, self.h = self.t.wrap(width, 10000)
        return self.h

    def draw(self, c, x, y_top):
        self.t.drawOn(c, x + (TW - self.w) / 2.0, y_top - self.h)


class PageBreak(Block):
    def __init__(self, header_extra=None):
        self.header_extra = header_extra


def numbered(n, html, footnotes=(), space_before=0):
    return Para(html, label="%d." % n, label_x=0, text_x=0, first_indent=TAB,
                footnotes=footnotes, space_before=space_before)


def item(label, html, level=1, footnotes=()):
    lx = TAB * level
    return Para(html, label=label, label_x=lx, text_x=lx + TAB, first_indent=0,
                footnotes=footnotes)


def heading(label, text, style=HEAD):
    if label:
        return Para(text, label=label, label_x=0, text_x=TAB, style=style,
                    space_before=6, keep_next=True)
    return Para(text, style=style, space_before=6, keep_next=True)


# ---------------------------------------------------------------- content
FOOTNOTES = {
    "1": "The summary of conclusions of the Third Session of the Standing Committee is contained "
         "in document SCPF/24.",
    "2": "Conference Room Papers Nos. 1 to 6 may be obtained from the Budget Division on request; "
         "they were prepared for discussion purposes only and do not reflect an agreed position.",
    "3": "The term replaced \u201cdiscretionary income\u201d with effect from the Programme and "
         "Budget for 2009 (MC/2262).",
    "4": "The Programme and Budget for 2010 (MC/2278) was prepared on the basis of the existing "
         "overhead structure and is therefore not affected by this recommendation.",
}

meetings = [
    ("First meeting", "29 January 2009", "Election of officers; programme of work and timetable"),
    ("Second meeting", "5 March 2009",
     "Evolution of the Administrative Part of the Budget since 1998"),
    ("Third meeting", "16 April 2009", "Core structure, staffing and geographical presence"),
    ("Fourth meeting", "11 June 2009", "Operational Support Income: sources, use and projections"),
    ("Fifth meeting", "10 September 2009", "Options for funding the core structure"),
    ("Sixth meeting", "8 October 2009", "Draft report and recommendations"),
]


def meetings_table():
    data = [[Paragraph("Meeting", CELL_B), Paragraph("Date", CELL_B),
             Paragraph("Principal subjects", CELL_B)]]
    for m, d, s in meetings:
        data.append([Paragraph(m, CELL), Paragraph(d, CELL), Paragraph(s, CELL)])
    t = Table(data, colWidths=[3.3 * cm, 3.6 * cm, 8.6 * cm])
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return t


def body_blocks():
    B = []
    B.append(Para("REPORT OF THE WORKING GROUP ON BUDGET REFORM", style=CENTER_B))
    B.append(Para("", style=BODY))

    B.append(heading(None, "INTRODUCTION"))
    B.append(numbered(1,
        "At its Third Session, held on 4 and 5 November 2008, the Standing Committee on "
        "Programmes and Finance (SCPF) agreed to establish an open-ended working group to examine "
        "the structure and financing of the Administrative Part of the Budget and of the core "
        "functions of the Organization that are met from project-related overhead." + sup(1) +
        " The Council endorsed that decision in Resolution No. 1174 of 27 November 2008 and asked "
        "that the outcome of the deliberations be reported to its Ninety-eighth Session.",
        footnotes=["1"]))
    B.append(numbered(2,
        "This report gives an account of the discussions held by the Working Group between "
        "January and October 2009, identifies the points on which a common understanding was "
        "reached and sets out, in Section IV, the recommendations that the Group agreed to "
        "transmit to the Council. A draft resolution for the Council\u2019s consideration is "
        "attached as an annex."))

    B.append(heading("I.", "MANDATE AND COMPOSITION"))
    B.append(numbered(3,
        "Under the terms of reference approved by the Standing Committee, the Working Group was "
        "requested to:"))
    B.append(item("\u2022", "review how the Administrative Part of the Budget had evolved since "
                  "the policy of zero nominal growth was first applied;"))
    B.append(item("\u2022", "assess whether the core structure remained adequate in relation to "
                  "the growth in operations and in the number of Member States;"))
    B.append(item("\u2022", "examine the use and predictability of Operational Support Income; and"))
    B.append(item("\u2022", "propose options for placing the funding of the core structure on a "
                  "sustainable footing."))
    B.append(numbered(4,
        "Participation was open to all Member States. Representatives of 41 Member States took "
        "part in one or more meetings, and observer States were kept informed through the "
        "Chairperson\u2019s briefings. The Administration was represented by the Director of the "
        "Department of Resources Management and by staff of the Budget Division, who prepared "
        "background papers at the Group\u2019s request."))
    B.append(numbered(5,
        "At its first meeting the Working Group elected Mr. Tomas Halvorsen (Norway) as its "
        "Chairperson and Ms. Awa Ndiaye (Senegal) as Vice-Chairperson. The Chairperson gave an "
        "oral progress report to the Standing Committee at its Fourth Session in May 2009."))

    B.append(heading("II.", "MEETINGS HELD"))
    B.append(numbered(6,
        "The Working Group held six formal meetings in Geneva, listed below. Between its fourth "
        "and fifth meetings the Chairperson also held informal consultations with the regional "
        "groups and with individual delegations that had asked to be heard."))
    B.append(TableBlock(meetings_table(), space_before=2))
    B.append(numbered(7,
        "For each formal meeting the Administration issued a Conference Room Paper, which was "
        "posted on the restricted website for Member States at least one week in advance." +
        sup(2) + " Summaries of the informal consultations were circulated by the Chairperson "
        "under his own responsibility.", footnotes=["2"], space_before=4))

    B.append(heading("III.", "ISSUES CONSIDERED"))
    B.append(heading("A.", "Evolution of the Administrative Part of the Budget", SUBHEAD))
    B.append(numbered(8,
        "The Administration recalled that the Administrative Part of the Budget, financed by "
        "assessed contributions, had been held at zero nominal growth for most of the past decade, "
        "apart from limited increases approved for 2007 and 2008. Over the same period total "
        "expenditure had risen from some USD 270 million in 1998 to more than USD 1 billion in "
        "2008, and membership had grown from 67 to 127 Member States. As a result, assessed "
        "contributions now covered less than 4 per cent of total expenditure, compared with "
        "about 12 per cent ten years earlier."))
    B.append(numbered(9,
        "Many delegations acknowledged the efficiency gains achieved by the Organization, but "
        "observed that the core structure could not indefinitely absorb the demands arising from "
        "growth and from the priorities set out in the IOM Strategy adopted by Resolution No. 1150 "
        "of 7 June 2007 (see also document MC/INF/287). Others stressed that, in the current "
        "economic climate, their authorities were not in a position to accept any increase in "
        "assessed contributions."))
    B.append(heading("B.", "Operational Support Income", SUBHEAD))
    B.append(numbered(10,
        "The Working Group noted that Operational Support Income," + sup(3) +
        " generated by the overhead charged on projects, had become the main source of funding "
        "for core functions in the field. For 2009 it was estimated at USD 40.2 million, of "
        "which USD 28.9 million met staff and office costs in field locations and at "
        "Headquarters, USD 6.8 million financed information technology and other structural "
        "requirements and USD 4.5 million was set aside as a security reserve.",
        footnotes=["3"]))
    B.append(numbered(11,
        "Delegations voiced concern at the volatility of this income, which depends on the volume "
        "of projects and on exchange rates, and at the risk that essential functions might "
        "become dependent on a resource that the Organization could not fully foresee. The "
        "Administration confirmed that a shortfall of 10 per cent would require it to defer "
        "recruitment and scale down planned investments."))
    B.append(heading("C.", "Options for funding the core structure", SUBHEAD))
    B.append(numbered(12,
        "At the fifth meeting the Administration presented three options for discussion:"))
    B.append(item("\u2013", "a one-time adjustment of the Administrative Part of the Budget, "
                  "followed by a return to zero nominal growth;"))
    B.append(item("\u2013", "a gradual transfer of selected core posts from Operational Support "
                  "Income to the Administrative Part over a three-year period; and"))
    B.append(item("\u2013", "the retention of the present arrangements, combined with a "
                  "strengthened reserve mechanism for Operational Support Income."))
    B.append(numbered(13,
        "No single option commanded general support. A number of delegations favoured a "
        "combination of the first and third options, while others wished to postpone any "
        "decision on the level of assessed contributions until the effects of the financial "
        "crisis on national budgets became clearer."))

    B.append(heading("IV.", "RECOMMENDATIONS"))
    B.append(numbered(14,
        "Having completed its review at its sixth meeting, the Working Group agreed to recommend "
        "that the Council:"))
    B.append(item("(a)", "take note of the analysis of the core structure presented by the "
                  "Administration and of the views expressed by Member States in the course of "
                  "the deliberations;"))
    B.append(item("(b)", "consider, in the context of the Programme and Budget for 2011, a "
                  "one-time adjustment of the Administrative Part of the Budget, the amount of "
                  "which should be proposed by the Administration after consultation with "
                  "Member States;"))
    B.append(item("(c)", "request the Administration to:"))
    B.append(item("(i)", "present to the Standing Committee, at its next session, a costed list "
                  "of core functions currently funded from Operational Support Income; and",
                  level=2))
    B.append(item("(ii)", "submit proposals for a reserve mechanism that would protect those "
                  "functions against fluctuations in income;", level=2))
    B.append(item("(d)", "maintain the overhead rate on projects at its present level of 5 per "
                  "cent pending the outcome of the review;" + sup(4), footnotes=["4"]))
    B.append(item("(e)", "encourage Member States in a position to do so to provide unearmarked "
                  "contributions in support of the core structure; and"))
    B.append(item("(f)", "extend the mandate of the Working Group until the Ninety-ninth Session "
                  "of the Council so that it may examine the proposals referred to in "
                  "subparagraph (c)."))

    B.append(heading(None, "ACTION REQUESTED OF THE COUNCIL"))
    B.append(numbered(15,
        "The Council is invited to take note of this report and to adopt the draft resolution "
        "set out in the Annex."))

    # ---- Annex: draft resolution
    B.append(PageBreak(header_extra="Annex"))
    B.append(Para("DRAFT RESOLUTION", style=CENTER_B))
    B.append(Para("", style=BODY))
    B.append(Para("FUNDING OF THE CORE STRUCTURE OF THE ORGANIZATION", style=CENTER_B))
    B.append(Para("", style=BODY))
    B.append(Para("<i>The Council,</i>", text_x=TAB))
    pre = [
        "<i>Recalling</i> its Resolution No. 1174 of 27 November 2008, by which it endorsed the "
        "establishment of an open-ended working group on budget reform,",
        "<i>Having considered</i> the report of the Working Group on Budget Reform (MC/2287),",
        "<i>Recognizing</i> the need for a sustainable and predictable funding base for the core "
        "structure of the Organization,",
        "<i>Mindful</i> of the importance of keeping the administrative structure lean and "
        "cost-effective,",
    ]
    for p in pre:
        B.append(Para(p, first_indent=TAB))
    B.append(Para("<i>Resolves:</i>", text_x=TAB))
    ops = [
        "To take note with appreciation of the report of the Working Group on Budget Reform;",
        "To endorse the recommendations contained in paragraph 14 of that report;",
        "To request the Director General to reflect those recommendations in the Programme and "
        "Budget for 2011 and to report on their implementation to the Standing Committee on "
        "Programmes and Finance;",
        "To extend the mandate of the Working Group until the end of the Ninety-ninth Session "
        "of the Council.",
    ]
    for i, p in enumerate(ops, 1):
        B.append(Para(p, label="%d." % i, label_x=0, text_x=0, first_indent=TAB))
    return B


# ---------------------------------------------------------------- drawing
def draw_cover(c):
    c.setFont("Times-Bold", 12)
    y = PAGE_H - 2.2 * cm
    c.drawRightString(PAGE_W - RM, y, SYMBOL)
    c.setFont("Times-Roman", 11.5)
    c.drawRightString(PAGE_W - RM, y - 26, "Original: English")
    c.drawRightString(PAGE_W - RM, y - 40, "5 November 2009")

    c.setFont("Times-Bold", 12)
    c.drawCentredString(PAGE_W / 2, PAGE_H * 0.64, "NINETY-EIGHTH SESSION")
    c.setFont("Times-Bold", 13)
    c.drawCentredString(PAGE_W / 2, PAGE_H * 0.52, "REPORT OF THE WORKING GROUP")
    c.drawCentredString(PAGE_W / 2, PAGE_H * 0.52 - 18, "ON BUDGET REFORM")

    c.setFont("Times-Roman", 11)
    c.drawString(LM, 5.6 * cm, "_" * 20)
    c.drawString(LM, 4.9 * cm,
                 "This report is submitted to the Council at its Ninety-eighth Session for "
                 "consideration.")

    c.setFont("Times-Bold", 12)
    c.drawString(LM, 2.0 * cm, "COUNCIL")
    c.drawCentredString(PAGE_W / 2, 2.0 * cm, "CONSEIL")
    c.drawRightString(PAGE_W - RM, 2.0 * cm, "CONSEJO")


def draw_header(c, page_no, extra=None):
    c.setFont("Times-Roman", 11)
    y = PAGE_H - 1.6 * cm
    c.drawRightString(PAGE_W - RM, y, SYMBOL)
    y -= 13
    if extra:
        c.drawRightString(PAGE_W - RM, y, extra)
        y -= 13
    c.drawRightString(PAGE_W - RM, y, "Page %d" % page_no)


def fn_paras(keys):
    out = []
    for k in keys:
        p = Paragraph(sup(k) + " " + FOOTNOTES[k], FN)
        h = p.wrap(TW, 1000)[1]
        out.append((p, h))
    return out


def fn_height(keys):
    if not keys:
        return 0
    return 14 + sum(h + 2 for _, h in fn_paras(keys))


def draw_footnotes(c, keys):
    if not keys:
        return
    ps = fn_paras(keys)
    total = sum(h + 2 for _, h in ps)
    y = BODY_BOTTOM + total
    c.setLineWidth(0.5)
    c.line(LM, y + 8, LM + 5 * cm, y + 8)
    for p, h in ps:
        p.drawOn(c, LM, y - h)
        y -= h + 2


def build():
    c = canvas.Canvas(OUT, pagesize=A4)
    c.setTitle("MC/2287 - Report of the Working Group on Budget Reform")
    draw_cover(c)
    c.showPage()

    blocks = body_blocks()
    page_no = 1
    extra = None
    y = BODY_TOP
    page_fns = []
    page_has_content = False

    def new_page(next_extra=None, restart=False):
        nonlocal page_no, y, page_fns, page_has_content, extra
        draw_header(c, page_no, extra)
        draw_footnotes(c, page_fns)
        c.showPage()
        page_no = 1 if restart else page_no + 1
        extra = next_extra if restart else extra
        y = BODY_TOP
        page_fns = []
        page_has_content = False

    i = 0
    queue = list(blocks)
    while queue:
        b = queue.pop(0)
        if isinstance(b, PageBreak):
            new_page(next_extra=b.header_extra, restart=True)
            continue
        h = b.wrap(TW)
        sb = b.space_before if page_has_content else 0
        need = sb + h
        if b.keep_next and queue:
            nb = queue[0]
            nh = nb.wrap(TW)
            need += GAP + min(nh, 3 * BODY.leading)
        avail = y - BODY_BOTTOM - fn_height(page_fns + list(b.footnotes))
        if need <= avail:
            y -= sb
            b.draw(c, LM, y)
            y -= h + GAP
            page_fns += list(b.footnotes)
            page_has_content = True
            continue
        # try to split
        if not b.keep_next:
            parts = b.split(avail - sb)
            if parts:
                a, rest = parts
                ah = a.wrap(TW)
                if ah <= avail - sb:
                    y -= sb
                    a.draw(c, LM, y)
                    new_page()
                    queue.insert(0, rest)
                    continue
        new_page()
        queue.insert(0, b)
    draw_header(c, page_no, extra)
    draw_footnotes(c, page_fns)
    c.showPage()
    c.save()


if __name__ == "__main__":
    build()
    print("wrote", OUT)
