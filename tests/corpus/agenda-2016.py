# Lays out an invented IOM SCPF provisional agenda (S/18/1, 2016) on A4 with reportlab's canvas.
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

W, H = A4
LM, RM = 72, W - 72          # left and right margins
SYM = "S/18/1"
BODY, BOLD = "Helvetica", "Helvetica-Bold"
FS, LEAD = 10.5, 13.5
SUP = 6.5                    # superscript size
NOTE_FS = 8.5

c = canvas.Canvas("agenda-2016.pdf", pagesize=A4)
c.setTitle("S/18/1 - Provisional agenda")


def word_width(w, font, size):
    if "^" in w:
        base, mark = w.split("^", 1)
        return stringWidth(base, font, size) + stringWidth(mark, font, SUP) + 0.5
    return stringWidth(w, font, size)


def draw_word(x, y, w, font, size):
    if "^" in w:
        base, mark = w.split("^", 1)
        c.setFont(font, size)
        c.drawString(x, y, base)
        x2 = x + stringWidth(base, font, size) + 0.5
        c.setFont(font, SUP)
        c.drawString(x2, y + size * 0.38, mark)
        c.setFont(font, size)
    else:
        c.setFont(font, size)
        c.drawString(x, y, w)


def wrap(text, width, font=BODY, size=FS):
    lines, cur, curw = [], [], 0
    sp = stringWidth(" ", font, size)
    for w in text.split():
        ww = word_width(w, font, size)
        if cur and curw + sp + ww > width:
            lines.append(cur)
            cur, curw = [w], ww
        else:
            curw = curw + sp + ww if cur else ww
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


def draw_text(text, x, y, width, font=BODY, size=FS, lead=LEAD, first_x=None):
    """Draw wrapped text; first line may start at first_x. Returns y after the last line."""
    sp = stringWidth(" ", font, size)
    lines = wrap(text, width - ((first_x - x) if first_x else 0), font, size)
    # re-wrap the remainder at full width
    if first_x and len(lines) > 1:
        first = lines[0]
        rest = " ".join(" ".join(l) for l in lines[1:])
        lines = [first] + wrap(rest, width, font, size)
    for i, ln in enumerate(lines):
        xx = first_x if (i == 0 and first_x) else x
        for w in ln:
            draw_word(xx, y, w, font, size)
            xx += word_width(w, font, size) + sp
        y -= lead
    return y


def header(page_label):
    c.setFont(BODY, 9.5)
    c.drawRightString(RM, H - 42, SYM)
    c.drawRightString(RM, H - 54, page_label)


def footnotes(notes, y_top=118):
    c.setLineWidth(0.5)
    c.line(LM, y_top, LM + 144, y_top)
    y = y_top - 12
    for mark, text in notes:
        c.setFont(BODY, SUP)
        c.drawString(LM, y + 3, mark)
        y = draw_text(text, LM + 8, y, RM - LM - 8, BODY, NOTE_FS, 10.5)
        y -= 2


# ---------------------------------------------------------------- cover page
c.setFont(BODY, 10.5)
c.drawRightString(RM, H - 60, SYM)
c.drawRightString(RM, H - 75, "Original: English")
c.drawRightString(RM, H - 90, "4 May 2016")

c.setFont(BOLD, 12)
c.drawCentredString(W / 2, H - 250, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE")
c.setFont(BODY, 11)
c.drawCentredString(W / 2, H - 270, "Eighteenth Session")
c.drawCentredString(W / 2, H - 285, "28\u201329 June 2016")

c.setFont(BOLD, 13)
c.drawCentredString(W / 2, H - 380, "PROVISIONAL AGENDA")

c.setLineWidth(0.5)
c.line(LM, 150, LM + 144, 150)
y = 136
y = draw_text("In accordance with Rule 5 of the Rules of Procedure of the Standing Committee on "
              "Programmes and Finance, the provisional agenda has been drawn up by the Director "
              "General in consultation with the Chairperson of the Committee.",
              LM, y, RM - LM, BODY, 9, 11.5)
y -= 5
draw_text("Delegations are kindly requested to bring their copies of the documents to the session, "
          "as only a limited number of copies will be available in the conference room.",
          LM, y, RM - LM, BODY, 9, 11.5)
c.showPage()

# ---------------------------------------------------------------- agenda pages
NUM_X, TXT_X, SUB_X, SUBTXT_X = LM, LM + 28, LM + 28, LM + 54
TXT_RIGHT = RM - 110          # items wrap before the documents column


def doc_column(y, docs):
    c.setFont(BODY, FS)
    for i, d in enumerate(docs):
        c.drawRightString(RM, y - i * LEAD, d)
    return y - len(docs) * LEAD


def item(y, num, text, docs=()):
    c.setFont(BODY, FS)
    c.drawString(NUM_X, y, num + ".")
    y_doc = doc_column(y, docs)
    y_txt = draw_text(text, TXT_X, y, TXT_RIGHT - TXT_X)
    return min(y_txt, y_doc) - 8


def sub(y, label, text, docs=()):
    c.setFont(BODY, FS)
    c.drawString(SUB_X, y, label)
    y_doc = doc_column(y, docs)
    y_txt = draw_text(text, SUBTXT_X, y, TXT_RIGHT - SUBTXT_X)
    return min(y_txt, y_doc) - 5


header("Page 1")
c.setFont(BOLD, 11)
c.drawCentredString(W / 2, H - 100, "PROVISIONAL AGENDA")
c.setFont(BOLD, FS)
c.drawRightString(RM, H - 135, "Documents")
c.setLineWidth(0.5)
c.line(RM - stringWidth("Documents", BOLD, FS), H - 137, RM, H - 137)

y = H - 160
y = item(y, "1", "Opening of the session")
y = item(y, "2", "Adoption of the agenda", ["S/18/1"])
y = item(y, "3", "Update by the Director General")
y = item(y, "4", "Financial matters:") + 3
y = sub(y, "(a)", "Financial report for the year ended 31 December 2015", ["C/107/3", "S/18/6"])
y = sub(y, "(b)", "Status report on outstanding contributions to the Administrative Part "
               "of the Budget^1", ["S/18/3"])
y = sub(y, "(c)", "Report of the Audit and Oversight Advisory Committee", ["S/18/4"]) - 3
y = item(y, "5", "Budgetary matters:") + 3
y = sub(y, "(a)", "Programme and Budget for 2016 \u2013 Revision", ["S/18/8"])
y = sub(y, "(b)", "Scale of assessment for 2017", ["S/18/10"]) - 3
y = item(y, "6", "Statement by a representative of the Staff Association")
y = item(y, "7", "Relationship between IOM and the United Nations: update on the "
              "negotiations with the Secretariat of the United Nations^2",
         ["S/18/11", "S/18/11/Add.1"])
y = item(y, "8", "Migration Crisis Operational Framework (MC/2355): review of implementation",
         ["S/18/13"])
y = item(y, "9", "Report on human resources management", ["S/18/12"])
y = item(y, "10", "Updates on:") + 3
y = sub(y, "(a)", "Internal governance framework", ["S/18/14"])
y = sub(y, "(b)", "Implementation of the Migration Governance Framework", ["C/106/40"])

footnotes([
    ("1", "An addendum (S/18/3/Add.1) giving the position as at 31 May 2016 will be issued "
          "shortly before the session."),
    ("2", "See Resolution No. 1309 of 24 November 2015 and the report of the Working Group on "
          "IOM\u2013UN Relations and IOM Strategy (C/106/INF/11)."),
])
c.showPage()

# ---------------------------------------------------------------- page 2
header("Page 2")
y = H - 100
y = sub(y, "(c)", "IOM Development Fund", ["S/18/15"])
y = sub(y, "(d)", "Project-related overhead", ["Oral report"]) - 3
y = item(y, "11", "Any other business")
y = item(y, "12", "Date of the next session")
y = item(y, "13", "Closure of the session")

y -= 22
c.setFont(BOLD, FS)
c.drawString(LM, y, "PROVISIONAL TIMETABLE")
y -= 22
y = draw_text("The Committee will meet in Conference Room 1 of the Centre International de "
              "Conf\u00e9rences Gen\u00e8ve (CICG). Meetings will begin promptly at the times "
              "indicated below; the timetable may be adjusted by the Chairperson in the light of "
              "the progress of the discussions.", LM, y, RM - LM)
y -= 14

# table of meetings
cols = [LM + 4, LM + 110, LM + 265]
right_col = RM - 4
c.setLineWidth(0.6)
c.line(LM, y + 12, RM, y + 12)
c.setFont(BOLD, 9.5)
c.drawString(cols[0], y, "Meeting")
c.drawString(cols[1], y, "Date")
c.drawString(cols[2], y, "Time")
c.drawRightString(right_col, y, "Agenda items")
c.line(LM, y - 5, RM, y - 5)
y -= 19
rows = [
    ("First meeting", "Tuesday, 28 June 2016", "10 a.m. \u2013 1 p.m.", "1\u20134"),
    ("Second meeting", "Tuesday, 28 June 2016", "3 p.m. \u2013 6 p.m.", "5\u20137"),
    ("Third meeting", "Wednesday, 29 June 2016", "10 a.m. \u2013 1 p.m.", "8\u20139"),
    ("Fourth meeting", "Wednesday, 29 June 2016", "3 p.m. \u2013 6 p.m.", "10\u201313"),
]
c.setFont(BODY, 9.5)
for r in rows:
    c.drawString(cols[0], y, r[0])
    c.drawString(cols[1], y, r[1])
    c.drawString(cols[2], y, r[2])
    c.drawRightString(right_col, y, r[3])
    y -= 15
c.line(LM, y + 9, RM, y + 9)
y -= 16

y = draw_text("An informal briefing on the revision of the Programme and Budget for 2016 will be "
              "offered to Member States on Monday, 27 June 2016, from 3 p.m. to 4.30 p.m. in "
              "Room 3 at IOM Headquarters.^3", LM, y, RM - LM)

footnotes([
    ("3", "Interpretation will not be provided at the briefing; the presentation will be made "
          "in English only."),
], y_top=100)
c.showPage()
c.save()
