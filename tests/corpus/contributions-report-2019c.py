"""Draws contributions-report-2019c.pdf: an invented SCPF status report on outstanding
contributions (S/24/3, 2019), laid out in the IOM manner, with fpdf2."""
import os
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "contributions-report-2019c.pdf")
FONTDIR = "/usr/share/fonts/truetype/dejavu"

SYMBOL = "S/24/3"
TITLE_LINES = ["STATUS REPORT ON OUTSTANDING CONTRIBUTIONS TO THE",
               "ADMINISTRATIVE PART OF THE BUDGET"]

LEFT, RIGHT, PAGE_W, PAGE_H = 20.0, 20.0, 210.0, 297.0
TEXT_W = PAGE_W - LEFT - RIGHT
BODY_BOTTOM = 277.0

# ---------------------------------------------------------------------------
# Annex data: Member State, payment plan in force, outstanding by year of
# assessment [2014 and earlier, 2015, 2016, 2017, 2018] (Swiss francs)
ANNEX = [
    ("Afghanistan", False, [0, 0, 0, 0, 2991]),
    ("Angola", False, [0, 0, 24333, 24685, 24808]),
    ("Antigua and Barbuda", False, [0, 0, 0, 5344, 5417]),
    ("Argentina", False, [0, 0, 0, 0, 191185]),
    ("Bangladesh", False, [0, 0, 0, 0, 15344]),
    ("Belize", False, [0, 2206, 5312, 5372, 5447]),
    ("Benin", False, [0, 0, 0, 5336, 5425]),
    ("Bolivia (Plurinational State of)", False, [0, 0, 0, 0, 62332]),
    ("Burkina Faso", False, [0, 0, 0, 0, 5396]),
    ("Burundi", False, [20381, 5213, 5284, 5385, 5453]),
    ("Cabo Verde", False, [0, 0, 0, 0, 3870]),
    ("Cameroon", False, [0, 0, 0, 37073, 53149]),
    ("Central African Republic", True, [24678, 5223, 5297, 5353, 5427]),
    ("Chad", False, [0, 0, 1723, 5378, 5423]),
    ("Comoros", True, [21620, 5236, 5273, 5325, 5443]),
    ("Congo", False, [7536, 10327, 10574, 10552, 10762]),
    ("Côte d'Ivoire", False, [0, 0, 0, 0, 48409]),
    ("Democratic Republic of the Congo", True, [86951, 15486, 15820, 16027, 16085]),
    ("Djibouti", False, [0, 0, 2341, 5339, 5381]),
    ("Dominica", False, [0, 1148, 5307, 5332, 5391]),
    ("Ecuador", False, [0, 0, 0, 0, 137701]),
    ("El Salvador", False, [0, 0, 0, 0, 20123]),
    ("Gambia", False, [0, 0, 0, 3866, 5407]),
    ("Guinea", False, [0, 5190, 5315, 5323, 5424]),
    ("Guinea-Bissau", True, [22837, 5227, 5321, 5349, 5450]),
    ("Guyana", False, [0, 0, 0, 0, 1686]),
    ("Haiti", False, [0, 0, 0, 1593, 5440]),
    ("Honduras", False, [0, 0, 0, 0, 16789]),
    ("Iraq", False, [0, 0, 0, 218131, 220619]),
    ("Kyrgyzstan", False, [0, 0, 0, 0, 3324]),
    ("Liberia", True, [25851, 5229, 5343, 5355, 5450]),
    ("Libya", False, [52472, 207249, 211422, 214380, 215736]),
    ("Madagascar", False, [0, 0, 0, 10652, 10778]),
    ("Mali", False, [0, 0, 0, 0, 8579]),
    ("Mauritania", False, [0, 0, 5298, 5321, 5412]),
    ("Mongolia", False, [0, 0, 0, 0, 8170]),
    ("Mozambique", False, [0, 0, 0, 10591, 10771]),
    ("Nicaragua", False, [0, 0, 0, 0, 10731]),
    ("Niger", False, [0, 0, 5329, 5367, 5418]),
    ("Paraguay", False, [0, 0, 0, 0, 33250]),
    ("Peru", False, [0, 0, 0, 0, 104530]),
    ("Sao Tome and Principe", False, [7388, 5178, 5286, 5382, 5385]),
    ("Senegal", False, [0, 0, 0, 0, 5369]),
    ("Sierra Leone", False, [0, 0, 5345, 5360, 5416]),
    ("Somalia", True, [35643, 5200, 5336, 5382, 5411]),
    ("South Sudan", False, [0, 0, 2833, 8594, 8678]),
    ("Sudan", False, [0, 7247, 21245, 21291, 21543]),
    ("Tajikistan", False, [0, 0, 0, 6463, 8594]),
    ("Togo", False, [0, 0, 0, 5339, 5430]),
    ("Uganda", False, [0, 0, 0, 0, 5518]),
    ("Venezuela (Bolivarian Republic of)", False, [0, 324417, 327912, 333648, 334491]),
    ("Yemen", False, [44218, 26144, 26581, 26949, 27049]),
    ("Zambia", False, [0, 0, 0, 0, 21625]),
    ("Zimbabwe", False, [0, 0, 0, 4560, 10786]),
]
YEAR_LABELS = ["2014 and earlier", "2015", "2016", "2017", "2018"]

# Outstanding at 30 April 2019 by year = column totals of the Annex
OUT_APR = [sum(r[2][i] for r in ANNEX) for i in range(5)]
# Payments received between 1 January and 30 April 2019, by year of assessment
RECEIVED = [18400, 22316, 41052, 163880, 5963417]
OUT_JAN = [a + b for a, b in zip(OUT_APR, RECEIVED)]
TOTAL_APR = sum(OUT_APR)
PCT = [round(100.0 * v / TOTAL_APR, 1) for v in OUT_APR]
assert abs(sum(PCT) - 100.0) < 1e-9, PCT
assert len(ANNEX) == 54


def fmt(n):
    return "-" if n == 0 else f"{n:,}"


# The figures quoted in the text are checked against the tables
assert sum(OUT_JAN) == 10743008, sum(OUT_JAN)
assert sum(RECEIVED) == 6209065, sum(RECEIVED)
assert TOTAL_APR == 4533943, TOTAL_APR
assert OUT_APR[4] == 1789221 and TOTAL_APR - OUT_APR[4] == 2744722
assert PCT[4] == 39.5, PCT


class Doc(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("Sans", "", 9.5)
        self.set_xy(LEFT, 10)
        self.cell(TEXT_W, 4.5, SYMBOL, align="R")
        self.set_xy(LEFT, 14.5)
        self.cell(TEXT_W, 4.5, f"Page {self.page_no() - 1}", align="R")


pdf = Doc(orientation="P", unit="mm", format="A4")
pdf.set_title("Status report on outstanding contributions to the Administrative Part of the Budget")
pdf.set_author("International Organization for Migration")
pdf.add_font("Sans", "", os.path.join(FONTDIR, "DejaVuSans.ttf"))
pdf.add_font("Sans", "B", os.path.join(FONTDIR, "DejaVuSans-Bold.ttf"))
pdf.add_font("Sans", "I", os.path.join(FONTDIR, "DejaVuSans-Oblique.ttf"))
pdf.add_font("Cond", "", os.path.join(FONTDIR, "DejaVuSansCondensed.ttf"))
pdf.add_font("Cond", "B", os.path.join(FONTDIR, "DejaVuSansCondensed-Bold.ttf"))
pdf.set_auto_page_break(False)
pdf.set_margins(LEFT, 15, RIGHT)

LH = 5.0          # body line height
FS = 10.0         # body font size


def heading(num, text):
    pdf.ln(2.5)
    pdf.set_font("Sans", "B", FS)
    pdf.set_x(LEFT)
    pdf.cell(12, LH, num + ".")
    pdf.cell(TEXT_W - 12, LH, text)
    pdf.ln(LH + 3)


def write_segments(segments):
    """segments: str (plain), ("i", text) italic, ("sup", marker) raised note mark."""
    for seg in segments:
        if isinstance(seg, str):
            pdf.set_font("Sans", "", FS)
            pdf.write(LH, seg)
        elif seg[0] == "i":
            pdf.set_font("Sans", "I", FS)
            pdf.write(LH, seg[1])
        elif seg[0] == "sup":
            pdf.set_font("Sans", "", FS)
            pdf.char_vpos = "SUP"
            pdf.write(LH, seg[1])
            pdf.char_vpos = "LINE"
            pdf.set_font("Sans", "", FS)


def para(num, *segments):
    pdf.set_font("Sans", "", FS)
    pdf.set_x(LEFT)
    pdf.write(LH, f"{num}.")
    pdf.set_x(LEFT + 12)
    write_segments(segments)
    pdf.ln(LH + 3)
    assert pdf.get_y() < BODY_BOTTOM, (num, pdf.get_y())


def item(label, *segments):
    pdf.set_font("Sans", "", FS)
    pdf.set_x(LEFT + 12)
    pdf.write(LH, label)
    old = pdf.l_margin
    pdf.set_left_margin(LEFT + 22)
    pdf.set_x(LEFT + 22)
    write_segments(segments)
    pdf.set_left_margin(old)
    pdf.ln(LH + 2.5)


def footnotes(notes):
    """notes: list of (marker, text); drawn at the foot of the current page."""
    fsz, flh = 8.5, 4.0
    pdf.set_font("Sans", "", fsz)
    lines = 0
    for _, text in notes:
        lines += len(pdf.multi_cell(TEXT_W - 6, flh, text, dry_run=True, output="LINES"))
    height = lines * flh + (len(notes) - 1) * 1.0
    top = PAGE_H - 18 - height
    assert pdf.get_y() < top - 4, ("footnote clash", pdf.get_y(), top)
    pdf.set_draw_color(0)
    pdf.set_line_width(0.2)
    pdf.line(LEFT, top - 2.5, LEFT + 50, top - 2.5)
    y = top
    for marker, text in notes:
        pdf.set_xy(LEFT, y)
        pdf.set_font("Sans", "", fsz)
        pdf.char_vpos = "SUP"
        pdf.cell(6, flh, marker)
        pdf.char_vpos = "LINE"
        pdf.set_font("Sans", "", fsz)
        pdf.set_xy(LEFT + 6, y)
        pdf.multi_cell(TEXT_W - 6, flh, text, align="L")
        y = pdf.get_y() + 1.0


# ---------------------------------------------------------------------------
# Cover page
pdf.add_page()
pdf.set_font("Sans", "B", 10.5)
pdf.set_xy(LEFT, 16)
pdf.cell(TEXT_W, 5, SYMBOL, align="R")
pdf.set_font("Sans", "", 10)
pdf.set_xy(LEFT, 23)
pdf.cell(TEXT_W, 5, "Original: English", align="R")
pdf.set_xy(LEFT, 28)
pdf.cell(TEXT_W, 5, "13 May 2019", align="R")

pdf.set_font("Sans", "B", 11)
pdf.set_xy(LEFT, 58)
pdf.cell(TEXT_W, 6, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE", align="C")
pdf.set_font("Sans", "", 11)
pdf.set_xy(LEFT, 65)
pdf.cell(TEXT_W, 6, "Twenty-fourth Session", align="C")
pdf.set_font("Sans", "", 10.5)
pdf.set_xy(LEFT, 72)
pdf.cell(TEXT_W, 6, "26-27 June 2019", align="C")

pdf.set_font("Sans", "B", 12)
y = 118
for line in TITLE_LINES:
    pdf.set_xy(LEFT, y)
    pdf.cell(TEXT_W, 7, line, align="C")
    y += 7

# ---------------------------------------------------------------------------
# Body, page 1
pdf.add_page()
pdf.set_font("Sans", "B", 10.5)
y = 28
for line in TITLE_LINES:
    pdf.set_xy(LEFT, y)
    pdf.cell(TEXT_W, 5.5, line, align="C")
    y += 5.5
pdf.set_xy(LEFT, y + 4)

heading("I", "INTRODUCTION")
para(1, "This document sets out the position of the assessed contributions to the "
        "Administrative Part of the Budget that remained unpaid as at 30 April 2019. It "
        "brings up to date the information given to the Standing Committee at its "
        "Twenty-third Session in document S/23/3 and covers contributions assessed for "
        "2018 and earlier years; the situation of the 2019 assessments is described in "
        "paragraph 6.")
para(2, "The Administrative Part of the Budget is financed entirely from assessed "
        "contributions, and the Organization cannot meet its core structural costs unless "
        "Member States pay in full and on time. A Member State whose arrears equal or "
        "exceed the contributions due from it for the preceding two full years has no "
        "right to vote, in accordance with Article 4 of the IOM Constitution.",
        ("sup", "1"),
        " The Administration therefore reports to the Standing Committee twice a year on "
        "the amounts outstanding.")

heading("II", "STATUS OF CONTRIBUTIONS")
para(3, "On 1 January 2019, assessed contributions outstanding for 2018 and prior years "
        "stood at CHF 10,743,008. Payments of CHF 6,209,065 were received from 41 Member "
        "States between 1 January and 30 April 2019, bringing the amount outstanding down "
        "to CHF 4,533,943 as at 30 April 2019. The table below gives the breakdown by year "
        "of assessment.")

# --- Table 1 ---------------------------------------------------------------
pdf.ln(1)
pdf.set_font("Sans", "B", 9.5)
pdf.set_x(LEFT)
pdf.cell(TEXT_W, 5, "Outstanding assessed contributions by year of assessment (in Swiss francs)",
         align="C")
pdf.ln(7)

cw = [38.0, 33.0, 33.0, 33.0, 33.0]
heads = ["Year of assessment", "Outstanding at\n1 January 2019",
         "Received\n1 January to\n30 April 2019", "Outstanding at\n30 April 2019",
         "Per cent of total\noutstanding at\n30 April 2019"]
pdf.set_line_width(0.2)
x0, y0 = LEFT, pdf.get_y()
hh = 14.0
pdf.set_font("Sans", "B", 8.5)
x = x0
for w, h in zip(cw, heads):
    pdf.rect(x, y0, w, hh)
    n = h.count("\n") + 1
    pdf.set_xy(x + 1, y0 + (hh - n * 3.8) / 2)
    pdf.multi_cell(w - 2, 3.8, h, align="L" if w == cw[0] else "C")
    x += w
y = y0 + hh
rh = 5.6
rows = [(YEAR_LABELS[i], OUT_JAN[i], RECEIVED[i], OUT_APR[i], f"{PCT[i]:.1f}") for i in range(5)]
rows.append(("Total", sum(OUT_JAN), sum(RECEIVED), TOTAL_APR, "100.0"))
for r in rows:
    bold = r[0] == "Total"
    pdf.set_font("Sans", "B" if bold else "", 9)
    x = x0
    for j, (w, v) in enumerate(zip(cw, r)):
        pdf.set_xy(x, y)
        txt = v if isinstance(v, str) else fmt(v)
        pdf.cell(w, rh, txt if j == 0 else txt + " ", border=1,
                 align="L" if j == 0 else "R")
        x += w
    y += rh
pdf.set_xy(LEFT, y + 5)

para(4, "Contributions assessed for 2018 account for CHF 1,789,221, or 39.5 per cent of "
        "the amount outstanding at 30 April 2019; experience shows that a good part of this "
        "amount is usually settled before the middle of the year. The balance of "
        "CHF 2,744,722 relates to 2017 and earlier years and is owed by a smaller number of "
        "Member States, some of which have been in arrears for many years.")

footnotes([("1", "Under the same Article, the Council may nevertheless allow such a Member "
                  "State to vote if it is satisfied that the failure to pay is due to "
                  "conditions beyond the control of the Member State concerned.")])

# ---------------------------------------------------------------------------
# Body, page 2
pdf.add_page()
pdf.set_xy(LEFT, 28)
para(5, "As at 30 April 2019, 54 Member States had contributions outstanding for 2018 or "
        "earlier years; the amounts owed by each of them, year by year, are listed in the "
        "Annex. Of these, 23 Member States had arrears equal to or exceeding the "
        "contributions due from them for 2017 and 2018 and were therefore subject to "
        "Article 4 of the Constitution. That number does not include the Member States with "
        "a payment plan in force (see paragraph 8).")
para(6, "Contributions assessed for 2019 amount to CHF 52,242,000. By 30 April 2019, "
        "CHF 24,905,716 had been received, that is 47.7 per cent of the total, as against "
        "45.2 per cent at the same point in 2018.")
para(7, "The Administration keeps in regular contact with the permanent missions in Geneva "
        "and, where necessary, with the capitals of the Member States concerned, to remind "
        "them of the amounts due and to look for ways of settling them. Member States that "
        "face difficulties in paying are invited to approach the Administration at an early "
        "stage.")

heading("III", "PAYMENT PLANS")
para(8, "Under Council Resolution No. 1150 of 7 June 2007, a Member State in arrears may "
        "agree with the Administration on a plan to pay off its outstanding contributions in "
        "annual instalments over a period of up to ten years, provided that it pays its "
        "contribution for the current year in full. Payment plans are currently in force "
        "for six Member States, which are marked with an asterisk in the Annex.")
para(9, "Three of those Member States paid the instalments falling due under their plans "
        "during the period under review, and one paid part of its instalment. No payment has "
        "yet been received from the other two. A plan whose instalments are not paid for two "
        "consecutive years is considered to have lapsed, and the Member State concerned is "
        "then again subject to Article 4 of the Constitution.",
        ("sup", "2"))
para(10, "The Administration is ready to discuss payment plans with any Member State in "
         "arrears and welcomes proposals from the Member States concerned.")

heading("IV", "ACTION REQUESTED OF THE STANDING COMMITTEE")
para(11, "The Standing Committee is invited to:")
pdf.set_y(pdf.get_y() - 1.5)
item("(a)", "take note of the status of outstanding contributions to the Administrative "
            "Part of the Budget as at 30 April 2019; and")
item("(b)", "urge Member States with outstanding contributions, in particular those subject "
            "to Article 4 of the Constitution, to pay their arrears in full without delay or "
            "to agree on a payment plan with the Administration and honour it.")
assert pdf.get_y() < BODY_BOTTOM - 20

footnotes([("2", "The conditions under which a payment plan lapses are set out in document "
                  "S/22/3, paragraphs 12 to 14, and were confirmed by the Council in "
                  "Resolution No. 1372 of 27 November 2018.")])

# ---------------------------------------------------------------------------
# Annex
ACW = [56.0, 19.0, 19.0, 19.0, 19.0, 19.0, 19.0]
AHEAD = ["Member State", "2014 and\nearlier", "2015", "2016", "2017", "2018", "Total"]
ARH = 5.3
AHH = 9.0


def annex_head(y):
    pdf.set_font("Cond", "B", 8.5)
    x = LEFT
    for w, h in zip(ACW, AHEAD):
        pdf.rect(x, y, w, AHH)
        n = h.count("\n") + 1
        pdf.set_xy(x + 1, y + (AHH - n * 3.6) / 2)
        pdf.multi_cell(w - 2, 3.6, h, align="L" if w == ACW[0] else "C")
        x += w
    return y + AHH


def annex_row(y, cells, bold=False):
    pdf.set_font("Cond", "B" if bold else "", 8.5)
    x = LEFT
    for j, (w, v) in enumerate(zip(ACW, cells)):
        pdf.set_xy(x, y)
        pdf.cell(w, ARH, (" " + v) if j == 0 else (v + " "), border=1,
                 align="L" if j == 0 else "R")
        x += w
    return y + ARH


pdf.add_page()
pdf.set_font("Sans", "B", 11)
pdf.set_xy(LEFT, 27)
pdf.cell(TEXT_W, 6, "Annex", align="C")
pdf.set_font("Sans", "B", 10)
pdf.set_xy(LEFT, 36)
pdf.cell(TEXT_W, 5.5, "MEMBER STATES WITH CONTRIBUTIONS OUTSTANDING TO THE ADMINISTRATIVE",
         align="C")
pdf.set_xy(LEFT, 41.5)
pdf.cell(TEXT_W, 5.5, "PART OF THE BUDGET AS AT 30 APRIL 2019", align="C")
pdf.set_font("Sans", "", 9.5)
pdf.set_xy(LEFT, 49)
pdf.cell(TEXT_W, 5, "(in Swiss francs)", align="C")

y = annex_head(57)
FIRST_PAGE_ROWS = 40
for i, (name, plan, vals) in enumerate(ANNEX):
    if i == FIRST_PAGE_ROWS:
        assert y <= BODY_BOTTOM + 2, y
        pdf.add_page()
        y = annex_head(28)
    label = name + ("*" if plan else "")
    y = annex_row(y, [label] + [fmt(v) for v in vals] + [fmt(sum(vals))])
tot = OUT_APR + [TOTAL_APR]
y = annex_row(y, ["Total"] + [fmt(v) for v in tot], bold=True)
pdf.set_font("Sans", "", 8.5)
pdf.set_xy(LEFT, y + 2.5)
pdf.cell(TEXT_W, 4.5, "* Member State with a payment plan in force (see paragraphs 8 and 9).")

pdf.output(OUT)
print("written", OUT, "pages:", pdf.page_no())
