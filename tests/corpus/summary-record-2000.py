# Draws summary-record-2000.pdf: provisional summary record of the 427th meeting
# of the IOM Council (Eightieth Session), 29 November 2000.
import re
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = "summary-record-2000.pdf"
SYMBOL = "MC/C/SR/427"

PW, PH = A4
LM = 72.0            # left margin
RM = 64.0            # right margin
TOP = 58.0
BOTTOM = 62.0
TW = PW - LM - RM    # text width
HANG = 30.0          # hanging indent for paragraph numbers
ITEM = 28.0          # indent step for list items

BODY_FONT, BODY_BOLD = "Times-Roman", "Times-Bold"
BODY_SIZE, LEAD = 11.0, 13.6
FN_SIZE, FN_LEAD = 9.0, 11.0

FOOTNOTES = {
    "1": 'The oral amendment inserted the words "and by region" after the words '
         '"Discretionary Income" in operative paragraph 3 of the draft resolution.',
    "2": "The resolutions adopted at the Eightieth Session will be reproduced in the "
         "report on the session (MC/2030). The figure approved for the Operational Part "
         "of the Budget remains an estimate and will be revised in the course of 2001.",
}

HEADINGS = [
    # (key, printed lines, contents entry lines)
    ("h1", ["PROGRAMME AND BUDGET FOR 2001 (agenda item 11) (continued)"],
     ["Programme and Budget for 2001 (continued)"]),
    ("h2", ["STATUS REPORT ON OUTSTANDING CONTRIBUTIONS TO THE ADMINISTRATIVE",
            "PART OF THE BUDGET (agenda item 12)"],
     ["Status report on outstanding contributions to the",
      "Administrative Part of the Budget"]),
    ("h3", ["REPORT OF THE CHAIRMAN OF THE WORKING GROUP ON BUDGET",
            "REFORM (agenda item 13)"],
     ["Report of the Chairman of the Working Group on Budget Reform"]),
    ("h4", ["OTHER BUSINESS (agenda item 14)"], ["Other business"]),
    ("h5", ["CLOSURE OF THE SESSION (agenda item 15)"], ["Closure of the session"]),
]
HEAD = {k: lines for k, lines, _ in HEADINGS}

# The record: ("text", str) unnumbered; ("head", key); ("para", n, str);
# ("item", level, label, str)
RECORD = [
    ("text", "The meeting was called to order at 3.15 p.m."),
    ("head", "h1"),
    ("para", 1, "The CHAIRMAN recalled that at its 426th meeting (MC/C/SR/426), held that "
     "morning, the Council had begun its consideration of the Programme and Budget for 2001 "
     "(MC/2018), together with the revised estimates contained in document MC/2018/Add.1, and "
     "had heard the comments of the Executive Committee, whose report on its Ninety-seventh "
     "Session (MC/EX/628) recommended the budget to the Council for approval. He invited the "
     "Administration to reply to the questions raised during the morning's discussion."),
    ("para", 2, "Mr. PELLEGRINI (Director, Budget and Finance) said that the Administrative Part "
     "of the Budget for 2001 was proposed at CHF 37,142,000, which represented zero nominal "
     "growth with respect to the level approved for 2000. Statutory increases in staff costs, "
     "estimated at approximately CHF 640,000, would be absorbed by transferring two finance "
     "posts from Headquarters to the Manila Administrative Centre and by savings in "
     "telecommunications. The Operational Part of the Budget was estimated at USD 354.2 "
     "million; experience had shown, however, that that figure would rise considerably in the "
     "course of the year as new projects were funded by donors."),
    ("para", 3, "In reply to the question put by the representative of Japan, he confirmed that "
     "the figures in MC/2018/Add.1 took account of the scale of assessment for 2001 and of the "
     "four new Member States admitted at the current session. Their assessed contributions had "
     "been added to the total without any reduction in the percentages of the existing Members, "
     "pending the general review of the scale to be undertaken in 2001."),
    ("para", 4, "Ms. ASHWORTH (United Kingdom) welcomed the Administration's continued "
     "discipline in holding the Administrative Part of the Budget at zero nominal growth, but "
     "observed that the core structure of the Organization was being asked to support an "
     "operational programme that had more than doubled in five years. Her delegation did not "
     "consider that the present arrangement, under which a growing share of staff costs at "
     "Headquarters was charged to projects, could be sustained indefinitely. She requested the "
     "Administration to present to the Executive Committee at its next session an analysis of "
     "the structural costs currently covered from project-related overhead."),
    ("para", 5, "Mr. HOLMGREN (Sweden) said that his delegation was able to support the draft "
     "budget. It wished, however, to place three points on record:"),
    ("item", 1, "(a)", "before the next session of the Executive Committee, the Administration "
     "should report on the effect that the transfer of posts to Manila had had on the services "
     "provided to Member States and to field offices;"),
    ("item", 1, "(b)", "the use of Discretionary Income should be shown in a separate table, "
     "broken down by region and by structural expenditure, so that Members could follow its "
     "allocation more easily; and"),
    ("item", 1, "(c)", "Member States with contributions in arrears should be encouraged to "
     "conclude repayment plans with the Administration, which might put forward practical "
     "proposals to that end."),
    ("para", 6, "Mr. TANAKA (Japan) thanked the Director of Budget and Finance for his "
     "clarification. His Government remained committed to the principle of zero nominal growth "
     "and trusted that the review of the scale of assessment in 2001 would produce a more "
     "equitable distribution of contributions among Members. It would be grateful if the "
     "Administration could circulate the draft methodology for that review well before the "
     "meeting of the Sub-Committee on Budget and Finance in the spring."),
    ("para", 7, "Mr. N'DIAYE (Senegal), speaking on behalf of the African Group, said that the "
     "Group attached great importance to the technical cooperation activities of the "
     "Organization and regretted that the share of the Operational Part of the Budget devoted "
     "to Africa remained below 8 per cent. Many African States faced serious problems of "
     "irregular and transit migration but lacked the means to address them. He urged donor "
     "Governments to give favourable consideration to projects for the continent, and asked "
     "that future budget documents indicate more clearly which projects were still awaiting "
     "funding."),
    ("para", 8, "Mr. ALVARADO (Mexico) endorsed the remarks of the representative of Senegal "
     "concerning unfunded projects. His delegation also supported the request made by the "
     "representative of the United Kingdom: a clear picture of structural costs was in the "
     "interest of all Member States, including those which, like his own, were at once "
     "countries of origin, of transit and of destination."),
    ("para", 9, "The DIRECTOR GENERAL said that the Administration had taken careful note of "
     "the comments made. The analysis requested by the United Kingdom and the report requested "
     "by Sweden would be submitted to the Executive Committee in June 2001, and the next budget "
     "document would include a table of projects awaiting funding, by region. He shared the "
     "concern of the African Group and would raise the question personally with the principal "
     "donors early in the new year."),
    ("para", 10, "The CHAIRMAN said that, if he heard no objection, he would take it that the "
     "Council wished to adopt the draft resolution on the Programme and Budget for 2001 "
     "contained in Conference Room Paper (CRP) No. 11, as orally amended by the representative "
     "of Sweden.[[1]]"),
    ("para", 11, "It was so decided. The Council thereby adopted Resolution No. 1029 (LXXX) on "
     "the Programme and Budget for 2001.[[2]]"),
    ("head", "h2"),
    ("para", 12, "Mr. PELLEGRINI (Director, Budget and Finance), introducing document MC/2024, "
     "said that at 31 October 2000 the contributions to the Administrative Part of the Budget "
     "outstanding for 2000 and prior years amounted to CHF 5,106,884, owed by 24 Member "
     "States. Twelve of those States were in arrears for two or more full years and were "
     "therefore subject to the provisions of Article 4 of the Constitution. Since the document "
     "had been issued, payments totalling CHF 212,410 had been received from Honduras and "
     "Kenya, which reduced the amount outstanding to CHF 4,894,474."),
    ("para", 13, "Mr. KOWALSKI (Poland) said that his Government had paid its contribution for "
     "2000 in full in September and intended to do the same in 2001. He noted with concern "
     "that the level of arrears had hardly changed in three years, and asked how many of the "
     "States concerned had responded to the Director General's letter of July 2000."),
    ("para", 14, "Mr. PELLEGRINI replied that seven States had responded; three of them had "
     "proposed repayment plans, which were under discussion, and two had made partial "
     "payments."),
    ("para", 15, "Mr. BENALI (Morocco) said that some States were unable to pay their "
     "contributions for reasons beyond their control, and that the loss of voting rights should "
     "not prevent them from taking part in the Organization's activities. His delegation "
     "favoured flexible repayment plans spread over several years, along the lines already "
     "applied by other international organizations in Geneva."),
    ("para", 16, "After a further exchange of views, the CHAIRMAN proposed that the Council:"),
    ("item", 1, "(a)", "take note of document MC/2024 and of the additional information "
     "provided orally by the Administration;"),
    ("item", 1, "(b)", "urge Member States in arrears for two or more full years:"),
    ("item", 2, "(i)", "to pay their outstanding contributions in full as soon as possible; or"),
    ("item", 2, "(ii)", "to conclude with the Administration, before 30 June 2001, a repayment "
     "plan, and to honour it; and"),
    ("item", 1, "(c)", "request the Administration to report on the matter to the Executive "
     "Committee at its next session."),
    ("para", 17, "It was so agreed."),
    ("head", "h3"),
    ("para", 18, "Mr. VAN DEN BERG (Netherlands), speaking as Chairman of the Working Group on "
     "Budget Reform established pursuant to Resolution No. 1008 (LXXVIII) of 16 November 1999, "
     "introduced the Group's report (MC/INF/246). The Group had met on four occasions in 2000 "
     "and had examined three options for the funding of the Organization's core structure: an "
     "increase in the Administrative Part of the Budget; a revised overhead rate on projects; "
     "and a combination of the two, with a ceiling on the proportion of structural costs "
     "charged to projects. It had not reached a consensus, but a majority of its members had "
     "expressed a preference for the third option."),
    ("para", 19, "He added that the Group had also considered the presentation of the budget. "
     "It had concluded that the distinction between the Administrative and Operational Parts "
     "should be retained, but that the financing of each field office should be shown in a "
     "consolidated annex. The Group recommended that its mandate be extended by one year, so "
     "that it might complete its work and report to the Council at its Eighty-first Session."),
    ("para", 20, "Mr. DUPUIS (Canada) said that the Working Group had done valuable work in "
     "difficult circumstances. The third option represented a reasonable compromise, and his "
     "delegation hoped that it could be worked out in detail in 2001, including the level of "
     "the ceiling. Mrs. OKONJO (Nigeria) and Mr. ALVARADO (Mexico) supported the extension of "
     "the mandate."),
    ("para", 21, "Mr. LEE (Republic of Korea) also supported the extension of the mandate, but "
     "asked that the Group keep the number of its meetings to a minimum, since small "
     "delegations in Geneva found it difficult to attend the many informal consultations held "
     "in the autumn."),
    ("para", 22, "The CHAIRMAN said he took it that the Council wished to take note of the "
     "report of the Working Group (MC/INF/246) and to extend the Group's mandate until the "
     "Eighty-first Session."),
    ("para", 23, "It was so agreed."),
    ("head", "h4"),
    ("para", 24, "The DIRECTOR GENERAL informed the Council that an information meeting on the "
     "use of Discretionary Income would be held at Headquarters in February 2001, and that "
     "the Ninety-eighth Session of the Executive Committee had been provisionally scheduled for "
     "5 to 7 June 2001. He reminded delegations that corrections to the provisional summary "
     "records of the session should reach the Meetings Secretariat by 20 December 2000."),
    ("para", 25, "Mr. GRANT (Australia), speaking also on behalf of New Zealand, welcomed the "
     "new Member States and observers admitted at the session and commended the "
     "Administration for the quality of the documentation, most of which had been available "
     "in all three working languages four weeks before the session opened."),
    ("head", "h5"),
    ("para", 26, "After the customary exchange of courtesies, the CHAIRMAN thanked the "
     "delegations, the Director General and the staff of the Secretariat for their "
     "cooperation, and declared the Eightieth Session of the Council closed."),
    ("text", "The meeting rose at 6.10 p.m."),
]


# ---------------------------------------------------------------- text helpers
def units(text, font=BODY_FONT, size=BODY_SIZE):
    """Split text into word units: (word, marker-or-None, width)."""
    out = []
    for w in text.split():
        m = re.match(r"^(.*?)\[\[(\w+)\]\](.*)$", w)
        if m:
            word, mk, rest = m.group(1), m.group(2), m.group(3)
            wdt = stringWidth(word, font, size) + stringWidth(mk, font, size * 0.65)
            out.append((word, mk, wdt))
        else:
            out.append((w, None, stringWidth(w, font, size)))
    return out


def wrap(text, width, font=BODY_FONT, size=BODY_SIZE, first_width=None):
    us = units(text, font, size)
    sp = stringWidth(" ", font, size)
    lines, cur, cw = [], [], 0.0
    limit = first_width if first_width is not None else width
    for u in us:
        add = u[2] + (sp if cur else 0)
        if cur and cw + add > limit:
            lines.append(cur)
            cur, cw = [u], u[2]
            limit = width
        else:
            cur.append(u)
            cw += add
    if cur:
        lines.append(cur)
    return lines


def draw_line(c, x, y, line, width, justify, font=BODY_FONT, size=BODY_SIZE):
    sp = stringWidth(" ", font, size)
    natural = sum(u[2] for u in line) + sp * (len(line) - 1)
    gap = sp
    if justify and len(line) > 1:
        gap = sp + (width - natural) / (len(line) - 1)
    for word, mk, wdt in line:
        c.setFont(font, size)
        c.drawString(x, y, word)
        if mk:
            ww = stringWidth(word, font, size)
            c.setFont(font, size * 0.65)
            c.drawString(x + ww, y + size * 0.38, mk)
        x += wdt + gap


# ---------------------------------------------------------------- page engine
class Doc:
    def __init__(self, c):
        self.c = c
        self.page = 1
        self.fn_on_page = []
        self.heading_pages = {}
        self.y = None

    def fn_height(self, keys):
        if not keys:
            return 0.0
        h = 16.0  # rule and gap
        for k in keys:
            h += len(wrap(FOOTNOTES[k], TW - 14, size=FN_SIZE)) * FN_LEAD + 2
        return h

    def floor(self):
        return BOTTOM + self.fn_height(self.fn_on_page)

    def new_page(self):
        self.finish_page()
        self.c.showPage()
        self.page += 1
        self.fn_on_page = []
        c = self.c
        c.setFont(BODY_FONT, 10.5)
        c.drawRightString(PW - RM, PH - TOP + 10, SYMBOL)
        c.drawRightString(PW - RM, PH - TOP - 3, "Page %d" % self.page)
        self.y = PH - TOP - 40

    def finish_page(self):
        if not self.fn_on_page:
            return
        c = self.c
        y = BOTTOM + self.fn_height(self.fn_on_page) - 6
        c.setLineWidth(0.5)
        c.line(LM, y, LM + 108, y)
        y -= 13
        for k in self.fn_on_page:
            lines = wrap(FOOTNOTES[k], TW - 14, size=FN_SIZE)
            c.setFont(BODY_FONT, FN_SIZE * 0.7)
            c.drawString(LM, y + 3, k)
            for i, ln in enumerate(lines):
                draw_line(c, LM + 14, y, ln, TW - 14, i < len(lines) - 1, size=FN_SIZE)
                y -= FN_LEAD
            y -= 2

    def need(self, h, new_fns=()):
        extra = self.fn_height(self.fn_on_page + list(new_fns)) - self.fn_height(self.fn_on_page)
        if self.y - h < self.floor() + extra:
            self.new_page()

    def place_lines(self, lines, x_first, x_rest, w_first, w_rest, label=None, label_x=None):
        for i, ln in enumerate(lines):
            mks = [u[1] for u in ln if u[1]]
            self.need(LEAD, mks)
            self.fn_on_page += mks
            x = x_first if i == 0 else x_rest
            w = w_first if i == 0 else w_rest
            if i == 0 and label:
                self.c.setFont(BODY_FONT, BODY_SIZE)
                self.c.drawString(label_x, self.y, label)
            draw_line(self.c, x, self.y, ln, w, i < len(lines) - 1)
            self.y -= LEAD

    def heading(self, key):
        lines = HEAD[key]
        self.y -= 6
        self.need(LEAD * (len(lines) + 3))
        self.heading_pages[key] = self.page
        for ln in lines:
            self.c.setFont(BODY_BOLD, BODY_SIZE)
            self.c.drawCentredString(LM + TW / 2, self.y, ln)
            self.y -= LEAD
        self.y -= 12

    def para(self, n, text):
        lines = wrap(text, TW - HANG)
        if len(lines) > 1:
            self.need(LEAD * 2)
        self.place_lines(lines, LM + HANG, LM + HANG, TW - HANG, TW - HANG,
                         label="%d." % n, label_x=LM)
        self.y -= 10

    def item(self, level, label, text):
        ind = HANG + ITEM * (level - 1)
        lines = wrap(text, TW - ind - ITEM)
        self.place_lines(lines, LM + ind + ITEM, LM + ind + ITEM, TW - ind - ITEM,
                         TW - ind - ITEM, label=label, label_x=LM + ind)
        self.y -= 5

    def text(self, t):
        lines = wrap(t, TW - HANG)
        self.place_lines(lines, LM + HANG, LM + HANG, TW - HANG, TW - HANG)
        self.y -= 10


def cover(d, contents_pages):
    c = d.c
    y = PH - TOP + 10
    c.setFont(BODY_BOLD, 12)
    c.drawRightString(PW - RM, y, SYMBOL)
    c.setFont(BODY_FONT, 11)
    c.drawRightString(PW - RM, y - 15, "Original: English")
    c.drawRightString(PW - RM, y - 29, "6 December 2000")
    c.setFont(BODY_BOLD, 11)
    c.drawString(LM, y - 58, "EIGHTIETH SESSION")
    c.setLineWidth(0.8)
    c.line(LM, y - 66, PW - RM, y - 66)
    y -= 96
    c.setFont(BODY_BOLD, 12)
    for ln in ["PROVISIONAL SUMMARY RECORD OF THE",
               "FOUR HUNDRED AND TWENTY-SEVENTH MEETING"]:
        c.drawCentredString(LM + TW / 2, y, ln)
        y -= 16
    y -= 12
    c.setFont(BODY_FONT, 11)
    for ln in ["Palais des Nations, Geneva",
               "Wednesday, 29 November 2000, at 3.15 p.m."]:
        c.drawCentredString(LM + TW / 2, y, ln)
        y -= 14
    y -= 14
    c.drawString(LM, y, "Chairman:")
    c.drawString(LM + 62, y, "Mr. H. Castellanos Ruiz (Uruguay)")
    y -= 30
    # contents
    c.setFont(BODY_BOLD, 11)
    c.drawCentredString(LM + TW / 2, y, "CONTENTS")
    c.setFont(BODY_FONT, 10.5)
    c.drawRightString(PW - RM, y - 16, "Page")
    y -= 34
    dot = stringWidth(".", BODY_FONT, 10.5)
    for key, _, clines in HEADINGS:
        for i, ln in enumerate(clines):
            x = LM + (0 if i == 0 else 14)
            c.drawString(x, y, ln)
            if i == len(clines) - 1:
                pg = str(contents_pages.get(key, 0))
                c.drawRightString(PW - RM, y, pg)
                start = x + stringWidth(ln, BODY_FONT, 10.5) + 6
                end = PW - RM - stringWidth(pg, BODY_FONT, 10.5) - 6
                n = int((end - start) / dot)
                c.drawString(start, y, "." * n)
            y -= 13.5
        y -= 3
    c.setLineWidth(0.5)
    c.line(LM, y - 4, PW - RM, y - 4)
    d.y = y - 30
    # cover note and trilingual footer at the foot of page 1
    c.setFont(BODY_FONT, 9.5)
    note = ("Corrections to this provisional record should be submitted in writing, in one of "
            "the working languages, to the Meetings Secretariat within two weeks of the date of "
            "this document. Corrections to the records of the meetings of the session will be "
            "consolidated in the final summary records.")
    nl = wrap(note, TW, size=9.5)
    fy = BOTTOM + 8 + len(nl) * 11.5
    c.drawString(LM, fy + 4, "__________")
    fy -= 10
    for i, ln in enumerate(nl):
        draw_line(c, LM, fy, ln, TW, i < len(nl) - 1, size=9.5)
        fy -= 11.5
    c.setFont(BODY_BOLD, 9)
    for x, w in [(LM + TW * 0.17, "COUNCIL"), (LM + TW * 0.5, "CONSEIL"),
                 (LM + TW * 0.83, "CONSEJO")]:
        c.drawCentredString(x, 30, w)
    return BOTTOM + 8 + len(nl) * 11.5 + 18  # floor of page 1


def build(contents_pages):
    c = canvas.Canvas(OUT, pagesize=A4)
    c.setTitle("MC/C/SR/427 - Provisional summary record of the 427th meeting")
    c.setAuthor("International Organization for Migration")
    d = Doc(c)
    page1_floor = cover(d, contents_pages)
    orig_floor = d.floor
    d.floor = lambda: (page1_floor if d.page == 1 else orig_floor())
    for blk in RECORD:
        if blk[0] == "text":
            d.text(blk[1])
        elif blk[0] == "head":
            d.heading(blk[1])
        elif blk[0] == "para":
            d.para(blk[1], blk[2])
        else:
            d.item(blk[1], blk[2], blk[3])
    d.finish_page()
    c.save()
    return d.heading_pages, d.page


if __name__ == "__main__":
    pages, _ = build({})
    pages2, n = build(pages)
    assert pages == pages2
    print("heading pages:", pages2, "total pages:", n)
