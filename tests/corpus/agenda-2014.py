"""Draws agenda-2014.pdf: annotated provisional agenda of the 105th Session of the IOM Council (2014).

MC-era layout: symbol / Original / date at the top right of the cover, numeric-ordinal session
line, drawn rule, title, the trilingual organ footer on the cover; page headers "MC/2409 / Page n"
after the first page; numbered footnotes with raised markers at the page foot.
"""
import os
import re

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "agenda-2014.pdf")

SYMBOL = "MC/2409"
PAGE_W, PAGE_H = A4
LM, RM = 72.0, PAGE_W - 72.0          # left and right margins
TOP_BODY = PAGE_H - 92                # first body baseline after the running header
BOTTOM = 72.0                         # lowest baseline for body text
BOTTOM_COVER = 92.0                   # on the cover the organ footer sits lower down
FS, LEAD = 11, 13.6                   # body font size and leading
FN_FS, FN_LEAD = 9, 11.0              # footnote size and leading
REG, BOLD, ITAL = "Times-Roman", "Times-Bold", "Times-Italic"

# agenda list columns
NUM_X = LM
TXT_X = LM + 32
SUB_TXT_X = TXT_X + 28
TXT_RIGHT = 388.0
DOC_X = 402.0


# ------------------------------------------------------------------ text helpers
MARK = re.compile(r"\^(\d+)$")


def word_width(word, font, size):
    m = MARK.search(word)
    if m:
        base = word[: m.start()]
        return stringWidth(base, font, size) + stringWidth(m.group(1), font, 7)
    return stringWidth(word, font, size)


def wrap(text, width, font=REG, size=FS, first_width=None):
    """Greedy wrap; returns list of word lists."""
    words = text.split()
    lines, cur, cur_w = [], [], 0.0
    space = stringWidth(" ", font, size)
    limit = first_width if first_width is not None else width
    for w in words:
        ww = word_width(w, font, size)
        add = ww if not cur else cur_w + space + ww
        if cur and add > limit:
            lines.append(cur)
            cur, cur_w = [w], ww
            limit = width
        else:
            cur, cur_w = cur + [w], add
    if cur:
        lines.append(cur)
    return lines


class Doc:
    def __init__(self):
        self.c = canvas.Canvas(OUT, pagesize=A4)
        self.c.setTitle("MC/2409 - Annotated provisional agenda")
        self.c.setAuthor("International Organization for Migration")
        self.page = 1
        self.y = None
        self.fn_pending = []   # footnote bodies (marker, text) for the current page
        self.fn_lines = 0

    # -------------------------------------------------------------- pages
    def fn_height(self, extra_lines=0):
        n = self.fn_lines + extra_lines
        if n == 0:
            return 0.0
        return 14 + n * FN_LEAD

    def bottom(self):
        return BOTTOM_COVER if self.page == 1 else BOTTOM

    def finish_page(self):
        c = self.c
        if self.fn_pending:
            base = self.bottom() - 10
            y = base + self.fn_height() - 14
            c.setLineWidth(0.5)
            c.line(LM, y + 10, LM + 144, y + 10)
            for marker, text in self.fn_pending:
                lines = wrap(text, RM - LM - 14, REG, FN_FS)
                c.setFont(REG, 6.5)
                c.drawString(LM, y + 3, marker)
                for ln in lines:
                    c.setFont(REG, FN_FS)
                    c.drawString(LM + 14, y, " ".join(ln))
                    y -= FN_LEAD
        if self.page == 1:
            c.setFont(BOLD, 12)
            for word, x in (("COUNCIL", 150), ("CONSEIL", 270), ("CONSEJO", 390)):
                c.drawString(x, 40, word)
        c.showPage()
        self.page += 1
        self.fn_pending, self.fn_lines = [], 0
        self.header()

    def header(self):
        c = self.c
        c.setFont(REG, FS)
        c.drawRightString(RM, PAGE_H - 50, SYMBOL)
        c.drawRightString(RM, PAGE_H - 63, "Page %d" % self.page)
        self.y = TOP_BODY

    def need(self, height, fn_extra=0):
        """Make sure `height` points of body fit above the footnotes; else new page."""
        if self.y - height < self.bottom() + self.fn_height(fn_extra):
            self.finish_page()

    def gap(self, pts):
        self.y -= pts

    # -------------------------------------------------------------- drawing words
    def draw_words(self, words, x, y, font=REG, size=FS, justify_to=None):
        c = self.c
        space = stringWidth(" ", font, size)
        if justify_to is not None and len(words) > 1:
            natural = sum(word_width(w, font, size) for w in words)
            space = (justify_to - x - natural) / (len(words) - 1)
        for w in words:
            m = MARK.search(w)
            base = w[: m.start()] if m else w
            c.setFont(font, size)
            c.drawString(x, y, base)
            x += stringWidth(base, font, size)
            if m:
                c.setFont(font, 7)
                c.drawString(x, y + 4.2, m.group(1))
                x += stringWidth(m.group(1), font, 7)
            x += space

    def para(self, text, footnotes=(), x=LM, right=RM, first_x=None, font=REG, after=LEAD * 0.8):
        """A justified paragraph. footnotes: list of (marker, body) carried by this paragraph."""
        fx = first_x if first_x is not None else x
        lines = wrap(text, right - x, font, FS, first_width=right - fx)
        fn_map = {}
        for marker, body in footnotes:
            fn_map[marker] = body
        for i, ln in enumerate(lines):
            markers = [MARK.search(w).group(1) for w in ln if MARK.search(w)]
            extra = sum(len(wrap(fn_map[m], RM - LM - 14, REG, FN_FS)) for m in markers)
            self.need(LEAD, extra)
            lx = fx if i == 0 else x
            last = i == len(lines) - 1
            self.draw_words(ln, lx, self.y, font, FS, None if last else right)
            for m in markers:
                self.fn_pending.append((m, fn_map[m]))
                self.fn_lines += len(wrap(fn_map[m], RM - LM - 14, REG, FN_FS))
            self.y -= LEAD
        self.y -= after

    def bullet(self, text):
        lines = wrap(text, RM - (LM + 36), REG, FS)
        self.need(LEAD * min(2, len(lines)))
        self.c.setFont(REG, FS)
        self.c.drawString(LM + 18, self.y, "\u2022")
        for i, ln in enumerate(lines):
            self.need(LEAD)
            last = i == len(lines) - 1
            self.draw_words(ln, LM + 36, self.y, REG, FS, None if last else RM)
            self.y -= LEAD
        self.y -= 4

    def heading(self, label, text, label_x=LM, text_x=TXT_X, font=BOLD, before=6, after=7):
        lines = wrap(text, RM - text_x, font, FS)
        self.need(LEAD * (len(lines) + 2) + before)
        self.y -= before
        self.c.setFont(font, FS)
        self.c.drawString(label_x, self.y, label)
        for ln in lines:
            self.draw_words(ln, text_x, self.y, font, FS)
            self.y -= LEAD
        self.y -= after

    # -------------------------------------------------------------- agenda list row
    def agenda_row(self, label, text, docs, sub=False):
        lx, tx = (TXT_X, SUB_TXT_X) if sub else (NUM_X, TXT_X)
        tlines = wrap(text, TXT_RIGHT - tx)
        dlines = wrap(", ".join(docs), RM - DOC_X) if docs else []
        n = max(len(tlines), len(dlines))
        self.need(LEAD * n)
        c = self.c
        c.setFont(REG, FS)
        c.drawString(lx, self.y, label)
        for i in range(n):
            if i < len(tlines):
                self.draw_words(tlines[i], tx, self.y)
            if i < len(dlines):
                c.setFont(REG, FS)
                c.drawString(DOC_X, self.y, " ".join(dlines[i]))
            self.y -= LEAD
        self.y -= 5


# ------------------------------------------------------------------ content
AGENDA = [
    ("1.", "Opening of the session", []),
    ("2.", "Credentials of representatives and observers", []),
    ("3.", "Election of officers", []),
    ("4.", "Adoption of the agenda", ["MC/2409", "MC/2410"]),
    ("5.", "Admission of new Members and observers", [], [
        ("(a)", "Applications for membership in the Organization", ["MC/2411", "MC/2412", "MC/2413"]),
        ("(b)", "Applications for representation by observers", ["MC/2414"]),
    ]),
    ("6.", "Report of the Director General", []),
    ("7.", "Report of the Director General on the work of the Organization for the year 2013",
     ["MC/2403"]),
    ("8.", "Panel discussion: Migration in the post-2015 development agenda", ["MC/INF/309"]),
    ("9.", "General debate", []),
    ("10.", "Draft reports on the 103rd and 104th Sessions of the Council", ["MC/2398", "MC/2404"]),
    ("11.", "Report on the Fourteenth and Fifteenth Sessions of the Standing Committee on "
            "Programmes and Finance", ["S/14/15", "S/15/16"], [
        ("(a)", "Financial report for the year ended 31 December 2013", ["MC/2401"]),
        ("(b)", "Summary update on the Programme and Budget for 2014", ["S/15/4"]),
        ("(c)", "Programme and Budget for 2015", ["MC/2405"]),
        ("(d)", "Status report on outstanding contributions to the Administrative Part of the Budget",
         ["MC/2416"]),
    ]),
    ("12.", "Report of the Working Group on IOM\u2013UN Relations and the IOM Strategy", ["MC/2417"]),
    ("13.", "Other business", []),
    ("14.", "Date and place of the next session", []),
    ("15.", "Closure of the session", []),
]

FN1 = ("1", "The Rules of Procedure of the Council, as revised following the entry into force of the "
            "amendments to the Constitution on 21 November 2013, are contained in document MC/2360/Rev.1.")
FN2 = ("2", "The background paper will be posted on the IOM website as soon as it is available in the "
            "three official languages.")
FN3 = ("3", "Under Article 4 of the Constitution, a Member State whose arrears equal or exceed the "
            "contributions due from it for the preceding two full years has no vote in the Council.")

# Each annotation: (number, title, [blocks]); a block is ("p", text, footnotes), ("b", [bullets]),
# or ("sub", label, title, [blocks]).
ANNOTATIONS = [
    ("1.", "Opening of the session", [
        ("p", "The 105th Session of the Council will be opened by the outgoing Chairperson at 10 a.m. "
              "on Tuesday, 25 November 2014, in Room 2 of the Centre International de Conf\u00e9rences "
              "Gen\u00e8ve (CICG), 17 rue de Varemb\u00e9, Geneva. The session is expected to close in the "
              "afternoon of Friday, 28 November 2014.", ()),
    ]),
    ("2.", "Credentials of representatives and observers", [
        ("p", "Under Rule 6 of the Rules of Procedure of the Council, the credentials of representatives "
              "of Member States and the names of the members of their delegations are to be submitted to "
              "the Director General, if possible not later than 24 hours before the opening of the "
              "session.^1 Observers are likewise requested to communicate the names of their "
              "representatives.", (FN1,)),
        ("p", "The Director General will examine the credentials received and report to the Council, "
              "which will be invited to take note of his report. Delegations whose credentials are still "
              "outstanding are urged to transmit them to the Secretariat of the governing bodies without "
              "delay.", ()),
    ]),
    ("3.", "Election of officers", [
        ("p", "In accordance with Rule 11 of its Rules of Procedure, the Council will elect a Chairperson, "
              "a First Vice-Chairperson, a Second Vice-Chairperson and a Rapporteur, who will hold office "
              "until their successors are elected at the next regular session.", ()),
        ("p", "Consultations among the regional groups on the composition of the Bureau are under way, "
              "and their outcome will be made known to Member States before the opening of the session.",
         ()),
    ]),
    ("4.", "Adoption of the agenda", [
        ("p", "The Council will be invited to adopt the provisional agenda set out in the present "
              "document. A provisional programme of work, showing the order in which the items are "
              "expected to be taken up, is contained in document MC/2410.", ()),
    ]),
    ("5.", "Admission of new Members and observers", [
        ("sub", "(a)", "Applications for membership in the Organization", [
            ("p", "Applications for membership have been received from the Kingdom of Tonga (MC/2411), "
                  "Saint Lucia (MC/2412) and the Republic of Palau (MC/2413). Each applicant has accepted "
                  "the Constitution of the Organization and undertaken to make a financial contribution "
                  "to its administrative requirements, in accordance with Article 2(b) of the "
                  "Constitution. A draft resolution on the admission of each applicant is attached to "
                  "the corresponding document.", ()),
        ]),
        ("sub", "(b)", "Applications for representation by observers", [
            ("p", "Requests for observer status have been received from one intergovernmental "
                  "organization and two non-governmental organizations. Their letters of request, "
                  "together with a short description of each organization's activities, are reproduced "
                  "in document MC/2414.", ()),
        ]),
    ]),
    ("6.", "Report of the Director General", [
        ("p", "The Director General will address the Council on the activities of the Organization since "
              "the 103rd Session and on the main challenges ahead, including the emergencies in the "
              "Syrian Arab Republic, Iraq, South Sudan and the Central African Republic and the response "
              "to the Ebola virus disease outbreak in West Africa.", ()),
    ]),
    ("7.", "Report of the Director General on the work of the Organization for the year 2013", [
        ("p", "Document MC/2403 reviews the activities carried out in 2013 under each of the twelve points "
              "of the IOM Strategy approved by the Council in Resolution No. 1150 of 7 June 2007.", ()),
        ("p", "The report was considered by the Standing Committee on Programmes and Finance at its "
              "Fourteenth Session (S/14/15, paragraphs 12 to 19). The Council is invited to take note of "
              "it.", ()),
    ]),
    ("8.", "Panel discussion: Migration in the post-2015 development agenda", [
        ("p", "A panel of senior government officials and experts will discuss how human mobility can be "
              "reflected in the sustainable development goals and targets now under negotiation in New "
              "York, and what support Member States expect from IOM in measuring progress. A background "
              "paper has been prepared by the Administration (MC/INF/309).^2", (FN2,)),
    ]),
    ("9.", "General debate", [
        ("p", "The list of speakers for the general debate will open on Monday, 3 November 2014. In order "
              "to allow as many delegations as possible to take the floor, delegations are requested:",
         ()),
        ("b", [
            "to register with the Secretariat of the governing bodies by 21 November 2014;",
            "to keep their oral statements to five minutes or less; and",
            "to send the full text of their statements to the Secretariat, in electronic form, for "
            "posting on the IOM website.",
        ]),
        ("p", "Statements by groups of States will be given precedence over statements by individual "
              "Member States.", ()),
    ]),
    ("10.", "Draft reports on the 103rd and 104th Sessions of the Council", [
        ("p", "The draft reports on the 103rd Session (MC/2398) and on the 104th Session (MC/2404) have "
              "been circulated to Member States. The Council will be invited to approve both reports "
              "through a draft resolution to be submitted during the session.", ()),
    ]),
    ("11.", "Report on the Fourteenth and Fifteenth Sessions of the Standing Committee on Programmes "
            "and Finance", [
        ("p", "The reports of the Standing Committee on its Fourteenth Session (24 and 25 June 2014) and "
              "its Fifteenth Session (28 and 29 October 2014) are contained in documents S/14/15 and "
              "S/15/16. The Council is invited to take note of both reports and to act on the "
              "recommendations they contain under the sub-items below.", ()),
        ("sub", "(a)", "Financial report for the year ended 31 December 2013", [
            ("p", "The Financial Report for 2013 (MC/2401), which includes the report of the External "
                  "Auditor, shows total combined expenditure of USD 1,342.6 million. The Standing "
                  "Committee recommended that the Council approve the report (S/14/15, paragraph 31).",
             ()),
        ]),
        ("sub", "(b)", "Summary update on the Programme and Budget for 2014", [
            ("p", "Document S/15/4 increases the Operational Part of the Budget for 2014 from USD 1,049.8 "
                  "million to USD 1,162.4 million, reflecting new funding received since the previous "
                  "revision (S/14/5). The Administrative Part of the Budget remains unchanged at "
                  "CHF 41,339,000.", ()),
        ]),
        ("sub", "(c)", "Programme and Budget for 2015", [
            ("p", "The Programme and Budget for 2015 (MC/2405) sets the Administrative Part of the Budget "
                  "at CHF 41,920,000 and the Operational Part at USD 967.2 million, on the basis of the "
                  "funding confirmed by 30 September 2014.", ()),
            ("p", "The Standing Committee recommended that the Council adopt a draft resolution approving "
                  "the Programme and Budget for 2015, together with the scale of assessment for 2015 set "
                  "out in its annex.", ()),
        ]),
        ("sub", "(d)", "Status report on outstanding contributions to the Administrative Part of the "
                       "Budget", [
            ("p", "As at 30 September 2014, outstanding contributions to the Administrative Part of the "
                  "Budget amounted to CHF 5,812,447, of which CHF 3,947,102 was owed by 14 Member States "
                  "subject to Article 4 of the Constitution.^3 Document MC/2416 will be updated at the "
                  "opening of the session to reflect payments received in the meantime.", (FN3,)),
        ]),
    ]),
    ("12.", "Report of the Working Group on IOM\u2013UN Relations and the IOM Strategy", [
        ("p", "By Resolution No. 1271 of 27 November 2013, the Council established an open-ended working "
              "group to examine the legal and institutional relationship between IOM and the United "
              "Nations and to review the IOM Strategy.", ()),
        ("p", "The interim report of the Working Group (MC/2417) summarizes the options examined at its "
              "six meetings in 2014. The Council will be invited to take note of it and to extend the "
              "mandate of the Working Group until its 106th Session.", ()),
    ]),
    ("13.", "Other business", [
        ("p", "Member States wishing to raise matters under this item are invited to inform the "
              "Chairperson or the Secretariat in advance.", ()),
    ]),
    ("14.", "Date and place of the next session", [
        ("p", "The Council may wish to decide, provisionally, to hold its 106th Session in Geneva in late "
              "November 2015. The exact dates will be set by the Bureau, in consultation with the "
              "Administration, in the light of the availability of conference facilities.", ()),
    ]),
    ("15.", "Closure of the session", [
        ("p", "The Chairperson will declare the session closed once the Council has concluded its "
              "consideration of all the items on the agenda.", ()),
    ]),
]


def blocks(d, items):
    for b in items:
        if b[0] == "p":
            d.para(b[1], b[2])
        elif b[0] == "b":
            for t in b[1]:
                d.bullet(t)
            d.gap(LEAD * 0.4)
        elif b[0] == "sub":
            d.heading(b[1], b[2], label_x=TXT_X, text_x=SUB_TXT_X, before=2, after=6)
            blocks(d, b[3])


def main():
    d = Doc()
    c = d.c
    # cover block
    c.setFont(BOLD, FS)
    c.drawRightString(RM, PAGE_H - 50, SYMBOL)
    c.setFont(REG, FS)
    c.drawRightString(RM, PAGE_H - 78, "Original: English")
    c.drawRightString(RM, PAGE_H - 92, "7 October 2014")
    c.setFont(BOLD, 12)
    c.drawCentredString(PAGE_W / 2, PAGE_H - 130, "105TH SESSION")
    c.setLineWidth(0.8)
    c.line(LM + 90, PAGE_H - 142, RM - 90, PAGE_H - 142)
    c.setFont(BOLD, 12)
    c.drawCentredString(PAGE_W / 2, PAGE_H - 172, "ANNOTATED PROVISIONAL AGENDA")
    d.y = PAGE_H - 212

    for row in AGENDA:
        d.agenda_row(row[0], row[1], row[2])
        if len(row) > 3:
            for sub in row[3]:
                d.agenda_row(sub[0], sub[1], sub[2], sub=True)

    # annotations on a new page
    d.finish_page()
    c.setFont(BOLD, 12)
    c.drawCentredString(PAGE_W / 2, d.y, "ANNOTATIONS")
    d.y -= LEAD * 2
    for num, title, items in ANNOTATIONS:
        d.heading(num, title)
        blocks(d, items)

    # close the last page (its footnotes, if any) and save
    finish_last(d)


def finish_last(d):
    c = d.c
    if d.fn_pending:
        base = d.bottom() - 10
        y = base + d.fn_height() - 14
        c.setLineWidth(0.5)
        c.line(LM, y + 10, LM + 144, y + 10)
        for marker, text in d.fn_pending:
            lines = wrap(text, RM - LM - 14, REG, FN_FS)
            c.setFont(REG, 6.5)
            c.drawString(LM, y + 3, marker)
            for ln in lines:
                c.setFont(REG, FN_FS)
                c.drawString(LM + 14, y, " ".join(ln))
                y -= FN_LEAD
    c.showPage()
    c.save()
    print("pages:", d.page)


if __name__ == "__main__":
    main()
