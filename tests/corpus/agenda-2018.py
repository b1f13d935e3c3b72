"""Draws agenda-2018.pdf: annotated provisional agenda of the 109th Session of the IOM Council (2018).

Invented content. Layout: A4, cover block on page 1 with the agenda list and the trilingual
footer; running header (symbol / Page N) on later pages; footnotes at the page foot under a
short rule with raised markers.
"""
import re
from fpdf import FPDF

SYMBOL = "C/109/1"
FONT = "Helvetica"
SIZE = 10
LEAD = 4.3          # body line height (mm)
GAP = 3.0           # space between blocks (mm)
LIST_GAP = 2.0      # space between agenda items (mm)
FN_SIZE = 8
FN_LEAD = 3.6
SUP_SIZE = 6.5
LEFT, RIGHT = 22.0, 190.0
TOP_LATER = 33.0
BOTTOM_FIRST = 268.0   # page 1 keeps room for the trilingual footer
BOTTOM_LATER = 282.0

FOOTNOTES = {
    "1": "The Twenty-third Session of the Standing Committee is scheduled for 30 and 31 October 2018. "
         "Its report will be issued as document S/23/15 as soon as possible after that session.",
    "2": "The report on the 107th Session (C/107/19/Rev.1) was approved in the same way by "
         "Resolution No. 1354 of 28 November 2017.",
}

pdf = FPDF(format="A4", unit="mm")
pdf.core_fonts_encoding = "windows-1252"
pdf.set_auto_page_break(False)
pdf.set_margins(LEFT, 10, 210 - RIGHT)


# ---------------------------------------------------------------- text runs
def tokens(text, style=""):
    """Split text into words; each word is a list of (piece, style) with {fn:N} as a raised marker."""
    out = []
    for word in text.split():
        pieces = []
        for part in re.split(r"(\{fn:\d+\})", word):
            if not part:
                continue
            m = re.fullmatch(r"\{fn:(\d+)\}", part)
            if m:
                pieces.append((m.group(1), "sup"))
            else:
                pieces.append((part, style))
        out.append(pieces)
    return out


def set_style(style, size=SIZE):
    if style == "sup":
        pdf.set_font(FONT, "", SUP_SIZE)
    else:
        pdf.set_font(FONT, style, size)


def piece_width(piece, style, size=SIZE):
    set_style(style, size)
    return pdf.get_string_width(piece)


def word_width(word, size=SIZE):
    return sum(piece_width(p, s, size) for p, s in word)


def space_width(size=SIZE):
    pdf.set_font(FONT, "", size)
    return pdf.get_string_width(" ")


def wrap(words, width, size=SIZE):
    lines, cur, cur_w = [], [], 0.0
    sp = space_width(size)
    for w in words:
        ww = word_width(w, size)
        add = ww if not cur else sp + ww
        if cur and cur_w + add > width:
            lines.append(cur)
            cur, cur_w = [w], ww
        else:
            cur.append(w)
            cur_w += add
    if cur:
        lines.append(cur)
    return lines


def draw_line(line, x, y, width, justify=False, size=SIZE):
    sp = space_width(size)
    widths = [word_width(w, size) for w in line]
    gap = sp
    if justify and len(line) > 1:
        gap = (width - sum(widths)) / (len(line) - 1)
    cx = x
    for w, ww in zip(line, widths):
        px = cx
        for piece, style in w:
            set_style(style, size)
            dy = -1.4 if style == "sup" and size == SIZE else (-1.1 if style == "sup" else 0)
            pdf.text(px, y + dy, piece)
            px += pdf.get_string_width(piece)
        cx += ww + gap


def markers(line):
    return [p for w in line for p, s in w if s == "sup"]


# ---------------------------------------------------------------- pages
class Pager:
    def __init__(self):
        self.page = 0
        self.y = 0.0
        self.fns = []
        self.bottom = BOTTOM_FIRST

    def fn_height(self, fns):
        if not fns:
            return 0.0
        h = 4.0
        for n in fns:
            h += len(wrap(tokens(FOOTNOTES[n]), RIGHT - LEFT - 5, FN_SIZE)) * FN_LEAD + 0.8
        return h

    def limit(self, extra_fns=()):
        return self.bottom - self.fn_height(self.fns + list(extra_fns))

    def fits(self, height, extra_fns=()):
        return self.y + height <= self.limit(extra_fns)

    def finish_page(self):
        if self.fns:
            h = self.fn_height(self.fns)
            y0 = self.bottom - h + 1.0
            pdf.set_line_width(0.2)
            pdf.line(LEFT, y0, LEFT + 45, y0)
            y = y0 + 4.2
            for n in self.fns:
                pdf.set_font(FONT, "", 5.5)
                pdf.text(LEFT, y - 1.2, n)
                for ln in wrap(tokens(FOOTNOTES[n]), RIGHT - LEFT - 5, FN_SIZE):
                    draw_line(ln, LEFT + 4, y, RIGHT - LEFT - 5, justify=False, size=FN_SIZE)
                    y += FN_LEAD
                y += 0.8
        self.fns = []

    def new_page(self):
        if self.page:
            self.finish_page()
        pdf.add_page()
        self.page += 1
        if self.page == 1:
            self.bottom = BOTTOM_FIRST
            draw_cover_furniture()
        else:
            self.bottom = BOTTOM_LATER
            pdf.set_font(FONT, "", SIZE)
            for i, t in enumerate([SYMBOL, "Page %d" % self.page]):
                pdf.text(RIGHT - pdf.get_string_width(t), 14 + i * 4.6, t)
            self.y = TOP_LATER

    def ensure(self, height, extra_fns=()):
        if not self.fits(height, extra_fns):
            self.new_page()


P = Pager()


def draw_cover_furniture():
    pdf.set_font(FONT, "", SIZE)
    for i, t in enumerate([SYMBOL, "Original: English", "15 October 2018"]):
        pdf.text(RIGHT - pdf.get_string_width(t), 16 + i * 4.8, t)
    pdf.set_font(FONT, "B", 11)
    for i, t in enumerate(["COUNCIL", "109th Session"]):
        if i == 1:
            pdf.set_font(FONT, "", 11)
        pdf.text(105 - pdf.get_string_width(t) / 2, 42 + i * 5.5, t)
    pdf.set_font(FONT, "B", 12)
    t = "PROVISIONAL AGENDA"
    pdf.text(105 - pdf.get_string_width(t) / 2, 64, t)
    pdf.set_font(FONT, "", 11)
    t = "(Annotated)"
    pdf.text(105 - pdf.get_string_width(t) / 2, 70, t)
    # trilingual footer
    pdf.set_line_width(0.3)
    pdf.line(LEFT, 279, RIGHT, 279)
    pdf.set_font(FONT, "B", 9)
    for cx, t in [(52, "COUNCIL"), (105, "CONSEIL"), (158, "CONSEJO")]:
        pdf.text(cx - pdf.get_string_width(t) / 2, 285, t)
    P.y = 80.0


# ---------------------------------------------------------------- blocks
def place(lines, x, width, justify, keep=0, docs=(), doc_x=153.0):
    """Place wrapped lines at x; docs are printed at doc_x, one per line from the first line."""
    n = len(lines)
    for i, ln in enumerate(lines):
        fns = markers(ln)
        need = LEAD if i else LEAD * max(1, min(n, 1 + keep))
        P.ensure(need, fns)
        P.fns.extend(fns)
        P.y += LEAD
        draw_line(ln, x, P.y, width, justify=justify and i < n - 1)
        if i < len(docs):
            pdf.set_font(FONT, "", SIZE)
            pdf.text(doc_x, P.y, docs[i])
    # docs left over (more symbols than lines)
    for d in docs[n:]:
        P.ensure(LEAD)
        P.y += LEAD
        pdf.set_font(FONT, "", SIZE)
        pdf.text(doc_x, P.y, d)


def label(text, x, style=""):
    set_style(style)
    pdf.text(x, P.y, text)


def agenda_item(num, title, docs=(), level=0):
    """level 0: '1.' at LEFT, text at +10; level 1: '(a)' at +10, text at +20; level 2: '(i)' at +20, text at +30."""
    lx = LEFT + 10 * level
    tx = lx + 10
    width = 148 - tx          # keeps the title clear of the document column
    lines = wrap(tokens(title), width)
    P.y += LIST_GAP if level == 0 else 1.0
    P.ensure(LEAD * len(lines) + (LIST_GAP if level == 0 else 1.0), [m for l in lines for m in markers(l)])
    start = P.y
    place(lines, tx, width, False, keep=len(lines), docs=docs)
    pdf.set_font(FONT, "", SIZE)
    pdf.text(lx, start + LEAD, num)


def heading(num, title, sub=False):
    style = "BI" if sub else "B"
    lx = LEFT + (8 if sub else 0)
    tx = lx + 8
    width = (150 if sub else 125) - (tx - LEFT)
    lines = wrap(tokens(title, style), width)
    P.y += GAP + (0.8 if not sub else 0)
    # keep a heading with the first two lines of what follows
    P.ensure(LEAD * (len(lines) + 2) + GAP)
    start = P.y
    place(lines, tx, width, False)
    set_style(style)
    pdf.text(lx, start + LEAD, num)


def para(text, x=LEFT + 8):
    width = RIGHT - x
    lines = wrap(tokens(text), width)
    P.y += GAP
    place(lines, x, width, True, keep=1)


def bullet(text, x=LEFT + 14):
    width = RIGHT - x - 5
    lines = wrap(tokens(text), width)
    P.y += 1.0
    P.ensure(LEAD)
    start = P.y
    place(lines, x + 5, width, False)
    pdf.set_font(FONT, "", SIZE)
    pdf.text(x, start + LEAD, "\u2022")


def centre(text, style="B", size=11, space=6.0):
    P.y += space
    P.ensure(LEAD * 6)
    P.y += LEAD
    pdf.set_font(FONT, style, size)
    pdf.text(105 - pdf.get_string_width(text) / 2, P.y, text)


# ---------------------------------------------------------------- content
P.new_page()

agenda_item("1.", "Opening of the session")
agenda_item("2.", "Credentials of representatives and observers")
agenda_item("3.", "Election of officers")
agenda_item("4.", "Adoption of the agenda", ["C/109/1"])
agenda_item("5.", "Applications for representation by observers")
agenda_item("(a)", "Applications by intergovernmental organizations", level=1)
agenda_item("(i)", "Sahel Observatory for Human Mobility", ["C/109/2"], level=2)
agenda_item("(ii)", "Pacific Islands Labour Mobility Secretariat", ["C/109/3"], level=2)
agenda_item("(iii)", "Central Asian Centre for Migration Policy Studies", ["C/109/4"], level=2)
agenda_item("(b)", "Application by the Global Network of Migrant Welfare Associations, "
            "a non-governmental organization", ["C/109/5"], level=1)
agenda_item("6.", "Statement by the Director General")
agenda_item("7.", "Panel discussions")
agenda_item("(a)", "Implementing the global compact for safe, orderly and regular migration: "
            "what role for IOM?", ["C/109/INF/1"], level=1)
agenda_item("(b)", "Migration, environment and climate change: strengthening resilience in "
            "communities of origin", ["C/109/INF/2"], level=1)
agenda_item("8.", "General debate")
agenda_item("9.", "Report on the 108th Session of the Council", ["C/108/21"])
agenda_item("10.", "Reports on the Twenty-second and Twenty-third Sessions of the Standing "
            "Committee on Programmes and Finance{fn:1}", ["S/22/14", "S/23/15"])
agenda_item("11.", "Budgetary and financial matters")
agenda_item("(a)", "Programme and Budget for 2019", ["C/109/8"], level=1)
agenda_item("(b)", "Status report on outstanding contributions to the Administrative Part "
            "of the Budget", ["C/109/9"], level=1)
agenda_item("(c)", "Scale of assessment for 2019", ["C/109/10"], level=1)
agenda_item("12.", "Other business")
agenda_item("13.", "Closure of the session")

centre("ANNOTATIONS")

heading("1.", "Opening of the session")
para("The 109th Session of the Council will be opened at 10 a.m. on Tuesday, 27 November 2018, in "
     "Room XVIII of the Palais des Nations, Geneva, by the Chairperson of the 108th Session. "
     "Interpretation into English, French and Spanish will be provided throughout.")

heading("2.", "Credentials of representatives and observers")
para("Rule 8 of the Rules of Procedure of the Council requires the credentials of representatives, and "
     "the names of the members of each delegation, to be communicated to the Director General, if "
     "possible not less than 24 hours before the opening of the session. The Council will be invited "
     "to take note of the credentials received.")
para("Permanent missions that have not yet done so are kindly requested to send the credentials of "
     "their delegations to the Governing Bodies Division at the earliest opportunity.")

heading("3.", "Election of officers")
para("In accordance with Rule 13 of its Rules of Procedure, the Council will elect the following "
     "officers, who will hold office for the duration of the session:")
bullet("a Chairperson;")
bullet("a First Vice-Chairperson;")
bullet("a Second Vice-Chairperson; and")
bullet("a Rapporteur.")
para("In keeping with the practice of rotation among the regional groups, the Chairperson is expected "
     "to be nominated by the Group of Latin American and Caribbean States. The other nominations are "
     "being coordinated by the groups concerned.")

heading("4.", "Adoption of the agenda")
para("The provisional agenda set out in the present document was prepared by the Director General and "
     "reviewed by the Bureau of the Standing Committee on Programmes and Finance. The Council will be "
     "invited to adopt it, with any amendments it may decide upon.")

heading("5.", "Applications for representation by observers")
para("Under Article 8 of the Constitution, the Council may admit as observers non-member States and "
     "international governmental or non-governmental organizations concerned with migration, refugees "
     "or human resources. Four applications have been received since the 108th Session.")
heading("(a)", "Applications by intergovernmental organizations", sub=True)
para("The requests of the three organizations, each accompanied by information on its mandate and "
     "membership, are reproduced in documents C/109/2, C/109/3 and C/109/4. The Council will be invited "
     "to act on them by adopting draft resolutions C/109/L/1, C/109/L/2 and C/109/L/3.")
heading("(b)", "Application by the Global Network of Migrant Welfare Associations, a non-governmental "
        "organization", sub=True)
para("The Network, founded in 2009, links 48 migrant welfare associations in 31 countries and has worked "
     "with IOM on return counselling in several regions. Its application appears in document C/109/5; "
     "the related draft resolution is C/109/L/4.")

heading("6.", "Statement by the Director General")
para("The Director General will address the Council on the activities of the Organization since its last "
     "regular session and on the outlook for 2019, in particular the follow-up to the global compact for "
     "safe, orderly and regular migration, which is to be adopted at the intergovernmental conference "
     "in Marrakech on 10 and 11 December 2018.")

heading("7.", "Panel discussions")
para("Two moderated panels, bringing together representatives of Governments, international "
     "organizations, civil society and academia, will be held on 27 and 28 November 2018. Background "
     "notes by the Administration (C/109/INF/1 and C/109/INF/2) will be posted on the IOM website two "
     "weeks before the session.")

heading("8.", "General debate")
para("The list of speakers will open on Monday, 12 November 2018. Statements should not exceed five "
     "minutes, or eight minutes when made on behalf of a group of States.")

heading("9.", "Report on the 108th Session of the Council")
para("The draft report on the 108th Session (C/108/21) was sent to Member States on 2 February 2018 for "
     "comment; none of the comments received called for substantive changes. The Council will be invited "
     "to approve the report by adopting draft resolution C/109/L/5.{fn:2}")

heading("10.", "Reports on the Twenty-second and Twenty-third Sessions of the Standing Committee on "
        "Programmes and Finance")
para("At its Twenty-second Session, held on 26 and 27 June 2018, the Standing Committee examined, among "
     "other matters, the Financial Report for the year ended 31 December 2017 and the revision of the "
     "Programme and Budget for 2018. Its report is contained in document S/22/14.")
para("The Council will be invited to take note of both reports and to endorse the recommendations "
     "they contain.")

heading("11.", "Budgetary and financial matters")
heading("(a)", "Programme and Budget for 2019", sub=True)
para("The Programme and Budget for 2019 (C/109/8) sets the Administrative Part of the Budget at "
     "CHF 52,186,000, unchanged in nominal terms from 2018, and estimates the Operational Part at "
     "USD 1,074.6 million. The Council will be invited to approve it by adopting draft resolution "
     "C/109/L/6.")
heading("(b)", "Status report on outstanding contributions to the Administrative Part of the Budget",
        sub=True)
para("As at 30 September 2018, assessed contributions outstanding amounted to CHF 5,318,442, and eleven "
     "Member States were subject to Article 4 of the Constitution. An update as at 15 November 2018 will "
     "be issued as document C/109/9/Add.1.")
heading("(c)", "Scale of assessment for 2019", sub=True)
para("The proposed scale (C/109/10) follows the practice of aligning the IOM scale with that of the "
     "United Nations, here the scale adopted in General Assembly resolution 70/245, adjusted for the "
     "membership of the Organization.")

heading("12.", "Other business")
para("At the time of writing, no item had been proposed under other business.")

heading("13.", "Closure of the session")
para("The Chairperson is expected to close the session on Thursday, 29 November 2018, once the Council "
     "has acted on the draft resolutions before it.")

P.finish_page()
pdf.output("agenda-2018.pdf")
print("pages:", P.page)
