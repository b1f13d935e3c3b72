"""Draws programme-budget-2016c.pdf: an extract of an IOM Programme and Budget for 2016 (C/106/7).

Each page is laid out by hand: the flowables of the page go into one frame above the page's footnotes,
so that every footnote body lands on the page where its raised marker is printed.
"""
import os

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas
from reportlab.platypus import Frame, Paragraph, Spacer, Table, TableStyle

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "programme-budget-2016c.pdf")

SYMBOL = "C/106/7"
W, H = A4
LM, RM = 72, 72
TW = W - LM - RM
TOP = H - 56
BOTTOM = 56

# ----------------------------------------------------------------------------- styles
body = ParagraphStyle("body", fontName="Times-Roman", fontSize=11, leading=13.6,
                      alignment=TA_JUSTIFY, firstLineIndent=36, leftIndent=0,
                      bulletIndent=0, bulletFontName="Times-Roman", bulletFontSize=11,
                      spaceAfter=9)
item = ParagraphStyle("item", parent=body, firstLineIndent=0, leftIndent=72,
                      bulletIndent=36, spaceAfter=6)
h1 = ParagraphStyle("h1", fontName="Times-Bold", fontSize=11, leading=14,
                    spaceBefore=6, spaceAfter=10, alignment=TA_LEFT)
h2 = ParagraphStyle("h2", fontName="Times-BoldItalic", fontSize=11, leading=14,
                    spaceBefore=2, spaceAfter=8, alignment=TA_LEFT)
caption = ParagraphStyle("caption", fontName="Times-Bold", fontSize=10, leading=12,
                         alignment=TA_CENTER, spaceBefore=4, spaceAfter=6)
cell = ParagraphStyle("cell", fontName="Times-Roman", fontSize=9.5, leading=11.2)
cellb = ParagraphStyle("cellb", parent=cell, fontName="Times-Bold")
cell_sub = ParagraphStyle("cell_sub", parent=cell, leftIndent=30, firstLineIndent=-20)
cell9 = ParagraphStyle("cell9", parent=cell, fontSize=9, leading=10.8)
cell9b = ParagraphStyle("cell9b", parent=cell9, fontName="Times-Bold")
cell9_sub = ParagraphStyle("cell9_sub", parent=cell9, leftIndent=28, firstLineIndent=-14)
head9 = ParagraphStyle("head9", parent=cell9, fontName="Times-Bold", alignment=TA_CENTER)
headcell = ParagraphStyle("headcell", parent=cell, fontName="Times-Bold", alignment=TA_CENTER)
fnstyle = ParagraphStyle("fn", fontName="Times-Roman", fontSize=9, leading=10.6,
                         leftIndent=0, firstLineIndent=0, alignment=TA_LEFT)


def para(n, text):
    return Paragraph(text, body, bulletText=f"{n}.")


def fmt(v):
    if v is None:
        return ""
    if v == 0:
        return "-"
    if v < 0:
        return f"({-v:,})"
    return f"{v:,}"


# ----------------------------------------------------------------------------- table 1 (CHF)
ADMIN = [
    ("Salaries", 27_854_000, 28_412_000),
    ("Common staff costs", 8_912_000, 9_105_000),
    ("Travel", 1_146_000, 1_087_000),
    ("Office costs", 3_418_000, 3_502_000),
    ("Communications", 1_236_000, 1_236_000),
    ("Contractual services", 2_905_000, 3_010_000),
    ("General expenditure and supplies", 1_062_000, 1_041_000),
    ("Staff security<super>2</super>", None, 340_000),
]
ADM15 = sum(r[1] or 0 for r in ADMIN)
ADM16 = sum(r[2] for r in ADMIN)
assert ADM15 == 46_533_000 and ADM16 == 47_733_000 and ADM16 - ADM15 == 1_200_000


def admin_table():
    data = [[Paragraph("Category", headcell), Paragraph("2015 approved budget", headcell),
             Paragraph("2016 estimates", headcell), Paragraph("Change", headcell)]]
    for label, a, b in ADMIN:
        data.append([Paragraph(label, cell), fmt(a), fmt(b), fmt(b - (a or 0))])
    data.append([Paragraph("Total", cellb), fmt(ADM15), fmt(ADM16), fmt(ADM16 - ADM15)])
    t = Table(data, colWidths=[191, 90, 90, 80])
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("FONT", (1, 1), (-1, -1), "Times-Roman", 9.5),
        ("FONT", (1, -1), (-1, -1), "Times-Bold", 9.5),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("VALIGN", (0, 1), (-1, -1), "BOTTOM"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return t


# ----------------------------------------------------------------------------- table 2 (USD)
LONG = ("III.2 Return and Reintegration of Qualified Nationals and Mobilization of "
        "Diaspora Expertise")
OPS = [
    ("I. Movement, Emergency and Post-crisis Migration Management", [
        ("I.1 Resettlement Assistance", 41_382_600, 148_905_300),
        ("I.2 Repatriation Assistance", 2_914_700, 9_608_200),
        ("I.3 Emergency and Post-crisis Migration Management", 96_741_500, 338_226_900),
    ]),
    ("II. Migration Health", [
        ("II.1 Migration Health Assessments and Travel Health Assistance", 38_517_200, 41_093_800),
        ("II.2 Health Promotion and Assistance for Migrants", 7_285_400, 19_734_600),
    ]),
    ("III. Migration and Development", [
        ("III.1 Migration and Economic/Community Development", 9_846_300, 27_519_100),
        (LONG, 1_604_900, 4_288_700),
    ]),
    ("IV. Regulating Migration", [
        ("IV.1 Return Assistance to Migrants and Governments", 14_720_800, 52_163_400),
        ("IV.2 Counter-trafficking", 6_893_100, 14_927_500),
        ("IV.3 Immigration and Border Management", 19_465_200, 48_311_600),
    ]),
]
POLICY = ("V. Migration Policy, Research and Communications", 2_187_300, 3_074_900)
ROMAN = ["I", "II", "III", "IV"]

OPS_STAFF = sum(s for _, lines in OPS for _, s, _ in lines) + POLICY[1]
OPS_PROG = sum(p for _, lines in OPS for _, _, p in lines) + POLICY[2]
OPS_TOTAL = OPS_STAFF + OPS_PROG
assert (OPS_STAFF, OPS_PROG, OPS_TOTAL) == (241_559_000, 707_854_000, 949_413_000)
EMERG = 96_741_500 + 338_226_900
assert round(100 * EMERG / OPS_TOTAL) == 46


def ops_table():
    data = [[Paragraph("Service area", head9), Paragraph("Staff and office costs", head9),
             Paragraph("Programme costs", head9), Paragraph("Total costs", head9)]]
    bold_rows = []
    for roman, (head, lines) in zip(ROMAN, OPS):
        bold_rows.append(len(data))
        data.append([Paragraph(head, cell9b), "", "", ""])
        for label, s, p in lines:
            data.append([Paragraph(label, cell9_sub), fmt(s), fmt(p), fmt(s + p)])
        ss = sum(x[1] for x in lines)
        sp = sum(x[2] for x in lines)
        bold_rows.append(len(data))
        data.append([Paragraph(f"Subtotal {roman}", cell9b), fmt(ss), fmt(sp), fmt(ss + sp)])
    bold_rows.append(len(data))
    data.append([Paragraph(POLICY[0], cell9b), fmt(POLICY[1]), fmt(POLICY[2]),
                 fmt(POLICY[1] + POLICY[2])])
    bold_rows.append(len(data))
    data.append([Paragraph("Total", cell9b), fmt(OPS_STAFF), fmt(OPS_PROG), fmt(OPS_TOTAL)])
    t = Table(data, colWidths=[280, 62, 62, 62])
    st = [
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("FONT", (1, 1), (-1, -1), "Times-Roman", 9),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("VALIGN", (0, 1), (-1, -1), "BOTTOM"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for r in bold_rows:
        st.append(("FONT", (1, r), (-1, r), "Times-Bold", 9))
    t.setStyle(TableStyle(st))
    return t


# ----------------------------------------------------------------------------- text
P = {}
P[1] = ("The Programme and Budget for 2016 sets out the resources that the Administration expects to "
        "need in order to carry out the work of the Organization in the coming year, and the sources "
        "from which it expects them to be met. It is presented in two parts: the Administrative Part, "
        "expressed in Swiss francs and financed by the assessed contributions of Member States, and "
        "the Operational Part, expressed in US dollars and financed by voluntary contributions that "
        "are, for the most part, earmarked for specific projects.")
P[2] = ("The estimates start from the Programme and Budget for 2015,<super>1</super> and reflect the "
        "comments made by Member States during the informal consultations held in Geneva in "
        "September 2015 and at the Seventeenth Session of the Standing Committee on Programmes and "
        "Finance.")
P[3] = ("Requests for the services of the Organization have kept rising. The number of active "
        "projects went up from 2,340 at the end of 2013 to 2,615 at the end of 2014, and IOM now "
        "works from more than 480 locations. Almost all of that growth has taken place in the "
        "Operational Part; the core structure paid for by assessed contributions has stayed broadly "
        "the same size.")
P[4] = ("In drawing up these estimates the Administration has held to the principle of zero nominal "
        "growth in the Administrative Part, save for the increase needed to absorb statutory salary "
        "adjustments and to bring the cost of staff security into the core budget. The proposed level "
        "of CHF 47,733,000 is therefore CHF 1,200,000, or 2.6 per cent, above the amount approved for "
        "2015.")
P[5] = ("The Operational Part for 2016 is put at USD 949,413,000, a figure that includes only the "
        "funding confirmed or reasonably expected at the time of writing. As in past years, it will be "
        "revised upwards during the year as new projects are agreed with donors, and the revised "
        "figures will be reported to the Standing Committee in the summary update.")
P[6] = ("This extract gives the summary tables of the two parts and the main assumptions behind them. "
        "The project descriptions by region, the staffing tables and the detailed statement of "
        "Operational Support Income are issued separately.")
P[7] = ("The Administrative Part pays for the core structure of the Organization: Headquarters, the "
        "Administrative Centres in Manila and Panama, and the regional offices. It is met in full by "
        "assessed contributions, calculated according to the scale of assessment adopted by the "
        "Council.")
P[8] = ("The scale for 2016 has been updated to take account of the States admitted to membership "
        "during 2015. The assessed contributions of the 162 Member States are expected to cover the "
        "whole amount of CHF 47,733,000, and no drawing on the reserve is foreseen.")
P[9] = ("The Administration remains concerned at the amount of contributions still outstanding, which "
        "stood at CHF 5.8 million as at 30 September 2015. Member States in arrears are urged to settle "
        "them in full or to agree a payment plan with the Administration, as the Council has asked in "
        "earlier years.")
P[10] = ("Table 1 sets the 2016 estimates beside the budget approved for 2015. Salaries and common staff "
         "costs together make up nearly 79 per cent of the total. The new line for staff security "
         "brings into the core budget two security posts and related costs that until now were "
         "charged to Operational Support Income.")
P[11] = ("The lower figure under Travel reflects wider use of video-conferencing for internal meetings, "
         "while the increase under Contractual services covers the last phase of the replacement of "
         "the enterprise resource planning system. Communications costs are kept at their 2015 "
         "level.")
P[12] = ("The Operational Part covers all the activities that IOM carries out at the request of Member "
         "States and other partners. It is funded wholly by voluntary contributions, and only funding "
         "that is confirmed or highly probable is included in the estimates.")
P[13] = ("The estimate for 2016 is lower than the revised figure for 2015 given in the latest summary "
         "update,<super>3</super> chiefly because several large emergency operations in the Middle "
         "East and West Africa are funded for short periods and are not yet covered by pledges for "
         "2016.")
P[14] = ("The largest contributors to the Operational Part remain the United States of America, the "
         "European Union, the United Kingdom, Japan, Canada and Australia. Funding from the private "
         "sector and from international financial institutions is growing, but still accounts for "
         "less than 5 per cent of the total.")
P[15] = ("Staff and office costs charged to projects are budgeted at the actual cost of implementing "
         "each project, in keeping with the project-based funding model. The overhead charged on "
         "projects, from which Operational Support Income is derived, remains at 7 per cent.")
P[16] = ("Table 2 shows the Operational Part by service area. Emergency and post-crisis activities, "
         "planned in line with the Migration Crisis Operational Framework,<super>4</super> again form "
         "the largest service line, with some 46 per cent of the total.")
P[17] = ("Resettlement and movement activities are expected to stay at a high level, in view of the "
         "places offered by resettlement countries to refugees from the Syrian Arab Republic. Health "
         "assessments for migrants continue to be requested by a growing number of receiving "
         "States.")
P[18] = "The Council is invited to:"
ITEMS = [
    ("(a)", "take note of the comments made by the Standing Committee on Programmes and Finance at its "
            "Seventeenth Session;"),
    ("(b)", "approve the Administrative Part of the Budget for 2016 in the amount of CHF 47,733,000; "
            "and"),
    ("(c)", "approve the Operational Part of the Budget for 2016 in the amount of USD 949,413,000, on "
            "the understanding that it will be revised as further funding is received."),
]

FOOTNOTES = {
    1: "Document MC/2418, approved by the Council through Resolution No. 1289 of 25 November 2014.",
    2: "Two security posts and related expenses, previously charged to Operational Support Income; see "
       "paragraph 10.",
    3: "Summary Update on the Programme and Budget for 2015 (S/16/6), presented to the Standing "
       "Committee on Programmes and Finance in June 2015.",
    4: "Document MC/2355, endorsed by the Council through Resolution No. 1243 of 27 November 2012.",
}

CAP1 = "Table 1. Administrative Part: staff and office costs by category (in Swiss francs)"
CAP2 = "Table 2. Operational Part: estimates by service area (in US dollars)"

PAGES = [
    # (page label, flowables, footnote numbers)
    ("1", [Paragraph("I.&nbsp;&nbsp;&nbsp;&nbsp;INTRODUCTION", h1)]
          + [para(n, P[n]) for n in range(1, 7)], [1]),
    ("2", [Paragraph("II.&nbsp;&nbsp;&nbsp;ADMINISTRATIVE PART OF THE BUDGET", h1),
           Paragraph("A.&nbsp;&nbsp;&nbsp;Budget framework and assessed contributions", h2)]
          + [para(n, P[n]) for n in (7, 8, 9)]
          + [Paragraph("B.&nbsp;&nbsp;&nbsp;Staff and office costs by category", h2), para(10, P[10]),
             Paragraph(CAP1, caption), admin_table(), Spacer(1, 12), para(11, P[11])], [2]),
    ("3", [Paragraph("III.&nbsp;&nbsp;OPERATIONAL PART OF THE BUDGET", h1),
           Paragraph("A.&nbsp;&nbsp;&nbsp;Funding outlook", h2)]
          + [para(n, P[n]) for n in (12, 13, 14, 15)]
          + [Paragraph("B.&nbsp;&nbsp;&nbsp;Estimates by service area", h2), para(16, P[16])], [3, 4]),
    ("4", [Paragraph(CAP2, caption), ops_table(), Spacer(1, 12), para(17, P[17]),
           Paragraph("IV.&nbsp;&nbsp;ACTION REQUESTED OF THE COUNCIL", h1), para(18, P[18])]
          + [Paragraph(t, item, bulletText=lab) for lab, t in ITEMS], []),
]

CONTENTS = [
    (0, "I. INTRODUCTION", "1"),
    (0, "II. ADMINISTRATIVE PART OF THE BUDGET", "2"),
    (1, "A. Budget framework and assessed contributions", "2"),
    (1, "B. Staff and office costs by category", "2"),
    (0, "III. OPERATIONAL PART OF THE BUDGET", "3"),
    (1, "A. Funding outlook", "3"),
    (1, "B. Estimates by service area", "3"),
    (0, "IV. ACTION REQUESTED OF THE COUNCIL", "4"),
]


# ----------------------------------------------------------------------------- drawing
def running_header(c, label):
    c.setFont("Times-Roman", 11)
    c.drawRightString(W - RM, H - 40, SYMBOL)
    c.drawRightString(W - RM, H - 53, f"Page {label}")


def draw_cover(c):
    c.setFont("Times-Bold", 12)
    c.drawRightString(W - RM, H - 60, SYMBOL)
    c.setFont("Times-Roman", 11)
    c.drawRightString(W - RM, H - 76, "Original: English")
    c.drawRightString(W - RM, H - 90, "6 November 2015")
    c.setFont("Times-Bold", 12)
    c.drawCentredString(W / 2, H - 200, "COUNCIL")
    c.setFont("Times-Roman", 12)
    c.drawCentredString(W / 2, H - 216, "106th Session")
    c.setFont("Times-Bold", 14)
    c.drawCentredString(W / 2, H - 360, "PROGRAMME AND BUDGET FOR 2016")
    # cover note below a short rule
    c.setLineWidth(0.6)
    c.line(LM, 150, LM + 144, 150)
    note = Paragraph("This document was reviewed by the Standing Committee on Programmes and Finance at "
                     "its Seventeenth Session, held on 27 and 28 October 2015, where it was issued as "
                     "document S/17/4.", ParagraphStyle("note", parent=fnstyle, fontSize=10,
                                                        leading=12))
    w, h = note.wrap(TW, 200)
    note.drawOn(c, LM, 140 - h)


def draw_contents(c):
    running_header(c, "i")
    c.setFont("Times-Bold", 12)
    c.drawCentredString(W / 2, H - 110, "CONTENTS")
    c.setFont("Times-Bold", 11)
    c.drawRightString(W - RM, H - 140, "Page")
    y = H - 165
    c.setFont("Times-Roman", 11)
    dotw = stringWidth(".", "Times-Roman", 11)
    for level, title, page in CONTENTS:
        x = LM + (0 if level == 0 else 36)
        if level == 0 and y != H - 165:
            y -= 8
        c.drawString(x, y, title)
        start = x + stringWidth(title, "Times-Roman", 11) + 6
        end = W - RM - stringWidth(page, "Times-Roman", 11) - 4
        n = int((end - start) / (dotw * 2))
        leader = " ".join(["."] * n)
        # stretch the leader so that it runs exactly from the title to the page number
        extra = (end - start - stringWidth(leader, "Times-Roman", 11)) / (len(leader) - 1)
        t = c.beginText(start, y)
        t.setFont("Times-Roman", 11)
        t.setCharSpace(extra)
        t.textOut(leader)
        c.drawText(t)
        c.drawRightString(W - RM, y, page)
        y -= 20


def draw_body_page(c, label, flow, fns):
    running_header(c, label)
    # footnotes from the bottom up
    fparas = [Paragraph(f"<super>{n}</super> {FOOTNOTES[n]}", fnstyle) for n in fns]
    heights = [p.wrap(TW, 200)[1] for p in fparas]
    y = BOTTOM
    for p, h in reversed(list(zip(fparas, heights))):
        p.drawOn(c, LM, y)
        y += h + 3
    frame_bottom = BOTTOM
    if fparas:
        c.setLineWidth(0.5)
        c.line(LM, y + 2, LM + 144, y + 2)
        frame_bottom = y + 12
    frame = Frame(LM, frame_bottom, TW, (H - 80) - frame_bottom, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0, showBoundary=0)
    flow = list(flow)
    frame.addFromList(flow, c)
    assert not flow, f"page {label} overflows: {len(flow)} flowables left"


def main():
    c = canvas.Canvas(OUT, pagesize=A4)
    c.setTitle("Programme and Budget for 2016 (C/106/7)")
    c.setAuthor("International Organization for Migration")
    draw_cover(c)
    c.showPage()
    draw_contents(c)
    c.showPage()
    for label, flow, fns in PAGES:
        draw_body_page(c, label, flow, fns)
        c.showPage()
    c.save()


if __name__ == "__main__":
    main()
