"""Draw draft-resolutions-2007.pdf: three draft resolutions submitted to the
Ninety-fourth Session of the IOM Council under one cover (MC/L/1218, 2007).

Layout is done by hand on a reportlab canvas so that page breaks, the footnote
and the running header fall where an IOM document of the period puts them.
"""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.platypus import Paragraph
from reportlab.pdfgen import canvas

SYMBOL = "MC/L/1218"
OUT = "draft-resolutions-2007.pdf"

W, H = A4
LM = 72          # left margin
RM = 72          # right margin
TOP = H - 62     # top of text area on text pages (below the running header)
BOTTOM = 70      # bottom of text area
TW = W - LM - RM

FONT = "Times-Roman"
BOLD = "Times-Bold"
ITAL = "Times-Italic"
SIZE = 11.5
LEAD = 14

base = ParagraphStyle("base", fontName=FONT, fontSize=SIZE, leading=LEAD,
                      alignment=TA_JUSTIFY)
centre_bold = ParagraphStyle("cb", parent=base, fontName=BOLD, alignment=TA_CENTER)
centre = ParagraphStyle("c", parent=base, alignment=TA_CENTER)
enacting = ParagraphStyle("en", parent=base, firstLineIndent=36, alignment=TA_LEFT)
preamble = ParagraphStyle("pre", parent=base, firstLineIndent=36)
# operative clause: number hanging at the margin, first line after a tab,
# following lines flush left (IOM practice)
operative = ParagraphStyle("op", parent=base, firstLineIndent=36, leftIndent=0,
                           bulletIndent=0, bulletFontName=FONT, bulletFontSize=SIZE)
item = ParagraphStyle("it", parent=base, leftIndent=72, firstLineIndent=0,
                      bulletIndent=36, bulletFontName=FONT, bulletFontSize=SIZE)
fn_style = ParagraphStyle("fn", fontName=FONT, fontSize=9, leading=11,
                          alignment=TA_JUSTIFY, leftIndent=0, firstLineIndent=0)


class Block:
    def __init__(self, para, space_before=0, footnote=None, keep_with_next=False):
        self.para = para
        self.space_before = space_before
        self.footnote = footnote          # Paragraph of the footnote body
        self.keep_with_next = keep_with_next


def P(text, style, **kw):
    return Paragraph(text, style, **kw)


def pre(participle, rest, footnote=None):
    return Block(P("<i>%s</i> %s" % (participle, rest), preamble), 10, footnote)


def op(num, verb, rest):
    return Block(P("<i>%s</i> %s" % (verb, rest), operative, bulletText="%d." % num), 10)


def it(label, text):
    return Block(P(text, item, bulletText=label), 6)


def heading_blocks(title_lines):
    blocks = [Block(P("<u>DRAFT RESOLUTION</u>", centre_bold), 0, keep_with_next=True)]
    blocks.append(Block(P("<br/>".join(title_lines), centre_bold), 10, keep_with_next=True))
    blocks.append(Block(P("(Submitted by the Chairperson)", centre_bold), 8, keep_with_next=True))
    blocks.append(Block(P("The Council,", enacting), 16, keep_with_next=True))
    return blocks


FN1 = P("<super>1</super> See document MC/2231 of 5 October 2007, as updated by "
        "document MC/2231/Add.1 of 21 November 2007, which gives the situation of "
        "each Member State concerned.", fn_style)

# ----------------------------------------------------------------- content
res1 = heading_blocks(["PROGRAMME AND BUDGET FOR 2008"]) + [
    pre("Having considered", "the Programme and Budget for 2008 (MC/2229),"),
    pre("Having received", "the report of the Standing Committee on Programmes and "
        "Finance on its First Session (MC/2235) and taken note of the views expressed "
        "by Member States in the course of its deliberations,"),
    pre("Recalling", "Resolution No. 1110 (LXXXVIII) of 30 November 2004 on the "
        "financing of the Administrative Part of the Budget,"),
    op(1, "Approves", "the Programme and Budget for 2008, with expenditure of "
       "CHF 39,082,000 under the Administrative Part of the Budget and an estimated "
       "USD 784.6 million under the Operational Part of the Budget;"),
    op(2, "Decides", "that the Administrative Part of the Budget for 2008 shall be "
       "financed from the assessed contributions of Member States, in accordance with "
       "the scale of assessment adopted for that year;"),
    op(3, "Requests the Director General", "to keep the Standing Committee on "
       "Programmes and Finance informed of any significant change in the funding of the "
       "Operational Part of the Budget, and to submit a revision of the Programme and "
       "Budget for 2008 to the Executive Committee at its next session."),
]

res2 = heading_blocks(["CONTRIBUTIONS OUTSTANDING TO THE ADMINISTRATIVE PART OF THE",
                       "BUDGET AND MEMBER STATES SUBJECT TO ARTICLE 4",
                       "OF THE CONSTITUTION"]) + [
    pre("Having considered", "the status report on contributions outstanding to the "
        "Administrative Part of the Budget as at 31 October 2007,<super>1</super>",
        footnote=FN1),
    pre("Recalling", "Resolution No. 1137 (XCII) of 29 November 2006, in which it urged "
        "Member States in arrears to settle their dues in full or to agree with the "
        "Administration upon a plan for their payment,"),
    pre("Noting with concern", "that the arrears of Member States owing contributions "
        "for two or more consecutive years amounted to CHF 2,317,460 on that date, and "
        "that eleven Member States have thereby lost their right to vote under Article 4 "
        "of the Constitution, while only three of them have so far concluded a payment plan "
        "with the Administration,"),
    pre("Conscious", "of the need for all Member States to pay their contributions to "
        "the Administrative Part of the Budget promptly and in full,"),
    op(1, "Urges", "Member States in arrears to pay their outstanding contributions in "
       "full at the earliest opportunity or, where they are unable to do so, to conclude "
       "a payment plan with the Administration;"),
    op(2, "Decides", "that, with effect from 1 January 2008:"),
    it("(a)", "a Member State which has concluded a payment plan and respects its terms "
       "shall regain its right to vote in the Council and the Executive Committee;"),
    it("(b)", "instalments received under a payment plan shall be credited first to the "
       "contributions that have been outstanding longest, and thereafter to the "
       "assessment for the current year; and"),
    it("(c)", "the Administration shall report on the status of every payment plan in "
       "force to each session of the Standing Committee on Programmes and Finance;"),
    op(3, "Requests the Director General", "to pursue his consultations with the Member "
       "States concerned with a view to concluding further payment plans, and to report "
       "to the Council at its next regular session on the results achieved;"),
    op(4, "Appeals", "to all Member States to pay their assessed contributions for 2008 "
       "as early in the year as their budgetary procedures allow."),
]

res3 = heading_blocks(["REPORTS ON THE NINETY-SECOND AND NINETY-THIRD",
                       "SESSIONS OF THE COUNCIL"]) + [
    pre("Having examined", "the draft report on its Ninety-second Session (MC/2221) and "
        "the draft report on its Ninety-third (Special) Session (MC/2224),"),
    pre("Recalling", "that at its Ninety-third (Special) Session it adopted the IOM "
        "Strategy by Resolution No. 1150 (XCIII) of 7 June 2007,"),
    pre("Noting with appreciation", "the work of the Rapporteurs of both sessions in "
        "preparing the draft reports,"),
    op(1, "Approves", "the reports contained in documents MC/2221 and MC/2224 without "
       "amendment;"),
    op(2, "Requests the Director General", "to issue the approved reports as documents "
       "MC/2221/Rev.1 and MC/2224/Rev.1 and to circulate them to all Member States and "
       "observers;"),
    op(3, "Expresses", "its gratitude to the Rapporteurs for their contribution to the "
       "work of the Council."),
]

SEP = 30  # space between two resolutions


# ----------------------------------------------------------------- drawing
def running_header(c, page_label):
    c.setFont(FONT, SIZE)
    c.drawRightString(W - RM, H - 36, SYMBOL)
    c.drawRightString(W - RM, H - 36 - LEAD, "Page %s" % page_label)


def draw_footnotes(c, notes):
    if not notes:
        return
    y = BOTTOM
    heights = []
    for n in notes:
        _, h = n.wrap(TW, 1000)
        heights.append(h)
    total = sum(heights) + 4 * (len(notes) - 1)
    ytop = y + total
    c.setLineWidth(0.5)
    c.line(LM, ytop + 8, LM + 144, ytop + 8)
    cur = ytop
    for n, h in zip(notes, heights):
        n.drawOn(c, LM, cur - h)
        cur -= h + 4


def footnote_height(notes):
    if not notes:
        return 0
    tot = 0
    for n in notes:
        _, h = n.wrap(TW, 1000)
        tot += h + 4
    return tot + 14


def cover(c):
    c.setFont(BOLD, 12)
    c.drawRightString(W - RM, H - 60, SYMBOL)
    c.setFont(FONT, SIZE)
    c.drawRightString(W - RM, H - 60 - 2 * LEAD, "Original: English")
    c.drawRightString(W - RM, H - 60 - 3 * LEAD, "26 November 2007")
    c.setFont(BOLD, 12)
    c.drawString(LM, H - 150, "COUNCIL")
    c.drawString(LM, H - 150 - 16, "NINETY-FOURTH SESSION")
    c.setFont(FONT, SIZE)
    c.drawString(LM, H - 200, "_" * 78)
    c.setFont(BOLD, 13)
    c.drawCentredString(W / 2, H / 2 + 40, "DRAFT RESOLUTIONS SUBMITTED TO THE")
    c.drawCentredString(W / 2, H / 2 + 40 - 34, "NINETY-FOURTH SESSION OF THE COUNCIL")
    # trilingual footer
    c.setFont(BOLD, 12)
    c.drawString(LM + 20, 60, "COUNCIL")
    c.drawCentredString(W / 2, 60, "CONSEIL")
    c.drawRightString(W - RM - 20, 60, "CONSEJO")
    c.showPage()


def layout(c, blocks):
    page = 1
    y = TOP
    notes = []
    running_header(c, page)

    def new_page():
        nonlocal page, y, notes
        draw_footnotes(c, notes)
        c.showPage()
        page += 1
        notes = []
        y = TOP
        running_header(c, page)

    i = 0
    pending = list(blocks)
    while pending:
        b = pending.pop(0)
        sb = b.space_before if y < TOP else 0
        avail = y - sb - BOTTOM - footnote_height(notes + ([b.footnote] if b.footnote else []))
        _, h = b.para.wrap(TW, avail)
        need = h
        if b.keep_with_next and pending:
            nb = pending[0]
            _, nh = nb.para.wrap(TW, 1000)
            need = h + nb.space_before + min(nh, 2 * LEAD)
        if need <= avail:
            if b.footnote:
                notes.append(b.footnote)
            b.para.drawOn(c, LM, y - sb - h)
            y = y - sb - h
            continue
        # does not fit: split an ordinary paragraph, else move to next page
        if not b.keep_with_next:
            parts = b.para.split(TW, avail)
            if len(parts) == 2:
                first, rest = parts
                _, h1 = first.wrap(TW, avail)
                if b.footnote:
                    notes.append(b.footnote)
                first.drawOn(c, LM, y - sb - h1)
                new_page()
                pending.insert(0, Block(rest, 0))
                continue
        new_page()
        pending.insert(0, b)
    draw_footnotes(c, notes)
    c.showPage()


def main():
    c = canvas.Canvas(OUT, pagesize=A4)
    c.setTitle("MC/L/1218 - Draft resolutions")
    c.setAuthor("International Organization for Migration")
    cover(c)
    blocks = []
    for k, r in enumerate([res1, res2, res3]):
        if k:
            r[0].space_before = SEP
        blocks.extend(r)
    layout(c, blocks)
    c.save()


if __name__ == "__main__":
    main()
