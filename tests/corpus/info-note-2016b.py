# Draws info-note-2016b.pdf: an invented IOM Council information note (C-era, 2016).
import re
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = "info-note-2016b.pdf"
SYMBOL = "C/107/INF/2"
PW, PH = A4
L = 72.0                 # left margin
R = PW - 68.0            # right edge of text
W = R - L
TAB = 36.0
TOP = 752.0              # first baseline of text on a page
BOTTOM = 62.0            # lowest baseline allowed (footnotes included)

F, FB, FBI = "Helvetica", "Helvetica-Bold", "Helvetica-BoldOblique"
FS, LEAD = 10.0, 13.0
FNS, FNLEAD = 8.0, 9.6
SUPS = 6.0
PARA_GAP = 8.0

TITLE_LINES = ["MIGRATION DATA FOR EVIDENCE-BASED POLICY:",
               "IOM'S CONTRIBUTION TO THE FOLLOW-UP OF THE",
               "2030 AGENDA FOR SUSTAINABLE DEVELOPMENT"]

# ----------------------------------------------------------------------------------------------
FOOTNOTES = {
    1: "See document C/106/40, \"Migration Governance Framework\", and Council Resolution No. 1310 "
       "of 24 November 2015, by which the Council welcomed the Framework and requested the Director "
       "General to keep it under review in consultation with Member States.",
    2: "The Agreement concerning the Relationship between the United Nations and the International "
       "Organization for Migration was approved by the Council at a special session held on 30 June 2016 "
       "and was signed by the Secretary-General of the United Nations and the Director General of IOM on "
       "19 September 2016. Under its terms, IOM retains its independent legal status, its constitutional "
       "governance structure and its own budgetary arrangements, while undertaking to cooperate closely "
       "with the United Nations Secretariat and with the funds, programmes and specialized agencies of the "
       "United Nations system. The Agreement also provides for reciprocal representation at meetings and "
       "for the exchange of information and documents, including statistical information, subject to such "
       "arrangements as may be needed to protect material of a confidential nature.",
    4: "The surveys were conducted between October 2015 and September 2016 by trained IOM staff, using a "
       "standard questionnaire administered in the languages of the respondents, who were selected at "
       "transit points and reception centres. The results cannot therefore be regarded as representative of "
       "all migrants using these routes, but they give a reliable indication of the prevalence of abuse, "
       "exploitation and trafficking along them. The methodology was presented to Member States at the "
       "Eighteenth Session of the Standing Committee on Programmes and Finance (document S/18/12).",
    3: "The DTM is one of the tools through which the Organization applies the Migration Crisis "
       "Operational Framework endorsed by the Council in 2012; see document MC/2355.",
    5: "Expenditure figures are provisional and are drawn from the project accounts of the Organization. "
       "They cover both staff and office costs and operational costs, and should be read together with the "
       "revised Programme and Budget for 2016 (document S/18/9).",
    6: "Migration profiles were identified as a priority tool in the review of the IOM Strategy presented "
       "to the Council in 2010 (document MC/INF/302). A list of the profiles published to date may be "
       "obtained from the Administration.",
    7: "IOM Data Protection Manual (Geneva, 2010). The Manual sets out thirteen principles, among them "
       "lawful and fair collection, specified and legitimate purpose, data quality, consent, "
       "confidentiality and oversight.",
}

BODY = [
    ("h1", "I.", "INTRODUCTION"),
    ("para", "1", "This note informs the Council of the work undertaken by the Administration since the "
     "106th Session to improve the collection, analysis and use of migration data, and of the ways in "
     "which that work supports Member States in implementing and reviewing the migration-related "
     "commitments of the 2030 Agenda for Sustainable Development. It follows the informal consultations "
     "held with Member States in April and September 2016, during which several delegations asked for a "
     "consolidated account of IOM data activities, their cost and their geographical spread."),
    ("para", "2", "Section II recalls the policy framework within which the data work of the Organization "
     "is situated. Section III describes the main activities carried out in 2015 and 2016, and Section IV "
     "sets out the constraints encountered. Section V outlines the priorities proposed for 2017. A short "
     "description of the data platforms maintained by IOM is provided in the Annex."),
    ("h1", "II.", "POLICY FRAMEWORK"),
    ("h2", "A.", "The 2030 Agenda for Sustainable Development"),
    ("para", "3", "By resolution 70/1 of 25 September 2015, the United Nations General Assembly adopted the "
     "2030 Agenda, which for the first time recognizes explicitly the positive contribution of migrants "
     "to inclusive growth and sustainable development. Target 10.7 calls on States to facilitate orderly, "
     "safe, regular and responsible migration and mobility of people, including through the implementation "
     "of planned and well-managed migration policies. Several other targets refer to migrants or to "
     "mobility, among them targets on labour rights, trafficking in persons, the cost of remittances and "
     "the number of scholarships available to students from developing countries."),
    ("para", "4", "The global indicator framework prepared by the Inter-agency and Expert Group on "
     "Sustainable Development Goal Indicators contains only a handful of indicators that measure migration "
     "directly. Those of greatest relevance to the mandate of IOM are:"),
    ("item", 1, "\u2022", "the recruitment cost borne by an employee as a proportion of the yearly income "
     "earned in the country of destination;"),
    ("item", 1, "\u2022", "the number of victims of human trafficking per 100,000 population, by sex, age "
     "and form of exploitation; and"),
    ("item", 1, "\u2022", "remittance costs as a proportion of the amount remitted."),
    ("para", "5", "Target 17.18 further requires that data be disaggregated by migratory status, among other "
     "characteristics. Few national statistical systems are at present able to do so: of the 54 countries "
     "surveyed by IOM in the first half of 2016, only 19 reported that their most recent census had "
     "included questions on both country of birth and year of arrival. An indicator for target 10.7 "
     "itself, on well-managed migration policies, is still under development."),
    ("h2", "B.", "The Migration Governance Framework"),
    ("para", "6", "The Council welcomed the Migration Governance Framework in November 2015.[[1]] The "
     "first of its three principles holds that good migration governance requires adherence to "
     "international standards and the fulfilment of the rights of migrants; the second, that migration "
     "and related policies are best formulated using evidence and a \"whole-of-government\" approach. The "
     "Framework thus places reliable data at the centre of the support that the Organization provides to "
     "Member States, and it underpins the Migration Governance Indicators that IOM is developing with an "
     "external research partner."),
    ("h2", "C.", "The United Nations Summit for Refugees and Migrants"),
    ("para", "7", "At the high-level plenary meeting held in New York on 19 September 2016, the Member "
     "States of the United Nations adopted the New York Declaration for Refugees and Migrants, in which "
     "they committed themselves to launching negotiations towards a global compact for safe, orderly and "
     "regular migration, to be adopted at an intergovernmental conference in 2018. On the same occasion, "
     "IOM formally joined the United Nations system as a related organization.[[2]] The Declaration "
     "recognizes the need to improve the collection of disaggregated data on migrants and invites IOM to "
     "support the preparatory process; the Administration expects data and evidence to form one of the "
     "thematic areas of that process."),
    ("h1", "III.", "IOM ACTIVITIES TO COLLECT, ANALYSE AND DISSEMINATE MIGRATION DATA IN 2015 AND 2016"),
    ("h2", "A.", "Displacement and mobility tracking"),
    ("para", "8", "The Displacement Tracking Matrix (DTM) remains the largest of the data operations of the "
     "Organization.[[3]] In 2016 it was active in 31 countries and gave humanitarian partners regular "
     "information on the location, conditions and needs of more than 14 million internally displaced "
     "persons, returnees and migrants in transit. Its work falls into three components:"),
    ("item", 1, "(a)", "field data collection, comprising:"),
    ("item", 2, "(i)", "baseline assessments of displacement sites and host communities;"),
    ("item", 2, "(ii)", "flow monitoring at points of entry, transit hubs and border crossings; and"),
    ("item", 2, "(iii)", "registration of individuals and households for the purposes of targeted "
     "assistance;"),
    ("item", 1, "(b)", "analysis of the data collected, through regular situation reports, thematic "
     "dashboards and, where partners so request, joint analyses with the humanitarian clusters; and"),
    ("item", 1, "(c)", "dissemination, through an open web portal on which anonymized datasets are "
     "published once they have been cleared by the country office concerned."),
    ("para", "9", "Flow monitoring along the Central and Eastern Mediterranean routes was expanded "
     "considerably in 2016 at the request of the States concerned. Surveys of more than 9,000 migrants "
     "interviewed in Greece, Italy, Serbia and the former Yugoslav Republic of Macedonia were used to "
     "establish profiles of those travelling, the routes they had taken and the abuses they had suffered "
     "along the way.[[4]]"),
    ("h2", "B.", "Research, analysis and data sharing"),
    ("para", "10", "The Global Migration Data Analysis Centre, which opened in Berlin in September 2015 with "
     "the support of the Government of Germany, is the focal point of the Organization for migration "
     "statistics. In its first year the Centre issued a global report on migrant fatalities, launched an "
     "online platform that consolidates data on migration-related deaths and disappearances, and began "
     "compiling a set of standard definitions for use across IOM projects."),
    ("para", "11", "Table 1 shows the projects with a significant data component that were active in 2016, "
     "by region. Figures on expenditure relate to the first nine months of the year.[[5]]"),
    ("caption", "Table 1. Projects with a data component active in 2016, by region"),
    ("table",
     ["Region", "Projects", "Countries\ncovered", "Expenditure\n(USD thousand)"],
     [["Africa", "38", "21", "14,260"],
      ["Asia and the Pacific", "24", "13", "6,915"],
      ["Europe and Central Asia", "31", "18", "9,480"],
      ["Middle East and North Africa", "17", "9", "11,735"],
      ["The Americas", "14", "10", "3,120"],
      ["Global and multiregional", "9", "\u2013", "4,890"],
      ["Total", "133", "71", "50,400"]]),
    ("note", "Source: IOM project database, as at 30 September 2016."),
    ("para", "12", "Just under half of the expenditure shown in Table 1 relates to displacement tracking in "
     "crisis settings, which explains the comparatively high figures for Africa and for the Middle East "
     "and North Africa. The remainder supports research, migration profiles and the strengthening of "
     "national statistical capacity, activities that are often funded for short periods and in small "
     "amounts."),
    ("h2", "C.", "Support to national statistical systems"),
    ("para", "13", "Most of the capacity-building work of IOM in this field is requested by governments "
     "that wish to produce their own migration statistics rather than rely on external estimates. Since "
     "2008 the Organization has helped more than 80 countries to prepare migration profiles,[[6]] and it "
     "is increasingly asked to help institutionalize the exercise. In 2016 the Administration:"),
    ("item", 1, "\u2022", "trained 420 officials from national statistical offices and migration "
     "authorities in 27 countries;"),
    ("item", 1, "\u2022", "supported the inclusion of migration modules in the household surveys of four "
     "West African States;"),
    ("item", 1, "\u2022", "helped the Governments of Armenia and Georgia to link border-crossing records "
     "with population registers; and"),
    ("item", 1, "\u2022", "prepared, with the United Nations Statistics Division, a draft handbook on the "
     "use of administrative sources for migration statistics."),
    ("h1", "IV.", "CONSTRAINTS"),
    ("para", "14", "Despite this progress, the evidence base on migration remains uneven. Data on migrant "
     "stocks are available for most countries, but data on flows, on return and on the situation of "
     "migrants in an irregular situation are scarce, often out of date and rarely comparable from one "
     "country to another. Much of the information gathered in the course of IOM projects is neither "
     "stored systematically nor reused once a project has ended."),
    ("para", "15", "The handling of personal data raises particular concerns, especially where the persons "
     "concerned are displaced or in transit and their informed consent cannot easily be obtained. All IOM "
     "offices are required to apply the data protection principles of the Organization,[[7]] and the "
     "Administration is reviewing how those principles apply to new forms of data collection, such as "
     "mobile telephone surveys and the use of satellite imagery."),
    ("para", "16", "Lastly, funding for data work remains almost entirely project-based. Only a small share "
     "of the core structure is devoted to coordinating the data activities of the Organization, which "
     "limits the ability of the Administration to ensure consistent standards across regions."),
    ("h1", "V.", "PRIORITIES FOR 2017"),
    ("para", "17", "Subject to the availability of funding, the Administration proposes to concentrate its "
     "efforts in 2017 on the following:"),
    ("item", 1, "\u2022", "contributing data and analysis to the preparatory process for the global compact "
     "for safe, orderly and regular migration, in close cooperation with the United Nations Department of "
     "Economic and Social Affairs;"),
    ("item", 1, "\u2022", "completing the pilot phase of the Migration Governance Indicators in some "
     "15 countries;"),
    ("item", 1, "\u2022", "adopting an internal data strategy that sets common standards for the "
     "collection, storage and sharing of data across IOM projects; and"),
    ("item", 1, "\u2022", "supporting Member States that wish to report on the migration-related targets "
     "of the 2030 Agenda in their voluntary national reviews."),
    ("para", "18", "The Administration will report on progress to the Standing Committee on Programmes and "
     "Finance at its Twentieth Session. The Council is invited to take note of the present document."),
]

ANNEX = [
    ("annexhead", "Annex", "OVERVIEW OF THE DATA PLATFORMS MAINTAINED BY IOM"),
    ("para", "1", "The Organization maintains several public platforms through which the data it collects "
     "are made available to Member States, partners and researchers. The principal platforms in operation "
     "at the end of October 2016 are described below."),
    ("para", "2", "The DTM portal publishes displacement and flow-monitoring data for each country in which "
     "the Matrix is active. Datasets are released in aggregated form only, and each release is accompanied "
     "by a methodological note describing the sources used and their limitations."),
    ("para", "3", "The Missing Migrants Project, managed by the Global Migration Data Analysis Centre, "
     "records the deaths and disappearances of migrants on migratory routes worldwide. Its records draw "
     "on:"),
    ("item", 1, "\u2022", "official records of coast guards, medical examiners and other authorities;"),
    ("item", 1, "\u2022", "reports by IOM field offices and partner organizations; and"),
    ("item", 1, "\u2022", "media reports, which are used only where they can be cross-checked."),
    ("para", "4", "The Counter-Trafficking Module brings together case data on more than 40,000 victims of "
     "trafficking assisted by IOM since 2002. The data are anonymized before analysis, and access to the "
     "full dataset is restricted to the Administration and to research partners bound by a data-sharing "
     "agreement."),
]

# ----------------------------------------------------------------------------------------------
MARK = re.compile(r"\[\[(\d+)\]\]")


def tokens(text):
    """Split text into words; each word is (text, [footnote numbers glued after it])."""
    out = []
    for w in text.split():
        fns = [int(n) for n in MARK.findall(w)]
        out.append((MARK.sub("", w), fns))
    return out


def wwidth(tok, font, size):
    w = stringWidth(tok[0], font, size)
    for n in tok[1]:
        w += stringWidth(str(n), font, SUPS) + 0.5
    return w


def wrap(toks, widths, font, size):
    """widths: function(line_index) -> available width. Returns list of token lists."""
    lines, cur, curw = [], [], 0.0
    sp = stringWidth(" ", font, size)
    for t in toks:
        tw = wwidth(t, font, size)
        avail = widths(len(lines))
        if cur and curw + sp + tw > avail:
            lines.append(cur)
            cur, curw = [t], tw
        else:
            curw = curw + sp + tw if cur else tw
            cur.append(t)
    if cur:
        lines.append(cur)
    return lines


def draw_label(c, x, y, label, font, size):
    """Draw a list label. The bullet is written as WinAnsi code 0x95 directly, because reportlab's
    codec would write it as 0x7F, which some extractors cannot map back to a character."""
    if label != "\u2022":
        c.setFont(font, size)
        c.drawString(x, y, label)
        return
    c.setFont(font, size)
    fn = c._doc.getInternalFontName(font)
    c._code.append("BT %s %s Tf 1 0 0 1 %.2f %.2f Tm (\\225) Tj ET" % (fn, size, x, y))


def draw_words(c, toks, x, y, width, font, size, justify):
    sp = stringWidth(" ", font, size)
    natural = sum(wwidth(t, font, size) for t in toks) + sp * (len(toks) - 1)
    gap = sp
    if justify and len(toks) > 1:
        gap = sp + (width - natural) / (len(toks) - 1)
    for t in toks:
        c.setFont(font, size)
        c.drawString(x, y, t[0])
        xx = x + stringWidth(t[0], font, size)
        for n in t[1]:
            c.setFont(font, SUPS)
            c.drawString(xx + 0.5, y + size * 0.38, str(n))
            xx += stringWidth(str(n), font, SUPS) + 0.5
        x += wwidth(t, font, size) + gap


class Line:
    def __init__(self, h, draw, sb=0.0, fns=(), keep=0, kind="text"):
        self.h, self.draw, self.sb, self.fns, self.keep, self.kind = h, draw, sb, list(fns), keep, kind


def text_lines(text, x_first, x_rest, right, font=F, size=FS, lead=LEAD, sb=PARA_GAP, label=None,
               label_x=None, label_font=None, justify=True, keep_first=0):
    toks = tokens(text)
    rows = wrap(toks, lambda i: right - (x_first if i == 0 else x_rest), font, size)
    out = []
    for i, row in enumerate(rows):
        x = x_first if i == 0 else x_rest
        last = i == len(rows) - 1

        def d(c, y, row=row, x=x, last=last, i=i):
            if i == 0 and label is not None:
                draw_label(c, label_x, y, label, label_font or font, size)
            draw_words(c, row, x, y, right - x, font, size, justify and not last)
        fns = [n for t in row for n in t[1]]
        out.append(Line(lead, d, sb if i == 0 else 0.0, fns, keep_first if i == 0 else 0))
    return out


def build(blocks):
    lines = []
    for b in blocks:
        k = b[0]
        if k == "h1":
            ls = text_lines(b[2], L + TAB, L + TAB, L + 330, font=FB, sb=16, label=b[1], label_x=L,
                            justify=False, keep_first=3)
            for ln in ls[1:]:
                ln.keep = 3
            ls[-1].keep = 3
            lines += ls
        elif k == "h2":
            ls = text_lines(b[2], L + TAB, L + TAB, R, font=FBI, sb=12, label=b[1], label_x=L,
                            justify=False, keep_first=3)
            lines += ls
        elif k == "para":
            lines += text_lines(b[2], L + TAB, L, R, label=b[1] + ".", label_x=L, keep_first=1)
        elif k == "item":
            lvl, lab = b[1], b[2]
            lx = L + TAB * lvl
            tx = lx + TAB
            lines += text_lines(b[3], tx, tx, R, label=lab, label_x=lx, sb=5)
        elif k == "caption":
            def d(c, y, t=b[1]):
                c.setFont(FB, 9.5)
                c.drawCentredString(L + W / 2, y, t)
            lines.append(Line(LEAD, d, sb=14, keep=1))
        elif k == "table":
            lines.append(table_line(b[1], b[2]))
        elif k == "note":
            def d(c, y, t=b[1]):
                c.setFont("Helvetica-Oblique", 8.5)
                c.drawString(L + 20, y, t)
            lines.append(Line(11, d, sb=3))
        elif k == "annexhead":
            def d1(c, y, t=b[1]):
                c.setFont(FB, 11)
                c.drawCentredString(L + W / 2, y, t)
            def d2(c, y, t=b[2]):
                c.setFont(FB, 11)
                c.drawCentredString(L + W / 2, y, t)
            lines.append(Line(14, d1, sb=0, keep=2))
            lines.append(Line(14, d2, sb=18, keep=2))
            lines.append(Line(6, lambda c, y: None, sb=0))
    return lines


def table_line(head, rows):
    colx = [L + 20, L + 245, L + 315, L + 405]     # left of col 0; right edges for numeric columns
    right_edges = [None, L + 290, L + 370, L + 470]
    rowh = 14.0
    headh = 26.0
    h = headh + rowh * len(rows) + 6

    def d(c, y):
        top = y + h - 4
        c.setLineWidth(0.8)
        c.line(L + 14, top, L + 476, top)
        # headings (possibly two lines)
        c.setFont(FB, 8.5)
        for j, t in enumerate(head):
            parts = t.split("\n")
            for k, p in enumerate(parts):
                yy = top - 10 - 9.5 * k
                if j == 0:
                    c.drawString(colx[0], yy, p)
                else:
                    c.drawRightString(right_edges[j], yy, p)
        yline = top - headh
        c.setLineWidth(0.5)
        c.line(L + 14, yline, L + 476, yline)
        yy = yline - 11
        for i, r in enumerate(rows):
            font = FB if r[0] == "Total" else F
            if r[0] == "Total":
                c.line(L + 14, yy + 10, L + 476, yy + 10)
            c.setFont(font, 9)
            c.drawString(colx[0], yy, r[0])
            for j in (1, 2, 3):
                c.drawRightString(right_edges[j], yy, r[j])
            yy -= rowh
        c.setLineWidth(0.8)
        c.line(L + 14, yy + 10, L + 476, yy + 10)
    return Line(h, d, sb=6, kind="table")


def fn_lines(n):
    toks = tokens(FOOTNOTES[n])
    rows = wrap(toks, lambda i: R - (L + 12), F, FNS)
    out = []
    for i, row in enumerate(rows):
        last = i == len(rows) - 1

        def d(c, y, row=row, i=i, last=last):
            if i == 0:
                c.setFont(F, SUPS)
                c.drawString(L + 2, y + FNS * 0.38, str(n))
            draw_words(c, row, L + 12, y, R - (L + 12), F, FNS, not last)
        out.append(d)
    return out


RULE_H = 14.0   # space taken by the separator rule above footnotes


def paginate(lines, first_top):
    pages = []
    page = {"lines": [], "fn": []}   # fn: list of draw functions (footnote lines)
    y = first_top
    carry = []

    def fn_h(nlines):
        return 0.0 if nlines == 0 else RULE_H + nlines * FNLEAD

    def new_page():
        nonlocal page, y, carry
        pages.append(page)
        page = {"lines": [], "fn": list(carry)}
        carry = []
        y = TOP

    page["fn"] = []
    for idx, ln in enumerate(lines):
        sb = ln.sb if page["lines"] else 0.0
        need = sb + ln.h
        # keep-with-next: heading lines need following lines on the same page
        extra = sum(lines[j].h + lines[j].sb for j in range(idx + 1, min(len(lines), idx + 1 + ln.keep)))
        newfn = []
        for n in ln.fns:
            newfn += fn_lines(n)
        avail = y - need - BOTTOM
        if avail - extra >= fn_h(len(page["fn"]) + len(newfn)):
            pass
        elif newfn and avail >= fn_h(len(page["fn"]) + 3):
            # place the line; split the footnote, the rest runs on to the next page
            fit = int((avail - RULE_H) // FNLEAD) - len(page["fn"])
            y -= need
            page["lines"].append((ln, y))
            page["fn"] += newfn[:fit]
            carry = newfn[fit:]
            continue
        else:
            new_page()
            sb = 0.0
            need = ln.h
        y -= need
        page["lines"].append((ln, y))
        page["fn"] += newfn
    pages.append(page)
    return pages


def header(c, pageno, annex=False):
    c.setFont(F, 10)
    c.drawRightString(R, 800, SYMBOL)
    yy = 788
    if annex:
        c.drawRightString(R, yy, "Annex")
        yy -= 12
    c.drawRightString(R, yy, "Page %d" % pageno)


def draw_pages(c, pages, annex=False):
    for i, pg in enumerate(pages):
        header(c, i + 1, annex)
        for ln, y in pg["lines"]:
            ln.draw(c, y)
        if pg["fn"]:
            ytop = BOTTOM + (len(pg["fn"]) - 1) * FNLEAD
            c.setLineWidth(0.5)
            c.line(L, ytop + FNLEAD + 2, L + 144, ytop + FNLEAD + 2)
            yy = ytop
            for d in pg["fn"]:
                d(c, yy)
                yy -= FNLEAD
        c.showPage()


def cover(c):
    c.setFont(F, 10.5)
    c.drawRightString(R, 790, SYMBOL)
    c.drawRightString(R, 766, "Original: English")
    c.drawRightString(R, 752, "7 November 2016")
    c.setFont(FB, 12)
    c.drawCentredString(PW / 2, 610, "COUNCIL")
    c.setFont(F, 11)
    c.drawCentredString(PW / 2, 594, "107th Session")
    c.setFont(FB, 12.5)
    y = 470
    for t in TITLE_LINES:
        c.drawCentredString(PW / 2, y, t)
        y -= 17
    c.setLineWidth(1)
    c.line(L, 92, R, 92)
    c.setFont(FB, 10)
    c.drawString(L + 40, 76, "COUNCIL")
    c.drawCentredString(PW / 2, 76, "CONSEIL")
    c.drawRightString(R - 40, 76, "CONSEJO")
    c.showPage()


def running_title():
    out = []
    for i, t in enumerate(TITLE_LINES):
        def d(c, y, t=t):
            c.setFont(F, 10.5)
            c.drawCentredString(PW / 2, y, t)
        out.append(Line(13.5, d, sb=0, keep=0))
    out.append(Line(10, lambda c, y: None))
    return out


def main():
    c = canvas.Canvas(OUT, pagesize=A4)
    c.setTitle(SYMBOL)
    c.setAuthor("International Organization for Migration")
    cover(c)
    body = running_title() + build(BODY)
    draw_pages(c, paginate(body, TOP))
    draw_pages(c, paginate(build(ANNEX), TOP), annex=True)
    c.save()


if __name__ == "__main__":
    main()
