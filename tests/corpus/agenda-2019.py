"""Lays out an invented IOM Council annotated provisional agenda (C era, 2019) as a PDF.

Run:  /work/corpus/venv/bin/python agenda-2019.py   -> agenda-2019.pdf
"""
import os
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "agenda-2019.pdf")

W, H = A4
L = 72.0            # left margin: hanging numbers sit here
TXT = 108.0         # text of an item starts here
SUBTXT = 135.0      # text of a sub-item starts here
R = W - 72.0        # right margin
DOCX = 420.0        # documents column
TOP = 752.0         # first text line on pages 2+
BOTTOM = 72.0       # lowest baseline of the page (footnotes included)

SYMBOL = "C/110/1"

BODY = ("Times-Roman", 11.5)
BOLD = ("Times-Bold", 11.5)
LEAD = 14.5
FN = ("Times-Roman", 9.0)
FN_LEAD = 11.0
SUP = 7.0

FOOTNOTES = {
    "1": "The Rules of Procedure of the Council, as amended following the entry into force of the "
         "2013 amendments to the Constitution, are reproduced in document C/106/INF/2.",
    "2": "The order of rotation was agreed at the informal consultations of 12 June 2015 and has "
         "been followed at each regular session since then.",
    "3": "Under Article 4 of the Constitution, a Member State whose arrears equal or exceed the "
         "contributions due from it for the preceding two years may not vote in the Council.",
    "4": "Interpretation into English, French and Spanish will be provided at all plenary meetings. "
         "Side events will not be interpreted.",
}


class Layout:
    def __init__(self, path):
        self.c = canvas.Canvas(path, pagesize=A4, invariant=1)
        self.c.setTitle("C/110/1 - Annotated provisional agenda")
        self.c.setAuthor("IOM Administration (invented test document)")
        self.page = 1
        self.annex_page = 0
        self.in_annex = False
        self.y = None
        self.fn_on_page = []      # markers whose bodies go at the foot of this page
        self.fn_reserve = 0.0

    # ---------- footnotes ----------
    def fn_lines(self, marker):
        width = R - (L + 12)
        return simple_wrap(FOOTNOTES[marker], FN[0], FN[1], width)

    def fn_height(self, markers):
        h = 0.0
        for m in markers:
            h += len(self.fn_lines(m)) * FN_LEAD + 2
        if markers and not self.fn_on_page:
            h += 14  # rule and gap above the first note
        return h

    def draw_footnotes(self):
        if not self.fn_on_page:
            return
        c = self.c
        y = BOTTOM + self.fn_reserve - 10
        c.setLineWidth(0.5)
        c.line(L, y + 6, L + 130, y + 6)
        y -= 6
        for m in self.fn_on_page:
            lines = self.fn_lines(m)
            c.setFont(FN[0], SUP - 1)
            c.drawString(L, y + 3, m)
            c.setFont(*FN)
            for ln in lines:
                c.drawString(L + 12, y, ln)
                y -= FN_LEAD
            y -= 2

    # ---------- pages ----------
    def running_header(self):
        c = self.c
        c.setFont(*BODY)
        c.drawRightString(R, 800, SYMBOL)
        if self.in_annex:
            c.drawRightString(R, 786, "Annex")
            c.drawRightString(R, 772, "Page %d" % self.annex_page)
        else:
            c.drawRightString(R, 786, "Page %d" % self.page)

    def new_page(self, annex=False):
        self.draw_footnotes()
        self.c.showPage()
        self.page += 1
        if annex:
            self.in_annex = True
        if self.in_annex:
            self.annex_page += 1
        self.fn_on_page = []
        self.fn_reserve = 0.0
        self.running_header()
        self.y = TOP - (14 if self.in_annex else 0)

    def room(self, h, markers=()):
        """Make sure a block of height h (with the notes of markers) fits; else break the page."""
        extra = self.fn_height([m for m in markers if m not in self.fn_on_page])
        if self.y - h < BOTTOM + self.fn_reserve + extra:
            self.new_page()
            extra = self.fn_height([m for m in markers if m not in self.fn_on_page])
        for m in markers:
            if m not in self.fn_on_page:
                self.fn_reserve += self.fn_height([m])
                self.fn_on_page.append(m)

    # ---------- drawing of text with raised markers ----------
    def draw_rich(self, x, y, words, font):
        """words: list of (text, marker-or-None). Draws them separated by single spaces."""
        c = self.c
        cur = ""
        cx = x
        for i, (w, m) in enumerate(words):
            piece = (" " if i else "") + w
            cur += piece
            if m:
                c.setFont(*font)
                c.drawString(cx, y, cur)
                cx += stringWidth(cur, font[0], font[1])
                c.setFont(font[0], SUP)
                c.drawString(cx + 0.5, y + 4.5, m)
                cx += stringWidth(m, font[0], SUP) + 0.5
                cur = ""
        if cur:
            c.setFont(*font)
            c.drawString(cx, y, cur)

    def paragraph(self, text, x, font=BODY, width=None, gap_after=8):
        """Wraps text (markers written {n}) from x to R, line by line, breaking pages as needed."""
        width = width or (R - x)
        for line in rich_wrap(text, font, width):
            markers = [m for _, m in line if m]
            self.room(LEAD, markers)
            self.draw_rich(x, self.y, line, font)
            self.y -= LEAD
        self.y -= gap_after

    def item_row(self, num, title, docs, numx, textx, font=BOLD):
        """An agenda item: number hanging at numx, title wrapped before the documents column,
        the documents one per line in the right-hand column. Kept together on one page."""
        tlines = simple_wrap(title, font[0], font[1], DOCX - textx - 14)
        n = max(len(tlines), len(docs), 1)
        self.room(n * LEAD + 4)
        c = self.c
        c.setFont(*font)
        c.drawString(numx, self.y, num)
        y = self.y
        for ln in tlines:
            c.setFont(*font)
            c.drawString(textx, y, ln)
            y -= LEAD
        y = self.y
        for d in docs:
            c.setFont(*BODY)
            c.drawString(DOCX, y, d)
            y -= LEAD
        self.y -= n * LEAD + 4

    def save(self):
        self.draw_footnotes()
        self.c.showPage()
        self.c.save()


def simple_wrap(text, fontname, size, width):
    words = text.split()
    lines, cur = [], ""
    for w in words:
        t = (cur + " " + w) if cur else w
        if stringWidth(t, fontname, size) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def rich_wrap(text, font, width):
    """Splits text into lines of (word, marker) pairs; a marker is written {n} right after a word."""
    toks = []
    for raw in text.split():
        m = None
        if "{" in raw and raw.endswith("}"):
            raw, m = raw[:-1].split("{")
        toks.append((raw, m))
    lines, cur, cw = [], [], 0.0
    space = stringWidth(" ", font[0], font[1])
    for w, m in toks:
        ww = stringWidth(w, font[0], font[1]) + (stringWidth(m, font[0], SUP) + 0.5 if m else 0)
        add = ww + (space if cur else 0)
        if cur and cw + add > width:
            lines.append(cur)
            cur, cw = [(w, m)], ww
        else:
            cur.append((w, m))
            cw += add
    if cur:
        lines.append(cur)
    return lines


def build():
    lay = Layout(OUT)
    c = lay.c

    # ---------------- cover ----------------
    c.setFont(*BODY)
    c.drawRightString(R, 792, SYMBOL)
    c.drawRightString(R, 777, "Original: English")
    c.drawRightString(R, 762, "4 October 2019")
    c.setFont("Times-Bold", 12)
    c.drawString(L, 722, "COUNCIL")
    c.setFont("Times-Roman", 12)
    c.drawString(L, 707, "110th Session")
    c.setLineWidth(1)
    c.line(L, 690, R, 690)
    c.setFont("Times-Bold", 14)
    c.drawCentredString(W / 2, 660, "ANNOTATED PROVISIONAL AGENDA")
    c.setFont("Times-Roman", 12)
    c.drawCentredString(W / 2, 636, "Geneva")
    c.drawCentredString(W / 2, 621, "26 to 28 November 2019")
    c.line(L, 606, R, 606)

    c.setFont("Times-Bold", 11)
    c.drawString(L, 584, "Agenda item")
    c.drawString(DOCX, 584, "Documents")
    c.setLineWidth(0.5)
    c.line(L, 581, L + stringWidth("Agenda item", "Times-Bold", 11), 581)
    c.line(DOCX, 581, DOCX + stringWidth("Documents", "Times-Bold", 11), 581)
    lay.y = 560

    # ---------------- items ----------------
    lay.item_row("1.", "Opening of the session", [], L, TXT)
    lay.paragraph(
        "The session will be opened at 10 a.m. on Tuesday, 26 November 2019, by the outgoing "
        "Chairperson, H.E. Mr Tomás Ibarra Lozano (Mexico), who was elected at the 109th Session.",
        TXT)

    lay.item_row("2.", "Credentials of representatives and observers", [], L, TXT)
    lay.paragraph(
        "Under Rule 6 of the Rules of Procedure of the Council,{1} the credentials of representatives "
        "and the names of the members of delegations should reach the Director General, if possible, "
        "no later than 24 hours before the opening of the session. The Bureau will examine the "
        "credentials received and report to the Council on its findings.",
        TXT)

    lay.item_row("3.", "Election of officers", [], L, TXT)
    lay.paragraph(
        "In accordance with Rule 15 of its Rules of Procedure, the Council will elect a Chairperson, "
        "a First Vice-Chairperson, a Second Vice-Chairperson and a Rapporteur, who will remain in "
        "office until the opening of the next regular session. Following the established rotation among "
        "regional groups,{2} the African Group is expected to put forward a candidate for the office "
        "of Chairperson. Consultations on the other offices were still under way when this document "
        "was finalized.",
        TXT)

    lay.item_row("4.", "Adoption of the agenda", [SYMBOL], L, TXT)
    lay.paragraph(
        "The Council is invited to adopt the present provisional agenda, which the Director General "
        "drew up in consultation with the outgoing Bureau. An indicative timetable of meetings is "
        "set out in the Annex.",
        TXT)

    lay.item_row("5.", "Admission of observers", [], L, TXT)
    lay.paragraph(
        "The Council has before it two requests for representation by an observer. Each request is "
        "accompanied by a draft resolution, which the Council may wish to adopt.",
        TXT, gap_after=6)
    lay.item_row("(a)", "Application by the Central Asian Forum on Labour Mobility for "
                 "representation by an observer", ["C/110/4", "C/110/L/2"], TXT, SUBTXT, font=BODY)
    lay.item_row("(b)", "Application by the Network of Pacific Seasonal Workers' Associations "
                 "for representation by an observer", ["C/110/5", "C/110/L/3"], TXT, SUBTXT, font=BODY)
    lay.y -= 4

    lay.item_row("6.", "Statement by the Director General", [], L, TXT)
    lay.paragraph(
        "The Director General will address the Council on the main developments that have affected "
        "the Organization and its operations since the 109th Session.",
        TXT)

    lay.item_row("7.", "Report on the work of the Organization for the year 2018", ["C/110/2"], L, TXT)
    lay.paragraph(
        "The report was reviewed by the Standing Committee on Programmes and Finance at its "
        "Twenty-fourth Session in June 2019. The Council is invited to take note of it.",
        TXT)

    lay.item_row("8.", "General debate", [], L, TXT)
    lay.paragraph(
        "Delegations wishing to speak in the general debate are requested to inscribe their names on "
        "the list of speakers kept by the secretariat, by 20 November 2019 at the latest. Oral "
        "statements should not exceed five minutes; longer written versions may be sent to the "
        "secretariat for posting on the governing bodies' web page.",
        TXT)

    lay.item_row("9.", "High-level panel: Migration governance in a changing climate",
                 ["C/110/INF/1"], L, TXT)
    lay.paragraph(
        "A background paper for the panel, prepared by the Administration, is listed opposite. "
        "The panel is intended as an exchange of views and no decision is required.",
        TXT)

    lay.item_row("10.", "Reports on the Twenty-fourth and Twenty-fifth Sessions of the Standing "
                 "Committee on Programmes and Finance", ["S/24/15", "S/25/18"], L, TXT)
    lay.paragraph(
        "The Council is invited to take note of the two reports and to endorse the recommendations "
        "they contain. The Chairperson of the Standing Committee will introduce them and draw "
        "attention to the points on which the Committee was unable to reach consensus.",
        TXT)

    lay.item_row("11.", "Financial matters", [], L, TXT)
    lay.item_row("(a)", "Financial report for the year ended 31 December 2018",
                 ["C/110/3", "C/110/L/4"], TXT, SUBTXT, font=BODY)
    lay.item_row("(b)", "Programme and Budget for 2020", ["C/110/7", "S/25/6", "C/110/L/5"],
                 TXT, SUBTXT, font=BODY)
    lay.item_row("(c)", "Status report on outstanding contributions to the administrative part of "
                 "the budget", ["C/110/8"], TXT, SUBTXT, font=BODY)
    lay.paragraph(
        "Updated figures will be given orally at the opening of the session. The document also lists "
        "the Member States that are subject to the provisions of Article 4 of the Constitution.{3}",
        SUBTXT)

    lay.item_row("12.", "Report on the 109th Session of the Council", ["C/109/11, C/110/L/1"], L, TXT)
    lay.paragraph(
        "The draft report was circulated to all Member States in February 2019, and no comments "
        "were received by the deadline. The Council is invited to approve it by adopting the draft "
        "resolution listed opposite. Once approved, the report will be reissued as a revised version "
        "carrying a note on its cover that records the approval and the number of the resolution "
        "concerned. Delegations that wish to propose factual corrections may still do so in writing "
        "before the item is taken up.",
        TXT)

    lay.item_row("13.", "Other business", [], L, TXT)
    lay.paragraph(
        "Delegations may raise under this item any matter that is not covered elsewhere on the agenda.",
        TXT)

    lay.item_row("14.", "Closure of the session", [], L, TXT)

    # ---------------- annex ----------------
    lay.new_page(annex=True)
    c.setFont("Times-Bold", 12)
    c.drawCentredString(W / 2, lay.y, "Annex")
    lay.y -= 26
    c.setFont("Times-Bold", 12.5)
    c.drawCentredString(W / 2, lay.y, "PROVISIONAL TIMETABLE")
    lay.y -= 30
    lay.paragraph(
        "All meetings will take place in Room XVIII of the Palais des Nations. The timetable is "
        "indicative only, and the Bureau may adjust it in the light of the progress made.{4}",
        L, gap_after=14)

    cols = [L, L + 110, L + 310]
    c.setFont("Times-Bold", 11)
    for x, h in zip(cols, ["Meeting", "Date and time", "Agenda items"]):
        c.drawString(x, lay.y, h)
    c.setLineWidth(0.5)
    c.line(L, lay.y - 5, R, lay.y - 5)
    lay.y -= 22
    rows = [
        ("First meeting", "Tuesday, 26 November, 10 a.m.", "1, 2, 3, 4, 5 and 6"),
        ("Second meeting", "Tuesday, 26 November, 3 p.m.", "7 and 8"),
        ("Third meeting", "Wednesday, 27 November, 10 a.m.", "8 (cont'd)"),
        ("Fourth meeting", "Wednesday, 27 November, 3 p.m.", "9 and 10"),
        ("Fifth meeting", "Thursday, 28 November, 10 a.m.", "11"),
        ("Sixth meeting", "Thursday, 28 November, 3 p.m.", "12, 13 and 14"),
    ]
    c.setFont(*BODY)
    for row in rows:
        for x, cell in zip(cols, row):
            c.drawString(x, lay.y, cell)
        lay.y -= 18
    c.line(L, lay.y + 10, R, lay.y + 10)
    lay.y -= 14
    lay.paragraph(
        "Side events organized by Member States and observers will be held during the lunch break "
        "in Room XXIII. Requests for rooms should be addressed to the secretariat by 8 November 2019.",
        L)

    lay.save()


if __name__ == "__main__":
    build()
