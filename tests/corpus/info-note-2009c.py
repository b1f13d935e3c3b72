"""Draws info-note-2009c.pdf: an IOM information note to the Council (MC/INF series, 2009)."""
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.lib import colors
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                PageBreak, NextPageTemplate, Table, TableStyle, KeepTogether)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "info-note-2009c.pdf")

W, H = A4
LM, RM = 72, 72
TW = W - LM - RM
TOP = H - 82          # top of body frame on text pages
BOTTOM = 62           # bottom of body frame when there are no footnotes

SYMBOL = "MC/INF/299"
TITLE_LINES = ["ASSISTED VOLUNTARY RETURN AND REINTEGRATION",
               "IN A TIME OF ECONOMIC CRISIS"]

# ---------------------------------------------------------------- styles
body = ParagraphStyle("body", fontName="Times-Roman", fontSize=12, leading=14.2,
                      alignment=TA_JUSTIFY, firstLineIndent=36, leftIndent=0,
                      bulletIndent=0, bulletFontName="Times-Roman", bulletFontSize=12,
                      spaceAfter=10)
bullet = ParagraphStyle("bullet", parent=body, firstLineIndent=0, leftIndent=58,
                        bulletIndent=36, spaceAfter=6)
head1 = ParagraphStyle("head1", fontName="Times-Bold", fontSize=12, leading=14,
                       leftIndent=36, bulletIndent=0, bulletFontName="Times-Bold",
                       bulletFontSize=12, spaceBefore=8, spaceAfter=10, keepWithNext=1)
head2 = ParagraphStyle("head2", fontName="Times-BoldItalic", fontSize=12, leading=14,
                       leftIndent=36, bulletIndent=0, bulletFontName="Times-BoldItalic",
                       bulletFontSize=12, spaceBefore=2, spaceAfter=8, keepWithNext=1)
runtitle = ParagraphStyle("runtitle", fontName="Times-Roman", fontSize=12, leading=14,
                          alignment=TA_CENTER, spaceAfter=22)
caption = ParagraphStyle("caption", fontName="Times-Roman", fontSize=11, leading=13,
                         alignment=TA_CENTER, spaceBefore=4, spaceAfter=6, keepWithNext=1)
cell = ParagraphStyle("cell", fontName="Times-Roman", fontSize=11, leading=13)
fnstyle = ParagraphStyle("fn", fontName="Times-Roman", fontSize=10, leading=11.5,
                         alignment=TA_JUSTIFY, spaceAfter=2)

def mark(n):
    """A raised footnote marker, with a callback recording the page it is drawn on."""
    return '<super>%d</super><onDraw name="fnmark" label="%d"/>' % (n, n)

FOOTNOTES = {
    1: "See Resolution No. 1150 of 7 June 2007 and the IOM Strategy set out in document MC/INF/287.",
    2: ("Figures for 2008 are final; those for 2007 have been revised since their first publication "
        "to take account of late registrations and now correspond to the data in document MC/2271."),
    3: "The pilot projects were carried out in Armenia, Georgia and the Republic of Moldova.",
}

# ---------------------------------------------------------------- content
def P(n, text):
    return Paragraph(text, body, bulletText="%d." % n)

def B(text):
    return Paragraph(text, bullet, bulletText="\u2022")

def H1(num, text):
    return Paragraph(text, head1, bulletText=num + ".")

def H2(num, text):
    return Paragraph(text, head2, bulletText=num + ".")

REGIONS = [("Africa", 4512, 5236), ("Americas", 2108, 2644),
           ("Asia and the Pacific", 6875, 7390), ("Europe and Central Asia", 11920, 12418),
           ("Middle East", 1985, 2207)]
T07 = sum(r[1] for r in REGIONS)
T08 = sum(r[2] for r in REGIONS)
assert (T07, T08) == (27400, 29895)

def pct(a, b):
    return "%.1f" % ((b - a) * 100.0 / a)

def fig_table():
    data = [["Region of return", "2007", "2008", "Change (%)"]]
    for name, a, b in REGIONS:
        data.append([name, "{:,}".format(a), "{:,}".format(b), pct(a, b)])
    data.append(["Total", "{:,}".format(T07), "{:,}".format(T08), pct(T07, T08)])
    t = Table(data, colWidths=[170, 75, 75, 80], hAlign="CENTER")
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "Times-Roman", 11),
        ("FONT", (0, 0), (-1, 0), "Times-Bold", 11),
        ("FONT", (0, -1), (-1, -1), "Times-Bold", 11),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("ALIGN", (0, 0), (0, -1), "LEFT"),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("LINEABOVE", (0, -1), (-1, -1), 1.0, colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (1, 0), (-1, -1), 8),
    ]))
    return t

CAPTION = ("Table 1: Assisted voluntary returns by region of return, 2007\u20132008 "
           "(number of persons)")

BULLETS = [
    "the timely provision of accurate information on conditions in the country of origin, "
    "including on the labour market, housing and access to health care;",
    "counselling that begins before departure and continues after arrival, so that returnees "
    "can adapt their plans to what they find;",
    "grants in cash or in kind that are large enough to make a small business viable, "
    "combined with basic training in management; and",
    "close cooperation with local authorities, employers and civil society organizations "
    "in the areas to which migrants return.",
]

def story():
    s = [Spacer(1, 1), NextPageTemplate("Body"), PageBreak()]
    s.append(Paragraph("<br/>".join(TITLE_LINES), runtitle))
    s.append(H1("I", "INTRODUCTION"))
    s.append(P(1,
        "This note gives the Council an overview of the assisted voluntary return and "
        "reintegration (AVRR) activities carried out by the Organization in 2008 and in the "
        "first half of 2009, a period marked by the onset of the global economic downturn. It "
        "updates the information provided in document MC/INF/293 and responds to questions "
        "raised by several delegations during the informal consultations held in May 2009."))
    s.append(P(2,
        "Assisted voluntary return remains one of the core activities of the Organization and "
        "is firmly anchored in the strategic objectives endorsed by the Member States." + mark(1) +
        " Over the past decade the number of migrants returning home with IOM assistance has "
        "grown steadily, and the services offered to them have widened from transport and "
        "pre-departure counselling to longer-term reintegration support in countries of origin."))
    s.append(P(3,
        "The economic crisis has affected return migration in ways that were not fully "
        "foreseen. While some host countries expected large numbers of unemployed migrant "
        "workers to go home, the available data point to a more gradual and uneven pattern. "
        "The note sets out the main trends (section II), describes recent developments in "
        "reintegration assistance (section III) and outlines the funding situation and the "
        "outlook for 2010 (section IV)."))
    s.append(H1("II", "TRENDS IN RETURN MOVEMENTS"))
    s.append(H2("A", "Overall caseload"))
    s.append(P(4,
        "In 2008 the Organization helped 29,895 migrants to return voluntarily to their "
        "countries of origin, against 27,400 in 2007, an increase of just over 9 per cent. "
        "Return programmes were run from 74 host countries to 152 countries of origin. "
        "Provisional data for the first six months of 2009 suggest that the annual caseload "
        "will once again exceed that of the previous year."))
    s.append(P(5,
        "The profile of returnees changed noticeably during the period under review. Rejected "
        "asylum-seekers, who made up nearly half of all returns in 2007, accounted for 41 per "
        "cent in 2008, while the shares of irregular migrants and of regular migrants who had "
        "lost their employment rose. Women represented 34 per cent of all returnees, and "
        "unaccompanied minors some 2 per cent."))
    s.append(H2("B", "Regional distribution"))
    s.append(P(6,
        "Table 1 shows the number of migrants assisted in 2007 and 2008, by region of "
        "return." + mark(2) + " Europe and Central Asia remained by far the largest region of "
        "return, but the sharpest relative increases were recorded for returns to the Americas "
        "and to Africa."))
    s.append(KeepTogether([Paragraph(CAPTION, caption), fig_table(), Spacer(1, 14)]))
    s.append(P(7,
        "The growth in returns to the Americas stemmed mainly from new schemes introduced in "
        "Japan and Spain for unemployed migrant workers of Latin American origin. Returns to "
        "Africa increased from most European host countries, with Nigeria, Ghana and Senegal "
        "the main countries of destination."))
    s.append(P(8,
        "Returns to Asia and the Pacific and to the Middle East grew more modestly. The largest "
        "national caseloads in these two regions were to Iraq, Afghanistan and Pakistan, where "
        "return was often combined with assistance under post-conflict recovery programmes."))
    s.append(H1("III", "REINTEGRATION SUPPORT"))
    s.append(H2("A", "Individual assistance packages"))
    s.append(P(9,
        "Reintegration assistance is now part of most of the Organization\u2019s return "
        "programmes, although its scope varies widely from one host country to another. "
        "Experience gained in 2008 and 2009 has brought out several factors that bear on the "
        "sustainability of return:"))
    for b in BULLETS[:-1]:
        s.append(B(b))
    last = B(BULLETS[-1])
    last.style = ParagraphStyle("bulletlast", parent=bullet, spaceAfter=10)
    s.append(last)
    s.append(P(10,
        "In several countries of origin the Organization has set up referral systems that link "
        "individual returnees with existing vocational training and microcredit schemes. This "
        "lowers the cost per beneficiary and helps to avoid tensions between returnees and "
        "members of the local community who receive no comparable support."))
    s.append(H2("B", "Community-based approaches"))
    s.append(P(11,
        "Where returns are concentrated in particular areas, the Organization increasingly "
        "supports small community projects alongside individual packages. Such projects, which "
        "range from the repair of irrigation channels to the equipment of vocational schools, "
        "benefit returnees and non-migrants alike."))
    s.append(P(12,
        "Pilot community projects were launched in 2008 in three countries of Eastern Europe "
        "and the South Caucasus." + mark(3) + " An evaluation completed in July 2009 found that "
        "they had eased the acceptance of returnees by their communities and had created some "
        "640 jobs, a third of them held by women."))
    s.append(H2("C", "Monitoring and evaluation"))
    s.append(P(13,
        "Monitoring of reintegration remains uneven. Follow-up interviews six and twelve months "
        "after return were conducted in 2008 for about one quarter of the beneficiaries of "
        "reintegration assistance. The Administration intends to harmonize its monitoring tools "
        "in 2010, drawing on the guidelines presented to the Standing Committee on Programmes "
        "and Finance in document SCPF/29."))
    s.append(H1("IV", "FUNDING AND OUTLOOK"))
    s.append(P(14,
        "Return and reintegration activities are funded almost entirely from voluntary "
        "contributions, most of them earmarked for programmes run from a single host country. "
        "Expenditure on AVRR in 2008 amounted to USD 96.4 million, and the Programme and Budget "
        "for 2010 (MC/2280) foresees a comparable level of activity."))
    s.append(P(15,
        "The economic situation is putting pressure on the budgets of donor governments at the "
        "very moment when demand for return assistance is rising. The Administration will "
        "continue to seek more flexible funding arrangements, including multi-donor facilities "
        "for reintegration in the main countries of origin, and to share good practices among "
        "Member States."))
    s.append(P(16,
        "The Administration will also pursue its dialogue with countries of origin, whose "
        "involvement is essential if reintegration assistance is to last. A workshop on this "
        "subject is planned within the framework of the International Dialogue on Migration "
        "in 2010."))
    s.append(P(17, "The Council is invited to take note of this document."))
    return s

# ---------------------------------------------------------------- page furniture
def fn_para(n):
    return Paragraph("<super>%d</super> %s" % (n, FOOTNOTES[n]), fnstyle)

def fn_block_height(nums):
    h = 0
    for n in nums:
        w, hh = fn_para(n).wrap(TW, H)
        h += hh + fnstyle.spaceAfter
    return h + 14   # rule and gap

def draw_cover(canv, doc):
    canv.saveState()
    canv.setFont("Times-Bold", 12)
    canv.drawRightString(W - RM, H - 60, SYMBOL)
    canv.setFont("Times-Roman", 12)
    canv.drawRightString(W - RM, H - 86, "Original: English")
    canv.drawRightString(W - RM, H - 100, "27 October 2009")
    canv.setFont("Times-Bold", 12)
    canv.drawCentredString(W / 2, H - 190, "NINETY-EIGHTH SESSION")
    canv.setLineWidth(0.8)
    canv.line(LM, H - 214, W - RM, H - 214)
    y = H - 290
    for line in TITLE_LINES:
        canv.drawCentredString(W / 2, y, line)
        y -= 16
    canv.setFont("Times-Bold", 13)
    y0 = 64
    for x, word in ((LM + 40, "COUNCIL"), (W / 2, "CONSEIL"), (W - RM - 40, "CONSEJO")):
        canv.drawCentredString(x, y0, word)
    canv.restoreState()

class NoteDoc(BaseDocTemplate):
    def __init__(self, fn_pages, **kw):
        BaseDocTemplate.__init__(self, OUT, pagesize=A4, leftMargin=LM, rightMargin=RM,
                                 topMargin=H - TOP, bottomMargin=BOTTOM,
                                 title="MC/INF/299", author="IOM", **kw)
        self.fn_pages = fn_pages      # page -> footnote numbers (from previous pass)
        self.seen = {}                # footnote number -> page (this pass)
        cover = PageTemplate("Cover", frames=[Frame(LM, BOTTOM, TW, TOP - BOTTOM, id="c")],
                             onPage=self.on_cover)
        bodyt = PageTemplate("Body", frames=[Frame(LM, BOTTOM, TW, TOP - BOTTOM, id="b")],
                             onPage=self.on_body, onPageEnd=self.end_body)
        self.addPageTemplates([cover, bodyt])

    def handle_pageBegin(self):
        nxt = self.page + 1
        reserve = fn_block_height(self.fn_pages[nxt]) if self.fn_pages.get(nxt) else 0
        for pt in self.pageTemplates:
            pt.frames = [Frame(LM, BOTTOM + reserve, TW, TOP - BOTTOM - reserve,
                               leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
                               id="f%d" % nxt)]
        BaseDocTemplate.handle_pageBegin(self)

    def _record(self, canv, kind, label):
        self.seen[int(label)] = canv.getPageNumber()

    def on_cover(self, canv, doc):
        canv.setNamedCB("fnmark", self._record)
        draw_cover(canv, doc)

    def on_body(self, canv, doc):
        canv.saveState()
        canv.setFont("Times-Roman", 11)
        canv.drawRightString(W - RM, H - 46, SYMBOL)
        canv.drawRightString(W - RM, H - 59, "Page %d" % (canv.getPageNumber() - 1))
        canv.restoreState()

    def end_body(self, canv, doc):
        nums = self.fn_pages.get(canv.getPageNumber())
        if not nums:
            return
        y = BOTTOM + fn_block_height(nums) - 6
        canv.saveState()
        canv.setLineWidth(0.5)
        canv.line(LM, y, LM + 144, y)
        y -= 6
        for n in nums:
            p = fn_para(n)
            w, h = p.wrap(TW, H)
            p.drawOn(canv, LM, y - h)
            y -= h + fnstyle.spaceAfter
        canv.restoreState()

def check_lines():
    for b in BULLETS:
        p = Paragraph(b, bullet, bulletText="\u2022")
        p.wrap(TW, H)
        assert len(p.blPara.lines) == 2, (len(p.blPara.lines), b)
    p = fn_para(2); p.wrap(TW, H)
    assert len(p.blPara.lines) == 2, "footnote 2 must run to two lines"
    p = Paragraph(CAPTION, caption); p.wrap(TW, H)
    assert len(p.blPara.lines) == 1, "caption must fit on one line"

def build():
    check_lines()
    fn_pages = {}
    for _ in range(6):
        doc = NoteDoc(fn_pages)
        doc.build(story())
        new = {}
        for n, pg in sorted(doc.seen.items()):
            new.setdefault(pg, []).append(n)
        if new == fn_pages:
            break
        fn_pages = new
    else:
        raise SystemExit("footnote placement did not converge")
    assert sorted(doc.seen) == [1, 2, 3]
    print("pages:", doc.page, "footnotes by page:", fn_pages)

if __name__ == "__main__":
    build()
