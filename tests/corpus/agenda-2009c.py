"""Draws agenda-2009c.pdf: annotated provisional agenda MC/EX/692 of the Hundred and sixth Session of the IOM Executive Committee (2009)."""
import os

from fpdf import FPDF
from fpdf.enums import XPos, YPos

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "agenda-2009c.pdf")

SYMBOL = "MC/EX/692"
LM, RM = 25.0, 20.0          # left / right margins (mm)
PW = 210.0
TEXT_R = PW - RM             # right edge of text
LH = 5.6                     # body line height
NUM_X = LM                   # item number
TITLE_X = LM + 11            # item title
SUB_TXT_X = TITLE_X + 10     # sub-item text
DOC_X = 150.0                # documents column
TITLE_R = 143.0              # right edge of item titles in the list
BOTTOM = 32.0                # bottom margin (room for footnotes)

# ---------------------------------------------------------------- content
AGENDA = [
    ("1", "Opening of the session", [], []),
    ("2", "Election of officers", [], []),
    ("3", "Adoption of the agenda", ["MC/EX/692"], []),
    ("4", "Report of the Director General on the work of the Organization for the year 2008",
     ["MC/2276"], []),
    ("5", "Financial matters", [], [
        ("(a)", "Financial Report for the year ended 31 December 2008", ["MC/2277", "MC/2277/Add.1"]),
        ("(b)", "Status report on outstanding contributions to the Administrative Part of the Budget",
         ["SCPF/31"]),
        ("(c)", "Revision of the Programme and Budget for 2009", ["MC/EX/694", "SCPF/29"]),
    ]),
    ("6", "Report on the Fourth Session of the Standing Committee on Programmes and Finance",
     ["MC/EX/693"], []),
    ("7", "Scale of assessment for 2010", ["SCPF/32"], []),
    ("8", "Human resources matters", [], [
        ("(a)", "Human resources report for 2008", ["SCPF/30"]),
        ("(b)", "Statement by a representative of the Staff Association", []),
    ]),
    ("9", "Funding of the Staff Security Mechanism", ["MC/EX/696", "SCPF/33", "SCPF/21"], []),
    ("10", "Implementation of the IOM Strategy: progress report", ["MC/INF/297", "MC/INF/293"], []),
    ("11", "Date and place of the next session", [], []),
    ("12", "Other business", [], []),
    ("13", "Closure of the session", [], []),
]

FN_MARK = "\x01"   # footnote marker placeholder (must end its paragraph)

ANNOTATIONS = {
    "1": [
        "The Hundred and sixth Session of the Executive Committee will be opened by the outgoing "
        "Chairperson on Tuesday, 30 June 2009, at 10 a.m., in Room XVII of the Palais des Nations, "
        "Geneva.",
    ],
    "2": [
        "In accordance with Rule 9 of its Rules of Procedure, the Executive Committee will elect a "
        "Chairperson, a Vice-Chairperson and a Rapporteur, who will hold office until the next regular "
        "session of the Committee.",
        "Consultations among the regional groups on the nominations for these offices are under way; "
        "their outcome will be communicated to Member States before the opening of the session.",
    ],
    "3": [
        "The provisional agenda contained in the present document was prepared by the Administration "
        "in consultation with the outgoing Chairperson of the Executive Committee. The Committee is "
        "invited to adopt it.",
    ],
    "4": [
        "The Director General will introduce his report on the work of the Organization for the year "
        "2008 (MC/2276), which reviews IOM's activities by service area and by region and presents the "
        "main developments in the Organization's membership, staffing and field structure during the "
        "year.",
        "The Committee is invited to take note of the report, which will also be submitted to the "
        "Council at its regular session in November 2009.",
    ],
    "5": [
        "Under sub-item (a), the Administration will present the Financial Report for the year ended "
        "31 December 2008 (MC/2277), together with the report of the External Auditor contained in "
        "document MC/2277/Add.1. Total expenditure in 2008 amounted to USD 1,016.4 million, of which "
        "CHF 38,594,000 was charged to the Administrative Part of the Budget. The Committee is invited "
        "to approve the Financial Report.",
        "Under sub-item (b), document SCPF/31 sets out the position of assessed contributions to the "
        "Administrative Part of the Budget. The Committee may wish to renew its appeal to the Member "
        "States concerned to pay their contributions in full or to agree on a payment plan with the "
        "Administration. As at 30 April 2009, eighteen Member States were subject to Article 4 of the "
        "Constitution, with arrears totalling CHF 4,371,502." + FN_MARK,
        "Under sub-item (c), the Committee will consider the Revision of the Programme and Budget for "
        "2009 (MC/EX/694), which raises the Operational Part of the Budget from USD 637.6 million in the "
        "original Programme and Budget for 2009 (MC/2262) to USD 951.3 million, reflecting new "
        "activities funded since the budget was approved. The Administrative Part of the Budget "
        "remains unchanged at CHF 39,388,000. The revision was examined in draft form by the Standing "
        "Committee on Programmes and Finance (SCPF/29).",
    ],
    "6": [
        "The Standing Committee on Programmes and Finance held its Fourth Session on 12 and 13 May "
        "2009. Its report (MC/EX/693) contains the Standing Committee's recommendations on the matters "
        "before the Executive Committee under agenda items 5, 7, 8 and 9.",
        "The Executive Committee is invited to take note of the report and to endorse the "
        "recommendations it contains.",
    ],
    "7": [
        "Document SCPF/32 sets out the proposed scale of assessment for 2010, which has been aligned "
        "with the United Nations scale of assessment and takes into account the admission of four new "
        "Member States in 2008. The Standing Committee recommended that the proposed scale be "
        "submitted to the Council for adoption.",
    ],
    "8": [
        "Under sub-item (a), the Administration will present its human resources report for 2008 "
        "(SCPF/30), which gives the composition of the staff by category, grade, gender and nationality "
        "as at 31 December 2008 and describes the measures taken to improve geographical balance and "
        "gender parity among Professional staff.",
        "Under sub-item (b), a representative of the Staff Association will address the Committee, in "
        "accordance with established practice.",
    ],
    "9": [
        "Document MC/EX/696 reviews the funding of the Staff Security Mechanism, which was established "
        "in 2002 to meet the Organization's obligations under the United Nations Security Management "
        "System. It proposes that the current rate of 1 per cent of staff and office costs be "
        "maintained for 2010 and that the reserve of the Mechanism be capped at USD 5 million. The "
        "earlier funding arrangements are described in document SCPF/21.",
        "The comments of the Standing Committee on the proposal are contained in document SCPF/33.",
    ],
    "10": [
        "The IOM Strategy was adopted by the Council in Resolution No. 1150 of 7 June 2007. Document "
        "MC/INF/297 reports on the progress made in implementing the 12 strategic activities set out in "
        "the Strategy and follows up on the first progress report, submitted in 2008 (MC/INF/293).",
        "Member States are invited to comment on the report and to provide guidance to the "
        "Administration for the review of the Strategy, which is to be presented to the Council in "
        "2010.",
    ],
    "11": [
        "The Committee is invited to decide provisionally that its Hundred and seventh Session will be "
        "held in Geneva in June 2010. The exact dates will be confirmed after consultation with the "
        "Bureau of the Executive Committee, taking into account the availability of conference "
        "facilities.",
    ],
    "12": [
        "At the time of writing, no other business had been notified to the Administration. Member "
        "States wishing to raise a matter under this item are invited to inform the Administration in "
        "advance.",
    ],
    "13": [
        "The Chairperson is expected to close the session on Wednesday, 1 July 2009. The draft report "
        "on the session will be prepared by the Rapporteur and submitted to the Committee for approval "
        "at its next session.",
    ],
}

FOOTNOTE = ("1", "An updated status report as at 15 June 2009 will be made available to the "
                 "Committee at the session as a conference room paper.")


# ---------------------------------------------------------------- drawing
class Doc(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("Times", "", 12)
        self.set_xy(LM, 12)
        self.cell(TEXT_R - LM, 5.2, SYMBOL, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.cell(TEXT_R - LM, 5.2, f"Page {self.page_no() - 1}", align="R",
                  new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_y(32)

    def footer(self):
        if self.page_no() != 1:
            return
        # trilingual cover footer of the organ
        self.set_draw_color(0, 0, 0)
        self.set_line_width(0.5)
        self.line(LM, 268, TEXT_R, 268)
        self.set_font("Helvetica", "B", 10)
        third = (TEXT_R - LM) / 3
        self.set_xy(LM, 271)
        self.cell(third, 5, "EXECUTIVE COMMITTEE", align="L")
        self.cell(third, 5, "COMITÉ EXÉCUTIF", align="C")
        self.cell(third, 5, "COMITÉ EJECUTIVO", align="R")


pdf = Doc(format="A4", unit="mm")
pdf.core_fonts_encoding = "windows-1252"
pdf.set_margins(LM, 20, RM)
pdf.set_auto_page_break(True, BOTTOM)
pdf.set_title("MC/EX/692 Annotated provisional agenda")

# ---- cover page
pdf.add_page()
pdf.set_font("Times", "", 12)
pdf.set_xy(LM, 20)
for line in (SYMBOL, "", "Original: English", "28 May 2009"):
    pdf.cell(TEXT_R - LM, 5.6, line, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.set_font("Times", "B", 12)
pdf.set_y(72)
pdf.cell(TEXT_R - LM, 6, "HUNDRED AND SIXTH SESSION", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.set_line_width(0.3)
pdf.line(LM, 84, TEXT_R, 84)
pdf.set_y(118)
pdf.set_font("Times", "B", 14)
pdf.cell(TEXT_R - LM, 7, "ANNOTATED PROVISIONAL AGENDA", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)

# ---- page 1: running title and the agenda list
pdf.add_page()
pdf.set_font("Times", "B", 12)
pdf.set_y(40)
pdf.cell(TEXT_R - LM, 6, "ANNOTATED PROVISIONAL AGENDA", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(10)


def list_entry(label_x, label, text_x, text, docs):
    """One line-group of the agenda list: label, wrapped title, symbols in the right column."""
    pdf.set_font("Times", "", 12)
    y0 = pdf.get_y()
    lines = pdf.multi_cell(TITLE_R - text_x, LH, text, dry_run=True, output="LINES")
    n = max(len(lines), len(docs))
    pdf.set_xy(label_x, y0)
    pdf.cell(text_x - label_x, LH, label)
    for i, ln_ in enumerate(lines):
        pdf.set_xy(text_x, y0 + i * LH)
        pdf.cell(TITLE_R - text_x, LH, ln_)
    for i, d in enumerate(docs):
        pdf.set_xy(DOC_X, y0 + i * LH)
        pdf.cell(TEXT_R - DOC_X, LH, d)
    pdf.set_y(y0 + n * LH)


for num, title, docs, subs in AGENDA:
    list_entry(NUM_X, num + ".", TITLE_X, title, docs)
    for lab, stitle, sdocs in subs:
        pdf.ln(2.2)
        list_entry(TITLE_X, lab, SUB_TXT_X, stitle, sdocs)
    pdf.ln(4.2)

# ---- annotations
pdf.ln(6)
pdf.set_font("Times", "B", 12)
pdf.cell(TEXT_R - LM, 6, "ANNOTATIONS", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(6)

fn_pos = None


def need(h):
    if pdf.get_y() + h > pdf.page_break_trigger:
        pdf.add_page()


for num, title, docs, subs in AGENDA:
    need(LH * 4)
    pdf.set_font("Times", "B", 12)
    y0 = pdf.get_y()
    pdf.set_xy(NUM_X, y0)
    pdf.cell(TITLE_X - NUM_X, LH, num + ".")
    pdf.set_xy(TITLE_X, y0)
    pdf.multi_cell(TEXT_R - TITLE_X, LH, title, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3.0)
    pdf.set_font("Times", "", 12)
    for para in ANNOTATIONS[num]:
        has_fn = para.endswith(FN_MARK)
        text = para.replace(FN_MARK, "")
        pdf.set_x(TITLE_X)
        lines = pdf.multi_cell(TEXT_R - TITLE_X, LH, text, dry_run=True, output="LINES")
        if len(lines) <= 3:
            need(LH * len(lines))
        else:
            need(LH * 2)
        pdf.set_x(TITLE_X)
        pdf.multi_cell(TEXT_R - TITLE_X, LH, text, align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if has_fn:
            last = lines[-1]
            x = TITLE_X + pdf.get_string_width(last) + 0.3
            y = pdf.get_y() - LH
            fn_pos = (pdf.page_no(), x, y)
        pdf.ln(3.4)
    pdf.ln(2.6)

# ---- the footnote, at the foot of the page that carries its marker
page, x, y = fn_pos
last_page = pdf.page_no()
pdf.page = page
pdf.set_auto_page_break(False)
pdf.set_font("Times", "", 8)
pdf.set_xy(x, y + 0.2)
pdf.cell(3, 3.2, FOOTNOTE[0])
pdf.set_line_width(0.2)
fy = 297 - BOTTOM + 4
pdf.line(LM, fy, LM + 50, fy)
pdf.set_xy(LM, fy + 1.6)
pdf.set_font("Times", "", 7)
pdf.cell(3, 3, FOOTNOTE[0])
pdf.set_font("Times", "", 10)
pdf.set_xy(LM + 3, fy + 2)
pdf.multi_cell(TEXT_R - LM - 3, 4.4, FOOTNOTE[1], align="L")
pdf.page = last_page

pdf.output(OUT)
print("pages:", last_page)
