#!/usr/bin/env python3
"""Draws agenda-2017c.pdf: the annotated provisional agenda of the 108th Session
of the IOM Council (C/108/1), laid out with fpdf2."""
import os
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "agenda-2017c.pdf")
FONTDIR = "/usr/share/fonts/truetype/dejavu"

SYMBOL = "C/108/1"
LM, RM, TM = 25.0, 20.0, 20.0
PAGE_W, PAGE_H = 210.0, 297.0
TEXT_R = PAGE_W - RM            # right edge of the text block
NUM_X = LM                      # item numbers
ITEM_X = LM + 10                # item titles / sub-item labels
SUB_X = ITEM_X + 10             # sub-item titles
DOC_X = 152.0                   # documents column
TITLE_W_ITEM = DOC_X - 6 - ITEM_X
TITLE_W_SUB = DOC_X - 6 - SUB_X
LH = 5.2                        # body line height
FS = 10.5                       # body font size
BOTTOM = 20.0                   # bottom margin (without footnotes)
FN_FS = 8.5
FN_LH = 4.0

# ----------------------------------------------------------------------------------------------
# Content
# ----------------------------------------------------------------------------------------------
# (number, title, documents, sub-items [(label, title, documents, footnote)], footnote)
FOOTNOTE_1 = ("The report on the Twenty-first Session of the Standing Committee, which meets on "
              "1 and 2 November 2017, will be issued as soon as possible after the close of that "
              "session.")
FOOTNOTE_2 = ("Delegations are kindly requested to bring their own copies of the documents to the "
              "meetings, since only a limited number of printed copies will be available in the "
              "conference room.")

AGENDA = [
    (1, "Opening of the session", [], [], None),
    (2, "Credentials of representatives and observers", [], [], None),
    (3, "Election of officers", [], [], None),
    (4, "Adoption of the agenda", ["C/108/1"], [], None),
    (5, "Applications for representation by observers", [], [
        ("(a)", "Application by the Economic Community of Central African States "
                "for representation by an observer", ["C/108/5", "C/108/L/1"], None),
        ("(b)", "Application by the International Anti-Corruption Academy for "
                "representation by an observer", ["C/108/8", "C/108/L/2"], None),
    ], None),
    (6, "Report on the 107th Session of the Council", ["C/107/26"], [], None),
    (7, "Statement by the Director General", [], [], None),
    (8, "Report of the Director General on the work of the Organization for the year 2016",
     ["C/108/4"], [], None),
    (9, "General debate", [], [], None),
    (10, "Global compact for safe, orderly and regular migration", [], [
        ("(a)", "Overview of the consultation and stocktaking phases", ["C/108/INF/1"], None),
        ("(b)", "Support provided by IOM to the intergovernmental process",
         ["C/108/INF/2"], None),
    ], None),
    (11, "Financial and administrative matters", [], [
        ("(a)", "Financial report for the year ended 31 December 2016", ["C/108/3"], None),
        ("(b)", "Programme and Budget for 2018", ["C/108/6", "C/108/L/4"], None),
        ("(c)", "Status report on outstanding contributions to the Administrative Part "
                "of the Budget", ["C/108/9", "S/21/3"], None),
    ], None),
    (12, "Reports on the Twentieth and Twenty-first Sessions of the Standing Committee on "
         "Programmes and Finance", ["S/20/15", "S/21/14"], [], FOOTNOTE_1),
    (13, "Statement by a representative of the Staff Association", [], [], None),
    (14, "Any other business", [], [], None),
    (15, "Date and place of the next session", [], [], None),
    (16, "Closure of the session", [], [], None),
]

ANNOT_INTRO = ("The following annotations are meant to help delegations prepare for the session "
               "and do not form part of the agenda to be adopted. Each document will be posted on "
               "the governing bodies web page of the Organization once it has been issued in "
               "English, French and Spanish.")

ANNOTATIONS = {
    1: "The session will be opened on the morning of Monday, 27 November 2017, by the "
       "outgoing Chairperson of the Council.",
    2: "Credentials of representatives and the names of the members of delegations should "
       "reach the Director General, where possible, no later than one week before the opening "
       "of the session. The Bureau will examine them and report to the Council, which will be "
       "invited to approve its report.",
    3: "Under its Rules of Procedure, the Council elects at each regular session a Chairperson, "
       "a First Vice-Chairperson, a Second Vice-Chairperson and a Rapporteur, who remain in "
       "office until their successors are elected at the next regular session.",
    4: "The Council will be invited to adopt the provisional agenda set out in the first part "
       "of the present document.",
    5: "Two intergovernmental organizations have asked to be represented by an observer at "
       "meetings of the Council. Their requests are reproduced in documents C/108/5 and "
       "C/108/8, and the related draft resolutions are contained in documents C/108/L/1 "
       "and C/108/L/2.",
    6: "The report on the 107th Session (C/107/26) was circulated to Member States in "
       "February 2017. The Council will be invited to approve it by adopting a resolution "
       "to that effect.",
    7: "The Director General will review the main developments affecting the Organization "
       "since the last regular session. He will also report on the first full year of IOM "
       "within the United Nations system, following the Agreement concerning the "
       "Relationship between the United Nations and the International Organization for "
       "Migration, which the Council approved through Resolution No. 1317 of 30 June 2016 "
       "and the General Assembly endorsed in its resolution 70/296.",
    8: "The report (C/108/4) gives an account of the activities carried out by the "
       "Organization in 2016. It was considered by the Standing Committee on Programmes "
       "and Finance at its Twentieth Session in June 2017.",
    9: "Member States and observers will have the opportunity to make statements on the "
       "theme of the session. To allow all speakers to take the floor, delegations are "
       "asked to keep their statements to five minutes and may send a longer version to "
       "the Secretariat for posting online.",
    10: "Pursuant to General Assembly resolution 71/280, the Organization has supplied "
        "technical and policy expertise to the preparations for a global compact to be adopted "
        "in 2018. The Council will be invited to take note of the overview in document "
        "C/108/INF/1 and of the account of IOM support in document C/108/INF/2.",
    11: "The Financial report for 2016 (C/108/3), which the Standing Committee examined at its "
        "Twentieth Session, and the Programme and Budget for 2018 (C/108/6), which it will "
        "consider at its Twenty-first Session, will be presented together with the Committee's "
        "recommendations. The Programme and Budget for 2018 sets the Administrative Part "
        "of the Budget at CHF 51,362,085, and document C/108/9 updates the figures on "
        "outstanding contributions that were presented in document S/21/3.",
    12: "The Council will be invited to take note of the reports on the Twentieth and "
        "Twenty-first Sessions of the Standing Committee on Programmes and Finance and to "
        "endorse the decisions and recommendations that they contain.",
    13: "In keeping with established practice, a representative of the Staff Association will "
        "address the Council on matters of concern to IOM staff.",
    14: "Any other matter raised by a Member State or by the Administration will be taken up "
        "under this item.",
    15: "The Bureau proposes that the 109th Session be held in Geneva during the last week of "
        "November 2018. The exact dates will be confirmed once the conference facilities have "
        "been reserved.",
    16: "The Chairperson will declare the session closed once the Council has completed its "
        "consideration of the agenda.",
}


# ----------------------------------------------------------------------------------------------
# Layout machinery
# ----------------------------------------------------------------------------------------------
class AgendaPDF(FPDF):
    def __init__(self):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.add_font("DV", "", os.path.join(FONTDIR, "DejaVuSans.ttf"))
        self.add_font("DV", "B", os.path.join(FONTDIR, "DejaVuSans-Bold.ttf"))
        self.add_font("DV", "I", os.path.join(FONTDIR, "DejaVuSans-Oblique.ttf"))
        self.set_margins(LM, TM, RM)
        self.set_auto_page_break(True, margin=BOTTOM)
        self.page_footnotes = {}      # page number -> list of (marker, text)
        self.fn_counter = 0

    # running header on every page after the first
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DV", "", 10)
        self.set_xy(LM, 12)
        self.cell(TEXT_R - LM, 4.6, SYMBOL, align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(TEXT_R - LM, 4.6, f"Page {self.page_no()}", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.set_y(TM + 12)

    # footnotes at the foot of the page on which their markers fall
    def footer(self):
        notes = self.page_footnotes.get(self.page_no(), [])
        if not notes:
            return
        self.set_font("DV", "", FN_FS)
        heights = []
        for _, text in notes:
            lines = self.multi_cell(TEXT_R - LM - 5, FN_LH, text, dry_run=True, output="LINES")
            heights.append(len(lines) * FN_LH)
        y = PAGE_H - 14 - sum(heights) - 1.5 * (len(notes) - 1)
        # short rule above the notes
        self.set_draw_color(0)
        self.set_line_width(0.2)
        self.line(LM, y - 3, LM + 50, y - 3)
        for (marker, text), h in zip(notes, heights):
            self.set_font("DV", "", FN_FS)
            self.set_xy(LM, y)
            self.char_vpos = "SUP"
            self.cell(4, FN_LH, marker)
            self.char_vpos = "LINE"
            self.set_font("DV", "", FN_FS)
            self.set_xy(LM + 5, y)
            self.multi_cell(TEXT_R - LM - 5, FN_LH, text, align="J")
            y += h + 1.5
        self.set_auto_page_break(True, margin=BOTTOM)

    def footnote_space(self, text):
        self.set_font("DV", "", FN_FS)
        lines = self.multi_cell(TEXT_R - LM - 5, FN_LH, text, dry_run=True, output="LINES")
        return len(lines) * FN_LH + 8

    def add_marker(self, x, y, text):
        """Print a raised footnote marker at (x, y) and register the note on this page."""
        self.fn_counter += 1
        marker = str(self.fn_counter)
        fs = self.font_size_pt
        self.set_font("DV", "", fs)
        self.set_xy(x - self.c_margin + 0.15, y)
        self.char_vpos = "SUP"          # fpdf2's own raised (superscript) text
        self.cell(self.get_string_width(marker) * 0.7 + 0.6, LH, marker)
        self.char_vpos = "LINE"
        page = self.page_no()
        self.page_footnotes.setdefault(page, []).append((marker, text))
        need = sum(self.footnote_space(t) for _, t in self.page_footnotes[page])
        self.set_auto_page_break(True, margin=BOTTOM + need)
        if y + LH > PAGE_H - BOTTOM - need:
            raise SystemExit(f"footnote {marker}: marker too low on page {page}")
        self.set_font("DV", "", fs)

    def room_left(self):
        return PAGE_H - self.b_margin - self.get_y()

    def ensure_room(self, h):
        if h > self.room_left():
            self.add_page()

    def n_lines(self, w, text, style=""):
        self.set_font("DV", style, FS)
        return self.multi_cell(w, LH, text, dry_run=True, output="LINES")

    def text_with_marker(self, x, w, text, align, style, footnote):
        """multi_cell at x; if footnote, raise a marker after the last word."""
        self.set_font("DV", style, FS)
        lines = self.multi_cell(w, LH, text, dry_run=True, output="LINES")
        y0 = self.get_y()
        self.set_x(x)
        self.multi_cell(w, LH, text, align=align, new_x="LMARGIN", new_y="NEXT")
        y_end = self.get_y()
        if footnote:
            last = lines[-1]
            y_last = y0 + (len(lines) - 1) * LH
            self.set_font("DV", style, FS)
            lx = x + self.c_margin + self.get_string_width(last)
            self.add_marker(lx, y_last, footnote)
            self.set_xy(LM, y_end)
        return len(lines)


def draw_docs(pdf, y, docs):
    pdf.set_font("DV", "", FS)
    for i, d in enumerate(docs):
        pdf.set_xy(DOC_X, y + i * LH)
        pdf.cell(TEXT_R - DOC_X, LH, d)


def agenda_entry_height(pdf, item):
    num, title, docs, subs, fn = item
    h = max(len(pdf.n_lines(TITLE_W_ITEM, title)), len(docs)) * LH
    for lab, st, sd, _ in subs:
        h += 1.5 + max(len(pdf.n_lines(TITLE_W_SUB, st)), len(sd)) * LH
    return h


def build():
    pdf = AgendaPDF()
    pdf.set_title("C/108/1 - Provisional agenda")
    pdf.set_author("International Organization for Migration")
    pdf.add_page()

    # ---- cover block -----------------------------------------------------------------------
    pdf.set_font("DV", "B", 11)
    pdf.set_xy(LM, 18)
    pdf.cell(TEXT_R - LM, 5.5, SYMBOL, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 10)
    pdf.cell(TEXT_R - LM, 5, "Original: English", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(TEXT_R - LM, 5, "11 October 2017", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.set_font("DV", "B", 11)
    pdf.cell(TEXT_R - LM, 5.5, "COUNCIL", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 11)
    pdf.cell(TEXT_R - LM, 5.5, "108th Session", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(14)
    pdf.set_font("DV", "B", 12)
    pdf.cell(TEXT_R - LM, 6, "PROVISIONAL AGENDA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("DV", "", FS)
    pdf.cell(TEXT_R - LM, LH, "Geneva", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(TEXT_R - LM, LH, "Monday, 27 November, to Thursday, 30 November 2017", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(12)

    # ---- the agenda proper -----------------------------------------------------------------
    for item in AGENDA:
        num, title, docs, subs, fn = item
        pdf.ensure_room(agenda_entry_height(pdf, item))
        y = pdf.get_y()
        pdf.set_font("DV", "", FS)
        pdf.set_xy(NUM_X, y)
        pdf.cell(ITEM_X - NUM_X, LH, f"{num}.")
        pdf.set_xy(ITEM_X, y)
        n = pdf.text_with_marker(ITEM_X, TITLE_W_ITEM, title, "L", "", fn)
        draw_docs(pdf, y, docs)
        pdf.set_xy(LM, y + max(n, len(docs)) * LH)
        for lab, st, sd, sfn in subs:
            pdf.ln(1.5)
            y = pdf.get_y()
            pdf.set_font("DV", "", FS)
            pdf.set_xy(ITEM_X, y)
            pdf.cell(SUB_X - ITEM_X, LH, lab)
            pdf.set_xy(SUB_X, y)
            n = pdf.text_with_marker(SUB_X, TITLE_W_SUB, st, "L", "", sfn)
            draw_docs(pdf, y, sd)
            pdf.set_xy(LM, y + max(n, len(sd)) * LH)
        pdf.ln(4.2)

    # ---- annotations -----------------------------------------------------------------------
    pdf.ln(4)
    pdf.ensure_room(40)
    pdf.set_font("DV", "B", 11)
    pdf.cell(TEXT_R - LM, 6, "ANNOTATIONS", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_x(LM)
    pdf.text_with_marker(LM, TEXT_R - LM, ANNOT_INTRO, "J", "", FOOTNOTE_2)
    pdf.ln(5)

    for num, title, docs, subs, fn in AGENDA:
        note = ANNOTATIONS[num]
        h_title = len(pdf.n_lines(TEXT_R - ITEM_X, title, "B")) * LH
        h_note = len(pdf.n_lines(TEXT_R - ITEM_X, note)) * LH
        pdf.ensure_room(h_title + 1.5 + h_note)
        y = pdf.get_y()
        pdf.set_font("DV", "B", FS)
        pdf.set_xy(NUM_X, y)
        pdf.cell(ITEM_X - NUM_X, LH, f"{num}.")
        pdf.set_xy(ITEM_X, y)
        pdf.multi_cell(TEXT_R - ITEM_X, LH, title, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
        pdf.set_font("DV", "", FS)
        pdf.set_x(ITEM_X)
        pdf.multi_cell(TEXT_R - ITEM_X, LH, note, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4.5)

    pdf.output(OUT)
    print(f"wrote {OUT}: {pdf.page_no()} pages; footnotes on pages "
          f"{ {p: [m for m, _ in v] for p, v in pdf.page_footnotes.items()} }")


if __name__ == "__main__":
    build()
