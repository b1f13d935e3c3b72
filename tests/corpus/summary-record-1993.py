# Lays out an invented IOM Council summary record of 1993 (MC/C/SR/389) on A4.
import os
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "summary-record-1993.pdf")

SYMBOL = "MC/C/SR/389"
PW, PH = A4
LM, RM = 72, PW - 72          # left and right margins
TW = RM - LM
BODY_FONT, BODY_SIZE, LEAD = "Times-Roman", 11, 14
FN_FONT, FN_SIZE, FN_LEAD = "Times-Roman", 9, 11
BOTTOM = 70                   # lowest baseline of body text
TOP_FIRST_BODY = None         # set after the cover block
TOP_OTHER = 752

FOOTNOTES = {
    "*": "This record is subject to correction. Participants wishing to make corrections should "
         "submit them in writing to the Meetings Secretariat within one week of receiving the "
         "record; corrections to the records of the session will be issued together in a single "
         "corrigendum.",
    "1": "The opening statement of the Director General, delivered on 29 November 1993, was "
         "circulated as document MC/INF/228; the earlier part of the debate is recorded in "
         "MC/C/SR/387 and MC/C/SR/388.",
    "2": "Document MC/EX/563 was considered by the Executive Committee at its 353rd meeting on "
         "26 November 1993; the recommendations of the Sub-Committee are set out in paragraphs 14 "
         "to 22 of that document.",
    "3": "As at 26 November 1993, eleven Member States owed a total of 2,913,400 Swiss francs for "
         "1992 and earlier years (MC/1771, Annex I).",
}

# Body blocks. Footnote markers are written {n} right after the word that carries them.
BODY = [
    ("text", "The meeting was called to order at 3.10 p.m."),
    ("heading", "GENERAL DEBATE (item 7 of the agenda) (continued)|(MC/1754, MC/INF/228)"),
    ("para", "1", "Mr. ANDRADE (Chile) said that 1993 had confirmed that migration could no longer be "
     "treated as a marginal concern of foreign ministries. Latin America was still absorbing the "
     "return of many thousands of nationals who had lived abroad during the years of political "
     "upheaval, and the Organization's return and reintegration programmes had done much to ease "
     "their way back into working life. Since 1990 more than 400 qualified Chileans had returned "
     "under the programme for the return of talent, and his Government hoped that the "
     "Administration would find the means to keep that programme going in spite of the fall in "
     "earmarked contributions."),
    ("para", "2", "His delegation welcomed the report of the Director General on the work of the "
     "Organization for the year 1992 (MC/1754), which showed how far the activities of IOM had "
     "moved beyond transport in the narrow sense. It would, however, have found it useful if the "
     "report had set out more clearly which activities had been financed from discretionary "
     "income and which from funds provided for specific projects."),
    ("para", "3", "Mrs. KOWALSKA (Poland) said that her country, for long a country of emigration, "
     "had within a few years become a country of transit and of destination as well. Some 20,000 "
     "foreigners were believed to be living in Poland without a valid residence title, most of "
     "them hoping to move further west. The technical cooperation project launched with IOM in "
     "the spring of 1993, which was helping the Polish authorities to draft new legislation on "
     "aliens and to train border and consular officials, had already produced results. Her "
     "delegation hoped that the Council would encourage the Administration to extend such work to "
     "other countries of the region, and it supported the proposal for information campaigns "
     "aimed at would-be migrants, who too often fell victim to unscrupulous intermediaries."),
    ("para", "4", "Mr. NAKAMURA (Japan) said that his Government valued the humanitarian work done "
     "by the Organization during the year in the former Yugoslavia, in Cambodia and in the Horn "
     "of Africa. The medical evacuation programme from Sarajevo had shown that IOM could act "
     "quickly when lives were at stake. Japan had contributed some US$ 2.5 million to IOM "
     "operations in 1993 and intended to maintain its support in 1994. He asked that the "
     "following passage of his statement be reproduced in the summary record:"),
    ("quote", "\u201cThe Government of Japan believes that the strength of the Organization lies in "
     "its operational capacity and in the confidence of the States which finance its work. That "
     "confidence rests on sound management. We therefore ask the Administration to keep the "
     "growth of its administrative structure under strict control, to present its budget in a "
     "form which allows Member States to compare the cost of each activity with the results "
     "obtained, and to report regularly to the Executive Committee on the use made of "
     "discretionary income. Japan will remain a reliable partner of IOM, and it expects IOM to "
     "remain a lean and efficient organization.\u201d"),
    ("para", "5", "Mr. DIALLO (Senegal) said that the programme for the return of qualified African "
     "nationals, now in its ninth year, remained one of the few instruments available to African "
     "governments for reversing the loss of skilled manpower. Of the 1,060 nationals who had "
     "returned to the participating countries since the programme began, almost nine in ten were "
     "still working in their home countries. His delegation regretted that the third phase of the "
     "programme was not yet fully funded and appealed to donor governments to close the gap "
     "before the end of the first quarter of 1994."),
    ("para", "6", "Mr. PAPADOPOULOS (Greece) said that his country had received in recent years a "
     "large and unforeseen inflow of migrants, in particular from Albania, and had also had to "
     "receive over 60,000 ethnic Greeks from the former Soviet Union. The Organization had helped "
     "Greece to organize the reception of the latter group and to plan its integration. He "
     "believed that the time had come for IOM to look more systematically at the economic causes "
     "of irregular migration in the countries of origin, in close cooperation with the competent "
     "international financial institutions."),
    ("para", "7", "Mr. de MARCHANT (Observer for the Sovereign Military Order of Malta) said that "
     "the hospitaller services of the Order in Croatia and in Bosnia and Herzegovina had worked "
     "alongside IOM throughout the year, in particular in the transfer of the sick and wounded. "
     "The Order hoped that that practical cooperation could be extended in 1994 to the care of "
     "elderly displaced persons, whose needs too often went unnoticed."),
    ("para", "8", "The DIRECTOR GENERAL, replying to the points raised, thanked delegations for "
     "their support and for the confidence they had expressed in the Administration. He had "
     "listened carefully to the comments made since the opening of the debate{1} and wished to "
     "respond on three points:"),
    ("item", 1, "(a)", "the Administration shared the wish of several delegations for a clearer "
     "presentation of discretionary income and would include a separate statement on its use in "
     "the Programme and Budget for 1995;"),
    ("item", 1, "(b)", "it would submit to the Executive Committee at its next session a paper on "
     "the Organization's approach to information campaigns for potential migrants, drawing on "
     "the experience gained in Albania and in Poland; and"),
    ("item", 1, "(c)", "it would continue to seek funding for the third phase of the programme for "
     "the return of qualified African nationals, for which pledges amounting to US$ 3.2 million "
     "of the US$ 4.8 million required had so far been received."),
    ("para", "9", "The CHAIRMAN said that the general debate had shown broad support for the "
     "activities of the Organization. The views expressed would be reflected in the report on "
     "the session."),
    ("heading", "APPLICATION BY THE KYRGYZ REPUBLIC FOR MEMBERSHIP|IN THE ORGANIZATION "
     "(item 5 of the agenda) (MC/1768, MC/L/790)"),
    ("para", "10", "The CHAIRMAN drew the attention of the Council to document MC/1768, which "
     "reproduced a letter dated 14 September 1993 from the Minister for Foreign Affairs of the "
     "Kyrgyz Republic. In it the Government applied for membership of the Organization, declared "
     "its acceptance of the Constitution and undertook to make a contribution to the "
     "Administrative part of the budget, the amount of which would be agreed in accordance with "
     "Article 2(b) of the Constitution. The Executive Committee had been informed of the "
     "application at its Eighty-fourth Session (MC/EX/SR/352) and had raised no objection."),
    ("para", "11", "Mr. BRUNNER (Switzerland), Mr. ORHAN (Turkey) and Mrs. LINDGREN (Sweden) "
     "welcomed the application and supported the draft resolution. Mr. ORHAN (Turkey) noted that "
     "the Kyrgyz Republic faced the return of large numbers of its nationals from other republics "
     "of the former Soviet Union as well as the departure of skilled workers, and that the "
     "experience of IOM would be of real value to it."),
    ("para", "12", "The draft resolution contained in document MC/L/790 was adopted unanimously "
     "(Resolution No. 896 (LXVI))."),
    ("para", "13", "Mr. ISAKOV (Kyrgyz Republic) thanked the Council for the confidence it had "
     "shown in his country. His Government saw membership as the beginning of a long partnership "
     "and would shortly submit proposals for technical cooperation in the management of "
     "migration, including the training of officials and the establishment of a reliable system "
     "of migration statistics."),
    ("para", "14", "The CHAIRMAN, on behalf of the Council, welcomed the Kyrgyz Republic as the "
     "fifty-second Member State of the Organization."),
    ("chair", "Mr. Bennani (Morocco), Vice-Chairman, took the Chair."),
    ("heading", "PROGRAMME AND BUDGET FOR 1994 (item 8 of the agenda)|(MC/1763, MC/1763/Add.1, "
     "MC/1775)"),
    ("para", "15", "Mr. HOLM (Denmark), Chairman of the Sub-Committee on Budget and Finance, "
     "introduced the report of the Sub-Committee on its Seventy-ninth Session (MC/EX/563).{2} The "
     "Sub-Committee had examined the Programme and Budget for 1994 (MC/1763) and its addendum "
     "(MC/1763/Add.1) in detail. The Administrative part of the budget, at 37,426,000 Swiss "
     "francs, represented zero growth in nominal terms over the figure approved for 1993 by "
     "Resolution No. 885 (LXV), the effect of inflation having been absorbed by savings in staff "
     "costs and common services. The Operational part was estimated at US$ 263.1 million, but "
     "that figure depended entirely on the voluntary contributions that would actually be "
     "received. The Executive Committee, in its report (MC/1775), recommended that the Council "
     "approve the Programme and Budget for 1994."),
    ("para", "16", "Mr. HARRIS (United States of America) said that his Government welcomed the "
     "success of the Administration in holding the Administrative part of the budget to zero "
     "nominal growth, which was in line with the policy it followed in all the international "
     "organizations of which it was a member. He stressed, however, that zero growth should not "
     "be achieved by shifting administrative costs to the Operational part, where they would be "
     "less visible to Member States, and he asked the Administration to confirm that no such "
     "transfer had taken place in 1994."),
    ("para", "17", "Mr. ROSSI (Italy) said that the steady expansion of operations had placed a "
     "heavy burden on a small number of staff at Headquarters. His delegation would be prepared "
     "to consider a modest increase in the Administrative part in future years if it were "
     "clearly linked to the strengthening of functions such as internal audit, evaluation and "
     "project development. He also noted with concern that the level of arrears remained high "
     "and that several Member States had lost their voting rights under Article 4 of the "
     "Constitution."),
    ("para", "18", "Mrs. DUVAL (France) supported the remarks made by the representative of Italy "
     "on the importance of evaluation. Her delegation would also welcome more information on the "
     "criteria applied by the Administration in deciding which operations received support from "
     "discretionary income."),
    ("para", "19", "Mr. KHAN (Pakistan) said that the Programme and Budget should give more weight "
     "to the needs of developing countries which were at once countries of origin and of asylum. "
     "He recalled that his country had for many years sheltered one of the largest refugee "
     "populations in the world and that the Organization had assisted the return of Afghan "
     "refugees in earlier years; he hoped that such assistance could be resumed as soon as "
     "conditions allowed."),
    ("para", "20", "Mr. KELLER (Director, Budget and Finance Division) said that in preparing the "
     "budget for 1994 the Administration had been careful to avoid transferring costs between "
     "the two parts of the budget. The savings that had made zero nominal growth possible had "
     "come from three sources:"),
    ("item", 1, "(a)", "the abolition of four posts at Headquarters and the reclassification of "
     "two others;"),
    ("item", 1, "(b)", "lower common service costs, resulting from:"),
    ("item", 2, "(i)", "the renegotiation of the contracts for telecommunications and data "
     "processing; and"),
    ("item", 2, "(ii)", "the move of the Regional Office for South America to smaller premises; "
     "and"),
    ("item", 1, "(c)", "a reduction in the number of missions from Headquarters, which would be "
     "offset in part by a greater delegation of authority to the field offices."),
    ("para", "21", "As to arrears, the position at the end of November was better than a year "
     "earlier, but the contributions outstanding to the Administrative part of the budget for "
     "1992 and earlier years were still substantial.{3} The Administration would continue its "
     "contacts with the Member States concerned with a view to agreeing on payment plans. On "
     "evaluation, he noted that a small evaluation unit had been set up within the Office of the "
     "Director General in July 1993 and that its first reports would be presented to the "
     "Sub-Committee in May 1994."),
    ("para", "22", "The CHAIRMAN invited the Council to adopt the draft resolution on the Programme "
     "and Budget for 1994 contained in document MC/L/792."),
    ("para", "23", "The draft resolution was adopted (Resolution No. 897 (LXVI))."),
    ("para", "24", "Mr. HARRIS (United States of America), speaking in explanation of the position "
     "of his delegation, said that the United States had joined in the adoption of the "
     "resolution on the understanding that the Administration would report to the Sub-Committee "
     "on Budget and Finance at its spring session on the measures taken to reduce arrears."),
    ("heading", "OTHER BUSINESS (item 12 of the agenda)"),
    ("subheading", "Dates of the next sessions of the Executive Committee and its Sub-Committee"),
    ("para", "25", "The CHAIRMAN said that, after consultation with the Bureau, it was proposed "
     "that the Sub-Committee on Budget and Finance hold its Eightieth Session on 9 and 10 May "
     "1994 and that the Executive Committee hold its Eighty-sixth Session from 31 May to "
     "2 June 1994, both at the Palais des Nations."),
    ("para", "26", "It was so decided."),
    ("subheading", "Tribute to the outgoing Chief of the Legal Service"),
    ("para", "27", "The DIRECTOR GENERAL informed the Council that Mr. Pierre Lemaire, Chief of "
     "the Legal Service, would retire at the end of the year after twenty-seven years with the "
     "Organization. He had advised the Council on every amendment of its Rules of Procedure since "
     "1972 and had played a central part in the preparation of the amendments to the "
     "Constitution which had entered into force in November 1989."),
    ("para", "28", "Several representatives associated themselves with the tribute paid by the "
     "Director General, and the CHAIRMAN expressed the gratitude of the Council to Mr. Lemaire "
     "for his long and devoted service."),
    ("text", "The meeting rose at 6.05 p.m."),
]

CONTENTS = [
    "General debate (continued)",
    "Application by the Kyrgyz Republic for membership in the Organization",
    "Programme and Budget for 1994",
    "Other business",
]

SUP_SIZE, SUP_RISE = 7, 4


def tokens(text):
    """Split text into words; a word may carry a trailing footnote marker."""
    out = []
    for w in text.split():
        mark = None
        if "{" in w:
            i = w.index("{")
            j = w.index("}")
            mark = w[i + 1:j]
            w = w[:i] + w[j + 1:]
        out.append((w, mark))
    return out


def word_width(tok, font, size):
    w, mark = tok
    width = stringWidth(w, font, size)
    if mark:
        width += stringWidth(mark, font, SUP_SIZE)
    return width


def wrap(text, font, size, first_width, width):
    toks = tokens(text)
    lines, cur, cur_w = [], [], 0.0
    space = stringWidth(" ", font, size)
    limit = first_width
    for t in toks:
        tw = word_width(t, font, size)
        add = tw if not cur else cur_w + space + tw
        if cur and add > limit:
            lines.append(cur)
            cur, cur_w = [t], tw
            limit = width
        else:
            cur.append(t)
            cur_w = add
    if cur:
        lines.append(cur)
    return lines


def line_width(line, font, size):
    space = stringWidth(" ", font, size)
    return sum(word_width(t, font, size) for t in line) + space * (len(line) - 1)


def draw_line(c, x, y, line, font, size):
    space = stringWidth(" ", font, size)
    for k, (w, mark) in enumerate(line):
        if k:
            x += space
        c.setFont(font, size)
        c.drawString(x, y, w)
        x += stringWidth(w, font, size)
        if mark:
            t = c.beginText()
            t.setTextOrigin(x, y)
            t.setFont(font, SUP_SIZE)
            t.setRise(SUP_RISE)
            t.textOut(mark)
            t.setRise(0)
            c.drawText(t)
            x += stringWidth(mark, font, SUP_SIZE)


def footnote_lines(mark):
    return wrap(FOOTNOTES[mark], FN_FONT, FN_SIZE, TW - 14, TW - 14)


def footnote_height(marks):
    if not marks:
        return 0
    h = 14  # rule and gap
    for m in marks:
        h += FN_LEAD * len(footnote_lines(m)) + 2
    return h


class Layout:
    def __init__(self, c):
        self.c = c
        self.page = 1
        self.y = None
        self.notes = []          # footnote markers on the current page
        self.first_page_bottom = BOTTOM + 26   # room for the trilingual footer

    def bottom(self):
        return self.first_page_bottom if self.page == 1 else BOTTOM

    def fits(self, n_lines, new_marks=()):
        need = self.notes + [m for m in new_marks if m not in self.notes]
        lowest = self.y - LEAD * (n_lines - 1)
        return lowest >= self.bottom() + footnote_height(need)

    def finish_page(self):
        c = self.c
        if self.notes:
            h = footnote_height(self.notes)
            top = self.bottom() + h - 4
            c.setLineWidth(0.5)
            c.line(LM, top, LM + 108, top)
            y = top - 12
            for m in self.notes:
                lines = footnote_lines(m)
                if m == "*":
                    c.setFont(FN_FONT, FN_SIZE)
                    c.drawString(LM, y, "*")
                else:
                    t = c.beginText()
                    t.setTextOrigin(LM, y)
                    t.setFont(FN_FONT, 7)
                    t.setRise(3)
                    t.textOut(m)
                    t.setRise(0)
                    c.drawText(t)
                for ln in lines:
                    draw_line(c, LM + 14, y, ln, FN_FONT, FN_SIZE)
                    y -= FN_LEAD
                y -= 2
        if self.page == 1:
            c.setFont("Helvetica-Bold", 9)
            parts = ["COUNCIL", "CONSEIL", "CONSEJO"]
            xs = [LM + 40, PW / 2, RM - 40]
            for p, x in zip(parts, xs):
                c.drawCentredString(x, 40, p)
        c.showPage()
        self.page += 1
        self.notes = []
        self.running_header()
        self.y = TOP_OTHER

    def running_header(self):
        c = self.c
        c.setFont(BODY_FONT, 10)
        c.drawRightString(RM, 806, SYMBOL)
        c.drawRightString(RM, 794, "Page %d" % self.page)

    def need(self, n_lines, marks=()):
        if not self.fits(n_lines, marks):
            self.finish_page()

    def flow(self, lines, first_x, other_x, font=BODY_FONT, size=BODY_SIZE,
             label=None, label_x=None, keep=2):
        # keep at least `keep` lines together at the start of a block
        first_marks = [t[1] for ln in lines[:keep] for t in ln if t[1]]
        self.need(min(keep, len(lines)), first_marks)
        for i, ln in enumerate(lines):
            marks = [t[1] for t in ln if t[1]]
            if not self.fits(1, marks):
                self.finish_page()
            if i == 0 and label:
                self.c.setFont(BODY_FONT, BODY_SIZE)
                self.c.drawString(label_x, self.y, label)
            draw_line(self.c, first_x if i == 0 else other_x, self.y, ln, font, size)
            for m in marks:
                if m not in self.notes:
                    self.notes.append(m)
            self.y -= LEAD


def build():
    c = canvas.Canvas(OUT, pagesize=A4, invariant=1)
    c.setTitle("MC/C/SR/389")
    c.setAuthor("International Organization for Migration")
    L = Layout(c)

    # ---- cover block -------------------------------------------------------
    c.setFont("Times-Bold", 11)
    c.drawString(LM, 800, "SIXTY-SIXTH SESSION")
    c.setFont(BODY_FONT, 11)
    c.drawRightString(RM, 800, SYMBOL)
    c.drawRightString(RM, 786, "Original: English")
    c.drawRightString(RM, 772, "14 December 1993")

    c.setFont("Times-Bold", 12)
    c.drawCentredString(PW / 2, 728, "SUMMARY RECORD OF THE")
    t2 = "THREE HUNDRED AND EIGHTY-NINTH MEETING"
    w2 = stringWidth(t2, "Times-Bold", 12)
    x2 = PW / 2 - w2 / 2
    c.drawString(x2, 713, t2)
    t = c.beginText()
    t.setTextOrigin(x2 + w2 + 0.5, 713)
    t.setFont("Times-Bold", 8)
    t.setRise(4)
    t.textOut("*")
    t.setRise(0)
    c.drawText(t)
    L.notes.append("*")

    c.setFont(BODY_FONT, 11)
    c.drawCentredString(PW / 2, 692, "held at the Palais des Nations, Geneva,")
    c.drawCentredString(PW / 2, 678, "on Tuesday, 30 November 1993, at 3.10 p.m.")

    c.drawString(LM, 648, "Chairman:")
    c.drawString(LM + 72, 648, "Mr. H. SOLBERG (Norway)")
    c.drawString(LM, 634, "later:")
    c.drawString(LM + 72, 634, "Mr. A. BENNANI (Morocco)")

    c.setFont("Times-Bold", 11)
    c.drawString(LM, 606, "CONTENTS")
    c.setFont(BODY_FONT, 11)
    y = 590
    for entry in CONTENTS:
        c.drawString(LM + 36, y, entry)
        y -= 14
    c.setLineWidth(0.5)
    c.line(LM, y - 2, RM, y - 2)
    L.y = y - 24

    # ---- body ----------------------------------------------------------------
    prev = None
    for blk in BODY:
        kind = blk[0]
        if kind == "heading":
            L.y -= 8
            lines = []
            for part in blk[1].split("|"):
                lines += wrap(part, "Times-Bold", BODY_SIZE, 400, 400)
            L.need(len(lines) + 3)
            for ln in lines:
                w = line_width(ln, "Times-Bold", BODY_SIZE)
                draw_line(c, PW / 2 - w / 2, L.y, ln, "Times-Bold", BODY_SIZE)
                L.y -= LEAD
            L.y -= 6
        elif kind == "subheading":
            L.y -= 2
            lines = wrap(blk[1], "Times-Italic", BODY_SIZE, TW, TW)
            L.need(len(lines) + 3)
            for ln in lines:
                draw_line(c, LM, L.y, ln, "Times-Italic", BODY_SIZE)
                w = line_width(ln, "Times-Italic", BODY_SIZE)
                c.setLineWidth(0.4)
                c.line(LM, L.y - 2, LM + w, L.y - 2)
                L.y -= LEAD
            L.y -= 6
        elif kind == "para":
            if prev == "item":
                L.y -= 4
            lines = wrap(blk[2], BODY_FONT, BODY_SIZE, TW - 36, TW)
            L.flow(lines, LM + 36, LM, label=blk[1] + ".", label_x=LM)
            L.y -= 8
        elif kind == "item":
            level, label, text = blk[1], blk[2], blk[3]
            lx = LM + 36 if level == 1 else LM + 72
            tx = lx + 36
            lines = wrap(text, BODY_FONT, BODY_SIZE, RM - tx, RM - tx)
            L.flow(lines, tx, tx, label=label, label_x=lx)
            L.y -= 6
        elif kind == "quote":
            lines = wrap(blk[1], BODY_FONT, BODY_SIZE, TW - 72, TW - 72)
            L.flow(lines, LM + 36, LM + 36)
            L.y -= 8
        elif kind == "chair":
            lines = wrap(blk[1], "Times-Italic", BODY_SIZE, TW - 36, TW - 36)
            L.y -= 2
            L.flow(lines, LM + 36, LM + 36, font="Times-Italic")
            L.y -= 8
        elif kind == "text":
            lines = wrap(blk[1], BODY_FONT, BODY_SIZE, TW, TW)
            if prev is not None:
                L.y -= 6
            L.flow(lines, LM, LM)
            L.y -= 8
        prev = kind

    # last page: footnotes, then close without adding a blank page
    L_finish_last(L)
    c.save()


def L_finish_last(L):
    """Like finish_page, but without starting a new page afterwards."""
    c = L.c
    if L.notes:
        h = footnote_height(L.notes)
        top = L.bottom() + h - 4
        c.setLineWidth(0.5)
        c.line(LM, top, LM + 108, top)
        y = top - 12
        for m in L.notes:
            t = c.beginText()
            t.setTextOrigin(LM, y)
            t.setFont(FN_FONT, 7)
            t.setRise(3)
            t.textOut(m)
            t.setRise(0)
            c.drawText(t)
            for ln in footnote_lines(m):
                draw_line(c, LM + 14, y, ln, FN_FONT, FN_SIZE)
                y -= FN_LEAD
            y -= 2
    c.showPage()


if __name__ == "__main__":
    build()
