"""Draws contributions-report-2018b.pdf: S/22/4, Status report on outstanding
contributions to the Administrative Part of the Budget (SCPF, Twenty-second Session,
June 2018), with reportlab platypus."""

import os

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT, TA_LEFT
from reportlab.lib import colors
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                Table, TableStyle, PageBreak, NextPageTemplate, KeepTogether)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "contributions-report-2018b.pdf")

SYMBOL = "S/22/4"
W, H = A4
LM = RM = 2.5 * cm
TM = 2.2 * cm
FOOT_ROOM = 3.6 * cm          # space kept at the foot of body pages for footnotes

# ---------------------------------------------------------------- data (amounts in CHF)
YEARS = ["2013 and earlier", "2014", "2015", "2016", "2017"]
# name, payment plan, arrears by year at 1 January 2018, assessed for 2018, received Jan-May 2018
STATES = [
    ("Antigua and Barbuda", False, [0, 0, 0, 0, 2598], 2612, 0),
    ("Argentina", False, [0, 0, 0, 0, 312480], 318705, 312480),
    ("Bolivia (Plurinational State of)", False, [0, 0, 0, 9870, 10215], 10464, 0),
    ("Burundi", False, [0, 0, 2530, 2584, 2598], 2612, 2530),
    ("Cabo Verde", False, [0, 0, 0, 0, 2598], 2612, 5210),
    ("Central African Republic", True, [18420, 2566, 2530, 2584, 2598], 2612, 3000),
    ("Chad", False, [0, 0, 0, 2584, 2598], 2612, 0),
    ("Comoros", True, [14215, 2566, 2530, 2584, 2598], 2612, 2500),
    ("Congo", False, [0, 0, 0, 0, 7794], 7836, 0),
    ("Democratic Republic of the Congo", False, [0, 0, 0, 5168, 5196], 5224, 5168),
    ("Djibouti", False, [0, 0, 0, 0, 2598], 2612, 2598),
    ("Dominica", False, [0, 2566, 2530, 2584, 2598], 2612, 0),
    ("El Salvador", False, [0, 0, 0, 0, 7794], 7836, 15630),
    ("Gabon", False, [0, 0, 0, 26122, 25981], 26118, 0),
    ("Gambia", False, [0, 0, 0, 0, 2598], 2612, 0),
    ("Grenada", False, [0, 0, 2530, 2584, 2598], 2612, 0),
    ("Guinea", False, [0, 0, 0, 5168, 5196], 5224, 0),
    ("Guinea-Bissau", True, [21870, 2566, 2530, 2584, 2598], 2612, 4000),
    ("Haiti", False, [0, 0, 0, 0, 7794], 7836, 7794),
    ("Honduras", False, [0, 0, 0, 0, 20785], 20897, 0),
    ("Kyrgyzstan", True, [9640, 5132, 5060, 5168, 5196], 5224, 6500),
    ("Liberia", True, [16950, 2566, 2530, 2584, 2598], 2612, 5000),
    ("Libya", False, [0, 0, 0, 325610, 324765], 326561, 0),
    ("Madagascar", False, [0, 0, 0, 0, 7794], 7836, 0),
    ("Mali", False, [0, 0, 0, 0, 7794], 7836, 7794),
    ("Mauritania", False, [0, 0, 0, 5168, 5196], 5224, 0),
    ("Micronesia (Federated States of)", False, [0, 2566, 2530, 2584, 2598], 2612, 0),
    ("Nicaragua", False, [0, 0, 0, 0, 7794], 7836, 0),
    ("Niger", False, [0, 0, 0, 5168, 5196], 5224, 5168),
    ("Paraguay", False, [0, 0, 0, 0, 36374], 36569, 36374),
    ("Sao Tome and Principe", True, [12860, 2566, 2530, 2584, 2598], 2612, 2612),
    ("Sierra Leone", False, [0, 0, 0, 0, 2598], 2612, 0),
    ("Somalia", False, [31245, 2566, 2530, 2584, 2598], 2612, 0),
    ("South Sudan", False, [0, 0, 5060, 5168, 5196], 5224, 0),
    ("Sudan", False, [0, 0, 0, 0, 25981], 26118, 0),
    ("Togo", False, [0, 0, 0, 0, 2598], 2612, 2598),
    ("Uganda", False, [0, 0, 0, 0, 20785], 20897, 41682),
    ("Venezuela (Bolivarian Republic of)", False, [0, 0, 312200, 292650, 298740], 298350, 0),
    ("Yemen", False, [0, 0, 0, 25920, 25981], 26118, 0),
    ("Zimbabwe", False, [0, 0, 0, 0, 10392], 10448, 10392),
]


def allocate(arrears, assessed, received):
    """Apply a payment to the oldest amounts first; return remaining by year + 2018."""
    left = list(arrears) + [assessed]
    pay = received
    for i in range(len(left)):
        take = min(pay, left[i])
        left[i] -= take
        pay -= take
    assert pay == 0, "overpayment"
    return left


ROWS = []
year_start = [0] * 5
year_end = [0] * 5
tot = [0, 0, 0, 0]
article4 = 0
for name, plan, arr, ass, rec in STATES:
    left = allocate(arr, ass, rec)
    start = sum(arr)
    end = start + ass - rec
    assert end == sum(left)
    ROWS.append((name, plan, start, ass, rec, end))
    for i in range(5):
        year_start[i] += arr[i]
        year_end[i] += left[i]
    for i, v in enumerate((start, ass, rec, end)):
        tot[i] += v
    # Article 4: arrears equal or exceed contributions due for the two preceding full years
    # (arrears for 2016 and 2017 stand for the contributions due for those two years)
    if arr[3] > 0 and sum(left[:5]) >= arr[3] + arr[4]:
        article4 += 1

year_rec = [a - b for a, b in zip(year_start, year_end)]
ARREARS_START = sum(year_start)
ARREARS_END = sum(year_end)


def fmt(v):
    return "-" if v == 0 else "{:,}".format(v)


def pct(v, total):
    return "{:.1f}".format(100.0 * v / total)


# ---------------------------------------------------------------- styles
body = ParagraphStyle("body", fontName="Times-Roman", fontSize=11.5, leading=14.2,
                      alignment=TA_JUSTIFY, spaceAfter=9)
numbered = ParagraphStyle("num", parent=body, bulletFontName="Times-Roman", bulletFontSize=11.5,
                          bulletIndent=0, leftIndent=0, firstLineIndent=1.25 * cm)
item = ParagraphStyle("item", parent=body, bulletFontName="Times-Roman", bulletFontSize=11.5,
                      bulletIndent=1.25 * cm, leftIndent=2.5 * cm, firstLineIndent=0, spaceAfter=6)
heading = ParagraphStyle("head", fontName="Times-Bold", fontSize=11.5, leading=14,
                         spaceBefore=6, spaceAfter=9, alignment=TA_LEFT)
title_c = ParagraphStyle("title", fontName="Times-Bold", fontSize=13, leading=17,
                         alignment=TA_CENTER)
running = ParagraphStyle("run", fontName="Times-Bold", fontSize=11.5, leading=14.5,
                         alignment=TA_CENTER, spaceAfter=16)
caption = ParagraphStyle("cap", fontName="Times-Italic", fontSize=10.5, leading=13,
                         alignment=TA_CENTER, spaceAfter=5)
cell = ParagraphStyle("cell", fontName="Times-Roman", fontSize=10, leading=12)
cell_r = ParagraphStyle("cellr", parent=cell, alignment=TA_RIGHT)
cell_h = ParagraphStyle("cellh", fontName="Times-Bold", fontSize=9.5, leading=11.5,
                        alignment=TA_CENTER)
cell_hl = ParagraphStyle("cellhl", parent=cell_h, alignment=TA_LEFT)
cell_b = ParagraphStyle("cellb", parent=cell, fontName="Times-Bold")
cell_br = ParagraphStyle("cellbr", parent=cell_b, alignment=TA_RIGHT)
note = ParagraphStyle("note", fontName="Times-Roman", fontSize=9.5, leading=11.5,
                      spaceBefore=5)


def P(num, text):
    return Paragraph(text, numbered, bulletText="%d." % num)


def I(label, text):
    return Paragraph(text, item, bulletText=label)


def sup(m):
    return "<super><font size=7.5>%s</font></super>" % m


def lowsup(m):
    # raised marker with a small rise, for footnote bodies and table cells
    return '<super rise="2.5" size="7">%s</super>' % m


# ---------------------------------------------------------------- footnotes (page -> notes)
FOOTNOTES = {
    2: [("1", "Document C/108/6. The Administrative Part of the Budget for 2018, amounting to "
              "CHF 52,250,000, was approved by the Council in Resolution No. 1356 of "
              "29 November 2017.")],
    3: [("2", "Article 4 of the Constitution provides that a Member State which is in arrears "
              "in the payment of its financial contributions to the Organization shall have no "
              "vote if the amount of its arrears equals or exceeds the amount of the "
              "contributions due from it for the preceding two full years.")],
}
fn_style = ParagraphStyle("fn", fontName="Times-Roman", fontSize=9.5, leading=11.3,
                          alignment=TA_JUSTIFY, leftIndent=0.5 * cm, firstLineIndent=-0.5 * cm)


def draw_header(c, lines):
    c.setFont("Times-Roman", 11)
    y = H - 1.4 * cm
    for ln in lines:
        c.drawRightString(W - RM, y, ln)
        y -= 13


def draw_footnotes(c, page):
    notes = FOOTNOTES.get(page)
    if not notes:
        return
    width = W - LM - RM
    paras = []
    for m, t in notes:
        p = Paragraph("%s&nbsp;&nbsp;%s" % (lowsup(m), t), fn_style)
        pw, ph = p.wrap(width, 10 * cm)
        paras.append((p, ph))
    total = sum(ph for _, ph in paras) + 4 * len(paras)
    y = 2.0 * cm + total
    c.setLineWidth(0.5)
    c.line(LM, y + 8, LM + 5 * cm, y + 8)
    for p, ph in paras:
        y -= ph
        p.drawOn(c, LM, y)
        y -= 4


def on_cover(c, doc):
    c.saveState()
    c.setFont("Times-Bold", 9)
    lines = ["STANDING COMMITTEE ON PROGRAMMES AND FINANCE",
             "COMIT\u00c9 PERMANENT DES PROGRAMMES ET DES FINANCES",
             "COMIT\u00c9 PERMANENTE DE PROGRAMAS Y FINANZAS"]
    c.setLineWidth(0.8)
    c.line(LM, 3.3 * cm, W - RM, 3.3 * cm)
    y = 2.75 * cm
    for ln in lines:
        c.drawCentredString(W / 2, y, ln)
        y -= 11.5
    c.restoreState()


def on_body(c, doc):
    c.saveState()
    n = doc.page - 1
    draw_header(c, [SYMBOL, "Page %d" % n])
    draw_footnotes(c, doc.page)
    c.restoreState()


ANNEX_FIRST = {"page": None}


def on_annex(c, doc):
    c.saveState()
    if ANNEX_FIRST["page"] is None:
        ANNEX_FIRST["page"] = doc.page
    n = doc.page - ANNEX_FIRST["page"] + 1
    draw_header(c, [SYMBOL, "Annex", "Page %d" % n])
    c.restoreState()


# ---------------------------------------------------------------- story
story = []

# Cover
story.append(Spacer(1, 0.3 * cm))
cov_r = ParagraphStyle("covr", fontName="Times-Roman", fontSize=12, leading=15, alignment=TA_RIGHT)
cov_rb = ParagraphStyle("covrb", parent=cov_r, fontName="Times-Bold")
story.append(Paragraph(SYMBOL, cov_rb))
story.append(Paragraph("Original: English", cov_r))
story.append(Paragraph("12 June 2018", cov_r))
story.append(Spacer(1, 5.2 * cm))
org = ParagraphStyle("org", fontName="Times-Bold", fontSize=12.5, leading=16, alignment=TA_CENTER)
sess = ParagraphStyle("sess", fontName="Times-Roman", fontSize=12.5, leading=16, alignment=TA_CENTER)
story.append(Paragraph("STANDING COMMITTEE ON PROGRAMMES AND FINANCE", org))
story.append(Paragraph("Twenty-second Session", sess))
story.append(Spacer(1, 3.2 * cm))
story.append(Paragraph("STATUS REPORT ON OUTSTANDING CONTRIBUTIONS", title_c))
story.append(Paragraph("TO THE ADMINISTRATIVE PART OF THE BUDGET", title_c))
story.append(NextPageTemplate("body"))
story.append(PageBreak())

# Body, first text page
story.append(Paragraph("STATUS REPORT ON OUTSTANDING CONTRIBUTIONS<br/>"
                       "TO THE ADMINISTRATIVE PART OF THE BUDGET", running))

story.append(Paragraph("Introduction", heading))
story.append(P(1, "The present document sets out the position of assessed contributions to the "
               "Administrative Part of the Budget as at 31 May 2018. It updates the information "
               "provided to the Council at its 108th Session in November 2017 (C/108/10) and "
               "should be read together with the Programme and Budget for 2018." + sup("1")))
story.append(P(2, "Contributions to the Administrative Part of the Budget are assessed on all "
               "Member States in accordance with the scale of assessment adopted by the Council, "
               "and fall due in full on the first day of the financial year to which they relate. "
               "Timely payment is what allows the Organization to maintain its core structure "
               "without recourse to borrowing."))
story.append(P(3, "By 31 May 2018, 97 of the 172 Member States had paid their 2018 contributions "
               "in full and a further 16 had made partial payments. Receipts against 2018 "
               "assessments totalled CHF 33,816,450, or 64.7 per cent of the amount assessed, "
               "compared with 61.9 per cent at the same date in 2017."))

story.append(Paragraph("Arrears by year of assessment", heading))
story.append(P(4, "Contributions outstanding for 2017 and earlier years stood at CHF %s at "
               "1 January 2018. Payments received since then have reduced that figure to CHF %s. "
               "The table below shows the arrears by year of assessment; the position of each "
               "Member State concerned is given in the Annex." % (
                   "{:,}".format(ARREARS_START), "{:,}".format(ARREARS_END))))

story.append(Paragraph("Arrears by year of assessment as at 31 May 2018 (in Swiss francs)", caption))
hdr = [Paragraph("Year of assessment", cell_hl),
       Paragraph("Outstanding at 1 January 2018", cell_h),
       Paragraph("Received in 2018", cell_h),
       Paragraph("Outstanding at 31 May 2018", cell_h),
       Paragraph("Per cent of total", cell_h)]
data = [hdr]
for i, y in enumerate(YEARS):
    data.append([Paragraph(y, cell), Paragraph(fmt(year_start[i]), cell_r),
                 Paragraph(fmt(year_rec[i]), cell_r), Paragraph(fmt(year_end[i]), cell_r),
                 Paragraph(pct(year_end[i], ARREARS_END), cell_r)])
data.append([Paragraph("Total", cell_b), Paragraph(fmt(ARREARS_START), cell_br),
             Paragraph(fmt(sum(year_rec)), cell_br), Paragraph(fmt(ARREARS_END), cell_br),
             Paragraph("100.0", cell_br)])
t = Table(data, colWidths=[3.6 * cm, 3.3 * cm, 3.0 * cm, 3.3 * cm, 2.6 * cm], hAlign="CENTER")
t.setStyle(TableStyle([
    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("LEFTPADDING", (0, 0), (-1, -1), 7),
    ("RIGHTPADDING", (0, 0), (-1, -1), 7),
    ("TOPPADDING", (0, 0), (-1, -1), 3),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
]))
story.append(t)
story.append(Spacer(1, 10))

old = year_end[0] + year_end[1] + year_end[2]
plan_old = 0
for name, plan, arr, ass, rec in STATES:
    if plan:
        left = allocate(arr, ass, rec)
        plan_old += left[0] + left[1] + left[2]
story.append(P(5, "Some %s per cent of the arrears, or CHF %s, relates to assessments for 2015 "
               "and earlier years. Of that long-standing amount, CHF %s is owed by Member States "
               "that have agreed payment plans with the Administration, and the balance is "
               "largely attributable to a small number of Member States facing severe economic "
               "difficulties." % (pct(old, ARREARS_END), "{:,}".format(old),
                                  "{:,}".format(plan_old))))

story.append(Paragraph("Payment plans and voting rights", heading))
story.append(P(6, "Under Article 4 of the Constitution," + sup("2") + " a Member State whose arrears "
               "equal or exceed the contributions due from it for the two preceding full years "
               "has no vote in the governing bodies. As at 31 May 2018, %d Member States were in "
               "that situation, six of which had payment plans in force." % article4))
story.append(P(7, "In accordance with Council Resolution No. 1156 of 30 November 2007, a Member "
               "State subject to Article 4 may have its voting rights restored by:"))
story.append(I("(a)", "paying in full the amount of its arrears; or"))
story.append(I("(b)", "concluding with the Administration a payment plan under which the arrears "
               "are settled over a period of not more than ten years, and honouring the annual "
               "instalments under that plan together with its current assessed contributions."))
story.append(Spacer(1, 4))
story.append(P(8, "Payment plans are currently in force with six Member States, which are marked "
               "with the letter \u201ca\u201d in the Annex. The plans with Kyrgyzstan and Liberia "
               "were concluded after the Twenty-first Session of the Standing Committee (S/21/6). "
               "All six Member States concerned have paid the instalment due in 2018, although "
               "in four cases the instalment did not also cover the 2018 assessment."))
story.append(P(9, "In February 2018 the Administration wrote to each Member State in arrears "
               "setting out the amount outstanding and the options open to it under Resolution "
               "No. 1156, and the Director General has raised the matter in bilateral meetings "
               "with the representatives concerned. Several Member States have since indicated "
               "that payments are being processed, and the Administration expects further "
               "receipts before the 109th Session of the Council."))
story.append(P(10, "The Administration is grateful to the Member States that settled their arrears "
                "in full during the period under review, in particular Cabo Verde, El Salvador and "
                "Uganda. It once again urges all Member States in arrears to pay the amounts "
                "outstanding or, where that is not possible, to contact the Administration with a "
                "view to agreeing a payment plan."))

story.append(Paragraph("Action requested of the Standing Committee", heading))
story.append(P(11, "The Standing Committee on Programmes and Finance is invited to take note of the "
                "present document and to urge Member States with arrears to make every effort to "
                "settle them in full or to conclude payment plans with the Administration, and to "
                "honour the terms of those plans."))

# Annex
story.append(NextPageTemplate("annex"))
story.append(PageBreak())
annex_title = ParagraphStyle("at", fontName="Times-Bold", fontSize=11.5, leading=14.5,
                             alignment=TA_CENTER, spaceAfter=10)
story.append(Paragraph("MEMBER STATES WITH ARREARS IN CONTRIBUTIONS TO THE<br/>"
                       "ADMINISTRATIVE PART OF THE BUDGET AS AT 31 MAY 2018", annex_title))
story.append(Paragraph("(in Swiss francs)", caption))
ahdr = [Paragraph("Member State", cell_hl),
        Paragraph("Outstanding at 1 January 2018", cell_h),
        Paragraph("Assessed for 2018", cell_h),
        Paragraph("Received in 2018", cell_h),
        Paragraph("Outstanding at 31 May 2018", cell_h)]
adata = [ahdr]
for name, plan, start, ass, rec, end in ROWS:
    label = name + (lowsup("a") if plan else "")
    adata.append([Paragraph(label, cell), Paragraph(fmt(start), cell_r), Paragraph(fmt(ass), cell_r),
                  Paragraph(fmt(rec), cell_r), Paragraph(fmt(end), cell_r)])
adata.append([Paragraph("Total", cell_b)] + [Paragraph(fmt(v), cell_br) for v in tot])
at = Table(adata, colWidths=[5.6 * cm, 2.75 * cm, 2.45 * cm, 2.45 * cm, 2.75 * cm],
           repeatRows=1, hAlign="CENTER")
at.setStyle(TableStyle([
    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("LEFTPADDING", (0, 0), (-1, -1), 7),
    ("RIGHTPADDING", (0, 0), (-1, -1), 7),
    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
]))
story.append(at)
story.append(Paragraph(lowsup("a") + "&nbsp;&nbsp;Member States that have concluded a payment plan "
                       "with the Administration (see paragraph 8).", note))

# ---------------------------------------------------------------- build
doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM,
                      bottomMargin=2 * cm, title="S/22/4",
                      author="International Organization for Migration")
cover_frame = Frame(LM, 4 * cm, W - LM - RM, H - TM - 4 * cm, id="cover")
body_frame = Frame(LM, 2 * cm + FOOT_ROOM, W - LM - RM, H - TM - 1.3 * cm - 2 * cm - FOOT_ROOM,
                   id="body")
annex_frame = Frame(LM, 2 * cm, W - LM - RM, H - TM - 1.8 * cm - 2 * cm, id="annex")
doc.addPageTemplates([
    PageTemplate(id="cover", frames=[cover_frame], onPage=on_cover),
    PageTemplate(id="body", frames=[body_frame], onPage=on_body),
    PageTemplate(id="annex", frames=[annex_frame], onPage=on_annex),
])
doc.build(story)
print("arrears start", ARREARS_START, "end", ARREARS_END, "article4", article4, "totals", tot)
print("year_start", year_start, "year_end", year_end, "plan_old", plan_old)
