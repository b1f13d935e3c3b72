"""Draws scale-of-assessment-2024.pdf (S/34/4, SCALE OF ASSESSMENT FOR 2025) with fpdf2."""
import os
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "scale-of-assessment-2024.pdf")

SYMBOL = "S/34/4"
ADMIN_2025 = 68411000

# United Nations scale of assessments 2022-2024 (per cent), for the Member States of IOM.
# note: a = new Member State (not in the 2024 scale); b = not a Member of the United Nations;
# c = at the ceiling of the United Nations scale.
UN = [
    ("Afghanistan", 0.006), ("Albania", 0.008), ("Algeria", 0.109), ("Angola", 0.010),
    ("Antigua and Barbuda", 0.002), ("Argentina", 0.719), ("Armenia", 0.014), ("Australia", 2.111),
    ("Austria", 0.679), ("Azerbaijan", 0.030), ("Bahamas", 0.019), ("Bangladesh", 0.010),
    ("Barbados", 0.008), ("Belarus", 0.041), ("Belgium", 0.828), ("Belize", 0.001), ("Benin", 0.005),
    ("Bhutan", 0.001), ("Bolivia (Plurinational State of)", 0.019),
    ("Bosnia and Herzegovina", 0.012), ("Botswana", 0.015), ("Brazil", 2.013), ("Bulgaria", 0.056),
    ("Burkina Faso", 0.004), ("Burundi", 0.001), ("Cabo Verde", 0.001), ("Cambodia", 0.007),
    ("Cameroon", 0.013), ("Canada", 2.628), ("Central African Republic", 0.001), ("Chad", 0.003),
    ("Chile", 0.420), ("China", 15.254), ("Colombia", 0.246), ("Comoros", 0.001), ("Congo", 0.005),
    ("Costa Rica", 0.069), ("C\u00f4te d'Ivoire", 0.022), ("Croatia", 0.091), ("Cuba", 0.095),
    ("Cyprus", 0.036), ("Czechia", 0.340), ("Democratic Republic of the Congo", 0.010),
    ("Denmark", 0.553), ("Djibouti", 0.001), ("Dominica", 0.001), ("Dominican Republic", 0.067),
    ("Ecuador", 0.077), ("Egypt", 0.139), ("El Salvador", 0.013), ("Estonia", 0.044),
    ("Eswatini", 0.002), ("Ethiopia", 0.010), ("Fiji", 0.004), ("Finland", 0.417), ("France", 4.318),
    ("Gabon", 0.013), ("Gambia", 0.001), ("Georgia", 0.008), ("Germany", 6.111), ("Ghana", 0.024),
    ("Greece", 0.325), ("Grenada", 0.001), ("Guatemala", 0.041), ("Guinea", 0.003),
    ("Guinea-Bissau", 0.001), ("Guyana", 0.004), ("Haiti", 0.006), ("Holy See", None),
    ("Honduras", 0.009), ("Hungary", 0.228), ("Iceland", 0.036), ("India", 1.044),
    ("Iran (Islamic Republic of)", 0.371), ("Iraq", 0.128), ("Ireland", 0.439), ("Israel", 0.561),
    ("Italy", 3.189), ("Jamaica", 0.008), ("Japan", 8.033), ("Jordan", 0.022), ("Kazakhstan", 0.133),
    ("Kenya", 0.030), ("Kiribati", 0.001), ("Kyrgyzstan", 0.002),
    ("Lao People's Democratic Republic", 0.007), ("Latvia", 0.050), ("Lesotho", 0.001),
    ("Liberia", 0.001), ("Libya", 0.018), ("Liechtenstein", 0.010), ("Lithuania", 0.077),
    ("Luxembourg", 0.068), ("Madagascar", 0.004), ("Malawi", 0.002), ("Maldives", 0.004),
    ("Mali", 0.005), ("Malta", 0.019), ("Marshall Islands", 0.001), ("Mauritania", 0.002),
    ("Mauritius", 0.019), ("Mexico", 1.221), ("Micronesia (Federated States of)", 0.001),
    ("Monaco", 0.011), ("Mongolia", 0.004), ("Montenegro", 0.004), ("Morocco", 0.055),
    ("Mozambique", 0.004), ("Myanmar", 0.010), ("Namibia", 0.009), ("Nepal", 0.010),
    ("Netherlands (Kingdom of the)", 1.377), ("New Zealand", 0.309), ("Nicaragua", 0.005),
    ("Niger", 0.003), ("Nigeria", 0.182), ("North Macedonia", 0.007), ("Norway", 0.679),
    ("Oman", 0.111), ("Pakistan", 0.114), ("Palau", 0.001), ("Panama", 0.090),
    ("Papua New Guinea", 0.010), ("Paraguay", 0.026), ("Peru", 0.163), ("Philippines", 0.212),
    ("Poland", 0.837), ("Portugal", 0.353), ("Republic of Korea", 2.574),
    ("Republic of Moldova", 0.005), ("Romania", 0.312), ("Russian Federation", 1.866),
    ("Rwanda", 0.003), ("Saint Kitts and Nevis", 0.002), ("Saint Lucia", 0.002),
    ("Saint Vincent and the Grenadines", 0.001), ("Samoa", 0.001), ("San Marino", 0.002),
    ("Sao Tome and Principe", 0.001), ("Senegal", 0.007), ("Serbia", 0.032), ("Seychelles", 0.002),
    ("Sierra Leone", 0.001), ("Slovakia", 0.155), ("Slovenia", 0.079), ("Solomon Islands", 0.001),
    ("Somalia", 0.001), ("South Africa", 0.244), ("South Sudan", 0.002), ("Spain", 2.134),
    ("Sri Lanka", 0.045), ("Sudan", 0.010), ("Suriname", 0.003), ("Sweden", 0.871),
    ("Switzerland", 1.134), ("Tajikistan", 0.003), ("Thailand", 0.368), ("Timor-Leste", 0.001),
    ("Togo", 0.002), ("Trinidad and Tobago", 0.037), ("Tunisia", 0.019), ("T\u00fcrkiye", 0.845),
    ("Turkmenistan", 0.034), ("Tuvalu", 0.001), ("Uganda", 0.010), ("Ukraine", 0.056),
    ("United Kingdom of Great Britain and Northern Ireland", 4.375),
    ("United Republic of Tanzania", 0.010), ("United States of America", 22.000), ("Uruguay", 0.092),
    ("Uzbekistan", 0.027), ("Vanuatu", 0.001), ("Venezuela (Bolivarian Republic of)", 0.175),
    ("Viet Nam", 0.093), ("Yemen", 0.008), ("Zambia", 0.008), ("Zimbabwe", 0.007),
]
NOTES = {"Bhutan": "a", "Oman": "a", "Holy See": "b", "United States of America": "c"}
NEW = {"Bhutan", "Oman"}
CEILING = "United States of America"
MINIMUM = 0.001


def round_to_total(values, total, unit, absorb):
    """Round each value to the nearest multiple of unit; the difference from total is absorbed
    by the entry at index absorb (the largest adjusted rate)."""
    units = [int(v / unit + 0.5) for v in values]
    units[absorb] += round(total / unit) - sum(units)
    return units


def iom_scale(members):
    fixed = {CEILING: 22.0, "Holy See": MINIMUM}
    others = [m for m in members if m not in fixed]
    s_oth = sum(UNR[m] for m in others)
    factor = (100.0 - sum(fixed.values())) / s_oth
    raw = [fixed.get(m, UNR.get(m) and UNR[m] * factor) for m in members]
    units = round_to_total(raw, 100.0, 0.00001, members.index("China"))
    return {m: u for m, u in zip(members, units)}, factor, s_oth


UNR = {n: r for n, r in UN if r is not None}
NAMES = [n for n, _ in UN]
M24 = [n for n in NAMES if n not in NEW]
M25 = list(NAMES)
R24, F24, S24 = iom_scale(M24)   # rates in units of 0.00001 per cent
R25, F25, S25 = iom_scale(M25)
# contributions: rate% * ADMIN, rounded to francs adding to ADMIN
raw_c = [R25[m] * 0.00001 / 100.0 * ADMIN_2025 for m in M25]
C25 = dict(zip(M25, round_to_total(raw_c, ADMIN_2025, 1, M25.index("China"))))
assert sum(R24.values()) == 10000000 and sum(R25.values()) == 10000000
assert sum(C25.values()) == ADMIN_2025


def fr(u):
    return "%d.%05d" % divmod(u, 100000)


def pct2(units):
    """units of 0.00001 per cent -> per cent with two decimals, rounded half up"""
    c = (units + 500) // 1000
    return "%d.%02d" % divmod(c, 100)


def money(v):
    return "{:,}".format(v)


BANDS = [
    ("1 per cent or more", 100000, None),
    ("0.1 to less than 1 per cent", 10000, 100000),
    ("0.01 to less than 0.1 per cent", 1000, 10000),
    ("Less than 0.01 per cent", 0, 1000),
]


def band_stats(R):
    out = []
    for label, lo, hi in BANDS:
        sel = [u for u in R.values() if u >= lo and (hi is None or u < hi)]
        out.append((label, len(sel), sum(sel)))
    return out


B24, B25 = band_stats(R24), band_stats(R25)
for _B in (B24, B25):
    assert sum((b[2] + 500) // 1000 for b in _B) == 10000, _B

# ---------------------------------------------------------------- document text
# Paragraph text: a list of segments; ("t", text) plain, ("fn", n) a raised footnote marker.
FOOTNOTES = {
    1: "The Programme and Budget for 2025 will be submitted to the Standing Committee at its "
       "Thirty-fifth Session, in October 2024, and to the Council at its 115th Session.",
    2: "At its eighty-fourth session, in June 2024, the Committee on Contributions is to review the "
       "elements of the methodology; its recommendations will then be considered by the Fifth "
       "Committee of the General Assembly.",
    3: "The Holy See became a Member State of the Organization in December 2011 and has been assessed "
       "at the minimum rate since its admission.",
    4: "See the Status report on outstanding contributions to the Administrative Part of the Budget "
       "(S/34/3).",
}

n_ceil_min = sum(1 for m in M25 if UNR.get(m) == 0.001)
n_ldc = sum(1 for m in M25 if UNR.get(m) == 0.010 and m not in ("Liechtenstein", "Papua New Guinea"))
ldc_rate = fr(R25["Angola"])
min_rate = fr(R25["Belize"])
s24 = "%.3f" % S24
s25 = "%.3f" % S25
shr_top = B25[0][2]
n_top = B25[0][1]
n_low = B25[3][1]
shr_low = B25[3][2]
count24, count25 = len(M24), len(M25)
assert 0 < shr_top and n_ldc == 9, (n_ldc,)

BODY = [
    ("h", "Introduction"),
    ("p", 1, [("t", "Under Article 25, paragraph 2, of the Constitution, the Administrative Part of the "
                    "Budget is financed by cash contributions from Member States, assessed according to a "
                    "percentage agreed upon between the Council and each Member State. Every year the "
                    "Administration submits a proposed scale of assessment for the following year to the "
                    "Standing Committee on Programmes and Finance, which reviews it and makes its "
                    "recommendation to the Council.")]),
    ("p", 2, [("t", "The scale of assessment for 2024 was presented in document S/32/5 and approved by "
                    "the Council in Resolution No. 1401 of 29 November 2023. This document sets out the "
                    "proposed scale for 2025, the method by which it has been derived and the effect of "
                    "the admission of two new Member States. The resulting contributions will be "
                    "reflected in the Programme and Budget for 2025."), ("fn", 1)]),
    ("h", "Basis of the scale"),
    ("p", 3, [("t", "As agreed by the membership, the IOM scale of assessment follows the scale of "
                    "assessments for the apportionment of the expenses of the United Nations, adjusted "
                    "to take account of the difference in membership between the two organizations. The "
                    "United Nations scale now in force covers the period 2022-2024 and was adopted by "
                    "the General Assembly in resolution 76/238 of 24 December 2021. The scale for "
                    "2025-2027 is to be adopted by the General Assembly during the main part of its "
                    "seventy-ninth session, in December 2024."), ("fn", 2)]),
    ("p", 4, [("t", "The proposed scale for 2025 has been calculated as follows:")]),
    ("i", "(a)", [("t", "the rates of the United Nations scale for 2022-2024 are taken as the starting "
                        "point for every Member State that is also a Member of the United Nations;")]),
    ("i", "(b)", [("t", "the ceiling of 22 per cent in the United Nations scale is retained, so that the "
                        "Member State at the ceiling is assessed at 22.00000 per cent in the IOM scale;")]),
    ("i", "(c)", [("t", "the Holy See, which is not a Member of the United Nations, is assessed at the "
                        "minimum rate of 0.00100 per cent;"), ("fn", 3)]),
    ("i", "(d)", [("t", "the rates of all other Member States are increased in the same proportion, so "
                        "that the scale as a whole totals 100 per cent.")]),
    ("p", 5, [("t", "The United Nations rates of the Member States covered by subparagraph (d) add up to "
                    "%.3f per cent for 2025, whereas the share of the scale left to them after the "
                    "ceiling and the minimum have been applied is 77.99900 per cent. Each of their rates "
                    "has therefore been multiplied by a factor of %.6f (%.6f in the scale for 2024)."
                    % (S25, F25, F24))]),
    ("p", 6, [("t", "The minimum rate in the United Nations scale is 0.001 per cent. After the "
                    "adjustment, the %d Member States assessed at that rate by the United Nations are "
                    "assessed at %s per cent by IOM. No Member State therefore falls below the IOM "
                    "minimum of 0.00100 per cent, which in practice applies only to the Holy See."
                    % (n_ceil_min, min_rate))]),
    ("p", 7, [("t", "Likewise, the maximum rate of 0.010 per cent that the United Nations applies to "
                    "least developed countries is carried into the IOM scale in its adjusted form: the "
                    "%s Member States concerned are assessed at %s per cent." % ("nine", ldc_rate))]),
    ("p", 8, [("t", "Rates are rounded to five decimal places and assessed contributions to the "
                    "nearest Swiss franc. The small differences that result from rounding are absorbed "
                    "in the largest adjusted rate and contribution, so that the scale totals exactly "
                    "100.00000 per cent and the contributions equal the Administrative Part of the "
                    "Budget.")]),
    ("h", "New Member States"),
    ("p", 9, [("t", "At its 114th Session, in November 2023, the Council admitted Bhutan and Oman as "
                    "Member States of the Organization (Resolutions Nos. 1404 and 1405 of 29 November "
                    "2023). As the scale for 2024 had been prepared before their admission, neither State "
                    "appears in it.")]),
    ("p", 10, [("t", "In keeping with established practice, the contributions of the two new Member "
                     "States for 2024 are calculated pro rata temporis from the month following their "
                     "admission, at the rates they would have had in the 2024 scale, and are recorded as "
                     "miscellaneous income; the rates of the other Member States for 2024 are not "
                     "changed. Both States are included in full in the scale for 2025 and are marked "
                     "with the note letter \"a\" in the annex.")]),
    ("p", 11, [("t", "Their inclusion raises the combined United Nations rates of the Member States in "
                     "the IOM scale from %s per cent (%d Member States) to %s per cent (%d Member "
                     "States). The adjustment factor falls accordingly, and the rate of every other "
                     "Member State, except the Member State at the ceiling and the Holy See, decreases "
                     "slightly between 2024 and 2025."
                     % ("%.3f" % (S24 + 22), count24 - 1, "%.3f" % (S25 + 22), count25 - 1))]),
    ("h", "Scale of assessment for 2025"),
    ("p", 12, [("t", "The Administrative Part of the Budget for 2025 is proposed at CHF 68,411,000, "
                     "compared with CHF 66,732,000 for 2024 (document C/114/7). The assessed "
                     "contributions shown in the annex are obtained by applying the IOM rate of each "
                     "Member State to that amount. Table 1 shows how the Member States are distributed "
                     "among bands of assessment rates.")]),
    ("table1",),
    ("p", 13, [("t", "In 2025, the %d Member States assessed at 1 per cent or more will together bear "
                     "%s per cent of the Administrative Part of the Budget, while the %d Member States "
                     "assessed at less than 0.01 per cent will contribute %s per cent of it."
                     % (n_top, pct2(shr_top), n_low, pct2(shr_low)))]),
    ("p", 14, [("t", "Since the General Assembly is not expected to adopt the United Nations scale for "
                     "2025-2027 before the Council meets in November 2024, the Administration proposes "
                     "that the scale for 2025 remain based on the scale for 2022-2024 and that the new "
                     "United Nations rates be reflected in the IOM scale as from 2026.")]),
    ("p", 15, [("t", "Assessed contributions for 2025 are due in full on 1 January 2025. Member States "
                     "are encouraged to pay their contributions promptly, and those with outstanding "
                     "contributions from previous years to settle them or to agree on a payment plan "
                     "with the Administration."), ("fn", 4)]),
    ("h", "Action requested of the Standing Committee"),
    ("p", 16, [("t", "The Standing Committee is invited to take note of the method set out in this "
                     "document and to recommend to the Council that it approve the scale of assessment "
                     "for 2025 as set out in the annex.")]),
]

TABLE_NOTES = [
    ("a", "Admitted by the Council at its 114th Session (Resolutions Nos. 1404 and 1405 of "
          "29 November 2023); contributions for 2024 assessed pro rata temporis (see paragraph 10)."),
    ("b", "Not a Member of the United Nations; assessed at the IOM minimum rate of 0.00100 per cent."),
    ("c", "At the ceiling of 22 per cent of the United Nations scale, which is also applied in the IOM "
          "scale."),
]

# ---------------------------------------------------------------- layout
LM, RM, TOP = 25, 20, 15
FONT = "helvetica"
LH = 5.6           # body line height
FN_LH = 4.1        # footnote line height
BASE_BOTTOM = 18


class Doc(FPDF):
    def __init__(self, reserve):
        super().__init__(format="A4", unit="mm")
        self.reserve = reserve          # page -> mm reserved for footnotes (from previous pass)
        self.fns = {}                   # page -> [footnote numbers]
        self.in_annex = False
        self.annex_page = 0
        self.set_margins(LM, TOP, RM)
        self.set_auto_page_break(True, BASE_BOTTOM)

    def header(self):
        self.set_auto_page_break(True, BASE_BOTTOM + self.reserve.get(self.page, 0))
        if self.page == 1:
            return
        self.set_font(FONT, "", 10)
        self.set_xy(LM, 12)
        self.cell(self.w - LM - RM, 4.5, SYMBOL, align="R", new_x="LMARGIN", new_y="NEXT")
        if self.in_annex:
            self.annex_page += 1
            self.cell(self.w - LM - RM, 4.5, "Annex", align="R", new_x="LMARGIN", new_y="NEXT")
            self.cell(self.w - LM - RM, 4.5, "Page %d" % self.annex_page, align="R",
                      new_x="LMARGIN", new_y="NEXT")
        else:
            self.cell(self.w - LM - RM, 4.5, "Page %d" % self.page, align="R",
                      new_x="LMARGIN", new_y="NEXT")
        self.set_y(self.get_y() + (4 if self.in_annex else 8))

    def footer(self):
        nums = self.fns.get(self.page, [])
        if not nums:
            return
        self.set_font(FONT, "", 9)
        lines = sum(self.fn_lines(n) for n in nums)
        y = self.h - BASE_BOTTOM - lines * FN_LH - 3
        self.set_xy(LM, y - 4)
        self.cell(0, 4, "_" * 18)
        self.set_y(y + 0.5)
        for n in nums:
            self.set_x(LM)
            self.char_vpos = "SUP"
            self.set_font(FONT, "", 9)
            self.cell(4, FN_LH, str(n))
            self.char_vpos = "LINE"
            self.multi_cell(self.w - LM - RM - 4, FN_LH, FOOTNOTES[n], align="L",
                            new_x="LMARGIN", new_y="NEXT")

    def fn_lines(self, n):
        self.set_font(FONT, "", 9)
        return len(self.multi_cell(self.w - LM - RM - 4, FN_LH, FOOTNOTES[n], dry_run=True,
                                   output="LINES"))

    def segments(self, segs, size=11):
        for kind, val in segs:
            if kind == "t":
                self.set_font(FONT, "", size)
                self.write(LH, val)
            else:
                self.fns.setdefault(self.page, []).append(val)
                self.set_font(FONT, "", size)
                self.char_vpos = "SUP"
                self.write(LH, str(val))
                self.char_vpos = "LINE"
                self.set_font(FONT, "", size)


def build(reserve):
    pdf = Doc(reserve)
    pdf.set_title("Scale of assessment for 2025")
    pdf.set_author("International Organization for Migration")
    pdf.add_page()
    width = pdf.w - LM - RM
    # cover block
    pdf.set_font(FONT, "B", 12)
    pdf.set_xy(LM, 18)
    pdf.cell(width, 6, SYMBOL, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT, "", 11)
    pdf.cell(width, 5.5, "Original: English", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(width, 5.5, "13 May 2024", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(14)
    pdf.set_font(FONT, "B", 11)
    pdf.cell(width, 6, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT, "", 11)
    pdf.cell(width, 6, "Thirty-fourth Session", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(14)
    pdf.set_font(FONT, "B", 12)
    pdf.cell(width, 6, "SCALE OF ASSESSMENT FOR 2025", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(12)

    for block in BODY:
        kind = block[0]
        if kind == "h":
            if pdf.get_y() > pdf.page_break_trigger - 25:
                pdf.add_page()
            pdf.ln(2)
            pdf.set_font(FONT, "B", 11)
            pdf.cell(width, LH, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "p":
            if pdf.get_y() > pdf.page_break_trigger - 2 * LH:
                pdf.add_page()
            pdf.set_font(FONT, "", 11)
            pdf.set_x(LM)
            y0 = pdf.get_y()
            pdf.cell(12, LH, "%d." % block[1])
            pdf.set_xy(LM + 12, y0)
            pdf.segments(block[2])
            pdf.ln(LH)
            pdf.ln(3)
        elif kind == "i":
            if pdf.get_y() > pdf.page_break_trigger - 2 * LH:
                pdf.add_page()
            pdf.set_font(FONT, "", 11)
            y0 = pdf.get_y()
            pdf.set_x(LM + 12)
            pdf.cell(10, LH, block[1])
            pdf.set_left_margin(LM + 22)
            pdf.set_xy(LM + 22, y0)
            pdf.segments(block[2])
            pdf.ln(LH)
            pdf.set_left_margin(LM)
            pdf.ln(3)
        elif kind == "table1":
            draw_table1(pdf, width)

    # annex
    pdf.in_annex = True
    pdf.add_page()
    draw_annex(pdf, width)
    return pdf


def draw_table1(pdf, width):
    rows_h = 5.2
    need = 3 * rows_h + 6 * rows_h + 12
    if pdf.get_y() + need > pdf.page_break_trigger:
        pdf.add_page()
    pdf.ln(1)
    pdf.set_font(FONT, "B", 10)
    pdf.cell(width, 5, "Table 1. Member States by band of IOM assessment rate, 2024 and 2025",
             align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    cw = [62, 26, 26, 26, 25]
    x0 = LM
    y = pdf.get_y()
    pdf.set_draw_color(0)
    pdf.line(x0, y, x0 + sum(cw), y)
    pdf.set_font(FONT, "B", 9)
    pdf.set_xy(x0, y + 1)
    pdf.cell(cw[0], rows_h, "IOM assessment rate")
    pdf.cell(cw[1] + cw[2], rows_h, "Number of Member States", align="C")
    pdf.cell(cw[3] + cw[4], rows_h, "Share of the scale (%)", align="C")
    pdf.set_xy(x0 + cw[0], y + 1 + rows_h)
    for i, lab in enumerate(["2024", "2025", "2024", "2025"]):
        pdf.cell(cw[i + 1], rows_h, lab, align="R")
    y = y + 2 + 2 * rows_h
    pdf.line(x0, y, x0 + sum(cw), y)
    pdf.set_font(FONT, "", 9)
    y += 1
    for (label, n24, s24_), (_, n25, s25_) in zip(B24, B25):
        pdf.set_xy(x0, y)
        pdf.cell(cw[0], rows_h, label)
        pdf.cell(cw[1], rows_h, str(n24), align="R")
        pdf.cell(cw[2], rows_h, str(n25), align="R")
        pdf.cell(cw[3], rows_h, pct2(s24_), align="R")
        pdf.cell(cw[4], rows_h, pct2(s25_), align="R")
        y += rows_h
    pdf.line(x0, y + 0.5, x0 + sum(cw), y + 0.5)
    y += 1
    pdf.set_font(FONT, "B", 9)
    pdf.set_xy(x0, y)
    pdf.cell(cw[0], rows_h, "Total")
    pdf.cell(cw[1], rows_h, str(sum(b[1] for b in B24)), align="R")
    pdf.cell(cw[2], rows_h, str(sum(b[1] for b in B25)), align="R")
    pdf.cell(cw[3], rows_h, "100.00", align="R")
    pdf.cell(cw[4], rows_h, "100.00", align="R")
    y += rows_h
    pdf.line(x0, y + 0.5, x0 + sum(cw), y + 0.5)
    pdf.set_xy(LM, y + 6)


AW = [73, 24, 24, 24, 25]   # annex column widths (sum 170 - 5 = 165)
ROW_H = 3.7


def annex_head(pdf):
    x0 = LM
    y = pdf.get_y()
    pdf.line(x0, y, x0 + sum(AW), y)
    pdf.set_font(FONT, "B", 8)
    heads = [["", "", "Member State"],
             ["United Nations", "scale 2022-2024", "(%)"],
             ["IOM scale", "2024", "(%)"],
             ["IOM scale", "2025", "(%)"],
             ["Assessed", "contribution 2025", "(CHF)"]]
    for line in range(3):
        pdf.set_xy(x0, y + 1 + line * 3.6)
        for i, h in enumerate(heads):
            pdf.cell(AW[i], 3.6, h[line], align="L" if i == 0 else "R")
    y = y + 2 + 3 * 3.6
    pdf.line(x0, y, x0 + sum(AW), y)
    pdf.set_xy(x0, y + 0.8)


def annex_row(pdf, name, un, r24, r25, c25, bold=False):
    x0 = LM
    y = pdf.get_y()
    pdf.set_font(FONT, "B" if bold else "", 8)
    pdf.set_xy(x0, y)
    pdf.cell(pdf.get_string_width(name) + 0.3, ROW_H, name)
    note = NOTES.get(name)
    if note:
        pdf.char_vpos = "SUP"
        pdf.cell(3, ROW_H, note)
        pdf.char_vpos = "LINE"
        pdf.set_font(FONT, "B" if bold else "", 8)
    pdf.set_xy(x0 + AW[0], y)
    for i, v in enumerate([un, r24, r25, c25]):
        pdf.cell(AW[i + 1], ROW_H, v, align="R")
    pdf.set_xy(x0, y + ROW_H)


def draw_annex(pdf, width):
    pdf.set_font(FONT, "B", 11)
    pdf.cell(width, 6, "ANNEX", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.cell(width, 6, "PROPOSED SCALE OF ASSESSMENT FOR 2025", align="C", new_x="LMARGIN",
             new_y="NEXT")
    pdf.ln(3)
    pdf.set_font(FONT, "", 9)
    pdf.cell(width, 5, "(Administrative Part of the Budget for 2025: CHF 68,411,000)", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_auto_page_break(False)
    annex_head(pdf)
    bottom = pdf.h - 14
    for name in NAMES:
        if pdf.get_y() + ROW_H > bottom:
            pdf.add_page()
            pdf.set_auto_page_break(False)
            annex_head(pdf)
        un = "-" if name not in UNR else "%.3f" % UNR[name]
        r24 = fr(R24[name]) if name in R24 else "-"
        annex_row(pdf, name, un, r24, fr(R25[name]), money(C25[name]))
    y = pdf.get_y() + 0.3
    pdf.line(LM, y, LM + sum(AW), y)
    pdf.set_y(y + 0.6)
    annex_row(pdf, "Total", "", "100.00000", "100.00000", money(ADMIN_2025), bold=True)
    y = pdf.get_y() + 0.3
    pdf.line(LM, y, LM + sum(AW), y)
    # table notes
    pdf.set_y(y + 3)
    pdf.set_font(FONT, "", 8)
    for letter, text in TABLE_NOTES:
        pdf.set_x(LM)
        pdf.char_vpos = "SUP"
        pdf.cell(4, 3.8, letter)
        pdf.char_vpos = "LINE"
        pdf.set_font(FONT, "", 8)
        pdf.multi_cell(sum(AW) - 4, 3.8, text, new_x="LMARGIN", new_y="NEXT")


def main():
    reserve = {}
    for _ in range(5):
        pdf = build(reserve)
        new = {}
        for page, nums in pdf.fns.items():
            new[page] = sum(pdf.fn_lines(n) for n in nums) * FN_LH + 8
        if new == reserve:
            break
        reserve = new
    pdf.output(OUT)
    print("pages", pdf.page, "fns", pdf.fns)
    print("S24 %.3f S25 %.3f F24 %.6f F25 %.6f" % (S24, S25, F24, F25))
    print("bands24", B24, "bands25", B25)


if __name__ == "__main__":
    main()
