"""Draws contributions-report-2017.pdf: an invented SCPF status report (S/21/7, 2017)."""
import re

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

OUT = "contributions-report-2017.pdf"
SYMBOL = "S/21/7"
W, H = A4
LM, RM = 72.0, W - 72.0          # left / right margins
TEXT_X = 108.0                   # numbered-paragraph text indent
TOP = H - 112.0                  # first text baseline below running header
BOTTOM = 72.0                    # lowest baseline of footnotes
FONT, BOLD, ITAL = "Times-Roman", "Times-Bold", "Times-Italic"
FS, LEAD = 11.0, 13.6            # body size and leading
FN_FS, FN_LEAD = 9.0, 10.8       # footnote size and leading
SUP_FS, SUP_RISE = 6.8, 4.0      # footnote marker

DASH = "\u2013"

# --------------------------------------------------------------------------------------------
# Data: contributions outstanding as at 31 July 2017 (CHF), columns 2013 .. 2017
# category: C = 2017 only, Y = arrears for 2016, A = Article 4, P = payment plan
# --------------------------------------------------------------------------------------------
YEARS = ["2013", "2014", "2015", "2016", "2017"]
ROWS = [
    ("Argentina", None, "C", [0, 0, 0, 0, 437912]),
    ("Bolivia (Plurinational State of)", None, "P", [4106, 15880, 16044, 0, 16310]),
    ("Brazil", None, "C", [0, 0, 0, 0, 1874225]),
    ("Burundi", None, "C", [0, 0, 0, 0, 2602]),
    ("Cabo Verde", None, "C", [0, 0, 0, 0, 2602]),
    ("Central African Republic", None, "A", [2431, 2487, 2512, 2540, 2602]),
    ("Chad", None, "Y", [0, 0, 0, 2540, 2602]),
    ("Comoros", None, "A", [0, 1118, 2512, 2540, 2602]),
    ("Democratic Republic of the Congo", None, "A", [0, 3106, 12560, 12703, 13012]),
    ("Djibouti", None, "Y", [0, 0, 0, 2540, 2602]),
    ("Ecuador", None, "C", [0, 0, 0, 0, 17584]),
    ("Egypt", None, "C", [0, 0, 0, 0, 76203]),
    ("Gambia", None, "Y", [0, 0, 0, 1402, 2602]),
    ("Ghana", None, "C", [0, 0, 0, 0, 10411]),
    ("Guatemala", None, "C", [0, 0, 0, 0, 14306]),
    ("Guinea-Bissau", "2", "A", [2431, 2487, 2512, 2540, 2602]),
    ("Honduras", None, "C", [0, 0, 0, 0, 4917]),
    ("Kyrgyzstan", None, "P", [0, 1860, 2512, 0, 2602]),
    ("Liberia", None, "Y", [0, 0, 0, 2540, 2602]),
    ("Libya", "3", "A", [0, 20515, 64120, 65011, 66583]),
    ("Mauritania", None, "C", [0, 0, 0, 0, 2602]),
    ("Micronesia (Federated States of)", None, "A", [0, 0, 2512, 2540, 2602]),
    ("Niger", None, "P", [1215, 2487, 2512, 0, 2602]),
    ("Nigeria", None, "C", [0, 0, 0, 0, 109847]),
    ("Panama", None, "C", [0, 0, 0, 0, 17226]),
    ("Paraguay", None, "P", [0, 6840, 7533, 0, 7812]),
    ("Peru", None, "C", [0, 0, 0, 0, 70419]),
    ("Sao Tome and Principe", None, "A", [2431, 2487, 2512, 2540, 2602]),
    ("Solomon Islands", None, "Y", [0, 0, 0, 2540, 2602]),
    ("Tajikistan", None, "P", [0, 0, 1506, 0, 2602]),
    ("Togo", None, "C", [0, 0, 0, 0, 2602]),
    ("Uruguay", None, "C", [0, 0, 0, 0, 40125]),
    ("Venezuela (Bolivarian Republic of)", None, "A", [0, 41207, 297640, 302486, 309855]),
    ("Yemen", None, "A", [0, 1655, 5024, 5080, 5204]),
    ("Zimbabwe", None, "C", [0, 0, 0, 0, 5204]),
]


def fmt(n):
    return f"{n:,}"


col_tot = [sum(r[3][i] for r in ROWS) for i in range(5)]
grand = sum(col_tot)
cat_count = {k: sum(1 for r in ROWS if r[2] == k) for k in "CYAP"}
cat_amt = {k: sum(sum(r[3]) for r in ROWS if r[2] == k) for k in "CYAP"}
assert sum(cat_amt.values()) == grand and sum(cat_count.values()) == len(ROWS)
prior = grand - col_tot[4]
art4_prior = sum(sum(r[3][:4]) for r in ROWS if r[2] == "A")

NUMW = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven",
        8: "eight", 9: "nine", 10: "ten", 11: "eleven", 12: "twelve", 16: "sixteen",
        35: "thirty-five"}

# --------------------------------------------------------------------------------------------
# Content
# --------------------------------------------------------------------------------------------
TITLE_LINES = [
    "STATUS REPORT ON THE OUTSTANDING CONTRIBUTIONS TO THE",
    "ADMINISTRATIVE PART OF THE BUDGET AND ON MEMBER STATES",
    "SUBJECT TO ARTICLE 4 OF THE CONSTITUTION",
]

FOOTNOTES = {
    "1": "See document S/20/4, Status report on the outstanding contributions to the "
         "Administrative Part of the Budget, submitted to the Twentieth Session of the "
         "Standing Committee in June 2017.",
    "2": "The Government of Guinea-Bissau informed the Administration on 12 July 2017 that it "
         "intends to propose a payment plan before the end of the year.",
    "3": f"A payment of CHF {fmt(64120)} was received from Libya on 18 August 2017, after the "
         "cut-off date of this report; it has been applied to the contribution for 2015.",
    "4": "Council Resolution No. 1156 of 30 November 2007 on the settlement of arrears through "
         "payment plans. A Member State that honours the instalments agreed under its plan is "
         "not considered in arrears for the purposes of Article 4.",
}

# Each body element: ("head", label, text) | ("para", n, text) | ("table", key)
BODY = [
    ("head", "A.", "Introduction"),
    ("para", 1,
     "This document sets out the status of the assessed contributions to the Administrative "
     "Part of the Budget that remained unpaid as at 31 July 2017, and reports on the Member "
     "States that come under the provisions of Article 4 of the Constitution. It brings up to "
     "date the information given to the Standing Committee at its Twentieth Session.{1} Figures "
     "are expressed in Swiss francs (CHF)."),
    ("para", 2,
     "The Administrative Part of the Budget for 2017, which the Council approved in the "
     "Programme and Budget for 2017 (C/107/6), amounts to CHF 49,466,000. It is funded in full "
     "by the assessed contributions of Member States in accordance with the scale of assessment "
     "for 2017, and each contribution falls due in full on 1 January of the year to which it "
     "relates."),
    ("para", 3,
     "The Administration is grateful to the Member States that have already paid their 2017 "
     "contributions in full, and to those that have made payments towards older arrears since "
     "the previous report. Prompt payment allows the Organization to meet its core structural "
     "costs without drawing on its limited reserves, and the Administration counts on the "
     "continued cooperation of all Member States in this regard."),
    ("head", "B.", "Assessed contributions outstanding"),
    ("para", 4,
     f"As at 31 July 2017, assessed contributions outstanding totalled CHF {fmt(grand)}. Of that "
     f"amount, CHF {fmt(col_tot[4])} relates to contributions for 2017 and CHF {fmt(prior)} to "
     "2016 and earlier years. At the same date in 2016, the outstanding amount stood at "
     "CHF 3,412,806, of which CHF 702,331 related to prior years."),
    ("para", 5,
     f"The {NUMW[len(ROWS)]} Member States with contributions outstanding fall into the four "
     "categories shown below, according to the age of their arrears and to whether a payment "
     "plan has been agreed."),
    ("table", "summary"),
    ("para", 6,
     f"{NUMW[cat_count['C']].capitalize()} Member States have amounts outstanding for 2017 only, "
     f"totalling CHF {fmt(cat_amt['C'])}. Two Member States account for CHF "
     f"{fmt(437912 + 1874225)} of that sum. In previous years, most contributions of this kind "
     "were received in the last quarter, and the Administration expects the same pattern in "
     "2017."),
    ("para", 7,
     f"{NUMW[cat_count['Y']].capitalize()} Member States have yet to settle their contributions "
     f"for 2016 in full, for a total of CHF {fmt(cat_amt['Y'])}. Should payment not be received "
     "before 31 December 2017, these Member States will become subject to Article 4 on "
     "1 January 2018. Reminders were sent to their Permanent Missions in June 2017."),
    ("para", 8,
     "The amounts outstanding from each Member State, broken down by the year to which they "
     "relate, are set out in the table below. A dash indicates that no amount is outstanding "
     "for the year concerned."),
    ("table", "detail"),
    ("head", "C.", "Member States subject to Article 4 of the Constitution"),
    ("para", 9,
     "Under Article 4 of the Constitution, a Member State whose arrears in the payment of its "
     "financial contributions to the Organization equal or exceed the amount of the contributions "
     "due from it for the preceding two full years has no vote. The Council may nevertheless "
     "permit such a Member State to vote if it is satisfied that the failure to pay is due to "
     "conditions beyond the control of that Member State."),
    ("para", 10,
     f"As at 31 July 2017, {NUMW[cat_count['A']]} Member States were subject to Article 4, with "
     f"total amounts outstanding of CHF {fmt(cat_amt['A'])}, of which CHF {fmt(art4_prior)} "
     "relates to 2016 and earlier years. This compares with eleven Member States at the end of "
     "2016: Mali and Uganda regained their right to vote after settling their arrears in March "
     "and May 2017, respectively."),
    ("para", 11,
     "The Director General has written to the Ministers for Foreign Affairs of the Member States "
     "concerned, and the Administration has met their Permanent Missions in Geneva to explore "
     "ways of settling the arrears, including through a payment plan. The Administration "
     "recognizes the difficult circumstances faced by several of these Member States."),
    ("head", "D.", "Payment plans"),
    ("para", 12,
     "A Member State in arrears for two or more full years may agree with the Administration on "
     "a plan to settle its arrears in annual instalments over a period not exceeding ten years, "
     "while paying its current contributions in full.{4} Plans are submitted to the Standing "
     "Committee for endorsement."),
    ("para", 13,
     f"{NUMW[cat_count['P']].capitalize()} Member States currently have payment plans, with "
     f"total amounts outstanding of CHF {fmt(cat_amt['P'])}. The status of each plan as at "
     "31 July 2017 is shown below."),
    ("table", "plans"),
    ("para", 14,
     "All five Member States have paid the instalments falling due under their plans to date and "
     "therefore keep their right to vote. Paraguay paid its second instalment in June 2017, "
     "ahead of the agreed schedule. The amounts shown for 2017 are current contributions, which "
     "are not covered by the plans."),
    ("head", "E.", "Action requested of the Standing Committee"),
    ("para", 15,
     "The Standing Committee is invited to take note of this document; to urge Member States "
     "with contributions outstanding for 2017 to pay them in full as soon as possible; and to "
     "call upon the Member States subject to Article 4 of the Constitution to settle their "
     "arrears or to agree on a payment plan with the Administration."),
]

PLANS = [
    ("Bolivia (Plurinational State of)", "14 October 2013", "3 of 6"),
    ("Kyrgyzstan", "2 June 2014", "3 of 5"),
    ("Niger", "21 November 2012", "4 of 7"),
    ("Paraguay", "9 March 2015", "2 of 6"),
    ("Tajikistan", "30 April 2015", "2 of 4"),
]

# --------------------------------------------------------------------------------------------
# Drawing helpers
# --------------------------------------------------------------------------------------------
c = canvas.Canvas(OUT, pagesize=A4)
c.setTitle("S/21/7 - Status report on the outstanding contributions")
c.setAuthor("International Organization for Migration")

state = {"page": 0, "y": TOP, "fns": []}   # fns: footnote numbers placed on current page


def sup_w(m):
    return stringWidth(m, FONT, SUP_FS) + 0.3


def draw_sup(x, y, m):
    t = c.beginText()
    t.setTextOrigin(x, y)
    t.setFont(FONT, SUP_FS)
    t.setRise(SUP_RISE)
    t.textOut(m)
    t.setRise(0)  # text rise persists in the graphics state: reset it
    c.drawText(t)


def fn_height(nums):
    h = 0.0
    for n in nums:
        h += len(wrap_plain(FOOTNOTES[n], FN_FS, RM - LM - 18)) * FN_LEAD + 2
    return h + (16 if nums else 0)


def wrap_plain(text, size, width, font=FONT):
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if stringWidth(t, font, size) <= width:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def draw_footnotes():
    nums = state["fns"]
    if not nums:
        return
    y = BOTTOM + fn_height(nums) - 16 - FN_LEAD + 4
    c.setLineWidth(0.5)
    c.line(LM, y + FN_LEAD + 3, LM + 144, y + FN_LEAD + 3)
    for n in nums:
        lines = wrap_plain(FOOTNOTES[n], FN_FS, RM - LM - 18)
        draw_sup(LM, y, n)
        c.setFont(FONT, FN_FS)
        for ln in lines:
            c.drawString(LM + 18, y, ln)
            y -= FN_LEAD
        y -= 2


def header():
    c.setFont(FONT, 11)
    c.drawRightString(RM, H - 50, SYMBOL)
    c.drawRightString(RM, H - 63, f"Page {state['page']}")


def new_page():
    draw_footnotes()
    c.showPage()
    state["page"] += 1
    state["y"] = TOP
    state["fns"] = []
    header()


def room(height, new_fns=()):
    """True if a block of `height` fits above the footnote area."""
    need = fn_height(state["fns"] + list(new_fns))
    return state["y"] - height >= BOTTOM + need + 4


# rich words: "text{N}" -> text with superscript marker N
TOK = re.compile(r"\{(\d)\}")


def word_parts(word):
    parts, pos = [], 0
    for m in TOK.finditer(word):
        if m.start() > pos:
            parts.append(("t", word[pos:m.start()]))
        parts.append(("s", m.group(1)))
        pos = m.end()
    if pos < len(word):
        parts.append(("t", word[pos:]))
    return parts


def word_width(word, font=FONT, size=FS):
    return sum(stringWidth(p, font, size) if k == "t" else sup_w(p) for k, p in word_parts(word))


def rich_wrap(text, width):
    lines, cur, curw = [], [], 0.0
    sp = stringWidth(" ", FONT, FS)
    for w in text.split():
        ww = word_width(w)
        if cur and curw + sp + ww > width:
            lines.append(cur)
            cur, curw = [w], ww
        else:
            curw = curw + (sp if cur else 0) + ww
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


def draw_rich_line(words, x, y, width, justify):
    sp = stringWidth(" ", FONT, FS)
    total = sum(word_width(w) for w in words)
    gap = sp
    if justify and len(words) > 1:
        gap = (width - total) / (len(words) - 1)
    for w in words:
        for k, p in word_parts(w):
            if k == "t":
                c.setFont(FONT, FS)
                c.drawString(x, y, p)
                x += stringWidth(p, FONT, FS)
            else:
                draw_sup(x + 0.3, y, p)
                x += sup_w(p)
        x += gap


def para(n, text):
    width = RM - TEXT_X
    lines = rich_wrap(text, width)
    state["y"] -= 6  # space before paragraph
    for i, words in enumerate(lines):
        fns = [m for w in words for m in TOK.findall(w)]
        # keep at least two lines together at a page foot
        need = LEAD * (2 if i == 0 and len(lines) > 1 else 1)
        if not room(need, fns):
            new_page()
        state["y"] -= LEAD
        y = state["y"]
        if i == 0:
            c.setFont(FONT, FS)
            c.drawString(LM, y, f"{n}.")
        draw_rich_line(words, TEXT_X, y, width, justify=(i < len(lines) - 1))
        state["fns"] += fns


def heading(label, text):
    if not room(LEAD * 5):
        new_page()
    state["y"] -= 12 + LEAD
    c.setFont(BOLD, FS)
    c.drawString(LM, state["y"], label)
    c.drawString(TEXT_X, state["y"], text)
    state["y"] -= 2


def caption(text):
    state["y"] -= 16
    c.setFont(BOLD, FS)
    c.drawCentredString((LM + RM) / 2, state["y"], text)
    state["y"] -= 6


def hrule(y, x0=LM, x1=RM, w=0.6):
    c.setLineWidth(w)
    c.line(x0, y, x1, y)


# ---------------------------------------------------------------- table 1: summary
def table_summary():
    rows = [
        ("Contributions outstanding for 2017 only", cat_count["C"], cat_amt["C"]),
        ("Arrears for 2016 (not yet subject to Article 4)", cat_count["Y"], cat_amt["Y"]),
        ("Subject to Article 4 of the Constitution", cat_count["A"], cat_amt["A"]),
        ("Member States with payment plans", cat_count["P"], cat_amt["P"]),
    ]
    x_lab, x_num, x_amt = TEXT_X, 392.0, RM - 6
    h = 16 + 2 * 12 + 8 + len(rows) * 14 + 18 + 10
    if not room(h):
        new_page()
    caption("Summary by category of Member States")
    y = state["y"] - 4
    hrule(y + 2)
    y -= 11
    c.setFont(BOLD, 10)
    c.drawString(x_lab, y - 6, "Category")
    c.drawRightString(x_num, y, "Number of")
    c.drawRightString(x_num, y - 12, "Member States")
    c.drawRightString(x_amt, y, "Amount outstanding")
    c.drawRightString(x_amt, y - 12, "(CHF)")
    y -= 12 + 6
    hrule(y + 2)
    c.setFont(FONT, 10)
    for lab, n, a in rows:
        y -= 14
        c.drawString(x_lab, y, lab)
        c.drawRightString(x_num - 20, y, str(n))
        c.drawRightString(x_amt, y, fmt(a))
    y -= 6
    hrule(y + 2)
    y -= 12
    c.setFont(BOLD, 10)
    c.drawString(x_lab, y, "Total")
    c.drawRightString(x_num - 20, y, str(sum(r[1] for r in rows)))
    c.drawRightString(x_amt, y, fmt(sum(r[2] for r in rows)))
    y -= 5
    hrule(y, w=0.9)
    state["y"] = y - 4


# ---------------------------------------------------------------- table 2: detail by Member State
DT_FS, DT_LEAD = 9.5, 11.6
NAME_W = 118.0
COLS_R = [246.0, 301.0, 356.0, 411.0, 466.0, RM]   # right edges of 2013..2017, Total
CAP2 = "Contributions outstanding as at 31 July 2017"


def detail_head(cont):
    caption(CAP2 + (" (continued)" if cont else ""))
    y = state["y"] - 4
    hrule(y + 2)
    y -= 12
    c.setFont(BOLD, DT_FS)
    c.drawString(LM, y, "Member State")
    for x, lab in zip(COLS_R, YEARS + ["Total"]):
        c.drawRightString(x, y, lab)
    y -= 6
    hrule(y + 2)
    state["y"] = y - 2


def table_detail():
    if not room(16 + 26 + DT_LEAD * 6):
        new_page()
    detail_head(False)
    cont = False
    for name, mark, _cat, vals in ROWS:
        name_lines = wrap_plain(name, DT_FS, NAME_W)
        h = DT_LEAD * len(name_lines) + 2
        fns = [mark] if mark else []
        if not room(h, fns):
            # close the page part of the table
            hrule(state["y"] - 2, w=0.4)
            new_page()
            detail_head(True)
            cont = True
        y = state["y"] - DT_LEAD
        c.setFont(FONT, DT_FS)
        for j, ln in enumerate(name_lines):
            c.drawString(LM, y - j * DT_LEAD, ln)
        if mark:
            lw = stringWidth(name_lines[-1], FONT, DT_FS)
            draw_sup(LM + lw + 0.4, y - (len(name_lines) - 1) * DT_LEAD, mark)
        # figures on the first line of a wrapped name (cells aligned at the top)
        c.setFont(FONT, DT_FS)
        for x, v in zip(COLS_R, vals + [sum(vals)]):
            c.drawRightString(x, y, fmt(v) if v else DASH)
        state["y"] = y - (len(name_lines) - 1) * DT_LEAD - 2
        state["fns"] += fns
    assert cont, "detail table should run over a page break"
    y = state["y"] - 4
    hrule(y + 2)
    y -= DT_LEAD
    c.setFont(BOLD, DT_FS)
    c.drawString(LM, y, "Total")
    for x, v in zip(COLS_R, col_tot + [grand]):
        c.drawRightString(x, y, fmt(v))
    y -= 5
    hrule(y, w=0.9)
    state["y"] = y - 4


# ---------------------------------------------------------------- table 3: payment plans
def table_plans():
    x1, x2r, x3r = TEXT_X, 400.0, RM - 10
    h = 16 + 30 + len(PLANS) * 14 + 10
    if not room(h):
        new_page()
    caption("Member States with payment plans")
    y = state["y"] - 4
    hrule(y + 2)
    y -= 12
    c.setFont(BOLD, 10)
    c.drawString(x1, y, "Member State")
    c.drawRightString(x2r, y, "Date of plan")
    c.drawRightString(x3r, y, "Instalments paid")
    y -= 6
    hrule(y + 2)
    c.setFont(FONT, 10)
    for ms, d, inst in PLANS:
        y -= 14
        c.drawString(x1, y, ms)
        c.drawRightString(x2r, y, d)
        c.drawRightString(x3r - 18, y, inst)
    y -= 6
    hrule(y + 2, w=0.9)
    state["y"] = y - 2


# --------------------------------------------------------------------------------------------
# Cover page
# --------------------------------------------------------------------------------------------
c.setFont(BOLD, 12)
c.drawRightString(RM, H - 60, SYMBOL)
c.setFont(FONT, 11)
c.drawRightString(RM, H - 76, "Original: English")
c.drawRightString(RM, H - 90, "2 October 2017")
# emblem substitute (drawn shapes only, as the real logo is an image without text)
c.setLineWidth(0.8)
c.circle(LM + 22, H - 74, 18)
c.line(LM + 4, H - 74, LM + 40, H - 74)
c.line(LM + 22, H - 56, LM + 22, H - 92)

cx = W / 2
c.setFont(BOLD, 12)
c.drawCentredString(cx, 520, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE")
c.drawCentredString(cx, 500, "Twenty-first Session")
y = 440
for ln in TITLE_LINES:
    c.drawCentredString(cx, y, ln)
    y -= 17
c.showPage()

# --------------------------------------------------------------------------------------------
# Body
# --------------------------------------------------------------------------------------------
state["page"] = 1
header()
y = TOP - 4
c.setFont(BOLD, 11)
for ln in TITLE_LINES:
    c.drawCentredString(cx, y, ln)
    y -= 14
state["y"] = y - 4

for el in BODY:
    if el[0] == "head":
        heading(el[1], el[2])
    elif el[0] == "para":
        para(el[1], el[2])
    elif el[1] == "summary":
        table_summary()
    elif el[1] == "detail":
        table_detail()
    else:
        table_plans()

draw_footnotes()
c.showPage()
c.save()
print("pages:", state["page"] + 1, "grand", grand, "cols", col_tot, "cats", cat_count, cat_amt,
      "prior", prior, "art4_prior", art4_prior)
