# Draws contributions-report-2007.pdf (MC/EX/683) with reportlab.
import re
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = "contributions-report-2007.pdf"
SYMBOL = "MC/EX/683"
W, H = A4
LM, RM = 72, W - 72
TW = RM - LM
BOTTOM = 62
FONT, BOLD = "Helvetica", "Helvetica-Bold"
FS, LEAD = 10.5, 13.2
FNFS, FNLEAD = 8.5, 10.2
TAB = 36

c = canvas.Canvas(OUT, pagesize=A4)
c.setTitle("MC/EX/683 Status report on outstanding contributions")

# ---------------------------------------------------------------- data
ART4 = [("Central African Republic", 48731, 4917, 0), ("Comoros", 29504, 4917, 0),
        ("Democratic Republic of the Congo", 112846, 9834, 0), ("Guinea-Bissau", 36208, 4917, 0),
        ("Haiti", 40226, 9834, 0), ("Liberia", 71395, 4917, 5000), ("Niger", 24660, 4917, 0),
        ("Sierra Leone", 19873, 4917, 0), ("Somalia", 85112, 4917, 0)]
OTHER = [("Bolivia", 9124, 9834, 0), ("Dominican Republic", 6213, 9834, 6213),
         ("Ecuador", 11602, 14751, 11602), ("El Salvador", 7480, 9834, 0), ("Gambia", 4917, 4917, 0),
         ("Honduras", 3870, 4917, 0), ("Mali", 5210, 4917, 2000), ("Nicaragua", 4917, 4917, 2500),
         ("Paraguay", 8210, 9834, 1500), ("Peru", 38650, 78660, 38650), ("Senegal", 4917, 4917, 4917),
         ("Tajikistan", 2140, 4917, 0), ("Uganda", 6005, 4917, 0), ("Zambia", 4917, 4917, 0)]
PLANS = [("Democratic Republic of the Congo", "2005", "10", 98520, "9,852^b"),
         ("Liberia", "2006", "8", 66478, 13310), ("Nicaragua", "2004", "5", 14751, 9834),
         ("Paraguay", "2006", "4", 8210, 1500)]


def fmt(n):
    return "-" if n == 0 else "{:,}".format(n)


def row4(name, prev, ass, paid, bold=False):
    return (name, [fmt(prev), fmt(ass), fmt(paid), fmt(prev + ass - paid)], bold)


def sums(L):
    return [sum(r[i] for r in L) for i in (1, 2, 3)]


sa, so = sums(ART4), sums(OTHER)
st = [a + b for a, b in zip(sa, so)]
assert st == [586727, 226170, 72382] and sa[0] + sa[1] - sa[2] == 517642
T1 = [row4(*r) for r in ART4] + [row4("Subtotal (Article 4)", *sa, bold=True)] + \
     [row4(*r) for r in OTHER] + [row4("Subtotal (others)", *so, bold=True)] + \
     [row4("TOTAL", *st, bold=True)]
pt = [sum(p[3] for p in PLANS), 9852 + 13310 + 9834 + 1500]
T2 = []
for name, yr, n, arr, paid in PLANS:
    pv = 9852 if isinstance(paid, str) else paid
    T2.append((name, [yr, n, fmt(arr), paid if isinstance(paid, str) else fmt(paid), fmt(arr - pv)], False))
T2.append(("TOTAL", ["", "", fmt(pt[0]), fmt(pt[1]), fmt(pt[0] - pt[1])], True))
assert pt == [187959, 34496]

FOOTNOTES = {
    "1": "Guatemala completed in February 2007 the payment plan it agreed with the Administration in 2003. "
         "See document MC/EX/659, paragraph 7.",
    "2": "The procedure for the application of Article 4 was last reviewed by the Council in Resolution "
         "No. 1077 (LXXXVIII) of 4 December 2002, which also sets out the conditions under which voting "
         "rights may be restored.",
    "3": "The guidelines governing payment plans are reproduced in document MC/EX/648/Rev.1.",
    "4": "Cash-flow projections for the Administrative Part of the Budget are given in the Financial Report "
         "for the year ended 31 December 2006 (MC/2216), note 3.",
    "5": "Voting rights suspended under Article 4 may be restored by a majority decision of the Council once "
         "a payment plan has been agreed and is being honoured.",
}

# ---------------------------------------------------------------- body text
BODY = [
    ("runtitle", "STATUS REPORT ON OUTSTANDING CONTRIBUTIONS TO THE ADMINISTRATIVE PART OF THE BUDGET"),
    ("runtitle", "(as at 30 April 2007)"),
    ("head", "I.", "INTRODUCTION"),
    ("para", "1", "This document reports on the status of assessed contributions to the Administrative Part "
     "of the Budget as at 30 April 2007. It updates the information given in document MC/2208, which "
     "reflected the situation as at 30 September 2006 and was considered by the Council at its "
     "Ninety-second Session."),
    ("para", "2", "The Administrative Part of the Budget for 2007 was approved by the Council in "
     "Resolution No. 1142 (XCII) of 30 November 2006 at a level of CHF 37,520,000, to be financed by "
     "assessed contributions from Member States in accordance with the scale of assessment contained in "
     "the Programme and Budget for 2007 (MC/2197)."),
    ("head", "II.", "STATUS OF CONTRIBUTIONS AS AT 30 APRIL 2007"),
    ("para", "3", "As at 30 April 2007, contributions of CHF 19,846,310 had been received against the 2007 "
     "assessments, leaving CHF 17,673,690, or 47.1 per cent of the total, still to be paid. Arrears from "
     "previous years had fallen from CHF 586,727 on 1 January 2007 to CHF 514,345, so that the total "
     "amount outstanding at the end of April stood at CHF 18,188,035. The situation of the 23 Member "
     "States with arrears from previous years is set out in Table 1."),
    ("para", "4", "Of the 122 Member States, 48 had paid their 2007 contributions in full by 30 April 2007, "
     "a slightly better result than at the same date in 2006, when 44 Member States had done so. Since "
     "the previous report Benin, Guatemala and Kyrgyzstan have settled both their arrears and their 2007 "
     "assessments in full and therefore no longer appear in the table.^1"),
    ("para", "5", "A further four Member States, namely the Dominican Republic, Ecuador, Peru and Senegal, "
     "have paid all amounts due for previous years; their 2007 contributions, totalling CHF 108,162, "
     "remained unpaid at the reporting date. Payments totalling CHF 72,382 were received from Member "
     "States with arrears during the first four months of the year and were credited, as is the "
     "Organization's practice, against the oldest amounts due."),
    ("head", "III.", "MEMBER STATES SUBJECT TO ARTICLE 4 OF THE CONSTITUTION"),
    ("para", "6", "Under Article 4, paragraph 3, of the Constitution, a Member State which fails to meet its "
     "financial obligations to the Organization for two consecutive years may be deprived of its voting "
     "right by a two-thirds majority decision of the Council.^2"),
    ("para", "7", "As at 30 April 2007, nine Member States were in that position: the Central African "
     "Republic, the Comoros, the Democratic Republic of the Congo, Guinea-Bissau, Haiti, Liberia, the "
     "Niger, Sierra Leone and Somalia. Their arrears from previous years amounted to CHF 468,555, or "
     "79.9 per cent of all arrears, and the total they owed, including their 2007 assessments, was "
     "CHF 517,642."),
    ("para", "8", "In February 2007 the Director General wrote to the Ministers for Foreign Affairs of each "
     "of these Member States, drawing their attention to the amounts outstanding and to the provisions "
     "of Article 4, and inviting them either to settle their arrears or to propose a payment plan. "
     "Follow-up meetings have since been held with the Permanent Missions in Geneva of six of them."),
    ("para", "9", "Only one of the nine, Liberia, made a payment in the period under review (CHF 5,000, "
     "under the payment plan described in paragraph 11). No replies have yet been received from the "
     "Comoros, the Niger or Somalia."),
    ("head", "IV.", "PAYMENT PLANS"),
    ("para", "10", "Member States that are unable to pay their arrears in a single instalment are "
     "encouraged to agree with the Administration a payment plan under which the arrears are settled in "
     "annual instalments over a period of not more than ten years, in addition to the contribution for "
     "the current year.^3"),
    ("para", "11", "Four payment plans were in force on 30 April 2007; they cover arrears of CHF 187,959, "
     "of which CHF 34,496 has been paid (Table 2). Liberia and Nicaragua have met every instalment due "
     "so far, and Paraguay made its first payment under its plan in March 2007."),
    ("para", "12", "No instalment has been received from the Democratic Republic of the Congo since June "
     "2005. The Administration has proposed that the plan be rescheduled, and consultations with the "
     "Permanent Mission are continuing."),
    ("head", "V.", "CONCLUSIONS AND RECOMMENDATIONS"),
    ("para", "13", "Although arrears from previous years represent only 1.37 per cent of the 2007 "
     "Administrative Part of the Budget, late payment of current contributions continues to strain the "
     "Organization's liquidity in the first half of each year, when cash inflows are lowest.^4"),
    ("para", "14", "The Executive Committee is invited to:"),
    ("item", 1, "(a)", "take note of the status of outstanding contributions to the Administrative Part of "
     "the Budget as at 30 April 2007;"),
    ("item", 1, "(b)", "urge Member States with arrears from previous years:"),
    ("item", 2, "(i)", "to pay them in full at the earliest opportunity; or"),
    ("item", 2, "(ii)", "where this is not possible, to agree a payment plan with the Administration and "
     "to honour it;"),
    ("item", 1, "(c)", "call upon the Member States subject to Article 4 of the Constitution to make every "
     "effort to regularize their situation before the Ninety-fourth Session of the Council;^5"),
    ("item", 1, "(d)", "encourage all Member States to pay their assessed contributions for 2007 in full "
     "and as early in the year as possible; and"),
    ("item", 1, "(e)", "request the Administration to submit an updated report to the Council at its "
     "Ninety-fourth Session."),
    ("para", "15", "The Administration remains ready to discuss payment arrangements with any Member State "
     "and to provide detailed statements of account on request."),
    ("space", 14),
    ("table", "T1"),
    ("space", 16),
    ("table", "T2"),
]

TABLES = {
    "T1": dict(
        caption="Table 1 \u2013 Outstanding contributions as at 30 April 2007 (in Swiss francs)",
        contcap="Table 1 \u2013 Outstanding contributions as at 30 April 2007 (cont'd)",
        cols=[(LM, 168, "l"), (None, 70, "r"), (None, 70, "r"), (None, 70, "r"), (None, 73, "r")],
        heads=[["Member State"], ["Outstanding", "from previous", "years"], ["2007", "assessment"],
               ["Payments", "received^a"], ["Total", "outstanding"]],
        rows=T1,
        notes=[("a", "Payments received from 1 January to 30 April 2007, credited against the oldest "
                     "amounts due.")]),
    "T2": dict(
        caption="Table 2 \u2013 Payment plans in force as at 30 April 2007 (in Swiss francs)",
        contcap=None,
        cols=[(LM, 168, "l"), (None, 50, "r"), (None, 60, "r"), (None, 80, "r"), (None, 70, "r"),
              (None, 73, "r")],
        heads=[["Member State"], ["Year", "agreed"], ["Annual", "instal-", "ments"],
               ["Arrears", "covered"], ["Paid to", "30.04.2007"], ["Balance"]],
        rows=T2,
        notes=[("b", "Last instalment received in June 2005.")]),
}
# resolve column x positions
for t in TABLES.values():
    x = LM
    cols = []
    for (_, w, al) in t["cols"]:
        cols.append((x, w, al))
        x += w
    t["cols"] = cols


# ---------------------------------------------------------------- helpers
def split_marker(word):
    m = re.match(r"^(.*?)\^(\w+)$", word)
    return (m.group(1), m.group(2)) if m else (word, None)


def word_w(word, font, size):
    base, mk = split_marker(word)
    w = stringWidth(base, font, size)
    if mk:
        w += stringWidth(mk, font, size * 0.62) + 0.5
    return w


def wrap(text, first_w, rest_w, font=FONT, size=FS):
    words = text.split()
    lines, cur, curw = [], [], 0
    sp = stringWidth(" ", font, size)
    for wd in words:
        ww = word_w(wd, font, size)
        limit = first_w if not lines else rest_w
        if cur and curw + sp + ww > limit:
            lines.append(cur)
            cur, curw = [wd], ww
        else:
            curw = curw + sp + ww if cur else ww
            cur.append(wd)
    if cur:
        lines.append(cur)
    return lines


def draw_word(x, y, word, font, size):
    base, mk = split_marker(word)
    c.setFont(font, size)
    c.drawString(x, y, base)
    x += stringWidth(base, font, size)
    if mk:
        c.setFont(font, size * 0.62)
        c.drawString(x + 0.5, y + size * 0.38, mk)
        x += stringWidth(mk, font, size * 0.62) + 0.5
    return x


def draw_line(x, y, words, width, justify, font=FONT, size=FS):
    sp = stringWidth(" ", font, size)
    total = sum(word_w(w, font, size) for w in words)
    gap = sp
    if justify and len(words) > 1:
        gap = (width - total) / (len(words) - 1)
        if gap > sp * 2.2:
            gap = sp
    for w in words:
        x = draw_word(x, y, w, font, size) + gap


def markers_in(words):
    return [split_marker(w)[1] for w in words if split_marker(w)[1]]


# ---------------------------------------------------------------- page state
class Page:
    def __init__(self):
        self.n = 0
        self.y = 0
        self.fns = []

    def fn_height(self, extra=()):
        keys = self.fns + list(extra)
        if not keys:
            return 0
        h = 16
        for k in keys:
            h += len(wrap(FOOTNOTES[k], TW - 18, TW - 18, FONT, FNFS)) * FNLEAD + 2
        return h

    def new(self):
        if self.n >= 1:
            self.finish()
            c.showPage()
        self.n += 1
        label = self.n
        c.setFont(FONT, 10)
        c.drawRightString(RM, H - 48, SYMBOL)
        c.drawRightString(RM, H - 60, "Page %d" % label)
        self.y = H - 92
        self.fns = []

    def finish(self):
        if not self.fns:
            return
        y = BOTTOM + self.fn_height() - 8
        c.setFont(FONT, 10)
        c.drawString(LM, y, "_" * 16)
        y -= 14
        for k in self.fns:
            ls = wrap(FOOTNOTES[k], TW - 18, TW - 18, FONT, FNFS)
            c.setFont(FONT, FNFS * 0.7)
            c.drawString(LM, y + FNFS * 0.36, k)
            for i, l in enumerate(ls):
                draw_line(LM + 18, y, l, TW - 18, i < len(ls) - 1, FONT, FNFS)
                y -= FNLEAD
            y -= 2

    def need(self, h, fnkeys=()):
        """make room for h points of text plus the footnote bodies fnkeys."""
        if self.y - h < BOTTOM + self.fn_height(fnkeys):
            self.new()


P = Page()


# ---------------------------------------------------------------- cover
def cover():
    c.setFont(FONT, 11)
    c.drawRightString(RM, H - 60, SYMBOL)
    c.setFont(FONT, 10)
    c.drawRightString(RM, H - 86, "Original: ENGLISH")
    c.drawRightString(RM, H - 99, "14 May 2007")
    c.setFont(BOLD, 11)
    c.drawCentredString(W / 2, H - 190, "HUNDRED AND FOURTH SESSION")
    c.setFont(FONT, 11)
    c.drawCentredString(W / 2, H - 206, "_" * 42)
    c.setFont(BOLD, 12)
    c.drawCentredString(W / 2, H - 290, "STATUS REPORT ON OUTSTANDING CONTRIBUTIONS TO THE")
    c.drawCentredString(W / 2, H - 305, "ADMINISTRATIVE PART OF THE BUDGET")
    c.setFont(FONT, 11)
    c.drawCentredString(W / 2, H - 330, "(as at 30 April 2007)")
    # cover note
    c.setFont(FONT, 10)
    c.drawString(LM, 168, "_" * 16)
    note = ("This document is submitted to the Subcommittee on Budget and Finance at its "
            "Ninety-eighth Session in May 2007.")
    y = 150
    for i, l in enumerate(wrap(note, TW, TW, FONT, 10)):
        draw_line(LM, y, l, TW, False, FONT, 10)
        y -= 12.5
    # trilingual footer
    c.setFont(BOLD, 10)
    c.drawString(LM, 60, "EXECUTIVE COMMITTEE")
    c.drawCentredString(W / 2, 60, "COMIT\u00c9 EX\u00c9CUTIF")
    c.drawRightString(RM, 60, "COMIT\u00c9 EJECUTIVO")
    c.showPage()


# ---------------------------------------------------------------- body flow
def lines_block(lines, x_first, x_rest, w_first, w_rest, font=FONT, label=None, label_x=None):
    for i, l in enumerate(lines):
        P.need(LEAD, markers_in(l))
        x = x_first if i == 0 else x_rest
        wdt = w_first if i == 0 else w_rest
        if i == 0 and label:
            c.setFont(FONT, FS)
            c.drawString(label_x, P.y, label)
        draw_line(x, P.y, l, wdt, i < len(lines) - 1, font)
        for mk in markers_in(l):
            P.fns.append(mk)
        P.y -= LEAD


def table(t):
    cols = t["cols"]

    def header(caption):
        c.setFont(BOLD, 9.5)
        c.drawCentredString(W / 2, P.y, caption)
        P.y -= 16
        c.setLineWidth(0.6)
        c.line(LM, P.y + 9, cols[-1][0] + cols[-1][1], P.y + 9)
        nl = max(len(h) for h in t["heads"])
        for j in range(nl):
            for (x, w, al), hd in zip(cols, t["heads"]):
                k = j - (nl - len(hd))
                if k < 0:
                    continue
                txt = hd[k]
                base, mk = split_marker(txt)
                tw = word_w(txt, BOLD, 8.5)
                if al == "l":
                    draw_word(x + 2, P.y, txt, BOLD, 8.5)
                else:
                    draw_word(x + w - 2 - tw, P.y, txt, BOLD, 8.5)
            P.y -= 10.5
        c.line(LM, P.y + 7, cols[-1][0] + cols[-1][1], P.y + 7)
        P.y -= 5

    rows_h = 12.2
    notes_h = 14 + 11 * len(t["notes"])
    P.need(16 + 36 + rows_h * 3)
    header(t["caption"])
    for idx, (label, cells, bold) in enumerate(t["rows"]):
        last = idx == len(t["rows"]) - 1
        need = rows_h + (notes_h if last else 0)
        if P.y - need < BOTTOM + P.fn_height():
            P.new()
            header(t["contcap"] or t["caption"])
        f = BOLD if bold else FONT
        if bold:
            c.line(cols[1][0], P.y + 9, cols[-1][0] + cols[-1][1], P.y + 9)
        c.setFont(f, 9)
        c.drawString(cols[0][0] + 2, P.y, label)
        for (x, w, al), txt in zip(cols[1:], cells):
            tw = word_w(txt, f, 9)
            draw_word(x + w - 2 - tw, P.y, txt, f, 9)
        P.y -= rows_h + (3 if bold else 0)
    c.line(LM, P.y + 8, cols[-1][0] + cols[-1][1], P.y + 8)
    P.y -= 6
    for mk, txt in t["notes"]:
        c.setFont(FONT, 8 * 0.7)
        c.drawString(LM, P.y + 3, mk)
        c.setFont(FONT, 8)
        c.drawString(LM + 8, P.y, txt)
        P.y -= 11


def body():
    P.new()
    for el in BODY:
        kind = el[0]
        if kind == "runtitle":
            c.setFont(FONT, FS)
            c.drawCentredString(W / 2, P.y, el[1])
            P.y -= LEAD + (0 if el[1].startswith("STATUS") else 10)
        elif kind == "head":
            P.need(LEAD * 4)
            P.y -= 6
            c.setFont(BOLD, FS)
            c.drawString(LM, P.y, el[1])
            c.drawString(LM + TAB, P.y, el[2])
            P.y -= LEAD + 8
        elif kind == "para":
            ls = wrap(el[2], TW - TAB, TW)
            lines_block(ls, LM + TAB, LM, TW - TAB, TW, label=el[1] + ".", label_x=LM)
            P.y -= 11
        elif kind == "item":
            lvl, lab, txt = el[1], el[2], el[3]
            xl = LM + TAB * lvl
            xt = xl + TAB
            ls = wrap(txt, RM - xt, RM - xt)
            lines_block(ls, xt, xt, RM - xt, RM - xt, label=lab, label_x=xl)
            P.y -= 5
        elif kind == "space":
            P.y -= el[1]
        elif kind == "table":
            table(TABLES[el[1]])
    P.finish()
    c.showPage()


cover()
body()
c.save()
print("pages:", P.n + 1)
