# Draws scpf-report-2016.pdf (S/19/14) with reportlab.
import re
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = "/tmp/wave30/out/scpf-report-2016/scpf-report-2016.pdf"
SYMBOL = "S/19/14"
W, H = A4
X0 = 70.9
X1 = W - 70.9
TW = X1 - X0
FS = 11.5
LEAD = 14.0
FNFS = 9.5
FNLEAD = 11.5
BOTTOM = 62.0
TOP_BODY = 752.0

FONTS = {("n", False): "Times-Roman", ("n", True): "Times-Italic",
         ("b", False): "Times-Bold", ("b", True): "Times-BoldItalic"}

FOOTNOTES = {
    "1": "The list of participants is contained in document S/19/13.",
    "2": "Document S/19/4 gave the position as at 30 September 2016, when outstanding "
         "contributions stood at CHF 10,347,902.",
    "3": "The text of the Agreement, as approved by the Council, is reproduced in the annex "
         "to document C/Sp/4/3.",
}


def parse_rich(text, weight="n"):
    """Split text into words; each word is a list of runs (string, font, size, rise, fnid)."""
    runs = []
    italic = False
    i = 0
    buf = ""
    while i < len(text):
        c = text[i]
        if c == "~":
            if buf:
                runs.append((buf, FONTS[(weight, italic)], None, 0, None))
                buf = ""
            italic = not italic
            i += 1
        elif c == "^" and text[i + 1] == "{":
            j = text.index("}", i)
            if buf:
                runs.append((buf, FONTS[(weight, italic)], None, 0, None))
                buf = ""
            mk = text[i + 2:j]
            runs.append((mk, FONTS[(weight, False)], "sup", 0, mk))
            i = j + 1
        else:
            buf += c
            i += 1
    if buf:
        runs.append((buf, FONTS[(weight, italic)], None, 0, None))
    # split runs into words at spaces
    words = [[]]
    for s, f, kind, r, fn in runs:
        parts = s.split(" ")
        for k, p in enumerate(parts):
            if k > 0:
                words.append([])
            if p:
                words[-1].append((p, f, kind, r, fn))
    return [w for w in words if w]


def run_size(run, size):
    return size * 0.62 if run[2] == "sup" else size


def word_width(word, size):
    return sum(stringWidth(r[0], r[1], run_size(r, size)) for r in word)


def wrap(words, widths, size):
    """widths: function(line_index) -> available width."""
    lines = []
    cur = []
    curw = 0.0
    sp = stringWidth(" ", "Times-Roman", size)
    for w in words:
        ww = word_width(w, size)
        avail = widths(len(lines))
        if cur and curw + sp + ww > avail:
            lines.append(cur)
            cur = [w]
            curw = ww
        else:
            curw = curw + (sp if cur else 0) + ww
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


def footnotes_in(line):
    return [r[4] for w in line for r in w if r[4] and r[4] != "*"]


class Doc:
    def __init__(self):
        self.c = canvas.Canvas(OUT, pagesize=A4)
        self.c.setTitle("S/19/14 - Report on the Nineteenth Session of the Standing Committee on Programmes and Finance")
        self.c.setAuthor("International Organization for Migration")
        self.page = 0
        self.y = None
        self.fns = []

    # ---------- page handling ----------
    def start_body_page(self):
        self.page += 1
        c = self.c
        c.setFont("Times-Roman", FS)
        c.drawRightString(X1, 800, SYMBOL)
        c.drawRightString(X1, 800 - LEAD, "Page %d" % self.page)
        self.y = TOP_BODY
        self.fns = []

    def fn_height(self, fns):
        if not fns:
            return 0.0
        h = 16.0
        for f in fns:
            h += len(self.fn_lines(f)) * FNLEAD + 3
        return h

    def fn_lines(self, f):
        words = parse_rich(FOOTNOTES[f])
        return wrap(words, lambda i: TW - 14, FNFS)

    def finish_page(self):
        c = self.c
        if self.fns:
            h = self.fn_height(self.fns)
            y = BOTTOM + h - 10
            c.setFont("Times-Roman", FS)
            c.drawString(X0, y, "__________")
            y -= 16
            for f in self.fns:
                lines = self.fn_lines(f)
                t = c.beginText(X0, y)
                t.setFont("Times-Roman", FNFS * 0.7)
                t.setRise(2.2)
                t.textOut(f)
                t.setRise(0)
                c.drawText(t)
                for k, ln in enumerate(lines):
                    self.draw_line(ln, X0 + 14, y, FNFS, False, TW - 14)
                    y -= FNLEAD
                y -= 3
        c.showPage()

    def need(self, h, fns=()):
        allf = self.fns + [f for f in fns if f not in self.fns]
        return self.y - h >= BOTTOM + self.fn_height(allf)

    def ensure(self, h, fns=()):
        if not self.need(h, fns):
            self.finish_page()
            self.start_body_page()

    # ---------- drawing ----------
    def draw_line(self, line, x, y, size, justify, width):
        c = self.c
        t = c.beginText(x, y)
        ws = 0.0
        if justify and len(line) > 1:
            sp = stringWidth(" ", "Times-Roman", size)
            natural = sum(word_width(w, size) for w in line) + sp * (len(line) - 1)
            ws = (width - natural) / (len(line) - 1)
        for k, w in enumerate(line):
            if k > 0:
                t.setFont("Times-Roman", size)
                t.setWordSpace(ws)
                t.textOut(" ")
                t.setWordSpace(0)
            for s, f, kind, r, fn in w:
                if kind == "sup":
                    t.setFont(f, size * 0.62)
                    t.setRise(size * 0.38)
                    t.textOut(s)
                    t.setRise(0)
                else:
                    t.setFont(f, size)
                    t.textOut(s)
        c.drawText(t)

    def flow(self, words, first_x, rest_x, label=None, label_x=None, weight_first=None,
             justify=True, gap_after=LEAD, keep=1):
        width_first = X1 - first_x
        width_rest = X1 - rest_x
        lines = wrap(words, lambda i: width_first if i == 0 else width_rest, FS)
        # keep at least `keep` lines with what precedes (no lone first line)
        self.ensure(LEAD * min(keep, len(lines)), footnotes_in(lines[0]))
        for i, ln in enumerate(lines):
            fns = footnotes_in(ln)
            self.ensure(LEAD, fns)
            for f in fns:
                if f not in self.fns:
                    self.fns.append(f)
            x = first_x if i == 0 else rest_x
            if i == 0 and label is not None:
                self.c.setFont("Times-Roman", FS)
                self.c.drawString(label_x, self.y, label)
            last = i == len(lines) - 1
            self.draw_line(ln, x, self.y, FS, justify and not last, X1 - x)
            self.y -= LEAD
        self.y -= gap_after

    # ---------- block types ----------
    def heading(self, text, keep=3):
        words = parse_rich(text, "b")
        lines = wrap(words, lambda i: TW, FS)
        self.ensure(LEAD * (len(lines) + keep))
        for ln in lines:
            self.draw_line(ln, X0, self.y, FS, False, TW)
            self.y -= LEAD
        self.y -= LEAD

    def subheading(self, label, text):
        self.ensure(LEAD * 4)
        self.c.setFont("Times-Bold", FS)
        self.c.drawString(X0, self.y, label)
        self.draw_line(parse_rich(text, "b"), X0 + 36, self.y, FS, False, TW)
        self.y -= 2 * LEAD

    def para(self, num, text):
        self.flow(parse_rich(text), X0 + 36, X0, label="%d." % num, label_x=X0, keep=2)

    def item(self, label, text, level=1):
        lx = X0 + 36 * level
        self.flow(parse_rich(text), lx + 36, lx + 36, label=label, label_x=lx, keep=2)

    def bullet(self, text):
        self.flow(parse_rich(text), X0 + 54, X0 + 54, label="\u2022", label_x=X0 + 36, keep=2)

    def table(self, caption, header, rows):
        h = LEAD * (len(rows) + 4)
        self.ensure(h)
        c = self.c
        c.setFont("Times-Bold", FS)
        c.drawCentredString(W / 2, self.y, caption)
        self.y -= LEAD * 1.4
        cx = [X0 + 18, X0 + 318, X0 + 420]
        c.setLineWidth(0.6)
        c.line(X0 + 12, self.y + LEAD - 3, X1 - 12, self.y + LEAD - 3)
        c.setFont("Times-Bold", FS)
        c.drawString(cx[0], self.y, header[0])
        c.drawRightString(cx[1], self.y, header[1])
        c.drawRightString(cx[2], self.y, header[2])
        c.line(X0 + 12, self.y - 4, X1 - 12, self.y - 4)
        self.y -= LEAD * 1.3
        for k, r in enumerate(rows):
            total = r[0] == "Total"
            if total:
                c.line(X0 + 12, self.y + LEAD - 4, X1 - 12, self.y + LEAD - 4)
            c.setFont("Times-Bold" if total else "Times-Roman", FS)
            c.drawString(cx[0], self.y, r[0])
            c.drawRightString(cx[1], self.y, r[1])
            c.drawRightString(cx[2], self.y, r[2])
            self.y -= LEAD
        c.line(X0 + 12, self.y + LEAD - 4, X1 - 12, self.y + LEAD - 4)
        self.y -= LEAD

    def running_title(self, lines):
        for ln in lines:
            self.c.setFont("Times-Bold", FS)
            self.c.drawCentredString(W / 2, self.y, ln)
            self.y -= LEAD
        self.y -= LEAD * 1.5


def cover(d):
    c = d.c
    # emblem: simple drawn mark, no text
    c.setLineWidth(1.2)
    c.circle(X0 + 24, 780, 20, stroke=1, fill=0)
    c.circle(X0 + 24, 780, 12, stroke=1, fill=0)
    c.line(X0 + 4, 780, X0 + 44, 780)
    c.setFont("Times-Roman", FS)
    c.drawRightString(X1, 792, SYMBOL)
    c.drawRightString(X1, 792 - 2 * LEAD, "Original: English")
    c.drawRightString(X1, 792 - 3 * LEAD, "12 December 2016")
    y = 640
    c.setFont("Times-Bold", 12)
    c.drawCentredString(W / 2, y, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE")
    y -= 16
    c.setFont("Times-Roman", 12)
    c.drawCentredString(W / 2, y, "Nineteenth Session")
    y = 520
    c.setFont("Times-Bold", 12)
    for ln in ["REPORT ON THE NINETEENTH SESSION", "OF THE STANDING COMMITTEE ON", "PROGRAMMES AND FINANCE"]:
        if ln == "PROGRAMMES AND FINANCE":
            wdt = stringWidth(ln, "Times-Bold", 12)
            x = W / 2 - wdt / 2
            t = c.beginText(x, y)
            t.setFont("Times-Bold", 12)
            t.textOut(ln)
            t.setFont("Times-Bold", 8)
            t.setRise(4)
            t.textOut("*")
            t.setRise(0)
            c.drawText(t)
            c.setFont("Times-Bold", 12)
        else:
            c.drawCentredString(W / 2, y, ln)
        y -= 16
    y -= 40
    c.setFont("Times-Roman", 12)
    c.drawCentredString(W / 2, y, "Geneva")
    y -= 16
    c.drawCentredString(W / 2, y, "1 and 2 November 2016")
    y -= 48
    c.drawCentredString(W / 2, y, "Rapporteur: Ms K. Marsh (Australia)")
    # approval note
    y = 190
    c.setFont("Times-Roman", FS)
    c.drawString(X0, y, "__________")
    y -= 16
    c.setFont("Times-Roman", FNFS * 0.8)
    c.drawString(X0, y + 3, "*")
    t = c.beginText(X0 + 8, y)
    t.setFont("Times-Roman", FNFS)
    t.textOut("This report was approved by the Council at its 107th Session through Resolution No. 1339 of")
    c.drawText(t)
    c.setFont("Times-Roman", FNFS)
    c.drawString(X0 + 8, y - FNLEAD, "6 December 2016.")
    # trilingual organ footer
    c.setLineWidth(0.8)
    c.line(X0, 92, X1, 92)
    c.setFont("Helvetica-Bold", 7.5)
    fy = 80
    for ln in ["STANDING COMMITTEE ON PROGRAMMES AND FINANCE",
               "COMIT\u00c9 PERMANENT DES PROGRAMMES ET DES FINANCES",
               "COMIT\u00c9 PERMANENTE DE PROGRAMAS Y FINANZAS"]:
        c.drawCentredString(W / 2, fy, ln)
        fy -= 10
    c.showPage()


MEMBERS = ("Afghanistan, Albania, Algeria, Angola, Argentina, Armenia, Australia, Austria, Bangladesh, "
           "Belarus, Belgium, Bolivia (Plurinational State of), Brazil, Bulgaria, Burkina Faso, Canada, "
           "Chile, China, Colombia, Costa Rica, C\u00f4te d\u2019Ivoire, Croatia, Cyprus, Czech Republic, "
           "Democratic Republic of the Congo, Denmark, Dominican Republic, Ecuador, Egypt, El Salvador, "
           "Estonia, Ethiopia, Finland, France, Germany, Ghana, Greece, Guatemala, Holy See, Honduras, "
           "Hungary, India, Iran (Islamic Republic of), Ireland, Israel, Italy, Japan, Jordan, Kenya, "
           "Latvia, Lithuania, Luxembourg, Madagascar, Mali, Mauritius, Mexico, Morocco, Netherlands, "
           "New Zealand, Nigeria, Norway, Pakistan, Panama, Peru, Philippines, Poland, Portugal, "
           "Republic of Korea, Romania, Senegal, Serbia, Slovakia, South Africa, Spain, Sri Lanka, Sudan, "
           "Sweden, Switzerland, Thailand, Tunisia, Turkey, Uganda, Ukraine, United Kingdom of Great "
           "Britain and Northern Ireland, United States of America, Uruguay, Venezuela (Bolivarian "
           "Republic of), Viet Nam, Zambia and Zimbabwe.")


def body(d):
    d.start_body_page()
    d.running_title(["REPORT ON THE NINETEENTH SESSION OF THE STANDING COMMITTEE",
                     "ON PROGRAMMES AND FINANCE"])

    d.heading("INTRODUCTION")
    d.para(1, "The Standing Committee on Programmes and Finance held its Nineteenth Session in Geneva on "
              "1 and 2 November 2016. Four meetings were held. The session was opened and chaired by "
              "H.E. Mr R. Dom\u00ednguez Arce (Costa Rica), who had been elected Chairperson at the "
              "Eighteenth Session together with H.E. Ms S. Lindahl (Norway) as Vice-Chairperson and "
              "Ms K. Marsh (Australia) as Rapporteur.")
    d.para(2, "The following Member States were represented:^{1} " + MEMBERS)
    d.para(3, "The Sovereign Order of Malta attended as an observer, as did representatives of the Office "
              "of the United Nations High Commissioner for Refugees and the International Committee of "
              "the Red Cross.")

    d.heading("ADOPTION OF THE AGENDA")
    d.para(4, "The Standing Committee adopted the agenda reproduced in document S/19/1/Rev.1.")

    d.heading("STATEMENT BY THE DIRECTOR GENERAL")
    d.para(5, "The Director General welcomed delegations to the first session of the Standing Committee "
              "since IOM had formally joined the United Nations system as a related organization on "
              "19 September 2016. He drew attention, ~inter alia~, to the following developments since "
              "the Eighteenth Session:")
    d.item("(a)", "the Organization had responded to 34 emergencies in the course of the year, seven of "
                  "them at the highest level of severity, and had deployed more than 1,200 staff on surge "
                  "missions;")
    d.item("(b)", "membership had risen to 166 States with the admission of two new Members at the Fourth "
                  "Special Session of the Council;")
    d.item("(c)", "total expenditure was expected to exceed USD 1.4 billion for the first time, while the "
                  "core structure continued to be funded at the level agreed under the policy of zero "
                  "nominal growth; and")
    d.item("(d)", "preparations had begun for the intergovernmental process leading to a global compact "
                  "for safe, orderly and regular migration, in which the Organization had been asked to "
                  "provide technical and policy expertise.")
    d.para(6, "Delegations thanked the Director General for his statement. Several welcomed the signature "
              "of the relationship agreement and asked how the Administration intended to preserve the "
              "Organization\u2019s responsive and cost-effective character within the United Nations "
              "system. Others expressed concern at the widening gap between the growth of operations and "
              "the resources of the core structure.")
    d.para(7, "The Standing Committee took note of the statement by the Director General.")

    d.heading("STATUS REPORT ON OUTSTANDING CONTRIBUTIONS TO THE ADMINISTRATIVE PART OF THE BUDGET "
              "AND MEMBER STATES WITH VOTING RIGHTS RESTRICTIONS UNDER ARTICLE 4 OF THE CONSTITUTION")
    d.para(8, "The Administration introduced document S/19/4 and updated the figures it contained, "
              "reporting that assessed contributions outstanding for 2016 and prior years totalled "
              "CHF 8,862,215 as at 31 October 2016.^{2} The position by category of arrears was as follows:")
    d.table("Outstanding contributions as at 31 October 2016 (in Swiss francs)",
            ("Category", "Member States", "Amount"),
            [("Contributions for 2016 only", "38", "3,514,602"),
             ("Contributions for 2015 and 2016", "6", "1,208,317"),
             ("Three or more years (Article 4 applies)", "11", "4,139,296"),
             ("Total", "55", "8,862,215")])
    d.para(9, "Since the end of September, payments had been received from Ghana, Madagascar and Peru, "
              "and Burkina Faso had settled its arrears under a payment plan agreed in 2014; the number of "
              "Member States subject to Article 4 of the Constitution had accordingly fallen from 13 to 11. "
              "Two further Member States had proposed payment plans, which would be submitted to the "
              "Council for approval.")
    d.para(10, "The Standing Committee took note of document S/19/4 and of the oral update, and urged "
               "Member States in arrears to pay their contributions in full or to agree a payment plan "
               "with the Administration as soon as possible.")

    d.heading("PROGRAMME AND BUDGET", keep=7)
    d.subheading("(a)", "Summary update on the Programme and Budget for 2016")
    d.para(11, "The Administration presented the summary update contained in document S/19/6. The "
               "Administrative Part of the Budget remained unchanged at CHF 49,390,000. The Operational "
               "Part had risen from USD 795.7 million, the level shown in the Programme and Budget for "
               "2016 (C/106/7), to USD 1,408.6 million, reflecting above all new funding for operations in "
               "the Mediterranean, the Middle East and the Horn of Africa. Discretionary income had been "
               "revised upwards to USD 71.3 million.")
    d.para(12, "The Standing Committee took note of the summary update on the Programme and Budget for "
               "2016.")
    d.subheading("(b)", "Programme and Budget for 2017")
    d.para(13, "Introducing document C/107/6, the Administration explained that the Administrative Part "
               "of the Budget for 2017 had been set at CHF 50,028,000, an increase of CHF 638,000 "
               "(1.3 per cent) over the 2016 level, which would allow the core structure to maintain its "
               "purchasing power. The Operational Part was estimated at USD 811.4 million and would be "
               "revised during the year as new funding was confirmed.")
    d.para(14, "In the ensuing discussion, delegations made the following points:")
    d.bullet("the increase in the Administrative Part was modest, but some Member States were not in a "
             "position to accept higher assessed contributions and asked that the scale of assessment "
             "take their circumstances into account;")
    d.bullet("the Administration should explain more fully how the costs of joining the United Nations "
             "system, including participation in inter-agency mechanisms, would be met; and")
    d.bullet("the project-based funding model remained a structural weakness, and further efforts should "
             "be made to attract unearmarked and softly earmarked contributions.")
    d.para(15, "The Standing Committee:")
    d.item("(a)", "took note of the Programme and Budget for 2017 (C/107/6);")
    d.item("(b)", "recommended that the Council approve the Administrative Part of the Budget for 2017 in "
                  "the amount of CHF 50,028,000 and the Operational Part in the amount of "
                  "USD 811.4 million; and")
    d.item("(c)", "requested the Administration:")
    d.item("(i)", "to present to the Twentieth Session an analysis of the costs arising from the "
                  "relationship agreement with the United Nations; and", level=2)
    d.item("(ii)", "to continue its consultations with Member States on options for strengthening the core "
                   "structure.", level=2)

    d.heading("UPDATE ON IOM-UN RELATIONS (AGENDA ITEM 8)")
    d.para(16, "At the request of the Chairperson, and with the agreement of the Standing Committee, this "
               "item was taken up on the morning of 1 November, ahead of the budgetary items. The Deputy "
               "Director General recalled that the Council, at its Fourth Special Session, had approved "
               "the Agreement concerning the Relationship between the United Nations and the "
               "International Organization for Migration through Resolution No. 1317 of 30 June 2016,^{3} "
               "and that the Agreement had been signed by the Secretary-General and the Director General "
               "on 19 September 2016.")
    d.para(17, "She emphasized that the Organization retained its own Constitution, governing bodies and "
               "budget, and that its operational model would not change. The Administration would report "
               "regularly to the Standing Committee on the implementation of the Agreement, including on "
               "its participation in the inter-agency mechanisms it had joined, as outlined in document "
               "S/19/10.")
    d.para(18, "Delegations welcomed the Agreement as a milestone that would strengthen the coherence of "
               "the international response to migration. Some asked that Member States be consulted before "
               "any change in the Organization\u2019s working methods, and one delegation requested a "
               "written briefing on the implications for field coordination.")
    d.para(19, "The Standing Committee took note of the update on IOM-UN relations and of document S/19/10.")

    d.heading("OTHER BUSINESS")
    d.para(20, "The Chairperson informed the Standing Committee that informal consultations on the scale "
               "of assessment for 2018 would be convened in the first quarter of 2017. No other business "
               "was raised.")

    d.heading("CLOSURE OF THE SESSION")
    d.para(21, "The Chairperson declared the Nineteenth Session closed on Wednesday, 2 November 2016, "
               "at 5.40 p.m.")
    d.finish_page()


if __name__ == "__main__":
    d = Doc()
    cover(d)
    body(d)
    d.c.save()
