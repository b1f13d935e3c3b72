"""Draw scpf-report-2016c.pdf: report of the SCPF on its Nineteenth Session (2016).

Layout is iterated until the contents page numbers and the footnote space reserved
at the foot of each page are stable.
"""
import os

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle, KeepTogether)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "scpf-report-2016c.pdf")

SYMBOL = "S/19/12"
PAGE_W, PAGE_H = A4
LM = RM = 25 * mm
TOP = 22 * mm
BOTTOM = 20 * mm
TEXT_W = PAGE_W - LM - RM

FONT = "Helvetica"
BOLD = "Helvetica-Bold"
ITAL = "Helvetica-Oblique"

body = ParagraphStyle("body", fontName=FONT, fontSize=11, leading=14.5,
                      alignment=TA_JUSTIFY, spaceAfter=9)
numbered = ParagraphStyle("num", parent=body, leftIndent=0, firstLineIndent=12 * mm,
                          bulletIndent=0, bulletFontName=FONT, bulletFontSize=11)
bullet = ParagraphStyle("bul", parent=body, leftIndent=19 * mm, bulletIndent=12 * mm,
                        bulletFontName=FONT, bulletFontSize=11, spaceAfter=5)
lettered = ParagraphStyle("let", parent=body, leftIndent=22 * mm, bulletIndent=12 * mm,
                          bulletFontName=FONT, bulletFontSize=11, spaceAfter=5)
heading = ParagraphStyle("h1", fontName=BOLD, fontSize=11, leading=14, spaceBefore=8,
                         spaceAfter=8, alignment=TA_LEFT, keepWithNext=1)
subheading = ParagraphStyle("h2", fontName=ITAL, fontSize=11, leading=14, spaceBefore=2,
                            spaceAfter=8, leftIndent=0, alignment=TA_LEFT, keepWithNext=1)
title_st = ParagraphStyle("title", fontName=BOLD, fontSize=12, leading=16, alignment=TA_CENTER)
centre = ParagraphStyle("centre", fontName=FONT, fontSize=11, leading=14, alignment=TA_CENTER)
organ_st = ParagraphStyle("organ", fontName=BOLD, fontSize=11, leading=14, alignment=TA_LEFT)
sess_st = ParagraphStyle("sess", fontName=FONT, fontSize=11, leading=14, alignment=TA_LEFT)
fn_st = ParagraphStyle("fn", fontName=FONT, fontSize=8.5, leading=10.5, leftIndent=4 * mm,
                       firstLineIndent=-4 * mm, alignment=TA_LEFT)
cap_st = ParagraphStyle("cap", fontName=BOLD, fontSize=10, leading=13, alignment=TA_CENTER,
                        spaceBefore=2, spaceAfter=4, keepWithNext=1)
cell = ParagraphStyle("cell", fontName=FONT, fontSize=9.5, leading=11.5)
cell_b = ParagraphStyle("cellb", fontName=BOLD, fontSize=9.5, leading=11.5)
cell_hr = ParagraphStyle("cellhr", fontName=BOLD, fontSize=9.5, leading=11.5, alignment=2)

# --------------------------------------------------------------------------------------
# Footnotes (marker -> text). Markers are placed in the text with fn(n).
FOOTNOTES = {
    "1": "The names of the individual representatives appear in the list of participants "
         "issued as document S/19/13.",
    "2": "The text of the agreement had been approved by the Council through Resolution "
         "No. 1317 of 30 June 2016.",
    "3": "All amounts are provisional until the financial statements for 2016 have been audited.",
}


def fn(n):
    return f'<super>{n}</super><onDraw name="fnmark" label="{n}"/>'


# --------------------------------------------------------------------------------------
class Leader(Flowable):
    """A contents entry: text, dot leaders, right-aligned page number."""

    def __init__(self, text, page, indent=0, font=FONT, size=11):
        super().__init__()
        self.text, self.page, self.indent, self.font, self.size = text, page, indent, font, size
        self.height = 17

    def wrap(self, aw, ah):
        self.width = aw
        return aw, self.height

    def draw(self):
        c = self.canv
        c.setFont(self.font, self.size)
        y = 4
        c.drawString(self.indent, y, self.text)
        tw = stringWidth(self.text, self.font, self.size)
        pw = stringWidth(self.page, self.font, self.size)
        c.drawRightString(self.width, y, self.page)
        dot_w = stringWidth(".", FONT, self.size)
        start = self.indent + tw + 6
        end = self.width - pw - 6
        n = int((end - start) / dot_w)
        if n > 0:
            c.setFont(FONT, self.size)
            c.drawString(end - n * dot_w, y, "." * n)


class Rule(Flowable):
    def __init__(self, width, space=6):
        super().__init__()
        self.w, self.space = width, space

    def wrap(self, aw, ah):
        return aw, self.space * 2

    def draw(self):
        self.canv.setLineWidth(0.6)
        self.canv.line(0, self.space, self.w, self.space)


class Heading(Paragraph):
    """Paragraph that remembers its contents key."""

    def __init__(self, text, style, key):
        super().__init__(text, style)
        self.toc_key = key


# --------------------------------------------------------------------------------------
SECTIONS = [
    ("intro", None, "Introduction"),
    ("agenda", None, "Adoption of the agenda"),
    ("dg", None, "Statement by the Director General"),
    ("contrib", None, "Status of assessed contributions to the Administrative Part of the Budget"),
    ("pb", None, "Programme and budget matters"),
    ("pb_a", "(a)", "Revision of the Programme and Budget for 2016"),
    ("pb_b", "(b)", "Programme and Budget for 2017"),
    ("un", None, "Relationship between IOM and the United Nations"),
    ("other", None, "Other business"),
    ("close", None, "Closure of the session"),
]


def story(pages):
    s = []
    P = Paragraph
    counter = [0]

    def para(text):
        counter[0] += 1
        s.append(P(text, numbered, bulletText=f"{counter[0]}."))

    def head(key):
        for k, lab, txt in SECTIONS:
            if k == key:
                if lab:
                    s.append(Heading(f"{lab}&nbsp;&nbsp;&nbsp;{txt}", subheading, key))
                else:
                    s.append(Heading(txt, heading, key))

    # ---- cover block ----
    for line in (SYMBOL, "Original: English", "21 November 2016"):
        s.append(P(line, ParagraphStyle("r", fontName=FONT, fontSize=11, leading=14, alignment=2)))
    s.append(Spacer(1, 16))
    s.append(P("STANDING COMMITTEE ON PROGRAMMES AND FINANCE", organ_st))
    s.append(P("Nineteenth Session", sess_st))
    s.append(Spacer(1, 4))
    s.append(Rule(TEXT_W))
    s.append(Spacer(1, 10))
    s.append(P("REPORT OF THE STANDING COMMITTEE ON PROGRAMMES AND FINANCE", title_st))
    s.append(P("ON ITS NINETEENTH SESSION", title_st))
    s.append(Spacer(1, 12))
    s.append(P("Geneva", centre))
    s.append(P("1\u20132 November 2016", centre))
    s.append(Spacer(1, 20))

    # ---- contents ----
    s.append(P("CONTENTS", ParagraphStyle("ch", fontName=BOLD, fontSize=11, leading=14,
                                          alignment=TA_CENTER)))
    s.append(P("Page", ParagraphStyle("pg", fontName=FONT, fontSize=10, leading=13, alignment=2)))
    s.append(Spacer(1, 2))
    for k, lab, txt in SECTIONS:
        pg = str(pages.get(k, 0))
        if lab:
            s.append(Leader(f"{lab}  {txt}", pg, indent=10 * mm))
        else:
            s.append(Leader(txt, pg))
    s.append(Spacer(1, 18))

    # ---- body ----
    head("intro")
    para("The Standing Committee on Programmes and Finance, set up by the Council through "
         "Resolution No. 1150 of 7 June 2007, held its Nineteenth Session at the Centre "
         "International de Conf\u00e9rences Gen\u00e8ve on Tuesday 1 and Wednesday 2 November 2016. "
         "The session comprised four meetings, all of which were chaired by "
         "H.E. Mr Tom\u00e1s Elgueta R\u00edos (Chile), who had been elected Chairperson at the "
         "Eighteenth Session.")
    para("Delegations from the following Member States attended:" + fn("1") +
         " Afghanistan, Algeria, Angola, Argentina, Armenia, Australia, Austria, Bangladesh, "
         "Belgium, Brazil, Burkina Faso, Canada, Chile, China, Colombia, Costa Rica, "
         "C\u00f4te d\u2019Ivoire, Cyprus, Czech Republic, Democratic Republic of the Congo, Ecuador, "
         "Egypt, El Salvador, Ethiopia, Finland, France, Germany, Ghana, Greece, Guatemala, "
         "Holy See, Honduras, Hungary, India, Ireland, Italy, Japan, Kenya, Lesotho, Mexico, "
         "Morocco, Netherlands, Nigeria, Norway, Pakistan, Peru, Philippines, Poland, Portugal, "
         "Republic of Korea, Senegal, South Africa, Spain, Sri Lanka, Sudan, Sweden, "
         "Switzerland, Thailand, Tunisia, Turkey, Uganda, United Kingdom of Great Britain and "
         "Northern Ireland, United States of America, Venezuela (Bolivarian Republic of), "
         "Zambia and Zimbabwe.")
    para("Indonesia and Qatar, as well as the Sovereign Order of Malta, followed the "
         "proceedings as observers.")

    head("agenda")
    para("The provisional agenda, circulated as document S/19/1, was adopted as it stood. "
         "The Chairperson recalled that the report on the Eighteenth Session (S/18/16) had been "
         "distributed to all Member States at the end of June and that no request for "
         "correction had reached the Secretariat.")

    head("dg")
    para("Opening the session, the Director General reviewed the principal events of the "
         "months since the Committee had last met. Among them, he singled out:")
    s.append(P("the signature in New York, on 19 September 2016, of the agreement under which "
               "IOM joined the United Nations system as a related organization;" + fn("2"),
               bullet, bulletText="\u2022"))
    s.append(P("the rapid expansion of operations in response to large-scale displacement in "
               "and around Iraq, the Syrian Arab Republic and Yemen and along the central "
               "Mediterranean route, which had lifted the number of active projects above 2,600;",
               bullet, bulletText="\u2022"))
    s.append(P("the first country assessments carried out under the Migration Governance "
               "Framework welcomed by the Council in Resolution No. 1310 of 24 November 2015; and",
               bullet, bulletText="\u2022"))
    s.append(P("the growing gap between the scale of field activities and the core structure "
               "financed from the Administrative Part of the Budget.",
               ParagraphStyle("bul_last", parent=bullet, spaceAfter=9), bulletText="\u2022"))
    para("Many delegations congratulated the Director General on the conclusion of the "
         "agreement with the United Nations and asked that Member States be kept informed of "
         "its practical consequences. Several speakers stressed that the Organization\u2019s "
         "project-based funding model left the core structure thinly resourced, while others "
         "encouraged the Administration to pursue further efficiency gains before seeking "
         "additional assessed contributions.")

    head("contrib")
    para("The Administration introduced the status report on outstanding contributions "
         "(S/19/4), which set out the position as at 30 September 2016. At that date, eleven "
         "Member States were subject to Article 4 of the Constitution, compared with fourteen "
         "a year earlier; two of them had since concluded payment plans with the "
         "Administration.")
    para("Amounts still due, broken down by the year to which they relate, are shown in "
         "Table 1." + fn("3") + " The 2016 figures include contributions from four new Member "
         "States admitted at the 106th Session of the Council.")

    rows = [
        ("2016", 48652000, 37918430),
        ("2015", 2347118, 1602774),
        ("2014", 913406, 388250),
        ("2013", 611920, 120400),
        ("2012 and earlier", 3184551, 55000),
    ]
    data = [[P("Year of assessment", cell_b),
             P("Due at 1 January 2016", cell_hr),
             P("Received in 2016", cell_hr),
             P("Outstanding at 30 September 2016", cell_hr)]]
    tot = [0, 0, 0]
    for label, due, rec in rows:
        out = due - rec
        tot[0] += due
        tot[1] += rec
        tot[2] += out
        data.append([label, f"{due:,}", f"{rec:,}", f"{out:,}"])
    data.append(["Total", f"{tot[0]:,}", f"{tot[1]:,}", f"{tot[2]:,}"])
    t = Table(data, colWidths=[50 * mm, 36 * mm, 36 * mm, 38 * mm])
    t.setStyle(TableStyle([
        ("FONT", (0, 1), (-1, -1), FONT, 9.5),
        ("FONT", (0, -1), (-1, -1), BOLD, 9.5),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, "black"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, "black"),
        ("LINEABOVE", (0, -1), (-1, -1), 0.6, "black"),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, "black"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    s.append(KeepTogether([
        P("Table 1 \u2013 Outstanding assessed contributions as at 30 September 2016 "
          "(Swiss francs)", cap_st),
        t,
        Spacer(1, 12),
    ]))

    para("After an exchange of views, the Standing Committee:")
    items = [
        ("(a)", "took note of the status report contained in document S/19/4;"),
        ("(b)", "expressed its appreciation to the Member States that had paid their "
                "contributions in full or had honoured the instalments of their payment plans;"),
        ("(c)", "urged Member States in arrears to settle the amounts due without delay or, "
                "where that was not possible, to agree on a realistic payment plan with the "
                "Administration; and"),
        ("(d)", "asked the Administration to report on further developments at its "
                "Twentieth Session."),
    ]
    for lab, txt in items:
        st = lettered if lab != "(d)" else ParagraphStyle("let_last", parent=lettered,
                                                          spaceAfter=9)
        s.append(P(txt, st, bulletText=lab))

    head("pb")
    head("pb_a")
    para("The Administration presented document S/19/5, which revised the Programme and "
         "Budget for 2016 (C/106/8) approved by the Council through Resolution No. 1309 of "
         "24 November 2015. The Administrative Part remained at CHF 48,652,000, whereas the "
         "Operational Part had grown from USD 767.4 million to USD 1,402.8 million as a result "
         "of new funding, most of it earmarked for emergency and post-crisis programmes.")
    para("In reply to a question, the Administration confirmed that discretionary income for "
         "2016 was now projected at USD 98.6 million and that the shortfall against the "
         "original estimate would be absorbed within the approved envelope. The Standing "
         "Committee took note of document S/19/5.")
    head("pb_b")
    para("Introducing the Programme and Budget for 2017 (C/107/6), the Administration "
         "explained that the Administrative Part was proposed at CHF 49,918,000, an increase "
         "limited to the assessed contributions of the newly admitted Member States, and that "
         "the Operational Part was estimated at USD 796.5 million on the basis of funding "
         "already confirmed. It also drew attention to the Financial Report for the Year "
         "Ended 31 December 2015 (C/107/3), which the Committee had examined in June.")
    para("Delegations generally supported the proposal. Some asked for clearer information "
         "on the use of discretionary income and on the staffing of the new structures at "
         "Headquarters, and one delegation requested that future budget documents show "
         "trends over a five-year period.")
    para("The Standing Committee recommended that the Council approve the Programme and "
         "Budget for 2017 at its 107th Session.")

    head("un")
    para("The Legal Counsel outlined the steps taken since the signature of the agreement, "
         "including consultations with the United Nations Secretariat on the participation of "
         "IOM in inter-agency coordination mechanisms. He emphasized that the Organization "
         "would keep its own governing bodies, Constitution and budgetary arrangements.")
    para("Member States welcomed the update and asked the Administration to submit a written "
         "analysis of the legal and financial implications of the agreement to the Standing "
         "Committee at its next session.")

    head("other")
    para("No other business was raised. The Chairperson informed the Committee that its "
         "Twentieth Session was expected to take place in June 2017.")

    head("close")
    para("The Chairperson declared the Nineteenth Session closed on Wednesday, "
         "2 November 2016, at 5.40 p.m.")
    return s


# --------------------------------------------------------------------------------------
def fn_block_height(markers):
    h = 0
    for m in markers:
        p = Paragraph(f"<super>{m}</super>&nbsp;&nbsp;{FOOTNOTES[m]}", fn_st)
        _, ph = p.wrap(TEXT_W, 1000)
        h += ph + 2
    return h + 12 if markers else 0


class Doc(BaseDocTemplate):
    def __init__(self, path, plan, **kw):
        super().__init__(path, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TOP,
                         bottomMargin=BOTTOM, title="Report of the Standing Committee on "
                         "Programmes and Finance on its Nineteenth Session", author="IOM", **kw)
        self.plan = plan            # page -> list of footnote markers expected there
        self.marks = {}             # page -> markers actually drawn there
        self.heading_pages = {}
        templates = []
        for n in range(1, 12):
            reserve = fn_block_height(plan.get(n, []))
            top = TOP if n == 1 else TOP + 12 * mm
            fr = Frame(LM, BOTTOM + reserve, TEXT_W, PAGE_H - top - BOTTOM - reserve,
                       leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id=f"f{n}")
            templates.append(PageTemplate(id=f"p{n}", frames=[fr], onPage=self.on_page,
                                          onPageEnd=self.on_page_end))
        self.addPageTemplates(templates)

    def on_page(self, canv, doc):
        canv.setNamedCB("fnmark", self.fnmark)
        n = canv.getPageNumber()
        if n > 1:
            canv.setFont(FONT, 11)
            canv.drawRightString(PAGE_W - RM, PAGE_H - 14 * mm, SYMBOL)
            canv.drawRightString(PAGE_W - RM, PAGE_H - 14 * mm - 14, f"Page {n}")

    def fnmark(self, canv, kind, label):
        self.marks.setdefault(canv.getPageNumber(), []).append(label)

    def on_page_end(self, canv, doc):
        n = canv.getPageNumber()
        markers = self.marks.get(n, [])
        if not markers:
            return
        paras = [Paragraph(f"<super>{m}</super>&nbsp;&nbsp;{FOOTNOTES[m]}", fn_st) for m in markers]
        heights = [p.wrap(TEXT_W, 1000)[1] for p in paras]
        y = BOTTOM + sum(heights) + 2 * (len(paras) - 1)
        canv.saveState()
        canv.setLineWidth(0.5)
        canv.line(LM, y + 6, LM + 50 * mm, y + 6)
        for p, h in zip(paras, heights):
            p.drawOn(canv, LM, y - h)
            y -= h + 2
        canv.restoreState()

    def afterPage(self):
        self.handle_nextPageTemplate(f"p{self.page + 1}")

    def afterFlowable(self, flowable):
        key = getattr(flowable, "toc_key", None)
        if key:
            self.heading_pages[key] = self.page


def main():
    plan, pages = {}, {}
    for _ in range(8):
        doc = Doc(OUT, plan)
        doc.build(story(pages))
        new_plan = {k: v for k, v in doc.marks.items()}
        if new_plan == plan and doc.heading_pages == pages:
            break
        plan, pages = new_plan, dict(doc.heading_pages)
    else:
        raise SystemExit("layout did not converge")
    print("footnotes by page:", plan)
    print("headings by page:", pages)


if __name__ == "__main__":
    main()
