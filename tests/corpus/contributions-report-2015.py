# Draws contributions-report-2015.pdf: an invented SCPF status report on
# outstanding contributions (2015), laid out as an IOM governing-body paper.
import re
from fpdf import FPDF

# ---- invented figures: name, arrears at 1 Jan 2015, assessed 2015, received 2015, payment plan
# name, arrears at 1 Jan 2015, assessed 2015, received 2015, payment plan
STATES = [
 ("Angola",                      61_402,  27_517,  61_402, False),
 ("Antigua and Barbuda",         11_804,   4_586,       0, False),
 ("Argentina",                  402_118, 448_905, 402_118, False),
 ("Benin",                       36_275,   4_586,       0, False),
 ("Burundi",                     52_611,   4_586,       0, False),
 ("Cabo Verde",                   4_471,   4_586,   9_057, False),
 ("Central African Republic",    48_930,   4_586,       0, False),
 ("Comoros",                     41_207,   4_586,       0, False),
 ("Congo",                       13_644,   4_586,  13_644, False),
 ("Djibouti",                    27_388,   4_586,       0, False),
 ("Dominica",                     8_973,   4_586,       0, False),
 ("Gambia",                      39_562,   4_586,       0, False),
 ("Guinea",                      44_105,   4_586,       0, False),
 ("Guinea-Bissau",               47_826,   4_586,       0, False),
 ("Haiti",                       12_930,   4_586,   4_586, False),
 ("Kyrgyzstan",                  31_560,   4_586,   9_746, True),
 ("Liberia",                     45_319,   4_586,       0, False),
 ("Libya",                      184_044,  92_034,       0, False),
 ("Madagascar",                  19_113,   9_172,  19_113, False),
 ("Mali",                         9_172,   4_586,       0, False),
 ("Mauritania",                  38_946,   4_586,       0, False),
 ("Nicaragua",                    9_088,   4_586,   9_088, False),
 ("Niger",                       44_628,   4_586,       0, False),
 ("Paraguay",                    58_220,  27_517,  58_220, False),
 ("Sao Tome and Principe",       46_790,   4_586,       0, False),
 ("Sierra Leone",                40_215,   4_586,       0, False),
 ("Somalia",                     50_082,   4_586,       0, False),
 ("South Sudan",                  9_172,   4_586,       0, False),
 ("Tajikistan",                  22_648,   4_586,   6_500, True),
 ("Togo",                        37_914,   4_586,       0, False),
 ("Uganda",                      24_761,  27_517,  52_278, False),
 ("Venezuela (Bolivarian Republic of)", 1_265_870, 578_297, 0, False),
 ("Yemen",                       63_009,  32_103,       0, False),
 ("Zimbabwe",                    27_517,  13_759,  27_517, False),
]
def compute():
    rows=[]; T=[0,0,0,0]
    old=y14=y15=0; n_old=n14=n15=0; rec_arr=0; cleared=[]
    for name,arr,ass,rec,plan in STATES:
        out=arr+ass-rec
        rows.append((name,arr,ass,rec,out,plan))
        for i,v in enumerate((arr,ass,rec,out)): T[i]+=v
        a14=min(arr,ass); aold=arr-a14
        r=rec
        p=min(r,aold); aold-=p; r-=p
        p=min(r,a14); a14-=p; r-=p
        a15=ass-min(r,ass)
        rec_arr+= rec-(ass-a15)
        if aold: old+=aold; n_old+=1
        if a14: y14+=a14; n14+=1
        if a15: y15+=a15; n15+=1
        if rec and aold==0 and a14==0: cleared.append(name)
    return rows,T,(old,n_old,y14,n14,y15,n15,rec_arr,cleared)

SYMBOL = "S/16/5"
OUT = "contributions-report-2015.pdf"

PAGE_W, PAGE_H = 210, 297
LM, RM = 22, 20
TOP, BOTTOM = 18, 272          # BOTTOM: lowest y for text (footnotes included)
TEXT_W = PAGE_W - LM - RM
NUM_IND = 11                   # hanging indent of numbered paragraphs
BODY_PT, BODY_LH = 10.5, 5.0
FN_PT, FN_LH = 8.5, 4.1
SUP_PT = 6.5


def fmt(v):
    return "\u2013" if v == 0 else f"{v:,}"


rows, TOT, extra = compute()
(ARR_OLD, N_OLD, ARR_14, N_14, ARR_15_ANNEX, N_15_ANNEX, REC_ARR, CLEARED) = extra
BUDGET = 45_862_000
RECEIVED_15 = 31_214_607
OUT_15 = BUDGET - RECEIVED_15
N_OUT_15 = 89
TOTAL_OUT = ARR_OLD + ARR_14 + OUT_15
assert TOT[0] - REC_ARR == ARR_OLD + ARR_14


def pct(v):
    return f"{100 * v / TOTAL_OUT:.1f}"


FOOTNOTES = {
    "1": "Resolution No. 1284 of 25 November 2014 on the Programme and Budget for 2015, "
         "which was presented to the Council in document MC/2411.",
    "2": "See Resolution No. 1158 (XCIV) of 29 November 2007 on outstanding contributions to the "
         "Administrative Part of the Budget, and Resolution No. 1263 of 27 November 2013, "
         "paragraph 4, in which the Council again called on Member States in arrears to propose "
         "payment plans.",
}


class Doc(FPDF):
    def __init__(self):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.core_fonts_encoding = "windows-1252"
        self.set_auto_page_break(False)
        self.set_margins(LM, TOP, RM)
        self.body_page = 0          # "Page N" label of the main text
        self.annex_page = 0
        self.in_annex = False
        self.y_cur = TOP
        self.page_fns = []          # footnote keys on current page

    # ---------------------------------------------------------------- furniture
    def running_header(self):
        self.set_font("Helvetica", "", 9.5)
        lines = [SYMBOL]
        if self.in_annex:
            self.annex_page += 1
            lines += ["Annex", f"Page {self.annex_page}"]
        else:
            self.body_page += 1
            lines += [f"Page {self.body_page}"]
        y = 12
        for ln in lines:
            w = self.get_string_width(ln)
            self.text(PAGE_W - RM - w, y, ln)
            y += 4.3
        self.y_cur = y + 8

    def new_page(self):
        self.flush_footnotes()
        self.add_page()
        self.running_header()

    # --------------------------------------------------------------- footnotes
    def fn_lines(self, key):
        self.set_font("Helvetica", "", FN_PT)
        return self.wrap(FOOTNOTES[key], TEXT_W - 6, "Helvetica", "", FN_PT)

    def fn_height(self, keys):
        if not keys:
            return 0
        h = 6
        for k in keys:
            h += len(self.fn_lines(k)) * FN_LH + 1
        return h

    def flush_footnotes(self):
        if not self.page_fns:
            return
        h = self.fn_height(self.page_fns)
        y = BOTTOM - h + 2
        self.set_line_width(0.25)
        self.line(LM, y, LM + 45, y)
        y += 4.5
        for k in self.page_fns:
            self.set_font("Helvetica", "", SUP_PT)
            self.text(LM + 1, y - 1.4, k)
            for ln in self.fn_lines(k):
                self.draw_words(ln, LM + 6, y, "Helvetica", "", FN_PT, TEXT_W - 6, False)
                y += FN_LH
            y += 1
        self.page_fns = []

    # ----------------------------------------------------------------- wrapping
    def word_width(self, w, family, style, size):
        m = re.match(r"^(.*?)\{(\w+)\}(.*)$", w)
        self.set_font(family, style, size)
        if not m:
            return self.get_string_width(w)
        a = self.get_string_width(m.group(1)) + self.get_string_width(m.group(3))
        self.set_font(family, style, SUP_PT)
        return a + self.get_string_width(m.group(2)) + 0.2

    def wrap(self, text, width, family, style, size):
        words = text.split()
        self.set_font(family, style, size)
        space = self.get_string_width(" ")
        lines, cur, cw = [], [], 0
        for w in words:
            ww = self.word_width(w, family, style, size)
            if cur and cw + space + ww > width:
                lines.append(cur)
                cur, cw = [w], ww
            else:
                cw = cw + space + ww if cur else ww
                cur.append(w)
        if cur:
            lines.append(cur)
        return lines

    def draw_words(self, words, x, y, family, style, size, width, justify):
        self.set_font(family, style, size)
        space = self.get_string_width(" ")
        widths = [self.word_width(w, family, style, size) for w in words]
        gap = space
        if justify and len(words) > 1:
            gap = (width - sum(widths)) / (len(words) - 1)
            if gap > space * 1.8:      # too loose: leave the line ragged
                gap = space
        for w, ww in zip(words, widths):
            m = re.match(r"^(.*?)\{(\w+)\}(.*)$", w)
            self.set_font(family, style, size)
            if not m:
                self.text(x, y, w)
            else:
                self.text(x, y, m.group(1))
                xx = x + self.get_string_width(m.group(1)) + 0.2
                self.set_font(family, style, SUP_PT)
                self.text(xx, y - 1.6, m.group(2))
                xx += self.get_string_width(m.group(2))
                if m.group(3):
                    self.set_font(family, style, size)
                    self.text(xx, y, m.group(3))
            x += ww + gap

    # ------------------------------------------------------------------ blocks
    def ensure(self, h):
        if self.y_cur + h > BOTTOM - self.fn_height(self.page_fns):
            self.new_page()

    def block(self, text, x, width, label=None, label_x=None, space_before=3.2):
        lines = self.wrap(text, width, "Helvetica", "", BODY_PT)
        self.y_cur += space_before
        for i, ln in enumerate(lines):
            keys = [m for w in ln for m in re.findall(r"\{(\w+)\}", w)]
            need = BODY_LH + self.fn_height(self.page_fns + keys) - self.fn_height(self.page_fns)
            if self.y_cur + need > BOTTOM - self.fn_height(self.page_fns):
                self.new_page()
            base = self.y_cur + 3.8
            if i == 0 and label:
                self.set_font("Helvetica", "", BODY_PT)
                self.text(label_x, base, label)
            self.draw_words(ln, x, base, "Helvetica", "", BODY_PT, width, i < len(lines) - 1)
            self.page_fns += keys
            self.y_cur += BODY_LH

    def para(self, num, text):
        self.block(text, LM + NUM_IND, TEXT_W - NUM_IND, f"{num}.", LM)

    def item(self, label, text, level=1):
        ind = LM + NUM_IND + (level - 1) * 9
        self.block(text, ind + 9, TEXT_W - (ind + 9 - LM), label, ind, space_before=2)

    def heading(self, text):
        self.ensure(5 + BODY_LH + 3.2 + 2 * BODY_LH)
        self.y_cur += 5
        self.set_font("Helvetica", "B", BODY_PT)
        self.text(LM, self.y_cur + 3.8, text)
        self.y_cur += BODY_LH

    def centred(self, text, style="B", size=BODY_PT, lh=BODY_LH):
        self.set_font("Helvetica", style, size)
        w = self.get_string_width(text)
        self.text((PAGE_W - w) / 2, self.y_cur + 3.8, text)
        self.y_cur += lh


# --------------------------------------------------------------------- tables
def summary_table(pdf):
    cap = "Contributions outstanding as at 31 May 2015 by year of assessment (in Swiss francs)"
    data = [
        ("Arrears for 2013 and prior years", str(N_OLD), fmt(ARR_OLD), pct(ARR_OLD)),
        ("Arrears for 2014", str(N_14), fmt(ARR_14), pct(ARR_14)),
        ("Contributions assessed for 2015", str(N_OUT_15), fmt(OUT_15), pct(OUT_15)),
        ("Total", "\u2013", fmt(TOTAL_OUT), "100.0"),
    ]
    widths = [70, 32, 34, 30]
    x0 = LM + (TEXT_W - sum(widths)) / 2
    pdf.ensure(5 + 12 + 6.2 * len(data) + 4)
    pdf.y_cur += 5
    pdf.set_font("Helvetica", "B", 9)
    w = pdf.get_string_width(cap)
    pdf.text((PAGE_W - w) / 2, pdf.y_cur + 3.5, cap)
    pdf.y_cur += 6
    # heading row (two lines)
    heads = [("Category", ""), ("Number of", "Member States"), ("Amount", ""), ("Percentage", "of total")]
    y = pdf.y_cur
    pdf.set_line_width(0.2)
    pdf.line(x0, y, x0 + sum(widths), y)
    x = x0
    pdf.set_font("Helvetica", "B", 8.5)
    for (h1, h2), cw in zip(heads, widths):
        for j, h in enumerate((h1, h2)):
            if not h:
                continue
            hw = pdf.get_string_width(h)
            tx = x + 2 if cw == widths[0] else x + cw - 2 - hw
            pdf.text(tx, y + 4.2 + j * 3.8, h)
        x += cw
    y += 10
    pdf.line(x0, y, x0 + sum(widths), y)
    for r in data:
        bold = r[0] == "Total"
        if bold:
            pdf.line(x0, y, x0 + sum(widths), y)
        pdf.set_font("Helvetica", "B" if bold else "", 9)
        x = x0
        for j, (c, cw) in enumerate(zip(r, widths)):
            cwid = pdf.get_string_width(c)
            tx = x + 2 if j == 0 else x + cw - 2 - cwid
            pdf.text(tx, y + 4.4, c)
            x += cw
        y += 6.2
    pdf.line(x0, y, x0 + sum(widths), y)
    pdf.y_cur = y + 2


ANNEX_COLS = [44, 31.5, 31.5, 31.5, 31.5]
ANNEX_HEADS = [["Member State"],
               ["Outstanding at", "1 January 2015"],
               ["Assessed", "for 2015"],
               ["Received", "in 2015"],
               ["Outstanding at", "31 May 2015"]]


def annex_head(pdf, y):
    x0 = LM + (TEXT_W - sum(ANNEX_COLS)) / 2
    h = 11
    pdf.set_line_width(0.2)
    pdf.set_font("Helvetica", "B", 8.5)
    x = x0
    for i, (cw, hl) in enumerate(zip(ANNEX_COLS, ANNEX_HEADS)):
        pdf.rect(x, y, cw, h)
        for j, t in enumerate(hl):
            tw = pdf.get_string_width(t)
            ty = y + (h - len(hl) * 3.8) / 2 + 3 + j * 3.8
            tx = x + 2 if i == 0 else x + (cw - tw) / 2
            pdf.text(tx, ty, t)
        x += cw
    return y + h


def annex_table(pdf):
    x0 = LM + (TEXT_W - sum(ANNEX_COLS)) / 2
    name_w = ANNEX_COLS[0] - 4
    y = annex_head(pdf, pdf.y_cur)
    body = [(n, a, s, r, o, p) for (n, a, s, r, o, p) in rows]
    body.append(("Total",) + tuple(TOT) + (False,))
    for n, a, s, r, o, plan in body:
        bold = n == "Total"
        pdf.set_font("Helvetica", "B" if bold else "", 9)
        # wrap the name within its cell
        parts, cur = [], ""
        for w in n.split():
            t = (cur + " " + w).strip()
            if pdf.get_string_width(t) > name_w and cur:
                parts.append(cur)
                cur = w
            else:
                cur = t
        parts.append(cur)
        rh = 7 if len(parts) == 1 else 11
        if y + rh > BOTTOM:
            pdf.new_page()
            y = annex_head(pdf, pdf.y_cur)
        x = x0
        for i, cw in enumerate(ANNEX_COLS):
            pdf.rect(x, y, cw, rh)
            x += cw
        pdf.set_font("Helvetica", "B" if bold else "", 9)
        for j, t in enumerate(parts):
            pdf.text(x0 + 2, y + 4.6 + j * 4, t)
        if plan:
            tw = pdf.get_string_width(parts[-1])
            pdf.set_font("Helvetica", "", SUP_PT)
            pdf.text(x0 + 2 + tw + 0.4, y + 4.6 + (len(parts) - 1) * 4 - 1.6, "a")
            pdf.set_font("Helvetica", "", 9)
        x = x0 + ANNEX_COLS[0]
        ty = y + 4.6 + (len(parts) - 1) * 4
        for v, cw in zip((a, s, r, o), ANNEX_COLS[1:]):
            pdf.set_font("Helvetica", "B" if bold else "", 9)
            t = fmt(v)
            pdf.text(x + cw - 3 - pdf.get_string_width(t), ty, t)
            x += cw
        y += rh
    # note under the table
    y += 5
    pdf.set_font("Helvetica", "", SUP_PT)
    pdf.text(x0 + 1, y - 1.4, "a")
    pdf.set_font("Helvetica", "", FN_PT)
    pdf.text(x0 + 4, y, "Member State with a payment plan approved by the Standing Committee "
                        "(see paragraph 9 of this document).")
    pdf.y_cur = y + 4


# ----------------------------------------------------------------------- cover
def cover(pdf):
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 11)
    for i, t in enumerate([SYMBOL]):
        pdf.text(PAGE_W - RM - pdf.get_string_width(t), 22, t)
    pdf.set_font("Helvetica", "", 10)
    for i, t in enumerate(["Original: English", "9 June 2015"]):
        pdf.text(PAGE_W - RM - pdf.get_string_width(t), 30 + i * 5, t)
    pdf.y_cur = 62
    pdf.centred("STANDING COMMITTEE ON PROGRAMMES AND FINANCE", "B", 11.5, 6.5)
    pdf.centred("Sixteenth Session", "B", 11, 6.5)
    pdf.centred("30 June\u20131 July 2015", "", 10.5, 6.5)
    pdf.y_cur += 24
    pdf.set_line_width(0.3)
    pdf.line(LM + 20, pdf.y_cur, PAGE_W - RM - 20, pdf.y_cur)
    pdf.y_cur += 14
    pdf.centred("STATUS REPORT ON OUTSTANDING CONTRIBUTIONS", "B", 12, 7)
    pdf.centred("TO THE ADMINISTRATIVE PART OF THE BUDGET", "B", 12, 7)
    pdf.y_cur += 12
    pdf.line(LM + 20, pdf.y_cur, PAGE_W - RM - 20, pdf.y_cur)
    # trilingual footer
    pdf.y_cur = 262
    for t in ["STANDING COMMITTEE ON PROGRAMMES AND FINANCE",
              "COMIT\u00c9 PERMANENT DES PROGRAMMES ET DES FINANCES",
              "COMIT\u00c9 PERMANENTE DE PROGRAMAS Y FINANZAS"]:
        pdf.centred(t, "", 8, 4)


# ------------------------------------------------------------------------ body
def body(pdf):
    pdf.add_page()
    pdf.running_header()
    pdf.centred("STATUS REPORT ON OUTSTANDING CONTRIBUTIONS", "B", 11, 5.8)
    pdf.centred("TO THE ADMINISTRATIVE PART OF THE BUDGET", "B", 11, 5.8)
    pdf.y_cur += 2

    pdf.heading("Introduction")
    pdf.para(1, "The present document reports on the status, as at 31 May 2015, of the contributions "
                "assessed on Member States for the Administrative Part of the Budget, including the "
                "arrears carried forward from previous financial years. It updates the information "
                "submitted to the Standing Committee on Programmes and Finance at its Fifteenth "
                "Session in October 2014 (S/15/7).")
    pdf.para(2, f"The Council approved the Administrative Part of the Budget for 2015 in the amount of "
                f"CHF {BUDGET:,},{{1}} to be financed from assessed contributions in accordance with the "
                "scale of assessment for 2015. Under the Financial Regulations of the Organization, "
                "contributions are due and payable in full on 1 January of the year to which they relate.")

    pdf.heading("Status of contributions")
    pdf.para(3, f"By 31 May 2015, CHF {RECEIVED_15:,} of the 2015 assessment had been received, "
                f"representing {100 * RECEIVED_15 / BUDGET:.1f} per cent of the total, compared with 64.3 "
                "per cent at the corresponding date in 2014. Of the 157 Member States, 68 had paid their "
                "contributions for 2015 in full and 17 had made partial payments, while 72 had not yet "
                "made any payment for the current year.")
    pdf.para(4, f"Contributions outstanding on that date, including arrears, amounted to "
                f"CHF {TOTAL_OUT:,}. Their distribution by year of assessment is shown in the table below.")
    summary_table(pdf)
    cl = CLEARED[:]
    cl = [("the " + c) if c == "Congo" else c for c in cl]
    pdf.para(5, f"At 1 January 2015, {len(rows)} Member States had arrears for 2014 and earlier years, "
                f"amounting to CHF {TOT[0]:,}. Payments received against those arrears since that date "
                f"total CHF {REC_ARR:,}, of which CHF 620,334 came from the nine Member States that have "
                f"since settled their arrears in full, namely {', '.join(cl[:-1])} and {cl[-1]}. Arrears "
                f"still outstanding at 31 May 2015 therefore stood at CHF {ARR_OLD + ARR_14:,}, owed by "
                f"{N_OLD} Member States. The position of each Member State that had arrears at the "
                "beginning of the year is set out in the Annex to this document.")

    pdf.heading("Member States subject to Article 4 of the Constitution")
    pdf.para(6, "Under Article 4, paragraph 3, of the Constitution, a Member State which fails to meet "
                "its financial obligations to the Organization for two consecutive financial years loses "
                "its voting right in the Council and in all committees of the Council. The Council may "
                "restore that right if it is satisfied that the failure to pay is due to conditions beyond "
                "the control of the Member State concerned.")
    pdf.para(7, "As at 31 May 2015, 19 Member States had arrears equal to or greater than the "
                "contributions assessed on them for 2013 and 2014, and were accordingly subject to the "
                "provisions of Article 4. Kyrgyzstan and Tajikistan, whose arrears also exceed that "
                "threshold, are not counted among them, since both are honouring payment plans approved "
                "by the Standing Committee. The arrears of two further Member States are only marginally "
                "below the threshold, and the Administration has drawn their attention to the matter.")

    pdf.heading("Measures to reduce arrears")
    pdf.para(8, "In line with the approach endorsed by the Council,{2} the Administration has continued "
                "to pursue the recovery of arrears with the Member States concerned, in particular by:")
    pdf.item("(a)", "writing at the start of the financial year to the Ministry of Foreign Affairs of each "
                    "Member State in arrears, and following up that correspondence through the Permanent "
                    "Missions in Geneva;")
    pdf.item("(b)", "inviting Member States that are unable to settle their arrears in a single payment to "
                    "propose a payment plan, on the understanding that:")
    pdf.item("(i)", "the arrears are paid in annual instalments over a period not normally exceeding "
                    "ten years; and", level=2)
    pdf.item("(ii)", "the assessed contribution for the current year is paid in full in each year of the "
                     "plan, in addition to the instalment.", level=2)
    pdf.para(9, "Two payment plans are currently in force. Kyrgyzstan, whose plan was approved in 2012, "
                "paid its annual instalment of CHF 9,746 in April 2015. Tajikistan agreed a plan with the "
                "Administration in January 2015 covering arrears of CHF 22,648 over five years, and in "
                "March 2015 made an initial payment of CHF 6,500, which exceeds the first instalment due. "
                "Both Member States are marked in the Annex.")
    pdf.para(10, "The Administration thanks the Member States that have paid their 2015 contributions "
                 "early or in full, as well as those that have made particular efforts to clear "
                 "long-standing arrears. It again urges all Member States to pay their contributions as "
                 "early in the year as possible: late payment obliges the Organization to manage its "
                 "administrative cash flow with great caution, and persistent arrears leave part of the "
                 "approved Administrative Part of the Budget without funding.")

    pdf.heading("Action requested of the Standing Committee")
    pdf.para(11, "The Standing Committee is invited to take note of the present document and to urge "
                 "Member States in arrears to make every effort to pay their outstanding contributions in "
                 "full or, failing that, to agree a payment plan with the Administration.")
    pdf.flush_footnotes()


def annex(pdf):
    pdf.in_annex = True
    pdf.add_page()
    pdf.running_header()
    pdf.y_cur += 2
    pdf.centred("Annex", "B", 11, 8)
    pdf.centred("MEMBER STATES WITH ARREARS OF CONTRIBUTIONS AT 1 JANUARY 2015", "B", 10.5, 9)
    pdf.set_font("Helvetica", "", 9)
    t = "(in Swiss francs)"
    pdf.text(PAGE_W - RM - pdf.get_string_width(t) - (TEXT_W - sum(ANNEX_COLS)) / 2, pdf.y_cur + 3, t)
    pdf.y_cur += 5
    annex_table(pdf)


def main():
    pdf = Doc()
    pdf.set_title("Status report on outstanding contributions to the Administrative Part of the Budget")
    pdf.set_author("International Organization for Migration")
    cover(pdf)
    body(pdf)
    annex(pdf)
    pdf.output(OUT)


if __name__ == "__main__":
    main()
