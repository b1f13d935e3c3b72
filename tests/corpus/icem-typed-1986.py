"""Lays out icem-typed-1986.pdf: an ICM-era Executive Committee paper typed in Courier.

Canvas API, A4, Courier only. Typewriter conventions: headings in capitals
underlined with a line of hyphens, page numbers typed as '- 2 -', '/...' at the
foot of a page whose text continues, footnote markers typed as 'n/' (raised
half a line), notes under a short typed line at the page foot.
"""
import os
import re
import textwrap

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "icem-typed-1986.pdf")

SYMBOL = "MC/EX/478"
W, H = A4
FONT, BOLDF, SIZE = "Courier", "Courier-Bold", 10
CW = stringWidth("x", FONT, SIZE)  # 6 pt per character
LM = 66
COLS = 74                          # typed line length
LEAD = 13
TOP_Y = H - 60
BOTTOM = 70
TAB = 8                            # characters between number and text

FOOTNOTES = {
    "1": "See document MC/EX/212 of 4 May 1964 and Council Resolution No. 318 (XXI).",
    "2": "Figures for 1985 are provisional and include 41 persons whose departure was "
         "processed in December 1985 but who travelled in January 1986.",
    "3": "The Government of Italy has indicated that its contribution for 1986 will be "
         "announced at the Fifty-second Session of the Council.",
}

# Paragraphs use {n} for a footnote marker (typed as 'n/').
DOC = [
    ("heading", "INTRODUCTION"),
    ("para", "1.", "The Selective Migration Programme for Latin America was set up in 1964 to "
     "help Latin American countries obtain the skilled workers, technicians and professionals "
     "needed for their development plans, by recruiting them in Europe and moving them with "
     "the assistance of ICM.{1} Since 1974 the Programme has been complemented by the Return "
     "of Talent Programme, which assists qualified Latin American nationals living abroad to "
     "return to their countries of origin."),
    ("para", "2.", "The present document reviews the operation of the Selective Migration "
     "Programme during the three years 1983 to 1985, describes its financing and sets out the "
     "Administration's proposals for 1986 and 1987. It is submitted in response to the request "
     "made by the Executive Committee at its Sixty-sixth Session."),
    ("heading", "MOVEMENTS, 1983-1985"),
    ("para", "3.", "The number of persons moved under the Programme in each of the last three "
     "years, by country of destination, is shown in the following table:"),
    ("table", None),
    ("para", "4.", "The decline recorded in 1984 reflects the difficult economic situation of "
     "several receiving countries, which led them to postpone recruitment for public works and "
     "industrial projects. The recovery in 1985 was concentrated in the health, agricultural and "
     "technical education sectors.{2}"),
    ("para", "5.", "Close to two thirds of the persons moved in the period came from Italy, Spain "
     "and Portugal. Recruitment in the Federal Republic of Germany and the Netherlands remained "
     "small but concerned highly specialized posts, particularly in engineering and in "
     "university teaching."),
    ("heading", "FINANCING"),
    ("para", "6.", "The Programme is financed from three sources, namely:"),
    ("item", "(a)", "contributions from the receiving Governments, which meet part of the "
     "transport costs and the local settlement allowance;"),
    ("item", "(b)", "special contributions from emigration countries and from other Member "
     "Governments interested in the development of the region; and"),
    ("item", "(c)", "the Migration for Development Fund established under Council Resolution "
     "No. 742 (LI) of 27 November 1985."),
    ("para", "7.", "The average cost per person moved rose from US$ 2,150 in 1983 to US$ 2,480 "
     "in 1985, largely because of higher air fares on the routes concerned. The special "
     "contributions received in 1985 covered about 38 per cent of total costs, compared with 45 "
     "per cent in 1983."),
    ("heading", "OUTLOOK FOR 1986 AND 1987"),
    ("para", "8.", "Requests received from receiving countries for 1986 already amount to 480 "
     "posts, of which 170 are in the field of public health. Subject to the availability of "
     "funds, the Administration expects to move some 450 persons in 1986 and a comparable "
     "number in 1987."),
    ("para", "9.", "Without an increase in the special contributions, however, the Programme "
     "would have to be limited to about 300 movements a year. The Administration is therefore "
     "approaching the Governments which have traditionally supported the Programme, and hopes "
     "to report on the results of these contacts at the next session of the Council.{3}"),
    ("heading", "CONCLUSIONS"),
    ("para", "10.", "The Executive Committee is invited:"),
    ("item", "(a)", "to take note of the results achieved under the Selective Migration "
     "Programme in 1983-1985;"),
    ("item", "(b)", "to endorse the objective of some 450 movements a year in 1986 and 1987; "
     "and"),
    ("item", "(c)", "to urge Member Governments to consider special contributions to the "
     "Programme for 1986."),
]

TABLE = [
    "Country of destination           1983        1984        1985",
    "----------------------         ------      ------      ------",
    "",
    "Argentina                          96          71          88",
    "Bolivia                            24          19          27",
    "Chile                              58          40          49",
    "Colombia                           61          47          66",
    "Costa Rica                         33          21          30",
    "Ecuador                            29          26          35",
    "Paraguay                           17          12          20",
    "Peru                               44          30          41",
    "Uruguay                            22          14          19",
    "Venezuela                          85          52          70",
    "                               ------      ------      ------",
    "TOTAL                             469         332         445",
]


# ---------------------------------------------------------------- engine
TOKEN = re.compile(r"\{(\d)\}")


def typed_wrap(text, first_indent):
    """Wrap like a typist: first line starts after the tab, later lines flush left."""
    words = text.split()
    lines, cur, width = [], "", COLS - first_indent
    for wd in words:
        vis = TOKEN.sub(lambda m: m.group(1) + "/", wd)
        curvis = TOKEN.sub(lambda m: m.group(1) + "/", cur)
        if cur and len(curvis) + 1 + len(vis) > width:
            lines.append(cur)
            cur, width = wd, COLS
        else:
            cur = (cur + " " + wd) if cur else wd
    if cur:
        lines.append(cur)
    return lines


class Page:
    def __init__(self, c):
        self.c = c
        self.n = 1
        self.notes = []
        self.y = None

    def fn_lines(self, markers):
        out = []
        for mk in markers:
            body = textwrap.wrap(FOOTNOTES[mk], COLS - 4)
            out.append(mk + "/  " + body[0])
            out.extend("    " + b for b in body[1:])
        return out

    def fn_height(self, markers):
        return (len(self.fn_lines(markers)) + 2) * 11 if markers else 0

    def header(self):
        c = self.c
        c.setFont(FONT, SIZE)
        c.drawRightString(LM + COLS * CW, H - 42, SYMBOL)
        c.drawCentredString(W / 2, H - 62, "- %d -" % self.n)
        self.y = H - 96

    def close(self, more):
        c = self.c
        if more:
            c.setFont(FONT, SIZE)
            c.drawRightString(LM + COLS * CW, BOTTOM - 20, "/...")
        if self.notes:
            lines = self.fn_lines(self.notes)
            y = BOTTOM + len(lines) * 11 + 8
            c.setFont(FONT, SIZE)
            c.drawString(LM, y, "_" * 15)
            y -= 16
            c.setFont(FONT, 9)
            for ln in lines:
                c.drawString(LM, y, ln)
                y -= 11
        c.showPage()
        self.notes = []
        if more:
            self.n += 1
            self.header()

    def fits(self, nlines, markers=()):
        need = nlines * LEAD
        return self.y - need >= BOTTOM + self.fn_height(self.notes + list(markers))

    def draw_line(self, x_chars, text):
        """Draw a typed line; {n} becomes a raised 'n/'."""
        c = self.c
        x = LM + x_chars * CW
        pos = 0
        for m in TOKEN.finditer(text):
            seg = text[pos:m.start()]
            c.setFont(FONT, SIZE)
            c.drawString(x, self.y, seg)
            x += len(seg) * CW
            c.drawString(x, self.y + 3.5, m.group(1) + "/")
            x += 2 * CW
            pos = m.end()
        c.setFont(FONT, SIZE)
        c.drawString(x, self.y, text[pos:])

    def put(self, x_chars, text):
        mks = [m for m in TOKEN.findall(text) if m not in self.notes]
        if not self.fits(1, mks):
            self.close(more=True)
        self.notes.extend(mks)
        self.y -= LEAD
        self.draw_line(x_chars, text)


def build():
    c = canvas.Canvas(OUT, pagesize=A4, invariant=1)
    c.setTitle(SYMBOL)
    pg = Page(c)

    # ---- typed cover block
    c.setFont(FONT, SIZE)
    c.drawString(LM, TOP_Y, "INTERGOVERNMENTAL COMMITTEE")
    c.drawString(LM, TOP_Y - 12, "FOR MIGRATION")
    c.drawString(LM, TOP_Y - 30, "ICM / CIM")
    right = LM + COLS * CW
    c.drawRightString(right, TOP_Y, SYMBOL)
    c.drawString(right - 17 * CW, TOP_Y - 24, "Original: English")
    c.drawString(right - 17 * CW, TOP_Y - 36, "12 March 1986")
    c.drawCentredString(W / 2, TOP_Y - 84, "EXECUTIVE COMMITTEE")
    c.drawCentredString(W / 2, TOP_Y - 100, "SIXTY-EIGHTH SESSION")
    c.setFont(BOLDF, SIZE)
    t1 = "MIGRATION FOR DEVELOPMENT IN LATIN AMERICA:"
    t2 = "REVIEW OF THE SELECTIVE MIGRATION PROGRAMME, 1983-1985"
    c.drawCentredString(W / 2, TOP_Y - 150, t1)
    c.drawCentredString(W / 2, TOP_Y - 164, t2)
    c.setFont(FONT, SIZE)
    c.drawCentredString(W / 2, TOP_Y - 176, "-" * len(t2))
    pg.y = TOP_Y - 200

    for blk in DOC:
        kind = blk[0]
        if kind == "heading":
            if not pg.fits(6):
                pg.close(more=True)
            pg.y -= LEAD
            pg.put(0, blk[1])
            pg.put(0, "-" * len(blk[1]))
            pg.y -= 4
        elif kind == "para":
            num, text = blk[1], blk[2]
            lines = typed_wrap(text, TAB)
            if not pg.fits(2):
                pg.close(more=True)
            pg.y -= LEAD
            pg.put(0, num)
            pg.y += LEAD  # number and first line share the baseline
            pg.put(TAB, lines[0])
            for ln in lines[1:]:
                pg.put(0, ln)
        elif kind == "item":
            label, text = blk[1], blk[2]
            # items: label at tab stop, text indented 6 more characters
            sub = textwrap.wrap(text, COLS - TAB - 6)
            if not pg.fits(2):
                pg.close(more=True)
            pg.y -= LEAD / 2
            pg.put(TAB, label)
            pg.y += LEAD
            pg.put(TAB + 6, sub[0])
            for ln in sub[1:]:
                pg.put(TAB + 6, ln)
        elif kind == "table":
            if not pg.fits(len(TABLE) + 1):
                pg.close(more=True)
            pg.y -= LEAD
            for row in TABLE:
                pg.put(4, row)
    pg.close(more=False)
    c.save()


if __name__ == "__main__":
    build()
