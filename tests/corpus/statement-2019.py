# Lays out DGS/3/2019, the Director General's statement to the 110th Session of the Council
# (26 November 2019), as an A4 PDF: reportlab canvas with platypus paragraphs.
import os

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "statement-2019.pdf")

W, H = A4
LM = RM = 2.6 * cm
FW = W - LM - RM
BOTTOM = 2.4 * cm
SYMBOL = "DGS/3/2019"

body = ParagraphStyle("body", fontName="Times-Roman", fontSize=12, leading=15.5,
                      alignment=TA_JUSTIFY)
salut = ParagraphStyle("salut", parent=body, alignment=TA_LEFT)
head = ParagraphStyle("head", fontName="Times-Bold", fontSize=12, leading=15)
bullet = ParagraphStyle("bullet", parent=body, leftIndent=28, bulletIndent=10,
                        bulletFontName="Times-Roman", bulletFontSize=12)
fnote = ParagraphStyle("fn", fontName="Times-Roman", fontSize=9.5, leading=11.5,
                       alignment=TA_JUSTIFY)
title = ParagraphStyle("title", fontName="Times-Bold", fontSize=13, leading=17,
                       alignment=TA_CENTER)
speaker = ParagraphStyle("sp", fontName="Times-Roman", fontSize=12, leading=15,
                         alignment=TA_CENTER)
cad = ParagraphStyle("cad", fontName="Times-Italic", fontSize=11, leading=14,
                     alignment=TA_CENTER)


class Layout:
    def __init__(self, target):
        self.c = canvas.Canvas(target, pagesize=A4, invariant=1)
        self.c.setTitle("DGS/3/2019 - Statement of the Director General")
        self.page = 1
        self.fns = []
        self.y = H - 1.5 * cm
        self.at_top = True

    def fnh(self, fns):
        if not fns:
            return 0
        return sum(p.wrap(FW, 1000)[1] + 2 for p in fns) + 16

    def running_header(self):
        c = self.c
        c.setFont("Times-Roman", 11)
        y = H - 1.5 * cm
        c.drawRightString(W - RM, y, SYMBOL)
        c.drawRightString(W - RM, y - 13, "Page %d" % self.page)
        self.y = y - 13 - 28
        self.at_top = True

    def finish_page(self):
        if self.fns:
            c = self.c
            hs = [p.wrap(FW, 1000)[1] for p in self.fns]
            y = BOTTOM + sum(h + 2 for h in hs)
            c.setLineWidth(0.6)
            c.line(LM, y + 7, LM + 5 * cm, y + 7)
            for p, h in zip(self.fns, hs):
                p.drawOn(c, LM, y - h)
                y -= h + 2
        self.fns = []

    def new_page(self):
        self.finish_page()
        self.c.showPage()
        self.page += 1
        self.running_header()

    def place(self, f, fns=(), before=10, keep=0, split=True):
        fns = [Paragraph(t, fnote) if isinstance(t, str) else t for t in fns]
        b = 0 if self.at_top else before
        avail = self.y - b - BOTTOM - self.fnh(self.fns + fns)
        w, h = f.wrapOn(self.c, FW, avail)
        if h + keep <= avail:
            f.drawOn(self.c, LM, self.y - b - h)
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
            raise RuntimeError("block too tall")
        self.new_page()
        self.place(f, fns, before, keep, split)


def build(target):
    L = Layout(target)
    c = L.c
    c.setFont("Times-Roman", 11)
    y = H - 1.5 * cm
    for line in (SYMBOL, "26 November 2019"):
        c.drawRightString(W - RM, y, line)
        y -= 13.5
    c.setFont("Times-Bold", 11)
    c.drawString(LM, y - 22, "COUNCIL")
    c.drawString(LM, y - 36, "110th Session")
    c.setLineWidth(0.8)
    c.line(LM, y - 48, W - RM, y - 48)
    L.y = y - 70
    L.at_top = True
    L.place(Paragraph("STATEMENT OF THE DIRECTOR GENERAL<br/>"
                      "TO THE 110TH SESSION OF THE COUNCIL", title), before=0)
    L.place(Paragraph("The Director General", speaker), before=14)
    L.place(Paragraph("Check against delivery", cad), before=10)
    L.y -= 8
    c.line(LM, L.y, W - RM, L.y)
    L.y -= 14

    def s(text):
        L.place(Paragraph(text, salut), before=12, keep=50)

    def p(text, fns=()):
        L.place(Paragraph(text, body), fns, before=10)

    def h(text):
        L.place(Paragraph(text, head), before=16, keep=60)

    s("Mr. Chairperson, Excellencies, Distinguished Delegates, Ladies and Gentlemen,")
    p("It is a privilege to address the Council for the second time as Director General, and "
      "to do so one year after the adoption of the Global Compact for Safe, Orderly and Regular "
      "Migration in Marrakech. Let me begin by congratulating the Chairperson and the members "
      "of the Bureau on their election, and by welcoming the four States that joined the "
      "Organization this year.")
    p("Allow me also to thank the staff of IOM, more than 14,000 women and men working in over "
      "100 countries, often in difficult and dangerous places. Their commitment is what makes "
      "the Organization credible in the eyes of migrants and of Member States.")
    h("A world on the move")
    p("According to the latest estimates, there are now some 272 million international "
      "migrants, roughly 3.5 per cent of the world's population.<super>1</super> The great "
      "majority move safely and regularly, for work, for study or to join their families. Yet "
      "the public conversation continues to be dominated by images of crisis, and too often "
      "by fear.",
      ["<super>1</super> United Nations Department of Economic and Social Affairs, "
       "International Migrant Stock 2019; see also the World Migration Report 2020, chapter 2."])
    p("Our task is not to deny the difficulties, which are real, but to show through our work "
      "that migration can be governed well, and that when it is, it benefits countries of "
      "origin, transit and destination alike.")
    s("Excellencies,")
    p("This year has tested our capacity to respond. In the Americas, more than 4.6 million "
      "refugees and migrants have now left the Bolivarian Republic of Venezuela, and we "
      "co-lead with UNHCR the regional platform that supports the host countries. In the "
      "Democratic Republic of the Congo, our teams have staffed health screening points along "
      "the border to help contain the Ebola outbreak. In Mozambique, after cyclones Idai and "
      "Kenneth, we tracked displacement and provided shelter to tens of thousands of "
      "families.")
    p("Three priorities will guide the Administration in the coming year:")
    for t in ("strengthening our response to internal displacement, including displacement "
              "linked to disasters and climate change;",
              "supporting States in implementing the Global Compact, notably through the "
              "United Nations Network on Migration, which IOM coordinates; and",
              "investing in data, so that policy is built on evidence rather than on "
              "perception."):
        L.place(Paragraph(t, bullet, bulletText="\u2022"), before=6)
    h("Reforming the Organization")
    s("Mr. Chairperson,")
    p("The Strategic Vision I presented to the Member States earlier this year (C/110/INF/3) "
      "sets out how IOM intends to adapt over the next five years. It is not a new mandate. "
      "It is a way of making sure that the Organization is organized, staffed and funded for "
      "the demands it already faces.")
    p("Those demands cannot be met with a core structure that has barely grown while our "
      "operations have tripled. I am grateful to the Member States for the constructive "
      "discussions held in the Standing Committee on Programmes and Finance on the budget "
      "reform,<super>2</super> and I hope that the Council will be able to endorse a "
      "sustainable solution before the end of next year.",
      ["<super>2</super> See the report on the Twenty-fifth Session of the Standing Committee "
       "on Programmes and Finance (S/25/12), paragraphs 40 to 57, and the proposals in "
       "document S/25/4."])
    p("We are also strengthening our internal controls. A new Office of the Inspector General "
      "structure, a revised policy on the protection from sexual exploitation and abuse, and "
      "a dedicated ethics function are now in place. Accountability is not an option for an "
      "organization that asks for the trust of donors and of the people it serves.")
    h("Looking ahead")
    p("Next year IOM will mark the first review cycle of the Global Compact at the regional "
      "level. I encourage every Member State to take part, whatever its position on the "
      "Compact itself, because the questions it raises concern us all.")
    p("Migration is part of our shared history and will be part of our shared future. Our "
      "choice is whether to manage it together or to let it be managed by smugglers and "
      "traffickers. I am confident that this Council will choose cooperation.")
    p("Thank you.")
    L.finish_page()
    c.showPage()
    c.save()


if __name__ == "__main__":
    build(OUT)
