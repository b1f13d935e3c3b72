"""Draw note-concerning-2019.pdf: a revised SCPF paper (S/24/7/Rev.1, 2019)
preceded by a 'NOTE CONCERNING DOCUMENT' sheet. Drawn with reportlab."""

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

OUT = "note-concerning-2019.pdf"
SYMBOL = "S/24/7/Rev.1"

W, H = A4
LM = 72            # left margin (paragraph numbers sit here)
TXT = 108          # left edge of paragraph text (hanging indent)
RM = W - 72        # right margin
TOP = H - 60
BOTTOM = 64

BODY = ("Helvetica", 11)
LEAD = 14.2
FN = ("Helvetica", 9)
FN_LEAD = 11


def wrap(text, font, size, width):
    words = text.split()
    lines, cur = [], ""
    for w in words:
        trial = w if not cur else cur + " " + w
        if stringWidth(trial.replace("^", ""), font, size) <= width:
            cur = trial
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


class Doc:
    def __init__(self, path):
        self.c = canvas.Canvas(path, pagesize=A4)
        self.c.setTitle("S/24/7/Rev.1 - Migration Governance Support Facility")
        self.c.setAuthor("IOM")
        self.page = 0          # page number of the paper (0 = note sheet)
        self.y = TOP
        self.footnotes = []    # footnotes of the current page: (marker, text)

    # ---------- page handling ----------
    def fn_height(self, notes):
        if not notes:
            return 0
        h = 14
        for m, t in notes:
            h += len(wrap(t, FN[0], FN[1], RM - LM - 14)) * FN_LEAD + 2
        return h

    def finish_page(self):
        c = self.c
        if self.footnotes:
            y = BOTTOM + self.fn_height(self.footnotes) - 14
            c.setLineWidth(0.5)
            c.line(LM, y + 8, LM + 144, y + 8)
            for m, t in self.footnotes:
                lines = wrap(t, FN[0], FN[1], RM - LM - 14)
                c.setFont(FN[0], 6.5)
                c.drawString(LM, y - 3 + 3.5, m)
                c.setFont(*FN)
                for i, ln in enumerate(lines):
                    c.drawString(LM + 14 if i == 0 else LM, y - 3, ln)
                    y -= FN_LEAD
                y -= 2
        self.footnotes = []
        c.showPage()

    def new_page(self):
        self.finish_page()
        self.page += 1
        self.y = TOP
        if self.page >= 2:
            c = self.c
            c.setFont("Helvetica", 10)
            c.drawRightString(RM, self.y, SYMBOL)
            c.drawRightString(RM, self.y - 12, "Page %d" % self.page)
            self.y -= 44

    def room(self, h, extra_notes=()):
        need = h + self.fn_height(self.footnotes + list(extra_notes))
        return self.y - need >= BOTTOM

    # ---------- drawing helpers ----------
    def draw_rich(self, x, y, line, font=BODY):
        """Draw a line; '^N^' marks a raised footnote marker N."""
        c = self.c
        parts = line.split("^")
        for i, part in enumerate(parts):
            if i % 2 == 0:
                c.setFont(*font)
                c.drawString(x, y, part)
                x += stringWidth(part, *font)
            else:
                c.setFont(font[0], 7)
                c.drawString(x + 0.5, y + 4.5, part)
                x += stringWidth(part, font[0], 7) + 0.5

    def block(self, lines, x, first_prefix=None, notes=None, gap_after=8):
        """Flow wrapped lines at x; may split over a page break."""
        notes = dict(notes or {})
        for i, ln in enumerate(lines):
            extra = [(m, t) for m, t in notes.items() if "^%s^" % m in ln]
            if not self.room(LEAD, extra):
                self.new_page()
            if i == 0 and first_prefix:
                self.c.setFont(*BODY)
                self.c.drawString(LM, self.y, first_prefix)
            self.draw_rich(x, self.y, ln)
            for e in extra:
                self.footnotes.append(e)
            self.y -= LEAD
        self.y -= gap_after

    def para(self, num, text, notes=None, gap_after=8):
        lines = wrap(text, BODY[0], BODY[1], RM - TXT)
        # keep at least two lines together at the foot of a page
        if not self.room(LEAD * 2):
            self.new_page()
        self.block(lines, TXT, first_prefix="%d." % num, notes=notes,
                   gap_after=gap_after)

    def bullets(self, items):
        for it in items:
            lines = wrap(it, BODY[0], BODY[1], RM - TXT - 18)
            if not self.room(LEAD * 2):
                self.new_page()
            # the bullet is drawn from the Symbol font: Helvetica's WinAnsi
            # code for it is lost by some extractors
            self.c.setFont("Symbol", BODY[1])
            self.c.drawString(TXT, self.y, "\u2022")
            self.block(lines, TXT + 18, gap_after=4)
        self.y -= 4

    def heading(self, lines, font=("Helvetica-Bold", 11), x=LM):
        h = LEAD * (len(lines) + 2)
        if not self.room(h):
            self.new_page()
        self.y -= 4
        for ln in lines:
            self.c.setFont(*font)
            self.c.drawString(x, self.y, ln)
            self.y -= LEAD
        self.y -= 6

    def lettered(self, letter, words):
        if not self.room(LEAD * 3):
            self.new_page()
        self.y -= 2
        self.c.setFont("Helvetica-BoldOblique", 11)
        self.c.drawString(LM, self.y, letter)
        self.c.drawString(LM + 20, self.y, words)
        self.y -= LEAD + 6

    def table(self, caption, head, rows):
        cols = [TXT, 380, RM]   # left of col 1; right edges of cols 2 and 3
        h = LEAD * (len(rows) + 4)
        if not self.room(h):
            self.new_page()
        c = self.c
        c.setFont("Helvetica-Bold", 10)
        c.drawString(TXT, self.y, caption)
        self.y -= LEAD + 4
        c.setLineWidth(0.6)
        c.line(TXT, self.y + 11, RM, self.y + 11)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(cols[0] + 4, self.y, head[0])
        c.drawRightString(cols[1], self.y, head[1])
        c.drawRightString(cols[2] - 4, self.y, head[2])
        self.y -= 5
        c.line(TXT, self.y, RM, self.y)
        self.y -= 13
        for i, r in enumerate(rows):
            last = i == len(rows) - 1
            if last:
                c.line(TXT, self.y + 10, RM, self.y + 10)
            c.setFont("Helvetica-Bold" if last else "Helvetica", 10)
            c.drawString(cols[0] + 4, self.y, r[0])
            c.drawRightString(cols[1], self.y, r[1])
            c.drawRightString(cols[2] - 4, self.y, r[2])
            self.y -= 13.5
        c.line(TXT, self.y + 9, RM, self.y + 9)
        self.y -= 12

    def save(self):
        self.finish_page()
        self.c.save()


# ---------------------------------------------------------------------------
d = Doc(OUT)
c = d.c

# ---- page A: the note sheet -------------------------------------------------
y = H - 250
c.setFont("Helvetica-Bold", 12)
c.drawCentredString(W / 2, y, "NOTE CONCERNING DOCUMENT S/24/7")
y -= 40
sheet = ("This document replaces document S/24/7 of 22 May 2019, which should be "
         "discarded. After the accounts of the Migration Governance Support Facility "
         "for 2018 were closed, it was found that an allocation of USD 240,000 for a "
         "project in Southern Africa had been counted twice in the original version. "
         "The figures given in paragraphs 3 and 7 and in Table 1 have therefore been "
         "corrected, and paragraph 12 has been amended to refer to them. The text is "
         "otherwise unchanged.")
for ln in wrap(sheet, "Helvetica", 11, RM - LM - 36):
    c.setFont("Helvetica", 11)
    c.drawString(LM + 18, y, ln)
    y -= LEAD

# ---- page 1 of the paper: cover block, then the body begins ------------------
d.new_page()
c.setFont("Helvetica-Bold", 11)
c.drawRightString(RM, d.y, SYMBOL)
c.setFont("Helvetica", 11)
c.drawRightString(RM, d.y - 16, "Original: English")
c.drawRightString(RM, d.y - 30, "14 June 2019")
d.y -= 62
c.setFont("Helvetica-Bold", 11)
c.drawCentredString(W / 2, d.y, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE")
d.y -= 16
c.setFont("Helvetica", 11)
c.drawCentredString(W / 2, d.y, "Twenty-fourth Session")
d.y -= 36
c.setFont("Helvetica-Bold", 12)
c.drawCentredString(W / 2, d.y, "MIGRATION GOVERNANCE SUPPORT FACILITY: ALLOCATIONS")
d.y -= 16
c.drawCentredString(W / 2, d.y, "APPROVED IN 2018 AND PRIORITIES FOR 2019\u20132020")
d.y -= 14
c.setLineWidth(0.8)
c.line(LM, d.y, RM, d.y)
d.y -= 30

FN1 = ("See document S/22/9, Migration Governance Support Facility: Update for "
       "2017, paragraphs 6 to 14.")
FN2 = ("Australia, Germany, the Netherlands and Switzerland. The contributions are "
       "also shown in the Financial Report for the Year Ended 31 December 2018 "
       "(C/110/3), Annex II.")

d.heading(["Introduction"])
d.para(1, "The Migration Governance Support Facility (\u201cthe Facility\u201d) "
       "provides seed funding to eligible Member States for projects that "
       "strengthen their capacity to govern migration. This document informs the "
       "Standing Committee on Programmes and Finance of the allocations approved in "
       "2018, of the resources received by the Facility during the year and of the "
       "priorities the Administration has set for the next two allocation cycles. "
       "It follows the update presented to the Standing Committee at its "
       "Twenty-second Session.^1^", notes={"1": FN1})
d.para(2, "The Facility was established under the Programme and Budget for 2017, "
       "which the Council approved through Resolution No. 1329 of 5 December 2016. "
       "Applications are received in two rounds each year and are reviewed by an "
       "internal panel against criteria published on the IOM website. Projects may "
       "run for up to 24 months, and no single project may receive more than "
       "USD 300,000.")

d.heading(["Allocations approved in 2018"])
d.para(3, "In 2018, the Facility received 143 applications from 71 Member States and "
       "approved 58 of them, for a total of USD 7,172,600. In 2017, 49 projects had "
       "been approved, for a total of USD 6,180,000. The number of applications rose "
       "by almost a third over the year, largely because of a second call for "
       "proposals launched in July 2018 for Member States in the Pacific and the "
       "Caribbean.")
d.lettered("A.", "Distribution by region")
d.para(4, "Table 1 shows how the approved projects and funds were distributed among "
       "the regions. Africa again received the largest share, with just over a "
       "third of the total amount, followed by Asia and the Pacific. Three "
       "interregional projects were approved for the first time, each involving "
       "Member States from at least two regions.", gap_after=14)
d.table("Table 1. Projects approved in 2018, by region (in US dollars)",
        ["Region", "Projects", "Amount approved"],
        [["Africa", "20", "2,466,000"],
         ["Asia and the Pacific", "12", "1,508,300"],
         ["Europe and Central Asia", "7", "862,400"],
         ["Latin America and the Caribbean", "10", "1,214,800"],
         ["Middle East and North Africa", "6", "741,500"],
         ["Interregional", "3", "379,600"],
         ["Total", "58", "7,172,600"]])

d.lettered("B.", "Distribution by thematic area")
d.para(5, "The approved projects fall into four broad thematic areas:", gap_after=6)
d.bullets([
    "migration policy and legislation, including support for the drafting of "
    "national migration strategies (21 projects);",
    "border and identity management (14 projects);",
    "labour mobility and engagement with diaspora communities (13 projects); and",
    "migration data and research, in particular the preparation of national "
    "migration profiles (10 projects).",
])
d.para(6, "The average allocation in 2018 was USD 123,700, slightly below the 2017 "
       "average of USD 126,100. Twelve of the projects approved were in Member "
       "States that had never before received support from the Facility, which "
       "reflects the outreach carried out by the regional offices during the year. "
       "In line with the criteria of the Facility, every project includes a "
       "contribution from the national counterpart, in cash or in kind, which "
       "averaged 18 per cent of the project budget in 2018.")

d.heading(["Funding situation"])
d.para(7, "The resources available to the Facility in 2018 totalled USD 8,356,200. "
       "They comprised USD 5,000,000 from Operational Support Income, voluntary "
       "unearmarked contributions of USD 2,310,000 from four Member States^2^ and "
       "the balance of USD 1,046,200 carried forward from 2017. After the "
       "allocations set out in Table 1, an unallocated balance of USD 1,183,600 "
       "was carried forward into 2019. The share of Operational Support Income "
       "allocated to the Facility was the same as in 2017.", notes={"2": FN2})
d.para(8, "Demand for support from the Facility continues to exceed the resources "
       "available to it. In 2018, only 41 per cent of the applications received "
       "could be funded, and a number of well-prepared proposals, several of which "
       "had been developed with the assistance of IOM country offices, had to be "
       "deferred to the following year or declined altogether. The Administration "
       "is grateful to the Member States that have contributed to the Facility and "
       "encourages others to consider doing so, whether through unearmarked "
       "contributions or through contributions earmarked for particular regions or "
       "thematic areas, which the Facility has been able to accept since "
       "January 2019. Contributions of any size are welcome, and the Administration "
       "stands ready to brief interested Member States on the projects that are "
       "awaiting funding.")

d.heading(["Priorities for the remainder of 2019 and for the",
           "2020 allocation cycle"])
d.para(9, "For the first round of 2019, which closed on 31 March, the Facility "
       "received 68 applications. The panel will complete its review by the end of "
       "June 2019, and the results will be reported to the Standing Committee at "
       "its Twenty-fifth Session.")
d.para(10, "For the remainder of 2019 and for 2020, the Administration intends to give "
       "priority to projects that help Member States implement the commitments they "
       "have made on migration governance, in particular as regards migration data, "
       "and to projects submitted by least developed countries and small island "
       "developing States. It will also shorten the time between the submission of "
       "an application and the decision on it, which averaged 97 days in 2018, to "
       "no more than 60 days.")
d.para(11, "An independent evaluation of the first three years of operation of the "
       "Facility will be commissioned in the second half of 2019. Its findings will "
       "inform any changes to the criteria and procedures of the Facility and will "
       "be shared with Member States in 2020.")

d.heading(["Conclusion"])
d.para(12, "The Standing Committee is invited to take note of this document, "
       "including the corrected figures for 2018 set out in paragraphs 3 and 7 and "
       "in Table 1.")

d.save()
print("pages:", d.page + 1)
