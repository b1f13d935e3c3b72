# Draws info-note-2018.pdf: an invented IOM Council information note (C/109/INF/3, 2018).
import re
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.rl_codecs import RL_Codecs

# reportlab writes the bullet as WinAnsi code 127, which some extractors cannot map;
# make it use the standard WinAnsi code 149 instead.
_codecs = RL_Codecs._RL_Codecs__rl_codecs_data
_exc, _rexc = _codecs["winansi"]
_rexc = dict(_rexc)
_rexc[0x2022] = 149
_codecs["winansi"] = (_exc, _rexc)

SYMBOL = "C/109/INF/3"
OUT = "info-note-2018.pdf"
PW, PH = A4
LM, RM = 72.0, PW - 72.0
TOP_BODY = PH - 110.0
BOTTOM = 72.0

BODY_FONT, BODY_BOLD, BODY_ITAL = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
BODY_SIZE, BODY_LEAD = 10.5, 13.2
FN_SIZE, FN_LEAD = 8.5, 10.4
SUP_SIZE = 6.5
NUM_INDENT = 36.0      # text of numbered paragraphs hangs here
PARA_GAP = 10.0

# ---------------------------------------------------------------- content
FOOTNOTES = {
    "1": "General Assembly resolution 71/1 of 19 September 2016. The Declaration also set in motion a "
         "separate process, led by the Office of the United Nations High Commissioner for Refugees, "
         "towards a global compact on refugees.",
    "2": "See document C/108/INF/2 and the Report on the 108th Session of the Council (C/108/23), "
         "paragraphs 52 to 58.",
    "3": "The Secretary-General announced the establishment of the network in a letter to the President "
         "of the General Assembly dated 16 May 2018. At the time of writing, 38 entities of the United "
         "Nations system had indicated that they would join it.",
    "4": "The compact envisages that the hub, the fund and the platform will be launched within existing "
         "resources where possible. Consultations among the members of the network indicate that the start-up "
         "fund could be administered by the Multi-Partner Trust Fund Office of the United Nations, with "
         "allocations decided by a steering committee on which donor States, countries of origin, transit and "
         "destination and members of the network would be represented. The knowledge platform would be "
         "built on existing online resources, including the migration data portal maintained by the "
         "Organization, so as to avoid duplication, and would be linked to the connection hub so that "
         "requests for assistance can be matched with relevant practice and expertise. Proposals on these "
         "arrangements are expected to be presented to Member States in the first quarter of 2019, once the "
         "network's executive committee has met.",
    "5": "Figures are indicative and will be refined once the network's workplan for 2019 has been "
         "agreed. See also the Programme and Budget for 2019 (C/109/6).",
}

# Each block: (kind, ...). Markers in text: [[n]]
BLOCKS = [
    ("head", "I", "INTRODUCTION"),
    ("para", "1",
     "This note updates Member States on the engagement of the Organization in the process that will "
     "culminate in the adoption of the global compact for safe, orderly and regular migration at the "
     "Intergovernmental Conference to be held in Marrakech, Morocco, on 10 and 11 December 2018. It also "
     "sets out the arrangements under way to establish a United Nations network on migration, which IOM "
     "has been asked to coordinate and for which it will provide the secretariat, and it outlines what "
     "these developments mean for the Organization's structures, resources and governance."),
    ("para", "2",
     "The note is submitted in response to the request made by the Council at its 108th Session that the "
     "Administration keep the membership regularly informed of the Organization's contribution to the "
     "process. It complements the oral briefings given to the Standing Committee on Programmes and "
     "Finance at its Twenty-second Session in June 2018 and at the informal consultations held with "
     "Member States on 20 September and 4 October 2018."),
    ("head", "II", "BACKGROUND"),
    ("para", "3",
     "In the New York Declaration for Refugees and Migrants,[[1]] the States Members of the United Nations "
     "undertook to launch a process of intergovernmental negotiations leading to the adoption of a global "
     "compact on migration. The Declaration called on the Secretary-General of the United Nations and on "
     "IOM to support that process, with the Organization providing technical and policy expertise. On the same "
     "day, the Agreement concerning the Relationship between the United Nations and the International "
     "Organization for Migration was signed, bringing IOM into the United Nations system as a related "
     "organization."),
    ("para", "4",
     "The modalities for the process were laid down by the General Assembly in its resolution 71/280 of "
     "6 April 2017. They provided for three successive phases: a phase of consultations, from April to "
     "November 2017, comprising six informal thematic sessions and a series of regional and multi-"
     "stakeholder meetings; a stocktaking phase, concluded at a meeting held in Puerto Vallarta, Mexico, "
     "in December 2017; and a phase of intergovernmental negotiations, held in New York between February "
     "and July 2018 under the guidance of two co-facilitators appointed by the President of the General "
     "Assembly."),
    ("para", "5",
     "The Council has followed these developments closely.[[2]] In its Resolution No. 1357 of "
     "28 November 2017 on the Organization's engagement in the global compact process, the Council "
     "welcomed the role entrusted to IOM and, in operative paragraph 4:"),
    ("quote",
     "\u201cRequests the Director General to ensure that the support provided by the Organization to the "
     "global compact process remains impartial and evidence-based, to draw for that purpose on the "
     "expertise available in all its offices, and to report to the Council at its 109th Session on that "
     "engagement and on any implications it may have for the structures, programmes and budget of the "
     "Organization;\u201d"),
    ("para", "6",
     "The present note is the report so requested. It should be read together with the Report of the "
     "Director General on the work of the Organization for the year 2017 (C/109/3), which describes the "
     "Organization's activities in the first phase of the process in greater detail."),
    ("head", "III",
     "SUPPORT PROVIDED BY THE ORGANIZATION DURING THE CONSULTATION, STOCKTAKING AND NEGOTIATION PHASES"),
    ("para", "7",
     "The support of the Organization was led by a small dedicated team at Headquarters, which worked "
     "closely with the co-facilitators, with the Special Representative of the Secretary-General for "
     "International Migration and with the Permanent Missions in New York and Geneva. The team drew in "
     "turn on the Regional Offices, the Office of the Permanent Observer to the United Nations in New "
     "York and some 40 country offices, whose staff contributed to the work in addition to their regular "
     "duties."),
    ("para", "8", "In practical terms, that support took the following forms:"),
    ("bullet", 1,
     "preparing a set of thematic papers, one for each of the six informal thematic sessions, drawing on "
     "the outcomes of the International Dialogue on Migration and on the Organization's operational "
     "experience;"),
    ("bullet", 1, "supporting regional and subregional consultations, in particular by:"),
    ("bullet", 2,
     "co-organizing, with the United Nations regional economic commissions, the regional meetings held "
     "in Addis Ababa, Bangkok, Beirut, Geneva and Santiago;"),
    ("bullet", 2,
     "facilitating the contribution of the regional consultative processes on migration and of the "
     "inter-regional forums to the stocktaking phase;"),
    ("bullet", 2,
     "financing the participation of delegates from least developed countries and small island "
     "developing States in the negotiating rounds;"),
    ("bullet", 1,
     "providing data and analysis on migration trends, including estimates prepared by the "
     "Organization's migration data centre at the request of delegations; and"),
    ("bullet", 1,
     "holding technical briefings for delegations, in New York and in Geneva, on issues such as return "
     "and readmission, the protection of migrants in vulnerable situations and the portability of "
     "social security entitlements."),
    ("para", "9",
     "The breakdown by region of the consultations and other events supported by the Organization is "
     "shown in Table 1 below."),
    ("para", "10",
     "During the negotiation phase, which comprised six rounds of formal negotiations on successive "
     "drafts of the compact, the Organization responded to some 150 written requests for technical "
     "information from delegations and from the co-facilitators. It took care throughout not to take "
     "positions on matters that were for Member States alone to decide, and its written contributions "
     "were made available to all delegations at the same time, in the three official languages of the "
     "Organization where time allowed. Replies to requests from a regional group were shared with all other "
     "groups, and two staff members were seconded to the office of the co-facilitators for the duration of "
     "the negotiations. In all, 14 technical notes were issued during that phase, covering among other "
     "things the terminology used in the drafts, the references made in them to existing international "
     "instruments and the cost of the follow-up and review arrangements under discussion."),
    ("table",),
    ("para", "11",
     "The text of the compact was finalized on 13 July 2018. It sets out 23 objectives, each accompanied "
     "by a commitment and a list of possible actions, and it rests on a set of cross-cutting guiding "
     "principles. It is a non-legally binding cooperative framework that reaffirms the sovereign right "
     "of States to determine their national migration policy."),
    ("head", "IV", "THE UNITED NATIONS NETWORK ON MIGRATION"),
    ("para", "12",
     "In the compact, Member States welcome the decision of the Secretary-General to establish a United "
     "Nations network on migration to ensure effective and coherent system-wide support to "
     "implementation, follow-up and review, and they note that IOM will serve as coordinator and "
     "secretariat of the network.[[3]] The network will replace the Global Migration Group, whose "
     "members agreed in September 2018 to wind down its activities by the end of the year."),
    ("para", "13",
     "The network's primary purpose will be to support Member States, at their request, in "
     "implementing the compact, and to promote coherent action by the United Nations system at the "
     "global, regional and national levels. Where United Nations country teams exist, the network's "
     "work at national level will be carried out through them, under the leadership of the Resident "
     "Coordinators."),
    ("para", "14",
     "The compact also provides for a capacity-building mechanism within the United Nations system, "
     "building on existing initiatives. It will comprise:"),
    ("bullet", 1,
     "a connection hub, to facilitate demand-driven, tailor-made and integrated solutions;"),
    ("bullet", 1,
     "a start-up fund, to provide initial financing for project-oriented solutions, open to voluntary "
     "contributions from States and other stakeholders; and"),
    ("bullet", 1,
     "a global knowledge platform, to serve as an online open data source.[[4]]"),
    ("para", "15",
     "Progress in implementing the compact will be reviewed by the General Assembly, every four years "
     "from 2022, at an International Migration Review Forum, and in regional reviews held in the "
     "intervening years. The network is expected to support the preparation of the Forum and of the "
     "regional reviews, and to prepare the biennial report of the Secretary-General on implementation "
     "that the compact requests."),
    ("head", "V", "IMPLICATIONS FOR THE ORGANIZATION"),
    ("para", "16",
     "Acting as coordinator and secretariat of the network will call for a secretariat that is "
     "distinct from the Organization's own programme structures and that serves all members of the "
     "network on an equal footing. The Administration proposes that it be located at Headquarters, with "
     "a liaison function in New York, and that it report directly to the Director General."),
    ("para", "17",
     "The Administration estimates that the secretariat will require nine staff positions and annual "
     "resources of some USD 2.3 million for 2019 and 2020.[[5]] These costs will be met from voluntary "
     "contributions and from contributions by other members of the network; no increase in assessed "
     "contributions is sought. Several Member States have already indicated their readiness to "
     "contribute, and pledges received to date cover about 60 per cent of the requirements for 2019."),
    ("para", "18",
     "The coordinating role of the Organization within the network does not alter its mandate under "
     "the IOM Constitution, nor the authority of the Council and of the Standing Committee on "
     "Programmes and Finance over its policies, programmes and budget. The Organization's own "
     "activities in support of the compact will continue to be guided by the Migration Governance "
     "Framework (C/106/40)."),
    ("head", "VI", "NEXT STEPS"),
    ("para", "19", "Over the coming months, the Administration intends to:"),
    ("bullet", 1,
     "support the Government of Morocco and the United Nations Secretariat in the preparation of the "
     "Intergovernmental Conference;"),
    ("bullet", 1,
     "convene the first meeting of the network's executive committee before the end of January 2019;"),
    ("bullet", 1,
     "establish the network secretariat and complete the recruitment of its staff during the first "
     "half of 2019; and"),
    ("bullet", 1,
     "report on the progress made to the Standing Committee on Programmes and Finance at its "
     "Twenty-fourth Session."),
    ("para", "20",
     "The Council is invited to take note of the present information note and to provide any guidance "
     "it considers appropriate."),
]

TABLE_CAPTION = "Table 1.  Consultations and other events supported by IOM, by region, 2017\u20132018"
TABLE_HEAD = ["Region", "2017", "2018*", "Total"]
TABLE_ROWS = [
    ["Africa", "9", "12", "21"],
    ["Americas", "7", "8", "15"],
    ["Asia and the Pacific", "6", "9", "15"],
    ["Europe and Central Asia", "5", "6", "11"],
    ["Middle East and North Africa", "4", "5", "9"],
    ["Total", "31", "40", "71"],
]
TABLE_NOTE = ("* Provisional figures, covering the period from 1 January to 31 October 2018. Events "
              "organized jointly with a regional economic community are counted once.")

# ---------------------------------------------------------------- text machinery
MARK = re.compile(r"\[\[(\d+)\]\]")


def words_of(text, font, size):
    """Split text into words; each word = list of (string, font, size, rise) segments."""
    out = []
    for w in text.split(" "):
        if not w:
            continue
        segs = []
        pos = 0
        for m in MARK.finditer(w):
            if m.start() > pos:
                segs.append((w[pos:m.start()], font, size, 0))
            segs.append((m.group(1), BODY_FONT, SUP_SIZE, 3.6))
            pos = m.end()
        if pos < len(w):
            segs.append((w[pos:], font, size, 0))
        out.append(segs)
    return out


def wwidth(word):
    return sum(stringWidth(s, f, z) for s, f, z, r in word)


def markers(word):
    return [s for s, f, z, r in word if r > 0]


def wrap(words, width, space_w):
    lines, cur, cw = [], [], 0.0
    for w in words:
        ww = wwidth(w)
        if cur and cw + space_w + ww > width:
            lines.append(cur)
            cur, cw = [w], ww
        else:
            cw = cw + (space_w if cur else 0) + ww
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


def draw_words(c, line, x, y, width, justify, space_w):
    if justify and len(line) > 1:
        total = sum(wwidth(w) for w in line)
        gap = (width - total) / (len(line) - 1)
    else:
        gap = space_w
    for w in line:
        xx = x
        for s, f, z, r in w:
            c.setFont(f, z)
            c.drawString(xx, y + r, s)
            xx += stringWidth(s, f, z)
        x += wwidth(w) + gap


# ---------------------------------------------------------------- footnote lines
def fn_lines(num):
    width = RM - LM - 12
    words = words_of(FOOTNOTES[num], BODY_FONT, FN_SIZE)
    return wrap(words, width, stringWidth(" ", BODY_FONT, FN_SIZE))


# ---------------------------------------------------------------- page machinery
class Doc:
    def __init__(self):
        self.c = canvas.Canvas(OUT, pagesize=A4)
        self.c.setTitle("C/109/INF/3 - IOM engagement in the global compact for migration")
        self.c.setAuthor("IOM")
        self.page = 0
        self.carry = []          # footnote lines carried from the previous page: (num or None, line, last)
        self.log = []

    def cover(self):
        c = self.c
        c.setFont(BODY_BOLD, 11)
        c.drawRightString(RM, PH - 60, SYMBOL)
        c.setFont(BODY_FONT, 10.5)
        c.drawRightString(RM, PH - 78, "Original: English")
        c.drawRightString(RM, PH - 92, "14 November 2018")
        c.setFont(BODY_BOLD, 11)
        c.drawString(LM, PH - 130, "COUNCIL")
        c.setFont(BODY_FONT, 11)
        c.drawString(LM, PH - 145, "109th Session")
        c.setFont(BODY_BOLD, 12.5)
        y = PH / 2 + 70
        for t in ["IOM ENGAGEMENT IN THE GLOBAL COMPACT FOR SAFE,",
                  "ORDERLY AND REGULAR MIGRATION AND IN THE",
                  "UNITED NATIONS NETWORK ON MIGRATION"]:
            c.drawCentredString(PW / 2, y, t)
            y -= 17
        c.showPage()

    def new_page(self):
        self.page += 1
        c = self.c
        c.setFont(BODY_FONT, 10)
        c.drawRightString(RM, PH - 50, SYMBOL)
        c.drawRightString(RM, PH - 62, "Page %d" % self.page)
        self.y = TOP_BODY
        self.fn = list(self.carry)   # footnote lines on this page
        self.carry = []
        if self.page == 1:
            c.setFont(BODY_BOLD, 11)
            y = PH - 105
            for t in ["IOM ENGAGEMENT IN THE GLOBAL COMPACT FOR SAFE, ORDERLY",
                      "AND REGULAR MIGRATION AND IN THE UNITED NATIONS NETWORK",
                      "ON MIGRATION"]:
                c.drawCentredString(PW / 2, y, t)
                y -= 14
            self.y = y - 16

    def fn_height(self, lines):
        if not lines:
            return 0.0
        return 22.0 + len(lines) * FN_LEAD

    def finish_page(self):
        c = self.c
        self.log.append("page %d ends: body y=%.1f, footnote top=%.1f" % (self.page, self.y, BOTTOM + self.fn_height(self.fn)))
        if self.fn:
            top = BOTTOM + len(self.fn) * FN_LEAD
            c.setLineWidth(0.6)
            c.line(LM, top + 6, LM + 144, top + 6)
            y = top - FN_LEAD + 2
            for num, line, last in self.fn:
                if num:
                    c.setFont(BODY_FONT, SUP_SIZE)
                    c.drawString(LM, y + 3.2, num)
                draw_words(c, line, LM + 12, y, RM - LM - 12, not last,
                           stringWidth(" ", BODY_FONT, FN_SIZE))
                y -= FN_LEAD
        c.showPage()

    def room(self, need_body, extra_fn=()):
        fl = self.fn + list(extra_fn)
        return self.y - need_body >= BOTTOM + self.fn_height(fl)

    def place_line(self, line, x, width, justify, space_w, lead):
        """Place one body line, with footnote handling."""
        new_fn = []
        for w in line:
            for m in markers(w):
                ls = fn_lines(m)
                for i, l in enumerate(ls):
                    new_fn.append((m if i == 0 else None, l, i == len(ls) - 1))
        if not self.room(lead, new_fn):
            # try splitting the footnote material (keep >= 2 lines here)
            placed = False
            if new_fn:
                for k in range(len(new_fn) - 1, 1, -1):
                    if self.room(lead, new_fn[:k]):
                        self.fn += new_fn[:k]
                        self.carry = new_fn[k:]
                        self.log.append("footnote split on page %d after %d lines" % (self.page, k))
                        placed = True
                        break
            if not placed:
                self.finish_page()
                self.new_page()
                self.fn += new_fn
        else:
            self.fn += new_fn
        self.y -= lead
        draw_words(self.c, line, x, self.y, width, justify, space_w)

    # blocks ------------------------------------------------------------
    def heading(self, num, text):
        words = words_of(text, BODY_BOLD, BODY_SIZE)
        sw = stringWidth(" ", BODY_BOLD, BODY_SIZE)
        lines = wrap(words, RM - LM - NUM_INDENT, sw)
        need = (len(lines) + 3) * BODY_LEAD + 10
        if not self.room(need):
            self.finish_page()
            self.new_page()
        self.y -= 6
        for i, l in enumerate(lines):
            self.place_line(l, LM + NUM_INDENT, RM - LM - NUM_INDENT, False, sw, BODY_LEAD)
            if i == 0:
                self.c.setFont(BODY_BOLD, BODY_SIZE)
                self.c.drawString(LM, self.y, num + ".")
        self.y -= PARA_GAP + 2

    def para(self, num, text, x0=None, width=None, font=BODY_FONT, label=None, label_x=None):
        x0 = LM + NUM_INDENT if x0 is None else x0
        width = RM - x0 if width is None else width
        words = words_of(text, font, BODY_SIZE)
        sw = stringWidth(" ", font, BODY_SIZE)
        lines = wrap(words, width, sw)
        start_page = self.page
        for i, l in enumerate(lines):
            if i == 0 and not self.room(BODY_LEAD * min(2, len(lines))):
                self.finish_page()
                self.new_page()
            self.place_line(l, x0, width, i < len(lines) - 1, sw, BODY_LEAD)
            if i == 0:
                if num:
                    self.c.setFont(BODY_FONT, BODY_SIZE)
                    self.c.drawString(LM, self.y, num + ".")
                if label:
                    self.c.setFont(BODY_FONT, BODY_SIZE)
                    self.c.drawString(label_x, self.y, label)
        if self.page != start_page:
            self.log.append("block %r runs from page %d to %d" % (num or label or text[:20],
                                                                   start_page, self.page))
        self.y -= PARA_GAP

    def table(self):
        c = self.c
        rows = len(TABLE_ROWS) + 1
        note_lines = wrap(words_of(TABLE_NOTE, BODY_FONT, FN_SIZE), 330,
                          stringWidth(" ", BODY_FONT, FN_SIZE))
        need = 22 + rows * 15 + 10 + len(note_lines) * FN_LEAD + 10
        if not self.room(need):
            self.finish_page()
            self.new_page()
        x = LM + NUM_INDENT
        self.y -= 4
        c.setFont(BODY_BOLD, 9.5)
        c.drawString(x, self.y - 10, TABLE_CAPTION)
        self.y -= 18
        cols = [x, x + 190, x + 245, x + 300]   # right edges for numbers
        right = [None, x + 225, x + 280, x + 335]
        c.setLineWidth(0.6)
        c.line(x, self.y, x + 345, self.y)
        self.y -= 12
        c.setFont(BODY_BOLD, 9.5)
        c.drawString(x + 4, self.y, TABLE_HEAD[0])
        for j in (1, 2, 3):
            c.drawRightString(right[j], self.y, TABLE_HEAD[j])
        self.y -= 5
        c.line(x, self.y, x + 345, self.y)
        for r in TABLE_ROWS:
            self.y -= 13
            bold = r[0] == "Total"
            if bold:
                c.line(x, self.y + 9.5, x + 345, self.y + 9.5)
                self.y -= 2
            c.setFont(BODY_BOLD if bold else BODY_FONT, 9.5)
            c.drawString(x + 4, self.y, r[0])
            for j in (1, 2, 3):
                c.drawRightString(right[j], self.y, r[j])
        self.y -= 5
        c.line(x, self.y, x + 345, self.y)
        self.y -= 3
        sw = stringWidth(" ", BODY_FONT, FN_SIZE)
        for i, l in enumerate(note_lines):
            self.y -= FN_LEAD
            draw_words(c, l, x, self.y, 345, False, sw)
        self.y -= PARA_GAP + 6


def main():
    d = Doc()
    d.cover()
    d.new_page()
    for b in BLOCKS:
        k = b[0]
        if k == "head":
            d.heading(b[1], b[2])
        elif k == "para":
            d.para(b[1], b[2])
        elif k == "quote":
            d.y -= 2
            d.para(None, b[1], x0=LM + NUM_INDENT + 24, width=RM - LM - NUM_INDENT - 48, font=BODY_ITAL)
            d.y -= 2
        elif k == "bullet":
            lvl = b[1]
            if lvl == 1:
                bx, tx = LM + NUM_INDENT, LM + NUM_INDENT + 16
                glyph = "\u2022"
            else:
                bx, tx = LM + NUM_INDENT + 16, LM + NUM_INDENT + 32
                glyph = "\u2013"
            d.y += PARA_GAP - 4   # tighter list spacing
            d.para(None, b[2], x0=tx, width=RM - tx, label=glyph, label_x=bx)
        elif k == "table":
            d.table()
    d.finish_page()
    d.c.save()
    for l in d.log:
        print(l)
    print("pages (excluding cover):", d.page)


if __name__ == "__main__":
    main()
