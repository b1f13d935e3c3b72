"""Lays out rules-of-procedure-1989.pdf: Rules of Procedure of the Council (1989).

Canvas API, A4, standard fonts only. A small flow engine wraps text, keeps
footnotes on the page whose text cites them, and draws the running header
(symbol + 'Page N') from page 2.
"""
import os
import re

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "rules-of-procedure-1989.pdf")

SYMBOL = "MC/1641"
W, H = A4
LM, RM = 72, 72
TOP, BOTTOM = 72, 64
TEXT_W = W - LM - RM

BODY = ("Times-Roman", 11.5)
BOLD = "Times-Bold"
ITAL = "Times-Italic"
LEAD = 15
FN_FONT = ("Times-Roman", 9)
FN_LEAD = 11
SUP_SIZE = 7
HANG = 36  # indent of sub-rule text after the hanging number

FOOTNOTES = {
    "*": "Adopted by the Council by Resolution No. 812 (LIX) of 29 November 1989, on the entry "
         "into force of the amendments to the Constitution. These Rules replace the Rules of "
         "Procedure reproduced in document MC/1493.",
    "1": "Where a Government has so authorized, credentials may also be signed by the head of "
         "its permanent mission in Geneva.",
    "2": "The titles of the officers are those used in the Constitution; the Council may decide "
         "to use other titles.",
    "3": "The same arrangement applies to the Executive Committee under Rule 14 of its own Rules "
         "of Procedure (MC/EX/385).",
}

# ---------------------------------------------------------------- content
DOC = [
    ("chapter", "I \u2013 SESSIONS"),
    ("rule", "Rule 1", "Regular sessions"),
    ("sub", "1.", "The Council shall hold one regular session each year, normally in the last quarter of "
                  "the year, on a date fixed by the Council at its previous session."),
    ("sub", "2.", "Unless the Council decides otherwise, its sessions shall be held at the Headquarters "
                  "of the Organization in Geneva."),
    ("rule", "Rule 2", "Special sessions"),
    ("para", "Special sessions of the Council shall be convened by the Director General at the request of:"),
    ("item", "(a)", "one third of the Members of the Organization;"),
    ("item", "(b)", "the Executive Committee; or"),
    ("item", "(c)", "the Chairman of the Council, in urgent circumstances, after consultation with the "
                    "Members."),
    ("rule", "Rule 3", "Notification of sessions"),
    ("sub", "1.", "The Director General shall notify the Members of the date and place of each regular "
                  "session at least forty-five days before its opening."),
    ("sub", "2.", "Notice of a special session shall be given at least fifteen days before its opening; "
                  "observers invited to the session shall be informed at the same time."),

    ("chapter", "II \u2013 AGENDA"),
    ("rule", "Rule 4", "Provisional agenda"),
    ("para", "The provisional agenda of each regular session shall be drawn up by the Director General "
             "in consultation with the Chairman of the Executive Committee, and shall include:"),
    ("item", "(a)", "items whose inclusion was decided by the Council at a previous session;"),
    ("item", "(b)", "the report of the Executive Committee;"),
    ("item", "(c)", "the programme and budget for the following year;"),
    ("item", "(d)", "items proposed by any Member; and"),
    ("item", "(e)", "items which the Director General considers necessary to submit."),
    ("rule", "Rule 5", "Supplementary items"),
    ("sub", "1.", "Any Member may, not later than twenty days before the opening of a regular session, "
                  "request the inclusion of supplementary items in the agenda."),
    ("sub", "2.", "Such requests shall be accompanied by an explanatory memorandum and shall be "
                  "communicated to the Members without delay."),
    ("rule", "Rule 6", "Adoption of the agenda"),
    ("para", "At the opening of each session, after the election of officers, the Council shall adopt "
             "its agenda on the basis of the provisional agenda and of any supplementary items."),

    ("chapter", "III \u2013 REPRESENTATION AND CREDENTIALS"),
    ("rule", "Rule 7", "Delegations"),
    ("sub", "1.", "Each Member shall be represented at sessions of the Council by one representative."),
    ("sub", "2.", "A representative may be accompanied by such alternates and advisers as the Member "
                  "considers necessary."),
    ("rule", "Rule 8", "Credentials"),
    ("sub", "1.", "The credentials of representatives and the names of alternates and advisers shall be "
                  "issued by the Head of State or Government or by the Minister for Foreign Affairs{1} and "
                  "shall be submitted to the Director General before the opening of the session."),
    ("sub", "2.", "The officers of the Council shall examine the credentials and report to the Council."),
    ("sub", "3.", "Pending a decision of the Council on their credentials, representatives shall be "
                  "entitled to take part in its proceedings provisionally."),

    ("chapter", "IV \u2013 OBSERVERS"),
    ("rule", "Rule 9", "Admission of observers"),
    ("sub", "1.", "The Council may invite non-member States to be represented by observers at its "
                  "sessions."),
    ("sub", "2.", "International organizations, governmental or non-governmental, concerned with "
                  "migration or refugees may likewise be invited to send observers."),
    ("sub", "3.", "Observers may take part in the deliberations without the right to vote."),

    ("chapter", "V \u2013 OFFICERS"),
    ("rule", "Rule 10", "Election"),
    ("para", "At the beginning of each regular session the Council shall elect a Chairman, a First "
             "Vice-Chairman, a Second Vice-Chairman and a Rapporteur,{2} who shall hold office until "
             "their successors are elected. They shall be eligible for re-election."),
    ("rule", "Rule 11", "Acting Chairman"),
    ("sub", "1.", "If the Chairman is absent from a meeting or any part thereof, one of the "
                  "Vice-Chairmen, in order of precedence, shall preside."),
    ("sub", "2.", "A Vice-Chairman acting as Chairman shall have the same powers and duties as the "
                  "Chairman."),

    ("chapter", "VI \u2013 CONDUCT OF BUSINESS"),
    ("rule", "Rule 12", "Quorum"),
    ("para", "A majority of the Members of the Organization shall constitute a quorum."),
    ("rule", "Rule 13", "Powers of the Chairman"),
    ("sub", "1.", "The Chairman shall open and close each meeting, direct the discussions, ensure "
                  "observance of these Rules, accord the right to speak, put questions to the vote and "
                  "announce decisions."),
    ("sub", "2.", "The Chairman, in the exercise of these functions, remains under the authority of the "
                  "Council."),
    ("rule", "Rule 14", "Points of order"),
    ("para", "During the discussion of any matter, a representative may raise a point of order, which "
             "shall be decided immediately by the Chairman. An appeal against the ruling shall be put "
             "to the vote at once."),

    ("chapter", "VII \u2013 VOTING"),
    ("rule", "Rule 15", "Voting rights"),
    ("sub", "1.", "Each Member shall have one vote."),
    ("sub", "2.", "A Member which is in arrears in the payment of its financial contributions to the "
                  "Organization shall have no vote if the amount of its arrears equals or exceeds the "
                  "contributions due from it for the preceding two years.{3} The Council may "
                  "nevertheless permit such a Member to vote if it is satisfied that the failure to pay is "
                  "due to conditions beyond the control of the Member."),
    ("rule", "Rule 16", "Majorities"),
    ("sub", "1.", "Except as otherwise provided in the Constitution or in these Rules, decisions of the "
                  "Council shall be taken by a majority of the Members present and voting."),
    ("sub", "2.", "For the purpose of these Rules, the phrase \u201cMembers present and voting\u201d means "
                  "Members casting an affirmative or negative vote. Members which abstain from voting are "
                  "considered as not voting."),
    ("rule", "Rule 17", "Method of voting"),
    ("para", "The Council shall normally vote by show of hands, except that:"),
    ("item", "(a)", "any Member may request a roll-call, which shall be taken in the English alphabetical "
                    "order of the names of the Members; and"),
    ("item", "(b)", "all elections shall be held by secret ballot."),

    ("chapter", "VIII \u2013 LANGUAGES AND RECORDS"),
    ("rule", "Rule 18", "Official and working languages"),
    ("sub", "1.", "English, French and Spanish shall be the official and working languages of the "
                  "Council."),
    ("sub", "2.", "Speeches made in any of these languages shall be interpreted into the other two."),
    ("rule", "Rule 19", "Summary records"),
    ("sub", "1.", "Summary records of the meetings of the Council shall be drawn up by the Secretariat "
                  "and circulated in provisional form to the representatives."),
    ("sub", "2.", "Corrections shall be submitted within ten days of circulation, after which the records "
                  "shall be issued in final form."),

    ("chapter", "IX \u2013 AMENDMENT"),
    ("rule", "Rule 20", "Amendment of the Rules"),
    ("para", "These Rules may be amended by a decision of the Council taken by a two-thirds majority of "
             "the Members present and voting, provided that the proposed amendment has been circulated "
             "to the Members at least twenty-four hours beforehand."),
]

# ---------------------------------------------------------------- engine
TOKEN = re.compile(r"\{([0-9*]+)\}")


def word_width(word, font, size):
    """Width of a word that may carry {n} superscript markers."""
    w = 0
    pos = 0
    for m in TOKEN.finditer(word):
        w += stringWidth(word[pos:m.start()], font, size)
        w += stringWidth(m.group(1), font, SUP_SIZE)
        pos = m.end()
    return w + stringWidth(word[pos:], font, size)


def wrap(text, width, font, size):
    words = text.split()
    lines, cur = [], []
    for wd in words:
        trial = cur + [wd]
        tw = sum(word_width(x, font, size) for x in trial) + stringWidth(" ", font, size) * (len(trial) - 1)
        if tw > width and cur:
            lines.append(" ".join(cur))
            cur = [wd]
        else:
            cur = trial
    if cur:
        lines.append(" ".join(cur))
    return lines


def draw_rich(c, x, y, text, font, size):
    pos = 0
    for m in TOKEN.finditer(text):
        seg = text[pos:m.start()]
        c.setFont(font, size)
        c.drawString(x, y, seg)
        x += stringWidth(seg, font, size)
        c.setFont(font, SUP_SIZE)
        c.drawString(x, y + 4, m.group(1))
        x += stringWidth(m.group(1), font, SUP_SIZE)
        pos = m.end()
    seg = text[pos:]
    c.setFont(font, size)
    c.drawString(x, y, seg)


class Flow:
    def __init__(self, c):
        self.c = c
        self.page = 1
        self.y = None
        self.notes = []  # footnote markers on the current page

    def fn_height(self, markers):
        h = 0
        for mk in markers:
            h += len(wrap(FOOTNOTES[mk], TEXT_W - 14, *FN_FONT)) * FN_LEAD + 3
        return h + 14 if markers else 0

    def room(self, extra_markers=()):
        return self.y - BOTTOM - self.fn_height(self.notes + list(extra_markers))

    def header(self):
        c = self.c
        c.setFont("Times-Roman", 11)
        c.drawRightString(W - RM, H - 42, SYMBOL)
        c.drawRightString(W - RM, H - 56, "Page %d" % self.page)
        self.y = H - TOP - 20

    def finish_page(self, new=True):
        c = self.c
        if self.notes:
            heights = self.fn_height(self.notes)
            y = BOTTOM + heights - 6
            c.setLineWidth(0.5)
            c.line(LM, y, LM + 110, y)
            y -= 14
            for mk in self.notes:
                lines = wrap(FOOTNOTES[mk], TEXT_W - 14, *FN_FONT)
                c.setFont(FN_FONT[0], 6.5)
                c.drawString(LM, y + 3, mk)
                for ln in lines:
                    c.setFont(*FN_FONT)
                    c.drawString(LM + 14, y, ln)
                    y -= FN_LEAD
                y -= 3
        self.c.showPage()
        if not new:
            return
        self.page += 1
        self.notes = []
        self.header()

    def need(self, h, markers=()):
        if self.room(markers) < h:
            self.finish_page()

    def lines(self, x, width, text, font=BODY[0], size=BODY[1], label=None, label_x=None,
              align="left", lead=LEAD):
        for i, ln in enumerate(wrap(text, width, font, size)):
            mks = [m for m in TOKEN.findall(ln) if m not in self.notes]
            self.need(lead, mks)
            self.notes.extend(mks)
            self.y -= lead
            if i == 0 and label:
                self.c.setFont(font, size)
                self.c.drawString(label_x, self.y, label)
            if align == "center":
                self.c.setFont(font, size)
                self.c.drawCentredString(W / 2, self.y, ln)
            else:
                draw_rich(self.c, x, self.y, ln, font, size)


def build():
    c = canvas.Canvas(OUT, pagesize=A4, invariant=1)
    c.setTitle("Rules of Procedure of the Council")
    c.setAuthor("International Organization for Migration")
    fl = Flow(c)

    # ---- cover block
    c.setFont("Times-Roman", 11)
    c.drawRightString(W - RM, H - 60, SYMBOL)
    c.drawRightString(W - RM, H - 80, "Original: English")
    c.drawRightString(W - RM, H - 94, "1 December 1989")
    c.setFont("Times-Bold", 11)
    c.drawString(LM, H - 130, "COUNCIL")
    c.drawString(LM, H - 144, "FIFTY-NINTH SESSION")
    c.setLineWidth(1)
    c.line(LM, H - 156, W - RM, H - 156)
    c.setFont("Times-Bold", 14)
    title = "RULES OF PROCEDURE OF THE COUNCIL"
    c.drawCentredString(W / 2, H - 196, title)
    tw = stringWidth(title, "Times-Bold", 14)
    c.setFont("Times-Bold", 9)
    c.drawString(W / 2 + tw / 2 + 1, H - 191, "*")
    fl.notes.append("*")
    c.setLineWidth(0.5)
    c.line(W / 2 - 60, H - 212, W / 2 + 60, H - 212)
    fl.y = H - 222

    prev = None
    for blk in DOC:
        kind = blk[0]
        if kind == "chapter":
            fl.need(LEAD * 6)
            fl.y -= 14
            fl.lines(LM, TEXT_W, blk[1], font=BOLD, size=12, align="center")
            fl.y -= 4
        elif kind == "rule":
            fl.need(LEAD * 5)
            fl.y -= 9
            fl.lines(LM, TEXT_W, blk[1], font=BOLD, size=11.5, align="center")
            fl.lines(LM, TEXT_W, blk[2], font=ITAL, size=11.5, align="center")
            fl.y -= 3
        elif kind == "sub":
            fl.y -= 5
            fl.lines(LM + HANG, TEXT_W - HANG, blk[2], label=blk[1], label_x=LM)
        elif kind == "para":
            fl.y -= 5
            fl.lines(LM, TEXT_W, blk[1])
        elif kind == "item":
            fl.y -= 3
            fl.lines(LM + HANG + 30, TEXT_W - HANG - 30, blk[2], label=blk[1], label_x=LM + HANG)
        prev = kind
    fl.finish_page(new=False)
    c.save()


if __name__ == "__main__":
    build()
