"""Draw info-note-2017d.pdf: an IOM Council information note (C/108/INF/3, November 2017) with fpdf2."""
import os
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "info-note-2017d.pdf")
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"

SYMBOL = "C/108/INF/3"
TITLE_LINES = ["LABOUR MOBILITY AND SKILLS PARTNERSHIPS PROGRAMME:",
               "PROGRESS REPORT 2015\u20132017"]

PAGE_W, PAGE_H = 210.0, 297.0
LM, RM = 25.0, 20.0
TW = PAGE_W - LM - RM          # text width
BODY_TOP = 32.0
BODY_BOTTOM = PAGE_H - 22.0     # lowest baseline area (footnotes included)
FS = 10.5                       # body font size (pt)
LH = 5.2                        # body line height (mm)
SUP_FS = 6.8
FN_FS = 8.5
FN_LH = 4.0
NUM_IND = 12.0                  # indent of first line after paragraph number
BUL_X = LM + 12.0
BUL_TXT = LM + 19.0
CHECK = "\u2713"

# ---------------------------------------------------------------- content
# A paragraph text may contain {fn:N} which becomes a raised footnote marker glued to the preceding word.
FOOTNOTES = {
    1: "See document S/17/12, \u201cLabour Mobility and Skills Partnerships: Concept and Implementation "
       "Plan\u201d, 2 October 2015.",
    2: "The joint work on recruitment builds on the International Recruitment Integrity System (IRIS), "
       "presented to the Council in document C/106/INF/9.",
    3: "A summary of the evaluation was shared with Member States at informal consultations held on "
       "14 June 2017; the full report is available from the Administration on request.",
    4: "In line with the project-related overhead rate of 7 per cent set out in the Programme and Budget "
       "for 2017 (C/107/12).",
}

BODY = [
    ("heading", "I.", "INTRODUCTION"),
    ("para", 1, "The Labour Mobility and Skills Partnerships Programme (LMSP) was launched by the "
     "Administration in January 2015 to help Member States organize labour migration in a way that is "
     "safe, orderly and beneficial for migrant workers, employers and communities of origin alike. This "
     "note informs the Council of the progress made by the Programme during its first three years of "
     "operation and of the direction proposed for its second phase, which is to begin in 2018."),
    ("para", 2, "The Programme was first presented to Member States at the Seventeenth Session of the "
     "Standing Committee on Programmes and Finance in October 2015,{fn:1} and its objectives were framed "
     "with reference to the Migration Governance Framework (C/106/40), which the Council welcomed in "
     "Resolution No. 1310 of 24 November 2015. The Programme is funded entirely from voluntary "
     "contributions and is managed by the Labour Mobility and Human Development Division at Headquarters, "
     "with implementation through 14 country offices."),
    ("para", 3, "Part II of this note recalls the strategic objectives of the Programme and the partners "
     "engaged in each line of activity; Part III summarizes the results achieved; Part IV reports on "
     "funding and expenditure; and Part V sets out the next steps. The acronyms used in the note are "
     "listed in the Annex."),
    ("heading", "II.", "OBJECTIVES AND PARTNERSHIPS"),
    ("subheading", "A.", "Strategic objectives"),
    ("para", 4, "The Programme pursues three strategic objectives, which were agreed with the participating "
     "governments when it was designed:"),
    ("bullet", "to match the skills of prospective migrant workers with verified labour market needs in "
     "countries of destination;"),
    ("bullet", "to protect migrant workers throughout the recruitment process and during their employment "
     "abroad; and"),
    ("bullet", "to ensure that skills acquired abroad are recognized and put to productive use when "
     "migrant workers return home."),
    ("para", 5, "Six countries of origin (Bangladesh, Ethiopia, Nepal, the Philippines, Sri Lanka and "
     "Viet Nam) and four countries of destination (Kuwait, Malaysia, Qatar and the United Arab Emirates) "
     "took part in the first phase. Georgia and the Republic of Moldova joined as countries of origin in "
     "July 2017, bringing the number of participating States to 12."),
    ("subheading", "B.", "Implementation partners"),
    ("para", 6, "Every activity of the Programme is carried out jointly with one or more categories of "
     "partners. Table 1 shows which partners were engaged in each of the eight main lines of activity "
     "during the reporting period."),
    ("table", None, None),
    ("para", 7, "Ministries of labour remained the principal counterparts in all participating States. "
     "The International Labour Organization (ILO) took part as a technical partner under the memorandum "
     "of understanding between the two organizations, notably in labour market assessments and in the "
     "monitoring of recruitment practices.{fn:2} Employers\u2019 associations in the countries of "
     "destination co-designed the skills testing pilots and hosted the first cohorts of certified workers."),
    ("heading", "III.", "RESULTS ACHIEVED, 2015\u20132017"),
    ("para", 8, "Between January 2015 and September 2017, the Programme reached 41,650 prospective and "
     "returning migrant workers. Of these, 28,400 attended pre-departure orientation, 9,750 had their "
     "skills tested and certified under the pilot schemes, and 3,500 received reintegration counselling "
     "after their return. Women accounted for 38 per cent of all participants, a share that rose to "
     "61 per cent in the care sector. Figures broken down by country and by sector are available from the "
     "Administration."),
    ("para", 9, "Labour market assessments were completed for the construction, hospitality and care "
     "sectors in all four countries of destination. Their findings were used to revise the curricula of "
     "22 technical and vocational education and training (TVET) institutions in the countries of origin, "
     "so that the training offered corresponds more closely to the occupations in demand."),
    ("para", 10, "Twelve migrant resource centres are now in operation, nine in countries of origin and "
     "three in countries of destination. Together they answered some 56,000 enquiries in 2016 and 2017, "
     "most of them concerning recruitment fees, contract terms and the procedures for changing employer."),
    ("para", 11, "In the area of capacity-building, 214 labour attach\u00e9s and consular officials from "
     "the 12 participating States were trained in 11 regional and national workshops on the protection of "
     "migrant workers, the handling of complaints and cooperation with recruitment agencies."),
    ("para", 12, "An independent midterm evaluation carried out in March 2017 found that the Programme "
     "was relevant to the priorities of both countries of origin and countries of destination, and that "
     "the skills certification pilots had increased the average starting wage of participants by "
     "17 per cent.{fn:3} The evaluation recommended that the Programme strengthen its monitoring of "
     "outcomes after return and simplify its reporting to donors."),
    ("heading", "IV.", "FUNDING"),
    ("para", 13, "Contributions to the Programme for the period 2015\u20132017 amount to USD 14.6 million, "
     "received from seven donors: USD 3.9 million in 2015, USD 4.8 million in 2016 and USD 5.9 million in "
     "2017. Expenditure as at 30 September 2017 stood at USD 11.2 million, or 77 per cent of the funds "
     "received."),
    ("para", 14, "Of the expenditure incurred, 71 per cent was spent on direct activities in the field, "
     "22 per cent on staff and office costs in the country offices concerned and 7 per cent on "
     "project-related overhead.{fn:4} No part of the Programme is charged to the Administrative Part of "
     "the Budget."),
    ("heading", "V.", "NEXT STEPS"),
    ("para", 15, "A second phase, covering the years 2018 to 2020, has been prepared with the participating "
     "States and is estimated to cost USD 21 million. It will extend the Programme to two countries of "
     "origin in West Africa, introduce a digital version of the pre-departure orientation and place "
     "greater emphasis on the recognition of skills on return, in keeping with the evaluation\u2019s "
     "recommendations."),
    ("para", 16, "The Administration will also ensure that the experience gained by the Programme informs "
     "the negotiations on the global compact for safe, orderly and regular migration, in particular the "
     "discussions on fair and ethical recruitment and on skills development."),
    ("para", 17, "Member States are invited to take note of the present information and to share with the "
     "Administration any observations they may have on the design of the second phase."),
]

TABLE_CAPTION = "Table 1. Programme activities by category of partner"
TABLE_HEAD = [["Activity"], ["Ministries of", "labour"], ["Employers\u2019", "associations"], ["ILO"],
              ["Training", "institutions"]]
TABLE_ROWS = [
    (["Labour market assessments in", "countries of destination"], [1, 1, 1, 0]),
    (["Pre-departure orientation"], [1, 0, 0, 1]),
    (["Skills testing and certification", "pilots"], [0, 1, 0, 1]),
    (["Ethical recruitment monitoring"], [1, 1, 1, 0]),
    (["Training of labour attach\u00e9s and", "consular staff"], [1, 0, 1, 0]),
    (["Migrant resource centres"], [1, 0, 0, 0]),
    (["Return and reintegration", "counselling"], [1, 0, 0, 1]),
    (["Regional policy dialogue"], [1, 1, 1, 0]),
]

ACRONYMS = [
    ("EU", "European Union"),
    ("GFMD", "Global Forum on Migration and Development"),
    ("ILO", "International Labour Organization"),
    ("IOM", "International Organization for Migration"),
    ("IRIS", "International Recruitment Integrity System"),
    ("LMSP", "Labour Mobility and Skills Partnerships Programme"),
    ("MRC", "Migrant resource centre"),
    ("NGO", "Non-governmental organization"),
    ("PDO", "Pre-departure orientation"),
    ("SDG", "Sustainable Development Goal"),
    ("TVET", "Technical and vocational education and training"),
]


# ---------------------------------------------------------------- engine
class Doc(FPDF):
    def __init__(self):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_auto_page_break(False)
        self.set_margins(LM, 15, RM)
        self.add_font("DejaVu", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("DejaVu", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("DejaVu", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.set_title(SYMBOL)
        self.y_base = BODY_TOP       # baseline of the next line
        self.page_fns = []           # footnote numbers on the current page
        self.body_page = 0

    # --- fonts
    def f(self, style="", size=FS):
        self.set_font("DejaVu", style, size)

    def w_of(self, segs):
        tot = 0.0
        for txt, kind in segs:
            if kind == "sup":
                self.f("", SUP_FS)
            else:
                self.f(kind if kind in ("B", "I") else "", FS)
            tot += self.get_string_width(txt)
        return tot

    # --- pages
    def new_body_page(self):
        if self.page > 0:
            self.flush_footnotes()
        self.add_page()
        self.body_page += 1
        self.f("", 10)
        for i, line in enumerate([SYMBOL, "Page %d" % self.body_page]):
            w = self.get_string_width(line)
            self.text(PAGE_W - RM - w, 14 + i * 4.6, line)
        self.y_base = BODY_TOP
        self.page_fns = []

    def fn_lines(self, n):
        self.f("", FN_FS)
        return wrap_plain(self, FOOTNOTES[n], TW - 6)

    def fn_height(self, nums):
        if not nums:
            return 0.0
        h = 6.0
        for n in nums:
            h += len(self.fn_lines(n)) * FN_LH + 0.8
        return h

    def flush_footnotes(self):
        if not self.page_fns:
            return
        h = self.fn_height(self.page_fns)
        y = BODY_BOTTOM - h + 6.0
        self.set_line_width(0.2)
        self.line(LM, y - 4.2, LM + 45, y - 4.2)
        for n in self.page_fns:
            self.f("", SUP_FS - 0.5)
            self.text(LM, y - 1.4, str(n))
            self.f("", FN_FS)
            for ln in self.fn_lines(n):
                self.text(LM + 4, y, ln)
                y += FN_LH
            y += 0.8
        self.page_fns = []

    def room_for(self, height, new_fns=()):
        limit = BODY_BOTTOM - self.fn_height(self.page_fns + list(new_fns))
        return self.y_base + height - LH <= limit

    # --- text lines
    def draw_words(self, words, x0, width, justify):
        """words: list of word-segment lists; draw them on the current baseline."""
        widths = [self.w_of(w) for w in words]
        self.f("", FS)
        space = self.get_string_width(" ")
        gap = space
        if justify and len(words) > 1:
            gap = (width - sum(widths)) / (len(words) - 1)
        x = x0
        for w, wd in zip(words, widths):
            xx = x
            for txt, kind in w:
                if kind == "sup":
                    self.f("", SUP_FS)
                    self.text(xx, self.y_base - 1.9, txt)
                else:
                    self.f(kind if kind in ("B", "I") else "", FS)
                    self.text(xx, self.y_base, txt)
                xx += self.get_string_width(txt)
            x += wd + gap

    def flow(self, text, first_x, rest_x, style=""):
        """Lay out a justified paragraph; first line starts at first_x, later ones at rest_x."""
        words = tokenize(text, style)
        self.f("", FS)
        space = self.get_string_width(" ")
        lines = []
        cur, curw, xs = [], 0.0, first_x
        for w in words:
            wd = self.w_of(w)
            avail = LM + TW - xs
            need = wd if not cur else curw + space + wd
            if cur and need > avail:
                lines.append((xs, cur))
                cur, curw, xs = [w], wd, rest_x
            else:
                cur.append(w)
                curw = need
        if cur:
            lines.append((xs, cur))
        for i, (x0, ws) in enumerate(lines):
            fns = [int(t) for w in ws for (t, k) in w if k == "sup"]
            if not self.room_for(LH, fns):
                self.new_body_page()
            self.page_fns.extend(fns)
            last = i == len(lines) - 1
            self.draw_words(ws, x0, LM + TW - x0, justify=not last)
            self.y_base += LH
        return lines

    def gap(self, h):
        self.y_base += h


def tokenize(text, style=""):
    """Split text into words; a {fn:N} marker is glued to the preceding word as a raised segment."""
    words = []
    for raw in text.split():
        segs = []
        while "{fn:" in raw:
            pre, rest = raw.split("{fn:", 1)
            num, raw = rest.split("}", 1)
            if pre:
                segs.append((pre, style))
            segs.append((num, "sup"))
        if raw:
            segs.append((raw, style))
        words.append(segs)
    return words


def wrap_plain(pdf, text, width):
    out, cur = [], ""
    for w in text.split():
        t = w if not cur else cur + " " + w
        if pdf.get_string_width(t) > width and cur:
            out.append(cur)
            cur = w
        else:
            cur = t
    if cur:
        out.append(cur)
    return out


# ---------------------------------------------------------------- drawing
def cover(pdf):
    pdf.add_page()
    pdf.f("", 10.5)
    y = 22
    for line in [SYMBOL, "", "Original: English", "6 November 2017"]:
        if line:
            w = pdf.get_string_width(line)
            pdf.text(PAGE_W - RM - w, y, line)
        y += 5.2
    pdf.f("B", 12)
    for i, line in enumerate(["COUNCIL", "108th Session"]):
        if i == 1:
            pdf.f("", 11.5)
        w = pdf.get_string_width(line)
        pdf.text((PAGE_W - w) / 2, 60 + i * 6.5, line)
    pdf.f("B", 13)
    for i, line in enumerate(TITLE_LINES):
        w = pdf.get_string_width(line)
        pdf.text((PAGE_W - w) / 2, 130 + i * 7.5, line)


def heading(pdf, num, text, sub=False):
    need = LH * 4
    if not pdf.room_for(need):
        pdf.new_body_page()
    pdf.gap(2.0)
    style = "B" if not sub else "I"
    pdf.f(style, FS)
    pdf.text(LM, pdf.y_base, num)
    pdf.text(LM + NUM_IND, pdf.y_base, text)
    pdf.y_base += LH + 3.0


def para(pdf, num, text):
    pdf.f("", FS)
    # number drawn on the line where the paragraph starts (after any page break)
    if not pdf.room_for(LH * 2):
        pdf.new_body_page()
    pdf.f("", FS)
    pdf.text(LM, pdf.y_base, "%d." % num)
    pdf.flow(text, LM + NUM_IND, LM)
    pdf.gap(2.6)


def bullet(pdf, text):
    if not pdf.room_for(LH * 2):
        pdf.new_body_page()
    pdf.f("", FS)
    pdf.text(BUL_X, pdf.y_base, "\u2022")
    pdf.flow(text, BUL_TXT, BUL_TXT)
    pdf.gap(1.2)


def table(pdf):
    col_w = [61.0, 26.0, 26.0, 26.0, 26.0]
    x0 = LM + (TW - sum(col_w)) / 2
    row_lh = 4.6
    head_h = 2 * row_lh + 3.0
    rows_h = sum(len(lbl) * row_lh + 3.0 for lbl, _ in TABLE_ROWS)
    total = 8.0 + head_h + rows_h + 4.0
    if not pdf.room_for(total):
        pdf.new_body_page()
    pdf.gap(1.0)
    pdf.f("B", 10)
    pdf.text(x0, pdf.y_base, TABLE_CAPTION)
    top = pdf.y_base + 2.5
    pdf.set_line_width(0.25)
    # header
    y = top
    xs = [x0]
    for w in col_w:
        xs.append(xs[-1] + w)
    pdf.f("B", 9)
    for ci, lines in enumerate(TABLE_HEAD):
        block = len(lines) * row_lh
        by = y + (head_h - block) / 2 + row_lh - 1.0
        for li, ln in enumerate(lines):
            w = pdf.get_string_width(ln)
            if ci == 0:
                tx = xs[0] + 2.0
            else:
                tx = xs[ci] + (col_w[ci] - w) / 2
            pdf.text(tx, by + li * row_lh, ln)
    pdf.rect(x0, y, sum(col_w), head_h)
    ys = [y, y + head_h]
    y += head_h
    for lbl, marks in TABLE_ROWS:
        h = len(lbl) * row_lh + 3.0
        pdf.f("", 9.5)
        for li, ln in enumerate(lbl):
            pdf.text(xs[0] + 2.0, y + 1.5 + row_lh - 1.0 + li * row_lh, ln)
        pdf.f("", 11)
        for ci, m in enumerate(marks, start=1):
            if m:
                w = pdf.get_string_width(CHECK)
                pdf.text(xs[ci] + (col_w[ci] - w) / 2, y + h / 2 + 1.6, CHECK)
        y += h
        ys.append(y)
    for yy in ys:
        pdf.line(x0, yy, xs[-1], yy)
    for xx in xs:
        pdf.line(xx, top, xx, y)
    pdf.y_base = y + LH + 3.0


def annex(pdf):
    pdf.new_body_page()
    pdf.f("B", 11)
    for i, line in enumerate(["ANNEX", "", "LIST OF ACRONYMS"]):
        if line:
            w = pdf.get_string_width(line)
            pdf.text((PAGE_W - w) / 2, pdf.y_base + i * 5.5, line)
    pdf.y_base += 3 * 5.5 + 6.0
    for acr, full in ACRONYMS:
        pdf.f("", FS)
        pdf.text(LM, pdf.y_base, acr)
        pdf.text(LM + 30, pdf.y_base, full)
        pdf.y_base += 7.0


def main():
    pdf = Doc()
    cover(pdf)
    pdf.new_body_page()
    pdf.f("B", FS + 0.5)
    for line in TITLE_LINES:
        w = pdf.get_string_width(line)
        pdf.text((PAGE_W - w) / 2, pdf.y_base, line)
        pdf.y_base += LH + 0.6
    pdf.gap(5.0)
    prev = None
    for entry in BODY:
        kind, a, b = (tuple(entry) + (None,))[:3]
        if kind == "heading":
            heading(pdf, a, b)
        elif kind == "subheading":
            heading(pdf, a, b, sub=True)
        elif kind == "para":
            if prev == "bullet":
                pdf.gap(1.6)
            para(pdf, a, b)
        elif kind == "bullet":
            bullet(pdf, a)
        elif kind == "table":
            table(pdf)
        prev = kind
    annex(pdf)
    pdf.flush_footnotes()
    pdf.output(OUT)
    print("pages:", pdf.page)


if __name__ == "__main__":
    main()
