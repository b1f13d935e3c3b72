# Draws dg-report-2010.pdf: an invented IOM Director General's report on the work of
# the Organization for the year 2009 (MC era, 2010), laid out by hand with reportlab.
import re
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

NAME = "dg-report-2010"
SYMBOL = "MC/2289"
W, H = A4
LM = 70.0          # left margin (paragraph numbers sit here)
TX = 106.0         # text indent of numbered paragraphs
RM = W - 70.0      # right edge of text
BOTTOM = 66.0      # lowest baseline of the footnote area
BODY_TOP = 742.0   # first baseline of body text on numbered pages

FONT = {"sym": "Symbol", "r": "Times-Roman", "b": "Times-Bold", "i": "Times-Italic", "bi": "Times-BoldItalic"}
SIZE = 11.0
LEAD = 13.6
FN_SIZE = 9.0
FN_LEAD = 11.0
SUP_SIZE = 6.5
PARA_GAP = 12.0
ITEM_GAP = 6.0

# ---------------------------------------------------------------- rich text
def parse(text, base="r"):
    """Return a list of words; each word is a list of runs (string, style, is_sup)."""
    chars = []
    style = base
    i = 0
    while i < len(text):
        if text.startswith("<i>", i):
            style = "bi" if base == "b" else "i"; i += 3; continue
        if text.startswith("</i>", i):
            style = base; i += 4; continue
        m = re.match(r"\^\{(\d+)\}", text[i:])
        if m:
            for ch in m.group(1):
                chars.append((ch, "r", True))
            i += len(m.group(0)); continue
        chars.append((text[i], style, False))
        i += 1
    words, cur = [], []
    for ch in chars:
        if ch[0] == " " and not ch[2]:
            if cur:
                words.append(cur); cur = []
        else:
            cur.append(ch)
    if cur:
        words.append(cur)
    out = []
    for w in words:
        runs = []
        for c, s, sup in w:
            if runs and runs[-1][1] == s and runs[-1][2] == sup:
                runs[-1][0] += c
            else:
                runs.append([c, s, sup])
        out.append(runs)
    return out


def run_w(run, size):
    s, st, sup = run
    return stringWidth(s, FONT[st], SUP_SIZE if sup else size)


def word_w(word, size):
    return sum(run_w(r, size) for r in word)


def markers_of(word):
    return [r[0] for r in word if r[2]]


def wrap(words, first_width, width, size):
    lines, cur, cw = [], [], 0.0
    sp = stringWidth(" ", FONT["r"], size)
    avail = first_width
    for w in words:
        ww = word_w(w, size)
        if cur and cw + sp + ww > avail:
            lines.append(cur)
            cur, cw = [], 0.0
            avail = width
        cw = ww if not cur else cw + sp + ww
        cur.append(w)
    if cur:
        lines.append(cur)
    return lines


def draw_words(c, words, x, y, width, size, justify):
    sp = stringWidth(" ", FONT["r"], size)
    total = sum(word_w(w, size) for w in words)
    gap = sp
    if justify and len(words) > 1:
        gap = (width - total) / (len(words) - 1)
    for w in words:
        for s, st, sup in w:
            if sup:
                c.setFont(FONT["r"], SUP_SIZE)
                c.drawString(x, y + 4.2 * size / 11.0, s)
                x += stringWidth(s, FONT["r"], SUP_SIZE)
            else:
                c.setFont(FONT[st], size)
                c.drawString(x, y, s)
                x += stringWidth(s, FONT[st], size)
        x += gap


# ---------------------------------------------------------------- footnotes
FOOTNOTES = {
    "1": "The IOM Strategy was adopted by the Council through Resolution No. 1150 of 7 June 2007. "
         "The twelve strategic points and the activities that support them are described in "
         "document MC/INF/287.",
    "2": "The figure covers departures from the camps in Jhapa and Morang districts only. Refugees "
         "from Bhutan processed in Kathmandu under family reunification arrangements are counted "
         "under the general movement figures.",
    "3": "These questions were discussed in the Standing Committee on Programmes and Finance on the "
         "basis of document MC/INF/297 on labour mobility in times of economic crisis.",
    "4": "Only persons who received direct assistance from IOM or from a partner organization under an "
         "IOM-funded project are counted. Victims are identified by the national authorities or by IOM "
         "staff using the definition of trafficking in persons contained in the Protocol supplementing "
         "the United Nations Convention against Transnational Organized Crime, and each victim is counted "
         "once, in the country where assistance began, even where return and reintegration assistance "
         "was later provided in the country of origin. Victims who were identified but declined "
         "assistance are not included.",
    "5": "Detailed figures are given in the Financial Report for the Year Ended 31 December 2009 "
         "(MC/2288) and in the Programme and Budget for 2010 (MC/2272).",
}

# ---------------------------------------------------------------- document body
# block kinds: title, h1 (label, [lines]), h2 (label, text), para (num, text),
# item (label, text, level), bullet (text), table (caption, header, rows, colspec)
BODY = [
    ("title", ["REPORT OF THE DIRECTOR GENERAL ON THE WORK OF",
               "THE ORGANIZATION FOR THE YEAR 2009"]),
    ("h1", "I.", ["INTRODUCTION"]),
    ("para", "1", "This report gives an account of the activities of the International Organization for "
     "Migration (IOM) in 2009 and of the main developments in its membership, staffing and finances during "
     "that year. As in previous years, it is submitted to the Executive Committee and to the Council "
     "together with the Financial Report for the Year Ended 31 December 2009, to which reference should be "
     "made for the audited figures."),
    ("para", "2", "The year under review was dominated by the consequences of the global economic downturn. "
     "Several of the main countries of destination reduced their admission quotas for foreign workers in "
     "the first months of 2009, remittances to a number of developing countries fell for the first time in "
     "a decade, and the number of migrants who returned to their countries of origin, whether voluntarily "
     "or not, rose in Europe, the Gulf States and East Asia. At the same time, large-scale displacement in "
     "Pakistan and Sri Lanka and a succession of natural disasters in South-East Asia and the Pacific "
     "placed heavy demands on the Organization's emergency capacity."),
    ("para", "3", "The work of the Organization continued to be guided by the twelve points of the IOM "
     "Strategy.^{1} In the course of the year the Administration undertook a first review of the way in "
     "which the Strategy has been applied in the field offices; its findings will be presented to the "
     "Member States in 2010, together with proposals for the structural reform of the Organization that "
     "were requested at the Ninety-eighth Session of the Council."),
    ("h1", "II.", ["OVERVIEW OF OPERATIONAL ACTIVITIES AND", "MIGRATION MANAGEMENT SERVICES"]),
    ("para", "4", "The number of persons who received direct assistance from IOM rose from some 1.84 "
     "million in 2008 to over 2.13 million in 2009. The increase is due almost entirely to the emergency "
     "and post-crisis operations described below; most other programme areas remained stable or declined "
     "slightly, reflecting lower demand for labour migration services. Table 1 sets out the figures by "
     "programme area."),
    ("table", "Table 1: Persons assisted by programme area, 2008 and 2009",
     ["Programme area", "2008", "2009"],
     [["Movement and resettlement assistance", "212,480", "198,350"],
      ["Emergency and post-crisis operations", "1,136,200", "1,418,750"],
      ["Migration health assessments", "281,940", "305,620"],
      ["Assisted voluntary return and reintegration", "41,370", "37,860"],
      ["Counter-trafficking assistance", "5,210", "5,780"],
      ["Labour migration and integration", "64,530", "58,910"],
      ["Other programmes", "96,880", "109,440"],
      ["Total", "1,838,610", "2,134,710"]],
     [(TX, "l"), (400, "r"), (480, "r")]),
    ("h2", "A.", "Movement, emergency and post-crisis migration management"),
    ("para", "5", "The Organization arranged the resettlement or onward movement of 198,350 persons in "
     "2009, on behalf of 27 resettlement countries and in close cooperation with the Office of the United "
     "Nations High Commissioner for Refugees (UNHCR). The largest programmes concerned:"),
    ("bullet", "refugees from Iraq, processed in Jordan, Lebanon and the Syrian Arab Republic and resettled "
     "mainly in the United States, Australia and several European countries;"),
    ("bullet", "refugees from Bhutan living in the camps of eastern Nepal, of whom 19,470 departed for "
     "eight resettlement countries during the year;^{2}"),
    ("bullet", "refugees from Myanmar in Thailand and Malaysia; and"),
    ("bullet", "Somali and Ethiopian refugees processed in Kenya and Ethiopia."),
    ("para", "6", "In the emergency field, the Organization responded in particular to:"),
    ("item", "(a)", "the displacement of close to two million persons in the North-West Frontier Province "
     "of Pakistan, where IOM led the emergency shelter cluster and distributed shelter kits and household "
     "items to some 390,000 families;", 1),
    ("item", "(b)", "typhoons Ketsana and Parma, which struck the Philippines and Viet Nam in September and "
     "October 2009, and the earthquake in West Sumatra, Indonesia; and", 1),
    ("item", "(c)", "the return of internally displaced persons to their places of origin in northern "
     "Uganda and in the Vanni region of Sri Lanka.", 1),
    ("para", "7", "Emergency and post-crisis operations accounted for two thirds of all persons assisted "
     "in 2009. IOM continued to act as global lead agency of the Camp Coordination and Camp Management "
     "Cluster for natural disasters and trained over 1,200 national and local officials in camp management "
     "techniques. Post-crisis programmes in Afghanistan, Colombia, Haiti, Iraq, Sudan and Timor-Leste "
     "combined community stabilization, small-scale infrastructure and the reintegration of ex-combatants, "
     "and accounted for a growing share of the Organization's project portfolio."),
    ("h2", "B.", "Migration health"),
    ("para", "8", "Health assessments for migrants and refugees, carried out at the request of receiving "
     "States, rose to 305,620, of which slightly over half were performed in the IOM health assessment "
     "centres in Asia. The tuberculosis detection and treatment programmes for migrants bound for "
     "Australia, Canada, the United Kingdom and the United States were extended to three new countries "
     "of departure."),
    ("para", "9", "The outbreak of pandemic influenza A (H1N1) in April 2009 led the Organization to "
     "review its procedures at short notice. Its response focused on:"),
    ("item", "(a)", "pre-departure screening and, where necessary, the deferral of travel of refugees and "
     "migrants showing symptoms of influenza-like illness;", 1),
    ("item", "(b)", "support to governments in the management of health at borders, including:", 1),
    ("item", "(i)", "the training of border and health officials at points of entry in Central America, "
     "the Southern Caucasus and the Mekong subregion; and", 2),
    ("item", "(ii)", "the provision of thermal scanners and protective equipment to border posts in nine "
     "countries; and", 2),
    ("item", "(c)", "the production of information material on prevention in 14 languages spoken by "
     "migrant communities.", 1),
    ("h2", "C.", "Migration and development"),
    ("para", "10", "The Organization's migration and development activities concentrated on the mobilization "
     "of diaspora skills and on the productive use of remittances. Under the Migration for Development in "
     "Africa (MIDA) programme, 318 diaspora professionals completed temporary assignments in health, "
     "education and public administration in 11 African countries. Remittance projects in Central America, "
     "the Republic of Moldova and Tajikistan helped to reduce transfer costs and to link remittance "
     "recipients with savings and microcredit institutions."),
    ("para", "11", "The economic crisis made it necessary to support migrants who had lost their employment "
     "abroad and returned home without savings. Return and reintegration assistance for such migrants was "
     "offered on a pilot basis in Indonesia, the Philippines and Nepal, and the Organization advised "
     "several governments on measures to protect the rights of migrant workers who remained in countries "
     "of destination.^{3}"),
    ("h2", "D.", "Regulating and facilitating migration"),
    ("para", "12", "Assisted voluntary return and reintegration programmes helped 37,860 migrants to return "
     "home, most of them from countries of the European Union, Switzerland and Norway. The decline compared "
     "with 2008 reflects the end of two large programmes in the Balkans rather than a fall in demand. "
     "Reintegration grants were made available in 46 countries of origin."),
    ("para", "13", "IOM provided assistance to 5,780 victims of trafficking^{4} in some 85 countries, "
     "including shelter, medical and psychosocial care, legal counselling and return assistance. A growing "
     "proportion of the victims had been trafficked for forced labour rather than sexual exploitation. "
     "IOM also trained law-enforcement and judicial officials and supported the drafting of national "
     "legislation in eight States."),
    ("para", "14", "In the field of labour migration, IOM assisted some 58,910 migrant workers through "
     "pre-departure orientation, skills recognition and matching services, mainly in Asia and Latin "
     "America. Technical cooperation on migration management, including border management and travel "
     "document security, was provided to 62 governments."),
    ("h1", "III.", ["MIGRATION POLICY, RESEARCH AND COMMUNICATIONS"]),
    ("h2", "A.", "International Dialogue on Migration"),
    ("para", "15", "The International Dialogue on Migration was held in 2009 under the overarching theme "
     "\u201cMigration in a Changing Economic Environment\u201d. Two intersessional workshops took place in "
     "Geneva, on the effects of the economic crisis on migrant workers and their families (March) and on "
     "migration and climate change (October). The high-level panel at the Ninety-eighth Session of the "
     "Council examined the role of migrants' associations in policy-making."),
    ("para", "16", "The Organization continued to support the regional consultative processes on migration, "
     "providing secretariat services to eleven of them, and contributed to the preparation of the third "
     "meeting of the Global Forum on Migration and Development, held in Athens in November 2009."),
    ("h2", "B.", "Research and publications"),
    ("para", "17", "Research and publications in 2009 included the following:"),
    ("bullet", "migration profiles were completed for 15 countries, most of them in West and Central "
     "Africa and in the Black Sea region;"),
    ("bullet", "preparatory work began on the <i>World Migration Report 2010</i>, which will address the "
     "capacities that States need to manage migration in the coming decades; and"),
    ("bullet", "the journal <i>International Migration</i> published five issues, and 12 titles appeared in "
     "the <i>IOM Migration Research Series</i>."),
    ("h1", "IV.", ["MEMBERSHIP, STAFF AND RESOURCES"]),
    ("h2", "A.", "Membership and observers"),
    ("para", "18", "At its Ninety-eighth Session in November 2009, the Council admitted Burundi and Papua "
     "New Guinea as Member States, by Resolutions Nos. 1181 and 1182 respectively, and granted observer "
     "status to two intergovernmental organizations. At the end of the year the Organization had 127 "
     "Member States, and 17 States and over 80 international and non-governmental organizations held "
     "observer status."),
    ("h2", "B.", "Staff and offices"),
    ("para", "19", "As at 31 December 2009, IOM employed 6,772 staff, of whom 605 were officials and 6,167 "
     "were employees. Over 90 per cent of staff worked in the field. The distribution of staff by region "
     "is shown in Table 2."),
    ("table", "Table 2: Staff by region as at 31 December 2009",
     ["Region", "Officials", "Employees", "Total"],
     [["Africa", "118", "1,642", "1,760"],
      ["Middle East", "41", "486", "527"],
      ["Latin America and the Caribbean", "52", "611", "663"],
      ["North America", "14", "97", "111"],
      ["Asia and Oceania", "96", "1,905", "2,001"],
      ["Europe", "87", "1,024", "1,111"],
      ["Headquarters and Administrative Centres", "197", "402", "599"],
      ["Total", "605", "6,167", "6,772"]],
     [(TX, "l"), (380, "r"), (445, "r"), (510, "r")]),
    ("para", "20", "The Organization maintained over 440 field locations. New offices were opened in "
     "Botswana, Papua New Guinea and Turkmenistan. The Manila and Panama Administrative Centres took over "
     "further accounting and staff administration functions from Headquarters, in line with the decisions "
     "taken on the structure of the Organization in 2008."),
    ("para", "21", "The security of staff remained a matter of serious concern. One staff member lost his "
     "life in Pakistan in the course of duty, and IOM offices in Afghanistan, Somalia and Sudan operated "
     "for much of the year under the most restrictive security phases of the United Nations system."),
    ("h2", "C.", "Financial overview"),
    ("para", "22", "Total expenditure in 2009 amounted to USD 1.01 billion, compared with USD 1.03 billion "
     "in 2008. Expenditure under the Administrative Part of the Budget was CHF 38.6 million, and that "
     "under the Operational Part of the Budget USD 972 million, almost all of it funded by earmarked "
     "voluntary contributions.^{5}"),
    ("para", "23", "Outstanding assessed contributions to the Administrative Part of the Budget fell to "
     "CHF 3.9 million at the end of the year. Eleven Member States were subject to the provisions of "
     "Article 4 of the Constitution, and three of them agreed on payment plans with the Administration "
     "during the year."),
    ("h1", "V.", ["CONCLUDING REMARKS"]),
    ("para", "24", "The year 2009 showed both the resilience of migration and the vulnerability of migrants. "
     "Although the crisis slowed new labour migration, it did not lead to the mass return that many had "
     "predicted, and the demand for the Organization's services continued to grow. The Director General "
     "wishes to thank the Member States, donors and partners for their support, and the staff of the "
     "Organization for their commitment, often under difficult conditions."),
]


# ---------------------------------------------------------------- layout
class Page:
    def __init__(self, label):
        self.label = label
        self.ops = []          # (kind, args)
        self.fn_lines = []     # list of (words, x, width, justify, first_marker)
        self.fn_cont = False   # page begins with a continued footnote


def fn_lines_for(mark, text):
    words = parse(text)
    ind = LM + 8.0
    lines = wrap(words, RM - ind, RM - LM, FN_SIZE)
    out = []
    for i, ln in enumerate(lines):
        out.append((ln, ind if i == 0 else LM, (RM - ind) if i == 0 else (RM - LM),
                    i < len(lines) - 1, mark if i == 0 else None))
    return out


def fn_height(n):
    return 0 if n == 0 else 14.0 + n * FN_LEAD


class Layout:
    def __init__(self):
        self.pages = []
        self.carry = []
        self.toc = []
        self.fn_log = []
        self.new_page()

    def new_page(self):
        p = Page(str(len(self.pages) + 1))
        if self.carry:
            p.fn_lines.extend(self.carry)
            p.fn_cont = True
            self.carry = []
        self.pages.append(p)
        self.y = BODY_TOP
        self.page = p
        self.first_on_page = True

    def limit(self, extra_fn=0):
        return BOTTOM + fn_height(len(self.page.fn_lines) + extra_fn)

    def space(self, pts):
        if not self.first_on_page:
            self.y -= pts

    def place_line(self, op, lead, marks=()):
        """Place one body line, with the footnotes whose markers it carries."""
        fl = []
        for m in marks:
            fl.extend(fn_lines_for(m, FOOTNOTES[m]))
        y = self.y - (0 if self.first_on_page else lead)
        if y < self.limit(len(fl)):
            # try a split footnote: keep at least two of its lines on this page
            if fl and y >= self.limit(2):
                room = 0
                while y >= self.limit(room + 1) and room + 1 <= len(fl):
                    room += 1
                if room >= 3 and y - LEAD >= self.limit(room - 1):
                    room -= 1      # leave room for one more line of text
                self.page.fn_lines.extend(fl[:room])
                self.carry = fl[room:]
                self.fn_log.append((marks, self.page.label, "split %d/%d" % (room, len(fl))))
                self.y = y
                self.page.ops.append(op(y))
                self.first_on_page = False
                return
            self.new_page()
            y = self.y
        self.page.fn_lines.extend(fl)
        if marks:
            self.fn_log.append((marks, self.page.label, "whole"))
        self.y = y
        self.page.ops.append(op(y))
        self.first_on_page = False

    def need(self, pts):
        if self.y - pts < self.limit():
            self.new_page()

    def text_block(self, words, first_x, x, label=None, label_x=None, label_font="r"):
        first_w = RM - first_x
        lines = wrap(words, first_w, RM - x, SIZE)
        for i, ln in enumerate(lines):
            lx = first_x if i == 0 else x
            lw = RM - lx
            just = i < len(lines) - 1
            marks = [m for w in ln for m in markers_of(w)]
            lab = label if i == 0 else None

            def op(y, ln=ln, lx=lx, lw=lw, just=just, lab=lab):
                return ("words", ln, lx, y, lw, just, lab, label_x, label_font)
            self.place_line(op, LEAD, marks)


def build():
    L = Layout()
    for blk in BODY:
        k = blk[0]
        if k == "title":
            for t in blk[1]:
                L.place_line(lambda y, t=t: ("center", t, y, "b"), LEAD)
            L.y -= 10
        elif k == "h1":
            L.space(PARA_GAP + 4)
            L.need(LEAD * (len(blk[2]) + 4))
            L.toc.append((1, blk[1], blk[2], L.page.label))
            for i, t in enumerate(blk[2]):
                lab = blk[1] if i == 0 else None
                L.place_line(lambda y, t=t, lab=lab: ("head", lab, t, y, "b"), LEAD)
            L.y -= 4
        elif k == "h2":
            L.space(PARA_GAP)
            L.need(LEAD * 4)
            L.toc.append((2, blk[1], [blk[2]], L.page.label))
            L.place_line(lambda y: ("head", blk[1], blk[2], y, "b"), LEAD)
            L.y -= 3
        elif k == "para":
            L.space(PARA_GAP)
            L.text_block(parse(blk[2]), TX, TX, label=blk[1] + ".", label_x=LM)
        elif k == "item":
            L.space(ITEM_GAP)
            lvl = blk[3]
            lab_x = TX + (lvl - 1) * 36.0
            tx = lab_x + 36.0
            L.text_block(parse(blk[2]), tx, tx, label=blk[1], label_x=lab_x)
        elif k == "bullet":
            L.space(ITEM_GAP)
            L.text_block(parse(blk[1]), TX + 18.0, TX + 18.0, label="\u2022", label_x=TX + 4.0,
                         label_font="sym")
        elif k == "table":
            _, cap, head, rows, cols = blk
            L.space(12)
            h = LEAD * (len(rows) + 3) + 14
            L.need(h)
            L.place_line(lambda y: ("tcap", cap, y), LEAD)
            L.y -= 4
            L.place_line(lambda y: ("trow", head, cols, y, "b", "top"), LEAD)
            L.y -= 3
            for r in rows:
                st = "b" if r[0] == "Total" else "r"
                rule = "total" if r[0] == "Total" else None
                L.place_line(lambda y, r=r, st=st, rule=rule: ("trow", r, cols, y, st, rule), LEAD + 1)
            L.page.ops.append(("hline", TX, RM, L.y - 5))
            L.y -= 6
    return L


# ---------------------------------------------------------------- drawing
def header(c, label):
    c.setFont(FONT["r"], 10)
    c.drawRightString(RM, 800, SYMBOL)
    c.drawRightString(RM, 788, "Page " + label)


def draw_op(c, op):
    k = op[0]
    if k == "words":
        _, ln, lx, y, lw, just, lab, lab_x, lab_font = op
        if lab:
            c.setFont(FONT[lab_font], SIZE)
            c.drawString(lab_x, y, lab)
        draw_words(c, ln, lx, y, lw, SIZE, just)
    elif k == "center":
        _, t, y, st = op
        c.setFont(FONT[st], SIZE)
        c.drawCentredString((LM + RM) / 2, y, t)
    elif k == "head":
        _, lab, t, y, st = op
        c.setFont(FONT[st], SIZE)
        if lab:
            c.drawString(LM, y, lab)
        c.drawString(TX, y, t)
    elif k == "tcap":
        _, cap, y = op
        c.setFont(FONT["b"], 10.5)
        c.drawString(TX, y, cap)
    elif k == "trow":
        _, cells, cols, y, st, rule = op
        c.setFont(FONT[st], 10.5)
        for cell, (x, al) in zip(cells, cols):
            if al == "l":
                c.drawString(x + 3, y, cell)
            else:
                c.drawRightString(x, y, cell)
        c.setLineWidth(0.5)
        if rule == "top":
            c.line(TX, y + 11, RM, y + 11)
            c.line(TX, y - 4, RM, y - 4)
        if rule == "total":
            c.line(TX, y + 10, RM, y + 10)
    elif k == "hline":
        _, x1, x2, y = op
        c.setLineWidth(0.5)
        c.line(x1, y, x2, y)


def draw_footnotes(c, page):
    if not page.fn_lines:
        return
    n = len(page.fn_lines)
    top = BOTTOM + (n - 1) * FN_LEAD + FN_LEAD + 2
    c.setLineWidth(0.5)
    c.line(LM, top, LM + (RM - LM if page.fn_cont else 144), top)
    y = BOTTOM + (n - 1) * FN_LEAD
    for ln, x, w, just, mark in page.fn_lines:
        if mark:
            c.setFont(FONT["r"], SUP_SIZE)
            c.drawString(LM, y + 3.5, mark)
        draw_words(c, ln, x, y, w, FN_SIZE, just)
        y -= FN_LEAD


def cover(c):
    c.setFont(FONT["b"], 11)
    c.drawRightString(RM, 790, SYMBOL)
    c.setFont(FONT["r"], 11)
    c.drawRightString(RM, 776, "Original: English")
    c.drawRightString(RM, 762, "21 May 2010")
    c.setFont(FONT["b"], 11)
    c.drawCentredString(W / 2, 700, "NINETY-NINTH SESSION")
    c.setLineWidth(1)
    c.line(LM, 684, RM, 684)
    c.setFont(FONT["b"], 13)
    c.drawCentredString(W / 2, 520, "REPORT OF THE DIRECTOR GENERAL ON THE WORK")
    c.drawCentredString(W / 2, 501, "OF THE ORGANIZATION FOR THE YEAR 2009")
    c.setLineWidth(0.5)
    c.line(LM, 180, LM + 144, 180)
    c.setFont(FONT["r"], 10.5)
    c.drawString(LM, 164, "This document is submitted to the Executive Committee at its Hundred and seventh Session")
    c.drawString(LM, 151, "in June 2010.")
    c.setLineWidth(1)
    c.line(LM, 92, RM, 92)
    c.setFont(FONT["b"], 11)
    for x, t in ((150, "COUNCIL"), (W / 2, "CONSEIL"), (W - 150, "CONSEJO")):
        c.drawCentredString(x, 74, t)


def toc_page(c, toc):
    header(c, "i")
    c.setFont(FONT["b"], 11)
    c.drawCentredString(W / 2, 730, "CONTENTS")
    c.setFont(FONT["r"], 10)
    c.drawRightString(RM, 706, "Page")
    y = 686
    for lvl, lab, lines, pg in toc:
        if lvl == 1:
            y -= 8
            lx, tx, st = LM, TX, "b"
        else:
            lx, tx, st = TX, TX + 22, "r"
        text = " ".join(lines)
        # wrap long entries so that the leader has room
        maxw = RM - 40 - tx
        words = text.split()
        rows, cur = [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if stringWidth(t, FONT[st], 11) > maxw and cur:
                rows.append(cur); cur = w
            else:
                cur = t
        rows.append(cur)
        c.setFont(FONT[st], 11)
        c.drawString(lx, y, lab)
        for i, r in enumerate(rows):
            c.setFont(FONT[st], 11)
            c.drawString(tx, y, r)
            if i == len(rows) - 1:
                end = tx + stringWidth(r, FONT[st], 11) + 4
                c.setFont(FONT["r"], 11)
                dw = stringWidth(".", FONT["r"], 11)
                n = int((RM - 20 - end) / dw)
                c.drawString(end, y, "." * n)
                c.drawRightString(RM, y, pg)
            y -= 15
    return


def main():
    L = build()
    for m, pg, how in L.fn_log:
        print("footnote", m, "page", pg, how)
    for t in L.toc:
        print("toc", t)
    print("body pages", len(L.pages))
    c = canvas.Canvas(NAME + ".pdf", pagesize=A4)
    c.setTitle("Report of the Director General on the Work of the Organization for the Year 2009")
    c.setAuthor("International Organization for Migration")
    cover(c)
    c.showPage()
    toc_page(c, L.toc)
    c.showPage()
    for p in L.pages:
        header(c, p.label)
        for op in p.ops:
            draw_op(c, op)
        draw_footnotes(c, p)
        c.showPage()
    c.save()


if __name__ == "__main__":
    main()
