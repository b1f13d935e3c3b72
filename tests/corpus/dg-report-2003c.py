"""Draws dg-report-2003c.pdf: Director General's report on the work of IOM for 2002 (MC-era).

A small hand-written paginator is used on top of reportlab so that footnote bodies land at the
foot of the page where their raised marker is printed.
"""
import io
import os

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Paragraph, Table, TableStyle

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dg-report-2003c.pdf")

SYMBOL = "MC/2104"
PW, PH = A4
LM, RM = 68, 68
TOP = PH - 86          # first baseline area below the running header
BOTTOM = 58
W = PW - LM - RM

FONT, BOLD, ITAL = "Times-Roman", "Times-Bold", "Times-Italic"

# ---------------------------------------------------------------- styles
body = ParagraphStyle("body", fontName=FONT, fontSize=11, leading=12.8, alignment=TA_JUSTIFY,
                      spaceAfter=10)
num = ParagraphStyle("num", parent=body, firstLineIndent=36, bulletIndent=0,
                     bulletFontName=FONT, bulletFontSize=11)
bullet = ParagraphStyle("bullet", parent=body, leftIndent=58, bulletIndent=40,
                        bulletFontName=FONT, bulletFontSize=11, spaceAfter=4)
lettered = ParagraphStyle("lettered", parent=body, leftIndent=66, bulletIndent=36,
                          bulletFontName=FONT, bulletFontSize=11, spaceAfter=4)
sec = ParagraphStyle("sec", fontName=BOLD, fontSize=11, leading=12.8, leftIndent=36,
                     bulletIndent=0, bulletFontName=BOLD, bulletFontSize=11,
                     spaceBefore=8, spaceAfter=11)
sub = ParagraphStyle("sub", parent=sec, fontName=BOLD, leftIndent=36, bulletIndent=0,
                     spaceBefore=4, spaceAfter=11)
title_run = ParagraphStyle("title_run", fontName=BOLD, fontSize=11.5, leading=14,
                           alignment=TA_CENTER, spaceAfter=16)
caption = ParagraphStyle("caption", fontName=BOLD, fontSize=10, leading=12, alignment=TA_CENTER,
                         spaceBefore=2, spaceAfter=4)
cell = ParagraphStyle("cell", fontName=FONT, fontSize=10, leading=11.5)
cellh = ParagraphStyle("cellh", fontName=BOLD, fontSize=10, leading=11.5, alignment=TA_CENTER)
cellhl = ParagraphStyle("cellhl", parent=cellh, alignment=TA_LEFT)
fnstyle = ParagraphStyle("fn", fontName=FONT, fontSize=9, leading=10.6, alignment=TA_JUSTIFY,
                         leftIndent=0, spaceAfter=1.5)
annex_lab = ParagraphStyle("annex_lab", fontName=BOLD, fontSize=11.5, leading=14,
                           alignment=TA_CENTER, spaceAfter=10)

FOOTNOTES = {
    "1": "The report on that session, with the list of delegations and observers, is issued as "
         "document MC/2097.",
    "2": "Movements are counted once per person and journey. Persons who also received a "
         "reintegration grant under the same project are shown only under repatriation and "
         "return.",
    "3": "Implemented jointly with the Office of the United Nations High Commissioner for "
         "Refugees and the provincial authorities.",
    "4": "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and "
         "Children, supplementing the United Nations Convention against Transnational "
         "Organized Crime.",
    "5": "Background paper \u201cMigration and Development: Harnessing the Links\u201d, "
         "MC/INF/258 of 4 November 2002.",
}


def fn(n):
    return "<super>%s</super>" % n


# ---------------------------------------------------------------- story
class Heading(Paragraph):
    keep_next = True


class Caption(Paragraph):
    keep_next = True


class PageBreakMark:
    pass


def P(n, text):
    return Paragraph(text, num, bulletText="%d." % n)


bullet_last = ParagraphStyle("bullet_last", parent=bullet, spaceAfter=10)
lettered_last = ParagraphStyle("lettered_last", parent=lettered, spaceAfter=10)


def B(text, last=False):
    return Paragraph(text, bullet_last if last else bullet, bulletText="\u2022")


def L(label, text, last=False):
    return Paragraph(text, lettered_last if last else lettered, bulletText=label)


def H(label, text, toc=None):
    h = Heading(text, sec, bulletText=label + ".")
    h.toc = toc
    return h


def S(label, text, toc=None):
    h = Heading(text, sub, bulletText=label + ".")
    h.toc = toc
    return h


def fig_table():
    rows = [
        ("Africa", "18,412", "46,735", "3,105", "68,252"),
        ("Asia and Oceania", "24,936", "162,380", "6,214", "193,530"),
        ("Europe", "39,780", "52,318", "12,406", "104,504"),
        ("Latin America and the Caribbean", "2,157", "6,842", "4,933", "13,932"),
        ("Middle East", "11,605", "2,410", "1,287", "15,302"),
        ("Total", "96,890", "270,685", "27,945", "395,520"),
    ]
    head = [Paragraph("Region of departure", cellhl), Paragraph("Resettlement", cellh),
            Paragraph("Repatriation and return", cellh), Paragraph("Other movements", cellh),
            Paragraph("Total", cellh)]
    data = [head]
    for r in rows:
        lab = Paragraph(("<b>%s</b>" % r[0]) if r[0] == "Total" else r[0], cell)
        data.append([lab] + list(r[1:]))
    t = Table(data, colWidths=[150, 72, 80, 72, 66])
    st = [
        ("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)),
        ("FONT", (1, 1), (-1, -1), FONT, 10),
        ("FONT", (1, -1), (-1, -1), BOLD, 10),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEABOVE", (0, -1), (-1, -1), 1.0, (0, 0, 0)),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    t.setStyle(TableStyle(st))
    t.spaceBefore, t.spaceAfter = 2, 12
    return t


def annex_table():
    rows = [
        ("Movement, Emergency and Post-conflict Migration Management", "171,308", "198,452"),
        ("Migration Health", "15,622", "17,906"),
        ("Technical Cooperation on Migration", "26,915", "31,275"),
        ("Assisted Returns", "19,740", "24,318"),
        ("Counter-Trafficking", "6,203", "9,684"),
        ("Labour Migration", "2,880", "3,127"),
        ("Migration Policy, Research and Communications", "2,214", "2,541"),
        ("Compensation Programmes", "71,466", "96,530"),
        ("General Programme Support", "4,615", "4,902"),
        ("Total", "320,963", "388,735"),
    ]
    data = [[Paragraph("Service area", cellhl), Paragraph("2001", cellh), Paragraph("2002", cellh)]]
    for r in rows:
        lab = Paragraph(("<b>%s</b>" % r[0]) if r[0] == "Total" else r[0], cell)
        data.append([lab, r[1], r[2]])
    t = Table(data, colWidths=[290, 75, 75])
    t.setStyle(TableStyle([
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, (0, 0, 0)),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, (0, 0, 0)),
        ("LINEABOVE", (0, -1), (-1, -1), 0.5, (0, 0, 0)),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, (0, 0, 0)),
        ("FONT", (1, 1), (-1, -1), FONT, 10),
        ("FONT", (1, -1), (-1, -1), BOLD, 10),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    t.spaceBefore, t.spaceAfter = 2, 10
    return t


def build_story():
    s = []
    s.append(Paragraph("REPORT OF THE DIRECTOR GENERAL ON THE WORK OF THE ORGANIZATION<br/>"
                       "FOR THE YEAR 2002", title_run))

    s.append(H("I", "INTRODUCTION", toc="I.\tINTRODUCTION"))
    s.append(P(1,
        "The present report describes what the International Organization for Migration (IOM) "
        "did in 2002. It is arranged by the service areas of the Programme and Budget for 2002 "
        "(MC/2060) and gives an account of operations, of advisory and technical work, and of the "
        "Organization\u2019s place in the international debate on migration. The financial "
        "results are given in full in the Financial Report for the year ended 31 December 2002 "
        "(MC/2105); the Annex to this report summarizes programme expenditure by service area."))
    s.append(P(2,
        "Membership continued to grow. At its Eighty-fourth Session, held from 2 to 4 December "
        "2002, the Council admitted Jamaica and Madagascar as Members through Resolutions Nos. "
        "1079 and 1080 (LXXXIV), which brought the number of Member States to 98; four States "
        "and six international and non-governmental organizations were granted observer "
        "status." + fn(1) + " Fifty-four delegations took the floor in the general debate, "
        "more than at any session since the Council set out the future activities of the "
        "Organization in Resolution No. 923 (LXXI)."))
    s.append(P(3, "Four trends shaped the year\u2019s work:"))
    s.append(B("a sharp rise in return and reintegration assistance, above all in Afghanistan, "
               "Angola and Sierra Leone;"))
    s.append(B("steady demand for resettlement processing, although several receiving countries "
               "slowed their admissions while new security checks were put in place;"))
    s.append(B("wider use of technical cooperation by governments revising migration laws and "
               "border management systems; and"))
    s.append(B("more counter-trafficking projects, now running on four continents.", last=True))
    s.append(P(4,
        "Total programme expenditure reached USD 388.7 million, some 21 per cent more than in "
        "2001. Almost all of it was earmarked by donors for particular projects, which left the "
        "Organization little room to respond quickly when new needs arose. The three largest "
        "donors provided just over half of all voluntary contributions, and no single new donor "
        "of any size came forward during the year, which makes the funding base narrower than "
        "the growth in activity would suggest. Staff security also weighed on the budget: field "
        "offices in eleven countries had to be brought up to the minimum operating security "
        "standards of the United Nations system, at a cost that projects alone could not "
        "absorb."))

    s.append(H("II", "MOVEMENT, EMERGENCY AND POST-CONFLICT MIGRATION MANAGEMENT",
               toc="II.\tMOVEMENT, EMERGENCY AND POST-CONFLICT MIGRATION MANAGEMENT"))
    s.append(S("A", "Resettlement and return assistance",
               toc="A.\tResettlement and return assistance"))
    s.append(P(5,
        "IOM moved 395,520 persons in 2002, against 262,300 the year before, and returns to "
        "Afghanistan account for most of the increase in Asia. Resettlement work nevertheless "
        "kept a large part of the field network busy. Offices in Nairobi, Cairo, Islamabad, "
        "Moscow and Zagreb carried out case processing, medical screening, cultural orientation "
        "and travel arrangements for some twenty receiving countries, often for cases that had "
        "waited more than a year for a decision. Travel loans remained the backbone of the "
        "system: repayments reached USD 21.3 million in 2002, and the Refugee Loan Fund ended "
        "the year with its capital intact. Families reunited under humanitarian programmes, "
        "mostly from the countries of the former Soviet Union, numbered about 31,000. A further "
        "group of movements, small in number but heavy in work, concerned persons with special "
        "needs: unaccompanied minors, the elderly and patients travelling with medical escorts, "
        "who together made up almost 3 per cent of all resettlement cases. The table "
        "below shows the movements by region of departure and by type."))
    s.append(P(6,
        "Repatriation and return made up more than two thirds of all movements, a proportion not "
        "seen since the return of refugees and displaced persons to Kosovo in 1999." + fn(2) +
        " Resettlement, by contrast, fell slightly. The drop was sharpest for departures from "
        "Africa and the Middle East, where cases already approved by receiving countries "
        "waited months for the new security clearances. Departures from Europe held up better, "
        "helped by the processing centre in Moscow, which handled more than 14,000 cases for "
        "the United States alone."))
    cap = Caption("Persons moved by IOM in 2002, by region of departure", caption)
    s.append(cap)
    s.append(fig_table())
    s.append(P(7,
        "Assisted voluntary return from host countries in Europe grew for the third year in a "
        "row. Programmes run with the governments of Germany, the Netherlands, Belgium, "
        "Switzerland, Austria and the United Kingdom helped 52,318 persons go home, many of them "
        "rejected asylum seekers or migrants whose temporary protection had ended. The experience of the year confirms that return "
        "holds best when the returnee is in touch with the receiving community before leaving, "
        "and when the assistance offered on arrival is known in advance; two pilot projects "
        "linking host and origin countries will test this in 2003. Return from transit countries, such as Bosnia and Herzegovina, Ukraine "
        "and Indonesia, remains harder to organize: migrants stranded there often lack "
        "documents, and the consular authorities of their own countries are not always present."))

    s.append(S("B", "Emergency and post-conflict operations",
               toc="B.\tEmergency and post-conflict operations"))
    s.append(P(8,
        "Emergency and post-conflict work rose to a level not seen since 1999. The largest "
        "operations were the following:"))
    s.append(B("<b>Afghanistan</b>: transport and onward assistance for refugees returning from "
               "Pakistan and the Islamic Republic of Iran, and for internally displaced persons "
               "going back to the northern and western provinces;"))
    s.append(B("<b>Angola</b>: after the ceasefire of April 2002, help to move the families of "
               "demobilized soldiers from the gathering areas to their home communities;" +
               fn(3)))
    s.append(B("<b>Sierra Leone</b>: return of refugees from Guinea and Liberia, and the "
               "reintegration of former combatants through small community projects; and"))
    s.append(B("<b>Timor-Leste</b>: the final phase of return from West Timor before "
               "independence on 20 May 2002.", last=True))
    s.append(P(9,
        "In Kosovo and in the former Yugoslav Republic of Macedonia the information, counselling "
        "and referral services for demobilized fighters were handed over to local partners. "
        "Elsewhere, funding came late: the appeal for Afghanistan was less than half "
        "covered by June, and staff in Kabul and Herat had to plan convoys week by week, "
        "without knowing whether fuel and vehicles could be paid for beyond the end of the "
        "month."))

    s.append(H("III", "MIGRATION HEALTH", toc="III.\tMIGRATION HEALTH"))
    s.append(P(10,
        "Health assessments were carried out for 71,840 migrants and refugees before departure, "
        "most of them for Australia, Canada, New Zealand and the United States. Tuberculosis "
        "screening found fewer active cases than in 2001."))
    s.append(P(11,
        "Outside the assessment programmes, the Migration Health Service helped ministries of "
        "health in Central America and Southern Africa to bring mobile populations into their "
        "HIV/AIDS strategies."))

    s.append(H("IV", "TECHNICAL COOPERATION ON MIGRATION",
               toc="IV.\tTECHNICAL COOPERATION ON MIGRATION"))
    s.append(S("A", "Capacity building in migration management",
               toc="A.\tCapacity building in migration management"))
    s.append(P(12,
        "Requests for advice on legislation, border management and travel documents came from "
        "more governments than ever. Three regional programmes were launched during the year:"))
    s.append(L("(a)", "a migration management programme for the countries of the Caucasus "
                      "and Central Asia;"))
    s.append(L("(b)", "a course on document examination for border officials of the Great "
                      "Lakes region; and"))
    s.append(L("(c)", "support to the regional consultative process in Southern Africa.", last=True))

    s.append(S("B", "Counter-trafficking", toc="B.\tCounter-trafficking"))
    s.append(P(13,
        "IOM ran 46 counter-trafficking projects in 2002. Most were designed to help States give "
        "effect to the Protocol on trafficking adopted in Palermo," + fn(4) + " and many "
        "combined prevention campaigns with direct assistance to victims. Shelters in the "
        "Balkans and in the Mekong region received 1,176 women and children, nearly all of whom "
        "were later helped to return home. The main lines of action were:"))
    s.append(B("information campaigns in countries of origin, built with local partners;"))
    s.append(B("training of police, prosecutors and consular staff; and"))
    s.append(B("return and reintegration of victims, with medical and psychological care.", last=True))

    s.append(H("V", "MIGRATION POLICY, RESEARCH AND COMMUNICATIONS",
               toc="V.\tMIGRATION POLICY, RESEARCH AND COMMUNICATIONS"))
    s.append(P(14,
        "The policy debate at the Council in December turned on the links between migration and "
        "development." + fn(5) + " Delegations asked that remittances, the return of "
        "skills and the role of diasporas be studied further in 2003."))
    s.append(P(15,
        "The Organization published eleven research reports and began work on the next "
        "edition of <i>World Migration</i>. Its website received 1.4 million visits."))

    s.append(H("VI", "STAFF AND FINANCE", toc="VI.\tSTAFF AND FINANCE"))
    s.append(P(16,
        "At 31 December 2002 IOM employed 3,480 persons in 146 field locations, including 412 "
        "officials. The administrative part of the budget, at CHF 33.4 million, was unchanged "
        "in nominal terms for the eighth year. The Director General thanks Member States, donors and staff for their "
        "support during a demanding year."))

    s.append(PageBreakMark())
    s.append(Paragraph("ANNEX", annex_lab))
    s.append(Paragraph("PROGRAMME EXPENDITURE BY SERVICE AREA, 2001 AND 2002", title_run))
    s.append(Paragraph(
        "The amounts below are taken from the audited accounts. They cover the Operational part "
        "of the budget only; the Administrative part is shown separately in document MC/2105.",
        body))
    s.append(Caption("(in thousands of US dollars)", ParagraphStyle(
        "cap2", parent=caption, fontName=ITAL, alignment=TA_RIGHT, rightIndent=2)))
    s.append(annex_table())
    return s


# ---------------------------------------------------------------- paginator
def markers(flow):
    """Footnote markers (raised fragments) printed by a wrapped Paragraph."""
    out = []
    bl = getattr(flow, "blPara", None)
    if bl is None or getattr(bl, "kind", 0) != 1:
        return out
    for line in bl.lines:
        for w in line.words:
            if getattr(w, "rise", 0) and getattr(w, "text", "").strip() in FOOTNOTES:
                out.append(w.text.strip())
    return out


def fn_paras(ids):
    return [Paragraph(fn(i) + "&nbsp;" + FOOTNOTES[i], fnstyle) for i in ids]


def fn_height(ids):
    if not ids:
        return 0
    h = 14
    for p in fn_paras(ids):
        h += p.wrap(W, PH)[1] + fnstyle.spaceAfter
    return h


class Pager:
    def __init__(self, c, first_label, annex=False):
        self.c = c
        self.label = first_label
        self.annex = annex
        self.heads = {}
        self.start_page()

    def start_page(self):
        self.y = TOP
        self.fns = []
        self.at_top = True
        c = self.c
        c.setFont(FONT, 11)
        lines = [SYMBOL] + (["Annex"] if self.annex else []) + ["Page %d" % self.label]
        yy = PH - 42
        for ln in lines:
            c.drawRightString(PW - RM, yy, ln)
            yy -= 13

    def end_page(self):
        c = self.c
        if self.fns:
            paras = fn_paras(self.fns)
            hs = [p.wrap(W, PH)[1] for p in paras]
            y = BOTTOM + sum(hs) + fnstyle.spaceAfter * len(paras)
            c.setLineWidth(0.5)
            c.line(LM, y + 6, LM + 144, y + 6)
            for p, h in zip(paras, hs):
                y -= h
                p.drawOn(c, LM, y)
                y -= fnstyle.spaceAfter
        c.showPage()
        self.label += 1

    def new_page(self, annex=None):
        self.end_page()
        if annex is not None:
            self.annex = annex
            self.label = 1
        self.start_page()

    def room(self, extra_ids=()):
        return self.y - BOTTOM - fn_height(self.fns + list(extra_ids))

    def place(self, f, h):
        f.drawOn(self.c, LM, self.y - h)
        self.y -= h
        self.at_top = False
        if getattr(f, "toc", None):
            self.heads[f.toc] = self.label

    def run(self, story):
        q = list(story)
        while q:
            f = q.pop(0)
            if isinstance(f, PageBreakMark):
                self.new_page(annex=True)
                continue
            sb = 0 if self.at_top else f.getSpaceBefore()
            sa = f.getSpaceAfter()
            _, h = f.wrap(W, PH)
            ids = markers(f)
            need_next = 0
            if getattr(f, "keep_next", False) and q:
                nx = q[0]
                _, hn = nx.wrap(W, PH)
                lim = hn if isinstance(nx, (Table, Caption)) else 3 * 13.4
                if isinstance(nx, Caption) and len(q) > 1:
                    lim = hn + nx.getSpaceAfter() + q[1].wrap(W, PH)[1]
                need_next = min(hn, lim) if not isinstance(nx, Caption) else lim
                need_next += nx.getSpaceBefore() + sa
            if h + sb + need_next <= self.room(ids):
                self.y -= sb
                self.place(f, h)
                self.fns += ids
                self.y -= sa
                continue
            if isinstance(f, Paragraph) and not getattr(f, "keep_next", False):
                avail = self.room() - sb
                done = False
                while avail > 30:
                    parts = f.split(W, avail)
                    if len(parts) < 2:
                        break
                    p1 = parts[0]
                    _, h1 = p1.wrap(W, avail)
                    ids1 = markers(p1)
                    if h1 + sb <= self.room(ids1):
                        self.y -= sb
                        self.place(p1, h1)
                        self.fns += ids1
                        q[0:0] = parts[1:]
                        done = True
                        break
                    avail -= 6
                if done:
                    self.new_page()
                    continue
            if self.at_top:
                raise RuntimeError("flowable does not fit on an empty page")
            self.new_page()
            q.insert(0, f)
        self.end_page()


# ---------------------------------------------------------------- cover and contents
def draw_cover(c):
    c.setFont(BOLD, 12)
    c.drawRightString(PW - RM, PH - 72, SYMBOL)
    c.setFont(FONT, 11)
    c.drawRightString(PW - RM, PH - 90, "Original: English")
    c.drawRightString(PW - RM, PH - 104, "8 May 2003")
    c.setFont(BOLD, 12)
    c.drawCentredString(PW / 2, PH - 170, "EIGHTY-SIXTH SESSION")
    c.setLineWidth(1)
    c.line(LM, PH - 200, PW - RM, PH - 200)
    c.setFont(BOLD, 13)
    c.drawCentredString(PW / 2, PH - 330, "REPORT OF THE DIRECTOR GENERAL")
    c.drawCentredString(PW / 2, PH - 348, "ON THE WORK OF THE ORGANIZATION")
    c.drawCentredString(PW / 2, PH - 366, "FOR THE YEAR 2002")
    # cover note
    c.setLineWidth(0.5)
    c.line(LM, 168, LM + 144, 168)
    note = Paragraph("This report is submitted to the Executive Committee for its Hundredth "
                     "Session, to be held in Geneva in June 2003.",
                     ParagraphStyle("note", fontName=FONT, fontSize=10, leading=12))
    _, h = note.wrap(W, 100)
    note.drawOn(c, LM, 160 - h)
    # trilingual footer
    c.setLineWidth(1)
    c.line(LM, 74, PW - RM, 74)
    c.setFont(BOLD, 12)
    c.drawString(LM, 58, "COUNCIL")
    c.drawCentredString(PW / 2, 58, "CONSEIL")
    c.drawRightString(PW - RM, 58, "CONSEJO")
    c.showPage()


def draw_contents(c, heads):
    c.setFont(FONT, 11)
    c.drawRightString(PW - RM, PH - 42, SYMBOL)
    c.drawRightString(PW - RM, PH - 55, "Page i")
    c.setFont(BOLD, 12)
    c.drawCentredString(PW / 2, PH - 110, "CONTENTS")
    c.setFont(FONT, 11)
    c.drawRightString(PW - RM, PH - 140, "Page")
    y = PH - 165
    for key, page in heads:
        lab, text = key.split("\t")
        sub_entry = len(lab) == 2 and lab[0].isalpha() and lab[0] in "ABCDEFGH"
        if sub_entry:
            x_lab, x_txt, font = LM + 36, LM + 58, FONT
        else:
            x_lab, x_txt, font = LM, LM + 36, FONT
        c.setFont(font, 11)
        c.drawString(x_lab, y, lab)
        limit = PW - RM - 60 - x_txt
        if stringWidth(text, font, 11) > limit:
            words, first = text.split(), []
            while stringWidth(" ".join(first + words[:1]), font, 11) <= limit:
                first.append(words.pop(0))
            c.drawString(x_txt, y, " ".join(first))
            y -= 13
            text = " ".join(words)
        c.drawString(x_txt, y, text)
        end = x_txt + stringWidth(text, font, 11) + 4
        pn = str(page)
        stop = PW - RM - stringWidth(pn, FONT, 11) - 6
        dots = ""
        dw = stringWidth(".", FONT, 11)
        n = int((stop - end) / dw)
        if n > 0:
            dots = "." * n
        c.drawString(end, y, dots)
        c.drawRightString(PW - RM, y, pn)
        y -= 22 if not sub_entry else 18
    c.showPage()


def toc_order(story):
    return [f.toc for f in story if getattr(f, "toc", None)]


def main():
    # pass 1: find the pages of the headings
    scratch = rl_canvas.Canvas(io.BytesIO(), pagesize=A4)
    pg = Pager(scratch, 1)
    story = build_story()
    pg.run(story)
    heads = [(k, pg.heads[k]) for k in toc_order(story)]
    # pass 2: the real document
    c = rl_canvas.Canvas(OUT, pagesize=A4)
    c.setTitle("MC/2104 - Report of the Director General on the work of the Organization "
               "for the year 2002")
    c.setAuthor("International Organization for Migration")
    draw_cover(c)
    draw_contents(c, heads)
    pg2 = Pager(c, 1)
    pg2.run(build_story())
    c.save()
    for k, p in heads:
        print(p, k.replace("\t", " "))


if __name__ == "__main__":
    main()
