"""Lays out an invented IOM Programme and Budget for 2007 (MC/2196, 2006) on A4 with reportlab."""
import os
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "programme-budget-2006.pdf")

SYMBOL = "MC/2196"
PW, PH = A4
L = 72.0
R = PW - 72.0
TOP = PH - 96.0          # first body baseline on pages with a running header
BOTTOM = 64.0

BODY, BODY_B, BODY_I, BODY_BI = "Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic"
BS, BLEAD = 11.0, 13.6
FS, FLEAD = 9.0, 10.6
SUPS, SUPRISE = 6.5, 3.8
TS, TLEAD = 9.5, 12.4
PGAP = 10.0
NEWPAGE_PARTS = ("PART II",)

# --------------------------------------------------------------------------- content
FOOTNOTES = {
    "1": "Council Resolution No. 1125 (XC) of 30 November 2005 asked the Administration to keep the "
         "Administrative Part of the Budget for 2007 at zero nominal growth and to report on the "
         "effect of that policy on the core structure.",
    "2": "For the Operational Part, the figures for 2006 are those of the revised budget (MC/EX/676); "
         "amounts in US dollars are rounded to the nearest hundred thousand.",
    "3": "The transfer of functions to Manila is described in document MC/INF/279.",
    "4": "Established pursuant to Council Resolution No. 1035 (LXXX) of 29 November 2000; the "
         "allocation for 2007 is USD 1.4 million.",
    "5": "The Programme was implemented by IOM on behalf of the German Foundation \u201cRemembrance, "
         "Responsibility and Future\u201d; its final report is contained in document MC/INF/271.",
}

T1 = dict(
    caption="Table 1: Overall budget levels",
    cols=[("2006", "budget"), ("2007", "estimates"), ("Increase/", "(decrease)")],
    colx=[355, 440, R],
    rows=[
        ("Administrative Part of the Budget (CHF)", ["37,316,000", "38,119,000", "803,000"], "n"),
        ("Operational Part of the Budget (USD)", [], "g"),
        ("Staff and office costs", ["198,600,000", "181,300,000", "(17,300,000)"], "s"),
        ("Programme costs", ["513,800,000", "464,500,000", "(49,300,000)"], "s"),
        ("Total Operational Part", ["712,400,000", "645,800,000", "(66,600,000)"], "t"),
    ],
)

T2 = dict(
    caption="Table 2: Administrative Part of the Budget by object of expenditure (in Swiss francs)",
    cols=[("2006", "approved"), ("2007", "estimates"), ("Increase/", "(decrease)")],
    colx=[355, 440, R],
    rows=[
        ("Staff salaries and benefits", ["30,502,000", "31,288,000", "786,000"], "n"),
        ("Travel and representation", ["1,104,000", "1,080,000", "(24,000)"], "n"),
        ("General office expenditure", ["2,231,000", "2,268,000", "37,000"], "n"),
        ("Communications", ["1,318,000", "1,296,000", "(22,000)"], "n"),
        ("Contractual services", ["1,412,000", "1,438,000", "26,000"], "n"),
        ("Governing bodies\u2019 meetings", ["749,000", "749,000", "-"], "n"),
        ("Total", ["37,316,000", "38,119,000", "803,000"], "t"),
    ],
)

T3 = dict(
    caption="Table 3: Staffing funded from the Administrative Part of the Budget",
    cols=[("", "2006"), ("", "2007"), ("", "Change")],
    colx=[340, 420, R - 20],
    rows=[
        ("Director General", ["1", "1", "-"], "n"),
        ("Deputy Director General", ["1", "1", "-"], "n"),
        ("D2", ["4", "4", "-"], "n"),
        ("D1", ["11", "11", "-"], "n"),
        ("P5", ["24", "25", "1"], "n"),
        ("P4", ["33", "33", "-"], "n"),
        ("P3", ["25", "24", "(1)"], "n"),
        ("P2", ["9", "9", "-"], "n"),
        ("Total officials", ["108", "108", "-"], "t"),
        ("Employees^*", ["155", "155", "-"], "n"),
        ("Total staff", ["263", "263", "-"], "t"),
    ],
    note=("*", "Including 19 employees at the Manila Administrative Centre whose positions are funded "
               "from the Administrative Part of the Budget."),
)

T4 = dict(
    caption="Table 4: Discretionary income (in US dollars)",
    cols=[("2006", "revised"), ("2007", "estimates")],
    colx=[380, R - 10],
    rows=[
        ("Unearmarked contributions", ["3,600,000", "3,700,000"], "n"),
        ("Interest income", ["4,200,000", "5,300,000"], "n"),
        ("Project-related overhead", ["17,900,000", "18,500,000"], "n"),
        ("Total", ["25,700,000", "27,500,000"], "t"),
    ],
)


def k(v):
    return "{:,}".format(v * 1000)


SA = [
    ("I.", "Movement, Emergency and Post-crisis Migration Management", None),
    ("I.1", "Resettlement Assistance", (21450, 98760)),
    ("I.2", "Repatriation Assistance", (3120, 11480)),
    ("I.3", "Emergency and Post-crisis Migration Management", (39870, 82340)),
    ("II.", "Migration Health", None),
    ("II.1", "Migration Health Assessments and Travel Health Assistance", (16230, 12910)),
    ("II.2", "Health Promotion and Assistance for Migrants", (2840, 6150)),
    ("II.3", "Migration Health Assistance for Crisis-affected Populations", (1960, 7420)),
    ("III.", "Migration and Development", None),
    ("III.1", "Return and Reintegration of Qualified Nationals", (2210, 5380)),
    ("III.2", "Remittances", (410, 890)),
    ("III.3", "Migration and Community Development", (3050, 14670)),
    ("IV.", "Regulating Migration", None),
    ("IV.1", "Return Assistance to Migrants and Governments", (12630, 31940)),
    ("IV.2", "Counter-trafficking", (7940, 18260)),
    ("IV.3", "Technical Cooperation on Migration Management and Capacity Building", (14380, 36720)),
    ("V.", "Facilitating Migration", None),
    ("V.1", "Labour Migration", (2760, 4930)),
    ("V.2", "Migrant Processing and Integration", (18570, 9840)),
    ("VI.", "Migration Policy, Research and Communications", (1690, 1280)),
    ("VII.", "Reparation Programmes", (3470, 104830)),
    ("VIII.", "General Programme Support", (28720, 16700)),
]
_so = sum(v[0] for _, _, v in SA if v)
_pr = sum(v[1] for _, _, v in SA if v)
assert (_so, _pr) == (181300, 464500), (_so, _pr)
T5rows = []
for code, name, v in SA:
    label = code + " " + name
    if v is None:
        T5rows.append((label, [], "g"))
    else:
        T5rows.append((label, [k(v[0]), k(v[1]), k(v[0] + v[1])], "g" if "." == code[-1] else "s"))
T5rows.append(("Total", [k(_so), k(_pr), k(_so + _pr)], "t"))
T5 = dict(
    caption="Table 5: Operational Part of the Budget by service area (in US dollars)",
    cols=[("Staff and", "office costs"), ("Programme", "costs"), ("Total", "costs")],
    colx=[385, 455, R],
    rows=T5rows,
    wide=True,
    size=9.0,
)

REG = [
    ("Africa", 31220, 65320),
    ("Middle East", 9860, 31370),
    ("Latin America and the Caribbean", 22140, 66620),
    ("North America", 4030, 8280),
    ("Asia and Oceania", 46510, 97370),
    ("Europe", 41760, 179710),
    ("Global support/services", 25780, 15830),
]
assert sum(r[1] for r in REG) == 181300 and sum(r[2] for r in REG) == 464500
T6rows = [(n, [k(a), k(b), k(a + b), "{:.1f}".format((a + b) / 6458.0)], "n") for n, a, b in REG]
T6rows.append(("Total", [k(181300), k(464500), k(645800), "100.0"], "t"))
T6 = dict(
    caption="Table 6: Operational Part of the Budget by region (in US dollars)",
    cols=[("Staff and", "office costs"), ("Programme", "costs"), ("Total", "costs"), ("", "%")],
    colx=[300, 380, 460, R],
    rows=T6rows,
)

# Blocks: ("h", style, num, text, toc), ("p", num, text), ("i", label, level, text),
# ("b", text), ("t", table), ("gap", pts)
BLOCKS = [
    ("h", "centre", None, "INTRODUCTION", "INTRODUCTION"),
    ("p", "1", "The Programme and Budget for 2007 is submitted to Member States in accordance with the "
     "Financial Regulations of the Organization. Part I sets out the Administrative Part of the Budget, "
     "which is expressed in Swiss francs and financed by the assessed contributions of Member States. "
     "Part II sets out the Operational Part of the Budget, which is expressed in US dollars and "
     "financed by voluntary contributions, most of them earmarked for specific projects, and by "
     "discretionary income."),
    ("p", "2", "The Administrative Part of the Budget for 2007 amounts to CHF 38,119,000, compared with "
     "CHF 37,316,000 approved for 2006 in the Programme and Budget for 2006 (MC/2172). The increase of "
     "CHF 803,000 corresponds exactly to the assessed contributions of the States admitted as Members "
     "of the Organization since that budget was adopted. The contributions of the other Member States "
     "remain unchanged, in keeping with the principle of zero nominal growth.^1"),
    ("p", "3", "The Operational Part of the Budget is estimated at USD 645.8 million, against USD 712.4 "
     "million in the revised Programme and Budget for 2006 (MC/EX/676). The lower figure does not "
     "point to a decline in activity: it reflects only the projects for which funding was confirmed or "
     "reasonably assured when this document was prepared. Experience shows that the Operational Part "
     "grows considerably in the course of the year as new projects are funded; updated figures will be "
     "presented in the Summary Update on the Programme and Budget for 2007 in the first half of that "
     "year."),
    ("p", "4", "The overall budget levels proposed for 2007 and the corresponding figures for 2006 are "
     "summarized in Table 1.^2"),
    ("t", T1),
    ("h", "sub", None, "Budget reform", "Budget reform"),
    ("p", "5", "At its Ninetieth Session the Council endorsed the recommendations of the Working Group "
     "on Budget Reform (MC/INF/281). In preparing the present document, the Administration has:"),
    ("i", "(a)", 1, "presented the Operational Part of the Budget by service area and by region in a "
     "single format, so that the two distributions can be reconciled line by line;"),
    ("i", "(b)", 1, "revised the criteria for the allocation of discretionary income, which now "
     "distinguish:"),
    ("i", "(i)", 2, "a fixed share for those structures in the field that are covered neither by "
     "project funding nor by the Administrative Part of the Budget; and"),
    ("i", "(ii)", 2, "a variable share for activities that Member States propose in the course of the "
     "year;"),
    ("i", "(c)", 1, "shown separately, for the first time, the positions funded from the "
     "Administrative Part of the Budget and those funded from discretionary income."),
    ("p", "6", "The Administration has also continued its review of the cost of the core structure, as "
     "Member States requested during the informal consultations held in May and September 2006. An "
     "information note on that subject, Core Structure: Options for Sustainable Funding (MC/INF/283), "
     "will be presented to the Sub-Committee on Budget and Finance together with this document."),
    ("p", "7", "Member States will note that the growth in the number of projects and field offices "
     "over the past five years has not been matched by a comparable growth in core funding. The "
     "Administration would welcome the guidance of Member States on the options set out in that "
     "note before the Programme and Budget for 2008 is prepared."),
    ("h", "part", "PART I", "ADMINISTRATION", "PART I \u2013 ADMINISTRATION"),
    ("h", "letter", "A", "Administrative Part of the Budget", "A. Administrative Part of the Budget"),
    ("p", "8", "The Administrative Part of the Budget finances the core structure of the Organization "
     "at Headquarters and in the field: the Office of the Director General, the departments "
     "responsible for migration management services, external relations, legal affairs and resources "
     "management, and the Missions with Regional Functions. Its amount is apportioned among Member "
     "States according to the scale of assessment for 2007, which is submitted separately in "
     "document MC/2197."),
    ("p", "9", "The distribution of the Administrative Part of the Budget by object of expenditure is "
     "shown in Table 2."),
    ("t", T2),
    ("p", "10", "Staff salaries and benefits account for 82.1 per cent of the total. The increase of "
     "CHF 786,000 under that heading results from statutory step increments and from the revised "
     "salary scales of the United Nations common system, which IOM applies. It is partly offset by "
     "the transfer of two further administrative functions from Geneva to the Manila Administrative "
     "Centre,^3 where the same work is carried out at a lower cost."),
    ("h", "letter", "B", "Staffing levels", "B. Staffing levels"),
    ("p", "11", "Table 3 shows the number of officials and employees funded from the Administrative "
     "Part of the Budget in 2006 and 2007. The total number of positions remains at 263. One P3 "
     "position in the Department of Resources Management has been reclassified at the P5 level to "
     "head the new budget and planning unit recommended by the Working Group on Budget Reform. The "
     "additional cost of the reclassification, some CHF 21,000 a year, is absorbed within the staff "
     "costs shown in Table 2, and no new position is created in the Administrative Part of the "
     "Budget for 2007."),
    ("t", T3),
    ("p", "12", "In addition, 37 officials and 52 employees in the field are funded from discretionary "
     "income (see Part II, section A). The great majority of IOM staff, some 5,100 persons at "
     "30 June 2006, are funded from the budgets of the projects on which they work."),
    ("h", "part", "PART II", "OPERATIONS", "PART II \u2013 OPERATIONS"),
    ("p", "13", "The Operational Part of the Budget covers the projects that the Organization carries "
     "out at the request of Member States and other partners. As a project is budgeted only when its "
     "funding is confirmed, the figures in this Part are a baseline, not a forecast of activity in 2007."),
    ("h", "letter", "A", "Discretionary income", "A. Discretionary income"),
    ("p", "14", "Discretionary income comprises unearmarked contributions, interest income and "
     "project-related overhead. For 2007 it is estimated at USD 27.5 million, an increase of USD 1.8 "
     "million over the revised estimate for 2006, owing mainly to higher interest rates (Table 4)."),
    ("t", T4),
    ("p", "15", "Discretionary income will be applied in 2007 to the following purposes, in order of "
     "priority:"),
    ("b", "the staff and office costs of the core structure in the field that are covered neither by "
     "the Administrative Part of the Budget nor by projects;"),
    ("b", "the security of staff and premises, including the share of IOM in the costs of the United "
     "Nations security management system;"),
    ("b", "the 1035 Facility,^4 which supports migration management projects in developing Member "
     "States and Member States with economies in transition; and"),
    ("b", "a reserve to meet unforeseen staff and office costs arising from fluctuations in exchange "
     "rates."),
    ("p", "16", "Any discretionary income received in excess of the estimate will be reported in the "
     "Summary Update and allocated in consultation with Member States."),
    ("h", "letter", "B", "Operational Part of the Budget by service area",
     "B. Operational Part of the Budget by service area"),
    ("p", "17", "Table 5 distributes the Operational Part of the Budget among the service areas of the "
     "Organization. General Programme Support covers the field and Headquarters functions that are "
     "financed from discretionary income."),
    ("t", T5),
    ("p", "18", "Movement, Emergency and Post-crisis Migration Management remains the largest service "
     "area, with 39.8 per cent of the total. Resettlement assistance is expected to increase with the "
     "processing of refugees for the main resettlement countries, while emergency and post-crisis "
     "activities decrease as several large programmes begun in 2005 reach completion."),
    ("p", "19", "The budget for Reparation Programmes falls further with the closure of the German Forced "
     "Labour Compensation Programme,^5 whose remaining activities in 2007 concern the archiving of "
     "claim files and the handling of residual appeals."),
    ("h", "letter", "C", "Operational Part of the Budget by region",
     "C. Operational Part of the Budget by region"),
    ("p", "20", "The distribution of the Operational Part of the Budget among the regions is shown in "
     "Table 6. Europe accounts for the largest share because the reparation programmes are budgeted "
     "there; Asia and Oceania follows, reflecting the continuing post-tsunami reconstruction "
     "programmes and the growth of migrant processing in the region."),
    ("t", T6),
    ("p", "21", "The Sub-Committee on Budget and Finance is invited to recommend the Programme and "
     "Budget for 2007 to the Council for approval, namely an Administrative Part of CHF 38,119,000, "
     "an Operational Part of USD 645.8 million and discretionary income of USD 27.5 million."),
]


# --------------------------------------------------------------------------- text helpers
def parts_of(word, font):
    """A word such as 'growth.^1' -> [(text, font, size, rise)]."""
    if "^" in word:
        base, mark = word.split("^", 1)
        out = []
        if base:
            out.append((base, font, BS, 0))
        out.append((mark, BODY, SUPS, SUPRISE))
        return out
    return [(word, font, BS, 0)]


def wwidth(parts):
    return sum(stringWidth(t, f, s) for t, f, s, _ in parts)


def wrap(text, first_w, other_w, font=BODY, size=BS):
    words = [parts_of(w, font) for w in text.split()]
    if size != BS:
        words = [[(t, f, size if r == 0 else SUPS, r) for t, f, s, r in p] for p in words]
    space = stringWidth(" ", font, size)
    lines, cur, cw = [], [], 0.0
    for w in words:
        ww = wwidth(w)
        lim = first_w if not lines else other_w
        if cur and cw + space + ww > lim:
            lines.append(cur)
            cur, cw = [w], ww
        else:
            cw = cw + (space if cur else 0) + ww
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


def marks_in(line):
    return [t for w in line for (t, f, s, r) in w if r > 0]


def draw_line(c, x, y, line, font=BODY, size=BS):
    space = stringWidth(" ", font, size)
    for i, w in enumerate(line):
        if i:
            x += space
        for t, f, s, r in w:
            c.setFont(f, s)
            c.drawString(x, y + r, t)
            x += stringWidth(t, f, s)


# --------------------------------------------------------------------------- footnote layout
FN_INDENT = 14.0


def fn_lines(mark):
    return wrap(FOOTNOTES[mark], R - L - FN_INDENT, R - L - FN_INDENT, BODY, FS)


def fn_height(mark):
    return len(fn_lines(mark)) * FLEAD + 2


FN_RULE = 16.0


# --------------------------------------------------------------------------- document
class Doc:
    def __init__(self, c, draw, toc_pages=None):
        self.c = c
        self.draw = draw
        self.page = 0          # physical page index, 1 = cover
        self.label = None
        self.toc_pages = toc_pages or {}
        self.found = {}

    # -- page furniture
    def new_page(self, label):
        if self.page:
            self.finish_page()
        self.page += 1
        self.label = label
        self.fns = []
        self.y = TOP
        if self.page > 1 and self.draw:
            c = self.c
            c.setFont(BODY, 10)
            c.drawRightString(R, PH - 46, SYMBOL)
            c.drawRightString(R, PH - 58, "Page %s" % label)

    def finish_page(self):
        if not self.fns:
            if self.draw:
                self.c.showPage()
            return
        if self.draw:
            c = self.c
            h = sum(fn_height(m) for m in self.fns)
            y = BOTTOM + h
            c.setLineWidth(0.5)
            c.line(L, y + 6, L + 144, y + 6)
            y -= FLEAD - 2
            for m in self.fns:
                lines = fn_lines(m)
                c.setFont(BODY, SUPS)
                c.drawString(L + 3, y + 3, m)
                for ln in lines:
                    draw_line(c, L + FN_INDENT, y, ln, BODY, FS)
                    y -= FLEAD
                y -= 2
            c.showPage()

    def fn_area(self, extra=()):
        ms = list(self.fns) + list(extra)
        if not ms:
            return 0.0
        return FN_RULE + sum(fn_height(m) for m in ms)

    def room(self, need, extra_marks=()):
        return self.y - need >= BOTTOM + self.fn_area(extra_marks)

    def next_body_page(self):
        n = int(self.label) + 1 if self.label.isdigit() else 1
        self.new_page(str(n))

    # -- blocks
    def place_lines(self, lines, x_first, x_other, lead=BLEAD, font=BODY, size=BS, first_extra=None):
        for i, ln in enumerate(lines):
            marks = marks_in(ln)
            if not self.room(lead, marks):
                self.next_body_page()
            self.y -= lead
            if self.draw:
                if i == 0 and first_extra:
                    first_extra(self.y)
                draw_line(self.c, x_first if i == 0 else x_other, self.y, ln, font, size)
            self.fns.extend(marks)

    def para(self, num, text):
        lines = wrap(text, R - (L + 36), R - L)
        # keep at least two lines together at a page foot
        if not self.room(BLEAD * (2 if len(lines) > 1 else 1) + PGAP, marks_in(lines[0])):
            self.next_body_page()
        self.y -= PGAP

        def num_draw(y):
            self.c.setFont(BODY, BS)
            self.c.drawString(L, y, num + ".")
        self.place_lines(lines, L + 36, L, first_extra=num_draw)

    def item(self, label, level, text):
        lx = L + 36 + (level - 1) * 30
        tx = lx + 30
        lines = wrap(text, R - tx, R - tx)
        if not self.room(BLEAD + 6):
            self.next_body_page()
        self.y -= 6

        def lab(y):
            self.c.setFont(BODY, BS)
            self.c.drawString(lx, y, label)
        self.place_lines(lines, tx, tx, first_extra=lab)

    def bullet(self, text):
        lx, tx = L + 36, L + 54
        lines = wrap(text, R - tx, R - tx)
        if not self.room(BLEAD + 5):
            self.next_body_page()
        self.y -= 5

        def lab(y):
            self.c.setFont(BODY, BS)
            self.c.drawString(lx, y, "\u2022")
        self.place_lines(lines, tx, tx, first_extra=lab)

    def heading(self, style, num, text, toc):
        need = 30 + BLEAD * 3
        if style == "part":
            need += 10
        if not self.room(need) or (style == "part" and num in NEWPAGE_PARTS):
            self.next_body_page()
            if style == "part":
                self.y += 14
        self.y -= 22 if style in ("part", "centre") else 16
        self.found[toc] = self.label
        c = self.c
        if style == "centre":
            if self.draw:
                c.setFont(BODY_B, BS)
                c.drawCentredString(PW / 2, self.y, text)
            self.y -= 4
        elif style == "part":
            if self.draw:
                c.setFont(BODY_B, 12)
                c.drawCentredString(PW / 2, self.y, "%s \u2013 %s" % (num, text))
            self.y -= 6
        elif style == "letter":
            if self.draw:
                c.setFont(BODY_B, BS)
                c.drawString(L, self.y, num + ".")
                c.drawString(L + 36, self.y, text)
        elif style == "sub":
            if self.draw:
                c.setFont(BODY_BI, BS)
                c.drawString(L, self.y, text)

    def table(self, t):
        rows = t["rows"]
        ts = t.get("size", TS)
        colx = t["colx"]
        ncol = len(t["cols"])
        head_h = 2 * TLEAD + 6
        cap_h = TLEAD + 8

        def draw_head(cont):
            self.y -= 16
            if self.draw:
                self.c.setFont(BODY_B, ts)
                cap = t["caption"] + (" (cont\u2019d)" if cont else "")
                self.c.drawCentredString(PW / 2, self.y, cap)
            self.y -= 6
            if self.draw:
                self.c.setLineWidth(0.6)
                self.c.line(L, self.y, R, self.y)
                self.c.setFont(BODY_B, ts)
                for (h1, h2), x in zip(t["cols"], colx):
                    if h1:
                        self.c.drawRightString(x, self.y - TLEAD + 2, h1)
                    self.c.drawRightString(x, self.y - 2 * TLEAD + 2, h2)
            self.y -= 2 * TLEAD + 4
            if self.draw:
                self.c.setLineWidth(0.4)
                self.c.line(L, self.y, R, self.y)
            self.y -= 2

        note_h = 0
        if t.get("note"):
            note_h = 10 + 2 * FLEAD
        if t.get("wide"):
            first_need = cap_h + head_h + 5 * TLEAD + 10
        else:
            # a short table is kept on one page
            first_need = cap_h + head_h + (len(rows) + 2) * TLEAD + note_h + 16
        if not self.room(first_need):
            self.next_body_page()
        self.y -= 4
        draw_head(False)
        for idx, (label, cells, kind) in enumerate(rows):
            last = idx == len(rows) - 1
            font = BODY_B if kind in ("t", "g") else BODY
            indent = 14 if kind == "s" else 0
            lab = label
            star = None
            if "^" in lab:
                lab, star = lab.split("^")
            maxw = colx[0] - 56 - (L + 4 + indent)
            segs = [lab]
            if stringWidth(lab, font, ts) > maxw:
                words, segs, cur = lab.split(), [], ""
                for wd in words:
                    trial = (cur + " " + wd).strip()
                    if cur and stringWidth(trial, font, ts) > (maxw if not segs else maxw - 17):
                        segs.append(cur)
                        cur = wd
                    else:
                        cur = trial
                segs.append(cur)
            need = TLEAD * len(segs) + (6 if kind == "t" else 0) + (note_h if last else 0) + (4 if last else 0)
            if not self.room(need):
                if self.draw:
                    self.c.setLineWidth(0.4)
                    self.c.line(L, self.y - 3, R, self.y - 3)
                self.next_body_page()
                self.y += 6
                draw_head(True)
            if kind == "t":
                self.y -= 4
                if self.draw:
                    self.c.setLineWidth(0.4)
                    self.c.line(colx[0] - 62, self.y + 1, R, self.y + 1)
            for j, seg in enumerate(segs[:-1]):
                self.y -= TLEAD
                if self.draw:
                    self.c.setFont(font, ts)
                    self.c.drawString(L + 4 + indent + (17 if j else 0), self.y, seg)
            if len(segs) > 1:
                indent += 17
            lab = segs[-1]
            self.y -= TLEAD
            if not self.draw:
                continue
            c = self.c
            c.setFont(font, ts)
            c.drawString(L + 4 + indent, self.y, lab)
            if star:
                c.setFont(BODY, SUPS)
                c.drawString(L + 4 + indent + stringWidth(lab, font, ts) + 0.5, self.y + SUPRISE, star)
            c.setFont(font, ts)
            for val, x in zip(cells, colx):
                c.drawRightString(x, self.y, val)
        self.y -= 5
        if self.draw:
            self.c.setLineWidth(0.6)
            self.c.line(L, self.y, R, self.y)
        if t.get("note"):
            mark, text = t["note"]
            lines = wrap(text, R - L - 10, R - L - 10, BODY, FS)
            self.y -= 4
            for i, ln in enumerate(lines):
                self.y -= FLEAD
                if self.draw:
                    if i == 0:
                        self.c.setFont(BODY, FS)
                        self.c.drawString(L, self.y, mark)
                    draw_line(self.c, L + 10, self.y, ln, BODY, FS)
        self.y -= 6

    # -- pages
    def cover(self):
        self.new_page(None)
        c = self.c
        if not self.draw:
            return
        c.setFont(BODY, BS)
        c.drawRightString(R, PH - 62, SYMBOL)
        c.drawRightString(R, PH - 76, "Original: English")
        c.drawRightString(R, PH - 90, "11 October 2006")
        c.setFont(BODY_B, 12)
        c.drawCentredString(PW / 2, PH - 190, "NINETY-SECOND SESSION")
        c.setLineWidth(1.2)
        c.line(L, PH - 206, R, PH - 206)
        c.setFont(BODY_B, 15)
        c.drawCentredString(PW / 2, PH - 400, "PROGRAMME AND BUDGET FOR 2007")
        c.setFont(BODY, 10)
        c.drawString(L, 190, "__________")
        note = ("This document is submitted for review to the Sub-Committee on Budget and Finance at its "
                "Ninety-sixth Session, to be held on 31 October 2006, before its presentation to the "
                "Council.")
        y = 172
        for ln in wrap(note, R - L, R - L, BODY, 10):
            draw_line(c, L, y, ln, BODY, 10)
            y -= 12.5
        c.setFont(BODY_B, 12)
        c.drawString(L + 40, 70, "COUNCIL")
        c.drawCentredString(PW / 2, 70, "CONSEIL")
        c.drawRightString(R - 40, 70, "CONSEJO")

    def contents(self):
        self.new_page("i")
        c = self.c
        y = TOP - 10
        if self.draw:
            c.setFont(BODY_B, 12)
            c.drawCentredString(PW / 2, y, "TABLE OF CONTENTS")
            c.setFont(BODY_B, 10)
            c.drawRightString(R, y - 26, "Page")
        y -= 30
        entries = [
            (0, "INTRODUCTION"), (1, "Budget reform"),
            (0, "PART I \u2013 ADMINISTRATION"),
            (1, "A. Administrative Part of the Budget"), (1, "B. Staffing levels"),
            (0, "PART II \u2013 OPERATIONS"),
            (1, "A. Discretionary income"), (1, "B. Operational Part of the Budget by service area"),
            (1, "C. Operational Part of the Budget by region"),
        ]
        for lvl, title in entries:
            y -= 24 if lvl == 0 else 17
            if not self.draw:
                continue
            x = L + (24 if lvl else 0)
            font = BODY_B if lvl == 0 else BODY
            c.setFont(font, BS)
            c.drawString(x, y, title)
            pg = self.toc_pages.get(title, "?")
            c.setFont(BODY, BS)
            c.drawRightString(R, y, pg)
            start = x + stringWidth(title, font, BS) + 6
            end = R - stringWidth(pg, BODY, BS) - 6
            dots = ""
            dw = stringWidth(".", BODY, BS)
            n = int((end - start) / dw)
            dots = "." * n
            c.drawRightString(end, y, dots)

    def run(self):
        self.cover()
        self.contents()
        self.page_body_start = True
        self.new_page("1")
        self.y = TOP + 4
        for b in BLOCKS:
            kind = b[0]
            if kind == "h":
                self.heading(*b[1:])
            elif kind == "p":
                self.para(b[1], b[2])
            elif kind == "i":
                self.item(b[1], b[2], b[3])
            elif kind == "b":
                self.bullet(b[1])
            elif kind == "t":
                self.table(b[1])
        self.finish_page()


def main():
    dry = Doc(canvas.Canvas(os.devnull), draw=False)
    dry.run()
    c = canvas.Canvas(OUT, pagesize=A4, invariant=1)
    c.setTitle("Programme and Budget for 2007")
    c.setAuthor("International Organization for Migration")
    doc = Doc(c, draw=True, toc_pages=dry.found)
    doc.run()
    c.save()


if __name__ == "__main__":
    main()
