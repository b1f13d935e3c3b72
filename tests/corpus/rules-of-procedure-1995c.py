#!/usr/bin/env python3
"""Draw rules-of-procedure-1995c.pdf: Rules of Procedure of the IOM Executive Committee (1995 text).

Manual canvas layout with reportlab: cover page with trilingual footer, running header
(symbol / Page N) on every page after the cover, footnotes at the foot of the page on
which their raised marker falls.
"""
import os
import re

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "rules-of-procedure-1995c.pdf")

SYMBOL = "MC/EX/579"
PAGE_W, PAGE_H = A4
LEFT = 72
RIGHT = PAGE_W - 72
WIDTH = RIGHT - LEFT
TOP = PAGE_H - 96          # first baseline of body text on pages with a header
BOTTOM = 58                # lowest baseline allowed for footnotes

FONT = "Times-Roman"
BOLD = "Times-Bold"
ITAL = "Times-Italic"
SIZE = 11
LEAD = 13.2
FN_SIZE = 9.5
FN_LEAD = 11.5
SUP_SIZE = 7

# ---------------------------------------------------------------------------------------------
# Content
# ---------------------------------------------------------------------------------------------

FOOTNOTES = {
    "1": "Text as amended by the Executive Committee at its Eighty-eighth Session. The former "
         "text of this Rule required the presence of two thirds of the members (see document "
         "MC/EX/574, paragraphs 14 to 17).",
    "2": "In accordance with Article 4 of the Constitution. The Council, by Resolution "
         "No. 909 (LXX) of 24 November 1994, invited the Executive Committee to apply the same "
         "provision to the members of the Committee.",
}

# Blocks: ("chapter", label, caption) / ("rule", n, heading) / ("para", num, text)
#         ("text", text) / ("item", label, text)
BODY = [
    ("chapter", "I", "SESSIONS"),
    ("rule", 1, "Regular sessions"),
    ("text", "The Executive Committee shall meet in regular session at least once a year, "
             "normally in the spring, at the Headquarters of the Organization in Geneva, unless "
             "the Committee has decided at a previous session to meet elsewhere."),
    ("rule", 2, "Special sessions"),
    ("para", "1", "A special session of the Executive Committee shall be convened by the Chairman "
                  "within thirty days of a request addressed to the Director General by one third "
                  "of its members, or at the request of the Council."),
    ("para", "2", "Where circumstances so require, the Chairman may, after consulting the Director "
                  "General and the other officers of the Committee, convene a special session on "
                  "his own initiative."),
    ("rule", 3, "Notification of sessions"),
    ("para", "1", "The Director General shall notify the members of the Executive Committee of the "
                  "date and place of each regular session not less than forty-five days before its "
                  "opening."),
    ("para", "2", "Notice of a special session shall be given at least fifteen days before its "
                  "opening and shall be accompanied by the provisional agenda and by any documents "
                  "then available."),

    ("chapter", "II", "AGENDA"),
    ("rule", 4, "Provisional agenda"),
    ("text", "The provisional agenda of each regular session shall be drawn up by the Director "
             "General in consultation with the Chairman and shall include:"),
    ("item", "(a)", "the adoption of the agenda;"),
    ("item", "(b)", "the election of officers, where required;"),
    ("item", "(c)", "the report of the Director General on the work of the Organization for the "
                    "preceding year;"),
    ("item", "(d)", "the financial report for the preceding financial year, together with the "
                    "report of the External Auditors thereon;"),
    ("item", "(e)", "the programme and budget for the following financial year, or any revision "
                    "of the current programme and budget;"),
    ("item", "(f)", "items proposed by the Council or by any member of the Executive Committee; "
                    "and"),
    ("item", "(g)", "any other item which the Director General considers it necessary to submit."),
    ("rule", 5, "Supplementary items"),
    ("para", "1", "Any member of the Executive Committee, or the Director General, may request the "
                  "inclusion of supplementary items in the provisional agenda not later than "
                  "twenty-one days before the opening of a regular session."),
    ("para", "2", "A request under paragraph 1 of this Rule shall be accompanied by an explanatory "
                  "memorandum and, where possible, by the basic documents."),
    ("para", "3", "Supplementary items shall be communicated to the members without delay and placed "
                  "on a supplementary list, which the Committee shall examine together with the "
                  "provisional agenda."),
    ("rule", 6, "Adoption of the agenda"),
    ("text", "At the beginning of each session the Executive Committee shall adopt its agenda on "
             "the basis of the provisional agenda and of any supplementary list. During a session "
             "the Committee may, by a two-thirds majority of the members present and voting, add, "
             "delete, defer or amend items."),

    ("chapter", "III", "REPRESENTATION AND CREDENTIALS"),
    ("rule", 7, "Composition of delegations"),
    ("para", "1", "Each member of the Executive Committee shall be represented by one representative, "
                  "who may be accompanied by such alternates and advisers as the member considers "
                  "necessary."),
    ("para", "2", "An alternate or an adviser may act as representative upon designation by the head "
                  "of the delegation."),
    ("rule", 8, "Credentials"),
    ("para", "1", "The credentials of representatives and the names of alternates and advisers shall "
                  "be submitted to the Director General, if possible not less than one week before "
                  "the opening of the session."),
    ("para", "2", "Credentials shall be issued by the Head of State or Government, by the Minister "
                  "for Foreign Affairs or by a person authorized by either of them, or by the "
                  "Permanent Mission of the member concerned in Geneva."),
    ("para", "3", "The officers of the Executive Committee shall examine the credentials and report "
                  "to the Committee without delay."),
    ("rule", 9, "Observers"),
    ("text", "Member States of the Organization which are not members of the Executive Committee, "
             "as well as the States and international organizations admitted as observers to the "
             "Council, may be represented by observers at the public meetings of the Committee "
             "and, with the consent of the Chairman, may take part in its discussions without the "
             "right to vote."),

    ("chapter", "IV", "OFFICERS"),
    ("rule", 10, "Election of officers"),
    ("para", "1", "At its first meeting each year the Executive Committee shall elect, from among "
                  "the representatives of its members, a Chairman, a First Vice-Chairman, a Second "
                  "Vice-Chairman and a Rapporteur."),
    ("para", "2", "The officers shall hold office until their successors are elected and shall be "
                  "eligible for re-election; no officer may, however, serve more than two "
                  "consecutive terms in the same office."),
    ("rule", 11, "Acting Chairman"),
    ("text", "If the Chairman is absent from a meeting or any part thereof, or is unable to "
             "perform his functions, one of the Vice-Chairmen, taken in the order of their "
             "election, shall preside and shall have the same powers and duties as the Chairman."),
    ("rule", 12, "Powers of the Chairman"),
    ("para", "1", "The Chairman shall declare the opening and closing of each meeting, direct the "
                  "discussions, ensure observance of these Rules, accord the right to speak, put "
                  "questions to the vote and announce decisions."),
    ("para", "2", "In the exercise of his functions the Chairman remains under the authority of the "
                  "Executive Committee."),
    ("rule", 13, "Right of the Chairman to vote"),
    ("text", "The Chairman, or a Vice-Chairman acting as Chairman, shall not vote, but may "
             "appoint another member of his delegation to vote in his place."),

    ("chapter", "V", "SECRETARIAT"),
    ("rule", 14, "Duties of the Director General"),
    ("para", "1", "The Director General, or a member of the staff designated by him, shall act in "
                  "that capacity at all meetings of the Executive Committee."),
    ("para", "2", "The Director General may at any time make oral or written statements to the "
                  "Committee concerning any question under consideration."),
    ("rule", 15, "Duties of the Secretariat"),
    ("text", "The Secretariat shall receive, translate and circulate the documents, reports and "
             "decisions of the Executive Committee; interpret speeches made at meetings; prepare "
             "and circulate the records of the session; keep the documents in the archives of the "
             "Organization; and generally perform all other work which the Committee may require."),
    ("rule", 16, "Records"),
    ("para", "1", "Summary records of the meetings of the Executive Committee shall be drawn up by "
                  "the Secretariat in English, French and Spanish, the official languages of the "
                  "Organization."),
    ("para", "2", "The provisional summary records shall be circulated as soon as possible to the "
                  "members and observers, who may submit corrections within ten working days of "
                  "their circulation."),
    ("para", "3", "The Chairman shall decide on any request for correction; in case of disagreement "
                  "the request shall be referred to the Committee."),
    ("para", "4", "After each session the Rapporteur shall prepare, with the assistance of the "
                  "Secretariat, a report on the session for transmission to the Council."),

    ("chapter", "VI", "CONDUCT OF BUSINESS"),
    ("rule", 17, "Public and private meetings"),
    ("para", "1", "The meetings of the Executive Committee shall be held in public unless the "
                  "Committee decides that exceptional circumstances require a meeting to be held "
                  "in private."),
    ("para", "2", "At the close of a private meeting the Chairman may issue a communiqu\u00e9 "
                  "through the Director General."),
    ("rule", 18, "Quorum"),
    ("text", "A majority of the members of the Executive Committee shall constitute a quorum for "
             "any meeting at which decisions are to be taken.{1}"),
    ("rule", 19, "Speeches"),
    ("para", "1", "No representative may address the Executive Committee without having previously "
                  "obtained the permission of the Chairman."),
    ("para", "2", "The Chairman shall call upon speakers in the order in which they have signified "
                  "their desire to speak, and may call a speaker to order if his remarks are not "
                  "relevant to the subject under discussion."),
    ("para", "3", "The Committee may limit the time allowed to each speaker and the number of times "
                  "each representative may speak on any question."),
    ("rule", 20, "Points of order"),
    ("text", "During the discussion of any matter a representative may rise to a point of order, "
             "which shall be decided immediately by the Chairman. A representative may appeal "
             "against the ruling of the Chairman; the appeal shall be put to the vote at once, and "
             "the ruling shall stand unless overruled by a majority of the members present and "
             "voting."),
    ("rule", 21, "Closure of debate"),
    ("text", "A representative may at any time move the closure of the debate on the question "
             "under discussion. Permission to speak on the motion shall be accorded only to two "
             "representatives opposing the closure, after which the motion shall be put to the "
             "vote immediately."),

    ("chapter", "VII", "VOTING"),
    ("rule", 22, "Voting rights"),
    ("para", "1", "Each member of the Executive Committee shall have one vote."),
    ("para", "2", "A member which is in arrears in the payment of its financial contributions to "
                  "the Organization shall have no vote in the Committee if the amount of its "
                  "arrears equals or exceeds the contributions due from it for the preceding two "
                  "full years.{2}"),
    ("rule", 23, "Majority required"),
    ("text", "Decisions of the Executive Committee shall be taken by a simple majority of the "
             "members present and voting. For the purposes of these Rules, the phrase "
             "\u201cmembers present and voting\u201d means members casting an affirmative or "
             "negative vote; members which abstain from voting shall be considered as not voting."),
    ("rule", 24, "Method of voting"),
    ("para", "1", "The Executive Committee shall normally vote by show of hands, but any "
                  "representative may request a roll-call, which shall then be taken in the English "
                  "alphabetical order of the names of the members, beginning with the member whose "
                  "name is drawn by lot by the Chairman."),
    ("para", "2", "The vote of each member participating in a roll-call shall be inserted in the "
                  "summary record of the meeting."),
    ("rule", 25, "Elections"),
    ("text", "All elections shall be held by secret ballot unless the Committee decides otherwise "
             "in the case of an uncontested election. When only one person is to be elected and no "
             "candidate obtains the required majority in the first ballot, a second ballot shall "
             "be restricted to the two candidates having obtained the largest number of votes."),

    ("chapter", "VIII", "AMENDMENT AND SUSPENSION OF THE RULES"),
    ("rule", 26, "Amendments"),
    ("text", "These Rules may be amended by a decision of the Executive Committee taken by a "
             "two-thirds majority of the members present and voting, provided that the proposed "
             "amendment has been circulated to all members at least twenty-four hours before it "
             "is considered."),
    ("rule", 27, "Suspension"),
    ("text", "Any of these Rules may be suspended by the Executive Committee, provided that "
             "twenty-four hours\u2019 notice of the proposal for suspension has been given; the "
             "notice may be waived if no member objects."),
]

# ---------------------------------------------------------------------------------------------
# Text helpers
# ---------------------------------------------------------------------------------------------

MARK = re.compile(r"\{(\d+)\}")


def word_width(word, font, size):
    """Width of a word that may carry a raised footnote marker {n}."""
    w = 0.0
    pos = 0
    for m in MARK.finditer(word):
        w += stringWidth(word[pos:m.start()], font, size)
        w += stringWidth(m.group(1), font, SUP_SIZE)
        pos = m.end()
    w += stringWidth(word[pos:], font, size)
    return w


def wrap(text, font, size, first_width, other_width):
    words = text.split()
    lines, cur, cur_w = [], [], 0.0
    space = stringWidth(" ", font, size)
    limit = first_width
    for wd in words:
        ww = word_width(wd, font, size)
        add = ww if not cur else space + ww
        if cur and cur_w + add > limit:
            lines.append(" ".join(cur))
            cur, cur_w = [wd], ww
            limit = other_width
        else:
            cur.append(wd)
            cur_w += add
    if cur:
        lines.append(" ".join(cur))
    return lines


def draw_rich(c, x, y, text, font, size):
    """Draw a line whose words may carry {n} markers (raised, smaller)."""
    pos = 0
    for m in MARK.finditer(text):
        seg = text[pos:m.start()]
        c.setFont(font, size)
        c.drawString(x, y, seg)
        x += stringWidth(seg, font, size)
        c.setFont(font, SUP_SIZE)
        c.drawString(x, y + size * 0.38, m.group(1))
        x += stringWidth(m.group(1), font, SUP_SIZE)
        pos = m.end()
    seg = text[pos:]
    c.setFont(font, size)
    c.drawString(x, y, seg)


# ---------------------------------------------------------------------------------------------
# Turn blocks into positioned line groups
# ---------------------------------------------------------------------------------------------

class Line:
    def __init__(self, kind, text, x, font=FONT, size=SIZE, center=False, label=None,
                 label_x=None, gap_before=0.0):
        self.kind = kind
        self.text = text
        self.x = x
        self.font = font
        self.size = size
        self.center = center
        self.label = label
        self.label_x = label_x
        self.gap_before = gap_before
        self.notes = MARK.findall(text)


def block_lines(block):
    kind = block[0]
    if kind == "chapter":
        txt = "%s \u2013 %s" % (block[1], block[2])
        return [Line("chapter", txt, None, font=BOLD, center=True, gap_before=LEAD * 1.1)]
    if kind == "rule":
        return [Line("rulelabel", "Rule %d" % block[1], None, font=BOLD, center=True,
                     gap_before=LEAD * 0.7),
                Line("rulehead", block[2], None, font=ITAL, center=True)]
    if kind == "para":
        ind = 36
        parts = wrap(block[2], FONT, SIZE, WIDTH - ind, WIDTH)
        out = []
        for i, p in enumerate(parts):
            if i == 0:
                out.append(Line("para", p, LEFT + ind, label=block[1] + ".", label_x=LEFT,
                                gap_before=LEAD * 0.5))
            else:
                out.append(Line("para", p, LEFT))
        return out
    if kind == "text":
        parts = wrap(block[1], FONT, SIZE, WIDTH, WIDTH)
        return [Line("text", p, LEFT, gap_before=(LEAD * 0.5 if i == 0 else 0))
                for i, p in enumerate(parts)]
    if kind == "item":
        ind = 72
        parts = wrap(block[2], FONT, SIZE, WIDTH - ind, WIDTH - ind)
        return [Line("item", p, LEFT + ind, label=(block[1] if i == 0 else None),
                     label_x=LEFT + 36, gap_before=(LEAD * 0.35 if i == 0 else 0))
                for i, p in enumerate(parts)]
    raise ValueError(kind)


def footnote_lines(num):
    text = FOOTNOTES[num]
    return wrap(text, FONT, FN_SIZE, WIDTH - 14, WIDTH - 14)


def footnote_height(nums):
    if not nums:
        return 0.0
    h = FN_LEAD * 1.6  # rule line and gap
    for n in nums:
        h += FN_LEAD * len(footnote_lines(n)) + 3
    return h


# ---------------------------------------------------------------------------------------------
# Drawing
# ---------------------------------------------------------------------------------------------

def draw_header(c, page_no):
    c.setFont(FONT, SIZE)
    c.drawRightString(RIGHT, PAGE_H - 50, SYMBOL)
    c.drawRightString(RIGHT, PAGE_H - 50 - LEAD, "Page %d" % page_no)


def draw_footnotes(c, nums):
    if not nums:
        return
    h = footnote_height(nums)
    y = BOTTOM + h - FN_LEAD
    c.setFont(FONT, FN_SIZE)
    c.drawString(LEFT, y, "__________")
    y -= FN_LEAD * 1.6 - 2
    for n in nums:
        lines = footnote_lines(n)
        c.setFont(FONT, SUP_SIZE)
        c.drawString(LEFT, y + FN_SIZE * 0.38, n)
        for ln in lines:
            c.setFont(FONT, FN_SIZE)
            c.drawString(LEFT + 14, y, ln)
            y -= FN_LEAD
        y -= 3


def draw_cover(c):
    # header block, 1995 style: symbol, Original, date at top right
    c.setFont(FONT, 12)
    c.drawRightString(RIGHT, PAGE_H - 72, SYMBOL)
    c.drawRightString(RIGHT, PAGE_H - 72 - 15, "Original: English")
    c.drawRightString(RIGHT, PAGE_H - 72 - 30, "12 October 1995")

    c.setFont(BOLD, 12)
    c.drawCentredString(PAGE_W / 2, PAGE_H - 200, "EIGHTY-NINTH SESSION")
    c.setFont(FONT, 12)
    rule = "_" * 36
    c.drawCentredString(PAGE_W / 2, PAGE_H - 216, rule)

    c.setFont(BOLD, 15)
    c.drawCentredString(PAGE_W / 2, PAGE_H - 320, "RULES OF PROCEDURE OF THE")
    c.drawCentredString(PAGE_W / 2, PAGE_H - 340, "EXECUTIVE COMMITTEE")
    c.setFont(FONT, 12)
    c.drawCentredString(PAGE_W / 2, PAGE_H - 366, "(As amended up to and including 5 May 1995)")

    # cover note
    y = 230
    c.setFont(FONT, 11)
    c.drawString(LEFT, y, "__________")
    note = ("This text supersedes the Rules of Procedure reproduced in document MC/EX/548 of "
            "2 March 1993 and incorporates the amendments adopted by the Executive Committee at "
            "its Eighty-eighth Session.")
    y -= 18
    for ln in wrap(note, FONT, 11, WIDTH, WIDTH):
        c.drawString(LEFT, y, ln)
        y -= 13.5

    # trilingual footer
    c.setLineWidth(0.8)
    c.line(LEFT, 96, RIGHT, 96)
    c.setFont(BOLD, 10.5)
    c.drawString(LEFT, 80, "EXECUTIVE COMMITTEE")
    c.drawCentredString(PAGE_W / 2 + 8, 80, "COMIT\u00c9 EX\u00c9CUTIF")
    c.drawRightString(RIGHT, 80, "COMIT\u00c9 EJECUTIVO")


def build():
    c = canvas.Canvas(OUT, pagesize=A4)
    c.setTitle("Rules of Procedure of the Executive Committee")
    c.setAuthor("International Organization for Migration")

    draw_cover(c)
    c.showPage()

    # group lines so that headings stay with what follows
    groups = []  # list of lists of Line
    pending = []
    for blk in BODY:
        lines = block_lines(blk)
        if blk[0] in ("chapter", "rule"):
            pending.extend(lines)
            continue
        # first two lines of the text block are kept with pending headings
        head = pending + lines[:2]
        pending = []
        groups.append(head)
        for ln in lines[2:]:
            groups.append([ln])

    page = 1
    draw_header(c, page)
    y = TOP
    # repeated running title on the first text page
    c.setFont(BOLD, SIZE + 0.5)
    c.drawCentredString(PAGE_W / 2, y, "RULES OF PROCEDURE OF THE EXECUTIVE COMMITTEE")
    y -= LEAD * 1.5
    page_notes = []
    first_on_page = True

    for grp in groups:
        need = 0.0
        grp_notes = []
        for i, ln in enumerate(grp):
            gap = 0 if (first_on_page and i == 0) else ln.gap_before
            need += gap + LEAD
            grp_notes.extend(ln.notes)
        floor = BOTTOM + footnote_height(page_notes + grp_notes) + 6
        if y - need + LEAD < floor:
            draw_footnotes(c, page_notes)
            c.showPage()
            page += 1
            draw_header(c, page)
            y = TOP
            page_notes = []
            first_on_page = True
        for i, ln in enumerate(grp):
            if not (first_on_page and i == 0):
                y -= ln.gap_before
            if ln.center:
                c.setFont(ln.font, ln.size)
                c.drawCentredString(PAGE_W / 2, y, ln.text)
            else:
                if ln.label:
                    c.setFont(FONT, SIZE)
                    c.drawString(ln.label_x, y, ln.label)
                draw_rich(c, ln.x, y, ln.text, ln.font, ln.size)
            page_notes.extend(ln.notes)
            y -= LEAD
            first_on_page = False
    draw_footnotes(c, page_notes)
    c.showPage()
    c.save()
    print("pages:", page + 1)


if __name__ == "__main__":
    build()
