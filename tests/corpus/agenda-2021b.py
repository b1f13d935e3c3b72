"""Draws agenda-2021b.pdf: IOM Council, 112th Session, C/112/1, Provisional agenda (annotated).

Drawn with reportlab on an A4 canvas with a small hand-made layout engine:
running headers after page 1, raised footnote markers, footnotes at the page foot,
Part I as a two-column list (items / documents), Part II annotations, and an annex table.
"""
import os
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "agenda-2021b.pdf")

SYMBOL = "C/112/1"
W, H = A4
LM = 72            # left margin
RM = W - 72        # right edge of text
TOP = H - 60
BOTTOM = 70
F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
SZ = 10.5
LEAD = 13.5
FN_SZ = 8.5
FN_LEAD = 10.5

FOOTNOTES = {
    1: "Owing to the hybrid format of the session, statements in the general debate should not "
       "exceed five minutes. Longer versions may be posted on the web page of the session.",
    2: "Rules of Procedure of the Council, as amended by Resolution No. 1310 of 24 November 2015.",
    3: "Inscriptions are to be sent to the Governing Bodies Division by e-mail; the list of "
       "speakers will be closed at 12 noon on that date.",
    4: "See the report on the Twenty-ninth Session of the Standing Committee on Programmes and "
       "Finance (S/29/L/1), paragraphs 41 to 47.",
}


# ---------------------------------------------------------------- text helpers
def tokens(text):
    """Split text into words; a word may end with ^N (a raised footnote marker)."""
    out = []
    for w in text.split():
        if "^" in w:
            base, mk = w.split("^", 1)
            out.append((base, mk))
        else:
            out.append((w, None))
    return out


def tok_width(tok, font, size):
    base, mk = tok
    wdt = stringWidth(base, font, size)
    if mk:
        wdt += stringWidth(mk, font, size * 0.62) + 0.5
    return wdt


def wrap(text, width, font=F, size=SZ, first_width=None):
    toks = tokens(text)
    lines, cur, curw = [], [], 0.0
    sp = stringWidth(" ", font, size)
    limit = first_width if first_width is not None else width
    for t in toks:
        tw = tok_width(t, font, size)
        add = tw if not cur else curw + sp + tw
        if cur and add > limit:
            lines.append(cur)
            cur, curw = [t], tw
            limit = width
        else:
            cur.append(t)
            curw = add
    if cur:
        lines.append(cur)
    return lines


def line_markers(line):
    return [int(mk) for _, mk in line if mk]


class Doc:
    def __init__(self):
        self.c = canvas.Canvas(OUT, pagesize=A4)
        self.c.setTitle("C/112/1 - Provisional agenda - 112th Session of the Council")
        self.c.setAuthor("International Organization for Migration")
        self.page = 1
        self.y = None
        self.page_fns = []
        self.header_label = None

    # -- footnotes
    def fn_lines(self, n):
        return wrap(FOOTNOTES[n], RM - LM - 14, F, FN_SZ)

    def fn_height(self, fns):
        if not fns:
            return 0
        h = 14  # separator rule and gap
        for n in fns:
            h += len(self.fn_lines(n)) * FN_LEAD + 2
        return h

    def draw_footnotes(self):
        if not self.page_fns:
            return
        h = self.fn_height(self.page_fns)
        y = BOTTOM + h - 6
        self.c.setLineWidth(0.5)
        self.c.line(LM, y + 2, LM + 144, y + 2)
        y -= 10
        for n in self.page_fns:
            lines = self.fn_lines(n)
            self.c.setFont(F, FN_SZ * 0.7)
            self.c.drawString(LM, y + 3, str(n))
            for ln in lines:
                self.draw_tokens(ln, LM + 14, y, F, FN_SZ)
                y -= FN_LEAD
            y -= 2

    # -- pages
    def running_header(self):
        c = self.c
        c.setFont(F, 9.5)
        c.drawRightString(RM, H - 42, SYMBOL)
        c.drawRightString(RM, H - 54, self.header_label or "Page %d" % self.page)

    def new_page(self, label=None):
        self.draw_footnotes()
        self.c.showPage()
        self.page += 1
        self.page_fns = []
        self.header_label = label
        self.running_header()
        self.y = TOP - 30

    def room(self, h, new_fns=()):
        return self.y - h >= BOTTOM + self.fn_height(self.page_fns + list(new_fns))

    def ensure(self, h, new_fns=()):
        if not self.room(h, new_fns):
            self.new_page()

    # -- drawing
    def draw_tokens(self, line, x, y, font, size):
        c = self.c
        sp = stringWidth(" ", font, size)
        for i, (base, mk) in enumerate(line):
            c.setFont(font, size)
            c.drawString(x, y, base)
            x += stringWidth(base, font, size)
            if mk:
                c.setFont(font, size * 0.62)
                c.drawString(x + 0.5, y + size * 0.38, mk)
                x += stringWidth(mk, font, size * 0.62) + 0.5
            x += sp

    def para(self, text, x=LM, right=RM, font=F, size=SZ, lead=LEAD, after=8, first_x=None):
        lines = wrap(text, right - x, font, size,
                     first_width=(right - first_x) if first_x is not None else None)
        for i, ln in enumerate(lines):
            mks = line_markers(ln)
            keep = lead * 2 if i == 0 and len(lines) > 1 else lead
            self.ensure(keep, mks)
            self.page_fns.extend(mks)
            lx = first_x if (i == 0 and first_x is not None) else x
            self.draw_tokens(ln, lx, self.y - size, font, size)
            self.y -= lead
        self.y -= after

    def heading(self, label, text, x_label=LM, x_text=LM + 28, size=SZ, after=6, before=6,
                font=FB, underline=False):
        lines = wrap(text, RM - x_text, font, size)
        need = before + len(lines) * LEAD + after + 3 * LEAD  # keep with next
        self.ensure(need)
        self.y -= before
        c = self.c
        for i, ln in enumerate(lines):
            if i == 0 and label:
                c.setFont(font, size)
                c.drawString(x_label, self.y - size, label)
            self.draw_tokens(ln, x_text, self.y - size, font, size)
            if underline:
                w = sum(tok_width(t, font, size) for t in ln) + stringWidth(" ", font, size) * (len(ln) - 1)
                c.setLineWidth(0.6)
                c.line(x_text, self.y - size - 1.8, x_text + w, self.y - size - 1.8)
            self.y -= LEAD
        self.y -= after

    def centred(self, text, font=FB, size=SZ, after=4):
        self.c.setFont(font, size)
        self.c.drawCentredString(W / 2, self.y - size, text)
        self.y -= size + after

    def bullets(self, items, x=LM + 28):
        for it in items:
            lines = wrap(it, RM - x - 16)
            self.ensure(LEAD * len(lines))
            self.c.setFont(F, SZ)
            self.c.drawString(x, self.y - SZ, "\u2022")
            for ln in lines:
                self.draw_tokens(ln, x + 16, self.y - SZ, F, SZ)
                self.y -= LEAD
            self.y -= 2
        self.y -= 6

    def finish(self):
        self.draw_footnotes()
        self.c.showPage()
        self.c.save()


# ---------------------------------------------------------------- content
PART1 = [
    ("1.", "Opening of the session", [], None),
    ("2.", "Credentials of representatives and observers", [], None),
    ("3.", "Election of officers", [], None),
    ("4.", "Adoption of the agenda", ["C/112/1"], None),
    ("5.", "Applications for representation by observers", [], [
        ("(a)", "Application by the Economic Community of Central African States for "
                "representation by an observer", ["C/112/7", "C/112/L/3"]),
        ("(b)", "Application by the International Federation of Social Workers for "
                "representation by an observer", ["C/112/8", "C/112/L/4"]),
    ]),
    ("6.", "Statement by the Director General", [], None),
    ("7.", "Report on the work of the Organization for the year 2020", ["C/112/3"], None),
    ("8.", "General debate^1", ["C/112/INF/2"], None),
    ("9.", "Report on the 111th Session of the Council", ["C/111/21", "C/112/L/2"], None),
    ("10.", "Reports on the Twenty-eighth and Twenty-ninth Sessions of the Standing Committee "
            "on Programmes and Finance", ["S/28/13", "S/29/L/1"], None),
    ("11.", "Programme and Budget for 2022", ["C/112/6", "C/112/L/5"], None),
    ("12.", "Financial matters", [], [
        ("(a)", "Financial report for the year ended 31 December 2020", ["C/112/5", "C/112/L/6"]),
        ("(b)", "Status report on outstanding contributions to the Administrative Part of the Budget",
         ["C/112/INF/3"]),
        ("(c)", "Scale of assessment for 2022", ["C/112/9", "C/112/L/7"]),
    ]),
    ("13.", "Report on the work of the Working Group on IOM Partnerships, Governance and "
            "Organizational Priorities", ["C/112/10"], None),
    ("14.", "Date and place of the next session", [], None),
    ("15.", "Other business", [], None),
    ("16.", "Closure of the session", [], None),
]

DOC_X = 400
ITEM_RIGHT = 372


def part_one(d):
    d.heading(None, "PART I \u2013 AGENDA ITEMS", x_text=LM, before=4, after=10)
    c = d.c
    c.setFont(FB, SZ)
    c.drawString(DOC_X, d.y - SZ, "Documents")
    c.setLineWidth(0.6)
    c.line(DOC_X, d.y - SZ - 1.8, DOC_X + stringWidth("Documents", FB, SZ), d.y - SZ - 1.8)
    d.y -= LEAD + 8

    def row(label, lx, tx, text, docs):
        lines = wrap(text, ITEM_RIGHT - tx)
        n = max(len(lines), len(docs))
        mks = [m for ln in lines for m in line_markers(ln)]
        d.ensure(n * LEAD, mks)
        d.page_fns.extend(mks)
        y0 = d.y
        c.setFont(F, SZ)
        c.drawString(lx, y0 - SZ, label)
        for i, ln in enumerate(lines):
            d.draw_tokens(ln, tx, y0 - SZ - i * LEAD, F, SZ)
        for i, sym in enumerate(docs):
            c.setFont(F, SZ)
            c.drawString(DOC_X, y0 - SZ - i * LEAD, sym)
        d.y -= n * LEAD + 7

    for num, text, docs, subs in PART1:
        row(num, LM, LM + 28, text, docs)
        if subs:
            for lab, st, sdocs in subs:
                row(lab, LM + 28, LM + 56, st, sdocs)


def part_two(d):
    d.heading(None, "PART II \u2013 ANNOTATIONS", x_text=LM, before=10, after=8)
    P = d.para
    P("The annotations below are intended to assist Member States and observers in preparing for the "
      "112th Session of the Council. Owing to the continuing restrictions related to the coronavirus "
      "disease (COVID-19) pandemic, the session will be held in a hybrid format, with a limited number "
      "of delegates present in the conference room and others taking part remotely through a virtual "
      "platform.")

    def H(num, title):
        d.heading(num + ".", title, underline=False)

    def Hs(lab, title):
        d.heading(lab, title, x_label=LM + 28, x_text=LM + 56, font=FI, before=2, after=4)

    H("1", "Opening of the session")
    P("The session will be opened by the outgoing Chairperson of the Council at 10 a.m. on Monday, "
      "29 November 2021, at the Centre International de Conf\u00e9rences Gen\u00e8ve (CICG).")

    H("2", "Credentials of representatives and observers")
    P("In accordance with Rule 5 of the Rules of Procedure of the Council,^2 the credentials of the "
      "representatives of Member States and the names of the members of their delegations should be "
      "submitted to the Director General, if possible not less than one week before the opening of "
      "the session.")
    P("The Council will be informed of the credentials received and invited to take note of them. "
      "Scanned copies sent to the Secretariat by e-mail will be accepted on a provisional basis, "
      "pending receipt of the originals.")

    H("3", "Election of officers")
    P("Under Rule 10 of its Rules of Procedure, the Council will elect the following officers, who "
      "will hold office until the opening of its next regular session:", after=5)
    d.bullets(["Chairperson", "First Vice-Chairperson", "Second Vice-Chairperson", "Rapporteur"])
    P("Consultations on the composition of the Bureau are being held among the regional groups, and "
      "their outcome will be communicated to Member States before the session opens.")

    H("4", "Adoption of the agenda")
    P("The Council will be invited to adopt the provisional agenda set out in Part I of the present "
      "document. A provisional timetable of meetings is given in the Annex.")

    H("5", "Applications for representation by observers")
    P("The Council has received two applications for representation by an observer at its meetings. "
      "Each application is accompanied by a draft resolution for the Council\u2019s consideration.")
    Hs("(a)", "Application by the Economic Community of Central African States for representation "
              "by an observer")
    P("In a letter dated 14 June 2021 (C/112/7), the Secretary-General of the Economic Community of "
      "Central African States requested that the Community be granted observer status. The Council "
      "may wish to adopt draft resolution C/112/L/3.")
    Hs("(b)", "Application by the International Federation of Social Workers for representation by "
              "an observer")
    P("The request of the International Federation of Social Workers, together with information on "
      "its aims and activities, is reproduced in document C/112/8. Draft resolution C/112/L/4 is "
      "submitted for adoption.")

    H("6", "Statement by the Director General")
    P("The Director General will address the Council on the activities of the Organization over the "
      "past year and on the main challenges ahead. The text of the statement will be circulated to "
      "delegations after delivery.")

    H("7", "Report on the work of the Organization for the year 2020")
    P("The Director General\u2019s report on the work of the Organization for the year 2020 (C/112/3) "
      "was reviewed by the Standing Committee on Programmes and Finance at its Twenty-eighth Session "
      "in June 2021. The Council is invited to take note of the report.")

    H("8", "General debate")
    P("The general debate will be held on the theme \u201cMobility in a post-pandemic world: the way "
      "forward\u201d. A background paper on the theme is contained in document C/112/INF/2.")
    P("Member States and observers wishing to take the floor are invited to inscribe their names on "
      "the list of speakers by 19 November 2021.^3 Statements delivered remotely will be heard in the "
      "same order as those delivered in the conference room.")

    H("9", "Report on the 111th Session of the Council")
    P("The draft report on the 111th Session (C/111/L/24) was circulated to Member States on "
      "15 February 2021 for comment. The final text, which incorporates the corrections received, is "
      "contained in document C/111/21; the Council will be invited to approve it by adopting draft "
      "resolution C/112/L/2.")

    H("10", "Reports on the Twenty-eighth and Twenty-ninth Sessions of the Standing Committee on "
            "Programmes and Finance")
    P("The Standing Committee on Programmes and Finance held its Twenty-eighth Session on 29 and "
      "30 June 2021 and its Twenty-ninth Session on 2 and 3 November 2021. The reports on those "
      "sessions (S/28/13 and S/29/L/1) are submitted to the Council for information and will be "
      "introduced by the Chairperson of the Standing Committee.")

    H("11", "Programme and Budget for 2022")
    P("The Programme and Budget for 2022 (C/112/6) was reviewed by the Standing Committee at its "
      "Twenty-ninth Session. The Administrative Part of the Budget amounts to CHF 55,163,000, and the "
      "Operational Part of the Budget is estimated at USD 1,283.4 million.")
    P("The Council will be invited to approve the Programme and Budget by adopting draft resolution "
      "C/112/L/5, as recommended by the Standing Committee.^4")

    H("12", "Financial matters")
    Hs("(a)", "Financial report for the year ended 31 December 2020")
    P("The financial report for the year ended 31 December 2020 (C/112/5), together with the report "
      "of the External Auditor, was considered by the Standing Committee at its Twenty-eighth "
      "Session. The Council will be invited to approve the report and the Director General\u2019s "
      "administration of the budget through draft resolution C/112/L/6.")
    Hs("(b)", "Status report on outstanding contributions to the Administrative Part of the Budget")
    P("Document C/112/INF/3 sets out the contributions to the Administrative Part of the Budget that "
      "were outstanding as at 31 October 2021. On that date, eleven Member States were subject to "
      "Article 4 of the Constitution, with arrears for prior years totalling CHF 2,874,516.")
    Hs("(c)", "Scale of assessment for 2022")
    P("The proposed scale of assessment for 2022, which is based on the United Nations scale adopted "
      "by the General Assembly in resolution 73/271, is contained in document C/112/9. Draft "
      "resolution C/112/L/7 is submitted for the Council\u2019s approval.")

    H("13", "Report on the work of the Working Group on IOM Partnerships, Governance and "
            "Organizational Priorities")
    P("The Working Group, established pursuant to Resolution No. 1381 of 27 November 2019, has met "
      "nine times since the 111th Session. The report of its Chairperson (C/112/10) reviews the "
      "progress made and sets out the questions that remain open.")
    P("The Council will be invited to take note of the report and to consider extending the mandate "
      "of the Working Group until the end of 2022.")

    H("14", "Date and place of the next session")
    P("The Council may wish to schedule its 113th Session provisionally for the last week of "
      "November 2022 in Geneva, subject to the availability of conference facilities.")

    H("15", "Other business")
    P("Under this item, the Council may consider any other matters raised by Member States or by the "
      "Administration.")

    H("16", "Closure of the session")
    P("The session is expected to close on Wednesday, 1 December 2021. In keeping with the practice "
      "followed since the 109th Session, the draft report on the session will be transmitted to "
      "Member States for comment before its approval at the following session.")


TIMETABLE = [
    ("First meeting", "Monday, 29 November", "10 a.m.\u20131 p.m.", "1 to 6"),
    ("Second meeting", "Monday, 29 November", "3\u20136 p.m.", "7 and 8"),
    ("Third meeting", "Tuesday, 30 November", "10 a.m.\u20131 p.m.", "8 (cont\u2019d)"),
    ("Fourth meeting", "Tuesday, 30 November", "3\u20136 p.m.", "9 to 11"),
    ("Fifth meeting", "Wednesday, 1 December", "10 a.m.\u20131 p.m.", "12 and 13"),
    ("Sixth meeting", "Wednesday, 1 December", "3\u20135 p.m.", "14 to 16"),
]


def annex(d):
    d.new_page(label="Annex")
    d.centred("ANNEX", FB, SZ, after=16)
    d.centred("PROVISIONAL TIMETABLE", FB, SZ, after=14)
    d.centred("(All times are Central European Time)", F, SZ, after=12)
    cols = [LM, LM + 115, LM + 250, LM + 360]
    heads = ["Meeting", "Date", "Time", "Agenda items"]
    c = d.c
    top = d.y
    c.setLineWidth(0.6)
    c.line(LM, top, RM, top)
    c.setFont(FB, SZ)
    for x, h in zip(cols, heads):
        c.drawString(x + 4, top - 15, h)
    y = top - 22
    c.line(LM, y, RM, y)
    c.setFont(F, SZ)
    for r in TIMETABLE:
        for x, cell in zip(cols, r):
            c.drawString(x + 4, y - 15, cell)
        y -= 22
        c.setLineWidth(0.3)
        c.line(LM, y, RM, y)
    c.setLineWidth(0.6)
    for x in cols + [RM]:
        c.line(x, top, x, y)
    d.y = y - 18
    d.para("The timetable is indicative. Items not concluded at a given meeting will be taken up at "
           "the following meeting, and the Chairperson may propose changes in the light of progress "
           "made.")


def cover(d):
    c = d.c
    # symbol mark, upper left
    c.setLineWidth(1.2)
    c.circle(LM + 18, H - 66, 17)
    c.setFont(FB, 10)
    c.drawCentredString(LM + 18, H - 69.5, "IOM")
    c.setFont(F, 6.5)
    c.drawString(LM + 40, H - 60, "International Organization for Migration")
    c.drawString(LM + 40, H - 68, "Organisation internationale pour les migrations")
    c.drawString(LM + 40, H - 76, "Organizaci\u00f3n Internacional para las Migraciones")
    # right block
    c.setFont(FB, 11)
    c.drawRightString(RM, H - 52, SYMBOL)
    c.setFont(F, SZ)
    c.drawRightString(RM, H - 70, "Original: English")
    c.drawRightString(RM, H - 84, "22 October 2021")
    d.y = H - 128
    d.centred("COUNCIL", FB, 11, after=5)
    d.centred("112th Session", F, SZ, after=14)
    c.setLineWidth(0.8)
    c.line(LM, d.y, RM, d.y)
    d.y -= 26
    d.centred("PROVISIONAL AGENDA", FB, 12, after=12)
    d.centred("Geneva", F, SZ, after=4)
    d.centred("29 November \u2013 1 December 2021", F, SZ, after=26)


def main():
    d = Doc()
    cover(d)
    part_one(d)
    part_two(d)
    annex(d)
    d.finish()
    print("pages:", d.page)


if __name__ == "__main__":
    main()
