# Lays out an invented IOM document: annotated provisional agenda of the
# Thirty-second Session of the Standing Committee on Programmes and Finance (S/32/1).
import os
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "agenda-2023.pdf")

SYMBOL = "S/32/1"
PW, PH = A4
L = 72.0            # left margin
R = PW - 72.0       # right edge of text
TOP = PH - 100.0    # first baseline of body on pages after the cover
BOTTOM = 62.0       # lowest baseline allowed (footnotes included)
SIZE = 11.0
LEAD = 13.6
FN_SIZE = 9.0
FN_LEAD = 11.0
SUP_SIZE = 7.0
SUP_RISE = 4.0
GAP = 7.0           # space between blocks

X_NUM = L                # agenda item number
X_ITEM = L + 34          # agenda item text / sub-item label / annotation left edge
X_SUB = L + 62           # sub-item text
X_DOC = 426.0            # documents column
X_ITEM_END = X_DOC - 16  # right edge of item text

ROMAN, BOLD, ITAL, BOLDITAL = "Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic"

# ---------------------------------------------------------------- text model
# Text is written with footnote markers as {1}; they are drawn raised and smaller.

def tokens(text, font):
    """Split into words; each word is a list of runs (text, font, size, rise)."""
    words = []
    for raw in text.split():
        runs = []
        while "{" in raw:
            i = raw.index("{")
            j = raw.index("}", i)
            if i:
                runs.append((raw[:i], font, SIZE, 0))
            runs.append((raw[i + 1:j], ROMAN, SUP_SIZE, SUP_RISE))
            raw = raw[j + 1:]
        if raw:
            runs.append((raw, font, SIZE, 0))
        words.append(runs)
    return words


def wwidth(word):
    return sum(stringWidth(t, f, s) for t, f, s, _ in word)


def markers(word):
    return [t for t, f, s, rise in word if rise]


def wrap(text, font, first_width, rest_width, size=SIZE):
    """Greedy line breaking; a word with a hyphen may break after the hyphen."""
    words = tokens(text, font)
    if size != SIZE:
        words = [[(t, f, size if r == 0 else s, r) for t, f, s, r in w] for w in words]
    lines, cur, width = [], [], first_width
    space = stringWidth(" ", font, size)

    def cur_w():
        return sum(wwidth(w) for w in cur) + space * max(0, len(cur) - 1)

    i = 0
    while i < len(words):
        w = words[i]
        extra = wwidth(w) + (space if cur else 0)
        if cur_w() + extra <= width:
            cur.append(w)
            i += 1
            continue
        # try to break a hyphenated compound
        if len(w) == 1 and "-" in w[0][0][:-1]:
            t, f, s, r = w[0]
            k = t.rindex("-", 0, len(t) - 1)
            while k > 0:
                head = [(t[:k + 1], f, s, r)]
                if cur_w() + wwidth(head) + (space if cur else 0) <= width:
                    cur.append(head)
                    words[i] = [(t[k + 1:], f, s, r)]
                    break
                k = t.rfind("-", 0, k)
            else:
                k = -1
            if k > 0:
                lines.append(cur)
                cur, width = [], rest_width
                continue
        if not cur:
            cur.append(w)
            i += 1
        lines.append(cur)
        cur, width = [], rest_width
    if cur:
        lines.append(cur)
    return lines


def draw_words(c, x, y, words, font, size=SIZE, justify_to=None):
    space = stringWidth(" ", font, size)
    if justify_to is not None and len(words) > 1:
        natural = sum(wwidth(w) for w in words) + space * (len(words) - 1)
        space += (justify_to - natural) / (len(words) - 1)
    for w in words:
        for t, f, s, r in w:
            c.setFont(f, s)
            c.drawString(x, y + r, t)
            x += stringWidth(t, f, s)
        x += space


# ---------------------------------------------------------------- line objects
class Line:
    def __init__(self, draws, lead=LEAD, notes=(), keep=False, gap=False):
        self.draws = draws      # callables (canvas, y)
        self.lead = lead
        self.notes = list(notes)
        self.keep = keep        # keep with the next line
        self.gap = gap          # vertical space, dropped at the top of a page


def gap(h=GAP, keep=False):
    return Line([], lead=h, gap=True, keep=keep)


def para_lines(text, font, x_first, x_rest, right, keep_last=False, justify=True,
               label=None, label_x=None, label_font=None, keep=False):
    ls = wrap(text, font, right - x_first, right - x_rest)
    out = []
    for n, words in enumerate(ls):
        x = x_first if n == 0 else x_rest
        last = n == len(ls) - 1
        jt = None if (last or not justify) else right - x
        notes = [m for w in words for m in markers(w)]

        def d(c, y, x=x, words=words, jt=jt, n=n):
            if n == 0 and label is not None:
                c.setFont(label_font or font, SIZE)
                c.drawString(label_x, y, label)
            draw_words(c, x, y, words, font, justify_to=jt)
        out.append(Line([d], notes=notes, keep=keep or (n == 0 and len(ls) > 1)))
    if len(out) >= 2:
        out[-2].keep = True       # no single last line at the top of a page
    if keep_last and out:
        out[-1].keep = True
    return out


def row_lines(label, label_x, text, text_x, docs, font, keep_after=True):
    """An agenda row: item text wrapped in the left column, documents stacked on the right."""
    ls = wrap(text, font, X_ITEM_END - text_x, X_ITEM_END - text_x)
    n = max(len(ls), len(docs))
    out = []
    for i in range(n):
        words = ls[i] if i < len(ls) else []
        doc = docs[i] if i < len(docs) else None
        notes = [m for w in words for m in markers(w)]

        def d(c, y, i=i, words=words, doc=doc):
            if i == 0 and label:
                c.setFont(font, SIZE)
                c.drawString(label_x, y, label)
            if words:
                draw_words(c, text_x, y, words, font)
            if doc:
                c.setFont(ROMAN, SIZE)
                c.drawString(X_DOC, y, doc)
        out.append(Line([d], notes=notes, keep=True))
    out[-1].keep = keep_after
    return out


def centred(text, font, size, lead=None, keep=True):
    def d(c, y):
        c.setFont(font, size)
        c.drawCentredString(PW / 2, y, text)
    return Line([d], lead=lead or LEAD, keep=keep)


def heading(text):
    def d(c, y):
        c.setFont(BOLD, SIZE)
        c.drawString(L, y, text)
    return [Line([d], keep=True), gap(5, keep=True)]
    

# ---------------------------------------------------------------- content
FOOTNOTES = {
    "1": "The Rules of Procedure of the Standing Committee, as amended at its Twenty-ninth Session, are "
         "reproduced in document S/29/13; they apply to the sessions of the Committee unless it decides otherwise.",
    "2": "The status report reflects the position as at 31 May 2023. An updated version will be circulated "
         "as a conference room paper at the opening of the session.",
    "3": "Programme and Budget for 2023 (C/113/6), approved by the Council in Resolution No. 1402 of "
         "30 November 2022. Figures for the Operational Part of the Budget are expressed in US dollars and "
         "those for the Administrative Part of the Budget in Swiss francs.",
    "4": "Submitted in response to the request made by the Standing Committee at its Thirtieth Session "
         "(S/30/15, paragraph 41).",
}

COVER_NOTE = ("The annotations were prepared by the Administration in consultation with the Chairperson "
              "and the Vice-Chairperson of the Standing Committee. Documents are posted on the governing "
              "bodies website as soon as they are issued.")


def body():
    out = []
    out.append(centred("ANNOTATED PROVISIONAL AGENDA", BOLD, SIZE, keep=True))
    out.append(gap(16))
    out += heading("Introductory note")
    out += para_lines(
        "The Thirty-second Session of the Standing Committee on Programmes and Finance will be held on "
        "Tuesday, 27 June, and Wednesday, 28 June 2023, in Room 2 of the International Conference Centre "
        "Geneva. The opening meeting will begin at 10 a.m. The provisional agenda has been drawn up by the "
        "Administration in consultation with the Chairperson, in accordance with the Rules of Procedure of "
        "the Standing Committee on Programmes and Finance,{1} and takes account of the matters referred to "
        "the Standing Committee by the Council at its 113th Session.", ROMAN, L, L, R)
    out.append(gap())
    out += para_lines(
        "The documents for each item are listed in the right-hand column against the item to which they "
        "relate. Documents issued in the C/114 series are submitted to the Standing Committee for review "
        "before their transmission to the 114th Session of the Council. The following will also be made "
        "available to delegations:", ROMAN, L, L, R)
    out.append(gap(5))
    bullets = [
        "the list of participants, to be issued on the second day of the session;",
        "a conference room paper giving the updated status of outstanding contributions; and",
        "the Report on the Thirty-first Session of the Standing Committee on Programmes and Finance "
        "(S/31/11), for reference.",
    ]
    for b in bullets:
        ls = para_lines(b, ROMAN, L + 36, L + 36, R)
        first = ls[0]

        def dot(c, y):
            c.setFont(ROMAN, SIZE)
            c.drawString(L + 18, y, "\u2022")
        first.draws.insert(0, dot)
        out += ls
        out.append(gap(3))
    out.append(gap(4))
    out += para_lines(
        "Delegations wishing to raise a matter under item 13 (Any other business) are requested to inform "
        "the Governing Bodies Division of the Secretariat by Tuesday, 20 June 2023.", ROMAN, L, L, R)
    out.append(gap(14))
    out += heading("Provisional agenda and annotations")

    def colhead(c, y):
        c.setFont(BOLD, SIZE)
        c.drawString(X_DOC, y, "Documents")
        c.setLineWidth(0.5)
        c.line(X_DOC, y - 2, X_DOC + stringWidth("Documents", BOLD, SIZE), y - 2)
    out.append(Line([colhead], keep=True))
    out.append(gap(6, keep=True))

    def item(n, text, docs=(), keep_after=False):
        out.extend(row_lines(n + ".", X_NUM, text, X_ITEM, list(docs), BOLD, keep_after=keep_after))
        out.append(gap(keep=keep_after))

    def sub(label, text, docs=(), keep_after=False):
        out.extend(row_lines(label, X_ITEM, text, X_SUB, list(docs), BOLD, keep_after=keep_after))
        out.append(gap(5, keep=keep_after))

    def ann(text):
        out.extend(para_lines(text, ROMAN, X_ITEM, X_ITEM, R))
        out.append(gap())

    def nann(n, text):
        out.extend(para_lines(text, ROMAN, X_SUB, X_ITEM, R, label=n + ".", label_x=X_ITEM))
        out.append(gap())

    item("1", "Opening of the session")
    item("2", "Adoption of the agenda", ["S/32/1"], keep_after=True)
    ann("The Standing Committee will be invited to adopt its agenda. A provisional programme of work, giving "
        "an indicative timetable for the consideration of each item, will be circulated to Member States "
        "one week before the session.")
    item("3", "Statement by the Director General")
    item("4", "Financial Report for the year ended 31 December 2022 and report of the External Auditor",
         ["C/114/3", "C/114/4"], keep_after=True)
    nann("1", "The Financial Report contains the audited financial statements of the Organization for 2022, "
              "prepared in accordance with the International Public Sector Accounting Standards, together "
              "with the report and opinion of the External Auditor. A representative of the External Auditor "
              "will introduce the report and respond to questions from Member States.")
    nann("2", "The Standing Committee will be invited to take note of the Financial Report and to recommend "
              "that the Council approve it at its 114th Session. The views of the Independent Audit and "
              "Oversight Advisory Committee on the financial statements are set out in its annual report "
              "(see item 7).")
    item("5", "Status report on outstanding contributions to the Administrative Part of the Budget{2}",
         ["S/32/3"], keep_after=True)
    ann("The Administration will report on the contributions received since the Thirty-first Session and "
        "on the Member States to which Article 4 of the Constitution applies. Member States in arrears are "
        "invited to inform the Administration of their intentions regarding payment plans.")
    item("6", "Programme and Budget matters:", keep_after=True)
    out.pop()
    out.append(gap(5, keep=True))
    sub("(a)", "Revision of the Programme and Budget for 2023", ["S/32/4"])
    sub("(b)", "Scale of assessment for 2024", ["S/32/5"], keep_after=True)
    out.append(gap(2, keep=True))
    nann("1", "Under sub-item (a), the Administration will present the first revision of the Programme and "
              "Budget for 2023, which updates the Operational Part of the Budget to reflect the funding "
              "confirmed since the Programme and Budget was approved. The Administrative Part of the "
              "Budget remains unchanged at CHF 63,418,000, and no additional assessed contributions are "
              "requested of Member States.")
    nann("2", "The revised Operational Part of the Budget amounts to USD 2,874.6 million, compared with "
              "USD 1,181.3 million in the original Programme and Budget for 2023.{3} The increase results "
              "mainly from the expansion of emergency and post-crisis operations in Ukraine and "
              "neighbouring countries, in the Sudan and in the Horn of Africa, and from new multi-year "
              "agreements for migration management and resettlement activities confirmed by donors in the "
              "first quarter of the year. Details by region and by programme are given in document S/32/4.")
    nann("3", "Under sub-item (b), the Standing Committee will be invited to review the proposed scale of "
              "assessment for 2024, which is derived from the United Nations scale of assessments adopted by "
              "the General Assembly in resolution 76/238 and adjusted for the membership of the "
              "Organization, and to recommend that the Council adopt it. A draft resolution will be "
              "submitted to the Council at its 114th Session.")
    item("7", "Report of the Independent Audit and Oversight Advisory Committee", ["S/32/6"], keep_after=True)
    ann("The Chairperson of the Independent Audit and Oversight Advisory Committee will present the annual "
        "report of the Committee, which covers the period from 1 July 2022 to 30 April 2023, together with "
        "the comments of the Administration on its recommendations.")
    item("8", "Oversight and accountability:", keep_after=True)
    out.pop()
    out.append(gap(5, keep=True))
    sub("(a)", "Annual report of the Office of the Inspector General for 2022", ["S/32/7"])
    sub("(b)", "Report on the implementation of the recommendations of the External Auditor", ["S/32/8"])
    sub("(c)", "Update on the reform of the internal justice system", ["S/32/9"], keep_after=True)
    out.append(gap(2, keep=True))
    nann("1", "The documents under this item respond to the requests made by Member States at the Thirtieth "
              "and Thirty-first Sessions of the Standing Committee for regular reporting on the oversight "
              "functions of the Organization (see S/30/15, paragraphs 52 to 58, and S/31/11, paragraph 37).")
    nann("2", "Under sub-item (c), the Administration will report on progress since the information session "
              "held on 14 March 2023, including the revised policy on the prevention of and response to "
              "harassment and the strengthening of the capacity of the Ethics and Conduct Office. The "
              "Standing Committee will be invited to take note of the three documents.")
    item("9", "Draft IOM Strategic Plan 2024\u20132028", ["S/32/10"], keep_after=True)
    ann("The Director General will present the draft Strategic Plan, which will succeed the IOM Strategic "
        "Vision 2019\u20132023 (C/110/INF/1) and takes account of the informal consultations held with Member "
        "States between February and May 2023. The Standing Committee will be invited to comment on the "
        "draft before it is finalized for submission to the Council.")
    item("10", "Update on human resources management, including diversity and gender parity{4}", ["S/32/11"])
    item("11", "Report on the use of unearmarked and softly earmarked funding in 2022", ["S/32/12"])
    item("12", "Date of the next session", keep_after=True)
    ann("The Thirty-third Session of the Standing Committee is provisionally scheduled to be held on "
        "31 October and 1 November 2023.")
    item("13", "Any other business")
    item("14", "Closure of the session")
    return out


# ---------------------------------------------------------------- page drawing
def running_header(c, page_no):
    c.setFont(ROMAN, SIZE)
    c.drawRightString(R, PH - 48, SYMBOL)
    c.drawRightString(R, PH - 48 - LEAD, "Page %d" % page_no)


def fn_height(keys):
    if not keys:
        return 0.0
    h = 14.0
    for k in keys:
        h += len(fn_wrap(k)) * FN_LEAD + 1.5
    return h


def fn_wrap(k):
    return wrap(FOOTNOTES[k], ROMAN, R - (L + 12), R - (L + 12), size=FN_SIZE)


def draw_footnotes(c, keys):
    if not keys:
        return
    y = BOTTOM + fn_height(keys) - 8.0
    c.setLineWidth(0.5)
    c.line(L, y + 4, L + 110, y + 4)
    y -= 8.0
    for k in keys:
        ls = fn_wrap(k)
        c.setFont(ROMAN, SUP_SIZE)
        c.drawString(L, y + 3.5, k)
        for n, words in enumerate(ls):
            jt = None if n == len(ls) - 1 else R - (L + 12)
            draw_words(c, L + 12, y, words, ROMAN, FN_SIZE, justify_to=jt)
            y -= FN_LEAD
        y -= 1.5


def draw_cover(c):
    c.setFont(ROMAN, SIZE)
    c.drawRightString(R, PH - 60, SYMBOL)
    c.drawRightString(R, PH - 60 - LEAD, "Original: English")
    c.drawRightString(R, PH - 60 - 2 * LEAD, "24 May 2023")
    y = PH - 250
    c.setFont(BOLD, 12)
    c.drawCentredString(PW / 2, y, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE")
    c.setFont(ROMAN, 12)
    c.drawCentredString(PW / 2, y - 18, "Thirty-second Session")
    c.setLineWidth(0.8)
    c.line(L, y - 40, R, y - 40)
    title = "ANNOTATED PROVISIONAL AGENDA"
    c.setFont(BOLD, 14)
    c.drawCentredString(PW / 2, y - 110, title)
    tw = stringWidth(title, BOLD, 14)
    c.setFont(BOLD, 9)
    c.drawString(PW / 2 + tw / 2 + 1, y - 104, "*")
    c.setFont(ROMAN, 12)
    c.drawCentredString(PW / 2, y - 190, "Geneva")
    c.drawCentredString(PW / 2, y - 206, "27\u201328 June 2023")
    # cover note under a short rule
    ny = 175
    c.setLineWidth(0.5)
    c.line(L, ny + 16, L + 110, ny + 16)
    ls = wrap(COVER_NOTE, ROMAN, R - (L + 12), R - (L + 12), size=FN_SIZE)
    c.setFont(ROMAN, FN_SIZE)
    c.drawString(L, ny, "*")
    for n, words in enumerate(ls):
        jt = None if n == len(ls) - 1 else R - (L + 12)
        draw_words(c, L + 12, ny, words, ROMAN, FN_SIZE, justify_to=jt)
        ny -= FN_LEAD
    # trilingual cover footer
    c.setLineWidth(0.8)
    c.line(L, 92, R, 92)
    c.setFont(BOLD, 8)
    c.drawCentredString(PW / 2, 78, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE")
    c.drawCentredString(PW / 2, 67, "COMIT\u00c9 PERMANENT DES PROGRAMMES ET DES FINANCES")
    c.drawCentredString(PW / 2, 56, "COMIT\u00c9 PERMANENTE DE PROGRAMAS Y FINANZAS")


def paginate(lines):
    """Group lines into pages, keeping 'keep' chains together and reserving footnote space."""
    pages, cur, used, notes = [], [], 0.0, []
    avail = TOP - BOTTOM
    i = 0
    while i < len(lines):
        # the chain: this line and the following ones it is kept with
        j = i
        while j < len(lines) - 1 and lines[j].keep:
            j += 1
        chain = lines[i:j + 1]
        if cur == [] and chain[0].gap:
            i += 1
            continue
        need = sum(l.lead for l in chain)
        cn = notes + [k for l in chain for k in l.notes if k not in notes]
        if used + need + fn_height(cn) > avail and cur:
            if len(chain) > 6:     # a long chain: split it after a few lines
                head = chain[:1]
                hn = notes + [k for l in head for k in l.notes if k not in notes]
                if used + head[0].lead + fn_height(hn) <= avail:
                    cur.append(head[0]); used += head[0].lead; notes = hn
                    i += 1
                    continue
            pages.append((cur, notes))
            cur, used, notes = [], 0.0, []
            continue
        for l in chain:
            cur.append(l)
        used += need
        notes = cn
        i = j + 1
    if cur:
        pages.append((cur, notes))
    return pages


def main():
    c = canvas.Canvas(OUT, pagesize=A4, invariant=1)
    c.setTitle("S/32/1 - Annotated provisional agenda")
    c.setAuthor("IOM")
    draw_cover(c)
    c.showPage()
    pages = paginate(body())
    for n, (ls, notes) in enumerate(pages, start=1):
        running_header(c, n)
        y = TOP
        for l in ls:
            for d in l.draws:
                d(c, y)
            y -= l.lead
        draw_footnotes(c, notes)
        c.showPage()
    c.save()
    print("pages:", len(pages) + 1)


if __name__ == "__main__":
    main()
