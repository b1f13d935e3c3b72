# -*- coding: utf-8 -*-
"""Lay out S/25/14, Report on the Twenty-fifth Session of the SCPF (Nov 2019), with reportlab canvas."""
import re
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

W, H = A4
LM = 72.0            # left margin
RM = W - 68.0        # right edge of text
TW = RM - LM
BOTTOM = 62.0
TOP_LATER = H - 100.0
SYMBOL = "S/25/14"

BODY = ("Times-Roman", 11.0, 13.4)
FN = ("Times-Roman", 9.0, 10.6)
HANG = 28.0          # hanging indent of numbered paragraphs
ITEM_LBL = 28.0      # x of (a) label
ITEM_TXT = 56.0      # x of item text
BUL_LBL = 36.0
BUL_TXT = 50.0

# ---------------------------------------------------------------- text
# {n} = footnote marker (raised small digits)

PARAS = []  # built below as a flow of blocks


def H1(t):
    PARAS.append(("h1", t))


def H2(lbl, t):
    PARAS.append(("h2", lbl, t))


def P(n, t):
    PARAS.append(("p", n, t))


def ITEM(lbl, t):
    PARAS.append(("item", lbl, t))


def BUL(t):
    PARAS.append(("bul", t))


def TABLE(caption, head, rows):
    PARAS.append(("table", caption, head, rows))


FOOTNOTES = {
    "1": "The consolidated text of the revised terms of reference and rules of procedure of the "
         "Standing Committee is contained in document S/22/6/Rev.1.",
    "2": "The list of participants is contained in document S/25/12.",
    "3": "Updated figures as at 31 October 2019 were distributed at the meeting in a conference room paper.",
    "4": "A corrigendum to Part II of the document was issued as C/110/6/Corr.1 on 1 November 2019.",
    "5": "The corresponding draft resolution is contained in document C/110/L/5.",
    "6": "Tentatively scheduled to be held in Geneva on 23 and 24 June 2020.",
}

MEMBERS = (
    "Afghanistan, Albania, Algeria, Angola, Argentina, Armenia, Australia, Austria, Azerbaijan, "
    "Bangladesh, Belarus, Belgium, Bolivia (Plurinational State of), Brazil, Bulgaria, Burkina Faso, "
    "Cabo Verde, Canada, Chile, China, Colombia, Costa Rica, C\u00f4te d\u2019Ivoire, Croatia, Cyprus, "
    "Czechia, Democratic Republic of the Congo, Denmark, Djibouti, Dominican Republic, Ecuador, Egypt, "
    "El Salvador, Estonia, Ethiopia, Finland, France, Georgia, Germany, Ghana, Greece, Guatemala, Haiti, "
    "Holy See, Honduras, Hungary, India, Iran (Islamic Republic of), Ireland, Israel, Italy, Japan, "
    "Jordan, Kenya, Latvia, Lesotho, Libya, Lithuania, Luxembourg, Madagascar, Mali, Malta, Mauritius, "
    "Mexico, Mongolia, Montenegro, Morocco, Mozambique, Myanmar, Namibia, Nepal, Netherlands, "
    "New Zealand, Nicaragua, Niger, Nigeria, Norway, Pakistan, Panama, Paraguay, Peru, Philippines, "
    "Poland, Portugal, Republic of Korea, Republic of Moldova, Romania, Rwanda, Senegal, Serbia, "
    "Slovakia, Slovenia, Somalia, South Africa, South Sudan, Spain, Sri Lanka, Sudan, Sweden, "
    "Switzerland, Thailand, Togo, Tunisia, Turkey, Uganda, Ukraine, United Kingdom of Great Britain "
    "and Northern Ireland, United Republic of Tanzania, United States of America, Uruguay, "
    "Venezuela (Bolivarian Republic of), Viet Nam, Yemen, Zambia and Zimbabwe."
)

H1("Introduction")
P(1, "The Standing Committee on Programmes and Finance held its Twenty-fifth Session in Geneva on "
     "Tuesday, 5 and Wednesday, 6 November 2019. Four meetings were held. The session was chaired by "
     "H.E. Ms R. Halvorsen (Norway), Chairperson of the Standing Committee; the Vice-Chairperson, "
     "Mr D. Ochieng (Kenya), chaired the fourth meeting.")
P(2, "The session was convened in accordance with the terms of reference of the Standing Committee "
     "annexed to Council Resolution No. 1150 of 7 June 2007, as revised by Resolution No. 1309 of "
     "24 November 2015.{1} As agreed by the Council, the conclusions of the Standing Committee would be "
     "submitted to the Council at its 110th Session.")
H1("Attendance")
P(3, "The following Member States were represented:{2} " + MEMBERS)
P(4, "Qatar and Saudi Arabia were represented by observers. The Sovereign Order of Malta was also "
     "represented by an observer.")
H1("Opening of the session")
P(5, "The Chairperson opened the session at 10.15 a.m. on Tuesday, 5 November 2019, and welcomed the "
     "participants. She recalled that the Twenty-fifth Session was the last session of the Standing "
     "Committee before the 110th Session of the Council, to be held from 26 to 29 November 2019, and "
     "that several of the items on the agenda would be taken up by the Council on the basis of the "
     "Standing Committee\u2019s recommendations.")
H1("Adoption of the agenda")
P(6, "The Standing Committee adopted the agenda set out in document S/25/1/Rev.1. At the request of "
     "one Member State, a brief oral update on the arrangements for the 110th Session of the Council "
     "was added under Other business.")
H1("Statement by the Director General")
P(7, "The Director General gave an overview of the Organization\u2019s activities since the "
     "Twenty-fourth Session of the Standing Committee, held in June 2019. IOM had responded to "
     "large-scale displacement in Mozambique following Cyclone Idai, in the Bahamas after Hurricane "
     "Dorian and in the Democratic Republic of the Congo, where it was supporting the Ebola response at "
     "points of entry. Demand for IOM\u2019s services continued to grow faster than its core structure, "
     "and the Organization\u2019s total expenditure for 2019 was expected to exceed USD 2 billion for the "
     "first time.")
P(8, "In the ensuing discussion, delegations commended IOM for its operational response and for its "
     "contribution to the implementation of the Global Compact for Safe, Orderly and Regular Migration "
     "through the United Nations Network on Migration. Points raised included:")
BUL("the need for predictable and flexible funding to sustain the core structure, given that the "
    "Administrative Part of the Budget represented less than 3 per cent of total expenditure;")
BUL("the importance of a prudent pace of implementation of the Internal Governance Framework, with "
    "regular reporting to Member States; and")
BUL("continued efforts to improve gender balance and geographical diversity among staff at all levels.")
P(9, "The Standing Committee took note of the statement by the Director General.")
H1("Administrative and financial matters")
H2("(a)", "Status report on outstanding contributions to the Administrative Part of the Budget and "
          "Member States with voting restrictions under Article 4 of the Constitution")
P(10, "The Administration introduced document S/25/5, which set out the status of outstanding "
      "contributions as at 30 September 2019.{3} Since then, payments had been received from Angola, "
      "Honduras, Mali and Ukraine, and a payment plan had been agreed with Madagascar. The comparative "
      "position at the end of October in 2018 and 2019 was as follows:")
TABLE("Administrative Part of the Budget: assessed contributions (in Swiss francs)",
      ["", "31 October 2018", "31 October 2019"],
      [["Assessed contributions for the year", "50,539,000", "52,198,000"],
       ["Contributions received for the year", "41,066,342", "43,310,725"],
       ["Outstanding for the current year", "9,472,658", "8,887,275"],
       ["Outstanding for prior years", "3,911,404", "3,672,518"],
       ["Total outstanding", "13,384,062", "12,559,793"],
       ["Member States subject to Article 4", "17", "15"]])
P(11, "Several delegations expressed concern at the level of outstanding contributions, which placed "
      "an additional strain on an already limited core budget. The Administration said that it would "
      "continue to contact the Member States concerned, bilaterally and through their permanent "
      "missions, and recalled that payment plans could extend over a period of up to ten years.")
P(12, "The Standing Committee took note of document S/25/5 and urged all Member States with "
      "outstanding contributions to pay them in full as soon as possible or to agree on a payment plan "
      "with the Administration and to honour it.")
H2("(b)", "Programme and Budget for 2020")
P(13, "The Director of the Department of Resources Management introduced the Programme and Budget for "
      "2020 (C/110/6).{4} The Administrative Part of the Budget was set at CHF 53,062,000, an increase "
      "of CHF 864,000 (1.7 per cent) over 2019, in line with the guidance of the Working Group on "
      "Budget Reform. The Operational Part of the Budget was estimated at USD 1,010.3 million, and "
      "Operational Support Income at USD 98.6 million.")
P(14, "Delegations welcomed the increase in the Administrative Part of the Budget as a first step "
      "towards the sustainable funding of the core structure agreed in 2018. Some delegations, however, "
      "stressed that any further increase would need to be considered carefully in the light of the "
      "budgetary constraints faced by many Member States, and asked for more detail on the use of "
      "Operational Support Income for the regional offices. One delegation asked how the budget "
      "reflected the recommendations of the External Auditor on staff costs.")
P(15, "The Administration explained that the additional resources would be used mainly to strengthen "
      "oversight, risk management and the regional offices, as set out in Part I of the document, and "
      "that a breakdown of Operational Support Income by region would be provided in the Summary update "
      "on the Programme and Budget for 2020 in June 2020.")
P(16, "The Standing Committee:")
ITEM("(a)", "took note of the Programme and Budget for 2020 and of the comments made;")
ITEM("(b)", "recommended that the Council approve the Administrative Part of the Budget for 2020 in the "
            "amount of CHF 53,062,000;{5} and")
ITEM("(c)", "recommended that the Council take note of the Operational Part of the Budget for 2020, "
            "estimated at USD 1,010.3 million, and of the Operational Support Income, estimated at "
            "USD 98.6 million.")
H2("(c)", "Revision of the Programme and Budget for 2019")
P(17, "The Administration presented document S/25/4, which showed that the Administrative Part of the "
      "Budget remained unchanged at CHF 52,198,000, while the Operational Part had increased from "
      "USD 1,398.2 million to USD 1,765.9 million, mainly owing to new activities in response to "
      "emergencies in Africa and Latin America. Operational Support Income had been revised to "
      "USD 104.5 million.")
P(18, "The Standing Committee took note of the Revision of the Programme and Budget for 2019.")
H1("Update on the Internal Governance Framework")
P(19, "The Deputy Director General introduced document S/25/7, which reported on progress in "
      "implementing the Internal Governance Framework since the previous session. New policies on risk "
      "management and on the prevention of sexual exploitation and abuse had been issued, and the "
      "restructuring of the Office of the Inspector General had been completed. Implementation of the "
      "remaining elements would depend on the availability of resources.")
P(20, "Delegations welcomed the progress made and asked for a clear timetable, with estimated costs, "
      "for the remaining elements of the Framework. Several delegations asked that Member States be "
      "kept informed of the findings of internal audits and investigations.")
P(21, "The Standing Committee took note of document S/25/7 and requested the Administration to provide "
      "a further update at its Twenty-sixth Session.{6}")
H1("Report on the IOM Development Fund")
P(22, "The Administration presented document S/25/8 on the IOM Development Fund. As at 30 September "
      "2019, the Fund had received USD 12.3 million for the year, including USD 1.4 million in "
      "earmarked voluntary contributions, and had supported 62 new projects in 48 eligible Member "
      "States. The Administration thanked the donors and encouraged other Member States to contribute.")
P(23, "Delegations expressed appreciation for the Fund\u2019s contribution to capacity-building in "
      "developing Member States. The Standing Committee took note of document S/25/8.")
H1("Other business")
P(24, "The Administration gave an oral update on the arrangements for the 110th Session of the "
      "Council, including the high-level panel on migration and climate change and the general debate. "
      "Delegations were invited to register their speakers by 20 November 2019.")
H1("Closure of the session")
P(25, "The Chairperson declared the Twenty-fifth Session closed at 12.50 p.m. on Wednesday, "
      "6 November 2019.")

ANNEX_ROWS = [
    ["S/25/1/Rev.1", "Provisional agenda"],
    ["S/25/4", "Revision of the Programme and Budget for 2019"],
    ["S/25/5", "Status report on outstanding contributions to the Administrative Part of the Budget"],
    ["S/25/7", "Update on the Internal Governance Framework"],
    ["S/25/8", "Report on the IOM Development Fund"],
    ["S/25/12", "List of participants"],
    ["C/110/6", "Programme and Budget for 2020"],
    ["C/110/6/Corr.1", "Programme and Budget for 2020 \u2013 Corrigendum"],
]

# ---------------------------------------------------------------- layout helpers
TOKEN = re.compile(r"\{(\d+)\}")


def words_of(text, font, size):
    """Split into words; each word is a list of segments (string, font, size, rise)."""
    out = []
    for w in text.split(" "):
        if not w:
            continue
        segs = []
        pos = 0
        for m in TOKEN.finditer(w):
            if m.start() > pos:
                segs.append((w[pos:m.start()], font, size, 0))
            segs.append((m.group(1), font, size * 0.62, size * 0.38))
            pos = m.end()
        if pos < len(w):
            segs.append((w[pos:], font, size, 0))
        out.append(segs)
    return out


def seg_w(segs):
    return sum(stringWidth(s, f, z) for s, f, z, r in segs)


def wrap(words, first_w, rest_w, sp):
    lines, cur, cw = [], [], 0.0
    maxw = first_w
    for w in words:
        ww = seg_w(w)
        need = ww if not cur else cw + sp + ww
        if cur and need > maxw:
            lines.append(cur)
            cur, cw = [w], ww
            maxw = rest_w
        else:
            cur.append(w)
            cw = need
    if cur:
        lines.append(cur)
    return lines


def markers_in(line):
    return [s for w in line for (s, f, z, r) in w if r > 0]


class Doc:
    def __init__(self):
        self.pages = []   # list of list of ops
        self.fns = []     # per page: list of fn numbers
        self.headings = []  # (key, page)
        self.new_page()

    def new_page(self):
        self.pages.append([])
        self.fns.append([])
        self.y = TOP_LATER

    def fn_height(self, nums):
        if not nums:
            return 0.0
        h = 14.0
        for n in nums:
            ws = words_of(FOOTNOTES[n], FN[0], FN[1])
            h += len(wrap(ws, TW - 14, TW - 14, stringWidth(" ", FN[0], FN[1]))) * FN[2] + 2
        return h

    def room(self, extra_fns=()):
        return self.y - BOTTOM - self.fn_height(self.fns[-1] + list(extra_fns))

    def op(self, *a):
        self.pages[-1].append(a)

    def place_lines(self, lines, x_first, x_rest, width_first, width_rest, font, size, lead,
                    justify=True, label=None, label_x=None, keep=1):
        sp = stringWidth(" ", font, size)
        # keep first `keep` lines together with label
        for i, line in enumerate(lines):
            mk = markers_in(line)
            need = lead
            if i == 0 and keep > 1:
                need = lead * min(keep, len(lines))
            if self.room(mk) < need:
                self.new_page()
            x = x_first if i == 0 else x_rest
            wdt = width_first if i == 0 else width_rest
            if i == 0 and label is not None:
                self.op("text", label_x, self.y - size, label, font, size)
            gap = sp
            if justify and i < len(lines) - 1 and len(line) > 1:
                natural = sum(seg_w(w) for w in line) + sp * (len(line) - 1)
                gap = sp + (wdt - natural) / (len(line) - 1)
            cx = x
            for w in line:
                for s, f, z, r in w:
                    self.op("text", cx, self.y - size + r, s, f, z)
                    cx += stringWidth(s, f, z)
                cx += gap
            self.fns[-1].extend(mk)
            self.y -= lead

    def para(self, text, x, width, first_x=None, label=None, label_x=None, space_before=8.0):
        font, size, lead = BODY
        first_x = x if first_x is None else first_x
        self.y -= space_before
        ws = words_of(text, font, size)
        sp = stringWidth(" ", font, size)
        lines = wrap(ws, RM - first_x, width, sp)
        self.place_lines(lines, first_x, x, RM - first_x, width, font, size, lead,
                         label=label, label_x=label_x, keep=2)

    def heading(self, text, key, label=None, italic=False):
        font = "Times-BoldItalic" if italic else "Times-Bold"
        size, lead = 11.0, 13.4
        x = LM + (HANG if label else 0)
        ws = words_of(text, font, size)
        lines = wrap(ws, RM - x, RM - x, stringWidth(" ", font, size))
        self.y -= 14.0
        if self.room() < lead * (len(lines) + 3) + 8:
            self.new_page()
        self.headings.append((key, len(self.pages)))
        self.place_lines(lines, x, x, RM - x, RM - x, font, size, lead, justify=False,
                         label=label, label_x=LM)

    def table(self, caption, head, rows):
        size, lead = 10.0, 13.0
        need = lead * (len(rows) + 3) + 16
        self.y -= 10.0
        if self.room() < need:
            self.new_page()
        self.op("ctext", (LM + RM) / 2, self.y - size, caption, "Times-Bold", size)
        self.y -= lead + 4
        c1, c2 = RM - 120, RM - 8   # right edges of numeric columns
        x0 = LM + HANG
        self.op("line", x0, self.y + 2, RM, self.y + 2, 0.6)
        self.op("rtext", c1, self.y - size, head[1], "Times-Bold", size)
        self.op("rtext", c2, self.y - size, head[2], "Times-Bold", size)
        self.y -= lead + 2
        self.op("line", x0, self.y + 2, RM, self.y + 2, 0.4)
        for r in rows:
            bold = r[0].startswith("Total")
            f = "Times-Bold" if bold else "Times-Roman"
            self.op("text", x0 + 2, self.y - size - 1, r[0], f, size)
            self.op("rtext", c1, self.y - size - 1, r[1], f, size)
            self.op("rtext", c2, self.y - size - 1, r[2], f, size)
            self.y -= lead
        self.op("line", x0, self.y + 0, RM, self.y + 0, 0.6)
        self.y -= 4


def build_body():
    d = Doc()
    for b in PARAS:
        k = b[0]
        if k == "h1":
            d.heading(b[1], b[1])
        elif k == "h2":
            d.heading(b[2], b[1] + " " + b[2], label=b[1], italic=True)
        elif k == "p":
            d.para(b[2], LM + HANG, RM - LM - HANG, first_x=LM + HANG, label="%d." % b[1],
                   label_x=LM)
        elif k == "item":
            d.para(b[2], LM + ITEM_TXT, RM - LM - ITEM_TXT, first_x=LM + ITEM_TXT, label=b[1],
                   label_x=LM + ITEM_LBL, space_before=5.0)
        elif k == "bul":
            d.para(b[1], LM + BUL_TXT, RM - LM - BUL_TXT, first_x=LM + BUL_TXT, label="\u2022",
                   label_x=LM + BUL_LBL, space_before=5.0)
        elif k == "table":
            d.table(b[1], b[2], b[3])
    return d


# ---------------------------------------------------------------- drawing
def draw_ops(c, ops):
    for o in ops:
        if o[0] == "text":
            _, x, y, s, f, z = o
            c.setFont(f, z)
            c.drawString(x, y, s)
        elif o[0] == "rtext":
            _, x, y, s, f, z = o
            c.setFont(f, z)
            c.drawRightString(x, y, s)
        elif o[0] == "ctext":
            _, x, y, s, f, z = o
            c.setFont(f, z)
            c.drawCentredString(x, y, s)
        elif o[0] == "line":
            _, x1, y1, x2, y2, lw = o
            c.setLineWidth(lw)
            c.line(x1, y1, x2, y2)


def draw_footnotes(c, nums):
    if not nums:
        return
    font, size, lead = FN
    # compute total height, draw from a fixed bottom upwards
    blocks = []
    for n in nums:
        ws = words_of(FOOTNOTES[n], font, size)
        blocks.append((n, wrap(ws, TW - 14, TW - 14, stringWidth(" ", font, size))))
    total = sum(len(l) * lead + 2 for n, l in blocks)
    y = BOTTOM + total
    c.setLineWidth(0.5)
    c.line(LM, y + 6, LM + 144, y + 6)
    for n, lines in blocks:
        c.setFont(font, size * 0.7)
        c.drawString(LM, y - size + 3.2, n)
        for line in lines:
            cx = LM + 14
            for w in line:
                for s, f, z, r in w:
                    c.setFont(f, z)
                    c.drawString(cx, y - size, s)
                    cx += stringWidth(s, f, z)
                cx += stringWidth(" ", font, size)
            y -= lead
        y -= 2


def running_header(c, page_no, annex=False):
    c.setFont("Times-Roman", 10)
    c.drawRightString(RM, H - 52, SYMBOL)
    c.drawRightString(RM, H - 64, "Page %d" % page_no)


def dotted_entry(c, x, y, title, page, font="Times-Roman", size=11):
    c.setFont(font, size)
    c.drawString(x, y, title)
    tw = stringWidth(title, font, size)
    pw = stringWidth(page, "Times-Roman", size)
    dots_from = x + tw + 4
    dots_to = RM - pw - 4
    c.setFont("Times-Roman", size)
    dw = stringWidth(".", "Times-Roman", size) + 1.2
    n = int((dots_to - dots_from) / dw)
    for i in range(n):
        c.drawString(dots_from + i * dw, y, ".")
    c.drawRightString(RM, y, page)


def draw_cover(c, heading_pages, annex_page):
    # right-hand header block
    c.setFont("Times-Bold", 11)
    c.drawRightString(RM, H - 60, SYMBOL)
    c.setFont("Times-Roman", 11)
    c.drawRightString(RM, H - 74, "Original: English")
    c.drawRightString(RM, H - 88, "29 November 2019")
    # organ and session on the left
    c.setFont("Times-Bold", 11)
    c.drawString(LM, H - 126, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE")
    c.setFont("Times-Roman", 11)
    c.drawString(LM, H - 140, "Twenty-fifth Session")
    # title
    cx = (LM + RM) / 2
    c.setFont("Times-Bold", 12)
    c.drawCentredString(cx, H - 200, "REPORT ON THE TWENTY-FIFTH SESSION OF THE")
    c.drawCentredString(cx, H - 216, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE")
    c.setFont("Times-Roman", 11)
    c.drawCentredString(cx, H - 250, "Geneva")
    c.drawCentredString(cx, H - 264, "5 and 6 November 2019")
    c.drawCentredString(cx, H - 292, "Rapporteur: Mr K. Mensah-Asante (Ghana)")
    # contents
    y = H - 350
    c.setFont("Times-Bold", 11)
    c.drawCentredString(cx, y, "CONTENTS")
    y -= 22
    c.setFont("Times-Roman", 10)
    c.drawRightString(RM, y, "Page")
    y -= 18
    hp = dict(heading_pages)
    for b in PARAS:
        if b[0] == "h1":
            dotted_entry(c, LM, y, b[1], str(hp[b[1]]))
            y -= 17
        elif b[0] == "h2":
            key = b[1] + " " + b[2]
            short = b[2]
            if len(short) > 58:
                short = "Status report on outstanding contributions to the"
                c.setFont("Times-Roman", 11)
                c.drawString(LM + 20, y, b[1])
                c.drawString(LM + 42, y, short)
                y -= 13
                dotted_entry(c, LM + 42, y, "Administrative Part of the Budget", str(hp[key]))
            else:
                c.setFont("Times-Roman", 11)
                c.drawString(LM + 20, y, b[1])
                dotted_entry(c, LM + 42, y, short, str(hp[key]))
            y -= 17
    dotted_entry(c, LM, y - 6, "Annex: List of documents", str(annex_page))


def draw_annex(c, page_no):
    running_header(c, page_no)
    cx = (LM + RM) / 2
    y = H - 118
    c.setFont("Times-Bold", 11)
    c.drawCentredString(cx, y, "ANNEX")
    y -= 30
    c.drawCentredString(cx, y, "LIST OF DOCUMENTS")
    y -= 36
    c.setLineWidth(0.6)
    c.line(LM, y + 14, RM, y + 14)
    c.setFont("Times-Bold", 10.5)
    c.drawString(LM + 4, y, "Symbol")
    c.drawString(LM + 110, y, "Title")
    c.setLineWidth(0.4)
    c.line(LM, y - 6, RM, y - 6)
    y -= 24
    c.setFont("Times-Roman", 10.5)
    for sym, title in ANNEX_ROWS:
        c.drawString(LM + 4, y, sym)
        c.drawString(LM + 110, y, title)
        y -= 17
    c.setLineWidth(0.6)
    c.line(LM, y + 8, RM, y + 8)


def main():
    body = build_body()
    # body pages are pages 2..n+1
    heading_pages = [(k, p + 1) for k, p in body.headings]
    annex_page = len(body.pages) + 2
    for k, p in heading_pages:
        print("heading page", p, k)
    print("annex page", annex_page)
    c = canvas.Canvas("scpf-report-2019.pdf", pagesize=A4)
    c.setTitle("S/25/14 - Report on the Twenty-fifth Session of the SCPF")
    c.setAuthor("IOM")
    draw_cover(c, heading_pages, annex_page)
    c.showPage()
    for i, ops in enumerate(body.pages):
        running_header(c, i + 2)
        draw_ops(c, ops)
        draw_footnotes(c, body.fns[i])
        c.showPage()
    draw_annex(c, annex_page)
    c.showPage()
    c.save()


if __name__ == "__main__":
    main()
