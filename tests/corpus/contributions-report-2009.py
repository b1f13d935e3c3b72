# Draws contributions-report-2009.pdf (SCPF/27, 21 April 2009) with reportlab.
import os, re
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "contributions-report-2009.pdf")
SYMBOL = "SCPF/27"

W, H = A4
LM, RM = 72, W - 72
TOP = H - 60
BOTTOM = 70
FONT, BOLD, ITAL = "Times-Roman", "Times-Bold", "Times-Italic"
FS, LEAD = 11.5, 14.2
FN_FS, FN_LEAD = 9, 11

# ---------------------------------------------------------------- data
ROWS = [
    # state, 2006 and prior, 2007, 2008, 2009, note
    ("Afghanistan", 0, 0, 7876, 7915, ""),
    ("Angola", 0, 0, 23131, 23245, ""),
    ("Benin", 19540, 3762, 3854, 3939, ""),
    ("Burundi", 31206, 3762, 3854, 3939, ""),
    ("Central African Republic", 42118, 3762, 3854, 3939, ""),
    ("Chad", 0, 1210, 3854, 3939, ""),
    ("Congo", 8925, 3762, 3854, 3939, ""),
    ("C\u00f4te d'Ivoire", 0, 0, 11562, 11817, ""),
    ("Democratic Republic of the Congo", 96384, 11286, 11562, 11817, ""),
    ("Dominican Republic", 54210, 0, 0, 11817, ""),
    ("El Salvador", 0, 0, 7708, 7878, ""),
    ("Gambia", 14377, 3762, 3854, 3939, ""),
    ("Guinea", 0, 1405, 3854, 3939, ""),
    ("Guinea-Bissau", 22640, 3762, 3854, 3939, ""),
    ("Haiti", 0, 0, 3854, 3939, ""),
    ("Honduras", 0, 0, 5781, 5908, ""),
    ("Kyrgyzstan", 18722, 0, 0, 3939, ""),
    ("Liberia", 61905, 0, 3854, 3939, "a"),
    ("Libyan Arab Jamahiriya", 0, 0, 48175, 49230, ""),
    ("Madagascar", 0, 0, 3854, 3939, ""),
    ("Mali", 0, 0, 1102, 3939, ""),
    ("Mauritania", 12063, 3762, 3854, 3939, ""),
    ("Niger", 27951, 3762, 3854, 3939, ""),
    ("Paraguay", 73480, 0, 0, 11817, ""),
    ("Peru", 0, 0, 34689, 35450, ""),
    ("Rwanda", 0, 0, 3854, 3939, ""),
    ("Sierra Leone", 9530, 3762, 3854, 3939, ""),
    ("Somalia", 33817, 3762, 3854, 3939, ""),
    ("Sudan", 0, 0, 7708, 7878, ""),
    ("Tajikistan", 0, 2140, 3854, 3939, ""),
    ("Uganda", 0, 0, 3854, 3939, ""),
    ("Uruguay", 0, 0, 30832, 31510, ""),
    ("Venezuela (Bolivarian Republic of)", 0, 38110, 76313, 77985, ""),
    ("Yemen", 0, 0, 7708, 7878, ""),
    ("Zimbabwe", 5214, 3762, 3854, 3939, ""),
]
PLANS = [
    ("Democratic Republic of the Congo", "2006", 118560, 22176),
    ("Dominican Republic", "2005", 108420, 54210),
    ("Kyrgyzstan", "2007", 28083, 9361),
    ("Liberia", "2006", 82540, 20635),
    ("Paraguay", "2004", 183700, 110220),
]

def fmt(n):
    return "-" if n == 0 else "{:,}".format(n)

tot = [sum(r[i] for r in ROWS) for i in range(1, 5)]
grand = sum(tot)
arrears = tot[0] + tot[1] + tot[2]
# Article 4: arrears at least equal to the full 2007 and 2008 assessments, and no plan
# being respected (the Democratic Republic of the Congo has defaulted on its plan).
art4 = [r[0] for r in ROWS
        if (r[0] not in [p[0] for p in PLANS] or r[0].startswith("Democratic"))
        and r[1] > 0 and r[2] == 3762 or r[0].startswith("Democratic")]
pl_tot = [sum(p[i] for p in PLANS) for i in (2, 3)]
if __name__ == "__main__" and os.environ.get("SHOW"):
    print(len(ROWS), tot, grand, arrears, art4, len(art4), pl_tot)

# ---------------------------------------------------------------- text
BODY = [
    ("h", "I.", "INTRODUCTION"),
    ("p", "1", "This document reports on the status of assessed contributions to the Administrative "
     "Part of the Budget as at 31 March 2009. It updates the information given to the Standing "
     "Committee on Programmes and Finance at its Third Session in November 2008 (SCPF/19) and is "
     "submitted in keeping with the Council's request that the governing bodies be informed "
     "regularly of the amounts owed by Member States in arrears.§1"),
    ("p", "2", "The Administrative Part of the Budget for 2009 was approved by the Council at its "
     "Ninety-sixth Session in the amount of CHF 39,388,000 (MC/2262). It is financed entirely from "
     "the contributions assessed on Member States in accordance with the agreed scale of "
     "assessment for 2009."),
    ("p", "3", "Under the Financial Regulations, assessed contributions fall due in full on 1 January "
     "of the year to which they relate. Any part of a contribution that remains unpaid on "
     "31 December of that year is considered to be in arrears."),
    ("h", "II.", "CONTRIBUTIONS RECEIVED"),
    ("p", "4", "As at 31 March 2009, contributions totalling CHF 17,652,318 had been received "
     "against the 2009 assessments, representing 44.8 per cent of the amount due. At the same "
     "date in 2008, the Organization had received CHF 15,904,775, or 41.3 per cent, of the "
     "assessed contributions for that year."),
    ("p", "5", "Since the last report, payments amounting to CHF 1,386,540 have been received "
     "against arrears for 2008 and prior years. Armenia, Bolivia, Cameroon, Ecuador, Georgia, "
     "Jamaica and Nicaragua have settled their outstanding contributions in full, and partial "
     "payments were received from nine other Member States. The Administration wishes to thank "
     "these Member States for their efforts, which in several cases were made in difficult "
     "economic circumstances."),
    ("h", "III.", "OUTSTANDING CONTRIBUTIONS"),
    ("p", "6", "Notwithstanding these payments, {n} Member States still owed contributions for "
     "2008 or earlier years as at 31 March 2009. Their arrears amount to CHF {arr}, compared with "
     "CHF 1,207,436 owed for 2007 and prior years at 31 March 2008. Table 1 shows the amounts "
     "outstanding by year of assessment, together with the 2009 contributions still due from the "
     "same Member States, bringing the total owed by them to CHF {grand}."),
    ("p", "7", "More than half of the arrears relates to 2006 and earlier years, and most of that "
     "amount (CHF {plan}) is covered by the payment plans described in Section IV below. The "
     "balance consists largely of 2008 contributions from Member States that have historically "
     "paid late in the year but are otherwise up to date."),
    ("p", "8", "Reminders were sent to all Member States with outstanding contributions in "
     "January 2009, and the Administration has followed up with the Permanent Missions concerned "
     "in Geneva and, where appropriate, through IOM offices in the capitals. It will continue to "
     "do so before the Ninety-eighth Session of the Council in November 2009."),
    ("T1",),
    ("h", "IV.", "PAYMENT PLANS"),
    ("p", "9", "Member States with long-standing arrears may agree with the Administration on a "
     "plan to pay them in annual instalments over a period of up to ten years, while paying their "
     "current contributions in full.§2 Five such plans are in force; their status is set out in "
     "Table 2."),
    ("T2",),
    ("p", "10", "The Dominican Republic, Kyrgyzstan and Paraguay have paid the instalments due "
     "under their plans up to the end of 2008. Liberia paid its 2008 instalment in full in "
     "February 2009, and a further payment was received shortly after the cut-off date of this "
     "report. No payment has been received from the Democratic Republic of the Congo since "
     "July 2007, and the Administration has written to the Permanent Mission to propose a revised "
     "schedule."),
    ("p", "11", "A Member State that respects the terms of its payment plan is not regarded as "
     "being subject to the provisions of Article 4 of the Constitution for the amounts covered by "
     "the plan."),
    ("h", "V.", "MEMBER STATES SUBJECT TO ARTICLE 4 OF THE CONSTITUTION"),
    ("p", "12", "Article 4 of the Constitution provides that a Member State which fails to meet "
     "its financial obligations to the Organization shall have no vote in the Council if the total "
     "arrears due from it equal or exceed the amount of the contributions due from it for the "
     "preceding two full years. The Council may nevertheless permit such a Member State to vote "
     "if it is satisfied that the failure to pay is due to conditions beyond its control."),
    ("p", "13", "On the basis of the figures in Table 1, the following {na} Member States fell "
     "within the terms of Article 4 as at 31 March 2009: {art4}."),
    ("p", "14", "No request for the restoration of voting rights under the second sentence of "
     "Article 4 had been received at the date of this report. Any such request will be brought to "
     "the attention of the Council at its next session."),
    ("h", "VI.", "CONCLUSION"),
    ("p", "15", "The timely payment of assessed contributions remains essential if the "
     "Organization is to carry out the core structure functions financed from the Administrative "
     "Part of the Budget, which has been held at zero nominal growth since 2003."),
    ("p", "16", "The Standing Committee on Programmes and Finance is invited to:"),
    ("i", "(a)", "take note of the present report;"),
    ("i", "(b)", "urge Member States in arrears, and in particular those subject to Article 4 of "
     "the Constitution, to pay their outstanding contributions in full or to agree on a payment "
     "plan with the Administration and respect its terms; and"),
    ("i", "(c)", "encourage all Member States to pay their 2009 contributions as early in the "
     "year as possible."),
]
FOOTNOTES = {
    "1": "See Council Resolution No. 1068 (LXXXII) of 28 November 2001 on the measures to be "
         "applied to Member States in arrears, and the previous status report (SCPF/19) of "
         "15 October 2008.",
    "2": "The conditions governing payment plans were endorsed by the Executive Committee in "
         "June 2003 on the basis of document MC/EX/648. A payment plan does not affect the "
         "obligation to pay each year's assessed contribution when it falls due.",
}

def art4_text():
    names = art4[:]
    return ", ".join(names[:-1]) + " and " + names[-1]

def fill(s):
    return s.format(n=len(ROWS), arr="{:,}".format(arrears), grand="{:,}".format(grand),
                    na="twelve" if len(art4) == 12 else str(len(art4)), art4=art4_text(),
                    plan="{:,}".format(pl_tot[0] - pl_tot[1]))

# ---------------------------------------------------------------- drawing helpers
class Doc:
    def __init__(self):
        self.c = canvas.Canvas(OUT, pagesize=A4)
        self.c.setTitle("SCPF/27 - Status report on outstanding contributions")
        self.c.setAuthor("International Organization for Migration")
        self.page = 1
        self.fns = []        # footnotes on current page
        self.y = None

    def fn_height(self, fns):
        if not fns:
            return 0
        h = 14
        for m in fns:
            h += len(self.wrap_plain(FOOTNOTES[m], RM - LM - 14, FN_FS)) * FN_LEAD + 2
        return h

    def limit(self, extra=()):
        b = BOTTOM + (46 if self.page == 1 else 0)  # room for the trilingual footer
        return b + self.fn_height(self.fns + list(extra))

    def wrap_plain(self, text, width, fs, font=FONT):
        words, lines, cur = text.split(), [], ""
        for w in words:
            t = (cur + " " + w) if cur else w
            if stringWidth(t, font, fs) <= width:
                cur = t
            else:
                lines.append(cur); cur = w
        if cur:
            lines.append(cur)
        return lines

    def tokwidth(self, tok, fs):
        m = re.match(r"^(.*?)§(\w)(.*)$", tok)
        if m:
            return (stringWidth(m.group(1) + m.group(3), FONT, fs)
                    + stringWidth(m.group(2), FONT, fs * 0.62))
        return stringWidth(tok, FONT, fs)

    def wrap(self, text, first_w, rest_w, fs=FS):
        words = text.split()
        lines, cur, curw = [], [], 0
        sp = stringWidth(" ", FONT, fs)
        for w in words:
            ww = self.tokwidth(w, fs)
            lim = first_w if not lines else rest_w
            add = ww if not cur else curw + sp + ww
            if add <= lim or not cur:
                cur.append(w); curw = add
            else:
                lines.append(cur); cur, curw = [w], ww
        if cur:
            lines.append(cur)
        return lines

    def draw_words(self, x, y, words, fs=FS):
        c = self.c
        sp = stringWidth(" ", FONT, fs)
        for i, w in enumerate(words):
            if i:
                x += sp
            m = re.match(r"^(.*?)§(\w)(.*)$", w)
            if m:
                c.setFont(FONT, fs); c.drawString(x, y, m.group(1))
                x += stringWidth(m.group(1), FONT, fs)
                c.setFont(FONT, fs * 0.62); c.drawString(x, y + fs * 0.38, m.group(2))
                x += stringWidth(m.group(2), FONT, fs * 0.62)
                c.setFont(FONT, fs); c.drawString(x, y, m.group(3))
                x += stringWidth(m.group(3), FONT, fs)
            else:
                c.setFont(FONT, fs); c.drawString(x, y, w)
                x += stringWidth(w, FONT, fs)

    def finish_page(self):
        c = self.c
        if self.fns:
            y = self.limit() - 4 - (0)
            # footnotes sit just above the bottom limit
            y = BOTTOM + (46 if self.page == 1 else 0) + self.fn_height(self.fns) - 4
            c.setFont(FONT, FS)
            c.drawString(LM, y, "__________")
            y -= 14
            for m in self.fns:
                lines = self.wrap_plain(FOOTNOTES[m], RM - LM - 14, FN_FS)
                c.setFont(FONT, FN_FS * 0.7); c.drawString(LM, y + 3.5, m)
                for k, ln in enumerate(lines):
                    c.setFont(FONT, FN_FS); c.drawString(LM + 14, y, ln)
                    y -= FN_LEAD
                y -= 2
        if self.page == 1:
            c.setFont("Helvetica-Bold", 7.5)
            c.drawCentredString(W / 2, 52, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE")
            c.drawCentredString(W / 2, 43, "COMIT\u00c9 PERMANENT DES PROGRAMMES ET DES FINANCES")
            c.drawCentredString(W / 2, 34, "COMIT\u00c9 PERMANENTE DE PROGRAMAS Y FINANZAS")
        c.showPage()
        self.page += 1
        self.fns = []
        self.start_page()

    def start_page(self):
        c = self.c
        c.setFont(FONT, FS)
        c.drawRightString(RM, TOP, SYMBOL)
        c.drawRightString(RM, TOP - 13, "Page %d" % self.page)
        self.y = TOP - 13 - 34

    def need(self, h, extra=()):
        if self.y - h < self.limit(extra):
            self.finish_page()

    def heading(self, num, text):
        self.need(LEAD * 3)
        c = self.c
        c.setFont(BOLD, FS)
        c.drawString(LM, self.y, num)
        c.drawString(LM + 36, self.y, text)
        self.y -= LEAD * 2

    def para(self, num, text, indent=0, label_x=None):
        text = fill(text)
        lines = self.wrap(text, RM - LM - 36 - indent, RM - LM - indent)
        if label_x is None:
            label_x = LM
        for k, ln in enumerate(lines):
            marks = [m for w in ln for m in re.findall(r"§(\w)", w)]
            # keep at least two lines together at a page foot
            self.need(LEAD * (2 if k == 0 and len(lines) > 1 else 1), marks)
            if k == 0:
                self.c.setFont(FONT, FS)
                self.c.drawString(label_x, self.y, num)
                self.draw_words(LM + indent + 36, self.y, ln)
            else:
                self.draw_words(LM + indent, self.y, ln)
            self.fns += marks
            self.y -= LEAD
        self.y -= LEAD * 0.75

    def item(self, label, text):
        lines = self.wrap(text, RM - LM - 72, RM - LM - 72)
        for k, ln in enumerate(lines):
            self.need(LEAD)
            if k == 0:
                self.c.setFont(FONT, FS); self.c.drawString(LM + 36, self.y, label)
            self.draw_words(LM + 72, self.y, ln)
            self.y -= LEAD
        self.y -= LEAD * 0.6

    # ---------------------------------------------------------- tables
    def table1(self):
        c = self.c
        cols = [300, 356, 412, 468, RM]
        rl = 12.4
        def header():
            c.setFont(BOLD, 9.5)
            c.setLineWidth(0.6)
            c.line(LM, self.y + 11, RM, self.y + 11)
            c.drawString(LM + 2, self.y - 5, "Member State")
            c.drawRightString(cols[0], self.y, "2006 and")
            c.drawRightString(cols[0], self.y - 11, "prior")
            for x, t in zip(cols[1:], ["2007", "2008", "2009", "Total"]):
                c.drawRightString(x, self.y - 5, t)
            c.line(LM, self.y - 16, RM, self.y - 16)
            self.y -= 16 + rl
        self.need(120)
        c.setFont(BOLD, 10.5)
        c.drawCentredString(W / 2, self.y,
            "Table 1: Outstanding contributions as at 31 March 2009 (in Swiss francs)")
        self.y -= 24
        header()
        for r in ROWS:
            if self.y - rl < self.limit():
                self.finish_page()
                header()
            c.setFont(FONT, 10)
            c.drawString(LM + 2, self.y, r[0])
            if r[5]:
                c.setFont(FONT, 6.5)
                c.drawString(LM + 2 + stringWidth(r[0], FONT, 10) + 0.8, self.y + 4, r[5])
                c.setFont(FONT, 10)
            vals = list(r[1:5]) + [sum(r[1:5])]
            for x, v in zip(cols, vals):
                c.drawRightString(x, self.y, fmt(v))
            self.y -= rl
        c.setLineWidth(0.6)
        c.line(LM, self.y + rl - 3, RM, self.y + rl - 3)
        self.y -= 3
        c.setFont(BOLD, 10)
        c.drawString(LM + 2, self.y, "Total")
        for x, v in zip(cols, tot + [grand]):
            c.drawRightString(x, self.y, fmt(v))
        c.line(LM, self.y - 5, RM, self.y - 5)
        self.y -= 20
        c.setFont(FONT, 6.5)
        c.drawString(LM + 2, self.y + 3.5, "a")
        c.setFont(FONT, 9)
        c.drawString(LM + 9, self.y, "A payment of CHF 12,480 received from Liberia on 3 April 2009 "
                     "is not reflected in the table.")
        self.y -= LEAD * 1.8

    def table2(self):
        c = self.c
        cols = [322, 392, 460, RM]
        rl = 12.4
        self.need(130)
        c.setFont(BOLD, 10.5)
        c.drawCentredString(W / 2, self.y,
            "Table 2: Payment plans in force as at 31 March 2009 (in Swiss francs)")
        self.y -= 24
        c.setFont(BOLD, 9.5)
        c.setLineWidth(0.6)
        c.line(LM, self.y + 11, RM, self.y + 11)
        c.drawString(LM + 2, self.y - 5, "Member State")
        c.drawCentredString(262, self.y, "Year")
        c.drawCentredString(262, self.y - 11, "agreed")
        for x, a, b in zip(cols[1:], ["Amount", "Paid", ""], ["covered", "to date", "Balance"]):
            if a:
                c.drawRightString(x, self.y, a)
            c.drawRightString(x, self.y - 11, b)
        c.drawRightString(cols[0], self.y - 5, "")
        c.line(LM, self.y - 16, RM, self.y - 16)
        self.y -= 16 + rl
        for p in PLANS:
            c.setFont(FONT, 10)
            c.drawString(LM + 2, self.y, p[0])
            c.drawCentredString(262, self.y, p[1])
            for x, v in zip(cols[1:], [p[2], p[3], p[2] - p[3]]):
                c.drawRightString(x, self.y, fmt(v))
            self.y -= rl
        c.line(LM, self.y + rl - 3, RM, self.y + rl - 3)
        self.y -= 3
        c.setFont(BOLD, 10)
        c.drawString(LM + 2, self.y, "Total")
        for x, v in zip(cols[1:], [pl_tot[0], pl_tot[1], pl_tot[0] - pl_tot[1]]):
            c.drawRightString(x, self.y, fmt(v))
        c.line(LM, self.y - 5, RM, self.y - 5)
        self.y -= LEAD * 2

    # ---------------------------------------------------------- cover
    def cover(self):
        c = self.c
        y = TOP
        c.setFont(BOLD, 12)
        c.drawRightString(RM, y, SYMBOL)
        c.setFont(FONT, FS)
        c.drawRightString(RM, y - 16, "Original: ENGLISH")
        c.drawRightString(RM, y - 30, "21 April 2009")
        y -= 78
        c.setFont(BOLD, 12)
        c.drawCentredString(W / 2, y, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE")
        c.drawCentredString(W / 2, y - 16, "FOURTH SESSION")
        c.setFont(FONT, FS)
        c.drawCentredString(W / 2, y - 36, "12-13 May 2009")
        y -= 50
        c.setLineWidth(0.8)
        c.line(LM + 60, y, RM - 60, y)
        y -= 36
        c.setFont(BOLD, 12.5)
        c.drawCentredString(W / 2, y, "STATUS REPORT ON OUTSTANDING CONTRIBUTIONS")
        c.drawCentredString(W / 2, y - 17, "TO THE ADMINISTRATIVE PART OF THE BUDGET")
        self.y = y - 17 - 44


def main():
    d = Doc()
    d.cover()
    for el in BODY:
        if el[0] == "h":
            d.heading(el[1], el[2])
        elif el[0] == "p":
            d.para(el[1] + ".", el[2])
        elif el[0] == "i":
            d.item(el[1], el[2])
        elif el[0] == "T1":
            d.table1()
        elif el[0] == "T2":
            d.table2()
    # close the last page without starting a new one
    c = d.c
    saved = d.start_page
    d.start_page = lambda: None
    d.finish_page()
    c.save()
    print("pages:", d.page - 1)

if __name__ == "__main__":
    main()
