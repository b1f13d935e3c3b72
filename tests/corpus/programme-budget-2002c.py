"""Draw programme-budget-2002c.pdf: an IOM Programme and Budget for 2003 (MC/2083),
laid out like a word-processor document of 2002 (Times 12 pt, numbered paragraphs,
running header on later pages, footnotes at the foot of the page)."""
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_RIGHT, TA_LEFT
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                Table, TableStyle, PageBreak, NextPageTemplate, KeepTogether,
                                CondPageBreak)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "programme-budget-2002c.pdf")

SYMBOL = "MC/2083"
DATE = "1 October 2002"
SESSION = "EIGHTY-FOURTH SESSION"
TITLE = "PROGRAMME AND BUDGET FOR 2003"

PAGE_W, PAGE_H = A4
LM = RM = 2.5 * cm
TM = 2.5 * cm
BM = 2.5 * cm
BODY_W = PAGE_W - LM - RM
HEADER_H = 1.6 * cm      # space taken by the running header on later pages

FONT, BOLD, ITAL = "Times-Roman", "Times-Bold", "Times-Italic"

# ---------------------------------------------------------------- styles
body = ParagraphStyle("body", fontName=FONT, fontSize=12, leading=14, alignment=TA_JUSTIFY,
                      spaceAfter=12)
numbered = ParagraphStyle("numbered", parent=body, leftIndent=0, firstLineIndent=36,
                          bulletIndent=0, bulletFontName=FONT, bulletFontSize=12)
item = ParagraphStyle("item", parent=body, leftIndent=72, firstLineIndent=0, bulletIndent=36,
                      bulletFontName=FONT, bulletFontSize=12, spaceAfter=6)
h1 = ParagraphStyle("h1", fontName=BOLD, fontSize=12, leading=14, spaceBefore=6, spaceAfter=12,
                    leftIndent=36, firstLineIndent=0, bulletIndent=0, bulletFontName=BOLD,
                    bulletFontSize=12, keepWithNext=1)
h2 = ParagraphStyle("h2", parent=h1, fontName=BOLD, bulletFontName=BOLD)
h2u = ParagraphStyle("h2u", fontName=ITAL, fontSize=12, leading=14, spaceBefore=2,
                     spaceAfter=12, keepWithNext=1)
runtitle = ParagraphStyle("runtitle", fontName=BOLD, fontSize=12, leading=14,
                          alignment=TA_CENTER, spaceAfter=24)
caption = ParagraphStyle("caption", fontName=BOLD, fontSize=11, leading=13, alignment=TA_CENTER,
                         spaceBefore=4, spaceAfter=6, keepWithNext=1)
fnstyle = ParagraphStyle("fn", fontName=FONT, fontSize=10, leading=11.5, alignment=TA_JUSTIFY,
                         leftIndent=0, firstLineIndent=0)
cell = ParagraphStyle("cell", fontName=FONT, fontSize=10, leading=11.5, alignment=TA_LEFT)
cellhc = ParagraphStyle("cellhc", fontName=BOLD, fontSize=9, leading=10.5, alignment=TA_CENTER)

# ---------------------------------------------------------------- footnotes
FOOTNOTES = {
    1: "The Programme and Budget for 2002 is contained in document MC/2036. The 2002 figures "
       "used for the Operational Part throughout this document are the revised estimates, which "
       "take into account the projects approved up to 31 August 2002.",
    2: "Positions funded from Discretionary Income or directly by projects are not included in "
       "these figures; on 30 June 2002 they numbered 3,418 officials and employees, nearly all of "
       "them in field offices.",
}


class FnPara(Paragraph):
    """A paragraph that carries footnote markers; records the page it lands on."""
    def __init__(self, text, style, fns=(), **kw):
        Paragraph.__init__(self, text, style, **kw)
        self.fns = list(fns)

    def split(self, availWidth, availHeight):
        parts = Paragraph.split(self, availWidth, availHeight)
        # keep the markers with the part whose text contains them
        for p in parts:
            p.__class__ = FnPara
            p.fns = [n for n in self.fns if ("<super>%d</super>" % n) in _frag_text(p)]
        return parts


def _frag_text(p):
    # reconstruct a crude marker test from the fragments of a split paragraph
    out = []
    for f in getattr(p, "frags", []):
        t = getattr(f, "text", "")
        if getattr(f, "rise", 0) and t.strip().isdigit():
            out.append("<super>%s</super>" % t.strip())
        else:
            out.append(t)
    bl = getattr(p, "blPara", None)
    if bl is not None and not out:
        for line in getattr(bl, "lines", []):
            for w in (line[1] if isinstance(line, tuple) else getattr(line, "words", [])):
                out.append(str(w))
    return "".join(out)


def fn_height(nums):
    if not nums:
        return 0
    h = 14  # rule and gap
    for n in nums:
        p = Paragraph("<super>%d</super> %s" % (n, FOOTNOTES[n]), fnstyle)
        _, ph = p.wrap(BODY_W, PAGE_H)
        h += ph + 3
    return h


def draw_footnotes(canv, nums):
    if not nums:
        return
    y = BM
    paras = []
    for n in nums:
        p = Paragraph("<super>%d</super> %s" % (n, FOOTNOTES[n]), fnstyle)
        _, ph = p.wrap(BODY_W, PAGE_H)
        paras.append((p, ph))
    total = sum(ph + 3 for _, ph in paras)
    top = y + total + 8
    canv.setLineWidth(0.5)
    canv.line(LM, top, LM + 5 * cm, top)
    cur = top - 5
    for p, ph in paras:
        cur -= ph
        p.drawOn(canv, LM, cur)
        cur -= 3


# ---------------------------------------------------------------- page drawing
def draw_cover(canv, doc):
    canv.saveState()
    x_r = PAGE_W - RM
    canv.setFont(BOLD, 12)
    canv.drawRightString(x_r, PAGE_H - 2.2 * cm, SYMBOL)
    canv.setFont(FONT, 12)
    canv.drawRightString(x_r, PAGE_H - 2.2 * cm - 16, "Original: English")
    canv.drawRightString(x_r, PAGE_H - 2.2 * cm - 30, DATE)
    canv.setFont(BOLD, 12)
    canv.drawCentredString(PAGE_W / 2, PAGE_H - 6.0 * cm, SESSION)
    canv.setLineWidth(0.8)
    canv.line(LM, PAGE_H - 6.5 * cm, PAGE_W - RM, PAGE_H - 6.5 * cm)
    canv.setFont(BOLD, 14)
    canv.drawCentredString(PAGE_W / 2, PAGE_H / 2 + 1.5 * cm, TITLE)
    # trilingual footer
    canv.line(LM, 2.6 * cm, PAGE_W - RM, 2.6 * cm)
    canv.setFont(BOLD, 12)
    canv.drawString(LM, 1.9 * cm, "COUNCIL")
    canv.drawCentredString(PAGE_W / 2, 1.9 * cm, "CONSEIL")
    canv.drawRightString(PAGE_W - RM, 1.9 * cm, "CONSEJO")
    canv.restoreState()


class Doc(BaseDocTemplate):
    def __init__(self, fn_pages, **kw):
        BaseDocTemplate.__init__(self, OUT, pagesize=A4, leftMargin=LM, rightMargin=RM,
                                 topMargin=TM, bottomMargin=BM, title=TITLE,
                                 author="International Organization for Migration", **kw)
        self.fn_pages = fn_pages          # page -> [footnote numbers] from the previous pass
        self.seen = {}                    # footnote number -> page in this pass
        self.cover_frame = Frame(LM, BM, BODY_W, PAGE_H - TM - BM, id="cover")
        self.body_frame = Frame(LM, BM, BODY_W, PAGE_H - TM - BM - HEADER_H, id="body",
                                leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([
            PageTemplate(id="cover", frames=[self.cover_frame], onPage=draw_cover),
            PageTemplate(id="body", frames=[self.body_frame], onPage=self.on_body_page),
        ])

    def on_body_page(self, canv, doc):
        nums = self.fn_pages.get(self.page, [])
        h = fn_height(nums)
        full = PAGE_H - TM - BM - HEADER_H
        self.body_frame.y1 = BM + h
        self.body_frame.height = full - h
        canv.saveState()
        canv.setFont(FONT, 12)
        canv.drawRightString(PAGE_W - RM, PAGE_H - 1.8 * cm, SYMBOL)
        canv.drawRightString(PAGE_W - RM, PAGE_H - 1.8 * cm - 14, "Page %d" % (self.page - 1))
        canv.restoreState()
        draw_footnotes(canv, nums)

    def afterFlowable(self, fl):
        for n in getattr(fl, "fns", []):
            self.seen[n] = self.page


# ---------------------------------------------------------------- story helpers
PARA_NO = [0]


def P(text, fns=()):
    PARA_NO[0] += 1
    return FnPara(text, numbered, fns=fns, bulletText="%d." % PARA_NO[0])


def H1(num, text):
    return Paragraph(text, h1, bulletText=num + ".")


def H2(num, text):
    return Paragraph(text, h2, bulletText=num + ".")


def ITEM(label, text):
    return Paragraph(text, item, bulletText=label)


def fmt(n):
    return "\u2013" if n == 0 else "{:,}".format(n)


# ---------------------------------------------------------------- tables
def table1():
    rows = [
        ("grp", "Administrative Part (in Swiss francs)"),
        ("row", "Headquarters", 22770000, 0, 22770000, 23180000, 0, 23180000),
        ("row", "Missions with regional functions", 11230000, 0, 11230000, 11420000, 0, 11420000),
        ("sub", "Sub-total Administrative Part", 34000000, 0, 34000000, 34600000, 0, 34600000),
        ("grp", "Operational Part (in US dollars)"),
        ("row", "Field operations", 98400000, 241600000, 340000000, 104300000, 262700000, 367000000),
        ("row", "Headquarters operational support", 9850000, 1150000, 11000000,
         10420000, 1080000, 11500000),
        ("row", "Manila Administrative Centre", 1250000, 0, 1250000, 2180000, 0, 2180000),
        ("sub", "Sub-total Operational Part", 109500000, 242750000, 352250000,
         116900000, 263780000, 380680000),
        ("tot", "Grand total (US dollar equivalent)", 130750000, 242750000, 373500000,
         138525000, 263780000, 402305000),
    ]
    # arithmetic checks
    for r in rows:
        if r[0] != "grp":
            assert r[2] + r[3] == r[4] and r[5] + r[6] == r[7], r
    assert [a + b for a, b in zip(rows[1][2:], rows[2][2:])] == list(rows[3][2:])
    assert [a + b + c for a, b, c in zip(rows[5][2:], rows[6][2:], rows[7][2:])] == list(rows[8][2:])
    conv = [round(v / 1.6) for v in rows[3][2:]]
    assert [a + b for a, b in zip(conv, rows[8][2:])] == list(rows[9][2:])

    hdr0 = ["", "2002 estimates", "", "", "2003 estimates", "", ""]
    sub = [Paragraph(t, cellhc) for t in ("Staff and office costs", "Programme costs", "Total")]
    hdr1 = [""] + sub + [Paragraph(t, cellhc) for t in ("Staff and office costs",
                                                         "Programme costs", "Total")]
    data = [hdr0, hdr1]
    st = [
        ("FONT", (0, 0), (-1, -1), FONT, 8.5),
        ("FONT", (0, 0), (-1, 0), BOLD, 9),
        ("SPAN", (1, 0), (3, 0)), ("SPAN", (4, 0), (6, 0)),
        ("ALIGN", (1, 0), (-1, 0), "CENTER"),
        ("ALIGN", (1, 2), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, 1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (1, 0), (3, 0), 0.5, colors.black),
        ("LINEBELOW", (4, 0), (6, 0), 0.5, colors.black),
        ("LINEBELOW", (0, 1), (-1, 1), 0.8, colors.black),
    ]
    for i, r in enumerate(rows, start=2):
        if r[0] == "grp":
            data.append([r[1], "", "", "", "", "", ""])
            st += [("SPAN", (0, i), (-1, i)), ("FONT", (0, i), (-1, i), ITAL, 8.5),
                   ("TOPPADDING", (0, i), (-1, i), 5)]
        else:
            data.append([r[1]] + [fmt(v) for v in r[2:]])
            if r[0] == "sub":
                st += [("LINEABOVE", (1, i), (-1, i), 0.5, colors.black),
                       ("FONT", (0, i), (-1, i), BOLD, 8.5)]
            if r[0] == "tot":
                st += [("LINEABOVE", (0, i), (-1, i), 0.8, colors.black),
                       ("LINEBELOW", (0, i), (-1, i), 0.8, colors.black),
                       ("FONT", (0, i), (-1, i), BOLD, 8.5),
                       ("TOPPADDING", (0, i), (-1, i), 4)]
    w0 = 142
    wn = (BODY_W - w0) / 6.0
    for r in rows:
        f = BOLD if r[0] in ("sub", "tot") else FONT
        assert stringWidth(r[1], f, 8.5) + 4 < w0 or r[0] == "grp", r[1]
        for v in r[2:]:
            assert stringWidth(fmt(v), f, 8.5) + 4 < wn, v
    t = Table(data, colWidths=[w0] + [wn] * 6, style=TableStyle(st), repeatRows=2)
    return t


def table2():
    grades = [("D-2", 2, 2, 0, 0), ("D-1", 6, 6, 3, 3), ("P-5", 17, 17, 9, 9),
              ("P-4", 24, 25, 6, 6), ("P-3", 21, 21, 2, 3), ("P-2", 9, 10, 0, 0),
              ("P-1", 1, 1, 0, 0), ("G", 98, 99, 31, 32)]
    tot = [sum(g[k] for g in grades) for k in range(1, 5)]
    assert tot == [178, 181, 51, 53]
    data = [["Grade", "Headquarters", "", "Missions with\nregional functions", "", "Total", ""],
            ["", "2002", "2003", "2002", "2003", "2002", "2003"]]
    for g in grades:
        data.append([g[0], fmt(g[1]), fmt(g[2]), fmt(g[3]), fmt(g[4]),
                     fmt(g[1] + g[3]), fmt(g[2] + g[4])])
    data.append(["Total", fmt(tot[0]), fmt(tot[1]), fmt(tot[2]), fmt(tot[3]),
                 fmt(tot[0] + tot[2]), fmt(tot[1] + tot[3])])
    assert tot[0] + tot[2] == 229 and tot[1] + tot[3] == 234
    st = TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 10),
        ("FONT", (0, 0), (-1, 1), BOLD, 10),
        ("FONT", (0, -1), (-1, -1), BOLD, 10),
        ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (2, 0)), ("SPAN", (3, 0), (4, 0)),
        ("SPAN", (5, 0), (6, 0)),
        ("ALIGN", (1, 0), (-1, 1), "CENTER"),
        ("VALIGN", (0, 0), (-1, 1), "MIDDLE"),
        ("ALIGN", (1, 2), (-1, -1), "RIGHT"),
        ("RIGHTPADDING", (1, 2), (-1, -1), 10),
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("BOX", (0, 0), (-1, -1), 1.0, colors.black),
        ("LEADING", (0, 0), (-1, 1), 11),
    ])
    w0 = 70
    wn = (BODY_W - 40 - w0) / 6.0
    return Table(data, colWidths=[w0] + [wn] * 6, style=st)


def table3():
    areas = [
        ("Movement, Emergency and Post-crisis Migration Management", 58400000, 188600000),
        ("Migration Health", 9650000, 12350000),
        ("Technical Cooperation on Migration", 12700000, 20300000),
        ("Assisted Voluntary Returns and Integration", 14250000, 19750000),
        ("Counter-trafficking", 5320000, 8680000),
        ("Labour Migration", 2480000, 3020000),
        ("Migration Policy, Research and Communications", 3100000, 1400000),
        ("General Programme Support", 11000000, 9680000),
    ]
    s1 = sum(a[1] for a in areas)
    s2 = sum(a[2] for a in areas)
    assert (s1, s2, s1 + s2) == (116900000, 263780000, 380680000)
    w0 = 220
    wn = (BODY_W - w0) / 3.0
    for a in areas[1:]:
        assert stringWidth(a[0], FONT, 10) + 8 < w0, a[0]
    assert stringWidth(areas[0][0], FONT, 10) + 8 > w0
    hdr = [Paragraph("Service area", ParagraphStyle("x", parent=cellhc, alignment=TA_LEFT,
                                                    fontSize=10, leading=11.5))] + \
          [Paragraph(t, ParagraphStyle("y", parent=cellhc, alignment=TA_RIGHT, fontSize=10,
                                       leading=11.5))
           for t in ("Staff and office costs", "Programme costs", "Total")]
    data = [hdr]
    for a in areas:
        data.append([Paragraph(a[0], cell), fmt(a[1]), fmt(a[2]), fmt(a[1] + a[2])])
    data.append([Paragraph("<b>Total</b>", cell), fmt(s1), fmt(s2), fmt(s1 + s2)])
    st = TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 10),
        ("FONT", (1, -1), (-1, -1), BOLD, 10),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("VALIGN", (1, 1), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEABOVE", (0, -1), (-1, -1), 0.5, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
    ])
    return Table(data, colWidths=[w0] + [wn] * 3, style=st)


# ---------------------------------------------------------------- story
def story():
    PARA_NO[0] = 0
    s = [Spacer(1, 1), NextPageTemplate("body"), PageBreak()]
    s.append(Paragraph(TITLE, runtitle))

    s.append(H1("I", "INTRODUCTION"))
    s.append(P("This document sets out the Programme and Budget of the International Organization "
               "for Migration (IOM) for 2003. As in previous years it is presented in two parts: the "
               "Administrative Part, expressed in Swiss francs and financed by the assessed "
               "contributions of Member States, and the Operational Part, expressed in US dollars and "
               "financed for the most part by voluntary contributions that donors earmark for "
               "particular projects."))
    s.append(P("The Administrative Part for 2003 amounts to CHF 34,600,000, compared with "
               "CHF 34,000,000 approved for 2002 by Resolution No. 1062 (LXXXII) of 29 November "
               "2001.<super>1</super> The Operational Part is estimated at USD 380,680,000, an "
               "increase of USD 28,430,000 over the revised estimates for 2002.", fns=[1]))
    s.append(P("Of the increase in the Administrative Part, CHF 168,000 will be met from the "
               "assessed contributions of the seven States admitted as Members since the "
               "Eighty-second Session of the Council; the balance is spread over the whole "
               "membership in accordance with the scale of assessment proposed for 2003."))
    s.append(P("A preliminary version of these proposals was examined by the Subcommittee on Budget "
               "and Finance at its meeting of 17 and 18 September 2002. The observations made on "
               "that occasion, which are summarized in the report of the Executive Committee on its "
               "Ninety-ninth Session (MC/EX/641), have been reflected in the figures below."))
    s.append(P("Chapter II gives an overview of the budget as a whole. Chapters III and IV deal in "
               "turn with the Administrative Part and the Operational Part, and chapter V sets out "
               "the decision the Council is invited to take."))

    s.append(H1("II", "SUMMARY OF THE BUDGET"))
    s.append(P("Table 1 compares the estimates for 2003 with those for 2002 for each Part of the "
               "budget. The figures for the Operational Part are indicative only: they cover the "
               "funding that is confirmed or reasonably assured at the time of writing and will be "
               "updated during the year as new projects are approved."))
    s.append(KeepTogether([Paragraph("Table 1 \u2013 Summary of the budget for 2002 and 2003",
                                     caption), table1(), Spacer(1, 14)]))
    s.append(Paragraph("Exchange rate and budget assumptions", h2u))
    s.append(P("To give one figure for the budget as a whole, the Administrative Part has been "
               "converted to US dollars at the rate of CHF 1.60 to USD 1.00, the rate used for "
               "budgeting purposes throughout 2002. On that basis the total budget for 2003 reaches "
               "the equivalent of USD 402,305,000, against USD 373,500,000 for 2002."))
    s.append(P("Staff costs are calculated on the salary scales in force on 1 July 2002, adjusted "
               "for within-grade increments. No provision has been made for inflation in "
               "Switzerland, forecast at 1.1 per cent for 2003; the Administration intends to absorb "
               "its effect through savings on travel and supplies."))

    s.append(H1("III", "ADMINISTRATIVE PART"))
    s.append(H2("A", "Budget level"))
    s.append(P("The Administrative Part funds the core structure of the Organization at "
               "Headquarters and in the missions with regional functions. For 2003, CHF 23,180,000 "
               "is allocated to Headquarters and CHF 11,420,000 to the missions with regional "
               "functions."))
    s.append(P("The net increase of CHF 600,000 over 2002 is made up as follows:"))
    s.append(ITEM("(a)", "statutory increases in salaries and common staff costs, amounting to "
                         "CHF 186,000;"))
    s.append(ITEM("(b)", "the establishment of five new positions, three for officials and two for "
                         "employees, at a cost of CHF 312,000; and"))
    s.append(ITEM("(c)", "higher office costs, chiefly for the maintenance of the Headquarters "
                         "building and for telecommunications, amounting to CHF 102,000."))
    s.append(Spacer(1, 6))
    s.append(P("As a result, the Headquarters share of the Administrative Part rises by CHF 410,000 "
               "and that of the missions with regional functions by CHF 190,000. The proportion of "
               "the Administrative Part spent at Headquarters therefore stays at about 67 per cent."))
    s.append(H2("B", "Staffing"))
    s.append(P("Table 2 shows the positions funded from the Administrative Part, by grade and by "
               "location. Their number rises from 229 in 2002 to 234 in 2003.<super>2</super>",
               fns=[2]))
    s.append(P("The new positions at Headquarters are a Senior Policy Officer (P-4) in the Migration "
               "Policy, Research and Communications Department, an Associate Legal Officer (P-2) and "
               "a General Service position in the Accounts Division. In the missions with regional "
               "functions, a Regional Finance Officer (P-3) will be posted to Pretoria and a General "
               "Service position added in Bangkok."))
    s.append(KeepTogether([Paragraph("Table 2 \u2013 Positions funded from the Administrative Part",
                                     caption), table2(), Spacer(1, 14)]))

    s.append(H1("IV", "OPERATIONAL PART"))
    s.append(H2("A", "Funding of the Operational Part"))
    s.append(P("The Operational Part is financed by contributions earmarked by donors for specific "
               "projects and by Discretionary Income, which is made up of the overhead charged on "
               "projects and of interest earned on funds held. Discretionary Income for 2003 is "
               "estimated at USD 17,800,000."))
    s.append(P("The Financial Report for the year ended 31 December 2001 (MC/2071) shows that "
               "Discretionary Income exceeded the budgeted level by USD 1.2 million, largely because "
               "of higher interest income. A comparable surplus cannot be counted on in 2003, "
               "given the fall in interest rates since the beginning of 2002."))
    s.append(H2("B", "Programmes by service area"))
    s.append(P("Table 3 distributes the Operational Part among the service areas through which the "
               "Organization delivers its programmes. Movement, emergency and post-crisis activities "
               "continue to account for the largest share, close to 65 per cent of the total."))
    s.append(KeepTogether([Paragraph("Table 3 \u2013 Operational Part for 2003 by service area "
                                     "(in US dollars)", caption), table3(), Spacer(1, 14)]))
    s.append(P("Assisted voluntary returns and counter-trafficking show the strongest growth, "
               "reflecting new programmes in the Balkans, West Africa and South-East Asia. The "
               "figures for General Programme Support include the USD 2,180,000 budgeted for the "
               "Manila Administrative Centre, which took over a range of administrative functions "
               "from Headquarters during 2002."))

    s.append(H1("V", "ACTION REQUESTED OF THE COUNCIL"))
    s.append(P("The Council is invited to approve the Programme and Budget for 2003, with an "
               "Administrative Part of CHF 34,600,000 and an Operational Part of USD 380,680,000, "
               "and to take note that the Operational Part will be revised as further funding is "
               "confirmed."))
    return s


def build():
    fn_pages = {}
    for attempt in range(6):
        doc = Doc(fn_pages)
        doc.build(story())
        new = {}
        for n, p in sorted(doc.seen.items()):
            new.setdefault(p, []).append(n)
        if new == fn_pages:
            print("stable after", attempt + 1, "passes; footnotes on pages", new,
                  "; paragraphs", PARA_NO[0], "; pages", doc.page)
            return
        fn_pages = new
    raise SystemExit("footnote placement did not converge")


if __name__ == "__main__":
    build()
