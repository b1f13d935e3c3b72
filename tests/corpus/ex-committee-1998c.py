"""Draws ex-committee-1998c.pdf: MC/EX/598, draft report on the Ninety-fifth Session
of the IOM Executive Committee (1-2 July 1998), laid out with fpdf2."""
import os
import re

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "ex-committee-1998c.pdf")
FONTDIR = "/usr/share/fonts/truetype/dejavu/"

SYMBOL = "MC/EX/598"
TITLE_LINES = ["DRAFT REPORT ON THE NINETY-FIFTH SESSION", "OF THE EXECUTIVE COMMITTEE"]

PAGE_W, PAGE_H = 210.0, 297.0
LM, RM = 22.0, 20.0
TOP = 20.0
BOTTOM = PAGE_H - 20.0
TW = PAGE_W - LM - RM
FS = 10.5          # body font size
LH = 4.9           # body line height
FFS = 9.0          # footnote font size
FLH = 4.1
TAB = 12.7
PARA_GAP = 3.2

FOOTNOTES = {
    "1": "The list of participants is contained in document MC/EX/596.",
    "2": "The Financial Report will also be submitted to the Council at its Seventy-sixth "
         "Session in November 1998.",
    "3": "Resolution No. 967 (LXXIV) of 25 November 1997 approved the Programme and Budget "
         "for 1998 (MC/1897).",
    "4": "The note also describes the security arrangements agreed with the Office of the "
         "United Nations Security Coordinator.",
}

# Body: ("h1", num, text) | ("h2", num, text) | ("p", num, text) | ("item", label, text)
#       | ("quote", text)
BODY = [
    ("h1", "I.", "INTRODUCTION"),
    ("p", 1, "The Executive Committee held its Ninety-fifth Session at the Palais des Nations, "
             "Geneva, on 1 and 2 July 1998. Three meetings were held. The session was opened on "
             "the morning of 1 July by the outgoing Chairman, Mr. H. Takeuchi (Japan)."),
    ("p", 2, "The Committee had before it the documents listed in the provisional agenda "
             "(MC/EX/593), supplemented by oral presentations made by the Administration during "
             "the session. The present draft report summarizes the discussion under each item "
             "and records the conclusions reached by the Committee."),
    ("h1", "II.", "ATTENDANCE"),
    ("p", 3, "The following members of the Executive Committee were represented:{1} Argentina, "
             "Australia, Belgium, Canada, Chile, Colombia, Egypt, Germany, Ghana, Israel, Italy, "
             "Japan, Kenya, Netherlands, Pakistan, Philippines, Sweden, Switzerland, Thailand and "
             "United States of America."),
    ("p", 4, "Austria, Denmark, Dominican Republic, Finland, Greece, Honduras, Norway, Peru, "
             "Portugal, Republic of Korea, Uganda and Venezuela, being Member States of the "
             "Organization not represented on the Committee, attended as observers, as did the "
             "Holy See and the Sovereign Military Order of Malta."),
    ("p", 5, "The Office of the United Nations High Commissioner for Refugees, the International "
             "Committee of the Red Cross, the International Federation of Red Cross and Red "
             "Crescent Societies and the International Catholic Migration Commission were also "
             "represented by observers."),
    ("h1", "III.", "ELECTION OF OFFICERS"),
    ("p", 6, "On the proposal of the delegation of Belgium, seconded by Thailand, the Committee "
             "elected by acclamation Mr. L. Fern\u00e1ndez Vidal (Chile) as Chairman, Mrs. N. "
             "Achieng (Kenya) as Vice-Chairman and Mr. P. Lindqvist (Sweden) as Rapporteur."),
    ("p", 7, "In taking the chair, Mr. Fern\u00e1ndez Vidal paid tribute to his predecessor for "
             "the efficiency with which he had conducted the work of the Committee over the "
             "previous twelve months and expressed the hope that the session would be brief and "
             "constructive."),
    ("h1", "IV.", "ADOPTION OF THE AGENDA"),
    ("p", 8, "The Committee adopted the provisional agenda set out in document MC/EX/593 without "
             "amendment. It then approved, also without amendment, the report on its "
             "Ninety-fourth Session (MC/EX/589)."),
    ("h1", "V.", "FINANCIAL REPORT FOR THE YEAR ENDED 31 DECEMBER 1997"),
    ("p", 9, "Introducing the Financial Report for the year ended 31 December 1997 (MC/1912),{2} "
             "the Director of Budget and Finance indicated that the accounts had been audited by "
             "the External Auditors, whose unqualified opinion was attached to the report."),
    ("p", 10, "Expenditure under the Administrative Part of the Budget had totalled "
              "CHF 36,415,000, against an approved budget of CHF 36,879,000, leaving an unspent "
              "balance of CHF 464,000. Expenditure under the Operational Part of the Budget had "
              "reached USD 241.6 million, a rise of some 9 per cent over the previous year, "
              "reflecting in particular the growth of return and reintegration activities."),
    ("p", 11, "Several delegations commended the Administration on the clarity of the report and "
              "on the continued discipline shown in the management of administrative resources. "
              "One delegation asked whether the unspent balance would be carried forward; the "
              "Administration replied that it would be credited to Member States under the "
              "Financial Regulations."),
    ("p", 12, "Concern was expressed at the level of arrears. As at 30 June 1998, assessed "
              "contributions outstanding to the Administrative Part of the Budget amounted to "
              "CHF 4,862,319, of which CHF 1,084,305 related to 1997 and prior years. The details "
              "by Member State are set out in the Annex. The Committee urged the Member States "
              "concerned to settle their arrears."),
    ("p", 13, "Having concluded its consideration of the item, the Committee adopted the "
              "following decision:"),
    ("quote", "\u201cThe Executive Committee, having examined the Financial Report for the year "
              "ended 31 December 1997 (MC/1912) and the report of the External Auditors thereon, "
              "takes note of the report with appreciation and recommends to the Council that it "
              "approve the financial statements for 1997 at its Seventy-sixth Session.\u201d"),
    ("h1", "VI.", "PROGRAMME AND BUDGET FOR 1998: REVISION"),
    ("h2", "A.", "Administrative Part of the Budget"),
    ("p", 14, "The Administration presented document MC/EX/595, which revises the Programme and "
              "Budget for 1998 approved by the Council in November 1997.{3} The Administrative "
              "Part of the Budget was maintained at CHF 37,108,000, the level approved by the "
              "Council, although its composition had been adjusted."),
    ("p", 15, "The Administration explained that the adjustments within the Administrative Part "
              "reflected three developments:"),
    ("item", "(a)", "the admission of four new Member States since November 1997, whose assessed "
                    "contributions had made it possible to reduce the assessments of other Member "
                    "States;"),
    ("item", "(b)", "the transfer of two posts from Headquarters to the Mission with Regional "
                    "Functions in Pretoria, at no additional cost; and"),
    ("item", "(c)", "the need to absorb, within existing resources, the statutory salary "
                    "increases for staff in the General Service category."),
    ("p", 16, "A number of delegations reiterated their support for the principle of zero "
              "nominal growth in the Administrative Part of the Budget. Others cautioned that the "
              "continued expansion of operations could not be sustained indefinitely without a "
              "corresponding strengthening of the core structure of the Organization, and asked "
              "the Administration to present options on that question at the next session."),
    ("h2", "B.", "Operational Part of the Budget"),
    ("p", 17, "The Operational Part of the Budget had been revised from USD 236.4 million to "
              "USD 287.9 million, an increase of USD 51.5 million. The increase resulted mainly "
              "from new return and reintegration programmes in Bosnia and Herzegovina and in "
              "Central America, and from additional resettlement movements funded by the United "
              "States of America and Canada."),
    ("p", 18, "Delegations welcomed the diversification of the activities of the Organization but "
              "noted that the bulk of the Operational Part remained earmarked for specific "
              "projects. The Administration was encouraged to widen its donor base and to "
              "continue its efforts to obtain unearmarked funding."),
    ("p", 19, "The Committee took note of document MC/EX/595 and recommended that the Council "
              "approve the revised Programme and Budget for 1998 at its Seventy-sixth Session."),
    ("h1", "VII.", "STAFF MATTERS"),
    ("p", 20, "The Chairperson of the Staff Association Committee addressed the Committee on "
              "behalf of the staff. She drew attention to the effect of the reclassification "
              "exercise on staff morale and to the risks faced by staff serving in insecure "
              "locations."),
    ("p", 21, "In reply, the Deputy Director General stated that the reclassification exercise "
              "would be completed by the end of 1998 and that staff members would have access to "
              "a review procedure. Measures to improve security in the field were described in an "
              "information note made available to the session (MC/INF/238).{4}"),
    ("p", 22, "The Committee took note of the statement of the Staff Association Committee and of "
              "the reply of the Administration, and requested the Administration to report on the "
              "outcome of the reclassification exercise at its next session."),
    ("h1", "VIII.", "OTHER BUSINESS"),
    ("p", 23, "No other business was raised. The Committee noted that its Ninety-sixth Session "
              "would be held in Geneva in the first half of 1999, on dates to be fixed by the "
              "Chairman in consultation with the Administration."),
    ("h1", "IX.", "CLOSURE OF THE SESSION"),
    ("p", 24, "The Chairman declared the Ninety-fifth Session closed on 2 July 1998 at "
              "12.40 p.m."),
]

ANNEX_TITLE = ["CONTRIBUTIONS OUTSTANDING TO THE ADMINISTRATIVE PART",
               "OF THE BUDGET AS AT 30 JUNE 1998"]
ANNEX_ROWS = [
    ("Argentina", 412530, 298760),
    ("Bolivia", 61204, 14850),
    ("Dominican Republic", 38917, 11880),
    ("Ecuador", 0, 23760),
    ("Greece", 0, 287420),
    ("Honduras", 44310, 8910),
    ("Italy", 0, 1905660),
    ("Pakistan", 22105, 41580),
    ("Peru", 97842, 35640),
    ("Venezuela", 351006, 178210),
    ("Other Member States (11)", 56391, 971344),
]


def money(v):
    return "-" if v == 0 else f"{v:,}"


class Doc(FPDF):
    pass


class Writer:
    def __init__(self, toc_pages):
        self.toc_pages = toc_pages   # heading key -> page label
        self.heading_pages = {}
        pdf = Doc(orientation="P", unit="mm", format="A4")
        pdf.set_auto_page_break(False)
        pdf.set_margins(LM, TOP, RM)
        pdf.add_font("S", "", FONTDIR + "DejaVuSerif.ttf")
        pdf.add_font("S", "B", FONTDIR + "DejaVuSerif-Bold.ttf")
        pdf.add_font("S", "I", FONTDIR + "DejaVuSerif-Italic.ttf")
        pdf.add_font("S", "BI", FONTDIR + "DejaVuSerif-BoldItalic.ttf")
        pdf.set_title("MC/EX/598 - Draft report on the Ninety-fifth Session of the Executive Committee")
        self.pdf = pdf
        self.page_fns = []   # footnote keys on the current page
        self.y = TOP
        self.label = None

    # ---------------------------------------------------------------- text helpers
    def sw(self, text, size, style=""):
        self.pdf.set_font("S", style, size)
        return self.pdf.get_string_width(text)

    def put(self, x, y, text, size, style=""):
        self.pdf.set_font("S", style, size)
        self.pdf.text(x, y, text)

    def right(self, y, text, size, style=""):
        w = self.sw(text, size, style)
        self.put(PAGE_W - RM - w, y, text, size, style)

    def center(self, y, text, size, style="", x0=LM, x1=PAGE_W - RM):
        w = self.sw(text, size, style)
        self.put(x0 + (x1 - x0 - w) / 2, y, text, size, style)

    # words: list of (text, marker-or-None)
    @staticmethod
    def words(text):
        out = []
        for tok in text.split(" "):
            m = re.match(r"^(.*?)\{(\d+)\}$", tok)
            if m:
                out.append((m.group(1), m.group(2)))
            else:
                out.append((tok, None))
        return out

    def wlen(self, w, size, style):
        t, mk = w
        n = self.sw(t, size, style)
        if mk:
            n += self.sw(mk, size * 0.62, style)
        return n

    def wrap(self, text, first_w, rest_w, size, style=""):
        ws = self.words(text)
        lines, cur, curw = [], [], 0.0
        space = self.sw(" ", size, style)
        for w in ws:
            lw = self.wlen(w, size, style)
            limit = first_w if not lines else rest_w
            if cur and curw + space + lw > limit:
                lines.append(cur)
                cur, curw = [w], lw
            else:
                curw = curw + (space if cur else 0) + lw
                cur.append(w)
        if cur:
            lines.append(cur)
        return lines

    def draw_line(self, line, x, base, width, size, style, justify):
        space = self.sw(" ", size, style)
        total = sum(self.wlen(w, size, style) for w in line)
        gap = space
        if justify and len(line) > 1:
            gap = max(space, (width - total) / (len(line) - 1))
        cx = x
        for t, mk in line:
            self.put(cx, base, t, size, style)
            cx += self.sw(t, size, style)
            if mk:
                self.put(cx, base - size * 0.35 * 0.3528, mk, size * 0.62, style)
                cx += self.sw(mk, size * 0.62, style)
            cx += gap

    # ---------------------------------------------------------------- footnotes
    def fn_lines(self, key):
        return self.wrap(FOOTNOTES[key], TW - 6, TW - 6, FFS)

    def fn_height(self, keys):
        if not keys:
            return 0.0
        return 6.0 + sum(len(self.fn_lines(k)) * FLH + 1.0 for k in keys)

    def limit(self, extra_keys=()):
        return BOTTOM - self.fn_height(list(self.page_fns) + list(extra_keys))

    def flush_footnotes(self):
        if not self.page_fns:
            return
        h = self.fn_height(self.page_fns)
        y = BOTTOM - h + 2.0
        self.pdf.set_line_width(0.2)
        self.pdf.line(LM, y, LM + 45, y)
        y += 4.0
        for k in self.page_fns:
            lines = self.fn_lines(k)
            self.put(LM + 1, y + FLH - 1.0 - 0.9, k, FFS * 0.7)
            for i, ln in enumerate(lines):
                base = y + (i + 1) * FLH - 1.0
                self.draw_line(ln, LM + 6, base, TW - 6, FFS, "", i < len(lines) - 1)
            y += len(lines) * FLH + 1.0
        self.page_fns = []

    # ---------------------------------------------------------------- pages
    def new_page(self, label, annex=False):
        self.flush_footnotes()
        self.pdf.add_page()
        self.label = label
        y = 15.0
        self.right(y, SYMBOL, 10, "B")
        if annex:
            y += 4.6
            self.right(y, "Annex", 10)
        y += 4.6
        self.right(y, "Page " + label, 10)
        self.y = y + 10.0

    def next_body_page(self):
        cur = self.label
        nxt = str(int(cur) + 1)
        self.new_page(nxt)

    # ---------------------------------------------------------------- blocks
    def block(self, text, first_x, rest_x, right_x, lead=None, lead_x=None, style=""):
        lines = self.wrap(text, right_x - first_x, right_x - rest_x, FS, style)
        for i, ln in enumerate(lines):
            marks = [mk for _, mk in ln if mk]
            if self.y + LH > self.limit(marks):
                self.next_body_page()
            base = self.y + LH - 1.3
            x = first_x if i == 0 else rest_x
            if i == 0 and lead:
                self.put(lead_x, base, lead, FS, style)
            self.draw_line(ln, x, base, right_x - x, FS, style, i < len(lines) - 1)
            self.page_fns.extend(marks)
            self.y += LH
        self.y += PARA_GAP

    def heading(self, key, num, text, level, extra=0.0):
        need = LH + PARA_GAP + 2 * LH + extra
        if self.y + need > self.limit():
            self.next_body_page()
        self.heading_pages[key] = self.label
        base = self.y + LH - 1.3
        style = "B" if level == 1 else "BI"
        self.put(LM, base, num, FS, style)
        self.put(LM + TAB, base, text, FS, style)
        self.y += LH + PARA_GAP

    # ---------------------------------------------------------------- cover
    def cover(self):
        pdf = self.pdf
        pdf.add_page()
        self.put(LM, 24, "NINETY-FIFTH SESSION", 11, "B")
        self.right(34, SYMBOL, 11, "B")
        self.right(40, "Original: English", 11)
        self.right(46, "10 July 1998", 11)
        pdf.set_line_width(0.4)
        pdf.line(LM, 52, PAGE_W - RM, 52)
        y = 105
        for t in TITLE_LINES:
            self.center(y, t, 13, "B")
            y += 7
        y += 12
        self.center(y, "Geneva", 11)
        self.center(y + 6, "1-2 July 1998", 11)
        self.center(y + 22, "Rapporteur: Mr. P. Lindqvist (Sweden)", 11)
        pdf.set_line_width(0.3)
        pdf.line(LM, 270, PAGE_W - RM, 270)
        fy = 277
        self.put(LM, fy, "EXECUTIVE COMMITTEE", 9, "B")
        self.center(fy, "COMIT\u00c9 EX\u00c9CUTIF", 9, "B")
        self.right(fy, "COMIT\u00c9 EJECUTIVO", 9, "B")

    # ---------------------------------------------------------------- contents
    def contents(self):
        self.new_page("i")
        y = self.y + 4
        self.center(y, "CONTENTS", 11, "B")
        y += 10
        self.right(y, "Page", 10, "U" if False else "")
        y += 8
        numx = PAGE_W - RM
        for kind, *rest in BODY:
            if kind not in ("h1", "h2"):
                continue
            num, text = rest
            key = num + " " + text
            page = self.toc_pages.get(key, "0")
            if kind == "h1":
                x_num, x_txt, style = LM, LM + TAB, ""
            else:
                x_num, x_txt, style = LM + TAB, LM + 2 * TAB, ""
            self.put(x_num, y, num, 11, style)
            self.put(x_txt, y, text, 11, style)
            end = x_txt + self.sw(text, 11, style) + 2
            pw = self.sw(page, 11)
            dot = self.sw(".", 11)
            start = end
            stop = numx - pw - 2
            n = int((stop - start) / dot)
            if n > 0:
                self.put(stop - n * dot, y, "." * n, 11)
            self.put(numx - pw, y, page, 11)
            y += 8

    # ---------------------------------------------------------------- body
    def body(self):
        self.new_page("1")
        # running title repeated on the first text page
        for t in TITLE_LINES:
            self.center(self.y + 4, t, 11)
            self.y += 5.5
        self.y += 8
        for idx, (kind, *rest) in enumerate(BODY):
            if kind == "h1":
                extra = LH + PARA_GAP if BODY[idx + 1][0] == "h2" else 0.0
                self.heading(rest[0] + " " + rest[1], rest[0], rest[1], 1, extra)
            elif kind == "h2":
                self.heading(rest[0] + " " + rest[1], rest[0], rest[1], 2)
            elif kind == "p":
                num, text = rest
                self.block(text, LM + TAB, LM, PAGE_W - RM, lead=f"{num}.", lead_x=LM)
            elif kind == "item":
                label, text = rest
                self.block(text, LM + 2 * TAB, LM + 2 * TAB, PAGE_W - RM,
                           lead=label, lead_x=LM + TAB)
            elif kind == "quote":
                self.block(rest[0], LM + TAB + 2, LM + TAB + 2, PAGE_W - RM - TAB, style="I")
        self.flush_footnotes()

    # ---------------------------------------------------------------- annex
    def annex(self):
        self.new_page("1", annex=True)
        y = self.y + 6
        self.center(y, "ANNEX", 11, "B")
        y += 10
        for t in ANNEX_TITLE:
            self.center(y, t, 11, "B")
            y += 5.5
        y += 6
        self.center(y, "(in Swiss francs)", 10)
        y += 4
        cols = [LM, LM + 62, LM + 96, LM + 130, PAGE_W - RM]  # column edges
        rh = 7.0
        pdf = self.pdf
        pdf.set_line_width(0.3)
        pdf.line(LM, y, PAGE_W - RM, y)
        heads = [("Member State", ""), ("1997 and", "prior years"), ("1998", ""), ("Total", "outstanding")]
        for ci, (h1, h2) in enumerate(heads):
            if ci == 0:
                self.put(cols[0] + 1.5, y + 5, h1, 10, "B")
            else:
                for k, h in enumerate((h1, h2)):
                    if h:
                        w = self.sw(h, 10, "B")
                        self.put(cols[ci + 1] - 2 - w, y + 5 + k * 4.5, h, 10, "B")
        y += 11
        pdf.line(LM, y, PAGE_W - RM, y)
        tot_a = tot_b = 0
        for name, a, b in ANNEX_ROWS:
            tot_a += a
            tot_b += b
            base = y + 5
            self.put(cols[0] + 1.5, base, name, 10)
            for ci, v in enumerate((a, b, a + b)):
                s = money(v)
                w = self.sw(s, 10)
                self.put(cols[ci + 2] - 2 - w, base, s, 10)
            y += rh
        pdf.line(LM, y, PAGE_W - RM, y)
        base = y + 5
        self.put(cols[0] + 1.5, base, "Total", 10, "B")
        for ci, v in enumerate((tot_a, tot_b, tot_a + tot_b)):
            s = money(v)
            w = self.sw(s, 10, "B")
            self.put(cols[ci + 2] - 2 - w, base, s, 10, "B")
        y += rh
        pdf.set_line_width(0.5)
        pdf.line(LM, y, PAGE_W - RM, y)
        assert tot_a + tot_b == 4862319 and tot_a == 1084305

    def run(self, path=None):
        self.cover()
        self.contents()
        self.body()
        self.annex()
        if path:
            self.pdf.output(path)
        return self.heading_pages


def main():
    first = Writer({}).run()
    second = Writer(first)
    pages = second.run(OUT)
    assert pages == first, (pages, first)
    print("pages:", second.pdf.pages_count, "headings:", pages)


if __name__ == "__main__":
    main()
