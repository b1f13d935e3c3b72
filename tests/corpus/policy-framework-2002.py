# Draws policy-framework-2002.pdf: an invented IOM Council policy paper of 2002 (MC/2081),
# laid out as an MC-series document of the period (cover page with trilingual footer, then
# body pages with a right-aligned running header, hanging paragraph numbers, footnotes at the
# page foot under a short rule).
import re
from fpdf import FPDF

SYMBOL = "MC/2081"
OUT = "policy-framework-2002.pdf"

LM, RM = 25.0, 185.0            # text block
TOP_BODY = 34.0
BOTTOM = 274.0
FONT = "Times"
FS = 11.5
LH = 5.2                        # body line height
FN_FS = 9.5
FN_LH = 4.2
PARA_GAP = 3.4
NUM_W = 10.0                    # hanging indent for paragraph numbers

# ---------------------------------------------------------------- footnotes
FOOTNOTES = {
    "1": ("An internal review of 41 technical cooperation projects completed between 1998 and "
          "2001, summarized in document MC/INF/251, found that projects combining legislative "
          "advice with training and equipment met their stated objectives more often than "
          "single-component projects. The review also observed that the absence of a common "
          "framework had led to uneven reporting to donors, to some duplication between regional "
          "offices and, in several cases, to assistance that was not sustained once external "
          "funding ended. The Executive Committee took note of the review at its Ninety-ninth "
          "Session in June 2002 (see document MC/EX/651, paragraphs 18 to 24)."),
    "2": ("Resolution No. 1052 (LXXXII) of 29 November 2001 on \u201cStrategic Orientation of the "
          "Organization\u201d, operative paragraph 3(b)."),
    "3": ("Experience in the Balkans and in West Africa suggests that at least one fifth of a "
          "project\u2019s budget should be set aside for the handover phase."),
}
# lines of footnote 1 that are printed on its anchor page; the rest runs on to the next page
FN_SPLIT = {"1": 3}

# ---------------------------------------------------------------- body content
# block kinds: title, h1, h2, para, item, bullet, quote, table
B = []
def title(*lines): B.append(("title", lines))
def h1(num, text): B.append(("h1", num, text))
def h2(num, text): B.append(("h2", num, text))
def para(num, text): B.append(("para", num, text))
def item(label, text, level=1, last=False): B.append(("item", label, text, level, last))
def bullet(text, last=False): B.append(("bullet", text, last))
def quote(text): B.append(("quote", text))
def table(caption, head, rows): B.append(("table", caption, head, rows))

title("IOM STRATEGIC FRAMEWORK FOR TECHNICAL", "COOPERATION ON MIGRATION MANAGEMENT")

h1("1.", "INTRODUCTION")
para("1.", "At its Eighty-second Session in November 2001, the Council asked the Administration "
     "to set out in a single document the principles and priorities that guide the "
     "Organization\u2019s technical cooperation with Member States in the field of migration "
     "management. This paper responds to that request. It draws on the informal consultations "
     "held with Member States during 2002, on the discussions of the Standing Committee on "
     "Programmes and Finance at its Twenty-sixth and Twenty-seventh Sessions, and on the "
     "experience gained in some 150 projects implemented since 1999.")
para("2.", "Technical cooperation is understood here as the range of activities through which "
     "IOM helps governments to develop the policies, legislation, administrative structures and "
     "operational capacity they need to manage migration in an orderly and humane manner. It "
     "includes policy advice, the training of officials, the provision of equipment and the "
     "secondment of experts. It does not cover the movement of migrants as such, which remains "
     "the subject of separate reporting to the governing bodies.")
para("3.", "The paper is in five parts. Section 2 describes the context in which requests for "
     "assistance now arise; Section 3 proposes the framework itself; Section 4 explains how the "
     "framework would be applied and reviewed; and Section 5 sets out the action requested of "
     "the Council.")

h1("2.", "CONTEXT")
h2("2.1", "Trends")
para("4.", "The number of people living outside their country of birth is now estimated at some "
     "175 million, roughly twice the figure recorded in the mid-1970s. Movements have also "
     "become more diverse. Temporary labour migration, the mobility of students and highly "
     "skilled workers, family reunification and irregular migration increasingly share the "
     "same routes, and a growing number of States are at one and the same time countries of "
     "origin, transit and destination.")
para("5.", "These changes place new demands on national administrations. Many governments, in "
     "particular those whose migration systems were designed for the conditions of an earlier "
     "period, lack the legal instruments, trained staff and reliable data they need in order to "
     "respond. The regional consultative processes, including the Regional Conference on "
     "Migration in Central and North America and the Manila Process in East and South-East "
     "Asia, have each identified the strengthening of national capacity as a shared priority "
     "of their participating States.")

h2("2.2", "Demand for technical cooperation")
para("6.", "Requests addressed to IOM for technical cooperation have grown steadily. As Table 1 "
     "shows, the number of projects under implementation rose from 38 in 1999 to 63 in 2001, "
     "while the funds committed to them increased from USD 21.4 million to USD 39.7 million. "
     "Europe, and in particular the countries of Central and Eastern Europe preparing for "
     "closer cooperation with the European Union, still accounts for the largest share, but "
     "growth has been fastest in Africa, where the number of projects almost trebled over the "
     "three years.")
table("Table 1: Technical cooperation projects under implementation, by region, 1999-2001",
      ["Region", "1999", "2000", "2001", "Funds 2001\n(USD million)"],
      [["Africa", "4", "7", "11", "5.2"],
       ["Americas", "9", "11", "13", "8.9"],
       ["Asia and Oceania", "6", "9", "12", "6.8"],
       ["Europe", "16", "19", "22", "15.1"],
       ["Middle East", "3", "3", "5", "3.7"],
       ["Total", "38", "49", "63", "39.7"]])
para("7.", "Requests fall into a small number of broad categories: the reform of migration "
     "legislation and policy; border management and travel document systems; the training of "
     "officials; the collection and analysis of migration data; and the return and "
     "reintegration of migrants who cannot, or do not wish to, remain in host countries. A "
     "growing share of requests now combines several of these elements, which calls for a "
     "more coherent approach than the project-by-project response of the past.[^1]")
para("8.", "The resources available for this work nevertheless remain largely earmarked. Almost "
     "all technical cooperation is financed by voluntary contributions tied to specific "
     "projects. The Administrative Part of the Budget provides for only a small core of staff "
     "at Headquarters to design projects, maintain quality standards and share experience "
     "between regions, and the field offices that carry out the work depend for their own "
     "support costs on the projects they manage.")

h2("2.3", "The mandate of the Organization and the contribution of other international "
          "organizations")
para("9.", "The Constitution entrusts the Organization with providing, at the request of and in "
     "agreement with the States concerned, advisory services on migration questions and a "
     "forum for the exchange of views and experience between States. The Council gave this "
     "function particular weight when, in 2001, it endorsed the strategic orientation of the "
     "Organization and asked that IOM:[^2]")
quote("\u201cassist States, at their request, in developing the policies, legislation and "
      "administrative capacity required for the orderly management of migration, in close "
      "cooperation with the other international organizations concerned and with full respect "
      "for the competence of each.\u201d")
para("10.", "Several other organizations are active in neighbouring fields: UNHCR with regard to "
     "the protection of refugees and asylum systems, the International Labour Organization "
     "with regard to labour standards, and UNDP and the regional development banks in the "
     "reform of public administration. The framework therefore places particular emphasis on "
     "cooperation agreements and joint programming, so that States receive complementary "
     "rather than competing offers of assistance.")

h1("3.", "THE FRAMEWORK")
h2("3.1", "Guiding principles")
para("11.", "IOM technical cooperation would be guided by the following principles:")
item("(a)", "Ownership: assistance is provided only at the request of the government "
     "concerned, and each project is designed with national counterparts, who set its "
     "priorities and share responsibility for its results;")
item("(b)", "Comprehensiveness: wherever possible, projects address policy, legislation, "
     "structures and skills together, rather than supplying training or equipment in "
     "isolation;")
item("(c)", "Sustainability: every project includes, from the outset, a plan for handing over "
     "its activities to national institutions once external funding has come to an "
     "end;[^3]")
item("(d)", "Respect for the rights of migrants: the strengthening of migration control goes "
     "hand in hand with training on the rights of migrants, in particular:")
item("(i)", "the right of persons in need of protection to have access to asylum procedures, "
     "in consultation with UNHCR; and", level=2)
item("(ii)", "the identification and protection of victims of trafficking in persons;",
     level=2)
item("(e)", "Partnership: IOM works with other international organizations, regional bodies "
     "and civil society, and avoids duplicating the assistance that they provide.", last=True)

h2("3.2", "Areas of action")
para("12.", "Within these principles, the Organization would concentrate its technical "
     "cooperation on six areas of action in which it has established expertise and in which "
     "Member States have most often sought its help:")
bullet("migration policy and legislation, including advice on the drafting of laws and "
       "regulations and on the ratification of relevant international instruments;")
bullet("border management, travel documents and the related information systems;")
bullet("the training of immigration, consular and police officials;")
bullet("migration data, research and analysis;")
bullet("the return and reintegration of migrants, including assisted voluntary return; and")
bullet("labour migration, in particular the arrangements through which countries of origin "
       "prepare and protect their nationals working abroad.", last=True)
para("13.", "Activities in these areas would continue to be designed at country level, but "
     "the Administration would develop common guidelines and training materials for each of "
     "them, drawing on the projects already completed, so that lessons learned in one region "
     "are systematically made available to the others.")

h2("3.3", "Partnerships and funding")
para("14.", "The Administration would seek to conclude or update cooperation agreements with "
     "the organizations mentioned in paragraph 10 and with the principal regional bodies. "
     "Where appropriate, projects would be designed and implemented jointly, with a clear "
     "division of tasks agreed beforehand with the government concerned.")
para("15.", "As technical cooperation will remain funded mainly from voluntary contributions, "
     "the Administration proposes to establish within the Migration Management Services "
     "Department a small unit responsible for project design, quality control and the "
     "exchange of experience. Its cost, estimated at USD 420,000 a year, is included under "
     "Discretionary Income in the Programme and Budget for 2003 (MC/2080). Donors are also "
     "encouraged to consider contributions that are not earmarked for a single project, so "
     "that assistance can be offered to States that cannot themselves meet its cost.")

h1("4.", "IMPLEMENTATION AND REVIEW")
para("16.", "The framework would apply to all new project proposals from 1 January 2003. The "
     "Administration would report on its implementation to the Standing Committee on "
     "Programmes and Finance each year, and would submit a full review of the framework to "
     "the Council in 2005, drawing on independent evaluations of a sample of the projects "
     "concerned.")

h1("5.", "ACTION REQUESTED OF THE COUNCIL")
para("17.", "The Council is invited to take note of the framework set out in this document "
     "and to provide such guidance as it deems appropriate on its further development and "
     "application.")


# ---------------------------------------------------------------- layout engine
MARK = re.compile(r"\[\^(\w+)\]")

class Doc(FPDF):
    pass

pdf = Doc(format="A4", unit="mm")
pdf.core_fonts_encoding = "windows-1252"
pdf.set_auto_page_break(False)
pdf.set_title("IOM Strategic Framework for Technical Cooperation on Migration Management")

def sw(s, style="", size=FS):
    pdf.set_font(FONT, style, size)
    return pdf.get_string_width(s)

def tokens(text):
    """split into words; each word -> (text, [markers])"""
    out = []
    for w in text.split():
        marks = MARK.findall(w)
        out.append((MARK.sub("", w), marks))
    return out

def word_w(tok, style, size):
    w = sw(tok[0], style, size)
    for m in tok[1]:
        w += sw(m, style, size * 0.6) + 0.2
    return w

def wrap(text, width, style="", size=FS, first_width=None):
    """greedy wrap; words with hyphens may break after a hyphen. returns list of token lists"""
    toks = tokens(text)
    lines, cur, curw = [], [], 0.0
    space = sw(" ", style, size)
    i = 0
    while i < len(toks):
        t = toks[i]
        avail = first_width if (first_width is not None and not lines) else width
        tw = word_w(t, style, size)
        add = tw if not cur else curw + space + tw
        if add <= avail:
            cur.append(t); curw = add; i += 1
            continue
        # try splitting a hyphenated word
        if "-" in t[0][:-1]:
            parts = t[0].split("-")
            done = False
            for k in range(len(parts) - 1, 0, -1):
                head = "-".join(parts[:k]) + "-"
                hw = sw(head, style, size)
                if (curw + space + hw if cur else hw) <= avail:
                    cur.append((head, []))
                    lines.append(cur)
                    cur, curw = [], 0.0
                    toks[i] = ("-".join(parts[k:]), t[1])
                    done = True
                    break
            if done:
                continue
        lines.append(cur); cur, curw = [], 0.0
    if cur:
        lines.append(cur)
    return lines

def draw_line(toks, x, y, width, style="", size=FS, justify=False):
    """draw one line with baseline y"""
    space = sw(" ", style, size)
    natural = sum(word_w(t, style, size) for t in toks) + space * (len(toks) - 1)
    gap = space
    if justify and len(toks) > 1:
        # cap the stretch so that wide gaps do not split lines in text extraction
        gap = min(space + (width - natural) / (len(toks) - 1), space + 0.75)
    cx = x
    for t in toks:
        pdf.set_font(FONT, style, size)
        pdf.text(cx, y, t[0])
        cx += sw(t[0], style, size)
        for m in t[1]:
            pdf.set_font(FONT, style, size * 0.6)
            pdf.text(cx + 0.2, y - size * 0.14, m)
            cx += sw(m, style, size * 0.6) + 0.2
        cx += gap

# ---- footnote text pre-wrapped
FN_INDENT = 4.0
def fn_lines(key):
    return wrap(FOOTNOTES[key], RM - LM - FN_INDENT, "", FN_FS)

class Page:
    pass

state = {"y": 0.0, "fn": [], "carry": [], "bodypage": 0}
# fn: list of (marker or None, lines) placed on the current page

def fn_height(entries):
    if not entries:
        return 0.0
    n = sum(len(l) for _, l in entries)
    return 5.0 + n * FN_LH + 0.8 * (len(entries) - 1)

def bottom_limit(extra=()):
    return BOTTOM - fn_height(state["fn"] + list(extra))

def flush_footnotes():
    entries = state["fn"]
    if not entries:
        return
    h = fn_height(entries)
    y0 = BOTTOM - h + 4.0
    pdf.set_line_width(0.2)
    pdf.line(LM, BOTTOM - h + 1.0, LM + 45, BOTTOM - h + 1.0)
    y = y0 + FN_LH - 1.0
    for marker, lines in entries:
        if marker:
            pdf.set_font(FONT, "", FN_FS * 0.65)
            pdf.text(LM, y - 1.3, marker)
        for j, ln in enumerate(lines):
            last = (j == len(lines) - 1)
            draw_line(ln, LM + FN_INDENT, y, RM - LM - FN_INDENT, "", FN_FS, justify=not last)
            y += FN_LH
        y += 0.8

def new_page(header=True):
    if state["bodypage"] > 0:
        flush_footnotes()
    pdf.add_page()
    state["bodypage"] += 1
    state["fn"] = []
    if state["carry"]:
        state["fn"].extend(state["carry"])
        state["carry"] = []
    pdf.set_font(FONT, "", FS)
    for k, s in enumerate([SYMBOL, "Page %d" % state["bodypage"]]):
        pdf.text(RM - sw(s), 15 + k * 5, s)
    state["y"] = TOP_BODY

def place_lines(lines, x_first, x_rest, w_first, w_rest, style="", size=FS, lh=LH,
                justify_last=False, label=None, label_x=None, ragged=False):
    """flow lines onto pages. footnote markers reserve space on the page of their line."""
    for j, ln in enumerate(lines):
        marks = [m for t in ln for m in t[1]]
        extra = []
        for m in marks:
            fl = fn_lines(m)
            if m in FN_SPLIT:
                extra.append((m, fl[:FN_SPLIT[m]]))
            else:
                extra.append((m, fl))
        if state["y"] + lh > bottom_limit(extra):
            new_page()
        for m in marks:
            fl = fn_lines(m)
            if m in FN_SPLIT:
                state["fn"].append((m, fl[:FN_SPLIT[m]]))
                state["carry"].append((None, fl[FN_SPLIT[m]:]))
            else:
                state["fn"].append((m, fl))
        base = state["y"] + lh * 0.75
        if j == 0 and label is not None:
            pdf.set_font(FONT, style, size)
            pdf.text(label_x, base, label)
        last = (j == len(lines) - 1)
        x = x_first if j == 0 else x_rest
        w = w_first if j == 0 else w_rest
        draw_line(ln, x, base, w, style, size, justify=(not ragged) and ((not last) or justify_last))
        state["y"] += lh

def need(h):
    if state["y"] + h > bottom_limit():
        new_page()

# ---------------------------------------------------------------- cover page
pdf.add_page()
pdf.set_font(FONT, "B", FS)
for k, s in enumerate([SYMBOL]):
    pdf.text(RM - sw(s, "B"), 22, s)
pdf.set_font(FONT, "", FS)
for k, s in enumerate(["Original: English", "28 October 2002"]):
    pdf.text(RM - sw(s), 28 + k * 5.5, s)
pdf.set_font(FONT, "B", FS)
s = "EIGHTY-FOURTH SESSION"
pdf.text(LM, 58, s)
pdf.set_line_width(0.5)
pdf.line(LM, 62, RM, 62)
pdf.set_font(FONT, "B", 13)
for k, s in enumerate(["IOM STRATEGIC FRAMEWORK FOR TECHNICAL",
                       "COOPERATION ON MIGRATION MANAGEMENT"]):
    pdf.text((LM + RM) / 2 - sw(s, "B", 13) / 2, 118 + k * 12, s)
pdf.set_line_width(0.3)
pdf.line(LM, 262, RM, 262)
pdf.set_font(FONT, "B", 12)
for s, cx in (("COUNCIL", 45), ("CONSEIL", 105), ("CONSEJO", 165)):
    pdf.text(cx - sw(s, "B", 12) / 2, 270, s)

# ---------------------------------------------------------------- body
new_page()
TW = RM - LM
prev = None
for blk in B:
    kind = blk[0]
    if kind == "title":
        for s in blk[1]:
            pdf.set_font(FONT, "B", FS)
            pdf.text((LM + RM) / 2 - sw(s, "B") / 2, state["y"] + 4, s)
            state["y"] += 6
        state["y"] += 8
    elif kind == "h1":
        state["y"] += 2
        need(LH * 4)
        pdf.set_font(FONT, "B", FS)
        pdf.text(LM, state["y"] + 4, blk[1])
        pdf.text(LM + NUM_W, state["y"] + 4, blk[2])
        state["y"] += LH + 3
    elif kind == "h2":
        lines = wrap(blk[2], 100, "BI")
        need(LH * (len(lines) + 3))
        place_lines(lines, LM + NUM_W, LM + NUM_W, 100, 100, "BI", label=blk[1], label_x=LM,
                    ragged=True)
        # keep the wrapped heading ragged
        state["y"] += 3
    elif kind == "para":
        lines = wrap(blk[2], TW - NUM_W)
        need(LH * 2)
        place_lines(lines, LM + NUM_W, LM + NUM_W, TW - NUM_W, TW - NUM_W, label=blk[1],
                    label_x=LM)
        state["y"] += PARA_GAP
    elif kind == "item":
        _, label, text, level, last = blk
        lx = LM + NUM_W * level
        tx = lx + NUM_W
        lines = wrap(text, RM - tx)
        place_lines(lines, tx, tx, RM - tx, RM - tx, label=label, label_x=lx)
        state["y"] += PARA_GAP * (1.0 if last else 0.6)
    elif kind == "bullet":
        _, text, last = blk
        lx = LM + NUM_W + 1.5
        tx = lx + 6
        lines = wrap(text, RM - tx)
        place_lines(lines, tx, tx, RM - tx, RM - tx, label="\u2022", label_x=lx)
        state["y"] += PARA_GAP * (1.0 if last else 0.4)
    elif kind == "quote":
        qx, qw = LM + NUM_W + 8, TW - NUM_W - 16
        lines = wrap(blk[1], qw, "I")
        place_lines(lines, qx, qx, qw, qw, style="I")
        state["y"] += PARA_GAP
    elif kind == "table":
        _, caption, head, rows = blk
        colx = [LM + NUM_W, 85, 107, 129, 151]
        colr = [None, 100, 122, 144, 178]      # right edges for numeric columns
        h = LH * (len(rows) + 5) + 8
        need(h)
        pdf.set_font(FONT, "B", FS - 1)
        pdf.text(LM + NUM_W, state["y"] + 4, caption)
        state["y"] += LH + 2
        pdf.set_line_width(0.3)
        pdf.line(LM + NUM_W, state["y"], RM - 5, state["y"])
        state["y"] += 1
        hl = max(len(c.split("\n")) for c in head)
        for ci, c in enumerate(head):
            parts = c.split("\n")
            for k, ptxt in enumerate(parts):
                yb = state["y"] + 4 + (hl - len(parts) + k) * 4.6
                pdf.set_font(FONT, "B", FS - 1)
                if ci == 0:
                    pdf.text(colx[0], yb, ptxt)
                else:
                    pdf.text(colr[ci] - sw(ptxt, "B", FS - 1), yb, ptxt)
        state["y"] += hl * 4.6 + 1.5
        pdf.set_line_width(0.2)
        pdf.line(LM + NUM_W, state["y"], RM - 5, state["y"])
        state["y"] += 0.5
        for r in rows:
            style = "B" if r[0] == "Total" else ""
            if r[0] == "Total":
                pdf.line(LM + NUM_W, state["y"] + 0.5, RM - 5, state["y"] + 0.5)
                state["y"] += 1
            yb = state["y"] + 4
            pdf.set_font(FONT, style, FS - 1)
            pdf.text(colx[0], yb, r[0])
            for ci in range(1, len(r)):
                pdf.text(colr[ci] - sw(r[ci], style, FS - 1), yb, r[ci])
            state["y"] += 5.0
        pdf.set_line_width(0.3)
        pdf.line(LM + NUM_W, state["y"] + 1, RM - 5, state["y"] + 1)
        state["y"] += 1 + PARA_GAP + 2

flush_footnotes()
pdf.output(OUT)
print("pages:", pdf.page_no())
