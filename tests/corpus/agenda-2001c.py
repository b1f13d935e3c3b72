"""Draw agenda-2001c.pdf: annotated provisional agenda of the IOM Council, 82nd session (2001)."""
import os
import re

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "agenda-2001c.pdf")

SYMBOL = "MC/2047"
W, H = A4
LM, RM = 72, W - 68          # left / right margins
FONT, BOLD = "Helvetica", "Helvetica-Bold"
SIZE, LEAD = 10.5, 13.5
FN_SIZE, FN_LEAD = 8.5, 10.5
BOTTOM = 60                  # lowest baseline for body text (footnotes included)
COVER_BOTTOM = 110           # the cover keeps room for the trilingual footer

MARK = re.compile(r"\[\[(\d+)\]\]")

# --------------------------------------------------------------------------- content
AGENDA = [
    ("1.", "Opening of the session", []),
    ("2.", "Credentials of representatives and observers", []),
    ("3.", "Election of officers", []),
    ("4.", "Adoption of the agenda", ["MC/2047"]),
    ("5.", "Admission of new Members and observers", [], [
        ("(a)", "Applications for membership in the Organization", ["MC/2049", "MC/2050", "MC/2051"]),
        ("(b)", "Applications for representation by observers", ["MC/2052", "MC/2053"]),
    ]),
    ("6.", "Reports on the Eightieth Session and on the Eighty-first (Special) Session of the Council",
     ["MC/2031", "MC/2040"]),
    ("7.", "Statement by the Director General", []),
    ("8.", "Report on the Ninety-eighth Session of the Executive Committee", ["MC/EX/638"]),
    ("9.", "General debate", []),
    ("10.", "International Dialogue on Migration", [], [
        ("(a)", "Migration policy in a global context", ["MC/INF/246"]),
        ("(b)", "Migration and the private sector: panel discussion", ["MC/INF/247"]),
        ("(c)", "Regional consultative processes on migration", ["MC/INF/248"]),
    ]),
    ("11.", "Budgetary and financial matters", [], [
        ("(a)", "Programme and Budget for 2002", ["MC/2045", "MC/2045/Add.1"]),
        ("(b)", "Scale of assessment for 2002", ["MC/2046"]),
        ("(c)", "Status report on outstanding contributions to the Administrative Part of the Budget",
         ["MC/2055"]),
    ]),
    ("12.", "Election of the members of the Executive Committee", []),
    ("13.", "Other business", []),
    ("14.", "Date and place of the next regular session", []),
    ("15.", "Closure of the session", []),
]

INTRO = ("The annotations that follow have been prepared by the Administration to help delegations "
         "prepare for the session. They follow the order of the items in the provisional agenda, which "
         "has been drawn up in consultation with the Chairman of the Council and in keeping with the "
         "Rules of Procedure.[[1]]")

ANNOTATIONS = [
    ("1.", "Opening of the session",
     "The outgoing Chairman of the Council will open the session at 10 a.m. on Tuesday, "
     "27 November 2001, in Room XVIII of the Palais des Nations."),
    ("2.", "Credentials of representatives and observers",
     "Credentials of representatives and the names of observers should reach the Director General "
     "no later than 24 hours before the opening of the session. The Council will be invited to "
     "examine them itself or to entrust the task to the Bureau."),
    ("3.", "Election of officers",
     "The Council will elect its Chairman, first and second Vice-Chairmen and Rapporteur, who remain "
     "in office until the next regular session. Consultations on candidatures are taking place among "
     "the regional groups."),
    ("4.", "Adoption of the agenda",
     "The Council is invited to adopt the provisional agenda contained in the present document."),
    ("5.", "Admission of new Members and observers",
     "Three States have applied for membership of the Organization and two intergovernmental "
     "organizations have asked to be represented by observers.[[2]] A draft resolution on each "
     "application is attached to the corresponding document."),
    ("6.", "Reports on the Eightieth Session and on the Eighty-first (Special) Session of the Council",
     "The Council is requested to approve the reports on its Eightieth Session, held from 28 to "
     "30 November 2000, and on its Eighty-first (Special) Session, held on 12 June 2001."),
    ("7.", "Statement by the Director General",
     "The Director General will review the activities of the Organization in 2001 and outline the "
     "main challenges expected in the coming year."),
    ("8.", "Report on the Ninety-eighth Session of the Executive Committee",
     "Meeting on 5 and 6 June 2001, the Executive Committee examined the Report of the Director "
     "General on the work of the Organization for the year 2000 (MC/2034) and the Financial Report "
     "for the year ended 31 December 2000 (MC/2035). The Council is asked to take note of its report."),
    ("9.", "General debate",
     "Delegations wishing to speak are requested to inscribe their names on the list of speakers "
     "with the Secretariat by Friday, 23 November 2001. Statements should not exceed ten minutes."),
    ("10.", "International Dialogue on Migration",
     "Pursuant to Resolution No. 1022 (LXXX) of 30 November 2000, part of the session will be "
     "devoted to a policy dialogue on international migration. A background paper has been issued "
     "for each of the three sub-items."),
    ("11.", "Budgetary and financial matters",
     "The Programme and Budget for 2002 provides for an Administrative Part of CHF 35,118,000 and, "
     "as updated in the addendum, an Operational Part of USD 263.4 million. The status report shows "
     "contributions of CHF 4,312,589 outstanding as at 30 September 2001, of which CHF 2,907,440 "
     "relate to years before 2001."),
    ("12.", "Election of the members of the Executive Committee",
     "Under Article 13 of the Constitution, the Council elects the members of the Executive "
     "Committee for a two-year term. Nine Member States have so far offered to serve for "
     "2002-2003."),
    ("13.", "Other business",
     "No other business had been notified to the Administration when this document was issued."),
    ("14.", "Date and place of the next regular session",
     "The Council may wish to hold its next regular session in Geneva in late November or early "
     "December 2002, the exact dates to be fixed by the Executive Committee."),
    ("15.", "Closure of the session",
     "The Chairman will close the session once the Council has completed its agenda."),
]

FOOTNOTES = {
    "1": ("Rule 4 of the Rules of Procedure of the Council requires the provisional agenda of a "
          "regular session to be sent to Members at least 30 days before the session opens."),
    "2": ("The applicants for membership are the Islamic Republic of Mauritania (MC/2049), the "
          "Republic of Moldova (MC/2050) and Sierra Leone (MC/2051); observer status is sought by "
          "the League of Arab States (MC/2052) and the Arab Maghreb Union (MC/2053)."),
}


# --------------------------------------------------------------------------- text helpers
def plain_width(word, font, size):
    """Width of a word that may carry a raised marker [[n]]."""
    w = 0.0
    pos = 0
    for m in MARK.finditer(word):
        w += stringWidth(word[pos:m.start()], font, size)
        w += stringWidth(m.group(1), font, size * 0.65)
        pos = m.end()
    return w + stringWidth(word[pos:], font, size)


def wrap(text, width, font=FONT, size=SIZE):
    lines, cur = [], ""
    for word in text.split():
        trial = word if not cur else cur + " " + word
        if plain_width(trial, font, size) <= width:
            cur = trial
        else:
            lines.append(cur)
            cur = word
    if cur:
        lines.append(cur)
    return lines


def draw_line(c, x, y, text, font=FONT, size=SIZE):
    """Draw one line; [[n]] markers are drawn as raised small digits."""
    pos = 0
    for m in MARK.finditer(text):
        seg = text[pos:m.start()]
        c.setFont(font, size)
        c.drawString(x, y, seg)
        x += stringWidth(seg, font, size)
        c.setFont(FONT, size * 0.65)
        c.drawString(x, y + size * 0.38, m.group(1))
        x += stringWidth(m.group(1), FONT, size * 0.65)
        pos = m.end()
    seg = text[pos:]
    c.setFont(font, size)
    c.drawString(x, y, seg)


def markers_in(text):
    return MARK.findall(text)


# --------------------------------------------------------------------------- page machinery
class Doc:
    def __init__(self):
        self.c = canvas.Canvas(OUT, pagesize=A4)
        self.c.setTitle("MC/2047 - Annotated provisional agenda")
        self.c.setAuthor("International Organization for Migration")
        self.page = 1
        self.pending_fn = []
        self.y = None

    def bottom(self):
        return COVER_BOTTOM if self.page == 1 else BOTTOM

    def fn_height(self, keys):
        if not keys:
            return 0
        h = 16  # separator rule
        for k in keys:
            h += len(wrap(FOOTNOTES[k], RM - LM - 14, FONT, FN_SIZE)) * FN_LEAD + 3
        return h

    def fits(self, height, new_fn):
        return self.y - height >= self.bottom() + self.fn_height(self.pending_fn + new_fn)

    def finish_page(self):
        c = self.c
        if self.pending_fn:
            y = self.bottom() + self.fn_height(self.pending_fn) - 8
            c.setFont(FONT, SIZE)
            c.drawString(LM, y, "_" * 20)
            y -= 14
            for k in self.pending_fn:
                lines = wrap(FOOTNOTES[k], RM - LM - 14, FONT, FN_SIZE)
                c.setFont(FONT, FN_SIZE * 0.75)
                c.drawString(LM, y + 3, k)
                for ln in lines:
                    draw_line(c, LM + 14, y, ln, FONT, FN_SIZE)
                    y -= FN_LEAD
                y -= 3
        if self.page == 1:
            self.cover_footer()
        c.showPage()
        self.page += 1
        self.pending_fn = []
        self.running_header()

    def running_header(self):
        c = self.c
        c.setFont(FONT, SIZE)
        c.drawRightString(RM, H - 50, SYMBOL)
        c.drawRightString(RM, H - 50 - LEAD, "Page %d" % self.page)
        self.y = H - 50 - LEAD - 34

    def cover_footer(self):
        c = self.c
        c.setLineWidth(0.8)
        c.line(LM, 82, RM, 82)
        c.setFont(BOLD, 12)
        c.drawString(LM, 64, "COUNCIL")
        c.drawCentredString((LM + RM) / 2, 64, "CONSEIL")
        c.drawRightString(RM, 64, "CONSEJO")

    def ensure(self, height, fns):
        if not self.fits(height, fns):
            self.finish_page()
        self.pending_fn += fns

    def close(self):
        self.finish_page_last()
        self.c.save()

    def finish_page_last(self):
        # same as finish_page without starting a new page
        c = self.c
        if self.pending_fn:
            y = self.bottom() + self.fn_height(self.pending_fn) - 8
            c.setFont(FONT, SIZE)
            c.drawString(LM, y, "_" * 20)
            y -= 14
            for k in self.pending_fn:
                lines = wrap(FOOTNOTES[k], RM - LM - 14, FONT, FN_SIZE)
                c.setFont(FONT, FN_SIZE * 0.75)
                c.drawString(LM, y + 3, k)
                for ln in lines:
                    draw_line(c, LM + 14, y, ln, FONT, FN_SIZE)
                    y -= FN_LEAD
                y -= 3
        if self.page == 1:
            self.cover_footer()
        c.showPage()


# --------------------------------------------------------------------------- drawing
NUM_X = LM
TEXT_X = LM + 30
SUB_LABEL_X = TEXT_X
SUB_TEXT_X = TEXT_X + 26
DOC_X = LM + 345
TEXT_RIGHT = DOC_X - 20


def cover(d):
    c = d.c
    top = H - 50
    c.setFont(FONT, SIZE)
    c.drawRightString(RM, top, SYMBOL)
    c.drawRightString(RM, top - LEAD, "Original: English")
    c.drawRightString(RM, top - 2 * LEAD, "15 October 2001")
    c.setFont(BOLD, 11)
    c.drawString(LM, top - 4 * LEAD - 6, "EIGHTY-SECOND SESSION")
    c.setLineWidth(1.2)
    c.line(LM, top - 4 * LEAD - 16, RM, top - 4 * LEAD - 16)
    y = top - 4 * LEAD - 48
    c.setFont(BOLD, 12)
    c.drawCentredString(W / 2, y, "ANNOTATED PROVISIONAL AGENDA")
    y -= 22
    c.setFont(FONT, SIZE)
    c.drawCentredString(W / 2, y, "Geneva")
    y -= LEAD
    c.drawCentredString(W / 2, y, "27-29 November 2001")
    d.y = y - 34


def agenda_list(d):
    c = d.c
    for entry in AGENDA:
        num, text, docs = entry[0], entry[1], entry[2]
        subs = entry[3] if len(entry) > 3 else []
        lines = wrap(text, TEXT_RIGHT - TEXT_X)
        h = max(len(lines), len(docs), 1) * LEAD
        d.ensure(h, [])
        y = d.y
        c.setFont(FONT, SIZE)
        c.drawString(NUM_X, y, num)
        for i, ln in enumerate(lines):
            draw_line(c, TEXT_X, y - i * LEAD, ln)
        for i, s in enumerate(docs):
            c.setFont(FONT, SIZE)
            c.drawString(DOC_X, y - i * LEAD, s)
        d.y = y - h - (5 if subs else 9)
        for label, stext, sdocs in subs:
            slines = wrap(stext, TEXT_RIGHT - SUB_TEXT_X)
            sh = max(len(slines), len(sdocs), 1) * LEAD
            d.ensure(sh, [])
            y = d.y
            c.setFont(FONT, SIZE)
            c.drawString(SUB_LABEL_X, y, label)
            for i, ln in enumerate(slines):
                draw_line(c, SUB_TEXT_X, y - i * LEAD, ln)
            for i, s in enumerate(sdocs):
                c.setFont(FONT, SIZE)
                c.drawString(DOC_X, y - i * LEAD, s)
            d.y = y - sh - 5
        if subs:
            d.y -= 4


def annotations(d):
    c = d.c
    # heading + intro kept together
    intro = wrap(INTRO, RM - LM)
    need = 30 + len(intro) * LEAD
    d.ensure(need + 40, markers_in(INTRO))
    d.y -= 10
    c.setFont(BOLD, 11)
    c.drawCentredString(W / 2, d.y, "ANNOTATIONS")
    d.y -= 28
    for i, ln in enumerate(intro):
        draw_line(c, LM, d.y - i * LEAD, ln)
    d.y -= len(intro) * LEAD + 12
    for num, title, note in ANNOTATIONS:
        tlines = wrap(title, RM - TEXT_X, BOLD, SIZE)
        nlines = wrap(note, RM - TEXT_X)
        h = len(tlines) * LEAD + 5 + len(nlines) * LEAD
        d.ensure(h, markers_in(note))
        y = d.y
        c.setFont(BOLD, SIZE)
        c.drawString(NUM_X, y, num)
        for i, ln in enumerate(tlines):
            draw_line(c, TEXT_X, y, ln, BOLD, SIZE)
            y -= LEAD
        y -= 5
        for ln in nlines:
            draw_line(c, TEXT_X, y, ln)
            y -= LEAD
        d.y = y - 9


def main():
    d = Doc()
    cover(d)
    agenda_list(d)
    annotations(d)
    d.close()


if __name__ == "__main__":
    main()
