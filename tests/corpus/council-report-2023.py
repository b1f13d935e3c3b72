# Draws council-report-2023.pdf: C/114/5/Rev.1, report on the 113th Session of the IOM Council,
# issued under the 114th Session after its approval (reportlab, A4).
import re
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = "council-report-2023.pdf"
SYMBOL = "C/114/5/Rev.1"
PW, PH = A4
LM, RM = 64, PW - 64
W = RM - LM
BODY, BOLD, ITAL = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
FS, LEAD = 10.0, 12.0
FN_FS, FN_LEAD = 8.5, 10.5
MK_FS, MK_RISE = 6.5, 4.0
BOTTOM = 62
TOP = 752
TAB = 36

FOOTNOTES = {
    "1": "See the list of participants (C/113/31).",
    "2": "Oman was admitted as a Member of the Organization during the session (see paragraphs 10 and 11).",
    "3": "Observer status is granted to non-governmental organizations in accordance with the criteria "
         "set out in document MC/2135.",
    "4": "The programme of work for the session was circulated as document C/113/2/Rev.1.",
    "5": "The full text of the statement is posted on the governing bodies page of the IOM website.",
    "6": "Delegations unable to take the floor for lack of time submitted their statements in writing; "
         "those statements have also been posted online.",
    "7": "This figure includes USD 147.8 million in Operational Support Income, which finances the part of "
         "the core structure of the Organization not covered by the Administrative Part of the Budget.",
}

MEMBERS = (
    "Afghanistan, Albania, Algeria, Angola, Argentina, Armenia, Australia, Austria, Azerbaijan, Bangladesh, "
    "Belgium, Benin, Bolivia (Plurinational State of), Bosnia and Herzegovina, Botswana, Brazil, Bulgaria, "
    "Burkina Faso, Burundi, Cabo Verde, Cambodia, Cameroon, Canada, Chad, Chile, China, Colombia, Congo, "
    "Costa Rica, C\u00f4te d\u2019Ivoire, Croatia, Cyprus, Czechia, Democratic Republic of the Congo, Denmark, "
    "Djibouti, Dominican Republic, Ecuador, Egypt, El Salvador, Estonia, Ethiopia, Finland, France, Gabon, "
    "Georgia, Germany, Ghana, Greece, Guatemala, Guinea, Haiti, Holy See, Honduras, Hungary, India, Indonesia, "
    "Iran (Islamic Republic of), Iraq, Ireland, Israel, Italy, Jamaica, Japan, Jordan, Kenya, Kyrgyzstan, "
    "Latvia, Lebanon, Lesotho, Libya, Lithuania, Luxembourg, Madagascar, Malawi, Mali, Malta, Mauritania, "
    "Mauritius, Mexico, Mongolia, Montenegro, Morocco, Mozambique, Myanmar, Namibia, Nepal, Netherlands "
    "(Kingdom of the), New Zealand, Niger, Nigeria, North Macedonia, Norway, Pakistan, Panama, Paraguay, Peru, "
    "Philippines, Poland, Portugal, Republic of Korea, Republic of Moldova, Romania, Rwanda, Senegal, Serbia, "
    "Sierra Leone, Slovakia, Slovenia, Somalia, South Africa, South Sudan, Spain, Sri Lanka, Sudan, Sweden, "
    "Switzerland, Tajikistan, Thailand, Togo, Tunisia, T\u00fcrkiye, Uganda, Ukraine, United Kingdom of Great "
    "Britain and Northern Ireland, United Republic of Tanzania, United States of America, Uruguay, Uzbekistan, "
    "Venezuela (Bolivarian Republic of), Viet Nam, Yemen, Zambia and Zimbabwe."
)

# (kind, label/number, text). Footnote markers are written [[n]] right after the word they follow.
BLOCKS = [
    ("runtitle", None, "REPORT ON THE 113TH SESSION OF THE COUNCIL"),
    ("heading", None, "INTRODUCTION"),
    ("para", "1", "Pursuant to Resolution No. 1393 of 2 December 2021, the Council convened for its 113th "
     "Session on Tuesday, 29 November 2022, at the Centre International de Conf\u00e9rences Gen\u00e8ve. Six "
     "meetings were held. The session took place in person, with remote participation available to "
     "delegations unable to travel to Geneva."),
    ("para", "2", "The session was opened by the outgoing Chairperson, H.E. Ms Karin Ahlberg (Sweden), who "
     "recalled that the year had been marked by the first International Migration Review Forum, held in New "
     "York in May 2022, and by the largest displacement of people in Europe since the Second World War."),
    ("heading", None, "ATTENDANCE"),
    ("para", "3", "The following Member States were represented:[[1]] " + MEMBERS),
    ("para", "4", "The following were represented by observers:"),
    ("item", "(a)", "non-member States: Bahrain, Bhutan, Brunei Darussalam, Kuwait, Oman,[[2]] Qatar, Saudi "
     "Arabia and Singapore;"),
    ("item", "(b)", "the International Committee of the Red Cross, the International Federation of Red Cross "
     "and Red Crescent Societies and the Sovereign Order of Malta;"),
    ("item", "(c)", "United Nations and related organizations: International Labour Organization, Office of the "
     "United Nations High Commissioner for Human Rights, Office of the United Nations High Commissioner for "
     "Refugees, United Nations Children\u2019s Fund, United Nations Development Programme, World Food Programme "
     "and World Health Organization;"),
    ("item", "(d)", "intergovernmental organizations: African Union, Council of Europe, Economic Community of "
     "West African States, European Union, International Centre for Migration Policy Development, League of "
     "Arab States, Organisation of Islamic Cooperation and Organization of American States;"),
    ("item", "(e)", "non-governmental organizations: Caritas Internationalis, Danish Refugee Council, HIAS, "
     "International Catholic Migration Commission, Jesuit Refugee Service, Norwegian Refugee Council, "
     "Scalabrini International Migration Network and World Vision International.[[3]]"),
    ("heading", None, "CREDENTIALS OF REPRESENTATIVES AND OBSERVERS"),
    ("para", "5", "The Council noted that the Director General had examined the credentials of the "
     "representatives of the Member States listed in paragraph 3 and had found them to be in due and proper "
     "form. It further took note of the names of the observers listed in paragraph 4."),
    ("heading", None, "ELECTION OF OFFICERS"),
    ("para", "6", "The Council elected the following officers: H.E. Mr Juli\u00e1n Ortega Salcedo (Colombia) as "
     "Chairperson; H.E. Ms Amina Diallo Ke\u00efta (Mali) as First Vice-Chairperson; H.E. Mr Hiroshi Tanabe "
     "(Japan) as Second Vice-Chairperson; and Mr Dan Petrescu (Romania) as Rapporteur."),
    ("para", "7", "On taking the chair, the Chairperson thanked the outgoing Bureau for its stewardship during a "
     "demanding year and asked delegations to keep their interventions concise, so that the agenda could be "
     "completed within the time available."),
    ("heading", None, "ADOPTION OF THE AGENDA"),
    ("para", "8", "The Council adopted the agenda set out in document C/113/1/Rev.2.[[4]]"),
    ("heading", None, "APPROVAL OF THE REPORT ON THE 112TH SESSION"),
    ("para", "9", "The Council adopted Resolution No. 1395 approving the report on its 112th Session "
     "(C/113/3) without amendment."),
    ("heading", None, "ADMISSION OF NEW MEMBERS AND OBSERVERS"),
    ("subheading", "(a)", "Application for membership by the Sultanate of Oman"),
    ("para", "10", "The Council had before it a letter dated 14 September 2022 in which the Sultanate of Oman "
     "applied for membership in the Organization and declared its acceptance of the IOM Constitution "
     "(C/113/4), together with the corresponding draft resolution (C/113/L/3)."),
    ("para", "11", "The Council unanimously adopted Resolution No. 1396, admitting the Sultanate of Oman as a "
     "Member of IOM with immediate effect. The number of Member States of the Organization thus rose to 176."),
    ("para", "12", "The representative of Oman thanked the Council for its support and said that his country, "
     "which hosted a large number of labour migrants, looked forward to working with the Organization on fair "
     "recruitment and on the protection of migrant workers throughout the employment cycle."),
    ("subheading", "(b)", "Application for observership by the Pan-African Institute for Migration Studies"),
    ("para", "13", "The Council considered the request of the Pan-African Institute for Migration Studies for "
     "observer status (C/113/5) and, noting that the Institute met the established criteria, adopted "
     "Resolution No. 1397 granting it that status."),
    ("heading", None, "STATEMENT BY THE DIRECTOR GENERAL"),
    ("para", "14", "The Director General reviewed the work of the Organization in a year in which the number of "
     "people forcibly displaced worldwide had, for the first time, exceeded 100 million.[[5]] IOM had assisted "
     "more than 7.2 million people affected by the war in Ukraine, within the country and in neighbouring "
     "States, while responding at the same time to drought in the Horn of Africa, floods in Pakistan and "
     "continuing crises in Afghanistan, the Sahel and Yemen."),
    ("para", "15", "He noted that total expenditure had reached USD 2.9 billion in 2021 and that the "
     "Organization now counted some 19,000 personnel in over 590 locations. Its work continued to be guided by "
     "the Migration Governance Framework, which the Council had welcomed in Resolution No. 1310 of "
     "24 November 2015."),
    ("para", "16", "The Director General identified three priorities for the year ahead:"),
    ("bullet", None, "strengthening the capacity of the Organization to respond to several large-scale "
     "emergencies at once, including through the Migration Emergency Funding Mechanism;"),
    ("bullet", None, "supporting Member States in implementing the Global Compact for Safe, Orderly and Regular "
     "Migration and the Progress Declaration of the International Migration Review Forum; and"),
    ("bullet", None, "completing the second phase of the internal governance reform, with particular attention "
     "to risk management, the prevention of sexual exploitation and abuse, and oversight."),
    ("para", "17", "He concluded by thanking Member States for their confidence in the Organization and invited "
     "them to take part in the consultations on the next strategic plan, which would cover the period "
     "2024\u20132028."),
    ("heading", None, "GENERAL DEBATE"),
    ("para", "18", "Some 90 delegations took part in the general debate, which was held over three "
     "meetings.[[6]]"),
    ("para", "19", "Many speakers expressed solidarity with the people of Ukraine and commended the speed with "
     "which IOM had scaled up its operations in the region. Others cautioned that the attention given to one "
     "crisis should not divert resources from protracted situations in Africa, the Middle East and Latin "
     "America, several of which remained severely underfunded."),
    ("para", "20", "Delegations welcomed the Progress Declaration of the International Migration Review Forum, "
     "endorsed by the General Assembly in resolution 76/266, and encouraged IOM, as coordinator of the United "
     "Nations Network on Migration, to help States translate its commitments into national action."),
    ("para", "21", "The links between climate change, environmental degradation and human mobility featured "
     "prominently in the debate. Small island developing States and several countries of the Sahel described "
     "the displacement already caused by rising sea levels, drought and desertification, and called for "
     "predictable financing for adaptation measures that would allow people to remain in their communities in "
     "safety and dignity."),
    ("para", "22", "A number of delegations stressed the importance of regular pathways, including labour "
     "mobility schemes and family reunification, and of effective cooperation on return, readmission and "
     "sustainable reintegration. Speakers from countries of origin drew attention to the high cost of "
     "remittance transfers and to the continuing loss of life on dangerous migration routes by land and sea."),
    ("para", "23", "Several Member States encouraged the Administration to pursue its efforts on accountability "
     "to affected populations, on gender equality and diversity in the workforce, and on the prevention of "
     "sexual exploitation and abuse and sexual harassment."),
    ("heading", None, "REPORT ON THE THIRTY-FIRST SESSION OF THE STANDING COMMITTEE ON PROGRAMMES AND FINANCE"),
    ("para", "24", "The Chairperson of the Standing Committee on Programmes and Finance presented the report on "
     "the Committee\u2019s Thirty-first Session, held on 1 and 2 November 2022 (S/31/15). Among other matters, "
     "the Standing Committee had reviewed the Programme and Budget for 2023, the status of outstanding "
     "contributions and the progress made in implementing the Internal Governance Framework."),
    ("para", "25", "The Council took note of the report and endorsed the recommendations contained therein."),
    ("heading", None, "PROGRAMME AND BUDGET FOR 2023"),
    ("para", "26", "The Administration introduced the Programme and Budget for 2023 (C/113/6). The "
     "Administrative Part of the Budget amounted to CHF 61,437,000, an increase of CHF 5,224,000 over the "
     "2022 level, corresponding to the second tranche of the core budget investment agreed in the Working "
     "Group on Budget Reform. The Operational Part was estimated at USD 1,386.4 million.[[7]]"),
    ("para", "27", "Delegations welcomed the increase in assessed contributions as a step towards a more "
     "sustainable funding base for the Organization. Several nonetheless urged the Administration to contain "
     "staff costs and to report regularly on the use of the additional resources, and one delegation asked "
     "that the share of unearmarked funding be shown more clearly in future budget documents."),
    ("para", "28", "The Council adopted Resolution No. 1398 approving the Programme and Budget for 2023."),
    ("heading", None, "STATUS REPORT ON OUTSTANDING CONTRIBUTIONS TO THE ADMINISTRATIVE PART OF THE BUDGET"),
    ("para", "29", "The Administration reported that, as at 25 November 2022, contributions outstanding to the "
     "Administrative Part of the Budget amounted to CHF 4,286,519, owed by 38 Member States (C/113/9). Of "
     "that amount, CHF 3,105,744 was owed by 17 Member States subject to Article 4 of the Constitution and "
     "CHF 1,180,775 by the remaining 21 Member States."),
    ("para", "30", "The Council thanked the Member States that had settled their arrears or agreed on payment "
     "plans during the year. It urged those still in arrears to pay their contributions in full as soon as "
     "possible or to contact the Administration with a view to agreeing on a payment plan."),
    ("heading", None, "OTHER BUSINESS"),
    ("para", "31", "The representative of Ecuador, speaking on behalf of the Group of Latin American and "
     "Caribbean States, proposed that an informal briefing be held early in 2023 on the preparation of the "
     "next strategic plan. The Chairperson said that the Bureau would consult the regional coordinators on a "
     "suitable date."),
    ("heading", None, "DATE AND PLACE OF THE NEXT SESSION"),
    ("para", "32", "The Council decided to convene a special session in May 2023 for the election of the "
     "Director General, and provisionally to hold its 114th Session in Geneva from 28 to 30 November 2023. "
     "The Bureau would confirm those dates in due course."),
    ("heading", None, "CLOSURE OF THE SESSION"),
    ("para", "33", "Having thanked all participants, the interpreters and the Secretariat, the Chairperson "
     "declared the 113th Session of the Council closed on Thursday, 1 December 2022, at 5.40 p.m."),
]

MK = re.compile(r"^(.*?)\[\[(\d+|\*)\]\]$")


def tokens(text):
    out = []
    for t in text.split():
        m = MK.match(t)
        out.append((m.group(1), m.group(2)) if m else (t, None))
    return out


def tok_w(tok, font, size):
    w = stringWidth(tok[0], font, size)
    if tok[1]:
        w += stringWidth(tok[1], font, MK_FS)
    return w


def wrap(toks, first_w, other_w, font, size):
    lines, cur, cw = [], [], 0.0
    sp = stringWidth(" ", font, size)
    avail = first_w
    for t in toks:
        w = tok_w(t, font, size)
        need = w if not cur else cw + sp + w
        if cur and need > avail:
            lines.append(cur)
            cur, cw = [t], w
            avail = other_w
        else:
            cur.append(t)
            cw = need
    if cur:
        lines.append(cur)
    return lines


def draw_line(c, toks, x, y, width, font, size, justify, mk_fs=MK_FS, rise=MK_RISE):
    sp = stringWidth(" ", font, size)
    nat = sum(tok_w(t, font, size) for t in toks) + sp * (len(toks) - 1)
    gap = sp
    if justify and len(toks) > 1:
        gap = sp + (width - nat) / (len(toks) - 1)
    cx = x
    for t in toks:
        c.setFont(font, size)
        c.drawString(cx, y, t[0])
        cx += stringWidth(t[0], font, size)
        if t[1]:
            c.setFont(font, mk_fs)
            c.drawString(cx, y + rise, t[1])
            cx += stringWidth(t[1], font, mk_fs)
        cx += gap


def fn_lines(n):
    return wrap(tokens(FOOTNOTES[n]), W - 12, W - 12, BODY, FN_FS)


def fn_height(fns):
    if not fns:
        return 0
    return 16 + sum(len(fn_lines(n)) * FN_LEAD + 2 for n in fns)


# ---------------------------------------------------------------- layout pass
class Page:
    def __init__(self, label):
        self.label = label
        self.ops = []      # (toks, x, y, width, font, justify)
        self.fns = []


pages = []
heading_pages = {}


def new_page():
    p = Page(str(len(pages) + 1))
    pages.append(p)
    return p


page = new_page()
y = TOP


def place_lines(lines, xs, widths, font, last_justify=False):
    """Place wrapped lines; xs/widths give first-line and other-line geometry."""
    global page, y
    for i, ln in enumerate(lines):
        marks = [t[1] for t in ln if t[1]]
        while True:
            bottom = BOTTOM + fn_height(page.fns + marks)
            if y - LEAD >= bottom or (not page.ops and not page.fns):
                break
            page = new_page()
            y = TOP
        x = xs[0] if i == 0 else xs[1]
        wd = widths[0] if i == 0 else widths[1]
        just = (i < len(lines) - 1) or last_justify
        page.ops.append((ln, x, y, wd, font, just))
        page.fns.extend(marks)
        y -= LEAD


def room(h):
    return y - h >= BOTTOM + fn_height(page.fns)


for kind, label, text in BLOCKS:
    if kind == "runtitle":
        w = stringWidth(text, BOLD, FS)
        page.ops.append(([(text, None)], (PW - w) / 2, y, w, BOLD, False))
        y -= 2 * LEAD
    elif kind == "heading":
        lines = wrap(tokens(text), W, W, BOLD, FS)
        if not room(LEAD * (len(lines) + 3)):
            page = new_page()
            y = TOP
        heading_pages[text] = page.label
        place_lines(lines, (LM, LM), (W, W), BOLD)
        y -= LEAD * 0.0
        y -= LEAD
    elif kind == "subheading":
        lines = wrap(tokens(text), W - TAB, W - TAB, ITAL, FS)
        if not room(LEAD * (len(lines) + 3)):
            page = new_page()
            y = TOP
        heading_pages[label + " " + text] = page.label
        page.ops.append(([(label, None)], LM, y, 20, ITAL, False))
        place_lines(lines, (LM + TAB, LM + TAB), (W - TAB, W - TAB), ITAL)
        y -= LEAD
    elif kind == "para":
        lines = wrap(tokens(text), W - TAB, W, BODY, FS)
        if not room(LEAD * min(2, len(lines))):
            page = new_page()
            y = TOP
        page.ops.append(([(label + ".", None)], LM, y, 20, BODY, False))
        place_lines(lines, (LM + TAB, LM), (W - TAB, W), BODY)
        y -= LEAD
    elif kind == "item":
        lines = wrap(tokens(text), W - 2 * TAB, W - 2 * TAB, BODY, FS)
        if not room(LEAD * min(2, len(lines))):
            page = new_page()
            y = TOP
        page.ops.append(([(label, None)], LM + TAB, y, 20, BODY, False))
        place_lines(lines, (LM + 2 * TAB, LM + 2 * TAB), (W - 2 * TAB, W - 2 * TAB), BODY)
        y -= LEAD
    elif kind == "bullet":
        lines = wrap(tokens(text), W - TAB - 18, W - TAB - 18, BODY, FS)
        if not room(LEAD * min(2, len(lines))):
            page = new_page()
            y = TOP
        page.ops.append(([("\u2022", None)], LM + TAB, y, 10, BODY, False))
        place_lines(lines, (LM + TAB + 18, LM + TAB + 18), (W - TAB - 18, W - TAB - 18), BODY)
        y -= LEAD


# ---------------------------------------------------------------- drawing
c = canvas.Canvas(OUT, pagesize=A4)
c.setTitle("C/114/5/Rev.1 - Report on the 113th Session of the Council")
c.setAuthor("International Organization for Migration")


def header(label):
    c.setFont(BODY, FS)
    c.drawRightString(RM, 800, SYMBOL)
    c.drawRightString(RM, 787, "Page " + label)


# Cover
c.setFont(BOLD, 11)
c.drawRightString(RM, 800, SYMBOL)
c.setFont(BODY, FS)
c.drawRightString(RM, 786, "Original: English")
c.drawRightString(RM, 772, "8 December 2023")
c.setFont(BOLD, 11)
c.drawCentredString(PW / 2, 690, "COUNCIL")
c.setFont(BODY, 11)
c.drawCentredString(PW / 2, 675, "114th Session")
c.setFont(BOLD, 12)
c.drawCentredString(PW / 2, 585, "REPORT ON THE")
t2 = "113TH SESSION OF THE COUNCIL"
w2 = stringWidth(t2, BOLD, 12)
x2 = (PW - w2) / 2
c.drawString(x2, 557, t2)
c.setFont(BOLD, 8)
c.drawString(x2 + w2 + 0.5, 562, "*")
c.setFont(BODY, 11)
c.drawCentredString(PW / 2, 515, "Geneva")
c.drawCentredString(PW / 2, 500, "29 November to 1 December 2022")
c.drawCentredString(PW / 2, 460, "Rapporteur: Mr D. Petrescu (Romania)")
c.setFont(BODY, 9)
c.drawString(LM, 112, "__________________")
c.drawString(LM, 96, "*")
note = ("This report was approved by the Council at its 114th Session through Resolution No. 1403 of "
        "28 November 2023.")
nl = wrap(tokens(note), W - 10, W - 10, BODY, 9)
yy = 96
for i, ln in enumerate(nl):
    draw_line(c, ln, LM + 10, yy, W - 10, BODY, 9, i < len(nl) - 1)
    yy -= 11
c.showPage()

# Contents (Page i)
CONTENTS = [
    ("INTRODUCTION", 0), ("ATTENDANCE", 0), ("CREDENTIALS OF REPRESENTATIVES AND OBSERVERS", 0),
    ("ELECTION OF OFFICERS", 0), ("ADOPTION OF THE AGENDA", 0), ("APPROVAL OF THE REPORT ON THE 112TH SESSION", 0),
    ("ADMISSION OF NEW MEMBERS AND OBSERVERS", 0),
    ("(a) Application for membership by the Sultanate of Oman", 1),
    ("(b) Application for observership by the Pan-African Institute for Migration Studies", 1),
    ("STATEMENT BY THE DIRECTOR GENERAL", 0), ("GENERAL DEBATE", 0),
    ("REPORT ON THE THIRTY-FIRST SESSION OF THE STANDING COMMITTEE ON PROGRAMMES AND FINANCE", 0),
    ("PROGRAMME AND BUDGET FOR 2023", 0),
    ("STATUS REPORT ON OUTSTANDING CONTRIBUTIONS TO THE ADMINISTRATIVE PART OF THE BUDGET", 0),
    ("OTHER BUSINESS", 0), ("DATE AND PLACE OF THE NEXT SESSION", 0), ("CLOSURE OF THE SESSION", 0),
]
header("i")
c.setFont(BOLD, FS)
c.drawCentredString(PW / 2, 745, "CONTENTS")
c.setFont(BODY, FS)
c.drawRightString(RM, 718, "Page")
yy = 696
dotw = stringWidth(".", BODY, FS)
for title, lvl in CONTENTS:
    pg = heading_pages[title]
    x0 = LM + 24 * lvl
    if lvl:
        lab, rest = title.split(" ", 1)
        c.drawString(x0, yy, lab)
        x0 += 24
        text = rest
    else:
        text = title
    lines = wrap(tokens(text), RM - 40 - x0, RM - 40 - x0, BODY, FS)
    for i, ln in enumerate(lines):
        s = " ".join(t[0] for t in ln)
        c.drawString(x0, yy, s)
        if i == len(lines) - 1:
            start = x0 + stringWidth(s + " ", BODY, FS)
            end = RM - 18
            n = int((end - start) / dotw)
            c.drawString(start, yy, "." * n)
            c.drawRightString(RM, yy, pg)
            yy -= LEAD * 1.6
        else:
            yy -= LEAD
c.showPage()

# Body
for p in pages:
    header(p.label)
    for toks, x, yy, wd, font, just in p.ops:
        draw_line(c, toks, x, yy, wd, font, FS, just)
    if p.fns:
        top = BOTTOM + fn_height(p.fns)
        c.setFont(BODY, FN_FS)
        c.drawString(LM, top - 8, "__________________")
        yy = top - 22
        for n in p.fns:
            c.setFont(BODY, MK_FS)
            c.drawString(LM, yy + 2.5, n)
            for ln in fn_lines(n):
                draw_line(c, ln, LM + 12, yy, W - 12, BODY, FN_FS, False)
                yy -= FN_LEAD
            yy -= 2
    c.showPage()
c.save()
print("body pages:", len(pages), heading_pages)
