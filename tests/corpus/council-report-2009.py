"""Lay out MC/2289/Rev.1, Report on the Ninety-eighth Session of the IOM Council (invented content).

A4, Times. Cover (page 1, no running header), CONTENTS (page 2), body from page 3.
A small flowing engine places blocks page by page, reserving room at the foot of each page for
the footnotes whose markers fall on it; the expected page of every heading and footnote is
asserted so that the CONTENTS page and the gold file stay true to the layout.
"""
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_LEFT, TA_CENTER, TA_JUSTIFY
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, Flowable

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "council-report-2009.pdf")

SYMBOL = "MC/2289/Rev.1"
PAGE_W, PAGE_H = A4
LM = 2.5 * cm
RM = 2.5 * cm
WIDTH = PAGE_W - LM - RM
BODY_TOP = PAGE_H - 3.4 * cm
BODY_BOTTOM = 2.3 * cm

# ---------------------------------------------------------------------------------------------
# styles
BASE = ParagraphStyle("base", fontName="Times-Roman", fontSize=11, leading=13.6, alignment=TA_JUSTIFY)
PARA = ParagraphStyle("para", parent=BASE, leftIndent=36, bulletIndent=0, bulletFontName="Times-Roman",
                      bulletFontSize=11)
ITEM = ParagraphStyle("item", parent=BASE, leftIndent=72, bulletIndent=36, bulletFontName="Times-Roman",
                      bulletFontSize=11)
HEAD = ParagraphStyle("head", parent=BASE, fontName="Times-Bold", alignment=TA_LEFT)
SUBHEAD = ParagraphStyle("subhead", parent=BASE, fontName="Times-Bold", alignment=TA_LEFT, leftIndent=36,
                         bulletIndent=0, bulletFontName="Times-Bold", bulletFontSize=11)
RTITLE = ParagraphStyle("rtitle", parent=BASE, alignment=TA_CENTER)
CAPTION = ParagraphStyle("caption", parent=BASE, fontName="Times-Italic", alignment=TA_CENTER)
FOOT = ParagraphStyle("foot", parent=BASE, fontSize=9, leading=10.8, leftIndent=10, firstLineIndent=-10)


def sup(n):
    return "<super>%s</super>" % n


# ---------------------------------------------------------------------------------------------
# content

MEMBERS = (
    "Afghanistan, Albania, Algeria, Angola, Argentina, Armenia, Australia, Austria, Azerbaijan, "
    "Bangladesh, Belgium, Benin, Bolivia, Bosnia and Herzegovina, Brazil, Bulgaria, Burkina Faso, "
    "Cambodia, Cameroon, Canada, Chile, Colombia, Costa Rica, C\u00f4te d\u2019Ivoire, Croatia, Cyprus, "
    "Czech Republic, Democratic Republic of the Congo, Denmark, Dominican Republic, Ecuador, Egypt, "
    "El Salvador, Estonia, Ethiopia, Finland, France, Georgia, Germany, Ghana, Greece, Guatemala, Haiti, "
    "Honduras, Hungary, India, Iran (Islamic Republic of), Ireland, Israel, Italy, Jamaica, Japan, "
    "Jordan, Kenya, Latvia, Libyan Arab Jamahiriya, Lithuania, Luxembourg, Madagascar, Mali, "
    "Mauritania, Mexico, Mongolia, Morocco, Netherlands, New Zealand, Nicaragua, Nigeria, Norway, "
    "Pakistan, Panama, Paraguay, Peru, Philippines, Poland, Portugal, Republic of Korea, Republic of "
    "Moldova, Romania, Rwanda, Senegal, Serbia, Slovakia, Slovenia, South Africa, Spain, Sri Lanka, "
    "Sudan, Sweden, Switzerland, Thailand, Tunisia, Turkey, Uganda, Ukraine, United Kingdom of Great "
    "Britain and Northern Ireland, United Republic of Tanzania, United States of America, Uruguay, "
    "Venezuela (Bolivarian Republic of), Viet Nam, Yemen, Zambia and Zimbabwe."
)

FOOTNOTES = {
    1: "The Council decided in that resolution to hold its next regular session in November 2009, "
       "the exact dates to be fixed by the Executive Committee.",
    2: "The list of participants is contained in document MC/2290.",
    3: "Subsequently issued as document MC/2291.",
    4: "Membership takes effect on the date on which the State concerned notifies the Director "
       "General of its acceptance of the IOM Constitution.",
    5: "The applications are contained in documents MC/2280 and MC/2281.",
    6: "A summary of the general debate prepared by the Chairperson was made available to delegations "
       "as a conference room paper; it is not reproduced in this report.",
    7: "The Administrative Part of the Budget was thus maintained at zero nominal growth for a further "
       "year, as requested by the Standing Committee.",
}

TABLE_ROWS = [
    ("Member States subject to Article 4 of the Constitution", "9", "2,914,602"),
    ("Member States with agreed payment plans", "6", "1,477,318"),
    ("Other Member States with contributions outstanding", "23", "3,051,944"),
]
TABLE_TOTAL = ("Total", "38", "7,443,864")
assert sum(int(r[1]) for r in TABLE_ROWS) == int(TABLE_TOTAL[1])
assert sum(int(r[2].replace(",", "")) for r in TABLE_ROWS) == int(TABLE_TOTAL[2].replace(",", ""))

# block kinds: rtitle, h (heading), sh (sub-heading: label, text), p (num, text, fns),
#              item (label, text, fns), caption, table
BLOCKS = [
    ("rtitle", "REPORT ON THE NINETY-EIGHTH SESSION OF THE COUNCIL"),

    ("h", "INTRODUCTION"),
    ("p", 1, "Pursuant to Resolution No. 1176 of 27 November 2008," + sup(1) + " the Council convened for its "
             "Ninety-eighth Session on Tuesday, 24 November 2009, at the Palais des Nations, Geneva. Five "
             "meetings were held, the last of which closed on Thursday, 26 November 2009.", [1]),
    ("p", 2, "The session was opened by the outgoing Chairperson, H.E. Mr. Rafael Ocampo Dur\u00e1n "
             "(Colombia), who welcomed the delegations and recalled that the year had been marked by the "
             "effects of the global economic crisis on migrants and on the communities that receive them.",
     []),

    ("h", "ATTENDANCE"),
    ("p", 3, "The following Member States were represented: " + MEMBERS, []),
    ("p", 4, "Following their admission at the first meeting (see paragraphs 9 and 10), Burundi and "
             "Vanuatu were also represented.", []),
    ("p", 5, "Bhutan, China, Indonesia, Qatar, the Russian Federation, Saudi Arabia and Turkmenistan were "
             "represented by observers, as were the Holy See and the Sovereign Military Order of Malta. "
             "The United Nations and several of its specialized agencies, other intergovernmental "
             "organizations and a number of non-governmental organizations were also represented by "
             "observers." + sup(2), [2]),

    ("h", "CREDENTIALS OF REPRESENTATIVES AND OBSERVERS"),
    ("p", 6, "The Council noted that the Director General had examined the credentials of the "
             "representatives of the Member States listed in paragraphs 3 and 4 and had found them to be "
             "in good and due form, and that he had received the names of the observers for the "
             "non-member States, intergovernmental organizations and non-governmental organizations "
             "referred to in paragraph 5.", []),

    ("h", "ELECTION OF OFFICERS"),
    ("p", 7, "The Council elected the following officers by acclamation:", []),
    ("item", "(a)", "Chairperson: H.E. Ms. Amina Wanjiru Ndegwa (Kenya)", []),
    ("item", "(b)", "First Vice-Chairperson: H.E. Mr. Jan Kowalczyk (Poland)", []),
    ("item", "(c)", "Second Vice-Chairperson: Mr. Carlos Ib\u00e1\u00f1ez Rojas (Peru)", []),
    ("item", "(d)", "Rapporteur: Mr. Tor Halvorsen (Norway)", []),

    ("h", "ADOPTION OF THE AGENDA"),
    ("p", 8, "The Council adopted the provisional agenda contained in document MC/2276/Rev.1." + sup(3), [3]),

    ("h", "ADMISSION OF NEW MEMBERS AND OBSERVERS"),
    ("sh", "(a)", "Applications for membership"),
    ("p", 9, "The Council had before it the applications for membership submitted by the Republic of "
             "Burundi (MC/2278) and the Republic of Vanuatu (MC/2279). The representatives of both States "
             "described the reasons that had led their Governments to seek membership.", []),
    ("p", 10, "The Council adopted by acclamation Resolutions Nos. 1180 and 1181 admitting Burundi and "
              "Vanuatu, respectively, as Members of the Organization, thus bringing the total membership "
              "to 127." + sup(4), [4]),
    ("sh", "(b)", "Applications for observer status"),
    ("p", 11, "The Council also adopted Resolutions Nos. 1182 and 1183 granting observer status to the "
              "Sahel Migration Observatory and to the Pan-American Federation of Diaspora Associations, "
              "respectively." + sup(5), [5]),

    ("h", "STATEMENT BY THE DIRECTOR GENERAL"),
    ("p", 12, "Introducing his Report on the work of the Organization for the year 2008 (MC/2275), the "
              "Director General noted that the number of active projects had risen to over 2,300 and that "
              "the Organization now had a presence in more than 450 locations. He paid tribute to the "
              "staff who had worked in difficult and at times dangerous conditions during the year.", []),
    ("p", 13, "He drew the attention of the Council to three priorities for 2010:", []),
    ("item", "(a)", "strengthening the capacity of the Organization to respond to sudden displacement caused "
                    "by natural disasters, building on the lessons learned in the shelter and camp "
                    "management operations of the past two years;", []),
    ("item", "(b)", "pursuing the dialogue with Member States on the structural review of the field "
                    "offices, which had been launched earlier in the year and on which a further report "
                    "would be submitted to the Standing Committee on Programmes and Finance in 2010; and",
     []),
    ("item", "(c)", "consolidating the core structure of the Organization, which had not kept pace with the "
                    "growth of its operations: while the volume of projects had more than doubled since "
                    "2004, the Administrative Part of the Budget had been held at zero nominal growth "
                    "throughout that period, and an increasing share of essential functions was therefore "
                    "funded from project-related overhead income, which fluctuated from one year to the "
                    "next and could not provide the stable basis that the core structure required.", []),

    ("h", "GENERAL DEBATE"),
    ("p", 14, "Forty-two delegations took part in the general debate. Many of them congratulated the new "
              "Members and observers and thanked the Director General for his statement and for the "
              "clarity of the documents submitted to the session.", []),
    ("p", 15, "Several speakers referred to the impact of the economic downturn on labour migration and "
              "on the flow of remittances to countries of origin, and encouraged the Organization to "
              "continue its research on the subject and to share its findings with Member States." +
              sup(6), [6]),
    ("p", 16, "A number of delegations underlined the value of the regional consultative processes on "
              "migration and welcomed the support that the Organization provided to their secretariats. "
              "Others stressed the importance of protecting the rights of migrants, including migrants "
              "in an irregular situation, and of combating trafficking in persons.", []),

    ("h", "STATUS REPORT ON OUTSTANDING CONTRIBUTIONS TO THE ADMINISTRATIVE PART OF THE BUDGET"),
    ("p", 17, "The Administration introduced document MC/2283, which showed the situation of assessed "
              "contributions outstanding as at 31 October 2009, as summarized below.", []),
    ("caption", "Outstanding contributions as at 31 October 2009 (in Swiss francs)"),
    ("table",),
    ("p", 18, "The Council urged the Member States concerned to pay their contributions in full as soon as "
              "possible or to agree on a payment plan with the Administration, and expressed its "
              "appreciation to the Member States that had settled their arrears during the year.", []),

    ("h", "REPORT ON THE HUNDRED AND SIXTH SESSION OF THE EXECUTIVE COMMITTEE"),
    ("p", 19, "The Council took note of the report on the Hundred and sixth Session of the Executive "
              "Committee (MC/EX/702), held on 30 June 2009, and endorsed the decisions taken by the "
              "Committee at that session.", []),

    ("h", "PROGRAMME AND BUDGET FOR 2010"),
    ("p", 20, "The Chairperson of the Standing Committee on Programmes and Finance reported that the "
              "Standing Committee had examined the Programme and Budget for 2010 (MC/2282) at its Fifth "
              "Session and had recommended its approval by the Council.", []),
    ("p", 21, "The Council adopted Resolution No. 1187, by which it:", []),
    ("item", "(a)", "approved the Administrative Part of the Budget for 2010 in the amount of "
                    "CHF&nbsp;39,388,000;" + sup(7), [7]),
    ("item", "(b)", "approved the Operational Part of the Budget for 2010 in the amount of "
                    "USD&nbsp;632.4&nbsp;million; and", []),
    ("item", "(c)", "requested the Director General to report to the Standing Committee at its next session "
                    "on the implementation of the programmes concerned.", []),

    ("h", "INTERNATIONAL DIALOGUE ON MIGRATION"),
    ("p", 22, "The Council took note of the background paper on the International Dialogue on Migration "
              "(MC/INF/299) and endorsed the proposal of the Administration that the Dialogue should focus "
              "in 2010 on the theme of migration and social change.", []),

    ("h", "DATE AND PLACE OF THE NEXT SESSION"),
    ("p", 23, "The Council decided provisionally that its next regular session would be held in Geneva "
              "from 29 November to 2 December 2010, and requested the Executive Committee to confirm "
              "those dates.", []),

    ("h", "CLOSURE OF THE SESSION"),
    ("p", 24, "The Chairperson declared the Ninety-eighth Session closed on Thursday, 26 November 2009, "
              "at 12.55 p.m.", []),
]

# expected pages (physical page numbers; the cover is page 1, CONTENTS page 2)
TOC = [
    ("INTRODUCTION", None),
    ("ATTENDANCE", None),
    ("CREDENTIALS OF REPRESENTATIVES AND OBSERVERS", None),
    ("ELECTION OF OFFICERS", None),
    ("ADOPTION OF THE AGENDA", None),
    ("ADMISSION OF NEW MEMBERS AND OBSERVERS", None),
    ("(a) Applications for membership", "sub"),
    ("(b) Applications for observer status", "sub"),
    ("STATEMENT BY THE DIRECTOR GENERAL", None),
    ("GENERAL DEBATE", None),
    ("STATUS REPORT ON OUTSTANDING CONTRIBUTIONS TO THE ADMINISTRATIVE PART OF THE BUDGET", None),
    ("REPORT ON THE HUNDRED AND SIXTH SESSION OF THE EXECUTIVE COMMITTEE", None),
    ("PROGRAMME AND BUDGET FOR 2010", None),
    ("INTERNATIONAL DIALOGUE ON MIGRATION", None),
    ("DATE AND PLACE OF THE NEXT SESSION", None),
    ("CLOSURE OF THE SESSION", None),
]
EXPECTED_PAGES = {
    "INTRODUCTION": 3, "ATTENDANCE": 3, "CREDENTIALS OF REPRESENTATIVES AND OBSERVERS": 3,
    "ELECTION OF OFFICERS": 4, "ADOPTION OF THE AGENDA": 4, "ADMISSION OF NEW MEMBERS AND OBSERVERS": 4,
    "(a) Applications for membership": 4, "(b) Applications for observer status": 4,
    "STATEMENT BY THE DIRECTOR GENERAL": 4, "GENERAL DEBATE": 5,
    "STATUS REPORT ON OUTSTANDING CONTRIBUTIONS TO THE ADMINISTRATIVE PART OF THE BUDGET": 5,
    "REPORT ON THE HUNDRED AND SIXTH SESSION OF THE EXECUTIVE COMMITTEE": 5,
    "PROGRAMME AND BUDGET FOR 2010": 5, "INTERNATIONAL DIALOGUE ON MIGRATION": 6,
    "DATE AND PLACE OF THE NEXT SESSION": 6, "CLOSURE OF THE SESSION": 6,
}
EXPECTED_FOOTNOTE_PAGES = {1: 3, 2: 3, 3: 4, 4: 4, 5: 4, 6: 5, 7: 6}


# ---------------------------------------------------------------------------------------------
class FigureTable(Flowable):
    """Outstanding contributions, drawn as text in columns with thin rules."""
    ROW_H = 14.0

    def wrap(self, aw, ah):
        self.width = aw
        self.height = self.ROW_H * (len(TABLE_ROWS) + 2) + 8
        return self.width, self.height

    def draw(self):
        c = self.canv
        x0 = 36
        x_num = self.width - 120
        x_amt = self.width - 10
        y = self.height - 11
        c.setFont("Times-Bold", 10)
        c.drawString(x0, y, "Category of Member States")
        c.drawRightString(x_num, y, "Number")
        c.drawRightString(x_amt, y, "Amount outstanding")
        c.setLineWidth(0.5)
        c.line(x0, y - 4, x_amt, y - 4)
        c.setFont("Times-Roman", 10)
        for label, num, amt in TABLE_ROWS:
            y -= self.ROW_H
            c.drawString(x0, y, label)
            c.drawRightString(x_num, y, num)
            c.drawRightString(x_amt, y, amt)
        c.line(x0, y - 4, x_amt, y - 4)
        y -= self.ROW_H + 2
        c.setFont("Times-Bold", 10)
        c.drawString(x0, y, TABLE_TOTAL[0])
        c.drawRightString(x_num, y, TABLE_TOTAL[1])
        c.drawRightString(x_amt, y, TABLE_TOTAL[2])


def make_flowable(b):
    kind = b[0]
    if kind == "rtitle":
        return Paragraph(b[1], RTITLE), 0, 14
    if kind == "h":
        return Paragraph(b[1], HEAD), 14, 0
    if kind == "sh":
        return Paragraph(b[2], SUBHEAD, bulletText=b[1]), 8, 0
    if kind == "p":
        return Paragraph(b[2], PARA, bulletText="%d." % b[1]), 8, 0
    if kind == "item":
        return Paragraph(b[2], ITEM, bulletText=b[1]), 5, 0
    if kind == "caption":
        return Paragraph(b[1], CAPTION), 10, 2
    if kind == "table":
        return FigureTable(), 2, 4
    raise ValueError(kind)


def fn_flowables(nums):
    return [Paragraph(sup(n) + "\u00a0" + FOOTNOTES[n], FOOT) for n in nums]


def fn_area(nums):
    if not nums:
        return 0
    h = 16  # gap above the rule and below it
    for f in fn_flowables(nums):
        h += f.wrap(WIDTH, 1000)[1] + 2
    return h


def layout():
    """Return list of pages: each {'items': [(flowable, y_top)], 'fns': [..], 'log': [...]}."""
    pages = []

    def new_page():
        pages.append({"items": [], "fns": [], "log": []})
        return BODY_TOP

    y = new_page()
    i = 0
    blocks = list(BLOCKS)
    while i < len(blocks):
        b = blocks[i]
        page = pages[-1]
        fl, before, after = make_flowable(b)
        fns = b[3] if b[0] == "item" else (b[3] if b[0] == "p" else [])
        sb = before if page["items"] else 0
        avail = y - sb - BODY_BOTTOM - fn_area(page["fns"] + fns)
        w, h = fl.wrap(WIDTH, avail)
        need = h
        # keep headings, captions and introductory lines with what follows
        if b[0] in ("h", "sh", "caption", "rtitle") or (b[0] == "p" and b[2].endswith(":")):
            nxt, nb, _ = make_flowable(blocks[i + 1])
            nh = nxt.wrap(WIDTH, 1000)[1]
            need = h + nb + min(nh, 3 * 13.6 + 2 if not isinstance(nxt, FigureTable) else nh)
        if need <= avail:
            page["items"].append((fl, y - sb))
            page["fns"] += fns
            page["log"].append(b)
            y = y - sb - h - after
            i += 1
            continue
        # try to split a footnote-free paragraph at the page end
        if isinstance(fl, Paragraph) and not fns and b[0] in ("p", "item"):
            parts = fl.split(WIDTH, avail)
            if len(parts) == 2:
                p0, p1 = parts
                h0 = p0.wrap(WIDTH, avail)[1]
                page["items"].append((p0, y - sb))
                page["log"].append(("split-first",) + b[:2])
                y = new_page()
                h1 = p1.wrap(WIDTH, 1000)[1]
                pages[-1]["items"].append((p1, y))
                pages[-1]["log"].append(("split-rest",) + b[:2])
                y = y - h1 - after
                i += 1
                continue
        y = new_page()
    return pages


# ---------------------------------------------------------------------------------------------
def running_header(c, n):
    c.setFont("Times-Roman", 11)
    c.drawRightString(PAGE_W - RM, PAGE_H - 1.6 * cm, SYMBOL)
    c.drawRightString(PAGE_W - RM, PAGE_H - 1.6 * cm - 13.6, "Page %d" % n)


def draw_cover(c):
    x = PAGE_W - RM - 4.6 * cm
    y = PAGE_H - 2.4 * cm
    c.setFont("Times-Bold", 12)
    c.drawString(x, y, SYMBOL)
    c.setFont("Times-Roman", 11)
    c.drawString(x, y - 15, "Original: English")
    c.drawString(x, y - 29, "11 December 2009")

    y = PAGE_H - 5.6 * cm
    c.setFont("Times-Bold", 12)
    c.drawString(LM, y, "NINETY-EIGHTH SESSION")
    c.setLineWidth(1.2)
    c.line(LM, y - 10, PAGE_W - RM, y - 10)

    y = PAGE_H / 2 + 3.5 * cm
    c.setFont("Times-Bold", 14)
    c.drawCentredString(PAGE_W / 2, y, "REPORT ON THE NINETY-EIGHTH SESSION")
    line2 = "OF THE COUNCIL"
    w2 = c.stringWidth(line2, "Times-Bold", 14)
    c.drawString(PAGE_W / 2 - w2 / 2, y - 20, line2)
    c.setFont("Times-Bold", 9)
    c.drawString(PAGE_W / 2 + w2 / 2 + 1, y - 20 + 6, "*")

    c.setFont("Times-Roman", 12)
    c.drawCentredString(PAGE_W / 2, y - 62, "Geneva")
    c.drawCentredString(PAGE_W / 2, y - 78, "24\u201326 November 2009")
    c.drawCentredString(PAGE_W / 2, y - 110, "Rapporteur: Mr. T. Halvorsen (Norway)")

    # cover note under a typed rule
    y = 5.4 * cm
    c.setFont("Times-Roman", 11)
    c.drawString(LM, y, "__________")
    note = Paragraph("*\u00a0This report was approved by the Council at its 512th meeting through Resolution "
                     "No. 1188 of 26 November 2009.", FOOT)
    w, h = note.wrap(WIDTH, 100)
    note.drawOn(c, LM, y - 8 - h)

    # trilingual footer
    c.setFont("Times-Bold", 11)
    c.drawCentredString(PAGE_W / 2 - 4.5 * cm, 2.0 * cm, "COUNCIL")
    c.drawCentredString(PAGE_W / 2, 2.0 * cm, "CONSEIL")
    c.drawCentredString(PAGE_W / 2 + 4.5 * cm, 2.0 * cm, "CONSEJO")


def leader_line(c, x_text, y, text, page, font="Times-Roman", size=11):
    c.setFont(font, size)
    c.drawString(x_text, y, text)
    x_end_text = x_text + c.stringWidth(text, font, size) + 4
    x_num = PAGE_W - RM
    pw = c.stringWidth(page, font, size)
    dot_w = c.stringWidth(".", font, size)
    x_dots_end = x_num - pw - 6
    n = int((x_dots_end - x_end_text) / dot_w)
    if n > 0:
        c.drawString(x_dots_end - n * dot_w, y, "." * n)
    c.drawRightString(x_num, y, page)


def draw_contents(c, heading_pages):
    running_header(c, 2)
    y = BODY_TOP
    c.setFont("Times-Bold", 12)
    c.drawCentredString(PAGE_W / 2, y, "CONTENTS")
    y -= 28
    c.setFont("Times-Roman", 11)
    c.drawRightString(PAGE_W - RM, y, "Page")
    y -= 22
    for title, kind in TOC:
        pg = str(heading_pages[title])
        if kind == "sub":
            leader_line(c, LM + 1.0 * cm, y, title, pg)
            y -= 20
            continue
        if title.startswith("STATUS REPORT"):
            c.setFont("Times-Roman", 11)
            c.drawString(LM, y, "STATUS REPORT ON OUTSTANDING CONTRIBUTIONS TO THE")
            y -= 13.6
            leader_line(c, LM, y, "ADMINISTRATIVE PART OF THE BUDGET", pg)
        else:
            leader_line(c, LM, y, title, pg)
        y -= 20


def draw_footnotes(c, nums):
    if not nums:
        return
    fls = fn_flowables(nums)
    total = sum(f.wrap(WIDTH, 1000)[1] + 2 for f in fls)
    y = BODY_BOTTOM + total
    c.setLineWidth(0.5)
    c.line(LM, y + 6, LM + 5 * cm, y + 6)
    for f in fls:
        h = f.wrap(WIDTH, 1000)[1]
        f.drawOn(c, LM, y - h)
        y -= h + 2


def main():
    pages = layout()
    heading_pages = {}
    fn_pages = {}
    for k, p in enumerate(pages):
        pno = k + 3
        for b in p["log"]:
            if b[0] == "h":
                heading_pages[b[1]] = pno
            if b[0] == "sh":
                heading_pages[b[1] + " " + b[2]] = pno
        for n in p["fns"]:
            fn_pages[n] = pno
        print("page", pno, "fns", p["fns"])
        for b in p["log"]:
            print("   ", b[0], b[1] if len(b) > 1 else "", (b[2][:40] if len(b) > 2 and isinstance(b[2], str) else ""))
    assert heading_pages == EXPECTED_PAGES, heading_pages
    assert fn_pages == EXPECTED_FOOTNOTE_PAGES, fn_pages

    c = canvas.Canvas(OUT, pagesize=A4)
    c.setTitle("MC/2289/Rev.1 - Report on the Ninety-eighth Session of the Council")
    c.setAuthor("IOM (invented test document)")
    draw_cover(c)
    c.showPage()
    draw_contents(c, heading_pages)
    c.showPage()
    for k, p in enumerate(pages):
        pno = k + 3
        running_header(c, pno)
        for fl, ytop in p["items"]:
            w, h = fl.wrap(WIDTH, 10000)
            fl.drawOn(c, LM, ytop - h)
        draw_footnotes(c, p["fns"])
        c.showPage()
    c.save()
    print("wrote", OUT, "pages:", len(pages) + 2)


if __name__ == "__main__":
    main()
