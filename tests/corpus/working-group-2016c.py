"""Draw working-group-2016c.pdf: report of an IOM Council working group, 2016 (fpdf2)."""
import os
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "working-group-2016c.pdf")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"

SYMBOL = "C/107/8"
LH = 5.2          # body line height (mm)
NUM_INDENT = 12   # first-line indent after a paragraph number
ITEM_LABEL = 12   # x offset of a list label
ITEM_TEXT = 22    # x offset of list item text


class Doc(FPDF):
    def __init__(self):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.add_font("DV", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
        self.add_font("DV", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
        self.add_font("DV", "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
        self.set_margins(25, 30, 25)
        self.set_auto_page_break(True, margin=34)
        self.footnotes = {}     # page -> list of (marker, text)
        self.in_annex = False

    # ---- page furniture -------------------------------------------------
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DV", "", 9)
        self.set_xy(self.l_margin, 12)
        w = self.w - self.l_margin - self.r_margin
        self.cell(w, 4.2, SYMBOL, align="R", new_x="LMARGIN", new_y="NEXT")
        if self.in_annex:
            self.cell(w, 4.2, "Annex", align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(w, 4.2, f"Page {self.page_no() - 1}", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.set_y(30)
        self.set_font("DV", "", 10)

    def footer(self):
        notes = self.footnotes.get(self.page_no())
        if not notes:
            return
        w = self.w - self.l_margin - self.r_margin
        self.set_font("DV", "", 8)
        fh = 3.6
        # measure
        total = 0
        for marker, text in notes:
            lines = self.multi_cell(w - 5, fh, text, dry_run=True, output="LINES")
            total += len(lines) * fh + 0.8
        y = self.h - 14 - total
        self.set_draw_color(0, 0, 0)
        self.set_line_width(0.2)
        self.line(self.l_margin, y - 2, self.l_margin + 45, y - 2)
        self.set_y(y)
        for marker, text in notes:
            yy = self.get_y()
            self.set_xy(self.l_margin, yy)
            self.set_font("DV", "", 5.6)
            self.set_xy(self.l_margin, yy - 0.9)
            self.cell(5, fh, marker)
            self.set_font("DV", "", 8)
            self.set_xy(self.l_margin + 5, yy)
            self.multi_cell(w - 5, fh, text, new_x="LMARGIN", new_y="NEXT")
            self.set_y(self.get_y() + 0.8)

    # ---- helpers ----------------------------------------------------------
    def need(self, space):
        if self.get_y() + space > self.page_break_trigger:
            self.add_page()

    def run(self, segments):
        """Write a list of text segments; ('fn', marker, text) adds a raised footnote marker."""
        for seg in segments:
            if isinstance(seg, tuple):
                _, marker, text = seg
                self.char_vpos = "SUP"
                self.write(LH, marker)
                self.char_vpos = "LINE"
                self.footnotes.setdefault(self.page_no(), []).append((marker, text))
            else:
                self.write(LH, seg)

    def para(self, num, *segments):
        self.set_font("DV", "", 10)
        self.need(LH * 2)
        self.set_x(self.l_margin)
        self.write(LH, f"{num}.")
        self.set_x(self.l_margin + NUM_INDENT)
        self.run(segments)
        self.ln(LH)
        self.ln(2.6)

    def item(self, label, *segments):
        self.set_font("DV", "", 10)
        self.need(LH * 2)
        old = self.l_margin
        self.set_x(old + ITEM_LABEL)
        self.write(LH, label)
        self.set_left_margin(old + ITEM_TEXT)
        self.set_x(old + ITEM_TEXT)
        self.run(segments)
        self.ln(LH)
        self.set_left_margin(old)
        self.ln(1.6)

    def heading(self, num, text):
        self.set_font("DV", "B", 10)
        self.need(LH * 4)
        self.ln(1.5)
        self.set_x(self.l_margin)
        if num:
            self.cell(NUM_INDENT, LH, f"{num}.")
        self.multi_cell(0, LH, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(2.6)
        self.set_font("DV", "", 10)

    def subheading(self, num, text):
        self.set_font("DV", "I", 10)
        self.need(LH * 4)
        self.set_x(self.l_margin)
        if num:
            self.cell(NUM_INDENT, LH, f"{num}.")
        self.multi_cell(0, LH, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(2.4)
        self.set_font("DV", "", 10)

    def plain_heading(self, text):
        self.set_font("DV", "B", 10)
        self.need(LH * 4)
        self.ln(1)
        self.set_x(self.l_margin)
        self.cell(0, LH, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(2.2)
        self.set_font("DV", "", 10)


pdf = Doc()
W = pdf.w - pdf.l_margin - pdf.r_margin

# ======================= COVER ==========================================
pdf.add_page()
pdf.set_font("DV", "B", 11)
pdf.set_y(22)
pdf.cell(W, 6, SYMBOL, align="R", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DV", "", 10)
pdf.cell(W, 5, "Original: English", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.cell(W, 5, "1 November 2016", align="R", new_x="LMARGIN", new_y="NEXT")
pdf.ln(28)
pdf.set_font("DV", "B", 12)
pdf.cell(W, 7, "COUNCIL", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DV", "", 11)
pdf.cell(W, 6, "107th Session", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
pdf.set_line_width(0.4)
pdf.line(pdf.l_margin + 30, pdf.get_y(), pdf.w - pdf.r_margin - 30, pdf.get_y())
pdf.ln(40)
pdf.set_font("DV", "B", 13)
pdf.cell(W, 7, "REPORT OF THE WORKING GROUP ON", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.cell(W, 7, "IOM–UN RELATIONS AND IOM STRATEGY", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
pdf.set_font("DV", "", 10)
pdf.cell(W, 6, "(Prepared by the Co-Chairs of the Working Group)", align="C",
         new_x="LMARGIN", new_y="NEXT")
# cover note near the foot of the page
pdf.set_y(240)
pdf.set_font("DV", "", 10)
pdf.cell(W, 5, "__________", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.multi_cell(W, 5, "This report is submitted to the Council at its 107th Session for "
               "consideration of the recommendations set out in Section VI.",
               new_x="LMARGIN", new_y="NEXT")

# ======================= BODY ===========================================
pdf.add_page()
pdf.set_font("DV", "B", 11)
pdf.multi_cell(W, 6, "REPORT OF THE WORKING GROUP ON\nIOM–UN RELATIONS AND IOM STRATEGY",
               align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)

pdf.heading("I", "INTRODUCTION")
pdf.para(1, "The Working Group on IOM–UN Relations and IOM Strategy was established by "
         "the Council through Resolution No. 1309 of 24 November 2015,",
         ("fn", "1", "The resolution was adopted at the 106th Session of the Council, held in "
          "Geneva from 24 to 27 November 2015."),
         " with a mandate to examine the options for a closer legal and working relationship "
         "between IOM and the United Nations and to consider the consequences for the "
         "Organization’s strategic orientation. This report covers the work carried out "
         "between February and October 2016.")
pdf.para(2, "The Working Group was open to all Member States, and observers were invited to "
         "attend its meetings. Its Co-Chairs were H.E. Mr Carlos Mendoza Villalobos (Guatemala) "
         "and Ms Anneli Koskinen (Finland), who were designated at the first meeting. The "
         "Administration provided secretariat support through the Office of Legal Affairs and "
         "the Department of International Cooperation and Partnerships.")
pdf.para(3, "An interim report on progress, including the draft text of the Agreement "
         "discussed below, was submitted to the Council at its Fourth Special Session "
         "(document C/Sp/4/3). The present report brings together the findings of the Working "
         "Group and sets out its recommendations for the 107th Session.")

pdf.heading("II", "MANDATE OF THE WORKING GROUP")
pdf.para(4, "Under operative paragraph 2 of Resolution No. 1309, the Working Group was "
         "requested to review the advantages and disadvantages of the various models of "
         "relationship with the United Nations, to assist the Director General in negotiating "
         "an agreement with the United Nations and to report to the Council on its conclusions.")
pdf.para(5, "In addition, the Council asked the Working Group to begin an assessment of the IOM "
         "Strategy adopted through Resolution No. 1150 of 7 June 2007 and set out in document "
         "MC/INF/287, taking into account the review carried out in 2010 (MC/INF/302) and the "
         "changes that a new relationship with the United Nations would bring.")
pdf.para(6, "The terms of reference governing the composition, methods of work and reporting "
         "of the Working Group were adopted at its first meeting and are reproduced in the "
         "Annex to this report.")

pdf.heading("III", "MEETINGS HELD")
pdf.para(7, "The Working Group held seven formal meetings in Geneva in 2016, supplemented by "
         "informal consultations convened by the Co-Chairs with the regional groups. The "
         "dates, main topics and attendance of the formal meetings are set out below.")

MEETINGS = [
    ("First meeting", "2 February 2016",
     "Adoption of the terms of reference and workplan; designation of the Co-Chairs", "48"),
    ("Second meeting", "8 March 2016",
     "Comparative analysis of models of relationship with the United Nations", "57"),
    ("Third meeting", "19 April 2016",
     "Legal implications of related-organization status; first reading of the draft "
     "Agreement", "61"),
    ("Fourth meeting", "24 May 2016",
     "Second reading of the draft Agreement; preparations for the special session", "66"),
    ("Fifth meeting", "12 July 2016",
     "Follow-up to the approval of the Agreement by the Council", "52"),
    ("Sixth meeting", "13 September 2016",
     "Scope and timeline of the review of the IOM Strategy", "55"),
    ("Seventh meeting", "18 October 2016",
     "Consideration of the draft report and recommendations", "59"),
]
pdf.need(85)
pdf.set_font("DV", "B", 9.5)
pdf.cell(W, 6, "Formal meetings of the Working Group, 2016", align="C",
         new_x="LMARGIN", new_y="NEXT")
pdf.ln(1)
pdf.set_font("DV", "", 9)
pdf.set_line_width(0.2)
with pdf.table(col_widths=(30, 36, 70, 24), text_align=("LEFT", "LEFT", "LEFT", "RIGHT"),
               borders_layout="HORIZONTAL_LINES", line_height=4.6,
               first_row_as_headings=True, padding=1.2,
               headings_style=__import__("fpdf").FontFace(emphasis="BOLD")) as table:
    head = table.row()
    for h in ("Meeting", "Date", "Main topics", "Delegations"):
        head.cell(h)
    for r in MEETINGS:
        row = table.row()
        for c in r:
            row.cell(c)
pdf.ln(4)
pdf.set_font("DV", "", 10)

pdf.para(8, "Attendance averaged almost 57 delegations per meeting, the highest figure being "
         "recorded at the fourth meeting, when the draft Agreement was read for the second "
         "time. The documents for each meeting were posted on the Member States’ extranet at "
         "least one week in advance.")

pdf.heading("IV", "IOM–UN RELATIONS")
pdf.subheading("A", "The Agreement concerning the Relationship between the United Nations and IOM")
pdf.para(9, "The Working Group examined four broad options: keeping the cooperation agreement "
         "of 1996 unchanged;",
         ("fn", "2", "The Cooperation Agreement between the United Nations and the International "
          "Organization for Migration was signed on 25 June 1996."),
         " strengthening it through a new memorandum of understanding; establishing IOM as a "
         "related organization within the United Nations system; and seeking the status of a "
         "specialized agency.")
pdf.para(10, "A large majority of delegations favoured the related-organization option, which "
         "would place IOM within the United Nations system while preserving the "
         "intergovernmental governance of the Organization, its Constitution, its budget "
         "structure and its responsive, project-based operational model.")
pdf.para(11, "Following negotiations between the Administration and the United Nations "
         "Secretariat, during which the Working Group was kept informed at each stage, a draft "
         "Agreement was reviewed at the third and fourth meetings. The Council approved the "
         "Agreement at its Fourth Special Session through Resolution No. 1317 of 30 June 2016, "
         "and the General Assembly did likewise through its resolution 70/296.")
pdf.para(12, "The Agreement was signed by the Secretary-General of the United Nations and the "
         "Director General of IOM on 19 September 2016 in New York, at the high-level plenary "
         "meeting of the General Assembly on addressing large movements of refugees and "
         "migrants.")

pdf.subheading("B", "Implications for the governance and operations of IOM")
pdf.para(13, "The Working Group considered that the Agreement would affect the work of IOM in "
         "three main areas:")
pdf.item("•", "participation in inter-agency coordination mechanisms, including the United "
         "Nations System Chief Executives Board for Coordination;")
pdf.item("•", "cooperation at country level with resident coordinators and United Nations "
         "country teams;")
pdf.item("•", "the contribution of the Organization to global processes, notably the "
         "preparation of a global compact for safe, orderly and regular migration.")
pdf.ln(1)
pdf.para(14, "Several delegations stressed that the Agreement expressly recognizes IOM as an "
         "independent, autonomous and non-normative international organization, and that "
         "nothing in it alters the authority of the Council over the policies, programmes and "
         "budget of the Organization.")
pdf.para(15, "The Administration informed the Working Group that the additional costs of "
         "participation in system-wide mechanisms were estimated at USD 1,450,000 for 2017, of "
         "which USD 850,000 would be met from Operational Support Income and USD 600,000 would "
         "require voluntary contributions. Some delegations asked for these estimates to be "
         "reflected in the Programme and Budget for 2017.")
pdf.para(16, "Members also requested the Administration to report regularly on the "
         "implementation of the Agreement, including on any memoranda of understanding "
         "concluded with United Nations funds, programmes and specialized agencies.")

pdf.heading("V", "REVIEW OF THE IOM STRATEGY")
pdf.para(17, "At its sixth meeting, the Working Group began to consider whether the IOM "
         "Strategy, in place for nearly a decade, remained adequate in the light of the entry "
         "of the Organization into the United Nations system and the rapid growth of its "
         "membership, which reached 165 Member States in 2016.")
pdf.para(18, "The Administration presented a background paper tracing the evolution of IOM "
         "activities since 2007. It showed that operational expenditure had more than doubled "
         "over the period, with the largest increase in emergency and post-crisis "
         "programmes.",
         ("fn", "3", "Figures drawn from the financial reports for the years 2007 to 2015; see "
          "also the summary given in document S/19/6."))
pdf.para(19, "Delegations broadly agreed that the 12 strategic points of the current Strategy "
         "remained relevant, but several observed that they should be brought into line with "
         "the 2030 Agenda for Sustainable Development and with the Migration Governance "
         "Framework endorsed by the Council in 2015.")
pdf.para(20, "Other delegations cautioned against opening a full renegotiation of the Strategy "
         "before the global compact process had been completed, and suggested that a focused "
         "update would be preferable to an entirely new strategy document.")
pdf.para(21, "The Working Group did not reach a conclusion on the form that the revised "
         "Strategy should take. It considered that further discussion would be needed in "
         "2017, drawing on the outcome of the review of internal governance currently being "
         "carried out by the Administration.")

pdf.heading("VI", "CONCLUSIONS AND RECOMMENDATIONS")
pdf.para(22, "The Working Group concludes that it has fulfilled the first part of its mandate "
         "with the conclusion of the Agreement, and that the second part, relating to the IOM "
         "Strategy, should continue under a renewed mandate.")
pdf.para(23, "The Working Group therefore recommends that the Council:")
pdf.item("(a)", "take note of the present report and of the Agreement concerning the "
         "Relationship between the United Nations and the International Organization for "
         "Migration;")
pdf.item("(b)", "request the Director General to report annually to the Council, through the "
         "Standing Committee on Programmes and Finance, on the implementation of the "
         "Agreement;")
pdf.item("(c)", "request the Administration to reflect the costs of participation in United "
         "Nations system mechanisms in future programme and budget documents;")
pdf.item("(d)", "extend the mandate of the Working Group until the end of 2017, to allow it to "
         "complete its assessment of the IOM Strategy;")
pdf.item("(e)", "invite Member States to submit written proposals on the revision of the "
         "Strategy by 31 March 2017; and")
pdf.item("(f)", "request the Working Group to submit a final report, with draft revised "
         "strategic points, to the Council at its 108th Session.")
pdf.ln(1)
pdf.para(24, "A draft resolution reflecting these recommendations has been prepared for the "
         "consideration of the Council.")
pdf.para(25, "The Co-Chairs wish to thank all delegations for their constructive "
         "participation, and the Administration for the support it provided throughout "
         "the year.")

# ======================= ANNEX ==========================================
pdf.in_annex = True
pdf.add_page()
pdf.set_font("DV", "B", 11)
pdf.cell(W, 6, "Annex", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.multi_cell(W, 6, "TERMS OF REFERENCE OF THE WORKING GROUP ON\nIOM–UN RELATIONS AND IOM "
               "STRATEGY", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)

pdf.plain_heading("Purpose")
pdf.para(1, "The Working Group on IOM–UN Relations and IOM Strategy (hereinafter “the Working "
         "Group”) is established pursuant to Council Resolution No. 1309 of 24 November 2015.")
pdf.para(2, "The Working Group shall:")
pdf.item("(a)", "examine the options for strengthening the legal and working relationship "
         "between IOM and the United Nations;")
pdf.item("(b)", "advise and assist the Director General in the negotiation of an agreement with "
         "the United Nations;")
pdf.item("(c)", "assess the implications of any such agreement for the IOM Strategy; and")
pdf.item("(d)", "report to the Council on the progress of its work and on its conclusions.")
pdf.ln(1)
pdf.plain_heading("Composition and officers")
pdf.para(3, "The Working Group shall be open to all Member States. Observers may attend its "
         "meetings and, at the invitation of the Co-Chairs, take the floor.")
pdf.para(4, "The Working Group shall be chaired by two Co-Chairs designated from among the "
         "representatives of Member States, with due regard to geographical balance.")
pdf.plain_heading("Methods of work")
pdf.para(5, "The Working Group shall meet as often as required, normally at the Headquarters of "
         "the Organization in Geneva. Meetings shall be announced at least two weeks in "
         "advance.")
pdf.para(6, "The Working Group shall endeavour to take its decisions by consensus. Its meetings "
         "shall be conducted in English, French and Spanish, with interpretation.")
pdf.para(7, "The Administration shall provide secretariat support to the Working Group and shall "
         "make its documents available to all Member States.")
pdf.plain_heading("Reporting")
pdf.para(8, "The Working Group shall submit an interim report to the Council whenever a decision "
         "of the Council is required, and a report on its work to the Council at its regular "
         "session.")
pdf.para(9, "The mandate of the Working Group shall expire at the end of 2016, unless extended "
         "by the Council.")

pdf.output(OUT)
print("pages:", pdf.page_no(), "footnotes:", pdf.footnotes)
