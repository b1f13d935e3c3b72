#!/usr/bin/env python
"""Draw scpf-report-2011c.pdf: report on the Eighth Session of the IOM Standing
Committee on Programmes and Finance (May 2011), laid out like a 2011 word-processor
document (Times 11 pt, justified, numbered paragraphs with a tab after the number,
running header on the pages after the cover, footnotes at the foot of the page)."""
import os
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "scpf-report-2011c.pdf")

SYMBOL = "SCPF/72"
PAGE_W, PAGE_H = A4
LM = RM = 72.0
TM = 72.0
BM = 70.0
TW = PAGE_W - LM - RM
FONT, BOLD, ITAL = "Times-Roman", "Times-Bold", "Times-Italic"
FS, LEAD = 11.0, 13.0
FN_FS, FN_LEAD = 9.0, 10.5
SUP_FS = 6.5
TAB = 36.0

# ---------------------------------------------------------------- content
# A word may carry a footnote marker after "^": "represented:^1".
FOOTNOTES = {
    "1": "The list of participants is contained in document SCPF/71.",
    "2": "The report of the External Auditor on the accounts for 2010 was circulated "
         "as an addendum to the Financial Report (MC/2314/Add.1).",
    "3": "The Facility was established pursuant to Council Resolution No. 1035 (LXXX) "
         "of 29 November 2000 and is financed from discretionary income.",
}

MEMBERS = (
    "Afghanistan, Albania, Algeria, Angola, Argentina, Armenia, Australia, Austria, "
    "Azerbaijan, Bangladesh, Belgium, Bolivia (Plurinational State of), Brazil, Bulgaria, "
    "Burkina Faso, Canada, Chile, Colombia, Costa Rica, Côte d'Ivoire, Croatia, Cyprus, "
    "Czech Republic, Democratic Republic of the Congo, Denmark, Dominican Republic, "
    "Ecuador, Egypt, El Salvador, Estonia, Ethiopia, Finland, France, Germany, Ghana, "
    "Greece, Guatemala, Haiti, Honduras, Hungary, India, Iran (Islamic Republic of), "
    "Ireland, Israel, Italy, Japan, Jordan, Kenya, Latvia, Lithuania, Luxembourg, "
    "Madagascar, Mexico, Morocco, Netherlands, New Zealand, Nigeria, Norway, Pakistan, "
    "Panama, Peru, Philippines, Poland, Portugal, Republic of Korea, Romania, Senegal, "
    "Slovakia, Slovenia, South Africa, Spain, Sri Lanka, Sudan, Sweden, Switzerland, "
    "Thailand, Tunisia, Turkey, Uganda, Ukraine, United Kingdom, United States of "
    "America, Uruguay, Venezuela (Bolivarian Republic of), Viet Nam, Yemen, Zambia and "
    "Zimbabwe."
)

# Table 1: assessed contributions by year (Swiss francs)
T1_ROWS = [
    ("2006", 36250000, 33914212),
    ("2007", 37112000, 34908455),
    ("2008", 38306000, 35570318),
    ("2009", 38979000, 36102744),
    ("2010", 39288000, 36815960),
]
# Table 2: 1035 Facility allocations in 2010 (US dollars)
T2_ROWS = [("Line 1", 38, 4185000), ("Line 2", 24, 1240500)]


def fmt(n):
    return "{:,}".format(n)


def t1_cells():
    rows = []
    for year, assessed, received in T1_ROWS:
        out = assessed - received
        pct = "{:.1f}".format(100.0 * out / assessed)
        rows.append([year, fmt(assessed), fmt(received), fmt(out), pct])
    return rows


def t2_cells():
    rows = [[lab, str(n), fmt(a)] for lab, n, a in T2_ROWS]
    rows.append(["Total", str(sum(r[1] for r in T2_ROWS)), fmt(sum(r[2] for r in T2_ROWS))])
    return rows


BODY = [
    ("title", "REPORT ON THE EIGHTH SESSION OF THE STANDING COMMITTEE ON PROGRAMMES AND FINANCE"),
    ("h", "INTRODUCTION"),
    ("p", 1, "In accordance with Resolution No. 1150 of 7 June 2007, by which the Council "
     "established the Standing Committee on Programmes and Finance, the Committee held its "
     "Eighth Session at the International Conference Centre Geneva on 10 and 11 May 2011. "
     "Four meetings were held. The first meeting was opened by the outgoing Chairperson, "
     "Mr Paolo Rinaldi (Italy), who welcomed the delegations and recalled the main "
     "outcomes of the Seventh Session."),
    ("p", 2, "The Committee had before it the documents listed in the provisional agenda "
     "(SCPF/66), together with a small number of conference room papers circulated during "
     "the session. The report on the Seventh Session (SCPF/63) was available for reference."),
    ("h", "ATTENDANCE"),
    ("p", 3, "The following Member States were represented:^1 " + MEMBERS),
    ("p", 4, "China, the Holy See, Indonesia, the Russian Federation and the Sovereign Order "
     "of Malta were represented by observers."),
    ("h", "ELECTION OF OFFICERS"),
    ("p", 5, "The Committee elected by acclamation H.E. Mr Karim Belhadj (Tunisia) as "
     "Chairperson, Mr Henrik Larsen (Denmark) as Vice-Chairperson and Ms Nomvula Dlamini "
     "(South Africa) as Rapporteur. On taking the chair, Mr Belhadj thanked the Committee "
     "for the confidence placed in him and paid tribute to the work of his predecessor."),
    ("h", "ADOPTION OF THE AGENDA"),
    ("p", 6, "The Committee adopted the agenda as reproduced in document SCPF/66/Rev.1, having "
     "agreed, at the request of the Administration, to take up the report on human resources "
     "management immediately before the item on other business."),
    ("h", "FINANCIAL REPORT FOR THE YEAR ENDED 31 DECEMBER 2010"),
    ("p", 7, "The Director of the Department of Resources Management introduced the Financial "
     "Report for the year ended 31 December 2010 (MC/2314).^2 Combined expenditure under the "
     "administrative and operational parts of the budget had reached USD 1,386.4 million, an "
     "increase of 36 per cent over 2009 that reflected chiefly the scale of the emergency "
     "operations in Haiti and Pakistan. Expenditure under the administrative part of the "
     "budget had remained within the approved level of CHF 39,288,000."),
    ("p", 8, "Several delegations commended the Administration on the clarity of the report "
     "and on the unqualified opinion issued by the External Auditor. Some sought further "
     "information on the carry-forward of operational support income and on the effect of "
     "exchange-rate movements between the Swiss franc and the United States dollar. One "
     "delegation asked for an update on the timetable for adopting the International Public "
     "Sector Accounting Standards (IPSAS)."),
    ("p", 9, "The Administration explained that the carry-forward would be used to cover "
     "structural costs that project budgets could not absorb, and that the Organization "
     "remained on course to present its first IPSAS-compliant financial statements for the "
     "year 2012. A detailed note on the exchange-rate exposure of the administrative part of "
     "the budget would be made available to the Committee at its next session."),
    ("p", 10, "The Standing Committee:", [
        ("(a)", "took note of the Financial Report for the year ended 31 December 2010 and of "
         "the report of the External Auditor; and"),
        ("(b)", "recommended that the Council approve the Financial Report at its next "
         "regular session."),
    ]),
    ("h", "STATUS REPORT ON OUTSTANDING CONTRIBUTIONS TO THE ADMINISTRATIVE PART OF THE BUDGET"),
    ("p", 11, "The Administration presented document SCPF/64, which showed the position as at "
     "31 March 2011. Since the document had been issued, payments had been received from "
     "Armenia, Guatemala and Senegal, reducing the total amount still due for 2010 and "
     "earlier years to CHF 3,962,415. Eleven Member States remained subject to Article 4 of "
     "the Constitution, of which four had concluded payment plans with the Administration."),
    ("p", 12, "At the request of one delegation, the Administration also provided figures "
     "for the five preceding financial years, comparing the contributions assessed with the "
     "amounts received by the end of each year. These are set out below."),
    ("table1",),
    ("p", 13, "Delegations noted with some concern that the proportion left unpaid at year "
     "end had not fallen below 5 per cent in any of those years. They urged Member States "
     "in arrears to settle their contributions in full or to agree on a payment plan, and "
     "asked the Administration to keep the Committee informed of any further payments."),
    ("p", 14, "The Standing Committee took note of document SCPF/64 and of the additional "
     "information provided, and called on all Member States with outstanding contributions "
     "to make every effort to pay them without delay."),
    ("h", "REVISION OF THE PROGRAMME AND BUDGET FOR 2011"),
    ("p", 15, "Introducing document MC/2318, the Administration indicated that the operational "
     "part of the budget had increased from USD 732.5 million, as presented in the Programme "
     "and Budget for 2011 (MC/2302), to USD 1,094.8 million, owing mainly to new funding for "
     "activities in North Africa and for resettlement. The administrative part of the budget "
     "remained unchanged at CHF 39,288,000, in keeping with the policy of zero nominal growth."),
    ("p", 16, "Delegations welcomed the growth in operational activities but cautioned that "
     "the rising share of tightly earmarked funding limited the flexibility of the "
     "Organization. Several delegations asked that future revisions show more clearly how "
     "new projects related to the IOM Strategy, and that the level of project-related "
     "overhead be kept under review."),
    ("p", 17, "The Standing Committee:", [
        ("(a)", "took note of the Revision of the Programme and Budget for 2011 "
         "(MC/2318); and"),
        ("(b)", "requested the Administration to include, in the next revision, an analysis "
         "of voluntary contributions by degree of earmarking."),
    ]),
    ("h", "SUPPORT FOR DEVELOPING MEMBER STATES AND MEMBER STATES WITH ECONOMY IN "
          "TRANSITION \u2013 1035 FACILITY"),
    ("p", 18, "The Administration presented document SCPF/65 on the use of the 1035 "
     "Facility^3 in 2010. Sixty-two projects had been funded in that year, the largest number "
     "since the Facility was created. Allocations under its two lines were as follows:"),
    ("table2",),
    ("p", 19, "Many delegations expressed appreciation for the Facility, which had enabled "
     "eligible Member States to develop capacity in areas such as border management, labour "
     "migration and counter-trafficking. Some suggested that the criteria for Line 2 be "
     "published more widely, and that the geographical distribution of projects be reviewed "
     "so that no region was under-represented."),
    ("p", 20, "In reply, the Administration indicated that a revised set of guidelines was "
     "being prepared in consultation with the Member States concerned and would be shared "
     "with the Committee before the end of the year."),
    ("p", 21, "The Standing Committee took note of document SCPF/65 and expressed its support "
     "for the continued operation of the 1035 Facility."),
    ("h", "REPORT ON HUMAN RESOURCES MANAGEMENT"),
    ("p", 22, "The Director of Human Resources Management introduced document SCPF/67. As at "
     "31 December 2010, the Organization employed 7,804 staff, of whom 1,042 were officials "
     "and 6,762 employees; women accounted for 46 per cent of officials. The rapid expansion "
     "of operations in 2010 had required the recruitment of a large number of staff on "
     "short-term contracts, notably in Haiti and Pakistan."),
    ("p", 23, "Delegations welcomed the progress made towards gender balance but noted that it "
     "had not yet been reached at senior levels. Several asked about the measures taken to "
     "ensure the security of staff working in high-risk locations and about the training "
     "offered to national staff. The Administration described the security arrangements in "
     "place and undertook to report on training in its next report."),
    ("p", 24, "The Standing Committee took note of the report on human resources management."),
    ("h", "OTHER BUSINESS"),
    ("p", 25, "The delegation of Norway asked about the progress of the informal consultations "
     "on budget reform. The Chairperson said that the consultations would resume in June and "
     "that a summary of their outcome would be submitted to the Committee at its Ninth "
     "Session."),
    ("h", "CLOSURE OF THE SESSION"),
    ("p", 26, "The Committee noted that its Ninth Session was provisionally scheduled to take "
     "place on 25 and 26 October 2011."),
    ("p", 27, "The Chairperson thanked the delegations for their constructive participation and "
     "the Administration for its support, and declared the Eighth Session closed on "
     "Wednesday, 11 May 2011, at 12.40 p.m."),
]


# ---------------------------------------------------------------- typesetting helpers
def split_word(w):
    if "^" in w:
        base, mark = w.split("^", 1)
        return base, mark
    return w, None


def word_width(w, font=FONT, size=FS):
    base, mark = split_word(w)
    width = stringWidth(base, font, size)
    if mark:
        width += stringWidth(mark, font, size * SUP_FS / FS) + 0.3
    return width


def wrap(words, first_width, width, font=FONT, size=FS):
    """Greedy line breaking; returns list of word lists."""
    lines, cur, curw = [], [], 0.0
    space = stringWidth(" ", font, size)
    avail = first_width
    for w in words:
        ww = word_width(w, font, size)
        need = ww if not cur else curw + space + ww
        if cur and need > avail:
            lines.append(cur)
            cur, curw = [w], ww
            avail = width
        else:
            cur.append(w)
            curw = need
    if cur:
        lines.append(cur)
    return lines


class Doc:
    def __init__(self, path):
        self.c = canvas.Canvas(path, pagesize=A4)
        self.c.setTitle("Report on the Eighth Session of the Standing Committee on Programmes and Finance")
        self.c.setAuthor("International Organization for Migration")
        self.c.setCreator("Microsoft Word 2007")
        self.page_no = 0      # body page number (cover is unnumbered)
        self.y = None
        self.page_notes = []  # footnote keys on the current page

    # ---- footnote area
    def fn_lines(self, key):
        text_w = TW - 10
        return wrap(FOOTNOTES[key].split(), text_w, text_w, FONT, FN_FS)

    def fn_height(self, keys):
        if not keys:
            return 0.0
        h = 16.0  # gap + separator rule
        for k in keys:
            h += len(self.fn_lines(k)) * FN_LEAD + 2.0
        return h

    def limit(self, extra_keys=()):
        return BM + self.fn_height(self.page_notes + list(extra_keys))

    # ---- pages
    def new_body_page(self):
        if self.page_no > 0 or self.y is not None:
            self.finish_page()
        self.page_no += 1
        c = self.c
        c.setFont(FONT, FS)
        c.drawRightString(PAGE_W - RM, PAGE_H - 42, SYMBOL)
        c.drawRightString(PAGE_W - RM, PAGE_H - 42 - LEAD, "Page %d" % self.page_no)
        self.y = PAGE_H - TM - 20
        self.page_notes = []

    def finish_page(self):
        c = self.c
        if self.page_notes:
            h = self.fn_height(self.page_notes)
            top = BM + h
            c.setLineWidth(0.5)
            c.line(LM, top - 6, LM + 144, top - 6)
            y = top - 16 - FN_FS + 2
            for k in self.page_notes:
                c.setFont(FONT, FN_FS * 0.7)
                c.drawString(LM, y + 3.2, k)
                lines = self.fn_lines(k)
                for i, ln in enumerate(lines):
                    self.draw_line(ln, LM + 10, y, TW - 10, justify=(i < len(lines) - 1),
                                   font=FONT, size=FN_FS)
                    y -= FN_LEAD
                y -= 2.0
        c.showPage()

    def at_top(self):
        return self.y >= PAGE_H - TM - 20

    def need(self, h, keys=()):
        if self.y - h < self.limit(keys):
            self.new_body_page()

    # ---- drawing a line of words
    def draw_line(self, words, x, y, width, justify=True, font=FONT, size=FS):
        c = self.c
        natural = sum(word_width(w, font, size) for w in words)
        space = stringWidth(" ", font, size)
        gaps = len(words) - 1
        if justify and gaps > 0:
            space = (width - natural) / gaps
        cx = x
        for w in words:
            base, mark = split_word(w)
            c.setFont(font, size)
            c.drawString(cx, y, base)
            cx += stringWidth(base, font, size)
            if mark:
                ssz = size * SUP_FS / FS
                c.setFont(font, ssz)
                c.drawString(cx + 0.3, y + size * 0.38, mark)
                cx += stringWidth(mark, font, ssz) + 0.3
            cx += space

    def flow(self, lines, x_first, x_rest, w_first, w_rest, font=FONT, size=FS, label=None,
             label_x=None):
        """Place wrapped lines, breaking pages and reserving footnote space."""
        for i, ln in enumerate(lines):
            marks = [split_word(w)[1] for w in ln if split_word(w)[1]]
            if self.y - LEAD < self.limit(marks):
                self.new_body_page()
            self.y -= LEAD
            x = x_first if i == 0 else x_rest
            w = w_first if i == 0 else w_rest
            if i == 0 and label:
                self.c.setFont(font, size)
                self.c.drawString(label_x, self.y, label)
            self.draw_line(ln, x, self.y, w, justify=(i < len(lines) - 1), font=font, size=size)
            self.page_notes.extend(marks)

    # ---- blocks
    def heading(self, text, first=False):
        lines = wrap(text.split(), TW, TW, BOLD, FS)
        # keep with the next three lines
        self.need((0 if first else LEAD) + LEAD * (len(lines) + 4))
        if not self.at_top():
            self.y -= LEAD
        for ln in lines:
            self.y -= LEAD
            self.c.setFont(BOLD, FS)
            self.c.drawString(LM, self.y, " ".join(ln))

    def para(self, num, text, items=None):
        words = text.split()
        label = "%d." % num
        lines = wrap(words, TW - TAB, TW)
        self.need(LEAD * 3)
        if not self.at_top():
            self.y -= LEAD  # blank line before
        self.flow(lines, LM + TAB, LM, TW - TAB, TW, label=label, label_x=LM)
        for lab, itext in items or []:
            ilines = wrap(itext.split(), TW - 2 * TAB, TW - 2 * TAB)
            self.need(LEAD * 2 + 6)
            self.y -= 6
            self.flow(ilines, LM + 2 * TAB, LM + 2 * TAB, TW - 2 * TAB, TW - 2 * TAB,
                      label=lab, label_x=LM + TAB)

    def running_title(self, text):
        lines = wrap(text.split(), TW - 60, TW - 60, BOLD, FS)
        for ln in lines:
            self.y -= LEAD
            self.c.setFont(BOLD, FS)
            self.c.drawCentredString(PAGE_W / 2, self.y, " ".join(ln))
        self.y -= 4

    def table(self, caption, head, rows, col_w, first_align_left=True, total_rule=False):
        """head: list of columns, each a list of header lines."""
        nhead = max(len(h) for h in head)
        height = LEAD * 2 + 6 + nhead * 12 + 6 + len(rows) * 14 + 4
        self.need(height)
        c = self.c
        if not self.at_top():
            self.y -= LEAD  # blank line before caption
        self.y -= LEAD
        c.setFont(BOLD, FS)
        c.drawCentredString(PAGE_W / 2, self.y, caption)
        self.y -= 8
        total_w = sum(col_w)
        x0 = LM + (TW - total_w) / 2
        # header (bottom-aligned lines)
        c.setFont(BOLD, 10)
        top = self.y
        for ci, hl in enumerate(head):
            xl = x0 + sum(col_w[:ci])
            xr = xl + col_w[ci] - 4
            off = nhead - len(hl)
            for li, t in enumerate(hl):
                yy = top - 11 * (li + off + 1)
                if ci == 0 and first_align_left:
                    c.drawString(xl + 2, yy, t)
                else:
                    c.drawRightString(xr, yy, t)
        self.y = top - 11 * nhead - 4
        c.setLineWidth(0.6)
        c.line(x0, self.y, x0 + total_w, self.y)
        self.y -= 2
        c.setFont(FONT, 10)
        for ri, row in enumerate(rows):
            is_total = row[0] == "Total"
            self.y -= 13
            c.setFont(BOLD if is_total else FONT, 10)
            for ci, cell in enumerate(row):
                xl = x0 + sum(col_w[:ci])
                xr = xl + col_w[ci] - 4
                if ci == 0:
                    c.drawString(xl + 2, self.y, cell)
                else:
                    c.drawRightString(xr, self.y, cell)
        self.y -= 4

    # ---- cover
    def cover(self):
        c = self.c
        x = PAGE_W - RM
        c.setFont(BOLD, 12)
        c.drawRightString(x, PAGE_H - 70, SYMBOL)
        c.setFont(FONT, 11)
        c.drawRightString(x, PAGE_H - 86, "Original: English")
        c.drawRightString(x, PAGE_H - 100, "24 June 2011")
        c.setFont(BOLD, 12)
        c.drawCentredString(PAGE_W / 2, PAGE_H - 230, "NINTH SESSION")
        c.setLineWidth(0.8)
        c.line(LM + 40, PAGE_H - 246, PAGE_W - RM - 40, PAGE_H - 246)
        y = PAGE_H - 380
        for t in ("REPORT ON THE EIGHTH SESSION OF THE",
                  "STANDING COMMITTEE ON PROGRAMMES AND FINANCE"):
            c.setFont(BOLD, 13)
            c.drawCentredString(PAGE_W / 2, y, t)
            y -= 17
        y -= 40
        c.setFont(FONT, 12)
        c.drawCentredString(PAGE_W / 2, y, "Geneva")
        y -= 16
        c.drawCentredString(PAGE_W / 2, y, "10-11 May 2011")
        y -= 40
        c.drawCentredString(PAGE_W / 2, y, "Rapporteur: Ms N. Dlamini (South Africa)")
        # trilingual footer
        c.setLineWidth(1.2)
        c.line(LM, 104, PAGE_W - RM, 104)
        c.setFont(BOLD, 10)
        for i, t in enumerate(("STANDING COMMITTEE ON PROGRAMMES AND FINANCE",
                               "COMITÉ PERMANENT DES PROGRAMMES ET DES FINANCES",
                               "COMITÉ PERMANENTE DE PROGRAMAS Y FINANZAS")):
            c.drawCentredString(PAGE_W / 2, 88 - 13 * i, t)
        c.showPage()


def main():
    d = Doc(OUT)
    d.cover()
    d.new_body_page()
    first_heading = True
    for blk in BODY:
        kind = blk[0]
        if kind == "title":
            d.running_title(blk[1])
        elif kind == "h":
            d.heading(blk[1], first=False)
            first_heading = False
        elif kind == "p":
            d.para(blk[1], blk[2], blk[3] if len(blk) > 3 else None)
        elif kind == "table1":
            d.table("Table 1: Assessed contributions and amounts received, 2006\u20132010 (in Swiss francs)",
                    [["Year"], ["Contributions", "assessed"], ["Received by", "31 December"],
                     ["Outstanding at", "31 December"], ["Per cent", "outstanding"]],
                    t1_cells(), [60, 92, 92, 92, 70])
        elif kind == "table2":
            d.table("Table 2: Allocations under the 1035 Facility in 2010 (in US dollars)",
                    [[""], ["Number of", "projects"], ["Amount", "allocated"]],
                    t2_cells(), [120, 90, 110])
    d.finish_page()
    d.c.save()


if __name__ == "__main__":
    main()
