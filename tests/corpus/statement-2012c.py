"""Draws statement-2012c.pdf: a delegation's statement in the general debate of the
101st Session of the IOM Council (November 2012), laid out as a mission would circulate it."""
import os
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "statement-2012c.pdf")
FONTDIR = "/usr/share/fonts/truetype/dejavu/"

LEFT = 25
RIGHT = 25
TOP = 20
BOTTOM = 25          # ordinary bottom margin (page number sits inside it)
BODY_SIZE = 11
LH = 6.2             # body line height
PARA_GAP = 3.6

FOOTNOTES = {
    "1": "The statement of the Group was delivered by its coordinator and has been "
         "passed to the Secretariat so that it can be posted with the other statements "
         "made in the general debate.",
}


class Statement(FPDF):
    def __init__(self):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.add_font("Serif", "", FONTDIR + "DejaVuSerif.ttf")
        self.add_font("Serif", "B", FONTDIR + "DejaVuSerif-Bold.ttf")
        self.add_font("Serif", "I", FONTDIR + "DejaVuSerif-Italic.ttf")
        self.add_font("Serif", "BI", FONTDIR + "DejaVuSerif-BoldItalic.ttf")
        self.set_margins(LEFT, TOP, RIGHT)
        self.set_auto_page_break(True, BOTTOM)
        self.page_notes = {}     # page number -> list of footnote markers

    # every new page starts with the ordinary bottom margin again
    def header(self):
        self.set_auto_page_break(True, BOTTOM)

    def footnote_block_height(self, markers):
        self.set_font("Serif", "", 8.5)
        h = 4  # rule and gap
        width = self.w - LEFT - RIGHT - 5
        for m in markers:
            lines = self.multi_cell(width, 4.2, FOOTNOTES[m], dry_run=True, output="LINES")
            h += 4.2 * len(lines) + 1
        return h

    def footer(self):
        markers = self.page_notes.get(self.page_no(), [])
        if markers:
            fh = self.footnote_block_height(markers)
            y = self.h - BOTTOM - fh + 2
            self.set_draw_color(0, 0, 0)
            self.set_line_width(0.2)
            self.line(LEFT, y, LEFT + 50, y)
            y += 2.5
            for m in markers:
                self.set_xy(LEFT, y)
                self.set_font("Serif", "", 6.5)
                self.char_vpos = "SUP"
                self.cell(4, 4.2, m)
                self.char_vpos = "LINE"
                self.set_font("Serif", "", 8.5)
                self.set_xy(LEFT + 5, y)
                self.multi_cell(self.w - LEFT - RIGHT - 5, 4.2, FOOTNOTES[m], align="L")
                y = self.get_y() + 1
        # page number at the foot, centred
        self.set_y(-15)
        self.set_font("Serif", "", 9.5)
        self.cell(0, 5, str(self.page_no()), align="C")

    # ---- body helpers -------------------------------------------------------
    def note_marker(self, marker):
        """Raised footnote marker in running text; reserves room at the foot of this page."""
        self.set_font("Serif", "", 7.5)
        self.char_vpos = "SUP"
        self.write(LH, marker)
        self.char_vpos = "LINE"
        self.set_font("Serif", "", BODY_SIZE)
        self.page_notes.setdefault(self.page_no(), []).append(marker)
        fh = self.footnote_block_height(self.page_notes[self.page_no()])
        self.set_font("Serif", "", BODY_SIZE)
        self.set_auto_page_break(True, BOTTOM + fh)

    def para(self, *pieces):
        """A body paragraph; pieces are strings or ('fn', marker) tuples."""
        self.set_font("Serif", "", BODY_SIZE)
        self.set_x(LEFT)
        for p in pieces:
            if isinstance(p, tuple):
                self.note_marker(p[1])
            else:
                self.write(LH, p)
        self.ln(LH)
        self.ln(PARA_GAP)

    def salutation(self, text):
        self.set_font("Serif", "", BODY_SIZE)
        self.set_x(LEFT)
        self.write(LH, text)
        self.ln(LH)
        self.ln(PARA_GAP)

    def heading(self, text):
        if self.get_y() > self.h - BOTTOM - 30:
            self.add_page()
        self.ln(2)
        self.set_font("Serif", "B", BODY_SIZE)
        self.set_x(LEFT)
        self.cell(0, LH, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(PARA_GAP)

    def bullets(self, items):
        self.set_font("Serif", "", BODY_SIZE)
        indent = LEFT + 10
        for it in items:
            self.set_x(LEFT + 4)
            self.cell(6, LH, "\u2022")
            self.set_left_margin(indent)
            self.set_x(indent)
            self.write(LH, it)
            self.ln(LH)
            self.set_left_margin(LEFT)
            self.ln(2)
        self.ln(PARA_GAP - 2)

    def quotation(self, text):
        self.set_font("Serif", "I", BODY_SIZE)
        self.set_left_margin(LEFT + 12)
        self.set_right_margin(RIGHT + 12)
        self.set_x(LEFT + 12)
        self.write(LH, text)
        self.ln(LH)
        self.set_left_margin(LEFT)
        self.set_right_margin(RIGHT)
        self.ln(PARA_GAP)


def main():
    pdf = Statement()
    pdf.set_title("Statement of the Philippines - 101st Session of the IOM Council")
    pdf.add_page()
    width = pdf.w - LEFT - RIGHT

    # ---- mission letterhead ----
    pdf.set_font("Serif", "B", 10.5)
    pdf.cell(0, 5.5, "PERMANENT MISSION OF THE REPUBLIC OF THE PHILIPPINES",
             align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 9)
    pdf.cell(0, 5, "TO THE UNITED NATIONS AND OTHER INTERNATIONAL ORGANIZATIONS",
             align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "I", 10)
    pdf.cell(0, 5.5, "Geneva", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
    pdf.set_line_width(0.5)
    pdf.line(LEFT, pdf.get_y(), LEFT + width, pdf.get_y())
    pdf.set_line_width(0.2)
    pdf.line(LEFT, pdf.get_y() + 0.9, LEFT + width, pdf.get_y() + 0.9)
    pdf.ln(7)

    pdf.set_font("Serif", "BI", 10)
    pdf.cell(0, 5, "Check against delivery", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)

    # ---- occasion, title, speaker, place and date ----
    pdf.set_font("Serif", "B", 11.5)
    pdf.cell(0, 6.5, "101st Session of the Council", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 11)
    pdf.cell(0, 6.5, "General Debate", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_font("Serif", "B", 12.5)
    pdf.cell(0, 7, "STATEMENT OF THE PHILIPPINE DELEGATION", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Serif", "", 9.5)
    speaker = "Delivered by: H.E. Mr Ramon D. Villanueva, Ambassador and Permanent Representative"
    assert pdf.get_string_width(speaker) < width, pdf.get_string_width(speaker)
    pdf.cell(0, 6, speaker, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 10.5)
    pdf.cell(0, 6, "Geneva, 28 November 2012", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)

    # ---- body ----
    pdf.salutation("Mr Chairperson,")
    pdf.salutation("Excellencies, ladies and gentlemen,")

    pdf.para(
        "Allow me first to congratulate you, Mr Chairperson, and the other members of the "
        "Bureau on your election. You may count on the full cooperation of the Philippine "
        "delegation in steering this 101st Session to a good result. We also welcome the "
        "States admitted to membership yesterday; each new Member reminds us that the questions "
        "on this Council\u2019s agenda are no longer the business of a few countries of origin "
        "or destination, but of every region."
    )
    pdf.para(
        "We are grateful to the Director General for his detailed account of the Organization\u2019s "
        "work over the past year and for the frankness with which he set out the financial "
        "strain on the Administration. My delegation aligns itself with the statement made this "
        "morning on behalf of the Asia-Pacific Group,", ("fn", "1"),
        " and I shall therefore confine myself to a handful of issues on which the "
        "Philippines has a particular stake."
    )

    pdf.heading("MIGRANTS CAUGHT IN CRISIS")
    pdf.para(
        "Few governments have had to learn as quickly as ours what happens when conflict or "
        "disaster overtakes a community of workers far from home. During the upheaval of 2011 "
        "we brought back more than 10,000 of our nationals from Libya and neighbouring "
        "countries, a large share of them on flights organized or supported by IOM. The lessons "
        "of that operation were paid for dearly, and we believe they now belong in the "
        "Organization\u2019s standing procedures rather than in after-action reports."
    )
    pdf.para(
        "The Philippines therefore welcomes the Migration Crisis Operational Framework set out "
        "in document MC/2355, which this Council endorsed yesterday through Resolution "
        "No. 1243. In our experience the Framework will prove its worth if it helps States "
        "and the Administration to:"
    )
    pdf.bullets([
        "map, before any emergency, where migrant workers are concentrated in countries at "
        "risk, and which employers, recruitment agencies and community associations can reach "
        "them within hours;",
        "agree in advance among countries of origin, transit and destination which exit "
        "permits, travel documents and clearances will be waived or issued at once when an "
        "evacuation is ordered;",
        "keep a standing reserve of funds, so that the first chartered flights need not wait "
        "for pledges to be confirmed; and",
        "stay with returnees after they land, helping them to recover unpaid wages and to find "
        "work, credit or training at home.",
    ])
    pdf.para(
        "We invite the Administration to inform the Standing Committee on Programmes and "
        "Finance, at its next session, of the steps taken to put these elements into practice. "
        "For its part, my Government is prepared to share its own national contingency plans "
        "with any Member State that wishes to see them."
    )

    pdf.salutation("Mr Chairperson,")

    pdf.heading("LABOUR MOBILITY AND DEVELOPMENT")
    pdf.para(
        "Close to one in ten Filipinos now lives or works outside the country. The money they "
        "send home through formal channels passed 20 billion US dollars last year and keeps "
        "millions of households out of poverty. Yet the aggregate figures tell only part of the "
        "story. Behind each transfer stands a worker who has taken on debts, signed a contract "
        "in a foreign language and left children in the care of relatives."
    )
    pdf.para(
        "At a pre-departure orientation session in Manila earlier this year, a nurse bound for "
        "a hospital in the Gulf put the matter to our officials more plainly than any policy "
        "paper could:"
    )
    pdf.quotation(
        "\u201cI am not afraid of hard work. What frightens me is a contract I cannot read, "
        "a placement fee I will be paying off for two years, and not knowing whom to call "
        "if something goes wrong.\u201d"
    )
    pdf.para(
        "Her words describe, better than ours, the agenda of fair recruitment, enforceable "
        "contracts and accessible consular help that we would like to see at the heart of the "
        "Organization\u2019s labour migration work. Support for bilateral labour agreements, for "
        "the training of labour attach\u00e9s and for pre-departure and reintegration services "
        "deserves predictable funding, not a series of short projects. We also look to IOM to "
        "bring its field experience to the preparations for the second High-level Dialogue on "
        "International Migration and Development, which the General Assembly will convene in "
        "October 2013."
    )

    pdf.heading("GOVERNANCE, BUDGET AND REFORM")
    pdf.para(
        "On the budget, my delegation has studied the Programme and Budget for 2013 "
        "(MC/2351) and notes once again the widening gap between a small administrative "
        "budget and an operational portfolio that has grown several times over in a decade. "
        "We can accept zero nominal growth in assessed contributions only as long as it does "
        "not hollow out the core structure on which every project depends. We encourage the "
        "working group on budget reform to complete its recommendations in time for "
        "consideration in 2013."
    )
    pdf.para(
        "The Philippines remains attached to the IOM Strategy adopted through Resolution "
        "No. 1150 of 7 June 2007, whose points of focus still give the Organization a clear "
        "sense of direction. We look forward equally to the entry into force of the 1998 "
        "amendments to the Constitution, which will simplify the governing bodies and allow "
        "Member States to devote more of their time to substance."
    )
    pdf.para(
        "Let me add that the Philippines has paid its assessed contribution for 2012 in full. "
        "We appeal to all Member States in arrears to settle their accounts or to agree on a "
        "payment plan with the Administration, so that the burden of keeping the Organization "
        "solvent is shared fairly."
    )
    pdf.para(
        "Mr Chairperson, my country will remain an active and constructive partner of IOM, in "
        "this Council, in the Standing Committee and in the field, wherever our nationals and "
        "those of other Member States need the Organization\u2019s help."
    )
    pdf.salutation("Thank you.")

    pdf.output(OUT)
    print("pages:", pdf.page_no())


if __name__ == "__main__":
    main()
