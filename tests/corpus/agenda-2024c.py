"""Draws agenda-2024c.pdf: annotated provisional agenda of the IOM Council, 115th Session (C/115/1).

Built with fpdf2, using a small hand-written line layout so that footnotes can be placed at the
foot of the page where their raised marker falls.
"""
import os
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "agenda-2024c.pdf")
FONTDIR = "/usr/share/fonts/truetype/dejavu"

SYMBOL = "C/115/1"
LEFT, RIGHT = 25.0, 185.0
TOP_FIRST, TOP_LATER = 18.0, 30.0
BOTTOM = 277.0
SIZE = 10.0
LH = 5.0            # body line height (mm)
FN_SIZE = 8.0
FN_LH = 3.8
SUP_SIZE = 6.5
SUP_RISE = 1.7

NUM_X = LEFT            # item / note numbers
TXT_X = LEFT + 10       # item titles, first line of notes
SUB_X = TXT_X + 8       # sub-item titles
DOC_X = 146.0           # documents column
TITLE_RIGHT = 140.0     # right edge of the title column in Part I

Q1, Q2 = "\u201c", "\u201d"
ND = "\u2013"

FOOTNOTES = {
    1: "The Council will be invited to take up this item in a private meeting, as provided for in "
       "Rule 9 of its Rules of Procedure.",
    2: "Written statements received by Friday, 22 November 2024 will be posted on the web page of the "
       "session in the language in which they were submitted.",
    3: "The comments of the Staff Association Committee on the proposals are reproduced in Annex III "
       "of document C/115/10.",
}


class Doc:
    def __init__(self):
        pdf = FPDF(orientation="P", unit="mm", format="A4")
        pdf.set_auto_page_break(False)
        pdf.set_margins(LEFT, TOP_FIRST, 210 - RIGHT)
        pdf.add_font("dv", "", os.path.join(FONTDIR, "DejaVuSansCondensed.ttf"))
        pdf.add_font("dv", "B", os.path.join(FONTDIR, "DejaVuSansCondensed-Bold.ttf"))
        pdf.add_font("dv", "I", os.path.join(FONTDIR, "DejaVuSansCondensed-Oblique.ttf"))
        pdf.add_font("dv", "BI", os.path.join(FONTDIR, "DejaVuSansCondensed-BoldOblique.ttf"))
        pdf.set_title("Annotated provisional agenda - C/115/1")
        pdf.set_author("International Organization for Migration")
        self.pdf = pdf
        self.page_fns = []
        self.y = 0.0
        self.page_no = 0

    # ---------------------------------------------------------------- pages
    def new_page(self):
        if self.page_no:
            self.draw_footnotes()
        self.pdf.add_page()
        self.page_no += 1
        self.page_fns = []
        if self.page_no > 1:
            self.font("", SIZE)
            for i, t in enumerate([SYMBOL, "Page %d" % self.page_no]):
                w = self.pdf.get_string_width(t)
                self.pdf.text(RIGHT - w, 14 + i * 4.5, t)
            self.y = TOP_LATER
        else:
            self.y = TOP_FIRST

    def font(self, style, size):
        self.pdf.set_font("dv", style.replace("S", ""), size)

    # ------------------------------------------------------------ footnotes
    def fn_lines(self, n):
        runs = [(FOOTNOTES[n], "")]
        return self.wrap(runs, LEFT + 4, LEFT + 4, RIGHT, FN_SIZE)

    def fn_height(self, fns):
        if not fns:
            return 0.0
        h = 6.0
        for n in fns:
            h += len(self.fn_lines(n)) * FN_LH + 0.8
        return h

    def limit(self, extra=()):
        return BOTTOM - self.fn_height(self.page_fns + list(extra))

    def draw_footnotes(self):
        if not self.page_fns:
            return
        h = self.fn_height(self.page_fns)
        y = BOTTOM - h + 2.0
        self.pdf.set_line_width(0.25)
        self.pdf.line(LEFT, y, LEFT + 45, y)
        y += 3.2
        for n in self.page_fns:
            self.font("", SUP_SIZE - 0.5)
            self.pdf.text(LEFT + 0.5, y + FN_LH - 1.0 - 1.0, str(n))
            for line in self.fn_lines(n):
                self.draw_line(line, y + FN_LH - 1.0, FN_SIZE)
                y += FN_LH
            y += 0.8

    # --------------------------------------------------------------- layout
    def tokens(self, runs):
        toks = []
        prev_space = True
        for text, style in runs:
            if style.startswith("S"):          # footnote marker, glued to previous word
                toks.append([text, style, True])
                prev_space = False
                continue
            parts = text.split(" ")
            for i, p in enumerate(parts):
                if p == "":
                    prev_space = True
                    continue
                glue = (i == 0 and not prev_space and bool(toks))
                toks.append([p, style, glue])
                prev_space = False
            prev_space = text.endswith(" ")
        return toks

    def width(self, word, style, size):
        if style.startswith("S"):
            self.font("", SUP_SIZE)
        else:
            self.font(style, size)
        return self.pdf.get_string_width(word)

    def wrap(self, runs, first_x, left_x, right_x, size):
        """Return lines; each line is a list of (x, word, style, glue)."""
        lines, line = [], []
        x = first_x
        # group glued tokens into unbreakable units
        units = []
        for tok in self.tokens(runs):
            if tok[2] and units:
                units[-1].append(tok)
            else:
                units.append([tok])
        for unit in units:
            ws = [self.width(t[0], t[1], size) for t in unit]
            uw = sum(ws)
            space = self.width(" ", unit[0][1] if not unit[0][1].startswith("S") else "", size)
            if line:
                if x + space + uw > right_x:
                    lines.append(line)
                    line, x = [], left_x
                else:
                    x += space
            for t, w in zip(unit, ws):
                line.append((x, t[0], t[1], t[2]))
                x += w
        if line:
            lines.append(line)
        return lines

    def draw_line(self, line, base, size):
        """Draw a laid-out line, joining same-style words into one string with real spaces."""
        segs = []
        for x, word, style, glue in line:
            if segs and segs[-1][2] == style and not style.startswith("S"):
                segs[-1][1] += ("" if glue else " ") + word
            else:
                segs.append([x, word, style])
        for x, text, style in segs:
            if style.startswith("S"):
                self.font("", SUP_SIZE if size == SIZE else SUP_SIZE - 0.5)
                self.pdf.text(x, base - SUP_RISE, text)
            else:
                self.font(style, size)
                self.pdf.text(x, base, text)

    def markers(self, line):
        return [int(w) for _, w, s, _ in line if s.startswith("S")]

    # --------------------------------------------------------------- blocks
    def space(self, h):
        self.y += h

    def para(self, runs, num=None, num_x=NUM_X, first_x=TXT_X, left_x=LEFT, right_x=RIGHT,
             style="", before=3.0, keep_next=0, num_style=None):
        lines = self.wrap(runs, first_x, left_x, right_x, SIZE)
        self.y += before
        # keep at least two lines (and the lines of a following block) together
        need = min(2, len(lines)) + keep_next
        fns0 = [m for ln in lines[:2] for m in self.markers(ln)]
        if self.y + need * LH > self.limit(fns0):
            self.new_page()
        for i, ln in enumerate(lines):
            fns = self.markers(ln)
            if self.y + LH > self.limit(fns):
                self.new_page()
            base = self.y + LH - 1.2
            if i == 0 and num is not None:
                self.font(num_style if num_style is not None else style, SIZE)
                self.pdf.text(num_x, base, num)
            self.draw_line(ln, base, SIZE)
            self.page_fns += fns
            self.y += LH

    def centred(self, text, style, size, before=0.0, lh=None):
        self.y += before
        self.font(style, size)
        w = self.pdf.get_string_width(text)
        lh = lh or size * 0.5
        self.pdf.text((LEFT + RIGHT) / 2 - w / 2, self.y + lh - 1.2, text)
        self.y += lh

    def right(self, text, style, size, lh=5.0):
        self.font(style, size)
        w = self.pdf.get_string_width(text)
        self.pdf.text(RIGHT - w, self.y + lh - 1.2, text)
        self.y += lh

    def agenda_row(self, num, runs, docs, sub=False, before=2.2):
        tx = SUB_X if sub else TXT_X
        lines = self.wrap(runs, tx, tx, TITLE_RIGHT, SIZE)
        n = max(len(lines), len(docs))
        fns = [m for ln in lines for m in self.markers(ln)]
        self.y += before
        if self.y + n * LH > self.limit(fns):
            self.new_page()
        base = self.y + LH - 1.2
        self.font("", SIZE)
        self.pdf.text(TXT_X if sub else NUM_X, base, num)
        for i, ln in enumerate(lines):
            self.draw_line(ln, base + i * LH, SIZE)
        self.font("", SIZE)
        for i, d in enumerate(docs):
            self.pdf.text(DOC_X, base + i * LH, d)
        self.page_fns += fns
        self.y += n * LH

    def save(self):
        self.draw_footnotes()
        self.pdf.output(OUT)


# ==================================================================== content
AGENDA = [
    ("1.", "Opening of the session", [], []),
    ("2.", "Credentials of representatives and observers", ["C/115/L/1"], []),
    ("3.", "Election of officers", [], []),
    ("4.", "Adoption of the agenda", ["C/115/1", "C/115/2"], []),
    ("5.", "Applications for observer status", ["C/115/3", "C/115/4", "C/115/L/2"], []),
    ("6.", "Annual report for 2023", ["C/115/INF/1"], []),
    ("7.", "Statement by the Director General", [], []),
    ("8.", "High-level panel and general debate on the theme " + Q1 + "Migration in a warming "
           "world: keeping pathways safe, orderly and regular" + Q2, ["C/115/5"], []),
    ("9.", "Reports of the Standing Committee on Programmes and Finance", ["S/34/15", "S/35/12"], [
        ("(a)", "Financial report for the year ended 31 December 2023", ["C/115/6"]),
        ("(b)", "Programme and Budget for 2025", ["C/115/7", "C/115/L/3"]),
        ("(c)", "Status report on outstanding contributions", ["C/115/8"]),
    ]),
    ("10.", "International Dialogue on Migration in 2024", ["C/115/INF/2"], []),
    ("11.", "Oversight and governance matters", [], [
        ("(a)", "Report of the Audit and Oversight Advisory Committee", ["C/115/9"]),
        ("(b)", "Amendments to the Staff Regulations", ["C/115/10", "C/115/10/Add.1"]),
    ]),
    ("12.", "Appointment of the External Auditor", ["C/115/11", "C/115/L/4"], []),
    ("13.", "Date and place of the next regular session", [], []),
    ("14.", "Other business", [], []),
    ("15.", "Closure of the session", [], []),
]
MARKER_ON = {"12.": 1}

# Annotations: item number -> list of blocks; ("sub", label, title) or ("note", runs)
R = lambda t: [(t, "")]
ANNOT = {
    "1.": [
        ("note", R("The session will be opened at 10 a.m. on Tuesday, 26 November 2024, by the "
                   "Chairperson of the 114th Session, who will preside until a new Chairperson has "
                   "been elected under item 3.")),
    ],
    "2.": [
        ("note", R("Rule 6 of the Rules of Procedure requires the credentials of representatives of "
                   "Member States, and the names of observers, to be communicated to the Director "
                   "General before the session opens. Delegations that have not yet done so are asked "
                   "to send them to the Governing Bodies Division by Friday, 22 November 2024.")),
        ("note", R("The Director General will report on the credentials received in document "
                   "C/115/L/1, and the Council will be invited to approve that report.")),
    ],
    "3.": [
        ("note", R("At the start of each regular session the Council elects a Chairperson, a First "
                   "Vice-Chairperson, a Second Vice-Chairperson and a Rapporteur, who remain in office "
                   "until the next regular session.")),
        ("note", R("Nominations follow the pattern of regional rotation recorded in paragraphs 21 to "
                   "23 of document C/114/18. At this session the chair falls to a Member State of the "
                   "Asia and Pacific group.")),
    ],
    "4.": [
        ("note", R("The Director General drew up this provisional agenda in consultation with the "
                   "Bureau and circulated it to all Member States in keeping with Rule 4 of the Rules "
                   "of Procedure.")),
        ("note", R("Document C/115/2 gives a provisional timetable showing when each item is expected "
                   "to be taken up. The Bureau may adjust it as the work of the session advances.")),
    ],
    "5.": [
        ("note", R("Two organizations have asked to be represented by observers at meetings of the "
                   "Council: the Global Network of Diaspora Health Professionals and the Sahel "
                   "Mobility Research Consortium. Information supplied by each applicant is "
                   "reproduced in documents C/115/3 and C/115/4 respectively.")),
        ("note", R("If it agrees to the requests, the Council may wish to adopt the draft resolution "
                   "in document C/115/L/2, which would grant observer status to both organizations.")),
    ],
    "6.": [
        ("note", R("The Standing Committee examined the Annual report for 2023 (C/115/INF/1) at its "
                   "Thirty-fourth Session; its observations appear in paragraphs 14 to 20 of document "
                   "S/34/15. The Council is invited to take note of the report.")),
    ],
    "7.": [],
    "8.": [
        ("note", R("The panel will precede the general debate on the afternoon of 26 November. A "
                   "short background paper (C/115/5) proposes questions to guide the exchange.")),
        ("note", [("Speakers are requested to limit oral statements to five minutes and may hand in "
                   "a fuller text for the record.", ""), ("2", "S"),
                  (" The list of speakers will open on Monday, 18 November 2024.", "")]),
        ("note", R("Statements on behalf of groups of States will be heard first, followed by Member "
                   "States in the order in which they registered, and then by observers.")),
    ],
    "9.": [
        ("note", R("The Chairperson of the Standing Committee will introduce the reports on its "
                   "Thirty-fourth Session (25 and 26 June 2024) and Thirty-fifth Session (29 and 30 "
                   "October 2024), issued as documents S/34/15 and S/35/12. The matters listed below "
                   "were referred by the Committee to the Council for decision.")),
        ("sub", "(a)", "Financial report for the year ended 31 December 2023"),
        ("note", R("The Financial report (C/115/6) includes the opinion of the External Auditor. In "
                   "paragraph 27 of document S/34/15 the Standing Committee recommended that the "
                   "Council approve it.")),
        ("sub", "(b)", "Programme and Budget for 2025"),
        ("note", R("Document C/115/7 proposes a Part of the Budget funded by assessed contributions "
                   "of CHF 63,614,000, an increase of CHF 1,903,000 over the 2024 level of "
                   "CHF 61,711,000, and an Operational Part estimated at USD 1,942.6 million. A draft "
                   "resolution is contained in document C/115/L/3.")),
        ("sub", "(c)", "Status report on outstanding contributions"),
        ("note", R("At 30 September 2024 outstanding assessed contributions totalled CHF 9,482,316, "
                   "of which CHF 5,354,726 related to 2024 and CHF 4,127,590 to earlier years. Eleven "
                   "Member States were in arrears to the extent described in Article 4 of the "
                   "Constitution. Document C/115/8 will be updated at the session.")),
    ],
    "10.": [
        ("note", R("Document C/115/INF/2 summarizes the two sessions of the International Dialogue "
                   "on Migration held in 2024, in New York in April and in Geneva in October, together "
                   "with the conclusions drawn by the Chair.")),
    ],
    "11.": [
        ("sub", "(a)", "Report of the Audit and Oversight Advisory Committee"),
        ("note", R("Under its terms of reference, approved by Resolution No. 1381 of 26 November 2019, "
                   "the Committee reports each year to the Council through the Standing Committee. "
                   "Its report covering July 2023 to June 2024 is issued as document C/115/9.")),
        ("sub", "(b)", "Amendments to the Staff Regulations"),
        ("note", R("Document C/115/10 sets out proposed amendments to the Staff Regulations concerning "
                   "parental leave and the mandatory age of separation. Their financial implications "
                   "are estimated in document C/115/10/Add.1.")),
        ("note", [("The Standing Committee considered the proposals at its Thirty-fifth Session and "
                   "recommended their approval (paragraphs 52 to 55 of document S/35/12).", ""),
                  ("3", "S")]),
    ],
    "12.": [
        ("note", R("The term of the present External Auditor ends with the audit of the financial "
                   "statements for 2024. Document C/115/11 describes the selection procedure and the "
                   "evaluation of the three offers received.")),
        ("note", R("A draft resolution appointing the External Auditor for the financial periods 2025 "
                   "to 2027 is contained in document C/115/L/4. Paragraph 5 of that document recalls "
                   "Resolution No. 1406 of 1 December 2023, by which the Council extended the present "
                   "term by one year.")),
    ],
    "13.": [
        ("note", R("The Council may wish to decide that its 116th Session will be held in Geneva in "
                   "late November 2025, the exact dates to be set by the Bureau in consultation with "
                   "the Administration.")),
    ],
    "14.": [],
    "15.": [],
}


def build():
    d = Doc()
    d.new_page()
    # ---- header block
    d.right(SYMBOL, "B", 11, lh=5.5)
    d.space(3)
    d.right("Original: English", "", SIZE)
    d.right("14 October 2024", "", SIZE)
    d.space(10)
    d.centred("COUNCIL", "B", 12, lh=6)
    d.centred("115th Session", "", 11, before=1.5, lh=6)
    d.centred("ANNOTATED PROVISIONAL AGENDA", "B", 12, before=8, lh=6)
    d.centred("Geneva", "", SIZE, before=6, lh=5)
    d.centred("26" + ND + "29 November 2024", "", SIZE, before=0.5, lh=5)
    d.space(8)

    # ---- Part I
    d.centred("PART I " + ND + " PROVISIONAL AGENDA", "B", 11, lh=6)
    d.space(4)
    d.font("B", SIZE)
    d.pdf.text(DOC_X, d.y + 3.8, "Documents")
    d.pdf.set_line_width(0.2)
    d.pdf.line(DOC_X, d.y + 4.5, DOC_X + d.pdf.get_string_width("Documents"), d.y + 4.5)
    d.space(5)
    for num, title, docs, subs in AGENDA:
        runs = [(title, "")]
        if num in MARKER_ON:
            runs.append((str(MARKER_ON[num]), "S"))
        d.agenda_row(num, runs, docs, before=3.2)
        for lab, st, sdocs in subs:
            d.agenda_row(lab, [(st, "")], sdocs, sub=True, before=1.6)

    # ---- Part II
    d.space(8)
    if d.y + 30 > d.limit():
        d.new_page()
    d.centred("PART II " + ND + " ANNOTATIONS", "B", 11, lh=6)
    d.space(2)
    for num, title, docs, subs in AGENDA:
        d.para([(title, "B")], num=num, first_x=TXT_X, left_x=TXT_X, right_x=RIGHT,
               style="B", before=5.0, keep_next=2)
        n = 0
        for blk in ANNOT[num]:
            if blk[0] == "sub":
                d.para([(blk[2], "BI")], num=blk[1], num_x=TXT_X, first_x=SUB_X, left_x=SUB_X,
                       style="BI", before=3.5, keep_next=2)
            else:
                n += 1
                d.para(blk[1], num="%d." % n, num_x=NUM_X, first_x=TXT_X, left_x=LEFT,
                       before=3.0, num_style="")
    d.save()


if __name__ == "__main__":
    build()
