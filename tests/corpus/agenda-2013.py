# Annotated provisional agenda, 103rd Session of the IOM Council (2013).
# Laid out with the reportlab canvas API.  Run with the project's venv python.
import re
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = "agenda-2013.pdf"
W, H = A4
LM, RM = 72, W - 68          # left / right margins
TOP = H - 62                 # first baseline of running header
BOTTOM = 64                  # lowest baseline for footnotes
BODY = "Times-Roman"
BOLD = "Times-Bold"
ITAL = "Times-Italic"
SIZE, LEAD = 11.5, 14.2
FN_SIZE, FN_LEAD = 9, 10.8

SYMBOL = "C/103/1"

# ---------------------------------------------------------------- content
# Footnote markers are written {n} inside the text.
FOOTNOTES = {
    "1": "Resolution No. 997 (LXXVI) of 24 November 1998. The amendments entered into force "
         "on 21 November 2013, upon their acceptance by two thirds of the Member States. "
         "From that date the Executive Committee ceased to exist.",
    "2": "The three draft resolutions are contained in documents C/103/L/1, C/103/L/2 and "
         "C/103/L/3. If all three applicants are admitted, the Organization will have "
         "155 Member States.",
    "3": "A short background note on the main changes, prepared by the Legal Affairs "
         "Department, is contained in document C/103/INF/3.",
}

# Blocks: ("text", indent, string) unnumbered paragraph
#         ("item", number, title)   numbered agenda item (bold)
#         ("sub", label, title)     lettered sub-item (italic)
#         ("bullet", indent, string)
BLOCKS = [
    ("text", 0,
     "The 103rd Session of the Council will open at the Palais des Nations, Geneva, on "
     "Tuesday, 26 November 2013, at 10 a.m. and is scheduled to close on Friday, 29 November. "
     "Meetings will be held in Room XIX from 10 a.m. to 1 p.m. and from 3 p.m. to 6 p.m., "
     "unless the Council decides otherwise."),
    ("text", 0,
     "This will be the first session of the Council since the amendments to the IOM "
     "Constitution entered into force,{1} and items 11 and 12 below arise directly from that "
     "change. The annotations under each item are meant only to help delegations prepare; they "
     "are not part of the agenda that the Council is asked to adopt. A list of the documents "
     "for the session is given in C/103/INF/2, and a provisional timetable will be circulated "
     "as a conference room paper at the opening meeting."),

    ("item", "1", "Opening of the session"),
    ("text", 1,
     "The session will be opened by the outgoing Chairperson, who remains in office until the "
     "election of the new Bureau under item 3."),

    ("item", "2", "Credentials of representatives and observers"),
    ("text", 1,
     "Under Rule 6 of the Rules of Procedure of the Council, credentials of representatives of "
     "Member States and the names of observers should reach the Director General, if possible, "
     "not later than one week before the opening of the session. Delegations which have not "
     "done so are asked to send them to the Governing Bodies Division by Friday, 22 November "
     "2013. The Council will be invited to take note of the report on credentials to be "
     "submitted by the Bureau."),

    ("item", "3", "Election of officers"),
    ("text", 1,
     "In accordance with Rule 15 of its Rules of Procedure the Council is to elect a "
     "Chairperson, a First Vice-Chairperson, a Second Vice-Chairperson and a Rapporteur, who "
     "hold office until the next regular session. Consultations among the regional groups on "
     "the composition of the Bureau are still under way."),

    ("item", "4", "Adoption of the agenda"),
    ("text", 1,
     "The Council is invited to adopt its agenda on the basis of the present document. A "
     "request for the inclusion of a supplementary item should be accompanied by an "
     "explanatory memorandum (Rule 4)."),

    ("item", "5", "Admission of new Members and observers"),
    ("sub", "(a)", "Applications for membership in the Organization"),
    ("text", 2,
     "Applications for membership have been received from the Federated States of Micronesia, "
     "the Kingdom of Tonga and Turkmenistan (documents C/103/2, C/103/3 and C/103/4). Each is "
     "accompanied by the declaration of acceptance of the Constitution and the statement "
     "concerning the financial contribution which the applicant undertakes to pay."),
    ("text", 2,
     "The Council will be asked to act on the corresponding draft resolutions.{2}"),
    ("sub", "(b)", "Applications for representation by observers"),
    ("text", 2,
     "The Economic Community of Central African States and the Scalabrini International "
     "Migration Network have asked to be represented by observers at meetings of the Council "
     "(C/103/5 and C/103/6). Draft resolutions C/103/L/4 and C/103/L/5 are before the Council."),

    ("item", "6", "Statements by the Director General and the Deputy Director General"),
    ("text", 1,
     "The Director General will report on the work of the Organization since the 101st "
     "Session and on the outlook for 2014. The Deputy Director General will give an account of "
     "the first year of application of the Migration Crisis Operational Framework (MC/2355), "
     "endorsed by the Council in Resolution No. 1243 of 27 November 2012."),

    ("item", "7", "General debate"),
    ("text", 1,
     "The Bureau proposes that the general debate focus on the follow-up to the High-level "
     "Dialogue on International Migration and Development, held in New York on 3 and "
     "4 October 2013. A background paper has been issued as document C/103/INF/1."),
    ("text", 1,
     "Delegations wishing to take the floor are requested to inscribe on the list of "
     "speakers, which opens on Monday, 11 November 2013. Statements should not exceed five "
     "minutes; longer texts may be handed to the Secretariat for posting on the website."),

    ("item", "8",
     "Approval of the reports on the 101st Session and on the 102nd (Special) Session "
     "of the Council"),
    ("text", 1,
     "The draft reports (MC/2373 and MC/2385) were sent to Member States in March and in "
     "August 2013 respectively. No amendments having been received, the Council is invited to "
     "approve both reports without a reading."),

    ("item", "9", "Reports of the Standing Committee on Programmes and Finance"),
    ("sub", "(a)", "Report on the Twelfth Session"),
    ("sub", "(b)", "Report on the Thirteenth Session"),
    ("text", 1,
     "The reports of the Standing Committee on its Twelfth Session (S/12/18) and its "
     "Thirteenth Session (S/13/17) are submitted to the Council, which is invited to take note "
     "of them and to endorse the recommendations they contain, notably those on the Financial "
     "Report for the Year Ended 31 December 2012 (MC/2379) and on the Revision of the "
     "Programme and Budget for 2013 (S/13/6)."),
    ("text", 1,
     "The Standing Committee also reviewed contributions outstanding to the administrative "
     "part of the budget. Figures as at 31 October 2013 appear in document S/13/9; Member "
     "States whose arrears equal or exceed the contributions due from them for the preceding "
     "two full years fall under Article 4 of the Constitution."),

    ("item", "10", "Programme and Budget for 2014"),
    ("text", 1,
     "In considering this item the Council will have before it:"),
    ("bullet", 1, "the Programme and Budget for 2014 (MC/2390);"),
    ("bullet", 1, "the Scale of Assessment for 2014 (S/13/3);"),
    ("bullet", 1,
     "the report of the Standing Committee on its Thirteenth Session (S/13/17), which "
     "recommends approval of the budget; and"),
    ("bullet", 1, "a statement on the use of Operational Support Income (S/13/11)."),
    ("text", 1,
     "The administrative part of the budget is proposed at CHF 40,056,000, a level of zero "
     "nominal growth for the third consecutive year; the operational part is estimated at "
     "USD 806.3 million. The Council will be invited to approve both parts by resolution."),

    ("item", "11",
     "Follow-up to the entry into force of the amendments to the Constitution{3}"),
    ("sub", "(a)", "Revised Rules of Procedure of the Council"),
    ("text", 2,
     "Several of the Council's Rules of Procedure still refer to the Executive Committee or to "
     "articles of the Constitution which have been renumbered. Revised Rules, prepared in "
     "consultation with the Standing Committee, are set out in document C/103/7 for adoption."),
    ("sub", "(b)", "Terms of reference of the Standing Committee on Programmes and Finance"),
    ("text", 2,
     "The terms of reference have been adjusted to take account of the abolition of the "
     "Executive Committee (C/103/8). If approved, they will apply from the Fourteenth Session "
     "of the Standing Committee, in spring 2014."),

    ("item", "12", "Report on the 110th Session of the Executive Committee"),
    ("text", 1,
     "The Executive Committee held its 110th and last Session on 25 June 2013. As the "
     "Committee no longer exists and cannot adopt its own report, the draft (MC/EX/718) is "
     "submitted to the Council for approval."),

    ("item", "13", "Other business"),
    ("text", 1,
     "No item has been proposed under this heading at the time of writing."),

    ("item", "14", "Date and place of the next session"),
    ("text", 1,
     "The Council may wish to decide that its next regular session will be held in Geneva in "
     "November 2014, the exact dates to be fixed by the Bureau after consultation with the "
     "Administration."),

    ("item", "15", "Closure of the session"),
]

# ---------------------------------------------------------------- helpers
MARK = re.compile(r"\{(\d+)\}")


def tokens(text):
    """Split text into words; each word is (plain, marker-or-None)."""
    out = []
    for w in text.split():
        m = MARK.search(w)
        if m:
            out.append((MARK.sub("", w), m.group(1)))
        else:
            out.append((w, None))
    return out


def word_w(word, font, size):
    plain, mk = word
    w = stringWidth(plain, font, size)
    if mk:
        w += stringWidth(mk, font, size * 0.62) + 0.5
    return w


def wrap(text, font, size, width):
    """Return list of lines; each line is a list of (plain, marker) words."""
    lines, cur, curw = [], [], 0.0
    sp = stringWidth(" ", font, size)
    for wd in tokens(text):
        ww = word_w(wd, font, size)
        if cur and curw + sp + ww > width:
            lines.append(cur)
            cur, curw = [wd], ww
        else:
            curw = curw + (sp if cur else 0) + ww
            cur.append(wd)
    if cur:
        lines.append(cur)
    return lines


def draw_line(c, x, y, line, font, size, justify_width=None):
    sp = stringWidth(" ", font, size)
    if justify_width and len(line) > 1:
        natural = sum(word_w(w, font, size) for w in line) + sp * (len(line) - 1)
        sp = sp + (justify_width - natural) / (len(line) - 1)
    for plain, mk in line:
        c.setFont(font, size)
        c.drawString(x, y, plain)
        x += stringWidth(plain, font, size)
        if mk:
            c.setFont(font, size * 0.62)
            c.drawString(x + 0.5, y + size * 0.38, mk)
            x += stringWidth(mk, font, size * 0.62) + 0.5
        x += sp


# ---------------------------------------------------------------- pages
class Doc:
    def __init__(self):
        self.c = canvas.Canvas(OUT, pagesize=A4)
        self.c.setTitle("C/103/1 - Provisional agenda (annotated)")
        self.c.setAuthor("IOM")
        self.page = 0
        self.notes = []       # footnote numbers on current page

    def cover(self):
        c = self.c
        y = H - 70
        c.setFont(BODY, 12)
        for s in (SYMBOL, "Original: English", "18 October 2013"):
            c.drawRightString(RM, y, s)
            y -= 15
        y -= 22
        c.setFont(BOLD, 12)
        c.drawString(LM, y, "103RD SESSION")
        y -= 10
        c.setLineWidth(0.8)
        c.line(LM, y, RM, y)
        y = H / 2 + 40
        c.setFont(BOLD, 14)
        c.drawCentredString(W / 2, y, "PROVISIONAL AGENDA")
        y -= 20
        c.setFont(BODY, 12.5)
        c.drawCentredString(W / 2, y, "(Annotated)")
        # trilingual footer
        c.setLineWidth(0.5)
        c.line(LM, 92, RM, 92)
        c.setFont(BOLD, 12)
        c.drawString(LM + 20, 72, "COUNCIL")
        c.drawCentredString(W / 2, 72, "CONSEIL")
        c.drawRightString(RM - 20, 72, "CONSEJO")
        c.showPage()

    def new_page(self):
        if self.page:
            self.finish_page()
        self.page += 1
        c = self.c
        c.setFont(BODY, 10.5)
        c.drawRightString(RM, TOP, SYMBOL)
        c.drawRightString(RM, TOP - 12.5, "Page %d" % self.page)
        self.y = TOP - 44
        if self.page == 1:
            c.setFont(BOLD, 12.5)
            c.drawCentredString(W / 2, self.y, "PROVISIONAL AGENDA")
            self.y -= 16
            c.setFont(BODY, 11.5)
            c.drawCentredString(W / 2, self.y, "(Annotated)")
            self.y -= 30
        self.notes = []

    def fn_lines(self, n):
        return wrap(n + "  " + FOOTNOTES[n], BODY, FN_SIZE, RM - LM - 14)

    def fn_height(self, nums):
        if not nums:
            return 0
        h = 14  # rule + gap
        for n in nums:
            h += len(self.fn_lines(n)) * FN_LEAD + 2
        return h

    def finish_page(self):
        c = self.c
        if self.notes:
            h = self.fn_height(self.notes)
            y = BOTTOM + h - 6
            c.setLineWidth(0.5)
            c.line(LM, y, LM + 110, y)
            y -= 12
            for n in self.notes:
                ls = wrap(FOOTNOTES[n], BODY, FN_SIZE, RM - LM - 14)
                c.setFont(BODY, FN_SIZE * 0.75)
                c.drawString(LM, y + 3, n)
                for ln in ls:
                    draw_line(c, LM + 14, y, ln, BODY, FN_SIZE)
                    y -= FN_LEAD
                y -= 2
        c.showPage()

    def fits(self, height, new_notes=()):
        notes = self.notes + [n for n in new_notes if n not in self.notes]
        return self.y - height >= BOTTOM + self.fn_height(notes)

    def place_lines(self, lines, x, font, size, width, first_x=None, label=None,
                    keep=0, justify=True):
        """Place wrapped lines at x; label drawn at first_x on the first line."""
        c = self.c
        if keep and not self.fits(LEAD * keep):
            self.new_page()
        for i, ln in enumerate(lines):
            mks = [mk for _, mk in ln if mk]
            if not self.fits(LEAD, mks):
                self.new_page()
            if i == 0 and label is not None:
                c.setFont(font, size)
                c.drawString(first_x, self.y, label)
            last = i == len(lines) - 1
            draw_line(c, x, self.y, ln, font, size,
                      justify_width=(width if justify and not last else None))
            for mk in mks:
                if mk not in self.notes:
                    self.notes.append(mk)
            self.y -= LEAD

    def run(self):
        self.cover()
        self.new_page()
        ind = {0: LM, 1: LM + 36, 2: LM + 63}
        prev = None
        for kind, a, b in BLOCKS:
            if kind == "text":
                x = ind[a]
                w = RM - x
                lines = wrap(b, BODY, SIZE, w)
                if prev in ("text", "bullet"):
                    self.y -= 7
                else:
                    self.y -= 3
                self.place_lines(lines, x, BODY, SIZE, w, keep=2)
            elif kind == "item":
                self.y -= 12
                x = LM + 36
                w = RM - x
                lines = wrap(b, BOLD, SIZE, w)
                # keep the item title with two lines of what follows
                self.place_lines(lines, x, BOLD, SIZE, w, first_x=LM, label=a + ".",
                                 keep=len(lines) + 2, justify=False)
            elif kind == "sub":
                self.y -= 5
                x = LM + 63
                w = RM - x
                lines = wrap(b, ITAL, SIZE, w)
                self.c.setFont(BODY, SIZE)
                self.place_lines(lines, x, ITAL, SIZE, w, first_x=LM + 36, label=None,
                                 keep=len(lines) + 2, justify=False)
                # label in roman type
                self.c.setFont(BODY, SIZE)
                self.c.drawString(LM + 36, self.y + LEAD * len(lines), a)
            elif kind == "bullet":
                self.y -= 3
                x = ind[a] + 18
                w = RM - x
                lines = wrap(b, BODY, SIZE, w)
                self.place_lines(lines, x, BODY, SIZE, w, first_x=ind[a] + 4, label="\u2022")
            prev = kind
        self.finish_page()
        self.c.save()


if __name__ == "__main__":
    Doc().run()
