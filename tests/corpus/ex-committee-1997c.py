# Draws ex-committee-1997c.pdf: draft report on the Ninety-first Session of the
# IOM Executive Committee (July 1997), with fpdf2.
import os
import re
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "ex-committee-1997c.pdf")

SYMBOL = "MC/EX/611"
LM, RM, TOP, BOTTOM = 25.0, 20.0, 30.0, 274.0
PW = 210.0
TW = PW - LM - RM
FS = 12          # body font size
LH = 5.6         # body line height
FN_FS = 9.5
FN_LH = 4.3
TAB = 10.0

# ----------------------------------------------------------------- content
# Inline footnote markers are written {fn:N}.
FOOTNOTES = {
    "1": "The list of participants is reproduced in document MC/EX/608.",
    "2": "US dollar amounts have been converted at the rate of 1.45 Swiss francs to "
         "the US dollar used in preparing the revised estimates.",
}

BODY = [
    ("runtitle", "DRAFT REPORT ON THE NINETY-FIRST SESSION|OF THE EXECUTIVE COMMITTEE"),
    ("heading", "INTRODUCTION"),
    ("para", "1", "Pursuant to Resolution No. 948 (LXXII) of 26 November 1996, by which the "
     "Council elected the members of the Executive Committee for the period 1997-1998, the "
     "Committee met for its Ninety-first Session at the International Conference Centre, "
     "Geneva, on 2 and 3 July 1997. Four meetings were held in the course of the session."),
    ("heading", "ATTENDANCE"),
    ("para", "2", "Representatives of the following members of the Committee took part in "
     "the session: Argentina, Belgium, Canada, Colombia, Germany, Hungary, Japan, Kenya, "
     "Philippines, Switzerland, Thailand and United States of America.{fn:1}"),
    ("para", "3", "Australia, Austria, Chile, Egypt, Finland, France, Greece, Israel, Italy, "
     "Netherlands, Norway, Peru, Portugal, Sweden and Uganda, all of them Member States of the "
     "Organization, were represented by observers. Observers from the Office of the United "
     "Nations High Commissioner for Refugees (UNHCR) and the International Committee of the "
     "Red Cross also attended."),
    ("heading", "ELECTION OF OFFICERS"),
    ("para", "4", "At the opening meeting, on the morning of 2 July 1997, the Committee "
     "elected by acclamation H.E. Mr. P. Suvannarat (Thailand) as Chairman, Mr. D.M. Kariuki "
     "(Kenya) as Vice-Chairman and Mr. J. Kovács (Hungary) as Rapporteur."),
    ("para", "5", "In his opening remarks the newly elected Chairman expressed his gratitude "
     "for the confidence placed in his country and paid tribute to his predecessor for the "
     "skill with which the Committee's deliberations had been guided during the previous year."),
    ("heading", "ADOPTION OF THE AGENDA"),
    ("para", "6", "The provisional agenda circulated as document MC/EX/602 was adopted "
     "without amendment."),
    ("heading", "STATEMENT BY THE DIRECTOR GENERAL"),
    ("para", "7", "The Director General reviewed the Organization's activities during the "
     "first half of 1997. Operations in the Great Lakes region of Africa and in Bosnia and "
     "Herzegovina had placed unusual demands on field staff, while the number of migrants "
     "moved under resettlement programmes had remained close to the level of the previous "
     "year. He stressed that the steady growth of operational activities had not been matched "
     "by any increase in the resources available for the core structure of the Organization."),
    ("para", "8", "Turning to the future, he recalled that Resolution No. 923 (LXXI) had set "
     "out the broad directions of the Organization's work, and he expressed the hope that "
     "members would support the Administration's efforts to consolidate its regional presence "
     "without adding to the assessed contributions of Member States."),
    ("heading", "REPORT ON THE WORK OF THE ORGANIZATION FOR THE YEAR 1996"),
    ("para", "9", "The Committee had before it the report of the Director General on the "
     "work of the Organization for 1996 (MC/1893). Introducing the document, the Deputy "
     "Director General noted that almost 270,000 persons had received movement assistance "
     "during the year and that technical cooperation projects had been carried out in "
     "31 countries."),
    ("para", "10", "The representative of the United States of America welcomed the clear "
     "presentation of the report and said that her Government attached particular importance "
     "to the Organization's capacity to respond rapidly to sudden population displacements. "
     "She asked that future reports give more detail on the results of return programmes."),
    ("para", "11", "The representative of Colombia, speaking also on behalf of Argentina, "
     "said that information campaigns and the exchange of expertise among countries of the "
     "region had proved their value and should continue to receive adequate funding."),
    ("para", "12", "The representative of Japan observed that the Organization's "
     "cooperation with other international bodies, in particular UNHCR, had become closer, "
     "and encouraged the Administration to avoid any duplication of effort in the field."),
    ("para", "13", "The Committee adopted Resolution No. 98 (XCI), by which it took note "
     "with appreciation of document MC/1893 and decided to transmit it to the Council."),
    ("heading", "FINANCIAL REPORT FOR THE YEAR ENDED 31 DECEMBER 1996"),
    ("para", "14", "Presenting the financial report for 1996 (MC/1894), the Administration "
     "indicated that the Administrative Part of the Budget had closed with a small carry-over "
     "and that total expenditure under the Operational Part had reached USD 212.6 million. "
     "The accounts had been audited by the External Auditors, whose opinion was unqualified."),
    ("para", "15", "The representative of Germany said that the results reflected careful "
     "management, but that the share of projects funded through earmarked contributions left "
     "the Organization exposed to abrupt changes in donor priorities."),
    ("para", "16", "The Committee adopted Resolution No. 99 (XCI) on the financial report "
     "for the year ended 31 December 1996 and recommended that the Council approve it."),
    ("heading", "REPORT OF THE SUB-COMMITTEE ON BUDGET AND FINANCE"),
    ("para", "17", "The Chairman of the Sub-Committee on Budget and Finance presented the "
     "report on its Seventy-sixth Session, held on 12 June 1997 (MC/EX/607). The Sub-Committee "
     "had examined the revised estimates for 1997 and the status of contributions, and had "
     "discussed the method of calculating the scale of assessment for 1998."),
    ("para", "18", "After discussion, the Committee endorsed the conclusions of the "
     "Sub-Committee and agreed to recommend that the Council:"),
    ("item", "(a)", "approve the revised Administrative Part of the Budget for 1997 "
     "at the level shown in document MC/EX/604;"),
    ("item", "(b)", "urge Member States with contributions outstanding for two or more "
     "years to settle their arrears or to agree on a payment plan with the Administration; "
     "and"),
    ("item", "(c)", "request the Director General to present, at the next session of the "
     "Sub-Committee, proposals for an updated scale of assessment."),
    ("heading", "REVISION OF THE PROGRAMME AND BUDGET FOR 1997"),
    ("para", "19", "Introducing document MC/EX/604, the Administration explained that the "
     "estimates approved by the Council in November 1996 (MC/1882) had been revised to take "
     "account of new projects and of funding confirmed since then. The revised totals by "
     "programme are summarized in the table below.{fn:2}"),
    ("caption", "Revised estimates for 1997, by programme"),
    ("para", "20", "The representative of Switzerland said that his delegation could accept "
     "the revised figures, while noting that the Administrative Part remained unchanged in "
     "Swiss francs for the third consecutive year. He asked the Administration to keep "
     "staff costs under close review."),
    ("para", "21", "The representative of the Philippines welcomed the expanded programme "
     "of assisted return and expressed the readiness of her Government to share its "
     "experience in the protection of migrant workers."),
    ("para", "22", "The Committee took note of document MC/EX/604 and decided to submit "
     "the revised Programme and Budget for 1997 to the Council for approval."),
    ("heading", "STATUS OF CONTRIBUTIONS TO THE ADMINISTRATIVE PART OF THE BUDGET"),
    ("para", "23", "According to document MC/EX/605, contributions outstanding as at "
     "30 June 1997 amounted to CHF 4,112,560, of which CHF 2,873,410 related to previous "
     "years. The Committee noted that three Member States fell under the provisions of "
     "Article 4 of the Constitution."),
    ("para", "24", "The representative of Argentina informed the Committee that her "
     "Government had initiated the transfer of its contribution for 1996 and would settle "
     "the balance for 1997 before the end of the year."),
    ("heading", "OTHER BUSINESS"),
    ("para", "25", "The representative of Kenya proposed that the Administration organize "
     "an informal briefing on the Organization's operations in East Africa before the next "
     "session of the Council. The proposal was welcomed by the Committee."),
    ("heading", "CLOSURE OF THE SESSION"),
    ("para", "26", "The Chairman declared the Ninety-first Session of the Executive "
     "Committee closed at 12.45 p.m. on 3 July 1997."),
]

TABLE_HEAD = ["Programme", "US dollars", "Swiss francs"]
TABLE_ROWS = [
    ["Administrative Part of the Budget", 26080000, 37816000],
    ["Resettlement and Movement", 148420000, 215209000],
    ["Migration for Development", 17260000, 25027000],
    ["Technical Cooperation on Migration", 9540000, 13833000],
    ["Assisted Return", 21700000, 31465000],
]
assert all(round(r[1] * 1.45) == r[2] for r in TABLE_ROWS)
TOTAL_USD = sum(r[1] for r in TABLE_ROWS)
TOTAL_CHF = sum(r[2] for r in TABLE_ROWS)
assert TOTAL_USD == 223000000 and TOTAL_CHF == 323350000


# ----------------------------------------------------------------- engine
class Doc(FPDF):
    pass


pdf = Doc(unit="mm", format="A4")
pdf.set_auto_page_break(False)
pdf.set_margins(LM, TOP, RM)

state = {"y": TOP, "fns": [], "fn_h": 0.0, "used_fns": set()}


def fmt(n):
    return f"{n:,}"


def tokens(text):
    """Split text into words; each word is a list of (string, is_sup) runs."""
    words = []
    for w in text.split():
        runs = []
        pos = 0
        for m in re.finditer(r"\{fn:(\w+)\}", w):
            if m.start() > pos:
                runs.append((w[pos:m.start()], False))
            runs.append((m.group(1), True))
            pos = m.end()
        if pos < len(w):
            runs.append((w[pos:], False))
        words.append(runs)
    return words


def run_w(s, sup, size, style=""):
    pdf.set_font("Times", style, size * 0.6 if sup else size)
    return pdf.get_string_width(s)


def word_w(runs, size, style=""):
    return sum(run_w(s, sup, size, style) for s, sup in runs)


def wrap(words, first_w, other_w, size, style=""):
    pdf.set_font("Times", style, size)
    space = pdf.get_string_width(" ")
    lines, cur, cur_w = [], [], 0.0
    avail = first_w
    for w in words:
        ww = word_w(w, size, style)
        need = ww if not cur else cur_w + space + ww
        if cur and need > avail:
            lines.append(cur)
            cur, cur_w = [w], ww
            avail = other_w
        else:
            cur.append(w)
            cur_w = need
    if cur:
        lines.append(cur)
    return lines


def draw_line(words, x, width, y, size, justify, style=""):
    """Draw words with baseline y."""
    pdf.set_font("Times", style, size)
    space = pdf.get_string_width(" ")
    widths = [word_w(w, size, style) for w in words]
    gap = space
    if justify and len(words) > 1:
        gap = (width - sum(widths)) / (len(words) - 1)
    cx = x
    for w, ww in zip(words, widths):
        rx = cx
        for s, sup in w:
            if sup:
                pdf.set_font("Times", style, size * 0.6)
                pdf.text(rx, y - size * 0.14, s)
            else:
                pdf.set_font("Times", style, size)
                pdf.text(rx, y, s)
            rx += run_w(s, sup, size, style)
        cx += ww + gap


def fn_height(key):
    pdf.set_font("Times", "", FN_FS)
    lines = wrap(tokens(FOOTNOTES[key]), TW - 6, TW - 6, FN_FS)
    return len(lines) * FN_LH + 0.8


def new_fns_in(words):
    keys = []
    for w in words:
        for s, sup in w:
            if sup and s not in state["used_fns"]:
                keys.append(s)
    return keys


def page_header():
    pdf.set_font("Times", "", FS)
    n = pdf.page_no() - 1
    for i, s in enumerate([SYMBOL, f"Page {n}"]):
        pdf.text(PW - RM - pdf.get_string_width(s), 14 + i * 5.2, s)


def finish_page():
    if state["fns"]:
        h = state["fn_h"]
        y0 = BOTTOM - h - 3.0
        pdf.set_line_width(0.2)
        pdf.line(LM, y0, LM + 50, y0)
        y = y0 + 3.0
        for key in state["fns"]:
            lines = wrap(tokens(FOOTNOTES[key]), TW - 6, TW - 6, FN_FS)
            pdf.set_font("Times", "", FN_FS * 0.65)
            pdf.text(LM, y + FN_LH - 1.0 - 1.3, key)
            for i, ln in enumerate(lines):
                y += FN_LH
                draw_line(ln, LM + 6, TW - 6, y - 1.0, FN_FS, False)
            y += 0.8
    state["fns"], state["fn_h"] = [], 0.0


def new_page():
    finish_page()
    pdf.add_page()
    page_header()
    state["y"] = TOP


def limit():
    return BOTTOM - (state["fn_h"] + 4.0 if state["fns"] else 0.0)


def place_lines(lines, xs, widths, size=FS, lh=LH, keep_first=1, style="", last_justify=False):
    """Place wrapped lines; xs/widths are per-line functions of index."""
    # keep the first `keep_first` lines together with what precedes
    first_block = sum(lh for _ in lines[:keep_first])
    if state["y"] + first_block > limit():
        new_page()
    for i, ln in enumerate(lines):
        extra = sum(fn_height(k) for k in new_fns_in(ln))
        add_rule = 4.0 if (extra and not state["fns"]) else 0.0
        if state["y"] + lh > limit() - extra - add_rule:
            new_page()
        for k in new_fns_in(ln):
            state["fns"].append(k)
            state["used_fns"].add(k)
            state["fn_h"] += fn_height(k)
        justify = (i < len(lines) - 1) or last_justify
        draw_line(ln, xs(i), widths(i), state["y"] + lh * 0.75, size, justify, style)
        state["y"] += lh


def para_block(num, text):
    words = tokens(text)
    lines = wrap(words, TW - TAB, TW, FS)
    state["y"] += 3.2
    if state["y"] + min(2, len(lines)) * LH > limit():
        new_page()
    pdf.set_font("Times", "", FS)
    pdf.text(LM, state["y"] + LH * 0.75, num + ".")
    place_lines(lines, lambda i: LM + TAB if i == 0 else LM,
                lambda i: TW - TAB if i == 0 else TW, keep_first=min(2, len(lines)))


def item_block(label, text):
    ind = LM + TAB
    tx = LM + 2 * TAB
    words = tokens(text)
    lines = wrap(words, PW - RM - tx, PW - RM - tx, FS)
    state["y"] += 2.0
    if state["y"] + LH > limit():
        new_page()
    pdf.set_font("Times", "", FS)
    pdf.text(ind, state["y"] + LH * 0.75, label)
    place_lines(lines, lambda i: tx, lambda i: PW - RM - tx)


def heading(text):
    state["y"] += 6.0
    # keep heading with at least two lines of the next paragraph
    if state["y"] + LH + 3.2 + 2 * LH > limit():
        new_page()
    pdf.set_font("Times", "B", FS)
    pdf.text(LM, state["y"] + LH * 0.75, text)
    state["y"] += LH


def runtitle(text):
    pdf.set_font("Times", "", FS)
    for s in text.split("|"):
        pdf.text(LM + (TW - pdf.get_string_width(s)) / 2, state["y"] + LH * 0.75, s)
        state["y"] += LH
    state["y"] += 2.0


def caption_and_table(caption):
    row_h = 6.6
    n_rows = len(TABLE_ROWS) + 2
    need = 4.0 + LH + 1.5 + n_rows * row_h + 2.0
    state["y"] += 5.0
    if state["y"] + need > limit():
        new_page()
    pdf.set_font("Times", "B", FS)
    pdf.text(LM + (TW - pdf.get_string_width(caption)) / 2, state["y"] + LH * 0.75, caption)
    state["y"] += LH + 1.5
    cw = [83.0, 38.0, 38.0]
    x0 = LM + (TW - sum(cw)) / 2
    pdf.set_line_width(0.25)

    def row(cells, style, aligns):
        y = state["y"]
        x = x0
        for c, w, a in zip(cells, cw, aligns):
            pdf.rect(x, y, w, row_h)
            pdf.set_font("Times", style, FS - 1)
            sw = pdf.get_string_width(c)
            if a == "L":
                tx = x + 2.0
            elif a == "R":
                tx = x + w - 2.5 - sw
            else:
                tx = x + (w - sw) / 2
            pdf.text(tx, y + row_h * 0.68, c)
            x += w
        state["y"] += row_h

    row(TABLE_HEAD, "B", ["L", "C", "C"])
    for r in TABLE_ROWS:
        row([r[0], fmt(r[1]), fmt(r[2])], "", ["L", "R", "R"])
    row(["Total", fmt(TOTAL_USD), fmt(TOTAL_CHF)], "B", ["L", "R", "R"])
    state["y"] += 2.0


# ----------------------------------------------------------------- cover
def centred(text, y, style="", size=FS):
    pdf.set_font("Times", style, size)
    pdf.text(LM + (TW - pdf.get_string_width(text)) / 2, y, text)


def cover():
    pdf.add_page()
    pdf.set_font("Times", "B", FS)
    blk_x = PW - RM - 45
    pdf.text(blk_x, 22, SYMBOL)
    pdf.set_font("Times", "", FS)
    pdf.text(blk_x, 28, "Original: English")
    pdf.text(blk_x, 34, "14 July 1997")
    centred("NINETY-FIRST SESSION", 62, "B")
    # typed underscore rule under the session line
    centred("_" * 30, 66)
    centred("DRAFT REPORT ON THE NINETY-FIRST SESSION", 110, "B", 14)
    centred("OF THE EXECUTIVE COMMITTEE", 117, "B", 14)
    centred("Geneva", 140)
    centred("2-3 July 1997", 146)
    centred("Rapporteur: Mr. J. Kovács (Hungary)", 164)
    # cover note
    pdf.set_font("Times", "", FS)
    pdf.text(LM, 228, "__________")
    note = ("Delegations wishing to propose corrections to this draft are requested to "
            "submit them in writing to the Meetings Secretariat by 8 August 1997.")
    lines = wrap(tokens(note), TW, TW, FS - 1)
    y = 235
    for i, ln in enumerate(lines):
        draw_line(ln, LM, TW, y, FS - 1, i < len(lines) - 1)
        y += 5.0
    # trilingual footer
    pdf.set_font("Times", "B", FS - 1)
    pdf.text(LM, 284, "EXECUTIVE COMMITTEE")
    mid = "COMITÉ EXÉCUTIF"
    pdf.text(LM + (TW - pdf.get_string_width(mid)) / 2, 284, mid)
    right = "COMITÉ EJECUTIVO"
    pdf.text(PW - RM - pdf.get_string_width(right), 284, right)


cover()
pdf.add_page()
page_header()
state["y"] = TOP
for blk in BODY:
    kind = blk[0]
    if kind == "runtitle":
        runtitle(blk[1])
    elif kind == "heading":
        heading(blk[1])
    elif kind == "para":
        para_block(blk[1], blk[2])
    elif kind == "item":
        item_block(blk[1], blk[2])
    elif kind == "caption":
        caption_and_table(blk[1])
finish_page()
pdf.output(OUT)
print("pages:", pdf.page_no())
