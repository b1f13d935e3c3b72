"""Draws policy-framework-2006b.pdf: an IOM information document (MC/INF/284, 2006)
laid out the way IOM printed Council papers in the mid-2000s. Library: reportlab."""
import os
import re

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, Table, TableStyle

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "policy-framework-2006b.pdf")

SYMBOL = "MC/INF/284"
TITLE_LINES = ["FRAMEWORK FOR IOM ACTION ON LABOUR", "MIGRATION AND DEVELOPMENT"]

W, H = A4
LM = 68.0
RM = 68.0
TW = W - LM - RM
BODY_TOP = H - 90
BOTTOM = 50
FS = 10.0
LEAD = 11.8
FN_FS = 8.5
FN_LEAD = 9.8
SUP_FS = 6.8
TAB = 36.0

ROMAN = "Times-Roman"
BOLD = "Times-Bold"
ITAL = "Times-Italic"
BOLDITAL = "Times-BoldItalic"

# ---------------------------------------------------------------- content
FOOTNOTES = {
    "1": "Submitted to the Council at its Eighty-eighth Session in November 2004; see paragraphs 14 to 22.",
    "2": "The High-Level Dialogue was convened pursuant to United Nations General Assembly resolutions "
         "58/208 of 23 December 2003 and 60/227 of 23 December 2005.",
    "3": "World Bank, Global Economic Prospects 2006: Economic Implications of Remittances and Migration "
         "(Washington, D.C., 2006).",
    "4": "Developed under the Berne Initiative, a States-owned consultative process launched by the "
         "Government of Switzerland in 2001, and presented at the Berne II Conference held on 16 and "
         "17 December 2004.",
    "5": "A pilot system set up in 2005-2006 with the Ministry of Economy and Trade of the Republic of Moldova.",
    "6": "Formerly the Geneva Migration Group: ILO, IOM, OHCHR, UNCTAD, UN DESA, UNDP, UNFPA, UNHCR, "
         "UNODC and the World Bank.",
}

TABLE1_CAPTION = "Table 1: Strategic objectives, main activities and partners"
TABLE1 = [
    ["Objective", "Main activities", "Partners"],
    ["Policy and legislative development",
     "Policy advice; review of draft legislation; support to bilateral labour agreements",
     "Ministries of labour and of foreign affairs; ILO"],
    ["Capacity-building",
     "Training of officials and labour attach\u00e9s; labour market information systems; "
     "oversight of recruitment agencies",
     "Labour administrations; regional consultative processes"],
    ["Protection of migrant workers",
     "Pre-departure and post-arrival orientation; information campaigns; referral services",
     "NGOs; trade unions; employers\u2019 associations"],
    ["Migration and development",
     "Remittance services; skills transfer; diaspora engagement; reintegration of returning workers",
     "Development agencies; World Bank; financial institutions"],
]

BODY = [
    ("running_title", " ".join(TITLE_LINES)),
    ("h1", "I.", "INTRODUCTION"),
    ("para", "1", "This paper sets out a framework for the Organization\u2019s work on labour migration for "
     "the period 2007\u20132009. It answers a request made by a number of Member States during the "
     "informal consultations held in Geneva on 14 June and 21 September 2006 for a short statement of "
     "what IOM seeks to achieve in this field, how it intends to go about it and with whom."),
    ("para", "2", "The framework draws on the debate on labour mobility held under the International "
     "Dialogue on Migration at the Eighty-ninth Session of the Council and on the background paper "
     "\u201cTowards a Comprehensive Approach to Labour Migration\u201d (MC/INF/276).^1 It also reflects the "
     "conclusions that emerged from the High-Level Dialogue on International Migration and Development "
     "held by the United Nations General Assembly in New York on 14 and 15 September 2006.^2"),
    ("para", "3", "Section II reviews recent trends in labour mobility and the Organization\u2019s experience "
     "to date. Section III proposes the principles that should govern IOM\u2019s action, Section IV "
     "describes four strategic objectives and Section V explains how the framework would be "
     "implemented, financed and monitored. An indicative breakdown of the resources required is "
     "provided in Annex I."),
    ("h1", "II.", "CONTEXT"),
    ("h2", "A.", "Trends in labour mobility"),
    ("para", "4", "The United Nations Population Division estimates that there were some 191 million "
     "international migrants in 2005, compared with 155 million in 1990, and that roughly half of them "
     "are economically active. Movements for employment are no longer confined to the traditional routes "
     "between neighbouring countries: they increasingly link South and South-East Asia with the Gulf "
     "States, and Central America and the Andean countries with North America and southern Europe."),
    ("para", "5", "The economic weight of these movements has grown accordingly. Officially recorded "
     "remittances to developing countries reached an estimated USD 167 billion in 2005, more than "
     "double the figure for 1995 and well above the level of official development assistance.^3 "
     "Transfers through informal channels may add a further 50 per cent or more."),
    ("para", "6", "Demographic ageing in many industrialized countries, together with persistent "
     "shortages in sectors such as health care, construction and agriculture, suggests that the demand "
     "for foreign labour will keep rising over the coming decade. At the same time, a significant share "
     "of labour migration still takes place outside regular channels, leaving many workers exposed to "
     "abusive recruitment practices, debt bondage and unsafe working conditions."),
    ("para", "7", "For the governments concerned, these trends raise three sets of questions, which "
     "recur in almost every request for assistance received by the Administration:"),
    ("item", "(a)", "how to match the supply of workers with verified labour market needs, in numbers and "
     "in skills, while keeping admission procedures transparent and affordable;"),
    ("item", "(b)", "how to protect the rights and welfare of migrant workers throughout the migration "
     "cycle, from recruitment to return; and"),
    ("item", "(c)", "how to ensure that labour migration contributes to the development of countries of "
     "origin, in particular through remittances, skills transfer and the engagement of diasporas."),
    ("h2", "B.", "IOM\u2019s experience to date"),
    ("para", "8", "Labour migration has become one of the fastest-growing areas of the Organization\u2019s "
     "work. The number of active projects in this field rose from 38 in 2001 to 112 in 2005, and related "
     "expenditure from USD 9.4 million to USD 31.7 million over the same period. Activities are now "
     "carried out in some 60 countries, with concentrations in Asia, Central America and the Western "
     "Balkans."),
    ("para", "9", "Among the more established activities are the pre-departure orientation of workers "
     "bound for Canada, Italy and Spain; the seasonal agricultural workers programme between Guatemala "
     "and Canada, under which 1,184 workers travelled in 2005; and the technical support provided since "
     "2003 to the Ministerial Consultations on Overseas Employment and Contractual Labour for Countries "
     "of Origin in Asia (the \u201cColombo Process\u201d)."),
    ("para", "10", "An internal review of these activities, completed in July 2006, drew the following "
     "lessons:"),
    ("item", "(a)", "projects work best where the authorities of both the country of origin and the "
     "country of destination are involved from the design stage;"),
    ("item", "(b)", "capacity-building needs to be sustained over several years to produce lasting "
     "changes in labour administrations;"),
    ("item", "(c)", "the fragmentation of funding into small, short-term projects limits the scope for "
     "comparison and for the dissemination of good practice; and"),
    ("item", "(d)", "closer cooperation with the International Labour Organization (ILO) and with "
     "employers\u2019 and workers\u2019 organizations would increase the reach and credibility of IOM\u2019s "
     "advice."),
    ("h1", "III.", "GUIDING PRINCIPLES"),
    ("para", "11", "The Administration proposes that the Organization\u2019s action on labour migration be "
     "guided by the following principles:"),
    ("bullet", "Orderly labour migration benefits countries of origin, countries of destination and "
     "migrants alike when it is planned and managed in cooperation among them."),
    ("bullet", "Decisions on the admission of foreign workers remain the sovereign prerogative of States; "
     "IOM\u2019s role is to advise and assist, not to prescribe."),
    ("bullet", "The human rights and labour rights of migrant workers must be respected at every stage, "
     "whatever their status."),
    ("bullet", "Gender-specific needs, notably those of women employed in domestic work, must be taken "
     "into account in the design of every activity."),
    ("bullet", "Activities should respond to the demand of Member States and complement, rather than "
     "duplicate, the work of other international organizations."),
    ("bullet", "Results should be documented and shared, so that good practice developed in one region "
     "can inform policy in another."),
    ("para", "12", "These principles are consistent with the purposes and functions set out in Article 1 "
     "of the IOM Constitution and with the common understandings contained in the International Agenda "
     "for Migration Management.^4 They also take account of the guidance given by the Council in "
     "Resolution No. 1107 (LXXXVIII) of 30 November 2004 on migration policy dialogue."),
    ("para", "13", "Applying these principles will require choices. The Administration will give "
     "priority to requests that involve both countries of origin and countries of destination, and will "
     "decline to recruit workers on behalf of private employers where it cannot verify the conditions "
     "of employment offered."),
    ("h1", "IV.", "STRATEGIC OBJECTIVES"),
    ("para", "14", "Within these principles, IOM would pursue four strategic objectives over the period "
     "2007\u20132009. The main activities envisaged under each objective and the principal partners with "
     "whom IOM expects to work are summarized in Table 1 below."),
    ("table1",),
    ("para", "15", "Under the first objective, IOM would help interested governments to formulate labour "
     "migration policies consistent with their labour market and development strategies. Particular "
     "attention would be given to bilateral arrangements: IOM is currently assisting in the negotiation "
     "or implementation of 14 such agreements in three regions."),
    ("para", "16", "The second objective concerns the capacity of the institutions that regulate labour "
     "migration. The activities envisaged include:"),
    ("item", "(a)", "training courses for officials of labour ministries and for labour attach\u00e9s posted "
     "abroad, building on the handbook on labour migration policies prepared with the Organization for "
     "Security and Co-operation in Europe and the ILO;"),
    ("item", "(b)", "the establishment or upgrading of labour market information systems able to identify "
     "shortages and surpluses of skills;^5 and"),
    ("item", "(c)", "assistance to the bodies responsible for licensing and monitoring private recruitment "
     "agencies."),
    ("para", "17", "The third objective is the protection of migrant workers. IOM would expand its "
     "orientation programmes, which reached more than 47,000 departing workers in 2005, and would work "
     "with trade unions, employers and non-governmental organizations to make information on rights, "
     "contracts and complaint mechanisms available in the workers\u2019 own languages."),
    ("para", "18", "The fourth objective seeks to strengthen the link between labour migration and "
     "development. IOM would support measures to lower the cost of remittance transfers, to encourage "
     "their productive investment and to facilitate the temporary or permanent return of qualified "
     "nationals, including through its Migration for Development in Africa (MIDA) programme."),
    ("para", "19", "Two concerns cut across all four objectives. The first is the lack of reliable and "
     "comparable data on labour migration flows, which the Administration intends to address together "
     "with the statistical services of Member States. The second is gender: women now account for almost "
     "half of all international migrants and, in several Asian countries of origin, for the majority of "
     "those leaving for work abroad."),
    ("h1", "V.", "IMPLEMENTATION"),
    ("h2", "A.", "Institutional arrangements"),
    ("para", "20", "The Labour Migration Service, established within the Migration Management Services "
     "Department in 2004, would coordinate the implementation of the framework. It would be supported by "
     "labour migration specialists based in the Missions with Regional Functions in Bangkok, Dakar, "
     "Pretoria, San Jos\u00e9 and Vienna."),
    ("para", "21", "Field offices would remain responsible for developing and managing projects in their "
     "countries. The Labour Migration Service would provide technical guidance, review project proposals "
     "and maintain a roster of experts available for short-term assignments."),
    ("para", "22", "By mid-2007 the Administration will issue operational guidelines on project design, "
     "the selection of workers, the verification of employment offers and orientation."),
    ("h2", "B.", "Partnerships"),
    ("para", "23", "The framework cannot be implemented by IOM alone. The Organization will continue to "
     "work closely with the ILO, in particular under the memorandum of understanding concluded between "
     "the two organizations, and with the other members of the Global Migration Group.^6"),
    ("para", "24", "Regional consultative processes offer a valuable forum for turning general principles "
     "into practical cooperation. IOM supports several of them, including the Colombo Process, the "
     "Regional Conference on Migration (Puebla Process) and the Migration Dialogue for Southern Africa, "
     "and will use them to test and disseminate the approaches described in this paper."),
    ("para", "25", "Partnerships with the private sector will be sought with employers\u2019 associations "
     "in countries of destination and with banks willing to lower the cost of remittance transfers."),
    ("h2", "C.", "Resources"),
    ("para", "26", "The implementation of the framework over 2007\u20132009 is estimated to require some "
     "USD 48.6 million: USD 14.4 million in 2007, USD 16.3 million in 2008 and USD 17.8 million in 2009. "
     "The breakdown by objective is shown in Annex I."),
    ("para", "27", "Most of these resources would, as at present, take the form of project funding from "
     "donor governments and from the governments of countries of origin and destination. The core staff "
     "costs of the Labour Migration Service at Headquarters are covered under the Administrative Part of "
     "the Budget, as set out in the Programme and Budget for 2007 (MC/2198)."),
    ("para", "28", "In addition, the Administration intends to allocate USD 450,000 from Discretionary "
     "Income in 2007 to seed funding for labour migration projects in developing Member States, "
     "complementing the support available under the 1035 Facility established by Council Resolution "
     "No. 1035 (LXXX) of 29 November 2000."),
    ("para", "29", "Member States are encouraged to consider multi-year and unearmarked contributions, "
     "which would help the Administration to plan ahead and to reduce the fragmentation noted in "
     "paragraph 10(c)."),
    ("h2", "D.", "Monitoring and reporting"),
    ("para", "30", "Progress will be measured against a small set of indicators for each objective, to be "
     "finalized in consultation with Member States by March 2007. They will include the number of "
     "bilateral agreements supported, the number of officials trained and the number of workers reached "
     "by orientation programmes."),
    ("para", "31", "The Administration will report on the framework in its annual report to the "
     "Executive Committee, submit a mid-term review to the Council in late 2008 and present an "
     "external evaluation in 2010."),
    ("h1", "VI.", "CONCLUSION"),
    ("para", "32", "Labour migration will remain a central feature of the global economy for the "
     "foreseeable future. The framework is meant to give Member States a clear picture of the "
     "contribution IOM can make, and to give the Organization a stable basis for planning, staffing and "
     "fundraising."),
    ("para", "33", "The framework is not static: it will be revised in the light of experience and of "
     "any guidance provided by the governing bodies."),
    ("para", "34", "The Council is invited to take note of this document and to endorse the guiding "
     "principles and strategic objectives set out in Sections III and IV."),
]

ANNEX_TITLE = "INDICATIVE RESOURCE REQUIREMENTS BY OBJECTIVE, 2007\u20132009"
ANNEX_CAPTION = "(in US dollars)"
ANNEX_ROWS = [
    ("Policy and legislative development", [2150000, 2400000, 2600000]),
    ("Capacity-building", [4300000, 4850000, 5200000]),
    ("Protection of migrant workers", [3700000, 4100000, 4450000]),
    ("Migration and development", [3900000, 4600000, 5150000]),
    ("Coordination, monitoring and evaluation", [380000, 390000, 430000]),
]
ANNEX_NOTE = ("The figures are indicative. They will be revised each year in the light of the funding "
              "actually received and will be reflected in the Programme and Budget documents submitted "
              "to the governing bodies.")


# ---------------------------------------------------------------- text engine
MARK = re.compile(r"\^(\d+)")


def word_runs(word, font, size):
    """Split a word into runs: plain text and raised footnote markers."""
    runs = []
    pos = 0
    for m in MARK.finditer(word):
        if m.start() > pos:
            runs.append((word[pos:m.start()], font, size, 0))
        runs.append((m.group(1), ROMAN, SUP_FS if size >= FS else size * 0.75, size * 0.38))
        pos = m.end()
    if pos < len(word):
        runs.append((word[pos:], font, size, 0))
    return runs


def runs_width(runs):
    return sum(stringWidth(t, f, s) for t, f, s, _ in runs)


def break_lines(text, font, size, first_width, width):
    words = [word_runs(w, font, size) for w in text.split()]
    space = stringWidth(" ", font, size)
    lines, cur, cur_w = [], [], 0.0
    avail = first_width
    for w in words:
        ww = runs_width(w)
        if cur and cur_w + space + ww > avail:
            lines.append(cur)
            cur, cur_w = [], 0.0
            avail = width
        cur_w = ww if not cur else cur_w + space + ww
        cur.append(w)
    if cur:
        lines.append(cur)
    return lines


def line_markers(line):
    out = []
    for w in line:
        for t, f, s, rise in w:
            if rise:
                out.append(t)
    return out


def draw_line(c, line, x, y, width, font, size, justify):
    space = stringWidth(" ", font, size)
    nat = sum(runs_width(w) for w in line) + space * (len(line) - 1)
    gap = space
    if justify and len(line) > 1:
        gap = space + (width - nat) / (len(line) - 1)
    for w in line:
        for t, f, s, rise in w:
            c.setFont(f, s)
            c.drawString(x, y + rise, t)
            x += stringWidth(t, f, s)
        x += gap


class Doc:
    def __init__(self, path):
        self.c = canvas.Canvas(path, pagesize=A4)
        self.c.setTitle(" ".join(TITLE_LINES))
        self.c.setAuthor("International Organization for Migration")
        self.page = 0          # body page number (cover = 0)
        self.y = None
        self.fns = []          # footnote ids on current page
        self.at_top = True

    # -- footnotes
    def fn_lines(self, key):
        indent = 10
        return break_lines(FOOTNOTES[key], ROMAN, FN_FS, TW - indent, TW - indent)

    def fn_height(self, keys):
        if not keys:
            return 0
        h = 14
        for k in keys:
            h += len(self.fn_lines(k)) * FN_LEAD + 2
        return h

    def draw_footnotes(self):
        if not self.fns:
            return
        c = self.c
        h = self.fn_height(self.fns)
        top = BOTTOM + h
        c.setLineWidth(0.5)
        c.line(LM, top - 4, LM + 144, top - 4)
        y = top - 4 - 11
        for k in self.fns:
            c.setFont(ROMAN, SUP_FS * 0.95)
            c.drawString(LM, y + 3, k)
            lines = self.fn_lines(k)
            for i, ln in enumerate(lines):
                draw_line(c, ln, LM + 10, y, TW - 10, ROMAN, FN_FS, i < len(lines) - 1)
                y -= FN_LEAD
            y -= 2

    # -- pages
    def header(self, second):
        c = self.c
        c.setFont(ROMAN, 10.5)
        c.drawRightString(W - RM, H - 50, SYMBOL)
        c.drawRightString(W - RM, H - 62.5, second)

    def new_page(self, second=None):
        if self.page > 0 or self.y is not None:
            self.draw_footnotes()
            self.c.showPage()
        self.page += 1
        self.fns = []
        self.header(second or "Page %d" % self.page)
        self.y = BODY_TOP
        self.at_top = True

    def room(self, h, new_fns=()):
        return self.y - h >= BOTTOM + self.fn_height(self.fns + list(new_fns))

    def space(self, pts):
        if not self.at_top:
            self.y -= pts

    # -- blocks
    def text_block(self, text, x_first, x_rest, right=None, font=ROMAN, size=FS, lead=LEAD,
                   label=None, label_x=None, label_font=None, before=8, keep=1, justify=True):
        right = right if right is not None else LM + TW
        lines = break_lines(text, font, size, right - x_first, right - x_rest)
        self.space(before)
        # keep at least `keep` lines with the label
        need = min(keep, len(lines)) * lead
        if not self.room(need, sum((line_markers(l) for l in lines[:keep]), [])):
            self.new_page()
        for i, ln in enumerate(lines):
            mk = line_markers(ln)
            if not self.room(lead, mk):
                self.new_page()
            self.y -= lead
            if i == 0 and label:
                self.c.setFont(label_font or font, size)
                self.c.drawString(label_x, self.y, label)
            x = x_first if i == 0 else x_rest
            draw_line(self.c, ln, x, self.y, right - x, font, size, justify and i < len(lines) - 1)
            self.fns.extend(mk)
            self.at_top = False

    def heading(self, label, text, level):
        font = BOLD if level == 1 else BOLDITAL
        before = 14 if level == 1 else 9
        self.space(before)
        if not self.room(LEAD * 3.3):
            self.new_page()
        self.y -= LEAD
        self.c.setFont(font, FS)
        self.c.drawString(LM, self.y, label)
        self.c.drawString(LM + TAB, self.y, text)
        self.at_top = False

    def running_title(self, text):
        lines = break_lines(text, BOLD, 11, TW - 40, TW - 40)
        for ln in lines:
            s = " ".join("".join(r[0] for r in w) for w in ln)
            self.y -= 13.5
            self.c.setFont(BOLD, 11)
            self.c.drawCentredString(W / 2, self.y, s)
        self.at_top = False

    def flow_table(self, tbl, caption=None, before=10):
        w, h = tbl.wrapOn(self.c, TW, H)
        cap_h = 18 if caption else 0
        self.space(before)
        if not self.room(h + cap_h):
            self.new_page()
        if caption:
            self.y -= 12
            self.c.setFont(BOLD, 10)
            self.c.drawCentredString(W / 2, self.y, caption)
            self.y -= 6
        tbl.drawOn(self.c, LM + (TW - w) / 2, self.y - h)
        self.y -= h
        self.at_top = False


def table1():
    hs = ParagraphStyle("th", fontName=BOLD, fontSize=9.5, leading=11, alignment=1)
    cs = ParagraphStyle("td", fontName=ROMAN, fontSize=9.5, leading=11)
    data = []
    for r, row in enumerate(TABLE1):
        data.append([Paragraph(cell, hs if r == 0 else cs) for cell in row])
    t = Table(data, colWidths=[118, 178, 150])
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return t


def annex_table():
    def fmt(n):
        return "{:,}".format(n)
    hs = ParagraphStyle("ah", fontName=BOLD, fontSize=9.5, leading=11, alignment=1)
    ls = ParagraphStyle("al", fontName=ROMAN, fontSize=9.5, leading=11)
    lb = ParagraphStyle("alb", fontName=BOLD, fontSize=9.5, leading=11)
    data = [[Paragraph("Objective", hs), Paragraph("2007", hs), Paragraph("2008", hs),
             Paragraph("2009", hs), Paragraph("Total", hs)]]
    totals = [0, 0, 0]
    for label, vals in ANNEX_ROWS:
        data.append([Paragraph(label, ls)] + [fmt(v) for v in vals] + [fmt(sum(vals))])
        totals = [a + b for a, b in zip(totals, vals)]
    data.append([Paragraph("Total", lb)] + [fmt(v) for v in totals] + [fmt(sum(totals))])
    assert sum(totals) == 48600000
    t = Table(data, colWidths=[170, 68, 68, 68, 72])
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("FONTNAME", (1, 1), (-1, -2), ROMAN),
        ("FONTNAME", (1, -1), (-1, -1), BOLD),
        ("FONTSIZE", (1, 1), (-1, -1), 9.5),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return t


# ---------------------------------------------------------------- pages
def draw_cover(c):
    c.setFont(BOLD, 11)
    c.drawRightString(W - RM, H - 70, SYMBOL)
    c.setFont(ROMAN, 11)
    c.drawRightString(W - RM, H - 88, "Original: English")
    c.drawRightString(W - RM, H - 101, "2 November 2006")
    c.setFont(BOLD, 11)
    c.drawCentredString(W / 2, H - 190, "COUNCIL")
    c.drawCentredString(W / 2, H - 212, "NINETY-SECOND SESSION")
    c.setLineWidth(0.8)
    c.line(LM + 60, H - 232, W - RM - 60, H - 232)
    c.setFont(BOLD, 13)
    y = H - 290
    for ln in TITLE_LINES:
        c.drawCentredString(W / 2, y, ln)
        y -= 17
    # trilingual footer of the MC era
    c.setLineWidth(1.2)
    c.line(LM, 112, W - RM, 112)
    c.setFont(BOLD, 14)
    for x, word in ((LM + 40, "COUNCIL"), (W / 2, "CONSEIL"), (W - RM - 40, "CONSEJO")):
        c.drawCentredString(x, 90, word)
    c.showPage()


def main():
    d = Doc(OUT)
    draw_cover(d.c)
    d.new_page()
    for blk in BODY:
        kind = blk[0]
        if kind == "running_title":
            d.running_title(blk[1])
        elif kind == "h1":
            d.heading(blk[1], blk[2], 1)
        elif kind == "h2":
            d.heading(blk[1], blk[2], 2)
        elif kind == "para":
            d.text_block(blk[2], LM + TAB, LM, label=blk[1] + ".", label_x=LM, before=10, keep=2)
        elif kind == "item":
            d.text_block(blk[2], LM + 2 * TAB, LM + 2 * TAB, label=blk[1], label_x=LM + TAB, before=5)
        elif kind == "bullet":
            d.text_block(blk[1], LM + 2 * TAB, LM + 2 * TAB, label="\u2022", label_x=LM + TAB + 4,
                         before=5)
        elif kind == "table1":
            d.flow_table(table1(), TABLE1_CAPTION)
    # Annex I on its own page
    d.new_page("Annex I")
    d.y -= 14
    d.c.setFont(BOLD, 11)
    d.c.drawCentredString(W / 2, d.y, ANNEX_TITLE)
    d.y -= 20
    d.c.setFont(ITAL, 10)
    d.c.drawCentredString(W / 2, d.y, ANNEX_CAPTION)
    d.y -= 6
    t = annex_table()
    w, h = t.wrapOn(d.c, TW, H)
    t.drawOn(d.c, LM + (TW - w) / 2, d.y - h)
    d.y -= h
    d.at_top = False
    d.text_block(ANNEX_NOTE, LM, LM, before=14, size=9.5, lead=11.5)
    d.draw_footnotes()
    d.c.showPage()
    d.c.save()
    print("pages:", d.page + 1)


if __name__ == "__main__":
    main()
