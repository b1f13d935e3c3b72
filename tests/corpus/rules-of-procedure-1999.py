# Draws rules-of-procedure-1999.pdf: Rules of Procedure of the Executive Committee (MC/EX/614, 1999).
# A4, reportlab canvas with a small line typesetter of its own.
import os
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "rules-of-procedure-1999.pdf")

SYMBOL = "MC/EX/614"
W, H = A4
LM, RM = 72, 72
TW = W - LM - RM
TOP = H - 60            # top of text area on cover
BODY_TOP = H - 92       # top of text area below the running header
BOTTOM = 56

F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
SIZE, LEAD = 10.5, 12.4

# ---------------------------------------------------------------- content
DOC = [
    ("chapter", "I", "MEMBERSHIP AND REPRESENTATION"),
    ("rule", 1, "Composition"),
    ("text", "The Executive Committee shall consist of the representatives of the Member States elected "
             "by the Council in accordance with Article 18 of the Constitution."),
    ("rule", 2, "Representatives and alternates"),
    ("sub", 1, "Each member of the Executive Committee shall be represented by one representative, who may "
               "be accompanied by such alternates and advisers as the member may deem necessary."),
    ("sub", 2, "An alternate or adviser may act as representative upon designation by the head of the "
               "delegation."),
    ("rule", 3, "Credentials"),
    ("sub", 1, "The credentials of representatives and the names of alternates and advisers shall be "
               "communicated to the Director General, if possible not less than one week before the "
               "opening of the session."),
    ("sub", 2, "The Bureau shall examine the credentials and report thereon to the Executive Committee."),
    ("sub", 3, "Pending a decision of the Executive Committee on the report of the Bureau, representatives "
               "shall be entitled to participate provisionally in the session."),
    ("rule", 4, "Observers"),
    ("text", "Member States of the Organization which are not members of the Executive Committee may be "
             "represented at its sessions by observers. The Executive Committee may also invite non-member "
             "States, intergovernmental organizations and non-governmental organizations concerned with "
             "migration to send observers, under the conditions laid down by the Council."),

    ("chapter", "II", "SESSIONS"),
    ("rule", 5, "Regular sessions"),
    ("sub", 1, "The Executive Committee shall hold at least one regular session each year, as a rule in the "
               "first half of the year."),
    ("sub", 2, "The opening date of each regular session shall be fixed by the Executive Committee at its "
               "preceding session or, failing that, by the Chairman after consultation with the Director "
               "General."),
    ("rule", 6, "Special sessions"),
    ("sub", 1, "Special sessions shall be convened by the Chairman at the request of the Council, of a "
               "majority of the members of the Executive Committee, or of the Director General."),
    ("sub", 2, "The Director General shall notify the members of the Executive Committee of the date of a "
               "special session at least three weeks in advance."),
    ("rule", 7, "Place of sessions"),
    ("text", "Sessions shall be held at the Headquarters of the Organization in Geneva, unless the "
             "Executive Committee decides otherwise."),

    ("chapter", "III", "AGENDA"),
    ("rule", 8, "Provisional agenda"),
    ("text", "The provisional agenda of each regular session shall be drawn up by the Director General in "
             "consultation with the Chairman and shall include:"),
    ("item", "a", "the report of the Director General on the work of the Organization for the preceding "
                  "year;"),
    ("item", "b", "the financial report for the preceding financial year, together with the report of the "
                  "External Auditors;"),
    ("item", "c", "items which the Council, or the Executive Committee at a previous session, has decided "
                  "to include; and"),
    ("item", "d", "items proposed by any Member State of the Organization."),
    ("rule", 9, "Communication of the provisional agenda"),
    ("sub", 1, "The provisional agenda, together with the basic documents relating to each item, shall be "
               "communicated to the members of the Executive Committee and to the observers at least six "
               "weeks before the opening of a regular session."),
    ("sub", 2, "The provisional agenda of a special session shall be communicated together with the notice "
               "of convocation."),
    ("rule", 10, "Adoption of the agenda"),
    ("text", "At the beginning of each session the Executive Committee shall adopt its agenda. During a "
             "session it may, by a decision of two thirds of the members present and voting, add, delete, "
             "defer or amend items."),

    ("chapter", "IV", "OFFICERS"),
    ("rule", 11, "Election of officers"),
    ("sub", 1, "At the beginning of each regular session the Executive Committee shall elect from among "
               "its members a Chairman, a Vice-Chairman and a Rapporteur, who shall together constitute "
               "the Bureau."),
    ("sub", 2, "The officers shall hold office until their successors are elected. They shall be eligible "
               "for re-election."),
    ("rule", 12, "Powers of the Chairman"),
    ("sub", 1, "The Chairman shall declare the opening and closing of each meeting, direct the discussions, "
               "ensure observance of these Rules, accord the right to speak, put questions to the vote and "
               "announce decisions."),
    ("sub", 2, "The Chairman, in the exercise of these functions, remains under the authority of the "
               "Executive Committee."),

    ("chapter", "V", "SECRETARIAT"),
    ("rule", 13, "Functions of the Director General"),
    ("text", "The Director General, or a representative designated by the Director General, shall act in "
             "that capacity at all meetings of the Executive Committee and may at any time make oral or "
             "written statements concerning any question under consideration."),
    ("rule", 14, "Duties of the Secretariat"),
    ("text", "The Secretariat shall:"),
    ("item", "a", "receive, translate and circulate documents, reports and resolutions;"),
    ("item", "b", "interpret speeches made at meetings;"),
    ("item", "c", "prepare and circulate the summary records of the session; and"),
    ("item", "d", "in general, perform all other work which the Executive Committee may require."),

    ("chapter", "VI", "CONDUCT OF BUSINESS"),
    ("rule", 15, "Quorum"),
    ("text", "A majority of the members of the Executive Committee shall constitute a quorum.", "1"),
    ("rule", 16, "Speeches"),
    ("sub", 1, "No representative may address the Executive Committee without having previously obtained "
               "the permission of the Chairman."),
    ("sub", 2, "The Chairman shall call upon speakers in the order in which they signify their desire to "
               "speak."),
    ("sub", 3, "The Chairman may call a speaker to order if the remarks are not relevant to the subject "
               "under discussion."),
    ("rule", 17, "Points of order"),
    ("text", "During the discussion of any matter, a representative may rise to a point of order, which "
             "shall be immediately decided by the Chairman. A representative may appeal against the ruling "
             "of the Chairman; the appeal shall be put to the vote immediately, and the ruling shall stand "
             "unless overruled by a majority of the members present and voting."),
    ("rule", 18, "Proposals and amendments"),
    ("sub", 1, "Proposals and amendments shall normally be submitted in writing to the Director General, "
               "who shall circulate copies to the delegations."),
    ("sub", 2, "As a general rule, no proposal shall be discussed or put to the vote unless copies of it "
               "have been circulated to all delegations not later than the day preceding the meeting."),

    ("chapter", "VII", "VOTING"),
    ("rule", 19, "Voting rights"),
    ("text", "Each member of the Executive Committee shall have one vote."),
    ("rule", 20, "Majority required"),
    ("sub", 1, "Except as otherwise provided in the Constitution or in these Rules, decisions of the "
               "Executive Committee shall be taken by a majority of the members present and voting."),
    ("sub", 2, "For the purpose of these Rules, the phrase \u201cmembers present and voting\u201d means members "
               "casting an affirmative or negative vote. Members which abstain from voting shall be "
               "considered as not voting."),
    ("rule", 21, "Method of voting"),
    ("sub", 1, "The Executive Committee shall normally vote by show of hands. Any member may request a "
               "roll-call, which shall be taken in the English alphabetical order of the names of the "
               "members."),
    ("sub", 2, "Elections shall be held by secret ballot unless the Executive Committee decides otherwise "
               "in the case of an uncontested election."),
    ("rule", 22, "Equally divided votes"),
    ("text", "If a vote is equally divided on matters other than elections, the proposal shall be regarded "
             "as rejected."),

    ("chapter", "VIII", "LANGUAGES AND RECORDS"),
    ("rule", 23, "Official and working languages"),
    ("text", "English, French and Spanish shall be the official and working languages of the Executive "
             "Committee."),
    ("rule", 24, "Summary records"),
    ("sub", 1, "Summary records of the meetings shall be drawn up by the Secretariat and circulated to the "
               "members of the Executive Committee and to the observers as soon as possible."),
    ("sub", 2, "Corrections shall be submitted to the Secretariat within ten working days of the "
               "circulation of the records."),
    ("rule", 25, "Report to the Council"),
    ("text", "The Executive Committee shall submit to the Council a report on each of its sessions, drawn "
             "up by the Rapporteur."),

    ("chapter", "IX", "AMENDMENT AND SUSPENSION"),
    ("rule", 26, "Amendment"),
    ("text", "These Rules may be amended by a decision of the Executive Committee taken by a majority of "
             "its members, provided that the proposed amendment has been circulated at least twenty-four "
             "hours before it is considered."),
    ("rule", 27, "Suspension"),
    ("text", "Any of these Rules may be suspended by a decision of the Executive Committee taken by a "
             "two-thirds majority of the members present and voting, provided that notice of the proposal "
             "for the suspension has been given at least twenty-four hours in advance."),
]

FOOTNOTES = {
    "1": "As amended by the Executive Committee by Resolution No. 101 (XCIV) of 11 June 1997. The former "
         "text of this Rule required the presence of two thirds of the members of the Executive Committee.",
}

CHAPTER_ROMAN = [e[1] for e in DOC if e[0] == "chapter"]


# ---------------------------------------------------------------- typesetter
class Layout:
    def __init__(self, c):
        self.c = c            # None = dry run
        self.page = 1
        self.chapter_pages = {}
        self.notes_on_page = []
        self.bottom = BOTTOM

    # furniture --------------------------------------------------
    def header(self):
        if not self.c:
            return
        c = self.c
        c.setFont(F, 10)
        c.drawRightString(W - RM, H - 50, SYMBOL)
        c.drawRightString(W - RM, H - 62, "Page %d" % self.page)

    def draw_footnotes(self):
        if not self.notes_on_page:
            return
        # compute height and draw from bottom up
        blocks = []
        for m in self.notes_on_page:
            lines = simpleSplit(FOOTNOTES[m], F, 9, TW - 14)
            blocks.append((m, lines))
        n = sum(len(b[1]) for b in blocks)
        y = BOTTOM + (n - 1) * 11
        if self.c:
            c = self.c
            c.setFont(F, 9)
            c.drawString(LM, y + 16, "_" * 20)
            for m, lines in blocks:
                c.setFont(F, 6.5)
                c.drawString(LM, y + 2.5, m)
                c.setFont(F, 9)
                for ln in lines:
                    c.drawString(LM + 14, y, ln)
                    y -= 11
        self.notes_on_page = []

    def note_height(self, m):
        lines = simpleSplit(FOOTNOTES[m], F, 9, TW - 14)
        return len(lines) * 11 + 22

    def new_page(self):
        self.draw_footnotes()
        if self.c:
            self.c.showPage()
        self.page += 1
        self.bottom = BOTTOM
        self.y = BODY_TOP
        self.header()

    def need(self, h):
        if self.y - h < self.bottom:
            self.new_page()

    # blocks -------------------------------------------------------
    def chapter(self, num, heading):
        self.need(LEAD * 5.5)
        self.y -= LEAD * 0.8
        self.chapter_pages[num] = self.page
        if self.c:
            self.c.setFont(FB, SIZE)
            self.c.drawCentredString(W / 2, self.y, "%s \u2013 %s" % (num, heading))
        self.y -= LEAD * 2

    def rule(self, num, caption):
        self.need(LEAD * 4)
        if self.c:
            self.c.setFont(FB, SIZE)
            self.c.drawCentredString(W / 2, self.y, "Rule %d" % num)
            self.c.setFont(FI, SIZE)
            self.c.drawCentredString(W / 2, self.y - LEAD, caption)
        self.y -= LEAD * 2.6

    def lines(self, label, label_x, text_x, text, note=None):
        lines = simpleSplit(text, F, SIZE, W - RM - text_x)
        if note:
            extra = self.note_height(note)
            if self.y - len(lines) * LEAD < self.bottom + extra:
                self.new_page()
            self.bottom += extra
            self.notes_on_page.append(note)
        for i, ln in enumerate(lines):
            if self.y < self.bottom:
                self.new_page()
            if self.c:
                self.c.setFont(F, SIZE)
                if i == 0 and label:
                    self.c.drawString(label_x, self.y, label)
                self.c.drawString(text_x, self.y, ln)
                if note and i == len(lines) - 1:
                    x = text_x + stringWidth(ln, F, SIZE)
                    self.c.setFont(F, 7)
                    self.c.drawString(x + 0.5, self.y + 4.5, note)
            self.y -= LEAD
        self.y -= LEAD * 0.6

    def run(self):
        self.y = None
        self.cover()
        self.y = BODY_TOP
        self.header()
        for e in DOC:
            k = e[0]
            if k == "chapter":
                self.chapter(e[1], e[2])
            elif k == "rule":
                self.rule(e[1], e[2])
            elif k == "text":
                self.lines(None, LM, LM, e[1], e[2] if len(e) > 2 else None)
            elif k == "sub":
                self.lines("(%d)" % e[1], LM, LM + 28, e[2])
            elif k == "item":
                self.lines("(%s)" % e[1], LM + 28, LM + 56, e[2])
        self.draw_footnotes()
        if self.c:
            self.c.showPage()

    # cover ---------------------------------------------------------
    def cover(self):
        # the cover is page 1; the rules start on page 2
        if not self.c:
            self.page = 2
            return
        c = self.c
        c.setFont(FB, 11)
        c.drawRightString(W - RM, H - 58, SYMBOL)
        c.setFont(F, 11)
        c.drawRightString(W - RM, H - 74, "Original: ENGLISH")
        c.drawRightString(W - RM, H - 88, "4 May 1999")
        c.setFont(FB, 11)
        c.drawCentredString(W / 2, H - 140, "NINETY-SIXTH SESSION")
        c.setFont(F, 11)
        c.drawCentredString(W / 2, H - 158, "_" * 40)
        c.setFont(FB, 13)
        c.drawCentredString(W / 2, H - 196, "RULES OF PROCEDURE")
        c.drawCentredString(W / 2, H - 213, "OF THE EXECUTIVE COMMITTEE")
        c.setFont(F, 11)
        c.drawCentredString(W / 2, H - 234, "(As amended up to 10 June 1998)")

        # contents
        y = H - 290
        c.setFont(FB, 11)
        c.drawCentredString(W / 2, y, "CONTENTS")
        c.setFont(F, 10)
        c.drawRightString(W - RM, y - 20, "Page")
        y -= 40
        for e in DOC:
            if e[0] != "chapter":
                continue
            title = "%s \u2013 %s" % (e[1], e[2])
            pg = str(CONTENTS_PAGES[e[1]])
            c.setFont(F, 11)
            c.drawString(LM + 20, y, title)
            x0 = LM + 20 + stringWidth(title, F, 11) + 6
            x1 = W - RM - stringWidth(pg, F, 11) - 6
            dot = stringWidth(". ", F, 11)
            n = int((x1 - x0) / dot)
            c.drawString(x1 - n * dot, y, ". " * n)
            c.drawRightString(W - RM, y, pg)
            y -= 18

        # cover note
        c.setFont(F, 11)
        c.drawString(LM, 150, "__________")
        note = ("This edition supersedes document MC/EX/588 of 12 October 1995 and incorporates the "
                "amendments adopted by the Executive Committee up to and including its Ninety-fifth "
                "Session.")
        yy = 132
        for ln in simpleSplit(note, F, 10, TW):
            c.setFont(F, 10)
            c.drawString(LM, yy, ln)
            yy -= 12.5

        # trilingual footer
        c.setFont(FB, 9)
        parts = ["EXECUTIVE COMMITTEE", "COMIT\u00c9 EX\u00c9CUTIF", "COMIT\u00c9 EJECUTIVO"]
        c.drawString(LM, 48, parts[0])
        c.drawCentredString(W / 2 + 10, 48, parts[1])
        c.drawRightString(W - RM, 48, parts[2])
        c.showPage()
        self.page = 2
        return None

def main():
    global CONTENTS_PAGES
    dry = Layout(None)
    dry.run()
    CONTENTS_PAGES = dry.chapter_pages
    c = canvas.Canvas(OUT, pagesize=A4)
    c.setTitle("Rules of Procedure of the Executive Committee")
    c.setAuthor("International Organization for Migration")
    Layout(c).run()
    c.save()
    print("pages:", dry.page, "chapters:", CONTENTS_PAGES)


if __name__ == "__main__":
    main()
