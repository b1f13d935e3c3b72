"""Draws corrigendum-2016.pdf: S/19/7/Corr.1, a corrigendum to an SCPF document (2016).

Run with: /work/main/.venv/bin/python corrigendum-2016.py
"""
from fpdf import FPDF

SYMBOL = "S/19/7/Corr.1"
OUT = "corrigendum-2016.pdf"

PAGE_W, PAGE_H = 210.0, 297.0
LM, RM = 25.0, 20.0                  # left / right margins
TOP, BOTTOM = 18.0, 20.0
TEXT_W = PAGE_W - LM - RM
BODY_PT, BODY_LH = 11, 5.4
FN_PT, FN_LH = 9, 4.3
GAP = 4.0                            # space between blocks
LDQ, RDQ = "\u201c", "\u201d"        # curly double quotes (WinAnsi has them)


def q(s):
    return LDQ + s + RDQ


class Doc(FPDF):
    pass


pdf = Doc(orientation="P", unit="mm", format="A4")
pdf.core_fonts_encoding = "windows-1252"
pdf.set_auto_page_break(False)
pdf.set_margins(LM, TOP, RM)


# ---------------------------------------------------------------- text runs
def set_style(style, size):
    if style == "sup":
        pdf.set_font("Helvetica", "", round(size * 0.62))
    else:
        pdf.set_font("Helvetica", style, size)


def width(text, style, size):
    set_style(style, size)
    return pdf.get_string_width(text)


def wrap(runs, w_first, w_rest, size):
    """runs: list of (text, style). Returns list of lines; each line is a list of (text, style)."""
    # split into tokens: words with their trailing space, keeping style
    tokens = []
    for text, style in runs:
        parts = text.split(" ")
        for i, part in enumerate(parts):
            sp = " " if i < len(parts) - 1 else ""
            if part == "" and sp == "":
                continue
            tokens.append((part, sp, style))
    lines, cur, cur_w = [], [], 0.0
    limit = w_first
    for word, sp, style in tokens:
        ww = width(word, style, size)
        if cur and cur_w + ww > limit:
            lines.append(cur)
            cur, cur_w = [], 0.0
            limit = w_rest
        cur.append((word + sp, style))
        cur_w += ww + width(sp, style, size)
    if cur:
        lines.append(cur)
    # merge adjacent same-style pieces, strip trailing space of line
    out = []
    for line in lines:
        merged = []
        for text, style in line:
            if merged and merged[-1][1] == style:
                merged[-1] = (merged[-1][0] + text, style)
            else:
                merged.append((text, style))
        t, s = merged[-1]
        merged[-1] = (t.rstrip(" "), s)
        out.append(merged)
    return out


def draw_line(line, x, y, size, lh):
    pdf.set_xy(x, y)
    for text, style in line:
        set_style(style, size)
        w = pdf.get_string_width(text)
        if style == "sup":
            pdf.set_xy(pdf.get_x(), y - lh * 0.28)
            pdf.cell(w, lh, text)
            pdf.set_xy(pdf.get_x(), y)
        else:
            pdf.cell(w, lh, text)


# ---------------------------------------------------------------- content
# A block: dict(kind="text", runs=[...], x=..., label=None|(text, x), size, lh, keep_next)
def text(runs, indent=0.0, label=None, label_x=None, keep_next=False, size=BODY_PT, lh=BODY_LH,
         gap=GAP, hang=True):
    if isinstance(runs, str):
        runs = [(runs, "")]
    return dict(kind="text", runs=runs, indent=indent, label=label, label_x=label_x,
                keep_next=keep_next, size=size, lh=lh, gap=gap, hang=hang)


def locator(s):
    return text([(s, "B")], keep_next=True)


def instruction(s):
    return text([(s, "I")], keep_next=True)


# Footnotes of the corrigendum itself, by number.
FOOTNOTES = {
    "1": "In the French and Spanish versions the passages concerned generally fall one page later than "
         "in the English version, the translated text being longer. Paragraph, table and footnote numbers "
         "are the same in all three versions.",
    "2": "The figures originally published for these grades were drawn from the payroll records of "
         "31 May 2016 and not from the staffing data as at 30 June 2016, which is the reference date used "
         "throughout document S/19/7.",
}

P14 = ("The Administration has continued to implement the recommendations of the external review of the "
       "staff performance management system, which was completed in March 2016. During the period under "
       "review, it has:")
P14_A = ("introduced a simplified annual appraisal form for staff in the General Service category, which was "
         "tested in six country offices before being extended to all offices in July 2016;")
P14_B = "launched two mandatory online courses for supervisors, namely:"
P14_B_I = ("a course on setting objectives and giving feedback, which 612 supervisors had completed as at "
           "30 September 2016;")
P14_B_II = ("a course on the prevention of harassment, sexual harassment and abuse of authority, which is "
            "also open to staff members without supervisory functions and which had been completed by "
            "498 supervisors by the same date; and")
P14_C = ("begun a review of the rebuttal procedure, the outcome of which will be reported to the Standing "
         "Committee at its Twentieth Session.")

P14BIS = ("The revised mandatory age of separation of 65 years, which the Council endorsed when it approved the "
          "Programme and Budget for 2016 through Resolution No. 1309 of 24 November 2015, has been applied "
          "since 1 January 2016 to staff members appointed before that date who chose to remain in service. "
          "By 30 September 2016, 58 staff members had made that choice, 21 of them in the General Service "
          "category. The cost of the measure is absorbed within the approved staffing levels and is reflected "
          "in the Summary update on the Programme and Budget for 2017 (C/107/11).")

BLOCKS = [
    text([("This corrigendum concerns the English, French and Spanish versions of document S/19/7, issued "
           "on 7 October 2016. The corrections below apply to all three language versions; the page and "
           "line references given are those of the English text.", ""), ("1", "sup")]),
    locator("Page 3, paragraph 9, third line"),
    text([("For", "I"), (" " + q("2,314 staff members") + " ", ""), ("read", "I"),
          (" " + q("2,341 staff members"), "")], indent=10.0),
    locator("Paragraph 12 (page 4), second sentence"),
    text("The words " + q("at Headquarters and in the regional offices") + " should be deleted.",
         indent=10.0),
    locator("Page 5, paragraph 14"),
    instruction("Paragraph 14 should read:"),
    text(P14, indent=10.0, label="14.", label_x=0.0),
    text(P14_A, indent=20.0, label="(a)", label_x=10.0),
    text(P14_B, indent=20.0, label="(b)", label_x=10.0),
    text(P14_B_I, indent=30.0, label="(i)", label_x=20.0),
    text(P14_B_II, indent=30.0, label="(ii)", label_x=20.0),
    text(P14_C, indent=20.0, label="(c)", label_x=10.0),
    locator("Page 5, new paragraph following paragraph 14"),
    instruction("Insert a new paragraph 14 bis, reading as follows:"),
    text(P14BIS, indent=16.0, label="14 bis.", label_x=0.0),
    text([("Page 7, Table 2", "B"), ("2", "sup")], keep_next=True),
    instruction("Replace the rows for grades P-4 and P-5 and the total row with the following:"),
    dict(kind="table",
         caption="Table 2.  Officials in the Professional category and above, by grade and sex, "
                 "as at 30 June 2016",
         header=["Grade", "Women", "Men", "Total", "Women (%)"],
         rows=[["P-4", "164", "251", "415", "39.5"],
               ["P-5", "71", "139", "210", "33.8"],
               ["Total*", "612", "854", "1,466", "41.7"]],
         note="* Excluding 14 officials on special leave without pay and 9 officials on secondment to "
              "other organizations of the United Nations system."),
    locator("Footnote 11 (page 8)"),
    text("The footnote, and its marker at the end of paragraph 18, are deleted. Footnotes 12 to 15 are "
         "renumbered 11 to 14 accordingly.", indent=10.0),
    locator("Page 9, paragraph 21, footnote 13 (now footnote 12)"),
    instruction("Replace the text of the footnote with the following:"),
    text([("12", "sup"), (" See the Report on the Eighteenth Session of the Standing Committee on Programmes "
                          "and Finance (S/18/17), paragraphs 41 to 46.", "")],
         indent=10.0, size=FN_PT, lh=FN_LH),
    text([("Page 10, paragraph 23, fourth line: ", "B"), ("for", "I"),
          (" " + q("Manila Administrative Centre") + " ", ""), ("read", "I"),
          (" " + q("Manila and Panama Administrative Centres"), "")]),
]


# ---------------------------------------------------------------- layout helpers
def layout_text(b):
    x0 = LM + b["indent"]
    w = TEXT_W - b["indent"]
    lines = wrap(b["runs"], w, w, b["size"])
    return lines


def footnote_lines(num):
    return wrap([(FOOTNOTES[num], "")], TEXT_W - 6.0, TEXT_W - 6.0, FN_PT)


def footnote_area_height(nums):
    if not nums:
        return 0.0
    h = 6.0  # rule + gap
    for n in nums:
        h += len(footnote_lines(n)) * FN_LH + 1.2
    return h


def markers_in(b):
    if b["kind"] != "text":
        return []
    if b.get("size") == FN_PT:          # reproduced footnote text, not a real footnote
        return []
    return [t for t, s in b["runs"] if s == "sup"]


def draw_footnotes(nums):
    if not nums:
        return
    h = footnote_area_height(nums)
    y = PAGE_H - BOTTOM - h
    pdf.set_line_width(0.2)
    pdf.line(LM, y + 2.0, LM + 45.0, y + 2.0)
    y += 5.0
    for n in nums:
        draw_line([(n, "sup")], LM, y, FN_PT, FN_LH)
        for line in footnote_lines(n):
            draw_line(line, LM + 6.0, y, FN_PT, FN_LH)
            y += FN_LH
        y += 1.2


def running_header(page_no):
    pdf.set_font("Helvetica", "", 10)
    pdf.set_xy(LM, TOP - 6)
    pdf.cell(TEXT_W, 4.6, SYMBOL, align="R")
    pdf.set_xy(LM, TOP - 6 + 4.6)
    pdf.cell(TEXT_W, 4.6, "Page %d" % page_no, align="R")
    return TOP + 10.0


def draw_cover():
    pdf.set_font("Helvetica", "B", 11)
    pdf.set_xy(LM, TOP)
    pdf.cell(TEXT_W, 5, SYMBOL, align="R")
    pdf.set_font("Helvetica", "", 11)
    pdf.set_xy(LM, TOP + 5.5)
    pdf.cell(TEXT_W, 5, "Original: English", align="R")
    pdf.set_xy(LM, TOP + 11)
    pdf.cell(TEXT_W, 5, "26 October 2016", align="R")

    y = TOP + 21
    pdf.set_font("Helvetica", "B", 12)
    pdf.set_xy(LM, y)
    pdf.cell(TEXT_W, 6, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE", align="C")
    pdf.set_font("Helvetica", "", 12)
    pdf.set_xy(LM, y + 7)
    pdf.cell(TEXT_W, 6, "Nineteenth Session", align="C")

    y += 23
    pdf.set_font("Helvetica", "B", 12)
    for t in ("UPDATE ON HUMAN RESOURCES MANAGEMENT", "AND THE STAFF LEARNING STRATEGY"):
        pdf.set_xy(LM, y)
        pdf.cell(TEXT_W, 6, t, align="C")
        y += 6.5
    y += 8
    pdf.set_xy(LM, y)
    pdf.cell(TEXT_W, 6, "CORRIGENDUM", align="C")
    w = pdf.get_string_width("CORRIGENDUM")
    pdf.set_line_width(0.3)
    pdf.line(LM + (TEXT_W - w) / 2, y + 5.6, LM + (TEXT_W + w) / 2, y + 5.6)
    return y + 16


def table_height(t):
    return 7.0 + 6.5 + len(t["rows"]) * 6.0 + 2 + 8.0 + 2.0


def draw_table(t, y):
    # caption
    pdf.set_font("Helvetica", "B", 10)
    pdf.set_xy(LM + 10, y)
    pdf.cell(TEXT_W - 10, 5, t["caption"])
    y += 7.0
    cols = [40.0, 25.0, 25.0, 25.0, 30.0]
    x0 = LM + 10
    pdf.set_line_width(0.2)
    pdf.line(x0, y, x0 + sum(cols), y)
    pdf.set_font("Helvetica", "B", 10)
    x = x0
    for i, h in enumerate(t["header"]):
        pdf.set_xy(x, y + 0.5)
        pdf.cell(cols[i], 5.5, h, align="L" if i == 0 else "R")
        x += cols[i]
    y += 6.5
    pdf.line(x0, y, x0 + sum(cols), y)
    for r, row in enumerate(t["rows"]):
        bold = row[0].startswith("Total")
        if bold:
            pdf.line(x0, y, x0 + sum(cols), y)
        pdf.set_font("Helvetica", "B" if bold else "", 10)
        x = x0
        for i, c in enumerate(row):
            pdf.set_xy(x, y + 0.5)
            pdf.cell(cols[i], 5.5, c, align="L" if i == 0 else "R")
            x += cols[i]
        y += 6.0
    pdf.line(x0, y, x0 + sum(cols), y)
    y += 2.0
    for line in wrap([(t["note"], "")], sum(cols), sum(cols), 8.5):
        draw_line(line, x0, y, 8.5, 4.0)
        y += 4.0
    return y


# ---------------------------------------------------------------- flow
def run():
    pdf.add_page()
    page_no = 1
    y = draw_cover()
    page_fns = []

    def bottom_limit(extra_fns=()):
        return PAGE_H - BOTTOM - footnote_area_height(page_fns + list(extra_fns)) - 2.0

    def new_page():
        nonlocal page_no, y, page_fns
        draw_footnotes(page_fns)
        pdf.add_page()
        page_no += 1
        page_fns = []
        y = running_header(page_no)

    i = 0
    while i < len(BLOCKS):
        b = BLOCKS[i]
        if b["kind"] == "table":
            if y + table_height(b) > bottom_limit():
                new_page()
            y = draw_table(b, y) + GAP + 2
            i += 1
            continue
        lines = layout_text(b)
        marks = markers_in(b)
        need = len(lines) * b["lh"]
        # keep a locator/instruction with the first two lines of what follows
        if b["keep_next"] and i + 1 < len(BLOCKS):
            nb = BLOCKS[i + 1]
            if nb["kind"] == "table":
                need += table_height(nb)
            else:
                need += b["gap"] + 2 * nb["lh"]
        if y + need > bottom_limit(marks):
            if b["keep_next"] or y + 2 * b["lh"] > bottom_limit(marks):
                new_page()
        page_fns += marks
        x_text = LM + b["indent"]
        for k, line in enumerate(lines):
            if y + b["lh"] > bottom_limit():
                new_page()           # the block runs on over the page break
            if k == 0 and b["label"]:
                set_style("", b["size"])
                pdf.set_xy(LM + b["label_x"], y)
                pdf.cell(10, b["lh"], b["label"])
            draw_line(line, x_text, y, b["size"], b["lh"])
            y += b["lh"]
        y += b["gap"]
        i += 1
    draw_footnotes(page_fns)
    pdf.output(OUT)
    print("pages:", page_no)


run()
