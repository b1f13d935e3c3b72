"""Rules of procedure of the IOM Standing Committee on Programmes and Finance (2008).

Writes rules-of-procedure-2008.pdf next to this file with fpdf2 core fonts.
A small hand-made line layout engine is used so that footnote markers can be
drawn raised and smaller, and so that footnote bodies land on the page of
their markers.
"""
import os
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "rules-of-procedure-2008.pdf")

SYMBOL = "SCPF/14"
FONT = "Times"
SIZE = 11
LH = 4.85          # body line height (mm)
NOTE_SIZE = 9
NOTE_LH = 4.0
LEFT = 25
RIGHT = 25
TOP_BODY = 28     # first body line on pages after the cover
BOTTOM_LIMIT = 297 - 22   # lowest baseline area for body text without notes
NOTES_BOTTOM = 297 - 20   # notes end here
PAGE_NO_Y = 297 - 14
COVER_NOTE_TOP = 297 - 46  # rule of the cover note on page 1
COVER_NOTE = ("This consolidated text supersedes document SCPF/5 and is submitted to the "
              "Committee for information at its Third Session. It incorporates the amendments "
              "adopted by the Council since the establishment of the Committee.")

# --------------------------------------------------------------------------
# text of the notes (marker -> text)
NOTES = {
    "1": "Sub-rule 2 as amended by the Council through Resolution No. 1159 of "
         "28 November 2007; the time limit was previously fifteen days.",
    "2": "Second sentence added by the Council through Resolution No. 1163 of "
         "18 June 2008.",
    "3": "See Rule 35 of the Rules of Procedure of the Council, as reproduced "
         "in document MC/2224.",
}


class Doc(FPDF):
    def __init__(self):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_margins(LEFT, 20, RIGHT)
        self.set_auto_page_break(False)
        self.core_fonts_encoding = "windows-1252"
        self.notes_on_page = {}   # page number -> list of markers

    # ---------------------------------------------------------------- furniture
    def header(self):
        if self.page_no() > 1:
            self.set_font(FONT, "", SIZE)
            w = self.get_string_width(SYMBOL)
            self.text(self.w - RIGHT - w, 14, SYMBOL)
        if self.page_no() > 1:
            self.set_y(TOP_BODY)

    def footer(self):
        pno = self.page_no()
        markers = self.notes_on_page.get(pno, [])
        if markers:
            self.draw_notes(markers)
        if pno == 1:
            self.set_font(FONT, "", SIZE)
            self.text(LEFT, COVER_NOTE_TOP, "__________")
            self.set_font(FONT, "", 10)
            words = COVER_NOTE.split()
            lines, cur = [], []
            for wd in words:
                if cur and self.get_string_width(" ".join(cur + [wd])) > self.epw:
                    lines.append(cur)
                    cur = [wd]
                else:
                    cur.append(wd)
            lines.append(cur)
            y = COVER_NOTE_TOP + 6
            for i, ln in enumerate(lines):
                self.draw_words_plain(ln, LEFT, y, self.epw, justify=i < len(lines) - 1)
                y += 4.4
            self.set_font(FONT, "B", 9)
            lines = ["STANDING COMMITTEE ON PROGRAMMES AND FINANCE",
                     "COMITÉ PERMANENT DES PROGRAMMES ET DES FINANCES",
                     "COMITÉ PERMANENTE DE PROGRAMAS Y FINANZAS"]
            y = 297 - 22
            for ln in lines:
                w = self.get_string_width(ln)
                self.text((self.w - w) / 2, y, ln)
                y += 4.2
        else:
            self.set_font(FONT, "", 10)
            s = str(pno)
            w = self.get_string_width(s)
            self.text((self.w - w) / 2, PAGE_NO_Y, s)

    # ---------------------------------------------------------------- notes
    def note_lines(self, marker):
        self.set_font(FONT, "", NOTE_SIZE)
        words = NOTES[marker].split()
        width = self.epw - 5
        lines, cur = [], []
        for wd in words:
            trial = " ".join(cur + [wd])
            if cur and self.get_string_width(trial) > width:
                lines.append(cur)
                cur = [wd]
            else:
                cur.append(wd)
        if cur:
            lines.append(cur)
        return lines

    def notes_height(self, markers):
        if not markers:
            return 0
        h = 5.0
        for m in markers:
            h += len(self.note_lines(m)) * NOTE_LH + 0.6
        return h

    def notes_bottom(self):
        return COVER_NOTE_TOP - 4 if self.page_no() == 1 else NOTES_BOTTOM

    def body_limit(self, markers):
        if not markers:
            return COVER_NOTE_TOP - 4 if self.page_no() == 1 else BOTTOM_LIMIT
        return self.notes_bottom() - self.notes_height(markers) - 3

    def draw_notes(self, markers):
        h = self.notes_height(markers)
        top = self.notes_bottom() - h
        self.set_line_width(0.2)
        self.line(LEFT, top + 1, LEFT + 45, top + 1)
        y = top + 5.0
        for m in markers:
            lines = self.note_lines(m)
            # raised, smaller marker
            self.set_font(FONT, "", 6.5)
            self.text(LEFT, y - 1.4, m)
            self.set_font(FONT, "", NOTE_SIZE)
            width = self.epw - 5
            for i, ln in enumerate(lines):
                self.draw_words_plain(ln, LEFT + 5, y, width,
                                      justify=(i < len(lines) - 1))
                y += NOTE_LH
            y += 0.6

    def draw_words_plain(self, words, x, y, width, justify):
        space = self.get_string_width(" ")
        total = sum(self.get_string_width(w) for w in words)
        gap = space
        if justify and len(words) > 1:
            gap = (width - total) / (len(words) - 1)
        for w in words:
            self.text(x, y, w)
            x += self.get_string_width(w) + gap

    # ---------------------------------------------------------------- body engine
    def current_limit(self):
        return self.body_limit(self.notes_on_page.get(self.page_no(), []))

    def need(self, h):
        if self.get_y() + h > self.current_limit():
            self.add_page()

    def seg_width(self, seg):
        text, style, sup = seg
        if sup:
            self.set_font(FONT, "", 7)
        else:
            self.set_font(FONT, style, SIZE)
        return self.get_string_width(text)

    def words_from_runs(self, runs):
        """runs: list of (text, style, sup). Returns list of words, each a list
        of segments; a superscript run or a run not starting with a space is
        glued to the preceding word."""
        words = []
        open_word = False   # may the next piece be glued to the last word?
        for text, style, sup in runs:
            if sup:
                words[-1].append((text, "", True))
                open_word = True
                continue
            parts = text.split(" ")
            for i, p in enumerate(parts):
                if p == "":
                    open_word = False
                    continue
                if i == 0 and open_word and words:
                    words[-1].append((p, style, False))
                else:
                    words.append([(p, style, False)])
                open_word = True
            if text.endswith(" "):
                open_word = False
        return words

    def word_width(self, word):
        return sum(self.seg_width(s) for s in word)

    def paragraph(self, runs, x_first, x_rest, label=None, label_x=None,
                  justify=True, align="J", after=2.2, label_style=""):
        right = self.w - RIGHT
        words = self.words_from_runs(runs)
        self.set_font(FONT, "", SIZE)
        space = self.get_string_width(" ")
        # break into lines
        lines, cur, curw = [], [], 0
        for wd in words:
            ww = self.word_width(wd)
            avail = right - (x_first if not lines else x_rest)
            add = ww if not cur else curw + space + ww
            if cur and add > avail:
                lines.append(cur)
                cur, curw = [wd], ww
            else:
                cur.append(wd)
                curw = add
        if cur:
            lines.append(cur)
        # draw
        for li, line in enumerate(lines):
            markers = [s[0] for wd in line for s in wd if s[2]]
            page_markers = self.notes_on_page.get(self.page_no(), [])
            if self.get_y() + LH > self.body_limit(page_markers + markers):
                self.add_page()
                page_markers = self.notes_on_page.get(self.page_no(), [])
            if markers:
                self.notes_on_page[self.page_no()] = page_markers + markers
            y = self.get_y() + LH - 1.2   # baseline
            x0 = x_first if li == 0 else x_rest
            if li == 0 and label:
                self.set_font(FONT, label_style, SIZE)
                self.text(label_x, y, label)
            widths = [self.word_width(wd) for wd in line]
            total = sum(widths)
            avail = right - x0
            gap = space
            last = li == len(lines) - 1
            if align == "J" and justify and not last and len(line) > 1:
                gap = (avail - total) / (len(line) - 1)
            if align == "C":
                x0 = (self.w - (total + space * (len(line) - 1))) / 2
            x = x0
            for wd, w in zip(line, widths):
                xx = x
                for text, style, sup in wd:
                    if sup:
                        self.set_font(FONT, "", 7)
                        self.text(xx, y - 1.9, text)
                    else:
                        self.set_font(FONT, style, SIZE)
                        self.text(xx, y, text)
                    xx += self.seg_width((text, style, sup))
                x += w + gap
            self.set_y(self.get_y() + LH)
        self.set_y(self.get_y() + after)

    # ---------------------------------------------------------------- blocks
    def centred(self, text, style="", size=SIZE, after=0.0):
        self.set_font(FONT, style, size)
        w = self.get_string_width(text)
        y = self.get_y() + LH - 1.2
        self.text((self.w - w) / 2, y, text)
        self.set_y(self.get_y() + LH + after)

    def chapter(self, roman, caption):
        self.need(LH * 6)
        self.set_y(self.get_y() + 3)
        self.centred(f"CHAPTER {roman} \u2013 {caption}", "B", after=2.5)

    def rule(self, num, caption):
        self.need(LH * 4.5)
        self.set_y(self.get_y() + 1.0)
        self.centred(f"Rule {num}", "B")
        self.centred(caption, "I", after=1.8)

    def subrule(self, n, runs):
        # IOM style: number at the margin, first line indented, later lines flush
        self.paragraph(runs, LEFT + 10, LEFT, label=f"{n}.", label_x=LEFT)

    def text_block(self, runs):
        self.paragraph(runs, LEFT, LEFT)

    def item(self, label, runs, level=1, after=1.2):
        lx = LEFT + 10 * level
        tx = lx + 10
        self.paragraph(runs, tx, tx, label=label, label_x=lx, after=after)


def R(text, style=""):
    return (text, style, False)


def N(marker):
    return (marker, "", True)


def build():
    pdf = Doc()
    pdf.set_title("Rules of Procedure of the Standing Committee on Programmes and Finance")
    pdf.set_author("International Organization for Migration")

    # ================================================================ cover block
    pdf.add_page()
    right = pdf.w - RIGHT
    y = 22
    for txt, st in [(SYMBOL, "B"), ("Original: English", ""), ("8 October 2008", "")]:
        pdf.set_font(FONT, st, SIZE)
        pdf.text(right - pdf.get_string_width(txt), y, txt)
        y += 5.2
    pdf.set_y(46)
    pdf.centred("STANDING COMMITTEE ON PROGRAMMES AND FINANCE", "B", after=0.5)
    pdf.centred("THIRD SESSION", "", after=0.5)
    pdf.centred("4-5 November 2008", "")
    # typed underscore rule
    pdf.set_font(FONT, "", SIZE)
    bar = "_" * 74
    pdf.text((pdf.w - pdf.get_string_width(bar)) / 2, pdf.get_y() + 2, bar)
    pdf.set_y(pdf.get_y() + 10)
    pdf.centred("RULES OF PROCEDURE OF THE STANDING COMMITTEE", "B", size=13, after=0.5)
    pdf.centred("ON PROGRAMMES AND FINANCE", "B", size=13, after=2.5)
    pdf.centred("(Consolidated text as at 1 October 2008)", "I", after=3)

    # ---- Chapter I
    pdf.chapter("I", "SCOPE AND MEMBERSHIP")
    pdf.rule(1, "Scope")
    pdf.text_block([R("These Rules govern the proceedings of the Standing Committee on Programmes "
                      "and Finance (hereinafter referred to as \u201cthe Committee\u201d), established by the "
                      "Council as a subsidiary body under Article 6 of the Constitution and pursuant to "
                      "Resolution No. 1150 of 7 June 2007. Any matter not covered by these Rules shall be "
                      "governed, "), R("mutatis mutandis", "I"),
                    R(", by the Rules of Procedure of the Council.")])
    pdf.rule(2, "Membership")
    pdf.subrule(1, [R("The Committee shall be open to all Member States of the Organization. Each "
                      "Member State shall be represented by one representative, who may be accompanied "
                      "by such alternates and advisers as the Member State concerned may deem necessary.")])
    pdf.subrule(2, [R("Credentials shall not be required. The names of the members of each delegation "
                      "shall, however, be communicated to the Director General before the opening of "
                      "each session.")])

    # ---- Chapter II
    pdf.chapter("II", "SESSIONS")
    pdf.rule(3, "Regular sessions")
    pdf.subrule(1, [R("The Committee shall hold two regular sessions each year, normally in May or June "
                      "and in October or November, so that its recommendations may be submitted to the "
                      "Council in good time.")])
    pdf.subrule(2, [R("The dates of each regular session shall be fixed by the Committee at its preceding "
                      "session, in consultation with the Director General, who shall notify the Members of "
                      "those dates at least six weeks in advance.")])
    pdf.rule(4, "Special sessions")
    pdf.text_block([R("A special session of the Committee shall be convened by the Director General, "
                      "after consultation with the Chairperson:")])
    pdf.item("(a)", [R("at the request of the Council or of its Chairperson;")])
    pdf.item("(b)", [R("at the written request of one third of the Members of the Committee; or")])
    pdf.item("(c)", [R("where the Director General considers that a matter within the terms of "
                       "reference of the Committee requires urgent consideration, in particular:")])
    pdf.item("(i)", [R("a substantial shortfall in the funding of the Administrative Part of the "
                       "Budget; or")], level=2)
    pdf.item("(ii)", [R("a significant change in the level of the Operational Part of the Budget.")],
             level=2, after=2.2)
    pdf.rule(5, "Place of sessions")
    pdf.text_block([R("Sessions of the Committee shall be held at the Headquarters of the Organization "
                      "in Geneva, unless the Committee decides otherwise by a majority of its Members.")])

    # ---- Chapter III
    pdf.chapter("III", "AGENDA AND DOCUMENTATION")
    pdf.rule(6, "Provisional agenda")
    pdf.subrule(1, [R("The provisional agenda of each regular session shall be drawn up by the Director "
                      "General in consultation with the Chairperson and shall be communicated to the "
                      "Members, together with the basic documents, at least four weeks before the opening "
                      "of the session.")])
    pdf.subrule(2, [R("Any Member may request the inclusion of a supplementary item in the provisional "
                      "agenda not later than ten days before the opening of the session."), N("1"),
                    R(" Such a request shall be accompanied by an explanatory memorandum.")])
    pdf.subrule(3, [R("The Committee shall adopt its agenda at the beginning of each session. Items may "
                      "be added, deleted, deferred or amended by decision of the Committee.")])
    pdf.rule(7, "Documents")
    pdf.subrule(1, [R("Documents for the Committee shall be issued in English, French and Spanish under "
                      "the symbol series SCPF. Documents on the Programme and Budget shall be made "
                      "available at least four weeks before the session at which they are to be "
                      "considered.")])
    pdf.subrule(2, [R("Where a document is issued after the time limit set in sub-rule 1, the "
                      "Administration shall explain the reasons for the delay, and the Committee shall "
                      "decide whether to take up the document at that session.")])

    # ---- Chapter IV
    pdf.chapter("IV", "OFFICERS")
    pdf.rule(8, "Election of officers")
    pdf.subrule(1, [R("At the opening of its first regular session in each calendar year, the Committee "
                      "shall elect from among the representatives of its Members a Chairperson and a "
                      "Vice-Chairperson, who shall hold office until their successors are elected.")])
    pdf.subrule(2, [R("In electing its officers, the Committee shall have due regard to the principle of "
                      "equitable geographical rotation among the regional groups of Member States.")])
    pdf.subrule(3, [R("An officer may be re-elected for one further consecutive term only.")])
    pdf.rule(9, "Acting Chairperson")
    pdf.text_block([R("If the Chairperson is absent from a meeting or any part thereof, or is unable to "
                      "perform his or her functions, the Vice-Chairperson shall act as Chairperson with the "
                      "same powers and duties. Should both officers be absent, the Committee shall "
                      "designate one of the representatives present to preside over the meeting."),
                    N("2")])

    # ---- Chapter V
    pdf.chapter("V", "CONDUCT OF BUSINESS")
    pdf.rule(10, "Public and private meetings")
    pdf.subrule(1, [R("Meetings of the Committee shall be held in public unless the Committee decides "
                      "otherwise.")])
    pdf.subrule(2, [R("Non-member States and international organizations, governmental or "
                      "non-governmental, admitted as observers to the Council in accordance with Article 8 "
                      "of the Constitution may attend public meetings of the Committee. They may, with the "
                      "consent of the Chairperson, make oral statements on items of particular interest to "
                      "them, but shall not have the right to vote.")])
    pdf.subrule(3, [R("At private meetings, only the representatives of Members and the officials of the "
                      "Administration designated by the Director General may be present.")])
    pdf.rule(11, "Quorum")
    pdf.text_block([R("A majority of the Members of the Committee shall constitute a quorum, in accordance "
                      "with Article 29, paragraph 3, of the Constitution.")])
    pdf.rule(12, "Conduct of debate")
    pdf.subrule(1, [R("The Chairperson shall declare the opening and closing of each meeting, direct the "
                      "discussions, accord the right to speak, put questions and announce decisions.")])
    pdf.subrule(2, [R("The Chairperson shall call upon speakers in the order in which they signify their "
                      "desire to speak; the Director General or his representative may be accorded "
                      "precedence.")])
    pdf.subrule(3, [R("A representative may at any time raise a point of order, which shall be decided "
                      "immediately by the Chairperson.")])
    pdf.subrule(4, [R("In the course of a debate, the Chairperson may propose to the Committee:")])
    pdf.item("(a)", [R("the limitation of the time allowed to each speaker;")])
    pdf.item("(b)", [R("the limitation of the number of times each representative may speak on the same "
                       "question;")])
    pdf.item("(c)", [R("the closure of the list of speakers;"), N("3")])
    pdf.item("(d)", [R("the suspension or adjournment of the meeting, or of the debate on the item under "
                       "discussion.")], after=2.2)
    pdf.rule(13, "Decisions and recommendations")
    pdf.subrule(1, [R("The Committee shall make every effort to reach its decisions by consensus.")])
    pdf.subrule(2, [R("If all efforts to reach consensus have been exhausted, decisions shall be taken by a "
                      "simple majority of the Members present and voting, in accordance with Article 29, "
                      "paragraph 1, of the Constitution. Each Member shall have one vote.")])
    pdf.subrule(3, [R("Recommendations of the Committee on matters requiring a decision by the Council, in "
                      "particular the Programme and Budget, the scale of assessment and the financial "
                      "reports, shall be transmitted to the Council together with the report on the "
                      "session.")])

    # ---- Chapter VI
    pdf.chapter("VI", "REPORTS AND LANGUAGES")
    pdf.rule(14, "Reports")
    pdf.subrule(1, [R("The Administration shall prepare a report on each session, recording the "
                      "recommendations and conclusions of the Committee and summarizing the main points of "
                      "the discussion.")])
    pdf.subrule(2, [R("The draft report shall be circulated to all Members, which may submit corrections "
                      "within three weeks of its circulation. The report shall then be issued in final "
                      "form and submitted to the Council at its next regular session.")])
    pdf.rule(15, "Languages")
    pdf.text_block([R("English, French and Spanish shall be the official and working languages of the "
                      "Committee. Statements made in any of these languages shall be interpreted into the "
                      "other two.")])

    # ---- Chapter VII
    pdf.chapter("VII", "AMENDMENT AND SUSPENSION")
    pdf.rule(16, "Amendments")
    pdf.text_block([R("These Rules may be amended by the Council, either on its own initiative or on the "
                      "recommendation of the Committee. A proposal for an amendment shall be circulated to "
                      "all Member States at least six weeks before the session at which it is to be "
                      "considered.")])
    pdf.rule(17, "Suspension")
    pdf.subrule(1, [R("Any of these Rules may be suspended by the Committee, provided that notice of the "
                      "proposal to suspend the rule has been given at least twenty-four hours in advance. "
                      "The notice may be waived if no Member objects.")])
    pdf.subrule(2, [R("No rule may be suspended where its suspension would be inconsistent with the "
                      "Constitution or with a resolution of the Council, in particular Resolution "
                      "No. 1150 of 7 June 2007.")])

    pdf.output(OUT)
    return pdf


if __name__ == "__main__":
    d = build()
    print("pages:", d.page_no(), "notes:", d.notes_on_page)
