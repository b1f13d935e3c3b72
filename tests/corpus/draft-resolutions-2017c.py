"""Draw draft-resolutions-2017c.pdf: three draft resolutions under one cover (C/108/L/9, 2017).

Layout: A4, Times, cover header block on page 1 only, running header (symbol / Page N) on
later pages, footnotes at the foot of the page where their raised marker falls (two-pass build).
"""
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_RIGHT, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                KeepTogether)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "draft-resolutions-2017c.pdf")

SYMBOL = "C/108/L/9"
PAGE_W, PAGE_H = A4
LM, RM, TM, BM = 2.5 * cm, 2.5 * cm, 2.2 * cm, 2.3 * cm
HEADER_SPACE = 1.6 * cm        # room taken by the running header on pages > 1

FONT, FONT_B, FONT_I = "Times-Roman", "Times-Bold", "Times-Italic"
SIZE, LEAD = 12, 14.5

body = ParagraphStyle("body", fontName=FONT, fontSize=SIZE, leading=LEAD,
                      alignment=TA_JUSTIFY, spaceAfter=LEAD * 0.85)
pre = ParagraphStyle("pre", parent=body, firstLineIndent=1.27 * cm)
oper = ParagraphStyle("oper", parent=body, firstLineIndent=1.27 * cm, leftIndent=0,
                      bulletIndent=0, bulletFontName=FONT, bulletFontSize=SIZE)
sub = ParagraphStyle("sub", parent=body, leftIndent=2.54 * cm, bulletIndent=1.27 * cm,
                     bulletFontName=FONT, bulletFontSize=SIZE)
council = ParagraphStyle("council", parent=body, firstLineIndent=1.27 * cm)
rtitle = ParagraphStyle("rtitle", parent=body, fontName=FONT_B, alignment=TA_CENTER,
                        spaceBefore=LEAD * 0.6, spaceAfter=LEAD * 0.5)
submitted = ParagraphStyle("submitted", parent=body, alignment=TA_CENTER, spaceAfter=LEAD)
right = ParagraphStyle("right", fontName=FONT, fontSize=SIZE, leading=LEAD, alignment=TA_RIGHT)
right_b = ParagraphStyle("right_b", parent=right, fontName=FONT_B)
organ = ParagraphStyle("organ", fontName=FONT_B, fontSize=SIZE, leading=LEAD, alignment=TA_CENTER)
doctitle = ParagraphStyle("doctitle", fontName=FONT_B, fontSize=13, leading=16,
                          alignment=TA_CENTER)
fnstyle = ParagraphStyle("fn", fontName=FONT, fontSize=9.5, leading=11.5, alignment=TA_LEFT,
                         leftIndent=0.5 * cm, firstLineIndent=-0.5 * cm)

FRAME_W = PAGE_W - LM - RM

# footnotes: marker -> text (drawn at the foot of the page where the marker is drawn)
FOOTNOTES = {
    "1": "United Nations General Assembly resolution 71/1 (A/RES/71/1) of 19 September 2016, "
         "\u201cNew York Declaration for Refugees and Migrants\u201d.",
}


def sup(m):
    return '<super rise="4" size="8">%s</super>' % m


class MarkedParagraph(Paragraph):
    """A paragraph that records the page on which each of its footnote markers is drawn."""

    def __init__(self, text, style, markers=(), **kw):
        Paragraph.__init__(self, text, style, **kw)
        self.markers = tuple(markers)

    def split(self, aW, aH):
        # a clause carrying a footnote marker is never split: it moves whole to the next page
        return []

    def drawOn(self, canv, x, y, _sW=0):
        for m in getattr(self, "markers", ()):
            DOC_STATE["fnpage"][m] = canv.getPageNumber()
        Paragraph.drawOn(self, canv, x, y, _sW)


DOC_STATE = {"fnpage": {}}


def P(text, style, markers=()):
    if markers:
        return MarkedParagraph(text, style, markers)
    return Paragraph(text, style)


def preamble(lead, rest, markers=()):
    return P("<i>%s</i> %s" % (lead, rest), pre, markers)


def op(n, verb, rest):
    return Paragraph("<i>%s</i> %s" % (verb, rest), oper, bulletText="%d." % n)


def subclause(label, text):
    return Paragraph(text, sub, bulletText=label)


def cover_block():
    s = []
    s.append(Paragraph(SYMBOL, right_b))
    s.append(Paragraph("Original: English", right))
    s.append(Paragraph("22 November 2017", right))
    s.append(Spacer(1, 1.1 * cm))
    s.append(Paragraph("COUNCIL", organ))
    s.append(Spacer(1, 2))
    s.append(Paragraph("108th Session", organ))
    s.append(Spacer(1, 1.3 * cm))
    s.append(Paragraph("DRAFT RESOLUTIONS FOR CONSIDERATION BY THE COUNCIL", doctitle))
    s.append(Paragraph("AT ITS 108TH SESSION", doctitle))
    s.append(Spacer(1, 1.0 * cm))
    return s


def draft_one():
    s = [KeepTogether([
        Paragraph("DRAFT RESOLUTION ON THE REPORT ON THE<br/>107TH SESSION OF THE COUNCIL", rtitle),
        Spacer(1, 4),
        Paragraph("<i>The Council,</i>", council)])]
    s.append(preamble("Having received and examined",
                      "the draft report on its 107th Session (C/107/L/22), which the "
                      "Administration circulated to all Member States and observers on "
                      "20 January 2017,"))
    s.append(preamble("Noting",
                      "that the corrections submitted by delegations within the period allowed "
                      "for comments have been incorporated into the text,"))
    s.append(op(1, "Approves", "the report on its 107th Session as contained in document "
                "C/107/L/22, without amendment;"))
    s.append(op(2, "Requests", "the Director General to reissue the report as approved under "
                "the symbol C/107/22/Rev.1 and to make it available in the three official "
                "languages of the Organization."))
    return s


def draft_two():
    s = [KeepTogether([
        Spacer(1, LEAD * 0.6),
        Paragraph("DRAFT RESOLUTION ON THE PROGRAMME AND BUDGET FOR 2018", rtitle),
        Paragraph("(Submitted by the Chairperson of the Standing Committee on Programmes "
                  "and Finance)", submitted),
        Paragraph("<i>The Council,</i>", council)])]
    s.append(preamble("Having considered",
                      "the Programme and Budget for 2018 (C/108/6) and the report of the "
                      "Standing Committee on Programmes and Finance on its Twenty-first Session "
                      "(S/21/14), including the recommendations formulated by the Standing "
                      "Committee on the level of the Administrative Part of the Budget,"))
    s.append(preamble("Recalling",
                      "Resolution No. 1336 of 5 December 2016 on the Programme and Budget for "
                      "2017 and the scale of assessment for 2018 adopted by the Standing "
                      "Committee at its Twentieth Session, as set out in document S/20/11,"))
    s.append(preamble("Noting",
                      "that the Administrative Part of the Budget for 2018 has been prepared on "
                      "the basis of zero nominal growth, with the exception of the statutory "
                      "increases in staff costs that the Organization is required to absorb, and "
                      "that the Operational Part of the Budget remains dependent on voluntary "
                      "funding which Member States and other donors earmark for specific "
                      "projects,"))
    s.append(preamble("Taking into account",
                      "the continuing efforts of the Administration to consolidate its core "
                      "structure under the Internal Governance Framework while keeping its "
                      "administrative expenditure under strict control,"))
    s.append(op(1, "Approves", "the Programme and Budget for 2018 as presented in document "
                "C/108/6, with the following appropriations:"))
    s.append(subclause("(a)", "CHF 51,847,000 for the Administrative Part of the Budget, to "
                       "be financed from the assessed contributions of Member States in "
                       "accordance with the scale of assessment for 2018; and"))
    s.append(subclause("(b)", "USD 1,102,460,000 for the Operational Part of the Budget, of "
                       "which USD 98,300,000 is projected as Operational Support Income, to be "
                       "financed from voluntary contributions;"))
    s.append(op(2, "Urges", "those Member States whose contributions to the Administrative Part "
                "of the Budget are in arrears to settle them at the earliest opportunity or to "
                "agree on a payment plan with the Administration, bearing in mind the "
                "provisions of Article 4 of the Constitution, and invites all Member States to "
                "pay their assessed contributions for 2018 in full and early in the financial "
                "year, so that the Organization is not obliged to draw on its reserves to meet "
                "its statutory obligations in the first half of the year;"))
    s.append(op(3, "Requests", "the Director General to submit to the Standing Committee on "
                "Programmes and Finance at its Twenty-second Session a revision of the Programme "
                "and Budget for 2018 reflecting the funding actually confirmed for projects, "
                "together with a report on the use of Operational Support Income;"))
    s.append(op(4, "Decides", "to review the implementation of the Programme and Budget for 2018 "
                "at its 109th Session on the basis of the summary update to be presented by the "
                "Administration."))
    return s


def draft_three():
    s = [KeepTogether([
        Spacer(1, LEAD * 0.6),
        Paragraph("DRAFT RESOLUTION ON THE CONTRIBUTION OF IOM TO THE<br/>GLOBAL COMPACT FOR "
                  "SAFE, ORDERLY AND REGULAR MIGRATION", rtitle),
        Paragraph("(Submitted by Costa Rica, Ghana, Morocco, the Philippines and Switzerland)",
                  submitted),
        Paragraph("<i>The Council,</i>", council)])]
    s.append(preamble("Recalling",
                      "the New York Declaration for Refugees and Migrants, by which the States "
                      "Members of the United Nations committed themselves to launching "
                      "negotiations leading to the adoption of a global compact on migration in "
                      "2018,%s" % sup("1"), markers=("1",)))
    s.append(preamble("Recalling also",
                      "its Resolution No. 1317 of 30 June 2016, which approved the Agreement "
                      "concerning the Relationship between the United Nations and the "
                      "International Organization for Migration,"))
    s.append(preamble("Noting with appreciation",
                      "the technical and policy support provided by the Administration to the "
                      "co-facilitators during the consultation phase of the process, as "
                      "described in document C/108/INF/3,"))
    s.append(preamble("Taking into account",
                      "the exchanges held at the two workshops of the International Dialogue "
                      "on Migration convened in New York and Geneva in 2017,"))
    s.append(op(1, "Welcomes", "the role entrusted to the Organization in supporting the "
                "preparation of the global compact and commends the Director General for the "
                "contributions made to date;"))
    s.append(op(2, "Requests", "the Director General to keep Member States regularly informed, "
                "through briefings and written updates, of the support that the Organization "
                "will provide during the intergovernmental negotiations to be held in 2018;"))
    s.append(op(3, "Decides", "to include an item on the global compact for safe, orderly and "
                "regular migration in the provisional agenda of its 109th Session."))
    return s


class Doc(BaseDocTemplate):
    def __init__(self, fn_pages, **kw):
        BaseDocTemplate.__init__(self, OUT, pagesize=A4, leftMargin=LM, rightMargin=RM,
                                 topMargin=TM, bottomMargin=BM,
                                 title="C/108/L/9 - Draft resolutions", author="IOM")
        self.fn_pages = fn_pages          # page -> list of markers
        tpls = []
        for first in (True, False):
            for fn in (False, True):
                name = "%s_%s" % ("first" if first else "later", "fn" if fn else "plain")
                top = PAGE_H - TM - (0 if first else HEADER_SPACE)
                bottom = BM + (self._fn_height() if fn else 0)
                fr = Frame(LM, bottom, FRAME_W, top - bottom, id=name, leftPadding=0,
                           rightPadding=0, topPadding=0, bottomPadding=0)
                tpls.append(PageTemplate(id=name, frames=[fr], onPage=self.on_page))
        self.addPageTemplates(tpls)

    def _fn_height(self):
        h = 0.9 * cm   # rule + gap
        for m, t in FOOTNOTES.items():
            p = Paragraph(sup(m) + "\u00a0" + t, fnstyle)
            w, hh = p.wrap(FRAME_W, 1000)
            h += hh + 2
        return h

    def template_for(self, page):
        first = page == 1
        fn = page in self.fn_pages
        return "%s_%s" % ("first" if first else "later", "fn" if fn else "plain")

    def handle_documentBegin(self):
        BaseDocTemplate.handle_documentBegin(self)
        self.pageTemplate = [t for t in self.pageTemplates if t.id == self.template_for(1)][0]

    def afterPage(self):
        self.handle_nextPageTemplate(self.template_for(self.page + 1))

    def on_page(self, canv, doc):
        page = doc.page
        canv.saveState()
        if page > 1:
            canv.setFont(FONT, 11)
            canv.drawRightString(PAGE_W - RM, PAGE_H - TM + 0.35 * cm, SYMBOL)
            canv.drawRightString(PAGE_W - RM, PAGE_H - TM - 0.15 * cm, "Page %d" % page)
        markers = self.fn_pages.get(page, [])
        if markers:
            y = BM + self._fn_height() - 0.45 * cm
            canv.setFont(FONT, 11)
            canv.drawString(LM, y, "__________")
            y -= 0.35 * cm
            for m in markers:
                p = Paragraph(sup(m) + "\u00a0" + FOOTNOTES[m], fnstyle)
                w, h = p.wrap(FRAME_W, 1000)
                p.drawOn(canv, LM, y - h)
                y -= h + 2
        canv.restoreState()


def story():
    return cover_block() + draft_one() + draft_two() + draft_three()


def build():
    fn_pages = {}
    for _ in range(6):
        DOC_STATE["fnpage"] = {}
        doc = Doc(fn_pages)
        doc.build(story())
        got = {}
        for m, pg in DOC_STATE["fnpage"].items():
            got.setdefault(pg, []).append(m)
        for pg in got:
            got[pg].sort(key=int)
        if got == fn_pages:
            break
        fn_pages = got
    else:
        raise SystemExit("footnote placement did not converge")
    print("pages:", doc.page, "footnotes on:", fn_pages)


if __name__ == "__main__":
    build()
