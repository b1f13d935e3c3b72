"""Draw summary-record-2006.pdf: draft summary record of a meeting of the IOM Council,
ninety-second session (November-December 2006). Invented content."""
import re
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = "summary-record-2006.pdf"
W, H = A4
LM = 72.0
RM = W - 72.0
TW = RM - LM
FONT, BOLD = "Times-Roman", "Times-Bold"
SIZE, LEAD = 11.5, 14.0
SUP, RISE = 7.0, 4.2
FN_SIZE, FN_LEAD = 9.0, 10.8
PARA_GAP = 7.0
SYMBOL = "MC/C/SR/483"
HANG = 36.0            # paragraph text indent (number hangs at LM)

# ---------------------------------------------------------------- content
CONTENTS = [
    "GENERAL DEBATE (continued)",
    "REPORT ON THE HUNDRED AND THIRD SESSION OF THE EXECUTIVE COMMITTEE",
    "STATUS REPORT ON OUTSTANDING CONTRIBUTIONS TO THE ADMINISTRATIVE PART OF THE "
    "BUDGET AND ON MEMBER STATES SUBJECT TO ARTICLE 4 OF THE CONSTITUTION",
    "PROGRAMME AND BUDGET FOR 2007 (MC/2199)",
    "ELECTION OF THE MEMBERS OF THE EXECUTIVE COMMITTEE",
    "OTHER BUSINESS",
]

FOOTNOTES = {
    "1": "Document MC/INF/284, \u201cIOM and Migration and Development: Follow-up and "
         "Perspectives\u201d, submitted to the Council at its present session.",
    "2": "Resolution No. 1129 (XC) of 30 November 2005 on the application of Article 4 of the "
         "Constitution. The arrangements are set out in full in document MC/2178, paragraphs 6 to 11.",
    "3": "The revised staffing table and the updated estimates for the Operational Part of the "
         "Budget were issued as document MC/2199/Add.1 of 24 November 2006.",
}

# block kinds: ("text", s) unnumbered; ("head", s); ("para", n, s);
# ("item", label, s, level)  level 1 = item of a paragraph, level 2 = sub-item
BODY = [
    ("text", "The meeting was called to order at 3.15 p.m."),
    ("head", CONTENTS[0]),
    ("para", 1,
     "Mr. ALVARADO PINTO (Ecuador) said that remittances sent home by Ecuadorians living abroad "
     "had reached an estimated USD 2.9 billion in 2005, second only to oil among the country\u2019s "
     "sources of foreign exchange. His Government valued the support IOM had given to the consular "
     "registration of Ecuadorian nationals in Spain and Italy, and to the voluntary return of those "
     "who wished to settle again in their communities of origin. It hoped that the Organization would "
     "continue to look at migration from the standpoint of the rights of migrants and their families, "
     "and not solely from that of border control."),
    ("para", 2,
     "Mr. SANTOS-REYES (Philippines) said that his country, with some eight million nationals working "
     "or residing overseas, had built up over three decades an institutional framework for the "
     "protection of migrant workers at every stage of the migration cycle. His delegation welcomed "
     "the emphasis the Director General had placed on partnerships between countries of origin and "
     "destination, and supported the proposal to devote the 2007 International Dialogue on Migration "
     "to labour mobility. It encouraged IOM to share more widely the lessons learned from its "
     "pre-departure orientation programmes, which had been replicated successfully in several "
     "countries of the region."),
    ("para", 3,
     "Mr. BENJELLOUN (Morocco) said that in a short space of time his country had become a country "
     "of transit and of destination as well as one of origin. The Euro-African Ministerial Conference "
     "on Migration and Development, held in Rabat in July 2006, had shown that a balanced approach was "
     "possible when all the countries along a migration route worked together. His delegation had "
     "read with interest the paper prepared by the Administration on migration and development{1} and "
     "asked that the Council be kept informed of the follow-up to the Rabat Action Plan, under which "
     "IOM had been entrusted with a number of tasks."),
    ("para", 4,
     "Ms. LINDBERG (Sweden) said that her delegation shared the view that well-managed migration "
     "could benefit countries of origin, countries of destination and migrants alike. It wished to "
     "make three suggestions for the Organization\u2019s work in the coming year:"),
    ("item", "(a)",
     "that a gender perspective be integrated systematically into IOM projects, in particular those "
     "concerning labour migration;", 1),
    ("item", "(b)",
     "that coordination with UNHCR and the other members of the Global Migration Group be further "
     "strengthened in situations of mixed migratory flows; and", 1),
    ("item", "(c)",
     "that the Administration report more clearly on the results obtained with unearmarked "
     "contributions, which Sweden would continue to provide in 2007.", 1),
    ("para", 5,
     "Mr. OTIENO (Kenya) said that the departure of health professionals from Africa to the "
     "industrialized countries was depriving the continent\u2019s health systems of staff they urgently "
     "needed. Kenya trained over 400 nurses a year, many of whom left within three years of "
     "qualifying. His delegation appreciated the efforts made under the Migration for Development in "
     "Africa (MIDA) programme to facilitate the temporary return of qualified members of the "
     "diaspora, and called on donors to give that programme more predictable funding."),
    ("para", 6,
     "Mr. CHOI (Republic of Korea) said that the employment permit system introduced by his country "
     "in 2004 had brought greater transparency to the recruitment of foreign workers and had reduced "
     "the role of private brokers. A framework act on the treatment of foreigners residing in the "
     "Republic of Korea was before the National Assembly. His Government was ready to share its "
     "experience and would host a regional workshop on labour migration, in cooperation with IOM, in "
     "the first half of 2007."),
    ("para", 7,
     "The observer for the SOVEREIGN ORDER OF MALTA said that the Order\u2019s hospitals and relief "
     "services in some 120 countries regularly came into contact with migrants who had lost "
     "everything in the course of their journey. The Order welcomed the Organization\u2019s work on "
     "the protection of victims of trafficking and stood ready to extend its cooperation with IOM "
     "field missions, particularly in the Mediterranean and in West Africa."),
    ("para", 8,
     "The DIRECTOR GENERAL, replying to the points raised, thanked delegations for the support they "
     "had expressed. The Administration had taken careful note of the suggestions made on gender, "
     "coordination and reporting, and would take them up in the strategy document it intended to "
     "submit to Member States in 2007. As to the Rabat process, IOM had already begun work with the "
     "countries concerned on a programme of technical cooperation, on which it would report to the "
     "Executive Committee in June."),
    ("para", 9,
     "The CHAIRPERSON said that, there being no further speakers, the Council had concluded its "
     "general debate."),
    ("head", CONTENTS[1]),
    ("para", 10,
     "Mr. HAMADOU (Niger), Chairperson of the Executive Committee, introduced the report on the "
     "Hundred and third Session of the Executive Committee, held in Geneva on 6 and 7 June 2006 "
     "(MC/EX/682). The Committee had examined the Report of the Director General on the Work of the "
     "Organization for the Year 2005, the Financial Report for the year ended 31 December 2005 and the "
     "Revision of the Programme and Budget for 2006. It had also taken note of the report of the "
     "External Auditor and had approved the allocation of Discretionary Income to projects in "
     "developing Member States and Member States with economies in transition."),
    ("para", 11,
     "The Council took note of the report on the Hundred and third Session of the Executive "
     "Committee."),
    ("head", CONTENTS[2]),
    ("para", 12,
     "The DIRECTOR OF THE DEPARTMENT OF RESOURCES MANAGEMENT said that the situation had improved "
     "markedly since the Council\u2019s last session. As at 27 November 2006, contributions outstanding "
     "to the Administrative Part of the Budget totalled CHF 4,218,334, as against CHF 6,702,915 at the "
     "same date in 2005. The position of the 118 Member States could be summarized as follows:"),
    ("item", "\u2022",
     "84 Member States had paid their 2006 assessed contributions in full, among them:", 1),
    ("item", "\u2013", "9 Member States that had also settled arrears from previous years; and", 2),
    ("item", "\u2013", "3 Member States that had paid their 2007 contributions in advance;", 2),
    ("item", "\u2022", "21 Member States were subject to Article 4 of the Constitution, of which:", 1),
    ("item", "\u2013",
     "7 had agreed payment plans with the Administration and were honouring them;", 2),
    ("item", "\u2013",
     "4 had agreed payment plans but had not made the instalments due in 2006; and", 2),
    ("item", "\u2013",
     "10 had not been in contact with the Administration on the matter;", 2),
    ("item", "\u2022",
     "the remaining 13 Member States owed part of their 2006 contributions only and were expected "
     "to pay before the end of the year.", 1),
    ("para", 13,
     "She recalled that, under the arrangements approved by the Council in 2005,{2} a Member State "
     "whose arrears equalled or exceeded the contributions due from it for the preceding two full "
     "years lost its right to vote, unless it had agreed a payment plan with the Administration and "
     "was respecting its terms. The Administration had written to the ten States concerned in "
     "September 2006 and would do so again in January 2007."),
    ("para", 14,
     "Mr. AKHTAR (Pakistan) said that his Government had transferred its full contribution for 2006 "
     "on 15 November. He asked whether the Administration could indicate how much of the amount "
     "outstanding was owed by the States that had not been in contact with it, since those arrears "
     "were likely to prove the most difficult to recover."),
    ("para", 15,
     "The DIRECTOR OF THE DEPARTMENT OF RESOURCES MANAGEMENT replied that those ten States together "
     "owed CHF 1,977,460, most of it accumulated over more than five years. Several of them were "
     "countries emerging from conflict, and the Administration would explore with their permanent "
     "missions whether a payment plan spread over ten years might be feasible."),
    ("para", 16,
     "The Council took note of the status report (MC/2203) and of the additional information "
     "provided by the Administration, and urged Member States in arrears to pay their contributions "
     "in full or to agree a payment plan as soon as possible."),
    ("head", CONTENTS[3]),
    ("para", 17,
     "The DIRECTOR GENERAL, introducing the document, said that the Administrative Part of the "
     "Budget for 2007 had been set at CHF 38,045,000, in keeping with the policy of zero nominal "
     "growth. The Operational Part was estimated at USD 734.2 million; experience showed that the "
     "final figure would be considerably higher, since most funding for operations was received in "
     "the course of the year. He drew attention to the rising cost of staff security, which could no "
     "longer be absorbed within the existing level of the Administrative Part without reducing core "
     "structure at Headquarters."),
    ("para", 18,
     "Ms. OGAWA (Japan), speaking as Chairperson of the Subcommittee on Budget and Finance, said "
     "that the Subcommittee had considered the document at its session of 7 November 2006 and had "
     "recommended its approval by the Council, subject to the updates the Administration had since "
     "made to the staffing table.{3} Several members of the Subcommittee had nonetheless asked for an "
     "early discussion on the long-term financing of the Administrative Part."),
    ("para", 19,
     "Mr. WHITFIELD (United States of America) said that his Government supported the budget as "
     "presented and continued to favour zero nominal growth. It recognized, however, that the "
     "Organization\u2019s core structure had not kept pace with the expansion of its operations, and "
     "was willing to examine proposals to fund security costs through a separate mechanism."),
    ("para", 20,
     "Mr. NDAYISHIMIYE (Burundi), speaking on behalf of the African Group, said that a decade of "
     "zero nominal growth had placed an excessive burden on the Administration. The Group welcomed the "
     "Discretionary Income earmarked for projects in developing Member States and asked that its "
     "level be maintained, and if possible increased, in 2007."),
    ("para", 21,
     "Ms. HOFFMANN (Germany) said that her delegation could accept the budget for 2007 but wished the "
     "Administration to present, before the next session of the Executive Committee, options for "
     "covering the costs of staff security, together with an estimate of their financial "
     "implications for each Member State."),
    ("para", 22,
     "Mr. QUISPE (Peru) associated himself with the statement made on behalf of the African Group "
     "regarding Discretionary Income, which had enabled his country to launch a programme for "
     "Peruvians abroad that now attracted funding from other sources."),
    ("para", 23,
     "The DIRECTOR GENERAL said that the Administration would prepare the paper requested on the "
     "financing of security costs and would hold informal consultations on the subject early in the "
     "new year."),
    ("para", 24,
     "The Council adopted Resolution No. 1143 (XCII) approving the Programme and Budget for 2007."),
    ("head", CONTENTS[4]),
    ("para", 25,
     "The CHAIRPERSON recalled that the Council elected the members of the Executive Committee for "
     "a term of two years. Following consultations among the regional groups, the following Member "
     "States had been proposed for the period 2007\u20132008: Algeria, Argentina, Australia, "
     "Bangladesh, Belgium, Canada, Colombia, Costa Rica, Egypt, Finland, Ghana, Greece, Guatemala, "
     "India, Italy, Japan, Kenya, Mexico, Netherlands, Nigeria, Philippines, Poland, Senegal, "
     "South Africa, Switzerland, Thailand, United States of America and Venezuela (Bolivarian "
     "Republic of)."),
    ("para", 26,
     "In the absence of any other proposal, the Council elected by acclamation the Member States "
     "listed in paragraph 25 as members of the Executive Committee for 2007 and 2008."),
    ("para", 27,
     "Mr. ADJEI (Ghana) thanked the Council on behalf of the newly elected members and said that "
     "they would work to make the Committee\u2019s June session a genuine forum for the examination "
     "of the Organization\u2019s policies and finances."),
    ("head", CONTENTS[5]),
    ("para", 28,
     "Mr. LARSEN (Denmark) asked whether the informal consultations on the proposed IOM strategy "
     "would begin before the June session of the Executive Committee, and whether small delegations "
     "without a migration attach\u00e9 in Geneva would be able to take part through written comments."),
    ("para", 29,
     "The DIRECTOR GENERAL said that the first informal consultation was planned for February 2007 "
     "and that a draft text would be circulated to all permanent missions at least three weeks in "
     "advance. Written comments would be welcome from every Member State and would be compiled by "
     "the Administration."),
    ("para", 30,
     "The CHAIRPERSON announced that the Council would meet again at 10 a.m. the following day to "
     "hold the International Dialogue on Migration and to consider the draft report on the session."),
    ("text", "The meeting rose at 6.05 p.m."),
]

# ---------------------------------------------------------------- typesetting helpers
MARK = re.compile(r"\{(\d+)\}")


def segs(word):
    """Split a word into (text, is_sup) segments."""
    out, pos = [], 0
    for m in MARK.finditer(word):
        if m.start() > pos:
            out.append((word[pos:m.start()], False))
        out.append((m.group(1), True))
        pos = m.end()
    if pos < len(word):
        out.append((word[pos:], False))
    return out


def wwidth(word, font, size):
    return sum(stringWidth(t, font, SUP if s else size) for t, s in segs(word))


def wrap(text, width, font, size, first_width=None):
    words = text.split()
    lines, cur, curw = [], [], 0.0
    sp = stringWidth(" ", font, size)
    for w in words:
        ww = wwidth(w, font, size)
        limit = first_width if (first_width is not None and not lines) else width
        if cur and curw + sp + ww > limit:
            lines.append(cur)
            cur, curw = [w], ww
        else:
            curw = curw + sp + ww if cur else ww
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


def markers(words):
    return [m for w in words for m in MARK.findall(w)]


class Doc:
    def __init__(self):
        self.c = canvas.Canvas(OUT, pagesize=A4)
        self.c.setTitle("MC/C/SR/483 - Draft summary record of the 483rd meeting")
        self.c.setAuthor("International Organization for Migration")
        self.page = 1
        self.fns = []            # footnote numbers on the current page
        self.bottom = 84.0       # page 1 keeps room for the trilingual footer
        self.y = None

    # footnote area ------------------------------------------------------
    def fn_lines(self, n):
        return wrap(FOOTNOTES[n], TW - 12, FONT, FN_SIZE)

    def fn_height(self, nums):
        if not nums:
            return 0.0
        h = 14.0
        for n in nums:
            h += len(self.fn_lines(n)) * FN_LEAD + 2
        return h

    def draw_footnotes(self):
        if not self.fns:
            return
        c = self.c
        top = self.bottom + self.fn_height(self.fns)
        c.setLineWidth(0.5)
        c.line(LM, top - 4, LM + 144, top - 4)
        y = top - 4 - 12
        for n in self.fns:
            lines = self.fn_lines(n)
            t = c.beginText(LM, y)
            t.setFont(FONT, 6.5)
            t.setRise(3.5)
            t.textOut(n)
            c.drawText(t)
            for i, ln in enumerate(lines):
                self.draw_words(LM + 12, y, ln, TW - 12, i < len(lines) - 1, FONT, FN_SIZE)
                y -= FN_LEAD
            y -= 2

    # pages --------------------------------------------------------------
    def end_page(self):
        self.draw_footnotes()
        if self.page == 1:
            c = self.c
            c.setFont(BOLD, 9)
            labels = ["COUNCIL", "CONSEIL", "CONSEJO"]
            xs = [LM + 40, W / 2, RM - 40]
            for lab, x in zip(labels, xs):
                c.drawCentredString(x, 44, lab)
        self.c.showPage()
        self.page += 1
        self.fns = []
        self.bottom = 60.0
        c = self.c
        c.setFont(FONT, SIZE)
        c.drawRightString(RM, H - 42, SYMBOL)
        c.drawRightString(RM, H - 42 - LEAD, "Page %d" % self.page)
        self.y = H - 42 - LEAD - 32

    def room(self, need, new_fns=()):
        fns = self.fns + [n for n in new_fns if n not in self.fns]
        return self.y - need >= self.bottom + self.fn_height(fns)

    # drawing ------------------------------------------------------------
    def draw_words(self, x, y, words, width, justify, font, size):
        c = self.c
        sp = stringWidth(" ", font, size)
        nat = sum(wwidth(w, font, size) for w in words) + sp * (len(words) - 1)
        ws = (width - nat) / (len(words) - 1) if (justify and len(words) > 1) else 0.0
        t = c.beginText(x, y)
        t.setWordSpace(ws)
        for i, w in enumerate(words):
            for txt, sup in segs(w):
                if sup:
                    t.setFont(font, SUP)
                    t.setRise(RISE)
                else:
                    t.setFont(font, size)
                    t.setRise(0)
                t.textOut(txt)
            if i < len(words) - 1:
                t.setFont(font, size)
                t.setRise(0)
                t.textOut(" ")
        c.drawText(t)

    def flow(self, label, label_x, x, width, text, font=FONT, justify=True, gap=PARA_GAP):
        lines = wrap(text, width, font, SIZE)
        if not self.room(LEAD * min(2, len(lines))):   # no single orphan line at page foot
            self.end_page()
        for i, ln in enumerate(lines):
            new = markers(ln)
            if not self.room(LEAD, new):
                self.end_page()
            self.y -= LEAD
            if i == 0 and label == "\u2022":
                # reportlab would write the bullet as code 127, which pdfminer cannot map;
                # write it at its WinAnsi code 149 instead.
                t = self.c.beginText(label_x, self.y)
                t.setFont(font, SIZE)
                t._code.append("(\\225) Tj")
                self.c.drawText(t)
            elif i == 0 and label:
                self.c.setFont(font, SIZE)
                self.c.drawString(label_x, self.y, label)
            self.draw_words(x, self.y, ln, width, justify and i < len(lines) - 1, font, SIZE)
            for n in new:
                if n not in self.fns:
                    self.fns.append(n)
        self.y -= gap

    def heading(self, text):
        lines = wrap(text, TW - 40, BOLD, SIZE)
        # keep the heading with the first two lines of what follows
        if not self.room(LEAD * (len(lines) + 3) + 10):
            self.end_page()
        self.y -= 6
        for ln in lines:
            self.y -= LEAD
            self.draw_words(LM, self.y, ln, TW, False, BOLD, SIZE)
        self.y -= PARA_GAP + 2

    # page 1 -------------------------------------------------------------
    def first_page(self):
        c = self.c
        c.setFont(BOLD, 12)
        c.drawRightString(RM, H - 50, SYMBOL)
        c.setFont(FONT, SIZE)
        c.drawRightString(RM, H - 50 - LEAD, "Original: English")
        c.drawRightString(RM, H - 50 - 2 * LEAD, "15 December 2006")
        c.setFont(BOLD, SIZE)
        c.drawString(LM, H - 50 - 4 * LEAD, "NINETY-SECOND SESSION")
        c.setLineWidth(1)
        yr = H - 50 - 4 * LEAD - 8
        c.line(LM, yr, RM, yr)
        y = yr - 30
        c.setFont(BOLD, 12.5)
        c.drawCentredString(W / 2, y, "DRAFT SUMMARY RECORD OF THE FOUR HUNDRED AND")
        y -= 16
        c.drawCentredString(W / 2, y, "EIGHTY-THIRD MEETING")
        y -= 26
        c.setFont(FONT, SIZE)
        c.drawCentredString(W / 2, y, "Held at the Palais des Nations, Geneva,")
        y -= LEAD
        c.drawCentredString(W / 2, y, "on Wednesday, 29 November 2006, at 3 p.m.")
        y -= 24
        c.drawCentredString(W / 2, y, "Chairperson: Ms. L. Varga-Holm (Hungary)")
        y -= 14
        c.setLineWidth(0.5)
        c.line(W / 2 - 60, y, W / 2 + 60, y)
        y -= 26
        c.setFont(BOLD, SIZE)
        c.drawCentredString(W / 2, y, "CONTENTS")
        self.y = y - 8
        for entry in CONTENTS:
            lines = wrap(entry, TW - 90, FONT, SIZE)
            for i, ln in enumerate(lines):
                self.y -= LEAD
                self.draw_words(LM + 36 + (18 if i else 0), self.y, ln, TW, False, FONT, SIZE)
            self.y -= 5
        self.y -= 8
        c.setLineWidth(0.5)
        c.line(LM, self.y, RM, self.y)
        self.y -= 16

    def build(self):
        self.first_page()
        for b in BODY:
            if b[0] == "text":
                self.flow(None, 0, LM + HANG, TW - HANG, b[1])
            elif b[0] == "head":
                self.heading(b[1])
            elif b[0] == "para":
                self.flow("%d." % b[1], LM, LM + HANG, TW - HANG, b[2])
            elif b[0] == "item":
                label, text, level = b[1], b[2], b[3]
                if level == 1:
                    lx, tx = LM + HANG + 18, LM + HANG + 46
                else:
                    lx, tx = LM + HANG + 46, LM + HANG + 66
                self.flow(label, lx, tx, RM - tx, text, gap=3.5)
        self.draw_footnotes()
        self.fns = []
        self.c.showPage()
        self.c.save()


if __name__ == "__main__":
    Doc().build()
