# Draws programme-budget-2004.pdf: an invented IOM "Programme and Budget for 2005" (MC/2148, 2004).
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = "programme-budget-2004.pdf"
SYMBOL = "MC/2148"
PW, PH = A4
LM, RM = 68, 68
TOP, BOT = 52, 58
W = PW - LM - RM

FONTS = {"r": "Times-Roman", "b": "Times-Bold", "i": "Times-Italic", "bi": "Times-BoldItalic"}
SIZE = 10.5
LEAD = 12.2
FN_SIZE = 9
FN_LEAD = 10.8

# ---------------------------------------------------------------- content

FOOTNOTES = {
    "1": "Approved by the Council through Resolution No. 1101 (LXXXVI) of 20 November 2003. The "
         "Programme and Budget for 2004 is contained in document MC/2119.",
    "2": "The scale of assessment for 2005, which takes account of the Member States admitted in "
         "the course of 2004, is presented in document MC/2142. As in previous years, it is derived from the "
         "United Nations scale of assessment adopted by the General Assembly in its resolution 58/1 B, "
         "adjusted to reflect the membership of the Organization and rounded to four decimal places.",
}


def P(num, text):
    return ("para", num, text)


def I(label, text, level=1):
    return ("item", label, text, level)


def H(text, kind, key=None):
    return ("heading", text, kind, key)


TABLE1 = dict(
    caption="Table 1: Administrative Part of the Budget by object of expenditure (in Swiss francs)",
    head=["Object of expenditure", "2004*", "2005", "Difference"],
    rows=[
        ["Staff salaries and benefits", "28,476,000", "28,902,000", "426,000"],
        ["Travel and representation", "612,000", "598,000", "(14,000)"],
        ["Communications", "1,164,000", "1,187,000", "23,000"],
        ["General office costs", "2,019,000", "2,058,000", "39,000"],
        ["Contractual services", "1,083,000", "1,140,000", "57,000"],
        ["Governing bodies meetings", "389,000", "402,000", "13,000"],
        ["Information technology", "1,342,000", "1,391,000", "49,000"],
        ["Total", "35,085,000", "35,678,000", "593,000"],
    ],
    note="* As approved by the Council in November 2003 (MC/2119).",
    widths=[200, 84, 84, 83],
)

TABLE2 = dict(
    caption="Table 2: Operational Part of the Budget by region (in US dollars)",
    head=["Region", "2004", "2005", "Difference"],
    rows=[
        ["Africa", "38,420,000", "41,150,000", "2,730,000"],
        ["Middle East", "12,310,000", "14,880,000", "2,570,000"],
        ["Latin America and the Caribbean", "27,940,000", "26,515,000", "(1,425,000)"],
        ["North America", "9,860,000", "10,240,000", "380,000"],
        ["Asia and Oceania", "61,275,000", "66,030,000", "4,755,000"],
        ["Europe", "58,690,000", "55,415,000", "(3,275,000)"],
        ["Global support and services", "24,505,000", "25,770,000", "1,265,000"],
        ["Total", "233,000,000", "240,000,000", "7,000,000"],
    ],
    note=None,
    widths=[200, 84, 84, 83],
)

TABLE3 = dict(
    caption="Positions funded from the Administrative Part of the Budget",
    head=["Category and grade", "2004", "2005", "Difference"],
    rows=[
        ["Director General and Deputy Director General", "2", "2", "\u2013"],
        ["D-2", "4", "4", "\u2013"],
        ["D-1", "11", "11", "\u2013"],
        ["P-5", "24", "25", "1"],
        ["P-4", "31", "31", "\u2013"],
        ["P-3", "27", "28", "1"],
        ["P-2", "13", "12", "(1)"],
        ["Total officials", "112", "113", "1"],
        ["Employees at Headquarters", "118", "116", "(2)"],
        ["Employees in the Manila Administrative Centre", "47", "49", "2"],
        ["Total employees", "165", "165", "\u2013"],
        ["Total positions", "277", "278", "1"],
    ],
    note=None,
    widths=[230, 74, 74, 73],
)

BODY = [
    ("runtitle", "PROGRAMME AND BUDGET FOR 2005"),
    H("INTRODUCTION", "main", "intro"),
    P(1, "The Programme and Budget for 2005 is presented in two parts: Part I, the Administrative Part of "
         "the Budget, expressed in Swiss francs and financed by the assessed contributions of Member States; "
         "and Part II, the Operational Part of the Budget, expressed in US dollars and financed by voluntary "
         "contributions towards specific projects."),

    P(2, "For 2005 the Administrative Part of the Budget amounts to CHF 35,678,000, which is CHF 593,000 or "
         "1.7 per cent higher than the level approved for 2004.[1] The whole of that increase is "
         "attributable to statutory cost adjustments; the Administration has absorbed the cost of new "
         "responsibilities within the existing envelope and no real growth is requested."),
    P(3, "The Operational Part of the Budget is estimated at USD 240.0 million, compared with USD 233.0 "
         "million for 2004, an increase of some 3.0 per cent. In preparing both parts the Administration "
         "has been guided by the following considerations:"),
    I("(a)", "the wish expressed by Member States that the Administrative Part of the Budget should be "
             "kept at zero real growth for a further year;"),
    I("(b)", "the continuing rise in requests for assistance with return, reintegration and "
             "counter-trafficking activities, which are funded through the Operational Part; and"),
    I("(c)", "the need to complete the transfer of administrative support functions from Headquarters "
             "to the Manila Administrative Centre, begun in 2002."),
    P(4, "The figures for the Operational Part cover only those activities for which funding had been "
         "confirmed, or could reasonably be expected, when this document was prepared. As the Financial "
         "Report for the Year Ended 31 December 2003 (MC/2140) shows, actual operational expenditure "
         "regularly exceeds the initial estimate by a wide margin; revised figures will be submitted in the "
         "course of 2005."),

    H("PART I \u2013 ADMINISTRATION", "main", "part1"),
    H("A.\tAdministrative Budget", "sub", "p1a"),
    P(5, "The Administrative Part of the Budget finances the core structure of the Organization at "
         "Headquarters and in the Manila Administrative Centre. The staff and office costs of individual "
         "projects are charged to the projects concerned."),

    P(6, "Table 1 compares the approved budget for 2004 with the proposals for 2005 by object of "
         "expenditure. Staff salaries and benefits continue to represent the largest share, at about 81 "
         "per cent of the total for 2005."),
    P(7, "The net increase of CHF 593,000 between the two years is made up of the following elements:"),
    I("(a)", "CHF 426,000 for statutory increases in salaries and post adjustment for staff in the "
             "Professional and higher categories and for within-grade increments, in line with the United "
             "Nations common system;"),
    I("(b)", "CHF 57,000 for contractual services, principally the fees of the External Auditor and the "
             "maintenance contract for the payroll system;"),
    I("(c)", "CHF 49,000 for the replacement of obsolete servers at Headquarters and in the Manila "
             "Administrative Centre; and"),
    I("(d)", "CHF 61,000, net, for communications, general office costs and governing bodies meetings, "
             "after a saving of CHF 14,000 on travel and representation."),
    ("table", TABLE1),
    P(8, "No provision has been made for inflation on non-staff costs beyond the contractual increases "
         "already known. Because both income and expenditure under Part I are denominated in Swiss francs, "
         "the Administrative Part of the Budget is not exposed to exchange rate fluctuations."),

    H("B.\tStaffing and Structure", "sub", "p1b"),
    P(9, "The staffing table reproduced in the Annex shows 278 positions funded from the Administrative "
         "Part of the Budget for 2005, against 277 for 2004: 113 officials and 165 employees. The "
         "structure of Headquarters departments remains as described in the Programme and Budget for "
         "2004."),
    P(10, "The changes proposed are confined to the following:"),
    I("(a)", "the establishment of one P-5 post of Senior Legal Officer in the Office of Legal Affairs, "
             "to deal with the growing number of cooperation agreements and privileges and immunities "
             "questions;"),
    I("(b)", "the reclassification of the P-2 post of Associate Budget Officer in the Budget Division to "
             "the P-3 level, to reflect the responsibilities actually exercised; and"),
    I("(c)", "the transfer of two General Service functions from Headquarters to the Manila "
             "Administrative Centre, namely:"),
    I("(i)", "one post of Accounts Assistant in the Accounting Division; and", 2),
    I("(ii)", "one post of Human Resources Assistant dealing with staff entitlements.", 2),
    P(11, "Positions in Field Offices and in the Regional Offices are not funded from the Administrative "
          "Part of the Budget. They are financed from Operational Support Income and from project "
          "budgets, and are discussed in Part II."),

    H("C.\tAssessed Contributions", "sub", "p1c"),
    P(12, "The assessed contributions of Member States for 2005 are calculated by applying the scale of "
          "assessment,[2] expressed as percentages, to the total of CHF 35,678,000. Contributions are due "
          "in full on 1 January 2005 and are payable in Swiss francs."),
    P(13, "At 31 August 2004 outstanding assessed contributions for 2003 and prior years stood at CHF "
          "3,214,650, owed by 19 Member States, which are urged to settle their arrears or to agree a "
          "payment plan with the Administration. Of that amount, CHF 1,102,300 is owed by Member States whose "
          "arrears equal or exceed the contributions due from them for the two preceding full years and which "
          "have therefore lost their voting rights under Article 4 of the Constitution. Two of those Member "
          "States have since proposed payment plans, which the Administration will submit to the Subcommittee "
          "on Budget and Finance for endorsement together with the present document."),


    H("PART II \u2013 OPERATIONS", "main", "part2"),
    H("A.\tOperational Support Income", "sub", "p2a"),
    P(14, "Operational Support Income (OSI) is derived from the overhead of 9.5 per cent applied to the "
          "staff and office costs of projects. On the basis of the volume of activity expected for 2005, "
          "OSI is estimated at USD 22.5 million, as against USD 21.0 million projected in the budget for "
          "2004."),
    P(15, "Of that amount, USD 15.8 million will cover the core structure of Field Offices and Missions with "
          "Regional Functions, and USD 6.7 million will fund project-related functions at Headquarters and in "
          "the Manila Administrative Centre."),
    P(16, "Should OSI fall short of the estimate, the shortfall would first be met from the OSI reserve, "
          "which stood at USD 1.0 million at the end of 2003, and any further gap would be closed by "
          "postponing recruitment against vacant positions."),


    H("B.\tProgramme Activities by Region", "sub", "p2b"),
    P(17, "Table 2 sets out the Operational Part of the Budget by region. Asia and Oceania remains the "
          "largest region in volume terms, with USD 66.0 million or 27.5 per cent of the total, followed "
          "by Europe and Africa."),
    P(18, "The largest increases are in Africa and the Middle East, where return and reintegration "
          "programmes for displaced persons, together with out-of-country registration and voting "
          "operations, are expected to expand during 2005."),
    ("table", TABLE2),
    P(19, "The decrease for Europe reflects the winding down of the compensation programmes for victims "
          "of forced labour; the lower figure for Latin America and the Caribbean follows the completion of "
          "several technical cooperation projects."),
    P(20, "Global support and services covers movement management, migration health, research and "
          "those technical cooperation activities that cannot be attributed to a single region."),

    H("C.\tAllocation of Miscellaneous Income to Field Structure Costs and to Projects in Developing "
      "Member States", "sub", "p2c"),
    P(21, "Miscellaneous income, consisting of interest income and unearmarked contributions, is "
          "estimated at USD 2.8 million for 2005. It is proposed that USD 1.4 million be used to support "
          "projects in developing Member States and Member States with economies in transition, USD 0.6 "
          "million for staff security in the field, and the remaining USD 0.8 million for the replacement of "
          "field information systems."),
    P(22, "The Subcommittee on Budget and Finance is invited to examine the present document and to "
          "recommend it to the Council, which is requested to approve the Programme and Budget for 2005 "
          "at its Eighty-eighth Session."),
]

ANNEX_TEXT = ("The positions shown above are those of officials and employees funded from the "
              "Administrative Part of the Budget only. Staff funded from Operational Support Income and "
              "from project budgets are not included.")

TOC = [
    ("INTRODUCTION", "intro", 0),
    ("PART I \u2013 ADMINISTRATION", "part1", 0),
    ("A.\tAdministrative Budget", "p1a", 1),
    ("B.\tStaffing and Structure", "p1b", 1),
    ("C.\tAssessed Contributions", "p1c", 1),
    ("PART II \u2013 OPERATIONS", "part2", 0),
    ("A.\tOperational Support Income", "p2a", 1),
    ("B.\tProgramme Activities by Region", "p2b", 1),
    ("C.\tAllocation of Miscellaneous Income to Field Structure Costs and to Projects in "
     "Developing Member States", "p2c", 1),
    ("ANNEX \u2013 Staffing Table for the Administrative Part of the Budget", "annex", 0),
]

# ---------------------------------------------------------------- text machinery


def tokens(text, style="r"):
    """Split text into (word, style, glued) tokens; [n] becomes a raised footnote marker."""
    out = []
    for w in text.split(" "):
        if not w:
            continue
        while "[" in w:
            a, rest = w.split("[", 1)
            n, b = rest.split("]", 1)
            if a:
                out.append((a, style, False))
            out.append((n, "sup", True))
            w = b
            if b:
                out.append((b, style, True))
                w = ""
        if w:
            out.append((w, style, False))
    return out


def tokwidth(t, size):
    word, style, _ = t
    if style == "sup":
        return stringWidth(word, FONTS["r"], size * 0.64)
    return stringWidth(word, FONTS[style], size)


def wrap(toks, first_w, rest_w, size):
    lines, cur, curw = [], [], 0.0
    space = stringWidth(" ", FONTS["r"], size)
    for t in toks:
        tw = tokwidth(t, size)
        add = tw if (not cur or t[2]) else space + tw
        lim = first_w if not lines else rest_w
        if cur and curw + add > lim and not t[2]:
            lines.append(cur)
            cur, curw = [t], tw
        else:
            cur.append(t)
            curw += add
    if cur:
        lines.append(cur)
    return lines


def draw_line(c, x, y, toks, size):
    space = stringWidth(" ", FONTS["r"], size)
    for k, t in enumerate(toks):
        word, style, glued = t
        if k and not glued:
            x += space
        if style == "sup":
            c.setFont(FONTS["r"], size * 0.64)
            c.drawString(x, y + size * 0.38, word)
        else:
            c.setFont(FONTS[style], size)
            c.drawString(x, y, word)
        x += tokwidth(t, size)


def footnote_lines(key):
    toks = tokens(FOOTNOTES[key])
    return wrap(toks, W - 14, W - 14, FN_SIZE)


# ---------------------------------------------------------------- pagination

class Page:
    def __init__(self, label):
        self.label = label
        self.ops = []          # callables c -> None
        self.fns = []          # footnote keys
        self.y = PH - TOP - 2 * LEAD - 10

    def fn_height(self, extra=()):
        keys = self.fns + [k for k in extra if k not in self.fns]
        if not keys:
            return 0
        return 14 + sum(len(footnote_lines(k)) * FN_LEAD + 2 for k in keys)


pages = []
anchors = {}


def new_page(label):
    p = Page(label)
    pages.append(p)
    return p


def room(p, need, fns=()):
    return p.y - need >= BOT + p.fn_height(fns)


def place_lines(p, lines_spec, label_next):
    """lines_spec: list of (x, toks, label_or_None, label_x). Breaks pages as required."""
    for (x, toks, lab, labx) in lines_spec:
        fns = [t[0] for t in toks if t[1] == "sup"]
        if not room(p, LEAD, fns):
            p = new_page(label_next())
        y = p.y - SIZE
        p.ops.append(lambda c, x=x, y=y, toks=toks: draw_line(c, x, y, toks, SIZE))
        if lab:
            p.ops.append(lambda c, lab=lab, labx=labx, y=y: (c.setFont(FONTS["r"], SIZE),
                                                             c.drawString(labx, y, lab)))
        for f in fns:
            if f not in p.fns:
                p.fns.append(f)
        p.y -= LEAD
    return p


def draw_table(c, x, ytop, t):
    widths = t["widths"]
    y = ytop
    c.setFont(FONTS["b"], 10)
    c.setLineWidth(0.6)
    c.line(x, y + 3, x + sum(widths), y + 3)
    y -= 11
    hx = x
    for k, h in enumerate(t["head"]):
        if k == 0:
            c.drawString(hx + 3, y, h)
        else:
            c.drawRightString(hx + widths[k] - 4, y, h)
        hx += widths[k]
    y -= 5
    c.line(x, y, x + sum(widths), y)
    y -= 12
    for row in t["rows"]:
        tot = row[0].startswith("Total")
        if tot:
            c.line(x, y + 9, x + sum(widths), y + 9)
            y -= 1.5
        c.setFont(FONTS["b" if tot else "r"], 10)
        hx = x
        for k, cell in enumerate(row):
            if k == 0:
                c.drawString(hx + 3, y, cell)
            else:
                c.drawRightString(hx + widths[k] - 4, y, cell)
            hx += widths[k]
        y -= 12.5
    c.line(x, y + 8, x + sum(widths), y + 8)
    if t["note"]:
        c.setFont(FONTS["r"], 9)
        c.drawString(x, y - 4, t["note"])


def table_height(t):
    h = 11 + 5 + 12 + len(t["rows"]) * 12.5 + 1.5 * sum(1 for r in t["rows"] if r[0].startswith("Total"))
    return h + (14 if t["note"] else 2)


def layout_body():
    counter = [1]

    def label_next():
        counter[0] += 1
        return counter[0]

    p = new_page(1)
    k = 0
    while k < len(BODY):
        el = BODY[k]
        kind = el[0]
        if kind == "runtitle":
            y = p.y - SIZE
            p.ops.append(lambda c, y=y, s=el[1]: (c.setFont(FONTS["r"], SIZE), c.drawCentredString(PW / 2, y, s)))
            p.y -= 1.8 * LEAD
        elif kind == "heading":
            _, text, hk, key = el
            if hk == "main":
                need = 7 * LEAD
                if not room(p, need):
                    p = new_page(label_next())
                p.y -= 0.6 * LEAD
                y = p.y - SIZE
                p.ops.append(lambda c, y=y, s=text: (c.setFont(FONTS["b"], SIZE), c.drawCentredString(PW / 2, y, s)))
                p.y -= 1.6 * LEAD
            else:
                lab, words = text.split("\t")
                wl = wrap(tokens(words, "b"), W - 36, W - 36, SIZE)
                need = (len(wl) + 3) * LEAD
                if not room(p, need):
                    p = new_page(label_next())
                p.y -= 0.3 * LEAD
                y = p.y - SIZE
                p.ops.append(lambda c, y=y, s=lab: (c.setFont(FONTS["b"], SIZE), c.drawString(LM, y, s)))
                for ln in wl:
                    yy = p.y - SIZE
                    p.ops.append(lambda c, yy=yy, ln=ln: draw_line(c, LM + 36, yy, ln, SIZE))
                    p.y -= LEAD
                p.y -= 0.6 * LEAD
            anchors[key] = p.label
        elif kind == "para":
            _, num, text = el
            wl = wrap(tokens(text), W - 36, W, SIZE)
            spec = [(LM + 36 if i == 0 else LM, ln, f"{num}." if i == 0 else None, LM) for i, ln in enumerate(wl)]
            if not room(p, 2 * LEAD):
                p = new_page(label_next())
            p = place_lines(p, spec, label_next)
            p.y -= 0.8 * LEAD
        elif kind == "item":
            _, lab, text, lvl = el
            lx = LM + 36 * lvl
            tx = lx + 36
            wl = wrap(tokens(text), PW - RM - tx, PW - RM - tx, SIZE)
            spec = [(tx, ln, lab if i == 0 else None, lx) for i, ln in enumerate(wl)]
            p = place_lines(p, spec, label_next)
            p.y -= 0.35 * LEAD
        elif kind == "table":
            t = el[1]
            need = table_height(t) + 2 * LEAD
            if not room(p, need):
                p = new_page(label_next())
            p.y -= 0.2 * LEAD
            y = p.y - SIZE
            p.ops.append(lambda c, y=y, s=t["caption"]: (c.setFont(FONTS["b"], 10), c.drawCentredString(PW / 2, y, s)))
            p.y -= 1.3 * LEAD
            x0 = LM + (W - sum(t["widths"])) / 2
            ytop = p.y
            p.ops.append(lambda c, x0=x0, ytop=ytop, t=t: draw_table(c, x0, ytop, t))
            p.y -= table_height(t) + 0.7 * LEAD
        k += 1
    return counter[0]


last = layout_body()

# annex page
annex_page = new_page(last + 1)
anchors["annex"] = annex_page.label


def draw_annex(c):
    y = PH - TOP - 2 * LEAD - 24
    c.setFont(FONTS["b"], 12)
    c.drawCentredString(PW / 2, y, "ANNEX")
    y -= 2 * LEAD
    c.setFont(FONTS["b"], SIZE)
    c.drawCentredString(PW / 2, y, "STAFFING TABLE FOR THE ADMINISTRATIVE PART OF THE BUDGET")
    y -= 2.4 * LEAD
    c.setFont(FONTS["b"], 10)
    c.drawCentredString(PW / 2, y, TABLE3["caption"])
    y -= 1.3 * LEAD
    x0 = LM + (W - sum(TABLE3["widths"])) / 2
    draw_table(c, x0, y, TABLE3)
    y -= table_height(TABLE3) + 1.2 * LEAD
    for ln in wrap(tokens(ANNEX_TEXT), W, W, SIZE):
        draw_line(c, LM, y, ln, SIZE)
        y -= LEAD


annex_page.ops.append(draw_annex)

# ---------------------------------------------------------------- drawing

c = canvas.Canvas(OUT, pagesize=A4)
c.setTitle("Programme and Budget for 2005")
c.setAuthor("International Organization for Migration")


def header(c, label):
    c.setFont(FONTS["r"], 10)
    c.drawRightString(PW - RM, PH - TOP + 10, SYMBOL)
    c.drawRightString(PW - RM, PH - TOP - 2, f"Page {label}")


# cover
def cover(c):
    y = PH - 78
    c.setFont(FONTS["b"], 12)
    c.drawRightString(PW - RM, y, SYMBOL)
    c.setFont(FONTS["r"], 11)
    c.drawRightString(PW - RM, y - 16, "Original: English")
    c.drawRightString(PW - RM, y - 30, "15 September 2004")
    c.setFont(FONTS["b"], 11)
    c.drawString(LM, y - 64, "EIGHTY-EIGHTH SESSION")
    c.setLineWidth(1.2)
    c.line(LM, y - 74, PW - RM, y - 74)
    c.setFont(FONTS["b"], 15)
    c.drawCentredString(PW / 2, PH / 2 + 60, "PROGRAMME AND BUDGET")
    c.drawCentredString(PW / 2, PH / 2 + 28, "FOR 2005")
    # cover note at foot
    c.setFont(FONTS["r"], 10)
    c.drawString(LM, 150, "__________")
    note = ("This document will be reviewed by the Subcommittee on Budget and Finance at its Ninety-first "
            "Session on 12 October 2004, before it is submitted to the Council for approval.")
    yy = 134
    for ln in wrap(tokens(note), W, W, 10):
        draw_line(c, LM, yy, ln, 10)
        yy -= 12.5
    c.setLineWidth(0.8)
    c.line(LM, 72, PW - RM, 72)
    c.setFont(FONTS["b"], 11)
    third = W / 3
    c.drawCentredString(LM + third / 2, 56, "COUNCIL")
    c.drawCentredString(LM + 1.5 * third, 56, "CONSEIL")
    c.drawCentredString(LM + 2.5 * third, 56, "CONSEJO")


cover(c)
c.showPage()

# contents
header(c, "i")
y = PH - TOP - 2 * LEAD - 16
c.setFont(FONTS["b"], 12)
c.drawCentredString(PW / 2, y, "TABLE OF CONTENTS")
y -= 2 * LEAD
c.setFont(FONTS["b"], 10)
c.drawRightString(PW - RM, y, "Page")
y -= 1.6 * LEAD


def leaders(c, x_from, y, page):
    pw = stringWidth(page, FONTS["r"], SIZE)
    dotw = stringWidth(".", FONTS["r"], SIZE)
    x_to = PW - RM - pw - 6
    x = x_from + 6
    n = int((x_to - x) / dotw)
    c.setFont(FONTS["r"], SIZE)
    c.drawString(x_to - n * dotw, y, "." * n)
    c.drawRightString(PW - RM, y, page)


for title, key, lvl in TOC:
    page = str(anchors[key])
    if lvl == 0:
        if not title.startswith("INTRO"):
            y -= 0.5 * LEAD
        c.setFont(FONTS["b"], SIZE)
        c.drawString(LM, y, title)
        leaders(c, LM + stringWidth(title, FONTS["b"], SIZE), y, page)
        y -= 1.4 * LEAD
    else:
        lab, words = title.split("\t")
        c.setFont(FONTS["r"], SIZE)
        c.drawString(LM + 18, y, lab)
        wl = wrap(tokens(words), W - 120, W - 120, SIZE)
        for i, ln in enumerate(wl):
            draw_line(c, LM + 40, y, ln, SIZE)
            if i == len(wl) - 1:
                end = LM + 40 + sum(tokwidth(t, SIZE) for t in ln) + stringWidth(" ", FONTS["r"], SIZE) * (len(ln) - 1)
                leaders(c, end, y, page)
            y -= LEAD
        y -= 0.2 * LEAD
c.showPage()

# body + annex pages
for p in pages:
    header(c, p.label)
    for op in p.ops:
        op(c)
    if p.fns:
        fy = BOT + p.fn_height() - 6
        c.setLineWidth(0.5)
        c.line(LM, fy, LM + 120, fy)
        fy -= 12
        for key in p.fns:
            c.setFont(FONTS["r"], FN_SIZE * 0.7)
            c.drawString(LM, fy + 3.5, key)
            for ln in footnote_lines(key):
                draw_line(c, LM + 14, fy, ln, FN_SIZE)
                fy -= FN_LEAD
            fy -= 2
    c.showPage()

c.save()
print("pages:", 2 + len(pages), "anchors:", anchors)
