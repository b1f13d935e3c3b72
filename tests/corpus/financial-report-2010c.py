#!/usr/bin/env python3
"""Draws financial-report-2010c.pdf: IOM Financial Report for the year ended
31 December 2009 (MC/2296), laid out as a 2010 word-processor document.

Footnotes are placed at the foot of the page where their marker is drawn:
the document is built repeatedly; each pass records the page of every
footnote marker (via an <onDraw> callback) and of every heading (for the
contents list); the next pass shortens the frame of those pages and prints
the footnote bodies below a short separator rule.  Passes stop when stable.
"""
import os

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph,
                                Spacer, Table, TableStyle, PageBreak,
                                NextPageTemplate, Flowable, KeepTogether)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "financial-report-2010c.pdf")

SYMBOL = "MC/2296"
PAGE_W, PAGE_H = A4
LM = RM = 72
TOP = 72           # top margin of the text frame (below running header)
BOTTOM = 62
FRAME_W = PAGE_W - LM - RM

FONT = "Times-Roman"
BOLD = "Times-Bold"
ITAL = "Times-Italic"

# ---------------------------------------------------------------- styles
body = ParagraphStyle("body", fontName=FONT, fontSize=11, leading=13.2,
                      alignment=TA_JUSTIFY, spaceAfter=12)
numbered = ParagraphStyle("num", parent=body, firstLineIndent=36,
                          bulletIndent=0, bulletFontName=FONT,
                          bulletFontSize=11)
item = ParagraphStyle("item", parent=body, leftIndent=72, bulletIndent=36,
                      bulletFontName=FONT, bulletFontSize=11, spaceAfter=6)
h1 = ParagraphStyle("h1", fontName=BOLD, fontSize=11, leading=13.2,
                    spaceBefore=6, spaceAfter=12, keepWithNext=1,
                    leftIndent=36, bulletIndent=0, bulletFontName=BOLD,
                    bulletFontSize=11)
h1u = ParagraphStyle("h1u", parent=h1, leftIndent=0)
h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=11, leading=13.2,
                    spaceBefore=2, spaceAfter=12, keepWithNext=1,
                    leftIndent=36, bulletIndent=0, firstLineIndent=0,
                    bulletFontName=BOLD, bulletFontSize=11)
caption = ParagraphStyle("cap", fontName=BOLD, fontSize=10, leading=12,
                         alignment=TA_CENTER, spaceBefore=2, spaceAfter=4,
                         keepWithNext=1)
note = ParagraphStyle("note", fontName=ITAL, fontSize=9, leading=11,
                      spaceBefore=3, spaceAfter=10)
fnstyle = ParagraphStyle("fn", fontName=FONT, fontSize=9, leading=10.5,
                         alignment=TA_JUSTIFY, firstLineIndent=0,
                         spaceAfter=2)
cell = ParagraphStyle("cell", fontName=FONT, fontSize=10, leading=12)

# ---------------------------------------------------------------- content
FOOTNOTES = {
    "1": "The audited financial statements for 2009, together with the report "
         "of the External Auditor on the accounts of the Organization, are "
         "contained in document MC/2297.",
    "2": "Under Article 4 of the Constitution, a Member State which is in "
         "arrears in the payment of its contributions has no vote if the "
         "amount of its arrears equals or exceeds the contributions due from "
         "it for the preceding two full years.",
    "3": "The out-of-country registration and voting programme for the Iraqi "
         "elections of January and December 2005 alone accounted for "
         "expenditure of some USD 92 million in that year.",
}


def fn(n):
    """Raised footnote marker plus the callback recording its page."""
    return ('<super>%s</super><onDraw name="fnmark" label="%s"/>' % (n, n))


def P(n, text):
    return Paragraph(text, numbered, bulletText="%d." % n)


class Heading(Paragraph):
    """A heading paragraph that reports its page for the contents list."""

    def __init__(self, key, text, style, bullet=None):
        Paragraph.__init__(self, text, style, bulletText=bullet)
        self.toc_key = key


class TocLine(Flowable):
    """Contents entry: label, title at a tab stop, dotted leaders and a
    right-aligned page number."""

    def __init__(self, label, title, page, indent=0):
        Flowable.__init__(self)
        self.label, self.title, self.page = label, title, page
        self.indent = indent
        self.font = FONT
        self.size = 11

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, 15

    def draw(self):
        c = self.canv
        c.setFont(self.font, self.size)
        x0 = self.indent
        if self.label:
            c.drawString(x0, 3, self.label)
            x0 += 36
        c.drawString(x0, 3, self.title)
        pw = c.stringWidth(self.page, self.font, self.size)
        c.drawRightString(self.aw, 3, self.page)
        start = x0 + c.stringWidth(self.title, self.font, self.size) + 5
        end = self.aw - pw - 5
        step = c.stringWidth(".", self.font, self.size) + 0.6
        n = int((end - start) / step)
        if n > 2:
            # leaders: a run of dots with slight tracking
            t = c.beginText(end - n * step, 3)
            t.setFont(self.font, self.size)
            t.setCharSpace(0.6)
            t.textOut("." * n)
            c.drawText(t)


def money_table(header, rows, col_widths, total_rows=(), sub_rows=(),
                first_align="LEFT"):
    """A table without ruling lines, except a rule under the header row and
    a rule above the total row.  Figures right-aligned."""
    data = [header] + rows
    t = Table(data, colWidths=col_widths, repeatRows=1, hAlign="CENTER")
    st = [
        ("FONT", (0, 0), (-1, 0), BOLD, 10, 11.5),
        ("FONT", (0, 1), (-1, -1), FONT, 10, 12),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("ALIGN", (0, 0), (0, -1), first_align),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, "black"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 4),
        ("TOPPADDING", (0, 1), (-1, 1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    for r in sub_rows:
        st.append(("FONT", (0, r), (-1, r), ITAL, 10, 12))
        st.append(("BOTTOMPADDING", (0, r), (-1, r), 5))
    for r in total_rows:
        st.append(("LINEABOVE", (0, r), (-1, r), 0.6, "black"))
        st.append(("FONT", (0, r), (-1, r), BOLD, 10, 12))
        st.append(("TOPPADDING", (0, r), (-1, r), 3))
    t.setStyle(TableStyle(st))
    return t


def build_story(toc):
    """toc: dict key -> page label string (from the previous pass)."""
    s = []
    # -------------------------------------------------- page 1: the cover
    s.append(NextPageTemplate(["P%d" % i for i in range(2, 13)]))
    s.append(PageBreak())

    # -------------------------------------------------- page i: contents
    s.append(Paragraph("CONTENTS", ParagraphStyle(
        "ct", fontName=BOLD, fontSize=11, alignment=TA_CENTER,
        spaceAfter=14)))
    s.append(Paragraph("Page", ParagraphStyle(
        "pg", fontName=FONT, fontSize=11, alignment=TA_RIGHT, spaceAfter=4)))
    entries = [
        ("intro", "", "INTRODUCTION", 0, 10),
        ("s1", "I.", "FINANCIAL OVERVIEW", 0, 10),
        ("s2", "II.", "ADMINISTRATIVE PROGRAMME", 0, 3),
        ("s2a", "A.", "Income", 36, 3),
        ("s2b", "B.", "Staff and office costs", 36, 10),
        ("s3", "III.", "OPERATIONAL PROGRAMMES", 0, 10),
        ("s4", "IV.", "CONCLUSION", 0, 10),
        ("annex", "", "ANNEX \u2013 STATUS OF ASSESSED CONTRIBUTIONS "
                     "OUTSTANDING", 0, 0),
    ]
    for key, label, title, ind, gap in entries:
        s.append(TocLine(label, title, toc.get(key, "0"), indent=ind))
        if gap:
            s.append(Spacer(1, gap))
    s.append(PageBreak())

    # -------------------------------------------------- body
    s.append(Paragraph(
        "FINANCIAL REPORT FOR THE YEAR ENDED 31 DECEMBER 2009",
        ParagraphStyle("rt", fontName=BOLD, fontSize=11, alignment=TA_CENTER,
                       spaceAfter=16)))

    s.append(Heading("intro", "INTRODUCTION", h1u))
    s.append(P(1,
        "This report sets out the financial results of the Organization for "
        "the year ended 31 December 2009, in accordance with the Financial "
        "Regulations. It covers the Administrative Programme (Part I of the "
        "budget) and the Operational Programmes (Part II), and compares actual "
        "income and expenditure with the Programme and Budget for 2009 "
        "(MC/2262), approved by the Council through Resolution No. 1174 of "
        "26 November 2008, as revised in document MC/2281." + fn(1)))
    s.append(P(2,
        "The financial statements have been prepared on an accrual basis, in "
        "line with the United Nations System Accounting Standards. Unless "
        "otherwise indicated, all amounts in this report are expressed in "
        "thousands of US dollars."))
    s.append(P(3,
        "The year under review saw a further rise in the volume of operations, "
        "driven in particular by the large-scale displacement in north-west "
        "Pakistan and by the typhoons that struck the Philippines in September "
        "and October 2009. Exchange rates remained volatile throughout the "
        "year, which had a marked effect on costs incurred in Swiss francs."))

    s.append(Heading("s1", "FINANCIAL OVERVIEW", h1, bullet="I."))
    s.append(P(4,
        "Combined income for both parts of the budget reached USD 1,061.3 "
        "million in 2009, compared with USD 1,036.8 million in 2008, while "
        "combined expenditure rose to USD 1,052.5 million from USD 1,024.3 "
        "million. The results by part of the budget are summarized in "
        "Table 1."))
    s.append(Paragraph("Table 1: Income and expenditure by part of the "
                       "budget (in thousands of US dollars)", caption))
    s.append(money_table(
        ["", "Income", "Expenditure", "Excess of income\nover expenditure"],
        [["Part I – Administration", "39,845", "39,612", "233"],
         ["Part II – Operations", "1,021,466", "1,012,930", "8,536"],
         ["Total", "1,061,311", "1,052,542", "8,769"]],
        [170, 85, 85, 100], total_rows=(3,)))
    s.append(Spacer(1, 12))
    s.append(P(5,
        "The Administrative Programme closed with an excess of income over "
        "expenditure of 233. This amount results from interest of 130 earned "
        "on assessed contributions paid early in the year and from savings of "
        "103 on staff and office costs, which are described in Section II "
        "below."))
    s.append(P(6,
        "The excess of income over expenditure of 8,536 under the Operational "
        "Programmes is made up as follows:"))
    s.append(Paragraph("unspent project funds of 6,912 which donors have "
                       "agreed may be carried forward to 2010 for the same "
                       "activities;", item, bulletText="(a)"))
    s.append(Paragraph("an increase of 1,124 in the Operational Support "
                       "Income reserve; and", item, bulletText="(b)"))
    s.append(Paragraph("net gains of 500 on currency exchange.",
                       ParagraphStyle("itemlast", parent=item,
                                      spaceAfter=12),
                       bulletText="(c)"))

    s.append(Heading("s2", "ADMINISTRATIVE PROGRAMME", h1, bullet="II."))
    s.append(Heading("s2a", "Income", h2, bullet="A."))
    s.append(P(7,
        "Assessed contributions of Member States for 2009 were billed in the "
        "amount of 39,715, which corresponds to the approved budget of the "
        "Administrative Programme. With the interest income of 130, total "
        "income under Part I came to 39,845."))
    s.append(P(8,
        "Contributions received in respect of 2009 totalled 39,462 by the end "
        "of the year, leaving 253 unpaid. Together with arrears of 617 from "
        "earlier years, assessed contributions outstanding at 31 December 2009 "
        "amounted to 870, as detailed in the Annex. Three Member States were "
        "subject to the provisions of Article 4 of the Constitution at the "
        "end of the year." + fn(2)))
    s.append(Heading("s2b", "Staff and office costs", h2, bullet="B."))
    s.append(P(9,
        "Expenditure under the Administrative Programme is shown by category "
        "in Table 2. At 39,612, total expenditure remained 103 below the "
        "approved budget."))
    s.append(Paragraph("Table 2: Administrative Programme – staff and office "
                       "costs (in thousands of US dollars)", caption))
    s.append(money_table(
        ["", "Approved\nbudget", "Actual\nexpenditure", "Variance"],
        [["Officials", "22,410", "22,186", "224"],
         ["Employees", "8,925", "9,047", "(122)"],
         ["Sub-total, staff costs", "31,335", "31,233", "102"],
         ["General office costs", "3,210", "3,158", "52"],
         ["Communications", "1,180", "1,243", "(63)"],
         ["Travel and representation", "1,020", "987", "33"],
         ["Sub-total, office costs", "5,410", "5,388", "22"],
         ["Contractual services", "2,150", "2,206", "(56)"],
         ["Governing body meetings", "820", "785", "35"],
         ["Total", "39,715", "39,612", "103"]],
        [180, 85, 85, 80], total_rows=(10,), sub_rows=(3, 7)))
    s.append(Spacer(1, 12))
    s.append(P(10,
        "Savings on the salaries of officials arose mainly from posts at "
        "Headquarters that remained vacant for part of the year while "
        "recruitment was under way. They were partly offset by higher costs "
        "for employees, reflecting the strengthening of the Swiss franc "
        "against the US dollar in the last quarter of 2009 and the resulting "
        "adjustment of local salary scales."))
    s.append(P(11,
        "Communications costs exceeded the budget by 63, largely because the "
        "data network linking Headquarters with the Manila and Panama "
        "Administrative Centres was renewed. Contractual services were also "
        "slightly above budget, by 56, while savings were made on travel and "
        "on the meetings of the governing bodies."))

    s.append(Heading("s3", "OPERATIONAL PROGRAMMES", h1, bullet="III."))
    s.append(P(12,
        "Expenditure under the Operational Programmes amounted to 1,012,930 "
        "in 2009, an increase of 2.8 per cent over the 985,340 recorded in "
        "2008. Most of the growth occurred in movement, emergency and "
        "post-crisis activities, notably in Pakistan, Iraq and the "
        "Philippines, while resettlement movements from Nepal and Thailand "
        "remained at a high level."))
    s.append(P(13,
        "Table 3 shows the expenditure of the Organization over the past five "
        "years. Combined expenditure has grown by more than 10 per cent since "
        "2005, while the share of the Administrative Programme in the total "
        "has ranged between 3.8 and 4.7 per cent."))
    s.append(Paragraph("Table 3: Expenditure by programme, 2005–2009 "
                       "(in thousands of US dollars)", caption))
    s.append(money_table(
        ["Year", "Administrative\nProgramme", "Operational\nProgrammes",
         "Total"],
        [["2005", "35,890", "916,204", "952,094"],
         ["2006", "36,712", "736,519", "773,231"],
         ["2007", "37,488", "781,625", "819,113"],
         ["2008", "38,975", "985,340", "1,024,315"],
         ["2009", "39,612", "1,012,930", "1,052,542"]],
        [90, 110, 110, 100]))
    s.append(Paragraph(
        "Note: The figures for 2005 to 2008 are those shown in the audited "
        "financial statements for each year; the 2008 figures are taken from "
        "document MC/2275.",
        ParagraphStyle("note2", parent=note, leftIndent=32, rightIndent=32)))
    s.append(P(14,
        "The fall in expenditure in 2006 reflects the completion of the large "
        "post-tsunami reconstruction programmes in Indonesia and Sri Lanka and "
        "of the out-of-country voting programme for Iraq, both of which had "
        "peaked in 2005." + fn(3)))

    s.append(Heading("s4", "CONCLUSION", h1, bullet="IV."))
    s.append(P(15,
        "The Administration considers that the financial position of the "
        "Organization remained sound in 2009 despite volatile exchange rates, "
        "both parts of the budget having closed with an excess of income over "
        "expenditure."))
    s.append(P(16,
        "The Council is invited to approve the Financial Report for the year "
        "ended 31 December 2009 and the audited financial statements "
        "contained in document MC/2297."))

    # -------------------------------------------------- annex
    s.append(PageBreak())
    s.append(Heading("annex", "ANNEX", ParagraphStyle(
        "an", fontName=BOLD, fontSize=11, alignment=TA_CENTER,
        spaceAfter=12)))
    s.append(Paragraph(
        "STATUS OF ASSESSED CONTRIBUTIONS OUTSTANDING<br/>"
        "AS AT 31 DECEMBER 2009",
        ParagraphStyle("at", fontName=BOLD, fontSize=11, leading=13.5,
                       alignment=TA_CENTER, spaceAfter=18)))
    s.append(Paragraph(
        "The table below lists the Member States with contributions to the "
        "Administrative Programme outstanding at the end of 2009. Member "
        "States with smaller balances are grouped in a single line.", body))
    s.append(Spacer(1, 4))
    s.append(Paragraph("(in thousands of US dollars)", ParagraphStyle(
        "cap2", parent=caption, fontName=FONT)))
    s.append(money_table(
        ["Member State", "Prior\nyears", "2009", "Total\noutstanding"],
        [["Guinea-Bissau", "64", "8", "72"],
         ["Haiti", "48", "12", "60"],
         ["Kyrgyzstan", "–", "11", "11"],
         ["Liberia", "137", "9", "146"],
         ["Nicaragua", "22", "10", "32"],
         ["Sierra Leone", "95", "9", "104"],
         ["Somalia", "210", "8", "218"],
         ["Other Member States (14)", "41", "186", "227"],
         ["Total", "617", "253", "870"]],
        [170, 80, 80, 90], total_rows=(9,)))
    return s


class Doc(BaseDocTemplate):
    def __init__(self, filename, fn_pages, **kw):
        self.fn_pages = fn_pages          # page -> [footnote ids]
        self.marks = {}                   # footnote id -> page (this pass)
        self.head_pages = {}              # toc key -> physical page
        BaseDocTemplate.__init__(self, filename, pagesize=A4,
                                 leftMargin=LM, rightMargin=RM,
                                 topMargin=TOP, bottomMargin=BOTTOM,
                                 title="Financial Report for the year ended "
                                       "31 December 2009",
                                 author="IOM", **kw)
        templates = []
        for p in range(1, 13):
            h = self.fn_height(p)
            fr = Frame(LM, BOTTOM + h, FRAME_W,
                       PAGE_H - TOP - BOTTOM - h - (30 if p == 1 else 0),
                       id="f%d" % p, leftPadding=0, rightPadding=0,
                       topPadding=0, bottomPadding=0)
            templates.append(PageTemplate(id="P%d" % p, frames=[fr],
                                          onPage=self.on_page))
        self.addPageTemplates(templates)

    def fn_paras(self, p):
        return [Paragraph("<super>%s</super> %s" % (k, FOOTNOTES[k]), fnstyle)
                for k in self.fn_pages.get(p, [])]

    def fn_height(self, p):
        paras = self.fn_paras(p)
        if not paras:
            return 0
        h = 16  # separator space
        for para in paras:
            w, ph = para.wrap(FRAME_W, 1000)
            h += ph + fnstyle.spaceAfter
        return h

    def on_page(self, canv, doc):
        p = canv.getPageNumber()
        canv.setNamedCB("fnmark", self.record_mark)
        if p == 1:
            draw_cover(canv)
            return
        # running header: symbol and page label, right-aligned
        label = "Page i" if p == 2 else "Page %d" % (p - 2)
        canv.setFont(FONT, 11)
        canv.drawRightString(PAGE_W - RM, PAGE_H - 42, SYMBOL)
        canv.drawRightString(PAGE_W - RM, PAGE_H - 55, label)
        # footnotes of this page
        paras = self.fn_paras(p)
        if paras:
            y = BOTTOM + self.fn_height(p) - 6
            canv.setLineWidth(0.5)
            canv.line(LM, y, LM + 144, y)
            y -= 6
            for para in paras:
                w, ph = para.wrap(FRAME_W, 1000)
                para.drawOn(canv, LM, y - ph)
                y -= ph + fnstyle.spaceAfter

    def record_mark(self, canv, kind, label):
        self.marks[label] = canv.getPageNumber()

    def afterFlowable(self, f):
        key = getattr(f, "toc_key", None)
        if key:
            self.head_pages[key] = self.page


def draw_cover(c):
    x_r = PAGE_W - RM
    c.setFont(BOLD, 12)
    c.drawRightString(x_r, PAGE_H - 72, SYMBOL)
    c.setFont(FONT, 11)
    c.drawRightString(x_r, PAGE_H - 96, "Original: English")
    c.drawRightString(x_r, PAGE_H - 110, "4 May 2010")
    c.setFont(BOLD, 11)
    c.drawCentredString(PAGE_W / 2, PAGE_H - 165, "NINETY-NINTH SESSION")
    # typed underscore rule across the text width
    c.setFont(FONT, 11)
    us = "_" * int(FRAME_W / c.stringWidth("_", FONT, 11))
    c.drawCentredString(PAGE_W / 2, PAGE_H - 180, us)
    c.setFont(BOLD, 13)
    c.drawCentredString(PAGE_W / 2, PAGE_H - 330,
                        "FINANCIAL REPORT FOR THE YEAR ENDED")
    c.drawCentredString(PAGE_W / 2, PAGE_H - 348, "31 DECEMBER 2009")
    # cover note
    c.setFont(FONT, 11)
    c.drawString(LM, 190, "__________")
    note_p = Paragraph(
        "This document is submitted to the Council at its Ninety-ninth "
        "Session in November 2010, following its review by the Standing "
        "Committee on Programmes and Finance.",
        ParagraphStyle("cn", fontName=FONT, fontSize=11, leading=13.2,
                       alignment=TA_LEFT))
    w, h = note_p.wrap(FRAME_W, 200)
    note_p.drawOn(c, LM, 176 - h)
    # trilingual footer
    c.setLineWidth(0.8)
    c.line(LM, 82, PAGE_W - RM, 82)
    c.setFont(BOLD, 12)
    c.drawString(LM + 10, 64, "COUNCIL")
    c.drawCentredString(PAGE_W / 2, 64, "CONSEIL")
    c.drawRightString(PAGE_W - RM - 10, 64, "CONSEJO")


def page_label(p):
    return "i" if p == 2 else str(p - 2)


def main():
    fn_pages, toc = {}, {}
    for it in range(8):
        doc = Doc(OUT, fn_pages)
        doc.build(build_story(toc))
        new_fn = {}
        for k, p in sorted(doc.marks.items()):
            new_fn.setdefault(p, []).append(k)
        new_toc = {k: page_label(p) for k, p in doc.head_pages.items()}
        if new_fn == fn_pages and new_toc == toc:
            print("stable after %d passes; pages=%d" % (it + 1, doc.page))
            print("footnotes:", fn_pages, "toc:", toc)
            return
        fn_pages, toc = new_fn, new_toc
    raise SystemExit("layout did not stabilise")


if __name__ == "__main__":
    main()
