# Draws info-note-2013.pdf: an invented IOM information note (MC/INF/311, 103rd Session, 2013).
from fpdf import FPDF

SYMBOL = "MC/INF/311"
TITLE_LINES = ["COUNTER-TRAFFICKING AND ASSISTANCE TO VULNERABLE",
               "MIGRANTS: AN OVERVIEW OF IOM ACTIVITIES"]

PAGE_W, PAGE_H = 210, 297
LM, RM = 25, 185            # left and right text edges (mm)
TOP_BODY = 38               # first text line baseline on body pages
BOTTOM = 276                # lowest baseline allowed (text + footnotes)
FS = 10.5                   # body font size (pt)
LH = 4.75                    # body line height (mm)
FN_FS = 8.5
FN_LH = 3.7
NUM_X = LM                  # paragraph number position (hanging in the margin)
TXT_X = LM + 10             # text of numbered paragraphs

pdf = FPDF(unit="mm", format="A4")
pdf.core_fonts_encoding = "windows-1252"
pdf.set_auto_page_break(False)
pdf.set_margins(LM, 20, PAGE_W - RM)


def font(style="", size=FS):
    pdf.set_font("Helvetica", style, size)


# ---------------------------------------------------------------- text model
# A paragraph text is a string in which a footnote marker is written as {n}.
# It is split into words; each word is a list of (text, is_superscript).

def words_of(text):
    out = []
    for raw in text.split():
        parts = []
        while "{" in raw:
            i = raw.index("{")
            j = raw.index("}", i)
            if i:
                parts.append((raw[:i], False))
            parts.append((raw[i + 1:j], True))
            raw = raw[j + 1:]
        if raw:
            parts.append((raw, False))
        out.append(parts)
    return out


def word_width(w, style, size):
    tot = 0
    for t, sup in w:
        font(style, size * 0.62 if sup else size)
        tot += pdf.get_string_width(t)
    return tot


def markers_in(w):
    return [t for t, sup in w if sup]


def wrap(words, width, style, size):
    font(style, size)
    sp = pdf.get_string_width(" ")
    lines, cur, cur_w = [], [], 0
    for w in words:
        ww = word_width(w, style, size)
        add = ww if not cur else sp + ww
        if cur and cur_w + add > width:
            lines.append(cur)
            cur, cur_w = [w], ww
        else:
            cur.append(w)
            cur_w += add
    if cur:
        lines.append(cur)
    return lines


def draw_line(words, x, y, width, style, size, justify):
    font(style, size)
    sp = pdf.get_string_width(" ")
    widths = [word_width(w, style, size) for w in words]
    gap = sp
    if justify and len(words) > 1:
        gap = (width - sum(widths)) / (len(words) - 1)
        gap = max(sp, min(gap, sp * 1.5))
    cx = x
    for w, ww in zip(words, widths):
        px = cx
        for t, sup in w:
            if sup:
                font(style, size * 0.62)
                pdf.text(px, y - size * 0.13, t)
            else:
                font(style, size)
                pdf.text(px, y, t)
            px += pdf.get_string_width(t)
        cx += ww + gap


# ---------------------------------------------------------------- pages & footnotes
FOOTNOTES = {}
state = {"y": TOP_BODY, "page_fns": [], "body_page": 0}


def fn_lines(n):
    return wrap(words_of(FOOTNOTES[n]), RM - (LM + 5), "", FN_FS)


def fn_height(nums):
    if not nums:
        return 0
    h = 6
    for n in nums:
        h += len(fn_lines(n)) * FN_LH + 0.8
    return h


def draw_footnotes():
    nums = state["page_fns"]
    if not nums:
        return
    h = fn_height(nums)
    y = BOTTOM - h + 6
    pdf.set_line_width(0.2)
    pdf.line(LM, y - 4.2, LM + 45, y - 4.2)
    for n in nums:
        font("", FN_FS * 0.7)
        pdf.text(LM, y - 1.1, n)
        lines = fn_lines(n)
        for i, ln in enumerate(lines):
            draw_line(ln, LM + 5, y, RM - (LM + 5), "", FN_FS, i < len(lines) - 1)
            y += FN_LH
        y += 0.8


def running_header():
    font("", 10)
    pdf.text(RM - pdf.get_string_width(SYMBOL), 16, SYMBOL)
    lab = "Page %d" % state["body_page"]
    pdf.text(RM - pdf.get_string_width(lab), 20.5, lab)


def new_page():
    draw_footnotes()
    pdf.add_page()
    state["body_page"] += 1
    state["page_fns"] = []
    state["y"] = TOP_BODY
    running_header()


def room_for(h, extra_fns=()):
    limit = BOTTOM - fn_height(state["page_fns"] + list(extra_fns))
    return state["y"] + h <= limit


def place_line(words, x, width, style="", size=FS, justify=True, lh=LH, label=None):
    fns = [m for w in words for m in markers_in(w)]
    fns = [m for m in fns if m not in state["page_fns"]]
    if not room_for(0, fns):
        new_page()
    y = state["y"]
    if label is not None:
        lx, ltxt, lstyle = label
        font(lstyle, size)
        pdf.text(lx, y, ltxt)
    draw_line(words, x, y, width, style, size, justify)
    state["page_fns"].extend(fns)
    state["y"] += lh


def block(text, x, label=None, style="", gap_after=LH * 0.8, justify=True, keep=1):
    lines = wrap(words_of(text), RM - x, style, FS)
    if not room_for(LH * (min(keep, len(lines)) - 1)):
        new_page()
    for i, ln in enumerate(lines):
        place_line(ln, x, RM - x, style, FS, justify and i < len(lines) - 1,
                   label=label if i == 0 else None)
    state["y"] += gap_after


def para(n, text, gap_after=LH * 0.8):
    block(text, TXT_X, label=(NUM_X, "%d." % n, ""), gap_after=gap_after, keep=2)


def item(lab, text, level=1, last=False):
    lx = TXT_X + (level - 1) * 10
    tx = lx + 10
    if lab == "\u2022":
        lx, tx = TXT_X + (level - 1) * 10 + 2, TXT_X + (level - 1) * 10 + 8
    block(text, tx, label=(lx, lab, ""), gap_after=LH * (0.8 if last else 0.35), keep=1)


def heading(num, text, sub=False):
    style = "B" if not sub else "BI"
    # keep the heading with at least three lines of what follows
    lines = wrap(words_of(text), RM - TXT_X, style, FS)
    if not room_for(LH * (len(lines) + 2.2)):
        new_page()
    state["y"] += LH * 0.4
    for i, ln in enumerate(lines):
        place_line(ln, TXT_X, RM - TXT_X, style, FS, False,
                   label=(NUM_X, num, style) if i == 0 else None)
    state["y"] += LH * 0.8


# ---------------------------------------------------------------- cover page
pdf.add_page()
font("B", 11)
pdf.text(RM - pdf.get_string_width(SYMBOL), 22, SYMBOL)
font("", 11)
for yy, s in ((27.5, "Original: English"), (32.5, "31 October 2013")):
    pdf.text(RM - pdf.get_string_width(s), yy, s)

font("B", 12)
s = "103RD SESSION"
pdf.text((PAGE_W - pdf.get_string_width(s)) / 2, 112, s)
font("", 12)
rule = "_" * 34
pdf.text((PAGE_W - pdf.get_string_width(rule)) / 2, 118, rule)
font("B", 12.5)
yy = 134
for s in TITLE_LINES:
    pdf.text((PAGE_W - pdf.get_string_width(s)) / 2, yy, s)
    yy += 6.5
font("", 11)
s = "(Information note prepared by the Administration)"
pdf.text((PAGE_W - pdf.get_string_width(s)) / 2, yy + 4, s)

font("B", 11)
pdf.text(LM + 5, 272, "COUNCIL")
pdf.text((PAGE_W - pdf.get_string_width("CONSEIL")) / 2, 272, "CONSEIL")
pdf.text(RM - 5 - pdf.get_string_width("CONSEJO"), 272, "CONSEJO")

# ---------------------------------------------------------------- footnote texts
FOOTNOTES["1"] = ("Resolution No. 1150 of 7 June 2007 on the IOM Strategy. The twelve points of the Strategy "
                  "are set out in document MC/INF/287; point 11 refers expressly to the protection of "
                  "migrants who are victims of trafficking.")
FOOTNOTES["2"] = ("Hotline staff were trained with materials produced in eleven languages, which are "
                  "available to partner organizations on request.")
FOOTNOTES["3"] = ("The figure refers to persons registered in the Organization's case management database. It "
                  "does not include persons who received only counselling through hotlines or drop-in "
                  "centres. Because identification practices vary considerably from one country to another, "
                  "the figures should not be read as an indication of the scale of trafficking in any given "
                  "country or region.")
FOOTNOTES["4"] = ("Project data are drawn from the Organization's project information system as at "
                  "30 June 2013. A breakdown by country is given in the Annual Report for 2012 (MC/2379), "
                  "paragraphs 141 to 148.")

# ---------------------------------------------------------------- body
pdf.add_page()
state["body_page"] = 1
running_header()
font("", FS + 0.5)
yy = 34
for s in TITLE_LINES:
    pdf.text((PAGE_W - pdf.get_string_width(s)) / 2, yy, s)
    yy += 5.5
state["y"] = yy + 8

heading("1.", "INTRODUCTION")
para(1, "Trafficking in persons remains one of the gravest abuses associated with migration. Since it "
        "assisted its first victims in the mid-1990s, IOM has built up a body of operational experience "
        "that now extends to well over 100 countries, combining direct assistance to trafficked persons "
        "with research, awareness-raising and support to governments seeking to bring their laws and "
        "procedures into line with international standards.")
para(2, "This note responds to the request made by Member States at the Twelfth Session of the Standing "
        "Committee on Programmes and Finance in June 2013 for a consolidated picture of the Organization\u2019s "
        "work in this area. It situates that work within the IOM Strategy,{1} summarizes the activities "
        "carried out between January 2012 and June 2013, and identifies a number of questions on which "
        "the Administration would welcome the guidance of Member States.")
para(3, "The note does not cover the Organization\u2019s broader work on the protection of migrants in crisis "
        "situations, which is the subject of the Migration Crisis Operational Framework (MC/2355) endorsed "
        "by the Council in November 2012. Where counter-trafficking activities form part of a crisis "
        "response, however, they are included in the figures given below.")

heading("2.", "THE INSTITUTIONAL AND POLICY FRAMEWORK")
para(4, "IOM\u2019s counter-trafficking work is anchored in the Protocol to Prevent, Suppress and Punish "
        "Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention "
        "against Transnational Organized Crime, and in the United Nations Global Plan of Action to Combat "
        "Trafficking in Persons adopted by the General Assembly in resolution 64/293 of 30 July 2010. Within "
        "that framework, the Organization\u2019s distinctive contribution lies in operations: in most of the "
        "countries where it works, IOM is the agency that actually receives, shelters and accompanies "
        "trafficked persons.")
para(5, "Three principles guide all IOM programming in this field:", gap_after=LH * 0.35)
item("(a)", "the human rights and well-being of the trafficked person take precedence over every other "
            "consideration, including the interests of a criminal investigation;")
item("(b)", "assistance is provided only on the basis of informed consent, which means in particular that:")
item("(i)", "no person is returned to his or her country of origin, or referred to the authorities, "
            "without first having been told, in a language he or she understands, what this entails; and",
     level=2)
item("(ii)", "consent once given may be withdrawn at any stage without loss of access to medical or "
             "psychosocial care;", level=2)
item("(c)", "personal data are handled in accordance with the IOM Data Protection Principles, and "
            "information that could identify a victim is never shared with a third party without his or "
            "her agreement.", last=True)
para(6, "These principles are reflected in the IOM Handbook on Direct Assistance for Victims of "
        "Trafficking, first issued in 2007, a revised edition of which is now in preparation. The Handbook "
        "is used not only by IOM staff but also by a growing number of government shelters and "
        "non-governmental partners, a development the Administration regards as one of the more durable "
        "results of its work.")

heading("3.", "IOM ACTIVITIES, JANUARY 2012 TO JUNE 2013")
para(7, "During the period under review, IOM implemented 260 projects with a counter-trafficking "
        "component, with combined expenditure of approximately USD 61 million. The activities fall into "
        "three broad categories, which are described in the sub-sections below.")

heading("3.1", "Prevention and awareness-raising", sub=True)
para(8, "Prevention activities aim to reduce the vulnerability of prospective migrants to deceptive "
        "recruitment and to inform them of safe and regular alternatives. In the review period they "
        "included:", gap_after=LH * 0.35)
item("\u2022", "information campaigns in communities of origin, run jointly with local authorities and "
               "community radio stations in 34 countries;")
item("\u2022", "telephone hotlines offering advice on recruitment offers and employment contracts, the "
               "largest of which, operated with the authorities of a Member State in Central Asia, handled "
               "more than 19,000 calls in 2012;{2}")
item("\u2022", "pre-departure orientation for labour migrants bound for the Gulf States and for Malaysia, "
               "delivered in cooperation with licensed recruitment agencies.", last=True)
para(9, "Evaluations of earlier campaigns have shown that awareness-raising has a lasting effect only where "
        "it is linked to concrete services, such as referral to regular employment channels. IOM has "
        "therefore shifted its emphasis from stand-alone media campaigns towards community-based work that "
        "combines information with access to vocational training and small loans.")

heading("3.2", "Protection and direct assistance", sub=True)
para(10, "Between January 2012 and June 2013, IOM provided direct assistance to 7,842 victims of "
         "trafficking.{3} Some 58 per cent were women and girls, and 21 per cent were under 18 years of "
         "age at the time they were identified. For the first time since IOM began keeping consolidated "
         "records, the number of persons trafficked for labour exploitation exceeded the number trafficked "
         "for sexual exploitation, a trend most pronounced in the construction, fishing and domestic work "
         "sectors.")
para(11, "The assistance offered is tailored to the needs of each person and may include:",
     gap_after=LH * 0.35)
item("\u2022", "safe accommodation in IOM-run or partner shelters;")
item("\u2022", "medical and psychosocial care, including specialized care for children;")
item("\u2022", "legal counselling and, where the victim chooses to cooperate with the authorities, "
               "accompaniment through criminal proceedings;")
item("\u2022", "voluntary return to the country of origin and support for reintegration, or help in "
               "obtaining a residence permit in the country of destination.", last=True)
para(12, "Reintegration remains the most demanding part of the process: a victim who returns home "
         "without an income is at considerable risk of being trafficked again. In 2012, IOM therefore "
         "extended the reintegration period supported under its Global Assistance Fund from six to twelve "
         "months, with at least three follow-up visits to each returnee.")

heading("3.3", "Capacity-building for law enforcement, judicial and border officials and for civil "
               "society partners", sub=True)
para(13, "Governments bear the primary responsibility for identifying victims and prosecuting traffickers, "
         "and IOM\u2019s capacity-building work is designed to support their efforts, not to replace them. In "
         "the review period, IOM trained more than 9,400 officials, among them police officers, labour "
         "inspectors, prosecutors, judges and consular staff, and contributed to the drafting or revision "
         "of national anti-trafficking legislation in 17 countries.")
para(14, "Particular attention has been given to identifying trafficked persons within mixed migration "
         "flows. Joint training for border guards and asylum officials, organized with UNHCR, has helped to "
         "ensure that possible victims of trafficking, and persons who may need international protection, "
         "are referred to the appropriate procedures.")

heading("3.4", "Regional distribution of projects", sub=True)
para(15, "Table 1 shows the distribution of active counter-trafficking projects by region, together with "
         "the expenditure recorded against them over the 18-month period.{4} The relatively high number of "
         "projects in Europe reflects a large number of small, nationally funded projects; in terms of "
         "expenditure, Asia and Oceania accounted for the largest share.")

# ---- Table 1 (kept together on one page)
ROWS = [("Africa", "47", "9,862,000"),
        ("Middle East", "18", "4,115,000"),
        ("Asia and Oceania", "56", "17,480,000"),
        ("Europe", "84", "15,236,000"),
        ("Latin America and the Caribbean", "38", "8,907,000"),
        ("North America", "9", "2,944,000"),
        ("Global", "8", "2,506,000")]
TOTAL = ("Total", "260", "61,050,000")
tab_h = LH * (len(ROWS) + 6)
if not room_for(tab_h):
    new_page()
state["y"] += LH * 0.2
font("B", FS)
cap = "Table 1: Counter-trafficking projects by region, January 2012 \u2013 June 2013"
capw = wrap(words_of(cap), RM - LM - 10, "B", FS)
for ln in capw:
    w = sum(word_width(x, "B", FS) for x in ln) + pdf.get_string_width(" ") * (len(ln) - 1)
    draw_line(ln, (PAGE_W - w) / 2 - 2.5, state["y"], w, "B", FS, False)
    state["y"] += LH
state["y"] += LH * 0.6
C1, C2, C3 = TXT_X, 128, 172    # region (left), projects (right edge), expenditure (right edge)
y0 = state["y"]
pdf.set_line_width(0.3)
pdf.line(C1 - 2, y0 - 4.2, C3 + 2, y0 - 4.2)
font("B", FS)
pdf.text(C1, y0, "Region")
for edge, s in ((C2, "Number of projects"), (C3, "Expenditure (USD)")):
    pdf.text(edge - pdf.get_string_width(s), y0, s)
pdf.set_line_width(0.2)
pdf.line(C1 - 2, y0 + 1.8, C3 + 2, y0 + 1.8)
y = y0 + LH * 2          # a blank line between the headings and the first row
font("", FS)
for r in ROWS:
    pdf.text(C1, y, r[0])
    pdf.text(C2 - pdf.get_string_width(r[1]), y, r[1])
    pdf.text(C3 - pdf.get_string_width(r[2]), y, r[2])
    y += LH
pdf.line(C1 - 2, y - 3.4, C3 + 2, y - 3.4)
y += 1.2
font("B", FS)
pdf.text(C1, y, TOTAL[0])
pdf.text(C2 - pdf.get_string_width(TOTAL[1]), y, TOTAL[1])
pdf.text(C3 - pdf.get_string_width(TOTAL[2]), y, TOTAL[2])
pdf.set_line_width(0.3)
pdf.line(C1 - 2, y + 1.8, C3 + 2, y + 1.8)
state["y"] = y + LH * 1.3

heading("4.", "PARTNERSHIPS AND COORDINATION")
para(16, "IOM is a member of the Inter-Agency Coordination Group against Trafficking in Persons, in which "
         "it has taken part since the Group was established, and it works closely with the United Nations "
         "Office on Drugs and Crime, UNHCR, the United Nations Children\u2019s Fund and the International Labour "
         "Organization. In several countries, IOM and its United Nations partners have agreed on joint "
         "standard operating procedures for the referral of trafficked persons, which set out the "
         "responsibilities of each agency from identification to reintegration.")
para(17, "At the regional level, IOM serves as secretariat or technical adviser to a number of regional "
         "consultative processes on migration, several of which have adopted regional action plans against "
         "trafficking. Bilateral agreements concluded with IOM support between countries of origin and "
         "destination now provide for the transnational referral of victims along six major migration "
         "corridors.")
para(18, "Engagement with the private sector has grown considerably. IOM is working with employers\u2019 "
         "federations and recruitment agencies on a code of conduct for ethical recruitment, which is "
         "expected to lead to a voluntary certification scheme under which agencies that charge no fees to "
         "migrant workers could be publicly recognized.")

heading("5.", "CHALLENGES AND THE WAY FORWARD")
para(19, "Nearly all of IOM\u2019s counter-trafficking work is financed through earmarked, project-based "
         "contributions. The average duration of a project in the review period was 14 months, while the "
         "recovery of a trafficked person, and in particular the reintegration of a child, often takes "
         "considerably longer. Gaps between successive projects have on several occasions obliged country "
         "offices to suspend shelter operations or to refer victims to partners with fewer resources. "
         "Unearmarked contributions to the Global Assistance Fund, which allows IOM to assist individual "
         "victims in countries where no project is in place, have so far been modest, and the Fund was "
         "able to respond to only about two thirds of the requests it received in 2012.")
para(20, "A second challenge concerns data. While the Organization\u2019s case management database is among "
         "the largest sources of information on trafficked persons anywhere, its value for policymaking "
         "depends on the compatibility of the data with those collected by governments. IOM is ready to "
         "share its experience with States that are setting up national data systems, with due regard for "
         "the protection of personal information.")
para(21, "In the light of the above, the Administration intends, subject to the availability of funding, "
         "to:", gap_after=LH * 0.35)
item("(a)", "complete and publish the revised Handbook on Direct Assistance in 2014;")
item("(b)", "expand the Global Assistance Fund so that it can respond to all eligible requests;")
item("(c)", "strengthen its work on trafficking for labour exploitation, in particular through partnerships "
            "with employers and recruitment agencies; and")
item("(d)", "report again to the Council on these activities at its session in 2015.", last=True)
para(22, "Member States are invited to take note of the information contained in this document and to share "
         "their views on the priorities set out above, in particular on ways of providing more predictable "
         "funding for assistance to victims of trafficking.")

draw_footnotes()
pdf.output("info-note-2013.pdf")
print("pages:", pdf.pages_count)
