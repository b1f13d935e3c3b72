# Lays out excerpts of MC/2351, Financial Report for the year ended 31 December 2011 (IOM, 2012)
import re
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

W, H = A4
LM, RM = 72, W - 72          # text margins
NUMX = 72                    # paragraph number position
TXT = 108                    # hanging indent of paragraph text
TOP = 752                    # first body line on pages with running header
BOTTOM = 66
FS, LEAD = 11, 13.6
FNS, FNLEAD = 9, 10.6
SYMBOL = "MC/2351"

# ---------------------------------------------------------------- text with raised markers
TOK = re.compile(r"\{([^}]+)\}")


def segs(word):
    out, pos = [], 0
    for m in TOK.finditer(word):
        if m.start() > pos:
            out.append((word[pos:m.start()], False))
        out.append((m.group(1), True))
        pos = m.end()
    if pos < len(word):
        out.append((word[pos:], False))
    return out


def wwidth(word, font, size):
    w = 0
    for t, sup in segs(word):
        w += stringWidth(t, font, size * 0.65 if sup else size)
    return w


def markers(word):
    return [m.group(1) for m in TOK.finditer(word)]


def wrap(text, width, font="Times-Roman", size=FS):
    words = text.split()
    lines, cur, cw = [], [], 0
    sp = stringWidth(" ", font, size)
    for w in words:
        ww = wwidth(w, font, size)
        if cur and cw + sp + ww > width:
            lines.append(cur)
            cur, cw = [w], ww
        else:
            cw = cw + sp + ww if cur else ww
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


def draw_word(c, x, y, word, font, size):
    for t, sup in segs(word):
        if sup:
            c.setFont(font, size * 0.65)
            c.drawString(x, y + size * 0.38, t)
            x += stringWidth(t, font, size * 0.65)
        else:
            c.setFont(font, size)
            c.drawString(x, y, t)
            x += stringWidth(t, font, size)
    return x


def draw_line(c, x, y, words, width, justify, font="Times-Roman", size=FS):
    sp = stringWidth(" ", font, size)
    if justify and len(words) > 1:
        total = sum(wwidth(w, font, size) for w in words)
        sp = (width - total) / (len(words) - 1)
    for w in words:
        x = draw_word(c, x, y, w, font, size) + sp


# ---------------------------------------------------------------- content
FOOTNOTES = {
    "1": "The transition to IPSAS, including the changes to the presentation of the financial statements, "
         "was reported to the Standing Committee on Programmes and Finance in documents SCPF/48 and SCPF/66.",
    "2": "Administrative expenditure has been converted at the average United Nations operational rate of "
         "exchange for each year (CHF 0.886 to USD 1 in 2011; CHF 1.042 to USD 1 in 2010).",
    "3": "The scale of assessment for 2011 is set out in the Programme and Budget for 2011 (MC/2302), "
         "Annex I, as subsequently adjusted for the admission of new Member States.",
    "4": "The reserve was established by the Council through Resolution No. 1129 of 30 November 2005. Its "
         "balance stood at CHF 1,284,550 before the allocation now proposed.",
    "5": "For the definitions used, see the Programme and Budget for 2011 (MC/2302), paragraphs 27 to 31. "
         "Miscellaneous income from the sale of assets is not included.",
}

T1 = {
    "caption": ["Table 1: Administrative Part of the Budget \u2013 summary of income and expenditure",
                "(in Swiss francs)"],
    "labelw": 230,
    "cols": [(["2011"], 430), (["2010"], 523)],
    "rows": [
        ("Assessed contributions from Member States", ["39,161,000", "38,959,000"], False),
        ("Assessed contributions from new Member States", ["42,337", "67,125"], False),
        ("Total income", ["39,203,337", "39,026,125"], True),
        ("Staff costs", ["31,287,614", "30,845,109"], False),
        ("Office and general costs, including travel and communications", ["7,694,920", "7,912,356"], False),
        ("Total expenditure", ["38,982,534", "38,757,465"], True),
        ("Surplus for the year", ["220,803{a}", "268,660"], True),
    ],
    "rules_before": [2, 3, 5, 6],
    "note": ("a", "Before the allocations proposed in paragraph 12 below."),
}

T2 = {
    "caption": ["Table 2: Operational expenditure by service area (in US dollars)"],
    "labelw": 225,
    "cols": [(["2011"], 430), (["2010*"], 523)],
    "rows": [
        ("Movement, Emergency and Post-crisis Migration Management", ["1,008,412,605", "1,102,275,330"], False),
        ("Migration Health", ["93,518,240", "87,904,126"], False),
        ("Migration and Development", ["41,206,557", "44,381,902"], False),
        ("Regulating Migration", ["136,084,913", "128,660,417"], False),
        ("Facilitating Migration", ["34,917,688", "38,215,090"], False),
        ("Migration Policy, Research and Communications", ["7,342,109", "6,894,233"], False),
        ("Reparation Programmes", ["6,125,472", "9,880,651"], False),
        ("General Programme Support", ["12,466,031", "11,903,558"], False),
        ("Total", ["1,340,073,615", "1,430,115,307"], True),
    ],
    "rules_before": [8],
    "note": ("*", "The 2010 figures have been reclassified to conform with the presentation of service areas "
                  "used in 2011; they therefore differ slightly from those in the Financial Report for 2010."),
}

T3 = {
    "caption": ["Table 3: Discretionary Income", "(in US dollars)"],
    "labelw": 170,
    "cols": [(["Revised budget", "2011"], 355), (["Actual", "2011"], 440), (["Actual", "2010"], 523)],
    "rows": [
        ("Project-related overhead", ["45,300,000", "47,812,336", "44,906,120"], False),
        ("Unearmarked contributions", ["5,200,000", "5,426,900", "5,210,000"], False),
        ("Interest income", ["3,000,000", "3,677,878", "3,563,465"], False),
        ("Total Discretionary Income", ["53,500,000", "56,917,114", "53,679,585"], True),
    ],
    "rules_before": [3],
    "note": None,
}

BODY = [
    ("runtitle", "FINANCIAL REPORT FOR THE YEAR ENDED 31 DECEMBER 2011"),
    ("h1", "I.", "INTRODUCTION"),
    ("para", "1", "The Director General has the honour to present the Financial Report for the year ended "
     "31 December 2011, which has been prepared in accordance with Article 13 of the Financial Regulations. "
     "The report covers both the Administrative and the Operational Parts of the Budget and is accompanied by "
     "the audited financial statements and the report of the External Auditor, which are bound in the same "
     "volume."),
    ("para", "2", "The financial statements for 2011 have been prepared, as in previous years, under the "
     "United Nations System Accounting Standards (UNSAS). This is the last financial period to be reported "
     "on that basis: from 1 January 2012 the accounts of the Organization are kept in accordance with the "
     "International Public Sector Accounting Standards (IPSAS).{1} Opening balances for 2012 will be "
     "restated where required and the adjustments disclosed in the financial report for that year."),
    ("para", "3", "The Administrative Part of the Budget is approved and assessed in Swiss francs, whereas the "
     "Operational Part of the Budget is managed in US dollars. In the combined statements, amounts in Swiss "
     "francs have been converted at the United Nations operational rates of exchange in force at the date of "
     "each transaction; balances at year end were converted at the rate applicable on 31 December 2011 "
     "(CHF 0.938 to USD 1)."),
    ("h1", "II.", "OVERVIEW"),
    ("para", "4", "Combined expenditure under the Administrative and Operational Parts of the Budget totalled "
     "USD 1,384.1 million in 2011, compared with USD 1,467.3 million in 2010, a decrease of 5.7 per "
     "cent.{2} The reduction results mainly from the scaling down of the large emergency and post-crisis "
     "operations begun in Haiti and Pakistan in 2010, which was only in part offset by the Organization's "
     "response to the crisis in Libya, where some 210,000 stranded migrants were evacuated from Libya and "
     "from the border areas of neighbouring countries."),
    ("para", "5", "The main features of the year under review may be summarized as follows:"),
    ("bullet", "voluntary contributions received for operations amounted to USD 1,259.6 million, 8.2 per cent "
     "less than in 2010;"),
    ("bullet", "the number of active projects rose to 2,672 at year end (2,514 at the end of 2010), many of "
     "them small in value and of short duration;"),
    ("bullet", "the Administrative Part of the Budget closed with a surplus of CHF 220,803, essentially as a "
     "result of posts at Headquarters that remained vacant for part of the year; and"),
    ("bullet", "Discretionary Income exceeded the budgeted level of USD 53.5 million by some USD 3.4 million."),
    ("para", "6", "At 31 December 2011 the Organization had 146 Member States, nine States having been "
     "admitted to membership during the year, and maintained some 470 field locations. The growth in "
     "membership is reflected in the scale of assessment approved for 2012 (MC/2331)."),
    ("h1", "III.", "ADMINISTRATIVE PART OF THE BUDGET"),
    ("h2", "A.", "Assessed contributions"),
    ("para", "7", "The Administrative Part of the Budget for 2011 was approved by the Council at "
     "CHF 39,161,000 through Resolution No. 1206 of 1 December 2010, on the basis of the Programme and "
     "Budget for 2011 (MC/2302), and was not revised in the course of the year. It was funded in full by "
     "assessed contributions from Member States according to the scale of assessment for 2011.{3}"),
    ("para", "8", "Assessed contributions from the States admitted to membership in 2011 amounted to "
     "CHF 42,337. In accordance with established practice, these contributions are additional to the "
     "approved budget level and are included in the results for the year; they will be taken into account "
     "when the scale of assessment for subsequent years is established."),
    ("para", "9", "Outstanding assessed contributions totalled CHF 4,812,467 at 31 December 2011, compared "
     "with CHF 5,106,902 a year earlier. Of that amount, CHF 2,964,119 was owed by 11 Member States which "
     "were subject to Article 4 of the Constitution at year end. The Administration continues to urge "
     "Member States in arrears to pay in full or to agree on a payment plan; the position of each Member "
     "State is set out in the status report on outstanding contributions submitted to the Standing "
     "Committee on Programmes and Finance (SCPF/78)."),
    ("h2", "B.", "Expenditure and results"),
    ("para", "10", "Income and expenditure of the Administrative Part of the Budget for 2011, with "
     "comparative figures for 2010, are summarized in Table 1."),
    ("table", T1),
    ("para", "11", "Staff costs, at CHF 31,287,614, represented 80.3 per cent of total administrative "
     "expenditure (79.6 per cent in 2010). Office and general costs were CHF 217,436 lower than in the "
     "previous year, following the renegotiation of the Headquarters telecommunications contracts and "
     "stricter controls on official travel."),
    ("para", "12", "The surplus of CHF 220,803 arises after inclusion of the contributions from new Member "
     "States. In line with the treatment approved for earlier years, the Administration proposes that it "
     "be allocated as follows:"),
    ("item", "(a)", "CHF 120,803 to the Administrative Part of the Budget reserve, to meet unforeseen "
     "requirements in future years;{4} and"),
    ("item", "(b)", "CHF 100,000 to the staff security mechanism, to meet part of the cost of security "
     "measures in field offices that cannot be charged to projects."),
    ("h1", "IV.", "OPERATIONAL PART OF THE BUDGET"),
    ("h2", "A.", "Voluntary contributions"),
    ("para", "13", "Voluntary contributions received for operations in 2011 amounted to USD 1,259.6 million "
     "(2010: USD 1,372.8 million). Donor governments provided 68.5 per cent of the total and the United "
     "Nations system and other intergovernmental bodies 17.2 per cent; the remainder came from the private "
     "sector, from migrants and their sponsors in reimbursement of transport costs, and from other "
     "sources."),
    ("para", "14", "As in previous years, almost all contributions were earmarked for specific projects. "
     "Unearmarked contributions, which are treated as Discretionary Income (see Section C below), "
     "represented less than 0.5 per cent of the total."),
    ("h2", "B.", "Expenditure"),
    ("para", "15", "Operational expenditure by service area is shown in Table 2. The service areas follow "
     "the structure of the Programme and Budget for 2011 and of its revision (MC/2317)."),
    ("table", T2),
    ("para", "16", "Movement, Emergency and Post-crisis Migration Management remained by far the largest "
     "service area, accounting for 75.3 per cent of operational expenditure. Expenditure under Regulating "
     "Migration increased by USD 7.4 million, chiefly for counter-trafficking and border management "
     "activities, whereas expenditure under Reparation Programmes continued to fall as the remaining "
     "humanitarian and social programmes came to an end."),
    ("h2", "C.", "Discretionary Income"),
    ("para", "17", "Discretionary Income comprises project-related overhead, unearmarked contributions and "
     "interest income. It is budgeted in the Operational Part of the Budget and funds the part of the core "
     "structure that is not covered by the Administrative Part of the Budget.{5}"),
    ("table", T3),
    ("para", "18", "Discretionary Income for 2011 amounted to USD 56,917,114, that is USD 3,417,114 above the "
     "level of USD 53,500,000 budgeted in the revision of the Programme and Budget for 2011. The higher "
     "project-related overhead reflects the number of projects implemented and the volume of expenditure "
     "on the Libya crisis response, while interest income benefited from higher average cash balances."),
    ("para", "19", "Under the mechanism approved by the Council through Resolution No. 1176 of 3 December "
     "2008, Discretionary Income in excess of the budgeted level is credited to the Operational Support "
     "Income reserve. USD 3,417,114 has accordingly been transferred to that reserve, the balance of which "
     "stood at USD 9,855,260 at 31 December 2011."),
    ("para", "20", "The Standing Committee on Programmes and Finance is invited to take note of the "
     "Financial Report for the year ended 31 December 2011 and to recommend that the Council approve it, "
     "together with the allocation of the surplus proposed in paragraph 12."),
]

# ---------------------------------------------------------------- layout of the body into pages
pages = []          # each: {"ops": [...], "fn": [keys]}
heading_page = {}   # "I." -> page label


class Layout:
    def __init__(self):
        self.new_page()

    def new_page(self):
        self.page = {"ops": [], "fn": []}
        pages.append(self.page)
        self.y = TOP

    def fn_height(self, keys):
        h = 0
        for k in keys:
            h += len(wrap(FOOTNOTES[k], RM - LM - 14, size=FNS)) * FNLEAD + 2
        return h + 14 if keys else 0

    def room(self, need, newfn=()):
        fns = self.page["fn"] + [k for k in newfn if k not in self.page["fn"]]
        return self.y - need >= BOTTOM + self.fn_height(fns)

    def place_lines(self, lines, x, width, first_prefix=None, font="Times-Roman"):
        for i, words in enumerate(lines):
            mk = [m for w in words for m in markers(w) if m in FOOTNOTES]
            if not self.room(LEAD, mk):
                self.new_page()
            self.y -= LEAD
            last = i == len(lines) - 1
            self.page["ops"].append(("line", x, self.y, words, width, not last, font, FS))
            if i == 0 and first_prefix:
                self.page["ops"].append(("text", first_prefix[0], self.y, first_prefix[1], font))
            for m in mk:
                if m not in self.page["fn"]:
                    self.page["fn"].append(m)

    def block(self, kind, *a):
        if kind == "runtitle":
            self.y -= 4
            self.page["ops"].append(("centre", self.y, a[0], "Times-Roman", FS))
            self.y -= 22
        elif kind in ("h1", "h2"):
            gap = 18 if kind == "h1" else 12
            if not self.room(gap + LEAD * 3 + 10):
                self.new_page()
            self.y -= gap
            self.y -= LEAD
            font = "Times-Bold" if kind == "h1" else "Times-BoldItalic"
            self.page["ops"].append(("text", NUMX, self.y, a[0], font))
            self.page["ops"].append(("text", TXT, self.y, a[1], font))
            heading_page[(kind, a[0], a[1])] = str(len(pages))
            self.y -= 4
        elif kind == "para":
            self.y -= 8
            lines = wrap(a[1], RM - TXT)
            self.place_lines(lines, TXT, RM - TXT, first_prefix=(NUMX, a[0] + "."))
        elif kind == "bullet":
            self.y -= 5
            lines = wrap(a[0], RM - TXT - 18)
            self.place_lines(lines, TXT + 18, RM - TXT - 18, first_prefix=(TXT, "\u2022"))
        elif kind == "item":
            self.y -= 5
            lines = wrap(a[1], RM - TXT - 36)
            self.place_lines(lines, TXT + 36, RM - TXT - 36, first_prefix=(TXT, a[0]))
        elif kind == "table":
            self.table(a[0])

    def table(self, t):
        # measure
        rows = []
        for label, vals, bold in t["rows"]:
            font = "Times-Bold" if bold else "Times-Roman"
            rows.append((wrap(label, t["labelw"], font, 10), vals, font))
        headn = max(len(h) for h, _ in t["cols"])
        h = 16 + len(t["caption"]) * 13 + 6 + headn * 12 + 8 + sum(len(r[0]) * 12 + 2 for r in rows) + 10
        if t["note"]:
            h += 12 * len(wrap(t["note"][1], RM - TXT - 12, size=9)) + 4
        if not self.room(h):
            self.new_page()
        ops = self.page["ops"]
        self.y -= 16
        for i, cap in enumerate(t["caption"]):
            ops.append(("centre", self.y - 10, cap, "Times-Bold" if i == 0 else "Times-Roman", 10.5))
            self.y -= 13
        self.y -= 6
        ops.append(("rule", TXT, RM, self.y))
        top = self.y
        for hl, x in t["cols"]:
            yy = top - 10 - (headn - len(hl)) * 12
            for line in hl:
                ops.append(("right", x, yy, line, "Times-Bold", 10))
                yy -= 12
        self.y = top - headn * 12 - 4
        ops.append(("rule", TXT, RM, self.y))
        self.y -= 2
        for ri, (lines, vals, font) in enumerate(rows):
            if ri in t["rules_before"]:
                ops.append(("rule", TXT, RM, self.y - 1))
                self.y -= 3
            for li, ln in enumerate(lines):
                self.y -= 12
                ops.append(("line10", TXT + (0 if li == 0 else 8), self.y, ln, font))
            for (hl, x), v in zip(t["cols"], vals):
                ops.append(("rightw", x, self.y, v, font, 10))
            self.y -= 2
        self.y -= 3
        ops.append(("rule", TXT, RM, self.y))
        self.y -= 4
        if t["note"]:
            m, txt = t["note"]
            nl = wrap(txt, RM - TXT - 12, size=9)
            for i, ln in enumerate(nl):
                self.y -= 11
                if i == 0:
                    ops.append(("sup", TXT, self.y, m, 9))
                ops.append(("line", TXT + 12, self.y, ln, RM - TXT - 12, i < len(nl) - 1, "Times-Roman", 9))
            self.y -= 2
        self.y -= 6


lay = Layout()
for b in BODY:
    lay.block(*b)


# ---------------------------------------------------------------- drawing
def render_ops(c, ops):
    for op in ops:
        k = op[0]
        if k == "line":
            _, x, y, words, width, just, font, size = op
            draw_line(c, x, y, words, width, just, font, size)
        elif k == "text":
            _, x, y, s, font = op
            draw_word(c, x, y, s, font, FS)
        elif k == "centre":
            _, y, s, font, size = op
            c.setFont(font, size)
            c.drawCentredString(W / 2, y, s)
        elif k == "right":
            _, x, y, s, font, size = op
            c.setFont(font, size)
            c.drawRightString(x, y, s)
        elif k == "rightw":
            _, x, y, s, font, size = op
            draw_word(c, x - wwidth(s, font, size), y, s, font, size)
        elif k == "line10":
            _, x, y, words, font = op
            draw_line(c, x, y, words, 0, False, font, 10)
        elif k == "rule":
            _, x1, x2, y = op
            c.setLineWidth(0.5)
            c.line(x1, y, x2, y)
        elif k == "sup":
            _, x, y, s, size = op
            c.setFont("Times-Roman", size * 0.7)
            c.drawString(x, y + 3, s)


def render_footnotes(c, keys):
    if not keys:
        return
    blocks = [(k, wrap(FOOTNOTES[k], RM - LM - 14, size=FNS)) for k in keys]
    total = sum(len(b[1]) * FNLEAD + 2 for b in blocks)
    y = BOTTOM + total
    c.setLineWidth(0.5)
    c.line(LM, y + 8, LM + 144, y + 8)
    for k, lines in blocks:
        for i, ln in enumerate(lines):
            y -= FNLEAD
            if i == 0:
                c.setFont("Times-Roman", FNS * 0.7)
                c.drawString(LM, y + 3, k)
            draw_line(c, LM + 14, y, ln, RM - LM - 14, i < len(lines) - 1, "Times-Roman", FNS)
        y -= 2


def leaders(c, x1, x2, y):
    c.setFont("Times-Roman", FS)
    dw = stringWidth(".", "Times-Roman", FS) * 1.9
    x = x1 + 4
    while x < x2 - 6:
        c.drawString(x, y, ".")
        x += dw


def cover(c):
    c.setFont("Times-Bold", 12)
    c.drawRightString(RM, 790, SYMBOL)
    c.setFont("Times-Roman", FS)
    c.drawRightString(RM, 774, "Original: English")
    c.drawRightString(RM, 760, "14 May 2012")
    c.setFont("Times-Bold", FS)
    c.drawString(LM, 774, "COUNCIL")
    c.drawString(LM, 760, "101ST SESSION")
    c.setFont("Times-Roman", FS)
    c.drawString(LM, 738, "_" * 82)
    c.setFont("Times-Bold", 13)
    c.drawCentredString(W / 2, 690, "FINANCIAL REPORT FOR THE YEAR ENDED")
    c.drawCentredString(W / 2, 673, "31 DECEMBER 2011")

    c.setFont("Times-Bold", FS)
    c.drawCentredString(W / 2, 610, "CONTENTS")
    c.setFont("Times-Roman", FS)
    c.drawRightString(RM, 590, "Page")
    entries = [
        (0, "I.", "INTRODUCTION", ("h1", "I.", "INTRODUCTION")),
        (0, "II.", "OVERVIEW", ("h1", "II.", "OVERVIEW")),
        (0, "III.", "ADMINISTRATIVE PART OF THE BUDGET", ("h1", "III.", "ADMINISTRATIVE PART OF THE BUDGET")),
        (1, "A.", "Assessed contributions", ("h2", "A.", "Assessed contributions")),
        (1, "B.", "Expenditure", ("h2", "B.", "Expenditure and results")),
        (0, "IV.", "OPERATIONAL PART OF THE BUDGET", ("h1", "IV.", "OPERATIONAL PART OF THE BUDGET")),
        (1, "A.", "Voluntary contributions", ("h2", "A.", "Voluntary contributions")),
        (1, "B.", "Expenditure", ("h2", "B.", "Expenditure")),
        (1, "C.", "Discretionary Income", ("h2", "C.", "Discretionary Income")),
    ]
    y = 568
    for lvl, lab, txt, key in entries:
        pg = heading_page[key]
        x = LM if lvl == 0 else TXT
        tx = x + 36 if lvl == 0 else x + 22
        font = "Times-Roman"
        c.setFont(font, FS)
        c.drawString(x, y, lab)
        c.drawString(tx, y, txt)
        leaders(c, tx + stringWidth(txt, font, FS), RM - 14, y)
        c.drawRightString(RM, y, pg)
        y -= 19 if lvl == 0 and entries.index((lvl, lab, txt, key)) < len(entries) - 1 else 17

    # cover note
    c.setFont("Times-Roman", FS)
    c.drawString(LM, 150, "__________")
    note = ("This document is submitted to the Standing Committee on Programmes and Finance at its Tenth "
            "Session in June 2012 and, with its recommendations, to the Council at its 101st Session.")
    yy = 132
    lines = wrap(note, RM - LM)
    for i, ln in enumerate(lines):
        draw_line(c, LM, yy, ln, RM - LM, i < len(lines) - 1)
        yy -= LEAD
    # trilingual footer
    c.setFont("Times-Bold", 12)
    c.drawString(LM, 52, "COUNCIL")
    c.drawCentredString(W / 2, 52, "CONSEIL")
    c.drawRightString(RM, 52, "CONSEJO")


def main():
    c = canvas.Canvas("financial-report-2012.pdf", pagesize=A4)
    c.setTitle("MC/2351 Financial Report for the year ended 31 December 2011")
    cover(c)
    c.showPage()
    for i, p in enumerate(pages, 1):
        c.setFont("Times-Roman", FS)
        c.drawRightString(RM, 800, SYMBOL)
        c.drawRightString(RM, 786, "Page %d" % i)
        render_ops(c, p["ops"])
        render_footnotes(c, p["fn"])
        c.showPage()
    c.save()
    print("body pages:", len(pages), heading_page)


main()
