"""Draws note-concerning-2010b.pdf with fpdf2: a NOTE CONCERNING DOCUMENT sheet followed by
the reissued report MC/2301/Rev.1 (Report of the Working Group on Budget Reform, 2010)."""
import os
import re
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "note-concerning-2010b.pdf")

SYMBOL = "MC/2301/Rev.1"
FONT = "Helvetica"
SIZE = 11
LH = 5.6            # body line height (mm)
PARA_GAP = 3.6      # space between blocks (mm)
LEFT = 25.0
RIGHT = 190.0
WIDTH = RIGHT - LEFT
TOP = 34.0          # body start on pages with a running header
BOTTOM = 277.0      # last usable baseline area incl. footnotes
FN_SIZE = 9
FN_LH = 4.3
MARK_SIZE = 7
NUM_INDENT = 12.0   # first-line indent after a paragraph number
ITEM_LABEL = 12.0   # x offset of an item label
ITEM_TEXT = 22.0    # x offset of an item's text

FOOTNOTES = {
    "1": "See the Report of the Standing Committee on Programmes and Finance on its Fourth "
         "Session (SCPF/34), paragraphs 52 to 58.",
    "2": "Operational Support Income is derived from the overhead of 5 per cent charged on "
         "the total staff and office costs of projects. Until 2008 it was referred to in "
         "budget documents as project-related overhead.",
    "3": "The IOM Strategy was adopted by the Council through Resolution No. 1150 of "
         "7 June 2007. See also the review of the Strategy in document MC/INF/302, "
         "paragraphs 14 to 19.",
}

# Body blocks. A footnote marker is written {n} right after the character that carries it.
BODY = [
    ("runtitle", "REPORT OF THE WORKING GROUP ON BUDGET REFORM"),
    ("heading", "I.", "INTRODUCTION"),
    ("para", "1", "At its Fourth Session, held on 12 and 13 May 2009, the Standing Committee on "
     "Programmes and Finance agreed to establish an open-ended working group of Member States "
     "to examine the structure and the funding of the Administrative Part of the Budget and of "
     "the core structure financed from Operational Support Income.{1} The Working Group on "
     "Budget Reform (hereinafter \"the Working Group\") held its first meeting on "
     "17 September 2009."),
    ("para", "2", "The terms of reference agreed by the Standing Committee requested the "
     "Working Group to:"),
    ("item", "(a)", "review the growth of the Organization's core structure in relation to the "
     "growth of its projects, offices and staff since the adoption of the IOM Strategy in 2007;"),
    ("item", "(b)", "assess the adequacy of the present sources of funding of the core "
     "structure, namely assessed contributions, Operational Support Income and discretionary "
     "income; and"),
    ("item", "(c)", "submit recommendations to the Council, through the Standing Committee, on "
     "ways of placing the funding of the core structure on a more predictable footing."),
    ("para", "3", "The Working Group met on nine occasions between September 2009 and "
     "September 2010. Its meetings were open to all Member States, and observers were invited "
     "to attend two of them. The Administration prepared background papers at the request of "
     "the Working Group and took part in all meetings in an advisory capacity."),
    ("para", "4", "At its first meeting the Working Group elected Mr. L. Ferreira Santos "
     "(Brazil) as Chairperson and Ms. H. Lindqvist (Sweden) as Vice-Chairperson. Following "
     "the departure of Mr. Ferreira Santos from Geneva in June 2010, the Vice-Chairperson "
     "chaired the remaining meetings."),
    ("para", "5", "The present report summarizes the discussions of the Working Group and sets "
     "out the recommendations on which it reached consensus at its final meeting, held on "
     "24 September 2010. The Chairperson presented the report orally to the Standing "
     "Committee at its Seventh Session on 2 November 2010."),
    ("heading", "II.", "MAIN FINDINGS"),
    ("para", "6", "Between 2007 and 2009 total expenditure under the Operational Part of the "
     "Budget rose from USD 783.8 million to USD 1,010.3 million, and the number of active "
     "projects from 1,860 to 2,370. Over the same period the Administrative Part of the "
     "Budget, which is financed from the assessed contributions of Member States, was held "
     "at zero nominal growth in Swiss francs, its increase in US dollar terms being due "
     "entirely to exchange rate movements."),
    ("para", "7", "The sources from which the core structure was funded in the period under "
     "review are shown in the table below."),
    ("table",),
    ("para", "8", "The share of the core structure financed from assessed contributions thus "
     "fell from 41.5 per cent in 2007 to an estimated 38.3 per cent in 2010, while the share "
     "financed from Operational Support Income rose from 50.4 per cent to 55.1 per cent. "
     "Discretionary income remained broadly stable at between 6 and 8 per cent of the total."),
    ("para", "9", "Several members stressed that Operational Support Income depends directly "
     "on the volume of project activity and is therefore difficult to forecast.{2} The "
     "Administration estimated that a fall of 10 per cent in project expenditure would reduce "
     "Operational Support Income by some USD 5.4 million, an amount that could not be absorbed "
     "without reductions in essential headquarters and regional functions."),
    ("para", "10", "The Working Group took note of the conclusions of the review of the IOM "
     "Strategy (MC/INF/302) and of the proposals set out by the Administration in the "
     "Programme and Budget for 2011 (MC/2298). A number of delegations considered that any "
     "increase in assessed contributions should be linked to a clearer presentation of the "
     "costs of the core structure; others emphasized the budgetary constraints faced by "
     "their governments."),
    ("heading", "III.", "RECOMMENDATIONS"),
    ("para", "11", "The Working Group agreed that no single measure would be sufficient to "
     "place the funding of the core structure on a sound footing, and that a combination of "
     "measures should be introduced progressively from 2012 onwards."),
    ("para", "12", "The Working Group accordingly recommends that the Council:"),
    ("item", "(a)", "request the Administration to present, together with each Programme and "
     "Budget, a consolidated statement of the core structure showing all its sources of "
     "funding;"),
    ("item", "(b)", "consider at its 100th Session a moderate increase in the Administrative "
     "Part of the Budget for 2012, in line with the priorities of the IOM Strategy;{3}"),
    ("item", "(c)", "establish a reserve mechanism, financed from Operational Support Income "
     "received in excess of budgeted levels, to be drawn upon only when actual Operational "
     "Support Income falls short of those levels; and"),
    ("item", "(d)", "request the Standing Committee on Programmes and Finance to review the "
     "implementation of these measures at its Ninth Session in 2011."),
    ("para", "13", "The Working Group wishes to place on record its appreciation to the "
     "Administration for the background material it provided, and to all delegations for "
     "their constructive participation in its work."),
    ("para", "14", "The Council is invited to approve the present report, including the "
     "recommendations set out in paragraph 12 above."),
]

TABLE_CAPTION = "Core structure funding by source, 2007\u20132010 (in millions of US dollars)"
TABLE_HEAD = ["", "2007", "2008", "2009", "2010 (est.)"]
TABLE_ROWS = [
    ["Assessed contributions", "31.6", "35.9", "36.4", "37.8"],
    ["Operational Support Income", "38.4", "45.1", "51.7", "54.3"],
    ["Discretionary income", "6.2", "6.8", "5.9", "6.5"],
    ["Total", "76.2", "87.8", "94.0", "98.6"],
]
TABLE_RIGHT_EDGES = [118.0, 136.0, 154.0, 182.0]

MARK_RE = re.compile(r"\{(\d+)\}")


class Doc(FPDF):
    pass


pdf = Doc(format="A4", unit="mm")
pdf.set_auto_page_break(False)
pdf.core_fonts_encoding = "windows-1252"
pdf.set_creator("IOM document drafting")
pdf.set_title("MC/2301/Rev.1")


def sw(text, style="", size=SIZE):
    pdf.set_font(FONT, style, size)
    return pdf.get_string_width(text)


def word_width(word, style="", size=SIZE):
    """Width of a token that may carry footnote markers."""
    w = 0.0
    for part in MARK_RE.split(word):
        pass
    pieces = MARK_RE.split(word)
    for i, piece in enumerate(pieces):
        if i % 2 == 0:
            w += sw(piece, style, size)
        else:
            w += sw(piece, "", MARK_SIZE)
    return w


def wrap(text, first_width, other_width, style="", size=SIZE):
    words = text.split()
    lines, cur, cur_w = [], [], 0.0
    space = sw(" ", style, size)
    limit = first_width
    for word in words:
        ww = word_width(word, style, size)
        add = ww if not cur else cur_w + space + ww
        if cur and add > limit:
            lines.append(cur)
            cur, cur_w = [word], ww
            limit = other_width
        else:
            cur.append(word)
            cur_w = add
    if cur:
        lines.append(cur)
    return lines


def draw_words(x, y, words, style="", size=SIZE):
    """Draws a line of words with baseline y; footnote markers are raised and smaller."""
    space = sw(" ", style, size)
    for word in words:
        pieces = MARK_RE.split(word)
        for i, piece in enumerate(pieces):
            if not piece:
                continue
            if i % 2 == 0:
                pdf.set_font(FONT, style, size)
                pdf.text(x, y, piece)
                x += pdf.get_string_width(piece)
            else:
                pdf.set_font(FONT, "", MARK_SIZE)
                pdf.text(x + 0.2, y - 1.9, piece)
                x += pdf.get_string_width(piece) + 0.2
        x += space


def markers_in(words):
    found = []
    for word in words:
        found += MARK_RE.findall(word)
    return found


# ---------------------------------------------------------------- footnote handling
def fn_lines(mark):
    return wrap(FOOTNOTES[mark], WIDTH - 6, WIDTH - 6, "", FN_SIZE)


def fn_height(mark):
    return len(fn_lines(mark)) * FN_LH + 1.2


RULE_H = 7.0


class Page:
    def __init__(self):
        self.y = TOP
        self.notes = []

    def reserved(self, extra=()):
        marks = self.notes + list(extra)
        if not marks:
            return 0.0
        return RULE_H + sum(fn_height(m) for m in marks)


state = {"page": None, "num": 0}


def header(num):
    pdf.set_font(FONT, "", 10)
    for i, text in enumerate([SYMBOL, "Page %d" % num]):
        w = pdf.get_string_width(text)
        pdf.text(RIGHT - w, 15 + i * 4.6, text)


def flush_footnotes():
    page = state["page"]
    if page is None or not page.notes:
        return
    total = page.reserved() - RULE_H
    y = BOTTOM - total
    pdf.set_font(FONT, "", FN_SIZE)
    pdf.text(LEFT, y - 3.2, "__________________")
    y += 1.0
    for mark in page.notes:
        lines = fn_lines(mark)
        for j, line in enumerate(lines):
            y += FN_LH
            if j == 0:
                pdf.set_font(FONT, "", MARK_SIZE)
                pdf.text(LEFT, y - 1.6, mark)
            draw_words(LEFT + 6, y, line, "", FN_SIZE)
        y += 1.2


def new_body_page():
    flush_footnotes()
    pdf.add_page()
    state["num"] += 1
    header(state["num"])
    state["page"] = Page()


def room(height, marks=()):
    page = state["page"]
    return page.y + height + page.reserved(marks) <= BOTTOM


def place_line(x, words, style="", size=SIZE):
    marks = markers_in(words)
    if not room(LH, marks):
        new_body_page()
    page = state["page"]
    page.y += LH
    draw_words(x, page.y, words, style, size)
    page.notes += marks


def gap(h=PARA_GAP):
    state["page"].y += h


# ---------------------------------------------------------------- page A: the note sheet
pdf.add_page()
pdf.set_font(FONT, "B", 12)
title = "NOTE CONCERNING DOCUMENT MC/2301"
pdf.text((210 - pdf.get_string_width(title)) / 2, 62, title)
note = ("The Report of the Working Group on Budget Reform (MC/2301) was approved without "
        "amendment by the Council at its Ninety-ninth Session through Resolution No. 1204 of "
        "1 December 2010. The report is reissued below under the symbol MC/2301/Rev.1. Please "
        "attach this cover page to the original document.")
y = 80
for line in wrap(note, WIDTH, WIDTH):
    draw_words(LEFT, y, line)
    y += LH

# ---------------------------------------------------------------- page B: cover of the report
pdf.add_page()
pdf.set_font(FONT, "B", 12)
w = pdf.get_string_width(SYMBOL)
pdf.text(RIGHT - w, 22, SYMBOL)
pdf.set_font(FONT, "", 11)
for i, text in enumerate(["Original: ENGLISH", "10 December 2010"]):
    pdf.text(RIGHT - pdf.get_string_width(text), 33 + i * 5.2, text)
pdf.set_font(FONT, "B", 11)
pdf.text(LEFT, 58, "NINETY-NINTH SESSION")
pdf.set_font(FONT, "", 11)
pdf.text(LEFT, 62, "_" * 30)
pdf.set_font(FONT, "B", 13)
cover_title = "REPORT OF THE WORKING GROUP ON BUDGET REFORM"
pdf.text((210 - pdf.get_string_width(cover_title)) / 2, 128, cover_title)
pdf.set_font(FONT, "", 11)
sub = "(Submitted by the Chairperson of the Working Group)"
pdf.text((210 - pdf.get_string_width(sub)) / 2, 140, sub)
pdf.set_font(FONT, "B", 12)
for x, word in [(38, "COUNCIL"), (93, "CONSEIL"), (150, "CONSEJO")]:
    pdf.text(x, 282, word)

# ---------------------------------------------------------------- body pages
new_body_page()
for block in BODY:
    kind = block[0]
    if kind == "runtitle":
        pdf.set_font(FONT, "B", SIZE)
        text = block[1]
        state["page"].y += LH
        pdf.text((210 - pdf.get_string_width(text)) / 2, state["page"].y, text)
        gap(PARA_GAP * 2)
    elif kind == "heading":
        # keep the heading with the first two lines of what follows
        if not room(LH * 3 + PARA_GAP * 2):
            new_body_page()
        state["page"].y += LH
        pdf.set_font(FONT, "B", SIZE)
        pdf.text(LEFT, state["page"].y, block[1])
        pdf.text(LEFT + NUM_INDENT, state["page"].y, block[2])
        gap()
    elif kind == "para":
        num, text = block[1], block[2]
        first_x = LEFT + NUM_INDENT
        lines = wrap(text, RIGHT - first_x, WIDTH)
        if not room(LH * 2):
            new_body_page()
        for i, line in enumerate(lines):
            if i == 0:
                place_line(first_x, line)
                pdf.set_font(FONT, "", SIZE)
                pdf.text(LEFT, state["page"].y, num + ".")
            else:
                place_line(LEFT, line)
        gap()
    elif kind == "item":
        label, text = block[1], block[2]
        x_text = LEFT + ITEM_TEXT
        lines = wrap(text, RIGHT - x_text, RIGHT - x_text)
        if not room(LH * 2):
            new_body_page()
        for i, line in enumerate(lines):
            place_line(x_text, line)
            if i == 0:
                pdf.set_font(FONT, "", SIZE)
                pdf.text(LEFT + ITEM_LABEL, state["page"].y, label)
        gap()
    elif kind == "table":
        need = LH * (len(TABLE_ROWS) + 3) + PARA_GAP * 2
        if not room(need):
            new_body_page()
        page = state["page"]
        page.y += LH
        pdf.set_font(FONT, "", 10)
        pdf.text((210 - pdf.get_string_width(TABLE_CAPTION)) / 2, page.y, TABLE_CAPTION)
        page.y += LH + 1.5
        pdf.set_line_width(0.2)
        pdf.line(LEFT, page.y - 4.3, RIGHT - 5, page.y - 4.3)
        pdf.set_font(FONT, "B", 10)
        for edge, text in zip(TABLE_RIGHT_EDGES, TABLE_HEAD[1:]):
            pdf.text(edge - pdf.get_string_width(text), page.y, text)
        pdf.text(LEFT + 1, page.y, "Source")
        pdf.line(LEFT, page.y + 1.6, RIGHT - 5, page.y + 1.6)
        page.y += 1.5
        for row in TABLE_ROWS:
            page.y += LH
            style = "B" if row[0] == "Total" else ""
            if row[0] == "Total":
                pdf.line(LEFT, page.y - 4.2, RIGHT - 5, page.y - 4.2)
            pdf.set_font(FONT, style, 10)
            pdf.text(LEFT + 1, page.y, row[0])
            for edge, text in zip(TABLE_RIGHT_EDGES, row[1:]):
                pdf.text(edge - pdf.get_string_width(text), page.y, text)
        pdf.line(LEFT, page.y + 1.6, RIGHT - 5, page.y + 1.6)
        gap(PARA_GAP + 1.5)

flush_footnotes()
pdf.output(OUT)
print("pages:", pdf.page_no())
