# -*- coding: utf-8 -*-
"""Draft summary record of the 430th meeting of the IOM Council (77th Session, 1999).

Lays the document out with reportlab's canvas API, roughly as IOM printed such
records at the end of the 1990s.  Footnote markers are written in the source
strings as <<n>> glued to the preceding word; they are drawn as raised small digits.
"""
import re
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = "summary-record-1999.pdf"
SYMBOL = "MC/C/SR/430"

W, H = A4
LM = 72          # left margin
RM = W - 68      # right edge of text
TOP = H - 52
BOTTOM = 58
BODY_FONT = "Times-Roman"
BOLD = "Times-Bold"
SIZE = 11
LEAD = 13.2
FN_SIZE = 9
FN_LEAD = 11
NUM_INDENT = 30   # hanging indent of numbered paragraphs
ITEM_INDENT = 30  # further indent of (a) items

# --------------------------------------------------------------------------
# Source text
# --------------------------------------------------------------------------
CONTENTS = [
    ("General debate (continued)", "1-8"),
    ("Report on the Ninety-sixth Session of the Executive Committee", "9-11"),
    ("Programme and Budget for 2000", "12-19"),
    ("Status reports on outstanding contributions to the Administrative Part of the Budget", "20-22"),
    ("Other business", "23-24"),
    ("Date and place of the next session", "25"),
    ("Closure of the session", "26-28"),
]

FOOTNOTES = {
    "1": "See also the report of the Director General on the work of the Organization for the "
         "year 1998 (MC/1965), paragraphs 112 to 118.",
    "2": "Document MC/1977/Amdt.1, issued on 2 November 1999, reflects the recommendations made "
         "by the Sub-Committee on Budget and Finance at its Eighty-first Session.",
    "3": "The resolutions adopted at the Seventy-seventh Session will be annexed to the report "
         "on the session (MC/1992).",
}

COVER_NOTE = ("Corrections to this draft summary record should be submitted in writing to the "
              "Meetings Secretariat within three weeks of its date of issue. They will be "
              "incorporated in the final summary records of the session.")

BODY = [
    ("text", "The meeting was called to order at 3.20 p.m."),

    ("heading", ["GENERAL DEBATE (agenda item 6) (continued)"]),
    ("para", "1", "Mr. BRANDT (Germany), associating himself with the statement made at the "
     "428th meeting by the representative of Finland on behalf of the European Union, said "
     "that the past year had tested the Organization's capacity to respond at short notice as "
     "never before. The evacuation and return operations in the Balkans had shown what IOM "
     "could achieve when Member States and the Administration worked closely together, but they "
     "had also placed a heavy burden on Headquarters staff whose posts were financed from an "
     "Administrative Part of the Budget held at zero nominal growth for several years running. "
     "His delegation would welcome an indication of how the Administration intended to absorb "
     "that workload without weakening its internal oversight functions."),
    ("para", "2", "Ms. SANTOS (Philippines) said that labour migration remained at the centre of "
     "her Government's concerns, several million Filipinos being employed abroad. The Bangkok "
     "Declaration on Irregular/Undocumented Migration, adopted in April 1999, had been an "
     "encouraging step, and she hoped that IOM would continue to lend technical support to the "
     "regional follow-up. The Asian financial crisis had left many migrant workers stranded "
     "without wages; programmes for their return and reintegration deserved more attention than "
     "they had so far received from donors."),
    ("para", "3", "The representative of JAPAN noted with appreciation the speed with which IOM "
     "had deployed staff in East Timor following the popular consultation of 30 August 1999. "
     "His Government had made a special contribution of USD 1.2 million towards the transport "
     "of displaced persons and was considering further support. He stressed, however, that "
     "operational growth should not be allowed to outpace the Organization's administrative "
     "capacity, and that projects ought to bear their fair share of overhead costs."),
    ("para", "4", "Mr. MWANGI (Kenya) regretted that the Return of Qualified African Nationals "
     "programme, which had helped more than 2,000 professionals to resume their careers on the "
     "continent, was now in its final phase for lack of funding. Africa continued to lose "
     "skilled people it could ill afford to lose. He appealed to donors to support a successor "
     "programme."),
    ("para", "5", "Mr. VEL\u00c1SQUEZ (Guatemala), speaking also on behalf of Costa Rica, "
     "El Salvador, Honduras and Nicaragua, thanked IOM for its assistance in the aftermath of "
     "Hurricane Mitch, including temporary shelter and the registration of displaced "
     "populations. The Regional Conference on Migration had become a useful forum for dialogue "
     "between countries of origin, transit and destination, and the Central American countries "
     "counted on IOM's continued support for its technical secretariat."),
    ("para", "6", "The observer for the INTERNATIONAL CATHOLIC MIGRATION COMMISSION said that "
     "non-governmental organizations working with migrants at the local level were often the "
     "first to see the effects of trafficking in women and children. Closer cooperation between "
     "IOM and such organizations, not least in the exchange of information, would benefit all "
     "concerned."),
    ("para", "7", "The DIRECTOR GENERAL, replying to points raised during the general debate, "
     "thanked delegations for their support and commented on three matters:"),
    ("item", "(a)", "the Balkans operations had been financed entirely from voluntary "
     "contributions, and the additional workload at Headquarters had been met through temporary "
     "staff charged to the projects concerned, in keeping with the policy endorsed by the "
     "Executive Committee;"),
    ("item", "(b)", "with regard to the Return of Qualified African Nationals programme, the "
     "Administration was preparing, in consultation with the Organization of African Unity, a "
     "broader programme for the mobilization of African skills, which would be presented to "
     "Member States in the first half of 2000;<<1>>"),
    ("item", "(c)", "the question raised by the delegation of Japan concerning overhead would be "
     "addressed in the review of project-related costs requested by the Sub-Committee on Budget "
     "and Finance, the results of which would go to the Executive Committee."),
    ("para", "8", "The CHAIRMAN said that the Council had thus concluded its general debate. He "
     "thanked all those who had taken part and noted that the written texts of several "
     "statements had been handed to the Secretariat for distribution."),

    ("heading", ["REPORT ON THE NINETY-SIXTH SESSION OF THE EXECUTIVE COMMITTEE",
                 "(agenda item 7)"]),
    ("para", "9", "The CHAIRMAN drew attention to the report on the Ninety-sixth Session of the "
     "Executive Committee (MC/1970), held in Geneva on 6 and 7 July 1999, and to the report of "
     "the Sub-Committee on Budget and Finance on its Eightieth Session (MC/EX/608), which the "
     "Executive Committee had endorsed."),
    ("para", "10", "Mr. DUVAL (France) pointed out that paragraph 41 of the French version of "
     "document MC/1970 did not correspond to the English original, a sentence on the use of "
     "Discretionary Income having been left out. The SECRETARY said that a corrected French "
     "version would be issued."),
    ("para", "11", "The Council took note of the report on the Ninety-sixth Session of the "
     "Executive Committee."),

    ("heading", ["PROGRAMME AND BUDGET FOR 2000 (agenda item 8)"]),
    ("para", "12", "The DEPUTY DIRECTOR GENERAL, introducing the Programme and Budget for 2000 "
     "(MC/1977 and MC/1977/Amdt.1),<<2>> said that the Administrative Part of the Budget was "
     "proposed at CHF 36,480,000, which maintained zero nominal growth for the fifth "
     "consecutive year. Statutory cost increases of some CHF 620,000 had been absorbed through "
     "savings in general services and by leaving four posts vacant. The Operational Part of the "
     "Budget was estimated at USD 241.6 million, a figure that would rise in the course of the "
     "year as new projects were funded. Discretionary Income was projected at USD 8.9 million, "
     "of which USD 1.4 million was earmarked for the security of staff in the field."),
    ("para", "13", "Mr. VAN DER MEER (Netherlands), speaking as Chairman of the Sub-Committee on "
     "Budget and Finance, reported that the Sub-Committee had examined the document at its "
     "Eighty-first Session on 26 October 1999 and recommended its approval by the Council "
     "(MC/1979, paragraph 23). Several members had nevertheless reiterated their concern at the "
     "growing reliance on Discretionary Income to finance core structure functions."),
    ("para", "14", "The representative of the UNITED STATES OF AMERICA supported the budget as "
     "presented. His Government remained firmly committed to zero nominal growth in the "
     "administrative budgets of all international organizations and could not join a consensus "
     "on any increase. He encouraged the Administration to pursue the review of overhead rates "
     "and to report on it well before the 2001 budget cycle."),
    ("para", "15", "Mr. RINALDI (Italy) and Ms. KOWALSKA (Poland) welcomed the proposed "
     "strengthening of the Technical Cooperation on Migration service. Mr. RINALDI added that his "
     "Government intended to second an expert to the regional office in Rome in 2000."),
    ("para", "16", "Mr. HASSAN (Pakistan), while not opposing the budget, observed that the scale "
     "of assessment for 2000 (MC/1975) had increased his country's share by 0.021 per cent at a "
     "time when its economic situation had worsened. He asked that the methodology be "
     "reviewed."),
    ("para", "17", "The DEPUTY DIRECTOR GENERAL said that the IOM scale was derived from the "
     "United Nations scale, adjusted for IOM membership, in accordance with the principle "
     "established by the Council. The Administration would be pleased to brief interested "
     "delegations on the calculation, and the matter could be taken up by the Sub-Committee at "
     "its next session."),
    ("para", "18", "The CHAIRMAN invited the Council to adopt the draft resolution on the "
     "Programme and Budget for 2000, which had been circulated in the conference room."),
    ("para", "19", "The draft resolution was adopted without a vote as Resolution No. 1004 "
     "(LXXVII).<<3>> The representative of the United States of America asked that his "
     "delegation's position on zero nominal growth, as stated at the present meeting, be "
     "reflected in the record."),

    ("text", "Mr. Mbaye (Senegal), Vice-Chairman, took the Chair."),

    ("heading", ["STATUS REPORTS ON OUTSTANDING CONTRIBUTIONS TO THE",
                 "ADMINISTRATIVE PART OF THE BUDGET (agenda item 9)"]),
    ("para", "20", "Mr. CHEN (Administration) presented document MC/1978, which showed that as at "
     "31 October 1999 assessed contributions outstanding for 1999 and prior years amounted to "
     "CHF 4,382,117. Of that sum, CHF 3,051,440 was owed by eleven Member States which were "
     "subject to Article 4 of the Constitution. Since the document had been issued, payments "
     "totalling CHF 212,600 had been received from three Member States, and a further Member "
     "State had agreed to a payment plan under the terms of Resolution No. 949 (LXXII)."),
    ("para", "21", "A number of delegations expressed concern at the persistent level of arrears, "
     "which obliged the Organization to draw on its reserves at a time when demands on it were "
     "increasing. The representative of SWITZERLAND suggested that the Administration should "
     "approach the Member States concerned at a senior level; another delegation, whose "
     "Government had only the previous year settled arrears dating back to 1993, called for "
     "flexibility and understanding."),
    ("para", "22", "The Council took note of document MC/1978 and urged all Member States in "
     "arrears to pay their contributions in full as soon as possible or to agree on a payment "
     "plan with the Administration."),

    ("heading", ["OTHER BUSINESS (agenda item 11)"]),
    ("para", "23", "Mr. ALVARADO (Chile) asked for information on the status of acceptance of the "
     "amendments to the Constitution adopted by the Council in Resolution No. 997 (LXXVI) of "
     "24 November 1998."),
    ("para", "24", "The LEGAL ADVISER replied that, as at 12 November 1999, 14 Member States had "
     "notified the Director General of their acceptance. Under Article 30 of the Constitution "
     "the amendments would enter into force once accepted by two thirds of the Member States. "
     "The Administration would continue to report periodically, the latest information note "
     "being MC/INF/231."),

    ("text", "Mr. Ortiz Rocha (Ecuador) resumed the Chair."),

    ("heading", ["DATE AND PLACE OF THE NEXT SESSION (agenda item 12)"]),
    ("para", "25", "The Council decided to hold its next regular session in Geneva from "
     "28 November to 1 December 2000, on the understanding that the Executive Committee would "
     "confirm those dates in the light of the availability of conference facilities."),

    ("heading", ["CLOSURE OF THE SESSION"]),
    ("para", "26", "The CHAIRMAN, summing up, said that the session had been marked by a broad "
     "consensus on the Organization's direction, tempered by a shared concern over its financial "
     "base. He thanked the Vice-Chairmen, the Rapporteur, the interpreters and the Secretariat."),
    ("para", "27", "The DIRECTOR GENERAL thanked the Chairman for his guidance and Member States "
     "for the confidence they had shown in the Organization during a demanding year."),
    ("para", "28", "The CHAIRMAN declared the Seventy-seventh Session of the Council closed."),

    ("text", "The meeting rose at 6.05 p.m."),
]

# --------------------------------------------------------------------------
# Layout helpers
# --------------------------------------------------------------------------
MARK_RE = re.compile(r"<<([0-9*]+)>>")


def word_width(word, font, size):
    """Width of a word that may carry a <<n>> footnote marker."""
    base = MARK_RE.sub("", word)
    w = stringWidth(base, font, size)
    for m in MARK_RE.findall(word):
        w += stringWidth(m, font, size * 0.62) + 0.5
    return w


def wrap(text, width, font=BODY_FONT, size=SIZE, first_width=None):
    words = text.split()
    lines, cur, curw = [], [], 0.0
    space = stringWidth(" ", font, size)
    limit = first_width if first_width is not None else width
    for w in words:
        ww = word_width(w, font, size)
        if cur and curw + space + ww > limit:
            lines.append(" ".join(cur))
            cur, curw = [w], ww
            limit = width
        else:
            curw = curw + space + ww if cur else ww
            cur.append(w)
    if cur:
        lines.append(" ".join(cur))
    return lines


def draw_marked(c, x, y, line, font=BODY_FONT, size=SIZE):
    """Draw a line, rendering <<n>> as raised small digits."""
    pos = 0
    for m in MARK_RE.finditer(line):
        seg = line[pos:m.start()]
        c.setFont(font, size)
        c.drawString(x, y, seg)
        x += stringWidth(seg, font, size)
        c.setFont(font, size * 0.62)
        c.drawString(x + 0.3, y + size * 0.38, m.group(1))
        x += stringWidth(m.group(1), font, size * 0.62) + 0.5
        pos = m.end()
    seg = line[pos:]
    c.setFont(font, size)
    c.drawString(x, y, seg)


class Doc:
    def __init__(self):
        self.c = canvas.Canvas(OUT, pagesize=A4)
        self.c.setTitle(SYMBOL)
        self.page = 1
        self.y = None
        self.page_notes = []     # footnote markers placed on the current page
        self.bottom_extra = 0    # space reserved at page foot (page 1: cover note + footer)

    # footnote area height for the current set of notes
    def notes_height(self, notes):
        if not notes:
            return 0
        h = 14  # rule and gap
        for n in notes:
            text = COVER_NOTE if n == "*" else FOOTNOTES[n]
            h += len(wrap(text, RM - LM - 14, size=FN_SIZE)) * FN_LEAD + 2
        return h

    def floor(self, extra_notes=()):
        return BOTTOM + self.bottom_extra + self.notes_height(self.page_notes + list(extra_notes))

    def finish_page(self, last=False):
        c = self.c
        notes = self.page_notes
        if notes:
            # draw footnotes from the bottom up
            blocks = []
            for n in notes:
                text = COVER_NOTE if n == "*" else FOOTNOTES[n]
                blocks.append((n, wrap(text, RM - LM - 14, size=FN_SIZE)))
            total = sum(len(b[1]) * FN_LEAD + 2 for b in blocks)
            y = BOTTOM + self.bottom_extra + total
            c.setLineWidth(0.5)
            c.line(LM, y + 6, LM + 110, y + 6)
            y -= FN_LEAD - 2
            for n, lines in blocks:
                c.setFont(BODY_FONT, FN_SIZE * 0.7)
                c.drawString(LM + 2, y + 3.5, n)
                for ln in lines:
                    c.setFont(BODY_FONT, FN_SIZE)
                    c.drawString(LM + 14, y, ln)
                    y -= FN_LEAD
                y -= 2
        if self.page == 1:
            # trilingual cover footer
            c.setFont(BOLD, 10)
            c.drawString(LM + 40, 40, "COUNCIL")
            c.drawCentredString(W / 2, 40, "CONSEIL")
            c.drawRightString(RM - 40, 40, "CONSEJO")
        c.showPage()
        if last:
            return
        self.page += 1
        self.page_notes = []
        self.bottom_extra = 0
        self.running_header()

    def running_header(self):
        c = self.c
        c.setFont(BODY_FONT, 10)
        c.drawRightString(RM, TOP + 8, SYMBOL)
        c.drawRightString(RM, TOP - 4, "Page %d" % self.page)
        self.y = TOP - 30

    def need(self, h, notes=()):
        if self.y - h < self.floor(notes):
            self.finish_page()

    # ---- blocks ----
    def para_lines(self, lines, x_first, x_rest, label=None, x_label=None):
        for i, ln in enumerate(lines):
            notes = MARK_RE.findall(ln)
            self.need(LEAD, notes)
            if i == 0 and label:
                self.c.setFont(BODY_FONT, SIZE)
                self.c.drawString(x_label, self.y, label)
            draw_marked(self.c, x_first if i == 0 else x_rest, self.y, ln)
            self.page_notes.extend(notes)
            self.y -= LEAD

    def numbered(self, num, text):
        x = LM + NUM_INDENT
        lines = wrap(text, RM - x)
        # keep at least two lines of a paragraph together at a page foot
        self.need(LEAD * min(2, len(lines)))
        self.para_lines(lines, x, x, label=num + ".", x_label=LM)
        self.y -= 8

    def item(self, label, text):
        x = LM + NUM_INDENT + ITEM_INDENT
        lines = wrap(text, RM - x)
        self.need(LEAD * min(2, len(lines)))
        self.para_lines(lines, x, x, label=label, x_label=LM + NUM_INDENT)
        self.y -= 5

    def text(self, text):
        lines = wrap(text, RM - LM - NUM_INDENT)
        self.need(LEAD * len(lines) + 6)
        self.y -= 5
        self.para_lines(lines, LM + NUM_INDENT, LM + NUM_INDENT)
        self.y -= 8

    def heading(self, lines):
        # keep heading with at least two lines of what follows
        self.need(LEAD * (len(lines) + 3) + 10)
        self.y -= 8
        for ln in lines:
            self.c.setFont(BOLD, SIZE)
            self.c.drawString(LM, self.y, ln)
            self.y -= LEAD
        self.y -= 6


def build():
    d = Doc()
    c = d.c
    # ---------------- cover block (page 1) ----------------
    y = TOP
    c.setFont(BOLD, 11)
    c.drawString(LM, y, "COUNCIL")
    c.setFont(BODY_FONT, 11)
    c.drawRightString(RM, y, SYMBOL)
    y -= 14
    c.setFont(BOLD, 11)
    c.drawString(LM, y, "SEVENTY-SEVENTH SESSION")
    c.setFont(BODY_FONT, 11)
    c.drawRightString(RM, y, "Original: English")
    y -= 14
    c.drawRightString(RM, y, "8 December 1999")
    y -= 12
    c.setLineWidth(1.2)
    c.line(LM, y, RM, y)
    y -= 28
    c.setFont(BOLD, 12.5)
    c.drawCentredString(W / 2, y, "DRAFT SUMMARY RECORD OF THE")
    y -= 17
    t2 = "FOUR HUNDRED AND THIRTIETH MEETING"
    c.drawCentredString(W / 2, y, t2)
    tw = stringWidth(t2, BOLD, 12.5)
    c.setFont(BOLD, 8)
    c.drawString(W / 2 + tw / 2 + 0.8, y + 5, "*")
    y -= 26
    c.setFont(BODY_FONT, 11)
    c.drawCentredString(W / 2, y, "Palais des Nations, Geneva")
    y -= 14
    c.drawCentredString(W / 2, y, "Tuesday, 16 November 1999, at 3.15 p.m.")
    y -= 26
    c.setFont(BODY_FONT, 11)
    c.drawString(LM, y, "Chairman:")
    c.drawString(LM + 70, y, "Mr. H. Ortiz Rocha (Ecuador)")
    y -= 14
    c.setFont("Times-Italic", 11)
    c.drawString(LM + 18, y, "later:")
    c.setFont(BODY_FONT, 11)
    c.drawString(LM + 70, y, "Mr. P. Mbaye (Senegal)")
    y -= 28
    # ---------------- contents ----------------
    c.setFont(BOLD, 11)
    c.drawString(LM, y, "CONTENTS")
    c.setFont("Times-Italic", 10)
    c.drawRightString(RM, y, "Paragraphs")
    y -= 20
    c.setFont(BODY_FONT, 11)
    title_w = 330
    for title, paras in CONTENTS:
        lines = wrap(title, title_w)
        for i, ln in enumerate(lines):
            c.setFont(BODY_FONT, 11)
            c.drawString(LM + 10, y, ln)
            if i == len(lines) - 1:
                x0 = LM + 10 + stringWidth(ln, BODY_FONT, 11) + 4
                x1 = RM - 44
                dots = ""
                while stringWidth(dots + " .", BODY_FONT, 11) < x1 - x0:
                    dots += " ."
                c.drawString(x0, y, dots)
                c.drawRightString(RM - 6, y, paras)
            y -= 13.2
        y -= 2
    y -= 8
    c.setLineWidth(0.5)
    c.line(LM + 150, y, RM - 150, y)
    y -= 18
    d.y = y
    d.page_notes = ["*"]
    d.bottom_extra = 18   # trilingual footer below the notes

    # ---------------- body ----------------
    for blk in BODY:
        kind = blk[0]
        if kind == "para":
            d.numbered(blk[1], blk[2])
        elif kind == "item":
            d.item(blk[1], blk[2])
        elif kind == "text":
            d.text(blk[1])
        elif kind == "heading":
            d.heading(blk[1])
    d.finish_page(last=True)
    c.save()


if __name__ == "__main__":
    build()
