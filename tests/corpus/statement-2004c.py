"""Draw statement-2004c.pdf: a delegation's statement on behalf of the African Group
in the general debate of the Eighty-eighth Session of the IOM Council (2004), with fpdf2.

A small hand-made layout engine places every line itself, so that footnote bodies land
at the foot of the page where their (raised) marker falls.
"""
import os
import re

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "statement-2004c.pdf")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"

PAGE_W, PAGE_H = 210.0, 297.0
LEFT, RIGHT, TOP, BOTTOM = 25.0, 22.0, 22.0, 24.0
TEXT_W = PAGE_W - LEFT - RIGHT
BODY_PT, BODY_LH = 11.0, 5.6
FN_PT, FN_LH = 8.5, 4.0
NUM_INDENT = 12.0      # first-line indent after a paragraph number
BULLET_X = 12.0        # bullet glyph position (from LEFT)
BULLET_TEXT = 18.0     # bullet text position (from LEFT)
ITEM_LABEL_X = 12.0
ITEM_TEXT = 21.0

# --------------------------------------------------------------------------------------
# Content
# --------------------------------------------------------------------------------------
# Inline markup: *italic*, and ^N after a word for a raised footnote marker.

FOOTNOTES = {
    "1": "See document MC/INF/274 of 4 November 2004, in particular its sections on "
         "the Organization's core activities and on its partnerships with countries of "
         "origin, transit and destination.",
    "2": "The Migration for Development in Africa (MIDA) programme was launched by IOM in "
         "2001. It helps qualified African nationals living abroad to contribute their "
         "skills to the development of their countries of origin through short-term, "
         "long-term or virtual assignments.",
    "3": "Programme and Budget for 2005 (MC/2144). The Administrative Part of the Budget "
         "is proposed at CHF 37,119,000, the same level as in 2004, and the Operational "
         "Part at USD 583,947,000.",
}

BODY = [
    ("salutation", "Mr. Chairman, Director General, Excellencies, Distinguished Delegates,"),
    ("para", "1", "It is an honour for me to take the floor on behalf of the African Group. "
     "Allow me first to congratulate you, Mr. Chairman, on your election to guide the "
     "work of this Eighty-eighth Session of the Council, and to extend the Group's "
     "congratulations to the other members of the Bureau. You may count on the full "
     "cooperation of the African delegations throughout our deliberations."),
    ("para", "2", "The African Group warmly welcomes the States that have been admitted to "
     "membership of the Organization at this session, as well as those granted observer "
     "status. With these admissions, IOM now counts 109 Member States, 33 of them from our "
     "continent. The steady growth of the membership confirms that migration has become a "
     "shared concern of countries of origin, transit and destination alike, and that IOM "
     "is increasingly regarded as the forum in which those concerns can be addressed "
     "together."),
    ("para", "3", "We thank the Director General for his comprehensive opening statement and "
     "for the Report on the Work of the Organization for the Year 2003 (MC/2136), which "
     "gives a clear account of the scale and diversity of the activities carried out in "
     "Africa during the past year."),
    ("heading", "IOM strategy and governance"),
    ("para", "4", "The Group has studied with interest the information note on the "
     "Organization's strategy submitted to this session.^1 We consider the note a useful "
     "basis for the discussion that is now beginning, and we support the proposal that "
     "Member States continue the consultations in the Standing Committee on Programmes "
     "and Finance during 2005. In our view, any strategy adopted by the Council should give "
     "equal weight to the needs of countries of origin and to those of receiving countries, "
     "and should not reduce the Organization to a provider of logistical services."),
    ("para", "5", "We recall that, in Resolution No. 923 (LXXI) of 29 November 1995, the "
     "Council asked the Organization to strengthen its capacity to advise governments on "
     "migration matters. Nearly a decade later, that mandate remains highly relevant for "
     "Africa, where many governments are still building the legislation, institutions and "
     "trained personnel needed to manage migration in an orderly and humane way."),
    ("para", "6", "On questions of governance, the African Group wishes to emphasize three "
     "points:"),
    ("item", "6", "(a)", "equitable geographical distribution of staff, including at the "
     "senior levels at Headquarters, should remain a clear objective of the Administration;"),
    ("item", "6", "(b)", "the structure of field offices in Africa should be reviewed with "
     "Member States of the region before any office is closed or its functions are "
     "transferred; and"),
    ("item", "6", "(c)", "information on projects carried out in African countries should "
     "be shared regularly with the permanent missions concerned in Geneva."),
    ("salutation", "Mr. Chairman,"),
    ("heading", "Migration and development in Africa"),
    ("para", "7", "For our continent the link between migration and development is not an "
     "abstract question. Remittances sent home by African migrants now exceed official "
     "development assistance in several of our countries, while the departure of doctors, "
     "nurses, engineers and teachers continues to weaken the very sectors on which our "
     "development depends. The Group therefore appreciates that the Administration has "
     "placed this theme at the centre of the International Dialogue on Migration this "
     "year."),
    ("para", "8", "Looking ahead, the African Group would like the Organization's work in "
     "Africa in 2005 to concentrate on the following priorities:"),
    ("bullet", "8", "strengthening the capacity of national migration authorities, in "
     "particular in border management, document security and the collection of reliable "
     "migration data;"),
    ("bullet", "8", "extending the Migration for Development in Africa programme^2 to more "
     "countries and more professional sectors, in close cooperation with the African "
     "Union;"),
    ("bullet", "8", "reducing the cost of transferring remittances and encouraging their "
     "productive investment in the communities of origin;"),
    ("bullet", "8", "combating trafficking in persons, especially women and children, and "
     "providing return and reintegration assistance to its victims; and"),
    ("bullet", "8", "addressing the health dimension of migration, including HIV/AIDS "
     "among mobile populations along the main transport corridors of the continent."),
    ("para", "9", "We also value the support given by IOM to the regional consultative "
     "processes in Africa, notably the Migration Dialogue for Southern Africa and the "
     "Migration Dialogue for West Africa. These processes have brought officials of "
     "neighbouring countries together on a regular basis and have produced practical "
     "results. We encourage the Organization to help launch a similar process in the "
     "Horn of Africa and in Central Africa."),
    ("para", "10", "The Group follows closely the work of the Global Commission on "
     "International Migration and the Berne Initiative, whose concluding conference is "
     "to be held later this month. We hope that African experiences and perspectives will "
     "be fully reflected in the outcomes of both exercises, and we invite the "
     "Administration to keep Member States informed of its contribution to them."),
    ("heading", "Emergency and post-conflict operations"),
    ("para", "11", "Africa continues to host a large share of the world's displaced "
     "persons. The African Group commends the staff of the Organization for their work in "
     "difficult conditions in Darfur, where IOM has assisted in the provision of shelter "
     "and in the monitoring of voluntary returns, as well as for the return and "
     "reintegration programmes carried out in Angola, Liberia, Sierra Leone and the "
     "Democratic Republic of the Congo. The registration and transport of former "
     "combatants and their dependants remain essential to lasting peace in these "
     "countries."),
    ("para", "12", "Such operations depend on timely funding. We call on donors to "
     "replenish the Rapid Response Transportation Fund and to make more of their "
     "contributions available without tight earmarking, so that the Organization can act "
     "as soon as a crisis begins rather than when the funding finally arrives."),
    ("heading", "Programme and Budget for 2005"),
    ("para", "13", "The Group takes note of the Programme and Budget for 2005,^3 which "
     "maintains the Administrative Part of the Budget at zero nominal growth for yet "
     "another year. While we understand the reasons for this approach, we share the "
     "concern expressed by the Administration that the core structure cannot continue to "
     "absorb the growth in operations indefinitely. A structure that is too thin at the "
     "centre ultimately weakens the support provided to field offices, including those in "
     "Africa."),
    ("para", "14", "Several African Member States have difficulty in paying their assessed "
     "contributions on time. We welcome the flexibility shown by the Administration in "
     "agreeing payment plans with Member States in arrears, and we appeal for continued "
     "understanding, bearing in mind the economic constraints faced by many of our "
     "countries."),
    ("para", "15", "Finally, the Group reiterates its strong support for the facility "
     "established under Resolution No. 1035 (LXXX) of 29 November 2000 to fund projects "
     "in developing Member States and Member States with economies in transition. The "
     "facility has financed valuable capacity-building projects in Africa, and we urge "
     "that its resources be maintained and, if possible, increased."),
    ("heading", "Concluding remarks"),
    ("para", "16", "Mr. Chairman, migration will remain one of the defining issues of our "
     "time, and Africa is determined to be an active partner in shaping the responses of "
     "the international community. The Organization can rely on the African Group to "
     "contribute constructively to the discussions on its strategy and to its work in "
     "the field."),
    ("para", "17", "Before concluding, allow me to thank the Director General, the Deputy "
     "Director General and all IOM staff, at Headquarters and in the field, for their "
     "dedication over the past year."),
    ("closing", "I thank you, Mr. Chairman."),
]


# --------------------------------------------------------------------------------------
# Layout engine
# --------------------------------------------------------------------------------------
class Doc(FPDF):
    def footer(self):
        if self.page_no() > 1:
            self.set_font("serif", "", 10)
            self.set_xy(LEFT, PAGE_H - 14)
            self.cell(TEXT_W, 5, f"- {self.page_no()} -", align="C")


pdf = Doc(orientation="P", unit="mm", format="A4")
pdf.set_auto_page_break(False)
pdf.set_margins(LEFT, TOP, RIGHT)
pdf.add_font("serif", "", os.path.join(FONT_DIR, "DejaVuSerif.ttf"))
pdf.add_font("serif", "B", os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf"))
pdf.add_font("serif", "I", os.path.join(FONT_DIR, "DejaVuSerif-Italic.ttf"))
pdf.add_font("serif", "BI", os.path.join(FONT_DIR, "DejaVuSerif-BoldItalic.ttf"))
pdf.set_title("Statement on behalf of the African Group - IOM Council, 88th Session")

state = {"y": TOP, "page_fns": []}


def tokens(text, base_style=""):
    """Split text into words; each word is a list of (text, style, sup) segments."""
    words = []
    italic = False
    for raw in text.split():
        segs = []
        for part in re.split(r"(\*|\^\d+)", raw):
            if part == "":
                continue
            if part == "*":
                italic = not italic
                continue
            if part.startswith("^"):
                segs.append((part[1:], base_style, True))
                continue
            st = base_style + ("I" if italic else "")
            segs.append((part, st, False))
        words.append(segs)
    return words


def seg_width(seg, size):
    text, style, sup = seg
    pdf.set_font("serif", style, size * 0.62 if sup else size)
    return pdf.get_string_width(text)


def word_width(word, size):
    return sum(seg_width(s, size) for s in word)


def space_width(size):
    pdf.set_font("serif", "", size)
    return pdf.get_string_width(" ")


def break_lines(words, first_w, other_w, size):
    lines, cur, cur_w = [], [], 0.0
    sp = space_width(size)
    for w in words:
        ww = word_width(w, size)
        avail = first_w if not lines else other_w
        need = ww if not cur else cur_w + sp + ww
        if cur and need > avail:
            lines.append(cur)
            cur, cur_w = [w], ww
        else:
            cur.append(w)
            cur_w = need
    if cur:
        lines.append(cur)
    return lines


def draw_line(line, x, y, width, size, justify):
    sp = space_width(size)
    widths = [word_width(w, size) for w in line]
    gap = sp
    if justify and len(line) > 1:
        gap = (width - sum(widths)) / (len(line) - 1)
    cx = x
    for w, ww in zip(line, widths):
        sx = cx
        for seg in w:
            text, style, sup = seg
            if sup:
                pdf.set_font("serif", style, size * 0.62)
                pdf.text(sx, y - size * 0.352778 * 0.38, text)
            else:
                pdf.set_font("serif", style, size)
                pdf.text(sx, y, text)
            sx += seg_width(seg, size)
        cx += ww + gap


def markers_in(line):
    return [s[0] for w in line for s in w if s[2]]


def fn_lines(marker):
    words = tokens(FOOTNOTES[marker])
    return break_lines(words, TEXT_W - 5, TEXT_W - 5, FN_PT)


def fn_height(markers):
    if not markers:
        return 0.0
    h = 6.0  # rule and gap
    for m in markers:
        h += len(fn_lines(m)) * FN_LH + 1.0
    return h


def flush_footnotes():
    fns = state["page_fns"]
    if not fns:
        return
    h = fn_height(fns)
    y = PAGE_H - BOTTOM - h + 3.0
    pdf.set_line_width(0.25)
    pdf.line(LEFT, y, LEFT + 45, y)
    y += 3.0
    for m in fns:
        lines = fn_lines(m)
        for i, ln in enumerate(lines):
            y += FN_LH
            if i == 0:
                pdf.set_font("serif", "", FN_PT * 0.7)
                pdf.text(LEFT, y - 1.2, m)
            draw_line(ln, LEFT + 5, y, TEXT_W - 5, FN_PT, justify=(i < len(lines) - 1))
        y += 1.0
    state["page_fns"] = []


def new_page():
    flush_footnotes()
    pdf.add_page()
    state["y"] = TOP


def room_left(extra_markers=()):
    limit = PAGE_H - BOTTOM - fn_height(state["page_fns"] + list(extra_markers))
    return limit - state["y"]


def emit_block(words, x_first, x_other, label=None, label_x=None, size=BODY_PT,
               lh=BODY_LH, justify=True, space_before=0.0, keep_lines=2):
    first_w = LEFT + TEXT_W - x_first
    other_w = LEFT + TEXT_W - x_other
    lines = break_lines(words, first_w, other_w, size)
    # avoid an orphaned first line (or a very short block split)
    need = min(keep_lines, len(lines))
    if room_left() < space_before + need * lh:
        new_page()
    else:
        state["y"] += space_before
    for i, ln in enumerate(lines):
        mk = markers_in(ln)
        if room_left(mk) < lh:
            new_page()
        state["y"] += lh
        y = state["y"]
        if i == 0 and label is not None:
            pdf.set_font("serif", "", size)
            pdf.text(label_x, y, label)
        x = x_first if i == 0 else x_other
        w = first_w if i == 0 else other_w
        draw_line(ln, x, y, w, size, justify=(justify and i < len(lines) - 1))
        state["page_fns"].extend(mk)


def centred(text, style, size, lh, space_before=0.0):
    state["y"] += space_before + lh
    pdf.set_font("serif", style, size)
    w = pdf.get_string_width(text)
    pdf.text(LEFT + (TEXT_W - w) / 2, state["y"], text)


def right_aligned(text, style, size, lh, space_before=0.0):
    state["y"] += space_before + lh
    pdf.set_font("serif", style, size)
    w = pdf.get_string_width(text)
    pdf.text(LEFT + TEXT_W - w, state["y"], text)


# --------------------------------------------------------------------------------------
# Cover block (letterhead, meeting, title, speaker, date)
# --------------------------------------------------------------------------------------
pdf.add_page()
state["y"] = 14.0
centred("PERMANENT MISSION OF THE REPUBLIC OF GHANA", "B", 11.5, 5.5)
centred("TO THE UNITED NATIONS OFFICE AND OTHER INTERNATIONAL ORGANIZATIONS IN GENEVA",
        "", 8.0, 4.5)
state["y"] += 3.0
pdf.set_line_width(0.6)
pdf.line(LEFT, state["y"], LEFT + TEXT_W, state["y"])
pdf.set_line_width(0.2)
pdf.line(LEFT, state["y"] + 1.0, LEFT + TEXT_W, state["y"] + 1.0)

right_aligned("Check against delivery", "I", 10.0, 5.0, space_before=6.0)

centred("EIGHTY-EIGHTH SESSION OF THE COUNCIL", "B", 12.0, 6.0, space_before=8.0)
centred("OF THE INTERNATIONAL ORGANIZATION FOR MIGRATION", "B", 12.0, 6.0)
centred("30 November \u2013 3 December 2004", "", 11.0, 6.0, space_before=1.0)
centred("General Debate", "I", 11.0, 6.0, space_before=1.0)

centred("STATEMENT ON BEHALF OF THE AFRICAN GROUP", "B", 13.0, 7.0, space_before=9.0)

centred("Statement delivered by", "I", 10.5, 5.5, space_before=6.0)
centred("H.E. Mr Kwabena Asante-Mensah, Permanent Representative of Ghana", "B", 11.0,
        5.8)
centred("1 December 2004", "", 11.0, 5.8, space_before=5.0)
state["y"] += 6.0

# --------------------------------------------------------------------------------------
# Body
# --------------------------------------------------------------------------------------
for block in BODY:
    kind = block[0]
    if kind == "salutation":
        emit_block(tokens(block[1]), LEFT, LEFT, justify=False, space_before=5.0)
    elif kind == "heading":
        # keep a heading with at least three lines of what follows
        if room_left() < 5.0 + BODY_LH + 4.0 + 3 * BODY_LH:
            new_page()
        emit_block(tokens(block[1], "B"), LEFT, LEFT, justify=False, space_before=6.0,
                   keep_lines=1)
    elif kind == "para":
        emit_block(tokens(block[2]), LEFT + NUM_INDENT, LEFT, label=block[1] + ".",
                   label_x=LEFT, space_before=4.0)
    elif kind == "item":
        emit_block(tokens(block[3]), LEFT + ITEM_TEXT, LEFT + ITEM_TEXT, label=block[2],
                   label_x=LEFT + ITEM_LABEL_X, space_before=2.5)
    elif kind == "bullet":
        emit_block(tokens(block[2]), LEFT + BULLET_TEXT, LEFT + BULLET_TEXT,
                   label="\u2022", label_x=LEFT + BULLET_X, space_before=2.5)
    elif kind == "closing":
        emit_block(tokens(block[1]), LEFT, LEFT, justify=False, space_before=6.0)

flush_footnotes()

pdf.output(OUT)
print("wrote", OUT, "pages:", pdf.page_no())
