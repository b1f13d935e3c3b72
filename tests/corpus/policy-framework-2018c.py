"""Draws policy-framework-2018c.pdf: SCPF paper S/22/8 (2018), IOM Strategic Framework on Migration Data and Evidence."""
import os
import re

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "policy-framework-2018c.pdf")

SYMBOL = "S/22/8"
PAGE_W, PAGE_H = 210.0, 297.0
LM, RM = 25.0, 20.0
TW = PAGE_W - LM - RM          # text width
TOP = 32.0                     # first text line baseline area on body pages
BOTTOM = 275.0                 # lowest baseline for body text
FS = 11.5                      # body font size
LH = 5.4                       # body line height
FN_FS = 9.0
FN_LH = 4.0
IND = 10.0                     # one indentation step

TITLE_LINES = ["IOM STRATEGIC FRAMEWORK ON MIGRATION DATA", "AND EVIDENCE, 2018–2022"]

FOOTNOTES = {
    "1": "See document C/106/40, submitted to the Council at its 106th Session in November 2015.",
    "2": "Council Resolution No. 1310 of 24 November 2015 on the Migration Governance Framework.",
    "3": "A review of 120 national data systems conducted by the Global Migration Data Analysis Centre in 2017 "
         "found that fewer than half published annual statistics on immigration flows.",
    "4": "In 2017, the Displacement Tracking Matrix was deployed in 62 countries and tracked more than "
         "31 million internally displaced persons, returnees and migrants.",
    "5": "These amounts are indicative. They will be refined as country-level implementation plans are "
         "developed and will be reflected in the Programme and Budget for 2019.",
}

# ---------------------------------------------------------------- content
# ("h1", num, text) ("h2", num, text) ("p", num, text) ("item", level, label, text) ("table", ...)
BODY = [
    ("h1", "I.", "INTRODUCTION"),
    ("p", "1.", "This document presents the IOM Strategic Framework on Migration Data and Evidence for the "
     "period 2018–2022. It sets out the Organization’s vision for the collection, analysis, protection and "
     "use of migration data, together with the objectives, indicators and institutional arrangements through "
     "which that vision will be pursued. The Framework builds on the Migration Governance Framework,^1 the "
     "first principle of which calls for migration policy to be formulated on the basis of evidence and "
     "through a whole-of-government approach."),
    ("p", "2.", "In welcoming the Migration Governance Framework, the Council encouraged the Administration to "
     "support Member States in applying its principles and objectives.^2 Member States have since repeatedly "
     "underlined, in the Standing Committee and in the Council, the need for timely, reliable and "
     "disaggregated data on migration, a need also reflected in the first objective of the draft global "
     "compact for safe, orderly and regular migration."),
    ("p", "3.", "The document is structured as follows. Chapter II describes the context and the rationale for "
     "the Framework. Chapter III sets out its vision, guiding principles and objectives. Chapter IV outlines "
     "the arrangements for implementation, and Chapter V the arrangements for monitoring and reporting. An "
     "indicative implementation timeline is provided in the Annex."),
    ("h1", "II.", "CONTEXT AND RATIONALE"),
    ("h2", "A.", "Growing demand for migration data"),
    ("p", "4.", "Migration has risen steadily on national, regional and global policy agendas. Governments "
     "increasingly seek data not only on the number of migrants, but also on their characteristics, their "
     "contribution to development and the risks they face along their journeys. Such data are needed to "
     "design labour migration schemes, to plan services in countries of destination, to engage with diaspora "
     "communities and to prevent the loss of lives on migration routes."),
    ("p", "5.", "Despite this demand, the availability and quality of migration data remain uneven. Many "
     "countries do not include questions on country of birth or citizenship in their population censuses, "
     "and administrative records on entries, exits and residence permits are often incomplete or are not "
     "shared across ministries.^3 Data on irregular migration, on return and reintegration, and on internal "
     "displacement are scarcer still."),
    ("p", "6.", "The international community has recognized these gaps. The 2030 Agenda for Sustainable "
     "Development calls for data disaggregated by migratory status, and the New York Declaration for "
     "Refugees and Migrants commits States to improving data collection on migration. The global compact is "
     "expected to give further impetus to these efforts and to place specific expectations on the United "
     "Nations system, including IOM."),
    ("h2", "B.", "IOM’s data and research activities"),
    ("p", "7.", "IOM already produces a large body of data through its operations and research. Its main data "
     "activities include:"),
    ("item", 1, "•", "the Global Migration Data Analysis Centre in Berlin, which compiles and analyses migration "
     "statistics and supports national capacity-building;"),
    ("item", 1, "•", "the Displacement Tracking Matrix, which collects data on the numbers, locations and needs "
     "of displaced populations;^4"),
    ("item", 1, "•", "the Missing Migrants Project, which records deaths and disappearances of migrants along "
     "migration routes worldwide; and"),
    ("item", 1, "•", "the Counter-Trafficking Data Collaborative, the first global data hub on human "
     "trafficking to publish case data contributed by several organizations."),
    ("p", "8.", "These activities have grown rapidly but largely independently of one another, as noted in the "
     "update presented to the Standing Committee at its Twentieth Session (S/20/4). Data standards, data "
     "protection practices and dissemination channels differ between them, which limits the comparability of "
     "IOM data and the Organization’s ability to present a coherent picture to Member States and partners."),
    ("h1", "III.", "VISION, PRINCIPLES AND OBJECTIVES"),
    ("p", "9.", "The vision of the Framework is that, by 2022, IOM will be recognized as a leading source of "
     "reliable and accessible migration data and evidence, and as a trusted partner to Member States in "
     "strengthening their own data systems."),
    ("p", "10.", "The Framework is guided by the following principles:"),
    ("item", 1, "(a)", "*Relevance*: data collection and analysis should respond to the policy and operational "
     "needs of Member States and of IOM;"),
    ("item", 1, "(b)", "*Quality*: IOM data should be accurate, timely and, wherever possible, disaggregated by "
     "sex, age and migratory status;"),
    ("item", 1, "(c)", "*Protection*: personal data should be processed in accordance with the IOM Data "
     "Protection Principles and the principle of “do no harm”; and"),
    ("item", 1, "(d)", "*Partnership*: IOM should work with national statistical offices, the United Nations "
     "system and academia, rather than duplicate their efforts."),
    ("p", "11.", "Six objectives translate this vision into practice. Each is accompanied by a key performance "
     "indicator and a target to be reached by the end of 2022, as shown in Table 1."),
    ("table_main",),
    ("p", "12.", "The baselines for the indicators will be established by the end of 2018. Where data are "
     "already available, as for the number of national statistical offices supported, baselines will be "
     "drawn from the records of the Global Migration Data Analysis Centre and the regional offices."),
    ("p", "13.", "The objectives are mutually reinforcing. Stronger national data systems and better internal "
     "data governance are preconditions for a credible evidence base, while responsible data protection "
     "practices are essential if data are to be shared widely with policymakers and the public."),
    ("h1", "IV.", "IMPLEMENTATION"),
    ("h2", "A.", "Institutional arrangements"),
    ("p", "14.", "Overall coordination of the Framework will rest with the Global Migration Data Analysis "
     "Centre, under the guidance of an internal steering committee chaired by the Deputy Director General and "
     "composed of the directors of the departments concerned."),
    ("p", "15.", "Implementation will be organized at three levels:"),
    ("item", 1, "(a)", "at Headquarters, where the relevant departments will develop common data standards, "
     "guidance and tools, and will maintain the IOM migration data portal;"),
    ("item", 1, "(b)", "at regional level, through:"),
    ("item", 2, "(i)", "regional data hubs, to be established progressively in the regional offices to provide "
     "technical support to country offices and Member States; and"),
    ("item", 2, "(ii)", "regional thematic specialists, who will ensure that data collected by different "
     "projects follow common standards;"),
    ("item", 1, "(c)", "at country level, where country offices will designate data focal points and integrate "
     "data components into new projects."),
    ("p", "16.", "A data governance policy will be prepared in 2018 to define roles and responsibilities, "
     "including for the approval of data-sharing agreements, and will be shared with Member States for "
     "information."),
    ("h2", "B.", "Partnerships"),
    ("p", "17.", "IOM will continue to work closely with the United Nations Statistics Division, the Department "
     "of Economic and Social Affairs, the Office of the United Nations High Commissioner for Refugees, the "
     "World Bank and the Organisation for Economic Co-operation and Development, in particular through "
     "existing inter-agency mechanisms on migration statistics."),
    ("p", "18.", "Partnerships with academic institutions and the private sector will be pursued where they "
     "bring innovative data sources, such as mobile phone or social media data, provided that the privacy of "
     "individuals is fully protected."),
    ("h2", "C.", "Resources"),
    ("p", "19.", "The cost of implementing the Framework over the five-year period is estimated at "
     "USD 14.6 million, namely USD 2.4 million for the second half of 2018, USD 3.2 million in each of 2019 "
     "and 2020, and USD 2.9 million in each of 2021 and 2022.^5"),
    ("p", "20.", "The Administration will seek to fund these activities primarily through voluntary "
     "contributions, including unearmarked funding, and by integrating data components into the budgets of "
     "operational projects. Any requirements for the core structure will be presented in the context of the "
     "Programme and Budget."),
    ("h1", "V.", "MONITORING AND REPORTING"),
    ("p", "21.", "Progress against the indicators in Table 1 will be monitored annually by the steering "
     "committee on the basis of reports from the regional offices and the Headquarters departments."),
    ("p", "22.", "The Administration will report to the Standing Committee on the implementation of the "
     "Framework once a year, starting at its Twenty-fourth Session in 2019, and will include a summary of "
     "progress in the Annual Report of the Director General."),
    ("p", "23.", "A mid-term review will be conducted in 2020 and a final evaluation in 2022. The findings of "
     "both will be shared with Member States and will inform any revision of the Framework’s objectives and "
     "targets."),
    ("h1", "VI.", "ACTION REQUESTED OF THE STANDING COMMITTEE"),
    ("p", "24.", "The Standing Committee is invited to take note of the IOM Strategic Framework on Migration "
     "Data and Evidence, 2018–2022, and to provide guidance on its implementation."),
]

TABLE_CAPTION = "Table 1: Objectives, indicators and targets, 2018–2022"
TABLE_HEAD = ["Objective", "Key performance indicator", "Target by the end of 2022"]
TABLE_W = [52.0, 62.0, 51.0]
TABLE_ROWS = [
    ["Strengthen the capacity of Member States to collect and use migration data",
     "Number of national statistical offices receiving IOM technical support on migration statistics",
     "At least 40 national statistical offices, half of them in least developed countries"],
    ["Improve the quality and comparability of IOM operational data",
     "Percentage of IOM data sets published with standard metadata and disaggregated by sex and age",
     "80 per cent of published data sets with complete metadata"],
    ["Expand the evidence base on migration trends and impacts",
     "Number of analytical products issued by the Global Migration Data Analysis Centre",
     "Ten analytical products a year, including two regional data reports"],
    ["Ensure responsible data protection and data sharing",
     "Proportion of country offices that have completed a data protection impact assessment",
     "All country offices that manage personal data of beneficiaries"],
    ["Make migration data accessible to policymakers and the public",
     "Average number of monthly visits to the IOM migration data portal",
     "50,000 visits a month on average by the end of 2022"],
    ["Strengthen the internal governance of data across the Organization",
     "Adoption of a data governance policy and designation of data focal points",
     "Policy adopted and focal points designated in all regional offices"],
]

ANNEX_HEAD = ["Period", "Main milestones"]
ANNEX_W = [45.0, 120.0]
ANNEX_ROWS = [
    ["July–December 2018",
     "Internal steering committee established; baselines set for all indicators; data governance policy "
     "prepared"],
    ["2019",
     "First regional data hubs operational; common data standards issued; first annual report to the "
     "Standing Committee"],
    ["2020–2021",
     "Mid-term review of the Framework; data hubs extended to all regions; migration data portal expanded"],
    ["2022",
     "Final evaluation; results reported to the Standing Committee and the Council"],
]
ANNEX_NOTE = "The timeline is indicative and will be reviewed each year by the steering committee."


# ---------------------------------------------------------------- engine
class Doc(FPDF):
    pass


pdf = Doc(unit="mm", format="A4")
pdf.core_fonts_encoding = "windows-1252"
pdf.set_auto_page_break(False)
pdf.set_margins(LM, 15, RM)


def tokenize(text):
    """Split text into words; each word is a list of (segment, style) where style is '', 'I' or 'sup'."""
    words = []
    italic = False
    for raw in text.split(" "):
        if not raw:
            continue
        segs = []
        for part in re.split(r"(\^\d+)", raw):
            if not part:
                continue
            if part.startswith("^"):
                segs.append((part[1:], "sup"))
                continue
            buf = ""
            for ch in part:
                if ch == "*":
                    if buf:
                        segs.append((buf, "I" if italic else ""))
                        buf = ""
                    italic = not italic
                else:
                    buf += ch
            if buf:
                segs.append((buf, "I" if italic else ""))
        words.append(segs)
    return words


def seg_width(seg, size, bold=False):
    txt, st = seg
    if st == "sup":
        pdf.set_font("Times", "", size * 0.65)
    else:
        pdf.set_font("Times", ("B" if bold else "") + ("I" if st == "I" else ""), size)
    return pdf.get_string_width(txt)


def word_width(w, size, bold=False):
    return sum(seg_width(s, size, bold) for s in w)


def break_lines(text, first_w, rest_w, size=FS, bold=False):
    words = tokenize(text)
    pdf.set_font("Times", "B" if bold else "", size)
    sp = pdf.get_string_width(" ")
    lines, cur, cur_w = [], [], 0.0
    for w in words:
        ww = word_width(w, size, bold)
        limit = first_w if not lines else rest_w
        if cur and cur_w + sp + ww > limit:
            lines.append(cur)
            cur, cur_w = [w], ww
        else:
            cur_w = cur_w + (sp if cur else 0) + ww
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


def draw_line(words, x, y, width, justify, size=FS, bold=False):
    pdf.set_font("Times", "B" if bold else "", size)
    sp = pdf.get_string_width(" ")
    widths = [word_width(w, size, bold) for w in words]
    gap = sp
    if justify and len(words) > 1:
        gap = (width - sum(widths)) / (len(words) - 1)
    cx = x
    for w, ww in zip(words, widths):
        sx = cx
        for seg in w:
            txt, st = seg
            segw = seg_width(seg, size, bold)
            if st == "sup":
                pdf.text(sx, y - size * 0.13, txt)
            else:
                pdf.text(sx, y, txt)
            sx += segw
        cx += ww + gap


def markers(words):
    return [s[0] for w in words for s in w if s[1] == "sup"]


class Flow:
    def __init__(self):
        self.page_no = 0          # body page number ("Page N")
        self.y = None
        self.fns = []
        self.annex = False

    # footnote block height for a list of footnote ids
    def fn_height(self, ids):
        if not ids:
            return 0.0
        h = 4.0
        for i in ids:
            h += len(break_lines(FOOTNOTES[i], TW - 5, TW - 5, FN_FS)) * FN_LH + 0.8
        return h

    def limit(self, extra_ids=()):
        return BOTTOM - self.fn_height(self.fns + list(extra_ids))

    def new_page(self):
        if self.page_no or self.annex:
            self.finish_page()
        pdf.add_page()
        self.page_no += 1
        pdf.set_font("Times", "", 11)
        lines = [SYMBOL] + (["Annex"] if self.annex else []) + ["Page %d" % self.page_no]
        yy = 15.0
        for ln in lines:
            pdf.text(PAGE_W - RM - pdf.get_string_width(ln), yy, ln)
            yy += 4.6
        self.y = TOP + (4.6 if self.annex else 0)
        self.fns = []

    def finish_page(self):
        if not self.fns:
            return
        top = BOTTOM - self.fn_height(self.fns) + 8.0
        pdf.set_line_width(0.2)
        pdf.line(LM, top, LM + 50, top)
        yy = top + 4.5
        for i in self.fns:
            pdf.set_font("Times", "", FN_FS * 0.7)
            pdf.text(LM, yy - 1.2, i)
            for ln in break_lines(FOOTNOTES[i], TW - 5, TW - 5, FN_FS):
                draw_line(ln, LM + 5, yy, TW - 5, False, FN_FS)
                yy += FN_LH
            yy += 0.8

    def space(self, h):
        self.y += h

    def ensure(self, h, ids=()):
        if self.y + h > self.limit(ids):
            self.new_page()
            return True
        return False

    def heading(self, num, text, level, next_lines=2):
        gap = 4.0
        need = gap + LH + 3.0 + 3.0 + (next_lines - 1) * LH
        if self.y + need > self.limit():
            self.new_page()
        elif self.y > TOP + 1:
            self.y += gap
        pdf.set_font("Times", "B" if level == 1 else "BI", FS)
        pdf.text(LM, self.y, num)
        pdf.text(LM + IND, self.y, text)
        self.y += LH + 3.0

    def block(self, text, x_first, x_rest, label=None, label_x=None, gap=3.0, justify=True):
        lines = break_lines(text, PAGE_W - RM - x_first, PAGE_W - RM - x_rest)
        # keep at least two lines together at the foot of a page
        first_ids = markers(lines[0]) + (markers(lines[1]) if len(lines) > 1 else [])
        need = gap + LH * (min(2, len(lines)) - 1)
        if self.y + need > self.limit(first_ids):
            self.new_page()
        elif self.y > TOP + 1:
            self.y += gap
        for k, ln in enumerate(lines):
            ids = markers(ln)
            if self.y + LH * 0 > self.limit(ids) - 0.01:
                self.new_page()
            x = x_first if k == 0 else x_rest
            if k == 0 and label:
                pdf.set_font("Times", "", FS)
                pdf.text(label_x, self.y, label)
            last = k == len(lines) - 1
            draw_line(ln, x, self.y, PAGE_W - RM - x, justify and not last)
            self.fns += ids
            self.y += LH

    def table(self, head, widths, rows, caption=None):
        size, lh, pad = 10.0, 4.4, 1.6

        def cell_lines(txt, w, bold=False):
            return break_lines(txt, w - 2 * pad, w - 2 * pad, size, bold)

        def row_h(cells, bold=False):
            return max(len(cell_lines(c, w, bold)) for c, w in zip(cells, widths)) * lh + 2 * pad

        def draw_row(cells, bold=False, fill=False):
            h = row_h(cells, bold)
            x = LM
            top = self.y
            for c, w in zip(cells, widths):
                if fill:
                    pdf.set_fill_color(217, 217, 217)
                    pdf.rect(x, top, w, h, style="DF")
                else:
                    pdf.rect(x, top, w, h)
                yy = top + pad + lh * 0.78
                for ln in cell_lines(c, w, bold):
                    draw_line(ln, x + pad, yy, w - 2 * pad, False, size, bold)
                    yy += lh
                x += w
            self.y = top + h

        pdf.set_line_width(0.2)
        head_h = row_h(head, True)
        first_h = row_h(rows[0])
        cap_h = (LH + 1.5) if caption else 0
        if self.y + 5 + cap_h + head_h + first_h > self.limit():
            self.new_page()
        else:
            self.y += 5
        if caption:
            pdf.set_font("Times", "B", FS - 0.5)
            pdf.text(LM + (TW - pdf.get_string_width(caption)) / 2, self.y, caption)
            self.y += 2.5
        else:
            self.y -= LH - 1
        draw_row(head, True, True)
        for r in rows:
            if self.y + row_h(r) > self.limit():
                self.new_page()
                self.y -= LH - 1
                draw_row(head, True, True)
            draw_row(r)
        self.y += LH - 1


def cover():
    pdf.add_page()
    pdf.set_font("Times", "B", 12)
    for i, ln in enumerate([SYMBOL]):
        pdf.text(PAGE_W - RM - pdf.get_string_width(ln), 22, ln)
    pdf.set_font("Times", "", 12)
    for ln, yy in (("Original: English", 27.5), ("24 May 2018", 33)):
        pdf.text(PAGE_W - RM - pdf.get_string_width(ln), yy, ln)
    pdf.set_font("Times", "B", 12)
    org = "STANDING COMMITTEE ON PROGRAMMES AND FINANCE"
    pdf.text(LM, 52, org)
    pdf.set_font("Times", "", 12)
    pdf.text(LM, 58, "Twenty-second Session")
    pdf.set_font("Times", "B", 14)
    yy = 118
    for ln in TITLE_LINES:
        pdf.text((PAGE_W - pdf.get_string_width(ln)) / 2, yy, ln)
        yy += 7
    # trilingual footer
    pdf.set_line_width(0.4)
    pdf.line(LM, 268, PAGE_W - RM, 268)
    pdf.set_font("Times", "B", 9)
    foot = ["STANDING COMMITTEE ON PROGRAMMES AND FINANCE",
            "COMITÉ PERMANENT DES PROGRAMMES ET DES FINANCES",
            "COMITÉ PERMANENTE DE PROGRAMAS Y FINANZAS"]
    yy = 274
    for ln in foot:
        pdf.text((PAGE_W - pdf.get_string_width(ln)) / 2, yy, ln)
        yy += 4.2


def body():
    f = Flow()
    f.new_page()
    pdf.set_font("Times", "B", FS + 0.5)
    for ln in TITLE_LINES:
        pdf.text((PAGE_W - pdf.get_string_width(ln)) / 2, f.y, ln)
        f.y += 6
    f.y += 6
    for blk in BODY:
        kind = blk[0]
        if kind == "h1":
            f.heading(blk[1], blk[2], 1)
        elif kind == "h2":
            f.heading(blk[1], blk[2], 2)
        elif kind == "p":
            f.block(blk[2], LM + IND, LM, label=blk[1], label_x=LM)
        elif kind == "item":
            lvl, label, text = blk[1], blk[2], blk[3]
            lx = LM + IND * lvl
            f.block(text, lx + IND, lx + IND, label=label, label_x=lx, gap=2.0)
        elif kind == "table_main":
            f.table(TABLE_HEAD, TABLE_W, TABLE_ROWS, TABLE_CAPTION)
    f.finish_page()
    # annex
    f.annex = True
    f.fns = []
    f.page_no = 0
    pdf.add_page()
    f.page_no = 1
    pdf.set_font("Times", "", 11)
    yy = 15.0
    for ln in [SYMBOL, "Annex", "Page 1"]:
        pdf.text(PAGE_W - RM - pdf.get_string_width(ln), yy, ln)
        yy += 4.6
    f.y = TOP + 4
    pdf.set_font("Times", "B", FS + 0.5)
    for ln in ["ANNEX", "INDICATIVE IMPLEMENTATION TIMELINE, 2018–2022"]:
        pdf.text((PAGE_W - pdf.get_string_width(ln)) / 2, f.y, ln)
        f.y += 10 if ln == "ANNEX" else 6
    f.y += 2
    f.table(ANNEX_HEAD, ANNEX_W, ANNEX_ROWS)
    f.block(ANNEX_NOTE, LM, LM, gap=3.0, justify=False)


cover()
body()
pdf.output(OUT)
print("pages:", pdf.page)
