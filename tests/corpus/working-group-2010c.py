"""Draw working-group-2010c.pdf: report of the Working Group on Budget Reform
to the Standing Committee on Programmes and Finance (SCPF/47, October 2010),
laid out like a word-processor document of that time.  Library: fpdf2."""

import os
import re
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "working-group-2010c.pdf")

SYMBOL = "SCPF/47"

# ---------------------------------------------------------------- geometry
LM = 25.0            # left margin
RM = 185.0           # right edge of text
TW = RM - LM         # text width
TAB = 12.5           # one tab stop
BODY_TOP = 31.0
BODY_BOTTOM = 275.0
FONT = "Times"
SIZE = 12
LH = 5.0             # body line height
FN_SIZE = 10
FN_LH = 4.3
PARA_GAP = 3.8       # blank space between paragraphs


class Doc(FPDF):
    pass


pdf = Doc(orientation="P", unit="mm", format="A4")
pdf.set_auto_page_break(False)
pdf.set_margins(LM, 20, 210 - RM)
pdf.set_creator("Microsoft Word 2007")
pdf.set_title("Report of the Working Group on Budget Reform")

state = {
    "y": BODY_TOP,
    "notes": [],        # footnotes whose markers fall on the current page
    "page_label": 0,    # running "Page N" of the main text
    "annex": None,      # annex label when inside an annex
    "annex_page": 0,
}
FOOTNOTES = {}          # marker -> footnote text


# ---------------------------------------------------------------- tokens
def tokenize(text):
    """Split text into words; a word is a list of (string, is_superscript)."""
    words = []
    for raw in text.split():
        pieces = []
        for part in re.split(r"(\{\^[^}]+\})", raw):
            if not part:
                continue
            m = re.match(r"\{\^([^}]+)\}", part)
            if m:
                pieces.append((m.group(1), True))
            else:
                pieces.append((part, False))
        words.append(pieces)
    return words


def word_width(word, size, bold=False, italic=False):
    w = 0.0
    for s, sup in word:
        if sup:
            pdf.set_font(FONT, "", size * 0.66)
        else:
            pdf.set_font(FONT, ("B" if bold else "") + ("I" if italic else ""), size)
        w += pdf.get_string_width(s)
    return w


def break_lines(text, first_x, rest_x, right_x, size, bold=False, italic=False):
    """Greedy line breaking. Returns a list of (x_start, width, words, last)."""
    words = tokenize(text)
    pdf.set_font(FONT, "", size)
    space = pdf.get_string_width(" ")
    lines = []
    cur, cur_w = [], 0.0
    x = first_x
    for wd in words:
        ww = word_width(wd, size, bold, italic)
        avail = right_x - x
        need = ww if not cur else cur_w + space + ww
        if cur and need > avail + 0.01:
            lines.append([x, avail, cur, False])
            cur, cur_w = [wd], ww
            x = rest_x
        else:
            cur.append(wd)
            cur_w = need
    if cur:
        lines.append([x, right_x - x, cur, True])
    return lines


def draw_line(line, y_top, size, lh, justify=True, bold=False, italic=False):
    x, avail, words, last = line
    widths = [word_width(w, size, bold, italic) for w in words]
    pdf.set_font(FONT, "", size)
    space = pdf.get_string_width(" ")
    gap = space
    if justify and not last and len(words) > 1:
        gap = (avail - sum(widths)) / (len(words) - 1)
    base = y_top + lh * 0.78
    cx = x
    for wd, ww in zip(words, widths):
        px = cx
        for s, sup in wd:
            if sup:
                pdf.set_font(FONT, "", size * 0.66)
                pdf.text(px, base - size * 0.16, s)
            else:
                pdf.set_font(FONT, ("B" if bold else "") + ("I" if italic else ""), size)
                pdf.text(px, base, s)
            px += pdf.get_string_width(s)
        cx += ww + gap


def markers_in(line):
    return [s for wd in line[2] for s, sup in wd if sup]


# ---------------------------------------------------------------- pages
def draw_header():
    pdf.set_font(FONT, "", SIZE)
    rows = [SYMBOL]
    if state["annex"]:
        rows.append(state["annex"])
        rows.append("Page %d" % state["annex_page"])
    else:
        rows.append("Page %d" % state["page_label"])
    y = 14.0
    for r in rows:
        pdf.text(RM - pdf.get_string_width(r), y, r)
        y += 5.0


def footnote_lines(marker):
    text = FOOTNOTES[marker]
    return break_lines(text, LM + 3.2, LM, RM, FN_SIZE)


def notes_height(markers):
    if not markers:
        return 0.0
    h = 6.0  # space + rule
    for m in markers:
        h += len(footnote_lines(m)) * FN_LH
    return h


def flush_notes():
    if not state["notes"]:
        return
    h = notes_height(state["notes"])
    y = BODY_BOTTOM + 8 - h
    pdf.set_line_width(0.2)
    pdf.line(LM, y + 2.5, LM + 50, y + 2.5)
    y += 6.0
    for m in state["notes"]:
        lines = footnote_lines(m)
        # raised marker
        pdf.set_font(FONT, "", FN_SIZE * 0.66)
        pdf.text(LM, y + FN_LH * 0.78 - FN_SIZE * 0.16, m)
        for ln in lines:
            draw_line(ln, y, FN_SIZE, FN_LH, justify=True)
            y += FN_LH
    state["notes"] = []


def new_page(annex=None):
    flush_notes()
    pdf.add_page()
    if annex:
        state["annex"] = annex
        state["annex_page"] += 1
    elif state["annex"]:
        state["annex_page"] += 1
    else:
        state["page_label"] += 1
    draw_header()
    state["y"] = BODY_TOP


def room_left(extra_markers=()):
    return BODY_BOTTOM - notes_height(state["notes"] + list(extra_markers)) - state["y"]


# ---------------------------------------------------------------- blocks
def gap(h=PARA_GAP):
    state["y"] += h


def place_lines(lines, size=SIZE, lh=LH, justify=True, bold=False, italic=False, keep=1):
    """Place pre-broken lines, moving to a new page when needed.
    keep: number of leading lines that must share a page (orphan control)."""
    first = True
    for i, ln in enumerate(lines):
        mk = markers_in(ln)
        need = lh
        if first and keep > 1:
            need = lh * min(keep, len(lines))
        if room_left(mk) < need - 0.01:
            new_page()
        draw_line(ln, state["y"], size, lh, justify, bold, italic)
        state["notes"].extend(mk)
        state["y"] += lh
        first = False


def heading(num, text, level=1):
    # keep heading with two lines of what follows
    if room_left() < LH * 4:
        new_page()
    pdf.set_font(FONT, "B", SIZE)
    base = state["y"] + LH * 0.78
    pdf.text(LM, base, num + ".")
    pdf.text(LM + TAB, base, text)
    state["y"] += LH
    gap()


def para(num, text):
    label = "%d." % num
    lines = break_lines(text, LM + TAB, LM, RM, SIZE)
    if room_left(markers_in(lines[0])) < LH * 2:
        new_page()
    pdf.set_font(FONT, "", SIZE)
    pdf.text(LM, state["y"] + LH * 0.78, label)
    place_lines(lines, keep=2)
    gap()


def item(label, text, level=1, last_gap=True):
    lx = LM + TAB * level
    tx = lx + TAB
    lines = break_lines(text, tx, tx, RM, SIZE)
    if room_left(markers_in(lines[0])) < LH:
        new_page()
    pdf.set_font(FONT, "", SIZE)
    pdf.text(lx, state["y"] + LH * 0.78, label)
    place_lines(lines)
    if last_gap:
        gap()


def plain(text, x=LM, justify=True, centered=False, bold=False):
    if centered:
        pdf.set_font(FONT, "B" if bold else "", SIZE)
        if room_left() < LH:
            new_page()
        w = pdf.get_string_width(text)
        pdf.text(LM + (TW - w) / 2, state["y"] + LH * 0.78, text)
        state["y"] += LH
        return
    lines = break_lines(text, x, x, RM, SIZE, bold)
    place_lines(lines, justify=justify, bold=bold)


def table(col_w, header, rows, aligns, caption=None, total_last=False):
    """A ruled table. Cells wrap; figures are right-aligned."""
    pad = 1.6
    tlh = 4.9

    def cell_lines(text, w, bold=False):
        return break_lines(text, 0, 0, w - 2 * pad, SIZE, bold)

    def row_h(cells, bold=False):
        n = max(len(cell_lines(c, w, bold)) for c, w in zip(cells, col_w))
        return n * tlh + 2 * pad

    body_rows = [(r, total_last and i == len(rows) - 1) for i, r in enumerate(rows)]
    head_h = row_h(header, True)
    cap_h = (LH + 2) if caption else 0
    # caption, heading row and at least two rows must share a page
    first_need = cap_h + head_h + sum(row_h(c, b) for c, b in body_rows[:2])
    if len(body_rows) <= 4:   # a small table is kept whole
        first_need = cap_h + head_h + sum(row_h(c, b) for c, b in body_rows)
    if room_left() < first_need:
        new_page()
    x0 = LM + (TW - sum(col_w)) / 2
    if caption:
        pdf.set_font(FONT, "B", SIZE)
        w = pdf.get_string_width(caption)
        pdf.text(LM + (TW - w) / 2, state["y"] + LH * 0.78, caption)
        state["y"] += LH + 2
    pdf.set_line_width(0.25)

    def draw_row(cells, bold, is_head):
        h = row_h(cells, bold)
        y = state["y"]
        x = x0
        for c_i, (c, w) in enumerate(zip(cells, col_w)):
            pdf.rect(x, y, w, h)
            lines = cell_lines(c, w, bold)
            yy = y + pad
            align = "C" if is_head else aligns[c_i]
            for ln in lines:
                lw = sum(word_width(wd, SIZE, bold) for wd in ln[2])
                pdf.set_font(FONT, "", SIZE)
                lw += pdf.get_string_width(" ") * (len(ln[2]) - 1)
                if align == "R":
                    sx = x + w - pad - lw
                elif align == "C":
                    sx = x + (w - lw) / 2
                else:
                    sx = x + pad
                draw_line([sx, lw, ln[2], True], yy, SIZE, tlh, justify=False, bold=bold)
                yy += tlh
            x += w
        state["y"] += h

    draw_row(header, True, True)
    for cells, bold in body_rows:
        if room_left() < row_h(cells, bold):
            new_page()
            draw_row(header, True, True)   # heading row repeated
        draw_row(cells, bold, False)
    gap(PARA_GAP + 1)


# ---------------------------------------------------------------- content
FOOTNOTES.update({
    "1": "The terms of reference were circulated to all Member States under cover of "
         "document SCPF/31 and are therefore not reproduced in this report.",
    "2": "The background papers were issued as Conference Room Papers (CRP) Nos. 24 to 29 "
         "and may be obtained from the Governing Bodies Secretariat on request.",
    "3": "Miscellaneous income comprises unearmarked contributions from governments and "
         "interest income. See the Financial Report for the year ended 31 December 2009 "
         "(MC/2295).",
    "4": "At 30 June 2010 the balance of the Discretionary Income reserve stood at "
         "USD 6.1 million, after the transfers approved for 2010.",
})

MEMBER_STATES = [
    "Algeria", "Argentina", "Australia", "Bangladesh", "Belgium", "Brazil", "Canada",
    "Colombia", "Egypt", "France", "Germany", "Ghana", "Japan", "Mexico", "Morocco",
    "Netherlands", "Norway", "Philippines", "South Africa", "Sweden", "Switzerland",
    "Thailand", "United Kingdom of Great Britain and Northern Ireland",
    "United States of America",
]
assert len(MEMBER_STATES) == 24


def cover():
    pdf.add_page()
    pdf.set_font(FONT, "B", SIZE)
    y = 22.0

    def right(text, y, style=""):
        pdf.set_font(FONT, style, SIZE)
        pdf.text(RM - pdf.get_string_width(text), y, text)

    def centre(text, y, style="B", size=SIZE):
        pdf.set_font(FONT, style, size)
        pdf.text(LM + (TW - pdf.get_string_width(text)) / 2, y, text)

    right(SYMBOL, y, "B")
    right("Original: English", y + 10)
    right("11 October 2010", y + 15)
    centre("STANDING COMMITTEE ON PROGRAMMES AND FINANCE", 62)
    centre("SEVENTH SESSION", 70)
    centre("26-27 October 2010", 80, "")
    pdf.set_line_width(0.5)
    pdf.line(LM, 92, RM, 92)
    centre("REPORT OF THE WORKING GROUP ON BUDGET REFORM", 140)
    centre("(Submitted by the Chairperson of the Working Group)", 150, "")
    # trilingual cover footer
    pdf.set_line_width(0.3)
    pdf.line(LM, 262, RM, 262)
    centre("STANDING COMMITTEE ON PROGRAMMES AND FINANCE", 268, "B", 9)
    centre("COMITÉ PERMANENT DES PROGRAMMES ET DES FINANCES", 272.5, "B", 9)
    centre("COMITÉ PERMANENTE DE PROGRAMAS Y FINANZAS", 277, "B", 9)


def body():
    new_page()
    plain("REPORT OF THE WORKING GROUP ON BUDGET REFORM", centered=True, bold=True)
    gap(LH + 2)

    heading("I", "INTRODUCTION")
    para(1, "At its Fifth Session, held on 3 and 4 November 2009, the Standing Committee on "
            "Programmes and Finance agreed to establish an informal, open-ended Working Group "
            "on Budget Reform, composed of interested Member States, to look into the "
            "longer-term financing of the Organization's core structure. At its first meeting "
            "the Working Group elected by acclamation Ms. I. Solheim (Norway) as Chairperson "
            "and Mr. K. Asante-Mensah (Ghana) as Vice-Chairperson.")
    para(2, "Under the terms of reference adopted at its first meeting,{^1} the Working Group "
            "was asked to:")
    item("(a)", "review the structure and funding of the Administrative Part of the Budget "
                "in the light of the growth in the Organization's membership and activities;")
    item("(b)", "examine the sources, use and predictability of Discretionary Income, and the "
                "appropriate level of the Discretionary Income reserve;")
    item("(c)", "consider the methodology for calculating project-related overhead, "
                "including:")
    item("(i)", "the rate currently applied to projects funded from earmarked "
                "contributions; and", level=2)
    item("(ii)", "the treatment of staff and office costs directly attributable to "
                 "projects; and", level=2)
    item("(d)", "submit its findings and recommendations to the Standing Committee at its "
                "Seventh Session.")
    para(3, "The Working Group met six times between February and September 2010. Its "
            "meetings, and the principal subjects taken up at each, are shown in the "
            "following table.")
    table([32, 50, 78],
          ["Meeting", "Date", "Main subjects discussed"],
          [["First meeting", "Tuesday, 9 February 2010",
            "Election of officers; adoption of the terms of reference and programme of work"],
           ["Second meeting", "Wednesday, 24 March 2010",
            "Structure of the Administrative Part of the Budget; trends in staff and office costs"],
           ["Third meeting", "Thursday, 6 May 2010",
            "Sources and use of Discretionary Income; level of the reserve"],
           ["Fourth meeting", "Tuesday, 15 June 2010",
            "Project-related overhead and the method of its calculation"],
           ["Fifth meeting", "Tuesday, 13 July 2010",
            "Options for funding the core structure; preliminary conclusions"],
           ["Sixth meeting", "Wednesday, 22 September 2010",
            "Consideration and adoption of the draft report"]],
          ["L", "L", "L"])
    para(4, "Participation in the Working Group was open to all Member States. "
            "Representatives of twenty-four Member States took part in one or more meetings; "
            "they are listed in the Annex to this report. The Administration was represented "
            "by the Department of Resources Management, which prepared a background paper for "
            "each meeting.{^2}")
    para(5, "This report summarizes the main points of the discussion and sets out the "
            "recommendations agreed by consensus at the sixth meeting. It does not attempt to "
            "record the positions taken by individual delegations.")

    heading("II", "BACKGROUND")
    para(6, "Since 1998 the Administrative Part of the Budget has been held, with limited "
            "exceptions, at zero nominal growth. For 2010 it was approved at CHF 39,388,000 "
            "by Resolution No. 1184 of 26 November 2009, on the basis of the Programme and "
            "Budget for 2010 (MC/2282). Over the same period the membership of the "
            "Organization rose from 67 to 127 Member States, and the Operational Part of the "
            "Budget grew more than fivefold.")
    para(7, "To keep pace with that growth, the Organization has come to rely on Discretionary "
            "Income to finance a widening range of core functions, including positions at "
            "Headquarters and in the field that would normally be covered by the "
            "Administrative Part of the Budget. The Administration's paper on the subject "
            "(MC/INF/300) estimated that some 40 per cent of core staff positions are now "
            "funded in this way.")
    para(8, "Several delegations expressed concern that the growing dependence on "
            "Discretionary Income, which fluctuates with the volume of activity and with "
            "exchange rates, leaves essential functions exposed. Others pointed to the "
            "difficulty that many Member States would face in accepting any increase in "
            "assessed contributions in the present financial climate.")

    heading("III", "ISSUES CONSIDERED")
    heading("A", "The Administrative Part of the Budget", level=2)
    para(9, "The Working Group looked at three broad approaches to the funding of the "
            "Administrative Part of the Budget:")
    item("(a)", "continuing zero nominal growth, with any additional core requirements "
                "funded from Discretionary Income;")
    item("(b)", "moving to zero real growth, whereby the budget would be adjusted each year "
                "for statutory cost increases only; and")
    item("(c)", "a one-time adjustment to absorb the core positions now funded from "
                "Discretionary Income, followed by zero real growth.")
    para(10, "There was broad support in principle for the third approach, although a number "
             "of delegations indicated that they would need to consult their capitals on the "
             "timing and size of any increase. The Working Group agreed that an adjustment, "
             "if approved, should be phased over not less than two years.")
    heading("B", "Discretionary Income", level=2)
    para(11, "The Working Group noted that Discretionary Income reached USD 52.8 million in "
             "2009, of which USD 8.4 million came from miscellaneous income{^3} and USD 44.4 "
             "million from project-related overhead.")
    para(12, "Members agreed that the Discretionary Income reserve should be kept at a level "
             "sufficient to absorb unforeseen shortfalls, and asked the Administration to "
             "propose a target level together with a mechanism for replenishing the reserve "
             "when it falls below that level.")
    heading("C", "Project-related overhead", level=2)
    para(13, "The present overhead rate of 5 per cent of total project costs was discussed at "
             "some length. Some donors considered the rate difficult to justify to their own "
             "authorities, while the Administration recalled that it remains below the rates "
             "charged by most other international organizations.")
    para(14, "The Working Group considered that a revised methodology should distinguish "
             "between:")
    item("(a)", "costs directly attributable to a project, which should be charged to that "
                "project in full; and")
    item("(b)", "indirect costs of a general nature, which should continue to be recovered "
                "through the overhead.")

    heading("IV", "FINANCIAL IMPLICATIONS")
    para(15, "Implementation of the recommendations in section V would involve one-time costs "
             "for an external review of the cost structure and for the adaptation of the budget "
             "module of the Organization's financial system (PRISM). The estimates provided by "
             "the Administration are summarized in Table 1.")
    table([88, 24, 24, 24],
          ["Item", "2011", "2012", "Total"],
          [["External review of the cost structure", "120,000", "65,000", "185,000"],
           ["Adaptation of the PRISM budget module", "150,000", "90,000", "240,000"],
           ["Total", "270,000", "155,000", "425,000"]],
          ["L", "R", "R", "R"],
          caption="Table 1: Estimated one-time costs of implementation, 2011-2012 "
                  "(in Swiss francs)",
          total_last=True)
    para(16, "The Administration has proposed that these costs be met from the Discretionary "
             "Income reserve, so that no additional contribution would be sought from Member "
             "States.{^4}")

    heading("V", "RECOMMENDATIONS")
    para(17, "The Working Group recommends that the Standing Committee on Programmes and "
             "Finance endorse the following recommendations and transmit them to the Council "
             "at its Ninety-ninth Session:")
    item("1.", "That the Administrative Part of the Budget be adjusted over the years 2011 "
               "and 2012 to absorb the core positions currently funded from Discretionary "
               "Income, and thereafter be maintained at zero real growth;")
    item("2.", "That the Administration present, together with the Programme and Budget for "
               "2012, a target level for the Discretionary Income reserve and a mechanism for "
               "its replenishment;")
    item("3.", "That the Administration develop a revised methodology for project-related "
               "overhead which separates directly attributable costs from indirect costs, for "
               "consideration by the Standing Committee in 2011;")
    item("4.", "That the one-time costs shown in Table 1 be met from the Discretionary Income "
               "reserve; and")
    item("5.", "That the mandate of the Working Group be extended until the end of 2011 so "
               "that it may follow up on the above.")
    para(18, "The Working Group wishes to underline that these recommendations form a package "
             "and should be considered together.")
    para(19, "The Chairperson thanks the participating delegations for their constructive "
             "engagement throughout the year, and the Administration for the quality of the "
             "support it provided.")
    flush_notes()


def annex():
    new_page(annex="Annex")
    plain("Annex", centered=True, bold=True)
    gap(LH)
    plain("MEMBER STATES THAT PARTICIPATED IN THE WORKING GROUP", centered=True, bold=True)
    gap(LH + 2)
    plain("Representatives of the following Member States took part in one or more meetings "
          "of the Working Group on Budget Reform:")
    gap(LH)
    for name in MEMBER_STATES:
        plain(name, x=LM + TAB * 2, justify=False)
    flush_notes()


cover()
body()
annex()
pdf.output(OUT)
print("wrote", OUT, "pages:", pdf.page_no())
