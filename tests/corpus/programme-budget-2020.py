"""Draws programme-budget-2020.pdf: IOM Council document C/111/6, Programme and Budget for 2021.

Laid out with reportlab's canvas by a small flow engine: numbered paragraphs with the IOM first-line
tab, lettered and bulleted items with hanging indents, raised footnote markers whose bodies are set at
the foot of the page that carries the marker, tables drawn at column positions, running header
"C/111/6 / Page n" after the cover.
"""
import re
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = "programme-budget-2020.pdf"
SYMBOL = "C/111/6"
W, H = A4
LM = 72.0
RM = W - 72.0
TW = RM - LM
BOTTOM = 54.0
TOP_BODY = H - 84.0

F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
SIZE, LEAD = 10.0, 12.2
FN_SIZE, FN_LEAD = 8.0, 10.0
MARK_SIZE, MARK_RISE = 6.5, 3.6
TAB = 36.0
PARA_GAP = 9.0

FOOTNOTES = {
    "1": "The Organization\u2019s response to the pandemic is described in the IOM Global Strategic "
         "Preparedness and Response Plan, first issued in March 2020 and revised in May and August 2020.",
    "2": "The Internal Governance Framework sets out the core structure, systems and controls that the "
         "Organization requires to operate effectively; its implementation was reported on in the Summary "
         "update on the Programme and Budget for 2020 (S/27/4).",
    "3": "Includes the cost of interpretation and translation for the sessions of the Council and of the "
         "Standing Committee on Programmes and Finance.",
    "4": "Member States that joined the Organization in 2020 are included in the scale at the rates "
         "applied to them by the United Nations.",
    "5": "Total expenditure in 2019 is reported in the Financial Report for the year ended 31 December 2019 "
         "(C/111/3).",
    "6": "The Office of the Ombudsperson was previously funded from Operational Support Income; its transfer "
         "to the Administrative Part of the Budget was proposed in document S/26/6.",
}

# ---------------------------------------------------------------- content (body)
BODY = [
    ("running", "PROGRAMME AND BUDGET FOR 2021"),
    ("h1", "I.", "INTRODUCTION"),
    ("para", "1", "The Programme and Budget for 2021 is submitted to the Council in accordance with the "
     "Constitution and the Financial Regulations of the Organization. It sets out the resources that the "
     "Administration expects to need in 2021 under the Administrative Part of the Budget, which is financed "
     "from the assessed contributions of Member States and expressed in Swiss francs, and under the "
     "Operational Part of the Budget, which is financed from voluntary contributions and expressed in "
     "United States dollars."),
    ("para", "2", "The document has been prepared while the coronavirus disease (COVID-19) pandemic continues "
     "to disrupt human mobility in every region and to place exceptional demands on the Organization\u2019s "
     "field presence.{1} The estimates for the Operational Part of the Budget are therefore more provisional "
     "than in previous years, and they will be updated in the first revision of the Programme and Budget for "
     "2021, to be presented to the Standing Committee on Programmes and Finance in mid-2021."),
    ("para", "3", "In preparing this budget, the Administration has been guided by the following "
     "considerations:"),
    ("item", "(a)", "the continued application of zero nominal growth to the Administrative Part of the "
     "Budget, as requested by Member States;"),
    ("item", "(b)", "the need to strengthen the core structure of the Organization in line with the Internal "
     "Governance Framework;{2}"),
    ("item", "(c)", "the alignment of resources with the Strategic Vision presented to Member States in "
     "document C/110/INF/1; and"),
    ("item", "(d)", "the maintenance of a sustainable level of Operational Support Income to finance "
     "essential functions at Headquarters and in the field."),
    ("para", "4", "Chapter II presents the Administrative Part of the Budget, chapter III the Operational Part "
     "of the Budget and Operational Support Income, and chapter IV the staffing levels. A breakdown of the "
     "Administrative Part of the Budget by organizational unit is provided in the annex."),
    ("h1", "II.", "ADMINISTRATIVE PART OF THE BUDGET"),
    ("h2", "A.", "Budget level"),
    ("para", "5", "The Administrative Part of the Budget for 2021 amounts to CHF 52,219,000. This is the same "
     "level as that approved for 2020 by the Council in Resolution No. 1376 of 27 November 2019, when it "
     "adopted the Programme and Budget for 2020 (C/110/6)."),
    ("para", "6", "Holding the budget at its 2020 level implies a reduction in real terms, since statutory "
     "increases in staff costs, estimated at CHF 540,000, have to be absorbed. The Administration has "
     "offset them through savings on travel, general office expenses and meetings, and by moving a number "
     "of transactional functions to the Manila and Panama Administrative Centres."),
    ("h2", "B.", "Breakdown by object of expenditure"),
    ("para", "7", "Table 1 shows the Administrative Part of the Budget by object of expenditure. Staff "
     "salaries and benefits represent 80.3 per cent of the total for 2021, compared with 79.2 per cent "
     "in 2020."),
    ("table", "t1"),
    ("para", "8", "The lower provision for travel reflects the wider use of remote meetings, which the "
     "pandemic made necessary and which the Administration intends to retain where they have proved "
     "effective. The saving under meetings of governing bodies results mainly from holding informal "
     "consultations in virtual or hybrid format."),
    ("h2", "C.", "Assessed contributions"),
    ("para", "9", "Assessed contributions for 2021 are calculated on the basis of the IOM scale of "
     "assessment for 2021, which remains fully aligned with the scale of assessment of the United Nations. "
     "The scale, covering 173 Member States, is set out in document S/27/7.{4}"),
    ("para", "10", "The timely payment of assessed contributions remains essential to the functioning of "
     "the Organization. The Administration once again urges Member States with outstanding contributions "
     "to settle them in full or to agree on a payment plan."),
    ("h1", "III.", "OPERATIONAL PART OF THE BUDGET"),
    ("h2", "A.", "Funding estimates"),
    ("para", "11", "The Operational Part of the Budget for 2021 is estimated at USD 1,140.6 million. The "
     "figure covers only projects that were funded, or reasonably certain to be funded, when this document "
     "was prepared. As in earlier years, it will rise considerably in the course of the year as new "
     "projects are approved: total expenditure in 2019 reached USD 2,130.8 million.{5}"),
    ("h2", "B.", "Distribution by region"),
    ("para", "12", "Table 2 distributes the Operational Part of the Budget among the nine regions covered by "
     "the regional offices, with a separate line for global support and services. Asia and the Pacific "
     "and the Middle East and North Africa together account for 34.4 per cent of the total."),
    ("table", "t2"),
    ("h2", "C.", "Operational Support Income"),
    ("para", "13", "Operational Support Income, generated from the overhead charged on projects, is budgeted "
     "at USD 140 million for 2021, unchanged from the revised budget for 2020 in view of the uncertainty "
     "surrounding project funding."),
    ("para", "14", "The Administration proposes to use Operational Support Income for 2021 as follows:"),
    ("bullet", "\u2022", "USD 97.4 million for core structure not covered by the Administrative Part of the Budget;"),
    ("bullet", "\u2022", "USD 30.1 million for the enterprise resource planning system and other information "
     "technology investments; and"),
    ("bullet", "\u2022", "USD 12.5 million for the Operational Support Income reserve."),
    ("h1", "IV.", "STAFFING"),
    ("para", "15", "Table 3 sets out the positions funded from the Administrative Part of the Budget. Two "
     "General Service positions are abolished, as their functions move to the Manila Administrative Centre."),
    ("table", "t3"),
    ("para", "16", "Four positions are upgraded: one from P-4 to P-5, two from P-3 to P-4 and one from P-2 to "
     "P-3, reflecting the wider responsibilities of the units concerned."),
    ("h1", "V.", "CONCLUSION"),
    ("para", "17", "The Council is invited to approve the Programme and Budget for 2021, with an "
     "Administrative Part of the Budget of CHF 52,219,000 and an Operational Part of the Budget estimated at "
     "USD 1,140.6 million, by adopting the draft resolution contained in document C/111/L/5."),
]

ANNEX = [
    ("annexlabel", "ANNEX"),
    ("annextitle", "ADMINISTRATIVE PART OF THE BUDGET BY ORGANIZATIONAL UNIT"),
    ("para", "1", "This annex distributes the Administrative Part of the Budget for 2021 among the main "
     "organizational units of the Organization. The figures are consistent with table 1; staff costs "
     "include all the positions listed in table 3."),
    ("table", "t4"),
    ("para", "2", "The Office of the Director General comprises the Office of Legal Affairs, the Office of "
     "the Inspector General, the Ethics and Conduct Office and the Office of the Ombudsperson.{6}"),
    ("para", "3", "The costs of the governing bodies are shown under the Department of International "
     "Cooperation and Partnerships, which services the sessions of the Council and of the Standing "
     "Committee."),
]

TABLES = {
    "t1": dict(
        caption="Table 1 \u2013 Administrative Part of the Budget by object of expenditure (in Swiss francs)",
        head=[("Object of expenditure", ""), ("2020", "approved"), ("2021", "estimates"), ("Difference", "")],
        rows=[
            ("Staff salaries and benefits", "41,380,000", "41,920,000", "540,000"),
            ("Travel and representation", "1,250,000", "1,010,000", "(240,000)"),
            ("General office expenses", "3,190,000", "3,050,000", "(140,000)"),
            ("Communications", "1,160,000", "1,120,000", "(40,000)"),
            ("Contractual services", "2,640,000", "2,700,000", "60,000"),
            ("Information technology", "1,929,000", "1,909,000", "(20,000)"),
            ("Meetings of governing bodies{3}", "670,000", "510,000", "(160,000)"),
        ],
        total=("Total", "52,219,000", "52,219,000", "\u2013"),
    ),
    "t2": dict(
        caption="Table 2 \u2013 Operational Part of the Budget by region, 2021 (in thousands of US dollars)",
        head=[("Region", ""), ("Staff and", "office costs"), ("Programme", "costs"), ("Total", "")],
        rows=[
            ("Asia and the Pacific", "58,420", "146,310", "204,730"),
            ("Central America, North America and the Caribbean", "21,870", "52,940", "74,810"),
            ("East and Horn of Africa", "29,650", "98,120", "127,770"),
            ("European Economic Area", "18,230", "41,560", "59,790"),
            ("Middle East and North Africa", "34,980", "152,470", "187,450"),
            ("South America", "14,760", "38,290", "53,050"),
            ("South-Eastern Europe, Eastern Europe and Central Asia", "22,140", "47,330", "69,470"),
            ("Southern Africa", "9,870", "26,410", "36,280"),
            ("West and Central Africa", "31,550", "108,640", "140,190"),
            ("Global support and services", "46,290", "140,770", "187,060"),
        ],
        total=("Total", "287,760", "852,840", "1,140,600"),
    ),
    "t3": dict(
        caption="Table 3 \u2013 Staffing table: positions funded from the Administrative Part of the Budget",
        head=[("Grade", ""), ("2020", ""), ("2021", ""), ("Change", "")],
        rows=[
            ("Ungraded (DG, DDG)", "2", "2", "\u2013"),
            ("D-2", "5", "5", "\u2013"),
            ("D-1", "14", "14", "\u2013"),
            ("P-5", "38", "39", "1"),
            ("P-4", "62", "63", "1"),
            ("P-3", "48", "47", "(1)"),
            ("P-2", "20", "19", "(1)"),
            ("Subtotal, officials", "189", "189", "\u2013"),
            ("General Service", "146", "144", "(2)"),
        ],
        total=("Total", "335", "333", "(2)"),
    ),
    "t4": dict(
        caption="Table 4 \u2013 Administrative Part of the Budget by organizational unit, 2021 (in Swiss francs)",
        head=[("Organizational unit", ""), ("Staff", "costs"), ("Non-staff", "costs"), ("Total", "")],
        rows=[
            ("Office of the Director General", "6,840,000", "1,220,000", "8,060,000"),
            ("Department of Operations and Emergencies", "4,210,000", "540,000", "4,750,000"),
            ("Department of Migration Management", "3,960,000", "480,000", "4,440,000"),
            ("Department of International Cooperation and Partnerships", "4,580,000", "1,310,000",
             "5,890,000"),
            ("Department of Resources Management", "8,730,000", "3,879,000", "12,609,000"),
            ("Manila and Panama Administrative Centres", "5,120,000", "1,150,000", "6,270,000"),
            ("Regional offices", "8,480,000", "1,720,000", "10,200,000"),
        ],
        total=("Total", "41,920,000", "10,299,000", "52,219,000"),
    ),
}

CONTENTS_GROUPS = [  # (top entry key, children keys) -- keys are heading texts, pages found by layout
    ("I.", "INTRODUCTION", []),
    ("II.", "ADMINISTRATIVE PART OF THE BUDGET",
     [("A.", "Budget level"), ("B.", "Breakdown by object of expenditure"), ("C.", "Assessed contributions")]),
    ("III.", "OPERATIONAL PART OF THE BUDGET",
     [("A.", "Funding estimates"), ("B.", "Distribution by region"), ("C.", "Operational Support Income")]),
    ("IV.", "STAFFING", []),
    ("V.", "CONCLUSION", []),
]


# ---------------------------------------------------------------- text helpers
def tokens(text):
    """Split text into (word, marker) tokens; '{n}' glued to a word is a raised footnote marker."""
    out = []
    for w in text.split():
        m = re.match(r"^(.*?)\{(\w+)\}$", w)
        out.append((m.group(1), m.group(2)) if m else (w, None))
    return out


def tok_width(tok, font, size):
    w, mk = tok
    width = stringWidth(w, font, size)
    if mk:
        width += stringWidth(mk, font, MARK_SIZE * size / SIZE) + 0.4
    return width


def wrap(text, widths, font=F, size=SIZE):
    """widths: width of first line, then of following lines. Returns list of token lists."""
    toks = tokens(text)
    lines, cur, curw = [], [], 0.0
    sp = stringWidth(" ", font, size)
    for t in toks:
        tw = tok_width(t, font, size)
        avail = widths[0] if not lines else widths[1]
        if cur and curw + sp + tw > avail:
            lines.append(cur)
            cur, curw = [t], tw
        else:
            curw = curw + (sp if cur else 0) + tw
            cur.append(t)
    if cur:
        lines.append(cur)
    return lines


def draw_tokens(c, x, y, toks, font=F, size=SIZE):
    sp = stringWidth(" ", font, size)
    for i, (w, mk) in enumerate(toks):
        if i:
            x += sp
        c.setFont(font, size)
        c.drawString(x, y, w)
        x += stringWidth(w, font, size)
        if mk:
            ms = MARK_SIZE * size / SIZE
            t = c.beginText(x + 0.4, y)
            t.setFont(font, ms)
            t.setRise(MARK_RISE * size / SIZE)
            t.textOut(mk)
            c.drawText(t)
            x += stringWidth(mk, font, ms) + 0.4
    return x


def markers(toks):
    return [mk for _, mk in toks if mk]


# ---------------------------------------------------------------- page engine
class Doc:
    def __init__(self):
        self.c = canvas.Canvas(OUT, pagesize=A4)
        self.c.setTitle("Programme and Budget for 2021")
        self.c.setAuthor("International Organization for Migration")
        self.page_label = None
        self.y = None
        self.fns = []          # footnote keys on current page
        self.fn_h = 0.0
        self.heading_pages = {}

    # footnote body layout
    def fn_lines(self, key):
        return wrap(FOOTNOTES[key], (TW - 14, TW - 14), F, FN_SIZE)

    def fn_height(self, keys):
        h = 0.0
        for k in keys:
            h += len(self.fn_lines(k)) * FN_LEAD + 2
        if keys and not self.fns:
            h += 14  # separator rule and gap
        return h

    def header(self):
        c = self.c
        c.setFont(F, SIZE)
        c.drawRightString(RM, H - 50, SYMBOL)
        c.drawRightString(RM, H - 50 - LEAD, "Page %s" % self.page_label)

    def new_page(self, label):
        if self.y is not None:
            self.finish_page()
        self.page_label = label
        self.header()
        self.y = TOP_BODY
        self.fns, self.fn_h = [], 0.0

    def finish_page(self):
        c = self.c
        if self.fns:
            y = BOTTOM + self.fn_h - 6
            c.setLineWidth(0.5)
            c.line(LM, y, LM + 144, y)
            y -= 12
            for k in self.fns:
                t = c.beginText(LM, y)
                t.setFont(F, MARK_SIZE)
                t.setRise(3.0)
                t.textOut(k)
                c.drawText(t)
                for i, ln in enumerate(self.fn_lines(k)):
                    draw_tokens(c, LM + 14, y, ln, F, FN_SIZE)
                    y -= FN_LEAD
                y -= 2
        c.showPage()

    def room(self):
        return self.y - (BOTTOM + self.fn_h)

    def next_body_page(self):
        lab = self.page_label
        self.new_page(str(int(lab) + 1))

    def ensure(self, need, fn_keys=()):
        extra = self.fn_height(list(fn_keys))
        if self.room() - extra < need:
            self.next_body_page()

    def place_line(self, x, toks, font=F, size=SIZE, lead=LEAD):
        mks = markers(toks)
        self.ensure(lead, mks)
        if mks:
            self.fn_h += self.fn_height(mks)
            self.fns.extend(mks)
        draw_tokens(self.c, x, self.y - size, toks, font, size)
        self.y -= lead

    def gap(self, g):
        self.y -= g

    # blocks
    def para(self, num, text):
        self.gap(PARA_GAP)
        lines = wrap(text, (TW - TAB, TW))
        self.ensure(LEAD * min(2, len(lines)), markers(lines[0]))
        self.c.setFont(F, SIZE)
        self.c.drawString(LM, self.y - SIZE, num + ".")
        for i, ln in enumerate(lines):
            self.place_line(LM + (TAB if i == 0 else 0), ln)

    def item(self, label, text, indent=TAB, hang=TAB):
        self.gap(4)
        lines = wrap(text, (TW - indent - hang, TW - indent - hang))
        self.ensure(LEAD * min(2, len(lines)), markers(lines[0]))
        self.c.setFont(F, SIZE)
        self.c.drawString(LM + indent, self.y - SIZE, label)
        for ln in lines:
            self.place_line(LM + indent + hang, ln)

    def heading(self, num, text, level):
        self.gap(13 if level == 1 else 11)
        self.ensure(LEAD * 4)
        self.heading_pages[(num, text, self.section_key(level, text))] = self.page_label
        self.c.setFont(FB, SIZE)
        self.c.drawString(LM, self.y - SIZE, num)
        self.c.drawString(LM + TAB, self.y - SIZE, text)
        self.y -= LEAD

    def section_key(self, level, text):
        if level == 1:
            self.cur_h1 = text
            return None
        return self.cur_h1

    def centred(self, text, font=FB, size=SIZE, gap=0):
        self.gap(gap)
        self.ensure(LEAD)
        self.c.setFont(font, size)
        self.c.drawCentredString(W / 2, self.y - size, text)
        self.y -= LEAD

    def table(self, key):
        t = TABLES[key]
        tsize, tlead = 9.0, 11.0
        ncol = len(t["head"])
        numw = 82.0
        labw = TW - numw * (ncol - 1)
        rows = []
        for r in t["rows"]:
            lab_lines = wrap(r[0], (labw - 8, labw - 16), F, tsize)
            rows.append((lab_lines, r[1:], False))
        tl = wrap(t["total"][0], (labw, labw), FB, tsize)
        rows.append((tl, t["total"][1:], True))
        nlines = sum(len(r[0]) for r in rows)
        cap_w = stringWidth(t["caption"], FB, SIZE)
        assert cap_w <= TW, ("caption too wide", key, cap_w)
        height = LEAD + 6 + (2 if any(hd[1] for hd in t["head"]) else 1) * tlead + 8 + nlines * tlead + 8 + 6
        mks = [mk for r in rows for ln in r[0] for mk in markers(ln)]
        self.gap(10)
        self.ensure(height, mks)
        c = self.c
        c.setFont(FB, SIZE)
        c.drawString(LM, self.y - SIZE, t["caption"])
        self.y -= LEAD + 6
        c.setLineWidth(0.6)
        c.line(LM, self.y + 3, RM, self.y + 3)
        y = self.y - tsize
        nhead = 2 if any(hd[1] for hd in t["head"]) else 1
        for li in range(nhead):
            for ci, hd in enumerate(t["head"]):
                s = hd[li]
                if not s:
                    continue
                c.setFont(FB, tsize)
                if ci == 0:
                    c.drawString(LM + 2, y, s)
                else:
                    c.drawRightString(LM + labw + numw * ci - 4, y, s)
            y -= tlead
        c.setLineWidth(0.4)
        c.line(LM, y + tlead - 3, RM, y + tlead - 3)
        y -= 5
        if mks:
            self.fn_h += self.fn_height(mks)
            self.fns.extend(mks)
        for lab_lines, cells, is_total in rows:
            font = FB if is_total else F
            if is_total:
                c.setLineWidth(0.4)
                c.line(LM, y + tsize + 1.5, RM, y + tsize + 1.5)
                y -= 3
            for li, ln in enumerate(lab_lines):
                draw_tokens(c, LM + 2 + (0 if li == 0 else 8), y, ln, font, tsize)
                if li == len(lab_lines) - 1:
                    for ci, v in enumerate(cells):
                        c.setFont(font, tsize)
                        c.drawRightString(LM + labw + numw * (ci + 1) - 4, y, v)
                y -= tlead
        c.setLineWidth(0.6)
        c.line(LM, y + tlead - 3, RM, y + tlead - 3)
        self.y = y - 4

    def run(self, blocks):
        for b in blocks:
            k = b[0]
            if k == "running":
                self.centred(b[1], FB, SIZE)
            elif k == "annexlabel":
                self.centred(b[1], FB, SIZE)
            elif k == "annextitle":
                self.centred(b[1], FB, SIZE, gap=4)
            elif k == "h1":
                self.heading(b[1], b[2], 1)
            elif k == "h2":
                self.heading(b[1], b[2], 2)
            elif k == "para":
                self.para(b[1], b[2])
            elif k == "item":
                self.item(b[1], b[2])
            elif k == "bullet":
                self.item(b[1], b[2], indent=TAB, hang=18)
            elif k == "table":
                self.table(b[1])

    # cover and contents
    def cover(self):
        c = self.c
        # logo block, top left
        c.setFillColorRGB(0.0, 0.2, 0.55)
        c.setFont(FB, 22)
        c.drawString(LM, H - 66, "IOM")
        c.setFont(F, 6.5)
        c.drawString(LM, H - 76, "UN MIGRATION")
        c.setFillColorRGB(0, 0, 0)
        c.setFont(F, SIZE)
        c.drawRightString(RM, H - 58, SYMBOL)
        c.drawRightString(RM, H - 58 - LEAD, "Original: English")
        c.drawRightString(RM, H - 58 - 2 * LEAD, "9 October 2020")
        c.setFont(FB, 11)
        c.drawCentredString(W / 2, H - 170, "COUNCIL")
        c.setFont(F, 11)
        c.drawCentredString(W / 2, H - 186, "111th Session")
        c.setFont(FB, 13)
        c.drawCentredString(W / 2, H - 330, "PROGRAMME AND BUDGET FOR 2021")
        c.showPage()

    def contents(self, pages):
        self.page_label = "i"
        self.header()
        c = self.c
        y = TOP_BODY
        c.setFont(FB, SIZE)
        c.drawCentredString(W / 2, y - SIZE, "TABLE OF CONTENTS")
        y -= LEAD * 2
        c.setFont(F, SIZE)
        c.drawRightString(RM, y - SIZE, "Page")
        y -= LEAD * 1.5

        def entry(x, label, text, page, font, y):
            c.setFont(font, SIZE)
            c.drawString(x, y - SIZE, label)
            tx = x + TAB
            c.drawString(tx, y - SIZE, text)
            end = tx + stringWidth(text, font, SIZE) + 4
            c.setFont(F, SIZE)
            pw = stringWidth(page, F, SIZE)
            dots_w = (RM - pw - 6) - end
            dot = stringWidth(".", F, SIZE)
            c.drawString(end, y - SIZE, "." * int(dots_w / dot))
            c.drawRightString(RM, y - SIZE, page)

        for num, text, kids in CONTENTS_GROUPS:
            entry(LM, num, text, pages[(num, text, None)], FB, y)
            y -= LEAD + 5
            for knum, ktext in kids:
                entry(LM + TAB, knum, ktext, pages[(knum, ktext, text)], F, y)
                y -= LEAD + 3
            y -= 8
        y -= 6
        c.setFont(FB, SIZE)
        annex_txt = "ANNEX \u2013 ADMINISTRATIVE PART OF THE BUDGET BY ORGANIZATIONAL UNIT"
        c.drawString(LM, y - SIZE, annex_txt)
        end = LM + stringWidth(annex_txt, FB, SIZE) + 4
        pw = stringWidth(pages["annex"], F, SIZE)
        c.setFont(F, SIZE)
        c.drawString(end, y - SIZE, "." * int(((RM - pw - 6) - end) / stringWidth(".", F, SIZE)))
        c.drawRightString(RM, y - SIZE, pages["annex"])
        c.showPage()


def layout(doc):
    doc.new_page("1")
    doc.run(BODY)
    doc.new_page(str(int(doc.page_label) + 1))
    annex_page = doc.page_label
    doc.run(ANNEX)
    doc.finish_page()
    doc.heading_pages["annex"] = annex_page
    return doc.heading_pages


def main():
    # first pass: find the pages of the headings (contents is a page of its own, so body pages do not move)
    probe = Doc()
    probe.c = canvas.Canvas("/dev/null", pagesize=A4)
    pages = layout(probe)
    doc = Doc()
    doc.cover()
    doc.contents(pages)
    layout(doc)
    doc.c.save()
    print("pages:", pages)


if __name__ == "__main__":
    main()
