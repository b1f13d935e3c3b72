"""Draws programme-budget-2007b.pdf (IOM Programme and Budget for 2008, MC/2231) with fpdf2.

A small flow typesetter: paragraphs are wrapped by hand, footnote markers are raised,
footnote bodies go to the foot of the page on which their marker lands, tables are
drawn cell by cell at fixed column positions.
"""
import os
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "programme-budget-2007b.pdf")
FONTDIR = "/usr/share/fonts/truetype/dejavu/"

SYMBOL = "MC/2231"
LM, RM = 25.0, 185.0            # text block
TOP = 30.0                      # first body line on pages with a header
BOTTOM = 278.0                  # last usable baseline
LH = 4.75                        # body line height (10 pt)
FN_LH = 3.8                     # footnote line height (8 pt)
TAB = 12.0                      # indent after paragraph number

FOOTNOTES = {
    "1": "The Programme and Budget for 2007 was revised in document MC/2212 to take account of "
         "the Member States admitted in the course of the year; the comparisons in this document "
         "refer to the original budget unless otherwise stated.",
    "2": "This figure includes CHF 312,000 in assessed contributions of the Member States admitted "
         "in 2007, which will be applied to the Administrative Part for the first time in 2008.",
    "3": "Established by Resolution No. 1150 of 7 June 2007. The Standing Committee will hold its "
         "First Session in October 2007.",
    "4": "In-kind contributions, estimated at USD 9.2 million for 2008, are not included in the "
         "Operational Part of the Budget.",
    "5": "Including estimated interest income of USD 4.2 million, calculated on the average level "
         "of funds held during the first eight months of 2007.",
}


class Doc(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("S", "", 10)
        lab = "Page " + self.page_label
        self.set_xy(RM - 60, 12)
        self.cell(60, 5, SYMBOL, align="R")
        self.set_xy(RM - 60, 17)
        self.cell(60, 5, lab, align="R")


class Flow:
    def __init__(self, pdf):
        self.pdf = pdf
        self.y = TOP
        self.page_fns = []      # footnote keys registered on the current page
        self.headings = {}      # heading text -> page label

    # ---------- helpers
    def font(self, style="", size=10):
        self.pdf.set_font("S", style, size)

    def w(self, s, style="", size=10):
        self.font(style, size)
        return self.pdf.get_string_width(s)

    def fn_height(self, keys):
        if not keys:
            return 0.0
        h = 6.0
        for k in keys:
            h += len(self.wrap_plain(FOOTNOTES[k], RM - LM - 6, 8)) * FN_LH + 0.8
        return h

    def limit(self, extra_keys=()):
        return BOTTOM - self.fn_height(self.page_fns + [k for k in extra_keys if k not in self.page_fns])

    def wrap_plain(self, text, width, size):
        words, lines, cur = text.split(), [], ""
        for wd in words:
            t = (cur + " " + wd).strip()
            if self.w(t, "", size) <= width:
                cur = t
            else:
                lines.append(cur)
                cur = wd
        lines.append(cur)
        return lines

    # tokens: (word, sup) ; "word^3" -> ("word", "3")
    @staticmethod
    def tokens(text):
        out = []
        for wd in text.split():
            if "^" in wd:
                a, b = wd.split("^", 1)
                out.append((a, b))
            else:
                out.append((wd, None))
        return out

    def tokw(self, tok, style, size):
        wd, sup = tok
        x = self.w(wd, style, size)
        if sup:
            x += self.w(sup, "", size * 0.7) + 0.3
        return x

    def wrap(self, text, first_w, rest_w, style="", size=10):
        toks = self.tokens(text)
        sp = self.w(" ", style, size)
        lines, cur, curw = [], [], 0.0
        width = first_w
        for t in toks:
            tw = self.tokw(t, style, size)
            if cur and curw + sp + tw > width:
                lines.append(cur)
                cur, curw = [t], tw
                width = rest_w
            else:
                curw = curw + (sp if cur else 0) + tw
                cur.append(t)
        if cur:
            lines.append(cur)
        return lines

    def draw_line(self, toks, x, y, style="", size=10):
        sp = self.w(" ", style, size)
        for i, (wd, sup) in enumerate(toks):
            if i:
                x += sp
            self.font(style, size)
            self.pdf.text(x, y, wd)
            x += self.pdf.get_string_width(wd)
            if sup:
                self.font("", size * 0.7)
                self.pdf.text(x + 0.3, y - 1.2, sup)
                x += self.pdf.get_string_width(sup) + 0.3

    # ---------- page handling
    def new_page(self, label):
        self.flush_footnotes()
        self.pdf.page_label = label
        self.pdf.add_page()
        self.y = TOP

    def flush_footnotes(self):
        if not self.page_fns:
            return
        pdf = self.pdf
        y = BOTTOM - self.fn_height(self.page_fns) + 5.0
        self.font("", 10)
        pdf.text(LM, y, "__________")
        y += 5.0
        for k in self.page_fns:
            lines = self.wrap_plain(FOOTNOTES[k], RM - LM - 6, 8)
            self.font("", 6)
            pdf.text(LM, y - 1.0, k)
            self.font("", 8)
            for ln in lines:
                pdf.text(LM + 3.0, y, ln)
                y += FN_LH
            y += 0.8
        self.page_fns = []

    def markers(self, toks):
        return [s for _, s in toks if s and s in FOOTNOTES]

    def place_lines(self, lines, xs, style="", size=10, lh=LH, keep=1):
        """Place wrapped lines; xs[i] = x of line i (last value repeats)."""
        i = 0
        while i < len(lines):
            need = self.markers(lines[i])
            if self.y > self.limit(need):
                self.next_page()
            for m in need:
                if m not in self.page_fns:
                    self.page_fns.append(m)
            x = xs[min(i, len(xs) - 1)]
            self.draw_line(lines[i], x, self.y, style, size)
            self.y += lh
            i += 1

    def next_page(self):
        lab = str(int(self.pdf.page_label) + 1)
        self.new_page(lab)

    def space(self, h):
        self.y += h

    # ---------- blocks
    def heading(self, num, text, level=1):
        if self.y + 4.5 * LH > self.limit():
            self.next_page()
        self.y += 1.0
        style = "B"
        if level == 1:
            self.font(style, 10)
            self.pdf.text(LM, self.y, num + ".")
            self.pdf.text(LM + TAB, self.y, text)
        else:
            self.font(style, 10)
            self.pdf.text(LM, self.y, num + ".")
            self.pdf.text(LM + 7, self.y, text)
        self.headings[text] = self.pdf.page_label
        self.y += LH + 2.5

    def para(self, num, text):
        if self.y + 2 * LH > self.limit():
            self.next_page()
        lines = self.wrap(text, RM - LM - TAB, RM - LM)
        self.font("", 10)
        self.pdf.text(LM, self.y, f"{num}.")
        self.place_lines(lines, [LM + TAB, LM])
        self.y += 2.6

    def item(self, label, text):
        x0 = LM + TAB
        x1 = LM + TAB + 9
        lines = self.wrap(text, RM - x1, RM - x1)
        if self.y + LH > self.limit(self.markers(lines[0])):
            self.next_page()
        self.font("", 10)
        self.pdf.text(x0, self.y, label)
        self.place_lines(lines, [x1])
        self.y += 1.5

    def caption(self, text):
        self.font("B", 10)
        self.pdf.text(LM, self.y, text)
        self.y += 3.0


# ------------------------------------------------------------------ tables
def fmt(n):
    if n < 0:
        return "({:,})".format(-n)
    return "{:,}".format(n)


def table_admin(fl):
    pdf = fl.pdf
    rows = [("Staff costs", 30512000, 31246000),
            ("Office and general expenses", 2874000, 2902000),
            ("Communications", 1215000, 1168000),
            ("Duty travel", 742000, 760000),
            ("Contractual services", 1406000, 1431000),
            ("Information technology", 1530000, 1515000),
            ("Meetings of the governing bodies", 702000, 731000)]
    t7 = sum(r[1] for r in rows)
    t8 = sum(r[2] for r in rows)
    assert (t7, t8) == (38981000, 39753000), (t7, t8)
    cols = [LM, LM + 64, LM + 96, LM + 128, RM]      # x positions of column edges
    heads = [("Category of expenditure", ""), ("2007 Budget", "(MC/2195)"),
             ("2008 Proposed", "budget"), ("Increase/", "(decrease)")]
    rh = 5.2
    need = 2 * rh + (len(rows) + 1) * rh + 6
    if fl.y + need > fl.limit():
        fl.next_page()
    fl.caption("Table 1 \u2013 Administrative Part of the Budget (in Swiss francs)")
    y = fl.y
    pdf.set_line_width(0.2)
    for i, (a, b) in enumerate(heads):
        x, w = cols[i], cols[i + 1] - cols[i]
        pdf.rect(x, y, w, 2 * rh)
        fl.font("B", 9)
        al = "L" if i == 0 else "C"
        pdf.set_xy(x + 1, y + 0.2)
        pdf.cell(w - 2, rh, a, align=al)
        if b:
            pdf.set_xy(x + 1, y + rh - 0.2)
            pdf.cell(w - 2, rh, b, align=al)
    y += 2 * rh
    for lab, a, b in rows + [("Total", t7, t8)]:
        bold = "B" if lab == "Total" else ""
        vals = [lab, fmt(a), fmt(b), fmt(b - a)]
        for i, v in enumerate(vals):
            x, w = cols[i], cols[i + 1] - cols[i]
            pdf.rect(x, y, w, rh)
            fl.font(bold, 9)
            pdf.set_xy(x + 1.5, y)
            pdf.cell(w - 3, rh, v, align="L" if i == 0 else "R")
        y += rh
    fl.y = y + 8.0


OP = [("I", "Movement, Emergency and Post-crisis Migration Management",
       [("I.1", "Resettlement Assistance", 31420000, 98615000),
        ("I.2", "Repatriation Assistance", 2880000, 9140000),
        ("I.3", "Emergency and Post-crisis Migration Management", 38905000, 161330000)]),
      ("II", "Migration Health",
       [("II.1", "Migration Health Assessments and Travel Health Assistance", 14260000, 11905000),
        ("II.2", "Health Promotion and Assistance for Migrants", 3115000, 7480000),
        ("II.3", "Migration Health Assistance for Crisis-affected Populations", 2040000, 6925000)]),
      ("III", "Migration and Development",
       [("III.1", "Migration and Economic/Community Development", 6730000, 24860000),
        ("III.2", "Return and Reintegration of Qualified Nationals", 1245000, 3310000),
        ("III.3", "Remittances", 410000, 905000)]),
      ("IV", "Regulating Migration",
       [("IV.1", "Return Assistance to Migrants and Governments", 12475000, 33640000),
        ("IV.2", "Counter-trafficking", 8960000, 17215000),
        ("IV.3", "Technical Cooperation on Migration Management", 15380000, 41720000)]),
      ("V", "Facilitating Migration",
       [("V.1", "Labour Migration", 3905000, 6240000),
        ("V.2", "Migrant Processing and Integration", 7615000, 9880000)]),
      ("VI", "General Programme Support",
       [("VI.1", "Seconded Staff", 1120000, 215000),
        ("VI.2", "Staff and Services Covered by Discretionary Income*", 9870000, 3415000)])]


def table_ops(fl):
    pdf = fl.pdf
    cols = [LM, LM + 99, LM + 119.3, LM + 139.6, RM]
    heads = [("Service area", ""), ("Staff and", "office costs"), ("Programme", "costs"),
             ("Total", "costs")]
    rh = 4.4

    def head(cont):
        y = fl.y
        for i, (a, b) in enumerate(heads):
            x, w = cols[i], cols[i + 1] - cols[i]
            pdf.rect(x, y, w, 2 * rh)
            fl.font("B", 8.5)
            al = "L" if i == 0 else "C"
            pdf.set_xy(x + 1, y + 0.2)
            pdf.cell(w - 2, rh, a, align=al)
            if b:
                pdf.set_xy(x + 1, y + rh - 0.2)
                pdf.cell(w - 2, rh, b, align=al)
        fl.y = y + 2 * rh

    def row(vals, style="", indent=0.0, code=None, span=0):
        if fl.y + (span * rh if span else rh) > fl.limit() - 8:
            fl.next_page()
            fl.caption("Table 2 \u2013 Operational Part of the Budget by service area (cont'd)")
            head(True)
        y = fl.y
        if span:
            pdf.rect(cols[0], y, cols[-1] - cols[0], rh)
            fl.font(style, 8.5)
            assert pdf.get_string_width(vals[0]) < cols[-1] - cols[0] - 3, vals[0]
            pdf.set_xy(cols[0] + 1.5, y)
            pdf.cell(cols[-1] - cols[0] - 3, rh, vals[0])
            fl.y = y + rh
            return
        for i, v in enumerate(vals):
            x, w = cols[i], cols[i + 1] - cols[i]
            pdf.rect(x, y, w, rh)
            fl.font(style, 8.5)
            if i == 0:
                if code:
                    pdf.set_xy(x + 1.5 + indent, y)
                    pdf.cell(10, rh, code)
                    pdf.set_xy(x + 1.5 + indent + 10, y)
                    txt = v
                    if txt.endswith("*"):
                        txt = txt[:-1]
                        pdf.cell(w - 13 - indent, rh, txt)
                        tw = pdf.get_string_width(txt)
                        fl.font("", 6)
                        pdf.text(x + 1.5 + indent + 10 + tw + 1.2, y + 2.4, "*")
                    else:
                        assert pdf.get_string_width(txt) < w - 13 - indent, txt
                        pdf.cell(w - 13 - indent, rh, txt)
                else:
                    assert pdf.get_string_width(v) < w - 3, v
                    pdf.set_xy(x + 1.5 + indent, y)
                    pdf.cell(w - 3, rh, v)
            else:
                if style == "B":
                    fl.font(style, 7.8)
                assert pdf.get_string_width(v) <= w - 2.4, v
                pdf.set_xy(x + 1.2, y)
                pdf.cell(w - 2.4, rh, v, align="R")
        fl.y = y + rh

    if fl.y + 8 * rh > fl.limit():
        fl.next_page()
    fl.caption("Table 2 \u2013 Operational Part of the Budget by service area (in US dollars)")
    head(False)
    GS = GP = 0
    for num, name, subs in OP:
        row([f"{num}.  {name}"], "B", span=len(subs) + 2)
        s = p = 0
        for code, lab, a, b in subs:
            row([lab, fmt(a), fmt(b), fmt(a + b)], "", 2.0, code)
            s += a
            p += b
        row([f"Subtotal {num}", fmt(s), fmt(p), fmt(s + p)], "I", 2.0)
        GS += s
        GP += p
    row(["TOTAL", fmt(GS), fmt(GP), fmt(GS + GP)], "B")
    assert GS + GP == 597125000
    fl.y += 4.0
    fl.font("", 8)
    pdf.text(LM, fl.y, "*  Funded from discretionary income; see section IV below.")
    fl.y += 7.5


# ------------------------------------------------------------------ content
def body(fl):
    fl.font("B", 11)
    pdf = fl.pdf
    t = "PROGRAMME AND BUDGET FOR 2008"
    pdf.text((LM + RM) / 2 - pdf.get_string_width(t) / 2, fl.y, t)
    fl.y += 11

    fl.heading("I", "INTRODUCTION")
    fl.para(1, "The Programme and Budget for 2008 is presented in line with the IOM Strategy set out in "
               "document MC/INF/287 and with the arrangements for the governing bodies adopted by the "
               "Council in Resolution No. 1150 of 7 June 2007. As in previous years it comprises two "
               "parts: the Administrative Part of the Budget, financed by the assessed contributions of "
               "Member States and expressed in Swiss francs, and the Operational Part of the Budget, "
               "financed by voluntary contributions and expressed in US dollars.")
    fl.para(2, "The presentation follows that of the Programme and Budget for 2007 (MC/2195),^1 with "
               "the projects of the Operational Part grouped under six service areas and their "
               "sub-areas. Only activities for which funding was confirmed or reasonably assured at "
               "the time of preparation have been budgeted; new activities will be incorporated in "
               "the revisions of this document submitted during the year.")
    fl.para(3, "Member States have repeatedly asked that the growth of the Administrative Part be "
               "kept to the minimum needed to maintain the core structure. The Administration has "
               "therefore limited the increase proposed for 2008 to statutory and other unavoidable "
               "costs, and has absorbed the cost of new governing body arrangements within the "
               "existing structure.")

    fl.heading("II", "ADMINISTRATIVE PART OF THE BUDGET")
    fl.para(4, "The Administrative Part of the Budget for 2008 amounts to CHF 39,753,000,^2 an "
               "increase of CHF 772,000, or 2.0 per cent, over the CHF 38,981,000 approved for 2007. "
               "Table 1 compares the two budgets by category of expenditure.")
    table_admin(fl)
    fl.para(5, "Staff costs represent 78.6 per cent of the Administrative Part. The increase of "
               "CHF 734,000 under that heading results almost entirely from the adjustments to "
               "salaries and post adjustment decided by the International Civil Service Commission "
               "and from within-grade step increments; no new posts are proposed.")
    fl.para(6, "The reductions under communications and information technology reflect the lower "
               "tariffs negotiated for the Organization\u2019s data network and the completion of the "
               "server consolidation begun in 2006. These savings have been used to meet the "
               "following requirements within the overall increase:")
    fl.item("(a)", "the meetings of the Standing Committee on Programmes and Finance, which replaces "
                   "the former Subcommittee on Budget and Finance;^3")
    fl.item("(b)", "the rent and maintenance of the Headquarters premises, as adjusted under the "
                   "agreement with the host country;")
    fl.item("(c)", "the fee of the External Auditor, which rises for the first time since 2004; and")
    fl.item("(d)", "the training of staff in the new financial management system.")
    fl.para(7, "Should further States be admitted to membership during 2008, the Administration will "
               "propose the corresponding adjustment of the scale of assessment, and of the "
               "Administrative Part, in the first revision of this document.")

    fl.heading("III", "OPERATIONAL PART OF THE BUDGET")
    fl.heading("A", "Resource projections", 2)
    fl.para(8, "The Operational Part of the Budget for 2008 is estimated at USD 597.1 million,^4 "
               "compared with USD 562.8 million in the revised Programme and Budget for 2007. The "
               "level reflects confirmed funding only and is expected to rise, as in past years, "
               "once new agreements are signed with donors.")
    fl.para(9, "Staff and office costs amount to USD 160.3 million, or 26.9 per cent of the total, "
               "and programme costs to USD 436.8 million. Programme costs include transportation, "
               "medical examinations, assistance to beneficiaries and payments to implementing "
               "partners, and vary closely with the number of persons assisted.")
    fl.heading("B", "Distribution by service area", 2)
    fl.para(10, "Table 2 shows the Operational Part by service area and sub-area. Movement, Emergency "
                "and Post-crisis Migration Management accounts for 57.3 per cent of the total, and "
                "Regulating Migration for a further 21.7 per cent.")
    table_ops(fl)
    fl.para(11, "Resettlement Assistance (I.1) is budgeted at USD 130.0 million on the basis of the "
                "resettlement quotas announced by the receiving States for 2008. Emergency and "
                "post-crisis activities (I.3) decrease slightly as several reconstruction programmes "
                "approach completion.")
    fl.para(12, "Under Regulating Migration, counter-trafficking activities (IV.2) grow by some "
                "12 per cent, reflecting new projects in South-Eastern Europe and South-East Asia.")

    fl.heading("IV", "DISCRETIONARY INCOME")
    fl.para(13, "Discretionary income, consisting of project-related overhead and miscellaneous "
                "income, is projected at USD 31.5 million for 2008.^5 It is proposed to apply it as "
                "follows:")
    fl.item("(a)", "USD 13.3 million to the staff and services shown under sub-area VI.2 of Table 2;")
    fl.item("(b)", "USD 11.6 million to support functions at Headquarters and in the Missions with "
                   "Regional Functions which are not covered by the Administrative Part;")
    fl.item("(c)", "USD 3.4 million to field security and staff safety; and")
    fl.item("(d)", "USD 1.4 million to the 1035 Facility, established under Resolution No. 1035 "
                   "(LXXX) of 29 November 2000.")
    fl.para(14, "The balance of USD 1.8 million is held against the risk of a shortfall in "
                "overhead income. The actual level of discretionary income will be reported in the "
                "revisions of this document and in the Financial Report for the year 2008.")

    fl.heading("V", "CONCLUSION")
    fl.para(15, "The Standing Committee on Programmes and Finance is invited to examine the "
                "Programme and Budget for 2008 and to recommend that the Council approve an "
                "Administrative Part of the Budget of CHF 39,753,000 and an Operational Part of the "
                "Budget of USD 597,125,000 for 2008.")
    fl.flush_footnotes()


def cover(pdf):
    pdf.page_label = "cover"
    pdf.add_page()
    pdf.set_font("S", "B", 11)
    pdf.set_xy(RM - 70, 20)
    pdf.cell(70, 5, SYMBOL, align="R")
    pdf.set_font("S", "", 10)
    pdf.set_xy(RM - 70, 27)
    pdf.cell(70, 5, "Original: ENGLISH", align="R")
    pdf.set_xy(RM - 70, 32)
    pdf.cell(70, 5, "16 October 2007", align="R")
    pdf.set_font("S", "B", 11)
    pdf.set_xy(LM, 70)
    pdf.cell(RM - LM, 5, "NINETY-FOURTH SESSION", align="C")
    pdf.set_font("S", "", 10)
    pdf.set_xy(LM, 80)
    pdf.cell(RM - LM, 5, "_" * 72, align="C")
    pdf.set_font("S", "B", 12)
    pdf.set_xy(LM, 108)
    pdf.cell(RM - LM, 6, "PROGRAMME AND BUDGET FOR 2008", align="C")
    pdf.set_font("S", "", 10)
    pdf.set_xy(LM, 214)
    pdf.cell(40, 5, "__________")
    pdf.set_xy(LM, 221)
    pdf.multi_cell(RM - LM, 5, "This document is submitted to the Standing Committee on Programmes "
                   "and Finance at its First Session in October 2007.")
    pdf.set_font("S", "B", 10)
    y = 270
    for x, t in ((LM, "COUNCIL"), ((LM + RM) / 2 - 12, "CONSEIL"), (RM - 22, "CONSEJO")):
        pdf.set_xy(x, y)
        pdf.cell(24, 5, t)


def contents(pdf, pages):
    pdf.page_label = "i"
    pdf.add_page()
    pdf.set_font("S", "B", 10)
    pdf.set_xy(LM, 32)
    pdf.cell(RM - LM, 5, "TABLE OF CONTENTS", align="C")
    pdf.set_xy(RM - 20, 42)
    pdf.cell(20, 5, "Page", align="R")
    y = 52
    entries = [(0, "I.", "INTRODUCTION"), (0, "II.", "ADMINISTRATIVE PART OF THE BUDGET"),
               (0, "III.", "OPERATIONAL PART OF THE BUDGET"),
               (1, "A.", "Resource projections"), (1, "B.", "Distribution by service area"),
               (0, "IV.", "DISCRETIONARY INCOME"), (0, "V.", "CONCLUSION")]
    for lvl, num, t in entries:
        pdf.set_font("S", "", 10)
        x = LM + (TAB if lvl else 0)
        pdf.text(x, y, num)
        tx = x + (TAB if lvl == 0 else 7)
        pdf.text(tx, y, t)
        pg = pages.get(t, "?")
        end = tx + pdf.get_string_width(t) + 2
        pw = pdf.get_string_width(pg)
        dot = pdf.get_string_width(".")
        n = int((RM - pw - 3 - end) / dot)
        pdf.text(end, y, "." * n)
        pdf.text(RM - pw, y, pg)
        y += 7 if lvl == 0 else 6


def build(pages):
    pdf = Doc(format="A4", unit="mm")
    pdf.set_auto_page_break(False)
    pdf.set_margins(LM, 20, 210 - RM)
    pdf.add_font("S", "", FONTDIR + "DejaVuSerifCondensed.ttf")
    pdf.add_font("S", "B", FONTDIR + "DejaVuSerifCondensed-Bold.ttf")
    pdf.add_font("S", "I", FONTDIR + "DejaVuSerifCondensed-Italic.ttf")
    pdf.page_label = ""
    cover(pdf)
    contents(pdf, pages)
    fl = Flow(pdf)
    pdf.page_label = "1"
    pdf.add_page()
    body(fl)
    return pdf, fl.headings


if __name__ == "__main__":
    _, heads = build({})
    pdf, heads2 = build(heads)
    assert heads == heads2
    pdf.output(OUT)
    print("pages:", pdf.page_no(), heads)
