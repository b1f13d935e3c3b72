"""Draw statement-2019c.pdf: a delegation's statement to the general debate of the
110th Session of the IOM Council (November 2019), on a mission letterhead.

Own line breaker and paginator so that justified prose, raised footnote markers and
footnotes at the foot of the page where their marker falls are placed exactly.
"""
import math
import os
import re

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "statement-2019c.pdf")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"

PAGE_W, PAGE_H = 210.0, 297.0
LM, RM = 25.0, 25.0
TOP = 22.0
BOTTOM = 297.0 - 22.0
TW = PAGE_W - LM - RM

BODY_SIZE = 11
BODY_LH = 6.4          # line height of body text
PARA_GAP = 3.8         # extra space between paragraphs
HEAD_GAP_BEFORE = 4.5
HEAD_GAP_AFTER = 2.6
SUP_SIZE = 7
SUP_RISE = 1.3
FN_SIZE = 8.5
FN_LH = 4.2
FN_SUP_SIZE = 6
FN_INDENT = 4.0
FN_RULE_GAP = 5.0      # space above the footnote rule
FN_AFTER_RULE = 2.6

# Force a page break before these heading texts (keep-with-next would otherwise
# leave the heading at the very foot of the page).
FORCE_BREAK_BEFORE = set()

FOOTNOTES = {
    "1": ("General Assembly resolution 73/195 of 19 December 2018, by which the Global "
          "Compact for Safe, Orderly and Regular Migration was endorsed."),
    # "||" = forced line break, the line before it justified.
    "2": ("The Migration Governance Framework (C/106/40) was welcomed by the Council in "
          "Resolution No.||1310 of 24 November 2015; our National Migration Strategy follows "
          "its three principles and three objectives."),
    "3": ("See the Programme and Budget for 2020 (C/110/6). Malvenia paid its assessed "
          "contribution for 2019 in full on 14 March 2019 and intends to do the same for 2020."),
}

SALUTATION = "Madam Chairperson, Director General, Excellencies, distinguished delegates,"

# Body: ("h", heading) | ("p", text) | ("li", text)  -- "^N" after a word is a raised marker
BODY = [
    ("p", "At the outset, allow me to congratulate you, Madam Chairperson, and the other "
          "members of the Bureau on your election, and to assure you of the full cooperation "
          "of my delegation. Malvenia also warmly welcomes the States admitted to membership "
          "at this session and the new observers, whose arrival confirms that the "
          "Organization\u2019s reach continues to widen. We thank the Director General for his "
          "comprehensive report and for the candour with which he has described both the "
          "achievements and the strains of the past year."),
    ("h", "A year of consolidation"),
    ("p", "When the Council met a year ago, the Global Compact for Safe, Orderly and Regular "
          "Migration had just been adopted in Marrakesh, and the General Assembly endorsed it "
          "a few weeks later.^1 Twelve months on, the question before us is no longer whether "
          "the Compact will be used but how well. My Government has answered part of that "
          "question at home. In June 2019 our Council of Ministers approved a National "
          "Migration Strategy for 2019\u20132024, prepared with the technical support of the IOM "
          "country office and aligned with the Migration Governance Framework that this "
          "Council welcomed four years ago.^2"),
    ("p", "The Strategy brings together eleven ministries and the national statistics office "
          "under a single coordination mechanism. Its first annual review, completed in "
          "October, found that 27 of the 42 measures foreseen for the first year were under "
          "way, that 9 had been completed and that 6 had not yet started, mostly for lack of "
          "dedicated funding. We do not present these figures as a success story; we present "
          "them because we believe that honest reporting is the most useful contribution a "
          "Member State can make to the review of the Compact."),
    ("p", "We were also pleased to join the group of champion countries that are testing the "
          "Compact in practice, and to host, in Sorvan, the regional consultation on labour "
          "mobility held in September. The consultation brought together officials from "
          "fourteen States, employers\u2019 associations and trade unions, and produced a set of "
          "practical recommendations on fair recruitment that we intend to bring to the "
          "International Dialogue on Migration next year."),
    ("h", "Displacement, climate and preparedness"),
    ("p", "Madam Chairperson, the Director General reminded us yesterday that more people are "
          "now displaced within the borders of their own countries than at any time since "
          "records began. Malvenia knows this reality at first hand. The floods that struck "
          "our northern provinces in April displaced some 38,500 people; by the end of "
          "October, 31,200 had returned home, while 7,300 remained in collective centres or "
          "with host families. The displacement tracking carried out by IOM within days of "
          "the disaster allowed our civil protection authorities to direct assistance to the "
          "places where it was most needed, and we wish to record our gratitude to the staff "
          "concerned."),
    ("p", "Slow-onset change is harder to see but no less serious. Coastal erosion and the "
          "salinization of farmland are steadily pushing families from our delta districts "
          "toward the capital and abroad. We therefore welcome the attention given in the "
          "Director General\u2019s report to the links between environmental change and human "
          "mobility, and we encourage the Administration to make this work a standing feature "
          "of its programming rather than a series of short projects financed one at a time."),
    ("p", "Looking ahead, my delegation would like to see progress in three areas over the "
          "coming year:"),
    ("li", "stronger links between displacement data and national development planning, so "
           "that early recovery is budgeted before the next emergency rather than after it;"),
    ("li", "predictable support for the local authorities that receive displaced families, "
           "who too often carry the heaviest burden with the fewest resources; and"),
    ("li", "closer cooperation between IOM and the other members of the United Nations "
           "Network on Migration at country level, building on the joint work plans agreed "
           "in 2019."),
    ("h", "Return, reintegration and the diaspora"),
    ("p", "Some 410,000 Malvenians live and work abroad, and their remittances were equal to "
          "6.8 per cent of our gross domestic product last year. Our diaspora is a source of "
          "investment, skills and ideas, and the Diaspora Engagement Office established in "
          "February is working with IOM to map the skills of returning nationals and to match "
          "them with vacancies in the health and construction sectors."),
    ("p", "Return must also be sustainable for those who come home in less favourable "
          "circumstances. Since January, 1,140 Malvenian nationals have been helped to return "
          "from transit countries under the assisted voluntary return and reintegration "
          "programme, and 860 of them have already received reintegration support in their "
          "communities of origin. We encourage the Organization to share more widely the "
          "lessons of its integrated approach to reintegration, including with countries of "
          "origin that are building programmes of their own."),
    ("p", "Our consular and border services have also benefited from the Organization\u2019s "
          "capacity-building work. Some 250 officials were trained this year to identify "
          "victims of trafficking and to refer them to protection services, and a case "
          "management system developed with IOM now links our embassies in the six main "
          "countries of destination with the responsible authorities at home. A second "
          "phase, for consular staff posted in transit countries, will begin early in 2020."),
    ("h", "The Organization\u2019s finances"),
    ("p", "My delegation has followed closely the discussions in the Standing Committee on "
          "Programmes and Finance on the Programme and Budget for 2020.^3 We support the "
          "proposed level of the administrative part of the budget and the modest increase in "
          "the operational support income allocated to the core structure. At the same time, "
          "we share the concern voiced by several delegations that the Organization remains "
          "heavily dependent on earmarked, project-based funding. Assessed contributions still "
          "finance only a very small share of its total expenditure, a proportion that leaves "
          "little room for long-term planning."),
    ("p", "We therefore welcome the continued work on budget reform and on the Internal "
          "Governance Framework, and we encourage Member States in a position to do so to "
          "increase their unearmarked contributions. For its part, Malvenia doubled its "
          "voluntary contribution to the Migration Resource Allocation Committee this year, "
          "from CHF 50,000 to CHF 100,000, and will maintain that level in 2020."),
    ("h", "Looking forward"),
    ("p", "Madam Chairperson, the coming year will bring the first regional reviews of the "
          "Global Compact and the first full year of implementation of the Director "
          "General\u2019s Strategic Vision. Malvenia will take part in both with the same "
          "conviction that brought us into this Organization: that migration which is well "
          "governed serves migrants, the communities they leave and the communities that "
          "receive them. You can count on the constructive engagement of my delegation "
          "throughout the deliberations of this session."),
    ("p", "Thank you, Madam Chairperson."),
]


class Doc(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font("Sans", "", 10)
            label = f"Page {self.page_no()}"
            self.text(PAGE_W - RM - self.get_string_width(label), 14.0, label)


pdf = Doc(unit="mm", format="A4")
pdf.set_auto_page_break(False)
pdf.add_font("Sans", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
pdf.add_font("Sans", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
pdf.add_font("Sans", "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
pdf.add_font("Sans", "BI", os.path.join(FONT_DIR, "DejaVuSans-BoldOblique.ttf"))
pdf.set_title("Statement of the Republic of Malvenia - 110th Session of the IOM Council")
pdf.set_author("Permanent Mission of the Republic of Malvenia, Geneva")


# ---------------------------------------------------------------- measuring
def word_parts(token):
    """'later.^1' -> ('later.', '1')"""
    m = re.match(r"^(.*?)\^(\d+)$", token)
    if m:
        return m.group(1), m.group(2)
    return token, None


def token_width(token, size, style, sup_size):
    word, mark = word_parts(token)
    pdf.set_font("Sans", style, size)
    w = pdf.get_string_width(word)
    if mark:
        pdf.set_font("Sans", style, sup_size)
        w += pdf.get_string_width(mark) + 0.2
    return w


def break_lines(text, width, size, style="", sup_size=SUP_SIZE):
    """Greedy breaking. Returns list of (tokens, justify) tuples."""
    lines = []
    for chunk_i, chunk in enumerate(text.split("||")):
        forced = chunk_i < len(text.split("||")) - 1
        tokens = chunk.split()
        pdf.set_font("Sans", style, size)
        space = pdf.get_string_width(" ")
        cur, cur_w = [], 0.0
        for t in tokens:
            tw = token_width(t, size, style, sup_size)
            need = tw if not cur else cur_w + space + tw
            if cur and need > width:
                lines.append((cur, True))
                cur, cur_w = [t], tw
            else:
                cur, cur_w = cur + [t], need
        if cur:
            if forced:
                natural = cur_w
                assert natural > 0.85 * width, ("forced line too short", natural, width, cur)
            lines.append((cur, forced))
    return lines


def draw_line(tokens, x, y, width, size, style, justify, sup_size, sup_rise):
    """y = baseline."""
    widths = [token_width(t, size, style, sup_size) for t in tokens]
    pdf.set_font("Sans", style, size)
    space = pdf.get_string_width(" ")
    gap = space
    if justify and len(tokens) > 1:
        gap = (width - sum(widths)) / (len(tokens) - 1)
    cx = x
    for t, w in zip(tokens, widths):
        word, mark = word_parts(t)
        pdf.set_font("Sans", style, size)
        pdf.text(cx, y, word)
        if mark:
            ww = pdf.get_string_width(word)
            pdf.set_font("Sans", style, sup_size)
            pdf.text(cx + ww + 0.2, y - sup_rise, mark)
        cx += w + gap


def footnote_lines(num):
    return break_lines(FOOTNOTES[num], TW - FN_INDENT, FN_SIZE, "", FN_SUP_SIZE)


def footnotes_height(nums):
    if not nums:
        return 0.0
    h = FN_RULE_GAP + FN_AFTER_RULE
    for n in nums:
        h += len(footnote_lines(n)) * FN_LH + 0.8
    return h


# ---------------------------------------------------------------- page 1 letterhead
def draw_emblem(cx, cy, r):
    pdf.set_draw_color(30, 60, 110)
    pdf.set_line_width(0.6)
    pdf.circle(cx - r, cy - r, 2 * r) if False else pdf.ellipse(cx - r, cy - r, 2 * r, 2 * r)
    pdf.set_line_width(0.3)
    pdf.ellipse(cx - r + 1.4, cy - r + 1.4, 2 * r - 2.8, 2 * r - 2.8)
    # a five-pointed star
    pts = []
    for i in range(10):
        ang = -math.pi / 2 + i * math.pi / 5
        rad = (r - 3.2) if i % 2 == 0 else (r - 3.2) * 0.42
        pts.append((cx + rad * math.cos(ang), cy + rad * math.sin(ang)))
    pdf.set_fill_color(30, 60, 110)
    pdf.polygon(pts, style="F")
    pdf.set_draw_color(0, 0, 0)
    pdf.set_fill_color(0, 0, 0)


def centered(text, y, size, style=""):
    pdf.set_font("Sans", style, size)
    w = pdf.get_string_width(text)
    pdf.text((PAGE_W - w) / 2, y, text)


pdf.add_page()
draw_emblem(PAGE_W / 2, 27.0, 9.0)
pdf.set_text_color(30, 60, 110)
centered("PERMANENT MISSION OF THE REPUBLIC OF MALVENIA", 44.0, 11, "B")
centered("to the United Nations Office and other international organizations in Geneva", 49.5, 9)
pdf.set_text_color(0, 0, 0)
pdf.set_draw_color(30, 60, 110)
pdf.set_line_width(0.4)
pdf.line(LM, 53.5, PAGE_W - RM, 53.5)
pdf.set_line_width(0.15)
pdf.line(LM, 54.5, PAGE_W - RM, 54.5)
pdf.set_draw_color(0, 0, 0)

centered("International Organization for Migration", 66.0, 11)
centered("110th Session of the Council", 72.0, 11, "B")
centered("General Debate", 78.0, 11, "B")
centered("Geneva, 27 November 2019", 84.0, 11)

centered("Statement by H.E. Ms Ilona Varga-Renholm,", 97.0, 11, "B")
centered("Ambassador and Permanent Representative, to the 110th Session of the Council",
         103.0, 10.5, "B")

pdf.set_font("Sans", "I", 10)
cad = "Check against delivery"
pdf.text(PAGE_W - RM - pdf.get_string_width(cad), 114.0, cad)

# salutation
pdf.set_font("Sans", "", BODY_SIZE)
sal_w = pdf.get_string_width(SALUTATION)
assert sal_w <= TW, sal_w
pdf.text(LM, 126.0, SALUTATION)

# ---------------------------------------------------------------- body flow
state = {"y": 126.0 + BODY_LH + PARA_GAP, "notes": [], "top": True}


def page_top_y():
    return TOP + 8.0


def limit(notes):
    return BOTTOM - footnotes_height(notes)


def flush_footnotes():
    notes = state["notes"]
    if not notes:
        return
    y = BOTTOM - footnotes_height(notes) + FN_RULE_GAP
    pdf.set_line_width(0.2)
    pdf.line(LM, y, LM + 50.0, y)
    y += FN_AFTER_RULE
    for n in notes:
        for i, (toks, just) in enumerate(footnote_lines(n)):
            y += FN_LH
            if i == 0:
                pdf.set_font("Sans", "", FN_SUP_SIZE)
                pdf.text(LM, y - 0.9, n)
            draw_line(toks, LM + FN_INDENT, y, TW - FN_INDENT, FN_SIZE, "", just,
                      FN_SUP_SIZE, 0.9)
        y += 0.8


def new_page():
    flush_footnotes()
    pdf.add_page()
    state["y"] = page_top_y()
    state["notes"] = []
    state["top"] = True


def place_line(tokens, just, x, width, size, style, log):
    marks = [word_parts(t)[1] for t in tokens if word_parts(t)[1]]
    notes_after = state["notes"] + [m for m in marks if m not in state["notes"]]
    if state["y"] + BODY_LH > limit(notes_after):
        new_page()
        notes_after = marks
    state["y"] += BODY_LH
    baseline = state["y"] - 1.6
    draw_line(tokens, x, baseline, width, size, style, just, SUP_SIZE, SUP_RISE)
    state["notes"] = notes_after
    state["top"] = False
    log.append((pdf.page_no(), " ".join(tokens)))


LOG = []
prev_kind = None
for idx, (kind, text) in enumerate(BODY):
    if kind == "h":
        if text in FORCE_BREAK_BEFORE:
            new_page()
        # keep heading with two lines of the next block
        need = HEAD_GAP_BEFORE + BODY_LH + HEAD_GAP_AFTER + 2 * BODY_LH
        nxt = break_lines(BODY[idx + 1][1], TW, BODY_SIZE)[:2]
        nxt_marks = [word_parts(t)[1] for toks, _ in nxt for t in toks if word_parts(t)[1]]
        if state["y"] + need > limit(state["notes"] + nxt_marks):
            new_page()
        if not state["top"]:
            state["y"] += HEAD_GAP_BEFORE
        state["y"] += BODY_LH
        pdf.set_font("Sans", "B", BODY_SIZE)
        pdf.text(LM, state["y"] - 1.6, text)
        LOG.append((pdf.page_no(), "[H] " + text))
        state["y"] += HEAD_GAP_AFTER
        state["top"] = False
    elif kind == "p":
        if prev_kind in ("p", "li") and not state["top"]:
            state["y"] += PARA_GAP
        for toks, just in break_lines(text, TW, BODY_SIZE):
            place_line(toks, just, LM, TW, BODY_SIZE, "", LOG)
    elif kind == "li":
        state["y"] += PARA_GAP * 0.6 if not state["top"] else 0
        lines = break_lines(text, TW - 10.0, BODY_SIZE)
        for i, (toks, just) in enumerate(lines):
            place_line(toks, just, LM + 10.0, TW - 10.0, BODY_SIZE, "", LOG)
            if i == 0:
                pdf.set_font("Sans", "", BODY_SIZE)
                pdf.text(LM + 3.5, state["y"] - 1.6, "\u2022")
    prev_kind = kind

flush_footnotes()
pdf.output(OUT)

for page, line in LOG:
    print(page, line)
print("pages:", pdf.page_no())
