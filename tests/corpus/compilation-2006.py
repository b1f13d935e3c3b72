"""Draw compilation-2006.pdf: resolutions adopted by the IOM Council at its
Ninety-second Session (2006), printed together under symbol MC/2214.
Drawn with reportlab's canvas; a small hand-made flow engine wraps and
justifies text, keeps footnotes at the foot of the page of their markers and
puts the running header (symbol / Page n) on every page after the cover."""
import os
import re

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "compilation-2006.pdf")

SYMBOL = "MC/2214"
PW, PH = A4
LM, RM = 72, PW - 72          # text block 72 .. 523
TOP = PH - 90                 # first baseline of body on text pages
BOTTOM = 70                   # lowest baseline for body or footnotes
BODY_FONT = {"r": "Times-Roman", "i": "Times-Italic", "b": "Times-Bold"}
SIZE, LEAD = 11.5, 14.2
FN_SIZE, FN_LEAD = 9.5, 11.5

# ---------------------------------------------------------------- content
# Inline markup: <i>..</i> italic, <b>..</b> bold, <sup>n</sup> footnote marker.
FOOTNOTES = {
    "1": "See also the summary of the informal consultations of the Council held on "
         "12 September and 17 October 2006, issued as document MC/INF/286.",
    "2": "The recommendations of the Standing Committee concerning the Programme and "
         "Budget for 2007 are set out in paragraphs 9 to 24 of that report.",
    "3": "The scale of assessment for 2007, including the contribution of Montenegro, "
         "is reproduced in Annex I to document MC/2200.",
}

RESOLUTIONS = [
    {
        "number": "RESOLUTION No. 1138 (XCII)",
        "adopted": "(Adopted by the Council at its 476th meeting on 28 November 2006)",
        "title": ["ADMISSION OF MONTENEGRO AS A MEMBER", "OF THE ORGANIZATION"],
        "preamble": [
            "<i>Having received</i> the application of Montenegro for membership in the "
            "Organization, as set out in document MC/2195 of 2 October 2006,",
            "<i>Having been informed</i> that the Government of Montenegro has accepted the "
            "Constitution of the Organization in accordance with its own constitutional "
            "rules, as provided for in Article 2(b) of the Constitution,",
            "<i>Having been informed</i> that the Government of Montenegro agrees to make a "
            "financial contribution to the administrative requirements of the Organization, "
            "the percentage of which will be agreed upon by the Council and the Government "
            "of Montenegro,",
        ],
        "operative": [
            ("1.", "To admit Montenegro as a Member of the International Organization for "
                   "Migration;", None),
            ("2.", "To fix the contribution of Montenegro to the Administrative Part of the "
                   "Budget at 0.019 per cent, with effect from 1 January 2007.", None),
        ],
    },
    {
        "number": "RESOLUTION No. 1139 (XCII)",
        "adopted": "(Adopted by the Council at its 476th meeting on 28 November 2006)",
        "title": ["APPLICATION BY THE ECONOMIC COMMUNITY OF CENTRAL AFRICAN",
                  "STATES FOR REPRESENTATION BY AN OBSERVER"],
        "preamble": [
            "<i>Having received</i> the request of the Economic Community of Central "
            "African States for representation by an observer at meetings of the Council "
            "(MC/2196),",
            "<i>Noting</i> that the Economic Community of Central African States pursues, "
            "among its objectives, the progressive establishment of freedom of movement "
            "for the nationals of its member States,",
            "<i>Convinced</i> that closer cooperation between the Economic Community and the "
            "Organization will contribute to the orderly management of migration in the "
            "subregion,",
        ],
        "operative": [
            ("1.", "To grant observer status to the Economic Community of Central African "
                   "States;", None),
            ("2.", "To request the Director General to inform the Secretary General of the "
                   "Economic Community of this decision and to invite it to be represented "
                   "at the Council as from its next session.", None),
        ],
    },
    {
        "number": "RESOLUTION No. 1140 (XCII)",
        "adopted": "(Adopted by the Council at its 479th meeting on 30 November 2006)",
        "title": ["IOM STRATEGY"],
        "preamble": [
            "<i>Recalling</i> its Resolution No. 923 (LXXI) of 29 November 1995 on "
            "\u201cFuture Activities of IOM\u201d and its Resolution No. 1110 (LXXXVIII) of "
            "30 November 2004 on the review of the Organization\u2019s strategic direction,",
            "<i>Having considered</i> the document entitled \u201cIOM Strategy: Options for "
            "the Future\u201d (MC/INF/285),<sup>1</sup>",
            "<i>Taking into account</i> the views expressed by Member States in the course "
            "of the informal consultations and during the general debate at the present "
            "session,",
            "<i>Conscious</i> of the rapid growth in the membership of the Organization and "
            "in the volume and diversity of its operational activities since 1995,",
            "<i>Welcoming</i> the role of the International Dialogue on Migration as a "
            "forum in which Member States, observers and partners examine together the "
            "policy questions raised by migration, and the contribution it has made since 2001 "
            "to a shared understanding of those questions,",
            "<i>Mindful</i> of the need for a clear and concise statement of the "
            "Organization\u2019s purpose and priorities which responds to current and "
            "future migration realities,",
        ],
        "operative": [
            ("1.", "To take note with appreciation of the document entitled \u201cIOM "
                   "Strategy: Options for the Future\u201d and of the contributions made by "
                   "Member States to the informal consultations;", None),
            ("2.", "To request the Director General, in close consultation with Member "
                   "States, to prepare a draft strategy document for consideration by the "
                   "Council at a special session to be convened in the first half of 2007, "
                   "which should:",
             [
                 ("(a)", "set out, in a limited number of points, the main activities "
                         "through which the Organization pursues its purposes and "
                         "functions as defined in its Constitution;"),
                 ("(b)", "reflect the character of the Organization as an "
                         "intergovernmental organization with a global membership, "
                         "working in partnership with other international and "
                         "non-governmental organizations;"),
                 ("(c)", "indicate the implications, if any, of the proposed activities "
                         "for the Administrative Part of the Budget and for the "
                         "structure of the Organization; and"),
                 ("(d)", "propose the means by which the implementation of the strategy "
                         "will be reviewed periodically by the Council;"),
             ]),
            ("3.", "To keep the consultative process open to all Member States and to "
                   "invite observers to take part in it as appropriate;", None),
            ("4.", "To request the Director General to report on the progress achieved to "
                   "the Standing Committee on Programmes and Finance at its next session.",
             None),
        ],
    },
    {
        "number": "RESOLUTION No. 1141 (XCII)",
        "adopted": "(Adopted by the Council at its 480th meeting on 1 December 2006)",
        "title": ["PROGRAMME AND BUDGET FOR 2007"],
        "preamble": [
            "<i>Having considered</i> the Programme and Budget for 2007 (MC/2200),",
            "<i>Having received</i> the report of the Standing Committee on Programmes and "
            "Finance on its session held on 7 and 8 November 2006 (MC/2207),<sup>2</sup>",
            "<i>Recalling</i> its Resolution No. 1129 (XC) of 1 December 2005 concerning the "
            "Programme and Budget for 2006,",
            "<i>Noting</i> that the Administrative Part of the Budget for 2007 has been "
            "prepared in accordance with the policy of zero nominal growth,",
        ],
        "operative": [
            ("1.", "To approve the Programme and Budget for 2007;", None),
            ("2.", "To approve the Administrative Part of the Budget for 2007 in the amount "
                   "of CHF 37,119,000, to be financed by the assessed contributions of "
                   "Member States in accordance with the scale of assessment for "
                   "2007;<sup>3</sup>", None),
            ("3.", "To approve the Operational Part of the Budget for 2007 in the amount of "
                   "USD 596,414,000, comprising USD 568,914,000 for projects funded by "
                   "voluntary contributions and USD 27,500,000 from Discretionary Income;",
             None),
            ("4.", "To authorize the Director General to accept additional voluntary "
                   "contributions, to adjust the Operational Part of the Budget accordingly "
                   "and to report thereon to the Standing Committee on Programmes and "
                   "Finance;", None),
            ("5.", "To request the Director General to submit a revision of the Programme "
                   "and Budget for 2007 to the Standing Committee on Programmes and Finance "
                   "at its spring session in 2007.", None),
        ],
    },
]

CONTENTS = [
    ("Resolution No. 1138 (XCII)", "Admission of Montenegro as a Member of the Organization"),
    ("Resolution No. 1139 (XCII)", "Application by the Economic Community of Central African "
                                   "States for representation by an observer"),
    ("Resolution No. 1140 (XCII)", "IOM Strategy"),
    ("Resolution No. 1141 (XCII)", "Programme and Budget for 2007"),
]


# ---------------------------------------------------------------- engine
def tokens(markup):
    """Split markup into words: list of (text, style, glue_to_previous)."""
    out = []
    for m in re.finditer(r"<(i|b|sup)>(.*?)</\1>|([^<]+)", markup):
        if m.group(3) is not None:
            style, text = "r", m.group(3)
        else:
            style, text = m.group(1), m.group(2)
        if style == "sup":
            out.append((text, "sup", True))
            continue
        parts = re.split(r"( +)", text)
        glue = bool(out) and not text.startswith(" ")
        for p in parts:
            if not p:
                continue
            if p.startswith(" "):
                glue = False
                continue
            out.append((p, style, glue))
            glue = True
    return out


def piece_width(p, size):
    text, style, _ = p
    if style == "sup":
        return stringWidth(text, "Times-Roman", size * 0.65)
    return stringWidth(text, BODY_FONT[style], size)


def build_words(markup, size):
    words = []  # each word: list of pieces
    for p in tokens(markup):
        if p[2] and words:
            words[-1].append(p)
        else:
            words.append([p])
    return words


def word_width(w, size):
    return sum(piece_width(p, size) for p in w)


def wrap(markup, first_width, rest_width, size):
    words = build_words(markup, size)
    space = stringWidth(" ", "Times-Roman", size)
    lines, cur, curw = [], [], 0.0
    width = first_width
    for w in words:
        ww = word_width(w, size)
        if cur and curw + space + ww > width:
            lines.append(cur)
            cur, curw = [], 0.0
            width = rest_width
        curw = curw + (space if cur else 0) + ww
        cur.append(w)
    if cur:
        lines.append(cur)
    return lines


class Doc:
    def __init__(self, path):
        self.c = canvas.Canvas(path, pagesize=A4)
        self.c.setTitle("MC/2214 - Resolutions adopted by the Council at its Ninety-second Session")
        self.c.setAuthor("International Organization for Migration")
        self.page = 0          # label number of the current text page (0 = cover)
        self.y = None
        self.fns = []          # footnotes for current page
        self.cover = True

    # -- page handling
    def fn_height(self, fns):
        if not fns:
            return 0
        h = 16
        for k in fns:
            h += len(wrap(FOOTNOTES[k], RM - LM - 14, RM - LM - 14, FN_SIZE)) * FN_LEAD + 2
        return h

    def finish_page(self):
        c = self.c
        if self.fns:
            h = self.fn_height(self.fns)
            y = BOTTOM + h - 12
            c.setFont("Times-Roman", SIZE)
            c.drawString(LM, y, "__________")
            y -= 16
            for k in self.fns:
                c.setFont("Times-Roman", FN_SIZE * 0.65)
                c.drawString(LM, y + 3.5, k)
                lines = wrap(FOOTNOTES[k], RM - LM - 14, RM - LM - 14, FN_SIZE)
                for i, ln in enumerate(lines):
                    self.draw_line(ln, LM + 14, y, RM - LM - 14, FN_SIZE,
                                   justify=i < len(lines) - 1)
                    y -= FN_LEAD
                y -= 2
        c.showPage()
        self.fns = []

    def new_page(self):
        if self.y is not None:
            self.finish_page()
        self.page += 1
        self.cover = False
        c = self.c
        c.setFont("Times-Roman", 10.5)
        c.drawRightString(RM, PH - 50, SYMBOL)
        c.drawRightString(RM, PH - 62, "Page %d" % self.page)
        self.y = TOP

    # -- drawing
    def draw_line(self, line, x, y, width, size, justify):
        c = self.c
        space = stringWidth(" ", "Times-Roman", size)
        natural = sum(word_width(w, size) for w in line) + space * (len(line) - 1)
        extra = (width - natural) / (len(line) - 1) if justify and len(line) > 1 else 0
        cx = x
        for w in line:
            for text, style, _ in w:
                if style == "sup":
                    c.setFont("Times-Roman", size * 0.65)
                    c.drawString(cx, y + size * 0.38, text)
                    cx += stringWidth(text, "Times-Roman", size * 0.65)
                else:
                    c.setFont(BODY_FONT[style], size)
                    c.drawString(cx, y, text)
                    cx += stringWidth(text, BODY_FONT[style], size)
            cx += space + extra

    def need(self, h, extra_fns=()):
        if self.y - h < BOTTOM + self.fn_height(self.fns + list(extra_fns)):
            self.new_page()

    def block(self, markup, x_first, x_rest, label=None, label_x=None, after=7,
              justify=True):
        lines = wrap(markup, RM - x_first, RM - x_rest, SIZE)
        for i, ln in enumerate(lines):
            marks = [p[0] for w in ln for p in w if p[1] == "sup"]
            self.need(LEAD, marks)
            self.fns.extend(marks)
            x = x_first if i == 0 else x_rest
            if i == 0 and label:
                self.c.setFont("Times-Roman", SIZE)
                self.c.drawString(label_x, self.y, label)
            self.draw_line(ln, x, self.y, RM - x, SIZE,
                           justify=justify and i < len(lines) - 1)
            self.y -= LEAD
        self.y -= after

    def centred(self, text, font, size, after=0):
        self.need(LEAD)
        self.c.setFont(font, size)
        self.c.drawCentredString((LM + RM) / 2, self.y, text)
        self.y -= LEAD + after


def draw_cover(d):
    c = d.c
    c.setFont("Times-Bold", 12)
    c.drawRightString(RM, PH - 60, SYMBOL)
    c.setFont("Times-Roman", 11)
    c.drawRightString(RM, PH - 76, "Original: ENGLISH")
    c.drawRightString(RM, PH - 90, "15 December 2006")
    c.setFont("Times-Bold", 12)
    c.drawString(LM, PH - 130, "NINETY-SECOND SESSION")
    c.setFont("Times-Roman", 11)
    c.drawString(LM, PH - 150, "_" * 82)
    c.setFont("Times-Bold", 13)
    c.drawCentredString((LM + RM) / 2, PH - 230, "RESOLUTIONS ADOPTED BY THE COUNCIL")
    c.drawCentredString((LM + RM) / 2, PH - 247, "AT ITS NINETY-SECOND SESSION")

    # contents
    y = PH - 330
    c.setFont("Times-Bold", 11.5)
    c.drawString(LM, y, "CONTENTS")
    c.setFont("Times-Roman", 11)
    c.drawRightString(RM, y - 20, "Page")
    y -= 44
    pages = [str(n) for n in d.starts]
    tx = LM + 150
    for (lab, title), pg in zip(CONTENTS, pages):
        c.setFont("Times-Roman", 11)
        c.drawString(LM, y, lab)
        lines = wrap(title, RM - tx - 40, RM - tx - 40, 11)
        for i, ln in enumerate(lines):
            text = " ".join("".join(p[0] for p in w) for w in ln)
            c.drawString(tx, y, text)
            if i == len(lines) - 1:
                end = tx + stringWidth(text, "Times-Roman", 11) + 4
                dots = ""
                while stringWidth(dots + ". ", "Times-Roman", 11) < (RM - 18) - end:
                    dots += ". "
                c.drawString(end, y, dots)
                c.drawRightString(RM, y, pg)
                y -= 22
            else:
                y -= 13.5

    # trilingual footer
    c.setFont("Times-Bold", 11)
    for x, word in ((LM + 40, "COUNCIL"), ((LM + RM) / 2, "CONSEIL"), (RM - 40, "CONSEJO")):
        c.drawCentredString(x, 60, word)
    c.showPage()


def draw_resolution(d, r):
    d.new_page()
    d.record.append(d.page)
    d.centred(r["number"], "Times-Bold", 12, after=2)
    d.centred(r["adopted"], "Times-Roman", SIZE, after=14)
    for t in r["title"]:
        d.centred(t, "Times-Bold", 12)
    d.y -= 14
    d.block("The Council,", LM + 36, LM + 36, after=13)
    for p in r["preamble"]:
        d.block(p, LM + 36, LM, after=13)
    d.block("<i>Resolves</i>:", LM + 36, LM + 36, after=13)
    for num, text, items in r["operative"]:
        d.block(text, LM + 36, LM + 36, label=num, label_x=LM,
                after=8 if items else 13)
        for i, (lab, itext) in enumerate(items or []):
            d.block(itext, LM + 72, LM + 72, label=lab, label_x=LM + 36,
                    after=13 if i == len(items) - 1 else 8)


def render(path, starts):
    d = Doc(path)
    d.starts = starts
    d.record = []
    draw_cover(d)
    for r in RESOLUTIONS:
        draw_resolution(d, r)
    d.finish_page()
    d.c.save()
    return d.record


def main():
    # first pass finds the page on which each resolution starts (for CONTENTS)
    import io
    starts = render(io.BytesIO(), ["?"] * len(RESOLUTIONS))
    final = render(OUT, starts)
    assert final == starts, (final, starts)
    print("resolutions start on pages", starts)


if __name__ == "__main__":
    main()
