"""Draws statement-2008c.pdf: an IOM Council statement of December 2008 (fpdf2)."""
import os
import re

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "statement-2008c.pdf")
FONTDIR = "/usr/share/fonts/truetype/dejavu"

SYMBOL = "MICEM/12/2008"

PT = 25.4 / 72.0          # one point in mm
PAGE_W, PAGE_H = 210.0, 297.0
LEFT, RIGHT = 25.0, 25.0
TOP = 18.0
BOTTOM = 272.0            # lowest baseline allowed for body text and footnotes
TEXT_W = PAGE_W - LEFT - RIGHT
BODY_SIZE = 11.5
LEAD = 6.0                # body line spacing (mm)
PARA_GAP = 4.2            # space between paragraphs (mm)
FN_SIZE = 9.0
FN_LEAD = 4.2
BULLET_INDENT = 12.0

# ---------------------------------------------------------------- content
# Inline markup: **bold**, *italic*, ^n^ raised footnote marker.
TITLE = ["OPENING STATEMENT TO THE", "NINETY-SIXTH SESSION OF THE COUNCIL"]
DATE = "2 December 2008"
SPEAKER = "The Director General"
SALUTATION = ("Madam Chairperson, Excellencies, distinguished delegates and observers, "
              "ladies and gentlemen,")

FOOTNOTES = {
    "1": ("Provisional figures as at 30 September 2008. Final figures will be given in the "
          "Report of the Director General on the Work of the Organization for the Year 2008, "
          "to be submitted to the Executive Committee in June 2009."),
    "2": ("The savings measures are set out in Part I of document MC/2262 and in paragraphs "
          "18 to 27 of the report of the Standing Committee on Programmes and Finance "
          "(MC/2264); see also the status report on outstanding contributions (SCPF/21)."),
}

BODY = [
    ("p", "It is an honour to open this Ninety-sixth Session of the Council, and I thank you, "
          "Madam Chairperson, for the care with which you and the Bureau have prepared our "
          "deliberations. Allow me first to extend a warm welcome to the delegations of Bhutan "
          "and Tuvalu, whose applications for membership are before you in documents MC/2266 "
          "and MC/2267. Should the Council approve them, our membership will grow from 125 to "
          "127 States, a figure that would have seemed ambitious a decade ago, when the "
          "Organization counted 67 Members."),
    ("p", "The past twelve months have tested the Organization as rarely before. Food and fuel "
          "prices rose steeply in the first half of the year, and in recent weeks the turmoil in "
          "financial markets has begun to reach the labour markets on which millions of migrants "
          "and their families depend. Against that background, IOM managed an active portfolio "
          "of 2,140 projects in 2008, compared with 1,870 a year earlier, and its field presence "
          "now extends to 420 locations.^1^"),
    ("p", "Before I turn to substance, a word on the documents before you. The Report of the "
          "Director General on the Work of the Organization for the Year 2007 (MC/2255) was "
          "examined by the Executive Committee in June, and the Programme and Budget for 2009 "
          "(MC/2262) has been reviewed in detail by the Standing Committee on Programmes and "
          "Finance at its Third Session, whose report is contained in document MC/2264. I shall "
          "therefore be brief on those matters and concentrate instead on the direction of our "
          "work."),
    ("h", "THE GLOBAL CONTEXT"),
    ("p", "Some 200 million people now live outside their country of birth. Their remittances "
          "to developing countries reached an estimated USD 305 billion in 2008, more than twice "
          "the volume of official development assistance. Yet the present downturn reminds us "
          "how exposed migrants are: they are often the first to lose their jobs and the last "
          "to benefit from social protection. We must expect that some will go home earlier "
          "than planned, and that others will stay on in irregular situations rather than risk "
          "a journey they cannot afford to repeat."),
    ("p", "Migration is also ever more closely bound up with environmental change. Gradual land "
          "degradation, recurrent floods and prolonged droughts are already reshaping "
          "settlement patterns in the Sahel, in South Asia and in small island States, and "
          "several governments have asked IOM to help them anticipate where people are likely "
          "to move and how they can be supported. We intend to share our preliminary findings "
          "in the debate on international migration and development foreseen under General "
          "Assembly resolution 61/208, and I hope that Member States will work with us on this "
          "emerging agenda."),
    ("h", "OPERATIONAL HIGHLIGHTS OF 2008"),
    ("p", "In Myanmar, after Cyclone Nargis struck the Irrawaddy Delta in May, IOM teams "
          "delivered shelter materials to more than 61,000 households within ten weeks. In "
          "Haiti, four successive storms in August and September displaced tens of thousands, "
          "and our camp management teams were at work alongside the national authorities within "
          "days. In Iraq, where an estimated 2.8 million people remain internally displaced, the "
          "Organization continues to monitor displacement in all 18 governorates and to assist "
          "the most vulnerable families."),
    ("p", "Beyond emergencies, the year saw steady progress across the full range of our "
          "services. Let me single out five areas in particular:"),
    ("b", "resettlement and movement assistance, under which IOM arranged the travel of 92,400 "
          "refugees and other migrants to 32 receiving countries, some 14,000 more than in 2007;"),
    ("b", "assisted voluntary return and reintegration, which enabled 26,700 migrants to return "
          "home in safety and dignity from 61 host countries;"),
    ("b", "counter-trafficking, where 1,050 victims received direct help through shelters, "
          "medical care and legal counselling in 85 countries;"),
    ("b", "migration health, including pre-departure medical assessments for more than 210,000 "
          "migrants and tuberculosis control programmes in 12 countries; and"),
    ("b", "technical cooperation on migration management, with over 140 capacity-building "
          "projects on border management, labour mobility and migration legislation."),
    ("p", "Behind each of these numbers stands a person whose life was made safer, or whose "
          "choices became wider, because Member States and IOM acted together. I wish to thank "
          "the staff of the Organization, more than 6,000 of them serving in the field, for the "
          "dedication they have shown in conditions that are often difficult and sometimes "
          "dangerous."),
    ("h", "GOVERNANCE, BUDGET AND FINANCE"),
    ("p", "The IOM Strategy endorsed by the Council through Resolution No. 1150 of 7 June 2007 "
          "continues to guide our choices. It commits the Organization to act \u201cin close "
          "cooperation with Member States and other partners, for the benefit of migrants and "
          "societies alike\u201d, and it is against that yardstick that I invite you to judge the "
          "proposals before this session. The background paper on the first review of the "
          "Strategy (MC/INF/294) explains how each of its twelve points is reflected in our "
          "programmes."),
    ("p", "The Programme and Budget for 2009 proposes an Administrative Part of CHF 38,051,000, "
          "unchanged in nominal terms from 2008, and an Operational Part estimated at USD 796.5 "
          "million. Holding to zero nominal growth for yet another year has required difficult "
          "decisions, and the Administration has absorbed statutory cost increases of some "
          "CHF 1.2 million through savings and restructuring.^2^"),
    ("p", "On outstanding contributions the picture has improved. As at 30 November 2008, "
          "arrears to the Administrative Part of the Budget stood at CHF 2,870,000, against "
          "CHF 4,115,000 a year earlier; of that amount, CHF 1,640,000 is owed by six Member "
          "States that have lost their right to vote under Article 4 of the Constitution. I am "
          "grateful to the eight States that concluded payment plans during the year, and I "
          "appeal to those still in arrears to follow their example."),
    ("p", "I also welcome the progress achieved in the informal consultations on governance "
          "reform, which are summarized in document MC/INF/295, and I look forward to the "
          "Council\u2019s guidance on how that work should be carried forward in 2009."),
    ("h", "THE ROAD AHEAD"),
    ("p", "Next year will bring both continuity and renewal. The International Dialogue on "
          "Migration will focus in 2009 on the human rights of migrants and on the effects of "
          "the economic crisis, and the first intersessional workshop is planned for March. We "
          "will also help to prepare the third meeting of the Global Forum on Migration and "
          "Development, which Greece will host in Athens in November 2009, and we will deepen "
          "our cooperation with the other members of the Global Migration Group."),
    ("p", "Madam Chairperson, an organization is only as strong as the candour of its Members. "
          "I therefore welcome the debate that will follow, and I assure you that the "
          "Administration will listen closely to every delegation, large or small, long-standing "
          "Member or newcomer."),
    ("p", "Thank you."),
]


# ---------------------------------------------------------------- engine
class Doc(FPDF):
    pass


pdf = Doc(orientation="P", unit="mm", format="A4")
pdf.set_auto_page_break(False)
pdf.set_margins(LEFT, TOP, RIGHT)
pdf.add_font("Serif", "", os.path.join(FONTDIR, "DejaVuSerifCondensed.ttf"))
pdf.add_font("Serif", "B", os.path.join(FONTDIR, "DejaVuSerifCondensed-Bold.ttf"))
pdf.add_font("Serif", "I", os.path.join(FONTDIR, "DejaVuSerifCondensed-Italic.ttf"))
pdf.add_font("Serif", "BI", os.path.join(FONTDIR, "DejaVuSerifCondensed-BoldItalic.ttf"))


def setf(style, size):
    pdf.set_font("Serif", style, size)


def parse_runs(text):
    """Split markup into words; each word is a list of (text, style) segments."""
    segs = []
    for tok in re.split(r"(\*\*.+?\*\*|\^\w+\^|\*[^*]+?\*)", text):
        if not tok:
            continue
        if tok.startswith("**"):
            segs.append((tok[2:-2], "B"))
        elif tok.startswith("^"):
            segs.append((tok[1:-1], "SUP"))
        elif tok.startswith("*"):
            segs.append((tok[1:-1], "I"))
        else:
            segs.append((tok, ""))
    words, cur = [], []
    for txt, st in segs:
        if st == "SUP":
            cur.append((txt, st))
            continue
        parts = txt.split(" ")
        for i, part in enumerate(parts):
            if i > 0:
                if cur:
                    words.append(cur)
                cur = []
            if part:
                cur.append((part, st))
    if cur:
        words.append(cur)
    return words


def seg_width(txt, st, size):
    if st == "SUP":
        setf("", size * 0.62)
    else:
        setf(st, size)
    return pdf.get_string_width(txt)


def word_width(word, size):
    return sum(seg_width(t, s, size) for t, s in word)


def wrap(words, width, size):
    setf("", size)
    space = pdf.get_string_width(" ")
    lines, cur, cur_w = [], [], 0.0
    for w in words:
        ww = word_width(w, size)
        if cur and cur_w + space + ww > width:
            lines.append(cur)
            cur, cur_w = [w], ww
        else:
            cur_w = cur_w + (space if cur else 0) + ww
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


def draw_line(line, x0, y, width, size, justify):
    setf("", size)
    space = pdf.get_string_width(" ")
    widths = [word_width(w, size) for w in line]
    gap = space
    if justify and len(line) > 1:
        gap = (width - sum(widths)) / (len(line) - 1)
    x = x0
    markers = []
    for w, ww in zip(line, widths):
        xx = x
        for t, s in w:
            if s == "SUP":
                setf("", size * 0.62)
                pdf.text(xx, y - size * 0.38 * PT, t)
                markers.append(t)
            else:
                setf(s, size)
                pdf.text(xx, y, t)
            xx += seg_width(t, s, size)
        x += ww + gap
    return markers


def line_markers(line):
    return [t for w in line for t, s in w if s == "SUP"]


class Flow:
    def __init__(self):
        self.page = 0
        self.y = 0.0
        self.notes = []       # footnote keys on the current page

    def fn_height(self, keys):
        if not keys:
            return 0.0
        h = 5.0
        for k in keys:
            h += len(wrap(parse_runs(FOOTNOTES[k]), TEXT_W - 6, FN_SIZE)) * FN_LEAD + 1.2
        return h

    def new_page(self):
        if self.page:
            self.finish_page()
        pdf.add_page()
        self.page += 1
        self.notes = []
        if self.page > 1:
            setf("", 10)
            for i, s in enumerate([SYMBOL, "Page %d" % self.page]):
                w = pdf.get_string_width(s)
                pdf.text(PAGE_W - RIGHT - w, TOP + i * 4.6, s)
            self.y = TOP + 4.6 + 12.0
        else:
            self.y = TOP

    def finish_page(self):
        if not self.notes:
            return
        top = BOTTOM - self.fn_height(self.notes) + 5.0
        pdf.set_line_width(0.2)
        pdf.line(LEFT, top - 3.6, LEFT + 50, top - 3.6)
        y = top
        for k in self.notes:
            setf("", FN_SIZE * 0.62)
            pdf.text(LEFT + 1.0, y - FN_SIZE * 0.22 * PT, k)
            lines = wrap(parse_runs(FOOTNOTES[k]), TEXT_W - 6, FN_SIZE)
            for i, ln in enumerate(lines):
                draw_line(ln, LEFT + 6, y, TEXT_W - 6, FN_SIZE, i < len(lines) - 1)
                y += FN_LEAD
            y += 1.2

    def room(self, extra_notes=()):
        return BOTTOM - self.fn_height(self.notes + list(extra_notes))

    def lines(self, lines, x0, width, size, first_prefix=None, keep=2):
        """Place wrapped lines, breaking pages as needed (no widows of one line at a page end)."""
        n = len(lines)
        for i, ln in enumerate(lines):
            mk = line_markers(ln)
            need = LEAD
            if i == 0 and n > 1:
                need = LEAD * min(keep, n)
            if self.y + need - LEAD > self.room(mk) or self.y > self.room(mk):
                self.new_page()
            if i == 0 and first_prefix:
                setf("", size)
                pdf.text(first_prefix[1], self.y, first_prefix[0])
            draw_line(ln, x0, self.y, width, size, i < n - 1)
            self.notes.extend(mk)
            self.y += LEAD

    def gap(self, h):
        self.y += h


flow = Flow()
flow.new_page()

# ---- header block (page 1)
setf("B", 11)
w = pdf.get_string_width(SYMBOL)
pdf.text(PAGE_W - RIGHT - w, flow.y, SYMBOL)
flow.y += 26.0
setf("B", 12)
for t in TITLE:
    w = pdf.get_string_width(t)
    pdf.text((PAGE_W - w) / 2, flow.y, t)
    flow.y += 6.2
flow.y += 6.0
for t, st in [(DATE, "B"), (SPEAKER, "B")]:
    setf(st, 11.5)
    w = pdf.get_string_width(t)
    pdf.text((PAGE_W - w) / 2, flow.y, t)
    flow.y += 9.0
flow.y += 2.0
setf("I", 10.5)
t = "Check against delivery"
w = pdf.get_string_width(t)
pdf.text(PAGE_W - RIGHT - w, flow.y, t)
flow.y += 14.0

# ---- salutation
flow.lines(wrap(parse_runs(SALUTATION), TEXT_W, BODY_SIZE), LEFT, TEXT_W, BODY_SIZE)
flow.gap(PARA_GAP)

# ---- body
prev = None
for kind, text in BODY:
    if kind == "h":
        flow.gap(3.0)
        # keep heading with at least two lines of the next paragraph
        if flow.y + LEAD * 3 > flow.room():
            flow.new_page()
        setf("B", BODY_SIZE)
        pdf.text(LEFT, flow.y, text)
        flow.y += LEAD + PARA_GAP
    elif kind == "p":
        flow.lines(wrap(parse_runs(text), TEXT_W, BODY_SIZE), LEFT, TEXT_W, BODY_SIZE)
        flow.gap(PARA_GAP)
    elif kind == "b":
        lines = wrap(parse_runs(text), TEXT_W - BULLET_INDENT, BODY_SIZE)
        flow.lines(lines, LEFT + BULLET_INDENT, TEXT_W - BULLET_INDENT, BODY_SIZE,
                   first_prefix=("\u2022", LEFT + 4.0))
        flow.gap(PARA_GAP * 0.6)
    prev = kind

flow.finish_page()
pdf.output(OUT)
print("pages:", flow.page)
