"""Draw agenda-2008b.pdf: provisional agenda of the Executive Committee, 105th Session (2008)."""
from fpdf import FPDF

SYMBOL = "MC/EX/691"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf"

L, R = 25.0, 185.0          # text margins (mm)
X_NUM, X_TXT = 25.0, 35.0   # item number / item text
X_SUB, X_SUBTXT = 35.0, 44.0
X_DOC = 150.0               # documents column
W_ITEM = 143.0 - X_TXT
W_SUB = 143.0 - X_SUBTXT
LH = 5.4                    # line height
BODY = 10.5
Y_LIMIT = 258.0             # lowest baseline for body text on a page


class Doc(FPDF):
    pass


pdf = Doc(format="A4", unit="mm")
pdf.set_auto_page_break(False)
pdf.add_font("Serif", "", FONT)
pdf.add_font("Serif", "B", FONT_B)
pdf.add_font("Serif", "I", FONT_I)


def font(style="", size=BODY):
    pdf.set_font("Serif", style, size)


def right(y, s, style="", size=BODY):
    font(style, size)
    pdf.text(R - pdf.get_string_width(s), y, s)


def centre(y, s, style="", size=BODY):
    font(style, size)
    pdf.text((L + R) / 2 - pdf.get_string_width(s) / 2, y, s)


def wrap(s, width, style="", size=BODY):
    font(style, size)
    words, lines, cur = s.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if pdf.get_string_width(t) <= width:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def para(y, s, x=L, width=R - L, style="", size=BODY, first_indent=0.0):
    """Left-aligned paragraph; returns the baseline after the last line."""
    lines = wrap(s, width - first_indent, style, size)
    # re-wrap continuation lines at the full width
    if first_indent and len(lines) > 1:
        first = lines[0]
        rest = wrap(s[len(first):].strip(), width, style, size)
        lines = [first] + rest
    font(style, size)
    for i, ln in enumerate(lines):
        pdf.text(x + (first_indent if i == 0 else 0), y, ln)
        y += LH
    return y


def header(label):
    right(15, SYMBOL)
    right(20, label)


# ---------------------------------------------------------------- content
ITEMS = [
    ("1", "Opening of the session", [], None, []),
    ("2", "Election of officers", [], None, []),
    ("3", "Adoption of the agenda", [SYMBOL], None, []),
    ("4", "Report of the Director General on the work of the Organization for the year 2007",
     ["MC/2255"], None, []),
    ("5", "Financial Report for the year ended 31 December 2007", ["MC/2256", "SCPF/14"], None, []),
    ("6", "Report on the Second Session of the Standing Committee on Programmes and Finance",
     ["MC/EX/692"], "1", []),
    ("7", "Programme and Budget matters:", [], None, [
        ("(a)", "Revision of the Programme and Budget for 2008", ["MC/EX/689", "SCPF/16"]),
        ("(b)", "Status report on outstanding contributions to the Administrative Part of the Budget",
         ["SCPF/15"]),
        ("(c)", "Support for developing Member States and Member States with economy in transition "
                "(1035 Facility)", ["MC/EX/690"]),
    ]),
    ("8", "Migration, environment and climate change: what role for IOM?", ["MC/INF/294"], None, []),
    ("9", "Governance matters:", [], None, [
        ("(a)", "Report of the Working Group on Budget Reform", ["MC/EX/693"]),
        ("(b)", "Status of acceptances of the amendments to the Constitution", ["MC/INF/295"]),
    ]),
    ("10", "Other business", [], None, []),
    ("11", "Date and place of the next session", [], None, []),
    ("12", "Closure of the session", [], None, []),
]

FOOTNOTE = ("The report of the Standing Committee on its Second Session (27 and 28 May 2008) will be "
            "issued as document MC/EX/692 as soon as possible after the close of that session.")

INTRO = ("The following notes are intended to help delegations prepare for the session. They cover only "
         "those items on which some explanation seemed useful. A provisional timetable of meetings is "
         "attached as an Annex.")

NOTES = [
    ("Item 2", "Election of officers",
     "In accordance with Rule 9 of its Rules of Procedure, the Executive Committee elects a Chairperson, "
     "a Vice-Chairperson and a Rapporteur at the beginning of each regular session. The officers elected "
     "at the Hundred and fourth Session remain in office until their successors have been elected."),
    ("Item 6", "Report of the Standing Committee on Programmes and Finance",
     "The Standing Committee, established by Council Resolution No. 1150 of 7 June 2007, will hold its "
     "Second Session on 27 and 28 May 2008. Its report will set out the Standing Committee's "
     "recommendations on the documents listed under items 5 and 7, on which the Executive Committee "
     "will be invited to take action."),
    ("Item 8", "Migration, environment and climate change: what role for IOM?",
     "This item follows up the expert seminar on migration and the environment held in February 2008. "
     "Document MC/INF/294 outlines the Administration's thinking on what the Organization might "
     "contribute in this area. A short presentation will open an informal exchange of views; no "
     "decision is sought."),
    ("Item 9", "Governance matters",
     "Under sub-item (b), the Administration will report on the acceptances received since the Hundred "
     "and fourth Session of the amendments to the Constitution adopted by Council Resolution No. 997 "
     "(LXXVI) of 19 May 1998. The amendments will enter into force once they have been accepted by "
     "two thirds of the Member States."),
]

TIMETABLE = [
    ("First meeting", "Tuesday, 1 July", "10 a.m. – 1 p.m.", "1, 2, 3, 4"),
    ("Second meeting", "Tuesday, 1 July", "3 p.m. – 6 p.m.", "5, 6, 7 (a)–(c)"),
    ("Third meeting", "Wednesday, 2 July", "10 a.m. – 1 p.m.", "8, 9 (a) and (b)"),
    ("Fourth meeting", "Wednesday, 2 July", "3 p.m. – 5.30 p.m.", "10, 11, 12"),
]
ANNEX_NOTE = ("All meetings will be held in Room XVIII of the Palais des Nations. The Chairperson may, "
              "with the agreement of the Committee, take up items earlier or later than shown, "
              "depending on the progress of the discussion.")

# ---------------------------------------------------------------- page 1 (cover + list)
pdf.add_page()
right(20, SYMBOL, "B")
right(26, "Original: ENGLISH")
right(31.5, "20 May 2008")
font("B", BODY)
pdf.text(L, 45, "HUNDRED AND FIFTH SESSION")
font("", BODY)
rule = "_" * 200
while pdf.get_string_width(rule) > R - L:
    rule = rule[:-1]
pdf.text(L, 49, rule)
centre(62, "PROVISIONAL AGENDA", "B", 12)
centre(70, "Geneva")
centre(75.5, "1-2 July 2008")

# column label of the documents column
font("I", BODY)
pdf.text(X_DOC, 88, "Documents")

# footnote + trilingual footer on page 1
font("", BODY)
pdf.text(L, 266, "__________")
font("", 7)
pdf.text(L, 270.8, "1")
fn_lines = wrap(FOOTNOTE, R - L - 4, "", 9)
font("", 9)
yy = 272
for i, ln in enumerate(fn_lines):
    pdf.text(L + 3, yy, ln)
    yy += 4.2
font("B", 9)
foot = ["EXECUTIVE COMMITTEE", "COMITÉ EXÉCUTIF", "COMITÉ EJECUTIVO"]
gap = 14
total = sum(pdf.get_string_width(s) for s in foot) + gap * 2
x = (L + R) / 2 - total / 2
for s in foot:
    pdf.text(x, 287, s)
    x += pdf.get_string_width(s) + gap


def doc_col(y, docs):
    font("", BODY)
    for i, d in enumerate(docs):
        pdf.text(X_DOC, y + i * LH, d)
    return y + len(docs) * LH


page = 1
y = 97.0


def need(lines):
    """Start a new page if `lines` more lines do not fit."""
    global y, page
    limit = Y_LIMIT if page == 1 else 270.0
    if y + (lines - 1) * LH > limit:
        pdf.add_page()
        page += 1
        header("Page %d" % page)
        y = 34.0


for num, text, docs, fn, subs in ITEMS:
    lines = wrap(text, W_ITEM)
    need(max(len(lines), len(docs)))
    font("", BODY)
    pdf.text(X_NUM, y, num + ".")
    y0 = y
    for ln in lines:
        pdf.text(X_TXT, y, ln)
        y += LH
    if fn:
        last = lines[-1]
        xm = X_TXT + pdf.get_string_width(last) + 0.3
        font("", 7)
        pdf.text(xm, y - LH - 1.3, fn)
        font("", BODY)
    y = max(y, doc_col(y0, docs))
    for lab, stext, sdocs in subs:
        y += 1.6
        slines = wrap(stext, W_SUB)
        need(max(len(slines), len(sdocs)))
        font("", BODY)
        pdf.text(X_SUB, y, lab)
        y0 = y
        for ln in slines:
            pdf.text(X_SUBTXT, y, ln)
            y += LH
        y = max(y, doc_col(y0, sdocs))
    y += 3.2

# ---------------------------------------------------------------- annotations
y += 6
need(6)
centre(y, "ANNOTATIONS", "B")
y += LH * 2
need(3)
y = para(y, INTRO, first_indent=10)
y += 3.5
for lab, head, body in NOTES:
    need(4)
    font("B", BODY)
    hl = wrap(lab + " – " + head, R - L, "B")
    for ln in hl:
        pdf.text(L, y, ln)
        y += LH
    y += 1.5
    y = para(y, body)
    y += 4.5

# ---------------------------------------------------------------- annex
pdf.add_page()
right(15, SYMBOL)
right(20, "Annex")
centre(36, "PROVISIONAL TIMETABLE OF MEETINGS", "B")
COLS = [L, 68.0, 110.0, 148.0]
y = 50
font("B", BODY)
for x, h in zip(COLS, ["Meeting", "Date", "Time", "Agenda items"]):
    pdf.text(x, y, h)
pdf.set_line_width(0.2)
pdf.line(L, y + 2, R, y + 2)
y += 9
font("", BODY)
for row in TIMETABLE:
    for x, c in zip(COLS, row):
        pdf.text(x, y, c)
    y += LH + 2.5
pdf.line(L, y - 4.5, R, y - 4.5)
y += 6
para(y, ANNEX_NOTE, first_indent=10)

pdf.output("/tmp/wave42/out/agenda-2008b/agenda-2008b.pdf")
print("pages", page + 1)
