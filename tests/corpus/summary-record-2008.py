# Draws summary-record-2008.pdf: an invented provisional summary record of a
# meeting of the IOM Council (2008 style), with reportlab.
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

OUT = "summary-record-2008.pdf"
SYMBOL = "MC/C/SR/479"
W, H = A4
LM, RM = 62.0, W - 62.0
TOP = H - 52.0
BOTTOM = 52.0
FONT, BOLD, ITAL = "Times-Roman", "Times-Bold", "Times-Italic"
SIZE, LEAD = 11.0, 13.2
FN_SIZE, FN_LEAD = 9.5, 11.5
NUM_X = LM            # paragraph number hangs at the margin
TXT_X = LM + 36       # text of numbered paragraphs
ITEM_LBL = TXT_X      # (a) labels
ITEM_TXT = TXT_X + 28
SUB_LBL = ITEM_TXT    # (i) labels
SUB_TXT = ITEM_TXT + 26
BUL_X = TXT_X + 10
BUL_TXT = TXT_X + 26

FOOTNOTES = {
    "*": "Corrections to this provisional record should be submitted in writing, in one of the "
         "working languages of the Organization, to the Governing Bodies Secretariat within two weeks "
         "of the date of this document. They will be incorporated in the final summary record of "
         "the meeting.",
    "1": "The figures given in document MC/2263 are as at 30 September 2008. The oral update "
         "summarized here was subsequently issued as document MC/2263/Corr.1.",
    "2": "The text of Resolution No. 1176 of 4 December 2008 will be reproduced in the report on "
         "the Ninety-sixth Session of the Council (MC/2270).",
}

# ---------------------------------------------------------------- content
# A marker written "^1" is glued to the word before it and raised.
BODY = [
    ("ital", "The meeting was called to order at 10.15 a.m."),
    ("head", ["REPORT ON THE HUNDRED AND FIFTH SESSION OF THE EXECUTIVE COMMITTEE",
              "(item 9 of the agenda) (MC/2259)"]),
    ("para", "1", "The CHAIRPERSON invited the Council to consider the report on the Hundred and fifth "
     "Session of the Executive Committee, which had met in Geneva on 1 and 2 July 2008 (MC/2259). The "
     "report had been circulated to all Member States in September and no written comments on it had "
     "been received by the Secretariat."),
    ("para", "2", "Mr. LINDQVIST (Sweden), speaking as Chairperson of the Executive Committee at that "
     "session, said that the Committee had devoted most of its time to three questions, on each of "
     "which it had reached a clear conclusion:"),
    ("item", "(a)", "it had approved the Financial Report for the year ended 31 December 2007 and had "
     "commended the Administration for the early closure of the accounts;"),
    ("item", "(b)", "it had taken note of the revised Programme and Budget for 2008, in which the "
     "operational part had risen by more than a quarter compared with the figure approved the "
     "previous November; and"),
    ("item", "(c)", "it had requested the Administration to report, through the Standing Committee on "
     "Programmes and Finance, on the measures taken to strengthen the security of staff in field "
     "locations."),
    ("para", "3", "Ms. ABDEL-RAHMAN (Egypt) welcomed the report and the candid manner in which the "
     "security question had been set out. Her delegation would nonetheless have wished to see a clearer "
     "timetable for the follow-up requested by the Committee, since several of the field offices "
     "concerned were in areas where conditions had deteriorated further since July."),
    ("para", "4", "The DEPUTY DIRECTOR GENERAL said that a first progress report on staff security would "
     "be submitted to the Standing Committee at its spring session in 2009. A review of the security "
     "arrangements in some twenty high-risk locations was already under way, and its findings would be "
     "shared with Member States as soon as they were available."),
    ("para", "5", "The Council took note of the report on the Hundred and fifth Session of the Executive "
     "Committee and endorsed the decisions recorded in it."),
    ("head", ["STATUS REPORT ON OUTSTANDING CONTRIBUTIONS TO THE ADMINISTRATIVE",
              "PART OF THE BUDGET (item 10 of the agenda) (MC/2263 and MC/2263/Add.1)"]),
    ("para", "6", "Ms. HARTLEY-VOGT (Head, Budget and Finance Division), introducing the two documents, "
     "said that the figures in document MC/2263 had been overtaken by a number of payments received in "
     "October and November. The updated position, as at 30 November 2008, was as follows:^1"),
    ("bullet", "outstanding contributions to the administrative part of the budget for 2007 and prior "
     "years amounted to CHF 2,846,117, against CHF 3,512,690 at the same date in 2007;"),
    ("bullet", "contributions for 2008 still unpaid totalled CHF 4,105,382, or some 10.6 per cent of "
     "the assessed amount;"),
    ("bullet", "payments totalling CHF 1,204,950 had been received from seven Member States since "
     "1 October 2008; and"),
    ("bullet", "eleven Member States, listed in document MC/2263/Add.1, were in arrears within the "
     "meaning of Article 4 of the Constitution, three of which had agreed payment plans with the "
     "Administration."),
    ("para", "7", "Mr. NAKAMURA ORTIZ (Peru) said that his Government had transferred the second "
     "instalment due under its payment plan in mid-November and hoped that the transfer would be "
     "reflected in the next update. Despite severe budgetary constraints, Peru intended to settle the "
     "whole of its arrears before the end of 2010."),
    ("para", "8", "Mr. VAN DER LINDEN (Netherlands) expressed concern that the total of unpaid "
     "contributions for the current year remained so high at such a late point in the year. Late "
     "payment by some Members placed an unfair burden on those who paid in full and on time, and "
     "obliged the Administration to draw on its reserves to meet ordinary running costs. He asked "
     "whether the Administration had considered offering incentives for early payment, as some other "
     "organizations in Geneva did."),
    ("para", "9", "The DIRECTOR GENERAL said that he shared that concern. He recalled that, under "
     "Article 4 of the Constitution, a Member State whose arrears equalled or exceeded the contributions "
     "due for the two preceding full years lost its right to vote, and that the Council could restore "
     "that right if it was satisfied that the failure to pay was due to conditions beyond the Member's "
     "control. The idea of incentives for early payment had been studied in 2006; the Administration "
     "would look at it again and report to the Standing Committee."),
    ("para", "10", "The Council took note of documents MC/2263 and MC/2263/Add.1 and urged all Member "
     "States in arrears to pay their contributions in full or to agree a payment plan with the "
     "Administration without delay."),
    ("head", ["PROGRAMME AND BUDGET FOR 2009 (item 11 of the agenda)",
              "(MC/2257, MC/2257/Amdt.1 and SCPF/21)"]),
    ("para", "11", "The DIRECTOR GENERAL, introducing the Programme and Budget for 2009 (MC/2257) and "
     "the amendment issued on 24 November 2008 (MC/2257/Amdt.1), said that the proposals had been drawn "
     "up in line with the twelve strategic activities set out in the IOM Strategy endorsed by the "
     "Council in Resolution No. 1163 of 27 November 2007. For the fifth consecutive year the "
     "administrative part had been held to zero nominal growth, although the Organization's "
     "membership, caseload and field presence had continued to expand. It was becoming ever more "
     "difficult to absorb the resulting core costs through project-related overhead income, and he "
     "urged Member States to look seriously at the question of structural funding in the course of "
     "2009."),
    ("para", "12", "Ms. HARTLEY-VOGT (Head, Budget and Finance Division) said that the proposals had "
     "been examined in detail by the Standing Committee on Programmes and Finance at its Third Session, "
     "whose report was contained in document SCPF/21. The main features of the budget as amended were:"),
    ("item", "(a)", "an administrative part of CHF 38,957,000, unchanged from 2008;"),
    ("item", "(b)", "an operational part estimated at USD 1,016.4 million, of which:"),
    ("sub", "(i)", "USD 612.8 million related to movement, emergency and post-crisis activities; and"),
    ("sub", "(ii)", "the balance related to migration health, regulating migration, labour migration "
     "and other services, including USD 48.9 million for counter-trafficking projects;"),
    ("item", "(c)", "a Discretionary Income estimate of USD 43.5 million, of which USD 2.5 million "
     "would be allocated to the Development Fund."),
    ("para", "13", "Mr. RENAUD (France), speaking on behalf of the European Union, welcomed the "
     "continued discipline shown in the administrative part, but observed that the gap between the "
     "administrative budget and the real cost of the core structure could not be bridged indefinitely "
     "through overhead income. The European Union was ready to take part in informal consultations on "
     "the matter early in 2009, provided that they also covered the efficiency measures announced by "
     "the Administration in 2007, of which the Member States had yet to receive a full account."),
    ("para", "14", "Mr. ADEYEMI (Nigeria), speaking on behalf of the African Group, said that the Group "
     "supported the adoption of the budget. It noted with satisfaction the growth of projects in "
     "sub-Saharan Africa, but regretted that the funds for capacity-building in migration management "
     "remained heavily earmarked and concentrated in a small number of countries. The Group asked that "
     "the Development Fund be given a more predictable resource base and that its allocation criteria "
     "be published."),
    ("para", "15", "Ms. CARRASCO LUNA (Mexico) endorsed the remarks of the previous speakers on "
     "structural funding. Her delegation attached particular importance to the projects for the "
     "protection of migrants in transit, and encouraged the Administration to ensure that the increase "
     "in resettlement and return activities did not come at the expense of those projects."),
    ("para", "16", "Mr. HOLLOWAY (United States of America) said that his Government was prepared to "
     "join a consensus on the budget. It would, however, oppose any increase in assessed contributions "
     "for 2010 until the review of the Organization's structure announced for 2009 had been completed "
     "and its results discussed in the Standing Committee."),
    ("para", "17", "Mr. RAGHAVAN (India) stressed that the Programme and Budget should reflect more "
     "closely the priorities of the developing countries, which made up the majority of the membership. "
     "He asked for clarification of the criteria used to allocate Discretionary Income among the "
     "regions, and whether the amendment issued on 24 November had modified those allocations."),
    ("para", "18", "The DIRECTOR GENERAL, replying to the points raised, thanked delegations for their "
     "broad support. The review of the structure would be carried out in two stages: a functional "
     "analysis of Headquarters and the two administrative centres in the first half of 2009, followed "
     "by a review of the regional structure, the results of both to be presented to the Standing "
     "Committee in the autumn. He assured the representative of India that the amendment affected only "
     "the operational part and that the regional allocation of Discretionary Income remained as set out "
     "in the original document; the criteria, which had been applied unchanged since 2004, would be "
     "explained in an annex to the next Programme and Budget. As to the point made on behalf of the "
     "European Union, a full account of the efficiency measures taken since 2007 would be circulated "
     "before the informal consultations on structural funding, which he proposed to convene in "
     "February 2009. He took note of the concern of the African Group regarding earmarking and renewed "
     "his appeal to donors for unearmarked funding, which alone allowed the Organization to respond "
     "flexibly to new needs."),
    ("para", "19", "The CHAIRPERSON drew the Council's attention to the draft resolution on the "
     "Programme and Budget for 2009, which had been circulated in the meeting room in the three "
     "official languages. He took it that the Council wished to adopt it without a vote."),
    ("para", "20", "The draft resolution was adopted (Resolution No. 1176).^2"),
    ("para", "21", "Ms. VOLKOVA (Russian Federation), speaking in explanation of position after the "
     "adoption, said that her delegation had joined the consensus on the understanding that the "
     "structural review would not be used to justify increases in assessed contributions. It would "
     "return to that matter in the Standing Committee."),
    ("head", ["INTERNATIONAL DIALOGUE ON MIGRATION: OUTCOMES OF THE 2008",
              "INTERSESSIONAL WORKSHOPS (item 12 of the agenda) (MC/INF/295)"]),
    ("para", "22", "Mr. ALDANA (Director, Migration Policy, Research and Communications) presented "
     "document MC/INF/295, which summarized the outcomes of the two intersessional workshops held in "
     "2008 under the theme chosen by the Council for the year. Among the points on which there had been "
     "broad agreement, he singled out the following:"),
    ("item", "(a)", "the need for policy coherence between the ministries responsible for migration, "
     "labour and development at the national level;"),
    ("item", "(b)", "the value of pre-departure orientation and information for migrant workers and "
     "their families;"),
    ("item", "(c)", "the usefulness of bilateral labour agreements, provided that they included "
     "effective mechanisms for monitoring their implementation; and"),
    ("item", "(d)", "the gaps in data on temporary and circular migration, which made any evaluation "
     "of such schemes difficult."),
    ("para", "23", "Mr. HAMDI (Tunisia) said that the workshops had been among the most useful held "
     "under the Dialogue. His delegation proposed that the theme for 2009 should include the impact of "
     "the global economic downturn on migrants and on remittance flows, an impact that was already "
     "visible in several countries of origin."),
    ("para", "24", "Ms. O'NEILL (Ireland) supported that proposal and suggested that the workshops in "
     "2009 should devote more time to exchanges among practitioners and less to formal statements."),
    ("para", "25", "Mr. PHAM VAN THANH (Viet Nam) said that the report should be circulated in capitals "
     "as well as in Geneva, and asked the Administration to make the workshop documentation available "
     "on the Organization's website in all three official languages."),
    ("para", "26", "The CHAIRPERSON said that the Administration would take account of the suggestions "
     "made when preparing the programme of the Dialogue for 2009, which would be discussed with Member "
     "States in informal consultations early in the year. The Council took note of document "
     "MC/INF/295."),
    ("head", ["DATE AND PLACE OF THE NEXT REGULAR SESSION (item 13 of the agenda)"]),
    ("para", "27", "The CHAIRPERSON said that it was proposed that the Council should hold its next "
     "regular session in Geneva in late November or early December 2009, the exact dates to be fixed by "
     "the Bureau in the light of the conference schedule. The Standing Committee on Programmes and "
     "Finance would meet in May and again in October 2009. It was so decided."),
    ("head", ["CLOSURE OF THE SESSION (item 14 of the agenda)"]),
    ("para", "28", "Ms. ROMERO PAZ (Ecuador), speaking on behalf of the Group of Latin American and "
     "Caribbean States, thanked the Chairperson and the other officers for their efficient conduct of "
     "the session, and the interpreters and the Secretariat for their support."),
    ("para", "29", "Mr. TANAKA (Japan), speaking on behalf of the Asian Group, and Ms. KOWALSKA "
     "(Poland), speaking on behalf of the Eastern European Group, associated themselves with those "
     "remarks."),
    ("para", "30", "The DIRECTOR GENERAL thanked Member States and observers for their active "
     "participation and for the confidence they had shown in the Organization. The session had "
     "confirmed a broad consensus on the priorities for the coming year, and he looked forward to "
     "working with Member States on the structural review, on the consultations on structural funding "
     "and on the preparation of the Dialogue for 2009."),
    ("para", "31", "The CHAIRPERSON, after the customary exchange of courtesies, declared the "
     "Ninety-sixth Session of the Council closed."),
    ("ital", "The meeting rose at 1.05 p.m."),
]

CONTENTS = [
    "Report on the Hundred and fifth Session of the Executive Committee",
    "Status report on outstanding contributions to the administrative part of the budget",
    "Programme and Budget for 2009",
    "International Dialogue on Migration: outcomes of the 2008 intersessional workshops",
    "Date and place of the next regular session",
    "Closure of the session",
]


# ---------------------------------------------------------------- layout helpers
def tokens(text):
    """Split into words; a token '^N' becomes a marker glued to the previous word."""
    out = []
    for w in text.split():
        if "^" in w:
            base, mk = w.split("^", 1)
            out.append((base, mk))
        else:
            out.append((w, None))
    return out


def tok_width(tok, font, size):
    w, mk = tok
    wd = stringWidth(w, font, size)
    if mk:
        wd += stringWidth(mk, font, size * 0.68)
    return wd


def wrap(text, width, font=FONT, size=SIZE):
    toks = tokens(text)
    sp = stringWidth(" ", font, size)
    lines, cur, cw = [], [], 0.0
    for t in toks:
        tw = tok_width(t, font, size)
        if cur and cw + sp + tw > width:
            lines.append(cur)
            cur, cw = [t], tw
        else:
            cw = cw + sp + tw if cur else tw
            cur.append(t)
    if cur:
        lines.append(cur)
    return lines


class Doc:
    def __init__(self):
        self.c = canvas.Canvas(OUT, pagesize=A4)
        self.c.setTitle("Provisional summary record of the 479th meeting")
        self.page = 1
        self.y = TOP
        self.fns = []  # markers of footnotes on this page
        self.reserved = 0.0

    # footnote space on the current page
    def fn_height(self, markers):
        if not markers:
            return 0.0
        h = 14.0  # rule and gap
        for m in markers:
            h += len(wrap(FOOTNOTES[m], RM - LM - 14, FONT, FN_SIZE)) * FN_LEAD + 2
        return h

    def floor(self, extra=()):
        base = BOTTOM + (40 if self.page == 1 else 0)
        return base + self.fn_height(self.fns + [m for m in extra if m not in self.fns])

    def draw_footnotes(self):
        if not self.fns:
            return
        c = self.c
        y = BOTTOM + (40 if self.page == 1 else 0) + self.fn_height(self.fns) - 6
        c.setLineWidth(0.6)
        c.line(LM, y, LM + 120, y)
        y -= 12
        for m in self.fns:
            ls = wrap(FOOTNOTES[m], RM - LM - 14, FONT, FN_SIZE)
            c.setFont(FONT, FN_SIZE * 0.7)
            c.drawString(LM, y + 3.5, m)
            for ln in ls:
                self.draw_line(ln, LM + 14, y, FONT, FN_SIZE, RM - LM - 14, justify=(ln is not ls[-1]))
                y -= FN_LEAD
            y -= 2

    def new_page(self):
        self.draw_footnotes()
        if self.page == 1:
            c = self.c
            c.setFont(BOLD, 9)
            for x, w in ((LM + 40, "COUNCIL"), (W / 2, "CONSEIL"), (RM - 40, "CONSEJO")):
                c.drawCentredString(x, 38, w)
        self.c.showPage()
        self.page += 1
        self.fns = []
        c = self.c
        c.setFont(FONT, 10.5)
        c.drawRightString(RM, H - 40, SYMBOL)
        c.drawRightString(RM, H - 53, "Page %d" % self.page)
        self.y = TOP - 22

    def draw_line(self, toks, x, y, font, size, width, justify=False):
        c = self.c
        t = c.beginText(x, y)
        t.setFont(font, size)
        natural = sum(tok_width(k, font, size) for k in toks) + stringWidth(" ", font, size) * (len(toks) - 1)
        ws = 0.0
        if justify and len(toks) > 1:
            ws = (width - natural) / (len(toks) - 1)
            if ws > 6:
                ws = 0.0
        t.setWordSpace(ws)
        for i, (w, mk) in enumerate(toks):
            t.textOut(w)
            if mk:
                t.setFont(font, size * 0.68)
                t.setRise(size * 0.36)
                t.textOut(mk)
                t.setRise(0)
                t.setFont(font, size)
            if i < len(toks) - 1:
                t.textOut(" ")
        c.drawText(t)

    def need(self, h, markers=()):
        if self.y - h < self.floor(markers):
            self.new_page()

    def block(self, text, x, width, first_label=None, label_x=None, font=FONT, gap=11.0, keep=2, label_font=FONT):
        lines = wrap(text, width, font)
        n = len(lines)
        # how many lines fit on this page (footnote space counted)
        k, y, extra = 0, self.y, []
        for ln in lines:
            extra = extra + [mk for (_, mk) in ln if mk]
            if y - LEAD < self.floor(extra):
                break
            y -= LEAD
            k += 1
        if k < n:  # no orphan or widow line
            if k < keep:
                self.new_page()
                k = n
            elif n - k < 2:
                k = n - 2
                if k < keep:
                    self.new_page()
                    k = n
        for i, ln in enumerate(lines):
            if i == k and k < n:
                self.new_page()
            mks = [mk for (_, mk) in ln if mk]
            self.y -= LEAD
            if i == 0 and first_label:
                self.c.setFont(label_font, SIZE)
                self.c.drawString(label_x, self.y, first_label)
            self.draw_line(ln, x, self.y, font, SIZE, width, justify=(i < n - 1))
            for m in mks:
                if m not in self.fns:
                    self.fns.append(m)
        self.y -= gap


def main():
    d = Doc()
    c = d.c
    # ---- header block (2000-2014 style)
    c.setFont(BOLD, 12)
    c.drawRightString(RM, H - 48, SYMBOL)
    c.setFont(FONT, 11)
    c.drawRightString(RM, H - 66, "Original: English")
    c.drawRightString(RM, H - 80, "11 December 2008")
    c.setFont(BOLD, 11.5)
    c.drawString(LM, H - 112, "NINETY-SIXTH SESSION")
    c.setFont(FONT, 11)
    c.drawString(LM, H - 122, "_" * 84)
    c.setFont(BOLD, 12.5)
    c.drawCentredString(W / 2, H - 158, "PROVISIONAL SUMMARY RECORD OF THE")
    t1 = "FOUR HUNDRED AND SEVENTY-NINTH MEETING"
    tw = stringWidth(t1, BOLD, 12.5)
    c.drawString(W / 2 - tw / 2, H - 174, t1)
    c.setFont(BOLD, 12.5 * 0.68)
    c.drawString(W / 2 + tw / 2, H - 174 + 4.5, "*")
    d.fns.append("*")
    c.setFont(FONT, 11.5)
    c.drawCentredString(W / 2, H - 200, "Held at the Palais des Nations, Geneva,")
    c.drawCentredString(W / 2, H - 214, "on Thursday, 4 December 2008, at 10.15 a.m.")
    c.drawString(LM, H - 246, "Chairperson:")
    c.drawString(LM + 80, H - 246, "Mr. K. Osei-Mensah (Ghana)")
    c.setFont(BOLD, 11.5)
    c.drawString(LM, H - 280, "CONTENTS")
    y = H - 300
    c.setFont(FONT, 11.5)
    for e in CONTENTS:
        for ln in wrap(e, 330):
            d.draw_line(ln, LM + 36, y, FONT, SIZE, 330)
            y -= LEAD
        y -= 4
    c.drawString(LM, y - 4, "_" * 84)
    d.y = y - 18

    # ---- body
    for b in BODY:
        kind = b[0]
        if kind == "ital":
            d.block(b[1], LM, RM - LM, font=ITAL, gap=9)
        elif kind == "head":
            lines = b[1]
            d.need(LEAD * (len(lines) + 3) + 8)
            d.y -= 8
            for ln in lines:
                d.y -= LEAD
                c.setFont(BOLD, SIZE)
                c.drawCentredString(W / 2, d.y, ln)
            d.y -= 10
        elif kind == "para":
            d.block(b[2], TXT_X, RM - TXT_X, first_label=b[1] + ".", label_x=NUM_X)
        elif kind == "item":
            d.block(b[2], ITEM_TXT, RM - ITEM_TXT, first_label=b[1], label_x=ITEM_LBL, gap=6)
        elif kind == "sub":
            d.block(b[2], SUB_TXT, RM - SUB_TXT, first_label=b[1], label_x=SUB_LBL, gap=6)
        elif kind == "bullet":
            d.block(b[1], BUL_TXT, RM - BUL_TXT, first_label="\u2022", label_x=BUL_X, gap=6,
                    label_font="Symbol")  # Symbol bullet: extracts as U+2022 everywhere
    d.draw_footnotes()
    c.showPage()
    c.save()
    print("pages:", d.page)


if __name__ == "__main__":
    main()
