#!/usr/bin/env python3
"""Draw council-report-2019c.pdf: draft report of the IOM Council on its 110th Session (fpdf2).

Layout: A4, Times 11 pt, justified text, paragraph numbers in a margin column,
cover page with asterisk cover note, running header (symbol / Page N) on later pages,
footnotes at the foot of the page where the raised marker falls.
"""
import os
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "council-report-2019c.pdf")

SYMBOL = "C/110/L/13"

# ---------------------------------------------------------------- geometry (mm)
PAGE_W, PAGE_H = 210.0, 297.0
LEFT = 25.0           # margin column (paragraph numbers, roman numerals)
TEXT_X = 37.0         # text column
RIGHT = 185.0         # right edge of text
TOP_BODY = 32.0       # first baseline area on pages with running header
BOTTOM = 272.0        # lowest baseline for body + footnotes
FS = 11.0             # body font size (pt)
LH = 5.2              # body line height
PARA_GAP = 3.6        # space between paragraphs
ITEM_LABEL_X = TEXT_X
ITEM_TEXT_X = TEXT_X + 10.0
FN_FS = 9.0
FN_LH = 4.0
SUP_FS = 7.0
SUP_RISE = 1.6

# ---------------------------------------------------------------- content
MEMBER_STATES = (
    "Afghanistan, Albania, Algeria, Angola, Argentina, Armenia, Australia, Austria, Azerbaijan, "
    "Bangladesh, Belgium, Bolivia (Plurinational State of), Brazil, Bulgaria, Burkina Faso, Cameroon, "
    "Canada, Chad, Chile, China, Colombia, Costa Rica, Côte d’Ivoire, Croatia, Cyprus, Czechia, "
    "Democratic Republic of the Congo, Denmark, Djibouti, Ecuador, Egypt, El Salvador, Estonia, "
    "Ethiopia, Finland, France, Germany, Ghana, Greece, Guatemala, Haiti, Honduras, Hungary, India, "
    "Iran (Islamic Republic of), Ireland, Israel, Italy, Japan, Jordan, Kenya, Lebanon, Libya, "
    "Luxembourg, Madagascar, Mali, Mexico, Morocco, Nepal, Netherlands, New Zealand, Niger, Nigeria, "
    "Norway, Pakistan, Panama, Peru, Philippines, Poland, Portugal, Republic of Korea, Romania, "
    "Senegal, Serbia, Slovakia, South Africa, South Sudan, Spain, Sri Lanka, Sudan, Sweden, "
    "Switzerland, Thailand, Tunisia, Turkey, Uganda, Ukraine, United Kingdom of Great Britain and "
    "Northern Ireland, United States of America, Uruguay, Venezuela (Bolivarian Republic of), "
    "Viet Nam, Yemen, Zambia and Zimbabwe."
)

FOOTNOTES = {
    "1": "The list of participants is contained in document C/110/22.",
    "2": "Statements received in writing by the Secretariat are posted on the IOM website, in the "
         "language in which they were delivered.",
}

# Body: ("H", roman, heading) | ("P", text) | ("L", [(label, text), ...])
# Paragraph numbers are assigned in order; "^n" marks a raised footnote marker glued to the
# preceding word.
BODY = [
    ("H", "I.", "INTRODUCTION"),
    ("P", "Pursuant to Resolution No. 1370 of 27 November 2018, the Council convened for its 110th "
          "Session at the Centre International de Conférences Genève (CICG) from Tuesday, 26 November, "
          "to Thursday, 28 November 2019. Six meetings were held."),
    ("P", "The session was organized around the theme “Migration governance in a decade of action”, "
          "which framed both the general debate and the high-level panel held on the afternoon of "
          "27 November 2019. A summary of the panel discussion will be issued separately by the "
          "Administration."),

    ("H", "II.", "ATTENDANCE"),
    ("P", "The following 95 Member States were represented: " + MEMBER_STATES),
    ("P", "Bahrain, Bhutan, Brunei Darussalam, Cuba, Indonesia, Kuwait, Qatar, Saudi Arabia and San "
          "Marino were represented by observers, as were the Holy See and the Sovereign Order of Malta."),
    ("P", "The United Nations and several of its specialized agencies, funds and programmes, 14 other "
          "intergovernmental organizations and 31 non-governmental organizations were also represented "
          "by observers.^1"),

    ("H", "III.", "OPENING OF THE SESSION AND CREDENTIALS OF REPRESENTATIVES AND OBSERVERS"),
    ("P", "The outgoing Chairperson, H.E. Mr Lars Eriksen (Denmark), opened the session on Tuesday, "
          "26 November 2019, at 10.10 a.m. He paid tribute to the staff of the Organization serving in "
          "hardship duty stations, and recalled that the session was the first to be held since the "
          "adoption of the Global Compact for Safe, Orderly and Regular Migration in December 2018."),
    ("P", "The Council noted that the Director General had examined the credentials of the "
          "representatives of the Member States listed in paragraph 3 and had found them to be in good "
          "and due form, and that he had been informed of the names of the observers referred to in "
          "paragraphs 4 and 5."),

    ("H", "IV.", "ELECTION OF OFFICERS"),
    ("P", "The Council elected, by acclamation, H.E. Ms Carmen Ortega Salas (Peru) as Chairperson, "
          "H.E. Mr Tomasz Wieczorek (Poland) as First Vice-Chairperson, Mr Hiroshi Nakamura (Japan) as "
          "Second Vice-Chairperson and Ms Kezia Mwangi (Kenya) as Rapporteur."),
    ("P", "On taking the Chair, the Chairperson thanked the Council for the confidence placed in her and "
          "undertook to conduct the session in a spirit of openness and efficiency. She commended her "
          "predecessor for his guidance of the Council’s work over the previous year."),

    ("H", "V.", "ADOPTION OF THE AGENDA"),
    ("P", "The Council adopted the agenda set out in document C/110/1/Rev.1."),
    ("P", "On the proposal of the Chairperson, the Council agreed that its draft report would be "
          "circulated to Member States in electronic form only, and that comments received by the "
          "deadline indicated on its cover would be reflected in the final version."),

    ("H", "VI.", "REPORT ON THE 109TH SESSION OF THE COUNCIL"),
    ("P", "The Council had before it the draft report on its 109th Session (C/109/L/12), which had been "
          "circulated to Member States in January 2019 with a request for comments. No comments had "
          "been received."),
    ("P", "The Council adopted Resolution No. 1371 of 26 November 2019 on the approval of the report on "
          "the 109th Session of the Council."),

    ("H", "VII.", "ADMISSION OF NEW OBSERVERS"),
    ("P", "The Council considered applications for representation by an observer submitted by the "
          "Economic Community of Central African States (C/110/4) and by the Inter-Parliamentary Union "
          "(C/110/5)."),
    ("P", "The Council adopted Resolution No. 1372 of 26 November 2019 on the application by the Economic "
          "Community of Central African States for representation by an observer, and Resolution "
          "No. 1373 of 26 November 2019 on the application by the Inter-Parliamentary Union for "
          "representation by an observer."),
    ("P", "The representatives of both organizations thanked the Council for its decision and expressed "
          "their readiness to deepen cooperation with IOM in their respective fields of competence."),

    ("H", "VIII.", "STATEMENT BY THE DIRECTOR GENERAL"),
    ("P", "The Director General reported that the Organization had continued to grow in 2019: its "
          "expenditure was expected to exceed USD 2 billion for the third consecutive year, its workforce "
          "numbered some 13,500 staff members in over 100 countries, and more than 2,600 projects were "
          "under way. He stressed that this growth placed heavy demands on a core structure that "
          "remained modest."),
    ("P", "He outlined the progress made in implementing the Strategic Vision presented to Member States "
          "earlier in the year, including the reform of the internal governance framework, the "
          "strengthening of the Office of the Inspector General and the launch of a new policy on the "
          "prevention of sexual exploitation and abuse."),
    ("P", "Turning to the United Nations Network on Migration, he reported that 38 country-level networks "
          "had been established, and that the start-up fund for safe, orderly and regular migration had "
          "received its first contributions."),

    ("H", "IX.", "GENERAL DEBATE"),
    ("P", "Statements in the general debate were delivered by 78 Member States and 6 observers.^2 Many "
          "speakers congratulated the new officers and welcomed the two organizations granted observer "
          "status at the session."),
    ("P", "Several themes recurred throughout the debate, in particular:"),
    ("L", [
        ("(a)", "the implementation of the Global Compact for Safe, Orderly and Regular Migration and the "
                "role of IOM as coordinator and secretariat of the United Nations Network on Migration;"),
        ("(b)", "the importance of predictable and flexible funding, including unearmarked contributions, "
                "to sustain the Organization’s core functions;"),
        ("(c)", "the protection of migrants in vulnerable situations, in particular unaccompanied and "
                "separated children and victims of trafficking in persons;"),
        ("(d)", "the links between climate change, environmental degradation and human mobility; and"),
        ("(e)", "the need for reliable migration data to support evidence-based policymaking at the "
                "national and regional levels."),
    ]),
    ("P", "A number of delegations called for closer cooperation between IOM and the Office of the United "
          "Nations High Commissioner for Refugees in situations of mixed movements, while others "
          "encouraged the Administration to report regularly on the results of its internal reforms."),
    ("P", "In reply, the Director General thanked delegations for their support and guidance. He took "
          "note of the requests for more regular reporting and undertook to present an update on the "
          "internal governance framework to the Standing Committee on Programmes and Finance at its "
          "next session."),

    ("H", "X.", "REPORT ON THE TWENTY-FIFTH SESSION OF THE STANDING COMMITTEE ON PROGRAMMES AND FINANCE"),
    ("P", "The Chairperson of the Standing Committee introduced the report on its Twenty-fifth Session "
          "(S/25/14), held on 29 and 30 October 2019, and drew attention to the recommendations it "
          "contained on the Programme and Budget for 2020 and on the scale of assessment."),
    ("P", "The Council adopted Resolution No. 1374 of 27 November 2019 on the report on the Twenty-fifth "
          "Session of the Standing Committee on Programmes and Finance."),

    ("H", "XI.", "PROGRAMME AND BUDGET FOR 2020"),
    ("P", "The Administration presented the Programme and Budget for 2020 (C/110/7). The Administrative "
          "Part of the Budget amounted to CHF 52,183,000, an increase of CHF 2,500,000 over the "
          "CHF 49,683,000 approved for 2019, reflecting the second stage of the budget reform agreed "
          "upon by Member States. The Operational Part was estimated at USD 1,046,700,000 and the "
          "Operational Support Income budget at USD 118,300,000."),
    ("P", "Delegations welcomed the increase in the Administrative Part and the clarity of the document. "
          "Several representatives noted that a number of Member States remained in arrears and "
          "encouraged them to settle their outstanding contributions or to agree on payment plans."),
    ("P", "The Council adopted Resolution No. 1375 of 28 November 2019 on the Programme and Budget "
          "for 2020."),

    ("H", "XII.", "OTHER BUSINESS"),
    ("P", "No other business was raised."),

    ("H", "XIII.", "DATE AND PLACE OF THE NEXT SESSION"),
    ("P", "The Council agreed to convene its next regular session in Geneva in late November 2020, on "
          "dates to be confirmed by the Bureau in consultation with the Administration."),
    ("P", "It further noted that a special session might be convened in the first half of 2020, should "
          "circumstances so require."),

    ("H", "XIV.", "CLOSURE OF THE SESSION"),
    ("P", "After the customary exchange of courtesies, the Chairperson declared the 110th Session of the "
          "Council closed on Thursday, 28 November 2019, at 6.05 p.m."),
]


# ---------------------------------------------------------------- engine
class Doc(FPDF):
    def __init__(self):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.core_fonts_encoding = "windows-1252"
        self.set_auto_page_break(False)
        self.set_margins(LEFT, 20, PAGE_W - RIGHT)
        self.y_cur = 0.0
        self.page_fns = []      # footnote keys placed on the current page
        self.body_page = 0

    # -- text measuring helpers
    def sw(self, s, style="", size=FS):
        self.set_font("Times", style, size)
        return self.get_string_width(s)

    def draw(self, x, y, s, style="", size=FS):
        self.set_font("Times", style, size)
        self.text(x, y, s)

    # -- page handling
    def running_header(self):
        self.body_page += 1
        lab1 = SYMBOL
        lab2 = "Page %d" % self.body_page
        self.draw(RIGHT - self.sw(lab1), 15.0, lab1)
        self.draw(RIGHT - self.sw(lab2), 20.0, lab2)

    def new_body_page(self):
        if self.page_no() > 0 and self.body_page > 0:
            self.flush_footnotes()
        self.add_page()
        self.running_header()
        self.y_cur = TOP_BODY

    def fn_height(self, key):
        lines = self.wrap_words(self.tokenize(FOOTNOTES[key]), RIGHT - (LEFT + 5.0), FN_FS)
        return len(lines) * FN_LH + 1.0

    def fn_area(self, extra=()):
        keys = list(self.page_fns) + list(extra)
        if not keys:
            return 0.0
        return 6.0 + sum(self.fn_height(k) for k in keys)

    def flush_footnotes(self):
        if not self.page_fns:
            return
        total = self.fn_area()
        y = BOTTOM - total + 6.0 + 3.0
        # short drawn separator rule
        self.set_line_width(0.2)
        self.line(LEFT, y - 5.0, LEFT + 45.0, y - 5.0)
        for k in self.page_fns:
            self.draw(LEFT, y - SUP_RISE + 0.3, k, "", SUP_FS)
            lines = self.wrap_words(self.tokenize(FOOTNOTES[k]), RIGHT - (LEFT + 5.0), FN_FS)
            for i, line in enumerate(lines):
                self.render_line(line, LEFT + 5.0, y, RIGHT - (LEFT + 5.0), FN_FS,
                                 justify=(i < len(lines) - 1))
                y += FN_LH
            y += 1.0
        self.page_fns = []

    # -- tokenising: a word is a list of (text, kind) segments; kind in R, B, SUP
    def tokenize(self, text, style="R"):
        words = []
        for raw in text.split():
            segs = []
            while "^" in raw:
                i = raw.index("^")
                if i:
                    segs.append((raw[:i], style))
                j = i + 1
                while j < len(raw) and raw[j].isdigit():
                    j += 1
                segs.append((raw[i + 1:j], "SUP"))
                raw = raw[j:]
            if raw:
                segs.append((raw, style))
            words.append(segs)
        return words

    def seg_w(self, seg, size):
        t, kind = seg
        if kind == "SUP":
            return self.sw(t, "", SUP_FS * size / FS)
        return self.sw(t, "B" if kind == "B" else "", size)

    def word_w(self, word, size):
        return sum(self.seg_w(s, size) for s in word)

    def wrap_words(self, words, width, size):
        space = self.sw(" ", "", size)
        lines, cur, cur_w = [], [], 0.0
        for wd in words:
            ww = self.word_w(wd, size)
            need = ww if not cur else cur_w + space + ww
            if cur and need > width:
                lines.append(cur)
                cur, cur_w = [wd], ww
            else:
                cur.append(wd)
                cur_w = need
        if cur:
            lines.append(cur)
        return lines

    def render_line(self, line, x0, y, width, size, justify):
        widths = [self.word_w(wd, size) for wd in line]
        space = self.sw(" ", "", size)
        if justify and len(line) > 1:
            gap = (width - sum(widths)) / (len(line) - 1)
        else:
            gap = space
        x = x0
        for wd, ww in zip(line, widths):
            xx = x
            for seg in wd:
                t, kind = seg
                if kind == "SUP":
                    self.draw(xx, y - SUP_RISE * size / FS, t, "", SUP_FS * size / FS)
                else:
                    self.draw(xx, y, t, "B" if kind == "B" else "", size)
                xx += self.seg_w(seg, size)
            x += ww + gap

    @staticmethod
    def line_markers(line):
        return [t for wd in line for (t, k) in wd if k == "SUP"]

    # -- block placement with page breaks
    def place_block(self, x0, width, words, label=None, label_x=None, style="R", justify=True):
        lines = self.wrap_words(words, width, FS)
        for i, line in enumerate(lines):
            marks = self.line_markers(line)
            if self.y_cur + LH > BOTTOM - self.fn_area(marks):
                self.new_body_page()
            y = self.y_cur + LH - 1.2  # baseline
            if i == 0 and label:
                self.draw(label_x, y, label, "B" if style == "B" else "", FS)
            self.render_line(line, x0, y, width, FS, justify and i < len(lines) - 1)
            self.page_fns.extend(marks)
            self.y_cur += LH

    def heading(self, roman, text):
        words = self.tokenize(text, "B")
        lines = self.wrap_words(words, RIGHT - TEXT_X, FS)
        need = len(lines) * LH + PARA_GAP + 3 * LH
        if self.y_cur + need > BOTTOM - self.fn_area():
            self.new_body_page()
        self.place_block(TEXT_X, RIGHT - TEXT_X, words, label=roman, label_x=LEFT, style="B",
                         justify=False)
        self.y_cur += PARA_GAP

    def paragraph(self, num, text):
        self.place_block(TEXT_X, RIGHT - TEXT_X, self.tokenize(text), label="%d." % num, label_x=LEFT)
        self.y_cur += PARA_GAP

    def items(self, items):
        for label, text in items:
            self.place_block(ITEM_TEXT_X, RIGHT - ITEM_TEXT_X, self.tokenize(text), label=label,
                             label_x=ITEM_LABEL_X)
            self.y_cur += PARA_GAP


def centre(pdf, y, s, style="", size=FS):
    pdf.draw((PAGE_W - pdf.sw(s, style, size)) / 2.0, y, s, style, size)


def right(pdf, y, s, style="", size=FS):
    pdf.draw(RIGHT - pdf.sw(s, style, size), y, s, style, size)


def cover(pdf):
    pdf.add_page()
    right(pdf, 22, SYMBOL, "B", 12)
    right(pdf, 30, "Original: English")
    right(pdf, 35.5, "18 December 2019")
    centre(pdf, 58, "COUNCIL", "B", 12)
    centre(pdf, 64, "110th Session", "", 12)
    # title over two lines, asterisk raised on the last line
    centre(pdf, 112, "DRAFT REPORT ON THE", "B", 13)
    t2 = "110TH SESSION OF THE COUNCIL"
    w2 = pdf.sw(t2, "B", 13)
    x2 = (PAGE_W - w2) / 2.0
    pdf.draw(x2, 118.5, t2, "B", 13)
    pdf.draw(x2 + w2 + 0.3, 116.3, "*", "B", 9)
    centre(pdf, 140, "Geneva", "", 12)
    centre(pdf, 146, "26–28 November 2019", "", 12)
    centre(pdf, 168, "Rapporteur: Ms K. Mwangi (Kenya)", "", 12)
    # cover note below a typed rule
    pdf.draw(LEFT, 246, "__________", "", 10)
    note = ("This draft report is being circulated to Member States for comment. It will be "
            "submitted to the Council for approval at its 111th Session, together with any "
            "corrections received by the Secretariat before 31 January 2020.")
    lines = pdf.wrap_words(pdf.tokenize(note), RIGHT - (LEFT + 5.0), FN_FS)
    y = 253
    pdf.draw(LEFT, y, "*", "", FN_FS)
    for i, line in enumerate(lines):
        pdf.render_line(line, LEFT + 5.0, y, RIGHT - (LEFT + 5.0), FN_FS, justify=i < len(lines) - 1)
        y += FN_LH


def main():
    pdf = Doc()
    pdf.set_title("Draft report on the 110th Session of the Council")
    pdf.set_author("International Organization for Migration")
    cover(pdf)

    pdf.new_body_page()
    # running title repeated on the first text page
    centre(pdf, pdf.y_cur + 4, "DRAFT REPORT ON THE 110TH SESSION OF THE COUNCIL", "B", FS)
    pdf.y_cur += 6 + PARA_GAP + 2

    num = 0
    for block in BODY:
        if block[0] == "H":
            pdf.heading(block[1], block[2])
        elif block[0] == "P":
            num += 1
            pdf.paragraph(num, block[1])
        elif block[0] == "L":
            pdf.items(block[1])
    pdf.flush_footnotes()
    pdf.output(OUT)
    print("paragraphs:", num, "pages:", pdf.page_no())


if __name__ == "__main__":
    main()
