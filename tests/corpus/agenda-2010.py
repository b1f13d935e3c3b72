# Draws agenda-2010.pdf: annotated provisional agenda, SCPF Seventh Session (2010).
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

W, H = A4
LM, RM = 72, W - 72          # text margins
TOP, BOTTOM = H - 60, 70
SYM = "SCPF/47"
NUM_X = LM                   # hanging item number
T1 = LM + 30                 # item title / annotation indent
T2 = T1 + 28                 # lettered sub-items text
T3 = T2 + 28                 # (i)/(ii) text
DOC_X = 440                  # documents column
TITLE_R = DOC_X - 16         # right limit of titles
LEAD = 14.2
F, FB, FI = "Times-Roman", "Times-Bold", "Times-Italic"
SZ = 11

def wrap(text, font, size, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if stringWidth(t, font, size) <= width:
            cur = t
        else:
            lines.append(cur); cur = w
    if cur:
        lines.append(cur)
    return lines

# ----------------------------------------------------------------- content
# Each entry: (kind, ...). Kinds: item, sub, subsub, note
ITEMS = [
    ("item", "1.", "Adoption of the agenda", [SYM]),
    ("note", "The Standing Committee will be invited to adopt the provisional agenda set out in the "
             "present document. A provisional timetable of meetings will be made available to "
             "delegations on the first day of the session."),
    ("item", "2.", "Statement by the Director General", []),
    ("item", "3.", "Status report on outstanding contributions to the Administrative Part of the Budget",
     ["SCPF/49"]),
    ("note", "The Administration will report on assessed contributions received as at 30 September 2010 "
             "and on the Member States subject to the provisions of Article 4 of the Constitution. "
             "Member States in arrears are urged to settle their dues in full or to agree on a "
             "payment plan with the Administration."),
    ("item", "4.", "Revision of the Programme and Budget for 2010", ["SCPF/50"]),
    ("note", "The revision updates the Operational Part of the Budget to reflect the new activities and "
             "funding received since the Sixth Session, notably for the emergency operations in Haiti "
             "and Pakistan. The Committee will be asked to recommend that the Council take note of it."
             " Written comments received in advance will be circulated."),
    ("item", "5.", "Programme and Budget for 2011", ["MC/2303", "MC/2303/Corr.1"]),
    ("note", "The Committee will examine the proposed Programme and Budget for 2011, in which the "
             "Administrative Part of the Budget is kept at zero nominal growth at CHF 39,388,000, and "
             "will make its recommendation to the Ninety-ninth Session of the Council. The corrigendum "
             "replaces the staffing table in Part I and the related figures in the summary tables; "
             "delegations are requested to use the corrected version during the discussion."),
    ("item", "6.", "Budgetary and financial questions:", []),
    ("sub", "(a)", "Scale of assessment for 2011", ["SCPF/51"]),
    ("sub", "(b)", "Use of Operational Support Income", ["SCPF/52"]),
    ("sub", "(c)", "Report of the Working Group on Budget Reform", ["SCPF/48"]),
    ("note", "Under sub-item (c), the Chairperson of the Working Group will present its conclusions on "
             "the options for a sustainable funding of the core structure, which build on the "
             "exchanges held at the Sixth Session. Members will then be invited to agree on the "
             "recommendations to be transmitted to the Council."),
    ("item", "7.", "Status of the 1035 Facility", ["SCPF/53"]),
    ("note", "The Administration will report on the projects funded in 2010 under the Facility, created "
             "pursuant to Council Resolution No. 1035 (LXXX) of 29 November 2000, and on the allocation "
             "criteria proposed for 2011."),
    ("item", "8.", "Human resources and staff matters:", []),
    ("sub", "(a)", "Human resources report", ["SCPF/54"]),
    ("sub", "(b)", "Staff Regulations and Staff Rules:", []),
    ("subsub", "(i)", "Proposed amendments to the Staff Regulations", ["SCPF/55"]),
    ("subsub", "(ii)", "Amendments to the Staff Rules for Officials", ["SCPF/56"]),
    ("note", "The amendments proposed under sub-item (b)(i) require the approval of the Council; those "
             "listed under sub-item (b)(ii) are submitted for information. The Committee will also be "
             "briefed on the gender balance among staff in the Professional category."),
    ("item", "9.", "Review of the IOM Strategy", ["MC/INF/302"]),
    ("note", "The Committee will continue its review of the IOM Strategy adopted by the Council in "
             "Resolution No. 1150 of 7 June 2007, on the basis of the background document prepared by "
             "the Administration and the written comments received from Member States in September 2010."),
    ("item", "10.", "Follow-up to the recommendations of the External Auditor", ["SCPF/57"]),
    ("note", "A progress report sets out the measures taken to implement the recommendations contained "
             "in the External Auditor's report on the financial statements for the year 2009, with an "
             "indicative timetable for those still outstanding."),
    ("item", "11.", "Update on the structural review", ["SCPF/58"], "1"),
    ("note", "The Director General will brief the Committee on the implementation of the structural "
             "review, including the establishment of the regional offices and the transfer of "
             "administrative functions to Manila and Panama."),
    ("item", "12.", "Other business", []),
    ("item", "13.", "Date of the next session", []),
    ("note", "The Eighth Session of the Standing Committee is provisionally scheduled for May 2011. The "
             "exact dates will be confirmed after consultation with the Chairperson."),
]

FOOTNOTE = ("The structural review was first presented to the Committee at its Sixth Session; see the "
            "Report on the Sixth Session of the Standing Committee on Programmes and Finance (SCPF/45), "
            "paragraphs 52 to 60.")

# ----------------------------------------------------------------- build line list
def build():
    """Return a list of blocks; each block is a list of draw-ops lines plus space before."""
    blocks = []
    for e in ITEMS:
        kind = e[0]
        if kind == "note":
            lines = wrap(e[1], FI, SZ, RM - T1)
            blocks.append({"gap": 6, "lines": [[("t", T1, l, FI, SZ)] for l in lines]})
            continue
        label, text, docs = e[1], e[2], e[3]
        marker = e[4] if len(e) > 4 else None
        if kind == "item":
            lx, tx, font, gap = NUM_X, T1, FB, 17
        elif kind == "sub":
            lx, tx, font, gap = T1, T2, F, 6
        else:
            lx, tx, font, gap = T2, T3, F, 3
        tl = wrap(text, font, SZ, TITLE_R - tx)
        n = max(len(tl), len(docs))
        lines = []
        for i in range(n):
            ops = []
            if i == 0:
                ops.append(("t", lx, label, font, SZ))
            if i < len(tl):
                ops.append(("t", tx, tl[i], font, SZ))
                if marker and i == len(tl) - 1:
                    ops.append(("sup", tx + stringWidth(tl[i], font, SZ) + 0.5, marker))
            if i < len(docs):
                ops.append(("t", DOC_X, docs[i], F, SZ))
            lines.append(ops)
        blocks.append({"gap": gap, "lines": lines, "marker": marker})
    return blocks

FN_LINES = wrap(FOOTNOTE, F, 9, RM - LM - 12)
FN_H = 14 + len(FN_LINES) * 11

def layout(fn_page):
    """Place lines; returns list of pages (list of (y, ops)) and the page holding the marker."""
    blocks = build()
    pages, cur = [], []
    y = FIRST_Y
    page_no = 0
    marker_page = None
    def bottom(p):
        return BOTTOM + (FN_H if p == fn_page else 0) + (P0_EXTRA if p == 0 else 0)
    for b in blocks:
        y -= b["gap"]
        for k, ops in enumerate(b["lines"]):
            if y - LEAD < bottom(page_no):
                pages.append(cur); cur = []; page_no += 1
                y = TOP - 40
            y -= LEAD
            cur.append((y, ops))
            if any(o[0] == "sup" for o in ops):
                marker_page = page_no
    pages.append(cur)
    return pages, marker_page

FIRST_Y = H - 300
import os
P0_EXTRA = int(os.environ.get("P0", "38"))

fn_page = None
for _ in range(5):
    pages, mp = layout(fn_page)
    if mp == fn_page:
        break
    fn_page = mp

# ----------------------------------------------------------------- draw
c = canvas.Canvas("agenda-2010.pdf", pagesize=A4)
c.setTitle("SCPF/47 - Annotated provisional agenda")
c.setAuthor("International Organization for Migration")

def cover():
    c.setFont(FB, 12)
    c.drawRightString(RM, H - 60, SYM)
    c.setFont(F, 11)
    c.drawRightString(RM, H - 76, "Original: English")
    c.drawRightString(RM, H - 90, "8 October 2010")
    c.setFont(FB, 12)
    c.drawCentredString(W / 2, H - 150, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE")
    c.setFont(FB, 11)
    c.drawCentredString(W / 2, H - 170, "SEVENTH SESSION")
    c.setFont(F, 11)
    c.drawCentredString(W / 2, H - 188, "26-27 October 2010")
    c.setLineWidth(0.8)
    c.line(LM, H - 206, RM, H - 206)
    c.setFont(FB, 13)
    c.drawCentredString(W / 2, H - 236, "ANNOTATED PROVISIONAL AGENDA")
    # column heading
    c.setFont(FB, 11)
    c.drawString(DOC_X, H - 276, "Documents")
    c.setLineWidth(0.4)
    c.line(DOC_X, H - 278, DOC_X + stringWidth("Documents", FB, 11), H - 278)
    # trilingual footer, the three names stacked
    c.setLineWidth(0.5)
    c.line(LM, 66, RM, 66)
    c.setFont("Helvetica-Bold", 7)
    for k, p in enumerate(["STANDING COMMITTEE ON PROGRAMMES AND FINANCE",
                           "COMIT\u00c9 PERMANENT DES PROGRAMMES ET DES FINANCES",
                           "COMIT\u00c9 PERMANENTE DE PROGRAMAS Y FINANZAS"]):
        c.drawCentredString(W / 2, 55 - 9 * k, p)

def running_header(n):
    c.setFont(F, 11)
    c.drawRightString(RM, H - 50, SYM)
    c.drawRightString(RM, H - 64, "Page %d" % n)

for i, pg in enumerate(pages):
    if i == 0:
        cover()
    else:
        running_header(i + 1)
    for y, ops in pg:
        for o in ops:
            if o[0] == "t":
                c.setFont(o[3], o[4]); c.drawString(o[1], y, o[2])
            else:
                c.setFont(F, 7); c.drawString(o[1], y + 4.5, o[2])
    if i == fn_page:
        top = BOTTOM + FN_H - 4
        c.setLineWidth(0.5)
        c.line(LM, top, LM + 120, top)
        yy = top - 12
        c.setFont(F, 7); c.drawString(LM + 2, yy + 3, "1")
        for l in FN_LINES:
            c.setFont(F, 9); c.drawString(LM + 12, yy, l); yy -= 11
    c.showPage()
c.save()
print("pages:", len(pages), "footnote page:", fn_page + 1)
