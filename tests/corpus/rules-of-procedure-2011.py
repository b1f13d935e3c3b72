# Draws rules-of-procedure-2011.pdf with fpdf2: revised rules of procedure of the
# Standing Committee on Programmes and Finance (SCPF/71, 4 October 2011).
import os, re
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "rules-of-procedure-2011.pdf")
FONTDIR = "/usr/share/fonts/truetype/dejavu/"

SYMBOL = "SCPF/71"
LEFT, RIGHT = 25.0, 190.0
WIDTH = RIGHT - LEFT
TOP = 27.0
BOTTOM = 282.0
FS = 10          # body font size (pt)
LH = 4.3         # body line height (mm)
PGAP = 4.0       # gap between paragraphs
FN_FS = 8
FN_LH = 3.8

FOOTNOTES = {
    "1": "The terms of reference are reproduced in document SCPF/1 and are not affected by "
         "the present revision.",
    "3": "Interpretation and translation into French and Spanish are provided within the "
         "resources approved in the Programme and Budget for 2012 (MC/2315).",
    "2": "See paragraph (i) of Part I of the Annex to Resolution No. 1150 of 7 June 2007.",
}

RUNNING_TITLE = ["REVISED RULES OF PROCEDURE OF THE",
                 "STANDING COMMITTEE ON PROGRAMMES AND FINANCE"]

# Body: ("head", text) unnumbered heading; ("chap", roman, words); ("rule", n, title);
# ("text", body); ("para", num, body); ("item", label, body, level)
BODY = [
 ("head", "INTRODUCTORY NOTE"),
 ("text", "The Standing Committee on Programmes and Finance was established by the Council "
  "through Resolution No. 1150 of 7 June 2007, which also laid down its terms of reference.{1} "
  "At its First Session the Standing Committee adopted provisional rules of procedure "
  "(SCPF/3), on the understanding that they would be reviewed once sufficient experience "
  "had been gained in their application."),
 ("text", "At its Eighth Session, held on 28 and 29 June 2011, the Standing Committee asked the "
  "Administration to prepare a consolidated text reflecting the practice that has developed "
  "since 2007, in particular as regards additional sessions, the circulation of documents "
  "and the establishment of working groups (see the report on that session, SCPF/67). "
  "The text set out below is the outcome of two rounds of informal consultations, open to all "
  "Member States, held in September 2011. Rules 4, 8, 18 and "
  "26 are new or have been substantially amended; the remaining provisions have been "
  "renumbered and edited for consistency only."),
 ("text", "The Standing Committee is invited to consider the revised rules at its Ninth Session "
  "and, should it endorse them, to transmit them to the Council for approval at its 100th "
  "Session."),

 ("chap", "I", "MEMBERSHIP"),
 ("rule", 1, "Composition"),
 ("para", "1.", "Membership in the Standing Committee on Programmes and Finance (hereinafter "
  "\u201cthe Standing Committee\u201d) is open to all Member States of the Organization."),
 ("para", "2.", "Each member shall be represented by one representative, who may be accompanied "
  "by such alternates and advisers as the member may designate."),
 ("para", "3.", "The names of representatives, alternates and advisers shall be communicated to "
  "the Administration before the opening of each session. A communication from the Permanent "
  "Mission of a Member State shall be deemed sufficient credentials."),
 ("rule", 2, "Observers"),
 ("text", "The Standing Committee may admit to its public meetings, as observers and without "
  "the right to vote:"),
 ("item", "(a)", "States which have observer status with the Council;", 1),
 ("item", "(b)", "the United Nations and its specialized agencies;", 1),
 ("item", "(c)", "other intergovernmental organizations which have observer status with the "
  "Council; and", 1),
 ("item", "(d)", "non-governmental organizations:", 1),
 ("item", "(i)", "which have observer status with the Council; or", 2),
 ("item", "(ii)", "which the Standing Committee invites in respect of a specific item of its "
  "agenda.", 2),
 ("chap", "II", "SESSIONS"),
 ("rule", 3, "Regular sessions"),
 ("para", "1.", "The Standing Committee shall meet in regular session twice a year, normally in "
  "the second and in the fourth quarter of the calendar year."),
 ("para", "2.", "The dates of each regular session shall be fixed by the Chairperson in "
  "consultation with the Administration, account being taken of the calendar of the Council "
  "and of other meetings held in Geneva."),
 ("rule", 4, "Additional sessions"),
 ("text", "The Standing Committee shall hold additional sessions, as required for the proper "
  "discharge of its functions, at the request of:"),
 ("item", "(a)", "the Council;", 1),
 ("item", "(b)", "one third of its members;", 1),
 ("item", "(c)", "its Chairperson; or", 1),
 ("item", "(d)", "the Director General, after consultation with the Chairperson.", 1),
 ("rule", 5, "Place and privacy of meetings"),
 ("text", "The meetings of the Standing Committee shall be held at the Headquarters of the "
  "Organization in Geneva. They shall be held in private, unless the Standing Committee "
  "decides otherwise."),
 ("rule", 6, "Notification"),
 ("para", "1.", "The Administration shall notify all members of the date of the opening meeting "
  "of each regular session not less than thirty days in advance."),
 ("para", "2.", "In the case of a session convened under Rule 4, the notification shall be sent "
  "as soon as the request has been received and not less than ten days before the opening of "
  "the session."),
 ("chap", "III", "AGENDA"),
 ("rule", 7, "Provisional agenda"),
 ("text", "The provisional agenda for each session shall be prepared by the Administration, in "
  "consultation with the Chairperson, and shall include all items proposed by:"),
 ("item", "(a)", "the Council;", 1),
 ("item", "(b)", "the Standing Committee at a previous session;", 1),
 ("item", "(c)", "any member of the Standing Committee; and", 1),
 ("item", "(d)", "the Director General.", 1),
 ("rule", 8, "Circulation of documents"),
 ("para", "1.", "The provisional agenda shall be communicated to members together with the "
  "notification referred to in Rule 6."),
 ("para", "2.", "The principal documents relating to each item of the provisional agenda shall "
  "be made available to members in the working languages not less than fifteen days before "
  "the opening of the session."),
 ("para", "3.", "Where a document cannot be made available within that period, it shall be "
  "circulated with a note by the Administration explaining the reasons for the delay."),
 ("rule", 9, "Adoption of the agenda"),
 ("para", "1.", "At the beginning of each session the Standing Committee shall adopt its agenda "
  "for that session."),
 ("para", "2.", "The Standing Committee may revise the agenda while in session. Only items which "
  "the Standing Committee considers urgent and important may be added during a session."),

 ("chap", "IV", "OFFICERS"),
 ("rule", 10, "Bureau"),
 ("text", "The Chairperson, the First Vice-Chairperson, the Second Vice-Chairperson and the "
  "Rapporteur of the Council shall serve in the same capacities in the Standing Committee."),
 ("rule", 11, "Acting Chairperson"),
 ("para", "1.", "If the Chairperson is absent from a meeting or any part thereof, the First "
  "Vice-Chairperson or, in his or her absence, the Second Vice-Chairperson shall preside."),
 ("para", "2.", "A Vice-Chairperson acting as Chairperson shall have the same powers and duties "
  "as the Chairperson."),
 ("rule", 12, "Powers of the Chairperson"),
 ("text", "In addition to exercising the powers conferred upon the Chairperson elsewhere in "
  "these Rules, the Chairperson shall:"),
 ("item", "(a)", "declare the opening and closing of each meeting;", 1),
 ("item", "(b)", "direct the discussions and ensure observance of these Rules;", 1),
 ("item", "(c)", "accord the right to speak;", 1),
 ("item", "(d)", "put questions to the vote and announce decisions; and", 1),
 ("item", "(e)", "rule on points of order.", 1),
 ("chap", "V", "CONDUCT OF BUSINESS"),
 ("rule", 13, "Quorum"),
 ("text", "A majority of the members of the Standing Committee shall constitute a quorum."),
 ("rule", 14, "Speeches"),
 ("para", "1.", "No representative may address the Standing Committee without having previously "
  "obtained the permission of the Chairperson."),
 ("para", "2.", "The Chairperson shall call upon speakers in the order in which they signify "
  "their desire to speak."),
 ("para", "3.", "The Standing Committee may limit the time allowed to each speaker and the number "
  "of times each representative may speak on any question."),
 ("rule", 15, "Points of order"),
 ("para", "1.", "During the discussion of any matter, a representative may rise to a point of "
  "order, which shall be decided immediately by the Chairperson."),
 ("para", "2.", "A representative may appeal against the ruling of the Chairperson. The appeal "
  "shall be put to the vote immediately, and the ruling shall stand unless overruled by a "
  "majority of the members present and voting."),
 ("rule", 16, "Closure of debate"),
 ("text", "A representative may at any time move the closure of the debate on the item under "
  "discussion. Permission to speak on the motion shall be accorded only to two speakers "
  "opposing the closure, after which the motion shall be put to the vote immediately."),
 ("rule", 17, "Proposals and amendments"),
 ("para", "1.", "Proposals and amendments shall normally be submitted in writing to the "
  "Administration, which shall circulate copies to all members."),
 ("para", "2.", "No proposal shall be discussed or put to the vote unless copies of it have been "
  "circulated not later than the day preceding the meeting. The Chairperson may, however, "
  "permit the discussion of amendments that have not been circulated."),
 ("rule", 18, "Working groups"),
 ("para", "1.", "The Standing Committee may establish such working groups as it deems necessary "
  "for the performance of its functions, and shall define their mandates."),
 ("para", "2.", "Working groups shall be open-ended, unless the Standing Committee decides "
  "otherwise, and shall report to the Standing Committee at a time specified by it."),
 ("para", "3.", "These Rules shall apply, mutatis mutandis, to the proceedings of working groups."),

 ("chap", "VI", "VOTING"),
 ("rule", 19, "Consensus"),
 ("text", "The Standing Committee shall make every effort to reach its decisions and "
  "recommendations by consensus."),
 ("rule", 20, "Voting rights and majority"),
 ("para", "1.", "Each member of the Standing Committee shall have one vote."),
 ("para", "2.", "Where a vote is required, decisions of the Standing Committee shall be taken by a "
  "majority of the members present and voting."),
 ("para", "3.", "For the purposes of these Rules, the phrase \u201cmembers present and voting\u201d "
  "means members casting an affirmative or negative vote. Members which abstain from voting "
  "shall be considered as not voting."),
 ("rule", 21, "Method of voting"),
 ("para", "1.", "The Standing Committee shall normally vote by show of hands, except that any "
  "representative may request a roll-call."),
 ("para", "2.", "The Standing Committee shall vote by secret ballot when it so decides."),
 ("para", "3.", "If a vote is equally divided, the proposal shall be regarded as rejected."),
 ("rule", 22, "Decisions between sessions of the Council"),
 ("text", "Any decision taken by the Standing Committee between sessions of the Council on an "
  "urgent matter falling within the competence of the Council shall be submitted to the "
  "Council for approval at its next session.{2}"),

 ("chap", "VII", "LANGUAGES"),
 ("rule", 23, "Languages"),
 ("para", "1.", "English, French and Spanish shall be the official and working languages of the "
  "Standing Committee.{3}"),
 ("para", "2.", "Speeches made in one of the working languages shall be interpreted into the "
  "other two working languages."),
 ("para", "3.", "A representative may speak in another language, provided that he or she makes "
  "arrangements for interpretation into one of the working languages."),
 ("chap", "VIII", "RECORDS"),
 ("rule", 24, "Report of the session"),
 ("para", "1.", "A report on each session shall be prepared by the Administration under the "
  "authority of the Rapporteur and circulated in draft to all members."),
 ("para", "2.", "Members may submit corrections to the draft report within ten working days of "
  "its circulation."),
 ("para", "3.", "The report, as approved, shall be transmitted to the Council, together with any "
  "recommendations of the Standing Committee."),
 ("rule", 25, "Distribution of documents"),
 ("text", "The documents of the Standing Committee shall be distributed to all Member States "
  "and, unless the Standing Committee decides otherwise, to the observers referred to in "
  "Rule 2."),

 ("chap", "IX", "AMENDMENTS"),
 ("rule", 26, "Amendment of the Rules"),
 ("para", "1.", "These Rules may be amended by a decision of the Standing Committee, provided "
  "that the text of the proposed amendment has been circulated to all members at least "
  "thirty days before the session at which it is to be considered."),
 ("para", "2.", "Any amendment adopted under paragraph 1 of this Rule shall be submitted to the "
  "Council for approval, in accordance with Rule 22."),
 ("rule", 27, "Suspension of the Rules"),
 ("text", "Any of these Rules may be suspended by the Standing Committee, provided that notice "
  "of the proposal for suspension has been given at the preceding meeting and that no member "
  "objects."),
]


class Doc:
    def __init__(self):
        pdf = FPDF(orientation="P", unit="mm", format="A4")
        pdf.set_auto_page_break(False)
        pdf.set_margins(LEFT, 15, 210 - RIGHT)
        pdf.add_font("DV", "", FONTDIR + "DejaVuSansCondensed.ttf")
        pdf.add_font("DV", "B", FONTDIR + "DejaVuSansCondensed-Bold.ttf")
        pdf.add_font("DV", "I", FONTDIR + "DejaVuSansCondensed-Oblique.ttf")
        pdf.set_title(" ".join(RUNNING_TITLE))
        self.pdf = pdf
        self.page_label = 0
        self.fns = []         # footnote numbers placed on the current page
        self.y = TOP

    # ---- helpers ---------------------------------------------------------
    def sw(self, s, size=FS, style=""):
        self.pdf.set_font("DV", style, size)
        return self.pdf.get_string_width(s)

    def put(self, x, y, s, size=FS, style=""):
        self.pdf.set_font("DV", style, size)
        self.pdf.text(x, y, s)

    def right(self, y, s, size=FS, style=""):
        self.put(RIGHT - self.sw(s, size, style), y, s, size, style)

    def center(self, y, s, size=FS, style=""):
        self.put(LEFT + (WIDTH - self.sw(s, size, style)) / 2, y, s, size, style)

    # ---- footnotes -------------------------------------------------------
    def fn_lines(self, n):
        return self.wrap(self.tokens(FOOTNOTES[n]), WIDTH - 6, WIDTH - 6, FN_FS)

    def fn_height(self, nums):
        if not nums:
            return 0.0
        h = 6.0
        for n in nums:
            h += len(self.fn_lines(n)) * FN_LH + 1.0
        return h

    def draw_footnotes(self):
        if not self.fns:
            return
        h = self.fn_height(self.fns)
        y = BOTTOM - h + 4.0
        self.put(LEFT, y, "__________", FS)
        y += 5.0
        for n in self.fns:
            self.put(LEFT, y - 1.4, n, 5.5)
            lines = self.fn_lines(n)
            for i, ln in enumerate(lines):
                self.draw_line(ln, LEFT + 6, y, WIDTH - 6, FN_FS, justify=(i < len(lines) - 1))
                y += FN_LH
            y += 1.0
        self.fns = []

    # ---- pages -----------------------------------------------------------
    def new_page(self):
        self.draw_footnotes()
        self.pdf.add_page()
        self.page_label += 1
        self.right(14, SYMBOL)
        self.right(19, "Page %d" % self.page_label)
        self.y = TOP

    # ---- text ------------------------------------------------------------
    def tokens(self, text):
        out = []
        for w in text.split():
            m = re.match(r"^(.*?)\{(\w+)\}(.*)$", w)
            if m:
                out.append((m.group(1), m.group(2), m.group(3)))
            else:
                out.append((w, None, ""))
        return out

    def tok_w(self, t, size):
        base, mark, tail = t
        w = self.sw(base, size)
        if mark:
            w += self.sw(mark, size * 0.62) + 0.2
        if tail:
            w += self.sw(tail, size)
        return w

    def wrap(self, toks, w_first, w_rest, size=FS):
        lines, cur, cw = [], [], 0.0
        space = self.sw(" ", size)
        for t in toks:
            tw = self.tok_w(t, size)
            limit = w_first if not lines else w_rest
            if cur and cw + space + tw > limit:
                lines.append(cur)
                cur, cw = [t], tw
            else:
                cw = cw + (space if cur else 0) + tw
                cur.append(t)
        if cur:
            lines.append(cur)
        return lines

    def draw_line(self, line, x, y, width, size=FS, justify=False):
        space = self.sw(" ", size)
        widths = [self.tok_w(t, size) for t in line]
        gap = space
        if justify and len(line) > 1:
            gap = (width - sum(widths)) / (len(line) - 1)
            gap = min(gap, space * 2.2)
        for t, w in zip(line, widths):
            base, mark, tail = t
            self.put(x, y, base, size)
            xx = x + self.sw(base, size)
            if mark:
                self.put(xx + 0.2, y - size * 0.14, mark, size * 0.62)
                xx += self.sw(mark, size * 0.62) + 0.2
            if tail:
                self.put(xx, y, tail, size)
            x += w + gap

    def block(self, text, x_first, x_rest, label=None, label_x=None, gap=PGAP):
        toks = self.tokens(text)
        lines = self.wrap(toks, RIGHT - x_first, RIGHT - x_rest)
        for i, ln in enumerate(lines):
            marks = [t[1] for t in ln if t[1]]
            need = self.fn_height(self.fns + marks)
            if self.y + LH > BOTTOM - need:
                self.new_page()
            self.fns.extend(marks)
            base_y = self.y + 3.6
            if i == 0 and label:
                self.put(label_x, base_y, label)
            xs = x_first if i == 0 else x_rest
            self.draw_line(ln, xs, base_y, RIGHT - xs, FS, justify=(i < len(lines) - 1))
            self.y += LH
        self.y += gap

    def room(self, h):
        if self.y + h > BOTTOM - self.fn_height(self.fns):
            self.new_page()

    # ---- document --------------------------------------------------------
    def cover(self):
        pdf = self.pdf
        pdf.add_page()
        self.right(20, SYMBOL, 11, "B")
        self.right(27, "Original: English", 10)
        self.right(32, "4 October 2011", 10)
        self.put(LEFT, 50, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE", 10, "B")
        self.put(LEFT, 56, "Ninth Session", 10, "B")
        self.put(LEFT, 65, "25-26 October 2011", 10)
        pdf.set_line_width(0.4)
        pdf.line(LEFT, 95, RIGHT, 95)
        self.center(118, RUNNING_TITLE[0], 12, "B")
        self.center(125, RUNNING_TITLE[1], 12, "B")
        self.center(136, "(Proposed by the Administration following informal consultations)", 10)
        pdf.line(LEFT, 262, RIGHT, 262)
        self.center(268, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE", 8, "B")
        self.center(272, "COMIT\u00c9 PERMANENT DES PROGRAMMES ET DES FINANCES", 8, "B")
        self.center(276, "COMIT\u00c9 PERMANENTE DE PROGRAMAS Y FINANZAS", 8, "B")

    def body(self):
        self.new_page()
        self.center(self.y + 4, RUNNING_TITLE[0], 10, "B")
        self.center(self.y + 9, RUNNING_TITLE[1], 10, "B")
        self.y += 18
        for i, b in enumerate(BODY):
            k = b[0]
            if k == "head":
                self.room(20)
                self.center(self.y + 4, b[1], FS, "B")
                self.y += 10
            elif k == "chap":
                self.y += 2
                self.room(25)
                self.center(self.y + 4, "%s \u2013 %s" % (b[1], b[2]), FS, "B")
                self.y += 8
            elif k == "rule":
                self.room(17)
                self.center(self.y + 3.6, "Rule %d" % b[1], FS, "B")
                self.center(self.y + 8.1, b[2], FS, "I")
                self.y += 11
            elif k == "text":
                self.block(b[1], LEFT, LEFT)
            elif k == "para":
                self.block(b[2], LEFT + 10, LEFT, label=b[1], label_x=LEFT)
            elif k == "item":
                lvl = b[3]
                lx = LEFT + 10 * lvl
                last = i + 1 >= len(BODY) or BODY[i + 1][0] != "item"
                self.block(b[2], lx + 10, lx + 10, label=b[1], label_x=lx,
                           gap=PGAP if last else 1.2)
        self.draw_footnotes()

    def save(self):
        self.pdf.output(OUT)


if __name__ == "__main__":
    d = Doc()
    d.cover()
    d.body()
    d.save()
    print("pages:", d.pdf.page_no())
