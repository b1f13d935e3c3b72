"""Draws scpf-report-2012c.pdf: report on the Tenth Session of the SCPF (2012), with fpdf2.

A small hand-made flow engine places every word itself, so that footnote markers can be
raised and footnote bodies can be put at the foot of the page on which their marker falls.
"""
import os
import re

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "scpf-report-2012c.pdf")

SYMBOL = "S/10/14"
PAGE_W, PAGE_H = 210.0, 297.0
X0 = 25.0                # left margin
W = 160.0                # text width
TOP = 36.0               # first baseline of body text on a body page
BOTTOM = 277.0           # lowest point of the footnote area
FS = 11.0                # body font size (pt)
LH = 5.2                 # body line height (mm)
TAB = 12.7               # paragraph indent after the number
FN_FS = 9.0
FN_LH = 4.2

# ---------------------------------------------------------------- content
MEMBER_STATES = (
    "Afghanistan, Algeria, Angola, Argentina, Australia, Austria, Azerbaijan, Bangladesh, "
    "Belgium, Bolivia (Plurinational State of), Brazil, Burkina Faso, Cameroon, Canada, Chile, "
    "Colombia, Costa Rica, C\u00f4te d'Ivoire, Croatia, Cyprus, Czech Republic, Denmark, Dominican "
    "Republic, Ecuador, Egypt, El Salvador, Estonia, Ethiopia, Finland, France, Germany, Ghana, "
    "Greece, Guatemala, Honduras, Hungary, India, Ireland, Israel, Italy, Japan, Kenya, Latvia, "
    "Lithuania, Luxembourg, Madagascar, Mali, Mexico, Morocco, Netherlands, New Zealand, Nigeria, "
    "Norway, Pakistan, Peru, Philippines, Poland, Portugal, Republic of Korea, Romania, Senegal, "
    "Slovenia, South Africa, Spain, Sri Lanka, Sudan, Sweden, Switzerland, Thailand, Tunisia, "
    "Turkey, Uganda, United Kingdom of Great Britain and Northern Ireland, United States of "
    "America, Uruguay, Venezuela (Bolivarian Republic of), Viet Nam, Zambia and Zimbabwe."
)

FOOTNOTES = {
    1: "The provisional agenda was first circulated as document S/10/1 on 21 May 2012; the "
       "revised version added an item on the Migration Crisis Operational Framework.",
    2: "Document MC/2345 of 30 April 2012, which also contains the report of the External "
       "Auditor.",
    3: "Document S/10/3 of 8 June 2012, reflecting payments received up to 31 May 2012.",
}

# Blocks: ("heading", num, text) ("sub", num, text) ("para", num, text)
#         ("item", label, text) ("cont", text) ("table", spec)
# A footnote marker is written [[n]] glued to the preceding word.
BODY = [
    ("heading", "I.", "OPENING OF THE SESSION"),
    ("para", "1.",
     "The Standing Committee on Programmes and Finance held its Tenth Session at the "
     "International Conference Centre Geneva on 26 and 27 June 2012; three meetings were held. "
     "The session was opened by the Chairperson, Mr Roberto Arenales Vidal (Guatemala), on "
     "Tuesday, 26 June 2012, at 10.15 a.m."),
    ("para", "2.", "The following Member States were represented: " + MEMBER_STATES),
    ("para", "3.",
     "The Holy See and the Sovereign Order of Malta were represented by observers. Ms Nomvula "
     "Dlamini (South Africa), who had been elected Rapporteur at the Ninth Session, continued to "
     "serve in that capacity."),

    ("heading", "II.", "ADOPTION OF THE AGENDA"),
    ("para", "4.",
     "The Standing Committee adopted the agenda set out in document S/10/1/Rev.1.[[1]] The "
     "Chairperson proposed that the two items relating to the budget be taken together on the "
     "second day, and there was no objection."),

    ("heading", "III.", "STATEMENT BY THE DIRECTOR GENERAL"),
    ("para", "5.",
     "The Director General reported on the work of the Organization since the 100th Session of "
     "the Council, held in December 2011. The first half of 2012 had been shaped by the "
     "aftermath of the crisis in Libya, by displacement linked to food insecurity and conflict "
     "in the Sahel, and by growing movements out of the Syrian Arab Republic into neighbouring "
     "countries. More than 230,000 persons had been helped to return home or to reach safety "
     "during the period, while regular programmes in resettlement, labour migration and "
     "counter-trafficking had continued at a steady pace."),
    ("para", "6.",
     "Looking ahead to the 101st Session of the Council, he identified four matters on which he "
     "would welcome the guidance of Member States:"),
    ("item", "(a)",
     "the completion of a framework allowing the Organization to respond more predictably when "
     "human mobility lies at the heart of an emergency;"),
    ("item", "(b)",
     "the stabilization of the Administrative Part of the Budget, which had been held at zero "
     "nominal growth for several years while field operations had more than doubled;"),
    ("item", "(c)",
     "the strengthening of security arrangements for staff serving in high-risk duty stations; "
     "and"),
    ("item", "(d)",
     "preparations for the High-level Dialogue on International Migration and Development to be "
     "convened by the United Nations General Assembly in 2013."),
    ("para", "7.",
     "Several delegations commended the speed of the response in North Africa and the Sahel. Some "
     "asked how income from project-related overheads would be used in the coming year; others "
     "urged the Administration to keep consulting Member States on the draft crisis framework "
     "before it went to the Council. One delegation, speaking on behalf of a regional group, "
     "underlined the importance of equitable geographical representation among senior staff."),
    ("para", "8.", "The Standing Committee took note of the statement by the Director General."),

    ("heading", "IV.", "FINANCIAL REPORT FOR THE YEAR ENDED 31 DECEMBER 2011"),
    ("para", "9.",
     "The Administration introduced the Financial Report for the Year Ended 31 December 2011.[[2]] "
     "Combined expenditure under the Administrative and Operational Parts of the Budget had "
     "reached USD 1,309.2 million, an increase of 3.8 per cent over 2010. Expenditure under the "
     "Administrative Part of the Budget amounted to CHF 39,388,000, in line with the approved "
     "budget, and the Operational Part closed with a small positive balance that was carried "
     "forward to 2012."),
    ("para", "10.",
     "The representative of the External Auditor presented his report and stated that the "
     "financial statements gave a true and fair view of the financial position of the "
     "Organization at 31 December 2011. He noted the progress made towards the adoption of the "
     "International Public Sector Accounting Standards and recommended that the review of "
     "long-term staff liabilities be completed before the end of 2012."),
    ("para", "11.", "The Standing Committee took note of the report of the External Auditor."),
    ("para", "12.",
     "The Standing Committee recommended that the Council approve the Financial Report for the "
     "Year Ended 31 December 2011."),

    ("heading", "V.",
     "STATUS REPORT ON OUTSTANDING CONTRIBUTIONS TO THE ADMINISTRATIVE PART OF THE BUDGET"),
    ("para", "13.",
     "The Administration presented the latest status report on outstanding contributions,[[3]] "
     "noting that payments had been received from 11 Member States since the Ninth Session of "
     "the Standing Committee in November 2011 and that three Member States had since agreed "
     "payment plans with the Administration."),
    ("para", "14.",
     "As at 31 May 2012, contributions outstanding for 2011 and prior years were distributed as "
     "follows:"),
    ("table", {
        "caption": "(as at 31 May 2012)",
        "head": ["Arrears", "Member States", "Amount (CHF)"],
        "rows": [
            ["Two or more consecutive years in arrears", "14", "2,187,433"],
            ["Less than two years in arrears", "22", "1,225,175"],
            ["Total", "36", "3,412,608"],
        ],
        "widths": [85.0, 31.0, 31.0],
    }),
    ("cont",
     "against CHF 4,458,998 at 31 December 2011, a reduction of CHF 1,046,390 in five months. "
     "Contributions for 2012 received by the end of May represented 62 per cent of the amount "
     "assessed for the year."),
    ("para", "15.",
     "Several delegations expressed concern at the number of Member States still subject to "
     "Article 4 of the Constitution and encouraged them to make use of payment plans. The "
     "Administration confirmed that it would continue to approach the countries concerned "
     "individually."),
    ("para", "16.",
     "The Standing Committee took note of the status report on outstanding contributions to the "
     "Administrative Part of the Budget. It recommended that the Council call upon all Member "
     "States with contributions outstanding for two or more consecutive years to pay them in "
     "full or to agree on a payment plan with the Administration."),

    ("heading", "VI.", "REVISION OF THE PROGRAMME AND BUDGET FOR 2012"),
    ("para", "17.",
     "The Administration introduced the Revision of the Programme and Budget for 2012 (S/10/4). "
     "The Administrative Part of the Budget remained at CHF 39,388,000, the level approved by the "
     "Council in Resolution No. 1229 of 5 December 2011. The Operational Part of the Budget had "
     "been revised from USD 693.4 million, the figure presented in document MC/2322, to "
     "USD 1,024.8 million, mainly as a result of new funding for emergency and post-crisis "
     "operations."),
    ("para", "18.",
     "Delegations welcomed the increase in operational funding but observed that much of it was "
     "earmarked for short-term activities. One delegation asked that future revisions show "
     "separately the staff and office costs financed from project funds."),
    ("para", "19.",
     "The Standing Committee took note of the Revision of the Programme and Budget for 2012 as "
     "set out in document S/10/4."),

    ("heading", "VII.", "OTHER ITEMS"),
    ("sub", "A.", "Human resources management"),
    ("para", "20.",
     "The Administration presented its report on human resources management (S/10/6). As at "
     "31 December 2011 the Organization employed 8,021 persons, of whom 1,012 were officials and "
     "7,009 employees. The report described, among other things:"),
    ("item", "(a)",
     "the gender balance among officials, which had improved to 41 per cent women;"),
    ("item", "(b)",
     "the geographical distribution of officials, who were drawn from 121 nationalities; and"),
    ("item", "(c)",
     "the rotation policy for staff in field duty stations, which would be reviewed in 2013."),
    ("para", "21.",
     "The Standing Committee took note of the report on human resources management."),
    ("sub", "B.", "Migration Crisis Operational Framework"),
    ("para", "22.",
     "The Administration gave an oral update on the consultations held since April 2012 on a "
     "Migration Crisis Operational Framework, a draft of which had been circulated as document "
     "S/10/8. The framework would set out the sectors of assistance in which IOM could support "
     "States before, during and after a crisis, building on existing mandates and partnerships "
     "within the humanitarian system."),
    ("para", "23.",
     "Delegations broadly supported the approach but asked that the framework remain consistent "
     "with the cluster system and with the primary responsibility of States. The Standing "
     "Committee recommended that the Council consider the draft framework, revised in the light "
     "of the comments made, at its 101st Session in November 2012."),

    ("heading", "VIII.", "CLOSING OF THE SESSION"),
    ("para", "24.",
     "The Chairperson declared the Tenth Session of the Standing Committee on Programmes and "
     "Finance closed on Wednesday, 27 June 2012, at 12.40 p.m."),
]

MARK = re.compile(r"^(.*?)\[\[(\d+)\]\](.*)$")


class Doc(FPDF):
    pass


pdf = Doc(orientation="P", unit="mm", format="A4")
pdf.set_auto_page_break(False)
pdf.set_margins(X0, 20, PAGE_W - X0 - W)


def sw(text, size=FS, style=""):
    pdf.set_font("Times", style, size)
    return pdf.get_string_width(text)


# ---------------------------------------------------------------- tokens and line breaking
def tokens(text, size=FS, style=""):
    """Split text into words; each word -> (word, marker or None, width)."""
    out = []
    for raw in text.split():
        m = MARK.match(raw)
        if m:
            word = m.group(1)
            mk = m.group(2)
            tail = m.group(3)
            wd = sw(word, size, style) + sw(mk, size * 0.62) + (sw(tail, size, style) if tail else 0)
            out.append((word, mk, tail, wd))
        else:
            out.append((raw, None, "", sw(raw, size, style)))
    return out


def break_lines(toks, widths, size=FS, style=""):
    """Greedy break. widths: function(line_index) -> available width."""
    space = sw(" ", size, style)
    lines, cur, cur_w = [], [], 0.0
    for t in toks:
        avail = widths(len(lines))
        add = t[3] if not cur else cur_w + space + t[3]
        if cur and add > avail:
            lines.append(cur)
            cur, cur_w = [t], t[3]
        else:
            cur.append(t)
            cur_w = add
    if cur:
        lines.append(cur)
    return lines


# ---------------------------------------------------------------- page state
state = {"page": 0, "y": TOP, "fns": []}


def fn_block_height(nums):
    if not nums:
        return 0.0
    h = 4.0  # gap and rule
    for n in nums:
        toks = tokens(FOOTNOTES[n], FN_FS)
        h += len(break_lines(toks, lambda i: W - 5.0, FN_FS)) * FN_LH + 0.6
    return h


def draw_word_run(x, y, tok, size=FS, style=""):
    word, mk, tail, _ = tok
    pdf.set_font("Times", style, size)
    pdf.text(x, y, word)
    x += sw(word, size, style)
    if mk:
        pdf.set_font("Times", "", size * 0.62)
        pdf.text(x, y - size * 0.35 * 0.3528, mk)
        x += sw(mk, size * 0.62)
    if tail:
        pdf.set_font("Times", style, size)
        pdf.text(x, y, tail)


def draw_line(x, y, line, avail, justify, size=FS, style=""):
    space = sw(" ", size, style)
    natural = sum(t[3] for t in line) + space * (len(line) - 1)
    gap = space
    if justify and len(line) > 1:
        gap = space + (avail - natural) / (len(line) - 1)
    for t in line:
        draw_word_run(x, y, t, size, style)
        x += t[3] + gap


def finish_page():
    nums = state["fns"]
    if nums:
        h = fn_block_height(nums)
        y = BOTTOM - h + 2.0
        pdf.set_line_width(0.2)
        pdf.line(X0, y, X0 + 50.0, y)
        y += 2.0 + FN_LH - 0.8
        for n in nums:
            toks = tokens(FOOTNOTES[n], FN_FS)
            lines = break_lines(toks, lambda i: W - 5.0, FN_FS)
            pdf.set_font("Times", "", FN_FS * 0.7)
            pdf.text(X0, y - 1.1, str(n))
            for i, ln in enumerate(lines):
                draw_line(X0 + 5.0, y, ln, W - 5.0, i < len(lines) - 1, FN_FS)
                y += FN_LH
            y += 0.6
    state["fns"] = []


def new_page():
    if state["page"] > 0:
        finish_page()
    pdf.add_page()
    state["page"] += 1
    label = state["page"] - 1          # the cover is unnumbered; body pages are Page 1, 2, ...
    pdf.set_font("Times", "", 11)
    pdf.text(X0 + W - sw(SYMBOL, 11), 15.0, SYMBOL)
    lab = "Page %d" % label
    pdf.text(X0 + W - sw(lab, 11), 20.0, lab)
    state["y"] = TOP


def room_for(height, extra_fns=()):
    need = state["fns"] + [n for n in extra_fns if n not in state["fns"]]
    return state["y"] + height <= BOTTOM - fn_block_height(need)


def place_text_lines(lines, xs, avails, size=FS, style="", prefix=None, justify=True):
    """Place already broken lines; xs/avails are per-line functions. prefix=(x, text, style)."""
    for i, ln in enumerate(lines):
        marks = [t[1] for t in ln if t[1]]
        marks = [int(m) for m in marks]
        if not room_for(LH, marks):
            new_page()
        y = state["y"]
        if i == 0 and prefix:
            px, ptxt, pst = prefix
            pdf.set_font("Times", pst, size)
            pdf.text(px, y, ptxt)
        draw_line(xs(i), y, ln, avails(i), justify and i < len(lines) - 1, size, style)
        for m in marks:
            if m not in state["fns"]:
                state["fns"].append(m)
        state["y"] += LH


def block_para(num, text, keep_extra=0.0):
    toks = tokens(text)
    widths = lambda i: (W - TAB) if i == 0 else W
    lines = break_lines(toks, widths)
    if not room_for(LH * min(2, len(lines)) + keep_extra):
        new_page()
    place_text_lines(lines, lambda i: X0 + TAB if i == 0 else X0, widths, prefix=(X0, num, ""))
    state["y"] += 3.0


def block_cont(text):
    toks = tokens(text)
    lines = break_lines(toks, lambda i: W)
    place_text_lines(lines, lambda i: X0, lambda i: W)
    state["y"] += 3.0


def block_item(label, text):
    ind = 2 * TAB
    toks = tokens(text)
    lines = break_lines(toks, lambda i: W - ind)
    place_text_lines(lines, lambda i: X0 + ind, lambda i: W - ind, prefix=(X0 + TAB, label, ""))
    state["y"] += 2.0


def block_heading(num, text, sub=False):
    style = "B"
    toks = tokens(text, FS, style)
    lines = break_lines(toks, lambda i: W - TAB, FS, style)
    state["y"] += 3.0
    if not room_for(LH * (len(lines) + 3)):
        new_page()
    place_text_lines(lines, lambda i: X0 + TAB, lambda i: W - TAB, FS, style,
                     prefix=(X0, num, style), justify=False)
    state["y"] += 2.5


def block_table(spec):
    widths = spec["widths"]
    tx = X0 + TAB
    row_h = 6.2
    total_h = LH + 1.0 + row_h * (1 + len(spec["rows"])) + 3.0
    if not room_for(total_h):
        new_page()
    tw = sum(widths)
    # caption, centred over the table
    cap = spec["caption"]
    pdf.set_font("Times", "", 10)
    pdf.text(tx + (tw - sw(cap, 10)) / 2, state["y"], cap)
    state["y"] += 2.5
    top = state["y"]
    pdf.set_line_width(0.25)
    rows = [spec["head"]] + spec["rows"]
    for r, row in enumerate(rows):
        y0 = top + r * row_h
        x = tx
        bold = r == 0 or row[0] == "Total"
        for c, cell in enumerate(row):
            pdf.rect(x, y0, widths[c], row_h)
            st = "B" if bold else ""
            cw = sw(cell, 10, st)
            if c == 0:
                cx = x + 1.8
            elif r == 0:
                cx = x + (widths[c] - cw) / 2
            else:
                cx = x + widths[c] - 2.0 - cw
            pdf.set_font("Times", st, 10)
            pdf.text(cx, y0 + row_h - 1.9, cell)
            x += widths[c]
    state["y"] = top + row_h * len(rows) + 3.0 + LH - 1.0


# ---------------------------------------------------------------- cover
def cover():
    pdf.add_page()
    state["page"] = 1
    right = X0 + W
    pdf.set_font("Times", "B", 12)
    pdf.text(right - sw(SYMBOL, 12, "B"), 22.0, SYMBOL)
    for i, t in enumerate(["Original: English", "25 July 2012"]):
        pdf.set_font("Times", "", 11)
        pdf.text(right - sw(t, 11), 29.0 + i * 5.5, t)

    def centre(t, y, size, style=""):
        pdf.set_font("Times", style, size)
        pdf.text(X0 + (W - sw(t, size, style)) / 2, y, t)

    centre("STANDING COMMITTEE ON PROGRAMMES AND FINANCE", 62.0, 12, "B")
    centre("TENTH SESSION", 69.0, 12, "B")
    pdf.set_line_width(0.4)
    pdf.line(X0, 78.0, X0 + W, 78.0)
    centre("REPORT ON THE TENTH SESSION OF THE", 118.0, 14, "B")
    centre("STANDING COMMITTEE ON PROGRAMMES AND FINANCE", 125.5, 14, "B")
    centre("Geneva", 146.0, 12)
    centre("26-27 June 2012", 152.5, 12)
    centre("Rapporteur: Ms Nomvula Dlamini (South Africa)", 172.0, 12)

    # trilingual footer in three columns
    pdf.set_line_width(0.3)
    pdf.line(X0, 262.0, X0 + W, 262.0)
    cols = [["STANDING COMMITTEE ON", "PROGRAMMES AND FINANCE"],
            ["COMIT\u00c9 PERMANENT DES", "PROGRAMMES ET DES FINANCES"],
            ["COMIT\u00c9 PERMANENTE DE", "PROGRAMAS Y FINANZAS"]]
    cw = W / 3
    for c, lines in enumerate(cols):
        for i, t in enumerate(lines):
            pdf.set_font("Times", "B", 8)
            pdf.text(X0 + c * cw + (cw - sw(t, 8, "B")) / 2, 268.0 + i * 4.0, t)


cover()
new_page()
# running title repeated on the first text page
for i, t in enumerate(["REPORT ON THE TENTH SESSION OF THE",
                       "STANDING COMMITTEE ON PROGRAMMES AND FINANCE"]):
    pdf.set_font("Times", "B", 11)
    pdf.text(X0 + (W - sw(t, 11, "B")) / 2, state["y"] + i * LH, t)
state["y"] += 2 * LH + 4.0

def table_height(spec):
    return LH + 1.0 + 6.2 * (1 + len(spec["rows"])) + 3.0


prev = None
for k, b in enumerate(BODY):
    kind = b[0]
    if prev == "item" and kind != "item":
        state["y"] += 1.0
    prev = kind
    if kind == "heading":
        block_heading(b[1], b[2])
    elif kind == "sub":
        block_heading(b[1], b[2], sub=True)
    elif kind == "para":
        nxt = BODY[k + 1] if k + 1 < len(BODY) else None
        if nxt and nxt[0] == "table":
            # keep the lead-in of a paragraph together with the table it introduces
            lines = break_lines(tokens(b[2]), lambda i: (W - TAB) if i == 0 else W)
            block_para(b[1], b[2], keep_extra=LH * (len(lines) - 2) + 3.0 + table_height(nxt[1]))
        else:
            block_para(b[1], b[2])
    elif kind == "item":
        block_item(b[1], b[2])
    elif kind == "cont":
        block_cont(b[1])
    elif kind == "table":
        block_table(b[1])
finish_page()

pdf.set_title("Report on the Tenth Session of the Standing Committee on Programmes and Finance")
pdf.set_author("International Organization for Migration")
pdf.output(OUT)
print("wrote", OUT, "pages:", pdf.page_no())
