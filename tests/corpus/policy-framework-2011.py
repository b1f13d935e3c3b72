"""Draws policy-framework-2011.pdf (an invented IOM Council policy framework, 2011) with fpdf2."""
import re
from fpdf import FPDF

SYMBOL = "MC/2324"
OUT = "policy-framework-2011.pdf"

LM, RM = 20.0, 190.0          # left / right margin (A4 210 mm)
TW = RM - LM
BODY_TOP = 32.0
FN_BOTTOM = 281.0             # last footnote baseline limit
FS, LEAD = 10.5, 4.75           # body font size, leading (mm)
FNS, FNLEAD = 9, 3.9          # footnote font size, leading
NUM_IND = 15.0                # number hangs in the margin, text indented by a tab

FOOTNOTES = {
    "1": "See \"Migration and the Environment\", document MC/INF/288 of 1 November 2007, and the "
         "report of the intersessional workshop on climate change, environmental degradation and "
         "migration held in Geneva in March 2011.",
    "2": "Slow-onset processes rarely act alone. Their effects on mobility are usually mixed with "
         "economic, social and political factors, which makes it difficult to single out the "
         "environmental cause of a given movement.",
    "3": "Decision 1/CP.16 (the Cancun Adaptation Framework), paragraph 14(f).",
    "4": "Council Resolution No. 1150 of 7 June 2007 on the IOM Strategy; see also document MC/INF/287, "
         "activity 8 of which concerns the contribution of IOM to the management of migration linked "
         "to natural disasters.",
    "5": "Operational Support Income is derived from the overhead charged on projects. Its use for "
         "the positions mentioned here will be proposed in the Programme and Budget for 2013 and "
         "will remain subject to the approval of the Council.",
}

# ------------------------------------------------------------------ body content
# block kinds: h1, h2, para, item, text, table, gap
BODY = [
    ("h1", "I.", "INTRODUCTION"),
    ("para", "1.",
     "The present paper sets out a policy framework to guide the activities of the International "
     "Organization for Migration (IOM) on the links between migration, the environment and climate "
     "change. It builds on the discussions held in the International Dialogue on Migration in 2007 and "
     "2011,{1} on the informal consultations held with Member States during 2011 and on the experience "
     "gathered by the Organization in more than 500 projects carried out in this field since the early "
     "1990s."),
    ("para", "2.",
     "The framework is submitted to the Council for endorsement. It is meant to give Member States, "
     "partners and IOM staff a common point of reference for the Organization's work in this area over "
     "the period 2012-2014, and it indicates the resources that the Administration considers necessary "
     "to carry it out (Section V)."),
    ("h1", "II.", "CONTEXT AND RATIONALE"),
    ("para", "3.",
     "Environmental change has always shaped human mobility. What has changed is the scale and the "
     "speed of the phenomenon, and the growing certainty that climate change will add to both. Estimates "
     "of the number of people who may be on the move for environmental reasons by 2050 range from "
     "25 million to 1 billion, a spread that reflects differences in method and in the definition of "
     "who is to be counted. In 2010 alone, sudden-onset natural disasters displaced some 42 million "
     "people, most of them within the borders of their own country."),
    ("para", "4.",
     "Movements linked to the environment take several forms, each of which calls for a different "
     "response:"),
    ("item", 1, "(a)",
     "temporary displacement following sudden-onset events such as floods, tropical storms and "
     "earthquakes;"),
    ("item", 1, "(b)",
     "more gradual, often seasonal or circular, movements prompted by slow-onset processes such as "
     "drought, desertification, sea-level rise and the salinization of farmland;{2}"),
    ("item", 1, "(c)",
     "the planned relocation of communities from areas that have become, or are expected to become, "
     "uninhabitable; and"),
    ("item", 1, "(d)",
     "movements from rural areas into towns and cities, many of which are themselves exposed to "
     "environmental hazards."),
    ("para", "5.",
     "Migration can be the sign of a failure to adapt, but it can also be a way of adapting. "
     "Remittances sent home by family members working elsewhere help households to diversify their "
     "income and to recover after a disaster. The Parties to the United Nations Framework Convention on "
     "Climate Change acknowledged this link in December 2010, when they invited States to enhance their "
     "understanding, coordination and cooperation with regard to climate change induced displacement, "
     "migration and planned relocation.{3} IOM is well placed to help States turn this recognition into "
     "practice."),
    ("h1", "III.", "OBJECTIVES AND GUIDING PRINCIPLES"),
    ("h2", "A.", "Objectives"),
    ("para", "6.",
     "In line with the IOM Strategy,{4} the framework pursues three objectives:"),
    ("item", 1, "(a)", "to reduce forced and unmanaged migration as far as possible;"),
    ("item", 1, "(b)",
     "where forced migration does occur, to ensure assistance and protection for those affected and "
     "to seek durable solutions for them; and"),
    ("item", 1, "(c)", "to facilitate the role of migration as a strategy of adaptation to climate change."),
    ("h2", "B.", "Guiding principles"),
    ("para", "7.", "The activities carried out under the framework will be guided by the following principles:"),
    ("item", 1, "(a)",
     "a rights-based approach, which places the safety, dignity and well-being of the persons "
     "concerned at the centre of every intervention;"),
    ("item", 1, "(b)",
     "national ownership, since the primary responsibility for assisting and protecting people "
     "affected by environmental change lies with States;"),
    ("item", 1, "(c)", "attention to the needs of particular groups, namely:"),
    ("item", 2, "(i)", "women and children, including unaccompanied minors;"),
    ("item", 2, "(ii)", "older persons and persons with disabilities; and"),
    ("item", 2, "(iii)",
     "indigenous peoples and communities whose livelihoods depend directly on natural resources;"),
    ("item", 1, "(d)",
     "a comprehensive approach that covers every stage of the movement, from prevention to "
     "recovery; and"),
    ("item", 1, "(e)",
     "cooperation with other actors, in particular the United Nations system, the International "
     "Federation of Red Cross and Red Crescent Societies and the research community."),
    ("para", "8.",
     "None of these principles is new to the Organization. They restate commitments found in the IOM "
     "Constitution and in existing IOM policy on humanitarian action, as reviewed in document "
     "MC/INF/302."),
    ("h1", "IV.", "AREAS OF ACTIVITY"),
    ("para", "9.",
     "IOM will concentrate its work on the three interrelated areas described below. They are not "
     "separate programmes: most projects will combine elements of two or of all three."),
    ("h2", "A.", "Prevention and preparedness"),
    ("para", "10.",
     "Prevention seeks to reduce the risk that people will be forced to leave their homes. IOM will "
     "support community-based disaster risk reduction, the mapping of hazard-prone areas and of the "
     "people living in them, and early warning systems linked to evacuation plans. Particular attention "
     "will be paid to small island developing States and to low-lying coastal zones, where even a modest "
     "rise in sea level can make whole settlements uninhabitable."),
    ("para", "11.",
     "Preparedness work will include training national and local authorities in camp coordination and "
     "camp management, pre-positioning relief items in high-risk regions, and helping governments to "
     "include migration and displacement in their national adaptation programmes of action. Simulation "
     "exercises will be held with the countries most exposed."),
    ("h2", "B.", "Assistance and protection for persons displaced by sudden-onset disasters and for communities at risk"),
    ("para", "12.",
     "When displacement occurs, IOM will provide emergency shelter, non-food items, transport and "
     "health assistance in close cooperation with national authorities. Within the inter-agency cluster "
     "system, the Organization leads the Camp Coordination and Camp Management Cluster in natural disaster "
     "settings and contributes to the shelter, early recovery and health clusters. It will also help "
     "authorities to identify sites for temporary settlement that are themselves safe from further hazards."),
    ("para", "13.",
     "Reliable information on who has moved, where to and with what needs is a precondition for any "
     "response. IOM will extend the use of its Displacement Tracking Matrix, first deployed on a large "
     "scale after the floods of 2010, and will share the data it produces with humanitarian partners and "
     "with the authorities concerned. During the first months of a crisis the data will be updated at "
     "least once a month, and sex and age will be recorded for every displaced household."),
    ("h2", "C.", "Durable solutions and migration as adaptation"),
    ("para", "14.",
     "Return remains the preferred solution where it can take place in safety and dignity. Where it "
     "cannot, IOM will support local integration or, as a last resort, planned relocation."),
    ("para", "15.",
     "In areas affected by slow-onset degradation, well-managed labour mobility, the lower cost of "
     "sending remittances and the involvement of diaspora communities can ease pressure on scarce land "
     "and water. IOM will help interested States to design such schemes and to assess their effects on "
     "the communities left behind."),
    ("para", "16.",
     "The evidence base is still thin. IOM will continue its research, including country assessments, "
     "and will publish findings that policymakers and practitioners can use."),
    ("h1", "V.", "INSTITUTIONAL ARRANGEMENTS AND RESOURCES"),
    ("h2", "A.", "Partnerships"),
    ("para", "17.",
     "The framework will be carried out with the Office of the United Nations High Commissioner for "
     "Refugees, the United Nations Environment Programme, the United Nations Development Programme, "
     "regional organizations and universities."),
    ("h2", "B.", "Resource requirements"),
    ("para", "18.",
     "Table 1 shows the indicative resources needed to implement the framework over three years. The "
     "Administration proposes that the core positions be funded from Operational Support Income,{5} "
     "while project activities will depend on voluntary contributions from Member States and other "
     "donors."),
    ("table",),
    ("para", "19.",
     "The figures in Table 1 are indicative and do not form part of the Programme and Budget for 2012 "
     "(MC/2314). They will be updated each year in the light of the contributions actually received."),
    ("h1", "VI.", "CONCLUSION"),
    ("para", "20.", "The Council is invited:"),
    ("item", 1, "(a)", "to endorse the policy framework set out in the present document;"),
    ("item", 1, "(b)",
     "to request the Director General to report on its implementation to the Council at its "
     "103rd Session; and"),
    ("item", 1, "(c)",
     "to encourage Member States and other partners to support the activities described in "
     "Section IV through voluntary contributions."),
]

TABLE_CAPTION = "Table 1: Indicative resource requirements, 2012-2014 (in US dollars)"
TABLE_HEAD = [("", "Area of activity"), ("Staff and", "office costs"), ("Project", "activities"),
              ("Total", "2012-2014")]
TABLE_ROWS = [
    ("Prevention and preparedness", "1,450,000", "6,200,000", "7,650,000"),
    ("Emergency response and camp management", "2,100,000", "14,800,000", "16,900,000"),
    ("Displacement tracking", "780,000", "2,950,000", "3,730,000"),
    ("Return and relocation", "960,000", "8,400,000", "9,360,000"),
    ("Labour mobility and remittances", "540,000", "3,100,000", "3,640,000"),
    ("Research and data", "620,000", "1,750,000", "2,370,000"),
    ("Policy dialogue and capacity-building", "830,000", "2,200,000", "3,030,000"),
    ("Total", "7,280,000", "39,400,000", "46,680,000"),
]

ANNEX_TITLE = "MATRIX OF IOM ACTIVITIES BY TYPE OF ENVIRONMENTAL MOVEMENT"
ANNEX_TEXT = ("The matrix below shows, for each type of movement described in paragraph 4, the areas in "
              "which IOM was active at the end of 2011. An \"X\" marks an area in which the Organization "
              "was implementing at least one project.")
ANNEX_HEAD = [("", "Activity"), ("Sudden-onset", "disasters"), ("Slow-onset", "processes"),
              ("Planned", "relocation")]
ANNEX_ROWS = [
    ("Hazard and population mapping", "X", "X", "X"),
    ("Early warning and evacuation planning", "X", "X", ""),
    ("Camp coordination and camp management", "X", "", ""),
    ("Displacement tracking", "X", "X", ""),
    ("Return and reintegration", "X", "", "X"),
    ("Labour mobility and remittances", "", "X", ""),
    ("Livelihoods and community stabilization", "X", "X", "X"),
    ("Research and policy dialogue", "X", "X", "X"),
]


class Doc(FPDF):
    pass


def tokens(text):
    """Split text into words; each word is a list of (string, is_marker) segments."""
    words = []
    for w in text.split(" "):
        segs = []
        for part in re.split(r"(\{\d+\})", w):
            if not part:
                continue
            m = re.fullmatch(r"\{(\d+)\}", part)
            segs.append((m.group(1), True) if m else (part, False))
        words.append(segs)
    return words


class Layout:
    def __init__(self, pdf, toc_pages):
        self.pdf = pdf
        self.toc_pages = toc_pages      # heading key -> printed page (from first pass)
        self.found = {}                 # heading key -> printed page (this pass)
        self.page_label = 0
        self.y = BODY_TOP
        self.page_fns = []

    # ---------------- widths and drawing
    def wseg(self, s, marker, style="", size=FS):
        p = self.pdf
        if marker:
            p.set_font("Times", "", size * 0.62)
        else:
            p.set_font("Times", style, size)
        return p.get_string_width(s)

    def wword(self, word, style="", size=FS):
        return sum(self.wseg(s, m, style, size) for s, m in word)

    def wrap(self, text, first_w, other_w, style="", size=FS):
        words = tokens(text)
        lines, cur, curw = [], [], 0.0
        self.pdf.set_font("Times", style, size)
        sp = self.pdf.get_string_width(" ")
        for word in words:
            ww = self.wword(word, style, size)
            limit = first_w if not lines else other_w
            add = ww if not cur else curw + sp + ww
            if cur and add > limit:
                lines.append(cur)
                cur, curw = [word], ww
            else:
                cur.append(word)
                curw = add
        if cur:
            lines.append(cur)
        return lines

    def draw_line(self, words, x, y, width, justify, style="", size=FS):
        p = self.pdf
        p.set_font("Times", style, size)
        sp = p.get_string_width(" ")
        total = sum(self.wword(w, style, size) for w in words)
        gaps = len(words) - 1
        gap = sp
        if justify and gaps > 0:
            gap = (width - total) / gaps
            if gap > sp * 3:
                gap = sp
        cx = x
        for w in words:
            for s, m in w:
                if m:
                    p.set_font("Times", "", size * 0.62)
                    p.text(cx, y - size * 0.13, s)
                else:
                    p.set_font("Times", style, size)
                    p.text(cx, y, s)
                cx += self.wseg(s, m, style, size)
            cx += gap

    # ---------------- pages
    def header(self, extra=None):
        p = self.pdf
        p.set_font("Times", "", 11)
        lines = [SYMBOL] + ([extra] if extra else []) + ["Page %s" % self.page_label]
        y = 15
        for ln in lines:
            p.text(RM - p.get_string_width(ln), y, ln)
            y += 4.8
        return y

    def new_page(self):
        self.finish_page()
        self.pdf.add_page()
        self.page_label += 1
        self.header()
        self.y = BODY_TOP
        self.page_fns = []

    def fn_height(self, keys):
        if not keys:
            return 0.0
        h = 5.0
        for k in keys:
            h += len(self.wrap(FOOTNOTES[k], TW - 5, TW - 5, size=FNS)) * FNLEAD + 0.8
        return h

    def limit(self, extra_keys=()):
        return FN_BOTTOM - self.fn_height(self.page_fns + list(extra_keys)) - (3.0 if (self.page_fns or extra_keys) else 0.0)

    def finish_page(self):
        if not self.page_fns:
            return
        p = self.pdf
        h = self.fn_height(self.page_fns)
        y = FN_BOTTOM - h + 3.0
        p.set_line_width(0.2)
        p.line(LM, y - 2.5, LM + 50, y - 2.5)
        y += 1.5
        for k in self.page_fns:
            lines = self.wrap(FOOTNOTES[k], TW - 5, TW - 5, size=FNS)
            p.set_font("Times", "", FNS * 0.62)
            p.text(LM, y - FNS * 0.13, k)
            for i, ln in enumerate(lines):
                self.draw_line(ln, LM + 5, y, TW - 5, i < len(lines) - 1, size=FNS)
                y += FNLEAD
            y += 0.8
        self.page_fns = []

    # ---------------- blocks
    def place_lines(self, lines, xs, widths, style="", label=None, label_x=None, justify=True):
        for i, ln in enumerate(lines):
            keys = [s for w in ln for s, m in w if m]
            if self.y > self.limit(keys):
                self.new_page()
            if i == 0 and label:
                self.pdf.set_font("Times", style, FS)
                self.pdf.text(label_x, self.y, label)
            x = xs[0] if i == 0 else xs[1]
            w = widths[0] if i == 0 else widths[1]
            self.draw_line(ln, x, self.y, w, justify and i < len(lines) - 1, style)
            self.page_fns += keys
            self.y += LEAD

    def para(self, num, text):
        lines = self.wrap(text, TW - NUM_IND, TW)
        if self.y + LEAD > self.limit():
            self.new_page()
        self.place_lines(lines, (LM + NUM_IND, LM), (TW - NUM_IND, TW), label=num, label_x=LM)
        self.y += 2.3

    def item(self, level, label, text):
        lx = LM + NUM_IND + (level - 1) * 10
        tx = lx + 10
        lines = self.wrap(text, RM - tx, RM - tx)
        self.place_lines(lines, (tx, tx), (RM - tx, RM - tx), label=label, label_x=lx)
        self.y += 1.0

    def heading(self, level, num, text, extra=0.0):
        key = num + " " + text
        self.y += 2.0
        width = TW - NUM_IND if level == 1 else 112
        lines = self.wrap(text, width, width, style="B")
        need = len(lines) * LEAD + 3 + 2 * LEAD + extra
        if self.y + need > self.limit():
            self.new_page()
        self.found[key] = self.page_label
        self.place_lines(lines, (LM + NUM_IND, LM + NUM_IND), (width, width), style="B",
                         label=num, label_x=LM, justify=False)
        self.y += 2.4

    def table(self, caption, head, rows, colx, numeric=True):
        p = self.pdf
        need = (len(rows) + 4) * LEAD + 6
        if self.y + need > self.limit():
            self.new_page()
        if caption:
            p.set_font("Times", "B", 10.5)
            p.text(LM + (TW - p.get_string_width(caption)) / 2, self.y, caption)
            self.y += LEAD + 1.5
        p.set_line_width(0.3)
        p.line(LM, self.y - 3.8, RM, self.y - 3.8)
        p.set_font("Times", "B", 10)
        right = colx[1:] + [RM]
        for r, hl in enumerate(zip(*head)):
            for c, s in enumerate(hl):
                if not s:
                    continue
                if c == 0:
                    p.text(colx[0] + 1, self.y, s)
                else:
                    mid = (colx[c] + right[c]) / 2
                    p.text(mid - p.get_string_width(s) / 2, self.y, s)
            self.y += 4.6
        p.line(LM, self.y - 3.2, RM, self.y - 3.2)
        self.y += 1.0
        for row in rows:
            bold = row[0] == "Total"
            if bold:
                p.line(LM, self.y - 3.6, RM, self.y - 3.6)
            p.set_font("Times", "B" if bold else "", 10)
            for c, s in enumerate(row):
                if not s:
                    continue
                if c == 0:
                    p.text(colx[0] + 1, self.y, s)
                elif numeric:
                    p.text(right[c] - 3 - p.get_string_width(s), self.y, s)
                else:
                    mid = (colx[c] + right[c]) / 2
                    p.text(mid - p.get_string_width(s) / 2, self.y, s)
            self.y += 5.0
        p.line(LM, self.y - 3.4, RM, self.y - 3.4)
        self.y += 3.5

    def body(self):
        self.new_page()
        # running title repeated on the first text page
        p = self.pdf
        p.set_font("Times", "B", 11)
        for t in ("IOM POLICY FRAMEWORK ON MIGRATION,", "THE ENVIRONMENT AND CLIMATE CHANGE"):
            p.text(105 - p.get_string_width(t) / 2, self.y, t)
            self.y += 5.0
        self.y += 5.0
        for i, b in enumerate(BODY):
            if b[0] == "h1":
                nxt = BODY[i + 1]
                self.heading(1, b[1], b[2], extra=(2 * LEAD + 5) if nxt[0] == "h2" else 0.0)
            elif b[0] == "h2":
                self.heading(2, b[1], b[2])
            elif b[0] == "para":
                self.para(b[1], b[2])
            elif b[0] == "item":
                self.item(b[1], b[2], b[3])
            elif b[0] == "table":
                self.table(TABLE_CAPTION, TABLE_HEAD, TABLE_ROWS, [LM, 98, 128, 158])

    def annex(self):
        self.new_page()
        p = self.pdf
        self.found["ANNEX"] = self.page_label
        p.set_font("Times", "B", 11)
        p.text(105 - p.get_string_width("ANNEX") / 2, self.y, "ANNEX")
        self.y += 9
        p.text(105 - p.get_string_width(ANNEX_TITLE) / 2, self.y, ANNEX_TITLE)
        self.y += 10
        lines = self.wrap(ANNEX_TEXT, TW, TW)
        self.place_lines(lines, (LM, LM), (TW, TW))
        self.y += 8
        self.table(None, ANNEX_HEAD, ANNEX_ROWS, [LM, 100, 130, 160], numeric=False)
        self.finish_page()


def cover(pdf):
    pdf.add_page()
    pdf.set_font("Times", "B", 12)
    y = 22
    for ln in (SYMBOL,):
        pdf.text(RM - pdf.get_string_width(ln), y, ln)
    pdf.set_font("Times", "", 11)
    y += 6
    for ln in ("Original: English", "14 November 2011"):
        pdf.text(RM - pdf.get_string_width(ln), y, ln)
        y += 5.2
    pdf.set_font("Times", "B", 12)
    y = 92
    t = "100TH SESSION"
    pdf.text(105 - pdf.get_string_width(t) / 2, y, t)
    y += 3
    rule = "_" * 60
    pdf.set_font("Times", "", 11)
    pdf.text(105 - pdf.get_string_width(rule) / 2, y, rule)
    y += 24
    pdf.set_font("Times", "B", 13)
    for t in ("IOM POLICY FRAMEWORK ON MIGRATION,", "THE ENVIRONMENT AND CLIMATE CHANGE"):
        pdf.text(105 - pdf.get_string_width(t) / 2, y, t)
        y += 7
    # asterisk on the last title line
    pdf.set_font("Times", "B", 9)
    pdf.text(105 + pdf.get_string_width("x") / 2 + _half_width(pdf, "THE ENVIRONMENT AND CLIMATE CHANGE"),
             y - 7 - 2.2, "*")
    # cover note
    pdf.set_font("Times", "", 10)
    y = 246
    pdf.text(LM, y, "__________")
    y += 6
    note = ("This framework was endorsed by the Council at its 100th Session through Resolution No. 1231 "
            "of 6 December 2011.")
    pdf.set_font("Times", "", 7)
    pdf.text(LM, y - 1.3, "*")
    pdf.set_font("Times", "", 10)
    pdf.text(LM + 3, y, note)
    # trilingual footer
    pdf.set_font("Helvetica", "B", 12)
    for x, w in ((35, "COUNCIL"), (88, "CONSEIL"), (141, "CONSEJO")):
        pdf.text(x, 280, w)


def _half_width(pdf, t):
    pdf.set_font("Times", "B", 13)
    w = pdf.get_string_width(t) / 2
    pdf.set_font("Times", "B", 9)
    return w


TOC = [
    (0, "I.", "INTRODUCTION"),
    (0, "II.", "CONTEXT AND RATIONALE"),
    (0, "III.", "OBJECTIVES AND GUIDING PRINCIPLES"),
    (1, "A.", "Objectives", "III."),
    (1, "B.", "Guiding principles", "III."),
    (0, "IV.", "AREAS OF ACTIVITY"),
    (1, "A.", "Prevention and preparedness", "IV."),
    (1, "B.", "Assistance and protection for persons displaced by sudden-onset disasters and for communities at risk", "IV."),
    (1, "C.", "Durable solutions and migration as adaptation", "IV."),
    (0, "V.", "INSTITUTIONAL ARRANGEMENTS AND RESOURCES"),
    (1, "A.", "Partnerships", "V."),
    (1, "B.", "Resource requirements", "V."),
    (0, "VI.", "CONCLUSION"),
]


def contents(pdf, lay, pages):
    pdf.add_page()
    lay.page_label = "i"
    lay.header()
    y = BODY_TOP + 4
    pdf.set_font("Times", "B", 11)
    pdf.text(105 - pdf.get_string_width("CONTENTS") / 2, y, "CONTENTS")
    y += 10
    pdf.set_font("Times", "", 11)
    pdf.text(RM - pdf.get_string_width("Page"), y, "Page")
    y += 8
    dot = pdf.get_string_width(".")

    def entry(x_label, label, text, page, y, style):
        pdf.set_font("Times", style, 11)
        x_text = x_label + (12 if label else 0)
        avail = RM - 12 - x_text
        lines = lay.wrap(text, avail, avail, style=style)
        for i, ln in enumerate(lines):
            s = " ".join("".join(s for s, m in w) for w in ln)
            pdf.set_font("Times", style, 11)
            if i == 0 and label:
                pdf.text(x_label, y, label)
            pdf.text(x_text, y, s)
            if i == len(lines) - 1:
                end = x_text + pdf.get_string_width(s) + 2
                pdf.set_font("Times", "", 11)
                n = int((RM - 8 - end) / dot)
                pdf.text(end, y, "." * n)
                pg = str(page)
                pdf.text(RM - 1 - pdf.get_string_width(pg), y, pg)
            y += 5.2
        return y

    parent = None
    for e in TOC:
        if e[0] == 0:
            parent = e[1]
            y += 2.5
            y = entry(LM, e[1], e[2], pages.get(e[1] + " " + e[2], 0), y, "")
        else:
            y = entry(LM + 12, e[1], e[2], pages.get(e[1] + " " + e[2], 0), y, "")
    y += 2.5
    entry(LM, "", "ANNEX – " + ANNEX_TITLE, pages.get("ANNEX", 0), y, "")


def build(pages):
    pdf = Doc(format="A4", unit="mm")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_auto_page_break(False)
    pdf.set_title("IOM Policy Framework on Migration, the Environment and Climate Change")
    cover(pdf)
    lay = Layout(pdf, pages)
    contents(pdf, lay, pages)
    lay.page_label = 0
    lay.body()
    lay.annex()
    return pdf, lay.found


if __name__ == "__main__":
    _, found = build({})
    pdf, found2 = build(found)
    assert found == found2
    pdf.output(OUT)
    for k, v in found.items():
        print(v, k)
