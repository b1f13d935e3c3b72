# Draws info-note-2007.pdf: an invented IOM Council information note (MC/INF/290, November 2007).
# Layout: separate cover page (MC-era), then body pages with a right-aligned running header
# (symbol / Page N), hanging paragraph numbers, decimal headings, footnotes under a short rule.
import re
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = "info-note-2007.pdf"
SYMBOL = "MC/INF/290"
W, H = A4
LM, RM = 68, 64
X0, X1 = LM, W - RM
TEXTW = X1 - X0
TOP = H - 58          # baseline of the running header symbol
BOTTOM = 62           # lowest baseline of footnote text

BODY_F, BODY_S, LEAD = "Times-Roman", 11, 12.4
FN_S, FN_LEAD = 9, 10.6
SUP_S, SUP_RISE = 7, 4
HANG = 36             # hanging indent of numbered paragraphs and headings

# ---------------------------------------------------------------- content
TITLE_LINES = ["IOM AND REGIONAL CONSULTATIVE PROCESSES ON MIGRATION:",
               "SUPPORT PROVIDED AND PROSPECTS"]

FOOTNOTES = {
    1: "See document MC/INF/281, \u201cRegional Consultative Processes on Migration: An Overview\u201d, "
       "26 October 2005.",
    2: "Resolution No. 1150 of 7 June 2007; the Strategy itself is set out in document MC/INF/287.",
    3: "In two of the three cases the new participants had previously attended meetings of the "
       "process as observers for several years. Admission procedures differ from one process to "
       "another: some admit new participants by consensus of the existing participating States at a "
       "ministerial meeting, while others leave the decision to senior officials, subject to later "
       "endorsement by ministers.",
    4: "The form of the secretariat varies from process to process. In some cases a dedicated unit, "
       "financed by the participating States, is located in an IOM field office; in others, the "
       "functions are performed by staff of an IOM Regional Office.",
    5: "See the Programme and Budget for 2007 (MC/2197), paragraphs 41 to 45, on the allocation of "
       "discretionary income.",
}
# footnote number -> number of its lines kept on the page of its marker (rest continued overleaf)
FN_SPLIT = {3: 2}

BLOCKS = [
    ("heading1", "1.", ["INTRODUCTION"]),
    ("para", "1.",
     "Regional consultative processes on migration (RCPs) are State-led, informal and non-binding "
     "forums in which the governments of a region meet at regular intervals to exchange information "
     "and views on migration. Since the "
     "mid-1990s their number has grown steadily, and nearly every region of the world now takes part "
     "in at least one such process. IOM serves as secretariat to several RCPs and supports most of the "
     "others."),
    ("para", "2.",
     "This note informs the Council of the support the Administration extended to RCPs in 2006 and "
     "2007, summarizes the trends observed in their work over that period and sets out the approach "
     "the Administration intends to follow in 2008 and 2009. It updates the overview submitted to the "
     "Council at its Ninetieth Session.{1}"),
    ("heading1", "2.", ["BACKGROUND"]),
    ("heading2", "2.1", ["Mandate"]),
    ("para", "3.",
     "Article 1, paragraph 1(e), of the IOM Constitution charges the Organization with providing a "
     "forum to States, as well as to international and other organizations, for the exchange of views "
     "and experiences and the promotion of cooperation on international migration issues. The IOM "
     "Strategy approved by the Council in June 2007 gives this function concrete expression by listing "
     "among the Organization\u2019s activities the support of regional and global dialogue on migration.{2}"),
    ("para", "4.",
     "The Council addressed the matter directly at its Ninety-second Session. By operative paragraph 3 "
     "of Resolution No. 1138 (XCII) of 30 November 2006, on cooperation with regional processes, "
     "it decided:"),
    ("quote", None,
     "\u201cTo request the Director General to continue assisting regional consultative processes on "
     "migration, at the request of their participating States and within the resources available, in "
     "particular by providing secretariat and technical services and by facilitating exchanges among "
     "the processes, and to report periodically to the Council on that assistance;\u201d"),
    ("para", "5.",
     "The present note is the first such report. It also reflects the discussions at the workshop on "
     "RCPs held under the International Dialogue on Migration in April 2007, in which representatives "
     "of eleven processes took part."),
    ("heading2", "2.2", ["Evolution of the processes"]),
    ("para", "6.",
     "Over the period under review, the Administration has noted the following developments in the "
     "work of the processes:"),
    ("bullet", None,
     "an increase in the number of participating States, three processes having admitted new "
     "participants since the beginning of 2006;{3}"),
    ("bullet", None,
     "a widening of their agendas, from an early concentration on irregular migration, border "
     "management and return towards labour mobility, migrant health and the links between migration "
     "and development;"),
    ("bullet", None,
     "more frequent contacts between processes, including joint meetings of their chairs and "
     "exchanges of staff between their secretariats; and"),
    ("bullet", None,
     "closer links with global forums, most visibly through the contributions several processes made "
     "to the first meeting of the Global Forum on Migration and Development, held in Brussels in "
     "July 2007."),
    ("para", "7.",
     "These developments have broadened the demands placed on the Organization, while the earmarked "
     "funding available for support to the processes has remained broadly at its 2005 level."),
    ("heading1", "3.", ["SUPPORT PROVIDED BY IOM TO REGIONAL CONSULTATIVE",
                        "PROCESSES IN 2006 AND 2007"]),
    ("heading2", "3.1", ["Secretariat services"]),
    ("para", "8.",
     "In 2006 and 2007 IOM served as secretariat to four processes, in Southern Africa, West Africa, "
     "South Asia and Central America. Secretariat functions typically include the preparation of "
     "meeting documents, the organization of ministerial and senior officials\u2019 meetings, the "
     "maintenance of a process website and the monitoring of agreed plans of action.{4}"),
    ("heading2", "3.2", ["Technical and logistical support"]),
    ("para", "9.",
     "A further nine processes received technical or logistical support. This included the preparation "
     "of background papers and comparative studies, the provision of experts to thematic workshops, "
     "training for officials of participating States and, in several cases, the organization of meetings at the "
     "request of the chair."),
    ("heading2", "3.3", ["Funding"]),
    ("para", "10.",
     "Support to RCPs is financed almost entirely from voluntary contributions earmarked by "
     "participating States or by donors for particular processes. Expenditure under these projects "
     "amounted to USD 2,410,000 in 2006 and is estimated at USD 2,870,000 for 2007. Discretionary "
     "income was used in limited amounts to bridge gaps between project phases.{5}"),
    ("heading1", "4.", ["PROSPECTS"]),
    ("para", "11.",
     "For 2008 and 2009 the Administration proposes to concentrate on three areas: (a) strengthening "
     "the secretariats it hosts, so that they can in time be handed over to the participating States "
     "when they so wish; (b) promoting exchanges among the processes, notably through a "
     "second global meeting of RCP chairs and secretariats; and (c) improving the information "
     "available to Member States on the work of the processes."),
    ("heading1", "5.", ["ACTION REQUESTED OF THE COUNCIL"]),
    ("para", "12.",
     "The Council is invited to take note of this information note and to offer the Administration "
     "any guidance it considers appropriate on the approach set out in paragraph 11 above."),
]

# ---------------------------------------------------------------- text machinery
MARK = re.compile(r"\{(\d+)\}")


def word_segments(word, font=BODY_F, size=BODY_S):
    """Split a word into (text, font, size, rise) segments; {n} becomes a raised marker."""
    segs, pos = [], 0
    for m in MARK.finditer(word):
        if m.start() > pos:
            segs.append((word[pos:m.start()], font, size, 0))
        segs.append((m.group(1), font, SUP_S, SUP_RISE))
        pos = m.end()
    if pos < len(word):
        segs.append((word[pos:], font, size, 0))
    return segs


def seg_width(segs):
    return sum(stringWidth(t, f, s) for t, f, s, r in segs)


def wrap(text, first_w, rest_w, font=BODY_F, size=BODY_S):
    words = [word_segments(w, font, size) for w in text.split()]
    space = stringWidth(" ", font, size)
    lines, cur, cur_w = [], [], 0.0
    for wd in words:
        limit = first_w if not lines else rest_w
        ww = seg_width(wd)
        if cur and cur_w + space + ww > limit:
            lines.append(cur)
            cur, cur_w = [wd], ww
        else:
            cur_w = cur_w + (space if cur else 0) + ww
            cur.append(wd)
    if cur:
        lines.append(cur)
    return lines


def markers_of(line):
    return [int(t) for wd in line for t, f, s, r in wd if r]


def draw_words(c, line, x, y, width, justify):
    font, size = line[0][0][1], line[0][0][2]
    space = stringWidth(" ", font, size)
    natural = sum(seg_width(w) for w in line) + space * (len(line) - 1)
    gap = space
    if justify and len(line) > 1:
        gap = space + (width - natural) / (len(line) - 1)
    for wd in line:
        for t, f, s, r in wd:
            c.setFont(f, s)
            c.drawString(x, y + r, t)
            x += stringWidth(t, f, s)
        x += gap


# A "line" to place: dict(before=space above, draw=callable(c, y), markers=[...], keepnext=n lines)
def make_lines():
    out = []
    for kind, num, body in BLOCKS:
        if kind in ("heading1", "heading2"):
            font = "Times-Bold" if kind == "heading1" else "Times-BoldItalic"
            for i, txt in enumerate(body):
                def d(c, y, txt=txt, i=i, font=font, num=num):
                    c.setFont(font, BODY_S)
                    if i == 0:
                        c.drawString(X0, y, num if kind == "heading1" else num)
                    c.drawString(X0 + HANG, y, txt)
                out.append(dict(before=(LEAD + 3 if kind == "heading1" else LEAD) if i == 0 else 0,
                                draw=d, markers=[], keep=True))
        elif kind == "para":
            lines = wrap(body, TEXTW - HANG, TEXTW - HANG)
            for i, ln in enumerate(lines):
                last = i == len(lines) - 1
                def d(c, y, ln=ln, i=i, last=last, num=num):
                    if i == 0:
                        c.setFont(BODY_F, BODY_S)
                        c.drawString(X0, y, num)
                    draw_words(c, ln, X0 + HANG, y, TEXTW - HANG, not last)
                out.append(dict(before=LEAD if i == 0 else 0, draw=d, markers=markers_of(ln), keep=False))
        elif kind == "bullet":
            bx, tx = X0 + HANG + 4, X0 + HANG + 22
            lines = wrap(body, X1 - tx, X1 - tx)
            for i, ln in enumerate(lines):
                last = i == len(lines) - 1
                def d(c, y, ln=ln, i=i, last=last):
                    if i == 0:
                        c.setFont("Symbol", BODY_S)   # Symbol's bullet maps to U+2022 in all extractors
                        c.drawString(bx, y, "\u2022")
                    draw_words(c, ln, tx, y, X1 - tx, not last)
                out.append(dict(before=4 if i == 0 else 0, draw=d, markers=markers_of(ln), keep=False))
        elif kind == "quote":
            qx, qr = X0 + HANG + 36, X1 - 36
            lines = wrap(body, qr - qx, qr - qx, "Times-Italic")
            for i, ln in enumerate(lines):
                last = i == len(lines) - 1
                def d(c, y, ln=ln, last=last):
                    draw_words(c, ln, qx, y, qr - qx, not last)
                out.append(dict(before=LEAD if i == 0 else 0, draw=d, markers=markers_of(ln), keep=False))
    return out


def footnote_lines(n):
    """Lines of footnote n: first carries the raised marker, later lines run flush left."""
    first_x = X0 + 10
    lines = wrap(FOOTNOTES[n], X1 - first_x, TEXTW, BODY_F, FN_S)
    res = []
    for i, ln in enumerate(lines):
        last = i == len(lines) - 1
        def d(c, y, ln=ln, i=i, last=last):
            if i == 0:
                c.setFont(BODY_F, SUP_S)
                c.drawString(X0, y + 3, str(n))
                draw_words(c, ln, first_x, y, X1 - first_x, not last)
            else:
                draw_words(c, ln, X0, y, TEXTW, not last)
        res.append(d)
    return res


# ---------------------------------------------------------------- pages
def cover(c):
    c.setFont(BODY_F, BODY_S)
    y = H - 72
    for t in (SYMBOL, "Original: English", "9 November 2007"):
        c.drawRightString(X1, y, t)
        y -= LEAD
    y -= 2.2 * LEAD
    c.setFont("Times-Bold", BODY_S)
    c.drawCentredString(W / 2, y, "NINETY-FOURTH SESSION")
    y -= 1.6 * LEAD
    c.setFont(BODY_F, BODY_S)
    c.drawCentredString(W / 2, y, "_" * 74)
    y -= 7 * LEAD
    c.setFont("Times-Bold", 12)
    for t in TITLE_LINES:
        c.drawCentredString(W / 2, y, t)
        y -= 15
    # trilingual cover footer
    c.setFont("Times-Bold", 12)
    for x, t in ((X0 + 30, "COUNCIL"), (W / 2, "CONSEIL"), (X1 - 30, "CONSEJO")):
        c.drawCentredString(x, 90, t)
    c.showPage()


def running_header(c, pno):
    c.setFont(BODY_F, BODY_S)
    c.drawRightString(X1, TOP, SYMBOL)
    c.drawRightString(X1, TOP - LEAD, "Page %d" % pno)


def body(c):
    lines = make_lines()
    pno = 1
    carry = []                      # footnote line drawers continued from the previous page

    def new_page_state():
        return dict(y=TOP - 3 * LEAD, fn=list(carry), placed=[])

    st = new_page_state()
    carry = []
    # repeated title on the first text page (plain running title)
    st["title"] = True
    st["y"] -= 0.6 * LEAD
    for t in TITLE_LINES:
        st["placed"].append(("title", t, st["y"]))
        st["y"] -= 14
    st["y"] -= 4

    def fn_height(fns):
        return (len(fns) * FN_LEAD + 12) if fns else 0

    def finish(st, pno):
        running_header(c, pno)
        for item in st["placed"]:
            if item[0] == "title":
                c.setFont("Times-Bold", BODY_S)
                c.drawCentredString(W / 2, item[2], item[1])
            else:
                item[1](c, item[2])
        if st["fn"]:
            top = BOTTOM + (len(st["fn"]) - 1) * FN_LEAD
            c.setLineWidth(0.5)
            c.line(X0, top + FN_LEAD + 1, X0 + 144, top + FN_LEAD + 1)
            y = top
            for d in st["fn"]:
                d(c, y)
                y -= FN_LEAD
        c.showPage()

    i = 0
    while i < len(lines):
        ln = lines[i]
        y = st["y"] - ln["before"] - LEAD
        new_fn, extra_carry = [], []
        for m in ln["markers"]:
            fl = footnote_lines(m)
            k = FN_SPLIT.get(m, len(fl))
            new_fn += fl[:k]
            extra_carry += fl[k:]
        need = fn_height(st["fn"] + new_fn)
        # keep a heading with the two lines that follow it
        keep_extra = 0
        if ln["keep"]:
            j = i + 1
            while j < len(lines) and lines[j]["keep"]:
                keep_extra += lines[j]["before"] + LEAD
                j += 1
            keep_extra += lines[j]["before"] + 2 * LEAD if j < len(lines) else 0
        if y - keep_extra < BOTTOM + need + 4:
            finish(st, pno)
            pno += 1
            st = new_page_state()
            carry = []
            continue
        st["placed"].append(("line", ln["draw"], y))
        st["y"] = y
        st["fn"] += new_fn
        carry += extra_carry
        i += 1
    finish(st, pno)
    return pno


def main():
    c = canvas.Canvas(OUT, pagesize=A4)
    c.setTitle(SYMBOL)
    cover(c)
    n = body(c)
    c.save()
    print("body pages:", n)


if __name__ == "__main__":
    main()
