"""Draws scale-of-assessment-2001c.pdf: IOM proposed scale of assessment for 2002 (MC/2046, 2001)."""
import os
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "scale-of-assessment-2001c.pdf")
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"

SYMBOL = "MC/2046"
TITLE = "PROPOSED SCALE OF ASSESSMENT FOR 2002"
MINIMUM = 0.035

# Member State, United Nations rate used for the 2001 IOM scale (2000 UN scale; None = not a
# Member in 2001), United Nations rate for 2001-2003.
STATES = [
    ("Albania", 0.003, 0.003),
    ("Algeria", 0.094, 0.086),
    ("Angola", 0.010, 0.010),
    ("Argentina", 1.103, 1.159),
    ("Armenia", 0.006, 0.002),
    ("Australia", 1.483, 1.636),
    ("Austria", 0.942, 0.947),
    ("Azerbaijan", None, 0.004),
    ("Bangladesh", 0.010, 0.010),
    ("Belgium", 1.103, 1.136),
    ("Belize", 0.001, 0.001),
    ("Benin", 0.002, 0.002),
    ("Bolivia", 0.007, 0.008),
    ("Bulgaria", 0.011, 0.013),
    ("Burkina Faso", 0.002, 0.002),
    ("Cambodia", 0.001, 0.002),
    ("Canada", 2.732, 2.573),
    ("Cape Verde", 0.002, 0.001),
    ("Chile", 0.136, 0.187),
    ("Colombia", 0.109, 0.201),
    ("Congo", 0.003, 0.001),
    ("Costa Rica", 0.016, 0.020),
    ("C\u00f4te d'Ivoire", 0.009, 0.009),
    ("Croatia", 0.030, 0.039),
    ("Cyprus", 0.034, 0.038),
    ("Czech Republic", 0.107, 0.203),
    ("Democratic Republic of the Congo", 0.007, 0.004),
    ("Denmark", 0.691, 0.749),
    ("Dominican Republic", 0.015, 0.023),
    ("Ecuador", 0.020, 0.025),
    ("Egypt", 0.065, 0.081),
    ("El Salvador", 0.012, 0.018),
    ("Finland", 0.543, 0.526),
    ("France", 6.545, 6.466),
    ("Gambia", 0.001, 0.001),
    ("Georgia", 0.007, 0.005),
    ("Germany", 9.857, 9.825),
    ("Greece", 0.351, 0.542),
    ("Guatemala", 0.018, 0.027),
    ("Guinea", 0.003, 0.003),
    ("Guinea-Bissau", 0.001, 0.001),
    ("Haiti", 0.002, 0.002),
    ("Honduras", 0.003, 0.004),
    ("Hungary", 0.120, 0.120),
    ("Iran (Islamic Republic of)", None, 0.237),
    ("Ireland", 0.224, 0.294),
    ("Israel", 0.350, 0.415),
    ("Italy", 5.437, 5.094),
    ("Japan", 20.573, 19.629),
    ("Jordan", 0.006, 0.008),
    ("Kenya", 0.007, 0.008),
    ("Kyrgyzstan", 0.006, 0.001),
    ("Latvia", 0.017, 0.010),
    ("Liberia", 0.002, 0.001),
    ("Lithuania", 0.015, 0.017),
    ("Luxembourg", 0.068, 0.080),
    ("Madagascar", 0.003, 0.003),
    ("Mali", 0.002, 0.002),
    ("Mexico", 0.995, 1.095),
    ("Morocco", 0.041, 0.044),
    ("Netherlands", 1.632, 1.738),
    ("New Zealand", 0.221, 0.241),
    ("Nicaragua", 0.001, 0.001),
    ("Nigeria", 0.032, 0.068),
    ("Norway", 0.610, 0.646),
    ("Pakistan", 0.059, 0.061),
    ("Panama", 0.013, 0.018),
    ("Paraguay", 0.014, 0.016),
    ("Peru", 0.099, 0.118),
    ("Philippines", 0.080, 0.100),
    ("Poland", 0.196, 0.318),
    ("Portugal", 0.431, 0.462),
    ("Republic of Korea", 1.006, 1.866),
    ("Romania", 0.056, 0.058),
    ("Rwanda", 0.001, 0.001),
    ("Senegal", 0.006, 0.005),
    ("Slovakia", 0.035, 0.043),
    ("Slovenia", 0.061, 0.081),
    ("South Africa", 0.366, 0.408),
    ("Sri Lanka", 0.012, 0.016),
    ("Sudan", 0.007, 0.006),
    ("Sweden", 1.079, 1.027),
    ("Switzerland", 1.215, 1.274),
    ("Tajikistan", 0.004, 0.001),
    ("Thailand", 0.170, 0.294),
    ("Uganda", 0.004, 0.005),
    ("Ukraine", 0.302, 0.053),
    ("United Kingdom", 5.092, 5.536),
    ("United Republic of Tanzania", 0.003, 0.004),
    ("United States of America", 25.000, 22.000),
    ("Uruguay", 0.048, 0.080),
    ("Venezuela", 0.160, 0.208),
    ("Yemen", 0.010, 0.007),
    ("Yugoslavia (Federal Republic of)", None, 0.020),
    ("Zambia", 0.002, 0.002),
    ("Zimbabwe", 0.009, 0.008),
]
STAR_STATE = "Yugoslavia (Federal Republic of)"


def build_scale(rates):
    """rates: dict name -> UN rate. Returns name -> IOM rate (3 decimals, total exactly 100.000)."""
    floor = set()
    while True:
        free = {n: r for n, r in rates.items() if n not in floor}
        share = 100.0 - MINIMUM * len(floor)
        tot = sum(free.values())
        new_floor = {n for n, r in free.items() if r / tot * share < MINIMUM}
        if not new_floor:
            break
        floor |= new_floor
    milli = {}
    for n in rates:
        if n in floor:
            milli[n] = int(round(MINIMUM * 1000))
        else:
            milli[n] = int(round(rates[n] / tot * share * 1000))
    diff = 100000 - sum(milli.values())
    biggest = max(milli, key=milli.get)
    milli[biggest] += diff
    return milli, floor


old_milli, old_floor = build_scale({n: a for n, a, b in STATES if a is not None})
new_milli, new_floor = build_scale({n: b for n, a, b in STATES})
assert sum(old_milli.values()) == 100000 and sum(new_milli.values()) == 100000


def pct(m):
    return "%d.%03d" % divmod(m, 1000)


N_MEMBERS = len(STATES)
N_MIN = len(new_floor)
USA_OLD = pct(old_milli["United States of America"])
USA_NEW = pct(new_milli["United States of America"])

FOOTNOTES_TEXT = {
    "1": "General Assembly resolution 55/5 B of 23 December 2000, on the scale of assessments "
         "for the apportionment of the expenses of the United Nations for the period 2001-2003.",
    "*": "Rate based on the United Nations rate established for the Federal Republic of Yugoslavia "
         "upon its admission to the United Nations on 1 November 2000.",
}


class Doc(FPDF):
    def __init__(self):
        super().__init__(format="A4", unit="mm")
        self.add_font("Serif", "", FONT_DIR + "DejaVuSerif.ttf")
        self.add_font("Serif", "B", FONT_DIR + "DejaVuSerif-Bold.ttf")
        self.add_font("Serif", "I", FONT_DIR + "DejaVuSerif-Italic.ttf")
        self.set_margins(25, 20, 25)
        self.set_auto_page_break(True, margin=32)
        self.notes = []  # (page, marker)

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("Serif", "", 10)
        self.set_y(12)
        self.cell(0, 4.5, SYMBOL, align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4.5, "Page %d" % (self.page_no() - 1), align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_y(30)

    def footer(self):
        here = [m for p, m in self.notes if p == self.page_no()]
        if here:
            self.set_font("Serif", "", 9)
            y = 297 - 30
            self.set_y(y)
            self.cell(0, 4, "_" * 15, new_x="LMARGIN", new_y="NEXT")
            for m in here:
                self.set_x(self.l_margin)
                self.set_font("Serif", "", 6.5)
                self.char_vpos = "SUP"
                self.cell(4, 4.5, m)
                self.char_vpos = "LINE"
                self.set_font("Serif", "", 9)
                left = self.l_margin
                self.set_left_margin(left + 4)
                self.multi_cell(0, 4.2, FOOTNOTES_TEXT[m], new_x="LMARGIN", new_y="NEXT")
                self.set_left_margin(left)
        if self.page_no() == 1:
            # trilingual cover footer
            self.set_font("Serif", "B", 11)
            self.set_y(297 - 18)
            w = (210 - 50) / 3
            self.set_x(25)
            self.cell(w, 6, "COUNCIL", align="L")
            self.cell(w, 6, "CONSEIL", align="C")
            self.cell(w, 6, "CONSEJO", align="R")

    # --- text helpers -------------------------------------------------------
    def marker(self, m, h):
        self.notes.append((self.page_no(), m))
        size = self.font_size_pt
        self.set_font(size=size * 0.7)
        self.char_vpos = "SUP"
        self.write(h, m)
        self.char_vpos = "LINE"
        self.set_font(size=size)

    def heading(self, text):
        if self.get_y() > 297 - 32 - 25:
            self.add_page()
        self.ln(2)
        self.set_font("Serif", "B", 11)
        self.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(3)
        self.set_font("Serif", "", 11)

    def para(self, num, parts, h=5.6):
        """parts: list of str or ('note', marker)."""
        self.set_font("Serif", "", 11)
        self.set_x(self.l_margin)
        self.cell(12, h, "%d." % num)
        for p in parts:
            if isinstance(p, tuple):
                self.marker(p[1], h)
            else:
                self.write(h, p)
        self.ln(h)
        self.ln(3.5)

    def item(self, label, text, h=5.6):
        left = self.l_margin
        self.set_left_margin(left + 22)
        self.set_x(left + 12)
        self.cell(10, h, label)
        self.write(h, text)
        self.ln(h)
        self.ln(2.5)
        self.set_left_margin(left)


pdf = Doc()

# ---------------------------------------------------------------- cover
pdf.add_page()
pdf.set_font("Serif", "", 11)
pdf.set_y(24)
pdf.set_font("Serif", "B", 12)
pdf.cell(0, 6, SYMBOL, align="R", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Serif", "", 11)
pdf.ln(4)
pdf.cell(0, 6, "Original: English", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.cell(0, 6, "10 October 2001", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(30)
pdf.set_font("Serif", "B", 12)
pdf.cell(0, 6, "EIGHTY-SECOND SESSION", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("Serif", "", 11)
pdf.cell(0, 6, "_" * 62, align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(40)
pdf.set_font("Serif", "B", 14)
pdf.cell(0, 7, TITLE, align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_y(297 - 62)
pdf.set_font("Serif", "", 10)
pdf.cell(0, 5, "__________", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
pdf.multi_cell(0, 5, "This document is submitted to the Sub-Committee on Budget and Finance "
               "for its meeting on 24 October 2001.", new_x="LMARGIN", new_y="NEXT")

# ---------------------------------------------------------------- text
pdf.add_page()
pdf.set_font("Serif", "B", 11)
pdf.cell(0, 6, TITLE, align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)

pdf.heading("INTRODUCTION")
pdf.para(1, [
    "Under Article 25 of the Constitution, the administrative expenditure of the Organization is "
    "covered by contributions assessed on its Member States. This document presents the scale of "
    "assessment which the Administration proposes for 2002 and on which the contributions of "
    "Member States to the Administrative Part of the Programme and Budget for 2002 (document "
    "MC/2045) are to be calculated."])

pdf.heading("BASIS OF THE SCALE")
pdf.para(2, [
    "By Resolution No. 949 (LXXII) of 12 November 1996, the Council decided that, from 1997, the "
    "IOM scale of assessment would be fully equated with the scale of assessments of the United "
    "Nations. In December 2000 the General Assembly adopted a new United Nations scale for the "
    "years 2001 to 2003,", ("note", "1"),
    " lowering the maximum rate from 25 per cent to 22 per cent and revising the rates of many "
    "countries. As the IOM scale for 2001 had been approved before that decision, the scale now "
    "proposed for 2002 is the first to take the revised United Nations rates into account."])
pdf.para(3, ["The proposed scale has been established as follows:"])
pdf.item("(a)", "the United Nations rate of each Member State of IOM for 2002 was taken as the "
                "point of departure;")
pdf.item("(b)", "since the membership of IOM differs from that of the United Nations, these rates "
                "were adjusted proportionally so that together they amount to 100 per cent; and")
pdf.item("(c)", "the adjusted rates lower than the minimum referred to in paragraph 6 were raised "
                "to that minimum, the resulting difference being shared among the other Member "
                "States in proportion to their adjusted rates.")

pdf.heading("NEW MEMBER STATES")
pdf.para(4, [
    "At its Eighty-first (Special) Session, on 7 June 2001, the Council admitted Azerbaijan, the "
    "Islamic Republic of Iran and the Federal Republic of Yugoslavia as Members of the "
    "Organization (Resolutions Nos. 1031, 1032 and 1033 (LXXXI)). These States are included in the "
    "scale for the first time, which brings the number of Member States assessed for 2002 to %d."
    % N_MEMBERS])
pdf.para(5, [
    "Should further States be admitted to membership after the present scale has been approved, "
    "they would be assessed for 2002 on the same basis. Their contributions would be recorded as "
    "miscellaneous income for the year, and the rates of the other Member States would remain "
    "unchanged until the next scale is established."])

pdf.heading("MINIMUM RATE")
pdf.para(6, [
    "No change is proposed to the minimum rate of assessment, which stays at 0.035 per cent, the "
    "level applied since 1997. For 2002, %d Member States whose adjusted United Nations rate "
    "would be lower are assessed at this minimum rate." % N_MIN])
pdf.para(7, [
    "Taken together, the new United Nations scale and the enlarged membership lead to small "
    "changes in the rates of most Member States when compared with the scale for 2001 "
    "(MC/2012). The rate of the largest contributor moves from %s to %s per cent, while several "
    "Member States whose share of the world economy has grown see their rates rise." %
    (USA_OLD, USA_NEW)])

pdf.heading("RECOMMENDATION")
pdf.para(8, [
    "The Sub-Committee on Budget and Finance is invited to examine the proposed scale of "
    "assessment for 2002 shown in the table below and to recommend it to the Council for "
    "approval at its Eighty-second Session."])

# ---------------------------------------------------------------- table
CAPTION = "Scale of assessment for 2001 and proposed scale for 2002 (in percentages)"
W_NAME, W_COL = 90, 35
X0 = pdf.l_margin + (210 - 50 - W_NAME - 2 * W_COL) / 2
ROW_H = 4.9
LIMIT = 297 - 32


def table_head():
    pdf.set_font("Serif", "B", 10)
    y = pdf.get_y()
    pdf.line(X0, y, X0 + W_NAME + 2 * W_COL, y)
    pdf.set_xy(X0, y + 1)
    pdf.cell(W_NAME, 5, "Member States", align="L")
    pdf.cell(W_COL, 5, "2001", align="R")
    pdf.cell(W_COL, 5, "2002", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(X0)
    pdf.cell(W_NAME, 5, "")
    pdf.cell(W_COL, 5, "scale", align="R")
    pdf.cell(W_COL, 5, "proposed scale", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(X0)
    pdf.cell(W_NAME, 5, "")
    pdf.cell(W_COL, 5, "%", align="R")
    pdf.cell(W_COL, 5, "%", align="R", new_x="LMARGIN", new_y="NEXT")
    y = pdf.get_y() + 1
    pdf.line(X0, y, X0 + W_NAME + 2 * W_COL, y)
    pdf.set_y(y + 1.5)
    pdf.set_font("Serif", "", 10)


pdf.set_auto_page_break(False)
if pdf.get_y() > LIMIT - 40:
    pdf.add_page()
pdf.ln(4)
pdf.set_font("Serif", "B", 11)
pdf.cell(0, 6, CAPTION, align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
table_head()
for name, a, b in STATES:
    if pdf.get_y() + ROW_H > LIMIT:
        pdf.add_page()
        table_head()
    pdf.set_x(X0)
    if name == STAR_STATE:
        pdf.cell(pdf.get_string_width(name), ROW_H, name)
        pdf.notes.append((pdf.page_no(), "*"))
        pdf.set_font("Serif", "", 7)
        pdf.char_vpos = "SUP"
        w = pdf.get_string_width("*") + 1
        pdf.cell(w, ROW_H, "*")
        pdf.char_vpos = "LINE"
        pdf.set_font("Serif", "", 10)
        pdf.cell(W_NAME - pdf.get_string_width(name) - w, ROW_H, "")
    else:
        pdf.cell(W_NAME, ROW_H, name)
    pdf.cell(W_COL, ROW_H, pct(old_milli[name]) if a is not None else "-", align="R")
    pdf.cell(W_COL, ROW_H, pct(new_milli[name]), align="R", new_x="LMARGIN", new_y="NEXT")
if pdf.get_y() + ROW_H + 3 > LIMIT:
    pdf.add_page()
    table_head()
y = pdf.get_y() + 1
pdf.line(X0, y, X0 + W_NAME + 2 * W_COL, y)
pdf.set_xy(X0, y + 1)
pdf.set_font("Serif", "B", 10)
pdf.cell(W_NAME, ROW_H, "Total")
pdf.cell(W_COL, ROW_H, pct(sum(old_milli.values())), align="R")
pdf.cell(W_COL, ROW_H, pct(sum(new_milli.values())), align="R", new_x="LMARGIN", new_y="NEXT")
y = pdf.get_y() + 1
pdf.line(X0, y, X0 + W_NAME + 2 * W_COL, y)
pdf.line(X0, y + 0.6, X0 + W_NAME + 2 * W_COL, y + 0.6)

pdf.output(OUT)
print("pages", pdf.page_no(), "members", N_MEMBERS, "at minimum", N_MIN, "USA", USA_OLD, USA_NEW)
print("old sum", pct(sum(old_milli.values())), "new sum", pct(sum(new_milli.values())))
