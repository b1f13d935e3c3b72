# Lays out MC/2384, the Director General's report on the work of the Organization for 2012
# (dated 14 June 2013), as an A4 PDF with the reportlab canvas plus platypus flowables.
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
OUT = os.path.join(HERE, "dg-report-2013.pdf")

W, H = A4
LM = RM = 2.5 * cm
FW = W - LM - RM
BOTTOM = 2.3 * cm
SYMBOL = "MC/2384"

body = ParagraphStyle("body", fontName="Times-Roman", fontSize=11, leading=13.6,
                      alignment=TA_JUSTIFY)
# IOM style: number at the margin, first line indented after it, later lines flush left
npara = ParagraphStyle("npara", parent=body, firstLineIndent=36, leftIndent=0,
                       bulletIndent=0, bulletFontName="Times-Roman", bulletFontSize=11)
bullet = ParagraphStyle("bullet", parent=body, leftIndent=54, bulletIndent=38,
                        bulletFontName="Times-Roman")
item = ParagraphStyle("item", parent=body, leftIndent=72, bulletIndent=36,
                      bulletFontName="Times-Roman")
h1 = ParagraphStyle("h1", fontName="Times-Bold", fontSize=11, leading=14, leftIndent=36,
                    bulletIndent=0, bulletFontName="Times-Bold", alignment=TA_LEFT)
h2 = ParagraphStyle("h2", fontName="Times-BoldItalic", fontSize=11, leading=14, leftIndent=36,
                    bulletIndent=0, bulletFontName="Times-BoldItalic")
fnote = ParagraphStyle("fn", fontName="Times-Roman", fontSize=9, leading=10.8,
                       alignment=TA_JUSTIFY)
caption = ParagraphStyle("cap", fontName="Times-Bold", fontSize=10.5, leading=13,
                         alignment=TA_CENTER)
tnote = ParagraphStyle("tn", fontName="Times-Italic", fontSize=9, leading=11)
center_b = ParagraphStyle("cb", fontName="Times-Bold", fontSize=12, leading=16,
                          alignment=TA_CENTER)


class TocLine(Flowable):
    """A contents entry: label and title, dotted leader, page number at the right."""

    def __init__(self, text, page, indent=0, bold=False):
        super().__init__()
        self.text, self.page, self.indent, self.bold = text, page, indent, bold

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, 15

    def draw(self):
        c = self.canv
        font = "Times-Bold" if self.bold else "Times-Roman"
        c.setFont(font, 11)
        c.drawString(self.indent, 3, self.text)
        c.setFont("Times-Roman", 11)
        if self.page is None:
            return
        c.drawRightString(self.aw, 3, str(self.page))
        start = self.indent + stringWidth(self.text, font, 11) + 6
        end = self.aw - 18
        dots = ""
        while stringWidth(dots + " .", "Times-Roman", 11) < end - start:
            dots += " ."
        c.drawRightString(end, 3, dots)


class Layout:
    def __init__(self, target):
        self.c = canvas.Canvas(target, pagesize=A4, invariant=1)
        self.c.setTitle("MC/2384 - Report of the Director General for 2012")
        self.page = 1
        self.fns = []
        self.marks = {}
        self.y = H - 1.5 * cm
        self.at_top = True

    def fnh(self, fns):
        if not fns:
            return 0
        return sum(p.wrap(FW, 1000)[1] + 2 for p in fns) + 14

    def running_header(self):
        c = self.c
        c.setFont("Times-Roman", 11)
        y = H - 1.5 * cm
        c.drawRightString(W - RM, y, SYMBOL)
        c.drawRightString(W - RM, y - 13, "Page %d" % self.page)
        self.y = y - 13 - 26
        self.at_top = True

    def finish_page(self):
        if self.fns:
            c = self.c
            hs = [p.wrap(FW, 1000)[1] for p in self.fns]
            y = BOTTOM + sum(h + 2 for h in hs)
            c.setLineWidth(0.5)
            c.line(LM, y + 6, LM + 4.5 * cm, y + 6)
            for p, h in zip(self.fns, hs):
                p.drawOn(c, LM, y - h)
                y -= h + 2
        self.fns = []

    def new_page(self):
        self.finish_page()
        self.c.showPage()
        self.page += 1
        self.running_header()

    def place(self, f, fns=(), before=7, keep=0, split=True, x=None, mark=None):
        fns = [Paragraph(t, fnote) for t in fns]
        b = 0 if self.at_top else before
        avail = self.y - b - BOTTOM - self.fnh(self.fns + fns)
        w, h = f.wrapOn(self.c, FW, avail)
        if h + keep <= avail:
            if mark:
                self.marks[mark] = self.page
            xx = LM if x is None else x
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
        self.place(f, [p.text for p in fns], before, keep, split, x, mark)


def P(n, text, fns=()):
    return (Paragraph(text, npara, bulletText="%d." % n), fns)


def build(target, toc):
    L = Layout(target)
    c = L.c
    # ---------------- cover ----------------
    c.setFont("Times-Roman", 11)
    y = H - 1.5 * cm
    for line in (SYMBOL, "Original: English", "14 June 2013"):
        c.drawRightString(W - RM, y, line)
        y -= 13.5
    c.setFont("Times-Bold", 11)
    c.drawString(LM, y - 30, "103RD SESSION")
    c.setFont("Times-Roman", 11)
    c.drawCentredString(W / 2, y - 50, "_" * 62)
    c.setFont("Times-Bold", 13)
    c.drawCentredString(W / 2, H / 2 + 40, "REPORT OF THE DIRECTOR GENERAL")
    c.drawCentredString(W / 2, H / 2 + 22, "ON THE WORK OF THE ORGANIZATION")
    c.drawCentredString(W / 2, H / 2 + 4, "FOR THE YEAR 2012")
    c.setFont("Times-Roman", 11)
    c.drawString(LM, 8.2 * cm, "______________")
    note = Paragraph("This document is submitted to the Executive Committee at its "
                     "Hundred and thirteenth Session in July 2013 and to the Council "
                     "at its 103rd Session in November 2013.", body)
    nw, nh = note.wrap(FW, 100)
    note.drawOn(c, LM, 7.7 * cm - nh)
    c.setFont("Times-Bold", 12)
    c.drawCentredString(W / 2, 2.2 * cm, "COUNCIL            CONSEIL            CONSEJO")
    c.showPage()
    L.page = 2
    L.running_header()

    # ---------------- contents ----------------
    L.place(Paragraph("CONTENTS", center_b), before=0)
    L.place(TocLine("", None), before=2)
    c.setFont("Times-Roman", 11)
    c.drawRightString(W - RM, L.y + 3, "Page")
    entries = [
        ("I.", "INTRODUCTION", "intro", 0, True),
        ("II.", "THE ORGANIZATION IN 2012", "org", 0, True),
        ("A.", "Membership and governance", "memb", 30, False),
        ("B.", "Staff and field presence", "staff", 30, False),
        ("III.", "OPERATIONAL ACTIVITIES", "ops", 0, True),
        ("A.", "Movement management", "move", 30, False),
        ("B.", "Emergency and post-crisis response", "emerg", 30, False),
        ("C.", "Migration health", "health", 30, False),
        ("D.", "Migration and development", "dev", 30, False),
        ("IV.", "FINANCIAL OVERVIEW", "fin", 0, True),
        ("V.", "CONCLUDING REMARKS", "concl", 0, True),
    ]
    for lab, t, key, ind, bold in entries:
        L.place(TocLine(lab + "  " + t, toc.get(key, 0), ind, bold), before=2)

    def head(lab, text, key, style=h1):
        L.place(Paragraph(text, style, bulletText=lab), before=16 if style is h1 else 11,
                keep=44, mark=key)

    def add(p, before=8):
        para, fns = p
        L.place(para, fns, before=before)

    def bullets(texts, style=bullet, glyph="\u2022", labels=None):
        for i, t in enumerate(texts):
            fns = ()
            if isinstance(t, tuple):
                t, fns = t
            lab = labels[i] if labels else glyph
            L.place(Paragraph(t, style, bulletText=lab), fns, before=4)

    # ---------------- body ----------------
    head("I.", "INTRODUCTION", "intro")
    add(P(1, "The present report gives an account of the activities undertaken by the "
             "International Organization for Migration (IOM) during 2012 and of the main "
             "institutional and financial developments of the year. It keeps the layout of the "
             "report for 2011 (MC/2358) so that the two years can be compared, and it should be "
             "read together with the Financial Report for the year ended 31 December 2012 "
             "(MC/2379).<super>1</super>",
          ["<super>1</super> The Financial Report was reviewed by the Standing Committee on "
           "Programmes and Finance at its Twelfth Session, held in Geneva on 4 and 5 June 2013."]))
    add(P(2, "For migrants and for the Organization alike, 2012 was a year of upheaval. The "
             "conflict in the Syrian Arab Republic drove hundreds of thousands of people across "
             "its borders, fighting in northern Mali displaced populations throughout the Sahel, "
             "and seasonal floods in Pakistan and the Philippines again uprooted whole "
             "communities. At the same time, the economic slowdown in many destination countries "
             "sharpened public debate on labour migration and on the integration of newcomers."))
    add(P(3, "The Administration continued to base its work on the twelve activities set out in "
             "the IOM Strategy, which the Council endorsed through Resolution No. 1150 of 7 June "
             "2007. Those activities remained a sound frame of reference; the year nevertheless "
             "showed how far humanitarian emergencies now shape the demands placed on the "
             "Organization by its Member States."))

    head("II.", "THE ORGANIZATION IN 2012", "org")
    head("A.", "Membership and governance", "memb", h2)
    add(P(4, "At its 101st Session, held from 27 to 30 November 2012, the Council admitted "
             "Comoros, Fiji and Solomon Islands as Member States, bringing the total membership "
             "to 151 at the end of the year. Two States and one intergovernmental body were "
             "granted observer status at the same session."))
    add(P(5, "The governing bodies pursued their review of the Organization's governance "
             "arrangements. The working group set up for that purpose held six meetings in 2012 "
             "and examined, among other matters:"))
    bullets(["the amendments to the Constitution adopted in 1998, whose entry into force "
             "still required further acceptances;",
             ("the budget process and the timing of the sessions of the Standing Committee "
              "on Programmes and Finance;<super>2</super> and",
              ["<super>2</super> See the report of the working group on the budget (MC/2366), "
               "in particular paragraphs 14 to 19."]),
             "the presentation of the Director General's report on the work of the "
             "Organization."])
    add(P(6, "The Council also adopted Resolution No. 1241 of 30 November 2012, by which it "
             "approved the Programme and Budget for 2013 (MC/2342/Rev.1) and requested the "
             "Director General to keep the Member States informed of any shortfall in the "
             "funding of the core structure."))

    head("B.", "Staff and field presence", "staff", h2)
    add(P(7, "The number of staff rose from 7,840 at the end of 2011 to 8,355 at the end of "
             "2012, some 97 per cent of whom were based in the field.<super>3</super> Most of the "
             "increase reflected the recruitment of national staff for emergency operations in "
             "Jordan, Lebanon and Mali.",
          ["<super>3</super> The figure includes officials employed under special short-term "
           "contracts but excludes consultants and interns, who numbered about 1,100 in 2012."]))
    add(P(8, "IOM maintained a presence in over 470 locations. Country offices were opened in "
             "South Sudan and Myanmar, while the Organization's two administrative centres in "
             "Manila and Panama took over a further share of the processing work previously "
             "carried out at Headquarters."))

    head("III.", "OPERATIONAL ACTIVITIES", "ops")
    head("A.", "Movement management", "move", h2)
    add(P(9, "Movement remained at the heart of the Organization's operations. In all, IOM "
             "assisted 273,916 persons to travel under its auspices in 2012, a slight decrease "
             "from the previous year. The breakdown by region of departure is shown in the table "
             "below."))
    L.place(Paragraph("Table 1: Persons moved under IOM auspices, by region of departure, "
                      "2011 and 2012", caption), before=12, keep=150)
    data = [
        ["Region of departure", "Resettlement", "Return", "Other", "Total 2012", "Total 2011"],
        ["Africa", "28,410", "41,072", "6,118", "75,600", "81,233"],
        ["Middle East", "21,965", "9,804", "3,302", "35,071", "29,517"],
        ["Asia and Oceania", "36,271", "12,560", "18,944", "67,775", "70,108"],
        ["Europe", "4,087", "38,516", "7,210", "49,813", "52,641"],
        ["Latin America and the Caribbean", "2,534", "27,399", "9,186", "39,119", "41,902"],
        ["North America", "61", "5,112", "1,365", "6,538", "6,004"],
        ["Total", "93,328", "134,463", "46,125", "273,916", "281,405"],
    ]
    t = Table(data, colWidths=[5.0 * cm, 2.1 * cm, 1.8 * cm, 1.6 * cm, 2.0 * cm, 2.0 * cm])
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "Times-Roman", 10),
        ("FONT", (0, 0), (-1, 0), "Times-Bold", 10),
        ("FONT", (0, -1), (-1, -1), "Times-Bold", 10),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.6, "black"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, "black"),
        ("LINEABOVE", (0, -1), (-1, -1), 0.6, "black"),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, "black"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]))
    L.place(t, before=6, x="center", split=False)
    L.place(Paragraph("Source: IOM movement database, figures as at 31 March 2013.", tnote),
            before=3)
    add(P(10, "Resettlement continued to account for about one third of all movements. The "
              "largest programmes served refugees from Bhutan and Myanmar leaving Nepal and "
              "Thailand, and Iraqi refugees departing from Jordan and Turkey, most of them for "
              "the United States of America, Canada and Australia."), before=10)
    add(P(11, "Assisted voluntary return and reintegration programmes helped 31,725 migrants "
              "to return home from 94 host countries. Germany, Belgium and the Netherlands "
              "remained the largest host countries, while Iraq, the Russian Federation and Serbia "
              "were the main countries of return."))

    head("B.", "Emergency and post-crisis response", "emerg", h2)
    add(P(12, "Emergency operations absorbed a growing share of the Organization's resources. "
              "In the course of the year IOM:"))
    bullets(["evacuated 8,400 third-country nationals stranded by the fighting in the Syrian "
             "Arab Republic, mostly through Lebanon and Jordan;",
             "provided shelter and non-food relief items to some 1.2 million persons displaced "
             "by floods in Pakistan; and",
             "ran the camp coordination and camp management cluster in Haiti, where the number of "
             "displaced persons living in camps fell below 360,000 for the first time since the "
             "2010 earthquake."], style=item, labels=["(a)", "(b)", "(c)"])
    add(P(13, "The Organization also took part in the inter-agency review of humanitarian "
              "leadership and prepared, at the request of the Member States, a framework for its "
              "response to migration crises, which the Council endorsed by Resolution "
              "No. 1244 of 30 November 2012."))

    head("C.", "Migration health", "health", h2)
    add(P(14, "Health assessments were carried out for 338,000 migrants bound for resettlement "
              "or immigration countries. Tuberculosis screening using culture methods was "
              "extended to eleven additional countries, and IOM supported national authorities "
              "in Kenya, Thailand and Viet Nam in strengthening cross-border disease "
              "surveillance."))

    head("D.", "Migration and development", "dev", h2)
    add(P(15, "Programmes linking migration and development were implemented in 67 countries. "
              "They included the temporary return of qualified nationals to Afghanistan and "
              "Somalia, remittance studies in Central Asia, and support to ministries responsible "
              "for diaspora affairs in seven African States.<super>4</super>",
          ["<super>4</super> Benin, Burundi, Ethiopia, Ghana, Nigeria, Senegal and the United "
           "Republic of Tanzania."]))
    add(P(16, "Counter-trafficking projects provided direct assistance to 6,200 victims, more "
              "than half of them women and girls, and training to 3,900 law enforcement and "
              "judicial officials."))

    head("IV.", "FINANCIAL OVERVIEW", "fin")
    add(P(17, "Combined expenditure under the Administrative and Operational Parts of the "
              "Budget reached USD 1.33 billion, compared with USD 1.42 billion in 2011. The "
              "Administrative Part of the Budget, funded by assessed contributions, amounted to "
              "CHF 39,271,000 and was fully implemented."))
    add(P(18, "Outstanding assessed contributions stood at CHF 4.9 million at the end of the "
              "year. Eleven Member States were subject to the provisions of Article 4 of the "
              "Constitution; the Administration continued to work with them on payment plans."))

    head("V.", "CONCLUDING REMARKS", "concl")
    add(P(19, "The year confirmed that the Organization must be ready to act quickly when "
              "crises force people to move, while pursuing the longer-term work that helps States "
              "manage migration in an orderly and humane way. The Director General thanks the "
              "Member States, observers and partners for their continued support."))
    L.finish_page()
    c.showPage()
    c.save()
    return L.marks


if __name__ == "__main__":
    marks = build(io.BytesIO(), {})
    marks2 = build(OUT, marks)
    assert marks == marks2, (marks, marks2)
    print("pages:", marks)
