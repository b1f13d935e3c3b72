"""Draws statement-2023c.pdf: a GRULAC statement at the general debate of the 114th Session of the IOM Council (C/114/41, 2023)."""
import os
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "statement-2023c.pdf")

SYMBOL = "C/114/41"
FONT = "Helvetica"
BODY_PT = 11
LINE_H = 5.6          # mm, body line height
PARA_GAP = 3.4        # mm between paragraphs
LEFT = 25.0
RIGHT = 185.0         # A4 width 210 - 25
WIDTH = RIGHT - LEFT
TOP = 20.0
BOTTOM = 272.0
FN_PT = 9
FN_LINE_H = 4.3
SUP_PT = 7

# ---------------------------------------------------------------- content
SALUTATION = "Mr Chair, Director General, Excellencies, distinguished delegates,"

FOOTNOTES = {
    "1": "See Programme and Budget for 2024 (C/114/7), Part I \u2013 Administration, paragraphs 12 to 18.",
}

# ("p", text) paragraph; ("h", text) heading; ("b", [items]) bullet list; ("end", text)
BODY = [
    ("p", "I have the honour to deliver this statement on behalf of the Group of Latin American and "
          "Caribbean Countries (GRULAC). At the outset, the Group congratulates you, Mr Chair, and the other "
          "members of the Bureau on your election, and assures you of its full support and cooperation in the "
          "conduct of the 114th Session of the Council. We also thank the outgoing Bureau for its dedicated work "
          "over the past year."),
    ("p", "The Group thanks the Director General for her comprehensive statement and welcomes the "
          "presentation of the Report of the Director General on the work of the Organization for the year 2022 "
          "(C/114/3). The Group notes with appreciation the efforts made by the Administration to respond to the "
          "needs of migrants, displaced persons and host communities in a year marked by overlapping crises, and "
          "reiterates its confidence in IOM as the leading intergovernmental organization in the field of "
          "migration and as coordinator of the United Nations Network on Migration."),
    ("h", "Human mobility in our region"),
    ("p", "Latin America and the Caribbean is today a region of origin, transit, destination and return, often "
          "all at once. According to the figures presented by the Administration, more than 6.5 million refugees "
          "and migrants from Venezuela are now hosted in countries of the region, and more than 480,000 people "
          "crossed the Dari\u00e9n jungle between January and October 2023 alone, almost double the number "
          "recorded in the whole of 2022. Behind these figures are women, men and children, many of them "
          "unaccompanied, who face serious risks to their lives, health and dignity along the route."),
    ("p", "The countries of the Group have made considerable efforts to integrate these populations, through "
          "regularization processes, access to health and education, and the recognition of qualifications. "
          "These efforts deserve the sustained support of the international community in a spirit of shared "
          "responsibility. The Group encourages IOM to continue working with national and local authorities, "
          "and with the other agencies of the United Nations system, to strengthen the capacities of countries "
          "of transit and destination, in particular at borders and in the communities that receive the largest "
          "numbers of people."),
    ("h", "Predictable funding and budget reform"),
    ("p", "The Group welcomes the continued implementation of the budget reform agreed by Member States in "
          "2022 and the resulting increase in the assessed contributions that finance the core structure of the "
          "Organization.{1} Predictable and flexible funding is essential if IOM is to fulfil its mandate in a "
          "balanced manner across all regions, and to avoid a situation in which core functions remain dependent "
          "on project-related income. At the same time, the Group recalls that the reform must translate into "
          "concrete improvements in oversight, accountability and the geographical balance of the workforce."),
    ("p", "In this regard, the Group calls on the Administration to:"),
    ("b", [
        "ensure that the additional resources of the core structure strengthen the regional and country "
        "offices in Latin America and the Caribbean, where operational needs have grown the fastest;",
        "improve the geographical representation of staff at all levels, including in senior management "
        "positions, with particular attention to nationals of developing countries;",
        "report regularly to the Standing Committee on Programmes and Finance on the use of unearmarked "
        "funding and on the results achieved; and",
        "continue to reduce the administrative burden on Member States by harmonizing the reporting "
        "requirements attached to voluntary contributions.",
    ]),
    ("p", "The Group also takes note of the status of outstanding contributions and recognizes the efforts "
          "made by several Member States to settle their arrears, in some cases through payment plans agreed "
          "with the Administration. We encourage the Administration to continue to show flexibility towards "
          "countries facing economic difficulties."),
    ("h", "Climate change, disasters and human mobility"),
    ("p", "Our region is among the most exposed in the world to the adverse effects of climate change. "
          "Hurricanes, floods and prolonged droughts, including in the Dry Corridor of Central America, "
          "increasingly influence the decision of people to move, while small island developing States in the "
          "Caribbean face the prospect of losing land, livelihoods and infrastructure. The Group therefore "
          "welcomes the priority given to climate-related mobility in the Strategic Plan of the Organization and "
          "the active participation of IOM in the twenty-eighth session of the Conference of the Parties to the "
          "United Nations Framework Convention on Climate Change."),
    ("p", "We encourage IOM to support States in collecting and analysing data on disaster displacement, in "
          "integrating human mobility into national adaptation plans and disaster risk reduction strategies, and "
          "in gaining access to climate finance, including the new fund for responding to loss and damage. "
          "Solutions must be developed together with the affected communities and must respect the sovereignty "
          "of States."),
    ("h", "Regular pathways and the protection of migrants"),
    ("p", "The Group reaffirms its commitment to the Global Compact for Safe, Orderly and Regular Migration "
          "and to full respect for the human rights of all migrants, regardless of their migratory status. The "
          "expansion of regular pathways, including labour mobility schemes, family reunification and "
          "humanitarian visas, remains the most effective way to reduce irregular migration and to weaken the "
          "criminal networks engaged in the smuggling of migrants and trafficking in persons."),
    ("p", "The Group values the role of IOM in supporting the Regional Conference on Migration, the South "
          "American Conference on Migration and the Quito Process, as well as the implementation of the Los "
          "Angeles Declaration on Migration and Protection. We also stress the importance of safe and dignified "
          "return and sustainable reintegration, and of the search for and identification of missing migrants, "
          "a humanitarian issue of deep concern to families throughout our region."),
    ("p", "Mr Chair, the countries of Latin America and the Caribbean stand ready to continue working with the "
          "Director General, the Administration and all Member States so that IOM can meet the challenges ahead "
          "with the resources, the unity of purpose and the spirit of cooperation that they require."),
    ("end", "Thank you."),
]


# ---------------------------------------------------------------- engine
class Doc(FPDF):
    pass


pdf = Doc(format="A4", unit="mm")
pdf.core_fonts_encoding = "windows-1252"
pdf.set_auto_page_break(False)
pdf.set_margins(LEFT, TOP, 210 - RIGHT)

state = {"y": 0.0, "page": 0, "fns": []}


def running_header():
    pdf.set_font(FONT, "", 10)
    pdf.set_xy(LEFT, 12)
    pdf.cell(WIDTH, 4.6, SYMBOL, align="R")
    pdf.set_xy(LEFT, 16.6)
    pdf.cell(WIDTH, 4.6, "Page %d" % state["page"], align="R")


def fn_lines(num):
    return wrap_words(tokenize(FOOTNOTES[num]), WIDTH - 5, FN_PT)


def fn_block_height(nums):
    if not nums:
        return 0.0
    h = 4.0  # rule + gap
    for n in nums:
        h += len(fn_lines(n)) * FN_LINE_H + 0.8
    return h


def flush_footnotes():
    nums = state["fns"]
    if not nums:
        return
    top = BOTTOM - fn_block_height(nums)
    pdf.set_line_width(0.2)
    pdf.line(LEFT, top + 1.0, LEFT + 50, top + 1.0)
    y = top + 4.0
    for n in nums:
        # superscript marker
        pdf.set_font(FONT, "", SUP_PT)
        pdf.text(LEFT, y + 2.0, n)
        lines = fn_lines(n)
        for i, line in enumerate(lines):
            draw_line(line, LEFT + 5, y + 3.2, WIDTH - 5, FN_PT, justify=(i < len(lines) - 1))
            y += FN_LINE_H
        y += 0.8
    state["fns"] = []


def new_page():
    if state["page"] > 0:
        flush_footnotes()
    pdf.add_page()
    state["page"] += 1
    if state["page"] > 1:
        running_header()
        state["y"] = 30.0


def limit(extra_fns=()):
    return BOTTOM - fn_block_height(list(state["fns"]) + list(extra_fns)) - (3.0 if (state["fns"] or extra_fns) else 0)


def tokenize(text):
    """Split text into words; a {n} marker is attached (as superscript) to the preceding word."""
    words = []
    for raw in text.split(" "):
        if not raw:
            continue
        sup = None
        if "{" in raw:
            base, rest = raw.split("{", 1)
            sup, tail = rest.split("}", 1)
            words.append((base, sup, tail))
        else:
            words.append((raw, None, ""))
    return words


def word_width(w, pt, style=""):
    base, sup, tail = w
    pdf.set_font(FONT, style, pt)
    width = pdf.get_string_width(base + tail)
    if sup:
        pdf.set_font(FONT, "", SUP_PT)
        width += pdf.get_string_width(sup)
    return width


def wrap_words(words, width, pt, style=""):
    pdf.set_font(FONT, style, pt)
    space = pdf.get_string_width(" ")
    lines, cur, cur_w = [], [], 0.0
    for w in words:
        ww = word_width(w, pt, style)
        add = ww if not cur else space + ww
        if cur and cur_w + add > width:
            lines.append(cur)
            cur, cur_w = [w], ww
        else:
            cur.append(w)
            cur_w += add
    if cur:
        lines.append(cur)
    return lines


def draw_line(words, x0, baseline, width, pt, justify=True, style=""):
    pdf.set_font(FONT, style, pt)
    space = pdf.get_string_width(" ")
    widths = [word_width(w, pt, style) for w in words]
    gap = space
    if justify and len(words) > 1:
        gap = (width - sum(widths)) / (len(words) - 1)
    x = x0
    for w, ww in zip(words, widths):
        base, sup, tail = w
        pdf.set_font(FONT, style, pt)
        pdf.text(x, baseline, base)
        xx = x + pdf.get_string_width(base)
        if sup:
            pdf.set_font(FONT, "", SUP_PT)
            pdf.text(xx, baseline - 1.7, sup)
            xx += pdf.get_string_width(sup)
            pdf.set_font(FONT, style, pt)
        if tail:
            pdf.text(xx, baseline, tail)
        x += ww + gap


def markers_in(line):
    return [w[1] for w in line if w[1]]


def paragraph(text, x0=LEFT, width=WIDTH, justify=True, first_prefix=None, style=""):
    lines = wrap_words(tokenize(text), width, BODY_PT, style)
    for i, line in enumerate(lines):
        fns = markers_in(line)
        if state["y"] + LINE_H > limit(fns):
            new_page()
        if i == 0 and first_prefix:
            first_prefix(state["y"] + 4.0)
        last = i == len(lines) - 1
        draw_line(line, x0, state["y"] + 4.0, width, BODY_PT, justify=justify and not last, style=style)
        state["fns"].extend(fns)
        state["y"] += LINE_H
    state["y"] += PARA_GAP


def heading(text):
    # keep the heading with at least two lines of the following text
    if state["y"] + 2.0 + LINE_H * 3 > limit():
        new_page()
    state["y"] += 2.0
    pdf.set_font(FONT, "B", BODY_PT)
    pdf.text(LEFT, state["y"] + 4.0, text)
    state["y"] += LINE_H + PARA_GAP


def bullets(items):
    bx = LEFT + 6.0
    tx = LEFT + 12.0
    for it in items:
        def mark(baseline):
            pdf.set_font(FONT, "", BODY_PT)
            pdf.text(bx, baseline, "\u2022")
        paragraph(it, x0=tx, width=RIGHT - tx, first_prefix=mark)
        state["y"] -= PARA_GAP - 1.6


# ---------------------------------------------------------------- cover
new_page()
pdf.set_font(FONT, "", BODY_PT)
for i, line in enumerate([SYMBOL, "Original: English", "28 November 2023"]):
    pdf.set_xy(LEFT, 18 + i * 5.2)
    pdf.set_font(FONT, "B" if i == 0 else "", BODY_PT)
    pdf.cell(WIDTH, 5.2, line, align="R")

pdf.set_font(FONT, "B", BODY_PT)
pdf.set_xy(LEFT, 42)
pdf.cell(WIDTH, 5.6, "COUNCIL", align="L")
pdf.set_font(FONT, "", BODY_PT)
pdf.set_xy(LEFT, 47.6)
pdf.cell(WIDTH, 5.6, "114th Session", align="L")

pdf.set_font(FONT, "B", 12)
for i, line in enumerate(["STATEMENT ON BEHALF OF THE GROUP OF LATIN AMERICAN",
                          "AND CARIBBEAN COUNTRIES"]):
    pdf.set_xy(LEFT, 64 + i * 6.2)
    pdf.cell(WIDTH, 6.2, line, align="C")

pdf.set_font(FONT, "I", BODY_PT)
for i, line in enumerate(["Statement by H.E. Ms Luc\u00eda Fern\u00e1ndez Arrieta, Ambassador and Permanent",
                          "Representative of Costa Rica to the United Nations Office at Geneva"]):
    pdf.set_xy(LEFT, 82 + i * 5.4)
    pdf.cell(WIDTH, 5.4, line, align="C")
pdf.set_font(FONT, "", BODY_PT)
pdf.set_xy(LEFT, 95.5)
pdf.cell(WIDTH, 5.4, "General debate, 114th Session of the Council", align="C")

state["y"] = 110.0
pdf.set_font(FONT, "", BODY_PT)
pdf.text(LEFT, state["y"] + 4.0, SALUTATION)
state["y"] += LINE_H + PARA_GAP + 1.0

# ---------------------------------------------------------------- body
for kind, content in BODY:
    if kind == "p":
        paragraph(content)
    elif kind == "h":
        heading(content)
    elif kind == "b":
        bullets(content)
        state["y"] += PARA_GAP - 1.6
    elif kind == "end":
        if state["y"] + LINE_H > limit():
            new_page()
        state["y"] += 1.0
        pdf.set_font(FONT, "", BODY_PT)
        pdf.text(LEFT, state["y"] + 4.0, content)
        state["y"] += LINE_H

flush_footnotes()
pdf.output(OUT)
print("pages:", state["page"])
