"""Draws agenda-2019b.pdf: annotated provisional agenda of the 110th Session of the IOM Council (C/110/1).

Drawn with reportlab's canvas; a tiny flow engine places blocks, page headers and footnotes.
"""
import os
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "agenda-2019b.pdf")

SYMBOL = "C/110/1"
W, H = A4
LM, RM = 72.0, W - 72.0
TOP = H - 50.0
BOTTOM = 56.0

REG, BOLD, ITAL = "Times-Roman", "Times-Bold", "Times-Italic"
FS = 11.0          # body font size
LEAD = 13.2        # body leading
FN_FS = 9.0
FN_LEAD = 11.0

LDQ, RDQ = "\u201c", "\u201d"
NDASH = "\u2013"
RSQ = "\u2019"

# ---------------------------------------------------------------- text helpers

def tokens(text):
    """Split text into words; a word may carry a footnote marker written as ^N at its end."""
    out = []
    for w in text.split():
        if "^" in w:
            word, mark = w.split("^", 1)
            out.append((word, mark))
        else:
            out.append((w, None))
    return out


def word_w(word, mark, font, size):
    w = stringWidth(word, font, size)
    if mark:
        w += stringWidth(mark, font, size * 0.62) + 0.5
    return w


def wrap(text, width, font=REG, size=FS):
    """Greedy wrap; returns list of lines, each a list of (word, mark)."""
    lines, cur, cur_w = [], [], 0.0
    sp = stringWidth(" ", font, size)
    for word, mark in tokens(text):
        ww = word_w(word, mark, font, size)
        if cur and cur_w + sp + ww > width:
            lines.append(cur)
            cur, cur_w = [], 0.0
        cur_w = ww if not cur else cur_w + sp + ww
        cur.append((word, mark))
    if cur:
        lines.append(cur)
    return lines


def draw_line(c, x, y, line, font=REG, size=FS, justify_to=None):
    """Draw one wrapped line at baseline y; justify to width if asked."""
    sp = stringWidth(" ", font, size)
    extra = 0.0
    if justify_to and len(line) > 1:
        natural = sum(word_w(w, m, font, size) for w, m in line) + sp * (len(line) - 1)
        extra = (justify_to - natural) / (len(line) - 1)
    cx = x
    for i, (word, mark) in enumerate(line):
        c.setFont(font, size)
        c.drawString(cx, y, word)
        cx += stringWidth(word, font, size)
        if mark:
            c.setFont(font, size * 0.62)
            c.drawString(cx + 0.5, y + size * 0.38, mark)
            cx += stringWidth(mark, font, size * 0.62) + 0.5
        cx += sp + extra


# ---------------------------------------------------------------- blocks
# A block is a dict with 'height', 'draw(c, ytop)' and optional 'notes' (footnote keys)

FOOTNOTES = {
    "1": "The theme was chosen by the Bureau of the Council following informal consultations with "
         "Member States held on 16 September 2019. A concept note will be posted on the Council"
         + RSQ + "s web page.",
    "2": "Under Article 4 of the Constitution, a Member State which is in arrears in the payment of "
         "its financial contributions to the Organization shall have no vote in the Council if the "
         "total amount of its arrears equals or exceeds the amount of the contributions due from it "
         "for the preceding two full years.",
}


def gap(h):
    return {"height": h, "draw": lambda c, y: None}


def centered(text, font=BOLD, size=12, after=6):
    def d(c, y):
        c.setFont(font, size)
        c.drawCentredString(W / 2, y - size, text)
    return {"height": size + 4 + after, "draw": d}


def paragraph(text, after=10, indent=0.0, notes=()):
    width = RM - LM - indent
    lines = wrap(text, width)

    def d(c, y):
        for i, ln in enumerate(lines):
            last = i == len(lines) - 1
            draw_line(c, LM + indent, y - FS - i * LEAD, ln, justify_to=None if last else width)
    return {"height": len(lines) * LEAD + after, "draw": d, "notes": list(notes)}


def bullet(text, after=5, notes=()):
    x_b, x_t = LM + 22, LM + 40
    width = RM - x_t
    lines = wrap(text, width)

    def d(c, y):
        c.setFont(REG, FS)
        c.drawString(x_b, y - FS, "\u2022")
        for i, ln in enumerate(lines):
            last = i == len(lines) - 1
            draw_line(c, x_t, y - FS - i * LEAD, ln, justify_to=None if last else width)
    return {"height": len(lines) * LEAD + after, "draw": d, "notes": list(notes)}


def annot_heading(num, title, after=4):
    x_n, x_t = LM, LM + 28
    width = RM - x_t
    lines = wrap(title, width, BOLD, FS)

    def d(c, y):
        c.setFont(BOLD, FS)
        c.drawString(x_n, y - FS, num + ".")
        for i, ln in enumerate(lines):
            draw_line(c, x_t, y - FS - i * LEAD, ln, font=BOLD)
        # underline the title lines, as the Secretariat does for repeated item titles
    return {"height": len(lines) * LEAD + after, "draw": d, "keep_with_next": True}


# agenda columns
AG_NUM = LM
AG_TXT = LM + 28
AG_SUB_LBL = LM + 28
AG_SUB_TXT = LM + 56
AG_TXT_END = LM + 278       # narrow title column
AG_DOC = LM + 330


def agenda_item(num, title, docs=(), after=5, notes=(), sub=False):
    if sub:
        x_l, x_t = AG_SUB_LBL, AG_SUB_TXT
    else:
        x_l, x_t = AG_NUM, AG_TXT
    width = AG_TXT_END - x_t
    lines = wrap(title, width)
    n = max(len(lines), len(docs))

    def d(c, y):
        c.setFont(REG, FS)
        c.drawString(x_l, y - FS, num if sub else num + ".")
        for i, ln in enumerate(lines):
            draw_line(c, x_t, y - FS - i * LEAD, ln)
        for i, doc in enumerate(docs):
            c.setFont(REG, FS)
            c.drawString(AG_DOC, y - FS - i * LEAD, doc)
    return {"height": n * LEAD + after, "draw": d, "notes": list(notes)}


def doc_col_heading():
    def d(c, y):
        c.setFont(BOLD, FS)
        c.drawString(AG_DOC, y - FS, "Documents")
        c.setLineWidth(0.5)
        c.line(AG_DOC, y - FS - 2, AG_DOC + stringWidth("Documents", BOLD, FS), y - FS - 2)
    return {"height": LEAD + 8, "draw": d}


def table(cols, header, rows, after=10):
    """cols: x positions; header and rows: lists of cell strings."""
    row_h = LEAD + 5

    def d(c, y):
        c.setLineWidth(0.6)
        top = y
        c.line(LM, top, RM, top)
        c.setFont(BOLD, FS)
        for x, cell in zip(cols, header):
            c.drawString(x, top - FS - 3, cell)
        yy = top - row_h
        c.line(LM, yy, RM, yy)
        for r in rows:
            c.setFont(REG, FS)
            for x, cell in zip(cols, r):
                c.drawString(x, yy - FS - 3, cell)
            yy -= row_h
            c.setLineWidth(0.3)
            c.line(LM, yy, RM, yy)
        c.setLineWidth(0.6)
        c.line(LM, yy, RM, yy)
    return {"height": row_h * (len(rows) + 1) + after, "draw": d}


# ---------------------------------------------------------------- cover

def draw_cover(c):
    y = TOP
    c.setFont(BOLD, 12)
    c.drawRightString(RM, y, SYMBOL)
    c.setFont(REG, 11)
    c.drawRightString(RM, y - 16, "Original: English")
    c.drawRightString(RM, y - 30, "14 October 2019")
    c.setFont(BOLD, 12)
    c.drawString(LM, y - 52, "COUNCIL")
    c.setFont(REG, 12)
    c.drawString(LM, y - 66, "110th Session")
    c.setLineWidth(1.0)
    c.line(LM, y - 78, RM, y - 78)
    c.setFont(BOLD, 13)
    c.drawCentredString(W / 2, y - 102, "ANNOTATED PROVISIONAL AGENDA")
    c.setFont(REG, 11)
    c.drawCentredString(W / 2, y - 122, "Geneva")
    c.drawCentredString(W / 2, y - 135,
                        "Tuesday, 26 November, to Thursday, 28 November 2019")
    c.setLineWidth(0.5)
    c.line(W / 2 - 60, y - 147, W / 2 + 60, y - 147)
    return y - 162


def draw_header(c, page_no, annex=False):
    c.setFont(REG, 11)
    c.drawRightString(RM, TOP + 6, SYMBOL)
    c.drawRightString(RM, TOP - 8, "Annex" if annex else "Page %d" % page_no)
    return TOP - 40


def footnote_block_height(keys):
    if not keys:
        return 0.0
    h = 14.0
    for k in keys:
        h += len(wrap(FOOTNOTES[k], RM - LM - 10, REG, FN_FS)) * FN_LEAD + 2
    return h


def draw_footnotes(c, keys):
    if not keys:
        return
    h = footnote_block_height(keys)
    y = BOTTOM + h
    c.setLineWidth(0.5)
    c.line(LM, y - 2, LM + 144, y - 2)
    y -= 14
    for k in keys:
        c.setFont(REG, FN_FS * 0.7)
        c.drawString(LM, y + 3.5, k)
        for i, ln in enumerate(wrap(FOOTNOTES[k], RM - LM - 10, REG, FN_FS)):
            draw_line(c, LM + 10, y - i * FN_LEAD, ln, REG, FN_FS)
        y -= len(wrap(FOOTNOTES[k], RM - LM - 10, REG, FN_FS)) * FN_LEAD + 2


# ---------------------------------------------------------------- content

def part_one():
    b = []
    b.append(centered("PART I", BOLD, 12, after=2))
    b.append(centered("PROVISIONAL AGENDA", BOLD, 12, after=10))
    b.append(doc_col_heading())
    b.append(agenda_item("1", "Opening of the session"))
    b.append(agenda_item("2", "Credentials of representatives and observers"))
    b.append(agenda_item("3", "Election of officers"))
    b.append(agenda_item("4", "Adoption of the agenda", ["C/110/1"]))
    b.append(agenda_item("5", "Admission of new Members and observers", after=3))
    b.append(agenda_item("(a)", "Applications for membership in the Organization",
                         ["C/110/L/1"], after=3, sub=True))
    b.append(agenda_item("(b)", "Applications for observer status",
                         ["C/110/L/2", "C/110/L/3"], sub=True))
    b.append(agenda_item("6", "Statement by the Director General"))
    b.append(agenda_item("7", "General debate on the theme " + LDQ + "Migration and mobility in a "
                         "changing climate: from evidence to action" + RDQ + "^1", notes=["1"]))
    b.append(agenda_item("8", "Are we making migration data work for the Sustainable "
                         "Development Goals?", ["C/110/INF/2"]))
    b.append(agenda_item("9", "Report on the twenty-fourth and twenty-fifth sessions of the "
                         "Standing Committee on Programmes and Finance, including the "
                         "Committee" + RSQ + "s recommendations on outstanding assessed "
                         "contributions",
                         ["S/24/15", "S/25/13"]))
    b.append(agenda_item("10", "Programme and Budget", after=3))
    b.append(agenda_item("(a)", "Summary update on the Programme and Budget for 2019",
                         ["C/110/5"], after=3, sub=True))
    b.append(agenda_item("(b)", "Programme and Budget for 2020", ["C/110/6"], sub=True))
    b.append(agenda_item("11", "Financial report for the year ended 31 December 2018", ["C/110/4"]))
    b.append(agenda_item("12", "Report on the 109th Session of the Council", ["C/109/22"]))
    b.append(agenda_item("13", "IOM Strategic Vision: setting a course for 2019" + NDASH + "2023",
                         ["C/110/INF/1"]))
    b.append(agenda_item("14", "Other business"))
    b.append(agenda_item("15", "Closure of the session", after=20))
    return b


def part_two():
    b = []
    b.append(centered("PART II", BOLD, 12, after=2))
    b.append(centered("ANNOTATIONS", BOLD, 12, after=12))
    P = paragraph
    b.append(P("The annotations below have been prepared by the Administration in consultation with "
               "the Chairperson of the Council. They are intended to facilitate the Council" + RSQ + "s "
               "consideration of the items on the provisional agenda and do not form part of the "
               "agenda to be adopted. A provisional timetable of meetings is given in the Annex."))

    b.append(annot_heading("1", "Opening of the session"))
    b.append(P("The session will be opened on Tuesday, 26 November 2019, at 10 a.m. by the outgoing "
               "Chairperson of the Council."))

    b.append(annot_heading("2", "Credentials of representatives and observers"))
    b.append(P("Under Rule 6 of the Rules of Procedure of the Council, credentials are to be "
               "submitted to the Director General, if possible not less than 24 hours before the "
               "opening of the session. The Council will be invited to take note of the "
               "Secretariat" + RSQ + "s report on credentials."))

    b.append(annot_heading("3", "Election of officers"))
    b.append(P("In accordance with Rule 9 of its Rules of Procedure, the Council will elect a "
               "Chairperson, two Vice-Chairpersons and a Rapporteur. Following the customary "
               "regional rotation, the Chairperson is to be nominated from among the Member States "
               "of the Asia and the Pacific group."))

    b.append(annot_heading("4", "Adoption of the agenda"))
    b.append(P("The provisional agenda in Part I of this document was drawn up by the Director "
               "General in consultation with the Bureau of the Council. The Council will be invited "
               "to adopt it, with any amendments it may decide upon."))

    b.append(annot_heading("5", "Admission of new Members and observers"))
    b.append(P("Applications for membership in the Organization have been received from two States; "
               "they are presented, together with the corresponding draft resolutions, in document "
               "C/110/L/1. In keeping with Article 2(b) of the Constitution, the admission of a new "
               "Member requires a two-thirds majority of the members of the Council."))
    b.append(P("Requests for observer status have been submitted by one intergovernmental "
               "organization and one non-governmental organization (documents C/110/L/2 and "
               "C/110/L/3). As recalled in Resolution No. 1370 of 27 November 2018, new observers "
               "may address the Council once their requests have been granted."))

    b.append(annot_heading("6", "Statement by the Director General"))
    b.append(P("The Director General will address the Council on the activities of the Organization "
               "and on the main challenges expected in 2020."))

    b.append(annot_heading("7", "General debate on the theme " + LDQ + "Migration and mobility in a "
                           "changing climate: from evidence to action" + RDQ))
    b.append(P("Member States and observers are invited to share their experience in addressing the "
               "links between environmental change, disasters and human mobility. Statements should "
               "not exceed five minutes; longer versions may be sent to the Secretariat for posting."))
    b.append(P("The list of speakers will open on 4 November 2019. Groups of States will be given the "
               "floor first, followed by Member States and then by observers."))

    b.append(annot_heading("8", "Are we making migration data work for the Sustainable "
                           "Development Goals?"))
    b.append(P("This item will take the form of a moderated panel discussion with officials from "
               "national statistical offices and a regional economic commission. A background paper "
               "(C/110/INF/2) sets out the questions to be addressed by the panellists."))

    b.append(annot_heading("9", "Report on the twenty-fourth and twenty-fifth sessions of the "
                           "Standing Committee on Programmes and Finance, including the "
                           "Committee" + RSQ + "s recommendations on outstanding assessed "
                           "contributions"))
    b.append(P("The Council will have before it the reports on the Committee" + RSQ + "s "
               "twenty-fourth session, held on 25 and 26 June 2019 (S/24/15), and on its "
               "twenty-fifth session, held on 29 and 30 October 2019 (S/25/13). The Chairperson of "
               "the Standing Committee will introduce both reports."))
    b.append(P("As at 30 September 2019, eleven Member States were in arrears in the payment of their "
               "contributions to the administrative part of the budget and were subject to Article 4 "
               "of the Constitution.^2 The Council will be invited to take note of the payment plans "
               "agreed with three of those States.",
               notes=["2"]))

    b.append(annot_heading("10", "Programme and Budget"))
    b.append(P("At its twenty-fifth session, the Standing Committee on Programmes and Finance "
               "examined both documents under this item and recommended that the Council:", after=6))
    b.append(bullet("take note of the Summary update on the Programme and Budget for 2019 "
                    "(C/110/5);", after=3))
    b.append(bullet("approve the Programme and Budget for 2020 (C/110/6), with an administrative "
                    "part of CHF 53,062,000 and an operational part estimated at USD 1,146.3 "
                    "million; and", after=3))
    b.append(bullet("authorize the Director General to adjust the operational part as funding is "
                    "received.", after=10))
    b.append(P("Draft resolutions on both sub-items will be circulated during the session."))

    b.append(annot_heading("11", "Financial report for the year ended 31 December 2018"))
    b.append(P("The report was reviewed by the Standing Committee in June 2019. Total expenditure "
               "for 2018 amounted to USD 1,822.4 million, of which CHF 50,920,471 was charged to the "
               "administrative part of the budget."))

    b.append(annot_heading("12", "Report on the 109th Session of the Council"))
    b.append(P("The draft report on the 109th Session, held from 26 to 29 November 2018, was "
               "circulated to Member States as document C/109/22. As no comments had been received "
               "by 30 September 2019, the Council will be invited to approve the report without "
               "amendment."))

    b.append(annot_heading("13", "IOM Strategic Vision: setting a course for 2019" + NDASH + "2023"))
    b.append(P("The Director General presented his Strategic Vision (C/110/INF/1) to the Standing "
               "Committee in June 2019. It builds on the Migration Governance Framework welcomed by "
               "the Council in Resolution No. 1310 of 24 November 2015."))

    b.append(annot_heading("14", "Other business"))
    b.append(P("No other business had been proposed at the time this document was prepared."))

    b.append(annot_heading("15", "Closure of the session"))
    b.append(P("The session is expected to close on Thursday, 28 November 2019."))
    return b


def annex():
    b = []
    b.append(centered("PROVISIONAL TIMETABLE", BOLD, 12, after=14))
    b.append(paragraph("All meetings will be held at the Centre International de Conf\u00e9rences "
                       "Gen\u00e8ve (CICG), 17 rue de Varemb\u00e9, Geneva.", after=12))
    cols = [LM + 4, LM + 96, LM + 232, LM + 340]
    header = ["Meeting", "Day", "Time", "Agenda items"]
    AM = "10 a.m. " + NDASH + " 1 p.m."
    PM = "3 p.m. " + NDASH + " 6 p.m."
    rows = [
        ["First meeting", "Tuesday, 26 November", AM, "1, 2, 3, 4, 5, 6 and 7"],
        ["Second meeting", "Tuesday, 26 November", PM, "7 (continued)"],
        ["Third meeting", "Wednesday, 27 November", AM, "8"],
        ["Fourth meeting", "Wednesday, 27 November", PM, "7 (continued) and 9"],
        ["Fifth meeting", "Thursday, 28 November", AM, "10, 11 and 12"],
        ["Sixth meeting", "Thursday, 28 November", PM, "13, 14 and 15"],
    ]
    b.append(table(cols, header, rows, after=14))
    b.append(paragraph("The timetable is indicative. Any time remaining at the end of a meeting will "
                       "be used to take up the next item on the agenda."))
    return b


# ---------------------------------------------------------------- flow engine

class Flow:
    def __init__(self, c):
        self.c = c
        self.page = 1
        self.notes = []
        self.y = draw_cover(c)
        self.annex = False

    def new_page(self, annex=False):
        draw_footnotes(self.c, self.notes)
        self.c.showPage()
        self.page += 1
        self.notes = []
        self.annex = annex
        self.y = draw_header(self.c, self.page, annex)

    def fits(self, blk, extra_notes=()):
        keys = self.notes + [k for k in extra_notes if k not in self.notes]
        return self.y - blk["height"] >= BOTTOM + footnote_block_height(keys)

    def place(self, blocks):
        i = 0
        while i < len(blocks):
            blk = blocks[i]
            need = [blk]
            if blk.get("keep_with_next") and i + 1 < len(blocks):
                need.append(blocks[i + 1])
            notes = [k for bb in need for k in bb.get("notes", [])]
            combined = {"height": sum(bb["height"] for bb in need)}
            if not self.fits(combined, notes):
                self.new_page(self.annex)
            blk["draw"](self.c, self.y)
            self.y -= blk["height"]
            for k in blk.get("notes", []):
                if k not in self.notes:
                    self.notes.append(k)
            i += 1

    def finish(self):
        draw_footnotes(self.c, self.notes)
        self.c.showPage()


def main():
    c = canvas.Canvas(OUT, pagesize=A4)
    c.setTitle("C/110/1 - Annotated provisional agenda")
    c.setAuthor("International Organization for Migration")
    f = Flow(c)
    f.place(part_one())
    f.new_page()
    f.place(part_two())
    f.new_page(annex=True)
    f.place(annex())
    f.finish()
    c.save()


if __name__ == "__main__":
    main()
