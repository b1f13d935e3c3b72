"""Draws summary-record-1996c.pdf: summary record of the 412th meeting of the IOM Council
(Seventy-second Session, 27 November 1996), laid out on A4 with reportlab's canvas."""
import os
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "summary-record-1996c.pdf")

SYMBOL = "MC/C/SR/412"
PAGE_W, PAGE_H = A4
LM, RM = 72, 72
TOP, BOTTOM = 72, 76
W = PAGE_W - LM - RM
FONT, BOLD = "Times-Roman", "Times-Bold"
SIZE, LEAD = 11, 13.2
FN_SIZE, FN_LEAD = 9, 10.8
SUP_SIZE, SUP_RISE = 7, 4
TAB = 36

# ---------------------------------------------------------------- content
FOOTNOTES = {
    "1": "The adjusted scale was distributed during the meeting as Conference Room Paper No. 3. "
         "It will be issued as document MC/1875/Add.1.",
}

CONTENTS = [
    "Report on the Ninetieth Session of the Executive Committee (item 8 of the agenda)",
    "Programme and Budget for 1997, including the scale of assessment for the Administrative "
    "Part of the Budget (item 9 of the agenda)",
    "Status report on outstanding contributions to the Administrative Part of the Budget and on "
    "repayment plans for arrears (item 10 of the agenda)",
    "Other business (item 12 of the agenda)",
]

BODY = [
    ("text", "The meeting was called to order at 3.10 p.m."),
    ("head", "REPORT ON THE NINETIETH SESSION OF THE EXECUTIVE COMMITTEE (item 8 of the agenda)"),
    ("para", "1", "The CHAIRMAN invited the Council to consider the report on the Ninetieth Session of "
     "the Executive Committee, which had met in Geneva on 4 and 5 June 1996. The report was before "
     "the Council in document MC/EX/582. Among other matters, the Committee had reviewed the Director "
     "General's report on the work of the Organization for 1995, the financial report for that year "
     "and the revision of the Programme and Budget for 1996."),
    ("para", "2", "Mr. ROSSETTI (Italy), who had chaired the Executive Committee at that session, said "
     "that the Committee had worked in a businesslike way and had devoted most of its attention to the "
     "financial situation of the Organization. It had approved the financial report for the year ended "
     "31 December 1995 (MC/1862) and had taken note of the Director General's report (MC/1860). The "
     "Committee had further asked the Administration to report regularly, through the Sub-Committee on "
     "Budget and Finance, on any significant change in the operational programmes funded from voluntary "
     "contributions."),
    ("para", "3", "The representative of the UNITED STATES OF AMERICA welcomed the report, which in his "
     "view showed once more how useful the Executive Committee was as a place where detailed financial "
     "questions could be settled before they came before the Council. His delegation hoped that the "
     "Sub-Committee on Budget and Finance would continue to meet at least twice a year."),
    ("para", "4", "The representative of PAKISTAN found the report a faithful account of the Committee's "
     "discussions. He asked whether the Administration still intended to circulate the note on the "
     "security of field staff that had been promised in June."),
    ("para", "5", "The DIRECTOR GENERAL confirmed that the note was in preparation and would be issued as "
     "document MC/INF/233 before the end of the year. It would describe the measures taken since the "
     "evacuation of staff from two field offices earlier in 1996 and the arrangements agreed with the "
     "United Nations security coordinator."),
    ("para", "6", "The Council took note of the report on the Ninetieth Session of the Executive Committee "
     "(MC/EX/582)."),
    ("head", "PROGRAMME AND BUDGET FOR 1997, INCLUDING THE SCALE OF ASSESSMENT FOR THE ADMINISTRATIVE "
     "PART OF THE BUDGET (item 9 of the agenda)"),
    ("para", "7", "The DIRECTOR OF BUDGET AND FINANCE, introducing document MC/1875, said that the "
     "Administrative Part of the Budget for 1997 had been kept at CHF 40,950,000, the same level in "
     "nominal terms as in 1996. Statutory increases in salaries and common staff costs had been absorbed "
     "by abolishing nine posts at Headquarters and by merging two support units. The Operational Part of "
     "the Budget was estimated at USD 239.6 million, about 12 per cent below the revised estimate of "
     "USD 272.3 million for the current year, mainly because large movement programmes in the former "
     "Yugoslavia and in Central America were being brought to a close."),
    ("para", "8", "He drew the Council's attention to the report of the Sub-Committee on Budget and "
     "Finance on its Seventy-fifth Session (MC/1877), in which the Sub-Committee recommended that the "
     "Council:"),
    ("item", "(a)", "approve the Administrative Part of the Budget in the amount of CHF 40,950,000, to be "
     "met from the assessed contributions of Member States;"),
    ("item", "(b)", "approve the Operational Part of the Budget at USD 239.6 million, on the understanding "
     "that the estimate would be revised during the year in the light of the funding actually received;"),
    ("item", "(c)", "adopt the scale of assessment for 1997 set out in Annex I to document MC/1875, as "
     "adjusted to take account of the States admitted to membership at the present session; and"),
    ("item", "(d)", "authorize the Director General to accept additional voluntary contributions for "
     "activities not yet included in the budget, provided that such funds were reported to the "
     "Sub-Committee."),
    ("para", "9", "The representative of JAPAN said that his Government supported the zero-growth budget "
     "and appreciated the efforts made to contain administrative costs. It could also accept the adjusted "
     "scale of assessment,{1} although it noted that its own share had risen from 14.38 to 14.62 per "
     "cent. His delegation would like the Administration to study, before the next session, whether the "
     "IOM scale should be brought more closely into line with the scale used by the United Nations."),
    ("para", "10", "Mr. LINDQVIST (Sweden), speaking on behalf of the Nordic countries, endorsed the "
     "recommendations of the Sub-Committee. The Nordic countries had consistently argued that the "
     "Administrative Part of the Budget should be protected from erosion, because it financed the core "
     "structure on which all operations depended. Zero nominal growth for a third consecutive year meant "
     "a real reduction, and he wondered how long the Administration could go on absorbing cost increases "
     "without harming the quality of its services."),
    ("para", "11", "The representative of GERMANY agreed that the budget was realistic. His Government "
     "attached great importance to the strict separation of the two parts of the budget and welcomed the "
     "assurance, given in paragraph 23 of document MC/1875, that no staff costs of a permanent nature "
     "would be charged to operational projects without the approval of the governing bodies."),
    ("para", "12", "Mr. ARCE (Argentina) said that the countries of Latin America had followed the "
     "discussion on the scale of assessment with close interest. Several of them faced serious economic "
     "constraints, and any method adopted for the future should take account of capacity to pay. He also "
     "asked for more information on the projects for the return of qualified nationals which appeared in "
     "the Operational Part of the Budget and were of particular interest to his region."),
    ("para", "13", "Mr. MBAYE (Senegal) noted with regret that the share of the operational budget "
     "allocated to Africa remained small. He hoped that the technical cooperation projects described in "
     "the budget document would not be the first to be cut if funding fell short of the estimates."),
    ("para", "14", "The representative of the PHILIPPINES supported the budget and conveyed the "
     "appreciation of her Government for the Organization's work with migrant workers in Asia. She asked "
     "that the information on programmes in that region be presented in greater detail in future budget "
     "documents."),
    ("para", "15", "The DIRECTOR GENERAL, replying to the points raised, said that the Administration "
     "shared the concern of the Nordic countries. The savings achieved in recent years had been genuine, "
     "but the margin for further economies was now very narrow. Should the Administrative Part of the "
     "Budget remain frozen in 1998, the Administration would have to propose a reduction in the number of "
     "field offices financed from it. As to the scale of assessment, a paper comparing the IOM and United "
     "Nations scales would be prepared, as the representative of Japan had requested, for discussion in "
     "the Sub-Committee in the spring of 1997."),
    ("para", "16", "On the return of qualified nationals, the programme for Latin America was expected to "
     "assist some 450 professionals in 1997, while the programme for Africa, which had been reviewed in "
     "the light of Resolution No. 923 (LXXI) on the future activities of the Organization, would continue "
     "at roughly its present level. The Administration had no intention of sacrificing technical "
     "cooperation; the difficulty was that donors tended to earmark their contributions for movement "
     "programmes."),
    ("para", "17", "The CHAIRMAN said that, if he heard no objection, he would take it that the Council "
     "wished to adopt the draft resolution recommended by the Sub-Committee on Budget and Finance, as "
     "amended to incorporate the adjusted scale of assessment."),
    ("para", "18", "The Council adopted Resolution No. 941 (LXXII) on the Programme and Budget for 1997."),
    ("para", "19", "Mr. ARCE (Argentina), speaking in explanation of position after the adoption, said "
     "that his delegation had joined the consensus but wished to place on record that it reserved its "
     "position on any future revision of the method of assessment."),
    ("head", "STATUS REPORT ON OUTSTANDING CONTRIBUTIONS TO THE ADMINISTRATIVE PART OF THE BUDGET AND ON "
     "REPAYMENT PLANS FOR ARREARS (item 10 of the agenda)"),
    ("para", "20", "The DIRECTOR OF BUDGET AND FINANCE introduced document MC/1881, which showed the "
     "position as at 31 October 1996. Assessed contributions outstanding for the current year amounted to "
     "CHF 2,205,265 and arrears from previous years to CHF 3,207,115, a total of CHF 5,412,380. Since the "
     "document had been issued, payments totalling CHF 618,400 had been received from four Member States, "
     "so that the amount still due stood at CHF 4,793,980."),
    ("para", "21", "Eleven Member States were in arrears for two or more full years and were therefore "
     "subject to the constitutional provision on the loss of voting rights. Three of them had concluded "
     "repayment plans with the Administration under the arrangements approved in Resolution No. 929 "
     "(LXXI), and all three had so far kept to the agreed schedule. The information note describing those "
     "arrangements (MC/INF/229) had been brought up to date and was available to delegations."),
    ("para", "22", "Mr. VOLKOV (Russian Federation) said that his country had made a first payment under "
     "its repayment plan in September and intended to make a second before the end of the year. The "
     "economic difficulties that had led to the accumulation of arrears were well known, and he thanked "
     "the Administration for its flexibility."),
    ("para", "23", "The representative of BRAZIL said that his Government was taking the necessary steps "
     "to settle its contribution for 1996 and hoped to do so by the end of January 1997."),
    ("para", "24", "The representative of the NETHERLANDS urged all States in arrears to follow the example "
     "of those that had concluded repayment plans. Prompt payment was the least that Member States owed "
     "to an Organization whose administrative budget had been held at the same level for three years."),
    ("para", "25", "The Council took note of the status report contained in document MC/1881 and urged "
     "Member States in arrears to pay their contributions as soon as possible or to conclude repayment "
     "plans with the Administration."),
    ("head", "OTHER BUSINESS (item 12 of the agenda)"),
    ("para", "26", "The representative of CHILE announced that his Government would host a regional "
     "seminar on migration and development in Santiago in April 1997, with the support of the "
     "Organization, and invited interested Member States to take part."),
    ("para", "27", "The CHAIRMAN recalled that the summary record of the previous meeting (MC/C/SR/411) "
     "had been circulated in provisional form. He announced that the Council would meet again the "
     "following morning at 10 a.m. to take up the remaining items on its agenda, including the date and "
     "place of its next session."),
    ("text", "The meeting rose at 5.55 p.m."),
]


# ---------------------------------------------------------------- text layout helpers
def words_of(text, font, size):
    """Split text into words; a word is a list of segments (text, font, size, rise)."""
    out = []
    for raw in text.split():
        segs = []
        while "{" in raw:
            pre, rest = raw.split("{", 1)
            mark, raw = rest.split("}", 1)
            if pre:
                segs.append((pre, font, size, 0))
            segs.append((mark, font, SUP_SIZE, SUP_RISE))
        if raw:
            segs.append((raw, font, size, 0))
        out.append(segs)
    return out


def word_width(word):
    return sum(stringWidth(t, f, s) for t, f, s, _ in word)


def break_lines(words, first_width, width, size):
    """Greedy line breaking; returns a list of lists of words."""
    space = stringWidth(" ", FONT, size)
    lines, cur, cur_w = [], [], 0.0
    avail = first_width
    for w in words:
        ww = word_width(w)
        need = ww if not cur else cur_w + space + ww
        if cur and need > avail:
            lines.append(cur)
            cur, cur_w = [w], ww
            avail = width
        else:
            cur, cur_w = cur + [w], need
    if cur:
        lines.append(cur)
    return lines


def draw_line(c, words, x, y, width, size, justify):
    space = stringWidth(" ", FONT, size)
    gap = space
    if justify and len(words) > 1:
        total = sum(word_width(w) for w in words)
        gap = (width - total) / (len(words) - 1)
    for w in words:
        for t, f, s, rise in w:
            c.setFont(f, s)
            c.drawString(x, y + rise, t)
            x += stringWidth(t, f, s)
        x += gap


def has_marker(words):
    return [t for w in words for t, f, s, rise in w if rise]


# ---------------------------------------------------------------- pages
class Pager:
    def __init__(self, c):
        self.c = c
        self.page = 1
        self.fn_pending = []  # footnote keys on the current page

    def start_body_page(self):
        self.c.showPage()
        self.page += 1
        c = self.c
        c.setFont(FONT, SIZE)
        c.drawRightString(PAGE_W - RM, PAGE_H - 48, SYMBOL)
        c.drawRightString(PAGE_W - RM, PAGE_H - 48 - LEAD, "Page %d" % self.page)
        self.y = PAGE_H - TOP - 16
        self.fn_pending = []

    def fn_height(self, keys):
        if not keys:
            return 0
        h = 22  # gap + rule
        for k in keys:
            lines = break_lines(words_of(FOOTNOTES[k], FONT, FN_SIZE), W - 14, W - 14, FN_SIZE)
            h += len(lines) * FN_LEAD
        return h

    def room(self, extra_keys=()):
        return self.y - (BOTTOM + self.fn_height(self.fn_pending + list(extra_keys)))

    def finish_page(self):
        if not self.fn_pending:
            return
        c = self.c
        h = self.fn_height(self.fn_pending)
        top = BOTTOM + h
        c.setLineWidth(0.5)
        c.line(LM, top - 10, LM + 144, top - 10)
        y = top - 10 - FN_LEAD
        for k in self.fn_pending:
            c.setFont(FONT, SUP_SIZE)
            c.drawString(LM, y + SUP_RISE, k)
            lines = break_lines(words_of(FOOTNOTES[k], FONT, FN_SIZE), W - 14, W - 14, FN_SIZE)
            for i, ln in enumerate(lines):
                draw_line(self.c, ln, LM + 14, y, W - 14, FN_SIZE, i < len(lines) - 1)
                y -= FN_LEAD

    def new_page(self):
        self.finish_page()
        self.start_body_page()


def layout_block(kind, label, text):
    """Returns (lines, geometry) where geometry gives x and width per line index."""
    font = BOLD if kind == "head" else FONT
    words = words_of(text, font, SIZE)
    if kind == "para":
        lines = break_lines(words, W - TAB, W, SIZE)
        geo = [(LM + TAB, W - TAB)] + [(LM, W)] * (len(lines) - 1)
    elif kind == "item":
        lines = break_lines(words, W - 2 * TAB, W - 2 * TAB, SIZE)
        geo = [(LM + 2 * TAB, W - 2 * TAB)] * len(lines)
    else:
        lines = break_lines(words, W, W, SIZE)
        geo = [(LM, W)] * len(lines)
    return lines, geo


def draw_body(p):
    c = p.c
    prev = None
    for blk in BODY:
        kind = blk[0]
        label = blk[1] if kind in ("para", "item") else None
        text = blk[-1]
        lines, geo = layout_block(kind, label, text)
        gap = LEAD * (1.6 if kind == "head" else 1.0)
        if prev == "head":
            gap = LEAD * 0.9
        if kind == "item" and prev in ("item", "para"):
            gap = LEAD * 0.7
        # keep rules: a heading needs itself plus three lines; a paragraph needs two lines
        if kind == "head":
            need = (len(lines) + 3) * LEAD
        else:
            need = min(2, len(lines)) * LEAD
        if p.y - gap - need < BOTTOM + p.fn_height(p.fn_pending):
            p.new_page()
        else:
            p.y -= gap
        for i, ln in enumerate(lines):
            marks = has_marker(ln)
            if p.y - LEAD < BOTTOM + p.fn_height(p.fn_pending + marks):
                p.new_page()
            p.y -= LEAD
            if i == 0 and label:
                c.setFont(FONT, SIZE)
                c.drawString(LM if kind == "para" else LM + TAB, p.y, label + ("." if kind == "para" else ""))
            x, width = geo[i]
            justify = kind in ("para", "item") and i < len(lines) - 1
            draw_line(c, ln, x, p.y, width, SIZE, justify)
            p.fn_pending += marks
        prev = kind
    p.finish_page()


# ---------------------------------------------------------------- cover
def draw_cover(c):
    c.setFont(FONT, SIZE)
    x_block = 400
    y = PAGE_H - 60
    c.setFont(BOLD, 12)
    c.drawString(x_block, y, SYMBOL)
    c.setFont(FONT, SIZE)
    c.drawString(x_block, y - 16, "Original: English")
    c.drawString(x_block, y - 16 - LEAD, "16 December 1996")

    y = PAGE_H - 150
    c.setFont(BOLD, 12)
    c.drawString(LM, y, "SEVENTY-SECOND SESSION")

    y -= 60
    c.setFont(BOLD, 12)
    c.drawCentredString(PAGE_W / 2, y, "SUMMARY RECORD OF THE FOUR HUNDRED AND TWELFTH MEETING")
    y -= 30
    c.setFont(FONT, SIZE)
    c.drawCentredString(PAGE_W / 2, y, "Held at the Palais des Nations, Geneva,")
    y -= LEAD
    c.drawCentredString(PAGE_W / 2, y, "on Wednesday, 27 November 1996, at 3.10 p.m.")

    y -= 40
    c.drawString(LM, y, "Chairman:")
    c.drawString(LM + 72, y, "Mr. L. FERREIRA (Portugal)")

    y -= 50
    c.setFont(BOLD, SIZE)
    c.drawCentredString(PAGE_W / 2, y, "CONTENTS")
    y -= 10
    cw = W - 72
    for entry in CONTENTS:
        y -= LEAD * 1.8
        lines = break_lines(words_of(entry, FONT, SIZE), cw, cw, SIZE)
        for i, ln in enumerate(lines):
            if i:
                y -= LEAD
            draw_line(c, ln, LM, y, cw, SIZE, False)

    # cover note above the trilingual footer
    note = ("Participants wishing to correct this record are asked to send their corrections in writing, "
            "in one of the working languages of the Organization, to the Meetings Secretariat within two "
            "weeks of the date of this document.")
    nlines = break_lines(words_of(note, FONT, 10), W, W, 10)
    y = 150
    c.setLineWidth(0.5)
    c.line(LM, y + 14, LM + 144, y + 14)
    for i, ln in enumerate(nlines):
        draw_line(c, ln, LM, y, W, 10, i < len(nlines) - 1)
        y -= 12

    c.setFont(BOLD, 12)
    yb = 56
    c.drawString(LM, yb, "COUNCIL")
    c.drawCentredString(PAGE_W / 2, yb, "CONSEIL")
    c.drawRightString(PAGE_W - RM, yb, "CONSEJO")


def main():
    c = canvas.Canvas(OUT, pagesize=A4)
    c.setTitle(SYMBOL)
    c.setAuthor("International Organization for Migration")
    draw_cover(c)
    p = Pager(c)
    p.start_body_page()
    draw_body(p)
    c.save()


if __name__ == "__main__":
    main()
