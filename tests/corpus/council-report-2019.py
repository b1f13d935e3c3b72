# Draws council-report-2019.pdf (draft report on the 110th Session of the IOM Council) with fpdf2.
import os
import re
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "council-report-2019.pdf")

SYMBOL = "C/110/38"
LEFT, RIGHT = 25.0, 190.0
WIDTH = RIGHT - LEFT
TOP_BODY = 30.0
BOTTOM = 277.0
FONT = "Times"
SIZE = 10.5
LEAD = 4.6
FN_SIZE = 8.5
FN_LEAD = 3.6
SUP_SIZE = 7
SUP_RISE = 1.6

TITLE_LINES = ["DRAFT REPORT ON THE ONE HUNDRED AND TENTH SESSION", "OF THE COUNCIL"]

# ---------------------------------------------------------------------------------------------
# Text of the report. Inline footnote markers are written {n}.

FOOTNOTES = {
    "1": "The list of participants is contained in document C/110/36.",
    "2": "The amendment was proposed by the Chairperson of the Standing Committee on Programmes and "
         "Finance following consultations with the regional coordinators.",
    "3": "The full text of the Director General\u2019s report is available on the IOM website.",
    "4": "See the progress report on the implementation of the Internal Governance Framework (C/110/9).",
    "5": "A concept note for the panel was circulated to Member States on 8 November 2019.",
    "6": "Written statements submitted by delegations are posted on the IOM website.",
    "7": "The Standing Committee on Programmes and Finance reviewed the document at its Twenty-fifth "
         "Session; see document S/25/16, paragraphs 34 to 52.",
}

MEMBERS = (
    "Afghanistan, Albania, Algeria, Angola, Argentina, Armenia, Australia, Austria, Azerbaijan, "
    "Bangladesh, Belarus, Belgium, Bolivia (Plurinational State of), Bosnia and Herzegovina, Brazil, "
    "Bulgaria, Cameroon, Canada, Chile, China, Colombia, Costa Rica, C\u00f4te d\u2019Ivoire, "
    "Croatia, Cyprus, Czechia, Denmark, Dominican Republic, Ecuador, Egypt, El Salvador, "
    "Estonia, Ethiopia, Finland, France, Georgia, Germany, Ghana, Greece, Guatemala, Haiti, "
    "Hungary, India, Iran (Islamic Republic of), Ireland, Israel, Italy, Japan, Jordan, Kenya, Latvia, "
    "Libya, Lithuania, Luxembourg, Malta, Mexico, Morocco, Mozambique, Nepal, "
    "Netherlands, New Zealand, Niger, Nigeria, Norway, Pakistan, Paraguay, Peru, Philippines, "
    "Poland, Portugal, Republic of Korea, Republic of Moldova, Romania, Russian Federation, Senegal, "
    "Serbia, Slovakia, South Africa, Spain, Sri Lanka, Sudan, Sweden, Switzerland, "
    "Thailand, Tunisia, Turkey, Ukraine, United Kingdom of Great Britain and Northern Ireland, "
    "United Republic of Tanzania, United States of America, Uruguay, Venezuela (Bolivarian Republic of), "
    "Viet Nam, Yemen, Zambia and Zimbabwe."
)

BODY = [
    ("h1", "I.", "OPENING OF THE SESSION"),
    ("p", "1", "The Council convened for its 110th Session in Geneva on Wednesday, 27 November 2019, at the "
     "Centre International de Conf\u00e9rences Gen\u00e8ve. The session was opened at 10.15 a.m. by the outgoing "
     "Chairperson, H.E. Mr V. Koval (Ukraine). Six meetings were held."),
    ("p", "2", "The following Member States were represented:{1} " + MEMBERS),
    ("p", "3", "Bahrain, Bhutan, Indonesia, Kuwait, Qatar and Saudi Arabia were represented by observers, "
     "as was the Sovereign Order of Malta."),
    ("p", "4", "The United Nations, the International Labour Organization, the Office of the United Nations "
     "High Commissioner for Refugees, the Office of the United Nations High Commissioner for Human Rights, "
     "the United Nations Children\u2019s Fund, the United Nations Development Programme, the United Nations "
     "Population Fund, the World Food Programme and the World Health Organization were represented by "
     "observers. The African Union, the European Union, the International Committee of the Red Cross, "
     "the League of Arab States and the Organization of American States were also represented, as were 21 international "
     "non-governmental organizations."),

    ("h1", "II.", "CREDENTIALS OF REPRESENTATIVES AND OBSERVERS"),
    ("p", "5", "The Council noted that the Director General had examined the credentials of the "
     "representatives of the Member States listed in paragraph 2 and had found them to be in good and due "
     "form, and that the observers referred to in paragraphs 3 and 4 had been duly accredited."),

    ("h1", "III.", "ELECTION OF OFFICERS"),
    ("p", "6", "The Council elected the following officers by acclamation: H.E. Ms F. Odhiambo (Kenya) as "
     "Chairperson; H.E. Mr P. Lindqvist (Sweden) as First Vice-Chairperson; Mr T. Rahman (Bangladesh) as "
     "Second Vice-Chairperson; and Ms C. Moreno (Paraguay) as Rapporteur."),
    ("p", "7", "On taking the chair, the newly elected Chairperson thanked the outgoing Bureau for its work "
     "over the past year, in particular during the informal consultations on the Organization\u2019s "
     "strategic vision, and paid tribute to the members of IOM staff who had lost their lives in the line "
     "of duty during 2019."),

    ("h1", "IV.", "ADOPTION OF THE AGENDA"),
    ("p", "8", "The Council adopted the provisional agenda set out in document C/110/1, as amended to include "
     "a sub-item on the status of the IOM Development Fund.{2} The agenda as adopted was issued as document "
     "C/110/1/Rev.1 and is reproduced in the Annex to this report."),

    ("h1", "V.", "ADMISSION OF OBSERVERS"),
    ("p", "9", "The Council had before it requests for observer status at its meetings submitted by the "
     "Asia-Pacific Refugee Rights Network (C/110/3), the Migration Policy Research Centre of the Americas "
     "(C/110/4) and the Pan-African Federation of Diaspora Associations (C/110/5)."),
    ("p", "10", "By acclamation, the Council adopted Resolutions Nos. 1371, 1372 and 1373 of 27 November 2019, "
     "granting observer status to those organizations. Their representatives thanked the Council and "
     "expressed their commitment to working closely with the Organization and its Member States."),

    ("h1", "VI.", "REPORT OF THE DIRECTOR GENERAL"),
    ("p", "11", "Introducing his report to the Council,{3} the Director General said that over the past year "
     "the Organization had responded to more than 30 emergencies at the same time, from the Bahamas to "
     "Mozambique and from Bangladesh to the Bolivarian Republic of Venezuela, while continuing to expand "
     "its development and migration governance work. He identified the following priorities for 2020:"),
    ("item", "(a)", "consolidating the role of IOM as coordinator of the United Nations Network on "
     "Migration, in support of the implementation of the Global Compact for Safe, Orderly and Regular "
     "Migration;"),
    ("item", "(b)", "completing the reform of internal governance, including the roll-out of the Internal "
     "Governance Framework;{4}"),
    ("item", "(c)", "strengthening the Organization\u2019s data and research capacity, notably through the "
     "Global Migration Data Analysis Centre; and"),
    ("item", "(d)", "placing the finances of the Organization on a sounder footing, with a more predictable "
     "core budget."),
    ("p", "12", "He reported that total expenditure in 2018 had reached USD 2.2 billion, that the Organization "
     "had more than 14,000 staff members in over 100 countries, and that 173 States were now Members of "
     "IOM. Since the entry into force of the Agreement concerning the Relationship between the United "
     "Nations and the International Organization for Migration, approved by Resolution No. 1309 of "
     "24 November 2015, IOM had become a full member of United Nations country teams in almost every "
     "country in which it worked."),
    ("p", "13", "Delegations welcomed the report and commended the Director General for the clarity of his "
     "vision. Several delegations asked for more detailed information on the cost of the Internal Governance "
     "Framework to be provided at the next session of the Standing Committee on Programmes and Finance."),

    ("h1", "VII.", "PANEL DISCUSSIONS"),
    ("h2", "A.", "High-level panel: Migration in a changing climate"),
    ("p", "14", "The high-level panel, moderated by the Deputy Director General, brought together the "
     "Minister for Economy of Fiji, the Minister of Humanitarian Action of the Niger, the Envoy of the "
     "Chair of the Platform on Disaster Displacement and a researcher from the University of Dhaka.{5} "
     "Panellists described how slow-onset events such as sea-level rise and desertification were "
     "reshaping mobility patterns, and how planned relocation, when carried out with the full "
     "participation of the communities concerned, could be a last-resort option for saving lives."),
    ("p", "15", "In the ensuing discussion, delegations stressed the need for better data on displacement "
     "linked to disasters and climate change, and for migration to be taken into account in national "
     "adaptation plans and nationally determined contributions."),
    ("h2", "B.", "Panel: Making the Global Compact work at local level"),
    ("p", "16", "The second panel brought together the mayors of Accra, Montevideo and Bergen and the "
     "Secretary General of United Cities and Local Governments. Points raised included:"),
    ("bullet", "\u2022", "the central role of cities in the reception and inclusion of migrants, and the "
     "resulting need for direct access to funding;"),
    ("bullet", "\u2022", "the importance of involving local authorities in the national implementation plans "
     "of the Global Compact; and"),
    ("bullet", "\u2022", "the value of city-to-city exchanges on migrants\u2019 access to housing, health care "
     "and education."),

    ("h1", "VIII.", "GENERAL DEBATE"),
    ("p", "17", "The representatives of the following Member States took part in the general debate: "
     "Argentina, Australia, Bangladesh, Brazil, Canada, Chile, China, Colombia, Ecuador, Egypt, Ethiopia, "
     "Finland (on behalf of the European Union and its member States), Germany, Ghana, Guatemala, India, "
     "Japan, Kenya (on behalf of the African Group), Mexico, Morocco, Nigeria, Pakistan, Philippines, "
     "Republic of Korea, Russian Federation, South Africa, Switzerland, Thailand, Turkey, United Kingdom "
     "of Great Britain and Northern Ireland, United States of America and Venezuela (Bolivarian Republic "
     "of). Statements were also made by Indonesia and the Sovereign Order of Malta, as observers, and by "
     "four international organizations.{6}"),
    ("p", "18", "Many speakers expressed support for the work of IOM as coordinator of the United Nations "
     "Network on Migration and looked forward to the first International Migration Review Forum in 2022. "
     "Others reiterated that the Global Compact was not legally binding and that its implementation "
     "remained a sovereign decision of each State."),
    ("p", "19", "A number of delegations underlined the chronic underfunding of the core structure of the "
     "Organization and the growing share of earmarked contributions, and called for the budget reform "
     "discussions to be concluded in 2020."),

    ("h1", "IX.", "REPORT ON THE TWENTY-FOURTH AND TWENTY-FIFTH SESSIONS OF THE STANDING COMMITTEE ON "
     "PROGRAMMES AND FINANCE"),
    ("p", "20", "The Council took note of the reports on the Twenty-fourth and Twenty-fifth Sessions of the "
     "Standing Committee on Programmes and Finance (S/24/15 and S/25/16) and adopted Resolution No. 1374 "
     "endorsing the decisions taken by the Standing Committee at those sessions. It noted the progress "
     "made by the Working Group on Budget Reform, whose mandate had been extended by Resolution No. 1370 "
     "of 27 November 2018."),
    ("p", "21", "The Council expressed concern that, as at 31 October 2019, outstanding assessed "
     "contributions to the Administrative Part of the Budget totalled CHF 3,487,112, and that the Central "
     "African Republic, the Comoros, the Gambia, Guinea-Bissau, Liberia and Somalia were subject to the "
     "provisions of Article 4 of the Constitution. It urged those Member States to pay their contributions "
     "in full or to agree a payment plan with the Administration."),

    ("h1", "X.", "PROGRAMME AND BUDGET FOR 2020"),
    ("p", "22", "The Council adopted Resolution No. 1375 approving the Programme and Budget for 2020 "
     "(C/110/7), with an Administrative Part of CHF 52,541,080 and an Operational Part of "
     "USD 1,096,214,000.{7}"),
    ("h1", "XI.", "DATE AND PLACE OF THE NEXT SESSION"),
    ("p", "23", "The Council decided provisionally that its 111th Session would be held in Geneva from 24 to "
     "27 November 2020, and that the Twenty-sixth and Twenty-seventh Sessions of the Standing Committee "
     "on Programmes and Finance would be held in June and October 2020 respectively."),

    ("h1", "XII.", "CLOSURE OF THE SESSION"),
    ("p", "24", "The Chairperson thanked the delegations, the interpreters and the staff of the Secretariat "
     "and declared the 110th Session closed on Friday, 29 November 2019, at 5.40 p.m."),
]

ANNEX_ITEMS = [
    ("p", "1", "Opening of the session"),
    ("p", "2", "Credentials of representatives and observers"),
    ("p", "3", "Election of officers"),
    ("p", "4", "Adoption of the agenda"),
    ("p", "5", "Admission of observers"),
    ("p", "6", "Report of the Director General"),
    ("p", "7", "Panel discussions"),
    ("item", "(a)", "High-level panel: Migration in a changing climate"),
    ("item", "(b)", "Panel: Making the Global Compact work at local level"),
    ("p", "8", "General debate"),
    ("p", "9", "Report on the Twenty-fourth and Twenty-fifth Sessions of the Standing Committee on "
     "Programmes and Finance"),
    ("item", "(a)", "Status of the IOM Development Fund"),
    ("item", "(b)", "Status report on outstanding contributions to the Administrative Part of the Budget"),
    ("p", "10", "Programme and Budget for 2020"),
    ("p", "11", "Other business"),
    ("p", "12", "Date and place of the next session"),
    ("p", "13", "Closure of the session"),
]


# ---------------------------------------------------------------------------------------------
# A small line-layout engine: words with raised footnote markers, justified lines, footnotes at
# the foot of the page on which their marker falls.

class Doc(FPDF):
    pass


pdf = Doc(orientation="P", unit="mm", format="A4")
pdf.core_fonts_encoding = "windows-1252"
pdf.set_auto_page_break(False)
pdf.set_margins(LEFT, 20, 210 - RIGHT)


def width(text, style="", size=SIZE):
    pdf.set_font(FONT, style, size)
    return pdf.get_string_width(text)


def tokenize(text, style=""):
    """Split text into words; each word is a list of runs (text, style, sup)."""
    words = []
    for raw in text.split(" "):
        if not raw:
            continue
        runs = []
        for part in re.split(r"(\{\d+\})", raw):
            if not part:
                continue
            m = re.fullmatch(r"\{(\d+)\}", part)
            if m:
                runs.append((m.group(1), "", True))
            else:
                runs.append((part, style, False))
        words.append(runs)
    return words


def word_width(runs, size=SIZE):
    w = 0.0
    for t, st, sup in runs:
        w += width(t, st, SUP_SIZE if sup and size == SIZE else (6 if sup else size))
    return w


def wrap(words, first_width, other_width, size=SIZE):
    """Greedy wrap; returns list of lists of words."""
    space = width(" ", "", size)
    lines, cur, cur_w = [], [], 0.0
    limit = first_width
    for wd in words:
        ww = word_width(wd, size)
        if cur and cur_w + space + ww > limit:
            lines.append(cur)
            cur, cur_w = [wd], ww
            limit = other_width
        else:
            cur_w = ww if not cur else cur_w + space + ww
            cur.append(wd)
    if cur:
        lines.append(cur)
    return lines


def draw_line(x, y, words, avail, justify, size=SIZE):
    space = width(" ", "", size)
    total = sum(word_width(w, size) for w in words)
    gaps = len(words) - 1
    gap = space
    if justify and gaps > 0:
        gap = (avail - total) / gaps
    cx = x
    for w in words:
        for t, st, sup in w:
            if sup:
                s = SUP_SIZE if size == SIZE else 6
                pdf.set_font(FONT, "", s)
                pdf.text(cx, y - (SUP_RISE if size == SIZE else 1.3), t)
                cx += pdf.get_string_width(t)
            else:
                pdf.set_font(FONT, st, size)
                pdf.text(cx, y, t)
                cx += pdf.get_string_width(t)
        cx += gap


def markers_in(words):
    return [t for w in words for (t, st, sup) in w if sup]


class Flow:
    """Pagination of the body: lines are placed top-down, footnotes gathered per page."""

    def __init__(self, header_label_fn, first_page_no):
        self.header_label_fn = header_label_fn
        self.page_no = first_page_no
        self.y = None
        self.page_fns = []
        self.heading_pages = {}

    def fn_lines(self, key):
        words = tokenize(FOOTNOTES[key])
        return wrap(words, WIDTH - 4, WIDTH - 4, FN_SIZE)

    def fn_height(self, keys):
        if not keys:
            return 0.0
        h = 6.0
        for k in keys:
            h += len(self.fn_lines(k)) * FN_LEAD + 1.0
        return h

    def limit(self, extra_keys=()):
        return BOTTOM - self.fn_height(self.page_fns + list(extra_keys))

    def new_page(self):
        if self.y is not None:
            self.finish_page()
            self.page_no += 1
        pdf.add_page()
        header(self.header_label_fn(self.page_no))
        self.y = TOP_BODY
        self.page_fns = []

    def finish_page(self):
        if not self.page_fns:
            return
        total = self.fn_height(self.page_fns)
        y = BOTTOM - total + 6.0
        pdf.set_line_width(0.2)
        pdf.line(LEFT, y - 4.2, LEFT + 50, y - 4.2)
        for k in self.page_fns:
            lines = self.fn_lines(k)
            pdf.set_font(FONT, "", 6)
            pdf.text(LEFT, y - 1.3, k)
            for i, ln in enumerate(lines):
                draw_line(LEFT + 4, y, ln, WIDTH - 4, i < len(lines) - 1, FN_SIZE)
                y += FN_LEAD
            y += 1.0

    def need(self, nlines, keys=()):
        if self.y + nlines * LEAD > self.limit(keys) + 0.01:
            self.new_page()

    def place_lines(self, lines, x_first, x_other, avail_first, avail_other, label=None,
                    label_x=None, gap_after=True, bold=False):
        for i, ln in enumerate(lines):
            keys = markers_in(ln)
            if self.y + LEAD > self.limit(keys) + 0.01:
                self.new_page()
            x = x_first if i == 0 else x_other
            avail = avail_first if i == 0 else avail_other
            if i == 0 and label:
                pdf.set_font(FONT, "B" if bold else "", SIZE)
                pdf.text(label_x, self.y, label)
            draw_line(x, self.y, ln, avail, i < len(lines) - 1)
            self.page_fns.extend(keys)
            self.y += LEAD
        if gap_after:
            self.y += LEAD


def header(label_lines):
    if not label_lines:
        return
    pdf.set_font(FONT, "", 10)
    y = 14
    for t in label_lines:
        pdf.text(RIGHT - pdf.get_string_width(t), y, t)
        y += 4.4


def centered(y, text, style="", size=SIZE):
    pdf.set_font(FONT, style, size)
    pdf.text(LEFT + (WIDTH - pdf.get_string_width(text)) / 2, y, text)


def right(y, text, style="", size=SIZE):
    pdf.set_font(FONT, style, size)
    pdf.text(RIGHT - pdf.get_string_width(text), y, text)


def flow_blocks(flow, blocks, record=None):
    for idx, (kind, label, text) in enumerate(blocks):
        if kind == "h1":
            words = tokenize(text, "B")
            lines = wrap(words, WIDTH - 14, WIDTH - 14)
            flow.need(len(lines) + 3)
            if record is not None:
                record[label.rstrip(".")] = flow.page_no
            flow.place_lines(lines, LEFT + 14, LEFT + 14, WIDTH - 14, WIDTH - 14, label, LEFT, bold=True)
        elif kind == "h2":
            words = tokenize(text, "BI")
            lines = wrap(words, WIDTH - 14, WIDTH - 14)
            flow.need(len(lines) + 3)
            if record is not None:
                record["h2:" + label.rstrip(".")] = flow.page_no
            pdf.set_font(FONT, "BI", SIZE)
            flow.place_lines(lines, LEFT + 14, LEFT + 14, WIDTH - 14, WIDTH - 14, label, LEFT, bold=True)
        elif kind == "p":
            words = tokenize(text)
            lines = wrap(words, WIDTH - 10, WIDTH)
            flow.place_lines(lines, LEFT + 10, LEFT, WIDTH - 10, WIDTH, label + ".", LEFT)
        elif kind in ("item", "bullet"):
            words = tokenize(text)
            lines = wrap(words, WIDTH - 20, WIDTH - 20)
            flow.place_lines(lines, LEFT + 20, LEFT + 20, WIDTH - 20, WIDTH - 20, label, LEFT + 10)
    flow.finish_page()


# ---------------------------------------------------------------------------------------------
# Pass 1: paginate the body on a scratch document to learn the page of each heading.

def paginate_body():
    global pdf
    real = pdf
    pdf = Doc(orientation="P", unit="mm", format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_auto_page_break(False)
    rec = {}
    fl = Flow(lambda n: [SYMBOL, "Page %d" % n], 1)
    fl.new_page()
    fl.y += 2 * LEAD + LEAD + 2
    flow_blocks(fl, BODY, rec)
    pdf = real
    return rec


HEADING_PAGES = paginate_body()


def para_range(blocks, start_index):
    """Paragraph numbers under the heading at start_index (until the next heading of same level)."""
    kind0 = blocks[start_index][0]
    nums = []
    for kind, label, text in blocks[start_index + 1:]:
        if kind == "h1" or (kind0 == "h2" and kind == "h2"):
            break
        if kind == "p":
            nums.append(int(label))
    if not nums:
        return ""
    return str(nums[0]) if nums[0] == nums[-1] else "%d-%d" % (nums[0], nums[-1])


# ---------------------------------------------------------------------------------------------
# Cover page

pdf.add_page()
right(20, SYMBOL, "", 11)
right(25, "Original: English", "", 11)
right(30, "20 December 2019", "", 11)
pdf.set_font(FONT, "B", 12)
pdf.text(LEFT, 44, "COUNCIL")
pdf.text(LEFT, 49.5, "110th Session")
y = 68
for t in TITLE_LINES:
    centered(y, t, "B", 13)
    y += 6.5
centered(y + 8, "Geneva", "", 12)
centered(y + 14, "27 to 29 November 2019", "", 12)
centered(y + 26, "Rapporteur: Ms C. Moreno (Paraguay)", "", 12)

# ---------------------------------------------------------------------------------------------
# Contents, on the cover page below the rapporteur line

y = 132
centered(y, "CONTENTS", "B", SIZE)
pdf.set_font(FONT, "U", 10)
PARA_COL = 168.0   # right edge of the paragraphs column
PAGE_COL = RIGHT   # right edge of the page column
y += 10
pdf.text(PARA_COL - pdf.get_string_width("Paragraphs"), y, "Paragraphs")
pdf.text(PAGE_COL - pdf.get_string_width("Page"), y, "Page")
y += 8


def toc_entry(y, label, title, x_label, x_title, paras, page):
    pdf.set_font(FONT, "", SIZE)
    avail = PARA_COL - 24 - x_title
    words = title.split(" ")
    lines, cur = [], ""
    for w in words:
        trial = (cur + " " + w).strip()
        if pdf.get_string_width(trial) > avail and cur:
            lines.append(cur)
            cur = w
        else:
            cur = trial
    lines.append(cur)
    pdf.text(x_label, y, label)
    for i, ln in enumerate(lines):
        pdf.text(x_title, y, ln)
        if i == len(lines) - 1:
            end = x_title + pdf.get_string_width(ln) + 1.5
            pw = pdf.get_string_width(paras)
            lead_end = PARA_COL - pw - 2
            dots = ""
            while pdf.get_string_width(dots + ".") < lead_end - end:
                dots += "."
            pdf.text(lead_end - pdf.get_string_width(dots), y, dots)
            pdf.text(PARA_COL - pw, y, paras)
            pdf.text(PAGE_COL - pdf.get_string_width(page), y, page)
        y += LEAD
    return y + 1.8


for i, (kind, label, text) in enumerate(BODY):
    if kind == "h1":
        y = toc_entry(y, label, text, LEFT, LEFT + 14, para_range(BODY, i),
                      str(HEADING_PAGES[label.rstrip(".")]))
    elif kind == "h2":
        y = toc_entry(y, label, text, LEFT + 14, LEFT + 22, para_range(BODY, i),
                      str(HEADING_PAGES["h2:" + label.rstrip(".")]))

# ---------------------------------------------------------------------------------------------
# Body

flow = Flow(lambda n: [SYMBOL, "Page %d" % n], 1)
flow.new_page()
ty = TOP_BODY
for t in TITLE_LINES:
    centered(ty, t, "B", SIZE)
    ty += LEAD
flow.y = ty + LEAD + 2
flow_blocks(flow, BODY)

# ---------------------------------------------------------------------------------------------
# Annex: the agenda as adopted

annex = Flow(lambda n: [SYMBOL, "Annex"], 1)
annex.new_page()
centered(TOP_BODY + 2, "Annex", "B", SIZE)
centered(TOP_BODY + 2 + 2 * LEAD, "AGENDA OF THE 110TH SESSION OF THE COUNCIL", "B", SIZE)
annex.y = TOP_BODY + 2 + 4 * LEAD
for kind, label, text in ANNEX_ITEMS:
    words = tokenize(text)
    if kind == "p":
        lines = wrap(words, WIDTH - 10, WIDTH - 10)
        annex.place_lines(lines, LEFT + 10, LEFT + 10, WIDTH - 10, WIDTH - 10, label + ".", LEFT)
    else:
        lines = wrap(words, WIDTH - 20, WIDTH - 20)
        annex.y -= LEAD * 0.5
        annex.place_lines(lines, LEFT + 20, LEFT + 20, WIDTH - 20, WIDTH - 20, label, LEFT + 10)
annex.finish_page()

pdf.output(OUT)
print("pages:", pdf.page_no(), "headings:", HEADING_PAGES)
