#!/usr/bin/env python3
"""Draws summary-record-2016c.pdf: summary record of the third meeting of the
IOM Council's 107th Session (C/107/SR/3), laid out with fpdf2."""
import os
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "summary-record-2016c.pdf")

SYMBOL = "C/107/SR/3"
LEFT = 25.0
RIGHT = 25.0
TOP = 18.0
BOTTOM = 20.0
FONT = "Times"
SIZE = 11.5
LH = 1.2            # line-height factor
NUM_W = 10.0        # indent for the text of numbered paragraphs
ITEM_W = 10.0       # further indent for lettered items
PARA_GAP = 3.2
FN_SIZE = 9.0

# --------------------------------------------------------------------------
# Content.  A paragraph is a list of parts: plain strings, or ("sup", "1") for
# a raised footnote marker.  Footnote texts are in FOOTNOTES.
# --------------------------------------------------------------------------
FOOTNOTES = {
    "1": "The Programme and Budget for 2017 was examined by the Standing Committee on "
         "Programmes and Finance at its Nineteenth Session (see document S/19/15, "
         "paragraphs 22 to 41), which recommended its approval by the Council.",
    "2": "The amounts owed by each Member State are given in the annex to document "
         "C/107/10. They exclude the contributions of the Member States admitted during "
         "2016, which fall due only in the year following admission.",
}

BODY = [
    ("heading", ["REPORT ON THE EIGHTEENTH AND NINETEENTH SESSIONS OF THE STANDING "
                 "COMMITTEE ON PROGRAMMES AND FINANCE"], "scpf"),
    ("para", ["The CHAIRPERSON invited the Council to consider the reports of the Standing "
              "Committee on Programmes and Finance on its Eighteenth and Nineteenth Sessions, "
              "contained in documents S/18/12 and S/19/15 respectively, and gave the floor to "
              "the Chairperson of the Standing Committee."]),
    ("para", ["Ms ALVES (Brazil), Chairperson of the Standing Committee on Programmes and "
              "Finance, said that the Eighteenth Session, held on 28 and 29 June 2016, had met "
              "only days before the Special Session at which the Council had approved, through "
              "Resolution No. 1317 of 30 June 2016, the agreement bringing IOM into the United "
              "Nations system as a related organization. Much of the Committee's attention had "
              "therefore gone to the practical consequences of that step, in addition to its "
              "regular examination of the Financial Report for the year 2015, the revision of "
              "the Programme and Budget for 2016 and the status of assessed contributions."]),
    ("para", ["Continuing, she said that at its Nineteenth Session, on 1 and 2 November 2016, "
              "the Committee had reviewed the Programme and Budget for 2017, the progress made "
              "with the internal governance framework, the draft scale of assessment for 2017 "
              "and the first report of the working group on budget reform. Delegations had "
              "asked for earlier access to the budget documents and for a fuller presentation "
              "of the costs met from Operational Support Income, and the Administration had "
              "undertaken to provide both for the next budget cycle. She thanked the members of "
              "the Bureau and the secretariat for their support during a demanding year."]),
    ("para", ["Mr KOWALSKI (Poland) commended the Committee for its handling of an unusually "
              "heavy agenda. His delegation had followed with interest the discussion on the "
              "follow-up to the Migration Crisis Operational Framework and wished to know when "
              "the independent evaluation mentioned in the report on the Eighteenth Session "
              "would be made available to Member States."]),
    ("para", ["The DEPUTY DIRECTOR GENERAL replied that the terms of reference for the "
              "evaluation had been finalized in October and that an external team had been "
              "selected. Its findings would be presented to the Standing Committee at its "
              "Twentieth Session in June 2017, together with a management response setting out "
              "the action the Administration proposed to take on each recommendation."]),
    ("para", ["The Council adopted Resolution No. 1340 on the reports of the Eighteenth and "
              "Nineteenth Sessions of the Standing Committee on Programmes and Finance."]),

    ("heading", ["PROGRAMME AND BUDGET FOR 2017", "(agenda item 12)"], "pb"),
    ("para", ["The DIRECTOR GENERAL, introducing the Programme and Budget for 2017 "
              "(C/107/6),", ("sup", "1"), " said that it was the first budget proposal "
              "prepared since IOM had become a related organization of the United Nations. "
              "The Administrative Part of the Budget amounted to CHF 50,420,000, compared with "
              "CHF 49,280,000 in 2016, an increase of CHF 1,140,000. The Operational Part was "
              "estimated at USD 1,187.6 million, a figure that would, as in previous years, be "
              "revised upwards once new projects were funded in the course of the year."]),
    ("para", ["He explained that the whole of the increase in the Administrative Part "
              "corresponded to the assessed contributions of the States admitted to membership "
              "during 2016. The contributions of the other Member States therefore remained at "
              "their 2016 level, in keeping with the principle of zero nominal growth that the "
              "Council had applied for many years, although the Administration continued to "
              "absorb statutory increases in staff costs within the same envelope."]),
    ("para", ["The Administration proposed to use the additional resources, together with "
              "an expected USD 94.6 million in Operational Support Income, for three purposes:"],
     [("(a)", "the strengthening of the Office of the Inspector General, including two new "
              "posts for investigations into allegations of fraud and sexual exploitation;"),
      ("(b)", "the establishment of a small unit to coordinate the Organization's work with "
              "the United Nations Secretariat, funds and programmes under the new agreement; "
              "and"),
      ("(c)", "the completion of the move of administrative services to the Manila and Panama "
              "Administrative Centres, which was expected to yield lasting savings from 2018.")]),
    ("para", ["The representative of GHANA, speaking on behalf of the African Group, welcomed "
              "the priority given to oversight but regretted that the Administrative Part still "
              "covered only a modest share of the Organization's core structure. The ever "
              "greater reliance on project funding made it difficult for IOM to maintain a "
              "stable presence in many African countries of origin and transit. The Group "
              "encouraged donors to provide more unearmarked funding and asked the "
              "Administration to report on the regional distribution of posts funded from "
              "Operational Support Income."]),
    ("para", ["Mr HOFFMANN (Germany) supported the proposal. His Government had increased its "
              "unearmarked contribution for 2017 and hoped that other donors would follow. He "
              "asked whether the liaison unit referred to in subparagraph (b) of the Director "
              "General's presentation would be based in New York or in Geneva, and how its "
              "costs would be shared between the two parts of the budget."]),
    ("para", ["Ms NAKAMURA (Japan) said that her delegation accepted the budget as presented, "
              "on the understanding that the increase did not alter the scale of assessment of "
              "existing Member States. She welcomed the continued transfer of functions to the "
              "Administrative Centres and asked for a detailed account of the savings achieved "
              "so far, to be submitted to the Standing Committee in 2017."]),
    ("para", ["The representative of MEXICO, speaking on behalf of the Group of Latin American "
              "and Caribbean Countries, observed that the movement of migrants through Central "
              "America and towards the north of the continent had grown considerably in 2016. "
              "The Group called for the budget to reflect the needs of transit countries more "
              "fully and expressed its appreciation for the work of the Panama Administrative "
              "Centre, which had become an important asset for the whole region."]),
    ("para", ["Mr SHARMA (India) noted that migration had been recognized in the 2030 Agenda for "
              "Sustainable Development and that IOM would be expected to play a larger part in "
              "supporting States to implement the relevant targets. It was important that the "
              "Organization's growing responsibilities should be matched by a predictable "
              "funding base rather than met by stretching existing staff still further."]),
    ("para", ["The representative of the UNITED STATES OF AMERICA said that her country "
              "remained the Organization's largest donor and was prepared to join the consensus "
              "on the Programme and Budget for 2017. It attached particular importance to the "
              "resources provided for the Office of the Inspector General and looked forward to "
              "receiving its first annual report on investigations in 2017."]),
    ("para", ["The DIRECTOR GENERAL, replying to the points raised, said that the coordination "
              "unit would be located in New York and would consist of three posts funded from "
              "Operational Support Income, so that it would place no burden on assessed "
              "contributions. A table showing the regional distribution of core posts would be "
              "annexed to the next update of the Programme and Budget, and the savings achieved "
              "by the Administrative Centres would be reported to the Standing Committee in June "
              "2017, as requested by the delegation of Japan."]),
    ("para", ["The Council adopted Resolution No. 1341 on the Programme and Budget for 2017."]),

    ("heading", ["STATUS REPORT ON OUTSTANDING CONTRIBUTIONS TO THE ADMINISTRATIVE PART OF THE "
                 "BUDGET"], "contrib"),
    ("para", ["The DEPUTY DIRECTOR GENERAL, presenting document C/107/10, said that as at "
              "30 November 2016 outstanding assessed contributions amounted to CHF 5,912,347, "
              "owed by 21 Member States.", ("sup", "2"), " Since that date, payments totalling "
              "CHF 612,450 had been received from Ecuador and Mozambique, which brought the "
              "total down to CHF 5,299,897. Eleven Member States were subject to Article 4 of "
              "the Constitution, which was four fewer than at the same time the previous "
              "year."]),
    ("para", ["She added that four of those eleven Member States had concluded payment plans "
              "with the Administration and were meeting the instalments agreed. The "
              "Administration stood ready to discuss similar arrangements with the others, and "
              "she invited their representatives to contact the Department of Resources "
              "Management during the session."]),
    ("para", ["Mr OKAFOR (Nigeria) said that his Government had made a substantial payment in "
              "October and intended to settle the balance of its arrears early in 2017. Many "
              "developing countries faced genuine difficulties in paying on time, and the loss "
              "of voting rights should be applied with an understanding of those "
              "circumstances."]),
    ("para", ["The representative of SWITZERLAND thanked the Member States that had reduced "
              "their arrears and stressed that the timely payment of assessed contributions "
              "was an obligation shared by all Members. Arrears placed the whole of the "
              "Administrative Part under strain and ultimately weakened the Organization's "
              "ability to deliver for the very States concerned."]),
    ("para", ["The Council took note of document C/107/10 and urged all Member States with "
              "outstanding contributions to pay them in full or to agree on a payment plan with "
              "the Administration as soon as possible."]),

    ("heading", ["INTERNATIONAL DIALOGUE ON MIGRATION"], "idm"),
    ("para", ["The DIRECTOR OF THE DEPARTMENT OF INTERNATIONAL COOPERATION AND PARTNERSHIPS, "
              "introducing document C/107/12, recalled that the International Dialogue on "
              "Migration in 2016 had been devoted to the follow-up and review of the "
              "migration-related commitments of the 2030 Agenda. Two workshops had been held, "
              "in New York on 29 February and 1 March and in Geneva on 11 and 12 October 2016, "
              "attended by more than 600 participants from governments, international "
              "organizations, civil society and the private sector."]),
    ("para", ["Ms LINDQVIST (Sweden) said that the Dialogue had proved its value as an open "
              "space for exchange. Its discussions in 2017 would provide a natural forum for "
              "preparing the global compact for safe, orderly and regular migration that the "
              "General Assembly had decided to elaborate in its resolution 71/1 of 19 "
              "September 2016."]),
    ("para", ["The representative of BANGLADESH, speaking on behalf of the Member States of the "
              "Colombo Process, welcomed the attention paid in the Geneva workshop to the costs "
              "of labour migration borne by migrant workers themselves. The Colombo Process "
              "would be glad to share its experience of reducing recruitment fees with other "
              "regional consultative processes."]),
    ("para", ["Mr FERN\u00c1NDEZ (Argentina) proposed that the 2017 Dialogue should examine the "
              "rights of migrants in vulnerable situations, including unaccompanied children, "
              "and should give greater room to the views of local authorities, which were "
              "often the first to receive newly arrived migrants."]),
    ("para", ["Mr DIALLO (Senegal) supported that proposal and asked that the workshops be "
              "scheduled so as not to coincide with other major migration meetings, which had "
              "made it difficult for smaller delegations to attend in 2016."]),
    ("para", ["The DIRECTOR GENERAL thanked delegations for their suggestions and said that "
              "the themes for 2017 would be chosen in consultation with Member States early in "
              "the new year. The Administration intended to devote both workshops to the "
              "preparation of the global compact, so that the Dialogue could feed directly into "
              "the intergovernmental process."]),
    ("para", ["The Council took note of document C/107/12."]),

    ("heading", ["OTHER BUSINESS"], "other"),
    ("para", ["The CHAIRPERSON announced that no requests had been received to take up other "
              "matters under the item. The Council would resume its work in the afternoon with "
              "the general debate, for which 34 speakers had so far inscribed their names."]),
]

CONTENTS = [
    ("scpf", "Report on the Eighteenth and Nineteenth Sessions of the Standing Committee on "
             "Programmes and Finance"),
    ("pb", "Programme and Budget for 2017"),
    ("contrib", "Status report on outstanding contributions to the Administrative Part of the "
                "Budget"),
    ("idm", "International Dialogue on Migration"),
    ("other", "Other business"),
]

CLOSING = "The meeting rose at 12.55 p.m."


class SR(FPDF):
    def __init__(self):
        super().__init__(format="A4", unit="mm")
        self.core_fonts_encoding = "windows-1252"
        self.set_margins(LEFT, TOP, RIGHT)
        self.set_auto_page_break(True, BOTTOM)
        self.fn_by_page = {}      # page -> list of markers
        self.fn_reserved = {}     # page -> reserved height (mm)

    @property
    def text_w(self):
        return self.w - LEFT - RIGHT

    def header(self):
        self.set_auto_page_break(True, BOTTOM)
        if self.page_no() > 1:
            self.set_font(FONT, "", 10.5)
            self.set_xy(LEFT, 12)
            self.cell(self.text_w, 4.6, SYMBOL, align="R", new_x="LMARGIN", new_y="NEXT")
            self.cell(self.text_w, 4.6, f"Page {self.page_no()}", align="R",
                      new_x="LMARGIN", new_y="NEXT")
            self.set_y(28)
        self.set_font(FONT, "", SIZE)

    def footer(self):
        markers = self.fn_by_page.get(self.page_no())
        if not markers:
            return
        y = self.h - BOTTOM - self.fn_reserved[self.page_no()] + 2.5
        self.set_line_width(0.2)
        self.line(LEFT, y, LEFT + 50, y)
        y += 2.0
        for m in markers:
            # raised marker: smaller type, lifted above the base line
            self.set_font(FONT, "", 6.5)
            self.set_xy(LEFT, y - 1.0)
            self.cell(4, FN_SIZE * 0.3528 * 1.2, m)
            self.set_font(FONT, "", FN_SIZE)
            self.set_xy(LEFT + 4, y)
            self.multi_cell(self.text_w - 4, FN_SIZE * 0.3528 * 1.2, FOOTNOTES[m], align="J",
                            new_x="LMARGIN", new_y="NEXT")
            y = self.get_y() + 1.0
        self.set_font(FONT, "", SIZE)

    # ---- building blocks -------------------------------------------------
    def line_h(self, size=SIZE):
        return size * 0.3528 * LH

    def write_parts(self, parts, x, w, first=0.0):
        """Justified text at x with width w, starting at the current y;
        `first` indents the first line only."""
        self.set_font(FONT, "", SIZE)
        with self.text_columns(text_align="J", line_height=LH, l_margin=x,
                               r_margin=self.w - x - w, skip_leading_spaces=True) as cols:
            with cols.paragraph(first_line_indent=first) as p:
                for part in parts:
                    if isinstance(part, tuple):
                        self.char_vpos = "SUP"
                        p.write(part[1])
                        self.char_vpos = "LINE"
                    else:
                        p.write(part)
        self.set_x(LEFT)

    def gap(self, h):
        if self.get_y() > self.t_margin + 12:
            self.ln(h)

    def ensure(self, h):
        if self.get_y() + h > self.h - self.b_margin:
            self.add_page()

    def numbered(self, n, parts):
        self.gap(PARA_GAP)
        self.ensure(self.line_h() + 0.5)
        y = self.get_y()
        self.set_font(FONT, "", SIZE)
        self.set_xy(LEFT, y)
        self.cell(NUM_W, self.line_h(), f"{n}.")
        self.set_xy(LEFT, y)
        # IOM layout: number, then the first line indented; later lines flush left
        self.write_parts(parts, LEFT, self.text_w, first=NUM_W)

    def item(self, label, text):
        self.gap(1.8)
        self.ensure(self.line_h() + 0.5)
        y = self.get_y()
        self.set_font(FONT, "", SIZE)
        self.set_xy(LEFT + NUM_W, y)
        self.cell(ITEM_W, self.line_h(), label)
        self.set_xy(LEFT + NUM_W + ITEM_W, y)
        self.write_parts([text], LEFT + NUM_W + ITEM_W, self.text_w - NUM_W - ITEM_W)

    def heading(self, lines, keep_with=0.0):
        self.gap(6)
        self.ensure(self.line_h() * (len(lines) + 3) + keep_with)
        self.set_font(FONT, "B", SIZE)
        self.multi_cell(self.text_w, self.line_h(), lines[0], align="L",
                        new_x="LMARGIN", new_y="NEXT")
        self.set_font(FONT, "", SIZE)
        for extra in lines[1:]:
            self.multi_cell(self.text_w, self.line_h(), extra, align="L",
                            new_x="LMARGIN", new_y="NEXT")

    def measure(self, n, parts):
        """Height of a numbered paragraph, measured on a scratch document."""
        s = FPDF(format=(210, 1000), unit="mm")
        s.core_fonts_encoding = "windows-1252"
        s.set_margins(LEFT, 0, RIGHT)
        s.set_auto_page_break(False)
        s.add_page()
        s.set_font(FONT, "", SIZE)
        s.set_y(10)
        SR.write_parts(s, parts, LEFT, self.text_w, first=NUM_W)
        return s.get_y() - 10

    def fn_height(self, m):
        s = FPDF(format=(210, 1000), unit="mm")
        s.core_fonts_encoding = "windows-1252"
        s.set_margins(LEFT, 0, RIGHT)
        s.add_page()
        s.set_font(FONT, "", FN_SIZE)
        s.set_y(10)
        s.set_x(LEFT + 4)
        s.multi_cell(self.text_w - 4, FN_SIZE * 0.3528 * 1.2, FOOTNOTES[m], align="J",
                     new_x="LMARGIN", new_y="NEXT")
        return s.get_y() - 10 + 1.0

    def numbered_with_note(self, n, parts):
        markers = [p[1] for p in parts if isinstance(p, tuple)]
        extra = sum(self.fn_height(m) for m in markers)
        page_has = self.page_no() in self.fn_reserved
        extra_rule = 0 if page_has else 5.0
        need = self.measure(n, parts) + PARA_GAP + extra + extra_rule
        if self.get_y() + need > self.h - self.b_margin:
            self.add_page()
            page_has = False
            extra_rule = 5.0
        pg = self.page_no()
        self.fn_reserved[pg] = self.fn_reserved.get(pg, 0) + extra + extra_rule
        self.fn_by_page.setdefault(pg, []).extend(markers)
        self.set_auto_page_break(True, BOTTOM + self.fn_reserved[pg])
        self.numbered(n, parts)


def cover(pdf, pages):
    w = pdf.text_w
    pdf.set_font(FONT, "", SIZE)
    pdf.set_y(20)
    for t in (SYMBOL, "Original: English", "21 December 2016"):
        pdf.cell(w, 5.2, t, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.set_font(FONT, "B", 12)
    pdf.cell(w, 6, "COUNCIL", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT, "", 12)
    pdf.cell(w, 6, "107th Session", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(9)
    pdf.set_font(FONT, "B", 12)
    pdf.cell(w, 6, "SUMMARY RECORD OF THE THIRD MEETING", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_font(FONT, "", SIZE)
    pdf.cell(w, 5.5, "Geneva", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(w, 5.5, "Tuesday, 6 December 2016, at 10.15 a.m.", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.cell(w, 5.5, "Chairperson: Ms T. Halvorsen (Norway)", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.cell(w, 5, "_" * 40, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font(FONT, "I", 10)
    pdf.multi_cell(w, 4.6, "Corrections to this record should be submitted in writing to the "
                   "Governing Bodies Division within two weeks of its date of issue. They "
                   "will be consolidated in a single corrigendum.", align="J",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(7)
    # contents
    pdf.set_font(FONT, "B", SIZE)
    pdf.cell(w - 12, 5.5, "CONTENTS")
    pdf.set_font(FONT, "", SIZE)
    pdf.cell(12, 5.5, "Page", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    entry_w = w - 18
    for key, title in CONTENTS:
        lines = pdf.multi_cell(entry_w, 5.5, title, dry_run=True, output="LINES")
        for ln in lines[:-1]:
            pdf.cell(entry_w, 5.5, ln, new_x="LMARGIN", new_y="NEXT")
        last = lines[-1]
        tw = pdf.get_string_width(last + " ")
        dot_w = pdf.get_string_width(".")
        ndots = int((w - 12 - tw - 2) / dot_w)
        pdf.cell(w - 12, 5.5, last + " " + "." * ndots)
        pdf.cell(12, 5.5, str(pages.get(key, "")), align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    pdf.ln(4)


def build(pages):
    pdf = SR()
    pdf.add_page()
    cover(pdf, pages)
    found = {}
    n = 0
    for i, block in enumerate(BODY):
        if block[0] == "heading":
            nxt = BODY[i + 1][1]
            keep = 0.0
            if any(isinstance(p, tuple) for p in nxt):
                # keep the heading with a following paragraph that carries a footnote
                keep = (pdf.measure(0, nxt) + PARA_GAP + 5.0 +
                        sum(pdf.fn_height(p[1]) for p in nxt if isinstance(p, tuple)))
            pdf.heading(block[1], keep)
            # the page the heading lands on (after any page break it caused)
            found[block[2]] = pdf.page_no()
        else:
            n += 1
            parts = block[1]
            if any(isinstance(p, tuple) for p in parts):
                pdf.numbered_with_note(n, parts)
            else:
                pdf.numbered(n, parts)
            if len(block) > 2:
                for label, text in block[2]:
                    pdf.item(label, text)
    pdf.gap(8)
    pdf.ensure(pdf.line_h())
    pdf.write_parts([CLOSING], LEFT, pdf.text_w, first=NUM_W)
    return pdf, found


if __name__ == "__main__":
    _, pages = build({})
    pdf, pages2 = build(pages)
    assert pages == pages2, (pages, pages2)
    pdf.output(OUT)
    print("pages:", pdf.page_no(), "headings:", pages2)
