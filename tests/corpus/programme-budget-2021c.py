"""Draws programme-budget-2021c.pdf: a summary update on the IOM Programme and Budget for 2021
(SCPF document S/28/7), with fpdf2.  Run with /work/main/.venv/bin/python."""
import os
import re

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "programme-budget-2021c.pdf")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"

SYMBOL = "S/28/7"
PAGE_W, PAGE_H = 210, 297
LM, RM = 22, 22
TW = PAGE_W - LM - RM          # text width
BOTTOM = 275                   # lowest baseline area for body + footnotes
BODY_TOP_LATER = 30
FS = 10.5                      # body font size
LH = 5.3                       # body line height
FN_FS = 8.5
FN_LH = 3.9
PARA_INDENT = 10               # text of first line after the paragraph number

# ---------------------------------------------------------------------------------------------
# Content
# ---------------------------------------------------------------------------------------------

FOOTNOTES = {
    "1": "For the purposes of this document, the Administrative Part of the Budget, which is "
         "approved in Swiss francs, is expressed in US dollars at the United Nations operational "
         "rate of exchange: CHF 0.9201 to USD 1 in the Programme and Budget for 2021 and "
         "CHF 0.9115 to USD 1 as at 1 May 2021.",
    "2": "Details by Member State are given in the Status report on outstanding contributions to "
         "the Administrative Part of the Budget (S/28/4).",
    "3": "Under the mechanism agreed by the Standing Committee in 2019, any Operational Support "
         "Income received above the budgeted level is first transferred to the OSI reserve, until "
         "the reserve reaches its target level of USD 40 million.",
}

T1_HEAD = ["", "Programme and\nBudget for 2021\n(C/111/7)", "Summary\nupdate", "Change"]
T1_ROWS = [
    ("Part I – Administration", 57011, 57549),
    ("Part II – Operational Support Income", 135500, 152400),
    ("Part II – Staff and office costs", 428760, 416235),
    ("Part II – Programme costs", 1352318, 1437917),
]

T2_HEAD = ["Region", "Staff costs", "Office costs", "Total"]
T2_ROWS = [
    ("Asia and the Pacific", 52318, 16204),
    ("Central and North America and the Caribbean", 21746, 6935),
    ("Central and West Africa", 29870, 9412),
    ("East and Horn of Africa", 38154, 12077),
    ("European Economic Area", 17392, 4618),
    ("Middle East and North Africa", 44605, 14386),
    ("South America", 14287, 4105),
    ("South-Eastern Europe, Eastern Europe and Central Asia", 23519, 6843),
    ("Southern Africa", 12466, 3972),
    ("Headquarters and Administrative Centres", 64247, 19079),
]

T3_HEAD = ["Service area", "Staff and\noffice costs", "Programme\ncosts", "Total"]
T3_ROWS = [
    ("I.1 Resettlement Assistance", 31842, 142716),
    ("I.2 Repatriation Assistance", 2315, 6184),
    ("I.3 Emergency Response and Shelter", 78406, 341952),
    ("I.4 Transition and Recovery", 61237, 268405),
    ("II.1 Migration Health Assessments and Travel Health", 26118, 71340),
    ("II.2 Health Promotion and Assistance for Migrants", 14902, 48277),
    ("II.3 Health Assistance for Crisis-affected Populations", 19533, 83614),
    ("III.1 Migration and Community Development", 9874, 27503),
    ("III.2 Return and Reintegration of Qualified Nationals", 1206, 2918),
    ("III.3 Remittances and Diaspora Engagement", 1853, 4262),
    ("IV.1 Return Assistance to Migrants and Governments", 38215, 136471),
    ("IV.2 Counter-trafficking and Protection", 16348, 40295),
    ("IV.3 Immigration and Border Management", 29764, 94088),
    ("V.1 Labour Migration", 7182, 16940),
    ("V.2 Migrant Processing and Integration", 24631, 57326),
    ("VI.1 Migration Policy Activities", 6027, 9815),
    ("VI.2 Research and Publications", 3419, 5637),
    ("VII.1 Reparation Programmes", 2861, 14902),
    ("VIII.1 General Programme Support", 40502, 65272),
]

# consistency checks
assert sum(r[1] for r in T2_ROWS) + sum(r[2] for r in T2_ROWS) == 416235
assert sum(r[1] for r in T3_ROWS) == 416235
assert sum(r[2] for r in T3_ROWS) == 1437917
assert sum(r[1] for r in T1_ROWS[1:]) == 1916578


def fmt(n):
    return f"({abs(n):,})" if n < 0 else f"{n:,}"


def table1_rows():
    rows = []
    for lab, a, b in T1_ROWS:
        rows.append((lab, [fmt(a), fmt(b), fmt(b - a)], False))
    p2a = sum(r[1] for r in T1_ROWS[1:])
    p2b = sum(r[2] for r in T1_ROWS[1:])
    rows.append(("Total Part II", [fmt(p2a), fmt(p2b), fmt(p2b - p2a)], True))
    ga, gb = p2a + T1_ROWS[0][1], p2b + T1_ROWS[0][2]
    rows.append(("Grand total", [fmt(ga), fmt(gb), fmt(gb - ga)], True))
    return rows


def table_sum_rows(data):
    rows = [(lab, [fmt(a), fmt(b), fmt(a + b)], False) for lab, a, b in data]
    sa, sb = sum(r[1] for r in data), sum(r[2] for r in data)
    rows.append(("Total", [fmt(sa), fmt(sb), fmt(sa + sb)], True))
    return rows


BODY = [
    ("h1", "I.", "INTRODUCTION"),
    ("p", "1", "The Programme and Budget for 2021 (C/111/7) was approved by the Council through "
               "Resolution No. 1390 of 25 November 2020. It set the Administrative Part of the "
               "Budget at CHF 52,456,000 and estimated the Operational Part at USD 1,916.6 million, "
               "on the basis of the funding that was confirmed or reasonably expected at the time "
               "of its preparation."),
    ("p", "2", "The present summary update revises those estimates in the light of the contributions "
               "confirmed up to 31 March 2021 and of the new projects approved during the first "
               "quarter of the year. As in previous years, the estimates of the Operational Part "
               "remain indicative and will change as further funding is received."),
    ("p", "3", "Chapter II gives an overview of the revised budget levels. Chapters III and IV deal "
               "with the Administrative Part and the Operational Part respectively, and Chapter V "
               "sets out the action requested of the Standing Committee."),
    ("h1", "II.", "OVERVIEW OF THE REVISED BUDGET LEVELS"),
    ("p", "4", "The revised estimates bring the combined budget of the Organization for 2021 to "
               "USD 2,064.1 million, against USD 1,973.6 million in the Programme and Budget for "
               "2021, an increase of USD 90.5 million or 4.6 per cent. Table 1 compares the two sets "
               "of figures by part of the budget, with the Administrative Part expressed in "
               "US dollars.^1"),
    ("cap", "Table 1. Summary by part of the budget (in thousands of US dollars)"),
    ("table", "t1"),
    ("p", "5", "Almost the whole of the increase arises in programme costs, which rise by "
               "USD~85.6 million, mainly under emergency response, transition and recovery, and "
               "return assistance. Staff and office costs, by contrast, fall by USD 12.5 million, "
               "since several temporary offices opened in 2020 for the response to the coronavirus "
               "disease (COVID-19) pandemic have been closed or merged with existing country offices."),
    ("p", "6", "The change shown for the Administrative Part results solely from the movement of the "
               "exchange rate between the Swiss franc and the US dollar. The level of the "
               "Administrative Part in Swiss francs is unchanged."),
    ("h1", "III.", "ADMINISTRATIVE PART OF THE BUDGET"),
    ("p", "7", "The Administrative Part of the Budget for 2021 remains at CHF 52,456,000, the level "
               "approved by the Council. It is funded entirely from the assessed contributions of "
               "Member States, in accordance with the scale of assessment for 2021."),
    ("p", "8", "No supplementary appropriation is proposed. Savings of approximately CHF~410,000 made "
               "during the first quarter under travel, meetings and translation have been redirected, "
               "within the approved level, to the upgrade of the enterprise resource planning system "
               "and to the strengthening of the internal oversight functions."),
    ("p", "9", "Member States are invited to note the following points concerning the assessed "
               "contributions for 2021:"),
    ("b", "the contributions of the two States admitted as Members at the 111th Session of the "
          "Council are included in the scale at the minimum rate of 0.0050 per cent;"),
    ("b", "assessed contributions received by 30 April 2021 amounted to CHF 31,870,512, or 60.8 per "
          "cent of the total assessed;"),
    ("b", "on that date, eleven Member States were in arrears within the meaning of Article 4 of the "
          "IOM Constitution; and"),
    ("b", "the Administration continues to accept payment plans, under which several Member States "
          "have already settled arrears dating back to 2016."),
    ("p", "10", "The Administration is grateful to the Member States that paid their contributions in "
                "full and on time, and again urges those in arrears to settle their outstanding "
                "balances, or to agree on a payment plan, at the earliest opportunity.^2"),
    ("h1", "IV.", "OPERATIONAL PART OF THE BUDGET"),
    ("h2", "A.", "Operational Support Income"),
    ("p", "11", "Operational Support Income (OSI) is now projected at USD 152.4 million, compared with "
                "USD 135.5 million in the Programme and Budget for 2021. The revision reflects the "
                "higher volume of projects expected during the year, partly offset by the lower "
                "overhead rate applied to a number of large humanitarian contributions."),
    ("p", "12", "In line with the criteria set out in the report on the use of Operational Support "
                "Income (S/27/10), the additional USD 16.9 million will be used to replenish the OSI "
                "reserve and then to fund essential structural posts in the regional offices and in "
                "the risk management, legal and ethics functions.^3"),
    ("h2", "B.", "Staff and office costs"),
    ("p", "13", "Staff and office costs funded from voluntary contributions are estimated at "
                "USD~416.2 million, USD~12.5 million less than the initial estimate of USD~428.8~"
                "million. Their distribution among the regions, including Headquarters and the "
                "Administrative Centres in Manila and Panama, is shown in Table 2."),
    ("cap", "Table 2. Staff and office costs by region (in thousands of US dollars)"),
    ("table", "t2"),
    ("p", "14", "The largest offices remain those of the Middle East and North Africa and of Asia and "
                "the Pacific, which together account for 30.6 per cent of staff and office costs. The "
                "decrease is most marked in the European Economic Area, where the temporary posts "
                "created for the pandemic response have come to an end."),
    ("h2", "C.", "Operational Part by service area"),
    ("p", "15", "Table 3 breaks down the staff and office costs and the programme costs of the "
                "Operational Part by service area. Programme costs total USD 1,437.9 million and, "
                "together with staff and office costs, bring the projects budget to "
                "USD 1,854.2 million."),
    ("cap", "Table 3. Operational Part by service area (in thousands of US dollars)"),
    ("table", "t3"),
    ("p", "16", "Emergency response and shelter, and transition and recovery, remain by far the largest "
                "service areas: together they represent USD 750.0 million, or 40.4 per cent of the "
                "projects budget. Most of the new funding for these areas is directed to operations "
                "in the Sahel, the Horn of Africa and the Middle East."),
    ("p", "17", "The allocation to resettlement assistance may rise in the second half of the year, as "
                "several resettlement States have announced higher quotas for 2021. The lower figures "
                "for the return and reintegration of qualified nationals reflect the completion of two "
                "multi-year programmes in West Africa."),
    ("h1", "V.", "ACTION REQUESTED OF THE STANDING COMMITTEE"),
    ("p", "18", "The Standing Committee on Programmes and Finance is invited to take note of the "
                "Summary update on the Programme and Budget for 2021 and of the revised estimates "
                "it contains."),
    ("p", "19", "A further update, with figures as at 30 September 2021, will be submitted to the "
                "Twenty-ninth Session of the Standing Committee together with the Programme and "
                "Budget for 2022."),
]

TABLES = {
    "t1": dict(head=T1_HEAD, rows=table1_rows(), widths=[80, 32, 27, 27]),
    "t2": dict(head=T2_HEAD, rows=table_sum_rows(T2_ROWS), widths=[92, 24, 24, 26]),
    "t3": dict(head=T3_HEAD, rows=table_sum_rows(T3_ROWS), widths=[92, 24, 24, 26]),
}

# ---------------------------------------------------------------------------------------------
# Typesetting
# ---------------------------------------------------------------------------------------------

MARK_RE = re.compile(r"\^(\d+)")


class Doc:
    def __init__(self, toc_pages):
        self.pdf = FPDF(orientation="P", unit="mm", format="A4")
        self.pdf.set_auto_page_break(False)
        self.pdf.set_margins(LM, 20, RM)
        self.pdf.add_font("DV", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
        self.pdf.add_font("DV", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
        self.pdf.add_font("DV", "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
        self.pdf.set_title("Summary update on the Programme and Budget for 2021")
        self.pdf.set_author("International Organization for Migration")
        self.toc_pages = toc_pages
        self.heading_pages = {}
        self.page_fns = []        # footnote keys of the current page
        self.y = 0
        self.page = 0

    # ---- pages ---------------------------------------------------------------------------
    def fn_height(self, keys):
        if not keys:
            return 0
        h = 5.0
        for k in keys:
            h += len(self.fn_lines(k)) * FN_LH + 0.8
        return h

    def limit(self, extra_keys=()):
        return BOTTOM - self.fn_height(list(self.page_fns) + list(extra_keys))

    def flush_footnotes(self):
        if not self.page_fns:
            return
        pdf = self.pdf
        h = self.fn_height(self.page_fns)
        y = BOTTOM - h + 2.0
        pdf.set_draw_color(0, 0, 0)
        pdf.set_line_width(0.25)
        pdf.line(LM, y, LM + 45, y)
        y += 2.2
        for k in self.page_fns:
            for i, line in enumerate(self.fn_lines(k)):
                y += FN_LH
                if i == 0:
                    pdf.set_font("DV", "", 6)
                    pdf.text(LM, y - 1.3, k)
                pdf.set_font("DV", "", FN_FS)
                pdf.text(LM + 3.5, y, line)
            y += 0.8
        self.page_fns = []

    def new_page(self):
        if self.page:
            self.flush_footnotes()
        self.pdf.add_page()
        self.page += 1
        if self.page > 1:
            self.pdf.set_font("DV", "", 10)
            for i, s in enumerate([SYMBOL, f"Page {self.page}"]):
                w = self.pdf.get_string_width(s)
                self.pdf.text(PAGE_W - RM - w, 13 + i * 4.6, s)
            self.y = BODY_TOP_LATER
        else:
            self.y = 18

    # ---- text ----------------------------------------------------------------------------
    def fn_lines(self, key):
        self.pdf.set_font("DV", "", FN_FS)
        return self.wrap_plain(FOOTNOTES[key], TW - 3.5)

    def wrap_plain(self, text, width):
        words, lines, cur = text.split(), [], ""
        for w in words:
            t = (cur + " " + w) if cur else w
            if self.pdf.get_string_width(t) <= width:
                cur = t
            else:
                lines.append(cur)
                cur = w
        if cur:
            lines.append(cur)
        return lines

    def tokens(self, text):
        """words as lists of (text, is_marker) segments"""
        out = []
        for w in text.split():
            segs = []
            pos = 0
            for m in MARK_RE.finditer(w):
                if m.start() > pos:
                    segs.append((w[pos:m.start()], False))
                segs.append((m.group(1), True))
                pos = m.end()
            if pos < len(w):
                segs.append((w[pos:], False))
            out.append(segs)
        return out

    def seg_w(self, segs, size):
        w = 0
        for s, mk in segs:
            s = s.replace("~", " ")
            self.pdf.set_font("DV", "", size * 0.62 if mk else size)
            w += self.pdf.get_string_width(s)
        return w

    def wrap_rich(self, text, first_w, other_w, size=FS):
        self.pdf.set_font("DV", "", size)
        space = self.pdf.get_string_width(" ")
        lines, cur, cur_w = [], [], 0
        for word in self.tokens(text):
            ww = self.seg_w(word, size)
            avail = first_w if not lines else other_w
            add = ww if not cur else space + ww
            if cur and cur_w + add > avail:
                lines.append(cur)
                cur, cur_w = [word], ww
            else:
                cur.append(word)
                cur_w += add
        if cur:
            lines.append(cur)
        return lines

    def draw_rich_line(self, words, x, y, size=FS):
        pdf = self.pdf
        pdf.set_font("DV", "", size)
        space = pdf.get_string_width(" ")
        for i, word in enumerate(words):
            if i:
                x += space
            for s, mk in word:
                s = s.replace("~", " ")
                if mk:
                    pdf.set_font("DV", "", size * 0.62)
                    pdf.text(x, y - 1.7, s)
                    x += pdf.get_string_width(s)
                    pdf.set_font("DV", "", size)
                else:
                    pdf.set_font("DV", "", size)
                    pdf.text(x, y, s)
                    x += pdf.get_string_width(s)

    def line_marks(self, words):
        return [s for w in words for s, mk in w if mk]

    def place_lines(self, lines, x_first, x_other, gap_before):
        """lines: list of word lists; draws them, breaking pages as needed"""
        self.y += gap_before
        for i, words in enumerate(lines):
            marks = self.line_marks(words)
            if self.y + LH > self.limit(marks):
                self.new_page()
            self.y += LH
            self.draw_rich_line(words, x_first if i == 0 else x_other, self.y - 1.3)
            self.page_fns.extend(marks)

    def need(self, h):
        if self.y + h > self.limit():
            self.new_page()

    # ---- blocks --------------------------------------------------------------------------
    def heading(self, level, num, words):
        pdf = self.pdf
        self.y += 5 if level == 1 else 3.5
        self.need(LH * 4)
        self.heading_pages[num + " " + words] = self.page
        self.y += LH
        pdf.set_font("DV", "B", FS)
        pdf.text(LM, self.y - 1.3, num)
        pdf.text(LM + PARA_INDENT, self.y - 1.3, words)
        self.y += 1.5

    def para(self, num, text):
        lines = self.wrap_rich(text, TW - PARA_INDENT, TW)
        self.y += 3.2
        if self.y + 2 * LH > self.limit():
            self.new_page()
        self.pdf.set_font("DV", "", FS)
        self.pdf.text(LM, self.y + LH - 1.3, num + ".")
        self.place_lines(lines, LM + PARA_INDENT, LM, 0)

    def bullet(self, text):
        x_b, x_t = LM + PARA_INDENT, LM + PARA_INDENT + 6
        lines = self.wrap_rich(text, PAGE_W - RM - x_t, PAGE_W - RM - x_t)
        self.y += 1.8
        if self.y + LH > self.limit():
            self.new_page()
        self.pdf.set_font("DV", "", FS)
        self.pdf.text(x_b, self.y + LH - 1.3, "•")
        self.place_lines(lines, x_t, x_t, 0)

    def caption(self, text, table):
        t = TABLES[table]
        head_h = max(h.count("\n") + 1 for h in t["head"]) * 4.3 + 3
        self.y += 5
        # keep caption with the heading row and at least three rows
        self.need(LH + head_h + 3 * 5.6)
        self.y += LH
        self.pdf.set_font("DV", "B", 9.5)
        w = self.pdf.get_string_width(text)
        self.pdf.text(LM + (TW - w) / 2, self.y - 1.3, text)
        self.y += 1.5

    def table_head(self, t):
        pdf = self.pdf
        nl = max(h.count("\n") + 1 for h in t["head"])
        pdf.set_line_width(0.3)
        pdf.line(LM, self.y, LM + sum(t["widths"]), self.y)
        pdf.set_font("DV", "B", 8.5)
        x = LM
        for j, (h, w) in enumerate(zip(t["head"], t["widths"])):
            parts = h.split("\n") if h else []
            y0 = self.y + 1.5 + (nl - len(parts)) * 4.1
            for k, part in enumerate(parts):
                yy = y0 + (k + 1) * 4.1 - 1.0
                if j == 0:
                    pdf.text(x + 1.2, yy, part)
                else:
                    pw = pdf.get_string_width(part)
                    pdf.text(x + w - 1.5 - pw, yy, part)
            x += w
        self.y += nl * 4.1 + 2.6
        pdf.set_line_width(0.2)
        pdf.line(LM, self.y, LM + sum(t["widths"]), self.y)
        self.y += 0.6

    def table(self, key):
        pdf = self.pdf
        t = TABLES[key]
        total_w = sum(t["widths"])
        self.table_head(t)
        self.row_pages = getattr(self, "row_pages", {})
        for label, cells, bold in t["rows"]:
            rh = 5.6
            if self.y + rh + 1 > self.limit():
                # close the ruled table on this page, continue on the next with the headings
                pdf.set_line_width(0.3)
                pdf.line(LM, self.y + 0.5, LM + total_w, self.y + 0.5)
                self.new_page()
                self.y += 2
                self.table_head(t)
            if bold:
                pdf.set_line_width(0.2)
                pdf.line(LM, self.y + 0.4, LM + total_w, self.y + 0.4)
            style = "B" if bold else ""
            pdf.set_font("DV", style, 9)
            assert pdf.get_string_width(label) < t["widths"][0] - 2, label
            base = self.y + rh - 1.5
            pdf.text(LM + 1.2, base, label)
            x = LM + t["widths"][0]
            for c, w in zip(cells, t["widths"][1:]):
                cw = pdf.get_string_width(c)
                if c.startswith("("):
                    pdf.text(x + w - 1.5 - cw + pdf.get_string_width(")"), base, c)
                else:
                    pdf.text(x + w - 1.5 - cw, base, c)
                x += w
            self.row_pages[(key, label)] = self.page
            self.y += rh
        pdf.set_line_width(0.3)
        pdf.line(LM, self.y + 0.8, LM + total_w, self.y + 0.8)
        self.y += 1.5

    # ---- cover and contents ----------------------------------------------------------------
    def cover(self):
        pdf = self.pdf
        self.new_page()
        pdf.set_font("DV", "", 10.5)

        def right(s, y, style="", size=10.5):
            pdf.set_font("DV", style, size)
            pdf.text(PAGE_W - RM - pdf.get_string_width(s), y, s)

        def centre(s, y, style="", size=10.5):
            pdf.set_font("DV", style, size)
            pdf.text(LM + (TW - pdf.get_string_width(s)) / 2, y, s)

        right(SYMBOL, 20, "B", 11)
        right("Original: English", 27)
        right("26 May 2021", 32.5)
        centre("STANDING COMMITTEE ON PROGRAMMES AND FINANCE", 50, "B", 11)
        centre("Twenty-eighth Session", 57)
        centre("29–30 June 2021", 62.5)
        centre("SUMMARY UPDATE ON THE PROGRAMME AND BUDGET FOR 2021", 82, "B", 12)
        self.y = 100

    def contents(self):
        pdf = self.pdf
        pdf.set_font("DV", "B", FS)
        s = "TABLE OF CONTENTS"
        pdf.text(LM + (TW - pdf.get_string_width(s)) / 2, self.y, s)
        self.y += 9
        pdf.set_font("DV", "", 9.5)
        pdf.text(PAGE_W - RM - pdf.get_string_width("Page"), self.y, "Page")
        self.y += 3
        for kind, num, words in [b for b in BODY if b[0] in ("h1", "h2")]:
            key = num + " " + words
            page = str(self.toc_pages.get(key, 0))
            indent = 0 if kind == "h1" else 10
            self.y += 7 if kind == "h1" else 6
            pdf.set_font("DV", "", FS)
            x0 = LM + indent
            pdf.text(x0, self.y, num)
            tx = x0 + 10
            pdf.text(tx, self.y, words)
            end_text = tx + pdf.get_string_width(words) + 1.5
            pw = pdf.get_string_width(page)
            px = PAGE_W - RM - pw
            dot = pdf.get_string_width(".")
            n = int((px - 1.5 - end_text) / dot)
            pdf.text(end_text, self.y, "." * n)
            pdf.text(px, self.y, page)

    # ---- driver ------------------------------------------------------------------------------
    def build(self):
        self.cover()
        self.contents()
        self.new_page()
        for block in BODY:
            kind = block[0]
            if kind == "h1":
                self.heading(1, block[1], block[2])
            elif kind == "h2":
                self.heading(2, block[1], block[2])
            elif kind == "p":
                self.para(block[1], block[2])
            elif kind == "b":
                self.bullet(block[1])
            elif kind == "cap":
                nxt = BODY[BODY.index(block) + 1][1]
                self.caption(block[1], nxt)
            elif kind == "table":
                self.table(block[1])
        self.flush_footnotes()
        return self


def main():
    pages = {}
    for _ in range(4):
        d = Doc(pages).build()
        if d.heading_pages == pages:
            break
        pages = d.heading_pages
    d.pdf.output(OUT)
    print("pages:", d.page)
    print("headings:", d.heading_pages)
    t3 = {k[1]: v for k, v in d.row_pages.items() if k[0] == "t3"}
    print("t3 rows by page:", sorted(set(t3.values())), "Total on", t3["Total"])


if __name__ == "__main__":
    main()
