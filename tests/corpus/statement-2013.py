# -*- coding: utf-8 -*-
"""Statement of the Philippines, general debate, 103rd Session of the IOM Council (27 November 2013).

Lays the statement out as a Permanent Mission prints it (Word-style, A4, Times 12 on 1.5 lines),
with reportlab's canvas API.  Inline markup in the source strings:
    **...**   bold span
    [^n]      raised footnote marker n (glued to the preceding word)
"""
import re
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

OUT = "statement-2013.pdf"
W, H = A4
LEFT = 72
RIGHT = W - 72
TEXTW = RIGHT - LEFT
TOP = H - 62
BOTTOM = 70            # lowest baseline for body text when the page has no footnotes
SIZE = 12
LEAD = 18              # 1.5 lines
NUM_INDENT = 30        # hanging indent of numbered paragraphs
BUL_X = LEFT + NUM_INDENT + 4
BUL_TEXT = LEFT + NUM_INDENT + 22
FN_SIZE = 9.5
FN_LEAD = 11.5

REG, BOLD, ITAL, BOLDITAL = "Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic"

# ---------------------------------------------------------------------------------------------
# Source text
# ---------------------------------------------------------------------------------------------
LETTERHEAD = [
    ("PERMANENT MISSION OF THE REPUBLIC OF THE PHILIPPINES", BOLD, 12.5),
    ("TO THE UNITED NATIONS AND OTHER INTERNATIONAL ORGANIZATIONS", REG, 9),
    ("47 Avenue Blanc, 1202 Geneva, Switzerland", ITAL, 9),
]

CHECK = "Check against delivery"

COVER = [
    ("103rd Session of the IOM Council", BOLD, 13),
    ("General Debate", BOLD, 13),
    (None, None, 8),
    ("Statement by", REG, 12),
    ("H.E. Mr. Ramon D. Villanueva, Ambassador and Permanent Representative", BOLD, 12),
    (None, None, 6),
    ("Geneva, 27 November 2013", REG, 12),
]

FOOTNOTES = {
    "1": "Source: National Disaster Risk Reduction and Management Council (NDRRMC), "
         "Situation Report No. 38, 26 November 2013. All figures are provisional and are "
         "being revised as access to the affected municipalities improves.",
    "2": "Migration Crisis Operational Framework (MC/2355), endorsed by the Council through "
         "Resolution No. 1243 of 27 November 2012.",
}

BODY = [
    ("salute", "Mr. Chairman, Director General, Deputy Director General, Excellencies, "
               "Distinguished Delegates, Ladies and Gentlemen,"),

    ("para", "1", "At the outset, allow me to congratulate you, Mr. Chairman, and the other members "
     "of the Bureau on your election. You can count on the full support and cooperation of the "
     "Philippine delegation. Allow me also to thank the Director General, Ambassador William Lacy "
     "Swing, for his comprehensive report on the work of the Organization, and the Deputy Director "
     "General, Ambassador Laura Thompson, for her presentation this morning."),

    ("para", "2", "My delegation warmly welcomes the States that have joined the Organization at this "
     "session, as well as the new observers. The steady growth of IOM’s membership is a clear "
     "sign of the confidence that States place in the Organization and of the importance that "
     "the international community now attaches to the governance of migration."),

    ("para", "3", "This session is also a historic one. On 21 November 2013, the amendments to the "
     "IOM Constitution adopted by the Council through Resolution No. 997 (LXXVI) of 24 November "
     "1998 finally entered into force, fifteen years after their adoption. The Philippines, "
     "which was among the first Member States to accept the amendments, welcomes the "
     "streamlining of the governing bodies that they bring about, including the abolition of "
     "the Executive Committee, and looks forward to working with all Member States in the "
     "Standing Committee on Programmes and Finance under the new arrangements."),

    ("heading", "Typhoon Haiyan (Yolanda)"),

    ("para", "4", "Mr. Chairman, on 8 November 2013, Typhoon Haiyan, known in the Philippines as "
     "Yolanda, made landfall in the Eastern Visayas with sustained winds of over 300 kilometres "
     "per hour, followed by storm surges of up to five metres in Leyte and Samar. It was one of "
     "the strongest tropical cyclones ever recorded to make landfall. As of 26 November, 5,209 "
     "persons had been confirmed dead, 1,611 were still missing and some 4.1 million persons had "
     "been displaced, close to 1.1 million houses having been damaged or destroyed.[^1] Whole "
     "communities, such as those of Tacloban City and Guiuan, were levelled."),

    ("para", "5", "IOM was on the ground within 48 hours. As lead agency of the camp coordination "
     "and camp management cluster, the Organization has been working side by side with the "
     "Department of Social Welfare and Development to track the displaced in more than 1,500 "
     "evacuation centres and spontaneous sites through its Displacement Tracking Matrix, to "
     "distribute emergency shelter materials and non-food items, and to organize the "
     "transport of relief goods and of evacuees from the worst-hit areas to Cebu and Manila. On "
     "behalf of the Government and the people of the Philippines, I wish to express our "
     "**deepest gratitude** to the Director General and to the IOM staff in Manila, Tacloban, "
     "Ormoc, Roxas and Guiuan, many of whom were themselves affected by the typhoon, and to the "
     "donors who responded so quickly to the Strategic Response Plan."),

    ("para", "6", "The response has confirmed the value of the Migration Crisis Operational "
     "Framework that this Council endorsed a year ago.[^2] Its attention to the mobility "
     "dimensions of crises – evacuation, displacement, relocation and return – speaks directly "
     "to the situation on the ground today. From our experience of the past three weeks, my "
     "delegation would draw the following lessons:"),

    ("bullet", "the need for pre-positioned shelter materials and relief items in countries that "
     "are highly exposed to natural hazards;"),
    ("bullet", "the importance of reliable and disaggregated data on displaced persons, including "
     "those staying with host families outside the evacuation centres;"),
    ("bullet", "the specific needs of the families of overseas Filipino workers in the affected "
     "areas, many of whom depend on remittances and on communication with their relatives "
     "abroad; and"),
    ("bullet", "early planning for durable solutions, including the safe return or the planned "
     "relocation of those whose homes were in no-build coastal zones.", "last"),

    ("para", "7", "The Philippines also wishes to place on record its appreciation for the "
     "assistance which IOM extended during the year to Filipino migrant workers caught in crisis "
     "situations abroad, notably in the Syrian Arab Republic, from where several thousand of our "
     "nationals have been brought home safely since the conflict began. For a country with more "
     "than 10 million of its nationals living and working overseas, the protection of migrants "
     "in countries in crisis is not an abstract question."),

    ("salute", "Mr. Chairman,"),

    ("heading", "The High-level Dialogue and beyond"),

    ("para", "8", "In October, the General Assembly held its second High-level Dialogue on "
     "International Migration and Development and adopted by consensus a Declaration "
     "(A/RES/68/4) which, for the first time, recognizes the important contribution of migrants "
     "and migration to development in countries of origin, transit and destination, and calls "
     "for the protection of the human rights of all migrants regardless of their status. My "
     "delegation commends IOM for the substantive support it provided to Member States in the "
     "preparations for the Dialogue, including through the International Dialogue on Migration."),

    ("para", "9", "The task now is to carry the momentum of the Dialogue forward. The Philippines "
     "supports the Director General’s call for migration to be properly reflected in the "
     "post-2015 development agenda, and believes that IOM, as the leading global organization on "
     "migration, has a central role to play in providing evidence, in helping States to measure "
     "the development impact of migration and in supporting the implementation of the "
     "Declaration at the national and regional levels."),

    ("para", "10", "Typhoon Haiyan has also reminded us, in the starkest terms, that disasters and "
     "the slow-onset effects of climate change are already among the main drivers of "
     "displacement in our region. As a member of the Steering Group of the Nansen Initiative on "
     "disaster-induced cross-border displacement, the Philippines values IOM’s research and "
     "operational work on migration, environment and climate change, and we would encourage "
     "the Organization to give this area greater prominence in its activities in 2014."),

    ("para", "11", "For our part, we remain ready to share our own experience. Over four decades "
     "the Philippines has built a **whole-of-government approach** to labour migration that "
     "covers the full cycle, from pre-employment orientation and the regulation of recruitment "
     "to on-site protection, reintegration and the channelling of remittances, which reached "
     "USD 21.4 billion in 2012. We see this experience as a resource for other countries of "
     "origin and we will continue to contribute to the regional consultative processes, notably "
     "the Colombo Process and the Abu Dhabi Dialogue."),

    ("para", "12", "On budgetary matters, my delegation takes note of the Programme and Budget for "
     "2014 (MC/2392) and of the continued application of zero nominal growth to the "
     "Administrative Part of the Budget. The rapid growth of operations this year, of which the "
     "response in the Philippines is only one example, puts further strain on a core structure "
     "that is financed to a large extent from project-related overhead income. We encourage the "
     "Administration to pursue its efforts to secure a more predictable funding base, and we "
     "stand ready to engage constructively on this question in the Standing Committee on "
     "Programmes and Finance."),

    ("para", "13", "Finally, Mr. Chairman, allow me to reiterate the commitment of the Philippines "
     "to the work of IOM. Our country has been a Member State of the Organization since 1988, "
     "and the partnership between us has never been more important than in these past weeks."),

    ("close", "Thank you, Mr. Chairman."),
]


# ---------------------------------------------------------------------------------------------
# Layout engine
# ---------------------------------------------------------------------------------------------
def tokenize(text, base=REG):
    """Split marked-up text into tokens (word, font, marker-or-None)."""
    toks = []
    bold = False
    for part in re.split(r"(\*\*)", text):
        if part == "**":
            bold = not bold
            continue
        font = BOLD if bold else base
        for w in part.split():
            for piece in re.split(r"(\[\^\d+\])", w):
                if not piece:
                    continue
                m = re.fullmatch(r"\[\^(\d+)\]", piece)
                if m:
                    toks.append(("", font, m.group(1), True))   # glued marker
                else:
                    toks.append((piece, font, None, False))
    # merge glued markers into the previous word
    words = []
    for word, font, mark, glued in toks:
        if glued and words:
            words[-1]["marks"].append(mark)
        else:
            words.append({"segs": [(word, font)], "marks": []})
    # merge words that were split around a bold toggle without a space (not used, kept simple)
    return words


def word_width(w, size=SIZE):
    wd = sum(stringWidth(t, f, size) for t, f in w["segs"])
    for m in w["marks"]:
        wd += stringWidth(m, REG, size * 0.62)
    return wd


def wrap(words, width, size=SIZE):
    lines, cur, curw = [], [], 0.0
    sp = stringWidth(" ", REG, size)
    for w in words:
        ww = word_width(w, size)
        need = ww if not cur else curw + sp + ww
        if cur and need > width:
            lines.append(cur)
            cur, curw = [w], ww
        else:
            cur.append(w)
            curw = need
    if cur:
        lines.append(cur)
    return lines


class Doc:
    def __init__(self, path):
        self.c = canvas.Canvas(path, pagesize=A4)
        self.c.setTitle("Statement of the Philippines - 103rd Session of the IOM Council")
        self.c.setAuthor("Permanent Mission of the Republic of the Philippines, Geneva")
        self.page = 1
        self.y = TOP
        self.page_notes = []      # footnote numbers on this page

    # footnote area -------------------------------------------------------------------------
    def notes_height(self, notes):
        if not notes:
            return 0
        h = 14  # rule and gap
        for n in notes:
            lines = wrap(tokenize(FOOTNOTES[n]), TEXTW - 14, FN_SIZE)
            h += len(lines) * FN_LEAD + 2
        return h

    def floor(self, extra_notes=()):
        return BOTTOM + self.notes_height(self.page_notes + list(extra_notes))

    def finish_page(self):
        c = self.c
        if self.page_notes:
            y = BOTTOM + self.notes_height(self.page_notes) - 6
            c.setLineWidth(0.5)
            c.line(LEFT, y, LEFT + 144, y)
            y -= 12
            for n in self.page_notes:
                lines = wrap(tokenize(FOOTNOTES[n]), TEXTW - 14, FN_SIZE)
                c.setFont(REG, FN_SIZE * 0.7)
                c.drawString(LEFT, y + 3.5, n)
                for ln in lines:
                    self.draw_line(ln, LEFT + 14, y, FN_SIZE, TEXTW - 14, justify=(ln is not lines[-1]))
                    y -= FN_LEAD
                y -= 2
        if self.page > 1:
            c.setFont(REG, 10)
            c.drawCentredString(W / 2, 38, str(self.page))
        c.showPage()
        self.page += 1
        self.y = TOP
        self.page_notes = []

    # drawing -------------------------------------------------------------------------------
    def draw_line(self, line, x, y, size, width, justify=False):
        c = self.c
        sp = stringWidth(" ", REG, size)
        natural = sum(word_width(w, size) for w in line) + sp * (len(line) - 1)
        gap = sp
        if justify and len(line) > 1:
            gap = sp + (width - natural) / (len(line) - 1)
        cx = x
        for w in line:
            for t, f in w["segs"]:
                c.setFont(f, size)
                c.drawString(cx, y, t)
                cx += stringWidth(t, f, size)
            for m in w["marks"]:
                c.setFont(REG, size * 0.62)
                c.drawString(cx, y + size * 0.38, m)
                cx += stringWidth(m, REG, size * 0.62)
            cx += gap

    def need(self, h, notes=()):
        if self.y - h < self.floor(notes):
            self.finish_page()

    def block(self, text, x, width, label=None, label_x=None, justify=True, base=REG,
              space_after=LEAD * 0.66):
        words = tokenize(text, base)
        lines = wrap(words, width)
        for i, ln in enumerate(lines):
            marks = [m for w in ln for m in w["marks"]]
            self.need(0, marks)
            if self.y < self.floor(marks):
                self.finish_page()
            if i == 0 and label is not None:
                self.c.setFont(REG, SIZE)
                self.c.drawString(label_x, self.y, label)
            self.draw_line(ln, x, self.y, SIZE, width, justify=justify and i < len(lines) - 1)
            self.page_notes.extend(marks)
            self.y -= LEAD
        self.y -= space_after


def build():
    d = Doc(OUT)
    c = d.c
    # letterhead
    y = H - 52
    for text, font, size in LETTERHEAD:
        c.setFont(font, size)
        c.drawCentredString(W / 2, y, text)
        y -= size + 4
    y -= 2
    c.setLineWidth(1.2)
    c.line(LEFT, y, RIGHT, y)
    c.setLineWidth(0.4)
    c.line(LEFT, y - 2.5, RIGHT, y - 2.5)
    y -= 28
    # check against delivery, right
    c.setFont(BOLDITAL, 11)
    c.drawRightString(RIGHT, y, CHECK)
    tw = stringWidth(CHECK, BOLDITAL, 11)
    c.setLineWidth(0.5)
    c.line(RIGHT - tw, y - 2, RIGHT, y - 2)
    y -= 34
    for text, font, size in COVER:
        if text is None:
            y -= size
            continue
        c.setFont(font, size)
        c.drawCentredString(W / 2, y, text)
        y -= size + 6
    d.y = y - 22

    for blk in BODY:
        kind = blk[0]
        if kind == "salute":
            d.block(blk[1], LEFT, TEXTW, justify=False)
        elif kind == "heading":
            d.need(LEAD * 3)
            d.y -= 4
            c.setFont(BOLD, SIZE)
            c.drawString(LEFT, d.y, blk[1])
            d.y -= LEAD * 1.3
        elif kind == "para":
            d.block(blk[2], LEFT + NUM_INDENT, TEXTW - NUM_INDENT, label=blk[1] + ".", label_x=LEFT)
        elif kind == "bullet":
            d.block(blk[1], BUL_TEXT, RIGHT - BUL_TEXT, label="•", label_x=BUL_X,
                    space_after=LEAD * (0.66 if len(blk) > 2 else 0.25))
        elif kind == "close":
            d.y -= LEAD * 0.3
            d.block(blk[1], LEFT, TEXTW, justify=False)
    d.finish_page()
    c.save()


if __name__ == "__main__":
    build()
