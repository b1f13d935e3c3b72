"""Draw scpf-paper-2021c.pdf: an SCPF paper of 2021 (S/29/6) with fpdf2."""
import os
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "scpf-paper-2021c.pdf")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"

SYMBOL = "S/29/6"
LM, RM = 25, 25
BODY = 10
LH = 5.2          # line height of body text
FN_SIZE = 8
FN_LH = 3.9
BOTTOM = 272      # lowest y for any text (footnotes end above this)

# ------------------------------------------------------------------ content
ABBREVIATIONS = [
    ("COVID-19", "Coronavirus disease 2019"),
    ("DTM", "Displacement Tracking Matrix"),
    ("MAC", "Manila Administrative Centre"),
    ("MGI", "Migration Governance Indicators"),
    ("OCHA", "United Nations Office for the Coordination of Humanitarian Affairs"),
    ("OSI", "Operational Support Income"),
    ("PAC", "Panama Administrative Centre"),
    ("PRIMA", "Project Information and Management Application"),
    ("RO", "Regional office"),
    ("SCPF", "Standing Committee on Programmes and Finance"),
    ("UNHCR", "Office of the United Nations High Commissioner for Refugees"),
    ("UNSDCF", "United Nations Sustainable Development Cooperation Framework"),
]

FOOTNOTES = {
    "1": "The structure was endorsed by Member States in 2010 and introduced in stages during "
         "2011; see document MC/2306.",
    "2": "Figures for 2016 are taken from the annual report for that year (C/108/4). The method "
         "used to count sub-offices was harmonized across regions in 2019.",
    "3": "The Agreement concerning the Relationship between the United Nations and the "
         "International Organization for Migration was approved by the Council through "
         "Resolution No. 1317 of 30 June 2016.",
    "4": "Consultations were held with the regional groups in Geneva in April and May 2021, and "
         "a written questionnaire was sent to all Member States on 15 March 2021.",
}

TABLE1 = [  # regional office, country offices, sub-offices, field staff
    ("Bangkok", 24, 96, 4212),
    ("Brussels", 29, 17, 968),
    ("Buenos Aires", 12, 29, 712),
    ("Cairo", 16, 74, 2871),
    ("Dakar", 21, 102, 2638),
    ("Nairobi", 11, 88, 3054),
    ("Pretoria", 15, 35, 1087),
    ("San José", 20, 41, 1486),
    ("Vienna", 20, 38, 1103),
]

TICK = "\u2713"
TABLE2_COLS = ["Function", "MAC", "PAC", "Regional offices", "Headquarters"]
TABLE2 = [
    ("Accounting and treasury", 1, 1, 0, 1),
    ("Human resources administration", 1, 1, 0, 0),
    ("Procurement and supply", 1, 0, 1, 0),
    ("Information technology service desk", 1, 1, 0, 1),
    ("Project endorsement and review", 0, 0, 1, 1),
    ("Resource mobilization support", 0, 0, 1, 1),
    ("Staff security management", 0, 0, 1, 1),
]


class Doc(FPDF):
    def __init__(self):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.add_font("DejaVu", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
        self.add_font("DejaVu", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
        self.add_font("DejaVu", "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
        self.set_margins(LM, 30, RM)
        self.set_auto_page_break(False)
        self.page_label = None
        self.page_notes = []

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DejaVu", "", 9)
        self.set_xy(LM, 12)
        self.cell(self.epw, 4.5, SYMBOL, align="R")
        self.set_xy(LM, 16.5)
        self.cell(self.epw, 4.5, "Page " + self.page_label, align="R")
        self.set_xy(LM, 30)

    # -------------------------------------------------------------- helpers
    def new_page(self, label):
        print("end of page", self.page_label, "y_max", round(getattr(self, "y_max", 0), 1))
        assert getattr(self, "y_max", 0) < BOTTOM
        self.flush_notes()
        self.page_label = label
        self.add_page()
        self.set_font("DejaVu", "", BODY)

    def flush_notes(self):
        """Draw the footnote bodies of the page just finished at its foot."""
        if not self.page_notes:
            return
        self.set_font("DejaVu", "", FN_SIZE)
        heights = []
        for m in self.page_notes:
            lines = self.multi_cell(self.epw - 5, FN_LH, FOOTNOTES[m], dry_run=True,
                                    output="LINES")
            heights.append(len(lines) * FN_LH + 1)
        top = BOTTOM - sum(heights) - 4
        assert self.y_max < top - 2, (self.page_label, self.y_max, top)
        self.set_xy(LM, top)
        self.set_font("DejaVu", "", BODY)
        self.cell(0, 4, "_" * 16)
        y = top + 5
        for m, h in zip(self.page_notes, heights):
            self.set_font("DejaVu", "", FN_SIZE)
            self.char_vpos = "SUP"
            self.set_xy(LM, y)
            self.cell(5, FN_LH, m)
            self.char_vpos = "LINE"
            self.set_xy(LM + 5, y)
            self.multi_cell(self.epw - 5, FN_LH, FOOTNOTES[m])
            y += h
        self.page_notes = []

    def track(self):
        self.y_max = max(getattr(self, "y_max", 0), self.y)

    def write_runs(self, runs):
        """runs: list of str (plain), ("b", text) bold, ("i", text) italic, ("fn", n) marker."""
        for r in runs:
            if isinstance(r, str):
                self.set_font("DejaVu", "", BODY)
                self.write(LH, r)
            elif r[0] == "fn":
                self.set_font("DejaVu", "", BODY)
                self.char_vpos = "SUP"
                self.write(LH, r[1])
                self.char_vpos = "LINE"
                self.page_notes.append(r[1])
            else:
                self.set_font("DejaVu", "B" if r[0] == "b" else "I", BODY)
                self.write(LH, r[1])
        self.set_font("DejaVu", "", BODY)
        self.ln(LH)
        self.track()

    def heading(self, label, text, level=1):
        self.ln(2)
        self.set_font("DejaVu", "B", BODY)
        self.set_x(LM)
        if level == 1:
            self.cell(10, LH, label + ".")
            self.cell(0, LH, text)
        else:
            self.cell(10, LH, label + ".")
            self.set_font("DejaVu", "BI" if False else "B", BODY)
            self.cell(0, LH, text)
        self.ln(LH + 3)
        self.set_font("DejaVu", "", BODY)
        self.track()

    def para(self, num, runs, after=3):
        self.set_font("DejaVu", "", BODY)
        self.set_x(LM)
        self.cell(10, LH, f"{num}.")
        self.set_x(LM + 10)
        self.write_runs(runs)
        self.ln(after)

    def item(self, label, runs, after=2):
        self.set_font("DejaVu", "", BODY)
        self.set_x(LM + 10)
        self.cell(10, LH, label)
        old = self.l_margin
        self.set_left_margin(LM + 20)
        self.set_x(LM + 20)
        self.write_runs(runs)
        self.set_left_margin(old)
        self.ln(after)

    def caption(self, text):
        self.set_font("DejaVu", "B", 9)
        self.set_x(LM)
        self.cell(self.epw, LH, text, align="C")
        self.ln(LH + 1)
        self.set_font("DejaVu", "", BODY)


def build():
    pdf = Doc()
    pdf.set_title("Review of the Organization's field presence and regional structure")
    pdf.set_author("International Organization for Migration")

    # ================================================================ cover
    pdf.page_label = None
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 11)
    pdf.set_xy(LM, 22)
    pdf.cell(pdf.epw, 5.5, SYMBOL, align="R")
    pdf.set_font("DejaVu", "", 10)
    pdf.set_xy(LM, 28)
    pdf.cell(pdf.epw, 5.5, "Original: English", align="R")
    pdf.set_xy(LM, 33.5)
    pdf.cell(pdf.epw, 5.5, "6 October 2021", align="R")

    pdf.set_xy(LM, 70)
    pdf.set_font("DejaVu", "B", 11)
    pdf.cell(pdf.epw, 6, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE", align="C")
    pdf.set_xy(LM, 77)
    pdf.set_font("DejaVu", "", 11)
    pdf.cell(pdf.epw, 6, "Twenty-ninth Session", align="C")
    pdf.set_xy(LM, 84)
    pdf.cell(pdf.epw, 6, "2\u20133 November 2021", align="C")

    pdf.set_font("DejaVu", "B", 12)
    pdf.set_xy(LM, 135)
    pdf.cell(pdf.epw, 7, "REVIEW OF THE ORGANIZATION\u2019S FIELD PRESENCE", align="C")
    pdf.set_xy(LM, 142)
    pdf.cell(pdf.epw, 7, "AND REGIONAL STRUCTURE", align="C")

    # ======================================================== abbreviations
    pdf.new_page("i")
    pdf.set_font("DejaVu", "B", 11)
    pdf.set_xy(LM, 34)
    pdf.cell(pdf.epw, 6, "ABBREVIATIONS AND ACRONYMS USED IN THIS PAPER", align="C")
    pdf.set_xy(LM, 46)
    pdf.set_font("DejaVu", "", BODY)
    with pdf.table(col_widths=(30, 130), text_align=("LEFT", "LEFT"),
                   borders_layout="SINGLE_TOP_LINE", line_height=6.2,
                   headings_style=FontFace(emphasis="BOLD"), first_row_as_headings=True,
                   padding=(0.8, 1.5, 0.8, 1.5)) as t:
        r = t.row()
        r.cell("Acronym")
        r.cell("Full name")
        for ab, meaning in ABBREVIATIONS:
            r = t.row()
            r.cell(ab)
            r.cell(meaning)
    pdf.track()

    # ================================================================ page 1
    pdf.new_page("1")
    pdf.y_max = 0
    pdf.set_font("DejaVu", "B", 11)
    pdf.set_xy(LM, 32)
    pdf.cell(pdf.epw, 6, "REVIEW OF THE ORGANIZATION\u2019S FIELD PRESENCE", align="C")
    pdf.set_xy(LM, 38)
    pdf.cell(pdf.epw, 6, "AND REGIONAL STRUCTURE", align="C")
    pdf.set_xy(LM, 50)

    pdf.heading("I", "INTRODUCTION")
    pdf.para(1, [
        "At its Twenty-seventh Session, the Standing Committee on Programmes and Finance asked "
        "the Administration for an overview of how the Organization\u2019s field presence has "
        "developed since the last structural review, and of the principles that govern the "
        "opening, scaling-up and closure of offices (see document S/27/10). This paper answers "
        "that request and should be read together with the Internal Governance Framework "
        "(C/110/INF/1)."])
    pdf.para(2, [
        "Over the past decade, membership of the Organization has grown to 174 Member States "
        "and annual expenditure has more than doubled. The field structure introduced in 2011, "
        "made up of country offices, regional offices and two administrative centres, has "
        "nevertheless remained largely unchanged.", ("fn", "1"),
        " The review described below was conducted between February and July 2021 by a working "
        "group chaired by the Department of Resources Management, in which all nine regional "
        "offices took part."])
    pdf.para(3, [
        "Chapter II of this paper describes the present field presence; Chapter III shows how "
        "support functions are shared among the different types of office; Chapter IV sets out "
        "the main findings of the review; and Chapter V outlines the next steps that the "
        "Administration proposes."])

    pdf.heading("II", "CURRENT FIELD PRESENCE")
    pdf.para(4, [
        "As at 30 June 2021, the Organization maintained 168 country offices and 520 "
        "sub-offices, overseen by nine regional offices and supported by the administrative "
        "centres in Manila and Panama. Table 1 shows how offices and field-based staff are "
        "distributed by regional office; staff of the two administrative centres and of "
        "Headquarters are not included."], after=4)

    pdf.para(5, [
        "Three regions \u2013 Asia and the Pacific, East and Horn of Africa, and the Middle East "
        "and North Africa \u2013 together account for more than half of all field staff, which "
        "reflects the scale of the crisis response operations conducted there. The European "
        "Economic Area, by contrast, hosts the largest number of country offices but one of the "
        "smallest staff complements, since many of its offices are liaison or coordination "
        "offices with modest project portfolios."])
    pdf.new_page("2")
    pdf.y_max = 0
    pdf.caption("Table 1: Country offices, sub-offices and field staff by regional office, "
                "30 June 2021")
    pdf.set_font("DejaVu", "", 9)
    with pdf.table(col_widths=(55, 35, 35, 35),
                   text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT"),
                   borders_layout="ALL", line_height=5.4,
                   headings_style=FontFace(emphasis="BOLD"), first_row_as_headings=True,
                   padding=(0.6, 1.5, 0.6, 1.5), width=160) as t:
        r = t.row()
        for h in ("Regional office", "Country offices", "Sub-offices", "Field staff"):
            r.cell(h, align="C")
        for name, co, so, st in TABLE1:
            r = t.row()
            r.cell(name)
            r.cell(f"{co:,}")
            r.cell(f"{so:,}")
            r.cell(f"{st:,}")
        tot = [sum(x[i] for x in TABLE1) for i in (1, 2, 3)]
        assert tot == [168, 520, 18131], tot
        bold = FontFace(emphasis="BOLD")
        r = t.row()
        r.cell("Total", style=bold)
        for v in tot:
            r.cell(f"{v:,}", style=bold)
    pdf.track()
    pdf.ln(5)

    pdf.para(6, [
        "Sub-offices have grown fastest: their number rose from 281 in 2016 to 520 in mid-2021, "
        "driven mainly by the expansion of DTM and of humanitarian operations.", ("fn", "2"),
        " Most sub-offices are funded entirely from project resources and are opened or closed "
        "as operational needs change."])

    pdf.heading("III", "DIVISION OF SUPPORT FUNCTIONS")
    pdf.para(7, [
        "Under the current structure, transactional and support services are concentrated in "
        "the two administrative centres, while regional offices provide technical oversight and "
        "quality assurance to the country offices in their region. Table 2 indicates which type "
        "of office delivers each of the main support functions."], after=4)

    pdf.caption("Table 2: Support functions, by type of office delivering them")
    pdf.set_font("DejaVu", "", 9)
    with pdf.table(col_widths=(62, 18, 18, 34, 28),
                   text_align=("LEFT", "CENTER", "CENTER", "CENTER", "CENTER"),
                   borders_layout="ALL", line_height=5.4,
                   headings_style=FontFace(emphasis="BOLD"), first_row_as_headings=True,
                   padding=(0.6, 1.5, 0.6, 1.5), width=160) as t:
        r = t.row()
        for h in TABLE2_COLS:
            r.cell(h, align="C")
        for row in TABLE2:
            r = t.row()
            r.cell(row[0])
            for v in row[1:]:
                r.cell(TICK if v else "")
    pdf.track()
    pdf.ln(5)

    pdf.new_page("3")
    pdf.y_max = 0
    pdf.para(8, [
        "The review found that the division of work shown in Table 2 is generally well "
        "understood. However, procurement and project review are at times performed twice, "
        "first by a regional office and then by Headquarters, which lengthens processing times "
        "without adding to quality."])

    pdf.heading("IV", "FINDINGS OF THE REVIEW")
    pdf.heading("A", "Country offices", level=2)
    pdf.para(9, [
        "The working group assessed every country office against a common set of criteria. It "
        "concluded that the network as a whole remains fit for purpose, but it identified the "
        "following areas for improvement:"], after=2)

    pdf.item("(a)", [
        "the criteria for designating offices with coordinating functions for several "
        "countries are applied differently from one region to another;"])
    pdf.item("(b)", [
        "23 country offices depend on a single project for more than 80 per cent of their "
        "funding, which exposes them to abrupt changes in staffing;"])
    pdf.item("(c)", [
        "the host-country agreements of 14 offices predate the Organization\u2019s entry into "
        "the United Nations system and need to be updated;", ("fn", "3")])
    pdf.item("(d)", [
        "the part played by country offices in United Nations country teams, including their "
        "contribution to the UNSDCF, is not yet reflected in their core structures; and"])
    pdf.item("(e)", [
        "the office cost data held in PRIMA and in the financial system are not fully "
        "aligned."], after=3)
    pdf.para(10, [
        "Offices in countries with large crisis operations showed the greatest ability to scale "
        "up and down, owing largely to the surge mechanisms established under the Migration "
        "Crisis Operational Framework (MC/2355)."])

    pdf.heading("B", "Regional offices", level=2)
    pdf.para(11, [
        "Regional offices carry a heavy and growing workload. Between 2016 and 2020, the number "
        "of projects submitted to them for endorsement rose by 64 per cent, whereas regional "
        "staffing funded from OSI rose by only 12 per cent."])
    pdf.para(12, [
        "Member States consulted during the review underlined the value of regional offices as "
        "counterparts of regional economic communities and of regional consultative processes "
        "on migration, and asked that any adjustment should preserve that role.", ("fn", "4")])

    pdf.new_page("4")
    pdf.y_max = 0
    pdf.heading("V", "NEXT STEPS")
    pdf.para(13, [
        "On the basis of these findings, the Administration proposes to revise the criteria for "
        "opening, reclassifying and closing country offices, and to submit them to the Standing "
        "Committee at its Thirtieth Session in 2022."])
    pdf.para(14, [
        "The Administration also intends to remove the duplication noted in Chapter III by "
        "delegating the endorsement of projects below a threshold, to be set in consultation "
        "with Member States, to the regional offices, and to complete the alignment of office "
        "cost data by the end of 2022."])
    pdf.para(15, [
        "The Standing Committee is invited to take note of this paper and to provide guidance "
        "on the proposals set out above."])

    pdf.flush_notes()
    pdf.output(OUT)
    print("pages:", pdf.page_no())


if __name__ == "__main__":
    build()
