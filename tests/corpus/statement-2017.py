"""Draw statement-2017.pdf: a national statement to the 108th Session of the IOM Council
(General Debate, 2017), laid out as a mission prints it.  reportlab canvas, own line layout."""
import os
import re

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

# the bullet glyph is set in an embedded TrueType font (with a Unicode map), as word processors do
pdfmetrics.registerFont(TTFont("BulletFont", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "statement-2017.pdf")

PAGE_W, PAGE_H = A4
LM, RM = 72, 72
TOP, BOTTOM = 64, 70
TW = PAGE_W - LM - RM
BODY_FONT, BOLD_FONT, ITAL_FONT = "Times-Roman", "Times-Bold", "Times-Italic"
BODY_SIZE, LEAD = 12, 17.5
FN_SIZE, FN_LEAD = 9.5, 11
PARA_GAP = 9

# ---------------------------------------------------------------- the text
SALUTATION = "Mr. Chair, Director General, Deputy Director General, Excellencies, colleagues,"

BLOCKS = [
    ("salute", SALUTATION),
    ("para",
     "Ireland aligns itself with the statement delivered on behalf of the European Union and its "
     "Member States, and I would like to add some remarks in our national capacity. Let me first "
     "congratulate you, Mr. Chair, and the other members of the Bureau on your election, and assure "
     "you of my delegation\u2019s full support as you guide the work of this session. We also extend "
     "a warm welcome to the States and organizations that have joined the Organization as Members "
     "and observers over the past year."),
    ("para",
     "We thank the Director General for his comprehensive report and for the leadership he has "
     "given the Organization over almost a decade. When Ambassador Swing took office in 2008, IOM "
     "had 125 Member States; today it has 169, and it now takes its place at the table as part of "
     "the United Nations system. That growth is a measure of the trust that States place in the "
     "Organization \u2013 and of the demands they make of it."),
    ("para",
     "The past year has tested that trust. More than 65 million people remain forcibly displaced, "
     "and IOM has been present in almost every major crisis, from the arrival of Rohingya refugees "
     "in Cox\u2019s Bazar to the central Mediterranean route, the Lake Chad Basin and Yemen. Ireland "
     "is proud to support this work. In 2017 our contributions to IOM amounted to close to "
     "EUR 4.6 million: EUR 2.5 million for humanitarian operations in the Syrian Arab Republic, Iraq "
     "and Yemen; EUR 1.3 million for the protection of and assistance to migrants along the central "
     "Mediterranean route; and EUR 0.8 million in flexible, unearmarked funding. We will continue to "
     "provide **unearmarked funding**, because it allows the Organization to respond where needs "
     "are greatest and not only where the attention of donors happens to fall."),
    ("heading", "A global compact that makes a difference"),
    ("para",
     "In 2016 Ireland had the privilege, together with Jordan, of co-facilitating the negotiations "
     "on the New York Declaration for Refugees and Migrants. We were struck then, as we are now, by "
     "how much common ground exists among States once the discussion turns from slogans to "
     "practical cooperation. The consultation phase of the global compact for safe, orderly and "
     "regular migration has now concluded, and we look forward to the stocktaking meeting in Puerto "
     "Vallarta next week and to the intergovernmental negotiations that will open in February 2018."),
    ("para",
     "IOM has been an indispensable partner throughout the process, lending its technical and "
     "policy expertise to the co-facilitators and to the Special Representative of the "
     "Secretary-General for International Migration. We encourage it to continue in that role. For "
     "Ireland, the priorities for the compact are the following:"),
    ("bullet",
     "a firm grounding in human rights, with the safety and dignity of every migrant, irrespective "
     "of status, at its centre;"),
    ("bullet",
     "practical, measurable commitments that build on existing frameworks, including IOM\u2019s own "
     "Migration Governance Framework,{1} rather than duplicating them;"),
    ("bullet",
     "specific attention to women and girls, and to unaccompanied and separated children, who face "
     "the greatest risks of exploitation and abuse on the move;"),
    ("bullet",
     "more regular pathways for migration, including labour mobility and family reunification, "
     "together with effective cooperation on return and sustainable reintegration; and"),
    ("bullet",
     "a realistic mechanism for follow-up and review, in which IOM plays a central supporting role."),
    ("para",
     "The compact must also draw on the experience of migrants themselves, of diaspora communities "
     "and of the local authorities that receive newcomers. Ireland has seen at first hand, through "
     "the Irish Refugee Protection Programme, how much depends on local communities. By the end of "
     "October 2017, 1,814 people had arrived in Ireland under the Programme: 1,022 relocated from "
     "Greece and 792 resettled from Lebanon. None of those arrivals would have been possible without "
     "the IOM teams in Athens and Beirut, who carried out pre-departure health assessments, cultural "
     "orientation and travel arrangements with great professionalism and care."),
    ("heading", "IOM in the United Nations system"),
    ("para",
     "This is the second regular session of the Council since IOM became a related organization "
     "of the United Nations.{2} The relationship has already brought practical benefits: a fuller "
     "participation of IOM in United Nations country teams, a stronger voice in inter-agency "
     "planning and, we hope, closer coordination between IOM and UNHCR in situations of mixed "
     "movements."),
    ("para",
     "At the same time, Ireland has consistently said that joining the United Nations system must "
     "not come at the expense of the qualities that make IOM valuable: its field presence, its speed "
     "of response, its cost-effectiveness and its responsiveness to its Member States. We count on "
     "the Administration to preserve these strengths as the system-wide reform proposed by the "
     "Secretary-General takes shape, and we would welcome regular briefings to Member States on how "
     "IOM is positioning itself within that reform."),
    ("heading", "Governance and resources"),
    ("para",
     "Ireland welcomes the Programme and Budget for 2018 and the constructive discussions held in "
     "the Standing Committee on Programmes and Finance.{3} We note, however, that the core structure "
     "of the Organization continues to be stretched by the growth of its operations. The "
     "Administrative Part of the Budget for 2018 stands at CHF 50.3 million, while total "
     "expenditure is expected to exceed USD 1.5 billion. A structure of that size cannot be "
     "sustained indefinitely on project-based funding alone, and we encourage all Member States to "
     "consider how they can contribute more flexible resources."),
    ("para",
     "We also welcome the Administration\u2019s continued efforts to strengthen internal governance, "
     "notably the reinforcement of the Office of the Inspector General, the updated policy on "
     "protection from sexual exploitation and abuse and the work under way on enterprise risk "
     "management. Accountability to donors and accountability to the people whom IOM serves are "
     "two sides of the same coin."),
    ("para",
     "As we enter the final and most demanding phase of the work on the global compact, it is worth "
     "recalling the commitment that our Heads of State and Government made in New York last year. "
     "In the words of the Declaration:{4}"),
    ("quote",
     "\u201cWe acknowledge a shared responsibility to manage large movements of refugees and "
     "migrants in a humane, sensitive, compassionate and people-centred manner. We will do so "
     "through international cooperation, while recognizing that there are varying capacities and "
     "resources to respond to these movements.\u201d"),
    ("salute", "Mr. Chair,"),
    ("para",
     "Those words remain our yardstick. Ireland stands ready to work with all Member States, and "
     "with IOM, so that the global compact lives up to them. We wish the Director General and all "
     "the staff of IOM, many of whom work in difficult and dangerous conditions, every success in "
     "the year ahead."),
    ("closing", "Thank you."),
]

FOOTNOTES = {
    "1": "Migration Governance Framework (C/106/40), welcomed by the Council in Resolution No. 1310 "
         "of 24 November 2015.",
    "2": "Agreement concerning the Relationship between the United Nations and the International "
         "Organization for Migration, approved by the Council in Resolution No. 1317 of 30 June 2016 "
         "and signed in New York on 19 September 2016.",
    "3": "See the Programme and Budget for 2018 (C/108/6) and the report of the Standing Committee "
         "on Programmes and Finance on its Twenty-first Session (S/21/15).",
    "4": "General Assembly resolution 71/1 of 19 September 2016, New York Declaration for Refugees "
         "and Migrants, paragraph 11.",
}


# ---------------------------------------------------------------- line layout
def tokenize(text, font):
    """Words as (text, font, size, rise, glue_to_previous)."""
    toks = []
    bold = False
    for raw in text.split(" "):
        if not raw:
            continue
        parts = re.split(r"(\{\d+\}|\*\*)", raw)
        first = True
        for p in parts:
            if p == "":
                continue
            if p == "**":
                bold = not bold
                continue
            m = re.fullmatch(r"\{(\d+)\}", p)
            if m:
                toks.append((m.group(1), font, 7.5, 4.5, True, m.group(1)))
            else:
                f = BOLD_FONT if bold else font
                toks.append((p, f, BODY_SIZE, 0, not first, None))
            first = False
    return toks


def wrap(toks, width, size=BODY_SIZE):
    lines, cur, w = [], [], 0.0
    for t in toks:
        tw = stringWidth(t[0], t[1], t[2])
        sp = 0 if (t[4] or not cur) else stringWidth(" ", t[1], size)
        if cur and not t[4] and w + sp + tw > width:
            lines.append(cur)
            cur, w, sp = [], 0.0, 0
        cur.append(t)
        w += sp + tw
    if cur:
        lines.append(cur)
    return lines


def draw_line(c, line, x, y, size=BODY_SIZE):
    for i, t in enumerate(line):
        if i and not t[4]:
            x += stringWidth(" ", t[1], size)
        c.setFont(t[1], t[2])
        c.drawString(x, y + t[3], t[0])
        x += stringWidth(t[0], t[1], t[2])


def fn_lines(num):
    return wrap(tokenize(FOOTNOTES[num], BODY_FONT), TW - 14, FN_SIZE)


def fn_height(nums):
    if not nums:
        return 0
    return 16 + sum(len(fn_lines(n)) * FN_LEAD + 2 for n in nums)


class Doc:
    def __init__(self):
        self.c = canvas.Canvas(OUT, pagesize=A4)
        self.c.setTitle("Statement by Ireland - 108th Session of the IOM Council")
        self.c.setAuthor("Permanent Mission of Ireland, Geneva")
        self.page = 1
        self.y = PAGE_H - TOP
        self.fns = []
        self.base = BOTTOM + 8

    def finish_page(self):
        c = self.c
        if self.fns:
            h = fn_height(self.fns)
            top = self.base + h
            c.setFont(BODY_FONT, FN_SIZE)
            c.drawString(LM, top - 8, "__________________")
            y = top - 8 - FN_LEAD - 4
            for n in self.fns:
                c.setFont(BODY_FONT, 6.5)
                c.drawString(LM + 2, y + 2.5, n)
                for ln in fn_lines(n):
                    ln = [(t[0], t[1], FN_SIZE if t[2] == BODY_SIZE else 6.5, t[3], t[4], t[5])
                          for t in ln]
                    draw_line(c, ln, LM + 10, y, FN_SIZE)
                    y -= FN_LEAD
                y -= 2
        if self.page > 1:
            c.setFont(BODY_FONT, 10)
            c.drawCentredString(PAGE_W / 2, BOTTOM - 26, str(self.page))
        c.showPage()
        self.page += 1
        self.y = PAGE_H - TOP
        self.fns = []

    def room(self, extra_fns=()):
        return self.y - (self.base + fn_height(self.fns + list(extra_fns)))

    def put_line(self, line, x, lead=LEAD, size=BODY_SIZE):
        new = [t[5] for t in line if t[5]]
        if self.room(new) < lead:
            self.finish_page()
        self.y -= lead
        draw_line(self.c, line, x, self.y, size)
        self.fns.extend(new)

    def gap(self, g):
        if self.y < PAGE_H - TOP:
            self.y -= g

    def block(self, kind, text):
        if kind == "para" or kind == "closing":
            self.gap(PARA_GAP)
            for ln in wrap(tokenize(text, BODY_FONT), TW):
                self.put_line(ln, LM)
        elif kind == "salute":
            self.gap(PARA_GAP)
            for ln in wrap(tokenize(text, BODY_FONT), TW):
                self.put_line(ln, LM)
        elif kind == "heading":
            self.gap(PARA_GAP + 8)
            if self.room() < 4 * LEAD:
                self.finish_page()
            self.put_line(wrap(tokenize(text, BOLD_FONT), TW)[0], LM)
        elif kind == "bullet":
            self.gap(4)
            lines = wrap(tokenize(text, BODY_FONT), TW - 32)
            for i, ln in enumerate(lines):
                if i == 0:
                    if self.room([t[5] for t in ln if t[5]]) < LEAD:
                        self.finish_page()
                    self.c.setFont("BulletFont", 10)
                    self.c.drawString(LM + 18, self.y - LEAD, "\u2022")
                self.put_line(ln, LM + 32)
        elif kind == "quote":
            self.gap(PARA_GAP)
            for ln in wrap(tokenize(text, ITAL_FONT), TW - 72):
                self.put_line(ln, LM + 36)

    def cover(self):
        c = self.c
        y = PAGE_H - 58
        c.setFont(BOLD_FONT, 13)
        c.drawCentredString(PAGE_W / 2, y, "PERMANENT MISSION OF IRELAND")
        y -= 15
        c.setFont(ITAL_FONT, 10.5)
        c.drawCentredString(PAGE_W / 2, y,
                            "to the United Nations and other International Organisations, Geneva")
        y -= 10
        c.setLineWidth(0.6)
        c.line(LM, y, PAGE_W - RM, y)
        y -= 28
        c.setFont(ITAL_FONT, 11)
        c.drawRightString(PAGE_W - RM, y, "Check against delivery")
        y -= 34
        for txt, f, s, g in [
            ("International Organization for Migration", BODY_FONT, 12, 16),
            ("108th Session of the Council", BODY_FONT, 12, 16),
            ("General Debate", BODY_FONT, 12, 34),
            ("STATEMENT BY IRELAND", BOLD_FONT, 14, 26),
            ("Delivered by Ms Niamh Cullinane, Deputy Permanent Representative", ITAL_FONT, 12, 16),
            ("Tuesday, 28 November 2017", BODY_FONT, 12, 30),
        ]:
            c.setFont(f, s)
            c.drawCentredString(PAGE_W / 2, y, txt)
            y -= g
        self.y = y + 8

    def build(self):
        self.cover()
        for kind, text in BLOCKS:
            self.block(kind, text)
        self.finish_page()
        self.c.save()


if __name__ == "__main__":
    Doc().build()
    print("wrote", OUT)
