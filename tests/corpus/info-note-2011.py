# -*- coding: utf-8 -*-
"""Lay out the invented information note MC/INF/305 (2011) on A4 with reportlab."""
import os
import re
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "info-note-2011.pdf")

SYMBOL = "MC/INF/305"
PAGE_W, PAGE_H = A4
LM = 72.0            # left margin
RM = 72.0            # right margin
TW = PAGE_W - LM - RM
TOP = PAGE_H - 100   # first baseline of body text on text pages
BOTTOM = 66.0        # lowest baseline allowed

BODY = ("Times-Roman", 12.0)
LEAD = 14.2
FN_SIZE = 10.0
FN_LEAD = 11.6
SUP_SIZE = 7.5
SUP_RISE = 4.5
FN_SUP_SIZE = 6.5
FN_SUP_RISE = 3.5
GAP = 10.0           # space between blocks

FONTS = {
    ("r", False): "Times-Roman", ("r", True): "Times-Italic",
    ("b", False): "Times-Bold", ("b", True): "Times-BoldItalic",
}

# words that may be hyphenated at a line end (break points marked by "-")
HYPH = {}
for w in ["Or-ga-ni-za-tion", "Or-ga-ni-za-tion's", "Ad-min-is-tra-tion", "in-ter-na-tion-al",
          "as-sess-ments", "as-sess-ment", "tu-ber-cu-lo-sis", "pro-grammes", "pop-u-la-tion",
          "in-for-ma-tion", "ex-pen-di-ture", "gov-ern-ments", "dis-ag-gre-gat-ed",
          "de-ploy-ment", "ac-com-pa-nied", "con-sol-i-date", "par-tic-u-lar", "ma-jor-i-ty",
          "re-set-tle-ment", "in-cor-po-rat-ed", "im-ple-men-ta-tion", "pre-pared-ness",
          "psy-cho-so-cial", "ap-pro-pri-ate", "con-sul-ta-tive", "Con-sul-ta-tion",
          "pre-dict-ably", "ben-e-fit", "con-cern-ing", "dif-fi-cult", "ad-min-is-tra-tive"]:
    HYPH[w.replace("-", "")] = w


class Run:
    __slots__ = ("text", "font", "size", "rise")

    def __init__(self, text, font, size, rise=0.0):
        self.text, self.font, self.size, self.rise = text, font, size, rise

    @property
    def width(self):
        return stringWidth(self.text, self.font, self.size)


class Word:
    def __init__(self, runs, fns=()):
        self.runs = runs
        self.fns = list(fns)

    @property
    def width(self):
        return sum(r.width for r in self.runs)


def parse_words(text, weight="r", size=12.0, sup_size=SUP_SIZE, sup_rise=SUP_RISE):
    """Split marked-up text into words.  <i>..</i> toggles italics, ^N is a raised
    footnote marker."""
    words = []
    italic = False
    for raw in text.split():
        runs, fns = [], []
        pos = 0
        for m in re.finditer(r"<i>|</i>|\^(\d+)", raw):
            if m.start() > pos:
                runs.append(Run(raw[pos:m.start()], FONTS[(weight, italic)], size))
            tok = m.group(0)
            if tok == "<i>":
                italic = True
            elif tok == "</i>":
                italic = False
            else:
                runs.append(Run(m.group(1), FONTS[(weight, False)], sup_size, sup_rise))
                fns.append(int(m.group(1)))
            pos = m.end()
        if pos < len(raw):
            runs.append(Run(raw[pos:], FONTS[(weight, italic)], size))
        if runs:
            words.append(Word(runs, fns))
    return words


def try_hyphenate(word, avail, space_w):
    """Return (head, tail) Words if the word can be split so that head fits in avail."""
    if len(word.runs) != 1:
        return None
    r = word.runs[0]
    m = re.match(r"^([^A-Za-z]*)([A-Za-z']+)([^A-Za-z']*)$", r.text)
    if not m:
        return None
    pre, core, post = m.groups()
    pattern = HYPH.get(core)
    if not pattern:
        return None
    parts = pattern.split("-")
    best = None
    for k in range(1, len(parts)):
        head = pre + "".join(parts[:k]) + "-"
        if stringWidth(head, r.font, r.size) <= avail:
            best = k
    if best is None:
        return None
    head = pre + "".join(parts[:best]) + "-"
    tail = "".join(parts[best:]) + post
    return Word([Run(head, r.font, r.size)]), Word([Run(tail, r.font, r.size)])


def break_lines(words, first_w, rest_w):
    """Greedy line breaking with optional hyphenation. Returns list of word lists."""
    lines, cur, cur_w = [], [], 0.0
    words = list(words)
    i = 0
    while i < len(words):
        w = words[i]
        width = first_w if not lines else rest_w
        sp = stringWidth(" ", BODY[0], w.runs[0].size)
        need = w.width + (sp if cur else 0)
        if cur_w + need <= width:
            cur.append(w)
            cur_w += need
            i += 1
            continue
        # try hyphenation of the word that does not fit
        avail = width - cur_w - (sp if cur else 0)
        split = try_hyphenate(w, avail, sp)
        if split and cur:
            cur.append(split[0])
            lines.append(cur)
            cur, cur_w = [], 0.0
            words[i] = split[1]
            continue
        if not cur:  # word longer than line: force
            cur.append(w)
            i += 1
        lines.append(cur)
        cur, cur_w = [], 0.0
    if cur:
        lines.append(cur)
    return lines


# ---------------------------------------------------------------- flow objects
class Line:
    """One printed line of the body. draw(c, y) paints it."""

    def __init__(self, height, draw, fns=(), keep=False, space_before=0.0):
        self.height = height
        self.draw = draw
        self.fns = list(fns)
        self.keep = keep          # keep with next line
        self.space_before = space_before


def draw_words(c, words, x, y, width, justify):
    total = sum(w.width for w in words)
    gaps = len(words) - 1
    sp = stringWidth(" ", BODY[0], BODY[1])
    if justify and gaps > 0:
        sp = (width - total) / gaps
    for w in words:
        xx = x
        for r in w.runs:
            c.setFont(r.font, r.size)
            c.drawString(xx, y + r.rise, r.text)
            xx += r.width
        x += w.width + sp


def text_lines(text, x_first, x_rest, right, weight="r", justify=True, space_before=GAP,
               keep_last=False):
    words = parse_words(text, weight)
    first_w = right - x_first
    rest_w = right - x_rest
    lines = break_lines(words, first_w, rest_w)
    out = []
    for n, lw in enumerate(lines):
        x = x_first if n == 0 else x_rest
        w = first_w if n == 0 else rest_w
        last = n == len(lines) - 1
        fns = [f for word in lw for f in word.fns]

        def d(c, y, lw=lw, x=x, w=w, j=justify and not last):
            draw_words(c, lw, x, y, w, j)
        out.append(Line(LEAD, d, fns, keep=keep_last and last,
                        space_before=space_before if n == 0 else 0.0))
    return out, len(lines)


def para(num, text):
    lines, _ = text_lines(text, LM + 36, LM, LM + TW)
    first = lines[0].draw

    def d(c, y, first=first, num=num):
        c.setFont(*BODY)
        c.drawString(LM, y, "%s." % num)
        first(c, y)
    lines[0].draw = d
    return lines


def plain(text, indent_l=0.0, indent_r=0.0, justify=True):
    lines, _ = text_lines(text, LM + indent_l, LM + indent_l, LM + TW - indent_r,
                          justify=justify)
    return lines


def item(label, text, level=1, label_w=36.0):
    lx = LM + 36 * level
    tx = lx + label_w
    lines, _ = text_lines(text, tx, tx, LM + TW, space_before=GAP * 0.8)
    first = lines[0].draw

    def d(c, y, first=first):
        c.setFont(*BODY)
        c.drawString(lx, y, label)
        first(c, y)
    lines[0].draw = d
    return lines


def bullet(text):
    lx = LM + 36
    tx = LM + 54
    lines, _ = text_lines(text, tx, tx, LM + TW, space_before=GAP * 0.6)
    first = lines[0].draw

    def d(c, y, first=first):
        c.setFont("Symbol", 11)
        c.drawString(lx, y, u"\u2022")
        first(c, y)
    lines[0].draw = d
    return lines


def heading(num, text):
    def d(c, y):
        c.setFont("Times-Bold", 12)
        if num:
            c.drawString(LM, y, num + ".")
            c.drawString(LM + 36, y, text)
        else:
            c.drawString(LM, y, text)
    return [Line(LEAD, d, keep=True, space_before=GAP * 1.8)]


def subheading(text):
    def d(c, y):
        c.setFont("Times-BoldItalic", 12)
        c.drawString(LM, y, text)
    return [Line(LEAD, d, keep=True, space_before=GAP * 1.4)]


def centred(text, font, size, space_before=0.0, keep=True):
    def d(c, y):
        c.setFont(font, size)
        c.drawCentredString(PAGE_W / 2, y, text)
    return [Line(LEAD, d, keep=keep, space_before=space_before)]


def table(caption, head, rows, col_right, total_rule=True):
    """A small table: first column left at LM+18, figures right-aligned at col_right."""
    out = []

    def cap(c, y):
        c.setFont("Times-Bold", 11)
        c.drawCentredString(PAGE_W / 2, y, caption)
    out.append(Line(LEAD, cap, keep=True, space_before=GAP * 1.4))
    x0 = LM + 18
    x1 = col_right[-1] + 6

    def hd(c, y):
        c.setLineWidth(0.6)
        c.line(x0 - 6, y + 12, x1, y + 12)
        c.setFont("Times-Bold", 11)
        c.drawString(x0, y, head[0])
        for h, xr in zip(head[1:], col_right):
            c.drawRightString(xr, y, h)
        c.line(x0 - 6, y - 4, x1, y - 4)
    out.append(Line(LEAD + 4, hd, keep=True, space_before=8))
    for k, row in enumerate(rows):
        is_total = row[0] == "Total"

        def rw(c, y, row=row, is_total=is_total, last=(k == len(rows) - 1)):
            font = "Times-Bold" if is_total else "Times-Roman"
            if is_total:
                c.setLineWidth(0.4)
                c.line(x0 - 6, y + 11, x1, y + 11)
            c.setFont(font, 11)
            c.drawString(x0, y, row[0])
            for v, xr in zip(row[1:], col_right):
                c.drawRightString(xr, y, v)
            if last:
                c.setLineWidth(0.6)
                c.line(x0 - 6, y - 5, x1, y - 5)
        out.append(Line(LEAD, rw, keep=(k < len(rows) - 1),
                        space_before=4 if is_total else 0))
    return out


# ---------------------------------------------------------------- footnotes
FOOTNOTES = {
    1: u"Document MC/INF/296, \u201cMigration Health: Policy and Operational Responses\u201d, "
       u"3 November 2009. Figures for the earlier years are given in the Annual Report of the "
       u"Director General for 2010 (MC/2318).",
    2: "See the Report on the Eighth Session of the Standing Committee on Programmes and "
       "Finance (SCPF/66), paragraphs 41 to 45.",
    3: "The text of the Strategy is reproduced in document MC/INF/287.",
    4: "Including 83 cases of multidrug-resistant tuberculosis, each referred to the national "
       "programme concerned.",
    5: "These projects are carried out jointly with UNAIDS and the regional economic "
       "communities concerned.",
    6: "Figures compiled by the Migration Health Division as at 30 September 2011.",
    7: "The Administration's proposals on partnerships with the private sector are set out in "
       "document SCPF/68.",
}


def footnote_lines(n):
    words = parse_words(FOOTNOTES[n], size=FN_SIZE)
    tx = LM + 9
    lines = break_lines(words, LM + TW - tx, LM + TW - tx)
    out = []
    for k, lw in enumerate(lines):
        last = k == len(lines) - 1

        def d(c, y, lw=lw, first=(k == 0), last=last):
            if first:
                c.setFont("Times-Roman", FN_SUP_SIZE)
                c.drawString(LM, y + FN_SUP_RISE, str(n))
            total = sum(w.width for w in lw)
            sp = stringWidth(" ", "Times-Roman", FN_SIZE)
            if not last and len(lw) > 1:
                sp = (LM + TW - tx - total) / (len(lw) - 1)
            x = tx
            for w in lw:
                xx = x
                for r in w.runs:
                    c.setFont(r.font, r.size)
                    c.drawString(xx, y + r.rise, r.text)
                    xx += r.width
                x += w.width + sp
        out.append(d)
    return out


FN_CACHE = {}


def fn_height(n):
    if n not in FN_CACHE:
        FN_CACHE[n] = footnote_lines(n)
    return len(FN_CACHE[n]) * FN_LEAD + 3


FN_RULE_SPACE = 16.0


# ---------------------------------------------------------------- content
def body():
    F = []
    F += centred("MIGRATION AND HEALTH:", "Times-Bold", 12)
    F += centred("IOM'S RESPONSE TO THE HEALTH NEEDS OF MIGRANTS", "Times-Bold", 12)

    F += heading("I", "INTRODUCTION")
    F += para(1, "Of the estimated 214 million international migrants in the world today, a "
                 "considerable number live and work in conditions that put their health at risk "
                 "before, during and after their movement. Migrants in an irregular situation, "
                 "victims of trafficking, labour migrants in low-skilled sectors and persons "
                 "displaced by conflict or natural disaster are frequently excluded from the health "
                 "services available to the host population. Their ill health affects not only "
                 "themselves but also the communities that receive them and the families that "
                 "depend on them at home.")
    F += para(2, "The present note informs the Council of the work done by the Organization in "
                 "the field of migration health since November 2009, when the Administration last "
                 "reported on the subject.^1 It recalls the policy framework within which IOM works "
                 "(Section II), describes the main areas of the Organization's activity in 2010 and "
                 "2011 (Section III) and its cooperation with partners (Section IV), and sets out "
                 "the challenges that the Administration expects to face in the coming biennium "
                 "(Section V).")
    F += para(3, "The note is submitted for the information of the Council. It also responds to "
                 "the request made by several Member States at the Eighth Session of the Standing "
                 "Committee on Programmes and Finance, in May 2011, that the Administration explain "
                 "more clearly how its migration health activities relate to the IOM Strategy and "
                 "to the service areas of the Programme and Budget.^2")

    F += heading("II", "BACKGROUND AND POLICY FRAMEWORK")
    F += para(4, "Health has been part of the Organization's work since its earliest operations, "
                 "when medical examinations were carried out for European refugees and migrants "
                 "selected for resettlement overseas. The Constitution does not mention health "
                 "expressly, but the services listed in its Article 1, and in particular the "
                 "organized transfer of migrants, have always included health assessment, medical "
                 "escort and care during travel.")
    F += para(5, "In adopting the IOM Strategy through Resolution No. 1150 of 7 June 2007,^3 "
                 "Member States confirmed that the Organization should offer health services to "
                 "migrants as part of its wider migration management role. The review of the "
                 "Strategy presented to the Council in 2010 (MC/INF/302) identified migration "
                 "health as one of the areas in which requests for IOM assistance had grown "
                 "fastest, both from governments and from the migrants' communities themselves.")
    F += para(6, "At the global level, the World Health Assembly adopted resolution WHA61.17 on "
                 "the health of migrants in May 2008. On that basis, IOM, the World Health "
                 "Organization (WHO) and the Government of Spain convened the Global Consultation "
                 "on Migrant Health in Madrid in March 2010. Participants agreed on an operational "
                 "framework organized around four priorities:")
    F += bullet("monitoring the health of migrants, through better data disaggregated by "
                "migratory status;")
    F += bullet("policy and legal frameworks that take account of the migrant's right to health;")
    F += bullet("migrant-sensitive health systems, including the training of health personnel; and")
    F += bullet("partnerships, networks and multi-country frameworks linking countries of origin, "
                "transit and destination.")
    F += para(7, "In its concluding section, document MC/INF/296 described the approach that the "
                 "Administration intended to follow, in the following terms:")
    F += plain(u"\u201cIOM will continue to treat the health of migrants not as a separate concern "
               u"but as a condition of well-managed migration. It will work to ensure that the "
               u"health services offered to migrants are accessible, culturally appropriate and "
               u"linked to national health systems, and that the data produced by its assessment "
               u"programmes serve public health in countries of origin, transit and destination "
               u"alike.\u201d", indent_l=36, indent_r=36)
    F += para(8, "That approach remains valid. What has changed since 2009 is the scale of demand. "
                 "The Programme and Budget for 2011 (MC/2306), which the Council approved through "
                 "Resolution No. 1203 of 30 November 2010, foresaw expenditure of USD 73.4 million "
                 "under the Migration Health service area; actual expenditure in 2011 is now "
                 "expected to exceed USD 90 million, largely because of the emergency operations "
                 "described in paragraphs 15 and 16 below.")

    F += heading("III", u"IOM ACTIVITIES IN MIGRATION HEALTH, 2010\u20132011")
    F += para(9, "The Organization's health activities are coordinated by the Migration Health "
                 "Division at Headquarters and carried out by medical and public health staff in "
                 "some 70 country offices, supported by the Manila Administrative Centre for data "
                 "management. They fall into the three areas described below.")
    F += subheading("Health assessments and travel health assistance")
    F += para(10, "Health assessments remain the largest single component of the Organization's "
                  "migration health work. They are carried out at the request of receiving States, "
                  "before the departure of refugees admitted for resettlement and of immigrants and "
                  "certain categories of temporary residents, and follow the technical instructions "
                  "of the States concerned. In 2010, IOM performed 268,629 assessments in 62 "
                  "countries, an increase of 5.5 per cent over the previous year. Table 1 shows "
                  "their distribution by the region in which they were conducted.")
    rows = [("Africa and the Middle East", 58412, 63905),
            ("Asia and Oceania", 132760, 141218),
            ("Europe and Central Asia", 41305, 38876),
            ("Latin America and the Caribbean", 22147, 24630)]
    t09 = sum(r[1] for r in rows)
    t10 = sum(r[2] for r in rows)
    assert (t09, t10) == (254624, 268629)

    def fmt(label, a, b):
        ch = (b - a) * 100.0 / a
        return (label, "{:,}".format(a), "{:,}".format(b), "%.1f" % ch)
    trows = [fmt(*r) for r in rows] + [fmt("Total", t09, t10)]
    F += table("Table 1: Health assessments performed by IOM, by region, 2009 and 2010",
               ("Region", "2009", "2010", "Change (%)"), trows,
               col_right=[LM + 278, LM + 348, LM + 432])
    F += para(11, "The assessments protect the health of migrants and of receiving communities "
                  "alike. Their main public health element is the detection and treatment of "
                  "tuberculosis before departure: in 2010, 1,874 cases of active tuberculosis were "
                  "diagnosed in IOM clinics, and treatment was started before travel in all of "
                  "them.^4 Migrants found to have other conditions are referred to national "
                  "services or to partner clinics, and the results of the assessments are "
                  "transferred, with the migrant's consent, to the health authorities of the "
                  "receiving country.")
    F += para(12, "IOM also provided pre-embarkation checks and medical escorts to 3,420 migrants "
                  "and refugees whose condition required assistance during travel, and advised the "
                  "governments of two new resettlement countries on the design of their own health "
                  "assessment procedures.")
    F += subheading("Health promotion and assistance for migrants")
    F += para(13, "Health promotion and assistance projects were under way in 43 countries in "
                  "2011. Most of them fall into one of the following categories:")
    F += item("(a)", "HIV prevention, care and support for mobile populations and the communities "
                     "they pass through, in particular in southern Africa and the Greater Mekong "
                     "subregion;^5")
    F += item("(b)", "mental health and psychosocial support for victims of trafficking, returnees "
                     "and displaced persons;")
    F += item("(c)", "training of health workers in migrant-sensitive care, and the provision of "
                     "health information to migrants in their own languages; and")
    F += item("(d)", "technical assistance to ministries of health that wish to include migrants in "
                     "national health strategies and insurance schemes.")
    F += para(14, "Although these projects are smaller than the assessment programmes, they account "
                  "for most of the Organization's policy work in the field of health and for much "
                  "of its cooperation with national authorities. Their funding, however, is "
                  "short-term and earmarked, which makes it difficult to sustain results once a "
                  "project ends.")
    F += subheading("Migration health in crisis situations")
    F += para(15, "The events in North Africa in the first half of 2011 showed how quickly health "
                  "needs arise when large numbers of migrants are caught up in a crisis. During the "
                  "evacuation of third-country nationals, IOM medical teams screened more than "
                  "85,000 persons at border crossings and transit points,^6 provided treatment or "
                  "referral for those who needed it and arranged medical escorts for 640 persons "
                  "unable to travel unaccompanied. The operation drew on medical staff redeployed at "
                  "short notice from more than 20 country offices.")
    F += para(16, "Health support was also an integral part of the Organization's response to the "
                  "floods in Pakistan in 2010 and to the earthquake in Haiti, where IOM continued to "
                  "run health posts in camps for internally displaced persons throughout 2011. "
                  "Lessons from these operations are being built into the Organization's emergency "
                  "preparedness and response procedures, including the stockpiling of medical "
                  "supplies and the rosters of health staff available for rapid deployment.")

    F += heading("IV", "PARTNERSHIPS AND POLICY DIALOGUE")
    F += para(17, "IOM works closely with WHO, the Joint United Nations Programme on HIV/AIDS "
                  "(UNAIDS), the Office of the United Nations High Commissioner for Refugees "
                  "(UNHCR) and the Global Fund to Fight AIDS, Tuberculosis and Malaria. In 2011, "
                  "IOM and WHO agreed on a joint work plan for the follow-up of the Global "
                  "Consultation, and IOM became a partner in two new Global Fund grants for "
                  "tuberculosis control among mobile populations.")
    F += para(18, "Migration health has also been discussed in the Organization's own dialogue "
                  "forums. Two workshops of the International Dialogue on Migration have dealt with "
                  "health questions, and several regional consultative processes now include a "
                  "standing item on the subject. The Administration intends to propose migrant "
                  "health as one of the themes of the International Dialogue on Migration in a "
                  "future year.")
    F += para(19, "Research and data remain weak points. In 2010 and 2011, IOM published studies on "
                  "the health of labour migrants in the Gulf region and in South-East Asia, and "
                  "contributed to a joint review with WHO of the indicators available for "
                  "monitoring migrant health. Most national health information systems, however, "
                  "still do not record migratory status.")

    F += heading("V", "CHALLENGES AND THE WAY FORWARD")
    F += para(20, "On the basis of the experience summarized above, the Administration has "
                  "identified four main challenges:")
    F += item("(a)", "<i>Funding.</i> Apart from the assessment programmes, which are paid for by "
                     "the receiving States, migration health activities depend almost entirely on "
                     "project funding, and the core structure at Headquarters is small in relation "
                     "to the volume of work;")
    F += item("(b)", "<i>Data.</i> The lack of comparable data on the health of migrants limits "
                     "both policy advice and the evaluation of projects, in two respects in "
                     "particular:")
    F += item("(i)", "the data produced by health assessments are not systematically analysed for "
                     "public health purposes; and", level=2)
    F += item("(ii)", "few countries of destination collect health data that distinguish migrants "
                      "from the rest of the population;", level=2)
    F += item("(c)", "<i>Access to services.</i> Migrants in an irregular situation continue to "
                     "face legal, financial and language barriers to health care in many "
                     "countries; and")
    F += item("(d)", "<i>Emergency capacity.</i> The operations of 2011 have shown the need for a "
                     "larger pool of trained health staff who can be deployed rapidly.")
    F += para(21, "To address these challenges, the Administration intends, in 2012 and 2013, to:")
    F += bullet("consolidate the data of its health assessment programmes in a single database, "
                "managed from the Manila Administrative Centre;")
    F += bullet("seek multi-year funding for health promotion and assistance from a broader range "
                "of donors, including through partnerships with the private sector;^7")
    F += bullet("support Member States, at their request, in drawing up policies that give "
                "migrants access to essential health services; and")
    F += bullet("establish a roster of health staff for emergency deployment, in cooperation "
                "with WHO.")
    F += para(22, "The Administration will report on the implementation of these measures in the "
                  "Annual Report of the Director General and, as appropriate, in the documents "
                  "submitted to the Standing Committee on Programmes and Finance.")

    F += heading("VI", "CONCLUSION")
    F += para(23, "Migration health is an area in which IOM has long practical experience and in "
                  "which Member States increasingly look to the Organization for advice. The "
                  "Administration believes that a stronger and more predictably funded health "
                  "capacity would benefit Member States, migrants and the communities in which "
                  "they live, and it will continue to consult Member States on how best to achieve "
                  "that aim.")
    F += para(24, "The Council is invited to take note of the present document.")
    return F


# ---------------------------------------------------------------- pages
def cover(c):
    c.setFont("Times-Bold", 12)
    c.drawRightString(LM + TW, PAGE_H - 72, SYMBOL)
    c.setFont("Times-Roman", 12)
    c.drawRightString(LM + TW, PAGE_H - 90, "Original: English")
    c.drawRightString(LM + TW, PAGE_H - 104, "14 November 2011")
    c.setFont("Times-Bold", 12)
    c.drawCentredString(PAGE_W / 2, PAGE_H - 200, "100TH SESSION")
    c.setLineWidth(1.2)
    c.line(LM, PAGE_H - 214, LM + TW, PAGE_H - 214)
    c.setFont("Times-Bold", 13)
    c.drawCentredString(PAGE_W / 2, PAGE_H - 300, "MIGRATION AND HEALTH:")
    c.drawCentredString(PAGE_W / 2, PAGE_H - 318, "IOM'S RESPONSE TO THE HEALTH NEEDS OF MIGRANTS")
    c.setFont("Times-Roman", 12)
    c.drawCentredString(PAGE_W / 2, PAGE_H - 346,
                        "(Information note prepared by the Administration)")
    # cover note
    c.setFont("Times-Roman", 11)
    c.drawString(LM, 178, "__________")
    note = ["This document is submitted for the information of the Council at its 100th Session.",
            "It updates the information given in document MC/INF/296 of 3 November 2009."]
    y = 160
    for ln in note:
        c.drawString(LM, y, ln)
        y -= 13.5
    # trilingual footer
    c.setLineWidth(0.8)
    c.line(LM, 92, LM + TW, 92)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(LM + 20, 76, "COUNCIL")
    c.drawCentredString(PAGE_W / 2, 76, "CONSEIL")
    c.drawRightString(LM + TW - 20, 76, "CONSEJO")


def running_header(c, n):
    c.setFont("Times-Roman", 11)
    c.drawRightString(LM + TW, PAGE_H - 52, SYMBOL)
    c.drawRightString(LM + TW, PAGE_H - 65, "Page %d" % n)


def paginate(flow):
    """Split the flow into pages; returns a list of (lines_with_y, footnote_numbers)."""
    pages = []
    i = 0
    while i < len(flow):
        y = TOP + LEAD
        placed, fns = [], []
        first_on_page = True
        while i < len(flow):
            # a run of lines that must stay together (keep flags)
            j = i
            while j < len(flow) - 1 and flow[j].keep:
                j += 1
            group = flow[i:j + 1]
            yy = y
            gf = list(fns)
            ok = True
            for k, ln in enumerate(group):
                sb = 0.0 if (first_on_page and k == 0) else ln.space_before
                yy -= sb + ln.height
                gf += [f for f in ln.fns if f not in gf]
                fspace = (FN_RULE_SPACE + sum(fn_height(f) for f in gf)) if gf else 0.0
                if yy < BOTTOM + fspace:
                    ok = False
                    break
            if not ok:
                if first_on_page:
                    raise RuntimeError("group too tall")
                break
            yy = y
            for k, ln in enumerate(group):
                sb = 0.0 if (first_on_page and k == 0) else ln.space_before
                yy -= sb + ln.height
                placed.append((ln, yy))
                first_on_page = False
            fns = gf
            y = yy
            i = j + 1
        pages.append((placed, fns))
    return pages


def draw_footnotes(c, fns):
    if not fns:
        return
    total = sum(fn_height(f) for f in fns)
    y = BOTTOM + total - FN_LEAD + 4
    c.setLineWidth(0.5)
    c.line(LM, y + FN_LEAD + 2, LM + 144, y + FN_LEAD + 2)
    for f in fns:
        for d in FN_CACHE[f]:
            d(c, y)
            y -= FN_LEAD
        y -= 3


def main():
    c = canvas.Canvas(OUT, pagesize=A4, invariant=1)
    c.setTitle(SYMBOL)
    c.setAuthor("International Organization for Migration")
    cover(c)
    c.showPage()
    pages = paginate(body())
    for n, (placed, fns) in enumerate(pages, start=1):
        running_header(c, n)
        for ln, y in placed:
            ln.draw(c, y)
        draw_footnotes(c, sorted(fns))
        c.showPage()
    c.save()
    print("pages:", len(pages) + 1)


if __name__ == "__main__":
    main()
