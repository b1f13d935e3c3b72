"""Draw rules-of-procedure-2019c.pdf: Rules of Procedure of the IOM Standing Committee on
Programmes and Finance, as amended in 2019 (invented text), with reportlab's canvas."""
import os
import re

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "rules-of-procedure-2019c.pdf")

SYMBOL = "S/25/4"
W, H = A4
LM, RM = 72, W - 72
TOP_BODY = H - 90          # first baseline of body text on pages with running header
BOTTOM = 56                 # lowest baseline allowed for body text / footnotes
FS, LEAD = 11, 13           # body font size / leading
FN_FS, FN_LEAD = 9, 11      # footnote font size / leading
IND = 36                    # indent of sub-rule text
IND2 = 72                   # indent of lettered item text

# --------------------------------------------------------------------------------------------
# Content. "{n}" is a footnote marker.
# --------------------------------------------------------------------------------------------
FOOTNOTES = {
    "1": "Text as amended by the Council through Resolution No. 1378 of 28 June 2019. Before "
         "that amendment, a special session had to be convened within 30 days of the request.",
    "2": "The arrangements to be made with a host Government for a session held away from "
         "Headquarters are described in document S/17/6.",
    "3": "Sub-rule (3) was inserted by Resolution No. 1378 of 28 June 2019 and applies to "
         "officers elected for terms beginning on or after 1 January 2020.",
}

# Each chapter: (roman, title, [rules]); each rule: (heading, body)
# body is either a str (single paragraph) or a list of sub-rules;
# a sub-rule is a str, or (str, [items]) where items are (label, text).
CHAPTERS = [
    ("I", "SESSIONS", [
        ("Regular sessions", [
            "The Standing Committee on Programmes and Finance (hereinafter referred to as "
            "\u201cthe Committee\u201d) shall hold two regular sessions in each calendar year, as a "
            "rule one in the first half of the year and one in the autumn, before the regular "
            "session of the Council.",
            "At the close of any regular session the Committee may decide to hold an additional "
            "regular session during the same year when the volume of its business so requires.",
        ]),
        ("Special sessions", [
            ("The Director General shall convene a special session of the Committee within "
             "21 days{1} of receiving a request to that effect from:", [
                ("(a)", "the Chairperson of the Committee, after consultation with the other "
                        "officers;"),
                ("(b)", "not less than one third of the Member States of the Organization; or"),
                ("(c)", "the Council."),
            ]),
            "Every request for a special session shall specify the questions to be considered, "
            "and the agenda of that session shall be limited to those questions.",
        ]),
        ("Notification of sessions", [
            "The Director General shall inform all Member States of the date and place of each "
            "regular session not less than 45 days before its opening, and of each special "
            "session not less than 15 days before its opening.",
            "Observers invited in accordance with Rule 9 shall be informed at the same time as "
            "Member States.",
        ]),
        ("Place of sessions",
            "The Committee shall meet at the Headquarters of the Organization in Geneva. It may, "
            "with the concurrence of the Director General, decide to hold a session elsewhere, "
            "provided that any additional expenditure arising from that decision is met by the "
            "host Government or from voluntary contributions, and that the session is announced "
            "in accordance with Rule 3.{2}"),
    ]),
    ("II", "AGENDA", [
        ("Provisional agenda", [
            "The provisional agenda of each session shall be drawn up by the Director General in "
            "consultation with the Chairperson of the Committee.",
            ("The provisional agenda of a regular session shall comprise:", [
                ("(a)", "the adoption of the agenda;"),
                ("(b)", "any item which the Committee decided at an earlier session to include;"),
                ("(c)", "any item referred to the Committee by the Council;"),
                ("(d)", "any item proposed by a Member State not later than 60 days before the "
                        "opening of the session;"),
                ("(e)", "the statement of the Director General on the financial situation of the "
                        "Organization and on the implementation of the Programme and Budget; and"),
                ("(f)", "any other item which the Director General considers appropriate."),
            ]),
            "The provisional agenda, together with the documents relating to each item, shall "
            "be sent to Member States with the notification referred to in Rule 3, or as soon "
            "as possible thereafter.",
        ]),
        ("Adoption of the agenda", [
            "The adoption of the agenda shall be the first item of business at each session.",
            "During a session the Committee may add, delete, defer or amend items; no item may "
            "be added unless the relevant documentation has been available to Member States for "
            "at least 48 hours.",
        ]),
    ]),
    ("III", "PARTICIPATION AND CREDENTIALS", [
        ("Composition", [
            "Every Member State of the Organization shall be a member of the Committee.",
            "Each Member State shall be represented by one representative, who may be "
            "accompanied by such alternates and advisers as the Member State may designate.",
        ]),
        ("Credentials", [
            "The names of representatives, alternates and advisers shall be transmitted to the "
            "Director General, if possible, not less than 24 hours before the opening of the "
            "session.",
            "Credentials shall be issued by the Head of State or Government, by the Minister for "
            "Foreign Affairs or by the head of the permanent mission of the Member State "
            "concerned, and shall be examined by the officers of the Committee, who shall report "
            "to the Committee thereon.",
        ]),
        ("Observers", [
            "States and intergovernmental and non-governmental organizations that enjoy observer "
            "status with the Council may be invited to be represented at meetings of the "
            "Committee.",
            "Observers may, with the consent of the Chairperson, make oral or written statements, "
            "but they shall not take part in the adoption of decisions.",
        ]),
    ]),
    ("IV", "OFFICERS", [
        ("Election of officers", [
            "At its last regular session of each year the Committee shall elect, from among the "
            "representatives of its members, a Chairperson, a Vice-Chairperson and a Rapporteur, "
            "who shall take office on 1 January of the following year.",
            "In electing its officers the Committee shall give due regard to equitable "
            "geographical distribution and to rotation among the regions.",
            "Officers shall hold office for one year and may be re-elected once only for a "
            "consecutive term.{3}",
        ]),
        ("Acting Chairperson", [
            "Whenever the Chairperson is absent from a meeting or part of a meeting, the "
            "Vice-Chairperson shall preside; in the absence of both, the Rapporteur shall "
            "preside.",
            "An officer who presides under sub-rule (1) of this Rule shall have the powers and "
            "duties of the Chairperson.",
        ]),
        ("Powers of the Chairperson", [
            "The Chairperson shall open and close each meeting, direct the discussion, ensure "
            "that these Rules are observed, accord the right to speak, put questions to the "
            "decision of the Committee and announce its decisions.",
            "The Chairperson, in the exercise of those functions, remains under the authority of "
            "the Committee.",
        ]),
    ]),
    ("V", "CONDUCT OF BUSINESS", [
        ("Quorum", [
            "A majority of the members of the Committee shall constitute a quorum.",
            "The Chairperson may open a meeting and allow the debate to proceed when at least "
            "one third of the members are present, but the presence of a quorum shall be "
            "required for any decision to be taken.",
        ]),
        ("Points of order and procedural motions", [
            "During the discussion of any matter a representative may raise a point of order, "
            "which the Chairperson shall decide at once in accordance with these Rules.",
            "A representative may appeal against the ruling of the Chairperson; the appeal shall "
            "be put to the vote immediately, and the ruling shall stand unless it is overruled "
            "by a majority of the members present and voting.",
            ("Subject to sub-rule (1) of this Rule, the following motions shall have precedence, "
             "in the order listed, over all other proposals or motions before the meeting:", [
                ("(a)", "to suspend the meeting;"),
                ("(b)", "to adjourn the meeting;"),
                ("(c)", "to adjourn the debate on the item under discussion; and"),
                ("(d)", "to close the debate on the item under discussion."),
            ]),
        ]),
        ("Working groups", [
            "The Committee may establish such working groups as it deems necessary and shall "
            "define their terms of reference and duration.",
            "Rules 12 to 14 shall apply, mutatis mutandis, to the proceedings of working groups.",
        ]),
    ]),
    ("VI", "DECISIONS AND VOTING", [
        ("Voting rights", [
            "Each member of the Committee shall have one vote.",
            "A Member State whose arrears in the payment of its contributions equal or exceed "
            "the contributions due from it for the two preceding years shall have no vote, "
            "unless the Council decides otherwise.",
        ]),
        ("Consensus and majority", [
            "The Committee shall make every effort to reach its decisions by consensus.",
            "Where all efforts to reach consensus have been exhausted, decisions shall be taken "
            "by a majority of the members present and voting, except as provided in Rule 21.",
            "For the purposes of these Rules, the phrase \u201cmembers present and voting\u201d "
            "means members casting an affirmative or negative vote; members who abstain shall "
            "be regarded as not voting.",
        ]),
        ("Method of voting", [
            "The Committee shall normally vote by show of hands, but any representative may "
            "request a roll-call, which shall be taken in the English alphabetical order.",
            "Elections held in accordance with Rule 10 shall be decided by secret ballot unless "
            "the Committee decides otherwise in the absence of any objection.",
        ]),
    ]),
    ("VII", "LANGUAGES AND REPORTS", [
        ("Languages", [
            "English, French and Spanish shall be the official and working languages of the "
            "Committee.",
            "Statements made in any of those languages shall be interpreted into the other two.",
        ]),
        ("Reports", [
            "At the end of each session the Rapporteur, with the assistance of the Secretariat, "
            "shall prepare a draft report, which shall be circulated to members for comment "
            "within 30 days.",
            "The report, as finalized, shall be submitted to the Council at its next regular "
            "session.",
        ]),
    ]),
    ("VIII", "AMENDMENT AND SUSPENSION", [
        ("Amendment", [
            "These Rules may be amended by the Council, acting on a recommendation of the "
            "Committee adopted by a two-thirds majority of the members present and voting.",
            "A proposal to amend these Rules shall be circulated to Member States not less than "
            "30 days before the session at which it is to be considered.",
        ]),
        ("Suspension", [
            "Any of these Rules, other than those reproducing provisions of the Constitution, "
            "may be suspended by the Committee by consensus, provided that notice of the "
            "proposal has been given 24 hours in advance.",
            "A suspension shall be limited to a specific and stated purpose and to the period "
            "required to achieve that purpose.",
        ]),
    ]),
]

# --------------------------------------------------------------------------------------------
# Text helpers
# --------------------------------------------------------------------------------------------
MARK = re.compile(r"\{(\d+)\}")


def word_width(word, font, size):
    """Width of a word that may carry footnote markers (drawn smaller)."""
    w = 0.0
    for i, part in enumerate(MARK.split(word)):
        if i % 2:
            w += stringWidth(part, font, size * 0.65)
        else:
            w += stringWidth(part, font, size)
    return w


def wrap(text, width, font, size):
    words = text.split()
    lines, cur = [], []
    space = stringWidth(" ", font, size)
    cur_w = 0.0
    for word in words:
        ww = word_width(word, font, size)
        if cur and cur_w + space + ww > width:
            lines.append(cur)
            cur, cur_w = [word], ww
        else:
            cur_w = cur_w + (space if cur else 0) + ww
            cur.append(word)
    if cur:
        lines.append(cur)
    return lines


def draw_words(c, x, y, words, font, size, width=None, justify=False):
    """Draw a line of words; markers raised. Justify when asked (not for last line)."""
    space = stringWidth(" ", font, size)
    if justify and width and len(words) > 1:
        total = sum(word_width(w, font, size) for w in words)
        space = (width - total) / (len(words) - 1)
    for word in words:
        for i, part in enumerate(MARK.split(word)):
            if not part:
                continue
            if i % 2:
                c.setFont(font, size * 0.65)
                c.drawString(x, y + size * 0.38, part)
                x += stringWidth(part, font, size * 0.65)
            else:
                c.setFont(font, size)
                c.drawString(x, y, part)
                x += stringWidth(part, font, size)
        x += space


# --------------------------------------------------------------------------------------------
# Layout of the body into pages of drawing operations
# --------------------------------------------------------------------------------------------
class Layout:
    def __init__(self):
        self.pages = []          # list of dicts: {"ops": [...], "notes": [...]}
        self.new_page()

    def new_page(self):
        self.pages.append({"ops": [], "notes": []})
        self.y = TOP_BODY

    @property
    def page(self):
        return self.pages[-1]

    def notes_height(self, notes):
        if not notes:
            return 0
        h = 16  # rule and gap
        for n in notes:
            h += len(wrap(n + " " + FOOTNOTES[n], RM - LM - 10, "Times-Roman", FN_FS)) * FN_LEAD + 2
        return h

    def limit(self, extra_notes=()):
        return BOTTOM + self.notes_height(self.page["notes"] + list(extra_notes))

    def space(self, h):
        self.y -= h

    def need(self, h):
        """Make sure h points are available above the footnote area; else new page."""
        if self.y - h < self.limit():
            self.new_page()

    def text_block(self, lines_spec):
        """lines_spec: list of (x, words, font, size, width, justify, label) lines."""
        for (x, words, font, size, width, justify, label) in lines_spec:
            marks = [m for w in words for m in MARK.findall(w)]
            if self.y < self.limit(marks):
                self.new_page()
            self.page["ops"].append(("words", x, self.y, words, font, size, width, justify))
            if label:
                self.page["ops"].append(("words", LM + label[1], self.y, [label[0]], font, size,
                                         None, False))
            self.page["notes"].extend(marks)
            self.y -= LEAD

    def para(self, text, x0, label=None, label_x=0, font="Times-Roman"):
        width = RM - x0
        lines = wrap(text, width, font, FS)
        spec = []
        for i, words in enumerate(lines):
            spec.append((x0, words, font, FS, width, i < len(lines) - 1,
                         (label, label_x) if (i == 0 and label) else None))
        # keep the first two lines together
        self.need(min(2, len(lines)) * LEAD)
        self.text_block(spec)

    def centred(self, text, font, size):
        self.page["ops"].append(("centre", self.y, text, font, size))
        self.y -= LEAD


def build_body():
    lay = Layout()
    chapter_pages = []
    rule_no = 0
    first = True
    for roman, ctitle, rules in CHAPTERS:
        if not first:
            lay.space(8)
        first = False
        lay.need(LEAD * 6)
        chapter_pages.append(len(lay.pages))
        lay.centred("CHAPTER %s \u2013 %s" % (roman, ctitle), "Times-Bold", FS)
        lay.space(6)
        for heading, body in rules:
            rule_no += 1
            lay.need(LEAD * 5)
            lay.space(3)
            lay.centred("Rule %d" % rule_no, "Times-Bold", FS)
            lay.centred(heading, "Times-Italic", FS)
            lay.space(5)
            if isinstance(body, str):
                lay.para(body, LM)
                lay.space(5)
                continue
            for k, sub in enumerate(body, start=1):
                items = []
                if isinstance(sub, tuple):
                    sub, items = sub
                lay.para(sub, LM + IND, label="(%d)" % k, label_x=0)
                lay.space(3)
                for lab, itext in items:
                    lay.para(itext, LM + IND2, label=lab, label_x=IND)
                    lay.space(3)
                if items:
                    lay.space(1)
    return lay, chapter_pages


# --------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------
def draw_footnotes(c, notes):
    if not notes:
        return
    h = 0
    blocks = []
    for n in notes:
        lines = wrap(FOOTNOTES[n], RM - LM - 10, "Times-Roman", FN_FS)
        blocks.append((n, lines))
        h += len(lines) * FN_LEAD + 2
    y = BOTTOM + h - FN_LEAD + 6
    c.setLineWidth(0.5)
    c.line(LM, y + FN_LEAD + 1, LM + 144, y + FN_LEAD + 1)
    for n, lines in blocks:
        c.setFont("Times-Roman", FN_FS * 0.7)
        c.drawString(LM, y + 3.5, n)
        for i, words in enumerate(lines):
            draw_words(c, LM + 8, y, words, "Times-Roman", FN_FS, RM - LM - 8,
                       i < len(lines) - 1)
            y -= FN_LEAD
        y -= 2


def draw_cover(c, chapter_pages):
    c.setFont("Times-Bold", 12)
    c.drawRightString(RM, H - 62, SYMBOL)
    c.setFont("Times-Roman", 11)
    c.drawString(LM, H - 84, "Original: English")
    c.drawRightString(RM, H - 84, "9 October 2019")

    y = H - 150
    c.setFont("Times-Bold", 12)
    c.drawCentredString(W / 2, y, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE")
    y -= 16
    c.setFont("Times-Roman", 12)
    c.drawCentredString(W / 2, y, "Twenty-fifth Session")

    y -= 70
    c.setFont("Times-Bold", 13)
    c.drawCentredString(W / 2, y, "RULES OF PROCEDURE OF THE STANDING COMMITTEE")
    y -= 17
    c.drawCentredString(W / 2, y, "ON PROGRAMMES AND FINANCE")
    y -= 22
    c.setFont("Times-Roman", 11)
    c.drawCentredString(W / 2, y, "(As amended by the Council in June 2019)")

    # contents
    y -= 62
    c.setFont("Times-Bold", 11)
    c.drawCentredString(W / 2, y, "CONTENTS")
    y -= 22
    c.setFont("Times-Roman", 10)
    c.drawRightString(RM, y, "Page")
    y -= 18
    for (roman, ctitle, _rules), pg in zip(CHAPTERS, chapter_pages):
        label = "CHAPTER %s \u2013 %s" % (roman, ctitle)
        c.setFont("Times-Roman", 11)
        c.drawString(LM + 18, y, label)
        x_end = LM + 18 + stringWidth(label, "Times-Roman", 11) + 4
        num = str(pg)
        x_num = RM - stringWidth(num, "Times-Roman", 11)
        dots = ""
        dw = stringWidth(" .", "Times-Roman", 11)
        n = int((x_num - 6 - x_end) / dw)
        dots = " ." * max(n, 0)
        c.drawString(x_end, y, dots)
        c.drawRightString(RM, y, num)
        y -= 19

    # trilingual footer
    c.setFont("Times-Bold", 9)
    c.drawCentredString(W / 2, 74, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE")
    c.drawCentredString(W / 2, 63, "COMIT\u00c9 PERMANENT DES PROGRAMMES ET DES FINANCES")
    c.drawCentredString(W / 2, 52, "COMIT\u00c9 PERMANENTE DE PROGRAMAS Y FINANZAS")
    c.setLineWidth(0.6)
    c.line(LM, 88, RM, 88)


def render():
    lay, chapter_pages = build_body()
    c = canvas.Canvas(OUT, pagesize=A4)
    c.setTitle("Rules of Procedure of the Standing Committee on Programmes and Finance")
    c.setAuthor("International Organization for Migration")
    draw_cover(c, chapter_pages)
    c.showPage()
    for i, pg in enumerate(lay.pages, start=1):
        c.setFont("Times-Roman", 10)
        c.drawRightString(RM, H - 50, SYMBOL)
        c.drawRightString(RM, H - 62, "Page %d" % i)
        for op in pg["ops"]:
            if op[0] == "words":
                _, x, y, words, font, size, width, justify = op
                draw_words(c, x, y, words, font, size, width, justify)
            else:
                _, y, text, font, size = op
                c.setFont(font, size)
                c.drawCentredString(W / 2, y, text)
        draw_footnotes(c, pg["notes"])
        c.showPage()
    c.save()
    print("pages:", 1 + len(lay.pages), "chapter pages:", chapter_pages)


if __name__ == "__main__":
    render()
