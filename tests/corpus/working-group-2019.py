"""Lays out S/24/9 (report of the Chairperson of the Working Group on Budget
Reform to the Twenty-fourth Session of the Standing Committee on Programmes
and Finance, 2019) as an A4 PDF with the reportlab canvas API.

Output: working-group-2019.pdf in the folder of this script.
"""
import os
import re

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, Table, TableStyle

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "working-group-2019.pdf")

SYMBOL = "S/24/9"
PAGE_W, PAGE_H = A4
LM = 2.54 * cm
RM = 2.54 * cm
CW = PAGE_W - LM - RM
TOP_OTHER = PAGE_H - 3.3 * cm
BOTTOM = 2.3 * cm

FONT = "Helvetica"
BOLD = "Helvetica-Bold"
BODY = ParagraphStyle("body", fontName=FONT, fontSize=10.5, leading=13.6,
                      alignment=TA_JUSTIFY)
NUMBERED = ParagraphStyle("num", parent=BODY, firstLineIndent=36, leftIndent=0,
                          bulletIndent=0, bulletFontName=FONT, bulletFontSize=10.5)
ITEM = ParagraphStyle("item", parent=BODY, leftIndent=72, firstLineIndent=0,
                      bulletIndent=36, bulletFontName=FONT, bulletFontSize=10.5)
SUBITEM = ParagraphStyle("subitem", parent=BODY, leftIndent=108, firstLineIndent=0,
                         bulletIndent=72, bulletFontName=FONT, bulletFontSize=10.5)
HEAD1 = ParagraphStyle("h1", parent=BODY, fontName=BOLD, alignment=TA_LEFT,
                       leftIndent=36, firstLineIndent=0, bulletIndent=0,
                       bulletFontName=BOLD, bulletFontSize=10.5)
HEAD2 = ParagraphStyle("h2", parent=BODY, fontName="Helvetica-BoldOblique",
                       alignment=TA_LEFT, leftIndent=36, firstLineIndent=0,
                       bulletIndent=0, bulletFontName="Helvetica-BoldOblique",
                       bulletFontSize=10.5)
CENTRE_BOLD = ParagraphStyle("cb", parent=BODY, fontName=BOLD, alignment=TA_CENTER)
CELL = ParagraphStyle("cell", fontName=FONT, fontSize=9.5, leading=11.5, alignment=TA_LEFT)
CELL_HEAD = ParagraphStyle("cellh", parent=CELL, fontName=BOLD)
CELL_HEAD_R = ParagraphStyle("cellhr", parent=CELL_HEAD, alignment=2)
FOOT = ParagraphStyle("foot", fontName=FONT, fontSize=8.5, leading=10.2,
                      alignment=TA_JUSTIFY)
CAPTION = ParagraphStyle("cap", parent=BODY, fontName=BOLD, alignment=TA_CENTER,
                         fontSize=10, leading=12.5)


class Footnote:
    def __init__(self, marker, text, word_index):
        self.marker = marker
        self.text = text
        self.word_index = word_index
        self.para = Paragraph("<super>%s</super>&nbsp;%s" % (marker, text), FOOT)


def plain_words(markup):
    txt = re.sub(r"<[^>]+>", "", markup)
    txt = txt.replace("&nbsp;", " ").replace("&amp;", "&")
    return txt.split()


class Layout:
    def __init__(self, path):
        self.c = canvas.Canvas(path, pagesize=A4, invariant=1)
        self.c.setTitle("S/24/9 - Report of the Chairperson of the Working Group on Budget Reform")
        self.c.setAuthor("International Organization for Migration")
        self.page = 1
        self.annex = False
        self.y = 0
        self.bottom = BOTTOM
        self.page_notes = []

    def notes_height(self, notes):
        if not notes:
            return 0
        h = 12
        for n in notes:
            _, nh = n.para.wrap(CW, 1000)
            h += nh + 1.5
        return h

    def finish_page(self):
        c = self.c
        if self.page_notes:
            h = self.notes_height(self.page_notes)
            y = self.bottom + h
            c.setLineWidth(0.5)
            c.line(LM, y - 3, LM + 4.5 * cm, y - 3)       # short drawn rule
            y -= 12
            for n in self.page_notes:
                _, nh = n.para.wrap(CW, 1000)
                n.para.drawOn(c, LM, y - nh)
                y -= nh + 1.5
        self.page_notes = []

    def new_page(self):
        self.finish_page()
        self.c.showPage()
        self.page += 1
        self.running_header()
        self.y = TOP_OTHER

    def running_header(self):
        c = self.c
        c.setFont(FONT, 10)
        x = PAGE_W - RM
        y = PAGE_H - 1.4 * cm
        c.drawRightString(x, y, SYMBOL)
        y -= 12
        c.drawRightString(x, y, "Annex" if self.annex else "Page %d" % self.page)

    def avail(self, extra=()):
        return self.y - self.bottom - self.notes_height(self.page_notes + list(extra))

    def place(self, flow, notes=(), before=10, keep_next=0, x=LM):
        notes = list(notes)
        self.y -= before
        while True:
            avail = self.avail(notes)
            w, h = flow.wrap(CW, avail)
            if h + keep_next <= avail:
                flow.drawOn(self.c, x, self.y - h)
                self.y -= h
                self.page_notes += notes
                return
            if keep_next or not isinstance(flow, Paragraph):
                self.new_page()
                continue
            parts = flow.split(CW, avail)
            if len(parts) < 2:
                self.new_page()
                continue
            first, rest = parts[0], parts[1]
            n_first = len(first.getPlainText().split())
            here = [n for n in notes if n.word_index < n_first]
            later = [n for n in notes if n.word_index >= n_first]
            for n in later:
                n.word_index -= n_first
            w, h = first.wrap(CW, avail)
            first.drawOn(self.c, x, self.y - h)
            self.page_notes += here
            self.new_page()
            flow, notes = rest, later

    def para(self, markup, number=None, style=None, notes=None, before=10):
        notes = notes or {}
        fns = []
        out = markup
        for marker, text in notes.items():
            token = "{fn:%s}" % marker
            idx = out.index(token)
            wi = len(plain_words(out[:idx])) - 1
            fns.append(Footnote(marker, text, wi))
            out = out.replace(token, "<super>%s</super>" % marker)
        if number is not None:
            p = Paragraph(out, style or NUMBERED, bulletText=number)
        else:
            p = Paragraph(out, style or BODY)
        self.place(p, fns, before=before)

    def heading(self, label, text, level=1):
        style = HEAD1 if level == 1 else HEAD2
        self.place(Paragraph(text, style, bulletText=label), before=16 if level == 1 else 12,
                   keep_next=44)

    def save(self):
        self.finish_page()
        self.c.showPage()
        self.c.save()


def build():
    L = Layout(OUT)
    c = L.c

    # ------------------------------------------------------------ cover block
    x = PAGE_W - RM
    y = PAGE_H - 2.0 * cm
    c.setFont(BOLD, 11)
    c.drawRightString(x, y, SYMBOL)
    c.setFont(FONT, 10.5)
    c.drawRightString(x, y - 14, "Original: English")
    c.drawRightString(x, y - 27, "3 June 2019")

    y -= 64
    c.setFont(BOLD, 11)
    c.drawString(LM, y, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE")
    c.setFont(FONT, 10.5)
    c.drawString(LM, y - 15, "Twenty-fourth Session")
    c.drawString(LM, y - 29, "25\u201326 June 2019")
    c.setLineWidth(0.8)
    c.line(LM, y - 40, PAGE_W - RM, y - 40)

    y -= 78
    c.setFont(BOLD, 12)
    c.drawCentredString(PAGE_W / 2, y, "REPORT OF THE CHAIRPERSON OF THE")
    c.drawCentredString(PAGE_W / 2, y - 16, "WORKING GROUP ON BUDGET REFORM")
    c.line(LM, y - 34, PAGE_W - RM, y - 34)
    L.y = y - 44

    # ------------------------------------------------------------ body
    L.heading("I.", "Introduction")
    L.para("The Working Group on Budget Reform was re-established by the Standing Committee "
           "on Programmes and Finance at its Twenty-second Session, in June 2018, with a "
           "mandate to examine how the core structure of the Organization could be funded in a "
           "more predictable and sustainable manner.{fn:1} The Group was open to all Member "
           "States.", "1.",
           notes={"1": "See the report on the Twenty-second Session of the Standing Committee "
                       "on Programmes and Finance (S/22/15), paragraphs 48 to 52."})
    L.para("The present report is submitted under the authority of the Chairperson of the "
           "Working Group, H.E. Ms Ingrid Solberg-Ruiz (Norway). It summarizes the discussions "
           "held between October 2018 and May 2019 and sets out the recommendations agreed by "
           "consensus at the Group\u2019s final meeting, on 17 May 2019.", "2.")

    L.heading("II.", "Organization of work")
    L.para("The Working Group met six times; the dates of its meetings and the items taken up "
           "at each are listed in the Annex. Between 28 and 46 delegations took part in each "
           "meeting, and the Administration was represented by the Chief of Staff and the "
           "Director of the Department of Resources Management.", "3.")
    L.para("The discussions were based on the review of the core structure prepared by the "
           "Administration (S/23/6) and on four conference room papers on specific options. "
           "Conference Room Paper (CRP) No. 3, on the Operational Support Income policy, was "
           "revised twice in the light of comments received from Member States.", "4.")
    L.para("The Group also heard presentations by the Inspector General and by the Chairperson "
           "of the Audit and Oversight Advisory Committee on the implications of the "
           "Organization\u2019s growth for its oversight functions.", "5.")

    L.heading("III.", "Summary of discussions")
    L.heading("A.", "Funding of the core structure", level=2)
    L.para("The Administration recalled that the core structure had been designed for an "
           "organization a fraction of the size of today\u2019s IOM. Since the Agreement "
           "concerning the Relationship between the United Nations and the International "
           "Organization for Migration was approved by the Council through Resolution "
           "No. 1309 of 24 November 2015, the demands placed on that structure had grown "
           "considerably, in particular in the areas of coordination, reporting and "
           "representation at the country level.", "6.")
    L.para("The sources from which the core structure has been funded over the past three "
           "years are shown in the table below.", "7.")

    L.place(Paragraph("Sources of core structure funding, 2017\u20132019 "
                      "(in millions of US dollars)", CAPTION), before=12, keep_next=110)
    head = [Paragraph("Source", CELL_HEAD), Paragraph("2017", CELL_HEAD_R),
            Paragraph("2018", CELL_HEAD_R), Paragraph("2019 (est.)", CELL_HEAD_R)]
    rows = [
        head,
        ["Administrative Part of the Budget", "53.1", "52.8", "52.8"],
        ["Operational Support Income", "104.6", "113.9", "121.4"],
        ["Unearmarked voluntary contributions", "28.3", "31.0", "29.5"],
        ["Total", "186.0", "197.7", "203.7"],
    ]
    t = Table(rows, colWidths=[200, 70, 70, 80])
    t.setStyle(TableStyle([
        ("FONT", (0, 1), (-1, -1), FONT, 9.5),
        ("FONT", (0, -1), (-1, -1), BOLD, 9.5),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("GRID", (0, 0), (-1, -1), 0.4, "black"),
        ("BACKGROUND", (0, 0), (-1, 0), "#d9d9d9"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    tw, th = t.wrap(CW, 1000)
    L.y -= 6
    if th > L.avail():
        L.new_page()
    t.drawOn(c, LM + (CW - tw) / 2, L.y - th)
    L.y -= th + 2

    L.para("Many delegations observed that the share of the core structure financed from "
           "project-related income had risen steadily and that this exposed the Organization "
           "to fluctuations in the volume of earmarked funding. Some of them also noted that "
           "the Administrative Part of the Budget had been held at zero nominal growth for "
           "several years.", "8.")
    L.para("Other delegations, while sharing the concern, emphasized that any solution had to "
           "take account of the budgetary constraints faced by Member States, and asked the "
           "Administration to show what efficiency gains had already been achieved.", "9.")

    L.heading("B.", "Operational Support Income", level=2)
    L.para("The Administration presented the results of its review of the Operational Support "
           "Income (OSI) policy, including the level of the standard overhead rate and the "
           "practice of granting reduced rates to certain donors.", "10.")
    L.para("Several participants were open to a differentiated rate that would reward "
           "flexible funding, provided that the criteria were transparent and applied "
           "consistently across all donors.{fn:2} A few expressed concern that a higher rate "
           "would make IOM less competitive in joint programmes with other agencies.", "11.",
           notes={"2": "The present policy on OSI rates is described in document S/17/8. A "
                       "revised policy would be submitted to the Standing Committee for its "
                       "endorsement before taking effect."})

    L.heading("C.", "Assessed contributions", level=2)
    L.para("The Administration outlined three scenarios for a phased increase in the "
           "Administrative Part of the Budget over a two-year period, together with their "
           "effect on the assessed contribution of each Member State.{fn:3} Delegations "
           "generally preferred the scenario that spread the increase over 2020 and 2021.", "12.",
           notes={"3": "See the summary update on the Programme and Budget for 2019 (S/24/5), "
                       "section II, for the current level of the Administrative Part of the "
                       "Budget."})
    L.para("There was broad agreement that an increase in assessed contributions should be "
           "accompanied by clearer reporting on the functions that it would fund.", "13.")

    L.heading("IV.", "Conclusions and recommendations")
    L.para("The Working Group concluded that the present funding arrangements, although they "
           "had served the Organization well in a period of rapid growth, were no longer "
           "sufficient to sustain its core functions.", "14.")
    L.para("The Working Group recommends that the Standing Committee:", "15.")
    L.para("take note of the present report;", "(a)", style=ITEM, before=5)
    L.para("endorse the principle that the core structure should be funded predominantly "
           "from predictable sources;", "(b)", style=ITEM, before=5)
    L.para("request the Administration to present to the Twenty-fifth Session of the "
           "Standing Committee:", "(c)", style=ITEM, before=5)
    L.para("a proposal for a phased increase in the Administrative Part of the Budget in "
           "2020 and 2021;", "(i)", style=SUBITEM, before=4)
    L.para("an analysis of the effects of a differentiated OSI rate; and", "(ii)",
           style=SUBITEM, before=4)
    L.para("options for reporting on the use of unearmarked funding;", "(iii)",
           style=SUBITEM, before=4)
    L.para("recommend that the Council extend the mandate of the Working Group until the end "
           "of 2020;{fn:4} and", "(d)", style=ITEM, before=5,
           notes={"4": "Any extension would be decided by the Council at its 110th Session, "
                       "in November 2019."})
    L.para("encourage Member States in a position to do so to increase the share of their "
           "voluntary contributions that is unearmarked or softly earmarked.", "(e)",
           style=ITEM, before=5)
    L.para("The Chairperson wishes to thank the members of the Working Group for their "
           "constructive engagement, and the Administration for the documentation it "
           "prepared at short notice.", "16.")

    # ------------------------------------------------------------ annex
    L.annex = True
    L.new_page()
    L.place(Paragraph("Annex", CENTRE_BOLD), before=4)
    L.place(Paragraph("MEETINGS OF THE WORKING GROUP ON BUDGET REFORM,<br/>"
                      "OCTOBER 2018 \u2013 MAY 2019", CENTRE_BOLD), before=14)
    data = [
        ["Date", "Main items considered", "Background documents"],
        ["15 October 2018", "Election of the Chairperson; adoption of the workplan",
         "Draft workplan"],
        ["19 November 2018", "Review of the core structure: functions and costs", "S/23/6"],
        ["25 January 2019", "Operational Support Income: current policy and practice",
         "CRP No. 1; CRP No. 3"],
        ["1 March 2019", "Scenarios for the Administrative Part of the Budget", "CRP No. 2"],
        ["12 April 2019", "Flexible funding and reporting; oversight implications",
         "CRP No. 3/Rev.1; CRP No. 4"],
        ["17 May 2019", "Conclusions and recommendations", "CRP No. 3/Rev.2"],
    ]
    rows = []
    for i, r in enumerate(data):
        st = CELL_HEAD if i == 0 else CELL
        rows.append([Paragraph(cell, st) for cell in r])
    t = Table(rows, colWidths=[95, 220, 120])
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, "black"),
        ("BACKGROUND", (0, 0), (-1, 0), "#d9d9d9"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    tw, th = t.wrap(CW, 1000)
    L.y -= 20
    t.drawOn(c, LM + (CW - tw) / 2, L.y - th)
    L.y -= th

    L.save()


if __name__ == "__main__":
    build()
