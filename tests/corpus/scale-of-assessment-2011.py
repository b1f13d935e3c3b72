"""Draws scale-of-assessment-2011.pdf: IOM SCPF/63, Scale of assessment for 2012 (fpdf2)."""
# Data for SCPF/63 - Scale of assessment for 2012 (fictional figures)
UN = [
("Afghanistan",0.004,""),("Albania",0.010,""),("Algeria",0.128,""),("Angola",0.010,""),
("Argentina",0.287,""),("Armenia",0.005,""),("Australia",1.933,""),("Austria",0.851,""),
("Azerbaijan",0.015,""),("Bahamas",0.018,""),("Bangladesh",0.010,""),("Belarus",0.042,""),
("Belgium",1.075,""),("Belize",0.001,""),("Benin",0.003,""),("Bolivia (Plurinational State of)",0.007,""),
("Bosnia and Herzegovina",0.014,""),("Botswana",0.018,""),("Brazil",1.611,""),("Bulgaria",0.038,""),
("Burkina Faso",0.003,""),("Burundi",0.001,""),("Cambodia",0.003,""),("Cameroon",0.011,""),
("Canada",3.207,""),("Cape Verde",0.001,""),
("Chile",0.236,""),("Colombia",0.144,""),("Congo",0.003,""),("Costa Rica",0.034,""),
("C\u00f4te d'Ivoire",0.010,""),("Croatia",0.097,""),("Cyprus",0.046,""),("Czech Republic",0.349,""),
("Democratic Republic of the Congo",0.003,""),("Denmark",0.736,""),
("Dominican Republic",0.042,""),("Ecuador",0.040,""),("Egypt",0.094,""),("El Salvador",0.019,""),
("Estonia",0.040,""),("Ethiopia",0.008,""),("Finland",0.566,""),("France",6.123,""),
("Gambia",0.001,""),("Georgia",0.006,""),("Germany",8.018,""),("Ghana",0.006,""),("Greece",0.691,""),
("Guatemala",0.028,""),("Guinea",0.002,""),("Guinea-Bissau",0.001,""),("Haiti",0.003,""),
("Honduras",0.008,""),("Hungary",0.291,""),("India",0.534,""),("Iran (Islamic Republic of)",0.233,""),
("Ireland",0.498,""),("Israel",0.384,""),("Italy",4.999,""),("Jamaica",0.014,""),("Japan",12.530,""),
("Jordan",0.014,""),("Kazakhstan",0.076,""),("Kenya",0.012,""),("Kyrgyzstan",0.001,""),
("Latvia",0.038,""),("Lesotho",0.001,"a"),("Liberia",0.001,""),("Lithuania",0.065,""),
("Luxembourg",0.090,""),("Madagascar",0.003,""),("Mali",0.003,""),("Malta",0.017,""),
("Mauritania",0.001,""),("Mauritius",0.011,""),("Mexico",2.356,""),("Mongolia",0.002,""),
("Montenegro",0.004,""),("Morocco",0.058,""),("Mozambique",0.003,""),("Namibia",0.008,""),
("Nepal",0.006,""),("Netherlands",1.855,""),("New Zealand",0.273,""),
("Nicaragua",0.003,""),("Niger",0.002,""),("Nigeria",0.078,""),("Norway",0.871,""),
("Pakistan",0.082,""),("Panama",0.022,""),("Papua New Guinea",0.002,""),("Paraguay",0.007,""),
("Peru",0.090,""),("Philippines",0.090,""),("Poland",0.828,""),("Portugal",0.511,""),
("Republic of Korea",2.260,""),("Republic of Moldova",0.002,""),("Romania",0.177,""),
("Rwanda",0.001,""),("Saint Vincent and the Grenadines",0.001,"b"),("Senegal",0.006,""),
("Serbia",0.037,""),("Seychelles",0.002,"b"),("Sierra Leone",0.001,""),("Slovakia",0.142,""),
("Slovenia",0.103,""),("Solomon Islands",0.001,"a"),("South Africa",0.385,""),
("Spain",3.177,""),("Sri Lanka",0.019,""),("Sweden",1.064,""),
("Switzerland",1.130,""),("Tajikistan",0.002,""),("Thailand",0.209,""),
("The former Yugoslav Republic of Macedonia",0.007,""),("Togo",0.001,""),
("Trinidad and Tobago",0.044,"a"),("Tunisia",0.030,""),("Turkey",0.617,""),("Uganda",0.006,""),
("Ukraine",0.087,""),("United Kingdom of Great Britain and Northern Ireland",6.604,""),
("United Republic of Tanzania",0.008,""),("United States of America",22.000,""),
("Uruguay",0.027,""),("Venezuela (Bolivarian Republic of)",0.314,""),("Viet Nam",0.033,""),
("Yemen",0.010,""),("Zambia",0.004,""),("Zimbabwe",0.003,""),
]
MIN = 0.0350
BUDGET = 39388000

def iom_scale(members):
    """members: list of (name, un). Returns dict name -> rate (4 dp), summing to 100.0000."""
    floor = set()
    while True:
        rest = [(n, u) for n, u in members if n not in floor]
        avail = 100.0 - MIN * len(floor)
        s = sum(u for _, u in rest)
        new = {n for n, u in rest if u * avail / s < MIN}
        if not new:
            break
        floor |= new
    rates = {}
    for n, u in members:
        rates[n] = MIN if n in floor else round(u * avail / s, 4)
    tot = round(sum(rates.values()), 4)
    big = max(members, key=lambda m: m[1])[0]
    rates[big] = round(rates[big] + (100.0 - tot), 4)
    return rates, floor, s

m2011 = [(n, u) for n, u, f in UN if f == ""]
m2012 = [(n, u) for n, u, f in UN]
R11, F11, S11 = iom_scale(m2011)
R12, F12, S12 = iom_scale(m2012)
CHF = {n: int(round(R12[n] * BUDGET / 100)) for n, _, _ in UN}
RESID = BUDGET - sum(CHF.values())
CHF["United States of America"] += RESID

# ---------------------------------------------------------------------------
# Drawing (fpdf2)
# ---------------------------------------------------------------------------
import os
from fpdf import FPDF

SYMBOL = "SCPF/63"
HERE = os.path.dirname(os.path.abspath(__file__))
FONTDIR = "/usr/share/fonts/truetype/dejavu/"
LM, RM = 25, 20
PW = 210 - LM - RM
LH = 4.6          # body line height
NUMW = 12         # width of paragraph number cell


def pct(x, dp=4):
    return f"{x:.{dp}f}"


def chf(x):
    return f"{x:,}"


class Doc(FPDF):
    def __init__(self):
        super().__init__(format="A4", unit="mm")
        self.add_font("DV", "", FONTDIR + "DejaVuSans.ttf")
        self.add_font("DV", "B", FONTDIR + "DejaVuSans-Bold.ttf")
        self.add_font("DV", "I", FONTDIR + "DejaVuSans-Oblique.ttf")
        self.add_font("DVC", "", FONTDIR + "DejaVuSansCondensed.ttf")
        self.add_font("DVC", "B", FONTDIR + "DejaVuSansCondensed-Bold.ttf")
        self.set_margins(LM, 30, RM)
        self.set_auto_page_break(True, margin=20)
        self.notes = {}          # page -> list of (marker, text)
        self.annex_first = None  # first page of the annex

    # running header: symbol and page label, right-aligned
    def header(self):
        if self.page == 1:
            return
        self.set_font("DV", "", 9.5)
        lines = [SYMBOL]
        if self.annex_first is not None and self.page >= self.annex_first:
            lines.append("Annex")
            k = self.page - self.annex_first + 1
            if k > 1:
                lines.append(f"Page {k}")
        else:
            lines.append(f"Page {self.page - 1}")
        y = 12
        for t in lines:
            self.set_xy(LM, y)
            self.cell(PW, 4.6, t, align="R")
            y += 4.6
        self.set_y(y + 8)
        self.fn_reserve = 0.0
        if self.auto_page_break:
            self.page_break_trigger = 297 - self.b_margin

    def fn_height(self, notes):
        self.set_font("DV", "", 8.5)
        hs = []
        for m, t in notes:
            lines = self.multi_cell(PW - 6, 3.8, t, dry_run=True, output="LINES")
            hs.append(len(lines) * 3.8 + 1.0)
        return hs

    def footer(self):
        if self.page == 1:
            self.draw_cover_footer()
            return
        notes = self.notes.get(self.page)
        if not notes:
            return
        heights = self.fn_height(notes)
        y = 297 - 16 - sum(heights)
        self.set_xy(LM, y - 6)
        self.set_font("DV", "", 9)
        self.cell(40, 4, "____________________")
        for (m, t), h in zip(notes, heights):
            self.set_xy(LM, y)
            self.set_font("DV", "", 8.5)
            self.char_vpos = "SUP"
            self.cell(5, 3.8, m)
            self.char_vpos = "LINE"
            self.set_xy(LM + 6, y)
            self.multi_cell(PW - 6, 3.8, t)
            y += h

    def draw_cover_footer(self):
        self.set_draw_color(0)
        self.set_line_width(0.3)
        self.line(LM, 268, 210 - RM, 268)
        self.set_font("DV", "B", 8.5)
        y = 270
        for t in ("STANDING COMMITTEE ON PROGRAMMES AND FINANCE",
                  "COMITÉ PERMANENT DES PROGRAMMES ET DES FINANCES",
                  "COMITÉ PERMANENTE DE PROGRAMAS Y FINANZAS"):
            self.set_xy(LM, y)
            self.cell(PW, 4.2, t, align="C")
            y += 4.3

    # ---- text helpers -------------------------------------------------
    def runs(self, parts, h=LH):
        """write a list of text runs; ('^', '1') is a raised footnote marker"""
        for p in parts:
            if isinstance(p, tuple):
                marker, note = p[1], p[2]
                self.char_vpos = "SUP"
                self.write(h, marker)
                self.char_vpos = "LINE"
                self.notes.setdefault(self.page, []).append((marker, note))
                font = (self.font_family, self.font_style, self.font_size_pt)
                res = sum(self.fn_height(self.notes[self.page])) + 6
                self.set_font(*font)
                self.page_break_trigger = min(self.page_break_trigger, 297 - 16 - res)
                assert self.get_y() + h <= self.page_break_trigger, "footnote overlap"
            else:
                self.write(h, p)

    def heading(self, num, words):
        self.ln(1)
        self.set_font("DV", "B", 9.5)
        self.set_x(LM)
        self.cell(NUMW, LH, num + ".")
        self.cell(PW - NUMW, LH, words)
        self.ln(LH + 2.5)
        self.set_font("DV", "", 9.5)

    def para(self, num, parts):
        self.set_font("DV", "", 9.5)
        self.set_x(LM)
        self.cell(NUMW, LH, f"{num}.")
        self.runs(parts)
        self.ln(LH + 2.2)

    def item(self, label, parts, indent=NUMW, textind=NUMW + 9):
        self.set_font("DV", "", 9.5)
        self.set_x(LM + indent)
        self.cell(textind - indent, LH, label)
        old = self.l_margin
        self.set_left_margin(LM + textind)
        self.runs(parts)
        self.set_left_margin(old)
        self.ln(LH + 1.5)


# ---------------------------------------------------------------------------
FN1 = ("General Assembly resolution 64/248 of 24 December 2009; the rates are set out in "
       "paragraph 4 of that resolution.")
FN2 = ("The minimum rate was last reviewed by the Standing Committee in November 2008; see "
       "document SCPF/21, paragraphs 6 to 9.")
FN3 = ("The applications were received by the Administration in March and April 2011 "
       "respectively.")


def n_at(R, lo, hi):
    return sum(1 for v in R.values() if lo <= v < hi)


def build():
    pdf = Doc()
    pdf.set_title("Scale of assessment for 2012")
    pdf.set_author("International Organization for Migration")

    # ---------------- cover ----------------
    pdf.add_page()
    pdf.set_font("DV", "B", 11)
    pdf.set_xy(LM, 18)
    pdf.cell(PW, 5.5, SYMBOL, align="R")
    pdf.set_font("DV", "", 10)
    pdf.set_xy(LM, 25)
    pdf.cell(PW, 5, "Original: ENGLISH", align="R")
    pdf.set_xy(LM, 30.5)
    pdf.cell(PW, 5, "16 May 2011", align="R")

    pdf.set_font("DV", "B", 11)
    pdf.set_xy(LM, 62)
    pdf.cell(PW, 6, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE", align="C")
    pdf.set_xy(LM, 70)
    pdf.cell(PW, 6, "EIGHTH SESSION", align="C")
    pdf.set_font("DV", "", 10)
    pdf.set_xy(LM, 78)
    pdf.cell(PW, 6, "21-22 June 2011", align="C")

    pdf.set_font("DV", "B", 13)
    pdf.set_xy(LM, 130)
    pdf.cell(PW, 7, "SCALE OF ASSESSMENT FOR 2012", align="C")

    # ---------------- body ----------------
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.set_font("DV", "B", 10)
    pdf.cell(PW, LH, "SCALE OF ASSESSMENT FOR 2012", align="C")
    pdf.ln(LH + 4)

    n11, n12 = len(R11), len(R12)
    un11 = round(sum(u for _, u in m2011), 3)
    un12 = round(sum(u for _, u in m2012), 3)
    top = "United States of America"
    big16 = round(sum(v for v in R12.values() if v >= 1.0), 4)

    pdf.heading("I", "INTRODUCTION")
    pdf.para(1, ["Under the Constitution, the expenditure of the Administrative Part of the Budget "
                 "is met by cash contributions from Member States, assessed according to a scale of "
                 "percentage rates agreed by the Council. Each year the Administration submits a "
                 "proposed scale to the Standing Committee on Programmes and Finance, so that it can "
                 "be examined before the Programme and Budget for the following year is finalized."])
    pdf.para(2, ["The present document sets out the proposed scale of assessment for 2012 and "
                 "explains how it has been derived. Once endorsed by the Standing Committee, the scale "
                 "will be incorporated into the Programme and Budget for 2012, to be submitted to the "
                 "Council at its 100th Session in December 2011."])

    pdf.heading("II", "BASIS OF THE PROPOSED SCALE")
    pdf.para(3, ["In its Resolution No. 1090 of 30 November 2004, the Council confirmed that the IOM "
                 "scale of assessment should be fully equated with the scale of assessments of the "
                 "United Nations, adjusted to the membership of the Organization and subject to a "
                 "minimum rate. The same approach was followed for the scale for 2011, presented to "
                 "the Standing Committee in document SCPF/49 and approved by the Council as part of "
                 "the Programme and Budget for 2011 (MC/2307)."])
    pdf.para(4, ["The United Nations scale applicable to the three-year period 2010\u20132012 was "
                 "adopted by the General Assembly in December 2009.", ("^", "1", FN1),
                 " As that scale remains unchanged for 2012, the differences between the IOM scale "
                 "for 2011 and the proposed scale for 2012 result solely from changes in the "
                 "membership of the Organization."])
    pdf.para(5, ["The proposed scale has been calculated in three steps:"])
    pdf.item("(a)", [f"the United Nations rates of all States to be included in the IOM scale for 2012 "
                     f"have been added together, giving a combined rate of {un12:.3f} per cent, against "
                     f"{un11:.3f} per cent for the {n11} Member States included in the scale for 2011;"])
    pdf.item("(b)", ["each State whose United Nations rate, expressed as a share of that combined rate, "
                     "would fall below the IOM minimum has been assessed at the minimum rate (see "
                     "Chapter III); and"])
    pdf.item("(c)", ["the balance of the scale has been distributed among the remaining Member States "
                     "in proportion to their United Nations rates, and the results rounded to four "
                     "decimal places."])
    pdf.ln(1)
    pdf.para(6, ["Rounding differences arising from step (c) have been adjusted in the rate of the "
                 "largest contributor, so that the scale totals exactly 100.0000 per cent."])

    pdf.heading("III", "MINIMUM ASSESSMENT RATE")
    pdf.para(7, ["The minimum rate of 0.0350 per cent, applied without change since 2009,",
                 ("^", "2", FN2),
                 f" is retained for 2012. At the proposed budget level of CHF {chf(BUDGET)}, it "
                 f"corresponds to an assessed contribution of CHF {chf(CHF['Guatemala'])}."])
    pdf.para(8, [f"In 2012, {n_at(R12, MIN, MIN + 1e-9)} States would be assessed at the minimum rate, "
                 f"compared with {n_at(R11, MIN, MIN + 1e-9)} in 2011. The increase corresponds to "
                 "four of the five States concerned by the changes in membership, whose United Nations "
                 "rates are below the threshold. The distribution of States by rate of assessment is "
                 "as follows:"])
    # small table
    rows = [("Minimum rate (0.0350 per cent)", MIN, MIN + 1e-9),
            ("Above the minimum and below 0.1000 per cent", MIN + 1e-9, 0.1),
            ("0.1000 to 0.9999 per cent", 0.1, 1.0),
            ("1.0000 per cent and above", 1.0, 1000)]
    if pdf.get_y() > pdf.page_break_trigger - 45:
        pdf.add_page()
    pdf.set_font("DV", "B", 9.5)
    pdf.set_x(LM)
    pdf.cell(PW, 5, "Member States by rate of assessment, 2011 and 2012", align="C")
    pdf.ln(6.5)
    x0, wl, wn = LM + 14, 90, 24
    pdf.set_line_width(0.25)
    ytop = pdf.get_y()
    pdf.line(x0, ytop, x0 + wl + 2 * wn, ytop)
    pdf.set_font("DV", "B", 9)
    pdf.set_x(x0)
    pdf.cell(wl, 5.5, "Rate of assessment")
    pdf.cell(wn, 5.5, "2011", align="R")
    pdf.cell(wn, 5.5, "2012", align="R")
    pdf.ln(5.5)
    pdf.line(x0, pdf.get_y(), x0 + wl + 2 * wn, pdf.get_y())
    pdf.set_font("DV", "", 9)
    for label, lo, hi in rows:
        pdf.set_x(x0)
        pdf.cell(wl, 5, label)
        pdf.cell(wn, 5, str(n_at(R11, lo, hi)), align="R")
        pdf.cell(wn, 5, str(n_at(R12, lo, hi)), align="R")
        pdf.ln(5)
    pdf.line(x0, pdf.get_y(), x0 + wl + 2 * wn, pdf.get_y())
    pdf.set_font("DV", "B", 9)
    pdf.set_x(x0)
    pdf.cell(wl, 5.5, "Total")
    pdf.cell(wn, 5.5, str(n11), align="R")
    pdf.cell(wn, 5.5, str(n12), align="R")
    pdf.ln(5.5)
    pdf.line(x0, pdf.get_y(), x0 + wl + 2 * wn, pdf.get_y())
    pdf.ln(6)

    pdf.para(9, [f"The sixteen Member States with rates of 1.0000 per cent or more together account "
                 f"for {big16:.4f} per cent of the proposed scale, and the largest contributor alone "
                 f"for {R12[top]:.4f} per cent."])

    pdf.heading("IV", "NEW MEMBER STATES")
    pdf.para(10, ["At its Ninety-ninth Session, on 30 November 2010, the Council admitted Lesotho, "
                  "Solomon Islands and Trinidad and Tobago as Members of the Organization (Resolutions "
                  "Nos. 1197, 1198 and 1199). As the scale for 2011 had already been established when "
                  "their membership took effect, their contributions for 2011 were assessed separately, "
                  "on a pro rata basis. The three States appear in the scale for the first time in 2012 "
                  "and are identified by the letter \u201ca\u201d in the Annex."])
    pdf.para(11, ["The Administration has also received applications for membership from Saint "
                  "Vincent and the Grenadines and from Seychelles, which the Council is expected to "
                  "consider at its 100th Session.", ("^", "3", FN3),
                  " So that the Programme and Budget for 2012 reflects the expected membership, both "
                  "States have been included provisionally in the proposed scale and are identified "
                  "by the letter \u201cb\u201d in the Annex. A revised scale will be issued should either "
                  "application not be approved."])
    pdf.para(12, ["Including the five States reduces the rates of the other Member States assessed "
                  "above the minimum by approximately 0.19 per cent in relative terms. The rate of "
                  f"the largest contributor, for example, decreases from {R11[top]:.4f} per cent in "
                  f"2011 to {R12[top]:.4f} per cent in 2012."])

    pdf.heading("V", "ASSESSED CONTRIBUTIONS FOR 2012")
    pdf.para(13, [f"The Administrative Part of the Budget for 2012 is proposed at CHF {chf(BUDGET)}, "
                  "the same level as in 2011. For each State, the Annex shows:"])
    for t in ("its rate in the United Nations scale for 2010\u20132012;",
              "its rate in the IOM scale for 2011, where applicable;",
              "its proposed rate in the IOM scale for 2012; and",
              "the corresponding assessed contribution for 2012, in Swiss francs."):
        pdf.item("\u2022", [t], indent=NUMW + 2, textind=NUMW + 8)
    pdf.ln(1)
    pdf.para(14, [f"Contributions have been rounded to the nearest franc. The resulting difference of "
                  f"CHF {-RESID} has been deducted from the contribution of the largest contributor, so "
                  "that the total of the assessed contributions equals the budget."])

    pdf.heading("VI", "RECOMMENDATION")
    pdf.para(15, ["The Standing Committee on Programmes and Finance is invited to:"])
    pdf.item("(a)", ["take note of the method used to derive the proposed scale of assessment for 2012;"])
    pdf.item("(b)", ["endorse the scale of assessment for 2012 set out in the Annex, for inclusion in "
                     "the Programme and Budget for 2012; and"])
    pdf.item("(c)", ["note that the scale will be revised if the membership of the Organization "
                     "changes before the Council examines the Programme and Budget for 2012."])

    # ---------------- annex ----------------
    pdf.set_auto_page_break(False)
    pdf.annex_first = pdf.page + 1
    pdf.add_page()
    pdf.set_font("DV", "B", 10.5)
    for t in ("PROPOSED SCALE OF ASSESSMENT FOR 2012 AND ASSESSED",
              "CONTRIBUTIONS TO THE ADMINISTRATIVE PART OF THE BUDGET"):
        pdf.set_x(LM)
        pdf.cell(PW, 5.5, t, align="C")
        pdf.ln(5.5)
    pdf.ln(2)
    pdf.set_font("DV", "I", 9.5)
    pdf.set_x(LM)
    pdf.cell(PW, 5, "(in per cent and Swiss francs)", align="C")
    pdf.ln(7)

    cols = [60, 27, 26, 26, 26]
    xs = [LM]
    for w in cols[:-1]:
        xs.append(xs[-1] + w)
    right = LM + sum(cols)
    heads = ["Member State", "United Nations scale 2010\u20132012 (%)", "IOM scale 2011 (%)",
             "Proposed IOM scale 2012 (%)", "Assessed contribution 2012 (CHF)"]

    def col_heads():
        pdf.set_font("DVC", "B", 8.5)
        y0 = pdf.get_y()
        pdf.set_line_width(0.3)
        pdf.line(LM, y0, right, y0)
        hh = 13
        for i, (x, w, t) in enumerate(zip(xs, cols, heads)):
            lines = pdf.multi_cell(w - 2, 3.8, t, dry_run=True, output="LINES")
            ystart = y0 + (hh - len(lines) * 3.8) / 2
            pdf.set_xy(x + 1, ystart)
            pdf.multi_cell(w - 2, 3.8, t, align="L" if i == 0 else "C")
        pdf.line(LM, y0 + hh, right, y0 + hh)
        pdf.set_y(y0 + hh + 1)
        return y0

    def vlines(y0, y1):
        pdf.set_line_width(0.2)
        for x in xs + [right]:
            pdf.line(x, y0, x, y1)

    RH, WL = 4.3, 3.8
    LIMIT = 297 - 18
    ytab = col_heads()
    pdf.set_font("DVC", "", 8.5)
    for name, u, flag in UN:
        lines = pdf.multi_cell(cols[0] - 5, WL, name, dry_run=True, output="LINES")
        h = RH + (len(lines) - 1) * WL
        if pdf.get_y() + h > LIMIT:
            vlines(ytab, pdf.get_y() + 0.5)
            pdf.line(LM, pdf.get_y() + 0.5, right, pdf.get_y() + 0.5)
            pdf.add_page()
            ytab = col_heads()
            pdf.set_font("DVC", "", 8.5)
        y = pdf.get_y()
        # name, wrapped; note letter raised after the last line
        for k, ln_ in enumerate(lines):
            pdf.set_xy(LM + 1, y + k * WL)
            pdf.cell(pdf.get_string_width(ln_), RH, ln_)
        if flag:
            pdf.cell(0.8, RH, "")
            pdf.char_vpos = "SUP"
            pdf.cell(3, RH, flag)
            pdf.char_vpos = "LINE"
        vals = [pct(u, 3), pct(R11[name]) if name in R11 else "", pct(R12[name]), chf(CHF[name])]
        for x, w, v in zip(xs[1:], cols[1:], vals):
            pdf.set_xy(x, y)
            pdf.cell(w - 4, RH, v, align="R")
        pdf.set_y(y + h)
    # total row
    y = pdf.get_y() + 0.5
    pdf.set_line_width(0.3)
    pdf.line(LM, y, right, y)
    pdf.set_font("DVC", "B", 8.5)
    pdf.set_xy(LM + 1, y + 0.6)
    pdf.cell(cols[0] - 2, 5, "TOTAL")
    tot = [f"{sum(u for _, u, _ in UN):.3f}", pct(sum(R11.values())), pct(sum(R12.values())),
           chf(sum(CHF.values()))]
    for x, w, v in zip(xs[1:], cols[1:], tot):
        pdf.set_xy(x, y + 0.6)
        pdf.cell(w - 4, 5, v, align="R")
    y2 = y + 6.2
    pdf.line(LM, y2, right, y2)
    vlines(ytab, y2)
    # table notes
    pdf.set_font("DV", "", 8)
    y = y2 + 3
    for m, t in (("a", "Admitted to membership on 30 November 2010; assessed in the scale for the "
                       "first time in 2012 (see paragraph 10)."),
                 ("b", "Application for membership to be considered by the Council at its 100th "
                       "Session; included provisionally (see paragraph 11).")):
        pdf.set_xy(LM, y)
        pdf.char_vpos = "SUP"
        pdf.cell(4, 4, m)
        pdf.char_vpos = "LINE"
        pdf.set_xy(LM + 4, y)
        pdf.multi_cell(PW - 4, 4, t)
        y = pdf.get_y() + 0.5
    assert pdf.get_y() < 297 - 10, pdf.get_y()

    out = os.path.join(HERE, "scale-of-assessment-2011.pdf")
    pdf.output(out)
    print("pages:", pdf.page)


if __name__ == "__main__":
    build()
