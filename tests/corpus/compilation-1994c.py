"""Draw compilation-1994c.pdf: resolutions adopted by the IOM Council at its
Sixty-eighth Session (1994), typeset on A4 with reportlab (canvas level)."""
import os
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "compilation-1994c.pdf")

SYMBOL = "MC/1823"
W, H = A4
LM, RM = 72, 72
TEXT_W = W - LM - RM
TOP = H - 100          # first body baseline under the running header
BOTTOM = 70            # lowest baseline of the page (footnotes included)
SIZE = 11.5
LEAD = 15
FN_SIZE = 9
FN_LEAD = 11
TAB = 34               # hanging indent of operative clauses
SUBTAB = 34            # further indent for lettered sub-items

R, I, B = "Times-Roman", "Times-Italic", "Times-Bold"

FOOTNOTES = {
    "1": "The Administrative Part of the Budget has been held at zero nominal growth "
         "since 1992; see document MC/1762, paragraphs 6 to 9.",
    "2": "Report of the International Conference on Population and Development, Cairo, "
         "5-13 September 1994 (A/CONF.171/13), chapter X (International migration).",
}


# --------------------------------------------------------------------------
# content
# --------------------------------------------------------------------------
def pre(lead, rest):
    """A preambular clause: italic opening phrase, roman remainder."""
    return ("pre", [(I, lead), (R, rest)])


def op(num, text):
    return ("op", num, [(R, text)])


def sub(label, text):
    return ("sub", label, [(R, text)])


RESOLUTIONS = [
    {
        "no": "906", "meeting": "398th", "date": "29 November 1994",
        "title": ["ADMISSION OF THE REPUBLIC OF TAJIKISTAN", "AS A MEMBER OF THE ORGANIZATION"],
        "body": [
            pre("Having received", " the application of the Republic of Tajikistan for membership "
                "in the Organization, transmitted by letter of 14 September 1994 from its Minister "
                "for Foreign Affairs (MC/1807),"),
            pre("Having been informed", " that the Government of the Republic of Tajikistan has "
                "accepted the Constitution of the Organization in conformity with its own "
                "constitutional procedures, and has undertaken to make a financial contribution to "
                "the administrative requirements of the Organization in accordance with Article 2 (b) "
                "of the Constitution,"),
            pre("Convinced", " that the participation of the Republic of Tajikistan will strengthen "
                "the co-operation of the Organization with the States of Central Asia,"),
            ("resolves",),
            op("1.", "To admit the Republic of Tajikistan as a Member of the International "
               "Organization for Migration with effect from the date of this resolution;"),
            op("2.", "To fix the contribution of the Republic of Tajikistan to the Administrative "
               "Part of the Budget at 0.039 per cent, pending the next revision of the scale of "
               "assessment;"),
            op("3.", "To welcome the Republic of Tajikistan as a Member of the Organization."),
        ],
    },
    {
        "no": "907", "meeting": "398th", "date": "29 November 1994",
        "title": ["APPLICATIONS FOR REPRESENTATION BY OBSERVERS"],
        "body": [
            pre("Having received", " requests for representation by an observer from the "
                "Government of the Republic of Latvia (MC/1808), the Government of Ukraine "
                "(MC/1809), the Organization of African Unity (MC/1810) and the International "
                "Catholic Child Bureau (MC/1811),"),
            pre("Recalling", " Resolution No. 861 (LXIV) of 19 November 1992 concerning the "
                "criteria for the admission of observers,"),
            pre("Considering", " that each of the applicants has shown a sustained interest in "
                "the objectives and activities of the Organization,"),
            ("resolves",),
            op("1.", "To grant observer status at the meetings of the Council to:"),
            sub("(a)", "the Republic of Latvia;"),
            sub("(b)", "Ukraine;"),
            sub("(c)", "the Organization of African Unity;"),
            sub("(d)", "the International Catholic Child Bureau;"),
            op("2.", "To request the Director General to inform the applicants of this decision "
               "and to invite them to future sessions of the Council in accordance with Rule 8 "
               "of its Rules of Procedure."),
        ],
    },
    {
        "no": "908", "meeting": "400th", "date": "30 November 1994",
        "title": ["PROGRAMME AND BUDGET FOR 1995"],
        "body": [
            pre("Having considered", " the Programme and Budget for 1995 (MC/1803) and the "
                "revised estimates set out in document MC/1803/Add.1,"),
            pre("Having received", " the report of the Executive Committee on its Eighty-seventh "
                "Session (MC/1815),"),
            pre("Taking into account", " the recommendations of the Sub-Committee on Budget and "
                "Finance contained in its report (MC/EX/561),"),
            pre("Mindful", " of the continuing need for budgetary restraint in the "
                "Administrative Part of the Budget,{1}"),
            ("resolves",),
            op("1.", "To approve the Programme and Budget for 1995, amounting to CHF 37,214,000 "
               "for the Administrative Part of the Budget and USD 264,380,000 for the Operational "
               "Part of the Budget;"),
            op("2.", "To authorize the Director General to incur expenditure within the limits of "
               "the funds available under the Operational Part of the Budget;"),
            op("3.", "To urge Member States to pay their assessed contributions to the "
               "Administrative Part of the Budget in full and as early in the year as possible;"),
            op("4.", "To request the Director General to submit a revision of the Programme and "
               "Budget for 1995 to the Executive Committee at its next session."),
        ],
    },
    {
        "no": "909", "meeting": "400th", "date": "30 November 1994",
        "title": ["FOLLOW-UP TO THE INTERNATIONAL CONFERENCE", "ON POPULATION AND DEVELOPMENT"],
        "body": [
            pre("Recalling", " Article 1 of the Constitution, which sets out the purposes and "
                "functions of the Organization,"),
            pre("Having taken note", " of the Programme of Action adopted by the International "
                "Conference on Population and Development, held at Cairo from 5 to 13 September "
                "1994,{2}"),
            pre("Welcoming", " the attention given in the Programme of Action to international "
                "migration, to the root causes of migratory flows and to the needs of "
                "documented and undocumented migrants alike,"),
            pre("Bearing in mind", " the information provided by the Director General on the "
                "role of the Organization in the implementation of the Programme of Action "
                "(MC/INF/231),"),
            ("resolves",),
            op("1.", "To endorse the efforts of the Director General to secure the participation "
               "of the Organization in the follow-up to the Conference;"),
            op("2.", "To invite Member States to draw on the expertise of the Organization when "
               "giving effect to the recommendations of the Programme of Action concerning "
               "international migration;"),
            op("3.", "To request the Director General to report to the Council at its next regular "
               "session on the action taken pursuant to this resolution."),
        ],
    },
    {
        "no": "910", "meeting": "401st", "date": "1 December 1994",
        "title": ["ELECTION OF THE EXECUTIVE COMMITTEE", "FOR 1995 AND 1996"],
        "body": [
            pre("Having regard", " to Article 14 of the Constitution,"),
            pre("Recalling", " Resolution No. 880 (LXVI) of 30 November 1993 on the composition "
                "of the Executive Committee,"),
            pre("Noting", " that the term of office of the members elected at the Sixty-fourth "
                "Session of the Council expires on 31 December 1994,"),
            ("resolves",),
            op("1.", "To elect the following Member States as members of the Executive Committee "
               "for 1995 and 1996: Argentina, Australia, Belgium, Canada, Chile, Germany, Greece, "
               "Italy, Japan, Kenya, Pakistan, Philippines, Switzerland, Thailand and the United "
               "States of America;"),
            op("2.", "To express its appreciation to the outgoing members of the Executive "
               "Committee for their contribution to its work;"),
            op("3.", "To request the Executive Committee to elect its officers at the opening "
               "meeting of its first session in 1995."),
        ],
    },
]


# --------------------------------------------------------------------------
# rich-text wrapping
# --------------------------------------------------------------------------
def tokens(runs):
    """Split runs into (font, word, is_marker, space_before) tokens."""
    out = []
    pending_space = False
    for font, text in runs:
        i = 0
        while i < len(text):
            ch = text[i]
            if ch == " ":
                pending_space = True
                i += 1
                continue
            if ch == "{":
                j = text.index("}", i)
                out.append((font, text[i + 1:j], True, False))
                i = j + 1
                continue
            j = i
            while j < len(text) and text[j] not in " {":
                j += 1
            out.append((font, text[i:j], False, pending_space))
            pending_space = False
            i = j
    return out


def tok_width(tok, size):
    font, word, marker, _ = tok
    if marker:
        return stringWidth(word, R, size * 0.62)
    return stringWidth(word, font, size)


def wrap(runs, first_width, width, size):
    toks = tokens(runs)
    lines, cur, cur_w = [], [], 0.0
    avail = first_width
    for t in toks:
        w = tok_width(t, size)
        sp = stringWidth(" ", R, size) if (t[3] and cur) else 0.0
        if cur and not t[2] and cur_w + sp + w > avail:
            lines.append(cur)
            cur, cur_w = [], 0.0
            avail = width
            sp = 0.0
        cur.append(t)
        cur_w += sp + w
    if cur:
        lines.append(cur)
    return lines


def draw_line(c, x, y, line, size):
    first = True
    for font, word, marker, space in line:
        if marker:
            c.setFont(R, size * 0.62)
            c.drawString(x, y + size * 0.38, word)
            x += stringWidth(word, R, size * 0.62)
            continue
        if space and not first:
            x += stringWidth(" ", R, size)
        c.setFont(font, size)
        c.drawString(x, y, word)
        x += stringWidth(word, font, size)
        first = False


def line_markers(line):
    return [t[1] for t in line if t[2]]


# --------------------------------------------------------------------------
# page machinery
# --------------------------------------------------------------------------
class Doc:
    def __init__(self, path):
        self.c = canvas.Canvas(path, pagesize=A4)
        self.c.setTitle("MC/1823 - Resolutions adopted by the Council at its Sixty-eighth Session")
        self.c.setAuthor("International Organization for Migration")
        self.page_label = 0
        self.y = None
        self.page_fns = []

    # footnote block height for a list of markers
    def fn_height(self, markers):
        if not markers:
            return 0
        h = 18  # rule and gap
        for m in markers:
            h += len(wrap([(R, FOOTNOTES[m])], TEXT_W - 14, TEXT_W - 14, FN_SIZE)) * FN_LEAD + 2
        return h

    def limit(self, extra_markers=()):
        return BOTTOM + self.fn_height(self.page_fns + list(extra_markers))

    def new_page(self):
        if self.y is not None:
            self.finish_page()
        self.page_label += 1
        c = self.c
        c.setFont(R, 11)
        c.drawRightString(W - RM, H - 50, SYMBOL)
        c.drawRightString(W - RM, H - 63, "Page %d" % self.page_label)
        self.y = TOP
        self.page_fns = []

    def finish_page(self):
        c = self.c
        if self.page_fns:
            h = self.fn_height(self.page_fns)
            y = BOTTOM + h - 6
            c.setFont(R, FN_SIZE)
            c.drawString(LM, y, "__________")
            y -= 16
            for m in self.page_fns:
                lines = wrap([(R, FOOTNOTES[m])], TEXT_W - 14, TEXT_W - 14, FN_SIZE)
                c.setFont(R, FN_SIZE * 0.75)
                c.drawString(LM, y + 3, m)
                for ln in lines:
                    draw_line(c, LM + 14, y, ln, FN_SIZE)
                    y -= FN_LEAD
                y -= 2
        c.showPage()

    def need(self, h):
        if self.y - h < self.limit():
            self.new_page()

    def put_line(self, x, line, size=SIZE):
        ms = line_markers(line)
        if self.y < self.limit(ms):
            self.new_page()
        draw_line(self.c, x, self.y, line, size)
        self.page_fns.extend(ms)
        self.y -= LEAD

    def gap(self, h):
        self.y -= h

    def centred(self, text, font=R, size=SIZE, underline=False):
        c = self.c
        c.setFont(font, size)
        c.drawCentredString(W / 2, self.y, text)
        if underline:
            w = stringWidth(text, font, size)
            c.setLineWidth(0.6)
            c.line(W / 2 - w / 2, self.y - 2, W / 2 + w / 2, self.y - 2)
        self.y -= LEAD

    def preamble(self, runs):
        lines = wrap(runs, TEXT_W - TAB, TEXT_W, SIZE)
        for k, ln in enumerate(lines):
            self.put_line(LM + (TAB if k == 0 else 0), ln)
        self.gap(6)

    def hanging(self, label, runs, indent):
        x0 = LM + indent
        lines = wrap(runs, TEXT_W - indent - TAB, TEXT_W - indent - TAB, SIZE)
        # keep label with first line
        if self.y < self.limit(line_markers(lines[0])):
            self.new_page()
        self.c.setFont(R, SIZE)
        self.c.drawString(x0, self.y, label)
        for ln in lines:
            self.put_line(x0 + TAB, ln)
        self.gap(6)


# --------------------------------------------------------------------------
# cover
# --------------------------------------------------------------------------
def cover(d):
    c = d.c
    c.setFont(B, 12)
    c.drawString(LM, H - 72, "SIXTY-EIGHTH SESSION")
    c.setFont(R, 11.5)
    c.drawRightString(W - RM, H - 100, SYMBOL)
    c.drawRightString(W - RM, H - 128, "Original: English")
    c.drawRightString(W - RM, H - 142, "9 December 1994")
    c.setFont(R, 11.5)
    c.drawString(LM, H - 170, "_" * 78)
    c.setFont(B, 14)
    c.drawCentredString(W / 2, H - 330, "RESOLUTIONS ADOPTED BY THE COUNCIL")
    c.drawCentredString(W / 2, H - 350, "AT ITS SIXTY-EIGHTH SESSION")
    # cover note
    c.setFont(R, 11.5)
    c.drawString(LM, 205, "__________")
    note = ("The report on the Sixty-eighth Session, together with the summary records of its "
            "meetings, will be issued as a separate document.")
    y = 185
    for ln in wrap([(R, note)], TEXT_W, TEXT_W, 11.5):
        draw_line(c, LM, y, ln, 11.5)
        y -= LEAD
    # trilingual footer
    c.setLineWidth(1.2)
    c.line(LM, 92, W - RM, 92)
    c.setFont(B, 13)
    c.drawString(LM, 72, "COUNCIL")
    c.drawCentredString(W / 2, 72, "CONSEIL")
    c.drawRightString(W - RM, 72, "CONSEJO")
    c.showPage()


# --------------------------------------------------------------------------
def main():
    d = Doc(OUT)
    cover(d)
    d.new_page()
    # running title on the first text page
    d.centred("RESOLUTIONS ADOPTED BY THE COUNCIL AT ITS SIXTY-EIGHTH SESSION", R, SIZE)
    d.gap(14)
    for n, res in enumerate(RESOLUTIONS):
        if n:
            d.gap(16)
        # keep the heading group together with the opening of the preamble
        d.need(LEAD * (4 + len(res["title"])) + 60)
        d.centred("RESOLUTION No. %s (LXVIII)" % res["no"], B, SIZE, underline=True)
        d.gap(2)
        d.centred("(Adopted by the Council at its %s meeting on %s)" % (res["meeting"], res["date"]),
                  R, SIZE)
        d.gap(8)
        for t in res["title"]:
            d.centred(t, B, SIZE)
        d.gap(10)
        d.put_line(LM + TAB, [(I, "The", False, False), (I, "Council,", False, True)])
        d.gap(6)
        for blk in res["body"]:
            if blk[0] == "pre":
                d.preamble(blk[1])
            elif blk[0] == "resolves":
                d.need(LEAD * 3)
                d.put_line(LM + TAB, [(I, "Resolves:", False, False)])
                d.gap(6)
            elif blk[0] == "op":
                d.hanging(blk[1], blk[2], 0)
            elif blk[0] == "sub":
                d.hanging(blk[1], blk[2], TAB)
    d.finish_page()
    d.c.save()


if __name__ == "__main__":
    main()
