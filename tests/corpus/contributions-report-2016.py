#!/usr/bin/env python
"""Draws contributions-report-2016.pdf (S/19/5, SCPF, 5 October 2016) with fpdf2."""
import os
import re
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "contributions-report-2016.pdf")
FD = "/usr/share/fonts/truetype/dejavu/"

SYMBOL = "S/19/5"
LM, RM = 20.0, 190.0          # left / right margin (mm)
TOP_BODY = 32.0                # first baseline below running header
BOTTOM = 277.0                 # last usable baseline
BODY_PT, LH = 10, 5.0          # body font size / line height
FN_PT, FN_LH = 8, 3.8          # footnote font size / line height
TAB = 12.7

# ---------------------------------------------------------------- content
TITLE = ["STATUS REPORT ON OUTSTANDING CONTRIBUTIONS",
         "TO THE ADMINISTRATIVE PART OF THE BUDGET"]

FOOTNOTES = {
    "1": "Approved by the Council through Resolution No. 1310 of 24 November 2015.",
    "2": "Article 4 of the Constitution provides that a Member State which is in arrears in the "
         "payment of its financial contributions to the Organization shall have no vote if the "
         "amount of its arrears equals or exceeds the amount of the contributions due from it for "
         "the preceding two full years. The Council may nevertheless permit such a Member State to "
         "vote if it is satisfied that the failure to pay is due to conditions beyond the control of "
         "the Member State.",
    "3": "The conditions under which payment plans are agreed were endorsed by the Council in "
         "Resolution No. 1163 of 27 November 2008, on the basis of the proposals set out in "
         "document SCPF/27.",
    "4": "A payment plan is in force for this Member State; see Table 2.",
    "5": "A payment of CHF 176,130 was received on 7 October 2016, after the reporting date, and "
         "will be reflected in the next status report.",
    "6": "Consultations with the Member State on the settlement of its arrears, including the "
         "possibility of a payment plan, were under way at the time of writing.",
}

# blocks: ("h", text) heading; ("p", num, text) numbered paragraph;
#         ("i", label, text) lettered item; ("table", key); ("break",)
BODY = [
    ("h", "Introduction"),
    ("p", "1", "In the Programme and Budget for 2016 (C/106/7),{1} the Administrative Part of the "
     "Budget was set at CHF 48,123,000, to be financed by assessed contributions from Member States in "
     "accordance with the scale of assessment for 2016. The assessments for the year were not "
     "altered by the 2016 Revision of the Programme and Budget (S/18/9)."),
    ("p", "2", "This document reports on the status of contributions to the Administrative Part of "
     "the Budget as at 30 September 2016. It updates the information provided to the Standing "
     "Committee at its Eighteenth Session in document S/18/5. All amounts are expressed in "
     "Swiss francs."),
    ("p", "3", "In line with established practice, payments received from a Member State are "
     "credited first to its oldest contributions outstanding. A Member State that made a payment "
     "during the year may therefore still show an amount outstanding for 2016."),
    ("h", "Status of contributions at 30 September 2016"),
    ("p", "4", "Contributions received between 1 January and 30 September 2016 totalled "
     "CHF 48,700,452. Of this amount, CHF 46,586,917 was applied to the assessments for 2016, "
     "which corresponds to 96.8 per cent of the total assessed for the year, and CHF 2,113,535 "
     "was applied to contributions outstanding from previous years."),
    ("p", "5", "Contributions outstanding stood at CHF 3,389,915 at 30 September 2016, against "
     "CHF 3,967,367 at 1 January 2016. Of the amount outstanding, CHF 1,536,083 relates to the "
     "2016 assessments and CHF 1,853,832 to earlier years. By the reporting date, "
     "119 Member States had paid their assessed contributions in full, while 46 Member States "
     "still had amounts outstanding. The position of each of the latter is shown in Table 1."),
    ("p", "6", "The amount outstanding remains highly concentrated. Three Member States together "
     "account for CHF 2,175,829, or 64.2 per cent of the total, and one of them made a "
     "substantial payment shortly after the reporting date."),
    ("h", "Member States subject to Article 4 of the Constitution"),
    ("p", "7", "At 30 September 2016, the following 25 Member States were in arrears in the payment "
     "of their contributions for two or more full years and were therefore subject to the "
     "provisions of Article 4 of the Constitution:{2} Benin, Burundi, Central African Republic, "
     "Chad, Comoros, Congo, Democratic Republic of the Congo, Djibouti, Gambia, Guinea, "
     "Guinea-Bissau, Kyrgyzstan, Liberia, Mauritania, Niger, Sao Tome and Principe, "
     "Sierra Leone, Somalia, South Sudan, Sudan, Tajikistan, Togo, Venezuela (Bolivarian "
     "Republic of), Yemen and Zimbabwe."),
    ("p", "8", "This compares with 23 Member States at the same date in 2015. No Member State "
     "subject to Article 4 has requested the Council to restore its voting rights since the "
     "106th Session."),
    ("h", "Action taken by the Administration"),
    ("p", "9", "The Administration has pursued its efforts to recover the contributions "
     "outstanding. During the period under review, it has:"),
    ("i", "(a)", "sent reminders in January, April and July 2016 to all Member States with amounts "
     "outstanding, followed by letters from the Director General to the Member States subject "
     "to Article 4;"),
    ("i", "(b)", "held bilateral meetings with the permanent missions concerned in Geneva and, "
     "through IOM country offices, with the relevant ministries in capitals; and"),
    ("i", "(c)", "provided Member States, on request, with detailed statements of account and with "
     "information on the possibility of agreeing a payment plan."),
    ("h", "Payment plans"),
    ("p", "10", "A Member State subject to Article 4 may agree with the Administration on a plan to "
     "settle its arrears in annual instalments over an agreed period, while paying its current "
     "contributions in full each year.{3} The Council may restore the voting rights of a Member "
     "State that honours the terms of its plan."),
    ("p", "11", "Six payment plans were in force at 30 September 2016; they are summarized in "
     "Table 2. Instalments totalling CHF 43,832 fell due under these plans in 2016, against which "
     "CHF 35,000 had been received. Only Guinea-Bissau had paid its instalment for the year in "
     "full; the other five Member States had made partial payments."),
    ("p", "12", "The Administration remains ready to discuss payment plans with any Member State "
     "concerned and is currently in contact with two Member States that have expressed interest "
     "in agreeing one."),
    ("h", "Conclusion"),
    ("p", "13", "The Standing Committee on Programmes and Finance is invited to take note of this "
     "document and to urge the Member States concerned to pay their outstanding contributions in "
     "full, or to agree a payment plan with the Administration, at the earliest opportunity."),
    ("break",),
    ("table", "t1"),
    ("gap",),
    ("table", "t2"),
]

B = 48123000
T1 = [  # state, marker, start, assessed, received
    ("Angola", "", 10106, 10106, 10106),
    ("Argentina", "", 342636, 342636, 342636),
    ("Armenia", "", 2406, 2406, 2406),
    ("Bangladesh", "", 0, 4812, 0),
    ("Benin", "", 7218, 2406, 2406),
    ("Bolivia (Plurinational State of)", "", 5775, 5775, 5775),
    ("Brazil", "", 886405, 443213, 443203),
    ("Burundi", "4", 24873, 2406, 3000),
    ("Cabo Verde", "", 0, 2406, 0),
    ("Central African Republic", "", 31519, 2406, 0),
    ("Chad", "", 12030, 2406, 0),
    ("Comoros", "4", 28611, 2406, 4000),
    ("Congo", "", 8664, 2887, 0),
    ("Democratic Republic of the Congo", "4", 61240, 3850, 12500),
    ("Djibouti", "", 9624, 2406, 0),
    ("Dominican Republic", "", 22618, 22618, 22618),
    ("Ecuador", "", 0, 33205, 0),
    ("El Salvador", "", 7700, 7700, 7700),
    ("Gambia", "", 4812, 2406, 0),
    ("Ghana", "", 14437, 7218, 7219),
    ("Guinea", "", 16842, 2406, 2406),
    ("Guinea-Bissau", "4", 33474, 2406, 5000),
    ("Haiti", "", 2406, 2406, 2406),
    ("Honduras", "", 0, 4331, 0),
    ("Iran (Islamic Republic of)", "5", 176130, 176130, 0),
    ("Kyrgyzstan", "4", 19248, 2406, 6000),
    ("Liberia", "4", 27310, 2406, 4500),
    ("Libya", "", 141282, 70741, 0),
    ("Madagascar", "", 4812, 2406, 2406),
    ("Mali", "", 0, 2406, 0),
    ("Mauritania", "", 14436, 2406, 0),
    ("Mongolia", "", 0, 2887, 0),
    ("Nicaragua", "", 2406, 2406, 2406),
    ("Niger", "", 9624, 2406, 2406),
    ("Paraguay", "", 7219, 7218, 7219),
    ("Sao Tome and Principe", "", 38498, 2406, 0),
    ("Sierra Leone", "", 19248, 2406, 2406),
    ("Somalia", "", 40902, 2406, 0),
    ("South Sudan", "", 4812, 2406, 0),
    ("Sudan", "", 26470, 5294, 0),
    ("Tajikistan", "", 9624, 2406, 3500),
    ("Togo", "", 7218, 2406, 0),
    ("Uganda", "", 0, 5294, 0),
    ("Venezuela (Bolivarian Republic of)", "6", 624836, 312318, 0),
    ("Yemen", "", 43555, 5294, 0),
    ("Zimbabwe", "", 12030, 2406, 5000),
]
OTHER_START = 1204311

T2 = [  # state, year agreed, years, arrears covered, due 2016, received 2016
    ("Burundi", "2013", "10", 22467, 4653, 3000),
    ("Comoros", "2012", "8", 26205, 5682, 4000),
    ("Democratic Republic of the Congo", "2014", "5", 57390, 15328, 12500),
    ("Guinea-Bissau", "2011", "12", 31068, 4995, 5000),
    ("Kyrgyzstan", "2015", "4", 16842, 6617, 6000),
    ("Liberia", "2014", "6", 24904, 6557, 4500),
]


def fmt(n):
    return "-" if n == 0 else f"{n:,}"


def build_t1():
    rows = []
    tot = [0, 0, 0, 0]
    for s, m, st, a, r in T1:
        e = st + a - r
        assert e > 0, s
        rows.append((s, m, [st, a, r, e]))
        for i, v in enumerate((st, a, r, e)):
            tot[i] += v
    oa = B - tot[1]
    other = [OTHER_START, oa, OTHER_START + oa, 0]
    rows.append((f"Other Member States ({165 - len(T1)})", "", other))
    for i in range(4):
        tot[i] += other[i]
    rows.append(("Total", "", tot))
    assert tot == [3967367, 48123000, 48700452, 3389915], tot
    return rows


def build_t2():
    rows = [(s, "", [y, p, c, d, r]) for s, y, p, c, d, r in T2]
    tot = [sum(r[2][i] for r in rows) for i in (2, 3, 4)]
    assert tot == [178876, 43832, 35000], tot
    rows.append(("Total", "", ["", "", *tot]))
    return rows


TABLES = {
    "t1": {
        "caption": "Table 1. Contributions by Member State at 30 September 2016 (in Swiss francs)",
        "cols": [(LM, 62.0), (82.0, 27.0), (109.0, 27.0), (136.0, 27.0), (163.0, 27.0)],
        "head": [["Member State"], ["Outstanding at", "1 January", "2016"],
                 ["Assessed", "for 2016"], ["Received", "in 2016"],
                 ["Outstanding at", "30 September", "2016"]],
        "rows": build_t1,
    },
    "t2": {
        "caption": "Table 2. Payment plans in force at 30 September 2016 (in Swiss francs)",
        "cols": [(LM, 62.0), (82.0, 20.0), (102.0, 20.0), (122.0, 23.0), (145.0, 22.0),
                 (167.0, 23.0)],
        "head": [["Member State"], ["Year", "agreed"], ["Period", "(years)"],
                 ["Arrears", "covered"], ["Due in", "2016"], ["Received", "in 2016"]],
        "rows": build_t2,
    },
}


# ---------------------------------------------------------------- engine
class Doc(FPDF):
    def __init__(self):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.add_font("DV", "", FD + "DejaVuSans.ttf")
        self.add_font("DV", "B", FD + "DejaVuSans-Bold.ttf")
        self.set_auto_page_break(False)
        self.set_margins(LM, 15, 210 - RM)
        self.page_no_label = 0
        self.fn_on_page = []
        self.y_base = TOP_BODY

    # -- low level
    def font(self, style="", size=BODY_PT):
        self.set_font("DV", style, size)

    def sw(self, txt, style="", size=BODY_PT):
        self.font(style, size)
        return self.get_string_width(txt)

    def put(self, x, y, txt, style="", size=BODY_PT):
        self.font(style, size)
        self.text(x, y, txt)

    def put_right(self, y, txt, style="", size=BODY_PT):
        self.put(RM - self.sw(txt, style, size), y, txt, style, size)

    def put_center(self, y, txt, style="", size=BODY_PT):
        self.put(105 - self.sw(txt, style, size) / 2, y, txt, style, size)

    def sup(self, x, y, mark, size=BODY_PT):
        s = size * 0.62
        self.put(x, y - size * 0.11, mark, "", s)
        return self.sw(mark, "", s)

    # -- pages
    def new_text_page(self):
        if self.page > 0:
            self.flush_footnotes()
        self.add_page()
        self.page_no_label += 1
        self.put_right(14, SYMBOL, "", 9)
        self.put_right(18.2, f"Page {self.page_no_label}", "", 9)
        self.fn_on_page = []
        self.y_base = TOP_BODY

    def fn_height(self, marks):
        h = 0.0
        for m in marks:
            h += len(self.wrap_fn(m)) * FN_LH + 1.2
        return h + (6.0 if marks else 0.0)

    def limit(self, extra=()):
        marks = self.fn_on_page + [m for m in extra if m not in self.fn_on_page]
        return BOTTOM - self.fn_height(marks)

    def ensure(self, needed, marks=()):
        if self.y_base + needed > self.limit(marks):
            self.new_text_page()

    def add_marks(self, marks):
        for m in marks:
            if m not in self.fn_on_page and m not in self.fn_done:
                self.fn_on_page.append(m)

    def wrap_fn(self, m):
        words = FOOTNOTES[m].split()
        first_x = LM + 3.0
        lines, cur, x0 = [], "", first_x
        for wd in words:
            trial = (cur + " " + wd).strip()
            if x0 + self.sw(trial, "", FN_PT) > RM and cur:
                lines.append((x0, cur))
                cur, x0 = wd, LM
            else:
                cur = trial
        lines.append((x0, cur))
        return lines

    def flush_footnotes(self):
        marks = self.fn_on_page
        if not marks:
            return
        h = self.fn_height(marks)
        y = BOTTOM - h + 6.0
        self.set_line_width(0.2)
        self.line(LM, y - 4.2, LM + 50, y - 4.2)
        for m in marks:
            self.sup(LM, y, m, FN_PT + 1)
            for x, t in self.wrap_fn(m):
                self.put(x, y, t, "", FN_PT)
                y += FN_LH
            y += 1.2
            self.fn_done.add(m)
        self.fn_on_page = []

    # -- text
    @staticmethod
    def tokens(text):
        out = []
        for raw in text.split():
            mm = re.match(r"^(.*?)\{(\w+)\}(.*)$", raw)
            if mm:
                out.append((mm.group(1), mm.group(2), mm.group(3)))
            else:
                out.append((raw, "", ""))
        return out

    def tok_w(self, t):
        word, mark, tail = t
        s = self.sw(word) + self.sw(tail)
        if mark:
            s += self.sw(mark, "", BODY_PT * 0.62)
        return s

    def layout(self, text, x_first, x_rest):
        toks = self.tokens(text)
        sp = self.sw(" ")
        lines, cur, x0, width = [], [], x_first, 0.0
        for t in toks:
            tw = self.tok_w(t)
            add = tw if not cur else sp + tw
            if cur and x0 + width + add > RM:
                lines.append((x0, cur))
                cur, x0, width = [t], x_rest, tw
            else:
                cur.append(t)
                width += add
        lines.append((x0, cur))
        return lines

    def draw_line(self, x, toks):
        sp = self.sw(" ")
        for i, (word, mark, tail) in enumerate(toks):
            if i:
                x += sp
            self.put(x, self.y_base, word)
            x += self.sw(word)
            if mark:
                x += self.sup(x, self.y_base, mark)
            if tail:
                self.put(x, self.y_base, tail)
                x += self.sw(tail)

    def para(self, label, text, x_label, x_first, x_rest, keep_with_label=True):
        lines = self.layout(text, x_first, x_rest)
        for i, (x, toks) in enumerate(lines):
            marks = [t[1] for t in toks if t[1]]
            need = LH * (2 if i == 0 else 1)  # no widowed first line
            self.ensure(need, marks)
            if i == 0 and label:
                self.put(x_label, self.y_base, label)
            self.draw_line(x, toks)
            self.add_marks(marks)
            self.y_base += LH
        self.y_base += LH * 0.9

    def heading(self, text):
        self.ensure(LH * 4)
        self.put(LM, self.y_base, text, "B")
        self.y_base += LH * 1.9

    # -- tables
    def table_head(self, spec):
        hl = max(len(h) for h in spec["head"])
        y0 = self.y_base - 3.8
        self.set_line_width(0.3)
        self.line(LM, y0, RM, y0)
        for ci, (cx, cw) in enumerate(spec["cols"]):
            hd = spec["head"][ci]
            for li, t in enumerate(hd):
                yy = self.y_base + (hl - len(hd) + li) * 3.9
                if ci == 0:
                    self.put(cx + 1, yy, t, "B", 8.5)
                else:
                    self.put(cx + cw - 1 - self.sw(t, "B", 8.5), yy, t, "B", 8.5)
        self.y_base += (hl - 1) * 3.9 + 2.0
        self.line(LM, self.y_base, RM, self.y_base)
        self.y_base += 4.6

    def table(self, key):
        spec = TABLES[key]
        rows = spec["rows"]()
        hl = max(len(h) for h in spec["head"])
        head_h = (hl - 1) * 3.9 + 6.6
        self.ensure(LH * 1.6 + head_h + 4 * 4.6)
        self.put(LM, self.y_base, spec["caption"], "B")
        self.y_base += LH * 1.6
        self.table_head(spec)
        for label, mark, vals in rows:
            marks = [mark] if mark else []
            is_total = label == "Total"
            if self.y_base + 4.6 > self.limit(marks):
                self.line(LM, self.y_base - 3.4, RM, self.y_base - 3.4)
                self.new_text_page()
                self.y_base += 3.8
                self.table_head(spec)
            st = "B" if is_total else ""
            if is_total:
                self.line(LM, self.y_base - 3.6, RM, self.y_base - 3.6)
                self.y_base += 0.6
            cx, cw = spec["cols"][0]
            self.put(cx + 1, self.y_base, label, st, 8.5)
            if mark:
                self.sup(cx + 1 + self.sw(label, st, 8.5), self.y_base, mark, 8.5)
                self.add_marks(marks)
            for (cx, cw), v in zip(spec["cols"][1:], vals):
                t = fmt(v) if isinstance(v, int) else v
                self.put(cx + cw - 1 - self.sw(t, st, 8.5), self.y_base, t, st, 8.5)
            self.y_base += 4.6
        self.line(LM, self.y_base - 3.2, RM, self.y_base - 3.2)
        self.y_base += LH * 0.6


def cover(pdf):
    pdf.add_page()
    # emblem: a plain drawn roundel, no text
    pdf.set_line_width(0.5)
    pdf.set_draw_color(0, 70, 140)
    pdf.ellipse(LM, 12, 16, 16)
    pdf.ellipse(LM + 4, 16, 8, 8)
    pdf.set_draw_color(0, 0, 0)
    pdf.put_right(18, SYMBOL, "B", 11)
    pdf.put_right(26, "Original: ENGLISH", "", 10)
    pdf.put_right(31, "5 October 2016", "", 10)
    pdf.put_center(92, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE", "B", 11)
    pdf.put_center(99, "Nineteenth Session", "", 11)
    pdf.put_center(106, "1\u20132 November 2016", "", 11)
    pdf.set_line_width(0.4)
    pdf.line(LM + 25, 118, RM - 25, 118)
    y = 136
    for t in TITLE:
        pdf.put_center(y, t, "B", 12)
        y += 7
    # trilingual organ footer
    pdf.set_line_width(0.3)
    pdf.line(LM, 262, RM, 262)
    pdf.put_center(268, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE", "B", 8)
    pdf.put_center(272.5, "COMIT\u00c9 PERMANENT DES PROGRAMMES ET DES FINANCES", "B", 8)
    pdf.put_center(277, "COMIT\u00c9 PERMANENTE DE PROGRAMAS Y FINANZAS", "B", 8)


def main():
    pdf = Doc()
    pdf.fn_done = set()
    pdf.set_title("S/19/5 - Status report on outstanding contributions")
    cover(pdf)
    pdf.new_text_page()
    # running title repeated on the first text page
    for t in TITLE:
        pdf.put_center(pdf.y_base, t, "B", 10)
        pdf.y_base += LH
    pdf.y_base += LH * 1.2
    for b in BODY:
        if b[0] == "h":
            pdf.heading(b[1])
        elif b[0] == "p":
            pdf.para(b[1] + ".", b[2], LM, LM + TAB, LM)
        elif b[0] == "i":
            pdf.para(b[1], b[2], LM + TAB, LM + 2 * TAB, LM + 2 * TAB)
        elif b[0] == "break":
            pdf.new_text_page()
        elif b[0] == "gap":
            pdf.y_base += LH
        elif b[0] == "table":
            pdf.table(b[1])
    pdf.flush_footnotes()
    pdf.output(OUT)
    print("pages:", pdf.page)


if __name__ == "__main__":
    main()
