# Draws scale-of-assessment-2001.pdf (MC/2057, 10 October 2001) with fpdf2.
import re
from fpdf import FPDF

SYMBOL = "MC/2057"
OUT = "scale-of-assessment-2001.pdf"

# ----------------------------------------------------------------------------- data
UN02 = [("Albania", 0.003), ("Angola", 0.002), ("Argentina", 1.159), ("Australia", 1.638),
        ("Austria", 0.953), ("Bangladesh", 0.010), ("Belgium", 1.138), ("Bolivia", 0.008),
        ("Canada", 2.579), ("Chile", 0.212), ("Colombia", 0.201), ("Costa Rica", 0.020),
        ("C\u00f4te d'Ivoire", 0.009), ("Croatia", 0.039), ("Cyprus", 0.038),
        ("Czech Republic", 0.203), ("Denmark", 0.755), ("Dominican Republic", 0.023),
        ("Ecuador", 0.025), ("Egypt", 0.081), ("Finland", 0.526), ("France", 6.516),
        ("Germany", 9.845), ("Greece", 0.539), ("Guinea", 0.003), ("Hungary", 0.120),
        ("Iran (Islamic Republic of)", 0.272), ("Israel", 0.415), ("Italy", 5.104),
        ("Japan", 19.669), ("Kenya", 0.008), ("Lithuania", 0.017), ("Netherlands", 1.748),
        ("Norway", 0.648), ("Philippines", 0.100), ("Republic of Korea", 1.866),
        ("Sweden", 1.037), ("Switzerland", 1.274),
        ("United Kingdom of Great Britain and Northern Ireland", 5.579),
        ("United States of America", 22.000), ("Venezuela", 0.208), ("Zambia", 0.002)]
UN01_DIFF = {"Argentina": 1.103, "Czech Republic": 0.169, "Israel": 0.350,
             "Republic of Korea": 1.732}
NEW = {"Guinea", "Lithuania"}
FLOOR = 0.035


def equalize(rates):
    floored = set()
    while True:
        rest = [n for n in rates if n not in floored]
        remaining = 100 - FLOOR * len(floored)
        s = sum(rates[n] for n in rest)
        out = {n: (FLOOR if n in floored else rates[n] * remaining / s) for n in rates}
        low = {n for n in rest if out[n] < FLOOR}
        if not low:
            break
        floored |= low
    r = {n: round(v, 3) for n, v in out.items()}
    r["United States of America"] = round(r["United States of America"]
                                          + round(100 - sum(r.values()), 3), 3)
    return r


IOM02 = equalize(dict(UN02))
IOM01 = equalize({n: UN01_DIFF.get(n, v) for n, v in UN02 if n not in NEW})
UN_SUM = sum(v for _, v in UN02)
assert abs(sum(IOM02.values()) - 100) < 1e-9 and abs(sum(IOM01.values()) - 100) < 1e-9

# ----------------------------------------------------------------------------- layout
L, R = 25.0, 190.0
W = R - L
TOP = 33.0
BOTTOM = 279.0
FS, LH = 11, 5.25         # body font size, line height
FN_FS, FN_LH = 9, 4.3     # footnotes
TAB = 12.0

FOOTNOTES = {
    "1": "The principles of the scale were last reviewed by the Working Group on Budget "
         "Reform (MC/EX/589) and endorsed in Resolution No. 949 (LXXIII) of 21 November 1996.",
    "2": "General Assembly resolution 55/5 B of 23 December 2000; the rates for 2002 "
         "differ from those for 2001 for a few States only.",
    "3": "Resolution No. 987 (LXXVI) of 12 November 1998; see also document MC/1958, "
         "paragraphs 6 to 11.",
}


class Doc(FPDF):
    def __init__(self):
        super().__init__(format="A4", unit="mm")
        self.set_auto_page_break(False)
        self.core_fonts_encoding = "windows-1252"
        self.set_margins(L, 15, 210 - R)
        self.page_label = None      # list of right-aligned header lines
        self.fn_on_page = []

    # -- rich text -------------------------------------------------------------
    def font(self, style="", size=FS):
        self.set_font("Helvetica", style, size)

    def parse(self, text, base=""):
        """markup: <b>..</b>, <i>..</i>, <sup>..</sup>. Returns list of words,
        each a list of (text, style, is_sup)."""
        words, cur = [], []
        style = set(base)
        sup = False
        for tok in re.split(r"(</?(?:b|i|sup)>)", text):
            if tok in ("<b>", "<i>"):
                style.add(tok[1].upper()); continue
            if tok in ("</b>", "</i>"):
                style.discard(tok[2].upper()); continue
            if tok == "<sup>":
                sup = True; continue
            if tok == "</sup>":
                sup = False; continue
            st = "".join(sorted(style))
            parts = tok.split(" ")
            for k, p in enumerate(parts):
                if k > 0:
                    if cur:
                        words.append(cur)
                    cur = []
                if p:
                    cur.append((p, st, sup))
        if cur:
            words.append(cur)
        return words

    def seg_w(self, seg, size):
        t, st, sup = seg
        self.font(st, size * 0.65 if sup else size)
        return self.get_string_width(t)

    def word_w(self, word, size):
        return sum(self.seg_w(s, size) for s in word)

    def wrap(self, words, widths, size):
        """widths: function(line_index) -> available width"""
        lines, cur, cw = [], [], 0.0
        self.font("", size)
        sp = self.get_string_width(" ")
        for w in words:
            ww = self.word_w(w, size)
            avail = widths(len(lines))
            if cur and cw + sp + ww > avail:
                lines.append(cur)
                cur, cw = [w], ww
            else:
                cw = cw + (sp if cur else 0) + ww
                cur.append(w)
        if cur:
            lines.append(cur)
        return lines

    def draw_line(self, words, x, y, avail, size, justify, align="L"):
        self.font("", size)
        sp = self.get_string_width(" ")
        total = sum(self.word_w(w, size) for w in words)
        gaps = len(words) - 1
        if justify and gaps > 0:
            gap = (avail - total) / gaps
        else:
            gap = sp
        line_w = total + gap * gaps
        if align == "C":
            x = x + (avail - line_w) / 2
        elif align == "R":
            x = x + avail - line_w
        for i, w in enumerate(words):
            for seg in w:
                t, st, sup = seg
                if sup:
                    self.font(st, size * 0.65)
                    self.text(x, y - size * 0.13, t)
                else:
                    self.font(st, size)
                    self.text(x, y, t)
                x += self.get_string_width(t)
            x += gap

    # -- page furniture ---------------------------------------------------------
    def new_page(self, label_lines):
        self.finish_page()
        self.add_page()
        self.fn_on_page = []
        self.font("", 10)
        y = 13
        for t in label_lines:
            self.text(R - self.get_string_width(t), y, t)
            y += 4.6
        self.y_pos = TOP

    def fn_height(self, keys):
        if not keys:
            return 0.0
        h = 6.0
        for k in keys:
            words = self.parse(FOOTNOTES[k])
            n = len(self.wrap(words, lambda i: W - 6, FN_FS))
            h += n * FN_LH + 1.2
        return h

    def finish_page(self):
        if self.page == 0 or not self.fn_on_page:
            return
        h = self.fn_height(self.fn_on_page)
        y = BOTTOM + 4 - h + 6.0
        self.set_line_width(0.2)
        self.line(L, y - 5.0, L + 45, y - 5.0)
        for k in self.fn_on_page:
            words = self.parse(FOOTNOTES[k])
            lines = self.wrap(words, lambda i: W - 6, FN_FS)
            self.font("", FN_FS * 0.65)
            self.text(L + 1.0, y - 1.2, k)
            for j, ln in enumerate(lines):
                self.draw_line(ln, L + 6, y, W - 6, FN_FS, j < len(lines) - 1)
                y += FN_LH
            y += 1.2
        self.fn_on_page = []

    # -- flowing blocks ----------------------------------------------------------
    def block(self, text, first_x, rest_x, label=None, label_x=None, base="", size=FS,
              lh=LH, align="L", justify=True, space_before=3.4, keep=1, page_labels=None):
        words = self.parse(text, base)
        w_first = R - first_x
        w_rest = R - rest_x
        if align == "C":
            w_first = w_rest = W
            first_x = rest_x = L
        lines = self.wrap(words, lambda i: w_first if i == 0 else w_rest, size)
        self.y_pos += space_before
        # keep the first `keep` lines together with what precedes
        for i, ln in enumerate(lines):
            marks = [s[0] for w in ln for s in w if s[2]]
            need_fn = self.fn_height(self.fn_on_page + marks)
            lines_needed = keep if i == 0 else 1
            if self.y_pos + lh * lines_needed > BOTTOM - need_fn:
                self.new_page(page_labels())
            self.y_pos += lh
            y = self.y_pos
            if i == 0 and label:
                self.font(base, size)
                self.text(label_x, y, label)
            x = first_x if i == 0 else rest_x
            avail = (R - x) if align != "C" else W
            last = i == len(lines) - 1
            self.draw_line(ln, x, y, avail, size, justify and not last, align)
            self.fn_on_page += marks


pdf = Doc()
pdf.set_title("Proposed scale of assessment for the year 2002")
pdf.set_author("International Organization for Migration")

# ----------------------------------------------------------------------------- cover
pdf.add_page()
pdf.page_label = None
pdf.font("B", 12)
pdf.text(R - pdf.get_string_width(SYMBOL), 22, SYMBOL)
pdf.font("", 11)
for i, t in enumerate(["Original: English", "10 October 2001"]):
    pdf.text(R - pdf.get_string_width(t), 29 + i * 5.5, t)
pdf.font("B", 11)
t = "EIGHTY-SECOND SESSION"
pdf.text(L, 58, t)
pdf.font("", 11)
rule = "_" * 78
pdf.text(L, 62, rule)
pdf.font("B", 13)
for i, t in enumerate(["PROPOSED SCALE OF ASSESSMENT", "FOR THE YEAR 2002"]):
    pdf.text(L + (W - pdf.get_string_width(t)) / 2, 118 + i * 14, t)
# cover note
pdf.font("", 11)
pdf.text(L, 228, "__________")
note = ("This document is submitted to the Sub-Committee on Budget and Finance at its "
        "Eighty-sixth Session, to be held on 23 October 2001, together with the Programme "
        "and Budget for 2002 (MC/2048).")
nw = pdf.parse(note)
nl = pdf.wrap(nw, lambda i: W, 11)
y = 236
for j, ln in enumerate(nl):
    pdf.draw_line(ln, L, y, W, 11, j < len(nl) - 1)
    y += 5.6
pdf.font("B", 12)
foot = ["COUNCIL", "CONSEIL", "CONSEJO"]
xs = [L + 10, L + W / 2 - pdf.get_string_width("CONSEIL") / 2,
      R - 10 - pdf.get_string_width("CONSEJO")]
for x, t in zip(xs, foot):
    pdf.text(x, 280, t)

# ----------------------------------------------------------------------------- body
body_page = [0]


def body_labels():
    body_page[0] += 1
    return [SYMBOL, "Page %d" % body_page[0]]


pdf.page = pdf.page  # cover done
pdf.fn_on_page = []
pdf.new_page(body_labels())
pdf.y_pos = 30.0
pdf.block("PROPOSED SCALE OF ASSESSMENT FOR THE YEAR 2002", L, L, base="B", align="C",
          justify=False, space_before=0, page_labels=body_labels)


def heading(num, text, cont=None):
    pdf.block(text, L + TAB, L + TAB, label=num, label_x=L, base="B", justify=False,
              space_before=6.5, keep=3, page_labels=body_labels)


def para(n, text):
    pdf.block(text, L + TAB, L, label="%d." % n, label_x=L, page_labels=body_labels)


def item(lab, text, depth=1):
    lx = L + TAB * depth - (0 if depth == 1 else 2)
    tx = lx + 10
    pdf.block(text, tx, tx, label=lab, label_x=lx, space_before=1.8,
              page_labels=body_labels)


heading("I.", "INTRODUCTION")
para(1, "Under Article 20, paragraph 2, of the Constitution, the requirements of the "
        "Administrative Part of the Budget are met by cash contributions from Member States "
        "in the proportion agreed between the Council and each Member. For many years the "
        "Council has applied a scale that follows the scale of assessment of the United "
        "Nations as closely as possible, adjusted (\u201cequalized\u201d) to take account "
        "of the difference in membership between the two organizations. The scale in force "
        "for 2001 was adopted by the Council in Resolution No. 1021 (LXXX) of 30 November "
        "2000, on the basis of document MC/2019.<sup>1</sup>")
para(2, "The present document sets out the scale proposed for 2002. It accompanies the "
        "Programme and Budget for 2002 (MC/2048), in which the Administrative Part of the "
        "Budget is proposed at CHF 35,146,000, the amount to be apportioned among Member "
        "States on the basis of the scale finally adopted.")

heading("II.", "METHOD OF CALCULATION")
para(3, "On 23 December 2000 the General Assembly of the United Nations adopted a new scale "
        "of assessment for the three-year period 2001 to 2003.<sup>2</sup> As in previous "
        "years, the Administration has used that scale as the basis of its proposal, and "
        "has proceeded in three steps:")
item("(a)", "the United Nations rate of each IOM Member State for 2002 has been taken as "
            "the starting point (column (1) of the annex);")
item("(b)", "these rates, which together represent %.3f per cent of the United Nations "
            "scale, have been increased in the same proportion so that their sum equals 100 "
            "per cent; and" % UN_SUM)
item("(c)", "the equalized rates have then been adjusted to respect the minimum rate of "
            "0.035 per cent set by the Council,<sup>3</sup> as follows:")
item("(i)", "any Member State whose equalized rate falls below 0.035 per cent is assessed "
            "at that minimum; and", depth=2)
item("(ii)", "the amount needed to raise those rates to the minimum is deducted from the "
             "rates of all other Member States in proportion to their equalized rates.",
     depth=2)
para(4, "The application of this method produces the rates shown in column (3) of the "
        "annex, against the rates of the 2001 scale in column (2). For most Member States "
        "the rate for 2002 is marginally lower than the rate for 2001; the reductions range "
        "from 0.001 to 0.103 of a percentage point, the largest in absolute terms being that "
        "of the United States of America. These reductions do not reflect any change in "
        "capacity to pay: they result from the larger number of Members among which the "
        "scale is shared and from the increases described in paragraph 6 below. Twelve "
        "Member States, as against ten in 2001, are assessed at the minimum rate.")

heading("III.", "NEW MEMBER STATES AND CHANGES IN UNITED NATIONS RATES OF ASSESSMENT "
                "FOR 2002")
para(5, "Guinea and Lithuania were admitted as Members of the Organization at the "
        "Eighty-first (Special) Session of the Council on 7 June 2001, by Resolutions Nos. "
        "1034 and 1035 respectively. Their contributions for the remainder of 2001 were "
        "calculated pro rata, outside the scale. Both appear in the scale for the first time, and "
        "both are proposed at the minimum rate of 0.035 per cent.")
para(6, "The United Nations rates of four Member States are higher for 2002 than for 2001: "
        "Argentina, the Czech Republic, Israel and the Republic of Korea. Their IOM rates "
        "rise accordingly, by between 0.039 and 0.146 of a percentage point. On the basis "
        "of the Administrative Part of the Budget proposed in MC/2048, a change of "
        "0.001 per cent in a rate corresponds to approximately CHF 351, and a contribution "
        "at the minimum rate to approximately CHF 12,300.")

heading("IV.", "RECOMMENDATION")
para(7, "The Sub-Committee on Budget and Finance is invited to examine the proposed scale "
        "and to recommend that the Council adopt it by means of the "
        "following draft resolution:")

pdf.block("DRAFT RESOLUTION", L, L, base="B", align="C", justify=False, space_before=7.0,
          keep=6, page_labels=body_labels)
pdf.block("SCALE OF ASSESSMENT FOR 2002", L, L, base="B", align="C", justify=False,
          space_before=4.0, page_labels=body_labels)
pdf.block("<i>The Council,</i>", L + TAB, L, space_before=6.0, page_labels=body_labels)
for pre in ["<i>Having received and examined</i> document MC/2057 of 10 October 2001 on the "
            "proposed scale of assessment for the year 2002,",
            "<i>Recalling</i> its Resolution No. 1021 (LXXX) of 30 November 2000, by which it "
            "adopted the scale of assessment for 2001,",
            "<i>Having heard</i> the recommendation of the Sub-Committee on Budget and Finance "
            "at its Eighty-sixth Session,"]:
    pdf.block(pre, L + TAB, L, space_before=3.0, page_labels=body_labels)
pdf.block("<i>Resolves:</i>", L + TAB, L, space_before=4.0, page_labels=body_labels)
for n, op in enumerate([
        "To adopt the scale of assessment for 2002 set out in the annex to document MC/2057;",
        "To request the Director General to inform each Member State of its contribution "
        "to the Administrative Part of the Budget for 2002 calculated on the basis of that "
        "scale;",
        "To urge Member States to pay their contributions in full and as early in the year "
        "as possible."], 1):
    pdf.block(op, L + TAB + 10, L + TAB + 10, label="%d." % n, label_x=L + TAB,
              space_before=3.0, page_labels=body_labels)
pdf.finish_page()

# ----------------------------------------------------------------------------- annex
annex_page = [0]


def annex_labels():
    annex_page[0] += 1
    return [SYMBOL, "Annex", "Page %d" % annex_page[0]]


COLX = [L, 98.0, 128.0, 159.0, R]     # label column, then three numeric columns
TFS, TLH = 10, 5.4


def table_head(y):
    pdf.set_line_width(0.3)
    pdf.line(L, y, R, y)
    y += 5.0
    pdf.font("B", TFS)
    heads = [["United", "Nations", "scale 2002"], ["IOM", "scale", "2001"],
             ["Proposed", "IOM scale", "2002"]]
    pdf.text(L + 1, y + 4.2, "Member States")
    for c, lines in enumerate(heads):
        x0, x1 = COLX[c + 1], COLX[c + 2]
        for k, t in enumerate(lines):
            pdf.text(x1 - 2 - pdf.get_string_width(t), y + k * 4.2, t)
    y += 2 * 4.2 + 4.6
    pdf.font("", TFS - 1)
    for c in range(3):
        t = "(%d)" % (c + 1)
        pdf.text(COLX[c + 2] - 2 - pdf.get_string_width(t), y, t)
    y += 2.5
    pdf.set_line_width(0.2)
    pdf.line(L, y, R, y)
    return y + 1.5


def fmt(v):
    return "%.3f" % v


pdf.new_page(annex_labels())
pdf.y_pos = 32.0
pdf.block("PROPOSED SCALE OF ASSESSMENT FOR 2002", L, L, base="B", align="C",
          justify=False, space_before=0, size=12, page_labels=annex_labels)
pdf.y_pos += 7
pdf.font("I", 10)
cap = "(in per cent)"
pdf.text(R - pdf.get_string_width(cap), pdf.y_pos, cap)
y = table_head(pdf.y_pos + 2.0)

rows = []
for name, un in UN02:
    label = name + ("*" if name in NEW else "")
    rows.append((label, fmt(un), "\u2013" if name in NEW else fmt(IOM01[name]),
                 fmt(IOM02[name])))
rows.append(("Total", "%.3f" % UN_SUM, "100.000", "100.000"))

TABLE_BOTTOM = 268.0
for r in rows:
    pdf.font("B" if r[0] == "Total" else "", TFS)
    lab_lines = pdf.wrap(pdf.parse(r[0]), lambda i: COLX[1] - L - 3, TFS)
    h = TLH * len(lab_lines)
    if y + h > TABLE_BOTTOM:
        pdf.set_line_width(0.2)
        pdf.line(L, y + 1.0, R, y + 1.0)
        pdf.new_page(annex_labels())
        y = table_head(30.0)
    if r[0] == "Total":
        pdf.set_line_width(0.2)
        pdf.line(L, y + 1.2, R, y + 1.2)
        y += 2.5
    style = "B" if r[0] == "Total" else ""
    for k, ln in enumerate(lab_lines):
        pdf.font(style, TFS)
        x = L + 1 + (4 if k else 0)
        pdf.draw_line([[(s[0], style, s[2]) for s in w] for w in ln], x, y + TLH * (k + 1) - 1.3,
                      COLX[1] - x, TFS, False)
    pdf.font(style, TFS)
    for c in range(3):
        t = r[c + 1]
        pdf.text(COLX[c + 2] - 2 - pdf.get_string_width(t), y + TLH - 1.3, t)
    y += h
pdf.set_line_width(0.3)
pdf.line(L, y + 1.5, R, y + 1.5)
y += 7
tn = ("* Admitted to membership on 7 June 2001 (Resolutions Nos. 1034 and 1035); not "
      "included in the scale for 2001.")
pdf.font("", 9)
tl = pdf.wrap(pdf.parse(tn), lambda i: W, 9)
for j, ln in enumerate(tl):
    pdf.draw_line(ln, L, y, W, 9, False)
    y += 4.3

pdf.output(OUT)
print("pages:", pdf.page)
