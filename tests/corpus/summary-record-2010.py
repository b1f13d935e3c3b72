# -*- coding: utf-8 -*-
"""Lays out an invented IOM draft summary record (MC/C/SR/501, 2010) on A4 with reportlab."""
import os
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "summary-record-2010.pdf")

SYMBOL = "MC/C/SR/501"
PW, PH = A4
LEFT = 72.0
RIGHT = PW - 72.0
WIDTH = RIGHT - LEFT
TOP_BODY = 752.0
BOTTOM = 66.0

F, FB, FI, FBI = "Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic"
SIZE, LEAD = 11.0, 13.6
FN_SIZE, FN_LEAD = 9.0, 10.6
MK_SIZE = 7.0
PARA_GAP = 11.0
INDENT = 36.0

# ---------------------------------------------------------------- content
# Blocks: ("h", text) centred heading; ("sh", label, text) lettered sub-heading;
# ("p", num, text) numbered paragraph; ("i", label, text) list item;
# ("t", text) unnumbered paragraph.  "^N" after a word = footnote marker N.

FOOTNOTES = {
    "1": "Statements received in writing from delegations are posted, in the language in which they were "
         "delivered, on the page of the IOM website devoted to the Ninety-ninth Session; the summaries below "
         "do not reproduce them in full.",
    "2": "Document MC/2306/Corr.1 replaces Table 2 of document MC/2306 and corrects the staffing figures "
         "shown for the Regional Offices; the totals of the Administrative Part of the Budget are not affected.",
    "3": "See the report of the Standing Committee on Programmes and Finance on its Seventh Session "
         "(SCPF/53), paragraphs 38 to 42, and the note by the Administration on the selection procedure "
         "(SCPF/49).",
}

BODY = [
    ("h", "GENERAL DEBATE (continued)"),
    ("p", "1", "The CHAIRPERSON invited the Council to resume the general debate begun at its 500th meeting "
     "(MC/C/SR/500). He reminded delegations that the full texts of their statements would be posted on the "
     "IOM website if they so wished.^1"),
    ("p", "2", "Mr. VERSTRAETE (Belgium), speaking on behalf of the European Union, said that the year had "
     "tested the Organization\u2019s capacity as never before. The earthquake in Haiti in January and the "
     "floods in Pakistan from late July had called for operations on a scale that few had foreseen when the "
     "Programme and Budget for 2010 was approved. The European Union commended the speed with which IOM had "
     "deployed staff and relief items in both countries and the manner in which it had discharged its "
     "responsibilities as lead agency for camp coordination and camp management in natural disasters. It "
     "would welcome a fuller account of the lessons learned, in particular as regards the registration of "
     "displaced persons and the transition from emergency shelter to longer-term solutions."),
    ("p", "3", "The European Union had taken careful note of the review of the IOM Strategy set out in "
     "document MC/INF/302 and agreed with the Administration that the strategic activities approved by the "
     "Council in Resolution No. 1150 of 7 June 2007 remained a sound frame of reference. It would, however, "
     "wish Member States to be consulted at an early stage on any proposal to add to those activities, since "
     "each addition had consequences for the core structure that the Administrative Part of the Budget was "
     "meant to fund. Finally, he expressed support for the continued work of the Working Group on Budget "
     "Reform."),
    ("p", "4", "Mr. CHAIYAPORN (Thailand) said that his country, being at once a country of origin, transit "
     "and destination, had a direct interest in orderly labour migration. In 2010 Thailand had completed "
     "the nationality verification of more than 900,000 migrant workers from neighbouring countries, with "
     "technical support from IOM, and had concluded memoranda of understanding on employment with two "
     "further States of the region. He commended IOM\u2019s contribution to the Bali Process and hoped that "
     "the Organization would continue to help the States of the region to harmonize their procedures for "
     "the identification and protection of victims of trafficking."),
    ("p", "5", "Mr. DIALLO (Senegal), speaking on behalf of the African Group, said that the Group welcomed "
     "the growth of IOM activities on the continent but noted that most of them remained short-term "
     "projects financed by a small number of donors. The African Group wished to see the Organization give "
     "priority to the following areas:"),
    ("i", "(a)", "the strengthening of national capacities for the collection and analysis of migration "
     "data, without which no coherent migration policy could be designed;"),
    ("i", "(b)", "the mobilization of the skills and savings of African diasporas for the development of "
     "their countries of origin, building on the experience gained under the Migration for Development in "
     "Africa programme; and"),
    ("i", "(c)", "assistance to migrants stranded in North Africa and the Sahel, including voluntary return "
     "and reintegration in their communities of origin."),
    ("p", "6", "The African Group would support the draft Programme and Budget for 2011 on the understanding "
     "that the share of Operational Support Income allocated to projects in Africa would be examined by the "
     "Working Group on Budget Reform in the course of 2011. He also appealed to Member States to "
     "replenish the IOM Development Fund, established under Resolution No. 1035 (LXXX) of 29 November 2000, "
     "which remained the only source of seed money for many developing Member States."),
    ("p", "7", "Ms. ORTEGA SALAZAR (Colombia) said that her Government\u2019s cooperation with IOM now "
     "extended well beyond the movement of migrants to the assistance of internally displaced persons, the "
     "reparation programmes for victims of the armed conflict and the reintegration of demobilized "
     "combatants. Colombia had benefited from the exchange of practice within the South American Conference "
     "on Migration, which had met in October 2010, and encouraged the Administration to make fuller use of "
     "regional consultative processes when designing its programmes. She thanked the Administration for the "
     "timely issue of the Spanish versions of the session documents."),
    ("p", "8", "Mr. TAKEDA (Japan) said that Japan, as one of the major contributors to both parts of the "
     "budget, appreciated the discipline shown by the Administration in keeping the Administrative Part of "
     "the Budget at zero nominal growth. He noted, however, that the expansion of operations had placed a "
     "growing share of the core functions of the Organization on project budgets, and asked the "
     "Administration to report to the Standing Committee on Programmes and Finance on the effects of that "
     "trend. Japan supported the draft Programme and Budget for 2011 and would welcome the earlier issue of "
     "budget documents in future years."),
    ("p", "9", "Mr. RAHMAN (Bangladesh) said that remittances from Bangladeshi workers abroad had exceeded "
     "USD 11 billion in 2010 despite the economic downturn. The Fourth Meeting of the Global Forum on "
     "Migration and Development, held in Puerto Vallarta in November 2010, had confirmed the value of "
     "informal dialogue among States, and Bangladesh looked forward to continued IOM support for the Colombo "
     "Process. He urged IOM to pay more attention to workers who had returned home after losing their "
     "employment abroad, many of whom had incurred heavy debts to pay for their recruitment."),
    ("p", "10", "Mr. de BEAUFORT (Observer for the Sovereign Military Order of Malta) said that the Order "
     "had worked side by side with IOM in the camps of Port-au-Prince and in the flooded districts of Sindh "
     "province, and that its medical teams had relied on the displacement tracking data compiled by IOM to "
     "direct their mobile clinics. The Order intended to formalize that cooperation through an exchange of "
     "letters in 2011."),
    ("p", "11", "The DIRECTOR GENERAL, replying to the points raised, thanked delegations for their support "
     "and for the frankness of their comments. He agreed that the operations in Haiti and Pakistan held "
     "lessons for the whole Organization: an independent evaluation of the response in Haiti was under way "
     "and its findings would be presented to the Standing Committee on Programmes and Finance at its spring "
     "session. He took note of the requests made by the European Union and the African Group regarding the "
     "Strategy, and gave the assurance that no new strategic activity would be proposed without prior "
     "consultation of the Member States. As to the concern expressed by the delegation of Bangladesh, IOM "
     "was preparing, with the Governments concerned, a small programme of assistance to returning migrant "
     "workers, which would be financed from voluntary contributions."),
    ("p", "12", "On budgetary matters, the Director General shared the concern expressed by Japan and others "
     "that core functions were increasingly being financed from project budgets. That practice had allowed "
     "the Organization to respond to unprecedented demand, but it could not be continued indefinitely "
     "without weakening oversight and the capacity to respond to emergencies. He therefore welcomed the "
     "readiness of Member States to pursue the discussion in the Working Group on Budget Reform."),
    ("p", "13", "The CHAIRPERSON said that the Council had concluded its general debate."),
    ("h", "FINANCIAL AND ADMINISTRATIVE MATTERS"),
    ("sh", "(a)", "Report on the Hundred and seventh Session of the Executive Committee"),
    ("p", "14", "Ms. LINDQVIST (Sweden), Chairperson of the Executive Committee, introduced the report on the "
     "Committee\u2019s Hundred and seventh Session, held on 29 June 2010 (MC/2298). The Committee had "
     "examined the Report of the Director General on the work of the Organization for the year 2009 "
     "(MC/2292) and the Financial Report for the year ended 31 December 2009 (MC/2293), which it had "
     "approved, as well as the revision of the Programme and Budget for 2010 (MC/EX/705). It had also heard "
     "a statement by the Administration on the operations in Haiti."),
    ("p", "15", "The Council took note of the report on the Hundred and seventh Session of the Executive "
     "Committee."),
    ("sh", "(b)", "Status reports on outstanding contributions to the Administrative Part of the Budget"),
    ("p", "16", "The DIRECTOR, Department of Resources Management, introduced documents MC/2303 and "
     "MC/2303/Add.1. As at 26 November 2010, contributions outstanding to the Administrative Part of the "
     "Budget for 2010 and prior years amounted to CHF 5,482,671, compared with CHF 6,107,342 at the same date "
     "in 2009. Eleven Member States were subject to the provisions of Article 4 of the Constitution. Since "
     "the addendum had been issued, payments had been received from Guinea and Paraguay, and a payment plan "
     "had been agreed with Kyrgyzstan."),
    ("p", "17", "Ms. BRENNAN (United States of America) said that the steady fall in arrears was encouraging, "
     "but the sums outstanding still amounted to almost 14 per cent of the Administrative Part of the "
     "Budget. She urged the Member States concerned to settle their arrears or to agree on payment plans "
     "with the Administration."),
    ("p", "18", "Mr. MBUYI (Democratic Republic of the Congo) said that his Government had transferred part "
     "of its outstanding contributions in October 2010 and would propose a payment plan for the balance "
     "before the end of the year."),
    ("p", "19", "The Council took note of documents MC/2303 and MC/2303/Add.1 and urged all Member States in "
     "arrears to make every effort to settle their contributions in full or to agree on a payment plan."),
    ("sh", "(c)", "Programme and Budget for 2011"),
    ("p", "20", "The DEPUTY DIRECTOR GENERAL introduced the Programme and Budget for 2011 (MC/2306 and "
     "MC/2306/Corr.1).^2 The Administrative Part of the Budget amounted to CHF 39,398,000, which represented "
     "zero nominal growth for the sixteenth consecutive year. The Operational Part of the Budget was "
     "estimated at USD 716.6 million, compared with USD 692.3 million in the original budget for 2010; the "
     "increase reflected the continuation of programmes in Haiti and Pakistan. Operational Support Income "
     "was budgeted at USD 46.5 million, of which USD 6.0 million would be allocated to the IOM Development "
     "Fund."),
    ("p", "21", "Mr. OYELARAN (Nigeria), Chairperson of the Standing Committee on Programmes and Finance, "
     "said that the Standing Committee had examined the draft budget at its Seventh Session, held on "
     "2 and 3 November 2010, and had recommended that the Council:"),
    ("i", "(a)", "approve the Programme and Budget for 2011, with the amendments made by the corrigendum; and"),
    ("i", "(b)", "request the Administration to submit to the Working Group on Budget Reform, early in "
     "2011, proposals for the financing of the core structure."),
    ("p", "22", "Ms. BRENNAN (United States of America) supported the draft budget. Her delegation was "
     "concerned, however, that the cost of staff security in high-risk duty stations was being met from "
     "Operational Support Income, whose level depended on the volume of operations and could not be "
     "predicted. She asked the Administration to indicate how those costs would be covered should the "
     "income fall short of the estimate."),
    ("p", "23", "Mr. KUMAR (India) said that his delegation could accept the budget as presented. It noted "
     "that the Administration had absorbed statutory salary increases and the effects of exchange-rate "
     "movements for many years, and it regretted that no consensus had been reached in the Standing "
     "Committee on a modest increase in the Administrative Part of the Budget."),
    ("p", "24", "Mr. GUTI\u00c9RREZ (Mexico) endorsed the remarks of the previous speaker and stressed that "
     "any reform of the budget should preserve the principle that Member States\u2019 assessed contributions "
     "finance the core structure, while projects bear their own costs."),
    ("p", "25", "Ms. ACHTERBERG (Netherlands) said that the Netherlands had again provided an unearmarked "
     "contribution in 2010 and invited other donors to consider doing likewise, since such funding gave the "
     "Administration the flexibility it needed to respond to new crises."),
    ("p", "26", "The DEPUTY DIRECTOR GENERAL, replying to the question raised by the United States of "
     "America, said that the costs of staff security were charged first to the Staff Security Mechanism "
     "and only the balance was met from Operational Support Income. The estimate of that income had been "
     "set at a conservative level, and the reserve built up in earlier years would cover any shortfall in "
     "2011."),
    ("p", "27", "The Council adopted Resolution No. 1203 on the Programme and Budget for 2011."),
    ("p", "28", "Mr. NASSER (Egypt), speaking in explanation of position, said that his delegation had joined "
     "the consensus but wished to place on record its view that the scale of assessment should be reviewed "
     "before the adoption of the budget for 2012."),
    ("sh", "(d)", "Appointment of the External Auditor"),
    ("p", "29", "The CHAIRPERSON recalled that the term of the External Auditor appointed by the Council in "
     "Resolution No. 1172 of 27 November 2008 would end with the audit of the financial statements for 2010. "
     "Following the procedure agreed by Member States, the Standing Committee on Programmes and Finance had "
     "recommended the appointment of the Office of the Auditor General of Ghana for the financial years 2011 "
     "and 2012.^3"),
    ("p", "30", "The Council adopted Resolution No. 1204 on the appointment of the External Auditor for the "
     "financial years 2011 and 2012."),
    ("h", "INTERNATIONAL DIALOGUE ON MIGRATION: THEME FOR 2011"),
    ("p", "31", "The DIRECTOR, Migration Policy, Research and Communications, introduced the proposal set out "
     "in Conference Room Paper (CRP) No. 31, according to which the International Dialogue on Migration "
     "in 2011 would take as its overarching theme \u201cMigration governance after the crisis: partnerships "
     "for the coming decade\u201d. Two intersessional workshops were proposed, the first on the economic "
     "recovery and labour mobility and the second on migration and environmental change."),
    ("p", "32", "Mr. HALVORSEN (Norway) welcomed the proposal and suggested that the second workshop should "
     "also consider displacement caused by slow-onset environmental degradation, on which little reliable "
     "data existed."),
    ("p", "33", "Mr. AL-OMARI (Jordan) supported the theme and asked that the workshops give a voice to "
     "countries hosting large numbers of migrants in relation to the size of their population."),
    ("p", "34", "The Council endorsed the overarching theme proposed for the International Dialogue on "
     "Migration in 2011. The CHAIRPERSON announced that the Council would meet at 10 a.m. the following day "
     "to take up the remaining items on its agenda (MC/2295/Rev.1)."),
    ("t", "The meeting rose at 6.05 p.m."),
]

CONTENTS = [
    (0, "General debate (continued)", "GENERAL DEBATE (continued)"),
    (0, "Financial and administrative matters", "FINANCIAL AND ADMINISTRATIVE MATTERS"),
    (1, "(a)\tReport on the Hundred and seventh Session of the Executive Committee", "(a)"),
    (1, "(b)\tStatus reports on outstanding contributions to the Administrative Part of the Budget", "(b)"),
    (1, "(c)\tProgramme and Budget for 2011", "(c)"),
    (1, "(d)\tAppointment of the External Auditor", "(d)"),
    (0, "International Dialogue on Migration: theme for 2011",
     "INTERNATIONAL DIALOGUE ON MIGRATION: THEME FOR 2011"),
]


# ---------------------------------------------------------------- helpers
def sw(text, font=F, size=SIZE):
    return stringWidth(text, font, size)


def tokenize(text):
    """-> list of (word, marker or None)."""
    out = []
    for w in text.split():
        if "^" in w:
            word, mk = w.split("^", 1)
            out.append((word, mk))
        else:
            out.append((w, None))
    return out


def tok_width(tok, font=F, size=SIZE):
    word, mk = tok
    wd = sw(word, font, size)
    if mk:
        wd += sw(mk, F, MK_SIZE) + 0.4
    return wd


def wrap(tokens, widths, font=F, size=SIZE):
    """Greedy line breaking; widths[i] = available width of line i (last value repeats)."""
    lines, cur, curw = [], [], 0.0
    space = sw(" ", font, size)
    for tok in tokens:
        w = tok_width(tok, font, size)
        avail = widths[min(len(lines), len(widths) - 1)]
        need = w if not cur else curw + space + w
        if cur and need > avail:
            lines.append(cur)
            cur, curw = [tok], w
        else:
            cur.append(tok)
            curw = need
    if cur:
        lines.append(cur)
    return lines


class Doc:
    def __init__(self):
        self.pages = []          # each: {"ops": [...], "fns": [...]}
        self.heading_pages = {}
        self.new_page()

    def new_page(self):
        self.pages.append({"ops": [], "fns": []})
        self.y = TOP_BODY

    @property
    def page(self):
        return self.pages[-1]

    def fn_height(self, fns):
        if not fns:
            return 0.0
        h = 14.0  # rule and gap
        for mk in fns:
            h += len(self.fn_lines(mk)) * FN_LEAD + 2.0
        return h

    def fn_lines(self, mk):
        return wrap(tokenize(FOOTNOTES[mk]), [WIDTH - 9.0], F, FN_SIZE)

    def room(self, height, new_fns=()):
        fnh = self.fn_height(self.page["fns"] + list(new_fns))
        return self.y - height >= BOTTOM + fnh

    def ensure(self, height, new_fns=()):
        if not self.room(height, new_fns):
            self.new_page()

    # -- text lines
    def text_line(self, toks, x, width, justify, font=F, size=SIZE):
        """Place one line at current y (caller has ensured room)."""
        space = sw(" ", font, size)
        total = sum(tok_width(t, font, size) for t in toks)
        gap = space
        if justify and len(toks) > 1:
            gap = (width - total) / (len(toks) - 1)
        y = self.y
        cx = x
        for word, mk in toks:
            self.page["ops"].append(("s", font, size, cx, y, word))
            cx += sw(word, font, size)
            if mk:
                cx += 0.4
                self.page["ops"].append(("s", F, MK_SIZE, cx, y + 4.2, mk))
                cx += sw(mk, F, MK_SIZE)
                self.page["fns"].append(mk)
            cx += gap

    def flow(self, toks, first_x, rest_x, first_w, rest_w, label=None, label_x=None, font=F):
        lines = wrap(toks, [first_w, rest_w], font)
        for i, ln in enumerate(lines):
            fns = [mk for _, mk in ln if mk]
            self.ensure(LEAD, fns)
            if i == 0 and label:
                self.page["ops"].append(("s", font, SIZE, label_x, self.y, label))
            x = first_x if i == 0 else rest_x
            w = first_w if i == 0 else rest_w
            self.text_line(ln, x, w, justify=(i < len(lines) - 1), font=font)
            self.y -= LEAD

    def heading(self, text):
        self.y -= 6.0
        self.ensure(LEAD * 3 + 12)
        self.heading_pages[text] = len(self.pages)
        self.page["ops"].append(("c", FB, SIZE, PW / 2.0, self.y, text))
        self.y -= LEAD + 8.0

    def subheading(self, label, text):
        self.y -= 2.0
        toks = tokenize(text)
        lines = wrap(toks, [WIDTH - INDENT], FBI)
        self.ensure(LEAD * (len(lines) + 2) + 6)
        self.heading_pages[label] = len(self.pages)
        self.page["ops"].append(("s", FBI, SIZE, LEFT, self.y, label))
        for ln in lines:
            self.text_line(ln, LEFT + INDENT, WIDTH - INDENT, False, FBI)
            self.y -= LEAD
        self.y -= 6.0

    def para(self, num, text):
        self.flow(tokenize(text), LEFT + INDENT, LEFT, WIDTH - INDENT, WIDTH,
                  label=num + ".", label_x=LEFT)
        self.y -= PARA_GAP

    def item(self, label, text):
        x = LEFT + 2 * INDENT
        self.flow(tokenize(text), x, x, RIGHT - x, RIGHT - x, label=label, label_x=LEFT + INDENT)
        self.y -= PARA_GAP

    def plain(self, text):
        self.flow(tokenize(text), LEFT + INDENT, LEFT, WIDTH - INDENT, WIDTH)
        self.y -= PARA_GAP


def layout():
    d = Doc()
    for b in BODY:
        kind = b[0]
        if kind == "h":
            d.heading(b[1])
        elif kind == "sh":
            d.subheading(b[1], b[2])
        elif kind == "p":
            d.para(b[1], b[2])
        elif kind == "i":
            d.item(b[1], b[2])
        elif kind == "t":
            d.plain(b[1])
    return d


# ---------------------------------------------------------------- drawing
def right(c, font, size, y, text):
    c.setFont(font, size)
    c.drawRightString(RIGHT, y, text)


def centre(c, font, size, y, text):
    c.setFont(font, size)
    c.drawCentredString(PW / 2.0, y, text)


def draw_cover(c, d):
    right(c, F, SIZE, 792, SYMBOL)
    right(c, F, SIZE, 778, "Original: English")
    right(c, F, SIZE, 764, "20 December 2010")

    centre(c, FB, 12, 716, "NINETY-NINTH SESSION")
    c.setLineWidth(0.8)
    c.line(LEFT, 700, RIGHT, 700)

    centre(c, FB, 12, 668, "DRAFT SUMMARY RECORD OF THE")
    centre(c, FB, 12, 652, "FIVE HUNDRED AND FIRST MEETING")
    centre(c, F, SIZE, 622, "Held at the Palais des Nations, Geneva,")
    centre(c, F, SIZE, 608, "on Tuesday, 30 November 2010, at 3.10 p.m.")
    centre(c, F, SIZE, 580, "Chairperson:  Mr. D.K. Mwansa (Zambia)")

    # contents
    centre(c, FB, SIZE, 536, "CONTENTS")
    c.setFont(F, SIZE)
    c.drawRightString(RIGHT, 516, "Page")
    y = 496
    dot = sw(".", F, SIZE)
    numcol = RIGHT - 16
    for level, title, key in CONTENTS:
        page = str(d.heading_pages[key])
        if "\t" in title:
            lab, txt = title.split("\t")
            lx, tx = LEFT + INDENT, LEFT + 2 * INDENT
        else:
            lab, txt = None, title
            lx, tx = LEFT, LEFT
        maxw = numcol - tx - 30
        lines = wrap(tokenize(txt), [maxw])
        if lab:
            c.setFont(F, SIZE)
            c.drawString(lx, y, lab)
        for i, ln in enumerate(lines):
            s = " ".join(w for w, _ in ln)
            c.setFont(F, SIZE)
            c.drawString(tx, y, s)
            if i == len(lines) - 1:
                x0 = tx + sw(s) + 4
                n = int((numcol - 6 - x0) / dot)
                c.drawString(numcol - 6 - n * dot, y, "." * n)
                c.drawRightString(RIGHT, y, page)
            y -= LEAD
        y -= 5

    # cover note
    c.setLineWidth(0.5)
    c.line(LEFT, 150, LEFT + 72, 150)
    note = ("Corrections to this draft summary record should be submitted in writing to the Governing Bodies "
            "Secretariat within three weeks of the date of this document. They will be consolidated in a "
            "single corrigendum issued after the close of the session.")
    lines = wrap(tokenize(note), [WIDTH], FI, 10)
    yy = 134
    for i, ln in enumerate(lines):
        s = " ".join(w for w, _ in ln)
        c.setFont(FI, 10)
        if i < len(lines) - 1 and len(ln) > 1:
            total = sw(s.replace(" ", ""), FI, 10)
            gap = (WIDTH - total) / (len(ln) - 1)
            x = LEFT
            for w, _ in ln:
                c.drawString(x, yy, w)
                x += sw(w, FI, 10) + gap
        else:
            c.drawString(LEFT, yy, s)
        yy -= 12

    # trilingual footer
    c.setFont(FB, 10)
    c.drawString(LEFT, 48, "COUNCIL")
    c.drawCentredString(PW / 2.0, 48, "CONSEIL")
    c.drawRightString(RIGHT, 48, "CONSEJO")


def draw_page(c, d, idx, pg):
    pno = idx + 2
    right(c, F, SIZE, 800, SYMBOL)
    right(c, F, SIZE, 786, "Page %d" % pno)
    for op in pg["ops"]:
        kind, font, size, x, y, text = op
        c.setFont(font, size)
        if kind == "s":
            c.drawString(x, y, text)
        else:
            c.drawCentredString(x, y, text)
    if pg["fns"]:
        h = d.fn_height(pg["fns"])
        y = BOTTOM + h - 6.0
        c.setLineWidth(0.5)
        c.line(LEFT, y, LEFT + 108, y)
        y -= 12.0
        for mk in pg["fns"]:
            c.setFont(F, MK_SIZE)
            c.drawString(LEFT, y + 3.5, mk)
            lines = d.fn_lines(mk)
            for i, ln in enumerate(lines):
                toks = ln
                total = sum(sw(w, F, FN_SIZE) for w, _ in toks)
                just = i < len(lines) - 1 and len(toks) > 1
                gap = (WIDTH - 9.0 - total) / (len(toks) - 1) if just else sw(" ", F, FN_SIZE)
                x = LEFT + 9.0
                c.setFont(F, FN_SIZE)
                for w, _ in toks:
                    c.drawString(x, y, w)
                    x += sw(w, F, FN_SIZE) + gap
                y -= FN_LEAD
            y -= 2.0


def main():
    d = layout()
    # body pages begin at page 2: shift recorded heading pages
    d.heading_pages = {k: v + 1 for k, v in d.heading_pages.items()}
    c = canvas.Canvas(OUT, pagesize=A4, invariant=1)
    c.setTitle("MC/C/SR/501")
    draw_cover(c, d)
    c.showPage()
    for i, pg in enumerate(d.pages):
        draw_page(c, d, i, pg)
        c.showPage()
    c.save()
    print("pages:", 1 + len(d.pages))
    for k, v in d.heading_pages.items():
        print(" ", v, k)


if __name__ == "__main__":
    main()
