"""Draw agenda-2022c.pdf: annotated provisional agenda of the 113th Session of the IOM Council (2022).

Layout: C-era cover block at the top of page 1 (symbol, Original, date, COUNCIL, session line, title,
place and dates), then the numbered agenda items with a documents column on the right, then the
ANNOTATIONS part. Running header (symbol / Page N) on pages after the first; footnotes at the foot of
the page on which their raised marker falls.
"""
import os

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "agenda-2022c.pdf")

SYMBOL = "C/113/1"
PAGE_W, PAGE_H = A4
LEFT = 72
RIGHT = PAGE_W - 72
TOP = PAGE_H - 56
BOTTOM = 62
FONT = "Helvetica"
BOLD = "Helvetica-Bold"

body = ParagraphStyle("body", fontName=FONT, fontSize=10.5, leading=13.5, alignment=TA_JUSTIFY)
item_style = ParagraphStyle("item", fontName=FONT, fontSize=10.5, leading=13.5, alignment=TA_LEFT)
item_bold = ParagraphStyle("itemb", parent=item_style, fontName=BOLD)
fn_style = ParagraphStyle("fn", fontName=FONT, fontSize=8.5, leading=10.5, alignment=TA_JUSTIFY,
                          leftIndent=10, firstLineIndent=-10)

# ---------------------------------------------------------------- content
# Agenda items: (number, text, documents, sub-items[(label, text, documents)])
AGENDA = [
    ("1", "Opening of the session", [], []),
    ("2", "Credentials of representatives and observers", ["C/113/INF/1"], []),
    ("3", "Election of officers", [], []),
    ("4", "Adoption of the agenda", ["C/113/1"], []),
    ("5", "Applications for representation by an observer", [], [
        ("(a)", "Application by the Pan-African Network for Migration Research", ["C/113/5"]),
        ("(b)", "Application by the Mediterranean Ports Humanitarian Forum", ["C/113/6"]),
    ]),
    ("6", "Report of the Director General", [], []),
    ("7", "Report of the Director General on the work of the Organization for the year 2021",
     ["C/113/4"], []),
    ("8", "High-level panel: Migration in the context of the climate emergency",
     ["C/113/INF/2"], []),
    ("9", "Report on the 112th Session of the Council", ["C/112/L/16"], []),
    ("10", "Reports on the Thirtieth and Thirty-first Sessions of the Standing Committee on "
           "Programmes and Finance", ["S/30/14", "S/31/15"], []),
    ("11", "Budgetary and financial matters", [], [
        ("(a)", "Financial report for the year ended 31 December 2021", ["C/113/3"]),
        ("(b)", "Programme and Budget for 2023", ["C/113/7"]),
        ("(c)", "Status report on contributions outstanding to the Administrative Part of the Budget",
         ["C/113/9"]),
    ]),
    ("12", "Date and place of the next session", [], []),
    ("13", "Other business", [], []),
    ("14", "Closure of the session", [], []),
]

def sup(n):
    return '<super><font size="7">%s</font></super>' % n

# Annotations: (number, heading, [paragraph markup...]); footnotes keyed by marker
ANNOTATIONS = [
    ("1", "Opening of the session", [
        "The 113th Session of the Council will be opened by the Chairperson of the 112th Session at "
        "10 a.m. on Tuesday, 29 November 2022, in Room 1 of the Centre International de Conf\u00e9rences "
        "Gen\u00e8ve (CICG), 17 rue de Varemb\u00e9, Geneva.",
        "The session will be held in a hybrid format. Delegates who are unable to travel to Geneva may "
        "follow the proceedings and take the floor through the virtual meeting platform; the connection "
        "details will be sent to the permanent missions of registered delegations a few days before the "
        "opening.",
    ]),
    ("2", "Credentials of representatives and observers", [
        "Under the Rules of Procedure of the Council, the credentials of the representatives of Member "
        "States and the names of the members of observer delegations are to be communicated to the "
        "Director General, if possible no later than one week before the opening of the session." + sup(1)
        + " The Bureau will examine the credentials received and report its findings to the Council on "
        "the morning of Wednesday, 30 November 2022.",
        "A provisional list of participants will be issued as document C/113/INF/1 and updated once "
        "the session has closed.",
    ]),
    ("3", "Election of officers", [
        "At each regular session the Council elects a Chairperson, a First Vice-Chairperson, a Second "
        "Vice-Chairperson and a Rapporteur, who remain in office until the next regular session. The "
        "Administration understands from the consultations held among the regional groups that the "
        "nominations for this session respect the customary principle of regional rotation; the Council "
        "is invited to elect its officers on that basis.",
    ]),
    ("4", "Adoption of the agenda", [
        "The present provisional agenda was drawn up by the Director General in consultation with the "
        "Bureau of the 112th Session and after informal consultations with Member States. The Council "
        "may wish to adopt it as it stands or with whatever amendments it considers appropriate.",
    ]),
    ("5", "Applications for representation by an observer", [
        "Two non-governmental organizations have asked to be represented by an observer at the meetings "
        "of the Council. Their applications, together with an account of their activities and of their "
        "cooperation with IOM to date, are reproduced in documents C/113/5 and C/113/6.",
        "Should the Council agree to the applications, it is invited to adopt the corresponding draft "
        "resolutions, issued as documents C/113/L/1 and C/113/L/2.",
    ]),
    ("6", "Report of the Director General", [
        "The Director General will address the Council on the afternoon of Tuesday, 29 November 2022. "
        "The report will review developments since the 112th Session, including the Organization\u2019s "
        "response to large-scale displacement from and within Ukraine and to the drought affecting the "
        "Horn of Africa, and the progress made in implementing the Strategic Vision.",
        "Delegations wishing to respond may do so in the general debate that follows. Written statements "
        "of no more than 1,000 words may also be sent to the Secretariat for posting on the Council "
        "web page.",
    ]),
    ("7", "Report of the Director General on the work of the Organization for the year 2021", [
        "Document C/113/4 describes the activities carried out by IOM in 2021, a year in which the "
        "Organization was present in 171 countries and its combined expenditure reached USD 2.5 billion. "
        "The report was presented to the Standing Committee on Programmes and Finance at its Thirtieth "
        "Session, and the views expressed there are summarized in document S/30/14. The Council is "
        "invited to take note of the report.",
    ]),
    ("8", "High-level panel: Migration in the context of the climate emergency", [
        "On the afternoon of Wednesday, 30 November 2022, the Council will hold a high-level panel on "
        "how evidence on climate-related mobility can be turned into concrete policy and operational "
        "responses. Moderated by the Deputy Director General for Operations, the panel will bring "
        "together two ministers, the mayor of a coastal city and a youth representative. A background "
        "paper will be issued in advance as document C/113/INF/2.",
        "No decision is required under this item.",
    ]),
    ("9", "Report on the 112th Session of the Council", [
        "The draft report on the 112th Session (C/112/L/16) was sent to all Member States in "
        "February 2022 for their comments." + sup(2) + " The Council is invited to approve the report by "
        "adopting a draft resolution to that effect, as it did for the report on its 111th Session "
        "through Resolution No. 1398 of 24 November 2021.",
    ]),
    ("10", "Reports on the Thirtieth and Thirty-first Sessions of the Standing Committee on "
           "Programmes and Finance", [
        "The report on the Thirtieth Session of the Standing Committee, held on 28 and 29 June 2022, "
        "appears in document S/30/14. The report on the Thirty-first Session, held on 25 and 26 October "
        "2022, will be issued as document S/31/15 before the Council meets. Both reports set out the "
        "Standing Committee\u2019s conclusions and recommendations on the programme, budgetary and "
        "financial questions referred to it.",
        "The Council is invited to take note of the two reports and to endorse the recommendations "
        "they contain.",
    ]),
    ("11", "Budgetary and financial matters", [
        "Under sub-item (a), the Council will have before it the financial report for the year ended "
        "31 December 2021 (C/113/3), which contains the audited financial statements and the opinion of "
        "the External Auditor. Under sub-item (b), it will consider the Programme and Budget for 2023 "
        "(C/113/7), which sets the Administrative Part of the Budget at CHF 63,851,000 and estimates the "
        "Operational Part at USD 1,214.6 million." + sup(3),
        "Under sub-item (c), the Administration will report on the contributions outstanding to the "
        "Administrative Part of the Budget as at 31 October 2022 (C/113/9). The Council may wish to "
        "recall Resolution No. 1266 of 27 November 2013, which encourages Member States with long-standing "
        "arrears to agree on a payment plan with the Administration.",
        "The Council is invited to approve the financial report and the Programme and Budget for 2023 by "
        "adopting the relevant draft resolutions, and to urge Member States in arrears to settle their "
        "contributions in full or to enter into a payment plan.",
    ]),
    ("12", "Date and place of the next session", [
        "The Council may wish to decide that its next regular session will be held in Geneva in late "
        "November 2023, the exact dates to be set by the Bureau in consultation with the Administration "
        "once the availability of conference facilities has been confirmed.",
    ]),
    ("13", "Other business", [
        "Any other matter that a Member State wishes to raise will be taken up under this item.",
    ]),
    ("14", "Closure of the session", [
        "The Chairperson will close the session on Friday, 2 December 2022, once the Council has "
        "completed its consideration of the items on its agenda.",
    ]),
]

FOOTNOTES = {
    "1": "Scanned copies of credentials may be sent by email to the Governing Bodies Division in "
         "advance; the originals should be handed in at the registration desk of the CICG on arrival.",
    "2": "Comments received from three Member States by 31 March 2022 have been incorporated in the text "
         "submitted to the Council.",
    "3": "The Standing Committee examined the Programme and Budget for 2023 at its Thirty-first Session "
         "and recommended that the Council approve it.",
}


# ---------------------------------------------------------------- layout engine
class Doc:
    def __init__(self, path):
        self.c = canvas.Canvas(path, pagesize=A4)
        self.c.setTitle("Annotated provisional agenda - C/113/1")
        self.c.setAuthor("International Organization for Migration")
        self.page = 1
        self.y = TOP
        self.fn_on_page = []  # list of (marker, Paragraph, height)

    def fn_height(self, markers):
        if not markers and not self.fn_on_page:
            return 0
        h = 14  # rule + gap
        for _, _, fh in self.fn_on_page:
            h += fh + 2
        for m in markers:
            p = Paragraph(sup(m) + " " + FOOTNOTES[m], fn_style)
            _, fh = p.wrap(RIGHT - LEFT, 1000)
            h += fh + 2
        return h

    def finish_page(self):
        if self.fn_on_page:
            total = sum(fh + 2 for _, _, fh in self.fn_on_page)
            y = BOTTOM + total
            self.c.setLineWidth(0.5)
            self.c.line(LEFT, y + 6, LEFT + 144, y + 6)
            for _, p, fh in self.fn_on_page:
                p.drawOn(self.c, LEFT, y - fh)
                y -= fh + 2
        self.c.showPage()
        self.page += 1
        self.fn_on_page = []
        self.header()

    def header(self):
        c = self.c
        c.setFont(FONT, 10)
        c.drawRightString(RIGHT, PAGE_H - 40, SYMBOL)
        c.drawRightString(RIGHT, PAGE_H - 52, "Page %d" % self.page)
        self.y = PAGE_H - 80

    def ensure(self, h, markers=()):
        avail = self.y - BOTTOM - self.fn_height(list(markers))
        if h > avail:
            self.finish_page()

    def add_footnotes(self, markers):
        for m in markers:
            p = Paragraph(sup(m) + " " + FOOTNOTES[m], fn_style)
            _, fh = p.wrap(RIGHT - LEFT, 1000)
            self.fn_on_page.append((m, p, fh))

    def para(self, markup, style, x, width, space_before=0, markers=()):
        p = Paragraph(markup, style)
        _, h = p.wrap(width, 1000)
        self.ensure(space_before + h, markers)
        self.y -= space_before
        p.drawOn(self.c, x, self.y - h)
        self.y -= h
        self.add_footnotes(markers)
        return h

    def save(self):
        self.finish_page_last()
        self.c.save()

    def finish_page_last(self):
        if self.fn_on_page:
            total = sum(fh + 2 for _, _, fh in self.fn_on_page)
            y = BOTTOM + total
            self.c.setLineWidth(0.5)
            self.c.line(LEFT, y + 6, LEFT + 144, y + 6)
            for _, p, fh in self.fn_on_page:
                p.drawOn(self.c, LEFT, y - fh)
                y -= fh + 2
        self.c.showPage()


def cover(d):
    c = d.c
    # right-aligned identification block
    c.setFont(BOLD, 12)
    c.drawRightString(RIGHT, PAGE_H - 60, SYMBOL)
    c.setFont(FONT, 10.5)
    c.drawRightString(RIGHT, PAGE_H - 76, "Original: English")
    c.drawRightString(RIGHT, PAGE_H - 90, "14 October 2022")
    # organ and session
    c.setFont(BOLD, 12)
    c.drawString(LEFT, PAGE_H - 122, "COUNCIL")
    c.setFont(FONT, 11)
    c.drawString(LEFT, PAGE_H - 137, "113th Session")
    # title block
    c.setFont(BOLD, 13)
    c.drawCentredString(PAGE_W / 2, PAGE_H - 180, "ANNOTATED PROVISIONAL AGENDA")
    c.setFont(FONT, 11)
    c.drawCentredString(PAGE_W / 2, PAGE_H - 203, "Geneva")
    c.drawCentredString(PAGE_W / 2, PAGE_H - 217, "29 November to 2 December 2022")
    c.setLineWidth(0.6)
    c.line(LEFT, PAGE_H - 234, RIGHT, PAGE_H - 234)
    d.y = PAGE_H - 256


NUM_X = LEFT
TEXT_X = LEFT + 30
SUB_X = TEXT_X + 28
DOC_X = 430
TEXT_W = DOC_X - 18 - TEXT_X
SUB_W = DOC_X - 18 - SUB_X


def agenda_list(d):
    c = d.c
    c.setFont(BOLD, 10.5)
    c.drawString(DOC_X, d.y, "Documents")
    c.setLineWidth(0.5)
    c.line(DOC_X, d.y - 2, DOC_X + c.stringWidth("Documents", BOLD, 10.5), d.y - 2)
    d.y -= 14
    for num, text, docs, subs in AGENDA:
        p = Paragraph(text, item_style)
        _, h = p.wrap(TEXT_W, 1000)
        rows_h = max(h, 13.5 * len(docs)) + 10
        d.ensure(rows_h)
        d.y -= 10
        top = d.y
        c.setFont(FONT, 10.5)
        c.drawString(NUM_X, top - 10.5, num + ".")
        p.drawOn(c, TEXT_X, top - h)
        c.setFont(FONT, 10.5)
        for i, s in enumerate(docs):
            c.drawString(DOC_X, top - 10.5 - 13.5 * i, s)
        d.y = top - max(h, 13.5 * len(docs))
        for label, stext, sdocs in subs:
            sp = Paragraph(stext, item_style)
            _, sh = sp.wrap(SUB_W, 1000)
            d.ensure(sh + 6)
            d.y -= 6
            stop = d.y
            c.setFont(FONT, 10.5)
            c.drawString(TEXT_X, stop - 10.5, label)
            sp.drawOn(c, SUB_X, stop - sh)
            for i, s in enumerate(sdocs):
                c.drawString(DOC_X, stop - 10.5 - 13.5 * i, s)
            d.y = stop - max(sh, 13.5 * len(sdocs))


def annotations(d):
    title = Paragraph("<b>ANNOTATIONS</b>", ParagraphStyle("h", fontName=BOLD, fontSize=11.5,
                                                          leading=14, alignment=TA_CENTER))
    _, h = title.wrap(RIGHT - LEFT, 100)
    d.ensure(h + 30 + 60)
    d.y -= 30
    title.drawOn(d.c, LEFT, d.y - h)
    d.y -= h
    for num, heading, paras in ANNOTATIONS:
        hp = Paragraph(heading, item_bold)
        _, hh = hp.wrap(RIGHT - TEXT_X, 1000)
        # keep the item line with the first line of its annotation
        d.ensure(14 + hh + 6 + 28)
        d.y -= 14
        top = d.y
        d.c.setFont(BOLD, 10.5)
        d.c.drawString(NUM_X, top - 10.5, num + ".")
        hp.drawOn(d.c, TEXT_X, top - hh)
        d.y = top - hh
        for i, markup in enumerate(paras):
            markers = [m for m in FOOTNOTES if ("<super><font size=\"7\">%s</font></super>" % m) in markup]
            d.para(markup, body, TEXT_X, RIGHT - TEXT_X, space_before=6, markers=markers)


def main():
    d = Doc(OUT)
    cover(d)
    agenda_list(d)
    annotations(d)
    d.save()
    print("wrote", OUT, "pages:", d.page)


if __name__ == "__main__":
    main()
