"""Draws agenda-2020.pdf: IOM Council, 111th Session, annotated provisional agenda (C/111/1).

Drawn with reportlab's canvas; a small line-flow engine handles wrapping, raised footnote
markers, footnotes at the foot of the page and the running header after the first page.
"""
import re
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = "agenda-2020.pdf"
SYMBOL = "C/111/1"
W, H = A4
LM, RM = 72, W - 72            # left / right margins
TOP = H - 60
BOTTOM = 70
BODY, BOLD, ITAL = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
SIZE, LEAD = 10.5, 14
FN_SIZE, FN_LEAD = 8.5, 10.5
MK_SIZE, MK_RISE = 6.5, 4
DOC_X = 440                    # documents column (Part I)

FOOTNOTES = {
    "1": "The panel will be held online only. Panellists and moderators will connect from their "
         "own locations and the discussion will be streamed live on the IOM website.",
    "2": "Connection details and a short guide to the platform will be sent to permanent missions "
         "not later than 16 November 2020. Delegations intending to take the floor remotely are "
         "invited to test their connection during the technical sessions on 19 and 20 November 2020.",
    "3": "Under Article 4 of the Constitution, a Member State which is in arrears in the payment of "
         "its financial contributions to the Organization shall have no vote if the total amount of "
         "its arrears equals or exceeds the amount of the contributions due from it for the "
         "preceding two full years.",
    "4": "The same procedure was followed for the report on the 108th Session of the Council, which "
         "was approved through Resolution No. 1370 of 27 November 2018.",
}

MARK = re.compile(r"\{(\d+)\}")


class Doc:
    def __init__(self):
        self.c = canvas.Canvas(OUT, pagesize=A4)
        self.c.setTitle("C/111/1 - Annotated provisional agenda")
        self.c.setAuthor("International Organization for Migration")
        self.page = 1
        self.y = TOP
        self.page_notes = []       # footnote numbers placed on this page

    # ---- measuring ---------------------------------------------------------------------
    @staticmethod
    def width(text, font, size):
        w = 0
        for i, part in enumerate(MARK.split(text)):
            if i % 2:
                w += stringWidth(part, BODY, MK_SIZE)
            else:
                w += stringWidth(part, font, size)
        return w

    def wrap(self, text, font, size, maxw):
        words, lines, cur = text.split(), [], ""
        for wd in words:
            trial = wd if not cur else cur + " " + wd
            if self.width(trial, font, size) <= maxw:
                cur = trial
            else:
                lines.append(cur)
                cur = wd
        if cur:
            lines.append(cur)
        return lines

    def fn_height(self, nums):
        if not nums:
            return 0
        h = FN_LEAD + 4
        for n in nums:
            h += len(self.wrap(FOOTNOTES[n], BODY, FN_SIZE, RM - LM - 14)) * FN_LEAD + 2
        return h

    # ---- drawing -----------------------------------------------------------------------
    def draw_line(self, x, y, text, font, size):
        c = self.c
        for i, part in enumerate(MARK.split(text)):
            if i % 2:
                c.setFont(BODY, MK_SIZE)
                c.drawString(x, y + MK_RISE, part)
                x += stringWidth(part, BODY, MK_SIZE)
            elif part:
                c.setFont(font, size)
                c.drawString(x, y, part)
                x += stringWidth(part, font, size)

    def header(self):
        c = self.c
        c.setFont(BODY, 10)
        c.drawRightString(RM, H - 40, SYMBOL)
        c.drawRightString(RM, H - 52, "Page %d" % self.page)
        self.y = H - 90

    def finish_page(self):
        c = self.c
        if self.page_notes:
            y = BOTTOM + self.fn_height(self.page_notes) - FN_LEAD
            c.setFont(BODY, FN_SIZE)
            c.drawString(LM, y, "__________")
            y -= FN_LEAD + 4
            for n in self.page_notes:
                lines = self.wrap(FOOTNOTES[n], BODY, FN_SIZE, RM - LM - 14)
                c.setFont(BODY, MK_SIZE)
                c.drawString(LM, y + 3, n)
                for ln in lines:
                    c.setFont(BODY, FN_SIZE)
                    c.drawString(LM + 14, y, ln)
                    y -= FN_LEAD
                y -= 2
        c.showPage()
        self.page += 1
        self.page_notes = []
        self.header()

    def need(self, h, notes=()):
        """Break the page unless h points (plus footnotes) still fit."""
        limit = BOTTOM + self.fn_height(self.page_notes + list(notes))
        if self.y - h < limit:
            self.finish_page()

    def space(self, pts):
        self.y -= pts

    def flow(self, text, x, maxw, font=BODY, size=SIZE, lead=LEAD, label=None, label_x=None,
             label_font=None, keep=0, right=None):
        """Wrap text at x..x+maxw; optional label drawn at label_x on the first line; optional
        list of strings `right` drawn in the documents column on successive lines."""
        lines = self.wrap(text, font, size, maxw)
        right = list(right or [])
        n = max(len(lines), len(right))
        self.need(lead * min(n, 2) + keep)
        for i in range(n):
            ln = lines[i] if i < len(lines) else ""
            notes = MARK.findall(ln)
            self.need(lead, notes)
            if i == 0 and label:
                self.draw_line(label_x, self.y, label, label_font or font, size)
            if ln:
                self.draw_line(x, self.y, ln, font, size)
            if i < len(right):
                self.c.setFont(BODY, size)
                self.c.drawString(DOC_X, self.y, right[i])
            self.page_notes.extend(notes)
            self.y -= lead

    def centered(self, text, font, size):
        self.c.setFont(font, size)
        self.c.drawCentredString(W / 2, self.y, text)

    def save(self):
        self.finish_page_last()
        self.c.save()

    def finish_page_last(self):
        # draw the footnotes of the last page without opening a new one
        c = self.c
        if self.page_notes:
            y = BOTTOM + self.fn_height(self.page_notes) - FN_LEAD
            c.setFont(BODY, FN_SIZE)
            c.drawString(LM, y, "__________")
            y -= FN_LEAD + 4
            for n in self.page_notes:
                lines = self.wrap(FOOTNOTES[n], BODY, FN_SIZE, RM - LM - 14)
                c.setFont(BODY, MK_SIZE)
                c.drawString(LM, y + 3, n)
                for ln in lines:
                    c.setFont(BODY, FN_SIZE)
                    c.drawString(LM + 14, y, ln)
                    y -= FN_LEAD
                y -= 2
        c.showPage()


d = Doc()
c = d.c

# ---- cover block ---------------------------------------------------------------------------
c.setFont(BOLD, 12)
c.drawRightString(RM, H - 60, SYMBOL)
c.setFont(BODY, 10.5)
c.drawRightString(RM, H - 76, "Original: English")
c.drawRightString(RM, H - 90, "12 October 2020")
d.y = H - 140
d.centered("COUNCIL", BOLD, 12)
d.y -= 16
d.centered("111th Session", BOLD, 11)
d.y -= 42
d.centered("ANNOTATED PROVISIONAL AGENDA", BOLD, 12)
d.y -= 34
d.centered("Geneva", BODY, 10.5)
d.y -= 15
d.centered("Monday, 23 November, to Wednesday, 25 November 2020", BODY, 10.5)
d.y -= 50

# ---- Part I --------------------------------------------------------------------------------
d.centered("PART I", BOLD, 11)
d.y -= 15
d.centered("PROVISIONAL AGENDA", BOLD, 11)
d.y -= 30
c.setFont(BOLD, 10.5)
c.drawString(DOC_X, d.y, "Documents")
c.setLineWidth(0.6)
c.line(DOC_X, d.y - 2, DOC_X + stringWidth("Documents", BOLD, 10.5), d.y - 2)
d.y -= 24

ITEM_W = DOC_X - 20 - 100
SUB_W = DOC_X - 20 - 126

AGENDA = [
    ("1.", "Opening of the session and credentials of representatives and observers", []),
    ("2.", "Report of the Chairperson of the Council", []),
    ("3.", "Election of officers", []),
    ("4.", "Adoption of the agenda", ["C/111/1", "C/111/2"]),
    ("5.", "Applications for representation by an observer", []),
    ("(a)", "Pacific Islands Labour Mobility Forum", ["C/111/8"]),
    ("(b)", "International Federation of Migrant Health Professionals", ["C/111/9"]),
    ("6.", "Status report on outstanding contributions to the Administrative Part of the "
           "Budget and Member State voting rights", ["C/111/3"]),
    ("7.", "Report of the Director General", []),
    ("8.", "High-level panel: human mobility and the COVID-19 pandemic (online segment){1}", []),
    ("9.", "Draft report on the 110th Session of the Council", ["C/110/L/14", "C/111/L/1"]),
    ("10.", "Report on matters discussed at the Twenty-sixth and Twenty-seventh Sessions of "
            "the Standing Committee on Programmes and Finance", ["S/26/15", "C/111/10"]),
    ("(a)", "Annual Report for 2019", ["C/111/INF/1"]),
    ("(b)", "Financial Report for the year ended 31 December 2019", ["C/111/4", "C/111/L/2"]),
    ("(c)", "Summary update on the Programme and Budget for 2020", ["C/111/5"]),
    ("(d)", "Programme and Budget for 2021", ["C/111/6", "C/111/L/3"]),
    ("11.", "Internal Governance Framework: progress report", ["C/111/INF/2"]),
    ("12.", "Any other business", []),
    ("13.", "Date and place of the next session", []),
    ("14.", "Closure of the session", []),
]

for i, (lab, text, docs) in enumerate(AGENDA):
    sub = lab.startswith("(")
    nxt_sub = i + 1 < len(AGENDA) and AGENDA[i + 1][0].startswith("(")
    if sub:
        d.flow(text, 126, SUB_W, label=lab, label_x=100, right=docs)
        d.space(4 if nxt_sub else 10)
    else:
        d.flow(text, 100, ITEM_W, label=lab, label_x=LM, right=docs)
        d.space(4 if nxt_sub else 10)

# ---- Part II -------------------------------------------------------------------------------
d.space(20)
d.need(6 * LEAD + 45)
d.centered("PART II", BOLD, 11)
d.y -= 15
d.centered("ANNOTATIONS", BOLD, 11)
d.y -= 30

FULL = RM - LM


def heading(num, text):
    d.space(4)
    d.flow(text, 100, RM - 100, font=BOLD, label=num, label_x=LM, keep=2 * LEAD)
    d.space(6)


def subheading(lab, text):
    d.space(2)
    d.flow(text, 126, RM - 126, font=ITAL, label=lab, label_x=100, keep=2 * LEAD)
    d.space(5)


def para(text):
    d.flow(text, LM, FULL)
    d.space(8)


def bullet(text, last=False):
    d.flow(text, 116, RM - 116, label="\u2022", label_x=102)
    d.space(3 if not last else 8)


heading("1.", "Opening of the session and credentials of representatives and observers")
para("The session will be opened at 10 a.m. on Monday, 23 November 2020, by the outgoing "
     "Chairperson. Owing to the public health measures in force in the host country, it will be "
     "held in a hybrid format: a limited number of representatives will be seated in Room 2 of the "
     "Centre International de Conf\u00e9rences Gen\u00e8ve (CICG), while other members of "
     "delegations will follow the proceedings, and take the floor, through a virtual conference "
     "platform.{2}")
para("Credentials of representatives and the names of alternates and advisers should reach the "
     "Governing Bodies Division before the opening of the session. Scanned copies will be accepted "
     "on a provisional basis, pending receipt of the originals. Permanent missions are asked to "
     "communicate, by 13 November 2020:")
bullet("the names of the two members of the delegation who will attend in person;")
bullet("the names and e-mail addresses of those who will connect remotely; and")
bullet("the name of the person who will speak on behalf of the delegation under each item.",
       last=True)

heading("2.", "Report of the Chairperson of the Council")
para("The outgoing Chairperson will report on the work carried out since the 110th Session, in "
     "particular the informal consultations that the Bureau convened by video conference from "
     "April 2020 onward, when meetings in person could no longer take place.")

heading("3.", "Election of officers")
para("The Council will elect a Chairperson, a First Vice-Chairperson, a Second Vice-Chairperson "
     "and a Rapporteur, who will hold office until the next regular session. Consultations on a "
     "slate of candidates are being held within and among the regional groups.")

heading("4.", "Adoption of the agenda")
para("The provisional agenda is submitted to the Council for adoption. A provisional programme of "
     "work, which distributes the items over the three days of the session and sets aside the "
     "afternoon of Tuesday, 24 November 2020 for the high-level panel, is contained in document "
     "C/111/2.")
para("Should the health situation call for a further reduction of meetings in person, the "
     "Administration may propose adjustments to the programme of work when the session opens; "
     "the agenda itself would remain unchanged.")

heading("5.", "Applications for representation by an observer")
para("The Council has before it two applications for representation by an observer, reproduced "
     "in documents C/111/8 and C/111/9. Each is accompanied by information on the applicant's "
     "aims, membership and activities in the field of migration.")
para("The Council will be invited to act on the applications through draft resolutions that will "
     "be circulated at the session.")

heading("6.", "Status report on outstanding contributions to the Administrative Part of the "
               "Budget and Member State voting rights")
para("Document C/111/3 gives the position as at 30 September 2020. On that date, assessed "
     "contributions outstanding for 2019 and prior years totalled CHF 4,862,317, of which "
     "CHF 1,905,440 was owed by 11 Member States subject to the provisions of Article 4 of the "
     "Constitution.{3}")
para("A revised version of the report, taking account of payments received up to the opening of "
     "the session, will be issued as document C/111/3/Rev.1.")

heading("7.", "Report of the Director General")
para("The Director General will address the Council on the work of the Organization in 2020, "
     "including its response to the COVID-19 pandemic in countries of origin, transit and "
     "destination. The statement will be posted on the Governing Bodies web page after delivery.")
para("Delegations wishing to speak in the general debate that follows are asked to limit their "
     "statements to five minutes; longer texts may be sent in writing and will be posted online.")

heading("8.", "High-level panel: human mobility and the COVID-19 pandemic (online segment)")
para("The panel will bring together ministers, representatives of local authorities and migrants "
     "themselves to discuss how recovery plans can include migrants. A concept note listing the "
     "panellists will be circulated to Member States in early November 2020.")

heading("9.", "Draft report on the 110th Session of the Council")
para("The draft report on the 110th Session (C/110/L/14) was circulated to Member States in "
     "February 2020. The Council will be invited to approve it by adopting the draft resolution "
     "contained in document C/111/L/1.{4}")

heading("10.", "Report on matters discussed at the Twenty-sixth and Twenty-seventh Sessions of "
               "the Standing Committee on Programmes and Finance")
para("The Twenty-sixth Session of the Standing Committee was held online on 30 June and "
     "1 July 2020; its report is contained in document S/26/15. The report on the Twenty-seventh "
     "Session, to be held on 28 and 29 October 2020, will be issued as document C/111/10 before "
     "the Council meets.")
subheading("(a)", "Annual Report for 2019")
para("The Annual Report for 2019 (C/111/INF/1) was reviewed by the Standing Committee at its "
     "Twenty-sixth Session. The Council is invited to take note of it.")
subheading("(b)", "Financial Report for the year ended 31 December 2019")
para("The Standing Committee examined the Financial Report (C/111/4) and the report of the "
     "External Auditor and recommended that the Council approve them. A draft resolution to that "
     "effect is contained in document C/111/L/2.")
subheading("(c)", "Summary update on the Programme and Budget for 2020")
para("Document C/111/5 shows the Administrative Part of the Budget unchanged at CHF 52,770,112. "
     "The Operational Part has risen from USD 1,059.4 million to USD 1,672.8 million, mainly as a "
     "result of new programmes responding to the pandemic. The Council is invited to take note of "
     "the document.")
subheading("(d)", "Programme and Budget for 2021")
para("The Programme and Budget for 2021 (C/111/6) proposes an Administrative Part of "
     "CHF 53,298,412 and an Operational Part estimated at USD 1,184.7 million. The Council will be "
     "invited to approve it through the draft resolution in document C/111/L/3.")

heading("11.", "Internal Governance Framework: progress report")
para("Document C/111/INF/2 reports on the implementation of the Internal Governance Framework "
     "since it was presented to Member States in 2019, and on the measures taken to maintain "
     "oversight functions while most staff were working remotely.")

heading("12.", "Any other business")
para("No proposal for an additional item had been received by the date of this document.")

heading("13.", "Date and place of the next session")
para("The Council will be invited to decide that its 112th Session will be held in Geneva in "
     "November 2021, on dates to be set by the Bureau in consultation with the Administration.")

heading("14.", "Closure of the session")
para("The Chairperson will close the session once the Council has acted on the draft resolutions "
     "before it, which is expected to be on the afternoon of Wednesday, 25 November 2020.")

d.save()
print("pages:", d.page)
