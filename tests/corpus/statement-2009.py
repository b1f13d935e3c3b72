"""Draws statement-2009.pdf with fpdf2: a delegation's statement in the general
debate of the Ninety-eighth Session of the IOM Council (November 2009)."""
import os
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "statement-2009.pdf")
FONTDIR = "/usr/share/fonts/truetype/dejavu"

PAGE_W, PAGE_H = 210, 297
LM, RM = 25, 25
TOP = 22
TEXT_W = PAGE_W - LM - RM
BODY_SIZE = 11.5
LEAD = 6.4          # line height in mm for body text
PARA_GAP = 3.6      # space between blocks
FOOT_SIZE = 9
FOOT_LEAD = 4.3
FOOTER_Y = PAGE_H - 14   # page number line
BOTTOM = PAGE_H - 24     # last baseline allowed for body text

NUM_X = LM               # paragraph number position
FIRST_X = LM + 12        # first line of a numbered paragraph starts here
ITEM_LABEL_X = LM + 12
ITEM_TEXT_X = LM + 22

# ---------------------------------------------------------------- content
HEAD_LETTER = [
    "PERMANENT MISSION OF THE REPUBLIC OF GHANA",
    "TO THE UNITED NATIONS OFFICE AND OTHER INTERNATIONAL ORGANIZATIONS IN GENEVA",
]

SALUTATION = ("Mr. Chairman, Director General, Excellencies, Distinguished delegates, "
              "Ladies and gentlemen,")

# ("p", number, text) numbered paragraph; ("s", text) salutation line;
# ("i", label, text) lettered item; ("c", text) closing line
BODY = [
    ("p", 1, "Allow me at the outset, on behalf of the Government of the Republic of Ghana, "
             "to congratulate you, Mr. Chairman, on your election to preside over the "
             "Ninety-eighth Session of the Council, and to extend our felicitations to the "
             "other members of the Bureau. You may count on the full cooperation of my "
             "delegation. I also wish to pay tribute to the outgoing Chairperson for the skill "
             "and patience with which she guided the work of the Council during the past year."),
    ("p", 2, "My delegation joins previous speakers in welcoming the States admitted to "
             "membership of the Organization at this session, as well as the new observers. "
             "The steady growth of the membership, which now stands at 127 Member States, "
             "bears witness to the confidence that Governments in every region place in IOM "
             "as the leading intergovernmental organization in the field of migration."),
    ("p", 3, "We thank the Director General, Ambassador William Lacy Swing, for his "
             "comprehensive opening statement and for the Report on the work of the "
             "Organization for the year 2008 (MC/2271). The report describes an Organization "
             "whose total expenditure exceeded USD 1 billion for the first time, and whose "
             "field presence now extends to more than 430 locations. Behind these figures "
             "stand the staff of IOM, many of whom work in difficult and sometimes dangerous "
             "conditions. We commend them for their dedication."),
    ("p", 4, "This session meets against the background of the most severe economic downturn "
             "that the world has experienced in more than half a century. Migrants, who are "
             "often the first to lose their jobs and the last to be reached by social "
             "protection, have borne a disproportionate share of its cost. In Ghana, as in many "
             "countries of origin, the crisis has been felt in the loss of employment of our "
             "nationals abroad, in returns that were neither planned nor prepared, and in a "
             "fall in the transfers on which a great many households depend."),
    ("p", 5, "Remittances to developing countries, which reached an estimated USD 338 billion "
             "in 2008, are now expected to decline by some 6 per cent in 2009.{1} For "
             "sub-Saharan Africa the fall is smaller in absolute terms, but it weighs heavily "
             "on household budgets already strained by higher food prices. My delegation "
             "therefore welcomes the research undertaken by the Administration on the effects "
             "of the crisis on migration flows, summarized in document MC/INF/297, and "
             "encourages IOM to continue to share its findings with Member States as the "
             "situation evolves."),
    ("p", 6, "We are encouraged that the crisis has not, so far, led to the large-scale "
             "return movements that some had feared. This is a reminder that migration is a "
             "lasting feature of our economies and societies rather than a passing phenomenon, "
             "and that restrictive measures adopted in haste may prove costly in the long run. "
             "We call on all States to resist the temptation to make migrants the scapegoats "
             "of hard times, and to uphold their human rights, whatever their status."),
    ("s", "Mr. Chairman,"),
    ("p", 7, "Ghana attaches the greatest importance to the link between migration and "
             "development. Through the Migration for Development in Africa (MIDA) Ghana "
             "Health project, implemented with the support of IOM since 2005, more than 200 "
             "health professionals of the Ghanaian diaspora have undertaken temporary "
             "assignments in our hospitals and training institutions. The publication this "
             "year of the migration profile of Ghana, prepared jointly by IOM and our national "
             "institutions, has given us for the first time a consolidated picture of "
             "movements into and out of the country, and will inform the national migration "
             "policy now being drafted."),
    ("p", 8, "The Global Forum on Migration and Development, held in Athens earlier this "
             "month, confirmed the value of open and informal dialogue among States on these "
             "questions. We appreciate the support that IOM has given to the Forum, and to "
             "regional consultative processes such as the Migration Dialogue for West Africa, "
             "which has helped the States of our subregion to develop common approaches to "
             "free movement under the ECOWAS Protocol."),
    ("p", 9, "Looking ahead, my delegation would like to highlight three areas in which we "
             "believe the Organization should concentrate its efforts in the coming year:"),
    ("i", "(a)", "the protection of migrants in situations of vulnerability, including victims "
                 "of trafficking and unaccompanied minors, in close cooperation with the other "
                 "agencies concerned;"),
    ("i", "(b)", "assistance for the return and reintegration of migrants, so that a return "
                 "prompted by the loss of employment does not become a further cause of "
                 "hardship for the migrant and his or her community; and"),
    ("i", "(c)", "the strengthening of data collection and analysis in countries of origin, "
                 "without which neither migration policy nor development planning can be "
                 "soundly based."),
    ("p", 10, "We also follow with interest the work of IOM on the relationship between "
              "migration, the environment and climate change. The floods that struck the "
              "northern regions of Ghana in 2007 displaced many thousands of our citizens and "
              "showed how quickly environmental stress can set people in motion. As the "
              "international community prepares for the Copenhagen Climate Change Conference "
              "next month, we hope that the human dimension of climate change, including its "
              "effects on mobility, will receive the attention it deserves."),
    ("p", 11, "My delegation has studied the Programme and Budget for 2010 (MC/2283) with "
              "care. We support the proposed Administrative Part of the Budget of "
              "CHF 39,388,000, which respects the principle of zero nominal growth. We note, "
              "however, that the Operational Part of the Budget has more than doubled in the "
              "space of five years while the core structure has remained essentially "
              "unchanged. We share the concern of other delegations that this imbalance, if "
              "left unaddressed, could put at risk the quality of the services that Member "
              "States expect of the Organization, and we will continue to take an active part "
              "in the discussions of the Working Group on Budget Reform."),
    ("p", 12, "In this connection, I am pleased to inform the Council that the Government of "
              "Ghana has paid in full its assessed contribution for 2009. We urge all Member "
              "States in arrears to make every effort to settle their outstanding "
              "contributions, or to agree on a payment plan with the Administration."),
    ("p", 13, "The IOM Strategy, endorsed by the Council in Resolution No. 1150 of 7 June 2007, "
              "continues to provide a sound framework for the activities of the Organization. "
              "We look forward to the review of the Strategy scheduled for 2010, and trust that "
              "it will be conducted in an open and transparent manner, with the full "
              "participation of Member States."),
    ("p", 14, "We further encourage the Director General to pursue his efforts to achieve a "
              "broader geographical distribution of staff, in particular at the senior levels "
              "of the Organization, where Africa remains under-represented, and to maintain "
              "the attention given to gender balance."),
    ("p", 15, "In conclusion, Mr. Chairman, Ghana reaffirms its commitment to the principles "
              "of the Organization and to the humane and orderly management of migration for "
              "the benefit of all. We stand ready to work with the Director General and with "
              "all Member States to ensure that IOM emerges from these difficult times "
              "stronger and better equipped to serve migrants and Governments alike."),
    ("c", "I thank you for your attention."),
]

FOOTNOTES = {
    "1": "World Bank, Migration and Development Brief 11, \u201cMigration and Remittance "
         "Trends 2009\u201d, 3 November 2009. The estimate for 2009 is a decline of 6.1 per cent.",
}


# ---------------------------------------------------------------- drawing
class Doc(FPDF):
    def footer(self):
        if self.page_no() > 1:
            self.set_font("Serif", "", 10)
            label = "- %d -" % self.page_no()
            w = self.get_string_width(label)
            self.text((PAGE_W - w) / 2, FOOTER_Y, label)


pdf = Doc(unit="mm", format="A4")
pdf.set_auto_page_break(False)
pdf.add_font("Serif", "", os.path.join(FONTDIR, "DejaVuSerif.ttf"))
pdf.add_font("Serif", "B", os.path.join(FONTDIR, "DejaVuSerif-Bold.ttf"))
pdf.add_font("Serif", "I", os.path.join(FONTDIR, "DejaVuSerif-Italic.ttf"))
pdf.add_font("Serif", "BI", os.path.join(FONTDIR, "DejaVuSerif-BoldItalic.ttf"))
pdf.set_title("Statement by Ghana - 98th Session of the IOM Council - General Debate")
pdf.set_author("Permanent Mission of the Republic of Ghana, Geneva")


def tokens(text):
    """Split text into words; a word may carry a {n} footnote marker glued to it."""
    out = []
    for w in text.split(" "):
        if "{" in w:
            base, rest = w.split("{", 1)
            mark = rest.split("}", 1)[0]
            out.append((base, mark))
        else:
            out.append((w, None))
    return out


def word_w(word, size, style=""):
    base, mark = word
    pdf.set_font("Serif", style, size)
    w = pdf.get_string_width(base)
    if mark:
        pdf.set_font("Serif", style, size * 0.62)
        w += pdf.get_string_width(mark) + 0.3
    return w


def wrap(words, widths, size, style=""):
    """Greedy wrapping. widths: function(line_index) -> available width."""
    pdf.set_font("Serif", style, size)
    space = pdf.get_string_width(" ")
    lines, cur, curw = [], [], 0.0
    for word in words:
        ww = word_w(word, size, style)
        avail = widths(len(lines))
        if cur and curw + space + ww > avail:
            lines.append(cur)
            cur, curw = [word], ww
        else:
            curw = ww if not cur else curw + space + ww
            cur.append(word)
    if cur:
        lines.append(cur)
    return lines


def draw_line(words, x, y, width, size, style="", justify=False):
    pdf.set_font("Serif", style, size)
    space = pdf.get_string_width(" ")
    total = sum(word_w(w, size, style) for w in words)
    gap = space
    if justify and len(words) > 1:
        gap = (width - total) / (len(words) - 1)
        if gap > space * 3.2:
            gap = space
    cx = x
    for base, mark in words:
        pdf.set_font("Serif", style, size)
        pdf.text(cx, y, base)
        cx += pdf.get_string_width(base)
        if mark:
            pdf.set_font("Serif", style, size * 0.62)
            pdf.text(cx + 0.3, y - size * 0.38 * 0.3528, mark)
            cx += pdf.get_string_width(mark) + 0.3
        cx += gap


def centred(text, y, size, style=""):
    pdf.set_font("Serif", style, size)
    w = pdf.get_string_width(text)
    pdf.text((PAGE_W - w) / 2, y, text)


def right(text, y, size, style=""):
    pdf.set_font("Serif", style, size)
    w = pdf.get_string_width(text)
    pdf.text(PAGE_W - RM - w, y, text)


state = {"y": 0.0, "notes": [], "limit": BOTTOM}


def footnote_height(keys):
    h = 4.0
    for k in keys:
        lines = wrap(tokens(FOOTNOTES[k]), lambda i: TEXT_W - 6, FOOT_SIZE)
        h += len(lines) * FOOT_LEAD + 1.0
    return h


def flush_footnotes():
    if not state["notes"]:
        return
    h = footnote_height(state["notes"])
    y = BOTTOM - h + 4.0 + 2.0
    pdf.set_line_width(0.25)
    pdf.line(LM, y - 4.2, LM + 50, y - 4.2)
    for k in state["notes"]:
        lines = wrap(tokens(FOOTNOTES[k]), lambda i: TEXT_W - 6, FOOT_SIZE)
        pdf.set_font("Serif", "", FOOT_SIZE * 0.62)
        pdf.text(LM + 1, y - FOOT_SIZE * 0.38 * 0.3528, k)
        for j, ln in enumerate(lines):
            draw_line(ln, LM + 6, y, TEXT_W - 6, FOOT_SIZE,
                      justify=(j < len(lines) - 1))
            y += FOOT_LEAD
        y += 1.0
    state["notes"] = []


def new_page():
    flush_footnotes()
    pdf.add_page()
    state["y"] = TOP + 6
    state["limit"] = BOTTOM


def place_line(words, x, width, size, style="", justify=False, number=None):
    marks = [m for _, m in words if m]
    limit = state["limit"]
    if marks:
        limit = BOTTOM - footnote_height(state["notes"] + marks)
    if state["y"] > limit:
        new_page()
    if marks:
        state["notes"].extend(marks)
        state["limit"] = BOTTOM - footnote_height(state["notes"])
    if number is not None:
        pdf.set_font("Serif", style, size)
        pdf.text(NUM_X, state["y"], number)
    draw_line(words, x, state["y"], width, size, style, justify)
    state["y"] += LEAD


def paragraph(num, text):
    words = tokens(text)
    lines = wrap(words, lambda i: (LM + TEXT_W - FIRST_X) if i == 0 else TEXT_W, BODY_SIZE)
    # keep at least two lines together at a page foot
    if state["y"] + LEAD > state["limit"]:
        new_page()
    for j, ln in enumerate(lines):
        last = j == len(lines) - 1
        if j == 0:
            place_line(ln, FIRST_X, LM + TEXT_W - FIRST_X, BODY_SIZE,
                       justify=not last, number="%d." % num)
        else:
            place_line(ln, LM, TEXT_W, BODY_SIZE, justify=not last)
    state["y"] += PARA_GAP


def item(label, text):
    words = tokens(text)
    w = LM + TEXT_W - ITEM_TEXT_X
    lines = wrap(words, lambda i: w, BODY_SIZE)
    if state["y"] + LEAD > state["limit"]:
        new_page()
    for j, ln in enumerate(lines):
        last = j == len(lines) - 1
        if j == 0:
            pdf.set_font("Serif", "", BODY_SIZE)
            if state["y"] > state["limit"]:
                new_page()
            pdf.text(ITEM_LABEL_X, state["y"], label)
        place_line(ln, ITEM_TEXT_X, w, BODY_SIZE, justify=not last)
    state["y"] += PARA_GAP


def plain(text, style=""):
    words = tokens(text)
    lines = wrap(words, lambda i: TEXT_W, BODY_SIZE, style)
    for ln in lines:
        place_line(ln, LM, TEXT_W, BODY_SIZE, style)
    state["y"] += PARA_GAP


# ---------------------------------------------------------------- page 1
pdf.add_page()
# letterhead: a simple drawn emblem (star in a ring) and the mission's name
cx, cy = PAGE_W / 2, 20
pdf.set_line_width(0.5)
pdf.ellipse(cx - 6, cy - 6, 12, 12)
import math
pts = []
for k in range(10):
    r = 4.2 if k % 2 == 0 else 1.7
    a = math.radians(-90 + 36 * k)
    pts.append((cx + r * math.cos(a), cy + r * math.sin(a)))
pdf.set_fill_color(0, 0, 0)
pdf.polygon(pts, style="F")
centred(HEAD_LETTER[0], 34, 11, "B")
centred(HEAD_LETTER[1], 39.5, 8.5)
pdf.set_line_width(0.6)
pdf.line(LM, 43.5, PAGE_W - RM, 43.5)
pdf.set_line_width(0.2)
pdf.line(LM, 44.5, PAGE_W - RM, 44.5)

right("Check against delivery", 53, 10, "I")

centred("INTERNATIONAL ORGANIZATION FOR MIGRATION", 64, 11.5, "B")
centred("NINETY-EIGHTH SESSION OF THE COUNCIL", 70, 11.5, "B")
centred("General Debate", 76.5, 11.5)

centred("MIGRATION IN A TIME OF ECONOMIC CRISIS:", 90, 12.5, "B")
centred("SAFEGUARDING THE GAINS OF HUMAN MOBILITY", 96.5, 12.5, "B")

centred("Statement by H.E. Mr Kwame Ofori-Boadu,", 110, 11.5)
centred("Ambassador and Permanent Representative of Ghana", 116, 11.5)

centred("24 November 2009", 127, 11.5)

state["y"] = 142
plain(SALUTATION)

for block in BODY:
    kind = block[0]
    if kind == "p":
        paragraph(block[1], block[2])
    elif kind == "i":
        item(block[1], block[2])
    elif kind == "s":
        if state["y"] + 2 * LEAD > state["limit"]:
            new_page()
        plain(block[1])
    elif kind == "c":
        state["y"] += 2
        plain(block[1])

flush_footnotes()
pdf.output(OUT)
print("pages:", pdf.page_no())
