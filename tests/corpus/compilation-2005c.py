"""Draw compilation-2005c.pdf: resolutions adopted by the IOM Council at its Ninetieth Session (2005).

Drawn with reportlab's canvas and a small hand-made flow engine (wrapping, raised footnote markers,
footnotes at the foot of the page where their marker falls, running header on pages after the first).
"""
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "compilation-2005c.pdf")

SYMBOL = "MC/2193"
PAGE_W, PAGE_H = A4
LM = 2.5 * cm
RM = PAGE_W - 2.5 * cm
TOP = PAGE_H - 2.2 * cm
BOTTOM = 2.4 * cm
SIZE = 11
LEAD = 13.6
FN_SIZE = 9
FN_LEAD = 11
SUP_SIZE = 7
FONTS = {"R": "Times-Roman", "I": "Times-Italic", "B": "Times-Bold", "BI": "Times-BoldItalic"}
IND = 1.25 * cm  # clause / item indent step

# ----------------------------------------------------------------------------------------------
# Content.  Runs: plain string (roman), ("I", text) italic, ("B", text) bold, ("sup", "1") marker.
# ----------------------------------------------------------------------------------------------
FOOTNOTES = {
    "1": "Letter dated 21 September 2005 from the Secretary General of the Arab Maghreb Union to the "
         "Director General, reproduced in document MC/2187.",
    "2": "The amounts shown in subparagraphs (a) to (c) take account of the revisions presented to the "
         "Executive Committee at its Hundred and third Session in November 2005.",
    "3": "Under paragraph 2 of this Article, a Member which fails to meet its financial obligations to "
         "the Organization for two consecutive financial years may be suspended by a two-thirds majority "
         "vote of the Council from its voting rights and from all or part of the services of the "
         "Organization.",
}

RESOLUTIONS = [
    {
        "number": "1124 (XC)",
        "adopted": "(Adopted by the Council at its 461st meeting on 29 November 2005)",
        "title": ["ADMISSION OF THE TOGOLESE REPUBLIC AS A MEMBER", "OF THE ORGANIZATION"],
        "toc": "Admission of the Togolese Republic as a Member of the Organization",
        "preamble": [
            [("I", "Having received"), " the application of the Togolese Republic for membership in the "
             "Organization, transmitted by a letter dated 14 September 2005 in which the Government "
             "declared its acceptance of the Constitution of the Organization,"],
            [("I", "Noting"), " that the Togolese Republic has undertaken to contribute to the administrative "
             "requirements of the Organization at a rate to be agreed upon between the Council and its "
             "Government,"],
            [("I", "Satisfied"), " that the Togolese Republic has shown a demonstrated interest in the "
             "principle of free movement of persons, as required by Article 2(b) of the Constitution,"],
        ],
        "formula": "Resolves:",
        "operative": [
            ["To admit the Togolese Republic as a Member of the International Organization for Migration "
             "with effect from the date of this resolution;"],
            ["To fix the assessed contribution of the Togolese Republic to the Administrative Part of the "
             "Budget at 0.035 per cent;"],
            ["To welcome the Togolese Republic among the Members of the Organization and to express the "
             "hope that their cooperation will prove of lasting benefit to both."],
        ],
    },
    {
        "number": "1125 (XC)",
        "adopted": "(Adopted by the Council at its 461st meeting on 29 November 2005)",
        "title": ["REPRESENTATION OF THE ARAB MAGHREB UNION", "BY AN OBSERVER"],
        "toc": "Representation of the Arab Maghreb Union by an observer",
        "preamble": [
            [("I", "Having received"), " the request of the Arab Maghreb Union to be represented by an "
             "observer at its meetings,", ("sup", "1")],
            [("I", "Aware"), " that the aims and activities of the Arab Maghreb Union include the orderly "
             "management of population movements within and beyond the region of its member States,"],
            [("I", "Believing"), " that closer working relations between the two organizations will be of "
             "benefit to both,"],
        ],
        "formula": "Decides:",
        "operative": [
            ["To grant the Arab Maghreb Union the status of observer at meetings of the Council;"],
            ["To invite the Director General to keep the Council informed of the cooperation developed "
             "with the Arab Maghreb Union."],
        ],
    },
    {
        "number": "1126 (XC)",
        "adopted": "(Adopted by the Council at its 461st meeting on 29 November 2005)",
        "title": ["REPORT ON THE EIGHTY-NINTH (SPECIAL) SESSION", "OF THE COUNCIL"],
        "toc": "Report on the Eighty-ninth (Special) Session of the Council",
        "preamble": [
            [("I", "Having received and examined"), " the draft report on its Eighty-ninth (Special) Session, "
             "held in Geneva on 8 June 2005 (MC/2181),"],
            [("I", "Taking note"), " that no written corrections to the draft were received from Member "
             "States within the period set for that purpose,"],
        ],
        "formula": "Resolves:",
        "operative": [
            ["To approve the report on its Eighty-ninth (Special) Session without amendment;"],
            ["To request the Director General to reissue the report as document MC/2181/Rev.1."],
        ],
    },
    {
        "number": "1127 (XC)",
        "adopted": "(Adopted by the Council at its 465th meeting on 1 December 2005)",
        "title": ["PROGRAMME AND BUDGET FOR 2006"],
        "toc": "Programme and Budget for 2006",
        "preamble": [
            [("I", "Having considered"), " the Programme and Budget for 2006 submitted by the Director "
             "General (MC/2176),"],
            [("I", "Taking into account"), " the report of the Executive Committee on its Hundred and third "
             "Session (MC/2183),"],
            [("I", "Recalling"), " its Resolution No. 1109 (LXXXVIII) of 30 November 2004 on the Programme "
             "and Budget for 2005,"],
            [("I", "Conscious"), " that the Administrative Part of the Budget has once again been held at zero "
             "nominal growth while the membership and activities of the Organization continue to expand,"],
        ],
        "formula": "Resolves:",
        "operative": [
            {"text": ["To approve the Programme and Budget for 2006 (MC/2176),", ("sup", "2"),
                      " which provides for:"],
             "items": [
                 ("(a)", ["an Administrative Part of the Budget amounting to CHF 37,119,000;"]),
                 ("(b)", ["an Operational Part of the Budget amounting to USD 641,550,000; and"]),
                 ("(c)", ["activities and structures funded from discretionary income in the amount of "
                          "USD 25,600,000."]),
             ]},
            ["To authorize the Director General to incur expenditure within the limits of the funds "
             "available for the Operational Part of the Budget;"],
            ["To request Member States to pay their assessed contributions to the Administrative Part of "
             "the Budget in full and as early as possible in 2006;"],
            ["To encourage Member States and other donors to provide unearmarked voluntary contributions, "
             "so as to give the Organization greater flexibility in responding to new needs."],
        ],
    },
    {
        "number": "1128 (XC)",
        "adopted": "(Adopted by the Council at its 466th meeting on 2 December 2005)",
        "title": ["ELECTION OF THE EXECUTIVE COMMITTEE"],
        "toc": "Election of the Executive Committee",
        "preamble": [
            [("I", "Bearing in mind"), " the provisions of the Constitution governing the composition of the "
             "Executive Committee and the term of office of its members,"],
            [("I", "Having regard"), " to the consultations held among the regional groups of Member States "
             "during the session,"],
        ],
        "formula": "Resolves:",
        "operative": [
            ["To elect Argentina, Germany, Hungary, Japan, Kenya, Morocco, the Philippines, Senegal and the "
             "United States of America as members of the Executive Committee for the years 2006 and 2007;"],
            ["To thank the outgoing members of the Executive Committee for the contribution they have "
             "made to its work."],
        ],
    },
    {
        "number": "1129 (XC)",
        "adopted": "(Adopted by the Council at its 466th meeting on 2 December 2005)",
        "title": ["OUTSTANDING CONTRIBUTIONS TO THE ADMINISTRATIVE", "PART OF THE BUDGET"],
        "toc": "Outstanding contributions to the Administrative Part of the Budget",
        "preamble": [
            [("I", "Having examined"), " the status report on outstanding contributions to the "
             "Administrative Part of the Budget (MC/2184),"],
            [("I", "Recalling"), " the provisions of Article 4 of the Constitution,", ("sup", "3")],
            [("I", "Recalling further"), " its Resolution No. 1110 (LXXXVIII) of 30 November 2004,"],
            [("I", "Concerned"), " that the contributions outstanding amounted to CHF 4,812,306 as at "
             "31 October 2005, of which CHF 3,964,120 was owed by 14 Member States to which Article 4 "
             "applies,"],
            [("I", "Appreciating"), " the efforts of those Member States which have settled their arrears "
             "or have agreed upon plans for their payment,"],
        ],
        "formula": "Resolves:",
        "operative": [
            ["To urge Member States in arrears to pay their outstanding contributions in full at the "
             "earliest opportunity or to agree upon a payment plan with the Administration;"],
            ["To request the Director General to pursue his contacts with the Member States concerned and "
             "to report on the results to the Executive Committee at its next session;"],
            ["To confirm that the voting rights of Member States in arrears remain subject to Article 4 of "
             "the Constitution."],
        ],
    },
]


# ----------------------------------------------------------------------------------------------
# Flow engine
# ----------------------------------------------------------------------------------------------
def norm_runs(runs):
    out = []
    for r in runs:
        if isinstance(r, str):
            out.append(("R", r))
        else:
            out.append(r)
    return out


def words_of(runs, font_default="R"):
    """Split runs into words; each word is a list of (font, text) fragments."""
    words = []
    glue = False  # whether the next fragment continues the previous word
    for font, text in norm_runs(runs):
        if font == "sup":
            words[-1].append(("sup", text))
            glue = True
            continue
        if font == "R" and font_default != "R":
            font = font_default
        parts = text.split(" ")
        for i, p in enumerate(parts):
            if i > 0:
                glue = False
            if p == "":
                continue
            if glue and words:
                words[-1].append((font, p))
            else:
                words.append([(font, p)])
            glue = True
        if text.endswith(" "):
            glue = False
    return words


def frag_width(font, text, size):
    if font == "sup":
        return stringWidth(text, FONTS["R"], SUP_SIZE * size / SIZE)
    return stringWidth(text, FONTS[font], size)


def word_width(w, size):
    return sum(frag_width(f, t, size) for f, t in w)


def wrap(runs, width_first, width_rest, size=SIZE, font_default="R"):
    words = words_of(runs, font_default)
    space = stringWidth(" ", FONTS["R"], size)
    lines, cur, cur_w = [], [], 0.0
    for w in words:
        ww = word_width(w, size)
        limit = width_first if not lines else width_rest
        if cur and cur_w + space + ww > limit:
            lines.append(cur)
            cur, cur_w = [w], ww
        else:
            cur_w = cur_w + (space if cur else 0) + ww
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


def markers_of(runs):
    return [t for f, t in norm_runs(runs) if f == "sup"]


class Flow:
    def __init__(self, c, first_page_no):
        self.c = c  # None for a dry run
        self.page = first_page_no
        self.footnotes = []
        self.y = None
        self.page_of = {}
        self.start_page()

    # drawing helpers ------------------------------------------------------------------------
    def draw_words(self, line, x, y, size=SIZE):
        space = stringWidth(" ", FONTS["R"], size)
        for i, w in enumerate(line):
            if i:
                x += space
            for font, text in w:
                if font == "sup":
                    ss = SUP_SIZE * size / SIZE
                    if self.c:
                        self.c.setFont(FONTS["R"], ss)
                        self.c.drawString(x, y + size * 0.38, text)
                    x += stringWidth(text, FONTS["R"], ss)
                else:
                    if self.c:
                        self.c.setFont(FONTS[font], size)
                        self.c.drawString(x, y, text)
                    x += stringWidth(text, FONTS[font], size)

    def line_width(self, line, size=SIZE):
        space = stringWidth(" ", FONTS["R"], size)
        return sum(word_width(w, size) for w in line) + space * (len(line) - 1)

    # page handling --------------------------------------------------------------------------
    def start_page(self):
        if self.c:
            self.c.setFont(FONTS["R"], 10)
            self.c.drawRightString(RM, PAGE_H - 1.4 * cm, SYMBOL)
            self.c.drawRightString(RM, PAGE_H - 1.4 * cm - 12, "Page %d" % self.page)
        self.y = TOP - 1.0 * cm
        self.footnotes = []

    def fn_lines(self, marker):
        indent = 0.5 * cm
        return wrap([FOOTNOTES[marker]], RM - LM - indent, RM - LM - indent, FN_SIZE)

    def fn_height(self, markers):
        if not markers:
            return 0.0
        h = 14.0  # rule and gap
        for m in markers:
            h += len(self.fn_lines(m)) * FN_LEAD + 2
        return h

    def limit(self, extra_markers=()):
        return BOTTOM + self.fn_height(self.footnotes + list(extra_markers))

    def end_page(self, final=False):
        if self.footnotes and self.c:
            heights = [len(self.fn_lines(m)) * FN_LEAD + 2 for m in self.footnotes]
            y = BOTTOM + sum(heights) - 2
            self.c.setLineWidth(0.5)
            self.c.line(LM, y + 6, LM + 5 * cm, y + 6)
            y -= FN_LEAD - 2
            for m in self.footnotes:
                lines = self.fn_lines(m)
                self.c.setFont(FONTS["R"], SUP_SIZE)
                self.c.drawString(LM, y + 3.5, m)
                for ln in lines:
                    self.draw_words(ln, LM + 0.5 * cm, y, FN_SIZE)
                    y -= FN_LEAD
                y -= 2
        if self.c:
            self.c.showPage()
        self.page += 1
        if not final:
            self.start_page()

    # blocks ---------------------------------------------------------------------------------
    def layout_block(self, blk):
        """Return (lines, line_height) for a block dict."""
        x0 = LM + blk.get("left", 0)
        first = blk.get("first", blk.get("left", 0))
        if blk.get("align") == "center":
            w = RM - LM
            return wrap(blk["runs"], w, w, font_default=blk.get("font", "R"))
        wf = RM - (LM + first)
        wr = RM - x0
        return wrap(blk["runs"], wf, wr, font_default=blk.get("font", "R"))

    def block_height(self, blk):
        return blk.get("before", 0) + len(self.layout_block(blk)) * LEAD

    def draw_block_lines(self, blk, lines, start_index):
        for i, ln in enumerate(lines):
            idx = start_index + i
            if blk.get("align") == "center":
                w = self.line_width(ln)
                x = (LM + RM) / 2 - w / 2
            else:
                x = LM + (blk.get("first", blk.get("left", 0)) if idx == 0 else blk.get("left", 0))
            if idx == 0 and blk.get("label") and self.c:
                self.c.setFont(FONTS["R"], SIZE)
                self.c.drawString(LM + blk.get("label_x", 0), self.y, blk["label"])
            self.draw_words(ln, x, self.y)
            self.y -= LEAD

    def keep_together(self, blocks):
        """Place a list of blocks; they must sit on one page with their footnotes."""
        markers = [m for b in blocks for m in markers_of(b["runs"])]
        h = sum(self.block_height(b) for b in blocks)
        if self.y - h < self.limit(markers):
            self.end_page()
        for b in blocks:
            if b.get("tag"):
                self.page_of[b["tag"]] = self.page
            self.y -= b.get("before", 0)
            self.draw_block_lines(b, self.layout_block(b), 0)
        self.footnotes.extend(markers)

    def flow(self, blk):
        """Place one block, splitting it across pages if it carries no footnote marker."""
        if markers_of(blk["runs"]):
            self.keep_together([blk])
            return
        lines = self.layout_block(blk)
        self.y -= blk.get("before", 0)
        i = 0
        while i < len(lines):
            room = int((self.y - self.limit()) // LEAD) + 1
            remaining = len(lines) - i
            if room >= remaining:
                self.draw_block_lines(blk, lines[i:], i)
                return
            if room < 2 or remaining - room < 2:
                take = min(room, remaining - 2) if room >= 2 else 0
            else:
                take = room
            if take > 0:
                self.draw_block_lines(blk, lines[i:i + take], i)
                i += take
            self.end_page()


def resolution_blocks(res):
    head = [
        {"runs": [("B", "RESOLUTION No. " + res["number"])], "align": "center", "before": 0, "tag": res["number"]},
        {"runs": [res["adopted"]], "align": "center", "before": 4},
    ]
    for k, t in enumerate(res["title"]):
        head.append({"runs": [("B", t)], "align": "center", "before": 12 if k == 0 else 0})
    head.append({"runs": ["The Council,"], "before": 14})
    pre = [{"runs": p, "first": IND, "left": 0, "before": 9} for p in res["preamble"]]
    ops = []
    for n, op in enumerate(res["operative"], 1):
        if isinstance(op, dict):
            ops.append({"runs": op["text"], "first": IND, "left": IND, "label": "%d." % n, "before": 9})
            for lab, txt in op["items"]:
                ops.append({"runs": txt, "first": 2 * IND, "left": 2 * IND, "label": lab,
                            "label_x": IND, "before": 6})
        else:
            ops.append({"runs": op, "first": IND, "left": IND, "label": "%d." % n, "before": 9})
    formula = {"runs": [res["formula"]], "before": 9}
    return head, pre, formula, ops


def draw_body(c, first_page):
    f = Flow(c, first_page)
    for k, res in enumerate(RESOLUTIONS):
        head, pre, formula, ops = resolution_blocks(res)
        if k:
            head[0] = dict(head[0], before=26)
        f.keep_together(head + [pre[0]])
        for p in pre[1:]:
            f.flow(p)
        f.keep_together([formula, ops[0]])
        for o in ops[1:]:
            f.flow(o)
    f.end_page(final=True)
    return f


def draw_cover(c, page_of):
    c.setFont(FONTS["B"], 11)
    y = PAGE_H - 2.0 * cm
    c.drawRightString(RM, y, SYMBOL)
    c.setFont(FONTS["R"], 11)
    c.drawRightString(RM, y - 15, "Original: English")
    c.drawRightString(RM, y - 29, "7 December 2005")
    y -= 3.0 * cm
    c.setFont(FONTS["B"], 12)
    c.drawCentredString(PAGE_W / 2, y, "NINETIETH SESSION")
    y -= 10
    c.setFont(FONTS["R"], 11)
    rule = "_" * 78
    c.drawCentredString(PAGE_W / 2, y, rule)
    y -= 3.2 * cm
    c.setFont(FONTS["B"], 14)
    c.drawCentredString(PAGE_W / 2, y, "RESOLUTIONS ADOPTED BY THE COUNCIL")
    c.drawCentredString(PAGE_W / 2, y - 19, "AT ITS NINETIETH SESSION")
    y -= 2.0 * cm
    c.setFont(FONTS["R"], 12)
    c.drawCentredString(PAGE_W / 2, y, "Geneva")
    c.drawCentredString(PAGE_W / 2, y - 16, "29 November \u2013 2 December 2005")

    # list of resolutions
    y -= 3.0 * cm
    c.setFont(FONTS["B"], 11)
    c.drawCentredString(PAGE_W / 2, y, "CONTENTS")
    y -= 20
    c.setFont(FONTS["R"], 10)
    c.drawRightString(RM, y, "Page")
    y -= 18
    col_label = LM
    col_title = LM + 4.3 * cm
    for res in RESOLUTIONS:
        c.setFont(FONTS["R"], 11)
        c.drawString(col_label, y, "No. " + res["number"])
        title = res["toc"]
        c.drawString(col_title, y, title)
        tw = stringWidth(title, FONTS["R"], 11)
        page = str(page_of[res["number"]])
        pw = stringWidth(page, FONTS["R"], 11)
        dot_w = stringWidth(".", FONTS["R"], 11)
        start = col_title + tw + 4
        end = RM - pw - 4
        n = int((end - start) / dot_w)
        c.drawString(end - n * dot_w, y, "." * n)
        c.drawRightString(RM, y, page)
        y -= 20

    # trilingual footer
    c.setFont(FONTS["B"], 10)
    fy = 1.6 * cm
    c.setLineWidth(0.8)
    c.line(LM, fy + 14, RM, fy + 14)
    for x, word in ((LM, "COUNCIL"), (PAGE_W / 2, "CONSEIL"), (RM, "CONSEJO")):
        if x == LM:
            c.drawString(x, fy, word)
        elif x == RM:
            c.drawRightString(x, fy, word)
        else:
            c.drawCentredString(x, fy, word)
    c.showPage()


def main():
    dry = draw_body(None, 2)
    c = canvas.Canvas(OUT, pagesize=A4)
    c.setTitle("Resolutions adopted by the Council at its Ninetieth Session")
    c.setAuthor("International Organization for Migration")
    draw_cover(c, dry.page_of)
    real = draw_body(c, 2)
    assert real.page_of == dry.page_of
    c.save()
    print("pages:", real.page - 1, real.page_of)


if __name__ == "__main__":
    main()
