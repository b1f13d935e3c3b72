"""Draws council-report-2005c.pdf: draft report (MC/2196) on the Ninetieth Session of the IOM Council, 2005."""
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_CENTER
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                PageBreak, NextPageTemplate, Flowable, KeepTogether, CondPageBreak)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "council-report-2005c.pdf")
W, H = A4
LM = RM = 72
TW = W - LM - RM
SYMBOL = "MC/2196"
BOTTOM = 62
TOP_FRAME = H - 88

FN_TEXT = {
    "1": "The names of the representatives and observers are given in the List of Participants (MC/2195).",
    "2": "The agenda was subsequently reissued as document MC/2172/Rev.2 to take account of the applications "
         "for observer status received after its preparation.",
    "3": "Statements submitted in writing by delegations may be consulted at the Secretariat and on the "
         "Organization's website.",
    "4": "The background paper and a summary of the panel discussions will be published in the "
         "International Dialogue on Migration series.",
}

body = ParagraphStyle("body", fontName="Times-Roman", fontSize=11, leading=13.2, alignment=TA_JUSTIFY,
                      spaceAfter=7, firstLineIndent=36, leftIndent=0, bulletIndent=0,
                      bulletFontName="Times-Roman", bulletFontSize=11)
item = ParagraphStyle("item", parent=body, firstLineIndent=0, leftIndent=72, bulletIndent=36, spaceAfter=4)
officer = ParagraphStyle("officer", parent=body, alignment=TA_LEFT, firstLineIndent=0, leftIndent=198,
                         bulletIndent=36, spaceAfter=2)
h1 = ParagraphStyle("h1", fontName="Times-Bold", fontSize=11, leading=13.4, firstLineIndent=0, leftIndent=36,
                    bulletFontName="Times-Bold", bulletFontSize=11, bulletIndent=0, spaceBefore=8,
                    spaceAfter=8, keepWithNext=1)
h2 = ParagraphStyle("h2", parent=h1, fontName="Times-Roman", bulletFontName="Times-Roman", spaceBefore=3,
                    spaceAfter=7)
h3 = ParagraphStyle("h3", parent=h1, fontName="Times-Italic", bulletFontName="Times-Italic",
                    leftIndent=72, bulletIndent=36, firstLineIndent=0, spaceBefore=1, spaceAfter=6)
fnstyle = ParagraphStyle("fn", fontName="Times-Roman", fontSize=9, leading=10.6, leftIndent=14,
                         firstLineIndent=0, bulletIndent=0, bulletFontName="Times-Roman",
                         bulletFontSize=9, alignment=TA_JUSTIFY, spaceAfter=2)


def fn(n):
    return '<super rise="4" size="7">%s</super><onDraw name="fnmark" label="%s"/>' % (n, n)


# ---------------------------------------------------------------------------------------------
# Content
# ---------------------------------------------------------------------------------------------
MEMBERS = ("Afghanistan, Albania, Algeria, Angola, Argentina, Armenia, Australia, Austria, Azerbaijan, "
           "Bangladesh, Belgium, Belize, Benin, Bolivia, Bulgaria, Burkina Faso, Cambodia, Canada, Cape Verde, "
           "Chile, Colombia, Congo, Costa Rica, C\u00f4te d'Ivoire, Croatia, Cyprus, Czech Republic, "
           "Democratic Republic of the Congo, Denmark, Dominican Republic, Ecuador, Egypt, El Salvador, "
           "Finland, France, Georgia, Germany, Ghana, Greece, Guatemala, Guinea, Haiti, Honduras, Hungary, "
           "Iran (Islamic Republic of), Ireland, Israel, Italy, Japan, Jordan, Kenya, Kyrgyzstan, Latvia, "
           "Liberia, Libyan Arab Jamahiriya, Lithuania, Luxembourg, Madagascar, Mali, Mexico, Morocco, "
           "Netherlands, New Zealand, Nicaragua, Nigeria, Norway, Pakistan, Panama, Paraguay, Peru, "
           "Philippines, Poland, Portugal, Republic of Korea, Republic of Moldova, Romania, Senegal, "
           "Serbia and Montenegro, Slovakia, Slovenia, South Africa, Sri Lanka, Sudan, Sweden, Switzerland, "
           "Tajikistan, Thailand, Tunisia, Uganda, Ukraine, United Kingdom of Great Britain and Northern "
           "Ireland, United Republic of Tanzania, United States of America, Uruguay, Venezuela, Yemen, "
           "Zambia and Zimbabwe.")

# ("h1", label, text) / ("h2", label, text) / ("h3", label, text) / ("p", text) / ("items", [(label, text)])
# / ("officers", [(label, text)])
CONTENT = [
    ("h1", "I.", "INTRODUCTION"),
    ("p", "Pursuant to Resolution No. 1104 (LXXXVIII) of 2 December 2004, the Council convened for its "
          "Ninetieth Session on Tuesday, 29 November 2005, at the Palais des Nations, Geneva. Six meetings "
          "were held, the last on Friday, 2 December 2005."),
    ("p", "The present draft report summarizes the proceedings of the session and records the decisions "
          "taken. Fuller accounts of the discussions are contained in the summary records of the meetings "
          "(MC/C/SR/480 to MC/C/SR/485)."),
    ("h1", "II.", "ATTENDANCE"),
    ("p", "The following Member States were represented:" + fn("1") + " " + MEMBERS),
    ("p", "Burundi, Mauritius and Nepal, admitted to membership during the session (see paragraphs 16 "
          "to 23), were also represented."),
    ("p", "Bhutan, China, India, Indonesia, Mozambique, Namibia, Qatar, the Russian Federation, San Marino, "
          "Turkey and Viet Nam were represented by observers, as were the Holy See and the Sovereign "
          "Military Order of Malta."),
    ("p", "The United Nations, the Office of the United Nations High Commissioner for Refugees (UNHCR), the "
          "International Labour Office (ILO), the Office of the United Nations High Commissioner for Human "
          "Rights (OHCHR), the United Nations Population Fund (UNFPA), the World Health Organization (WHO) "
          "and the World Bank were represented by observers."),
    ("p", "The African Union, the Council of Europe, the European Commission, the Intergovernmental "
          "Consultations on Asylum, Refugee and Migration Policies in Europe, North America and Australia "
          "(IGC), the International Centre for Migration Policy Development (ICMPD), the League of Arab "
          "States and the Organization for Security and Co-operation in Europe (OSCE) were represented by "
          "observers."),
    ("p", "The following international non-governmental organizations were represented by observers: "
          "Caritas Internationalis, Catholic Relief Services, Friends World Committee for Consultation "
          "(Quakers), International Catholic Migration Commission, International Council of Voluntary "
          "Agencies, Lutheran World Federation, Refugees International, World Council of Churches and "
          "World Vision International."),
    ("h1", "III.", "OPENING OF THE SESSION"),
    ("p", "The session was opened on Tuesday, 29 November 2005, at 10.20 a.m. by the outgoing Chairperson, "
          "H.E. Mr. Carlos Ferr\u00e1n Ibarra (Uruguay)."),
    ("p", "In his opening remarks, the outgoing Chairperson recalled that the year had been marked by two "
          "natural disasters of exceptional scale, the Indian Ocean tsunami and the earthquake in South Asia, "
          "in the wake of which the Organization had been called upon to provide emergency shelter, transport "
          "and medical assistance to displaced populations. He also noted the growing attention given to "
          "migration on the international agenda, including the report of the Global Commission on "
          "International Migration, presented in October 2005."),
    ("h1", "IV.", "CREDENTIALS OF REPRESENTATIVES AND OBSERVERS"),
    ("p", "The Council noted that the Director General had examined the credentials of the representatives "
          "of the Member States listed in paragraph 3 and had found them to be in order, and that he had been "
          "informed of the names of the observers for the non-member States, international governmental "
          "organizations and non-governmental organizations listed in paragraphs 5 to 8."),
    ("p", "The credentials of the representatives of Burundi, Mauritius and Nepal were examined after the "
          "admission of those States and were likewise found to be in order."),
    ("h1", "V.", "ELECTION OF OFFICERS"),
    ("p", "The Council elected the following officers:"),
    ("officers", [("Chairperson:", "H.E. Ms. Amina Dalhatu Bello (Nigeria)"),
                  ("First Vice-Chairperson:", "H.E. Mr. Lars Erik Vinther (Denmark)"),
                  ("Second Vice-Chairperson:", "Mr. Akihiro Tomonaga (Japan)"),
                  ("Rapporteur:", "Mr. Rodrigo Vald\u00e9s Luna (Chile)")]),
    ("p", "On taking the chair, the Chairperson thanked the Council for the honour bestowed on her country "
          "and paid tribute to her predecessor for his able guidance of the Council's work during the "
          "preceding year. She noted that the session coincided with a period of intense international debate "
          "on migration and expressed the hope that the Council would make a substantive contribution to it."),
    ("h1", "VI.", "ADOPTION OF THE AGENDA"),
    ("p", "The Council adopted the agenda contained in document MC/2172/Rev.1." + fn("2")),
    ("h1", "VII.", "ADMISSION OF NEW MEMBERS AND OBSERVERS"),
    ("h2", "(a)", "<u>Applications for membership in the Organization</u>"),
    ("p", "The Council had before it applications for membership in the Organization from the Republic of "
          "Burundi (MC/2174), the Kingdom of Nepal (MC/2175) and the Republic of Mauritius (MC/2183)."),
    ("h3", "(i)", "Republic of Burundi"),
    ("p", "The Council unanimously adopted Resolution No. 1108 (XC) admitting the Republic of Burundi as a "
          "Member of the Organization."),
    ("p", "The representative of Burundi thanked the Council for its decision and said that, as a country "
          "emerging from a long conflict and receiving large numbers of returning refugees, Burundi attached "
          "great importance to cooperation with IOM in the fields of return, reintegration and the "
          "strengthening of its capacity to manage migration."),
    ("h3", "(ii)", "Kingdom of Nepal"),
    ("p", "The Council unanimously adopted Resolution No. 1109 (XC) admitting the Kingdom of Nepal as a "
          "Member of the Organization."),
    ("p", "The representative of Nepal expressed his Government's appreciation and stressed that labour "
          "migration, which accounted for a large part of the country's foreign exchange earnings, called for "
          "orderly recruitment procedures and effective protection of Nepalese workers abroad."),
    ("h3", "(iii)", "Republic of Mauritius"),
    ("p", "The Council unanimously adopted Resolution No. 1110 (XC) admitting the Republic of Mauritius as a "
          "Member of the Organization."),
    ("p", "The representative of Mauritius said that membership would enable his country to draw on the "
          "Organization's experience in circular labour migration and in the engagement of the diaspora in "
          "national development."),
    ("p", "Many delegations welcomed the three new Members, whose admission brought the membership of the "
          "Organization to 116 States."),
    ("h2", "(b)", "<u>Applications for representation by observers</u>"),
    ("p", "The Council unanimously adopted Resolution No. 1111 (XC) granting the State of Qatar observer "
          "status at its meetings (MC/2176), and Resolutions Nos. 1112 (XC) and 1113 (XC) granting the same "
          "status to Migrants Rights International (MC/2177) and to The Hague Process on Refugees and "
          "Migration (MC/2181) respectively."),
    ("p", "The observer for Qatar and the representatives of the two non-governmental organizations thanked "
          "the Council and expressed their readiness to contribute to its work."),
    ("h1", "VIII.", "STATEMENT BY THE DIRECTOR GENERAL"),
    ("p", "The Director General reported that the Organization's total expenditure in 2005 was expected to "
          "exceed USD 900 million, the highest level in its history, and that the number of active projects "
          "had grown to some 1,600, implemented through more than 280 field locations."),
    ("p", "He described the Organization's emergency and post-crisis operations, which in 2005 had included "
          "shelter and transport programmes for persons displaced by the tsunami in Indonesia and Sri Lanka, "
          "assistance following the earthquake of 8 October 2005 in Pakistan, and out-of-country voting "
          "programmes for Iraqi and Afghan electors."),
    ("p", "Turning to financial matters, he expressed concern at the level of outstanding assessed "
          "contributions and at the effect of zero nominal growth on the Administrative Part of the Budget, "
          "which had not kept pace with the expansion of the Organization's activities."),
    ("h1", "IX.", "GENERAL DEBATE"),
    ("p", "Statements in the general debate were made by 58 Member States, four observer States and five "
          "international organizations." + fn("3")),
    ("p", "Speakers commended the Administration on the speed and effectiveness of its response to the "
          "humanitarian emergencies of the year and welcomed the continued growth of the membership, which "
          "they regarded as a sign of the Organization's relevance."),
    ("p", "Several themes recurred in the statements, namely:"),
    ("items", [("(a)", "the link between migration and development, in particular the need to reduce the cost "
                       "of remittance transfers and to involve diaspora communities in the development of "
                       "their countries of origin;"),
               ("(b)", "the fight against trafficking in persons and the smuggling of migrants, and the "
                       "protection and assistance of their victims; and"),
               ("(c)", "the importance of technical cooperation and capacity-building in migration "
                       "management, especially for developing countries and countries with economies in "
                       "transition.")]),
    ("p", "A number of delegations stressed that the Organization's growth should be matched by a "
          "sustainable financial base. Some called for a review of the policy of zero nominal growth in the "
          "Administrative Part of the Budget; others considered that the core structure should continue to "
          "be funded through project-related overheads."),
    ("p", "Observers for non-governmental organizations urged the Organization to ensure that respect for the "
          "human rights of migrants, including those in an irregular situation, remained at the centre of its "
          "programmes."),
    ("p", "In reply, the Director General thanked delegations for their support and guidance. He assured the "
          "Council that the Administration would take the views expressed into account in preparing the "
          "Programme and Budget for 2007 and in the forthcoming discussions on the Organization's strategy."),
    ("h1", "X.", "INTERNATIONAL DIALOGUE ON MIGRATION"),
    ("p", "The Council devoted its afternoon meetings of 30 November and 1 December 2005 to the International "
          "Dialogue on Migration, under the theme \u201cMigration and Development: Towards Policy "
          "Coherence\u201d, on the basis of a background paper prepared by the Administration (MC/INF/281)."
          + fn("4")),
    ("p", "Two panels, composed of ministers, senior officials and experts from countries of origin and "
          "destination, addressed in turn the mobilization of remittances and diaspora resources and the "
          "mainstreaming of migration in national development planning. The discussions highlighted the "
          "following points:"),
    ("items", [("(a)", "migration could contribute to development only if it took place in safe and orderly "
                       "conditions;"),
               ("(b)", "coherence was needed between the migration, development, trade and labour policies "
                       "of each government, and between the policies of countries of origin and destination;"),
               ("(c)", "reliable data on migration flows and remittances remained scarce, and their "
                       "collection should be improved; and"),
               ("(d)", "regional consultative processes offered a useful framework for practical cooperation "
                       "among States.")]),
    ("p", "The Chairperson noted that the Dialogue would provide a valuable input to the High-Level Dialogue "
          "on International Migration and Development and invited the Administration to transmit the results "
          "of the discussions to the Secretary-General of the United Nations."),
    ("h1", "XI.", "REPORT ON THE HUNDRED AND SECOND SESSION OF THE EXECUTIVE COMMITTEE"),
    ("p", "The Council took note of the report on the Hundred and second Session of the Executive Committee "
          "(MC/2179), held on 7 June 2005, and of the decisions taken at that session, including the approval "
          "of the Financial Report for the year ended 31 December 2004 (MC/2162)."),
    ("p", "The Council adopted Resolution No. 1114 (XC) approving the report and the actions of the Executive "
          "Committee."),
    ("h1", "XII.", "BUDGETARY AND FINANCIAL MATTERS"),
    ("h2", "(a)", "<u>Programme and Budget for 2006</u>"),
    ("p", "The Council had before it the Programme and Budget for 2006 (MC/2171) and the report of the "
          "Sub-Committee on Budget and Finance on its consideration of that document (MC/2185)."),
    ("p", "The Administrative Part of the Budget amounted to CHF 37,119,000, the same level as in 2005, and "
          "the Operational Part of the Budget to USD 635.5 million. The Council adopted Resolution No. 1115 "
          "(XC) approving the Programme and Budget for 2006 and the scale of assessment for 2006 contained "
          "therein."),
    ("h2", "(b)", "<u>Status report on outstanding contributions</u>"),
    ("p", "The Council was informed that, as at 25 November 2005, assessed contributions of CHF 4,712,350 to "
          "the Administrative Part of the Budget remained outstanding, and that 21 Member States were in "
          "arrears to the extent that Article 4 of the Constitution could be applied to them."),
    ("p", "The Council urged Member States in arrears to pay their contributions in full or to agree on a "
          "payment plan with the Administration, and requested the Director General to continue his efforts "
          "to recover the amounts due."),
    ("h1", "XIII.", "OTHER BUSINESS"),
    ("p", "The representative of Mexico, speaking on behalf of the member countries of the Regional "
          "Conference on Migration, informed the Council of the outcome of the tenth meeting of the "
          "Conference, held in May 2005."),
    ("h1", "XIV.", "DATE AND PLACE OF THE NEXT SESSION"),
    ("p", "The Council decided to hold its next regular session in Geneva from 28 November to 1 December "
          "2006. It noted that the Executive Committee would hold its next session in June 2006 and that a "
          "special session of the Council might be convened at the same time should the need arise."),
    ("h1", "XV.", "CLOSURE OF THE SESSION"),
    ("p", "The Chairperson thanked the Director General, the Deputy Director General and their staff, the "
          "interpreters and the conference services for their assistance, and all delegations for their "
          "cooperation."),
    ("p", "She declared the Ninetieth Session of the Council closed on Friday, 2 December 2005, at "
          "12.45 p.m."),
]


# ---------------------------------------------------------------------------------------------
# Table of contents flowable
# ---------------------------------------------------------------------------------------------
class Contents(Flowable):
    FONT, SIZE, LEAD = "Times-Roman", 11, 15.5

    def __init__(self, entries):
        super().__init__()
        self.entries = entries  # (level, label, text, page)
        self.lines = []
        for level, label, text, page in entries:
            xl = [0, 36, 72][level]
            xt = xl + 36
            avail = TW - xt - 40
            font = "Times-Roman"
            parts = simpleSplit(text, font, self.SIZE, avail)
            for i, part in enumerate(parts):
                last = i == len(parts) - 1
                self.lines.append((xl if i == 0 else None, label if i == 0 else "", xt, part,
                                   page if last else None, font))
            self.lines.append(None)  # gap marker between entries

    def wrap(self, aw, ah):
        n = sum(1 for l in self.lines if l is not None)
        g = sum(1 for l in self.lines if l is None)
        self.h = n * self.LEAD + g * 3
        return TW, self.h

    def draw(self):
        c = self.canv
        y = self.h - self.SIZE
        for l in self.lines:
            if l is None:
                y -= 3
                continue
            xl, label, xt, text, page, font = l
            c.setFont(font, self.SIZE)
            if label:
                c.drawString(xl, y, label)
            c.drawString(xt, y, text)
            if page is not None:
                c.drawRightString(TW, y, str(page))
                x0 = xt + stringWidth(text, font, self.SIZE) + 4
                x1 = TW - stringWidth(str(page), font, self.SIZE) - 4
                dw = stringWidth(".", font, self.SIZE)
                n = int((x1 - x0) / dw)
                c.drawRightString(x1, y, "." * n)
            y -= self.LEAD


# ---------------------------------------------------------------------------------------------
# Document
# ---------------------------------------------------------------------------------------------
class Doc(BaseDocTemplate):
    def __init__(self, fn_pages, *a, **k):
        self.fn_pages = fn_pages  # footnote -> physical page (from previous pass)
        self.heading_pages = {}
        self.marks = {}
        super().__init__(*a, **k)

    def _setPageTemplate(self):
        # reportlab 5.1 keeps the index set by autoNextPageTemplate, so the same template would be used twice
        if (not hasattr(self, "_nextPageTemplateCycle") and not hasattr(self, "_nextPageTemplateIndex")
                and self.pageTemplate.autoNextPageTemplate):
            self.handle_nextPageTemplate(self.pageTemplate.autoNextPageTemplate)
            self.pageTemplate = self.pageTemplates[self._nextPageTemplateIndex]
            del self._nextPageTemplateIndex
        else:
            super()._setPageTemplate()

    def beforeDocument(self):
        self.canv.setNamedCB("fnmark", lambda canv, kind, label: self.marks.setdefault(label, canv.getPageNumber()))

    def afterFlowable(self, f):
        key = getattr(f, "_tockey", None)
        if key is not None and key not in self.heading_pages:
            self.heading_pages[key] = self.page


def fn_height(nums):
    h = 0
    for n in nums:
        p = Paragraph(FN_TEXT[n], fnstyle, bulletText=n)
        _, ph = p.wrap(TW, 1000)
        h += ph + fnstyle.spaceAfter
    return h


def draw_cover(c, doc):
    c.saveState()
    c.setFont("Times-Bold", 12)
    c.drawRightString(W - RM, H - 62, SYMBOL)
    c.setFont("Times-Roman", 11)
    c.drawRightString(W - RM, H - 80, "Original: English")
    c.drawRightString(W - RM, H - 94, "20 December 2005")
    c.setFont("Times-Bold", 12)
    c.drawString(LM, H - 140, "NINETIETH SESSION")
    c.setFont("Times-Roman", 11)
    us = "_"
    while stringWidth(us + "_", "Times-Roman", 11) <= TW:
        us += "_"
    c.drawString(LM, H - 152, us)
    c.setFont("Times-Bold", 14)
    c.drawCentredString(W / 2, H - 330, "DRAFT REPORT ON THE NINETIETH SESSION")
    c.drawCentredString(W / 2, H - 350, "OF THE COUNCIL")
    c.setFont("Times-Roman", 12)
    c.drawCentredString(W / 2, H - 420, "Geneva")
    c.drawCentredString(W / 2, H - 436, "29 November to 2 December 2005")
    c.drawCentredString(W / 2, H - 490, "Rapporteur: Mr. R. Vald\u00e9s Luna (Chile)")
    c.setLineWidth(0.6)
    c.line(LM, 78, W - RM, 78)
    c.setFont("Times-Bold", 12)
    c.drawString(LM, 60, "COUNCIL")
    c.drawCentredString(W / 2, 60, "CONSEIL")
    c.drawRightString(W - RM, 60, "CONSEJO")
    c.restoreState()


def header(c, label):
    c.saveState()
    c.setFont("Times-Roman", 11)
    c.drawRightString(W - RM, H - 50, SYMBOL)
    c.drawRightString(W - RM, H - 63, "Page %s" % label)
    c.restoreState()


def make_body_onpage(doc, phys):
    def onpage(c, d):
        header(c, str(phys - 2))
        nums = sorted([n for n, p in doc.fn_pages.items() if p == phys], key=int)
        if nums:
            h = fn_height(nums)
            ytop = BOTTOM + h
            c.setLineWidth(0.5)
            c.line(LM, ytop + 6, LM + 144, ytop + 6)
            y = ytop
            for n in nums:
                p = Paragraph(FN_TEXT[n], fnstyle,
                              bulletText=n)
                _, ph = p.wrap(TW, 1000)
                p.drawOn(c, LM, y - ph)
                y -= ph + fnstyle.spaceAfter
    return onpage


def build(fn_pages, toc_pages):
    doc = Doc(fn_pages, OUT, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=100, bottomMargin=BOTTOM,
              title="Draft report on the Ninetieth Session of the Council", author="IOM")
    templates = [
        PageTemplate("cover", [Frame(LM, BOTTOM, TW, 20, id="cf")], onPage=draw_cover, autoNextPageTemplate="toc"),
        PageTemplate("toc", [Frame(LM, BOTTOM, TW, TOP_FRAME - BOTTOM, id="tf")],
                     onPage=lambda c, d: header(c, "i"), autoNextPageTemplate="b3"),
    ]
    for phys in range(3, 14):
        nums = [n for n, p in fn_pages.items() if p == phys]
        bottom = BOTTOM + (fn_height(nums) + 16 if nums else 0)
        templates.append(PageTemplate("b%d" % phys, [Frame(LM, bottom, TW, TOP_FRAME - bottom, id="f%d" % phys,
                                                           leftPadding=0, rightPadding=0)],
                                      onPage=make_body_onpage(doc, phys), autoNextPageTemplate="b%d" % (phys + 1)))
    doc.addPageTemplates(templates)

    story = [Spacer(1, 1), NextPageTemplate("toc"), PageBreak()]
    # contents
    story.append(Paragraph("<b>CONTENTS</b>", ParagraphStyle("ct", fontName="Times-Bold", fontSize=12,
                                                            alignment=TA_CENTER, spaceAfter=14)))
    story.append(Paragraph("<u>Page</u>", ParagraphStyle("pg", fontName="Times-Roman", fontSize=11,
                                                        alignment=2, spaceAfter=6)))
    entries = []
    key = 0
    flows = []
    pnum = 0
    for block in CONTENT:
        kind = block[0]
        if kind in ("h1", "h2", "h3"):
            key += 1
            level = {"h1": 0, "h2": 1, "h3": 2}[kind]
            text = block[2].replace("<u>", "").replace("</u>", "")
            entries.append((level, block[1], text, toc_pages.get(key, 1)))
            st = {"h1": h1, "h2": h2, "h3": h3}[kind]
            p = Paragraph(block[2], st, bulletText=block[1])
            p._tockey = key
            flows.append(p)
        elif kind == "p":
            pnum += 1
            flows.append(Paragraph(block[1], body, bulletText="%d." % pnum))
        elif kind == "items":
            for lab, t in block[1]:
                flows.append(Paragraph(t, item, bulletText=lab))
            flows[-1].style = ParagraphStyle("itemlast", parent=item, spaceAfter=8)
        elif kind == "officers":
            for lab, t in block[1]:
                flows.append(Paragraph(t, officer, bulletText=lab))
            flows[-1].style = ParagraphStyle("offlast", parent=officer, spaceAfter=9)
    story.append(Contents(entries))
    story.append(NextPageTemplate("b3"))
    story.append(PageBreak())
    story.extend(flows)
    doc.build(story)
    return doc, pnum


if __name__ == "__main__":
    fn_pages, toc_pages = {}, {}
    for _ in range(6):
        doc, npara = build(fn_pages, toc_pages)
        new_fn = dict(doc.marks)
        new_toc = {k: v - 2 for k, v in doc.heading_pages.items()}
        if new_fn == fn_pages and new_toc == toc_pages:
            break
        fn_pages, toc_pages = new_fn, new_toc
    else:
        print("NOT CONVERGED")
    print("paragraphs:", npara, "pages:", doc.page, "footnotes on:", fn_pages, "toc:", toc_pages)
