# -*- coding: utf-8 -*-
"""Draws idm-paper-2016.pdf: an IDM 2016 background paper (reportlab)."""
import os
import re
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "idm-paper-2016.pdf")

PW, PH = A4
LM = 72.0
RM = 72.0
TOP = 64.0
BOT = 62.0
W = PW - LM - RM
TAB = 36.0

FONT = "Times-Roman"
BOLD = "Times-Bold"
ITAL = "Times-Italic"
SIZE = 11.0
LEAD = 13.2
PARA_GAP = 12.0
MK_SIZE = 7.0
MK_RISE = 4.2
FN_SIZE = 9.0
FN_LEAD = 10.6

# ---------------------------------------------------------------- content
FOOTNOTES = {
    1: "General Assembly resolution 70/1 (A/RES/70/1) of 25 September 2015. Available from "
       "https://sustainabledevelopment.un.org/post2015/transformingourworld.",
    2: "See document C/106/40 and Council Resolution No. 1310 of 24 November 2015 on the "
       "Migration Governance Framework.",
    3: "A/RES/70/1, paragraph 29. See also paragraphs 23 and 25 of the Declaration, which "
       "name migrants among those whose needs the Agenda must address.",
    4: "A/RES/70/1, paragraphs 72 to 91.",
    5: "The format and organizational aspects of the HLPF are set out in General Assembly "
       "resolution 67/290 of 9 July 2013. Information on the sessions of the forum is "
       "available at https://sustainabledevelopment.un.org/hlpf.",
    6: "Report of the Secretary-General on critical milestones towards coherent, efficient "
       "and inclusive follow-up and review at the global level (A/70/684), 15 January 2016.",
    7: "Report of the Inter-agency and Expert Group on Sustainable Development Goal "
       "Indicators (E/CN.3/2016/2/Rev.1). The documentation of the Group is available at "
       "http://unstats.un.org/sdgs/iaeg-sdgs/.",
    8: "United Nations, Department of Economic and Social Affairs, Population Division, "
       "International Migration Report 2015: Highlights (ST/ESA/SER.A/375). Available from "
       "www.un.org/en/development/desa/population/migration/.",
    9: "Principles and Recommendations for Population and Housing Censuses, Revision 3 "
       "(ST/ESA/STAT/SER.M/67/Rev.3), United Nations, New York, 2015.",
    10: "The list of countries is available at https://sustainabledevelopment.un.org/hlpf/2016.",
}

B = []  # blocks


def H(num, text):
    B.append(("h1", num, text))


def H2(num, text):
    B.append(("h2", num, text))


def P(num, text):
    B.append(("para", num, text))


def I(label, text, level=1):
    B.append(("item", label, text, level))


def BL(text):
    B.append(("bullet", text))


def T(caption, head, rows):
    B.append(("table", caption, head, rows))


H("I.", "INTRODUCTION")
P(1, "On 25 September 2015, at the United Nations summit for the adoption of the post-2015 "
     "development agenda, the General Assembly adopted the outcome document \u201cTransforming "
     "our world: the 2030 Agenda for Sustainable Development\u201d.{1} For the first time, "
     "migration is explicitly recognized in a global development framework as a factor that "
     "can contribute to, and be affected by, sustainable development. The 2030 Agenda commits "
     "all countries to \u201cfacilitate orderly, safe, regular and responsible migration and "
     "mobility of people\u201d and sets out 17 Goals and 169 targets to be achieved over the "
     "next 15 years.")
P(2, "Recognizing the significance of this moment, IOM Member States selected \u201cFollow-up "
     "and review of migration in the Sustainable Development Goals\u201d as the overarching "
     "theme of the International Dialogue on Migration (IDM) for 2016. The theme will be "
     "explored at two intersessional workshops: the first, to which this paper is addressed, "
     "is held at United Nations Headquarters in New York on 29 February and 1 March 2016; the "
     "second will take place in Geneva in the autumn of 2016. The conclusions of both "
     "workshops will be reported to the Council at its 107th Session.")
P(3, "This background paper is intended to frame the discussion and to help participants "
     "prepare their contributions. It:")
I("(a)", "recalls how migration is reflected in the Goals, targets and indicators of the "
         "2030 Agenda;")
I("(b)", "outlines the architecture for follow-up and review agreed by the General Assembly "
         "and the work under way to define global indicators; and")
I("(c)", "identifies challenges and opportunities for States, IOM and other stakeholders in "
         "ensuring that the migration-related commitments are effectively monitored.")
P(4, "The IDM is IOM\u2019s principal forum for migration policy dialogue. Since its launch in "
     "2001 at the request of the membership, it has provided an open space in which "
     "governments, international and non-governmental organizations, migrants, the private "
     "sector and academia can exchange views on emerging migration issues. In November 2015 "
     "the Council welcomed the Migration Governance Framework (MiGOF), which sets out the "
     "essential elements of well-managed migration policies and explicitly links them to "
     "target 10.7.{2} The workshop offers an early opportunity to consider how such frameworks "
     "can inform national follow-up.")

H("II.", "MIGRATION IN THE 2030 AGENDA")
H2("A.", "Explicit references to migration")
P(5, "The Declaration that introduces the Goals acknowledges \u201cthe positive contribution "
     "of migrants for inclusive growth and sustainable development\u201d and recognizes that "
     "international migration is a multidimensional reality of major relevance for the "
     "development of countries of origin, transit and destination.{3} It also commits States "
     "to cooperate internationally to ensure safe, orderly and regular migration involving "
     "full respect for human rights and the humane treatment of migrants regardless of "
     "migration status, of refugees and of displaced persons.")
P(6, "Several targets refer directly to migrants, migration, mobility or trafficking in "
     "persons. They are listed in table 1.")
T("Table 1. Targets of the 2030 Agenda that refer explicitly to migration",
  ("Target", "Subject of the target", "Goal"),
  [("4.b", "Scholarships for study abroad, including in developing countries", "4 \u2013 Quality education"),
   ("5.2", "Elimination of trafficking and exploitation of women and girls", "5 \u2013 Gender equality"),
   ("8.7", "Eradication of forced labour, modern slavery and human trafficking", "8 \u2013 Decent work"),
   ("8.8", "Protection of labour rights of all workers, including migrants", "8 \u2013 Decent work"),
   ("10.7", "Orderly, safe, regular and responsible migration and mobility", "10 \u2013 Reduced inequalities"),
   ("10.c", "Transaction costs of migrant remittances below 3 per cent", "10 \u2013 Reduced inequalities"),
   ("16.2", "End to abuse, exploitation and trafficking of children", "16 \u2013 Peace and justice"),
   ("17.18", "Data disaggregated by migratory status", "17 \u2013 Partnerships")])
P(7, "The most comprehensive of these commitments is target 10.7, under which States "
     "undertake to \u201cfacilitate orderly, safe, regular and responsible migration and "
     "mobility of people, including through the implementation of planned and well-managed "
     "migration policies\u201d. Target 10.c, which calls for reducing to less than 3 per cent "
     "the transaction costs of migrant remittances and eliminating remittance corridors with "
     "costs higher than 5 per cent, addresses one of the most tangible links between migration "
     "and development: in 2015 remittance flows to developing countries were estimated at "
     "USD 432 billion, more than three times the volume of official development assistance.")
H2("B.", "Migration as a cross-cutting issue")
P(8, "Beyond the targets that name migration, migrants and mobility are relevant to the "
     "achievement of most of the Goals. The commitment to \u201cleave no one behind\u201d "
     "cannot be fulfilled unless migrants are counted and their situation is considered in "
     "national plans. Areas of particular relevance include:")
BL("poverty reduction (Goal 1), to which remittances and diaspora investment contribute "
   "directly at the household level;")
BL("health (Goal 3), in particular universal health coverage and the control of "
   "communicable diseases along mobility corridors;")
BL("education (Goal 4), including access to schooling for migrant children and the "
   "recognition of qualifications;")
BL("sustainable cities (Goal 11), since most migrants settle in urban areas and local "
   "authorities are at the forefront of integration; and")
BL("climate action (Goal 13), given the growing evidence on the links between environmental "
   "change, disasters and human mobility.")
P(9, "The interlinkages between migration and the other Goals mean that the follow-up and "
     "review of the 2030 Agenda must not be limited to the targets listed in table 1. A narrow "
     "focus would risk overlooking the situation of migrants in sectoral policies where their "
     "needs are most acute, as well as the contribution that they make to the economies and "
     "societies of both origin and destination countries.")

H("III.", "THE FOLLOW-UP AND REVIEW ARCHITECTURE")
P(10, "The 2030 Agenda commits Member States to engage in systematic follow-up and review of "
      "its implementation.{4} The process is to be voluntary and country-led, open, inclusive "
      "and transparent, people-centred and gender-sensitive, and is to build on existing "
      "platforms and processes, avoiding duplication. It will pay particular attention to the "
      "poorest, the most vulnerable and those furthest behind.")
P(11, "Follow-up and review will take place at three interlinked levels:")
I("(a)", "at the national level, where States are encouraged to develop ambitious national "
         "responses and to conduct regular and inclusive reviews of progress, drawing on "
         "contributions from civil society, the private sector and other stakeholders;")
I("(b)", "at the regional and subregional levels, where peer learning and the sharing of best "
         "practices can be organized through the regional commissions and other regional "
         "bodies, including, where appropriate, regional consultative processes on migration; and")
I("(c)", "at the global level, where the high-level political forum on sustainable development "
         "(HLPF), meeting annually under the auspices of the Economic and Social Council and "
         "every four years under the auspices of the General Assembly, will have a central "
         "role in overseeing follow-up and review,{5} notably through:")
I("(i)", "voluntary national reviews, presented by developed and developing countries alike; and", 2)
I("(ii)", "thematic reviews of progress on the Goals, including cross-cutting issues, supported "
          "by the functional commissions of the Economic and Social Council and other "
          "intergovernmental bodies and forums.", 2)
P(12, "In his report on critical milestones towards coherent, efficient and inclusive "
      "follow-up and review at the global level, the Secretary-General proposed that each "
      "session of the HLPF review a set of Goals in depth, in line with an annual theme, and "
      "that intergovernmental bodies and forums feed into this work.{6} The modalities remain "
      "under negotiation in New York, and an agreement is expected before the July 2016 "
      "session of the forum, the first to be held since the adoption of the 2030 Agenda. The "
      "place of migration in these thematic reviews has not yet been determined.")
H2(None, "Global indicators")
P(13, "Progress towards the Goals will be monitored through a framework of global indicators "
      "developed by the Inter-agency and Expert Group on SDG Indicators (IAEG-SDGs), set up by "
      "the United Nations Statistical Commission at its forty-sixth session in March 2015. The "
      "list of 230 indicators proposed by the Group will be considered by the Statistical "
      "Commission at its forty-seventh session, from 8 to 11 March 2016.{7} Governments are "
      "expected to complement the global indicators with regional and national indicators of "
      "their own.")
P(14, "Among the indicators proposed for the migration-related targets are:")
BL("recruitment cost borne by an employee as a proportion of yearly income earned in the "
   "country of destination (indicator 10.7.1);")
BL("number of countries that have implemented well-managed migration policies "
   "(indicator 10.7.2);")
BL("remittance costs as a proportion of the amount remitted (indicator 10.c.1); and")
BL("number of victims of human trafficking per 100,000 population, by sex, age and form of "
   "exploitation (indicator 16.2.2).")
P(15, "Not all of these indicators can be measured today. Indicator 10.7.2 in particular "
      "lacks an agreed methodology, and no international standard yet exists for what "
      "constitutes a \u201cwell-managed\u201d migration policy. IOM has offered to work with "
      "the IAEG-SDGs, the Department of Economic and Social Affairs and other partners in the "
      "Global Migration Group to develop one, drawing on the MiGOF and on the Migration "
      "Governance Index prepared with The Economist Intelligence Unit.")
H2(None, "Data and disaggregation")
P(16, "Target 17.18 calls for a significant increase by 2020 in the availability of "
      "high-quality, timely and reliable data disaggregated by income, gender, age, race, "
      "ethnicity, migratory status, disability, geographic location and other characteristics "
      "relevant in national contexts. The number of international migrants worldwide reached "
      "an estimated 244 million in 2015, up from 173 million in 2000,{8} yet in many countries "
      "migrants remain invisible in the data sources used to measure poverty, health, "
      "education and employment outcomes.")
P(17, "Disaggregation by migratory status will require sustained investment in national "
      "statistical systems. Options that Member States may wish to consider include:")
BL("adding questions on country of birth, citizenship and year of arrival to the 2020 round "
   "of population and housing censuses, in line with international recommendations;{9}")
BL("including migration modules in labour force and household income surveys;")
BL("making better use of administrative records, such as border statistics, residence "
   "permits and consular registers, while safeguarding personal data; and")
BL("strengthening cooperation between national statistical offices and the ministries "
   "responsible for migration, labour and foreign affairs.")
P(18, "In September 2015 IOM opened the Global Migration Data Analysis Centre (GMDAC) in "
      "Berlin, with the aim of improving the collection, analysis and use of migration data. "
      "The Centre will support States in identifying baselines for the migration-related "
      "targets and in building capacity where data are scarce.")

H("IV.", "ENSURING COHERENT FOLLOW-UP: THE ROLE OF EXISTING FORUMS")
P(19, "The 2030 Agenda calls for follow-up and review to make use of existing platforms. In "
      "the field of migration, a dense network of dialogues already exists: the IDM, the "
      "Global Forum on Migration and Development (GFMD), the Global Migration Group, and some "
      "15 regional consultative processes on migration, many of which are supported by IOM. "
      "Each can contribute evidence, good practice and peer review to the HLPF, provided that "
      "their outputs are timely and presented in a form that the forum can use.")
P(20, "Twenty-two countries have volunteered to present national reviews at the HLPF in July "
      "2016.{10} Several of them are countries of significant emigration or immigration, and "
      "their reviews could provide an early indication of how States intend to report on "
      "migration. Other opportunities for placing migration on the global agenda in 2016 "
      "include the high-level plenary meeting of the General Assembly on addressing large "
      "movements of refugees and migrants, to be held on 19 September 2016.")
P(21, "IOM stands ready to support its Member States in integrating migration into the "
      "implementation, follow-up and review of the 2030 Agenda. Its contribution is expected "
      "to cover four main areas:")
I("(a)", "assisting governments, on request, to mainstream migration into national "
         "development plans and to identify appropriate national targets and indicators;")
I("(b)", "contributing to the development of methodologies for the migration-related "
         "indicators, in particular indicator 10.7.2;")
I("(c)", "strengthening the capacities of national statistical offices and other institutions "
         "to collect and analyse migration data; and")
I("(d)", "providing analysis and evidence to inform the thematic reviews of the HLPF, "
         "including through the outcomes of the IDM.")
P(22, "The Organization will also continue to work with other members of the Global Migration "
      "Group to ensure a coherent, system-wide contribution, so that the migration dimension of "
      "the Agenda is reflected consistently across the reports of the United Nations system.")

H("V.", "GUIDING QUESTIONS FOR DISCUSSION")
P(23, "Participants are invited to share their experiences and views on the following "
      "questions:")
BL("How are States incorporating the migration-related targets into their national "
   "development plans and strategies, and which institutions are responsible for "
   "coordinating this work?")
BL("Which indicators, beyond those adopted at the global level, would best capture national "
   "progress towards target 10.7?")
BL("What are the main obstacles to the disaggregation of data by migratory status, and how "
   "can international partners help to overcome them?")
BL("How can migrants, diaspora organizations, the private sector and local authorities be "
   "involved in national reviews of progress?")
BL("How can the IDM, the GFMD and the regional consultative processes best feed into the "
   "thematic reviews of the HLPF?")
BL("What role should IOM play in supporting the follow-up and review of migration in the "
   "Sustainable Development Goals?")

# ---------------------------------------------------------------- text engine
MK_RE = re.compile(r"\{(\d+)\}")


def segs(token):
    """Split a token into [(text, is_marker)]."""
    out = []
    pos = 0
    for m in MK_RE.finditer(token):
        if m.start() > pos:
            out.append((token[pos:m.start()], False))
        out.append((m.group(1), True))
        pos = m.end()
    if pos < len(token):
        out.append((token[pos:], False))
    return out


def tok_width(token, font, size):
    w = 0.0
    for s, mk in segs(token):
        w += stringWidth(s, FONT, MK_SIZE) if mk else stringWidth(s, font, size)
    return w


def wrap(text, first_w, rest_w, font=FONT, size=SIZE):
    words = text.split(" ")
    sp = stringWidth(" ", font, size)
    lines = []
    cur = []
    curw = 0.0
    avail = first_w
    for wd in words:
        ww = tok_width(wd, font, size)
        if cur and curw + sp + ww > avail:
            lines.append(cur)
            cur, curw = [wd], ww
            avail = rest_w
        else:
            curw = ww if not cur else curw + sp + ww
            cur.append(wd)
    if cur:
        lines.append(cur)
    return lines


def markers_in(words):
    out = []
    for wd in words:
        for s, mk in segs(wd):
            if mk:
                out.append(int(s))
    return out


def draw_words(c, x, y, words, avail, justify, font=FONT, size=SIZE, mk_size=MK_SIZE,
               rise=MK_RISE):
    sp = stringWidth(" ", font, size)
    natural = sum(tok_width(w, font, size) for w in words) + sp * (len(words) - 1)
    extra = 0.0
    if justify and len(words) > 1:
        extra = (avail - natural) / (len(words) - 1)
        if extra > sp * 2.2:
            extra = 0.0
    t = c.beginText(x, y)
    t.setFont(font, size)
    t.setWordSpace(extra)
    line = " ".join(words)
    for s, mk in segs(line):
        if mk:
            t.setFont(FONT, mk_size)
            t.setWordSpace(0)
            t.setRise(rise)
            t.textOut(s)
            t.setRise(0)
            t.setFont(font, size)
            t.setWordSpace(extra)
        else:
            t.textOut(s)
    c.drawText(t)


# ---------------------------------------------------------------- pagination
class Doc:
    def __init__(self, path):
        self.c = canvas.Canvas(path, pagesize=A4)
        self.c.setTitle("Follow-up and review of migration in the Sustainable Development Goals")
        self.c.setAuthor("International Organization for Migration")
        self.page = 1
        self.y = None
        self.fns = []  # footnote numbers on current page

    # footnote bodies wrapped
    def fn_lines(self, n):
        mw = stringWidth(str(n), FONT, MK_SIZE) + 2.5
        return wrap(FOOTNOTES[n], W - mw, W, FONT, FN_SIZE)

    def fn_height(self, nums):
        if not nums:
            return 0.0
        h = 14.0
        for n in nums:
            h += len(self.fn_lines(n)) * FN_LEAD + 2.0
        return h

    def limit(self, extra_fns=()):
        return BOT + self.fn_height(self.fns + list(extra_fns))

    def header(self):
        c = self.c
        c.setFont(FONT, SIZE)
        lab = "Page %d" % self.page
        c.drawRightString(PW - RM, PH - 44, lab)

    def finish_page(self):
        c = self.c
        if self.fns:
            h = self.fn_height(self.fns)
            ytop = BOT + h - 6.0
            c.setLineWidth(0.5)
            c.line(LM, ytop, LM + 144, ytop)
            y = ytop - 12.0
            for n in self.fns:
                lines = self.fn_lines(n)
                mw = stringWidth(str(n), FONT, MK_SIZE) + 2.5
                t = c.beginText(LM, y)
                t.setFont(FONT, MK_SIZE)
                t.setRise(3.2)
                t.textOut(str(n))
                t.setRise(0)
                c.drawText(t)
                for k, ln in enumerate(lines):
                    x = LM + mw if k == 0 else LM
                    av = W - mw if k == 0 else W
                    draw_words(c, x, y, ln, av, k < len(lines) - 1, FONT, FN_SIZE,
                               6.0, 3.0)
                    y -= FN_LEAD
                y -= 2.0
        c.showPage()
        self.page += 1
        self.fns = []
        self.header()
        self.y = PH - TOP - 24

    def need(self, h, fns=()):
        if self.y - h < self.limit(fns):
            self.finish_page()

    def line(self, fn, fns=(), gap=0.0):
        """Place one line: gap above, then LEAD. fn(y) draws it."""
        h = gap + LEAD
        if self.y - h < self.limit(fns):
            self.finish_page()
            h = LEAD
        else:
            self.y -= gap
        self.y -= LEAD
        fn(self.y + 3.0)
        self.fns.extend(fns)


def run():
    d = Doc(OUT)
    c = d.c
    # ---------------------------------------------------------- cover block
    y = PH - 70
    c.setFont(FONT, SIZE)
    c.drawRightString(PW - RM, y, "Original: English")
    c.drawRightString(PW - RM, y - LEAD, "15 February 2016")
    y -= 62
    c.setFont(BOLD, 12)
    c.drawCentredString(PW / 2, y, "INTERNATIONAL DIALOGUE ON MIGRATION")
    y -= 10
    c.setLineWidth(0.8)
    c.line(LM, y, PW - RM, y)
    y -= 34
    c.setFont(BOLD, 13)
    c.drawCentredString(PW / 2, y, "FOLLOW-UP AND REVIEW OF MIGRATION IN THE")
    c.drawCentredString(PW / 2, y - 16, "SUSTAINABLE DEVELOPMENT GOALS")
    y -= 40
    c.setFont(FONT, SIZE)
    c.drawCentredString(PW / 2, y, "(Background paper)")
    y -= 30
    c.setFont(ITAL, SIZE)
    c.drawCentredString(PW / 2, y, "Intersessional workshop")
    c.setFont(FONT, SIZE)
    c.drawCentredString(PW / 2, y - LEAD, "29 February \u2013 1 March 2016")
    c.drawCentredString(PW / 2, y - 2 * LEAD, "New York")
    y -= 2 * LEAD + 14
    c.setLineWidth(0.8)
    c.line(LM, y, PW - RM, y)
    d.y = y - 12

    # ---------------------------------------------------------- body
    first = True
    for i, b in enumerate(B):
        kind = b[0]
        if kind in ("h1", "h2"):
            _, num, text = b
            font = BOLD if kind == "h1" else ITAL
            gap = 0.0 if first else (16.0 if kind == "h1" else 10.0)
            if kind == "h2" and B[i - 1][0] == "h1":
                gap = 8.0
            # keep with next: heading + 3 lines
            d.need(gap + LEAD * 4 + (8 if kind == "h1" else 0))

            def draw(yy, num=num, text=text, font=font, kind=kind):
                c.setFont(font, SIZE)
                if num:
                    c.drawString(LM, yy, num)
                    c.drawString(LM + TAB, yy, text)
                else:
                    c.drawString(LM, yy, text)
            d.line(draw, gap=gap)
            first = False
        elif kind == "para":
            _, num, text = b
            lines = wrap(text, W - TAB, W)
            for k, ln in enumerate(lines):
                fns = markers_in(ln)
                last = k == len(lines) - 1

                def draw(yy, k=k, ln=ln, last=last, num=num):
                    if k == 0:
                        c.setFont(FONT, SIZE)
                        c.drawString(LM, yy, "%d." % num)
                        draw_words(c, LM + TAB, yy, ln, W - TAB, not last)
                    else:
                        draw_words(c, LM, yy, ln, W, not last)
                d.line(draw, fns, gap=PARA_GAP if k == 0 else 0.0)
        elif kind in ("item", "bullet"):
            if kind == "item":
                _, label, text, level = b
                lx = LM + TAB * level
                tx = lx + TAB
            else:
                _, text = b
                label, level = "\u2022", 1
                lx = LM + TAB
                tx = lx + 18
            av = PW - RM - tx
            lines = wrap(text, av, av)
            for k, ln in enumerate(lines):
                fns = markers_in(ln)
                last = k == len(lines) - 1

                def draw(yy, k=k, ln=ln, last=last, label=label, lx=lx, tx=tx, av=av):
                    if k == 0:
                        c.setFont(FONT, SIZE)
                        c.drawString(lx, yy, label)
                    draw_words(c, tx, yy, ln, av, not last)
                d.line(draw, fns, gap=6.0 if k == 0 else 0.0)
        elif kind == "table":
            _, caption, head, rows = b
            cols = [LM + 8, LM + 58, LM + 330]
            widths = [48, 268, PW - RM - (LM + 330)]
            fs = 9.5
            for r in [head] + rows:
                for j, cell in enumerate(r):
                    assert stringWidth(cell, FONT, fs) < widths[j] - 4, cell
            d.need(10 + LEAD * (len(rows) + 3))

            def cap(yy):
                c.setFont(BOLD, 10)
                c.drawString(LM, yy, caption)
            d.line(cap, gap=12.0)

            def hd(yy):
                c.setFont(BOLD, fs)
                for j, cell in enumerate(head):
                    c.drawString(cols[j], yy, cell)
                c.setLineWidth(0.5)
                c.line(LM, yy + 11, PW - RM, yy + 11)
                c.line(LM, yy - 4, PW - RM, yy - 4)
            d.line(hd, gap=6.0)
            for r in rows:
                def rw(yy, r=r):
                    c.setFont(FONT, fs)
                    for j, cell in enumerate(r):
                        c.drawString(cols[j], yy, cell)
                d.line(rw, gap=1.5)
            endy = d.y - 2
            c.setLineWidth(0.5)
            c.line(LM, endy, PW - RM, endy)
            d.y -= 6
    # close last page
    c2 = d.c
    if d.fns:
        # draw footnotes of last page via finish_page but without header on new page
        h = d.fn_height(d.fns)
        ytop = BOT + h - 6.0
        c2.setLineWidth(0.5)
        c2.line(LM, ytop, LM + 144, ytop)
        yy = ytop - 12.0
        for n in d.fns:
            lines = d.fn_lines(n)
            mw = stringWidth(str(n), FONT, MK_SIZE) + 2.5
            t = c2.beginText(LM, yy)
            t.setFont(FONT, MK_SIZE)
            t.setRise(3.2)
            t.textOut(str(n))
            t.setRise(0)
            c2.drawText(t)
            for k, ln in enumerate(lines):
                x = LM + mw if k == 0 else LM
                av = W - mw if k == 0 else W
                draw_words(c2, x, yy, ln, av, k < len(lines) - 1, FONT, FN_SIZE, 6.0, 3.0)
                yy -= FN_LEAD
            yy -= 2.0
    c2.showPage()
    c2.save()
    print("pages:", d.page)


if __name__ == "__main__":
    run()
