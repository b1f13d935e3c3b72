"""Lay out MC/2318/Corr.1 (Programme and Budget for 2012 - Corrigendum), 26 October 2011.

A small hand-written layout engine on top of reportlab's canvas API: justified paragraphs with
hanging numbers, raised footnote markers, footnotes at the page foot under a short rule, running
header on later pages, and tables with aligned columns.
"""
import re
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

PAGE_W, PAGE_H = A4
LM = 72.0            # left margin
RM = PAGE_W - 72.0   # right edge of text
TOP = PAGE_H - 62.0
BOTTOM = 70.0
FS = 11.0            # body font size
LEAD = 14.2
FN_FS = 9.0
FN_LEAD = 11.0
SYMBOL = "MC/2318/Corr.1"

FONTS = {"n": "Times-Roman", "i": "Times-Italic", "b": "Times-Bold", "bi": "Times-BoldItalic"}

TOKEN = re.compile(r"(\{i\}|\{/i\}|\{b\}|\{/b\}|\^\d+)")


def runs_of(text):
    """Split marked-up text into runs (text, style, is_sup)."""
    style_i = style_b = False
    out = []
    for part in TOKEN.split(text):
        if not part:
            continue
        if part == "{i}":
            style_i = True
        elif part == "{/i}":
            style_i = False
        elif part == "{b}":
            style_b = True
        elif part == "{/b}":
            style_b = False
        elif part.startswith("^"):
            out.append((part[1:], "n", True))
        else:
            st = ("b" if style_b else "") + ("i" if style_i else "")
            out.append((part, st or "n", False))
    return out


def words_of(text, size):
    """Return a list of words; each word is a list of pieces (text, font, size, rise)."""
    words = []
    cur = []
    for txt, st, sup in runs_of(text):
        if sup:
            cur.append((txt, FONTS["n"], size * 0.64, size * 0.36))
            continue
        chunks = re.split(r"( +)", txt)
        for ch in chunks:
            if not ch:
                continue
            if ch.startswith(" "):
                if cur:
                    words.append(cur)
                    cur = []
            else:
                cur.append((ch, FONTS[st], size, 0.0))
    if cur:
        words.append(cur)
    return words


def wwidth(word):
    return sum(stringWidth(t, f, s) for t, f, s, _ in word)


def wrap(text, width_first, width_rest, size):
    words = words_of(text, size)
    lines, cur, cw = [], [], 0.0
    space = stringWidth(" ", FONTS["n"], size)
    limit = width_first
    for w in words:
        ww = wwidth(w)
        need = ww if not cur else cw + space + ww
        if cur and need > limit:
            lines.append(cur)
            cur, cw = [w], ww
            limit = width_rest
        else:
            cur.append(w)
            cw = need
    if cur:
        lines.append(cur)
    return lines


def draw_line(c, line, x, y, width, justify, underline=False):
    total = sum(wwidth(w) for w in line)
    size = line[0][0][2]
    space = stringWidth(" ", FONTS["n"], size)
    gap = space
    if justify and len(line) > 1:
        gap = (width - total) / (len(line) - 1)
    cx = x
    for k, w in enumerate(line):
        for t, f, s, rise in w:
            c.setFont(f, s)
            c.drawString(cx, y + rise, t)
            cx += stringWidth(t, f, s)
        if k < len(line) - 1:
            cx += gap
    if underline:
        c.setLineWidth(0.5)
        c.line(x, y - 1.6, cx, y - 1.6)


class Block:
    """A flowable: height, footnotes it carries, and a draw(c, y_top) method."""

    def __init__(self, height, draw, footnotes=(), space_before=0.0):
        self.height = height
        self.draw = draw
        self.footnotes = list(footnotes)
        self.space_before = space_before


def text_block(text, x, right=RM, first_x=None, size=FS, lead=LEAD, justify=True, label=None,
               label_x=None, underline=False, footnotes=(), space_before=8.0, align="left"):
    """A paragraph starting at first_x (first line) and x (continuation lines)."""
    fx = x if first_x is None else first_x
    lines = wrap(text, right - fx, right - x, size)
    h = len(lines) * lead

    def draw(c, ytop):
        y = ytop - size
        if label is not None:
            c.setFont(FONTS["n"], size)
            c.drawString(label_x, y, label)
        for n, ln in enumerate(lines):
            lx = fx if n == 0 else x
            last = n == len(lines) - 1
            if align == "center":
                w = sum(wwidth(wd) for wd in ln) + stringWidth(" ", FONTS["n"], size) * (len(ln) - 1)
                draw_line(c, ln, (PAGE_W - w) / 2, y, right - lx, False, underline)
            else:
                draw_line(c, ln, lx, y, right - lx, justify and not last, underline)
            y -= lead
    return Block(h, draw, footnotes, space_before)


def group(blocks, space_before=10.0):
    """Keep several blocks together on one page."""
    h = 0.0
    for k, b in enumerate(blocks):
        h += (b.space_before if k else 0.0) + b.height
    fns = [f for b in blocks for f in b.footnotes]

    def draw(c, ytop):
        y = ytop
        for k, b in enumerate(blocks):
            if k:
                y -= b.space_before
            b.draw(c, y)
            y -= b.height
    return Block(h, draw, fns, space_before)


def table_block(caption, headers, rows, col_right, label_x, total_rows=(), space_before=8.0):
    """headers: list of columns, each a list of lines; rows: list of (label, [values])."""
    hdr_lines = max(len(h) for h in headers)
    cap_h = (LEAD + 6) if caption else 0
    rh = 14.5
    h = cap_h + 4 + hdr_lines * 11.5 + 6 + len(rows) * rh + 6

    def draw(c, ytop):
        y = ytop
        if caption:
            c.setFont(FONTS["b"], 10.5)
            w = stringWidth(caption, FONTS["b"], 10.5)
            c.drawString(label_x + (RM - label_x - w) / 2, y - 10.5, caption)
            y -= cap_h
        c.setLineWidth(0.6)
        c.line(label_x, y, RM, y)
        y -= 4
        # headings: column 0 left, numeric columns right aligned, bottom aligned
        for ci, hd in enumerate(headers):
            pad = hdr_lines - len(hd)
            yy = y - 9.5 - pad * 11.5
            for ln in hd:
                c.setFont(FONTS["b"], 9.5)
                if ci == 0:
                    c.drawString(label_x + 2, yy, ln)
                else:
                    c.drawRightString(col_right[ci - 1], yy, ln)
                yy -= 11.5
        y -= hdr_lines * 11.5 + 3
        c.line(label_x, y, RM, y)
        y -= 3
        for lab, vals in rows:
            bold = lab in total_rows
            if bold:
                c.setLineWidth(0.4)
                c.line(label_x, y + 1, RM, y + 1)
            font = FONTS["b"] if bold else FONTS["n"]
            c.setFont(font, 10)
            c.drawString(label_x + 2, y - 10, lab)
            for v, xr in zip(vals, col_right):
                c.drawRightString(xr, y - 10, v)
            y -= rh
        c.setLineWidth(0.6)
        c.line(label_x, y - 2, RM, y - 2)
    return Block(h, draw, (), space_before)


# --------------------------------------------------------------------------------------------
# Content
# --------------------------------------------------------------------------------------------
FOOTNOTES = {
    "1": "The revised multiplier was communicated to the Organization on 12 September 2011. See "
         "also the information on staff costs provided to Member States in document SCPF/71.",
    "2": "This correction applies to the English version only; the French and Spanish versions "
         "are not affected.",
    "3": "Provisionally scheduled for May 2012.",
}

TEXT_1 = (
    "Following the distribution of document MC/2318 of 30 September 2011, the Administration found "
    "that the estimates for staff salaries and benefits under the Administrative Part of the Budget "
    "had been calculated on the basis of the post adjustment multiplier for Geneva in force in "
    "January 2011, rather than on the revised multiplier promulgated by the International Civil "
    "Service Commission with effect from 1 August 2011.^1 The resulting increase has been absorbed "
    "within the other objects of expenditure, so that the total of the Administrative Part of the "
    "Budget for 2012 remains at CHF 39,388,000. In addition, the estimates for the Operational Part "
    "of the Budget and for Miscellaneous Income have been updated to take account of new funding "
    "confirmed in October 2011 and of an unearmarked contribution announced after the document was "
    "finalized. A citation error has also been corrected."
)

TEXT_2 = "Document MC/2318 should accordingly be corrected as follows:"

TEXT_3 = (
    "The corrected figures will be carried forward into the Revision of the Programme and Budget "
    "for 2012, which will be submitted to the Standing Committee on Programmes and Finance at its "
    "Tenth Session.^3"
)

PARA_3_FOR = (
    "These savings have been achieved mainly through the freezing of three vacant Professional "
    "posts at Headquarters and a reduction in the budget for general office expenses of CHF 95,000."
)
PARA_3_READ = (
    "These savings have been achieved mainly through the freezing of three vacant Professional "
    "posts at Headquarters, a reduction in the budget for general office expenses of CHF 248,000 "
    "and a reduction in contractual services of CHF 72,000."
)

PARA_24 = (
    "The Operational Part of the Budget for 2012 is estimated at USD 639.6 million, compared with "
    "USD 618.2 million in the Programme and Budget for 2011 (MC/2292). This estimate reflects only "
    "those activities for which funding is reasonably assured at the time of preparation of this "
    "document; as in previous years, the Operational Part of the Budget is expected to increase "
    "significantly during the year as new projects are funded. Discretionary Income for 2012 is "
    "estimated at USD 46.5 million, of which USD 28.0 million is Project-related overhead and "
    "USD 18.5 million is Miscellaneous Income, as detailed in Part III of this document."
)

TABLE_2_CAPTION = "Table 2 \u2013 Administrative Part of the Budget by object of expenditure"
TABLE_2_HEAD = [["Object of expenditure"], ["2011", "approved", "budget (CHF)"],
                ["2012", "estimates", "(CHF)"], ["Increase/", "(decrease)", "(CHF)"]]
TABLE_2_ROWS = [
    ("Staff salaries and benefits", ["30,771,000", "31,283,000", "512,000"]),
    ("Travel and representation", ["1,246,000", "1,198,000", "(48,000)"]),
    ("General office expenses", ["3,402,000", "3,154,000", "(248,000)"]),
    ("Communications", ["1,120,000", "1,072,000", "(48,000)"]),
    ("Contractual services", ["1,349,000", "1,277,000", "(72,000)"]),
    ("Governing bodies meetings", ["1,500,000", "1,404,000", "(96,000)"]),
    ("Total", ["39,388,000", "39,388,000", "\u2013"]),
]

TABLE_8_HEAD = [["Region"], ["Staff costs", "(USD)"], ["Office costs", "(USD)"], ["Total", "(USD)"]]
TABLE_8_ROWS = [
    ("Middle East and North Africa", ["14,862,300", "5,114,700", "19,977,000"]),
    ("Total", ["198,640,500", "74,215,900", "272,856,400"]),
]

IND = LM + 36      # text of the corrections
IND2 = IND + 36    # For / read texts, quoted paragraph text


def location(num, text, footnotes=()):
    """Numbered correction: hanging number, underlined location line."""
    return text_block(text, IND, label=num, label_x=LM, underline=True, justify=False,
                      footnotes=footnotes, space_before=0)


def body_blocks():
    out = []
    out.append(text_block(TEXT_1, LM, first_x=LM, footnotes=["1"], space_before=18))
    out.append(text_block(TEXT_2, LM, space_before=9))

    # 1
    out.append(group([
        location("1.", "Page 1, paragraph 3, third line"),
        text_block("{i}For{/i} \u201cUSD 636.4 million\u201d {i}read{/i} \u201cUSD 639.6 million\u201d.",
                   IND, space_before=4, justify=False),
    ], space_before=12))
    # 2
    out.append(group([
        location("2.", "Page 3, paragraph 7, fourth line"),
        text_block("{i}For{/i} \u201can increase in staff costs of CHF 287,000\u201d {i}read{/i} "
                   "\u201can increase in staff costs of CHF 512,000\u201d.", IND, space_before=4,
                   justify=False),
    ], space_before=12))
    # 3
    out.append(group([
        location("3.", "Page 4, paragraph 12, second sentence"),
        text_block(PARA_3_FOR, IND2, label="For", label_x=IND, space_before=4),
        text_block(PARA_3_READ, IND2, label="read", label_x=IND, space_before=6),
    ], space_before=12))
    # 4  (footnote 2)
    out.append(group([
        location("4.", "Page 5, paragraph 16, last line"),
        text_block("{i}For{/i} \u201cResolution No. 1199 of 1 December 2010\u201d {i}read{/i} "
                   "\u201cResolution No. 1202 of 1 December 2010\u201d.^2", IND, space_before=4,
                   justify=False, footnotes=["2"]),
    ], space_before=12))
    # 5  correction to a footnote of the original
    out.append(group([
        location("5.", "Page 6, footnote 4"),
        text_block("{i}For{/i} \u201cdocument MC/INF/298\u201d {i}read{/i} \u201cdocument MC/INF/302\u201d.",
                   IND, space_before=4, justify=False),
    ], space_before=12))
    # 6  replaced paragraph printed in full
    out.append(group([
        location("6.", "Page 7, paragraph 24"),
        text_block("The paragraph should read:", IND, space_before=4, justify=False),
        text_block(PARA_24, IND2, label="24.", label_x=IND, space_before=7),
    ], space_before=12))
    # 7  replaced table
    out.append(group([
        location("7.", "Page 12, Table 2"),
        text_block("Replace the existing table by the following:", IND, space_before=4, justify=False),
        table_block(TABLE_2_CAPTION, TABLE_2_HEAD, TABLE_2_ROWS, [345, 425, RM - 4], IND,
                    total_rows=("Total",), space_before=10),
    ], space_before=12))
    # 8  replaced rows of figures
    out.append(group([
        location("8.", "Page 21, Table 8"),
        text_block("The figures in the rows for \u201cMiddle East and North Africa\u201d and "
                   "\u201cTotal\u201d should read as follows:", IND, space_before=4),
        table_block(None, TABLE_8_HEAD, TABLE_8_ROWS, [355, 435, RM - 4], IND,
                    total_rows=("Total",), space_before=10),
    ], space_before=12))
    # 9
    out.append(group([
        location("9.", "Page 23, paragraph 63, second line"),
        text_block("{i}For{/i} \u201ceight field offices in the region\u201d {i}read{/i} \u201cnine field "
                   "offices in the region, including the new office in Tripoli\u201d.", IND,
                   space_before=4, justify=False),
    ], space_before=12))
    # 10  deletion
    out.append(group([
        location("10.", "Page 26, paragraph 71, last sentence"),
        text_block("Delete the sentence \u201cThe cost of this post will continue to be met from "
                   "Discretionary Income.\u201d", IND, space_before=4),
    ], space_before=12))
    # 11  items
    out.append(group([
        location("11.", "Page 33, Annex II, paragraph 2"),
        text_block("in the second line, {i}for{/i} \u201cUSD 45.9 million\u201d {i}read{/i} "
                   "\u201cUSD 46.5 million\u201d;", IND2, label="(a)", label_x=IND, space_before=4,
                   justify=False),
        text_block("in the fourth line, {i}for{/i} \u201cUSD 17.9 million\u201d {i}read{/i} "
                   "\u201cUSD 18.5 million\u201d.", IND2, label="(b)", label_x=IND, space_before=4,
                   justify=False),
    ], space_before=12))
    out.append(text_block(TEXT_3, LM, footnotes=["3"], space_before=14))
    return out


# --------------------------------------------------------------------------------------------
# Page furniture
# --------------------------------------------------------------------------------------------
def first_page_header(c):
    y = TOP
    c.setFont(FONTS["b"], 11)
    c.drawString(LM, y, "COUNCIL")
    c.drawRightString(RM, y, SYMBOL)
    y -= 14
    c.drawString(LM, y, "100TH SESSION")
    c.setFont(FONTS["n"], 11)
    c.drawRightString(RM, y, "Original: English")
    y -= 14
    c.drawRightString(RM, y, "26 October 2011")
    y -= 10
    c.setLineWidth(0.8)
    c.line(LM, y, RM, y)
    y -= 34
    c.setFont(FONTS["b"], 12)
    c.drawCentredString(PAGE_W / 2, y, "PROGRAMME AND BUDGET FOR 2012")
    y -= 20
    c.setFont(FONTS["b"], 12)
    c.drawCentredString(PAGE_W / 2, y, "Corrigendum")
    return y - 6


def later_page_header(c, n):
    c.setFont(FONTS["n"], 10)
    c.drawRightString(RM, TOP + 12, SYMBOL)
    c.drawRightString(RM, TOP, "Page %d" % n)
    return TOP - 26


def footnote_blocks(nums):
    out = []
    for n in nums:
        b = text_block(FOOTNOTES[n], LM + 12, first_x=LM + 12, size=FN_FS, lead=FN_LEAD,
                       space_before=2)
        out.append((n, b))
    return out


def draw_footnotes(c, nums):
    fbs = footnote_blocks(nums)
    total = sum(b.height + b.space_before for _, b in fbs)
    y = BOTTOM + total
    c.setLineWidth(0.5)
    c.line(LM, y + 6, LM + 144, y + 6)
    for n, b in fbs:
        y -= b.space_before
        c.setFont(FONTS["n"], FN_FS * 0.64)
        c.drawString(LM + 2, y - FN_FS + FN_FS * 0.36, n)
        b.draw(c, y)
        y -= b.height


def fn_height(nums):
    if not nums:
        return 0.0
    return 14 + sum(b.height + b.space_before for _, b in footnote_blocks(nums))


def build(path):
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle("MC/2318/Corr.1 - Programme and Budget for 2012 - Corrigendum")
    c.setAuthor("International Organization for Migration")
    page = 1
    y = first_page_header(c)
    page_fns = []
    for b in body_blocks():
        need = b.space_before + b.height
        fns = page_fns + b.footnotes
        if y - need < BOTTOM + fn_height(fns):
            if page_fns:
                draw_footnotes(c, page_fns)
            c.showPage()
            page += 1
            y = later_page_header(c, page)
            page_fns = []
            y -= 0  # no space before the first block on a page
            b.draw(c, y)
            y -= b.height
        else:
            y -= b.space_before
            b.draw(c, y)
            y -= b.height
        page_fns += b.footnotes
    if page_fns:
        draw_footnotes(c, page_fns)
    c.showPage()
    c.save()
    return page


if __name__ == "__main__":
    n = build("corrigendum-2011.pdf")
    print("pages:", n)
