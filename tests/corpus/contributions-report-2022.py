# -*- coding: utf-8 -*-
"""Draws contributions-report-2022.pdf: an SCPF status report on outstanding
contributions (S/30/5, 2022), laid out as IOM prints such papers, with reportlab."""
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = "contributions-report-2022.pdf"
SYMBOL = "S/30/5"
W, H = A4
LM, RM = 64.0, W - 64.0
TOP, BOTTOM = H - 62.0, 56.0
FONT, BOLD, ITAL = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
SIZE, LEAD = 10.5, 12.6
FN_SIZE, FN_LEAD = 8.5, 10.4
SUP_SIZE, SUP_RISE = 6.5, 3.6
INDENT = 36.0

# Member States with arrears (2018 and prior, 2019, 2020, 2021); '-' paid in full, '' not a Member
ROWS = [
    ('Afghanistan', '-', '-', '-', 21962),
    ('Antigua and Barbuda', 6473, 2616, 2537, 2636),
    ('Argentina', '-', '-', '-', 349771),
    ('Bolivia (Plurinational State of)', '-', '-', 6925, 12176),
    ('Burundi', 5677, 2673, 2631, 2654),
    ('Cabo Verde', '-', '-', '-', 2543),
    ('Central African Republic', 16825, 2534, 2535, 2557),
    ('Chad', 29013, 3778, '-', '-'),
    ('Comoros', '-', '-', 1512, 2619),
    ('Congo', '-', '-', 1862, 8056),
    ('Democratic Republic of the Congo', 53829, 10583, '-', '-'),
    ('Djibouti', '-', '-', '-', 2558),
    ('Dominica', 13870, 2643, 2671, 2664),
    ('Gambia', '-', '-', '-', 2659),
    ('Grenada', 5906, 2537, 2623, 2606),
    ('Guinea-Bissau', 8300, 2547, 2575, 2533),
    ('Haiti', '-', '-', 2206, 7616),
    ('Iraq', '-', '-', '-', 83660),
    ('Kiribati', '', '', '-', 2641),
    ('Kyrgyzstan', 23534, 3581, '-', '-'),
    ('Lebanon', '-', '-', 39573, 61899),
    ('Liberia', 10498, 2540, 2646, 2666),
    ('Libya', '-', '-', '-', 61122),
    ('Madagascar', '-', '-', '-', 7912),
    ('Mali', '-', '-', '-', 10134),
    ('Marshall Islands', 15301, 2572, 2605, 2646),
    ('Mauritania', '-', '-', '-', 5178),
    ('Micronesia (Federated States of)', '-', '-', 1156, 2534),
    ('Mozambique', '-', '-', '-', 10128),
    ('Nauru', '-', '-', '-', 2662),
    ('Nicaragua', '-', '-', 4106, 7877),
    ('Niger', '-', '-', '-', 7804),
    ('Palau', '-', '-', '-', 2660),
    ('Paraguay', '-', '-', '-', 26635),
    ('Saint Kitts and Nevis', '', '-', 1054, 2664),
    ('Saint Lucia', '-', '-', '-', 2592),
    ('Sao Tome and Principe', 7159, 2532, 2561, 2688),
    ('Sierra Leone', '-', '-', '-', 2554),
    ('Solomon Islands', '-', '-', 1213, 2547),
    ('Somalia', 6076, 2648, 2665, 2672),
    ('South Sudan', 47248, 7912, 7833, 7981),
    ('Sudan', '-', '-', 5348, 20347),
    ('Suriname', 31203, 4615, '-', '-'),
    ('Tajikistan', '-', '-', '-', 10376),
    ('Togo', '-', '-', '-', 5222),
    ('Uganda', '-', '-', '-', 21107),
    ('Vanuatu', 7237, 2613, 2680, 2675),
    ('Venezuela (Bolivarian Republic of)', 1785432, 477421, 461865, 481457),
    ('Yemen', 120976, 20667, 20832, 20776),
    ('Zambia', '-', '-', '-', 18197),
    ('Zimbabwe', '-', '-', 8340, 13114),
]
PLAN = {"Chad", "Democratic Republic of the Congo", "Kyrgyzstan", "Suriname"}

# ---------------------------------------------------------------- body text
# Blocks: ("title", [lines]) ; ("h", text) ; ("p", num, text) ; ("item", label, text)
# A footnote marker is written ^n right after the word (or punctuation) it follows.
FOOTNOTES = {
    "1": "See the Programme and Budget for 2022 (C/112/6). The scale of assessment applied to the "
         "Administrative Part of the Budget for 2022 is set out in Annex I of that document.",
    "2": "The figures in the Annex do not reflect payments received after 30 April 2022. Final figures "
         "for 2021 are given in the Financial Report for the year ended 31 December 2021 (C/113/3).",
    "3": "Under Article 4 of the Constitution, a Member State that fails to meet its financial obligations "
         "to the Organization for two consecutive financial years has no vote in the Council or the "
         "Standing Committee.",
    "4": "The Comoros paid CHF 5,240 on 19 January 2022 and Solomon Islands CHF 5,095 on 22 March 2022, "
         "settling their contributions for 2019 in full and for 2020 in part.",
}

BODY = [
    ("title", ["STATUS REPORT ON OUTSTANDING CONTRIBUTIONS",
               "TO THE ADMINISTRATIVE PART OF THE BUDGET"]),
    ("h", "Introduction"),
    ("p", "1", "This report sets out the status of assessed contributions to the Administrative Part of the "
               "Budget as at 30 April 2022. It brings up to date the information presented to the Standing "
               "Committee on Programmes and Finance at its Twenty-ninth Session (S/29/4) and to the Council "
               "at its 112th Session (C/112/12)."),
    ("p", "2", "The administrative expenditure of the Organization is met from the assessed contributions of "
               "Member States, calculated on the basis of the scale of assessment adopted by the Council. In "
               "accordance with the Financial Regulations, contributions are due in full on 1 January of the "
               "year to which they relate; amounts not received by the end of that year are recorded as "
               "arrears."),
    ("h", "Contributions to the 2022 budget"),
    ("p", "3", "The Administrative Part of the Budget for 2022 was approved by the Council in Resolution "
               "No. 1401 of 1 December 2021 at CHF 62,430,000.^1 As at 30 April 2022, assessed contributions "
               "of CHF 28,917,360, or 46.3 per cent of the total, had been received from 83 Member States, "
               "leaving CHF 33,512,640 to be collected for the current year."),
    ("p", "4", "The Administration is grateful to the 41 Member States that paid their 2022 contributions in "
               "full by 31 March 2022. Early payment spares the Organization from having to draw on its "
               "reserves in the first months of the year, when much of the administrative expenditure on "
               "staff and premises falls due."),
    ("h", "Arrears from 2021 and prior years"),
    ("p", "5", "Outstanding contributions for 2021 and prior years stood at CHF 4,684,860 as at "
               "30 April 2022, down from CHF 6,821,340 at 31 December 2021. Payments of CHF 2,136,480 were "
               "thus received against arrears in the first four months of the year, most of them from Member "
               "States settling the balance of their 2021 contributions. The amounts owed by each Member "
               "State are shown in the Annex.^2"),
    ("p", "6", "Arrears remain highly concentrated. Amounts relating to 2018 and prior years account for "
               "CHF 2,194,557, or 46.8 per cent of the total, and a single Member State accounts for "
               "CHF 3,206,175, or 68.4 per cent. Leaving that Member State aside, arrears amount to "
               "CHF 1,478,685, spread over 50 Member States."),
    ("h", "Payment plans"),
    ("p", "7", "Member States in arrears may agree with the Administration on a plan to settle their "
               "outstanding contributions in instalments, in line with the arrangements endorsed by the "
               "Council in Resolution No. 1241 of 27 November 2012. A payment plan is expected to:"),
    ("item", "(a)", "be concluded in writing between the Member State concerned and the Administration;"),
    ("item", "(b)", "provide for the settlement of all arrears over a period of not more than ten years; and"),
    ("item", "(c)", "commit the Member State to pay its assessed contribution for the current year in full "
                    "and on time."),
    ("p", "8", "A Member State that honours the terms of its plan is not considered to be subject to the "
               "provisions of Article 4 of the Constitution for as long as the plan remains in effect.^3 "
               "Should a Member State fail to pay two consecutive instalments, the plan lapses and its full "
               "arrears are again taken into account for the purposes of that Article."),
    ("p", "9", "Four payment plans were in effect as at 30 April 2022. The Member States concerned, which "
               "are identified by the letter \u201ca\u201d in the Annex, were all meeting their commitments:"),
    ("item", "\u2022", "Chad, under a plan concluded in March 2019 for the settlement of its arrears over "
                       "eight years;"),
    ("item", "\u2022", "Democratic Republic of the Congo, under a plan concluded in October 2018, which runs "
                       "until 2027;"),
    ("item", "\u2022", "Kyrgyzstan, whose plan, agreed in June 2020, provides for five annual instalments; and"),
    ("item", "\u2022", "Suriname, under a plan concluded in November 2021, the first instalment of which was "
                       "received in February 2022."),
    ("p", "10", "Arrears covered by the four plans total CHF 160,136. During the reporting period the "
                "Administration also held discussions with six other Member States with long-standing "
                "arrears, two of which have indicated that they intend to submit a proposal for a plan "
                "before the end of 2022."),
    ("h", "Member States subject to Article 4 of the Constitution"),
    ("p", "11", "As at 30 April 2022, the following 14 Member States had arrears equal to or greater than the "
                "contributions due from them for the two preceding full years (2020 and 2021) and were "
                "therefore subject to Article 4 of the Constitution: Antigua and Barbuda, Burundi, Central "
                "African Republic, Dominica, Grenada, Guinea-Bissau, Liberia, Marshall Islands, Sao Tome and "
                "Principe, Somalia, South Sudan, Vanuatu, Venezuela (Bolivarian Republic of) and Yemen. Their "
                "combined arrears amount to CHF 3,649,903, or 77.9 per cent of the total outstanding for "
                "previous years."),
    ("p", "12", "Compared with the situation reported at the end of 2021, two Member States \u2013 the Comoros "
                "and Solomon Islands \u2013 are no longer subject to Article 4, having made payments in "
                "January and March 2022 respectively.^4 No Member State became subject to Article 4 for the "
                "first time during the period under review."),
    ("p", "13", "The Administration continues to remind Member States of their obligations through the letters "
                "sent at the beginning of each year and in bilateral contacts. In February 2022 the Director "
                "General wrote to the ministers for foreign affairs of all Member States subject to Article 4, "
                "inviting them either to settle their arrears or to contact the Administration with a view to "
                "agreeing on a payment plan."),
    ("h", "Action requested of the Standing Committee"),
    ("p", "14", "The Standing Committee is invited to:"),
    ("item", "(a)", "take note of this report;"),
    ("item", "(b)", "urge Member States with outstanding contributions to pay them in full as soon as possible "
                    "or, where that is not possible, to agree on a payment plan with the Administration; and"),
    ("item", "(c)", "call on all Member States to pay their assessed contributions for 2022 as early in the "
                    "year as they can."),
]


# ---------------------------------------------------------------- helpers
def tokens(text):
    """Split text into (word, marker) pairs; marker is '' or a footnote number."""
    out = []
    for w in text.split():
        if "^" in w:
            base, mk = w.split("^", 1)
            out.append((base, mk))
        else:
            out.append((w, ""))
    return out


def tok_width(tok, font=FONT, size=SIZE):
    base, mk = tok
    wd = stringWidth(base, font, size)
    if mk:
        wd += stringWidth(mk, font, SUP_SIZE)
    return wd


def wrap(toks, widths, font=FONT, size=SIZE):
    """Greedy line breaking; widths[i] is the width available for line i (last value repeats)."""
    lines, cur, cur_w = [], [], 0.0
    space = stringWidth(" ", font, size)
    for t in toks:
        tw = tok_width(t, font, size)
        avail = widths[min(len(lines), len(widths) - 1)]
        need = tw if not cur else cur_w + space + tw
        if cur and need > avail:
            lines.append(cur)
            cur, cur_w = [t], tw
        else:
            cur.append(t)
            cur_w = need
    if cur:
        lines.append(cur)
    return lines


def draw_tokens(c, line, x, y, avail, justify, font=FONT, size=SIZE):
    space = stringWidth(" ", font, size)
    natural = sum(tok_width(t, font, size) for t in line) + space * (len(line) - 1)
    gap = space
    if justify and len(line) > 1:
        gap = space + (avail - natural) / (len(line) - 1)
    for base, mk in line:
        c.setFont(font, size)
        c.drawString(x, y, base)
        x += stringWidth(base, font, size)
        if mk:
            c.setFont(font, SUP_SIZE)
            c.drawString(x, y + SUP_RISE, mk)
            x += stringWidth(mk, font, SUP_SIZE)
        x += gap


def fmt(v):
    if v == "-":
        return "\u2013"
    if v == "":
        return ""
    return "{:,}".format(v)


class Doc:
    def __init__(self):
        self.c = canvas.Canvas(OUT, pagesize=A4)
        self.c.setTitle("S/30/5 - Status report on outstanding contributions to the Administrative Part of the Budget")
        self.c.setAuthor("International Organization for Migration")
        self.page_label = None
        self.annex = False
        self.notes = []          # footnotes waiting for the foot of this page

    # -- page furniture
    def header(self):
        c = self.c
        c.setFont(FONT, 10)
        y = H - 40
        lines = [SYMBOL] + (["Annex"] if self.annex else []) + ["Page %s" % self.page_label]
        for ln in lines:
            c.drawRightString(RM, y, ln)
            y -= 12
        self.y = y - 18

    def notes_height(self, keys):
        if not keys:
            return 0.0
        h = 14.0
        for k in keys:
            n = len(wrap(tokens(FOOTNOTES[k]), [RM - LM - 14], FONT, FN_SIZE))
            h += n * FN_LEAD + 2
        return h

    def draw_notes(self):
        if not self.notes:
            return
        c = self.c
        y = BOTTOM + self.notes_height(self.notes) - 14.0
        c.setLineWidth(0.6)
        c.line(LM, y + 10, LM + 130, y + 10)
        y -= 2
        for k in self.notes:
            lines = wrap(tokens(FOOTNOTES[k]), [RM - LM - 14], FONT, FN_SIZE)
            c.setFont(FONT, SUP_SIZE)
            c.drawString(LM, y + 3.0, k)
            for i, ln in enumerate(lines):
                draw_tokens(c, ln, LM + 14, y, RM - LM - 14, i < len(lines) - 1, FONT, FN_SIZE)
                y -= FN_LEAD
            y -= 2
        self.notes = []

    def new_page(self, label, annex=False):
        self.draw_notes()
        self.c.showPage()
        self.page_label = label
        self.annex = annex
        self.header()

    def finish_page(self):
        self.draw_notes()
        self.c.showPage()

    # -- flowing text
    def floor(self, extra_keys=()):
        return BOTTOM + self.notes_height(self.notes + [k for k in extra_keys if k not in self.notes])

    def ensure(self, h, keys=()):
        if self.y - h < self.floor(keys):
            nxt = int(self.page_label) + 1
            self.new_page(str(nxt), self.annex)

    def para(self, text, num=None, label=None, label_x=None, text_x=None, first_x=None, after=10.0):
        toks = tokens(text)
        if first_x is None:
            first_x = text_x
        widths = [RM - first_x, RM - text_x]
        lines = wrap(toks, widths)
        for i, ln in enumerate(lines):
            keys = [mk for _, mk in ln if mk]
            self.ensure(LEAD, keys)
            if i == 0 and label is not None:
                self.c.setFont(FONT, SIZE)
                self.c.drawString(label_x, self.y, label)
            x = first_x if i == 0 else text_x
            draw_tokens(self.c, ln, x, self.y, RM - x, i < len(lines) - 1)
            for k in keys:
                if k not in self.notes:
                    self.notes.append(k)
            self.y -= LEAD
        self.y -= after

    def heading(self, text):
        self.ensure(LEAD * 4)
        self.y -= 4
        self.c.setFont(BOLD, SIZE)
        self.c.drawString(LM, self.y, text)
        self.y -= LEAD + 8


# ---------------------------------------------------------------- cover
def cover(d):
    c = d.c
    # IOM emblem (graphic only)
    c.setStrokeColorRGB(0.05, 0.22, 0.52)
    c.setFillColorRGB(0.05, 0.22, 0.52)
    c.setLineWidth(1.4)
    c.circle(LM + 26, H - 76, 22, stroke=1, fill=0)
    c.ellipse(LM + 14, H - 98, LM + 38, H - 54, stroke=1, fill=0)
    c.line(LM + 4, H - 76, LM + 48, H - 76)
    c.setStrokeColorRGB(0, 0, 0)
    c.setFillColorRGB(0, 0, 0)
    c.setFont(FONT, 11)
    c.drawRightString(RM, H - 62, SYMBOL)
    c.drawRightString(RM, H - 76, "Original: English")
    c.drawRightString(RM, H - 90, "24 May 2022")
    y = H - 190
    c.setFont(BOLD, 12)
    c.drawCentredString(W / 2, y, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE")
    y -= 17
    c.setFont(FONT, 12)
    c.drawCentredString(W / 2, y, "Thirtieth Session")
    y -= 17
    c.drawCentredString(W / 2, y, "28\u201329 June 2022")
    y -= 120
    c.setFont(BOLD, 13)
    c.drawCentredString(W / 2, y, "STATUS REPORT ON OUTSTANDING CONTRIBUTIONS")
    y -= 18
    c.drawCentredString(W / 2, y, "TO THE ADMINISTRATIVE PART OF THE BUDGET")
    c.showPage()


# ---------------------------------------------------------------- body
def body(d):
    d.page_label = "1"
    d.annex = False
    d.header()
    for i, blk in enumerate(BODY):
        kind = blk[0]
        last_item = kind == "item" and (i + 1 == len(BODY) or BODY[i + 1][0] != "item")
        if kind == "title":
            d.c.setFont(BOLD, SIZE)
            for ln in blk[1]:
                d.c.drawCentredString(W / 2, d.y, ln)
                d.y -= LEAD
            d.y -= 14
        elif kind == "h":
            d.heading(blk[1])
        elif kind == "p":
            d.para(blk[2], label=blk[1] + ".", label_x=LM, first_x=LM + INDENT, text_x=LM)
        elif kind == "item":
            lab = blk[1]
            d.para(blk[2], label=lab, label_x=LM + INDENT + (6 if lab == "\u2022" else 0),
                   first_x=LM + 2 * INDENT, text_x=LM + 2 * INDENT, after=10.0 if last_item else 4.0)
    d.finish_page()


# ---------------------------------------------------------------- annex
COLS = [  # right edges of the numeric columns
    RM - 4 * 66, RM - 3 * 66, RM - 2 * 66, RM - 66, RM]
ROW_H = 16.5
TSIZE = 9.0


def table_head(d):
    c = d.c
    top = d.y
    c.setLineWidth(0.8)
    c.line(LM, top + 12, RM, top + 12)
    c.setFont(BOLD, TSIZE)
    c.drawString(LM + 3, top - 11, "Member State")
    heads = [("2018 and", "prior years"), ("", "2019"), ("", "2020"), ("", "2021"), ("", "Total")]
    for (a, b), x in zip(heads, COLS):
        if a:
            c.drawRightString(x - 3, top, a)
        c.drawRightString(x - 3, top - 11, b)
    c.setLineWidth(0.5)
    c.line(LM, top - 16, RM, top - 16)
    d.y = top - 16 - ROW_H + 1


def table_row(d, name, cells, bold=False, marker=""):
    c = d.c
    f = BOLD if bold else FONT
    c.setFont(f, TSIZE)
    c.drawString(LM + 3, d.y, name)
    if marker:
        c.setFont(FONT, SUP_SIZE)
        c.drawString(LM + 3 + stringWidth(name, f, TSIZE) + 0.5, d.y + 3.2, marker)
        c.setFont(f, TSIZE)
    for v, x in zip(cells, COLS):
        c.drawRightString(x - 3, d.y, fmt(v))
    d.y -= ROW_H


def annex(d):
    d.page_label = "1"
    d.annex = True
    d.header()
    c = d.c
    c.setFont(BOLD, SIZE)
    for ln in ["MEMBER STATES WITH ARREARS OF CONTRIBUTIONS TO THE",
               "ADMINISTRATIVE PART OF THE BUDGET AS AT 30 APRIL 2022"]:
        c.drawCentredString(W / 2, d.y, ln)
        d.y -= LEAD
    d.y -= 10
    d.para("A dash indicates that the contribution for the year concerned has been paid in full; a blank "
           "cell indicates that the State was not a Member of the Organization in that year.",
           first_x=LM, text_x=LM, after=6.0)
    c.setFont(ITAL, 9.5)
    c.drawRightString(RM, d.y, "(in Swiss francs)")
    d.y -= 22
    table_head(d)
    tot = [0, 0, 0, 0, 0]
    for r in ROWS:
        name, cells = r[0], list(r[1:])
        nums = [v if isinstance(v, int) else 0 for v in cells]
        cells.append(sum(nums))
        for i, v in enumerate(nums + [sum(nums)]):
            tot[i] += v
        if d.y < BOTTOM + 20:
            c.setLineWidth(0.5)
            c.line(LM, d.y + ROW_H - 4, RM, d.y + ROW_H - 4)
            d.new_page("2", True)
            d.y -= 12
            table_head(d)
        table_row(d, name, cells, marker="a" if name in PLAN else "")
    c.setLineWidth(0.5)
    c.line(LM, d.y + ROW_H - 4, RM, d.y + ROW_H - 4)
    d.y -= 2
    table_row(d, "Total", tot, bold=True)
    c.setLineWidth(0.8)
    c.line(LM, d.y + ROW_H - 4, RM, d.y + ROW_H - 4)
    d.y -= 8
    c.setFont(FONT, SUP_SIZE)
    c.drawString(LM + 3, d.y + 3.0, "a")
    c.setFont(FONT, 8.5)
    c.drawString(LM + 12, d.y, "Payment plan in effect as at 30 April 2022 (see paragraphs 7 to 10 of this document).")
    d.finish_page()
    return tot


if __name__ == "__main__":
    d = Doc()
    cover(d)
    body(d)
    tot = annex(d)
    d.c.save()
    print("totals", tot)
