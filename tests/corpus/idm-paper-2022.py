# Draws idm-paper-2022.pdf: an invented IDM 2022 workshop background paper.
import re
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

OUT = "idm-paper-2022.pdf"
PW, PH = A4
LM, RM = 72.0, 72.0
W = PW - LM - RM
BOTTOM = 62.0
TOP_FIRST = 790.0
TOP_LATER = 752.0

BODY_FONT, BOLD_FONT, ITAL_FONT, BOLDITAL_FONT = (
    "Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique")
FS, LEAD = 11.0, 13.6
FN_FS, FN_LEAD = 8.5, 10.2
SUP_FS, SUP_RISE = 7.0, 3.8
RUNNING_TITLE = "IDM 2022: Inclusive social protection for migrants"

FOOTNOTES = {
    "1": "The IDM was launched at the Eighty-second Session of the IOM Council in 2001, the year of the "
         "Organization's fiftieth anniversary. Its sessions are open to Member States, observer States, "
         "international and non-governmental organizations, the private sector and academia, and its "
         "themes are chosen in consultation with the membership.",
    "2": "See IOM Strategic Vision: Setting a Course for IOM (C/110/INF/1), in particular the section "
         "on resilience.",
    "3": "Examples include the social security coordination rules of the European Union, the "
         "Ibero-American Multilateral Agreement on Social Security and the General Convention on "
         "Social Security of the Economic Community of West African States.",
    "4": "See the ILO Domestic Workers Convention, 2011 (No. 189), Article 14.",
}


# ---------------------------------------------------------------- inline text
def runs(markup, base="r"):
    """Split markup with <b>, <i>, <sup> into (text, style) runs."""
    out = []
    style = base
    for tok in re.split(r"(</?b>|</?i>|</?sup>)", markup):
        if tok == "<b>":
            style = "b"
        elif tok == "<i>":
            style = "i"
        elif tok == "<sup>":
            style = "sup"
        elif tok in ("</b>", "</i>", "</sup>"):
            style = base
        elif tok:
            out.append((tok, style))
    return out


def font_of(style, size, base_bold=False):
    if style == "sup":
        return BODY_FONT, SUP_FS if size >= FS - 0.1 else size * 0.75
    if style == "b":
        return BOLD_FONT, size
    if style == "i":
        return (BOLDITAL_FONT if base_bold else ITAL_FONT), size
    return (BOLD_FONT if base_bold else BODY_FONT), size


def words(markup, size, bold=False):
    """Return list of words; each word is a list of (text, style) segments."""
    ws, cur = [], []
    for text, style in runs(markup):
        parts = text.split(" ")
        for k, p in enumerate(parts):
            if k > 0:
                if cur:
                    ws.append(cur)
                cur = []
            if p:
                cur.append((p, style))
    if cur:
        ws.append(cur)
    return ws


def wwidth(word, size, bold=False):
    t = 0.0
    for text, style in word:
        f, s = font_of(style, size, bold)
        t += stringWidth(text, f, s)
    return t


def wrap(markup, widths, size, bold=False):
    """Greedy wrap. widths: width of first line, then of later lines."""
    ws = words(markup, size, bold)
    sp = stringWidth(" ", BOLD_FONT if bold else BODY_FONT, size)
    lines, cur, curw = [], [], 0.0
    for w in ws:
        avail = widths[0] if not lines else widths[1]
        ww = wwidth(w, size, bold)
        if cur and curw + sp + ww > avail:
            lines.append(cur)
            cur, curw = [w], ww
        else:
            curw = curw + (sp if cur else 0) + ww
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


def markers(line):
    return [t for w in line for (t, s) in w if s == "sup" and t in FOOTNOTES]


def draw_line(c, x, y, line, size, avail, justify, bold=False):
    sp = stringWidth(" ", BOLD_FONT if bold else BODY_FONT, size)
    natural = sum(wwidth(w, size, bold) for w in line) + sp * (len(line) - 1)
    tw = 0.0
    if justify and len(line) > 1:
        tw = (avail - natural) / (len(line) - 1)
        if tw > 5.0:   # leave a short, loose line ragged rather than stretch it
            tw = 0.0
    to = c.beginText(x, y)
    to.setWordSpace(tw)
    for i, w in enumerate(line):
        if i:
            f, s = font_of("r", size, bold)
            to.setFont(f, s)
            to.textOut(" ")
        for text, style in w:
            f, s = font_of(style, size, bold)
            to.setFont(f, s)
            if style == "sup":
                to.setRise(SUP_RISE if size >= FS - 0.1 else 3.0)
                to.textOut(text)
                to.setRise(0)
            else:
                to.textOut(text)
    c.drawText(to)


# ---------------------------------------------------------------- content
B = []  # blocks


def H(label, lines, sub=False):
    B.append(("heading", label, lines, sub))


def P(num, text):
    B.append(("para", num, text))


def I(level, label, text, gap_after=6.0):
    B.append(("item", level, label, text, gap_after))


def T(text):
    B.append(("text", text))


H("I.", ["INTRODUCTION"])
P(1, "The International Dialogue on Migration (IDM) is the Organization's principal forum for migration "
     "policy dialogue.<sup>1</sup> In 2022, the Administration is convening a workshop in Geneva on 24 and "
     "25 October to examine how migrants can be brought within national social protection systems, and what "
     "the experience of the past two years teaches about doing so in a manner that is fair, affordable and "
     "durable.")
P(2, "When the COVID-19 pandemic reached every region in the first months of 2020, migrant workers were among "
     "the first to lose their income and among the last to benefit from the emergency measures that followed. "
     "Many were employed in sectors that closed almost overnight, such as hospitality, domestic work, "
     "construction and seasonal agriculture, and a large proportion held informal or short-term contracts that "
     "gave no entitlement to unemployment benefits or paid sick leave. Remittances, which had been expected to "
     "fall sharply, proved more resilient than forecast, but often only because migrants drew on their savings "
     "or cut their own consumption to support their families at home. Those who lost both their jobs and "
     "their residence rights were often left with no choice but to return, frequently to communities that "
     "were themselves under severe economic strain.")
P(3, "This paper sets out the background to the workshop discussions. It summarizes the main obstacles that "
     "migrants face in gaining access to social protection, reviews a selection of the measures taken by "
     "governments during the pandemic, and proposes a number of areas in which States, social partners and "
     "international organizations could act together. It draws on the Migration Governance Framework, which "
     "the Council welcomed in Resolution No. 1310 of 24 November 2015, and on the Organization's Strategic "
     "Vision.<sup>2</sup> It does not seek to be exhaustive, and participants are encouraged to share practices "
     "that are not reflected here.")

H("II.", ["ACCESS OF MIGRANTS TO SOCIAL PROTECTION"])
H("A.", ["Legal and practical barriers"], sub=True)
P(4, "Social protection is recognized as a human right in a number of international instruments, yet the "
     "extent to which migrants enjoy it depends largely on their legal status, their length of residence and "
     "the type of work they perform. Contributory schemes generally require a minimum period of affiliation "
     "that short-term and circular migrants rarely complete, while non-contributory schemes, such as social "
     "assistance and child benefits, are often reserved for nationals or long-term residents. Migrants in an "
     "irregular situation are, in most countries, excluded from both. Self-employed migrants and those who "
     "find work through digital platforms face similar difficulties, since many schemes were designed around "
     "a standard employment relationship.")
P(5, "Even where migrants are legally entitled to benefits, practical obstacles frequently prevent them from "
     "claiming them. Information is seldom available in languages that migrants understand; application "
     "procedures may require documents that are difficult to obtain from abroad; and some migrants fear that "
     "approaching the authorities could affect their residence permit or lead to the disclosure of their "
     "personal data to immigration services. Employers, particularly small enterprises and households "
     "employing domestic workers, do not always register migrant employees with the relevant schemes, and "
     "labour inspection rarely reaches the workplaces concerned.")
H("B.", ["Portability of entitlements"], sub=True)
P(6, "For migrants who move between countries over their working lives, the question is not only one of "
     "access but also of portability: whether contributions paid in one country can be preserved, aggregated "
     "and eventually paid out in another. In the absence of such arrangements, a worker who contributes for "
     "several years to a pension scheme in a country of destination may lose those contributions entirely on "
     "returning home, or receive a lump sum well below their value.")
P(7, "Bilateral and multilateral social security agreements remain the principal instrument for ensuring "
     "portability. Their number has grown steadily, and several regional economic communities have adopted "
     "frameworks that allow periods of insurance to be aggregated across their member States.<sup>3</sup> "
     "Coverage is nonetheless uneven: most agreements concern long-term benefits such as old-age pensions, "
     "leave out health care and unemployment benefits, and apply mainly to migration corridors between "
     "higher-income countries.")

H("III.", ["LESSONS FROM NATIONAL RESPONSES TO THE PANDEMIC", "AND ITS SOCIO-ECONOMIC CONSEQUENCES"])
P(8, "Between March 2020 and the end of 2021, governments introduced or adapted well over a thousand social "
     "protection measures in response to the pandemic. A review of measures in 112 countries, carried out by "
     "the Administration for the purposes of this workshop, looked at whether each measure was open to "
     "non-nationals and, where it was, under what conditions. The results are summarized in table 1.")
B.append(("table",))
P(9, "Three observations stand out. First, some 42 per cent of the measures reviewed were open to migrants in "
     "some form, but fewer than one in ten applied regardless of migration status. Second, inclusion was most "
     "frequent in the case of health care, including testing, treatment and vaccination, and least frequent in "
     "the case of cash transfers. Third, a measure that was open in law was not necessarily accessible in "
     "practice: in several countries, the requirement to hold a national identification number or a bank "
     "account had the effect of excluding most migrants from schemes that were formally open to them.")
P(10, "Several governments found practical ways round these obstacles. Some accepted consular identity cards, "
      "foreign passports or documents issued by municipalities as proof of identity; others allowed benefits "
      "to be paid through mobile money or prepaid cards instead of bank accounts. A number of countries of "
      "origin also extended assistance to their nationals abroad through welfare funds financed by "
      "contributions from migrant workers, or supported those who returned home after losing their jobs.")
P(11, "Local and municipal authorities often played a decisive role, both by delivering assistance directly "
      "and by reaching migrants through community organizations and diaspora associations that enjoyed their "
      "trust. Where authorities gave clear assurances that information collected to deliver assistance would "
      "not be used for immigration enforcement, take-up by migrants in an irregular situation rose markedly. "
      "These experiences suggest that the design of a measure, and not only its legal scope, determines "
      "whether it reaches the people for whom it is intended.")

H("IV.", ["THE WAY FORWARD"])
P(12, "Many of the temporary measures adopted during the pandemic have now expired. The challenge for the "
      "coming years is to turn the lessons learned into lasting changes in the way social protection systems "
      "are designed and financed, at a time when public budgets are under strain and when rising food and "
      "energy prices are felt most acutely by low-income households, including migrant households.")
P(13, "Drawing on the experience summarized above, participants may wish to consider action in the following "
      "areas:")
I(1, "(a)", "Extending coverage in law, by reviewing nationality and residence conditions in social protection "
            "legislation and by ensuring that migrant workers in all sectors, including domestic and seasonal "
            "workers, are covered by labour and social security law;<sup>4</sup>")
I(1, "(b)", "Removing practical barriers to access, in particular by:", gap_after=4.0)
I(2, "(i)", "Providing information on entitlements in the languages spoken by migrant communities, through "
            "the channels they use;", gap_after=4.0)
I(2, "(ii)", "Accepting a wider range of identity documents and means of payment; and", gap_after=4.0)
I(2, "(iii)", "Separating the delivery of social services from immigration enforcement;")
I(1, "(c)", "Improving portability, by concluding new social security agreements, by extending existing ones "
            "to further branches of social security and by making better use of digital tools to exchange data "
            "between institutions.", gap_after=None)
P(14, "Countries of origin also have a part to play. Through pre-departure orientation, they can inform "
      "prospective migrants of the schemes they will be able to join abroad; through voluntary contribution "
      "schemes and welfare funds, they can offer a measure of protection to nationals who would otherwise have "
      "none; and through reintegration programmes, they can support those who return, whether by choice or "
      "because of a crisis.")
P(15, "Finally, no single actor can close the protection gap on its own. Cooperation between ministries of "
      "labour, social affairs, health, finance and foreign affairs is needed at the national level, and between "
      "countries of origin, transit and destination at the regional and international levels. IOM stands ready "
      "to support such cooperation, working closely with the International Labour Organization, the World "
      "Bank, the United Nations Network on Migration and other partners, including employers' and workers' "
      "organizations.")

H(None, ["GUIDING QUESTIONS FOR THE WORKSHOP"])
P(16, "The following questions are proposed to guide the discussions:")
I("b", "\u2022", "Which of the measures taken during the pandemic to include migrants in social protection "
                 "have been made permanent, and what made this possible?")
I("b", "\u2022", "How can social protection systems reach migrants in informal employment and migrants in an "
                 "irregular situation?")
I("b", "\u2022", "What role can countries of origin and diaspora organizations play in protecting migrants "
                 "and their families?")
I("b", "\u2022", "Which forms of cooperation between States, and with international organizations, have "
                 "proved most effective in making benefits portable?", gap_after=None)

B.append(("annex",))
T("The following working definitions are provided for ease of reference only. They are not legal "
  "definitions and are without prejudice to the terms used in national legislation or in international "
  "instruments.")
T("<b>Social protection:</b> the set of policies and programmes designed to reduce and prevent poverty and "
  "vulnerability throughout the life cycle, through social insurance, social assistance and access to "
  "essential services.")
T("<b>Contributory scheme:</b> a scheme in which entitlement to benefits depends on contributions paid by or "
  "on behalf of the insured person, usually by the worker and the employer.")
T("<b>Non-contributory scheme:</b> a scheme financed from general taxation, in which entitlement depends on "
  "residence, need or another criterion and not on past contributions.")
T("<b>Portability:</b> the ability of a person to keep social security rights already acquired, and rights in "
  "the course of acquisition, when moving from one country to another.")
T("<b>Migrant in an irregular situation:</b> a person who has crossed an international border and who is not "
  "authorized to enter or to stay in a State under the law of that State and the international agreements "
  "to which it is a party.")

TABLE_CAPTION = "Table 1. Social protection measures open to migrants, by region, 2020\u20132021"
TABLE_HEAD = [["", "Countries", "Measures", "Open to", "Regardless"],
              ["Region", "reviewed", "reviewed<sup>*</sup>", "migrants", "of status"]]
TABLE_ROWS = [
    ["Africa", "31", "412", "137", "22"],
    ["Americas", "24", "356", "168", "41"],
    ["Asia and the Pacific", "27", "389", "121", "17"],
    ["Europe", "19", "301", "214", "58"],
    ["Middle East and North Africa", "11", "143", "39", "6"],
    ["Total", "112", "1,601", "679", "144"],
]
TABLE_NOTE = ("* Measures announced between 1 March 2020 and 31 December 2021; the extension of an existing "
              "measure is counted once.")


# ---------------------------------------------------------------- page engine
class Doc:
    def __init__(self):
        self.c = canvas.Canvas(OUT, pagesize=A4)
        self.c.setTitle("IDM 2022 background paper")
        self.c.setAuthor("International Organization for Migration")
        self.page = 1
        self.annex = False
        self.fns = []       # footnote numbers on this page
        self.y = 0.0

    def fn_lines(self, n):
        return wrap("<sup>%s</sup> %s" % (n, FOOTNOTES[n]), (W, W - 8), FN_FS)

    def fn_height(self, ns):
        h = 0.0
        for n in ns:
            h += len(self.fn_lines(n)) * FN_LEAD + 2
        return h + (14 if ns else 0)

    def floor(self, extra_fns=()):
        return BOTTOM + self.fn_height(self.fns + [n for n in extra_fns if n not in self.fns])

    def header(self):
        c = self.c
        c.setFont(BODY_FONT, 9.5)
        lines = [RUNNING_TITLE] + (["Annex"] if self.annex else []) + ["Page %d" % self.page]
        y = 800
        for t in lines:
            c.drawRightString(PW - RM, y, t)
            y -= 11.5
        self.y = TOP_LATER - (11.5 if self.annex else 0)

    def finish_page(self):
        c = self.c
        if self.fns:
            lines = []
            for n in self.fns:
                lines.append(self.fn_lines(n))
            h = self.fn_height(self.fns)
            y = BOTTOM + h - 8
            c.setLineWidth(0.5)
            c.line(LM, y + 4, LM + 144, y + 4)
            y -= 10
            for ls in lines:
                for k, ln in enumerate(ls):
                    x = LM if k == 0 else LM + 8
                    draw_line(c, x, y, ln, FN_FS, W - (x - LM), False)
                    y -= FN_LEAD
                y -= 2
        c.showPage()
        self.page += 1
        self.fns = []
        self.header()

    def ensure(self, h, extra_fns=()):
        if self.y - h < self.floor(extra_fns):
            self.finish_page()

    def place_lines(self, lines, xs, avails, size, bold=False, label=None, label_x=None, justify_last=False):
        if len(lines) >= 3:   # no single first line left at a page foot
            self.ensure(2 * LEAD, markers(lines[0]) + markers(lines[1]))
        for k, ln in enumerate(lines):
            fns = markers(ln)
            self.ensure(LEAD, fns)
            x = xs[0] if k == 0 else xs[1]
            av = avails[0] if k == 0 else avails[1]
            if k == 0 and label is not None:
                # the bullet is set in Symbol: its Helvetica code (127) is lost by some extractors
                self.c.setFont("Symbol" if label == "\u2022" else (BOLD_FONT if bold else BODY_FONT), size)
                self.c.drawString(label_x, self.y - size, label)
            draw_line(self.c, x, self.y - size, ln, size, av,
                      justify=(k < len(lines) - 1) or justify_last, bold=bold)
            for n in fns:
                if n not in self.fns:
                    self.fns.append(n)
            self.y -= LEAD


def cover(d):
    c = d.c
    c.setFont(BODY_FONT, 10.5)
    c.drawRightString(PW - RM, TOP_FIRST, "Original: English")
    c.drawRightString(PW - RM, TOP_FIRST - 13, "Geneva, 26 September 2022")
    c.setFont(BOLD_FONT, 11)
    c.drawCentredString(PW / 2, TOP_FIRST - 52, "INTERNATIONAL DIALOGUE ON MIGRATION")
    c.setFont(BOLD_FONT, 12.5)
    c.drawCentredString(PW / 2, TOP_FIRST - 88, "INCLUSIVE SOCIAL PROTECTION FOR MIGRANTS:")
    c.drawCentredString(PW / 2, TOP_FIRST - 104, "LESSONS FROM THE PANDEMIC RECOVERY")
    c.setFont(ITAL_FONT, 11)
    c.drawCentredString(PW / 2, TOP_FIRST - 124, "(Background paper)")
    d.y = TOP_FIRST - 150


def table(d):
    c = d.c
    cols = [LM + 6, LM + 226, LM + 282, LM + 338, LM + 404]   # first col left, others right edges below
    rights = [None, LM + 268, LM + 328, LM + 388, LM + 445]
    note_lines = wrap(TABLE_NOTE, (W - 12, W - 12), FN_FS)
    h = 16 + 2 * 12 + 6 + len(TABLE_ROWS) * 13 + 8 + len(note_lines) * FN_LEAD + 4
    d.ensure(h)
    y = d.y - 10
    c.setFont(BOLD_FONT, 10)
    c.drawCentredString(PW / 2, y, TABLE_CAPTION)
    y -= 8
    c.setLineWidth(0.6)
    c.line(LM, y, LM + W, y)
    y -= 11
    for r in TABLE_HEAD:
        for j, cell in enumerate(r):
            if not cell:
                continue
            segs = runs(cell)
            wdt = sum(stringWidth(t, *(font_of(s, 9.5, True))) for t, s in segs)
            x = cols[0] if j == 0 else rights[j] - wdt
            to = c.beginText(x, y)
            for t, s in segs:
                f, sz = font_of(s, 9.5, True)
                if s == "sup":
                    sz = 6.5
                to.setFont(f, sz)
                to.setRise(3 if s == "sup" else 0)
                to.textOut(t)
            to.setRise(0)
            c.drawText(to)
        y -= 11.5
    y += 5
    c.setLineWidth(0.4)
    c.line(LM, y, LM + W, y)
    y -= 12
    for r in TABLE_ROWS:
        bold = r[0] == "Total"
        if bold:
            c.setLineWidth(0.4)
            c.line(LM, y + 9.5, LM + W, y + 9.5)
        f = BOLD_FONT if bold else BODY_FONT
        c.setFont(f, 9.5)
        c.drawString(cols[0], y, r[0])
        for j in range(1, 5):
            c.drawRightString(rights[j], y, r[j])
        y -= 13
    y += 8
    c.setLineWidth(0.6)
    c.line(LM, y, LM + W, y)
    y -= 11
    for ln in note_lines:
        draw_line(c, LM + 6, y, ln, FN_FS, W - 12, False)
        y -= FN_LEAD
    d.y = y - 10


def build():
    d = Doc()
    cover(d)
    prev = None
    for bi, b in enumerate(B):
        kind = b[0]
        if kind == "heading":
            _, label, lines, sub = b
            # keep with next: heading lines + 3 lines
            d.ensure(len(lines) * LEAD + 4 * LEAD)
            if sub:
                d.y -= 0
            font = BOLDITAL_FONT if sub else BOLD_FONT
            for k, t in enumerate(lines):
                if k == 0 and label:
                    d.c.setFont(font, FS)
                    d.c.drawString(LM, d.y - FS, label)
                d.c.setFont(font, FS)
                d.c.drawString(LM + 36 if label else LM, d.y - FS, t)
                d.y -= LEAD
            d.y -= LEAD * 0.9
        elif kind == "para":
            _, num, text = b
            lines = wrap(text, (W - 36, W), FS)
            d.place_lines(lines, (LM + 36, LM), (W - 36, W), FS, label="%d." % num, label_x=LM)
            nxt = B[bi + 1][0] if bi + 1 < len(B) else None
            d.y -= 6 if nxt == "item" else LEAD * 0.9
        elif kind == "item":
            _, level, label, text, gap = b
            if level == "b":
                lx, tx = LM + 36, LM + 54
            elif level == 1:
                lx, tx = LM + 36, LM + 72
            else:
                lx, tx = LM + 72, LM + 108
            av = W - (tx - LM)
            lines = wrap(text, (av, av), FS)
            d.place_lines(lines, (tx, tx), (av, av), FS, label=label, label_x=lx)
            d.y -= LEAD * 0.9 if gap is None else gap
        elif kind == "table":
            table(d)
        elif kind == "annex":
            d.annex = True
            d.finish_page()
            d.c.setFont(BOLD_FONT, 12)
            d.c.drawCentredString(PW / 2, d.y - 12, "Annex")
            d.y -= 30
            d.c.drawCentredString(PW / 2, d.y - 12, "SELECTED TERMS USED IN THIS PAPER")
            d.y -= 36
        elif kind == "text":
            _, text = b
            lines = wrap(text, (W, W), FS)
            d.place_lines(lines, (LM, LM), (W, W), FS)
            d.y -= LEAD * 0.9
        prev = kind
    # last page footnotes
    c = d.c
    if d.fns:
        raise SystemExit("footnotes on last page not expected")
    c.showPage()
    c.save()
    print("pages:", d.page)


if __name__ == "__main__":
    build()
