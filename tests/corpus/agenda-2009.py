# Draws agenda-2009.pdf: annotated provisional agenda of the Ninety-eighth Session of the Council (2009).
import re
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

W, H = A4
LM, RM = 72, W - 72          # text block
NUMX, TXTX = 72, 108         # hanging number, text after it
TOP = H - 60
BOTTOM = 56
SYMBOL = "MC/2283"
FS = 11
LEAD = 13

R, B, I, BI = "Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic"

c = canvas.Canvas("agenda-2009.pdf", pagesize=A4)
c.setTitle("MC/2283 - Annotated provisional agenda of the Ninety-eighth Session of the Council")
c.setAuthor("International Organization for Migration")

FOOTNOTES = {
    "1": "The theme selected for the dialogue in 2009, following consultations with Member States, is "
         "\u201cHuman rights and migration: working together for safe, dignified and secure migration\u201d. "
         "A programme of the panel discussions will be made available at the session.",
    "2": "See Resolution No. 1171 of 26 November 2008 on the payment of outstanding contributions, and the "
         "status report submitted to the Standing Committee on Programmes and Finance at its Third Session "
         "(SCPF/31).",
}

# ---------------------------------------------------------------- rich words
def words_of(text, font):
    """Split text into words; each word is a list of (string, font, size, rise)."""
    out = []
    for w in text.split(" "):
        if not w:
            continue
        segs = []
        for part in re.split(r"(\{\d+\})", w):
            if not part:
                continue
            m = re.fullmatch(r"\{(\d+)\}", part)
            if m:
                segs.append((m.group(1), R, 7, 4))
            else:
                segs.append((part, font, FS, 0))
        out.append(segs)
    return out

def wwidth(word):
    return sum(stringWidth(s, f, z) for s, f, z, r in word)

def wrap(text, font, width):
    words = words_of(text, font)
    lines, cur, cw = [], [], 0
    sp = stringWidth(" ", font, FS)
    for w in words:
        ww = wwidth(w)
        if cur and cw + sp + ww > width:
            lines.append(cur)
            cur, cw = [w], ww
        else:
            cw = cw + sp + ww if cur else ww
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines

def markers(line):
    return [s for w in line for (s, f, z, r) in w if r]

def draw_line(line, x, y, width=None, justify=False):
    sp = stringWidth(" ", line[0][0][1], FS)
    if justify and len(line) > 1:
        total = sum(wwidth(w) for w in line)
        sp = (width - total) / (len(line) - 1)
    for w in line:
        for s, f, z, r in w:
            c.setFont(f, z)
            c.drawString(x, y + r, s)
            x += stringWidth(s, f, z)
        x += sp

# ---------------------------------------------------------------- page machinery
page = {"n": 0, "y": 0, "notes": []}

def fn_height(keys):
    h = 0
    for k in keys:
        h += len(wrap(FOOTNOTES[k], R, RM - LM - 14)) * 11 + 3
    return h + (14 if keys else 0)

def finish_page():
    notes = page["notes"]
    if notes:
        lines_all = [(k, wrap(FOOTNOTES[k], R, RM - LM - 14)) for k in notes]
        h = fn_height(notes)
        y = BOTTOM + h - 8
        c.setLineWidth(0.5)
        c.line(LM, y + 6, LM + 144, y + 6)
        y -= 8
        for k, lines in lines_all:
            c.setFont(R, 7)
            c.drawString(LM, y + 3, k)
            for ln in lines:
                # footnote text in 9 pt
                xx = LM + 14
                for w in ln:
                    for s, f, z, r in w:
                        c.setFont(R, 9)
                        c.drawString(xx, y, s)
                        xx += stringWidth(s, R, 9)
                    xx += stringWidth(" ", R, 9)
                y -= 11
            y -= 3
    c.showPage()

def new_page():
    if page["n"] > 0:
        finish_page()
    page["n"] += 1
    page["notes"] = []
    label = page["n"]
    c.setFont(R, 10)
    c.drawRightString(RM, H - 42, SYMBOL)
    c.drawRightString(RM, H - 54, "Page %d" % label)
    page["y"] = H - 84

def limit(extra_notes=()):
    return BOTTOM + fn_height(list(page["notes"]) + [k for k in extra_notes if k not in page["notes"]])

def ensure(h, notes=()):
    if page["y"] - h < limit(notes):
        new_page()

def place_line(line, x, width, justify, font=R):
    ms = markers(line)
    ensure(LEAD, ms)
    draw_line(line, x, page["y"], width, justify)
    for m in ms:
        if m not in page["notes"]:
            page["notes"].append(m)
    page["y"] -= LEAD

def para(text, x=LM, keep=1):
    lines = wrap(text, R, RM - x)
    ensure(LEAD * min(keep, len(lines)))
    for i, ln in enumerate(lines):
        place_line(ln, x, RM - x, justify=(i < len(lines) - 1))
    page["y"] -= LEAD * 0.9

def heading(num, text, font=B, numx=NUMX, txtx=TXTX, keep_after=2):
    lines = wrap(text, font, RM - txtx - 40)
    ensure(LEAD * (len(lines) + keep_after + 0.6))
    c.setFont(font, FS)
    c.drawString(numx, page["y"], num)
    for ln in lines:
        draw_line(ln, txtx, page["y"])
        page["y"] -= LEAD
    page["y"] -= LEAD * 0.5

def centered(text, font, size=FS, gap=LEAD):
    c.setFont(font, size)
    c.drawCentredString(W / 2, page["y"], text)
    page["y"] -= gap

# ---------------------------------------------------------------- cover (unnumbered page)
c.setFont(B, 12)
c.drawRightString(RM, H - 60, SYMBOL)
c.setFont(R, 11)
c.drawRightString(RM, H - 80, "Original: English")
c.drawRightString(RM, H - 94, "16 October 2009")
c.setFont(B, 12)
c.drawCentredString(W / 2, H - 200, "NINETY-EIGHTH SESSION")
c.setFont(R, 11)
c.drawCentredString(W / 2, H - 214, "_" * 62)
c.setFont(B, 13)
c.drawCentredString(W / 2, H - 330, "ANNOTATED PROVISIONAL AGENDA")
c.drawCentredString(W / 2, H - 348, "OF THE NINETY-EIGHTH SESSION OF THE COUNCIL")
c.setFont(R, 12)
c.drawCentredString(W / 2, H - 420, "Geneva")
c.drawCentredString(W / 2, H - 436, "Tuesday, 24 November, to Thursday, 26 November 2009")
c.setFont(B, 12)
for x, word in ((LM + 40, "COUNCIL"), (W / 2, "CONSEIL"), (RM - 40, "CONSEJO")):
    c.drawCentredString(x, 70, word)
c.showPage()

# ---------------------------------------------------------------- Part I
ITEMS = [
    ("1.", "Opening of the session", []),
    ("2.", "Credentials of representatives and observers", []),
    ("3.", "Election of officers", []),
    ("4.", "Adoption of the agenda", ["MC/2283"]),
    ("5.", "Admission of new Members and observers", []),
    ("(a)", "Applications for membership of the Organization", ["MC/2284", "MC/2285"]),
    ("(b)", "Applications for representation by an observer", ["MC/2286"]),
    ("6.", "Reports on the Ninety-sixth Session and the Ninety-seventh (Special) Session of the Council",
     ["MC/2266", "MC/2271"]),
    ("7.", "Statement by the Director General", []),
    ("8.", "General debate", []),
    ("9.", "International Dialogue on Migration{1}", ["MC/INF/299"]),
    ("10.", "Report on the Hundred and sixth Session of the Executive Committee", ["MC/EX/694"]),
    ("11.", "Programme and Budget for 2010", ["MC/2280", "SCPF/35"]),
    ("12.", "Status report on outstanding contributions to the budget", ["MC/2281/Rev.1"]),
    ("13.", "Other business", []),
    ("14.", "Closure of the session", []),
]
DOCX = 432

new_page()
c.setFont(R, FS)
c.drawCentredString(W / 2, page["y"], "ANNOTATED PROVISIONAL AGENDA OF THE NINETY-EIGHTH SESSION")
page["y"] -= LEAD
c.drawCentredString(W / 2, page["y"], "OF THE COUNCIL")
page["y"] -= LEAD * 2.4
centered("PART I", B)
centered("PROVISIONAL AGENDA", B, gap=LEAD * 2)
c.setFont(BI, FS)
c.drawString(DOCX, page["y"], "Documents")
c.setLineWidth(0.5)
c.line(DOCX, page["y"] - 2, DOCX + stringWidth("Documents", BI, FS), page["y"] - 2)
page["y"] -= LEAD * 1.8
wrapped = 0
for num, title, docs in ITEMS:
    sub = num.startswith("(")
    nx, tx = (TXTX, TXTX + 28) if sub else (NUMX, TXTX)
    lines = wrap(title, R, DOCX - tx - 14)
    if len(lines) > 1:
        wrapped += 1
    c.setFont(R, FS)
    c.drawString(nx, page["y"], num)
    y0 = page["y"]
    for ln in lines:
        draw_line(ln, tx, page["y"])
        for m in markers(ln):
            page["notes"].append(m)
        page["y"] -= LEAD
    yd = y0
    for d in docs:
        c.setFont(R, FS)
        c.drawString(DOCX, yd, d)
        yd -= LEAD
    page["y"] = min(page["y"], yd) - LEAD * 0.75
assert wrapped == 1, wrapped

# ---------------------------------------------------------------- Part II
new_page()
centered("PART II", B)
centered("ANNOTATIONS", B, gap=LEAD * 1.8)

para("The annotations below are intended to help delegations prepare for the session. For each item "
     "of the provisional agenda they summarize the business before the Council and list the documents "
     "concerned, which will be posted on the website for Member States as they become available.")

heading("1.", "Opening of the session")
para("The session will be opened at 10 a.m. on Tuesday, 24 November 2009, in Room XIX of the Palais des "
     "Nations, by the outgoing Chairperson of the Council, H.E. Ms. Ilse Vandermeulen (Belgium).")

heading("2.", "Credentials of representatives and observers")
para("Under Rules 6 and 7 of the Rules of Procedure of the Council, the credentials of representatives "
     "of Member States and the names of observers are to be submitted to the Director General, if "
     "possible no later than 24 hours before the opening of the session. The Bureau will examine them "
     "and report to the Council.")

heading("3.", "Election of officers")
para("The Council elects, at the beginning of each regular session, a Chairperson, a First "
     "Vice-Chairperson, a Second Vice-Chairperson and a Rapporteur, who hold office until their "
     "successors are elected.")
para("Informal consultations among the regional groups on the composition of the Bureau are under way, "
     "and the Administration will inform Member States of their outcome before the session opens.")

heading("4.", "Adoption of the agenda")
para("The provisional agenda, drawn up by the Director General in consultation with the outgoing "
     "Chairperson, appears in Part I of this document. The Council will be invited to adopt it, with "
     "any amendments it may decide.")

heading("5.", "Admission of new Members and observers")
para("The Council will consider two applications for membership and one request for observer status "
     "received since its Ninety-sixth Session.")
heading("(a)", "Applications for membership of the Organization", font=BI, numx=TXTX, txtx=TXTX + 28)
para("The Republic of Vanuatu and the Republic of Suriname have applied for membership of the "
     "Organization. Their letters of application are reproduced in documents MC/2284 and MC/2285 "
     "respectively, and draft resolutions on their admission will be submitted to the Council.")
para("In accordance with Article 2(b) of the Constitution, both Governments have accepted the Constitution "
     "and undertaken to make a financial contribution to the administrative requirements of the "
     "Organization, at a rate to be agreed between the Council and the Government concerned.")
heading("(b)", "Applications for representation by an observer", font=BI, numx=TXTX, txtx=TXTX + 28)
para("The Pan-African Network for Migrant Welfare, a non-governmental organization, has requested "
     "representation by an observer at meetings of the Council (MC/2286). A draft resolution will be "
     "submitted for the Council's consideration.")

heading("6.", "Reports on the Ninety-sixth Session and the Ninety-seventh (Special) Session of the Council")
para("The draft reports on the Ninety-sixth Session, held from 2 to 5 December 2008, and on the "
     "Ninety-seventh (Special) Session, held on 18 June 2009, are submitted in documents MC/2266 and "
     "MC/2271. Both drafts were circulated to Member States for comment in the course of the year, and the "
     "Council will be invited to approve them.")

heading("7.", "Statement by the Director General")
para("The Director General will address the Council on developments in the Organization since the "
     "previous regular session and on the priorities for 2010.")

heading("8.", "General debate")
para("Member States and observers wishing to speak in the general debate are requested to inscribe "
     "their names on the list of speakers with the Secretariat of the Council before 5 p.m. on Monday, "
     "23 November 2009. In view of the number of delegations expected, statements should not exceed "
     "seven minutes; longer texts may be circulated in writing.")

heading("9.", "International Dialogue on Migration")
para("In keeping with established practice, part of the session will be devoted to the International "
     "Dialogue on Migration, which serves as a forum for policy exchange among Member States, observers "
     "and partners, in line with the IOM Strategy (MC/INF/287) endorsed by the Council in Resolution "
     "No. 1150 of 7 June 2007. A background paper has been prepared as document MC/INF/299.")

heading("10.", "Report on the Hundred and sixth Session of the Executive Committee")
para("The Executive Committee held its Hundred and sixth Session on 7 July 2009. Its report (MC/EX/694) "
     "is submitted to the Council, which will be invited to take note of it.")

heading("11.", "Programme and Budget for 2010")
para("The Programme and Budget for 2010 is set out in document MC/2280. The Administrative Part of the "
     "Budget amounts to CHF 39,388,000, representing zero nominal growth, while the Operational Part is "
     "estimated at USD 712.6 million, a level that will be revised as new projects are funded.")
para("The Standing Committee on Programmes and Finance examined the document at its Fifth Session, on 3 "
     "and 4 November 2009, and its recommendations are contained in its report (SCPF/35).")

heading("12.", "Status report on outstanding contributions to the budget")
para("Document MC/2281/Rev.1 gives the position of assessed contributions to the Administrative Part of "
     "the Budget as at 30 September 2009, when arrears amounted to CHF 4,862,317. Fourteen Member States "
     "were in arrears for two or more consecutive years.{2} The Council will be invited to urge those "
     "Member States to pay their contributions in full or to agree on a payment plan with the "
     "Administration.")

heading("13.", "Other business")
para("At the time of issue of this document, no other business had been notified to the Administration.")

heading("14.", "Closure of the session")
para("The session is expected to close on the afternoon of Thursday, 26 November 2009.")

finish_page()
c.save()
print("pages:", page["n"] + 1)
