#!/usr/bin/env python3
"""Draws council-report-2008c.pdf: draft report on the Ninety-sixth Session of the IOM Council (2008),
laid out the way a word processor of 2008 would print it (Times, numbered paragraphs with the number at
the margin and the first line indented, footnotes at the foot of the page, running header)."""
import os
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table, TableStyle
from reportlab.lib import colors

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "council-report-2008c.pdf")

SYMBOL = "MC/2270"
PW, PH = A4
LM = RM = 2.5 * cm
TM = 2.3 * cm
BM = 2.3 * cm
W = PW - LM - RM
BODY_TOP = PH - TM - 34          # below the running header
BOTTOM = BM

FS, LEAD = 11, 13
body = ParagraphStyle("body", fontName="Times-Roman", fontSize=FS, leading=LEAD, alignment=TA_JUSTIFY)
num = ParagraphStyle("num", parent=body, firstLineIndent=36, leftIndent=0, bulletIndent=0,
                     bulletFontName="Times-Roman", bulletFontSize=FS)
point = ParagraphStyle("point", parent=body, leftIndent=72, firstLineIndent=0, bulletIndent=36,
                       bulletFontName="Times-Roman", bulletFontSize=FS)
head = ParagraphStyle("head", fontName="Times-Bold", fontSize=FS, leading=LEAD, alignment=TA_LEFT)
subhead = ParagraphStyle("subhead", fontName="Times-BoldItalic", fontSize=FS, leading=LEAD,
                         leftIndent=36, firstLineIndent=0, bulletIndent=0, bulletFontName="Times-BoldItalic",
                         bulletFontSize=FS)
title_style = ParagraphStyle("title", fontName="Times-Bold", fontSize=FS, leading=LEAD, alignment=TA_CENTER)
caption = ParagraphStyle("caption", fontName="Times-Bold", fontSize=10, leading=12, alignment=TA_CENTER)
fnstyle = ParagraphStyle("fn", fontName="Times-Roman", fontSize=9, leading=10.5, alignment=TA_JUSTIFY)
cell = ParagraphStyle("cell", fontName="Times-Roman", fontSize=10, leading=11.5)
cellb = ParagraphStyle("cellb", parent=cell, fontName="Times-Bold", alignment=TA_CENTER)

FOOTNOTES = {
    "1": "The list of participants is contained in document MC/2271.",
    "2": "The full text of the statement is reproduced in document MC/INF/295 and has been posted on "
         "the IOM website.",
    "3": "Statements submitted in writing by delegations that did not take the floor are available from "
         "the Secretariat of the Council on request.",
    "4": "Document MC/2262. The figures for the Operational Part of the Budget are those presented to the "
         "Standing Committee on Programmes and Finance at its Third Session (see document SCPF/21).",
}

MEMBERS = [
    "Afghanistan", "Albania", "Algeria", "Angola", "Argentina", "Armenia", "Australia", "Austria",
    "Azerbaijan", "Bangladesh", "Belgium", "Belize", "Benin", "Bolivia", "Bosnia and Herzegovina", "Brazil",
    "Bulgaria", "Burkina Faso", "Cambodia", "Cameroon", "Canada", "Cape Verde", "Chile", "Colombia",
    "Congo", "Costa Rica", "Côte d’Ivoire", "Croatia", "Cyprus", "Czech Republic",
    "Democratic Republic of the Congo", "Denmark", "Dominican Republic", "Ecuador", "Egypt", "El Salvador",
    "Estonia", "Ethiopia", "Finland", "France", "Gabon", "Gambia", "Georgia", "Germany", "Ghana", "Greece",
    "Guatemala", "Guinea", "Haiti", "Honduras", "Hungary", "India", "Iran (Islamic Republic of)", "Ireland",
    "Israel", "Italy", "Jamaica", "Japan", "Jordan", "Kenya", "Kyrgyzstan", "Latvia", "Liberia",
    "Libyan Arab Jamahiriya", "Lithuania", "Luxembourg", "Madagascar", "Mali", "Malta", "Mauritania",
    "Mexico", "Mongolia", "Montenegro", "Morocco", "Nepal", "Netherlands", "New Zealand", "Nicaragua",
    "Niger", "Nigeria", "Norway", "Pakistan", "Panama", "Paraguay", "Peru", "Philippines", "Poland",
    "Portugal", "Republic of Korea", "Republic of Moldova", "Romania", "Rwanda", "Senegal", "Serbia",
    "Sierra Leone", "Slovakia", "Slovenia", "South Africa", "Spain", "Sri Lanka", "Sudan", "Sweden",
    "Switzerland", "Tajikistan", "Thailand", "the former Yugoslav Republic of Macedonia", "Togo", "Tunisia",
    "Turkey", "Uganda", "Ukraine", "United Kingdom of Great Britain and Northern Ireland",
    "United Republic of Tanzania", "United States of America", "Uruguay",
    "Venezuela (Bolivarian Republic of)", "Viet Nam", "Yemen", "Zambia", "Zimbabwe",
]
N_MEMBERS_PRESENT = len(MEMBERS)

REGIONS = [
    # region, Member States, assessed 2008, received as at 30 November 2008
    ("Africa", 40, 612455, 371208),
    ("Americas", 28, 13602310, 12985140),
    ("Asia and the Pacific", 19, 4322906, 4190775),
    ("Europe", 35, 20114876, 19873904),
    ("Middle East", 3, 247453, 163820),
]
TOT_N = sum(r[1] for r in REGIONS)
TOT_A = sum(r[2] for r in REGIONS)
TOT_R = sum(r[3] for r in REGIONS)
TOT_O = TOT_A - TOT_R
assert (TOT_N, TOT_A, TOT_R, TOT_O) == (125, 38900000, 37584847, 1315153)


def fmt(v):
    return f"{v:,}"


def fn(mark):
    return f"<super>{mark}</super>"


# ----------------------------------------------------------------------------------------------
# Body content: ("H", heading) | ("S", label, heading) | ("P", text) numbered | ("Q", label, text) point
# | ("T",) table | ("C", caption text)
# ----------------------------------------------------------------------------------------------
country_run = ", ".join(MEMBERS[:-1]) + " and " + MEMBERS[-1]

CONTENT = [
    ("H", "INTRODUCTION"),
    ("P", "Pursuant to the decision taken at its Ninety-fourth Session, the Council convened for its "
          "Ninety-sixth Session at the Palais des Nations, Geneva, from Tuesday, 2 December, to Friday, "
          "5 December 2008. Eight meetings were held, under the chairmanship of the outgoing Chairman for "
          "the opening meeting and of the newly elected Chairman thereafter."),
    ("H", "OPENING OF THE SESSION"),
    ("P", "The outgoing Chairman, H.E. Mr. Marco Bellandi (Italy), opened the session at 10.20 a.m. on "
          "2 December 2008. He welcomed the delegations and noted that this was the first regular session "
          "to be attended by the Director General since he took office on 1 October 2008."),
    ("P", "He recalled that the Council had met in June 2008 at its Ninety-fifth (Special) Session to elect "
          "the Director General, and thanked the Member States for the spirit of cooperation they had "
          "shown throughout a year of transition for the Organization."),
    ("H", "ATTENDANCE"),
    ("P", f"The following {N_MEMBERS_PRESENT} Member States were represented: " + country_run + "." + fn("1")),
    ("P", "Bahrain, Bhutan, China, Cuba, Indonesia, Qatar, the Russian Federation, Saudi Arabia and "
          "Turkmenistan, as well as the Holy See and the Sovereign Military Order of Malta, were represented "
          "by observers."),
    ("P", "The United Nations, the Office of the United Nations High Commissioner for Refugees, the "
          "International Labour Office, the World Health Organization, the League of Arab States, the "
          "Council of Europe and 31 international non-governmental organizations were also represented by "
          "observers."),
    ("H", "CREDENTIALS OF REPRESENTATIVES AND OBSERVERS"),
    ("P", "The Council noted that the Director General had examined the credentials of the representatives "
          "of the Member States listed in paragraph 4 and had found them to be in good and due form, as were "
          "those of the observers referred to in paragraphs 5 and 6."),
    ("P", "The credentials of the representatives of the States admitted to membership during the session "
          "(see paragraph 14) were subsequently examined and also found to be in order."),
    ("H", "ELECTION OF OFFICERS"),
    ("P", "The Council elected the following officers: H.E. Mr. Eduardo Salcedo Ríos (Mexico) as Chairman; "
          "H.E. Mr. Kwame Asante-Darko (Ghana) as First Vice-Chairman; H.E. Ms. Ingrid Solbakken (Norway) as "
          "Second Vice-Chairman; and Mr. Tomasz Wierzbicki (Poland) as Rapporteur."),
    ("P", "On taking the chair, the Chairman paid tribute to his predecessor and invited delegations to "
          "keep their interventions brief so that the heavy agenda could be completed within the time "
          "available."),
    ("H", "ADOPTION OF THE AGENDA"),
    ("P", "The Council adopted the agenda as set out in document MC/2259/Rev.1."),
    ("P", "On the proposal of the Chairman, it was agreed that the items on the Programme and Budget for 2009 "
          "and on the status of contributions would be taken together, and that the general debate would "
          "remain open until the afternoon of 4 December 2008."),
    ("H", "ADMISSION OF NEW MEMBERS AND OBSERVERS"),
    ("S", "(a)", "Applications for membership in the Organization"),
    ("P", "The Council had before it applications for membership submitted by the Republic of Burundi, the "
          "Kingdom of Swaziland and the Republic of Vanuatu (documents MC/2260, MC/2261 and MC/2263), each "
          "of which accepted the IOM Constitution and undertook to make the financial contribution required "
          "of it."),
    ("P", "The Council adopted by acclamation Resolutions Nos. 1166, 1167 and 1168, by which it admitted "
          "Burundi, Swaziland and Vanuatu, respectively, as Members of the Organization, bringing the total "
          "membership to 128 States."),
    ("P", "Speaking in turn, the representatives of the three new Member States expressed their gratitude "
          "to the Council and underlined their wish to work closely with IOM on labour mobility, the "
          "reintegration of returnees and the strengthening of border management capacities."),
    ("S", "(b)", "Applications for representation by observers"),
    ("P", "The Council adopted Resolution No. 1169, granting observer status to the Migration Research "
          "Network of West Africa, whose representative thanked the Council for its decision."),
    ("H", "STATEMENT BY THE DIRECTOR GENERAL"),
    ("P", "In his first address to a regular session of the Council, the Director General set out the "
          "priorities he intended to pursue during his term of office." + fn("2") + " He stressed that the "
          "Organization would remain responsive to the needs of its Member States and of migrants "
          "themselves, and announced a review of the field structure to be conducted in consultation with "
          "the Member States during 2009."),
    ("P", "Turning to the world economic situation, he warned that the financial crisis was likely to weigh "
          "heavily on migrant workers and on the countries that relied on their remittances, and that the "
          "Organization should be ready to assist migrants who lost their employment and wished to return "
          "home voluntarily."),
    ("P", "He drew attention to the steady growth of the Organization’s activities, with more than 2,000 "
          "active projects and a field presence in over 100 countries, and expressed concern that the "
          "Administrative Part of the Budget had not kept pace with that expansion."),
    ("H", "GENERAL DEBATE"),
    ("P", "Thirty-seven Member States and four observers took the floor in the general debate." + fn("3") +
          " Delegations welcomed the Director General and commended the orderly handover that had taken "
          "place in the course of the year."),
    ("P", "Many speakers referred to the IOM Strategy set out in document MC/INF/287 and endorsed by the "
          "Council in Resolution No. 1150 of 7 June 2007, and considered that it continued to provide a "
          "sound framework for the Organization’s activities."),
    ("P", "In summing up the debate, the Chairman observed that a broad consensus had emerged on four "
          "points which the Administration was asked to keep in view when preparing its plans for the "
          "coming year:"),
    ("Q", "1.", "the effects of the economic downturn on migrants and on the flow of remittances should be "
                "monitored closely and reported to the Standing Committee on Programmes and Finance;"),
    ("Q", "2.", "the capacity-building activities undertaken for governments in the areas of border "
                "management and counter-trafficking should be maintained and, where possible, extended;"),
    ("Q", "3.", "cooperation with the other members of the Global Migration Group should be deepened, "
                "notably in the run-up to the Global Forum on Migration and Development; and"),
    ("Q", "4.", "the structural shortfall in the Administrative Part of the Budget should be addressed in a "
                "lasting way, with due regard for the financial constraints faced by Member States."),
    ("P", "Several delegations added that the review of the field structure should be transparent and that "
          "its results should be presented in good time before any decision was taken."),
    ("P", "The observers for the Holy See and the Sovereign Military Order of Malta underscored the "
          "humanitarian dimension of migration and the need to protect the dignity of migrants, "
          "particularly those in irregular situations. The observer for the International Catholic "
          "Migration Commission, speaking on behalf of several non-governmental organizations, called for "
          "closer consultation with civil society in the preparation of the Council’s sessions and "
          "welcomed the attention given to the situation of unaccompanied migrant children."),
    ("H", "BUDGET MATTERS"),
    ("S", "(a)", "Programme and Budget for 2009"),
    ("P", "The Council examined the Programme and Budget for 2009, which provided for an Administrative Part "
          "of CHF 39,208,000 and an Operational Part of USD 636.4 million." + fn("4") + " The Chairman of "
          "the Standing Committee on Programmes and Finance reported that the Committee had recommended its "
          "approval."),
    ("P", "The Council adopted Resolution No. 1170 approving the Programme and Budget for 2009 and "
          "Resolution No. 1171 on the scale of assessment for 2009."),
    ("S", "(b)", "Status of contributions"),
    ("P", f"The Council took note of the status report contained in document MC/2265. As at 30 November "
          f"2008, contributions amounting to CHF {fmt(TOT_R)} had been received against assessed contributions "
          f"of CHF {fmt(TOT_A)} for 2008, leaving CHF {fmt(TOT_O)} outstanding. The situation by region is "
          f"shown below."),
    ("C", "Assessed contributions for 2008 by region (in Swiss francs)"),
    ("T",),
    ("P", "The Council urged the Member States in arrears to settle their contributions in full or to agree "
          "on a payment plan with the Administration, and recalled the provisions of Article 4 of the "
          "Constitution concerning the loss of voting rights."),
    ("H", "CLOSURE OF THE SESSION"),
    ("P", "The Chairman thanked the delegations, the interpreters and the Secretariat for their "
          "contributions to the success of the session."),
    ("P", "He declared the Ninety-sixth Session of the Council closed at 12.45 p.m. on Friday, "
          "5 December 2008."),
]


def make_table():
    hdr = [Paragraph("Region", cellb), Paragraph("Member States", cellb),
           Paragraph("Assessed contributions 2008", cellb),
           Paragraph("Received as at 30.11.2008", cellb), Paragraph("Outstanding", cellb)]
    rows = [hdr]
    for reg, n, a, r in REGIONS:
        rows.append([reg, str(n), fmt(a), fmt(r), fmt(a - r)])
    rows.append(["Total", str(TOT_N), fmt(TOT_A), fmt(TOT_R), fmt(TOT_O)])
    t = Table(rows, colWidths=[4.2 * cm, 2.3 * cm, 3.3 * cm, 3.3 * cm, 2.8 * cm])
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("FONT", (0, 1), (-1, -1), "Times-Roman", 10),
        ("FONT", (0, -1), (-1, -1), "Times-Bold", 10),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return t


# ----------------------------------------------------------------------------------------------
# Build the block list
# ----------------------------------------------------------------------------------------------
blocks = []   # dicts: flow, kind, gap_after, keep (heading keep with next), markers, toc
pno = 0
toc = []
for item in CONTENT:
    k = item[0]
    if k == "H":
        blocks.append(dict(flow=Paragraph(item[1], head), kind="H", gap=11, keep=True, toc=(0, item[1])))
    elif k == "S":
        blocks.append(dict(flow=Paragraph(item[2], subhead, bulletText=item[1]), kind="S", gap=11,
                           keep=True, toc=(1, f"{item[1]}\u00a0\u00a0{item[2]}")))
    elif k == "P":
        pno += 1
        blocks.append(dict(flow=Paragraph(item[1], num, bulletText=f"{pno}."), kind="P", gap=11))
    elif k == "Q":
        blocks.append(dict(flow=Paragraph(item[2], point, bulletText=item[1]), kind="Q", gap=6))
    elif k == "C":
        blocks.append(dict(flow=Paragraph(item[1], caption), kind="C", gap=5, keep=True))
    elif k == "T":
        blocks.append(dict(flow=make_table(), kind="T", gap=LEAD))
# the last point of the list gets a full gap
for i, b in enumerate(blocks):
    if b["kind"] == "Q" and (i + 1 == len(blocks) or blocks[i + 1]["kind"] != "Q"):
        b["gap"] = LEAD
N_PARAS = pno


def markers_in(flow):
    """footnote markers (raised text) of a wrapped Paragraph, with their line index"""
    out = []
    if not isinstance(flow, Paragraph):
        return out
    flow.wrap(W, 10000)
    bl = flow.blPara
    if bl.kind != 1:
        return out
    for i, line in enumerate(bl.lines):
        for f in line.words:
            if getattr(f, "rise", 0) and getattr(f, "text", "").strip():
                out.append((i, f.text.strip()))
    return out


def fn_para(m):
    return Paragraph(f"<super>{m}</super> {FOOTNOTES[m]}", fnstyle)


def fn_height(marks):
    if not marks:
        return 0
    h = 14  # separator and gap
    for m in marks:
        _, fh = fn_para(m).wrap(W, 1000)
        h += fh + 2
    return h


# ----------------------------------------------------------------------------------------------
# Paginate the body
# ----------------------------------------------------------------------------------------------
pages = []      # each: dict(draws=[(flow, x, y)], fns=[markers])


def new_page(first=False):
    pages.append(dict(draws=[], fns=[], first=first))
    return (BODY_TOP - 2 * LEAD - 6) if first else BODY_TOP


y = new_page(first=True)
heading_pages = []
i = 0
while i < len(blocks):
    b = blocks[i]
    flow = b["flow"]
    pg = pages[-1]
    free = y - BOTTOM - fn_height(pg["fns"])
    w, h = flow.wrap(W, 10000)
    if b.get("keep"):
        # keep heading/caption with the next block: need it plus three lines (or the whole table)
        need = h + b["gap"]
        j = i + 1
        while blocks[j].get("keep"):
            need += blocks[j]["flow"].wrap(W, 10000)[1] + blocks[j]["gap"]
            j += 1
        _, nh = blocks[j]["flow"].wrap(W, 10000)
        need += nh if blocks[j]["kind"] == "T" else min(nh, 3 * LEAD)
        if need > free:
            y = new_page()
            continue
        pg["draws"].append((flow, LM, y - h))
        if "toc" in b:
            heading_pages.append((b["toc"], len(pages)))
        y -= h + b["gap"]
        i += 1
        continue
    marks = [m for _, m in markers_in(flow)]
    extra = fn_height(pg["fns"] + marks) - fn_height(pg["fns"])
    if h + extra <= free:
        pg["draws"].append((flow, LM, y - h))
        pg["fns"] += marks
        y -= h + b["gap"]
        i += 1
        continue
    # try to split a paragraph across the page break (widow/orphan control: 2 lines each side)
    placed = False
    if isinstance(flow, Paragraph):
        avail = free
        total_lines = round(h / LEAD)
        for _ in range(4):
            nfit = int((avail + 0.01) // LEAD)
            if nfit < 2 or total_lines - nfit < 2:
                nfit = min(nfit, total_lines - 2)
            if nfit < 2:
                break
            mk = markers_in(flow)
            first_marks = [m for li, m in mk if li < nfit]
            need = nfit * LEAD + fn_height(pg["fns"] + first_marks) - fn_height(pg["fns"])
            if need <= free:
                parts = flow.split(W, nfit * LEAD + 0.5)
                if len(parts) == 2:
                    p0, p1 = parts
                    _, h0 = p0.wrap(W, 10000)
                    pg["draws"].append((p0, LM, y - h0))
                    pg["fns"] += first_marks
                    y = new_page()
                    blocks[i] = dict(b, flow=p1)
                    placed = True
                break
            avail -= LEAD
    if not placed:
        y = new_page()

N_BODY_PAGES = len(pages)


# ----------------------------------------------------------------------------------------------
# Drawing
# ----------------------------------------------------------------------------------------------
def running_header(c, label):
    c.setFont("Times-Roman", 11)
    c.drawRightString(PW - RM, PH - TM, SYMBOL)
    c.drawRightString(PW - RM, PH - TM - 13, f"Page {label}")


def draw_cover(c):
    c.setFont("Times-Bold", 12)
    c.drawRightString(PW - RM, PH - TM, SYMBOL)
    c.setFont("Times-Roman", 11)
    c.drawRightString(PW - RM, PH - TM - 16, "Original: English")
    c.drawRightString(PW - RM, PH - TM - 30, "15 December 2008")
    c.setFont("Times-Bold", 11)
    c.drawString(LM, PH - TM - 64, "NINETY-SIXTH SESSION")
    c.setFont("Times-Roman", 11)
    c.drawString(LM, PH - TM - 72, "_" * 85)
    yy = PH / 2 + 60
    c.setFont("Times-Bold", 13)
    c.drawCentredString(PW / 2, yy, "DRAFT REPORT ON THE NINETY-SIXTH SESSION")
    c.drawCentredString(PW / 2, yy - 18, "OF THE COUNCIL")
    c.setFont("Times-Roman", 11)
    c.drawCentredString(PW / 2, yy - 58, "Geneva")
    c.drawCentredString(PW / 2, yy - 72, "2-5 December 2008")
    c.drawCentredString(PW / 2, yy - 112, "Rapporteur:  Mr. T. Wierzbicki (Poland)")
    c.setFont("Times-Bold", 11)
    fy = BM
    c.drawString(LM, fy, "COUNCIL")
    c.drawCentredString(PW / 2, fy, "CONSEIL")
    c.drawRightString(PW - RM, fy, "CONSEJO")
    c.setLineWidth(0.8)
    c.line(LM, fy + 14, PW - RM, fy + 14)


def draw_contents(c):
    running_header(c, "i")
    yy = PH - TM - 60
    c.setFont("Times-Bold", 11)
    c.drawCentredString(PW / 2, yy, "CONTENTS")
    yy -= 28
    c.setFont("Times-Roman", 11)
    c.drawRightString(PW - RM, yy, "Page")
    yy -= 22
    dotw = c.stringWidth(".", "Times-Roman", 11)
    for (level, text), pgno in heading_pages:
        x = LM + (36 if level else 0)
        c.setFont("Times-Roman", 11)
        c.drawString(x, yy, text)
        tw = c.stringWidth(text, "Times-Roman", 11)
        start = x + tw + 6
        end = PW - RM - 16
        ndots = int((end - start) / dotw)
        c.drawString(start, yy, ("." * ndots))
        c.drawRightString(PW - RM, yy, str(pgno))
        yy -= 20


def draw_body_page(c, n, pg):
    running_header(c, str(n))
    if pg["first"]:
        t = Paragraph("DRAFT REPORT ON THE NINETY-SIXTH SESSION OF THE COUNCIL", title_style)
        _, th = t.wrap(W, 100)
        t.drawOn(c, LM, BODY_TOP - th)
    for flow, x, yb in pg["draws"]:
        flow.drawOn(c, x, yb)
    if pg["fns"]:
        paras = [fn_para(m) for m in pg["fns"]]
        hs = [p.wrap(W, 1000)[1] for p in paras]
        ytop = BOTTOM + sum(hh + 2 for hh in hs)
        c.setLineWidth(0.5)
        c.line(LM, ytop + 7, LM + 144, ytop + 7)
        yy = ytop
        for p, hh in zip(paras, hs):
            p.drawOn(c, LM, yy - hh)
            yy -= hh + 2


def build():
    c = canvas.Canvas(OUT, pagesize=A4)
    c.setTitle("Draft report on the Ninety-sixth Session of the Council")
    c.setAuthor("International Organization for Migration")
    draw_cover(c)
    c.showPage()
    draw_contents(c)
    c.showPage()
    for n, pg in enumerate(pages, 1):
        draw_body_page(c, n, pg)
        c.showPage()
    c.save()


if __name__ == "__main__":
    build()
    print("paragraphs:", N_PARAS, "body pages:", N_BODY_PAGES, "members listed:", N_MEMBERS_PRESENT)
    for (level, text), p in heading_pages:
        print("  " * level + text, p)
    for n, pg in enumerate(pages, 1):
        print("page", n, "footnotes", pg["fns"])
