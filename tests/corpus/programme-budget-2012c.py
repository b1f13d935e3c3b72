#!/usr/bin/env python3
"""Draws programme-budget-2012c.pdf: an excerpt-style IOM Programme and Budget for 2013
(MC/2351, 101ST SESSION, October 2012) with fpdf2.

Layout is done by hand (line by line) so that footnotes land at the foot of the page
where their raised marker falls, and the CONTENTS page numbers come from a first pass.
"""
import os
import re
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "programme-budget-2012c.pdf")
FONTDIR = "/usr/share/fonts/truetype/dejavu"

SYMBOL = "MC/2351"
DATE = "12 October 2012"
SESSION = "101ST SESSION"
TITLE = "PROGRAMME AND BUDGET FOR 2013"
COVER_NOTE = ("This document is submitted to the Standing Committee on Programmes and Finance "
              "at its Eleventh Session on 30 and 31 October 2012.")

PAGE_W, PAGE_H = 210.0, 297.0
LM, RM = 22.0, 20.0
TW = PAGE_W - LM - RM            # text width
BODY_TOP = 32.0
BODY_BOTTOM = PAGE_H - 22.0
FS = 10.0                        # body font size (pt)
LH = 4.9                         # body line height (mm)
SUP_FS = 6.5
TAB = 12.5                       # first-line indent after paragraph number
FN_FS = 8.0
FN_LH = 3.7

# ---------------------------------------------------------------------------
# Figures
# ---------------------------------------------------------------------------
T1_ROWS = [  # label, 2012 approved, 2013 estimates, kind
    ("Officials' salaries and allowances", 22984000, 23517000, "row"),
    ("Employees' salaries and allowances", 9706000, 9895000, "row"),
    ("Travel and representation", 812000, 776000, "row"),
    ("General office and communications", 2964000, 3010000, "row"),
    ("Contractual services", 1458000, 1395000, "row"),
    ("Information technology", 890000, 859000, "row"),
]

T2_GROUPS = [
    ("I. Movement, Emergency and Post-crisis Migration Management", "Subtotal I", [
        ("I.1 Resettlement Assistance", 42316500, 151208700),
        ("I.2 Repatriation Assistance", 1284300, 5116900),
        ("I.3 Emergency and Post-emergency Operations", 61947200, 196503400),
        ("I.4 Transition and Recovery", 13872600, 38415200),
    ]),
    ("II. Migration Health", "Subtotal II", [
        ("II.1 Health Assessments and Travel Health Assistance", 21614800, 38926100),
        ("II.2 Health Promotion and Assistance for Migrants", 3905700, 9842300),
        ("II.3 Health Assistance for Crisis-affected Populations", 2718400, 8377600),
    ]),
    ("III. Regulating and Facilitating Migration", "Subtotal III", [
        ("III.1 Return Assistance to Migrants and Governments", 12436900, 41288500),
        ("III.2 Counter-trafficking", 6027300, 14791800),
        ("III.3 Technical Cooperation on Migration Management", 17519600, 40263700),
        ("III.4 Labour Migration", 2846100, 6918400),
        ("III.5 Migrant Processing and Integration", 4372500, 12054900),
    ]),
]


def fmt(n):
    if n < 0:
        return "(%s)" % format(-n, ",")
    return format(n, ",")


def table1_data():
    plain = [(label, a, b, b - a, "row") for label, a, b, kind in T1_ROWS if kind == "row"]
    staff, nonstaff = plain[:2], plain[2:]
    s12, s13 = sum(r[1] for r in staff), sum(r[2] for r in staff)
    n12, n13 = sum(r[1] for r in nonstaff), sum(r[2] for r in nonstaff)
    return (staff + [("Staff costs", s12, s13, s13 - s12, "sub")]
            + nonstaff + [("Non-staff costs", n12, n13, n13 - n12, "sub")]
            + [("Total", s12 + n12, s13 + n13, (s13 + n13) - (s12 + n12), "total")])


T1 = table1_data()
assert T1[2][1:4] == (32690000, 33412000, 722000)
assert T1[7][1:4] == (6124000, 6040000, -84000)
assert T1[8][1:4] == (38814000, 39452000, 638000)


def table2_data():
    out = []
    gs, gp = 0, 0
    subtotals = []
    for head, subl, rows in T2_GROUPS:
        out.append((head, None, None, None, "group"))
        s, p = 0, 0
        for label, so, pr in rows:
            out.append((label, so, pr, so + pr, "row"))
            s += so
            p += pr
        out.append((subl, s, p, s + p, "sub"))
        subtotals.append(s + p)
        gs += s
        gp += p
    out.append(("Total", gs, gp, gs + gp, "total"))
    return out, subtotals


T2, T2_SUBS = table2_data()
T2_TOTAL = T2[-1][3]
# figures quoted in the text (written out literally below; checked here)
assert T2_TOTAL == 754569400, T2_TOTAL
assert T2_SUBS == [510664800, 85384900, 158519700], T2_SUBS
assert T2_SUBS[0] + T2_SUBS[1] + T2_SUBS[2] == T2_TOTAL

# ---------------------------------------------------------------------------
# Text of the body.  {^n} = raised footnote marker n.
# ---------------------------------------------------------------------------
FOOTNOTES = {
    "1": ("The Programme and Budget for 2012 (MC/2325) was approved by the Council through "
          "Resolution No. 1221 of 29 November 2011, with an Administrative Part of CHF 38,814,000."),
    "2": ("The estimates use the post adjustment multiplier of 109.1 promulgated for Geneva by the "
          "International Civil Service Commission with effect from 1 August 2012."),
    "3": ("Estimates for new emergency operations are not included, since funding for them is "
          "normally received only after the onset of a crisis and therefore after the budget "
          "has been prepared."),
}

BODY = [
    ("h1", "I.", "INTRODUCTION"),
    ("p", 1, "The present document sets out the Programme and Budget for 2013 as proposed by the "
             "Director General. It is submitted to the Standing Committee on Programmes and Finance "
             "for review and to the Council for approval at its 101st Session. The budget is presented "
             "in two parts: the Administrative Part, expressed in Swiss francs and financed by the "
             "assessed contributions of Member States, and the Operational Part, expressed in US dollars "
             "and financed mainly by voluntary contributions earmarked for specific projects and "
             "programmes."),
    ("p", 2, "The Administrative Part of the Budget for 2013 amounts to CHF 39,452,000, an increase of "
             "CHF 638,000 over the level approved by the Council for 2012.{^1} The increase corresponds "
             "exactly to the assessed contributions of the eight States that became Members of the "
             "Organization in 2011 and 2012; the contributions of the other Member States remain at "
             "their 2012 level, in keeping with the policy of zero nominal growth."),
    ("p", 3, "The Operational Part of the Budget for 2013 is estimated at USD 754,569,400, against "
             "USD 738,612,400 in the Programme and Budget for 2012. The estimate includes only those "
             "activities for which funding was confirmed, or could reasonably be expected, when the "
             "budget was prepared. It will therefore grow in the course of the year as new projects "
             "are funded, and updated figures will be submitted to the Standing Committee in the "
             "first Revision of the Programme and Budget for 2013."),
    ("p", 4, "The following considerations have guided the Administration in drawing up the present "
             "proposals:"),
    ("li", "(a)", "zero nominal growth in the Administrative Part of the Budget for the existing "
                  "membership, as repeatedly requested by Member States;"),
    ("li", "(b)", "absorption, within the resources available, of the statutory cost increases "
                  "deriving from the United Nations common system of salaries and allowances;"),
    ("li", "(c)", "consolidation of the structural reform completed in 2011, in particular the "
                  "strengthening of the nine Regional Offices; and"),
    ("li", "(d)", "preservation of a core capacity at Headquarters sufficient to support a project "
                  "portfolio that has more than doubled in value since 2005."),
    ("p", 5, "Discretionary Income, derived mainly from overhead charged on projects and from "
             "miscellaneous income, is estimated at USD 47,500,000 for 2013. Its proposed use, "
             "including the support it provides to field structures not covered by the Administrative "
             "Part, is set out in a separate paper submitted to the Standing Committee (SCPF/83)."),
    ("p", 6, "The assessed contributions shown in this document are calculated on the basis of the "
             "scale of assessment for 2013 (MC/2349), which the Standing Committee will examine at the "
             "same session. Member States are reminded that the timely payment of contributions is "
             "essential to the smooth implementation of the Administrative Part of the Budget."),
    ("h1", "II.", "ADMINISTRATIVE PART OF THE BUDGET"),
    ("p", 7, "The Administrative Part of the Budget funds the core structure of the Organization: the "
             "Office of the Director General and the Headquarters departments in Geneva, the "
             "Administrative Centres in Manila and Panama, the Regional Offices and the special liaison "
             "offices in Addis Ababa and New York. Its level determines the capacity of the Organization "
             "to provide policy direction, oversight and essential services to the field."),
    ("p", 8, "Table 1 compares the budget approved for 2012 with the proposed estimates for 2013 by "
             "category of cost. Staff costs continue to represent some 85 per cent of the total."),
    ("table", 1),
    ("h2", "A.", "Staff costs"),
    ("p", 9, "Staff costs are estimated at CHF 33,412,000 for 2013, CHF 722,000 more than in 2012. The "
             "increase is due to the statutory step increments of staff and to the post adjustment rates "
             "applicable in Geneva,{^2} which the Organization is bound to apply as a member of the United "
             "Nations common system. No new positions are proposed."),
    ("p", 10, "The staffing table funded from the Administrative Part comprises 152 officials and 214 "
              "employees, the same number as in 2012. Two official positions have been redeployed from "
              "Headquarters to the Regional Offices in Dakar and Nairobi, where the volume of projects "
              "requiring supervision has increased most markedly."),
    ("h2", "B.", "Non-staff costs"),
    ("p", 11, "Non-staff costs are estimated at CHF 6,040,000, a decrease of CHF 84,000 compared with "
              "2012. Reductions in travel, contractual services and information technology expenditure "
              "more than offset the higher costs of general office operations and communications, which "
              "reflect rising rental and utility charges in Geneva."),
    ("p", 12, "The Administration will continue to seek savings in non-staff costs, notably through "
              "increased use of videoconferencing, the joint procurement of services with other "
              "organizations based in Geneva and the transfer of further administrative functions to the "
              "Manila and Panama Administrative Centres."),
    ("h1", "III.", "OPERATIONAL PART OF THE BUDGET"),
    ("p", 13, "The Operational Part of the Budget covers the staff and office costs and the programme "
              "costs of the projects that the Organization implements on behalf of Member States and "
              "other partners. It is presented by service area, in line with the structure introduced "
              "in the Programme and Budget for 2012."),
    ("h2", "A.", "Summary by service area"),
    ("p", 14, "Table 2 summarizes the estimates for 2013 under the three main groups of service areas, "
              "showing for each service area its staff and office costs, its programme costs and the "
              "resulting total."),
    ("table", 2),
    ("p", 15, "Movement, Emergency and Post-crisis Migration Management accounts for USD 510,664,800, or "
              "about 68 per cent of the total. Resettlement activities are expected to remain at a high "
              "level, and the estimates for emergency and post-emergency operations include continuing "
              "programmes in Haiti, Pakistan and South Sudan and in the countries neighbouring the "
              "Syrian Arab Republic.{^3}"),
    ("p", 16, "Migration Health activities are estimated at USD 85,384,900. Health assessments carried "
              "out for resettlement and immigration programmes on behalf of receiving States represent "
              "well over half of this amount; the remainder relates to health promotion and to health "
              "assistance for crisis-affected populations."),
    ("p", 17, "The service areas grouped under Regulating and Facilitating Migration total "
              "USD 158,519,700. Technical cooperation on migration management, including border "
              "management and capacity-building projects, and assisted voluntary return programmes "
              "account for the largest shares, while counter-trafficking activities are expected to "
              "expand in South-East Asia and the Horn of Africa."),
    ("h2", "B.", "Funding of the Operational Part"),
    ("p", 18, "The Operational Part is funded almost entirely by voluntary contributions from Member "
              "States, other governments, multilateral institutions and the private sector. Some "
              "70 per cent of the estimated resources for 2013 are expected to come from ten donors, "
              "most of which are Member States."),
    ("p", 19, "Because nearly all operational funding is earmarked, the Organization has little latitude "
              "to redirect resources towards under-funded priorities. Member States in a position to do "
              "so are encouraged to provide unearmarked or softly earmarked contributions, which allow a "
              "more timely and flexible response to emerging needs."),
    ("p", 20, "The Standing Committee on Programmes and Finance is invited to examine the present "
              "document and to recommend that the Council approve the Programme and Budget for 2013, "
              "with an Administrative Part amounting to CHF 39,452,000 and an Operational Part "
              "estimated at USD 754,569,400."),
]

assert round(T2_SUBS[0] * 100 / T2_TOTAL) == 68
assert round(T1[2][2] * 100 / T1[8][2]) == 85


# ---------------------------------------------------------------------------
# Rendering helpers
# ---------------------------------------------------------------------------
class Doc(FPDF):
    pass


def new_pdf():
    pdf = Doc(orientation="P", unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_margins(LM, 15, RM)
    pdf.add_font("Body", "", os.path.join(FONTDIR, "DejaVuSansCondensed.ttf"))
    pdf.add_font("Body", "B", os.path.join(FONTDIR, "DejaVuSansCondensed-Bold.ttf"))
    pdf.add_font("Body", "I", os.path.join(FONTDIR, "DejaVuSansCondensed-Oblique.ttf"))
    pdf.set_title(TITLE)
    pdf.set_author("International Organization for Migration")
    pdf.set_creator("fpdf2")
    return pdf


def tokens(text):
    """Split text into words; each word is a list of (string, sup?) pieces."""
    words = []
    for w in text.split():
        parts = []
        pos = 0
        for m in re.finditer(r"\{\^(\w+)\}", w):
            if m.start() > pos:
                parts.append((w[pos:m.start()], False))
            parts.append((m.group(1), True))
            pos = m.end()
        if pos < len(w):
            parts.append((w[pos:], False))
        words.append(parts)
    return words


def word_width(pdf, parts, fs, style=""):
    wd = 0.0
    for s, sup in parts:
        pdf.set_font("Body", style, SUP_FS if sup else fs)
        wd += pdf.get_string_width(s)
    return wd


def wrap(pdf, words, first_w, other_w, fs, style=""):
    pdf.set_font("Body", style, fs)
    space = pdf.get_string_width(" ")
    lines, cur, cur_w = [], [], 0.0
    avail = first_w
    for parts in words:
        ww = word_width(pdf, parts, fs, style)
        need = ww if not cur else cur_w + space + ww
        if cur and need > avail:
            lines.append(cur)
            cur, cur_w = [parts], ww
            avail = other_w
        else:
            cur.append(parts)
            cur_w = need
    if cur:
        lines.append(cur)
    return lines


def markers_in(line):
    return [s for parts in line for (s, sup) in parts if sup]


def draw_line(pdf, line, x, y, width, fs, justify, style=""):
    """y is the baseline."""
    pdf.set_font("Body", style, fs)
    space = pdf.get_string_width(" ")
    widths = [word_width(pdf, p, fs, style) for p in line]
    gap = space
    if justify and len(line) > 1:
        gap = (width - sum(widths)) / (len(line) - 1)
    cx = x
    for parts, wd in zip(line, widths):
        px = cx
        for s, sup in parts:
            if sup:
                pdf.set_font("Body", style, SUP_FS)
                pdf.text(px, y - 1.6, s)
            else:
                pdf.set_font("Body", style, fs)
                pdf.text(px, y, s)
            px += pdf.get_string_width(s)
        cx += wd + gap


class Layout:
    def __init__(self, pdf, toc_pages):
        self.pdf = pdf
        self.toc_pages = toc_pages      # heading key -> printed page label (from first pass)
        self.found = {}
        self.page_no = 0                # body page counter (printed "Page N")
        self.fns = []                   # footnote ids on current page
        self.y = 0.0

    # -- page furniture ---------------------------------------------------
    def header(self, label):
        pdf = self.pdf
        pdf.set_font("Body", "", FS)
        for i, s in enumerate((SYMBOL, "Page %s" % label)):
            pdf.text(PAGE_W - RM - pdf.get_string_width(s), 14.0 + i * 4.6, s)

    def new_body_page(self):
        if self.page_no:
            self.flush_footnotes()
        self.pdf.add_page()
        self.page_no += 1
        self.header(str(self.page_no))
        self.fns = []
        self.y = BODY_TOP

    def fn_height(self, ids):
        if not ids:
            return 0.0
        h = 8.0
        for fid in ids:
            lines = wrap(self.pdf, tokens(FOOTNOTES[fid]), TW - 6, TW - 6, FN_FS)
            h += len(lines) * FN_LH + 1.2
        return h

    def bottom(self, extra_ids=()):
        return BODY_BOTTOM - self.fn_height(self.fns + list(extra_ids))

    def flush_footnotes(self):
        if not self.fns:
            return
        pdf = self.pdf
        top = BODY_BOTTOM - self.fn_height(self.fns) + 3.5
        pdf.set_draw_color(0)
        pdf.set_line_width(0.2)
        pdf.line(LM, top, LM + 50, top)
        y = top + 4.2
        for fid in self.fns:
            lines = wrap(pdf, tokens(FOOTNOTES[fid]), TW - 6, TW - 6, FN_FS)
            pdf.set_font("Body", "", SUP_FS)
            pdf.text(LM, y - 1.4, fid)
            for i, ln in enumerate(lines):
                draw_line(pdf, ln, LM + 6, y, TW - 6, FN_FS, i < len(lines) - 1)
                y += FN_LH
            y += 1.2
        self.fns = []

    # -- blocks ----------------------------------------------------------
    def ensure(self, h, extra_ids=()):
        if self.y + h > self.bottom(extra_ids):
            self.new_body_page()

    def running_title(self):
        pdf = self.pdf
        pdf.set_font("Body", "B", 11)
        w = pdf.get_string_width(TITLE)
        pdf.text((PAGE_W - w) / 2, self.y + 4, TITLE)
        self.y += 14

    def heading(self, level, num, text):
        pdf = self.pdf
        self.ensure(LH * 4 + 4)
        self.y += 2.0 if level == 1 else 0.5
        key = "%s %s" % (num, text)
        self.found[key] = str(self.page_no)
        pdf.set_font("Body", "B", FS + (0.5 if level == 1 else 0))
        base = self.y + 4
        if level == 1:
            pdf.text(LM, base, num)
            pdf.text(LM + TAB, base, text)
        else:
            pdf.text(LM, base, num)
            pdf.text(LM + TAB, base, text)
        self.y += LH + 3.5

    def para_lines(self, lines, x_first, x_other, w_first, w_other, label=None, label_x=None):
        pdf = self.pdf
        for i, ln in enumerate(lines):
            ids = [m for m in markers_in(ln) if m not in self.fns]
            if self.y + LH > self.bottom(ids):
                self.new_body_page()
            base = self.y + 3.8
            if i == 0 and label is not None:
                pdf.set_font("Body", "", FS)
                pdf.text(label_x, base, label)
            x = x_first if i == 0 else x_other
            w = w_first if i == 0 else w_other
            draw_line(pdf, ln, x, base, w, FS, i < len(lines) - 1)
            self.fns.extend(ids)
            self.y += LH
        self.y += 2.6

    def para(self, num, text):
        lines = wrap(self.pdf, tokens(text), TW - TAB, TW, FS)
        # avoid a lone first line at a page foot
        if self.y + 2 * LH > self.bottom():
            self.new_body_page()
        self.para_lines(lines, LM + TAB, LM, TW - TAB, TW, label="%d." % num, label_x=LM)

    def item(self, label, text):
        ind = TAB * 2
        lines = wrap(self.pdf, tokens(text), TW - ind, TW - ind, FS)
        self.y -= 0.6
        self.para_lines(lines, LM + ind, LM + ind, TW - ind, TW - ind, label=label, label_x=LM + TAB)

    # -- tables ----------------------------------------------------------
    def table(self, n):
        pdf = self.pdf
        tfs = 8.8
        rh = 4.7
        if n == 1:
            caption = "Table 1. Administrative Part of the Budget by category of cost (in Swiss francs)"
            heads = [["2012", "Approved budget", "(MC/2325)"], ["2013", "Estimates", ""],
                     ["Increase/", "(decrease)", ""]]
            label_w = 86.0
            rows = T1
        else:
            caption = "Table 2. Operational Part of the Budget for 2013 by service area (in US dollars)"
            heads = [["Staff and", "office costs", ""], ["Programme", "costs", ""], ["Total", "costs", ""]]
            label_w = 92.0
            rows = T2
        col_w = (TW - label_w) / 3.0
        nhead = max(len([h for h in hd if h]) for hd in heads)
        height = 8 + nhead * 3.9 + 3 + len(rows) * rh + 6
        self.ensure(height)
        self.y += 1.0
        pdf.set_font("Body", "B", FS)
        w = pdf.get_string_width(caption)
        pdf.text((PAGE_W - w) / 2, self.y + 4, caption)
        self.y += 7.5
        pdf.set_draw_color(110)
        pdf.set_line_width(0.2)
        pdf.line(LM, self.y, LM + TW, self.y)
        # column heads, right aligned
        pdf.set_font("Body", "B", tfs)
        hy = self.y + 3.8
        for ci, hd in enumerate(heads):
            right = LM + label_w + (ci + 1) * col_w - 1.0
            for li, s in enumerate(h for h in hd if h):
                pdf.text(right - pdf.get_string_width(s), hy + li * 3.9, s)
        self.y += nhead * 3.9 + 2.0
        pdf.line(LM, self.y, LM + TW, self.y)
        self.y += 1.0
        for label, a, b, c, kind in rows:
            base = self.y + 3.5
            style = "B" if kind in ("sub", "total", "group") else ""
            if kind == "total":
                pdf.line(LM, self.y + 0.2, LM + TW, self.y + 0.2)
                base += 0.8
                self.y += 0.8
            if kind == "sub":
                # light rule over the figure columns
                pdf.set_draw_color(160)
                pdf.line(LM + label_w + 4, self.y + 0.2, LM + TW, self.y + 0.2)
                pdf.set_draw_color(110)
            if kind == "group" and self.y > 0 and label != rows[0][0]:
                base += 1.2
                self.y += 1.2
            pdf.set_font("Body", style, tfs)
            indent = 0.0
            if kind == "row":
                indent = 3.0
            pdf.text(LM + 1.0 + indent, base, label)
            if kind != "group":
                for ci, v in enumerate((a, b, c)):
                    s = fmt(v)
                    right = LM + label_w + (ci + 1) * col_w - 1.0
                    pdf.text(right - pdf.get_string_width(s), base, s)
            self.y += rh
            if kind == "sub" and n == 2:
                self.y += 0.6
        self.y += 0.6
        pdf.line(LM, self.y, LM + TW, self.y)
        pdf.set_draw_color(0)
        self.y += 6.0

    def run(self):
        self.new_body_page()
        self.running_title()
        for blk in BODY:
            if blk[0] == "h1":
                self.heading(1, blk[1], blk[2])
            elif blk[0] == "h2":
                self.heading(2, blk[1], blk[2])
            elif blk[0] == "p":
                self.para(blk[1], blk[2])
            elif blk[0] == "li":
                self.item(blk[1], blk[2])
            elif blk[0] == "table":
                self.table(blk[1])
        self.flush_footnotes()


# ---------------------------------------------------------------------------
# Cover and contents
# ---------------------------------------------------------------------------
def cover(pdf):
    pdf.add_page()
    pdf.set_font("Body", "", 11)
    for i, s in enumerate((SYMBOL, "Original: English", DATE)):
        pdf.set_font("Body", "B" if i == 0 else "", 11)
        pdf.text(PAGE_W - RM - pdf.get_string_width(s), 22 + i * 5.5, s)
    pdf.set_font("Body", "B", 11)
    pdf.text(LM, 52, SESSION)
    pdf.set_line_width(0.4)
    pdf.line(LM, 57, PAGE_W - RM, 57)
    pdf.set_font("Body", "B", 14)
    w = pdf.get_string_width(TITLE)
    pdf.text((PAGE_W - w) / 2, 112, TITLE)
    # cover note under a short rule
    pdf.set_line_width(0.2)
    pdf.line(LM, 238, LM + 50, 238)
    lines = wrap(pdf, tokens(COVER_NOTE), TW, TW, 9.5)
    y = 244
    for i, ln in enumerate(lines):
        draw_line(pdf, ln, LM, y, TW, 9.5, i < len(lines) - 1)
        y += 4.6
    # trilingual footer
    pdf.set_font("Body", "B", 12)
    words = ["COUNCIL", "CONSEIL", "CONSEJO"]
    xs = [LM + 10, PAGE_W / 2 - pdf.get_string_width("CONSEIL") / 2,
          PAGE_W - RM - 10 - pdf.get_string_width("CONSEJO")]
    for x, s in zip(xs, words):
        pdf.text(x, 280, s)


TOC = [
    ("I. INTRODUCTION", "I. INTRODUCTION", 0),
    ("II. ADMINISTRATIVE PART OF THE BUDGET", "II. ADMINISTRATIVE PART OF THE BUDGET", 0),
    ("A. Staff costs", "A. Staff costs", 1),
    ("B. Non-staff costs", "B. Non-staff costs", 1),
    ("III. OPERATIONAL PART OF THE BUDGET", "III. OPERATIONAL PART OF THE BUDGET", 0),
    ("A. Summary by service area", "A. Summary by service area", 1),
    ("B. Funding of the Operational Part", "B. Funding of the Operational Part", 1),
]


def contents(pdf, pages):
    pdf.add_page()
    pdf.set_font("Body", "", FS)
    for i, s in enumerate((SYMBOL, "Page i")):
        pdf.text(PAGE_W - RM - pdf.get_string_width(s), 14.0 + i * 4.6, s)
    pdf.set_font("Body", "B", 11)
    w = pdf.get_string_width("CONTENTS")
    pdf.text((PAGE_W - w) / 2, 44, "CONTENTS")
    pdf.set_font("Body", "", FS)
    pdf.text(PAGE_W - RM - pdf.get_string_width("Page"), 56, "Page")
    y = 66
    for title, key, lvl in TOC:
        page = pages.get(key, "0")
        num, words = title.split(" ", 1)
        x = LM + (TAB if lvl else 0)
        style = "" if lvl else "B"
        pdf.set_font("Body", style, FS)
        pdf.text(x, y, num)
        pdf.text(x + TAB, y, words)
        end = x + TAB + pdf.get_string_width(words) + 1.5
        pdf.set_font("Body", "", FS)
        pw = pdf.get_string_width(page)
        right = PAGE_W - RM
        dot = pdf.get_string_width(".")
        n = int((right - pw - 2.0 - end) / dot)
        pdf.text(end, y, "." * n)
        pdf.text(right - pw, y, page)
        y += 7.0 if lvl == 0 else 6.0
        if lvl == 0 and title.startswith("I."):
            y += 1.0


def build(pages):
    pdf = new_pdf()
    cover(pdf)
    contents(pdf, pages)
    lay = Layout(pdf, pages)
    lay.run()
    return pdf, lay.found


def main():
    _, found = build({})
    pdf, found2 = build(found)
    assert found == found2, (found, found2)
    pdf.output(OUT)
    print("pages:", pdf.pages_count, "headings:", found2)


if __name__ == "__main__":
    main()
