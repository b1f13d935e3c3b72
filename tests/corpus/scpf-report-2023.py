"""Lays out S/32/14, the report on the Thirty-second Session of the Standing
Committee on Programmes and Finance (2023), as an A4 PDF with reportlab's canvas.

Run:  /work/corpus/venv/bin/python scpf-report-2023.py   -> scpf-report-2023.pdf
"""
import os
import re

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "scpf-report-2023.pdf")

W, H = A4
LM, RM = 72, 68
TW = W - LM - RM
TOP_FIRST = H - 56
TOP_NEXT = H - 100
BOTTOM = 62

BODY = 11.0
LEAD = 13.6
FN = 8.8
FN_LEAD = 10.4
NUM_INDENT = 36          # first line of a numbered paragraph starts here

SYMBOL = "S/32/14"


# ---------------------------------------------------------------- inline text
FACES = {
    (False, False): "Times-Roman",
    (True, False): "Times-Bold",
    (False, True): "Times-Italic",
    (True, True): "Times-BoldItalic",
}
TAG = re.compile(r"(</?b>|</?i>|</?sup>)")


def words_of(text, size, bold=False, italic=False):
    """Split marked-up text into words; a word is a list of
    (string, font, size, rise) segments."""
    words, cur = [], []
    sup = False
    for tok in TAG.split(text):
        if tok in ("<b>", "</b>"):
            bold = tok == "<b>"
            continue
        if tok in ("<i>", "</i>"):
            italic = tok == "<i>"
            continue
        if tok in ("<sup>", "</sup>"):
            sup = tok == "<sup>"
            continue
        if not tok:
            continue
        parts = tok.split(" ")
        for k, part in enumerate(parts):
            if k > 0 and cur:
                words.append(cur)
                cur = []
            if part:
                font = FACES[(bold, italic)]
                if sup:
                    cur.append((part, font, size * 0.66, size * 0.36))
                else:
                    cur.append((part, font, size, 0.0))
    if cur:
        words.append(cur)
    return words


def word_width(word):
    return sum(stringWidth(s, f, z) for s, f, z, _ in word)


def wrap(words, first_width, rest_width, size):
    lines, cur, cur_w = [], [], 0.0
    space = stringWidth(" ", "Times-Roman", size)
    width = first_width
    for w in words:
        ww = word_width(w)
        need = ww if not cur else cur_w + space + ww
        if cur and need > width:
            lines.append(cur)
            cur, cur_w = [w], ww
            width = rest_width
        else:
            cur.append(w)
            cur_w = need
    if cur:
        lines.append(cur)
    return lines


def draw_words(c, x, y, line, size, width=None, justify=False):
    natural = sum(word_width(w) for w in line) + stringWidth(" ", "Times-Roman", size) * (len(line) - 1)
    extra = 0.0
    if justify and width and len(line) > 1:
        extra = (width - natural) / (len(line) - 1)
    t = c.beginText(x, y)
    t.setWordSpace(extra)
    for k, w in enumerate(line):
        for s, f, z, rise in w:
            t.setFont(f, z)
            t.setRise(rise)
            t.textOut(s)
        t.setRise(0)
        if k < len(line) - 1:
            t.setFont("Times-Roman", size)
            t.textOut(" ")
    c.drawText(t)


def markers_in(text):
    return re.findall(r"<sup>([^<]+)</sup>", text)


# ---------------------------------------------------------------- page engine
class Doc:
    def __init__(self, path, footnotes):
        self.c = canvas.Canvas(path, pagesize=A4, invariant=1)
        self.c.setTitle("S/32/14 - Report on the Thirty-second Session of the SCPF")
        self.c.setAuthor("IOM")
        self.footnotes = footnotes          # marker -> text
        self.page = 1
        self.y = TOP_FIRST
        self.page_fns = []

    # footnote area ------------------------------------------------------
    def fn_lines(self, marker):
        words = words_of("<sup>%s</sup> %s" % (marker, self.footnotes[marker]), FN)
        return wrap(words, TW, TW, FN)

    def fn_height(self, markers):
        if not markers:
            return 0.0
        h = 14.0
        for m in markers:
            h += len(self.fn_lines(m)) * FN_LEAD + 2
        return h

    def draw_footnotes(self):
        if not self.page_fns:
            return
        c = self.c
        y = BOTTOM + self.fn_height(self.page_fns) - 6
        c.setLineWidth(0.5)
        c.line(LM, y, LM + 110, y)
        y -= 12
        for m in self.page_fns:
            for k, line in enumerate(self.fn_lines(m)):
                draw_words(c, LM, y, line, FN)
                y -= FN_LEAD
            y -= 2

    # pages --------------------------------------------------------------
    def running_header(self):
        c = self.c
        c.setFont("Times-Roman", 10)
        c.drawRightString(W - RM, H - 48, SYMBOL)
        c.drawRightString(W - RM, H - 60, "Page %d" % self.page)

    def new_page(self):
        self.draw_footnotes()
        self.c.showPage()
        self.page += 1
        self.page_fns = []
        self.running_header()
        self.y = TOP_NEXT

    def room(self, height, new_markers=()):
        limit = BOTTOM + self.fn_height(self.page_fns + list(new_markers))
        return self.y - height >= limit

    def ensure(self, height, new_markers=()):
        if not self.room(height, new_markers):
            self.new_page()

    # blocks -------------------------------------------------------------
    def space(self, pts):
        if self.y < TOP_NEXT:
            self.y -= pts

    def heading(self, text, before=10, after=6, bold=True, italic=False, centre=False, keep=3):
        self.space(before)
        self.ensure(LEAD * (1 + keep))
        words = words_of(text, BODY, bold=bold, italic=italic)
        for line in wrap(words, TW, TW, BODY):
            self.y -= LEAD
            if centre:
                w = sum(word_width(x) for x in line) + stringWidth(" ", "Times-Roman", BODY) * (len(line) - 1)
                draw_words(self.c, LM + (TW - w) / 2, self.y, line, BODY)
            else:
                draw_words(self.c, LM, self.y, line, BODY)
        self.y -= after

    def _flow(self, text, x_first, x_rest, w_first, w_rest, label=None, label_x=None, size=BODY, lead=LEAD):
        words = words_of(text, size)
        lines = wrap(words, w_first, w_rest, size)
        # marker -> line index
        for i, line in enumerate(lines):
            line_markers = [s for w in line for (s, f, z, r) in w if r > 0]
            need = [m for m in line_markers if m not in self.page_fns]
            # keep at least two lines of a paragraph together at its start
            if i == 0 and len(lines) > 1:
                self.ensure(lead * 2, need)
            else:
                self.ensure(lead, need)
            self.page_fns.extend(need)
            self.y -= lead
            if i == 0:
                if label is not None:
                    self.c.setFont("Times-Roman", size)
                    self.c.drawString(label_x, self.y, label)
                draw_words(self.c, x_first, self.y, line, size, w_first, justify=(i < len(lines) - 1))
            else:
                draw_words(self.c, x_rest, self.y, line, size, w_rest, justify=(i < len(lines) - 1))

    def para(self, num, text, before=9):
        """IOM numbered paragraph: number at the margin, first line after a tab,
        later lines flush left."""
        self.space(before)
        self._flow(text, LM + NUM_INDENT, LM, TW - NUM_INDENT, TW, label="%d." % num, label_x=LM)

    def text(self, text, before=9, indent=0):
        self.space(before)
        self._flow(text, LM + indent, LM + indent, TW - indent, TW - indent)

    def item(self, label, text, indent=NUM_INDENT, hang=27, before=5):
        self.space(before)
        x = LM + indent + hang
        self._flow(text, x, x, TW - indent - hang, TW - indent - hang, label=label, label_x=LM + indent)

    def table(self, caption, head, rows, cols, before=10, total_rows=()):
        """cols: list of (x offset, width, align) for each column."""
        c = self.c
        height = LEAD * (len(rows) + len(head) + 2) + 10
        self.space(before)
        self.ensure(height)
        if caption:
            self.y -= LEAD
            c.setFont("Times-Italic", 10)
            c.drawCentredString(LM + TW / 2, self.y, caption)
            self.y -= 4
        c.setLineWidth(0.6)
        c.line(LM, self.y - 3, LM + TW, self.y - 3)
        for hrow in head:
            self.y -= LEAD
            for (x, w, al), cell in zip(cols, hrow):
                c.setFont("Times-Bold", 10)
                if al == "r":
                    c.drawRightString(LM + x + w, self.y, cell)
                else:
                    c.drawString(LM + x, self.y, cell)
        c.line(LM, self.y - 4, LM + TW, self.y - 4)
        self.y -= 3
        for row in rows:
            self.y -= LEAD
            bold = row[0] in total_rows
            if bold:
                c.line(LM, self.y + LEAD - 3, LM + TW, self.y + LEAD - 3)
            for (x, w, al), cell in zip(cols, row):
                c.setFont("Times-Bold" if bold else "Times-Roman", 10)
                if al == "r":
                    c.drawRightString(LM + x + w, self.y, cell)
                else:
                    c.drawString(LM + x, self.y, cell)
        c.line(LM, self.y - 5, LM + TW, self.y - 5)
        self.y -= 8

    def finish(self):
        self.draw_footnotes()
        self.c.showPage()
        self.c.save()


# ---------------------------------------------------------------- content
FOOTNOTES = {
    "1": "The list of participants is contained in document S/32/15. Unless otherwise stated, "
         "the documents and presentations referred to in this report are available on the "
         "website of the governing bodies.",
    "2": "Under Article 4 of the Constitution, a Member State that is in arrears in the payment of "
         "its financial contributions to the Organization has no vote if the amount of its arrears "
         "equals or exceeds the amount of the contributions due from it for the preceding two full "
         "years.",
    "3": "The External Auditor was appointed for the financial years 2022 to 2025 by Council "
         "Resolution No. 1389 of 25 November 2021.",
    "4": "The terms of reference of the Independent Audit and Oversight Advisory Committee were "
         "last revised in 2020; see document S/27/10.",
}


def cover(d):
    c = d.c
    c.setFont("Times-Roman", 11)
    y = TOP_FIRST
    for line in (SYMBOL, "Original: English", "24 July 2023"):
        c.drawRightString(W - RM, y, line)
        y -= 13
    y -= 26
    c.setFont("Times-Bold", 11)
    c.drawString(LM, y, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE")
    y -= 14
    c.setFont("Times-Roman", 11)
    c.drawString(LM, y, "Thirty-second Session")
    y -= 10
    c.setLineWidth(1)
    c.line(LM, y, W - RM, y)
    y -= 30
    c.setFont("Times-Bold", 12)
    c.drawCentredString(W / 2, y, "REPORT ON THE THIRTY-SECOND SESSION OF THE")
    y -= 15
    c.drawCentredString(W / 2, y, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE")
    y -= 26
    c.setFont("Times-Roman", 11)
    c.drawCentredString(W / 2, y, "Geneva")
    y -= 14
    c.drawCentredString(W / 2, y, "27 and 28 June 2023")
    y -= 12
    c.setLineWidth(0.6)
    c.line(W / 2 - 60, y, W / 2 + 60, y)
    d.y = y - 14


MEMBERS = (
    "Afghanistan, Albania, Algeria, Angola, Argentina, Armenia, Australia, Austria, Azerbaijan, "
    "Bangladesh, Belarus, Belgium, Benin, Bolivia (Plurinational State of), Brazil, Bulgaria, "
    "Burkina Faso, Burundi, Cabo Verde, Cameroon, Canada, Chad, Chile, China, Colombia, Costa Rica, "
    "C\u00f4te d\u2019Ivoire, Croatia, Cyprus, Czechia, Democratic Republic of the Congo, Denmark, "
    "Djibouti, Dominican Republic, Ecuador, Egypt, El Salvador, Estonia, Ethiopia, Finland, France, "
    "Gabon, Georgia, Germany, Ghana, Greece, Guatemala, Guinea, Haiti, Holy See, Honduras, Hungary, "
    "India, Indonesia, Iran (Islamic Republic of), Ireland, Israel, Italy, Jamaica, Japan, Jordan, "
    "Kenya, Latvia, Lebanon, Lesotho, Libya, Lithuania, Luxembourg, Madagascar, Malawi, Mali, Malta, "
    "Mauritania, Mauritius, Mexico, Mongolia, Montenegro, Morocco, Mozambique, Myanmar, Namibia, "
    "Nepal, Netherlands (Kingdom of the), New Zealand, Nicaragua, Niger, Nigeria, North Macedonia, "
    "Norway, Pakistan, Panama, Paraguay, Peru, Philippines, Poland, Portugal, Republic of Korea, "
    "Republic of Moldova, Romania, Rwanda, Senegal, Serbia, Slovakia, Slovenia, Somalia, South "
    "Africa, South Sudan, Spain, Sri Lanka, Sudan, Sweden, Switzerland, Thailand, Togo, Tunisia, "
    "T\u00fcrkiye, Uganda, Ukraine, United Kingdom of Great Britain and Northern Ireland, United "
    "Republic of Tanzania, United States of America, Uruguay, Venezuela (Bolivarian Republic of), "
    "Viet Nam, Yemen, Zambia and Zimbabwe."
)


def body(d):
    d.heading("Introduction", before=6)
    d.para(1, "The Standing Committee on Programmes and Finance met for its Thirty-second Session "
              "on 27 and 28 June 2023 at the Centre International de Conf\u00e9rences Gen\u00e8ve. "
              "The session was held in a hybrid format, with delegations attending in person or "
              "connecting remotely, and comprised four meetings.")
    d.para(2, "H.E. Ms Lerato Dlamini-Ashby (South Africa), Chairperson of the Standing Committee, "
              "presided over the session. Mr Jonas Vikstr\u00f6m (Sweden), Vice-Chairperson, chaired "
              "the second meeting.")

    d.heading("Attendance")
    d.para(3, "The following Member States were represented:<sup>1</sup> " + MEMBERS)
    d.para(4, "The Sovereign Order of Malta was represented by an observer.")
    d.para(5, "Representatives of the Office of the United Nations High Commissioner for Refugees, "
              "the World Food Programme and the International Committee of the Red Cross also "
              "followed the proceedings as observers.")

    d.heading("Adoption of the agenda")
    d.para(6, "The Standing Committee adopted the agenda set out in document S/32/1/Rev.1, which "
              "added an item on the revision of the internal governance framework at the request "
              "of several Member States.")

    d.heading("Statement by the Director General")
    d.para(7, "In an overview of the Organization\u2019s work during the first half of the year, "
              "the Director General pointed to three developments that had shaped operations since "
              "the previous session:")
    d.item("\u2022", "the response to the earthquakes that struck southern T\u00fcrkiye and the "
                      "north-west of the Syrian Arab Republic in February 2023, which had required "
                      "the largest emergency deployment of IOM staff in a decade;", before=4)
    d.item("\u2022", "the outbreak of armed conflict in the Sudan in April, and the resulting "
                      "movement of people into Chad, Egypt, Ethiopia and South Sudan; and", before=4)
    d.item("\u2022", "continued pressure on flexible funding, which had fallen as a share of total "
                      "voluntary contributions for a third consecutive year.", before=4)
    d.para(8, "Turning to institutional matters, the Director General reported that the "
              "regionalization of support functions was on schedule and that the new enterprise "
              "resource planning system would go live in the remaining country offices before the "
              "end of the year. Efforts to improve the representation of nationalities among "
              "professional staff would continue.")
    d.para(9, "Delegations thanked the Director General for the statement. Several welcomed the "
              "speed of the earthquake response; others asked how the Administration intended "
              "to keep core functions stable if unearmarked funding kept declining, and whether "
              "the Strategic Vision would be adjusted in the light of the mid-term review.")
    d.para(10, "The Standing Committee took note of the statement by the Director General.")

    d.heading("Status report on outstanding contributions to the Administrative Part of the Budget")
    d.para(11, "Introducing document S/32/3, the Administration gave the position of assessed "
                "contributions at 31 May 2023, compared with the same date in 2022:")
    d.table("(in Swiss francs)",
            [["", "31 May 2022", "31 May 2023"]],
            [["Assessed contributions for the year", "55,960,417", "58,227,000"],
             ["Arrears from previous years", "4,118,552", "3,604,219"],
             ["Total due", "60,078,969", "61,831,219"],
             ["Contributions received", "31,466,103", "34,972,881"],
             ["Outstanding", "28,612,866", "26,858,338"]],
            [(4, 240, "l"), (250, 95, "r"), (355, 95, "r")],
            total_rows=("Total due",))
    d.para(12, "Eleven Member States were subject to Article 4 of the Constitution,<sup>2</sup> two "
                "fewer than a year earlier. Three of them had agreed payment plans with the "
                "Administration and had honoured the instalments due so far.")
    d.para(13, "One delegation announced that its Government had authorized the payment of its "
                "arrears in full and that the transfer would be made before the next session of "
                "the Council.")
    d.para(14, "The Standing Committee took note of document S/32/3 and urged Member States "
                "with outstanding contributions to settle them as soon as possible or to agree "
                "on a payment plan with the Administration.")
    # this heading follows paragraph 14 with no space above it
    d.heading("Financial Report for the year ended 31 December 2022", before=0)
    d.para(15, "The Administration introduced the Financial Report for 2022 (C/114/3). Total "
                "combined revenue had reached USD 3,021.7 million, and expenditure USD 2,958.4 "
                "million; the Administrative Part of the Budget closed with a small surplus, which "
                "would be carried forward in accordance with the Financial Regulations.", before=4)
    d.para(16, "The External Auditor<sup>3</sup> presented an unqualified opinion on the financial "
                "statements. The report drew attention to the management of implementing partners "
                "in large emergency operations and to the pace at which recommendations from "
                "earlier years had been closed.")
    d.para(17, "Delegations welcomed the unqualified opinion and asked the Administration to report "
                "at the next session on its plan for the outstanding audit recommendations.")
    d.para(18, "The Standing Committee recommended that the Council approve the Financial Report "
                "for the year ended 31 December 2022.")

    d.heading("Update on the Programme and Budget for 2023")
    d.para(19, "The Administration presented the first revision of the Programme and Budget for "
                "2023 (S/32/6). The main changes were:")
    d.item("(a)", "an increase in the Operational Part of the Budget to USD 3,112.4 million, "
                  "reflecting new emergency funding for the Sudan crisis;")
    d.item("(b)", "no change to the Administrative Part of the Budget, which remained at "
                  "CHF 58,227,000; and")
    d.item("(c)", "an updated estimate of Operational Support Income, now projected at "
                  "USD 172.5 million.")
    d.para(20, "In reply to questions, the Administration confirmed that the revision did not "
                "alter the priorities set out in the original budget document (C/113/6) and that "
                "a further revision would be submitted in the autumn.")
    d.para(21, "The Standing Committee took note of document S/32/6.")

    d.heading("Report of the Independent Audit and Oversight Advisory Committee")
    d.para(22, "The Chairperson of the Independent Audit and Oversight Advisory Committee presented "
                "the Committee\u2019s annual report (S/32/7), covering the period from July 2022 to "
                "June 2023. The Committee had met four times during that period.")
    d.para(23, "The Committee<sup>4</sup> considered that the internal control environment had "
                "improved, but it recommended that the Administration strengthen fraud risk "
                "assessments at country level and complete the review of its accountability "
                "framework.")
    d.para(24, "The Standing Committee took note of document S/32/7 and of the Administration\u2019s "
                "response to the Committee\u2019s recommendations (S/32/8).")

    d.heading("Other business")
    d.para(25, "No other business was raised.")

    d.heading("Closure of the session")
    d.para(26, "The Chairperson declared the Thirty-second Session closed at 4.40 p.m. on "
                "28 June 2023.")


def main():
    d = Doc(OUT, FOOTNOTES)
    cover(d)
    body(d)
    d.finish()


if __name__ == "__main__":
    main()
