# Lays out an invented IOM Executive Committee session report (2011) on A4.
import os
import re
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "ex-committee-2011.pdf")

SYMBOL = "MC/EX/714"
PW, PH = A4
LM, RM = 72, 72
W = PW - LM - RM
TOP_BODY = 752
BOTTOM = 70
FONT, BOLD, ITAL = "Times-Roman", "Times-Bold", "Times-Italic"
SIZE, LEAD = 12, 14
FN_SIZE, FN_LEAD = 10, 11.5
TAB = 36

# ----------------------------------------------------------------------------
# Text of the document. Footnote markers are written [[n]].
# ----------------------------------------------------------------------------
FOOTNOTES = {
    "1": "The list of participants is issued as document MC/EX/713. The credentials of the "
         "representatives were examined in accordance with the procedure described in paragraph 7.",
    "2": "Document MC/2315 was also before the Standing Committee on Programmes and Finance at its "
         "Eighth Session, held on 10 and 11 May 2011; the comments made there are recorded in that "
         "Committee's report (SCPF/68) and are not repeated here.",
    "3": "The twelve strategic points are listed in document MC/INF/287.",
}

# block kinds: H (heading), SH (lettered sub-heading), P (numbered paragraph),
# I (item, level 1), II (item, level 2)
BODY = [
    ("H", None, "INTRODUCTION"),
    ("P", "1", "Pursuant to Council Resolution No. 1205 of 1 December 2010, the Executive Committee "
     "convened for its Hundred and Eighth Session at the Palais des Nations, Geneva, on 28 and 29 June "
     "2011. Three meetings were held, the first two under the outgoing Chairperson and the third under "
     "the Chairperson elected at the session."),
    ("P", "2", "The report follows the order of the agenda reproduced in the Annex. The views expressed "
     "under each item are summarized, and the conclusions reached by the Committee are set out at the "
     "end of the section concerned. The statements of the Director General and of the Deputy Director "
     "General are available in full on the Organization's website."),
    ("H", None, "ATTENDANCE"),
    ("P", "3", "The following members of the Executive Committee were represented:[[1]] Algeria, "
     "Argentina, Australia, Bangladesh, Belgium, Brazil, Canada, Chile, Colombia, Costa Rica, Egypt, "
     "Ethiopia, France, Germany, Ghana, Guatemala, Italy, Japan, Kenya, Mexico, Morocco, Netherlands, "
     "Nigeria, Pakistan, Peru, Philippines, Republic of Korea, Senegal, South Africa, Sweden, "
     "Switzerland, Thailand, United Kingdom of Great Britain and Northern Ireland, United States of "
     "America and Venezuela (Bolivarian Republic of)."),
    ("P", "4", "The following Member States of the Organization which are not members of the Executive "
     "Committee were represented by observers: Afghanistan, Angola, Austria, Azerbaijan, Bolivia "
     "(Plurinational State of), Cambodia, Ecuador, Finland, Greece, Haiti, Iran (Islamic Republic of), "
     "Ireland, Jamaica, Lithuania, Mali, Norway, Poland, Portugal, Sri Lanka, Tunisia, Uganda, Ukraine, "
     "Uruguay, Yemen and Zambia."),
    ("P", "5", "The Holy See and the Sovereign Order of Malta were represented by observers, as were the "
     "Office of the United Nations High Commissioner for Refugees, the International Labour "
     "Organization, the International Committee of the Red Cross and the International Federation of "
     "Red Cross and Red Crescent Societies."),
    ("H", None, "OPENING OF THE SESSION AND CREDENTIALS OF REPRESENTATIVES"),
    ("P", "6", "The outgoing Chairperson, Ms Grace Wambui Njoroge (Kenya), opened the session on Tuesday, "
     "28 June 2011, at 10.15 a.m. She recalled that the Organization would mark its sixtieth "
     "anniversary at the end of the year and thanked members for the spirit of cooperation in which "
     "the Bureau had prepared the session."),
    ("P", "7", "The Committee noted that the Director General had examined the credentials of the "
     "representatives of the members listed in paragraph 3 and had found them to be in due and proper "
     "form, and that he had also been informed of the names of the observers referred to in "
     "paragraphs 4 and 5."),
    ("H", None, "ELECTION OF OFFICERS"),
    ("P", "8", "The Executive Committee elected by acclamation H.E. Mr Jorge Valdivia Ruiz (Peru) as "
     "Chairperson, Mr Kwame Asante-Boateng (Ghana) as First Vice-Chairperson, Ms Yuko Hasegawa (Japan) "
     "as Second Vice-Chairperson and Mr Tomas Lindqvist (Sweden) as Rapporteur."),
    ("P", "9", "On taking the chair, the Chairperson paid tribute to his predecessor and said that the "
     "Committee's agenda, though largely financial, touched on the ability of the Organization to "
     "respond to events that no one had foreseen when the Programme and Budget for 2011 had been "
     "drawn up."),
    ("H", None, "ADOPTION OF THE AGENDA"),
    ("P", "10", "The Executive Committee adopted the provisional agenda set out in document MC/EX/711, "
     "which is reproduced in the Annex to this report."),
    ("H", None, "APPROVAL OF THE REPORT ON THE HUNDRED AND SEVENTH SESSION"),
    ("P", "11", "The Executive Committee approved without amendment the report on its Hundred and "
     "Seventh Session (MC/EX/705)."),
    ("H", None, "STATEMENT BY THE DIRECTOR GENERAL"),
    ("P", "12", "The Director General said that the first half of 2011 had tested the Organization as "
     "seldom before. Between late February and mid-June, IOM had helped more than 152,000 migrants of "
     "some 45 nationalities who had fled the violence in North Africa to return to their countries of "
     "origin, using chartered aircraft, ships and buses. The operation had been financed by 23 donors, "
     "but for several weeks it had depended on funds advanced by the Organization at its own risk, "
     "which had shown the need for a standing mechanism to finance the first days of a migration "
     "crisis."),
    ("P", "13", "In the months ahead, the Administration would concentrate on:"),
    ("I", "(a)", "establishing, in consultation with Member States, a Migration Emergency Funding "
     "Mechanism from which the first phase of an evacuation or other crisis response could be "
     "financed;"),
    ("I", "(b)", "completing the structural reform approved in 2010, and in particular:"),
    ("II", "(i)", "transferring further administrative functions to the Administrative Centres in "
     "Manila and Panama; and"),
    ("II", "(ii)", "aligning the staffing of the regional offices with their new responsibilities for "
     "project review and support; and"),
    ("I", "(c)", "preparing the Programme and Budget for 2012 on the basis of zero nominal growth in "
     "the Administrative Part of the Budget, as requested by the Council."),
    ("P", "14", "Speaking on behalf of the African Group, the representative of Ghana thanked the "
     "Organization for its speed and impartiality in bringing stranded migrants home, and asked that "
     "the reintegration needs of returnees and of the communities receiving them should not be "
     "forgotten once the evacuation phase had ended. Several delegations supported the proposed "
     "funding mechanism in principle but wished to see detailed proposals on its size, replenishment "
     "and governance before taking a position."),
    ("P", "15", "One delegation asked how the costs of the structural reform compared with the savings "
     "projected in 2010. The Director General replied that the transfer of functions to Manila and "
     "Panama was on schedule and that a full account of costs and savings would be given to the "
     "Standing Committee on Programmes and Finance at its next session."),
    ("H", None, "REPORT OF THE DIRECTOR GENERAL ON THE WORK OF THE ORGANIZATION FOR THE YEAR 2010"),
    ("P", "16", "The Deputy Director General introduced document MC/2315,[[2]] which described the "
     "Organization's activities in 2010, a year marked by the earthquake in Haiti and the floods in "
     "Pakistan. The number of active projects had risen to 2,540, and total expenditure had reached "
     "USD~1.36~billion, the highest level in the Organization's history."),
    ("P", "17", "Delegations welcomed the clearer presentation of the report by region and by service "
     "area. Some regretted that it still described activities rather than results, and suggested that "
     "future reports should show, for each strategic point of the IOM Strategy, what had been achieved "
     "and at what cost."),
    ("P", "18", "At the close of the discussion, the Executive Committee:"),
    ("I", "(a)", "took note of the Report of the Director General on the Work of the Organization for "
     "the Year 2010 (MC/2315);"),
    ("I", "(b)", "requested the Administration to include in future reports a summary of results "
     "against the strategic points of the IOM Strategy endorsed by Council Resolution No. 1150 of "
     "7 June 2007;[[3]] and"),
    ("I", "(c)", "expressed its appreciation to the staff of the Organization for their work in Haiti "
     "and Pakistan under difficult and often dangerous conditions."),
    ("H", None, "FINANCIAL REPORT FOR THE YEAR ENDED 31 DECEMBER 2010"),
    ("P", "19", "The Director of the Department of Resources Management introduced the Financial Report "
     "for the Year Ended 31 December 2010 (MC/2316). The Administrative Part of the Budget had closed "
     "with a surplus of CHF 412,870, resulting mainly from contributions received from new Member "
     "States, and expenditure under the Operational Part of the Budget had amounted to "
     "USD~1,318.6~million."),
    ("P", "20", "The representative of the External Auditor said that the financial statements presented "
     "fairly the financial position of the Organization as at 31 December 2010 and that an unqualified "
     "opinion had been issued. He drew attention to the recommendations on the management of "
     "receivables from donors and on the preparations for the International Public Sector Accounting "
     "Standards."),
    ("P", "21", "In the ensuing discussion, delegations welcomed the unqualified opinion and asked to be "
     "kept informed of progress in implementing the External Auditor's recommendations. One delegation "
     "proposed that the surplus be used to reduce the arrears of Member States that had agreed payment "
     "plans; the Administration recalled that the use of surpluses was governed by the Financial "
     "Regulations and was a matter for the Council."),
    ("P", "22", "The Executive Committee approved the Financial Report for the Year Ended 31~December "
     "2010 and decided to transmit it to the Council at its Hundredth Session, together with the "
     "External Auditor's report."),
    ("H", None, "REVISION OF THE PROGRAMME AND BUDGET FOR 2011"),
    ("P", "23", "Introducing document MC/EX/709, the Director of the Department of Resources Management "
     "explained that the Administrative Part of the Budget remained at CHF~39,388,000, the level "
     "approved by Council Resolution No. 1203 of 1 December 2010. The Operational Part had risen from "
     "USD 614.2 million to USD 1,107.5 million, owing chiefly to the emergency operations in North "
     "Africa and the continuing recovery programme in Haiti."),
    ("P", "24", "Delegations observed that the difference between the two figures showed how much of "
     "the Organization's activity was funded after the budget had been approved, and some asked "
     "whether the staff security costs of the new operations were fully covered by project funds."),
    ("P", "25", "The Executive Committee took note of the Revision of the Programme and Budget for 2011 "
     "(MC/EX/709)."),
    ("H", None, "REPORT ON THE EIGHTH SESSION OF THE STANDING COMMITTEE ON PROGRAMMES AND FINANCE"),
    ("P", "26", "The Chairperson of the Standing Committee on Programmes and Finance, Mr Somchai "
     "Rattanakorn (Thailand), presented the report on the Committee's Eighth Session (SCPF/68). He drew "
     "attention to the two matters on which the Standing Committee had made recommendations to the "
     "Executive Committee."),
    ("SH", "(a)", "Status of contributions outstanding to the Administrative Part of the Budget"),
    ("P", "27", "The Administration reported that contributions outstanding to the Administrative Part "
     "of the Budget had amounted to CHF 5,874,216 as at 31 May 2011, of which CHF 3,102,559 related to "
     "years before 2010. Eleven Member States were subject to Article 4 of the Constitution; two of "
     "them had since agreed payment plans."),
    ("P", "28", "The Executive Committee urged Member States in arrears to pay their contributions in "
     "full or to agree a payment plan with the Administration, and requested the Administration to "
     "report again to the Standing Committee at its next session."),
    ("SH", "(b)", "Support for developing Member States and Member States with economy in transition "
     "(1035 Facility)"),
    ("P", "29", "The Administration reported that in 2010 the Facility established under Council "
     "Resolution No. 1035 had funded 61 projects in 44 Member States, for a total of USD~6.3~million. "
     "The Standing Committee had recommended that the criteria for regional projects be clarified "
     "before the next call for proposals."),
    ("P", "30", "The Executive Committee endorsed the recommendation of the Standing Committee and took "
     "note of its report on the Eighth Session."),
    ("H", None, "OTHER BUSINESS"),
    ("P", "31", "The representative of Switzerland informed the Committee of the arrangements for the "
     "concluding debate of the Global Forum on Migration and Development, to be held in Geneva on "
     "1 and 2 December 2011, and invited all members to take part."),
    ("P", "32", "The Director General reminded members that the Hundredth Session of the Council, "
     "which would also mark the sixtieth anniversary of the Organization, would be held from 5 to "
     "7 December 2011."),
    ("H", None, "DATE AND PLACE OF THE NEXT SESSION"),
    ("P", "33", "The Executive Committee decided provisionally that its Hundred and Ninth Session "
     "would be held in Geneva in June 2012. The exact dates would be fixed by the Bureau in "
     "consultation with the Administration."),
    ("H", None, "CLOSURE OF THE SESSION"),
    ("P", "34", "The Chairperson declared the Hundred and Eighth Session closed on Wednesday, "
     "29~June 2011, at 12.40 p.m."),
]

ANNEX = [
    ("A", "1", "Opening of the session and credentials of representatives"),
    ("A", "2", "Election of officers"),
    ("A", "3", "Adoption of the agenda"),
    ("A", "4", "Approval of the report on the Hundred and Seventh Session"),
    ("A", "5", "Statement by the Director General"),
    ("A", "6", "Report of the Director General on the work of the Organization for the year 2010"),
    ("A", "7", "Financial report for the year ended 31 December 2010"),
    ("A", "8", "Revision of the Programme and Budget for 2011"),
    ("A", "9", "Report on the Eighth Session of the Standing Committee on Programmes and Finance:"),
    ("I", "(a)", "Status of contributions outstanding to the Administrative Part of the Budget"),
    ("I", "(b)", "Support for developing Member States and Member States with economy in transition "
     "(1035 Facility)"),
    ("A", "10", "Other business"),
    ("A", "11", "Date and place of the next session"),
    ("A", "12", "Closure of the session"),
]

# ----------------------------------------------------------------------------
# Text measurement helpers
# ----------------------------------------------------------------------------
MARK = re.compile(r"\[\[(\w+)\]\]")
SUP_SIZE = 7.5
SUP_RISE = 4.5


def segs(token):
    """Split a token into (text, is_sup) segments."""
    out, pos = [], 0
    for m in MARK.finditer(token):
        if m.start() > pos:
            out.append((token[pos:m.start()], False))
        out.append((m.group(1), True))
        pos = m.end()
    if pos < len(token):
        out.append((token[pos:], False))
    return out


def tok_width(token, font, size):
    w = 0
    for t, sup in segs(token):
        w += stringWidth(t, font, SUP_SIZE) if sup else stringWidth(t.replace("~", " "), font, size)
    return w


def wrap(text, widths, font, size):
    """widths: function(line_index) -> available width. Returns list of token lists."""
    toks = text.split()
    lines, cur, curw = [], [], 0
    sp = stringWidth(" ", font, size)
    for t in toks:
        tw = tok_width(t, font, size)
        avail = widths(len(lines))
        if cur and curw + sp + tw > avail:
            lines.append(cur)
            cur, curw = [t], tw
        else:
            curw = curw + sp + tw if cur else tw
            cur.append(t)
    if cur:
        lines.append(cur)
    return lines


def fns_in(tokens):
    return [m.group(1) for t in tokens for m in MARK.finditer(t)]


# ----------------------------------------------------------------------------
# Page model: a page is a list of draw ops plus footnotes.
# ----------------------------------------------------------------------------
class Line:
    def __init__(self, x, width, tokens, font, size, justify, prefix=None):
        self.x, self.width, self.tokens = x, width, tokens
        self.font, self.size, self.justify = font, size, justify
        self.prefix = prefix  # (x, text, font) drawn on the same baseline (paragraph number, label)
        self.fns = fns_in(tokens)


def draw_tokens(c, x, y, tokens, font, size, width=None, justify=False):
    sp = stringWidth(" ", font, size)
    widths = [tok_width(t, font, size) for t in tokens]
    gap = sp
    if justify and width is not None and len(tokens) > 1:
        extra = width - sum(widths) - sp * (len(tokens) - 1)
        g = sp + extra / (len(tokens) - 1)
        if g < sp * 3:
            gap = g
    cx = x
    for t, tw in zip(tokens, widths):
        px = cx
        for s, sup in segs(t):
            if sup:
                c.setFont(font, SUP_SIZE)
                c.drawString(px, y + SUP_RISE, s)
                px += stringWidth(s, font, SUP_SIZE)
            else:
                s = s.replace("~", " ")
                c.setFont(font, size)
                c.drawString(px, y, s)
                px += stringWidth(s, font, size)
        cx += tw + gap


def footnote_lines(num):
    text = FOOTNOTES[num]
    ind = 12
    return wrap(text, lambda i: W - ind, FONT, FN_SIZE)


def fn_height(nums):
    if not nums:
        return 0
    h = 16  # rule and gap
    for n in nums:
        h += FN_LEAD * len(footnote_lines(n))
    return h


def block_lines(kind, label, text):
    """Return (lines, space_before)."""
    if kind == "H":
        ls = wrap(text, lambda i: W, BOLD, SIZE)
        return [Line(LM, W, l, BOLD, SIZE, False) for l in ls]
    if kind == "SH":
        ls = wrap(text, lambda i: W - TAB, BOLD, SIZE)
        out = []
        for i, l in enumerate(ls):
            out.append(Line(LM + TAB, W - TAB, l, BOLD, SIZE, False,
                            prefix=(LM, label, BOLD) if i == 0 else None))
        return out
    if kind == "P":
        ls = wrap(text, lambda i: W - TAB if i == 0 else W, FONT, SIZE)
        out = []
        for i, l in enumerate(ls):
            x = LM + TAB if i == 0 else LM
            wd = W - TAB if i == 0 else W
            out.append(Line(x, wd, l, FONT, SIZE, i < len(ls) - 1,
                            prefix=(LM, label + ".", FONT) if i == 0 else None))
        return out
    if kind == "A":
        ls = wrap(text, lambda i: W - TAB, FONT, SIZE)
        return [Line(LM + TAB, W - TAB, l, FONT, SIZE, False,
                     prefix=(LM, label + ".", FONT) if i == 0 else None) for i, l in enumerate(ls)]
    if kind in ("I", "II"):
        lab_x = LM + TAB if kind == "I" else LM + 2 * TAB
        txt_x = lab_x + TAB
        wd = LM + W - txt_x
        ls = wrap(text, lambda i: wd, FONT, SIZE)
        out = []
        for i, l in enumerate(ls):
            out.append(Line(txt_x, wd, l, FONT, SIZE, i < len(ls) - 1,
                            prefix=(lab_x, label, FONT) if i == 0 else None))
        return out
    raise ValueError(kind)


class Page:
    def __init__(self, label):
        self.label = label
        self.ops = []  # (y, Line)
        self.fns = []
        self.extra = []  # callables(c)


def paginate(blocks, first_page_label, start_y, pages, heading_pages):
    """Flow blocks over pages. pages: list to append to. Returns the list."""
    page = Page(first_page_label)
    pages.append(page)
    y = start_y
    page_no = [first_page_label]

    def new_page():
        nonlocal page, y
        nxt = page.label + 1
        page = Page(nxt)
        pages.append(page)
        y = TOP_BODY

    idx = 0
    while idx < len(blocks):
        kind, label, text = blocks[idx]
        lines = block_lines(kind, label, text)
        gap = LEAD  # one blank line before each block
        # keep headings with the first two lines of the next block
        need = []
        if kind in ("H", "SH"):
            nk, nl, nt = blocks[idx + 1]
            nxt_lines = block_lines(nk, nl, nt)
            need = lines + nxt_lines[:2]
        else:
            need = lines[:2] if len(lines) > 2 else lines
        # test fit of 'need'
        fns = list(page.fns)
        yy = y - (gap if page.ops else 0)
        fits = True
        for ln in need:
            fns += [f for f in ln.fns if f not in fns]
            if yy - LEAD < BOTTOM + fn_height(fns):
                fits = False
                break
            yy -= LEAD
        if not fits and page.ops:
            new_page()
        if page.ops:
            y -= gap
        if kind in ("H", "SH"):
            heading_pages[(kind, label, text)] = page.label
        for i, ln in enumerate(lines):
            fns = page.fns + [f for f in ln.fns if f not in page.fns]
            remaining = len(lines) - i
            # avoid leaving a single line at the foot of the page (orphan) or top (widow)
            limit = BOTTOM + fn_height(fns)
            if y - LEAD < limit:
                carried = []
                # widow control: never leave the last line of a block alone at the top of a page
                if remaining == 1 and i >= 3 and not page.ops[-1][1].fns:
                    carried.append(page.ops.pop()[1])
                new_page()
                for cl in carried:
                    y -= LEAD
                    page.ops.append((y, cl))
                fns = page.fns + [f for f in ln.fns if f not in page.fns]
            y -= LEAD
            page.ops.append((y, ln))
            page.fns = fns
        idx += 1
    return pages


def draw_header(c, label):
    c.setFont(FONT, SIZE)
    c.drawRightString(PW - RM, 800, SYMBOL)
    c.drawRightString(PW - RM, 786, "Page %s" % label)


def draw_page_body(c, page):
    for y, ln in page.ops:
        if ln.prefix:
            px, ptxt, pfont = ln.prefix
            c.setFont(pfont, SIZE)
            c.drawString(px, y, ptxt)
        draw_tokens(c, ln.x, y, ln.tokens, ln.font, ln.size, ln.width, ln.justify)
    if page.fns:
        # footnotes at the page foot, under a short typed rule
        total = fn_height(page.fns)
        fy = BOTTOM + total - 10
        c.setFont(FONT, FN_SIZE)
        c.drawString(LM, fy, "_" * 20)
        fy -= 16
        for n in page.fns:
            fl = footnote_lines(n)
            for i, l in enumerate(fl):
                if i == 0:
                    c.setFont(FONT, SUP_SIZE)
                    c.drawString(LM, fy + 3.5, n)
                draw_tokens(c, LM + 12, fy, l, FONT, FN_SIZE, W - 12, i < len(fl) - 1)
                fy -= FN_LEAD
    for fn in page.extra:
        fn(c)


def centred(c, y, text, font=FONT, size=SIZE):
    c.setFont(font, size)
    c.drawCentredString(PW / 2, y, text)


def draw_cover(c):
    c.setFont(FONT, SIZE)
    c.drawRightString(PW - RM, 790, SYMBOL)
    c.drawRightString(PW - RM, 770, "Original: English")
    c.drawRightString(PW - RM, 756, "22 July 2011")
    centred(c, 690, "HUNDRED AND EIGHTH SESSION", BOLD)
    centred(c, 672, "_" * 58)
    centred(c, 560, "DRAFT REPORT ON THE HUNDRED AND EIGHTH SESSION", BOLD)
    centred(c, 544, "OF THE EXECUTIVE COMMITTEE", BOLD)
    centred(c, 500, "Geneva")
    centred(c, 486, "28-29 June 2011")
    centred(c, 456, "Rapporteur: Mr T. Lindqvist (Sweden)")
    # cover note
    c.setFont(FONT, SIZE)
    c.drawString(LM, 200, "_" * 12)
    note = ("This draft report is submitted to the Executive Committee for approval at its Hundred "
            "and Ninth Session.")
    ls = wrap(note, lambda i: W, FONT, SIZE)
    y = 180
    for i, l in enumerate(ls):
        draw_tokens(c, LM, y, l, FONT, SIZE, W, i < len(ls) - 1)
        y -= LEAD
    # trilingual footer
    c.setFont(BOLD, 11)
    c.drawString(LM, 60, "EXECUTIVE COMMITTEE")
    c.drawCentredString(PW / 2 + 10, 60, "COMIT\u00c9 EX\u00c9CUTIF")
    c.drawRightString(PW - RM, 60, "COMIT\u00c9 EJECUTIVO")


def draw_contents(c, entries):
    draw_header(c, "i")
    centred(c, 740, "CONTENTS", BOLD)
    c.setFont(FONT, SIZE)
    c.drawRightString(PW - RM, 712, "Page")
    y = 712 - 2 * LEAD
    dotw = stringWidth(".", FONT, SIZE)
    for indent, title, pg in entries:
        x = LM + indent
        avail = W - indent - 40
        ls = wrap(title, lambda i: avail, FONT, SIZE)
        for i, l in enumerate(ls):
            txt = " ".join(l)
            c.setFont(FONT, SIZE)
            c.drawString(x + (18 if i > 0 else 0), y, txt)
            if i == len(ls) - 1:
                end = x + (18 if i > 0 else 0) + stringWidth(txt, FONT, SIZE) + 4
                stop = PW - RM - 24
                n = int((stop - end) / dotw)
                c.drawString(stop - n * dotw, y, "." * n)
                c.drawRightString(PW - RM, y, str(pg))
                y -= LEAD * 1.5
            else:
                y -= LEAD


def main():
    heading_pages = {}
    pages = []
    # page 1: running title first
    paginate(BODY, 1, 700, pages, heading_pages)
    first = pages[0]

    def running_title(c):
        centred(c, 740, "DRAFT REPORT ON THE HUNDRED AND EIGHTH SESSION")
        centred(c, 726, "OF THE EXECUTIVE COMMITTEE")
    first.extra.append(running_title)

    # annex on a new page, numbering continued
    annex_pages = []
    paginate(ANNEX, pages[-1].label + 1, 684, annex_pages, {})

    def annex_head(c):
        centred(c, 740, "ANNEX", BOLD)
        centred(c, 712, "AGENDA", BOLD)
    annex_pages[0].extra.append(annex_head)
    assert len(annex_pages) == 1

    entries = []
    for kind, label, text in BODY:
        if kind == "H":
            entries.append((0, text, heading_pages[(kind, label, text)]))
        elif kind == "SH":
            entries.append((TAB, label + " " + text, heading_pages[(kind, label, text)]))
    entries.append((0, "ANNEX: AGENDA", annex_pages[0].label))

    c = canvas.Canvas(OUT, pagesize=A4, invariant=1)
    c.setTitle("MC/EX/714")
    draw_cover(c)
    c.showPage()
    draw_contents(c, entries)
    c.showPage()
    for p in pages + annex_pages:
        draw_header(c, p.label)
        draw_page_body(c, p)
        c.showPage()
    c.save()
    print("pages:", 2 + len(pages) + len(annex_pages))
    for e in entries:
        print(e)


if __name__ == "__main__":
    main()
