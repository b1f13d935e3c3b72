"""Draws rules-of-procedure-2020.pdf (fpdf2): Rules of Procedure of the SCPF as amended in 2020."""
import os
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "rules-of-procedure-2020.pdf")

SYMBOL = "C/111/31"
LM, RM, TM, BM = 22, 22, 18, 20
FONT = "Helvetica"
SIZE = 10
LH = 4.7

# ---------------------------------------------------------------- content
# ("chapter", label, caption) ("rule", label, caption)
# ("sub", "(n)", text, items or None) ("text", text, footnote-flag)
B = []
def ch(label, cap): B.append(("chapter", label, cap))
def rule(label, cap): B.append(("rule", label, cap))
def sub(n, text, items=None): B.append(("sub", "(%d)" % n, text, items))
def txt(text, fn=False): B.append(("text", text, fn))

ch("CHAPTER I", "MEMBERSHIP AND PARTICIPATION")
rule("Rule 1", "Composition")
sub(1, "The Standing Committee on Programmes and Finance (hereinafter referred to as \"the Standing "
       "Committee\") shall be open to all Member States of the Organization, in accordance with "
       "Council Resolution No. 1150 of 7 June 2007.")
sub(2, "Each Member State shall be represented in the Standing Committee by one representative, who "
       "may be accompanied by such alternates and advisers as the Member State may deem necessary.")
sub(3, "The names of representatives, alternates and advisers shall be communicated to the Director "
       "General, as far as possible, not later than one week before the opening of each session.")
rule("Rule 2", "Observers")
sub(1, "States and intergovernmental and non-governmental organizations which have been granted "
       "observer status by the Council may be represented by observers at the public meetings of the "
       "Standing Committee.")
sub(2, "Observers may, at the invitation of the Chairperson and with the consent of the Standing "
       "Committee, make oral statements on matters within their competence. They shall not take part "
       "in the adoption of decisions.")

ch("CHAPTER II", "SESSIONS")
rule("Rule 3", "Regular sessions")
txt("The Standing Committee shall normally hold two regular sessions a year, the first in the first "
    "half and the second in the second half of the calendar year, at the Headquarters of the "
    "Organization in Geneva, unless it decides otherwise.")
rule("Rule 4", "Special sessions")
sub(1, "Special sessions shall be convened by the Director General at the request of the Chairperson "
       "of the Council, of the Chairperson of the Standing Committee or of one third of the Member "
       "States of the Organization.")
sub(2, "The Director General shall notify Member States of the date and provisional agenda of a "
       "special session not less than ten days before its opening.")
rule("Rule 5", "Sessions held by virtual or hybrid means")
txt("Where exceptional circumstances prevent the Standing Committee from meeting in person, the "
    "Chairperson may, after consultation with the Bureau and the Director General, decide that a "
    "session or any part of a session shall be held by virtual or hybrid means, in which case the "
    "present Rules shall apply mutatis mutandis.", fn=True)

ch("CHAPTER III", "AGENDA")
rule("Rule 6", "Provisional agenda")
sub(1, "The provisional agenda of each session shall be drawn up by the Director General in "
       "consultation with the Chairperson of the Standing Committee.")
sub(2, "The provisional agenda of a regular session shall be communicated to Member States and "
       "observers not later than six weeks before the opening of the session.")
sub(3, "Any Member State may, not later than four weeks before the opening of a regular session, "
       "request the inclusion of supplementary items in the provisional agenda.")
sub(4, "The provisional agenda shall include:",
    [("(a)", "all items which the Council has referred to the Standing Committee;"),
     ("(b)", "all items proposed by a Member State in accordance with paragraph (3) of this Rule; and"),
     ("(c)", "all items which the Director General considers it necessary to submit, including "
             "reports on the financial situation and on the programme and budget of the Organization.")])
rule("Rule 7", "Adoption of the agenda")
txt("At the beginning of each session, the Standing Committee shall adopt its agenda on the basis of "
    "the provisional agenda. It may add, delete, defer or amend items, provided that no item referred "
    "to it by the Council shall be deleted without the consent of the Council.")

ch("CHAPTER IV", "OFFICERS")
rule("Rule 8", "Election of officers")
sub(1, "At its last session of each calendar year, the Standing Committee shall elect, from among the "
       "representatives of its members, a Chairperson, a Vice-Chairperson and a Rapporteur, who shall "
       "take office on 1 January of the following year.")
sub(2, "Officers shall be elected with due regard to equitable geographical representation and shall "
       "hold office for one year. They shall not be eligible for immediate re-election to the same "
       "office.")
sub(3, "The Chairperson, the Vice-Chairperson and the Rapporteur shall constitute the Bureau of the "
       "Standing Committee.")
rule("Rule 9", "Acting Chairperson")
sub(1, "If the Chairperson is absent from a meeting or any part thereof, the Vice-Chairperson shall "
       "preside.")
sub(2, "If the Chairperson ceases to represent a Member State or is unable to perform the functions of "
       "the office, the Vice-Chairperson shall act as Chairperson for the unexpired portion of the "
       "term, and a new Vice-Chairperson shall be elected at the following session.")
rule("Rule 10", "Powers of the Chairperson")
txt("The Chairperson shall declare the opening and closing of each meeting, direct the discussions, "
    "ensure observance of these Rules, accord the right to speak, put questions to the vote and "
    "announce decisions. Subject to these Rules, the Chairperson shall have complete control of the "
    "proceedings and shall rule on points of order.")

ch("CHAPTER V", "SECRETARIAT")
rule("Rule 11", "Duties of the Director General")
sub(1, "The Director General, or a representative designated by the Director General, shall act in "
       "that capacity at all meetings of the Standing Committee and may make oral or written "
       "statements on any question under consideration.")
sub(2, "The Director General shall provide the staff and facilities required by the Standing Committee "
       "and shall be responsible for the preparation, translation and distribution of its documents.")
rule("Rule 12", "Documents")
txt("Save in exceptional circumstances, the documents for each regular session shall be made available "
    "to Member States in the working languages not later than three weeks before the opening of the "
    "session.")

ch("CHAPTER VI", "CONDUCT OF BUSINESS")
rule("Rule 13", "Public and private meetings")
sub(1, "Meetings of the Standing Committee shall be held in public unless the Standing Committee "
       "decides otherwise.")
sub(2, "At private meetings, only the representatives of Member States, the Secretariat and such "
       "observers as the Standing Committee may decide to admit shall be present.")
rule("Rule 14", "Quorum")
txt("One third of the Member States of the Organization shall constitute a quorum for the opening of "
    "a meeting. The presence of a majority of the Member States shall be required for any decision to "
    "be taken.")
rule("Rule 15", "Speeches")
sub(1, "No representative or observer may address the Standing Committee without having previously "
       "obtained the permission of the Chairperson.")
sub(2, "The Chairperson may limit the time allowed to each speaker and the number of times each "
       "representative may speak on any question.")
sub(3, "When a session is held by virtual or hybrid means, the Chairperson may invite representatives "
       "and observers to submit their statements in writing. Such statements shall be posted on the "
       "website of the Organization and shall be reflected in the report of the session.")
rule("Rule 16", "Points of order")
sub(1, "During the discussion of any matter, a representative may rise to a point of order, which "
       "shall be immediately decided by the Chairperson.")
sub(2, "A representative may appeal against the ruling of the Chairperson. The appeal shall be "
       "immediately put to the vote, and the ruling of the Chairperson shall stand unless overruled "
       "by a majority of the Member States present and voting.")

ch("CHAPTER VII", "DECISION-MAKING")
rule("Rule 17", "Consensus")
txt("The Standing Committee shall make every effort to reach its decisions and recommendations by "
    "consensus.")
rule("Rule 18", "Voting")
sub(1, "Where consensus cannot be reached, decisions of the Standing Committee shall be taken by a "
       "majority of the Member States present and voting. Each Member State shall have one vote.")
sub(2, "The provisions of Article 4 of the Constitution concerning Member States in arrears in the "
       "payment of their financial contributions shall apply.")
sub(3, "For the purposes of these Rules, the phrase \"Member States present and voting\" means Member "
       "States casting an affirmative or negative vote. Member States which abstain from voting shall "
       "be considered as not voting.")

ch("CHAPTER VIII", "LANGUAGES AND REPORTS")
rule("Rule 19", "Languages")
txt("English, French and Spanish shall be the official and working languages of the Standing "
    "Committee. Statements made in any of these languages shall be interpreted into the other two.")
rule("Rule 20", "Reports")
sub(1, "The Rapporteur, assisted by the Secretariat, shall prepare a draft report on each session, "
       "which shall be circulated to Member States for comment before its adoption.")
sub(2, "The report of each session, as adopted, shall be transmitted to the Council together with any "
       "recommendations which the Standing Committee may make.")

ch("CHAPTER IX", "AMENDMENT AND SUSPENSION")
rule("Rule 21", "Amendment of the Rules")
txt("These Rules may be amended by the Council, on its own initiative or on the recommendation of the "
    "Standing Committee.")
rule("Rule 22", "Suspension of the Rules")
sub(1, "Any of these Rules may be suspended by the Standing Committee, provided that notice of the "
       "proposal for suspension has been given twenty-four hours in advance. The notice may be waived "
       "if no Member State objects.")
sub(2, "A suspension shall be limited to a specific and stated purpose and to a period not exceeding "
       "the duration of the session.")

FOOTNOTE = ("Rule 5 was inserted by the Council at its 111th Session through Resolution No. 1393 of "
            "26 November 2020, on the recommendation of the Standing Committee at its Twenty-seventh "
            "Session (see document S/27/9).")


# ---------------------------------------------------------------- drawing
class Doc(FPDF):
    fn_page = None      # page that carries the footnote (from a previous pass)
    fn_height = 0

    def header(self):
        if self.page_no() > 1:
            self.set_font(FONT, "", 10)
            self.set_xy(LM, 12)
            self.cell(self.w - LM - RM, 4.5, SYMBOL, align="R", new_x="LMARGIN", new_y="NEXT")
            self.cell(self.w - LM - RM, 4.5, "Page %d" % self.page_no(), align="R",
                      new_x="LMARGIN", new_y="NEXT")
            self.set_y(TM + 12)
        margin = BM + (self.fn_height + 6 if self.page_no() == self.fn_page else 0)
        self.set_auto_page_break(True, margin)
        self.set_font(FONT, "", SIZE)


def build(fn_page):
    pdf = Doc(format="A4", unit="mm")
    pdf.fn_page = fn_page
    pdf.set_margins(LM, TM, RM)
    # footnote height: measure
    pdf.set_font(FONT, "", 9)
    pdf.add_page()
    fn_lines = pdf.multi_cell(pdf.w - LM - RM - 5, 4.2, FOOTNOTE, dry_run=True, output="LINES")
    pdf.fn_height = len(fn_lines) * 4.2
    if fn_page == 1:
        pdf.set_auto_page_break(True, BM + pdf.fn_height + 6)
    W = pdf.w - LM - RM

    # ---- cover block
    # logo (drawn, no text)
    pdf.set_draw_color(0, 84, 166)
    pdf.set_line_width(0.8)
    pdf.ellipse(LM, 14, 18, 18)
    pdf.ellipse(LM + 5, 18, 8, 10)
    pdf.set_draw_color(0)
    pdf.set_line_width(0.2)
    pdf.set_font(FONT, "B", SIZE)
    pdf.set_xy(LM, 16)
    pdf.cell(W, 5, SYMBOL, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT, "", SIZE)
    pdf.cell(W, 5, "Original: English", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(W, 5, "15 December 2020", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(9)
    pdf.set_font(FONT, "B", 12)
    pdf.cell(W, 6, "COUNCIL", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT, "", 12)
    pdf.cell(W, 6, "111th Session", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font(FONT, "B", 12)
    pdf.cell(W, 6, "RULES OF PROCEDURE OF THE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(W, 6, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font(FONT, "", SIZE)
    pdf.cell(W, 5.5, "(As amended by the Council at its 111th Session on 26 November 2020)",
             align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)

    anchor_page = None
    first_block = True
    for blk in B:
        kind = blk[0]
        page_h = pdf.h - pdf.b_margin
        if kind == "chapter":
            if pdf.get_y() > page_h - 45:
                pdf.add_page()
            elif not first_block:
                pdf.ln(3)
            pdf.set_font(FONT, "B", SIZE)
            pdf.cell(W, LH, blk[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.cell(W, LH, blk[2], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3.0)
        elif kind == "rule":
            if pdf.get_y() > page_h - 32:
                pdf.add_page()
            else:
                pdf.ln(1)
            pdf.set_font(FONT, "B", SIZE)
            pdf.cell(W, LH, blk[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font(FONT, "I", SIZE)
            pdf.cell(W, LH, blk[2], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3.0)
        elif kind == "sub":
            _, label, text, items = blk
            pdf.set_font(FONT, "", SIZE)
            pdf.set_x(LM)
            pdf.cell(12, LH, label)
            pdf.write(LH, text)
            pdf.ln(LH)
            pdf.ln(3.0)
            if items:
                for lab, itext in items:
                    pdf.set_x(LM + 12)
                    pdf.cell(10, LH, lab)
                    pdf.multi_cell(W - 22, LH, itext, new_x="LMARGIN", new_y="NEXT")
                    pdf.ln(1.5)
                pdf.ln(0.5)
        elif kind == "text":
            _, text, fn = blk
            pdf.set_font(FONT, "", SIZE)
            pdf.set_x(LM)
            pdf.write(LH, text)
            if fn:
                pdf.char_vpos = "SUP"
                pdf.write(LH, "1")
                pdf.char_vpos = "LINE"
                anchor_page = pdf.page_no()
                # footnote at the foot of this page
                y0 = pdf.get_y()
                fy = pdf.h - BM - pdf.fn_height
                pdf.set_auto_page_break(False)
                pdf.line(LM, fy - 2.5, LM + 50, fy - 2.5)
                pdf.set_xy(LM, fy)
                pdf.set_font(FONT, "", 9)
                pdf.char_vpos = "SUP"
                pdf.cell(5, 4.2, "1")
                pdf.char_vpos = "LINE"
                pdf.multi_cell(W - 5, 4.2, FOOTNOTE, new_x="LMARGIN", new_y="NEXT")
                pdf.set_auto_page_break(True, BM + pdf.fn_height + 6)
                pdf.set_xy(pdf.l_margin, y0)
                pdf.set_font(FONT, "", SIZE)
            pdf.ln(LH)
            pdf.ln(3.0)
        first_block = False
    return pdf, anchor_page


fn_page = None
for _ in range(5):
    pdf, got = build(fn_page)
    if got == fn_page:
        break
    fn_page = got
pdf.output(OUT)
print("pages:", pdf.page_no(), "footnote page:", fn_page)
