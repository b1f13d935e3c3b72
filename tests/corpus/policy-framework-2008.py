# -*- coding: utf-8 -*-
"""Draws policy-framework-2008.pdf (MC/INF/296, 10 November 2008) with fpdf2.

A small line-layout engine: justified paragraphs, IOM paragraph indentation,
raised footnote markers, footnotes collected at the foot of the page where the
marker falls, right-aligned running headers, a drawn table in the annex.
"""
import os
import re

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "policy-framework-2008.pdf")
FONTDIR = "/usr/share/fonts/truetype/dejavu"

SYMBOL = "MC/INF/296"
PAGE_W, PAGE_H = 210.0, 297.0
L, R = 25.0, 185.0
W = R - L
TOP_BODY = 34.0
BOTTOM = 281.0

BODY_PT = 11.0
LINE_H = 5.2
FN_PT = 8.5
FN_LINE_H = 3.9
SUP_PT = 6.5
SUP_RISE = 1.7      # mm above the baseline
PARA_GAP = 4.0
ITEM_GAP = 2.2
IND = 12.5          # IOM tab


class Doc(FPDF):
    pass


pdf = Doc(orientation="P", unit="mm", format="A4")
pdf.set_auto_page_break(False)
pdf.add_font("S", "", os.path.join(FONTDIR, "DejaVuSerifCondensed.ttf"))
pdf.add_font("S", "B", os.path.join(FONTDIR, "DejaVuSerifCondensed-Bold.ttf"))
pdf.add_font("S", "I", os.path.join(FONTDIR, "DejaVuSerifCondensed-Italic.ttf"))
pdf.add_font("S", "BI", os.path.join(FONTDIR, "DejaVuSerifCondensed-BoldItalic.ttf"))
pdf.set_creator("Microsoft Office Word 2003")
pdf.set_title(SYMBOL)

# --------------------------------------------------------------------------
# footnote texts, by marker
FOOTNOTES = {
    "1": "The Strategy was adopted by the Council at a special session held in June 2007. "
         "See also the Report of the Director General on the Work of the Organization for "
         "the Year 2007 (MC/2255), paragraphs 14 to 19.",
    "2": "The workshop was held in Geneva on 2 and 3 July 2008 and brought together some 180 "
         "participants from governments, international organizations, employers\u2019 and workers\u2019 "
         "organizations and academia. Its report will be issued in the International Dialogue "
         "on Migration series.",
    "3": "World Bank, Migration and Remittances Factbook 2008 (Washington, D.C., 2008); "
         "International Labour Office, International Labour Migration and Development: "
         "The ILO Perspective (Geneva, 2007).",
    "4": "IOM\u2019s contribution to the Manila meeting included background papers for two round "
         "tables and the secondment of a staff member to the support unit of the Forum.",
    "5": "MC/INF/287, Annex, point 6. The same activity is listed in the annex to Resolution "
         "No. 1150.",
    "6": "IOM, the International Labour Organization and the Organization for Security and "
         "Co-operation in Europe jointly published a Handbook on Establishing Effective Labour "
         "Migration Policies in 2006; an edition for Mediterranean countries is in preparation.",
    "7": "In 2007, IOM provided pre-departure orientation to some 46,000 migrant workers in 27 "
         "countries.",
    "8": "See also the discussion of the rights of migrant workers in the document "
         "\u201cMigration and Human Rights\u201d (MC/INF/289), which the Council considered at "
         "its Ninety-fourth Session in November 2007.",
    "9": "The proposed increase concerns two Professional posts. The related costs are shown in "
         "Part II of document MC/2254 under the service line \u201cLabour Migration\u201d.",
}

# --------------------------------------------------------------------------
# words and fragments

MARK = re.compile(r"\{\^(\w+)\}")


def words_of(text, style=""):
    """Split a text into words; each word is a list of (string, style) fragments.
    {^n} inside the text becomes a raised marker glued to the preceding word."""
    out = []
    for raw in text.split():
        frags = []
        pos = 0
        for m in MARK.finditer(raw):
            if m.start() > pos:
                frags.append((raw[pos:m.start()], style))
            frags.append((m.group(1), "sup"))
            pos = m.end()
        if pos < len(raw):
            frags.append((raw[pos:], style))
        out.append(frags)
    return out


def frag_w(s, st, size):
    if st == "sup":
        pdf.set_font("S", "", SUP_PT)
    else:
        pdf.set_font("S", st, size)
    return pdf.get_string_width(s)


def word_w(word, size):
    return sum(frag_w(s, st, size) for s, st in word)


def space_w(size):
    pdf.set_font("S", "", size)
    return pdf.get_string_width(" ")


def wrap(words, first_w, rest_w, size):
    lines, cur, cur_w = [], [], 0.0
    sp = space_w(size)
    for wd in words:
        ww = word_w(wd, size)
        avail = first_w if not lines else rest_w
        if cur and cur_w + sp + ww > avail:
            lines.append(cur)
            cur, cur_w = [wd], ww
        else:
            cur_w = cur_w + (sp if cur else 0) + ww
            cur.append(wd)
    if cur:
        lines.append(cur)
    return lines


def markers(line):
    return [s for wd in line for s, st in wd if st == "sup"]


def draw_line(line, x, baseline, avail, size, justify):
    sp = space_w(size)
    widths = [word_w(wd, size) for wd in line]
    gap = sp
    if justify and len(line) > 1:
        gap = (avail - sum(widths)) / (len(line) - 1)
        if gap > sp * 3.2:
            gap = sp
    cx = x
    for wd, ww in zip(line, widths):
        fx = cx
        for s, st in wd:
            if st == "sup":
                pdf.set_font("S", "", SUP_PT)
                pdf.text(fx, baseline - SUP_RISE, s)
                fx += pdf.get_string_width(s)
            else:
                pdf.set_font("S", st, size)
                pdf.text(fx, baseline, s)
                fx += pdf.get_string_width(s)
        cx += ww + gap


# --------------------------------------------------------------------------
# page state

state = {"y": TOP_BODY, "page": 0, "fns": [], "annex": False}


def fn_lines(mark):
    words = words_of(FOOTNOTES[mark])
    return wrap(words, W - 5.0, W, FN_PT)


def fn_height(marks):
    if not marks:
        return 0.0
    h = 7.0  # rule and gap
    for m in marks:
        h += len(fn_lines(m)) * FN_LINE_H + 0.8
    return h


def flush_footnotes():
    marks = state["fns"]
    if not marks:
        return
    h = fn_height(marks)
    y = BOTTOM - h + 3.0
    pdf.set_font("S", "", FN_PT)
    pdf.text(L, y, "_" * 22)
    y += 5.0
    for m in marks:
        lines = fn_lines(m)
        pdf.set_font("S", "", SUP_PT)
        pdf.text(L, y - 1.0, m)
        for i, ln in enumerate(lines):
            x = L + 5.0 if i == 0 else L
            avail = W - 5.0 if i == 0 else W
            draw_line(ln, x, y, avail, FN_PT, i < len(lines) - 1)
            y += FN_LINE_H
        y += 0.8
    state["fns"] = []


def header(label_lines):
    pdf.set_font("S", "", BODY_PT)
    y = 16.0
    for t in [SYMBOL] + label_lines:
        pdf.text(R - pdf.get_string_width(t), y, t)
        y += 5.0


def new_page(annex=False):
    flush_footnotes()
    pdf.add_page()
    state["page"] += 1
    if annex:
        header(["Annex"])
    else:
        header(["Page %d" % state["page"]])
    state["y"] = TOP_BODY


def limit_with(extra_marks):
    return BOTTOM - fn_height(state["fns"] + extra_marks)


def emit_lines(lines, xs, avails, size=BODY_PT, lh=LINE_H, justify=True):
    """xs/avails: functions of the line index."""
    n = len(lines)
    for i, ln in enumerate(lines):
        mk = markers(ln)
        if state["y"] + lh > limit_with(mk):
            new_page(state["annex"])
        base = state["y"] + lh * 0.78
        draw_line(ln, xs(i), base, avails(i), size, justify and i < n - 1)
        state["fns"].extend(mk)
        state["y"] += lh


def ensure(h, marks=()):
    if state["y"] + h > limit_with(list(marks)):
        new_page(state["annex"])


def gap(h):
    if state["y"] > TOP_BODY + 0.1:
        state["y"] += h


# --------------------------------------------------------------------------
# blocks

def heading(num, text, style="B"):
    gap(PARA_GAP + 1.5)
    ensure(LINE_H * 4 + PARA_GAP)
    base = state["y"] + LINE_H * 0.78
    pdf.set_font("S", style, BODY_PT)
    pdf.text(L, base, num + ".")
    pdf.text(L + IND, base, text)
    state["y"] += LINE_H


def para(num, text):
    gap(PARA_GAP)
    words = words_of(text)
    pdf.set_font("S", "", BODY_PT)
    lines = wrap(words, W - IND, W, BODY_PT)
    ensure(LINE_H * min(2, len(lines)), markers(lines[0]) + (markers(lines[1]) if len(lines) > 1 else []))
    base = state["y"] + LINE_H * 0.78
    pdf.set_font("S", "", BODY_PT)
    pdf.text(L, base, num + ".")
    emit_lines(lines, lambda i: L + IND if i == 0 else L,
               lambda i: W - IND if i == 0 else W)


def item(label, text, level=1, first=False):
    gap(ITEM_GAP if not first else PARA_GAP * 0.6)
    lx = L + IND * level
    tx = lx + (IND if label != "\u2022" else 6.5)
    words = words_of(text)
    lines = wrap(words, R - tx, R - tx, BODY_PT)
    ensure(LINE_H, markers(lines[0]))
    base = state["y"] + LINE_H * 0.78
    pdf.set_font("S", "", BODY_PT)
    pdf.text(lx, base, label)
    emit_lines(lines, lambda i: tx, lambda i: R - tx)


def quote(text):
    gap(PARA_GAP)
    x0, x1 = L + IND, R - IND
    words = words_of(text, "I")
    lines = wrap(words, x1 - x0, x1 - x0, BODY_PT)
    emit_lines(lines, lambda i: x0, lambda i: x1 - x0)


def centred(text, style="", size=BODY_PT, lh=LINE_H):
    pdf.set_font("S", style, size)
    base = state["y"] + lh * 0.78
    pdf.text((PAGE_W - pdf.get_string_width(text)) / 2, base, text)
    state["y"] += lh


def plain(text, x0=L, x1=R):
    gap(PARA_GAP)
    words = words_of(text)
    lines = wrap(words, x1 - x0, x1 - x0, BODY_PT)
    emit_lines(lines, lambda i: x0, lambda i: x1 - x0)


# --------------------------------------------------------------------------
# cover

pdf.add_page()
state["page"] = 0
pdf.set_font("S", "", BODY_PT)
y = 22.0
for t in [SYMBOL, "Original: English", "10 November 2008"]:
    pdf.text(R - pdf.get_string_width(t), y, t)
    y += 5.5
state["y"] = 62.0
centred("NINETY-SIXTH SESSION", "B")
state["y"] += 6.0
pdf.set_font("S", "", BODY_PT)
rule = "_" * 58
pdf.text((PAGE_W - pdf.get_string_width(rule)) / 2, state["y"], rule)
state["y"] += 70.0
centred("LABOUR MOBILITY AND HUMAN DEVELOPMENT:", "B", 12.5, 6.5)
centred("A POLICY FRAMEWORK FOR IOM ACTIVITIES", "B", 12.5, 6.5)

pdf.set_font("S", "B", 12.0)
fy = 272.0
pdf.text(L + 4, fy, "COUNCIL")
t = "CONSEIL"
pdf.text((PAGE_W - pdf.get_string_width(t)) / 2, fy, t)
t = "CONSEJO"
pdf.text(R - 4 - pdf.get_string_width(t), fy, t)

# --------------------------------------------------------------------------
# body

new_page()
centred("LABOUR MOBILITY AND HUMAN DEVELOPMENT:")
centred("A POLICY FRAMEWORK FOR IOM ACTIVITIES")
state["y"] += 2.0

heading("I", "INTRODUCTION")
para("1", "Labour mobility has become one of the defining features of the global economy. "
     "The IOM Strategy (MC/INF/287), adopted by the Council in Resolution No. 1150 of 7 June "
     "2007,{^1} identifies the facilitation of labour migration as one of the core areas in "
     "which the Organization provides services and advice to governments and migrants, and it "
     "places the link between migration and development at the centre of IOM\u2019s work.")
para("2", "Since then, a number of Member States have asked the Administration to set out more "
     "precisely how IOM\u2019s labour migration activities fit together, how they relate to the "
     "work of other international organizations and what principles guide the Organization "
     "when it helps governments to design or run labour mobility schemes. The present paper "
     "responds to that request. It draws on informal consultations held with Member States in "
     "Geneva in May and September 2008 and on the discussions at the International Dialogue on "
     "Migration workshop on \u201cManaging Labour Mobility in the Evolving Global "
     "Economy\u201d.{^2}")
para("3", "The paper has three purposes:")
item("(a)", "to describe the main trends and policy developments that shape labour mobility "
     "today;", first=True)
item("(b)", "to state the principles on which IOM\u2019s work in this area rests; and")
item("(c)", "to outline the areas of activity through which the Organization will apply "
     "these principles in the period 2009\u20132011.")

heading("II", "CONTEXT")
heading("A", "Trends in labour mobility")
para("4", "Of the estimated 200 million international migrants in the world today, roughly half "
     "are economically active.{^3} Temporary and circular forms of movement have grown faster "
     "than permanent settlement, and women now account for almost half of all migrant workers. "
     "Remittances to developing countries reached an estimated USD 251 billion in 2007, more "
     "than twice the volume of official development assistance.")
para("5", "Demographic change will sustain this demand. The working-age population of many "
     "industrialized countries is expected to decline over the next two decades, while in much "
     "of Africa and South Asia the number of young people entering the labour market each year "
     "continues to rise. The present turbulence in financial markets may slow recruitment in "
     "some sectors in the short term, but it is unlikely to reverse these underlying trends.")
heading("B", "Policy developments")
para("6", "Labour mobility has moved to the centre of the international debate. The High-level "
     "Dialogue on International Migration and Development, held by the United Nations General "
     "Assembly in September 2006, led to the creation of the Global Forum on Migration and "
     "Development, which met for the first time in Brussels in July 2007 and for the second "
     "time in Manila in October 2008.{^4} IOM supported both meetings at the request of the "
     "host governments.")
para("7", "At the regional level, several developments stand out:")
item("\u2022", "the growing number of bilateral labour agreements, particularly between countries "
     "of origin in Asia and the States of the Gulf Cooperation Council;", first=True)
item("\u2022", "the adoption by regional economic communities of instruments on the free "
     "movement of persons, notably in West Africa and South America; and")
item("\u2022", "the Abu Dhabi Dialogue, launched in January 2008, which brings together the "
     "members of the Colombo Process and the main countries of destination in the Gulf.")

heading("III", "GUIDING PRINCIPLES")
para("8", "The IOM Strategy provides the starting point. Among the activities it lists, the "
     "Strategy commits the Organization:")
quote("\u201cTo support States, migrants and communities in addressing the challenges of labour "
      "migration, and to enhance the human, social and economic benefits that orderly labour "
      "migration can bring to countries of origin and destination and to migrants "
      "themselves.\u201d{^5}")
para("9", "Drawing on this mandate, IOM\u2019s work on labour mobility will be guided by the "
     "following principles:")
item("(a)", "labour migration should take place through safe, legal and orderly channels that "
     "respond to verified labour market needs;", first=True)
item("(b)", "the rights of migrant workers, as set out in the international instruments to which "
     "the States concerned are party, must be respected at every stage of the migration "
     "process;")
item("(c)", "policies should be developed in partnership with governments, employers, "
     "workers\u2019 organizations and migrants themselves;{^6}")
item("(d)", "labour mobility should contribute to development in countries of origin and "
     "destination alike; and")
item("(e)", "IOM\u2019s activities should complement, and not duplicate, the normative work of "
     "the International Labour Organization and other partners.")
para("10", "None of these principles is new; each reflects positions that IOM has taken in the "
     "governing bodies for a number of years. Setting them out together, however, will allow "
     "the Administration to apply them consistently in project design and to account for them "
     "in its reporting to Member States.")

heading("IV", "AREAS OF ACTIVITY")
heading("A", "Facilitating regular labour migration")
para("11", "IOM will continue to assist governments, at their request, in establishing and "
     "managing labour migration programmes. Experience with schemes such as the temporary and "
     "circular labour migration programme between Colombia and Spain shows that well-designed "
     "programmes can match workers with employers efficiently while lowering the cost of "
     "migration for the workers themselves.")
para("12", "Services in this area include:")
item("\u2022", "assessment of labour market needs and of the skills available in countries of "
     "origin;", first=True)
item("\u2022", "selection, pre-departure orientation and travel arrangements for migrant "
     "workers;{^7} and")
item("\u2022", "support for the return and reintegration of workers at the end of their "
     "contracts.")
heading("B", "Protecting migrant workers")
para("13", "Abusive recruitment practices remain one of the main sources of harm to migrant "
     "workers. IOM will work with governments to strengthen the regulation of private "
     "recruitment agencies, to give migrants accurate information before they leave and to "
     "set up mechanisms through which they can seek redress.{^8} Particular attention will be "
     "paid to women employed in domestic work, who often fall outside the protection of "
     "labour legislation.")
para("14", "Protection also depends on the capacity of consular services and labour attach\u00e9s "
     "in countries of destination. The Organization will continue to offer training for these "
     "officials, building on the courses it delivered in 2007 and 2008 for 14 countries of "
     "origin in Africa and Asia.")
heading("C", "Enhancing the development impact of labour mobility")
para("15", "To strengthen the link between labour mobility and development, IOM will:")
item("(a)", "help governments to lower the cost of sending remittances and to extend financial "
     "services to the families of migrants;", first=True)
item("(b)", "support the engagement of diasporas in the development of their countries of "
     "origin, in particular through:")
item("(i)", "the temporary return of qualified nationals; and", level=2)
item("(ii)", "programmes that match diaspora investment with local development priorities; "
     "and", level=2)
item("(c)", "assist countries of origin in integrating labour mobility into their national "
     "development and poverty reduction strategies.")
para("16", "These activities will be carried out in close coordination with the other members "
     "of the Global Migration Group and with the United Nations country teams concerned.")

heading("V", "IMPLEMENTATION AND RESOURCES")
para("17", "Most labour mobility activities are funded through projects, and the scale of IOM\u2019s "
     "work will continue to depend on the resources that Member States and other donors make "
     "available. In 2007, expenditure on labour migration projects amounted to USD 38.6 "
     "million, distributed by region as shown in the Annex. The Programme and Budget for 2009 "
     "(MC/2254) provides for a modest strengthening of the Labour Migration Division at "
     "Headquarters, funded from Discretionary Income.{^9}")
para("18", "The Administration will report on the implementation of this framework in the "
     "annual Report of the Director General on the Work of the Organization and will present "
     "a review to the Standing Committee on Programmes and Finance in 2010.")

heading("VI", "CONCLUSION")
para("19", "Labour mobility will remain a central concern for Member States and for the "
     "Organization. The framework set out above is intended to give IOM\u2019s work in this area "
     "a clear and consistent basis, while leaving room to respond to the particular needs of "
     "each country and region.")
para("20", "The Council is invited to take note of this paper and to provide guidance to the "
     "Administration on its further development.")

# --------------------------------------------------------------------------
# annex

state["annex"] = True
new_page(annex=True)
centred("IOM LABOUR MIGRATION PROJECTS BY REGION, 2007", "B")
plain("The table below shows the number of labour migration projects active in 2007, the "
      "number of countries in which they were carried out and the related expenditure, by "
      "region.")
state["y"] += 6.0
centred("(expenditure in millions of US dollars)", "I")
state["y"] += 1.5

cols = [L + 2.0, 100.0, 135.0, 183.0]   # region (left), three numeric columns (right edges)
heads = ["Region", "Projects", "Countries", "Expenditure"]
rows = [
    ("Africa", "21", "15", "6.4"),
    ("Americas", "18", "11", "7.9"),
    ("Asia and Oceania", "29", "17", "11.2"),
    ("Europe", "24", "19", "8.3"),
    ("Middle East", "7", "6", "2.1"),
    ("Global activities", "5", "\u2013", "2.7"),
    ("Total", "104", "68", "38.6"),
]
RH = 6.5


def table_row(cells, style=""):
    base = state["y"] + RH * 0.7
    pdf.set_font("S", style, BODY_PT)
    pdf.text(cols[0], base, cells[0])
    for c, xr in zip(cells[1:], cols[1:]):
        pdf.text(xr - pdf.get_string_width(c), base, c)
    state["y"] += RH


pdf.set_line_width(0.3)
pdf.line(L, state["y"], R, state["y"])
table_row(heads, "B")
pdf.line(L, state["y"], R, state["y"])
for r in rows:
    if r[0] == "Total":
        pdf.line(L, state["y"], R, state["y"])
        table_row(r, "B")
    else:
        table_row(r)
pdf.line(L, state["y"], R, state["y"])
state["y"] += 2.0
plain("Note: Projects covering more than one region are shown under \u201cGlobal activities\u201d.")

flush_footnotes()
pdf.output(OUT)
print("pages:", pdf.page_no())
