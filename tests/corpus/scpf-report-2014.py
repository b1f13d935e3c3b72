# -*- coding: utf-8 -*-
"""Lays out an invented IOM document: S/15/14/Rev.1, Report on the Fifteenth Session
of the Standing Committee on Programmes and Finance (2014), on A4 with reportlab's canvas."""
import re
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = "scpf-report-2014.pdf"
SYMBOL = "S/15/14/Rev.1"
W, H = A4
L, R = 72.0, W - 72.0
TOP = H - 62.0
BODY_TOP = H - 108.0
BOTTOM = 56.0

BODY_SIZE, BODY_LEAD = 11.5, 13.5
FN_SIZE, FN_LEAD = 9.5, 11.2

FONTS = {
    "n": "Times-Roman", "b": "Times-Bold", "i": "Times-Italic", "bi": "Times-BoldItalic",
}

# ------------------------------------------------------------------ text model
# A text string uses [[N]] for a superscript footnote marker and _{...}_ for italics.

def tokenize(text, base="n"):
    """Return list of words; each word is a list of runs (text, style, sup)."""
    runs = []
    pos = 0
    style = base
    pat = re.compile(r"\[\[([^\]]+)\]\]|_\{|\}_")
    for m in pat.finditer(text):
        if m.start() > pos:
            runs.append((text[pos:m.start()], style, False))
        if m.group(1):
            runs.append((m.group(1), style, True))
        elif m.group(0) == "_{":
            style = "i" if base == "n" else "bi"
        else:
            style = base
        pos = m.end()
    if pos < len(text):
        runs.append((text[pos:], style, False))
    # split runs into words on spaces
    words, cur = [], []
    for txt, st, sup in runs:
        if sup:
            cur.append((txt, st, True))
            continue
        parts = txt.split(" ")
        for k, p in enumerate(parts):
            if k > 0:
                if cur:
                    words.append(cur)
                cur = []
            if p:
                cur.append((p, st, False))
    if cur:
        words.append(cur)
    return words


def markers_of(word):
    return [t for t, st, sup in word if sup]


def run_width(txt, st, sup, size):
    s = size * 0.62 if sup else size
    return stringWidth(txt, FONTS[st], s)


def word_width(word, size):
    return sum(run_width(t, st, sup, size) for t, st, sup in word)


def split_hyphen(word, room, size):
    """Try to split a word at an existing hyphen so that the first part fits in room."""
    if len(word) != 1 or word[0][2]:
        return None
    txt, st, sup = word[0]
    idxs = [i for i, ch in enumerate(txt) if ch == "-" and 0 < i < len(txt) - 1]
    for i in reversed(idxs):
        first = txt[: i + 1]
        if stringWidth(first, FONTS[st], size) <= room:
            return [(first, st, False)], [(txt[i + 1:], st, False)]
    return None


def wrap(words, first_width, width, size):
    """Greedy wrap; returns list of lines (lists of words)."""
    lines, cur, cur_w = [], [], 0.0
    sp = stringWidth(" ", FONTS["n"], size)
    avail = first_width
    queue = list(words)
    while queue:
        w = queue.pop(0)
        ww = word_width(w, size)
        need = ww if not cur else cur_w + sp + ww
        if need <= avail:
            cur.append(w)
            cur_w = need
            continue
        room = avail - (cur_w + sp if cur else 0)
        sp_res = split_hyphen(w, room, size)
        if sp_res:
            a, b = sp_res
            cur.append(a)
            queue.insert(0, b)
        else:
            queue.insert(0, w)
        lines.append(cur)
        cur, cur_w = [], 0.0
        avail = width
    if cur:
        lines.append(cur)
    return lines


# ------------------------------------------------------------------ drawing helpers

def draw_line(c, x, y, words, size, width=None, justify=False):
    sp = stringWidth(" ", FONTS["n"], size)
    natural = sum(word_width(w, size) for w in words) + sp * (len(words) - 1)
    ws = 0.0
    if justify and width and len(words) > 1:
        ws = (width - natural) / (len(words) - 1)
        if ws > 10:
            ws = 0.0
    t = c.beginText()
    t.setTextOrigin(x, y)
    t.setWordSpace(ws)
    for k, w in enumerate(words):
        if k > 0:
            t.setFont(FONTS["n"], size)
            t.setRise(0)
            t.textOut(" ")
        for txt, st, sup in w:
            if sup:
                t.setFont(FONTS[st], size * 0.62)
                t.setRise(size * 0.36)
            else:
                t.setFont(FONTS[st], size)
                t.setRise(0)
            t.textOut(txt)
    t.setRise(0)
    c.drawText(t)


def draw_centered(c, y, text, font, size):
    c.setFont(font, size)
    c.drawCentredString(W / 2, y, text)


def draw_right(c, y, text, font, size):
    c.setFont(font, size)
    c.drawRightString(R, y, text)


# ------------------------------------------------------------------ content

MEMBERS = ("Afghanistan, Albania, Algeria, Angola, Argentina, Australia, Austria, Bangladesh, "
           "Belgium, Benin, Bolivia (Plurinational State of), Brazil, Burkina Faso, Cameroon, "
           "Canada, Chile, China, Colombia, Costa Rica, C\u00f4te d\u2019Ivoire, Cyprus, Czech Republic, "
           "Democratic Republic of the Congo, Denmark, Dominican Republic, Ecuador, Egypt, "
           "El Salvador, Estonia, Ethiopia, Finland, France, Germany, Ghana, Greece, Guatemala, "
           "Haiti, Honduras, Hungary, India, Iran (Islamic Republic of), Ireland, Israel, Italy, "
           "Japan, Jordan, Kenya, Lesotho, Libya, Madagascar, Mali, Mauritania, Mexico, Morocco, "
           "Namibia, Netherlands, New Zealand, Nicaragua, Niger, Nigeria, Norway, Pakistan, Panama, "
           "Paraguay, Peru, Philippines, Poland, Portugal, Republic of Korea, Romania, Rwanda, "
           "Senegal, Serbia, Slovakia, Somalia, South Africa, Spain, Sri Lanka, Sudan, Sweden, "
           "Switzerland, Thailand, Togo, Tunisia, Turkey, Uganda, Ukraine, United Kingdom of Great "
           "Britain and Northern Ireland, United Republic of Tanzania, United States of America, "
           "Uruguay, Venezuela (Bolivarian Republic of), Viet Nam, Yemen, Zambia and Zimbabwe.")

FOOTNOTES = {
    "1": "The list of participants is contained in document S/15/13.",
    "2": "See the report on the Fourteenth Session of the Standing Committee on Programmes and "
         "Finance (S/14/11), paragraphs 5 and 6.",
    "3": "In accordance with the measures set out in Council Resolution No. 1157 (XCIV) of "
         "26 November 2007, which encourages Member States in arrears to propose payment plans "
         "and provides for the restoration of their voting rights once a plan has been agreed.",
    "4": "See the report of the Chairperson of the Working Group on Budget Reform (S/15/7) and "
         "paragraphs 21 to 23 below.",
    "5": "The initiative was launched by the Governments of the Philippines and the United States "
         "of America in June 2014; IOM serves as its secretariat.",
}

# Blocks: ("title", text) ("h", text) ("sub", label, text) ("p", num, text)
#         ("item", label, text) ("bullet", text) ("table", spec)
BODY = [
    ("title", "REPORT ON THE FIFTEENTH SESSION OF THE STANDING COMMITTEE ON PROGRAMMES AND FINANCE"),
    ("h", "Introduction"),
    ("p", "1", "Pursuant to Council Resolution No. 1276 of 26 November 2013, the Standing Committee "
     "on Programmes and Finance held its Fifteenth Session at the International Conference Centre "
     "Geneva on Tuesday and Wednesday, 28 and 29 October 2014. Four meetings were held."),
    ("p", "2", "The session was opened by the Chairperson, Mr L. Ferrante (Italy), who welcomed the "
     "delegations of the Member States admitted at the 104th Session of the Council and recalled "
     "that, since the amendments to the Constitution had entered into force on 21 November 2013, "
     "the Standing Committee was the only subsidiary body of the Council dealing with programme, "
     "budgetary and financial matters."),
    ("h", "Attendance"),
    ("p", "3", "The following Member States were represented:[[1]] " + MEMBERS),
    ("p", "4", "The Holy See and the Sovereign Order of Malta were represented by observers. The "
     "Office of the United Nations High Commissioner for Refugees, the International Committee of "
     "the Red Cross and the International Federation of Red Cross and Red Crescent Societies also "
     "attended as observers."),
    ("h", "Election of officers"),
    ("p", "5", "The Chairperson informed the Standing Committee that, owing to his reassignment from "
     "Geneva, he would be unable to complete his term of office. On the proposal of the delegation "
     "of Morocco, seconded by the delegation of Sweden, the Standing Committee elected "
     "Mr T. Arriaga Luj\u00e1n (Paraguay) as Chairperson by acclamation for the remainder of 2014."),
    ("p", "6", "The other officers elected at the Fourteenth Session, Mr D. Mensah-Addo (Ghana), "
     "Vice-Chairperson, and Ms K. Halvorsen (Norway), Rapporteur, remained in office.[[2]]"),
    ("h", "Adoption of the agenda"),
    ("p", "7", "The Standing Committee adopted the provisional agenda contained in document "
     "S/15/1/Rev.1. The documents before the Committee are listed in the Annex."),
    ("h", "Statement by the Director General"),
    ("p", "8", "The Director General reviewed the main developments since the Fourteenth Session. "
     "IOM had been called upon to respond simultaneously to several large-scale emergencies, in the "
     "Syrian Arab Republic and neighbouring countries, in Iraq, in South Sudan and in the Central "
     "African Republic, and had activated its Level 3 emergency procedures three times in the "
     "year. In West Africa, the Organization was supporting the Governments of Guinea, Liberia and "
     "Sierra Leone in their response to the Ebola virus disease outbreak, notably through health "
     "screening at points of entry and the management of treatment centres."),
    ("p", "9", "Delegations commended IOM for the speed of its response and expressed appreciation "
     "for the commitment of its staff, several of whom were working in dangerous conditions. Some "
     "delegations asked the Administration to keep Member States informed of the measures taken to "
     "ensure the safety and security of staff in the field."),
    ("p", "10", "The Standing Committee took note of the statement by the Director General."),
    ("h", "Status report on outstanding contributions to the Administrative Part of the Budget"),
    ("p", "11", "The Administration introduced document S/15/4, which gave the position as at "
     "30 September 2014. The main figures, compared with those of the previous year, were as "
     "follows:"),
    ("table", {
        "caption": "(in Swiss francs)",
        "cols": [("As at", "30 September 2013"), ("As at", "30 September 2014")],
        "rows": [
            ("Assessed contributions for the year", "40,684,000", "41,989,000", False),
            ("Contributions received", "31,950,210", "33,407,652", False),
            ("Outstanding for the year", "8,733,790", "8,581,348", False),
            ("Outstanding for prior years", "4,551,906", "4,027,115", False),
            ("Total outstanding", "13,285,696", "12,608,463", True),
        ],
    }),
    ("p", "12", "Since the document had been issued, payments had been received from Burundi, Peru "
     "and Viet Nam. Fourteen Member States were now subject to Article 4 of the Constitution, six "
     "of which had concluded payment plans with the Administration."),
    ("p", "13", "The Standing Committee took note of document S/15/4 and urged Member States in "
     "arrears to pay their outstanding contributions in full or to agree on a payment plan with the "
     "Administration and respect its terms.[[3]]"),
    ("h", "Summary update on the Programme and Budget for 2014"),
    ("p", "14", "The Administration presented the summary update (S/15/5), which reflected the "
     "funding received since the Programme and Budget for 2014 (MC/2390) had been approved. The "
     "Administrative Part of the Budget remained unchanged at CHF 41,989,000. The Operational Part "
     "of the Budget had increased from USD 754.6 million to USD 1,241.3 million, mainly as a result "
     "of new emergency operations, and discretionary income was now estimated at USD 61.2 million."),
    ("p", "15", "In reply to a question, the Administration explained that the increase in the "
     "Operational Part reflected earmarked funding and did not imply any additional financial "
     "commitment on the part of Member States."),
    ("p", "16", "The Standing Committee took note of the summary update and recommended that the "
     "Council take note of the revised Operational Part of the Budget for 2014 set out in document "
     "S/15/5."),
    ("h", "Programme and Budget for 2015"),
    ("p", "17", "The Director of the Department of Resources Management introduced the Programme and "
     "Budget for 2015 (MC/2411). The Administrative Part of the Budget was set at CHF 42,711,000, "
     "the increase corresponding solely to the assessed contributions of new Member States, and the "
     "Operational Part was estimated at USD 786.2 million."),
    ("p", "18", "In the ensuing discussion, delegations:"),
    ("item", "(a)", "welcomed the clearer presentation of the document and the inclusion of "
     "results-based indicators for each department;"),
    ("item", "(b)", "asked the Administration to explain how the core structure would be financed in "
     "2016 and beyond, in the light of the work of the Working Group on Budget Reform;[[4]]"),
    ("item", "(c)", "expressed concern at the Organization\u2019s continuing reliance on "
     "project-related overhead income to fund essential functions; and"),
    ("item", "(d)", "requested that future budget documents show staff costs by grade and by duty "
     "station."),
    ("p", "19", "The Administration took note of the comments and undertook to provide a breakdown "
     "of staff costs in an information document before the Sixteenth Session."),
    ("p", "20", "The Standing Committee recommended that the Council approve the Programme and "
     "Budget for 2015 as set out in document MC/2411."),
    ("h", "Report of the Chairperson of the Working Group on Budget Reform"),
    ("p", "21", "The Chairperson of the Working Group on Budget Reform, Ms A. Szab\u00f3 (Hungary), "
     "presented her report (S/15/7). The Working Group had met four times in 2014 and had agreed on "
     "the following recommendations for consideration by the Standing Committee:"),
    ("bullet", "that the Administrative Part of the Budget should be maintained at zero nominal "
     "growth for 2015, except for the contributions of new Member States;"),
    ("bullet", "that the Administration should present, at the first session of 2015, options for "
     "the sustainable funding of the core structure; and"),
    ("bullet", "that the Working Group should review the methodology used to calculate "
     "project-related overhead."),
    ("p", "22", "Delegations expressed support for the recommendations. One delegation regretted "
     "that no agreement had yet been reached on a modest increase in the Administrative Part of the "
     "Budget, which it considered long overdue."),
    ("p", "23", "The Standing Committee took note of the report, endorsed the recommendations of the "
     "Working Group and recommended that the Council extend the mandate of the Working Group on "
     "Budget Reform until the end of 2015."),
    ("h", "Report on the work of the Office of the Inspector General"),
    ("p", "24", "The Inspector General presented his report (S/15/8), which covered the period from "
     "1 July 2013 to 30 June 2014. During that period, the Office had carried out 37 internal "
     "audits and received 212 allegations of misconduct, 74 of which had been investigated."),
    ("p", "25", "The Standing Committee took note of the report on the work of the Office of the "
     "Inspector General."),
    ("h", "Exchange of views on items proposed by the membership"),
    ("sub", "(a)", "Migrants in countries in crisis"),
    ("p", "26", "The Administration gave a presentation on the Migrants in Countries in Crisis "
     "initiative,[[5]] based on the background paper contained in document S/15/10. Delegations "
     "welcomed the State-led character of the initiative and stressed the need to involve countries "
     "of origin, transit and destination in the consultations planned for 2015."),
    ("sub", "(b)", "IOM and the post-2015 development agenda"),
    ("p", "27", "The Administration briefed the Standing Committee on the intergovernmental "
     "negotiations on the post-2015 development agenda (S/15/9) and on its efforts to ensure that "
     "the new goals would include targets on migration."),
    ("p", "28", "The Standing Committee took note of the presentations and of the comments made by "
     "delegations."),
    ("h", "Other business"),
    ("p", "29", "The delegation of Ghana, speaking on behalf of the African Group, requested that an "
     "update on IOM\u2019s response to the Ebola virus disease outbreak be included in the agenda of "
     "the 105th Session of the Council. The Chairperson said that the request would be transmitted "
     "to the Bureau of the Council."),
    ("h", "Closure of the session"),
    ("p", "30", "The Chairperson declared the Fifteenth Session closed on Wednesday, 29 October 2014, "
     "at 5.40 p.m."),
]

ANNEX_DOCS = [
    ("S/15/1/Rev.1", "Agenda"),
    ("S/15/4", "Status report on outstanding contributions to the Administrative Part of the Budget"),
    ("S/15/5", "Summary update on the Programme and Budget for 2014"),
    ("MC/2411", "Programme and Budget for 2015"),
    ("S/15/7", "Report of the Chairperson of the Working Group on Budget Reform"),
    ("S/15/8", "Report on the work of the Office of the Inspector General"),
    ("S/15/9", "IOM and the post-2015 development agenda: background note"),
    ("S/15/10", "Migrants in countries in crisis: background paper"),
    ("S/15/13", "List of participants"),
]

# ------------------------------------------------------------------ cover


def draw_cover(c):
    y = TOP
    for txt in (SYMBOL, "Original: English", "15 December 2014"):
        draw_right(c, y, txt, "Times-Roman", 12)
        y -= 14.5
    y = H - 250
    draw_centered(c, y, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE", "Times-Bold", 13)
    draw_centered(c, y - 18, "FIFTEENTH SESSION", "Times-Bold", 13)
    c.setLineWidth(0.8)
    c.line(L, y - 40, R, y - 40)
    # title, two lines, with asterisk on the last line
    y = H - 360
    draw_centered(c, y, "REPORT ON THE FIFTEENTH SESSION OF THE", "Times-Bold", 13)
    line2 = "STANDING COMMITTEE ON PROGRAMMES AND FINANCE"
    w2 = stringWidth(line2, "Times-Bold", 13)
    ast = stringWidth("*", "Times-Bold", 9)
    x2 = W / 2 - (w2 + ast) / 2
    t = c.beginText()
    t.setTextOrigin(x2, y - 26)
    t.setFont("Times-Bold", 13)
    t.textOut(line2)
    t.setFont("Times-Bold", 9)
    t.setRise(5)
    t.textOut("*")
    t.setRise(0)
    c.drawText(t)
    draw_centered(c, y - 80, "Geneva", "Times-Roman", 12)
    draw_centered(c, y - 96, "28\u201329 October 2014", "Times-Roman", 12)
    draw_centered(c, y - 150, "Rapporteur: Ms K. Halvorsen (Norway)", "Times-Roman", 12)
    # cover note
    yn = 168
    c.setLineWidth(0.5)
    c.line(L, yn, L + 144, yn)
    words = tokenize("This report was approved by the Council at its 105th Session through "
                     "Resolution No. 1292 of 27 November 2014.")
    lines = wrap(words, R - L - 14, R - L - 14, FN_SIZE)
    yy = yn - 14
    t = c.beginText()
    t.setTextOrigin(L, yy)
    t.setFont("Times-Roman", FN_SIZE * 0.75)
    t.setRise(3)
    t.textOut("*")
    t.setRise(0)
    c.drawText(t)
    for k, ln in enumerate(lines):
        draw_line(c, L + 10, yy, ln, FN_SIZE, R - L - 10, justify=(k < len(lines) - 1))
        yy -= FN_LEAD
    # trilingual footer
    fy = 74
    for txt in ("STANDING COMMITTEE ON PROGRAMMES AND FINANCE",
                "COMIT\u00c9 PERMANENT DES PROGRAMMES ET DES FINANCES",
                "COMIT\u00c9 PERMANENTE DE PROGRAMAS Y FINANZAS"):
        draw_centered(c, fy, txt, "Times-Bold", 8.5)
        fy -= 10.5
    c.showPage()


# ------------------------------------------------------------------ body layout

class Page:
    def __init__(self, c, number, annex=False):
        self.c = c
        self.number = number
        self.y = BODY_TOP
        self.fns = []  # footnote markers placed on this page
        self.annex = annex
        draw_right(c, TOP, SYMBOL, "Times-Roman", 11)
        if annex:
            draw_right(c, TOP - 13, "Annex", "Times-Roman", 11)
        else:
            draw_right(c, TOP - 13, "Page %d" % number, "Times-Roman", 11)


def fn_lines(marker):
    words = tokenize(FOOTNOTES[marker])
    return wrap(words, R - L - 12, R - L - 12, FN_SIZE)


def fn_area_height(markers):
    if not markers:
        return 0.0
    h = 14.0
    for m in markers:
        h += len(fn_lines(m)) * FN_LEAD + 2
    return h


def draw_footnotes(pg):
    if not pg.fns:
        return
    c = pg.c
    h = fn_area_height(pg.fns)
    y = BOTTOM + h - 4
    c.setLineWidth(0.5)
    c.line(L, y + 4, L + 144, y + 4)
    y -= 10
    for m in pg.fns:
        t = c.beginText()
        t.setTextOrigin(L, y)
        t.setFont("Times-Roman", FN_SIZE * 0.62)
        t.setRise(FN_SIZE * 0.38)
        t.textOut(m)
        t.setRise(0)
        c.drawText(t)
        lines = fn_lines(m)
        for k, ln in enumerate(lines):
            draw_line(c, L + 12, y, ln, FN_SIZE, R - L - 12, justify=(k < len(lines) - 1))
            y -= FN_LEAD
        y -= 2


def layout_block(b):
    """Return (kind, list of line specs). A line spec: (x, width, words, justify, label, labelx, font_size)."""
    kind = b[0]
    specs = []
    if kind == "p":
        num, text = b[1], b[2]
        x, width = L + 36, R - L - 36
        lines = wrap(tokenize(text), width, width, BODY_SIZE)
        for k, ln in enumerate(lines):
            specs.append((x, width, ln, k < len(lines) - 1, (num + ".") if k == 0 else None, L))
    elif kind == "item":
        label, text = b[1], b[2]
        x, width = L + 72, R - L - 72
        lines = wrap(tokenize(text), width, width, BODY_SIZE)
        for k, ln in enumerate(lines):
            specs.append((x, width, ln, k < len(lines) - 1, label if k == 0 else None, L + 36))
    elif kind == "bullet":
        text = b[1]
        x, width = L + 60, R - L - 60
        lines = wrap(tokenize(text), width, width, BODY_SIZE)
        for k, ln in enumerate(lines):
            specs.append((x, width, ln, k < len(lines) - 1, "\u2022" if k == 0 else None, L + 44))
    elif kind == "h":
        width = R - L
        lines = wrap(tokenize(b[1], "b"), width, width, BODY_SIZE)
        for ln in lines:
            specs.append((L, width, ln, False, None, L))
    elif kind == "sub":
        width = R - L - 36
        lines = wrap(tokenize(b[2], "bi"), width, width, BODY_SIZE)
        for k, ln in enumerate(lines):
            specs.append((L + 36, width, ln, False, b[1] if k == 0 else None, L))
    elif kind == "title":
        width = R - L - 60
        lines = wrap(tokenize(b[1], "b"), width, width, BODY_SIZE + 0.5)
        for ln in lines:
            specs.append(("center", width, ln, False, None, L))
    return specs


SPACE_BEFORE = {"p": 7.5, "item": 5.0, "bullet": 3.0, "h": 12.0, "sub": 9.0, "title": 0.0,
                "table": 10.0}


def draw_table(pg, spec):
    c = pg.c
    y = pg.y
    # caption
    c.setFont("Times-Italic", 10.5)
    c.drawRightString(R - 30, y, spec["caption"])
    y -= 18
    col_r = [R - 125, R - 30]
    c.setLineWidth(0.6)
    c.line(L + 36, y + 12, R - 20, y + 12)
    for j, (h1, h2) in enumerate(spec["cols"]):
        c.setFont("Times-Bold", 10.5)
        c.drawRightString(col_r[j], y, h1)
        c.drawRightString(col_r[j], y - 12.5, h2)
    c.line(L + 36, y - 17, R - 20, y - 17)
    y -= 31
    for label, v1, v2, total in spec["rows"]:
        if total:
            c.setLineWidth(0.4)
            c.line(col_r[0] - 70, y + 11, col_r[1], y + 11)
        font = "Times-Bold" if total else "Times-Roman"
        c.setFont(font, 10.5)
        c.drawString(L + 44, y, label)
        c.drawRightString(col_r[0], y, v1)
        c.drawRightString(col_r[1], y, v2)
        y -= 14.5
    c.setLineWidth(0.6)
    c.line(L + 36, y + 9, R - 20, y + 9)
    pg.y = y - 4


def table_height(spec):
    return 18 + 31 + 14.5 * len(spec["rows"]) + 4


def body(c):
    pageno = 1
    pg = Page(c, pageno)
    blocks = BODY
    first = True

    def new_page():
        nonlocal pg, pageno
        draw_footnotes(pg)
        c.showPage()
        pageno += 1
        pg = Page(c, pageno)

    for bi, b in enumerate(blocks):
        kind = b[0]
        if kind == "table":
            need = SPACE_BEFORE["table"] + table_height(b[1])
            if pg.y - need < BOTTOM + fn_area_height(pg.fns):
                new_page()
            else:
                pg.y -= SPACE_BEFORE["table"]
            draw_table(pg, b[1])
            continue
        specs = layout_block(b)
        if not first and pg.y != BODY_TOP:
            pg.y -= SPACE_BEFORE[kind]
        first = False
        # keep headings with the first lines of the next block
        if kind in ("h", "sub", "title"):
            nxt = layout_block(blocks[bi + 1]) if bi + 1 < len(blocks) else []
            need = len(specs) * BODY_LEAD + 10 + min(3, len(nxt)) * BODY_LEAD
            if kind == "h" and bi + 1 < len(blocks) and blocks[bi + 1][0] == "sub":
                need += 2 * BODY_LEAD + 10
            if pg.y - need < BOTTOM + fn_area_height(pg.fns):
                new_page()
        for k, (x, width, words, just, label, lx) in enumerate(specs):
            new_m = [m for w in words for m in markers_of(w)]
            fn_h = fn_area_height(pg.fns + new_m)
            if pg.y - BODY_LEAD < BOTTOM + fn_h:
                new_page()
            size = BODY_SIZE + (0.5 if kind == "title" else 0)
            if x == "center":
                sp = stringWidth(" ", FONTS["n"], size)
                nat = sum(word_width(w, size) for w in words) + sp * (len(words) - 1)
                draw_line(c, W / 2 - nat / 2, pg.y, words, size)
            else:
                draw_line(c, x, pg.y, words, size, width, justify=just)
            if label:
                c.setFont("Times-BoldItalic" if kind == "sub" else "Times-Roman", BODY_SIZE)
                c.drawString(lx, pg.y, label)
            pg.fns.extend(new_m)
            pg.y -= BODY_LEAD
        if kind == "title":
            pg.y -= 8
    draw_footnotes(pg)
    c.showPage()
    return pageno


def annex(c, pageno):
    pg = Page(c, pageno + 1, annex=True)
    y = BODY_TOP
    draw_centered(c, y, "ANNEX", "Times-Bold", 12)
    y -= 28
    draw_centered(c, y, "LIST OF DOCUMENTS", "Times-Bold", 12)
    y -= 34
    c.setLineWidth(0.6)
    c.line(L, y + 14, R, y + 14)
    c.setFont("Times-Bold", 11)
    c.drawString(L + 6, y, "Symbol")
    c.drawString(L + 110, y, "Title")
    c.line(L, y - 6, R, y - 6)
    y -= 24
    for sym, title in ANNEX_DOCS:
        c.setFont("Times-Roman", 11)
        c.drawString(L + 6, y, sym)
        words = tokenize(title)
        lines = wrap(words, R - L - 116, R - L - 116, 11)
        for ln in lines:
            draw_line(c, L + 110, y, ln, 11)
            y -= 13.5
        y -= 6
    c.line(L, y + 10, R, y + 10)
    c.showPage()


def main():
    c = canvas.Canvas(OUT, pagesize=A4)
    c.setTitle("S/15/14/Rev.1 - Report on the Fifteenth Session of the SCPF")
    c.setAuthor("IOM")
    draw_cover(c)
    last = body(c)
    annex(c, last)
    c.save()


if __name__ == "__main__":
    main()
