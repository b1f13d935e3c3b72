"""Draws idm-paper-2014c.pdf: an IDM 2014 intersessional workshop background paper (fpdf2)."""
import os
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "idm-paper-2014c.pdf")
FONTDIR = "/usr/share/fonts/truetype/dejavu/"

PAGE_W = 210
L = 25.0
R = PAGE_W - 22.0
W = R - L
TOP_FIRST = 18.0
TOP = 27.0
BOTTOM = 275.0

BODY = 10.0
LH = 5.0
FN_SIZE = 8.0
FN_LH = 3.7
SUP_SIZE = 6.5
SUP_RISE = 1.7

FOOTNOTES = {
    "1": "General Assembly resolution 68/4 of 3 October 2013, \u201cDeclaration of the High-level "
         "Dialogue on International Migration and Development\u201d, paragraph 1.",
    "2": "The estimates refer to persons aged 25 years and over and are rounded to the nearest ten "
         "thousand. Because they cover only destination countries in the OECD area, they understate "
         "the movement of skilled persons between countries of the South.",
    "3": "In this paper, \u201crecognition\u201d is used in a broad sense. It covers the formal assessment "
         "of diplomas by competent authorities, the licensing of regulated professions and the "
         "informal judgement that employers make about credentials and experience acquired abroad.",
    "4": "See, for example, the summary of the general debate in the draft report on the 103rd "
         "Session of the Council (MC/2398).",
}


def S(text, style=""):
    return (text, style)


def FN(n):
    return (n, "SUP")


class Doc:
    def __init__(self):
        pdf = FPDF("P", "mm", "A4")
        pdf.set_auto_page_break(False)
        pdf.set_margins(L, TOP_FIRST, PAGE_W - R)
        pdf.add_font("DV", "", FONTDIR + "DejaVuSans.ttf")
        pdf.add_font("DV", "B", FONTDIR + "DejaVuSans-Bold.ttf")
        pdf.add_font("DV", "I", FONTDIR + "DejaVuSans-Oblique.ttf")
        pdf.add_font("DV", "BI", FONTDIR + "DejaVuSans-BoldOblique.ttf")
        pdf.set_title("International Dialogue on Migration 2014 - Background paper")
        pdf.set_author("International Organization for Migration")
        self.pdf = pdf
        self.page = 0
        self.fns_page = []
        self.y = TOP_FIRST
        self.new_page()

    # ------------------------------------------------------------ fonts
    def font(self, style, size):
        if style == "SUP":
            self.pdf.set_font("DV", "", SUP_SIZE)
        else:
            self.pdf.set_font("DV", style, size)

    def width(self, txt, style, size):
        self.font(style, size)
        return self.pdf.get_string_width(txt)

    # ------------------------------------------------------------ pages
    def new_page(self):
        if self.page:
            self.flush_footnotes()
        self.pdf.add_page()
        self.page += 1
        self.fns_page = []
        if self.page > 1:
            self.font("", 9)
            label = "Page %d" % self.page
            self.pdf.text(R - self.pdf.get_string_width(label), 15.5, label)
            self.y = TOP
        else:
            self.y = TOP_FIRST

    def fn_lines(self, n):
        words = self.words([S(FOOTNOTES[n])])
        return self.wrap(words, W - 5, W - 5, FN_SIZE)

    def fn_height(self, fns):
        if not fns:
            return 0.0
        h = 5.0
        for n in fns:
            h += len(self.fn_lines(n)) * FN_LH + 0.8
        return h

    def limit(self, extra=()):
        return BOTTOM - self.fn_height(list(self.fns_page) + list(extra))

    def flush_footnotes(self):
        if not self.fns_page:
            return
        h = self.fn_height(self.fns_page)
        y = BOTTOM - h + 1.0
        self.pdf.set_line_width(0.2)
        self.pdf.line(L, y + 1.0, L + 50, y + 1.0)
        y += 4.0
        for n in self.fns_page:
            lines = self.fn_lines(n)
            self.font("SUP", 0)
            self.pdf.text(L + 0.5, y + FN_LH * 0.78 - 1.3, n)
            for line in lines:
                self.draw_line(line, L + 5, y + FN_LH * 0.78, W - 5, False, FN_SIZE)
                y += FN_LH
            y += 0.8
        self.fns_page = []

    def finish(self):
        self.flush_footnotes()
        self.pdf.output(OUT)

    # ------------------------------------------------------------ text flow
    @staticmethod
    def words(segs):
        out = []
        cur = []
        for txt, style in segs:
            if style == "SUP":
                cur.append((txt, style))
                continue
            parts = txt.split(" ")
            for i, p in enumerate(parts):
                if i > 0:
                    if cur:
                        out.append(cur)
                    cur = []
                if p:
                    cur.append((p, style))
        if cur:
            out.append(cur)
        return out

    def wword(self, word, size):
        return sum(self.width(t, s, size) for t, s in word)

    def wrap(self, words, first_w, other_w, size):
        lines = []
        cur = []
        cur_w = 0.0
        space = self.width(" ", "", size)
        avail = first_w
        for wd in words:
            ww = self.wword(wd, size)
            need = ww if not cur else cur_w + space + ww
            if cur and need > avail:
                lines.append(cur)
                avail = other_w
                cur = [wd]
                cur_w = ww
            else:
                cur.append(wd)
                cur_w = need
        if cur:
            lines.append(cur)
        return lines

    def draw_line(self, line, x0, baseline, avail, justify, size):
        space = self.width(" ", "", size)
        total = sum(self.wword(w, size) for w in line)
        gap = space
        if justify and len(line) > 1:
            gap = (avail - total) / (len(line) - 1)
        x = x0
        for w in line:
            for t, s in w:
                self.font(s, size)
                if s == "SUP":
                    self.pdf.text(x, baseline - SUP_RISE, t)
                else:
                    self.pdf.text(x, baseline, t)
                x += self.pdf.get_string_width(t)
            x += gap

    @staticmethod
    def markers(line):
        return [t for w in line for t, s in w if s == "SUP"]

    def para(self, segs, indent=0.0, right=0.0, justify=True, size=BODY, lh=LH, after=3.2, hang=0.0):
        avail = W - indent - right
        lines = self.wrap(self.words(segs), avail, avail - hang, size)
        for i, line in enumerate(lines):
            fns = self.markers(line)
            if self.y + lh > self.limit(fns):
                self.new_page()
            last = i == len(lines) - 1
            x0 = L + indent + (hang if i else 0.0)
            self.draw_line(line, x0, self.y + lh * 0.78, avail - (hang if i else 0.0),
                           justify and not last, size)
            self.fns_page.extend(fns)
            self.y += lh
        self.y += after

    def heading(self, num, text, level=1):
        size = 10.5 if level == 1 else 10
        style = "B" if level == 1 else "BI"
        need = 9 + 3 * LH
        if self.y + need > self.limit():
            self.new_page()
        self.y += 2.0
        base = self.y + 4.2
        if num:
            self.font(style, size)
            self.pdf.text(L, base, num)
            self.pdf.text(L + 10, base, text)
        else:
            self.font(style, size)
            self.pdf.text(L, base, text)
        self.y += 8.0

    def bullets_box(self, intro, items):
        pad = 4.0
        inner = W - 2 * pad
        intro_lines = self.wrap(self.words(intro), inner, inner, BODY)
        item_lines = [self.wrap(self.words(it), inner - 7, inner - 7, BODY) for it in items]
        h = pad + len(intro_lines) * LH + 2.5
        for il in item_lines:
            h += len(il) * LH + 1.5
        h += pad - 1.5
        if self.y + h > self.limit():
            self.new_page()
        top = self.y
        self.pdf.set_fill_color(238, 238, 238)
        self.pdf.set_line_width(0.3)
        self.pdf.rect(L, top, W, h, style="DF")
        y = top + pad
        for i, line in enumerate(intro_lines):
            self.draw_line(line, L + pad, y + LH * 0.78, inner, i < len(intro_lines) - 1, BODY)
            y += LH
        y += 2.5
        for il in item_lines:
            self.font("", BODY)
            self.pdf.text(L + pad + 1.5, y + LH * 0.78, "\u2022")
            for j, line in enumerate(il):
                self.draw_line(line, L + pad + 7, y + LH * 0.78, inner - 7, j < len(il) - 1, BODY)
                y += LH
            y += 1.5
        self.y = top + h + 5.0

    def table(self, caption, head, rows, source):
        colw = [78.0, 28.0, 28.0, 29.0]
        rh = 5.6
        h = 7 + rh * 2 + rh * len(rows) + 9
        if self.y + h > self.limit():
            self.new_page()
        self.y += 1.0
        self.font("B", 9.5)
        self.pdf.text(L, self.y + 4, caption)
        self.y += 7.0
        pdf = self.pdf
        pdf.set_line_width(0.4)
        pdf.line(L, self.y, L + sum(colw), self.y)
        # header
        self.font("B", 9)
        x = L
        for i, hd in enumerate(head):
            if i == 0:
                pdf.text(x + 1, self.y + 4.0, hd)
            else:
                pdf.text(x + colw[i] - 1 - pdf.get_string_width(hd), self.y + 4.0, hd)
            x += colw[i]
        self.y += rh + 0.6
        pdf.set_line_width(0.2)
        pdf.line(L, self.y, L + sum(colw), self.y)
        for r, row in enumerate(rows):
            is_total = row[0] == "Total"
            if is_total:
                pdf.set_line_width(0.2)
                pdf.line(L, self.y, L + sum(colw), self.y)
            self.font("B" if is_total else "", 9)
            x = L
            for i, cell in enumerate(row):
                if i == 0:
                    pdf.text(x + 1, self.y + 4.0, cell)
                else:
                    pdf.text(x + colw[i] - 1 - pdf.get_string_width(cell), self.y + 4.0, cell)
                x += colw[i]
            self.y += rh
        pdf.set_line_width(0.4)
        pdf.line(L, self.y + 0.6, L + sum(colw), self.y + 0.6)
        self.y += 2.0
        self.font("I", 8)
        pdf.text(L, self.y + 3.2, source)
        self.y += 9.0

    def cover(self):
        pdf = self.pdf
        self.font("", 10)
        y = self.y + 4
        for t in ("Original: English", "Geneva, 11 September 2014"):
            pdf.text(R - pdf.get_string_width(t), y, t)
            y += 5.0
        y += 10
        self.font("B", 12)
        t = "INTERNATIONAL DIALOGUE ON MIGRATION 2014"
        pdf.text(L + (W - pdf.get_string_width(t)) / 2, y, t)
        y += 4.5
        pdf.set_line_width(0.5)
        pdf.line(L + 20, y, R - 20, y)
        y += 10
        self.font("B", 12)
        for t in ("SKILLS ON THE MOVE: RECOGNIZING MIGRANTS\u2019",
                  "QUALIFICATIONS FOR DEVELOPMENT"):
            pdf.text(L + (W - pdf.get_string_width(t)) / 2, y, t)
            y += 6.0
        y += 2.0
        self.font("", 10)
        for t in ("(Background paper)", "Intersessional Workshop, 7\u20138 October 2014"):
            pdf.text(L + (W - pdf.get_string_width(t)) / 2, y, t)
            y += 5.5
        y += 1.0
        pdf.set_line_width(0.5)
        pdf.line(L + 20, y, R - 20, y)
        self.y = y + 7.0


def build():
    d = Doc()
    d.cover()

    d.heading(None, "Introduction")
    d.para([S("Every year, millions of women and men cross international borders carrying diplomas, "
              "trade certificates, professional licences and years of practical experience. A sizeable "
              "part of this knowledge is never put to productive use in the country where they settle. "
              "Trained engineers drive taxis, qualified nurses work as care assistants and experienced "
              "electricians take casual jobs far below their level of competence. This waste of human "
              "capital, often described as \u201cbrain waste\u201d, is a loss for migrants and their "
              "families, for employers who cannot fill vacancies and for countries of origin, which "
              "forgo part of the return on their investment in education.")])
    d.para([S("When the General Assembly held its second High-level Dialogue on International Migration "
              "and Development in October 2013, Member States adopted by consensus a Declaration that "
              "describes international migration as \u201ca multidimensional reality of major relevance "
              "for the development of origin, transit and destination countries\u201d."),
            FN("1"),
            S(" The same opening paragraph of the Declaration continues:")])
    d.para([S("\u201c\u2026 international migration is a cross-cutting phenomenon that should be addressed "
              "in a coherent, comprehensive and balanced manner, integrating development with due regard "
              "for social, economic and environmental dimensions and respecting human rights.\u201d",
              "I")], indent=12, right=12)
    d.para([S("The IOM Administration has prepared this paper to inform the deliberations of the second "
              "intersessional workshop held in 2014 under the International Dialogue on Migration (IDM). "
              "It summarizes what is known about the under-use of migrants\u2019 skills, sets out the main "
              "obstacles to the recognition of qualifications obtained abroad, and reviews approaches "
              "that States and other actors have tried. A small number of questions for discussion are "
              "offered at the end.")])

    d.heading("1.", "Skills and human mobility: the current picture")
    d.para([S("The number of highly educated migrants has grown faster than the migrant population as a "
              "whole. Census-based estimates for the member countries of the Organisation for Economic "
              "Co-operation and Development (OECD) indicate that the number of foreign-born residents "
              "holding a tertiary qualification rose by just over one half in a decade, from about "
              "21.2 million in 2000/01 to some 32.1 million in 2010/11 (see Table 1)."),
            FN("2"),
            S(" The increase was steepest among persons born in Latin America and the Caribbean, in Asia "
              "and in Africa, and more moderate among those born in Europe and Northern America.")])
    d.table("Table 1: Foreign-born persons with tertiary education living in OECD countries, by region of birth",
            ["Region of birth (thousands)", "2000/01", "2010/11", "Change (%)"],
            [["Africa", "2,210", "3,620", "63.8"],
             ["Asia", "6,780", "11,450", "68.9"],
             ["Europe", "7,940", "10,370", "30.6"],
             ["Latin America and the Caribbean", "2,650", "4,580", "72.8"],
             ["Northern America", "1,120", "1,390", "24.1"],
             ["Oceania", "480", "690", "43.8"],
             ["Total", "21,180", "32,100", "51.6"]],
            "Source: IOM compilation based on national census rounds of 2000/01 and 2010/11.")
    d.para([S("These aggregate figures conceal a less encouraging picture. In most destination countries "
              "for which comparable data are available, migrants with a university degree are "
              "considerably more likely than native-born graduates to be employed in jobs that call for "
              "lower qualifications than they hold. Over-qualification rates of between 35 and 50 per "
              "cent among tertiary-educated migrants are common, against 20 to 30 per cent among "
              "comparable native-born workers. The gap is usually widest for recent arrivals, for women "
              "and for persons whose degrees were awarded outside the region of destination.")])
    d.para([S("The costs of this mismatch are borne by many. Migrants earn less than they could and send "
              "smaller amounts home; employers report shortages in health care, engineering and "
              "information technology while qualified candidates remain in unrelated occupations; and "
              "the development benefits that countries of origin might expect from emigration are "
              "reduced. When skills deteriorate through years of disuse, the prospect that migrants will "
              "one day return with enhanced experience becomes more remote as well.")])
    d.para([S("The question is not confined to university graduates. Large numbers of migrants hold "
              "vocational certificates or have learned a trade on the job, and their competences are even "
              "harder to document. Employers in construction, agriculture and domestic work frequently "
              "recruit such workers for their practical abilities, yet pay and career prospects remain "
              "tied to formal credentials that migrants cannot easily produce.")])

    d.heading("2.", "Obstacles to the recognition of migrants\u2019 skills")
    d.para([S("The difficulties that migrants face rarely arise from one barrier alone. In most cases "
              "they result from a sequence of obstacles that begins before departure and continues long "
              "after arrival."),
            FN("3"),
            S(" Two groups of obstacles stand out in the experience reported by States and by "
              "migrants themselves.")])
    d.heading("2.1", "Information and procedural barriers", level=2)
    d.para([S("Prospective migrants often do not know which occupations are regulated in the country of "
              "destination, which authority is competent to assess their qualifications or which "
              "documents they will need. Procedures can differ between the provinces or states of a "
              "single country, and requirements may change with little notice. Many applicants learn "
              "only after arrival that certified translations, proof of professional experience or "
              "original transcripts from institutions that have since closed are indispensable.")])
    d.para([S("For refugees and for persons displaced by crises, the situation is more difficult still. "
              "Documents may have been lost or destroyed during flight, and contacting the issuing "
              "institution can be impossible or even dangerous for the applicant and for relatives who "
              "remained behind.")])
    d.heading("2.2", "Costs, time and fragmented responsibilities", level=2)
    d.para([S("Assessment and licensing can take many months and may involve fees, examinations and "
              "periods of supervised practice that few newcomers can afford while supporting a family. "
              "Responsibility is often divided among ministries of education and labour, professional "
              "bodies and individual universities, none of which oversees the process as a whole. "
              "Employers, for their part, may discount foreign experience simply because they are unable "
              "to judge it, and small enterprises seldom have the means to verify credentials obtained "
              "abroad.")])

    d.heading("3.", "Approaches that have shown promise")
    d.para([S("Governments, regional bodies, employers and migrant associations have tested a variety of "
              "measures. No single model suits every context, but certain features recur in the "
              "approaches that participants in earlier IDM sessions and Member States speaking in the "
              "Council have described as effective."),
            FN("4")])
    d.heading("3.1", "Bilateral and regional arrangements", level=2)
    d.para([S("Mutual recognition agreements between two or more countries allow qualifications in "
              "specified occupations to be accepted with limited additional testing or none at all. "
              "Regional qualifications frameworks go further by describing learning outcomes in a shared "
              "language, so that a diploma awarded in one country can be compared with those of its "
              "neighbours. Such arrangements work best where training systems are already broadly "
              "comparable and where professional associations take part from the outset.")])
    d.heading("3.2", "Pre-departure and post-arrival measures", level=2)
    d.para([S("Several countries of destination now allow applicants to start the assessment of their "
              "credentials while still in their country of origin, often through online portals and "
              "offices abroad. Bridging courses, occupation-specific language training and mentoring "
              "schemes help newcomers close the remaining gaps. The validation of skills learned at work "
              "rather than in school, through practical tests or portfolios of evidence, is of particular "
              "relevance to the many migrants employed in construction, hospitality and care.")])
    d.para([S("Countries of origin also have a part to play. By aligning curricula with international "
              "standards, issuing documents in formats that are easy to verify and keeping reliable "
              "records of graduates, they can make the qualifications of their nationals more portable "
              "and strengthen their hand in negotiations on labour mobility.")])

    d.heading("4.", "Issues for the workshop")
    d.para([S("The workshop will bring together representatives of governments, international "
              "organizations, the private sector, academia and civil society to share experience and to "
              "identify practical next steps. In keeping with the Declaration\u2019s call for "
              "\u201csafe, orderly and regular migration\u201d, discussions are expected to concentrate on "
              "measures that can be introduced at modest cost and expanded over time.")])
    d.bullets_box(
        [S("Participants may wish to consider the following questions:")],
        [[S("What information do prospective migrants need about recognition requirements, and at which "
            "stage of the migration process should it be made available?")],
         [S("How can countries of origin and destination work together to make qualifications easier to "
            "compare and to verify?")],
         [S("Which measures have proved effective in recognizing skills acquired informally or on the "
            "job?")],
         [S("How can employers and professional bodies be involved more systematically?")],
         [S("What arrangements are needed for refugees and others who cannot produce documentary "
            "evidence of their qualifications?")]])

    d.heading(None, "References")
    refs = [
        [S("International Labour Office (2010) "), S("A Skilled Workforce for Strong, Sustainable and "
           "Balanced Growth: A G20 Training Strategy", "I"), S(". ILO, Geneva.")],
        [S("International Organization for Migration (2013) "), S("World Migration Report 2013: Migrant "
           "Well-being and Development", "I"), S(". IOM, Geneva.")],
        [S("Organisation for Economic Co-operation and Development (2014) "),
         S("Is Migration Good for the Economy?", "I"), S(" Migration Policy Debates, May 2014. OECD, Paris.")],
        [S("United Nations General Assembly (2013) "), S("Declaration of the High-level Dialogue on "
           "International Migration and Development", "I"), S(", A/RES/68/4. United Nations, New York.")],
    ]
    for r in refs:
        d.para(r, justify=False, size=9.5, lh=4.6, after=2.5, hang=8.0)
    d.finish()


if __name__ == "__main__":
    build()
