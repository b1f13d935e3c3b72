# Draws programme-budget-2010.pdf: an invented MC-era "Revision of the Programme and Budget for 2010"
# (Executive Committee document MC/EX/704) with fpdf2 core fonts.
from fpdf import FPDF

SYMBOL = "MC/EX/704"
LEFT, RIGHT = 25.0, 185.0
NUM_X, TEXT_X = 25.0, 37.0          # paragraph number hangs in the margin, text indented
ITEM_LABEL_X, ITEM_TEXT_X = 37.0, 47.0
SUB_LABEL_X, SUB_TEXT_X = 47.0, 57.0
BODY_TOP = 34.0
FOOT_END = 284.0
LH = 5.3                              # body line height (mm)
PARA_GAP = 3.2
FN_LH = 4.2

pdf = FPDF(format="A4", unit="mm")
pdf.core_fonts_encoding = "windows-1252"
pdf.set_auto_page_break(False)
pdf.set_title("Revision of the Programme and Budget for 2010")
pdf.set_author("International Organization for Migration")

state = {"y": BODY_TOP, "page_label": 0, "footnotes": []}


# --------------------------------------------------------------------------- helpers
def font(style="", size=12):
    pdf.set_font("Times", style, size)


def text_right(x_right, y, s, style="", size=12):
    font(style, size)
    pdf.text(x_right - pdf.get_string_width(s), y, s)


def text_center(y, s, style="", size=12, x0=LEFT, x1=RIGHT):
    font(style, size)
    pdf.text((x0 + x1) / 2 - pdf.get_string_width(s) / 2, y, s)


def tokens_of(segments):
    """segments: list of str or ('sup', marker). Returns list of words; a word is a list of (text, kind)."""
    words = []
    for seg in segments:
        if isinstance(seg, tuple):
            # marker glued to the preceding word
            words[-1].append((seg[1], "sup"))
        else:
            for w in seg.split():
                words.append([(w, "n")])
    return words


def word_width(word, size=12, style=""):
    w = 0.0
    for t, kind in word:
        font(style, size if kind == "n" else size * 0.62)
        w += pdf.get_string_width(t)
    return w


def wrap(segments, width, size=12, style=""):
    words = tokens_of(segments)
    font(style, size)
    space = pdf.get_string_width(" ")
    lines, cur, cur_w = [], [], 0.0
    for wd in words:
        ww = word_width(wd, size, style)
        if cur and cur_w + space + ww > width:
            lines.append(cur)
            cur, cur_w = [wd], ww
        else:
            cur_w = ww if not cur else cur_w + space + ww
            cur.append(wd)
    if cur:
        lines.append(cur)
    return lines


def draw_line(words, x, y, size=12, style=""):
    pieces = []   # merged (text, kind)
    for i, wd in enumerate(words):
        parts = list(wd)
        if i > 0:
            parts[0] = (" " + parts[0][0], parts[0][1]) if parts[0][1] == "n" else parts[0]
        for t, kind in parts:
            if kind == "n" and pieces and pieces[-1][1] == "n":
                pieces[-1] = (pieces[-1][0] + t, "n")
            else:
                pieces.append((t, kind))
    cx = x
    for t, kind in pieces:
        if kind == "n":
            font(style, size)
            pdf.text(cx, y, t)
        else:
            font(style, size * 0.62)
            pdf.text(cx, y - size * 0.13, t)
        cx += pdf.get_string_width(t)


def markers_in(words):
    return [t for wd in words for t, kind in wd if kind == "sup"]


FOOTNOTE_TEXT = {}


def footnote_block_height(markers):
    if not markers:
        return 0.0
    h = 6.0
    for m in markers:
        h += len(wrap([FOOTNOTE_TEXT[m]], RIGHT - LEFT - 5, size=10)) * FN_LH + 1.0
    return h


def body_bottom(markers):
    return FOOT_END - footnote_block_height(markers) - 2.0


def draw_footnotes():
    markers = state["footnotes"]
    if not markers:
        return
    y = FOOT_END - footnote_block_height(markers) + 6.0
    pdf.set_line_width(0.2)
    pdf.line(LEFT, y - 5.0, LEFT + 50, y - 5.0)
    for m in markers:
        lines = wrap([FOOTNOTE_TEXT[m]], RIGHT - LEFT - 5, size=10)
        font("", 6.5)
        pdf.text(LEFT, y - 1.4, m)
        for ln in lines:
            draw_line(ln, LEFT + 5, y, size=10)
            y += FN_LH
        y += 1.0


def running_header():
    text_right(RIGHT, 15, SYMBOL, size=11)
    text_right(RIGHT, 20, "Page %d" % state["page_label"], size=11)


def new_page():
    draw_footnotes()
    pdf.add_page()
    state["page_label"] += 1
    state["footnotes"] = []
    state["y"] = BODY_TOP
    running_header()


def ensure(height, new_markers=()):
    if state["y"] + height > body_bottom(state["footnotes"] + list(new_markers)):
        new_page()


def gap(h):
    state["y"] += h


def para_lines(words_lines, x, first_label=None, label_x=None, size=12, style=""):
    for i, ln in enumerate(words_lines):
        mk = markers_in(ln)
        ensure(LH, mk)
        y = state["y"] + LH * 0.75
        if i == 0 and first_label is not None:
            font(style, size)
            pdf.text(label_x, y, first_label)
        draw_line(ln, x, y, size=size, style=style)
        state["footnotes"].extend(mk)
        state["y"] += LH


def paragraph(num, segments):
    if state.get("last") == "item":
        gap(PARA_GAP * 0.6)
    state["last"] = "para"
    lines = wrap(segments, RIGHT - TEXT_X)
    if len(lines) <= 3:
        ensure(LH * len(lines))
    else:
        ensure(LH * 2)
    para_lines(lines, TEXT_X, "%d." % num, NUM_X)
    gap(PARA_GAP)


def item(label, segments, level=1):
    lx, tx = (ITEM_LABEL_X, ITEM_TEXT_X) if level == 1 else (SUB_LABEL_X, SUB_TEXT_X)
    state["last"] = "item"
    lines = wrap(segments, RIGHT - tx)
    ensure(LH * min(2, len(lines)))
    para_lines(lines, tx, label, lx)
    gap(PARA_GAP * 0.8)


def heading(num, lines):
    ensure(LH * (len(lines) + 3) + 4)
    gap(1.5)
    for i, ln in enumerate(lines):
        y = state["y"] + LH * 0.75
        font("B", 12)
        if i == 0:
            pdf.text(NUM_X, y, num + ".")
        pdf.text(TEXT_X, y, ln)
        state["y"] += LH
    gap(PARA_GAP + 1)


# --------------------------------------------------------------------------- tables
TROW = 4.9
TSIZE = 10


def table(caption, col_rights, col_width, head_lines, rows, note=None, label_width=68,
          total_rule_before=()):
    """rows: list of (label, [figures] or None, style). Figures right-aligned at col_rights."""
    # height estimate
    nrows = 0
    for label, figs, style in rows:
        nrows += len(wrap([label], label_width, size=TSIZE, style=style)) if figs is not None else 1
    h = 8 + len(head_lines) * 4.4 + 3 + nrows * TROW + (10 if note else 0) + 6
    ensure(h)
    y = state["y"]
    font("B", 11)
    pdf.text(LEFT, y + 4, caption)
    y += 8
    pdf.set_line_width(0.3)
    pdf.line(LEFT, y, RIGHT, y)
    y += 1
    for hl in head_lines:
        y += 4.4
        for xr, s in zip(col_rights, hl):
            if s:
                text_center(y - 1, s, "B", 9.5, xr - col_width, xr)
    y += 2
    pdf.set_line_width(0.2)
    pdf.line(LEFT, y, RIGHT, y)
    y += 0.5
    for label, figs, style in rows:
        if label in total_rule_before:
            pdf.line(col_rights[0] - col_width + 4, y + 0.4, RIGHT, y + 0.4)
        if figs is None:
            y += TROW
            font(style, TSIZE)
            pdf.text(LEFT + 1, y - 1.2, label)
            continue
        lab_lines = wrap([label], label_width, size=TSIZE, style=style)
        for i, ln in enumerate(lab_lines):
            y += TROW
            draw_line(ln, LEFT + 1 + (4 if (i > 0) else 0), y - 1.2, size=TSIZE, style=style)
            if i == 0:
                for xr, f in zip(col_rights, figs):
                    text_right(xr - 2, y - 1.2, f, style, TSIZE)
    y += 1.5
    pdf.set_line_width(0.3)
    pdf.line(LEFT, y, RIGHT, y)
    if note:
        y += 1.5
        for ln in wrap([note], RIGHT - LEFT, size=9):
            y += 4
            draw_line(ln, LEFT, y, size=9)
    state["y"] = y + 6


# --------------------------------------------------------------------------- content
FOOTNOTE_TEXT["1"] = ("Resolution No. 1183 of 26 November 2009, adopted at the Ninety-eighth Session "
                      "of the Council.")
FOOTNOTE_TEXT["2"] = ("Funding confirmed for the response in Haiti up to 31 March 2010 amounted to "
                      "USD 61.4 million. The activities concerned are described in document MC/INF/304.")
FOOTNOTE_TEXT["3"] = ("The regional presentation is the same as that used in the Revision of the "
                      "Programme and Budget for 2009 (MC/EX/693), with which the figures for previous "
                      "years may be compared.")

# ---- cover page
pdf.add_page()
text_right(RIGHT, 22, SYMBOL, "B", 12)
text_right(RIGHT, 28, "Original: English", "", 12)
text_right(RIGHT, 34, "23 April 2010", "", 12)
text_center(72, "HUNDRED AND SEVENTH SESSION", "B", 12)
text_center(76, "_" * 62, "", 12)
text_center(118, "REVISION OF THE PROGRAMME", "B", 14)
text_center(125, "AND BUDGET FOR 2010", "B", 14)
font("", 12)
pdf.text(LEFT, 236, "__________")
cy = 243
for ln in wrap(["This document is submitted to the Standing Committee on Programmes and Finance at its "
                "Sixth Session in May 2010 and to the Executive Committee at its Hundred and seventh "
                "Session in June 2010."], RIGHT - LEFT, size=12):
    draw_line(ln, LEFT, cy, size=12)
    cy += LH
text_center(284, "EXECUTIVE COMMITTEE          COMITÉ EXÉCUTIF          COMITÉ EJECUTIVO", "B", 9)

# ---- body
new_page()
text_center(state["y"] + 4, "REVISION OF THE PROGRAMME AND BUDGET FOR 2010", "B", 12)
gap(13)

heading("I", ["INTRODUCTION"])
paragraph(1, ["The Programme and Budget for 2010 (MC/2284) was approved by the Council in November 2009.",
              ("sup", "1"),
              "In accordance with established practice, the Administration presents this revision in order "
              "to reflect the changes in funding and activities that have occurred since the approved budget "
              "was prepared in the third quarter of 2009, and to inform Member States of the resulting "
              "adjustments to the budget levels and to staffing. The figures are based on the information "
              "available to the Administration on 31 March 2010."])
paragraph(2, ["The Administrative Part of the Budget remains at the level approved by the Council, namely "
              "CHF 39,388,000, in keeping with the principle of zero nominal growth. The Operational Part of "
              "the Budget, which is funded from voluntary contributions for specific projects, has risen from "
              "USD 1,049,698,000 to USD 1,314,574,500. Discretionary Income is now estimated at "
              "USD 38,500,000, or USD 1,500,000 less than the amount foreseen in document MC/2284. The "
              "contributions assessed on Member States for 2010 are therefore unchanged."])
paragraph(3, ["The comments made by Member States at the Fifth Session of the Standing Committee on "
              "Programmes and Finance, as recorded in the report on that session (SCPF/37), have been taken "
              "into account in the preparation of this document. The revision follows the structure of the "
              "approved budget, so that the two documents can be read side by side. At the request of several "
              "delegations, it also shows the changes in staffing by grade and the distribution of the "
              "Operational Part by region, neither of which was given in the revision for the previous year. "
              "Other suggestions made at that session, including those concerning the presentation of "
              "Discretionary Income, will be addressed in the Programme and Budget for 2011."])

paragraph(4, ["As in the approved budget, the Administrative Part has been calculated at an exchange rate "
              "of CHF 1.10 to the US dollar. The average rate recorded in the first quarter of 2010 was "
              "somewhat lower, but since the Administrative Part is both budgeted and assessed in Swiss "
              "francs, movements in the exchange rate do not change its level. They do, however, affect the "
              "US dollar value of the Swiss franc costs of the Operational Part, which have been recalculated "
              "at the rate of CHF 1.06 to the US dollar applied by the Organization since 1 March 2010. The "
              "effect of that recalculation is included in the figures for staff and office costs, and a "
              "similar adjustment will be made in the Programme and Budget for 2011 should the rate remain "
              "at its present level."])

heading("II", ["SUMMARY OF REVISED BUDGET LEVELS"])
paragraph(5, ["Table 1 below compares the budget levels approved in MC/2284 with the revised levels "
              "proposed in this document. The Administrative Part is expressed in Swiss francs, while the "
              "Operational Part and Discretionary Income are expressed in US dollars. Figures in brackets "
              "denote a decrease, and a dash indicates that no change is proposed to the approved amount."])
D = "–"
table("Table 1: Summary of budget levels",
      [125, 155, 185], 30,
      [["Approved", "Revised", "Increase/"],
       ["budget for 2010", "budget", "(decrease)"],
       ["(MC/2284)", "for 2010", ""]],
      [("ADMINISTRATIVE PART (in Swiss francs)", None, "B"),
       ("Staff costs", ["30,150,000", "30,150,000", D], ""),
       ("Non-staff costs", ["9,238,000", "9,238,000", D], ""),
       ("Total Administrative Part", ["39,388,000", "39,388,000", D], "B"),
       ("OPERATIONAL PART (in US dollars)", None, "B"),
       ("Staff and office costs", ["327,614,300", "385,902,600", "58,288,300"], ""),
       ("Programme costs", ["722,083,700", "928,671,900", "206,588,200"], ""),
       ("Total Operational Part", ["1,049,698,000", "1,314,574,500", "264,876,500"], "B"),
       ("DISCRETIONARY INCOME (in US dollars)", None, "B"),
       ("Project-related overhead", ["34,000,000", "33,100,000", "(900,000)"], ""),
       ("Miscellaneous income", ["6,000,000", "5,400,000", "(600,000)"], ""),
       ("Total Discretionary Income", ["40,000,000", "38,500,000", "(1,500,000)"], "B")],
      total_rule_before=("Total Administrative Part", "Total Operational Part",
                         "Total Discretionary Income"))
paragraph(6, ["The overall increase of USD 264,876,500 in the Operational Part reflects new and expanded "
              "activities for which funding has been confirmed since the approved budget was prepared. It "
              "does not entail any increase in the contributions assessed on Member States, which remain "
              "unchanged."])
paragraph(7, ["The decrease in Discretionary Income results from the low interest rates paid on deposits "
              "and from delays in the start of several large projects, which have reduced the overhead "
              "expected in the first half of the year. The Administration will continue to follow the "
              "situation closely and will report any further change to the Standing Committee on Programmes "
              "and Finance at its autumn session."])

heading("III", ["ADMINISTRATIVE PART OF THE BUDGET"])
paragraph(8, ["The Administrative Part of the Budget for 2010 remains at CHF 39,388,000. Within this amount "
              "the Administration has made a small number of adjustments to staffing, which are shown by "
              "grade in Table 2. The adjustments have no effect on the total level of the Administrative "
              "Part and are met from savings made under non-staff costs, chiefly communications and the "
              "maintenance of premises at Headquarters."])
table("Table 2: Staffing of the Administrative Part by grade",
      [125, 155, 185], 30,
      [["Approved 2010", "Revised", "Increase/"],
       ["(MC/2284)", "2010", "(decrease)"]],
      [("Ungraded (Director General and Deputy Director General)", ["2", "2", D], ""),
       ("D-2", ["4", "4", D], ""),
       ("D-1", ["13", "14", "1"], ""),
       ("P-5", ["31", "32", "1"], ""),
       ("P-4", ["45", "44", "(1)"], ""),
       ("P-3", ["38", "39", "1"], ""),
       ("P-2", ["21", "20", "(1)"], ""),
       ("P-1", ["3", "3", D], ""),
       ("Total officials", ["157", "158", "1"], "B"),
       ("General Service staff", ["226", "224", "(2)"], ""),
       ("Total staff", ["383", "382", "(1)"], "B")],
      label_width=58,
      total_rule_before=("Total officials", "Total staff"))
paragraph(9, ["The changes to the staffing table are the following:"])
item("(a)", ["one D-1 position has been created for the Director of the Migration Health Division, whose "
             "post was previously funded from the Operational Part;"])
item("(b)", ["one P-4 position and one P-2 position in the Department of Resources Management have been "
             "reclassified at the P-5 and P-3 levels respectively, to reflect the responsibilities now "
             "attached to them; and"])
item("(c)", ["two General Service positions in Geneva have been abolished following the transfer of "
             "certain processing functions to the Manila Administrative Centre."])
paragraph(10, ["The Administration continues to review the distribution of core staff between Headquarters "
              "and the field. The outcome of that review will be reflected in the Programme and Budget for "
              "2011, which will be submitted to the Standing Committee on Programmes and Finance at its "
              "Seventh Session."])

heading("IV", ["OPERATIONAL PART OF THE BUDGET"])
paragraph(11, ["The Operational Part of the Budget is revised to USD 1,314,574,500, an increase of "
               "USD 264,876,500, or 25.2 per cent, over the level approved in MC/2284. The increase is "
               "mainly attributable to:"])
item("(a)", ["the expansion of emergency and post-crisis activities in Haiti after the earthquake of "
             "12 January 2010;", ("sup", "2")])
item("(b)", ["additional resettlement and movement activities in Asia and Oceania, in particular for "
             "refugees departing from Nepal and Thailand; and"])
item("(c)", ["new projects in the fields of migration health and counter-trafficking in Africa and in "
             "Europe."])
paragraph(12, ["The distribution of the Operational Part by region is shown in Table 3. Staff and office "
               "costs are the costs of the staff and offices that implement projects in the field, while "
               "programme costs cover the direct costs of the activities themselves, such as transport, "
               "medical examinations and assistance to beneficiaries."])
table("Table 3: Operational Part by region (in US dollars)",
      [130, 157.5, 185], 27.5,
      [["Staff and", "Programme", "Total revised"],
       ["office costs", "costs", "2010*"]],
      [("Africa", ["78,410,200", "186,240,800", "264,651,000"], ""),
       ("Middle East", ["36,215,900", "84,517,300", "120,733,200"], ""),
       ("Latin America and the Caribbean", ["52,687,400", "212,906,500", "265,593,900"], ""),
       ("North America", ["11,934,100", "29,163,200", "41,097,300"], ""),
       ("Asia and Oceania", ["96,328,700", "241,378,600", "337,707,300"], ""),
       ("Europe", ["71,502,300", "118,632,900", "190,135,200"], ""),
       ("Global support/services", ["38,824,000", "55,832,600", "94,656,600"], ""),
       ("Total", ["385,902,600", "928,671,900", "1,314,574,500"], "B")],
      note="* Includes projects approved and funded between 1 January and 31 March 2010, which were not "
           "known when the approved budget was prepared.",
      total_rule_before=("Total",))
paragraph(13, ["Latin America and the Caribbean shows the largest relative increase, owing mainly to the "
               "response in Haiti, while the figures for Asia and Oceania include the continuing large "
               "resettlement operations. The amounts shown under Global support/services relate to "
               "activities and services managed from Headquarters and from the Administrative Centres in "
               "Manila and Panama which cannot be attributed to a single region.", ("sup", "3")])
paragraph(14, ["The Operational Part will continue to change during the year as further projects are "
               "approved and funded. As in previous years, no second revision will be issued for 2010; the "
               "final figures will be presented in the Financial Report for the year ended "
               "31 December 2010."])

heading("V", ["DISCRETIONARY INCOME AND THE FUNDING OF THE", "STAFF SECURITY MECHANISM"])
paragraph(15, ["Discretionary Income is revised to USD 38,500,000, made up of project-related overhead of "
               "USD 33,100,000 and miscellaneous income of USD 5,400,000. The reasons for the lower estimate "
               "are given in paragraph 7 above. To absorb the shortfall of USD 1,500,000, the Administration "
               "proposes:"])
item("(a)", ["to defer to 2011 part of the planned investment in the information technology systems of "
             "the Organization; and"])
item("(b)", ["to meet the remaining gap through:"])
item("(i)", ["a reduction in travel and other non-staff costs funded from Discretionary Income; and"], 2)
item("(ii)", ["the use of part of the reserve built up from Discretionary Income in previous years."], 2)
paragraph(16, ["The Staff Security Mechanism will continue to be funded from Discretionary Income, in line "
               "with Resolution No. 1111 of 30 November 2004, at the level of USD 5,200,000 approved for "
               "2010. No change to that amount is proposed, although the security requirements of a number "
               "of field locations have grown since the beginning of the year."])
paragraph(17, ["The Administration wishes to thank the Member States that have made unearmarked "
               "contributions in 2010. Such contributions give the Organization the flexibility it needs to "
               "respond rapidly to emergencies and to support activities for which no other funding is "
               "available."])

heading("VI", ["CONCLUSION"])
paragraph(18, ["The Executive Committee is invited to take note of this Revision of the Programme and Budget "
               "for 2010 and to approve the revised levels of the Operational Part of the Budget and of "
               "Discretionary Income set out in Table 1."])

draw_footnotes()
pdf.output("programme-budget-2010.pdf")
