"""Draw programme-budget-2004c.pdf: a revision of the IOM Programme and Budget for 2004
(Executive Committee document, MC/EX series), laid out in the 2004 style with reportlab."""
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.lib import colors
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                Table, TableStyle, PageBreak, KeepTogether)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "programme-budget-2004c.pdf")

SYMBOL = "MC/EX/656"
TITLE = "REVISION OF THE PROGRAMME AND BUDGET FOR 2004"
W, H = A4
LM = RM = 25 * mm
TOP = 22 * mm
BOT = 22 * mm
FW = W - LM - RM

FONT, BOLD, ITAL = "Times-Roman", "Times-Bold", "Times-Italic"

body = ParagraphStyle("body", fontName=FONT, fontSize=11.5, leading=14.2, alignment=TA_JUSTIFY,
                      spaceAfter=9)
numbered = ParagraphStyle("num", parent=body, bulletFontName=FONT, bulletFontSize=11.5,
                          bulletIndent=0, leftIndent=0, firstLineIndent=34)
item = ParagraphStyle("item", parent=body, bulletFontName=FONT, bulletFontSize=11.5,
                      bulletIndent=34, leftIndent=62, firstLineIndent=0, spaceAfter=6)
h1 = ParagraphStyle("h1", fontName=BOLD, fontSize=11.5, leading=14, spaceBefore=6, spaceAfter=9,
                    alignment=TA_LEFT, keepWithNext=1)
h2 = ParagraphStyle("h2", fontName=ITAL, fontSize=11.5, leading=14, spaceBefore=2, spaceAfter=8,
                    keepWithNext=1)
runtitle = ParagraphStyle("rt", fontName=BOLD, fontSize=12, leading=15, alignment=TA_CENTER,
                          spaceAfter=18)
caption = ParagraphStyle("cap", fontName=BOLD, fontSize=10.5, leading=13, alignment=TA_CENTER,
                         spaceBefore=8, spaceAfter=5)
cell = ParagraphStyle("cell", fontName=FONT, fontSize=9.5, leading=11.5)
fnstyle = ParagraphStyle("fn", fontName=FONT, fontSize=9, leading=10.8, alignment=TA_JUSTIFY,
                         leftIndent=12, firstLineIndent=-12)

# ---------------------------------------------------------------- footnotes
FOOTNOTES = {
    "1": "In line with established practice, the initial estimates excluded activities for which no "
         "funding commitment had been received by 15 September 2003.",
    "2": "The status of assessed contributions outstanding at 31 March 2004 is set out in document "
         "MC/EX/653.",
    "3": "The method of calculating project-related overhead was described in document MC/EX/638 "
         "and endorsed by the Executive Committee at its Ninety-ninth Session.",
}


def fn(n):
    return '<super><font size="7.5">%s</font></super><onDraw name="fnmark" label="%s"/>' % (n, n)


# ---------------------------------------------------------------- tables
T1 = [("Movement, Emergency and Post-crisis Migration Management", 196412300, 271908600),
      ("Migration Health", 24306900, 31455200),
      ("Technical Cooperation on Migration", 52118400, 68740100),
      ("Assisted Voluntary Returns and Integration", 38920500, 49361800),
      ("Counter-trafficking", 12774600, 17093400),
      ("Labour Migration", 6415200, 9882700),
      ("Migration Policy, Research and Communications", 3206800, 2871500),
      ("Compensation Programmes", 55100000, 77304000)]
T2 = [("Africa", 61203400, 98517200),
      ("Middle East", 18944100, 24610900),
      ("Latin America and the Caribbean", 47380600, 58236400),
      ("North America", 22517300, 26994800),
      ("Asia and Oceania", 104725800, 149302700),
      ("Europe", 134483500, 170955300)]
assert sum(r[1] for r in T1) == sum(r[1] for r in T2) == 389254700
assert sum(r[2] for r in T1) == sum(r[2] for r in T2) == 528617300


def money(v):
    return "{:,}".format(v) if v >= 0 else "({:,})".format(-v)


def budget_table(rows, first_head):
    data = [[first_head, "Approved budget", "Revised estimates", "Increase/(decrease)"],
            ["", "(USD)", "(USD)", "(USD)"]]
    ta, tr = 0, 0
    for label, a, r in rows:
        data.append([label, money(a), money(r), money(r - a)])
        ta += a
        tr += r
    data.append(["Total", money(ta), money(tr), money(tr - ta)])
    n = len(data)
    t = Table(data, colWidths=[237, 76, 76, 82], repeatRows=2)  # a little wider than the text block
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 9),
        ("FONT", (0, 0), (-1, 1), BOLD, 9),
        ("FONT", (0, n - 1), (-1, n - 1), BOLD, 9),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("ALIGN", (0, 0), (0, -1), "LEFT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BOX", (0, 0), (-1, -1), 0.75, colors.black),
        ("LINEBELOW", (0, 1), (-1, 1), 0.75, colors.black),
        ("LINEABOVE", (0, n - 1), (-1, n - 1), 0.75, colors.black),
        ("LINEAFTER", (0, 0), (-2, -1), 0.4, colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("TOPPADDING", (0, 1), (-1, 1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 0),
    ]))
    return t


# ---------------------------------------------------------------- content
def P(n, text):
    return Paragraph(text, numbered, bulletText="%d." % n)


def I(label, text):
    return Paragraph(text, item, bulletText=label)


def story():
    s = [Paragraph(TITLE, runtitle)]
    s.append(Paragraph("I.&nbsp;&nbsp;&nbsp;&nbsp;INTRODUCTION", h1))
    s.append(P(1,
        "The Programme and Budget for 2004 (MC/2121) was approved by the Council at its Eighty-sixth "
        "Session through Resolution No. 1096 (LXXXVI) of 20 November 2003. When it was approved, the "
        "Operational Part of the Budget stood at USD 389.3 million, a figure that took into account "
        "only the funding confirmed by donors or reasonably assured at the time of drafting." + fn(1)))
    s.append(P(2,
        "The present document is the first revision of the Programme and Budget for 2004. It updates "
        "the Operational Part of the Budget to cover new and expanded activities for which resources "
        "have been secured since the beginning of the year, and confirms that the Administrative Part "
        "of the Budget remains at the level approved by the Council."))
    s.append(P(3,
        "The revised estimates were examined by the Subcommittee on Budget and Finance at its "
        "Ninetieth Session on 27 April 2004. The observations made by members of the Subcommittee, "
        "in particular on the presentation of the regional distribution, have been reflected in "
        "the text and tables below."))
    s.append(Paragraph("II.&nbsp;&nbsp;&nbsp;&nbsp;ADMINISTRATIVE PART OF THE BUDGET", h1))
    s.append(P(4,
        "The Administrative Part of the Budget is maintained at CHF 37,251,000, the amount approved "
        "under Resolution No. 1096 (LXXXVI). The policy of zero nominal growth in assessed "
        "contributions is thus upheld for another year. The Administration would stress that the "
        "prompt payment of assessed contributions remains indispensable if core structures at "
        "Headquarters and in the field are to be sustained." + fn(2)))
    s.append(P(5,
        "The contributions of the Member States admitted at the Eighty-sixth Session will be "
        "incorporated in the scale of assessment for 2005. They do not modify the total of the "
        "Administrative Part of the Budget for 2004, which is financed entirely from the scale "
        "adopted by the Council in November 2003."))
    s.append(Paragraph("III.&nbsp;&nbsp;&nbsp;&nbsp;OPERATIONAL PART OF THE BUDGET", h1))
    s.append(Paragraph("III.1&nbsp;&nbsp;&nbsp;Revisions by service area", h2))
    s.append(P(6,
        "The Operational Part of the Budget is now projected at USD 528.6 million, which represents "
        "an increase of USD 139.4 million, or 35.8 per cent, over the estimate approved in November "
        "2003. Most of the growth stems from movement, emergency and post-crisis operations, "
        "above all the return and reintegration of displaced persons in Afghanistan, Liberia and "
        "Sierra Leone, and from the final phase of payments under the compensation programmes."))
    s.append(P(7,
        "Table 1 sets the approved budget beside the revised estimates for each service area. "
        "Figures in brackets denote a reduction in relation to the approved level."))
    s.append(KeepTogether([
        Paragraph("Table 1: Operational Part of the Budget by service area", caption),
        budget_table(T1, "Service area"), Spacer(1, 12)]))
    s.append(P(8,
        "Migration Policy, Research and Communications is the only service area in which the "
        "estimates have fallen, as two regional research projects originally planned for the second "
        "half of 2004 have been deferred to 2005 at the request of the funding governments. Labour "
        "migration activities, by contrast, have grown by more than half, reflecting new bilateral "
        "arrangements in Asia and in Central and Eastern Europe."))
    s.append(Paragraph("III.2&nbsp;&nbsp;&nbsp;Regional distribution", h2))
    s.append(P(9,
        "The revised estimates are broken down by region in Table 2. In absolute terms the largest "
        "rise occurs in Asia and Oceania, where programmes in Afghanistan, Indonesia and Sri Lanka "
        "have expanded, followed by Africa, where operations in West Africa and the Great Lakes "
        "region have received substantial new funding."))
    s.append(KeepTogether([
        Paragraph("Table 2: Operational Part of the Budget by region", caption),
        budget_table(T2, "Region"), Spacer(1, 12)]))
    s.append(P(10,
        "Europe continues to account for the largest share of the Operational Part of the Budget, "
        "since the compensation programmes administered from Geneva are recorded under that region. "
        "Excluding those programmes, the European share of the revised estimates would fall to about "
        "18 per cent."))
    s.append(Paragraph("IV.&nbsp;&nbsp;&nbsp;&nbsp;DISCRETIONARY INCOME", h1))
    s.append(P(11,
        "As a result of the higher volume of activities, project-related overhead income is now "
        "expected to reach USD 18.9 million, against USD 16.2 million in the approved budget. "
        "Miscellaneous income, consisting of unearmarked contributions and interest, is unchanged "
        "at USD 5.4 million." + fn(3)))
    s.append(P(12,
        "The Administration proposes to use the additional discretionary income of USD 2.7 million "
        "first to restore the Operational Support Income Reserve to its target level, and then to "
        "strengthen the structure of field offices whose workload has risen most sharply, notably "
        "in Kabul, Monrovia and Jakarta."))
    s.append(Paragraph("V.&nbsp;&nbsp;&nbsp;&nbsp;CONCLUSION", h1))
    s.append(P(13, "The Executive Committee is invited to:"))
    s.append(I("(a)", "take note of the revised estimates for the Operational Part of the Budget for "
                      "2004, which amount to USD 528,617,300;"))
    s.append(I("(b)", "take note that the Administrative Part of the Budget for 2004 remains at "
                      "CHF 37,251,000; and"))
    s.append(I("(c)", "approve the proposed use of the additional discretionary income set out in "
                      "paragraph 12 above."))
    return s


# ---------------------------------------------------------------- page drawing
def draw_cover(c):
    x = W - RM
    c.setFont(BOLD, 12)
    c.drawRightString(x, H - 25 * mm, SYMBOL)
    c.setFont(FONT, 11.5)
    c.drawRightString(x, H - 31 * mm, "Original: English")
    c.drawRightString(x, H - 36 * mm, "11 May 2004")
    c.setFont(BOLD, 12)
    c.drawCentredString(W / 2, H - 62 * mm, "HUNDRED AND FIRST SESSION")
    c.setFont(BOLD, 14)
    c.drawCentredString(W / 2, H - 125 * mm, "REVISION OF THE PROGRAMME AND BUDGET")
    c.drawCentredString(W / 2, H - 132 * mm, "FOR 2004")
    # cover note below a typed rule
    c.setFont(FONT, 11.5)
    c.drawString(LM, 62 * mm, "__________")
    c.setFont(FONT, 10.5)
    c.drawString(LM, 55 * mm, "This document is submitted to the Executive Committee at its Hundred and first Session "
                              "in June 2004.")
    # trilingual footer
    c.setFont(BOLD, 11)
    y = 20 * mm
    c.drawString(LM, y, "EXECUTIVE COMMITTEE")
    c.drawCentredString(W / 2 + 4 * mm, y, "COMIT\u00c9 EX\u00c9CUTIF")
    c.drawRightString(W - RM, y, "COMIT\u00c9 EJECUTIVO")


class Doc(BaseDocTemplate):
    def __init__(self, path, fnpages, reserve=None):
        BaseDocTemplate.__init__(self, path, pagesize=A4, leftMargin=LM, rightMargin=RM,
                                 topMargin=TOP, bottomMargin=BOT, title=TITLE, author="IOM")
        self.fnpages = fnpages          # physical page -> [footnote labels] (from previous pass)
        self.reserve = reserve or {}    # page -> labels whose space is kept free (marker pushed on)
        self.seen = {}
        frame = Frame(LM, BOT, FW, H - TOP - BOT, id="f", leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="cover", frames=[frame], onPage=self.on_cover),
                               PageTemplate(id="body", frames=[frame], onPage=self.on_body)])

    def footnote_block(self, labels):
        paras = [Paragraph('<super><font size="6.5">%s</font></super>&nbsp;%s' % (l, FOOTNOTES[l]),
                           fnstyle) for l in labels]
        hs = [p.wrap(FW, H)[1] for p in paras]
        return paras, hs

    def on_cover(self, c, doc):
        c.setNamedCB("fnmark", self.mark)
        draw_cover(c)

    def on_body(self, c, doc):
        c.setNamedCB("fnmark", self.mark)
        pg = doc.page
        c.setFont(FONT, 11.5)
        c.drawRightString(W - RM, H - 15 * mm, SYMBOL)
        c.drawRightString(W - RM, H - 20 * mm, "Page %d" % (pg - 1))
        top = H - 30 * mm
        labels = self.fnpages.get(pg, [])
        bottom = BOT
        extra = [l for l in self.reserve.get(pg, []) if l not in labels]
        if labels or extra:
            paras, hs = self.footnote_block(labels)
            xp, xh = self.footnote_block(extra)
            total = sum(hs) + sum(xh) + 3 * (len(hs) + len(xh) - 1)
            y = BOT + total
            if labels:
                c.setLineWidth(0.5)
                c.line(LM, y + 7, LM + 50 * mm, y + 7)
            for p, h in zip(paras, hs):
                p.drawOn(c, LM, y - h)
                y -= h + 3
            bottom = BOT + total + 16
        doc.pageTemplate.frames = [Frame(LM, bottom, FW, top - bottom, id="f%d" % pg,
                                         leftPadding=0, rightPadding=0, topPadding=0,
                                         bottomPadding=0)]

    def mark(self, canv, kind, label):
        self.seen.setdefault(self.page, []).append(label)


def build():
    from reportlab.platypus import NextPageTemplate
    fnpages, reserve = {}, {}
    for _ in range(8):
        doc = Doc(OUT, fnpages, reserve)
        flow = [NextPageTemplate("body"), PageBreak()] + story()
        doc.build(flow)
        if doc.seen == fnpages:
            break
        # a marker pushed to a later page by its own footnote: keep the space free on the
        # earlier page so that the layout settles
        where = {l: p for p, ls in doc.seen.items() for l in ls}
        for p, ls in fnpages.items():
            for l in ls:
                if l in where and where[l] > p:
                    reserve.setdefault(p, []).append(l)
        fnpages = doc.seen
    else:
        raise SystemExit("footnote placement did not converge")
    print("pages:", doc.page, "footnotes:", fnpages)


if __name__ == "__main__":
    build()
