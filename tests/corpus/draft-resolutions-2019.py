#!/usr/bin/env python
"""Write draft-resolutions-2019.docx: four draft resolutions of the IOM Council
(110th Session, November 2019) compiled under one cover, each draft on its own page
with its own header block."""
import os

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "draft-resolutions-2019.docx")

FONT = "Times New Roman"
DATE = "20 November 2019"

doc = Document()

# ---- page and base style -------------------------------------------------------
sec = doc.sections[0]
sec.page_width = Cm(21.0)
sec.page_height = Cm(29.7)
sec.left_margin = Cm(2.5)
sec.right_margin = Cm(2.3)
sec.top_margin = Cm(2.0)
sec.bottom_margin = Cm(2.2)

normal = doc.styles["Normal"]
normal.font.name = FONT
normal.font.size = Pt(12)
rpr = normal.element.get_or_add_rPr()
rfonts = rpr.find(qn("w:rFonts"))
if rfonts is None:
    rfonts = rpr.makeelement(qn("w:rFonts"), {})
    rpr.append(rfonts)
for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
    rfonts.set(qn(attr), FONT)
normal.paragraph_format.space_before = Pt(0)
normal.paragraph_format.space_after = Pt(0)
normal.paragraph_format.line_spacing = 1.0

HEADER_INDENT = Cm(11.6)   # the header block sits at the top right, left-aligned


def para(text="", *, bold=False, italic=False, align=None, before=0, after=0,
         left=None, first=None, size=None, keep_next=False):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if align is not None:
        p.alignment = align
    if left is not None:
        pf.left_indent = left
    if first is not None:
        pf.first_line_indent = first
    if keep_next:
        pf.keep_with_next = True
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return p


def runs(p, parts):
    """parts: list of (text, style) with style in '', 'i', 'b'."""
    for text, style in parts:
        r = p.add_run(text)
        if "i" in style:
            r.italic = True
        if "b" in style:
            r.bold = True
    return p


NEW_PAGE = [False]


def header_block(symbol_lines, organ_session=True):
    for i, s in enumerate(symbol_lines):
        p = para(s, left=HEADER_INDENT)
        if i == 0 and NEW_PAGE[0]:
            p.paragraph_format.page_break_before = True
            NEW_PAGE[0] = False
    para("Original: English", left=HEADER_INDENT, before=0)
    para(DATE, left=HEADER_INDENT)
    if organ_session:
        para("COUNCIL", bold=True, before=18)
        para("110th Session", bold=True)


def page_break():
    # each draft begins on a new page: the next header line carries page-break-before
    NEW_PAGE[0] = True


def draft(symbol, title_lines, preamble, operative):
    """preamble: list of (italic_opening, rest).
    operative: list of (italic_verb, rest, subitems) ; subitems list of (label, text)."""
    header_block([symbol])
    para("DRAFT RESOLUTION", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=30)
    for i, t in enumerate(title_lines):
        para(t, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=12 if i == 0 else 0)
    para("The Council,", before=24, after=12, first=Cm(1.25))
    for opening, rest in preamble:
        p = para(after=12, first=Cm(1.25), align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        runs(p, [(opening, "i"), (rest, "")])
    for n, (verb, rest, subs) in enumerate(operative, start=1):
        p = para(after=12, first=Cm(1.25), align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(2.5))
        runs(p, [(f"{n}.\t", ""), (verb, "i"), (rest, "")])
        for label, text in subs:
            q = para(after=8, left=Cm(3.75), first=Cm(-1.25), align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            q.paragraph_format.tab_stops.add_tab_stop(Cm(3.75))
            runs(q, [(f"{label}\t", ""), (text, "")])
        if subs:
            # a little air after the last sub-item
            doc.paragraphs[-1].paragraph_format.space_after = Pt(12)


# ---- cover -----------------------------------------------------------------------
header_block(["C/110/L/3, C/110/L/4,", "C/110/L/5 and C/110/L/6"])
para("DRAFT RESOLUTIONS", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=150)
para("SUBMITTED TO THE 110TH SESSION OF THE COUNCIL", bold=True,
     align=WD_ALIGN_PARAGRAPH.CENTER)
# cover note at the foot of the page, under a typed rule
para("__________", before=395)
para("The draft resolutions in this compilation are reproduced in the order of the items of "
     "the provisional agenda (C/110/1) to which they relate. Each draft keeps its own symbol "
     "and begins on a separate page.", size=10, before=4)
page_break()

# ---- C/110/L/3 : observer status --------------------------------------------------
draft(
    "C/110/L/3",
    ["APPLICATION BY THE ECONOMIC COMMUNITY OF CENTRAL AFRICAN STATES "
     "FOR REPRESENTATION BY AN OBSERVER"],
    [
        ("Having received", " the request of the Economic Community of Central African States "
         "for representation by an observer at the meetings of the Council, set out in "
         "document C/110/4,"),
        ("Recalling", " the criteria for the granting of observer status to "
         "intergovernmental organizations established by Resolution No. 1285 of "
         "25 November 2014,"),
        ("Convinced", " that the Economic Community of Central African States can make a "
         "valuable contribution to the work of the Organization, in particular to the "
         "promotion of regional cooperation on labour mobility and free movement in "
         "Central Africa,"),
    ],
    [
        ("Decides", " to grant the Economic Community of Central African States the status "
         "of observer at the meetings of the Council, with effect from the date of adoption "
         "of the present resolution;", []),
        ("Invites", " the Director General to inform the President of the Commission of the "
         "Economic Community of Central African States of this decision.", []),
    ],
)
page_break()

# ---- C/110/L/4 : report on the 109th Session ---------------------------------------
draft(
    "C/110/L/4",
    ["REPORT ON THE 109TH SESSION OF THE COUNCIL"],
    [
        ("Having considered", " the draft report on its 109th Session (C/109/L/12),"),
        ("Noting", " that the draft report was circulated to all Member States on "
         "8 March 2019 and that the corrections received by 5 April 2019 have been "
         "incorporated in it,"),
    ],
    [
        ("Approves", " the report on its 109th Session contained in document C/109/L/12, "
         "as corrected;", []),
        ("Expresses", " its appreciation to the Rapporteur of the 109th Session for her work "
         "in the preparation of the report.", []),
    ],
)
page_break()

# ---- C/110/L/5 : SCPF reports --------------------------------------------------------
draft(
    "C/110/L/5",
    ["REPORTS ON THE TWENTY-FOURTH AND TWENTY-FIFTH SESSIONS OF THE",
     "STANDING COMMITTEE ON PROGRAMMES AND FINANCE"],
    [
        ("Recalling", " that, under its terms of reference, the Standing Committee on "
         "Programmes and Finance examines and reviews the policies, programmes and "
         "activities of the Organization, as well as budgetary, financial and "
         "administrative matters, and reports to the Council,"),
        ("Having received", " the reports on the Twenty-fourth Session (S/24/14) and the "
         "Twenty-fifth Session (S/25/17) of the Standing Committee on Programmes and "
         "Finance, held in Geneva from 25 to 26 June 2019 and from 29 to "
         "30 October 2019 respectively,"),
        ("Noting with appreciation", " the work accomplished by the Standing Committee "
         "during 2019,"),
    ],
    [
        ("Takes note", " of the reports on the Twenty-fourth and Twenty-fifth Sessions of "
         "the Standing Committee on Programmes and Finance;", []),
        ("Endorses", " the decisions and recommendations of the Standing Committee contained "
         "in those reports;", []),
        ("Requests", " the Standing Committee to continue to report to the Council on its "
         "work at each regular session.", []),
    ],
)
page_break()

# ---- C/110/L/6 : Programme and Budget for 2020 ---------------------------------------
draft(
    "C/110/L/6",
    ["PROGRAMME AND BUDGET FOR 2020"],
    [
        ("Having considered", " the Programme and Budget for 2020 (C/110/6),"),
        ("Having received", " the comments and recommendations of the Standing Committee "
         "on Programmes and Finance at its Twenty-fifth Session (S/25/17),"),
        ("Recalling", " Resolutions Nos. 1370 and 1371 of 27 November 2018 on the Programme "
         "and Budget for 2019 and on the scale of assessment for 2019,"),
        ("Mindful", " of the commitments arising from the Global Compact for Safe, Orderly "
         "and Regular Migration, endorsed by the United Nations General Assembly in "
         "resolution 73/195,"),
    ],
    [
        ("Approves", " the Programme and Budget for 2020, which provides for:", [
            ("(a)", "an Administrative Part of the Budget amounting to CHF 52,205,479, to be "
                    "financed from the assessed contributions of Member States in accordance "
                    "with the scale of assessment for 2020 (S/25/4);"),
            ("(b)", "an Operational Part of the Budget amounting to USD 1,061,487,000, to be "
                    "financed from voluntary contributions; and"),
            ("(c)", "Operational Support Income estimated at USD 137,500,000;"),
        ]),
        ("Urges", " Member States to pay their assessed contributions for 2020 in full and as "
         "early in the year as possible;", []),
        ("Authorizes", " the Director General to incur expenditure for additional projects "
         "within the limits of the voluntary contributions received for them;", []),
        ("Requests", " the Director General to submit a revision of the Programme and Budget "
         "for 2020 to the Standing Committee on Programmes and Finance at its Twenty-sixth "
         "Session, in June 2020.", []),
    ],
)

doc.save(OUT)
print("wrote", OUT)
