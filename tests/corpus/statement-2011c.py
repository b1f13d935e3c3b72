"""Draw statement-2011c.pdf: the Director General's statement to the 100th Session
of the IOM Council (December 2011), laid out on A4 with reportlab's canvas.

A small hand-made layout engine: justified paragraphs, raised footnote markers whose
bodies go to the foot of the page where the marker falls, a running header (symbol and
Page N) on pages after the first, and the trilingual cover footer on page 1.
"""
import os
import re

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "statement-2011c.pdf")

SYMBOL = "MC/2331"
PAGE_W, PAGE_H = A4
LEFT = 72
RIGHT = PAGE_W - 72
WIDTH = RIGHT - LEFT
TOP = PAGE_H - 92          # first body baseline on pages 2+
BOTTOM_FIRST = 78          # lowest body baseline on page 1 (above the trilingual footer)
BOTTOM = 62                # lowest body baseline on other pages

BODY_FONT, BODY_SIZE, LEAD = "Times-Roman", 12, 15.5
PARA_GAP = 9
FN_FONT, FN_SIZE, FN_LEAD = "Times-Roman", 9.5, 11.5
SUP_SIZE = 7.5
SUP_RISE = 4.5

# --------------------------------------------------------------------------------------
# Content.  [^n] after a word is a raised footnote marker.
# --------------------------------------------------------------------------------------
FOOTNOTES = {
    1: "The Provisional Intergovernmental Committee for the Movement of Migrants from Europe "
       "was set up by the Migration Conference held in Brussels from 26 November to "
       "8 December 1951. It became the Intergovernmental Committee for European Migration in "
       "1952 and took its present name in 1989.",
    2: "Figures as at 30 November 2011. They cover migrants moved from the border crossing "
       "points as well as those evacuated by sea from Benghazi and Misrata.",
    3: "See the Programme and Budget for 2012 (MC/2317), paragraphs 14 to 22, and the "
       "information note on the core structure (MC/INF/305) considered by the Standing "
       "Committee on Programmes and Finance at its Ninth Session.",
}

SALUTATION = "Mr Chairperson, Excellencies, Distinguished delegates, Ladies and gentlemen,"

BODY = [
    ("para",
     "It is an honour to address the Council at the opening of its 100th Session, and a "
     "particular pleasure to do so in the sixtieth year since the Migration Conference in "
     "Brussels brought our Organization into being.[^1] I extend a warm welcome to the "
     "delegations taking their seats as Members for the first time, and to the observers who "
     "have travelled far to be with us. Your presence is itself a sign that the questions "
     "which first brought a handful of governments together have not grown smaller with time."),
    ("para",
     "Allow me first to thank the outgoing Chairperson and the Bureau for their stewardship "
     "over the past twelve months, and to congratulate you, Mr Chairperson, on your election. "
     "You take the chair at a moment when the Organization is larger, busier and more exposed "
     "than at any point in its history. I shall speak briefly about where we have come from, "
     "at greater length about what this year has demanded of us, and then set out the "
     "priorities on which I will be seeking your guidance."),

    ("heading", None, "SIXTY YEARS OF SERVICE TO MIGRANTS AND STATES"),
    ("para",
     "The committee created in Brussels was intended to be temporary. Its founders expected "
     "to move some hundreds of thousands of Europeans uprooted by the war and then to close "
     "their books. Instead, the demand for orderly and humane movement has never slackened. "
     "Across six decades the Organization has helped well over 14 million people to travel, "
     "resettle or return home, and it has worked with governments in almost every region to "
     "build the capacities they need to manage migration on their own terms."),
    ("para",
     "Our membership tells a similar story. From a small group of founding governments we "
     "grew to 67 Member States at the turn of the century and to 132 by the close of last "
     "year\u2019s session. The change is not one of size alone. The Organization has become "
     "a forum where countries of origin, transit and destination sit as equals, and where the "
     "voice of migrants themselves is increasingly heard. That balance is the most valuable "
     "thing we possess, and it must be protected as we continue to grow."),

    ("heading", None, "The Year in Review"),
    ("para",
     "No event shaped our year more than the upheaval in North Africa. When fighting broke out "
     "in Libya in late February, hundreds of thousands of foreign workers fled across the "
     "borders into Egypt, Tunisia, the Niger, Chad and Algeria, many carrying nothing but what "
     "they wore. Together with UNHCR, the host governments and a broad coalition of donors, "
     "IOM organized the onward journey of 209,000 migrants of some 60 nationalities: 136,000 "
     "by air and 73,000 by sea and overland convoy.[^2] For most of them the journey ended at "
     "home; for the few thousand who could not return in safety, we sought other solutions "
     "with our partners."),
    ("para",
     "The crisis in the Horn of Africa followed within months. Drought and conflict drove large "
     "numbers of Somalis into Kenya and Ethiopia, and we scaled up transport, health screening "
     "and shelter to support the agencies and authorities receiving them. Our teams in Haiti "
     "and Pakistan meanwhile continued to work with families still displaced by the disasters "
     "of 2010, and the earthquake and tsunami that struck Japan in March reminded us that no "
     "country lies beyond the reach of sudden displacement."),
    ("para",
     "Resettlement, the oldest of our activities, remained one of the busiest. By the end of "
     "November we had helped some 96,000 refugees to travel to 28 resettlement countries, and "
     "the medical teams that examine them before departure carried out more than 260,000 "
     "health assessments for migrants and refugees alike. Behind each of these figures is a "
     "family that reached its new home safely and in good health."),
    ("para",
     "Beyond the emergencies, the steady work went on. Active projects numbered close to 2,700 "
     "at the end of October, against about 2,400 a year earlier. Total expenditure for 2011 is "
     "expected to exceed USD 1.3 billion, while the Administrative Part of the Budget remains at "
     "CHF 39.4 million, the level approved for the fourth year running. I need hardly point out "
     "what that widening gap means for the small structure on which everything else depends."),
    ("para",
     "On the policy side, the International Dialogue on Migration devoted this anniversary year "
     "to the future of migration, and its two intersessional workshops drew the largest "
     "attendance we have recorded. The conversations held there, on the links between "
     "migration and development and on the changing environment in which people move, have "
     "informed much of what I will propose today."),

    ("heading", None, "MIGRANTS CAUGHT IN CRISIS"),
    ("para",
     "The events of 2011 exposed a gap in the international system. Refugees have a mandate and "
     "a body of law devoted to them; internally displaced persons have a set of guiding "
     "principles. Migrant workers trapped in a country at war often have neither. Their own "
     "governments may lack the consular presence or the means to bring them home, and the host "
     "State may be unable, or unwilling, to protect them. In Libya, the rescue of stranded "
     "migrants rested on arrangements improvised from one day to the next."),
    ("para",
     "I believe the Organization can help to close that gap, not by creating new obligations, "
     "but by offering States a clearer and more predictable way to call upon our operational "
     "capacity when their nationals are caught up in a crisis abroad. The Administration has "
     "begun consultations on an operational framework for this purpose, and I hope to bring a "
     "proposal before the Council in the course of next year. Our preliminary thinking is set "
     "out in the discussion note circulated as document MC/INF/307."),

    ("heading", "1.", "Institutional Priorities for 2012"),
    ("para",
     "The strategy adopted through Resolution No. 1150 of 7 June 2007, and reviewed by Member "
     "States last year (MC/INF/302), remains our point of reference. Within that strategy, I "
     "propose that in 2012 we concentrate our efforts on the following:"),
    ("bullets", [
        "preparing, together with Member States, an operational framework for responding to the "
        "migration dimensions of crises;",
        "strengthening the protection of migrants in vulnerable situations, including victims of "
        "trafficking and unaccompanied children;",
        "placing the core structure on a sustainable footing, beginning with a review of how the "
        "Administrative Part of the Budget is funded;[^3]",
        "investing in staff security and in the training of the 7,800 colleagues who serve in our "
        "field offices; and",
        "improving the quality and reach of migration data, so that policy can rest on evidence "
        "rather than on assumption.",
    ]),
    ("para",
     "None of these priorities is new, but each has acquired fresh urgency. I would ask the "
     "Council to regard them not as separate projects but as parts of a single effort: to make "
     "the Organization more dependable in an emergency, more rigorous in its daily work and more "
     "secure in its finances."),

    ("heading", None, "Governance and Membership"),
    ("para",
     "Eleven States have joined the Organization since the last regular session, and three "
     "further applications are before you today. Should the Council approve them, our "
     "membership will stand at 146. I welcome each of these governments warmly. Their decision "
     "is a vote of confidence in our work, and it also brings a responsibility: a larger Council "
     "needs working methods that allow every Member State, large or small, to take a real part "
     "in the decisions that affect it."),
    ("para",
     "For that reason I support the continuing work of the Working Group on IOM Relations with "
     "the United Nations and the Governance of the Organization, and I encourage Member States "
     "that have not yet done so to accept the amendments to the Constitution adopted in 1998, "
     "whose entry into force still awaits the necessary ratifications. Simpler governing "
     "structures would free time and resources for the substantive debate this Council deserves."),

    ("para",
     "Let me add a word on contributions. At the end of November, arrears to the Administrative "
     "Part of the Budget amounted to CHF 3.1 million, owed by 21 Member States, 14 of which have "
     "lost their right to vote. I thank those governments that have settled their arrears or "
     "agreed on a payment plan in the course of the year, and I appeal to the others to do what "
     "they can before the year closes."),

    ("heading", None, "CONCLUSION"),
    ("para",
     "Sixty years ago our founders spoke of moving people from places where they could find no "
     "work to places where they could build a life. Our vocabulary has changed, and so has the "
     "world, but the underlying conviction has not. I was struck, on a visit to the Tunisian "
     "border in March, by the words of a young man from Ghana who had waited four days at the "
     "transit camp for a flight home:"),
    ("quote",
     "\u201cI did not leave Libya to become somebody else\u2019s problem. I left so that I could "
     "be somebody\u2019s son again, in my own mother\u2019s house.\u201d"),
    ("para",
     "That is the measure by which our work will be judged: not by the number of aircraft "
     "chartered or projects approved, but by whether the people who turn to us come through "
     "their ordeal with their dignity intact. I count on your support to keep the Organization "
     "worthy of that trust in the decades ahead."),
    ("closing", "Thank you for your attention."),
]

# --------------------------------------------------------------------------------------
# Layout engine
# --------------------------------------------------------------------------------------
MARK_RE = re.compile(r"^(.*?)\[\^(\d+)\]$")


def split_token(tok):
    m = MARK_RE.match(tok)
    if m:
        return m.group(1), m.group(2)
    return tok, None


def tok_width(tok, font, size):
    base, mark = split_token(tok)
    w = stringWidth(base, font, size)
    if mark:
        w += stringWidth(mark, font, SUP_SIZE)
    return w


def wrap(text, font, size, width):
    words = text.split()
    lines, cur, cur_w = [], [], 0.0
    space = stringWidth(" ", font, size)
    for w in words:
        ww = tok_width(w, font, size)
        add = ww if not cur else cur_w + space + ww
        if cur and add > width:
            lines.append(cur)
            cur, cur_w = [w], ww
        else:
            cur.append(w)
            cur_w = add
    if cur:
        lines.append(cur)
    return lines


def line_marks(line):
    return [int(split_token(t)[1]) for t in line if split_token(t)[1]]


class Layout:
    def __init__(self, path):
        self.c = canvas.Canvas(path, pagesize=A4)
        self.c.setTitle("Statement by the Director General at the 100th Session of the Council")
        self.c.setAuthor("International Organization for Migration")
        self.page = 1
        self.y = None
        self.pending_fn = []       # footnote numbers to print on this page
        self.pages_of_marks = {}

    # footnote block height for a set of footnotes
    def fn_height(self, nums):
        if not nums:
            return 0
        h = 18  # gap + rule
        for n in nums:
            lines = wrap(FOOTNOTES[n], FN_FONT, FN_SIZE, WIDTH - 14)
            h += len(lines) * FN_LEAD + 2
        return h

    def bottom(self):
        return BOTTOM_FIRST if self.page == 1 else BOTTOM

    def room_for(self, height, marks=()):
        need_fn = self.fn_height(self.pending_fn + list(marks))
        return self.y - height >= self.bottom() + need_fn

    def draw_footnotes(self):
        if not self.pending_fn:
            return
        c = self.c
        y = self.bottom() - 6 + self.fn_height(self.pending_fn) - 12
        c.setFont("Times-Roman", 10)
        c.drawString(LEFT, y, "_" * 24)
        y -= FN_LEAD + 4
        for n in self.pending_fn:
            lines = wrap(FOOTNOTES[n], FN_FONT, FN_SIZE, WIDTH - 14)
            c.setFont(FN_FONT, SUP_SIZE)
            c.drawString(LEFT, y + SUP_RISE - 1, str(n))
            for ln in lines:
                c.setFont(FN_FONT, FN_SIZE)
                c.drawString(LEFT + 14, y, " ".join(ln))
                y -= FN_LEAD
            y -= 2
        self.pending_fn = []

    def header(self):
        c = self.c
        c.setFont("Times-Roman", 11)
        c.drawRightString(RIGHT, PAGE_H - 48, SYMBOL)
        c.drawRightString(RIGHT, PAGE_H - 62, "Page %d" % self.page)

    def new_page(self):
        self.draw_footnotes()
        self.c.showPage()
        self.page += 1
        self.header()
        self.y = TOP

    def draw_line(self, line, x, width, font, size, justify):
        c = self.c
        widths = [tok_width(t, font, size) for t in line]
        space = stringWidth(" ", font, size)
        if justify and len(line) > 1:
            gap = (width - sum(widths)) / (len(line) - 1)
        else:
            gap = space
        cx = x
        for t, w in zip(line, widths):
            base, mark = split_token(t)
            c.setFont(font, size)
            c.drawString(cx, self.y, base)
            if mark:
                bw = stringWidth(base, font, size)
                c.setFont(font, SUP_SIZE)
                c.drawString(cx + bw, self.y + SUP_RISE, mark)
                self.pages_of_marks[int(mark)] = self.page
            cx += w + gap

    def flow(self, text, x, width, font=BODY_FONT, size=BODY_SIZE, justify=True,
             first_prefix=None, lead=LEAD):
        lines = wrap(text, font, size, width)
        for i, ln in enumerate(lines):
            marks = line_marks(ln)
            if not self.room_for(lead, marks):
                self.new_page()
            self.y -= lead
            if i == 0 and first_prefix:
                first_prefix()
            last = i == len(lines) - 1
            self.draw_line(ln, x, width, font, size, justify and not last)
            self.pending_fn.extend(marks)

    def gap(self, h):
        self.y -= h

    def heading(self, num, text):
        # keep with at least two lines of the following paragraph
        if not self.room_for(LEAD * 3 + 10):
            self.new_page()
        else:
            self.gap(6)
        self.y -= LEAD
        c = self.c
        c.setFont("Times-Bold", 12)
        if num:
            c.drawString(LEFT, self.y, num)
            c.drawString(LEFT + 22, self.y, text)
        else:
            c.drawString(LEFT, self.y, text)
        self.gap(PARA_GAP)


def cover(L):
    c = L.c
    c.setFont("Times-Bold", 12)
    c.drawRightString(RIGHT, PAGE_H - 60, SYMBOL)
    c.setFont("Times-Roman", 12)
    c.drawRightString(RIGHT, PAGE_H - 76, "5 December 2011")
    c.setFont("Times-Bold", 12)
    c.drawString(LEFT, PAGE_H - 108, "100TH SESSION")
    c.setFont("Times-Roman", 12)
    c.drawString(LEFT, PAGE_H - 122, "_" * 75)
    c.setFont("Times-Bold", 13)
    c.drawCentredString(PAGE_W / 2, PAGE_H - 146, "STATEMENT BY THE DIRECTOR GENERAL")
    c.drawCentredString(PAGE_W / 2, PAGE_H - 163, "AT THE 100TH SESSION OF THE COUNCIL")
    c.setFont("Times-Roman", 12)
    c.drawCentredString(PAGE_W / 2, PAGE_H - 182, "(Sixtieth Anniversary of the Organization)")
    c.setFont("Times-Italic", 11.5)
    c.drawCentredString(PAGE_W / 2, PAGE_H - 210,
                        "Delivered by Mr Anders K. Holmberg, Director General, "
                        "at the opening meeting of the session")
    c.setFont("Times-Bold", 10.5)
    c.drawRightString(RIGHT, PAGE_H - 236, "Check against delivery")
    # trilingual cover footer
    c.setFont("Times-Bold", 10)
    c.drawString(LEFT, 36, "COUNCIL")
    c.drawCentredString(PAGE_W / 2, 36, "CONSEIL")
    c.drawRightString(RIGHT, 36, "CONSEJO")
    L.y = PAGE_H - 250


def build():
    L = Layout(OUT)
    cover(L)
    # salutation
    L.y -= LEAD
    L.c.setFont(BODY_FONT, BODY_SIZE)
    L.c.drawString(LEFT, L.y, SALUTATION)
    L.gap(PARA_GAP + 2)
    for block in BODY:
        kind = block[0]
        if kind == "para":
            L.flow(block[1], LEFT, WIDTH)
            L.gap(PARA_GAP)
        elif kind == "heading":
            L.heading(block[1], block[2])
        elif kind == "bullets":
            for item in block[1]:
                def bullet(L=L):
                    L.c.setFont(BODY_FONT, BODY_SIZE)
                    L.c.drawString(LEFT + 18, L.y, "\u2022")
                L.flow(item, LEFT + 36, WIDTH - 36, first_prefix=bullet)
                L.gap(5)
            L.gap(PARA_GAP - 5)
        elif kind == "quote":
            L.gap(2)
            L.flow(block[1], LEFT + 40, WIDTH - 80, font="Times-Italic", justify=False)
            L.gap(PARA_GAP + 4)
        elif kind == "closing":
            L.gap(4)
            L.flow(block[1], LEFT, WIDTH, justify=False)
    L.draw_footnotes()
    L.c.showPage()
    L.c.save()
    return L


if __name__ == "__main__":
    lay = build()
    print("pages:", lay.page, "marker pages:", lay.pages_of_marks)
