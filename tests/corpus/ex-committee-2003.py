# Draws ex-committee-2003.pdf: an IOM Executive Committee paper of 2003
# (MC/EX/654, Revision of the Programme and Budget for 2003), laid out with fpdf2.
import re
from fpdf import FPDF

SYMBOL = "MC/EX/654"
TITLE = "REVISION OF THE PROGRAMME AND BUDGET FOR 2003"
FONTDIR = "/usr/share/fonts/truetype/dejavu/"

PAGE_W, PAGE_H = 210.0, 297.0
LM, RM = 25.0, 20.0
TW = PAGE_W - LM - RM          # text width
TOP = 30.0                      # first body baseline on pages with a header
BOTTOM = 281.0                  # lowest baseline of anything
BODY_PT, LH = 10.5, 4.85
FN_PT, FN_LH = 8.5, 3.8
SUP_PT = 7
TAB = 12.5

# ---------------------------------------------------------------- content
BODY = [
    ("runtitle", TITLE),
    ("h1", "I.", "INTRODUCTION"),
    ("para", "1", "The Programme and Budget for 2003 (MC/2081)[^1] was approved by the Council at its "
     "Eighty-fourth Session through Resolution No. 1078 (LXXXIV) of 3 December 2002. At that time the "
     "Administration indicated that the Operational Part of the Budget reflected only those activities for "
     "which funding had been confirmed or was reasonably assured, and that a revised version would be "
     "presented to the Executive Committee in mid-year, once the level of new activities became clearer."),
    ("para", "2", "The present document updates the estimates for both parts of the budget on the basis of "
     "the programmes and projects that have been funded, or are expected to be funded, in the course of the "
     "current year. It takes into account the outcome of the financial year 2002, as set out in the Financial "
     "Report for the Year Ended 31 December 2002 (MC/2104), and the new requirements that have arisen in the "
     "first five months of 2003, notably the humanitarian operations launched in connection with the crisis "
     "in Iraq."),
    ("para", "3", "In summary, the revised budget amounts to CHF 35,420,000 for the Administrative Part, "
     "which is unchanged from the level approved by the Council, and to USD 438.5 million for the "
     "Operational Part. The latter figure represents an increase of USD 113.0 million, or 34.7 per cent, "
     "over the original estimate of USD 325.5 million."),
    ("para", "4", "Section II below explains the redistribution proposed within the Administrative Part; "
     "Section III describes the changes in the Operational Part by service area; Section IV presents the "
     "revised estimates of discretionary income and their proposed use; and Section V sets out the "
     "decisions that the Executive Committee is invited to take."),
    ("h1", "II.", "ADMINISTRATIVE PART OF THE BUDGET"),
    ("para", "5", "The Administrative Part remains at CHF 35,420,000, in keeping with the policy of zero "
     "nominal growth requested by Member States. Within that total, the Administration proposes a limited "
     "redistribution between budget lines, summarized in Table 1, in order to meet the following "
     "requirements:"),
    ("item", 1, "(a)", "the statutory increases in the salaries and post adjustment of staff in the "
     "Professional category that took effect on 1 March 2003, following the decisions of the International "
     "Civil Service Commission;[^2]"),
    ("item", 1, "(b)", "the establishment, through the conversion of existing resources, of one "
     "Professional post for the coordination of staff security in the field; and"),
    ("item", 1, "(c)", "the higher cost of insurance coverage for staff serving in duty stations "
     "classified as hazardous."),
    ("para", "6", "These requirements will be met through savings in communications, resulting from the "
     "renegotiation of telecommunication contracts at Headquarters, and through reductions in travel and "
     "general office costs. No change is proposed under contractual services."),
    ("table", {
        "caption": "Table 1 \u2013 Administrative Part: revised estimates by object of expenditure (in Swiss francs)",
        "cols": [74, 30, 31, 30],
        "head": [["Object of expenditure", "MC/2081", "Revised", "Variance"],
                 ["", "", "estimates", ""]],
        "rows": [
            ["Staff costs", "27,564,000", "27,812,000", "248,000"],
            ["Travel and representation", "1,102,000", "1,045,000", "(57,000)"],
            ["Communications", "1,640,000", "1,512,000", "(128,000)"],
            ["General office and other costs", "3,214,000", "3,151,000", "(63,000)"],
            ["Contractual services", "1,900,000", "1,900,000", "-"],
            ["Total", "35,420,000", "35,420,000", "-"],
        ]}),
    ("para", "7", "The assessed contributions of the four States admitted to membership at the "
     "Eighty-fourth Session of the Council,[^3] amounting to CHF 96,530, were not included in the scale "
     "of assessment for 2003. In accordance with the practice endorsed by the Council in Resolution "
     "No. 1050 (LXXXII) of 29 November 2001, they will be treated as miscellaneous income for the current "
     "year and reflected in the scale of assessment for 2004."),
    ("h1", "III.", "OPERATIONAL PART OF THE BUDGET"),
    ("para", "8", "The Operational Part of the Budget is funded by voluntary contributions, most of them "
     "earmarked for specific projects, and its level therefore depends on the activities that donors "
     "decide to entrust to the Organization. The revised estimate of USD 438.5 million compares with "
     "USD 325.5 million in document MC/2081 and with actual expenditure of USD 394.2 million in 2002. "
     "Table 2 shows the changes by service area."),
    ("table", {
        "caption": "Table 2 \u2013 Operational Part of the Budget by service area (in US dollars)",
        "cols": [74, 30, 31, 30],
        "head": [["Service area", "MC/2081", "Revised", "Increase"],
                 ["", "", "estimates", ""]],
        "rows": [
            ["Movement, Emergency and Post-crisis Migration Management",
             "168,420,000", "251,370,000", "82,950,000"],
            ["Migration Health", "14,610,000", "18,935,000", "4,325,000"],
            ["Technical Cooperation on Migration", "21,840,000", "27,262,000", "5,422,000"],
            ["Assisted Returns", "22,080,000", "30,418,000", "8,338,000"],
            ["Counter-trafficking", "8,950,000", "11,742,000", "2,792,000"],
            ["Labour Migration", "3,210,000", "4,486,000", "1,276,000"],
            ["Migration Policy, Research and Communications", "2,970,000", "3,314,000", "344,000"],
            ["Compensation Programmes", "78,500,000", "86,100,000", "7,600,000"],
            ["General Programme Support", "4,900,000", "4,900,000", "-"],
            ["Total", "325,480,000", "438,527,000", "113,047,000"],
        ]}),
    ("para", "9", "The increase of USD 113.0 million is concentrated in a small number of large "
     "programmes. The principal factors are:"),
    ("item", 1, "(a)", "the emergency and post-crisis operations in and around Iraq, for which the "
     "Organization launched an appeal on 21 March 2003 and which are now estimated at USD 61.4 million, "
     "comprising:"),
    ("item", 2, "(i)", "the transport of third-country nationals stranded in neighbouring countries and "
     "their return to their countries of origin; and"),
    ("item", 2, "(ii)", "the pre-positioning of relief items and logistical support to humanitarian "
     "partners;"),
    ("item", 1, "(b)", "the continuation of the Return of Qualified Afghans programme and of transport "
     "assistance to Afghans returning from Pakistan and the Islamic Republic of Iran, for which additional "
     "funding of USD 14.8 million has been received;[^4]"),
    ("item", 1, "(c)", "new assisted voluntary return programmes in Europe, which account for most of the "
     "increase under Assisted Returns; and"),
    ("item", 1, "(d)", "the higher volume of claims processed under the German Forced Labour "
     "Compensation Programme."),
    ("h2", "A.", "Movement, Emergency and Post-crisis Migration Management"),
    ("para", "10", "This service area, which remains by far the largest, increases from USD 168.4 million "
     "to USD 251.4 million. The revised figures also include "
     "resettlement processing and movements to the traditional countries of resettlement, which are "
     "expected to remain below the level of 2001 as a result of the additional security procedures "
     "introduced by some receiving States."),
    ("para", "11", "It should be noted that a significant part of the Iraq-related budget is based on "
     "pledges not yet converted into signed agreements at the time of writing. The figures will be adjusted "
     "as necessary in the next revision."),
    ("h2", "B.", "Assisted Returns and Counter-trafficking"),
    ("para", "12", "The estimates for Assisted Returns rise by USD 8.3 million to USD 30.4 million. The "
     "increase stems mainly from new or extended programmes in the following countries:"),
    ("bullet", "Germany, where the REAG/GARP programme now also covers the reintegration of returnees to "
     "Serbia and Montenegro;"),
    ("bullet", "the Netherlands, where the REAN programme has been expanded to include a reintegration "
     "allowance;[^5]"),
    ("bullet", "the United Kingdom, where the Voluntary Assisted Return and Reintegration Programme has "
     "been extended until March 2004."),
    ("para", "13", "Counter-trafficking activities increase by USD 2.8 million to USD 11.7 million. This "
     "reflects new projects in South-Eastern Europe, the Mekong subregion and West Africa, chiefly for the "
     "return and reintegration of victims of trafficking and for the training of law enforcement "
     "officials."),
    ("h2", "C.", "Migration Health, Technical Cooperation and Labour Migration"),
    ("para", "14", "Migration Health activities are estimated at USD 18.9 million, an increase of "
     "USD 4.3 million, mainly as a result of additional health assessments for refugees accepted for "
     "resettlement and of new programmes on HIV/AIDS and mobile populations in southern Africa."),
    ("para", "15", "Technical Cooperation on Migration rises by USD 5.4 million to USD 27.3 million, largely "
     "on account of border management and migration legislation projects in the Western Balkans and "
     "Central Asia. The estimates for Labour Migration increase by USD 1.3 million, reflecting pre-departure "
     "orientation programmes for labour migrants in Asia, while Migration Policy, Research and "
     "Communications grows by USD 344,000. General Programme Support is unchanged."),
    ("h2", "D.", "Compensation Programmes"),
    ("para", "16", "The estimates for Compensation Programmes increase by USD 7.6 million to USD 86.1 "
     "million, almost entirely under the German Forced Labour Compensation Programme, where the "
     "processing of the remaining claims is now expected to be completed before the end of the year."),
    ("h1", "IV.", "DISCRETIONARY INCOME"),
    ("para", "17", "Discretionary income consists of project-related overhead and miscellaneous income, "
     "the latter comprising unearmarked contributions and interest income. The revised estimate is "
     "USD 17.85 million, against USD 17.1 million in document MC/2081. Overhead income should reach "
     "USD 14.2 million (previously USD 12.9 million), whereas lower interest rates will reduce miscellaneous income from USD 4.2 million to USD 3.65 million."),
    ("para", "18", "In line with the guidance given by the Subcommittee on Budget and Finance, the "
     "Administration proposes to allocate the additional USD 750,000 as follows:"),
    ("item", 1, "(a)", "USD 400,000 for measures to bring field offices into compliance with the Minimum "
     "Operating Security Standards (MOSS) of the United Nations security management system;[^6]"),
    ("item", 1, "(b)", "USD 210,000 for the upgrading of the financial and human resources systems; and"),
    ("item", 1, "(c)", "USD 140,000 to increase the provision for the support of field offices that lack "
     "project funding."),
    ("para", "19", "Any discretionary income received in excess of the revised estimate will be reported in "
     "the Financial Report for the year 2003 and, unless Member States decide otherwise, credited to the "
     "Discretionary Income Reserve."),
    ("h1", "V.", "ACTION REQUESTED OF THE EXECUTIVE COMMITTEE"),
    ("para", "20", "The Executive Committee is requested to:"),
    ("item", 1, "(a)", "approve the revised Administrative Part of the Budget for 2003, amounting to "
     "CHF 35,420,000, with the redistribution between budget lines shown in Table 1;"),
    ("item", 1, "(b)", "take note of the revised Operational Part of the Budget for 2003, amounting to "
     "USD 438,527,000; and"),
    ("item", 1, "(c)", "endorse the proposed use of the additional discretionary income set out in "
     "paragraph 18."),
]

FOOTNOTES = {
    "1": "Document MC/2081 of 11 October 2002, as amended by document MC/2081/Corr.1 of 20 November 2002.",
    "2": "The post adjustment multiplier for Geneva was raised from 71.9 to 75.3 with effect from that date.",
    "3": "See the Report on the Eighty-fourth Session of the Council (MC/2097/Rev.1), paragraphs 14 to 21.",
    "4": "Including USD 3.2 million carried forward from 2002 under the agreement with the Transitional "
         "Islamic State of Afghanistan.",
    "5": "Return and Emigration of Aliens from the Netherlands.",
    "6": "See the information note on staff security (MC/INF/259), paragraphs 8 to 14.",
}

CONTENTS = [  # (label, title, level, key)
    ("I.", "INTRODUCTION", 0, "I"),
    ("II.", "ADMINISTRATIVE PART OF THE BUDGET", 0, "II"),
    ("III.", "OPERATIONAL PART OF THE BUDGET", 0, "III"),
    ("A.", "Movement, Emergency and Post-crisis Migration Management", 1, "A"),
    ("B.", "Assisted Returns and Counter-trafficking", 1, "B"),
    ("C.", "Migration Health, Technical Cooperation and Labour Migration", 1, "C"),
    ("D.", "Compensation Programmes", 1, "D"),
    ("IV.", "DISCRETIONARY INCOME", 0, "IV"),
    ("V.", "ACTION REQUESTED OF THE EXECUTIVE COMMITTEE", 0, "V"),
]


# ---------------------------------------------------------------- engine
class Doc(FPDF):
    pass


def new_pdf():
    pdf = Doc(format="A4", unit="mm")
    pdf.set_auto_page_break(False)
    pdf.set_margins(LM, 15, RM)
    pdf.add_font("S", "", FONTDIR + "DejaVuSerifCondensed.ttf")
    pdf.add_font("S", "B", FONTDIR + "DejaVuSerifCondensed-Bold.ttf")
    pdf.add_font("S", "I", FONTDIR + "DejaVuSerifCondensed-Italic.ttf")
    pdf.add_font("S", "BI", FONTDIR + "DejaVuSerifCondensed-BoldItalic.ttf")
    pdf.set_title(TITLE)
    pdf.set_author("International Organization for Migration")
    pdf.set_creation_date(__import__("datetime").datetime(2003, 5, 9, 10, 0))
    return pdf


def tokens(text):
    """Split text into words; a word is a list of runs (text, sup?)."""
    words = []
    for w in text.split():
        runs = []
        pos = 0
        for m in re.finditer(r"\[\^(\w+)\]", w):
            if m.start() > pos:
                runs.append((w[pos:m.start()], None))
            runs.append((m.group(1), "sup"))
            pos = m.end()
        if pos < len(w):
            runs.append((w[pos:], None))
        words.append(runs)
    return words


def word_width(pdf, word, style, size):
    wsum = 0.0
    for t, kind in word:
        if kind == "sup":
            pdf.set_font("S", "", SUP_PT if size >= 10 else SUP_PT - 1)
        else:
            pdf.set_font("S", style, size)
        wsum += pdf.get_string_width(t)
    return wsum


def wrap(pdf, text, widths, style="", size=BODY_PT):
    """widths: function(line_index) -> available width. Returns list of lines (lists of words)."""
    words = tokens(text)
    pdf.set_font("S", style, size)
    space = pdf.get_string_width(" ")
    lines, cur, curw = [], [], 0.0
    for w in words:
        ww = word_width(pdf, w, style, size)
        avail = widths(len(lines))
        if cur and curw + space + ww > avail:
            lines.append(cur)
            cur, curw = [w], ww
        else:
            curw = ww if not cur else curw + space + ww
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


def draw_line(pdf, words, x, y, width, justify, style="", size=BODY_PT):
    pdf.set_font("S", style, size)
    space = pdf.get_string_width(" ")
    wws = [word_width(pdf, w, style, size) for w in words]
    gap = space
    if justify and len(words) > 1:
        gap = (width - sum(wws)) / (len(words) - 1)
    cx = x
    for w, ww in zip(words, wws):
        for t, kind in w:
            if kind == "sup":
                ssz = SUP_PT if size >= 10 else SUP_PT - 1
                pdf.set_font("S", "", ssz)
                pdf.text(cx, y - (1.45 if size >= 10 else 1.2), t)
                cx += pdf.get_string_width(t)
            else:
                pdf.set_font("S", style, size)
                pdf.text(cx, y, t)
                cx += pdf.get_string_width(t)
        cx += gap
    pdf.set_font("S", style, size)


def markers_in(words):
    return [t for w in words for t, k in w if k == "sup"]


class Layout:
    def __init__(self, pdf, first_label):
        self.pdf = pdf
        self.page_label = first_label
        self.heading_pages = {}
        self.fns_on_page = []
        self.y = None

    # footnotes -------------------------------------------------------
    def fn_lines(self, key):
        return wrap(self.pdf, FOOTNOTES[key], lambda i: TW - 6, "", FN_PT)

    def fn_height(self, keys):
        if not keys:
            return 0.0
        h = 6.0  # rule and gap
        for k in keys:
            h += len(self.fn_lines(k)) * FN_LH + 1.0
        return h

    def flush_footnotes(self):
        keys = self.fns_on_page
        if not keys:
            return
        pdf = self.pdf
        y = BOTTOM - self.fn_height(keys) + 6.0
        pdf.set_font("S", "", FN_PT)
        pdf.text(LM, y - 4.2, "_" * 20)
        for k in keys:
            lines = self.fn_lines(k)
            pdf.set_font("S", "", SUP_PT - 1)
            pdf.text(LM, y - 1.4, k)
            for i, ln in enumerate(lines):
                draw_line(pdf, ln, LM + 6, y, TW - 6, i < len(lines) - 1, "", FN_PT)
                y += FN_LH
            y += 1.0
        self.fns_on_page = []

    # pages -----------------------------------------------------------
    def header(self):
        pdf = self.pdf
        pdf.set_font("S", "", 10)
        for i, t in enumerate([SYMBOL, "Page %s" % self.page_label]):
            w = pdf.get_string_width(t)
            pdf.text(PAGE_W - RM - w, 14 + i * 4.6, t)

    def new_page(self, advance=True):
        self.flush_footnotes()
        self.pdf.add_page()
        if advance:
            self.page_label = str(int(self.page_label) + 1)
        self.header()
        self.y = TOP

    def room(self, height, new_fns=()):
        limit = BOTTOM - self.fn_height(self.fns_on_page + list(new_fns))
        return self.y + height <= limit

    def ensure(self, height, new_fns=()):
        if not self.room(height, new_fns):
            self.new_page()

    # blocks ----------------------------------------------------------
    def put_lines(self, lines, xs, widths, label=None, label_x=None, style=""):
        for i, ln in enumerate(lines):
            fns = markers_in(ln)
            self.ensure(LH, fns)
            if i == 0 and label:
                self.pdf.set_font("S", style, BODY_PT)
                self.pdf.text(label_x, self.y, label)
            draw_line(self.pdf, ln, xs(i), self.y, widths(i), i < len(lines) - 1, style)
            self.fns_on_page += fns
            self.y += LH

    def para(self, num, text):
        first_w, rest_w = TW - TAB, TW
        lines = wrap(self.pdf, text, lambda i: first_w if i == 0 else rest_w)
        self.ensure(LH * min(2, len(lines)))
        self.put_lines(lines, lambda i: LM + TAB if i == 0 else LM,
                       lambda i: first_w if i == 0 else rest_w, num + ".", LM)
        self.y += LH * 0.9

    def item(self, level, label, text):
        lx = LM + TAB * level
        tx = lx + (10.0 if level == 1 else 11.0)
        lines = wrap(self.pdf, text, lambda i: PAGE_W - RM - tx)
        self.ensure(LH * min(2, len(lines)))
        self.put_lines(lines, lambda i: tx, lambda i: PAGE_W - RM - tx, label, lx)
        self.y += LH * 0.6

    def bullet(self, text):
        lx, tx = LM + TAB, LM + TAB + 7.0
        lines = wrap(self.pdf, text, lambda i: PAGE_W - RM - tx)
        self.ensure(LH * min(2, len(lines)))
        self.put_lines(lines, lambda i: tx, lambda i: PAGE_W - RM - tx, "\u2022", lx)
        self.y += LH * 0.6

    def heading(self, level, num, text, key):
        self.y += LH * 0.3
        self.ensure(LH * 4)
        pdf = self.pdf
        style = "B" if level == 1 else "BI"
        pdf.set_font("S", style, BODY_PT)
        pdf.text(LM, self.y, num)
        pdf.text(LM + TAB, self.y, text)
        self.heading_pages[key] = self.page_label
        self.y += LH * 1.9

    def runtitle(self, text):
        pdf = self.pdf
        pdf.set_font("S", "B", BODY_PT)
        w = pdf.get_string_width(text)
        pdf.text((PAGE_W - w) / 2, self.y, text)
        self.y += LH * 2.2

    def table(self, spec):
        pdf = self.pdf
        cols = spec["cols"]
        rowh = 5.6
        nrows = len(spec["head"]) + len(spec["rows"])
        pdf.set_font("S", "", 9.5)
        lab_w = cols[0] - 3
        row_lines = [wrap(pdf, r[0], lambda i: lab_w, "", 9.5) for r in spec["rows"]]
        extra = sum(len(rl) - 1 for rl in row_lines) * 4.2
        height = LH * 1.6 + nrows * rowh + extra + 4
        self.ensure(height)
        # caption
        pdf.set_font("S", "B", 10)
        pdf.text(LM, self.y, spec["caption"])
        self.y += LH * 0.9
        x0 = LM
        xs = [x0]
        for c in cols:
            xs.append(xs[-1] + c)
        top = self.y
        pdf.set_line_width(0.2)
        # head
        yy = top
        for hi, hrow in enumerate(spec["head"]):
            for ci, cell in enumerate(hrow):
                if not cell:
                    continue
                pdf.set_font("S", "B", 9.5)
                w = pdf.get_string_width(cell)
                if ci == 0:
                    pdf.text(xs[0] + 1.5, yy + 4.2, cell)
                else:
                    pdf.text(xs[ci] + (cols[ci] - w) / 2, yy + 4.2, cell)
            yy += 4.4
        yy += 1.2
        pdf.line(xs[0], yy, xs[-1], yy)
        for r, rl in zip(spec["rows"], row_lines):
            is_total = r[0] == "Total"
            if is_total:
                pdf.line(xs[0], yy, xs[-1], yy)
            style = "B" if is_total else ""
            ly = yy + 4.2
            for li, ln in enumerate(rl):
                draw_line(pdf, ln, xs[0] + 1.5, ly + li * 4.2, lab_w, False, style, 9.5)
            numy = ly + (len(rl) - 1) * 4.2
            pdf.set_font("S", style, 9.5)
            for ci in range(1, len(cols)):
                t = r[ci]
                w = pdf.get_string_width(t)
                pdf.text(xs[ci + 1] - 2.0 - w, numy, t)
            yy += rowh + (len(rl) - 1) * 4.2
        pdf.rect(xs[0], top, xs[-1] - xs[0], yy - top + 0.8)
        for x in xs[1:-1]:
            pdf.line(x, top, x, yy + 0.8)
        self.y = yy + 0.8 + LH * 1.3


# ---------------------------------------------------------------- pages
def right(pdf, text, y, style="", size=BODY_PT):
    pdf.set_font("S", style, size)
    pdf.text(PAGE_W - RM - pdf.get_string_width(text), y, text)


def center(pdf, text, y, style="", size=BODY_PT):
    pdf.set_font("S", style, size)
    pdf.text((PAGE_W - pdf.get_string_width(text)) / 2, y, text)


def cover(pdf):
    pdf.add_page()
    right(pdf, SYMBOL, 22, "B", 12)
    right(pdf, "Original: ENGLISH", 32)
    right(pdf, "9 May 2003", 37.2)
    pdf.set_font("S", "B", BODY_PT)
    pdf.text(LM, 52, "HUNDREDTH SESSION")
    pdf.set_font("S", "", BODY_PT)
    rule = "_" * 200
    while pdf.get_string_width(rule) > TW:
        rule = rule[:-1]
    pdf.text(LM, 55, rule)
    center(pdf, TITLE, 112, "B", 12)
    # cover note
    pdf.set_font("S", "", 10)
    pdf.text(LM, 238, "__________")
    note = ("This document is to be considered by the Subcommittee on Budget and Finance at its "
            "Eighty-ninth Session on 27 May 2003, prior to its submission to the Executive Committee.")
    lines = wrap(pdf, note, lambda i: TW, "", 10)
    for i, ln in enumerate(lines):
        draw_line(pdf, ln, LM, 246 + i * 4.8, TW, i < len(lines) - 1, "", 10)
    # trilingual footer
    pdf.set_font("S", "B", 10)
    parts = ["EXECUTIVE COMMITTEE", "COMIT\u00c9 EX\u00c9CUTIF", "COMIT\u00c9 EJECUTIVO"]
    pdf.text(LM, 278, parts[0])
    center(pdf, parts[1], 278, "B", 10)
    right(pdf, parts[2], 278, "B", 10)


def contents_page(lay, pages):
    pdf = lay.pdf
    pdf.add_page()
    lay.page_label = "i"
    lay.header()
    center(pdf, "CONTENTS", 40, "B", BODY_PT)
    right(pdf, "Page", 52, "", BODY_PT)
    y = 62
    pdf.set_font("S", "", BODY_PT)
    dot = pdf.get_string_width(".")
    for label, title, level, key in CONTENTS:
        x = LM + (TAB if level else 0)
        style = "" if level else ""
        pdf.set_font("S", style, BODY_PT)
        pdf.text(x, y, label)
        tx = x + (TAB if level == 0 else 8.0)
        pdf.text(tx, y, title)
        end = tx + pdf.get_string_width(title) + 1.5
        pg = pages.get(key, "0")
        pw = pdf.get_string_width(pg)
        stop = PAGE_W - RM - 8.0
        n = int((stop - end) / (dot * 2.0))
        pdf.text(end, y, ". " * n)
        pdf.text(PAGE_W - RM - pw, y, pg)
        y += LH * (1.8 if level == 0 and key != "III" else 1.4)
        if level == 1 and key == "D":
            y += LH * 0.4


def build(pages):
    pdf = new_pdf()
    cover(pdf)
    lay = Layout(pdf, "i")
    contents_page(lay, pages)
    lay.page_label = "0"
    lay.new_page()
    for b in BODY:
        kind = b[0]
        if kind == "runtitle":
            lay.runtitle(b[1])
        elif kind == "h1":
            lay.heading(1, b[1], b[2], b[1].rstrip("."))
        elif kind == "h2":
            lay.heading(2, b[1], b[2], b[1].rstrip("."))
        elif kind == "para":
            lay.para(b[1], b[2])
        elif kind == "item":
            lay.item(b[1], b[2], b[3])
        elif kind == "bullet":
            lay.bullet(b[1])
        elif kind == "table":
            lay.table(b[1])
    lay.flush_footnotes()
    return pdf, lay.heading_pages


if __name__ == "__main__":
    _, pages = build({})
    pdf, pages2 = build(pages)
    assert pages == pages2
    pdf.output("ex-committee-2003.pdf")
    print("pages:", pdf.page_no(), pages)
