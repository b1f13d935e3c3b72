#!/usr/bin/env python3
"""Draws idm-paper-2002c.pdf: an IOM Council information note (MC/INF series, October 2002),
background paper for the International Dialogue on Migration on migrant remittances.
Layout is done by hand on top of fpdf2 (own line-wrapping, raised footnote markers, footnotes
at the foot of the page where their marker falls, two passes for the contents page numbers)."""
import os
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "idm-paper-2002c.pdf")
FONTDIR = "/usr/share/fonts/truetype/dejavu"

SYMBOL = "MC/INF/252"
DATE = "14 October 2002"
SESSION = "EIGHTY-FOURTH SESSION"
TITLE_LINES = ["MIGRANT REMITTANCES AND THEIR", "CONTRIBUTION TO DEVELOPMENT"]
SUBTITLE = "(Background paper for the International Dialogue on Migration)"

# page geometry (mm)
PW, PH = 210.0, 297.0
LM, RM = 25.0, 20.0
W = PW - LM - RM
TOP = 30.0
BOTTOM = 277.0
BODY_PT = 11
LH = 5.4          # body line height
FN_PT = 9
FN_LH = 4.0
GAP = 3.4         # space after a block

# ---------------------------------------------------------------- content
# Inline footnote markers are written {fn:N}; the footnote texts are in FOOTNOTES.
FOOTNOTES = {
    1: "The programme of work for the Dialogue in 2002, including the themes selected for its "
       "sessions, is set out in document MC/INF/250.",
    2: "Estimates of unrecorded flows vary considerably. Household surveys carried out in several "
       "countries of South Asia suggest that transfers through informal channels may equal or exceed "
       "those passing through the banking system.",
    3: "Both systems originated in South Asia and the Middle East. The broker receiving the money "
       "instructs a counterpart in the country of destination to pay out the equivalent amount, and "
       "accounts between brokers are settled periodically.",
    4: "Under the \u201cThree for One\u201d programme in Mexico, each dollar contributed by a migrant "
       "association to an approved project is matched by one dollar from each of the municipal, state "
       "and federal authorities.",
}

REGIONS = [
    ("East Asia and the Pacific", 11240, 12080, 13150),
    ("Europe and Central Asia", 7810, 8260, 8940),
    ("Latin America and the Caribbean", 17620, 20130, 23090),
    ("Middle East and North Africa", 12860, 13020, 14270),
    ("South Asia", 15090, 16000, 16580),
    ("Sub-Saharan Africa", 3950, 4170, 4260),
]
TOTALS = tuple(sum(r[i] for r in REGIONS) for i in (1, 2, 3))
assert TOTALS == (68570, 73660, 80290), TOTALS

# Body blocks: ("h1", num, text) ("h2", num, text) ("para", num, text) ("item", label, text)
# ("bullet", text) ("q", label, text) ("table",) ("titlerepeat",) ("contents",)
BODY = [
    ("contents",),
    ("titlerepeat",),
    ("h1", "I.", "INTRODUCTION"),
    ("para", 1,
     "At its Eighty-second Session in November 2001, the Council launched the International Dialogue "
     "on Migration, as recorded in the report on that session (MC/2061). The Dialogue offers "
     "governments, intergovernmental organizations and civil society an informal setting in which to "
     "examine migration questions of shared concern and to exchange experience on effective "
     "policies.{fn:1}"),
    ("para", 2,
     "For its 2002 deliberations the Council selected the broad theme of migration and development. "
     "Within that theme, the money that migrants send back to their families and communities has "
     "attracted mounting interest from governments, financial institutions and researchers alike. "
     "Remittances have become one of the largest and steadiest sources of external finance for many "
     "developing countries, yet they are still poorly measured and only partly understood."),
    ("para", 3,
     "The purpose of this paper is to open the discussion rather than to propose firm conclusions. "
     "Section II reviews what is known of the size and direction of remittance flows; Section III "
     "looks at their effects on households and communities in countries of origin; Section IV "
     "outlines options available to governments at both ends of the migration process; and "
     "Section V suggests questions for the debate."),
    ("h1", "II.", "REMITTANCE FLOWS: SCALE AND PATTERNS"),
    ("h2", "A.", "Volume and regional distribution"),
    ("para", 4,
     "Official statistics capture only the transfers that pass through banks and other regulated "
     "intermediaries. Even on that narrow basis, the remittances recorded by developing countries "
     "rose from some US$ 68.6 billion in 1999 to US$ 80.3 billion in 2001, an increase of "
     "17 per cent in two years (Table 1). If unrecorded transfers were taken into account, the "
     "amounts would be larger by half or more.{fn:2}"),
    ("table",),
    ("para", 5,
     "Latin America and the Caribbean receives the largest share, followed by South Asia and by the "
     "Middle East and North Africa. Measured against the size of national economies, the ranking "
     "changes: in a number of smaller countries, among them Jordan, Lesotho, Tonga and Yemen, "
     "remittances exceed 10 per cent of gross domestic product and are larger than both official "
     "development assistance and foreign direct investment."),
    ("para", 6,
     "Remittances have also shown striking resilience. Private capital tends to leave a country when "
     "a crisis strikes, whereas transfers from migrants often increase when conditions at home "
     "deteriorate, as relatives abroad respond to the needs of their families."),
    ("h2", "B.", "Transfer channels and costs"),
    ("para", 7,
     "Migrants rely on a variety of channels to send money home. These may be grouped broadly as "
     "follows:"),
    ("item", "(a)",
     "commercial banks, which offer security but frequently require both the sender and the "
     "recipient to hold an account;"),
    ("item", "(b)",
     "specialized money transfer companies, whose wide networks of agents allow rapid delivery, "
     "usually at a higher price;"),
    ("item", "(c)",
     "postal services and credit unions, which are well established in some corridors but little "
     "used in others; and"),
    ("item", "(d)",
     "informal systems such as hawala and hundi,{fn:3} which rest on trust between brokers and are "
     "often cheaper and quicker than formal services."),
    ("para", 8,
     "Sending money remains expensive. Price surveys carried out in 2001 in several corridors "
     "between North and Central America found that fees and exchange-rate margins together "
     "absorbed between 10 and 20 per cent of small transfers, which are typical of the sums sent by "
     "low-wage workers. Competition has brought prices down in some high-volume corridors, but the "
     "smaller corridors, notably those serving Africa, have seen little change."),
    ("h1", "III.", "REMITTANCES, HOUSEHOLDS AND COMMUNITIES"),
    ("para", 9,
     "For the households that receive them, remittances are above all a source of income that pays "
     "for food, housing, schooling and health care. Studies in several countries indicate that "
     "households with a member abroad are less likely to fall below the poverty line and more likely "
     "to keep their children in school."),
    ("para", 10,
     "Beyond meeting daily needs, remittances can finance productive investment. The evidence "
     "available points to several ways in which this happens:"),
    ("bullet", "the purchase of land, livestock and farm equipment;"),
    ("bullet", "the creation or expansion of small family businesses;"),
    ("bullet", "the building and improvement of housing, which creates local employment; and"),
    ("bullet",
     "collective projects funded by migrant associations, such as schools, health centres and "
     "water supply systems."),
    ("para", 11,
     "Some observers warn that remittances can also breed dependency, push up local prices for land "
     "and housing, and widen the gap between households with relatives abroad and those without. "
     "How these effects balance out depends on local conditions, in particular on access to credit, "
     "the state of infrastructure and the stability of the macroeconomic environment."),
    ("para", 12,
     "Associations of migrants in countries of destination play an increasingly visible part. "
     "Hometown associations of Mexican and Salvadoran migrants in the United States, for instance, "
     "pool contributions to pay for community projects in their places of origin, in some cases "
     "with matching funds from public authorities.{fn:4}"),
    ("h1", "IV.", "POLICY OPTIONS FOR GOVERNMENTS"),
    ("para", 13,
     "Remittances are private funds, and any policy measure must respect the right of migrants to "
     "use their earnings as they see fit. Experience shows that attempts to channel or tax "
     "remittances tend to drive transfers underground. Governments can nevertheless do a great deal "
     "to make transfers cheaper and safer and to increase their contribution to development."),
    ("para", 14,
     "Countries of origin can improve the collection of data on remittances, encourage their banking "
     "sectors to extend services to migrants and their families, and offer savings and investment "
     "products designed for nationals working abroad, such as foreign currency deposit accounts."),
    ("para", 15,
     "Countries of destination can ease access of migrants to financial services, for example by "
     "accepting identity documents issued by consulates, and can promote transparency in the "
     "pricing of transfers. Cooperation between the countries at the two ends of a corridor is "
     "likely to produce the best results."),
    ("para", 16,
     "IOM has supported several Member States in this field, for instance through surveys of the "
     "use of remittances among returning migrants and by informing migrants of the costs of "
     "different transfer options. The Organization is ready to extend such activities at the "
     "request of Member States."),
    ("h1", "V.", "QUESTIONS FOR DISCUSSION"),
    ("para", 17,
     "In the light of the foregoing, participants in the Dialogue may wish to address the following "
     "questions:"),
    ("q", "1.",
     "What steps have governments taken to improve the measurement of remittances, and how could "
     "countries of origin and destination share such data?"),
    ("q", "2.",
     "How can the cost of transferring money be lowered, especially in corridors with small "
     "volumes?"),
    ("q", "3.",
     "Which measures have succeeded in encouraging the productive use of remittances without "
     "limiting the freedom of migrants to spend their earnings as they choose?"),
    ("q", "4.",
     "What role could IOM play, together with other international organizations and the private "
     "sector, in supporting the efforts of Member States in this area?"),
]

TABLE_CAPTION = "Table 1. Recorded remittances to developing regions, 1999\u20132001 (US$ millions)"
TABLE_SOURCE = ("Source: IOM compilation based on balance of payments statistics of the "
                "International Monetary Fund.")


def fmt(n):
    return f"{n:,}"


# ---------------------------------------------------------------- text runs
def parse_runs(text):
    """Split text into words; each word is a list of (text, sup) runs. {fn:N} becomes a raised N
    glued to the preceding word."""
    words = []
    for raw in text.split(" "):
        if not raw:
            continue
        runs = []
        rest = raw
        while "{fn:" in rest:
            i = rest.index("{fn:")
            j = rest.index("}", i)
            if i > 0:
                runs.append((rest[:i], False))
            runs.append((rest[i + 4:j], True))
            rest = rest[j + 1:]
        if rest:
            runs.append((rest, False))
        words.append(runs)
    return words


class Doc:
    def __init__(self, toc_pages):
        self.pdf = FPDF(orientation="P", unit="mm", format="A4")
        self.pdf.set_auto_page_break(False)
        self.pdf.set_margins(LM, TOP, RM)
        for style, fn in (("", "DejaVuSerifCondensed.ttf"), ("B", "DejaVuSerifCondensed-Bold.ttf"),
                          ("I", "DejaVuSerifCondensed-Italic.ttf"),
                          ("BI", "DejaVuSerifCondensed-BoldItalic.ttf")):
            self.pdf.add_font("Serif", style, os.path.join(FONTDIR, fn))
        self.toc_pages = toc_pages      # heading key -> page label (from previous pass)
        self.heading_pages = {}
        self.fn_pending = []            # footnotes to print at the foot of the current page
        self.label = 0
        self.y = TOP

    # ------------------------------------------------------------ helpers
    def font(self, style="", size=BODY_PT):
        self.pdf.set_font("Serif", style, size)

    def sw(self, s, style="", size=BODY_PT):
        self.font(style, size)
        return self.pdf.get_string_width(s)

    def word_width(self, word, style, size=BODY_PT):
        w = 0.0
        for t, sup in word:
            w += self.sw(t, style, size * 0.62 if sup else size)
        return w

    def wrap(self, words, widths, style="", size=BODY_PT):
        """Greedy wrap; widths(i) gives available width of line i."""
        lines, cur, curw = [], [], 0.0
        space = self.sw(" ", style, size)
        for wd in words:
            ww = self.word_width(wd, style, size)
            avail = widths(len(lines))
            if cur and curw + space + ww > avail:
                lines.append(cur)
                cur, curw = [wd], ww
            else:
                curw = ww if not cur else curw + space + ww
                cur.append(wd)
        if cur:
            lines.append(cur)
        return lines

    def draw_line(self, x, baseline, line, style="", size=BODY_PT, raise_mm=1.7):
        """Draw words; merge runs of the same kind so that spaces are real characters."""
        segs = []
        for k, wd in enumerate(line):
            for m, (t, sup) in enumerate(wd):
                t2 = t
                if k > 0 and m == 0:
                    t2 = " " + t
                if segs and segs[-1][1] == sup and not (k > 0 and m == 0 and sup):
                    segs[-1][0] += t2
                else:
                    segs.append([t2, sup])
        for t, sup in segs:
            if sup:
                t = t.strip()
                self.font(style, size * 0.62)
                self.pdf.text(x, baseline - raise_mm, t)
                x += self.pdf.get_string_width(t)
            else:
                self.font(style, size)
                self.pdf.text(x, baseline, t)
                x += self.pdf.get_string_width(t)
        return x

    @staticmethod
    def markers(line):
        return [int(t) for wd in line for (t, sup) in wd if sup]

    # ------------------------------------------------------------ footnotes
    def fn_lines(self, n):
        words = parse_runs(FOOTNOTES[n])
        return self.wrap(words, lambda i: W - 6, "", FN_PT)

    def fn_height(self, nums):
        if not nums:
            return 0.0
        h = 6.0
        for n in nums:
            h += len(self.fn_lines(n)) * FN_LH + 1.0
        return h

    def limit(self, extra=()):
        return BOTTOM - self.fn_height(self.fn_pending + list(extra))

    def draw_footnotes(self):
        if not self.fn_pending:
            return
        h = self.fn_height(self.fn_pending)
        y = BOTTOM - h + 2.0
        # typed rule of underscores, as IOM prints it
        self.font("", FN_PT)
        self.pdf.text(LM, y, "_" * 20)
        y += 5.0
        for n in self.fn_pending:
            lines = self.fn_lines(n)
            for i, ln in enumerate(lines):
                base = y + 3.0
                if i == 0:
                    self.font("", FN_PT * 0.62)
                    self.pdf.text(LM, base - 1.3, str(n))
                self.draw_line(LM + 6, base, ln, "", FN_PT, 1.3)
                y += FN_LH
            y += 1.0
        self.fn_pending = []

    # ------------------------------------------------------------ pages
    def new_page(self):
        if self.label >= 0 and self.pdf.page > 0:
            self.draw_footnotes()
        self.pdf.add_page()
        self.label = self.pdf.page - 1
        if self.label >= 1:
            self.font("", BODY_PT)
            for i, t in enumerate((SYMBOL, f"Page {self.label}")):
                self.pdf.text(PW - RM - self.pdf.get_string_width(t), 13 + 5 * i, t)
        self.y = TOP

    def ensure(self, h):
        if self.y + h > self.limit():
            self.new_page()

    # ------------------------------------------------------------ cover
    def cover(self):
        self.pdf.add_page()
        self.label = 0
        self.font("B", BODY_PT)
        self.pdf.text(PW - RM - self.pdf.get_string_width(SYMBOL), 22, SYMBOL)
        self.font("", BODY_PT)
        for i, t in enumerate(("Original: English", DATE)):
            self.pdf.text(PW - RM - self.pdf.get_string_width(t), 32 + 5.5 * i, t)
        self.centre(SESSION, 70, "B", BODY_PT)
        self.centre("_" * 30, 75, "", BODY_PT)
        y = 112
        for t in TITLE_LINES:
            self.centre(t, y, "B", 12)
            y += 6.5
        self.centre(SUBTITLE, y + 4, "", BODY_PT)
        # trilingual footer
        self.pdf.set_line_width(0.3)
        self.pdf.line(LM, 272, PW - RM, 272)
        self.font("B", 10)
        self.pdf.text(LM, 279, "COUNCIL")
        self.centre("CONSEIL", 279, "B", 10)
        self.pdf.text(PW - RM - self.pdf.get_string_width("CONSEJO"), 279, "CONSEJO")

    def centre(self, t, y, style, size):
        self.font(style, size)
        self.pdf.text((PW - self.pdf.get_string_width(t)) / 2, y, t)

    # ------------------------------------------------------------ blocks
    def flow(self, words, first_x, first_w, rest_x, rest_w, style="", label=None, label_x=LM):
        lines = self.wrap(words, lambda i: first_w if i == 0 else rest_w, style)
        for i, ln in enumerate(lines):
            mk = self.markers(ln)
            if self.y + LH > self.limit(mk):
                self.new_page()
            if i == 0 and label:
                self.font("", BODY_PT)
                self.pdf.text(label_x, self.y + 4.0, label)
            x = first_x if i == 0 else rest_x
            self.draw_line(x, self.y + 4.0, ln, style)
            self.fn_pending.extend(mk)
            self.y += LH
        self.y += GAP

    def heading(self, key, num, text, style, keep=3):
        self.ensure(LH * keep + GAP)
        self.heading_pages[key] = self.label
        self.font(style, BODY_PT)
        self.pdf.text(LM, self.y + 4.0, num)
        self.pdf.text(LM + 10, self.y + 4.0, text)
        self.y += LH + GAP

    def contents(self):
        self.centre("CONTENTS", self.y + 4.0, "B", BODY_PT)
        self.y += LH + 2
        self.font("", BODY_PT)
        self.pdf.text(PW - RM - self.pdf.get_string_width("Page"), self.y + 4.0, "Page")
        self.y += LH + 1.5
        entries = []
        for b in BODY:
            if b[0] == "h1":
                entries.append((0, b[1], b[2]))
            elif b[0] == "h2":
                entries.append((1, b[1], b[2]))
        dotw = self.sw(".")
        for lvl, num, text in entries:
            page = str(self.toc_pages.get(num + text, "?"))
            x0 = LM + (10 if lvl else 0)
            self.font("", BODY_PT)
            self.pdf.text(x0, self.y + 4.0, num)
            self.pdf.text(x0 + 10, self.y + 4.0, text)
            end = x0 + 10 + self.pdf.get_string_width(text) + 2
            pw = self.pdf.get_string_width(page)
            right = PW - RM - pw - 2
            ndots = int((right - end) / dotw)
            dots = "." * ndots
            self.pdf.text(right - self.pdf.get_string_width(dots), self.y + 4.0, dots)
            self.pdf.text(PW - RM - pw, self.y + 4.0, page)
            self.y += LH + 0.8
        self.y += GAP + 2

    def table(self):
        colw = [W - 3 * 27, 27, 27, 27]
        rh = 6.2
        nrows = len(REGIONS) + 2
        h = rh * (nrows + 1) + 12
        self.ensure(h)
        self.centre(TABLE_CAPTION, self.y + 4.0, "B", 10)
        self.y += LH + 1.5
        x0 = LM
        top = self.y
        self.pdf.set_line_width(0.25)
        self.pdf.rect(x0, top, W, rh * nrows)

        def row(cells, style, y):
            self.font(style, 10)
            self.pdf.text(x0 + 2, y + 4.3, cells[0])
            x = x0 + colw[0]
            for c, w in zip(cells[1:], colw[1:]):
                self.pdf.text(x + w - 2 - self.pdf.get_string_width(c), y + 4.3, c)
                x += w

        y = top
        row(["Region", "1999", "2000", "2001"], "B", y)
        y += rh
        self.pdf.line(x0, y, x0 + W, y)
        for r in REGIONS:
            row([r[0]] + [fmt(v) for v in r[1:]], "", y)
            y += rh
        self.pdf.line(x0, y, x0 + W, y)
        row(["Total"] + [fmt(v) for v in TOTALS], "B", y)
        y += rh
        x = x0
        for w in colw[:-1]:
            x += w
            self.pdf.line(x, top, x, y)
        self.y = y + 1.5
        self.font("I", 9)
        self.pdf.text(x0, self.y + 3.5, TABLE_SOURCE)
        self.y += 4.5 + GAP + 1

    def body(self):
        self.new_page()
        for b in BODY:
            kind = b[0]
            if kind == "contents":
                self.contents()
            elif kind == "titlerepeat":
                self.y += 2
                self.centre(" ".join(TITLE_LINES), self.y + 4.0, "B", BODY_PT)
                self.y += LH + GAP + 2
            elif kind == "h1":
                self.heading(b[1] + b[2], b[1], b[2], "B")
            elif kind == "h2":
                self.heading(b[1] + b[2], b[1], b[2], "BI")
            elif kind == "para":
                words = parse_runs(b[2])
                # number, then the first line indented after it; later lines flush left
                self.flow(words, LM + 10, W - 10, LM, W, label=f"{b[1]}.", label_x=LM)
            elif kind in ("item", "q"):
                words = parse_runs(b[2])
                self.flow(words, LM + 20, W - 20, LM + 20, W - 20, label=b[1], label_x=LM + 10)
            elif kind == "bullet":
                words = parse_runs(b[1])
                self.flow(words, LM + 17, W - 17, LM + 17, W - 17, label="\u2022", label_x=LM + 10)
            elif kind == "table":
                self.table()
        self.draw_footnotes()


def build(toc):
    d = Doc(toc)
    d.cover()
    d.body()
    return d


def main():
    toc = {}
    for _ in range(4):
        d = build(toc)
        if d.heading_pages == toc:
            break
        toc = d.heading_pages
    d = build(toc)
    assert d.heading_pages == toc
    d.pdf.output(OUT)
    print("pages:", d.pdf.page, "headings:", toc)


if __name__ == "__main__":
    main()
