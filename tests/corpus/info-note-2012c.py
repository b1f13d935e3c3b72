#!/usr/bin/env python
"""Draws info-note-2012c.pdf: an IOM information note to the Council (MC/INF/308, 2012).

Layout engine written directly on the reportlab canvas so that footnotes land at the
foot of the page where their marker falls.  Paragraph numbers and section labels sit
in a margin column (fixed x); the text is justified in an indented column.
"""
import os
import re

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "info-note-2012c.pdf")

SYMBOL = "MC/INF/308"
PAGE_W, PAGE_H = A4
LEFT = 72.0            # margin column (paragraph numbers, section labels)
TEXT_X = 108.0         # text column
ITEM_X = 140.0         # text of lettered list items
RIGHT = PAGE_W - 72.0
TOP = PAGE_H - 60.0
BOTTOM = 70.0
FONT = "Times-Roman"
BOLD = "Times-Bold"
ITAL = "Times-Italic"
BOLDITAL = "Times-BoldItalic"
SIZE = 11.0
LEAD = 13.4
FN_SIZE = 9.0
FN_LEAD = 10.6
SUP_SIZE = 7.0

TITLE_LINES = ["IOM RESPONSE TO THE MIGRATION CRISIS", "IN MALI AND THE SAHEL REGION"]

# --------------------------------------------------------------------------------------
# Content.  [^n] marks footnote n (raised marker, drawn right after the preceding word).
# --------------------------------------------------------------------------------------
FOOTNOTES = {
    1: "See document MC/INF/304 of 8 May 2012, which described the situation as at the end of March 2012.",
    2: "Estimates of internal displacement are drawn from the rounds of the Displacement Tracking Matrix "
       "(DTM) carried out in the regions of Bamako, Mopti and Segou between May and September 2012; "
       "refugee figures are those published by UNHCR.",
    3: "Pledges not yet confirmed in writing by the donor are not included.",
    4: "The conclusions of the Dakar meeting are available from the Administration on request.",
    5: "The revised version of the Framework is contained in document MC/2355.",
}

BODY = [
    ("h1", "I.", "INTRODUCTION"),
    ("p", 1,
     "This note informs the Council of the measures taken by the Organization since January 2012 to "
     "assist migrants, internally displaced persons and host communities affected by the crisis in Mali "
     "and the wider Sahel region. It covers the period up to 30 September 2012 and complements the oral "
     "briefing given to Member States at the informal consultations held in Geneva on 12 July 2012."),
    ("p", 2,
     "The Administration last reported on this subject in the spring, when the first movements out of "
     "northern Mali were still being assessed.[^1] Since then the scale of displacement has grown "
     "considerably, and the operations of the Organization in the region have expanded from two to five "
     "countries, with a corresponding increase in staff deployed to the field."),
    ("p", 3,
     "Chapter II summarizes the origins and main features of the crisis. Chapter III describes the "
     "assistance provided under each line of action, Chapter IV sets out the funding situation and the "
     "coordination arrangements in place, and Chapter V identifies the main challenges ahead. The last "
     "chapter states the action requested of the Council."),
    ("h1", "II.", "BACKGROUND"),
    ("p", 4,
     "The Sahel region had not recovered from the consequences of the 2011 crisis in Libya when fresh "
     "violence broke out in northern Mali in January 2012. Some 290,000 migrant workers had returned from "
     "Libya to Chad, Mali, Niger and other countries of the region in 2011, many of them destitute, and "
     "the remittances on which their families depended had largely ceased. Poor harvests and rising food "
     "prices added to the pressure on households and local authorities alike."),
    ("p", 5,
     "The fighting in the regions of Gao, Kidal and Timbuktu, and the seizure of those areas by armed "
     "groups after the events of March 2012 in Bamako, uprooted large numbers of people. By the end of "
     "September 2012 an estimated 118,000 persons were internally displaced within Mali, while more than "
     "260,000 had sought refuge in neighbouring countries, chiefly Mauritania, Niger and Burkina Faso.[^2]"),
    ("p", 6,
     "Among those affected are many third-country nationals, including seasonal workers from "
     "C\u00f4te d'Ivoire, Ghana, Guinea and Senegal, who found themselves stranded without documents or "
     "means of travel. Several governments of origin asked the Organization to help bring their nationals "
     "home, a request that falls squarely within the priorities set by the Council in Resolution No. 1150 "
     "of 7 June 2007 on the IOM Strategy."),
    ("h1", "III.", "THE ORGANIZATION'S RESPONSE"),
    ("p", 7,
     "The response has been planned and carried out in close consultation with the governments "
     "concerned and with humanitarian partners. It rests on four lines of action:"),
    ("item", "(a)", "the evacuation of stranded migrants and their onward transport to their countries "
                    "of origin;"),
    ("item", "(b)", "camp coordination and camp management in sites hosting displaced persons;"),
    ("item", "(c)", "the tracking and monitoring of population movements and of the needs of those on "
                    "the move; and"),
    ("item", "(d)", "support for the return and reintegration of those who choose to go home once "
                    "conditions allow."),
    ("h2", "A.", "Evacuation and transport assistance"),
    ("p", 8,
     "Between February and September 2012 the Organization arranged the return of 9,430 stranded "
     "migrants from Mali, by road and by charter flight, to 11 countries of origin. Each returnee "
     "received a pre-departure health check, food and water for the journey and, on arrival, a small "
     "cash grant to cover immediate needs. Unaccompanied children and persons with medical conditions "
     "were escorted throughout the journey by medical or protection staff."),
    ("p", 9,
     "Transit centres run jointly with the Malian Red Cross in Mopti and at the border crossing of Gogui "
     "provided temporary shelter to 4,870 persons awaiting transport. Consular missions of the countries "
     "of origin were given access to the centres to issue travel documents, which shortened the average "
     "stay from nine days in April to four days in September."),
    ("h2", "B.", "Camp coordination and displacement tracking"),
    ("p", 10,
     "At the request of the Humanitarian Coordinator, the Organization has supported the authorities of "
     "Mali and Niger in managing sites hosting displaced persons, most of whom live with host families "
     "rather than in camps. Site committees have been set up in 14 locations, and site managers from the "
     "national civil protection services have received training in registration, referral and the "
     "maintenance of common services."),
    ("p", 11,
     "In Niger, mobile teams deployed to the regions of Tillab\u00e9ri and Tahoua have registered 21,600 "
     "displaced persons and returning migrants since June 2012. The data are shared every week with the "
     "Government and with the humanitarian country team, and have been used to target food distributions "
     "and vaccination campaigns."),
    ("p", 12,
     "The Organization has also distributed kits of non-food items, comprising blankets, jerrycans, "
     "kitchen sets and mosquito nets, to 6,200 households in host communities, in coordination with the "
     "shelter cluster and the local authorities."),
    ("h2", "C.", "Return and reintegration"),
    ("p", 13,
     "Some 3,150 returnees from Libya and members of the communities receiving them in Chad and Niger "
     "have benefited from small-business grants, vocational training and cash-for-work schemes, the "
     "latter focused on the rehabilitation of wells and feeder roads. Follow-up visits carried out in "
     "July 2012 found that 71 per cent of the businesses supported were still operating."),
    ("p", 14,
     "Looking ahead, the Organization is preparing for the eventual return of displaced persons to "
     "northern Mali. In an intention survey conducted in August 2012 among 1,900 displaced households in "
     "Bamako and Mopti, 62 per cent said they wished to go home as soon as security permitted, while "
     "most of the remainder wished to settle where they are."),
    ("h1", "IV.", "FUNDING AND COORDINATION"),
    ("h2", "A.", "Funding situation"),
    ("p", 15,
     "The requirements of the Organization for the Sahel response in 2012 were set at USD 25 million in "
     "the consolidated appeal for Mali and the regional Sahel strategy. As at 30 September 2012, "
     "contributions amounting to USD 12.4 million had been received, or just under 50 per cent of "
     "requirements, as shown in Table 1.[^3]"),
    ("table",),
    ("p", 16,
     "The Organization is grateful to the European Commission, Japan, Sweden, Switzerland, the United "
     "Kingdom and the United States of America for their contributions, and to the Central Emergency "
     "Response Fund, which provided early funding for the evacuation of stranded migrants. The shortfall "
     "is most acute for return and reintegration, where less than a quarter of needs are covered."),
    ("h2", "B.", "Coordination with partners"),
    ("p", 17,
     "The Organization takes part in the humanitarian country teams in Bamako, Niamey and Nouakchott and "
     "works within the coordination framework established under General Assembly resolution 46/182. A "
     "regional meeting held in Dakar on 4 and 5 September 2012 brought together the agencies concerned "
     "to agree on a common approach to data on displacement and mixed movements.[^4]"),
    ("p", 18,
     "Cooperation agreements have been concluded with the Governments of Mali and Niger, covering the "
     "registration of displaced persons, the protection of stranded migrants and the facilitation of "
     "consular assistance. A similar agreement with the Government of Mauritania is under negotiation."),
    ("h1", "V.", "CHALLENGES AND NEXT STEPS"),
    ("p", 19,
     "Insecurity in the north of Mali continues to restrict access to the affected populations. Staff "
     "movements are subject to strict security measures, and much of the work in Gao and Timbuktu is "
     "carried out through national partners, whose capacity the Organization is seeking to strengthen."),
    ("p", 20,
     "Without additional funding, reintegration activities in Chad and Niger will have to be scaled back "
     "early in 2013, at a time when the lean season is expected to increase the vulnerability of "
     "returnee households. The Administration will issue a revised appeal before the end of the year."),
    ("p", 21,
     "The lessons drawn from the Libya and Sahel operations have informed the Migration Crisis "
     "Operational Framework, which will be submitted to the Council at its 101st Session.[^5] The "
     "Framework is intended to give the Organization a more predictable basis for responding to crises "
     "with a strong migration dimension."),
    ("h1", "VI.", "ACTION REQUESTED OF THE COUNCIL"),
    ("p", 22,
     "The Council is invited to take note of this information note and to encourage Member States in a "
     "position to do so to support the response of the Organization to the crisis in Mali and the Sahel "
     "region, in particular its return and reintegration activities."),
]

TABLE_CAPTION = "Table 1: Funding of the Sahel response as at 30 September 2012 (USD)"
TABLE_HEAD = ["Line of action", "Requirements", "Received", "Shortfall"]
TABLE_ROWS = [
    ("Evacuation and transport assistance", 9800000, 6450000),
    ("Camp coordination and camp management", 7200000, 3125000),
    ("Displacement tracking and monitoring", 2400000, 1610000),
    ("Return and reintegration", 5600000, 1215000),
]


# --------------------------------------------------------------------------------------
# Text handling
# --------------------------------------------------------------------------------------
def tokens(text, font=FONT, size=SIZE):
    """Split text into words; a word may carry a footnote number (raised marker)."""
    out = []
    for w in text.split():
        m = re.match(r"^(.*?)\[\^(\d+)\](.*)$", w)
        if m:
            word, fn = m.group(1) + m.group(3), int(m.group(2))
        else:
            word, fn = w, None
        width = stringWidth(word, font, size)
        if fn is not None:
            width += stringWidth(str(fn), font, SUP_SIZE)
        out.append({"w": word, "fn": fn, "width": width, "font": font, "size": size})
    return out


def wrap(toks, width, space):
    lines, cur, cur_w = [], [], 0.0
    for t in toks:
        add = t["width"] + (space if cur else 0)
        if cur and cur_w + add > width:
            lines.append(cur)
            cur, cur_w = [t], t["width"]
        else:
            cur.append(t)
            cur_w += add
    if cur:
        lines.append(cur)
    return lines


def draw_line(c, line, x, y, width, justify):
    space = stringWidth(" ", line[0]["font"], line[0]["size"])
    natural = sum(t["width"] for t in line) + space * (len(line) - 1)
    gap = space
    if justify and len(line) > 1:
        gap = space + (width - natural) / (len(line) - 1)
    cx = x
    for t in line:
        c.setFont(t["font"], t["size"])
        c.drawString(cx, y, t["w"])
        wx = stringWidth(t["w"], t["font"], t["size"])
        if t["fn"] is not None:
            c.setFont(t["font"], SUP_SIZE)
            c.drawString(cx + wx, y + 4.2, str(t["fn"]))
        cx += t["width"] + gap


def fmt(n):
    return "{:,}".format(n)


# --------------------------------------------------------------------------------------
# Page machinery
# --------------------------------------------------------------------------------------
class Doc:
    def __init__(self, path):
        self.c = canvas.Canvas(path, pagesize=A4)
        self.c.setTitle(SYMBOL + " - " + " ".join(TITLE_LINES))
        self.c.setAuthor("International Organization for Migration")
        self.page_no = 0       # body page label (Page N)
        self.y = None
        self.page_fns = []     # footnotes on the current page

    # footnote block height for a list of footnote numbers
    def fn_height(self, fns):
        if not fns:
            return 0.0
        h = 14.0
        for n in fns:
            h += len(self.fn_lines(n)) * FN_LEAD + 2
        return h

    def fn_lines(self, n):
        # first line after the raised marker; continuation lines flush with the margin
        toks = tokens(FOOTNOTES[n], FONT, FN_SIZE)
        space = stringWidth(" ", FONT, FN_SIZE)
        first = wrap(toks, RIGHT - LEFT - 8, space)[0]
        rest = toks[len(first):]
        return [first] + (wrap(rest, RIGHT - LEFT, space) if rest else [])

    def limit(self, extra_fns=()):
        return BOTTOM + self.fn_height(self.page_fns + list(extra_fns))

    def cover(self):
        c = self.c
        c.setFont(BOLD, 12)
        c.drawRightString(RIGHT, PAGE_H - 80, SYMBOL)
        c.setFont(FONT, 11)
        c.drawRightString(RIGHT, PAGE_H - 100, "Original: English")
        c.drawRightString(RIGHT, PAGE_H - 114, "15 October 2012")
        c.setFont(BOLD, 12)
        c.drawString(LEFT, PAGE_H - 250, "101ST SESSION")
        c.setFont(FONT, 11)
        c.drawCentredString(PAGE_W / 2, PAGE_H - 262, "_" * 80)
        c.setFont(BOLD, 13)
        y = PAGE_H - 350
        for t in TITLE_LINES:
            c.drawCentredString(PAGE_W / 2, y, t)
            y -= 18
        c.setFont(BOLD, 12)
        c.drawString(LEFT + 20, 80, "COUNCIL")
        c.drawCentredString(PAGE_W / 2, 80, "CONSEIL")
        c.drawRightString(RIGHT - 20, 80, "CONSEJO")
        c.showPage()

    def new_page(self):
        if self.page_no:
            self.finish_page()
        self.page_no += 1
        c = self.c
        c.setFont(FONT, 11)
        c.drawRightString(RIGHT, PAGE_H - 45, SYMBOL)
        c.drawRightString(RIGHT, PAGE_H - 58, "Page %d" % self.page_no)
        self.y = TOP - 30
        self.page_fns = []

    def finish_page(self):
        c = self.c
        if self.page_fns:
            h = self.fn_height(self.page_fns)
            y = BOTTOM + h - 6
            c.setLineWidth(0.5)
            c.line(LEFT, y, LEFT + 144, y)
            y -= 12
            for n in self.page_fns:
                c.setFont(FONT, SUP_SIZE)
                c.drawString(LEFT, y + 3.5, str(n))
                lines = self.fn_lines(n)
                for i, ln in enumerate(lines):
                    x = LEFT + 8 if i == 0 else LEFT
                    draw_line(c, ln, x, y, RIGHT - x, i < len(lines) - 1)
                    y -= FN_LEAD
                y -= 2
        c.showPage()

    # --- flowing blocks -------------------------------------------------------------
    def block(self, label, label_x, text, text_x, font=FONT, justify=True, space_before=LEAD,
              keep_lines=2):
        toks = tokens(text, font)
        lines = wrap(toks, RIGHT - text_x, stringWidth(" ", font, SIZE))
        self.y -= space_before
        first = True
        for i, ln in enumerate(lines):
            fns = [t["fn"] for t in ln if t["fn"] is not None]
            need = LEAD if not first else LEAD * min(keep_lines, len(lines))
            # first line: keep at least two lines together
            if self.y - need < self.limit(fns):
                self.new_page()
            if first and label:
                self.c.setFont(font, SIZE)
                self.c.drawString(label_x, self.y, label)
            draw_line(self.c, ln, text_x, self.y, RIGHT - text_x, justify and i < len(lines) - 1)
            self.page_fns += fns
            self.y -= LEAD
            first = False

    def heading(self, label, text, font, follow=0.0):
        # keep with the following heading(s) and the first two lines of the next paragraph
        if self.y - (LEAD * 1.6 + LEAD + follow + LEAD * 3) < self.limit():
            self.new_page()
        self.block(label, LEFT, text, TEXT_X, font=font, justify=False, space_before=LEAD * 1.6)

    def table(self):
        c = self.c
        row_h = 15.0
        h = LEAD * 1.6 + 16 + row_h * (len(TABLE_ROWS) + 2) + 10
        if self.y - h < self.limit():
            self.new_page()
        self.y -= LEAD * 1.6
        c.setFont(BOLD, SIZE)
        c.drawString(TEXT_X, self.y, TABLE_CAPTION)
        self.y -= 8
        cols = [TEXT_X + 4, 382, 452, RIGHT - 4]
        c.setLineWidth(0.6)
        c.line(TEXT_X, self.y, RIGHT, self.y)
        self.y -= 11
        c.setFont(BOLD, 10)
        c.drawString(cols[0], self.y, TABLE_HEAD[0])
        for x, t in zip(cols[1:], TABLE_HEAD[1:]):
            c.drawRightString(x, self.y, t)
        self.y -= 5
        c.line(TEXT_X, self.y, RIGHT, self.y)
        tr = tq = 0
        for label, req, rec in TABLE_ROWS:
            self.y -= row_h - 3
            c.setFont(FONT, 10)
            c.drawString(cols[0], self.y, label)
            for x, v in zip(cols[1:], (req, rec, req - rec)):
                c.drawRightString(x, self.y, fmt(v))
            self.y -= 3
            tr += req
            tq += rec
        self.y -= 3
        c.line(TEXT_X, self.y, RIGHT, self.y)
        self.y -= row_h - 3
        c.setFont(BOLD, 10)
        c.drawString(cols[0], self.y, "Total")
        for x, v in zip(cols[1:], (tr, tq, tr - tq)):
            c.drawRightString(x, self.y, fmt(v))
        self.y -= 5
        c.line(TEXT_X, self.y, RIGHT, self.y)
        self.y -= LEAD * 0.6
        assert (tr, tq) == (25000000, 12400000)

    def body(self):
        self.new_page()
        # running title repeated on the first text page
        self.c.setFont(BOLD, 11)
        for t in TITLE_LINES:
            self.c.drawCentredString(PAGE_W / 2, self.y, t)
            self.y -= LEAD
        self.y += LEAD
        for i, b in enumerate(BODY):
            kind = b[0]
            follow = 0.0
            j = i + 1
            while j < len(BODY) and BODY[j][0] in ("h1", "h2"):
                follow += LEAD * 2.6
                j += 1
            if kind == "h1":
                self.heading(b[1], b[2], BOLD, follow)
            elif kind == "h2":
                self.heading(b[1], b[2], BOLDITAL, follow)
            elif kind == "p":
                self.block("%d." % b[1], LEFT, b[2], TEXT_X)
            elif kind == "item":
                self.block(b[1], TEXT_X, b[2], ITEM_X, space_before=LEAD * 0.5)
            elif kind == "table":
                self.table()
        self.finish_page()

    def save(self):
        self.c.save()


def main():
    d = Doc(OUT)
    d.cover()
    d.body()
    d.save()
    print("wrote", OUT, "body pages:", d.page_no)


if __name__ == "__main__":
    main()
