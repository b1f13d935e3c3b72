# Draws summary-record-2005.pdf: an invented provisional summary record of a
# meeting of the IOM Council (Ninetieth Session, 2005), laid out on A4 with reportlab.
import re
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = "summary-record-2005.pdf"
SYMBOL = "MC/C/SR/474"

PW, PH = A4
LEFT = 72.0
RIGHT = PW - 62.0
WIDTH = RIGHT - LEFT
NUM_INDENT = 36.0          # text column of numbered paragraphs (number hangs at LEFT)
ITEM_LABEL = LEFT + 36.0   # label of a list item
ITEM_TEXT = LEFT + 66.0    # text of a list item
BOTTOM = 58.0
TOP_LATER = PH - 92.0

FONT = "Helvetica"
BOLD = "Helvetica-Bold"
SIZE = 10.5
LEAD = 14.0
FN_SIZE = 8.5
FN_LEAD = 10.5
MARK_SIZE = 6.5
MARK_RISE = 3.6

# ---------------------------------------------------------------- content
FOOTNOTES = {
    "1": "See document MC/INF/281, Annex II, which sets out the core structure by region and by "
         "source of funding as at 1 October 2005.",
    "2": "The Operational Part of the Budget includes only those activities for which funding was firm "
         "or reasonably assured when the document was prepared. It is revised in the course of the year "
         "as new projects are approved, and the revised figures are submitted to the Executive "
         "Committee.",
}

BODY = [
    ("text", "The meeting was called to order at 10.20 a.m."),
    ("heading", ["GENERAL DEBATE (continued)"]),
    ("para", "1", "Ms. RASMUSSEN (Denmark) said that her delegation associated itself with the statement "
     "made at the previous meeting by the representative of the United Kingdom on behalf of the European "
     "Union. The past year had tested the Organization as never before: within days of the tsunami of "
     "26 December 2004 IOM had deployed staff to Aceh and to Sri Lanka, and in October 2005 it had been "
     "called upon again after the earthquake in northern Pakistan. Denmark appreciated the speed of those "
     "responses, but it was concerned that the rapid growth of the Operational Part of the Budget was not "
     "matched by the capacity of the core structure that had to support it. She hoped that the "
     "Administration would put proposals on that question before the Executive Committee in 2006."),
    ("para", "2", "Mr. OKAFOR (Nigeria) said that the report of the Global Commission on International "
     "Migration, published in October 2005, had rightly placed the link between migration and "
     "development at the centre of the international agenda. His Government attached particular "
     "importance to the role of diasporas in national development and to lowering the cost of "
     "transferring remittances, which in some corridors still exceeded 10 per cent of the amount sent. "
     "He encouraged IOM to continue its work with the African Union towards a common position on "
     "migration and development, and to ensure that the High-level Dialogue to be held by the General "
     "Assembly in 2006 could draw on the Organization's field experience."),
    ("para", "3", "Mr. FERREIRA LIMA (Brazil) welcomed the admission of three new Member States at the "
     "opening meeting of the session (see MC/C/SR/472), which had brought the membership to 118. The "
     "regional consultative processes, among them the South American Conference on Migration, had shown "
     "that governments could find common ground on matters once considered purely national. IOM should "
     "not, however, become a mere contractor of services for States: its projects should at all times "
     "respect the human rights of the migrants concerned, whatever their status."),
    ("para", "4", "Ms. DELA CRUZ (Philippines) said that, as a country of origin with some eight million "
     "nationals living and working abroad, the Philippines wished to draw the Council's attention to "
     "four matters:"),
    ("item", "(a)", "the protection of migrant workers throughout the migration cycle, from recruitment "
     "in the country of origin to return and reintegration;"),
    ("item", "(b)", "the need for closer cooperation between countries of origin and countries of "
     "destination in regulating private recruitment agencies, many of which continued to charge fees "
     "well above the legal limits;"),
    ("item", "(c)", "the health of migrants, including access to HIV/AIDS prevention and treatment, an "
     "area in which the Organization's Migration Health Department had built up valuable expertise; and"),
    ("item", "(d)", "the training of consular officials and labour attachés, for which her Government "
     "would welcome further technical cooperation with IOM."),
    ("para", "5", "Mr. HOFSTETTER (Switzerland) recalled that the Berne Initiative had completed its work "
     "in December 2004 with the adoption of the International Agenda for Migration Management. His "
     "Government would continue to support the International Dialogue on Migration, and it had found the "
     "two intersessional workshops held in 2005 particularly useful; the report on those workshops "
     "(MC/INF/280) deserved wide circulation in capitals."),
    ("para", "6", "The DIRECTOR GENERAL, replying to the points raised in the general debate, thanked "
     "delegations for their expressions of support. On the question raised by the representative of "
     "Denmark, he acknowledged that expenditure under the Operational Part had more than doubled since "
     "2000, whereas the number of staff in the core structure had increased by less than 10 per cent. "
     "Much of the additional burden had been carried by staff paid from project-related overhead income. "
     "A breakdown of the structure by source of funding had been provided to the Sub-Committee on Budget "
     "and Finance,{1} and the Administration would present options for strengthening the core structure "
     "to the Executive Committee in June 2006. With regard to remittances, IOM had begun pilot projects "
     "with banks and postal services in three West African countries, and he would report on their "
     "results at the next session. He welcomed the offer of the Philippines to host a regional training "
     "course for labour attachés early in 2007 and invited other interested governments to join it."),
    ("para", "7", "The CHAIRPERSON said that the Council had thus concluded its general debate, which "
     "would be reflected in the report on the session."),
    ("heading", ["REPORT ON THE HUNDRED AND FOURTH SESSION OF THE EXECUTIVE COMMITTEE"]),
    ("para", "8", "Mr. ANDRIESSEN (Netherlands), speaking as Rapporteur of the Executive Committee, "
     "introduced the report of the Committee on its Hundred and fourth Session, held on 7 and 8 June "
     "2005 (MC/2173). The Committee had examined the report of the Director General on the work of the "
     "Organization for the year 2004 and the Financial Report for the year ended 31 December 2004, and "
     "had taken note of the Revision of the Programme and Budget for 2005 (MC/EX/671)."),
    ("para", "9", "The CHAIRPERSON said that, if he heard no objection, he would take it that the Council "
     "wished to take note of the report of the Executive Committee on its Hundred and fourth Session and "
     "to endorse the decisions taken by the Committee at that session."),
    ("para", "10", "It was so decided."),
    ("heading", ["PROGRAMME AND BUDGET FOR 2006"]),
    ("para", "11", "Mr. LINDQVIST (Finland), speaking as Chairperson of the Sub-Committee on Budget and "
     "Finance, said that the Sub-Committee had examined the Programme and Budget for 2006 (MC/2176) at "
     "its meeting of 25 and 26 October 2005. The Administrative Part of the Budget had been set at "
     "CHF 37,116,000, an amount that maintained the policy of zero nominal growth, while the Operational "
     "Part was estimated at USD 435.2 million.{2} Discretionary Income was projected at USD 24.3 million. "
     "The Sub-Committee recommended that the Council approve the budget as presented."),
    ("para", "12", "Mr. TAKAHASHI (Japan) said that his Government supported the proposed budget. Staff "
     "security, however, was becoming a heavy charge on Discretionary Income, and it would be useful to "
     "know how the cost of the security structure was shared between the Administrative and the "
     "Operational Parts. He asked that the Administration report on that matter to the Sub-Committee in "
     "the spring of 2006."),
    ("para", "13", "Ms. MORENO ECHEVERRÍA (Colombia), speaking on behalf of the Latin American and "
     "Caribbean Group, said that the Facility established under Resolution No. 1035 (LXXX) remained of "
     "great value to developing Member States and to Member States with economies in transition. The "
     "Group hoped that the allocation to the Facility would at least be maintained in 2006 and that the "
     "criteria for selecting projects would be applied with greater transparency."),
    ("para", "14", "Mr. EL-SAYED (Egypt) supported the statement made on behalf of the Latin American and "
     "Caribbean Group as far as the 1035 Facility was concerned, and urged the Administration to give "
     "priority to projects in countries that had little access to other sources of funding."),
    ("para", "15", "The DIRECTOR GENERAL said that the allocation to the 1035 Facility for 2006 would be "
     "USD 1.4 million, the same as in 2005. The selection criteria had been reviewed during the year and "
     "would be circulated to all Member States before the end of January 2006. The security costs "
     "mentioned by the representative of Japan would be set out in the Revision of the Programme and "
     "Budget for 2006."),
    ("para", "16", "The CHAIRPERSON said that, if he heard no objection, he would take it that the Council "
     "wished to adopt the draft resolution on the Programme and Budget for 2006 that had been circulated "
     "to Member States."),
    ("para", "17", "The draft resolution was adopted (Resolution No. 1129 (XC))."),
    ("heading", ["STATUS REPORT ON OUTSTANDING CONTRIBUTIONS TO THE",
                 "ADMINISTRATIVE PART OF THE BUDGET"]),
    ("para", "18", "Ms. FONTAINE (Director, Budget and Finance Division) introduced document MC/2181, "
     "which described the situation as at 31 October 2005. Outstanding contributions to the "
     "Administrative Part of the Budget had fallen from CHF 4.2 million at the end of 2004 to "
     "CHF 3.1 million. Eleven Member States were at present subject to the provisions of Article 4 of "
     "the Constitution, and two Member States had agreed payment plans with the Administration during "
     "the year. Since the document was issued, payments had been received from Honduras and Mali."),
    ("para", "19", "Mr. RAHMAN (Bangladesh) said that his Government had settled its arrears in full in "
     "September 2005 and asked that the figures for Bangladesh in the status report be corrected "
     "accordingly."),
    ("para", "20", "The CHAIRPERSON said that, if he heard no objection, he would take it that the Council "
     "wished to take note of document MC/2181 and to urge all Member States in arrears to pay their "
     "contributions in full or to agree a payment plan with the Administration."),
    ("para", "21", "It was so decided."),
    ("text", "The meeting rose at 1.05 p.m."),
]

COVER_NOTE = ("Corrections to this provisional record should be submitted in writing to the Meetings "
              "Secretariat within one month of the date of issue. They will be incorporated in the "
              "final summary records of the session.")

# ---------------------------------------------------------------- text helpers
MARK_RE = re.compile(r"\{(\d+|\*)\}")


def split_word(word):
    """Return (base, marker or None) for a word such as 'Finance,{1}'."""
    m = MARK_RE.search(word)
    if not m:
        return word, None
    return word[:m.start()] + word[m.end():], m.group(1)


def word_width(word, font=FONT, size=SIZE):
    base, mark = split_word(word)
    w = stringWidth(base, font, size)
    if mark:
        w += stringWidth(mark, font, MARK_SIZE)
    return w


def wrap(text, first_width, width, font=FONT, size=SIZE):
    words = text.split()
    lines, cur, cur_w = [], [], 0.0
    space = stringWidth(" ", font, size)
    limit = first_width
    for w in words:
        ww = word_width(w, font, size)
        if cur and cur_w + space + ww > limit:
            lines.append(cur)
            cur, cur_w = [w], ww
            limit = width
        else:
            cur_w = cur_w + (space if cur else 0) + ww
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


def draw_words(c, words, x, y, width, justify, font=FONT, size=SIZE, msize=MARK_SIZE, rise=MARK_RISE):
    space = stringWidth(" ", font, size)
    widths = [word_width(w, font, size) for w in words]
    gap = space
    if justify and len(words) > 1:
        gap = (width - sum(widths)) / (len(words) - 1)
    cx = x
    for w, ww in zip(words, widths):
        base, mark = split_word(w)
        c.setFont(font, size)
        c.drawString(cx, y, base)
        if mark:
            bx = cx + stringWidth(base, font, size)
            c.setFont(font, msize)
            c.drawString(bx, y + rise, mark)
        cx += ww + gap


def markers_in(words):
    out = []
    for w in words:
        _, m = split_word(w)
        if m:
            out.append(m)
    return out


# ---------------------------------------------------------------- page machinery
class Doc:
    def __init__(self):
        self.c = canvas.Canvas(OUT, pagesize=A4)
        self.c.setTitle("MC/C/SR/474 - Provisional summary record of the 474th meeting")
        self.c.setAuthor("International Organization for Migration")
        self.page = 1
        self.page_notes = []      # footnote markers on the current page
        self.cover_reserve = 0.0  # space kept at the foot of page 1 for the cover note and footer
        self.y = 0.0

    def fn_lines(self, marker):
        return wrap(FOOTNOTES[marker], WIDTH - 14, WIDTH - 14, FONT, FN_SIZE)

    def fn_height(self, markers):
        if not markers:
            return 0.0
        h = 18.0
        for m in markers:
            h += len(self.fn_lines(m)) * FN_LEAD + 3
        return h

    def floor(self, extra_markers=()):
        return BOTTOM + self.cover_reserve + self.fn_height(self.page_notes + list(extra_markers))

    def finish_page(self):
        c = self.c
        if self.page_notes:
            y = BOTTOM + self.cover_reserve + self.fn_height(self.page_notes) - 8
            c.setLineWidth(0.6)
            c.line(LEFT, y, LEFT + 120, y)
            y -= 13
            for m in self.page_notes:
                lines = self.fn_lines(m)
                c.setFont(FONT, MARK_SIZE)
                c.drawString(LEFT + 4, y + 3.0, m)
                for i, ln in enumerate(lines):
                    last = i == len(lines) - 1
                    draw_words(c, ln, LEFT + 14, y, WIDTH - 14, not last, FONT, FN_SIZE)
                    y -= FN_LEAD
                y -= 3
        if self.page == 1:
            self.draw_cover_foot()
        c.showPage()
        self.page += 1
        self.page_notes = []
        self.cover_reserve = 0.0
        self.running_header()
        self.y = TOP_LATER

    def running_header(self):
        c = self.c
        c.setFont(FONT, 10)
        c.drawRightString(RIGHT, PH - 50, SYMBOL)
        c.drawRightString(RIGHT, PH - 63, "Page %d" % self.page)

    def need(self, height, markers=()):
        if self.y - height < self.floor(markers):
            self.finish_page()

    # -- blocks
    def flow_lines(self, lines, x_first, x_rest, w_first, w_rest, label=None, label_x=None):
        for i, ln in enumerate(lines):
            mk = markers_in(ln)
            self.need(LEAD, mk)
            self.page_notes.extend(mk)
            self.y -= LEAD
            last = i == len(lines) - 1
            if i == 0:
                if label:
                    self.c.setFont(FONT, SIZE)
                    self.c.drawString(label_x, self.y, label)
                draw_words(self.c, ln, x_first, self.y, w_first, not last)
            else:
                draw_words(self.c, ln, x_rest, self.y, w_rest, not last)
        self.y -= LEAD * 0.65

    def para(self, num, text):
        tx = LEFT + NUM_INDENT
        lines = wrap(text, RIGHT - tx, RIGHT - tx)
        self.need(LEAD * min(2, len(lines)))
        self.flow_lines(lines, tx, tx, RIGHT - tx, RIGHT - tx, num + ".", LEFT)

    def text(self, text):
        tx = LEFT + NUM_INDENT
        lines = wrap(text, RIGHT - tx, RIGHT - tx)
        self.need(LEAD * len(lines))
        self.flow_lines(lines, tx, tx, RIGHT - tx, RIGHT - tx)

    def item(self, label, text):
        lines = wrap(text, RIGHT - ITEM_TEXT, RIGHT - ITEM_TEXT)
        self.need(LEAD * min(2, len(lines)))
        self.flow_lines(lines, ITEM_TEXT, ITEM_TEXT, RIGHT - ITEM_TEXT, RIGHT - ITEM_TEXT, label, ITEM_LABEL)

    def heading(self, lines):
        # keep the heading with at least three lines of what follows
        self.need(LEAD * (len(lines) + 4) + 8)
        self.y -= 8
        for ln in lines:
            self.y -= LEAD
            self.c.setFont(BOLD, SIZE)
            self.c.drawCentredString((LEFT + RIGHT) / 2, self.y, ln)
        self.y -= LEAD * 0.75

    # -- cover
    def cover(self):
        c = self.c
        c.setFont(BOLD, 11)
        c.drawString(LEFT, PH - 58, "PROVISIONAL")
        c.setFont(FONT, 10.5)
        c.drawRightString(RIGHT, PH - 58, SYMBOL)
        c.drawRightString(RIGHT, PH - 74, "Original: English")
        c.drawRightString(RIGHT, PH - 90, "19 December 2005")
        c.setFont(BOLD, 11)
        c.drawCentredString(PW / 2, PH - 128, "NINETIETH SESSION")
        c.setFont(FONT, 10.5)
        c.drawCentredString(PW / 2, PH - 140, "_" * 30)
        c.setFont(BOLD, 11.5)
        c.drawCentredString(PW / 2, PH - 172, "PROVISIONAL SUMMARY RECORD OF THE")
        c.drawCentredString(PW / 2, PH - 187, "FOUR HUNDRED AND SEVENTY-FOURTH MEETING")
        c.setFont(FONT, 10.5)
        c.drawCentredString(PW / 2, PH - 212, "Held at the Palais des Nations, Geneva,")
        c.drawCentredString(PW / 2, PH - 226, "on Wednesday, 30 November 2005, at 10.15 a.m.")
        c.drawString(LEFT, PH - 262, "Chairperson:")
        c.drawString(LEFT + 72, PH - 262, "Mr. S. MWANGALE (Kenya)")
        # contents (agenda items discussed, no page numbers)
        c.setFont(BOLD, 10.5)
        c.drawCentredString(PW / 2, PH - 298, "CONTENTS")
        c.setFont(FONT, 10.5)
        y = PH - 322
        entries = [
            ["General debate (continued)"],
            ["Report on the Hundred and fourth Session of the Executive Committee"],
            ["Programme and Budget for 2006"],
            ["Status report on outstanding contributions to the Administrative",
             "Part of the Budget"],
        ]
        for e in entries:
            for i, ln in enumerate(e):
                c.drawString(LEFT + 36 + (18 if i else 0), y, ln)
                y -= 14
            y -= 4
        c.setFont(FONT, 10.5)
        c.drawString(LEFT, y - 6, "_" * 86)
        self.y = y - 18
        # foot of the cover: the note on corrections and the trilingual footer
        self.cover_note_lines = wrap(COVER_NOTE, WIDTH, WIDTH, FONT, 9)
        self.cover_reserve = len(self.cover_note_lines) * 11 + 52

    def draw_cover_foot(self):
        c = self.c
        y = BOTTOM + self.cover_reserve - 12
        c.setLineWidth(0.6)
        c.line(LEFT, y, LEFT + 120, y)
        y -= 14
        for i, ln in enumerate(self.cover_note_lines):
            draw_words(c, ln, LEFT, y, WIDTH, i < len(self.cover_note_lines) - 1, FONT, 9)
            y -= 11
        c.setFont(BOLD, 10)
        third = WIDTH / 3
        c.drawCentredString(LEFT + third * 0.5, BOTTOM - 14, "COUNCIL")
        c.drawCentredString(LEFT + third * 1.5, BOTTOM - 14, "CONSEIL")
        c.drawCentredString(LEFT + third * 2.5, BOTTOM - 14, "CONSEJO")

    def build(self):
        self.cover()
        for blk in BODY:
            kind = blk[0]
            if kind == "text":
                self.text(blk[1])
            elif kind == "heading":
                self.heading(blk[1])
            elif kind == "para":
                self.para(blk[1], blk[2])
            elif kind == "item":
                self.item(blk[1], blk[2])
        # last page: footnotes (if any) and close
        if self.page_notes or self.page == 1:
            pass
        self.finish_last()

    def finish_last(self):
        c = self.c
        if self.page_notes:
            saved = self.page
            # draw notes of the last page without starting a new one
            y = BOTTOM + self.fn_height(self.page_notes) - 8
            c.setLineWidth(0.6)
            c.line(LEFT, y, LEFT + 120, y)
            y -= 13
            for m in self.page_notes:
                lines = self.fn_lines(m)
                c.setFont(FONT, MARK_SIZE)
                c.drawString(LEFT + 4, y + 3.0, m)
                for i, ln in enumerate(lines):
                    draw_words(c, ln, LEFT + 14, y, WIDTH - 14, i < len(lines) - 1, FONT, FN_SIZE)
                    y -= FN_LEAD
                y -= 3
        c.showPage()
        c.save()
        print("pages:", self.page)


if __name__ == "__main__":
    Doc().build()
