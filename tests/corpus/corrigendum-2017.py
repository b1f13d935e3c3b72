# Draws corrigendum-2017.pdf (S/21/5/Corr.1) with reportlab.
import os
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "corrigendum-2017.pdf")

SYMBOL = "S/21/5/Corr.1"
W, H = A4
LM, RM = 72, W - 72
TW = RM - LM
TOP = H - 62
BOTTOM = 80

F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
SIZE, LEAD = 11.5, 14.2
FN_SIZE, FN_LEAD = 9.5, 11.5

c = canvas.Canvas(OUT, pagesize=A4)
c.setTitle("S/21/5/Corr.1 - Status report on outstanding contributions - Corrigendum")
c.setAuthor("International Organization for Migration")

state = {"page": 1, "y": 0}


def rtext(y, s, font=F, size=SIZE):
    c.setFont(font, size)
    c.drawRightString(RM, y, s)


def ctext(y, s, font=F, size=SIZE):
    c.setFont(font, size)
    c.drawCentredString(W / 2, y, s)


def new_page():
    c.showPage()
    state["page"] += 1
    rtext(H - 42, SYMBOL, F, 10.5)
    rtext(H - 54, "Page %d" % state["page"], F, 10.5)
    state["y"] = TOP - 28


# ---------------------------------------------------------------- text engine
# Text is a string with optional superscript markers written as {^3}.
def tokens(text, font):
    out = []
    for raw in text.split(" "):
        parts = []
        rest = raw
        while "{^" in rest:
            i = rest.index("{^")
            j = rest.index("}", i)
            if i:
                parts.append(("t", rest[:i]))
            parts.append(("s", rest[i + 2:j]))
            rest = rest[j + 1:]
        if rest:
            parts.append(("t", rest))
        out.append(parts)
    return out


def word_width(parts, font, size):
    w = 0
    for kind, s in parts:
        if kind == "t":
            w += stringWidth(s, font, size)
        else:
            w += stringWidth(s, F, size * 0.62)
    return w


def draw_word(x, y, parts, font, size):
    for kind, s in parts:
        if kind == "t":
            c.setFont(font, size)
            c.drawString(x, y, s)
            x += stringWidth(s, font, size)
        else:
            c.setFont(F, size * 0.62)
            c.drawString(x, y + size * 0.38, s)
            x += stringWidth(s, F, size * 0.62)
    return x


def para(text, x_first, x_rest, right=RM, font=F, size=SIZE, lead=LEAD,
         label=None, label_x=None, justify=True, after=None):
    """Draw a wrapped paragraph starting at state['y']."""
    words = tokens(text, font)
    space = stringWidth(" ", font, size)
    lines, cur, curw = [], [], 0
    x0 = x_first
    for wd in words:
        ww = word_width(wd, font, size)
        avail = right - (x_first if not lines else x_rest)
        add = ww if not cur else curw + space + ww
        if cur and add > avail:
            lines.append((cur, curw))
            cur, curw = [wd], ww
        else:
            cur.append(wd)
            curw = add
    if cur:
        lines.append((cur, curw))
    y = state["y"]
    if label is not None:
        c.setFont(font, size)
        c.drawString(label_x, y, label)
    for n, (ws, lw) in enumerate(lines):
        xs = x_first if n == 0 else x_rest
        avail = right - xs
        last = n == len(lines) - 1
        gap = space
        if justify and not last and len(ws) > 1:
            gap = space + (avail - lw) / (len(ws) - 1)
        x = xs
        for wd in ws:
            x = draw_word(x, y, wd, font, size) + gap
        y -= lead
    assert y > BOTTOM - 10, ("overflow on page", state["page"], text[:40])
    state["y"] = y - (after if after is not None else lead * 0.75)


def location(s):
    """A line saying where a correction goes (bold, underlined)."""
    y = state["y"]
    c.setFont(FB, SIZE)
    c.drawString(LM, y, s)
    c.setLineWidth(0.6)
    c.line(LM, y - 2, LM + stringWidth(s, FB, SIZE), y - 2)
    state["y"] = y - LEAD * 1.6


def for_read(old, new):
    y = state["y"]
    c.setFont(FI, SIZE)
    c.drawString(LM + 36, y, "For")
    c.setFont(F, SIZE)
    c.drawString(LM + 90, y, old)
    y -= LEAD * 1.3
    c.setFont(FI, SIZE)
    c.drawString(LM + 36, y, "read")
    c.setFont(F, SIZE)
    c.drawString(LM + 90, y, new)
    state["y"] = y - LEAD * 1.9


def footnotes(notes):
    """notes: list of (marker, text) drawn at the foot of the current page."""
    # measure
    lines_total = 0
    wrapped = []
    for mk, txt in notes:
        wrapped.append((mk, txt))
    y = BOTTOM + 8 + 14 * len(notes) + 12 * sum(len(t) // 95 for _, t in notes)
    c.setLineWidth(0.5)
    c.line(LM, y + 12, LM + 144, y + 12)
    state_y = state["y"]
    state["y"] = y
    for mk, txt in wrapped:
        c.setFont(F, FN_SIZE * 0.7)
        c.drawString(LM, state["y"] + FN_SIZE * 0.3, mk)
        para(txt, LM + 8, LM, size=FN_SIZE, lead=FN_LEAD, after=3)
    assert state["y"] > 40
    assert state_y > y + 24, "footnote collides with text"


# ---------------------------------------------------------------- cover block
rtext(H - 62, SYMBOL, F, 12)
rtext(H - 80, "Original: ENGLISH", F, 11.5)
rtext(H - 95, "24 October 2017", F, 11.5)

ctext(H - 150, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE", FB, 12)
ctext(H - 167, "Twenty-first Session", F, 12)

ctext(H - 222, "STATUS REPORT ON OUTSTANDING CONTRIBUTIONS TO", FB, 12.5)
ctext(H - 239, "THE ADMINISTRATIVE PART OF THE BUDGET", FB, 12.5)

ctext(H - 280, "CORRIGENDUM", FB, 12)
c.setLineWidth(0.6)
cw = stringWidth("CORRIGENDUM", FB, 12)
c.line(W / 2 - cw / 2, H - 282, W / 2 + cw / 2, H - 282)

state["y"] = H - 330

IND = LM + 36  # first-line indent of numbered paragraphs / items

para("The figures given in document S/21/5 of 4 October 2017 did not reflect a payment of "
     "CHF 84,000 received from one Member State on 28 September 2017, which was credited to "
     "its account only after the document had been finalized. The corrections below take that "
     "payment into account; a further correction is made to footnote 6. The conclusions of the "
     "document are not affected. The Administration regrets any inconvenience caused.",
     LM, LM)

state["y"] -= 6
location("Page 1, paragraph 2, first sentence")
for_read("CHF 4,812,306", "CHF 4,728,306")

location("Page 2, paragraphs 5 and 6")
para("Paragraphs 5 and 6 should read as follows:", LM, LM)

para("Of the total outstanding, CHF 3,376,512 relates to contributions assessed for 2016 "
     "and prior years and owed by eight Member States that are subject to the provisions of "
     "Article 4 of the Constitution.{^3} The corresponding figures reported to the Standing "
     "Committee at its Twentieth Session (S/20/7) were CHF 3,641,870 and ten Member States. "
     "Two Member States have since settled their arrears in full, while no Member State has "
     "newly become subject to Article 4.",
     IND, LM, label="5.", label_x=LM)

para("Contributions received for 2017 totalled CHF 38,904,117 as at 30 September 2017, "
     "representing 81.4 per cent of the contributions assessed for the year "
     "(CHF 47,793,765). At the same date in 2016, the rate of collection stood at "
     "79.6 per cent.",
     IND, LM, label="6.", label_x=LM)

footnotes([
    ("3", "Under Article 4 of the Constitution, a Member State which is in arrears in the "
          "payment of its financial contributions to the Organization has no vote if the amount "
          "of its arrears equals or exceeds the amount of the contributions due from it for the "
          "preceding two full years."),
])

# ---------------------------------------------------------------- page 2
new_page()
location("Page 3, paragraph 9")
para("Replace the existing text of the paragraph with the following:", LM, LM)

para("Since the last report, the Administration has agreed payment plans with three of the "
     "Member States concerned. Under those plans:",
     IND, LM, label="9.", label_x=LM)

ITEM_L, ITEM_T = LM + 36, LM + 72
SUB_L, SUB_T = LM + 72, LM + 108
para("Liberia will settle its arrears in ten annual instalments, the first of which, "
     "amounting to CHF 20,169, was received on 18 July 2017;",
     ITEM_T, ITEM_T, label="(a)", label_x=ITEM_L, after=LEAD * 0.5)
para("Guinea-Bissau will pay the amount outstanding in two stages:{^5}",
     ITEM_T, ITEM_T, label="(b)", label_x=ITEM_L, after=LEAD * 0.5)
para("the contributions assessed for 2016 and 2017, by 31 December 2017; and",
     SUB_T, SUB_T, label="(i)", label_x=SUB_L, after=LEAD * 0.5)
para("the balance of its earlier arrears, in eight annual instalments from 2018;",
     SUB_T, SUB_T, label="(ii)", label_x=SUB_L, after=LEAD * 0.5)
para("Sao Tome and Principe will pay its assessed contribution in full each year, together "
     "with an annual instalment of CHF 15,263 towards its arrears.",
     ITEM_T, ITEM_T, label="(c)", label_x=ITEM_L)

state["y"] -= 6
location("Page 3, paragraph 10, second sentence")
for_read("seven Member States", "six Member States")

location("Page 4, footnote 6")
for_read("Resolution No. 1343 of 6 December 2016", "Resolution No. 1342 of 6 December 2016")

footnotes([
    ("5", "The plan was agreed by an exchange of letters dated 14 and 29 August 2017 between the "
          "Administration and the Permanent Mission of Guinea-Bissau in Geneva."),
])

# ---------------------------------------------------------------- page 3: table
new_page()
location("Page 5, Table 2")
para("Table 2 should read as follows:", LM, LM, after=LEAD * 1.2)

rows = [
    ("Central African Republic", 412735, 10382, 10447),
    ("Comoros", 98210, 4520, 4548),
    ("Congo", 611048, 28341, 28516),
    ("Guinea-Bissau", 201377, 5092, 5124),
    ("Liberia", 187904, 6870, 6913),
    ("Sao Tome and Principe", 152630, 4520, 4548),
    ("Somalia", 1034219, 4520, 4548),
    ("Yemen", 592274, 21870, 22006),
]
sa = sum(r[1] for r in rows)
sb = sum(r[2] for r in rows)
sd = sum(r[3] for r in rows)
assert sa + sb == 3376512, sa + sb
print("2017 column", sd, "table total", sa + sb + sd)

ctext(state["y"], "Table 2. Arrears of Member States subject to Article 4 (in Swiss francs)",
      FB, 10.5)
state["y"] -= 20

TS = 10.5
cols_r = [LM + 250, LM + 318, LM + 386, RM]  # right edges of the numeric columns
y = state["y"]
c.setLineWidth(0.7)
c.line(LM, y + 12, RM, y + 12)
heads = [("Up to", "2015"), ("", "2016"), ("", "2017"), ("Total", "outstanding")]
c.setFont(FB, TS)
c.drawString(LM + 4, y - 6, "Member State")
for (h1, h2), xr in zip(heads, cols_r):
    if h1:
        c.drawRightString(xr - 4, y, h1)
    c.drawRightString(xr - 4, y - 12, h2)
y -= 20
c.line(LM, y, RM, y)
y -= 14


def fmt(n):
    return "{:,}".format(n)


c.setFont(F, TS)
for name, a, b, d in rows:
    c.setFont(F, TS)
    c.drawString(LM + 4, y, name)
    for v, xr in zip((a, b, d, a + b + d), cols_r):
        c.drawRightString(xr - 4, y, fmt(v))
    y -= 15
c.line(LM, y + 10, RM, y + 10)
y -= 5
c.setFont(FB, TS)
c.drawString(LM + 4, y, "Total")
for v, xr in zip((sa, sb, sd, sa + sb + sd), cols_r):
    c.drawRightString(xr - 4, y, fmt(v))
c.line(LM, y - 6, RM, y - 6)
state["y"] = y - 36

para("The figures in the column headed \u201cUp to 2015\u201d are shown net of the instalments "
     "received under the payment plans described in paragraph 9.", LM, LM, size=10, lead=12.5)

state["y"] -= 10
location("Page 6, paragraph 14")
para("The paragraph should read:", LM, LM)
para("The Standing Committee is invited to take note of this report and to urge the Member "
     "States concerned to pay their outstanding contributions in full or to agree a payment "
     "plan with the Administration, as recommended in document S/18/11 and endorsed by the "
     "Council in Resolution No. 1310 of 24 November 2015.",
     IND, LM, label="14.", label_x=LM)

c.showPage()
c.save()
print("pages", state["page"])
