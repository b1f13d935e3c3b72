#!/usr/bin/env python
"""Draw info-note-2016c.pdf: an IOM Council information note of 2016 (C/107/INF/1).

Word-template look: paragraph numbers hang at the left margin, the text runs on an
indent after them, and consecutive numbered paragraphs have no extra space between them.
Footnotes are placed at the foot of the page where their marker falls (multi-pass layout).
"""
import os

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer,
                                Table, TableStyle, NextPageTemplate, PageBreak, KeepTogether)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "info-note-2016c.pdf")

SYMBOL = "C/107/INF/1"
PAGE_W, PAGE_H = A4
LM = RM = 2.5 * cm
TM = 2.5 * cm
BM = 2.2 * cm
TEXT_W = PAGE_W - LM - RM

FONT = "Helvetica"
BOLD = "Helvetica-Bold"
SIZE = 10.5
LEAD = 13.5
HANG = 1.27 * cm          # the Word default hanging indent

# ----------------------------------------------------------------------------- styles
body = ParagraphStyle("body", fontName=FONT, fontSize=SIZE, leading=LEAD, alignment=TA_JUSTIFY,
                      spaceBefore=0, spaceAfter=0)
numbered = ParagraphStyle("numbered", parent=body, leftIndent=HANG, bulletIndent=0,
                          bulletFontName=FONT, bulletFontSize=SIZE)
item_lettered = ParagraphStyle("item_lettered", parent=body, leftIndent=2 * HANG,
                               bulletIndent=HANG, bulletFontName=FONT, bulletFontSize=SIZE)
item_bullet = ParagraphStyle("item_bullet", parent=body, leftIndent=2 * HANG,
                             bulletIndent=HANG + 0.35 * cm, bulletFontName=FONT,
                             bulletFontSize=SIZE)
heading = ParagraphStyle("heading", parent=body, fontName=BOLD, alignment=TA_LEFT,
                         leftIndent=HANG, bulletIndent=0, bulletFontName=BOLD,
                         bulletFontSize=SIZE, spaceBefore=LEAD, spaceAfter=LEAD, keepWithNext=1)
running_title = ParagraphStyle("running_title", parent=body, fontName=BOLD, alignment=TA_CENTER,
                               spaceAfter=LEAD)
caption = ParagraphStyle("caption", parent=body, fontName=BOLD, alignment=TA_CENTER,
                         fontSize=9.5, leading=12, spaceBefore=LEAD * 0.5, spaceAfter=3,
                         keepWithNext=1)
cell = ParagraphStyle("cell", fontName=FONT, fontSize=9.5, leading=11.5)
cell_b = ParagraphStyle("cell_b", parent=cell, fontName=BOLD)
cell_r = ParagraphStyle("cell_r", parent=cell, alignment=TA_RIGHT)
cell_rb = ParagraphStyle("cell_rb", parent=cell_r, fontName=BOLD)
cover_right = ParagraphStyle("cover_right", fontName=FONT, fontSize=11, leading=14,
                             alignment=TA_RIGHT)
cover_right_b = ParagraphStyle("cover_right_b", parent=cover_right, fontName=BOLD)
cover_center_b = ParagraphStyle("cover_center_b", fontName=BOLD, fontSize=12, leading=15,
                                alignment=TA_CENTER)
cover_title = ParagraphStyle("cover_title", fontName=BOLD, fontSize=13, leading=18,
                             alignment=TA_CENTER)
fn_style = ParagraphStyle("fn", fontName=FONT, fontSize=8.5, leading=10.2, alignment=TA_JUSTIFY,
                          leftIndent=0.4 * cm, firstLineIndent=-0.4 * cm)

# ----------------------------------------------------------------------------- footnotes
FOOTNOTES = {
    "1": "General Assembly resolution 71/1 of 19 September 2016 (A/RES/71/1). Annex I of the "
         "Declaration contains a comprehensive refugee response framework; Annex II sets out the "
         "path towards the global compact on migration.",
    "2": "The options examined by Member States before that decision, including the costs and "
         "legal implications of each, were presented in document C/106/INF/12 and discussed at "
         "two rounds of informal consultations in October and November 2015.",
    "3": "Resolution No. 1310 of 24 November 2015. The Framework itself is reproduced in "
         "document C/106/40.",
    "4": "Figures as at 31 October 2016. A further pledge of USD 150,000 announced by Ghana on "
         "4 November 2016 had not yet been formalized when this note was finalized.",
}


def fn(label):
    """A raised footnote marker that reports its page when drawn."""
    return '<onDraw name="fnmark" label="%s"/><super>%s</super>' % (label, label)


# ----------------------------------------------------------------------------- content
def P(num, text):
    return Paragraph(text, numbered, bulletText="%d." % num)


def H(num, text):
    return Paragraph(text, heading, bulletText="%s." % num)


def LI(label, text):
    return Paragraph(text, item_lettered, bulletText=label)


def BI(text):
    return Paragraph(text, item_bullet, bulletText="\u2022")


def cost_table():
    rows = [
        ("Activity", "2017", "2018", "Total"),
        ("Secretariat and liaison support", "620,000", "540,000", "1,160,000"),
        ("Thematic and regional consultations", "850,000", "310,000", "1,160,000"),
        ("Data, research and background papers", "410,000", "260,000", "670,000"),
        ("Stocktaking and conference support", "120,000", "690,000", "810,000"),
        ("Total", "2,000,000", "1,800,000", "3,800,000"),
    ]
    # arithmetic guard: columns and rows must add up
    nums = [[int(c.replace(",", "")) for c in r[1:]] for r in rows[1:-1]]
    tot = [int(c.replace(",", "")) for c in rows[-1][1:]]
    assert [sum(col) for col in zip(*nums)] == tot
    assert all(r[0] + r[1] == r[2] for r in nums)

    data = []
    for i, r in enumerate(rows):
        if i == 0:
            data.append([Paragraph(r[0], cell_b)] + [Paragraph(c, cell_rb) for c in r[1:]])
        elif i == len(rows) - 1:
            data.append([Paragraph(r[0], cell_b)] + [Paragraph(c, cell_rb) for c in r[1:]])
        else:
            data.append([Paragraph(r[0], cell)] + [Paragraph(c, cell_r) for c in r[1:]])
    width = TEXT_W - HANG
    t = Table(data, colWidths=[width - 3 * 2.6 * cm, 2.6 * cm, 2.6 * cm, 2.6 * cm], hAlign="RIGHT")
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ]))
    return t


def story():
    s = []
    # ---------------------------------------------------------------- cover
    s.append(Paragraph(SYMBOL, cover_right_b))
    s.append(Spacer(1, 4))
    s.append(Paragraph("Original: English", cover_right))
    s.append(Paragraph("9 November 2016", cover_right))
    s.append(Spacer(1, 4.2 * cm))
    s.append(Paragraph("COUNCIL", cover_center_b))
    s.append(Spacer(1, 8))
    s.append(Paragraph("107th Session", cover_center_b))
    s.append(Spacer(1, 6.5 * cm))
    s.append(Paragraph("IOM AND THE PREPARATORY PROCESS FOR A GLOBAL COMPACT", cover_title))
    s.append(Paragraph("FOR SAFE, ORDERLY AND REGULAR MIGRATION", cover_title))
    s.append(NextPageTemplate("body1"))
    s.append(PageBreak())

    # ---------------------------------------------------------------- body
    s.append(Paragraph("IOM AND THE PREPARATORY PROCESS FOR A GLOBAL COMPACT<br/>"
                       "FOR SAFE, ORDERLY AND REGULAR MIGRATION", running_title))

    s.append(H("I", "INTRODUCTION"))
    s.append(P(1,
        "On 19 September 2016, at a high-level plenary meeting of the United Nations General "
        "Assembly devoted to large movements of refugees and migrants, Heads of State and "
        "Government adopted by consensus the New York Declaration for Refugees and Migrants."
        + fn("1") + " Among its many commitments, the Declaration set in motion an "
        "intergovernmental process intended to lead to the adoption, at a conference to be "
        "convened in 2018, of a global compact for safe, orderly and regular migration: the "
        "first comprehensive framework on international migration to be negotiated among all "
        "States Members of the United Nations."))
    s.append(P(2,
        "This note informs the Council of the role that the Declaration assigns to IOM in that "
        "process, describes the arrangements the Administration has made since the Summit and "
        "sets out, in broad terms, the activities foreseen for 2017 and 2018 together with their "
        "estimated cost. It builds on the oral update given to the Standing Committee on "
        "Programmes and Finance at its Nineteenth Session and on the information contained in "
        "document S/19/8, and it is presented for information only."))
    s.append(P(3,
        "On the same day as the adoption of the Declaration, the Secretary-General of the United "
        "Nations and the Director General signed the Agreement concerning the Relationship "
        "between the United Nations and the International Organization for Migration, the text "
        "of which Member States had approved through Resolution No. 1317 of 30 June 2016. IOM "
        "now takes part in the work of the United Nations system as a related organization, "
        "while retaining its independent governance, its budget structure and its "
        "projectized, field-based way of working."))

    s.append(H("II", "THE NEW YORK DECLARATION AND THE ROLE OF IOM"))
    s.append(P(4,
        "The Declaration combines commitments that apply to refugees and migrants alike with "
        "two sets of commitments specific to each group. Its Annex II outlines how the compact "
        "on migration is to be developed: through a State-led process under the auspices of the "
        "General Assembly, open to the participation of all relevant stakeholders, and informed "
        "by the 2030 Agenda for Sustainable Development, in particular target 10.7 on "
        "well-managed migration policies."))
    s.append(P(5,
        "Annex II further provides that the negotiations will be serviced jointly by the "
        "United Nations Secretariat and IOM, with the Organization contributing the technical "
        "and policy expertise it has built up over more than six decades. This is the first "
        "occasion on which IOM has been given a formal role in servicing a negotiation of the "
        "General Assembly, and it follows directly from the decision that Member States took in "
        "Resolution No. 1309 of 24 November 2015 to seek a closer legal relationship with the "
        "United Nations." + fn("2")))
    s.append(P(6,
        "The Declaration does not prescribe the content of the future compact, but Annex II "
        "lists a number of elements that States may wish to consider. In the Administration's "
        "reading, these fall into three broad clusters:"))
    s.append(LI("(a)",
        "facilitating safe, orderly and regular migration, including labour mobility, family "
        "reunification, the recognition of skills and qualifications and the portability of "
        "earned social security benefits;"))
    s.append(LI("(b)",
        "protecting the human rights of all migrants, regardless of their status, and "
        "responding to the needs of migrants in vulnerable situations, including those "
        "caught up in countries experiencing conflict or natural disaster; and"))
    s.append(LI("(c)",
        "strengthening international cooperation on border management, return and "
        "readmission, the prevention of migrant smuggling and trafficking in persons, and on "
        "harnessing the contribution of migrants and diasporas to sustainable development."))
    s.append(P(7,
        "The precise modalities of the process, including the format and timing of the "
        "preparatory meetings and the arrangements for the participation of civil society, the "
        "private sector and migrants themselves, are to be set out in a resolution that the "
        "General Assembly is expected to adopt early in 2017. Two co-facilitators, one from a "
        "developed and one from a developing country, are to be appointed by the President of "
        "the General Assembly to lead the intergovernmental consultations."))

    s.append(H("III", "SUPPORT PROVIDED BY THE ADMINISTRATION"))
    s.append(P(8,
        "Within a week of the Summit, the Director General established an internal task force, "
        "chaired by the Deputy Director General and bringing together the Department of "
        "International Cooperation and Partnerships, the Department of Migration Management, "
        "the Department of Operations and Emergencies, the Office of Legal Affairs and the "
        "regional offices. The task force reports to the Director General every two weeks."))
    s.append(P(9, "Since its establishment, the task force has:"))
    s.append(BI(
        "mapped the IOM policy frameworks, guidance and programme experience relevant to each "
        "element listed in Annex II, beginning with the Migration Governance Framework endorsed "
        "by the Council at its 106th Session;" + fn("3")))
    s.append(BI(
        "strengthened the Office of the Permanent Observer to the United Nations in New York "
        "with two staff members on temporary assignment from Headquarters;"))
    s.append(BI(
        "organized informal briefings for Member States in Geneva on 12 October 2016 and in "
        "New York on 3 November 2016; and"))
    s.append(BI(
        "opened discussions with the Office of the United Nations High Commissioner for "
        "Refugees, the Special Representative of the Secretary-General for International "
        "Migration and the members of the Global Migration Group on a division of labour for "
        "the preparatory phase."))
    s.append(P(10,
        "The Administration also intends to draw on the experience accumulated in the regional "
        "consultative processes on migration and the inter-regional forums, several of which "
        "have already placed the compact on the agenda of their next meetings. The Sixth Global "
        "Meeting of Chairs and Secretariats of Regional Consultative Processes, planned for the "
        "second half of 2017, would offer a natural occasion to bring their contributions "
        "together."))
    s.append(P(11,
        "Reliable data will be essential if the compact is to rest on evidence rather than "
        "perception. The Global Migration Data Analysis Centre, opened in Berlin in September "
        "2015, will prepare a series of short background papers on the state of knowledge for "
        "each cluster of issues, drawing on national statistics, household surveys and the "
        "Organization's own operational data, and will make them available to all delegations "
        "ahead of the thematic consultations."))
    s.append(P(12,
        "The table below shows the Administration's current estimate of the cost of its "
        "support to the process over the two years. None of these costs can be absorbed within "
        "the Administrative Part of the Budget; they will have to be met from voluntary "
        "contributions and, to a limited extent, from discretionary income."))
    s.append(KeepTogether([
        Paragraph("Estimated costs, 2017\u20132018 (in US dollars)", caption),
        cost_table(),
        Spacer(1, LEAD),
    ]))
    s.append(P(13,
        "To date, Australia, Germany, Mexico and Switzerland have pledged a total of "
        "USD 1,150,000 towards these activities, of which USD 400,000 has been received." + fn("4")
        + " The Administration is grateful for this early support and encourages other Member "
        "States in a position to do so to contribute, preferably with unearmarked funds that "
        "can be allocated according to the needs of the process as they emerge."))

    s.append(H("IV", "NEXT STEPS"))
    s.append(P(14,
        "Pending the adoption of the modalities resolution, the Administration expects the "
        "process to unfold in three phases: a consultation phase in the first half of 2017, "
        "organized around a series of thematic sessions in Geneva, New York and Vienna; a "
        "stocktaking phase in the second half of the year, culminating in a preparatory meeting "
        "that Mexico has offered to host; and an intergovernmental negotiation phase from "
        "February 2018 until the conference."))
    s.append(P(15,
        "The International Dialogue on Migration will be devoted in 2017 to the theme of the "
        "compact, with two workshops planned for April and October. The Administration will "
        "also ensure that its support to the migration process remains consistent with the "
        "parallel work on a global compact on refugees, which is being led by the Office of "
        "the United Nations High Commissioner for Refugees."))
    s.append(P(16,
        "The Administration will keep Member States informed of developments through regular "
        "briefings and will submit a further written update to the Standing Committee on "
        "Programmes and Finance at its Twentieth Session in June 2017."))
    s.append(P(17,
        "The Council is invited to take note of the present information and to provide such "
        "guidance as it considers appropriate on the role of the Organization in the "
        "preparation of the global compact."))
    return s


# ----------------------------------------------------------------------------- machinery
class NoteCanvas(Canvas):
    marks = {}   # label -> physical page number (filled while drawing)

    def __init__(self, *a, **k):
        Canvas.__init__(self, *a, **k)
        self.setNamedCB("fnmark", NoteCanvas.fnmark)

    @staticmethod
    def fnmark(canv, kind, label):
        NoteCanvas.marks.setdefault(label, canv.getPageNumber())


def footnote_block(labels):
    """Return (height, list of wrapped paragraphs) for the footnotes of one page."""
    paras, h = [], 0
    for lab in labels:
        p = Paragraph("<super>%s</super>\u00a0%s" % (lab, FOOTNOTES[lab]), fn_style)
        w, ph = p.wrap(TEXT_W, PAGE_H)
        paras.append((p, ph))
        h += ph + 2
    return h, paras


SEP_GAP = 14   # space between text and separator rule, and rule and notes


def build(mapping):
    """One layout pass; mapping = {label: page} from the previous pass."""
    by_page = {}
    for lab, pg in sorted(mapping.items(), key=lambda kv: int(kv[0])):
        by_page.setdefault(pg, []).append(lab)

    def reserve(pg):
        if pg not in by_page:
            return 0
        h, _ = footnote_block(by_page[pg])
        return h + 2 * SEP_GAP

    def on_cover(canv, doc):
        pass

    def on_body(canv, doc):
        pg = canv.getPageNumber()
        canv.saveState()
        canv.setFont(FONT, 10)
        canv.drawRightString(PAGE_W - RM, PAGE_H - 1.4 * cm, SYMBOL)
        canv.drawRightString(PAGE_W - RM, PAGE_H - 1.4 * cm - 12, "Page %d" % (pg - 1))
        if pg in by_page:
            h, paras = footnote_block(by_page[pg])
            y = BM + h
            canv.setLineWidth(0.5)
            canv.line(LM, y + SEP_GAP * 0.6, LM + 5 * cm, y + SEP_GAP * 0.6)
            for p, ph in paras:
                p.drawOn(canv, LM, y - ph)
                y -= ph + 2
        canv.restoreState()

    n_body = 8
    templates = [PageTemplate(id="cover", frames=[Frame(LM, BM, TEXT_W, PAGE_H - TM - BM,
                                                        id="cf", leftPadding=0, rightPadding=0,
                                                        topPadding=0, bottomPadding=0)],
                              onPage=on_cover)]
    for i in range(1, n_body + 1):
        pg = i + 1
        r = reserve(pg)
        fr = Frame(LM, BM + r, TEXT_W, PAGE_H - TM - BM - r, id="bf%d" % i,
                   leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        nxt = "body%d" % min(i + 1, n_body)
        templates.append(PageTemplate(id="body%d" % i, frames=[fr], onPage=on_body,
                                      autoNextPageTemplate=nxt))
    doc = BaseDocTemplate(OUT, pagesize=A4, pageTemplates=templates,
                          leftMargin=LM, rightMargin=RM, topMargin=TM, bottomMargin=BM,
                          title="IOM and the preparatory process for a global compact for "
                                "safe, orderly and regular migration",
                          author="International Organization for Migration",
                          subject=SYMBOL)
    NoteCanvas.marks = {}
    doc.build(story(), canvasmaker=NoteCanvas)
    return dict(NoteCanvas.marks), doc.page


def main():
    mapping = {}
    for _ in range(6):
        new, pages = build(mapping)
        if new == mapping:
            break
        mapping = new
    else:
        raise SystemExit("footnote layout did not converge: %r" % mapping)
    print("pages:", pages, "footnote pages:", mapping)


if __name__ == "__main__":
    main()
