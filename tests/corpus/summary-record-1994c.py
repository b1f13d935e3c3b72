"""Draws summary-record-1994c.pdf: a provisional summary record of a meeting of the
IOM Council, Sixty-eighth Session (November 1994), laid out the way the Organization
printed it. A small hand-made layout engine on the reportlab canvas places the text so
that footnotes land at the foot of the page on which their marker falls."""

import os
import re

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "summary-record-1994c.pdf")

SYMBOL = "MC/C/SR/398"
PAGE_W, PAGE_H = A4
LM, RM = 72.0, 72.0
TEXT_W = PAGE_W - LM - RM
BODY_FONT, BOLD_FONT = "Times-Roman", "Times-Bold"
BODY_SIZE, LEAD = 12.0, 15.0
FN_SIZE, FN_LEAD = 9.5, 11.5
SUP_SIZE, SUP_RISE = 7.5, 4.5
TOP_Y = PAGE_H - 100.0          # first body baseline on pages 2 onward
BOTTOM = 62.0                   # lowest baseline of footnote text
PARA_INDENT = 36.0              # first-line indent after the paragraph number
ITEM_LABEL_X = 36.0             # lettered items: label position
ITEM_TEXT_X = 72.0              # lettered items: text position (hanging)
PARA_GAP = 11.0

# ---------------------------------------------------------------------------
# Content
# ---------------------------------------------------------------------------

FOOTNOTES = {
    "1": "Report of the International Conference on Population and Development, Cairo, "
         "5-13 September 1994 (United Nations publication, A/CONF.171/13), chapter X.",
    "2": "The Executive Committee endorsed this recommendation at its Eighty-seventh Session; "
         "see the report on that session (MC/1785), paragraphs 18 to 22.",
}

# Each entry: ("heading", text) | ("para", number, text) | ("item", label, text)
# | ("text", text).  [^n] marks a raised footnote marker.
BODY = [
    ("heading", "GENERAL DEBATE (MC/1779 and MC/INF/229) (concluded)"),
    ("para", 1,
     "Mr. KARLSSON (Sweden) said that his delegation had studied with interest the report of the "
     "Director General on the work of the Organization for the year 1993 (MC/1779). Few years had "
     "tested the capacity of IOM so severely: emergency movements out of the former Yugoslavia and "
     "the Caucasus had been organized while the long-standing resettlement programmes continued at "
     "full strength. Sweden appreciated the speed with which the Administration had sent staff to "
     "the field, but considered that the time had come to consolidate what had been achieved and to "
     "examine the cost of rapid growth carefully before any further expansion was undertaken."),
    ("para", 2,
     "Ms. ODUYA (Kenya) thanked the Organization for the help it had given her country in returning "
     "Somali and Ethiopian nationals from the camps in the north-east. Close to 11,000 persons had "
     "been taken home during the first nine months of 1994, in constant liaison with the Office of "
     "the United Nations High Commissioner for Refugees (UNHCR). Technical cooperation in the field "
     "of migration had so far been concentrated in Latin America and Asia; her delegation hoped that "
     "African Member States would soon benefit from it as well."),
    ("para", 3,
     "Mr. TANAKA (Japan) pointed out that the International Conference on Population and "
     "Development, held at Cairo in September, had for the first time given international "
     "migration a whole chapter of its Programme of Action.[^1] IOM had taken an active part in the "
     "preparatory process, as described in document MC/INF/229, and it should now contribute fully "
     "to the follow-up. His Government was ready to consider funding a series of regional seminars "
     "on the collection of migration statistics, on condition that the other agencies concerned were "
     "closely involved in their organization."),
    ("para", 4,
     "Mr. ROSSI (Italy) emphasized that the migratory pressures building up around the Mediterranean "
     "could only be met by action concerted among countries of origin, transit and destination. "
     "Italy welcomed the information campaigns carried out by IOM in Albania, which had made "
     "would-be migrants more aware of the dangers of irregular departure, and intended to go on "
     "supporting them in 1995."),
    ("para", 5,
     "Mr. DUBOIS (International Committee of the Red Cross), speaking as an observer, said that the "
     "ICRC and IOM had worked together in several operations during the year, notably the medical "
     "evacuation of wounded and sick persons and of the members of their families. The two "
     "institutions were negotiating a written arrangement that would define their respective roles "
     "more precisely."),
    ("para", 6,
     "The DIRECTOR GENERAL, responding to the questions put during the debate, said that he agreed "
     "with the delegations that had insisted on matching the growth of the Organization with "
     "sufficient management capacity. A review of the structure of field offices had begun, and its "
     "findings would be submitted to the Executive Committee in the spring of 1995. As regards "
     "Africa, a project for the return of qualified African nationals had been extended into a new "
     "phase, and talks on technical cooperation were in progress with two Member States in East "
     "Africa. He thanked the Government of Japan for its offer concerning regional seminars, which "
     "the Administration would follow up without delay."),
    ("para", 7, "The CHAIRMAN declared the general debate closed."),

    ("heading", "PROGRAMME AND BUDGET FOR 1995 (MC/1788 and MC/EX/561)"),
    ("para", 8,
     "Mr. KLEINHANS (Director, Budget and Finance) introduced the Programme and Budget for 1995 "
     "(MC/1788). The Operational Part of the Budget was estimated at US$ 246.8 million, against "
     "US$ 231.5 million in the revised estimates for 1994; the difference was due mainly to the "
     "expected continuation of large-scale movements in Central and Eastern Europe. The "
     "Administrative Part of the Budget was set at SFr 39,875,000, which represented an increase of "
     "SFr 463,000, or 1.2 per cent, over the level approved for 1994."),
    ("para", 9, "The net increase in the Administrative Part of the Budget resulted from the "
                "following elements:"),
    ("item", "(a)", "statutory increases in salaries and related staff costs, as determined within "
                    "the United Nations common system, SFr 512,000;"),
    ("item", "(b)", "the reopening of the Regional Office at Nairobi, SFr 164,000;"),
    ("item", "(c)", "the replacement of obsolete data-processing equipment at Headquarters, "
                    "SFr 98,000; and"),
    ("item", "(d)", "reductions in travel, communications and general operating expenditure, which "
                    "offset the above amounts by SFr 311,000."),
    ("para", 10,
     "Mr. BERGERON (Canada), speaking as Chairman of the Sub-Committee on Budget and Finance, said "
     "that the Sub-Committee had gone through the budget proposals line by line at its October "
     "session. Its conclusions were set out in document MC/EX/561. The Sub-Committee recommended "
     "that the Administrative Part of the Budget be approved at the level proposed, on the "
     "understanding that the Administration would look for further economies during the year.[^2] "
     "It had also asked for clearer presentation of the staffing tables in future budget documents."),
    ("para", 11,
     "Ms. BRENNAN (United States of America) said that her delegation could go along with the "
     "proposed Administrative Part of the Budget, while remaining attached to the principle of zero "
     "nominal growth reaffirmed by the Council in Resolution No. 894 (LXVII). The increase was small "
     "and lay largely outside the control of the Administration. Her Government would keep up its "
     "generous support to the Operational Part of the Budget; in 1994 it had furnished more than a "
     "third of all voluntary funding for refugee resettlement."),
    ("para", 12,
     "Mr. HOFFMANN (Germany) was concerned that the share of operational staff financed from project "
     "funds kept rising, while the core structure paid from assessed contributions was being "
     "stretched ever more thinly. He requested the Administration to present to the Sub-Committee, "
     "at its next session, an analysis of the way in which overhead charges on projects were "
     "calculated and spent."),
    ("para", 13,
     "Mr. SANTOS (Philippines) and Mr. EL-AMIN (Sudan) supported the budget proposals. Mr. SANTOS "
     "welcomed the attention paid in the Programme to the protection of migrant workers and hoped "
     "that the Organization would work more closely with the International Labour Organization in "
     "that area."),
    ("para", 14,
     "Mr. KLEINHANS (Director, Budget and Finance) assured the delegation of Germany that the "
     "analysis it had asked for would be placed before the Sub-Committee at its spring session. "
     "Overhead income for 1994 was expected to reach US$ 9.2 million, the whole of which went to "
     "finance field and Headquarters structures linked directly to operations."),
    ("para", 15,
     "The CHAIRMAN observed that the proposals seemed to command general support and invited the "
     "Council to adopt the draft resolution on the Programme and Budget for 1995 contained in "
     "document MC/L/769."),
    ("para", 16,
     "The draft resolution was adopted without objection as Resolution No. 912 (LXVIII)."),

    ("heading", "STATUS REPORT ON OUTSTANDING CONTRIBUTIONS TO THE ADMINISTRATIVE PART OF THE "
                "BUDGET (MC/1791)"),
    ("para", 17,
     "Mr. KLEINHANS (Director, Budget and Finance) reported that, as at 31 October 1994, assessed "
     "contributions still unpaid for 1994 and earlier years totalled SFr 3,718,000, owed by 14 Member "
     "States. Of that amount, SFr 2,946,000 related to previous years and SFr 772,000 to the current "
     "year. Six Member States were so far in arrears that Article 4 of the Constitution applied to "
     "them. Since the document had been issued, payments had come in from Costa Rica and Uganda."),
    ("para", 18,
     "Mr. VELASQUEZ (Peru) said that his Government had put forward a plan to clear its arrears in "
     "yearly instalments over five years, the first of which had been paid in September. He asked "
     "the Council to bear in mind the severe economic constraints with which several Latin American "
     "countries were still struggling."),
    ("para", 19,
     "Mr. LEROY (Belgium) commended the Member States that had agreed on payment plans, but recalled "
     "that the liquidity of the Organization depended on every Member paying its contribution on "
     "time. He suggested that the Administration approach each of the Member States concerned before "
     "the spring session of the Executive Committee."),
    ("para", 20,
     "The CHAIRMAN said that, if there was no objection, he would take it that the Council wished to "
     "take note of the status report and to urge the Member States concerned to pay their "
     "outstanding contributions as soon as possible or to agree with the Administration on a plan "
     "for doing so."),
    ("para", 21, "It was so agreed."),

    ("heading", "REPORT ON THE EIGHTY-SEVENTH SESSION OF THE EXECUTIVE COMMITTEE (MC/1785)"),
    ("para", 22,
     "Mr. NAVARRO (Chile), Chairman of the Executive Committee, introduced the report on the "
     "Committee's Eighty-seventh Session, held on 8 and 9 November 1994. The Committee had reviewed "
     "the report of the Director General on the work of the Organization for 1993 and the financial "
     "report for the year ended 31 December 1993 (MC/EX/557), and had endorsed the recommendations of "
     "the Sub-Committee on Budget and Finance. It had also decided to set up an informal working "
     "group, open to all Member States, to look into the relationship between IOM and the United "
     "Nations system."),
    ("para", 23,
     "Mr. GRUBER (Austria) welcomed the creation of the working group and expressed the hope that it "
     "would report to the Executive Committee at its next regular session. The question of observer "
     "status in the General Assembly deserved particular attention."),
    ("para", 24,
     "The Council took note with appreciation of the report on the Eighty-seventh Session of the "
     "Executive Committee."),

    ("heading", "OTHER BUSINESS"),
    ("para", 25,
     "Ms. HALL (Australia) announced that her Government and the Administration would jointly hold a "
     "regional consultation on irregular migration in South-East Asia at Manila in March 1995. "
     "Member States and observers interested in taking part were invited to contact her delegation."),
    ("para", 26,
     "The CHAIRMAN announced that the draft report on the session would be circulated to delegations "
     "before the closing meeting, which would be held on Thursday, 24 November 1994, at 10 a.m."),
    ("text", "The meeting rose at 6.05 p.m."),
]

CONTENTS = [
    ("9.", "General debate (concluded)", "GENERAL DEBATE"),
    ("11.", "Programme and Budget for 1995", "PROGRAMME AND BUDGET"),
    ("12.", "Status report on outstanding contributions to the Administrative Part of the Budget",
     "STATUS REPORT"),
    ("13.", "Report on the Eighty-seventh Session of the Executive Committee", "REPORT ON THE"),
    ("16.", "Other business", "OTHER BUSINESS"),
]

# ---------------------------------------------------------------------------
# Text handling
# ---------------------------------------------------------------------------

MARK = re.compile(r"\[\^(\w+)\]")


def words_of(text, font=BODY_FONT, size=BODY_SIZE):
    """Split text into words; each word is a list of (string, font, size, rise) pieces."""
    out = []
    for raw in text.split():
        pieces = []
        pos = 0
        for m in MARK.finditer(raw):
            if m.start() > pos:
                pieces.append((raw[pos:m.start()], font, size, 0.0))
            pieces.append((m.group(1), font, SUP_SIZE, SUP_RISE))
            pos = m.end()
        if pos < len(raw):
            pieces.append((raw[pos:], font, size, 0.0))
        out.append(pieces)
    return out


def word_w(word):
    return sum(stringWidth(t, f, s) for t, f, s, _ in word)


def word_marks(word):
    return [t for t, f, s, r in word if r > 0]


def wrap(words, first_w, rest_w, font=BODY_FONT, size=BODY_SIZE):
    space = stringWidth(" ", font, size)
    lines, cur, cur_w = [], [], 0.0
    width = first_w
    for w in words:
        ww = word_w(w)
        need = ww if not cur else cur_w + space + ww
        if cur and need > width:
            lines.append(cur)
            cur, cur_w = [w], ww
            width = rest_w
        else:
            cur.append(w)
            cur_w = need
    if cur:
        lines.append(cur)
    return lines


def draw_words(c, words, x, y, width=None, justify=False, space=None):
    if space is None:
        space = stringWidth(" ", BODY_FONT, BODY_SIZE)
    gap = space
    if justify and width and len(words) > 1:
        total = sum(word_w(w) for w in words)
        gap = (width - total) / (len(words) - 1)
    cx = x
    for w in words:
        for t, f, s, r in w:
            c.setFont(f, s)
            c.drawString(cx, y + r, t)
            cx += stringWidth(t, f, s)
        cx += gap


# ---------------------------------------------------------------------------
# Page machinery
# ---------------------------------------------------------------------------


class Doc:
    def __init__(self, path, contents_pages):
        self.c = canvas.Canvas(path, pagesize=A4)
        self.c.setTitle("Provisional summary record of the 398th meeting (MC/C/SR/398)")
        self.c.setAuthor("International Organization for Migration")
        self.page = 1
        self.contents_pages = contents_pages
        self.heading_pages = {}
        self.page_notes = []
        self.y = None

    # footnote area height for a list of footnote keys
    def notes_height(self, keys):
        if not keys:
            return 0.0
        h = 28.0  # gap, rule and gap
        for k in keys:
            lines = wrap(words_of(FOOTNOTES[k], size=FN_SIZE), TEXT_W - 18, TEXT_W - 18,
                         size=FN_SIZE)
            h += len(lines) * FN_LEAD + 2
        return h

    def limit(self, extra_keys=()):
        return BOTTOM + self.notes_height(self.page_notes + list(extra_keys))

    def draw_notes(self):
        c = self.c
        if not self.page_notes:
            return
        h = self.notes_height(self.page_notes)
        y = BOTTOM + h - 16
        c.setLineWidth(0.6)
        c.line(LM, y, LM + 144, y)
        y -= 12
        for k in self.page_notes:
            c.setFont(BODY_FONT, SUP_SIZE)
            c.drawString(LM, y + SUP_RISE, k)
            lines = wrap(words_of(FOOTNOTES[k], size=FN_SIZE), TEXT_W - 18, TEXT_W - 18,
                         size=FN_SIZE)
            for i, ln in enumerate(lines):
                last = i == len(lines) - 1
                draw_words(c, ln, LM + 18, y, TEXT_W - 18, justify=not last,
                           space=stringWidth(" ", BODY_FONT, FN_SIZE))
                y -= FN_LEAD
            y -= 2

    def running_header(self):
        c = self.c
        c.setFont(BODY_FONT, 12)
        c.drawRightString(PAGE_W - RM, PAGE_H - 48, SYMBOL)
        c.drawRightString(PAGE_W - RM, PAGE_H - 62, "Page %d" % self.page)

    def new_page(self):
        self.draw_notes()
        self.c.showPage()
        self.page += 1
        self.page_notes = []
        self.running_header()
        self.y = TOP_Y

    # place one line; returns the baseline y
    def place_line(self, marks, keep=0.0):
        if self.y - keep < self.limit(marks):
            self.new_page()
        y = self.y
        for m in marks:
            self.page_notes.append(m)
        self.y -= LEAD
        return y

    # ------------------------------------------------------------------
    def cover(self):
        c = self.c
        c.setFont(BODY_FONT, 12)
        x = PAGE_W - RM - 130
        c.drawString(x, PAGE_H - 60, SYMBOL)
        c.drawString(x, PAGE_H - 75, "Original: English")
        c.drawString(x, PAGE_H - 90, "28 November 1994")
        c.setFont(BOLD_FONT, 12)
        c.drawString(LM, PAGE_H - 130, "SIXTY-EIGHTH SESSION")
        c.setLineWidth(0.8)
        c.line(LM, PAGE_H - 142, PAGE_W - RM, PAGE_H - 142)

        c.setFont(BOLD_FONT, 13)
        c.drawCentredString(PAGE_W / 2, PAGE_H - 185, "PROVISIONAL SUMMARY RECORD OF THE")
        c.drawCentredString(PAGE_W / 2, PAGE_H - 201, "THREE HUNDRED AND NINETY-EIGHTH MEETING")
        c.setFont(BODY_FONT, 12)
        c.drawCentredString(PAGE_W / 2, PAGE_H - 228, "Held at the Palais des Nations, Geneva,")
        c.drawCentredString(PAGE_W / 2, PAGE_H - 243,
                            "on Wednesday, 23 November 1994, at 3.15 p.m.")

        c.drawString(LM, PAGE_H - 285, "Chairman:")
        c.drawString(LM + 72, PAGE_H - 285, "Mr. H. VAN DER LINDEN (Netherlands)")

        # contents
        y = PAGE_H - 340
        c.setFont(BOLD_FONT, 12)
        c.drawCentredString(PAGE_W / 2, y, "CONTENTS")
        y -= 26
        c.setFont(BODY_FONT, 12)
        c.drawRightString(PAGE_W - RM, y, "Page")
        y -= 22
        title_x = LM + 36
        num_r = PAGE_W - RM
        avail = num_r - 30 - title_x
        for label, title, key in CONTENTS:
            page = str(self.contents_pages.get(key, 0))
            c.drawString(LM, y, label)
            lines = wrap(words_of(title), avail, avail)
            for i, ln in enumerate(lines):
                draw_words(c, ln, title_x, y)
                if i == len(lines) - 1:
                    end = title_x + sum(word_w(w) for w in ln) + \
                        stringWidth(" ", BODY_FONT, 12) * (len(ln) - 1) + 6
                    dots = ""
                    while stringWidth(dots + " .", BODY_FONT, 12) < (num_r - 22 - end):
                        dots += " ."
                    c.drawString(end, y, dots)
                    c.drawRightString(num_r, y, page)
                y -= 15
            y -= 7

        # correction note in a box
        note = ("This record is provisional and may be corrected. Corrections should be submitted in "
                "writing, in one of the working languages, to the Meetings Secretariat within one "
                "week of the date of this document; they will be incorporated in the final record "
                "of the session.")
        lines = wrap(words_of(note, size=10.5), TEXT_W - 24, TEXT_W - 24, size=10.5)
        box_h = len(lines) * 13 + 14
        box_y = 118
        c.setLineWidth(0.6)
        c.rect(LM, box_y, TEXT_W, box_h)
        ty = box_y + box_h - 16
        for i, ln in enumerate(lines):
            draw_words(c, ln, LM + 12, ty, TEXT_W - 24, justify=i < len(lines) - 1,
                       space=stringWidth(" ", BODY_FONT, 10.5))
            ty -= 13

        # trilingual footer
        c.setFont(BOLD_FONT, 12)
        c.drawString(LM + 20, 60, "COUNCIL")
        c.drawCentredString(PAGE_W / 2, 60, "CONSEIL")
        c.drawRightString(PAGE_W - RM - 20, 60, "CONSEJO")

        c.showPage()
        self.page = 2
        self.running_header()
        self.y = TOP_Y

    # ------------------------------------------------------------------
    def heading(self, text):
        c = self.c
        words = words_of(text, font=BOLD_FONT)
        lines = wrap(words, TEXT_W - 40, TEXT_W - 40, font=BOLD_FONT)
        self.y -= 10
        need = len(lines) * LEAD + PARA_GAP + 3 * LEAD
        if self.y - need < self.limit():
            self.new_page()
        for key in [k for _, _, k in CONTENTS]:
            if text.startswith(key) and key not in self.heading_pages:
                self.heading_pages[key] = self.page
        for ln in lines:
            w = sum(word_w(x) for x in ln) + stringWidth(" ", BOLD_FONT, BODY_SIZE) * (len(ln) - 1)
            draw_words(c, ln, (PAGE_W - w) / 2, self.y,
                       space=stringWidth(" ", BOLD_FONT, BODY_SIZE))
            self.y -= LEAD
        self.y -= PARA_GAP

    def block(self, text, first_x, rest_x, label=None, label_x=0.0, justify=True):
        words = words_of(text)
        lines = wrap(words, TEXT_W - first_x, TEXT_W - rest_x)
        for i, ln in enumerate(lines):
            marks = [m for w in ln for m in word_marks(w)]
            # keep a short paragraph's first line with the second
            keep = LEAD if (i == 0 and len(lines) > 1) else 0.0
            y = self.place_line(marks, keep=keep)
            x = first_x if i == 0 else rest_x
            if i == 0 and label:
                self.c.setFont(BODY_FONT, BODY_SIZE)
                self.c.drawString(LM + label_x, y, label)
            last = i == len(lines) - 1
            draw_words(self.c, ln, LM + x, y, TEXT_W - x, justify=justify and not last)
        self.y -= PARA_GAP

    def body(self):
        for entry in BODY:
            kind = entry[0]
            if kind == "heading":
                self.heading(entry[1])
            elif kind == "para":
                self.block(entry[2], PARA_INDENT, 0.0, label="%d." % entry[1], label_x=0.0)
            elif kind == "item":
                self.block(entry[2], ITEM_TEXT_X, ITEM_TEXT_X, label=entry[1],
                           label_x=ITEM_LABEL_X)
            elif kind == "text":
                self.y -= 6
                self.block(entry[1], PARA_INDENT, 0.0)
        self.draw_notes()
        self.c.showPage()

    def save(self):
        self.c.save()


def build(path, contents_pages):
    d = Doc(path, contents_pages)
    d.cover()
    d.body()
    d.save()
    return d.heading_pages, d.page


if __name__ == "__main__":
    # first pass finds the pages on which the agenda items begin, second pass prints them
    pages, _ = build(OUT, {})
    pages2, total = build(OUT, pages)
    assert pages == pages2
    print("pages:", total, pages)
