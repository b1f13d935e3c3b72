# Draws programme-budget-2023.pdf: an extract of the IOM Programme and Budget for 2024 (C/114/7),
# laid out as an IOM Council document of 2023. Drawn with fpdf2.
import re
from fpdf import FPDF

OUT = "/tmp/wave39/out/programme-budget-2023/programme-budget-2023.pdf"
SYMBOL = "C/114/7"
FONTDIR = "/usr/share/fonts/truetype/dejavu/"

LM, RM = 25.0, 190.0          # left and right text margins (mm)
TW = RM - LM
TOP_BODY = 36.0               # first text baseline on continuation pages
BOTTOM = 276.0                # lowest baseline usable (footnotes included)
BODY_PT, BODY_LH = 10.0, 5.0
FN_PT, FN_LH = 8.0, 3.8
SUP_PT = 6.0


class Doc(FPDF):
    def __init__(self):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_auto_page_break(False)
        self.add_font("DV", "", FONTDIR + "DejaVuSansCondensed.ttf")
        self.add_font("DV", "B", FONTDIR + "DejaVuSansCondensed-Bold.ttf")
        self.add_font("DV", "I", FONTDIR + "DejaVuSansCondensed-Oblique.ttf")
        self.cur_y = 0.0
        self.page_notes = []      # (marker, text) for the current page
        self.annex_page = 0       # >0 while in the annex
        self.set_title("Programme and Budget for 2024")
        self.set_author("International Organization for Migration")

    # ---------------------------------------------------------------- words and runs
    @staticmethod
    def runs_of(text, style=""):
        """Split a text into words; each word is a list of runs (string, kind),
        kind '' / 'B' / 'I' for body text and 'sup' for a raised footnote marker {n}."""
        words = []
        for raw in text.split(" "):
            if raw == "":
                continue
            runs = []
            pos = 0
            for m in re.finditer(r"\{(\d+|\*)\}", raw):
                if m.start() > pos:
                    runs.append((raw[pos:m.start()], style))
                runs.append((m.group(1), "sup"))
                pos = m.end()
            if pos < len(raw):
                runs.append((raw[pos:], style))
            words.append(runs)
        return words

    def run_width(self, s, kind, size):
        if kind == "sup":
            self.set_font("DV", "", SUP_PT)
        else:
            self.set_font("DV", kind, size)
        return self.get_string_width(s)

    def word_width(self, word, size):
        return sum(self.run_width(s, k, size) for s, k in word)

    def wrap(self, text, width, size, style="", first_width=None):
        words = self.runs_of(text, style)
        self.set_font("DV", style, size)
        space = self.get_string_width(" ")
        lines, cur, cw = [], [], 0.0
        limit = first_width if first_width is not None else width
        for w in words:
            ww = self.word_width(w, size)
            if cur and cw + space + ww > limit:
                lines.append(cur)
                cur, cw = [w], ww
                limit = width
            else:
                cw = cw + (space if cur else 0) + ww
                cur.append(w)
        if cur:
            lines.append(cur)
        return lines

    def draw_line(self, words, x, y, size, align="L", width=None, raise_=1.6):
        self.set_font("DV", "", size)
        space = self.get_string_width(" ")
        total = sum(self.word_width(w, size) for w in words) + space * (len(words) - 1)
        if align == "C":
            x = x + (width - total) / 2
        elif align == "R":
            x = x + width - total
        for i, w in enumerate(words):
            for s, k in w:
                if k == "sup":
                    self.set_font("DV", "", SUP_PT)
                    self.text(x, y - raise_, s)
                else:
                    self.set_font("DV", k, size)
                    self.text(x, y, s)
                x += self.run_width(s, k, size)
            x += space

    @staticmethod
    def markers(words):
        return [s for w in words for s, k in w if k == "sup"]

    # ---------------------------------------------------------------- footnotes and pages
    def notes_height(self, notes):
        if not notes:
            return 0.0
        h = 6.0  # rule and gap
        for _m, t in notes:
            h += len(self.wrap(t, TW - 5, FN_PT)) * FN_LH + 1.0
        return h

    def fits(self, h, new_markers=()):
        notes = list(self.page_notes)
        for m in new_markers:
            notes.append((m, NOTES[m]))
        return self.cur_y + h <= BOTTOM - self.notes_height(notes)

    def finish_page(self):
        if not self.page_notes:
            return
        y = BOTTOM - self.notes_height(self.page_notes) + 5.0
        self.set_font("DV", "", FN_PT)
        self.text(LM, y, "__________")
        y += 5.0
        for m, t in self.page_notes:
            lines = self.wrap(t, TW - 5, FN_PT)
            self.set_font("DV", "", SUP_PT)
            self.text(LM, y - 0.9, m)
            for ln in lines:
                self.draw_line(ln, LM + 5, y, FN_PT)
                y += FN_LH
            y += 1.0
        self.page_notes = []

    def new_page(self, first=False):
        if not first:
            self.finish_page()
        self.add_page()
        if first:
            return
        self.set_font("DV", "", 10)
        lines = [SYMBOL]
        if self.annex_page:
            lines += ["Annex", "Page %d" % self.annex_page]
            self.annex_page += 1
        else:
            lines += ["Page %d" % self.page_no()]
        y = 15.0
        for s in lines:
            self.text(RM - self.get_string_width(s), y, s)
            y += 4.6
        self.cur_y = y + 7.0

    def register(self, marks):
        for m in marks:
            self.page_notes.append((m, NOTES[m]))

    # ---------------------------------------------------------------- blocks
    def flow(self, lines, x_first, x_rest, size=BODY_PT, lh=BODY_LH, label=None, label_x=None,
             bold=False):
        for i, ln in enumerate(lines):
            marks = self.markers(ln)
            if not self.fits(lh, marks):
                self.new_page()
            if i == 0 and label is not None:
                self.set_font("DV", "B" if bold else "", size)
                self.text(label_x, self.cur_y, label)
            self.draw_line(ln, x_first if i == 0 else x_rest, self.cur_y, size)
            self.register(marks)
            self.cur_y += lh

    def para(self, num, text):
        """Numbered paragraph: number at the margin, first line after a tab, later lines flush left."""
        lines = self.wrap(text, TW, BODY_PT, first_width=TW - 10)
        if not self.fits(BODY_LH * min(2, len(lines))):
            self.new_page()
        self.flow(lines, LM + 10, LM, label="%d." % num, label_x=LM)
        self.cur_y += 2.6

    def plain(self, text, indent=0.0):
        lines = self.wrap(text, TW - indent, BODY_PT)
        self.flow(lines, LM + indent, LM + indent)
        self.cur_y += 2.6

    def item(self, label, text, level=1):
        lx = LM + 10 * level
        tx = lx + (5 if label == "\u2022" else 10)
        lines = self.wrap(text, RM - tx, BODY_PT)
        if not self.fits(BODY_LH * min(2, len(lines))):
            self.new_page()
        self.flow(lines, tx, tx, label=label, label_x=lx)
        self.cur_y += 1.8

    def part(self, text):
        if not self.fits(4 + 5 + 6 + BODY_LH * 3):
            self.new_page()
        self.cur_y += 4.0
        self.set_font("DV", "B", 10.5)
        self.text(LM + (TW - self.get_string_width(text)) / 2, self.cur_y, text)
        self.cur_y += 9.0

    def section(self, num, text):
        if not self.fits(3 + 6 + BODY_LH * 3):
            self.new_page()
        self.cur_y += 1.0
        self.set_font("DV", "B", 10)
        self.text(LM, self.cur_y, num)
        self.text(LM + 10, self.cur_y, text)
        self.cur_y += 8.5

    def table(self, caption, widths, aligns, head, rows, bold_rows=(), split=False):
        """head: list of header lines, each a list of cell strings; rows: list of cell lists."""
        RH, HH = 4.9, 4.4
        size = 8.8
        head_h = len(head) * HH + 3.0
        need = 6.5 + head_h + (len(rows) if not split else 3) * RH + 3
        if not self.fits(need):
            self.new_page()
        xs = [LM]
        for w in widths[:-1]:
            xs.append(xs[-1] + w)

        def cell(txt, i, y, style):
            if txt == "":
                return
            words = self.runs_of(txt, style)
            marks = self.markers(words)
            if aligns[i] == "L":
                self.draw_line(words, xs[i] + 1, y, size, raise_=1.0)
            else:
                self.draw_line(words, xs[i], y, size, align="R", width=widths[i] - 1.5, raise_=1.0)
            self.register([m for m in marks if m not in [p[0] for p in self.page_notes]])

        def draw_head():
            self.set_line_width(0.3)
            self.line(LM, self.cur_y - 3.6, RM, self.cur_y - 3.6)
            for hl in head:
                for i, c in enumerate(hl):
                    cell(c, i, self.cur_y, "B")
                self.cur_y += HH
            self.line(LM, self.cur_y - 3.0, RM, self.cur_y - 3.0)
            self.cur_y += 1.6

        self.set_font("DV", "B", 9.5)
        self.text(LM + (TW - self.get_string_width(caption)) / 2, self.cur_y, caption)
        self.cur_y += 6.5
        draw_head()
        for r, row in enumerate(rows):
            if not self.fits(RH + 1):
                self.set_line_width(0.2)
                self.line(LM, self.cur_y - 3.2, RM, self.cur_y - 3.2)
                self.new_page()
                self.cur_y += 1.0
                draw_head()
            style = "B" if r in bold_rows else ""
            if r in bold_rows:
                self.set_line_width(0.2)
                self.line(LM, self.cur_y - 3.6, RM, self.cur_y - 3.6)
            for i, c in enumerate(row):
                cell(c, i, self.cur_y, style)
            self.cur_y += RH
        self.set_line_width(0.3)
        self.line(LM, self.cur_y - 3.2, RM, self.cur_y - 3.2)
        self.cur_y += 5.0


NOTES = {
    "*": "This extract reproduces Parts I to IV and the Annex of the Programme and Budget for 2024. "
         "The detailed project budgets by country office are issued as document C/114/7/Add.1.",
    "1": "Assessed contributions continue to be apportioned and invoiced in Swiss francs. For "
         "presentation purposes they are converted in this document at the United Nations operational "
         "rate of exchange of 1 October 2023 (USD 1 = CHF 0.912).",
    "2": "The schedule of increases was set out in document C/113/INF/2. The scale of assessment "
         "for 2024 is submitted separately in document C/114/8.",
    "3": "Operational support income received from January to August 2023 amounted to USD 121.4 million, "
         "compared with USD 113.9 million in the same period of 2022.",
    "4": "Estimate as revised in the light of contributions received up to 30 June 2023.",
    "5": "Staff funded from projects numbered 19,874 at 30 June 2023. They are reported in the annual "
         "human resources statistics and are not included in this table.",
}


def num(n):
    return "" if n is None else "{:,}".format(n)


def build():
    d = Doc()
    d.new_page(first=True)

    # ------------------------------------------------------------ cover block
    d.set_font("DV", "", 10)
    y = 16.0
    for s in [SYMBOL, "Original: English", "11 October 2023"]:
        d.text(RM - d.get_string_width(s), y, s)
        y += 5.0
    y += 9.0
    d.set_font("DV", "B", 11)
    for s in ["COUNCIL"]:
        d.text(LM + (TW - d.get_string_width(s)) / 2, y, s)
        y += 5.5
    d.set_font("DV", "", 11)
    d.text(LM + (TW - d.get_string_width("114th Session")) / 2, y, "114th Session")
    y += 5.5
    d.set_font("DV", "", 10)
    d.text(LM, y - 2, "_" * 79)
    y += 9.0
    d.cur_y = y
    title_words = d.runs_of("PROGRAMME AND BUDGET FOR 2024{*}", "B")
    d.draw_line(title_words, LM, d.cur_y, 12, align="C", width=TW)
    d.register(["*"])
    d.cur_y += 11.0

    # ------------------------------------------------------------ Part I
    d.part("PART I \u2013 INTRODUCTION")
    d.section("1.1", "Purpose and scope of the document")
    d.para(1, "The Programme and Budget for 2024 is submitted to the Council at its 114th Session for "
              "approval. A draft was reviewed by the Standing Committee on Programmes and Finance at its "
              "Thirty-second Session, held on 27 and 28 June 2023 (document S/32/4), and the present "
              "version takes into account the comments made by Member States at that session and in the "
              "informal consultations held in July and September 2023.")
    d.para(2, "This is the first programme and budget to be presented in the unified format agreed in the "
              "course of the budget reform. The former division into an Administrative Part of the Budget, "
              "expressed in Swiss francs, and an Operational Part of the Budget, expressed in United States "
              "dollars, has been replaced by a single presentation in US dollars, organized in two blocks: "
              "the core structure and voluntary contributions for projects.{1}")
    d.section("1.2", "The unified budget structure")
    d.para(3, "The unified budget is built from the following elements:")
    d.item("\u2022", "the core structure, which finances the functions and positions that the Organization "
                     "needs in all circumstances, whatever the level of project activity, and which is "
                     "funded from assessed contributions, operational support income and unearmarked "
                     "voluntary contributions;")
    d.item("\u2022", "voluntary contributions earmarked for projects, which remain by far the largest share "
                     "of IOM resources and are budgeted on the basis of confirmed funding and reasonable "
                     "expectations of funding; and")
    d.item("\u2022", "a small number of other sources, such as interest income and flexible multi-year "
                     "contributions, which are shown separately where they finance the core structure.")
    d.cur_y += 0.8
    d.para(4, "In line with Resolution No. 1402 of 30 November 2022, the assessed contributions for 2024 "
              "correspond to the second of the three steps of increased investment in the core structure "
              "agreed by the Member States.{2} The third step will be reflected in the Programme and Budget "
              "for 2025.")
    d.para(5, "Total resources for 2024 are estimated at USD 3,264,018,000, of which USD 310,618,000 "
              "(9.5 per cent) relates to the core structure and USD 2,953,400,000 to voluntary "
              "contributions for projects.")

    # ------------------------------------------------------------ Part II
    d.part("PART II \u2013 CORE STRUCTURE")
    d.section("2.1", "Sources of funding")
    d.para(6, "The core structure for 2024 amounts to USD 310,618,000, an increase of USD 26,836,000, or "
              "9.5 per cent, over the approved budget for 2023. Table 1 compares the two years by source "
              "of funding.")
    t1 = [
        ("Assessed contributions", 69432000, 76818000),
        ("Operational support income", 171500000, 178200000),
        ("Unearmarked voluntary contributions", 38650000, 41000000),
        ("Flexible multi-year contributions", None, 9500000),
        ("Interest income", 4200000, 5100000),
    ]
    tot23 = sum(r[1] or 0 for r in t1)
    tot24 = sum(r[2] for r in t1)
    assert (tot23, tot24) == (283782000, 310618000)
    rows = [[a, num(b), num(c), num(c - (b or 0))] for a, b, c in t1]
    rows.append(["Total", num(tot23), num(tot24), num(tot24 - tot23)])
    d.table("Table 1: Funding of the core structure, 2023 and 2024 (USD)",
            [80, 30, 30, 25], ["L", "R", "R", "R"],
            [["Source of funding", "2023", "2024", "Change"],
             ["", "approved", "proposed", ""]],
            rows, bold_rows=(len(rows) - 1,))
    d.para(7, "Most of the increase comes from three sources:")
    d.item("(a)", "an increase of USD 7,386,000 in assessed contributions, corresponding to the second "
                  "step approved by the Council;")
    d.item("(b)", "a rise of USD 6,700,000 in operational support income, in line with the projected growth "
                  "of project expenditure at the harmonized rate; and")
    d.item("(c)", "new flexible multi-year contributions of USD 9,500,000 pledged by four Member States, "
                  "which are allocated to the core structure for the first time.")
    d.cur_y += 0.8
    d.para(8, "The balance of USD 3,250,000 results from a modest increase in unearmarked voluntary "
              "contributions and from higher interest income. Operational support income has been budgeted "
              "at a level that the Administration considers prudent in the light of the income received in "
              "the first eight months of 2023;{3} any income above that level will be reported to the "
              "Standing Committee and applied to the Operational Support Income reserve in accordance with "
              "Resolution No. 1390.")

    d.section("2.2", "Distribution by region and office")
    d.para(9, "Table 2 shows how the core structure is distributed between Headquarters, the two "
              "administrative centres and the nine regions. The figures for each region include the "
              "regional office and the core-funded positions in the country offices of that region. Costs "
              "managed centrally, such as corporate insurance and the enterprise resource planning system, "
              "are shown on a separate line.")
    t2 = [
        ("Headquarters (Geneva)", 42138000, 61950000),
        ("Manila Administrative Centre", None, 24870000),
        ("Panama Administrative Centre", None, 9640000),
        ("Asia and the Pacific", 4960000, 17320000),
        ("Central and North America and the Caribbean", 3870000, 13450000),
        ("East and Horn of Africa", 4410000, 16780000),
        ("European Economic Area, European Union and NATO", 3250000, 9860000),
        ("Middle East and North Africa", 4120000, 15090000),
        ("South America", 2980000, 10240000),
        ("South-Eastern Europe, Eastern Europe and Central Asia", 3640000, 12730000),
        ("Southern Africa", 2870000, 9910000),
        ("West and Central Africa", 4580000, 16350000),
        ("Centrally managed costs", None, 15610000),
    ]
    a = sum(r[1] or 0 for r in t2)
    o = sum(r[2] for r in t2)
    assert (a, o) == (76818000, 233800000) and a + o == tot24
    rows = [[n, num(x), num(y), num((x or 0) + y)] for n, x, y in t2]
    rows.append(["Total", num(a), num(o), num(a + o)])
    d.table("Table 2: Core structure by region and office, 2024 (USD)",
            [86, 28, 28, 23], ["L", "R", "R", "R"],
            [["Region or office", "Assessed", "Other core", "Total"],
             ["", "contributions", "sources", ""]],
            rows, bold_rows=(len(rows) - 1,), split=True)
    d.para(10, "Headquarters accounts for 33.5 per cent of the core structure in 2024, against 35.2 per cent "
               "in 2023, owing to the continued transfer of transactional functions to the administrative "
               "centres and of programme support functions to the regions.")

    # ------------------------------------------------------------ Part III
    d.part("PART III \u2013 VOLUNTARY CONTRIBUTIONS FOR PROJECTS")
    d.section("3.1", "Projected funding by thematic area")
    d.para(11, "Voluntary contributions for projects are estimated at USD 2,953,400,000 for 2024. As in "
               "previous years, the estimate covers only funding that is confirmed or reasonably assured "
               "at the time of writing. Experience shows that the final figure for the year is considerably "
               "higher, as new projects are approved and emergency appeals are funded during the year.")
    t3 = [
        ("Emergency and post-crisis response", 1108400000, 1012300000),
        ("Transition and recovery", None, 237700000),
        ("Movement and resettlement", 371200000, 402600000),
        ("Return and reintegration", 296500000, 318900000),
        ("Immigration and border governance", 259800000, 274500000),
        ("Migration health", 228900000, 236400000),
        ("Protection and assistance for migrants", 181300000, 198700000),
        ("Labour mobility and social inclusion", 104600000, 121800000),
        ("Climate change, environment and migration", 71900000, 96300000),
        ("Migration data and research", 49700000, 54200000),
    ]
    s23 = sum(r[1] or 0 for r in t3)
    s24 = sum(r[2] for r in t3)
    assert s24 == 2953400000 and s23 == 2672300000
    rows = [[n, num(x), num(y), "%.1f" % (100.0 * y / s24)] for n, x, y in t3]
    rows.append(["Total", num(s23), num(s24), "100.0"])
    d.table("Table 3: Projected voluntary contributions by thematic area (USD)",
            [78, 31, 31, 25], ["L", "R", "R", "R"],
            [["Thematic area", "2023", "2024", "Share of"],
             ["", "revised{4}", "projected", "2024 (%)"]],
            rows, bold_rows=(len(rows) - 1,))
    d.para(12, "The apparent fall in emergency and post-crisis response is due to the introduction of "
               "transition and recovery as a separate thematic area; these activities were previously "
               "reported under emergency response. Taken together, the two areas are projected at "
               "USD 1,250,000,000 in 2024, an increase of 12.8 per cent over 2023.")
    d.para(13, "The projections for 2024 reflect the following main trends:")
    d.item("\u2022", "continued large-scale operations in response to the war in Ukraine and to the crisis "
                     "in the Sudan and its neighbouring countries;")
    d.item("\u2022", "the expansion of resettlement and complementary pathways programmes, notably in the "
                     "Americas;")
    d.item("\u2022", "a growing portfolio of projects on climate change and the environment, which has "
                     "more than doubled since 2021; and")
    d.item("\u2022", "increased requests from governments for support in border management and "
                     "identity systems.")
    d.cur_y += 0.8

    d.section("3.2", "Risks and assumptions")
    d.para(14, "The estimates for voluntary contributions are subject to three main risks:")
    d.item("(a)", "the concentration of funding: the ten largest donors are expected to provide some "
                  "82 per cent of voluntary contributions, so that a change in the priorities of any one of "
                  "them would have a marked effect on the total;")
    d.item("(b)", "movements in exchange rates, which affect in particular:")
    d.item("(i)", "contributions received in euros and other currencies, which are recorded at the rate "
                  "of the day of receipt; and", level=2)
    d.item("(ii)", "staff and office costs in duty stations where expenditure is incurred in local "
                   "currency; and", level=2)
    d.item("(c)", "the timing of emergency funding, which is difficult to forecast and may cause "
                  "significant variations in operational support income during the year.")
    d.cur_y += 0.8
    d.para(15, "An update will be presented in the first revision of the Programme and Budget for 2024, "
               "which will be submitted to the Standing Committee at its Thirty-fourth Session in June 2024.")

    # ------------------------------------------------------------ Part IV
    d.part("PART IV \u2013 STAFFING AND ACTION REQUESTED")
    d.section("4.1", "Core-funded positions")
    d.para(16, "The core structure will finance 1,612 positions in 2024, compared with 1,498 in 2023. Of the "
               "114 additional positions, 61 are in the regions, 31 at the administrative centres and 22 "
               "at Headquarters. The distribution of positions by grade is shown in the Annex.")
    d.section("4.2", "Action requested of the Council")
    d.para(17, "The Council is invited to approve the Programme and Budget for 2024, including assessed "
               "contributions totalling CHF 70,058,000 (USD 76,818,000), and to take note of the projected "
               "voluntary contributions for projects of USD 2,953,400,000.")

    # ------------------------------------------------------------ Annex
    d.annex_page = 1
    d.new_page()
    d.cur_y += 2.0
    d.set_font("DV", "B", 11)
    for s in ["STAFFING TABLE OF THE CORE STRUCTURE BY GRADE"]:
        d.text(LM + (TW - d.get_string_width(s)) / 2, d.cur_y, s)
        d.cur_y += 6.0
    d.cur_y += 6.0
    d.plain("The table below shows the positions funded from the core structure, by grade, for 2023 as "
            "approved and for 2024 as proposed. Positions funded from projects are not included.{5}")
    d.cur_y += 2.0
    t4 = [
        ("Director General", 1, 1),
        ("Deputy Directors General", 3, 3),
        ("D-2", 14, 15),
        ("D-1", 38, 42),
        ("P-5", 112, 121),
        ("P-4", 214, 232),
        ("P-3", 236, 259),
        ("P-2", 97, 108),
        ("P-1", None, 6),
    ]
    p23 = sum(r[1] or 0 for r in t4)
    p24 = sum(r[2] for r in t4)
    t5 = [("National Officers", 162, 178), ("General Service", 621, 647)]
    o23 = sum(r[1] for r in t5)
    o24 = sum(r[2] for r in t5)
    assert (p23 + o23, p24 + o24) == (1498, 1612)

    def ch(x, y):
        c = y - (x or 0)
        return "" if c == 0 else num(c)

    rows = [[n, num(x), num(y), ch(x, y)] for n, x, y in t4]
    rows.append(["Subtotal, Professional and higher categories", num(p23), num(p24), ch(p23, p24)])
    rows += [[n, num(x), num(y), ch(x, y)] for n, x, y in t5]
    rows.append(["Subtotal, other categories", num(o23), num(o24), ch(o23, o24)])
    rows.append(["Total", num(p23 + o23), num(p24 + o24), ch(p23 + o23, p24 + o24)])
    d.table("(number of positions)", [95, 25, 25, 20], ["L", "R", "R", "R"],
            [["Grade", "2023", "2024", "Change"]],
            rows, bold_rows=(9, 12, 13))
    d.finish_page()
    d.output(OUT)
    print("pages:", d.page_no())


if __name__ == "__main__":
    build()
