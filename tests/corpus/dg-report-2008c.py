# -*- coding: utf-8 -*-
"""Draws dg-report-2008c.pdf: an MC-era report of the Director General on the
work of the Organization for the year 2007 (invented content), with fpdf2."""
import os
import re

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dg-report-2008c.pdf")

SYMBOL = "MC/2252"
DATE = "27 May 2008"

PAGE_W, PAGE_H = 210.0, 297.0
LM, RM = 25.0, 185.0            # left and right margins (text width 160 mm)
IND = 37.5                      # text indent after the paragraph number
TOP = 30.0                      # first baseline on body pages
BOTTOM = 275.0                  # lowest baseline usable on a page
FS = 11                         # body font size (pt)
LH = 5.0                        # body line height (mm)
GAP = 4.6                       # space between paragraphs (mm)
FN_FS = 9
FN_LH = 3.9
SUP_FS = 7
SUP_RISE = 1.3                  # mm

FOOTNOTES = {
    "1": "The Strategy and its twelve activities are set out in document MC/INF/287.",
    "2": "The Standing Committee replaced the Sub-Committee on Budget and Finance and the "
         "Sub-Committee on the Coordination of Programmes; its terms of reference are contained "
         "in document MC/2194.",
    "3": "Under the inter-agency cluster approach, IOM leads the camp coordination and camp "
         "management cluster in natural disaster situations.",
    "4": "Details by Member State are given in the Status report on outstanding contributions to "
         "the Administrative Part of the Budget (SCPF/14).",
}

TABLE1 = {
    "caption": "Table 1. Persons moved with IOM assistance by region of departure, 2007",
    "head": ["Region of departure", "Resettlement", "Return", "Other", "Total"],
    "widths": [55.5, 25, 23, 21, 23],
    "rows": [
        ["Africa", 21460, 48915, 3120],
        ["Asia and Oceania", 38210, 22640, 11385],
        ["Europe", 9875, 27310, 6940],
        ["Latin America and the Caribbean", 6120, 9455, 4270],
        ["Middle East", 19340, 25760, 2630],
    ],
    "row_total": True,
}

TABLE2 = {
    "caption": "Table 2. Expenditure by region, 2006 and 2007 (in thousands of US dollars)",
    "head": ["Region", "2006", "2007"],
    "widths": [87.5, 30, 30],
    "rows": [
        ["Africa", 131020, 142380],
        ["Middle East", 88140, 96715],
        ["Asia and Oceania", 231775, 198460],
        ["Europe", 109360, 117925],
        ["Latin America and the Caribbean", 139285, 154630],
        ["North America", 16905, 18240],
        ["Headquarters and global services", 49615, 55450],
    ],
    "row_total": False,
}

# ---------------------------------------------------------------- body text
# ("h1", num, text) ("h2", num, text) ("p", num, text) ("bul", [texts])
# ("lst", [(label, text)]) ("tab", table)
BODY = [
    ("h1", "I.", "INTRODUCTION"),
    ("p", "1", "The present report gives an account of the activities carried out by the "
     "International Organization for Migration (IOM) between 1 January and 31 December 2007. It "
     "is submitted in accordance with established practice and should be considered together with "
     "the Financial Report for the Year Ended 31 December 2007 (MC/2253), which sets out the "
     "audited accounts for the same period."),
    ("p", "2", "For the Organization, 2007 was marked above all by the adoption of the IOM "
     "Strategy, approved by the Council through Resolution No. 1150 of 7 June 2007.[[1]] The "
     "Strategy gives Member States and the Administration a shared point of reference when "
     "deciding which activities IOM should take on, and its twelve points have been used since "
     "the middle of the year to frame project development and reporting."),
    ("p", "3", "Demand for IOM services continued to grow. At the end of the year the "
     "Organization was running 1,830 active projects, maintained a presence in 410 field "
     "locations and recorded total expenditure of USD 783.8 million, compared with USD 766.1 "
     "million in 2006. The chapters below summarize the main developments by area of activity."),

    ("h1", "II.", "MEMBERSHIP AND GOVERNANCE"),
    ("p", "4", "During its Ninety-fourth Session, held in Geneva from 27 to 30 November 2007, the "
     "Council admitted Botswana, Montenegro and Nepal as Members by Resolutions Nos. 1152, 1153 "
     "and 1154, bringing the number of Member States to 125. Observer status was granted to one "
     "State and to three international and non-governmental organizations, raising the total "
     "number of observers to 93."),
    ("p", "5", "The governing bodies met on the following occasions in 2007:"),
    ("bul", [
        "the First Session of the Standing Committee on Programmes and Finance (SCPF), on 8 and "
        "9 May 2007;[[2]]",
        "the Hundred and fourth Session of the Executive Committee, on 5 and 6 June 2007;",
        "the Ninety-third (Special) Session of the Council, on 7 June 2007, which approved the IOM "
        "Strategy;",
        "the Second Session of the SCPF, on 23 and 24 October 2007; and",
        "the Ninety-fourth Session of the Council, from 27 to 30 November 2007.",
    ]),
    ("p", "6", "Informal consultations on budget reform continued throughout the year. Member "
     "States examined options for financing the core structure of the Organization, including "
     "the use of discretionary income, and agreed to pursue the discussion in 2008 on the basis "
     "of a paper to be presented by the Administration."),
    ("p", "7", "Under the International Dialogue on Migration, the policy debate at the "
     "Ninety-fourth Session addressed migration and the changing global economy, while two "
     "intersessional workshops were held during the year, one on free movement of persons in "
     "regional integration processes and the other on migration and transnationalism."),

    ("h1", "III.", "OPERATIONAL ACTIVITIES"),
    ("h2", "A.", "Movement management"),
    ("p", "8", "In 2007 IOM arranged the transport of 257,430 persons, an increase of about "
     "6 per cent on the previous year. Table 1 shows the breakdown of these movements by region "
     "of departure and by type of movement."),
    ("tab", TABLE1),
    ("p", "9", "Resettlement accounted for 95,005 departures. The largest operations were:"),
    ("bul", [
        "the processing and departure of refugees from Myanmar who had been living in camps "
        "along the Thai border;",
        "the continued resettlement of refugees from the Horn of Africa and the Great Lakes "
        "region, mainly from Kenya and the United Republic of Tanzania; and",
        "the first large-scale movements of Iraqi refugees from Jordan and the Syrian Arab "
        "Republic.",
    ]),
    ("p", "10", "Return movements, which comprise the voluntary repatriation of refugees and the "
     "assisted voluntary return of migrants, reached 134,080 persons. Operations in southern "
     "Sudan and Afghanistan accounted for a large share of repatriation, while assisted voluntary "
     "return programmes in Europe helped 27,310 migrants to go home."),

    ("h2", "B.", "Emergency and post-crisis migration management"),
    ("p", "11", "IOM responded to a series of natural disasters in 2007, notably the floods in "
     "Mozambique in February, the earthquake that struck southern Peru in August and Cyclone Sidr "
     "in Bangladesh in November. In each case the Organization provided emergency shelter and "
     "non-food items and, where it led camp management activities,[[3]] supported the "
     "registration of displaced households."),
    ("p", "12", "In post-conflict settings, IOM supported the reintegration of some 41,600 "
     "former combatants and displaced persons, chiefly in the Sudan, Timor-Leste and Colombia, "
     "and continued community stabilization projects in Iraq."),

    ("h2", "C.", "Migration health"),
    ("p", "13", "Health assessments for refugees and migrants departing for resettlement or "
     "labour migration numbered some 186,700 in 2007 and were carried out in 42 countries. "
     "Tuberculosis screening by sputum culture was extended to three further processing "
     "locations."),
    ("p", "14", "Beyond health assessments, the migration health work of the Organization in "
     "2007 focused on:"),
    ("lst", [
        ("(a)", "HIV prevention among mobile populations along transport corridors in southern "
                "and eastern Africa;"),
        ("(b)", "the preparedness of border health services for a possible influenza "
                "pandemic; and"),
        ("(c)", "psychosocial support to displaced and returning populations in post-crisis "
                "settings."),
    ]),

    ("h2", "D.", "Regulating migration and counter-trafficking"),
    ("p", "15", "Technical cooperation on migration management reached 64 countries. Projects "
     "helped governments to improve border management information systems, modernize the "
     "issuance of travel documents and train consular and immigration staff."),
    ("p", "16", "IOM assisted 2,140 victims of trafficking during the year, providing shelter, "
     "medical care and legal counselling and, where the persons concerned so wished, safe return "
     "and reintegration support. Just over half of those assisted had been trafficked for sexual "
     "exploitation and about one third for forced labour."),

    ("h1", "IV.", "MIGRATION POLICY, RESEARCH AND COMMUNICATIONS"),
    ("p", "17", "The Organization took part in the first meeting of the Global Forum on Migration "
     "and Development, held in Brussels in July 2007, and contributed background papers to its "
     "round tables. IOM also continued to support regional consultative processes on migration "
     "in all regions."),
    ("p", "18", "Work progressed on the World Migration Report 2008, devoted to labour mobility "
     "in the global economy, and eleven titles were added to the publications list of the "
     "Organization, including new issues of the International Migration Law series."),
    ("p", "19", "Public information work was expanded, with particular emphasis on campaigns "
     "about the risks of irregular migration in West Africa and Central America."),

    ("h1", "V.", "FINANCE, STAFF AND ADMINISTRATION"),
    ("p", "20", "Total expenditure in 2007 amounted to USD 783.8 million. Its regional "
     "distribution is given in Table 2, with the figures for 2006 shown for comparison."),
    ("tab", TABLE2),
    ("p", "21", "The Administrative Part of the Budget for 2007 amounted to CHF 38,045,000 and "
     "was financed by assessed contributions from Member States. At 31 December 2007, "
     "contributions of CHF 4,812,000 remained outstanding,[[4]] and 14 Member States were in "
     "arrears for two or more full years and thus subject to Article 4 of the Constitution."),
    ("p", "22", "On 31 December 2007 the Organization employed 6,120 staff, of whom 910 were "
     "officials and 5,210 employees; 94 per cent of all staff worked in the field. The roll-out "
     "of the new resource management system (PRISM) to the Manila and Panama administrative "
     "centres was completed during the year."),

    ("h1", "VI.", "CONCLUDING REMARKS"),
    ("p", "23", "The year under review confirmed that Member States and partners continue to look "
     "to IOM for practical and timely assistance in managing migration. The adoption of the "
     "Strategy now provides a clearer framework for meeting that demand in a coherent way."),
    ("p", "24", "The Director General wishes to thank Member States, donors and partner "
     "organizations for their support in 2007, and the staff of the Organization for their "
     "commitment, often under difficult conditions."),
]

MARK = re.compile(r"^(.*?)\[\[(\w+)\]\](.*)$")


def fmt(n):
    return "{:,}".format(n)


class Doc(FPDF):
    pass


class Layout:
    def __init__(self, toc_pages):
        self.pdf = Doc(orientation="P", unit="mm", format="A4")
        self.pdf.core_fonts_encoding = "windows-1252"
        self.pdf.set_auto_page_break(False)
        self.pdf.set_margins(LM, 15, PAGE_W - RM)
        self.toc_pages = toc_pages
        self.head_pages = {}
        self.page_fns = []
        self.y = TOP

    # ------------------------------------------------------------ helpers
    def font(self, style="", size=FS):
        self.pdf.set_font("Times", style, size)

    def rtext(self, x_right, y, s):
        self.pdf.text(x_right - self.pdf.get_string_width(s), y, s)

    def ctext(self, y, s):
        self.pdf.text((PAGE_W - self.pdf.get_string_width(s)) / 2, y, s)

    def tokens(self, text):
        out = []
        for w in text.split():
            m = MARK.match(w)
            if m:
                out.append((m.group(1), m.group(2), m.group(3)))
            else:
                out.append((w, None, ""))
        return out

    def tok_w(self, t, style, size):
        self.font(style, size)
        w = self.pdf.get_string_width(t[0] + t[2])
        if t[1]:
            self.font(style, SUP_FS if size == FS else 6)
            w += self.pdf.get_string_width(t[1])
        return w

    def wrap(self, text, width, style="", size=FS):
        toks = self.tokens(text)
        self.font(style, size)
        sp = self.pdf.get_string_width(" ")
        lines, cur, cw = [], [], 0.0
        for t in toks:
            w = self.tok_w(t, style, size)
            if cur and cw + sp + w > width:
                lines.append(cur)
                cur, cw = [], 0.0
            cur.append((t, w))
            cw += (sp if len(cur) > 1 else 0) + w
        if cur:
            lines.append(cur)
        return lines

    def draw_line(self, line, x, y, width, justify, style="", size=FS):
        self.font(style, size)
        sp = self.pdf.get_string_width(" ")
        total = sum(w for _, w in line)
        gap = sp
        if justify and len(line) > 1:
            gap = (width - total) / (len(line) - 1)
        cx = x
        for (t, w) in line:
            self.font(style, size)
            self.pdf.text(cx, y, t[0])
            ax = cx + self.pdf.get_string_width(t[0])
            if t[1]:
                self.font(style, SUP_FS if size == FS else 6)
                self.pdf.text(ax, y - SUP_RISE, t[1])
                ax += self.pdf.get_string_width(t[1])
                if t[2]:
                    self.font(style, size)
                    self.pdf.text(ax, y, t[2])
            cx += w + gap

    # ------------------------------------------------------------ footnotes
    def fn_lines(self, key):
        return self.wrap(FOOTNOTES[key], RM - (LM + 3.5), "", FN_FS)

    def fn_height(self, keys):
        if not keys:
            return 0.0
        h = 4.0
        for k in keys:
            h += len(self.fn_lines(k)) * FN_LH + 0.8
        return h

    def limit(self, extra_keys=()):
        return BOTTOM - self.fn_height(self.page_fns + list(extra_keys))

    def draw_footnotes(self):
        if not self.page_fns:
            return
        y = BOTTOM - self.fn_height(self.page_fns) + 4.0
        self.pdf.set_line_width(0.2)
        self.pdf.line(LM, y - 3.0, LM + 50, y - 3.0)
        for k in self.page_fns:
            self.font("", 6)
            self.pdf.text(LM, y + 2.6 - SUP_RISE, k)
            lines = self.fn_lines(k)
            for i, ln in enumerate(lines):
                self.draw_line(ln, LM + 3.5, y + 2.6, RM - (LM + 3.5), i < len(lines) - 1,
                               "", FN_FS)
                y += FN_LH
            y += 0.8

    # ------------------------------------------------------------ pages
    def header(self, label):
        self.font("", FS)
        self.rtext(RM, 15, SYMBOL)
        self.rtext(RM, 20, "Page " + label)

    def new_body_page(self):
        self.draw_footnotes()
        self.page_fns = []
        self.pdf.add_page()
        self.header(str(self.pdf.page - 2))
        self.y = TOP

    def ensure(self, h):
        if self.y + h > self.limit():
            self.new_body_page()

    # ------------------------------------------------------------ cover
    def cover(self):
        pdf = self.pdf
        pdf.add_page()
        self.font("B", 12)
        self.rtext(RM, 20, SYMBOL)
        self.font("", 11)
        self.rtext(RM, 26, "Original: English")
        self.rtext(RM, 31, DATE)
        self.font("B", 12)
        pdf.text(LM, 52, "NINETY-SIXTH SESSION")
        pdf.set_line_width(0.4)
        pdf.line(LM, 57, RM, 57)
        self.font("B", 14)
        self.ctext(105, "REPORT OF THE DIRECTOR GENERAL")
        self.ctext(112, "ON THE WORK OF THE ORGANIZATION")
        self.ctext(119, "FOR THE YEAR 2007")
        pdf.set_line_width(0.3)
        pdf.line(LM, 238, LM + 45, 238)
        self.font("", 10)
        pdf.text(LM, 244, "This document is submitted to the Executive Committee at its "
                 "Hundred and fifth Session in June 2008.")
        pdf.set_line_width(0.4)
        pdf.line(LM, 268, RM, 268)
        self.font("B", 12)
        for x, w in ((45, "COUNCIL"), (97, "CONSEIL"), (148, "CONSEJO")):
            pdf.text(x, 276, w)

    # ------------------------------------------------------------ contents
    def contents(self):
        pdf = self.pdf
        pdf.add_page()
        self.header("i")
        self.font("B", 12)
        self.ctext(38, "CONTENTS")
        self.font("", 10)
        self.rtext(RM, 50, "Page")
        y = 60
        for b in BODY:
            if b[0] not in ("h1", "h2"):
                continue
            key = b[1] + " " + b[2]
            page = str(self.toc_pages.get(key, 0))
            if b[0] == "h1":
                self.font("", 11)
                x_lab, x_txt = LM, LM + 12
                y += 3.0
            else:
                self.font("", 11)
                x_lab, x_txt = LM + 12, LM + 20
            pdf.text(x_lab, y, b[1])
            pdf.text(x_txt, y, b[2])
            end = x_txt + pdf.get_string_width(b[2]) + 1.5
            pw = pdf.get_string_width(page)
            dot = pdf.get_string_width(".")
            n = int((RM - pw - 2.0 - end) / dot)
            pdf.text(end, y, "." * n)
            self.rtext(RM, y, page)
            y += 6.5

    # ------------------------------------------------------------ body blocks
    def para_block(self, num, text, x_num, x_txt, gap_after=True):
        lines = self.wrap(text, RM - x_txt)
        for i, ln in enumerate(lines):
            keys = [t[1] for t, _ in ln if t[1]]
            if self.y + LH > self.limit(keys) or (i == 0 and self.y + 2 * LH > self.limit(keys)):
                self.new_body_page()
            if i == 0 and num:
                self.font("", FS)
                self.pdf.text(x_num, self.y + 3.6, num)
            self.draw_line(ln, x_txt, self.y + 3.6, RM - x_txt, i < len(lines) - 1)
            self.page_fns.extend(keys)
            self.y += LH
        if gap_after:
            self.y += GAP

    def heading(self, kind, num, text):
        need = LH + GAP + 3 * LH
        if self.y + need > self.limit():
            self.new_body_page()
        style = "B" if kind == "h1" else "BI"
        self.font(style, FS)
        self.pdf.text(LM, self.y + 3.6, num)
        self.pdf.text(IND, self.y + 3.6, text)
        self.head_pages[num + " " + text] = self.pdf.page - 2
        self.y += LH + GAP

    def table(self, tb):
        pdf = self.pdf
        rows = [list(r) for r in tb["rows"]]
        if tb["row_total"]:
            for r in rows:
                r.append(sum(r[1:]))
        ncol = len(tb["head"])
        tot = ["Total"] + [sum(r[c] for r in rows) for c in range(1, ncol)]
        body = rows + [tot]
        rh = 5.6
        h = 6 + rh * (len(body) + 1) + GAP
        if self.y + h > self.limit():
            self.new_body_page()
        self.font("B", 10)
        pdf.text(IND, self.y + 3.6, tb["caption"])
        self.y += 6
        x0 = IND
        widths = tb["widths"]
        xs = [x0]
        for w in widths:
            xs.append(xs[-1] + w)
        top = self.y
        pdf.set_line_width(0.2)
        # header row
        self.font("B", 10)
        for c, head in enumerate(tb["head"]):
            if c == 0:
                pdf.text(xs[0] + 1.5, self.y + 4.0, head)
            else:
                self.rtext(xs[c + 1] - 1.5, self.y + 4.0, head)
        self.y += rh
        pdf.line(xs[0], self.y, xs[-1], self.y)
        for r in body:
            is_tot = r is tot
            if is_tot:
                pdf.line(xs[0], self.y, xs[-1], self.y)
            self.font("B" if is_tot else "", 10)
            pdf.text(xs[0] + 1.5, self.y + 4.0, r[0])
            for c in range(1, ncol):
                self.rtext(xs[c + 1] - 1.5, self.y + 4.0, fmt(r[c]))
            self.y += rh
        # frame and column rules
        pdf.rect(xs[0], top, xs[-1] - xs[0], self.y - top)
        for x in xs[1:-1]:
            pdf.line(x, top, x, self.y)
        self.y += GAP + 1.0

    def build(self):
        self.cover()
        self.contents()
        self.body()
        return self.pdf


def _bul_block(self, text):
    lines = self.wrap(text, RM - (IND + 6))
    first = True
    for i, ln in enumerate(lines):
        keys = [t[1] for t, _ in ln if t[1]]
        if self.y + LH > self.limit(keys):
            self.new_body_page()
        if first:
            self.font("", FS)
            self.pdf.text(IND + 0.5, self.y + 3.6, "\u2022")
            first = False
        self.draw_line(ln, IND + 6, self.y + 3.6, RM - (IND + 6), i < len(lines) - 1)
        self.page_fns.extend(keys)
        self.y += LH
    self.y += 1.5


def _body(self):
    self.pdf.add_page()
    self.header("1")
    self.y = TOP - 2
    self.font("B", 12)
    self.ctext(self.y + 4, "REPORT OF THE DIRECTOR GENERAL ON THE WORK OF THE ORGANIZATION")
    self.ctext(self.y + 9.5, "FOR THE YEAR 2007")
    self.y += 9.5 + 2 * GAP
    for b in BODY:
        kind = b[0]
        if kind in ("h1", "h2"):
            self.heading(kind, b[1], b[2])
        elif kind == "p":
            self.para_block(b[1] + ".", b[2], LM, IND)
        elif kind == "bul":
            for t in b[1]:
                self.bul_block(t)
            self.y += GAP - 1.5
        elif kind == "lst":
            for lab, t in b[1]:
                self.para_block(lab, t, IND, IND + 9, gap_after=False)
                self.y += 1.5
            self.y += GAP - 1.5
        elif kind == "tab":
            self.table(b[1])
    self.draw_footnotes()


Layout.body = _body
Layout.bul_block = _bul_block


def main():
    first = Layout({})
    first.build()
    final = Layout(first.head_pages)
    pdf = final.build()
    assert final.head_pages == first.head_pages
    pdf.output(OUT)
    print("pages:", pdf.page, final.head_pages)


if __name__ == "__main__":
    main()
