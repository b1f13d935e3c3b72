# Draws scpf-report-2010.pdf (MC/2298, report of the SCPF on its sixth session) with reportlab.
import os
import re
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "scpf-report-2010.pdf")

SYMBOL = "MC/2298"
W, H = A4
LM = 72          # left margin
RM = W - 72      # right margin
TOP = H - 86     # first text baseline on body pages
BOTTOM = 70      # lowest baseline allowed

BODY_FONT, BODY_BOLD, BODY_SIZE, LEAD = "Times-Roman", "Times-Bold", 11.5, 14.2
FN_SIZE, FN_LEAD = 9.5, 11
SUP_SIZE, SUP_RISE = 7, 4.2
NUM_IND = 36     # text indent after paragraph number
ITEM_LBL = 36    # item label position
ITEM_TXT = 72    # item text position

# ---------------------------------------------------------------- text model
# Inline footnote markers are written ^n^ in the source strings.

def segments(word):
    """split a word into (text, sup) segments"""
    out = []
    for i, part in enumerate(re.split(r"\^([0-9*]+)\^", word)):
        if part:
            out.append((part, i % 2 == 1))
    return out


def seg_width(segs, font, size):
    return sum(stringWidth(t, font, SUP_SIZE if s else size) for t, s in segs)


def wrap(text, width_first, width_rest, font=BODY_FONT, size=BODY_SIZE):
    words = text.split()
    lines, cur, curw = [], [], 0.0
    space = stringWidth(" ", font, size)
    for w in words:
        segs = segments(w)
        ww = seg_width(segs, font, size)
        limit = width_first if not lines else width_rest
        if cur and curw + space + ww > limit:
            lines.append(cur)
            cur, curw = [], 0.0
        cur.append(segs)
        curw = ww if len(cur) == 1 else curw + space + ww
    if cur:
        lines.append(cur)
    return lines


def markers_in(line):
    return [t for segs in line for t, s in segs if s]


# ---------------------------------------------------------------- document
FOOTNOTES = {
    "1": "The list of participants is contained in document SCPF/47.",
    "2": "The full text of the Director General\u2019s statement has been made available to Member States "
         "on the IOM website for Member States.",
    "3": "Article 4 of the Constitution provides that a Member which is in arrears in the payment of its "
         "financial contributions to the Organization shall have no vote in the Council if the amount of its "
         "arrears equals or exceeds the amount of the contributions due from it for the preceding two full years.",
    "4": "The report of the External Auditor forms part of document MC/2292 and was also presented to the "
         "Standing Committee orally.",
    "5": "The Facility takes its name from Council Resolution No. 1035 (LXXX) of 29 November 2000.",
    "6": "Line 2 is financed from discretionary income; its allocation is reviewed each year in the light of the "
         "income actually received.",
    "7": "The review has since been issued as document MC/INF/302, for consideration by the Council at its "
         "Ninety-ninth Session.",
}

BODY = [
    ("title", "REPORT OF THE STANDING COMMITTEE ON PROGRAMMES AND FINANCE ON ITS SIXTH SESSION"),

    ("h", "I.", "OPENING OF THE SESSION AND ATTENDANCE"),
    ("p", "1.", "The Standing Committee on Programmes and Finance held its Sixth Session at the Centre "
     "International de Conf\u00e9rences Gen\u00e8ve (CICG) on 4 and 5 May 2010. Four meetings were held. The "
     "session was opened on the morning of 4 May by the Chairperson, Ms. A. Brennan (Ireland), who welcomed "
     "the participants and recalled that the Committee\u2019s conclusions on the items before it would be "
     "transmitted to the Council at its Ninety-ninth Session."),
    ("p", "2.", "The following Member States were represented:^1^ Afghanistan, Algeria, Angola, Argentina, "
     "Armenia, Australia, Austria, Bangladesh, Belgium, Bolivia (Plurinational State of), Brazil, Bulgaria, "
     "Burkina Faso, Cameroon, Canada, Chile, Colombia, Costa Rica, C\u00f4te d\u2019Ivoire, Croatia, Cyprus, "
     "Czech Republic, Denmark, Dominican Republic, Ecuador, Egypt, El Salvador, Finland, France, Germany, Ghana, "
     "Greece, Guatemala, Haiti, Honduras, Hungary, India, Iran (Islamic Republic of), Ireland, Israel, Italy, "
     "Japan, Jordan, Kenya, Lithuania, Luxembourg, Madagascar, Mali, Mexico, Morocco, Netherlands, New Zealand, "
     "Nicaragua, Nigeria, Norway, Pakistan, Panama, Paraguay, Peru, Philippines, Poland, Portugal, Republic of "
     "Korea, Romania, Senegal, Serbia, Slovakia, Slovenia, South Africa, Spain, Sri Lanka, Sudan, Sweden, "
     "Switzerland, Thailand, Tunisia, Turkey, Uganda, Ukraine, United Kingdom of Great Britain and Northern "
     "Ireland, United Republic of Tanzania, United States of America, Uruguay, Venezuela (Bolivarian Republic "
     "of), Yemen, Zambia and Zimbabwe."),
    ("p", "3.", "China, Indonesia, Qatar and the Russian Federation were represented by observers, as were "
     "the Holy See and the Sovereign Military Order of Malta."),

    ("h", "II.", "ADOPTION OF THE AGENDA"),
    ("p", "4.", "The Standing Committee adopted the agenda set out in document SCPF/41, on the understanding "
     "that a short oral update on the review of the IOM Strategy would be given under \u201cOther business\u201d."),

    ("h", "III.", "STATEMENT BY THE DIRECTOR GENERAL"),
    ("p", "5.", "In his statement to the Committee,^2^ the Director General dwelt first on the response of the "
     "Organization to the earthquake that struck Haiti on 12 January 2010. Within weeks IOM had become one of the "
     "largest operational agencies in the country, leading the coordination of camp management for more than "
     "1.3 million displaced persons. He paid tribute to the staff deployed there, several of whom had themselves "
     "lost relatives and homes, and thanked the donors whose rapid contributions had made the response possible."),
    ("p", "6.", "Turning to the finances of the Organization, he observed that the Operational Part of the "
     "Budget continued to grow while the Administrative Part remained at zero nominal growth for yet another "
     "year. The structure was stretched to its limits, and he hoped that the Working Group on Budget Reform "
     "would be able to put forward practical proposals before the end of the year. Delegations from Colombia, "
     "Kenya, the Philippines and the United States of America welcomed the statement; a number of speakers "
     "asked to be kept informed of the lessons learned in Haiti, in particular as regards shelter and the "
     "protection of vulnerable groups in camps."),
    ("p", "7.", "The Standing Committee took note of the statement by the Director General."),

    ("h", "IV.", "STATUS REPORT ON OUTSTANDING CONTRIBUTIONS TO THE ADMINISTRATIVE PART OF THE BUDGET"),
    ("p", "8.", "The Administration introduced document SCPF/43, which set out the position as at "
     "30 April 2010. Outstanding assessed contributions at that date amounted to CHF 20,532,443, broken down "
     "as follows:"),
    ("table",
     "Outstanding contributions as at 30 April 2010 (in Swiss francs)",
     ["Category", "Member States", "Amount"],
     [["Payment plans in force", "5", "2,146,310"],
      ["Arrears of two or more full years", "9", "3,782,905"],
      ["Other outstanding contributions", "61", "14,603,228"],
      ["Total", "75", "20,532,443"]]),
    ("p", "9.", "Since the document had been issued, payments had been received from Austria, Cameroon, "
     "Ecuador, Finland and Peru, which reduced the amount outstanding to CHF 18,947,066. Nine Member States "
     "nevertheless remained subject to Article 4 of the Constitution.^3^ The Administration had written to "
     "each of them and stood ready to discuss payment plans adapted to their circumstances."),
    ("p", "10.", "Several delegations expressed concern that the arrears of a small number of Member States "
     "were being carried over from one year to the next, which placed an unfair burden on those that paid on "
     "time. The representative of Peru said that her Government had settled its contributions for 2008 and "
     "2009 in full and intended to pay its 2010 assessment before the Ninety-ninth Session of the Council."),
    ("p", "11.", "The Standing Committee took note of the status of outstanding contributions and urged all "
     "Member States in arrears to pay their contributions in full as soon as possible or to agree on a "
     "payment plan with the Administration."),

    ("h", "V.", "FINANCIAL REPORT FOR THE YEAR ENDED 31 DECEMBER 2009"),
    ("p", "12.", "The Administration presented the Financial Report for the year ended 31 December 2009 "
     "(MC/2292).^4^ Combined expenditure under the Administrative and Operational Parts of the Budget had "
     "reached USD 1,026.1 million, an increase of 2.4 per cent over 2008. Expenditure under the "
     "Administrative Part had remained within the approved level of CHF 39,388,000."),
    ("p", "13.", "The representative of the External Auditor stated that the financial statements presented "
     "fairly the financial position of the Organization and that an unqualified opinion had been issued. He "
     "drew attention to the recommendations concerning the control of field office bank accounts and the "
     "preparations for the adoption of the International Public Sector Accounting Standards (IPSAS)."),
    ("p", "14.", "Delegations commended the quality of the report. In reply to a question from the "
     "representative of Japan, the Administration explained that the preparations for IPSAS would be phased "
     "over three financial years and that their cost would be met within existing resources."),
    ("p", "15.", "The Standing Committee:"),
    ("item", "(a)", "took note of the Financial Report for the year ended 31 December 2009 and of the report of "
     "the External Auditor;"),
    ("item", "(b)", "recommended that the Council approve the Financial Report for the year ended "
     "31 December 2009; and"),
    ("item", "(c)", "requested the Administration to report to it at its next session on the implementation "
     "of the External Auditor\u2019s recommendations."),

    ("h", "VI.", "REVISION OF THE PROGRAMME AND BUDGET FOR 2010"),
    ("p", "16.", "Introducing document MC/2294, the Administration recalled that the Programme and Budget for "
     "2010 (MC/2281) had been approved by the Council in November 2009 with an Operational Part of "
     "USD 636.3 million. The revised estimate for the Operational Part stood at USD 1,021.7 million, owing "
     "largely to new activities in Haiti and Pakistan. The Administrative Part remained unchanged at "
     "CHF 39,388,000."),
    ("p", "17.", "Some delegations noted that the substantial increase in operations had not been matched by "
     "any strengthening of the core structure, and asked how the Administration intended to manage the "
     "resulting risks. The Administration replied that it would submit options to the Working Group on Budget "
     "Reform."),
    ("p", "18.", "The Standing Committee took note of document MC/2294 and recommended that the Council "
     "approve the revised Programme and Budget for 2010."),

    ("h", "VII.", "SUPPORT FOR DEVELOPING MEMBER STATES AND MEMBER STATES WITH ECONOMY IN TRANSITION "
     "(1035 FACILITY)"),
    ("p", "19.", "The Administration introduced the report on the 1035 Facility (SCPF/45).^5^ In 2009 the "
     "Facility had supported 46 projects in 41 Member States, for a total of USD 3,812,000. Projects in the "
     "field of labour migration and in the fight against trafficking in persons accounted for over half of "
     "the total."),
    ("p", "20.", "The Administration recalled that allocations were made according to the following criteria:"),
    ("item", "(a)", "projects must respond to a need identified by the Government of the Member State "
     "concerned and carry its formal endorsement;"),
    ("item", "(b)", "under Line 1, the ceiling is USD 100,000 for a national project and USD 200,000 for a "
     "regional project; and"),
    ("item", "(c)", "under Line 2, additional funds may be allocated to eligible Member States that have "
     "paid their assessed contributions in full.^6^"),
    ("p", "21.", "The delegations of Egypt, Ghana, Honduras and Sri Lanka expressed appreciation for the "
     "support received from the Facility. The Standing Committee took note of document SCPF/45 and encouraged "
     "Member States in a position to do so to make voluntary contributions to the Facility."),

    ("h", "VIII.", "HUMAN RESOURCES MANAGEMENT"),
    ("p", "22.", "Presenting the annual report on human resources (SCPF/46), the Administration highlighted "
     "the following points:"),
    ("bullet", "the Organization employed 7,312 staff members at 31 December 2009, of whom 1,028 were "
     "officials and 6,284 employees;"),
    ("bullet", "more than 95 per cent of staff members served in the field;"),
    ("bullet", "women held 41 per cent of posts in the official category, against 39 per cent one year "
     "earlier; and"),
    ("bullet", "the revised staff evaluation system would be extended to all offices by the end of 2010."),
    ("p", "23.", "The delegations of the Netherlands, Nigeria and Switzerland encouraged the Administration "
     "to pursue its efforts towards a better gender and geographical balance, in particular at senior levels. "
     "The Administration noted that geographical distribution depended also on the availability of "
     "qualified candidates from under-represented Member States."),
    ("p", "24.", "The Standing Committee took note of the report on human resources management."),

    ("h", "IX.", "OTHER BUSINESS"),
    ("p", "25.", "The Chief of Staff gave an oral update on the review of the IOM Strategy adopted by the "
     "Council in Resolution No. 1150 of 7 June 2007, and invited Member States to participate in informal "
     "consultations on the subject in June and September.^7^"),
    ("p", "26.", "The Chairperson informed the Committee that its Seventh Session would be held on 26 and "
     "27 October 2010."),

    ("h", "X.", "CLOSURE OF THE SESSION"),
    ("p", "27.", "The Chairperson declared the Sixth Session closed on 5 May 2010 at 5.40 p.m."),
]


# ---------------------------------------------------------------- renderer
class Doc:
    def __init__(self, path):
        self.c = canvas.Canvas(path, pagesize=A4)
        self.c.setTitle("MC/2298 - Report of the Standing Committee on Programmes and Finance on its Sixth Session")
        self.c.setAuthor("International Organization for Migration")
        self.page = 0
        self.y = None
        self.fns = []   # footnote numbers placed on current page
        self.prev = None

    # -- helpers
    def draw_line(self, x, y, line, font=BODY_FONT, size=BODY_SIZE):
        t = self.c.beginText(x, y)
        first = True
        for segs in line:
            if not first:
                t.setFont(font, size)
                t.setRise(0)
                t.textOut(" ")
            first = False
            for txt, sup in segs:
                if sup:
                    t.setFont(font, SUP_SIZE)
                    t.setRise(SUP_RISE)
                else:
                    t.setFont(font, size)
                    t.setRise(0)
                t.textOut(txt)
        t.setRise(0)
        self.c.drawText(t)

    def fn_height(self, nums):
        if not nums:
            return 0
        h = 16  # rule and gap
        for n in nums:
            h += len(wrap(FOOTNOTES[n], RM - LM - 14, RM - LM - 14, size=FN_SIZE)) * FN_LEAD + 2
        return h

    def new_page(self):
        if self.page > 0:
            self.finish_page()
        self.page += 1
        self.c.setFont(BODY_FONT, BODY_SIZE)
        self.c.drawRightString(RM, H - 44, SYMBOL)
        self.c.drawRightString(RM, H - 58, "Page %d" % self.page)
        self.y = TOP
        self.fns = []

    def finish_page(self):
        if self.fns:
            h = self.fn_height(self.fns)
            y = BOTTOM - 6 + h - 12
            self.c.setFont(BODY_FONT, FN_SIZE)
            self.c.drawString(LM, y + 4, "__________")
            y -= 12
            for n in self.fns:
                lines = wrap(FOOTNOTES[n], RM - LM - 14, RM - LM - 14, size=FN_SIZE)
                self.c.setFont(BODY_FONT, SUP_SIZE)
                self.c.drawString(LM + 4, y + 2.6, n)
                for ln in lines:
                    self.draw_line(LM + 14, y, ln, size=FN_SIZE)
                    y -= FN_LEAD
                y -= 2
        self.c.showPage()

    def room(self, need_lines_h, extra_fns=()):
        return self.y - need_lines_h >= BOTTOM + self.fn_height(self.fns + list(extra_fns))

    def place(self, x, line, font=BODY_FONT):
        m = markers_in(line)
        if not self.room(0, m):
            self.new_page()
        self.draw_line(x, self.y, line, font=font)
        self.fns += m
        self.y -= LEAD

    # -- blocks
    def title(self, text):
        lines = wrap(text, 330, 330, font=BODY_BOLD)
        for ln in lines:
            s = " ".join("".join(t for t, _ in segs) for segs in ln)
            self.c.setFont(BODY_BOLD, BODY_SIZE)
            self.c.drawCentredString(W / 2, self.y, s)
            self.y -= LEAD
        self.y -= LEAD

    def heading(self, num, text):
        if self.prev == "item":
            self.y -= LEAD * 0.5
        lines = wrap(text, RM - LM - NUM_IND, RM - LM - NUM_IND, font=BODY_BOLD)
        need = (len(lines) + 3) * LEAD
        if not self.room(need):
            self.new_page()
        self.c.setFont(BODY_BOLD, BODY_SIZE)
        self.c.drawString(LM, self.y, num)
        for ln in lines:
            self.draw_line(LM + NUM_IND, self.y, ln, font=BODY_BOLD)
            self.y -= LEAD
        self.y -= LEAD

    def para(self, num, text):
        if self.prev == "item":
            self.y -= LEAD * 0.5
        lines = wrap(text, RM - LM - NUM_IND, RM - LM)
        if not self.room(LEAD * min(2, len(lines))):
            self.new_page()
        self.c.setFont(BODY_FONT, BODY_SIZE)
        self.c.drawString(LM, self.y, num)
        for i, ln in enumerate(lines):
            self.place(LM + (NUM_IND if i == 0 else 0), ln)
        self.y -= LEAD

    def item(self, label, text, bullet=False):
        lines = wrap(text, RM - LM - ITEM_TXT, RM - LM - ITEM_TXT)
        if not self.room(LEAD * min(2, len(lines))):
            self.new_page()
        self.c.setFont(BODY_FONT, BODY_SIZE)
        self.c.drawString(LM + ITEM_LBL + (8 if bullet else 0), self.y, label)
        for ln in lines:
            self.place(LM + ITEM_TXT, ln)
        self.y -= LEAD * 0.5

    def table(self, caption, head, rows):
        need = (len(rows) + 4) * LEAD + 10
        if not self.room(need):
            self.new_page()
        c = self.c
        x0, x1 = LM + 36, RM - 36
        col_n, col_a = x0 + 300, x1 - 6      # right edges of numeric columns
        c.setFont(BODY_BOLD, 10.5)
        c.drawCentredString(W / 2, self.y, caption)
        self.y -= LEAD * 1.1
        c.setLineWidth(0.6)
        c.line(x0, self.y + 10, x1, self.y + 10)
        c.drawString(x0 + 4, self.y - 1, head[0])
        c.drawRightString(col_n, self.y - 1, head[1])
        c.drawRightString(col_a, self.y - 1, head[2])
        self.y -= LEAD
        c.line(x0, self.y + 8, x1, self.y + 8)
        for r in rows:
            bold = r[0] == "Total"
            if bold:
                c.line(x0, self.y + 9, x1, self.y + 9)
            c.setFont(BODY_BOLD if bold else BODY_FONT, 10.5)
            c.drawString(x0 + 4, self.y - 1, r[0])
            c.drawRightString(col_n, self.y - 1, r[1])
            c.drawRightString(col_a, self.y - 1, r[2])
            self.y -= LEAD
        c.line(x0, self.y + 9, x1, self.y + 9)
        self.y -= LEAD

    # -- cover
    def cover(self):
        c = self.c
        c.setFont(BODY_BOLD, 12)
        c.drawRightString(RM, H - 60, SYMBOL)
        c.setFont(BODY_FONT, 11)
        c.drawRightString(RM, H - 76, "Original: ENGLISH")
        c.drawRightString(RM, H - 90, "8 November 2010")
        c.setFont(BODY_BOLD, 12)
        c.drawCentredString(W / 2, H - 150, "NINETY-NINTH SESSION")
        c.setFont(BODY_FONT, 11)
        c.drawCentredString(W / 2, H - 166, "_" * 86)
        y = H - 290
        c.setFont(BODY_BOLD, 13)
        c.drawCentredString(W / 2, y, "REPORT OF THE STANDING COMMITTEE ON")
        y -= 18
        c.drawCentredString(W / 2, y, "PROGRAMMES AND FINANCE")
        y -= 18
        last = "ON ITS SIXTH SESSION"
        wl = stringWidth(last, BODY_BOLD, 13)
        xs = W / 2 - wl / 2
        c.drawString(xs, y, last)
        c.setFont(BODY_BOLD, 9)
        c.drawString(xs + wl + 0.5, y + 5, "*")
        y -= 46
        c.setFont(BODY_FONT, 12)
        c.drawCentredString(W / 2, y, "Geneva")
        y -= 16
        c.drawCentredString(W / 2, y, "4-5 May 2010")
        y -= 60
        c.drawCentredString(W / 2, y, "Rapporteur: Mr. D. Ndlovu (South Africa)")
        # cover note
        y = 170
        c.setFont(BODY_FONT, FN_SIZE)
        c.drawString(LM, y, "__________")
        y -= 14
        note = ("This report was approved by the Standing Committee on Programmes and Finance at its "
                "Seventh Session on 27 October 2010.")
        c.setFont(BODY_FONT, SUP_SIZE)
        c.drawString(LM + 4, y + 2.6, "*")
        for ln in wrap(note, RM - LM - 14, RM - LM - 14, size=FN_SIZE):
            self.draw_line(LM + 14, y, ln, size=FN_SIZE)
            y -= FN_LEAD
        # trilingual footer
        c.setLineWidth(1.2)
        c.line(LM, 82, RM, 82)
        c.setFont(BODY_BOLD, 12)
        c.drawString(LM + 20, 64, "COUNCIL")
        c.drawCentredString(W / 2, 64, "CONSEIL")
        c.drawRightString(RM - 20, 64, "CONSEJO")
        c.showPage()

    def build(self):
        self.cover()
        self.new_page()
        for b in BODY:
            k = b[0]
            if k == "title":
                self.title(b[1])
            elif k == "h":
                self.heading(b[1], b[2])
            elif k == "p":
                self.para(b[1], b[2])
            elif k == "item":
                self.item(b[1], b[2])
            elif k == "bullet":
                self.item("\u2022", b[1], bullet=True)
            elif k == "table":
                self.table(b[1], b[2], b[3])
            self.prev = "item" if k in ("item", "bullet") else k
        self.finish_page()
        self.c.save()


if __name__ == "__main__":
    Doc(OUT).build()
    print("wrote", OUT)
