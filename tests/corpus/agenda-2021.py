"""Write agenda-2021.docx: provisional agenda of the 112th Session of the IOM Council (C/112/1)."""
import os
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_ALIGN_VERTICAL
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
SYMBOL = "C/112/1"

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
sec.left_margin = Cm(2.5)
sec.right_margin = Cm(2.2)
sec.top_margin = Cm(2.3)
sec.bottom_margin = Cm(2.0)
sec.header_distance = Cm(1.2)

st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(11)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
st.paragraph_format.space_after = Pt(0)
st.paragraph_format.space_before = Pt(0)


def para(text="", bold=False, italic=False, align=None, after=0, before=0, container=None, size=None):
    c = container if container is not None else doc
    p = c.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_after = Pt(after)
    p.paragraph_format.space_before = Pt(before)
    return p


def add_page_field(p):
    r = p.add_run()
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
    r2 = p.add_run()
    t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = " PAGE "; r2._r.append(t)
    r3 = p.add_run()
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); r3._r.append(s)
    r4 = p.add_run("2")
    r5 = p.add_run()
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r5._r.append(e)


# running header on pages after the first: symbol, then page label
sec.different_first_page_header_footer = True
hdr = sec.header
hp = hdr.paragraphs[0]
hp.text = SYMBOL
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
hp2 = hdr.add_paragraph()
hp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
hp2.add_run("Page ")
add_page_field(hp2)
hp2.paragraph_format.space_after = Pt(6)
sec.first_page_header.paragraphs[0].text = ""

# ---- cover block ----
R = WD_ALIGN_PARAGRAPH.RIGHT
para(SYMBOL, bold=True, align=R)
para("Original: English", align=R)
para("8 October 2021", align=R, after=30)

para("COUNCIL", bold=True, after=0)
para("112th Session", bold=True, after=14)

para("Geneva", after=0)
para("29 November to 1 December 2021", after=36)

para("PROVISIONAL AGENDA", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=18)

note = para(
    "In light of the continuing restrictions related to the COVID-19 pandemic, the 112th Session "
    "will be held in a hybrid format, with a limited in-person presence at the Centre International "
    "de Conférences Genève and remote participation through a virtual platform. The practical "
    "arrangements for registration, interpretation and the delivery of statements are described in "
    "document C/112/INF/2.",
    italic=True, after=18)
note.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

# ---- agenda table: item text left, document symbols right; no borders ----
ITEMS = [
    ("1.", "Opening of the session", []),
    ("2.", "Credentials of representatives and observers", []),
    ("3.", "Election of officers", []),
    ("4.", "Adoption of the agenda", [SYMBOL]),
    ("5.", "Applications for representation by an observer:", []),
    ("(a)", "Application by the Pacific Islands Forum Secretariat for representation "
            "by an observer", ["C/112/3"]),
    ("(b)", "Application by the Ibero-American General Secretariat for representation "
            "by an observer", ["C/112/4"]),
    ("6.", "Statement by the Director General", []),
    ("7.", "General debate: \u201cMobility in the time of COVID-19: lessons learned and the "
           "road to recovery\u201d", []),
    ("8.", "Report of the Director General on the work of the Organization for the year 2020",
     ["C/112/INF/1"]),
    ("9.", "Reports of the Standing Committee on Programmes and Finance:", []),
    ("(a)", "Report on the Twenty-eighth Session of the Standing Committee on Programmes "
            "and Finance", ["S/28/11"]),
    ("(b)", "Report on the Twenty-ninth Session of the Standing Committee on Programmes "
            "and Finance", ["S/29/12"]),
    ("10.", "Financial Report for the year ended 31 December 2020", ["C/112/5", "S/28/4"]),
    ("11.", "Programme and Budget for 2022", ["C/112/6", "C/112/6/Add.1"]),
    ("12.", "Status report on outstanding contributions to the Administrative Part of the Budget",
     ["C/112/7"]),
    ("13.", "Governance matters:", []),
    ("(a)", "Report of the Working Group on IOM Partnerships, Governance and Organizational "
            "Priorities", ["C/112/8"]),
    ("(b)", "Revised terms of reference of the Audit and Oversight Advisory Committee",
     ["C/112/9/Rev.1"]),
    ("(c)", "Follow-up to Resolution No. 1395 of 26 November 2020 on the internal governance "
            "framework of the Organization", ["C/112/10"]),
    ("14.", "Date and place of the next regular session", []),
    ("15.", "Other business", []),
    ("16.", "Closure of the session", []),
]

W1, W2 = Cm(13.0), Cm(3.3)
tbl = doc.add_table(rows=0, cols=2)
tbl.alignment = WD_TABLE_ALIGNMENT.LEFT
tbl.autofit = False
# explicitly no borders
tblPr = tbl._tbl.tblPr
borders = OxmlElement("w:tblBorders")
for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
    el = OxmlElement(f"w:{edge}"); el.set(qn("w:val"), "nil"); borders.append(el)
tblPr.append(borders)

tbl.columns[0].width = W1
tbl.columns[1].width = W2

for label, text, syms in ITEMS:
    sub = label.startswith("(")
    row = tbl.add_row()
    trPr = row._tr.get_or_add_trPr()
    cs = OxmlElement("w:cantSplit"); trPr.append(cs)
    c1, c2 = row.cells
    c1.width, c2.width = W1, W2
    p = c1.paragraphs[0]
    indent = Cm(2.2) if sub else Cm(1.1)
    p.paragraph_format.left_indent = indent
    p.paragraph_format.first_line_indent = -Cm(1.1)
    p.paragraph_format.tab_stops.add_tab_stop(indent)
    p.paragraph_format.space_after = Pt(12)
    p.add_run(f"{label}\t{text}")
    p2 = c2.paragraphs[0]
    p2.paragraph_format.space_after = Pt(12)
    for i, s in enumerate(syms):
        if i:
            p2.add_run().add_break()
        p2.add_run(s)
    # symbols sit against the last line of a wrapped item, as in the printed agendas
    c2.vertical_alignment = WD_ALIGN_VERTICAL.BOTTOM if len(syms) == 1 else WD_ALIGN_VERTICAL.TOP

doc.save(os.path.join(HERE, "agenda-2021.docx"))
print("written")
