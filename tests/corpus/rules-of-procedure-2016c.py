#!/usr/bin/env python3
"""Draws rules-of-procedure-2016c.pdf: Rules of Procedure of the Standing Committee on
Programmes and Finance, as adopted by the Council in December 2016 (S/19/12/Rev.1)."""
import os
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "rules-of-procedure-2016c.pdf")
FONTDIR = "/usr/share/fonts/truetype/dejavu"

SYMBOL = "S/19/12/Rev.1"
ORIGINAL = "Original: English"
DATE = "14 December 2016"
ORGAN = "STANDING COMMITTEE ON PROGRAMMES AND FINANCE"
SESSION = "Nineteenth Session"
TITLE_LINES = ["RULES OF PROCEDURE OF THE", "STANDING COMMITTEE ON PROGRAMMES AND FINANCE"]
COVER_NOTE = ("These Rules of Procedure were adopted by the Council at its 107th Session through "
              "Resolution No. 1336 of 6 December 2016. They supersede the provisional rules issued "
              "in document S/17/4 and take effect on 1 January 2017.")

FOOTNOTES = {
    "1": ("The notice periods in this Rule follow the recommendation made by the Standing Committee "
          "at its Seventeenth Session (document S/17/15, paragraph 38)."),
    "2": ("In keeping with established practice, the three offices rotate among the regional groups "
          "of Member States, as confirmed by the Council in Resolution No. 1310 of 24 November 2015."),
}

# Body: ("chapter", text) | ("rule", number, title) | ("text", text, fn) | ("sub", label, text, fn)
#       | ("item", label, text)
BODY = [
    ("chapter", "I.  SESSIONS"),
    ("rule", "Rule 1", "Regular sessions"),
    ("sub", "(1)", "The Standing Committee on Programmes and Finance (hereinafter \u201cthe Standing "
     "Committee\u201d) shall meet in regular session twice a year, as a rule in June and in October "
     "or November.", None),
    ("sub", "(2)", "At the close of each regular session, the Standing Committee shall fix the opening "
     "date of its next regular session after consulting the Director General.", None),
    ("rule", "Rule 2", "Special sessions"),
    ("text", "A special session of the Standing Committee shall be convened by the Chairperson at the "
     "request of the Council, at the request of one third of the Member States of the Organization, or "
     "at the initiative of the Chairperson after consultation with the Director General.", None),
    ("rule", "Rule 3", "Place of sessions"),
    ("text", "Sessions shall be held at the Headquarters of the Organization in Geneva, unless the "
     "Standing Committee, with the concurrence of the Director General, decides to meet elsewhere.", None),
    ("rule", "Rule 4", "Notice of sessions"),
    ("text", "The Director General shall notify all Member States of the date and place of a regular "
     "session not less than 42 days before its opening, and of a special session not less than 21 days "
     "before its opening.", "1"),

    ("chapter", "II.  AGENDA"),
    ("rule", "Rule 5", "Preparation of the provisional agenda"),
    ("sub", "(1)", "The provisional agenda of each session shall be prepared by the Director General in "
     "agreement with the Chairperson.", None),
    ("sub", "(2)", "The provisional agenda of a regular session, together with the main documents "
     "relating to its items, shall be transmitted to Member States at least four weeks before the "
     "opening of the session. For a special session, the provisional agenda shall accompany the notice "
     "referred to in Rule 4.", None),
    ("rule", "Rule 6", "Items on the provisional agenda"),
    ("text", "The provisional agenda of a regular session shall comprise:", None),
    ("item", "(a)", "any item that the Council has referred to the Standing Committee;"),
    ("item", "(b)", "any item that the Standing Committee decided at a previous session to include;"),
    ("item", "(c)", "any item proposed by a Member State not later than six weeks before the opening of "
     "the session;"),
    ("item", "(d)", "the financial, budgetary and programme matters on which the Standing Committee is "
     "required to report to the Council; and"),
    ("item", "(e)", "any other item that the Director General considers it necessary to place before the "
     "Standing Committee."),
    ("rule", "Rule 7", "Adoption and revision of the agenda"),
    ("sub", "(1)", "The first item on the provisional agenda of each session shall be the adoption of "
     "the agenda.", None),
    ("sub", "(2)", "During a session, the Standing Committee may add items to the agenda or delete, "
     "defer or amend items, by decision of a majority of the Member States present and voting.", None),
    ("sub", "(3)", "A request for the addition of an item shall be accompanied by an explanatory "
     "memorandum and, where possible, by a draft decision.", None),

    ("chapter", "III.  REPRESENTATION AND OBSERVERS"),
    ("rule", "Rule 8", "Representation of Member States"),
    ("text", "Each Member State shall be represented at sessions of the Standing Committee by one "
     "representative, who may be accompanied by such alternates and advisers as the Member State may "
     "designate. An alternate or adviser may act as representative on the designation of the "
     "representative.", None),
    ("rule", "Rule 9", "Observers"),
    ("sub", "(1)", "States that are not Members of the Organization but have observer status with the "
     "Council may be represented at public meetings of the Standing Committee by observers.", None),
    ("sub", "(2)", "Intergovernmental organizations and non-governmental organizations having observer "
     "status with the Council may likewise be represented by observers, at the invitation of the "
     "Chairperson.", None),
    ("sub", "(3)", "Observers may, with the consent of the Chairperson, make oral statements and "
     "circulate written statements on items of the agenda, but shall have no right to vote or to "
     "submit proposals.", None),

    ("chapter", "IV.  OFFICERS"),
    ("rule", "Rule 10", "Election of officers"),
    ("text", "At the first regular session of each year, the Standing Committee shall elect from among "
     "the representatives of its Member States a Chairperson, a Vice-Chairperson and a Rapporteur, who "
     "shall remain in office until their successors are elected.", "2"),
    ("rule", "Rule 11", "Acting Chairperson"),
    ("text", "If the Chairperson is absent from a meeting or any part thereof, or is unable to perform "
     "the functions of the office, the Vice-Chairperson shall act as Chairperson with the same powers "
     "and duties. Should both be absent, the Standing Committee shall designate one of the "
     "representatives present to preside.", None),
    ("rule", "Rule 12", "Powers of the Chairperson"),
    ("sub", "(1)", "The Chairperson shall declare the opening and closing of each meeting, direct the "
     "discussion, accord the right to speak, put questions to the vote and announce decisions.", None),
    ("sub", "(2)", "The Chairperson shall rule on points of order and, subject to these Rules, shall "
     "have full control of the proceedings at any meeting.", None),
    ("sub", "(3)", "In the exercise of these functions, the Chairperson remains under the authority of "
     "the Standing Committee.", None),
    ("sub", "(4)", "In the course of the discussion of an item, the Chairperson may propose to the "
     "Standing Committee:", None),
    ("item", "(a)", "that the time allowed to each speaker be limited;"),
    ("item", "(b)", "that the list of speakers be closed;"),
    ("item", "(c)", "that the debate on the item be adjourned or closed; and"),
    ("item", "(d)", "that the meeting be suspended or adjourned."),

    ("chapter", "V.  CONDUCT OF BUSINESS"),
    ("rule", "Rule 13", "Quorum"),
    ("text", "A majority of the Member States of the Organization shall constitute a quorum for the "
     "taking of decisions. The presence of one third of the Member States shall suffice for the "
     "Chairperson to open a meeting and permit the debate to proceed.", None),
    ("rule", "Rule 14", "Public and private meetings"),
    ("text", "The meetings of the Standing Committee shall be held in public unless it decides that "
     "exceptional circumstances require a meeting to be held in private.", None),
    ("rule", "Rule 15", "Working groups"),
    ("text", "The Standing Committee may establish such working groups as it deems necessary, shall "
     "define their terms of reference and composition, and shall receive their reports.", None),

    ("chapter", "VI.  DECISIONS"),
    ("rule", "Rule 16", "Voting rights"),
    ("text", "Each Member State shall have one vote. A Member State that is in arrears in the payment "
     "of its financial contributions to the Organization shall have no vote when the amount of its "
     "arrears equals or exceeds the amount of the contributions due from it for the preceding two full "
     "years.", None),
    ("rule", "Rule 17", "Majority required"),
    ("sub", "(1)", "Decisions of the Standing Committee shall be taken by a majority of the Member "
     "States present and voting.", None),
    ("sub", "(2)", "For the purposes of these Rules, \u201cMember States present and voting\u201d means "
     "Member States casting an affirmative or negative vote. Member States that abstain shall be "
     "considered as not voting.", None),
    ("sub", "(3)", "If a vote is equally divided, the proposal shall be regarded as rejected.", None),
    ("rule", "Rule 18", "Consensus"),
    ("text", "The Standing Committee shall endeavour to reach its decisions by consensus. A vote shall "
     "be taken only where all efforts to reach consensus have been exhausted and a Member State so "
     "requests.", None),

    ("chapter", "VII.  LANGUAGES AND RECORDS"),
    ("rule", "Rule 19", "Languages"),
    ("text", "English, French and Spanish shall be the official and working languages of the Standing "
     "Committee. Statements made in any of these languages shall be interpreted into the other two.",
     None),
    ("rule", "Rule 20", "Report of the session"),
    ("sub", "(1)", "A report on each session shall be prepared under the authority of the Rapporteur "
     "and shall record the decisions and conclusions of the Standing Committee.", None),
    ("sub", "(2)", "The draft report shall be circulated to all Member States, which may submit "
     "corrections within three weeks of its circulation; the report shall then be submitted to the "
     "Council.", None),

    ("chapter", "VIII.  FINAL PROVISIONS"),
    ("rule", "Rule 21", "Application of the Rules of Procedure of the Council"),
    ("text", "In any matter not provided for in these Rules, the Rules of Procedure of the Council "
     "shall apply mutatis mutandis.", None),
    ("rule", "Rule 22", "Amendments"),
    ("text", "These Rules may be amended by the Council, either on its own initiative or on the "
     "recommendation of the Standing Committee. The text of any proposed amendment shall be circulated "
     "to all Member States at least six weeks before the session at which it is to be considered.",
     None),
]

# ---------------------------------------------------------------- layout constants (mm)
LM, RM, TOP, BOTTOM = 25.0, 25.0, 20.0, 17.0
PW, PH = 210.0, 297.0
TW = PW - LM - RM
FS = 10.0           # body font size (pt)
LH = 4.8            # body line height
PARA_GAP = 2.3
FN_FS = 8.5
FN_LH = 4.2
IND = 10.0          # first-line indent after a sub-rule label
ITEM_LBL = 10.0     # item label position
ITEM_TXT = 20.0     # item text position


class Doc(FPDF):
    def __init__(self):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_auto_page_break(False)
        self.set_margins(LM, TOP, RM)
        self.add_font("Body", "", os.path.join(FONTDIR, "DejaVuSans.ttf"))
        self.add_font("Body", "B", os.path.join(FONTDIR, "DejaVuSans-Bold.ttf"))
        self.add_font("Body", "I", os.path.join(FONTDIR, "DejaVuSans-Oblique.ttf"))
        self.page_fns = []      # footnote keys placed on the current page
        self.y_cur = TOP

    # ---------------- page handling
    def new_body_page(self):
        if self.page > 0:
            self.flush_footnotes()
        self.add_page()
        self.page_fns = []
        label = "Page %d" % (self.page - 1)
        self.set_font("Body", "", 9.5)
        self.set_xy(LM, 12)
        self.cell(TW, 4.5, SYMBOL, align="R")
        self.set_xy(LM, 16.5)
        self.cell(TW, 4.5, label, align="R")
        self.y_cur = 28.0

    def fn_height(self, keys):
        if not keys:
            return 0.0
        h = 6.0
        for k in keys:
            h += len(self.wrap(FOOTNOTES[k], TW - 5, "", FN_FS)) * FN_LH + 1.0
        return h

    def limit(self, extra_fns=()):
        return PH - BOTTOM - self.fn_height(self.page_fns + list(extra_fns))

    def flush_footnotes(self):
        if not self.page_fns:
            return
        y = PH - BOTTOM - self.fn_height(self.page_fns) + 3.0
        self.set_line_width(0.2)
        self.line(LM, y, LM + 45, y)
        y += 2.5
        for k in self.page_fns:
            lines = self.wrap(FOOTNOTES[k], TW - 5, "", FN_FS)
            self.set_font("Body", "", 6)
            self.set_xy(LM + 1, y - 1.0)
            self.cell(4, FN_LH, k)
            self.set_font("Body", "", FN_FS)
            for i, ln in enumerate(lines):
                self.jline(LM + 5, y, TW - 5, FN_LH, ln, i < len(lines) - 1)
                y += FN_LH
            y += 1.0
        self.page_fns = []

    # ---------------- text helpers
    def wrap(self, text, width, style, size, first_width=None):
        self.set_font("Body", style, size)
        words = text.split()
        lines, cur = [], ""
        w_avail = first_width if first_width is not None else width
        for w in words:
            trial = (cur + " " + w) if cur else w
            if self.get_string_width(trial) <= w_avail:
                cur = trial
            else:
                lines.append(cur)
                cur = w
                w_avail = width
        if cur:
            lines.append(cur)
        return lines

    def jline(self, x, y, w, h, text, justify):
        """One line of text; justified by spreading the gaps between words."""
        words = text.split()
        if not justify or len(words) < 2:
            self.set_xy(x, y)
            self.cell(w, h, text)
            return
        total = sum(self.get_string_width(t) for t in words)
        gap = (w - total) / (len(words) - 1)
        if gap > 1.7 * self.get_string_width(" "):
            # too loose: set the line ragged rather than stretch it
            self.set_xy(x, y)
            self.cell(w, h, text)
            return
        cx = x
        for t in words:
            tw = self.get_string_width(t)
            self.set_xy(cx, y)
            self.cell(tw, h, t)
            cx += tw + gap

    def ensure(self, h, extra_fns=()):
        if self.y_cur + h > self.limit(extra_fns):
            self.new_body_page()

    def marker(self, key, x, y):
        self.set_font("Body", "", 6.5)
        self.set_xy(x, y - 1.3)
        self.cell(self.get_string_width(key) + 0.3, LH, key)
        self.set_font("Body", "", FS)

    def paragraph(self, text, fn=None, label=None, x0=LM, text_x=None, hang=False, keep=0):
        """label at x0; first line text starts at text_x; later lines at x0 (IOM style) or text_x (hang)."""
        if text_x is None:
            text_x = x0
        first_w = LM + TW - text_x
        rest_x = text_x if hang else x0
        rest_w = LM + TW - rest_x
        lines = self.wrap(text, rest_w, "", FS, first_width=first_w)
        # keep at least two lines together (no orphan first line)
        self.ensure(min(len(lines), 2) * LH + keep)
        for i, ln in enumerate(lines):
            last = i == len(lines) - 1
            fns = (fn,) if (last and fn) else ()
            self.ensure(LH, fns)
            self.set_font("Body", "", FS)
            if i == 0 and label:
                self.set_xy(x0, self.y_cur)
                self.cell(text_x - x0, LH, label)
            x = text_x if i == 0 else rest_x
            w = first_w if i == 0 else rest_w
            self.jline(x, self.y_cur, w, LH, ln, not last)
            if last and fn:
                self.marker(fn, x + self.get_string_width(ln) + 0.2, self.y_cur)
                self.page_fns.append(fn)
            self.y_cur += LH
        self.y_cur += PARA_GAP


def draw_cover(pdf):
    pdf.add_page()
    # emblem: a drawn device, no text
    pdf.set_line_width(0.5)
    pdf.set_draw_color(0, 70, 140)
    pdf.circle(x=LM + 9, y=22, radius=9)
    pdf.line(LM + 9, 13, LM + 9, 31)
    pdf.line(LM, 22, LM + 18, 22)
    pdf.ellipse(LM + 4.5, 13, 9, 18)
    pdf.set_draw_color(0, 0, 0)
    # header block, right-aligned
    pdf.set_font("Body", "B", 11)
    pdf.set_xy(LM, 18)
    pdf.cell(TW, 5.5, SYMBOL, align="R")
    pdf.set_font("Body", "", 10.5)
    pdf.set_xy(LM, 24)
    pdf.cell(TW, 5.5, ORIGINAL, align="R")
    pdf.set_xy(LM, 29.5)
    pdf.cell(TW, 5.5, DATE, align="R")
    # organ and session
    pdf.set_font("Body", "B", 12)
    pdf.set_xy(LM, 80)
    pdf.cell(TW, 6, ORGAN, align="C")
    pdf.set_font("Body", "", 11.5)
    pdf.set_xy(LM, 87)
    pdf.cell(TW, 6, SESSION, align="C")
    # title
    pdf.set_font("Body", "B", 13)
    y = 125
    for i, t in enumerate(TITLE_LINES):
        pdf.set_xy(LM, y)
        if i == len(TITLE_LINES) - 1:
            w = pdf.get_string_width(t)
            x = LM + (TW - w) / 2
            pdf.set_xy(x, y)
            pdf.cell(w, 7, t)
            pdf.set_font("Body", "B", 10)
            pdf.set_xy(x + w + 0.3, y - 1.6)
            pdf.cell(3, 7, "*")
        else:
            pdf.cell(TW, 7, t, align="C")
        y += 8
    # cover note at the bottom
    lines = pdf.wrap(COVER_NOTE, TW - 5, "", 9.5)
    y = PH - BOTTOM - 8 - len(lines) * 4.8
    pdf.set_line_width(0.2)
    pdf.line(LM, y, LM + 45, y)
    y += 3
    pdf.set_font("Body", "", 9.5)
    pdf.set_xy(LM, y)
    pdf.cell(5, 4.8, "*")
    for i, ln in enumerate(lines):
        pdf.jline(LM + 5, y, TW - 5, 4.8, ln, i < len(lines) - 1)
        y += 4.8


def main():
    pdf = Doc()
    pdf.set_title("Rules of Procedure of the Standing Committee on Programmes and Finance")
    pdf.set_author("International Organization for Migration")
    draw_cover(pdf)
    pdf.new_body_page()
    # running title on the first text page
    pdf.set_font("Body", "B", 11)
    for t in TITLE_LINES:
        pdf.set_xy(LM, pdf.y_cur)
        pdf.cell(TW, 6, t, align="C")
        pdf.y_cur += 5.5
    pdf.y_cur += 2

    for blk in BODY:
        kind = blk[0]
        if kind == "chapter":
            # keep heading with the rule heading and two lines of text
            pdf.ensure(4 + 7 + 12 + 2 * LH)
            pdf.y_cur += 4
            pdf.set_font("Body", "B", 11)
            pdf.set_xy(LM, pdf.y_cur)
            pdf.cell(TW, 6, blk[1], align="C")
            pdf.y_cur += 8.5
        elif kind == "rule":
            pdf.ensure(11 + 2 * LH)
            pdf.set_font("Body", "B", FS)
            pdf.set_xy(LM, pdf.y_cur)
            pdf.cell(TW, LH, blk[1])
            pdf.y_cur += LH
            pdf.set_font("Body", "U", FS)
            pdf.set_xy(LM, pdf.y_cur)
            pdf.cell(TW, LH, blk[2])
            pdf.y_cur += LH + 2.0
        elif kind == "text":
            pdf.paragraph(blk[1], fn=blk[2])
        elif kind == "sub":
            pdf.paragraph(blk[2], fn=blk[3], label=blk[1], x0=LM, text_x=LM + IND)
        elif kind == "item":
            pdf.paragraph(blk[2], label=blk[1], x0=LM + ITEM_LBL, text_x=LM + ITEM_TXT, hang=True)
    pdf.flush_footnotes()
    pdf.output(OUT)


if __name__ == "__main__":
    main()
