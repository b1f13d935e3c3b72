"""Draw draft-resolutions-2005c.pdf: three IOM draft resolutions (MC/L/1101 to MC/L/1103)
under one cover, Ninetieth Session of the Council, November 2005. Library: fpdf2."""
import os
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "draft-resolutions-2005c.pdf")
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"

LM = 25.0          # left margin (mm)
RM = 20.0          # right margin (mm)
PW = 210.0
TW = PW - LM - RM  # text width
BODY = 11
LH = 5.6           # line height of body text
FN = 8.5
FLH = 4.2


class Doc(FPDF):
    def __init__(self):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_margins(LM, 20, RM)
        self.set_auto_page_break(False)
        self.add_font("S", "", FONT_DIR + "DejaVuSerif.ttf")
        self.add_font("S", "B", FONT_DIR + "DejaVuSerif-Bold.ttf")
        self.add_font("S", "I", FONT_DIR + "DejaVuSerif-Italic.ttf")
        self.add_font("S", "BI", FONT_DIR + "DejaVuSerif-BoldItalic.ttf")
        self.running = None  # (symbol, page label) for the running header

    def header(self):
        if self.running:
            sym, label = self.running
            self.set_font("S", "", 10)
            self.set_xy(LM, 12)
            self.cell(TW, 5, sym, align="R")
            self.set_xy(LM, 17)
            self.cell(TW, 5, label, align="R")
            self.set_y(30)


def right_line(pdf, text, size=11, style="", h=5.5):
    pdf.set_font("S", style, size)
    pdf.set_x(LM)
    pdf.cell(TW, h, text, align="R", new_x="LMARGIN", new_y="NEXT")


def centre_line(pdf, text, size=11, style="", h=6):
    pdf.set_font("S", style, size)
    pdf.set_x(LM)
    pdf.cell(TW, h, text, align="C", new_x="LMARGIN", new_y="NEXT")


def rule(pdf, width_chars=78):
    pdf.set_font("S", "", 10)
    pdf.set_x(LM)
    pdf.cell(TW, 5, "_" * width_chars, new_x="LMARGIN", new_y="NEXT")


def write_segments(pdf, segments, size=BODY, lh=LH):
    """segments: list of (style, text) where style may be '', 'I', 'B' or 'SUP'."""
    for style, text in segments:
        if style == "SUP":
            pdf.set_font("S", "", size)
            pdf.char_vpos = "SUP"
            pdf.write(lh, text)
            pdf.char_vpos = "LINE"
        else:
            pdf.set_font("S", style, size)
            pdf.write(lh, text)
    pdf.ln(lh)


def preamble(pdf, segments, gap=2.6):
    """A preamble clause: first line indented, continuation flush left."""
    pdf.set_left_margin(LM)
    pdf.set_x(LM + 12)
    write_segments(pdf, segments)
    pdf.ln(gap)


def clause(pdf, num, segments, gap=2.6):
    """An operative clause: number at the margin, text after a tab, continuation flush left."""
    pdf.set_left_margin(LM)
    pdf.set_font("S", "", BODY)
    pdf.set_x(LM)
    pdf.cell(12, LH, f"{num}.")
    pdf.set_x(LM + 12)
    write_segments(pdf, segments)
    pdf.ln(gap)


def item(pdf, label, text, gap=1.4):
    pdf.set_font("S", "", BODY)
    pdf.set_x(LM + 12)
    pdf.cell(10, LH, label)
    pdf.set_left_margin(LM + 22)
    pdf.set_x(LM + 22)
    write_segments(pdf, [("", text)])
    pdf.set_left_margin(LM)
    pdf.ln(gap)


def formula(pdf, text):
    pdf.set_font("S", "I", BODY)
    pdf.set_x(LM)
    pdf.cell(TW, LH, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2.6)


def footnotes(pdf, notes):
    """notes: list of (marker, text). Drawn at the foot of the current page."""
    pdf.set_font("S", "", FN)
    # measure the height needed
    lines = 0
    for _m, t in notes:
        lines += len(pdf.multi_cell(TW - 6, FLH, t, dry_run=True, output="LINES"))
    top = 297 - 18 - lines * FLH - 7
    assert pdf.get_y() < top - 2, ("text runs into footnotes", pdf.get_y(), top)
    pdf.set_xy(LM, top)
    pdf.set_font("S", "", 10)
    pdf.cell(40, 4, "_" * 20, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for m, t in notes:
        y = pdf.get_y()
        pdf.set_font("S", "", FN - 1.5)
        pdf.set_xy(LM, y - 0.8)
        pdf.cell(6, FLH, m)
        pdf.set_font("S", "", FN)
        pdf.set_xy(LM + 6, y)
        pdf.multi_cell(TW - 6, FLH, t, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)


def check_bottom(pdf, limit=297 - 22):
    assert pdf.get_y() < limit, ("page overflow", pdf.page_no(), pdf.get_y())


def draft_header(pdf, symbol, date, submitted, title_lines):
    pdf.set_y(18)
    right_line(pdf, symbol, 11, "B")
    right_line(pdf, "Original: English")
    right_line(pdf, date)
    pdf.ln(6)
    pdf.set_font("S", "B", 11)
    pdf.set_x(LM)
    pdf.cell(TW, 6, "NINETIETH SESSION", new_x="LMARGIN", new_y="NEXT")
    rule(pdf)
    pdf.ln(8)
    centre_line(pdf, "DRAFT RESOLUTION", 12, "B")
    pdf.ln(1)
    centre_line(pdf, submitted, 10, "I", 5)
    pdf.ln(4)
    for t in title_lines:
        centre_line(pdf, t, 12, "B")
    pdf.ln(6)
    pdf.set_font("S", "I", BODY)
    pdf.set_x(LM + 12)
    pdf.cell(TW, LH, "The Council,", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2.6)


def build():
    pdf = Doc()
    pdf.set_title("Draft resolutions MC/L/1101, MC/L/1102 and MC/L/1103")
    pdf.set_author("International Organization for Migration")

    # ------------------------------------------------------------------ cover (page 1)
    pdf.running = None
    pdf.add_page()
    pdf.set_y(18)
    right_line(pdf, "MC/L/1101", 11, "B")
    right_line(pdf, "MC/L/1102", 11, "B")
    right_line(pdf, "MC/L/1103", 11, "B")
    pdf.ln(1)
    right_line(pdf, "Original: English")
    right_line(pdf, "25 November 2005")
    pdf.ln(8)
    pdf.set_font("S", "B", 11)
    pdf.set_x(LM)
    pdf.cell(TW, 6, "NINETIETH SESSION", new_x="LMARGIN", new_y="NEXT")
    rule(pdf)
    pdf.set_y(112)
    centre_line(pdf, "DRAFT RESOLUTIONS SUBMITTED TO THE", 14, "B", 8)
    centre_line(pdf, "NINETIETH SESSION OF THE COUNCIL", 14, "B", 8)

    pdf.set_y(232)
    rule(pdf, 20)
    pdf.ln(2)
    pdf.set_font("S", "", 10)
    pdf.set_x(LM)
    pdf.multi_cell(TW, 5, "The three draft resolutions reproduced in this document are submitted to "
                   "the Council for consideration and adoption at its Ninetieth Session, to be held "
                   "in Geneva from 29 November to 2 December 2005.",
                   new_x="LMARGIN", new_y="NEXT")
    # trilingual footer
    pdf.set_font("S", "B", 12)
    pdf.set_xy(LM, 272)
    w = TW / 3
    pdf.cell(w, 6, "COUNCIL", align="L")
    pdf.cell(w, 6, "CONSEIL", align="C")
    pdf.cell(w, 6, "CONSEJO", align="R")

    # ------------------------------------------------------------------ draft I (pages 2-3)
    pdf.running = None
    pdf.add_page()
    draft_header(pdf, "MC/L/1101", "25 November 2005",
                 "(Submitted by the Chairman of the Subcommittee on Budget and Finance)",
                 ["PROGRAMME AND BUDGET FOR 2006"])
    preamble(pdf, [("I", "Having received and examined "),
                   ("", "the Programme and Budget for 2006 (MC/2171) and its "
                        "revised version (MC/2171/Rev.1),"), ("SUP", "1")])
    preamble(pdf, [("I", "Having taken note "),
                   ("", "of the report of the Subcommittee on Budget and Finance on its "
                        "Ninety-third Session (MC/2178),")])
    preamble(pdf, [("I", "Recalling "),
                   ("", "its Resolution No. 1105 (LXXXVIII) of 30 November 2004 on the "
                        "Programme and Budget for 2005,")])
    preamble(pdf, [("I", "Mindful "),
                   ("", "that the Administrative Part of the Budget is met from the assessed "
                        "contributions of Member States, whereas the Operational Part depends on "
                        "voluntary contributions earmarked for specific projects,")])
    preamble(pdf, [("I", "Conscious "),
                   ("", "of the steady expansion of the Organization's field activities and of the "
                        "need to keep its core structure commensurate with them,")])
    formula(pdf, "Resolves:")
    clause(pdf, 1, [("", "To approve the Administrative Part of the Budget for 2006 in the amount "
                         "of CHF 37,119,000, to be financed as follows:")], gap=1.5)
    # table
    x0 = LM + 12
    c1, c2 = 100, 38
    pdf.set_font("S", "I", 10)
    pdf.set_x(x0)
    pdf.cell(c1 + c2, 5, "(in Swiss francs)", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("S", "B", 10)
    pdf.set_x(x0)
    pdf.cell(c1, 6.5, "Source of financing", border="TB")
    pdf.cell(c2, 6.5, "Amount", border="TB", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("S", "", 10)
    rows = [("Assessed contributions of existing Member States", "36,689,000"),
            ("Assessed contributions of new Member States", "430,000")]
    for lab, amt in rows:
        pdf.set_x(x0)
        pdf.cell(c1, 6, lab)
        pdf.cell(c2, 6, amt, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("S", "B", 10)
    pdf.set_x(x0)
    pdf.cell(c1, 6.5, "Total", border="TB")
    pdf.cell(c2, 6.5, "37,119,000", border="TB", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    clause(pdf, 2, [("", "To approve the Operational Part of the Budget for 2006 in the amount of "
                         "USD 624,478,000, on the understanding that activities will be carried out "
                         "only to the extent that voluntary contributions are received;"),
                    ("SUP", "2")])
    print('page 2 y', pdf.get_y())
    footnotes(pdf, [
        ("1", "The revised version replaces the document issued on 14 September 2005 and "
              "incorporates the adjustments to staff and office costs recommended by the "
              "Subcommittee in October 2005."),
        ("2", "The estimate covers only those projects for which funding had been confirmed or "
              "was considered highly likely by 31 October 2005."),
    ])

    pdf.running = ("MC/L/1101", "Page 2")
    pdf.add_page()
    pdf.set_y(32)
    clause(pdf, 3, [("", "To approve the scale of assessment for 2006 set out in Annex I to "
                         "document MC/2171/Rev.1;")])
    clause(pdf, 4, [("", "To authorize the Director General to incur expenditure in 2006 within the "
                         "limits approved in paragraphs 1 and 2 above and, where necessary, to "
                         "transfer funds between the budget lines of the Administrative Part up to "
                         "a ceiling of 5 per cent of each line, any such transfer to be reported to "
                         "the Executive Committee;")])
    clause(pdf, 5, [("", "To urge Member States whose contributions to the Administrative Part of the "
                         "Budget are in arrears to pay them in full without delay or to agree on a "
                         "repayment plan with the Administration;")])
    clause(pdf, 6, [("", "To request the Director General to submit to the Executive Committee at its "
                         "Hundred and third Session, in June 2006, a revision of the Programme and "
                         "Budget for 2006 reflecting the funding actually received.")])
    check_bottom(pdf)

    # ------------------------------------------------------------------ draft II (page 4)
    pdf.running = None
    pdf.add_page()
    draft_header(pdf, "MC/L/1102", "25 November 2005",
                 "(Submitted by the Chairman of the Council)",
                 ["ADMISSION OF NEW MEMBER STATES"])
    preamble(pdf, [("I", "Having received "),
                   ("", "applications for membership in the Organization from four States,"),
                   ("SUP", "1")])
    preamble(pdf, [("I", "Considering "),
                   ("", "that each of the applicant States has stated its commitment to the "
                        "principles and purposes of the Organization and has undertaken to contribute "
                        "to the Administrative Part of the Budget,")])
    preamble(pdf, [("I", "Bearing in mind "),
                   ("", "Article 2(b) of the Constitution,")])
    preamble(pdf, [("I", "Convinced "),
                   ("", "that a wider membership enhances the capacity of the Organization to "
                        "respond to migration challenges in every region,")])
    formula(pdf, "Decides:")
    clause(pdf, 1, [("", "To admit the following States as Members of the International "
                         "Organization for Migration with immediate effect:")], gap=1.5)
    item(pdf, "(a)", "the Republic of Botswana;")
    item(pdf, "(b)", "the Republic of Cape Verde;")
    item(pdf, "(c)", "the Kingdom of Lesotho;")
    item(pdf, "(d)", "Mongolia;")
    pdf.ln(1.2)
    clause(pdf, 2, [("", "To welcome the new Member States and to invite their representatives to "
                         "take their seats at the present session;")])
    clause(pdf, 3, [("", "To request the Director General to inform the Governments concerned of this "
                         "decision and to include their assessed contributions in the scale of "
                         "assessment for 2006.")])
    footnotes(pdf, [
        ("1", "Documents MC/2181 (Botswana), MC/2182 (Cape Verde), MC/2183 (Lesotho) and "
              "MC/2184 (Mongolia)."),
    ])

    # ------------------------------------------------------------------ draft III (page 5)
    pdf.running = None
    pdf.add_page()
    draft_header(pdf, "MC/L/1103", "25 November 2005",
                 "(Submitted by the Rapporteur of the Executive Committee)",
                 ["REPORT ON THE HUNDRED AND SECOND SESSION", "OF THE EXECUTIVE COMMITTEE"])
    preamble(pdf, [("I", "Having considered "),
                   ("", "the report of the Executive Committee on its Hundred and Second Session, "
                        "held in Geneva on 7 and 8 June 2005 (MC/2176),")])
    preamble(pdf, [("I", "Having been informed "),
                   ("", "of the Committee's examination of the Financial Report for the year ended "
                        "31 December 2004 (MC/2165),")])
    preamble(pdf, [("I", "Noting with appreciation "),
                   ("", "the work done by the Executive Committee and its subcommittees during the "
                        "year,")])
    clause(pdf, 1, [("", "Approves the report of the Executive Committee on its Hundred and Second "
                         "Session;"), ("SUP", "1")])
    clause(pdf, 2, [("", "Endorses the decisions and recommendations contained therein, including the "
                         "approval by the Committee of the Financial Report for the year ended "
                         "31 December 2004;")])
    clause(pdf, 3, [("", "Requests the Director General to keep Member States informed of the action "
                         "taken on those recommendations.")])
    footnotes(pdf, [
        ("1", "The report was circulated to all Member States on 20 July 2005; no comments were "
              "received by the deadline of 30 September 2005."),
    ])

    pdf.output(OUT)
    print("wrote", OUT, pdf.page_no(), "pages")


if __name__ == "__main__":
    build()
