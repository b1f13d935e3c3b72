"""Draw agenda-2005.pdf: provisional agenda of the Ninetieth Session of the IOM Council (MC/2176).

Drawn with fpdf2 on A4, every string placed at explicit coordinates (mm).
"""
from fpdf import FPDF

SYMBOL = "MC/2176"
OUT = "/tmp/wave39/out/agenda-2005/agenda-2005.pdf"

LEFT = 25.0          # left margin
RIGHT = 185.0        # right edge of text block
NUM_X = LEFT         # agenda item number
TEXT_X = 35.0        # agenda item text
SUB_LABEL_X = 35.0   # (a), (b) ...
SUB_TEXT_X = 45.0
TEXT_RIGHT = 148.0   # item text wraps before the document column
DOC_X = 156.0        # document symbol column
LH = 5.6             # line height for 12 pt
BODY_LIMIT = 246.0   # last baseline for body text on a page with a footnote
PAGE_LIMIT = 272.0   # last baseline on other pages

# (number, text, documents, sub-items [(label, text, documents)])
ITEMS = [
    ("1.", "Opening of the session", [], []),
    ("2.", "Credentials of representatives and observers", [], []),
    ("3.", "Election of officers", [], []),
    ("4.", "Adoption of the agenda", [SYMBOL], []),
    ("5.", "Admission of new Members and observers", [], [
        ("(a)", "Applications for membership in the Organization",
         ["MC/2169", "MC/2170", "MC/2171"]),
        ("(b)", "Applications for representation by observers",
         ["MC/2172", "MC/2173"]),
    ]),
    ("6.", "Statement by the Director General", [], []),
    ("7.", "Report of the Director General on the work of the Organization "
           "for the year 2004", ["MC/2163"], []),
    ("8.", "Reports on the Eighty-eighth Session and on the Eighty-ninth "
           "(Special) Session of the Council", ["MC/2154", "MC/2165"], []),
    ("9.", "General debate", [], []),
    ("10.", "International Dialogue on Migration: policy coherence in "
            "migration and development", ["MC/INF/281"], []),
    ("11.", "Report on the Hundred and second Session of the Executive Committee",
     ["MC/EX/672"], []),
    ("12.", "Programme, budgetary and financial matters", [], [
        ("(a)", "Programme and Budget for 2006", ["MC/2167", "SCPF/21"]),
        ("(b)", "Status report on outstanding contributions to the "
                "Administrative Part of the Budget", ["MC/INF/280"]),
        ("(c)", "Scale of assessment for 2006 and the assessment of new "
                "Member States", ["SCPF/23"]),
    ]),
    ("13.", "Other business", [], []),
    ("14.", "Date and place of the next session", [], []),
    ("15.", "Closure of the session", [], []),
]

INTRO = ("The documents prepared for the session are listed opposite the items "
         "to which they relate.")
FOOTNOTE = ("Documents are available in English, French and Spanish from the "
            "documents distribution counter at the meeting venue and on the IOM "
            "website (www.iom.int), under \"Governing Bodies\". Delegations are "
            "kindly requested to bring their own copies to the meetings.")


def wrap(pdf, text, width):
    """Greedy word wrap using the current font."""
    words = text.split()
    lines, cur = [], ""
    for w in words:
        trial = (cur + " " + w).strip()
        if pdf.get_string_width(trial) <= width:
            cur = trial
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def right(pdf, y, s, x_right=RIGHT):
    pdf.text(x_right - pdf.get_string_width(s), y, s)


def centre(pdf, y, s):
    pdf.text((210 - pdf.get_string_width(s)) / 2, y, s)


class Doc(FPDF):
    pass


pdf = Doc(orientation="P", unit="mm", format="A4")
pdf.set_auto_page_break(False)
pdf.set_title("MC/2176 - Provisional agenda")
pdf.set_author("International Organization for Migration")

# ---------------------------------------------------------------- page 1 (cover)
pdf.add_page()

# emblem: drawn shapes only (no text), as the printed logo is an image
pdf.set_draw_color(0, 0, 0)
pdf.set_line_width(0.5)
pdf.ellipse(LEFT, 14, 18, 18)
pdf.set_line_width(0.3)
pdf.ellipse(LEFT + 4, 18, 10, 10)
pdf.line(LEFT + 9, 14, LEFT + 9, 32)
pdf.line(LEFT, 23, LEFT + 18, 23)

pdf.set_font("Times", "B", 15)
right(pdf, 22, SYMBOL)
pdf.set_font("Times", "", 12)
right(pdf, 30, "Original: ENGLISH")
right(pdf, 36, "21 October 2005")

pdf.set_font("Times", "B", 12)
pdf.text(LEFT, 58, "NINETIETH SESSION")
pdf.set_font("Times", "", 12)
pdf.text(LEFT, 63, "_" * 28)

pdf.set_font("Times", "B", 13)
centre(pdf, 80, "PROVISIONAL AGENDA")

# introductory sentence carrying the footnote marker
pdf.set_font("Times", "", 12)
y = 96.0
intro_lines = wrap(pdf, INTRO, RIGHT - LEFT - 3)
for i, line in enumerate(intro_lines):
    pdf.text(LEFT, y, line)
    if i == len(intro_lines) - 1:
        end_x = LEFT + pdf.get_string_width(line)
    y += LH
pdf.set_font("Times", "", 7.5)
pdf.text(end_x + 0.3, y - LH - 2.0, "1")
pdf.set_font("Times", "", 12)
y += 5.0


def draw_docs(pdf, y0, docs):
    pdf.set_font("Times", "", 12)
    yy = y0
    for d in docs:
        pdf.text(DOC_X, yy, d)
        yy += LH
    return yy


def draw_item(pdf, y, num, text, docs, subs):
    pdf.set_font("Times", "", 12)
    pdf.text(NUM_X, y, num)
    lines = wrap(pdf, text, TEXT_RIGHT - TEXT_X)
    yy = y
    for line in lines:
        pdf.text(TEXT_X, yy, line)
        yy += LH
    yd = draw_docs(pdf, y, docs)
    yy = max(yy, yd)
    for label, stext, sdocs in subs:
        yy += 2.0
        pdf.text(SUB_LABEL_X, yy, label)
        slines = wrap(pdf, stext, TEXT_RIGHT - SUB_TEXT_X)
        ys = yy
        for line in slines:
            pdf.text(SUB_TEXT_X, ys, line)
            ys += LH
        yd = draw_docs(pdf, yy, sdocs)
        yy = max(ys, yd)
    return yy


def item_height(pdf, text, docs, subs):
    pdf.set_font("Times", "", 12)
    h = max(len(wrap(pdf, text, TEXT_RIGHT - TEXT_X)), len(docs)) * LH
    for label, stext, sdocs in subs:
        h += 2.0 + max(len(wrap(pdf, stext, TEXT_RIGHT - SUB_TEXT_X)), len(sdocs)) * LH
    return h


def footnote_and_footer(pdf):
    # footnote rule (typed) and body, raised marker
    pdf.set_font("Times", "", 12)
    fy = 252.0
    pdf.text(LEFT, fy, "_" * 16)
    pdf.set_font("Times", "", 10)
    lines = wrap(pdf, FOOTNOTE, RIGHT - LEFT - 4)
    fy += 6.0
    pdf.set_font("Times", "", 6.5)
    pdf.text(LEFT, fy - 1.6, "1")
    pdf.set_font("Times", "", 10)
    for line in lines:
        pdf.text(LEFT + 3, fy, line)
        fy += 4.4
    # trilingual organ footer of the cover
    pdf.set_font("Helvetica", "B", 10)
    pdf.text(LEFT, 284, "COUNCIL")
    centre(pdf, 284, "CONSEIL")
    right(pdf, 284, "CONSEJO")


def running_header(pdf, n):
    pdf.set_font("Times", "", 12)
    right(pdf, 15, SYMBOL)
    right(pdf, 20.5, "Page %d" % n)


page = 1
limit = BODY_LIMIT
footnote_and_footer(pdf)
for num, text, docs, subs in ITEMS:
    h = item_height(pdf, text, docs, subs)
    if y + h - LH > limit:
        page += 1
        pdf.add_page()
        running_header(pdf, page)
        y = 38.0
        limit = PAGE_LIMIT
    y = draw_item(pdf, y, num, text, docs, subs)
    y += 5.0

pdf.output(OUT)
print("pages:", page)
