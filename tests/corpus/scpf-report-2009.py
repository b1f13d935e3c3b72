"""Draws scpf-report-2009.pdf: an invented report of the Fourth Session of the
IOM Standing Committee on Programmes and Finance (May 2009), with fpdf2 core fonts."""
import re
from fpdf import FPDF

SYMBOL = "SCPF/41"
OUT = "scpf-report-2009.pdf"

LM, RM = 25.0, 20.0          # left / right margins (mm)
PW, PH = 210.0, 297.0
TW = PW - LM - RM            # text width
TOP = 30.0                   # first text line on body pages
BOTTOM = 274.0               # lowest baseline for body text
LH = 5.3                     # body line height
FS = 11.0                    # body font size
FN_FS = 9.0
FN_LH = 4.3
TAB = 12.0                   # first-line indent after a paragraph number

# ---------------------------------------------------------------- content
FOOTNOTES = {
    "1": "Document MC/2278 is also before the Executive Committee at its Hundred and sixth Session; "
         "the report of the External Auditor is reproduced in its annex.",
    "2": "Under Article 4 of the Constitution, a Member State which is in arrears in the payment of its "
         "financial contributions to the Organization has no vote if the amount of its arrears equals or "
         "exceeds the contributions due from it for the preceding two full years. The Council may "
         "nevertheless permit such a Member State to vote if it is satisfied that the failure to pay is "
         "due to conditions beyond its control.",
    "3": "The Facility takes its name from Council Resolution No. 1035 (LXXX) of 29 November 2000, "
         "which established it. Line 1 funds multi-country projects and Line 2 national projects.",
}

MEMBERS = ("Afghanistan, Algeria, Angola, Argentina, Armenia, Australia, Austria, Azerbaijan, "
           "Bangladesh, Belgium, Benin, Bolivia, Brazil, Bulgaria, Burkina Faso, Canada, Chile, Colombia, "
           "Costa Rica, Côte d'Ivoire, Croatia, Cyprus, Czech Republic, Denmark, Dominican Republic, "
           "Ecuador, Egypt, El Salvador, Estonia, Finland, France, Germany, Ghana, Greece, Guatemala, "
           "Honduras, Hungary, India, Iran (Islamic Republic of), Ireland, Israel, Italy, Japan, Jordan, "
           "Kenya, Kyrgyzstan, Latvia, Liberia, Lithuania, Luxembourg, Madagascar, Mali, Mexico, Morocco, "
           "Netherlands, New Zealand, Nigeria, Norway, Pakistan, Panama, Peru, Philippines, Poland, "
           "Portugal, Republic of Korea, Romania, Senegal, Serbia, Slovakia, Slovenia, South Africa, "
           "Spain, Sri Lanka, Sweden, Switzerland, Thailand, Tunisia, Uganda, Ukraine, United Kingdom of "
           "Great Britain and Northern Ireland, United Republic of Tanzania, United States of America, "
           "Uruguay, Venezuela (Bolivarian Republic of), Yemen, Zambia and Zimbabwe.")

TABLE_CAPTION = "Outstanding assessed contributions as at 30 April 2009 (in Swiss francs)"
TABLE_HEAD = ["Member State", "2007 and prior years", "2008", "Total outstanding"]
TABLE_ROWS = [
    ["Central African Republic", 142318, 11207],
    ["Guinea-Bissau", 98664, 10894],
    ["Kyrgyzstan", 61047, 13520],
    ["Liberia", 187902, 10894],
    ["Venezuela (Bolivarian Republic of)", 412730, 268115],
]

BODY = [
    ("runtitle", "REPORT OF THE STANDING COMMITTEE ON PROGRAMMES AND FINANCE ON THE FOURTH SESSION"),

    ("h1", "I.", "INTRODUCTION"),
    ("p", "1", "The Standing Committee on Programmes and Finance held its Fourth Session at the "
     "International Conference Centre Geneva on 5 and 6 May 2009. Four meetings were held. The session "
     "was chaired by Mr. J. Hernández Salazar (Mexico), Chairperson of the Standing Committee, with "
     "Ms. L. Dimitrova (Bulgaria) as Vice-Chairperson."),
    ("p", "2", "The following Member States were represented: " + MEMBERS),
    ("p", "3", "China, the Holy See, Indonesia and the Russian Federation were represented by observers. "
     "The list of participants is contained in document SCPF/40."),

    ("h1", "II.", "ADOPTION OF THE AGENDA"),
    ("p", "4", "The Standing Committee adopted the agenda set out in document SCPF/34/Rev.1."),

    ("h1", "III.", "STATEMENT BY THE DEPUTY DIRECTOR GENERAL"),
    ("p", "5", "The Deputy Director General said that the session was taking place against the background "
     "of the sharpest contraction of the world economy in several decades. The downturn had already "
     "reduced the demand for migrant labour in construction, manufacturing and tourism, and early "
     "estimates pointed to a fall in remittances to developing countries in 2009, after years of "
     "sustained growth. Migrants who lost their jobs were returning home in larger numbers than "
     "expected, often to communities that were themselves under strain. The Administration was also "
     "watching the effect of the crisis on the Organization's own funding, more than 95 per cent of "
     "which came from voluntary, project-specific contributions."),
    ("p", "6", "Delegations thanked the Deputy Director General for her statement. Several of them asked "
     "the Administration to present to the Fifth Session an analysis of how the crisis was affecting "
     "migrants' access to health care and social protection, and how it was affecting the project "
     "portfolio of the Organization, particularly in regions that depended heavily on remittances."),

    ("h1", "IV.", "FINANCIAL REPORT FOR THE YEAR ENDED 31 DECEMBER 2008"),
    ("p", "7", "The Administration introduced the Financial Report for the year ended 31 December 2008 "
     "(MC/2278),^1 noting that combined expenditure under the Administrative and Operational Parts of "
     "the Budget had reached USD 1,016.7 million, an increase of 28 per cent over 2007. Expenditure "
     "under the Administrative Part of the Budget amounted to CHF 38,244,912, against an approved budget "
     "of CHF 38,262,000. Discretionary Income had reached USD 41.6 million, some USD 3.1 million above "
     "the level budgeted, mainly as a result of higher project-related overhead income."),
    ("p", "8", "The representative of the External Auditor presented his report, which contained an "
     "unqualified audit opinion. The report made recommendations on the management of accounts "
     "receivable in field offices, the timely closure of dormant projects and the funding of end-of-"
     "service liabilities. Delegations welcomed the unqualified opinion and asked the Administration "
     "to report at the Fifth Session on the action taken on each recommendation."),
    ("p", "9", "The Standing Committee took note of the Financial Report for the year ended 31 December "
     "2008 and of the report of the External Auditor, and recommended that the Executive Committee "
     "approve the Financial Report."),

    ("h1", "V.", "STATUS REPORT ON OUTSTANDING CONTRIBUTIONS TO THE ADMINISTRATIVE PART OF THE BUDGET"),
    ("p", "10", "Introducing document SCPF/37, the Administration reported that, as at 30 April 2009, "
     "assessed contributions outstanding for 2008 and prior years amounted to CHF 2,874,406. Twelve "
     "Member States were subject to the provisions of Article 4 of the Constitution,^2 as against "
     "fourteen a year earlier; payments received from Bolivia and Senegal since the Third Session had "
     "restored their voting rights."),
    ("p", "11", "Five Member States together accounted for CHF 1,217,291, or some 42 per cent of the "
     "total outstanding, as shown in the table below."),
    ("table",),
    ("p", "12", "Two of the Member States listed had since agreed payment plans with the Administration, "
     "and a third had made a partial payment after the document was issued. One delegation, speaking "
     "on behalf of a regional group, pointed out that countries emerging from conflict faced genuine "
     "difficulties in meeting their obligations and asked the Administration to show flexibility when "
     "negotiating the size and timing of instalments."),
    ("p", "13", "The Standing Committee took note of document SCPF/37 and urged all Member States in "
     "arrears to pay their outstanding contributions in full or to agree a payment plan with the "
     "Administration without delay."),

    ("h1", "VI.", "REVISION OF THE PROGRAMME AND BUDGET FOR 2009"),
    ("p", "14", "The Administration presented the revised Programme and Budget for 2009 (MC/2281), which "
     "updated the programme approved by the Council in Resolution No. 1171 of 27 November 2008."),
    ("h2", "A.", "Administrative Part of the Budget"),
    ("p", "15", "The Administrative Part of the Budget remained at CHF 39,388,000. The increase in "
     "statutory staff costs decided by the International Civil Service Commission at the end of 2008 "
     "had been absorbed by delaying the filling of four vacant posts at Headquarters, a measure that "
     "the Administration considered could not be repeated in 2010 without affecting core functions."),
    ("h2", "B.", "Operational Part of the Budget"),
    ("p", "16", "The Operational Part of the Budget had risen from USD 636.4 million to USD 968.9 "
     "million, reflecting new funding received for activities approved after the initial budget had "
     "been prepared. The largest increases concerned post-emergency operations in Pakistan and "
     "Myanmar and the resettlement of refugees from the Middle East. Discretionary Income was projected "
     "at USD 39.8 million, USD 1.8 million less than in 2008, because of lower interest earnings."),
    ("p", "17", "In the discussion that followed, delegations made the following points:"),
    ("bullet", "the decline in interest income showed the risk of relying on miscellaneous income to "
     "fund core structures, and the Administration should present options for a more stable funding "
     "base;"),
    ("bullet", "the expansion of operations in 2009 should be matched by adequate investment in staff "
     "security and in oversight, in particular internal audit and evaluation;"),
    ("bullet", "voluntary contributions should, as far as possible, be less tightly earmarked, so that "
     "the Organization could respond quickly to new emergencies; and"),
    ("bullet", "the presentation of the Operational Part by region and service area was welcome, but it "
     "would be useful to add the number of beneficiaries reached by each programme."),
    ("p", "18", "The Administration replied that the questions of core funding and earmarking were being "
     "examined in the context of the structure review described in document MC/INF/297, and that a "
     "report on the use of Discretionary Income in 2008 and 2009 would be submitted to the Fifth Session."),
    ("p", "19", "The Standing Committee took note of the revised Programme and Budget for 2009 and "
     "recommended that the Executive Committee approve document MC/2281."),

    ("h1", "VII.", "OTHER FINANCIAL MATTERS"),
    ("h2", "A.", "Scale of assessment for 2010"),
    ("p", "20", "The Administration introduced document SCPF/38, which set out the proposed scale of "
     "assessment for 2010. As in previous years, the scale was derived from the United Nations scale of "
     "assessment, adjusted to the membership of the Organization, and took account of the four new "
     "Member States admitted at the Ninety-sixth Session of the Council."),
    ("p", "21", "The Standing Committee recommended that the Council adopt the scale of assessment for "
     "2010 as proposed in document SCPF/38."),
    ("h2", "B.", "Support for developing Member States and Member States with economies in transition"),
    ("p", "22", "The Administration reported on the use in 2008 of the 1035 Facility,^3 which had "
     "supported 46 projects in 38 countries for a total of USD 4,612,000. Delegations of beneficiary "
     "countries stressed the value of the Facility for building capacity in migration management, "
     "while several donor delegations asked for more information on the results achieved."),
    ("p", "23", "After discussion, the Standing Committee recommended that the Council:"),
    ("item", 1, "(a)", "take note of the report on the use of the 1035 Facility in 2008;"),
    ("item", 1, "(b)", "request the Administration to revise the criteria for allocating funds under "
     "Line 2 of the Facility, so as to:"),
    ("item", 2, "(i)", "give priority to Member States that had not previously received support; and"),
    ("item", 2, "(ii)", "limit the amount allocated to any single national project to USD 100,000 "
     "a year;"),
    ("item", 1, "(c)", "encourage Member States in a position to do so to make voluntary contributions "
     "to the Facility."),

    ("h1", "VIII.", "OTHER BUSINESS"),
    ("p", "24", "In reply to a question, the Administration said that the informal consultations of the "
     "Working Group on Budget Reform would resume in June 2009 and that a progress report would be "
     "presented to the Fifth Session, which was scheduled to be held on 3 and 4 November 2009."),

    ("h1", "IX.", "CLOSURE OF THE SESSION"),
    ("p", "25", "The Chairperson declared the Fourth Session of the Standing Committee closed on "
     "6 May 2009 at 12.40 p.m."),
]


# ---------------------------------------------------------------- engine
class Doc(FPDF):
    pass


pdf = Doc(format="A4", unit="mm")
pdf.core_fonts_encoding = "windows-1252"
pdf.set_auto_page_break(False)
pdf.set_margins(LM, 15, RM)

state = {"y": TOP, "page": 0, "fns": [], "reserve": 0.0}


def sw(text, style="", size=FS):
    pdf.set_font("Times", style, size)
    return pdf.get_string_width(text)


def parse_words(text):
    """Split into words; a word may end with a raised footnote marker written ^N."""
    out = []
    for w in text.split(" "):
        m = re.match(r"^(.*?)\^(\d+)([^\w]*)$", w)
        if m:
            out.append((m.group(1), m.group(2), m.group(3)))
        else:
            out.append((w, None, ""))
    return out


def word_width(w, style, size):
    base, mk, tail = w
    width = sw(base + tail, style, size)
    if mk:
        width += sw(mk, "", size * 0.62)
    return width


def wrap(text, first_w, other_w, style="", size=FS):
    words = parse_words(text)
    space = sw(" ", style, size)
    lines, cur, cur_w = [], [], 0.0
    avail = first_w
    for w in words:
        ww = word_width(w, style, size)
        need = ww if not cur else cur_w + space + ww
        if cur and need > avail:
            lines.append(cur)
            cur, cur_w = [w], ww
            avail = other_w
        else:
            cur.append(w)
            cur_w = need
    if cur:
        lines.append(cur)
    return lines


def draw_line(words, x, y, width, justify, style="", size=FS):
    widths = [word_width(w, style, size) for w in words]
    space = sw(" ", style, size)
    gap = space
    if justify and len(words) > 1:
        gap = (width - sum(widths)) / (len(words) - 1)
    cx = x
    for w, ww in zip(words, widths):
        base, mk, tail = w
        pdf.set_font("Times", style, size)
        pdf.text(cx, y, base)
        bx = cx + sw(base, style, size)
        if mk:
            pdf.set_font("Times", "", size * 0.62)
            pdf.text(bx + 0.2, y - size * 0.13, mk)
            bx += sw(mk, "", size * 0.62) + 0.2
        if tail:
            pdf.set_font("Times", style, size)
            pdf.text(bx, y, tail)
        cx += ww + gap


def fn_height(mk):
    lines = wrap(FOOTNOTES[mk], TW - 6, TW - 6, "", FN_FS)
    return len(lines) * FN_LH + 1.2


def header(page_no):
    pdf.set_font("Times", "", 10.5)
    for i, s in enumerate([SYMBOL, "Page %d" % page_no]):
        pdf.text(PW - RM - sw(s, "", 10.5), 14 + i * 4.6, s)


def finish_page():
    if state["fns"]:
        total = sum(fn_height(m) for m in state["fns"])
        y = BOTTOM + 6 - total
        pdf.set_line_width(0.2)
        pdf.line(LM, y - 3.6, LM + 50, y - 3.6)
        for mk in state["fns"]:
            lines = wrap(FOOTNOTES[mk], TW - 6, TW - 6, "", FN_FS)
            pdf.set_font("Times", "", FN_FS * 0.7)
            pdf.text(LM, y - 1.3, mk)
            for i, ln in enumerate(lines):
                draw_line(ln, LM + 6, y, TW - 6, i < len(lines) - 1, "", FN_FS)
                y += FN_LH
            y += 1.2
    state["fns"] = []
    state["reserve"] = 0.0


def new_page():
    if state["page"] > 0:
        finish_page()
    pdf.add_page()
    state["page"] += 1
    header(state["page"])
    state["y"] = TOP


def markers_in(words):
    return [w[1] for w in words if w[1]]


def place_lines(lines, xs, widths, style="", size=FS, label=None, label_x=None, lh=LH, justify_last=False):
    """Place wrapped lines one by one, breaking pages as needed."""
    for i, ln in enumerate(lines):
        new_fn = [m for m in markers_in(ln) if m not in state["fns"]]
        extra = sum(fn_height(m) + 4 for m in new_fn) if new_fn and not state["fns"] else sum(fn_height(m) for m in new_fn)
        if state["y"] + lh > BOTTOM - state["reserve"] - extra:
            new_page()
            extra = sum(fn_height(m) + 4 for m in new_fn) if new_fn else 0
        x = xs[0] if i == 0 else xs[1]
        w = widths[0] if i == 0 else widths[1]
        if i == 0 and label is not None:
            pdf.set_font("Times", style, size)
            pdf.text(label_x, state["y"], label)
        draw_line(ln, x, state["y"], w, (i < len(lines) - 1) or justify_last, style, size)
        for m in new_fn:
            state["fns"].append(m)
        state["reserve"] += extra
        state["y"] += lh


def ensure(space):
    if state["y"] + space > BOTTOM - state["reserve"]:
        new_page()


def para(num, text):
    lines = wrap(text, TW - TAB, TW)
    ensure(LH * 2)
    place_lines(lines, (LM + TAB, LM), (TW - TAB, TW), label=num + ".", label_x=LM)
    state["y"] += 2.6


def heading(num, text, level):
    ind = 14.0 if level == 1 else 10.0
    style = "B" if level == 1 else "BI"
    lines = wrap(text, TW - ind - 8, TW - ind - 8, style)
    state["y"] += 2.0
    ensure(LH * (len(lines) + 3))
    for i, ln in enumerate(lines):
        if i == 0:
            pdf.set_font("Times", style, FS)
            pdf.text(LM, state["y"], num)
        draw_line(ln, LM + ind, state["y"], TW - ind, False, style)
        state["y"] += LH
    state["y"] += 2.6


def item(level, label, text, glyph=False):
    lx = LM + (TAB if level == 1 else TAB + 10)
    tx = lx + (6 if glyph else 10)
    lines = wrap(text, PW - RM - tx, PW - RM - tx)
    ensure(LH * 2)
    place_lines(lines, (tx, tx), (PW - RM - tx, PW - RM - tx), label=label, label_x=lx)
    state["y"] += 2.0


def runtitle(text):
    lines = wrap(text, TW - 30, TW - 30, "B")
    for ln in lines:
        s = " ".join(w[0] for w in ln)
        pdf.set_font("Times", "B", FS)
        pdf.text(LM + (TW - sw(s, "B")) / 2, state["y"], s)
        state["y"] += LH
    state["y"] += 5


def table():
    fmt = lambda n: "{:,}".format(n)
    rows = [[r[0], fmt(r[1]), fmt(r[2]), fmt(r[1] + r[2])] for r in TABLE_ROWS]
    t1 = sum(r[1] for r in TABLE_ROWS)
    t2 = sum(r[2] for r in TABLE_ROWS)
    rows.append(["Total", fmt(t1), fmt(t2), fmt(t1 + t2)])
    assert t1 + t2 == 1217291
    cw = [70.0, 34.0, 26.0, 35.0]
    rh = 6.2
    ensure(rh * (len(rows) + 3) + 8)
    y = state["y"] + 1
    size = 10.5
    pdf.set_font("Times", "I", size)
    pdf.text(LM + (TW - sw(TABLE_CAPTION, "I", size)) / 2, y, TABLE_CAPTION)
    y += 3.5
    pdf.set_line_width(0.3)
    pdf.line(LM, y, LM + TW, y)
    y += 4.8
    x = LM
    for j, h in enumerate(TABLE_HEAD):
        wdt = sw(h, "B", size)
        pdf.set_font("Times", "B", size)
        pdf.text(x + 1.5 if j == 0 else x + cw[j] - wdt - 1.5, y, h)
        x += cw[j]
    y += 2.0
    pdf.set_line_width(0.2)
    pdf.line(LM, y, LM + TW, y)
    y += 5.0
    for i, r in enumerate(rows):
        style = "B" if r[0] == "Total" else ""
        if r[0] == "Total":
            y -= 1.4
            pdf.line(LM, y - 3.8, LM + TW, y - 3.8)
            y += 1.4
        x = LM
        for j, c in enumerate(r):
            pdf.set_font("Times", style, size)
            pdf.text(x + 1.5 if j == 0 else x + cw[j] - sw(c, style, size) - 1.5, y, c)
            x += cw[j]
        y += rh - 0.8
    pdf.set_line_width(0.3)
    pdf.line(LM, y - 3.0, LM + TW, y - 3.0)
    state["y"] = y + 4.0


def cover():
    pdf.add_page()
    right = lambda s, y, st="", size=11.5: (pdf.set_font("Times", st, size),
                                            pdf.text(PW - RM - sw(s, st, size), y, s))
    right(SYMBOL, 20, "B", 12)
    right("Original: English", 26)
    right("25 May 2009", 31.5)
    pdf.set_font("Times", "B", 12)
    pdf.text(LM, 44, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE")
    pdf.text(LM, 50, "FOURTH SESSION")
    pdf.set_font("Times", "", 11.5)
    pdf.text(LM, 53.5, "_" * 82)
    y = 100
    for s in ["REPORT OF THE STANDING COMMITTEE ON PROGRAMMES", "AND FINANCE ON THE FOURTH SESSION"]:
        pdf.set_font("Times", "B", 13)
        pdf.text((PW - sw(s, "B", 13)) / 2, y, s)
        y += 7
    y += 12
    for s in ["Geneva", "5-6 May 2009"]:
        pdf.set_font("Times", "", 12)
        pdf.text((PW - sw(s, "", 12)) / 2, y, s)
        y += 6.5
    y += 12
    s = "Rapporteur: Mr. K. Osei-Bonsu (Ghana)"
    pdf.text((PW - sw(s, "", 12)) / 2, y, s)
    # cover note
    y = 232
    pdf.set_font("Times", "", 11.5)
    pdf.text(LM, y, "__________")
    y += 7
    note = ("This report is submitted to the Executive Committee at its Hundred and sixth Session "
            "in June 2009.")
    for i, ln in enumerate(wrap(note, TW, TW, "", 11)):
        draw_line(ln, LM, y, TW, False, "", 11)
        y += 5
    # trilingual footer
    y = 268
    for s in ["STANDING COMMITTEE ON PROGRAMMES AND FINANCE",
              "COMITÉ PERMANENT DES PROGRAMMES ET DES FINANCES",
              "COMITÉ PERMANENTE DE PROGRAMAS Y FINANZAS"]:
        pdf.set_font("Helvetica", "B", 8.5)
        pdf.text((PW - pdf.get_string_width(s)) / 2, y, s)
        y += 4.2


cover()
new_page()
for idx, blk in enumerate(BODY):
    k = blk[0]
    if k == "runtitle":
        runtitle(blk[1])
    elif k == "h1":
        heading(blk[1], blk[2], 1)
    elif k == "h2":
        heading(blk[1], blk[2], 2)
    elif k == "p":
        para(blk[1], blk[2])
    elif k == "bullet":
        item(1, "\u2022", blk[1], glyph=True)
    elif k == "item":
        item(blk[1], blk[2], blk[3])
    if k in ("bullet", "item") and (idx + 1 == len(BODY) or BODY[idx + 1][0] not in ("bullet", "item")):
        state["y"] += 2.0
    elif k == "table":
        table()
finish_page()
pdf.output(OUT)
print("pages:", pdf.page_no())
