# Draws summary-record-1997.pdf: an invented summary record of a meeting of the
# IOM Council, seventy-fourth session (November 1997), laid out with reportlab.
import re
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = "summary-record-1997.pdf"
SYMBOL = "MC/C/SR/418"

W, H = A4
LM = 70            # left margin: paragraph numbers and headings
TX = 106           # text column of numbered paragraphs
RM = W - 70        # right margin
TOP = H - 62       # first baseline of body text on later pages
BOTTOM = 72        # lowest baseline
FONT, BOLD = "Times-Roman", "Times-Bold"
SIZE, LEAD = 11, 13.6
FN_SIZE, FN_LEAD = 9, 11

# ---------------------------------------------------------------- content
# {n} marks a raised footnote marker attached to the preceding word.
FOOTNOTES = {
    1: "The joint statement was made available in the meeting room in English and French only; "
       "the Spanish version was distributed on the following day.",
    2: "Adopted as Resolution No. 966 (LXXIV) of 27 November 1997. The text of all resolutions "
       "adopted at the session will be reproduced in the report on the session.",
    3: "See document MC/INF/236, paragraphs 12 to 19, and the summary record of the 411th meeting "
       "(MC/C/SR/411), paragraphs 21 to 30.",
    4: "The rates of assessment proposed for 1998 are set out in the annex to document MC/1908; "
       "the minimum rate remains unchanged at 0.064 per cent.",
}

BODY = [
    ("text", "The meeting was called to order at 3.10 p.m."),

    ("heading", ["STATEMENTS BY OBSERVERS (continued)"]),
    ("para", 1,
     "The observer for the Office of the United Nations High Commissioner for Refugees (UNHCR) said "
     "that cooperation between her Office and IOM had grown closer during 1997, in particular in the "
     "Great Lakes region of Africa, where the two organizations had jointly arranged the return of more "
     "than 38,000 Rwandan refugees from the eastern part of the former Zaire. The exchange of letters "
     "concluded in May 1997 had clarified the division of responsibilities between the two agencies in "
     "the transport of returning refugees, and UNHCR hoped that the same understanding could be applied "
     "to the repatriation operations foreseen for Bosnia and Herzegovina in 1998."),
    ("para", 2,
     "The observer for the International Committee of the Red Cross (ICRC) recalled that IOM and ICRC "
     "had long worked side by side in the issuance of travel documents to persons without passports and "
     "in the reunification of separated families. The ICRC attached particular importance to the "
     "protection of persons who were returned to their countries of origin after the rejection of "
     "their claims, and welcomed the attention that the Administration had given to that question in "
     "its recent information paper."),
    ("para", 3,
     "The observer for the Sovereign Military Order of Malta said that the Order's hospitals and "
     "relief services in Central America, the Middle East and the Balkans were frequently called upon "
     "to care for migrants in transit. The Order stood ready to extend its practical collaboration "
     "with IOM, notably in the medical screening of migrants and in the assistance given to elderly "
     "and disabled persons travelling under IOM auspices."),
    ("para", 4,
     "The observer for the International Catholic Migration Commission (ICMC), speaking also on behalf "
     "of eleven non-governmental organizations,{1} expressed concern at the increasing number of women "
     "and children who fell victim to traffickers in Central and Eastern Europe and in South-East Asia. "
     "She urged the Member States to ensure that the victims of trafficking were treated as persons in "
     "need of protection rather than as offenders, and commended IOM for the information campaigns it had "
     "conducted in Ukraine and the Philippines."),
    ("para", 5,
     "The CHAIRMAN thanked the observers for their statements, which showed the breadth of the "
     "partnerships on which the Organization relied. He said that the Council had thus concluded its "
     "consideration of the item."),

    ("heading", ["PROGRAMME AND BUDGET FOR 1998 (MC/1902 and MC/1902/Amdt.1)"]),
    ("para", 6,
     "The DIRECTOR GENERAL, introducing the document, said that the Administrative Part of the Budget "
     "for 1998 had been set at 36,917,000 Swiss francs, which represented zero nominal growth for the "
     "fourth consecutive year. The Operational Part was estimated at 239.6 million US dollars, an increase "
     "of some 11 per cent over the revised estimates for 1997, which reflected mainly the expansion of "
     "the return and reintegration programmes in Bosnia and Herzegovina and in Guatemala. The amendment "
     "contained in document MC/1902/Amdt.1 took account of the recommendations made by the Executive "
     "Committee at its Ninety-fourth Session and of the revised staff cost figures that had become "
     "available in October."),
    ("para", 7,
     "The representative of Chile said that his delegation supported the budget proposals and welcomed "
     "the growth of technical cooperation projects in Latin America, which had helped several Governments "
     "of the region to modernize their migration services. He was concerned, however, that almost the whole "
     "of the Operational Part depended on contributions earmarked for specific projects, and asked whether "
     "the Administration had considered ways of giving the Organization a more stable source of "
     "unearmarked funds for activities in developing Member States."),
    ("para", 8,
     "The representative of the United States of America said that her Government endorsed the policy of "
     "zero nominal growth and appreciated the efforts made to absorb statutory cost increases within the "
     "existing level of the Administrative Part. It would nevertheless be necessary to review, at an early "
     "date, the proportion of the staff of Headquarters that was financed from project-related overhead, "
     "since a sharp fall in operational activity could leave the Organization with structural costs it "
     "could not meet."),
    ("para", 9,
     "The representative of Japan said that his delegation could join in the consensus on the budget. It "
     "wished nevertheless to place three concerns on record:"),
    ("item", "(a)", "the continued growth of the arrears of a number of Member States, which placed an unfair "
                    "burden on those that paid their assessed contributions in full and on time;"),
    ("item", "(b)", "the absence, in the budget document, of performance indicators that would allow the "
                    "Member States to measure the results achieved by the larger programmes; and"),
    ("item", "(c)", "the need to strengthen the field offices in Asia, where the demand for the services of "
                    "the Organization had risen markedly since the 1996 regional seminar held in Bangkok."),
    ("para", 10,
     "The representative of Germany noted with satisfaction that the programmes for the return of "
     "refugees from Germany to Bosnia and Herzegovina had been carried out efficiently, and that more than "
     "60,000 persons had been assisted under them since 1996. His Government intended to maintain its "
     "contribution to those programmes at the same level in 1998. He stressed that the costs of such "
     "programmes should continue to be charged in full to the projects concerned."),
    ("para", 11,
     "The representative of Egypt said that the Member States of Africa attached great importance to the "
     "programme for the Return of Qualified African Nationals, the third phase of which was due to end in "
     "1999. He regretted that the funds made available for that programme had fallen short of the amounts "
     "originally foreseen, and appealed to the donor Governments to consider financing a fourth phase."),
    ("para", 12,
     "The representative of Switzerland welcomed the clarity of the budget document and said that her "
     "authorities would announce their contribution to the Operational Part in the course of December. "
     "She asked the Administration to keep the Member States informed, through the Sub-Committee on "
     "Budget and Finance, of any significant change in the level of activity during the year."),
    ("para", 13,
     "The DIRECTOR GENERAL replied that the question raised by the representative of Chile had been "
     "studied by the Working Group on Budget Reform, whose report was before the Council under the next "
     "item of the agenda. As to the concerns of Japan, the Administration shared the view that arrears "
     "were a serious problem and would make renewed approaches to the Member States concerned; it would "
     "also include a first set of performance indicators in the Programme and Budget for 1999, and it "
     "intended to reinforce the regional office in Bangkok within the resources available. He assured the "
     "representative of Egypt that the Administration would actively seek funding for a fourth phase of "
     "the programme for the Return of Qualified African Nationals."),
    ("para", 14,
     "The DEPUTY DIRECTOR GENERAL added that the share of staff costs met from overhead income had been "
     "reduced from 31 to 27 per cent over the past three years, and that the Administration would submit "
     "a detailed analysis of that question to the Sub-Committee on Budget and Finance in the spring of "
     "1998."),
    ("para", 15,
     "The CHAIRMAN said that, if he heard no objection, he would take it that the Council wished to adopt "
     "the draft resolution approving the Programme and Budget for 1998, as amended by document "
     "MC/1902/Amdt.1.{2}"),
    ("para", 16, "It was so decided."),

    ("heading", ["REPORT OF THE WORKING GROUP ON BUDGET REFORM AND ON THE",
                 "FINANCING OF THE ADMINISTRATIVE PART OF THE BUDGET (MC/1906)"]),
    ("para", 17,
     "The representative of Norway, speaking as Chairman of the Working Group on Budget Reform, recalled "
     "that the Group had been established by the Council at its previous session to examine the structure "
     "of the budget and the means of financing core activities that fell outside the Administrative "
     "Part.{3} The Group had met six times between March and October 1997 and had reached agreement on "
     "most of the questions referred to it. Its principal recommendation was that a portion of the "
     "discretionary income of the Organization, derived mainly from interest and project-related "
     "overhead, should be earmarked each year for the support of the structure of the Organization and "
     "for projects in developing Member States."),
    ("para", 18,
     "The Group had not been able to reach a consensus on the level of that portion. Some members had "
     "favoured a fixed percentage of overhead income, while others had considered that the amount should "
     "be determined each year in the light of the financial situation. The Group therefore recommended that "
     "the Sub-Committee on Budget and Finance should pursue its examination of the matter in 1998."),
    ("para", 19,
     "The representative of France said that her delegation supported the recommendations of the "
     "Working Group and was grateful to its Chairman for the patience he had shown. Her Government could "
     "not, however, accept any arrangement that would increase the assessed contributions of Member States "
     "by an indirect route. Any use of discretionary income should be presented transparently in the "
     "budget documents."),
    ("para", 20,
     "The representative of Argentina agreed that discretionary income should be used in part to finance "
     "projects in developing countries, and proposed that priority be given to projects which strengthened "
     "the capacity of Governments to manage migration, as distinct from purely operational activities."),
    ("para", 21,
     "The representative of Canada said that the report of the Working Group was a useful first step. In "
     "his delegation's view, the Council should avoid taking decisions that would make the structure of the "
     "Organization dependent on a volatile source of income. He supported the proposal that the matter "
     "should be further studied by the Sub-Committee."),
    ("para", 22,
     "The representative of Pakistan, supported by the representatives of the Philippines and Sri Lanka, "
     "welcomed the recommendation concerning projects in developing Member States. Those States were often "
     "unable to pay for the technical assistance they needed, even though they bore a large share of the "
     "burden of migratory movements in their regions."),
    ("para", 23,
     "The representative of the Netherlands said that the use of discretionary income should be governed "
     "by clear criteria approved by the Member States, and that the Administration should report each year "
     "on the allocations made."),
    ("para", 24,
     "The DIRECTOR GENERAL said that the Administration welcomed the report of the Working Group and would "
     "be guided by the views expressed during the discussion. It would prepare, for the next session of the "
     "Sub-Committee, a paper setting out several options for the level and use of discretionary income, "
     "together with their financial implications."),
    ("para", 25,
     "The Council took note of the report of the Working Group on Budget Reform (MC/1906) and endorsed the "
     "recommendation that the Sub-Committee on Budget and Finance continue its examination of the "
     "question."),

    ("heading", ["SCALE OF ASSESSMENT FOR 1998 (MC/1908)"]),
    ("para", 26,
     "The representative of the Administration said that the scale of assessment proposed for 1998 had "
     "been derived, as in past years, from the scale of assessment of the United Nations, adjusted to take "
     "account of the membership of IOM.{4} The admission of three new Member States at the present session "
     "had made it possible to reduce the rates of most other Members slightly."),
    ("para", 27,
     "The representative of Italy said that his Government accepted the proposed scale, but pointed out "
     "that the United Nations scale was itself under review and that IOM would need to consider the "
     "consequences of any change in that scale for its own assessments from 1999 onwards."),
    ("para", 28,
     "The representative of the Republic of Korea said that his country's rate of assessment had risen "
     "considerably as a result of the method used. His Government would pay its contribution in full, but "
     "hoped that a more gradual adjustment could be envisaged in future."),
    ("para", 29,
     "The representative of Venezuela said that his Government had made a substantial payment towards its "
     "arrears in October 1997 and intended to settle the remaining balance in 1998. He asked that the "
     "report on outstanding contributions take account of that payment."),
    ("para", 30,
     "The CHAIRMAN drew the attention of the Council to the draft resolution contained in document "
     "MC/1908, the operative part of which read:"),
    ("quote",
     "\u201cResolves to adopt the scale of assessment for 1998 set out in the annex to the present "
     "resolution; and requests the Director General to continue to consult those Member States whose "
     "contributions are in arrears with a view to arriving at mutually acceptable arrangements for the "
     "settlement of their outstanding obligations.\u201d"),
    ("para", 31,
     "In the absence of any further comments, he took it that the Council wished to adopt the draft "
     "resolution."),
    ("para", 32, "It was so decided."),

    ("heading", ["OTHER BUSINESS"]),
    ("para", 33,
     "The representative of Mexico informed the Council of the results of the second Regional Conference "
     "on Migration, held in Panama City in March 1997, at which the Governments of North and Central "
     "America had adopted a plan of action on migration. He thanked the Administration for the technical "
     "support it had provided to the Conference and its secretariat."),
    ("para", 34,
     "The CHAIRMAN said that the Ninety-fifth Session of the Executive Committee would be held in June "
     "1998 and the Seventy-fifth Session of the Council in late November 1998. The exact dates would be "
     "fixed by the Bureau in consultation with the Administration and communicated to Member States in due "
     "course."),

    ("heading", ["CLOSURE OF THE SESSION"]),
    ("para", 35,
     "The representative of Colombia, speaking on behalf of the Latin American and Caribbean States, "
     "thanked the Chairman for the skill and courtesy with which he had conducted the proceedings, and "
     "paid tribute to the staff of the Organization for their dedication."),
    ("para", 36,
     "The DIRECTOR GENERAL thanked the Chairman and the other officers of the Council, as well as all "
     "delegations, for the constructive spirit that had marked the session. The decisions taken would "
     "allow the Organization to face the year 1998 on a sound financial basis."),
    ("para", 37,
     "After the customary exchange of courtesies, the CHAIRMAN declared the Seventy-fourth Session of the "
     "Council closed."),
    ("closing", "The meeting rose at 6.05 p.m."),
]

CONTENTS = [
    "Statements by observers (continued)",
    "Programme and Budget for 1998",
    "Report of the Working Group on Budget Reform and on the financing of the Administrative Part "
    "of the Budget",
    "Scale of assessment for 1998",
    "Other business",
    "Closure of the session",
]

# ---------------------------------------------------------------- text helpers
MARK = re.compile(r"\{(\d+)\}")


def tokens(text):
    """Split text into words; a footnote marker stays glued to its word."""
    out = []
    for w in text.split():
        m = MARK.search(w)
        marks = MARK.findall(w)
        base = MARK.sub("", w)
        out.append((base, marks))
    return out


def word_width(tok, font=FONT, size=SIZE):
    base, marks = tok
    wdt = stringWidth(base, font, size)
    for m in marks:
        wdt += stringWidth(m, font, size * 0.65) + 0.5
    return wdt


def wrap(text, width, font=FONT, size=SIZE, first_width=None):
    toks = tokens(text)
    lines, cur, cw = [], [], 0.0
    sp = stringWidth(" ", font, size)
    lim = first_width if first_width is not None else width
    for t in toks:
        ww = word_width(t, font, size)
        if cur and cw + sp + ww > lim:
            lines.append(cur)
            cur, cw = [t], ww
            lim = width
        else:
            cw = cw + (sp if cur else 0) + ww
            cur.append(t)
    if cur:
        lines.append(cur)
    return lines


def draw_line(c, toks, x, y, width, justify, font=FONT, size=SIZE):
    widths = [word_width(t, font, size) for t in toks]
    sp = stringWidth(" ", font, size)
    gap = sp
    if justify and len(toks) > 1:
        gap = (width - sum(widths)) / (len(toks) - 1)
    cx = x
    for (base, marks), wdt in zip(toks, widths):
        c.setFont(font, size)
        c.drawString(cx, y, base)
        mx = cx + stringWidth(base, font, size) + 0.5
        for m in marks:
            c.setFont(font, size * 0.65)
            c.drawString(mx, y + size * 0.38, m)
            mx += stringWidth(m, font, size * 0.65)
        cx += wdt + gap


# ---------------------------------------------------------------- build line list
# Each layout element: dict(kind, height, draw(c, y), fns=[...], keep=n)
elements = []


def add(height, drawer, fns=(), keep_next=0, space_before=0.0):
    elements.append(dict(h=height, draw=drawer, fns=list(fns), keep=keep_next, sb=space_before))


def para_lines(text, x_first, x_rest, right, num=None, numx=None, space_before=8.0, size=SIZE,
               font=FONT, last_justify=False):
    width_rest = right - x_rest
    width_first = right - x_first
    lines = wrap(text, width_rest, font, size, first_width=width_first)
    for i, ln in enumerate(lines):
        xx = x_first if i == 0 else x_rest
        ww = width_first if i == 0 else width_rest
        last = i == len(lines) - 1
        fns = [int(m) for t in ln for m in t[1]]

        def drawer(c, y, ln=ln, xx=xx, ww=ww, last=last, i=i):
            draw_line(c, ln, xx, y, ww, justify=not last or last_justify, font=font, size=size)
            if i == 0 and num is not None:
                c.setFont(FONT, SIZE)
                c.drawString(numx, y, num)
        add(LEAD, drawer, fns, keep_next=1 if i == 0 else 0,
            space_before=space_before if i == 0 else 0.0)


for blk in BODY:
    kind = blk[0]
    if kind == "heading":
        first = True
        for hl in blk[1]:
            def drawer(c, y, hl=hl):
                c.setFont(BOLD, SIZE)
                c.drawString(LM, y, hl)
            add(LEAD, drawer, keep_next=3, space_before=16.0 if first else 0.0)
            first = False
    elif kind == "para":
        para_lines(blk[2], TX, TX, RM, num=f"{blk[1]}.", numx=LM)
    elif kind == "item":
        label, txt = blk[1], blk[2]
        lines = wrap(txt, RM - (TX + 28))
        for i, ln in enumerate(lines):
            last = i == len(lines) - 1
            fns = [int(m) for t in ln for m in t[1]]

            def drawer(c, y, ln=ln, last=last, i=i, label=label):
                if i == 0:
                    c.setFont(FONT, SIZE)
                    c.drawString(TX, y, label)
                draw_line(c, ln, TX + 28, y, RM - TX - 28, justify=not last)
            add(LEAD, drawer, fns, space_before=6.0 if i == 0 else 0.0)
    elif kind == "quote":
        para_lines(blk[1], TX + 28, TX + 34, RM - 28, space_before=7.0, size=10.5)
    elif kind in ("text", "closing"):
        txt = blk[1]

        def drawer(c, y, txt=txt):
            c.setFont(FONT, SIZE)
            c.drawString(TX, y, txt)
        add(LEAD, drawer, space_before=12.0 if kind == "closing" else 6.0)

# ---------------------------------------------------------------- footnote geometry
FN_X, FN_TX = LM, LM + 12


def fn_lines(n):
    return wrap(FOOTNOTES[n], RM - FN_TX, FONT, FN_SIZE)


def fn_height(ns):
    if not ns:
        return 0.0
    return 14 + sum(len(fn_lines(n)) * FN_LEAD + 2 for n in ns)


# ---------------------------------------------------------------- first page block
def first_page(c):
    # left: organ and session line; right: symbol, original language, date
    c.setFont(BOLD, 11)
    c.drawString(LM, H - 58, "COUNCIL")
    c.drawString(LM, H - 72, "SEVENTY-FOURTH SESSION")
    c.setFont(BOLD, 12)
    c.drawRightString(RM, H - 58, SYMBOL)
    c.setFont(FONT, 11)
    c.drawRightString(RM, H - 74, "Original: English")
    c.drawRightString(RM, H - 88, "12 December 1997")
    c.setLineWidth(0.8)
    c.line(LM, H - 100, RM, H - 100)

    cx = W / 2
    c.setFont(BOLD, 13)
    c.drawCentredString(cx, H - 132, "SUMMARY RECORD OF THE")
    c.drawCentredString(cx, H - 148, "FOUR HUNDRED AND EIGHTEENTH MEETING")
    c.setFont(FONT, 11)
    c.drawCentredString(cx, H - 172, "Held at the Palais des Nations, Geneva,")
    c.drawCentredString(cx, H - 186, "on Thursday, 27 November 1997, at 3 p.m.")
    c.drawString(LM, H - 214, "Chairman:")
    c.drawString(LM + 62, H - 214, "Mr. A. FERREIRA DA SILVA (Portugal)")
    c.line(LM, H - 228, RM, H - 228)

    c.setFont(BOLD, 11)
    c.drawString(LM, H - 250, "CONTENTS")
    y = H - 268
    c.setFont(FONT, 11)
    for entry in CONTENTS:
        for k, ln in enumerate(wrap(entry, RM - LM - 40)):
            draw_line(c, ln, LM + (0 if k == 0 else 18), y, RM - LM, justify=False)
            y -= 13.4
        y -= 2
    c.line(LM, y - 4, RM, y - 4)
    return y - 14


def running_header(c, page):
    c.setFont(FONT, 11)
    c.drawRightString(RM, H - 40, SYMBOL)
    c.drawRightString(RM, H - 53, f"Page {page}")


def draw_footnotes(c, ns):
    if not ns:
        return
    h = fn_height(ns)
    ytop = BOTTOM - 16 + h
    c.setLineWidth(0.5)
    c.line(LM, ytop, LM + 110, ytop)
    y = ytop - 12
    for n in ns:
        c.setFont(FONT, FN_SIZE * 0.75)
        c.drawString(FN_X + 2, y + 3.2, str(n))
        lines = fn_lines(n)
        for i, ln in enumerate(lines):
            draw_line(c, ln, FN_TX, y, RM - FN_TX, justify=i < len(lines) - 1, size=FN_SIZE)
            y -= FN_LEAD
        y -= 2


# ---------------------------------------------------------------- paginate
c = canvas.Canvas(OUT, pagesize=A4)
c.setTitle(f"{SYMBOL} - Summary record of the 418th meeting")
c.setAuthor("International Organization for Migration")
page = 1
y = first_page(c)
page_fns = []
i = 0
while i < len(elements):
    el = elements[i]
    # keep-with-next group
    group = [el]
    j = i
    while elements[j]["keep"] and j + 1 < len(elements) and len(group) < 4:
        j += 1
        group.append(elements[j])
        if not elements[j]["keep"]:
            break
    need = sum(g["h"] + g["sb"] for g in group)
    new_fns = [n for g in group for n in g["fns"]]
    floor = BOTTOM + fn_height(page_fns + new_fns)
    sb = el["sb"] if y < TOP - 1 else 0.0
    if y - sb - need < floor:
        draw_footnotes(c, page_fns)
        c.showPage()
        page += 1
        running_header(c, page)
        y = TOP - 20
        page_fns = []
        sb = 0.0
    y -= sb
    el["draw"](c, y)
    page_fns += el["fns"]
    y -= el["h"]
    i += 1
draw_footnotes(c, page_fns)
c.showPage()
c.save()
print("pages:", page)
