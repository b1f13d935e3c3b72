"""Draws agenda-2016c.pdf: annotated provisional agenda of the IOM Council, 107th Session (C/107/1).

fpdf2, A4, own small line-breaking engine so that footnote markers can be raised and footnote
bodies placed at the foot of the page on which their marker falls.
"""
import os
import re

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "agenda-2016c.pdf")
FONTDIR = "/usr/share/fonts/truetype/dejavu"

SYMBOL = "C/107/1"

PAGE_W, PAGE_H = 210.0, 297.0
LM, RM = 20.0, 190.0
NUM_X = 22.0          # fixed column of the agenda item numbers
TITLE_X = 32.0        # agenda titles and annotation text
SUB_TEXT_X = 40.0     # text of lettered sub-items
DOC_X = 150.0         # documents column
TITLE_RIGHT = 143.0   # right edge of the title column in Part I
BODY_TOP = 32.0
BODY_BOTTOM = 277.0

FS = 10.5             # body size (pt)
LH = 5.3              # body line height (mm)
FN_FS = 8.5
FN_LH = 3.9

# ---------------------------------------------------------------------------
# Content
# ---------------------------------------------------------------------------

# Part I: (number, title, documents, sub-items[(letter, title, documents)])
AGENDA = [
    ("1", "Opening of the session", [], []),
    ("2", "Credentials of representatives and observers", [], []),
    ("3", "Election of officers", [], []),
    ("4", "Adoption of the agenda", ["C/107/1"], []),
    ("5", "Applications for representation by observers", [], [
        ("(a)", "Application by the Pacific Islands Forum Secretariat", ["C/107/2", "C/107/L/2"]),
        ("(b)", "Application by the Arab Network for Migration and Human Rights",
         ["C/107/3", "C/107/L/3"]),
    ]),
    ("6", "Report on the 106th Session of the Council", ["C/106/54", "C/107/L/4"], []),
    ("7", "Statement by the Director General", [], []),
    ("8", "Report of the Director General on the work of the Organization for the year 2015",
     ["C/107/4"], []),
    ("9", "General debate", [], []),
    ("10", "IOM as a related organization in the United Nations system: progress report",
     ["C/107/5"], []),
    ("11", "Reports of the Standing Committee on Programmes and Finance", [], [
        ("(a)", "Report on the Eighteenth Session", ["S/18/17"]),
        ("(b)", "Report on the Nineteenth Session", ["S/19/15"]),
    ]),
    ("12", "Programme and Budget for 2017", ["C/107/6", "C/107/L/5"], []),
    ("13", "Other business", [], []),
    ("14", "Closure of the session", [], []),
]

# Part II: (number, bold title, [blocks]); a block is ("p", text) or ("bullets", [texts]).
# Inline markup: ^N^ = raised footnote marker N.
ANNOTATIONS = [
    ("1", "Opening of the session", [
        ("p", "The outgoing Chairperson will open the 107th Session of the Council on Monday, "
              "5 December 2016, at 10 a.m. in Room 1 of the Centre International de Conférences "
              "Genève (CICG)."),
    ]),
    ("2", "Credentials of representatives and observers", [
        ("p", "Under Rule 5 of the Council’s Rules of Procedure, the credentials of representatives "
              "of Member States and the names of the members of their delegations should reach the "
              "Director General no later than 24 hours before the session opens. Credentials are "
              "issued by the Head of State or Government, by the Minister for Foreign Affairs or by "
              "a person whom one of them has authorized."),
        ("p", "The Director General will report on the credentials received, and the Council will be "
              "invited to take note of that report during its first meeting."),
    ]),
    ("3", "Election of officers", [
        ("p", "In accordance with Rule 15 of its Rules of Procedure, the Council will elect a "
              "Chairperson, a First Vice-Chairperson, a Second Vice-Chairperson and a Rapporteur, "
              "who will remain in office until the opening of the next regular session.^1^"),
    ]),
    ("4", "Adoption of the agenda", [
        ("p", "The provisional agenda in Part I of this document has been drawn up by the Director "
              "General in consultation with the outgoing Bureau. It is submitted to the Council for "
              "adoption under Rule 9 of its Rules of Procedure."),
    ]),
    ("5", "Applications for representation by observers", [
        ("p", "The Pacific Islands Forum Secretariat and the Arab Network for Migration and Human "
              "Rights have each asked to be represented by an observer at meetings of the Council. "
              "Their letters of application and background information on both organizations are "
              "reproduced in documents C/107/2 and C/107/3."),
        ("p", "Should the Council wish to grant the requests, draft resolutions C/107/L/2 and "
              "C/107/L/3 are submitted for its approval."),
    ]),
    ("6", "Report on the 106th Session of the Council", [
        ("p", "The draft report on the 106th Session (C/106/54) was transmitted to all Member States "
              "on 18 January 2016; the corrections received have been incorporated. The Council is "
              "invited to approve the report by adopting draft resolution C/107/L/4."),
    ]),
    ("7", "Statement by the Director General", [
        ("p", "The Director General will address the Council on the principal developments in the "
              "Organization since the 106th Session, including the first months of IOM’s "
              "relationship with the United Nations and the response to large movements of refugees "
              "and migrants."),
    ]),
    ("8", "Report of the Director General on the work of the Organization for the year 2015", [
        ("p", "Document C/107/4 reviews the activities carried out by the Organization in 2015, with "
              "data on operational expenditure, staffing and the distribution of projects by region "
              "and by area of work. The Council is invited to take note of the report."),
    ]),
    ("9", "General debate", [
        ("p", "This year’s general debate will be held on the theme “Migration governance in a "
              "changing landscape: partnerships for safe and orderly mobility”. A background note "
              "on the theme will be posted on the Council’s web page in November."),
        ("p", "To allow as many delegations as possible to take the floor, statements should not "
              "exceed five minutes. Delegations wishing to speak are asked to register with the "
              "Secretariat by Wednesday, 30 November 2016."),
    ]),
    ("10", "IOM as a related organization in the United Nations system: progress report", [
        ("p", "The Agreement concerning the Relationship between the United Nations and the "
              "International Organization for Migration was signed in New York on 19 September "
              "2016.^2^ Document C/107/5 reports on the steps taken since then to give effect to "
              "the Agreement, both at Headquarters and in the field."),
        ("p", "Member States will be invited to comment on the priorities set out in the document, "
              "in particular the Organization’s participation in inter-agency coordination "
              "mechanisms and the preparations for the global compact for safe, orderly and regular "
              "migration."),
    ]),
    ("11", "Reports of the Standing Committee on Programmes and Finance", [
        ("p", "The Standing Committee on Programmes and Finance held its Eighteenth Session on 28 and "
              "29 June 2016 and its Nineteenth Session on 13 and 14 October 2016. Its reports "
              "(S/18/17 and S/19/15) cover, among other matters:"),
        ("bullets", [
            "the Financial Report for the year ended 31 December 2015;",
            "the status of outstanding contributions to the Administrative Part of the Budget and "
            "the voting rights of Member States in arrears;",
            "the revision of the Programme and Budget for 2016 (S/19/5); and",
            "the use of Operational Support Income in 2016 and the estimates for 2017.",
        ]),
        ("p", "The Council is invited to take note of both reports and to endorse the "
              "recommendations they contain."),
    ]),
    ("12", "Programme and Budget for 2017", [
        ("p", "The Programme and Budget for 2017 (C/107/6) provides for an Administrative Part of "
              "CHF 50,042,000 and an Operational Part estimated at USD 1,127.5 million. The Standing "
              "Committee reviewed the document at its Nineteenth Session and recommended that the "
              "Council approve it."),
        ("p", "Draft resolution C/107/L/5 is submitted for the Council’s consideration."),
    ]),
    ("13", "Other business", [
        ("p", "Member States wishing to raise a matter under this item are requested to inform the "
              "Secretariat in advance."),
    ]),
    ("14", "Closure of the session", [
        ("p", "The Chairperson will close the session on Thursday, 8 December 2016, once the Council "
              "has completed its consideration of the agenda."),
    ]),
]

FOOTNOTES = {
    "1": "Under the established practice of rotation among the regional groups, the office of "
         "Chairperson for 2016–2017 falls to a representative of the Group of African States; "
         "consultations among the groups were continuing at the time of writing.",
    "2": "The Council approved the draft Agreement through Resolution No. 1317 of 30 June 2016, "
         "adopted at its Fourth Special Session.",
}


# ---------------------------------------------------------------------------
# Engine
# ---------------------------------------------------------------------------

class Doc(FPDF):
    def __init__(self):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_auto_page_break(False)
        self.set_margins(LM, 15, PAGE_W - RM)
        self.add_font("Sans", "", os.path.join(FONTDIR, "DejaVuSans.ttf"))
        self.add_font("Sans", "B", os.path.join(FONTDIR, "DejaVuSans-Bold.ttf"))
        self.add_font("Sans", "I", os.path.join(FONTDIR, "DejaVuSans-Oblique.ttf"))
        self.y_pos = 0.0
        self.page_fns = []     # footnote numbers placed on the current page

    # -- page handling ----------------------------------------------------
    def new_page(self):
        if self.page > 0:
            self.flush_footnotes()
        self.add_page()
        self.page_fns = []
        if self.page > 1:
            self.set_font("Sans", "", 9.5)
            for i, s in enumerate([SYMBOL, "Page %d" % self.page]):
                w = self.get_string_width(s)
                self.text(RM - w, 14 + i * 4.6, s)
            self.y_pos = BODY_TOP
        else:
            self.y_pos = 18.0

    def fn_height(self, nums):
        if not nums:
            return 0.0
        h = 6.0
        for n in nums:
            h += len(self.wrap_plain(FOOTNOTES[n], RM - (LM + 5), FN_FS, "")) * FN_LH + 1.0
        return h

    def bottom(self, extra=()):
        return BODY_BOTTOM - self.fn_height(list(self.page_fns) + list(extra))

    def flush_footnotes(self):
        if not self.page_fns:
            return
        h = self.fn_height(self.page_fns)
        y = BODY_BOTTOM - h + 3.0
        self.set_line_width(0.25)
        self.line(LM, y, LM + 45, y)
        y += 3.0
        for n in self.page_fns:
            self.set_font("Sans", "", 6.2)
            self.text(LM, y + 2.2, n)
            lines = self.wrap_plain(FOOTNOTES[n], RM - (LM + 5), FN_FS, "")
            self.set_font("Sans", "", FN_FS)
            for ln in lines:
                y += FN_LH
                self.text(LM + 5, y, ln)
            y += 1.0
        self.page_fns = []

    # -- text measuring -----------------------------------------------------
    def width(self, s, size, style=""):
        self.set_font("Sans", style, size)
        return self.get_string_width(s)

    def wrap_plain(self, text, width, size, style):
        words = text.split()
        lines, cur = [], ""
        for w in words:
            trial = (cur + " " + w) if cur else w
            if self.width(trial, size, style) <= width or not cur:
                cur = trial
            else:
                lines.append(cur)
                cur = w
        if cur:
            lines.append(cur)
        return lines

    def words_of(self, text, style):
        """Split marked-up text into words; a word is a list of (piece, style) where style 'SUP'
        is a raised footnote marker glued to the preceding characters."""
        words = []
        for raw in text.split(" "):
            if not raw:
                continue
            pieces = []
            for part in re.split(r"(\^\d+\^)", raw):
                if not part:
                    continue
                if part.startswith("^"):
                    pieces.append((part.strip("^"), "SUP"))
                else:
                    pieces.append((part, style))
            words.append(pieces)
        return words

    def word_w(self, word, size):
        w = 0.0
        for s, st in word:
            if st == "SUP":
                w += self.width(s, size * 0.62, "") + 0.2
            else:
                w += self.width(s, size, st)
        return w

    def break_words(self, words, width, size, first_width=None):
        lines, cur, cw = [], [], 0.0
        sp = self.width(" ", size, "")
        avail = first_width if first_width is not None else width
        for w in words:
            ww = self.word_w(w, size)
            need = ww if not cur else cw + sp + ww
            if cur and need > avail:
                lines.append(cur)
                cur, cw = [w], ww
                avail = width
            else:
                cur.append(w)
                cw = need
        if cur:
            lines.append(cur)
        return lines

    def draw_line(self, words, x, y, width, size, justify):
        sp = self.width(" ", size, "")
        total = sum(self.word_w(w, size) for w in words)
        gap = sp
        if justify and len(words) > 1:
            gap = (width - total) / (len(words) - 1)
        cx = x
        for w in words:
            for s, st in w:
                if st == "SUP":
                    self.set_font("Sans", "", size * 0.62)
                    self.text(cx + 0.1, y - 1.6, s)
                    cx += self.get_string_width(s) + 0.2
                else:
                    self.set_font("Sans", st, size)
                    self.text(cx, y, s)
                    cx += self.get_string_width(s)
            cx += gap

    def line_fns(self, words):
        return [s for w in words for s, st in w if st == "SUP"]

    # -- block drawing ------------------------------------------------------
    def paragraph(self, text, x, width, size=FS, style="", justify=True, space_after=2.8,
                  keep_lines=1):
        words = self.words_of(text, style)
        lines = self.break_words(words, width, size)
        # avoid a lonely first line at the foot of a page
        if self.y_pos + LH * min(keep_lines, len(lines)) > self.bottom():
            self.new_page()
        for i, ln in enumerate(lines):
            fns = self.line_fns(ln)
            if self.y_pos + LH > self.bottom(fns):
                self.new_page()
            self.y_pos += LH
            last = i == len(lines) - 1
            self.draw_line(ln, x, self.y_pos - 1.3, width, size, justify and not last)
            self.page_fns.extend(fns)
        self.y_pos += space_after


def cover(pdf):
    pdf.new_page()
    # right-hand block: symbol, Original, date
    y = 20.0
    for s, st in [(SYMBOL, "B"), ("Original: English", ""), ("24 October 2016", "")]:
        pdf.set_font("Sans", st, 10.5)
        pdf.text(RM - pdf.get_string_width(s), y, s)
        y += 5.2
    # organ and session, left
    pdf.set_font("Sans", "B", 12)
    pdf.text(LM, 48, "COUNCIL")
    pdf.set_font("Sans", "", 11)
    pdf.text(LM, 54, "107th Session")
    # title, centred
    pdf.set_font("Sans", "B", 13)
    t = "ANNOTATED PROVISIONAL AGENDA"
    pdf.text((PAGE_W - pdf.get_string_width(t)) / 2, 74, t)
    pdf.set_line_width(0.3)
    pdf.line(LM, 82, RM, 82)
    pdf.y_pos = 90.0


def part_heading(pdf, text):
    if pdf.y_pos + 30 > pdf.bottom():
        pdf.new_page()
    pdf.set_font("Sans", "B", 11.5)
    pdf.y_pos += 5.5
    pdf.text((PAGE_W - pdf.get_string_width(text)) / 2, pdf.y_pos, text)
    pdf.y_pos += 6.0


def part_one(pdf):
    part_heading(pdf, "PART I – PROVISIONAL AGENDA")
    pdf.set_font("Sans", "B", 10)
    pdf.y_pos += 4.0
    pdf.text(DOC_X, pdf.y_pos, "Documents")
    w = pdf.get_string_width("Documents")
    pdf.set_line_width(0.2)
    pdf.line(DOC_X, pdf.y_pos + 0.8, DOC_X + w, pdf.y_pos + 0.8)
    pdf.y_pos += 4.5

    for num, title, docs, subs in AGENDA:
        rows = []   # each row: (label_x, label, text_x, text_lines, docs)
        tl = pdf.wrap_plain(title, TITLE_RIGHT - TITLE_X, FS, "")
        rows.append((NUM_X, num + ".", TITLE_X, tl, docs))
        for letter, stitle, sdocs in subs:
            sl = pdf.wrap_plain(stitle, TITLE_RIGHT - SUB_TEXT_X, FS, "")
            rows.append((TITLE_X, letter, SUB_TEXT_X, sl, sdocs))
        heights = [max(len(r[3]), len(r[4]), 1) * LH for r in rows]
        total = sum(heights) + 2.0 * (len(rows) - 1) + 5.0
        if pdf.y_pos + total > pdf.bottom():
            pdf.new_page()
        pdf.y_pos += 3.0
        for (lx, label, tx, lines, dd), h in zip(rows, heights):
            base = pdf.y_pos + LH - 1.3
            pdf.set_font("Sans", "", FS)
            pdf.text(lx, base, label)
            for i, ln in enumerate(lines):
                pdf.text(tx, base + i * LH, ln)
            for i, d in enumerate(dd):
                pdf.text(DOC_X, base + i * LH, d)
            pdf.y_pos += h + 2.0
        pdf.y_pos += 2.0


def part_two(pdf):
    pdf.y_pos += 6.0
    part_heading(pdf, "PART II – ANNOTATIONS")
    width = RM - TITLE_X
    for num, title, blocks in ANNOTATIONS:
        tl = pdf.wrap_plain(title, width, FS, "B")
        if pdf.y_pos + (len(tl) + 3) * LH + 6 > pdf.bottom():
            pdf.new_page()
        pdf.y_pos += 2.5
        for i, ln in enumerate(tl):
            pdf.y_pos += LH
            pdf.set_font("Sans", "B", FS)
            if i == 0:
                pdf.text(NUM_X, pdf.y_pos - 1.3, num + ".")
            pdf.text(TITLE_X, pdf.y_pos - 1.3, ln)
        pdf.y_pos += 2.0
        for kind, content in blocks:
            if kind == "p":
                pdf.paragraph(content, TITLE_X, width, keep_lines=2)
            else:
                for item in content:
                    if pdf.y_pos + LH > pdf.bottom():
                        pdf.new_page()
                    pdf.set_font("Sans", "", FS)
                    pdf.text(TITLE_X + 3, pdf.y_pos + LH - 1.3, "•")
                    pdf.paragraph(item, TITLE_X + 9, width - 9, justify=True, space_after=1.6)
                pdf.y_pos += 1.6


def main():
    pdf = Doc()
    pdf.set_title("C/107/1 - Annotated provisional agenda")
    cover(pdf)
    part_one(pdf)
    part_two(pdf)
    pdf.flush_footnotes()
    pdf.output(OUT)


if __name__ == "__main__":
    main()
