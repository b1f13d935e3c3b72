# Draws info-note-2004c.pdf: an IOM information note (MC/INF series) of 2004,
# laid out in the manner of a word-processor document of that time.
import os
import re
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "info-note-2004c.pdf")

W, H = A4
LM = 72.0            # left margin (2.54 cm)
RM = 72.0
TEXT_W = W - LM - RM
TOP = H - 86.0       # first baseline of body text on a page
BOTTOM = 70.0        # lowest allowed baseline region (bottom margin)
TAB = 36.0           # 1.27 cm tab stop

SYMBOL = "MC/INF/277"
BODY_FONT = "Times-Roman"
BOLD = "Times-Bold"
ITAL = "Times-Italic"
FS = 12.0
LEAD = 14.0
PARA_GAP = 12.0
FN_FS = 10.0
FN_LEAD = 11.5
SUP_FS = 7.5
SUP_RISE = 4.0

# ---------------------------------------------------------------------------
# Content
# ---------------------------------------------------------------------------
FOOTNOTES = {
    1: "Resolution No. 1036 (LXXXII) of 29 November 2001 on \u201cMigration health: "
       "policy framework and priorities\u201d.",
    2: "\u201cHealth and Migration: Bridging the Gap\u201d, document MC/INF/252 of "
       "23 October 2002.",
    3: "United Nations Population Division, International Migration Report 2002, "
       "New York, 2002.",
    4: "World Health Organization, Global Tuberculosis Control: Surveillance, Planning, "
       "Financing, WHO Report 2004, Geneva, 2004.",
    5: "These figures include assessments performed for receiving States under "
       "cost-recovery arrangements and therefore differ from the project counts given "
       "in the Financial Report for the Year Ended 31 December 2003 (MC/2140).",
    6: "Programme and Budget for 2004 (MC/2116), Part III, Migration Health.",
    7: "The terms of that cooperation were described to the Council in document "
       "MC/INF/245. The framework was renewed for a further period in 2003.",
    8: "See the report on the Hundred and first Session of the Executive Committee, "
       "document MC/EX/666, paragraphs 31 to 36.",
    9: "World Health Assembly resolution WHA57.19, \u201cInternational migration of "
       "health personnel: a challenge for health systems in developing countries\u201d, "
       "adopted on 22 May 2004.",
    10: "Resolution No. 1092 (LXXXVI) of 20 November 2003 on the Programme and Budget "
        "for 2004.",
}

REGIONS = [
    ("Africa", 21450, 24870, 29630),
    ("Middle East", 9820, 10240, 10910),
    ("South Asia", 24310, 25980, 27440),
    ("South-East Asia", 38760, 41350, 46280),
    ("East Asia", 6140, 6620, 7050),
    ("Eastern Europe and Central Asia", 31980, 30140, 29370),
    ("South-Eastern Europe", 12530, 11060, 9480),
    ("Latin America and the Caribbean", 4210, 4890, 5380),
]
TOT = [sum(r[i] for r in REGIONS) for i in (1, 2, 3)]
assert TOT == [149200, 155150, 165540], TOT


def fmt(n):
    return "{:,}".format(n)


BODY = [
    ("heading", "I.", "INTRODUCTION"),
    ("para", 1,
     "Health is one of the conditions on which the success of migration depends, both "
     "for migrants themselves and for the communities they leave and join. Since the "
     "Council endorsed the Organization\u2019s approach to migration health, IOM has "
     "treated the physical, mental and social well-being of migrants as an integral part "
     "of orderly migration management, in line with the policy framework approved in "
     "2001.{1}"),
    ("para", 2,
     "This note brings up to date the information presented to the Council in 2002,{2} "
     "describes the main activities carried out by the Organization in the field of "
     "migration health over the period 2001-2003 and sets out a number of orientations "
     "on which the Administration would welcome the views of Member States."),
    ("para", 3,
     "The note draws on data collected by the Migration Health Services (MHS) at "
     "Headquarters and in the field. It does not cover the health components of projects "
     "managed by other services, such as assistance to victims of trafficking, which are "
     "reported on separately."),
    ("heading", "II.", "HEALTH AND CURRENT MIGRATION FLOWS"),
    ("para", 4,
     "The number of persons living outside their country of birth was estimated at "
     "175 million in 2000.{3} Besides settled migrants, the figure includes refugees, "
     "displaced persons and, in growing numbers, temporary and circular workers, many of "
     "whom travel through irregular channels and have little or no access to health "
     "services on the way."),
    ("para", 5,
     "Migrants are frequently in good health at the time of departure, a pattern often "
     "referred to as the \u201chealthy migrant effect\u201d. Their health may nevertheless "
     "deteriorate as a result of the conditions of the journey, of work in hazardous "
     "sectors, of overcrowded housing and of barriers of language, cost and legal status "
     "that keep them away from preventive care."),
    ("para", 6,
     "Communicable diseases remain a concern for public health authorities in receiving "
     "countries. In several countries of Western Europe and North America, the share of "
     "tuberculosis cases notified among foreign-born persons passed 50 per cent in "
     "2003.{4} Surveillance, early detection and continuity of treatment across borders "
     "are therefore matters of common interest to countries of origin, transit and "
     "destination."),
    ("para", 7,
     "The movement of health personnel raises a different set of questions. The "
     "recruitment of nurses and doctors from countries whose health systems are already "
     "under strain has attracted growing attention, and governments on both sides are "
     "looking for ways to reconcile individual mobility with the sustainability of "
     "national health services."),
    ("heading", "III.", "IOM MIGRATION HEALTH ACTIVITIES, 2001-2003"),
    ("subheading", "A.", "Health assessments"),
    ("para", 8,
     "At the request of receiving States, IOM carries out health assessments of migrants "
     "and refugees before departure, in accordance with the medical requirements of those "
     "States. The main users of the service are Australia, Canada, New Zealand, the United "
     "Kingdom and the United States of America. An assessment comprises a medical history, "
     "a physical examination, radiology and laboratory tests and, where indicated, the "
     "treatment of conditions such as tuberculosis before travel."),
    ("para", 9,
     "The table below shows the number of persons assessed, by region of departure. "
     "Growth was driven mainly by new refugee resettlement programmes in Africa and by "
     "labour migration schemes in South-East Asia, while numbers from South-Eastern Europe "
     "fell as return movements to the region slowed. The total rose from "
     + fmt(TOT[0]) + " in 2001 to " + fmt(TOT[1]) + " in 2002 and " + fmt(TOT[2])
     + " in 2003.{5}"),
    ("table", None, None),
    ("para", 10,
     "Depending on the programme, the cost of assessments is borne by the receiving State "
     "or by the migrant. The assessment centres operated by IOM in 2004 are listed in the "
     "Annex."),
    ("subheading", "B.", "Health assistance to displaced and mobile populations"),
    ("para", 11,
     "In post-conflict and emergency settings, IOM provides primary health care, referral "
     "services and medical escorts to displaced persons and returnees. In 2003 such "
     "assistance was extended to Afghanistan, Iraq and Liberia. Activities under this "
     "heading were budgeted at USD 14.6 million for 2004.{6}"),
    ("para", 12,
     "The prevention of HIV/AIDS among mobile populations is the fastest growing area of "
     "work. Projects are aimed at truck drivers, seafarers, seasonal agricultural workers "
     "and communities in border areas, and are carried out in partnership with the Joint "
     "United Nations Programme on HIV/AIDS (UNAIDS) under a cooperation framework first "
     "signed in 1999.{7}"),
    ("heading", "IV.", "POLICY ORIENTATIONS"),
    ("para", 13,
     "Experience gained over the last three years suggests that the health of migrants "
     "cannot be dealt with through assessments before departure alone. Health "
     "considerations need to be taken into account at each stage of the migration "
     "process, from preparation for departure to integration or return."),
    ("para", 14,
     "The Administration therefore proposes to concentrate its efforts in the coming "
     "years on:"),
    ("item", "(a)",
     "strengthening the public health dimension of health assessments, including the "
     "treatment of infectious tuberculosis and the referral of migrants to services in "
     "the receiving country;"),
    ("item", "(b)",
     "promoting the access of migrants, including those in an irregular situation, to "
     "essential health care and prevention, a point stressed by several delegations at "
     "the Executive Committee in June 2004;{8}"),
    ("item", "(c)",
     "supporting governments in managing the migration of health workers in a manner that "
     "takes account of the needs of health systems in countries of origin; and"),
    ("item", "(d)",
     "building the capacity of national health and migration authorities through "
     "training, research and the exchange of information."),
    ("para", 15,
     "With regard to subparagraph (c), IOM intends to work closely with the World Health "
     "Organization on the follow-up to the resolution on the international migration of "
     "health personnel adopted by the World Health Assembly in May 2004.{9}"),
    ("para", 16,
     "These orientations will be implemented mainly through voluntary contributions to "
     "specific projects. No increase in the administrative part of the budget is foreseen "
     "in this connection, in keeping with the policy of zero nominal growth reaffirmed by "
     "the Council in November 2003.{10}"),
    ("heading", "V.", "CONCLUSION"),
    ("para", 17,
     "The Council is invited to take note of this information and to comment on the "
     "orientations set out in paragraph 14 above. The Administration will report on "
     "progress in the Report of the Director General on the Work of the Organization for "
     "the Year 2005."),
]

TABLE_CAPTION = "Health assessments conducted by IOM, by region of departure, 2001-2003"

ANNEX_TITLE = "IOM MIGRATION HEALTH ASSESSMENT CENTRES IN OPERATION, 2004"
ANNEX_ROWS = [
    ("Country", "Location of centre", "Main receiving countries served"),
    ("Ghana", "Accra", "Canada, United States"),
    ("Kenya", "Nairobi", "Australia, Canada, United States"),
    ("Nepal", "Kathmandu", "Australia, New Zealand, United States"),
    ("Philippines", "Manila", "Australia, New Zealand, United Kingdom"),
    ("Russian Federation", "Moscow", "Canada, United States"),
    ("Thailand", "Bangkok", "Australia, United Kingdom, United States"),
    ("Ukraine", "Kyiv", "Canada, United States"),
    ("Viet Nam", "Ho Chi Minh City", "Australia, United States"),
]


# ---------------------------------------------------------------------------
# Text layout helpers
# ---------------------------------------------------------------------------
MARK_RE = re.compile(r"\{(\d+)\}")


def tokenize(text, font=BODY_FONT, size=FS):
    """Return a list of words; each word is a list of segments
    (text, font, size, rise, fn_number_or_None)."""
    words = []
    for raw in text.split(" "):
        if not raw:
            continue
        segs = []
        pos = 0
        for m in MARK_RE.finditer(raw):
            if m.start() > pos:
                segs.append((raw[pos:m.start()], font, size, 0.0, None))
            n = int(m.group(1))
            segs.append((str(n), font if font != BOLD else BODY_FONT, SUP_FS, SUP_RISE, n))
            pos = m.end()
        if pos < len(raw):
            segs.append((raw[pos:], font, size, 0.0, None))
        words.append(segs)
    return words


def word_width(word):
    return sum(stringWidth(t, f, s) for t, f, s, r, n in word)


def break_lines(words, first_width, other_width, space_w):
    lines = []
    cur = []
    cur_w = 0.0
    avail = first_width
    for w in words:
        ww = word_width(w)
        need = ww if not cur else cur_w + space_w + ww
        if cur and need > avail + 0.01:
            lines.append(cur)
            cur = [w]
            cur_w = ww
            avail = other_width
        else:
            cur.append(w)
            cur_w = need
    if cur:
        lines.append(cur)
    return lines


class Line:
    """One laid-out line: a list of (x, word) pairs plus footnote numbers."""

    def __init__(self, x, width, words, justify, space_w, extra=None):
        self.items = []
        self.fns = []
        self.extra = extra or []   # extra draw ops: (x, text, font, size)
        nat = sum(word_width(w) for w in words) + space_w * (len(words) - 1)
        gap = space_w
        if justify and len(words) > 1:
            gap = space_w + (width - nat) / (len(words) - 1)
        cx = x
        for w in words:
            self.items.append((cx, w))
            for seg in w:
                if seg[4] is not None:
                    self.fns.append(seg[4])
            cx += word_width(w) + gap

    def draw(self, c, y):
        for x, text, font, size in self.extra:
            c.setFont(font, size)
            c.drawString(x, y, text)
        for x, w in self.items:
            cx = x
            for t, f, s, r, n in w:
                c.setFont(f, s)
                c.drawString(cx, y + r, t)
                cx += stringWidth(t, f, s)


def layout_block(text, first_x, other_x, right, font=BODY_FONT, size=FS,
                 label=None, label_x=None, label_font=None, justify=True):
    words = tokenize(text, font, size)
    space_w = stringWidth(" ", font, size)
    lines = break_lines(words, right - first_x, right - other_x, space_w)
    out = []
    for i, lw in enumerate(lines):
        last = i == len(lines) - 1
        x = first_x if i == 0 else other_x
        extra = []
        if i == 0 and label is not None:
            extra.append((label_x, label, label_font or font, size))
        out.append(Line(x, right - x, lw, justify and not last, space_w, extra))
    return out


# footnote bodies, laid out once
def footnote_lines(n):
    mark_w = stringWidth(str(n), BODY_FONT, SUP_FS)
    text_x = LM + mark_w + 3.0
    words = tokenize(FOOTNOTES[n], BODY_FONT, FN_FS)
    space_w = stringWidth(" ", BODY_FONT, FN_FS)
    lines = break_lines(words, LM + TEXT_W - text_x, TEXT_W, space_w)
    out = []
    for i, lw in enumerate(lines):
        last = i == len(lines) - 1
        x = text_x if i == 0 else LM
        ln = Line(x, LM + TEXT_W - x, lw, not last, space_w)
        if i == 0:
            ln.marker = (LM, str(n))
        else:
            ln.marker = None
        out.append(ln)
    return out


FN_LINES = {n: footnote_lines(n) for n in FOOTNOTES}
FN_SEP = 16.0      # space between last body line and separator rule, plus rule gap
FN_BETWEEN = 2.0   # extra space between two footnotes


def fn_height(fns):
    if not fns:
        return 0.0
    h = FN_SEP
    for i, n in enumerate(fns):
        h += len(FN_LINES[n]) * FN_LEAD + (FN_BETWEEN if i else 0)
    return h


# ---------------------------------------------------------------------------
# Page machinery
# ---------------------------------------------------------------------------
class Doc:
    def __init__(self, path):
        self.c = canvas.Canvas(path, pagesize=A4)
        self.c.setTitle(SYMBOL)
        self.c.setAuthor("International Organization for Migration")
        self.page_label = 0
        self.annex = False
        self.fns = []
        self.y = None
        self.ops = []

    # header on every page after the cover
    def header(self):
        c = self.c
        c.setFont(BODY_FONT, FS)
        lines = [SYMBOL]
        if self.annex:
            lines.append("Annex")
        lines.append("Page %d" % self.page_label)
        y = H - 42
        for t in lines:
            c.drawRightString(W - RM, y, t)
            y -= LEAD

    def new_page(self, annex=False):
        self.annex = annex
        self.page_label += 1
        self.header()
        self.fns = []
        self.y = TOP - (LEAD if annex else 0)
        self.at_top = True

    def finish_page(self):
        c = self.c
        if self.fns:
            total = fn_height(self.fns) - FN_SEP
            y = BOTTOM + total - FN_LEAD + 2
            # separator: a short drawn line, as a word processor prints it
            c.setLineWidth(0.5)
            c.line(LM, y + FN_LEAD + 1, LM + 144, y + FN_LEAD + 1)
            first = True
            for n in self.fns:
                if not first:
                    y -= FN_BETWEEN
                first = False
                for ln in FN_LINES[n]:
                    if ln.marker:
                        c.setFont(BODY_FONT, SUP_FS)
                        c.drawString(ln.marker[0], y + 3.5, ln.marker[1])
                    ln.draw(c, y)
                    y -= FN_LEAD
        c.showPage()

    def room(self, nlines_height, new_fns=()):
        fns = self.fns + [n for n in new_fns if n not in self.fns]
        return self.y - nlines_height >= BOTTOM + fn_height(fns) - 2

    def gap(self, g):
        if not self.at_top:
            self.y -= g

    def place_lines(self, lines, keep_first=1):
        # keep at least keep_first lines together at the start
        head = lines[:keep_first]
        need_fns = [n for ln in head for n in ln.fns]
        if not self.room(LEAD * len(head) - LEAD + 0, need_fns):
            self.finish_page()
            self.new_page(self.annex)
        for ln in lines:
            if not self.room(0, ln.fns):
                self.finish_page()
                self.new_page(self.annex)
            ln.draw(self.c, self.y)
            for n in ln.fns:
                if n not in self.fns:
                    self.fns.append(n)
            self.y -= LEAD
            self.at_top = False


def draw_cover(doc):
    c = doc.c
    c.setFont(BODY_FONT, FS)
    y = H - 72
    c.setFont(BOLD, FS)
    c.drawRightString(W - RM, y, SYMBOL)
    c.setFont(BODY_FONT, FS)
    y -= 2 * LEAD
    c.drawRightString(W - RM, y, "Original: English")
    y -= LEAD
    c.drawRightString(W - RM, y, "12 November 2004")
    y -= 5 * LEAD
    c.setFont(BOLD, FS)
    c.drawCentredString(W / 2, y, "EIGHTY-EIGHTH SESSION")
    y -= 1.5 * LEAD
    c.setFont(BODY_FONT, FS)
    rule = "_" * 72
    c.drawCentredString(W / 2, y, rule)
    y -= 12 * LEAD
    c.setFont(BOLD, 14)
    c.drawCentredString(W / 2, y, "MIGRATION AND HEALTH:")
    y -= 18
    c.drawCentredString(W / 2, y, "CURRENT ACTIVITIES AND POLICY ORIENTATIONS")
    # trilingual footer
    c.setFont(BOLD, 11)
    fy = 56
    c.setLineWidth(1.0)
    c.line(LM, fy + 16, W - RM, fy + 16)
    c.drawString(LM, fy, "COUNCIL")
    c.drawCentredString(W / 2, fy, "CONSEIL")
    c.drawRightString(W - RM, fy, "CONSEJO")
    c.showPage()


def draw_boxed_table(doc):
    c = doc.c
    fs = 11.0
    row_h = 16.0
    colw = [210.0, 76.0, 76.0, 76.0]
    tw = sum(colw)
    x0 = LM + (TEXT_W - tw) / 2
    rows = [("Region of departure", "2001", "2002", "2003")]
    for r in REGIONS:
        rows.append((r[0], fmt(r[1]), fmt(r[2]), fmt(r[3])))
    rows.append(("Total", fmt(TOT[0]), fmt(TOT[1]), fmt(TOT[2])))
    need = LEAD + 6 + row_h * len(rows) + 4
    if not doc.room(need):
        doc.finish_page()
        doc.new_page(doc.annex)
    doc.gap(PARA_GAP)
    # caption, centred, bold
    c.setFont(BOLD, FS)
    c.drawCentredString(W / 2, doc.y, TABLE_CAPTION)
    top = doc.y - 8
    c.setLineWidth(0.6)
    for i, row in enumerate(rows):
        yt = top - i * row_h
        yb = yt - row_h
        base = yb + 4.5
        cx = x0
        bold = i == 0 or i == len(rows) - 1
        for j, cell in enumerate(row):
            c.rect(cx, yb, colw[j], row_h, stroke=1, fill=0)
            f = BOLD if bold else BODY_FONT
            c.setFont(f, fs)
            assert stringWidth(cell, f, fs) < colw[j] - 8, cell
            if j == 0:
                c.drawString(cx + 4, base, cell)
            elif i == 0:
                c.drawCentredString(cx + colw[j] / 2, base, cell)
            else:
                c.drawRightString(cx + colw[j] - 6, base, cell)
            cx += colw[j]
    doc.y = top - row_h * len(rows) - LEAD - 4
    doc.at_top = False


def draw_annex(doc):
    doc.finish_page()
    doc.page_label = 0
    doc.new_page(annex=True)
    c = doc.c
    c.setFont(BOLD, FS)
    c.drawCentredString(W / 2, doc.y, ANNEX_TITLE)
    doc.y -= 2 * LEAD
    fs = 11.0
    colw = [120.0, 110.0, 210.0]
    tw = sum(colw)
    x0 = LM + (TEXT_W - tw) / 2
    row_h = 17.0
    y = doc.y + 4
    c.setLineWidth(0.8)
    c.line(x0, y + 8, x0 + tw, y + 8)
    for i, row in enumerate(ANNEX_ROWS):
        cx = x0
        f = BOLD if i == 0 else BODY_FONT
        c.setFont(f, fs)
        for j, cell in enumerate(row):
            assert stringWidth(cell, f, fs) < colw[j] - 6, cell
            c.drawString(cx + 3, y - 4, cell)
            cx += colw[j]
        if i == 0:
            c.setLineWidth(0.5)
            c.line(x0, y - 9, x0 + tw, y - 9)
        y -= row_h
    c.setLineWidth(0.8)
    c.line(x0, y + 6, x0 + tw, y + 6)


def main():
    doc = Doc(OUT)
    draw_cover(doc)
    doc.new_page()
    c = doc.c
    # running title repeated on the first text page
    c.setFont(BOLD, FS)
    c.drawCentredString(W / 2, doc.y, "MIGRATION AND HEALTH:")
    doc.y -= LEAD
    c.drawCentredString(W / 2, doc.y, "CURRENT ACTIVITIES AND POLICY ORIENTATIONS")
    doc.y -= LEAD
    doc.at_top = False
    right = LM + TEXT_W
    for kind, a, b in BODY:
        if kind == "heading":
            lines = layout_block(b, LM + TAB, LM + TAB, right, font=BOLD,
                                 label=a, label_x=LM, label_font=BOLD, justify=False)
            doc.gap(PARA_GAP * 1.5)
            # keep heading with two lines of what follows
            if not doc.room(LEAD * (len(lines) + 3)):
                doc.finish_page()
                doc.new_page()
            doc.place_lines(lines)
        elif kind == "subheading":
            lines = layout_block(b, LM + TAB, LM + TAB, right, font=ITAL,
                                 label=a, label_x=LM, label_font=ITAL, justify=False)
            doc.gap(PARA_GAP)
            if not doc.room(LEAD * (len(lines) + 3)):
                doc.finish_page()
                doc.new_page()
            doc.place_lines(lines)
        elif kind == "para":
            lines = layout_block(b, LM + TAB, LM, right,
                                 label="%d." % a, label_x=LM)
            doc.gap(PARA_GAP)
            doc.place_lines(lines, keep_first=min(2, len(lines)))
        elif kind == "item":
            lines = layout_block(b, LM + 2 * TAB, LM + 2 * TAB, right,
                                 label=a, label_x=LM + TAB)
            doc.gap(PARA_GAP * 0.5)
            doc.place_lines(lines, keep_first=min(2, len(lines)))
        elif kind == "table":
            draw_boxed_table(doc)
    draw_annex(doc)
    doc.finish_page()
    doc.c.save()


if __name__ == "__main__":
    main()
