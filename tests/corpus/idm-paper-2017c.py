"""Draw idm-paper-2017c.pdf: a 2017 Council information note on the
International Dialogue on Migration (C/108/INF/2), laid out the IOM way.

Footnotes are placed at the foot of the page where their marker falls: the
document is built repeatedly; each pass records on which page every
footnoted block and every chapter heading landed, and the next pass reserves
room for the footnotes on those pages and fills in the contents page numbers.
"""
import os

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "idm-paper-2017c.pdf")

SYMBOL = "C/108/INF/2"
PAGE_W, PAGE_H = A4
LM = RM = 2.5 * cm
TM = 2.2 * cm
BM = 2.2 * cm
HEADER_GAP = 1.3 * cm          # room for the running header on pages 2+
BODY_W = PAGE_W - LM - RM

FONT, BOLD = "Times-Roman", "Times-Bold"
FS = 12
LEAD = 14.6

st_body = ParagraphStyle("body", fontName=FONT, fontSize=FS, leading=LEAD,
                         alignment=TA_JUSTIFY, spaceAfter=10,
                         bulletFontName=FONT, bulletFontSize=FS)
st_num = ParagraphStyle("num", parent=st_body, firstLineIndent=1.27 * cm, leftIndent=0,
                        bulletIndent=0, bulletFontName=FONT, bulletFontSize=FS)
st_item = ParagraphStyle("item", parent=st_body, leftIndent=2.5 * cm,
                         bulletIndent=1.27 * cm, spaceAfter=5)
st_bullet = ParagraphStyle("bullet", parent=st_body, leftIndent=1.9 * cm,
                           bulletIndent=1.27 * cm, spaceAfter=5)
st_q = ParagraphStyle("q", parent=st_body, leftIndent=1.9 * cm,
                      bulletIndent=1.27 * cm, spaceAfter=6)
st_h1 = ParagraphStyle("h1", fontName=BOLD, fontSize=FS, leading=LEAD,
                       alignment=TA_LEFT, spaceBefore=8, spaceAfter=10,
                       leftIndent=1.27 * cm, firstLineIndent=0, keepWithNext=1,
                       bulletFontName=BOLD, bulletFontSize=FS)
st_h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=FS, leading=LEAD,
                       alignment=TA_LEFT, spaceBefore=2, spaceAfter=8,
                       leftIndent=1.27 * cm, firstLineIndent=0, keepWithNext=1,
                       bulletFontName=BOLD, bulletFontSize=FS)
st_right = ParagraphStyle("right", fontName=FONT, fontSize=FS, leading=LEAD,
                          alignment=TA_RIGHT)
st_center_b = ParagraphStyle("cb", fontName=BOLD, fontSize=FS + 0.5,
                             leading=LEAD + 1, alignment=TA_CENTER)
st_center = ParagraphStyle("c", fontName=FONT, fontSize=FS, leading=LEAD,
                           alignment=TA_CENTER)
st_caption = ParagraphStyle("cap", fontName=BOLD, fontSize=FS - 1,
                            leading=LEAD - 1, alignment=TA_CENTER, spaceAfter=4)
st_cell = ParagraphStyle("cell", fontName=FONT, fontSize=FS - 1.5,
                         leading=LEAD - 2)
st_fn = ParagraphStyle("fn", fontName=FONT, fontSize=9, leading=11,
                       alignment=TA_JUSTIFY, leftIndent=0.5 * cm,
                       firstLineIndent=-0.5 * cm)
st_toc_head = ParagraphStyle("toch", fontName=BOLD, fontSize=FS, leading=LEAD,
                             alignment=TA_CENTER, spaceBefore=4, spaceAfter=6)
st_toc = ParagraphStyle("toc", fontName=FONT, fontSize=FS, leading=LEAD)

# --------------------------------------------------------------------------
# Content
# --------------------------------------------------------------------------
FOOTNOTES = {
    "1": "United Nations General Assembly resolution 71/1, adopted on "
         "19 September 2016. Annex II of the Declaration sets out the steps "
         "towards a global compact for safe, orderly and regular migration, "
         "to be adopted at an intergovernmental conference in 2018.",
    "2": "The programmes of both workshops, the list of speakers and the "
         "background papers circulated to participants are available on the "
         "Dialogue pages of the IOM website.",
    "3": "Examples cited during the discussion included bilateral "
         "arrangements in West Africa and South-East Asia under which "
         "consular staff and labour inspectors share case information, with "
         "the consent of the migrant concerned.",
}

CHAPTERS = [
    ("I", "INTRODUCTION"),
    ("II", "THE 2017 DIALOGUE IN FIGURES"),
    ("III", "KEY CONCLUSIONS OF THE TWO WORKSHOPS"),
    ("IV", "IMPLICATIONS FOR THE GLOBAL COMPACT PROCESS"),
    ("V", "QUESTIONS FOR THE COUNCIL"),
]


def sup(n):
    return '<super rise="4" size="8">%s</super>' % n


PARA_NO = [0]


def para(text, fns=()):
    PARA_NO[0] += 1
    p = Paragraph(text, st_num, bulletText="%d." % PARA_NO[0])
    p._fns = list(fns)
    return p


def item(label, text, style=st_item, fns=()):
    p = Paragraph(text, style, bulletText=label)
    p._fns = list(fns)
    return p


class Heading(Paragraph):
    def __init__(self, num, words, style, chapter=None):
        Paragraph.__init__(self, words, style, bulletText="%s." % num)
        self._chapter = chapter


class TocLine(Flowable):
    """One contents entry: label, dotted leaders, right-aligned page."""

    def __init__(self, label, page):
        Flowable.__init__(self)
        self.label, self.pg = label, page

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, LEAD + 3

    def draw(self):
        c = self.canv
        c.setFont(FONT, FS)
        y = 4
        if self.label is None:
            c.drawRightString(self.aw, y, self.pg)
            w = c.stringWidth(self.pg, FONT, FS)
            c.setLineWidth(0.5)
            c.line(self.aw - w, y - 1.5, self.aw, y - 1.5)
            return
        num, words = self.label.split("   ", 1)
        c.drawString(0, y, num)
        c.drawString(1.27 * cm, y, words)
        x0 = 1.27 * cm + c.stringWidth(words, FONT, FS) + 6
        pw = c.stringWidth(self.pg, FONT, FS)
        x1 = self.aw - pw - 6
        dw = c.stringWidth(".", FONT, FS) * 1.6
        x = x0
        while x + dw <= x1:
            c.drawString(x, y, ".")
            x += dw
        c.drawRightString(self.aw, y, self.pg)


def build_story(toc_pages):
    PARA_NO[0] = 0
    s = []
    # ----- cover block ----------------------------------------------------
    s.append(Paragraph(SYMBOL, st_right))
    s.append(Spacer(1, 6))
    s.append(Paragraph("Original: English", st_right))
    s.append(Paragraph("6 November 2017", st_right))
    s.append(Spacer(1, 22))
    s.append(Paragraph("COUNCIL", st_center_b))
    s.append(Spacer(1, 4))
    s.append(Paragraph("<b>108th Session</b>", st_center))
    s.append(Spacer(1, 22))
    s.append(Paragraph("INTERNATIONAL DIALOGUE ON MIGRATION 2017:", st_center_b))
    s.append(Paragraph("SUMMARY OF CONCLUSIONS AND NEXT STEPS", st_center_b))
    s.append(Spacer(1, 6))
    s.append(Paragraph("(Information note prepared by the Administration)",
                       st_center))
    s.append(Spacer(1, 22))

    # ----- contents -------------------------------------------------------
    s.append(Paragraph("CONTENTS", st_toc_head))
    s.append(TocLine(None, "Page"))
    for num, words in CHAPTERS:
        s.append(TocLine("%s.   %s" % (num, words), toc_pages.get(num, "0")))
    s.append(Spacer(1, 20))

    # ----- I ----------------------------------------------------------------
    s.append(Heading("I", "INTRODUCTION", st_h1, "I"))
    s.append(para(
        "The International Dialogue on Migration (IDM) is the principal "
        "forum of the Organization for migration policy dialogue. Since its "
        "launch at the Eighty-second Session of the Council in 2001, it has "
        "given Member States, observers and partners an informal space in "
        "which to compare experiences, test ideas and look for common ground "
        "on the governance of human mobility. The theme for each year is "
        "chosen by the Administration in consultation with the membership and "
        "reflects the priorities voiced by Member States in the Council and "
        "in the Standing Committee on Programmes and Finance."))
    s.append(para(
        "The year 2017 saw the start of intergovernmental consultations on a "
        "global compact for safe, orderly and regular migration, as foreseen "
        "in the New York Declaration for Refugees and Migrants." + sup("1") +
        " Against this background, the Administration proposed, and Member "
        "States endorsed, the overarching theme \u201cStrengthening "
        "international cooperation on and governance of migration towards the "
        "adoption of a global compact on migration in 2018\u201d. The theme "
        "builds on the Migration Governance Framework (C/106/40), welcomed by "
        "the Council in Resolution No. 1310 of 24 November 2015, and on the "
        "conclusions of the 2016 Dialogue presented in document C/107/INF/1.",
        fns=["1"]))
    s.append(para(
        "The present note is submitted for the information of the Council. "
        "It has three purposes, namely:"))
    s.append(item("(a)", "to describe the format of the two workshops held "
                  "in 2017 and the participation they attracted;"))
    s.append(item("(b)", "to summarize the main conclusions reached by "
                  "participants; and"))
    s.append(item("(c)", "to outline how those conclusions are being fed "
                  "into the preparatory process of the global compact and "
                  "into the work of the Dialogue in 2018."))
    s.append(Spacer(1, 4))

    # ----- II ---------------------------------------------------------------
    s.append(Heading("II", "THE 2017 DIALOGUE IN FIGURES", st_h1, "II"))
    s.append(para(
        "Two workshops were convened in 2017. The first was held at United "
        "Nations Headquarters in New York on 18 and 19 April 2017, and the "
        "second at the Palais des Nations in Geneva on 18 and 19 July 2017. "
        "Each workshop comprised a high-level opening panel, four thematic "
        "sessions and a closing session at which the rapporteur presented a "
        "summary of the deliberations for comment by delegations."))
    s.append(para(
        "Each workshop was prepared through a background paper circulated to "
        "permanent missions four weeks in advance and through informal "
        "briefings held with Member States in Geneva and New York. "
        "Interpretation in English, French and Spanish was provided "
        "throughout, and both events were webcast live."))
    s.append(para(
        "Registrations for the two events totalled 378, compared with 346 in "
        "2016. Member States accounted for more than half of all "
        "participants, while 77 representatives of civil society, academia, "
        "diaspora associations and the private sector took part. The "
        "breakdown by category is given in Table 1."))

    cap = Paragraph("Table 1. Participation in the 2017 workshops "
                    "(number of participants)", st_caption)
    data = [
        ("Category", "New York", "Geneva", "Total"),
        ("Member States", "98", "112", "210"),
        ("Observer States", "4", "6", "10"),
        ("United Nations entities", "21", "24", "45"),
        ("Other international organizations", "17", "19", "36"),
        ("Civil society and private sector", "36", "41", "77"),
        ("Total", "176", "202", "378"),
    ]
    tbl = Table([list(r) for r in data],
                colWidths=[6.4 * cm, 2.5 * cm, 2.5 * cm, 2.5 * cm])
    tbl.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, FS - 1.5),
        ("FONT", (0, 0), (-1, 0), BOLD, FS - 1.5),
        ("FONT", (0, -1), (-1, -1), BOLD, FS - 1.5),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
    ]))
    s.append(KeepTogether([cap, tbl, Spacer(1, 12)]))

    s.append(para(
        "Speakers were drawn from all regions. Of the 74 panellists, 39 were "
        "government officials and 35 came from international organizations, "
        "academia, civil society and the private sector; 33 of the panellists "
        "were women." + sup("2"), fns=["2"]))
    s.append(para(
        "As in previous years, the Dialogue relied on voluntary "
        "contributions. The Governments of Australia, Germany, Switzerland "
        "and the United States of America supported the organization of the "
        "workshops, while contributions from Canada and the Republic of Korea "
        "made it possible to fund the participation of 26 government experts "
        "from least developed countries."))

    # ----- III --------------------------------------------------------------
    s.append(Heading("III", "KEY CONCLUSIONS OF THE TWO WORKSHOPS", st_h1,
                     "III"))
    s.append(Heading("A", "First workshop: whole-of-government and "
                     "whole-of-society approaches", st_h2))
    s.append(para(
        "The New York workshop looked at the institutional arrangements that "
        "allow States to govern migration coherently. Participants agreed "
        "that no single ministry can address the many dimensions of "
        "migration on its own, and that policies on labour, health, "
        "education, security and development need to be designed with their "
        "effects on migrants and on communities in mind."))
    s.append(para(
        "Delegations from Ecuador, Ethiopia, Indonesia and Sweden described "
        "inter-ministerial committees and national coordination platforms "
        "set up in recent years. Several speakers stressed that local "
        "authorities, employers and migrant associations should be consulted "
        "from the outset rather than informed once decisions have been taken."))
    s.append(para(
        "The workshop also heard from the chairs of several regional "
        "consultative processes on migration, who explained how these "
        "informal forums had helped neighbouring States to build trust, "
        "harmonize terminology and agree on joint training for border and "
        "labour officials."))
    s.append(Heading("B", "Second workshop: understanding migrant "
                     "vulnerabilities", st_h2))
    s.append(para(
        "The Geneva workshop examined the circumstances that place migrants "
        "in situations of vulnerability before departure, in transit and at "
        "destination. Speakers underlined that vulnerability is not an "
        "inherent attribute of any group of migrants, but arises from the "
        "interaction of individual, household, community and structural "
        "factors, many of which can be addressed through policy."))
    s.append(para(
        "Participants identified a number of practical measures that could "
        "usefully be reflected in the global compact:"))
    s.append(item("\u2022", "the systematic collection of disaggregated data "
                  "on migrants in vulnerable situations, including "
                  "unaccompanied and separated children;", st_bullet))
    s.append(item("\u2022", "referral mechanisms that connect first "
                  "responders, consular services and protection agencies "
                  "across borders;" + sup("3"), st_bullet, fns=["3"]))
    s.append(item("\u2022", "access to basic services, in particular "
                  "emergency health care and primary education, irrespective "
                  "of migratory status; and", st_bullet))
    s.append(item("\u2022", "the inclusion of migrants in national disaster "
                  "preparedness and response plans.", st_bullet))
    s.append(Spacer(1, 4))
    s.append(Heading("C", "Cross-cutting observations", st_h2))
    s.append(para(
        "Across both workshops, participants returned to the need for "
        "reliable data, for sustained investment in the capacity of national "
        "administrations, and for partnerships that go beyond the "
        "traditional divide between countries of origin, transit and "
        "destination."))
    s.append(para(
        "Many delegations also observed that the global compact would be "
        "judged by its implementation. They encouraged the Organization to "
        "draw on its field presence in more than 150 countries to help "
        "States translate the commitments made in 2018 into concrete "
        "programmes."))

    # ----- IV ---------------------------------------------------------------
    s.append(Heading("IV", "IMPLICATIONS FOR THE GLOBAL COMPACT PROCESS",
                     st_h1, "IV"))
    s.append(para(
        "The summary conclusions of both workshops have been transmitted to "
        "the co-facilitators of the intergovernmental consultations and to "
        "the Special Representative of the Secretary-General for International "
        "Migration. The Administration has also reflected them in its "
        "contributions to the thematic sessions held in Geneva, New York and "
        "Vienna between May and October 2017, as reported in the report of "
        "the Director General on the work of the Organization (C/108/3)."))
    s.append(para(
        "At the request of the co-facilitators, the Organization also "
        "prepared a consolidated summary of the outcomes of all IDM sessions "
        "held since 2001 that bear on the elements of the compact. Organized "
        "under the headings of the Migration Governance Framework, the "
        "summary was shared with Member States as a non-paper in "
        "September 2017."))
    s.append(para(
        "The conclusions will further inform the stocktaking meeting to be "
        "held in Puerto Vallarta, Mexico, from 4 to 6 December 2017. The "
        "full reports of the two workshops will be published in the Red Book "
        "series in the first quarter of 2018."))

    # ----- V ----------------------------------------------------------------
    s.append(Heading("V", "QUESTIONS FOR THE COUNCIL", st_h1, "V"))
    s.append(para(
        "Members and observers may wish to consider the following questions "
        "when giving the Administration guidance on the Dialogue for 2018:"))
    qs = [
        "How can the Dialogue best support Member States in the "
        "implementation and follow-up of the global compact once it has been "
        "adopted?",
        "Which themes should be given priority in 2018, bearing in mind the "
        "timetable of the intergovernmental negotiations?",
        "Should one of the 2018 workshops be held outside Geneva and New "
        "York, in cooperation with a regional consultative process?",
        "How can the participation of local authorities, migrants and the "
        "private sector in the Dialogue be further strengthened?",
    ]
    for i, q in enumerate(qs, 1):
        s.append(item("%d." % i, q, st_q))
    return s


# --------------------------------------------------------------------------
# Document template with footnote reservation
# --------------------------------------------------------------------------
def fn_block_height(keys):
    h = 14  # rule plus gap
    for k in keys:
        p = Paragraph(sup(k) + "&nbsp;&nbsp;" + FOOTNOTES[k], st_fn)
        _, ph = p.wrap(BODY_W, 1000)
        h += ph + 2
    return h


class Doc(BaseDocTemplate):
    def __init__(self, fn_pages, **kw):
        BaseDocTemplate.__init__(self, OUT, pagesize=A4, leftMargin=LM,
                                 rightMargin=RM, topMargin=TM,
                                 bottomMargin=BM, title="C/108/INF/2",
                                 author="IOM")
        self.fn_pages = fn_pages           # page -> [footnote keys]
        self.rec_fns = {}                  # footnote key -> page
        self.rec_heads = {}                # chapter -> page
        self._tmpls = {}
        self.addPageTemplates([self.template_for(1)])

    def template_for(self, page):
        keys = self.fn_pages.get(page, [])
        reserve = fn_block_height(keys) if keys else 0
        top = PAGE_H - TM - (HEADER_GAP if page > 1 else 0)
        bottom = BM + reserve
        key = (page > 1, reserve)
        if key not in self._tmpls:
            fr = Frame(LM, bottom, BODY_W, top - bottom, leftPadding=0,
                       rightPadding=0, topPadding=0, bottomPadding=0,
                       id="f%d_%d" % key)
            self._tmpls[key] = PageTemplate(id="t%d_%d" % key, frames=[fr],
                                            onPage=self.decorate)
        return self._tmpls[key]

    def handle_pageBegin(self):
        self.pageTemplate = self.template_for(self.page + 1)
        BaseDocTemplate.handle_pageBegin(self)

    def decorate(self, canv, doc):
        page = doc.page
        canv.saveState()
        if page > 1:
            canv.setFont(FONT, FS)
            canv.drawRightString(PAGE_W - RM, PAGE_H - TM + 2, SYMBOL)
            canv.drawRightString(PAGE_W - RM, PAGE_H - TM + 2 - LEAD,
                                 "Page %d" % page)
        keys = self.fn_pages.get(page, [])
        if keys:
            y = BM + fn_block_height(keys) - 6
            canv.setLineWidth(0.5)
            canv.line(LM, y, LM + 5 * cm, y)
            y -= 6
            for k in keys:
                p = Paragraph(sup(k) + "&nbsp;&nbsp;" + FOOTNOTES[k], st_fn)
                _, ph = p.wrap(BODY_W, 1000)
                p.drawOn(canv, LM, y - ph)
                y -= ph + 2
        canv.restoreState()

    def afterFlowable(self, fl):
        for k in getattr(fl, "_fns", []):
            self.rec_fns.setdefault(k, self.page)
        ch = getattr(fl, "_chapter", None)
        if ch:
            self.rec_heads[ch] = self.page


def main():
    fn_pages, toc = {}, {}
    for _ in range(8):
        doc = Doc(fn_pages)
        doc.build(build_story(toc))
        new_fn_pages = {}
        for k, p in sorted(doc.rec_fns.items(), key=lambda kv: int(kv[0])):
            new_fn_pages.setdefault(p, []).append(k)
        new_toc = {c: str(p) for c, p in doc.rec_heads.items()}
        if new_fn_pages == fn_pages and new_toc == toc:
            break
        fn_pages, toc = new_fn_pages, new_toc
    else:
        raise SystemExit("layout did not converge")
    print("pages:", doc.page, "footnotes:", fn_pages, "toc:", toc)


if __name__ == "__main__":
    main()
