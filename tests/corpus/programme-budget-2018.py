# Lays out C/109/6, Programme and Budget for 2019 (IOM Council, 109th Session), with reportlab's canvas.
import re
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = "programme-budget-2018.pdf"
SYMBOL = "C/109/6"
W, H = A4
LM, RM = 66, W - 64          # left / right margin
TW = RM - LM
TOP = H - 88                 # first body line on pages with running header
BOTTOM = 62
FONT, BOLD, ITAL, BI = "Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic"
SIZE, LEAD = 10, 12.1
FN_SIZE, FN_LEAD = 9, 10.6
NUM_INDENT = 36              # hanging numbers: text starts here
ITEM_LABEL, ITEM_TEXT = 36, 64

# ---------------------------------------------------------------- footnotes
FOOTNOTES = {
    "1": "Revised figures will be presented in the summary update on the Programme and Budget for 2019, "
         "to be submitted to the Standing Committee at its Twenty-fourth Session in June 2019.",
    "2": "The global compact was initiated by the New York Declaration for Refugees and Migrants, adopted by "
         "the United Nations General Assembly in resolution 71/1 of 19 September 2016.",
    "3": "Step increments, changes in the post adjustment for Geneva and changes in the rates of contribution "
         "to the United Nations Joint Staff Pension Fund.",
    "4": "Positions in the Manila and Panama Administrative Centres are included in the Headquarters structure, "
         "in accordance with the presentation used since the Programme and Budget for 2017 (C/107/6).",
    "5": "Funding for these operations depends largely on the humanitarian appeals for 2019; the figures will "
         "be updated in the summary update mentioned in footnote 1.",
    "6": "The Fund, formerly known as the 1035 Facility, was established pursuant to Resolution No. 1035 of "
         "29 November 2000. Line 1 of the Fund is financed from Operational Support Income and Line 2 from the "
         "unearmarked contributions of Member States.",
}

# ---------------------------------------------------------------- tables
T1 = dict(
    caption="Table 1: Programme and Budget for 2019 \u2013 summary by part",
    label_w=190,
    cols=[(["2018", "(S/22/4)"], 86), (["2019", "estimates"], 86), (["Increase/", "(decrease)"], 84)],
    head_label=[""],
    rows=[
        ("Part I \u2013 Administration (CHF)", ["51,388,040", "52,242,614", "854,574"], ""),
        ("Part I \u2013 Administration (USD equivalent)", ["52,977,361", "53,858,365", "881,004"], ""),
        ("Part II \u2013 Operations (USD)", ["1,428,559,617", "1,512,736,428", "84,176,811"], ""),
        ("Total (USD)", ["1,481,536,978", "1,566,594,793", "85,057,815"], "total"),
    ],
)
T2 = dict(
    caption="Table 2: Core staff positions by category",
    label_w=130,
    cols=[(["Administrative", "Part of the", "Budget"], 82), (["Operational", "Support", "Income"], 82),
          (["Total", "2019"], 78), (["Total", "2018"], 78)],
    head_label=["Category"],
    rows=[
        ("Ungraded", ["2", "\u2013", "2", "2"], ""),
        ("D-2", ["6", "2", "8", "8"], ""),
        ("D-1", ["14", "9", "23", "22"], ""),
        ("P-5", ["38", "21", "59", "57"], ""),
        ("P-4", ["52", "40", "92", "88"], ""),
        ("P-3", ["47", "58", "105", "100"], ""),
        ("P-2 and P-1", ["21", "30", "51", "49"], ""),
        ("General Service", ["134", "281", "415", "405"], ""),
        ("Total", ["314", "441", "755", "731"], "total"),
    ],
)
T3 = dict(
    caption="Table 3: Operational Part of the Budget by region and service area",
    contd="Table 3 (cont\u2019d)",
    label_w=140,
    cols=[(["Movement,", "emergency and", "post-crisis"], 80), (["Migration", "health"], 72),
          (["Other service", "areas"], 76), (["Total", "2019"], 86)],
    head_label=["Region"],
    rows=[
        ("Asia and the Pacific", ["181,386,997", "28,148,118", "103,205,448", "312,740,563"], ""),
        ("Central America, North America and the Caribbean",
         ["39,677,048", "11,610,212", "45,496,294", "96,783,554"], ""),
        ("East and Horn of Africa", ["80,332,322", "18,135,245", "31,094,600", "129,562,167"], ""),
        ("European Economic Area", ["96,206,240", "22,511,239", "85,966,973", "204,684,452"], ""),
        ("Middle East and North Africa", ["260,726,384", "24,999,359", "71,429,150", "357,154,893"], ""),
        ("South America", ["22,983,131", "2,949,119", "33,008,067", "58,940,317"], ""),
        ("South-Eastern Europe, Eastern Europe and Central Asia",
         ["24,066,174", "5,834,101", "43,039,210", "72,939,485"], ""),
        ("Southern Africa", ["8,934,941", "9,889,751", "13,071,427", "31,896,119"], ""),
        ("West and Central Africa", ["52,215,975", "11,863,326", "54,583,680", "118,662,981"], ""),
        ("Global support and services", ["28,463,051", "7,761,536", "93,147,310", "129,371,897"], ""),
        ("Total", ["794,992,263", "143,702,006", "574,042,159", "1,512,736,428"], "total"),
    ],
    note="Other service areas: migration and development; regulating migration; facilitating migration; "
         "migration policy, research and communications; and land, property and reparation programmes.",
)

# ---------------------------------------------------------------- body
BODY = [
    ("h1", "I.", "INTRODUCTION"),
    ("p", "1", "The Programme and Budget for 2019 is presented to the Standing Committee on Programmes and "
     "Finance for review and to the Council for approval. It follows the format of the Programme and Budget "
     "for 2018 (C/108/6), approved by the Council through Resolution No. 1357 of 28 November 2017, and takes "
     "into account the comments made by Member States in the informal consultations of September 2018."),
    ("p", "2", "As in previous years, the budget comprises two parts: the Administrative Part of the Budget, "
     "funded by the assessed contributions of Member States and expressed in Swiss francs, and the Operational "
     "Part of the Budget, funded by voluntary contributions and expressed in US dollars. The Operational Part "
     "of the Budget includes only activities for which funding is reasonably assured; it will be revised "
     "during the year as new projects are funded.^1"),
    ("p", "3", "The Programme and Budget continues to be guided by the Migration Governance Framework "
     "(C/106/40), welcomed by the Council in Resolution No. 1310 of 24 November 2015, and by the "
     "Agreement with the United Nations approved by the Council in Resolution No. 1317 of 30 June 2016. In "
     "2019 the Organization will also support Member States in implementing the global compact for safe, "
     "orderly and regular migration, to be adopted in Marrakech on 10 and 11 December 2018.^2"),
    ("p", "4", "The main features of the Programme and Budget for 2019 are the following:"),
    ("i", "(a)", "the Administrative Part of the Budget remains at zero nominal growth; the increase of "
     "CHF 854,574 corresponds solely to the assessed contributions of new Member States, in line with the "
     "recommendations of the Working Group on Budget Reform (S/21/12);"),
    ("i", "(b)", "the Operational Part of the Budget is estimated at USD 1,512.7 million, USD 84.2 million more "
     "than in the summary update on the Programme and Budget for 2018 (S/22/4);"),
    ("i", "(c)", "Operational Support Income is budgeted at USD 112 million, compared with USD 107.5 million "
     "in 2018; and"),
    ("i", "(d)", "the number of core staff positions increases from 731 to 755, all of the new positions being "
     "funded from Operational Support Income."),
    ("p", "5", "The assessed contributions of Member States for 2019 are calculated on the basis of the "
     "scale of assessment for 2019 (S/23/5)."),
    ("h1", "II.", "BUDGET OVERVIEW"),
    ("p", "6", "Table 1 gives a summary of the budget for 2019 by part, compared with the figures for 2018 as "
     "presented in the summary update (S/22/4). For the total, the Administrative Part of the Budget has "
     "been converted into US dollars at the budgeted rate of CHF 0.97 to USD 1.00, as in 2018."),
    ("t", T1),
    ("p", "7", "The Operational Part of the Budget thus accounts for 96.6 per cent of the total resources "
     "expected to be available to the Organization in 2019, which reflects once more the projectized nature "
     "of IOM\u2019s funding."),
    ("h1", "III.", "PART I \u2013 ADMINISTRATION (in Swiss francs)"),
    ("h2", "A.", "Administrative Part of the Budget"),
    ("p", "8", "The Administrative Part of the Budget for 2019 is proposed at CHF 52,242,614. It funds the "
     "core structure of the Organization at Headquarters and in the Regional Offices, and the costs of the "
     "governing bodies. The 2018 level of CHF 51,388,040 has been maintained, and the assessed "
     "contributions of the Member States admitted at the 108th Session of the Council have been added to it."),
    ("p", "9", "Statutory increases in staff costs,^3 estimated at CHF 712,000, will again be absorbed within "
     "the budget level through savings in non-staff costs and the transfer of further functions to the "
     "Manila and Panama Administrative Centres. As the Administration has pointed out in the Working Group "
     "on Budget Reform, such absorption is not sustainable in the long term."),
    ("h2", "B.", "Staff positions"),
    ("p", "10", "Table 2 shows the core staff positions for 2019 by category and by source of funding, with "
     "the total for 2018 for comparison."),
    ("t", T2),
    ("p", "11", "The 24 additional positions are all funded from Operational Support Income. Fifteen of them "
     "are in the Regional Offices, to strengthen project oversight and support to country offices, and nine "
     "are in the Administrative Centres.^4"),
    ("h1", "IV.", "PART II \u2013 OPERATIONS (in US dollars)"),
    ("h2", "A.", "Distribution by region"),
    ("p", "12", "Table 3 shows the Operational Part of the Budget for 2019 by region and by main service area."),
    ("t", T3),
    ("p", "13", "The largest shares of the budget are again in the Middle East and North Africa and in Asia "
     "and the Pacific, where the response to the crises in the Syrian Arab Republic and Yemen and in "
     "Cox\u2019s Bazar, Bangladesh, continues.^5 The budget for the European Economic Area includes the "
     "resettlement and relocation programmes funded by the European Union. Projects implemented in more "
     "than one region and global activities are shown under \u201cGlobal support and services\u201d."),
    ("h2", "B.", "Operational Support Income"),
    ("p", "14", "Operational Support Income (OSI), which derives from the overhead charged on projects, is "
     "estimated at USD 112,000,000 for 2019. In accordance with the criteria for the use of OSI agreed by "
     "Member States, it will be allocated as follows:"),
    ("b", "\u2022", "USD 78.4 million to core staff and office costs in the field and at Headquarters not "
     "covered by the Administrative Part of the Budget;"),
    ("b", "\u2022", "USD 21.1 million to the Staff Security Mechanism and to the information technology "
     "infrastructure; and"),
    ("b", "\u2022", "USD 12.5 million to Line 1 of the IOM Development Fund.^6"),
    ("h1", "V.", "CONCLUSION"),
    ("p", "15", "The Standing Committee on Programmes and Finance is invited to take note of the Programme "
     "and Budget for 2019 and to recommend it to the Council for approval."),
    ("p", "16", "The Council is invited to approve the Programme and Budget for 2019 by adopting the draft "
     "resolution contained in document C/109/L/4."),
]

CONTENTS = [
    ("I.", "INTRODUCTION", "1", 0),
    ("II.", "BUDGET OVERVIEW", "1", 0),
    ("III.", "PART I \u2013 ADMINISTRATION (in Swiss francs)", "2", 0),
    ("A.", "Administrative Part of the Budget", "2", 1),
    ("B.", "Staff positions", "2", 1),
    ("IV.", "PART II \u2013 OPERATIONS (in US dollars)", "2", 0),
    ("A.", "Distribution by region", "2", 1),
    ("B.", "Operational Support Income", "3", 1),
    ("V.", "CONCLUSION", "3", 0),
]

COVER_NOTE = ("This document is submitted to the Standing Committee on Programmes and Finance at its "
              "Twenty-third Session, to be held on 30 and 31 October 2018, for review, and to the Council "
              "at its 109th Session, to be held from 26 to 29 November 2018, for approval.")


# ---------------------------------------------------------------- text machinery
MARK = re.compile(r"\^(\d+)")


def word_parts(word):
    """Split a word into (text, is_marker) parts."""
    parts, pos = [], 0
    for m in MARK.finditer(word):
        if m.start() > pos:
            parts.append((word[pos:m.start()], False))
        parts.append((m.group(1), True))
        pos = m.end()
    if pos < len(word):
        parts.append((word[pos:], False))
    return parts


def word_width(word, font, size):
    w = 0
    for t, mk in word_parts(word):
        w += stringWidth(t, font, size * 0.62 if mk else size)
    return w


def wrap(text, width, font, size, first_width=None):
    words = text.split()
    lines, cur, cur_w = [], [], 0
    sp = stringWidth(" ", font, size)
    limit = first_width if first_width else width
    for wd in words:
        ww = word_width(wd, font, size)
        if cur and cur_w + sp + ww > limit:
            lines.append(cur)
            cur, cur_w = [wd], ww
            limit = width
        else:
            cur_w = cur_w + sp + ww if cur else ww
            cur.append(wd)
    if cur:
        lines.append(cur)
    return lines


def draw_words(c, words, x, y, width, font, size, justify):
    sp = stringWidth(" ", font, size)
    widths = [word_width(w, font, size) for w in words]
    gap = sp
    if justify and len(words) > 1:
        gap = (width - sum(widths)) / (len(words) - 1)
    for w, ww in zip(words, widths):
        xx = x
        for t, mk in word_parts(w):
            if mk:
                c.setFont(font, size * 0.62)
                c.drawString(xx, y + size * 0.38, t)
                xx += stringWidth(t, font, size * 0.62)
            else:
                c.setFont(font, size)
                c.drawString(xx, y, t)
                xx += stringWidth(t, font, size)
        x += ww + gap


def markers_in(words):
    out = []
    for w in words:
        out += MARK.findall(w)
    return out


# ---------------------------------------------------------------- page machinery
class Doc:
    def __init__(self):
        self.c = canvas.Canvas(OUT, pagesize=A4)
        self.c.setTitle("Programme and Budget for 2019")
        self.c.setAuthor("International Organization for Migration")
        self.page_label = 0
        self.fns = []          # footnote numbers on the current page
        self.y = None

    # footnote block height
    def fn_height(self, nums):
        if not nums:
            return 0
        h = 16
        for n in nums:
            h += len(wrap(FOOTNOTES[n], TW - 14, FONT, FN_SIZE)) * FN_LEAD + 2
        return h

    def floor(self, extra=()):
        return BOTTOM + self.fn_height(self.fns + list(extra))

    def new_page(self):
        self.finish_page()
        self.c.showPage()
        self.page_label += 1
        c = self.c
        c.setFont(FONT, 10)
        c.drawRightString(RM, H - 50, SYMBOL)
        c.drawRightString(RM, H - 62, "Page %d" % self.page_label)
        self.y = TOP

    def finish_page(self):
        if not self.fns:
            return
        c = self.c
        h = self.fn_height(self.fns)
        y = BOTTOM + h - 6
        c.setLineWidth(0.5)
        c.line(LM, y, LM + 130, y)
        y -= 14
        for n in self.fns:
            lines = wrap(FOOTNOTES[n], TW - 14, FONT, FN_SIZE)
            c.setFont(FONT, FN_SIZE * 0.7)
            c.drawString(LM, y + 3, n)
            for k, ln in enumerate(lines):
                draw_words(c, ln, LM + 14, y, TW - 14, FONT, FN_SIZE, k < len(lines) - 1)
                y -= FN_LEAD
            y -= 2
        self.fns = []

    def need(self, h, extra=()):
        if self.y - h < self.floor(extra):
            self.new_page()

    def line(self, words, x, width, justify, font=FONT, size=SIZE, label=None, label_x=None):
        mks = markers_in(words)
        self.need(LEAD, mks)
        if label:
            self.c.setFont(font, size)
            self.c.drawString(label_x, self.y - size, label)
        draw_words(self.c, words, x, self.y - size, width, font, size, justify)
        self.fns += mks
        self.y -= LEAD

    def block(self, text, x, label=None, label_x=LM, space_before=9):
        width = RM - x
        lines = wrap(text, width, FONT, SIZE)
        # keep at least two lines together at the top of a block
        if self.y - space_before - 2 * LEAD < self.floor(markers_in(sum(lines[:2], []))):
            self.new_page()
        else:
            self.y -= space_before
        for k, ln in enumerate(lines):
            self.line(ln, x, width, k < len(lines) - 1, label=label if k == 0 else None, label_x=label_x)

    def heading(self, num, text, level):
        font = BOLD if level == 1 else BI
        before = 16 if level == 1 else 10
        # a heading must not be stranded at the foot of a page
        if self.y - before - LEAD * 4 < self.floor():
            self.new_page()
        else:
            self.y -= before
        c = self.c
        c.setFont(font, SIZE)
        c.drawString(LM, self.y - SIZE, num)
        c.drawString(LM + NUM_INDENT, self.y - SIZE, text)
        self.y -= LEAD + 1

    # ------------------------------------------------------------ tables
    def table(self, t):
        size, lead = 9, 11.4
        cols = t["cols"]
        x0 = LM + 8
        label_w = t["label_w"]
        total_w = label_w + sum(w for _, w in cols)
        nhead = max(len(h) for h, _ in cols)
        head_h = nhead * 11 + 8

        def draw_head(caption):
            c = self.c
            c.setFont(BOLD, 10)
            c.drawString(LM, self.y - 10, caption)
            self.y -= 16
            c.setLineWidth(0.6)
            c.line(x0, self.y, x0 + total_w, self.y)
            top = self.y - 3
            x = x0 + label_w
            for head, w in cols:
                off = nhead - len(head)
                for k, hl in enumerate(head):
                    c.setFont(BOLD, 9)
                    c.drawRightString(x + w - 2, top - 9 - (off + k) * 11, hl)
                x += w
            for k, hl in enumerate(t["head_label"]):
                c.setFont(BOLD, 9)
                c.drawString(x0 + 2, top - 9 - (nhead - 1) * 11, hl)
            self.y -= head_h
            c.line(x0, self.y, x0 + total_w, self.y)
            self.y -= 3

        self.y -= 10
        keep = len(t["rows"]) if len(t["rows"]) <= 6 else 2
        if self.y - (16 + head_h + 3 + keep * lead) < self.floor():
            self.new_page()
        draw_head(t["caption"])
        for label, vals, style in t["rows"]:
            lab_lines = wrap(label, label_w - 8, FONT, size)
            h = len(lab_lines) * lead + (4 if style == "total" else 0)
            if self.y - h < self.floor() + 4:
                c = self.c
                c.setLineWidth(0.6)
                c.line(x0, self.y, x0 + total_w, self.y)
                self.new_page()
                draw_head(t.get("contd", t["caption"]))
            c = self.c
            font = BOLD if style == "total" else FONT
            if style == "total":
                c.setLineWidth(0.4)
                c.line(x0 + label_w, self.y - 1, x0 + total_w, self.y - 1)
                self.y -= 4
            for k, ln in enumerate(lab_lines):
                c.setFont(font, size)
                c.drawString(x0 + 2 + (8 if k else 0), self.y - size, " ".join(ln))
                if k < len(lab_lines) - 1:
                    self.y -= lead
            x = x0 + label_w
            for v, (_, w) in zip(vals, cols):
                c.setFont(font, size)
                c.drawRightString(x + w - 2, self.y - size, v)
                x += w
            self.y -= lead
        c = self.c
        c.setLineWidth(0.6)
        c.line(x0, self.y - 2, x0 + total_w, self.y - 2)
        self.y -= 4
        if t.get("note"):
            lines = wrap(t["note"], total_w, ITAL, 8.5)
            self.y -= 3
            for ln in lines:
                self.need(10.5)
                c = self.c
                c.setFont(ITAL, 8.5)
                c.drawString(x0, self.y - 8.5, " ".join(ln))
                self.y -= 10.5
        self.y -= 2


def cover(d):
    c = d.c
    # header block, right
    c.setFont(BOLD, 11)
    bx = RM - 118
    c.drawString(bx, H - 62, SYMBOL)
    c.setFont(FONT, 11)
    c.drawString(bx, H - 76, "Original: English")
    c.drawString(bx, H - 90, "9 October 2018")
    # organ and session, left
    c.setFont(BOLD, 12)
    c.drawString(LM, H - 150, "COUNCIL")
    c.setFont(FONT, 12)
    c.drawString(LM, H - 165, "109th Session")
    # title
    c.setFont(BOLD, 14)
    c.drawCentredString(W / 2, H - 250, "PROGRAMME AND BUDGET FOR 2019")
    # contents
    y = H - 330
    c.setFont(BOLD, 11)
    c.drawCentredString(W / 2, y, "TABLE OF CONTENTS")
    y -= 26
    c.setFont(BOLD, 10)
    c.drawRightString(RM, y, "Page")
    y -= 18
    for num, title, page, lvl in CONTENTS:
        x = LM + (NUM_INDENT if lvl else 0)
        c.setFont(FONT, 11)
        c.drawString(x, y, num)
        c.drawString(x + (24 if lvl else NUM_INDENT), y, title)
        tx = x + (24 if lvl else NUM_INDENT) + stringWidth(title, FONT, 11) + 4
        dots = ""
        while stringWidth(dots + ". ", FONT, 11) < RM - 16 - tx:
            dots += ". "
        c.drawRightString(RM - 16, y, dots.strip())
        c.drawRightString(RM, y, page)
        y -= 17 if lvl == 0 else 15
    # cover note at the foot
    lines = wrap(COVER_NOTE, TW, FONT, 10)
    y = BOTTOM + len(lines) * 12 + 10
    c.setLineWidth(0.5)
    c.line(LM, y, LM + 130, y)
    y -= 14
    for k, ln in enumerate(lines):
        draw_words(c, ln, LM, y, TW, FONT, 10, k < len(lines) - 1)
        y -= 12


def main():
    d = Doc()
    cover(d)
    d.new_page()
    first = True
    for el in BODY:
        kind = el[0]
        if kind == "h1":
            if first:
                d.y += 16 - 6
                first = False
            d.heading(el[1], el[2], 1)
        elif kind == "h2":
            d.heading(el[1], el[2], 2)
        elif kind == "p":
            d.block(el[2], LM + NUM_INDENT, label=el[1] + ".", label_x=LM)
        elif kind == "i":
            d.block(el[2], LM + ITEM_TEXT, label=el[1], label_x=LM + ITEM_LABEL, space_before=5)
        elif kind == "b":
            d.block(el[2], LM + ITEM_TEXT, label=el[1], label_x=LM + ITEM_LABEL + 8, space_before=4)
        elif kind == "t":
            d.table(el[1])
    d.finish_page()
    d.c.showPage()
    d.c.save()


if __name__ == "__main__":
    main()
