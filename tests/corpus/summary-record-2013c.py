"""Draws summary-record-2013c.pdf: IOM Council provisional summary record MC/C/SR/538 (103rd Session, 27 November 2013)."""
import os

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                PageBreak, KeepTogether)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "summary-record-2013c.pdf")

SYMBOL = "MC/C/SR/538"
W, H = A4
LM = RM = 2.5 * cm
TM = 2.0 * cm
BM = 2.2 * cm
TW = W - LM - RM
FONT, BOLD, ITAL = "Times-Roman", "Times-Bold", "Times-Italic"
FS, LEAD = 11, 13.6
IND = 1.27 * cm

# ---------------------------------------------------------------- styles
body = ParagraphStyle("body", fontName=FONT, fontSize=FS, leading=LEAD, alignment=TA_JUSTIFY,
                      spaceAfter=8)
npara = ParagraphStyle("npara", parent=body, leftIndent=0, firstLineIndent=IND,
                       bulletIndent=0, bulletFontName=FONT, bulletFontSize=FS)
item = ParagraphStyle("item", parent=body, leftIndent=2 * IND, firstLineIndent=0,
                      bulletIndent=IND, bulletFontName=FONT, bulletFontSize=FS, spaceAfter=5)
h_item = ParagraphStyle("h_item", parent=body, fontName=BOLD, alignment=0, leftIndent=IND,
                        firstLineIndent=0, bulletIndent=0, bulletFontName=BOLD,
                        bulletFontSize=FS, spaceBefore=6, spaceAfter=8)
h_sub = ParagraphStyle("h_sub", parent=h_item, fontName=BOLD, spaceBefore=0, leftIndent=2 * IND,
                       bulletIndent=IND)
closing = ParagraphStyle("closing", parent=body, alignment=0, firstLineIndent=IND, spaceBefore=10)
fnstyle = ParagraphStyle("fn", fontName=FONT, fontSize=9, leading=10.8, leftIndent=0,
                         firstLineIndent=0, spaceAfter=2)

# ---------------------------------------------------------------- footnotes
FOOTNOTES = {
    "1": "See document MC/2384. The Standing Committee\u2019s discussion of the document is "
         "summarized in document SCPF/110, paragraphs 14 to 38.",
    "2": "Document MC/2391. Updated figures were circulated at the meeting as a conference "
         "room paper.",
    "3": "Adopted by the Council through Resolution No. 997 (LXXVI) of 24 November 1998. The "
         "consolidated text of the amended Constitution is reproduced in document MC/INF/308.",
}


def fn(n):
    return '<onDraw name="fnmark" label="%s"/><super>%s</super>' % (n, n)


# ---------------------------------------------------------------- content
CONTENTS = [
    ("9.", "Programme and Budget for 2014", "1-11"),
    ("10.", "Financial matters", None),
    ("(a)", "Status report on outstanding contributions to the|Administrative Part of the Budget", "12-16"),
    ("(b)", "Report on the Migration Emergency Funding Mechanism", "17-20"),
    ("11.", "Reports of the Standing Committee on Programmes and Finance", None),
    ("(a)", "Report on the Twelfth Session", "21-24"),
    ("(b)", "Report on the Thirteenth Session", "25-31"),
    ("12.", "Entry into force of the amendments to the Constitution", "32-37"),
    ("13.", "Other business", "38-40"),
]

# ('H', num, text) item heading; ('S', label, text) sub-item heading; ('P', n, text) numbered
# paragraph; ('I', label, text) lettered item; ('C', text) closing line
BODY = [
    ("H", "9.", "PROGRAMME AND BUDGET FOR 2014"),
    ("P", 1, "The Chairperson invited the Council to consider the Programme and Budget for 2014, "
             "which the Standing Committee on Programmes and Finance had examined at its Thirteenth "
             "Session and recommended for approval."),
    ("P", 2, "The Director of the Department of Resources Management, introducing the document,"
             + fn("1") + " said that the Administrative Part of the Budget for 2014 amounted to "
             "CHF 40,426,000, the same level as in 2013, in keeping with the policy of zero nominal "
             "growth requested by Member States. The Operational Part of the Budget was estimated at "
             "USD 784.6 million; that figure reflected only activities for which funding was confirmed "
             "or reasonably assured, and would be revised in the course of the year as new projects "
             "were funded."),
    ("P", 3, "Discretionary income for 2014 was estimated at USD 64 million, comprising USD 59 million "
             "in project-related overhead and USD 5 million in miscellaneous income. As in previous "
             "years, it would be used mainly to cover structural costs in the Field that could not be "
             "met from the Administrative Part of the Budget, including the security costs of country "
             "offices in high-risk locations."),
    ("P", 4, "The representative of Mexico, speaking on behalf of the Group of Latin American and "
             "Caribbean States (GRULAC), welcomed the Administration\u2019s efforts to contain costs, "
             "but cautioned that a further year of zero nominal growth would place the core structure "
             "under increasing strain at a time when demand for IOM services was rising. The Group "
             "supported the continued work of the working group on budget reform and looked forward "
             "to concrete proposals in 2014."),
    ("P", 5, "The representative of Ethiopia, speaking on behalf of the African Group, noted with "
             "satisfaction the allocation of additional discretionary income to offices in Africa and "
             "to the IOM Development Fund, and expressed the hope that the Fund would be maintained at "
             "least at its 2013 level. The Group also called for a more equitable geographical "
             "distribution of posts funded from the Administrative Part of the Budget."),
    ("P", 6, "The representative of the United States of America said that her Government could join "
             "the consensus on the budget for 2014. It remained concerned, however, at the "
             "Organization\u2019s heavy reliance on project-related overhead, which exposed core "
             "functions to fluctuations in project funding, and encouraged the Administration to "
             "present options for a more predictable funding base."),
    ("P", 7, "The representative of Japan supported the proposed budget and welcomed the steps taken to "
             "strengthen internal oversight, in particular the increase in the number of audits and "
             "evaluations carried out by the Office of the Inspector General in 2013."),
    ("P", 8, "The representative of Pakistan asked for clarification of the criteria used to allocate "
             "discretionary income among regions and requested that the information be included in "
             "future budget documents."),
    ("P", 9, "The Deputy Director General, responding to the comments made, said that the allocation of "
             "discretionary income followed the criteria set out in the Programme and Budget, with "
             "priority given to core structures in the Field and to the Development Fund. The "
             "Administration would provide a breakdown by region at the next session of the Standing "
             "Committee. It shared Member States\u2019 concern about the sustainability of the core "
             "structure and would present proposals on that matter to the working group in early 2014."),
    ("P", 10, "The Chairperson drew attention to the draft resolution on the Programme and Budget for "
              "2014, which had been circulated to delegations, and took it that the Council wished to "
              "adopt it."),
    ("P", 11, "The Council adopted Resolution No. 1262 on the Programme and Budget for 2014."),

    ("H", "10.", "FINANCIAL MATTERS"),
    ("S", "(a)", "Status report on outstanding contributions to the Administrative Part of the Budget"),
    ("P", 12, "The Director of the Department of Resources Management introduced the status report,"
              + fn("2") + " which showed that assessed contributions outstanding for 2013 and previous "
              "years amounted to CHF 4,118,562 as at 26 November 2013. Of that amount, CHF 2,960,340 "
              "was owed by 14 Member States subject to Article 4 of the Constitution."),
    ("P", 13, "Since the report had been issued, payments had been received from Guatemala and Uganda, "
              "and a further Member State had concluded a payment plan with the Administration. Payment "
              "plans were now in place with eight Member States, six of which were honouring their "
              "commitments."),
    ("P", 14, "The representative of Lithuania, speaking on behalf of the European Union and those of its "
              "member States that were Members of IOM, urged all Member States to pay their assessed "
              "contributions in full and on time, and encouraged those with long-standing arrears to "
              "conclude payment plans."),
    ("P", 15, "The representative of Zambia informed the Council that his Government had taken the "
              "necessary steps to settle its arrears and that a first instalment would be transferred "
              "before the end of the year."),
    ("P", 16, "The Council took note of document MC/2391 and urged Member States in arrears to make "
              "special efforts to pay their outstanding contributions in full or to agree payment plans "
              "with the Administration."),
    ("S", "(b)", "Report on the Migration Emergency Funding Mechanism"),
    ("P", 17, "The Director of the Department of Operations and Emergencies said that since the Migration "
              "Emergency Funding Mechanism had become operational in 2012 it had received contributions "
              "totalling USD 6.2 million against a target of USD 30 million. Loans totalling "
              "USD 5.9 million had been made for emergency responses in the Syrian Arab Republic, Mali, "
              "Libya and, most recently, the Philippines; USD 4.1 million had so far been reimbursed."),
    ("P", 18, "The representative of the Philippines expressed his Government\u2019s gratitude for the "
              "speed of IOM\u2019s response to Typhoon Haiyan, which had been made possible by an early "
              "loan from the Mechanism, and appealed to Member States to contribute so that the Mechanism "
              "could reach its target."),
    ("P", 19, "The representatives of Australia and Switzerland announced new contributions to the "
              "Mechanism and encouraged other Member States to do likewise."),
    ("P", 20, "The Council took note of the report on the Migration Emergency Funding Mechanism "
              "(MC/2389)."),

    ("H", "11.", "REPORTS OF THE STANDING COMMITTEE ON PROGRAMMES AND FINANCE"),
    ("S", "(a)", "Report on the Twelfth Session"),
    ("P", 21, "Mr P. Vald\u00e9s (Chile), Chairperson of the Standing Committee on Programmes and Finance, "
              "introduced the report on the Twelfth Session of the Standing Committee (SCPF/106), held on "
              "25 and 26 June 2013. The Standing Committee had reviewed the Financial Report for the year "
              "ended 31 December 2012 and the Report on the Work of the Organization for 2012, and had "
              "held an exchange of views on IOM\u2019s engagement with the humanitarian system."),
    ("P", 22, "The Standing Committee had also examined the Revision of the Programme and Budget for 2013 "
              "(MC/2375) and had taken note of the progress made in implementing the IOM Migration Crisis "
              "Operational Framework (MC/2355)."),
    ("P", 23, "The representative of Bangladesh welcomed the exchange of views on the humanitarian system "
              "and asked that the situation of migrants caught in crises in transit and destination "
              "countries remain a standing topic on the Committee\u2019s agenda."),
    ("P", 24, "The Council took note of the report on the Twelfth Session of the Standing Committee on "
              "Programmes and Finance."),
    ("S", "(b)", "Report on the Thirteenth Session"),
    ("P", 25, "The Chairperson of the Standing Committee introduced the report on the Thirteenth Session "
              "(SCPF/110), held on 29 and 30 October 2013. Besides the Programme and Budget for 2014, the "
              "Standing Committee had considered, among other things, the progress report of the working "
              "group on budget reform and an update on human resources management."),
    ("P", 26, "The Standing Committee had recommended that the Council:"),
    ("I", "(a)", "take note of the progress report of the working group on budget reform and extend the "
                 "group\u2019s mandate until the end of 2014;"),
    ("I", "(b)", "request the Administration to submit to the Fourteenth Session of the Standing Committee "
                 "options for a more predictable funding of the core structure; and"),
    ("I", "(c)", "take note of the Administration\u2019s intention to revise the Staff Regulations in the "
                 "light of the amended Constitution."),
    ("P", 27, "The representative of Norway said that her delegation supported the recommendations. The "
              "working group had done useful work, but its discussions should now move towards "
              "decisions."),
    ("P", 28, "The representative of South Africa, speaking on behalf of the African Group, supported the "
              "extension of the working group\u2019s mandate and asked that its meetings be scheduled so "
              "as to allow the participation of small delegations."),
    ("P", 29, "The representative of India stressed that any options for the funding of the core "
              "structure should not add to the burden of assessed contributions on developing Member "
              "States."),
    ("P", 30, "The Director General thanked the Chairperson of the Standing Committee for his leadership "
              "during the year and assured Member States that the options to be presented would take "
              "full account of the views expressed."),
    ("P", 31, "The Council took note of the report on the Thirteenth Session of the Standing Committee and "
              "adopted the following decision: \u201cThe Council endorses the recommendations contained in "
              "paragraph 52 of document SCPF/110, extends the mandate of the working group on budget "
              "reform until 31 December 2014, and requests the Administration to submit options for a "
              "more predictable funding of the core structure to the Fourteenth Session of the Standing "
              "Committee on Programmes and Finance.\u201d"),

    ("H", "12.", "ENTRY INTO FORCE OF THE AMENDMENTS TO THE CONSTITUTION"),
    ("P", 32, "The Director of the Office of Legal Affairs informed the Council that the amendments to the "
              "Constitution" + fn("3") + " had entered into force on 21 November 2013, following their "
              "acceptance by two thirds of the Member States in accordance with the provisions of the "
              "Constitution on amendments."),
    ("P", 33, "The main effects of the amendments were the following:"),
    ("I", "(a)", "the Executive Committee had been abolished, and its functions were now carried out by "
                 "the Council or, where the Council so decided, by the Standing Committee on Programmes "
                 "and Finance;"),
    ("I", "(b)", "the Council would continue to hold one regular session each year;"),
    ("I", "(c)", "the provisions on the loss of voting rights of Member States in arrears had been "
                 "simplified; and"),
    ("I", "(d)", "the articles of the Constitution had been renumbered, so that references to articles in "
                 "existing documents would have to be read in the light of the new numbering."),
    ("P", 34, "The Director General welcomed the entry into force of the amendments, which had been "
              "pending for 15 years, and thanked the Member States that had accepted them. The "
              "Administration would submit to the Council in 2014 the consequential amendments to the "
              "Rules of Procedure of the Council."),
    ("P", 35, "The representative of Canada welcomed the streamlining of the governance structure and "
              "asked whether the Rules of Procedure of the Standing Committee would also need to be "
              "revised. The Director of the Office of Legal Affairs replied that they would, and that "
              "both sets of draft rules would be submitted together."),
    ("P", 36, "The representative of Morocco asked what the entry into force meant for Member States that "
              "had not accepted the amendments. The Director of the Office of Legal Affairs explained "
              "that, once in force, the amendments were binding on all Member States."),
    ("P", 37, "The Council took note of the information provided."),

    ("H", "13.", "OTHER BUSINESS"),
    ("P", 38, "The representative of Sweden, speaking in his country\u2019s capacity as Chair of the Global "
              "Forum on Migration and Development, informed the Council of the preparations for the "
              "Forum\u2019s summit meeting to be held in Stockholm in May 2014 and thanked IOM for its "
              "support."),
    ("P", 39, "The representative of Indonesia informed the Council of the outcome of the Special "
              "Conference on Irregular Movement of Persons held in Jakarta in August 2013 and of the "
              "follow-up envisaged under the Jakarta Declaration."),
    ("P", 40, "The Chairperson announced that the Council would hold its next meeting on Thursday, "
              "28 November 2013, at 10 a.m., when it would consider the remaining items on its agenda, "
              "including the date and place of the next session."),
    ("C", "The meeting rose at 5.55 p.m."),
]


def build_story():
    story = [PageBreak()]
    pending = None
    for entry in BODY:
        kind = entry[0]
        if kind == "H":
            pending = [Paragraph(entry[2], h_item, bulletText=entry[1])]
            continue
        if kind == "S":
            p = Paragraph(entry[2], h_sub, bulletText=entry[1])
            if pending is None:
                pending = [p]
            else:
                pending.append(p)
            continue
        if kind == "P":
            p = Paragraph(entry[2], npara, bulletText="%d." % entry[1])
        elif kind == "I":
            p = Paragraph(entry[2], item, bulletText=entry[1])
        else:
            p = Paragraph(entry[1], closing)
        if pending:
            story.append(KeepTogether(pending + [p]))
            pending = None
        else:
            story.append(p)
    return story


# ---------------------------------------------------------------- page drawing
def draw_cover(c, doc):
    c.saveState()
    x_r = W - RM
    y = H - TM - 12
    c.setFont(FONT, 12)
    for line in (SYMBOL, "Original: English", "16 December 2013"):
        c.drawRightString(x_r, y, line)
        y -= 15
    y -= 16
    c.setFont(BOLD, 12)
    c.drawString(LM, y, "103RD SESSION")
    y -= 8
    c.setLineWidth(0.8)
    c.line(LM, y, W - RM, y)
    y -= 46
    c.setFont(BOLD, 13)
    c.drawCentredString(W / 2, y, "PROVISIONAL")
    y -= 17
    c.drawCentredString(W / 2, y, "SUMMARY RECORD OF THE 538TH MEETING")
    y -= 34
    c.setFont(FONT, FS)
    c.drawCentredString(W / 2, y, "Held at the Centre International de Conf\u00e9rences Gen\u00e8ve (CICG), Geneva,")
    y -= 14
    c.drawCentredString(W / 2, y, "on Wednesday, 27 November 2013, at 3.10 p.m.")
    y -= 34
    c.drawString(LM, y, "Chairperson:")
    c.drawString(LM + 3.2 * cm, y, "Ms T. Haldorsen (Norway)")
    y -= 50
    c.setFont(BOLD, FS)
    c.drawCentredString(W / 2, y, "CONTENTS")
    y -= 22
    c.setFont(FONT, FS)
    c.drawRightString(x_r, y, "Paragraphs")
    y -= 20
    num_x, sub_x, subtext_x = LM, LM + IND, LM + 2 * IND
    right_col = x_r - 1.6 * cm
    for label, text, paras in CONTENTS:
        lines = text.split("|")
        if label.startswith("("):
            c.drawString(sub_x, y, label)
            tx = subtext_x
        else:
            c.drawString(num_x, y, label)
            tx = sub_x
        for i, ln in enumerate(lines):
            c.drawString(tx, y, ln)
            if i == len(lines) - 1 and paras:
                end = tx + c.stringWidth(ln, FONT, FS) + 4
                dots = ""
                while c.stringWidth(dots + " .", FONT, FS) < right_col - end - 4:
                    dots += " ."
                c.drawString(end, y, dots)
                c.drawRightString(x_r, y, paras)
            y -= 14.5
        y -= 4
    # corrections note at the foot of the cover
    ny = BM + 3.6 * cm
    c.setLineWidth(0.5)
    c.line(LM, ny + 14, W - RM, ny + 14)
    note = Paragraph(
        "Corrections to this provisional record should be submitted in writing, in one of the official "
        "languages of the Organization, to the Governing Bodies Secretariat within one week of the date "
        "of this document. Corrections will be consolidated in a single corrigendum to be issued after "
        "the end of the session.",
        ParagraphStyle("note", fontName=ITAL, fontSize=10, leading=12.2, alignment=TA_JUSTIFY))
    w, h = note.wrap(TW, 200)
    note.drawOn(c, LM, ny - h + 6)
    c.line(LM, ny - h - 2, W - RM, ny - h - 2)
    # trilingual footer
    c.setFont(BOLD, 12)
    fy = BM - 0.6 * cm
    c.drawString(LM, fy, "COUNCIL")
    c.drawCentredString(W / 2, fy, "CONSEIL")
    c.drawRightString(W - RM, fy, "CONSEJO")
    c.restoreState()


def make_later(page_fns):
    def draw(c, doc):
        c.saveState()
        c.setFont(FONT, FS)
        c.drawRightString(W - RM, H - TM + 10, SYMBOL)
        c.drawRightString(W - RM, H - TM - 4, "Page %d" % doc.page)
        fns = page_fns.get(doc.page, [])
        if fns:
            paras = [Paragraph('<super>%s</super> %s' % (n, FOOTNOTES[n]), fnstyle) for n in fns]
            hs = [p.wrap(TW, 500)[1] for p in paras]
            total = sum(hs) + 2 * (len(paras) - 1)
            y = BM + total
            c.setLineWidth(0.5)
            c.line(LM, y + 8, LM + 5 * cm, y + 8)
            for p, h in zip(paras, hs):
                y -= h
                p.drawOn(c, LM, y)
                y -= 2
        c.restoreState()
    return draw


def fn_height(nums):
    if not nums:
        return 0
    paras = [Paragraph('<super>%s</super> %s' % (n, FOOTNOTES[n]), fnstyle) for n in nums]
    return sum(p.wrap(TW, 500)[1] for p in paras) + 2 * (len(nums) - 1) + 18


class Doc(BaseDocTemplate):
    def __init__(self, path, page_fns, marks):
        super().__init__(path, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM,
                         bottomMargin=BM, title="MC/C/SR/538", author="IOM")
        self.marks = marks
        templates = [PageTemplate(id="p1", frames=[Frame(LM, BM, TW, H - TM - BM, id="f1")],
                                  onPage=draw_cover, autoNextPageTemplate="p2")]
        for pg in range(2, 16):
            reserve = fn_height(page_fns.get(pg, []))
            top = H - TM - 1.2 * cm
            fr = Frame(LM, BM + reserve, TW, top - BM - reserve, id="f%d" % pg,
                       leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
            templates.append(PageTemplate(id="p%d" % pg, frames=[fr], onPage=make_later(page_fns),
                                          autoNextPageTemplate="p%d" % (pg + 1)))
        self.addPageTemplates(templates)

    def beforeDocument(self):
        marks = self.marks

        def cb(canv, kind, label):
            marks[label] = canv.getPageNumber()
        self.canv.setNamedCB("fnmark", cb)


def build():
    page_fns = {}
    for _ in range(6):
        marks = {}
        Doc(OUT, page_fns, marks).build(build_story())
        new = {}
        for n, pg in sorted(marks.items(), key=lambda kv: int(kv[0])):
            new.setdefault(pg, []).append(n)
        if new == page_fns:
            break
        page_fns = new
    print("footnotes by page:", page_fns)


if __name__ == "__main__":
    build()
