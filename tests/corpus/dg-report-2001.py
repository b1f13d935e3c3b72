# Draws dg-report-2001.pdf: MC/2043, Report of the Director General on the work
# of the Organization for the year 2000 (IOM, 15 May 2001), with reportlab.
import os
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dg-report-2001.pdf")

SYMBOL = "MC/2043"
PW, PH = A4
L = 72.0
R = PW - 72.0
W = R - L
TOP = PH - 90.0          # first body baseline under the running header
BOTTOM = 50.0             # lowest footnote baseline
FS = 10.8                 # body font size
LEAD = 12.9
PARA_GAP = 9.5
TAB = 36.0
FN_FS = 8.8
FN_LEAD = 10.6

ROMAN = "Times-Roman"
BOLD = "Times-Bold"
ITAL = "Times-Italic"

# ---------------------------------------------------------------- content
# Footnote markers are written {n} right after the word or punctuation.
FOOTNOTES = {
    1: "Comparative figures for 1999 are those given in the Report of the Director General on "
       "the work of the Organization for the year 1999 (MC/2006). Unless otherwise stated, all "
       "amounts in this report are expressed in United States dollars.",
    2: "The figure includes 3,865 refugees from the former Yugoslavia processed in Zagreb and "
       "Belgrade on behalf of the United States Immigration and Naturalization Service.",
    3: "Funded by the European Commission and by the Governments of Austria, Germany, the "
       "Netherlands and Switzerland.",
    4: "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and "
       "Children, supplementing the United Nations Convention against Transnational Organized "
       "Crime, adopted by the General Assembly in resolution 55/25 of 15 November 2000.",
    5: "See the information note on the German Forced Labour Compensation Programme "
       "(MC/INF/246), which sets out the arrangements agreed with the Foundation and the "
       "budgetary implications for the Organization.",
    6: "A summary of the main findings was made available to Member States as document "
       "MC/INF/244.",
    7: "Converted at the average United Nations operational rate of exchange for 2000, "
       "i.e. CHF 1.69 to USD 1.",
}

BODY = [
    ("h1", None, "INTRODUCTION"),
    ("p", 1, "This report reviews the activities of the International Organization for Migration "
             "(IOM) during the year 2000. It is submitted together with the Financial Report for "
             "the year ended 31 December 2000 (MC/2044), to which readers are referred for the "
             "audited accounts, and should be read in the light of the objectives set out in the "
             "Programme and Budget for 2000 (MC/1977)."),
    ("p", 2, "For IOM, 2000 was a year of consolidation after the exceptional demands of 1999, when "
             "the crisis in Kosovo called for the largest emergency operation in the Organization's "
             "history. Total expenditure nevertheless rose by 5.2 per cent, from USD 242.1 million "
             "in 1999 to USD 254.6 million,{1} and the number of projects under way at the end of "
             "the year reached 712, against 654 twelve months earlier."),
    ("p", 3, "The Administration continued to follow the orientations laid down by the Council in "
             "Resolution No. 923 (LXXI) of 29 November 1995 on \u201cFuture Activities of IOM\u201d. "
             "The chapters that follow describe the services provided to migrants and governments "
             "(Chapter I), technical cooperation (Chapter II), emergency and post-conflict "
             "operations (Chapter III), policy and research work (Chapter IV) and the state of the "
             "Organization's membership, staff and finances (Chapter V)."),

    ("h1", "I.", "MIGRATION SERVICES"),
    ("h2", "A.", "Resettlement and movement assistance"),
    ("p", 4, "In 2000 IOM assisted 417,725 persons to move, compared with 382,960 in 1999, an "
             "increase of some 9 per cent. Return movements, which include the return of refugees "
             "and displaced persons as well as that of unsuccessful asylum seekers and stranded "
             "migrants, accounted for 273,395 persons, or 65 per cent of the total. Table 1 shows "
             "the distribution of movements by region of departure."),
    ("table", "t1", None),
    ("p", 5, "Resettlement movements totalled 77,020 persons, or 18 per cent of all movements. The "
             "largest programmes remained those carried out for the Governments of the United "
             "States, Canada and Australia, which together received 61,340 refugees and other "
             "persons of concern processed by IOM offices in some 40 countries.{2} Departures from "
             "Africa rose markedly, reflecting the resumption of processing in Nairobi and Accra."),
    ("p", 6, "The remaining 67,310 movements comprised family reunification cases, labour migrants "
             "travelling under bilateral agreements, and students and fellows under scholarship "
             "schemes. The reduced fares negotiated with 28 air carriers allowed the sponsors of "
             "these movements to save an estimated USD 11.3 million."),

    ("h2", "B.", "Return and reintegration"),
    ("p", 7, "Assisted voluntary return programmes were operated from 19 host countries, most of "
             "them in Western Europe. They enabled 52,170 persons to return home, among them "
             "31,480 Bosnians and Kosovars leaving Germany, Switzerland and other European "
             "countries under schemes that combined travel assistance with reintegration grants."),
    ("p", 8, "Return is rarely sustainable without support for reintegration, to which increased "
             "attention was given during the year. The activities carried out included:"),
    ("bullet", None, "a return of qualified nationals programme for Bosnia and Herzegovina, which "
                     "placed 214 professionals in public institutions and enterprises;"),
    ("bullet", None, "micro-credit and vocational training schemes for returnees in Kosovo and in "
                     "Albania, which reached some 6,400 families;{3} and"),
    ("bullet", None, "a pilot scheme to follow the situation of returnees to Sri Lanka six and "
                     "twelve months after their arrival."),

    ("h2", "C.", "Counter-trafficking"),
    ("p", 9, "The adoption in November 2000 of the Protocol on trafficking in persons{4} gave new "
              "impetus to the work of IOM in this field. During the year the Organization "
              "implemented 31 counter-trafficking projects in 26 countries, combining information "
              "campaigns in countries of origin, training of law enforcement and consular "
              "officials, and the return and rehabilitation of victims."),
    ("p", 10, "In the Balkans, IOM assisted 412 women and girls who had been trafficked for sexual "
              "exploitation to return safely to the Republic of Moldova, Romania, Ukraine and "
              "other countries of origin, in close cooperation with the OSCE and local "
              "non-governmental organizations. Information campaigns in the Philippines and "
              "Ukraine reached an estimated 2.5 million people through radio, television and "
              "printed material."),

    ("h2", "D.", "Compensation programmes"),
    ("p", 11, "Following the entry into force in August 2000 of the German law establishing the "
              "Foundation \u201cRemembrance, Responsibility and the Future\u201d, IOM was designated as "
              "one of the partner organizations responsible for payments to former slave and "
              "forced labourers of the National Socialist regime. A claims processing unit was "
              "set up in Geneva in the last quarter of the year, and an outreach campaign in 17 "
              "languages was prepared for launch early in 2001.{5}"),

    ("h1", "II.", "TECHNICAL COOPERATION ON MIGRATION"),
    ("h2", "A.", "Capacity-building in migration management"),
    ("p", 12, "Technical cooperation projects help governments build the legislative, "
              "administrative and operational capacity needed to manage migration. At the end of "
              "2000, 97 such projects were active: 38 in Latin America, 27 in Central and Eastern "
              "Europe and the Commonwealth of Independent States, 19 in Asia and 13 in Africa and "
              "the Middle East."),
    ("p", 13, "The work fell into three broad categories:"),
    ("item", "(a)", "the review of migration legislation and policy, notably in the Baltic States "
                    "and in Central Asia;"),
    ("item", "(b)", "the modernization of border management and travel document systems, including "
                    "the installation of computerized entry and exit controls in five countries; "
                    "and"),
    ("item", "(c)", "the training of officials, in which 2,940 immigration, police and consular "
                    "officers took part during the year."),
    ("h2", "B.", "Migration health"),
    ("p", 14, "Medical services were provided to 104,600 migrants, mostly in the context of "
              "pre-departure health assessments for the main resettlement countries. IOM doctors "
              "and nurses also escorted 1,870 persons who required medical care during travel."),
    ("p", 15, "The Organization extended its work on the prevention of HIV/AIDS among mobile "
              "populations, with new projects in southern Africa and in the Mekong region. A "
              "cooperation framework with the Joint United Nations Programme on HIV/AIDS (UNAIDS) "
              "was signed in September 2000."),

    ("h1", "III.", "EMERGENCY AND POST-CONFLICT OPERATIONS"),
    ("h2", "A.", "South-Eastern Europe"),
    ("p", 16, "In Kosovo, where the return of refugees had largely been completed in 1999, IOM's "
              "work in 2000 turned to the reintegration of former combatants and to electoral "
              "support. The Information, Counselling and Referral Service registered 25,740 "
              "former combatants and referred 11,200 of them to training, employment or education "
              "opportunities. For the municipal elections of 28 October 2000, IOM registered "
              "voters living outside Kosovo in 33 countries."),
    ("h2", "B.", "East Timor"),
    ("p", 17, "Following the return of some 170,000 East Timorese from West Timor and other areas "
              "in late 1999 and early 2000, IOM movements by sea and air continued at a lower level "
              "throughout the year. By 31 December 2000 a total of 186,350 persons had returned to "
              "East Timor with IOM assistance since October 1999."),
    ("p", 18, "Return movements from West Timor were suspended in September 2000 after three staff "
              "members of the Office of the United Nations High Commissioner for Refugees were "
              "killed in Atambua. The Organization paid tribute to their sacrifice and, with its "
              "partners, reviewed the security arrangements for all staff serving in the area."),

    ("h1", "IV.", "MIGRATION POLICY AND RESEARCH"),
    ("p", 19, "The International Migration Policy Programme, run jointly with UNITAR, UNFPA and "
              "ILO, held regional seminars for senior officials in Central Asia, West Africa and "
              "Central America. IOM continued to support the regional consultative processes, in "
              "particular the Regional Conference on Migration (Puebla Process), the Manila "
              "Process and the Intergovernmental Asia-Pacific Consultations."),
    ("p", 20, "The first edition of the World Migration Report, published in November 2000, "
              "received wide coverage in the press.{6} Other publications issued during the year "
              "included:"),
    ("bullet", None, "a series of studies on migrant trafficking in Asia, Europe and Central "
                     "America;"),
    ("bullet", None, "a report on return migration to Bosnia and Herzegovina; and"),
    ("bullet", None, "four issues of the quarterly review International Migration."),

    ("h1", "V.", "MANAGEMENT, ADMINISTRATION AND FINANCE"),
    ("h2", "A.", "Membership and governing bodies"),
    ("p", 21, "At its Eightieth Session, held from 28 to 30 November 2000, the Council admitted "
              "three new Members by Resolutions Nos. 1013 (LXXX), 1014 (LXXX) and 1015 (LXXX), "
              "bringing the number of Member States to 79; two States and four international "
              "organizations were granted observer status. The report on the session is "
              "contained in document MC/2030."),
    ("h2", "B.", "Staff and field structure"),
    ("p", 22, "At 31 December 2000 the Organization employed 2,412 persons, 342 officials and 2,070 "
              "employees, 88 per cent of whom served in the field. The number of field offices "
              "rose to 119. Among the measures taken during the year were:"),
    ("bullet", None, "the opening of offices in Freetown, Kinshasa and Bishkek;"),
    ("bullet", None, "the training of 260 field staff in project development and financial "
                     "management; and"),
    ("bullet", None, "a revision of the Staff Rules for employees, effective 1 July 2000."),
    ("h2", "C.", "Expenditure"),
    ("p", 23, "Total expenditure in 2000 amounted to USD 254.6 million: CHF 36.0 million under the "
              "Administrative Programme, equivalent to USD 21.3 million,{7} and USD 233.3 million "
              "under the Operational Programmes. Table 2 shows the regional distribution of "
              "expenditure in 1999 and 2000."),
    ("table", "t2", None),
    ("p", 24, "Europe accounted for just over half of expenditure, owing to the operations in "
              "Kosovo and the return programmes from Western Europe. The largest increase, 16 per "
              "cent, was recorded in Africa and the Middle East, while expenditure in Asia and "
              "Oceania fell by 9.5 per cent as the East Timor operation was scaled down."),

    ("h1", "VI.", "CONCLUDING REMARKS"),
    ("p", 25, "The year under review confirmed that the demand for IOM's services is growing faster "
              "than its core resources, since almost all activities are financed by voluntary, "
              "project-based contributions."),
    ("p", 26, "The Director General wishes to thank Member States, observers and partner "
              "organizations for their support in 2000, and the staff of the Organization for "
              "their dedication, often under difficult and dangerous conditions."),
]

TABLES = {
    "t1": {
        "caption": "Table 1 \u2013 Persons moved by IOM in 2000, by region of departure",
        "cols": [L, L + 190, L + 255, L + 320, L + 385, R],  # left edges; last = right edge
        "head": [["Region of departure", "Resettlement", "Return", "Other", "Total"]],
        "rows": [
            ["Africa", "14,820", "21,460", "3,115", "39,395"],
            ["Middle East", "9,640", "2,385", "1,970", "13,995"],
            ["Asia and Oceania", "11,205", "96,730", "18,440", "126,375"],
            ["Europe", "38,910", "142,655", "22,870", "204,435"],
            ["Latin America and the Caribbean", "2,360", "8,925", "14,610", "25,895"],
            ["North America", "85", "1,240", "6,305", "7,630"],
            ["Total", "77,020", "273,395", "67,310", "417,725"],
        ],
    },
    "t2": {
        "caption": "Table 2 \u2013 Expenditure by region, 1999 and 2000 (in thousands of US dollars)",
        "cols": [L, L + 215, L + 290, L + 365, R],
        "head": [["Region", "1999", "2000", "% of 2000"]],
        "rows": [
            ["Africa and the Middle East", "21,480", "24,915", "9.8"],
            ["Asia and Oceania", "48,330", "43,760", "17.2"],
            ["Europe", "118,905", "129,640", "50.9"],
            ["Latin America and the Caribbean", "31,260", "33,905", "13.3"],
            ["North America", "9,870", "10,240", "4.0"],
            ["Global support and services", "12,255", "12,140", "4.8"],
            ["Total", "242,100", "254,600", "100.0"],
        ],
    },
}

TITLE_LINES = ["REPORT OF THE DIRECTOR GENERAL ON THE WORK",
               "OF THE ORGANIZATION FOR THE YEAR 2000"]


# ---------------------------------------------------------------- text helpers
def tokens(text):
    """Split text into words; each word is a list of (string, kind) runs,
    kind 'n' normal or 'sup' footnote marker."""
    words = []
    for raw in text.split(" "):
        runs = []
        rest = raw
        while rest:
            i = rest.find("{")
            if i < 0:
                runs.append((rest, "n"))
                break
            if i > 0:
                runs.append((rest[:i], "n"))
            j = rest.index("}", i)
            runs.append((rest[i + 1:j], "sup"))
            rest = rest[j + 1:]
        words.append(runs)
    return words


def run_width(run, font, size):
    s, k = run
    if k == "sup":
        return stringWidth(s, font, size * 0.68)
    return stringWidth(s, font, size)


def word_width(word, font, size):
    return sum(run_width(r, font, size) for r in word)


def wrap(text, widths, font=ROMAN, size=FS):
    """widths: function(line_index) -> available width. Returns list of word lists."""
    words = tokens(text)
    lines, cur, curw = [], [], 0.0
    sp = stringWidth(" ", font, size)
    for w in words:
        ww = word_width(w, font, size)
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


def markers_in(line):
    return [int(s) for w in line for (s, k) in w if k == "sup"]


def draw_line(c, line, x, y, width, font, size, justify):
    sp = stringWidth(" ", font, size)
    total = sum(word_width(w, font, size) for w in line)
    gap = sp
    if justify and len(line) > 1:
        gap = (width - total) / (len(line) - 1)
        if gap > sp * 2.6:
            gap = sp
    cx = x
    for w in line:
        for (s, k) in w:
            if k == "sup":
                c.setFont(font, size * 0.68)
                c.drawString(cx, y + size * 0.36, s)
                cx += stringWidth(s, font, size * 0.68)
            else:
                c.setFont(font, size)
                c.drawString(cx, y, s)
                cx += stringWidth(s, font, size)
        cx += gap


# ---------------------------------------------------------------- page model
class Page:
    def __init__(self, label):
        self.label = label
        self.ops = []        # callables(c)
        self.fns = []        # footnote numbers
        self.y = TOP

    def fn_height(self, extra=()):
        nums = self.fns + list(extra)
        if not nums:
            return 0.0
        h = 19.0  # rule and gap
        for n in nums:
            h += len(fn_lines(n)) * FN_LEAD + 2
        return h


_fncache = {}


def fn_lines(n):
    if n not in _fncache:
        _fncache[n] = wrap(FOOTNOTES[n], lambda i: W - 14, ROMAN, FN_FS)
    return _fncache[n]


class Flow:
    def __init__(self):
        self.pages = []
        self.headings = []   # (level, label, text, page label)
        self.new_page()

    def new_page(self):
        self.page = Page(str(len(self.pages) + 1))
        self.pages.append(self.page)

    def room(self, h, extra_fns=()):
        return self.page.y - h - self.page.fn_height(extra_fns) >= BOTTOM

    def gap(self, h):
        if self.page.y != TOP:
            self.page.y -= h

    def place_line(self, line, x, width, font=ROMAN, size=FS, justify=True, pre=None):
        m = markers_in(line)
        if not self.room(LEAD, m):
            self.new_page()
        y = self.page.y - size
        self.page.ops.append(lambda c, line=line, x=x, y=y, width=width, font=font,
                             size=size, justify=justify: draw_line(c, line, x, y, width, font,
                                                                   size, justify))
        if pre:
            px, ptxt, pfont = pre
            self.page.ops.append(lambda c, px=px, y=y, t=ptxt, f=pfont: (c.setFont(f, size),
                                                                        c.drawString(px, y, t)))
        self.page.fns.extend(m)
        self.page.y -= LEAD

    def para(self, text, first_x, rest_x, label=None, label_x=L, keep=1):
        fw = R - first_x
        rw = R - rest_x
        lines = wrap(text, lambda i: fw if i == 0 else rw)
        if not self.room(LEAD * min(len(lines), 2)):
            self.new_page()
        for i, ln in enumerate(lines):
            last = i == len(lines) - 1
            x = first_x if i == 0 else rest_x
            pre = (label_x, label, ROMAN) if (i == 0 and label) else None
            self.place_line(ln, x, R - x, justify=not last, pre=pre)

    def heading(self, level, label, text):
        need = LEAD * 4 + PARA_GAP
        if not self.room(need):
            self.new_page()
        self.gap(PARA_GAP + (4 if level == 1 else 0))
        y = self.page.y - FS
        f = BOLD
        if label:
            self.page.ops.append(lambda c, y=y, t=label: (c.setFont(f, FS), c.drawString(L, y, t)))
            self.page.ops.append(lambda c, y=y, t=text: (c.setFont(f, FS), c.drawString(L + TAB, y, t)))
        else:
            self.page.ops.append(lambda c, y=y, t=text: (c.setFont(f, FS), c.drawString(L, y, t)))
        self.page.y -= LEAD
        self.headings.append((level, label, text, self.page.label))

    def table(self, key):
        t = TABLES[key]
        nrows = len(t["rows"]) + len(t["head"])
        need = LEAD * 2 + nrows * LEAD + 14
        if not self.room(need):
            self.new_page()
        self.gap(PARA_GAP)
        p = self.page
        cols = t["cols"]
        y = p.y - FS
        p.ops.append(lambda c, y=y, s=t["caption"]: (c.setFont(BOLD, 10),
                                                     c.drawCentredString((L + R) / 2, y, s)))
        y -= LEAD + 4
        top_rule = y + 10.5
        for hrow in t["head"]:
            for j, cell in enumerate(hrow):
                if j == 0:
                    p.ops.append(lambda c, y=y, s=cell: (c.setFont(BOLD, 10),
                                                         c.drawString(L + 3, y, s)))
                else:
                    p.ops.append(lambda c, y=y, s=cell, xr=cols[j + 1] - 4: (
                        c.setFont(BOLD, 10), c.drawRightString(xr, y, s)))
            y -= 12.2
        head_rule = y + 10.5
        for row in t["rows"]:
            fnt = BOLD if row[0] == "Total" else ROMAN
            if row[0] == "Total":
                tot_rule = y + 10.5
                p.ops.append(lambda c, yy=tot_rule: (c.setLineWidth(0.5), c.line(L, yy, R, yy)))
            for j, cell in enumerate(row):
                if j == 0:
                    p.ops.append(lambda c, y=y, s=cell, f=fnt: (c.setFont(f, 10),
                                                                c.drawString(L + 3, y, s)))
                else:
                    p.ops.append(lambda c, y=y, s=cell, f=fnt, xr=cols[j + 1] - 4: (
                        c.setFont(f, 10), c.drawRightString(xr, y, s)))
            y -= 12.2
        bottom_rule = y + 10.5
        p.ops.append(lambda c, a=top_rule, b=head_rule, d=bottom_rule: (
            c.setLineWidth(0.6), c.line(L, a, R, a), c.line(L, b, R, b), c.line(L, d, R, d)))
        p.y = y - 4


def build_body():
    fl = Flow()
    first = True
    # running title repeated on the first text page
    for i, tl in enumerate(TITLE_LINES):
        y = fl.page.y - FS
        fl.page.ops.append(lambda c, y=y, s=tl: (c.setFont(BOLD, FS),
                                                 c.drawCentredString((L + R) / 2, y, s)))
        fl.page.y -= LEAD
    fl.page.y -= 8
    prev = None
    num = 0
    for kind, a, b in BODY:
        if kind in ("h1", "h2"):
            fl.heading(1 if kind == "h1" else 2, a, b)
        elif kind == "p":
            fl.gap(PARA_GAP)
            num += 1
            fl.para(b, L + TAB, L, label="%d." % num)
        elif kind == "bullet":
            fl.gap(PARA_GAP * 0.6)
            fl.para(b, L + TAB + 18, L + TAB + 18, label="\u2022", label_x=L + TAB)
        elif kind == "item":
            fl.gap(PARA_GAP * 0.6)
            fl.para(b, L + TAB + 30, L + TAB + 30, label=a, label_x=L + TAB)
        elif kind == "table":
            fl.table(a)
            fl.page.y -= 2
        prev = kind
    return fl


# ---------------------------------------------------------------- drawing
def header(c, label):
    c.setFont(ROMAN, 10)
    c.drawRightString(R, PH - 50, SYMBOL)
    c.drawRightString(R, PH - 62, "Page %s" % label)


def draw_footnotes(c, nums):
    if not nums:
        return
    h = 0.0
    for n in nums:
        h += len(fn_lines(n)) * FN_LEAD + 2
    y = BOTTOM + h - FN_LEAD + 6
    c.setFont(ROMAN, FS)
    c.drawString(L, y + 12, "_______________")
    for n in nums:
        lines = fn_lines(n)
        for i, ln in enumerate(lines):
            if i == 0:
                c.setFont(ROMAN, FN_FS * 0.72)
                c.drawString(L, y + FN_FS * 0.38, str(n))
            draw_line(c, ln, L + 14, y, W - 14, ROMAN, FN_FS, i < len(lines) - 1)
            y -= FN_LEAD
        y -= 2


def draw_cover(c):
    c.setFont(BOLD, 12)
    c.drawRightString(R, PH - 60, SYMBOL)
    c.setFont(ROMAN, 11)
    c.drawRightString(R, PH - 82, "Original: ENGLISH")
    c.drawRightString(R, PH - 96, "15 May 2001")
    c.setFont(BOLD, 11)
    c.drawString(L, PH - 150, "EIGHTY-SECOND SESSION")
    c.setLineWidth(1.2)
    c.line(L, PH - 160, R, PH - 160)
    c.setFont(BOLD, 13)
    y = PH - 330
    for tl in TITLE_LINES:
        c.drawCentredString((L + R) / 2, y, tl)
        y -= 18
    c.setFont(ROMAN, 11)
    c.drawString(L, 200, "__________")
    c.drawString(L, 180, "This document is submitted to the Executive Committee at its "
                         "Ninety-eighth Session in June 2001.")
    c.setFont(BOLD, 14)
    for x, s in ((L + 20, "COUNCIL"), ((L + R) / 2, "CONSEIL"), (R - 20, "CONSEJO")):
        if s == "COUNCIL":
            c.drawString(x, 90, s)
        elif s == "CONSEIL":
            c.drawCentredString(x, 90, s)
        else:
            c.drawRightString(x, 90, s)


def draw_contents(c, headings):
    header(c, "i")
    c.setFont(BOLD, FS)
    y = TOP - 10
    c.drawCentredString((L + R) / 2, y, "CONTENTS")
    y -= 26
    c.setFont(ROMAN, FS)
    c.drawRightString(R, y, "Page")
    y -= 22
    dotw = stringWidth(".", ROMAN, FS)
    for level, label, text, page in headings:
        if level == 1:
            y -= 6
            x_label, x_text = L, L + TAB
        else:
            x_label, x_text = L + TAB, L + TAB + 22
        c.setFont(ROMAN, FS)
        if label:
            c.drawString(x_label, y, label)
        else:
            x_text = L
        c.drawString(x_text, y, text)
        tx_end = x_text + stringWidth(text, ROMAN, FS) + 4
        pr = R - stringWidth(page, ROMAN, FS) - 6
        n = int((pr - tx_end) / dotw)
        c.drawRightString(pr, y, "." * n)
        c.drawRightString(R, y, page)
        y -= LEAD + 3


def main():
    fl = build_body()
    c = canvas.Canvas(OUT, pagesize=A4)
    c.setTitle("MC/2043 - Report of the Director General on the work of the Organization "
               "for the year 2000")
    c.setAuthor("International Organization for Migration")
    draw_cover(c)
    c.showPage()
    draw_contents(c, fl.headings)
    c.showPage()
    for p in fl.pages:
        header(c, p.label)
        for op in p.ops:
            op(c)
        draw_footnotes(c, p.fns)
        c.showPage()
    c.save()
    print("body pages:", len(fl.pages), "total:", len(fl.pages) + 2)
    for h in fl.headings:
        print(h)


if __name__ == "__main__":
    main()
