# Lays out MC/INF/294 (IDM background paper, Ninety-sixth Session of the Council, 2008)
# with the reportlab canvas API.
import re
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = "idm-paper-2008.pdf"
SYMBOL = "MC/INF/294"
W, H = A4
LM, RM = 72, W - 72
TW = RM - LM
TOP = 756          # first body baseline on a body page
BOTTOM = 54        # lowest baseline for body / footnotes
FS, LEAD = 11, 12.9
FN_FS, FN_LEAD = 8.5, 10

FONTS = {("r", False): "Times-Roman", ("b", False): "Times-Bold",
         ("i", False): "Times-Italic", ("bi", False): "Times-BoldItalic"}

# --------------------------------------------------------------------------------------------
# Footnote texts (number -> text); markers in the body are written {n}
FOOTNOTES = {
    1: "The reports of both workshops, together with the background papers and the presentations "
       "made, will be published in the <i>International Dialogue on Migration</i> series. Summaries "
       "are already available on the IDM pages of the IOM website.",
    2: "United Nations, Department of Economic and Social Affairs, Population Division, <i>Trends in "
       "Total Migrant Stock: The 2005 Revision</i> (POP/DB/MIG/Rev.2005), New York, February 2006.",
    3: "IOM Strategy, as set out in the Annex to Council Resolution No. 1150 of 7 June 2007, "
       "point 9. See also document MC/INF/287.",
    4: "See, for instance, IOM, <i>World Migration 2008: Managing Labour Mobility in the Evolving "
       "Global Economy</i>, Geneva, 2008, chapter 13; also document MC/INF/288.",
    5: "Workplace orientation was one of the topics most discussed at the July 2008 workshop. Several "
       "participants pointed out that small and medium-sized enterprises, which employ a large share "
       "of migrant workers, rarely have the means to organize such programmes on their own and "
       "benefit from sector-wide or municipal schemes.",
    6: "General Assembly resolution 61/208 of 20 December 2006 on international migration and "
       "development. See also the report of the Secretary-General on international migration and "
       "development (A/60/871) of 18 May 2006, in particular paragraphs 236 to 241.",
    7: "The second meeting of the Global Forum on Migration and Development took place in Manila "
       "from 27 to 30 October 2008 under the overall theme \u201cProtecting and Empowering Migrants "
       "for Development\u201d.",
    8: "Figures drawn from IOM\u2019s project database; see also the <i>Report of the Director General on "
       "the Work of the Organization for the Year 2007</i> (MC/2255).",
}

# --------------------------------------------------------------------------------------------
# Body content
B = []
def head(num, text, sub=False): B.append(("head", num, text, sub))
def para(num, text): B.append(("para", num, text))
def item(label, text, level=1): B.append(("item", label, text, level))
def bullet(glyph, text, indent=36): B.append(("bullet", glyph, text, indent))
def quote(text): B.append(("quote", text))
def box(title, text): B.append(("box", title, text))

head(None, "INTRODUCTION")
para(1, "At its Eighty-second Session in November 2001, the Council launched the International Dialogue "
        "on Migration (IDM) as a forum in which governments, intergovernmental and non-governmental "
        "organizations and other stakeholders could discuss migration policy issues in an informal, "
        "non-binding setting. Following consultations with the membership early in the year, "
        "\u201cMigrants and the Host Society: Partnerships for Success\u201d was selected as the "
        "overarching theme of the IDM for 2008. Two intersessional workshops were held in Geneva under "
        "that theme: the first, on \u201cManaging Diversity and Fostering Social Cohesion\u201d, on "
        "17 and 18 March 2008, and the second, on \u201cLabour Market Integration: Employers, Unions "
        "and Migrants\u201d, on 9 and 10 July 2008.{1}")
para(2, "The present paper has been prepared by the Administration as background for the policy "
        "dialogue to be held during the Ninety-sixth Session of the Council. It draws on the "
        "discussions at the two workshops, on IOM\u2019s project experience and on recent research. "
        "Section 1 places the relationship between migrants and "
        "the societies that receive them in the wider migration context. Section 2 looks at the "
        "actors whose cooperation largely determines whether integration succeeds, and Section 3 at "
        "the role of States in making those efforts coherent. Section 4 outlines how IOM might "
        "support its Member States in this field. Some guiding questions for the discussion are "
        "attached as an annex.")
para(3, "The term \u201chost society\u201d is used here in a broad sense. It covers not only the "
        "institutions of the receiving State but also local communities, employers, workers and their "
        "organizations, schools, faith-based groups, the media and, not least, migrants who settled "
        "earlier and who often act as a bridge for newcomers. Nor is the notion limited to the "
        "traditional countries of immigration: a growing number of States are at one and the same "
        "time countries of origin, transit and destination.")

head("1.", "THE HOST SOCIETY IN THE MIGRATION EQUATION")
para(4, "The number of international migrants was estimated at some 191 million in 2005, up from "
        "about 155 million in 1990.{2} Roughly three in five live in high-income countries, but "
        "South\u2013South movements are substantial and increasing, and many middle-income countries "
        "now receive significant numbers of migrant workers and their families. Whatever the pattern, "
        "the arrival of newcomers raises similar questions for the communities concerned: how to "
        "ensure access to work, housing, education and health care; how to communicate across "
        "languages; and how to maintain trust and a sense of shared belonging.")
para(5, "For a long time integration was seen primarily as the migrant\u2019s task, the receiving "
        "society being expected to do little more than set the rules. That view has given way, in "
        "most policy circles, to an understanding of integration as a two-way process of mutual "
        "adaptation in which both migrants and the host society have rights as well as "
        "responsibilities. The shift is reflected in IOM\u2019s own mandate. Among the activities "
        "listed in the IOM Strategy adopted by the Council in June 2007 is the following:")
quote("\u201cTo assist States in facilitating the integration of migrants in their new environment and "
      "to engage diasporas, including as development partners.\u201d{3}")
para(6, "The Strategy does not prescribe any particular model of integration, nor should it. "
        "Approaches vary widely among Member States, and the very terms used to describe them \u2013 "
        "assimilation, multiculturalism, civic integration \u2013 are contested. Every model, "
        "however, depends in practice on partnerships between public authorities and the wider "
        "society.")
para(7, "Experience shared at the 2008 workshops suggests that integration outcomes are shaped by "
        "factors which often lie outside migration policy as such, among them:")
bullet("\u2022", "access to the labour market on terms that reflect migrants\u2019 skills and "
                 "qualifications, including the recognition of diplomas obtained abroad;")
bullet("\u2022", "opportunities for language learning, for adults as well as for children;")
bullet("\u2022", "housing and urban policies, which can either encourage residential mixing or lead to "
                 "concentration and segregation; and")
bullet("\u2022", "public attitudes, which are in turn influenced by political discourse and by the way "
                 "in which migration is reported in the media.{4}")

head("2.", "PARTNERS IN INTEGRATION")
para(8, "No single actor can deliver integration on its own. The most successful initiatives "
        "are those which bring several partners together around a concrete objective \u2013 a job, a school place, a neighbourhood project \u2013 rather than "
        "around integration in the abstract.")
head("2.1", "Local and regional authorities", sub=True)
para(9, "Integration happens first and foremost at the local level. It is municipalities that "
        "register new residents, run schools and social services and manage the public spaces in "
        "which newcomers and established residents meet. Yet local authorities are often the last to "
        "be consulted when national migration policies are designed, and often lack the resources "
        "to respond to sudden increases in arrivals.")
para(10, "A number of cities have responded by creating single points of contact for newcomers, "
         "sometimes in cooperation with migrant associations and NGOs. One example presented at the "
         "March workshop is summarized in Box 1.")
box("Box 1: A municipal \u201cwelcome desk\u201d",
    "In a medium-sized city that had received several thousand migrant workers within three years, "
    "the municipality opened a \u201cwelcome desk\u201d in its central library, staffed by municipal "
    "officers and by volunteers from two migrant associations. The desk provides information on "
    "registration, schooling, health services and language courses in nine languages, and refers "
    "users to specialized services. In its first eighteen months it dealt with more than 11,000 "
    "enquiries.")
head("2.2", "Employers, trade unions and the private sector", sub=True)
para(11, "Employment is widely regarded as the single most important factor in integration: it "
         "provides income and social contacts and, often, the opportunity to learn the language of "
         "the host country. Employers can contribute in a number of ways, notably by:")
item("(a)", "recognizing and making use of skills acquired abroad, rather than assigning migrants to "
            "positions well below their qualifications;")
item("(b)", "offering orientation, language training and mentoring in the workplace;{5}")
item("(c)", "ensuring equal treatment in recruitment, pay and promotion, and acting against "
            "discrimination and harassment.")
para(12, "Trade unions, for their part, have in many countries moved from caution to active efforts to "
         "organize migrant workers and inform them of their rights. Where employers, unions and public "
         "employment services work together \u2013 for instance under bilateral labour arrangements "
         "that include post-arrival support \u2013 the results tend to be better for the migrants, for "
         "the enterprises and for the native workforce alike.")
head("2.3", "Migrants\u2019 associations, civil society and the media", sub=True)
para(13, "Migrants are not only beneficiaries of integration measures but actors in their own right. "
         "Diaspora and migrant associations provide practical help, mediate between newcomers and "
         "institutions and give migrants a voice in public debate. Consultative councils of foreign "
         "residents, where they exist and are given real responsibilities, can help to build "
         "confidence on both sides.")
para(14, "Faith-based organizations, sports clubs, schools and neighbourhood associations also play an "
         "important, if often informal, role. As for the media, balanced and "
         "well-informed reporting can do much to dispel myths about migration, whereas sensationalist "
         "coverage of isolated incidents can quickly undo years of patient work at the community "
         "level. Several workshop participants called for a closer dialogue between journalists, "
         "migrants\u2019 organizations and the authorities, and for the training of media "
         "professionals on migration issues.")

head("3.", "POLICY COHERENCE: THE ROLE OF STATES")
para(15, "While much of the practical work of integration is done locally, it is States that define "
         "the legal framework within which migrants live and work. Rules on residence status, access "
         "to the labour market, family reunification and naturalization all have a direct bearing on "
         "migrants\u2019 ability and willingness to invest in the host society. Frequent changes in "
         "those rules, or rules that keep migrants in a prolonged state of uncertainty, may work "
         "against integration objectives pursued by the same government in other policy areas.")
para(16, "The link between integration and development has also received growing attention at the "
         "international level. The General Assembly has acknowledged that migrants who are able to "
         "participate fully in the economic and social life of the host country are better placed to "
         "contribute to the development of their countries of origin as well as of destination.{6} "
         "Integration and development policies are less separate than is often assumed.")
para(17, "Coherence is needed in at least three directions:")
bullet("\u2013", "between ministries, since integration touches on employment, education, health, "
                 "housing and home affairs alike;")
bullet("\u2013", "between the national, regional and local levels of government;")
bullet("\u2013", "between countries of origin and destination, which can cooperate on pre-departure "
                 "orientation, the recognition of qualifications and the portability of social "
                 "security entitlements.")
para(18, "Cooperation between countries of origin and destination was among the topics addressed at "
         "the second meeting of the Global Forum on Migration and Development, held in Manila in "
         "October 2008.{7} Discussions there confirmed the interest of many governments in practical "
         "tools, such as model pre-departure curricula and agreements on the recognition of skills, "
         "that can be adapted to different bilateral and regional contexts.")

head("4.", "IOM\u2019S CONTRIBUTION AND THE WAY FORWARD")
para(19, "IOM has for many years assisted governments in preparing migrants for their new lives and "
         "helping communities to receive them. Its current activities in this area include:")
item("(a)", "pre-departure orientation for refugees accepted for resettlement and for migrants "
            "travelling under organized labour migration programmes;")
item("(b)", "information campaigns and migrant resource centres in countries of origin and of "
            "destination;")
item("(c)", "capacity-building for local authorities, in particular:")
item("(i)", "training of frontline officials in intercultural communication; and", level=2)
item("(ii)", "support for the establishment of one-stop information services;", level=2)
item("(d)", "research and data collection on integration outcomes, and the exchange of good "
            "practices among Member States.")
para(20, "In 2007 IOM implemented some 60 projects with an integration or migrant-community component "
         "in more than 40 countries, with a combined budget of approximately USD 38 million.{8} "
         "Demand for such assistance has grown steadily, particularly from countries that have only "
         "recently become countries of destination.")
para(21, "The Administration would welcome the views of Member States and observers on the priorities "
         "set out above and on the areas in which IOM\u2019s support would be most useful. The outcome "
         "of the policy dialogue at the present session will, together with the reports of the two "
         "workshops, inform the Organization\u2019s work in this field and the selection of themes "
         "for the IDM in 2009.")

ANNEX = []
ANNEX.append(("text", "Participants may wish to address, <i>inter alia</i>, the following questions:"))
for q in [
    "Which partnerships between public authorities, employers, civil society and migrants have "
    "proved most effective in your country, and what made them work?",
    "How can local authorities be better involved in the design of national migration and "
    "integration policies, and what resources do they need?",
    "What can countries of origin do, before departure and after arrival, to support the integration "
    "of their nationals abroad?",
    "How can public debate and media reporting on migration be made more balanced and better "
    "informed?",
    "How should the success of integration policies be measured? Which indicators would allow "
    "meaningful comparison between countries?",
]:
    ANNEX.append(("bullet", "\u2022", q, 36))
ANNEX.append(("text", "With regard to the role of IOM:"))
for q in [
    "In which areas would Member States find IOM\u2019s support most useful?",
    "How could the IDM continue to serve as a platform for the exchange of experience on "
    "the integration of migrants?",
]:
    ANNEX.append(("bullet", "\u2022", q, 36))

# --------------------------------------------------------------------------------------------
# Rich text: words made of pieces (text, style) ; style in r/i/b/bi, or ("sup", n)
def tokenize(text, base="r"):
    words = []
    style = base
    cur = []
    pos = 0
    for m in re.finditer(r"<i>|</i>|\{(\d+)\}| |[^<{ ]+|[<{]", text):
        t = m.group(0)
        if t == "<i>":
            style = "bi" if base == "b" else "i"
        elif t == "</i>":
            style = base
        elif m.group(1):
            cur.append((m.group(1), "sup"))
        elif t == " ":
            if cur:
                words.append(cur)
            cur = []
        else:
            cur.append((t, style))
    if cur:
        words.append(cur)
    return words

def piece_font(style, size):
    if style == "sup":
        return "Times-Roman", size * 0.62
    return FONTS[(style, False)], size

def word_width(word, size):
    w = 0
    for t, st in word:
        f, s = piece_font(st, size)
        w += stringWidth(t, f, s)
    return w

def wrap(words, size, first_width, width):
    lines, cur, cw = [], [], 0
    sp = stringWidth(" ", "Times-Roman", size)
    avail = first_width
    for w in words:
        ww = word_width(w, size)
        if cur and cw + sp + ww > avail:
            lines.append(cur)
            cur, cw, avail = [w], ww, width
        else:
            cw = cw + sp + ww if cur else ww
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines

def draw_line(c, line, x, y, size, width, justify):
    sp = stringWidth(" ", "Times-Roman", size)
    total = sum(word_width(w, size) for w in line)
    gap = sp
    if justify and len(line) > 1:
        gap = (width - total) / (len(line) - 1)
    for w in line:
        for t, st in w:
            f, s = piece_font(st, size)
            yy = y + size * 0.38 if st == "sup" else y
            c.setFont(f, s)
            c.drawString(x, yy, t)
            x += stringWidth(t, f, s)
        x += gap

def markers(line):
    return [int(t) for w in line for t, st in w if st == "sup"]

# --------------------------------------------------------------------------------------------
class Doc:
    def __init__(self):
        self.c = canvas.Canvas(OUT, pagesize=A4)
        self.c.setTitle("MC/INF/294 - Migrants and the Host Society: Partnerships for Success")
        self.c.setAuthor("International Organization for Migration")
        self.page_label = None
        self.annex = False
        self.fns = []

    # footnote area height for a list of footnote numbers
    def fn_height(self, nums):
        if not nums:
            return 0
        h = 16
        for n in nums:
            lines = wrap(tokenize(FOOTNOTES[n]), FN_FS, TW - 14, TW - 14)
            h += len(lines) * FN_LEAD + 2
        return h

    def limit(self, extra=()):
        return BOTTOM + self.fn_height(self.fns + list(extra))

    def header(self):
        c = self.c
        c.setFont("Times-Roman", 11)
        y = 800
        c.drawRightString(RM, y, SYMBOL)
        if self.annex:
            y -= 13
            c.drawRightString(RM, y, "Annex")
        y -= 13
        c.drawRightString(RM, y, "Page %d" % self.page_label)

    def new_page(self, first=False):
        if not first:
            self.flush_footnotes()
            self.c.showPage()
        self.page_label += 1
        self.header()
        self.y = TOP

    def flush_footnotes(self):
        if not self.fns:
            return
        c = self.c
        h = self.fn_height(self.fns)
        y = BOTTOM + h - 6
        c.setLineWidth(0.5)
        c.line(LM, y, LM + 144, y)
        y -= 13
        for n in self.fns:
            lines = wrap(tokenize(FOOTNOTES[n]), FN_FS, TW - 14, TW - 14)
            c.setFont("Times-Roman", FN_FS * 0.7)
            c.drawString(LM, y + 3, str(n))
            for i, ln in enumerate(lines):
                draw_line(c, ln, LM + 14, y, FN_FS, TW - 14, i < len(lines) - 1)
                y -= FN_LEAD
            y -= 2
        self.fns = []

    def place_lines(self, lines, xs, widths, size=FS, lead=LEAD, justify=True, label=None):
        """xs/widths: (first, rest). label: (text, x, font) drawn on the first line."""
        for i, ln in enumerate(lines):
            mk = markers(ln)
            if self.y < self.limit(mk):
                self.new_page()
            x = xs[0] if i == 0 else xs[1]
            wd = widths[0] if i == 0 else widths[1]
            if i == 0 and label:
                self.c.setFont(label[2], size)
                self.c.drawString(label[1], self.y, label[0])
            draw_line(self.c, ln, x, self.y, size, wd, justify and i < len(lines) - 1)
            self.fns.extend(mk)
            self.y -= lead

    def gap(self, g=LEAD * 0.9):
        self.y -= g

    def block(self, b, next_b=None):
        kind = b[0]
        if kind == "head":
            _, num, text, sub = b
            need = LEAD * 4
            if self.y - need < self.limit():
                self.new_page()
            font = "Times-BoldItalic" if sub else "Times-Bold"
            self.c.setFont(font, FS)
            if num:
                self.c.drawString(LM, self.y, num)
                self.c.drawString(LM + 36, self.y, text)
            else:
                self.c.drawString(LM, self.y, text)
            self.y -= LEAD
            self.gap()
        elif kind == "para":
            _, num, text = b
            lines = wrap(tokenize(text), FS, TW - 36, TW)
            self.place_lines(lines, (LM + 36, LM), (TW - 36, TW),
                             label=("%d." % num, LM, "Times-Roman"))
            self.gap()
        elif kind == "item":
            _, label, text, level = b
            lx = LM + 36 * level
            tx = lx + 36
            lines = wrap(tokenize(text), FS, RM - tx, RM - tx)
            self.place_lines(lines, (tx, tx), (RM - tx, RM - tx), label=(label, lx, "Times-Roman"))
            self.gap()
        elif kind == "bullet":
            _, glyph, text, ind = b
            lx = LM + ind
            tx = lx + 18
            lines = wrap(tokenize(text), FS, RM - tx, RM - tx)
            self.place_lines(lines, (tx, tx), (RM - tx, RM - tx), label=(glyph, lx, "Times-Roman"))
            self.gap()
        elif kind == "text":
            lines = wrap(tokenize(b[1]), FS, TW, TW)
            self.place_lines(lines, (LM, LM), (TW, TW))
            self.gap()
        elif kind == "quote":
            x0, x1 = LM + 54, RM - 54
            lines = wrap(tokenize(b[1], "i"), FS, x1 - x0, x1 - x0)
            self.place_lines(lines, (x0, x0), (x1 - x0, x1 - x0))
            self.gap()
        elif kind == "box":
            _, title, text = b
            x0, x1 = LM + 18, RM - 18
            inner = x1 - x0 - 20
            size, lead = 10.5, 12.8
            lines = wrap(tokenize(text), size, inner, inner)
            h = 14 + lead + 6 + len(lines) * lead + 4
            if self.y - h < self.limit():
                self.new_page()
            top = self.y + size + 4
            self.c.setLineWidth(0.8)
            self.c.rect(x0, top - h, x1 - x0, h)
            self.y = top - 14 - 2
            self.c.setFont("Times-Bold", size)
            self.c.drawString(x0 + 10, self.y, title)
            self.y -= lead + 6
            self.place_lines(lines, (x0 + 10, x0 + 10), (inner, inner), size=size, lead=lead)
            self.y = top - h - LEAD * 0.75 - 4
            self.y -= LEAD * 0.5
        else:
            raise ValueError(kind)


def main():
    d = Doc()
    c = d.c
    # ---------------- first page: header block, title, then the body
    c.setFont("Times-Bold", 12)
    c.drawRightString(RM, 796, SYMBOL)
    c.setFont("Times-Roman", 12)
    c.drawRightString(RM, 782, "Original: English")
    c.drawRightString(RM, 768, "7 November 2008")
    c.setFont("Times-Bold", 12)
    c.drawString(LM, 768, "NINETY-SIXTH SESSION")
    c.setFont("Times-Roman", 12)
    c.drawString(LM, 752, "_" * 78)
    c.setFont("Times-Bold", 11)
    c.drawCentredString(W / 2, 718, "INTERNATIONAL DIALOGUE ON MIGRATION")
    c.setFont("Times-Bold", 13)
    c.drawCentredString(W / 2, 692, "MIGRANTS AND THE HOST SOCIETY:")
    c.drawCentredString(W / 2, 676, "PARTNERSHIPS FOR SUCCESS")
    c.setFont("Times-Italic", 11.5)
    c.drawCentredString(W / 2, 656, "(Background paper)")
    d.page_label = 1
    d.y = 620
    for i, b in enumerate(B):
        d.block(b)
    d.flush_footnotes()
    c.showPage()

    # ---------------- annex
    d.annex = True
    d.page_label = 0
    d.new_page(first=True)
    d.y -= 14
    c.setFont("Times-Bold", 12)
    c.drawCentredString(W / 2, d.y, "ANNEX")
    d.y -= 26
    c.drawCentredString(W / 2, d.y, "GUIDING QUESTIONS FOR THE POLICY DIALOGUE")
    d.y -= 32
    for b in ANNEX:
        d.block(b)
    d.flush_footnotes()
    c.showPage()
    c.save()


if __name__ == "__main__":
    main()
