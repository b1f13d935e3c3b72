# Draws financial-report-2018.pdf (invented IOM Council document C/109/4) with fpdf2.
from fpdf import FPDF

SYMBOL = "C/109/4"
PAGE_W, PAGE_H = 210, 297
LM, RM = 25, 20
TEXT_X = 35                 # text block (paragraph numbers hang at LM)
RIGHT = PAGE_W - RM
BOTTOM = 275                # lowest y for body text / footnote block
BODY_TOP = 32
FONT = "Helvetica"
FS = 10.5
LH = 5.0
FN_FS = 8.5
FN_LH = 3.9

FOOTNOTES = {
    "1": "Document C/107/9, approved by the Council through Resolution No. 1331 of 29 November 2016. "
         "The Programme and Budget was subsequently revised in the light of the funding actually "
         "received during the year.",
    "2": "Including supplementary appropriations of CHF 248,000 financed from the assessed contributions "
         "of Member States admitted in 2016 and 2017 (see document S/20/7, paragraph 12).",
}


def fmt(v):
    if v is None:
        return ""
    s = "{:,}".format(abs(v))
    return "(" + s + ")" if v < 0 else s


class Doc(FPDF):
    def __init__(self):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_auto_page_break(False)
        self.set_margins(LM, 15, RM)
        self.pending_fn = []     # footnote keys to print at foot of current page
        self.cy = BODY_TOP

    # ---------- pages ----------
    def body_page(self):
        if self.page_no() >= 1:
            self.flush_footnotes()
        self.add_page()
        self.set_font(FONT, "", 10)
        self.set_xy(LM, 12)
        self.cell(RIGHT - LM, 4.5, SYMBOL, align="R")
        self.set_xy(LM, 16.5)
        self.cell(RIGHT - LM, 4.5, "Page %d" % (self.page_no() - 1), align="R")
        self.cy = BODY_TOP

    # ---------- footnotes ----------
    def fn_lines(self, key):
        self.set_font(FONT, "", FN_FS)
        return self.wrap_plain(FOOTNOTES[key], RIGHT - (LM + 5))

    def fn_block_h(self, keys):
        if not keys:
            return 0
        return 5 + sum(len(self.fn_lines(k)) * FN_LH + 1 for k in keys)

    def flush_footnotes(self):
        if not self.pending_fn:
            return
        y = BOTTOM - self.fn_block_h(self.pending_fn) + 2
        self.set_line_width(0.2)
        self.line(LM, y, LM + 45, y)
        y += 3
        for k in self.pending_fn:
            self.set_font(FONT, "", 6)
            self.set_xy(LM + 1, y - 0.9)
            self.cell(4, 3, k)
            self.set_font(FONT, "", FN_FS)
            for ln in self.fn_lines(k):
                self.set_xy(LM + 5, y)
                self.cell(RIGHT - LM - 5, FN_LH, ln)
                y += FN_LH
            y += 1
        self.pending_fn = []

    # ---------- text ----------
    def wrap_plain(self, text, width):
        words = text.split()
        lines, cur = [], ""
        for w in words:
            t = (cur + " " + w) if cur else w
            if self.get_string_width(t) <= width:
                cur = t
            else:
                lines.append(cur)
                cur = w
        if cur:
            lines.append(cur)
        return lines

    def parse_word(self, w):
        # "2017,^1" -> [("2017,", None), ("1", "sup")]
        if "^" in w:
            a, b = w.split("^", 1)
            return [(a, None), (b, "sup")]
        return [(w, None)]

    def word_w(self, segs, style):
        tot = 0
        for t, kind in segs:
            if kind == "sup":
                self.set_font(FONT, "", 6.5)
                tot += self.get_string_width(t)
                self.set_font(FONT, style, FS)
            else:
                tot += self.get_string_width(t)
        return tot

    def need(self, h, new_fn=()):
        limit = BOTTOM - self.fn_block_h(self.pending_fn + list(new_fn))
        if self.cy + h > limit:
            self.body_page()

    def paragraph(self, text, num=None, x=TEXT_X, style="", space_after=3.2,
                  justify=True, label_x=LM):
        self.set_font(FONT, style, FS)
        width = RIGHT - x
        words = [self.parse_word(w) for w in text.split()]
        sp = self.get_string_width(" ")
        lines, cur, cur_w = [], [], 0
        for segs in words:
            ww = self.word_w(segs, style)
            add = ww if not cur else cur_w + sp + ww
            if cur and add > width:
                lines.append(cur)
                cur, cur_w = [(segs, ww)], ww
            else:
                cur.append((segs, ww))
                cur_w = add
        if cur:
            lines.append(cur)
        for i, ln in enumerate(lines):
            fns = [t for segs, _ in ln for t, k in segs if k == "sup"]
            self.need(LH, fns)
            self.pending_fn += fns
            y = self.cy
            if i == 0 and num is not None:
                self.set_font(FONT, style, FS)
                self.text(label_x, y + 3.6, num)
            last = (i == len(lines) - 1)
            natural = sum(w for _, w in ln)
            gap = sp
            if justify and not last and len(ln) > 1:
                gap = (width - natural) / (len(ln) - 1)
            cx = x
            for segs, ww in ln:
                px = cx
                for t, kind in segs:
                    if kind == "sup":
                        self.set_font(FONT, "", 6.5)
                        self.text(px + 0.2, y + 2.0, t)
                        px += self.get_string_width(t) + 0.2
                        self.set_font(FONT, style, FS)
                    else:
                        self.set_font(FONT, style, FS)
                        self.text(px, y + 3.6, t)
                        px += self.get_string_width(t)
                cx += ww + gap
            self.cy += LH
        self.cy += space_after

    def heading(self, label, words, level=1):
        style = "B"
        self.set_font(FONT, style, FS)
        # keep heading with at least three lines of what follows
        self.need(LH * 5)
        self.cy += 2
        self.paragraph(words, num=label, x=TEXT_X, style=style, space_after=3.5,
                       justify=False)

    def bullet(self, text):
        self.set_font(FONT, "", FS)
        self.paragraph(text, num="\x95", x=TEXT_X + 7, label_x=TEXT_X + 1.5,
                       space_after=1.6)

    # ---------- tables ----------
    def table(self, caption, head, widths, aligns, rows):
        rh = 5.6
        self.need(rh * 6 + 8)
        self.cy += 4
        self.set_font(FONT, "B", 10)
        self.set_xy(LM, self.cy)
        self.cell(RIGHT - LM, 5, caption)
        self.cy += 8

        def draw_head():
            self.set_xy(LM, self.cy)
            for j, (h, w) in enumerate(zip(head, widths)):
                if j == 0:
                    self.set_font(FONT, "I", 8.5)
                    self.cell(w, rh + 1, h, border="B", align="L")
                else:
                    self.set_font(FONT, "B", 9.5)
                    self.cell(w, rh + 1, h, border="B", align="R" if j > 1 or len(head) == 2 else "C")
            self.cy += rh + 2.5

        draw_head()
        for idx, r in enumerate(rows):
            kind = r[0]
            cells = r[1:]
            limit = BOTTOM - self.fn_block_h(self.pending_fn)
            if self.cy + rh > limit:
                self.body_page()
                draw_head()
            keep = 3 if kind in ("group", "sub") else 0
            if kind == "sub":
                # keep a sub-group together with its total (and a grand total right after it)
                k = idx
                while k < len(rows) and rows[k][0] != "total":
                    k += 1
                if k + 1 < len(rows) and rows[k + 1][0] == "grand":
                    k += 1
                keep = k - idx + 1
            if keep and self.cy + rh * keep > limit:
                self.body_page()
                draw_head()
            self.set_xy(LM, self.cy)
            for j, (c, w, a) in enumerate(zip(cells, widths, aligns)):
                border = 0
                if kind == "group":
                    self.set_font(FONT, "B", 9.5)
                elif kind == "sub":
                    self.set_font(FONT, "BI", 9.5)
                elif kind in ("total", "grand"):
                    self.set_font(FONT, "B", 9.5)
                    if j >= 1 and c != "":
                        border = "T" if kind == "total" else "TB"
                else:
                    self.set_font(FONT, "", 9.5)
                text = c
                if j == 0 and kind in ("item", "total"):
                    text = "    " + c if kind == "item" else "  " + c
                self.cell(w, rh, text, border=border, align=a)
            self.cy += rh + (1.5 if kind in ("total", "grand") else 0)
        self.cy += 4


pdf = Doc()
pdf.set_title("Financial report for the year ended 31 December 2017")
pdf.set_author("International Organization for Migration")

# ------------------------------------------------------------------ cover
pdf.add_page()
pdf.set_font(FONT, "B", 11)
pdf.set_xy(LM, 20)
pdf.cell(RIGHT - LM, 5, SYMBOL, align="R")
pdf.set_font(FONT, "", 10.5)
pdf.set_xy(LM, 27)
pdf.cell(RIGHT - LM, 5, "Original: English", align="R")
pdf.set_xy(LM, 32.5)
pdf.cell(RIGHT - LM, 5, "25 May 2018", align="R")
pdf.set_font(FONT, "B", 12)
pdf.set_xy(LM, 95)
pdf.cell(RIGHT - LM, 6, "COUNCIL", align="C")
pdf.set_font(FONT, "", 12)
pdf.set_xy(LM, 102)
pdf.cell(RIGHT - LM, 6, "109th Session", align="C")
pdf.set_font(FONT, "B", 14)
pdf.set_xy(LM, 140)
pdf.cell(RIGHT - LM, 7, "FINANCIAL REPORT FOR THE YEAR ENDED", align="C")
pdf.set_xy(LM, 148)
pdf.cell(RIGHT - LM, 7, "31 DECEMBER 2017", align="C")

# ------------------------------------------------------------------ body
pdf.body_page()
P = pdf.paragraph
H = pdf.heading

H("I.", "INTRODUCTION")
P("The Director General submits to the Council the financial report of the Organization for the "
  "year ended 31 December 2017, as the Financial Regulations require. The report sets out the "
  "financial statements of IOM, drawn up on a full accrual basis in conformity with the International "
  "Public Sector Accounting Standards (IPSAS), together with a commentary on the principal movements "
  "recorded during the year.", "1.")
P("The financial year 2017 was the sixth in which the statements of the Organization were compiled in "
  "full compliance with IPSAS. Budgetary figures are those of the Programme and Budget for 2017,^1 as "
  "adjusted in the Summary update presented to the Standing Committee on Programmes and Finance "
  "(S/20/7). Because the budget is drawn up on a modified cash basis, differences between budgetary "
  "and accrual amounts are reconciled in the notes to the full statements.", "2.")
P("Part of the information that accompanies the statements (the notes, the statement of changes in "
  "net assets and the statement of cash flow) is published in full on the website of the governing "
  "bodies. The present document reproduces Statement I, Statement II and a schedule of voluntary "
  "contributions received from the main donors. Unless otherwise stated, all amounts in the statements "
  "are expressed in thousands of US dollars.", "3.")

H("II.", "OVERVIEW OF THE ORGANIZATION'S FINANCIAL PERFORMANCE AND POSITION IN 2017")
P("Although overall activity contracted slightly from the exceptional level reached in 2016, the "
  "Organization closed the year with a positive result. In summary:", "4.", space_after=2.2)
pdf.bullet("total revenue amounted to USD 1,643.0 million, against USD 1,650.1 million in 2016, a "
           "decrease of 0.4 per cent;")
pdf.bullet("total expenses fell by 5.2 per cent, from USD 1,700.6 million to USD 1,612.7 million, mainly "
           "because less was procured for large-scale emergency responses;")
pdf.bullet("after net foreign exchange gains of USD 4.6 million, the year ended with a surplus of "
           "USD 34.9 million, compared with a deficit of USD 57.8 million in 2016; and")
pdf.bullet("net assets rose to USD 392.3 million at the close of the year, from USD 332.0 million "
           "twelve months earlier.")
pdf.cy += 1.6
P("The surplus arises largely from timing. Under IPSAS, multi-year contributions are recognized as "
  "revenue when the underlying agreements become binding or when the conditions attached to them are "
  "met, whereas the corresponding project expenses are recorded only as the activities are carried out. "
  "A surplus in any one year therefore does not mean that unrestricted resources have become available "
  "to the Organization: almost all of it is earmarked for specific projects.", "5.")

H("A.", "Revenue")
P("Voluntary contributions, at USD 1,548.4 million, made up 94.2 per cent of total revenue. The five "
  "largest donors (the United States of America, the European Union, the United Kingdom, Germany and "
  "Canada) together provided 60.5 per cent of voluntary funding, a degree of concentration broadly "
  "unchanged from the previous year. The contributions of the principal donors are shown in the "
  "schedule at the end of this document.", "6.")
P("Assessed contributions from Member States to the Administrative Part of the Budget were recognized "
  "at USD 50.9 million, compared with USD 49.7 million in 2016. The increase reflects the admission of "
  "new Member States and the firmer Swiss franc against the US dollar in the first half of the year, "
  "not any change in the scale of assessment.", "7.")
P("Investment income grew to USD 6.1 million as short-term interest rates on dollar deposits continued "
  "their gradual recovery. Contributions in kind, chiefly the use of premises and goods donated by "
  "governments, were valued at USD 23.4 million.", "8.")

H("B.", "Expenses")
P("Staff and personnel costs, including those of consultants and of staff on short-term contracts, "
  "remained the largest category of expense at USD 628.3 million, or 39.0 per cent of the total. Their "
  "growth of 11.8 per cent over 2016 stems mostly from the recruitment of field personnel for operations "
  "in the Middle East, the Horn of Africa and Central America.", "9.")
P("Transfers to implementing partners reached USD 412.5 million (25.6 per cent of total expenses). "
  "They cover activities carried out on behalf of IOM by governmental counterparts, non-governmental "
  "organizations and other United Nations entities, and are recognized as expenses once the partner has "
  "reported on the use of the funds.", "10.")
P("Spending on contractual services fell markedly, by USD 110.6 million, and that on supplies and "
  "consumables by USD 59.8 million. Both reductions follow the completion, during 2016 and early 2017, "
  "of large procurement exercises for shelter materials and non-food items in response to displacement "
  "crises. As operations moved from the emergency phase towards recovery, a smaller share of funds went "
  "on goods and a larger share on services delivered directly by IOM personnel.", "11.")

H("C.", "Financial position")
P("Total assets stood at USD 1,626.7 million at 31 December 2017 (2016: USD 1,512.0 million). Cash, "
  "cash equivalents and short-term investments together amounted to USD 796.8 million, the greater "
  "part of which is held for projects and is matched on the liabilities side by deferred revenue.", "12.")
P("Voluntary contributions receivable, current and long-term combined, increased to USD 675.1 million, "
  "as several donors signed multi-year agreements late in the year. Deferred revenue, at USD 865.9 "
  "million, represents contributions received or receivable whose conditions of use had not yet been "
  "fulfilled at the reporting date.", "13.")
P("Liabilities for long-term employee benefits, which consist chiefly of after-service health "
  "insurance and repatriation entitlements, decreased to USD 214.7 million after an actuarial valuation "
  "that applied a higher discount rate. The resulting actuarial gain of USD 25.4 million was recognized "
  "directly in net assets and, together with the surplus for the year, accounts for their increase.",
  "14.")

H("III.", "ADMINISTRATIVE PART OF THE BUDGET")
P("Expenditure under the Administrative Part of the Budget totalled CHF 49,613,000, against approved "
  "appropriations of CHF 49,839,000,^2 leaving an unspent balance of CHF 226,000. In keeping with past "
  "practice, that balance will be credited to the Administrative Part reserve unless Member States "
  "decide otherwise.", "15.")
P("At the close of the year, assessed contributions outstanding amounted to CHF 4,701,000, of which "
  "CHF 3,126,000 related to previous years. Fourteen Member States were subject to the provisions of "
  "Article 4 of the Constitution at that date. The Administration continues to remind the Member States "
  "concerned of their obligations and encourages them to agree on payment plans.", "16.")

H("IV.", "EXTERNAL AUDIT")
P("The financial statements were examined by the External Auditor, whose unqualified opinion and "
  "detailed observations appear in a separate report (C/109/5). The recommendations made in that "
  "report are being addressed, and their status will be presented to the Standing Committee at its "
  "next session.", "17.")
P("The Council is invited to take note of this financial report and to approve it together with the "
  "audited financial statements for the year ended 31 December 2017.", "18.")

# ------------------------------------------------------------------ statements
W4 = [103, 14, 24, 24]
A4 = ["L", "C", "R", "R"]
HEAD4 = ["(in thousands of US dollars)", "Note", "2017", "2016"]


def r(kind, label, note="", a=None, b=None):
    return (kind, label, note, fmt(a), fmt(b))


ca = [("Cash and cash equivalents", "3", 612480, 548217),
      ("Short-term investments", "4", 184300, 201650),
      ("Voluntary contributions receivable", "5", 498731, 462908),
      ("Assessed contributions receivable", "", 4812, 5376),
      ("Other receivables", "", 21564, 24019),
      ("Inventories", "", 12877, 15340),
      ("Prepayments", "", 18206, 16455)]
nca = [("Long-term contributions receivable", "5", 176415, 139862),
       ("Long-term investments", "", 41250, 38900),
       ("Property, plant and equipment", "6", 52673, 55128),
       ("Intangible assets", "", 3418, 4106)]
cl = [("Accounts payable and accrued liabilities", "", 96342, 104785),
      ("Deferred revenue", "7", 689514, 651230),
      ("Short-term employee benefits", "", 27961, 25410),
      ("Provisions", "", 9780, 11204)]
ncl = [("Deferred revenue falling due after one year", "7", 176415, 139862),
       ("Long-term employee benefits", "8", 214657, 226318),
       ("Borrowings", "", 19736, 21184)]


def tot(lst, i):
    return sum(x[i] for x in lst)


ta = (tot(ca, 2) + tot(nca, 2), tot(ca, 3) + tot(nca, 3))
tl = (tot(cl, 2) + tot(ncl, 2), tot(cl, 3) + tot(ncl, 3))
na = (ta[0] - tl[0], ta[1] - tl[1])
reserves = (97540, 93215)
acc = (na[0] - reserves[0], na[1] - reserves[1])

rows1 = [r("group", "ASSETS"), r("sub", "Current assets")]
rows1 += [r("item", *x) for x in ca]
rows1 += [r("total", "Total current assets", "", tot(ca, 2), tot(ca, 3)), r("sub", "Non-current assets")]
rows1 += [r("item", *x) for x in nca]
rows1 += [r("total", "Total non-current assets", "", tot(nca, 2), tot(nca, 3)),
          r("grand", "TOTAL ASSETS", "", *ta),
          r("group", "LIABILITIES"), r("sub", "Current liabilities")]
rows1 += [r("item", *x) for x in cl]
rows1 += [r("total", "Total current liabilities", "", tot(cl, 2), tot(cl, 3)), r("sub", "Non-current liabilities")]
rows1 += [r("item", *x) for x in ncl]
rows1 += [r("total", "Total non-current liabilities", "", tot(ncl, 2), tot(ncl, 3)),
          r("grand", "TOTAL LIABILITIES", "", *tl),
          r("group", "NET ASSETS"),
          r("item", "Accumulated surpluses", "", *acc),
          r("item", "Reserves", "9", *reserves),
          r("grand", "TOTAL NET ASSETS", "", *na)]

pdf.table("Statement I \x96 Statement of financial position as at 31 December 2017",
          HEAD4, W4, A4, rows1)

rev = [("Voluntary contributions", "10", 1548372, 1563019),
       ("Assessed contributions", "", 50914, 49687),
       ("Contributions in kind", "", 23406, 19852),
       ("Investment income", "", 6118, 4975),
       ("Other revenue", "", 14233, 12541)]
exp = [("Implementing partners and other transfers", "", 412507, 398114),
       ("Staff and personnel costs", "11", 628266, 561930),
       ("Contractual services", "", 301845, 412406),
       ("Travel and meetings", "", 88913, 84207),
       ("Supplies and consumables", "", 129674, 189502),
       ("Depreciation and amortization", "6", 9128, 8644),
       ("Other expenses", "", 42389, 45781)]
fx = (4612, -7338)
tr = (tot(rev, 2), tot(rev, 3))
te = (tot(exp, 2), tot(exp, 3))
res = (tr[0] - te[0] + fx[0], tr[1] - te[1] + fx[1])
assert res == (34933, -57848), res
assert na[1] + res[0] + 25420 == na[0]

rows2 = [r("group", "REVENUE")] + [r("item", *x) for x in rev]
rows2 += [r("total", "Total revenue", "", *tr), r("group", "EXPENSES")]
rows2 += [r("item", *x) for x in exp]
rows2 += [r("total", "Total expenses", "", *te),
          r("item", "Net foreign exchange gains/(losses)", "", *fx),
          r("grand", "SURPLUS/(DEFICIT) FOR THE YEAR", "", *res)]

pdf.body_page()
pdf.table("Statement II \x96 Statement of financial performance for the year ended 31 December 2017",
          HEAD4, W4, A4, rows2)

donors = [("United States of America", 498215), ("European Union", 196432),
          ("United Kingdom", 92587), ("Germany", 88940), ("Canada", 61208), ("Japan", 54733),
          ("Sweden", 31096), ("Australia", 29874), ("Central Emergency Response Fund", 28471),
          ("Norway", 26519), ("Netherlands", 22305), ("Switzerland", 19662), ("Denmark", 14890)]
other = 1548372 - sum(v for _, v in donors)
rows3 = [("item", d, fmt(v)) for d, v in donors] + [("item", "Other donors", fmt(other)),
                                                   ("grand", "Total", fmt(1548372))]
pdf.cy += 6
pdf.table("Schedule \x96 Voluntary contributions by donor, 2017",
          ["Donor", "USD thousands"], [103, 40], ["L", "R"], rows3)

pdf.flush_footnotes()
pdf.output("financial-report-2018.pdf")
print("pages", pdf.page_no(), "net assets", na, "acc", acc)
