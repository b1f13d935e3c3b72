# Draws working-group-2017.pdf: an invented SCPF working-group report (2017), A4, reportlab.
import re
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

W, H = A4
L = 72.0                 # left margin
R = W - 72.0             # right margin
TOP = H - 62.0           # first header line baseline
BODY_TOP = H - 110.0     # first body baseline on text pages
BOTTOM = 62.0            # lowest footnote baseline
SYMBOL = "S/21/9"

FS, LEAD = 11.0, 13.6    # body font size / leading
FNS, FNLEAD = 9.0, 11.0  # footnote font size / leading
SUPS = 6.8               # superscript size
PARA_GAP = 7.0

FONTS = {"r": "Times-Roman", "b": "Times-Bold", "i": "Times-Italic", "bi": "Times-BoldItalic"}

# ---------------------------------------------------------------- content
# Inline markup: {n} = footnote marker n.

FOOTNOTES = {
    1: "See the report on the Eighteenth Session of the Standing Committee on Programmes and Finance "
       "(S/18/14), paragraphs 61 to 67. The terms of reference of the Working Group are set out in "
       "document S/18/11.",
    2: "The Agreement concerning the Relationship between the United Nations and the International "
       "Organization for Migration was approved by the Council through Resolution No. 1317 of 30 June 2016, "
       "and by the United Nations General Assembly in resolution 70/296 of 25 July 2016.",
    3: "Resolution No. 1343 on the Programme and Budget for 2017. At the same session, the Council took "
       "note of the Administration\u2019s review of the Operational Support Income methodology (C/107/9).",
    4: "Operational Support Income is derived from the overhead charged on operational projects. As defined "
       "in the Programme and Budget for 2017 (C/107/6), it is applied first to the costs of the core "
       "structure that are not covered by assessed contributions, such as the field structure, staff security "
       "and information technology, and any balance is carried forward to a reserve. Because the overhead rate "
       "is applied to project expenditure, OSI rises and falls with the volume of projects implemented in a "
       "given year, and the amount available for the core structure cannot be known with certainty until the "
       "accounts for the year are closed. The overhead rate was last harmonized at 7 per cent in 2012, with a "
       "lower rate retained for certain large-scale operations.",
    5: "See document S/20/6, Annex II. The report covered the allocation of unearmarked funds by region and "
       "by thematic area for the year 2016.",
    6: "The mandate of the Working Group, as defined in its terms of reference, expires at the end of 2017; "
       "see document S/18/11, paragraph 4.",
}
# footnote 4 is forced to run over onto the next page: lines kept on its own page
FN_SPLIT = {4: 3}

FLOW = [
    ("runtitle", ["REPORT OF THE WORKING GROUP ON BUDGET REFORM",
                  "FOR THE PERIOD JANUARY TO SEPTEMBER 2017"]),
    ("h1", "I.", "INTRODUCTION"),
    ("para", "1.",
     "The Working Group on Budget Reform was established by the Standing Committee on Programmes and "
     "Finance at its Eighteenth Session, in June 2016, to examine ways of placing the core structure of the "
     "Organization on a more sustainable footing.{1} The present report covers the work carried out by the "
     "Working Group between January and September 2017 and is submitted to the Standing Committee at its "
     "Twenty-first Session for consideration."),
    ("para", "2.",
     "The Working Group was chaired by Mr J. Lindqvist (Sweden); Ms T. Mwangi-Odhiambo (Kenya) served as "
     "Vice-Chairperson. Participation was open to all Member States, and observers attended several meetings "
     "at the invitation of the Chairperson. The Administration provided substantive and secretariat support "
     "throughout the period under review."),
    ("para", "3.",
     "The Working Group held seven formal meetings in 2017, the dates and main topics of which are listed in "
     "the Annex. In addition, the Chairperson held informal consultations with the regional groups and with "
     "individual delegations on successive drafts of the conclusions."),
    ("para", "4.",
     "Section II of this report recalls the mandate and the methods of work of the Working Group. Section III "
     "summarizes the discussions held on the three thematic clusters identified in its programme of work. "
     "Section IV sets out the conclusions reached and the recommendations addressed to the Standing "
     "Committee, and Section V outlines the proposed next steps."),
    ("h1", "II.", "MANDATE AND METHODS OF WORK"),
    ("h2", "A.", "Mandate"),
    ("para", "5.",
     "Under its terms of reference, the Working Group was requested to review the structure of the "
     "Administrative and Operational Parts of the Budget, to assess the adequacy of core funding in the "
     "light of the Organization\u2019s entry into the United Nations system as a related organization,{2} "
     "and to propose options for reform that the Council might consider at its 108th Session."),
    ("para", "6.",
     "The Standing Committee further asked the Working Group to take into account the principle of zero "
     "nominal growth in the Administrative Part of the Budget, as reaffirmed by the Council in Resolution "
     "No. 1343 of 29 November 2016,{3} and to give particular attention to the predictability of unearmarked "
     "contributions."),
    ("h2", "B.", "Methods of work"),
    ("para", "7.",
     "At its first meeting, the Working Group agreed to organize its discussions around three thematic "
     "clusters: (1) the core structure and the use of Operational Support Income; (2) the predictability of "
     "unearmarked funding; and (3) the Administrative Part of the Budget and the policy of zero nominal "
     "growth. Each cluster was introduced by a background paper prepared by the Administration."),
    ("para", "8.",
     "Background papers were circulated at least ten working days before each meeting and were then posted "
     "on the Member States\u2019 extranet. Summaries of the discussions were prepared by the Chairperson under "
     "his own responsibility and do not constitute agreed text."),
    ("h1", "III.", "SUMMARY OF DISCUSSIONS"),
    ("h2", "A.", "Core structure and Operational Support Income"),
    ("para", "9.",
     "The Administration informed the Working Group that the core structure, which is funded from the "
     "Administrative Part of the Budget and from Operational Support Income (OSI), had not kept pace with the "
     "growth of the Organization\u2019s operations.{4} Total expenditure had risen from USD 1.1 billion in 2011 "
     "to more than USD 1.6 billion in 2016, while the number of staff and offices financed from core "
     "resources had remained broadly unchanged."),
    ("para", "10.",
     "In the ensuing discussion, members expressed a range of views, among them:"),
    ("bullet",
     "that the reliance of the core structure on OSI, which fluctuates with the volume of projects, exposes "
     "essential functions to risks that lie outside the Organization\u2019s control;"),
    ("bullet",
     "that any increase in assessed contributions should be gradual and linked to demonstrable gains in "
     "efficiency and in the quality of reporting;"),
    ("bullet",
     "that the distinction between core and project-funded functions should be revisited, in particular for "
     "positions in country offices; and"),
    ("bullet",
     "that the Administration should present a costed inventory of the functions it considers essential to "
     "the delivery of its mandate."),
    ("para", "11.",
     "Several delegations stressed that the projectized funding model had served the Organization well and "
     "that reform should not reduce its operational flexibility. Others considered that the model had reached "
     "its limits, noting that some 97 per cent of the Organization\u2019s resources were earmarked."),
    ("para", "12.",
     "The Administration presented a preliminary analysis showing that, in 2016, approximately 28 per cent of "
     "the core positions at Headquarters and in the Regional Offices had been financed from OSI. It cautioned "
     "that a decline of 10 per cent in project volume would result in a shortfall of some USD 9 million in "
     "OSI in the following year."),
    ("para", "13.",
     "The Working Group requested the Administration to refine that analysis and to present scenarios for the "
     "progressive transfer of essential functions to more stable sources of funding. A first set of three "
     "scenarios was discussed at the meeting of 4 May 2017."),
    ("h2", "B.", "Predictability of unearmarked funding"),
    ("para", "14.",
     "Unearmarked contributions received in 2016 amounted to USD 22.4 million, provided by 11 Member States. "
     "Members acknowledged that such contributions, though modest in volume, were of strategic importance, "
     "since they allowed the Organization to invest in areas for which project funding was rarely available."),
    ("para", "15.",
     "The Working Group discussed the possibility of multi-year pledges of unearmarked funding. A number of "
     "Member States indicated that their national budgetary rules did not allow commitments beyond a single "
     "year, but that they could provide indicative figures for planning purposes."),
    ("para", "16.",
     "Members welcomed the commitment of the Administration to report annually on the use of unearmarked "
     "funding, in the format presented to the Standing Committee at its Twentieth Session.{5}"),
    ("para", "17.",
     "The Working Group also considered whether the Migration Emergency Funding Mechanism and the IOM "
     "Development Fund could serve as models for pooled funding arrangements. No consensus was reached on that "
     "question, and members agreed to revert to it in 2018."),
    ("h2", "C.", "Administrative Part of the Budget and zero nominal growth"),
    ("para", "18.",
     "The Administration recalled that the Administrative Part of the Budget had been held at zero nominal "
     "growth for most of the past two decades, with limited exceptions agreed by the Council. In real terms, "
     "this had led to a steady reduction in the resources available for governance, oversight and management "
     "functions."),
    ("para", "19.",
     "A number of members expressed support for a moderate increase in assessed contributions to finance "
     "essential oversight functions, including those of the Office of the Inspector General and of Legal "
     "Affairs. Other members stated that they were not in a position to agree to any increase at the present "
     "time."),
    ("para", "20.",
     "The Working Group took note of the link between budget reform and the implementation of the Internal "
     "Governance Framework, which the Administration undertook to present in full in 2018."),
    ("para", "21.",
     "Members also touched upon the scale of assessment. It was agreed that any change in the methodology for "
     "calculating the scale should be taken up separately, under the relevant agenda item, and not within the "
     "framework of the present exercise."),
    ("h1", "IV.", "CONCLUSIONS AND RECOMMENDATIONS"),
    ("h2", "A.", "Conclusions"),
    ("para", "22.",
     "The Working Group concluded that the current funding model leaves essential core functions "
     "insufficiently protected against fluctuations in project volume, and that a gradual, phased approach "
     "to reform is required."),
    ("para", "23.",
     "It further concluded that greater transparency in the use of OSI and of unearmarked funding is a "
     "precondition for increased contributions from Member States."),
    ("para", "24.",
     "There was broad agreement that the reform process should be guided by the principles of "
     "predictability, transparency, efficiency and shared responsibility among Member States."),
    ("para", "25.",
     "The Working Group recognized that certain elements of reform, in particular any departure from zero "
     "nominal growth, would require further consultation in capitals before a decision could be taken."),
    ("h2", "B.", "Recommendations"),
    ("para", "26.",
     "The Working Group recommends that the Standing Committee:"),
    ("item1", "(a)",
     "take note of the present report and of the background papers prepared by the Administration;"),
    ("item1", "(b)",
     "request the Administration to submit, in the Programme and Budget for 2019, a costed proposal for "
     "the progressive funding of essential functions from the Administrative Part of the Budget;"),
    ("item1", "(c)",
     "request the Administration to strengthen its financial reporting to Member States, in particular by:"),
    ("item2", "(i)",
     "presenting OSI income and expenditure by category in each summary update on the Programme and "
     "Budget;"),
    ("item2", "(ii)",
     "reporting annually on the allocation and results of unearmarked funding; and"),
    ("item2", "(iii)",
     "publishing, by the end of 2018, an inventory of core functions and of their sources of funding;"),
    ("item1", "(d)",
     "encourage Member States in a position to do so to provide unearmarked or softly earmarked "
     "contributions on a multi-year basis; and"),
    ("item1", "(e)",
     "extend the mandate of the Working Group until the end of 2018.{6}"),
    ("para", "27.",
     "The Working Group also recommends that the Standing Committee transmit the above recommendations to "
     "the Council at its 108th Session, together with any comments that it may wish to make."),
    ("h1", "V.", "THE WAY FORWARD"),
    ("para", "28.",
     "Should its mandate be extended, the Working Group would meet in the first quarter of 2018 to examine "
     "the costed proposal referred to in paragraph 26(b) and to prepare draft language for consideration by "
     "the Council."),
    ("para", "29.",
     "The Chairperson wishes to thank all members of the Working Group for their constructive engagement, and "
     "the Administration for the quality of the background documentation it provided."),
    ("para", "30.",
     "The Standing Committee is invited to take note of the present report and to consider the "
     "recommendations set out in paragraphs 26 and 27 above."),
]

ANNEX_LABEL = "Annex"
ANNEX_TITLE = "MEETINGS OF THE WORKING GROUP ON BUDGET REFORM IN 2017"
TABLE = [
    ("16 February 2017", "Election of the Vice-Chairperson; adoption of the programme of work"),
    ("23 March 2017", "Cluster 1: core structure and Operational Support Income"),
    ("4 May 2017", "Cluster 1 (continued): scenarios for the funding of essential functions"),
    ("1 June 2017", "Cluster 2: predictability of unearmarked funding"),
    ("6 July 2017", "Cluster 3: Administrative Part of the Budget and zero nominal growth*"),
    ("7 September 2017", "Review of the draft conclusions and recommendations"),
    ("21 September 2017", "Adoption of the report of the Working Group"),
]
TABLE_NOTE = ("*  Preceded by a briefing by the Office of the Inspector General on the resources "
              "available for oversight.")

# ---------------------------------------------------------------- text engine

def tokens(text, base="r"):
    """Split marked-up text into breakable tokens: (segments, glue_to_next)."""
    out = []
    style = base
    for piece in re.split(r"(\{\d+\})", text):
        m = re.fullmatch(r"\{(\d+)\}", piece)
        if m:
            segs, glue = out[-1]
            out[-1] = (segs + [("sup", m.group(1), int(m.group(1)))], glue)
            continue
        words = piece.split(" ")
        for k, w in enumerate(words):
            if w == "":
                continue
            # allow a break after a hyphen inside a compound word
            parts = re.findall(r"[^-]+-|[^-]+$|-", w)
            for j, p in enumerate(parts):
                glue = j < len(parts) - 1
                out.append(([(style, p, None)], glue))
            # the last token of a word joined to a following piece without space?
        # a piece ending without a space and followed by a marker is handled above
    return out


def seg_width(seg, size):
    st, txt, _ = seg
    if st == "sup":
        return stringWidth(txt, FONTS["r"], SUPS * size / FS)
    return stringWidth(txt, FONTS[st], size)


def tok_width(tok, size):
    return sum(seg_width(s, size) for s in tok[0])


def wrap(text, width, size, first_width=None, base="r"):
    toks = tokens(text, base)
    lines, cur, curw = [], [], 0.0
    sp = stringWidth(" ", FONTS["r"], size)
    for t in toks:
        w = tok_width(t, size)
        limit = first_width if (first_width and not lines) else width
        gap = 0 if (not cur or cur[-1][1]) else sp
        if cur and curw + gap + w > limit:
            lines.append(cur)
            cur, curw = [t], w
        else:
            cur.append(t)
            curw += gap + w
    if cur:
        lines.append(cur)
    return lines


def line_fns(line):
    return [s[2] for t in line for s in t[0] if s[0] == "sup"]


def draw_line(c, line, x, y, width, size, justify):
    sp = stringWidth(" ", FONTS["r"], size)
    words = [tok_width(t, size) for t in line]
    ngaps = sum(1 for t in line[:-1] if not t[1])
    natural = sum(words) + ngaps * sp
    extra = (width - natural) / ngaps if (justify and ngaps) else 0.0
    cx = x
    for t, w in zip(line, words):
        sx = cx
        for st, txt, _ in t[0]:
            if st == "sup":
                c.setFont(FONTS["r"], SUPS * size / FS)
                c.drawString(sx, y + size * 0.38, txt)
                sx += stringWidth(txt, FONTS["r"], SUPS * size / FS)
            else:
                c.setFont(FONTS[st], size)
                c.drawString(sx, y, txt)
                sx += stringWidth(txt, FONTS[st], size)
        cx += w
        if not t[1]:
            cx += sp + extra


# ---------------------------------------------------------------- pagination of the body

class Page:
    def __init__(self):
        self.ops = []          # (kind, args)
        self.fn = []           # footnote lines: (marker or None, line tokens)
        self.y = BODY_TOP

    def fn_height(self):
        if not self.fn:
            return 0.0
        return 16.0 + len(self.fn) * FNLEAD

    def floor(self):
        return BOTTOM + self.fn_height()


FN_LINES = {}
FN_WIDTH = R - L - 12


def fn_lines(n):
    if n not in FN_LINES:
        FN_LINES[n] = wrap(FOOTNOTES[n], FN_WIDTH, FNS)
    return FN_LINES[n]


pages = [Page()]
carry = []          # footnote lines continued onto the next page
heading_pages = []  # (num, text, page number)


def new_page():
    global carry
    p = Page()
    p.fn.extend(carry)
    carry = []
    pages.append(p)
    return p


def place_lines(lines, x_first, x_rest, width_first, width_rest, label=None, label_x=None, gap_before=0.0):
    """Place wrapped lines of one block, splitting over pages, with footnotes."""
    global carry
    p = pages[-1]
    if p.y != BODY_TOP or p.ops:
        p.y -= gap_before
    for k, ln in enumerate(lines):
        fns = line_fns(ln)
        add = []
        later = []
        for n in fns:
            fl = [(str(n) if j == 0 else None, l) for j, l in enumerate(fn_lines(n))]
            if n in FN_SPLIT:
                add += fl[:FN_SPLIT[n]]
                later += fl[FN_SPLIT[n]:]
            else:
                add += fl
        extra_fn = len(add) * FNLEAD + (16.0 if (add and not p.fn) else 0.0)
        if p.y - LEAD < p.floor() - 0 - 0 and False:
            pass
        if p.y < p.floor() + extra_fn:
            p = new_page()
            extra_fn = len(add) * FNLEAD + (16.0 if (add and not p.fn) else 0.0)
        p.fn.extend(add)
        carry.extend(later)
        last = k == len(lines) - 1
        if k == 0:
            if label is not None:
                p.ops.append(("label", label, label_x, p.y))
            p.ops.append(("line", ln, x_first, p.y, width_first, not last))
        else:
            p.ops.append(("line", ln, x_rest, p.y, width_rest, not last))
        p.y -= LEAD
    return p


def heading(kind, num, text):
    p = pages[-1]
    need = (8 * LEAD if kind == "h1" else 5 * LEAD) + 14
    if p.y - need < p.floor():
        p = new_page()
    if p.ops:
        p.y -= 10.0 if kind == "h1" else 6.0
    heading_pages.append((kind, num, text, len(pages)))
    font = "b" if kind == "h1" else "bi"
    xnum = L
    xtxt = L + 36
    p.ops.append(("plain", num, xnum, p.y, FONTS[font], FS))
    p.ops.append(("plain", text, xtxt, p.y, FONTS[font], FS))
    p.y -= LEAD + 6.0


HANG = 36.0
for el in FLOW:
    kind = el[0]
    p = pages[-1]
    if kind == "runtitle":
        for t in el[1]:
            p.ops.append(("center", t, p.y, FONTS["b"], FS))
            p.y -= LEAD + 2
        p.y -= 10
    elif kind in ("h1", "h2"):
        heading(kind, el[1], el[2])
    elif kind == "para":
        x = L + HANG
        lines = wrap(el[2], R - x, FS)
        place_lines(lines, x, x, R - x, R - x, label=el[1], label_x=L, gap_before=PARA_GAP)
        pages[-1].y += 0
    elif kind == "bullet":
        x = L + HANG + 16
        lines = wrap(el[1], R - x, FS)
        place_lines(lines, x, x, R - x, R - x, label="\u2022", label_x=L + HANG + 2, gap_before=4.0)
    elif kind == "item1":
        x = L + HANG + 30
        lines = wrap(el[2], R - x, FS)
        place_lines(lines, x, x, R - x, R - x, label=el[1], label_x=L + HANG, gap_before=4.0)
    elif kind == "item2":
        x = L + HANG + 62
        lines = wrap(el[2], R - x, FS)
        place_lines(lines, x, x, R - x, R - x, label=el[1], label_x=L + HANG + 30, gap_before=3.0)

assert not carry, "footnote continuation left over"
N_BODY = len(pages)
ANNEX_PAGE = N_BODY + 1

# ---------------------------------------------------------------- rendering

c = canvas.Canvas("working-group-2017.pdf", pagesize=A4)
c.setTitle("S/21/9 - Report of the Working Group on Budget Reform")
c.setAuthor("International Organization for Migration")


def header(label_lines):
    y = TOP
    for t in [SYMBOL] + label_lines:
        c.setFont(FONTS["r"], 10)
        c.drawRightString(R, y, t)
        y -= 12


def centered(t, y, font, size):
    c.setFont(font, size)
    c.drawCentredString(W / 2, y, t)


# --- cover
c.setFont(FONTS["b"], 12)
c.drawRightString(R, H - 70, SYMBOL)
c.setFont(FONTS["r"], 11)
c.drawRightString(R, H - 86, "Original: English")
c.drawRightString(R, H - 100, "6 October 2017")
centered("STANDING COMMITTEE ON PROGRAMMES AND FINANCE", H - 250, FONTS["b"], 12)
centered("Twenty-first Session", H - 268, FONTS["r"], 12)
centered("REPORT OF THE WORKING GROUP ON BUDGET REFORM", H - 390, FONTS["b"], 13)
centered("FOR THE PERIOD JANUARY TO SEPTEMBER 2017", H - 416, FONTS["b"], 13)
c.showPage()

# --- contents
header(["Page i"])
centered("CONTENTS", BODY_TOP, FONTS["b"], FS)
c.setFont(FONTS["r"], FS)
c.drawRightString(R, BODY_TOP - 26, "Page")
y = BODY_TOP - 48


def toc_entry(num, text, page, indent, y, font):
    c.setFont(font, FS)
    x = L + indent
    c.drawString(x, y, num)
    tx = x + (36 if indent == 0 else 24)
    c.drawString(tx, y, text)
    end = tx + stringWidth(text, font, FS) + 6
    pw = stringWidth(str(page), FONTS["r"], FS)
    dots_end = R - pw - 6
    c.setFont(FONTS["r"], FS)
    dw = stringWidth(".", FONTS["r"], FS)
    n = int((dots_end - end) / dw)
    if n > 0:
        c.drawString(dots_end - n * dw, y, "." * n)
    c.drawRightString(R, y, str(page))


for kind, num, text, pg in heading_pages:
    if kind == "h1":
        y -= 8
        toc_entry(num, text, pg, 0, y, FONTS["r"])
    else:
        toc_entry(num, text, pg, 36, y, FONTS["r"])
    y -= LEAD + 3
y -= 12
c.setFont(FONTS["r"], FS)
annex_entry = "ANNEX \u2013 " + ANNEX_TITLE
c.drawString(L, y, annex_entry)
_end = L + stringWidth(annex_entry, FONTS["r"], FS) + 6
_dw = stringWidth(".", FONTS["r"], FS)
_de = R - stringWidth(str(ANNEX_PAGE), FONTS["r"], FS) - 6
c.drawString(_de - int((_de - _end) / _dw) * _dw, y, "." * int((_de - _end) / _dw))
c.drawRightString(R, y, str(ANNEX_PAGE))
c.showPage()

# --- body
for i, p in enumerate(pages, start=1):
    header(["Page %d" % i])
    for op in p.ops:
        if op[0] == "line":
            _, ln, x, y, w, just = op
            draw_line(c, ln, x, y, w, FS, just)
        elif op[0] == "label":
            _, lab, x, y = op
            # the bullet is taken from the Symbol font so that every extractor maps it
            c.setFont("Symbol" if lab == "\u2022" else FONTS["r"], FS)
            c.drawString(x, y, lab)
        elif op[0] == "plain":
            _, t, x, y, font, size = op
            c.setFont(font, size)
            c.drawString(x, y, t)
        elif op[0] == "center":
            _, t, y, font, size = op
            centered(t, y, font, size)
    if p.fn:
        ytop = BOTTOM + (len(p.fn) - 1) * FNLEAD
        c.setLineWidth(0.5)
        c.line(L, ytop + 12, L + 144, ytop + 12)
        y = ytop
        for mark, ln in p.fn:
            if mark:
                c.setFont(FONTS["r"], SUPS * FNS / FS + 0.6)
                c.drawString(L, y + 3.2, mark)
            draw_line(c, ln, L + 12, y, FN_WIDTH, FNS, False)
            y -= FNLEAD
    c.showPage()

# --- annex
header(["Page %d" % ANNEX_PAGE])
centered(ANNEX_LABEL, BODY_TOP, FONTS["b"], FS)
centered(ANNEX_TITLE, BODY_TOP - 28, FONTS["b"], FS)
y = BODY_TOP - 70
xd, xt = L + 10, L + 150
c.setFont(FONTS["b"], FS)
c.drawString(xd, y, "Date")
c.drawString(xt, y, "Main topics")
c.setLineWidth(0.6)
c.line(L, y + 14, R, y + 14)
c.line(L, y - 6, R, y - 6)
y -= 24
for d, t in TABLE:
    c.setFont(FONTS["r"], FS)
    c.drawString(xd, y, d)
    lines = wrap(t, R - xt - 6, FS)
    for k, ln in enumerate(lines):
        draw_line(c, ln, xt, y, R - xt, FS, False)
        if k < len(lines) - 1:
            y -= LEAD
    y -= LEAD + 6
c.line(L, y + 10, R, y + 10)
y -= 8
c.setFont(FONTS["r"], FNS)
c.drawString(L, y, TABLE_NOTE)
c.showPage()
c.save()

print("body pages:", N_BODY, "total pages:", N_BODY + 3)
for hp in heading_pages:
    print(hp)
