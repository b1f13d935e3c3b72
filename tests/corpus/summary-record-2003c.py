"""Draw summary-record-2003c.pdf: provisional summary record of the 449th meeting of the
IOM Council (Eighty-sixth Session, 19 November 2003), laid out with fpdf2."""
import os
import re

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "summary-record-2003c.pdf")

SYMBOL = "MC/C/SR/449"
PAGE_W, PAGE_H = 210.0, 297.0
LM, RM = 25.0, 20.0
TW = PAGE_W - LM - RM
BODY_TOP = 38.0
BODY_BOTTOM = PAGE_H - 22.0
FS = 12.0            # body font size (pt)
LH = 5.4             # body leading (mm)
PGAP = 3.8           # gap between blocks (mm)
INDENT = 12.7        # tab after paragraph number
FN_FS = 9.5
FN_LH = 4.1
SUP_FS = 7.5
PT = 25.4 / 72.0

# --------------------------------------------------------------------------------------------
# Content.  {n} marks a raised footnote marker glued to the preceding character.
# --------------------------------------------------------------------------------------------

FOOTNOTES = {
    "1": "The list of participants is reproduced in Annex I to document MC/2114.",
    "2": "The corrigendum concerns the English text only; the French and Spanish versions of "
         "document MC/2117 are not affected.",
    "3": "Updated figures as at 17 November 2003 are given in document MC/2119/Add.1.",
}

BODY = [
    ("text", "The meeting was called to order at 3.10 p.m."),

    ("heading", "REPORT ON THE HUNDREDTH SESSION OF THE EXECUTIVE COMMITTEE (MC/2114)"),
    ("para", 1, "The CHAIRPERSON invited the Chairman of the Executive Committee to present the "
               "report of the Committee on its Hundredth Session."),
    ("para", 2, "Mr. RAHMAN (Bangladesh), Chairman of the Executive Committee, said that the "
               "Committee had met in Geneva on 1 and 2 July 2003, with 31 Member States and a number "
               "of observers in attendance.{1} It had reviewed the Director General's Report on the "
               "Work of the Organization for the Year 2002 (MC/2103) and the Financial Report for the "
               "year ended 31 December 2002 (MC/2104), both of which it had approved, and it had taken "
               "note of the Administration's analysis of the effect of the strong Swiss franc on the "
               "Administrative Part of the Budget. The Committee had also held a first exchange of "
               "views on the management of Discretionary Income and had asked the Administration to "
               "prepare a more detailed paper on the subject for the autumn meeting of the "
               "Subcommittee on Budget and Finance. He thanked the members of the Committee for the "
               "constructive spirit in which the discussions had been conducted."),
    ("para", 3, "Mr. BRUNNER (Switzerland) said that his delegation welcomed the clarity of the "
               "report and the attention the Committee had paid to currency fluctuations, which had "
               "eroded the purchasing power of the Administrative Part of the Budget for several years "
               "in succession. It would be useful if future reports of the Committee summarized the "
               "action taken by the Administration on each of the Committee's earlier requests, so "
               "that Member States could follow them up more easily."),
    ("para", 4, "The DEPUTY DIRECTOR GENERAL said that the Administration would be pleased to "
               "include such a summary in its reports from the next session of the Executive "
               "Committee onwards, which was expected to be held in June 2004."),
    ("para", 5, "The CHAIRPERSON said that, in the absence of further comments, he would take it "
               "that the Council wished to take note of the report on the Hundredth Session of the "
               "Executive Committee."),
    ("para", 6, "It was so decided."),

    ("heading", "PROGRAMME AND BUDGET FOR 2004 (MC/2117, MC/2117/Corr.1 and MC/2122)"),
    ("para", 7, "Ms. LINDQVIST (Sweden), Chairperson of the Subcommittee on Budget and Finance, "
               "introducing the report of the Subcommittee on its Eighty-ninth Session (MC/2122), "
               "said that the Subcommittee had examined the Programme and Budget for 2004 in detail at "
               "its meeting of 28 October 2003. After a lengthy discussion, it had recommended that "
               "the Council:"),
    ("item", "(a)", "approve the Administrative Part of the Budget for 2004 in the amount of "
                    "CHF 37,045,000, which represented no increase over 2003 in nominal terms;"),
    ("item", "(b)", "take note of the Operational Part of the Budget, estimated at USD 427,810,600, "
                    "and of the projected Discretionary Income of USD 14,200,000; and"),
    ("item", "(c)", "request the Administration to submit to the Subcommittee, before its next "
                    "session, proposals for a sustainable arrangement to fund the costs of the core "
                    "structure."),
    ("para", 8, "The DIRECTOR, BUDGET AND FINANCE, said that document MC/2117/Corr.1 corrected an "
               "error in the staffing table for the Field and did not alter any of the budget "
               "totals.{2} Since the Subcommittee had met, additional funding had been confirmed for "
               "projects in Afghanistan, Iraq and the Sudan, which would be reflected in the first "
               "revision of the Programme and Budget to be presented in the spring of 2004; the "
               "increase in the Operational Part was therefore likely to exceed the 6 per cent shown "
               "in the document. Of the 72 positions funded from the Administrative Part, none was "
               "new: two vacant posts at Headquarters had been redeployed to the Missions with "
               "Regional Functions in Dakar and Bangkok."),
    ("para", 9, "Mr. OKAFOR (Nigeria), speaking on behalf of the African Group, said that the Group "
               "supported the budget proposals but wished to place on record its concern that the "
               "policy of zero nominal growth, maintained while the membership and the volume of "
               "activities grew steadily, was putting the core structure under considerable strain. "
               "Several of the African States admitted to membership in recent years had yet to see "
               "a corresponding strengthening of IOM's presence in their subregions. The Group would "
               "look favourably on the proposals requested in subparagraph (c) of the Subcommittee's "
               "recommendation, provided that they did not shift the burden onto the smallest "
               "contributors."),
    ("para", 10, "Ms. HALVORSEN (Norway) said that her Government endorsed the Subcommittee's "
                "recommendations. It had noted with satisfaction that the Administration had kept "
                "the administrative structure lean while absorbing a sharp rise in operations, but "
                "lean should not mean fragile. Her delegation would be prepared to consider a modest "
                "real increase in the Administrative Part for 2005, on condition that the "
                "Administration set out clear priorities and a timetable for strengthening its "
                "oversight and evaluation functions."),
    ("para", 11, "Mr. TANAKA (Japan) said that the principle of zero nominal growth remained "
                "essential for his Government, which was itself facing serious budgetary "
                "constraints. He appreciated the efforts made to redeploy existing resources rather "
                "than create new posts, and encouraged the Administration to continue along that "
                "path, in particular by reviewing the division of labour between Headquarters and "
                "the Field."),
    ("para", 12, "The representative of MEXICO expressed support for the draft Programme and Budget "
                "and stressed the importance of keeping Discretionary Income available for projects "
                "in developing countries, notably those in Latin America which found it difficult "
                "to attract earmarked funding. Her delegation would welcome a breakdown by region of "
                "the allocations made from Discretionary Income in 2003."),
    ("para", 13, "Mr. GARNIER (France) said that the French-speaking Member States continued to "
                "attach great importance to the timely issue of documents in all three official "
                "languages. Several documents for the current session had become available in "
                "French only a few days before the meeting of the Subcommittee, which had made it "
                "difficult for capitals to prepare instructions."),
    ("para", 14, "The DIRECTOR GENERAL thanked delegations for their broad support. The "
                "Administration shared the concern of many Member States regarding the core "
                "structure and would present, as requested by the Subcommittee, options for funding "
                "its costs in a sustainable manner, including a review of the overhead charged on "
                "projects. A regional breakdown of the Discretionary Income allocations would be "
                "circulated before the end of the year. He regretted the delays in translation, "
                "which had resulted from the late finalization of some of the budget tables, and "
                "undertook to bring forward the schedule of documents for the 2004 sessions."),
    ("text", "The meeting was suspended at 4.35 p.m. and resumed at 4.55 p.m."),
    ("para", 15, "The CHAIRPERSON drew the Council's attention to the draft resolution on the "
                "Programme and Budget for 2004 contained in document MC/L/1052, which reflected the "
                "recommendations of the Subcommittee on Budget and Finance, and asked whether the "
                "Council was ready to adopt it without a vote."),
    ("para", 16, "The draft resolution was adopted by consensus as Resolution No. 1097 (LXXXVI)."),

    ("heading", "STATUS REPORT ON OUTSTANDING CONTRIBUTIONS TO THE ADMINISTRATIVE PART OF THE "
                "BUDGET (MC/2119)"),
    ("para", 17, "The DIRECTOR, BUDGET AND FINANCE, introducing the document, said that, as at "
                "31 October 2003, contributions outstanding to the Administrative Part of the "
                "Budget totalled CHF 4,386,212, of which CHF 1,434,608 related to 2003 and "
                "CHF 2,951,604 to previous years.{3} Fourteen Member States were two or more full "
                "years in arrears and therefore subject to Article 4 of the Constitution, compared "
                "with seventeen a year earlier. Three of them had concluded payment plans with the "
                "Administration in accordance with Resolution No. 1078 (LXXXIV) of 4 December 2002, "
                "and two had already paid the first instalments due under those plans. Since "
                "31 October, payments had been received from Ecuador, Kyrgyzstan and Zambia."),
    ("para", 18, "The representative of PERU said that his Government had signed a payment plan in "
                "September 2003 and had paid the first instalment; it intended to settle the "
                "balance of its arrears over a four-year period, as agreed."),
    ("para", 19, "Ms. WALSH (United States of America) said that outstanding contributions were a "
                "matter of concern for all Member States, since arrears reduced the resources "
                "available for the core structure and undermined the principle of shared "
                "responsibility. Her delegation encouraged the remaining Member States subject to "
                "Article 4 to approach the Administration with a view to arranging payment plans, "
                "and asked that the Subcommittee continue to receive a status report at each of its "
                "sessions."),
    ("para", 20, "The CHAIRPERSON said he took it that the Council wished to take note of document "
                "MC/2119, to urge Member States in arrears to pay their contributions or to agree "
                "payment plans at the earliest opportunity, and to express its appreciation to "
                "those that had made special efforts to pay."),
    ("para", 21, "It was so decided."),

    ("heading", "ELECTION OF THE EXECUTIVE COMMITTEE (MC/2120)"),
    ("para", 22, "The CHAIRPERSON recalled that the Council elected the members of the Executive "
                "Committee for a term of two years. Following consultations among the regional "
                "groups, the following nine Member States had been nominated for 2004 and 2005: "
                "Bangladesh, Belgium, Chile, Egypt, Kenya, the Netherlands, the Philippines, Thailand "
                "and the United States of America. If he heard no objection, he would take it that "
                "the Council wished to elect those Member States by acclamation."),
    ("para", 23, "It was so decided."),
    ("para", 24, "The representative of GUATEMALA, speaking on behalf of the Group of Latin "
                "American and Caribbean States, congratulated the Member States elected and "
                "expressed the hope that future consultations would take fuller account of "
                "equitable geographical rotation, a principle which several delegations had "
                "emphasized during the general debate (MC/C/SR/446 and MC/C/SR/447)."),
    ("para", 25, "The CHAIRPERSON said that the comment would be reflected in the report on the "
                "session. The Council would resume its work at 10 a.m. the following day with the "
                "International Dialogue on Migration."),
    ("text", "The meeting rose at 5.50 p.m."),
]

CONTENTS = [
    ("Report on the Hundredth Session of the Executive Committee", "8"),
    ("Programme and Budget for 2004", "9"),
    ("Status report on outstanding contributions to the Administrative Part of the Budget", "10"),
    ("Election of the Executive Committee", "11"),
]

# --------------------------------------------------------------------------------------------
# A small line-layout engine (justified text, raised footnote markers, footnotes per page).
# --------------------------------------------------------------------------------------------


class Doc(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font("Times", "", 11)
            self.set_xy(LM, 12)
            self.cell(TW, 5, SYMBOL, align="R")
            self.set_xy(LM, 17)
            self.cell(TW, 5, "Page %d" % self.page_no(), align="R")


pdf = Doc(orientation="P", unit="mm", format="A4")
pdf.set_auto_page_break(False)
pdf.set_margins(LM, 15, RM)


def split_word(word):
    """Return runs [(text, is_sup)] for a word that may carry {n} markers."""
    runs = []
    for part in re.split(r"(\{\d+\})", word):
        if not part:
            continue
        m = re.fullmatch(r"\{(\d+)\}", part)
        runs.append((m.group(1), True) if m else (part, False))
    return runs


def run_width(runs, size, style=""):
    w = 0.0
    for text, sup in runs:
        pdf.set_font("Times", style, SUP_FS if sup else size)
        w += pdf.get_string_width(text)
    return w


def wrap(text, size, first_width, width, style=""):
    words = [split_word(w) for w in text.split()]
    pdf.set_font("Times", style, size)
    space = pdf.get_string_width(" ")
    lines, cur, cur_w = [], [], 0.0
    limit = first_width
    for runs in words:
        w = run_width(runs, size, style)
        add = w if not cur else cur_w + space + w
        if cur and add > limit + 0.01:
            lines.append(cur)
            cur, cur_w = [runs], w
            limit = width
        else:
            cur.append(runs)
            cur_w = add
    if cur:
        lines.append(cur)
    return lines


def markers_of(line):
    return [t for runs in line for (t, sup) in runs if sup]


def draw_line(line, x, y, width, size, justify, style=""):
    pdf.set_font("Times", style, size)
    space = pdf.get_string_width(" ")
    widths = [run_width(r, size, style) for r in line]
    gap = space
    if justify and len(line) > 1:
        gap = (width - sum(widths)) / (len(line) - 1)
    cx = x
    for runs, w in zip(line, widths):
        rx = cx
        for text, sup in runs:
            if sup:
                pdf.set_font("Times", style, SUP_FS)
                pdf.text(rx, y - 1.9, text)
            else:
                pdf.set_font("Times", style, size)
                pdf.text(rx, y, text)
            rx += pdf.get_string_width(text)
        cx += w + gap


class Flow:
    def __init__(self):
        self.y = None
        self.fns = []          # footnote markers on the current page

    def new_page(self):
        self.flush_footnotes()
        pdf.add_page()
        self.y = BODY_TOP

    def fn_height(self, markers):
        if not markers:
            return 0.0
        h = 4.0
        for m in markers:
            h += len(wrap(FOOTNOTES[m], FN_FS, TW - 6, TW - 6)) * FN_LH + 0.8
        return h

    def flush_footnotes(self):
        if not self.fns:
            return
        h = self.fn_height(self.fns)
        y = BODY_BOTTOM - h + 3.0
        pdf.set_line_width(0.2)
        pdf.line(LM, y - 2.0, LM + 50, y - 2.0)
        y += 1.5
        for m in self.fns:
            lines = wrap(FOOTNOTES[m], FN_FS, TW - 6, TW - 6)
            pdf.set_font("Times", "", SUP_FS)
            pdf.text(LM + 1.0, y + 1.6, m)
            for ln in lines:
                draw_line(ln, LM + 6, y + 2.9, TW - 6, FN_FS, False)
                y += FN_LH
            y += 0.8
        self.fns = []

    def room(self, n_lines, markers=()):
        need = n_lines * LH
        fh = self.fn_height(self.fns + [m for m in markers if m not in self.fns])
        return self.y + need <= BODY_BOTTOM - fh

    def block(self, lines, x_first, x_rest, w_first, w_rest, label=None, label_x=None,
              justify=True, style="", keep=1):
        """Place wrapped lines; keep = lines that must fit before starting on this page."""
        if self.y is None:
            self.new_page()
        if not self.room(min(keep, len(lines)), markers_of(lines[0])):
            self.new_page()
        for i, ln in enumerate(lines):
            mk = markers_of(ln)
            if not self.room(1, mk):
                self.new_page()
            x, w = (x_first, w_first) if i == 0 else (x_rest, w_rest)
            base = self.y + 4.0
            if i == 0 and label:
                pdf.set_font("Times", "", FS)
                pdf.text(label_x, base, label)
            last = i == len(lines) - 1
            draw_line(ln, x, base, w, FS, justify and not last, style)
            for m in mk:
                if m not in self.fns:
                    self.fns.append(m)
            self.y += LH
        self.y += PGAP


def cover():
    pdf.add_page()
    pdf.set_font("Times", "", 12)
    for i, t in enumerate([SYMBOL, "Original: English", "2 December 2003"]):
        pdf.set_xy(LM, 18 + i * 5.5)
        pdf.cell(TW, 5.5, t, align="R")
    pdf.set_font("Times", "B", 12)
    pdf.set_xy(LM, 44)
    pdf.cell(TW, 6, "EIGHTY-SIXTH SESSION", align="L")
    pdf.set_line_width(0.4)
    pdf.line(LM, 53, PAGE_W - RM, 53)
    pdf.set_font("Times", "B", 13)
    y = 66
    for t in ["PROVISIONAL", "SUMMARY RECORD OF THE FOUR HUNDRED AND FORTY-NINTH MEETING"]:
        pdf.set_xy(LM, y)
        pdf.cell(TW, 6, t, align="C")
        y += 7
    pdf.set_font("Times", "", 12)
    y += 8
    for t in ["Held at the Palais des Nations, Geneva,",
              "on Wednesday, 19 November 2003, at 3.10 p.m."]:
        pdf.set_xy(LM, y)
        pdf.cell(TW, 6, t, align="C")
        y += 6
    y += 10
    pdf.set_xy(LM, y)
    pdf.cell(TW, 6, "Chairperson:  Mr. J. Aranda Valdés (Chile)", align="L")
    y += 18
    pdf.set_font("Times", "B", 12)
    pdf.set_xy(LM, y)
    pdf.cell(60, 6, "CONTENTS", align="L")
    pdf.set_font("Times", "", 11)
    pdf.set_xy(PAGE_W - RM - 30, y - 2)
    pdf.multi_cell(30, 4.6, "Item of the\nagenda", align="C")
    y += 12
    pdf.set_font("Times", "", 12)
    num_x = PAGE_W - RM - 15
    title_w = 118
    for title, item in CONTENTS:
        lines = wrap(title, 12, title_w, title_w - 8)
        for i, ln in enumerate(lines):
            x = LM if i == 0 else LM + 8
            draw_line(ln, x, y + 4, title_w, 12, False)
            if i == len(lines) - 1:
                pdf.set_xy(num_x - 5, y)
                pdf.cell(10, 5.5, item, align="C")
            y += 5.6
        y += 3.5
    # correction note and trilingual footer
    pdf.set_line_width(0.2)
    pdf.line(LM, 240, PAGE_W - RM, 240)
    note = ("Corrections to this provisional record should be submitted in writing to the "
            "Governing Bodies Secretariat, IOM, Geneva, within one week of the date of issue. "
            "They will be consolidated in the final summary record of the session.")
    ny = 246
    for ln in wrap(note, 10.5, TW - 20, TW - 20, style="I"):
        draw_line(ln, LM + 10, ny, TW - 20, 10.5, False, style="I")
        ny += 4.6
    pdf.set_line_width(0.4)
    pdf.line(LM, 268, PAGE_W - RM, 268)
    pdf.set_font("Times", "B", 12)
    for i, word in enumerate(["COUNCIL", "CONSEIL", "CONSEJO"]):
        pdf.set_xy(LM + i * TW / 3, 271)
        pdf.cell(TW / 3, 6, word, align="C")


def body():
    flow = Flow()
    flow.new_page()
    for blk in BODY:
        kind = blk[0]
        if kind == "heading":
            lines = wrap(blk[1], FS, TW, TW, style="B")
            # keep the heading with at least two lines of the next paragraph
            if not flow.room(len(lines) + 3):
                flow.new_page()
            flow.block(lines, LM, LM, TW, TW, justify=False, style="B", keep=len(lines))
        elif kind == "para":
            _, num, text = blk
            lines = wrap(text, FS, TW - INDENT, TW)
            flow.block(lines, LM + INDENT, LM, TW - INDENT, TW, label="%d." % num, label_x=LM,
                       keep=2)
        elif kind == "item":
            _, lab, text = blk
            lines = wrap(text, FS, TW - 2 * INDENT, TW - 2 * INDENT)
            flow.block(lines, LM + 2 * INDENT, LM + 2 * INDENT, TW - 2 * INDENT, TW - 2 * INDENT,
                       label=lab, label_x=LM + INDENT, keep=2)
        elif kind == "text":
            lines = wrap(blk[1], FS, TW - INDENT, TW)
            flow.block(lines, LM + INDENT, LM, TW - INDENT, TW, keep=1)
    flow.flush_footnotes()


cover()
body()
pdf.set_title("Provisional summary record of the 449th meeting (MC/C/SR/449)")
pdf.output(OUT)
print("pages:", pdf.page_no())
