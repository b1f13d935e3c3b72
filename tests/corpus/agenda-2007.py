# Draws agenda-2007.pdf: provisional agenda of the Ninety-fourth Session of the IOM Council (2007).
import os
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.lib.utils import simpleSplit

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "agenda-2007.pdf")

W, H = A4
LM = 72            # left margin
RM = W - 72        # right margin
NUM_X = LM         # item number
TXT_X = LM + 30    # item text
SUB_TXT_X = TXT_X + 28
DOC_X = 430        # documents column
TXT_RIGHT = 405    # wrap limit for item text
FONT = "Times-Roman"
BOLD = "Times-Bold"
SIZE = 12
LEAD = 14.5

SYMBOL = "MC/2234"

c = canvas.Canvas(OUT, pagesize=A4)
c.setTitle("MC/2234 - Provisional agenda - Ninety-fourth Session of the Council")
c.setAuthor("International Organization for Migration")


def right(text, y, font=FONT, size=SIZE):
    c.setFont(font, size)
    c.drawRightString(RM, y, text)


def centre(text, y, font=FONT, size=SIZE):
    c.setFont(font, size)
    c.drawCentredString(W / 2, y, text)


def running_header(label_lines):
    y = H - 50
    right(SYMBOL, y)
    for lab in label_lines:
        y -= LEAD
        right(lab, y)


def marker(x, y, m):
    c.setFont(FONT, 7.5)
    c.drawString(x + 0.6, y + 4.5, m)


def wrap(text, x0, font=FONT, size=SIZE, right_edge=TXT_RIGHT):
    return simpleSplit(text, font, size, right_edge - x0)


def documents_column(docs, y):
    c.setFont(FONT, SIZE)
    for d in docs:
        c.drawString(DOC_X, y, d)
        y -= LEAD
    return y


def item(y, num, text, docs=(), note=None, subs=()):
    """Draw a numbered agenda item; returns the new y."""
    c.setFont(FONT, SIZE)
    c.drawString(NUM_X, y, num + ".")
    lines = wrap(text, TXT_X)
    yy = y
    for ln in lines:
        c.setFont(FONT, SIZE)
        c.drawString(TXT_X, yy, ln)
        last_y = yy
        yy -= LEAD
    if note:
        marker(TXT_X + c.stringWidth(lines[-1], FONT, SIZE), last_y, note)
    ydoc = documents_column(docs, y)
    yy = min(yy, ydoc)
    for (lab, stext, sdocs, snote) in subs:
        yy -= 6
        c.setFont(FONT, SIZE)
        c.drawString(TXT_X, yy, lab)
        slines = wrap(stext, SUB_TXT_X)
        ys = yy
        for ln in slines:
            c.setFont(FONT, SIZE)
            c.drawString(SUB_TXT_X, ys, ln)
            last_y = ys
            ys -= LEAD
        if snote:
            marker(SUB_TXT_X + c.stringWidth(slines[-1], FONT, SIZE), last_y, snote)
        yd = documents_column(sdocs, yy)
        yy = min(ys, yd)
    return yy - 13


def footnotes(notes, y_top):
    """notes: list of (marker, text). Drawn upward from the page foot."""
    size = 10
    lead = 12
    blocks = []
    for m, t in notes:
        blocks.append((m, simpleSplit(t, FONT, size, RM - (LM + 14))))
    y = y_top
    c.setFont(FONT, SIZE)
    c.drawString(LM, y, "__________")
    y -= lead + 4
    for m, lines in blocks:
        c.setFont(FONT, 7)
        c.drawString(LM + 2, y + 3, m)
        for ln in lines:
            c.setFont(FONT, size)
            c.drawString(LM + 14, y, ln)
            y -= lead
        y -= 3


# ---------------------------------------------------------------- page 1 (cover)
y = H - 60
right(SYMBOL, y)
right("Original: ENGLISH", y - LEAD)
right("2 October 2007", y - 2 * LEAD)

c.setFont(BOLD, SIZE)
c.drawString(LM, H - 128, "NINETY-FOURTH SESSION")
c.setFont(FONT, SIZE)
c.drawString(LM, H - 146, "_" * 78)

centre("PROVISIONAL AGENDA", H - 196, BOLD, 13)
centre("Geneva", H - 226)
centre("27 to 30 November 2007", H - 226 - LEAD)

y = H - 292
c.setFont(BOLD, SIZE)
c.drawString(DOC_X, y, "Documents")
c.setFont(FONT, SIZE)
c.drawString(DOC_X, y - 2, "_________")
y -= 34

y = item(y, "1", "Opening of the session")
y = item(y, "2", "Credentials of representatives and observers")
y = item(y, "3", "Election of officers")
y = item(y, "4", "Adoption of the agenda", [SYMBOL])
y = item(y, "5", "Applications for membership of the Organization:", subs=[
    ("(a)", "Republic of Burundi", ["MC/2235"], None),
    ("(b)", "Republic of Vanuatu", ["MC/2236"], None),
])
y = item(y, "6", "Applications by organizations for representation by an observer:", subs=[
    ("(a)", "The Hague Process on Refugees and Migration", ["MC/2237"], None),
    ("(b)", "Migrants Rights International", ["MC/2238"], None),
    ("(c)", "Arab Maghreb Union", ["MC/2239"], None),
])

# trilingual organ footer on the cover
c.setFont(BOLD, 11)
c.drawString(LM, 46, "COUNCIL")
c.drawCentredString(W / 2, 46, "CONSEIL")
c.drawRightString(RM, 46, "CONSEJO")
c.showPage()

# ---------------------------------------------------------------- page 2
running_header(["Page 2"])
y = H - 110
y = item(y, "7", "Report on the Ninety-third (Special) Session of the Council", ["MC/2231"])
y = item(y, "8", "Report of the Director General on the work of the Organization for the "
                 "year 2006", ["MC/2214", "MC/2214/Corr.1"])
y = item(y, "9", "Statements by the Director General and the Deputy Director General")
y = item(y, "10", "General debate")
y = item(y, "11", "International Dialogue on Migration: Migration management in the "
                  "evolving global economy", ["MC/INF/288", "MC/INF/289"], note="1")
y = item(y, "12", "Report on the Hundred and fourth Session of the Executive Committee",
         ["MC/2233"])
footnotes([
    ("1", "In keeping with the IOM Strategy adopted by the Council in Resolution No. 1150 of "
          "7 June 2007, the Dialogue will be held as a panel discussion followed by an exchange "
          "of views among delegations. See also document MC/INF/287."),
], 110)
c.showPage()

# ---------------------------------------------------------------- page 3
running_header(["Page 3"])
y = H - 110
y = item(y, "13", "Budgetary and financial matters:", subs=[
    ("(a)", "Programme and Budget for 2008", ["MC/2226", "MC/2226/Amdt.1"], None),
    ("(b)", "Revision of the Programme and Budget for 2007", ["MC/EX/684"], None),
    ("(c)", "Status report on outstanding contributions to the Administrative Part of "
            "the Budget", ["MC/EX/685"], "2"),
    ("(d)", "Scale of assessment for 2008", ["MC/2227"], None),
])
y = item(y, "14", "Election of the Members of the Executive Committee for 2008 and 2009",
         note="3")
y = item(y, "15", "Other business")
y = item(y, "16", "Date and place of the next session")
y = item(y, "17", "Closure of the session")
footnotes([
    ("2", "Figures as at 30 September 2007. An updated statement of outstanding contributions "
          "will be made available as a conference room paper at the opening of the session."),
    ("3", "Under Article 13 of the Constitution, the Council elects the Members of the Executive "
          "Committee for a term of two years. Member States wishing to stand for election are "
          "invited to inform the Administration before 16 November 2007."),
], 148)
c.showPage()

# ---------------------------------------------------------------- page 4 (annex)
running_header(["Annex"])
centre("ANNEX", H - 118, BOLD, SIZE)
centre("PROVISIONAL TIMETABLE", H - 146, BOLD, SIZE)

intro = ("The following timetable is submitted to the Council for approval under item 4. "
         "Meetings will be held in Room XVIII of the Palais des Nations. The Chairperson may "
         "adjust the order of business in the light of progress made during the session.")
y = H - 184
c.setFont(FONT, SIZE)
for ln in simpleSplit(intro, FONT, SIZE, RM - LM):
    c.drawString(LM, y, ln)
    y -= LEAD

# table
y -= 20
COLS = [LM + 4, LM + 118, LM + 352]
c.setLineWidth(0.6)
top = y + 14
c.line(LM, top, RM, top)
c.setFont(BOLD, 11)
c.drawString(COLS[0], y, "Meeting")
c.drawString(COLS[1], y, "Date and time")
c.drawString(COLS[2], y, "Agenda items")
y -= 8
c.line(LM, y, RM, y)
y -= 16
rows = [
    ("First meeting", "Tuesday, 27 November, 10 a.m.-1 p.m.", "1 to 8"),
    ("Second meeting", "Tuesday, 27 November, 3-6 p.m.", "9 and 10"),
    ("Third meeting", "Wednesday, 28 November, 10 a.m.-1 p.m.", "10 (cont'd)"),
    ("Fourth meeting", "Wednesday, 28 November, 3-6 p.m.", "11"),
    ("Fifth meeting", "Thursday, 29 November, 10 a.m.-1 p.m.", "11 (cont'd) and 12"),
    ("Sixth meeting", "Thursday, 29 November, 3-6 p.m.", "13 (a) to (d)"),
    ("Seventh meeting", "Friday, 30 November, 10 a.m.-1 p.m.", "14 to 17"),
]
c.setFont(FONT, 11)
for r in rows:
    for x, cell in zip(COLS, r):
        c.drawString(x, y, cell)
    y -= 22
c.line(LM, y + 12, RM, y + 12)

y -= 20
after = ("Side events organized by Member States and observers during the lunch breaks will be "
         "announced in the Journal of the session.")
c.setFont(FONT, SIZE)
for ln in simpleSplit(after, FONT, SIZE, RM - LM):
    c.drawString(LM, y, ln)
    y -= LEAD
c.showPage()
c.save()
print("wrote", OUT)
