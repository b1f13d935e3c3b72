"""Summary of the Programme and Budget for 2025 (C/115/8), typeset with fpdf2 core fonts."""
import os
import re

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "programme-budget-2024.pdf")

SYMBOL = "C/115/8"
LM, RM = 25.0, 25.0
PAGE_W, PAGE_H = 210.0, 297.0
TW = PAGE_W - LM - RM
RX = PAGE_W - RM
TOP = 24.0
BODY_BOTTOM = 272.0          # lowest baseline region for body + footnotes
FONT = "Times"
FS = 11.5
LH = 5.6
NUM_INDENT = 10.0            # first line of a numbered paragraph starts after the "tab"
SUP_SIZE = 7.5
SUP_RAISE = 1.6

FOOTNOTES = {
    "1": "See document S/34/8, Revision of the Programme and Budget for 2024, issued on 16 May 2024. "
         "The Administrative Part of the Budget was left unchanged in that revision; the changes concerned "
         "Operational Support Income and the Operational Part of the Budget.",
    "2": "The proposed scale of assessment for 2025 is contained in document C/115/9. It is derived from "
         "the United Nations scale of assessment for 2025-2027, adjusted to reflect the membership of IOM.",
}


class Doc(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font(FONT, "", 10.5)
            self.set_xy(LM, 12)
            self.cell(TW, 5, SYMBOL, align="R")

    def footer(self):
        self.set_font(FONT, "", 10)
        self.set_xy(LM, PAGE_H - 16)
        self.cell(TW, 5, str(self.page_no()), align="C")


pdf = Doc(format="A4", unit="mm")
pdf.core_fonts_encoding = "windows-1252"
pdf.set_auto_page_break(False)
pdf.set_margins(LM, TOP, RM)
pdf.add_page()

state = {"y": 0.0, "notes": []}   # notes registered on the current page


def note_height(keys):
    if not keys:
        return 0.0
    h = 6.0  # gap + rule
    for k in keys:
        h += len(wrap_plain(FOOTNOTES[k], TW - 5, 9.5)) * 4.3 + 0.8
    return h


def wrap_plain(text, width, size, style=""):
    pdf.set_font(FONT, style, size)
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        t = (cur + " " + w) if cur else w
        if pdf.get_string_width(t) <= width:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def draw_notes():
    keys = state["notes"]
    if not keys:
        return
    h = note_height(keys)
    y = BODY_BOTTOM - h + 4.0
    pdf.set_draw_color(0)
    pdf.set_line_width(0.2)
    pdf.line(LM, y, LM + 45, y)
    y += 2.0
    for k in keys:
        lines = wrap_plain(FOOTNOTES[k], TW - 5, 9.5)
        for i, ln in enumerate(lines):
            y += 4.3
            if i == 0:
                pdf.set_font(FONT, "", 6.5)
                pdf.text(LM, y - 1.5, k)
            pdf.set_font(FONT, "", 9.5)
            pdf.text(LM + 5, y, ln)
        y += 0.8


def new_page():
    draw_notes()
    state["notes"] = []
    pdf.add_page()
    state["y"] = TOP + 4


def limit(extra_notes=()):
    return BODY_BOTTOM - note_height(state["notes"] + [k for k in extra_notes if k not in state["notes"]])


TOKEN = re.compile(r"\{\^([^}]+)\}")


def split_word(word):
    """A word may carry a raised marker written {^n}. Returns [(text, sup)]."""
    parts, pos = [], 0
    for m in TOKEN.finditer(word):
        if m.start() > pos:
            parts.append((word[pos:m.start()], False))
        parts.append((m.group(1), True))
        pos = m.end()
    if pos < len(word):
        parts.append((word[pos:], False))
    return parts


def word_width(parts, style):
    w = 0.0
    for t, sup in parts:
        pdf.set_font(FONT, style, SUP_SIZE if sup else FS)
        w += pdf.get_string_width(t)
    return w


def draw_word(x, y, parts, style):
    for t, sup in parts:
        if sup:
            pdf.set_font(FONT, style, SUP_SIZE)
            pdf.text(x, y - SUP_RAISE, t)
        else:
            pdf.set_font(FONT, style, FS)
            pdf.text(x, y, t)
        x += word_width([(t, sup)], style)


def flow(text, x_first, x_rest, style="", label=None, label_x=None, space_after=3.2, justify=True):
    words = [split_word(w) for w in text.split(" ")]
    pdf.set_font(FONT, style, FS)
    space = pdf.get_string_width(" ")
    # break into lines
    lines, cur, curw = [], [], 0.0
    width = RX - x_first
    for wp in words:
        ww = word_width(wp, style)
        add = ww if not cur else curw + space + ww
        if cur and add > width:
            lines.append(cur)
            cur, curw = [wp], ww
            width = RX - x_rest
        else:
            cur.append(wp)
            curw = add
    if cur:
        lines.append(cur)
    for i, ln in enumerate(lines):
        x0 = x_first if i == 0 else x_rest
        marks = [t for wp in ln for t, sup in wp if sup]
        if state["y"] + LH > limit(marks):
            new_page()
        state["y"] += LH
        y = state["y"]
        for k in marks:
            if k not in state["notes"]:
                state["notes"].append(k)
        if i == 0 and label is not None:
            pdf.set_font(FONT, style, FS)
            pdf.text(label_x, y, label)
        widths = [word_width(wp, style) for wp in ln]
        gap = space
        if justify and i < len(lines) - 1 and len(ln) > 1:
            gap = (RX - x0 - sum(widths)) / (len(ln) - 1)
            if gap > 2.4 * space:
                gap = space
        x = x0
        for wp, ww in zip(ln, widths):
            draw_word(x, y, wp, style)
            x += ww + gap
    state["y"] += space_after


def para(n, text):
    flow(text, LM + NUM_INDENT, LM, label=f"{n}.", label_x=LM)


def item(lab, text, last=False):
    flow(text, LM + 20, LM + 20, label=lab, label_x=LM + 10, space_after=2.4 if not last else 3.2)


def heading(num, words):
    if state["y"] + 3 * LH + 6 > limit():
        new_page()
    state["y"] += 2.5 + LH
    pdf.set_font(FONT, "B", FS)
    pdf.text(LM, state["y"], num)
    pdf.text(LM + 10, state["y"], words)
    state["y"] += 3.5


def fmt(v):
    s = f"{abs(v):,}"
    return f"({s})" if v < 0 else s


def table(caption, heads, rows, note=None, star_row=None):
    """rows: [(label, a, b)]; change column computed and checked. Kept on one page."""
    n = len(rows) + 1
    h = 8 + 12 + n * 5.6 + 8 + (10 if note else 0)
    if state["y"] + h > limit():
        new_page()
    y = state["y"] + 4
    pdf.set_font(FONT, "B", 10.5)
    pdf.text(LM, y + 4, caption)
    y += 8
    cols = [LM + 94, LM + 122, LM + 150]   # right edges of the figure columns, last = RX
    cols[-1] = RX
    colw = 27
    pdf.set_line_width(0.3)
    pdf.line(LM, y, RX, y)
    pdf.set_font(FONT, "B", 10)
    for (h1, h2), right in zip(heads, cols):
        for k, t in enumerate((h1, h2)):
            if t:
                wt = pdf.get_string_width(t)
                pdf.text(right - wt, y + 4.6 + 4.4 * k, t)
    y += 11
    pdf.set_line_width(0.2)
    pdf.line(LM, y, RX, y)
    tot_a = sum(r[1] for r in rows)
    tot_b = sum(r[2] for r in rows)
    allrows = rows + [("Total", tot_a, tot_b)]
    for i, (lab, a, b) in enumerate(allrows):
        is_total = i == len(rows)
        if is_total:
            pdf.line(LM, y + 1.2, RX, y + 1.2)
            y += 1.2
        y += 5.6
        style = "B" if is_total else ""
        pdf.set_font(FONT, style, 10.5)
        pdf.text(LM + 1, y, lab)
        if star_row == lab:
            lw = pdf.get_string_width(lab)
            pdf.set_font(FONT, style, SUP_SIZE)
            pdf.text(LM + 1 + lw, y - SUP_RAISE, "*")
            pdf.set_font(FONT, style, 10.5)
        for v, right in zip((a, b, b - a), cols):
            t = fmt(v)
            pdf.text(right - pdf.get_string_width(t), y, t)
    y += 2.2
    pdf.set_line_width(0.3)
    pdf.line(LM, y, RX, y)
    if note:
        pdf.set_font(FONT, "", 9.5)
        y += 4.8
        for ln in wrap_plain(note, TW, 9.5):
            pdf.text(LM, y, ln)
            y += 4.3
        y -= 4.3
    state["y"] = y + 6
    return tot_a, tot_b


# ---------------------------------------------------------------- cover block
pdf.set_font(FONT, "B", 11.5)
y = 22
for t, st in ((SYMBOL, "B"), ("Original: English", ""), ("11 October 2024", "")):
    pdf.set_font(FONT, st, 11)
    pdf.text(RX - pdf.get_string_width(t), y, t)
    y += 5.2
y += 12
for t, st, sz in (("COUNCIL", "B", 12), ("115th Session", "", 11.5)):
    pdf.set_font(FONT, st, sz)
    pdf.text(PAGE_W / 2 - pdf.get_string_width(t) / 2, y, t)
    y += 6
y += 10
for t in ("PROGRAMME AND BUDGET FOR 2025:", "SUMMARY OF THE MAIN ELEMENTS"):
    pdf.set_font(FONT, "B", 12.5)
    pdf.text(PAGE_W / 2 - pdf.get_string_width(t) / 2, y, t)
    y += 6.2
state["y"] = y + 6

# ---------------------------------------------------------------- body
heading("I.", "INTRODUCTION")
para(1, "This document summarizes the main elements of the Programme and Budget for 2025, which the "
        "Director General submits to the Council for approval at its 115th Session. It should be read "
        "together with the full Programme and Budget for 2025 (C/115/7), which sets out the detailed "
        "estimates for each part of the budget, the staffing tables and the distribution of projects by "
        "region and by thematic area.")
para(2, "The estimates build on the Programme and Budget for 2024 (C/114/7), approved by the Council "
        "through Resolution No. 1404 of 29 November 2023, and on its first revision, which the Standing "
        "Committee on Programmes and Finance reviewed at its Thirty-fourth Session in June 2024.{^1} Unless "
        "otherwise indicated, the figures for 2024 quoted in this document are those of that revision.")
para(3, "The Programme and Budget for 2025 is the second to be prepared under the IOM Strategic Plan "
        "2024–2028. It also marks the last year of the phased strengthening of the Administrative Part of "
        "the Budget endorsed by the Council in Resolution No. 1373 of 27 November 2018, under which core "
        "functions previously financed from project overhead are progressively moved to assessed "
        "contributions.")

heading("II.", "OVERVIEW")
para(4, "The total budget for 2025 is estimated at USD 3,214.6 million, compared with USD 3,498.2 "
        "million in the revised budget for 2024. The reduction mainly reflects the scaling down of "
        "large humanitarian operations in Ukraine and in the Sudan and neighbouring countries, and a more "
        "cautious projection of new voluntary funding. The total comprises the Administrative Part of "
        "the Budget, funded by assessed contributions from Member States; Operational Support Income, "
        "derived from the overhead charged on projects; and the Operational Part of the Budget, funded by "
        "voluntary contributions earmarked for specific projects.")
para(5, "In preparing the estimates, the Administration has been guided by three principles:")
item("(a)", "maintaining the Administrative Part at the level needed to sustain core functions at "
            "Headquarters and in the Regional Offices, in line with the commitments made under the "
            "budget reform;")
item("(b)", "aligning Operational Support Income with realistic forecasts of project implementation, so "
            "that support functions are not financed from income that may not materialize; and")
item("(c)", "presenting the Operational Part only on the basis of funding that is confirmed or "
            "reasonably assured at the time of preparation.", last=True)
para(6, "Voluntary contributions received after the approval of the Programme and Budget for 2025 will "
        "be reflected in the revisions submitted to the Standing Committee on Programmes and Finance in "
        "the course of the year, in accordance with established practice.")

heading("III.", "ADMINISTRATIVE PART OF THE BUDGET")
para(7, "The Administrative Part of the Budget for 2025 amounts to CHF 81,800,000, an increase of "
        "CHF 3,400,000, or 4.3 per cent, over the level approved for 2024. Table 1 shows the distribution "
        "of the proposed amount by object of expenditure.")

T1 = [
    ("Staff salaries and benefits", 63_412_000, 66_905_000),
    ("Travel and representation", 1_215_000, 1_098_000),
    ("Contractual services", 3_870_000, 3_512_000),
    ("General operating expenses", 5_604_000, 5_733_000),
    ("Information and communications technology", 3_180_000, 3_450_000),
    ("Governing bodies meetings", 1_119_000, 1_102_000),
]
HEADS = [("2024", "(S/34/8)"), ("2025", "Estimates"), ("Increase/", "(decrease)")]
a, b = table("Table 1: Administrative Part of the Budget by object of expenditure (in Swiss francs)",
             HEADS, T1,
             note="* Includes CHF 1,264,000 for eight positions transferred from Operational Support "
                  "Income to the Administrative Part of the Budget with effect from 1 January 2025.",
             star_row="Staff salaries and benefits")
assert (a, b) == (78_400_000, 81_800_000), (a, b)

para(8, "The increase is concentrated in staff costs. It reflects the statutory salary and post "
        "adjustments decided by the International Civil Service Commission and the conversion of eight "
        "positions in the Offices of the Inspector General and of Legal Affairs, hitherto funded from "
        "Operational Support Income, into core positions. Savings have been identified under travel, "
        "contractual services and governing bodies meetings, where the continued use of hybrid formats "
        "has lowered the costs of interpretation and conference servicing.")
para(9, "Assessed contributions for 2025 will be apportioned among the Member States in accordance with "
        "the scale of assessment adopted by the Council.{^2} Member States are reminded that contributions "
        "fall due in full on 1 January of the year to which they relate.")
para(10, "The Administration remains concerned about the level of outstanding assessed contributions, "
         "which stood at CHF 9,742,615 on 30 September 2024. The status of contributions is reported "
         "separately to the Council in document C/115/10.")

heading("IV.", "OPERATIONAL SUPPORT INCOME")
para(11, "Operational Support Income for 2025 is estimated at USD 182.0 million, USD 9.3 million less "
         "than in the revised budget for 2024. Its projected use is set out in Table 2.")

T2 = [
    ("Headquarters support functions", 58_920_000, 55_310_000),
    ("Regional offices", 41_760_000, 40_150_000),
    ("Country office structures", 46_300_000, 44_870_000),
    ("Manila and Panama Administrative Centres", 22_480_000, 22_960_000),
    ("Staff security", 12_540_000, 12_210_000),
    ("Enterprise resource planning", 9_300_000, 6_500_000),
]
a, b = table("Table 2: Operational Support Income by area of use (in US dollars)", HEADS, T2)
assert (a, b) == (191_300_000, 182_000_000), (a, b)

para(12, "The lower estimate follows directly from the expected decrease in project expenditure. To "
         "absorb it, the Administration will complete the main phase of the enterprise resource planning "
         "project within a reduced allocation, keep a number of vacant support positions unfilled, and, "
         "if necessary, draw up to USD 4.5 million from the Operational Support Income reserve under the "
         "mechanism described in document S/33/6.")
para(13, "The increase shown for the Manila and Panama Administrative Centres results from the transfer "
         "of payroll and travel processing from Headquarters, which accounts for part of the reduction "
         "under Headquarters support functions.")

heading("V.", "OPERATIONAL PART OF THE BUDGET")
para(14, "The Operational Part of the Budget for 2025 is estimated at USD 2,940.6 million. As in previous "
         "years, it covers only projects for which funding was confirmed or reasonably assured when the "
         "estimates were prepared. The largest programmes are those responding to the situations in "
         "Ukraine, the Sudan, Afghanistan and the Syrian Arab Republic, the response to the Rohingya "
         "refugee crisis in Bangladesh, and the regional response for refugees and migrants from the "
         "Bolivarian Republic of Venezuela.")
para(15, "Resettlement and movement assistance, migration health, and programmes in support of "
         "migration governance, return and reintegration are expected to remain at levels close to those "
         "of 2024.")

heading("VI.", "ACTION REQUESTED OF THE COUNCIL")
para(16, "The Council is invited to take note of this summary and to approve the Programme and Budget "
         "for 2025, as set out in document C/115/7, by adopting the draft resolution contained in "
         "document C/115/L/4.")

draw_notes()
pdf.output(OUT)
print("pages:", pdf.page_no())
