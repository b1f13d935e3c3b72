# -*- coding: utf-8 -*-
"""Lay out an invented IOM Director General statement (Council, 2010) on A4 with reportlab."""
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas
import re

OUT = "statement-2010.pdf"
PW, PH = A4
LM, RM = 72.0, 72.0
TOP, BOT = 68.0, 64.0
W = PW - LM - RM

BODY = ("Helvetica", 11.0)
LEAD = 14.6
FN = ("Helvetica", 8.8)
FN_LEAD = 10.8
SUP_SIZE = 7.0
SUP_RISE = 4.2
NUM_INDENT = 34.0      # hanging paragraph numbers: text starts here
BUL_INDENT = 54.0      # bullet text
BUL_GLYPH = 40.0       # bullet glyph position

FOOTNOTES = {
    "1": "The applications for membership submitted by the Governments concerned, and the "
         "Administration's comments on them, are contained in documents MC/2293 and MC/2294.",
    "2": "Programme and Budget for 2011 (MC/2297), Part I. The proposal keeps the assessed "
         "contributions of Member States at zero nominal growth for the sixth consecutive year, "
         "while the operational part of the budget is projected to exceed USD 1.1 billion.",
    "3": "Figures as at 31 October 2010. A detailed status report was presented to the Standing "
         "Committee on Programmes and Finance at its Seventh Session (SCPF/48).",
}

# ---------------------------------------------------------------- content
SALUTATION = "Mr. Chairman, Excellencies, distinguished delegates, ladies and gentlemen,"

BLOCKS = [
    ("salutation", SALUTATION),
    ("para", "1", "It is an honour to address the Ninety-ninth Session of the Council, the last of this "
     "decade and, in a sense, the last before the Organization enters its seventh decade. Let me first "
     "congratulate you, Mr. Chairman, and the other members of the Bureau on your election, and thank "
     "your predecessor for the steady hand with which she guided the work of the Council over a "
     "particularly demanding year."),
    ("para", "2", "Allow me also to extend a warm welcome to the States that have joined us at this "
     "session. With their admission the Organization counts 132 Member States,{1} while 17 States and "
     "some 80 international and non-governmental organizations follow our work as observers. This "
     "growth is not an end in itself. It is a measure of the confidence that you place in us, and of "
     "the responsibility that comes with it."),
    ("heading", "A year of emergencies"),
    ("para", "3", "Few years in our history have tested the Organization as 2010 has done. On 12 January "
     "an earthquake of catastrophic force struck Port-au-Prince and the towns around it, leaving more "
     "than one and a half million people without shelter. Within seventy-two hours IOM teams were "
     "registering displaced families in the first spontaneous settlements, and as lead agency for camp "
     "coordination and camp management we have since supported over 1,300 sites, distributed emergency "
     "shelter kits to some 90,000 households and helped relocate families out of areas exposed to "
     "flooding before the hurricane season."),
    ("para", "4", "Barely six months later, the monsoon floods in Pakistan affected some 20 million people "
     "along the length of the Indus valley. In June, the violence in the south of Kyrgyzstan displaced "
     "hundreds of thousands within the country and across the border. In each case the Organization was "
     "asked to do more, faster, and in more difficult conditions than in any previous year; and in each "
     "case our staff, national and international, answered that call at real risk to themselves."),
    ("para", "5", "The lessons we have drawn from these operations are set out in the review of the "
     "Organization's emergency response capacity (MC/INF/304), which is before you. I would single out "
     "one of them: our ability to act in the first days of a crisis depends on pre-positioned stocks, "
     "on a roster of experienced staff ready to deploy, and on funds that can be committed before the "
     "first appeal is launched. None of these can be built in the middle of an emergency."),
    ("heading", "Migration, development and a changing environment"),
    ("salutation", "Mr. Chairman,"),
    ("para", "6", "Emergencies dominate the headlines, but they are not the whole of our work. More than "
     "two thirds of our project portfolio continues to be devoted to the long-term management of "
     "migration: facilitating labour mobility, assisting the voluntary return and reintegration of "
     "migrants, protecting victims of trafficking and promoting the health of migrants and of the "
     "communities that receive them."),
    ("para", "7", "The global economic crisis has reminded us how closely the welfare of migrants and "
     "that of their families at home are linked. Remittances to developing countries fell in 2009, "
     "yet proved far more resilient than private capital flows, and many migrants chose to stay rather "
     "than return to countries where work was even scarcer. We were glad to contribute to the Global "
     "Forum on Migration and Development, meeting in Mexico earlier this month, and we will continue "
     "to place our operational experience at the disposal of States in that process."),
    ("para", "8", "We must also look further ahead. Environmental degradation and climate change will "
     "increasingly shape where and how people move, often within their own countries rather than "
     "across borders. This year's sessions of the International Dialogue on Migration showed how much "
     "remains to be understood, and how much States stand to gain from planning for such movements "
     "rather than reacting to them."),
    ("para", "9", "Migrant health deserves particular mention. Migrants in irregular situations, and those "
     "held in detention, are among the least likely to receive care and among the most exposed to "
     "disease. Since the World Health Assembly adopted resolution WHA61.17 in 2008, IOM and the World "
     "Health Organization have worked with a growing number of States on health assessments that "
     "protect public health without stigmatizing those who move."),
    ("heading", "Managing the Organization"),
    ("para", "10", "Growth has placed real strain on the structures of the Organization. Building on the "
     "structural review that the Council endorsed last year, the Administration proposes the following "
     "priorities for 2011:"),
    ("bullet", "to complete the transfer of support functions to the regional offices and to the "
     "administrative centres in Manila and Panama, so that decisions are taken closer to the "
     "field;"),
    ("bullet", "to bring the administrative part of the budget into a more sustainable relationship "
     "with the growth of operations, as proposed in the Programme and Budget for 2011;{2}"),
    ("bullet", "to strengthen evaluation and internal oversight, so that Member States and donors can "
     "see clearly what their contributions achieve; and"),
    ("bullet", "to invest in the security and well-being of our staff, more of whom now serve in "
     "hardship duty stations than at any time in the past."),
    ("para", "11", "On the budget itself, I am conscious of the pressure on public finances in many of "
     "your countries. The administrative part that we propose for 2011, CHF 39.4 million, reflects no "
     "increase in real terms; yet it must support an Organization whose operational expenditure has "
     "more than doubled in the last five years. The gap is closed today by project-related overhead "
     "income, which is by its nature uncertain. This is a question to which I shall ask the Standing "
     "Committee on Programmes and Finance to return in the coming year."),
    ("para", "12", "I must also draw your attention to the level of outstanding assessed contributions, "
     "which stood at CHF 4.1 million at the end of October.{3} Several Member States have agreed "
     "payment plans with the Administration, in accordance with Resolution No. 1191 of 26 November "
     "2009, and I thank them. I appeal to those still in arrears to settle their contributions, or to "
     "agree on a plan, before the end of the year."),
    ("para", "13", "The IOM Strategy, adopted by the Council in Resolution No. 1150 of 7 June 2007, "
     "remains our compass. Its review this year confirmed that the twelve points of the Strategy still "
     "describe what Member States expect of us. We do not propose to reopen them, but to report against "
     "them more systematically, beginning with the annual report for 2010."),
    ("para", "14", "Nor do we act alone. Our cooperation with the agencies of the United Nations system, "
     "with the Office of the United Nations High Commissioner for Refugees in particular, has never been "
     "closer, and the Organization will assume the chair of the Global Migration Group in the second half "
     "of 2011. Partnerships with regional organizations, with civil society and with the private sector "
     "have likewise grown, and so has our obligation to make them work for migrants."),
    ("heading", "Looking ahead"),
    ("para", "15", "Next year the Organization will mark its sixtieth anniversary. It was founded in 1951 "
     "to move refugees and migrants out of a Europe still marked by war; it now works on every "
     "continent, with more than 7,000 staff in over 430 locations. The anniversary is an occasion not "
     "for celebration alone but for reflection on what Member States will need from the Organization "
     "in the decades to come."),
    ("para", "16", "To that end I intend, with your agreement, to devote the International Dialogue on "
     "Migration in 2011 to the future of migration governance, and to bring the Council's conclusions "
     "to the centenary session in December of that year."),
    ("para", "17", "Mr. Chairman, the year has been hard, and the year ahead will not be easier. But it "
     "has also shown what this Organization can do when its Member States stand behind it. I look "
     "forward to your guidance in the days ahead."),
    ("closing", "Thank you."),
]

# ---------------------------------------------------------------- rich text
TOKEN = re.compile(r"\{(\d+)\}")


def words_of(text, font=BODY[0], size=BODY[1]):
    """Return a list of words; each word is a list of runs (txt, font, size, rise)."""
    out = []
    for raw in text.split(" "):
        if not raw:
            continue
        runs = []
        pos = 0
        for m in TOKEN.finditer(raw):
            if m.start() > pos:
                runs.append((raw[pos:m.start()], font, size, 0.0))
            runs.append((m.group(1), font, SUP_SIZE, SUP_RISE))
            pos = m.end()
        if pos < len(raw):
            runs.append((raw[pos:], font, size, 0.0))
        out.append(runs)
    return out


def wwidth(word):
    return sum(stringWidth(t, f, s) for t, f, s, _ in word)


def markers(word):
    return [t for t, f, s, r in word if r > 0]


def wrap(words, width, font, size):
    sp = stringWidth(" ", font, size)
    lines, cur, cw = [], [], 0.0
    for w in words:
        ww = wwidth(w)
        if cur and cw + sp + ww > width:
            lines.append(cur)
            cur, cw = [w], ww
        else:
            cw = cw + (sp if cur else 0) + ww
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


def draw_line(c, x, y, line, width, justify, font, size):
    sp = stringWidth(" ", font, size)
    natural = sum(wwidth(w) for w in line) + sp * (len(line) - 1)
    gap = sp
    if justify and len(line) > 1:
        gap = sp + (width - natural) / (len(line) - 1)
    for w in line:
        for t, f, s, r in w:
            c.setFont(f, s)
            c.drawString(x, y + r, t)
            x += stringWidth(t, f, s)
        x += gap


# ---------------------------------------------------------------- pages
class Doc:
    def __init__(self):
        self.c = canvas.Canvas(OUT, pagesize=A4)
        self.c.setTitle("Statement by the Director General - Ninety-ninth Session of the Council")
        self.c.setAuthor("International Organization for Migration")
        self.page = 1
        self.pending_fn = []      # footnote keys on this page
        self.y = None

    def fn_lines(self, key):
        body_words = words_of(FOOTNOTES[key], FN[0], FN[1])
        return wrap(body_words, W - 12, FN[0], FN[1])

    def fn_height(self, keys):
        if not keys:
            return 0.0
        h = 14.0  # rule and gap
        for k in keys:
            h += len(self.fn_lines(k)) * FN_LEAD + 2
        return h

    def finish_page(self):
        c = self.c
        if self.pending_fn:
            h = self.fn_height(self.pending_fn)
            ytop = BOT + h
            c.setLineWidth(0.5)
            c.line(LM, ytop - 4, LM + 144, ytop - 4)
            yy = ytop - 4 - 11
            for k in self.pending_fn:
                c.setFont(FN[0], 6.0)
                c.drawString(LM, yy + 3.2, k)
                lines = self.fn_lines(k)
                for i, ln in enumerate(lines):
                    draw_line(c, LM + 12, yy, ln, W - 12, i < len(lines) - 1, FN[0], FN[1])
                    yy -= FN_LEAD
                yy -= 2
        c.showPage()
        self.page += 1
        self.pending_fn = []
        self.start_page()

    def start_page(self):
        c = self.c
        c.setFont("Helvetica", 10)
        c.drawRightString(PW - RM, PH - 40, "Page %d" % self.page)
        self.y = PH - TOP - 14

    def room(self, need, new_fn=()):
        return self.y - need >= BOT + self.fn_height(self.pending_fn + list(new_fn))

    def gap(self, g):
        self.y -= g

    def text_block(self, words, x0, width, label=None, label_x=None, font=BODY, justify=True,
                   keep=1):
        lines = wrap(words, width, font[0], font[1])
        first = True
        for i, ln in enumerate(lines):
            new_fn = [m for w in ln for m in markers(w)]
            need = LEAD * (keep if first else 1)
            if not self.room(need, new_fn):
                self.finish_page()
            self.y -= LEAD
            if first and label is not None:
                self.c.setFont(font[0], font[1])
                self.c.drawString(label_x, self.y, label)
            draw_line(self.c, x0, self.y, ln, width, justify and i < len(lines) - 1, font[0], font[1])
            self.pending_fn.extend(new_fn)
            first = False


def cover(d):
    c = d.c
    c.setFont("Helvetica-Oblique", 10.5)
    c.drawRightString(PW - RM, PH - 52, "Check against delivery")
    y = PH - 120
    c.setFont("Helvetica-Bold", 11.5)
    c.drawCentredString(PW / 2, y, "NINETY-NINTH SESSION OF THE COUNCIL")
    y -= 16
    c.setFont("Helvetica", 11)
    c.drawCentredString(PW / 2, y, "Agenda item 5")
    y -= 40
    c.setFont("Helvetica-Bold", 13)
    c.drawCentredString(PW / 2, y, "MIGRATION IN A TIME OF CRISIS AND RECOVERY:")
    y -= 17
    c.drawCentredString(PW / 2, y, "THE WORK OF THE ORGANIZATION IN 2010")
    y -= 38
    c.setFont("Helvetica-Bold", 11)
    c.drawCentredString(PW / 2, y, "Ambassador Tomas E. Randvere, Director General")
    y -= 30
    c.setFont("Helvetica", 11)
    c.drawCentredString(PW / 2, y, "Geneva")
    y -= 14
    c.drawCentredString(PW / 2, y, "30 November 2010")
    y -= 18
    c.setLineWidth(0.6)
    c.line(PW / 2 - 60, y, PW / 2 + 60, y)
    d.y = y - 22


def main():
    d = Doc()
    cover(d)
    prev = None
    for b in BLOCKS:
        kind = b[0]
        if kind == "salutation":
            d.gap(8 if prev else 0)
            d.text_block(words_of(b[1]), LM, W, justify=False)
        elif kind == "heading":
            d.gap(12)
            if not d.room(LEAD * 4):
                d.finish_page()
            d.text_block(words_of(b[1], "Helvetica-Bold", 11), LM, W,
                         font=("Helvetica-Bold", 11), justify=False)
            d.gap(2)
        elif kind == "para":
            d.gap(8)
            d.text_block(words_of(b[2]), LM + NUM_INDENT, W - NUM_INDENT,
                         label=b[1] + ".", label_x=LM, keep=2)
        elif kind == "bullet":
            d.gap(5)
            lines_first = True
            d.text_block(words_of(b[1]), LM + BUL_INDENT, W - BUL_INDENT,
                         label="\u2022", label_x=LM + BUL_GLYPH)
        elif kind == "closing":
            d.gap(14)
            d.text_block(words_of(b[1]), LM, W, justify=False)
        prev = kind
    # last page: footnotes, then close
    c = d.c
    if d.pending_fn:
        h = d.fn_height(d.pending_fn)
        ytop = BOT + h
        c.setLineWidth(0.5)
        c.line(LM, ytop - 4, LM + 144, ytop - 4)
        yy = ytop - 4 - 11
        for k in d.pending_fn:
            c.setFont(FN[0], 6.0)
            c.drawString(LM, yy + 3.2, k)
            lines = d.fn_lines(k)
            for i, ln in enumerate(lines):
                draw_line(c, LM + 12, yy, ln, W - 12, i < len(lines) - 1, FN[0], FN[1])
                yy -= FN_LEAD
            yy -= 2
    c.showPage()
    c.save()
    print("pages:", d.page)


if __name__ == "__main__":
    main()
