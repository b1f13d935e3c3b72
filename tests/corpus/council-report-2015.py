# Draws council-report-2015.pdf: report on the 106th Session of the IOM Council (C/106/50).
import re
import os
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "council-report-2015.pdf")

W, H = A4
LM = 72.0
RM = W - 72.0
TW = RM - LM
BODY_TOP = H - 92.0
BOTTOM = 54.0

SYMBOL = "C/106/50"
FONT = "Times-Roman"
BOLD = "Times-Bold"
ITAL = "Times-Italic"
SIZE = 11.0
LEAD = 13.0
FN_SIZE = 9.0
FN_LEAD = 11.0

# ---------------------------------------------------------------- text content
MEMBERS = (
    "Afghanistan, Albania, Algeria, Angola, Argentina, Armenia, Australia, Austria, Azerbaijan, "
    "Bangladesh, Belarus, Belgium, Benin, Bolivia (Plurinational State of), Bosnia and Herzegovina, "
    "Brazil, Bulgaria, Burkina Faso, Burundi, Cambodia, Cameroon, Canada, Chile, Colombia, Congo, "
    "Costa Rica, C\u00f4te d\u2019Ivoire, Croatia, Cyprus, Czech Republic, Democratic Republic of the Congo, "
    "Denmark, Djibouti, Dominican Republic, Ecuador, Egypt, El Salvador, Estonia, Ethiopia, Finland, "
    "France, Gabon, Georgia, Germany, Ghana, Greece, Guatemala, Guinea, Haiti, Honduras, Hungary, "
    "India, Iran (Islamic Republic of), Ireland, Israel, Italy, Jamaica, Japan, Jordan, Kenya, Latvia, "
    "Lebanon, Libya, Lithuania, Luxembourg, Madagascar, Mali, Malta, Mauritania, Mexico, Mongolia, "
    "Montenegro, Morocco, Mozambique, Myanmar, Nepal, Netherlands, New Zealand, Niger, Nigeria, Norway, "
    "Pakistan, Panama, Paraguay, Peru, Philippines, Poland, Portugal, Republic of Korea, Republic of "
    "Moldova, Romania, Rwanda, Senegal, Serbia, Slovakia, Slovenia, Somalia, South Africa, South Sudan, "
    "Spain, Sri Lanka, Sudan, Sweden, Switzerland, Thailand, Togo, Tunisia, Turkey, Uganda, Ukraine, "
    "United Kingdom of Great Britain and Northern Ireland, United Republic of Tanzania, United States "
    "of America, Uruguay, Venezuela (Bolivarian Republic of), Viet Nam, Yemen, Zambia and Zimbabwe.{1}"
)

FOOTNOTES = {
    "1": "The list of participants is contained in document C/106/51.",
    "2": "The agenda as adopted was subsequently issued as document C/106/49.",
    "3": "Report of the Standing Committee on Programmes and Finance on its Seventeenth Session "
         "(S/17/14), paragraphs 22 to 41.",
}

# block kinds: ("h", text) heading; ("sh", label, text) sub-heading; ("p", num, text);
# ("i", label, text) lettered item; ("b", text) bullet item
BODY = [
    ("h", "INTRODUCTION"),
    ("p", "1", "Pursuant to Resolution No. 1291 of 26 November 2014, the Council convened for its "
     "106th Session on Tuesday, 24 November 2015, at the Palais des Nations, Geneva. Five meetings "
     "were held, the last of them on the afternoon of Friday, 27 November 2015."),
    ("p", "2", "The session took place at a time when the movement of refugees and migrants across the "
     "Mediterranean and through South-Eastern Europe had reached a scale not seen for several decades, "
     "and much of the Council\u2019s discussion turned on the Organization\u2019s response to that "
     "situation and to the other crises in which it was operating."),
    ("h", "ATTENDANCE"),
    ("p", "3", "The following Member States were represented: " + MEMBERS),
    ("p", "4", "Following their admission to membership at the first meeting (see paragraph 14), Tuvalu "
     "and Antigua and Barbuda took their seats as Members and participated in the remainder of the "
     "session."),
    ("p", "5", "The following were represented by observers:"),
    ("i", "(a)", "non-member States: Bahrain, Bhutan, China, Indonesia, Kuwait, Qatar, Russian Federation, "
     "Saudi Arabia and the Holy See;"),
    ("i", "(b)", "the Sovereign Order of Malta;"),
    ("i", "(c)", "United Nations and related agencies: Office of the United Nations High Commissioner for "
     "Refugees, Office of the United Nations High Commissioner for Human Rights, International Labour "
     "Organization, United Nations Children\u2019s Fund, United Nations Population Fund, United Nations "
     "Office on Drugs and Crime and World Food Programme;"),
    ("i", "(d)", "other intergovernmental organizations: African Union, Council of Europe, European Union, "
     "International Centre for Migration Policy Development, League of Arab States and Organization of "
     "Islamic Cooperation; and"),
    ("i", "(e)", "non-governmental organizations: Caritas Internationalis, International Catholic Migration "
     "Commission, International Council of Voluntary Agencies and 11 other organizations."),
    ("h", "OPENING OF THE SESSION AND CREDENTIALS OF REPRESENTATIVES AND OBSERVERS"),
    ("p", "6", "The outgoing Chairperson, Ms M. Esteves Ferreira (Portugal), opened the session at "
     "10.15 a.m. on Tuesday, 24 November 2015, and welcomed the participants."),
    ("p", "7", "The Council noted that the Director General had examined the credentials of the "
     "representatives of the Member States listed in paragraph 3 and had found them to be in good and "
     "due form, and that he had been informed of the names of the observers for the non-member States, "
     "international governmental organizations and non-governmental organizations listed in paragraph 5."),
    ("h", "ELECTION OF OFFICERS"),
    ("p", "8", "The Council elected the following officers by acclamation:"),
    ("i", "(a)", "Chairperson: Mr R. Abdelwahab (Tunisia);"),
    ("i", "(b)", "First Vice-Chairperson: Ms E. Nordberg (Norway);"),
    ("i", "(c)", "Second Vice-Chairperson: Mr J.C. Arriaga Reyes (Guatemala); and"),
    ("i", "(d)", "Rapporteur: Ms L. Haddad (Lebanon)."),
    ("p", "9", "On taking the Chair, the newly elected Chairperson thanked the Council for the confidence "
     "placed in him and paid tribute to his predecessor for her skilful guidance of the Council\u2019s work "
     "over the past year, including the informal consultations held ahead of the session."),
    ("h", "ADOPTION OF THE AGENDA"),
    ("p", "10", "The Council adopted the agenda set out in document C/106/1/Rev.1.{2}"),
    ("p", "11", "At the proposal of the Chairperson, it agreed to take up the applications for membership "
     "and observership immediately after the adoption of the agenda, so that the new Member States "
     "could take part in the general debate."),
    ("h", "ADMISSION OF NEW MEMBERS AND OBSERVERS"),
    ("sh", "(a)", "Applications for membership"),
    ("p", "12", "The Council had before it the applications for membership submitted by Tuvalu (C/106/4) "
     "and by Antigua and Barbuda (C/106/5), each of which stated that the applicant accepted the "
     "Constitution of the Organization and undertook to contribute to its administrative expenditure."),
    ("p", "13", "The representatives of Australia, Jamaica and New Zealand, among others, spoke in "
     "support of the applications and welcomed the growing participation of small island developing "
     "States in the work of the Organization."),
    ("p", "14", "The Council adopted by acclamation Resolutions Nos. 1302 and 1303, admitting Tuvalu and "
     "Antigua and Barbuda, respectively, as Members of the Organization. The membership of IOM thereby "
     "rose to 162 States."),
    ("p", "15", "The representatives of the two new Member States thanked the Council and described the "
     "migration situation in their countries, which in both cases included the effects of climate "
     "change and environmental degradation on human mobility."),
    ("sh", "(b)", "Applications for observership"),
    ("p", "16", "The Council had before it the requests for observer status submitted by the "
     "Inter-Parliamentary Union (C/106/6) and by the International Federation of Social Workers "
     "(C/106/8)."),
    ("p", "17", "It adopted by acclamation Resolution No. 1304, granting observer status to the "
     "Inter-Parliamentary Union, and Resolution No. 1305, granting observer status to the "
     "International Federation of Social Workers. The observers of both organizations thanked the "
     "Council."),
    ("h", "APPROVAL OF THE REPORT ON THE 105TH SESSION"),
    ("p", "18", "The Council adopted Resolution No. 1306, approving without amendment the report on its "
     "105th Session (C/106/3)."),
    ("h", "STATEMENTS BY THE DIRECTOR GENERAL AND THE DEPUTY DIRECTOR GENERAL"),
    ("p", "19", "In his statement, the Director General said that 2015 had been a year in which human "
     "mobility had dominated the international agenda as never before. More than 60 million people "
     "were displaced by conflict and persecution, and migrants continued to lose their lives in "
     "large numbers on the routes to Europe, across the Bay of Bengal and the Andaman Sea and in the "
     "Sahara. The Organization had been called upon to respond simultaneously to four emergencies "
     "classified at the highest level."),
    ("p", "20", "He identified four priorities for the coming year:"),
    ("i", "(a)", "strengthening the Organization\u2019s capacity to respond to large and sudden movements of "
     "people, drawing on the Migration Crisis Operational Framework (MC/2355);"),
    ("i", "(b)", "placing the rights and well-being of migrants at the centre of policy, in line with the "
     "IOM Strategy (MC/INF/287);"),
    ("i", "(c)", "supporting Member States in implementing the migration-related targets of the 2030 "
     "Agenda for Sustainable Development; and"),
    ("i", "(d)", "clarifying the relationship between IOM and the United Nations."),
    ("p", "21", "The Deputy Director General reported on the management reforms under way, in particular "
     "the consolidation of the Organization\u2019s administrative centres in Manila and Panama, the "
     "strengthening of the Office of the Inspector General and the introduction of a new internal "
     "governance framework. She thanked the Member States that had paid their assessed contributions "
     "in full and on time."),
    ("h", "GENERAL DEBATE"),
    ("p", "22", "In the general debate, statements were made by the representatives of 71 Member States, "
     "speaking individually or on behalf of regional groups, and by 12 observers. Delegations "
     "commended the Organization for its rapid response in 2015 and expressed condolences to the "
     "families of staff members who had lost their lives in the course of duty."),
    ("p", "23", "The following themes recurred in the statements:"),
    ("b", "the need for a comprehensive and humane approach to mixed migration flows, shared among "
     "countries of origin, transit and destination;"),
    ("b", "the fight against migrant smuggling and trafficking in persons, and the protection of "
     "victims;"),
    ("b", "the contribution of migrants to development, and the importance of lowering the cost of "
     "remittances; and"),
    ("b", "the importance of predictable and flexible funding for the Organization\u2019s core structure."),
    ("p", "24", "Many delegations considered that the relationship between IOM and the United Nations "
     "should be reviewed, and supported the establishment of a working group of the Council to examine "
     "the options and report to the Council at its next regular session. The Council subsequently adopted "
     "Resolution No. 1309, establishing such a working group."),
    ("p", "25", "Responding to the debate, the Director General thanked delegations for their support and "
     "assured them that the Administration would keep the Member States closely informed of the "
     "consultations on the Organization\u2019s relations with the United Nations."),
    ("h", "PROGRAMME AND BUDGET FOR 2016"),
    ("p", "26", "The Council had before it the Programme and Budget for 2016 (C/106/7) and the report of "
     "the Standing Committee on Programmes and Finance on its Seventeenth Session.{3}"),
    ("p", "27", "The Chairperson of the Standing Committee reported that the Administrative Part of the "
     "Budget had been set at CHF 45,620,000, which represented zero nominal growth, and that the "
     "Operational Part of the Budget was estimated at USD 873.4 million. The Standing Committee had "
     "recommended that the Council approve the Programme and Budget for 2016."),
    ("p", "28", "The Administration drew attention to the status report on outstanding contributions "
     "(C/106/10). As at 20 November 2015, assessed contributions outstanding to the Administrative "
     "Part of the Budget totalled CHF 5,904,300, and 14 Member States were subject to Article 4 of the "
     "Constitution. The Council urged those Member States to pay their arrears or to agree on a "
     "payment plan."),
    ("p", "29", "The Council adopted Resolution No. 1307 approving the Programme and Budget for 2016."),
    ("h", "RESOLUTIONS ADOPTED BY THE COUNCIL"),
    ("p", "30", "At its 106th Session, the Council adopted the following resolutions:"),
    ("i", "(a)", "Resolution No. 1302: Admission of Tuvalu as a Member of the Organization;"),
    ("i", "(b)", "Resolution No. 1303: Admission of Antigua and Barbuda as a Member of the Organization;"),
    ("i", "(c)", "Resolution No. 1304: Granting of observer status to the Inter-Parliamentary Union;"),
    ("i", "(d)", "Resolution No. 1305: Granting of observer status to the International Federation of "
     "Social Workers;"),
    ("i", "(e)", "Resolution No. 1306: Report on the 105th Session of the Council;"),
    ("i", "(f)", "Resolution No. 1307: Programme and Budget for 2016;"),
    ("i", "(g)", "Resolution No. 1308: Date and place of the 107th Session of the Council; and"),
    ("i", "(h)", "Resolution No. 1309: Working Group on IOM\u2013UN Relations."),
    ("h", "DATE AND PLACE OF THE NEXT SESSION"),
    ("p", "31", "By Resolution No. 1308, the Council decided to hold its next regular session in Geneva "
     "in the last week of November 2016, the exact dates to be fixed by the Administration in "
     "consultation with the Bureau."),
    ("h", "CLOSURE OF THE SESSION"),
    ("p", "32", "After the customary exchange of thanks, the Chairperson declared the 106th Session of the "
     "Council closed at 5.40 p.m. on Friday, 27 November 2015."),
]


# ---------------------------------------------------------------- text helpers
def words_of(text, font=FONT, size=SIZE):
    """Split text into words; each word is a list of runs (text, font, size, rise)."""
    out = []
    for w in text.split(" "):
        if not w:
            continue
        runs = []
        for part in re.split(r"(\{\w+\})", w):
            if not part:
                continue
            m = re.fullmatch(r"\{(\w+)\}", part)
            if m:
                runs.append((m.group(1), font, size * 0.62, size * 0.38, m.group(1)))
            else:
                runs.append((part, font, size, 0.0, None))
        out.append(runs)
    return out


def word_width(word):
    return sum(stringWidth(t, f, s) for t, f, s, r, fn in word)


def wrap(text, first_width, width, font=FONT, size=SIZE):
    words = words_of(text, font, size)
    lines, cur, curw = [], [], 0.0
    space = stringWidth(" ", font, size)
    limit = first_width
    for w in words:
        ww = word_width(w)
        add = ww if not cur else curw + space + ww
        if cur and add > limit:
            lines.append(cur)
            cur, curw = [w], ww
            limit = width
        else:
            cur.append(w)
            curw = add
    if cur:
        lines.append(cur)
    return lines


def draw_line(c, x, y, line, size=SIZE, font=FONT):
    space = stringWidth(" ", font, size)
    fns = []
    for i, w in enumerate(line):
        if i:
            x += space
        for t, f, s, r, fn in w:
            c.setFont(f, s)
            c.drawString(x, y + r, t)
            x += stringWidth(t, f, s)
            if fn:
                fns.append(fn)
    return fns


def line_fns(line):
    return [fn for w in line for (_t, _f, _s, _r, fn) in w if fn]


# ---------------------------------------------------------------- body layout
class Line:
    def __init__(self, draw, height, fns=(), keep=0, before=0.0):
        self.draw = draw        # function(c, y)
        self.height = height
        self.fns = list(fns)
        self.keep = keep        # number of following lines that must share this page
        self.before = before    # extra space above


def fn_block_height(keys):
    h = 0.0
    for k in keys:
        h += len(wrap(FOOTNOTES[k], TW - 14, TW - 14, FONT, FN_SIZE)) * FN_LEAD + 2
    return h


def make_lines(block):
    kind = block[0]
    lines = []
    if kind == "h":
        text = block[1]
        wl = wrap(text, TW, TW, BOLD)
        for j, l in enumerate(wl):
            lines.append(Line(lambda c, y, l=l: draw_line(c, LM, y, l, SIZE, BOLD), LEAD,
                              keep=len(wl) - j + 1, before=14.0 if j == 0 else 0.0))
        lines[-1].after = 6.0
        return lines, text
    if kind == "sh":
        label, text = block[1], block[2]

        def d(c, y, label=label, text=text):
            c.setFont(ITAL, SIZE)
            c.drawString(LM, y, label)
            c.drawString(LM + 36, y, text)
        return [Line(d, LEAD, keep=2, before=8.0)], label + " " + text
    if kind == "p":
        num, text = block[1], block[2]
        wl = wrap(text, TW - 36, TW)
        for j, l in enumerate(wl):
            if j == 0:
                def d(c, y, l=l, num=num):
                    c.setFont(FONT, SIZE)
                    c.drawString(LM, y, num + ".")
                    draw_line(c, LM + 36, y, l)
            else:
                def d(c, y, l=l):
                    draw_line(c, LM, y, l)
            lines.append(Line(d, LEAD, fns=line_fns(l), before=7.0 if j == 0 else 0.0,
                              keep=1 if (j == 0 and len(wl) > 1) else 0))
        return lines, None
    if kind in ("i", "b"):
        label = block[1] if kind == "i" else "\u2022"
        text = block[2] if kind == "i" else block[1]
        tx = LM + 72 if kind == "i" else LM + 54
        wl = wrap(text, RM - tx, RM - tx)
        for j, l in enumerate(wl):
            if j == 0:
                def d(c, y, l=l, label=label, tx=tx):
                    c.setFont(FONT, SIZE)
                    c.drawString(LM + 36, y, label)
                    draw_line(c, tx, y, l)
            else:
                def d(c, y, l=l, tx=tx):
                    draw_line(c, tx, y, l)
            lines.append(Line(d, LEAD, fns=line_fns(l), before=3.5 if j == 0 else 0.0))
        return lines, None
    raise ValueError(kind)


def paginate():
    all_lines = []
    heads = []   # (line index, text)
    for b in BODY:
        ls, htext = make_lines(b)
        if htext:
            heads.append((len(all_lines), htext))
        all_lines.extend(ls)
    pages = []   # each: list of (line, y), footnote keys
    head_pages = {}
    i = 0
    while i < len(all_lines):
        y = BODY_TOP
        placed, fns = [], []
        first_on_page = True
        if not pages:
            y -= 2 * LEAD   # room for the running title on page 1
        while i < len(all_lines):
            ln = all_lines[i]
            before = 0.0 if first_on_page else ln.before
            # keep-with-next: space for this line and the next `keep` lines
            need = before + ln.height
            extra_fns = list(ln.fns)
            k = 1
            while k <= ln.keep and i + k < len(all_lines):
                nl = all_lines[i + k]
                need += nl.before + nl.height
                extra_fns += nl.fns
                k += 1
            fn_h = fn_block_height(fns + [f for f in extra_fns if f not in fns])
            if fns or extra_fns:
                fn_h += 16
            if y - need < BOTTOM + fn_h and placed:
                break
            y -= before + ln.height
            placed.append((ln, y))
            for f in ln.fns:
                if f not in fns:
                    fns.append(f)
            for idx, htext in heads:
                if idx == i:
                    head_pages[htext] = len(pages) + 1
            first_on_page = False
            i += 1
        pages.append((placed, fns))
    return pages, head_pages


# ---------------------------------------------------------------- drawing
def page_header(c, label):
    c.setFont(FONT, SIZE)
    c.drawRightString(RM, H - 48, SYMBOL)
    c.drawRightString(RM, H - 48 - LEAD, "Page " + label)


def draw_footnotes(c, keys):
    if not keys:
        return
    h = fn_block_height(keys)
    y = BOTTOM + h
    c.setLineWidth(0.5)
    c.line(LM, y + 6, LM + 144, y + 6)
    y -= FN_LEAD - 2
    for k in keys:
        wl = wrap(FOOTNOTES[k], TW - 14, TW - 14, FONT, FN_SIZE)
        c.setFont(FONT, FN_SIZE * 0.7)
        c.drawString(LM, y + 3, k)
        for l in wl:
            draw_line(c, LM + 14, y, l, FN_SIZE)
            y -= FN_LEAD
        y -= 2


def draw_cover(c):
    c.setFont(BOLD, SIZE)
    c.drawRightString(RM, H - 60, SYMBOL)
    c.setFont(FONT, SIZE)
    c.drawRightString(RM, H - 60 - LEAD, "Original: ENGLISH")
    c.drawRightString(RM, H - 60 - 2 * LEAD, "21 December 2015")
    c.setFont(BOLD, SIZE)
    c.drawString(LM, H - 130, "COUNCIL")
    c.setFont(FONT, SIZE)
    c.drawString(LM, H - 130 - LEAD, "106th Session")
    # title on two lines, asterisk raised on the last line
    c.setFont(BOLD, 12.5)
    c.drawCentredString(W / 2, H - 280, "REPORT ON THE HUNDRED AND SIXTH")
    t2 = "SESSION OF THE COUNCIL"
    w2 = stringWidth(t2, BOLD, 12.5)
    x2 = W / 2 - w2 / 2
    c.drawString(x2, H - 280 - 17, t2)
    c.setFont(BOLD, 8)
    c.drawString(x2 + w2 + 0.5, H - 280 - 17 + 5, "*")
    c.setFont(FONT, SIZE)
    c.drawCentredString(W / 2, H - 350, "Geneva")
    c.drawCentredString(W / 2, H - 350 - LEAD, "Tuesday, 24 November, to Friday, 27 November 2015")
    c.drawCentredString(W / 2, H - 400, "Rapporteur: Ms L. Haddad (Lebanon)")
    # cover note
    c.setFont(FONT, SIZE)
    c.drawString(LM, 140, "__________")
    c.setFont(FONT, 6.5)
    c.drawString(LM, 124 + 4, "*")
    c.setFont(FONT, 10)
    c.drawString(LM + 10, 124, "This report is submitted to the Council for approval at its 107th Session "
                               "in November 2016.")


def draw_contents(c, head_pages):
    page_header(c, "i")
    y = H - 110
    c.setFont(BOLD, SIZE)
    c.drawCentredString(W / 2, y, "CONTENTS")
    y -= 2 * LEAD
    c.setFont(FONT, SIZE)
    c.drawRightString(RM, y, "Page")
    y -= 1.6 * LEAD
    entries = []
    for b in BODY:
        if b[0] == "h":
            entries.append((0, None, b[1], head_pages[b[1]]))
        elif b[0] == "sh":
            entries.append((1, b[1], b[2], head_pages[b[1] + " " + b[2]]))
    dot = stringWidth(".", FONT, SIZE)
    for level, label, text, pg in entries:
        x = LM if level == 0 else LM + 36
        tx = x if label is None else x + 24
        avail = RM - 30 - tx
        wl = wrap(text, avail, avail)
        c.setFont(FONT, SIZE)
        if label:
            c.drawString(x, y, label)
        for j, l in enumerate(wl):
            draw_line(c, tx, y, l)
            if j == len(wl) - 1:
                end = tx + sum(word_width(w) for w in l) + stringWidth(" ", FONT, SIZE) * (len(l) - 1)
                n = int((RM - 22 - end - 4) / dot)
                c.setFont(FONT, SIZE)
                c.drawString(end + 4, y, "." * max(n, 3))
                c.drawRightString(RM, y, str(pg))
            y -= LEAD
        y -= 5


def main():
    pages, head_pages = paginate()
    c = canvas.Canvas(OUT, pagesize=A4)
    c.setTitle("C/106/50 - Report on the 106th Session of the Council")
    draw_cover(c)
    c.showPage()
    draw_contents(c, head_pages)
    c.showPage()
    for n, (placed, fns) in enumerate(pages, start=1):
        page_header(c, str(n))
        if n == 1:
            c.setFont(BOLD, SIZE)
            c.drawCentredString(W / 2, BODY_TOP - 4, "REPORT ON THE HUNDRED AND SIXTH SESSION OF THE COUNCIL")
        for ln, y in placed:
            ln.draw(c, y)
        draw_footnotes(c, fns)
        c.showPage()
    c.save()
    print("body pages:", len(pages), "total:", len(pages) + 2)
    print(head_pages)


if __name__ == "__main__":
    main()
