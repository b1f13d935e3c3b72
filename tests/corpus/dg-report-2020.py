"""Lay out C/111/INF/1, Report of the Director General on the work of the Organization for the year 2019.

Run:  /work/main/.venv/bin/python dg-report-2020.py   -> dg-report-2020.pdf
Inline markup in the source strings:  {3} = raised footnote marker 3, {*} = raised asterisk,
~word~ = italic run (tildes may open and close across words).
"""
import re
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

SYMBOL = "C/111/INF/1"
W, H = A4
LM, RM = 68.0, 66.0
TOP = H - 62.0
BOTTOM = 56.0
TW = W - LM - RM
BODY_FONT, BODY_ITAL, BODY_BOLD, BODY_BI = "Times-Roman", "Times-Italic", "Times-Bold", "Times-BoldItalic"
FS, LEAD = 11.0, 12.9
FN_FS, FN_LEAD = 8.5, 10.0
SUP_FS, SUP_RISE = 7.0, 4.2
NUM_IND = 36.0   # text after paragraph number
ITEM_LBL = 36.0  # (a) label position
ITEM_TXT = 72.0  # item text
SUB_LBL = 72.0
SUB_TXT = 104.0
BUL_LBL = 40.0
BUL_TXT = 58.0

# ---------------------------------------------------------------- content
COVER_NOTE = ("This report is submitted for information to the Standing Committee on Programmes and Finance "
              "at its Twenty-sixth Session, and to the Council at its 111th Session.")

FOOTNOTES = {
    "1": "The Strategic Vision (C/110/INF/1) was presented to Member States at the 110th Session of the "
         "Council in November 2019. It sets out the priorities of the Organization for the period 2019\u20132023.",
    "2": "Observer status was granted to two further organizations by Resolutions Nos. 1375 and 1376 of "
         "26 November 2019.",
    "3": "Includes 4,870 persons moved under humanitarian admission and family reunification schemes, "
         "and 1,214 persons under emergency evacuation arrangements.",
    "4": "Screening was carried out jointly with the national health authorities.",
    "5": "The Regional Refugee and Migrant Response Plan for 2019 was 52 per cent funded.",
    "6": "See the status report on outstanding contributions to the Administrative Part of the Budget "
         "(S/25/5), presented to the Standing Committee at its Twenty-fifth Session.",
    "7": "The Office of the Inspector General received 2,109 allegations of misconduct in 2019, compared "
         "with 1,493 in 2018. See the annual report of the Office (S/26/INF/2).",
}

TABLE1 = {
    "caption": "Table 1. Persons assisted in selected programme areas, 2018 and 2019",
    "heads": [["", "Persons", "Persons", "Change"],
              ["Programme area", "assisted, 2018", "assisted, 2019", "(per cent)"]],
    "rows": [
        (["Resettlement and humanitarian", "movements{3}"], 99835, 106420),
        (["Assisted voluntary return"], 63316, 64958),
        (["Migration health assessments"], 441210, 472864),
        (["Victims of trafficking assisted"], 9876, 11432),
        (["Persons reached with shelter and", "non-food items"], 2904117, 3276540),
    ],
    "note": "Note: A person assisted under more than one programme area is counted in each area.",
}

ANNEX_ROWS = [
    (["Asia and the Pacific"], "Bangkok", 40),
    (["European Economic Area"], "Brussels", 31),
    (["South America"], "Buenos Aires", 12),
    (["Middle East and North Africa"], "Cairo", 18),
    (["West and Central Africa"], "Dakar", 23),
    (["East and Horn of Africa"], "Nairobi", 11),
    (["Southern Africa"], "Pretoria", 15),
    (["Central America, North America", "and the Caribbean"], "San Jos\u00e9", 24),
    (["South-Eastern Europe, Eastern", "Europe and Central Asia"], "Vienna", 20),
]

BODY = [
    ("heading1", "I.", "INTRODUCTION"),
    ("para", "1", "The present report is submitted in accordance with the established practice whereby the "
     "Director General reports each year to the Member States on the work of the Organization. It covers the "
     "period from 1 January to 31 December 2019, the year in which the Director General presented his "
     "Strategic Vision to the Member States,{1} and should be read together with the Financial Report for the "
     "year ended 31 December 2019 (C/111/3) and with the more detailed annual report published on the "
     "Organization\u2019s website."),
    ("para", "2", "The year 2019 saw no reduction in the scale of human mobility. The number of international "
     "migrants worldwide was estimated at 272 million, and more than 50 million people were internally "
     "displaced. It was also the first full year following "
     "the adoption of the Global Compact for Safe, Orderly and Regular Migration in December 2018, and of the "
     "establishment of the United Nations Network on Migration, for which IOM serves as coordinator and "
     "secretariat."),
    ("para", "3", "Chapter II gives an overview of governance, membership and operations during the year; "
     "Chapter III reviews the main programme areas; Chapter IV describes the role of the Organization in the "
     "follow-up to the Global Compact; and Chapter V deals with finance, administration and internal "
     "governance. The regional offices are listed in the Annex."),

    ("heading1", "II.", "OVERVIEW OF THE YEAR"),
    ("heading2", "A.", "Governance and membership"),
    ("para", "4", "At 31 December 2019 the Organization had 173 Member States, and 8 States and some 100 "
     "international governmental and non-governmental organizations held observer status.{2} The Council held "
     "its 110th Session from 26 to 28 November 2019, and the Standing Committee on Programmes and Finance met "
     "in regular session in June and in October 2019 (its Twenty-fourth and Twenty-fifth Sessions)."),
    ("para", "5", "At its 110th Session the Council, ~inter alia~:"),
    ("item", "(a)", "took note of the Strategic Vision and requested the Director General to report regularly "
     "on its implementation;"),
    ("item", "(b)", "approved the Financial Report for the year ended 31 December 2018 (C/110/3) by "
     "Resolution No. 1377; and"),
    ("item", "(c)", "approved the Programme and Budget for 2020 (C/110/7) by Resolution No. 1378."),
    ("heading2", "B.", "Operational highlights"),
    ("para", "6", "Total expenditure in 2019 reached USD 2.13 billion. The Organization managed some 3,200 "
     "active projects through more than 590 country offices and sub-offices, and at year end employed over "
     "14,000 staff, 97 per cent of them in the field. Among the notable developments of the year were:"),
    ("bullet", "the expansion of the Displacement Tracking Matrix, which was active in 80 countries and "
     "tracked the movements of more than 30 million displaced persons and migrants;"),
    ("bullet", "the co-leadership, with the Office of the United Nations High Commissioner for Refugees "
     "(UNHCR), of the regional response to the outflow of refugees and migrants from the Bolivarian Republic "
     "of Venezuela; and"),
    ("bullet", "the first full year of operation of the Internal Governance Framework (S/24/8)."),
    ("para", "7", "Table 1 summarizes the number of persons assisted in selected programme areas in 2019, "
     "compared with the previous year."),
    ("table1",),

    ("heading1", "III.", "PROGRAMME AREAS"),
    ("heading2", "A.", "Resettlement and movement management"),
    ("para", "8", "IOM supported 29 resettlement States in 2019 and organized the movement of 106,420 "
     "refugees and other persons of concern from 141 countries of departure, an increase of 6.6 per cent on "
     "2018. The largest numbers departed from Turkey, Lebanon, Jordan and the United Republic of Tanzania."),
    ("heading2", "B.", "Migration health"),
    ("para", "9", "A total of 472,864 health assessments were carried out for migrants and refugees on behalf "
     "of receiving States. In the Democratic Republic of the Congo and neighbouring countries, IOM supported "
     "the Ebola virus disease response by screening travellers at 79 points of entry and points of control.{4}"),
    ("heading2", "C.", "Emergencies and post-crisis response"),
    ("para", "10", "The Organization responded to 38 emergencies in 2019, guided by the Migration Crisis "
     "Operational Framework (MC/2355), which the Council endorsed by Resolution No. 1243 of 27 November 2012. "
     "Major operations included the response to Cyclone Idai in Mozambique, assistance to Rohingya refugees "
     "in Cox\u2019s Bazar, Bangladesh, and the response for refugees and migrants from Venezuela.{5}"),
    ("heading2", "D.", "Return, reintegration and protection"),
    ("para", "11", "Under its assisted voluntary return and reintegration programmes, IOM assisted 64,958 "
     "migrants to return from 132 host and transit countries to 167 countries and territories of origin. "
     "Assistance was also "
     "provided to 11,432 victims of trafficking, of whom 57 per cent were women and girls."),

    ("heading1", "IV.", "THE GLOBAL COMPACT FOR MIGRATION AND THE UNITED NATIONS NETWORK ON MIGRATION"),
    ("para", "12", "In its first full year as coordinator and secretariat of the United Nations Network on "
     "Migration, IOM:"),
    ("item", "(a)", "established the secretariat of the Network in Geneva;"),
    ("item", "(b)", "supported the launch of the capacity-building mechanism provided for in the Global "
     "Compact, including the Migration Multi-Partner Trust Fund; and"),
    ("item", "(c)", "assisted the United Nations regional economic commissions in preparing the regional "
     "reviews of the implementation of the Global Compact to be held in 2020."),
    ("para", "13", "The work of the Organization within the United Nations system continued to be governed "
     "by the Agreement concerning the Relationship between the United Nations and IOM, approved by "
     "Resolution No. 1317 of 30 June 2016, while its "
     "policy work remained anchored in the Migration Governance Framework (C/106/40), welcomed by the Council "
     "in Resolution No. 1310 of 24 November 2015."),

    ("heading1", "V.", "FINANCE, ADMINISTRATION AND INTERNAL GOVERNANCE"),
    ("heading2", "A.", "Financial overview"),
    ("para", "14", "Combined expenditure amounted to USD 2.13 billion, compared with USD 1.83 billion in "
     "2018. Expenditure under the Administrative Part "
     "of the Budget amounted to CHF 52.2 million. Unearmarked contributions received in 2019 "
     "totalled USD 28.4 million."),
    ("para", "15", "At 31 December 2019 assessed contributions outstanding under the Administrative Part of "
     "the Budget amounted to CHF 4.1 million, owed by 34 Member States. Twelve Member States were subject to "
     "the provisions of Article 4 of the Constitution.{6}"),
    ("heading2", "B.", "Internal governance and reform"),
    ("para", "16", "The main internal governance measures taken in 2019 were the following:"),
    ("item", "(a)", "the policy on the prevention of and response to sexual exploitation and abuse and "
     "sexual harassment was revised;"),
    ("item", "(b)", "the working group on budget reform pursued its discussion of:"),
    ("subitem", "(i)", "the core structure of the Organization and the means of funding it in a predictable "
     "manner; and"),
    ("subitem", "(ii)", "the use of unearmarked funding, including through the Migration Resource Allocation "
     "Committee;"),
    ("item", "(c)", "the investigative capacity of the Office of the Inspector General was strengthened by "
     "the recruitment of six additional investigators.{7}"),

    ("heading1", "VI.", "CONCLUSION"),
    ("para", "17", "The year under review confirmed the growing demand for the services of the Organization "
     "and the confidence placed in it by Member States and partners."),
    ("para", "18", "The Standing Committee on Programmes and Finance and the Council are invited to take note "
     "of the present report."),
]

ANNEX_INTRO = ("The regional offices of the Organization, and the number of country offices and sub-offices "
               "for which each was responsible at 31 December 2019, are shown below. The Organization also "
               "maintains two administrative centres, in Manila and in Panama City.")


# ---------------------------------------------------------------- text helpers
def parse_words(text, base=BODY_FONT, ital=BODY_ITAL, fs=FS):
    """Return a list of words; each word is a list of runs (txt, font, size, rise)."""
    words = []
    italic = False
    for raw in text.split(" "):
        runs = []
        for part in re.split(r"(\{[0-9*]+\}|~)", raw):
            if part == "":
                continue
            if part == "~":
                italic = not italic
                continue
            m = re.fullmatch(r"\{([0-9*]+)\}", part)
            if m:
                runs.append((m.group(1), base, SUP_FS if fs > 10 else 6.0, SUP_RISE if fs > 10 else 3.4))
            else:
                runs.append((part, ital if italic else base, fs, 0.0))
        if runs:
            words.append(runs)
    return words


def word_w(word):
    return sum(stringWidth(t, f, s) for t, f, s, r in word)


def markers_in(word):
    return [t for t, f, s, r in word if r > 0 and t != "*"]


def wrap(words, widths):
    """widths: function(line_index) -> available width. Return list of lines (list of words)."""
    lines, cur, curw = [], [], 0.0
    sp = stringWidth(" ", BODY_FONT, FS)
    for w in words:
        ww = word_w(w)
        avail = widths(len(lines))
        if cur and curw + sp + ww > avail:
            lines.append(cur)
            cur, curw = [w], ww
        else:
            curw = curw + (sp if cur else 0) + ww
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


def draw_line(c, x, y, words, width, justify, fs=FS):
    sp = stringWidth(" ", BODY_FONT, fs)
    total = sum(word_w(w) for w in words)
    gap = sp
    if justify and len(words) > 1:
        gap = (width - total) / (len(words) - 1)
        if gap > sp * 3.2:
            gap = sp
    cx = x
    for w in words:
        for t, f, s, r in w:
            c.setFont(f, s)
            c.drawString(cx, y + r, t)
            cx += stringWidth(t, f, s)
        cx += gap


# ---------------------------------------------------------------- page machine
class Doc:
    def __init__(self, path):
        self.c = canvas.Canvas(path, pagesize=A4)
        self.c.setTitle("C/111/INF/1 - Report of the Director General on the work of the Organization for the year 2019")
        self.c.setAuthor("International Organization for Migration")
        self.page = 1
        self.annex = False
        self.annex_page = 0
        self.y = TOP
        self.fns = []          # footnote keys on this page
        self.cover_note = False

    # footnote block height
    def fn_height(self, keys, cover=False):
        if not keys and not cover:
            return 0.0
        h = 18.0
        items = ([("*", COVER_NOTE)] if cover else []) + [(k, FOOTNOTES[k]) for k in keys]
        for k, t in items:
            lines = wrap(parse_words(t, fs=FN_FS), lambda i: TW - 14)
            h += len(lines) * FN_LEAD + 2.0
        return h

    def room(self, need, new_fns=()):
        return self.y - need >= BOTTOM + self.fn_height(self.fns + list(new_fns), self.cover_note)

    def draw_footnotes(self):
        if not self.fns and not self.cover_note:
            return
        c = self.c
        items = ([("*", COVER_NOTE)] if self.cover_note else []) + [(k, FOOTNOTES[k]) for k in self.fns]
        h = self.fn_height(self.fns, self.cover_note)
        y = BOTTOM + h - 8.0
        c.setLineWidth(0.5)
        c.line(LM, y, LM + 120, y)
        y -= 12.0
        for k, t in items:
            c.setFont(BODY_FONT, 6.0)
            c.drawString(LM, y + 3.4, k)
            lines = wrap(parse_words(t, fs=FN_FS), lambda i: TW - 14)
            for i, ln in enumerate(lines):
                draw_line(c, LM + 14, y, ln, TW - 14, i < len(lines) - 1, fs=FN_FS)
                y -= FN_LEAD
            y -= 2.0

    def header(self):
        c = self.c
        c.setFont(BODY_FONT, 11)
        y = H - 40
        c.drawRightString(W - RM, y, SYMBOL)
        if self.annex:
            y -= 13
            c.drawRightString(W - RM, y, "Annex")
            y -= 13
            c.drawRightString(W - RM, y, "Page %d" % self.annex_page)
        else:
            y -= 13
            c.drawRightString(W - RM, y, "Page %d" % self.page)
        self.y = y - 22

    def new_page(self, annex=False):
        self.draw_footnotes()
        self.c.showPage()
        self.fns = []
        self.cover_note = False
        self.page += 1
        if annex:
            self.annex = True
        if self.annex:
            self.annex_page += 1
        self.header()

    def ensure(self, need, new_fns=()):
        if not self.room(need, new_fns):
            self.new_page()

    # -------------------------------------------------------- blocks
    def lines_block(self, words, first_x, rest_x, first_label=None, label_x=None, space_before=8.0,
                    keep=1, justify=True, font_label=BODY_FONT):
        first_w = W - RM - first_x
        rest_w = W - RM - rest_x
        lines = wrap(words, lambda i: first_w if i == 0 else rest_w)
        self.y -= space_before
        for i, ln in enumerate(lines):
            mk = [m for w in ln for m in markers_in(w)]
            need = LEAD * (keep if i == 0 else 1)
            if not self.room(need, mk):
                self.new_page()
            self.y -= LEAD
            x = first_x if i == 0 else rest_x
            wd = first_w if i == 0 else rest_w
            if i == 0 and first_label is not None:
                self.c.setFont(font_label, FS)
                self.c.drawString(label_x, self.y, first_label)
            draw_line(self.c, x, self.y, ln, wd, justify and i < len(lines) - 1)
            self.fns.extend(mk)

    def para(self, num, text):
        self.lines_block(parse_words(text), LM + NUM_IND, LM, num + ".", LM, keep=2)

    def text(self, text, space_before=8.0):
        self.lines_block(parse_words(text), LM, LM, space_before=space_before, keep=2)

    def item(self, label, text):
        self.lines_block(parse_words(text), LM + ITEM_TXT, LM + ITEM_TXT, label, LM + ITEM_LBL, space_before=6.0)

    def subitem(self, label, text):
        self.lines_block(parse_words(text), LM + SUB_TXT, LM + SUB_TXT, label, LM + SUB_LBL, space_before=5.0)

    def bullet(self, text):
        self.lines_block(parse_words(text), LM + BUL_TXT, LM + BUL_TXT, "\u2022", LM + BUL_LBL, space_before=6.0)

    def heading1(self, num, text):
        words = parse_words(text, base=BODY_BOLD, ital=BODY_BI)
        lines = wrap(words, lambda i: TW - NUM_IND)
        self.y -= 12.0
        self.ensure(LEAD * (len(lines) + 3))
        for i, ln in enumerate(lines):
            self.y -= LEAD
            if i == 0:
                self.c.setFont(BODY_BOLD, FS)
                self.c.drawString(LM, self.y, num)
            draw_line(self.c, LM + NUM_IND, self.y, ln, TW - NUM_IND, False)

    def heading2(self, num, text):
        self.y -= 10.0
        self.ensure(LEAD * 3)
        self.y -= LEAD
        self.c.setFont(BODY_BI, FS)
        self.c.drawString(LM, self.y, num)
        self.c.drawString(LM + NUM_IND, self.y, text)

    # -------------------------------------------------------- tables
    def table1(self):
        c = self.c
        cols_r = [LM + 268, LM + 345, LM + 422]   # right edges of numeric columns
        x_last = W - RM
        row_lines = sum(len(r[0]) for r in TABLE1["rows"]) + 1
        need = LEAD * (row_lines + 5) + 30
        self.y -= 10.0
        self.ensure(need, ["3"])
        self.y -= LEAD
        c.setFont(BODY_BOLD, 10.5)
        c.drawString(LM, self.y, TABLE1["caption"])
        self.y -= 6
        c.setLineWidth(0.8)
        c.line(LM, self.y, x_last, self.y)
        hfs = 10.0
        for hl in TABLE1["heads"]:
            self.y -= 12.0
            c.setFont(BODY_BOLD, hfs)
            c.drawString(LM + 4, self.y, hl[0])
            for txt, xr in zip(hl[1:], cols_r + [x_last - 4]):
                c.drawRightString(xr if xr != x_last - 4 else x_last - 4, self.y, txt)
        self.y -= 6
        c.setLineWidth(0.5)
        c.line(LM, self.y, x_last, self.y)
        tot18 = tot19 = 0
        tfs = 10.5
        for label_lines, a, b in TABLE1["rows"]:
            tot18 += a
            tot19 += b
            self.y -= 3
            for j, ll in enumerate(label_lines):
                self.y -= 12.8
                words = parse_words(ll, fs=tfs)
                draw_line(c, LM + 4 + (10 if j else 0), self.y, words, 250, False, fs=tfs)
                for w in words:
                    self.fns.extend(markers_in(w))
            c.setFont(BODY_FONT, tfs)
            c.drawRightString(cols_r[0], self.y, f"{a:,}")
            c.drawRightString(cols_r[1], self.y, f"{b:,}")
            c.drawRightString(cols_r[2] - 8, self.y, f"{(b - a) / a * 100:.1f}")
        self.y -= 5
        c.setLineWidth(0.5)
        c.line(LM, self.y, x_last, self.y)
        self.y -= 13
        c.setFont(BODY_BOLD, tfs)
        c.drawString(LM + 4, self.y, "Total")
        c.drawRightString(cols_r[0], self.y, f"{tot18:,}")
        c.drawRightString(cols_r[1], self.y, f"{tot19:,}")
        c.drawRightString(cols_r[2] - 8, self.y, f"{(tot19 - tot18) / tot18 * 100:.1f}")
        self.y -= 5
        c.setLineWidth(0.8)
        c.line(LM, self.y, x_last, self.y)
        self.y -= 12
        c.setFont(BODY_ITAL, 9.5)
        c.drawString(LM, self.y, TABLE1["note"])
        self.y -= 4

    def annex_table(self):
        c = self.c
        x_loc = LM + 215
        x_num_r = W - RM - 20
        self.y -= 12
        c.setLineWidth(0.8)
        c.line(LM, self.y, W - RM, self.y)
        heads = [["Region", "Regional", "Country offices"], ["", "office", "and sub-offices"]]
        for hl in heads:
            self.y -= 12
            c.setFont(BODY_BOLD, 10.5)
            c.drawString(LM + 4, self.y, hl[0])
            c.drawString(x_loc, self.y, hl[1])
            c.drawRightString(x_num_r, self.y, hl[2])
        self.y -= 6
        c.setLineWidth(0.5)
        c.line(LM, self.y, W - RM, self.y)
        tot = 0
        for label_lines, loc, n in ANNEX_ROWS:
            tot += n
            self.y -= 4
            for j, ll in enumerate(label_lines):
                self.y -= 13
                c.setFont(BODY_FONT, 10.5)
                c.drawString(LM + 4 + (10 if j else 0), self.y, ll)
                if j == 0:
                    c.drawString(x_loc, self.y, loc)
                    c.drawRightString(x_num_r, self.y, str(n))
        self.y -= 5
        c.line(LM, self.y, W - RM, self.y)
        self.y -= 13
        c.setFont(BODY_BOLD, 10.5)
        c.drawString(LM + 4, self.y, "Total")
        c.drawRightString(x_num_r, self.y, str(tot))
        self.y -= 5
        c.setLineWidth(0.8)
        c.line(LM, self.y, W - RM, self.y)

    # -------------------------------------------------------- cover
    def cover(self):
        c = self.c
        c.setFont(BODY_FONT, 11.5)
        y = H - 48
        c.drawRightString(W - RM, y, SYMBOL)
        c.drawRightString(W - RM, y - 15, "Original: English")
        c.drawRightString(W - RM, y - 30, "5 June 2020")
        y = H - 92
        c.setFont(BODY_BOLD, 12)
        c.drawString(LM, y, "COUNCIL")
        c.setFont(BODY_FONT, 12)
        c.drawString(LM, y - 15, "111th Session")
        y -= 56
        c.setFont(BODY_BOLD, 12.5)
        t1 = "REPORT OF THE DIRECTOR GENERAL ON THE WORK"
        t2 = "OF THE ORGANIZATION FOR THE YEAR 2019"
        c.drawCentredString(W / 2, y, t1)
        w2 = stringWidth(t2, BODY_BOLD, 12.5)
        c.drawString(W / 2 - w2 / 2, y - 17, t2)
        c.setFont(BODY_BOLD, 8)
        c.drawString(W / 2 + w2 / 2 + 0.8, y - 17 + 5.0, "*")
        self.cover_note = True
        self.y = y - 26


def main():
    d = Doc("dg-report-2020.pdf")
    d.cover()
    for b in BODY:
        kind = b[0]
        if kind == "para":
            d.para(b[1], b[2])
        elif kind == "item":
            d.item(b[1], b[2])
        elif kind == "subitem":
            d.subitem(b[1], b[2])
        elif kind == "bullet":
            d.bullet(b[1])
        elif kind == "heading1":
            d.heading1(b[1], b[2])
        elif kind == "heading2":
            d.heading2(b[1], b[2])
        elif kind == "table1":
            d.table1()
        elif kind == "text":
            d.text(b[1])
    # annex on a new page
    d.new_page(annex=True)
    c = d.c
    c.setFont(BODY_BOLD, 12)
    d.y -= 4
    c.drawCentredString(W / 2, d.y, "ANNEX")
    d.y -= 26
    c.drawCentredString(W / 2, d.y, "REGIONAL OFFICES OF THE ORGANIZATION")
    d.y -= 8
    d.text(ANNEX_INTRO, space_before=14)
    d.annex_table()
    d.draw_footnotes()
    d.c.showPage()
    d.c.save()


if __name__ == "__main__":
    main()
