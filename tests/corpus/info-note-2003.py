# Draws info-note-2003.pdf: an invented IOM information note (MC/INF series, 2003) with reportlab.
import re
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = "info-note-2003.pdf"
SYMBOL = "MC/INF/267"

W, H = A4
LM, RM = 72, W - 72          # text margins
TOP, BOT = H - 60, 64        # usable vertical band
IND = LM + 36                # text column of numbered paragraphs
FONT, BFONT = "Times-Roman", "Times-Bold"
SIZE, LEAD = 11, 13.4
FN_SIZE, FN_LEAD = 9, 10.6
SUP_SIZE, SUP_RISE = 6.5, 4

c = canvas.Canvas(OUT, pagesize=A4)
c.setTitle("Staff security in IOM field operations")
c.setAuthor("International Organization for Migration")

marker_pages = {}
page_no = 1


# ---------------------------------------------------------------- text helpers
def segments(word):
    """split a word into (text, is_superscript) runs; markers are written {n}."""
    out = []
    for part in re.split(r"(\{[^}]+\})", word):
        if not part:
            continue
        if part.startswith("{"):
            out.append((part[1:-1], True))
        else:
            out.append((part, False))
    return out


def word_width(word, font, size):
    w = 0
    for t, sup in segments(word):
        w += stringWidth(t, font, SUP_SIZE if sup else size)
    return w


def wrap(text, width, font=FONT, size=SIZE, first_width=None):
    words = text.split()
    lines, cur, cur_w = [], [], 0
    sp = stringWidth(" ", font, size)
    limit = first_width if first_width is not None else width
    for wd in words:
        ww = word_width(wd, font, size)
        add = ww if not cur else cur_w + sp + ww
        if cur and add > limit:
            lines.append(cur)
            cur, cur_w = [wd], ww
            limit = width
        else:
            cur.append(wd)
            cur_w = add
    if cur:
        lines.append(cur)
    return lines


def draw_words(x, y, words, font=FONT, size=SIZE):
    sp = stringWidth(" ", font, size)
    for i, wd in enumerate(words):
        if i:
            x += sp
        for t, sup in segments(wd):
            if sup:
                c.setFont(font, SUP_SIZE)
                c.drawString(x, y + SUP_RISE, t)
                x += stringWidth(t, font, SUP_SIZE)
                marker_pages[t] = page_no
            else:
                c.setFont(font, size)
                c.drawString(x, y, t)
                x += stringWidth(t, font, size)


# ---------------------------------------------------------------- page furniture
FOOTNOTES = {}   # page -> list of (marker or None for continuation, text)
FOOTNOTES[1] = [("1", "Council Resolution No. 1082 (LXXXIV) of 4 December 2002 on the Programme and "
                      "Budget for 2003. The proposals themselves are set out in document MC/2084, "
                      "paragraphs 31 to 38.")]
FN2_A = ("The arrangement was formalized through an exchange of letters between the Director General "
         "and the United Nations Security Coordinator in March 2002, the text of which was made "
         "available to Member States in document MC/INF/255. Under the arrangement, IOM contributes "
         "to the jointly financed costs of the field security system in proportion to the number of "
         "its internationally recruited staff in each duty station, according to the apportionment "
         "formula agreed among the participating organizations. For 2003 the IOM share amounts to "
         "USD 312,400. The arrangement does not extend to locally recruited staff, for whom IOM remains")
FN2_B = ("fully responsible, nor to the migrants in IOM's care; the Administration is continuing its "
         "discussions with UNSECOORD on how the needs of these two groups can best be reflected in "
         "country security plans.")
FN3 = ("Such costs are charged directly to the projects concerned and are therefore not included in "
       "the figures given in section IV below.")
FOOTNOTES[2] = [("2", FN2_A)]
FOOTNOTES[3] = [(None, FN2_B), ("3", FN3)]

FN_HANG = 14


def footnote_lines(page):
    out = []
    for mk, txt in FOOTNOTES.get(page, []):
        lines = wrap(txt, RM - LM - FN_HANG, FONT, FN_SIZE)
        out.append((mk, lines))
    return out


def footnote_height(page):
    n = sum(len(l) for _, l in footnote_lines(page))
    if not n:
        return 0
    extra = 30 if page == 1 else 0      # trilingual footer on the first page
    return n * FN_LEAD + 16 + extra


def draw_footnotes(page):
    fl = footnote_lines(page)
    n = sum(len(l) for _, l in fl)
    base = BOT + (30 if page == 1 else 0)
    y = base + n * FN_LEAD + 6
    # separator rule (drawn, not typed); a continued note gets a full-width rule
    c.setLineWidth(0.5)
    if fl and fl[0][0] is None:
        c.line(LM, y + 4, RM, y + 4)
    else:
        c.line(LM, y + 4, LM + 144, y + 4)
    y -= FN_LEAD - 2
    for mk, lines in fl:
        for i, ln in enumerate(lines):
            if i == 0 and mk is not None:
                c.setFont(FONT, SUP_SIZE)
                c.drawString(LM, y + 3, mk)
            draw_words(LM + FN_HANG, y, ln, FONT, FN_SIZE)
            y -= FN_LEAD


def draw_running_header(page):
    c.setFont(FONT, SIZE)
    c.drawRightString(RM, H - 42, SYMBOL)
    c.drawRightString(RM, H - 42 - LEAD, "Page %d" % page)


def draw_first_page_footer():
    c.setFont(BFONT, 8)
    y = BOT - 8
    c.setLineWidth(0.4)
    c.line(LM, y + 12, RM, y + 12)
    c.drawString(LM + 40, y, "COUNCIL")
    c.drawCentredString(W / 2, y, "CONSEIL")
    c.drawRightString(RM - 40, y, "CONSEJO")


# ---------------------------------------------------------------- flow engine
y = TOP


def bottom_limit():
    return BOT + footnote_height(page_no)


def new_page():
    global page_no, y
    draw_footnotes(page_no)
    if page_no == 1:
        draw_first_page_footer()
    c.showPage()
    page_no += 1
    draw_running_header(page_no)
    y = H - 42 - LEAD - 2 * LEAD


def need(h):
    if y - h < bottom_limit():
        new_page()


def space(h):
    global y
    y -= h


def para(num, text, x_num=LM, x_text=IND, gap=LEAD * 0.8, keep=2):
    """numbered paragraph with the number hanging to the left of the text column."""
    global y
    lines = wrap(text, RM - x_text)
    need(LEAD * min(keep, len(lines)))
    for i, ln in enumerate(lines):
        fits = lambda yy: not (yy - LEAD < bottom_limit() - LEAD + 2)
        if not fits(y):
            new_page()
        elif i == len(lines) - 2 and i > 1 and not fits(y - LEAD):
            new_page()   # widow control: never leave one line alone on the next page
        if i == 0 and num:
            # bullets come from the Symbol font: its bullet survives every extractor
            c.setFont("Symbol" if num == "\u2022" else FONT, SIZE)
            c.drawString(x_num, y, num)
        draw_words(x_text, y, ln)
        y -= LEAD
    y -= gap


def heading(num, lines):
    global y
    need(LEAD * (len(lines) + 3))
    y -= 2
    for i, t in enumerate(lines):
        c.setFont(BFONT, SIZE)
        if i == 0:
            c.drawString(LM, y, num)
        c.drawString(IND, y, t)
        y -= LEAD
    y -= LEAD * 0.7


# ---------------------------------------------------------------- page 1 header block
c.setFont(FONT, SIZE)
c.drawRightString(RM, TOP, SYMBOL)
c.drawRightString(RM, TOP - 2 * LEAD, "Original: English")
c.drawRightString(RM, TOP - 3 * LEAD, "3 November 2003")
c.setFont(BFONT, SIZE)
c.drawCentredString(W / 2, TOP - 6 * LEAD, "EIGHTY-SIXTH SESSION")
c.setFont(FONT, SIZE)
c.drawCentredString(W / 2, TOP - 7 * LEAD, "_" * 40)
c.setFont(BFONT, 12)
c.drawCentredString(W / 2, TOP - 9.5 * LEAD, "STAFF SECURITY IN IOM FIELD OPERATIONS:")
c.drawCentredString(W / 2, TOP - 10.7 * LEAD, "ARRANGEMENTS IN 2003 AND PRIORITIES FOR 2004")
c.setFont(FONT, SIZE)
c.drawCentredString(W / 2, TOP - 12.2 * LEAD, "(Progress report by the Administration)")
y = TOP - 15 * LEAD

# ---------------------------------------------------------------- body
heading("I.", ["INTRODUCTION"])
para("1.", "At its Eighty-fourth Session in December 2002, the Council approved the Programme and "
     "Budget for 2003, which for the first time set aside a specific allocation from Discretionary "
     "Income for the security of staff serving in field locations.{1} The Administration undertook to "
     "report to the Council on the use made of that allocation and on the wider arrangements adopted "
     "to protect IOM staff and the migrants in their care.")
para("2.", "The present note describes the security environment in which the Organization now "
     "operates, the measures taken since the Eighty-fourth Session, the expenditure incurred during "
     "the first nine months of 2003 and the priorities proposed for 2004. It complements the "
     "information on staff security given in the Programme and Budget for 2004 (MC/2109).")

heading("II.", ["THE SECURITY ENVIRONMENT"])
para("3.", "The year 2003 has been the most difficult on record for humanitarian and development "
     "personnel. Attacks on the premises of international organizations, the abduction of aid "
     "workers and a rise in armed robbery along main transport routes have been reported from every "
     "region in which IOM runs large operations. Two IOM national staff members lost their lives in "
     "road ambushes during the year, and a further eleven were injured in security incidents of "
     "varying severity.")
para("4.", "Several features of IOM's work expose its staff to risks that differ from those faced by "
     "agencies with a more static presence:", gap=LEAD * 0.5)
BUL_X, BUL_T = IND + 4, IND + 22
for b in ["the escorting of migrants, returnees and displaced persons over long distances, often by "
          "road and through areas where the authority of the State is weak;",
          "the operation of transit centres, way stations and registration points, which attract "
          "large crowds and are difficult to secure;",
          "the reliance on locally hired vehicles, drivers and warehouse workers, whose own safety "
          "must also be provided for; and",
          "the short lead time of many emergency operations, which leaves little opportunity for a "
          "prior security assessment of the sites concerned."]:
    para("\u2022", b, x_num=BUL_X, x_text=BUL_T, gap=LEAD * 0.4)
space(LEAD * 0.3)
para("5.", "Since 2002, IOM has taken part in the security management system of the United Nations, "
     "coordinated by the Office of the United Nations Security Coordinator (UNSECOORD).{2} IOM staff "
     "are therefore covered by the security plans established by the designated official in each "
     "duty station, and the Organization is represented in the country-level security management "
     "teams. Participation also brings obligations, including a share in the cost of field security "
     "officers and compliance with the minimum operating security standards (MOSS) as these are "
     "introduced in each country. The first country-level assessments of compliance with these standards "
     "are expected early in 2004.")

heading("III.", ["MEASURES TAKEN BY THE ADMINISTRATION SINCE THE EIGHTY-FOURTH",
                 "SESSION OF THE COUNCIL"])
para("6.", "The measures taken in 2003 fall under three broad headings:", gap=LEAD * 0.5)
LA_X, LA_T = IND, IND + 24
RO_X, RO_T = IND + 24, IND + 50
para("(a)", "Headquarters structure:", x_num=LA_X, x_text=LA_T, gap=LEAD * 0.3)
para("(i)", "a Staff Security Unit was established in February 2003 within the Department of "
     "Programme Support, headed by a Senior Security Coordinator seconded from a national police "
     "service;", x_num=RO_X, x_text=RO_T, gap=LEAD * 0.3)
para("(ii)", "a 24-hour emergency contact line now links field offices with Headquarters in the "
     "event of an incident;", x_num=RO_X, x_text=RO_T, gap=LEAD * 0.5)
para("(b)", "Field presence: field security officers were deployed to Afghanistan, Angola, Indonesia, "
     "Iraq (operating from Amman), Kosovo and Sierra Leone, and regional security advisers were "
     "appointed in Bangkok, Nairobi and Pretoria;", x_num=LA_X, x_text=LA_T, gap=LEAD * 0.5)
para("(c)", "Training and equipment:", x_num=LA_X, x_text=LA_T, gap=LEAD * 0.3)
para("(i)", "1,240 staff members completed the basic security awareness course, either on-line or in "
     "group sessions, and 96 managers followed advanced security management training;",
     x_num=RO_X, x_text=RO_T, gap=LEAD * 0.3)
para("(ii)", "vehicle tracking and radio communication equipment was installed in 14 high-risk "
     "missions; and", x_num=RO_X, x_text=RO_T, gap=LEAD * 0.3)
para("(iii)", "body armour and first-aid kits were supplied to staff working in locations classified "
     "in security phase III or above.", x_num=RO_X, x_text=RO_T, gap=LEAD * 0.8)
para("7.", "Alongside these measures, a standard incident reporting form was introduced in April 2003. "
     "Field offices now report every security incident affecting staff, premises or migrants to the "
     "Staff Security Unit within 24 hours; 143 reports had been received by the end of September, "
     "roughly one third of which concerned road travel. A summary of these reports is shared each quarter "
     "with the regional security advisers.")
para("8.", "Security considerations have also been built into operational planning. All project "
     "proposals for operations in locations under United Nations security phase II or above must now "
     "include a security assessment and a budget line for the related costs, as set out in the "
     "instructions issued to field offices in June 2003. Field offices have been asked to review their "
     "existing projects against the same requirement by the end of the year. The first reviews, which "
     "covered some 60 projects in Africa and Asia, show that most of the additional costs can be met "
     "from existing project budgets when staff deployment and travel are planned with security in mind "
     "from the outset.{3}")

heading("IV.", ["EXPENDITURE IN 2003"])
para("9.", "Expenditure on staff security from the Discretionary Income allocation during the period "
     "from 1 January to 30 September 2003 is shown in the table below, by region and by main category "
     "of cost.")

# ---------------------------------------------------------------- table
ROWS = [
    ("Africa and the Middle East", 412300, 236800, 58900),
    ("Asia and Oceania", 268500, 174200, 41700),
    ("Europe", 145900, 62300, 27600),
    ("Americas", 58200, 21400, 12300),
    ("Headquarters", 331600, 48700, 66200),
    ("Share of UN field security costs", 234300, None, None),
]
tot = [sum(r[i] or 0 for r in ROWS) for i in (1, 2, 3)]
GRAND = sum(tot)


def fmt(v):
    return "-" if v is None else "{:,}".format(v)


need(LEAD * 12)
c.setFont(BFONT, 10)
c.drawCentredString(W / 2, y, "Security-related expenditure, 1 January to 30 September 2003 (in US dollars)")
y -= LEAD * 1.4
COLS = [300, 372, 440, RM]  # right edges of the numeric columns
c.setLineWidth(0.6)
c.line(LM, y + LEAD - 2, RM, y + LEAD - 2)
c.setFont(BFONT, 10)
c.drawString(LM + 2, y - 6, "Region")
heads = [["Staff costs"], ["Equipment and", "communications"], ["Training"], ["Total"]]
for x, hl in zip(COLS, heads):
    yy = y if len(hl) == 2 else y - 6
    for t in hl:
        c.drawRightString(x, yy, t)
        yy -= 12
y -= 28
c.line(LM, y + 9, RM, y + 9)
c.setFont(FONT, 10)
for r in ROWS:
    vals = list(r[1:]) + [sum(v or 0 for v in r[1:])]
    c.drawString(LM + 2, y - 4, r[0])
    for x, v in zip(COLS, vals):
        c.drawRightString(x, y - 4, fmt(v))
    y -= 14
c.line(LM, y + 6, RM, y + 6)
c.setFont(BFONT, 10)
c.drawString(LM + 2, y - 6, "Total")
for x, v in zip(COLS, tot + [GRAND]):
    c.drawRightString(x, y - 6, fmt(v))
y -= 14
c.line(LM, y + 2, RM, y + 2)
y -= LEAD * 1.4

para("10.", "Total expenditure for the nine months amounted to USD {:,}, against an allocation of "
     "USD 2,650,000 for the year as a whole. The Administration expects the allocation to be fully "
     "used by the end of 2003, mainly because of the cost of the additional field security officers "
     "deployed in the second half of the year.".format(GRAND))

heading("V.", ["PRIORITIES FOR 2004"])
para("11.", "For 2004, the Administration intends to consolidate the arrangements described above "
     "rather than to expand them. Priority will be given to compliance with the minimum operating "
     "security standards in all offices located in phase III areas and above, to extending security "
     "training to locally recruited staff, and to better reporting of security incidents so that "
     "trends can be analysed across regions.")
para("12.", "The related costs are estimated at USD 2,780,000, of which USD 2,100,000 is proposed under "
     "Discretionary Income in the Programme and Budget for 2004; the balance will be met from project "
     "budgets. Member States wishing to support the training of locally recruited staff through "
     "earmarked contributions are invited to contact the Administration.")

heading("VI.", ["CONCLUSION"])
para("13.", "The Council is invited to take note of the information contained in this document.")

draw_footnotes(page_no)
c.showPage()
c.save()
print("pages:", page_no, "markers:", marker_pages, "grand total:", GRAND, "column totals:", tot)
