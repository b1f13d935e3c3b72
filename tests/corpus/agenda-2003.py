# Lays out an invented IOM annotated provisional agenda (Council, Eighty-sixth Session, 2003) on A4.
import re
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

W, H = A4
LM = 72.0
RM = W - 72.0
BOTTOM = 70.0
BODY_TOP = H - 96.0
SYMBOL = "MC/2117"

X_NUM = LM            # item numbers hang at the left margin
X_TEXT = 108.0        # item titles and annotations
X_SUB = 108.0         # (a) labels
X_SUBT = 135.0        # (a) text
X_SUB2 = 135.0        # (i) labels
X_SUB2T = 162.0       # (i) text
X_DOCS = 432.0        # documents column
TITLE_RIGHT = 418.0   # item titles wrap before the documents column

FN_SIZE = 9.0
FN_LEAD = 10.5

FOOTNOTES = {
    "1": "The officers elected at the Eighty-fourth Session are listed in paragraph 7 of document MC/2097.",
    "2": "Delegations are asked to provide the Secretariat with 25 copies of their statements before "
         "delivery and, where possible, with an electronic version, which will be posted on the IOM web "
         "site unless the delegation concerned requests otherwise.",
    "3": "Workshop on Trade and Migration, Geneva, 12 and 13 May 2003. The report of the workshop is "
         "contained in document MC/INF/258.",
    "4": "To be issued after the session of the Subcommittee.",
    "5": "Liberia and Sierra Leone have concluded payment plans with the Administration under Resolution "
         "No. 949 (LXXII) of 27 November 1996, and the instalments due under those plans have been received.",
}


# ---------------------------------------------------------------- text helpers
def words_of(text):
    out = []
    for w in text.split():
        segs = []
        for part in re.split(r"(\{\w+\})", w):
            if not part:
                continue
            if part.startswith("{"):
                segs.append((part[1:-1], True))
            else:
                segs.append((part, False))
        out.append(segs)
    return out


def word_width(segs, font, size):
    return sum(stringWidth(t, font, size * 0.62 if sup else size) for t, sup in segs)


def wrap(text, font, size, width, first_width=None):
    ws = words_of(text)
    lines, cur, curw = [], [], 0.0
    sp = stringWidth(" ", font, size)
    limit = first_width if first_width is not None else width
    for w in ws:
        ww = word_width(w, font, size)
        if cur and curw + sp + ww > limit:
            lines.append(cur)
            cur, curw = [w], ww
            limit = width
        else:
            curw = curw + (sp if cur else 0) + ww
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


def markers_in(line):
    return [t for w in line for t, sup in w if sup]


def draw_words(c, x, y, line, font, size):
    sp = stringWidth(" ", font, size)
    for i, w in enumerate(line):
        if i:
            x += sp
        for t, sup in w:
            if sup:
                c.setFont(font if "Bold" not in font else "Times-Roman", size * 0.62)
                c.drawString(x, y + size * 0.33, t)
                x += stringWidth(t, font, size * 0.62)
            else:
                c.setFont(font, size)
                c.drawString(x, y, t)
                x += stringWidth(t, font, size)
    return x


# ---------------------------------------------------------------- the flow engine
class Flow:
    def __init__(self, path):
        self.c = canvas.Canvas(path, pagesize=A4, invariant=1)
        self.c.setTitle("MC/2117 - Annotated provisional agenda")
        self.c.setAuthor("IOM")
        self.page_label = 0
        self.page_fns = []
        self.y = None
        self.annex = False

    def fn_lines(self, key):
        return wrap(FOOTNOTES[key], "Times-Roman", FN_SIZE, RM - LM - 9)

    def fn_height(self, keys):
        if not keys:
            return 0.0
        h = 16.0
        for k in keys:
            h += len(self.fn_lines(k)) * FN_LEAD + 2.0
        return h

    def header(self):
        c = self.c
        c.setFont("Times-Roman", 11)
        c.drawRightString(RM, H - 42, SYMBOL)
        if self.annex:
            c.drawRightString(RM, H - 55, "Annex")
        else:
            c.drawRightString(RM, H - 55, "Page %d" % self.page_label)

    def start_page(self):
        self.page_label += 1
        self.page_fns = []
        self.header()
        self.y = BODY_TOP

    def finish_page(self):
        c = self.c
        if self.page_fns:
            top = BOTTOM + self.fn_height(self.page_fns) - 4
            c.setLineWidth(0.6)
            c.line(LM, top, LM + 130, top)
            y = top - 13
            for k in self.page_fns:
                c.setFont("Times-Roman", FN_SIZE * 0.7)
                c.drawString(LM, y + 3.2, k)
                for ln in self.fn_lines(k):
                    draw_words(c, LM + 9, y, ln, "Times-Roman", FN_SIZE)
                    y -= FN_LEAD
                y -= 2.0
        c.showPage()

    def room(self, height, keys=()):
        need_fn = self.fn_height(self.page_fns + [k for k in keys if k not in self.page_fns])
        return self.y - height >= BOTTOM + need_fn

    def ensure(self, height, keys=()):
        if not self.room(height, keys):
            self.finish_page()
            self.start_page()
            return True
        return False

    def use(self, keys):
        for k in keys:
            if k not in self.page_fns:
                self.page_fns.append(k)

    def space(self, h):
        if self.y < BODY_TOP - 1:
            self.y -= h

    # a paragraph that may break between lines
    def para(self, text, x, right, font="Times-Roman", size=11.5, lead=14.0, before=6.0,
             keep_first=2, first_x=None):
        lines = wrap(text, font, size, right - x,
                     first_width=(right - first_x) if first_x is not None else None)
        self.space(before)
        first = lines[:keep_first]
        keys = [m for ln in first for m in markers_in(ln)]
        self.ensure(lead * len(first), keys)
        for i, ln in enumerate(lines):
            keys = markers_in(ln)
            self.ensure(lead, keys)
            self.y -= lead
            xx = first_x if (i == 0 and first_x is not None) else x
            draw_words(self.c, xx, self.y, ln, font, size)
            self.use(keys)

    # an agenda row: label, title (wrapped), documents in the right column; kept together
    def row(self, label, label_x, text, text_x, docs=(), font="Times-Roman", size=12.0, lead=14.5,
            before=12.0, keep_extra=0.0):
        lines = wrap(text, font, size, TITLE_RIGHT - text_x)
        n = max(len(lines), len(docs))
        keys = [m for ln in lines for m in markers_in(ln)]
        self.space(before)
        self.ensure(n * lead + keep_extra, keys)
        c = self.c
        y0 = self.y - lead
        c.setFont(font, size)
        c.drawString(label_x, y0, label)
        for i, ln in enumerate(lines):
            draw_words(c, text_x, y0 - i * lead, ln, font, size)
        for i, d in enumerate(docs):
            c.setFont("Times-Roman", size)
            c.drawString(X_DOCS, y0 - i * lead, d)
        self.use(keys)
        self.y -= n * lead

    def bullet(self, text, before=3.0):
        size, lead = 11.5, 14.0
        lines = wrap(text, "Times-Roman", size, RM - 138)
        self.space(before)
        self.ensure(lead * min(2, len(lines)))
        for i, ln in enumerate(lines):
            self.ensure(lead, markers_in(ln))
            self.y -= lead
            if i == 0:
                self.c.setFont("Times-Roman", size)
                self.c.drawString(122, self.y, "\u2022")
            draw_words(self.c, 138, self.y, ln, "Times-Roman", size)
            self.use(markers_in(ln))


# ---------------------------------------------------------------- the cover
def cover(c):
    c.setFont("Times-Bold", 12)
    c.drawRightString(RM, H - 64, SYMBOL)
    c.setFont("Times-Roman", 12)
    c.drawRightString(RM, H - 80, "Original: English")
    c.drawRightString(RM, H - 94, "3 October 2003")

    c.setFont("Times-Bold", 13)
    c.drawCentredString(W / 2, H - 250, "EIGHTY-SIXTH SESSION")
    c.setLineWidth(1.2)
    c.line(LM, H - 268, RM, H - 268)
    c.setFont("Times-Bold", 15)
    c.drawCentredString(W / 2, H - 318, "ANNOTATED PROVISIONAL AGENDA")

    # cover note under a short rule
    c.setLineWidth(0.6)
    c.line(LM, 190, LM + 130, 190)
    note = ("This provisional agenda has been drawn up by the Director General in consultation with "
            "the Chairman of the Council, in accordance with the Rules of Procedure of the Council. "
            "The documents listed against each item are those available or expected at the date of issue.")
    y = 174
    for ln in wrap(note, "Times-Italic", 11, RM - LM):
        draw_words(c, LM, y, ln, "Times-Italic", 11)
        y -= 13.5

    # trilingual footer
    c.setFont("Helvetica-Bold", 11)
    c.drawString(LM, 52, "COUNCIL")
    c.drawCentredString(W / 2, 52, "CONSEIL")
    c.drawRightString(RM, 52, "CONSEJO")
    c.showPage()


# ---------------------------------------------------------------- tables
def arrears_table(f):
    cols = [(300.0, "2001 and"), (370.0, "2002"), (440.0, "2003"), (RM, "Total")]
    rows = [
        ("Central African Republic", "48,216", "21,907", "22,154", "92,277"),
        ("Dominican Republic", "31,085", "18,644", "18,860", "68,589"),
        ("Guinea-Bissau", "22,470", "6,213", "6,284", "34,967"),
        ("Liberia", "39,902", "6,213", "6,284", "52,399"),
        ("Nicaragua", "14,318", "12,430", "12,571", "39,319"),
        ("Sierra Leone", "27,631", "6,213", "6,284", "40,128"),
        ("Tajikistan", "9,406", "6,213", "6,284", "21,903"),
    ]
    total = ("Total", "193,028", "77,833", "78,721", "349,582")
    # check the sums (the program refuses to print a wrong total)
    for j in range(1, 5):
        s = sum(int(r[j].replace(",", "")) for r in rows)
        assert s == int(total[j].replace(",", "")), (j, s)
    for r in rows + [total]:
        assert sum(int(v.replace(",", "")) for v in r[1:4]) == int(r[4].replace(",", "")), r

    c = f.c
    lead = 13.5
    size = 11.0

    def head():
        c.setLineWidth(0.5)
        c.line(X_TEXT, f.y - 2, RM, f.y - 2)
        f.y -= lead + 2
        c.setFont("Times-Bold", size)
        c.drawString(X_TEXT, f.y - lead, "Member State")
        for x, t in cols:
            c.drawRightString(x, f.y, t)
        c.drawRightString(300.0, f.y - lead, "prior years")
        f.y -= lead
        c.line(X_TEXT, f.y - 5, RM, f.y - 5)
        f.y -= 6

    f.space(8)
    f.ensure(lead * 4 + 20)
    f.y -= lead
    c.setFont("Times-Italic", size)
    c.drawCentredString((X_TEXT + RM) / 2, f.y, "(in Swiss francs)")
    f.y -= 4
    head()
    for i, r in enumerate(rows + [total]):
        is_total = r is total
        if f.ensure(lead + (8 if is_total else 0)):
            head()
        if is_total:
            c.setLineWidth(0.5)
            c.line(X_TEXT, f.y - 4, RM, f.y - 4)
            f.y -= 6
        f.y -= lead
        c.setFont("Times-Bold" if is_total else "Times-Roman", size)
        c.drawString(X_TEXT + (0 if not is_total else 0), f.y, r[0])
        for (x, _), v in zip(cols, r[1:]):
            c.drawRightString(x, f.y, v)
    c.setLineWidth(0.5)
    c.line(X_TEXT, f.y - 5, RM, f.y - 5)
    f.y -= 8


def timetable(f):
    c = f.c
    lead = 15.0
    size = 11.0
    x1, x2, x3 = LM, 230.0, 385.0
    rows = [
        ("Tuesday, 18 November", "Items 1 to 7", "Item 8"),
        ("Wednesday, 19 November", "Item 8 (continued)", "Item 9"),
        ("Thursday, 20 November", "Items 10 and 11", "Items 12 and 13"),
        ("Friday, 21 November", "Items 14 and 15", "Item 16"),
    ]
    f.y -= 10
    c.setLineWidth(0.5)
    c.line(LM, f.y, RM, f.y)
    f.y -= lead
    c.setFont("Times-Bold", size)
    c.drawString(x1, f.y, "Date")
    c.drawString(x2, f.y, "Morning")
    c.drawString(x3, f.y, "Afternoon")
    f.y -= 13
    c.setFont("Times-Italic", size - 1)
    c.drawString(x2, f.y, "10 a.m. to 1 p.m.")
    c.drawString(x3, f.y, "3 p.m. to 6 p.m.")
    c.line(LM, f.y - 6, RM, f.y - 6)
    f.y -= 8
    for r in rows:
        f.y -= lead + 4
        c.setFont("Times-Roman", size)
        c.drawString(x1, f.y, r[0])
        c.drawString(x2, f.y, r[1])
        c.drawString(x3, f.y, r[2])
    c.line(LM, f.y - 8, RM, f.y - 8)
    f.y -= 10


# ---------------------------------------------------------------- the document
def main():
    f = Flow("agenda-2003.pdf")
    cover(f.c)
    f.start_page()
    c = f.c

    # running title repeated on the first text page
    f.y -= 6
    c.setFont("Times-Bold", 12)
    c.drawCentredString(W / 2, f.y, "ANNOTATED PROVISIONAL AGENDA")
    f.y -= 12

    f.para("The Eighty-sixth Session of the Council will be held at the Palais des Nations, Geneva, "
           "from Tuesday, 18 November, to Friday, 21 November 2003. The opening meeting will begin at "
           "10 a.m. A provisional time-table of meetings is given in the Annex.",
           LM, RM, size=12, lead=14.5, before=10)

    f.y -= 26
    c.setFont("Times-Bold", 11)
    c.drawString(X_DOCS, f.y, "Documents")
    c.setLineWidth(0.5)
    c.line(X_DOCS, f.y - 2, X_DOCS + stringWidth("Documents", "Times-Bold", 11), f.y - 2)
    f.y -= 2

    A = dict(x=X_TEXT, right=RM)

    f.row("1.", X_NUM, "Opening of the session", X_TEXT, keep_extra=36)
    f.para("The session will be opened by the Chairman of the Eighty-fourth Session, "
           "H.E. Mr Tom\u00e1s Arriaga Villalba (Paraguay).", **A)

    f.row("2.", X_NUM, "Credentials of representatives and observers", X_TEXT, keep_extra=36)
    f.para("Under Rule 5 of the Rules of Procedure of the Council, the credentials of representatives "
           "and the names of alternates and advisers should be communicated to the Director General, if "
           "possible, not less than twenty-four hours before the opening of the session. Credentials are "
           "to be issued by the Head of State or Government or by the Minister for Foreign Affairs. The "
           "Bureau will examine the credentials received and report to the Council during the session.", **A)

    f.row("3.", X_NUM, "Election of officers", X_TEXT, keep_extra=36)
    f.para("Under Rule 10 of its Rules of Procedure, the Council elects at the beginning of each regular "
           "session a Chairman, a First Vice-Chairman, a Second Vice-Chairman and a Rapporteur, who hold "
           "office until their successors are elected.{1} In keeping with established practice, the "
           "offices rotate among the regional groups of Member States.", **A)

    f.row("4.", X_NUM, "Adoption of the agenda", X_TEXT, docs=[SYMBOL], keep_extra=36)
    f.para("The Council is invited to adopt the provisional agenda set out in the present document.", **A)

    f.row("5.", X_NUM, "Admission of new Members and observers", X_TEXT, keep_extra=36)
    f.para("Since the Eighty-fourth Session, the Director General has received three applications for "
           "membership and two requests for representation by observers. Each application is reproduced "
           "in the document indicated below, together with a draft resolution for consideration by the "
           "Council. Under Article 2(b) of the Constitution, a State applying for membership must have "
           "demonstrated its interest in the principle of free movement of persons and must undertake to "
           "make a financial contribution at least to the administrative requirements of the Organization.",
           **A)
    f.row("(a)", X_SUB, "Applications for membership in the Organization", X_SUBT, before=8,
          keep_extra=14)
    f.row("(i)", X_SUB2, "Republic of Mauritius", X_SUB2T, docs=["MC/2112"], before=3)
    f.row("(ii)", X_SUB2, "Kingdom of Nepal", X_SUB2T, docs=["MC/2113"], before=3)
    f.row("(iii)", X_SUB2, "Republic of Turkey", X_SUB2T, docs=["MC/2114"], before=3)
    f.row("(b)", X_SUB, "Applications for representation by observers", X_SUBT, before=8, keep_extra=14)
    f.row("(i)", X_SUB2, "Economic Community of Central African States", X_SUB2T, docs=["MC/2115"],
          before=3)
    f.row("(ii)", X_SUB2, "Network of Migrant Support Associations", X_SUB2T, docs=["MC/2118"], before=3)

    f.row("6.", X_NUM, "Approval of reports", X_TEXT, keep_extra=36)
    f.para("The draft reports on the two previous sessions of the Council were circulated to Member "
           "States in February and July 2003 respectively. Delegations that wish to propose corrections "
           "are invited to send them in writing to the Secretariat before the opening of the session.", **A)
    f.row("(a)", X_SUB, "Report on the Eighty-fourth Session of the Council", X_SUBT, docs=["MC/2097"],
          before=8)
    f.row("(b)", X_SUB, "Report on the Eighty-fifth (Special) Session of the Council", X_SUBT,
          docs=["MC/2110"], before=5)

    f.row("7.", X_NUM, "Statement by the Director General", X_TEXT, docs=["MC/2103"], keep_extra=36)
    f.para("The Director General will report on the main developments in the work of the Organization "
           "since the last regular session. The Report of the Director General on the work of the "
           "Organization for the year 2002 (MC/2103), which the Executive Committee examined at its "
           "Hundredth Session, is before the Council for information.", **A)

    f.row("8.", X_NUM, "General debate", X_TEXT, keep_extra=36)
    f.para("The general debate will follow the statement of the Director General. Delegations are "
           "invited to address in their statements the activities of the Organization since the last "
           "session and its priorities for 2004, and to limit each statement to ten minutes.{2} Newly "
           "admitted Members will be given the floor first.", **A)

    f.row("9.", X_NUM, "International Dialogue on Migration", X_TEXT, docs=["MC/INF/261"], keep_extra=36)
    f.para("The Council will devote the afternoon of Wednesday, 19 November, to the International "
           "Dialogue on Migration. The theme selected for this year is \u201cMigration and Trade: the "
           "Temporary Movement of Service Providers\u201d. The background paper (MC/INF/261) draws on the "
           "results of the intersessional workshop held earlier in the year,{3} and proposes three "
           "subjects for the panel discussion:", **A)
    f.bullet("the commitments made by States on the temporary movement of natural persons under the "
             "General Agreement on Trade in Services;", before=4)
    f.bullet("bilateral labour arrangements and their place in national migration management; and")
    f.bullet("the protection of the rights of service providers and other temporary migrant workers.")

    f.row("10.", X_NUM, "Report on the Hundredth Session of the Executive Committee", X_TEXT,
          docs=["MC/EX/652"], keep_extra=36)
    f.para("The Executive Committee held its Hundredth Session on 3 and 4 June 2003. Its report, which "
           "the Committee adopted at its closing meeting, is submitted to the Council for information. "
           "At that session the Committee also examined the Revision of the Programme and Budget for 2003 "
           "(MC/EX/649) and the Financial Report for the year ended 31 December 2002 (MC/2106). "
           "The Council is invited to take note of the report and to endorse the decisions it records.",
           **A)

    f.row("11.", X_NUM, "Programme and Budget for 2004", X_TEXT, keep_extra=36)
    f.para("The Programme and Budget for 2004 provides for an Administrative part of CHF 37,119,000, "
           "unchanged in nominal terms from 2003, and an Operational part estimated at USD 412.6 million. "
           "The Subcommittee on Budget and Finance will examine the document at its session of 4 and "
           "5 November 2003, and its report will be before the Council. The scale of assessment for 2004 "
           "includes provisional rates for the three States whose applications for membership are before "
           "the Council under item 5.", **A)
    f.row("(a)", X_SUB, "Programme and Budget for 2004", X_SUBT, docs=["MC/2116"], before=8)
    f.row("(b)", X_SUB, "Report of the Subcommittee on Budget and Finance{4}", X_SUBT, docs=["MC/2126"],
          before=5)
    f.row("(c)", X_SUB, "Scale of assessment for 2004", X_SUBT, docs=["MC/2121"], before=5)

    f.row("12.", X_NUM, "Status report on outstanding contributions to the Administrative part of "
          "the Budget", X_TEXT, docs=["MC/2119"], keep_extra=36)
    f.para("Under Article 4 of the Constitution, a Member which is in arrears in the payment of its "
           "financial contributions to the Organization has no vote in the Council if the amount of its "
           "arrears equals or exceeds the amount of the contributions due from it for the preceding two "
           "full years. As at 30 September 2003, seven Member States were in arrears to that extent; the "
           "amounts outstanding are shown below:{5}", **A)
    arrears_table(f)
    f.para("By Resolution No. 1059 (LXXXIV) of 4 December 2002, the Council urged all Member States to "
           "pay their assessed contributions in full and as early as possible in the year. An updated "
           "statement will be issued at the opening of the session as a revision of document MC/2119.",
           **A)

    f.row("13.", X_NUM, "Amendments to the Constitution: status of acceptances", X_TEXT,
          docs=["MC/INF/260"], keep_extra=36)
    f.para("The amendments to the Constitution adopted by the Council in Resolution No. 997 (LXXVI) of "
           "24 November 1998 will enter into force when they have been accepted by two thirds of the "
           "Member States, in accordance with Article 30 of the Constitution. As at 30 September 2003, 41 "
           "of the 102 Member States had notified the Director General of their acceptance. Document "
           "MC/INF/260 gives the status of acceptances and recalls the main changes that the amendments "
           "would introduce.", **A)

    f.row("14.", X_NUM, "Other business", X_TEXT)

    f.row("15.", X_NUM, "Date and place of the next session", X_TEXT, keep_extra=36)
    f.para("The Council may wish to decide that its next regular session will be held in Geneva in "
           "November or December 2004, and that the Executive Committee will hold its Hundred and first "
           "Session in June 2004. The exact dates will be communicated to Member States in due course.",
           **A)

    f.row("16.", X_NUM, "Closure of the session", X_TEXT)

    f.finish_page()

    # the annex
    f.annex = True
    f.start_page()
    f.y -= 6
    c.setFont("Times-Bold", 12)
    c.drawCentredString(W / 2, f.y, "ANNEX")
    f.y -= 30
    c.setFont("Times-Bold", 12)
    c.drawCentredString(W / 2, f.y, "PROVISIONAL TIME-TABLE")
    f.y -= 8
    timetable(f)
    f.para("The Bureau will meet at 9 a.m. on Tuesday, 18 November, to examine the credentials of "
           "representatives and observers. The time-table may be adjusted by the Council in the light of "
           "the progress of its work.", LM, RM, size=11.5, before=14)
    f.finish_page()
    c.save()


if __name__ == "__main__":
    main()
