# Draws council-report-1999c.pdf: draft report on the Seventy-seventh Session of the IOM Council (1999).
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_RIGHT, TA_LEFT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                TableStyle, PageBreak, Flowable, KeepTogether)
from reportlab.pdfbase.pdfmetrics import stringWidth

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "council-report-1999c.pdf")
SYMBOL = "MC/1994"
PAGE_W, PAGE_H = A4
LM = RM = 2.5 * cm
TM = 2.5 * cm
BM = 2.2 * cm
FW = PAGE_W - LM - RM
FH = PAGE_H - TM - BM

F, FB = "Times-Roman", "Times-Bold"

body = ParagraphStyle("body", fontName=F, fontSize=11, leading=13.6, alignment=TA_JUSTIFY,
                      spaceAfter=8, firstLineIndent=1.27 * cm, leftIndent=0, bulletIndent=0,
                      bulletFontName=F, bulletFontSize=11)
item = ParagraphStyle("item", parent=body, firstLineIndent=0, leftIndent=2.54 * cm,
                      bulletIndent=1.27 * cm, spaceAfter=5)
head = ParagraphStyle("head", fontName=FB, fontSize=11, leading=13.6, alignment=TA_LEFT,
                      spaceBefore=6, spaceAfter=8, keepWithNext=1)
subhead = ParagraphStyle("subhead", parent=head, fontName="Times-Italic", leftIndent=0)
fnstyle = ParagraphStyle("fn", fontName=F, fontSize=9, leading=10.5, alignment=TA_JUSTIFY,
                         leftIndent=0.35 * cm, firstLineIndent=-0.35 * cm)
centre = ParagraphStyle("centre", fontName=FB, fontSize=11, leading=14, alignment=TA_CENTER)
right = ParagraphStyle("right", fontName=F, fontSize=11, leading=14, alignment=TA_RIGHT)
cell = ParagraphStyle("cell", fontName=F, fontSize=11, leading=13.6)

FOOTNOTES = {
    "1": "The list of participants is contained in document MC/1993.",
    "2": "Delegations that wished to do so made the full texts of their statements available to the "
         "Secretariat; these may be consulted on request.",
    "3": "The contributions of the three Members admitted at the session are not included in this figure; "
         "they will be assessed in accordance with the scale of assessment for 2000 set out in document "
         "MC/1982/Add.1.",
}


def fn(label):
    return '<super>%s</super><onDraw name="fnmark" label="%s"/>' % (label, label)


MEMBERS = ("Albania, Algeria, Angola, Argentina, Armenia, Australia, Austria, Bangladesh, Belgium, "
           "Bolivia, Bulgaria, Canada, Chile, Colombia, Costa Rica, C\u00f4te d'Ivoire, Croatia, Cyprus, "
           "Czech Republic, Denmark, Dominican Republic, Ecuador, Egypt, El Salvador, Finland, France, "
           "Germany, Greece, Guatemala, Guinea-Bissau, Haiti, Honduras, Hungary, Israel, Italy, Japan, "
           "Kenya, Kyrgyzstan, Latvia, Lithuania, Luxembourg, Morocco, Netherlands, Nicaragua, Norway, "
           "Pakistan, Panama, Paraguay, Peru, Philippines, Poland, Portugal, Republic of Korea, Romania, "
           "Senegal, Slovakia, South Africa, Sri Lanka, Sweden, Switzerland, Tajikistan, Thailand, Uganda, "
           "United Kingdom of Great Britain and Northern Ireland, United Republic of Tanzania, "
           "United States of America, Uruguay, Venezuela, Yemen and Zambia")

OBSERVERS = ("Afghanistan, Azerbaijan, Belarus, Bosnia and Herzegovina, Brazil, Burkina Faso, Cape Verde, "
             "China, Ethiopia, Georgia, Ghana, Guinea, Holy See, India, Indonesia, Iran (Islamic Republic of), "
             "Jamaica, Jordan, Mexico, Mozambique, Namibia, New Zealand, Russian Federation, Rwanda, "
             "San Marino, Spain, The former Yugoslav Republic of Macedonia, Turkey, Ukraine and Viet Nam")

# The body: ("h", text) heading, ("s", text) sub-heading, ("p", text) numbered paragraph,
# ("i", label, text) lettered item, ("t", rows) table of officers.
BODY = [
    ("h", "INTRODUCTION"),
    ("p", "Pursuant to Resolution No. 987 (LXXVI) of 3 December 1998, the Council convened for its "
          "Seventy-seventh Session on Tuesday, 16 November 1999, at the Palais des Nations, Geneva. "
          "Five meetings were held, the last of them on the afternoon of Thursday, 18 November 1999."),
    ("p", "The session was preceded on 15 November 1999 by informal consultations of Member States on the "
          "draft resolutions before the Council, the texts of which had been circulated in English, "
          "French and Spanish."),
    ("h", "ATTENDANCE"),
    ("p", "The following Member States were represented:" + fn("1") + " " + MEMBERS + "."),
    ("p", OBSERVERS + " were represented by observers."),
    ("p", "The United Nations, the Office of the United Nations High Commissioner for Refugees (UNHCR), "
          "the International Labour Office (ILO), the World Food Programme (WFP), the United Nations "
          "Development Programme (UNDP), the United Nations Population Fund (UNFPA) and the World Health "
          "Organization (WHO) were represented by observers, as were the Sovereign Military Order of Malta "
          "and the International Committee of the Red Cross (ICRC)."),
    ("p", "The following intergovernmental organizations were also represented by observers: the Council "
          "of Europe, the European Commission, the Intergovernmental Consultations on Asylum, Refugee and "
          "Migration Policies in Europe, North America and Australia, the International Centre for Migration "
          "Policy Development, the League of Arab States and the Organization of African Unity."),
    ("p", "Observers from Caritas Internationalis, the Churches' Commission for Migrants in Europe, the "
          "International Catholic Migration Commission, the International Council of Voluntary Agencies, "
          "the Lutheran World Federation, Migrants Rights International and the World Council of Churches "
          "attended on behalf of non-governmental organizations."),
    ("h", "OPENING OF THE SESSION AND CREDENTIALS OF REPRESENTATIVES AND OBSERVERS"),
    ("p", "The outgoing Chairman, H.E. Mr. H. Tandberg (Norway), declared the session open at 10.20 a.m. "
          "on 16 November 1999. He recalled that in the course of the year the Organization had mounted "
          "the largest emergency movement in its history in response to the crisis in Kosovo."),
    ("p", "The Council noted that the Director General had examined the credentials of the representatives "
          "of the Member States listed in paragraph 3 and had found them to be in good and due form, and "
          "that the names of the observers listed in paragraphs 4 to 7 had been communicated to him."),
    ("h", "ELECTION OF OFFICERS"),
    ("p", "The Council elected the following officers by acclamation:"),
    ("t", [("Chairman", "H.E. Mr. S. O. Kimani (Kenya)"),
           ("First Vice-Chairman", "Mr. F. Duarte Lemos (Portugal)"),
           ("Second Vice-Chairman", "Ms. L. Reyes-Aquino (Philippines)"),
           ("Rapporteur", "Mr. A. Lindqvist (Sweden)")]),
    ("p", "On taking the Chair, the Chairman thanked the Council for the confidence shown in his country. "
          "The closing months of the decade, he observed, had tested the capacity of the Organization to "
          "respond at very short notice, and the session offered a timely occasion to take stock."),
    ("h", "ADOPTION OF THE AGENDA"),
    ("p", "The Council adopted the agenda as set out in document MC/1977/Rev.1."),
    ("h", "APPROVAL OF THE REPORT ON THE SEVENTY-SIXTH SESSION"),
    ("p", "The Council unanimously adopted Resolution No. 1000 (LXXVII), approving the report on its "
          "Seventy-sixth Session (MC/1958)."),
    ("h", "ADMISSION OF NEW MEMBERS AND OBSERVERS"),
    ("s", "(a)\u00a0\u00a0\u00a0Applications for membership in the Organization"),
    ("p", "The Council had before it applications for membership from the Republic of Azerbaijan (MC/1979), "
          "Georgia (MC/1980) and the Republic of Guinea (MC/1981). Each Government had accepted the "
          "Constitution in accordance with its own constitutional procedures and had undertaken to "
          "contribute to the Administrative Part of the Budget."),
    ("p", "The Council unanimously adopted Resolutions Nos. 1001 (LXXVII), 1002 (LXXVII) and 1003 (LXXVII), "
          "admitting the three applicants as Members of the Organization and bringing the membership "
          "to 76 States."),
    ("p", "The representatives of Azerbaijan, Georgia and Guinea thanked the Council and stated that their "
          "Governments looked forward to working with the Organization on the management of migration in "
          "their regions."),
    ("s", "(b)\u00a0\u00a0\u00a0Applications for representation by an observer"),
    ("p", "The Council adopted Resolution No. 1004 (LXXVII), granting observer status to the "
          "Intergovernmental Authority on Development (IGAD), whose application was contained in "
          "document MC/1984."),
    ("p", "The representative of IGAD expressed appreciation for the decision and described the migration "
          "concerns of the countries of the Horn of Africa."),
    ("h", "STATEMENT BY THE DIRECTOR GENERAL"),
    ("p", "The Director General reviewed the activities of the Organization since the previous session. In "
          "1999 IOM had moved some 408,000 persons, of whom more than 90,000 had been evacuated from the "
          "former Yugoslav Republic of Macedonia to 28 receiving countries under the Humanitarian "
          "Evacuation Programme."),
    ("p", "Looking ahead, he identified the following priorities for the Administration in the year 2000:"),
    ("i", "(a)", "consolidating the emergency response capacity built up during the Kosovo and East Timor "
                 "operations;"),
    ("i", "(b)", "strengthening technical cooperation on migration with the governments of countries of "
                 "origin and transit;"),
    ("i", "(c)", "expanding programmes to counter the trafficking of migrants, in particular women and "
                 "children;"),
    ("i", "(d)", "bringing the structure financed from the Administrative Part of the Budget into line with "
                 "the growth of operations; and"),
    ("i", "(e)", "improving the information systems of the Organization and its research output."),
    ("p", "He paid tribute to the staff in the field, several of whom had worked under difficult and at times "
          "dangerous conditions, and thanked donor governments for their prompt support."),
    ("h", "GENERAL DEBATE"),
    ("p", "In the general debate," + fn("2") + " delegations commended the Organization for the speed of its "
          "response in the Balkans and in East Timor, and many noted the close cooperation between IOM "
          "and UNHCR in both operations."),
    ("p", "A number of delegations stressed that the rapid growth of operations should not outpace the core "
          "structure. They asked the Administration to present proposals to reinforce the field structure "
          "in time for the next session of the Executive Committee."),
    ("p", "Several delegations from Central America expressed their gratitude for the assistance given in the "
          "aftermath of Hurricane Mitch, and for the support of IOM to the Regional Conference on Migration."),
    ("p", "Delegations from Africa welcomed the continuation of the Return of Qualified African Nationals "
          "programme and hoped that it could be extended to further countries."),
    ("p", "Many speakers voiced concern at the growth of trafficking in human beings and encouraged the "
          "Organization to pursue information campaigns in countries of origin."),
    ("p", "Replying to the debate, the Director General assured delegations that their comments would guide "
          "the preparation of the programme for the coming year."),
    ("h", "REPORT ON THE NINETY-SIXTH SESSION OF THE EXECUTIVE COMMITTEE"),
    ("p", "The Council took note of the report on the Ninety-sixth Session of the Executive Committee "
          "(MC/1983) and endorsed the decisions contained therein."),
    ("h", "PROGRAMME AND BUDGET FOR 2000"),
    ("p", "The Council had before it the Programme and Budget for 2000 (MC/1982) and the report of the "
          "Sub-Committee on Budget and Finance thereon (MC/1986)."),
    ("p", "The Administrative Part of the Budget was set at CHF 37,238,000, to be financed by assessed "
          "contributions of CHF 36,918,000 and miscellaneous income of CHF 320,000." + fn("3")),
    ("p", "The Operational Part of the Budget was estimated at USD 243,500,000, an amount expected to rise "
          "as new activities were funded in the course of the year."),
    ("p", "Several delegations reaffirmed their support for a policy of zero nominal growth in the "
          "Administrative Part of the Budget, while others felt that the policy could not be maintained "
          "indefinitely."),
    ("p", "The Council adopted Resolution No. 1005 (LXXVII), approving the Programme and Budget for 2000."),
    ("h", "STATUS REPORT ON OUTSTANDING CONTRIBUTIONS TO THE ADMINISTRATIVE PART OF THE BUDGET"),
    ("p", "The Administration reported (MC/1985) that as at 31 October 1999 outstanding contributions "
          "amounted to CHF 4,612,380, of which CHF 3,104,550 was owed by Member States subject to Article 4 "
          "of the Constitution."),
    ("p", "The Council urged Member States in arrears to pay their contributions in full or to agree on "
          "a payment plan with the Administration."),
    ("p", "Two Member States announced payments made during the session, and a third stated that it had "
          "concluded a payment plan."),
    ("h", "ELECTION OF THE EXECUTIVE COMMITTEE"),
    ("p", "The Council adopted Resolution No. 1006 (LXXVII), electing to the Executive Committee for 2000 and "
          "2001 the Member States listed in that resolution."),
    ("p", "The newly elected Executive Committee was invited to hold its Ninety-seventh Session in Geneva in "
          "June 2000."),
    ("h", "OTHER BUSINESS"),
    ("p", "The Administration recalled that the Organization would mark the fiftieth anniversary of its "
          "founding in 2001, and indicated that proposals for the commemoration would be submitted to the "
          "Executive Committee at its next session."),
    ("p", "The Chairman drew the attention of delegations to a seminar on migration and health, to be held "
          "in Geneva in the spring of 2000 with the participation of WHO."),
    ("h", "DATE AND PLACE OF THE NEXT SESSION"),
    ("p", "The Council decided provisionally to hold its next regular session in Geneva from 28 November to "
          "1 December 2000."),
    ("h", "CLOSURE OF THE SESSION"),
    ("p", "After the customary exchange of courtesies, the Chairman declared the Seventy-seventh Session closed "
          "on Thursday, 18 November 1999, at 5.45 p.m."),
]

SUB_OF = {  # sub-headings shown under their group in the contents
    "(a)\u00a0\u00a0\u00a0Applications for membership in the Organization": "(a) Applications for membership in the Organization",
    "(b)\u00a0\u00a0\u00a0Applications for representation by an observer": "(b) Applications for representation by an observer",
}


class Mark(Flowable):
    """Zero-size flowable recording the page a heading lands on."""
    def __init__(self, key):
        super().__init__()
        self.key = key

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        pass


class TocEntry(Flowable):
    def __init__(self, text, page, indent=0):
        super().__init__()
        self.text, self.page, self.indent = text, page, indent
        self.fs = 11
        self.lead = 13.6

    def _lines(self, aw):
        from reportlab.lib.utils import simpleSplit
        return simpleSplit(self.text, F, self.fs, aw - self.indent - 2.2 * cm)

    def wrap(self, aw, ah):
        self.aw = aw
        self.lines = self._lines(aw)
        return aw, len(self.lines) * self.lead + 5

    def draw(self):
        c = self.canv
        c.setFont(F, self.fs)
        y = len(self.lines) * self.lead - self.fs + 5
        for i, ln in enumerate(self.lines):
            x0 = self.indent + (0.6 * cm if i else 0)
            c.drawString(x0, y, ln)
            if i == len(self.lines) - 1:
                end = x0 + stringWidth(ln, F, self.fs) + 4
                pw = stringWidth(self.page, F, self.fs)
                stop = self.aw - pw - 8
                dots = ""
                dw = stringWidth(".", F, self.fs)
                n = int((stop - end) / dw)
                if n > 0:
                    c.drawString(end, y, "." * n)
                c.drawRightString(self.aw, y, self.page)
            y -= self.lead


class Doc(BaseDocTemplate):
    def __init__(self, fn_pages, **kw):
        super().__init__(OUT, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM, bottomMargin=BM,
                         title="Draft report on the Seventy-seventh Session of the Council",
                         author="IOM", **kw)
        self.fn_pages = fn_pages          # page -> [labels], from the previous pass
        self.seen_fn = {}
        self.heading_pages = {}
        templates = [PageTemplate(id="plain", frames=[Frame(LM, BM, FW, FH, id="f", leftPadding=0,
                                                            rightPadding=0, topPadding=0, bottomPadding=0)],
                                  onPage=self.on_page)]
        for p, labels in fn_pages.items():
            h = self.fn_height(labels)
            templates.append(PageTemplate(id="fn%d" % p, frames=[Frame(LM, BM + h, FW, FH - h, id="f%d" % p,
                                                                       leftPadding=0, rightPadding=0,
                                                                       topPadding=0, bottomPadding=0)],
                                          onPage=self.on_page))
        self.addPageTemplates(templates)

    @staticmethod
    def fn_paras(labels):
        return [Paragraph("<super>%s</super>\u00a0%s" % (l, FOOTNOTES[l]), fnstyle) for l in labels]

    def fn_height(self, labels):
        return 14 + sum(p.wrap(FW, FH)[1] + 2 for p in self.fn_paras(labels))

    def handle_pageBegin(self):
        nxt = self.page + 1
        name = "fn%d" % nxt if nxt in self.fn_pages else "plain"
        for t in self.pageTemplates:
            if t.id == name:
                self.pageTemplate = t
        super().handle_pageBegin()

    def on_page(self, c, doc):
        c.setNamedCB("fnmark", self.fnmark)
        p = doc.page
        if p == 1:
            c.setFont(FB, 12)
            y = 1.5 * cm
            c.drawString(LM, y, "COUNCIL")
            c.drawCentredString(PAGE_W / 2, y, "CONSEIL")
            c.drawRightString(PAGE_W - RM, y, "CONSEJO")
        else:
            label = "i" if p == 2 else str(p - 2)
            c.setFont(F, 11)
            c.drawRightString(PAGE_W - RM, PAGE_H - 1.3 * cm, SYMBOL)
            c.drawRightString(PAGE_W - RM, PAGE_H - 1.3 * cm - 13, "Page %s" % label)
        labels = self.fn_pages.get(p)
        if labels:
            paras = self.fn_paras(labels)
            hs = [q.wrap(FW, FH)[1] for q in paras]
            y = BM + sum(h + 2 for h in hs)
            c.setLineWidth(0.5)
            c.line(LM, y + 6, LM + 5 * cm, y + 6)
            for q, h in zip(paras, hs):
                y -= h + 2
                q.drawOn(c, LM, y)

    def fnmark(self, canv, kind, label):
        self.seen_fn[label] = canv.getPageNumber()

    def afterFlowable(self, f):
        if hasattr(f, "toc_key"):
            self.heading_pages[f.toc_key] = self.page


def story(heading_pages):
    s = []
    # --- cover
    s.append(Paragraph("<b>%s</b>" % SYMBOL, right))
    s.append(Spacer(1, 10))
    s.append(Paragraph("Original: English", right))
    s.append(Paragraph("20 December 1999", right))
    s.append(Spacer(1, 3 * cm))
    s.append(Paragraph("SEVENTY-EIGHTH SESSION", centre))
    s.append(Spacer(1, 6))
    s.append(Paragraph("_" * 46, ParagraphStyle("rule", parent=centre, fontName=F)))
    s.append(Spacer(1, 2.2 * cm))
    s.append(Paragraph("DRAFT REPORT ON THE SEVENTY-SEVENTH SESSION", centre))
    s.append(Paragraph("OF THE COUNCIL", centre))
    s.append(Spacer(1, 2.2 * cm))
    s.append(Paragraph("Geneva", ParagraphStyle("c2", parent=centre, fontName=F)))
    s.append(Paragraph("16-18 November 1999", ParagraphStyle("c3", parent=centre, fontName=F)))
    s.append(Spacer(1, 1.6 * cm))
    s.append(Paragraph("Rapporteur: Mr. A. Lindqvist (Sweden)", ParagraphStyle("c4", parent=centre, fontName=F)))
    s.append(PageBreak())
    # --- contents
    s.append(Paragraph("CONTENTS", ParagraphStyle("ct", parent=centre, spaceAfter=10)))
    s.append(Paragraph("<u>Page</u>", ParagraphStyle("pg", parent=right, spaceAfter=8)))
    for e in BODY:
        if e[0] == "h":
            s.append(TocEntry(e[1], str(heading_pages.get(e[1], 0) - 2)))
        elif e[0] == "s":
            s.append(TocEntry(SUB_OF[e[1]], str(heading_pages.get(e[1], 0) - 2), indent=1.0 * cm))
    s.append(PageBreak())
    # --- body
    s.append(Paragraph("<u>DRAFT REPORT ON THE SEVENTY-SEVENTH SESSION OF THE COUNCIL</u>",
                       ParagraphStyle("rt", parent=centre, spaceAfter=14)))
    n = 0
    for e in BODY:
        kind = e[0]
        if kind == "h":
            hp = Paragraph("<u>%s</u>" % e[1], head)
            hp.toc_key = e[1]
            s.append(hp)
        elif kind == "s":
            hp = Paragraph(e[1], subhead)
            hp.toc_key = e[1]
            s.append(hp)
        elif kind == "p":
            n += 1
            s.append(Paragraph(e[1], body, bulletText="%d." % n))
        elif kind == "i":
            s.append(Paragraph(e[2], item, bulletText=e[1]))
            if e[2].endswith("."):
                s.append(Spacer(1, 4))
        elif kind == "t":
            rows = [[Paragraph(a, cell), Paragraph(b, cell)] for a, b in e[1]]
            t = Table(rows, colWidths=[5.2 * cm, 8.5 * cm], hAlign="CENTER")
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                                   ("TOPPADDING", (0, 0), (-1, -1), 2)]))
            s.append(t)
            s.append(Spacer(1, 8))
    return s


def main():
    fn_pages, heading_pages = {}, {}
    for _ in range(8):
        d = Doc(fn_pages)
        d.build(story(heading_pages))
        new_fn = {}
        for lab, p in d.seen_fn.items():
            new_fn.setdefault(p, []).append(lab)
        for p in new_fn:
            new_fn[p].sort()
        if new_fn == fn_pages and d.heading_pages == heading_pages:
            print("stable after pass", _ + 1)
            break
        fn_pages, heading_pages = new_fn, d.heading_pages
    print("pages:", d.page, "footnotes:", fn_pages)
    print("headings:", {k: v - 2 for k, v in heading_pages.items()})


if __name__ == "__main__":
    main()
