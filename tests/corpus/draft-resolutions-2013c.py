"""Draw draft-resolutions-2013c.pdf: IOM Council, 103rd Session (November 2013),
a compilation of draft resolutions (symbol MC/L/1326), laid out with fpdf2.

A small hand-made layout engine: left-aligned paragraphs with hanging labels,
italic opening words, raised footnote markers, footnotes at the foot of the
page where the marker falls, running header (symbol / Page N) on the pages
after the cover, trilingual footer on the cover."""
import os
import re

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "draft-resolutions-2013c.pdf")

SYMBOL = "MC/L/1326"
FONT = "Times"
SIZE = 12
LH = 5.3            # body line height (mm)
FN_SIZE = 10
FN_LH = 4.4
LEFT = 25.0
RIGHT = 25.0
PAGE_W = 210.0
PAGE_H = 297.0
TEXT_W = PAGE_W - LEFT - RIGHT
TOP_BODY = 38.0     # first body line on pages with running header
BOTTOM = 276.0      # lowest baseline area for text incl. footnotes

FOOTNOTES = {
    "1": "The Organization of Eastern Caribbean States brings together Antigua and Barbuda, "
         "Dominica, Grenada, Montserrat, Saint Kitts and Nevis, Saint Lucia and Saint Vincent "
         "and the Grenadines as full members, with Anguilla and the British Virgin Islands as "
         "associate members.",
    "2": "The payment plans agreed with Member States before 31 October 2013 are listed in "
         "Annex II of document S/13/6.",
}

# ---------------------------------------------------------------- content
# Each resolution: title, preamble clauses (markup: <i>..</i> italics, [^n] footnote),
# optional formula line, operative clauses (text, optional items).
RESOLUTIONS = [
    {
        "title": "ADMISSION OF THE REPUBLIC OF NAURU AS A MEMBER OF THE ORGANIZATION",
        "preamble": [
            "<i>Having received</i> the application of the Republic of Nauru for membership of "
            "the Organization, transmitted by letter of 9 September 2013 and reproduced in "
            "document MC/2393,",
            "<i>Having been informed</i> that the Government of the Republic of Nauru accepts the "
            "Constitution of the Organization in accordance with its own constitutional procedures, "
            "and that it will contribute to the administrative expenditure of the Organization at "
            "a rate to be agreed between that Government and the Council,",
            "<i>Convinced</i> that the Republic of Nauru shares the commitment of the Organization "
            "to the principle that humane and orderly migration benefits migrants and society,",
            "<i>Noting</i> that the applicant fulfils the requirements for membership laid down in "
            "Article 2(b) of the Constitution,",
        ],
        "formula": "Decides:",
        "operative": [
            ("To admit the Republic of Nauru as a Member of the International Organization for "
             "Migration with effect from the date of adoption of this resolution;", None),
            ("To extend its warm welcome to the delegation of the Republic of Nauru and to invite "
             "it to take its seat among the Members of the Council.", None),
        ],
    },
    {
        "title": "APPLICATION BY THE ORGANIZATION OF EASTERN CARIBBEAN STATES FOR "
                 "REPRESENTATION BY AN OBSERVER",
        "preamble": [
            "<i>Having received</i> the request of the Organization of Eastern Caribbean States to "
            "be represented by an observer at sessions of the Council, as set out in document "
            "MC/2394,",
            "<i>Recalling</i> its Resolution No. 1187 of 28 November 2008, which lays down the "
            "conditions under which intergovernmental bodies may be admitted as observers,",
            "<i>Noting</i> that the Organization of Eastern Caribbean States groups small island "
            "States for which labour mobility and the engagement of diasporas are matters of "
            "growing importance,[^1]",
            "<i>Desirous</i> of strengthening its cooperation with regional organizations in the "
            "Caribbean,",
        ],
        "formula": "Resolves:",
        "operative": [
            ("To grant the Organization of Eastern Caribbean States the status of observer at "
             "meetings of the Council;", None),
            ("To note that the Organization of Eastern Caribbean States has undertaken to bear "
             "any costs arising from its participation as an observer.", None),
        ],
    },
    {
        "title": "REPORT ON THE 102ND SESSION OF THE COUNCIL",
        "preamble": [
            "<i>Having considered</i> the draft report on its 102nd Session, held in Geneva on "
            "18 June 2013 (MC/2386),",
            "<i>Recalling</i> that the 102nd Session was convened for the election of the Director "
            "General in accordance with Article 18 of the Constitution,",
            "<i>Taking note</i> of the corrections communicated to the Rapporteur by delegations "
            "before the opening of the present session,",
        ],
        "formula": None,
        "operative": [
            ("Approves the report on its 102nd Session contained in document MC/2386, as "
             "corrected;", None),
            ("Requests the Administration to issue the approved report under the symbol "
             "MC/2386/Rev.1.", None),
        ],
    },
    {
        "title": "CONTRIBUTIONS OUTSTANDING TO THE ADMINISTRATIVE PART OF THE BUDGET",
        "preamble": [
            "<i>Recalling</i> Article 4 of the Constitution, under which a Member State that is in "
            "arrears in the payment of its financial contributions to the Organization may lose "
            "its right to vote,",
            "<i>Recalling further</i> its Resolution No. 1240 of 27 November 2012 on contributions "
            "outstanding to the Administrative Part of the Budget,",
            "<i>Having examined</i> the status report on outstanding contributions to the "
            "Administrative Part of the Budget (S/13/6) and the oral update given to the Standing "
            "Committee on Programmes and Finance at its Thirteenth Session,",
            "<i>Noting with concern</i> that, as at 31 October 2013, nine Member States were subject "
            "to Article 4 of the Constitution and that contributions outstanding amounted to "
            "CHF 5,218,744,",
            "<i>Welcoming</i> the payment plans concluded since its last regular session with "
            "several Member States in arrears,",
        ],
        "formula": None,
        "operative": [
            ("Urges Member States in arrears to settle their outstanding contributions in full, or "
             "to agree upon a payment plan with the Administration, without further delay;", None),
            ("Requests the Director General to pursue his consultations with the Member States "
             "concerned and to report on the progress achieved to the Standing Committee on "
             "Programmes and Finance at its Fourteenth Session;[^2]", None),
            ("Decides to keep the question of outstanding contributions under review at its next "
             "regular session.", None),
        ],
    },
    {
        "title": "PROGRAMME AND BUDGET FOR 2014",
        "preamble": [
            "<i>Having received and examined</i> the Programme and Budget for 2014 (MC/2389),",
            "<i>Having taken note</i> of the recommendations made by the Standing Committee on "
            "Programmes and Finance at its Thirteenth Session, as recorded in its report (S/13/9),",
            "<i>Recalling</i> its Resolution No. 1150 of 7 June 2007, by which the IOM Strategy was "
            "endorsed,",
            "<i>Mindful</i> of the need to hold the Administrative Part of the Budget at zero "
            "nominal growth while meeting the structural requirements of the Organization,",
        ],
        "formula": "Resolves:",
        "operative": [
            ("To approve the Programme and Budget for 2014, which provides for:", [
                ("(a)", "an Administrative Part of the Budget amounting to CHF 41,273,160; and"),
                ("(b)", "an estimated Operational Part of the Budget amounting to "
                        "USD 806,451,000;"),
            ]),
            ("To authorize the Director General to incur expenditure under the Operational Part "
             "of the Budget up to the level of the funds available for that purpose;", None),
            ("To approve the scale of assessment for 2014 as set out in document S/13/4;", None),
            ("To request the Director General to submit a revision of the Programme and Budget "
             "for 2014 to the Standing Committee on Programmes and Finance at its Fifteenth "
             "Session.", None),
        ],
    },
]


# ---------------------------------------------------------------- engine
TOKEN_RE = re.compile(r"<i>(.*?)</i>|\[\^(\d+)\]|([^<\[]+)")


def tokenize(markup):
    """-> list of (text, style, space_before); style '' / 'I' / 'SUP'."""
    toks = []
    pending_space = False
    for m in TOKEN_RE.finditer(markup):
        if m.group(2):
            toks.append((m.group(2), "SUP", False))
            continue
        style = "I" if m.group(1) is not None else ""
        text = m.group(1) if m.group(1) is not None else m.group(3)
        parts = re.split(r"(\s+)", text)
        for p in parts:
            if p == "":
                continue
            if p.isspace():
                pending_space = True
                continue
            sb = pending_space if toks else False
            toks.append((p, style, sb))
            pending_space = False
    return toks


class Doc(FPDF):
    def __init__(self):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_auto_page_break(False)
        self.set_margins(LEFT, 20, RIGHT)
        self.c_margin = 0
        self.y_cur = TOP_BODY
        self.page_fns = []       # footnote numbers on current page
        self.text_page = 0

    # -- widths
    def tok_w(self, tok):
        text, style, _ = tok
        if style == "SUP":
            self.set_font(FONT, "", 7.5)
        else:
            self.set_font(FONT, "I" if style == "I" else "", SIZE)
        return self.get_string_width(text)

    def space_w(self):
        self.set_font(FONT, "", SIZE)
        return self.get_string_width(" ")

    def wrap(self, toks, first_w, rest_w):
        lines, cur, cur_w = [], [], 0.0
        sw = self.space_w()
        width = first_w
        for t in toks:
            w = self.tok_w(t)
            add = w + (sw if (cur and t[2]) else 0)
            if cur and cur_w + add > width + 0.01:
                lines.append(cur)
                cur, cur_w = [t], w
                width = rest_w
            else:
                cur.append(t)
                cur_w += add
        if cur:
            lines.append(cur)
        return lines

    # -- footnote area
    def fn_lines(self, num):
        self.set_font(FONT, "", FN_SIZE)
        words = FOOTNOTES[num].split()
        width = TEXT_W - 6
        lines, cur = [], ""
        for w in words:
            trial = (cur + " " + w).strip()
            if self.get_string_width(trial) > width and cur:
                lines.append(cur)
                cur = w
            else:
                cur = trial
        lines.append(cur)
        return lines

    def fn_height(self, nums):
        if not nums:
            return 0.0
        h = 6.0
        for n in nums:
            h += len(self.fn_lines(n)) * FN_LH + 1.0
        return h

    def flush_footnotes(self):
        if not self.page_fns:
            return
        h = self.fn_height(self.page_fns)
        y = BOTTOM - h + 2.0
        self.set_font(FONT, "", SIZE)
        self.set_xy(LEFT, y)
        self.cell(0, 4, "__________", new_x="LMARGIN", new_y="NEXT")
        y += 6.0
        for n in self.page_fns:
            lines = self.fn_lines(n)
            self.set_font(FONT, "", 6.5)
            self.set_xy(LEFT, y - 1.2)
            self.cell(4, 3, n)
            self.set_font(FONT, "", FN_SIZE)
            for ln in lines:
                self.set_xy(LEFT + 6, y)
                self.cell(TEXT_W - 6, FN_LH, ln)
                y += FN_LH
            y += 1.0
        self.page_fns = []

    def new_text_page(self):
        if self.page_no() > 0:
            self.flush_footnotes()
        self.add_page()
        self.text_page += 1
        self.set_font(FONT, "", SIZE)
        self.set_xy(LEFT, 15)
        self.cell(TEXT_W, 5, SYMBOL, align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_x(LEFT)
        self.cell(TEXT_W, 5, "Page %d" % self.text_page, align="R")
        self.y_cur = TOP_BODY

    def room(self, extra_fns=()):
        fns = list(self.page_fns) + [f for f in extra_fns if f not in self.page_fns]
        return BOTTOM - self.fn_height(fns) - self.y_cur

    def ensure(self, height):
        if self.room() < height:
            self.new_text_page()

    def draw_line(self, line, x, width, justify):
        """Draw one line, left-aligned; consecutive tokens of the same style are
        drawn as one text run (justify is accepted but not applied: ragged right
        keeps each run a single text object)."""
        sw = self.space_w()
        runs = []   # [style, text, width]
        for i, t in enumerate(line):
            text, style, sb = t
            if runs and runs[-1][0] == style and style != "SUP":
                runs[-1][1] += (" " if sb else "") + text
            else:
                if i > 0 and sb:
                    # the space belongs to the preceding run (same font width)
                    runs[-1][1] += " "
                runs.append([style, text])
        cx = x
        for style, text in runs:
            if style == "SUP":
                self.set_font(FONT, "", 7.5)
                w = self.get_string_width(text)
                self.set_xy(cx, self.y_cur - 1.6)
                self.cell(w, 4, text)
            else:
                self.set_font(FONT, "I" if style == "I" else "", SIZE)
                w = self.get_string_width(text)
                self.set_xy(cx, self.y_cur)
                self.cell(w, LH, text)
            cx += w

    def para(self, markup, first_x=0.0, rest_x=0.0, label=None, label_x=0.0,
             align="J", space_after=4.2, keep_lines=2):
        toks = tokenize(markup)
        lines = self.wrap(toks, TEXT_W - first_x, TEXT_W - rest_x)
        # keep at least `keep_lines` together at the start
        need = min(keep_lines, len(lines)) * LH
        first_fns = [t[0] for ln in lines[:keep_lines] for t in ln if t[1] == "SUP"]
        if self.room(first_fns) < need:
            self.new_text_page()
        for i, ln in enumerate(lines):
            fns = [t[0] for t in ln if t[1] == "SUP"]
            if self.room(fns) < LH:
                self.new_text_page()
            for f in fns:
                if f not in self.page_fns:
                    self.page_fns.append(f)
            x = LEFT + (first_x if i == 0 else rest_x)
            w = TEXT_W - (first_x if i == 0 else rest_x)
            if i == 0 and label:
                self.set_font(FONT, "", SIZE)
                self.set_xy(LEFT + label_x, self.y_cur)
                self.cell(15, LH, label)
            last = i == len(lines) - 1
            if align == "C":
                self.set_font(FONT, "", SIZE)
                self.draw_line(ln, x + (w - self._natural(ln)) / 2, w, False)
            else:
                self.draw_line(ln, x, w, align == "J" and not last)
            self.y_cur += LH
        self.y_cur += space_after

    def _natural(self, line):
        sw = self.space_w()
        return sum(self.tok_w(t) for t in line) + sum(
            sw for i, t in enumerate(line) if i > 0 and t[2])

    def centred_bold(self, text, space_after=LH):
        self.set_font(FONT, "B", SIZE)
        words = text.split()
        lines, cur = [], ""
        for w in words:
            trial = (cur + " " + w).strip()
            if self.get_string_width(trial) > TEXT_W - 20 and cur:
                lines.append(cur)
                cur = w
            else:
                cur = trial
        lines.append(cur)
        for ln in lines:
            self.set_xy(LEFT, self.y_cur)
            self.cell(TEXT_W, LH, ln, align="C")
            self.y_cur += LH
        self.y_cur += space_after


# ---------------------------------------------------------------- cover
def cover(pdf):
    pdf.add_page()
    pdf.set_font(FONT, "B", SIZE)
    pdf.set_xy(LEFT, 22)
    pdf.cell(TEXT_W, 6, SYMBOL, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT, "", SIZE)
    pdf.set_x(LEFT)
    pdf.cell(TEXT_W, 6, "Original: English", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(LEFT)
    pdf.cell(TEXT_W, 6, "22 November 2013", align="R", new_x="LMARGIN", new_y="NEXT")

    pdf.set_font(FONT, "B", SIZE)
    pdf.set_xy(LEFT, 92)
    pdf.cell(TEXT_W, 6, "103RD SESSION", align="C")
    pdf.set_line_width(0.4)
    pdf.line(LEFT, 104, PAGE_W - RIGHT, 104)
    pdf.set_font(FONT, "B", 14)
    pdf.set_xy(LEFT, 120)
    pdf.cell(TEXT_W, 7, "DRAFT RESOLUTIONS", align="C")

    pdf.set_font(FONT, "", SIZE)
    pdf.set_xy(LEFT, 226)
    pdf.cell(40, 5, "__________")
    pdf.set_xy(LEFT, 234)
    pdf.multi_cell(TEXT_W, LH, "These draft resolutions are submitted for consideration by the "
                   "Council at its 103rd Session.", align="L")

    pdf.set_line_width(0.3)
    pdf.line(LEFT, 270, PAGE_W - RIGHT, 270)
    pdf.set_font(FONT, "B", 11)
    pdf.set_xy(LEFT, 273)
    third = TEXT_W / 3
    pdf.cell(third, 6, "COUNCIL", align="L")
    pdf.cell(third, 6, "CONSEIL", align="C")
    pdf.cell(third, 6, "CONSEJO", align="R")


# ---------------------------------------------------------------- body
def body(pdf):
    pdf.new_text_page()
    pdf.centred_bold("DRAFT RESOLUTIONS", space_after=2 * LH)
    for n, res in enumerate(RESOLUTIONS):
        # heading + title + "The Council," + first clause must fit together
        if n > 0:
            pdf.y_cur += LH
        pdf.ensure(14 * LH)
        pdf.centred_bold("DRAFT RESOLUTION", space_after=LH)
        pdf.centred_bold(res["title"], space_after=LH)
        pdf.para("<i>The Council,</i>", first_x=12.5, rest_x=0)
        for clause in res["preamble"]:
            pdf.para(clause, first_x=12.5, rest_x=0)
        if res["formula"]:
            pdf.para("<i>" + res["formula"] + "</i>", first_x=12.5, rest_x=0, keep_lines=1)
            pdf.ensure(2 * LH)
        for k, (text, items) in enumerate(res["operative"], start=1):
            pdf.para(text, first_x=12.5, rest_x=0, label="%d." % k, label_x=0)
            if items:
                for lab, itext in items:
                    pdf.para(itext, first_x=25, rest_x=25, label=lab, label_x=12.5)
    pdf.flush_footnotes()


def main():
    pdf = Doc()
    pdf.set_title("Draft resolutions - MC/L/1326")
    pdf.set_author("International Organization for Migration")
    cover(pdf)
    body(pdf)
    pdf.output(OUT)
    print("wrote", OUT, "pages:", pdf.page_no())


if __name__ == "__main__":
    main()
