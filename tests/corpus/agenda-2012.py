# Draws agenda-2012.pdf: invented annotated provisional agenda of the IOM Council, 101st Session (2012).
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

W, H = A4
LM, RM = 72, W - 72          # left / right margins
SYMBOL = "MC/2347"
F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
FS, LEAD = 11, 12.6
DOCX = 432                   # x of the Documents column
TOP = H - 92                # first body line under the running header
BOTTOM = 60

c = canvas.Canvas("agenda-2012.pdf", pagesize=A4)
c.setTitle("MC/2347 - Annotated provisional agenda")


def wrap(text, width, font=F, size=FS):
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if stringWidth(t.replace("^1", ""), font, size) <= width:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def draw_text(x, y, s, font=F, size=FS):
    """Draw a line; '^1' is drawn as a raised footnote marker."""
    parts = s.split("^1")
    for i, p in enumerate(parts):
        c.setFont(font, size)
        c.drawString(x, y, p)
        x += stringWidth(p, font, size)
        if i < len(parts) - 1:
            c.setFont(F, 7)
            c.drawString(x + 0.5, y + 4, "1")
            x += stringWidth("1", F, 7) + 0.5


# ---------------------------------------------------------------- cover page
def cover():
    c.setFont(FB, 12)
    c.drawRightString(RM, H - 62, SYMBOL)
    c.setFont(F, 11)
    c.drawRightString(RM, H - 78, "Original: English")
    c.drawRightString(RM, H - 92, "9 October 2012")
    c.setFont(FB, 12)
    c.drawCentredString(W / 2, H - 250, "101ST SESSION")
    c.setFont(F, 11)
    c.drawCentredString(W / 2, H - 262, "_" * 72)
    c.setFont(FB, 13)
    c.drawCentredString(W / 2, H - 330, "ANNOTATED PROVISIONAL AGENDA")
    # trilingual footer
    c.setLineWidth(0.6)
    c.line(LM, 88, RM, 88)
    c.setFont(FB, 12)
    c.drawString(LM + 20, 70, "COUNCIL")
    c.drawCentredString(W / 2, 70, "CONSEIL")
    c.drawRightString(RM - 20, 70, "CONSEJO")
    c.showPage()


# ---------------------------------------------------------------- body engine
class Page:
    def __init__(self):
        self.no = 0
        self.y = None
        self.bottom = BOTTOM
        self.notes = []

    def new(self):
        if self.no:
            self.finish()
        self.no += 1
        self.bottom = BOTTOM
        self.notes = []
        c.setFont(F, 11)
        c.drawRightString(RM, H - 50, SYMBOL)
        c.drawRightString(RM, H - 63, "Page %d" % self.no)
        self.y = TOP

    def finish(self):
        if self.notes:
            y = BOTTOM + sum(len(n[1]) for n in self.notes) * 11 + 14
            c.setFont(F, 10)
            c.drawString(LM, y, "_" * 18)
            y -= 14
            for mark, lines in self.notes:
                c.setFont(F, 7)
                c.drawString(LM, y + 4, mark)
                c.setFont(F, 9.5)
                for ln in lines:
                    c.drawString(LM + 10, y, ln)
                    y -= 11
        c.showPage()

    def need(self, h):
        if self.y - h < self.bottom:
            self.new()


pg = Page()


def gap(h):
    pg.y -= h


def centred_bold(text, size=12):
    pg.need(LEAD)
    c.setFont(FB, size)
    c.drawCentredString(W / 2, pg.y, text)
    pg.y -= LEAD


def part_heading(text):
    pg.need(LEAD * 4)
    c.setFont(FB, 11.5)
    c.drawString(LM, pg.y, text)
    pg.y -= LEAD


def item(label, text, docs=(), level=0, note=None):
    """An agenda entry of Part I: label hanging, text in the left column, symbols on the right."""
    lx = {0: LM, 1: LM + 36, 2: LM + 64}[level]
    tx = {0: LM + 36, 1: LM + 64, 2: LM + 90}[level]
    lines = wrap(text, DOCX - 22 - tx)
    h = max(len(lines), len(docs), 1) * LEAD
    noteh = 0
    if note:
        nl = wrap(note, RM - LM - 10, F, 9.5)
        noteh = len(nl) * 11 + 20
    pg.need(h + noteh)
    if note:
        pg.notes.append(("1", nl))
        pg.bottom += noteh
    y = pg.y
    c.setFont(F, FS)
    c.drawString(lx, y, label)
    for ln in lines:
        draw_text(tx, y, ln)
        y -= LEAD
    y = pg.y
    for d in docs:
        c.setFont(F, FS)
        c.drawString(DOCX, y, d)
        y -= LEAD
    pg.y -= h + 3.5


def ann_heading(label, text, level=0):
    """An annotation heading of Part II: the item's number and title again, in bold."""
    lx = LM if level == 0 else LM + 36
    tx = LM + 36 if level == 0 else LM + 64
    font = FB if level == 0 else "Times-BoldItalic"
    lines = wrap(text, RM - tx, font)
    pg.need(LEAD * (len(lines) + 2) + 6)
    c.setFont(font, FS)
    c.drawString(lx, pg.y, label)
    for ln in lines:
        c.setFont(font, FS)
        c.drawString(tx, pg.y, ln)
        pg.y -= LEAD
    pg.y -= 5


def para(text):
    """An unnumbered annotation paragraph, flush left, free to break over a page."""
    lines = wrap(text, RM - LM)
    for ln in lines:
        pg.need(LEAD)
        c.setFont(F, FS)
        c.drawString(LM, pg.y, ln)
        pg.y -= LEAD
    pg.y -= 10


# ---------------------------------------------------------------- content
cover()
pg.new()
centred_bold("ANNOTATED PROVISIONAL AGENDA", 12)
gap(14)
part_heading("PART I \u2013 PROVISIONAL AGENDA")
gap(2)
c.setFont(FB, FS)
c.drawString(DOCX, pg.y, "Documents")
c.line(DOCX, pg.y - 2, DOCX + stringWidth("Documents", FB, FS), pg.y - 2)
pg.y -= LEAD + 6

item("1.", "Opening of the session")
item("2.", "Credentials of representatives and observers")
item("3.", "Election of officers")
item("4.", "Adoption of the agenda", ["MC/2347"])
item("5.", "Admission of new Members and observers:")
item("(a)", "Applications for membership in the Organization", ["MC/2349", "MC/2350", "MC/2352"], 1)
item("(b)", "Applications for representation by observers", ["MC/2353"], 1)
item("6.", "Statement by the Director General")
item("7.", "General debate^1", ["MC/INF/306"],
     note="As at previous sessions, the general debate will be organized around a theme, which is "
          "outlined in document MC/INF/306. Delegations wishing to take the floor are invited to "
          "inscribe their names on the list of speakers with the Secretariat by 21 November 2012 "
          "and to limit their statements to five minutes.")
item("8.", "Report on the Hundred and tenth Session of the Executive Committee", ["MC/EX/716"])
item("9.", "Reports of the Standing Committee on Programmes and Finance:")
item("(a)", "Report on the Tenth Session of the Standing Committee on Programmes and Finance",
     ["SCPF/90/Rev.1"], 1)
item("(b)", "Report on the Eleventh Session of the Standing Committee on Programmes and Finance",
     ["SCPF/99"], 1)
item("10.", "Financial and budgetary matters:")
item("(a)", "Programme and Budget for 2013:", ["MC/2359"], 1)
item("(i)", "Administrative Part of the Budget", [], 2)
item("(ii)", "Operational Part of the Budget", ["SCPF/95"], 2)
item("(b)", "Status report on outstanding contributions to the Administrative Part of the Budget",
     ["SCPF/97", "MC/INF/309"], 1)
item("(c)", "Scale of assessment for 2013", ["MC/2361"], 1)
item("11.", "International Dialogue on Migration: outcome of the 2012 intersessional workshops "
            "and proposed themes for 2013", ["MC/INF/307", "MC/INF/308"])
item("12.", "Draft framework for assistance to migrants caught in crisis situations", ["MC/2357"])
item("13.", "Other business")
item("14.", "Date and place of the next session")
item("15.", "Closure of the session")

gap(10)
part_heading("PART II \u2013 ANNOTATIONS")
gap(4)

ann_heading("1.", "Opening of the session")
para("The session will be opened at 10 a.m. on Tuesday, 27 November 2012, in Room XVII of the "
     "Palais des Nations, Geneva, by the outgoing Chairperson, H.E. Ms A. Rantanen (Finland).")

ann_heading("2.", "Credentials of representatives and observers")
para("Under Rule 5 of the Rules of Procedure of the Council, the credentials of representatives and the "
     "names of the members of each delegation should reach the Director General no later than 24 hours "
     "before the opening meeting. The officers of the previous session will examine the credentials "
     "received and report to the Council, which will be invited to take note of their report.")

ann_heading("3.", "Election of officers")
para("Rule 10 provides that, at the beginning of each regular session, the Council elects a Chairperson, "
     "a First Vice-Chairperson, a Second Vice-Chairperson and a Rapporteur, who hold office until their "
     "successors have been elected.")
para("Consultations among the regional groups on the nominations are under way, and their outcome will "
     "be made known to delegations before the session opens.")

ann_heading("4.", "Adoption of the agenda")
para("The provisional agenda reproduced in Part I was drawn up by the Director General in consultation "
     "with the Bureau, in accordance with Rule 3. A provisional timetable showing the meetings at which "
     "each item is expected to be taken up is issued separately as document MC/2348.")

ann_heading("5.", "Admission of new Members and observers")
ann_heading("(a)", "Applications for membership in the Organization", 1)
para("Saint Lucia, the Republic of Suriname and the Republic of Vanuatu have applied for membership "
     "of the Organization (MC/2349, MC/2350 and MC/2352). Each application is accompanied by a draft "
     "resolution which, under Article 2(b) of the Constitution, requires a two-thirds majority of the "
     "Member States present and voting.")
ann_heading("(b)", "Applications for representation by observers", 1)
para("Two international non-governmental organizations active in the field of migrant health have "
     "requested observer status; information on each of them is given in MC/2353.")

ann_heading("6.", "Statement by the Director General")
para("The Director General will report on the principal developments in the work of the Organization "
     "since the 100th Session and outline the priorities foreseen for 2013.")

ann_heading("7.", "General debate")
para("Member States and observers will be given the floor in the order in which they have registered. "
     "The background paper for the debate (MC/INF/306) suggests several questions on which delegations "
     "may wish to focus, among them the place of migration in the development agenda beyond 2015 and the "
     "protection of migrants in countries affected by conflict or natural disaster.")
para("Delegations whose statements exceed the time allowed may hand the full text to the Secretariat, which "
     "will post it on the governing bodies page of the IOM website.")

ann_heading("8.", "Report on the Hundred and tenth Session of the Executive Committee")
para("The Executive Committee met in Geneva on 26 and 27 June 2012. Its report (MC/EX/716) records, among "
     "other things, its approval of the Financial Report for the year ended 31 December 2011 (MC/2340). "
     "The Council is invited to take note of the report, which has been circulated to all Member States.")

ann_heading("9.", "Reports of the Standing Committee on Programmes and Finance")
para("The Standing Committee held its tenth session on 21 and 22 June 2012 and its eleventh session on "
     "30 and 31 October 2012. Its reports (SCPF/90/Rev.1 and SCPF/99) summarize the Committee's review of "
     "budgetary, governance and management questions; its recommendations on the budget for 2013 are "
     "reflected under item 10.")

ann_heading("10.", "Financial and budgetary matters")
ann_heading("(a)", "Programme and Budget for 2013", 1)
para("The Programme and Budget for 2013 is set out in document MC/2359. The Administrative Part of the "
     "Budget is proposed at CHF 39,882,600, unchanged from 2012 in line with the zero nominal growth "
     "policy reaffirmed in Resolution No. 1227 of 6 December 2011. The Operational Part of the Budget is "
     "estimated at USD 684.5 million; an update reflecting funding confirmed since the document was "
     "issued is given in SCPF/95.")
para("The Standing Committee recommended that the Council approve both parts of the budget (SCPF/99, "
     "paragraphs 31 to 38). A draft resolution to that effect will be submitted.")
ann_heading("(b)", "Status report on outstanding contributions to the Administrative Part of the Budget", 1)
para("Documents SCPF/97 and MC/INF/309 show the position as at 30 September 2012, when 11 Member States "
     "were subject to Article 4 of the Constitution. The Council will be informed of payments received "
     "and of any payment plans concluded since that date.")
ann_heading("(c)", "Scale of assessment for 2013", 1)
para("The scale of assessment proposed in MC/2361 applies the method endorsed by the Council in "
     "Resolution No. 1198 of 30 November 2010 and includes the Member States admitted in 2012.")

ann_heading("11.", "International Dialogue on Migration: outcome of the 2012 intersessional workshops "
                   "and proposed themes for 2013")
para("Two intersessional workshops were held in Geneva in 2012, on labour mobility and skills recognition "
     "(24 and 25 April) and on migrants in urban settings (9 and 10 October). Their summary reports are "
     "contained in MC/INF/307 and MC/INF/308. Delegations are invited to suggest themes for the "
     "Dialogue in 2013.")

ann_heading("12.", "Draft framework for assistance to migrants caught in crisis situations")
para("In Resolution No. 1229 of 6 December 2011, the Council requested the Director General to prepare a "
     "framework bringing together the Organization's activities in support of migrants and displaced "
     "populations in crisis situations. The draft framework in MC/2357 was discussed by the Standing "
     "Committee at its eleventh session and has since been revised in the light of those discussions.")
para("The framework remains within the scope of the IOM Strategy adopted by Resolution No. 1150 of "
     "7 June 2007. The Council will be invited to endorse it by means of a draft resolution.")

ann_heading("13.", "Other business")
para("No other business had been notified to the Administration when this document was finalized.")

ann_heading("14.", "Date and place of the next session")
para("The Council may wish to decide provisionally that its 102nd Session will be held in Geneva in late "
     "November 2013, the exact dates to be fixed by the Bureau in consultation with the Administration.")

ann_heading("15.", "Closure of the session")
para("The Chairperson will declare the session closed once the Council has completed its consideration "
     "of the agenda.")

end_y = pg.y
pg.finish()
c.save()
print("pages:", pg.no + 1, "y left", end_y)
