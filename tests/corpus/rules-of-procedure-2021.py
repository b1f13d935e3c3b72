# Lays out an invented IOM document: the consolidated Rules of Procedure of the
# Standing Committee on Programmes and Finance (S/30/3, 8 December 2021).
import os
import re
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "rules-of-procedure-2021.pdf")

SYMBOL = "S/30/3"
PAGE_W, PAGE_H = A4
LM = 72.0
RM = PAGE_W - 72.0
WIDTH = RM - LM
TOP_BODY = PAGE_H - 100.0
BOTTOM = 62.0

BODY_FONT = "Helvetica"
BODY_ITAL = "Helvetica-Oblique"
BODY_BOLD = "Helvetica-Bold"
BODY_SIZE = 10.5
LEAD = 13.6
FN_SIZE = 8.5
FN_LEAD = 10.4
SUP_SIZE = 6.5

# ---------------------------------------------------------------------------
# Content
# ---------------------------------------------------------------------------
# Markup: [^n] footnote marker glued to the preceding word; _word_ italic words.

FOOTNOTES = {
    1: "The terms of reference were first approved by the Council in Resolution No. 1265 of "
       "27 November 2013 and are reproduced in document S/17/11.",
    2: "Notifications are sent by electronic mail to the permanent missions in Geneva or, for Member "
       "States without a permanent mission in Geneva, to the Ministry of Foreign Affairs through the "
       "nearest IOM office.",
    3: "Rule 9 bis was added by Resolution No. 1399 of 25 November 2021. To avoid renumbering, the "
       "numbers of the other Rules have been retained.",
    4: "In accordance with the Constitution, a Member State in arrears may lose its right to vote; the "
       "procedure for restoring it is set out in Resolution No. 1371 of 27 November 2018.",
    5: "At its Twenty-eighth Session, the Standing Committee agreed to continue, on a trial basis and "
       "subject to extrabudgetary funding, the interpretation of its plenary meetings into Arabic "
       "(S/28/14, paragraph 52).",
    6: "The Rules of Procedure of the Council, as last amended, are contained in document C/112/11.",
}

DOC = [
    ("chapter", "I \u2013 MEMBERSHIP AND FUNCTIONS"),
    ("rule", "Rule 1", "Composition"),
    ("para", "1.", "The Standing Committee on Programmes and Finance (hereinafter referred to as "
                   "\u201cthe Standing Committee\u201d) shall be open to all Member States of the Organization."),
    ("para", "2.", "Each Member State shall notify the Director General of the names of the members of "
                   "its delegation in accordance with Rule 10."),
    ("rule", "Rule 2", "Functions"),
    ("text", "The Standing Committee shall, in accordance with the terms of reference approved by the "
             "Council,[^1] examine and review the following matters and report to the Council on them:"),
    ("item", 1, "(a)", "the policies, programmes and activities of the Organization, including the "
                       "implementation of the Strategic Vision;"),
    ("item", 1, "(b)", "the Programme and Budget, its revisions and summary updates;"),
    ("item", 1, "(c)", "financial, administrative and management questions, in particular:"),
    ("item", 2, "(i)", "the financial report and the report of the External Auditor;"),
    ("item", 2, "(ii)", "the reports of the Audit and Oversight Advisory Committee and of the Office "
                        "of the Inspector General; and"),
    ("item", 2, "(iii)", "the status of assessed contributions and of arrears;"),
    ("item", 1, "(d)", "human resources policies and the conditions of service of staff; and"),
    ("item", 1, "(e)", "any other matter referred to it by the Council or placed before it by the "
                       "Director General."),

    ("chapter", "II \u2013 SESSIONS"),
    ("rule", "Rule 3", "Regular sessions"),
    ("para", "1.", "The Standing Committee shall normally hold two regular sessions each year, the first "
                   "in the second quarter and the second in the fourth quarter, before the regular "
                   "session of the Council."),
    ("para", "2.", "The dates of each regular session shall be fixed by the Standing Committee at its "
                   "preceding session, on the proposal of the Director General. The Bureau may, after "
                   "consulting the Member States, change the dates if circumstances so require."),
    ("para", "3.", "Sessions shall as a rule be held in person. In exceptional circumstances, the Bureau "
                   "may decide that a session shall be held in a virtual or hybrid format, in which case "
                   "participation by videoconference shall be regarded as presence at the meeting for "
                   "all purposes of these Rules."),
    ("rule", "Rule 4", "Special sessions"),
    ("para", "1.", "The Standing Committee shall hold a special session at the request of the Council, "
                   "of one third of the Member States or of the Director General with the concurrence "
                   "of the Chairperson."),
    ("para", "2.", "A special session shall be convened not later than 21 days after the receipt of such "
                   "a request. The request shall indicate the items proposed for consideration."),
    ("rule", "Rule 5", "Place of sessions"),
    ("text", "Sessions shall be held at the Headquarters of the Organization in Geneva unless the "
             "Standing Committee decides otherwise, taking into account any additional costs involved."),
    ("rule", "Rule 6", "Notification of sessions"),
    ("para", "1.", "The Director General shall notify the Member States of the date and place of each "
                   "regular session at least 42 days in advance, and of each special session at least "
                   "14 days in advance.[^2]"),
    ("para", "2.", "The notification shall be accompanied by the provisional agenda and, as far as "
                   "possible, by the basic documents relating to each item."),

    ("chapter", "III \u2013 AGENDA AND DOCUMENTATION"),
    ("rule", "Rule 7", "Provisional agenda"),
    ("text", "The Director General shall draw up the provisional agenda of each session in consultation "
             "with the Chairperson. The provisional agenda of a regular session shall include:"),
    ("item", 1, "(a)", "the adoption of the agenda;"),
    ("item", 1, "(b)", "all items which the Standing Committee decided at a previous session to include;"),
    ("item", 1, "(c)", "items referred to it by the Council;"),
    ("item", 1, "(d)", "items proposed by any Member State; and"),
    ("item", 1, "(e)", "items proposed by the Director General."),
    ("rule", "Rule 8", "Adoption of the agenda"),
    ("para", "1.", "At the beginning of each session, the Standing Committee shall adopt its agenda on "
                   "the basis of the provisional agenda."),
    ("para", "2.", "The Standing Committee may, during a session, amend the agenda by adding, deleting, "
                   "deferring or amending items. Only items which it considers urgent and important may "
                   "be added during a session."),
    ("rule", "Rule 9", "Documentation"),
    ("para", "1.", "Documents relating to items of the provisional agenda shall be made available to "
                   "Member States in English, French and Spanish not later than 21 days before the "
                   "opening of a regular session."),
    ("para", "2.", "The Director General shall inform the Standing Committee of any document that could "
                   "not be issued in time, stating the reasons for the delay."),
    ("para", "3.", "Financial statements and budget documents shall be issued within the time limits "
                   "laid down in the Financial Regulations."),
    ("rule", "Rule 9 bis", "Informal consultations"),
    ("text", "Between sessions, the Chairperson may convene informal consultations open to all Member "
             "States on any item of the agenda or on matters to be placed before the Standing "
             "Committee.[^3] The outcome of such consultations shall be reported to the Standing "
             "Committee at its next session, but no decision shall be taken in informal consultations."),

    ("chapter", "IV \u2013 REPRESENTATION AND CREDENTIALS"),
    ("rule", "Rule 10", "Delegations"),
    ("para", "1.", "Each Member State shall be represented by one representative, who may be accompanied "
                   "by such alternates and advisers as it may require."),
    ("para", "2.", "An alternate or adviser may act as representative upon designation by the "
                   "representative."),
    ("para", "3.", "The names of the members of delegations shall be communicated to the Director "
                   "General, where possible not later than seven days before the opening of the session."),
    ("rule", "Rule 11", "Credentials"),
    ("text", "The credentials of representatives shall be issued by the Head of State or Government, by "
             "the Minister for Foreign Affairs or, where the Member State has a permanent mission in "
             "Geneva, by the head of that mission. A note verbale from the permanent mission shall be "
             "deemed sufficient."),

    ("chapter", "V \u2013 OFFICERS"),
    ("rule", "Rule 12", "Election of officers"),
    ("para", "1.", "At the last regular session of each year, the Standing Committee shall elect from "
                   "among the representatives of its members a Chairperson, a Vice-Chairperson and a "
                   "Rapporteur, who shall together constitute the Bureau."),
    ("para", "2.", "In electing the officers, due account shall be taken of equitable geographical "
                   "representation and of the principle of rotation among the regional groups."),
    ("para", "3.", "The officers shall hold office until their successors are elected. They shall be "
                   "eligible for re-election for one further term only."),
    ("rule", "Rule 13", "Acting Chairperson"),
    ("para", "1.", "If the Chairperson is absent from a meeting or any part thereof, the Vice-Chairperson "
                   "shall preside."),
    ("para", "2.", "If the Chairperson ceases to represent a Member State or is unable to complete the "
                   "term of office, the Vice-Chairperson shall act as Chairperson until a new Chairperson "
                   "is elected."),
    ("rule", "Rule 14", "Powers of the Chairperson"),
    ("text", "In addition to exercising the powers conferred elsewhere by these Rules, the Chairperson "
             "shall:"),
    ("item", 1, "(a)", "declare the opening and closing of each meeting;"),
    ("item", 1, "(b)", "direct the discussions and ensure observance of these Rules;"),
    ("item", 1, "(c)", "accord the right to speak;"),
    ("item", 1, "(d)", "put questions to the decision and announce decisions;"),
    ("item", 1, "(e)", "rule on points of order; and"),
    ("item", 1, "(f)", "subject to these Rules, have complete control of the proceedings at any meeting "
                       "and over the maintenance of order thereat."),

    ("chapter", "VI \u2013 CONDUCT OF BUSINESS"),
    ("rule", "Rule 15", "Quorum"),
    ("text", "One third of the Member States of the Organization shall constitute a quorum for the "
             "opening of a meeting. The presence of a majority of the Member States shall be required "
             "for the taking of any decision."),
    ("rule", "Rule 16", "Speeches"),
    ("para", "1.", "No representative may address the Standing Committee without having previously "
                   "obtained the permission of the Chairperson."),
    ("para", "2.", "The Chairperson shall call upon speakers in the order in which they signify their "
                   "desire to speak. Representatives speaking on behalf of a regional group may be given "
                   "precedence."),
    ("para", "3.", "The Standing Committee may, on a proposal of the Chairperson, limit the time allowed "
                   "to each speaker and the number of times each representative may speak on any "
                   "question."),
    ("rule", "Rule 17", "Points of order"),
    ("para", "1.", "During the discussion of any matter, a representative may rise to a point of order, "
                   "which shall be immediately decided by the Chairperson. A representative may appeal "
                   "against the ruling, which shall stand unless overruled by a majority of the Member "
                   "States present and voting."),
    ("para", "2.", "A representative rising to a point of order may not speak on the substance of the "
                   "matter under discussion."),
    ("rule", "Rule 18", "Procedural motions"),
    ("text", "Subject to Rule 17, the following motions shall have precedence, in the order indicated, "
             "over all other proposals or motions before the meeting:"),
    ("item", 1, "(a)", "to suspend the meeting;"),
    ("item", 1, "(b)", "to adjourn the meeting;"),
    ("item", 1, "(c)", "to adjourn the debate on the question under discussion; and"),
    ("item", 1, "(d)", "to close the debate on the question under discussion."),
    ("rule", "Rule 19", "Decisions and voting"),
    ("para", "1.", "The Standing Committee shall endeavour to reach its decisions and recommendations "
                   "by consensus."),
    ("para", "2.", "Where consensus cannot be reached, decisions shall be taken by a majority of the "
                   "Member States present and voting, except where the Constitution or these Rules "
                   "provide otherwise."),
    ("para", "3.", "For the purposes of these Rules, the phrase \u201cMember States present and "
                   "voting\u201d means Member States casting an affirmative or negative vote. Member "
                   "States which abstain from voting shall be considered as not voting."),
    ("para", "4.", "Each Member State shall have one vote, subject to the provisions of the "
                   "Constitution concerning Member States in arrears.[^4]"),
    ("para", "5.", "Voting shall normally be by show of hands or, in a virtual or hybrid session, by an "
                   "electronic means approved by the Bureau. A roll-call vote shall be taken if any "
                   "Member State so requests. A secret ballot shall be used:"),
    ("item", 1, "(a)", "for elections, unless the Standing Committee decides otherwise in the case of "
                       "an unopposed candidate; and"),
    ("item", 1, "(b)", "in any other case where the Standing Committee so decides."),

    ("chapter", "VII \u2013 LANGUAGES AND RECORDS"),
    ("rule", "Rule 20", "Languages"),
    ("para", "1.", "English, French and Spanish shall be the official and working languages of the "
                   "Standing Committee."),
    ("para", "2.", "Speeches made in any of these languages shall be interpreted into the other two. A "
                   "representative may speak in another language provided that he or she arranges for "
                   "interpretation into one of the working languages.[^5]"),
    ("rule", "Rule 21", "Reports"),
    ("para", "1.", "A report on each session shall be prepared by the Secretariat under the authority of "
                   "the Rapporteur and circulated in draft to the Member States."),
    ("para", "2.", "Member States may submit corrections within 14 days of receipt of the draft. The "
                   "report shall then be issued in its final form and submitted to the Council."),
    ("para", "3.", "Sound recordings of public meetings shall be kept by the Secretariat and made "
                   "available to Member States on request."),

    ("chapter", "VIII \u2013 OBSERVERS AND PRIVATE MEETINGS"),
    ("rule", "Rule 22", "Observers"),
    ("para", "1.", "Non-member States and organizations admitted as observers to the Council may be "
                   "represented at public meetings of the Standing Committee."),
    ("para", "2.", "Observers may, with the consent of the Chairperson, make oral statements and "
                   "circulate written statements on items in which they have a particular interest. "
                   "They shall have no right to vote or to submit proposals."),
    ("para", "3.", "The Chairperson may limit the time allowed to observers."),
    ("rule", "Rule 23", "Private meetings"),
    ("text", "Meetings of the Standing Committee shall be held in public unless it decides otherwise. "
             "Decisions taken at a private meeting shall be announced at an early public meeting."),

    ("chapter", "IX \u2013 FINAL PROVISIONS"),
    ("rule", "Rule 24", "Application of the Rules of Procedure of the Council"),
    ("text", "In any matter not covered by these Rules, the Rules of Procedure of the Council shall "
             "apply _mutatis_ _mutandis_.[^6]"),
    ("rule", "Rule 25", "Amendment and suspension"),
    ("para", "1.", "These Rules may be amended by the Council on the recommendation of the Standing "
                   "Committee."),
    ("para", "2.", "Any Rule may be suspended by the Standing Committee for a given meeting, provided "
                   "that the proposal has been announced at the preceding meeting and no Member State "
                   "objects."),
]

# ---------------------------------------------------------------------------
# Text handling
# ---------------------------------------------------------------------------
TOKEN_RE = re.compile(r"\S+")
FN_RE = re.compile(r"\[\^(\d+)\]")


def tokenize(text, font=BODY_FONT):
    """Return a list of words: dict(text, font, fns)."""
    words = []
    for raw in TOKEN_RE.findall(text):
        fns = [int(n) for n in FN_RE.findall(raw)]
        t = FN_RE.sub("", raw)
        f = font
        if t.startswith("_") and "_" in t[1:]:
            f = BODY_ITAL
            t = t.replace("_", "")
        words.append({"text": t, "font": f, "fns": fns})
    return words


def word_width(w, size):
    width = stringWidth(w["text"], w["font"], size)
    for n in w["fns"]:
        width += stringWidth(str(n), BODY_FONT, SUP_SIZE) + 0.5
    return width


def wrap(words, width, size):
    lines, cur, cur_w = [], [], 0.0
    space = stringWidth(" ", BODY_FONT, size)
    for w in words:
        ww = word_width(w, size)
        if cur and cur_w + space + ww > width:
            lines.append(cur)
            cur, cur_w = [w], ww
        else:
            cur_w = ww if not cur else cur_w + space + ww
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


def draw_words(c, words, x, y, size, width=None, justify=False):
    space = stringWidth(" ", BODY_FONT, size)
    if justify and len(words) > 1:
        total = sum(word_width(w, size) for w in words)
        space = (width - total) / (len(words) - 1)
    for w in words:
        c.setFont(w["font"], size)
        c.drawString(x, y, w["text"])
        x += stringWidth(w["text"], w["font"], size)
        for n in w["fns"]:
            c.setFont(BODY_FONT, SUP_SIZE)
            c.drawString(x + 0.3, y + size * 0.38, str(n))
            x += stringWidth(str(n), BODY_FONT, SUP_SIZE) + 0.5
        x += space


# ---------------------------------------------------------------------------
# Layout: blocks -> lines
# ---------------------------------------------------------------------------
# A line: dict(kind, height, draw(c, y), fns, keep) ; "space" entries add gaps.

def block_lines(block):
    kind = block[0]
    out = []
    if kind == "chapter":
        text = block[1]
        out.append({"gap": 10})

        def d(c, y, t=text):
            c.setFont(BODY_BOLD, 11)
            c.drawCentredString(PAGE_W / 2, y, t)
        out.append({"h": 15, "draw": d, "fns": [], "keep": True})
        out.append({"gap": 4})
    elif kind == "rule":
        num, title = block[1], block[2]
        out.append({"gap": 8})

        def d1(c, y, t=num):
            c.setFont(BODY_BOLD, BODY_SIZE)
            c.drawCentredString(PAGE_W / 2, y, t)

        def d2(c, y, t=title):
            c.setFont(BODY_ITAL, BODY_SIZE)
            c.drawCentredString(PAGE_W / 2, y, t)
        out.append({"h": LEAD, "draw": d1, "fns": [], "keep": True})
        out.append({"h": LEAD, "draw": d2, "fns": [], "keep": True})
        out.append({"gap": 6, "keep": True})
    elif kind in ("para", "text", "item"):
        if kind == "para":
            label, text, indent, lab_x = block[1], block[2], 36.0, 0.0
        elif kind == "text":
            label, text, indent, lab_x = None, block[1], 0.0, 0.0
        else:
            level, label, text = block[1], block[2], block[3]
            lab_x = 36.0 * level
            indent = lab_x + 36.0
        words = tokenize(text)
        lines = wrap(words, WIDTH - indent, BODY_SIZE)
        for i, ln in enumerate(lines):
            last = i == len(lines) - 1

            def d(c, y, ln=ln, i=i, last=last, label=label, indent=indent, lab_x=lab_x):
                if i == 0 and label:
                    c.setFont(BODY_FONT, BODY_SIZE)
                    c.drawString(LM + lab_x, y, label)
                draw_words(c, ln, LM + indent, y, BODY_SIZE, WIDTH - indent, justify=not last)
            fns = [n for w in ln for n in w["fns"]]
            # widow/orphan control: keep first line with the second one
            out.append({"h": LEAD, "draw": d, "fns": fns,
                        "keep": (i == 0 and len(lines) > 1)})
        out.append({"gap": 4 if kind == "item" else 7})
    return out


def fn_lines(n):
    words = tokenize(FOOTNOTES[n])
    lines = wrap(words, WIDTH - 14, FN_SIZE)
    res = []
    for i, ln in enumerate(lines):
        def d(c, y, ln=ln, i=i, n=n):
            if i == 0:
                c.setFont(BODY_FONT, SUP_SIZE)
                c.drawString(LM, y + FN_SIZE * 0.38, str(n))
            draw_words(c, ln, LM + 14, y, FN_SIZE)
        res.append(d)
    return res


def fn_height(ns):
    if not ns:
        return 0.0
    return 22.0 + sum(len(fn_lines(n)) * FN_LEAD + 2 for n in ns)


# ---------------------------------------------------------------------------
# Pages
# ---------------------------------------------------------------------------

def running_header(c, page_no):
    c.setFont(BODY_FONT, 10)
    c.drawRightString(RM, PAGE_H - 50, SYMBOL)
    c.drawRightString(RM, PAGE_H - 62, "Page %d" % page_no)


def finish_page(c, fns):
    if fns:
        top = BOTTOM + fn_height(fns) - 4
        c.setLineWidth(0.5)
        c.line(LM, top, LM + 144, top)
        y = top - 12
        for n in fns:
            for d in fn_lines(n):
                d(c, y)
                y -= FN_LEAD
            y -= 2
    c.showPage()


def cover(c):
    c.setFont(BODY_BOLD, 10.5)
    c.drawRightString(RM, PAGE_H - 60, SYMBOL)
    c.setFont(BODY_FONT, 10.5)
    c.drawRightString(RM, PAGE_H - 76, "Original: English")
    c.drawRightString(RM, PAGE_H - 90, "8 December 2021")

    c.setFont(BODY_BOLD, 12)
    c.drawCentredString(PAGE_W / 2, 560, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE")
    c.setFont(BODY_FONT, 12)
    c.drawCentredString(PAGE_W / 2, 542, "Thirtieth Session")

    c.setFont(BODY_BOLD, 12)
    c.drawCentredString(PAGE_W / 2, 430, "RULES OF PROCEDURE OF THE STANDING COMMITTEE")
    line2 = "ON PROGRAMMES AND FINANCE"
    w2 = stringWidth(line2, BODY_BOLD, 12)
    x2 = PAGE_W / 2 - w2 / 2
    c.drawString(x2, 414, line2)
    c.setFont(BODY_BOLD, 9)
    c.drawString(x2 + w2 + 0.5, 419, "*")
    c.setFont(BODY_FONT, 11)
    c.drawCentredString(PAGE_W / 2, 394, "(Consolidated text)")

    # cover note, as an asterisk note under a short rule
    note = ("This consolidated text of the Rules of Procedure was approved by the Council at its "
            "112th Session through Resolution No. 1399 of 25 November 2021. It takes effect on "
            "1 January 2022 and supersedes all previous versions of the Rules.")
    lines = wrap(tokenize(note), WIDTH - 14, 9)
    y = 110
    c.setLineWidth(0.5)
    c.line(LM, y + 14, LM + 144, y + 14)
    for i, ln in enumerate(lines):
        if i == 0:
            c.setFont(BODY_FONT, 9)
            c.drawString(LM, y, "*")
        draw_words(c, ln, LM + 14, y, 9)
        y -= 11.5
    c.showPage()


def body(c):
    page = 1
    y = TOP_BODY
    page_fns = []
    running_header(c, page)
    # running title repeated on the first text page
    c.setFont(BODY_BOLD, 11)
    c.drawCentredString(PAGE_W / 2, y, "RULES OF PROCEDURE OF THE STANDING COMMITTEE")
    c.drawCentredString(PAGE_W / 2, y - 14, "ON PROGRAMMES AND FINANCE")
    y -= 30

    seq = []
    for b in DOC:
        seq.extend(block_lines(b))

    i = 0
    while i < len(seq):
        ln = seq[i]
        if "gap" in ln:
            if y < TOP_BODY - 1:  # no gap at the top of a page
                y -= ln["gap"]
            i += 1
            continue
        # the group: this line plus the following kept lines
        group = [ln]
        need = ln["h"]
        j = i
        while group[-1].get("keep") and j + 1 < len(seq):
            j += 1
            if "gap" in seq[j]:
                need += seq[j]["gap"]
                continue
            group.append(seq[j])
            need += seq[j]["h"]
        new_fns = [n for g in group for n in g["fns"] if n not in page_fns]
        if y - need < BOTTOM + fn_height(page_fns + new_fns):
            finish_page(c, page_fns)
            page += 1
            page_fns = []
            running_header(c, page)
            y = TOP_BODY
        y -= ln["h"]
        ln["draw"](c, y + 3)
        for n in ln["fns"]:
            if n not in page_fns:
                page_fns.append(n)
        i += 1
    finish_page(c, page_fns)
    return page


def main():
    c = canvas.Canvas(OUT, pagesize=A4, invariant=1)
    c.setTitle("S/30/3 - Rules of Procedure of the Standing Committee on Programmes and Finance")
    c.setAuthor("IOM")
    cover(c)
    n = body(c)
    c.save()
    print("body pages:", n)


if __name__ == "__main__":
    main()
