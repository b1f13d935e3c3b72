"""Draws agenda-2023b.pdf: annotated provisional agenda of the 114th Session of the IOM Council (C/114/1).

Drawn with fpdf2. A small line-layout engine places every line at fixed positions so that the
documents column, the hanging item numbers and the raised footnote markers come out as IOM prints them.
"""
from fpdf import FPDF

SYMBOL = "C/114/1"
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
OUT = "/tmp/wave37/out/agenda-2023b/agenda-2023b.pdf"

LEFT = 22.0
RIGHT = 188.0
TOP = 18.0
BOTTOM = 275.0
BODY_PT = 10.5
LH = 5.0  # line height, mm

# ---------------------------------------------------------------------------------------------
# Content
# ---------------------------------------------------------------------------------------------

# Part I: (number, title, [documents], [(letter, title, [documents])])
AGENDA = [
    ("1.", "Opening of the session and credentials of representatives and observers", [], []),
    ("2.", "Report of the Chairperson of the Council", [], []),
    ("3.", "Status report on outstanding contributions to the Administrative Part of the "
           "Budget and Member State voting rights", ["C/114/4"], []),
    ("4.", "Election of officers", [], []),
    ("5.", "Adoption of the agenda", ["C/114/1", "C/114/2"], []),
    ("6.", "Report of the Director General", ["C/114/8"], []),
    ("7.", "High-level panel: Climate, environment and human mobility \u2013 from commitments "
           "to action", ["C/114/INF/1"], []),
    ("8.", "Draft report on the 113th Session of the Council", ["C/113/L/8/Rev.1", "C/114/L/1"], []),
    ("9.", "Report on matters discussed at the Thirty-second and Thirty-third Sessions of the "
           "Standing Committee on Programmes and Finance", ["S/32/12", "S/33/15"], [
        ("(a)", "Summary update on the Programme and Budget for 2023", ["C/114/7"]),
        ("(b)", "Programme and Budget for 2024", ["C/114/6", "C/114/L/2"]),
        ("(c)", "Scale of assessment for 2024", ["C/114/5", "C/114/L/3"]),
    ]),
    ("10.", "Applications for observership", [], [
        ("(a)", "Application by the Pan-African Network of Migrant Associations",
         ["C/114/10", "C/114/L/4"]),
        ("(b)", "Application by the Pacific Centre for Migration Studies", ["C/114/11", "C/114/L/5"]),
    ]),
    ("11.", "Any other business", [], []),
    ("12.", "Date and place of the next session", [], []),
    ("13.", "Closure of the session", [], []),
]

FN1 = ("1", "Under Article 4 of the Constitution, a Member State which is in arrears in the payment "
            "of its financial contributions to the Organization shall have no vote if the amount of "
            "its arrears equals or exceeds the amount of the contributions due from it for the "
            "preceding two full years.")
FN2 = ("2", "Figures for the Operational Part are indicative. They reflect the funding confirmed as "
            "at 30 September 2023 and will be revised in the summary updates submitted in the course "
            "of the year.")

# Part II: a list of blocks.
#   ("h1", num, title)         numbered item heading
#   ("h2", letter, title)      lettered sub-item heading
#   ("p", [segments])          paragraph; a segment is a str or ("fn", footnote)
#   ("bullets", [texts])
ANNOT = [
    ("p", ["The following annotations have been prepared by the Administration to assist Member "
           "States in preparing for the session. For each item they indicate the purpose of the "
           "discussion and the action expected of the Council. All documents are posted on the "
           "governing bodies website in the three official languages of the Organization."]),

    ("h1", "1.", "Opening of the session and credentials of representatives and observers"),
    ("p", ["The outgoing Chairperson will open the 114th Session of the Council in Room XIX of the "
           "Palais des Nations on the morning of Tuesday, 28 November 2023."]),
    ("p", ["The Director General will report on the credentials of representatives and observers "
           "received by the opening of the session. The Council will be invited to take note of "
           "that report and to approve the credentials."]),

    ("h1", "2.", "Report of the Chairperson of the Council"),
    ("p", ["The outgoing Chairperson will report on the work carried out since the 113th Session, "
           "including the informal consultations held with Member States during 2023."]),

    ("h1", "3.", "Status report on outstanding contributions to the Administrative Part of the "
                 "Budget and Member State voting rights"),
    ("p", ["Document C/114/4 shows the assessed contributions outstanding as at 30 September 2023, "
           "which amount to CHF 7,482,316, and lists the Member States that are subject to the "
           "provisions of Article 4 of the Constitution.", ("fn", FN1),
           " Updated figures will be given orally when the item is taken up."]),
    ("p", ["Member States with outstanding contributions are urged to pay them in full or to agree "
           "a payment plan with the Administration before the end of the year."]),

    ("h1", "4.", "Election of officers"),
    ("p", ["In accordance with the Rules of Procedure of the Council, the Council will elect the "
           "following officers, who will hold office until the next regular session:"]),
    ("bullets", ["Chairperson", "First Vice-Chairperson", "Second Vice-Chairperson", "Rapporteur"]),
    ("p", ["Consultations on the slate of candidates are being held within the regional groups. The "
           "Administration will circulate the proposed slate before the session opens."]),

    ("h1", "5.", "Adoption of the agenda"),
    ("p", ["The Council will be invited to adopt the provisional agenda set out in Part I of this "
           "document. The provisional programme of work is contained in document C/114/2; any "
           "changes agreed at the session will be reflected in a revised version."]),

    ("h1", "6.", "Report of the Director General"),
    ("p", ["The Director General will address the Council on the work of the Organization during "
           "the past year and on the priorities set out in the IOM Strategic Plan 2024\u20132028. The "
           "written report is contained in document C/114/8."]),
    ("p", ["The statement will be followed by a general debate. Delegations wishing to speak are "
           "asked to inscribe on the list of speakers by Friday, 24 November 2023, and to limit "
           "their statements to five minutes."]),

    ("h1", "7.", "High-level panel: Climate, environment and human mobility \u2013 from commitments "
                 "to action"),
    ("p", ["Ministers and experts will discuss how States, IOM and their partners can translate "
           "commitments on climate-related mobility into practical measures ahead of the "
           "twenty-eighth session of the Conference of the Parties to the United Nations Framework "
           "Convention on Climate Change. A background paper is provided in document C/114/INF/1."]),
    ("p", ["No decision is required under this item."]),

    ("h1", "8.", "Draft report on the 113th Session of the Council"),
    ("p", ["The draft report on the 113th Session was circulated to Member States as document "
           "C/113/L/8/Rev.1. The Council will be invited to approve it by adopting draft resolution "
           "C/114/L/1."]),

    ("h1", "9.", "Report on matters discussed at the Thirty-second and Thirty-third Sessions of the "
                 "Standing Committee on Programmes and Finance"),
    ("p", ["The report of the Standing Committee on its Thirty-second Session (27 and 28 June 2023) "
           "is contained in document S/32/12. The report on its Thirty-third Session (31 October "
           "and 1 November 2023) will be issued as document S/33/15. The Chairperson of the "
           "Standing Committee will introduce both reports."]),
    ("h2", "(a)", "Summary update on the Programme and Budget for 2023"),
    ("p", ["Document C/114/7 updates the Programme and Budget for 2023. The Administrative Part "
           "remains at CHF 63,178,000, while the Operational Part has risen from USD 1,398.6 million "
           "to USD 2,142.3 million as a result of new funding received during the year."]),
    ("p", ["The Council will be invited to take note of the document."]),
    ("h2", "(b)", "Programme and Budget for 2024"),
    ("p", ["The Programme and Budget for 2024 (C/114/6) provides for an Administrative Part of "
           "CHF 66,874,000 and an Operational Part estimated at USD 1,512.4 million. The Standing "
           "Committee recommended it for approval at its Thirty-third Session.", ("fn", FN2)]),
    ("p", ["The Council will be invited to adopt draft resolution C/114/L/2."]),
    ("h2", "(c)", "Scale of assessment for 2024"),
    ("p", ["The scale of assessment in document C/114/5 has been derived from the United Nations "
           "scale for 2022\u20132024 and takes account of the Member States admitted in 2023. The "
           "Council will be invited to adopt draft resolution C/114/L/3."]),

    ("h1", "10.", "Applications for observership"),
    ("p", ["Two organizations have applied for observer status. Both applications have been "
           "examined against the criteria endorsed by the Council in Resolution No. 1337 of "
           "5 December 2016."]),
    ("h2", "(a)", "Application by the Pan-African Network of Migrant Associations"),
    ("p", ["The letter of application and information on the Network are reproduced in document "
           "C/114/10. The Council will be invited to adopt draft resolution C/114/L/4."]),
    ("h2", "(b)", "Application by the Pacific Centre for Migration Studies"),
    ("p", ["The application is reproduced in document C/114/11, and draft resolution C/114/L/5 is "
           "submitted for adoption."]),

    ("h1", "11.", "Any other business"),
    ("p", ["Member States wishing to raise a matter under this item are requested to inform the "
           "Secretariat in advance."]),

    ("h1", "12.", "Date and place of the next session"),
    ("p", ["The Council may wish to decide that its next regular session will be held in Geneva in "
           "the last week of November 2024. The exact dates will be confirmed by the Standing "
           "Committee on Programmes and Finance at its Thirty-fourth Session."]),

    ("h1", "13.", "Closure of the session"),
    ("p", ["The Chairperson will close the session on Friday, 1 December 2023."]),
]


# ---------------------------------------------------------------------------------------------
# Layout engine
# ---------------------------------------------------------------------------------------------
class Doc(FPDF):
    def __init__(self):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_auto_page_break(False)
        self.add_font("Sans", "", FONT_DIR + "DejaVuSansCondensed.ttf")
        self.add_font("Sans", "B", FONT_DIR + "DejaVuSansCondensed-Bold.ttf")
        self.add_font("Sans", "I", FONT_DIR + "DejaVuSansCondensed-Oblique.ttf")
        self.add_font("Sans", "BI", FONT_DIR + "DejaVuSansCondensed-BoldOblique.ttf")
        self.page_no_label = 0
        self.pending_fn = []
        self.y_cur = TOP

    # page handling ---------------------------------------------------------------------------
    def new_page(self, header=True):
        if self.page > 0:
            self.flush_footnotes()
        self.add_page()
        self.page_no_label += 1
        self.y_cur = TOP
        if header:
            self.set_font("Sans", "", BODY_PT)
            self.rtext(self.y_cur, SYMBOL)
            self.rtext(self.y_cur + LH, "Page %d" % self.page_no_label)
            self.y_cur += 3 * LH

    def fn_height(self, fns):
        if not fns:
            return 0
        h = 6
        for _, body in fns:
            h += len(self.wrap(body, RIGHT - LEFT - 6, "", 8.5)) * 3.8 + 1
        return h

    def limit(self, extra_fn=()):
        return BOTTOM - self.fn_height(self.pending_fn + list(extra_fn))

    def ensure(self, height, extra_fn=()):
        if self.y_cur + height > self.limit(extra_fn):
            self.new_page()

    def flush_footnotes(self):
        if not self.pending_fn:
            return
        h = self.fn_height(self.pending_fn)
        y = BOTTOM - h + 3
        self.set_font("Sans", "", 8.5)
        self.text(LEFT, y, "__________")
        y += 5
        for mark, body in self.pending_fn:
            lines = self.wrap(body, RIGHT - LEFT - 6, "", 8.5)
            self.set_font("Sans", "", 6)
            self.text(LEFT, y - 1.6, mark)
            self.set_font("Sans", "", 8.5)
            for ln in lines:
                self.text(LEFT + 4, y, ln)
                y += 3.8
            y += 1
        self.pending_fn = []

    # text helpers ----------------------------------------------------------------------------
    def rtext(self, y, s, style=""):
        self.set_font("Sans", style, BODY_PT)
        self.text(RIGHT - self.get_string_width(s), y, s)

    def ctext(self, y, s, style="", size=BODY_PT):
        self.set_font("Sans", style, size)
        self.text((LEFT + RIGHT) / 2 - self.get_string_width(s) / 2, y, s)

    def wrap(self, s, width, style="", size=BODY_PT):
        self.set_font("Sans", style, size)
        words = s.split(" ")
        lines, cur = [], ""
        for w in words:
            trial = w if not cur else cur + " " + w
            if self.get_string_width(trial) <= width:
                cur = trial
            else:
                lines.append(cur)
                cur = w
        if cur:
            lines.append(cur)
        return lines

    def wrap_segments(self, segs, width):
        """Wrap a paragraph with footnote markers. Returns lines as lists of (kind, text)."""
        self.set_font("Sans", "", BODY_PT)
        tokens = []  # (kind, text, glue_to_previous)
        for seg in segs:
            if isinstance(seg, tuple):
                tokens.append(("fn", seg[1][0], True))
            else:
                first = True
                for w in seg.split(" "):
                    if w == "":
                        first = False
                        continue
                    glue = first and not seg.startswith(" ") and bool(tokens)
                    tokens.append(("w", w, glue))
                    first = False
        lines, cur, cur_w = [], [], 0.0
        space = self.get_string_width(" ")
        for kind, t, glue in tokens:
            if kind == "fn":
                self.set_font("Sans", "", 6.5)
                tw = self.get_string_width(t)
                self.set_font("Sans", "", BODY_PT)
            else:
                tw = self.get_string_width(t)
            add = tw if (glue or not cur) else tw + space
            if cur and cur_w + add > width and not glue:
                lines.append(cur)
                cur, cur_w = [], 0.0
                add = tw
            cur.append((kind, t, glue and bool(cur)))
            cur_w += add
        if cur:
            lines.append(cur)
        return lines

    def draw_seg_line(self, x, y, line):
        space = None
        for kind, t, glue in line:
            self.set_font("Sans", "", BODY_PT)
            if space is None:
                space = self.get_string_width(" ")
            elif not glue:
                x += space
            if kind == "fn":
                self.set_font("Sans", "", 6.5)
                self.text(x + 0.2, y - 1.8, t)
                x += self.get_string_width(t) + 0.2
            else:
                self.text(x, y, t)
                x += self.get_string_width(t)


# ---------------------------------------------------------------------------------------------
# Drawing
# ---------------------------------------------------------------------------------------------
def draw():
    d = Doc()
    d.new_page(header=False)

    # cover block
    y = TOP + 4
    d.rtext(y, SYMBOL, "B")
    d.rtext(y + 8, "Original: English")
    d.rtext(y + 13, "18 October 2023")
    d.set_font("Sans", "B", 12)
    d.text(LEFT, y + 23, "COUNCIL")
    d.set_font("Sans", "B", 11)
    d.text(LEFT, y + 29, "114th Session")
    d.ctext(y + 40, "ANNOTATED PROVISIONAL AGENDA", "B", 12)
    d.ctext(y + 49, "Geneva", "")
    d.ctext(y + 54, "28 November to 1 December 2023", "")
    d.set_draw_color(0, 0, 0)
    d.set_line_width(0.3)
    d.line(LEFT, y + 59, RIGHT, y + 59)

    d.y_cur = y + 68
    d.ctext(d.y_cur, "PART I \u2013 PROVISIONAL AGENDA", "B", 11)
    d.y_cur += 9

    X_NUM, X_TXT, X_SUB, X_SUBTXT, X_DOC = LEFT, LEFT + 10, LEFT + 10, LEFT + 20, 148.0
    d.set_font("Sans", "BI", BODY_PT)
    d.text(X_DOC, d.y_cur, "Documents")
    d.line(X_DOC, d.y_cur + 1, X_DOC + d.get_string_width("Documents"), d.y_cur + 1)
    d.y_cur += 7

    def item_row(xn, label, xt, title, docs, bold=False):
        lines = d.wrap(title, X_DOC - 6 - xt, "")
        h = max(len(lines), len(docs)) * LH
        d.ensure(h)
        yy = d.y_cur
        d.set_font("Sans", "", BODY_PT)
        d.text(xn, yy, label)
        for i, ln in enumerate(lines):
            d.text(xt, yy + i * LH, ln)
        for i, s in enumerate(docs):
            d.text(X_DOC, yy + i * LH, s)
        d.y_cur += h + 1.6

    for num, title, docs, subs in AGENDA:
        item_row(X_NUM, num, X_TXT, title, docs)
        for letter, st, sdocs in subs:
            d.y_cur -= 1
            item_row(X_SUB, letter, X_SUBTXT, st, sdocs)

    # Part II
    d.new_page()
    d.ctext(d.y_cur, "PART II \u2013 ANNOTATIONS", "B", 11)
    d.y_cur += 10

    text_w = RIGHT - LEFT

    def next_need(i):
        """Height and footnotes of the block after a heading (kept with the heading)."""
        if i + 1 >= len(ANNOT):
            return 0, []
        nb = ANNOT[i + 1]
        if nb[0] == "p":
            fns = [s[1] for s in nb[1] if isinstance(s, tuple)]
            n = len(d.wrap_segments(nb[1], text_w))
            return min(n, 4) * LH, (fns if n <= 4 else [])
        if nb[0] == "h2":
            return 2 * LH + 3, []
        return 2 * LH, []

    for bi, block in enumerate(ANNOT):
        kind = block[0]
        if kind == "h1":
            _, num, title = block
            lines = d.wrap(title, RIGHT - LEFT - 10, "B")
            nh, nf = next_need(bi)
            d.ensure(len(lines) * LH + 5 + nh, nf)  # keep with the next block
            d.y_cur += 2
            d.set_font("Sans", "B", BODY_PT)
            d.text(LEFT, d.y_cur, num)
            for i, ln in enumerate(lines):
                d.text(LEFT + 10, d.y_cur + i * LH, ln)
            d.y_cur += len(lines) * LH + 3
        elif kind == "h2":
            _, letter, title = block
            lines = d.wrap(title, RIGHT - LEFT - 20, "I")
            nh, nf = next_need(bi)
            d.ensure(len(lines) * LH + 3 + nh, nf)
            d.set_font("Sans", "I", BODY_PT)
            d.text(LEFT + 10, d.y_cur, letter)
            for i, ln in enumerate(lines):
                d.text(LEFT + 20, d.y_cur + i * LH, ln)
            d.y_cur += len(lines) * LH + 3
        elif kind == "p":
            segs = block[1]
            fns = [s[1] for s in segs if isinstance(s, tuple)]
            lines = d.wrap_segments(segs, text_w)
            d.ensure(len(lines) * LH, fns)
            for i, ln in enumerate(lines):
                d.draw_seg_line(LEFT, d.y_cur + i * LH, ln)
            d.y_cur += len(lines) * LH + 3
            d.pending_fn.extend(fns)
        elif kind == "bullets":
            d.y_cur -= 1
            for t in block[1]:
                d.ensure(LH)
                d.set_font("Sans", "", BODY_PT)
                d.text(LEFT + 8, d.y_cur, "\u2022")
                d.text(LEFT + 14, d.y_cur, t)
                d.y_cur += LH + 0.5
            d.y_cur += 3
    d.flush_footnotes()
    d.output(OUT)


if __name__ == "__main__":
    draw()
