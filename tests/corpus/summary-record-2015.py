"""Provisional summary record of the third meeting of the IOM Council, 106th Session (2015).

Writes summary-record-2015.pdf next to this file, with fpdf2 core fonts.
A small hand-made typesetter places every word itself so that footnote markers can be
raised and footnote texts kept at the foot of the page that cites them.
"""
import os
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
SYMBOL = "C/106/SR/3"

PAGE_W, PAGE_H = 210.0, 297.0
LM, RM = 25.0, 20.0
TEXT_W = PAGE_W - LM - RM
BODY_TOP = 28.0           # first body line on pages after the first
BODY_BOTTOM = 270.0       # lowest baseline area for body + footnotes
LINE_H = 5.4              # body line height (Times 11)
PAR_GAP = 3.2
NUM_INDENT = 12.0         # text after a paragraph number
ITEM_LABEL_X = 12.0
ITEM_TEXT_X = 22.0
FN_SIZE = 9.0
FN_LINE_H = 4.1
COVER_BOX_TOP = 238.0     # the correction notice on page 1


class Record(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font("Times", "", 11)
            self.set_xy(LM, 12)
            self.cell(TEXT_W, 5, SYMBOL, align="R")

    def footer(self):
        if self.page_no() > 1:
            self.set_font("Times", "", 10)
            self.set_xy(LM, PAGE_H - 15)
            self.cell(TEXT_W, 5, str(self.page_no()), align="C")


pdf = Record(orientation="P", unit="mm", format="A4")
pdf.set_auto_page_break(False)
pdf.set_margins(LM, 12, RM)

# ----------------------------------------------------------------- layout state
state = {"y": 0.0, "notes": [], "limit": BODY_BOTTOM}


def style_font(style, size=11):
    pdf.set_font("Times", style, size)


def notes_height(notes):
    if not notes:
        return 0.0
    h = 5.0  # rule and gap
    for n in notes:
        h += len(wrap_note(n)) * FN_LINE_H + 0.8
    return h


def wrap_note(note):
    marker, text = note
    style_font("", FN_SIZE)
    width = TEXT_W - 5.0
    lines, cur = [], ""
    for w in text.split():
        trial = (cur + " " + w).strip()
        if pdf.get_string_width(trial) <= width:
            cur = trial
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def flush_notes():
    notes = state["notes"]
    if not notes:
        return
    h = notes_height(notes)
    y = BODY_BOTTOM - h + 2.0
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.2)
    pdf.line(LM, y, LM + 45, y)
    y += 3.0
    for marker, text in notes:
        lines = wrap_note((marker, text))
        # raised marker
        style_font("", 7)
        pdf.text(LM + 1.5, y + FN_LINE_H - 1.0, marker)
        style_font("", FN_SIZE)
        for ln in lines:
            y += FN_LINE_H
            pdf.text(LM + 5.0, y, ln)
        y += 0.8
    state["notes"] = []


def new_page(first=False):
    if not first:
        flush_notes()
    pdf.add_page()
    state["y"] = BODY_TOP
    state["limit"] = BODY_BOTTOM


# tokens: (text, style, is_marker, note_text)
def tokenize(segments):
    toks = []
    for seg in segments:
        if seg[0] == "sup":
            toks.append((seg[1], "", True, seg[2]))
            continue
        style, text = seg
        for w in text.split():
            toks.append((w, style, False, None))
    return toks


def word_width(tok):
    text, style, is_marker, _ = tok
    if is_marker:
        style_font("", 7)
    else:
        style_font(style)
    return pdf.get_string_width(text)


def break_lines(toks, first_w, rest_w):
    """Greedy line breaking. A marker glues to the word before it."""
    style_font("")
    space = pdf.get_string_width(" ")
    # group words with the markers that follow them
    groups = []
    for t in toks:
        if t[2] and groups:
            groups[-1].append(t)
        else:
            groups.append([t])
    lines, cur, cur_w = [], [], 0.0
    for g in groups:
        gw = sum(word_width(t) for t in g)
        limit = first_w if not lines else rest_w
        need = gw if not cur else cur_w + space + gw
        if cur and need > limit:
            lines.append(cur)
            cur, cur_w = [g], gw
        else:
            cur.append(g)
            cur_w = need
    if cur:
        lines.append(cur)
    return lines


def line_markers(line):
    return [(t[0], t[3]) for g in line for t in g if t[2]]


def draw_line(line, x, width, y, align, last):
    style_font("")
    space = pdf.get_string_width(" ")
    widths = [sum(word_width(t) for t in g) for g in line]
    natural = sum(widths) + space * (len(line) - 1)
    gap = space
    if align == "J" and not last and len(line) > 1:
        gap = space + (width - natural) / (len(line) - 1)
    if align == "C":
        x = x + (width - natural) / 2.0
    cx = x
    base = y + 4.0
    for g, gw in zip(line, widths):
        for t in g:
            text, style, is_marker, _ = t
            if is_marker:
                style_font("", 7)
                pdf.text(cx, base - 1.9, text)
            else:
                style_font(style)
                pdf.text(cx, base, text)
            cx += word_width(t)
        cx += gap


def ensure_room(line_count_needed, extra_notes=()):
    limit = BODY_BOTTOM - notes_height(state["notes"] + list(extra_notes))
    if pdf.page_no() == 1:
        limit = min(limit, COVER_BOX_TOP - 3.0)
    if state["y"] + line_count_needed * LINE_H > limit:
        new_page()
        return True
    return False


def block(segments, x_first, x_rest, align="J", label=None, label_x=0.0,
          gap_after=PAR_GAP, keep_lines=1):
    """Typeset one block. label is drawn at label_x on the first line."""
    toks = tokenize(segments)
    first_w = TEXT_W - x_first
    rest_w = TEXT_W - x_rest
    lines = break_lines(toks, first_w, rest_w)
    ensure_room(min(keep_lines, len(lines)))
    for i, line in enumerate(lines):
        marks = line_markers(line)
        if marks and pdf.page_no() == 1:
            # page 1 carries the correction notice; no footnotes there
            new_page()
        if i > 0 or marks:
            ensure_room(1, marks)
        if i == 0 and label is not None:
            lab_style, lab_text = label
            style_font(lab_style)
            pdf.text(LM + label_x, state["y"] + 4.0, lab_text)
        xo = x_first if i == 0 else x_rest
        wo = first_w if i == 0 else rest_w
        draw_line(line, LM + xo, wo, state["y"], align, i == len(lines) - 1)
        state["notes"].extend(marks)
        state["y"] += LINE_H
    state["y"] += gap_after


def para(num, segments, keep_lines=2):
    block(segments, NUM_INDENT, 0.0, label=("", f"{num}."), label_x=0.0,
          keep_lines=keep_lines)


def item(label, segments, gap_after=1.6):
    block(segments, ITEM_TEXT_X, ITEM_TEXT_X, label=("", label), label_x=ITEM_LABEL_X,
          gap_after=gap_after)


def plain(segments, gap_after=PAR_GAP):
    block(segments, 0.0, 0.0, gap_after=gap_after)


def heading(caps, item_no, continued=False):
    segs = [("B", caps)]
    if continued:
        segs.append(("I", "(continued)"))
    segs.append(("", f"(item {item_no} of the agenda)"))
    # keep heading with the first two lines of the next paragraph
    toks = tokenize(segs)
    n = len(break_lines(toks, TEXT_W - 20, TEXT_W - 20))
    ensure_room(n + 3)
    state["y"] += 1.5
    block(segs, 10.0, 10.0, align="C", gap_after=PAR_GAP + 0.8)


def sup(marker, note):
    return ("sup", marker, note)


# ======================================================================= PAGE 1
new_page(first=True)

# header block, top right
style_font("B", 12)
pdf.set_xy(LM, 14)
pdf.cell(TEXT_W, 6, SYMBOL, align="R")
style_font("", 11)
pdf.set_xy(LM, 20)
pdf.cell(TEXT_W, 5, "Original: English", align="R")
pdf.set_xy(LM, 25)
pdf.cell(TEXT_W, 5, "11 December 2015", align="R")

# organ and session
style_font("B", 12)
pdf.set_xy(LM, 38)
pdf.cell(TEXT_W, 6, "COUNCIL", align="L")
style_font("", 11)
pdf.set_xy(LM, 44)
pdf.cell(TEXT_W, 5, "106th Session", align="L")

# title and meeting lines
style_font("B", 12)
pdf.set_xy(LM, 58)
pdf.cell(TEXT_W, 6, "PROVISIONAL SUMMARY RECORD OF THE THIRD MEETING", align="C")
style_font("", 11)
pdf.set_xy(LM, 68)
pdf.cell(TEXT_W, 5, "Geneva", align="C")
pdf.set_xy(LM, 74)
pdf.cell(TEXT_W, 5, "Wednesday, 25 November 2015, at 3.10 p.m.", align="C")

pdf.set_xy(LM, 85)
style_font("", 11)
pdf.cell(pdf.get_string_width("Chairperson: "), 5, "Chairperson: ")
style_font("I", 11)
pdf.cell(80, 5, "Mr J. Ferreira de Lima (Brazil)")

pdf.set_line_width(0.3)
pdf.line(LM, 94, LM + TEXT_W, 94)

# contents (agenda items, no page numbers)
style_font("B", 11)
pdf.set_xy(LM, 99)
pdf.cell(TEXT_W, 5, "CONTENTS", align="C")
contents = [
    "General debate (continued)",
    "Report on the Seventeenth Session of the Standing Committee on Programmes and Finance",
    "Programme and Budget for 2016",
    "Status report on outstanding contributions to the Administrative Part of the Budget",
]
state["y"] = 107.0
for entry in contents:
    block([("", entry)], 10.0, 16.0, align="L", gap_after=1.2)
state["y"] += 1.0
pdf.line(LM, state["y"], LM + TEXT_W, state["y"])
state["y"] += 6.0

# correction notice in a box at the foot of page 1
notice = ("This record is subject to correction. Corrections should be submitted in writing, in one "
          "of the official languages of the Organization, to the Governing Bodies Division within "
          "two weeks of the date of issue of this record. They will be consolidated in a single "
          "corrigendum, to be issued shortly after the end of the session.")
pdf.set_line_width(0.25)
pdf.rect(LM, COVER_BOX_TOP + 2, TEXT_W, 26)
style_font("I", 10)
pdf.set_xy(LM + 4, COVER_BOX_TOP + 5)
pdf.multi_cell(TEXT_W - 8, 4.6, notice, align="J")

# ======================================================================= BODY
plain([("I", "The meeting was called to order at 3.10 p.m.")])

heading("GENERAL DEBATE", 9, continued=True)

para(1, [("", "The representative of the Philippines said that the adoption in September 2015 of "
          "the 2030 Agenda for Sustainable Development, with its target 10.7 on orderly, safe, "
          "regular and responsible migration, was a turning point for countries of origin. Her "
          "Government attached great importance to the protection of migrant workers throughout "
          "the migration cycle and welcomed the progress made by the Migrants in Countries in "
          "Crisis initiative, which it co-chaired with the United States of America.")])

para(2, [("", "The representative of Germany said that the arrival of close to one million asylum "
          "seekers and migrants in his country in the course of 2015 had placed heavy strain on "
          "reception capacities at federal, state and municipal levels. His Government welcomed the "
          "endorsement by the Council, the previous day, of the Migration Governance Framework "
          "(C/106/40) through Resolution No. 1310, and it would continue to support the "
          "Organization's assisted voluntary return and reintegration programmes.")])

para(3, [("", "The representative of Nepal thanked the Organization for the assistance it had "
          "provided after the earthquake of 25 April 2015, in particular its leadership of the "
          "camp coordination and camp management cluster and the emergency shelter provided to "
          "more than 100,000 households. The reconstruction phase would require sustained "
          "support over several years."),
         sup("1", "The full text of the statement, as delivered, has been posted on the IOM "
                  "website, together with the other statements made in the general debate.")])

para(4, [("", "The representative of Kenya said that the movement of migrants along the eastern "
          "and southern routes out of the Horn of Africa called for closer cooperation among "
          "countries of origin, transit and destination. He commended the support given by IOM "
          "to the Regional Consultative Process on Migration of the Intergovernmental Authority "
          "on Development and asked that the Organization strengthen its capacity-building work "
          "on border management in the region.")])

para(5, [("", "The representative of Italy said that more than 150,000 migrants had been rescued "
          "at sea in the central Mediterranean since January 2015. The presence of IOM staff at "
          "the main disembarkation points in Sicily and Lampedusa had been invaluable for the "
          "early identification of victims of trafficking and unaccompanied children.")])

para(6, [("", "The representative of Ecuador said that her country's Constitution recognized the "
          "principle of universal citizenship and the right to migrate. Ecuador hoped that the "
          "consultations on the relationship between IOM and the United Nations would preserve "
          "the Organization's responsiveness and its non-normative character.")])

para(7, [("", "The observer for the Sovereign Order of Malta said that the Order's relief agencies "
          "were working alongside IOM in Lebanon, on the Greek islands and in the Western "
          "Balkans, and it stood ready to extend that cooperation in 2016.")])

para(8, [("", "The DIRECTOR GENERAL thanked all delegations for their statements and for the "
          "confidence they had expressed in the Organization. He would respond in writing to the "
          "detailed questions raised on the Organization's staffing in emergency operations.")])

heading("REPORT ON THE SEVENTEENTH SESSION OF THE STANDING COMMITTEE ON PROGRAMMES AND FINANCE",
        10)

para(9, [("", "The CHAIRPERSON invited the Rapporteur of the Standing Committee on Programmes and "
          "Finance to introduce the report on its Seventeenth Session, contained in document "
          "S/17/14.")])

para(10, [("", "The Rapporteur of the Standing Committee (Ms L. Okonkwo, Nigeria) said that the "
           "Committee had met on 27 and 28 October 2015. Having examined the Programme and Budget "
           "for 2016 and the status of outstanding contributions, it had recommended that the "
           "Council:"),
          sup("2", "The recommendations are reproduced in full in paragraphs 51 to 55 of document "
                   "S/17/14, which also summarizes the discussion of the Working Group on Budget "
                   "Reform.")])
item("(a)", [("", "approve the Administrative Part of the Budget for 2016, amounting to "
                  "CHF 46,093,000;")])
item("(b)", [("", "take note of the Operational Part of the Budget for 2016, estimated at "
                  "USD 745.3 million; and")])
item("(c)", [("", "urge Member States with outstanding contributions to settle them in full or to "
                  "agree on a payment plan with the Administration.")], gap_after=PAR_GAP)

para(11, [("", "The representative of Mexico said that the Working Group on Budget Reform should "
           "complete its review of the core structure of the Organization before the "
           "Eighteenth Session of the Standing Committee, in June 2016.")])

para(12, [("", "The Council took note of the report on the Seventeenth Session of the Standing "
           "Committee on Programmes and Finance.")])

heading("PROGRAMME AND BUDGET FOR 2016", 11)

para(13, [("", "The Director of the Department of Resources Management, introducing document "
           "C/106/7, said that the Administrative Part of the Budget had been kept at zero nominal "
           "growth for the fourth consecutive year. The Operational Part would be revised in the "
           "course of the year as new funding for projects was received.")])

para(14, [("", "The representative of the United States of America, supported by the "
           "representatives of Australia and Japan, said that the growth of the Organization's "
           "operations made it all the more necessary to put its core structure on a sustainable "
           "footing.")])

para(15, [("", "The Council adopted the draft resolution contained in document C/106/L/11 on the "
           "Programme and Budget for 2016 (Resolution No. 1311).")])

heading("STATUS REPORT ON OUTSTANDING CONTRIBUTIONS TO THE ADMINISTRATIVE PART OF THE BUDGET", 12)

para(16, [("", "The Director of the Department of Resources Management, introducing document "
           "C/106/9, said that as at 20 November 2015 outstanding assessed contributions amounted "
           "to CHF 5,482,317. Fourteen Member States were subject to the provisions of Article 4 "
           "of the Constitution.")])

para(17, [("", "The representative of Honduras said that his Government had made the first "
           "payment under the plan agreed with the Administration in 2014 and would make the "
           "second instalment before the end of the year.")])

para(18, [("", "The Council took note of document C/106/9 and urged all Member States in arrears "
           "to make every effort to pay their contributions in full.")])

plain([("I", "The meeting rose at 6.05 p.m.")])

flush_notes()
pdf.output(os.path.join(HERE, "summary-record-2015.pdf"))
print("pages:", pdf.page_no())
