# Draws programme-budget-2011.pdf: extracts of an invented IOM Programme and Budget for 2012
# (Council, 100th session, 2011).  fpdf2, core Times font, manual pagination.
import re
from fpdf import FPDF

SYMBOL = "MC/2318"
OUT = "programme-budget-2011.pdf"

PAGE_W, PAGE_H = 210, 297
L, R = 25, 20
W = PAGE_W - L - R          # 165 mm text width
TOP = 32                    # body starts here on pages with a running header
BOTTOM = 276                # last baseline area
LH = 5.3                    # body line height (11 pt)
FS = 11
NUM_IND = 12.5              # first-line indent after a paragraph number

FOOTNOTES = {
    "1": "See Resolution No. 1150 of 7 June 2007 on the IOM Strategy and document MC/INF/287, "
         "which sets out the twelve strategic activities that continue to frame the services "
         "described in this document.",
    "2": "Staff and office costs comprise the salaries and benefits of project staff and the running "
         "costs of the field offices concerned; the method by which they are charged to projects was "
         "last reviewed by the Standing Committee on Programmes and Finance in document SCPF/58.",
}


def money(v):
    if v is None:
        return ""
    if v == 0:
        return "-"
    if v < 0:
        return "(" + format(-v, ",") + ")"
    return format(v, ",")


class Doc(FPDF):
    def __init__(self):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.core_fonts_encoding = "windows-1252"
        self.set_auto_page_break(False)
        self.set_margins(L, 15, R)
        self.label = None          # running-header page label
        self.annex_label = None
        self.page_notes = []       # footnote ids on the current page
        self.y_cur = TOP
        self.heading_pages = {}

    # ---------------- page furniture ----------------
    def header(self):
        if self.label is None:
            return
        self.set_font("Times", "", 10)
        y = 12
        self.set_xy(L, y)
        self.cell(W, 4.5, SYMBOL, align="R")
        y += 4.5
        if self.annex_label:
            self.set_xy(L, y)
            self.cell(W, 4.5, self.annex_label, align="R")
            y += 4.5
        self.set_xy(L, y)
        self.cell(W, 4.5, "Page " + self.label, align="R")

    def new_page(self, label, annex=None):
        if self.page > 0:
            self.flush_footnotes()
        self.label = label
        self.annex_label = annex
        self.add_page()
        self.page_notes = []
        self.y_cur = TOP + (4.5 if annex else 0)

    # ---------------- footnotes ----------------
    def fn_lines(self, fid):
        self.set_font("Times", "", 9)
        return self.wrap_plain(FOOTNOTES[fid], W - 6, W - 6)

    def fn_height(self, ids):
        if not ids:
            return 0
        h = 5
        for f in ids:
            h += len(self.fn_lines(f)) * 4.0 + 0.8
        return h

    def limit(self, extra_notes=()):
        return BOTTOM - self.fn_height(list(self.page_notes) + list(extra_notes))

    def flush_footnotes(self):
        if not self.page_notes:
            return
        h = self.fn_height(self.page_notes)
        y = BOTTOM - h + 2
        self.set_line_width(0.2)
        self.line(L, y, L + 45, y)
        y += 2.2
        for f in self.page_notes:
            lines = self.fn_lines(f)
            self.set_font("Times", "", 6)
            self.set_xy(L + 1, y - 1.0)
            self.cell(3, 3, f)
            self.set_font("Times", "", 9)
            for ln in lines:
                self.set_xy(L + 6, y)
                self.cell(W - 6, 4.0, ln)
                y += 4.0
            y += 0.8
        self.page_notes = []

    # ---------------- text wrapping ----------------
    def wrap_plain(self, text, w_first, w_rest):
        words = text.split()
        lines, cur = [], ""
        w = w_first
        for wd in words:
            t = wd if not cur else cur + " " + wd
            if self.get_string_width(t) <= w:
                cur = t
            else:
                lines.append(cur)
                cur = wd
                w = w_rest
        if cur:
            lines.append(cur)
        return lines

    def tok_width(self, tok, style):
        base, sup = tok
        self.set_font("Times", style, FS)
        wdt = self.get_string_width(base)
        if sup:
            self.set_font("Times", style, 7)
            wdt += self.get_string_width(sup) + 0.2
            self.set_font("Times", style, FS)
        return wdt

    def tokens(self, text):
        out = []
        for wd in text.split():
            m = re.match(r"^(.*?)\^(\w+)$", wd)
            if m:
                out.append((m.group(1), m.group(2)))
            else:
                out.append((wd, None))
        return out

    def wrap(self, text, w_first, w_rest, style=""):
        toks = self.tokens(text)
        self.set_font("Times", style, FS)
        space = self.get_string_width(" ")
        lines, cur, cw = [], [], 0
        w = w_first
        for t in toks:
            tw = self.tok_width(t, style)
            need = tw if not cur else cw + space + tw
            if need <= w or not cur:
                cur.append(t)
                cw = need
            else:
                lines.append(cur)
                cur, cw = [t], tw
                w = w_rest
        if cur:
            lines.append(cur)
        return lines

    def draw_tokens(self, toks, x, y, width, justify, style=""):
        self.set_font("Times", style, FS)
        space = self.get_string_width(" ")
        widths = [self.tok_width(t, style) for t in toks]
        natural = sum(widths) + space * (len(toks) - 1)
        gap = space
        if justify and len(toks) > 1:
            gap = space + (width - natural) / (len(toks) - 1)
        cx = x
        for t, tw in zip(toks, widths):
            base, sup = t
            self.set_font("Times", style, FS)
            self.set_xy(cx, y)
            self.cell(self.get_string_width(base), LH, base)
            if sup:
                bw = self.get_string_width(base)
                self.set_font("Times", style, 7)
                self.set_xy(cx + bw + 0.2, y - 1.4)
                self.cell(self.get_string_width(sup), LH, sup)
                if sup not in self.page_notes:
                    self.page_notes.append(sup)
            cx += tw + gap

    def block(self, text, x_first, x_rest, right=L + W, label=None, label_x=None,
              style="", space_after=3.2, justify=True):
        lines = self.wrap(text, right - x_first, right - x_rest, style)
        for i, toks in enumerate(lines):
            sups = [t[1] for t in toks if t[1] and t[1] not in self.page_notes]
            if self.y_cur + LH > self.limit(sups):
                self.new_page(str(int(self.label) + 1) if self.label.isdigit() else self.label,
                              self.annex_label)
            x = x_first if i == 0 else x_rest
            if i == 0 and label:
                self.set_font("Times", "", FS)
                self.set_xy(label_x, self.y_cur)
                self.cell(self.get_string_width(label), LH, label)
            last = i == len(lines) - 1
            self.draw_tokens(toks, x, self.y_cur, right - x, justify and not last, style)
            self.y_cur += LH
        self.y_cur += space_after

    def para(self, num, text, space_after=3.2):
        self.block(text, L + NUM_IND, L, label=f"{num}.", label_x=L, space_after=space_after)

    def plain(self, text, space_after=3.2):
        self.block(text, L, L, space_after=space_after)

    def item(self, label, text, depth=1, space_after=2.0):
        lx = L + NUM_IND + (depth - 1) * 10
        tx = lx + 10
        self.block(text, tx, tx, label=label, label_x=lx, space_after=space_after)

    def ensure(self, h):
        if self.y_cur + h > self.limit():
            self.new_page(str(int(self.label) + 1), self.annex_label)

    def heading(self, text, kind, key=None):
        """kind: part (centred caps), letter (bold), area (bold, hanging, narrow), sub (bold italic)."""
        self.ensure(LH * 4)
        if key:
            self.heading_pages[key] = self.label
        if kind == "part":
            self.y_cur += 1.5
            self.set_font("Times", "B", 12)
            self.set_xy(L, self.y_cur)
            self.cell(W, 6, text, align="C")
            self.y_cur += 6 + 4.5
        elif kind == "plain":
            self.set_font("Times", "B", FS)
            self.set_xy(L, self.y_cur)
            self.cell(W, LH, text, align="C")
            self.y_cur += LH + 4
        elif kind == "letter":
            lab, words = text.split(" ", 1)
            self.set_font("Times", "B", FS)
            self.set_xy(L, self.y_cur)
            self.cell(10, LH, lab)
            self.set_xy(L + NUM_IND, self.y_cur)
            self.cell(W - NUM_IND, LH, words)
            self.y_cur += LH + 3.5
        elif kind in ("area", "sub"):
            lab, words = text.split(" ", 1)
            style = "B" if kind == "area" else "BI"
            self.set_font("Times", style, FS)
            self.set_xy(L, self.y_cur)
            self.cell(12, LH, lab)
            # service-area headings are set in a narrow column, so long ones turn over
            right = L + 110 if kind == "area" else L + W
            lines = self.wrap_plain(words, right - L - NUM_IND, right - L - NUM_IND)
            for ln in lines:
                self.set_font("Times", style, FS)
                self.set_xy(L + NUM_IND, self.y_cur)
                self.cell(right - L - NUM_IND, LH, ln)
                self.y_cur += LH
            self.y_cur += 3.0

    # ---------------- tables ----------------
    def table(self, caption, col_w, head, rows, first_align="L", note_space=4):
        """rows: list of (label, [values], style, indent).  Values are strings."""
        head_h = 4.4 * max(len(h.split("\n")) for h in head) + 1.6
        row_heights = []
        self.set_font("Times", "", 9)
        for lab, vals, st, ind in rows:
            self.set_font("Times", st, 9)
            n = len(self.wrap_plain(lab, col_w[0] - ind - 2.5, col_w[0] - ind - 5.5))
            row_heights.append(4.6 * n + 0.8)
        total_h = 7 + head_h + sum(row_heights)
        self.ensure(total_h)
        # caption
        self.set_font("Times", "B", 10)
        self.set_xy(L, self.y_cur)
        self.cell(sum(col_w), 5, caption, align="C")
        self.y_cur += 7
        x0 = L + (W - sum(col_w)) / 2
        # heading row
        self.set_line_width(0.2)
        self.set_fill_color(225, 225, 225)
        x = x0
        for w, h in zip(col_w, head):
            self.rect(x, self.y_cur, w, head_h, style="DF")
            hl = h.split("\n")
            yy = self.y_cur + (head_h - 4.4 * len(hl)) / 2
            self.set_font("Times", "B", 9)
            for part in hl:
                self.set_xy(x, yy)
                self.cell(w, 4.4, part, align="C")
                yy += 4.4
            x += w
        self.y_cur += head_h
        for (lab, vals, st, ind), rh in zip(rows, row_heights):
            x = x0
            self.rect(x, self.y_cur, col_w[0], rh)
            self.set_font("Times", st, 9)
            lines = self.wrap_plain(lab, col_w[0] - ind - 2.5, col_w[0] - ind - 5.5)
            yy = self.y_cur + 0.4
            for k, ln in enumerate(lines):
                self.set_xy(x + 1.2 + ind + (3 if k else 0), yy)
                self.cell(col_w[0] - ind - 2.5, 4.6, ln)
                yy += 4.6
            x += col_w[0]
            for w, v in zip(col_w[1:], vals):
                self.rect(x, self.y_cur, w, rh)
                self.set_font("Times", st, 9)
                # figures sit on the last line of a wrapped label, right-aligned
                self.set_xy(x, self.y_cur + 0.4 + 4.6 * (len(lines) - 1))
                self.cell(w - 1.5, 4.6, v, align="R")
                x += w
            self.y_cur += rh
        self.y_cur += note_space + 2


def build(toc_pages):
    pdf = Doc()
    pdf.set_title("Programme and Budget for 2012")
    pdf.set_author("International Organization for Migration")

    # ================= cover =================
    pdf.add_page()
    pdf.set_font("Times", "B", 12)
    pdf.set_xy(L, 18)
    pdf.cell(W, 5.5, SYMBOL, align="R")
    pdf.set_font("Times", "", 11)
    pdf.set_xy(L, 24)
    pdf.cell(W, 5.5, "Original: English", align="R")
    pdf.set_xy(L, 29.5)
    pdf.cell(W, 5.5, "14 October 2011", align="R")
    pdf.set_font("Times", "B", 12)
    pdf.set_xy(L, 92)
    pdf.cell(W, 6, "100TH SESSION", align="C")
    pdf.set_font("Times", "", 11)
    pdf.set_xy(L, 99)
    pdf.cell(W, 5, "_" * 78, align="C")
    pdf.set_font("Times", "B", 14)
    pdf.set_xy(L, 126)
    pdf.cell(W, 7, "PROGRAMME AND BUDGET", align="C")
    pdf.set_xy(L, 133.5)
    pdf.cell(W, 7, "FOR 2012", align="C")
    pdf.set_font("Times", "B", 12)
    pdf.set_xy(L, 270)
    pdf.cell(W / 3, 6, "COUNCIL", align="L")
    pdf.cell(W / 3, 6, "CONSEIL", align="C")
    pdf.cell(W / 3, 6, "CONSEJO", align="R")

    # ================= contents =================
    pdf.new_page("i")
    pdf.set_font("Times", "B", 12)
    pdf.set_xy(L, pdf.y_cur)
    pdf.cell(W, 6, "TABLE OF CONTENTS", align="C")
    pdf.y_cur += 12
    pdf.set_font("Times", "B", 10)
    pdf.set_xy(L, pdf.y_cur)
    pdf.cell(W, 5, "Page", align="R")
    pdf.y_cur += 8
    toc = [
        (0, "INTRODUCTION", "intro"),
        (0, "PART I \u2013 ADMINISTRATION (in Swiss francs)", "p1"),
        (1, "A. Administrative Part of the Budget", "p1a"),
        (1, "B. Staffing", "p1b"),
        (0, "PART II \u2013 OPERATIONS (in US dollars)", "p2"),
        (1, "A. Summary by service area", "p2a"),
        (1, "B. Highlights of selected service areas", "p2b"),
        (2, "I. Movement, Emergency and Post-crisis Migration Management", "s1"),
        (3, "I.1 Resettlement Assistance", "s11"),
        (3, "I.2 Repatriation Assistance", "s12"),
        (2, "II. Migration Health", "s2"),
        (3, "II.1 Migration Health Assessments and Travel Health Assistance", "s21"),
        (3, "II.2 Health Promotion and Assistance for Migrants", "s22"),
        (0, "ANNEX \u2013 Assumptions underlying the 2012 estimates", "annex"),
    ]
    for lvl, title, key in toc:
        if lvl == 0 and key != "intro":
            pdf.y_cur += 3
        x = L + lvl * 8
        style = "B" if lvl == 0 else ""
        pdf.set_font("Times", style, 11)
        tw = pdf.get_string_width(title)
        pdf.set_xy(x, pdf.y_cur)
        pdf.cell(tw, 5.5, title)
        page = toc_pages.get(key, "0")
        pdf.set_font("Times", "", 11)
        dot_start = x + tw + 1.5
        dot_end = L + W - 10
        dw = pdf.get_string_width(".")
        n = int((dot_end - dot_start) / (dw + 0.55))
        pdf.set_xy(dot_start, pdf.y_cur)
        pdf.cell(dot_end - dot_start, 5.5, "." * n)
        pdf.set_xy(L + W - 10, pdf.y_cur)
        pdf.cell(10, 5.5, page, align="R")
        pdf.y_cur += 6.6

    # ================= body =================
    pdf.new_page("1")
    pdf.heading("PROGRAMME AND BUDGET FOR 2012", "plain")
    pdf.heading("INTRODUCTION", "part", "intro")
    pdf.para(1, "The present document sets out the Programme and Budget of the Organization for 2012, "
             "drawn up in accordance with the Financial Regulations. It contains the estimates for the "
             "Administrative Part of the Budget, which is met from the assessed contributions of Member "
             "States, and the projected resources of the Operational Part of the Budget, which is financed "
             "by voluntary contributions. What follows are the summary tables and the narrative that "
             "explains them; the regional breakdowns and the project-by-project listings appear in the "
             "full version made available to Member States.")
    pdf.para(2, "As in previous years, the proposals rest on the IOM Strategy endorsed by the Council in "
             "2007,^1 and on the priorities described in the Director General's reports on the work of the "
             "Organization. The Administration has also taken careful account of the views expressed by "
             "Member States at the meetings of the Standing Committee on Programmes and Finance held during "
             "the year, at which many delegations underlined the need for restraint in the core budget and "
             "for greater predictability in the funding of the structure.")
    pdf.para(3, "Member States have again requested that the Administrative Part of the Budget be kept at "
             "zero nominal growth. The 2012 estimate of CHF 39,698,000 is consistent with that request: the "
             "difference of CHF 412,000 compared with the level approved for 2011 is equal to the assessed "
             "contributions expected from the States admitted to membership in the course of 2011, so that "
             "the contributions of existing Members will not rise.")
    pdf.para(4, "The Operational Part of the Budget for 2012 is estimated at USD 660.7 million. That figure "
             "takes into account only the funding confirmed, or reasonably assured, at the time of writing. "
             "Experience shows that the final level of activity will be substantially higher once new "
             "projects are agreed with donors during the year; the Council will be informed of the changes "
             "through the customary revisions of the Programme and Budget.")
    pdf.para(5, "A number of factors have influenced the estimates, among them:", space_after=2.0)
    pdf.item("(a)", "the continued strength of the Swiss franc against the United States dollar, which "
             "raises the cost, measured in dollars, of the functions carried out in Geneva;")
    pdf.item("(b)", "the consolidation of the structural reform begun in 2009, in particular:", space_after=1.5)
    pdf.item("(i)", "the reinforcement of the Regional Offices and of the Administrative Centres in Manila "
             "and Panama; and", depth=2, space_after=1.5)
    pdf.item("(ii)", "the relocation of further support functions from Headquarters to those Centres;",
             depth=2)
    pdf.item("(c)", "the large emergency operations mounted in 2011, a number of which will carry on into "
             "2012; and")
    pdf.item("(d)", "the lasting gap between the core structure the Organization needs and the resources "
             "available to pay for it.", space_after=3.2)
    pdf.para(6, "The document is in two parts. Part I deals with the Administrative Part of the Budget, "
             "expressed in Swiss francs; Part II deals with the Operational Part of the Budget, expressed in "
             "United States dollars. The main assumptions behind the figures are listed in the Annex.")

    # ---------------- Part I ----------------
    pdf.y_cur += 3
    pdf.heading("PART I \u2013 ADMINISTRATION", "part", "p1")
    pdf.heading("A. Administrative Part of the Budget", "letter", "p1a")
    pdf.para(7, "The Administrative Part of the Budget pays for the core structure of the Organization: the "
             "senior management and the departments at Headquarters, the Administrative Centres and the "
             "Regional Offices. It is funded in full from the assessed contributions of Member States, on the "
             "basis of the scale of assessment adopted by the Council.")
    pdf.para(8, "Table 1 sets the 2012 estimates against the budget approved for 2011 in document MC/2293, "
             "by object of expenditure. Staff costs account for slightly under 76 per cent of the total, "
             "a share that has changed little over the past five years.")
    t1_rows = [
        ("Staff costs", [None, None, None], "B", 0),
        ("Salaries", [23418000, 23706000, 288000], "", 4),
        ("Common staff costs", [5962000, 6104000, 142000], "", 4),
        ("Travel on appointment and separation", [318000, 296000, -22000], "", 4),
        ("Subtotal", [29698000, 30106000, 408000], "B", 0),
        ("Non-staff costs", [None, None, None], "B", 0),
        ("Communications", [1284000, 1196000, -88000], "", 4),
        ("Office supplies and equipment", [842000, 815000, -27000], "", 4),
        ("Premises: rent, maintenance and utilities", [3105000, 3172000, 67000], "", 4),
        ("Duty travel", [1026000, 968000, -58000], "", 4),
        ("Contractual services", [2561000, 2684000, 123000], "", 4),
        ("Governing bodies meetings", [770000, 757000, -13000], "", 4),
        ("Subtotal", [9588000, 9592000, 4000], "B", 0),
        ("Total", [39286000, 39698000, 412000], "B", 0),
    ]
    # consistency checks
    for lab, v, st, ind in t1_rows:
        if v[0] is not None:
            assert v[1] - v[0] == v[2], lab
    assert 23418000 + 5962000 + 318000 == 29698000
    assert 1284000 + 842000 + 3105000 + 1026000 + 2561000 + 770000 == 9588000
    assert 1196000 + 815000 + 3172000 + 968000 + 2684000 + 757000 == 9592000
    pdf.table("Table 1: Administrative Part of the Budget by object of expenditure (in Swiss francs)",
              [76, 31, 31, 26],
              ["Object of expenditure", "2011 approved\nbudget", "2012\nestimates", "Change"],
              [(a, [money(x) for x in v], s, i) for a, v, s, i in t1_rows])
    pdf.para(9, "The rise of CHF 408,000 in staff costs is explained by statutory step increments and by "
             "the revised salary scales for the General Service category promulgated following the most "
             "recent survey by the International Civil Service Commission. Apart from the changes shown in "
             "Table 2, no post has been added. Non-staff costs are practically unchanged overall: the savings "
             "made on communications and on duty travel have been redeployed to contractual services, chiefly "
             "for the upkeep of the PRISM financial and human resources system.")
    pdf.para(10, "The provision for governing bodies meetings covers the regular session of the Council, "
             "any special session that may be convened, and the sessions of the Standing Committee on "
             "Programmes and Finance, including the cost of interpretation and of translating documents "
             "into the three official languages.")
    pdf.heading("B. Staffing", "letter", "p1b")
    pdf.para(11, "The posts funded from the Administrative Part of the Budget are shown by grade in Table 2. "
             "Staff whose positions are financed from the Operational Part of the Budget or from "
             "Operational Support Income are not included.")
    t2_rows = [
        ("Ungraded", [2, 2, 0], "", 0),
        ("D-2", [4, 4, 0], "", 0),
        ("D-1", [11, 11, 0], "", 0),
        ("P-5", [24, 25, 1], "", 0),
        ("P-4", [39, 39, 0], "", 0),
        ("P-3", [31, 32, 1], "", 0),
        ("P-2", [17, 16, -1], "", 0),
        ("Total officials", [128, 129, 1], "B", 0),
        ("G", [142, 142, 0], "", 0),
        ("Total", [270, 271, 1], "B", 0),
    ]
    assert sum(r[1][0] for r in t2_rows[:7]) == 128 and sum(r[1][1] for r in t2_rows[:7]) == 129
    pdf.table("Table 2: Posts by grade, 2011 and 2012", [50, 30, 30, 24],
              ["Grade", "2011", "2012", "Change"],
              [(a, [money(x) for x in v], s, i) for a, v, s, i in t2_rows])
    pdf.para(12, "The net increase of one post is the result of two adjustments. A P-5 post of Head of "
             "the Labour and Facilitated Migration Division has been established in place of a temporary "
             "position that was until now paid from discretionary income, and one P-2 post in the Treasury "
             "Division has been reclassified at the P-3 level in view of the added responsibilities it "
             "carries for the management of currency risk.")
    pdf.para(13, "The number of General Service posts stays at 142. Close to two thirds of them are now "
             "located in the Administrative Centres in Manila and Panama, where the cost of a post is "
             "markedly lower than in Geneva; the Administration intends to continue moving transactional "
             "work to those locations as the related posts at Headquarters fall vacant, and expects the "
             "savings generated in this way to offset, at least in part, the effect of the exchange rate "
             "on the remaining Geneva-based staff. A fuller account of this policy, and of the posts "
             "concerned, will be given to the Standing Committee on Programmes and Finance at its next "
             "session, together with an assessment of the first two years of operation of the Panama "
             "Administrative Centre and of the lessons drawn from the earlier experience in Manila.")

    # ---------------- Part II ----------------
    pdf.heading("PART II \u2013 OPERATIONS", "part", "p2")
    pdf.heading("A. Summary by service area", "letter", "p2a")
    pdf.para(14, "The Operational Part of the Budget groups the activities that the Organization carries "
             "out at the request of Member States and other partners and that are funded by voluntary "
             "contributions, the greater part of which are earmarked by donors for specific projects. The "
             "estimates for 2012, which amount to USD 660,655,600, are presented by service area in Table 3.")
    pdf.para(15, "For each service area the table distinguishes staff and office costs,^2 on the one hand, "
             "from programme costs on the other. Staff and office costs represent 22.6 per cent of the "
             "total, a proportion comparable with that of recent years.")
    pdf.para(16, "The figures should be read as indicative. They reflect the project portfolio as it stood "
             "at the end of August 2011 and will be updated in the revision of the Programme and Budget to "
             "be submitted in the first half of 2012.")
    t3 = [
        ("I. Movement, Emergency and Post-crisis Migration Management", None, "B", 0),
        ("I.1 Resettlement Assistance", (22145300, 118602700), "", 4),
        ("I.2 Repatriation Assistance", (1964100, 9218500), "", 4),
        ("I.3 Emergency and Post-crisis Migration Management", (28431800, 131557900), "", 4),
        ("I.4 Transition and Recovery", (9874600, 47320400), "", 4),
        ("Subtotal", "sum", "B", 0),
        ("II. Migration Health", None, "B", 0),
        ("II.1 Migration Health Assessments and Travel Health Assistance", (30218900, 17406200), "", 4),
        ("II.2 Health Promotion and Assistance for Migrants", (4112700, 13980300), "", 4),
        ("II.3 Migration Health Assistance for Crisis-affected Populations and Host Communities",
         (1876400, 9541000), "", 4),
        ("Subtotal", "sum", "B", 0),
        ("III. Migration and Development", None, "B", 0),
        ("III.1 Migration and Economic/Community Development", (5337200, 26814900), "", 4),
        ("III.2 Return and Reintegration of Qualified Nationals", (412600, 1905300), "", 4),
        ("III.3 Remittances", (96800, 512400), "", 4),
        ("Subtotal", "sum", "B", 0),
        ("IV. Regulating Migration", None, "B", 0),
        ("IV.1 Return Assistance to Migrants and Governments", (11904500, 38761200), "", 4),
        ("IV.2 Counter-trafficking", (6218300, 21448700), "", 4),
        ("IV.3 Immigration and Border Management", (9760200, 41355800), "", 4),
        ("Subtotal", "sum", "B", 0),
        ("V. Facilitating Migration", None, "B", 0),
        ("V.1 Labour Migration", (2318700, 7926100), "", 4),
        ("V.2 Migrant Processing and Integration", (8641900, 12207300), "", 4),
        ("Subtotal", "sum", "B", 0),
        ("VI. Migration Policy, Research and Communications", (1094300, 2788600), "B", 0),
        ("VII. Reparation Programmes", (1562700, 3011400), "B", 0),
        ("VIII. General Programme Support", (3406100, 6919800), "B", 0),
        ("Total", "total", "B", 0),
    ]
    rows, acc, tot = [], [0, 0], [0, 0]
    for lab, v, st, ind in t3:
        if v is None:
            rows.append((lab, ["", "", ""], st, ind))
            continue
        if v == "sum":
            a, b = acc
            acc = [0, 0]
        elif v == "total":
            a, b = tot
        else:
            a, b = v
            acc[0] += a
            acc[1] += b
            tot[0] += a
            tot[1] += b
        rows.append((lab, [money(a), money(b), money(a + b)], st, ind))
    assert tot == [149377100, 511278500] and sum(tot) == 660655600
    pdf.table("Table 3: Operational Part of the Budget by service area (in US dollars)",
              [91, 25, 25, 25],
              ["Service area", "Staff and\noffice costs", "Programme\ncosts", "Total costs"], rows)
    pdf.para(17, "Movement, emergency and post-crisis migration management remains by far the largest "
             "service area, with 55.9 per cent of the total, followed by regulating migration and by "
             "migration health. The sections below comment on the two service areas in which the most "
             "significant changes are foreseen.")

    pdf.heading("B. Highlights of selected service areas", "letter", "p2b")
    pdf.heading("I. Movement, Emergency and Post-crisis Migration Management", "area", "s1")
    pdf.para(18, "The estimates for this service area, USD 369.1 million, are dominated by two large "
             "components: the resettlement of refugees to third countries and the response to "
             "humanitarian crises, including the evacuation of stranded migrants and the management of "
             "camps for internally displaced persons.")
    pdf.heading("I.1 Resettlement Assistance", "sub", "s11")
    pdf.para(19, "Resettlement activities are expected to remain close to their 2011 level. Processing for "
             "the main resettlement countries will continue in Nepal, Thailand, Kenya and Jordan, and "
             "medium-sized caseloads are foreseen from Malaysia and Turkey. Pre-departure orientation is "
             "provided to most refugees before travel and is included in the programme costs.")
    pdf.para(20, "Transport is arranged under the Organization's agreements with airlines, which allow "
             "reduced fares for refugees and migrants; the value of those agreements is not reflected in "
             "the figures, which show only the amounts that will pass through the Organization's accounts.")
    pdf.heading("I.2 Repatriation Assistance", "sub", "s12")
    pdf.para(21, "Support for the voluntary return of refugees and displaced persons to their countries of "
             "origin is budgeted at USD 11.2 million. The amount covers ongoing operations in the Great "
             "Lakes region and in South Sudan, and may be increased should further return movements be "
             "agreed with the Office of the United Nations High Commissioner for Refugees.")
    pdf.heading("II. Migration Health", "area", "s2")
    pdf.para(22, "The resources for migration health, USD 77.1 million, are spread over three service lines. "
             "Nearly three fifths of the total relates to health assessments carried out on behalf of "
             "receiving countries, which are funded by those countries or by the migrants themselves.")
    pdf.heading("II.1 Migration Health Assessments and Travel Health Assistance", "sub", "s21")
    pdf.para(23, "Health assessments will be performed in some 60 countries. The high share of staff and "
             "office costs in this line reflects the nature of the work, which is carried out mainly by "
             "physicians, nurses and laboratory staff employed directly by the Organization.")
    pdf.heading("II.2 Health Promotion and Assistance for Migrants", "sub", "s22")
    pdf.para(24, "Activities under this line aim to improve access to health services for migrants and "
             "mobile populations, with particular emphasis on HIV prevention along transport corridors in "
             "southern Africa and on tuberculosis control in cross-border areas of South-East Asia.")
    pdf.para(25, "The remaining service areas are described in detail in the full version of the document, "
             "together with the regional distribution of the estimates.")

    # ================= annex =================
    pdf.new_page(str(int(pdf.label) + 1), "Annex")
    pdf.heading_pages["annex"] = pdf.label
    pdf.set_font("Times", "B", 12)
    pdf.set_xy(L, pdf.y_cur)
    pdf.cell(W, 6, "ANNEX", align="C")
    pdf.y_cur += 9
    pdf.set_xy(L, pdf.y_cur)
    pdf.cell(W, 6, "ASSUMPTIONS UNDERLYING THE 2012 ESTIMATES", align="C")
    pdf.y_cur += 12
    pdf.plain("The estimates presented in this document have been prepared on the basis of the "
              "following assumptions:", space_after=2.0)
    bul = "\u2022"
    pdf.item(bul, "an exchange rate of CHF 0.90 to USD 1.00 for the conversion of Swiss franc costs "
             "of the Operational Part of the Budget;", depth=1)
    pdf.item(bul, "no increase in the standard rate of post adjustment for Geneva during the year;")
    pdf.item(bul, "a rate of 7 per cent for the recovery of overhead costs from projects, unchanged "
             "from 2011; and")
    pdf.item(bul, "a level of Operational Support Income of USD 41 million, in line with the average of "
             "the last three years.", space_after=3.2)
    pdf.plain("Should any of these assumptions prove unfounded, the Administration will report on the "
              "consequences, and on the measures it proposes to take, in the first revision of the "
              "Programme and Budget for 2012.")
    pdf.flush_footnotes()
    return pdf


if __name__ == "__main__":
    first = build({})
    pages = dict(first.heading_pages)
    pdf = build(pages)
    assert pdf.heading_pages == pages
    pdf.output(OUT)
    print("pages:", pdf.page, pages)
