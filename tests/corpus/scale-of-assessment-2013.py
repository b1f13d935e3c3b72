# Draws scale-of-assessment-2013.pdf (MC/2390, Scale of assessment for 2014) with reportlab.
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
# --- the invented rates (the writer's calc.py, inlined) ---
u = {
"Argentina":0.432,"Australia":2.074,"Austria":0.798,"Belgium":0.998,"Brazil":2.934,"Canada":2.984,
"Chile":0.334,"Colombia":0.259,"Croatia":0.126,"Czech Republic":0.386,"Denmark":0.675,"Egypt":0.134,
"Finland":0.519,"France":5.593,"Germany":7.141,"Greece":0.638,"Hungary":0.266,"India":0.666,
"Indonesia":0.346,"Iran (Islamic Republic of)":0.356,"Ireland":0.418,"Israel":0.396,"Italy":4.448,
"Japan":10.833,"Kazakhstan":0.121,"Mexico":1.842,"Netherlands":1.654,"New Zealand":0.253,"Norway":0.851,
"Peru":0.117,"Philippines":0.154,"Poland":0.921,"Portugal":0.474,"Republic of Korea":1.994,"Romania":0.226,
"Slovakia":0.171,"South Africa":0.372,"Spain":2.973,"Sweden":0.960,"Switzerland":1.047,"Thailand":0.239,
"Turkey":1.328,"United Kingdom of Great Britain and Northern Ireland":5.179,"United States of America":22.000,
"Venezuela (Bolivarian Republic of)":0.627}
O = 1.3147
def scale(members):
    L = sum(u[k] for k in members); S = L + O
    others = round(O/S*100 + 0.0863, 4)
    f = (100 - others) / (L/S*100)
    r = {k: round(u[k]/S*100*f, 4) for k in members}
    resid = round(100 - others - sum(r.values()), 4)
    r["United States of America"] = round(r["United States of America"] + resid, 4)
    return S, r, others
S14, r14, o14 = scale(list(u))
S13, r13, o13 = scale([k for k in u if k != "Indonesia"])
B = 40412000
amt = {k: round(v*B/100) for k, v in r14.items()}
ao = round(o14*B/100)
res = B - ao - sum(amt.values())
amt["United States of America"] += res
if __name__ == "__main__":
    print(S14, S13, o14, o13, res, len(u))
    print(sum(r14.values())+o14, sum(r13.values())+o13, sum(amt.values())+ao)
    for k in u: print(f"{k:55s} {r13.get(k,'-')!s:>8} {r14[k]:8.4f} {amt[k]:>12,}")
    print("others", o13, o14, ao)
    print(min(r14.values()))
# --- end of calc.py ---

W, H = A4
LM = 72.0            # left margin
RM = W - 62.0        # right edge of text
TW = RM - LM
BOTTOM = 70.0
FN, FB = "Helvetica", "Helvetica-Bold"
FS = 10.5
LEAD = 14.2
SUPS = 6.5
SYMBOL = "MC/2390"
NAME = "scale-of-assessment-2013"

c = canvas.Canvas(NAME + ".pdf", pagesize=A4)
c.setTitle("MC/2390 - Scale of assessment for 2014")
c.setAuthor("International Organization for Migration")

def rtext(x, y, s, font=FN, size=FS):
    c.setFont(font, size); c.drawRightString(x, y, s)

def ctext(y, s, font=FN, size=FS):
    c.setFont(font, size); c.drawCentredString(W / 2, y, s)

# ---------------------------------------------------------------- cover
rtext(RM, 790, SYMBOL, FB, 11)
rtext(RM, 770, "Original: English")
rtext(RM, 756, "16 October 2013")
ctext(680, "103RD SESSION", FB, 11)
c.setLineWidth(0.8); c.line(LM, 664, RM, 664)
ctext(612, "SCALE OF ASSESSMENT FOR 2014", FB, 13)
c.setFont(FN, 10)
c.drawString(LM, 180, "__________")
note = ["This document is submitted to the Standing Committee on Programmes and Finance at its",
        "Thirteenth Session, on 29 and 30 October 2013, and to the Council at its 103rd Session."]
for i, s in enumerate(note):
    c.drawString(LM, 164 - i * 13, s)
c.setFont(FB, 11)
for x, s in ((W / 2 - 150, "COUNCIL"), (W / 2, "CONSEIL"), (W / 2 + 150, "CONSEJO")):
    c.drawCentredString(x, 60, s)
c.showPage()

# ---------------------------------------------------------------- text engine
# A marker is written ^N in the source text (N digits or letters) and drawn raised.
def words_of(text):
    out = []
    for w in text.split():
        segs = []
        if "^" in w:
            a, b = w.split("^", 1)
            if a: segs.append((a, False))
            segs.append((b, True))
        else:
            segs.append((w, False))
        out.append(segs)
    return out

def seg_width(segs, font, size):
    return sum(stringWidth(t, font, SUPS if sup else size) for t, sup in segs)

def wrap(text, first_width, width, font=FN, size=FS):
    ws = words_of(text)
    lines, cur, curw = [], [], 0.0
    sp = stringWidth(" ", font, size)
    avail = first_width
    for w in ws:
        ww = seg_width(w, font, size)
        if cur and curw + sp + ww > avail:
            lines.append((cur, curw)); cur, curw = [], 0.0; avail = width
        curw = ww if not cur else curw + sp + ww
        cur.append(w)
    if cur:
        lines.append((cur, curw))
    return lines

def draw_line(x, y, line, avail, justify, font=FN, size=FS):
    words, natural = line
    ws = 0.0
    if justify and len(words) > 1:
        ws = (avail - natural) / (len(words) - 1)
    t = c.beginText(x, y)
    t.setFont(font, size)
    t.setWordSpace(ws)
    for i, w in enumerate(words):
        if i:
            t.textOut(" ")
        for s, sup in w:
            if sup:
                t.setFont(font, SUPS); t.setRise(4); t.textOut(s); t.setRise(0); t.setFont(font, size)
            else:
                t.textOut(s)
    t.setWordSpace(0)
    c.drawText(t)

# ---------------------------------------------------------------- body content
TAB = 36.0
IT1, IT1T = LM + TAB, LM + TAB + 28
IT2, IT2T = IT1T, IT1T + 28

body = [
 ("h", "I.", ["INTRODUCTION"]),
 ("p", "1", "Under the Constitution, the expenditure of the Administrative Part of the Budget is met by "
  "cash contributions from Member States, assessed in accordance with a scale of percentages agreed by "
  "the Council. This document sets out the scale of assessment proposed for 2014 and the contributions "
  "that result from it, calculated on an Administrative Part of the Budget of CHF 40,412,000 as "
  "presented in the Programme and Budget for 2014 (MC/2386).^1"),
 ("p", "2", "The scale for 2014 has been calculated by the method used in previous years. That method, "
  "which links the IOM scale to the scale of assessments of the United Nations, was confirmed by the "
  "Council in Resolution No. 1179 of 26 November 2008, following the work of the Working Group on "
  "Budget Reform, and was last applied to the scale for 2013 (MC/2361)."),
 ("h", "II.", ["METHOD OF CALCULATION"]),
 ("p", "3", "The point of departure is the United Nations scale of assessments for the period "
  "2013\u20132015, adopted by the General Assembly at its sixty-seventh session.^2 Since that scale "
  "covers three years, the United Nations rates used for 2014 are the same as those used for 2013; the "
  "differences between the IOM scales for the two years therefore arise only from the change in the "
  "membership of the Organization."),
 ("p", "4", "The IOM rates are derived from the United Nations rates in four steps:"),
 ("i1", "(a)", "the United Nations rate of each State that will be a Member State of IOM on 1 January "
  "2014 is taken as its starting figure;"),
 ("i1", "(b)", "the starting figures are added together and each is divided by their sum, so that the "
  "rates of all Member States together equal 100 per cent;"),
 ("i1", "(c)", "the minimum rate is then applied, as follows:"),
 ("i2", "(i)", "where the result of step (b) is lower than the minimum rate of 0.0050 per cent, the "
  "Member State concerned is assessed at the minimum rate; and"),
 ("i2", "(ii)", "the additional percentage thus created is deducted, in proportion to their rates, "
  "from the Member States assessed above the minimum;"),
 ("i1", "(d)", "the rates are rounded to four decimal places, and any difference left by the rounding "
  "is adjusted on the largest rate."),
 ("p", "5", "Because the United Nations scale includes States that are not members of IOM, the sum of "
  "the starting figures in step (b) is lower than 100 per cent \u2013 88.5717 per cent for 2014, against "
  "88.2257 per cent for 2013 \u2013 and each IOM rate is accordingly higher than the corresponding "
  "United Nations rate. The proportions between the rates of Member States are nevertheless preserved, "
  "except where the minimum rate applies."),
 ("p", "6", "Of the 151 States that will be Members of the Organization on 1 January 2014, 48 are "
  "assessed at the minimum rate. For reasons of space, the annex lists individually the 45 Member "
  "States whose rate for 2014 is 0.1300 per cent or more; the other 106 Member States are shown "
  "together on one line, and their rates and contributions are given State by State in the addendum "
  "to this document (MC/2390/Add.1). The amounts in the annex are expressed in Swiss francs and "
  "rounded to the nearest franc, the rounding difference being adjusted on the largest contribution."),
 ("h", "III.", ["MEMBER STATES ADMITTED IN 2013 AND MEMBER STATES",
                "WITH CONTRIBUTIONS IN ARREARS"]),
 ("p", "7", "Indonesia was admitted to membership by Council Resolution No. 1251 of 14 June 2013 and "
  "appears in the scale for the first time. In keeping with established practice, no contribution is "
  "assessed for the part of 2013 during which it was a Member; its rate for 2014 is calculated on the "
  "full year."),
 ("p", "8", "Applications for membership from two States are before the Council at its 103rd Session. "
  "Their admission would not alter the scale set out in the annex: States admitted after the scale for "
  "a year has been approved are included in the scale for the following year, and any amounts they "
  "contribute for the year of admission are credited to the Administrative Part of the Budget as "
  "miscellaneous income."),
 ("p", "9", "The rate of Venezuela (Bolivarian Republic of) has been calculated in the same way as that "
  "of every other Member State. The instalments due under the payment plan for its contributions "
  "outstanding from previous years, described in the status report on outstanding contributions "
  "(SCPF/99), are payable in addition to the assessed contribution shown in the annex."),
 ("h", "IV.", ["RECOMMENDATION"]),
 ("p", "10", "The Standing Committee on Programmes and Finance is invited to recommend that the Council:"),
 ("i1", "(a)", "approve the scale of assessment for 2014 set out in the annex to this document; and"),
 ("i1", "(b)", "take note that the contributions of any State admitted to membership at the 103rd "
  "Session will be assessed from 2015."),
]

footnotes = {
 "1": "The Administrative Part of the Budget for 2014 is presented in Part I of document MC/2386, which "
      "the Standing Committee on Programmes and Finance will consider at its Thirteenth Session.",
 "2": "General Assembly resolution 67/238 of 24 December 2012. The rates of the United Nations scale "
      "for 2013\u20132015 for the States that are Members of IOM are reproduced in document SCPF/97, "
      "Annex II.",
}
FNS, FNL = 8.5, 10.5

def fn_lines(k):
    return wrap(footnotes[k], TW - 14, TW - 14, FN, FNS)

def fn_height(k):
    return len(fn_lines(k)) * FNL + 3

# Layout into pages: list of pages, each a list of draw ops
pages = [[]]
page_fns = [[]]
y = [0.0]

def page_top():
    return 735.0 if len(pages) == 1 else 755.0

def limit():
    h = sum(fn_height(k) for k in page_fns[-1])
    return BOTTOM + (h + 18 if h else 0)

def newpage():
    pages.append([]); page_fns.append([]); y[0] = page_top()

y[0] = page_top()

def place(op, height, markers=()):
    extra = sum(fn_height(k) for k in markers) + (18 if markers and not page_fns[-1] else 0)
    if y[0] - height < limit() + extra:
        newpage()
    page_fns[-1].extend(markers)
    pages[-1].append((op, y[0]))
    y[0] -= height

def markers_in(line):
    return [s for w in line[0] for s, sup in w if sup]

for blk in body:
    kind = blk[0]
    if kind == "h":
        _, lab, hl = blk
        if y[0] - (len(hl) * LEAD + 3 * LEAD) < limit():
            newpage()
        y[0] -= 4
        for i, s in enumerate(hl):
            def op(yy, lab=lab if i == 0 else None, s=s):
                c.setFont(FB, FS)
                if lab: c.drawString(LM, yy, lab)
                c.drawString(LM + TAB, yy, s)
            place(op, LEAD)
        y[0] -= 8
    elif kind == "p":
        _, num, text = blk
        lines = wrap(text, TW - TAB, TW)
        for i, ln in enumerate(lines):
            last = i == len(lines) - 1
            x = LM + TAB if i == 0 else LM
            av = TW - TAB if i == 0 else TW
            def op(yy, ln=ln, x=x, av=av, last=last, first=(i == 0), num=num):
                if first:
                    c.setFont(FN, FS); c.drawString(LM, yy, num + ".")
                draw_line(x, yy, ln, av, not last)
            place(op, LEAD, markers_in(ln))
        y[0] -= 8
    else:
        _, lab, text = blk
        lx, tx = (IT1, IT1T) if kind == "i1" else (IT2, IT2T)
        lines = wrap(text, RM - tx, RM - tx)
        for i, ln in enumerate(lines):
            last = i == len(lines) - 1
            def op(yy, ln=ln, last=last, first=(i == 0), lab=lab, lx=lx, tx=tx):
                if first:
                    c.setFont(FN, FS); c.drawString(lx, yy, lab)
                draw_line(tx, yy, ln, RM - tx, not last)
            place(op, LEAD, markers_in(ln))
        y[0] -= 6

def header(page_label, annex=False):
    rtext(RM, 800, SYMBOL)
    yy = 787
    if annex:
        rtext(RM, yy, "Annex"); yy -= 13
    rtext(RM, yy, page_label)

for pi, ops in enumerate(pages):
    header("Page %d" % (pi + 1))
    if pi == 0:
        ctext(765, "SCALE OF ASSESSMENT FOR 2014", FN, FS)
    for op, yy in ops:
        op(yy)
    if page_fns[pi]:
        fy = BOTTOM + sum(fn_height(k) for k in page_fns[pi]) - 6
        c.setLineWidth(0.5); c.line(LM, fy + 12, LM + 120, fy + 12)
        for k in page_fns[pi]:
            for j, ln in enumerate(fn_lines(k)):
                if j == 0:
                    c.setFont(FN, SUPS); c.drawString(LM, fy + 3, k)
                draw_line(LM + 14, fy, ln, TW - 14, j < len(fn_lines(k)) - 1, FN, FNS)
                fy -= FNL
            fy -= 3
    c.showPage()

# ---------------------------------------------------------------- annex table
TS = 9.5
RH = 15.0
LABW = 104.0
C1, C2, C3 = LM + 215, LM + 295, RM - 4

def pct(v):
    return "%.4f" % v

def money(v):
    return "{:,}".format(v)

marks = {"Indonesia": "a", "Venezuela (Bolivarian Republic of)": "b"}
rows = []
for k in u:
    rows.append((k, pct(r13[k]) if k in r13 else "\u2013", pct(r14[k]), money(amt[k]), marks.get(k)))
rows.append(("Other Member States (106)", pct(o13), pct(o14), money(ao), None))

def label_lines(s):
    return [ln for ln in wrap(s, LABW, LABW, FN, TS)]

def col_heads(yy):
    c.setLineWidth(0.6); c.line(LM, yy + 14, RM, yy + 14)
    c.setFont(FB, TS)
    c.drawString(LM, yy - 6, "Member States")
    for x, a, b in ((C1, "2013 scale", "(%)"), (C2, "2014 scale", "(%)"),
                    (C3, "Assessed contribution", "2014 (CHF)")):
        c.drawRightString(x, yy, a); c.drawRightString(x, yy - 12, b)
    c.line(LM, yy - 19, RM, yy - 19)
    return yy - 36

pageno = 1
header("Page 1", annex=True)
ctext(750, "SCALE OF ASSESSMENT FOR 2014 AND ASSESSED CONTRIBUTIONS", FB, 11)
ctext(735, "TO THE ADMINISTRATIVE PART OF THE BUDGET", FB, 11)
ctext(708, "Administrative Part of the Budget for 2014: CHF 40,412,000", FN, TS)
yy = col_heads(682)
for lab, a, b, m, mk in rows:
    ll = label_lines(lab)
    need = len(ll) * 11.5 + (RH - 11.5)
    if yy - need < BOTTOM + 10:
        c.showPage(); pageno += 1
        header("Page %d" % pageno, annex=True)
        yy = col_heads(748)
    for j, ln in enumerate(ll):
        words, nat = ln
        t = c.beginText(LM, yy); t.setFont(FN, TS)
        t.textOut(" ".join("".join(s for s, _ in w) for w in words))
        if mk and j == len(ll) - 1:
            t.setFont(FN, SUPS); t.setRise(3); t.textOut(" " + mk); t.setRise(0)
        c.drawText(t)
        if j < len(ll) - 1:
            yy -= 11.5
    c.setFont(FN, TS)
    c.drawRightString(C1, yy, a); c.drawRightString(C2, yy, b); c.drawRightString(C3, yy, m)
    yy -= RH
c.setLineWidth(0.6); c.line(LM, yy + 10, RM, yy + 10)
yy -= 3
c.setFont(FB, TS)
c.drawString(LM, yy, "TOTAL")
c.drawRightString(C1, yy, "100.0000"); c.drawRightString(C2, yy, "100.0000"); c.drawRightString(C3, yy, money(B))
c.line(LM, yy - 6, RM, yy - 6)
yy -= 26
tnotes = [("a", "Admitted to membership by Council Resolution No. 1251 of 14 June 2013; not included in the "
                "scale for 2013 (see paragraph 7)."),
          ("b", "Instalments under the payment plan for contributions outstanding from previous years are "
                "payable in addition to the amount shown (see paragraph 9 and document SCPF/99).")]
for mk, txt in tnotes:
    ls = wrap(txt, RM - LM - 14, RM - LM - 14, FN, 8.5)
    for j, ln in enumerate(ls):
        if j == 0:
            c.setFont(FN, SUPS); c.drawString(LM + 2, yy + 3, mk)
        draw_line(LM + 14, yy, ln, RM - LM - 14, False, FN, 8.5)
        yy -= 10.5
    yy -= 3
c.showPage()
c.save()
print("pages:", 1 + len(pages) + pageno)
