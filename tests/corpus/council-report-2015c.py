"""Draw council-report-2015c.pdf: IOM Council, report on the 106th Session (2015 layout), with fpdf2.

Every body paragraph is set with fpdf2's justified alignment (text region paragraphs, text_align="J").
Footnotes are placed at the foot of the page where their raised marker falls; the layout is run
repeatedly until the page of every marker is stable.
"""
import os

from fpdf import FPDF
from fpdf.fonts import FontFace
from fpdf.text_region import TextColumns

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "council-report-2015c.pdf")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"

SYMBOL = "C/106/57"
BODY_PT = 10
FN_PT = 8.5
LINE = 1.25  # line height factor
LM, RM, TM, BM = 25, 22, 30, 18  # margins (mm)
INDENT = 12  # tab after paragraph numbers (mm)

# ---------------------------------------------------------------------------------------------
# Content
# ---------------------------------------------------------------------------------------------
FOOTNOTES = {
    1: "The list of participants is contained in document C/106/52.",
    2: "Document C/106/40. The Framework was prepared following informal consultations with Member "
       "States held between May and October 2015.",
    3: "The Operational Part of the Budget is updated in the course of the year as new funding is "
       "confirmed; the first revision for 2016 will be presented to the Standing Committee on "
       "Programmes and Finance at its Eighteenth Session.",
}

RESOLUTIONS = [
    ("1311", "Admission of Tuvalu as a Member of the Organization"),
    ("1312", "Admission of Solomon Islands as a Member of the Organization"),
    ("1313", "Observership of the Asia Pacific Refugee Rights Network"),
    ("1314", "Observership of the African Foundation for Development"),
    ("1315", "Programme and Budget for 2016"),
    ("1316", "Scale of assessment for 2016"),
    ("1317", "Migration Governance Framework"),
    ("1318", "Report on the 106th Session of the Council"),
]

# Block types:
#   ("h1", num, text)  ("h2", num, text)  ("p", [segments])  ("bullets", [texts])
#   ("items", [(label, text), ...])  ("caption", text)  ("table", rows)
# A segment is a str or ("fn", n) for a raised footnote marker.
BODY = [
    ("h1", "I", "INTRODUCTION"),
    ("p", ["Pursuant to Resolution No. 1299 of 26 November 2014, the Council convened for its 106th "
           "Session at the Palais des Nations, Geneva, from Tuesday, 24 November, to Friday, 27 November "
           "2015. Seven meetings were held, all of them in plenary, and a high-level panel on migrants "
           "in countries in crisis took place on the afternoon of 25 November."]),
    ("p", ["The session was opened on 24 November 2015 at 10.10 a.m. by H.E. Ms Ana Lucía Moreno "
           "Cabral (Paraguay), outgoing Chairperson. She observed that the year had brought the largest "
           "sea crossings towards Europe in living memory and that the Organization’s services had "
           "rarely been in such demand, and she thanked the Administration and the members of the "
           "outgoing Bureau for their support over the past twelve months."]),

    ("h1", "II", "ATTENDANCE AND CREDENTIALS OF REPRESENTATIVES AND OBSERVERS"),
    ("p", ["Representatives of 131 Member States attended the session.", ("fn", 1),
           " Of the 162 Members of the Organization at the close of the session, 29 were therefore not "
           "represented, a figure that includes the two States admitted during the first meeting."]),
    ("p", ["The following non-member States were represented by observers: Bahrain, China, Cuba, "
           "Indonesia, Kuwait, Qatar and Saudi Arabia. Also represented by observers were the Sovereign "
           "Order of Malta, the United Nations, the Office of the United Nations High Commissioner for "
           "Refugees, the International Labour Organization, the World Health Organization, the "
           "International Committee of the Red Cross, the International Federation of Red Cross and Red "
           "Crescent Societies, the African Union, the European Union, the League of Arab States and "
           "34 international non-governmental organizations."]),
    ("p", ["The Council noted that the Director General had examined the credentials of the "
           "representatives of Member States and found them to be in due and proper form, and that he "
           "had been informed of the names of the observers for the non-member States, the "
           "intergovernmental organizations and the non-governmental organizations referred to above."]),

    ("h1", "III", "ELECTION OF OFFICERS"),
    ("p", ["The Council elected the following officers by acclamation:"]),
    ("bullets", ["Chairperson: H.E. Mr Tomas Lindqvist (Sweden)",
                 "First Vice-Chairperson: H.E. Ms Nomvula Dlamini (South Africa)",
                 "Second Vice-Chairperson: Mr Arif Rahman Chowdhury (Bangladesh)",
                 "Rapporteur: Mr Kayode Ogunleye (Nigeria)"]),
    ("p", ["On taking the chair, the Chairperson paid tribute to his predecessor and said that the Bureau "
           "would do its utmost to conclude the agenda within the time allotted, so that the high-level "
           "panel could be given the attention it deserved."]),

    ("h1", "IV", "ADOPTION OF THE AGENDA"),
    ("p", ["The Council adopted the agenda contained in document C/106/1/Rev.1, with the addition, under "
           "“Other business”, of an oral update by the Administration on the legal relationship between "
           "IOM and the United Nations."]),

    ("h1", "V", "ADMISSION OF NEW MEMBERS AND OBSERVERS"),
    ("h2", "A", "Applications for membership"),
    ("p", ["The Council had before it the applications for membership submitted by Tuvalu (C/106/8) and "
           "by Solomon Islands (C/106/9). In each case the applicant had accepted the IOM Constitution "
           "and had undertaken to contribute to the Administrative Part of the Budget at the rate to be "
           "agreed upon by the Council."]),
    ("p", ["The Council adopted by acclamation Resolutions Nos. 1311 and 1312, admitting Tuvalu and "
           "Solomon Islands as Members of the Organization, which brought the total membership to 162. "
           "The representatives of both new Members thanked the Council and said that their countries "
           "counted on IOM’s support in addressing the mobility consequences of climate change."]),
    ("h2", "B", "Applications for observer status"),
    ("p", ["The Council then considered the requests for observer status submitted by the Asia Pacific "
           "Refugee Rights Network (C/106/10) and by the African Foundation for Development (C/106/11), "
           "both of which had cooperated with the Organization at regional level for several years."]),
    ("p", ["The Council adopted Resolutions Nos. 1313 and 1314, granting both organizations observer "
           "status at its meetings."]),

    ("h1", "VI", "STATEMENT BY THE DIRECTOR GENERAL"),
    ("p", ["The Director General said that the year had tested the Organization as never before. Since "
           "January, more than 880,000 migrants and refugees had reached Europe by sea and some 3,600 had "
           "lost their lives in the Mediterranean, while IOM had been responding at the same time to "
           "four large-scale emergencies, in Iraq, South Sudan, the Syrian Arab Republic and Yemen. Staff "
           "numbers had passed 9,500 for the first time, and more than 97 per cent of them served in the "
           "field."]),
    ("p", ["The Director General said that the Migration Governance Framework,", ("fn", 2),
           " submitted to the Council for endorsement, offered Member States a concise statement of the "
           "elements of well-managed migration policy. It complemented the Migration Crisis Operational "
           "Framework (MC/2355), adopted through Resolution No. 1243 of 27 November 2012, and would be "
           "accompanied in 2016 by a set of indicators developed with an independent research partner."]),
    ("p", ["Turning to the Organization’s place within the multilateral system, he said that the "
           "international community was expected to convene a high-level meeting on large movements of "
           "refugees and migrants in 2016, and that the working group on IOM–UN relations would need to "
           "complete its analysis in time for a decision by Member States at a special session of the "
           "Council. He thanked donors for their flexible funding, which had allowed the Organization to "
           "deploy staff within days of each new crisis."]),

    ("h1", "VII", "GENERAL DEBATE"),
    ("p", ["Several delegations welcomed the admission of the new Members and observers, saying that the "
           "growth of the membership reflected the confidence that States placed in the Organization and "
           "the universal character of the migration agenda."]),
    ("p", ["Many speakers commended IOM’s operational response in the Mediterranean and the Western "
           "Balkans, its evacuation of stranded migrants from Yemen and its work with displaced persons in "
           "Iraq. Others drew attention to protracted situations that had received less attention from "
           "the media, notably in the Lake Chad Basin and the Central African Republic."]),
    ("p", ["Delegations identified three priorities for the Organization in 2016:"]),
    ("items", [("(a)", "strengthening the collection and analysis of data on migrant fatalities and missing "
                       "migrants along the main migration routes;"),
               ("(b)", "expanding assisted voluntary return and reintegration programmes, with closer "
                       "attention to the sustainability of reintegration; and"),
               ("(c)", "consolidating the core structure so that it kept pace with the rapid growth of "
                       "operations.")]),
    ("p", ["One delegation, speaking on behalf of a regional group, stressed that the Sustainable "
           "Development Goals adopted in September 2015 recognized the positive contribution of migrants "
           "for the first time, and urged the Administration to help States report on the migration-"
           "related targets."]),
    ("p", ["The Director General thanked delegations for their comments and said that the Administration "
           "would reflect them in its planning for 2016, in particular as regarded missing migrants, on "
           "which a dedicated project had been launched in October 2015."]),

    ("h1", "VIII", "ADMINISTRATIVE AND FINANCIAL MATTERS"),
    ("h2", "A", "Report on the Seventeenth Session of the Standing Committee on Programmes and Finance"),
    ("p", ["The Chairperson of the Standing Committee on Programmes and Finance introduced the report on "
           "its Seventeenth Session (S/17/13), held on 27 and 28 October 2015, and highlighted the "
           "Committee’s recommendations on the Programme and Budget for 2016 and on the scale of "
           "assessment."]),
    ("p", ["The Council took note of the report and endorsed the recommendations it contained."]),
    ("h2", "B", "Programme and Budget for 2016"),
    ("p", ["The Council examined the Programme and Budget for 2016 (C/106/7). The Administrative Part was "
           "set at CHF 49,180,000, unchanged in nominal terms from 2015, and the Operational Part was "
           "estimated at USD 803,250,000, of which USD 51,400,000 was funded from discretionary income.",
           ("fn", 3), " The Council adopted Resolution No. 1315 approving the Programme and Budget for 2016 "
           "and Resolution No. 1316 on the scale of assessment for 2016 (C/106/12)."]),
    ("h2", "C", "Status report on outstanding contributions to the Administrative Part of the Budget"),
    ("p", ["The Administration reported that, as at 20 November 2015, outstanding assessed contributions "
           "amounted to CHF 3,942,716, owed by 23 Member States. Of these, 11 Member States, owing a "
           "total of CHF 2,118,040, were subject to Article 4 of the Constitution, and the remaining 12 "
           "owed CHF 1,824,676."]),
    ("p", ["Several delegations urged Member States in arrears to settle their contributions in full or "
           "to agree on a payment plan with the Administration, pointing out that unpaid contributions "
           "placed an unfair burden on those who paid on time."]),

    ("h1", "IX", "MIGRATION GOVERNANCE FRAMEWORK"),
    ("p", ["The Council considered document C/106/40. Most speakers welcomed the Framework as a timely and "
           "practical tool; a few requested clarification on how the forthcoming indicators would be "
           "used and stressed that their application should remain voluntary. The Council adopted "
           "Resolution No. 1317 welcoming the Migration Governance Framework."]),

    ("h1", "X", "INTERNATIONAL DIALOGUE ON MIGRATION"),
    ("p", ["The Administration reported on the Conference on Migrants and Cities, held in Geneva on 26 and "
           "27 October 2015 under the International Dialogue on Migration, which had brought together "
           "mayors, ministers and experts from 80 countries. It proposed that the Dialogue in 2016 be "
           "devoted to the follow-up and review of the migration-related commitments of the 2030 Agenda "
           "for Sustainable Development, and the Council agreed."]),

    ("h1", "XI", "OTHER BUSINESS"),
    ("p", ["The Deputy Director General gave the oral update requested under agenda item 4. She said that "
           "the working group had met four times since June and that a comparative study of the options "
           "open to Member States would be circulated in January 2016."]),

    ("h1", "XII", "DATE AND PLACE OF THE NEXT SESSION"),
    ("p", ["The Council decided that its next regular session would be held in Geneva in November 2016, "
           "the exact dates to be set by the Bureau in consultation with the Administration. A special "
           "session might be convened earlier in the year should Member States so request."]),

    ("h1", "XIII", "CLOSURE OF THE SESSION"),
    ("p", ["The Council adopted Resolution No. 1318 approving the draft report on the session "
           "(C/106/L/21), on the understanding that corrections submitted by delegations by 11 December "
           "2015 would be incorporated in the final text. The resolutions adopted at the session are "
           "listed below."]),
    ("caption", "Resolutions adopted at the 106th Session"),
    ("table", RESOLUTIONS),
    ("p", ["The Chairperson thanked all participants, the interpreters and the Secretariat, and declared "
           "the 106th Session closed on Friday, 27 November 2015, at 12.45 p.m."]),
]


# ---------------------------------------------------------------------------------------------
# Layout
# ---------------------------------------------------------------------------------------------
class Columns(TextColumns):
    """TextColumns that re-reads the bottom margin after each page break (it varies with footnotes)."""

    def render(self):
        if not self._paragraphs:
            return
        text_lines = self.collect_lines()
        if not text_lines:
            return
        self._render_page_lines(text_lines, max(self.pdf.t_margin, self.pdf.y), self.pdf.h - self.pdf.b_margin)
        while text_lines:
            if not self.pdf._perform_page_break_if_need_be(self.pdf.h):
                break
            self._cur_column = 0
            self._render_page_lines(text_lines, self.pdf.y, self.pdf.h - self.pdf.b_margin)


class Report(FPDF):
    def __init__(self, fn_pages):
        super().__init__(format="A4", unit="mm")
        self.fn_pages = fn_pages  # {page: [footnote numbers]} from the previous pass
        self.seen = {}  # footnote number -> page, this pass
        for style, fname in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"),
                             ("I", "DejaVuSans-Oblique.ttf"), ("BI", "DejaVuSans-BoldOblique.ttf")):
            self.add_font("dv", style, os.path.join(FONT_DIR, fname))
        self.set_margins(LM, TM, RM)
        self.set_auto_page_break(True, BM)
        self.c_margin = 0

    # footnote area height for a page
    def fn_height(self, page):
        nums = self.fn_pages.get(page, [])
        if not nums:
            return 0
        self.set_font("dv", "", FN_PT)
        h = 6  # rule and gap
        for n in nums:
            lines = self.multi_cell(self.epw - 5, FN_PT * 0.3528 * 1.2, FOOTNOTES[n],
                                    dry_run=True, output="LINES")
            h += len(lines) * FN_PT * 0.3528 * 1.2 + 1
        return h

    def header(self):
        if self.page_no() > 1:
            self.set_font("dv", "", 10)
            self.set_xy(LM, 12)
            self.cell(self.epw, 5, SYMBOL, align="R", new_x="LMARGIN", new_y="NEXT")
            self.cell(self.epw, 5, f"Page {self.page_no() - 1}", align="R", new_x="LMARGIN", new_y="NEXT")
            self.set_y(TM)
        self.set_auto_page_break(True, BM + self.fn_height(self.page_no()) + (3 if self.fn_pages.get(self.page_no()) else 0))

    def footer(self):
        nums = self.fn_pages.get(self.page_no(), [])
        if not nums:
            return
        fh = self.fn_height(self.page_no())
        y = self.h - BM - fh + 2
        self.set_draw_color(0)
        self.set_line_width(0.2)
        self.line(LM, y, LM + 50, y)
        y += 3
        lh = FN_PT * 0.3528 * 1.2
        for n in nums:
            self.set_xy(LM, y - 0.9)
            self.set_font("dv", "", 6)
            self.cell(5, lh, str(n))
            self.set_font("dv", "", FN_PT)
            self.set_xy(LM + 5, y)
            self.multi_cell(self.epw - 5, lh, FOOTNOTES[n], align="J", new_x="LMARGIN", new_y="NEXT")
            y = self.get_y() + 1

    # ---- helpers ------------------------------------------------------------------------------
    def lh(self, pt=BODY_PT):
        return pt * 0.3528 * LINE

    def need(self, height):
        if self.get_y() + height > self.h - self.b_margin:
            self.add_page()

    def justified(self, segments, indent=0, first_line_indent=0, style=""):
        self.set_font("dv", style, BODY_PT)
        cols = Columns(self, text_align="J", line_height=LINE, l_margin=LM + indent, r_margin=RM,
                       skip_leading_spaces=True, wrapmode="WORD")
        start_page = self.page_no()
        markers = []
        with cols:
            with cols.paragraph(text_align="J", first_line_indent=first_line_indent) as par:
                for seg in segments:
                    if isinstance(seg, tuple):
                        self.char_vpos = "SUP"
                        par.write(str(seg[1]))
                        self.char_vpos = "LINE"
                        markers.append(seg[1])
                    else:
                        par.write(seg)
        end_page = self.page_no()
        for m in markers:
            assert start_page == end_page, f"paragraph with footnote {m} splits over pages {start_page}-{end_page}"
            self.seen[m] = start_page

    def numbered(self, num, segments):
        self.need(2 * self.lh())
        y = self.get_y()
        self.set_font("dv", "", BODY_PT)
        self.set_xy(LM, y)
        self.cell(INDENT, self.lh(), f"{num}.")
        self.set_xy(LM, y)
        self.justified(segments, first_line_indent=INDENT)
        self.ln(self.lh() * 0.8)

    def labelled(self, label, text, x_label, x_text):
        self.need(self.lh())
        y = self.get_y()
        self.set_font("dv", "", BODY_PT)
        self.set_xy(LM + x_label, y)
        self.cell(x_text - x_label, self.lh(), label)
        self.set_xy(LM, y)
        self.justified([text], indent=x_text)
        self.ln(self.lh() * 0.4)

    def heading(self, num, text, level):
        self.need(4 * self.lh())
        if self.get_y() > TM + 1:
            self.ln(self.lh() * 0.4)
        y = self.get_y()
        self.set_font("dv", "B" if level == 1 else "BI", BODY_PT)
        self.set_xy(LM, y)
        self.cell(INDENT, self.lh(), f"{num}.")
        self.set_xy(LM + INDENT, y)
        self.multi_cell(self.epw - INDENT, self.lh(), text, align="L", new_x="LMARGIN", new_y="NEXT")
        self.ln(self.lh() * 0.8)


def cover(pdf):
    pdf.add_page()
    pdf.set_font("dv", "", 10)
    pdf.set_y(14)
    for t in (SYMBOL, "Original: English", "18 December 2015"):
        pdf.cell(pdf.epw, 5, t, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(62)
    pdf.set_font("dv", "B", 11)
    pdf.cell(pdf.epw, 6, "COUNCIL", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 11)
    pdf.cell(pdf.epw, 6, "106th Session", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(112)
    pdf.set_font("dv", "B", 13)
    pdf.cell(pdf.epw, 7, "REPORT ON THE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.cell(pdf.epw, 7, "106TH SESSION OF THE COUNCIL*", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(150)
    pdf.set_font("dv", "", 11)
    for t in ("Geneva", "24 to 27 November 2015", "", "Rapporteur: Mr K. Ogunleye (Nigeria)"):
        pdf.cell(pdf.epw, 6, t, align="C", new_x="LMARGIN", new_y="NEXT")
    # cover note
    pdf.set_font("dv", "", 9)
    pdf.set_y(250)
    pdf.cell(pdf.epw, 5, "__________", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.multi_cell(pdf.epw, 4.5, "* This report was approved by the Council at its 106th Session through "
                   "Resolution No. 1318 of 27 November 2015, subject to the incorporation of the corrections "
                   "received from delegations.", align="J", new_x="LMARGIN", new_y="NEXT")


def build(fn_pages):
    pdf = Report(fn_pages)
    pdf.set_title("Report on the 106th Session of the Council")
    pdf.set_author("International Organization for Migration")
    cover(pdf)
    pdf.add_page()
    pdf.set_font("dv", "", BODY_PT)
    pdf.cell(pdf.epw, pdf.lh(), "REPORT ON THE 106TH SESSION OF THE COUNCIL", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(pdf.lh() * 1.2)
    n = 0
    for block in BODY:
        kind = block[0]
        if kind == "h1":
            pdf.heading(block[1], block[2], 1)
        elif kind == "h2":
            pdf.heading(block[1], block[2], 2)
        elif kind == "p":
            n += 1
            pdf.numbered(n, block[1])
        elif kind == "bullets":
            pdf.set_y(pdf.get_y() - pdf.lh() * 0.4)
            for t in block[1]:
                pdf.labelled("•", t, INDENT, 2 * INDENT)
            pdf.ln(pdf.lh() * 0.4)
        elif kind == "items":
            pdf.set_y(pdf.get_y() - pdf.lh() * 0.4)
            for label, t in block[1]:
                pdf.labelled(label, t, INDENT, 2 * INDENT)
            pdf.ln(pdf.lh() * 0.4)
        elif kind == "caption":
            pdf.need(8 + 6.2 * (len(RESOLUTIONS) + 1))
            pdf.set_font("dv", "B", BODY_PT)
            pdf.cell(pdf.epw, pdf.lh(), block[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "table":
            pdf.set_font("dv", "", 9.5)
            with pdf.table(col_widths=(32, 116), width=148, text_align=("CENTER", "LEFT"),
                           line_height=4.6, headings_style=FontFace(emphasis="BOLD"),
                           padding=(0.8, 2)) as table:
                row = table.row()
                row.cell("Resolution No.")
                row.cell("Title")
                for num, title in block[1]:
                    row = table.row()
                    row.cell(num)
                    row.cell(title)
            pdf.ln(pdf.lh() * 1.2)
    return pdf, n


def main():
    fn_pages = {}
    for _ in range(8):
        pdf, n = build(fn_pages)
        new = {}
        for num, page in sorted(pdf.seen.items()):
            new.setdefault(page, []).append(num)
        if new == fn_pages:
            break
        fn_pages = new
    else:
        raise SystemExit("footnote placement did not converge")
    pdf.output(OUT)
    print(f"{OUT}: {pdf.page_no()} pages, {n} numbered paragraphs, footnotes on pages {fn_pages}")


if __name__ == "__main__":
    main()
