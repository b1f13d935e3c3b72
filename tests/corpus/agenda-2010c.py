"""Draw agenda-2010c.pdf: annotated provisional agenda of the Sixth Session of the
IOM Standing Committee on Programmes and Finance (spring 2010), with reportlab."""

import os
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "agenda-2010c.pdf")

SYMBOL = "SCPF/38"
W, H = A4
LM = 72.0            # left margin
RM = W - 72.0        # right margin
TOP = H - 90.0       # first text line on pages with running header
BOTTOM = 72.0        # lowest baseline for body text
TAB = 28.0           # indent after a number

BODY = ("Times-Roman", 11.0)
BOLD = ("Times-Bold", 11.0)
BOLDIT = ("Times-BoldItalic", 11.0)
LEAD = 13.5          # line spacing inside a paragraph
GAP = 9.0            # space between blocks
FN_FONT = ("Times-Roman", 9.0)
FN_LEAD = 11.0


# --------------------------------------------------------------------------
# word model: a word is a list of segments (text, font, size, rise)
# "^N" glued at the end of a word is a raised footnote marker.
def words_of(text, font):
    out = []
    for raw in text.split():
        segs = []
        if "^" in raw:
            base, mark = raw.split("^", 1)
            if base:
                segs.append((base, font[0], font[1], 0))
            segs.append((mark, font[0], font[1] * 0.62, font[1] * 0.38))
        else:
            segs.append((raw, font[0], font[1], 0))
        out.append(segs)
    return out


def word_width(w):
    return sum(stringWidth(t, f, s) for t, f, s, r in w)


def wrap(words, first_width, width):
    """Split words into lines; the first line may be narrower."""
    lines, cur, curw = [], [], 0.0
    space = stringWidth(" ", BODY[0], BODY[1])
    limit = first_width
    for w in words:
        ww = word_width(w)
        need = ww if not cur else curw + space + ww
        if cur and need > limit:
            lines.append(cur)
            cur, curw = [w], ww
            limit = width
        else:
            cur.append(w)
            curw = need
    if cur:
        lines.append(cur)
    return lines


def draw_line(c, x, y, line):
    space = stringWidth(" ", BODY[0], BODY[1])
    for i, w in enumerate(line):
        if i:
            x += space
        for t, f, s, r in w:
            c.setFont(f, s)
            c.drawString(x, y + r, t)
            x += stringWidth(t, f, s)
    return x


def markers_in(text):
    return [tok.split("^", 1)[1].rstrip(".,;:") for tok in text.split() if "^" in tok]


# --------------------------------------------------------------------------
FOOTNOTES = {
    "1": "Until 2009 the Fund was known as the 1035 Facility, after Council Resolution "
         "No. 1035 (LXXX) of 29 November 2000, which set it up.",
    "2": "Under that provision, a Member State whose arrears equal or exceed the "
         "contributions due from it for the two preceding years may lose its right "
         "to vote in the governing bodies.",
}


class Doc:
    def __init__(self, path):
        self.c = canvas.Canvas(path, pagesize=A4)
        self.c.setTitle("SCPF/38 - Annotated Provisional Agenda")
        self.c.setAuthor("International Organization for Migration")
        self.page_label = 0
        self.y = None
        self.fn_pending = []     # footnotes to print on the current page

    # ---- pages -----------------------------------------------------------
    def fn_height(self, keys):
        if not keys:
            return 0.0
        h = 14.0
        for k in keys:
            lines = wrap(words_of(FOOTNOTES[k], FN_FONT), RM - LM - 12, RM - LM - 12)
            h += len(lines) * FN_LEAD + 2
        return h

    def bottom(self):
        return BOTTOM + self.fn_height(self.fn_pending)

    def finish_page(self):
        c = self.c
        if self.fn_pending:
            total = self.fn_height(self.fn_pending)
            ytop = BOTTOM + total - 4
            c.setLineWidth(0.5)
            c.line(LM, ytop, LM + 144, ytop)
            y = ytop - 12
            for k in self.fn_pending:
                c.setFont(FN_FONT[0], FN_FONT[1] * 0.7)
                c.drawString(LM, y + 3, k)
                lines = wrap(words_of(FOOTNOTES[k], FN_FONT), RM - LM - 12, RM - LM - 12)
                for ln in lines:
                    x = LM + 8
                    for i, w in enumerate(ln):
                        if i:
                            x += stringWidth(" ", *FN_FONT)
                        for t, f, s, r in w:
                            c.setFont(f, s)
                            c.drawString(x, y, t)
                            x += stringWidth(t, f, s)
                    y -= FN_LEAD
                y -= 2
        self.fn_pending = []
        c.showPage()

    def new_page(self):
        if self.y is not None:
            self.finish_page()
        self.page_label += 1
        c = self.c
        c.setFont("Times-Roman", 10.5)
        c.drawRightString(RM, H - 50, SYMBOL)
        c.drawRightString(RM, H - 63, "Page %d" % self.page_label)
        self.y = TOP

    def need(self, h):
        if self.y - h < self.bottom():
            self.new_page()

    # ---- blocks ----------------------------------------------------------
    def para(self, text, num=None, font=BODY, x0=LM, indent=TAB, keep=0):
        """A paragraph; with num, the number sits at x0 and the text starts at
        x0+indent on the first line, later lines run back to x0."""
        words = words_of(text, font)
        if num is not None:
            lines = wrap(words, RM - x0 - indent, RM - x0)
        else:
            lines = wrap(words, RM - x0, RM - x0)
        marks = markers_in(text)
        self.need(LEAD * (1 + keep))
        for m in marks:           # footnote bodies go on the page of the marker
            self.fn_pending.append(m)
        for i, ln in enumerate(lines):
            if self.y < self.bottom():
                self.new_page()
            if i == 0 and num is not None:
                self.c.setFont(font[0], font[1])
                self.c.drawString(x0, self.y, num)
                draw_line(self.c, x0 + indent, self.y, ln)
            else:
                draw_line(self.c, x0, self.y, ln)
            self.y -= LEAD
        self.y -= GAP

    def heading(self, num, text, x0=LM, indent=TAB, font=BOLD):
        self.need(LEAD * 3 + GAP)
        c = self.c
        c.setFont(font[0], font[1])
        if num:
            c.drawString(x0, self.y, num)
            c.drawString(x0 + indent, self.y, text)
        else:
            c.drawString(x0, self.y, text)
        self.y -= LEAD + GAP * 0.6

    def centred(self, text, font=BOLD, underline=False):
        c = self.c
        c.setFont(font[0], font[1])
        c.drawCentredString(W / 2, self.y, text)
        if underline:
            tw = stringWidth(text, font[0], font[1])
            c.setLineWidth(0.6)
            c.line(W / 2 - tw / 2, self.y - 2, W / 2 + tw / 2, self.y - 2)
        self.y -= LEAD + GAP


# --------------------------------------------------------------------------
def cover(d):
    c = d.c
    c.setFont("Times-Bold", 12)
    c.drawRightString(RM, H - 60, SYMBOL)
    c.setFont("Times-Roman", 11)
    c.drawRightString(RM, H - 78, "Original: English")
    c.drawRightString(RM, H - 92, "30 March 2010")

    c.setFont("Times-Bold", 11)
    c.drawString(LM, H - 130, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE")
    c.drawString(LM, H - 146, "SIXTH SESSION")
    c.setFont("Times-Roman", 11)
    c.drawString(LM, H - 162, "27\u201328 April 2010")

    c.setLineWidth(1.2)
    c.line(LM, H - 176, RM, H - 176)

    c.setFont("Times-Bold", 14)
    c.drawCentredString(W / 2, H - 330, "ANNOTATED PROVISIONAL AGENDA")

    # trilingual footer of the MC era
    c.setLineWidth(0.8)
    c.line(LM, 92, RM, 92)
    c.setFont("Helvetica-Bold", 9)
    c.drawCentredString(W / 2, 78, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE")
    c.drawCentredString(W / 2, 66, "COMIT\u00c9 PERMANENT DES PROGRAMMES ET DES FINANCES")
    c.drawCentredString(W / 2, 54, "COMIT\u00c9 PERMANENTE DE PROGRAMAS Y FINANZAS")
    c.showPage()


# The provisional agenda: (number, title, documents, sub-items)
AGENDA = [
    ("1.", "Adoption of the agenda", ["SCPF/38"], []),
    ("2.", "Draft report on the Fifth Session of the Standing Committee", ["SCPF/34"], []),
    ("3.", "Accounts for the year 2009 and report of the External Auditor",
     ["MC/2296", "MC/2297", "SCPF/36"], []),
    ("4.", "Budgetary and financial questions:", ["SCPF/37"], [
        ("(a)", "Assessed contributions outstanding and Member States in arrears "
                "under Article 4 of the Constitution", ["SCPF/39"]),
        ("(b)", "Revised figures for the Programme and Budget for 2010", ["MC/2299"]),
        ("(c)", "Proposed scale of assessment for 2011", ["SCPF/40"]),
    ]),
    ("5.", "Allocation of the 2009 surplus of Operational Support Income", ["SCPF/41"], []),
    ("6.", "Progress report on the IOM Development Fund^1", ["SCPF/42"], []),
    ("7.", "Management and staffing questions", [], [
        ("(a)", "Structural review of the Organization: progress in the field",
         ["MC/INF/301"]),
        ("(b)", "Paying for the security of staff in the field", ["SCPF/43"]),
    ]),
    ("8.", "Review of the IOM Strategy adopted in 2007", ["MC/INF/302"], []),
    ("9.", "Charging project support costs to projects", ["SCPF/44"], []),
    ("10.", "Governing body meetings for the remainder of 2010", ["SCPF/45"], []),
    ("11.", "Any other business", [], []),
]

DOC_X = 405.0      # left edge of the documents column
TITLE_RIGHT = 385.0


def agenda_page(d):
    d.new_page()
    c = d.c
    d.centred("ANNOTATED PROVISIONAL AGENDA", font=BOLD)
    d.y -= 4
    c.setFont("Times-Bold", 11)
    c.drawString(DOC_X, d.y, "Documents")
    c.setLineWidth(0.5)
    c.line(DOC_X, d.y - 2, DOC_X + stringWidth("Documents", "Times-Bold", 11), d.y - 2)
    d.y -= LEAD + GAP + 4

    def entry(x_num, x_text, num, title, docs):
        text_words = words_of(title, BODY)
        lines = wrap(text_words, TITLE_RIGHT - x_text, TITLE_RIGHT - x_text)
        marks = markers_in(title)
        for m in marks:
            d.fn_pending.append(m)
        y0 = d.y
        c.setFont(*BODY)
        c.drawString(x_num, y0, num)
        for i, ln in enumerate(lines):
            draw_line(c, x_text, y0 - i * LEAD, ln)
        c.setFont(*BODY)
        for j, s in enumerate(docs):
            c.drawString(DOC_X, y0 - j * LEAD, s)
        rows = max(len(lines), len(docs), 1)
        d.y = y0 - rows * LEAD - GAP

    for num, title, docs, subs in AGENDA:
        entry(LM, LM + TAB, num, title, docs)
        for lab, st, sdocs in subs:
            entry(LM + TAB, LM + TAB + 24, lab, st, sdocs)
    # footnote 1 belongs on this page
    d.finish_page()
    d.y = None


def annotations(d):
    d.new_page()
    d.centred("ANNOTATIONS", font=BOLD, underline=True)
    d.y -= 2
    P = d.para
    Hd = d.heading

    def sub(label, text):
        d.heading(label, text, x0=LM + TAB, indent=24, font=BOLDIT)

    Hd("1.", "Adoption of the agenda")
    P("The Standing Committee will be invited to adopt its agenda as it appears in "
      "this document, together with any changes that members may propose when the "
      "session opens.")

    Hd("2.", "Draft report on the Fifth Session of the Standing Committee")
    P("The draft report on the Fifth Session, which met on 3 and 4 November 2009, was "
      "sent to Member States in February 2010. Comments reaching the Administration by "
      "9 April 2010 will be taken into account in a corrected text, which the Standing "
      "Committee will be asked to approve.")

    Hd("3.", "Accounts for the year 2009 and report of the External Auditor")
    P("The Financial Report for the year ended 31 December 2009 (MC/2296) presents "
      "the audited accounts of the Administrative and Operational Parts of the Budget. "
      "Spending in 2009 totalled USD 1,018.3 million: USD 39.6 million under the "
      "Administrative Part and USD 978.7 million under the Operational Part.", num="1.")
    P("In his report (MC/2297) the External Auditor gives his opinion on those accounts "
      "and makes recommendations on internal control, on the oversight of country "
      "offices and on the way project commitments are recorded.", num="2.")
    P("The Administration's reply to each recommendation, with the measures already "
      "taken or still planned, is set out in SCPF/36. The Standing Committee may wish "
      "to recommend that the Executive Committee take note of the External Auditor's "
      "report and approve the accounts.", num="3.")

    Hd("4.", "Budgetary and financial questions")
    P("Three financial matters are grouped under this item. A short overview paper "
      "(SCPF/37) summarizes where each of them stands and what the Standing Committee "
      "is asked to do.")
    sub("(a)", "Assessed contributions outstanding and Member States in arrears")
    P("As at 28 February 2010, assessed contributions still owed for 2009 and earlier "
      "years amounted to CHF 4,726,115. Eleven Member States were then in arrears to a "
      "degree that brings them under Article 4 of the Constitution.^2 Members are asked "
      "to urge those States to pay in full or to agree a payment plan with the "
      "Administration; the details are in SCPF/39.")
    sub("(b)", "Revised figures for the Programme and Budget for 2010")
    P("The Council approved the Programme and Budget for 2010 (MC/2284) through "
      "Resolution No. 1186 of 26 November 2009. Document MC/2299 updates the "
      "Operational Part of the Budget, which rises from USD 656.2 million to "
      "USD 842.5 million as a result of projects funded since November. The "
      "Administrative Part stays at CHF 38,864,000.")
    P("The Standing Committee may wish to recommend that the Executive Committee take "
      "note of the revised figures.")
    sub("(c)", "Proposed scale of assessment for 2011")
    P("SCPF/40 proposes a scale for 2011 derived from the most recent United Nations "
      "scale and adjusted to the membership of IOM. Agreement is sought now so that the "
      "scale can be used in preparing the Administrative Part of the Budget for 2011.")

    Hd("5.", "Allocation of the 2009 surplus of Operational Support Income")
    P("Operational Support Income earned in 2009 exceeded the budgeted level of "
      "USD 45.0 million by USD 3.4 million.", num="1.")
    P("The Administration proposes in SCPF/41 to place USD 1.4 million in the "
      "Operational Support Income reserve and to spend USD 2.0 million on the IOM "
      "Development Fund and on new financial systems for country offices.", num="2.")

    Hd("6.", "Progress report on the IOM Development Fund")
    P("SCPF/42 gives an account of the projects financed under Line 1 and Line 2 of "
      "the Fund during 2009 and the first quarter of 2010: 41 projects in 33 eligible "
      "Member States, for a total of USD 6.8 million.")

    Hd("7.", "Management and staffing questions")
    sub("(a)", "Structural review of the Organization: progress in the field")
    P("An information note (MC/INF/301) reports on the setting up of the new regional "
      "offices and on the transfer of functions from Headquarters to the administrative "
      "centres in Manila and Panama. Delegations may comment before the Executive "
      "Committee takes up the matter in June.")
    sub("(b)", "Paying for the security of staff in the field")
    P("The cost of the Staff Security Mechanism has grown with the number of offices "
      "in high-risk locations. SCPF/43 compares three ways of financing it from 2011 "
      "and invites members to say which they prefer.")

    Hd("8.", "Review of the IOM Strategy adopted in 2007")
    P("When it adopted the IOM Strategy through Resolution No. 1150 of 7 June 2007, "
      "the Council asked that the Strategy be reviewed after three years.", num="1.")
    P("The background paper MC/INF/302 looks at how each of the twelve activities of "
      "the Strategy has been carried out and sets out options for the review.", num="2.")
    P("Members are invited to give first views; informal consultations will follow "
      "ahead of the Ninety-ninth Session of the Council.", num="3.")

    Hd("9.", "Charging project support costs to projects")
    P("At its Fifth Session the Standing Committee asked how the rate charged on the "
      "staff and office costs of projects is set and how the income is used.", num="1.")
    P("SCPF/44 answers that request, shows the income earned in 2008 and 2009, and "
      "suggests no change to the rate for 2011.", num="2.")

    Hd("10.", "Governing body meetings for the remainder of 2010")
    P("Proposed dates for the Executive Committee, the Seventh Session of the "
      "Standing Committee and the Ninety-ninth Session of the Council are listed in "
      "SCPF/45.")

    Hd("11.", "Any other business")
    P("Members may raise under this item any further matter they wish to bring to the "
      "attention of the Standing Committee.")
    d.finish_page()


def main():
    d = Doc(OUT)
    cover(d)
    agenda_page(d)
    annotations(d)
    d.c.save()


if __name__ == "__main__":
    main()
