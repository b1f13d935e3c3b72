"""Draws info-note-2012b.pdf: an IOM information note (MC/INF/307) for the Eleventh Session of the
Standing Committee on Programmes and Finance, October 2012.  Library: fpdf2 (core Times font)."""
import os
import re
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "info-note-2012b.pdf")

SYMBOL = "MC/INF/307"
TITLE_LINES = ["OPERATIONAL SUPPORT INCOME:", "USE IN 2012 AND PROJECTIONS FOR 2013"]
RUNNING_TITLE = "OPERATIONAL SUPPORT INCOME: USE IN 2012 AND PROJECTIONS FOR 2013"

LEFT, RIGHT = 25.0, 190.0
WIDTH = RIGHT - LEFT
TOP_BODY = 32.0
BOTTOM = 275.0
FS = 11.0          # body font size
LH = 5.1           # body line height (mm)
INDENT = 10.0      # tab after paragraph number
ITEM_LABEL = 35.0
ITEM_TEXT = 45.0

# --------------------------------------------------------------------------------------------
# Content.  "{n}" right after a word is a raised footnote marker.
# --------------------------------------------------------------------------------------------
FOOTNOTES = {
    "1": "Income for the period January to August 2012 has been extrapolated to the full year on the "
         "basis of the project portfolio at 31 August 2012. The figures will be updated in the "
         "Financial Report for the year ended 31 December 2012.",
    "2": "Including the Manila Administrative Centre and the Panama Administrative Centre.",
    "3": "The Summary Update is normally presented to the Standing Committee at its first session of "
         "the year, together with the Financial Report for the preceding year.",
}

T1 = {
    "caption": "Table 1. Operational support income by source, 2009\u20132013",
    "cols": [  # (x_left, x_right, align, heading lines)
        (LEFT, 78, "L", ["Source of income"]),
        (80, 99, "R", ["2009", "(actual)"]),
        (101, 120, "R", ["2010", "(actual)"]),
        (122, 141, "R", ["2011", "(actual)"]),
        (143, 164, "R", ["2012", "(estimate)"]),
        (166, 187, "R", ["2013", "(estimate)"]),
    ],
    "unit": "(USD thousands)",
    "rows": [
        ["Overhead on projects", "52,410", "58,960", "63,870", "66,200", "68,500"],
        ["Interest income", "3,150", "1,920", "1,540", "1,300", "1,250"],
        ["Miscellaneous income", "1,080", "870", "930", "900", "850"],
    ],
    "total": ["Total", "56,640", "61,750", "66,340", "68,400", "70,600"],
}

T2 = {
    "caption": "Table 2. Planned use of operational support income in 2012",
    "cols": [
        (LEFT, 104, "L", ["Area of expenditure"]),
        (110, 135, "R", ["Posts", "(officials and", "employees)"]),
        (141, 162, "R", ["Amount", "(USD", "thousands)"]),
        (168, 187, "R", ["Share", "of total", "(%)"]),
    ],
    "rows": [
        ["Field structure", "212", "27,360", "40.0"],
        ["Headquarters and administrative centres{2}", "148", "19,150", "28.0"],
        ["Staff security mechanism", "36", "6,840", "10.0"],
        ["Information technology and systems", "24", "4,790", "7.0"],
        ["Project development and thematic support", "31", "5,470", "8.0"],
        ["Reserve for contingencies", "\u2013", "4,790", "7.0"],
    ],
    "total": ["Total", "451", "68,400", "100.0"],
}

T3 = {
    "caption": "Table 3. Staff security mechanism: expenditure by region, 2011 and 2012",
    "cols": [
        (LEFT, 90, "L", ["Region"]),
        (96, 126, "R", ["2011", "actual", "(USD)"]),
        (132, 162, "R", ["2012", "estimate", "(USD)"]),
        (168, 187, "R", ["Change", "(%)"]),
    ],
    "rows": [
        ["Africa and the Middle East", "1,742,300", "2,015,600", "15.7"],
        ["Asia and the Pacific", "1,208,900", "1,296,400", "7.2"],
        ["The Americas", "684,500", "712,800", "4.1"],
        ["Europe and Central Asia", "517,200", "538,900", "4.2"],
        ["Headquarters coordination", "1,986,100", "2,276,300", "14.6"],
    ],
    "total": ["Total", "6,139,000", "6,840,000", "11.4"],
}

BODY = [
    ("h1", "I.", "INTRODUCTION"),
    ("p", "1", "At its Tenth Session in June 2012, the Standing Committee on Programmes and Finance asked "
     "the Administration to provide, ahead of its examination of the Programme and Budget for 2013 "
     "(MC/2353), a consolidated picture of the level and use of operational support income (OSI). The "
     "present note responds to that request. It complements the information given in the Summary "
     "Update on the Programme and Budget for 2012 (SCPF/86) and should be read together with that "
     "document."),
    ("p", "2", "OSI derives principally from the overhead charged on projects and, to a much lesser "
     "extent, from interest and miscellaneous income. Its use is governed by the budget resolution for "
     "2012, Council Resolution No. 1226 of 6 December 2011, under which OSI is applied first to the "
     "core structure that cannot be charged directly to projects."),
    ("p", "3", "Section II below describes the sources of OSI and their evolution since 2009. Section III "
     "sets out how the income is being used in 2012, including for the staff security mechanism, and "
     "section IV presents the outlook for 2013. All figures for 2012 are estimates based on income "
     "recorded up to 31 August 2012.{1}"),
    ("h1", "II.", "SOURCES OF OPERATIONAL SUPPORT INCOME"),
    ("p", "4", "Overhead on projects is by far the largest source of OSI; it accounted for some 96 per "
     "cent of the total in 2011. Its growth reflects the expansion of the Organization\u2019s project "
     "portfolio, the value of which rose from USD 1.01 billion in 2009 to USD 1.32 billion in 2011."),
    ("p", "5", "Interest income has fallen every year since 2009 as a result of the low interest rates "
     "prevailing on the financial markets, while miscellaneous income, which includes unearmarked "
     "contributions and gains on the disposal of assets, has remained broadly stable. The evolution of "
     "each source over the period 2009\u20132013 is shown in Table 1."),
    ("table", T1),
    ("p", "6", "Total OSI is expected to reach USD 68.4 million in 2012, an increase of 3.1 per cent over "
     "2011. The increase is smaller than in earlier years, as a number of large emergency operations "
     "begun in 2010 and 2011 have since been scaled down or completed."),
    ("p", "7", "The estimate for 2013, USD 70.6 million, assumes a moderate increase in project volume "
     "and an unchanged overhead rate. It is consistent with the assumptions underlying the Programme "
     "and Budget for 2013 submitted to the present session."),
    ("h1", "III.", "USE OF OPERATIONAL SUPPORT INCOME IN 2012"),
    ("h2", "A.", "Core structure"),
    ("p", "8", "As in previous years, the greater part of OSI funds the core structure of the "
     "Organization in the field and at Headquarters that is not covered by the Administrative Part of "
     "the Budget. Table 2 shows the planned use of the USD 68.4 million expected in 2012, together with "
     "the number of posts funded from that income."),
    ("table", T2),
    ("p", "9", "Some 40 per cent of the income finances the field structure, including the nine regional "
     "offices and those heads of country offices whose posts cannot be charged to projects. A further "
     "28 per cent covers functions at Headquarters and in the two administrative centres that support "
     "the project portfolio, notably finance, human resources, procurement and legal affairs."),
    ("p", "10", "The reserve for contingencies, set at 7 per cent of estimated income, protects the "
     "Organization against a shortfall in OSI during the year. Any balance unused at the end of the "
     "year is carried forward in accordance with the arrangements described in document MC/2310, "
     "paragraphs 22 to 25."),
    ("h2", "B.", "Staff security mechanism"),
    ("p", "11", "The staff security mechanism was established in 2003 to meet the cost of the "
     "Organization\u2019s participation in the United Nations security management system and of its "
     "own security functions. It has been funded entirely from OSI since 2009."),
    ("p", "12", "Expenditure under the mechanism is expected to rise from USD 6.14 million in 2011 to "
     "USD 6.84 million in 2012, mainly because of the deterioration of the security situation in "
     "several countries of Africa and the Middle East, where additional field security officers have "
     "been deployed. The breakdown by region is given in Table 3."),
    ("table", T3),
    ("p", "13", "The amount shown under Headquarters coordination includes IOM\u2019s share of the "
     "jointly financed budget of the United Nations Department of Safety and Security, namely "
     "USD 1.12 million in 2012."),
    ("h1", "IV.", "OUTLOOK FOR 2013"),
    ("p", "14", "The Administration will continue to monitor OSI closely and to adjust expenditure to "
     "the income actually received. On the basis of the present projections, it intends:"),
    ("item", "(a)", "to maintain the share of OSI allocated to the field structure at about 40 per cent, "
     "giving priority to offices in countries with large and growing operations;"),
    ("item", "(b)", "to fund the expected increase in security costs, estimated at USD 0.45 million, "
     "from the growth in overhead income rather than from the reserve; and"),
    ("item", "(c)", "to keep the reserve for contingencies at 7 per cent of estimated income."),
    ("p", "15", "Should income fall short of the projections, the Administration will first draw on the "
     "reserve and then reduce non-staff expenditure before considering any reduction in posts. The "
     "Standing Committee will be informed of any such measures in the Summary Update on the Programme "
     "and Budget for 2013.{3}"),
    ("h1", "V.", "CONCLUSION"),
    ("p", "16", "OSI remains indispensable to the functioning of the core structure, which is therefore "
     "exposed to fluctuations in project volume that the Administrative Part of the Budget does not share."),
    ("p", "17", "The Standing Committee on Programmes and Finance is invited to take note of the "
     "present document and to provide the Administration with any guidance it considers appropriate."),
]


# --------------------------------------------------------------------------------------------
class Doc(FPDF):
    pass


pdf = Doc(format="A4", unit="mm")
pdf.core_fonts_encoding = "windows-1252"
pdf.set_auto_page_break(False)
pdf.set_margins(LEFT, 15, 210 - RIGHT)

state = {"page": 0, "y": TOP_BODY, "notes": [], "note_h": 0.0}
FN_FS, FN_LH = 9.5, 4.2


def tokens(text):
    """Split text into words; each word is (text, marker or None)."""
    out = []
    for w in text.split():
        m = re.match(r"^(.*?)\{(\d+)\}$", w)
        out.append((m.group(1), m.group(2)) if m else (w, None))
    return out


def wrap(words, first_w, other_w, size=FS, style=""):
    pdf.set_font("Times", style, size)
    space = pdf.get_string_width(" ")
    lines, cur, cur_w = [], [], 0.0
    avail = first_w
    for w, mk in words:
        ww = pdf.get_string_width(w)
        if mk:
            pdf.set_font("Times", "", 7)
            ww += pdf.get_string_width(mk)
            pdf.set_font("Times", style, size)
        add = ww if not cur else space + ww
        if cur and cur_w + add > avail:
            lines.append(cur)
            cur, cur_w, avail = [], 0.0, other_w
            add = ww
        cur.append((w, mk, ww))
        cur_w += add
    if cur:
        lines.append(cur)
    return lines


def draw_line(line, x0, width, y, justify, size=FS, style=""):
    """Draw one line word by word; returns markers used.  y is the baseline."""
    pdf.set_font("Times", style, size)
    space = pdf.get_string_width(" ")
    natural = sum(w[2] for w in line) + space * (len(line) - 1)
    gap = space
    if justify and len(line) > 1:
        gap = space + (width - natural) / (len(line) - 1)
    x = x0
    used = []
    for w, mk, ww in line:
        pdf.set_font("Times", style, size)
        pdf.text(x, y, w)
        if mk:
            tw = pdf.get_string_width(w)
            pdf.set_font("Times", "", 7)
            pdf.text(x + tw, y - 1.9, mk)
            used.append(mk)
        x += ww + gap
    return used


def header(pageno):
    pdf.set_font("Times", "", 11)
    for i, s in enumerate([SYMBOL, "Page %d" % pageno]):
        w = pdf.get_string_width(s)
        pdf.text(RIGHT - w, 15 + i * 4.8, s)


def flush_notes():
    if not state["notes"]:
        return
    y = BOTTOM - state["note_h"]
    pdf.set_font("Times", "", FN_FS)
    pdf.text(LEFT, y, "_" * 24)
    y += FN_LH + 1.2
    for mk, text in state["notes"]:
        lines = wrap(tokens(text), WIDTH - 5, WIDTH - 5, size=FN_FS)
        pdf.set_font("Times", "", 7)
        pdf.text(LEFT, y - 1.1, mk)
        for i, ln in enumerate(lines):
            draw_line(ln, LEFT + 5, WIDTH - 5, y, i < len(lines) - 1, size=FN_FS)
            y += FN_LH
        y += 0.8
    state["notes"] = []
    state["note_h"] = 0.0


def note_height(mk):
    lines = wrap(tokens(FOOTNOTES[mk]), WIDTH - 5, WIDTH - 5, size=FN_FS)
    return len(lines) * FN_LH + 0.8


def new_page():
    flush_notes()
    pdf.add_page()
    state["page"] += 1
    header(state["page"])
    state["y"] = TOP_BODY


def room(h, markers=()):
    """Ensure h mm (plus space for footnotes of `markers`) is free on the page."""
    extra = sum(note_height(m) for m in markers)
    if not state["notes"] and markers:
        extra += FN_LH + 3
    if state["y"] + h > BOTTOM - state["note_h"] - extra:
        new_page()


def register(markers):
    for m in markers:
        if not state["notes"]:
            state["note_h"] += FN_LH + 3
        state["notes"].append((m, FOOTNOTES[m]))
        state["note_h"] += note_height(m)


def para(num, text):
    words = tokens(text)
    lines = wrap(words, WIDTH - INDENT, WIDTH)
    for i, ln in enumerate(lines):
        mks = [w[1] for w in ln if w[1]]
        # keep at least two lines together at the start of a paragraph
        room(LH * (2 if i == 0 and len(lines) > 1 else 1), mks)
        base = state["y"] + 4
        if i == 0:
            pdf.set_font("Times", "", FS)
            pdf.text(LEFT, base, num + ".")
            draw_line(ln, LEFT + INDENT, WIDTH - INDENT, base, len(lines) > 1)
        else:
            draw_line(ln, LEFT, WIDTH, base, i < len(lines) - 1)
        register(mks)
        state["y"] += LH
    state["y"] += LH * 0.9


def item(label, text):
    words = tokens(text)
    w = RIGHT - ITEM_TEXT
    lines = wrap(words, w, w)
    for i, ln in enumerate(lines):
        mks = [x[1] for x in ln if x[1]]
        room(LH, mks)
        base = state["y"] + 4
        if i == 0:
            pdf.set_font("Times", "", FS)
            pdf.text(ITEM_LABEL, base, label)
        draw_line(ln, ITEM_TEXT, w, base, i < len(lines) - 1)
        register(mks)
        state["y"] += LH
    state["y"] += LH * 0.6


def heading(level, num, text):
    room(LH * 4)
    base = state["y"] + 4
    style = "B" if level == 1 else "BI"
    pdf.set_font("Times", style, FS)
    pdf.text(LEFT, base, num)
    pdf.text(LEFT + INDENT, base, text)
    state["y"] += LH * 1.9


def table(t):
    cols = t["cols"]
    hdr_n = max(len(c[3]) for c in cols)
    n_rows = len(t["rows"]) + 1
    row_h = 5.2
    h = LH * 1.6 + hdr_n * 4.6 + 3 + n_rows * row_h + 4 + LH + (4.6 if t.get("unit") else 0)
    room(h)
    y = state["y"]
    # caption
    pdf.set_font("Times", "B", FS - 0.5)
    pdf.text(LEFT, y + 4, t["caption"])
    y += LH * 1.5
    pdf.set_line_width(0.3)
    pdf.line(LEFT, y, RIGHT - 2, y)
    y += 1.0
    if t.get("unit"):
        y += 4.6
    # column headings, bottom-aligned
    pdf.set_font("Times", "B", 10)
    for x0, x1, al, lines in cols:
        start = hdr_n - len(lines)
        for i, s in enumerate(lines):
            base = y + 4 + (start + i) * 4.6
            sw = pdf.get_string_width(s)
            if al == "L":
                pdf.text(x0, base, s)
            else:
                pdf.text((x0 + x1) / 2 - sw / 2 if False else x1 - sw, base, s)
    y += hdr_n * 4.6 + 1.5
    pdf.set_line_width(0.2)
    if t.get("unit"):
        # spanning unit line above the year columns, drawn in the heading block's first row
        pdf.set_font("Times", "B", 10)
        x0, x1 = cols[1][0], cols[-1][1]
        sw = pdf.get_string_width(t["unit"])
        pdf.text((x0 + x1) / 2 - sw / 2, y - hdr_n * 4.6 - 1.5 + 4 - 4.6, t["unit"])
    pdf.line(LEFT, y, RIGHT - 2, y)
    y += 1.0
    used = []

    def row(cells, bold):
        nonlocal y
        pdf.set_font("Times", "B" if bold else "", 10.5)
        for (x0, x1, al, _), cell in zip(cols, cells):
            m = re.match(r"^(.*?)\{(\d+)\}$", cell)
            mk = None
            if m:
                cell, mk = m.group(1), m.group(2)
            pdf.set_font("Times", "B" if bold else "", 10.5)
            sw = pdf.get_string_width(cell)
            xx = x0 if al == "L" else x1 - sw
            pdf.text(xx, y + 4, cell)
            if mk:
                pdf.set_font("Times", "", 7)
                pdf.text(xx + sw, y + 4 - 1.8, mk)
                used.append(mk)
        y += row_h

    for r in t["rows"]:
        row(r, False)
    pdf.set_line_width(0.2)
    pdf.line(LEFT, y + 0.3, RIGHT - 2, y + 0.3)
    y += 0.8
    row(t["total"], True)
    pdf.set_line_width(0.3)
    pdf.line(LEFT, y + 0.5, RIGHT - 2, y + 0.5)
    y += 1.5
    if used:
        room(0, used)
        register(used)
    state["y"] = y + LH * 0.9


# ------------------------------------------------------------------- cover page (no header)
pdf.add_page()
pdf.set_font("Times", "B", 12)
w = pdf.get_string_width(SYMBOL)
pdf.text(RIGHT - w, 22, SYMBOL)
pdf.set_font("Times", "", 11)
for i, s in enumerate(["Original: English", "3 October 2012"]):
    pdf.text(RIGHT - pdf.get_string_width(s), 28 + i * 5.2, s)

pdf.set_font("Times", "B", 12)
for i, s in enumerate(["STANDING COMMITTEE ON PROGRAMMES AND FINANCE", "ELEVENTH SESSION"]):
    pdf.text(105 - pdf.get_string_width(s) / 2, 62 + i * 6, s)
pdf.set_font("Times", "", 11.5)
s = "30\u201331 October 2012"
pdf.text(105 - pdf.get_string_width(s) / 2, 76, s)
pdf.set_font("Times", "", 11)
rule = "_" * 58
pdf.text(105 - pdf.get_string_width(rule) / 2, 86, rule)

pdf.set_font("Times", "B", 13)
for i, s in enumerate(TITLE_LINES):
    pdf.text(105 - pdf.get_string_width(s) / 2, 128 + i * 6.5, s)
pdf.set_font("Times", "", 11.5)
s = "(Information note submitted by the Administration)"
pdf.text(105 - pdf.get_string_width(s) / 2, 146, s)

pdf.set_font("Times", "B", 9.5)
for i, s in enumerate(["STANDING COMMITTEE ON PROGRAMMES AND FINANCE",
                       "COMIT\u00c9 PERMANENT DES PROGRAMMES ET DES FINANCES",
                       "COMIT\u00c9 PERMANENTE DE PROGRAMAS Y FINANZAS"]):
    pdf.text(105 - pdf.get_string_width(s) / 2, 270 + i * 4.6, s)

# ------------------------------------------------------------------- body
pdf.add_page()
state["page"] = 1
header(1)
pdf.set_font("Times", "B", 12)
pdf.text(105 - pdf.get_string_width(RUNNING_TITLE) / 2, TOP_BODY + 4, RUNNING_TITLE)
state["y"] = TOP_BODY + LH * 2.6

def table_height(t):
    hdr_n = max(len(c[3]) for c in t["cols"])
    return LH * 1.6 + hdr_n * 4.6 + 3 + (len(t["rows"]) + 1) * 5.2 + 4 + LH + (4.6 if t.get("unit") else 0)


for k, blk in enumerate(BODY):
    kind = blk[0]
    if kind == "p" and k + 1 < len(BODY) and BODY[k + 1][0] == "table":
        n = len(wrap(tokens(blk[2]), WIDTH - INDENT, WIDTH))
        room(n * LH + LH * 0.9 + table_height(BODY[k + 1][1]))
    if kind == "h1":
        heading(1, blk[1], blk[2])
    elif kind == "h2":
        heading(2, blk[1], blk[2])
    elif kind == "p":
        para(blk[1], blk[2])
    elif kind == "item":
        item(blk[1], blk[2])
    elif kind == "table":
        table(blk[1])
flush_notes()

pdf.output(OUT)
print("pages:", pdf.page_no())
