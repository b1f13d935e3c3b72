"""Draws compilation-2004.pdf: resolutions adopted by the IOM Council at its
Eighty-eighth Session (2004), compiled under one MC cover (invented content)."""
import re
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

PAGE_W, PAGE_H = A4
LM, RM = 62, 62
TW = PAGE_W - LM - RM
TOP = PAGE_H - 58
BOTTOM = 70
SYMBOL = "MC/2156"

FS = 11          # body size
LEAD = 14.2      # body leading
FN_FS = 9
FN_LEAD = 11

FONTS = {"r": "Times-Roman", "i": "Times-Italic", "b": "Times-Bold"}

FOOTNOTES = {
    "1": "Issued in draft on 12 January 2004 and circulated to all Members and observers; "
         "the corrections requested by three Member States were issued as document "
         "MC/2131/Corr.1 of 2 March 2004.",
    "2": "As last revised by the Council in Resolution No. 1074 (LXXXIV) of 4 December 2002. "
         "The discussion that preceded that revision is summarized in the report on the "
         "Eighty-fourth Session (MC/2097/Rev.1), paragraphs 41 to 45.",
}


# ---------------------------------------------------------------- rich text
def tokens(markup):
    """Markup: *italic*, **bold**, ^n^ = footnote marker. Returns list of words,
    each word a list of (text, style) pieces; style in r, i, b, sup."""
    pieces = []
    for part in re.split(r"(\*\*[^*]+\*\*|\*[^*]+\*|\^[^^]+\^)", markup):
        if not part:
            continue
        if part.startswith("**"):
            pieces.append((part[2:-2], "b"))
        elif part.startswith("*"):
            pieces.append((part[1:-1], "i"))
        elif part.startswith("^"):
            pieces.append((part[1:-1], "sup"))
        else:
            pieces.append((part, "r"))
    words, cur = [], []
    for text, style in pieces:
        if style == "sup":
            cur.append((text, "sup"))
            continue
        chunks = re.split(r"(\s+)", text)
        for ch in chunks:
            if ch == "":
                continue
            if ch.isspace():
                if cur:
                    words.append(cur)
                    cur = []
            else:
                cur.append((ch, style))
    if cur:
        words.append(cur)
    return words


def piece_w(text, style, size):
    if style == "sup":
        return stringWidth(text, "Times-Roman", size * 0.68)
    return stringWidth(text, FONTS[style], size)


def word_w(word, size):
    return sum(piece_w(t, s, size) for t, s in word)


def wrap(words, first_w, rest_w, size):
    lines, cur, cw = [], [], 0.0
    space = stringWidth(" ", "Times-Roman", size)
    limit = first_w
    for wd in words:
        ww = word_w(wd, size)
        need = ww if not cur else cw + space + ww
        if cur and need > limit:
            lines.append(cur)
            cur, cw = [wd], ww
            limit = rest_w
        else:
            cur.append(wd)
            cw = need
    if cur:
        lines.append(cur)
    return lines


def draw_line(c, x, y, line, size, justify_w=None):
    space = stringWidth(" ", "Times-Roman", size)
    if justify_w is not None and len(line) > 1:
        total = sum(word_w(w, size) for w in line)
        space = (justify_w - total) / (len(line) - 1)
    for wd in line:
        for text, style in wd:
            if style == "sup":
                c.setFont("Times-Roman", size * 0.68)
                c.drawString(x, y + size * 0.38, text)
            else:
                c.setFont(FONTS[style], size)
                c.drawString(x, y, text)
            x += piece_w(text, style, size)
        x += space


def markers_in(line):
    return [t for wd in line for t, s in wd if s == "sup"]


# ---------------------------------------------------------------- document
class Doc:
    def __init__(self, path):
        self.c = canvas.Canvas(path, pagesize=A4)
        self.c.setTitle("MC/2156 - Resolutions adopted by the Council at its Eighty-eighth Session")
        self.c.setAuthor("International Organization for Migration")
        self.page_no = 0
        self.pending_fn = []   # markers whose bodies go at the foot of this page
        self.y = None

    # -- furniture
    def header(self):
        c = self.c
        c.setFont("Times-Roman", 10)
        c.drawRightString(PAGE_W - RM, PAGE_H - 38, SYMBOL)
        c.drawRightString(PAGE_W - RM, PAGE_H - 50, "Page %d" % self.page_no)
        self.y = TOP - 14

    def fn_height(self, markers):
        if not markers:
            return 0
        h = 16
        for m in markers:
            lines = wrap(tokens(FOOTNOTES[m]), TW - 14, TW - 14, FN_FS)
            h += len(lines) * FN_LEAD + 2
        return h

    def flush_footnotes(self):
        if not self.pending_fn:
            return
        c = self.c
        h = self.fn_height(self.pending_fn)
        y = BOTTOM + h - 6
        c.setLineWidth(0.5)
        c.line(LM, y + 4, LM + 130, y + 4)
        y -= 10
        for m in self.pending_fn:
            lines = wrap(tokens(FOOTNOTES[m]), TW - 14, TW - 14, FN_FS)
            c.setFont("Times-Roman", FN_FS * 0.68)
            c.drawString(LM, y + FN_FS * 0.38, m)
            for i, ln in enumerate(lines):
                jw = (TW - 14) if i < len(lines) - 1 else None
                draw_line(c, LM + 14, y, ln, FN_FS, jw)
                y -= FN_LEAD
            y -= 2
        self.pending_fn = []

    def new_page(self):
        if self.page_no >= 1:
            self.flush_footnotes()
            self.c.showPage()
        self.page_no += 1
        self.header()

    def room(self, extra_markers=()):
        fn = self.fn_height(self.pending_fn + list(extra_markers))
        return self.y - (BOTTOM + fn)

    # -- cover
    def cover(self):
        c = self.c
        c.setFont("Times-Bold", 12)
        c.drawRightString(PAGE_W - RM, PAGE_H - 80, SYMBOL)
        c.setFont("Times-Roman", 11)
        c.drawRightString(PAGE_W - RM, PAGE_H - 98, "Original: English")
        c.drawRightString(PAGE_W - RM, PAGE_H - 112, "6 December 2004")
        c.setFont("Times-Bold", 12)
        c.drawCentredString(PAGE_W / 2, PAGE_H - 200, "EIGHTY-EIGHTH SESSION")
        c.setFont("Times-Roman", 12)
        c.drawCentredString(PAGE_W / 2, PAGE_H - 216, "_" * 40)
        c.setFont("Times-Bold", 14)
        c.drawCentredString(PAGE_W / 2, PAGE_H - 330, "RESOLUTIONS ADOPTED BY THE COUNCIL")
        c.drawCentredString(PAGE_W / 2, PAGE_H - 348, "AT ITS EIGHTY-EIGHTH SESSION")
        c.setFont("Times-Bold", 11)
        c.drawCentredString(PAGE_W / 2, 60, "COUNCIL" + " " * 14 + "CONSEIL" + " " * 14 + "CONSEJO")
        c.showPage()

    # -- flow blocks
    def space(self, h):
        self.y -= h

    def centred(self, text, font="Times-Bold", size=FS, keep=0):
        if self.room() < LEAD + keep:
            self.new_page()
        self.c.setFont(font, size)
        self.c.drawCentredString(LM + TW / 2, self.y, text)
        self.y -= LEAD

    def para(self, markup, label=None, label_x=LM, text_x=LM, first_indent=0,
             justify=True, keep_lines=2, size=FS, after=9):
        """A wrapped block. label hangs at label_x; text starts at text_x
        (+first_indent on its first line); continuation lines at text_x."""
        words = tokens(markup)
        width = PAGE_W - RM - text_x
        lines = wrap(words, width - first_indent, width, size)
        # do not strand fewer than keep_lines at a page foot
        need = min(keep_lines, len(lines)) * LEAD
        if self.room(markers_in(lines[0])) < need:
            self.new_page()
        for i, ln in enumerate(lines):
            mk = markers_in(ln)
            if self.room(mk) < LEAD:
                self.new_page()
            self.pending_fn.extend(mk)
            x = text_x + (first_indent if i == 0 else 0)
            if i == 0 and label:
                self.c.setFont("Times-Roman", size)
                self.c.drawString(label_x, self.y, label)
            last = i == len(lines) - 1
            jw = (PAGE_W - RM - x) if (justify and not last) else None
            draw_line(self.c, x, self.y, ln, size, jw)
            self.y -= LEAD
        self.y -= after

    def finish(self):
        self.flush_footnotes()
        self.c.showPage()
        self.c.save()


# ---------------------------------------------------------------- content
RESOLUTIONS = [
    {
        "head": "RESOLUTION No. 1101 (LXXXVIII)",
        "adopted": "(Adopted by the Council at its 451st meeting on 30 November 2004)",
        "title": ["ADMISSION OF THE REPUBLIC OF MAURITIUS AS A MEMBER OF THE ORGANIZATION"],
        "preamble": [
            "*Having received* the application of the Republic of Mauritius for membership in "
            "the Organization, as set out in document MC/2149,",
            "*Considering* that the Republic of Mauritius has given evidence of the interest it "
            "attaches to the principle of free movement of persons, and that it has undertaken to "
            "make a financial contribution to the administrative requirements of the Organization, "
            "the amount of which will be agreed upon by the Council and the Government of the "
            "Republic of Mauritius,",
            "*Having been informed* that the Republic of Mauritius has accepted the Constitution "
            "of the Organization in accordance with its own constitutional processes, as "
            "provided for in Article 2(b) of the Constitution,",
        ],
        "formula": None,
        "operative": [
            ("Admits the Republic of Mauritius as a Member of the International Organization for "
             "Migration;", None),
            ("Welcomes the Republic of Mauritius to the Organization and looks forward to its "
             "active participation in the deliberations of the Council.", None),
        ],
    },
    {
        "head": "RESOLUTION NO. 1102 (LXXXVIII)",
        "adopted": "(Adopted at the 451st meeting of the Council, on 30 November 2004)",
        "title": ["REPRESENTATION OF THE ANDEAN HUMAN MOBILITY NETWORK BY AN OBSERVER"],
        "preamble": [
            "*Having received* a request from the Andean Human Mobility Network to be "
            "represented by an observer at its meetings (MC/2151),",
            "*Noting* that the Andean Human Mobility Network, a non-governmental organization "
            "founded in Quito in 1998, assists migrants and displaced persons in five countries of "
            "the Andean region and has cooperated with the Organization in the field since 2001,",
            "*Recalling* that under Article 8 of the Constitution the Council may admit as "
            "observers to its meetings international governmental and non-governmental "
            "organizations concerned with migration, refugees or human resources,",
        ],
        "formula": None,
        "operative": [
            ("Grants the Andean Human Mobility Network the status of observer at meetings of the "
             "Council, under the conditions laid down in its Rules of Procedure;", None),
            ("Requests the Director General to inform the Network of this decision.", None),
        ],
    },
    {
        "head": "Resolution No. 1103 (LXXXVIII)",
        "adopted": "Adopted by the Council at its 452nd meeting, on 1 December 2004",
        "title": ["APPROVAL OF THE REPORTS ON THE EIGHTY-SIXTH SESSION AND THE",
                  "EIGHTY-SEVENTH (SPECIAL) SESSION OF THE COUNCIL"],
        "preamble": [
            "*Having examined* the draft report on its Eighty-sixth Session, held from 18 to 21 "
            "November 2003 (MC/2131),^1^ and the draft report on its Eighty-seventh (Special) "
            "Session, held on 8 June 2004 (MC/2138),",
            "*Noting* that the corrections requested by Member States have been taken into "
            "account in the corrigendum to the first of those reports,",
            "*Bearing in mind* Rule 32 of its Rules of Procedure, under which the report on each "
            "session is submitted to the Council for approval,",
        ],
        "formula": None,
        "operative": [
            ("Approves the reports on its Eighty-sixth Session and its Eighty-seventh (Special) "
             "Session contained in documents MC/2131 and MC/2138, the former as corrected;", None),
            ("Expresses its appreciation to the Rapporteurs of the two sessions and to the "
             "Administration for the preparation of the reports.", None),
        ],
    },
    {
        "head": "RESOLUTION No. 1104 (LXXXVIII)",
        "adopted": "(Adopted by the Council at its Eighty-eighth Session on 2 December 2004)",
        "title": ["PROGRAMME AND BUDGET FOR 2005"],
        "preamble": [
            "*Having considered* the Programme and Budget for 2005 (MC/2142) and the amendment "
            "thereto contained in document MC/2142/Amdt.1,",
            "*Taking into account* the recommendations made by the Executive Committee at its "
            "Hundred and second Session (MC/2153),",
            "*Recalling* its Resolution No. 1093 (LXXXVI) of 20 November 2003, by which it "
            "approved the Programme and Budget for 2004 and reaffirmed the principle of zero "
            "nominal growth in the Administrative Part of the Budget,",
        ],
        "formula": "Resolves:",
        "operative": [
            ("To approve the Programme and Budget for 2005 as amended, with an Administrative Part "
             "of the Budget of CHF 37,117,000 and an Operational Part of the Budget of "
             "USD 631,482,000;", None),
            ("To authorize the Director General to incur expenditure within the limits of the "
             "funds available under the Operational Part of the Budget, and to report to the "
             "Executive Committee on any substantial change in the level of operations;", None),
            ("To urge Member States to pay their assessed contributions to the Administrative Part "
             "of the Budget in full and as early in the year as possible, and those Member States "
             "whose contributions are in arrears to settle them without delay or to agree on a "
             "payment plan with the Administration;", None),
            ("To call upon Member States and other donors in a position to do so to make "
             "voluntary contributions to the Operational Part of the Budget, where possible "
             "without earmarking.", None),
        ],
    },
    {
        "head": "RESOLUTION No. 1105",
        "adopted": "(Adopted by the Council on 3 December 2004, at its 455th meeting)",
        "title": ["FUNDING OF CAPACITY-BUILDING PROJECTS IN MIGRATION MANAGEMENT"],
        "preamble": [
            "*Recalling* its Resolution No. 1035 (LXXX) of 29 November 2000, by which it "
            "established a mechanism to fund migration projects in developing Member States and "
            "Member States with economy in transition,",
            "*Noting with appreciation* the report of the Director General on the use of the "
            "funds allocated under that mechanism in 2003 and 2004 (MC/INF/275),",
            "*Conscious* that requests for such support continue to exceed the resources "
            "available,",
            "*Convinced* that capacity-building in migration management contributes both to "
            "orderly migration and to the development of countries of origin,",
        ],
        "formula": None,
        "operative": [
            ("Takes note of the report contained in document MC/INF/275;", None),
            ("Decides that funds shall continue to be allocated under the criteria established "
             "in Resolution No. 1035 (LXXX),^2^ subject to the following:",
             [("(a)", "no single Member State shall receive more than USD 100,000 from the "
                      "mechanism in any one year, except where the Executive Committee decides "
                      "otherwise; and"),
              ("(b)", "priority shall be given to projects which are regional in scope or which "
                      "have secured funding from other sources for part of their cost;")]),
            ("Invites Member States in a position to do so to make voluntary contributions to "
             "the mechanism, so that its resources can be maintained at a level commensurate with "
             "the needs identified by developing Member States and Member States with economy in "
             "transition;", None),
            ("Requests the Director General to report on the implementation of this resolution to "
             "the Executive Committee at its next session.", None),
        ],
    },
]


def build(path):
    d = Doc(path)
    d.cover()
    d.new_page()
    # running title repeated on the first text page
    d.centred("RESOLUTIONS ADOPTED BY THE COUNCIL AT ITS EIGHTY-EIGHTH SESSION")
    d.space(14)
    d.para("The Council held its Eighty-eighth Session in Geneva from 30 November to "
           "3 December 2004. At its 451st to 455th meetings it adopted the five resolutions "
           "reproduced below, in the order in which they were adopted. The discussions which "
           "preceded their adoption will be summarized in the report on the session, to be "
           "submitted to the Council for approval at its next regular session. A draft resolution on "
           "the scale of assessment for 2005 was withdrawn by its sponsors during the session and "
           "is therefore not reproduced.",
           first_indent=0, after=10)
    for n, r in enumerate(RESOLUTIONS):
        # keep the heading group together with the opening of the resolution
        need = (4 + len(r["title"]) + 3) * LEAD + 30
        if d.room() < need:
            d.new_page()
        else:
            d.space(26)
        d.centred(r["head"])
        d.centred(r["adopted"], font="Times-Italic")
        d.space(12)
        for t in r["title"]:
            d.centred(t)
        d.space(12)
        d.para("The Council,", first_indent=36, after=10)
        for p in r["preamble"]:
            d.para(p, first_indent=36, after=10)
        if r["formula"]:
            if d.room() < 4 * LEAD + 12:
                d.new_page()
            d.para(r["formula"], first_indent=36, after=10)
        for k, (text, items) in enumerate(r["operative"], 1):
            d.para(text, label="%d." % k, label_x=LM + 36, text_x=LM,
                   first_indent=72, after=10 if not items else 6)
            if items:
                for lab, itext in items:
                    d.para(itext, label=lab, label_x=LM + 72, text_x=LM + 108, after=6)
                d.space(2)
    d.finish()


if __name__ == "__main__":
    build("compilation-2004.pdf")
