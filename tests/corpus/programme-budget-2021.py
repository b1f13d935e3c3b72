# Lays out C/112/7, "Programme and Budget for 2022" (dated 4 October 2021), as an A4 PDF.
# Own small page loop on a reportlab canvas; platypus Paragraph/Table do the typesetting.
import io
import os

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "programme-budget-2021.pdf")

W, H = A4
LM = RM = 2.3 * cm
FW = W - LM - RM
BOTTOM = 2.0 * cm
SYMBOL = "C/112/7"
F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"

body = ParagraphStyle("body", fontName=F, fontSize=10, leading=12.8, alignment=TA_JUSTIFY)
# hanging number: the number sits at the margin, all lines of text start at the indent
npara = ParagraphStyle("npara", parent=body, leftIndent=30, firstLineIndent=0, bulletIndent=0,
                       bulletFontName=F, bulletFontSize=10)
part = ParagraphStyle("part", fontName=FB, fontSize=11, leading=14, alignment=TA_CENTER)
grp = ParagraphStyle("grp", fontName=FB, fontSize=10, leading=13, leftIndent=30,
                     bulletIndent=0, bulletFontName=FB)
svc = ParagraphStyle("svc", fontName=FB, fontSize=10, leading=13, leftIndent=30,
                     bulletIndent=0, bulletFontName=FB)
plainhead = ParagraphStyle("ph", fontName=FB, fontSize=10, leading=13)
fnote = ParagraphStyle("fn", fontName=F, fontSize=8, leading=9.8, leftIndent=10,
                       firstLineIndent=-10)
cap = ParagraphStyle("cap", fontName=FB, fontSize=9.5, leading=12, alignment=TA_CENTER)
tnote = ParagraphStyle("tn", fontName=F, fontSize=8, leading=10)
toch = ParagraphStyle("toch", fontName=FB, fontSize=11, leading=14, alignment=TA_CENTER)


class TocLine(Flowable):
    def __init__(self, text, page, indent=0, bold=False):
        super().__init__()
        self.text, self.page, self.indent, self.bold = text, page, indent, bold

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, 14

    def draw(self):
        c = self.canv
        font = FB if self.bold else F
        c.setFont(font, 10)
        c.drawString(self.indent, 3, self.text)
        c.setFont(F, 10)
        c.drawRightString(self.aw, 3, str(self.page))
        start = self.indent + stringWidth(self.text, font, 10) + 4
        end = self.aw - 16
        n = int((end - start) / stringWidth(".", F, 10))
        c.drawRightString(end, 3, "." * max(n, 3))


class Rule(Flowable):
    def __init__(self, width, thick=0.8):
        super().__init__()
        self.width, self.thick = width, thick

    def wrap(self, aw, ah):
        return self.width, 4

    def draw(self):
        self.canv.setLineWidth(self.thick)
        self.canv.line(0, 2, self.width, 2)


class Layout:
    def __init__(self, target):
        self.c = canvas.Canvas(target, pagesize=A4, invariant=1)
        self.c.setTitle("C/112/7 - Programme and Budget for 2022")
        self.page = 1
        self.fns = []
        self.marks = {}
        self.y = H - 1.6 * cm
        self.at_top = True

    def fnh(self, fns):
        if not fns:
            return 0
        return sum(p.wrap(FW, 1000)[1] + 1.5 for p in fns) + 14

    def running_header(self):
        c = self.c
        c.setFont(F, 10)
        y = H - 1.5 * cm
        c.drawRightString(W - RM, y, SYMBOL)
        c.drawRightString(W - RM, y - 12, "Page %d" % self.page)
        self.y = y - 12 - 24
        self.at_top = True

    def finish_page(self):
        if self.fns:
            c = self.c
            hs = [p.wrap(FW, 1000)[1] for p in self.fns]
            y = BOTTOM + sum(h + 1.5 for h in hs)
            c.setLineWidth(0.5)
            c.line(LM, y + 6, LM + 5 * cm, y + 6)
            for p, h in zip(self.fns, hs):
                p.drawOn(c, LM, y - h)
                y -= h + 1.5
        self.fns = []

    def new_page(self):
        self.finish_page()
        self.c.showPage()
        self.page += 1
        self.running_header()

    def place(self, f, fns=(), before=7, keep=0, split=True, x=None, mark=None):
        fns = [Paragraph(t, fnote) if isinstance(t, str) else t for t in fns]
        b = 0 if self.at_top else before
        avail = self.y - b - BOTTOM - self.fnh(self.fns + fns)
        w, h = f.wrapOn(self.c, FW, avail)
        if h + keep <= avail:
            if mark:
                self.marks[mark] = self.page
            xx = LM
            if x == "center":
                xx = LM + (FW - w) / 2
            f.drawOn(self.c, xx, self.y - b - h)
            self.y -= b + h
            self.fns += fns
            self.at_top = False
            return
        if split and not fns and not keep:
            parts = f.splitOn(self.c, FW, avail)
            if len(parts) == 2:
                self.place(parts[0], before=before)
                self.new_page()
                self.place(parts[1])
                return
        if self.at_top:
            raise RuntimeError("block too tall for a page")
        self.new_page()
        self.place(f, fns, before, keep, split, x, mark)


def money_table(rows, widths, bold_rows=(), total=False, header=None):
    data = [header] + rows
    t = Table(data, colWidths=widths, repeatRows=1)
    st = [
        ("FONT", (0, 0), (-1, -1), F, 8.8),
        ("FONT", (0, 0), (-1, 0), FB, 8.8),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("GRID", (0, 0), (-1, -1), 0.4, "black"),
        ("BACKGROUND", (0, 0), (-1, 0), "#d9d9d9"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    for r in bold_rows:
        st.append(("FONT", (0, r), (-1, r), FB, 8.8))
    if total:
        st.append(("FONT", (0, -1), (-1, -1), FB, 9))
        st.append(("BACKGROUND", (0, -1), (-1, -1), "#efefef"))
    t.setStyle(TableStyle(st))
    return t


def build(target, toc):
    L = Layout(target)
    c = L.c
    # ---------------- cover ----------------
    c.setFont(F, 10)
    y = H - 1.5 * cm
    for line in (SYMBOL, "Original: English", "4 October 2021"):
        c.drawRightString(W - RM, y, line)
        y -= 12.5
    c.setFont(FB, 11)
    c.drawString(LM, y - 26, "COUNCIL")
    c.drawString(LM, y - 40, "112th Session")
    c.setLineWidth(1)
    c.line(LM, y - 54, W - RM, y - 54)
    c.setFont(FB, 14)
    c.drawCentredString(W / 2, y - 110, "PROGRAMME AND BUDGET FOR 2022")
    c.line(LM, y - 150, W - RM, y - 150)
    L.y = y - 190
    L.at_top = True

    # ---------------- table of contents ----------------
    L.place(Paragraph("TABLE OF CONTENTS", toch), before=0)
    c.setFont(F, 10)
    c.drawRightString(W - RM, L.y - 14, "Page")
    L.y -= 16
    entries = [
        ("Introduction", "intro", 0, False),
        ("Budget summary", "summary", 0, False),
        ("PART I \u2013 ADMINISTRATION (in Swiss francs)", "p1", 0, True),
        ("Administrative Part of the Budget", "adm", 16, False),
        ("Assessed contributions and staffing", "assess", 16, False),
        ("PART II \u2013 OPERATIONS (in US dollars)", "p2", 0, True),
        ("I.      Movement, Emergency and Post-crisis Migration Management", "g1", 16, False),
        ("I.1   Resettlement Assistance", "s11", 40, False),
        ("I.2   Repatriation Assistance", "s12", 40, False),
        ("I.3   Transition and Recovery", "s13", 40, False),
        ("II.     Migration Health", "g2", 16, False),
        ("II.1  Migration Health Assessments and Travel Health Assistance", "s21", 40, False),
        ("II.2  Health Promotion and Assistance for Migrants", "s22", 40, False),
        ("III.    Migration and Development", "g3", 16, False),
        ("III.1 Migration and Economic Community Development", "s31", 40, False),
        ("IV.    Regulating Migration", "g4", 16, False),
        ("IV.1 Return Assistance to Migrants and Governments", "s41", 40, False),
        ("IV.2 Counter-trafficking", "s42", 40, False),
        ("Operational Part of the Budget by service line", "optable", 16, False),
    ]
    first = 11
    for text, key, ind, bold in entries[:first]:
        L.place(TocLine(text, toc.get(key, 0), ind, bold), before=1)
    c.showPage()
    L.page = 2
    L.running_header()
    L.place(Paragraph("TABLE OF CONTENTS (cont'd)", toch), before=0)
    c.setFont(F, 10)
    c.drawRightString(W - RM, L.y - 14, "Page")
    L.y -= 16
    for text, key, ind, bold in entries[first:]:
        L.place(TocLine(text, toc.get(key, 0), ind, bold), before=1)
    L.y -= 10

    n = [0]

    def para(text, fns=()):
        n[0] += 1
        L.place(Paragraph(text, npara, bulletText="%d." % n[0]), fns, before=7)

    def head(text, key, style=plainhead, lab=None, before=14):
        p = Paragraph(text, style, bulletText=lab) if lab else Paragraph(text, style)
        L.place(p, before=before, keep=40, mark=key)

    # ---------------- body ----------------
    head("Introduction", "intro")
    para("The present document sets out the Director General's proposals for the Programme and "
         "Budget for 2022. It covers the core structure financed by assessed contributions and "
         "the projects the Administration expects to carry out with voluntary funding. The "
         "Standing Committee on Programmes and Finance reviewed a first version at its "
         "Twenty-ninth Session,<super>1</super> and its observations have been taken into "
         "account.",
         ["<super>1</super>\u00a0The Standing Committee's comments appear in the report on its "
          "Twenty-ninth Session (S/29/15), paragraphs 31 to 48."])
    para("The proposals follow the three pillars of the Strategic Vision 2019\u20132023 "
         "(C/110/INF/3): resilience, mobility and governance. They also reflect the "
         "Organization's commitments under the Global Compact for Safe, Orderly and Regular "
         "Migration and its role as coordinator of the United Nations Network on Migration.")
    para("Operations in 2021 remained heavily affected by the COVID-19 pandemic. Resettlement "
         "departures, which had fallen sharply in 2020, recovered only in the second half of "
         "2021, whereas demand for health, border management and emergency assistance grew "
         "further. The estimates for 2022 assume a gradual return to pre-pandemic levels of "
         "movement.")

    head("Budget summary", "summary")
    para("The total budget proposed for 2022 amounts to CHF 55,467,000 for the Administrative "
         "Part and USD 724,298,000 for the Operational Part. The operational figure includes only "
         "activities for which funding is confirmed or highly probable; it will be revised "
         "upward in the course of the year, as it has been every year, once new projects "
         "are agreed with donors.")
    para("The Administrative Part reflects the third stage of the budget reform that the Council "
         "approved through Resolution No. 1384 of 27 November 2020, under which the core "
         "structure is strengthened over four years.<super>2</super>",
         ["<super>2</super>\u00a0See the Programme and Budget for 2021 (C/111/6), paragraphs "
          "9 to 14, for the timetable of the reform."])

    head("PART I \u2013 ADMINISTRATION (in Swiss francs)", "p1", style=part, before=18)
    head("Administrative Part of the Budget", "adm", before=10)
    para("The Administrative Part of the Budget for 2022 totals CHF 55,467,000, an increase of "
         "CHF 2,110,000 (4.0 per cent) over the amount approved for 2021. Table 1 shows its "
         "breakdown by object of expenditure.")
    L.place(Paragraph("Table 1. Administrative Part of the Budget by object of expenditure",
                      cap), before=10, keep=120)
    hdr = ["Object of expenditure", "2021 Approved", "2022 Proposed", "Change"]
    rows1 = [
        ["Staff salaries and benefits", "41,986,000", "43,702,000", "1,716,000"],
        ["Travel and representation", "705,000", "741,000", "36,000"],
        ["General office expenses", "3,512,000", "3,540,000", "28,000"],
        ["Information and communications technology", "4,208,000", "4,433,000", "225,000"],
        ["Governing bodies meetings", "1,297,000", "1,312,000", "15,000"],
        ["Contractual services", "1,649,000", "1,739,000", "90,000"],
        ["Total", "53,357,000", "55,467,000", "2,110,000"],
    ]
    L.place(money_table(rows1, [6.6 * cm, 2.9 * cm, 2.9 * cm, 2.6 * cm], total=True,
                        header=hdr), before=4, x="center", split=False)

    head("Assessed contributions and staffing", "assess", before=14)
    para("Assessed contributions are apportioned among the Member States in accordance with the "
         "scale of assessment for 2022 (C/112/8). At 30 September 2021, 23 Member States had "
         "arrears equal to or greater than the contributions due from them for the preceding two "
         "full years.<super>3</super>",
         ["<super>3</super>\u00a0These Member States are subject to the provisions of Article 4 "
          "of the Constitution; see the status report on outstanding contributions (C/112/10)."])
    para("The increase will finance 14 additional posts in the core structure, mainly in "
         "internal audit, ethics and conduct, data protection and the oversight of "
         "implementing partners.")

    head("PART II \u2013 OPERATIONS (in US dollars)", "p2", style=part, before=18)
    para("The Operational Part of the Budget is funded from voluntary contributions earmarked for "
         "specific projects. It is presented below by service area and service line, the "
         "classification used in the Organization's financial statements.")
    head("Movement, Emergency and Post-crisis Migration Management", "g1", style=grp,
         lab="I.", before=12)
    head("Resettlement Assistance", "s11", style=svc, lab="I.1", before=6)
    para("Resettlement operations are budgeted at USD 151,880,000. They cover case processing, "
         "pre-departure orientation, health checks and the transport of refugees selected by "
         "about 30 resettlement States, together with the complementary pathways now offered "
         "by several of them.")
    head("Repatriation Assistance", "s12", style=svc, lab="I.2", before=8)
    para("A budget of USD 5,640,000 is foreseen for the voluntary repatriation of refugees, "
         "mostly from the United Republic of Tanzania to Burundi, carried out jointly with the "
         "Office of the United Nations High Commissioner for Refugees.")
    head("Transition and Recovery", "s13", style=svc, lab="I.3", before=8)
    para("Programmes in post-crisis settings amount to USD 238,775,000 and are concentrated in "
         "Afghanistan, Iraq, Nigeria, Somalia, South Sudan and Yemen. They include shelter, "
         "community stabilization and durable solutions for internally displaced persons.")
    head("Migration Health", "g2", style=grp, lab="II.", before=12)
    head("Migration Health Assessments and Travel Health Assistance", "s21", style=svc,
         lab="II.1", before=6)
    para("Health assessments for migrants and refugees, most of them conducted on behalf of "
         "receiving Governments, account for USD 96,512,000. COVID-19 testing and vaccination "
         "before departure will remain part of the service in 2022.")
    head("Health Promotion and Assistance for Migrants", "s22", style=svc, lab="II.2",
         before=8)
    para("Activities under this service line, budgeted at USD 43,000,000, support national "
         "health systems in meeting the needs of migrants and of the communities hosting "
         "them, notably along the main mobility corridors of East and Southern Africa.")
    head("Migration and Development", "g3", style=grp, lab="III.", before=12)
    head("Migration and Economic Community Development", "s31", style=svc, lab="III.1",
         before=6)
    para("Projects worth USD 61,904,000 will help communities of origin benefit from labour "
         "mobility, remittances and the skills of their diasporas, with a new focus on the "
         "effects of climate change on livelihoods.")
    head("Regulating Migration", "g4", style=grp, lab="IV.", before=12)
    head("Return Assistance to Migrants and Governments", "s41", style=svc, lab="IV.1",
         before=6)
    para("Assisted voluntary return and reintegration is budgeted at USD 97,220,000. The "
         "estimate assumes that return flights from Europe and North Africa resume at the "
         "level observed before 2020.")
    head("Counter-trafficking", "s42", style=svc, lab="IV.2", before=8)
    para("Counter-trafficking activities, estimated at USD 29,367,000, combine direct "
         "assistance to victims with support to the authorities responsible for identifying "
         "and prosecuting trafficking cases.")

    head("Operational Part of the Budget by service line", "optable", before=14)
    para("Table 2 compares the estimates for 2022 with the expenditure of 2020 and the revised "
         "budget for 2021.")
    hdr2 = ["Service area / service line", "2020 Actual", "2021 Revised*", "2022 Estimates"]
    rows2 = [
        ["I. Movement, Emergency and Post-crisis Migration Management", "424,780,000",
         "395,512,000", "396,295,000"],
        ["I.1 Resettlement Assistance", "176,635,000", "124,232,000", "151,880,000"],
        ["I.2 Repatriation Assistance", "6,215,000", "4,870,000", "5,640,000"],
        ["I.3 Transition and Recovery", "241,930,000", "266,410,000", "238,775,000"],
        ["II. Migration Health", "132,606,000", "146,240,000", "139,512,000"],
        ["II.1 Migration Health Assessments and Travel Health Assistance**", "98,114,000",
         "101,355,000", "96,512,000"],
        ["II.2 Health Promotion and Assistance for Migrants", "34,492,000", "44,885,000",
         "43,000,000"],
        ["III. Migration and Development", "64,318,000", "59,027,000", "61,904,000"],
        ["III.1 Migration and Economic Community Development", "64,318,000", "59,027,000",
         "61,904,000"],
        ["IV. Regulating Migration", "122,151,000", "127,771,000", "126,587,000"],
        ["IV.1 Return Assistance to Migrants and Governments", "93,407,000", "101,653,000",
         "97,220,000"],
        [Paragraph("IV.2 Counter-trafficking<super>4</super>", ParagraphStyle(
            "cell", fontName=F, fontSize=8.8, leading=10.5)),
         "28,744,000", "26,118,000", "29,367,000"],
    ]
    total = [["TOTAL", "743,855,000", "728,550,000", "724,298,000"]]
    widths = [8.2 * cm, 2.6 * cm, 2.6 * cm, 2.6 * cm]
    bold = (1, 5, 8, 10)
    L.place(Paragraph("Table 2. Operational Part of the Budget by service line", cap),
            before=10, keep=100)
    cellwrap = ParagraphStyle("cw", fontName=F, fontSize=8.8, leading=10.5)
    cellwrapb = ParagraphStyle("cwb", fontName=FB, fontSize=8.8, leading=10.5)

    def wrapcells(rows, boldset):
        out = []
        for i, r in enumerate(rows, start=1):
            r = list(r)
            if isinstance(r[0], str):
                r[0] = Paragraph(r[0], cellwrapb if i in boldset else cellwrap)
            out.append(r)
        return out

    t2 = money_table(wrapcells(rows2, bold), widths, bold_rows=bold, header=hdr2)
    L.place(t2, ["<super>4</super>\u00a0Includes USD 3.2 million for the protection of "
                 "victims of trafficking in the Western Balkans, carried over from 2021."],
            before=4, x="center", split=False)
    # the table continues overleaf: only the total is left for the last page
    L.new_page()
    L.place(money_table(total, widths, total=True, header=hdr2), before=0, x="center",
            split=False)
    L.place(Paragraph("* As presented in the Summary update on the Programme and Budget for "
                      "2021 (S/29/8).", tnote), before=5)
    L.place(Paragraph("** Includes pre-departure COVID-19 testing and vaccination carried out "
                      "at the request of receiving States.", tnote), before=2)
    L.finish_page()
    c.showPage()
    c.save()
    return L.marks


if __name__ == "__main__":
    marks = build(io.BytesIO(), {})
    marks2 = build(OUT, marks)
    assert marks == marks2, (marks, marks2)
    print("pages:", marks)
