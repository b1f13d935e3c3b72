"""Draw programme-budget-2009c.pdf: an IOM Programme and Budget for 2010 (MC-era, 2009) with reportlab."""
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.lib import colors
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                TableStyle, NextPageTemplate, PageBreak, KeepTogether, Flowable)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "programme-budget-2009c.pdf")

SYMBOL = "MC/2284"
W, H = A4
LM = RM = 2.5 * cm
TOP = 2.6 * cm
FOOT_ZONE = 2.3 * cm          # reserved at the bottom of body pages for footnotes
BODY_W = W - LM - RM

FONT, BOLD, ITAL, BOLDITAL = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique"

# ---------------------------------------------------------------- styles
body = ParagraphStyle("body", fontName=FONT, fontSize=10.5, leading=13.5, alignment=TA_JUSTIFY,
                      spaceAfter=8)
num = ParagraphStyle("num", parent=body, firstLineIndent=0, leftIndent=0, bulletIndent=0,
                     bulletFontName=FONT, bulletFontSize=10.5)
bul = ParagraphStyle("bul", parent=body, leftIndent=54, bulletIndent=38, bulletFontName=FONT,
                     spaceAfter=5)
h1 = ParagraphStyle("h1", fontName=BOLD, fontSize=10.5, leading=13.5, spaceBefore=8, spaceAfter=8,
                    keepWithNext=1)
h2 = ParagraphStyle("h2", fontName=BOLDITAL, fontSize=10.5, leading=13.5, spaceBefore=6, spaceAfter=8,
                    keepWithNext=1)
cap = ParagraphStyle("cap", fontName=BOLD, fontSize=10, leading=12.5, alignment=TA_CENTER, spaceAfter=1)
cur = ParagraphStyle("cur", fontName=ITAL, fontSize=9.5, leading=12, alignment=TA_CENTER, spaceAfter=5)
runtitle = ParagraphStyle("runtitle", fontName=BOLD, fontSize=11, leading=14, alignment=TA_CENTER,
                          spaceAfter=14)
cell = ParagraphStyle("cell", fontName=FONT, fontSize=9, leading=11)
cellb = ParagraphStyle("cellb", parent=cell, fontName=BOLD)
celli = ParagraphStyle("celli", parent=cell, leftIndent=10)
headc = ParagraphStyle("headc", fontName=BOLD, fontSize=9, leading=11, alignment=TA_CENTER)
headl = ParagraphStyle("headl", parent=headc, alignment=TA_LEFT)

# ---------------------------------------------------------------- figures
ADMIN = [  # object of expenditure, 2009 revised, 2010 estimates (CHF)
    ("Staff salaries", 22416000, 22934000),
    ("Staff allowances and benefits", 6528000, 6711000),
    ("Travel and representation", 1204000, 1180000),
    ("Communications", 842000, 816000),
    ("Office premises and maintenance", 2137000, 2190000),
    ("Contractual services", 1693000, 1745000),
    ("Information technology", 1318000, 1402000),
    ("Governing bodies meetings", 486000, 512000),
    ("Equipment and supplies", 576000, 598000),
]
ADMIN_T09 = sum(r[1] for r in ADMIN)
ADMIN_T10 = sum(r[2] for r in ADMIN)

STAFF = [  # grade, 2009, 2010
    ("Ungraded (DG and DDG)", 2, 2),
    ("D-2", 4, 4),
    ("D-1", 11, 12),
    ("P-5", 24, 25),
    ("P-4", 38, 39),
    ("P-3", 31, 32),
    ("P-2", 14, 15),
    ("General Service", 131, 133),
]
STAFF_T09 = sum(r[1] for r in STAFF)
STAFF_T10 = sum(r[2] for r in STAFF)

OPS = [  # service area -> programmes: (label, staff and office costs, programme costs) USD
    ("Movement, Emergency and Post-crisis Migration Management", [
        ("Resettlement assistance", 18412000, 96875000),
        ("Repatriation assistance", 2318000, 9467000),
        ("Emergency and post-crisis migration management", 31906000, 142338000),
    ]),
    ("Migration Health", [
        ("Migration health assessments and travel health assistance", 14722000, 21096000),
        ("Health promotion and assistance for migrants", 3105000, 8912000),
        ("Migration health assistance for crisis-affected populations", 1487000, 6273000),
    ]),
    ("Regulating Migration", [
        ("Return assistance to migrants and Governments", 9834000, 38615000),
        ("Counter-trafficking", 4276000, 12559000),
        ("Technical cooperation on migration management and capacity building", 11953000, 27148000),
    ]),
]
OPS_SUB = [(sum(p[1] for p in progs), sum(p[2] for p in progs)) for _, progs in OPS]
OPS_T_STAFF = sum(s for s, _ in OPS_SUB)
OPS_T_PROG = sum(p for _, p in OPS_SUB)
OPS_T = OPS_T_STAFF + OPS_T_PROG


def f(n):
    return f"{n:,}"


def pct(a, b):
    return f"{100.0 * a / b:.1f}"


# ---------------------------------------------------------------- footnotes
FOOTNOTES = {
    "1": "The views expressed by Member States in the course of these consultations are summarized "
         "in document MC/INF/296, which was made available to delegations in September 2009.",
    "2": "See the Report of the Director General on the Work of the Organization for the Year 2008 "
         "(MC/2276), in which the first results of the field office review were presented.",
    "3": "Health assessments are carried out at the request of resettlement and immigration countries; "
         "their cost is recovered in full from the requesting Governments.",
}


def mark(n):
    """Raised footnote marker plus a draw-time callback that records the page it lands on."""
    return f'<onDraw name="fnmark" label="{n}"/><super>{n}</super>'


# ---------------------------------------------------------------- doc template
class Doc(BaseDocTemplate):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.page_fns = []
        self.heading_pages = {}

    def afterFlowable(self, fl):
        key = getattr(fl, "_toc_key", None)
        if key:
            self.heading_pages[key] = self.page - 2  # body page 1 is the third physical page


def draw_header(canv, label):
    canv.setFont(FONT, 10)
    canv.drawRightString(W - RM, H - 1.35 * cm, SYMBOL)
    canv.drawRightString(W - RM, H - 1.35 * cm - 12.5, label)


def on_cover(canv, doc):
    canv.saveState()
    x = W - RM
    canv.setFont(BOLD, 12)
    canv.drawRightString(x, H - 2.3 * cm, SYMBOL)
    canv.setFont(FONT, 10.5)
    canv.drawRightString(x, H - 2.3 * cm - 16, "Original: English")
    canv.drawRightString(x, H - 2.3 * cm - 30, "1 October 2009")
    canv.setFont(BOLD, 11)
    canv.drawCentredString(W / 2, H - 7.2 * cm, "NINETY-EIGHTH SESSION")
    canv.setLineWidth(0.8)
    canv.line(LM + 3 * cm, H - 8.0 * cm, W - RM - 3 * cm, H - 8.0 * cm)
    canv.setFont(BOLD, 14)
    canv.drawCentredString(W / 2, H - 12.2 * cm, "PROGRAMME AND BUDGET FOR 2010")
    # cover note
    canv.setLineWidth(0.5)
    canv.line(LM, 6.9 * cm, LM + 4 * cm, 6.9 * cm)
    note = Paragraph("This document is submitted to the Standing Committee on Programmes and Finance "
                     "at its Fifth Session, to be held on 27 and 28 October 2009, for review before "
                     "its consideration by the Council.", ParagraphStyle("note", parent=body, fontSize=9.5,
                                                                          leading=12, alignment=TA_LEFT))
    nw, nh = note.wrap(BODY_W, 5 * cm)
    note.drawOn(canv, LM, 6.5 * cm - nh)
    # trilingual footer
    canv.setFont(BOLD, 10)
    canv.drawString(LM, 2.0 * cm, "COUNCIL")
    canv.drawCentredString(W / 2, 2.0 * cm, "CONSEIL")
    canv.drawRightString(W - RM, 2.0 * cm, "CONSEJO")
    canv.restoreState()


def on_toc(canv, doc):
    canv.saveState()
    draw_header(canv, "Page i")
    canv.restoreState()


def on_body(canv, doc):
    canv.saveState()
    draw_header(canv, f"Page {doc.page - 2}")
    canv.restoreState()
    doc.page_fns = []
    canv.setNamedCB("fnmark", lambda c, kind, label: doc.page_fns.append(label))


def on_body_end(canv, doc):
    fns = []
    for n in doc.page_fns:
        if n not in fns:
            fns.append(n)
    if not fns:
        return
    st = ParagraphStyle("fn", fontName=FONT, fontSize=8.5, leading=10.5, leftIndent=0,
                        alignment=TA_JUSTIFY)
    paras = [Paragraph(f"<super>{n}</super> {FOOTNOTES[n]}", st) for n in fns]
    sizes = [p.wrap(BODY_W, 10 * cm) for p in paras]
    total = sum(h for _, h in sizes) + 3 * (len(paras) - 1)
    y = 2.0 * cm + total
    canv.saveState()
    canv.setLineWidth(0.5)
    canv.line(LM, y + 8, LM + 5 * cm, y + 8)
    canv.restoreState()
    for p, (_, h) in zip(paras, sizes):
        p.drawOn(canv, LM, y - h)
        y -= h + 3


# ---------------------------------------------------------------- flowables
class TocBlock(Flowable):
    def __init__(self, entries):
        super().__init__()
        self.entries = entries  # (indent, text, page, bold)

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, 30 + 20 * len(self.entries)

    def draw(self):
        c = self.canv
        y = 20 * len(self.entries) + 10
        c.setFont(BOLD, 10.5)
        c.drawRightString(self.aw, y, "Page")
        y -= 24
        for indent, text, page, bold in self.entries:
            fn = BOLD if bold else FONT
            c.setFont(fn, 10.5)
            c.drawString(indent, y, text)
            tw = c.stringWidth(text, fn, 10.5)
            c.setFont(FONT, 10.5)
            pw = c.stringWidth(page, FONT, 10.5)
            c.drawRightString(self.aw, y, page)
            dot = c.stringWidth(".", FONT, 10.5)
            start = indent + tw + 6
            end = self.aw - pw - 6
            n = int((end - start) / dot)
            c.drawString(end - n * dot, y, "." * n)
            y -= 20


def heading(label, text, key, style=h1, tab=36):
    p = Paragraph(text, ParagraphStyle("hx", parent=style, bulletIndent=0, leftIndent=tab,
                                       bulletFontName=style.fontName), bulletText=label)
    p._toc_key = key
    return p


PN = [0]


def para(text):
    PN[0] += 1
    return Paragraph(text, ParagraphStyle("n", parent=num, firstLineIndent=36), bulletText=f"{PN[0]}.")


def bullet(text):
    return Paragraph(text, bul, bulletText="\u2022")


def money_table(caption, currency, header, rows, widths, styles_extra):
    t = Table([header] + rows, colWidths=widths, repeatRows=1)
    ts = [
        ("FONT", (0, 0), (-1, -1), FONT, 9),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ] + styles_extra
    t.setStyle(TableStyle(ts))
    return KeepTogether([Paragraph(caption, cap), Paragraph(currency, cur), t, Spacer(1, 10)])


def story(pages):
    S = []
    # ------------------------------------------------------------ cover
    S.append(Spacer(1, 1))
    S.append(NextPageTemplate("toc"))
    S.append(PageBreak())
    # ------------------------------------------------------------ contents
    S.append(Paragraph("TABLE OF CONTENTS", ParagraphStyle("tc", parent=runtitle, spaceAfter=18)))
    g = lambda k: str(pages.get(k, 1))
    S.append(TocBlock([
        (0, "I.      INTRODUCTION", g("I"), True),
        (0, "II.     BUDGET OVERVIEW", g("II"), True),
        (0, "III.    ADMINISTRATIVE PART OF THE BUDGET", g("III"), True),
        (36, "A.    Object of expenditure", g("IIIA"), False),
        (36, "B.    Staffing levels", g("IIIB"), False),
        (0, "IV.    OPERATIONAL PART OF THE BUDGET", g("IV"), True),
        (0, "V.     FUNDING AND OUTLOOK", g("V"), True),
    ]))
    S.append(NextPageTemplate("body"))
    S.append(PageBreak())
    # ------------------------------------------------------------ body
    PN[0] = 0
    S.append(Paragraph("PROGRAMME AND BUDGET FOR 2010", runtitle))
    S.append(heading("I.", "INTRODUCTION", "I"))
    S.append(para(
        "This document sets out the Programme and Budget of the International Organization for Migration "
        "(IOM) for 2010. In line with established practice it is presented in two parts: the Administrative "
        "Part, denominated in Swiss francs and financed from the assessed contributions of Member States, "
        "and the Operational Part, denominated in US dollars and financed for the most part from voluntary "
        "contributions earmarked by donors for specific projects."))
    S.append(para(
        "The proposals follow the activities of the IOM Strategy endorsed by the Council in Resolution "
        "No. 1150 of 7 June 2007, and take account of the guidance offered by Member States during the "
        "informal consultations on budget and reform matters held in Geneva between April and "
        "September 2009." + mark("1")))
    S.append(para(
        "Unless otherwise indicated, the figures given for 2009 are those of the revised budget for that "
        "year presented to the Standing Committee on Programmes and Finance in May 2009 (SCPF/25), which "
        "updated the Programme and Budget for 2009 (MC/2259) approved by the Council in November 2008."))

    S.append(heading("II.", "BUDGET OVERVIEW", "II"))
    S.append(para(
        f"The Administrative Part for 2010 is set at CHF {f(ADMIN_T10)}, compared with CHF {f(ADMIN_T09)} in "
        f"2009. The Operational Part is estimated at USD {f(OPS_T)} for the programmes described in "
        "chapter IV; this figure covers only the activities for which funding was reasonably assured when "
        "the present document was prepared and will be updated in the course of the year."))
    S.append(para(
        f"The increase of CHF {f(ADMIN_T10 - ADMIN_T09)} in the Administrative Part is entirely matched by the "
        "assessed contributions of the Member States admitted to the Organization in 2008 and 2009. The "
        "Administration has thus respected the principle of zero nominal growth reaffirmed by the Council "
        "in Resolution No. 1176 of 26 November 2008, while absorbing statutory increases in staff costs "
        "through savings in travel and communications."))
    S.append(para("The principal features of the budget proposals for 2010 are as follows:"))
    S.append(bullet(
        "the Administrative Part remains at the level needed to sustain the core structure at "
        "Headquarters, the Manila and Panama Administrative Centres and the Regional Offices;"))
    S.append(bullet(
        "two additional Professional posts are created for oversight functions, one in the Office of the "
        "Inspector General and one in the Office of Legal Affairs;"))
    S.append(bullet(
        "the regional structure introduced following the review of field offices is consolidated, with "
        "no net increase in staff funded from assessed contributions;" + mark("2")))
    S.append(bullet(
        "the Operational Part reflects a further expansion of emergency and post-crisis programmes, "
        "notably in Haiti, Pakistan and Sri Lanka."))

    S.append(heading("III.", "ADMINISTRATIVE PART OF THE BUDGET", "III"))
    S.append(heading("A.", "Object of expenditure", "IIIA", style=h2))
    S.append(para(
        "Table 1 compares the resources of the Administrative Part for 2009 and 2010 by object of "
        "expenditure. Savings on travel and communications partly offset the higher costs of staff, "
        "premises and information technology."))
    adm_rows = [[Paragraph(lbl, cell), f(a), f(b)] for lbl, a, b in ADMIN]
    adm_rows.append([Paragraph("Total", cellb), f(ADMIN_T09), f(ADMIN_T10)])
    S.append(money_table(
        "Table 1. Administrative Part by object of expenditure", "(in Swiss francs)",
        [Paragraph("Object of expenditure", headl), Paragraph("2009 revised budget", headc),
         Paragraph("2010 estimates", headc)],
        adm_rows, [8.4 * cm, 3.6 * cm, 3.6 * cm],
        [("FONT", (1, -1), (-1, -1), BOLD, 9)]))
    staff_share = pct(ADMIN[0][2] + ADMIN[1][2], ADMIN_T10)
    S.append(para(
        f"Staff salaries, allowances and benefits account for {staff_share} per cent of the Administrative "
        "Part in 2010. The increase under this heading results from the within-grade step increments and "
        "post adjustments set by the International Civil Service Commission, which apply to all "
        "organizations of the common system."))
    S.append(para(
        "The provision for governing bodies meetings covers the regular session of the Council, the two "
        "sessions of the Standing Committee on Programmes and Finance and the workshops of the "
        "International Dialogue on Migration, including interpretation and the translation of documents "
        "into French and Spanish."))

    S.append(heading("B.", "Staffing levels", "IIIB", style=h2))
    S.append(para(
        f"The number of posts funded from the Administrative Part rises from {STAFF_T09} in 2009 to "
        f"{STAFF_T10} in 2010, as shown in Table 2. Posts funded from project resources under the "
        "Operational Part are not included."))
    st_rows = [[Paragraph(lbl, cell), str(a), str(b)] for lbl, a, b in STAFF]
    st_rows.append([Paragraph("Total", cellb), str(STAFF_T09), str(STAFF_T10)])
    S.append(money_table(
        "Table 2. Staffing levels by grade", "(number of posts, Administrative Part)",
        [Paragraph("Grade", headl), Paragraph("2009", headc), Paragraph("2010", headc)],
        st_rows, [8.4 * cm, 3.0 * cm, 3.0 * cm],
        [("FONT", (1, -1), (-1, -1), BOLD, 9)]))
    S.append(para(
        "The new posts at the D-1 and P-5 to P-2 grades relate to oversight, legal and financial "
        "functions. The two additional General Service posts are located at the Manila Administrative "
        "Centre, to which further transaction processing is being transferred from Headquarters."))

    S.append(heading("IV.", "OPERATIONAL PART OF THE BUDGET", "IV"))
    S.append(para(
        "The Operational Part is presented by service area. Table 3 shows the three service areas with the "
        "largest volume of activity, broken down by programme into staff and office costs and programme "
        "costs; the remaining service areas are set out in the detailed programme descriptions."))
    op_rows, extra = [], []
    r = 1
    for (area, progs), (ss, sp) in zip(OPS, OPS_SUB):
        op_rows.append([Paragraph(area, cellb), "", "", ""])
        r += 1
        for lbl, a, b in progs:
            op_rows.append([Paragraph(lbl, celli), f(a), f(b), f(a + b)])
            r += 1
        op_rows.append([Paragraph("Subtotal", cellb), f(ss), f(sp), f(ss + sp)])
        extra += [("FONT", (1, r - 1), (-1, r - 1), BOLD, 9),
                  ("LINEABOVE", (1, r - 1), (-1, r - 1), 0.4, colors.black)]
        r += 1
    op_rows.append([Paragraph("Grand total", cellb), f(OPS_T_STAFF), f(OPS_T_PROG), f(OPS_T)])
    extra.append(("FONT", (1, -1), (-1, -1), BOLD, 9))
    S.append(money_table(
        "Table 3. Operational Part by service area", "(in US dollars)",
        [Paragraph("Service area and programme", headl), Paragraph("Staff and office costs", headc),
         Paragraph("Programme costs", headc), Paragraph("Total costs", headc)],
        op_rows, [8.2 * cm, 2.6 * cm, 2.6 * cm, 2.6 * cm], extra))
    mv = OPS_SUB[0][0] + OPS_SUB[0][1]
    S.append(para(
        f"Movement, emergency and post-crisis activities represent {pct(mv, OPS_T)} per cent of the "
        "Operational Part shown above. Resettlement assistance is expected to remain at a high level, "
        "with departures from Nepal, Thailand and the Syrian Arab Republic accounting for most of the "
        "caseload."))
    S.append(para(
        "Within the Migration Health service area, the largest component continues to be the assessment "
        "of migrants before departure, for which demand from resettlement and immigration countries "
        "remains steady." + mark("3") + " Health promotion activities focus on migrants in irregular "
        "situations and on mobile populations in southern Africa."))
    S.append(para(
        "Activities under Regulating Migration include assisted voluntary return from the European Union, "
        "the protection of victims of trafficking and capacity-building projects in border management, "
        "several of which are co-funded by the European Commission."))

    S.append(heading("V.", "FUNDING AND OUTLOOK", "V"))
    S.append(para(
        "Member States are reminded that the Administrative Part can only be implemented as planned if "
        "assessed contributions are paid in full and on time. Arrears in the payment of contributions "
        "continue to place a strain on the cash position of the Organization."))
    S.append(para(
        "The Standing Committee on Programmes and Finance is invited to examine the present document and "
        "to recommend that the Council approve the Programme and Budget for 2010 at its Ninety-eighth "
        "Session."))
    return S


def build(pages):
    doc = Doc(OUT, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TOP, bottomMargin=2 * cm,
              title="Programme and Budget for 2010", author="IOM")
    full = Frame(LM, 2 * cm, BODY_W, H - TOP - 2 * cm, id="f", leftPadding=0, rightPadding=0,
                 topPadding=0, bottomPadding=0)
    bodyf = Frame(LM, 2 * cm + FOOT_ZONE, BODY_W, H - TOP - 2 * cm - FOOT_ZONE, id="b",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([
        PageTemplate("cover", [full], onPage=on_cover),
        PageTemplate("toc", [full], onPage=on_toc),
        PageTemplate("body", [bodyf], onPage=on_body, onPageEnd=on_body_end),
    ])
    doc.build(story(pages))
    return doc.heading_pages


if __name__ == "__main__":
    p1 = build({})
    p2 = build(p1)
    assert p1 == p2, (p1, p2)
    print("heading pages:", p2)
    print("admin", ADMIN_T09, ADMIN_T10, "staff", STAFF_T09, STAFF_T10, "ops", OPS_SUB, OPS_T)
