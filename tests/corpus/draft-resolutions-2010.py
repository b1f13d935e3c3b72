"""Lay out 'DRAFT RESOLUTIONS MC/L/1225 to MC/L/1228' (IOM Council, 99th Session, November 2010).

A cover sheet followed by four draft resolutions, each starting on a new page with its own
header block (symbol, Original, date, session line), as the MC-era limited series was printed.
"""
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

W, H = A4
LM, RM = 72.0, 72.0
TW = W - LM - RM
TOP = H - 60.0
BOTTOM_PLAIN = 64.0          # lowest text baseline on an ordinary page
BOTTOM_FOOTER = 96.0         # lowest text baseline on a page that carries the trilingual footer
FS = 12.0                    # body size
LEAD = 14.2
FN_FS = 9.5
FN_LEAD = 11.0
SUP_FS = 7.5
SUP_RISE = 4.5

FONTS = {"R": "Times-Roman", "I": "Times-Italic", "B": "Times-Bold", "BI": "Times-BoldItalic"}

SESSION_LINE = "NINETY-NINTH SESSION"


# ---------------------------------------------------------------------------------------------
# text model: a paragraph is a list of runs (text, style); style "S" is a raised footnote marker
# ---------------------------------------------------------------------------------------------
def words_of(runs, size=FS):
    """Split runs into words; each word is a list of segments (text, font, size, rise)."""
    words, cur, glue = [], [], False
    for text, style in runs:
        if style == "S":
            cur.append((text, FONTS["R"], SUP_FS, SUP_RISE))
            continue
        font = FONTS[style]
        parts = text.split(" ")
        for k, part in enumerate(parts):
            if k > 0:  # a space came before this part
                if cur:
                    words.append(cur)
                cur = []
            if part:
                cur.append((part, font, size, 0.0))
    if cur:
        words.append(cur)
    return words


def word_width(word):
    return sum(stringWidth(t, f, s) for t, f, s, _ in word)


def wrap(words, first_width, other_width, size=FS):
    space = stringWidth(" ", FONTS["R"], size)
    lines, cur, cur_w = [], [], 0.0
    avail = first_width
    for w in words:
        ww = word_width(w)
        need = ww if not cur else cur_w + space + ww
        if cur and need > avail:
            lines.append((cur, avail))
            cur, cur_w = [w], ww
            avail = other_width
        else:
            cur.append(w)
            cur_w = need
    if cur:
        lines.append((cur, avail))
    return lines


def markers_in(line_words):
    return [t for w in line_words for (t, f, s, r) in w if r > 0]


class Doc:
    def __init__(self, path):
        self.c = canvas.Canvas(path, pagesize=A4)
        self.c.setTitle("MC/L/1225 to MC/L/1228 - Draft resolutions")
        self.c.setAuthor("International Organization for Migration")
        self.y = TOP
        self.page_fns = []        # footnotes waiting to be printed at this page's foot
        self.fn_height = 0.0
        self.footer = False
        self.symbol = None
        self.page_no = 1
        self.footnotes = {}

    # -- page handling ------------------------------------------------------------------------
    def bottom(self):
        base = BOTTOM_FOOTER if self.footer else BOTTOM_PLAIN
        return base + self.fn_height

    def finish_page(self):
        c = self.c
        if self.page_fns:
            base = BOTTOM_FOOTER if self.footer else BOTTOM_PLAIN
            # footnote block sits above the base line, rule first
            y = base + self.fn_height - 6
            c.setLineWidth(0.5)
            c.line(LM, y + 2, LM + 144, y + 2)
            y -= 12
            for mark, text in self.page_fns:
                c.setFont(FONTS["R"], SUP_FS)
                c.drawString(LM, y + 3.5, mark)
                ws = words_of([(text, "R")], FN_FS)
                lines = wrap(ws, TW - 12, TW - 12, FN_FS)
                for i, (lw, avail) in enumerate(lines):
                    self.draw_line(lw, LM + 12, y, avail, justify=(i < len(lines) - 1), size=FN_FS)
                    y -= FN_LEAD
                y -= 2
        if self.footer:
            c.setFont(FONTS["B"], 10)
            label = "COUNCIL"
            c.drawString(LM + 40, 42, label)
            c.drawCentredString(W / 2, 42, "CONSEIL")
            c.drawRightString(W - RM - 40, 42, "CONSEJO")
        c.showPage()
        self.page_fns, self.fn_height, self.footer = [], 0.0, False

    def new_page_continued(self):
        self.finish_page()
        self.page_no += 1
        c = self.c
        c.setFont(FONTS["R"], 11)
        c.drawString(W - RM - 70, H - 50, self.symbol)
        c.drawString(W - RM - 70, H - 63, "Page %d" % self.page_no)
        self.y = H - 100

    def fn_block_height(self, mark):
        text = self.footnotes[mark]
        n = len(wrap(words_of([(text, "R")], FN_FS), TW - 12, TW - 12, FN_FS))
        return n * FN_LEAD + 2

    # -- drawing ------------------------------------------------------------------------------
    def draw_line(self, line_words, x, y, avail, justify=False, size=FS):
        c = self.c
        space = stringWidth(" ", FONTS["R"], size)
        total = sum(word_width(w) for w in line_words)
        gaps = len(line_words) - 1
        gap = space
        if justify and gaps > 0:
            gap = max(space, (avail - total) / gaps)
            if gap > space * 3.2:
                gap = space
        cx = x
        for w in line_words:
            for t, f, s, r in w:
                c.setFont(f, s)
                c.drawString(cx, y + r, t)
                cx += stringWidth(t, f, s)
            cx += gap

    def para(self, runs, first_x, other_x, label=None, label_x=None, after=LEAD * 0.9,
             justify=True, fn_marks=()):
        """A block: label hanging at label_x, first line at first_x, later lines at other_x."""
        ws = words_of(runs)
        lines = wrap(ws, W - RM - first_x, W - RM - other_x)
        for i, (lw, avail) in enumerate(lines):
            marks = [m for m in markers_in(lw)]
            extra = 0.0
            for m in marks:
                extra += self.fn_block_height(m) + (18 if not self.page_fns else 0)
            if self.y - LEAD < self.bottom() + extra:
                self.new_page_continued()
            for m in marks:
                self.fn_height += self.fn_block_height(m) + (18 if not self.page_fns else 0)
                self.page_fns.append((m, self.footnotes[m]))
            x = first_x if i == 0 else other_x
            if i == 0 and label is not None:
                self.c.setFont(FONTS["R"], FS)
                self.c.drawString(label_x, self.y, label)
            self.draw_line(lw, x, self.y, avail, justify=justify and i < len(lines) - 1)
            self.y -= LEAD
        self.y -= after

    def centred(self, text, style="B", size=FS, after=LEAD):
        self.c.setFont(FONTS[style], size)
        self.c.drawCentredString(W / 2, self.y, text)
        self.y -= after

    def header_block(self, symbol_line, date, cover=False):
        c = self.c
        bx = W - RM - 140
        c.setFont(FONTS["B"], 12)
        if cover:
            c.drawRightString(W - RM, H - 62, symbol_line)
        else:
            c.drawString(bx, H - 62, symbol_line)
        c.setFont(FONTS["R"], 11)
        xr = (W - RM - stringWidth(symbol_line, FONTS["B"], 12)) if cover else bx
        c.drawString(xr, H - 80, "Original: English")
        c.drawString(xr, H - 94, date)
        c.setFont(FONTS["B"], 12)
        c.drawString(LM, H - 130, SESSION_LINE)
        c.setLineWidth(0.8)
        c.line(LM, H - 140, W - RM, H - 140)
        self.y = H - 180
        self.footer = True


# ---------------------------------------------------------------------------------------------
# content
# ---------------------------------------------------------------------------------------------
PRE_IND = 36.0      # first-line indent of a preamble clause
NUM_X = LM + 36.0   # hanging number of an operative clause
NUM_TXT = LM + 72.0

COVER_NOTE = ("These draft resolutions are submitted to the Council for consideration at its "
              "Ninety-ninth Session, to be held from 29 November to 1 December 2010. Each draft "
              "is issued as a separate document under its own symbol.")

DRAFTS = [
    {
        "symbol": "MC/L/1225",
        "date": "24 November 2010",
        "title": ["ADMISSION OF THE REPUBLIC OF NAURU AS A MEMBER", "OF THE ORGANIZATION"],
        "footnotes": {"1": ("Letter dated 8 September 2010 from the Minister for Foreign Affairs and "
                            "Trade of the Republic of Nauru to the Director General, reproduced in "
                            "document MC/2299.")},
        "preamble": [
            [("Having received", "I"), (" the application of the Republic of Nauru for membership "
                                        "in the Organization,", "R"), ("1", "S")],
            [("Having been informed", "I"), (" that the Republic of Nauru accepts the Constitution of "
             "the Organization in accordance with its own constitutional processes and agrees to make "
             "a financial contribution to the administrative requirements of the Organization, the "
             "amount of which will be agreed upon by the Council and the Government of the Republic "
             "of Nauru,", "R")],
            [("Being satisfied", "I"), (" that the Republic of Nauru has demonstrated its interest in "
             "the principle of free movement of persons,", "R")],
            [("Considering", "I"), (" that the Republic of Nauru fulfils the conditions for membership "
             "set out in Article 2 (b) of the Constitution,", "R")],
        ],
        "formula": None,
        "numbered": True,
        "operative": [
            ([("Decides", "I"), (" to admit the Republic of Nauru as a Member of the International "
              "Organization for Migration with immediate effect;", "R")], []),
            ([("Also decides", "I"), (" that the contribution of the Republic of Nauru to the "
              "Administrative Part of the Budget shall be assessed at 0.0010 per cent, and requests "
              "the Director General to include that percentage in the scale of assessment for 2011 "
              "(MC/2297);", "R")], []),
            ([("Welcomes", "I"), (" the Republic of Nauru as the one hundred and thirty-third Member "
              "State of the Organization.", "R")], []),
        ],
    },
    {
        "symbol": "MC/L/1226",
        "date": "25 November 2010",
        "title": ["REPRESENTATION OF THE PACIFIC ISLANDS FORUM SECRETARIAT", "BY AN OBSERVER"],
        "footnotes": {},
        "preamble": [
            [("Having received", "I"), (" a request from the Pacific Islands Forum Secretariat to be "
             "represented by an observer at meetings of the Council (MC/2300),", "R")],
            [("Noting", "I"), (" that the Pacific Islands Forum Secretariat, in its work with the sixteen "
             "member countries of the Pacific Islands Forum, addresses questions of labour mobility "
             "and migration management in the region,", "R")],
            [("Being satisfied", "I"), (" that the aims and activities of the Pacific Islands Forum "
             "Secretariat are compatible with the purposes and functions of the Organization as set "
             "out in Article 1 of the Constitution,", "R")],
        ],
        "formula": None,
        "numbered": False,
        "operative": [
            ([("Decides", "I"), (" to grant observer status to the Pacific Islands Forum Secretariat;",
                                 "R")], []),
            ([("Invites", "I"), (" the Pacific Islands Forum Secretariat to be represented by an "
              "observer at the meetings of the Council, beginning with the present session.", "R")], []),
        ],
    },
    {
        "symbol": "MC/L/1227",
        "date": "22 November 2010",
        "title": ["REPORT ON THE HUNDRED AND SEVENTH SESSION", "OF THE EXECUTIVE COMMITTEE"],
        "footnotes": {"1": ("The Hundred and seventh Session of the Executive Committee was held in "
                            "Geneva on 22 June 2010.")},
        "preamble": [
            [("Having received", "I"), (" the report on the Hundred and seventh Session of the "
             "Executive Committee (MC/2291),", "R"), ("1", "S")],
            [("Noting", "I"), (" that the Executive Committee at that session examined the Annual "
             "Report for 2009 (MC/2289) and the Financial Report for the year ended 31 December 2009 "
             "(MC/2288),", "R")],
            [("Taking into account", "I"), (" the recommendations of the Standing Committee on "
             "Programmes and Finance at its Sixth Session (MC/2293),", "R")],
        ],
        "formula": "Resolves:",
        "numbered": True,
        "operative": [
            ([("To take note of the report on the Hundred and seventh Session of the Executive "
               "Committee;", "R")], []),
            ([("To endorse the decisions taken by the Executive Committee at that session, in "
               "particular:", "R")],
             [("(a)", [("the approval of the Financial Report for the year ended 31 December 2009;",
                        "R")], []),
              ("(b)", [("the transfer of the surplus of CHF 412,780 in the Administrative Part of the "
                        "Budget for 2009 to the Administrative Part of the Budget for 2010; and", "R")],
               []),
              ("(c)", [("the request that the Administration continue to report to the Standing "
                        "Committee on Programmes and Finance on the implementation of the "
                        "recommendations of the External Auditor;", "R")], [])]),
            ([("To express its appreciation to the Chairperson and the other officers of the "
               "Executive Committee for their work during the session.", "R")], []),
        ],
    },
    {
        "symbol": "MC/L/1228",
        "date": "19 November 2010",
        "title": ["PROGRAMME AND BUDGET FOR 2011"],
        "footnotes": {
            "1": ("As at 31 October 2010, outstanding assessed contributions amounted to CHF "
                  "4,127,316, of which CHF 2,806,540 was owed by Member States subject to the "
                  "provisions of Article 4 of the Constitution."),
            "2": ("Such adjustments will be reported in the revisions of the Programme and Budget for "
                  "2011 to be submitted to the Standing Committee on Programmes and Finance."),
        },
        "preamble": [
            [("Having considered", "I"), (" the Programme and Budget for 2011 (MC/2296),", "R")],
            [("Having received", "I"), (" the report of the Standing Committee on Programmes and "
             "Finance on its Seventh Session (MC/2302), held on 2 and 3 November 2010, and the "
             "recommendations contained therein,", "R")],
            [("Recalling", "I"), (" its Resolution No. 1186 of 25 November 2009 on the Programme and "
             "Budget for 2010,", "R")],
            [("Further recalling", "I"), (" Resolution No. 1150 of 7 June 2007, by which it endorsed "
             "the IOM Strategy,", "R")],
            [("Noting with concern", "I"), (" the level of outstanding assessed contributions to the "
             "Administrative Part of the Budget,", "R"), ("1", "S")],
        ],
        "formula": "Resolves:",
        "numbered": True,
        "operative": [
            ([("To approve the Programme and Budget for 2011, comprising:", "R")],
             [("(a)", [("the Administrative Part of the Budget, amounting to CHF 39,388,000, to be "
                        "financed by assessed contributions in accordance with the scale of assessment "
                        "referred to in paragraph 2 below;", "R")], []),
              ("(b)", [("the Operational Part of the Budget, amounting to USD 671,562,000, to be "
                        "financed from voluntary contributions and reimbursements; and", "R")], []),
              ("(c)", [("Discretionary Income estimated at USD 45,400,000, to be allocated as "
                        "follows:", "R")],
               [("(i)", [("USD 38,900,000 to meet the costs of the core structure of the Organization "
                          "not covered by the Administrative Part of the Budget;", "R")]),
                ("(ii)", [("USD 6,500,000 to projects funded under Line 2 of the IOM Development "
                           "Fund;", "R")])])]),
            ([("To approve the scale of assessment for 2011 as set out in document MC/2297, which "
               "includes the assessments of Member States admitted at the present session;", "R")], []),
            ([("To authorize the Director General to incur expenditure under the Operational Part of "
               "the Budget up to the level of funding actually received, on the understanding that the "
               "level of the Operational Part of the Budget will be adjusted as new funding becomes "
               "available;", "R"), ("2", "S")], []),
            ([("To urge all Member States to pay their assessed contributions for 2011 in full and as "
               "early as possible in the year, and those Member States in arrears to settle their "
               "outstanding contributions without delay or to agree on a payment plan with the "
               "Administration;", "R")], []),
            ([("To request the Director General:", "R")],
             [("(a)", [("to report to the Standing Committee on Programmes and Finance at its Eighth "
                        "Session on the implementation of the Programme and Budget for 2011; and", "R")],
               []),
              ("(b)", [("to continue consultations with Member States on the financing of the core "
                        "structure, with a view to submitting proposals to the Council at its next "
                        "regular session.", "R")], [])]),
        ],
    },
]


def cover(doc):
    c = doc.c
    doc.header_block("MC/L/1225 to MC/L/1228", "25 November 2010", cover=True)
    doc.y = H - 330
    doc.centred("DRAFT RESOLUTIONS", "B", 14, after=LEAD)
    # cover note near the foot of the page, under a typed rule
    y = 190
    c.setFont(FONTS["R"], 11)
    c.drawString(LM, y, "__________")
    y -= 20
    ws = words_of([(COVER_NOTE, "R")], 11)
    lines = wrap(ws, TW, TW, 11)
    for i, (lw, avail) in enumerate(lines):
        doc.draw_line(lw, LM, y, avail, justify=i < len(lines) - 1, size=11)
        y -= 13.5
    doc.finish_page()


def draft(doc, d):
    doc.symbol = d["symbol"]
    doc.page_no = 1
    doc.footnotes = d["footnotes"]
    doc.header_block(d["symbol"], d["date"])
    doc.centred("DRAFT RESOLUTION", "B", 12, after=LEAD * 2)
    for t in d["title"]:
        doc.centred(t, "B", 12, after=LEAD)
    doc.y -= LEAD
    doc.para([("The Council,", "R")], LM + PRE_IND, LM, after=LEAD)
    for p in d["preamble"]:
        doc.para(p, LM + PRE_IND, LM)
    if d["formula"]:
        doc.para([(d["formula"], "I")], LM + PRE_IND, LM)
    for n, (runs, items) in enumerate(d["operative"], start=1):
        if d["numbered"]:
            doc.para(runs, NUM_TXT, NUM_TXT, label="%d." % n, label_x=NUM_X)
        else:
            doc.para(runs, LM + PRE_IND, LM)
        for lab, iruns, subs in items:
            doc.para(iruns, NUM_TXT + 36, NUM_TXT + 36, label=lab, label_x=NUM_TXT)
            for slab, sruns in subs:
                doc.para(sruns, NUM_TXT + 72, NUM_TXT + 72, label=slab, label_x=NUM_TXT + 36)
    doc.finish_page()


def main():
    doc = Doc("draft-resolutions-2010.pdf")
    cover(doc)
    for d in DRAFTS:
        draft(doc, d)
    doc.c.save()


if __name__ == "__main__":
    main()
