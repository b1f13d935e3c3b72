"""Draw programme-budget-2019c.pdf: IOM Programme and Budget for 2020 (C/110/6), issued 2019.

Word-processor style layout (Times 12 pt, justified, numbered paragraphs with the first line
indented after the number), drawn with fpdf2 using a small hand-made line breaker so that
footnotes can be placed at the foot of the page where their raised marker falls.
"""
import os
import re

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "programme-budget-2019c.pdf")

SYMBOL = "C/110/6"
PAGE_W, PAGE_H = 210.0, 297.0
LM, RM, TM, BM = 25.0, 20.0, 20.0, 20.0
TW = PAGE_W - LM - RM
TAB = 12.5
BODY_PT = 12
LINE_H = 4.9
PARA_GAP = 4.2
FN_PT = 10
FN_LINE_H = 4.0
PT = 25.4 / 72.0

FOOTNOTES = {
    "1": "The 2019 figures reflect the revision presented to the Standing Committee on "
         "Programmes and Finance at its Twenty-fourth Session in June 2019.",
    "2": "Resolution No. 1310 of 24 November 2015. The Framework sets out three principles and "
         "three objectives which, taken together, describe migration that is well governed.",
    "3": "Including the contribution of the Organization to the maintenance costs of the "
         "Headquarters building in Geneva.",
    "4": "Projects in this category are managed centrally and implemented in several regions "
         "at once; they cannot be attributed to a single region in advance.",
}


class Doc(FPDF):
    def __init__(self):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.core_fonts_encoding = "windows-1252"
        self.set_auto_page_break(False)
        self.set_margins(LM, TM, RM)
        self.page_fns = []      # footnote numbers on the current page
        self.fn_reserve = 0.0   # height reserved at the foot of the current page
        self.cur_y = TM

    # ---------- page handling ----------
    def limit(self, extra=0.0):
        return PAGE_H - BM - self.fn_reserve - extra

    def new_page(self):
        if self.page > 0:
            self.flush_footnotes()
        self.add_page()
        self.page_fns = []
        self.fn_reserve = 0.0
        if self.page > 1:
            self.set_font("Times", "", BODY_PT)
            self.set_xy(LM, 12)
            self.cell(TW, 5, SYMBOL, align="R")
            self.set_xy(LM, 17)
            self.cell(TW, 5, f"Page {self.page - 1}", align="R")
            self.cur_y = 30.0
        else:
            self.cur_y = TM

    def fn_height(self, num):
        lines = self.break_lines(tokenize(FOOTNOTES[num]), TW - 4, TW, FN_PT)
        return len(lines) * FN_LINE_H + 1.0

    def flush_footnotes(self):
        if not self.page_fns:
            return
        y = PAGE_H - BM - self.fn_reserve
        self.set_draw_color(0, 0, 0)
        self.set_line_width(0.2)
        self.line(LM, y + 2.0, LM + 50, y + 2.0)
        y += 4.0
        for num in self.page_fns:
            # raised marker, then the text
            self.set_font("Times", "", 7)
            self.text(LM, y + 2.3, num)
            lines = self.break_lines(tokenize(FOOTNOTES[num]), TW - 4, TW, FN_PT)
            for i, line in enumerate(lines):
                x0 = LM + 4 if i == 0 else LM
                w = TW - 4 if i == 0 else TW
                self.draw_line(line, x0, y + 3.3, w, FN_PT, justify=(i < len(lines) - 1))
                y += FN_LINE_H
            y += 1.0

    # ---------- text measurement and drawing ----------
    def seg_width(self, segs, pt, style=""):
        w = 0.0
        for text, sup in segs:
            if sup:
                self.set_font("Times", "", pt * 0.62)
            else:
                self.set_font("Times", style, pt)
            w += self.get_string_width(text)
        return w

    def space_w(self, pt, style=""):
        self.set_font("Times", style, pt)
        return self.get_string_width(" ")

    def break_lines(self, words, w_first, w_rest, pt, style=""):
        lines, cur, cur_w = [], [], 0.0
        sp = self.space_w(pt, style)
        for word in words:
            ww = self.seg_width(word, pt, style)
            avail = w_first if not lines else w_rest
            add = ww if not cur else sp + ww
            if cur and cur_w + add > avail + 0.01:
                lines.append(cur)
                cur, cur_w = [word], ww
            else:
                cur.append(word)
                cur_w += add
        if cur:
            lines.append(cur)
        return lines

    def draw_line(self, line, x0, baseline, width, pt, justify, style=""):
        widths = [self.seg_width(wd, pt, style) for wd in line]
        sp = self.space_w(pt, style)
        gap = sp
        if justify and len(line) > 1:
            gap = (width - sum(widths)) / (len(line) - 1)
        x = x0
        for wd, ww in zip(line, widths):
            xx = x
            for text, sup in wd:
                if sup:
                    self.set_font("Times", "", pt * 0.62)
                    self.text(xx, baseline - pt * PT * 0.38, text)
                else:
                    self.set_font("Times", style, pt)
                    self.text(xx, baseline, text)
                xx += self.get_string_width(text)
            x += ww + gap

    # ---------- blocks ----------
    def flow(self, text, x_first, w_first, x_rest, w_rest, label=None, label_x=None,
             gap_after=PARA_GAP, keep_lines=2, style=""):
        words = tokenize(text)
        lines = self.break_lines(words, w_first, w_rest, BODY_PT, style)
        # widow/orphan control: keep the first lines together
        need = min(keep_lines, len(lines)) * LINE_H
        if self.cur_y + need > self.limit():
            self.new_page()
        for i, line in enumerate(lines):
            markers = [t for wd in line for (t, s) in wd if s]
            extra = sum(self.fn_height(m) for m in markers) + (4.0 if markers and not self.page_fns else 0.0)
            remaining = len(lines) - i
            if self.cur_y + LINE_H > self.limit(extra) or (
                    remaining == 1 and i > 0 and False):
                self.new_page()
                extra = sum(self.fn_height(m) for m in markers) + (4.0 if markers else 0.0)
            for m in markers:
                if not self.page_fns:
                    self.fn_reserve += 4.0
                self.page_fns.append(m)
                self.fn_reserve += self.fn_height(m)
            baseline = self.cur_y + LINE_H * 0.78
            if i == 0 and label:
                self.set_font("Times", style, BODY_PT)
                self.text(label_x, baseline, label)
            x0 = x_first if i == 0 else x_rest
            w = w_first if i == 0 else w_rest
            self.draw_line(line, x0, baseline, w, BODY_PT, justify=(i < len(lines) - 1), style=style)
            self.cur_y += LINE_H
        self.cur_y += gap_after

    def para(self, num, text):
        self.flow(text, LM + TAB, TW - TAB, LM, TW, label=f"{num}.", label_x=LM)

    def item(self, label, text, last=False):
        self.flow(text, LM + 2 * TAB, TW - 2 * TAB, LM + 2 * TAB, TW - 2 * TAB,
                  label=label, label_x=LM + TAB, gap_after=PARA_GAP if last else 2.0)

    def heading(self, label, text, style="B"):
        if self.cur_y + LINE_H * 4 > self.limit():
            self.new_page()
        self.set_font("Times", style, BODY_PT)
        baseline = self.cur_y + LINE_H * 0.78
        self.text(LM, baseline, label)
        self.text(LM + TAB, baseline, text)
        self.cur_y += LINE_H + PARA_GAP

    def centred(self, text, style="B", pt=BODY_PT, gap=PARA_GAP):
        self.set_font("Times", style, pt)
        w = self.get_string_width(text)
        self.text(LM + (TW - w) / 2, self.cur_y + LINE_H * 0.78, text)
        self.cur_y += LINE_H + gap

    # ---------- tables ----------
    def wrap_cell(self, text, width, pt, style=""):
        self.set_font("Times", style, pt)
        words, lines, cur = text.split(), [], ""
        for w in words:
            t = w if not cur else cur + " " + w
            if self.get_string_width(t) <= width - 2.0 or not cur:
                cur = t
            else:
                lines.append(cur)
                cur = w
        if cur:
            lines.append(cur)
        return lines

    def table(self, caption, colw, header, rows, boxed=False, total_rows=(), pt=10,
              first_align="L"):
        lh = 4.4
        head_lines = [self.wrap_cell(h, w, pt, "B") for h, w in zip(header, colw)]
        head_h = max(len(h) for h in head_lines) * lh + 2.4
        row_lines = []
        for r in rows:
            row_lines.append([self.wrap_cell(c, w, pt) for c, w in zip(r, colw)])
        row_hs = [max(len(c) for c in rl) * lh + 2.0 for rl in row_lines]
        total_h = LINE_H + 3 + head_h + sum(row_hs) + PARA_GAP
        if self.cur_y + total_h > self.limit():
            self.new_page()
        self.centred(caption, style="B", pt=11, gap=1.5)
        x0 = LM + (TW - sum(colw)) / 2
        y = self.cur_y
        self.set_line_width(0.2)
        # header
        x = x0
        for lines, w in zip(head_lines, colw):
            self.set_font("Times", "B", pt)
            ty = y + 1.2 + (head_h - 2.4 - len(lines) * lh) / 2
            for ln in lines:
                tw_ = self.get_string_width(ln)
                self.text(x + (w - tw_) / 2, ty + lh * 0.78, ln)
                ty += lh
            if boxed:
                self.rect(x, y, w, head_h)
            x += w
        if not boxed:
            self.line(x0, y, x0 + sum(colw), y)
            self.line(x0, y + head_h, x0 + sum(colw), y + head_h)
        y += head_h
        for ri, (rl, rh) in enumerate(zip(row_lines, row_hs)):
            is_total = ri in total_rows
            style = "B" if is_total else ""
            if is_total and not boxed:
                self.line(x0, y, x0 + sum(colw), y)
            x = x0
            for ci, (lines, w) in enumerate(zip(rl, colw)):
                self.set_font("Times", style, pt)
                ty = y + 1.0
                for ln in lines:
                    tw_ = self.get_string_width(ln)
                    if ci == 0:
                        tx = x + 1.5
                    else:
                        tx = x + w - 1.5 - tw_
                    self.text(tx, ty + lh * 0.78, ln)
                    ty += lh
                if boxed:
                    self.rect(x, y, w, rh)
                x += w
            y += rh
        if not boxed:
            self.line(x0, y, x0 + sum(colw), y)
        self.cur_y = y + PARA_GAP + 2.0


def tokenize(text):
    words = []
    for raw in text.split():
        segs = []
        for i, part in enumerate(re.split(r"\^(\w+)\^", raw)):
            if part:
                segs.append((part, i % 2 == 1))
        words.append(segs)
    return words


def fmt(n):
    return f"{n:,}"


def main():
    pdf = Doc()
    pdf.set_title("Programme and Budget for 2020")
    pdf.set_author("International Organization for Migration")

    # ---------------- cover ----------------
    pdf.new_page()
    pdf.set_font("Times", "B", 12)
    pdf.set_xy(LM, 22)
    pdf.cell(TW, 5, SYMBOL, align="R")
    pdf.set_font("Times", "", 12)
    pdf.set_xy(LM, 30)
    pdf.cell(TW, 5, "Original: English", align="R")
    pdf.set_xy(LM, 35)
    pdf.cell(TW, 5, "14 October 2019", align="R")
    pdf.cur_y = 58
    pdf.centred("COUNCIL", style="B", gap=0.5)
    pdf.centred("110th Session", style="B", gap=0)
    pdf.cur_y = 130
    pdf.centred("PROGRAMME AND BUDGET FOR 2020", style="B", pt=14)

    # ---------------- body ----------------
    pdf.new_page()
    pdf.centred("PROGRAMME AND BUDGET FOR 2020", style="B", gap=PARA_GAP + 2)

    P = pdf.para
    pdf.heading("I.", "INTRODUCTION")
    P(1, "The Programme and Budget for 2020 is presented to the Council at its 110th Session, "
         "after review by the Standing Committee on Programmes and Finance at its Twenty-fifth "
         "Session, held from 30 October to 1 November 2019. It describes the resources that the "
         "Administration expects to need and to receive in 2020 and the activities which those "
         "resources will support.")
    P(2, "The document follows the format of the Programme and Budget for 2019 (C/109/6), which "
         "the Council approved through Resolution No. 1370 of 27 November 2018. Comparative "
         "figures have been adjusted wherever the structure of the Organization changed during "
         "the year, so that the two years can be read side by side.")
    P(3, "With 173 Member States and a field presence in more than 100 countries, the "
         "Organization continues to see demand for its services grow faster than its core "
         "structure. The proposals below seek to narrow that gap without placing an unreasonable "
         "burden on the assessed contributions of Member States.")
    P(4, "As in previous years, the budget has two parts. The Administrative Part is expressed in "
         "Swiss francs and financed by assessed contributions; the Operational Part is expressed "
         "in US dollars and financed mainly by voluntary contributions earmarked for specific "
         "projects, together with the Operational Support Income generated by those projects.")

    pdf.heading("II.", "BUDGET OVERVIEW")
    P(5, "The combined budget for 2020 totals USD 1,000,440,000, an increase of USD 35,665,000 "
         "over the estimate of USD 964,775,000 given in the Summary update on the Programme and "
         "Budget for 2019 (S/24/4).^1^ Almost the whole of the increase is in the Operational "
         "Part.")
    P(6, "The Administrative Part amounts to CHF 52,272,000. For presentation in Table 1 it has "
         "been converted to USD 52,800,000 at the rate of CHF 0.99 to USD 1, the United Nations "
         "operational rate of exchange in force when the estimates were prepared.")

    adm19, adm20 = 52_360_000, 52_800_000
    op19, op20 = 912_415_000, 947_640_000
    assert adm20 * 0.99 == 52_272_000
    rows1 = [
        ["Part I \u2013 Administration", fmt(adm19), fmt(adm20), fmt(adm20 - adm19)],
        ["Part II \u2013 Operations", fmt(op19), fmt(op20), fmt(op20 - op19)],
        ["Total", fmt(adm19 + op19), fmt(adm20 + op20), fmt(adm20 + op20 - adm19 - op19)],
    ]
    assert adm19 + op19 == 964_775_000 and adm20 + op20 == 1_000_440_000
    assert adm20 + op20 - adm19 - op19 == 35_665_000
    pdf.table("Table 1 \u2013 Summary of the budget by part (in US dollars)",
              [55, 33, 33, 28], ["Part", "2019 estimates", "2020 estimates", "Change"],
              rows1, boxed=False, total_rows=(2,))

    P(7, "The Operational Part is estimated at USD 947,640,000. The figure includes only projects "
         "for which funding has been confirmed or is very likely to be confirmed. Experience shows "
         "that the Operational Part grows considerably during the year as new agreements are "
         "signed; the estimates will be updated in the summary update to be presented in mid-2020.")
    P(8, "Operational Support Income, the overhead charged on operational projects, is projected "
         "at USD 121,300,000. It finances core functions in the field and at Headquarters that "
         "the Administrative Part cannot cover, such as project oversight, financial control and "
         "the security of staff.")

    pdf.heading("III.", "STRATEGIC PRIORITIES FOR 2020")
    P(9, "The proposals are anchored in the Migration Governance Framework (C/106/40), which "
         "Member States welcomed in 2015^2^ and which continues to guide the planning of the "
         "Organization. They also take account of the views expressed by Member States during "
         "the informal consultations held in September 2019.")
    P(10, "Within the resources available, the Director General proposes that the Organization "
          "concentrate on the following four priorities in 2020:")
    pdf.item("1.", "strengthening the regional offices, so that they can give technical guidance "
                   "and oversight to country offices closer to where operations take place;")
    pdf.item("2.", "consolidating the risk management and internal oversight functions, including "
                   "those of the Office of the Inspector General;")
    pdf.item("3.", "improving the collection and analysis of migration data in support of policy-"
                   "making by Member States; and")
    pdf.item("4.", "continuing the modernization of administrative systems, in particular the "
                   "replacement of the enterprise resource planning system.", last=True)
    P(11, "None of these priorities requires new posts at Headquarters. Where additional capacity "
          "is needed, it will be found by reassigning existing positions or by drawing on "
          "Operational Support Income.")
    P(12, "Progress on each priority will be described in the Annual Report for 2020, which will be "
          "submitted to the Council in 2021 together with the financial report for that year.")

    pdf.heading("IV.", "ADMINISTRATIVE PART OF THE BUDGET")
    pdf.heading("A.", "Staffing")
    P(13, "Table 2 shows the 515 positions funded by the Administrative Part in 2020, by grade and "
          "by location. Of these, 212 are in the Professional category and above and 303 in the "
          "General Service category.")

    staff = [
        ("Ungraded", 2, 0, 0, 0),
        ("D2", 4, 0, 0, 3),
        ("D1", 12, 1, 0, 6),
        ("P5", 28, 3, 1, 9),
        ("P4", 36, 6, 2, 14),
        ("P3", 31, 9, 4, 12),
        ("P2", 14, 7, 3, 5),
        ("General Service", 98, 121, 46, 38),
    ]
    rows2 = [[g] + [str(v) for v in vals] + [str(sum(vals))] for g, *vals in staff]
    cols = [sum(r[i] for r in staff) for i in range(1, 5)]
    rows2.append(["Total"] + [str(c) for c in cols] + [str(sum(cols))])
    assert sum(cols) == 515 and cols == [225, 147, 56, 87]
    assert sum(sum(r[1:]) for r in staff[:-1]) == 212
    pdf.table("Table 2 \u2013 Staffing funded by the Administrative Part, 2020",
              [36, 27, 27, 27, 27, 20],
              ["Grade", "Headquarters", "Manila Administrative Centre",
               "Panama Administrative Centre", "Regional Offices", "Total"],
              rows2, boxed=True, total_rows=(len(rows2) - 1,))

    P(14, "The table includes three positions transferred from Headquarters to the regional "
          "offices in Dakar, Bangkok and San Jos\u00e9, in line with the first priority set out in "
          "paragraph 10. The total number of positions is unchanged from 2019.")
    pdf.heading("B.", "Non-staff costs")
    assert 44_176_000 + 8_096_000 == 52_272_000
    P(15, "Staff costs account for CHF 44,176,000 and non-staff costs for CHF 8,096,000 of the "
          "Administrative Part. Non-staff costs cover office premises,^3^ communications, travel, "
          "information technology and contractual services.")
    P(16, "Savings of about CHF 240,000 are expected from the renegotiation of software licences; "
          "they have been used to absorb statutory increases in staff costs.")

    pdf.heading("V.", "OPERATIONAL PART OF THE BUDGET")
    P(17, "Table 3 distributes the Operational Part by region and by area of activity. The regional "
          "totals show where projects are implemented, not where they are managed.")
    regions = [
        ("Africa", 142_310, 38_645, 29_870, 41_255, 16_335),
        ("Middle East and North Africa", 151_020, 17_430, 12_985, 24_760, 8_675),
        ("Asia and the Pacific", 64_890, 41_275, 18_540, 39_610, 12_005),
        ("Americas and the Caribbean", 38_460, 9_815, 22_730, 31_645, 19_255),
        ("Europe and Central Asia", 30_145, 12_380, 14_920, 33_470, 7_845),
        ("Global support and services", 9_640, 6_210, 11_455, 8_930, 31_135),
    ]
    rows3 = [[r] + [fmt(v) for v in vals] + [fmt(sum(vals))] for r, *vals in regions]
    assert sum(sum(v) for _, *v in regions) * 1000 == op20
    assert sum(regions[0][1:]) == 268_415 and sum(regions[1][1:]) == 214_870
    pdf.table("Table 3 \u2013 Operational Part by region, 2020 (in thousands of US dollars)",
              [45, 21, 21, 21, 21, 20, 21],
              ["Region", "Movement and emergency", "Migration health", "Migration and development",
               "Regulating migration", "Other programmes", "Total"],
              rows3, boxed=False, pt=9.5)
    P(18, "Africa accounts for USD 268.4 million, or 28 per cent of the Operational Part, which "
          "reflects large programmes of assistance to displaced persons in the Horn of Africa and "
          "the Sahel. The Middle East and North Africa follow with USD 214.9 million, most of it "
          "related to the crises in the Syrian Arab Republic, Yemen and Libya.")
    P(19, "The line for global support and services groups the projects that are not tied to one "
          "region,^4^ including the resettlement processing managed from Headquarters and the "
          "global migration health programmes.")
    P(20, "Funding for the Operational Part remains concentrated: the ten largest donors provide "
          "close to 80 per cent of the total. The Administration will pursue its efforts to "
          "broaden the donor base and to obtain more flexible, unearmarked funding.")

    pdf.heading("VI.", "CONCLUSION")
    P(21, "The Council is invited to approve the Programme and Budget for 2020, with an "
          "Administrative Part of CHF 52,272,000 and an Operational Part of USD 947,640,000.")

    pdf.flush_footnotes()
    pdf.output(OUT)
    print("pages:", pdf.page)


if __name__ == "__main__":
    main()
