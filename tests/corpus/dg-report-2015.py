"""Draws dg-report-2015.pdf: C/106/3, Report of the Director General on the work of the
Organization for the year 2014 (IOM, 2015). fpdf2, A4, ragged-right text, footnotes in smaller type.

Inline markup used in the text strings below:
  ^n   raised footnote marker n, glued to the preceding word
  //   forced line break (used so that a sentence ending in a marker closes the line)
"""
import os
import sys
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dg-report-2015.pdf")

SYMBOL = "C/106/3"
FONT = "Helvetica"
BODY_PT = 10
LH = 4.5            # body line height (mm)
PGAP = 2.8          # gap after a paragraph (mm)
FN_PT = 8
FN_LH = 3.6
SUP_PT = 6.5
LEFT = 25.0
RIGHT = 185.0       # right edge of text (A4 width 210 - 25)
WIDTH = RIGHT - LEFT
TOP = 33.0          # first body line on pages with a running header
BOTTOM = 275.0      # lowest baseline for body or footnotes
NUM_IND = 10.0      # first-line indent after a paragraph number
ITEM_LBL = 10.0
ITEM_TXT = 18.0
SUB_LBL = 18.0
SUB_TXT = 26.0
BUL_X = 12.0
BUL_TXT = 18.0

FOOTNOTES = {
    "1": "The figures in this report are provisional. Audited figures are presented in the "
         "Financial Report for the year ended 31 December 2014 (C/106/4).",
    "2": "The briefings covered the mandate of the Organization, the rights and obligations of "
         "membership and the scale of assessment for the Administrative Part of the Budget.",
    "3": "Level 3 is the highest category of humanitarian emergency in the system of the "
         "Inter-Agency Standing Committee. The designation for the response in the Philippines "
         "was deactivated early in 2014.",
    "4": "See the report on the IOM response to the Ebola virus disease outbreak (S/15/4), presented "
         "to the Standing Committee on Programmes and Finance at its Fifteenth Session.",
    "5": "Including officials of 14 Member States that received technical assistance for the "
         "issuance of machine-readable travel documents.",
    "6": "Of the victims assisted, 57 per cent were women and girls and 23 per cent were minors.",
    "7": "Staff in the Professional category and above, excluding ungraded officials and national "
         "officers.",
}

FOREWORD = [
    ("text", "The year 2014 placed exceptional demands on the Organization. Conflict in the Syrian "
             "Arab Republic and Iraq, the crises in South Sudan and the Central African Republic and "
             "the outbreak of Ebola virus disease in West Africa uprooted or endangered millions of "
             "people, many of them migrants caught in situations not of their own making. More than "
             "3,200 migrants lost their lives in the Mediterranean Sea alone, a stark reminder that "
             "the lack of safe and regular channels for migration carries a heavy human cost."),
    ("text", "Our response drew on the Migration Crisis Operational Framework and on the IOM Strategy "
             "adopted through Resolution No. 1150 of 7 June 2007, and above all on the commitment of "
             "staff in some 480 field locations. I thank Member States, donors and partners for their "
             "trust, and I pay tribute to colleagues who worked in difficult and often dangerous "
             "conditions throughout the year."),
    ("text", "This report keeps the shorter format introduced last year. Detailed financial information "
             "is given in the annual Financial Report, to which readers are referred."),
]

BODY = [
    ("runtitle", "REPORT OF THE DIRECTOR GENERAL ON THE WORK OF THE ORGANIZATION FOR THE YEAR 2014"),
    ("chapter", "I.", "INTRODUCTION"),
    ("para", "1", "The present report describes the activities of the International Organization for "
                  "Migration (IOM) in 2014. It is submitted to the Standing Committee on Programmes and "
                  "Finance at its Sixteenth Session and to the Council at its 106th Session, with the "
                  "Financial Report for 2014."),
    ("para", "2", "Membership of the Organization rose to 157 Member States, and total expenditure "
                  "reached USD 1,497.6 million, the highest level of expenditure recorded in the Organization's "
                  "history.^1 // "
                  "The number of active projects rose to 2,349, and the number of staff, working in "
                  "over 150 countries, exceeded 8,700 for the first time."),
    ("para", "3", "The report is organized as follows:"),
    ("item", "(a)", "Chapter II reviews developments in membership and in the work of the governing "
                    "bodies;"),
    ("item", "(b)", "Chapter III outlines the main operational activities, by area of service;"),
    ("item", "(c)", "Chapter IV covers human and financial resources; and"),
    ("item", "(d)", "Chapter V sets out the conclusions of the Director General. The annex shows the "
                    "field presence of the Organization by region."),
    ("chapter", "II.", "MEMBERSHIP AND GOVERNANCE"),
    ("sub", "A.", "Membership and observers"),
    ("para", "4", "At its 105th Session, the Council admitted two new Member States through Resolutions "
                  "Nos. 1282 and 1283 of 25 November 2014, bringing the membership to 157. Observer "
                  "status was granted to one State and to four organizations."),
    ("para", "5", "The Administration continued its dialogue with States that are not yet Members, "
                  "notably in the Pacific and the Caribbean, where IOM assistance has grown in recent "
                  "years. Briefings on membership were held in Geneva and New York for the permanent "
                  "missions of the States concerned.^2 // "
                  "Two further applications for membership had been received by the end of the year."),
    ("sub", "B.", "Governing bodies"),
    ("para", "6", "The 105th Session of the Council took place in Geneva from 25 to 28 November 2014. "
                  "The Council approved the Programme and Budget for 2015 (MC/2408) through Resolution "
                  "No. 1289 of 25 November 2014 and held a general debate on migration and families."),
    ("para", "7", "The Standing Committee on Programmes and Finance met for its Fourteenth Session on "
                  "24 and 25 June 2014 and its Fifteenth Session on 28 and 29 October 2014. The main "
                  "issues examined included:"),
    ("bullet", "the Financial Report for the year ended 31 December 2013 (MC/2404) and the revision "
               "of the Programme and Budget for 2014;"),
    ("bullet", "the report of the Working Group on Budget Reform (S/15/6) and the status of "
               "outstanding contributions; and"),
    ("bullet", "the relationship between IOM and the United Nations."),
    ("chapter", "III.", "OPERATIONS AND PROGRAMMES"),
    ("sub", "A.", "Movement, emergency and post-crisis migration management"),
    ("para", "8", "Table 1 shows the number of active projects by region. The largest increase was in "
                  "the Middle East and North Africa, reflecting the response to the crises in the Syrian "
                  "Arab Republic and Iraq."),
    ("table", "t1"),
    ("para", "9", "In 2014 IOM responded to four system-wide Level 3 emergencies, in the Central African "
                  "Republic, Iraq, South Sudan and the Syrian Arab Republic, and to the continuing humanitarian "
                  "and recovery needs created by Typhoon Haiyan, which struck the Philippines in November 2013.^3 // "
                  "Operations were guided by the Migration Crisis Operational Framework (MC/2355), endorsed "
                  "by the Council through Resolution No. 1243 of 27 November 2012."),
    ("para", "10", "IOM helped 112,460 refugees and other persons of concern to reach resettlement "
                   "countries and supported the voluntary return of 43,786 migrants from 97 countries."),
    ("sub", "B.", "Migration health"),
    ("para", "11", "The Ebola outbreak in Guinea, Liberia and Sierra Leone prompted the largest health "
                   "emergency operation in the history of the Organization, with activities in eight "
                   "countries.^4 IOM trained some 2,700 border and health officials and supported 47 "
                   "points of entry with screening and referral."),
    ("para", "12", "Health assessments were carried out for 291,310 migrants and refugees before "
                   "departure. Other health activities included:"),
    ("bullet", "HIV and tuberculosis programmes for mobile populations in 23 countries;"),
    ("bullet", "psychosocial support to displaced persons in Iraq, South Sudan and Ukraine; and"),
    ("bullet", "research on access to health services, with the World Health Organization."),
    ("sub", "C.", "Migration and development"),
    ("para", "13", "The migration and development portfolio grew by 11 per cent, with programmes on "
                   "diaspora engagement, remittances and the inclusion of migration in national "
                   "development planning."),
    ("sub", "D.", "Immigration and border management"),
    ("para", "14", "Immigration and border management projects were carried out in 104 countries. "
                   "The Organization helped governments to strengthen border and identity management "
                   "systems, and trained 9,850 immigration, border and consular officials in 61 "
                   "countries and territories.^5 // "
                   "Particular attention went to mixed flows in the Sahel and the Horn of Africa."),
    ("para", "15", "Counter-trafficking activities assisted 6,472 victims of trafficking. Support took "
                   "two forms:"),
    ("item", "(a)", "direct assistance to victims,^6 comprising shelter, medical and psychosocial care, "
                    "legal counselling and, where they so wished, safe return; and"),
    ("item", "(b)", "capacity-building for national authorities, in particular:"),
    ("subitem", "(i)", "training for labour inspectors, prosecutors and judges; and"),
    ("subitem", "(ii)", "support in drafting national referral mechanisms."),
    ("chapter", "IV.", "RESOURCES AND MANAGEMENT"),
    ("sub", "A.", "Staffing and field structure"),
    ("para", "16", "At 31 December 2014 the Organization employed 8,779 staff, 9.3 per cent more than a "
                   "year earlier. Table 2 shows their distribution; 90.1 per cent worked in the field."),
    ("table", "t2"),
    ("para", "17", "Women held 47.3 per cent of posts in the Professional category and above at the end "
                   "of 2014.^7 // "
                   "A mentoring programme for women officials at the P-3 and P-4 levels began in 2014."),
    ("sub", "B.", "Financial overview"),
    ("para", "18", "Total expenditure in 2014 amounted to USD 1,497.6 million, compared with "
                   "USD 1,350.4 million in 2013, an increase of 10.9 per cent. The Operational Part of "
                   "the Budget accounted for 97 per cent of the total; the Administrative Part, financed "
                   "by assessed contributions, amounted to CHF 41.4 million."),
    ("para", "19", "Outstanding assessed contributions stood at CHF 4.2 million at the end of the year, "
                   "and six Member States had lost their voting rights owing to arrears."),
    ("chapter", "V.", "CONCLUSION"),
    ("para", "20", "The demands of 2014 confirmed the relevance of the IOM mandate, but also exposed the "
                   "fragility of a funding model that relies on earmarked, project-based contributions."),
    ("para", "21", "In 2015 the Administration will present a migration governance framework to Member "
                   "States and continue the discussion on the relationship between IOM and the United "
                   "Nations, as the Organization prepares to mark its sixty-fifth anniversary in 2016."),
]

ANNEX = [
    ("annexlabel", "ANNEX"),
    ("annextitle", "IOM FIELD PRESENCE AS AT 31 DECEMBER 2014"),
    ("text", "The field structure of IOM comprises nine regional offices, which plan, oversee and "
             "coordinate activities in their regions; two administrative centres, in Manila and Panama; "
             "special liaison offices in Addis Ababa and New York; and country offices with their "
             "sub-offices. The table below shows the presence under each regional office at the end "
             "of 2014."),
    ("table", "t3"),
    ("text", "The number of sub-offices changes during the year as operations open and close in "
             "response to emergencies. The figures shown are those recorded in the field presence "
             "database of the Organization on 31 December 2014."),
]

# ---------------------------------------------------------------- tables
T1_ROWS = [("Africa", 512, 546), ("Asia and the Pacific", 618, 605), ("Europe", 431, 452),
           ("Latin America and the Caribbean", 290, 301),
           ("Middle East and North Africa", 203, 259), ("North America", 37, 36),
           ("Global and multi-regional", 142, 150)]


def pct(a, b):
    v = round((b - a) * 100.0 / a, 1)
    return ("+" if v > 0 else "") + ("%.1f" % v)


t1 = [(n, "{:,}".format(a), "{:,}".format(b), pct(a, b)) for n, a, b in T1_ROWS]
ta, tb = sum(r[1] for r in T1_ROWS), sum(r[2] for r in T1_ROWS)
t1.append(("Total", "{:,}".format(ta), "{:,}".format(tb), pct(ta, tb)))
assert ta == 2233 and tb == 2349 and pct(ta, tb) == "+5.2"

T2_ROWS = [("Officials", 178, 96, 1049), ("Employees", 141, 432, 6274),
           ("National officers", 0, 22, 587)]


def fmt(v):
    return "-" if v == 0 else "{:,}".format(v)


t2 = [(n, fmt(a), fmt(b), fmt(c), fmt(a + b + c)) for n, a, b, c in T2_ROWS]
cols = [sum(r[i] for r in T2_ROWS) for i in (1, 2, 3)]
t2.append(("Total", fmt(cols[0]), fmt(cols[1]), fmt(cols[2]), fmt(sum(cols))))
assert sum(cols) == 8779 and cols[2] == 7910

T3_ROWS = [("Bangkok", 36, 32, 71), ("Brussels", 30, 29, 18), ("Buenos Aires", 12, 11, 14),
           ("Cairo", 17, 15, 38), ("Dakar", 23, 20, 41), ("Nairobi", 10, 9, 47),
           ("Pretoria", 15, 12, 23), ("San José", 22, 17, 19), ("Vienna", 19, 18, 12)]
t3 = [(n, str(a), str(b), str(c)) for n, a, b, c in T3_ROWS]
s3 = [sum(r[i] for r in T3_ROWS) for i in (1, 2, 3)]
t3.append(("Total", str(s3[0]), str(s3[1]), str(s3[2])))
assert s3 == [184, 163, 283]

TABLES = {
    "t1": dict(caption="Table 1: Active projects by region, 2013 and 2014",
               heads=[["Region"], ["2013"], ["2014"], ["Change (%)"]],
               colx=[LEFT + 8, 118, 140, 172], align=["L", "R", "R", "R"], rows=t1),
    "t2": dict(caption="Table 2: Staff by category and location, 31 December 2014 (number of staff)",
               heads=[["Category"], ["Headquarters", "(Geneva)"], ["Administrative", "Centres"],
                      ["Field", "offices"], ["Total", "staff"]],
               colx=[LEFT + 4, 98, 130, 156, 178], align=["L", "R", "R", "R", "R"], rows=t2),
    "t3": dict(caption="Regional offices and field presence (number)",
               heads=[["Regional office"], ["Countries", "covered"], ["Country", "offices"],
                      ["Sub-", "offices"]],
               colx=[LEFT + 12, 120, 146, 170], align=["L", "R", "R", "R"], rows=t3),
}


# ---------------------------------------------------------------- document class
class Doc(FPDF):
    def __init__(self):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.core_fonts_encoding = "windows-1252"
        self.set_auto_page_break(False)
        self.set_margins(LEFT, 20, 210 - RIGHT)
        self.page_label = None
        self.fn_pending = []       # footnotes to print at the foot of the current page
        self.y_cur = TOP
        self.heading_pages = {}    # toc key -> page label

    # --- primitive drawing
    def put(self, x, y, s, style="", size=BODY_PT):
        self.set_font(FONT, style, size)
        self.text(x, y, s)

    def put_right(self, xr, y, s, style="", size=BODY_PT):
        self.set_font(FONT, style, size)
        self.text(xr - self.get_string_width(s), y, s)

    def put_center(self, y, s, style="", size=BODY_PT):
        self.set_font(FONT, style, size)
        self.text(LEFT + (WIDTH - self.get_string_width(s)) / 2, y, s)

    def sw(self, s, style="", size=BODY_PT):
        self.set_font(FONT, style, size)
        return self.get_string_width(s)

    # --- pages
    def new_page(self, label):
        if self.page_no() > 0:
            self.flush_footnotes()
        self.add_page()
        self.page_label = label
        if label is not None:
            self.put_right(RIGHT, 15, SYMBOL)
            self.put_right(RIGHT, 19.5, "Page " + label)
        self.y_cur = TOP

    # --- footnotes
    def fn_lines(self, key):
        return wrap_words(self, tokens(FOOTNOTES[key]), WIDTH - 4, WIDTH - 4, FN_PT, "")

    def fn_height(self, keys):
        if not keys:
            return 0.0
        h = 5.0
        for k in keys:
            h += len(self.fn_lines(k)) * FN_LH + 0.6
        return h

    def flush_footnotes(self):
        if not self.fn_pending:
            return
        h = self.fn_height(self.fn_pending)
        y = BOTTOM - h + 4.0
        self.set_line_width(0.2)
        self.line(LEFT, y - 2.6, LEFT + 50, y - 2.6)
        y += 1.2
        for k in self.fn_pending:
            lines = self.fn_lines(k)
            self.put(LEFT, y - 1.3, k, size=SUP_PT - 1)
            for i, ln in enumerate(lines):
                draw_line(self, LEFT + 4, y, ln, FN_PT, "")
                y += FN_LH
            y += 0.6
        self.fn_pending = []

    def room(self, need, new_fns=()):
        """True if a block of height `need` fits above the footnotes."""
        limit = BOTTOM - self.fn_height(self.fn_pending + list(new_fns))
        return self.y_cur + need <= limit


# ---------------------------------------------------------------- text layout helpers
def tokens(text):
    out = []
    for w in text.split():
        if w == "//":
            out.append(("BR", None))
            continue
        if "^" in w:
            word, mk = w.split("^", 1)
            out.append((word, mk))
        else:
            out.append((w, None))
    return out


def tok_width(doc, tok, size, style):
    word, mk = tok
    w = doc.sw(word, style, size)
    if mk:
        w += doc.sw(mk, "", SUP_PT if size == BODY_PT else SUP_PT - 1)
    return w


def wrap_words(doc, toks, first_w, rest_w, size, style):
    """Greedy ragged-right wrap. Returns a list of lines; each line a list of tokens."""
    lines, cur, cur_w = [], [], 0.0
    space = doc.sw(" ", style, size)
    avail = first_w
    for t in toks:
        if t[0] == "BR":
            lines.append(cur)
            cur, cur_w, avail = [], 0.0, rest_w
            continue
        w = tok_width(doc, t, size, style)
        add = w if not cur else space + w
        if cur and cur_w + add > avail:
            lines.append(cur)
            cur, cur_w, avail = [t], w, rest_w
        else:
            cur.append(t)
            cur_w += add
    if cur:
        lines.append(cur)
    return lines


def line_fill(doc, line, width, size=BODY_PT, style=""):
    s = sum(tok_width(doc, t, size, style) for t in line) + doc.sw(" ", style, size) * (len(line) - 1)
    return s / width


def draw_line(doc, x, y, line, size, style):
    """Draw words; text runs are drawn as one string, markers raised and smaller."""
    run = []
    sup = SUP_PT if size == BODY_PT else SUP_PT - 1
    for word, mk in line:
        run.append(word)
        if mk:
            s = " ".join(run)
            doc.put(x, y, s, style, size)
            x += doc.sw(s, style, size)
            doc.put(x + 0.1, y - (1.6 if size == BODY_PT else 1.3), mk, "", sup)
            x += doc.sw(mk, "", sup) + doc.sw(" ", style, size)
            run = []
    if run:
        doc.put(x, y, " ".join(run), style, size)


def markers(line):
    return [mk for _, mk in line if mk]


# ---------------------------------------------------------------- flow
FILL_REPORT = []


def flow_text(doc, toks, x_first, x_rest, path, gap=PGAP):
    lines = wrap_words(doc, toks, RIGHT - x_first, RIGHT - x_rest, BODY_PT, "")
    for i, ln in enumerate(lines):
        x = x_first if i == 0 else x_rest
        if any(m for m in markers(ln)) or (i + 1 < len(lines) and i + 1 < len(lines)):
            FILL_REPORT.append((path, i, round(line_fill(doc, ln, RIGHT - x), 2),
                                " ".join(w for w, _ in ln)[-30:], markers(ln)))
        mks = markers(ln)
        if not doc.room(LH, mks):
            doc.new_page(str(int(doc.page_label) + 1))
        draw_line(doc, x, doc.y_cur + 3.5, ln, BODY_PT, "")
        doc.fn_pending.extend(mks)
        doc.y_cur += LH
    doc.y_cur += gap


def ensure(doc, need):
    if not doc.room(need):
        doc.new_page(str(int(doc.page_label) + 1))


def draw_table(doc, spec):
    heads, colx, align, rows = spec["heads"], spec["colx"], spec["align"], spec["rows"]
    nhead = max(len(h) for h in heads)
    rh = 5.0
    need = 7 + nhead * 4.4 + 3 + len(rows) * rh + 4
    ensure(doc, need)
    y = doc.y_cur
    doc.put_center(y + 3.5, spec["caption"], "B")
    y += 7
    doc.set_line_width(0.3)
    doc.line(LEFT, y, RIGHT, y)
    y += 1.2
    for ci, h in enumerate(heads):
        for li, txt in enumerate(h):
            yy = y + 3.5 + (nhead - len(h) + li) * 4.4
            if align[ci] == "L":
                doc.put(colx[ci], yy, txt, "B")
            else:
                doc.put_right(colx[ci], yy, txt, "B")
    y += nhead * 4.4 + 1.6
    doc.set_line_width(0.2)
    doc.line(LEFT, y, RIGHT, y)
    y += 0.8
    for ri, r in enumerate(rows):
        style = "B" if r[0] == "Total" else ""
        if r[0] == "Total":
            doc.line(LEFT, y, RIGHT, y)
            y += 0.6
        for ci, cell in enumerate(r):
            if align[ci] == "L":
                doc.put(colx[ci], y + 3.6, cell, style)
            else:
                doc.put_right(colx[ci], y + 3.6, cell, style)
        y += rh
    doc.set_line_width(0.3)
    doc.line(LEFT, y + 0.6, RIGHT, y + 0.6)
    doc.y_cur = y + 0.6 + 5.0


def run_blocks(doc, blocks, prefix=""):
    ntext = 0
    cur_para = None
    prev = None
    for b in blocks:
        kind = b[0]
        if prev in ("item", "subitem", "bullet") and kind not in ("item", "subitem", "bullet"):
            doc.y_cur += PGAP - 1.6
        prev = kind
        if kind == "runtitle":
            ln = wrap_words(doc, tokens(b[1]), WIDTH - 20, WIDTH - 20, 10, "B")
            for l in ln:
                doc.put_center(doc.y_cur + 3.5, " ".join(w for w, _ in l), "B")
                doc.y_cur += LH
            doc.y_cur += 5
        elif kind == "chapter":
            ensure(doc, 5 + LH * 4)
            doc.y_cur += 1.5
            doc.put(LEFT, doc.y_cur + 3.5, b[1], "B")
            doc.put(LEFT + NUM_IND, doc.y_cur + 3.5, b[2], "B")
            doc.heading_pages[b[1] + " " + b[2]] = doc.page_label
            doc.y_cur += LH + 3.2
        elif kind == "sub":
            ensure(doc, LH * 4)
            doc.put(LEFT, doc.y_cur + 3.5, b[1], "BI")
            doc.put(LEFT + NUM_IND, doc.y_cur + 3.5, b[2], "BI")
            doc.heading_pages[doc.last_chapter_key + "|" + b[1] + " " + b[2]] = doc.page_label
            doc.y_cur += LH + 2.8
        elif kind == "head_c":
            ensure(doc, LH * 4)
            doc.put_center(doc.y_cur + 3.5, b[1], "B")
            doc.heading_pages[b[1]] = doc.page_label
            doc.y_cur += LH + 3.2
        elif kind == "para":
            cur_para = b[1]
            ensure(doc, LH * 2)
            doc.put(LEFT, doc.y_cur + 3.5, b[1] + ".")
            flow_text(doc, tokens(b[2]), LEFT + NUM_IND, LEFT, prefix + "para_" + b[1])
        elif kind == "text":
            ntext += 1
            flow_text(doc, tokens(b[1]), LEFT, LEFT, prefix + "text_%d" % ntext)
        elif kind == "item":
            ensure(doc, LH)
            doc.put(LEFT + ITEM_LBL, doc.y_cur + 3.5, b[1])
            flow_text(doc, tokens(b[2]), LEFT + ITEM_TXT, LEFT + ITEM_TXT,
                      prefix + "para_%s/item_%s" % (cur_para, b[1].strip("()")), gap=1.6)
        elif kind == "subitem":
            ensure(doc, LH)
            doc.put(LEFT + SUB_LBL, doc.y_cur + 3.5, b[1])
            flow_text(doc, tokens(b[2]), LEFT + SUB_TXT, LEFT + SUB_TXT, "subitem", gap=1.6)
        elif kind == "bullet":
            ensure(doc, LH)
            doc.put(LEFT + BUL_X, doc.y_cur + 3.5, "\u2022")
            flow_text(doc, tokens(b[1]), LEFT + BUL_TXT, LEFT + BUL_TXT, "bullet", gap=1.6)
        elif kind == "table":
            draw_table(doc, TABLES[b[1]])
        elif kind == "annexlabel":
            doc.put_center(doc.y_cur + 3.5, b[1], "B")
            doc.y_cur += LH + 2
        elif kind == "annextitle":
            doc.put_center(doc.y_cur + 3.5, b[1], "B")
            doc.y_cur += LH + 5
        if kind == "chapter":
            doc.last_chapter_key = b[1] + " " + b[2]


# ---------------------------------------------------------------- cover and contents
def cover(doc):
    doc.new_page(None)
    doc.put_right(RIGHT, 20, SYMBOL, "B", 11)
    doc.put_right(RIGHT, 26, "Original: ENGLISH", "", 10)
    doc.put_right(RIGHT, 31, "1 June 2015", "", 10)
    doc.put(LEFT, 58, "COUNCIL", "B", 11)
    doc.put(LEFT, 63.5, "106th Session", "", 11)
    doc.put_center(120, "REPORT OF THE DIRECTOR GENERAL", "B", 12)
    doc.put_center(126.5, "ON THE WORK OF THE ORGANIZATION FOR THE YEAR 2014", "B", 12)
    doc.put(LEFT, 262, "__________", "", 10)
    doc.put(LEFT, 269, "This document is submitted to the Standing Committee on Programmes and Finance at "
                       "its Sixteenth Session", "", 9)
    doc.put(LEFT, 273.2, "in June 2015.", "", 9)


TOC = [
    ("FOREWORD", None, "FOREWORD", 0),
    ("INTRODUCTION", "I.", "I. INTRODUCTION", 0),
    ("MEMBERSHIP AND GOVERNANCE", "II.", "II. MEMBERSHIP AND GOVERNANCE", 0),
    ("Membership and observers", "A.", "II. MEMBERSHIP AND GOVERNANCE|A. Membership and observers", 1),
    ("Governing bodies", "B.", "II. MEMBERSHIP AND GOVERNANCE|B. Governing bodies", 1),
    ("OPERATIONS AND PROGRAMMES", "III.", "III. OPERATIONS AND PROGRAMMES", 0),
    ("Movement, emergency and post-crisis migration management", "A.",
     "III. OPERATIONS AND PROGRAMMES|A. Movement, emergency and post-crisis migration management", 1),
    ("Migration health", "B.", "III. OPERATIONS AND PROGRAMMES|B. Migration health", 1),
    ("Migration and development", "C.", "III. OPERATIONS AND PROGRAMMES|C. Migration and development", 1),
    ("Immigration and border management", "D.",
     "III. OPERATIONS AND PROGRAMMES|D. Immigration and border management", 1),
    ("RESOURCES AND MANAGEMENT", "IV.", "IV. RESOURCES AND MANAGEMENT", 0),
    ("Staffing and field structure", "A.", "IV. RESOURCES AND MANAGEMENT|A. Staffing and field structure", 1),
    ("Financial overview", "B.", "IV. RESOURCES AND MANAGEMENT|B. Financial overview", 1),
    ("CONCLUSION", "V.", "V. CONCLUSION", 0),
    ("ANNEX \u2013 IOM FIELD PRESENCE AS AT 31 DECEMBER 2014", None, "ANNEX", 0),
]


def contents_and_foreword(doc, pages):
    doc.new_page("i")
    doc.put_center(doc.y_cur + 3.5, "CONTENTS", "B")
    doc.y_cur += LH + 2
    doc.put_right(RIGHT, doc.y_cur + 3.5, "Page", "U")
    doc.y_cur += LH + 2
    dot = doc.sw(".")
    for text, label, key, lvl in TOC:
        pg = pages.get(key, "?")
        y = doc.y_cur + 3.5
        if lvl == 0:
            if label:
                doc.put(LEFT, y, label)
            x = LEFT + (NUM_IND if label else 0)
            if not label:
                x = LEFT
        else:
            doc.put(LEFT + NUM_IND, y, label)
            x = LEFT + NUM_IND + 8
        doc.put(x, y, text)
        end = x + doc.sw(text) + 1.5
        pgx = RIGHT - doc.sw(pg) - 1.5
        n = int((pgx - end) / dot)
        doc.put(end, y, "." * n)
        doc.put_right(RIGHT, y, pg)
        doc.y_cur += LH + (1.8 if lvl == 0 else 0.8)
    doc.y_cur += 8
    run_blocks(doc, [("head_c", "FOREWORD")] + FOREWORD)


def build(pages):
    doc = Doc()
    doc.last_chapter_key = ""
    cover(doc)
    contents_and_foreword(doc, pages)
    doc.new_page("1")
    run_blocks(doc, BODY)
    doc.new_page(str(int(doc.page_label) + 1))
    doc.heading_pages["ANNEX"] = doc.page_label
    run_blocks(doc, ANNEX, "annex_1/")
    doc.flush_footnotes()
    return doc


if __name__ == "__main__":
    first = build({})
    pages = dict(first.heading_pages)
    FILL_REPORT.clear()
    final = build(pages)
    assert final.heading_pages == pages, (final.heading_pages, pages)
    final.output(OUT)
    if "-v" in sys.argv:
        for r in FILL_REPORT:
            if r[4] or r[2] < 0.75:
                print(r)
        print(pages)
    print("pages:", final.page_no())
