"""Lays out MC/EX/531 (draft report on the Eighty-first Session of the
Executive Committee, 1992) as an A4 PDF with the reportlab canvas API.

Output: ex-committee-1992.pdf in the folder of this script.
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
OUT = os.path.join(HERE, "ex-committee-1992.pdf")

SYMBOL = "MC/EX/531"
PAGE_W, PAGE_H = A4
LM = 2.5 * cm
RM = 2.5 * cm
CW = PAGE_W - LM - RM
TOP_FIRST = PAGE_H - 2.0 * cm
TOP_OTHER = PAGE_H - 3.4 * cm
BOTTOM = 2.4 * cm
BOTTOM_COVER = 3.6 * cm          # room for the trilingual footer on the cover

BODY = ParagraphStyle("body", fontName="Times-Roman", fontSize=11.5, leading=14.2,
                      alignment=TA_JUSTIFY)
NUMBERED = ParagraphStyle("num", parent=BODY, firstLineIndent=36, leftIndent=0,
                          bulletIndent=0, bulletFontName="Times-Roman",
                          bulletFontSize=11.5)
ITEM = ParagraphStyle("item", parent=BODY, leftIndent=72, firstLineIndent=0,
                      bulletIndent=36, bulletFontName="Times-Roman",
                      bulletFontSize=11.5)
HEADING = ParagraphStyle("head", parent=BODY, fontName="Times-Bold", alignment=TA_LEFT)
CENTRE = ParagraphStyle("centre", parent=BODY, alignment=TA_CENTER)
CENTRE_BOLD = ParagraphStyle("centreb", parent=CENTRE, fontName="Times-Bold")
FOOT = ParagraphStyle("foot", fontName="Times-Roman", fontSize=9, leading=10.6,
                      alignment=TA_JUSTIFY, leftIndent=0)
CAPTION = ParagraphStyle("cap", parent=BODY, fontName="Times-Bold", alignment=TA_CENTER,
                         fontSize=10.5, leading=13)


class Footnote:
    def __init__(self, marker, text, word_index):
        self.marker = marker
        self.text = text
        self.word_index = word_index
        self.para = Paragraph("<super>%s</super>&nbsp;%s" % (marker, text), FOOT)


def plain_words(markup):
    """Words of a piece of paragraph markup, as Paragraph.getPlainText counts them."""
    txt = re.sub(r"<[^>]+>", "", markup)
    txt = txt.replace("&nbsp;", " ").replace("&amp;", "&")
    return txt.split()


class Layout:
    def __init__(self, path):
        self.c = canvas.Canvas(path, pagesize=A4, invariant=1)
        self.c.setTitle("MC/EX/531 - Draft report on the Eighty-first Session of the Executive Committee")
        self.c.setAuthor("International Organization for Migration")
        self.page = 1
        self.annex = False
        self.annex_page = 0
        self.y = TOP_FIRST
        self.bottom = BOTTOM_COVER
        self.page_notes = []

    # ---------------------------------------------------------------- pages
    def notes_height(self, notes):
        if not notes:
            return 0
        h = 16  # typed rule and gap
        for n in notes:
            _, nh = n.para.wrap(CW, 1000)
            h += nh + 2
        return h

    def finish_page(self):
        c = self.c
        if self.page_notes:
            h = self.notes_height(self.page_notes)
            y = self.bottom + h
            c.setFont("Times-Roman", 9)
            c.drawString(LM, y - 9, "__________")
            y -= 16
            for n in self.page_notes:
                _, nh = n.para.wrap(CW, 1000)
                n.para.drawOn(c, LM, y - nh)
                y -= nh + 2
        if self.page == 1:
            c.setFont("Helvetica-Bold", 8)
            words = ["EXECUTIVE COMMITTEE", "COMIT\u00c9 EX\u00c9CUTIF", "COMIT\u00c9 EJECUTIVO"]
            xs = [LM + 30, PAGE_W / 2, PAGE_W - RM - 30]
            c.drawString(xs[0], 1.6 * cm, words[0])
            c.drawCentredString(xs[1], 1.6 * cm, words[1])
            c.drawRightString(xs[2], 1.6 * cm, words[2])
        self.page_notes = []

    def new_page(self):
        self.finish_page()
        self.c.showPage()
        self.page += 1
        self.bottom = BOTTOM
        if self.annex:
            self.annex_page += 1
        self.running_header()
        self.y = TOP_OTHER

    def running_header(self):
        c = self.c
        c.setFont("Times-Roman", 11)
        x = PAGE_W - RM
        y = PAGE_H - 1.5 * cm
        c.drawRightString(x, y, SYMBOL)
        y -= 13
        if self.annex:
            c.drawRightString(x, y, "Annex")
            y -= 13
            c.drawRightString(x, y, "Page %d" % self.annex_page)
        else:
            c.drawRightString(x, y, "Page %d" % self.page)

    def avail(self, extra_notes=()):
        return self.y - self.bottom - self.notes_height(self.page_notes + list(extra_notes))

    # ---------------------------------------------------------------- blocks
    def space(self, pts):
        self.y -= pts

    def place(self, flow, notes=(), before=8, keep_next=0):
        notes = list(notes)
        self.y -= before
        while True:
            avail = self.avail(notes)
            w, h = flow.wrap(CW, avail)
            if h + keep_next <= avail:
                flow.drawOn(self.c, LM, self.y - h)
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
            first.drawOn(self.c, LM, self.y - h)
            self.page_notes += here
            self.new_page()
            flow, notes = rest, later

    def para(self, markup, number=None, style=None, notes=None, before=11):
        """markup may contain {fn:N} placeholders; notes maps N -> footnote text."""
        notes = notes or {}
        fns = []
        out = markup
        for marker, text in notes.items():
            token = "{fn:%s}" % marker
            idx = out.index(token)
            prefix = out[:idx]
            # the marker is glued to the preceding word, so its word is the last of the prefix
            wi = len(plain_words(prefix)) - 1
            fns.append(Footnote(marker, text, wi))
            out = out.replace(token, "<super>%s</super>" % marker)
        if number is not None:
            p = Paragraph(out, style or NUMBERED, bulletText=number)
        else:
            p = Paragraph(out, style or BODY)
        self.place(p, fns, before=before)

    def heading(self, text):
        self.place(Paragraph(text, HEADING), before=17, keep_next=40)

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
    c.setFont("Times-Bold", 12)
    c.drawRightString(x, y, SYMBOL)
    c.setFont("Times-Roman", 11.5)
    c.drawRightString(x, y - 15, "Original: English")
    c.drawRightString(x, y - 29, "14 August 1992")

    y -= 66
    c.setFont("Times-Bold", 11.5)
    c.drawString(LM, y, "EXECUTIVE COMMITTEE")
    c.drawString(LM, y - 14, "EIGHTY-SECOND SESSION")
    c.setFont("Times-Roman", 11.5)
    c.drawString(LM, y - 24, "_" * 74)

    y -= 58
    c.setFont("Times-Bold", 12.5)
    c.drawCentredString(PAGE_W / 2, y, "DRAFT REPORT ON THE EIGHTY-FIRST SESSION")
    c.drawCentredString(PAGE_W / 2, y - 16, "OF THE EXECUTIVE COMMITTEE")
    c.setFont("Times-Roman", 11.5)
    c.drawCentredString(PAGE_W / 2, y - 42, "Geneva")
    c.drawCentredString(PAGE_W / 2, y - 56, "26-27 May 1992")
    c.drawCentredString(PAGE_W / 2, y - 82, "Rapporteur: Mr. D. MacAllister (Canada)")

    y -= 108
    c.drawString(LM, y, "__________")
    L.y = y - 6
    L.para("<i>This document is submitted to the Executive Committee at its Eighty-second "
           "Session for approval.</i>", before=4)
    L.space(10)

    # ------------------------------------------------------------ body
    L.heading("INTRODUCTION")
    L.para("The Executive Committee convened for its Eighty-first Session in Geneva on "
           "Tuesday, 26 May 1992, and concluded its work on Wednesday, 27 May 1992. "
           "Four meetings were held in all.", "1.")

    L.heading("ATTENDANCE")
    L.para("The following members of the Executive Committee were represented: Argentina, "
           "Australia, Belgium, Canada, Colombia, Germany, Italy, Switzerland and the United "
           "States of America.{fn:1}", "2.",
           notes={"1": "The list of participants is contained in document MC/EX/529."})
    L.para("The following Member States of the Organization were represented by observers: "
           "Austria, Chile, Costa Rica, Cyprus, Denmark, Ecuador, Greece, Israel, Kenya, the "
           "Netherlands, Norway, Pakistan, Peru, the Philippines, Portugal, Sweden, Thailand "
           "and Uruguay.", "3.")
    L.para("Japan, Mexico and the Holy See were represented by observers, as were the "
           "United Nations, the Office of the United Nations High Commissioner for Refugees, "
           "the International Committee of the Red Cross, the Council of Europe and the "
           "International Catholic Migration Commission.", "4.")

    L.heading("CREDENTIALS OF REPRESENTATIVES AND OBSERVERS")
    L.para("The Executive Committee noted that the Director General had examined the "
           "credentials of the representatives of its members and had found them to be in "
           "good and due form, and that he had been informed of the names of the observers "
           "listed in paragraphs 3 and 4.", "5.")

    L.heading("ELECTION OF OFFICERS")
    L.para("On the proposal of the delegation of Italy, seconded by Colombia, the Executive "
           "Committee unanimously elected H.E. Mr. R. Ferreyra Paz (Argentina) as Chairman, "
           "Mr. W. Baumgartner (Germany) as First Vice-Chairman, Mrs. M. Restrepo de Uribe "
           "(Colombia) as Second Vice-Chairman and Mr. D. MacAllister (Canada) as "
           "Rapporteur.", "6.")

    L.heading("ADOPTION OF THE AGENDA")
    L.para("The Executive Committee adopted the provisional agenda set out in document "
           "MC/EX/525. The agenda as adopted is reproduced in the Annex to this report.", "7.")

    L.heading("REPORT OF THE DIRECTOR GENERAL ON THE WORK OF THE ORGANIZATION FOR THE YEAR 1991")
    L.para("In presenting his report (MC/1709), the Director General recalled that the year "
           "had been dominated by the aftermath of the Gulf crisis. Between September 1990 and "
           "the end of 1991 the Organization had returned some 210,000 migrant workers and "
           "members of their families from Jordan, Turkey, the Islamic Republic of Iran and "
           "other countries of first asylum to their home countries in Asia and Africa, "
           "chartering more than 750 aircraft and a number of ships for the purpose.", "8.")
    L.para("He also drew attention to the steady growth of the technical cooperation "
           "programmes, in particular the return of qualified nationals to Latin America and "
           "Africa, and to the rising number of requests from Governments for advice on the "
           "orderly management of movements from the countries of central and eastern "
           "Europe.{fn:2}", "9.",
           notes={"2": "See also the paper \u201cMigration from Central and Eastern Europe: "
                       "Trends and Responses\u201d (MC/EX/526), submitted under item 8 of the "
                       "agenda."})
    L.para("Several delegations commended the speed and flexibility with which the "
           "Administration had responded to the emergency in the Gulf region. One delegation "
           "asked that future reports contain more detailed statistics on movements by region "
           "and by category of migrant, and the Director General undertook to follow that "
           "suggestion.", "10.")
    L.para("The Executive Committee took note with appreciation of the report of the "
           "Director General on the work of the Organization for the year 1991 and recommended "
           "that the Council approve it.", "11.")

    L.heading("FINANCIAL REPORT FOR THE YEAR ENDED 31 DECEMBER 1991")
    L.para("The Executive Committee examined the Financial Report for the year ended "
           "31 December 1991 (MC/1710), together with the report of the External Auditors. "
           "The Director, Budget and Finance, explained that expenditure under the "
           "Administrative Programme had remained within the approved budget and that the "
           "Operational Programme had closed the year with a small surplus.", "12.")
    L.para("The Committee was informed that arrears in contributions to the Administrative "
           "Programme amounted to 2,148,365 Swiss francs as at 30 April 1992, distributed as "
           "shown in the table below.{fn:3}", "13.",
           notes={"3": "Contributions received after 30 April 1992 are not reflected in the "
                       "table. The position as at 30 June 1992 is set out in document "
                       "MC/EX/530."})

    rows = [
        ["Member State", "Prior to 1991", "1991", "Total"],
        ["Bolivia", "118,420", "64,210", "182,630"],
        ["Dominican Republic", "203,115", "71,480", "274,595"],
        ["El Salvador", "-", "58,960", "58,960"],
        ["Guatemala", "96,300", "62,775", "159,075"],
        ["Haiti", "412,870", "55,340", "468,210"],
        ["Nicaragua", "521,645", "60,115", "581,760"],
        ["Uganda", "356,980", "66,155", "423,135"],
        ["Total", "1,709,330", "439,035", "2,148,365"],
    ]
    L.place(Paragraph("Arrears in contributions to the Administrative Programme "
                      "(in Swiss francs)", CAPTION), before=12, keep_next=150)
    t = Table(rows, colWidths=[150, 95, 85, 95])
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "Times-Roman", 10.5),
        ("FONT", (0, 0), (-1, 0), "Times-Bold", 10.5),
        ("FONT", (0, -1), (-1, -1), "Times-Bold", 10.5),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("ALIGN", (0, 0), (0, -1), "LEFT"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, "black"),
        ("LINEABOVE", (0, -1), (-1, -1), 0.6, "black"),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
    ]))
    t.hAlign = "LEFT"
    tw, th = t.wrap(CW, 1000)
    # centre the table inside the text column
    L.y -= 6
    if th > L.avail():
        L.new_page()
    t.drawOn(c, LM + (CW - tw) / 2, L.y - th)
    L.y -= th + 4

    L.para("The Executive Committee appealed to Member States in arrears to pay their "
           "contributions without further delay or to agree with the Administration on a plan "
           "of payment, and recommended that the Council approve the Financial Report for "
           "1991.", "14.")

    L.heading("REPORT OF THE SUB-COMMITTEE ON BUDGET AND FINANCE")
    L.para("The Chairman of the Sub-Committee on Budget and Finance introduced the report "
           "of its session of 25 May 1992 (MC/EX/528), which dealt with the Financial Report "
           "for 1991 and with the revision of the Programme and Budget for 1992 "
           "(MC/EX/527).", "15.")
    L.para("The Executive Committee endorsed the recommendations of the Sub-Committee and, "
           "in particular:", "16.")
    L.para("approved the revised Programme and Budget for 1992, with expenditure under the "
           "Administrative Programme of 36,412,000 Swiss francs;", "(a)", style=ITEM, before=4)
    L.para("requested the Administration to report at the next session on the level of the "
           "operational reserve and on the means of restoring it;", "(b)", style=ITEM, before=4)
    L.para("took note of the measures proposed to contain staff costs at Headquarters, on "
           "the understanding that they would not weaken the Organization\u2019s capacity in "
           "the field; and", "(c)", style=ITEM, before=4)
    L.para("decided to keep under review the scale of assessment to be proposed for "
           "1993.{fn:4}", "(d)", style=ITEM, before=4,
           notes={"4": "The scale for 1992 was adopted by Council Resolution No. 858 of "
                       "29 November 1991."})

    L.heading("PROGRAMMES IN CENTRAL AND EASTERN EUROPE")
    L.para("The Deputy Director General reported that the Administration had responded to "
           "requests from several Governments of the region for help in drafting migration "
           "legislation, in training border and consular officials and in setting up "
           "information campaigns for prospective migrants.", "17.")
    L.para("A number of delegations welcomed those activities as a practical contribution to "
           "stability in the region. Another delegation cautioned that they should be funded "
           "from voluntary contributions and should not draw on the Administrative "
           "Programme.", "18.")

    L.heading("OTHER BUSINESS")
    L.para("The delegation of Switzerland informed the Committee that its Government would "
           "host an informal meeting of experts on the reception of asylum-seekers in "
           "Bern in September 1992, to which all Member States would be invited.", "19.")

    L.heading("DATE AND PLACE OF THE NEXT SESSION")
    L.para("The Executive Committee decided that its Eighty-second Session would take place "
           "in Geneva in November 1992, immediately before the session of the Council. The "
           "exact dates would be fixed by the Administration in consultation with the "
           "Chairman.", "20.")

    L.heading("CLOSURE OF THE SESSION")
    L.para("The Chairman declared the Eighty-first Session closed on Wednesday, 27 May 1992, "
           "at 5.45 p.m.", "21.")

    # ------------------------------------------------------------ annex
    L.annex = True
    L.annex_page = 0
    L.new_page()
    L.place(Paragraph("ANNEX", CENTRE_BOLD), before=6)
    L.place(Paragraph("AGENDA", CENTRE_BOLD), before=18)
    items = [
        "Opening of the session",
        "Credentials of representatives and observers",
        "Election of officers",
        "Adoption of the agenda (MC/EX/525)",
        "Report of the Director General on the work of the Organization for the year 1991 "
        "(MC/1709)",
        "Financial Report for the year ended 31 December 1991 (MC/1710)",
        "Report of the Sub-Committee on Budget and Finance, including the revision of the "
        "Programme and Budget for 1992 (MC/EX/527 and MC/EX/528)",
        "Programmes in Central and Eastern Europe (MC/EX/526)",
        "Other business",
        "Date and place of the next session",
        "Closure of the session",
    ]
    agenda_style = ParagraphStyle("ag", parent=BODY, alignment=TA_LEFT, leftIndent=36,
                                  firstLineIndent=0, bulletIndent=0)
    first = True
    for i, text in enumerate(items, 1):
        L.para(text, "%d." % i, style=agenda_style, before=20 if first else 9)
        first = False

    L.save()


if __name__ == "__main__":
    build()
