# Draws agenda-2022.pdf: IOM Council, 113th Session, annotated provisional agenda C/113/1.
# reportlab, A4, Times. A small line-based layout engine: blocks -> lines -> pages,
# with footnote bodies kept on the page of their markers.
import os
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "agenda-2022.pdf")

W, H = A4
L = 72.0            # left margin
R = W - 72.0        # right margin (523.3)
TOP = H - 56.0      # first baseline on a page
BOTTOM = 62.0       # lowest baseline for body / footnotes
SYMBOL = "C/113/1"

RM, BD, IT = "Times-Roman", "Times-Bold", "Times-Italic"
FS, LEAD = 12.0, 14.0
FN_FS, FN_LEAD = 10.0, 11.0
SUP_FS, SUP_RISE = 7.5, 4.5

# column positions of Part I
NUM_X = L
TTL_X = L + 30
SUB_LBL_X = L + 30
SUB_TXT_X = L + 58
TTL_RIGHT = L + 300
DOC_X = L + 335

# ---------------------------------------------------------------- words

def parse_words(text, font=RM, size=FS):
    """Split text into words; '^N' right after a word is a raised footnote marker."""
    words = []
    for tok in text.split():
        segs = []
        if "^" in tok:
            base, mark = tok.split("^", 1)
            if base:
                segs.append((base, font, size, 0.0))
            segs.append((mark, font if font != BD else RM, SUP_FS, SUP_RISE))
        else:
            segs.append((tok, font, size, 0.0))
        words.append(segs)
    return words


def wwidth(word):
    return sum(stringWidth(t, f, s) for t, f, s, _ in word)


def wrap(words, width, font=RM, size=FS):
    sp = stringWidth(" ", font, size)
    lines, cur, curw = [], [], 0.0
    for w in words:
        ww = wwidth(w)
        if cur and curw + sp + ww > width:
            lines.append(cur)
            cur, curw = [w], ww
        else:
            curw = curw + (sp if cur else 0) + ww
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


def line_ops(words, x, width, justify, font=RM, size=FS):
    """Draw ops for one wrapped line; justified lines spread the gaps."""
    sp = stringWidth(" ", font, size)
    natural = sum(wwidth(w) for w in words) + sp * (len(words) - 1)
    gap = sp
    if justify and len(words) > 1:
        gap = sp + (width - natural) / (len(words) - 1)
    ops, cx = [], x
    for w in words:
        for t, f, s, rise in w:
            ops.append((cx, f, s, t, rise))
            cx += stringWidth(t, f, s)
        cx += gap
    return ops

# ---------------------------------------------------------------- flow entries
# ('line', height, ops, footnotes, keep_with_next)  ('space', h)  ('page',)

flow = []
FOOTNOTES = {}


def space(h=LEAD):
    flow.append(("space", h))


def page_break():
    flow.append(("page",))


def para(text, x=L, right=R, font=RM, justify=True, keep=False, fns=()):
    width = right - x
    lines = wrap(parse_words(text, font), width, font)
    for i, ln in enumerate(lines):
        last = i == len(lines) - 1
        fl = [m for w in ln for (t, f, s, rise) in w if rise > 0 for m in [t]]
        flow.append(("line", LEAD, line_ops(ln, x, width, justify and not last, font),
                     fl, keep and True))


def centered(text, font=BD, size=FS, keep=True):
    segs = parse_words(text, font, size)
    w = sum(wwidth(s) for s in segs) + stringWidth(" ", font, size) * (len(segs) - 1)
    x = (W - w) / 2 + (L - (W - R)) / 2
    flow.append(("line", LEAD, line_ops(segs, x, w, False, font, size), [], keep))


def agenda_item(label, title, docs, label_x, text_x, keep_last=False):
    """Part I: label, title wrapped in a narrow column, symbols at the right."""
    lines = wrap(parse_words(title), TTL_RIGHT - text_x)
    n = max(len(lines), len(docs))
    for i in range(n):
        ops = []
        if i == 0:
            ops.append((label_x, RM, FS, label, 0.0))
        if i < len(lines):
            ops += line_ops(lines[i], text_x, TTL_RIGHT - text_x, False)
        if i < len(docs):
            ops.append((DOC_X, RM, FS, docs[i], 0.0))
        flow.append(("line", LEAD, ops, [], i < n - 1 or keep_last))


def item_heading(label, title, sub=False):
    """Part II: number and title as a heading at the text's full width."""
    lx, tx, font = (L + 30, L + 58, IT) if sub else (L, L + 30, BD)
    lines = wrap(parse_words(title, font), R - tx, font)
    for i, ln in enumerate(lines):
        ops = [(lx, font, FS, label, 0.0)] if i == 0 else []
        ops += line_ops(ln, tx, R - tx, False, font)
        flow.append(("line", LEAD, ops, [], True))
    flow.append(("space_keep", LEAD))


def bullet(text):
    lines = wrap(parse_words(text), R - (L + 46))
    for i, ln in enumerate(lines):
        ops = [(L + 30, RM, FS, "\u2022", 0.0)] if i == 0 else []
        ops += line_ops(ln, L + 46, R - (L + 46), False)
        flow.append(("line", LEAD, ops, [], False))


def table(caption, heads, rows, cols):
    """cols: x of the label and right edges of the number columns."""
    centered(caption, RM, FS, keep=True)
    flow.append(("space_keep", 6))
    for hl in heads:
        ops = []
        for cx, cell in zip(cols[1:], hl):
            ops.append((cx - stringWidth(cell, BD, 11), BD, 11, cell, 0.0))
        flow.append(("line", 13, ops, [], True))
    flow.append(("rule", 6, cols[0], cols[-1]))
    for k, r in enumerate(rows):
        ops = [(cols[0], RM, 11, r[0], 0.0)]
        for cx, cell in zip(cols[1:], r[1:]):
            ops.append((cx - stringWidth(cell, RM, 11), RM, 11, cell, 0.0))
        flow.append(("line", 15, ops, [], k < len(rows) - 1))

# ---------------------------------------------------------------- content

PART1 = [
    ("1.", "Opening of the session", []),
    ("2.", "Credentials of representatives and observers", []),
    ("3.", "Election of officers", []),
    ("4.", "Adoption of the agenda", ["C/113/1", "C/113/2"]),
    ("5.", "Admission of observers", [], [
        ("(a)", "Application by the Pacific Islands Forum Secretariat for "
                "representation by an observer", ["C/113/3", "C/113/L/2"]),
        ("(b)", "Application by the Global Alliance of Migrant Health Networks "
                "for representation by an observer", ["C/113/4", "C/113/L/3"]),
    ]),
    ("6.", "Statement by the Director General", []),
    ("7.", "General debate", []),
    ("8.", "Report of the Director General on the work of the Organization for "
           "the year 2021", ["C/113/5"]),
    ("9.", "Financial report for the year ended 31 December 2021", ["C/113/6"]),
    ("10.", "Reports on the Thirtieth and Thirty-first Sessions of the Standing "
            "Committee on Programmes and Finance", ["S/30/15", "S/31/18"]),
    ("11.", "Programme and Budget", [], [
        ("(a)", "Summary update on the Programme and Budget for 2022", ["C/113/7"]),
        ("(b)", "Programme and Budget for 2023", ["C/113/8", "C/113/L/4"]),
    ]),
    ("12.", "Report of the Chair of the Working Group on IOM Partnerships, "
            "Governance and Organizational Priorities, including proposed "
            "amendments to the Rules of Procedure of the Council",
     ["C/113/9", "C/113/L/5"]),
    ("13.", "Report on the implementation of the IOM Strategic Vision 2019\u20132023",
     ["C/113/10"]),
    ("14.", "Other business", []),
    ("15.", "Date and place of the next session", []),
    ("16.", "Closure of the session", []),
]

FOOTNOTES = {
    "*": "The provisional timetable of meetings is contained in document C/113/2. "
         "Documents for the session are posted on the governing bodies webpage "
         "as they become available.",
    "1": "The Rules of Procedure of the Council, as currently in force, are "
         "reproduced in document C/112/3/Rev.1.",
    "2": "The criteria for granting observer status to non-governmental "
         "organizations were endorsed by the Council in Resolution No. 1309 of "
         "24 November 2015.",
    "3": "The Thirty-first Session of the Standing Committee is scheduled to take "
         "place on 2 and 3 November 2022.",
    "4": "Resolution No. 1379 of 27 November 2019. The mandate of the Working Group "
         "was extended until the end of 2022 by Resolution No. 1401 of "
         "30 November 2021.",
}

# ---- page 1: cover block

def build():
    # Part I
    centered("PART I \u2013 PROVISIONAL AGENDA", BD)
    space()
    for it in PART1:
        label, title, docs = it[0], it[1], it[2]
        subs = it[3] if len(it) > 3 else []
        agenda_item(label, title, docs, NUM_X, TTL_X, keep_last=bool(subs))
        for k, (sl, st, sd) in enumerate(subs):
            flow.append(("space_keep" if k == 0 else "space", LEAD))
            agenda_item(sl, st, sd, SUB_LBL_X, SUB_TXT_X)
        space()

    page_break()
    centered("PART II \u2013 ANNOTATIONS", BD)
    space()
    para("The annotations below outline the action expected of the Council under "
         "each item of the provisional agenda. They are based on the documents "
         "listed in Part I, to which delegations are referred for the full "
         "background.")
    space()

    item_heading("1.", "Opening of the session")
    para("The session will be opened at 10 a.m. on Tuesday, 29 November 2022, by "
         "the outgoing Chairperson of the Council, who will report briefly on the "
         "activities undertaken by the Bureau since the 112th Session.")
    space()

    item_heading("2.", "Credentials of representatives and observers")
    para("Under Rule 6 of the Rules of Procedure of the Council, the credentials of "
         "representatives of Member States and the names of the members of their "
         "delegations are to be submitted to the Director General, if possible, not "
         "less than 24 hours before the opening of the session.^1")
    space()
    para("The Council will be invited to approve the report of the Chairperson on "
         "the credentials of representatives of Member States and to take note of "
         "the names of the observers attending the session.")
    space()

    item_heading("3.", "Election of officers")
    para("In accordance with Rule 14, the Council elects at each regular session the "
         "following officers, who hold office until their successors are elected:")
    space(6)
    bullet("a Chairperson;")
    bullet("a First Vice-Chairperson;")
    bullet("a Second Vice-Chairperson; and")
    bullet("a Rapporteur.")
    space()
    para("Following consultations among the regional groups, the candidates for the "
         "Bureau of the 113th Session will be communicated to Member States before "
         "the opening of the session.")
    space()

    item_heading("4.", "Adoption of the agenda")
    para("The provisional agenda (C/113/1) was prepared by the Administration in "
         "consultation with the Bureau of the Council. The Council will be invited "
         "to adopt it, together with the provisional timetable of meetings "
         "contained in document C/113/2.")
    space()

    item_heading("5.", "Admission of observers")
    para("Two applications for representation by an observer have been received "
         "since the 112th Session. Each is accompanied by a draft resolution for the "
         "Council\u2019s consideration.^2")
    space()
    item_heading("(a)", "Application by the Pacific Islands Forum Secretariat for "
                 "representation by an observer", sub=True)
    para("In a letter dated 14 July 2022, reproduced in document C/113/3, the "
         "Secretary General of the Pacific Islands Forum Secretariat requested that "
         "the Secretariat be granted observer status at meetings of the Council. The "
         "Council will be invited to adopt draft resolution C/113/L/2.")
    space()
    item_heading("(b)", "Application by the Global Alliance of Migrant Health "
                 "Networks for representation by an observer", sub=True)
    para("The request of the Global Alliance of Migrant Health Networks, an "
         "international non-governmental organization with members in 41 countries, "
         "is set out in document C/113/4. The Council will be invited to adopt draft "
         "resolution C/113/L/3.")
    space()

    item_heading("6.", "Statement by the Director General")
    para("The Director General will address the Council on the main developments "
         "in the work of the Organization since the 112th Session and on the "
         "outlook for 2023.")
    space()

    item_heading("7.", "General debate")
    para("The general debate will be held on the theme \u201cMobility in a changing "
         "climate: protecting people on the move and building resilience\u201d. "
         "Statements should not exceed five minutes for individual delegations and "
         "seven minutes for delegations speaking on behalf of a group.")
    space()
    para("Delegations wishing to take the floor are requested to inscribe on the "
         "list of speakers through the Governing Bodies Division by Friday, "
         "18 November 2022. Longer written statements may be submitted for posting "
         "on the session webpage.")
    space()

    item_heading("8.", "Report of the Director General on the work of the "
                 "Organization for the year 2021")
    para("The report (C/113/5) was reviewed by the Standing Committee on Programmes "
         "and Finance at its Thirtieth Session in June 2022. The Council will be "
         "invited to take note of it.")
    space()

    item_heading("9.", "Financial report for the year ended 31 December 2021")
    para("Document C/113/6 contains the audited financial statements of the "
         "Organization for 2021, together with the opinion of the External Auditor. "
         "Total combined expenditure amounted to USD 2,497.3 million, of which "
         "USD 63.2 million was incurred under the Administrative Part of the Budget "
         "and USD 2,434.1 million under the Operational Part.")
    space()
    para("The Standing Committee recommended that the Council approve the financial "
         "report. A draft resolution to that effect will be made available at the "
         "session.")
    space()

    item_heading("10.", "Reports on the Thirtieth and Thirty-first Sessions of the "
                 "Standing Committee on Programmes and Finance")
    para("The report on the Thirtieth Session, held on 28 and 29 June 2022, is "
         "contained in document S/30/15. The report on the Thirty-first Session will "
         "be issued as document S/31/18 shortly after that session closes.^3")
    space()
    para("The Council will be invited to take note of both reports and to endorse "
         "the recommendations they contain, in particular those concerning the scale "
         "of assessment and the Programme and Budget for 2023.")
    space()

    item_heading("11.", "Programme and Budget")
    item_heading("(a)", "Summary update on the Programme and Budget for 2022", sub=True)
    para("The summary update (C/113/7) revises the Operational Part of the Budget "
         "for 2022 to USD 2,871.6 million, reflecting new projects and the funding "
         "received since the Programme and Budget for 2022 was approved. The "
         "Administrative Part remains unchanged. The Council will be invited to take "
         "note of the document.")
    space()
    item_heading("(b)", "Programme and Budget for 2023", sub=True)
    para("The Programme and Budget for 2023 (C/113/8) was examined by the Standing "
         "Committee at its Thirty-first Session. Its main components compare with "
         "the budget approved for 2022 as follows:")
    space()
    table("(in millions)",
          [["2022", "2023", ""], ["approved", "proposed", "Difference"]],
          [["Administrative Part (CHF)", "59.6", "63.9", "4.3"],
           ["Operational Support Income (USD)", "168.2", "180.5", "12.3"],
           ["Operational Part (USD)", "1,106.0", "1,154.0", "48.0"]],
          [L + 30, L + 290, L + 365, R - 20])
    space()
    para("The Council will be invited to approve the Programme and Budget for 2023 "
         "by adopting draft resolution C/113/L/4.")
    space()

    item_heading("12.", "Report of the Chair of the Working Group on IOM "
                 "Partnerships, Governance and Organizational Priorities, including "
                 "proposed amendments to the Rules of Procedure of the Council")
    para("The Working Group was established by the Council in 2019 to examine the "
         "Organization\u2019s partnerships, its internal governance and the "
         "priorities set for it by Member States.^4 It met nine times in 2022.")
    space()
    para("The report of the Chair (C/113/9) sets out the conclusions of the Working "
         "Group and proposes amendments to Rules 5, 9 and 14 of the Rules of "
         "Procedure of the Council. The Council will be invited to take note of the "
         "report and to adopt draft resolution C/113/L/5, which would amend the "
         "Rules of Procedure accordingly.")
    space()

    item_heading("13.", "Report on the implementation of the IOM Strategic Vision "
                 "2019\u20132023")
    para("Document C/113/10 reviews progress made under the Strategic Vision and "
         "proposes that it be extended to cover 2024, so that its successor can be "
         "aligned with the next strategic planning cycle. The Council will be "
         "invited to take note of the report and to provide guidance.")
    space()

    item_heading("14.", "Other business")
    para("Any other matter that Member States wish to raise may be taken up under "
         "this item.")
    space()

    item_heading("15.", "Date and place of the next session")
    para("The Council will be invited to decide that its next regular session will "
         "be held in Geneva in November 2023, on dates to be confirmed by the Bureau "
         "in consultation with the Administration.")
    space()

    item_heading("16.", "Closure of the session")
    para("The Chairperson will close the session once the Council has completed its "
         "consideration of the agenda. The draft report on the session will be "
         "prepared by the Rapporteur and circulated to Member States for comment in "
         "early 2023.")

# ---------------------------------------------------------------- rendering

def draw_ops(c, ops, y):
    for x, f, s, t, rise in ops:
        c.setFont(f, s)
        c.drawString(x, y + rise, t)


def fn_lines(mark):
    """Footnote body lines: raised marker at L, text from L+8."""
    words = parse_words(FOOTNOTES[mark], RM, FN_FS)
    lines = wrap(words, R - (L + 8), RM, FN_FS)
    out = []
    for i, ln in enumerate(lines):
        ops = [(L, RM, SUP_FS - 0.5, mark, 2.5)] if i == 0 else []
        ops += line_ops(ln, L + 8, R - (L + 8), i < len(lines) - 1, RM, FN_FS)
        out.append(ops)
    return out


def fn_height(marks):
    if not marks:
        return 0.0
    return FN_LEAD * 1.5 + sum(len(fn_lines(m)) * FN_LEAD + 3 for m in marks)


def draw_footnotes(c, marks):
    if not marks:
        return
    rows = [fl for m in marks for fl in fn_lines(m)]
    y = BOTTOM + (len(rows) - 1) * FN_LEAD + 3 * (len(marks) - 1)
    c.setFont(RM, FN_FS)
    c.drawString(L, y + FN_LEAD * 1.5, "__________")
    for m in marks:
        for ops in fn_lines(m):
            draw_ops(c, ops, y)
            y -= FN_LEAD
        y -= 3


def header(c, n):
    c.setFont(RM, FS)
    c.drawRightString(R, TOP, SYMBOL)
    c.drawRightString(R, TOP - LEAD, "Page %d" % n)


def cover(c):
    c.setFont(RM, FS)
    c.drawRightString(R, TOP, SYMBOL)
    c.drawString(R - 110, TOP - LEAD, "Original: English")
    c.drawString(R - 110, TOP - 2 * LEAD, "19 October 2022")
    c.setFont(BD, FS)
    c.drawString(L, TOP - 5 * LEAD, "COUNCIL")
    c.drawString(L, TOP - 6 * LEAD, "113th Session")
    title = "ANNOTATED PROVISIONAL AGENDA"
    tw = stringWidth(title, BD, FS)
    tx = (L + R) / 2 - tw / 2
    y = TOP - 10 * LEAD
    c.drawString(tx, y, title)
    c.setFont(RM, SUP_FS)
    c.drawString(tx + tw + 0.5, y + SUP_RISE, "*")
    c.setFont(RM, FS)
    c.drawCentredString((L + R) / 2, y - 2 * LEAD, "Geneva")
    c.drawCentredString((L + R) / 2, y - 3 * LEAD, "29 November to 1 December 2022")
    return y - 6 * LEAD


def render():
    build()
    c = canvas.Canvas(OUT, pagesize=A4)
    c.setTitle("C/113/1 - Annotated provisional agenda")
    c.setAuthor("IOM")
    page = 1
    y = cover(c)
    marks = ["*"]
    i = 0
    n = len(flow)

    def group_needs(j):
        """Height and marks of the keep-together group starting at j."""
        h, mk = 0.0, []
        while j < n:
            e = flow[j]
            if e[0] == "line":
                h += e[1]
                mk += e[3]
                if not e[4]:
                    break
            elif e[0] in ("space", "space_keep", "rule"):
                h += e[1]
                if e[0] == "space":
                    break
            else:
                break
            j += 1
        return h, mk, j

    while i < n:
        e = flow[i]
        if e[0] == "page":
            draw_footnotes(c, marks)
            c.showPage()
            page += 1
            header(c, page)
            y, marks = TOP - 3 * LEAD, []
            i += 1
            continue
        if e[0] in ("space", "space_keep"):
            y -= e[1]
            i += 1
            continue
        h, mk, _ = group_needs(i)
        if y - h + LEAD < BOTTOM + fn_height(marks + mk):
            draw_footnotes(c, marks)
            c.showPage()
            page += 1
            header(c, page)
            y, marks = TOP - 3 * LEAD, []
        if e[0] == "rule":
            c.setLineWidth(0.5)
            c.line(e[2], y + e[1] + 2, e[3], y + e[1] + 2)
            y -= e[1]
        else:
            draw_ops(c, e[2], y)
            marks += e[3]
            y -= e[1]
        i += 1
    draw_footnotes(c, marks)
    c.showPage()
    c.save()
    print("pages:", page)


if __name__ == "__main__":
    render()
