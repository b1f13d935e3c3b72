# Draws agenda-2006.pdf: annotated provisional agenda of the IOM Council,
# ninety-second session (November 2006). Layout engine written by hand so that
# footnotes sit at the foot of the page that carries their marker.
import re
from fpdf import FPDF

SYMBOL = "MC/2197"
LM, RM = 25.0, 190.0          # left and right text limits (mm)
TOP_LATER = 34.0              # first text line on pages 2+
BOTTOM = 274.0                # lowest baseline area for text + footnotes
LH = 4.9                      # body line height
FN_LH = 4.1                   # footnote line height
BODY_X = 35.0                 # body text indented under item headings

FOOTNOTES = {
    "1": "The practice of rotating the offices among the regional groupings, and the "
         "understanding reached on it in 2002, are described in document MC/INF/251 of "
         "21 October 2002.",
    "2": "See Council Resolution No. 1105 (LXXXVIII) of 30 November 2004 on the "
         "restoration of voting rights of Member States that have agreed on a payment plan "
         "and respect its terms.",
}

MARK = re.compile(r"\{(\d+)\}")


class Doc(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font("Times", "", 11)
            self.set_xy(RM - 60, 14)
            self.cell(60, 5, SYMBOL, align="R")
            self.set_xy(RM - 60, 19)
            self.cell(60, 5, f"Page {self.page_no()}", align="R")

    def footer(self):
        if self.page_no() == 1:
            self.set_font("Times", "B", 10)
            for x, w in ((62, "COUNCIL"), (97, "CONSEIL"), (132, "CONSEJO")):
                self.text(x, 286, w)


pdf = Doc(format="A4", unit="mm")
pdf.core_fonts_encoding = "windows-1252"
pdf.set_auto_page_break(False)
pdf.set_margins(LM, 15, 210 - RM)

state = {"y": 0.0, "fns": [], "done_fns": set()}


def fn_lines(key):
    pdf.set_font("Times", "", 9.5)
    return wrap(tokens(FOOTNOTES[key]), RM - (LM + 4), RM - (LM + 4), "", 9.5)


def fn_height(keys):
    if not keys:
        return 0.0
    h = 6.0
    for k in keys:
        h += len(fn_lines(k)) * FN_LH + 1.0
    return h


def flush_footnotes():
    keys = state["fns"]
    if not keys:
        return
    y = BOTTOM - fn_height(keys) + 8
    pdf.set_font("Times", "", 10)
    pdf.text(LM, y - 3.5, "_" * 20)
    y += 2.5
    for k in keys:
        pdf.set_font("Times", "", 6.5)
        pdf.text(LM, y - 1.4, k)
        lines = fn_lines(k)
        for i, ln in enumerate(lines):
            draw_line(ln, LM + 4, y, RM - (LM + 4), "", 9.5,
                      justify=(i < len(lines) - 1))
            y += FN_LH
        y += 1.0
    state["fns"] = []


def new_page():
    flush_footnotes()
    pdf.add_page()
    state["y"] = TOP_LATER if pdf.page_no() > 1 else 20


def tokens(text):
    return text.split()


def tok_width(tok, style, size):
    base = MARK.sub("", tok)
    pdf.set_font("Times", style, size)
    w = pdf.get_string_width(base)
    for m in MARK.findall(tok):
        pdf.set_font("Times", style, size * 0.62)
        w += pdf.get_string_width(m) + 0.2
    return w


def wrap(toks, w_first, w_rest, style, size):
    lines, cur, cw = [], [], 0.0
    pdf.set_font("Times", style, size)
    sp = pdf.get_string_width(" ")
    width = w_first
    for t in toks:
        tw = tok_width(t, style, size)
        need = tw if not cur else cw + sp + tw
        if cur and need > width:
            lines.append(cur)
            cur, cw = [t], tw
            width = w_rest
        else:
            cur.append(t)
            cw = need
    if cur:
        lines.append(cur)
    return lines


def draw_tok(tok, x, y, style, size):
    base = MARK.sub("", tok)
    pdf.set_font("Times", style, size)
    pdf.text(x, y, base)
    x += pdf.get_string_width(base)
    for m in MARK.findall(tok):
        pdf.set_font("Times", style, size * 0.62)
        pdf.text(x + 0.2, y - size * 0.13, m)
        x += pdf.get_string_width(m) + 0.2
    return x


def draw_line(toks, x, y, width, style, size, justify):
    pdf.set_font("Times", style, size)
    sp = pdf.get_string_width(" ")
    widths = [tok_width(t, style, size) for t in toks]
    gap = sp
    if justify and len(toks) > 1:
        gap = (width - sum(widths)) / (len(toks) - 1)
        gap = max(sp, min(gap, sp * 3))
    for t, w in zip(toks, widths):
        draw_tok(t, x, y, style, size)
        x += w + gap


def marks_in(line):
    out = []
    for t in line:
        out += MARK.findall(t)
    return out


def paragraph(text, x=BODY_X, width=None, style="", size=11, after=3.0,
              label=None, label_x=None, justify=True, first_x=None):
    width = width if width is not None else RM - x
    fx = first_x if first_x is not None else x
    w_first = RM - fx if first_x is not None else width
    lines = wrap(tokens(text), w_first, width, style, size)
    for i, ln in enumerate(lines):
        new_marks = [m for m in marks_in(ln) if m not in state["fns"]]
        if state["y"] + LH > BOTTOM - fn_height(state["fns"] + new_marks):
            new_page()
        state["fns"] += new_marks
        base = state["y"] + 4.0
        if i == 0 and label:
            pdf.set_font("Times", style, size)
            pdf.text(label_x, base, label)
        lx = fx if i == 0 else x
        lw = w_first if i == 0 else width
        draw_line(ln, lx, base, lw, style, size, justify and i < len(lines) - 1)
        state["y"] += LH
    state["y"] += after


def heading(label, text, x_label=LM, x_text=BODY_X, style="B", wrapw=118.0,
            before=2.5, after=1.5, size=11):
    lines = wrap(tokens(text), wrapw, wrapw, style, size)
    need = before + len(lines) * LH + after + 2 * LH
    if state["y"] + need > BOTTOM - fn_height(state["fns"]):
        new_page()
    else:
        state["y"] += before
    for i, ln in enumerate(lines):
        base = state["y"] + 4.0
        if i == 0 and label:
            pdf.set_font("Times", style, size)
            pdf.text(x_label, base, label)
        draw_line(ln, x_text, base, wrapw, style, size, False)
        state["y"] += LH
    state["y"] += after


def bullet(text, after=1.5):
    paragraph(text, x=46.0, label="\u2022", label_x=40.5, after=after)


# ---------------------------------------------------------------- cover
pdf.add_page()
pdf.set_font("Times", "B", 11)
for i, s in enumerate([SYMBOL]):
    pdf.set_xy(RM - 60, 15)
    pdf.cell(60, 5, s, align="R")
pdf.set_font("Times", "", 11)
pdf.set_xy(RM - 60, 20.5)
pdf.cell(60, 5, "Original: English", align="R")
pdf.set_xy(RM - 60, 26)
pdf.cell(60, 5, "12 October 2006", align="R")

pdf.set_font("Times", "B", 11)
pdf.text(LM, 42, "NINETY-SECOND SESSION")
pdf.set_font("Times", "", 11)
pdf.text(LM, 46, "_" * 86)

pdf.set_font("Times", "B", 12)
for y, t in ((62, "ANNOTATED PROVISIONAL AGENDA"),
             (71, "OF THE NINETY-SECOND SESSION OF THE COUNCIL")):
    w = pdf.get_string_width(t)
    pdf.text((LM + RM - w) / 2, y, t)
pdf.set_font("Times", "", 11)
for y, t in ((81, "Geneva"),
             (86.5, "Tuesday, 28 November, to Friday, 1 December 2006")):
    w = pdf.get_string_width(t)
    pdf.text((LM + RM - w) / 2, y, t)

state["y"] = 95.0

# ---------------------------------------------------------------- part I: list
DOC_X = 158.0
ROWS = [
    # (level, label, text, [documents])
    (0, "1.", "Opening of the session", []),
    (0, "2.", "Credentials of representatives and observers", []),
    (0, "3.", "Election of officers", []),
    (0, "4.", "Adoption of the agenda", [SYMBOL]),
    (0, "5.", "Admission of new Members and observers", []),
    (1, "(a)", "Applications for membership in the Organization", []),
    (2, "(i)", "Republic of Montenegro", ["MC/2199"]),
    (2, "(ii)", "Republic of Botswana", ["MC/2200"]),
    (2, "(iii)", "Republic of Namibia", ["MC/2201"]),
    (1, "(b)", "Applications for representation by observers", ["MC/2202", "MC/2203"]),
    (0, "6.", "Statements by the Director General and by the Deputy Director General", []),
    (1, "(a)", "Statement by the Director General", []),
    (1, "(b)", "Statement by the Deputy Director General", []),
    (0, "7.", "General debate", []),
    (0, "8.", "International Dialogue on Migration", ["MC/INF/284"]),
    (0, "9.", "Report on the Hundred and third Session of the Executive Committee",
     ["MC/EX/684"]),
    (0, "10.", "Programme and Budget for 2007", ["MC/2194", "MC/2206"]),
    (0, "11.", "Status reports on outstanding contributions to the Administrative Part "
     "of the Budget", ["MC/2205"]),
    (0, "12.", "Election of the Executive Committee", []),
    (0, "13.", "Other business", []),
    (0, "14.", "Date and place of the next session", []),
    (0, "15.", "Closure of the session", []),
]

heading("I.", "PROVISIONAL AGENDA", before=0, after=1.0)
pdf.set_font("Times", "BU", 11)
pdf.text(DOC_X, state["y"] + 4.0, "Documents")
state["y"] += LH + 2.0

for level, label, text, docs in ROWS:
    lx = (LM, BODY_X, 45.0)[level]
    tx = (BODY_X, 45.0, 56.0)[level]
    w = DOC_X - 6 - tx
    lines = wrap(tokens(text), w, w, "", 11)
    n = max(len(lines), len(docs))
    if state["y"] + n * LH > BOTTOM:
        new_page()
    y0 = state["y"]
    pdf.set_font("Times", "", 11)
    pdf.text(lx, y0 + 4.0, label)
    for i, ln in enumerate(lines):
        draw_line(ln, tx, y0 + 4.0 + i * LH, w, "", 11, False)
    pdf.set_font("Times", "", 11)
    for i, d in enumerate(docs):
        pdf.text(DOC_X, y0 + 4.0 + i * LH, d)
    state["y"] = y0 + n * LH + (1.4 if level == 0 else 0.6)

# ---------------------------------------------------------------- part II
heading("II.", "ANNOTATIONS", before=6.0, after=2.5)

P = paragraph

P("The annotations below have been prepared by the Administration to assist delegations in "
  "preparing for the session. For each item of the provisional agenda they indicate the "
  "documents before the Council and the action that the Council is expected to take. They "
  "do not form part of the agenda to be adopted.")

heading("1.", "Opening of the session")
P("The Ninety-second Session of the Council will be opened at 10 a.m. on Tuesday, "
  "28 November 2006, in Room XVIII of the Palais des Nations, Geneva, by the outgoing "
  "Chairperson, Mr. J. Valdivieso Pereira (Ecuador).")

heading("2.", "Credentials of representatives and observers")
P("In accordance with Rule 6 of the Rules of Procedure of the Council, the credentials of "
  "representatives and the names of alternates and advisers should be communicated to the "
  "Director General, if possible not later than twenty-four hours before the opening of the "
  "session. The officers of the Council will examine the credentials and report thereon; "
  "the Council will be invited to take note of their report.")

heading("3.", "Election of officers")
P("Under Rule 13 of its Rules of Procedure, the Council elects at each regular session a "
  "Chairperson, a First Vice-Chairperson, a Second Vice-Chairperson and a Rapporteur, who "
  "hold office until their successors are elected. Consultations on a slate of candidates "
  "are being held among the regional groupings, in keeping with the established practice of "
  "rotation.{1}")

heading("4.", "Adoption of the agenda")
P("The provisional agenda set out in Part I of the present document was drawn up by the "
  "Director General in consultation with the Chairperson of the Council, as provided for in "
  "Rule 4 of the Rules of Procedure. Supplementary items may be proposed under Rule 5; "
  "Member States intending to do so are asked to inform the Director General as early as "
  "possible before the opening of the session.")

heading("5.", "Admission of new Members and observers")
heading("(a)", "Applications for membership in the Organization", x_label=BODY_X,
        x_text=45.0, style="BI", before=0.5, after=1.5)
P("The Governments of the Republic of Montenegro, the Republic of Botswana and the Republic "
  "of Namibia have applied for membership in the Organization. Their applications, together "
  "with the corresponding draft resolutions, are reproduced in documents MC/2199, MC/2200 and "
  "MC/2201 respectively. In accordance with Article 2(b) of the Constitution, each Government "
  "has undertaken to make a financial contribution to the administrative requirements of the "
  "Organization, the amount of which is to be agreed upon between the Council and the "
  "Government concerned.")
P("Once the draft resolutions have been adopted, the representatives of the new Member States "
  "will be invited to take their seats and may wish to address the Council. The contributions "
  "of the new Members to the Administrative Part of the Budget will be reflected in the scale "
  "of assessment for 2007.")
heading("(b)", "Applications for representation by observers", x_label=BODY_X,
        x_text=45.0, style="BI", before=0.5, after=1.5)
P("The Asian Development Bank (MC/2202) and the Intergovernmental Authority on Development "
  "(MC/2203) have asked to be represented by observers at meetings of the Council. The "
  "Council is invited to act on the draft resolutions contained in those documents.")

heading("6.", "Statements by the Director General and by the Deputy Director General")
P("The Director General will review the activities of the Organization in 2006 and the main "
  "challenges it faces. The Deputy Director General will then report on management and "
  "administrative matters, including the follow-up given to the review of the field "
  "structure begun in 2005.")

heading("7.", "General debate")
P("The general debate gives Member States and observers an opportunity to set out their "
  "views on current migration issues and on the work of the Organization. Delegations are "
  "requested to inscribe their names on the list of speakers with the Secretariat of the "
  "Council, to keep their statements within seven minutes and, where possible, to provide "
  "the Conference Officer with 30 copies of the text.")

heading("8.", "International Dialogue on Migration")
P("The Dialogue segment of the session will be devoted to the theme \u201cMigration and "
  "development: policy coherence and partnerships\u201d. A background paper (MC/INF/284) "
  "proposes questions for discussion in the panels and in plenary.")
P("The intersessional workshops held in 2006 within the framework of the Dialogue dealt "
  "with the following subjects:", after=1.5)
bullet("Migration and human resources for health: from awareness to action (Geneva, 22 and "
       "23 March 2006);")
bullet("Migrants and the host society: partnerships for success (Geneva, 12 and 13 July "
       "2006); and")
bullet("Labour migration in regional integration processes (Geneva, 18 and 19 September "
       "2006).", after=3.0)
P("Summary reports of the workshops can be obtained from the Secretariat and will be issued "
  "in the International Dialogue on Migration series.")

heading("9.", "Report on the Hundred and third Session of the Executive Committee")
P("The Executive Committee held its Hundred and third Session in Geneva on 6 and 7 June "
  "2006. It examined, among other matters, the Report of the Director General on the Work of "
  "the Organization for the Year 2005 (MC/2186) and the Financial Report for the Year Ended "
  "31 December 2005 (MC/2187), and it took note of the progress made in strengthening the "
  "security of staff in the field. The Council is invited to take note of the report of the "
  "Committee (MC/EX/684) and to endorse the decisions recorded in it.")

heading("10.", "Programme and Budget for 2007")
P("The Programme and Budget for 2007 (MC/2194) was reviewed by the Subcommittee on Budget "
  "and Finance at its Ninety-sixth Session on 24 October 2006; the report of the "
  "Subcommittee is contained in document MC/2206. The Administrative Part of the Budget "
  "amounts to CHF 37,119,000, which represents zero nominal growth in relation to 2006, and "
  "the Operational Part is estimated at USD 652.4 million.")
P("The Council will recall that, by Resolution No. 1129 (XC) of 2 December 2005, it approved "
  "the Programme and Budget for 2006 and requested the Director General to keep the level of "
  "the Administrative Part of the Budget under review in consultation with Member States. The "
  "informal consultations held in September and October 2006 did not lead to agreement on an "
  "increase for 2007. The Council is invited to approve the Programme and Budget for 2007 by "
  "adopting the draft resolution that will be circulated during the session.")

heading("11.", "Status reports on outstanding contributions to the Administrative Part of "
        "the Budget")
P("Document MC/2205 sets out the situation regarding assessed contributions as at 31 October "
  "2006; an updated version will be distributed at the opening of the session. Member States "
  "in arrears are urged to pay their outstanding contributions in full or to agree on a "
  "payment plan with the Administration,{2} so as to avoid the loss of their voting rights.")
P("Under Article 4 of the Constitution, a Member State whose arrears equal or exceed the "
  "contributions due from it for the preceding two full years has no vote in the Council. "
  "Eleven Member States were in that situation at the date of the present document.")

heading("12.", "Election of the Executive Committee")
P("The Members of the Executive Committee are elected by the Council for a period of two "
  "years. The present Committee was elected at the Eighty-eighth Session by Resolution "
  "No. 1108 (LXXXVIII) of 1 December 2004. Regional groupings are requested to transmit "
  "their nominations for the period 2007-2008 to the Chairperson before the opening of the "
  "session.")

heading("13.", "Other business")
P("At the time of writing, no item had been proposed under this heading.")

heading("14.", "Date and place of the next session")
P("The Council may wish to decide that its next regular session will be held in Geneva in "
  "late November or early December 2007, the exact dates to be fixed in consultation with "
  "the Administration. It may also wish to note that a special session could be convened in "
  "June 2007 to consider the IOM strategy now under discussion in informal consultations.")

heading("15.", "Closure of the session")
P("The Chairperson will declare the session closed once the Council has completed its "
  "consideration of the agenda. The draft report on the session will be circulated to "
  "Member States for comment in the first quarter of 2007.")

flush_footnotes()
pdf.output("agenda-2006.pdf")
print("pages:", pdf.page_no())
