"""Lay out C/105/6/Corr.1 (corrigendum to the Programme and Budget for 2015), IOM Council, 2014."""
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = "corrigendum-2014.pdf"
W, H = A4
LM = 70.0           # left margin
RM = W - 68.0       # right edge of text
TOP = H - 58.0
BOTTOM = 66.0
SIZE = 11.0
LEAD = 14.0
SYMBOL = "C/105/6/Corr.1"

FONTS = {"r": "Times-Roman", "i": "Times-Italic", "b": "Times-Bold", "sup": "Times-Roman"}


def tokens(segments):
    """segments: list of (style, text). Returns words, each a list of (style, text) pieces.
    A segment that does not start with a space continues the previous word; a 'sup' piece is glued."""
    words = []
    prev_open = False
    for style, text in segments:
        if style == "sup":
            words[-1].append((style, text))
            prev_open = True
            continue
        parts = text.split(" ")
        for k, p in enumerate(parts):
            if p == "":
                continue
            if k == 0 and prev_open and words:
                words[-1].append((style, p))
            else:
                words.append([(style, p)])
        prev_open = not text.endswith(" ")
    return words


def piece_width(style, text):
    if style == "sup":
        return stringWidth(text, FONTS[style], SIZE * 0.62)
    return stringWidth(text, FONTS[style], SIZE)


def word_width(word):
    return sum(piece_width(s, t) for s, t in word)


class Doc:
    def __init__(self):
        self.c = canvas.Canvas(OUT, pagesize=A4)
        self.c.setTitle("C/105/6/Corr.1 - Programme and Budget for 2015 - Corrigendum")
        self.c.setAuthor("International Organization for Migration")
        self.page = 1
        self.y = TOP
        self.foot = []          # footnotes on current page: (marker, text lines)
        self.foot_h = 0.0

    # ---------------------------------------------------------------- pages
    def bottom(self):
        return BOTTOM + self.foot_h

    def new_page(self):
        self.draw_footnotes()
        self.c.showPage()
        self.page += 1
        self.foot = []
        self.foot_h = 0.0
        c = self.c
        c.setFont("Times-Roman", 10)
        c.drawRightString(RM, H - 40, SYMBOL)
        c.drawRightString(RM, H - 52, "Page %d" % self.page)
        self.y = H - 84

    def need(self, h):
        if self.y - h < self.bottom():
            self.new_page()

    def gap(self, h):
        self.y -= h

    # ---------------------------------------------------------------- footnotes
    def add_footnote(self, marker, text):
        fs = 9.0
        lines = self.wrap_plain(text, "Times-Roman", fs, RM - (LM + 14))
        h = len(lines) * 11.0 + 4
        if not self.foot:
            h += 16  # rule and gap
        self.foot.append((marker, lines))
        self.foot_h += h

    def draw_footnotes(self):
        if not self.foot:
            return
        c = self.c
        total = sum(len(l) for _, l in self.foot) * 11.0 + 4 * len(self.foot)
        y = BOTTOM + total
        c.setLineWidth(0.5)
        c.line(LM, y + 10, LM + 144, y + 10)
        y -= 2
        for marker, lines in self.foot:
            c.setFont("Times-Roman", 6)
            c.drawString(LM + 2, y + 3.5, marker)
            c.setFont("Times-Roman", 9)
            for ln in lines:
                c.drawString(LM + 14, y, ln)
                y -= 11.0
            y -= 4

    @staticmethod
    def wrap_plain(text, font, size, width):
        out, cur = [], ""
        for w in text.split():
            t = (cur + " " + w).strip()
            if stringWidth(t, font, size) > width and cur:
                out.append(cur)
                cur = w
            else:
                cur = t
        if cur:
            out.append(cur)
        return out

    # ---------------------------------------------------------------- text blocks
    def para(self, segments, x_first=LM, x_cont=LM, label=None, x_label=LM, justify=True,
             footnotes=None, space_after=8.0, label_font="Times-Roman"):
        """footnotes: dict marker -> footnote text, registered on the page where the marker lands."""
        footnotes = footnotes or {}
        words = tokens(segments)
        lines = []
        cur, cur_w = [], 0.0
        sp = stringWidth(" ", "Times-Roman", SIZE)
        for w in words:
            x0 = x_first if not lines else x_cont
            avail = RM - x0
            ww = word_width(w)
            if cur and cur_w + sp + ww > avail:
                lines.append(cur)
                cur, cur_w = [w], ww
            else:
                cur_w = cur_w + (sp if cur else 0) + ww
                cur.append(w)
        if cur:
            lines.append(cur)
        c = self.c
        for i, line in enumerate(lines):
            markers = [t for w in line for s, t in w if s == "sup"]
            extra_fn = sum(1 for m in markers if m in footnotes)
            if self.y - LEAD < self.bottom() + (30 if extra_fn else 0):
                self.new_page()
            for m in markers:
                if m in footnotes:
                    self.add_footnote(m, footnotes.pop(m))
            self.y -= LEAD
            x0 = x_first if i == 0 else x_cont
            if i == 0 and label:
                c.setFont(label_font, SIZE)
                c.drawString(x_label, self.y, label)
            avail = RM - x0
            natural = sum(word_width(w) for w in line) + sp * (len(line) - 1)
            gapw = sp
            if justify and i < len(lines) - 1 and len(line) > 1:
                gapw = sp + (avail - natural) / (len(line) - 1)
            x = x0
            for w in line:
                for s, t in w:
                    if s == "sup":
                        c.setFont(FONTS[s], SIZE * 0.62)
                        c.drawString(x, self.y + 4.2, t)
                    else:
                        c.setFont(FONTS[s], SIZE)
                        c.drawString(x, self.y, t)
                    x += piece_width(s, t)
                x += gapw
        self.y -= space_after

    def heading(self, text):
        """Location line of a correction, underlined."""
        self.y -= 9
        self.need(LEAD * 4)
        self.y -= LEAD
        c = self.c
        c.setFont("Times-Roman", SIZE)
        c.drawString(LM, self.y, text)
        w = stringWidth(text, "Times-Roman", SIZE)
        c.setLineWidth(0.6)
        c.line(LM, self.y - 2, LM + w, self.y - 2)
        self.y -= 7

    def save(self):
        self.draw_footnotes()
        self.c.showPage()
        self.c.save()


def R(t):
    return ("r", t)


def I(t):
    return ("i", t)


def B(t):
    return ("b", t)


def SUP(t):
    return ("sup", t)


def main():
    d = Doc()
    c = d.c
    # ------------------------------------------------------------ cover block
    c.setFont("Times-Bold", 11)
    c.drawRightString(RM, H - 52, SYMBOL)
    c.setFont("Times-Roman", 11)
    c.drawRightString(RM, H - 66, "Original: English")
    c.drawRightString(RM, H - 80, "21 October 2014")
    c.setFont("Times-Bold", 11)
    c.drawString(LM, H - 112, "COUNCIL")
    c.setFont("Times-Roman", 11)
    c.drawString(LM, H - 126, "105TH SESSION")

    c.setFont("Times-Bold", 12)
    c.drawCentredString((LM + RM) / 2, H - 212, "PROGRAMME AND BUDGET FOR 2015")
    c.drawCentredString((LM + RM) / 2, H - 244, "CORRIGENDUM")
    d.y = H - 294

    d.para([R("Document C/105/6, dated 30 September 2014, should be corrected as indicated below. "
              "The replaced paragraphs and the replaced table are reproduced in full; the numbering of "
              "paragraphs and footnotes is that of the original document. Except where otherwise indicated, "
              "the corrections apply to all language versions.")], space_after=6)

    # ------------------------------------------------------------ correction 1
    d.heading("Page 2, paragraph 4, fifth line")
    d.para([I("For "), R("\u201cUSD 793.4 million\u201d "), I("read "), R("\u201cUSD 794.3 million\u201d")],
           x_first=LM + 36, x_cont=LM + 36, justify=False, space_after=6)

    d.heading("Page 5, paragraph 11, seventh line")
    d.para([I("For "), R("\u201c2.1 per cent\u201d "), I("read "), R("\u201c2.0 per cent\u201d")],
           x_first=LM + 36, x_cont=LM + 36, justify=False, space_after=6)

    # ------------------------------------------------------------ correction 3: paragraph 17
    d.heading("Page 7, paragraph 17")
    d.para([R("Paragraph 17 should read:")], justify=False, space_after=4)
    d.para([R("The Administrative Part of the Budget for 2015 amounts to CHF 46,093,000, an increase of "
              "CHF 892,000 over the level approved by the Council for 2014. The increase is explained mainly by "
              "the following factors:")],
           label="17.", x_label=LM, x_first=LM + 36, x_cont=LM, space_after=4)
    d.para([R("the statutory increases in staff costs determined by the International Civil Service "
              "Commission for the Geneva duty station and for field locations, of which the Administration "
              "has been able to absorb only a part through the restructuring of support functions and the "
              "freezing of two vacant posts at Headquarters;")],
           label="(a)", x_label=LM + 36, x_first=LM + 68, x_cont=LM + 68, space_after=4)
    d.para([R("the application of the zero nominal growth policy to the assessed contributions of "
              "Member States, adjusted to take account of the contributions of the new Member States "
              "admitted in 2013 and 2014;"), SUP("5"), R(" and")],
           label="(b)", x_label=LM + 36, x_first=LM + 68, x_cont=LM + 68, space_after=4,
           footnotes={"5": "Seven new Member States were admitted by the Council in 2013 and 2014, bringing the "
                           "membership of the Organization to 157. Their assessed contributions for 2015 are set "
                           "out in the proposed scale of assessment (C/105/7), which the Standing Committee on "
                           "Programmes and Finance will examine at its Fifteenth Session."})
    d.para([R("an increase of CHF 195,000 under contractual services, to cover the external audit of the "
              "Organization\u2019s financial statements under the new audit arrangements, the review of the "
              "Staff Regulations and Staff Rules and the maintenance of the enterprise resource planning "
              "system, the licence fees for which were previously charged to the Operational Part of the "
              "Budget. A corresponding reduction has been made in the Operational Support Income "
              "allocated to Headquarters support services.")],
           label="(c)", x_label=LM + 36, x_first=LM + 68, x_cont=LM + 68, space_after=6)

    # ------------------------------------------------------------ correction 3 (English only)
    d.heading("Page 9, paragraph 24, first sentence (English version only)")
    d.para([I("For:")], x_first=LM + 36, justify=False, space_after=0)
    d.para([R("\u201cThe level of the Administrative Part of the Budget for 2014 was approved by the Council "
              "in Resolution No. 1265 of 26 November 2013.\u201d")],
           x_first=LM + 72, x_cont=LM + 72, justify=False, space_after=2)
    d.para([I("Read:")], x_first=LM + 36, justify=False, space_after=0)
    d.para([R("\u201cThe level of the Administrative Part of the Budget for 2014 was approved by the Council "
              "in Resolution No. 1267 of 26 November 2013.\u201d")],
           x_first=LM + 72, x_cont=LM + 72, justify=False, space_after=6)

    # ------------------------------------------------------------ correction 4: table 3
    d.heading("Page 12, Table 3")
    d.para([R("Replace the table with the following:")], justify=False, space_after=8)
    table3(d)

    # ------------------------------------------------------------ correction 5
    d.heading("Page 28, paragraph 39, second line")
    d.para([R("Delete the words \u201cand the Sub-Committee on Budget and Finance\u201d.")],
           justify=False, space_after=6)

    # ------------------------------------------------------------ correction 6: paragraph 46
    d.heading("Page 36, paragraph 46")
    d.para([R("Replace the existing text with the following:")], justify=False, space_after=4)
    d.para([R("The Operational Part of the Budget for 2015 is estimated at USD 794.3 million, compared "
              "with USD 1,187.6 million in the Revision of the Programme and Budget for 2014 (S/15/5). As in "
              "previous years, the estimate includes only those activities for which funding is reasonably "
              "assured at the time of preparation of the document; the level of the Operational Part will be "
              "revised in the course of the year as new projects are funded, and the revised figures will be "
              "submitted to the Standing Committee on Programmes and Finance in 2015.")],
           label="46.", x_label=LM, x_first=LM + 36, x_cont=LM, space_after=6)

    d.save()


def table3(d):
    c = d.c
    rows = [
        ("Staff costs", "36,872,000", "37,545,000", "673,000"),
        ("Travel and representation", "1,256,000", "1,212,000", "(44,000)"),
        ("General office and other expenses", "4,318,000", "4,401,000", "83,000"),
        ("Communications", "1,102,000", "1,087,000", "(15,000)"),
        ("Contractual services", "1,093,000", "1,288,000", "195,000"),
        ("Meetings of the governing bodies", "560,000", "560,000", "\u2013"),
    ]
    total = ("Total", "45,201,000", "46,093,000", "892,000")
    h = 18 + 30 + LEAD * (len(rows) + 1) + 40
    d.need(h)
    mid = (LM + RM) / 2
    d.y -= LEAD
    c.setFont("Times-Bold", 10.5)
    c.drawCentredString(mid, d.y, "TABLE 3 \u2013 ADMINISTRATIVE PART OF THE BUDGET BY OBJECT OF EXPENDITURE")
    d.y -= 8
    x_tab_l = LM + 4
    x_tab_r = RM - 4
    cols = [x_tab_r - 200, x_tab_r - 104, x_tab_r - 8]   # right edges of the three figure columns
    c.setLineWidth(0.7)
    c.line(x_tab_l, d.y, x_tab_r, d.y)
    c.setFont("Times-Bold", 10)
    y1 = d.y - 12
    y2 = y1 - 11.5
    c.drawString(x_tab_l + 4, y2, "Object of expenditure")
    for x, (a, b) in zip(cols, [("2014 approved", "budget"), ("2015", "estimates"), ("Increase/", "(decrease)")]):
        c.drawRightString(x, y1, a)
        c.drawRightString(x, y2, b)
    d.y = y2 - 6
    c.setLineWidth(0.5)
    c.line(x_tab_l, d.y, x_tab_r, d.y)
    d.y -= 2
    c.setFont("Times-Roman", 10.5)
    for r in rows:
        d.y -= 13
        c.drawString(x_tab_l + 4, d.y, r[0])
        for x, v in zip(cols, r[1:]):
            c.drawRightString(x, d.y, v)
    d.y -= 6
    c.line(x_tab_l, d.y, x_tab_r, d.y)
    d.y -= 13
    c.setFont("Times-Bold", 10.5)
    c.drawString(x_tab_l + 4, d.y, total[0])
    for x, v in zip(cols, total[1:]):
        c.drawRightString(x, d.y, v)
    d.y -= 6
    c.setLineWidth(0.7)
    c.line(x_tab_l, d.y, x_tab_r, d.y)
    d.y -= 11
    c.setFont("Times-Italic", 9)
    c.drawString(x_tab_l, d.y, "All figures in Swiss francs.")
    d.y -= 6


if __name__ == "__main__":
    main()
