"""Draws scpf-paper-2013c.pdf: an SCPF paper of 2013 (review of the Migration Emergency
Funding Mechanism), laid out by hand on a reportlab canvas."""
import os
import re

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "scpf-paper-2013c.pdf")

SYMBOL = "SCPF/104"
TITLE_LINES = ["REVIEW OF THE MIGRATION EMERGENCY", "FUNDING MECHANISM"]

W, H = A4
LM, RM = 72, W - 72
TOP = H - 110          # first body line on pages with a running header
BOTTOM = 72
FONT, BOLD = "Times-Roman", "Times-Bold"
SIZE, LEAD = 11.5, 14
FN_SIZE, FN_LEAD = 9, 11
SUP_SIZE, SUP_RISE = 7, 4

# ----------------------------------------------------------------------------- content
# {n} after a word = raised footnote marker n
FOOTNOTES = {
    "1": "The rationale for the Mechanism and its proposed operating modalities were set out "
         "in document MC/2318, which the Council examined at the same session.",
    "2": "Pledges announced but not yet paid on that date, amounting to USD 1.2 million, "
         "are not included in this figure.",
    "3": "The Fund is administered by the United Nations Office for the Coordination of "
         "Humanitarian Affairs on behalf of the Emergency Relief Coordinator.",
}

BODY = [
    ("head", "1.", "Background and purpose"),
    ("para", "1.",
     "The Migration Emergency Funding Mechanism (MEFM) was established by the Council through "
     "Resolution No. 1229 of 5 December 2011 in order to bridge the interval between the onset "
     "of a humanitarian emergency and the arrival of donor funding for the Organization's "
     "response.{1} It operates as a revolving loan facility: advances drawn from it are repaid "
     "as soon as donor contributions for the operation concerned have been received."),
    ("para", "2.",
     "This paper reviews the first twenty months of the Mechanism's operation, from 1 January "
     "2012 to 31 August 2013. It brings up to date the information provided to the Standing "
     "Committee at its Twelfth Session in June 2013 (SCPF/98), describes the loans made during "
     "the period and sets out a small number of adjustments to the way in which the Mechanism "
     "is managed."),
    ("head", "2.", "Capitalization of the Mechanism"),
    ("para", "3.",
     "When it established the Mechanism, the Council set a capitalization target of "
     "USD 30 million, to be reached through voluntary contributions from Member States and "
     "other donors and through the interest earned on the Mechanism's own balance."),
    ("para", "4.",
     "As at 31 August 2013, contributions received totalled USD 7.4 million, or slightly less "
     "than one quarter of the target.{2} They came from Australia, Denmark, Germany, the "
     "Netherlands, Norway, Sweden and Switzerland, Norway and Switzerland each having made a "
     "second contribution early in 2013. Interest earned over the period added a further "
     "USD 21,600."),
    ("para", "5.",
     "The modest level of capitalization has limited the size of individual loans. The "
     "Administration has so far capped any single advance at USD 2.5 million, so that the "
     "Mechanism can respond to at least two emergencies at the same time without its balance "
     "being exhausted."),
    ("para", "6.",
     "The Administration has continued to draw the attention of Member States to the Mechanism "
     "in bilateral contacts and at informal meetings of the Standing Committee, and includes it "
     "among the funding priorities presented to donors at the beginning of each year."),
    ("head", "3.", "Loans made in 2012 and 2013"),
    ("para", "7.",
     "An advance may be drawn from the Mechanism only when all of the following conditions "
     "are met:"),
    ("item", "(a)",
     "a sudden-onset or rapidly escalating emergency has caused, or is likely to cause, "
     "large-scale movements of people;"),
    ("item", "(b)",
     "IOM has received a formal request for assistance from the government concerned or from "
     "the humanitarian country team; and"),
    ("item", "(c)",
     "there is a reasonable expectation that donor funding sufficient to repay the advance will "
     "be received within six months."),
    ("para", "8.",
     "During the period under review, four loans totalling USD 5,150,000 were disbursed. "
     "Table 1 shows their distribution by operation, together with the amounts repaid and the "
     "balances outstanding at the end of August 2013."),
    ("table",),
    ("para", "9.",
     "The largest advance, of USD 2.5 million, supported the evacuation and onward transport of "
     "third-country nationals and the registration of refugees at border crossing points in "
     "Jordan and Lebanon, following the escalation of the crisis in the Syrian Arab Republic. "
     "The outstanding balance of USD 750,000 is expected to be repaid before the end of 2013 "
     "from a contribution already agreed with a donor."),
    ("para", "10.",
     "The loans for Mali and Yemen have been repaid in full. The loan for the Central African "
     "Republic, drawn in April 2013 to assist internally displaced persons in and around Bangui, "
     "has been partly repaid; the remaining USD 300,000 is covered by a grant request submitted "
     "to the Central Emergency Response Fund.{3}"),
    ("para", "11.",
     "On average, operations began to receive donor funds 38 days after the loan was drawn, "
     "and in each case the first IOM staff were deployed within 72 hours of the disbursement."),
    ("head", "4.", "Findings of the review"),
    ("para", "12.",
     "The field offices concerned and the Department of Operations and Emergencies were "
     "consulted in the preparation of this review. Their observations fall under three "
     "headings:"),
    ("bullet", "\u2022",
     "the speed of disbursement, consistently described as the main added value of the "
     "Mechanism;"),
    ("bullet", "\u2022",
     "the administrative burden of separate reporting on loan-funded activities, which several "
     "offices found disproportionate to the amounts involved; and"),
    ("bullet", "\u2022",
     "the difficulty of planning repayment where donor commitments are made orally and "
     "confirmed in writing only at a late stage."),
    ("para", "13.",
     "The review also found that the availability of the Mechanism enabled IOM to take part in "
     "the first inter-agency rapid assessments of each crisis, which in turn strengthened the "
     "Organization's position in the consolidated appeals that followed."),
    ("para", "14.",
     "No loan has had to be written off. The Administration nevertheless considers that the risk "
     "of non-repayment would rise considerably if the Mechanism were used for protracted rather "
     "than sudden-onset situations, and it therefore recommends that the scope of the Mechanism "
     "remain unchanged."),
    ("head", "5.", "Proposed adjustments"),
    ("para", "15.",
     "In the light of these findings, the Administration intends to simplify the reporting "
     "requirements for loan-funded activities by incorporating them into the standard project "
     "reports, with effect from 1 January 2014."),
    ("para", "16.",
     "It further proposes to raise the ceiling on individual advances from USD 2.5 million to "
     "USD 3 million once the balance of the Mechanism exceeds USD 10 million, and to inform the "
     "Standing Committee at its next session of every advance of more than USD 1 million."),
    ("para", "17.",
     "Interest earned on the balance of the Mechanism will continue to be credited to the "
     "Mechanism itself and will be shown separately in the annual Financial Report."),
    ("para", "18.",
     "None of these adjustments requires any amendment of Resolution No. 1229; all of them can "
     "be introduced under the existing authority of the Director General."),
    ("head", "6.", "Conclusion"),
    ("para", "19.",
     "Although it remains well short of its capitalization target, the Mechanism has proved an "
     "effective means of launching the Organization's response in the first days of an "
     "emergency. The Administration is grateful to the Member States that have contributed to "
     "it and encourages others to consider doing so, in order that the target can be reached by "
     "the end of 2015."),
    ("para", "20.",
     "The Standing Committee is invited to take note of this paper and of the adjustments "
     "proposed in paragraphs 15 and 16."),
]

TABLE_CAPTION = "Table 1.  Loans disbursed, repaid and outstanding (in US dollars)"
TABLE_HEAD = ["Operation", "Disbursed", "Repaid", "Outstanding"]
TABLE_ROWS = [
    ["Syrian Arab Republic", 2500000, 1750000],
    ["Mali", 1200000, 1200000],
    ["Central African Republic", 800000, 500000],
    ["Yemen", 650000, 650000],
]

# ----------------------------------------------------------------------------- text helpers
TOKEN = re.compile(r"\{(\d+)\}")


def segments(word):
    """Split a word into [(text, is_sup)]."""
    out, pos = [], 0
    for m in TOKEN.finditer(word):
        if m.start() > pos:
            out.append((word[pos:m.start()], False))
        out.append((m.group(1), True))
        pos = m.end()
    if pos < len(word):
        out.append((word[pos:], False))
    return out


def word_width(word, font, size):
    return sum(stringWidth(t, font, SUP_SIZE if sup else size) for t, sup in segments(word))


def wrap(text, first_width, width, font=FONT, size=SIZE):
    words = text.split()
    lines, cur, avail = [], [], first_width
    space = stringWidth(" ", font, size)
    cur_w = 0
    for w in words:
        ww = word_width(w, font, size)
        if cur and cur_w + space + ww > avail:
            lines.append(cur)
            cur, cur_w, avail = [w], ww, width
        else:
            cur_w = cur_w + space + ww if cur else ww
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


def markers(words):
    return [m for w in words for m in TOKEN.findall(w)]


def draw_line(c, x, y, words, width, justify, font=FONT, size=SIZE):
    natural = sum(word_width(w, font, size) for w in words) + stringWidth(" ", font, size) * (len(words) - 1)
    tw = (width - natural) / (len(words) - 1) if justify and len(words) > 1 else 0
    t = c.beginText(x, y)
    t.setWordSpace(tw)
    for i, w in enumerate(words):
        segs = segments(w)
        for j, (txt, sup) in enumerate(segs):
            if sup:
                t.setFont(font, SUP_SIZE)
                t.setRise(SUP_RISE)
            else:
                t.setFont(font, size)
                t.setRise(0)
            t.textOut(txt)
        t.setFont(font, size)
        t.setRise(0)
        if i < len(words) - 1:
            t.textOut(" ")
    c.drawText(t)


# ----------------------------------------------------------------------------- footnotes
FN_X, FN_TEXT_X = LM, LM + 9


def fn_lines(num):
    return wrap(FOOTNOTES[num], RM - FN_TEXT_X, RM - FN_TEXT_X, FONT, FN_SIZE)


def fn_height(nums):
    if not nums:
        return 0
    return 16 + sum(len(fn_lines(n)) * FN_LEAD + 3 for n in nums)


def draw_footnotes(c, nums):
    if not nums:
        return
    h = fn_height(nums)
    y = BOTTOM + h - 8
    c.setLineWidth(0.5)
    c.line(LM, y + 4, LM + 144, y + 4)
    y -= 10
    for n in nums:
        c.setFont(FONT, 6.5)
        c.drawString(FN_X, y + 3.5, n)
        lines = fn_lines(n)
        for k, ln in enumerate(lines):
            draw_line(c, FN_TEXT_X, y, ln, RM - FN_TEXT_X, k < len(lines) - 1, FONT, FN_SIZE)
            y -= FN_LEAD
        y -= 3


# ----------------------------------------------------------------------------- pages
class Doc:
    def __init__(self):
        self.c = canvas.Canvas(OUT, pagesize=A4)
        self.c.setTitle("SCPF/104 - Review of the Migration Emergency Funding Mechanism")
        self.c.setAuthor("International Organization for Migration")
        self.page = 0
        self.fns = []
        self.y = None

    def cover(self):
        c = self.c
        c.setFont(BOLD, 12)
        c.drawRightString(RM, H - 72, SYMBOL)
        c.setFont(FONT, 11)
        c.drawRightString(RM, H - 100, "Original: English")
        c.drawRightString(RM, H - 114, "1 October 2013")
        c.setFont(BOLD, 12)
        c.drawCentredString(W / 2, H - 300, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE")
        c.drawCentredString(W / 2, H - 318, "THIRTEENTH SESSION")
        c.setLineWidth(1)
        c.line(W / 2 - 110, H - 345, W / 2 + 110, H - 345)
        c.setFont(BOLD, 13)
        y = H - 390
        for ln in TITLE_LINES:
            c.drawCentredString(W / 2, y, ln)
            y -= 18
        c.setLineWidth(0.5)
        c.line(LM, 100, RM, 100)
        c.setFont(FONT, 8.5)
        c.drawCentredString(W / 2, 86, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE")
        c.drawCentredString(W / 2, 75, "COMIT\u00c9 PERMANENT DES PROGRAMMES ET DES FINANCES")
        c.drawCentredString(W / 2, 64, "COMIT\u00c9 PERMANENTE DE PROGRAMAS Y FINANZAS")
        c.showPage()

    def new_page(self):
        if self.page:
            draw_footnotes(self.c, self.fns)
            self.c.showPage()
        self.page += 1
        self.fns = []
        c = self.c
        c.setFont(FONT, 10)
        c.drawRightString(RM, H - 50, SYMBOL)
        c.drawRightString(RM, H - 62, "Page %d" % self.page)
        self.y = TOP

    def floor(self, extra_fns=()):
        return BOTTOM + fn_height(self.fns + list(extra_fns)) + 4

    def room(self, height, extra_fns=()):
        return self.y - height >= self.floor(extra_fns)

    def block_lines(self, lines, x_first, x_rest, width_first, width_rest, label=None,
                    label_x=None, keep=1):
        """Place wrapped lines; label drawn at label_x on the first line."""
        # keep at least `keep` lines together at a page foot
        need = min(keep, len(lines))
        if not self.room(need * LEAD, markers([w for ln in lines[:need] for w in ln])):
            self.new_page()
        for k, ln in enumerate(lines):
            ms = markers(ln)
            if not self.room(LEAD, ms):
                self.new_page()
            self.y -= LEAD
            if k == 0 and label:
                self.c.setFont(FONT, SIZE)
                self.c.drawString(label_x, self.y, label)
            x = x_first if k == 0 else x_rest
            wdt = width_first if k == 0 else width_rest
            draw_line(self.c, x, self.y, ln, wdt, k < len(lines) - 1)
            self.fns.extend(ms)

    def body(self):
        self.new_page()
        c = self.c
        c.setFont(BOLD, 12)
        for ln in TITLE_LINES:
            self.y -= 16
            c.drawCentredString(W / 2, self.y, ln)
        self.y -= 14
        for blk in BODY:
            kind = blk[0]
            if kind == "head":
                if not self.room(LEAD * 4):
                    self.new_page()
                self.y -= LEAD
                c.setFont(BOLD, SIZE)
                self.y -= LEAD
                c.drawString(LM, self.y, blk[1])
                c.drawString(LM + 36, self.y, blk[2])
            elif kind == "para":
                self.y -= LEAD * 0.8
                lines = wrap(blk[2], RM - LM - 36, RM - LM)
                self.block_lines(lines, LM + 36, LM, RM - LM - 36, RM - LM, blk[1], LM, keep=2)
            elif kind == "item":
                self.y -= LEAD * 0.5
                x = LM + 72
                lines = wrap(blk[2], RM - x, RM - x)
                self.block_lines(lines, x, x, RM - x, RM - x, blk[1], LM + 36, keep=2)
            elif kind == "bullet":
                self.y -= LEAD * 0.5
                x = LM + 54
                lines = wrap(blk[2], RM - x, RM - x)
                self.block_lines(lines, x, x, RM - x, RM - x, blk[1], LM + 36, keep=2)
            elif kind == "table":
                self.table()
        draw_footnotes(c, self.fns)
        c.showPage()

    def table(self):
        c = self.c
        rows = [[r[0], r[1], r[2], r[1] - r[2]] for r in TABLE_ROWS]
        total = ["Total"] + [sum(r[i] for r in rows) for i in (1, 2, 3)]
        row_h = 16
        height = 22 + row_h * (len(rows) + 2) + 10
        if not self.room(height):
            self.new_page()
        tx0, tx1 = LM + 36, RM - 36
        cols = [tx1 - 190, tx1 - 95, tx1]          # right edges of figure columns
        self.y -= 22
        c.setFont(BOLD, 10.5)
        c.drawCentredString(W / 2, self.y, TABLE_CAPTION)
        self.y -= 8
        c.setLineWidth(0.8)
        c.line(tx0, self.y, tx1 + 4, self.y)

        def row(cells, font):
            self.y -= row_h
            c.setFont(font, 10.5)
            c.drawString(tx0 + 4, self.y + 4, cells[0])
            for edge, v in zip(cols, cells[1:]):
                c.drawRightString(edge, self.y + 4, v if isinstance(v, str) else "{:,}".format(v))

        row(TABLE_HEAD, BOLD)
        c.setLineWidth(0.5)
        c.line(tx0, self.y, tx1 + 4, self.y)
        for r in rows:
            row(r, FONT)
        c.line(tx0, self.y, tx1 + 4, self.y)
        row(total, BOLD)
        c.setLineWidth(0.8)
        c.line(tx0, self.y, tx1 + 4, self.y)
        self.y -= 4

    def save(self):
        self.c.save()


def main():
    d = Doc()
    d.cover()
    d.body()
    d.save()


if __name__ == "__main__":
    main()
