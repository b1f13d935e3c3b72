# Draws agenda-2015.pdf: annotated provisional agenda of the 106th Session of the IOM Council (2015).
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

W, H = A4
LM = 72.0          # left margin (hanging numbers)
TX = 100.0         # text indent
RM = W - 68.0      # right margin
TOP = H - 60.0
BOTTOM = 62.0
FONT, BOLD, ITAL = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
SIZE = 10
LEAD = 12.4
SYMBOL = "C/106/1"

c = canvas.Canvas("agenda-2015.pdf", pagesize=A4)
c.setTitle("C/106/1 - Provisional agenda (annotated)")
c.setAuthor("IOM")


def wrap(text, font, size, width):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        trial = w if not cur else cur + " " + w
        if stringWidth(trial, font, size) <= width:
            cur = trial
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def draw_line(x, y, text, font, size, width=None, justify=False):
    t = c.beginText(x, y)
    t.setFont(font, size)
    ws = 0
    if justify and width and text.count(" ") > 0:
        gap = width - stringWidth(text, font, size)
        ws = gap / text.count(" ")
    t.setWordSpace(ws)
    t.textOut(text)
    c.drawText(t)


def right(y, text, font=FONT, size=SIZE):
    c.setFont(font, size)
    c.drawRightString(RM, y, text)


def centre(y, text, font=BOLD, size=SIZE):
    c.setFont(font, size)
    c.drawCentredString(W / 2, y, text)


# ---------------------------------------------------------------- page 1: cover and agenda
y = H - 58
right(y, SYMBOL, BOLD, 11)
y -= LEAD
right(y, "Original: English")
y -= LEAD
right(y, "2 October 2015")
y -= 3 * LEAD
centre(y, "COUNCIL", BOLD, 11)
y -= LEAD
centre(y, "106th Session", BOLD, 11)
y -= 3 * LEAD
centre(y, "PROVISIONAL AGENDA", BOLD, 12)
y -= LEAD + 1
centre(y, "(Annotated)", FONT, SIZE)
y -= 1.6 * LEAD
c.setLineWidth(0.6)
c.line(LM, y, RM, y)
y -= 2.2 * LEAD

DOCX = 440.0       # documents column
ITEM_W = DOCX - TX - 18
SUB_X = 124.0
SUB_W = DOCX - SUB_X - 18

c.setFont(BOLD, SIZE)
c.drawString(DOCX, y, "Documents")
c.line(DOCX, y - 2, DOCX + stringWidth("Documents", BOLD, SIZE), y - 2)
y -= 1.8 * LEAD

# (number, text, [documents], footnote marker, [(label, text, [documents])])
AGENDA = [
    ("1.", "Opening of the session", [], None, []),
    ("2.", "Credentials of representatives and observers", [], None, []),
    ("3.", "Election of officers", [], None, []),
    ("4.", "Adoption of the agenda", ["C/106/1"], None, []),
    ("5.", "Admission of new Members and observers", [], None, [
        ("(a)", "Applications for membership in the Organization", ["C/106/2,", "C/106/3"]),
        ("(b)", "Applications for representation by an observer", ["C/106/4"]),
    ]),
    ("6.", "Statement by the Director General", [], None, []),
    ("7.", "General debate: \u201cMigrants and host communities: building trust in times of crisis\u201d",
     ["C/106/6"], "1", []),
    ("8.", "Report on the 105th Session of the Council", ["MC/2425"], None, []),
    ("9.", "Reports on the Sixteenth and Seventeenth Sessions of the Standing Committee on "
           "Programmes and Finance", ["S/16/14,", "S/17/13"], None, []),
    ("10.", "Financial and budgetary matters", [], None, [
        ("(a)", "Programme and Budget for 2016", ["C/106/8"]),
        ("(b)", "Status report on outstanding contributions to the Administrative Part of the Budget",
         ["C/106/9"]),
    ]),
    ("11.", "International Dialogue on Migration in 2015", ["C/106/10"], None, []),
    ("12.", "Other business", [], None, []),
    ("13.", "Closure of the session", [], None, []),
]


def agenda_entry(y, label_x, label, text_x, text, width, docs, marker=None):
    lines = wrap(text, FONT, SIZE, width)
    c.setFont(FONT, SIZE)
    c.drawString(label_x, y, label)
    for i, ln in enumerate(lines):
        c.setFont(FONT, SIZE)
        c.drawString(text_x, y - i * LEAD, ln)
        if marker and i == len(lines) - 1:
            c.setFont(FONT, 7)
            c.drawString(text_x + stringWidth(ln, FONT, SIZE) + 0.5, y - i * LEAD + 4, marker)
    for j, d in enumerate(docs):
        c.setFont(FONT, SIZE)
        c.drawString(DOCX, y - j * LEAD, d)
    n = max(len(lines), len(docs))
    return y - n * LEAD


for num, text, docs, marker, subs in AGENDA:
    y = agenda_entry(y, LM, num, TX, text, ITEM_W, docs, marker)
    for lab, st, sdocs in subs:
        y -= 0.45 * LEAD
        y = agenda_entry(y, TX, lab, SUB_X, st, SUB_W, sdocs)
    y -= 0.75 * LEAD

# footnote of page 1
fy = BOTTOM + 8
fn = ("A concept note on the theme of the general debate is contained in document C/106/6. "
      "Delegations are kindly requested to limit their statements to five minutes; full texts may "
      "be sent to the Secretariat for posting on the session web page.")
fl = wrap(fn, FONT, 8.5, RM - LM - 10)
top_fn = fy + (len(fl) - 1) * 10.5
c.setLineWidth(0.5)
c.line(LM, top_fn + 12, LM + 130, top_fn + 12)
c.setFont(FONT, 6.5)
c.drawString(LM, top_fn + 3.5, "1")
for i, ln in enumerate(fl):
    c.setFont(FONT, 8.5)
    c.drawString(LM + 7, top_fn - i * 10.5, ln)

# ---------------------------------------------------------------- pages 2-3: annotations
page = [1]


def new_page():
    c.showPage()
    page[0] += 1
    yy = H - 50
    right(yy, SYMBOL, FONT, 10)
    right(yy - 12.5, "Page %d" % page[0], FONT, 10)
    return yy - 3.2 * LEAD


BLOCKS = [
    ("centre", "ANNOTATIONS"),
    ("item", "1.", "Opening of the session"),
    ("para", "The 106th Session of the Council will be opened on Tuesday, 24 November 2015, at 10 a.m. "
             "in Room XVIII of the Palais des Nations, Geneva, by the outgoing Chairperson, "
             "H.E. Ms Ingrid Thorsdottir Vang (Norway)."),
    ("item", "2.", "Credentials of representatives and observers"),
    ("para", "Under Rule 5 of the Rules of Procedure of the Council, the credentials of representatives "
             "of Member States and the names of observers are to be communicated to the Director General, "
             "if possible not less than 24 hours before the opening of the session. The Director General "
             "will report to the Council on the credentials received."),
    ("para", "Delegations that have not yet done so are invited to submit their credentials, or a scanned "
             "copy of them, to the Office of Legal Affairs no later than Friday, 20 November 2015."),
    ("item", "3.", "Election of officers"),
    ("para", "In accordance with Rule 11 of its Rules of Procedure, the Council will elect a Chairperson, "
             "a First Vice-Chairperson, a Second Vice-Chairperson and a Rapporteur, who will hold office "
             "until the election of their successors at the next regular session. Consultations among "
             "the regional groups are under way and their outcome will be circulated to Member States "
             "before the session opens."),
    ("item", "4.", "Adoption of the agenda"),
    ("para", "The provisional agenda has been drawn up by the Director General in consultation with the "
             "Bureau of the Council, pursuant to Rule 3 of the Rules of Procedure. It is submitted, "
             "together with these annotations, for adoption by the Council."),
    ("item", "5.", "Admission of new Members and observers"),
    ("sub", "(a)", "Applications for membership in the Organization"),
    ("para", "The Director General has received applications for membership from the Governments of "
             "Tuvalu and of the Lao People\u2019s Democratic Republic, which are reproduced in documents "
             "C/106/2 and C/106/3 respectively. Both Governments have accepted the Constitution of the "
             "Organization in accordance with Article 2(b). The corresponding draft resolutions are "
             "contained in documents C/106/L/1 and C/106/L/2."),
    ("para", "Should the Council admit the two applicants, the Organization will have 164 Member States."),
    ("sub", "(b)", "Applications for representation by an observer"),
    ("para", "The following organizations have asked to be represented by an observer at meetings of "
             "the Council (C/106/4):"),
    ("bullet", "the International Association of Migrant Health Professionals;"),
    ("bullet", "the Regional Centre for Mixed Migration Studies, based in Nairobi; and"),
    ("bullet", "the Mediterranean Network of Municipalities for Inclusion."),
    ("para", "Draft resolutions C/106/L/3, C/106/L/4 and C/106/L/5 are submitted to the Council for "
             "its decision."),
    ("item", "6.", "Statement by the Director General"),
    ("para", "The Director General will address the Council on the main developments in the work of the "
             "Organization during 2015, in particular its response to the large movements of "
             "migrants and refugees across the Mediterranean and through the Western Balkans, and on the "
             "preparations for the next round of discussions on the relationship between the "
             "Organization and the United Nations. He will also present the outcome of the internal "
             "review of the Organization\u2019s emergency preparedness carried out during the year."),
    ("item", "7.", "General debate"),
    ("para", "The general debate will be organized around the theme set out in the provisional agenda, "
             "on which a concept note has been prepared (C/106/6). Member States and observers are "
             "invited to share their experience of fostering trust between migrants and the communities "
             "that receive them, particularly where arrivals are sudden and numerous."),
    ("para", "A list of speakers will be opened on Monday, 9 November 2015. Ministers and other "
             "high-level representatives will be given the floor first, in the order in which they "
             "are inscribed."),
    ("item", "8.", "Report on the 105th Session of the Council"),
    ("para", "The draft report on the 105th Session, held from 25 to 28 November 2014, has been circulated "
             "as document MC/2425. The Council will be invited to approve it by resolution; any "
             "corrections should reach the Secretariat by 13 November 2015."),
    ("item", "9.", "Reports on the Sixteenth and Seventeenth Sessions of the Standing Committee on "
                   "Programmes and Finance"),
    ("para", "The Standing Committee on Programmes and Finance held its Sixteenth Session on 30 June and "
             "1 July 2015 and its Seventeenth Session on 27 and 28 October 2015. Its reports "
             "(S/16/14 and S/17/13) record the Committee\u2019s consideration of, among other "
             "matters, the Financial Report for the year ended 31 December 2014 (C/106/5) and the "
             "scale of assessment for 2016. The Council is invited to take note of the reports and to endorse the "
             "recommendations they contain."),
    ("item", "10.", "Financial and budgetary matters"),
    ("para", "Both documents under this item were examined by the Standing Committee at its Seventeenth "
             "Session, whose recommendations are set out in its report (S/17/13, paragraphs 31 to 46)."),
    ("sub", "(a)", "Programme and Budget for 2016"),
    ("para", "The Programme and Budget for 2016 (C/106/8) sets the Administrative Part of the Budget at "
             "CHF 47,624,000 and estimates the Operational Part at USD 1,146.3 million. The Standing "
             "Committee has recommended that the Council approve it."),
    ("sub", "(b)", "Status report on outstanding contributions to the Administrative Part of the Budget"),
    ("para", "As at 30 September 2015, assessed contributions outstanding for 2015 and earlier years "
             "totalled CHF 5,318,406, owed by 34 Member States, of which 11 were subject to the "
             "provisions of Article 4 of the Constitution. The Council will recall its Resolution "
             "No. 1261 of 26 November 2013 on payment plans for Member States in arrears."),
    ("item", "11.", "International Dialogue on Migration in 2015"),
    ("para", "Document C/106/10 reviews the two intersessional workshops held in 2015 under the overall "
             "theme \u201cMigrants and cities\u201d, and the Administration will propose a theme for "
             "the Dialogue in 2016."),
    ("item", "12.", "Other business"),
    ("para", "No item had been proposed under this heading when the present document was issued."),
    ("item", "13.", "Closure of the session"),
    ("para", "The session is expected to close on the afternoon of Friday, 27 November 2015."),
]

y = new_page()
BW = RM - TX


def layout(block):
    kind = block[0]
    if kind == "centre":
        return ("c", block[1]), 1.8
    if kind == "item":
        return ("l", wrap(block[2], BOLD, SIZE, 350)), 0.55
    if kind == "sub":
        return ("l", wrap(block[2], BOLD, SIZE, 326)), 0.45
    if kind == "para":
        return ("l", wrap(block[1], FONT, SIZE, BW)), 0.75
    if kind == "bullet":
        return ("l", wrap(block[1], FONT, SIZE, RM - 126)), 0.35


for k, block in enumerate(BLOCKS):
    kind = block[0]
    (tag, content), after = layout(block)
    if kind in ("item", "sub"):
        nxt = BLOCKS[k + 1]
        need = len(content) * LEAD + 3 * LEAD
        if y - need < BOTTOM:
            y = new_page()
    if kind == "centre":
        centre(y, content, BOLD, 11)
        y -= after * LEAD
        continue
    for i, ln in enumerate(content):
        if y < BOTTOM:
            y = new_page()
        if kind == "item":
            if i == 0:
                c.setFont(BOLD, SIZE)
                c.drawString(LM, y, block[1])
            draw_line(TX, y, ln, BOLD, SIZE)
        elif kind == "sub":
            if i == 0:
                c.setFont(BOLD, SIZE)
                c.drawString(TX, y, block[1])
            draw_line(SUB_X, y, ln, BOLD, SIZE)
        elif kind == "para":
            last = i == len(content) - 1
            draw_line(TX, y, ln, FONT, SIZE, BW, justify=not last)
        elif kind == "bullet":
            if i == 0:
                c.setFont("Symbol", SIZE)   # the Symbol font's bullet extracts cleanly everywhere
                c.drawString(112, y, "\u2022")
            draw_line(126, y, ln, FONT, SIZE)
        y -= LEAD
    if kind == "item" and BLOCKS[k + 1][0] == "sub":
        after = 0.4
    y -= after * LEAD
    if kind == "para" and k + 1 < len(BLOCKS) and BLOCKS[k + 1][0] == "bullet":
        y += 0.35 * LEAD
    print(page[0], round(y), kind, (block[1] if kind != "para" else block[1][:40]))

c.showPage()
c.save()
