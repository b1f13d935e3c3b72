#!/usr/bin/env python3
"""Draw scpf-paper-2016c.pdf: an SCPF paper of 2016 (S/19/7) laid out the IOM way, with reportlab.

Cover page without running header; body pages carry the symbol and "Page N" right-aligned at the top.
Footnotes are set at the foot of the page on which their (raised) marker is printed.
"""
import os

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, Table, TableStyle

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "scpf-paper-2016c.pdf")

SYMBOL = "S/19/7"
PAGE_W, PAGE_H = A4
LM, RM = 72, 72
TOP, BOTTOM = 748, 64
W = PAGE_W - LM - RM

FONT, BOLD, ITAL, BOLDITAL = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique"

body = ParagraphStyle("body", fontName=FONT, fontSize=11, leading=14, alignment=TA_JUSTIFY)
numbered = ParagraphStyle("numbered", parent=body, firstLineIndent=36, bulletIndent=0,
                          bulletFontName=FONT, bulletFontSize=11)
bullet = ParagraphStyle("bullet", parent=body, leftIndent=54, bulletIndent=38,
                        bulletFontName=FONT, bulletFontSize=11)
lettered = ParagraphStyle("lettered", parent=body, leftIndent=72, bulletIndent=36,
                          bulletFontName=FONT, bulletFontSize=11)
h1 = ParagraphStyle("h1", fontName=BOLD, fontSize=11, leading=14, leftIndent=36, bulletIndent=0,
                    bulletFontName=BOLD, bulletFontSize=11, alignment=TA_LEFT)
h2 = ParagraphStyle("h2", fontName=BOLDITAL, fontSize=11, leading=14, leftIndent=36, bulletIndent=0,
                    bulletFontName=BOLDITAL, bulletFontSize=11, alignment=TA_LEFT)
runtitle = ParagraphStyle("runtitle", fontName=BOLD, fontSize=11, leading=14, alignment=TA_CENTER)
caption = ParagraphStyle("caption", fontName=BOLD, fontSize=10, leading=13, alignment=TA_LEFT)
cell = ParagraphStyle("cell", fontName=FONT, fontSize=10, leading=12)
cellb = ParagraphStyle("cellb", fontName=BOLD, fontSize=10, leading=12)
fnstyle = ParagraphStyle("fn", fontName=FONT, fontSize=9, leading=11, leftIndent=10, firstLineIndent=-10,
                         alignment=TA_JUSTIFY)


def sup(n):
    return '<super rise="4" size="7">%s</super>' % n


FOOTNOTES = {
    1: "See also the report of the Standing Committee on Programmes and Finance on its Seventeenth "
       "Session (S/17/15), paragraphs 41 to 46, where Member States requested a further update in 2016.",
    2: "The Committee is chaired by the Deputy Director General; the Inspector General and the Legal "
       "Counsel attend its meetings as observers without voting rights.",
    3: "Of the 33 high risks, 21 were identified by country offices and 12 by Headquarters "
       "departments and the administrative centres in Manila and Panama.",
    4: "Some 40 country offices have fewer than ten staff members. A simplified register template was "
       "issued for them in June 2016.",
    5: "The cost of the external review is estimated at USD 85,000 and is to be met from Operational "
       "Support Income, as foreseen in the Programme and Budget for 2016 (C/106/8).",
}

# Each block: (kind, text or data, options)
BLOCKS = []


def H1(num, text):
    BLOCKS.append(("h1", num, text))


def H2(num, text):
    BLOCKS.append(("h2", num, text))


def P(num, text, fns=()):
    BLOCKS.append(("p", num, text, tuple(fns)))


def B(text, fns=()):
    BLOCKS.append(("b", "\u2022", text, tuple(fns)))


def L(label, text, fns=()):
    BLOCKS.append(("l", label, text, tuple(fns)))


def TBL(cap, header, rows):
    BLOCKS.append(("t", cap, header, rows))


H1("1.", "INTRODUCTION")
P("1.", "The present document updates the Standing Committee on Programmes and Finance on the steps "
        "taken since its last session to embed risk management in the work of the Organization. It "
        "covers the period from October 2015 to September 2016 and describes the governance "
        "arrangements now in place, the state of the corporate risk register, the training given to "
        "staff and the work planned for 2017.")
P("2.", "The Administration has kept the document short and has focused on results rather than on "
        "process. Further detail on individual risks, including the mitigating measures agreed for each "
        "of them, can be provided to Member States in an informal briefing ahead of the Twentieth "
        "Session of the Committee.")

H1("2.", "BACKGROUND")
P("3.", "IOM adopted its risk management framework in 2013, in response to recommendations of the "
        "External Auditor and of the Audit and Oversight Advisory Committee. The Administration last "
        "reported on the framework to the Standing Committee at its Seventeenth Session (S/17/4)," + sup(1) +
        " when it described the policy, the risk appetite statement and the methodology for rating "
        "risks by likelihood and impact.", fns=(1,))
P("4.", "Since then, the size and complexity of the Organization have continued to grow. Expenditure "
        "on projects rose sharply in 2016, much of it in emergency operations in the Syrian Arab "
        "Republic, Iraq, Yemen and South Sudan and along the migration routes through the Mediterranean "
        "and the Western Balkans. The growth has made it all the more important for managers at every "
        "level to identify the threats to their objectives early and to decide consciously which risks "
        "the Organization is prepared to accept.")

H1("3.", "PROGRESS IN IMPLEMENTATION")
H2("3.1", "Governance and oversight")
P("5.", "Responsibility for risk management rests with line managers. Chiefs of mission and directors "
        "of Headquarters departments own the risks recorded for their offices and are accountable for "
        "the measures taken to address them. A small Risk Management Unit, placed in the Office of the "
        "Director General, sets the methodology, supports offices and consolidates the results.")
P("6.", "A Risk Management Committee was established in February 2016 and has met four times. Its "
        "tasks are to:")
B("review the corporate risk register every six months and confirm the rating of each high risk;")
B("decide which risks are to be escalated to the Director General and the senior leadership team;" + sup(2),
  fns=(2,))
B("monitor the implementation of the mitigating measures agreed for corporate risks; and")
B("advise on the risk appetite of the Organization in new or unusually hazardous operations.")
P("7.", "The Audit and Oversight Advisory Committee continues to review the framework once a year, and "
        "the Office of the Inspector General now takes the corporate risk register into account when "
        "it prepares its annual audit plan. Internal audits in 2016 covered 11 of the 15 country offices "
        "with the largest number of high risks.")

H2("3.2", "Risk registers")
P("8.", "By the end of September 2016, risk registers had been completed by 126 country offices, all "
        "nine regional offices and 14 Headquarters departments and units, compared with 58 country "
        "offices a year earlier. The registers are now kept in a single online tool, which replaced "
        "the spreadsheets used until the end of 2015 and allows entries to be compared across offices.")
P("9.", "Risks that are rated high in several offices, or that could affect the Organization as a whole, "
        "are brought together in the corporate risk register. Table 1 shows its entries by category. Of "
        "the 147 risks recorded, 33 are rated high, 70 medium and 44 low." + sup(3), fns=(3,))
TBL("Table 1: Corporate risk register entries by category, as at 30 September 2016",
    ["Risk category", "Risks recorded", "High", "Medium", "Low"],
    [["Strategic", "14", "3", "7", "4"],
     ["Operational", "38", "9", "18", "11"],
     ["Financial", "21", "5", "10", "6"],
     ["Security and safety", "17", "6", "8", "3"],
     ["Reputational", "12", "3", "6", "3"],
     ["Legal and compliance", "15", "2", "7", "6"],
     ["Information technology", "19", "4", "9", "6"],
     ["Human resources", "11", "1", "5", "5"],
     ["Total", "147", "33", "70", "44"]])
P("10.", "Operational risks remain the largest group. Most of them concern the capacity of implementing "
         "partners, the procurement of goods and services in emergencies and the heavy dependence of "
         "many offices on a small number of donors. The security risks rated high are concentrated in "
         "a limited number of duty stations where staff work under very difficult conditions.")

H2("3.3", "Training and awareness")
P("11.", "A mandatory online course on risk management was launched in April 2016. By 30 September 2016 "
         "it had been completed by 1,740 staff members, including 92 per cent of chiefs of mission. "
         "Face-to-face workshops were also held in Bangkok, Dakar, Nairobi, Pretoria and San Jos\u00e9 "
         "for 215 managers and focal points.")
P("12.", "Each regional office has designated a risk focal point, who helps the country offices of the "
         "region to prepare and update their registers. The network of focal points meets by "
         "videoconference every quarter to share practice and to discuss emerging risks.")

H1("4.", "CHALLENGES AND LESSONS LEARNED")
P("13.", "Good progress has been made, but the quality of the registers still varies a great deal. Some "
         "offices list generic risks copied from the templates, while others record issues rather than "
         "uncertain future events, and the agreed measures are not always followed up.")
P("14.", "The Administration has drawn the following lessons from the first years of implementation:")
L("(a)", "risk management works best when it is tied to the planning and budgeting cycle, rather than "
         "conducted as a separate exercise once a year;")
L("(b)", "the support of senior managers is decisive, and registers prepared without their involvement "
         "are rarely used to take decisions;")
L("(c)", "the methodology should remain simple enough for small offices with limited administrative "
         "staff;" + sup(4) + " and", fns=(4,))
L("(d)", "information on risks must reach the Risk Management Committee quickly when circumstances in "
         "an operation change suddenly.")
P("15.", "In a project-based organization, many risks are borne jointly with donors and implementing "
         "partners. The Administration will therefore continue to discuss with Member States how risks "
         "can best be shared in high-risk environments.")

H1("5.", "NEXT STEPS")
P("16.", "In 2017 the Administration intends to link the risk registers to the annual planning of "
         "country offices, so that the main risks and the measures to address them are stated in each "
         "office's work plan and taken into account when resources are allocated.")
P("17.", "An independent external review of the framework will be commissioned in the first half of "
         "2017. Its findings, together with the response of the Administration, will be presented to "
         "the Standing Committee at its Twenty-first Session." + sup(5), fns=(5,))
P("18.", "The Administration will also revise the risk appetite statement in the light of the "
         "Organization\u2019s growing role in large-scale emergencies, and will consult Member States on the "
         "draft before it is finalized.")

H1("6.", "CONCLUSION")
P("19.", "The Standing Committee on Programmes and Finance is invited to take note of the present "
         "document and of the progress made in implementing the IOM risk management framework.")


# ---------------------------------------------------------------------------------------------------

def make_flowable(block):
    kind = block[0]
    if kind == "h1":
        return Paragraph(block[2], h1, bulletText=block[1])
    if kind == "h2":
        return Paragraph(block[2], h2, bulletText=block[1])
    if kind == "p":
        return Paragraph(block[2], numbered, bulletText=block[1])
    if kind == "b":
        return Paragraph(block[2], bullet, bulletText=block[1])
    if kind == "l":
        return Paragraph(block[2], lettered, bulletText=block[1])
    if kind == "t":
        _, cap, header, rows = block
        data = [[Paragraph(h, cellb) for h in header]]
        for r in rows:
            st = cellb if r[0] == "Total" else cell
            data.append([Paragraph(r[0], st)] + r[1:])
        t = Table(data, colWidths=[170, 80, 60, 60, 60])
        ts = [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("FONTNAME", (1, 1), (-1, -1), FONT),
            ("FONTSIZE", (1, 1), (-1, -1), 10),
            ("FONTNAME", (1, len(data) - 1), (-1, len(data) - 1), BOLD),
            ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.85, 0.85, 0.85)),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        t.setStyle(TableStyle(ts))
        return [Paragraph(cap, caption), t]
    raise ValueError(kind)


SPACE_BEFORE = {"h1": 16, "h2": 10, "p": 10, "b": 5, "l": 6, "t": 12}


class Doc:
    def __init__(self, path):
        self.c = canvas.Canvas(path, pagesize=A4)
        self.c.setTitle("S/19/7 - Update on the implementation of the IOM risk management framework")
        self.c.setAuthor("International Organization for Migration")
        self.page = 0          # physical page number
        self.y = None
        self.fns = []          # footnote numbers on the current page
        self.first_on_page = True

    # --- pages ----------------------------------------------------------------------------
    def cover(self):
        c = self.c
        self.page = 1
        x = PAGE_W - RM
        c.setFont(BOLD, 12)
        c.drawRightString(x, 770, SYMBOL)
        c.setFont(FONT, 11)
        c.drawRightString(x, 754, "Original: English")
        c.drawRightString(x, 740, "3 October 2016")
        c.setFont(BOLD, 12)
        c.drawCentredString(PAGE_W / 2, 640, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE")
        c.setFont(FONT, 12)
        c.drawCentredString(PAGE_W / 2, 622, "Nineteenth Session")
        c.drawCentredString(PAGE_W / 2, 604, "1\u20132 November 2016")
        c.setFont(BOLD, 13)
        c.drawCentredString(PAGE_W / 2, 470, "UPDATE ON THE IMPLEMENTATION OF THE")
        c.drawCentredString(PAGE_W / 2, 452, "IOM RISK MANAGEMENT FRAMEWORK")
        c.showPage()

    def start_page(self):
        self.page += 1
        c = self.c
        c.setFont(FONT, 10)
        c.drawRightString(PAGE_W - RM, 800, SYMBOL)
        c.drawRightString(PAGE_W - RM, 787, "Page %d" % (self.page - 1))
        self.y = TOP
        self.fns = []
        self.first_on_page = True

    def fn_flows(self, nums):
        return [Paragraph('<super rise="3" size="6">%d</super> %s' % (n, FOOTNOTES[n]), fnstyle)
                for n in nums]

    def fn_height(self, nums):
        if not nums:
            return 0
        h = 20  # rule and gap
        for f in self.fn_flows(nums):
            _, fh = f.wrap(W, 1000)
            h += fh + 2
        return h

    def end_page(self):
        c = self.c
        if self.fns:
            flows = self.fn_flows(self.fns)
            heights = [f.wrap(W, 1000)[1] for f in flows]
            total = sum(heights) + 2 * len(heights)
            y = BOTTOM + total
            c.setLineWidth(0.5)
            c.line(LM, y + 10, LM + 144, y + 10)
            for f, fh in zip(flows, heights):
                y -= fh
                f.drawOn(c, LM, y)
                y -= 2
        c.showPage()

    # --- placing --------------------------------------------------------------------------
    def avail(self, extra_fns=()):
        return self.y - BOTTOM - self.fn_height(self.fns + list(extra_fns))

    def place(self, flow, space, fns=(), splittable=True, keep_next=0):
        if self.first_on_page:
            space = 0
        _, h = flow.wrap(W, 10000)
        room = self.avail(fns) - space
        if h + keep_next <= room:
            self.draw(flow, h, space, fns)
            return
        if splittable and not fns and room > 3 * 14:
            parts = flow.split(W, room)
            if len(parts) == 2:
                _, h0 = parts[0].wrap(W, room)
                self.draw(parts[0], h0, space, ())
                self.end_page()
                self.start_page()
                _, h1_ = parts[1].wrap(W, 10000)
                self.draw(parts[1], h1_, 0, ())
                return
        self.end_page()
        self.start_page()
        _, h = flow.wrap(W, 10000)
        self.draw(flow, h, 0, fns)

    def draw(self, flow, h, space, fns):
        self.y -= space
        flow.drawOn(self.c, LM, self.y - h)
        self.y -= h
        self.fns.extend(fns)
        self.first_on_page = False


def build():
    d = Doc(OUT)
    d.cover()
    d.start_page()
    # running title repeated on the first text page
    t = Paragraph("UPDATE ON THE IMPLEMENTATION OF THE IOM RISK MANAGEMENT FRAMEWORK", runtitle)
    _, h = t.wrap(W, 1000)
    d.draw(t, h, 0, ())
    d.first_on_page = False
    d.y -= 6
    for i, b in enumerate(BLOCKS):
        kind = b[0]
        fl = make_flowable(b)
        fns = b[3] if kind in ("p", "b", "l") else ()
        if kind == "t":
            cap, table = fl
            _, ch = cap.wrap(W, 100)
            _, th = table.wrap(W, 10000)
            if ch + th + 6 + SPACE_BEFORE["t"] > d.avail():
                d.end_page()
                d.start_page()
            d.place(cap, SPACE_BEFORE["t"], splittable=False)
            d.place(table, 4, splittable=False)
            d.y -= 4
            continue
        keep = 0
        if kind in ("h1", "h2"):
            keep = 3 * 14 + 12
        d.place(fl, SPACE_BEFORE[kind], fns=fns, splittable=kind in ("p", "b", "l"), keep_next=keep)
    d.end_page()
    d.c.save()
    print("wrote", OUT, "pages:", d.page)


if __name__ == "__main__":
    build()
