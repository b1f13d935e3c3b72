"""Draws policy-framework-2009c.pdf: an IOM Council policy paper of 2009 (MC/INF/299),
laid out the way a word processor of that time would print it.  Library: fpdf2."""
import os
import re

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "policy-framework-2009c.pdf")

SYMBOL = "MC/INF/299"
PAGE_W, PAGE_H = 210.0, 297.0
LM, RM = 25.0, 25.0
TEXT_W = PAGE_W - LM - RM
TOP = 32.0            # first body baseline area on pages with a running header
BOTTOM = 297.0 - 24.0  # lowest point of the footnote area / body
TAB = 12.7            # half-inch tab used after paragraph numbers

BODY_PT = 11.5
LEAD = 5.0            # mm between baselines of body text
PARA_GAP = 3.6        # mm between paragraphs
FN_PT = 9.0
FN_LEAD = 3.9
PT = 0.3528           # mm per point


# --------------------------------------------------------------------------------------------
# content
# --------------------------------------------------------------------------------------------
TITLE_LINES = ["IOM POLICY FRAMEWORK ON SUSTAINABLE", "RETURN AND REINTEGRATION"]
SUBTITLE = "(Policy paper submitted by the Administration)"

FOOTNOTES = {
    1: "Provisional figure drawn from the Organization\u2019s project information system as at "
       "31 March 2009. Returns assisted under emergency evacuation operations are not included.",
    2: "See document MC/INF/287 and Resolution No. 1150 of 7 June 2007, through which the "
       "Council endorsed the Strategy.",
    3: "Estimate compiled from data supplied by 27 destination countries; spontaneous returns "
       "and returns within the European Union are not included.",
    4: "An external review of reintegration assistance in Afghanistan, Georgia and Nigeria, "
       "completed in 2008, found that returnees with an individual plan were twice as likely to "
       "be running a business or in paid work one year after arrival.",
    5: "The principles also draw on the exchanges held at the International Dialogue on "
       "Migration workshop on return migration, Geneva, 25\u201326 March 2009.",
    6: "Screening tools first developed for the Organization\u2019s counter-trafficking "
       "programmes have been used in 14 return projects since 2007.",
    7: "Figure taken from the Financial Report for the year ended 31 December 2008 (MC/2276); "
       "it excludes support costs met from the administrative part of the budget.",
}

# Block types: ("title", lines) ("heading", num, text) ("sub", num, text) ("text", rich)
# ("para", num, rich) ("bullet", rich) ("item", label, rich) ("table",) ("caption", text)
BODY = [
    ("runtitle", "IOM POLICY FRAMEWORK ON SUSTAINABLE RETURN AND REINTEGRATION"),
    ("heading", None, "EXECUTIVE SUMMARY"),
    ("text", "Return has become one of the most politically sensitive strands of migration "
             "management, and one in which the Organization has long operational experience. In "
             "the course of 2008[^1] IOM helped 38,620 migrants to go back to their countries of "
             "origin through 174 projects carried out with host and origin governments, most of "
             "which offered some form of support after arrival."),
    ("text", "This paper sets out a policy framework intended to give greater coherence to that "
             "work. It restates the principles on which IOM\u2019s return assistance rests, follows "
             "a return from counselling in the host country to follow-up in the community of "
             "origin, and identifies the partnerships and resources needed if reintegration is "
             "to last."),
    ("text", "The Administration proposes that the framework guide the design of all new "
             "projects from 2010 onwards, and that the Standing Committee on Programmes and "
             "Finance receive a first progress report in the second half of 2010. Member States "
             "are invited to comment on the approach outlined below."),

    ("heading", "1.", "INTRODUCTION"),
    ("para", "1.", "At its Ninety-sixth Session in December 2008, the Council asked the "
                   "Administration to review the way in which the Organization assists migrants "
                   "who go back to their countries of origin, whether they do so at the end of a "
                   "period of work abroad, after an unsuccessful asylum claim, or as victims of "
                   "trafficking in need of protection. This paper is the response to that request."),
    ("para", "2.", "Return and reintegration is one of the twelve activities listed in the IOM "
                   "Strategy endorsed by the Council in 2007,[^2] which commits the Organization "
                   "to support the safe, humane and orderly return of migrants and to promote "
                   "their sustainable reintegration. The framework does not alter that mandate; "
                   "it seeks to clarify how the mandate is to be carried out in practice."),
    ("para", "3.", "Following this introduction, Part 2 reviews recent trends and the lessons "
                   "drawn from IOM programmes; Part 3 sets out the guiding principles; Part 4 "
                   "describes the operational framework; and Part 5 deals with resources and "
                   "next steps. A list of related documents is annexed."),

    ("heading", "2.", "RETURN MIGRATION IN CONTEXT"),
    ("sub", "2.1", "Recent trends"),
    ("para", "4.", "Return flows have grown in scale and complexity over the past decade. "
                   "Governments of the main destination countries reported some 310,000[^3] "
                   "returns of third-country nationals in 2008, a growing share of which took "
                   "place with some form of assistance. The economic downturn that began in the "
                   "last quarter of 2008 has in addition led a number of migrant workers to "
                   "consider going home earlier than planned, and several governments have "
                   "approached IOM about schemes for migrants who have lost their jobs."),
    ("para", "5.", "Three developments stand out:"),
    ("bullet", "the diversification of caseloads, which now include rejected asylum-seekers, "
               "irregular migrants stranded in transit countries, labour migrants left without "
               "work and victims of trafficking;"),
    ("bullet", "the growing interest of countries of origin in the skills and savings that "
               "returnees bring with them, and in the place of return in national development "
               "plans; and"),
    ("bullet", "the emergence of transit countries, notably in North Africa, Central America and "
               "South-East Asia, as significant points of departure for assisted returns."),
    ("sub", "2.2", "Lessons from IOM programmes"),
    ("para", "6.", "Evaluations carried out between 2006 and 2009 broadly confirm that the "
                   "assistance provided before departure works well, but that results after "
                   "arrival are uneven. Where returnees received only a cash allowance, few were "
                   "still engaged in an income-generating activity twelve months later; where "
                   "support was tailored to the individual and linked to local services, the "
                   "proportion was considerably higher."),
    ("para", "7.", "The evaluations point to five conditions for successful reintegration:"),
    ("item", "(a)", "an informed and voluntary decision to return, based on accurate information "
                    "about conditions in the country of origin;"),
    ("item", "(b)", "early contact between the returnee and the IOM office or partner "
                    "organization in the place of return;"),
    ("item", "(c)", "individual reintegration plans that match the returnee\u2019s skills with "
                    "opportunities in the local labour market;[^4]"),
    ("item", "(d)", "the involvement of local authorities and communities, so that returnees are "
                    "not seen as privileged over their neighbours; and"),
    ("item", "(e)", "monitoring for at least six months after arrival, with the possibility of "
                    "adjusting assistance where necessary."),

    ("heading", "3.", "GUIDING PRINCIPLES"),
    ("para", "8.", "IOM\u2019s return and reintegration activities will be guided by the four "
                   "principles below, which apply whatever the category of migrant concerned or "
                   "the source of funding:[^5]"),
    ("principle", "1.", "<b>Voluntariness.</b> IOM assists only those who have freely and "
                        "knowingly chosen to return, and it takes no part in forced removals."),
    ("principle", "2.", "<b>Dignity and safety.</b> Return takes place in conditions that respect "
                        "the rights and dignity of the migrant, with particular care for "
                        "children, older persons and victims of trafficking."),
    ("principle", "3.", "<b>Sustainability.</b> Assistance looks beyond the journey itself and "
                        "aims to give returnees a realistic chance of rebuilding their lives in "
                        "the country of origin."),
    ("principle", "4.", "<b>Shared responsibility.</b> Countries of destination, transit and "
                        "origin, returnees and their communities all have a part to play, and "
                        "programmes are designed together with them."),
    ("para", "9.", "None of these principles is new, but they have not until now been stated "
                   "together in one place. Adopting them explicitly will help IOM offices to "
                   "respond consistently when they are asked to join programmes whose design "
                   "falls short of them, and will give donors a common point of reference."),

    ("heading", "4.", "OPERATIONAL FRAMEWORK"),
    ("sub", "4.1", "Before departure"),
    ("para", "10.", "A return begins with counselling. IOM staff or trained partners explain the "
                    "options available, including any possibility of remaining legally in the "
                    "host country, and help the migrant to weigh the situation at home. "
                    "Counselling is followed by the preparation of travel documents, medical "
                    "checks where required and the organization of transport."),
    ("para", "11.", "To strengthen this phase, the Administration intends to:"),
    ("bullet", "issue revised counselling guidelines to all field offices by mid-2010;"),
    ("bullet", "extend pre-departure screening for vulnerabilities, including indicators of "
               "trafficking,[^6] to every return programme;"),
    ("bullet", "make information on countries of origin available to migrants in their own "
               "languages; and"),
    ("bullet", "improve coordination with the authorities of transit and destination countries "
               "on travel documentation."),
    ("sub", "4.2", "After arrival"),
    ("para", "12.", "Reintegration support may include reception on arrival, temporary "
                    "accommodation, medical care, vocational training, help in setting up a "
                    "small business and referral to local services. In 2008 the Organization "
                    "spent USD 61.4 million[^7] on return and reintegration projects; Table 1 "
                    "shows how projects, returnees and expenditure were distributed by region "
                    "of return."),
    ("caption", "Table 1: Return and reintegration projects by region of return, 2008"),
    ("table",),
    ("para", "13.", "Just over two fifths of the returnees assisted in 2008 received "
                    "reintegration support, a proportion the Administration aims to raise to one "
                    "half by 2011. The share was highest in the Middle East and in Asia and "
                    "Oceania, where most programmes now include individual business plans, and "
                    "lowest in Europe, where many returns follow short stays abroad."),
    ("sub", "4.3", "Partnerships"),
    ("para", "14.", "No single organization can secure the reintegration of returnees on its own. "
                    "IOM will continue to work with the Office of the United Nations High "
                    "Commissioner for Refugees on the return of refugees and rejected "
                    "asylum-seekers, with the International Labour Organization on employment "
                    "and skills, and with non-governmental organizations that provide services in "
                    "communities of return. Partnerships with microfinance institutions and "
                    "chambers of commerce will be explored in at least five countries of origin "
                    "in 2010."),

    ("heading", "5.", "RESOURCES AND THE WAY FORWARD"),
    ("para", "15.", "Nearly all return and reintegration activities are financed through projects "
                    "funded by individual donors, and funding rarely runs for more than twelve "
                    "months. This makes it difficult to provide the longer follow-up that the "
                    "evaluations recommend. The Administration will seek multi-year arrangements "
                    "with interested Member States and will propose that a modest share of each "
                    "project budget be set aside for monitoring."),
    ("para", "16.", "Within existing resources, the Administration will also set up a small "
                    "policy and research capacity at Headquarters to collect data on outcomes, "
                    "maintain the counselling guidelines and help field offices to apply the "
                    "principles set out in Part 3. The related costs are reflected in the "
                    "Programme and Budget for 2010 (MC/2280)."),
    ("para", "17.", "The Council is invited to take note of this policy framework and to give "
                    "guidance on its further development. The Administration will report on its "
                    "implementation to the Standing Committee on Programmes and Finance in 2010."),
]

ANNEX = [
    ("annexlabel", "Annex"),
    ("annextitle", "RELATED DOCUMENTS AND RESOLUTIONS"),
    ("text", "The following documents provide further background to the issues discussed in "
             "this paper:"),
    ("bullet", "IOM Strategy (MC/INF/287);"),
    ("bullet", "Resolution No. 1150 of 7 June 2007 on the IOM Strategy;"),
    ("bullet", "Managing Return Migration (MC/INF/284);"),
    ("bullet", "Financial Report for the year ended 31 December 2008 (MC/2276); and"),
    ("bullet", "Programme and Budget for 2010 (MC/2280)."),
]

TABLE_HEAD = [("Region", ""), ("Projects", ""), ("Returnees", "assisted"),
              ("With reintegration", "support"), ("Expenditure", "(USD '000)")]
TABLE_W = [50.0, 20.0, 28.0, 34.0, 28.0]
TABLE_ROWS = [
    ("Africa", 46, 9815, 4210, 14820),
    ("Asia and Oceania", 38, 11264, 5032, 17635),
    ("Europe", 52, 12087, 3946, 15240),
    ("Latin America and the Caribbean", 21, 3118, 1275, 5310),
    ("Middle East", 17, 2336, 1187, 8395),
]


# --------------------------------------------------------------------------------------------
# a small line-layout engine (words, justification, raised footnote markers)
# --------------------------------------------------------------------------------------------
class Doc(FPDF):
    pass


pdf = Doc(orientation="P", unit="mm", format="A4")
pdf.core_fonts_encoding = "windows-1252"
pdf.set_auto_page_break(False)
pdf.set_margins(LM, 20, RM)
pdf.set_title("IOM Policy Framework on Sustainable Return and Reintegration")
pdf.set_author("International Organization for Migration")
pdf.set_creator("Microsoft Office Word 2007")


def parse_rich(s, base=""):
    """Return a list of words; each word is a list of pieces (text, style, fn) where fn is a
    footnote number for a raised marker, else None."""
    tokens = re.split(r"(<b>|</b>|<i>|</i>|\[\^\d+\])", s)
    bold = "B" in base
    ital = "I" in base
    words, cur = [], []
    for tok in tokens:
        if tok == "<b>":
            bold = True
        elif tok == "</b>":
            bold = "B" in base
        elif tok == "<i>":
            ital = True
        elif tok == "</i>":
            ital = "I" in base
        elif tok.startswith("[^"):
            cur.append((tok[2:-1], "", int(tok[2:-1])))
        else:
            style = ("B" if bold else "") + ("I" if ital else "")
            parts = re.split(r"(\s+)", tok)
            for part in parts:
                if not part:
                    continue
                if part.isspace():
                    if cur:
                        words.append(cur)
                        cur = []
                else:
                    cur.append((part, style, None))
    if cur:
        words.append(cur)
    return words


def piece_w(piece, size):
    text, style, fn = piece
    if fn is not None:
        pdf.set_font("Times", "", size * 0.62)
    else:
        pdf.set_font("Times", style, size)
    return pdf.get_string_width(text)


def word_w(word, size):
    return sum(piece_w(p, size) for p in word)


def space_w(size):
    pdf.set_font("Times", "", size)
    return pdf.get_string_width(" ")


def wrap(words, first_w, other_w, size):
    lines, cur, cur_w = [], [], 0.0
    sp = space_w(size)
    avail = first_w
    for w in words:
        ww = word_w(w, size)
        need = ww if not cur else cur_w + sp + ww
        if cur and need > avail + 0.01:
            lines.append(cur)
            cur, cur_w = [w], ww
            avail = other_w
        else:
            cur.append(w)
            cur_w = need
    if cur:
        lines.append(cur)
    return lines


def draw_line(words, x, baseline, width, size, justify):
    sp = space_w(size)
    total = sum(word_w(w, size) for w in words)
    gap = sp
    if justify and len(words) > 1:
        gap = (width - total) / (len(words) - 1)
    cx = x
    for w in words:
        for piece in w:
            text, style, fn = piece
            if fn is not None:
                pdf.set_font("Times", "", size * 0.62)
                pdf.text(cx, baseline - size * 0.36 * PT, text)
            else:
                pdf.set_font("Times", style, size)
                pdf.text(cx, baseline, text)
            cx += piece_w(piece, size)
        cx += gap


def line_fns(words):
    return [p[2] for w in words for p in w if p[2] is not None]


# footnote heights
FN_LINES = {}
for n, t in FOOTNOTES.items():
    words = [[(str(n), "", n)]] + parse_rich(t)
    # marker and first word separated by a space, as Word prints it
    FN_LINES[n] = wrap(words, TEXT_W, TEXT_W, FN_PT)


def fn_height(n):
    return len(FN_LINES[n]) * FN_LEAD + 0.8


class Page:
    def __init__(self):
        self.fns = []
        self.y = TOP  # top of the next line box
        self.number = 0


state = {"page": None, "label": None, "pageno": 0}


def fn_area(fns):
    if not fns:
        return 0.0
    return 6.0 + sum(fn_height(n) for n in fns)


def flush_footnotes(pg):
    if not pg.fns:
        return
    h = fn_area(pg.fns)
    y0 = BOTTOM - h
    pdf.set_line_width(0.2)
    pdf.line(LM, y0 + 2.0, LM + 50.8, y0 + 2.0)
    y = y0 + 6.0
    for n in pg.fns:
        for i, words in enumerate(FN_LINES[n]):
            last = i == len(FN_LINES[n]) - 1
            draw_line(words, LM, y + 3.0, TEXT_W, FN_PT, justify=not last)
            y += FN_LEAD
        y += 0.8


def new_page(annex=None):
    if state["page"] is not None:
        flush_footnotes(state["page"])
    pdf.add_page()
    state["pageno"] += 1
    pg = Page()
    state["page"] = pg
    # running header: symbol, optional annex label, page label, right-aligned
    pdf.set_font("Times", "", 11)
    lines = [SYMBOL]
    if annex:
        lines.append(annex)
    lines.append("Page %d" % state["pageno"])
    y = 14.0
    for ln in lines:
        pdf.text(PAGE_W - RM - pdf.get_string_width(ln), y, ln)
        y += 4.6
    pg.y = max(TOP, y + 6.0)
    return pg


def fits(pg, height, new_fns=()):
    return pg.y + height <= BOTTOM - fn_area(pg.fns + list(new_fns)) + 0.01


def place_lines(lines, xs, widths, size=BODY_PT, lead=LEAD, justify=True, prefix=None,
                keep=1):
    """Place wrapped lines.  xs/widths: for first line and the rest.  prefix: (label, x, style)
    drawn on the first line's baseline.  keep: lines that must stay together at the start."""
    pg = state["page"]
    first_fns = []
    for ln in lines[:keep]:
        first_fns += line_fns(ln)
    if not fits(pg, lead * min(keep, len(lines)), first_fns):
        pg = new_page(state["label"])
    for i, ln in enumerate(lines):
        fns = line_fns(ln)
        if not fits(pg, lead, fns):
            pg = new_page(state["label"])
        pg.fns += fns
        baseline = pg.y + lead * 0.78
        x = xs[0] if i == 0 else xs[1]
        w = widths[0] if i == 0 else widths[1]
        if i == 0 and prefix:
            label, lx, lstyle = prefix
            pdf.set_font("Times", lstyle, size)
            pdf.text(lx, baseline, label)
        last = i == len(lines) - 1
        draw_line(ln, x, baseline, w, size, justify and not last)
        pg.y += lead


def gap(h):
    state["page"].y += h


def block_height_hint(block):
    """Rough height of the first part of the next block, for keep-with-next."""
    return LEAD * 3


def draw_table():
    pg = state["page"]
    row_h = 6.0
    height = row_h * (2 + len(TABLE_ROWS) + 1) + 2
    if not fits(pg, height):
        pg = new_page(state["label"])
    x0 = LM
    y = pg.y
    pdf.set_line_width(0.25)
    pdf.set_font("Times", "B", 10)
    for line_no, border in ((0, "LTR"), (1, "LRB")):
        x = x0
        for (h1, h2), w in zip(TABLE_HEAD, TABLE_W):
            pdf.set_xy(x, y)
            text = h1 if line_no == 0 else h2
            align = "L" if w == TABLE_W[0] else "C"
            pdf.cell(w, row_h, text, border=border, align=align)
            x += w
        y += row_h
    totals = [0, 0, 0, 0]
    rows = list(TABLE_ROWS)
    for r in rows:
        for k in range(4):
            totals[k] += r[k + 1]
    for r in rows + [("Total",) + tuple(totals)]:
        is_total = r[0] == "Total"
        pdf.set_font("Times", "B" if is_total else "", 10)
        x = x0
        for k, w in enumerate(TABLE_W):
            pdf.set_xy(x, y)
            if k == 0:
                pdf.cell(w, row_h, r[0], border=1, align="L")
            else:
                pdf.cell(w, row_h, "{:,}".format(r[k]), border=1, align="R")
            x += w
        y += row_h
    pg.y = y
    return totals


def run_blocks(blocks):
    i = 0
    while i < len(blocks):
        b = blocks[i]
        kind = b[0]
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        pg = state["page"]
        if kind == "runtitle":
            words = parse_rich(b[1], "B")
            lines = wrap(words, TEXT_W - 20, TEXT_W - 20, BODY_PT)
            for ln in lines:
                w = sum(word_w(x, BODY_PT) for x in ln) + space_w(BODY_PT) * (len(ln) - 1)
                place_lines([ln], (LM + (TEXT_W - w) / 2, 0), (TEXT_W, TEXT_W), justify=False)
            gap(PARA_GAP + 2)
        elif kind in ("heading", "sub"):
            # keep with next: heading + two lines of the following block
            need = LEAD * 3 + PARA_GAP
            if not fits(pg, need):
                pg = new_page(state["label"])
            style = "B"
            words = parse_rich(b[2], style)
            if b[1]:
                place_lines([words], (LM + TAB, 0), (TEXT_W - TAB, 0), justify=False,
                            prefix=(b[1], LM, style))
            else:
                place_lines([words], (LM, 0), (TEXT_W, 0), justify=False)
            gap(PARA_GAP)
        elif kind == "text":
            lines = wrap(parse_rich(b[1]), TEXT_W, TEXT_W, BODY_PT)
            place_lines(lines, (LM, LM), (TEXT_W, TEXT_W), keep=2)
            gap(PARA_GAP)
        elif kind == "para":
            lines = wrap(parse_rich(b[2]), TEXT_W - TAB, TEXT_W, BODY_PT)
            place_lines(lines, (LM + TAB, LM), (TEXT_W - TAB, TEXT_W), prefix=(b[1], LM, ""),
                        keep=2)
            gap(PARA_GAP)
        elif kind == "bullet":
            ind = LM + TAB + 6.3
            lines = wrap(parse_rich(b[1]), PAGE_W - RM - ind, PAGE_W - RM - ind, BODY_PT)
            # bullet glyph from the Symbol font, as Word inserts it
            pg = state["page"]
            first_fns = line_fns(lines[0])
            if not fits(pg, LEAD, first_fns):
                pg = new_page(state["label"])
            pdf.set_font("Symbol", "", BODY_PT)
            pdf.text(LM + TAB, pg.y + LEAD * 0.78, "\u00b7")
            place_lines(lines, (ind, ind), (PAGE_W - RM - ind,) * 2)
            gap(PARA_GAP * 0.6)
            if nxt is None or nxt[0] != "bullet":
                gap(PARA_GAP * 0.4)
        elif kind in ("item", "principle"):
            ind = LM + TAB + 10.0
            lines = wrap(parse_rich(b[2]), PAGE_W - RM - ind, PAGE_W - RM - ind, BODY_PT)
            place_lines(lines, (ind, ind), (PAGE_W - RM - ind,) * 2,
                        prefix=(b[1], LM + TAB, ""))
            gap(PARA_GAP * 0.6)
            if nxt is None or nxt[0] != kind:
                gap(PARA_GAP * 0.4)
        elif kind == "caption":
            need = LEAD + 6.0 * (3 + len(TABLE_ROWS)) + 2
            if not fits(pg, need):
                pg = new_page(state["label"])
            words = parse_rich(b[1], "B")
            place_lines([words], (LM, 0), (TEXT_W, 0), justify=False)
            gap(1.5)
        elif kind == "table":
            draw_table()
            gap(PARA_GAP + 1.5)
        elif kind == "annexlabel":
            words = parse_rich(b[1], "B")
            w = word_w(words[0], BODY_PT)
            place_lines([words], (LM + (TEXT_W - w) / 2, 0), (TEXT_W, 0), justify=False)
            gap(PARA_GAP)
        elif kind == "annextitle":
            words = parse_rich(b[1], "B")
            w = sum(word_w(x, BODY_PT) for x in words) + space_w(BODY_PT) * (len(words) - 1)
            place_lines([words], (LM + (TEXT_W - w) / 2, 0), (TEXT_W, 0), justify=False)
            gap(PARA_GAP + 3)
        else:
            raise ValueError(kind)
        i += 1


# --------------------------------------------------------------------------------------------
# cover page (no running header)
# --------------------------------------------------------------------------------------------
def cover():
    pdf.add_page()
    right = PAGE_W - RM
    pdf.set_font("Times", "B", 12)
    pdf.text(right - pdf.get_string_width(SYMBOL), 22, SYMBOL)
    pdf.set_font("Times", "", 11.5)
    for y, t in ((28, "Original: English"), (33, "22 October 2009")):
        pdf.text(right - pdf.get_string_width(t), y, t)
    pdf.set_font("Times", "B", 11.5)
    pdf.text(LM, 52, "NINETY-EIGHTH SESSION")
    pdf.set_line_width(0.5)
    pdf.line(LM, 55, right, 55)
    pdf.set_font("Times", "B", 12.5)
    y = 122
    for t in TITLE_LINES:
        pdf.text(LM + (TEXT_W - pdf.get_string_width(t)) / 2, y, t)
        y += 6.2
    pdf.set_font("Times", "", 11.5)
    y += 5
    pdf.text(LM + (TEXT_W - pdf.get_string_width(SUBTITLE)) / 2, y, SUBTITLE)
    # trilingual cover footer
    pdf.set_line_width(0.5)
    pdf.line(LM, 268, right, 268)
    pdf.set_font("Times", "B", 12)
    pdf.text(LM, 275, "COUNCIL")
    w = pdf.get_string_width("CONSEIL")
    pdf.text(LM + (TEXT_W - w) / 2, 275, "CONSEIL")
    pdf.text(right - pdf.get_string_width("CONSEJO"), 275, "CONSEJO")


cover()
state["page"] = None
state["label"] = None
new_page()
run_blocks(BODY)
# annex on a fresh page with its own page numbering
state["label"] = "Annex"
state["pageno"] = 0
new_page("Annex")
run_blocks(ANNEX)
flush_footnotes(state["page"])

# sanity check: the table's Total row adds up to the figures quoted in the text
tot = [sum(r[k] for r in TABLE_ROWS) for k in range(1, 5)]
assert tot == [174, 38620, 15650, 61400], tot

pdf.output(OUT)
print("wrote", OUT, "pages:", pdf.pages_count)
