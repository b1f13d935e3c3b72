# -*- coding: utf-8 -*-
"""Draws summary-record-2011.pdf: summary record MC/C/SR/519 of the IOM Council
(Hundredth Session, 2011), laid out on A4 with reportlab."""
import re
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = "/tmp/wave39/out/summary-record-2011/summary-record-2011.pdf"
SYMBOL = "MC/C/SR/519"

W, H = A4
LM = 72.0
RM = W - 72.0
TW = RM - LM
TOP = H - 60.0
BOTTOM = 56.0

F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
FS = 11.5
LEAD = 13.7
FN_FS = 9.5
FN_LEAD = 11.4
SUP_FS = 7.0
INDENT = 36.0

# ---------------------------------------------------------------- text
# [[n]] marks a raised footnote marker glued to the preceding word.

FOOTNOTES = {
    "1": "Document MC/2325/Amdt.1, issued on 25 November 2011, takes account of projects for which "
         "funding was confirmed between 15 October and 20 November 2011.",
    "2": "Subsequently issued as Resolution No. 1226 of 7 December 2011.",
    "3": "The most recent statistics, as at 30 June 2011, are set out in document SCPF/69.",
}

BODY = [
    ("text", "The meeting was called to order at 3.15 p.m."),

    ("heading", "REPORT ON THE NINTH SESSION OF THE STANDING COMMITTEE ON PROGRAMMES AND FINANCE (MC/2329)"),
    ("para", "1", "The CHAIRPERSON invited the Chairperson of the Standing Committee on Programmes and Finance "
     "to introduce the report on the Committee\u2019s Ninth Session, held in Geneva on 1 and 2 November 2011."),
    ("para", "2", "Ms A. LINDQVIST (Sweden), Chairperson of the Standing Committee on Programmes and Finance, "
     "said that the Ninth Session had been attended by 98 Member States and 11 observers. The Committee had "
     "examined the Programme and Budget for 2012, the status of outstanding contributions, the revision of "
     "the Programme and Budget for 2011 and a report on human resources management. It had also heard an "
     "update on the follow-up to the recommendations of the Working Group on Budget Reform, and recommended "
     "that the Council take note of the report of the External Auditor for 2010. She thanked the "
     "Administration for the clarity of its documents, which had allowed the Committee to complete a heavy "
     "agenda in a day and a half."),
    ("para", "3", "The representative of Kenya, speaking on behalf of the African Group, welcomed the "
     "Committee\u2019s focus on cost-efficiency but cautioned that savings in the Administrative Part of the "
     "Budget should not be achieved at the expense of the Organization\u2019s presence in the field. In Africa "
     "alone, the number of IOM offices had grown from 41 to 53 over the previous five years, and the demand "
     "for services continued to rise. The Group looked forward to discussing the structural review at the "
     "Committee\u2019s Tenth Session."),
    ("para", "4", "The representative of the United States of America said that the Standing Committee had "
     "become a valuable forum for the detailed examination of budgetary and management questions. His "
     "delegation endorsed the Committee\u2019s recommendation concerning the External Auditor\u2019s report and "
     "encouraged the Administration to report regularly on the implementation of the auditor\u2019s "
     "recommendations."),
    ("para", "5", "The Council took note of the report on the Ninth Session of the Standing Committee on "
     "Programmes and Finance."),

    ("heading", "PROGRAMME AND BUDGET FOR 2012 (MC/2325, MC/2325/Amdt.1 and SCPF/72)"),
    ("para", "6", "The DIRECTOR, DEPARTMENT OF RESOURCES MANAGEMENT, introducing the Programme and Budget "
     "for 2012, said that the Administrative Part of the Budget had been set at CHF 39,399,000, representing "
     "zero nominal growth for the fourth consecutive year. Statutory cost increases of some CHF 780,000 had "
     "been absorbed by freezing eleven posts at Headquarters and in the Administrative Centres in Manila and "
     "Panama."),
    ("para", "7", "The Operational Part of the Budget was estimated at USD 712.4 million, an increase of "
     "USD 38.6 million over the initial estimate for 2011, reflecting new funding for assisted voluntary "
     "return, labour migration and emergency operations. Discretionary income was projected at USD 49.5 "
     "million, of which USD 34.6 million would support the core structure, USD 8.5 million staff security "
     "and USD 6.4 million the IOM Development Fund. The amendment to the budget document[[1]] updated "
     "those figures to take account of projects confirmed after the Standing Committee had met."),
    ("para", "8", "The representative of Japan said that his Government, notwithstanding the fiscal "
     "constraints that followed the earthquake and tsunami of March 2011, would continue to pay its assessed "
     "contribution in full and on time. It supported the principle of zero nominal growth, but noted with "
     "some concern that the freezing of posts could not be repeated indefinitely without affecting the "
     "quality of the Organization\u2019s core services."),
    ("para", "9", "The representative of Mexico, speaking on behalf of the Group of Latin American and "
     "Caribbean Countries, said that the Group would join the consensus on the Programme and Budget for "
     "2012. It nevertheless wished to make three requests of the Administration:"),
    ("item", "(a)", "that the criteria for allocating discretionary income among regions be set out more "
     "transparently in future budget documents;"),
    ("item", "(b)", "that the IOM Development Fund continue to give priority to Member States eligible under "
     "Line 2 of the Fund; and"),
    ("item", "(c)", "that a breakdown of the Operational Part by region and by service area be made "
     "available to the Standing Committee before its Tenth Session."),
    ("para", "10", "The representative of Switzerland supported the budget proposal. Her delegation "
     "welcomed the measures taken to contain costs at Headquarters, but observed that the Swiss franc had "
     "appreciated by almost 20 per cent against the United States dollar since the beginning of 2010, which "
     "weighed heavily on all Geneva-based functions. It encouraged the Administration to keep exploring the "
     "transfer of functions to lower-cost locations, as it had done successfully in Manila and Panama."),
    ("para", "11", "The representative of Bangladesh said that the growth of the Operational Part "
     "illustrated the confidence placed in IOM by donors and Member States alike. His Government was "
     "particularly grateful for the assistance given to the more than 36,000 Bangladeshi migrants "
     "evacuated from Libya earlier in the year, and hoped that the lessons learned from that operation "
     "would be reflected in the Organization\u2019s emergency preparedness."),
    ("para", "12", "The representative of Germany said that the structural review announced by the "
     "Director General should lead to concrete proposals for more predictable funding of the core "
     "structure. His delegation would be prepared to consider any such proposals on their merits, provided "
     "that they did not entail an increase in assessed contributions."),
    ("para", "13", "The DIRECTOR GENERAL thanked Member States for their support and for the constructive "
     "tone of the discussion. The freezing of posts was a temporary measure, and he shared the view that it "
     "could not be sustained for long. He assured the Group of Latin American and Caribbean Countries that "
     "the breakdown it had requested would be provided to the Standing Committee in May 2012, and that the "
     "proposals arising from the structural review, which would remain consistent with the IOM Strategy "
     "adopted through Resolution No. 1150 of 7 June 2007, would be presented at the Committee\u2019s Tenth "
     "Session."),
    ("para", "14", "The draft resolution on the Programme and Budget for 2012 was adopted.[[2]]"),

    ("heading", "STATUS REPORTS ON OUTSTANDING CONTRIBUTIONS TO THE ADMINISTRATIVE PART OF THE BUDGET "
     "(SCPF/73 and SCPF/73/Add.1)"),
    ("para", "15", "The DIRECTOR, DEPARTMENT OF RESOURCES MANAGEMENT, said that, as at 30 November 2011, "
     "outstanding assessed contributions for 2011 and prior years amounted to CHF 4,218,736. Of that amount, "
     "CHF 3,102,415 was owed by 12 Member States that were subject to Article 4 of the Constitution, and "
     "CHF 1,116,321 by 17 Member States whose contributions for 2011 had not yet been received. Since the "
     "Standing Committee had met, payments had been received from Burundi, Guinea-Bissau and Nicaragua, and "
     "two further Member States had concluded payment plans with the Administration."),
    ("para", "16", "The representative of the Plurinational State of Bolivia said that his Government had "
     "proposed a plan for the settlement of its arrears for the years 2005 to 2009 in four annual "
     "instalments, the first of which would be paid in March 2012. It requested that the plan be taken into "
     "account in the next status report."),
    ("para", "17", "The CHAIRPERSON urged all Member States with outstanding contributions to settle them as "
     "soon as possible or to agree on a payment plan with the Administration. He took it that the Council "
     "wished to take note of the status reports."),
    ("para", "18", "It was so decided."),

    ("heading", "INTERNATIONAL DIALOGUE ON MIGRATION: PROPOSED THEME FOR 2012 (MC/INF/307)"),
    ("para", "19", "The DEPUTY DIRECTOR GENERAL said that the overarching theme proposed for the "
     "International Dialogue on Migration in 2012, \u201cManaging migration in crisis situations\u201d, drew "
     "directly on the experience of the past year in North Africa and the Middle East, in C\u00f4te d\u2019Ivoire "
     "and in the Horn of Africa. Two intersessional workshops were planned in Geneva, in April and October "
     "2012, and a concept note would be circulated to Member States in February."),
    ("para", "20", "The representative of Australia welcomed the proposed theme, which would complement the "
     "work already under way on an operational framework for the Organization\u2019s response to migration "
     "crises. He suggested that one of the workshops should examine the protection of migrant workers caught "
     "up in crises in countries of destination."),
    ("para", "21", "The representative of the Philippines, supporting that suggestion, recalled that more "
     "than 10,000 Filipino workers had been repatriated from Libya and the Syrian Arab Republic during 2011. "
     "The experience of countries of origin, and of the consular services that had assisted their nationals "
     "under very difficult conditions, should be fully reflected in the Dialogue."),
    ("para", "22", "The representative of Egypt said that his country had received more than 250,000 "
     "migrants crossing from Libya in the first months of 2011. He proposed that the Dialogue give attention "
     "to the needs of transit and host communities, whose generosity had too often been taken for granted."),
    ("para", "23", "The Council endorsed the proposed theme for the International Dialogue on Migration in "
     "2012."),

    ("heading", "OTHER BUSINESS"),
    ("para", "24", "The representative of Ghana, speaking on behalf of the African Group, raised the "
     "question of the geographical distribution of staff in the Professional category and above. Nationals "
     "of developing countries remained under-represented in senior posts at Headquarters, and the Group "
     "requested updated statistics, disaggregated by nationality, grade and gender."),
    ("para", "25", "The DIRECTOR GENERAL said that the Administration would present updated staff "
     "statistics to the Standing Committee at its Tenth Session.[[3]] Improving the geographical and gender "
     "balance of the workforce was one of his priorities, and vacancy notices for senior posts were now "
     "circulated to all Permanent Missions in Geneva."),
    ("para", "26", "The representative of Italy thanked the Administration for organizing the ceremony held "
     "on 5 December 2011 to commemorate the sixtieth anniversary of the Organization, which had provided a "
     "fitting occasion to reflect on the changes in human mobility since 1951."),

    ("heading", "DATE AND PLACE OF THE NEXT SESSION"),
    ("para", "27", "The CHAIRPERSON said that the Administration proposed that the Council hold its next "
     "regular session in Geneva from 27 to 30 November 2012, and that the Standing Committee on Programmes "
     "and Finance meet in May and October 2012, on dates to be confirmed by the Bureau in consultation with "
     "the Administration."),
    ("para", "28", "It was so decided."),

    ("heading", "CLOSURE OF THE SESSION"),
    ("para", "29", "The representative of Viet Nam, speaking on behalf of the Asia\u2013Pacific Group, thanked "
     "the Chairperson and the other officers for their skilful conduct of the session and the Administration "
     "for the quality of its support."),
    ("para", "30", "The representative of Poland, speaking on behalf of the Member States of the European "
     "Union that were members of IOM, said that the Hundredth Session had been a fitting milestone in the "
     "Organization\u2019s history. The European Union Member States would continue to engage constructively in "
     "the structural review and in the discussions on the Organization\u2019s response to migration crises."),
    ("para", "31", "The DIRECTOR GENERAL said that, with the admission of new Member States at the present "
     "session, the membership of the Organization now stood at 146, while 94 States and organizations held "
     "observer status. He thanked the Chairperson, the officers, the interpreters and the conference "
     "services for their work."),
    ("para", "32", "The CHAIRPERSON, after the customary exchange of courtesies, declared the Hundredth "
     "Session of the Council closed."),

    ("text", "The meeting rose at 6.05 p.m."),
]

CONTENTS = [
    ("Report on the Ninth Session of the Standing Committee on Programmes and Finance", "1-5"),
    ("Programme and Budget for 2012", "6-14"),
    ("Status reports on outstanding contributions to the Administrative Part of the Budget", "15-18"),
    ("International Dialogue on Migration: proposed theme for 2012", "19-23"),
    ("Other business", "24-26"),
    ("Date and place of the next session", "27-28"),
    ("Closure of the session", "29-32"),
]

# ---------------------------------------------------------------- helpers
MARK = re.compile(r"\[\[(\d+)\]\]")


def tokens(text):
    """Split into words; each word is a list of (string, is_marker)."""
    out = []
    for w in text.split(" "):
        parts = []
        pos = 0
        for m in MARK.finditer(w):
            if m.start() > pos:
                parts.append((w[pos:m.start()], False))
            parts.append((m.group(1), True))
            pos = m.end()
        if pos < len(w):
            parts.append((w[pos:], False))
        out.append(parts)
    return out


def wwidth(parts, font, size):
    return sum(stringWidth(s, font, SUP_FS if mk else size) for s, mk in parts)


def wrap(text, font, size, first_width, width):
    words = tokens(text)
    lines, cur, curw = [], [], 0.0
    sp = stringWidth(" ", font, size)
    limit = first_width
    for w in words:
        ww = wwidth(w, font, size)
        add = ww if not cur else curw + sp + ww
        if cur and add > limit:
            lines.append(cur)
            cur, curw = [w], ww
            limit = width
        else:
            cur.append(w)
            curw = add
    if cur:
        lines.append(cur)
    return lines


def line_markers(line):
    return [s for w in line for s, mk in w if mk]


def draw_line(c, x, y, line, font, size):
    t = c.beginText(x, y)
    t.setFont(font, size)
    first = True
    for w in line:
        if not first:
            t.textOut(" ")
        first = False
        for s, mk in w:
            if mk:
                t.setFont(font, SUP_FS)
                t.setRise(4.5)
                t.textOut(s)
                t.setRise(0)
                t.setFont(font, size)
            else:
                t.textOut(s)
    c.drawText(t)


def fn_lines(num):
    body = FOOTNOTES[num]
    return wrap(body, F, FN_FS, TW - 14, TW - 14)


def fn_height(num):
    return len(fn_lines(num)) * FN_LEAD + 2


# ---------------------------------------------------------------- pages
class Doc:
    def __init__(self):
        self.c = canvas.Canvas(OUT, pagesize=A4)
        self.c.setTitle("MC/C/SR/519 - Summary record of the 519th meeting")
        self.c.setAuthor("International Organization for Migration")
        self.page = 1
        self.fns = []
        self.y = None

    def fn_block_height(self, fns):
        if not fns:
            return 0
        return 24 + sum(fn_height(n) for n in fns)

    def finish_page(self, last=False):
        c = self.c
        if self.fns:
            h = self.fn_block_height(self.fns)
            y = BOTTOM + h - 10
            c.setFont(F, FN_FS)
            c.drawString(LM, y, "_" * 20)
            y -= 14
            for n in self.fns:
                ls = fn_lines(n)
                c.setFont(F, 6.5)
                t = c.beginText(LM, y)
                t.setFont(F, 6.5)
                t.setRise(3.5)
                t.textOut(n)
                c.drawText(t)
                for i, ln in enumerate(ls):
                    draw_line(c, LM + 14, y, ln, F, FN_FS)
                    y -= FN_LEAD
                y -= 2
        c.showPage()
        if last:
            return
        self.page += 1
        self.fns = []
        self.start_page()

    def start_page(self):
        c = self.c
        c.setFont(F, FS)
        c.drawRightString(RM, H - 48, SYMBOL)
        c.drawRightString(RM, H - 48 - LEAD, "Page %d" % self.page)
        self.y = H - 48 - LEAD * 3.2

    def room(self, extra_fns=()):
        return self.y - (BOTTOM + self.fn_block_height(self.fns + list(extra_fns)))

    def emit_lines(self, lines, xs, font, size, keep=1):
        """xs: function(i) -> x for line i."""
        need = min(keep, len(lines)) * LEAD
        if self.room() < need:
            self.finish_page()
        for i, ln in enumerate(lines):
            mks = line_markers(ln)
            if self.room(mks) < LEAD:
                self.finish_page()
            self.y -= LEAD
            draw_line(self.c, xs(i), self.y, ln, font, size)
            self.fns += mks

    def gap(self, g=LEAD * 0.8):
        self.y -= g


def cover(doc):
    c = doc.c
    # top-right block
    c.setFont(FB, 12)
    y = H - 56
    c.drawRightString(RM, y, SYMBOL)
    c.setFont(F, FS)
    c.drawRightString(RM, y - 18, "Original: English")
    c.drawRightString(RM, y - 18 - LEAD, "20 December 2011")
    # session line
    y = H - 150
    c.setFont(FB, 12)
    c.drawString(LM, y, "HUNDREDTH SESSION")
    c.setFont(F, FS)
    c.drawString(LM, y - 16, "_" * 86)
    # title
    y -= 56
    c.setFont(FB, 12.5)
    c.drawCentredString(W / 2, y, "SUMMARY RECORD OF THE FIVE HUNDRED AND NINETEENTH MEETING")
    c.setFont(F, FS)
    y -= 30
    c.drawCentredString(W / 2, y, "Held at the Palais des Nations, Geneva,")
    c.drawCentredString(W / 2, y - LEAD, "on Wednesday, 7 December 2011, at 3.15 p.m.")
    y -= LEAD * 3.2
    c.drawCentredString(W / 2, y, "Chairperson:  Mr. J. Ferreira Lobo (Portugal)")
    # contents
    y -= LEAD * 3.5
    c.setFont(FB, FS)
    c.drawCentredString(W / 2, y, "CONTENTS")
    c.setFont(F, FS)
    y -= LEAD * 1.8
    c.drawRightString(RM, y, "Paragraphs")
    y -= LEAD * 1.6
    numw = 40
    for title, rng in CONTENTS:
        lines = wrap(title, F, FS, TW - numw - 40, TW - numw - 60)
        for i, ln in enumerate(lines):
            x = LM if i == 0 else LM + 18
            draw_line(c, x, y, ln, F, FS)
            if i == len(lines) - 1:
                tw = stringWidth(" ".join(s for w in ln for s, _ in w), F, FS)
                lx = x + tw + 6
                dots = ""
                while stringWidth(dots + " .", F, FS) < (RM - numw - lx):
                    dots += " ."
                c.drawString(lx, y, dots)
                c.drawRightString(RM, y, rng)
            y -= LEAD
        y -= LEAD * 0.5
    # correction note
    y = 138
    c.drawString(LM, y, "_" * 20)
    note = ("Participants wishing to make corrections to this record should submit them in writing to the "
            "Governing Bodies Division within two weeks of the date of issue. Corrections will be "
            "consolidated in a single corrigendum.")
    c.setFont(F, FN_FS)
    yy = y - 16
    for ln in wrap(note, F, FN_FS, TW, TW):
        draw_line(c, LM, yy, ln, F, FN_FS)
        yy -= FN_LEAD
    # trilingual organ footer
    c.setFont(FB, 12)
    fy = 48
    c.drawString(LM + 10, fy, "COUNCIL")
    c.drawCentredString(W / 2, fy, "CONSEIL")
    c.drawRightString(RM - 10, fy, "CONSEJO")
    c.showPage()
    doc.page = 2
    doc.start_page()


def body(doc):
    prev = None
    for blk in BODY:
        kind = blk[0]
        if kind == "heading":
            lines = wrap(blk[1], FB, FS, TW, TW)
            doc.gap(LEAD * 0.9)
            # keep heading with two lines of the next paragraph
            if doc.room() < (len(lines) + 3) * LEAD:
                doc.finish_page()
            doc.emit_lines(lines, lambda i: LM, FB, FS, keep=len(lines))
            doc.gap(LEAD * 0.9)
        elif kind == "para":
            num, text = blk[1], blk[2]
            lines = wrap(text, F, FS, TW - INDENT, TW)
            if prev is not None and prev != "heading":
                doc.gap()
            if doc.room() < 2 * LEAD:
                doc.finish_page()
            doc.c.setFont(F, FS)
            def xs(i):
                return LM + INDENT if i == 0 else LM
            need = min(2, len(lines)) * LEAD
            if doc.room() < need:
                doc.finish_page()
            doc.c.drawString(LM, doc.y - LEAD, num + ".")
            doc.emit_lines(lines, xs, F, FS, keep=2)
        elif kind == "item":
            label, text = blk[1], blk[2]
            lines = wrap(text, F, FS, TW - 2 * INDENT, TW - 2 * INDENT)
            doc.gap(LEAD * 0.5)
            if doc.room() < min(2, len(lines)) * LEAD:
                doc.finish_page()
            doc.c.setFont(F, FS)
            doc.c.drawString(LM + INDENT, doc.y - LEAD, label)
            doc.emit_lines(lines, lambda i: LM + 2 * INDENT, F, FS, keep=2)
        elif kind == "text":
            lines = wrap(blk[1], F, FS, TW, TW)
            doc.gap(LEAD * 1.2)
            doc.emit_lines(lines, lambda i: LM + INDENT, F, FS)
        prev = kind
    doc.finish_page(last=True)


def main():
    doc = Doc()
    cover(doc)
    body(doc)
    doc.c.save()


if __name__ == "__main__":
    main()
