# Lays out MC/2296 (resolutions adopted at the Ninety-eighth Session of the Council, 2009)
# with the reportlab canvas API.  Run: python compilation-2009.py  ->  compilation-2009.pdf
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

PW, PH = A4
L = 72.0
R = PW - 72.0
TOP = PH - 100.0          # first text baseline on a page with the running header
BOTTOM = 70.0
LEAD = 14.0
FS = 11.5
FN_FS = 9.5
FN_LEAD = 11.5
SYMBOL = "MC/2296"

ROMAN = "Times-Roman"
BOLD = "Times-Bold"
ITAL = "Times-Italic"

# ----------------------------------------------------------------------------------------------
# Source text.  Footnote markers are written {n} right after the word or punctuation they follow.
# In preamble clauses the words between < and > are set in italics.
# ----------------------------------------------------------------------------------------------

FOOTNOTES = {
    "1": "The report on the Ninety-eighth Session will be issued as document MC/2297 and submitted "
         "to the Council for approval at its next regular session.",
    "2": "The instrument of acceptance of the Constitution was deposited with the Director General "
         "on 4 November 2009.",
    "3": "Read together with the amendment issued as document MC/2284/Amdt.1 of 9 November 2009, "
         "which reflects the additional staff and office costs of the Organization's field "
         "structure approved by the Standing Committee on Programmes and Finance.",
    "4": "The recommendations are set out in paragraphs 14 to 22 of document SCPF/37; paragraph 23, "
         "on the scale of assessment, was not endorsed and remains under consideration.",
}

INTRO_1 = ("The Ninety-eighth Session of the Council was held in Geneva from 23 to 26 November "
           "2009.{1} In the course of the session the Council adopted the five resolutions "
           "listed below, the texts of which are reproduced in this document for the convenience "
           "of Member States and observers.")

INTRO_2 = ("Each text is preceded by the number of the meeting at which it was adopted and the date "
           "of adoption. Resolutions Nos. 1184 and 1185 should be read together with the report of "
           "the Standing Committee on Programmes and Finance on its Fifth Session (MC/2292), "
           "which the Council took note of at its 511th meeting.")

RESOLUTIONS = [
    {
        "num": "1181 (XCVIII)",
        "adopted": "(Adopted by the Council at its 509th meeting on 23 November 2009)",
        "title": ["ADMISSION OF THE REPUBLIC OF VANUATU AS A MEMBER", "OF THE ORGANIZATION"],
        "short": "Admission of the Republic of Vanuatu as a Member of the Organization",
        "preamble": [
            "<Having received> the application of the Republic of Vanuatu for membership in the "
            "Organization, as set out in document MC/2281 of 12 October 2009,",
            "<Having been informed> that the Republic of Vanuatu has accepted the Constitution of "
            "the Organization in accordance with its own constitutional processes, as provided for "
            "in Article 2(a) of the Constitution,{2}",
            "<Considering> that the Republic of Vanuatu has demonstrated its interest in the "
            "principle of free movement of persons and has undertaken to make a financial "
            "contribution to the administrative requirements of the Organization, the rate of "
            "which will be agreed upon by the Council and the Government of the Republic of "
            "Vanuatu,",
        ],
        "formula": "Resolves:",
        "operative": [
            ("1.", "To admit the Republic of Vanuatu as a Member of the International Organization "
                   "for Migration, with effect from the date of this resolution;", []),
            ("2.", "That the contribution of the Republic of Vanuatu to the Administrative Part of "
                   "the Budget for 2010 shall be assessed at the rate of 0.035 per cent.", []),
        ],
    },
    {
        "num": "1182 (XCVIII)",
        "adopted": "(Adopted by the Council at its 509th meeting on 23 November 2009)",
        "title": ["APPLICATION BY THE ISLAMIC DEVELOPMENT BANK", "FOR REPRESENTATION BY AN OBSERVER"],
        "short": "Application by the Islamic Development Bank for representation by an observer",
        "preamble": [
            "<Having received> the request of the Islamic Development Bank for representation by "
            "an observer at meetings of the Council (MC/2282),",
            "<Considering> that the Islamic Development Bank is a multilateral development "
            "financing institution whose activities in support of human development in its member "
            "countries include programmes related to labour mobility and remittances,",
            "<Convinced> that the Islamic Development Bank could make a useful contribution to the "
            "work of the Organization,",
        ],
        "formula": "Resolves:",
        "operative": [
            ("1.", "To accept the application of the Islamic Development Bank for representation "
                   "by an observer;", []),
            ("2.", "That the Islamic Development Bank is hereby invited to be represented by an "
                   "observer at meetings of the Council, on the understanding that the Bank will "
                   "bear the costs of its participation.", []),
        ],
    },
    {
        "num": "1183 (XCVIII)",
        "adopted": "(Adopted by the Council at its 510th meeting, on 24 November 2009)",
        "title": ["REPORT ON THE NINETY-SIXTH SESSION OF THE COUNCIL"],
        "short": "Report on the Ninety-sixth Session of the Council",
        "preamble": [
            "<Having received and examined> the draft report on its Ninety-sixth Session (MC/2268),",
            "<Noting> that no requests for amendment were received within the period set for that "
            "purpose at the close of the session,",
        ],
        # single operative sentence, unnumbered
        "formula": None,
        "single": "<Resolves> to approve the report on the Ninety-sixth Session of the Council, "
                  "which will be reissued as document MC/2268/Rev.1.",
        "operative": [],
    },
    {
        "num": "1184 (XCVIII)",
        "adopted": "(Adopted by the Council at its 511th meeting on 25 November 2009)",
        "title": ["PROGRAMME AND BUDGET FOR 2010"],
        "short": "Programme and Budget for 2010",
        "preamble": [
            "<Having examined> the Programme and Budget for 2010 (MC/2284),{3}",
            "<Having heard> the comments of the Standing Committee on Programmes and Finance at its "
            "Fifth Session, held on 3 and 4 November 2009 (MC/2292),",
            "<Recalling> Resolution No. 1150 of 7 June 2007, by which the Council adopted the IOM "
            "Strategy,",
            "<Noting with concern> the level of outstanding contributions to the Administrative "
            "Part of the Budget, as reported in document SCPF/31,",
        ],
        "formula": "Resolves:",
        "operative": [
            ("1.", "To approve the Programme and Budget for 2010, amounting to:", [
                ("(a)", "CHF 39,388,000 for the Administrative Part of the Budget; and", []),
                ("(b)", "USD 681,403,000 for the Operational Part of the Budget;", []),
            ]),
            ("2.", "To authorize the Director General to incur expenditure under the Operational "
                   "Part of the Budget up to the level of the funds received for that purpose, "
                   "and to adjust the projections accordingly in the revisions of the Programme "
                   "and Budget;", []),
            ("3.", "To urge Member States to pay their assessed contributions for 2010 in full and "
                   "as early in the year as possible, and those in arrears to settle their "
                   "outstanding contributions or to agree on a payment plan with the "
                   "Administration;", []),
            ("4.", "To request the Director General to report to the Standing Committee on "
                   "Programmes and Finance at its Sixth Session on the implementation of the "
                   "Programme and Budget for 2010.", []),
        ],
    },
    {
        "num": "1185 (XCVIII)",
        "adopted": "(Adopted by the Council at its 512th meeting on 26 November 2009)",
        "title": ["BUDGET REFORM"],
        "short": "Budget reform",
        "preamble": [
            "<Recalling> its Resolution No. 1168 (XCVI) of 2 December 2008, by which it endorsed the "
            "establishment of the Working Group on Budget Reform,",
            "<Having considered> the report of the Working Group on Budget Reform (SCPF/37) and the "
            "recommendations contained therein, as well as the observations of the Administration on "
            "their financial implications,",
            "<Noting> the views expressed by Member States at the Fifth Session of the Standing "
            "Committee on Programmes and Finance and in the course of the informal consultations held "
            "on 15 October 2009,",
            "<Aware> that the Administrative Part of the Budget has been subject to a policy of "
            "zero nominal growth for a number of years, while the membership and the operations of "
            "the Organization have grown substantially,",
            "<Bearing in mind> the need for a sound and predictable financial basis for the core "
            "structure of the Organization,",
        ],
        "formula": "Resolves:",
        "operative": [
            ("1.", "To endorse the recommendations of the Working Group on Budget Reform concerning "
                   "the core structure of the Organization and the use of discretionary "
                   "income;{4}", []),
            ("2.", "To request the Director General:", [
                ("(a)", "to present to the Standing Committee on Programmes and Finance, at its "
                        "Sixth Session, proposals for the implementation of those recommendations, "
                        "together with their financial implications;", []),
                ("(b)", "to report each year on the use of discretionary income, distinguishing "
                        "between:", [
                    ("(i)", "income from project overheads; and", []),
                    ("(ii)", "miscellaneous income, including unearmarked contributions and "
                             "interest income;", []),
                ]),
                ("(c)", "to keep Member States informed, through informal consultations, of the "
                        "progress made;", []),
            ]),
            ("3.", "To extend the mandate of the Working Group on Budget Reform until 31 December "
                   "2010;", []),
            ("4.", "To review the question at its Ninety-ninth Session.", []),
        ],
    },
]

# ----------------------------------------------------------------------------------------------
# Tokenizing and wrapping
# ----------------------------------------------------------------------------------------------


def tokens(text, base=ROMAN, italic_font=ITAL):
    """Split into (word, font, marker) tokens; <...> spans are italic; {n} is a marker."""
    out = []
    ital = False
    for raw in text.split(" "):
        if not raw:
            continue
        w = raw
        f_start = ital
        if w.startswith("<"):
            ital = True
            f_start = True
            w = w[1:]
        end_ital = False
        if ">" in w:
            end_ital = True
            w = w.replace(">", "")
        marker = None
        if "{" in w:
            i = w.index("{")
            marker = w[i + 1:w.index("}")]
            w = w[:i]
        out.append((w, italic_font if (ital or f_start) else base, marker))
        if end_ital:
            ital = False
    return out


def tok_width(t, size=FS):
    w, f, m = t
    width = stringWidth(w, f, size)
    if m:
        width += stringWidth(m, ROMAN, size * 0.62)
    return width


def wrap(toks, first_width, width, size=FS):
    lines = []
    cur = []
    curw = 0.0
    avail = first_width
    sp = stringWidth(" ", ROMAN, size)
    for t in toks:
        tw = tok_width(t, size)
        add = tw if not cur else sp + tw
        if cur and curw + add > avail:
            lines.append(cur)
            cur = [t]
            curw = tw
            avail = width
        else:
            cur.append(t)
            curw += add
    if cur:
        lines.append(cur)
    return lines


def draw_tokens(c, x, y, toks, size=FS):
    sp = stringWidth(" ", ROMAN, size)
    for i, (w, f, m) in enumerate(toks):
        if i:
            x += sp
        c.setFont(f, size)
        c.drawString(x, y, w)
        x += stringWidth(w, f, size)
        if m:
            c.setFont(ROMAN, size * 0.62)
            c.drawString(x, y + size * 0.38, m)
            x += stringWidth(m, ROMAN, size * 0.62)
    return x


# ----------------------------------------------------------------------------------------------
# Flow engine.  A "line" is a dict: kind, draw callable, height, footnotes on it.
# ----------------------------------------------------------------------------------------------


class Flow:
    def __init__(self, c):
        self.c = c
        self.page = 0
        self.y = None
        self.fn_on_page = []
        self.res_pages = {}

    def fn_height(self, keys):
        h = 0.0
        for k in keys:
            toks = tokens(FOOTNOTES[k])
            n = len(wrap(toks, R - L - 14, R - L - 14, FN_FS))
            h += n * FN_LEAD + 2
        return h + (14 if keys else 0)

    def new_page(self):
        if self.page >= 1:
            self.finish_page()
        self.page += 1
        c = self.c
        c.setFont(ROMAN, 11)
        c.drawRightString(R, PH - 50, SYMBOL)
        c.drawRightString(R, PH - 63, "Page %d" % self.page)
        self.y = TOP
        self.fn_on_page = []

    def finish_page(self):
        c = self.c
        if self.fn_on_page:
            h = self.fn_height(self.fn_on_page)
            y = BOTTOM + h - 6
            c.setLineWidth(0.5)
            c.line(L, y, L + 110, y)
            y -= 14
            for k in self.fn_on_page:
                c.setFont(ROMAN, FN_FS * 0.62)
                c.drawString(L, y + FN_FS * 0.38, k)
                toks = tokens(FOOTNOTES[k])
                for ln in wrap(toks, R - L - 14, R - L - 14, FN_FS):
                    draw_tokens(c, L + 10, y, ln, FN_FS)
                    y -= FN_LEAD
                y -= 2
        c.showPage()

    def room(self, extra_fn=()):
        return self.y - (BOTTOM + self.fn_height(self.fn_on_page + list(extra_fn)))

    def place(self, drawfn, height, fns=()):
        fns = [f for f in fns if f not in self.fn_on_page]
        if self.room(fns) < 0:
            self.new_page()
        drawfn(self.c, self.y)
        self.fn_on_page.extend(fns)
        self.y -= height

    def space(self, h):
        self.y -= h

    def need(self, h):
        if self.room() < h:
            self.new_page()


def para_lines(text, x_first, x_rest, label=None, label_x=None, base=ROMAN, width_right=R):
    toks = tokens(text, base)
    lines = wrap(toks, width_right - x_first, width_right - x_rest)
    out = []
    for i, ln in enumerate(lines):
        fns = [t[2] for t in ln if t[2]]
        x = x_first if i == 0 else x_rest
        lab = label if i == 0 else None

        def d(c, y, ln=ln, x=x, lab=lab):
            if lab:
                c.setFont(ROMAN, FS)
                c.drawString(label_x, y, lab)
            draw_tokens(c, x, y, ln)
        out.append((d, fns))
    return out


def flow_para(fl, text, x_first, x_rest, label=None, label_x=None, after=8):
    for d, fns in para_lines(text, x_first, x_rest, label, label_x):
        fl.place(d, LEAD, fns)
    fl.space(after)


def centered(fl, text, font, size=FS, lead=LEAD):
    def d(c, y):
        c.setFont(font, size)
        c.drawCentredString(PW / 2, y, text)
    fl.place(d, lead)


def flow_items(fl, items, depth):
    lab_x = L + 36 * depth
    txt_x = L + 36 * (depth + 1)
    for lab, text, kids in items:
        flow_para(fl, text, txt_x, txt_x, lab, lab_x, after=6)
        if kids:
            flow_items(fl, kids, depth + 1)


def flow_resolution(fl, idx, r):
    fl.need(100)
    fl.res_pages[idx] = fl.page
    centered(fl, "RESOLUTION No. " + r["num"], BOLD, 12, 16)
    centered(fl, r["adopted"], ROMAN, FS, LEAD + 8)
    for t in r["title"]:
        centered(fl, t, BOLD, 12, 15)
    fl.space(10)
    flow_para(fl, "<The Council,>", L + 36, L, after=10)
    for p in r["preamble"]:
        flow_para(fl, p, L + 36, L, after=9)
    if r.get("single"):
        flow_para(fl, r["single"], L + 36, L, after=22)
        return
    fl.need(LEAD * 3 + 9)   # keep the formula with the first operative clause
    flow_para(fl, "<" + r["formula"] + ">", L + 36, L, after=9)
    for num, text, kids in r["operative"]:
        flow_para(fl, text, L + 36, L + 36, num, L, after=8)
        if kids:
            flow_items(fl, kids, 1)
            fl.space(2)
    fl.space(16)


# ----------------------------------------------------------------------------------------------


def cover(c):
    c.setFont(BOLD, 12)
    c.drawString(L, PH - 92, "NINETY-EIGHTH SESSION")
    c.setFont(ROMAN, 12)
    c.drawRightString(R, PH - 70, SYMBOL)
    c.drawRightString(R, PH - 92, "Original: English")
    c.drawRightString(R, PH - 106, "14 December 2009")
    c.setFont(ROMAN, 12)
    c.drawCentredString(PW / 2, PH - 150, "_" * 68)
    c.setFont(BOLD, 14)
    c.drawCentredString(PW / 2, PH / 2 + 30, "RESOLUTIONS ADOPTED BY THE COUNCIL")
    c.drawCentredString(PW / 2, PH / 2 + 10, "AT ITS NINETY-EIGHTH SESSION")
    c.setLineWidth(1)
    c.line(L, 96, R, 96)
    c.setFont(BOLD, 12)
    c.drawString(L + 10, 78, "COUNCIL")
    c.drawCentredString(PW / 2, 78, "CONSEIL")
    c.drawRightString(R - 10, 78, "CONSEJO")
    c.showPage()


def table(fl, pages):
    col_t = L + 100
    col_p = R
    tw = R - 105 - col_t
    fl.need(130)

    def head(c, y):
        c.setLineWidth(0.6)
        c.line(L, y + 12, R, y + 12)
        c.setFont(BOLD, FS)
        c.drawString(L, y, "Resolution No.")
        c.drawString(col_t, y, "Title")
        c.drawRightString(col_p, y, "Adopted on")
        c.line(L, y - 5, R, y - 5)
    fl.place(head, LEAD + 8)
    for i, r in enumerate(RESOLUTIONS):
        lines = wrap(tokens(r["short"]), tw, tw)
        for j, ln in enumerate(lines):
            def d(c, y, ln=ln, j=j, r=r, i=i):
                c.setFont(ROMAN, FS)
                if j == 0:
                    c.drawString(L, y, r["num"])
                draw_tokens(c, col_t, y, ln)
                if j == len(lines) - 1:
                    c.setFont(ROMAN, FS)
                    c.drawRightString(col_p, y, r["adopted"].split(" on ")[1].rstrip(")"))
            fl.place(d, LEAD)
        fl.space(5)

    def foot(c, y):
        c.setLineWidth(0.6)
        c.line(L, y + 12, R, y + 12)
    fl.place(foot, 14)


def build(path, pages):
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle("MC/2296 - Resolutions adopted by the Council at its Ninety-eighth Session")
    c.setAuthor("International Organization for Migration")
    cover(c)
    fl = Flow(c)
    fl.new_page()
    centered(fl, "RESOLUTIONS ADOPTED BY THE COUNCIL AT ITS NINETY-EIGHTH SESSION", BOLD, 12, 30)
    flow_para(fl, INTRO_1, L + 36, L, after=12)
    table(fl, pages)
    fl.space(6)
    flow_para(fl, INTRO_2, L + 36, L, after=14)

    def stars(c, y):
        c.setFont(ROMAN, FS)
        c.drawCentredString(PW / 2, y, "*          *          *")
    fl.place(stars, 30)
    for i, r in enumerate(RESOLUTIONS):
        flow_resolution(fl, i, r)
    fl.finish_page()
    c.save()
    return fl.res_pages


if __name__ == "__main__":
    out = "compilation-2009.pdf"
    p1 = build(out, {})
    p2 = build(out, p1)
    assert p1 == p2, (p1, p2)
    print("resolution start pages:", p2)
