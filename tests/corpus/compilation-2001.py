# Draws compilation-2001.pdf: resolutions adopted by the IOM Council at its
# Eighty-second Session (invented texts), laid out as an MC-era document.
import re
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

W, H = A4
LM, RM = 72, W - 72
TOP = H - 96          # first body baseline on pages with running header
BOT = 70              # lowest baseline of anything on the page
FS, LEAD = 11.5, 14.6
FNS, FNLEAD = 9.5, 11.6
SYMBOL = "MC/2062"

R, B, I, BI = "Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic"

# ---------------------------------------------------------------- footnotes
FOOTNOTES = {
    1: "The proceedings of the session, including the discussion that preceded the "
       "adoption of each resolution, will be recorded in the report on the Eighty-second "
       "Session of the Council, to be issued as document MC/2065.",
    2: "The Executive Committee considered the proposal for a dialogue at its meeting of "
       "6 June 2001; see paragraphs 21 to 27 of document MC/EX/637.",
    3: "The cost of the mechanism for 2002, estimated at USD 1,460,000, is shown in Part IV, "
       "table 4, of document MC/2049. The Administration will present an assessment of the "
       "first months of operation of the mechanism to the Sub-Committee on Budget and Finance "
       "at its spring 2002 meeting, together with proposals for its financing in 2003 and "
       "subsequent years, so that the Executive Committee can consider whether it should be "
       "placed on a permanent footing.",
}

# ------------------------------------------------------------ rich text words
def tokenize(markup, base=R):
    """markup: <i>..</i> italic, <b>..</b> bold, ^N footnote marker glued to previous word."""
    words = []          # each word: list of (text, font, size, rise)
    cur = []
    font = base
    pos = 0
    for m in re.finditer(r"<i>|</i>|<b>|</b>|\^\d+| |[^<^ ]+|<|\^", markup):
        t = m.group(0)
        if t == "<i>":
            font = I if base == R else BI
        elif t == "<b>":
            font = B
        elif t in ("</i>", "</b>"):
            font = base
        elif t.startswith("^") and len(t) > 1:
            cur.append((t[1:], R, 7.0, 4.2, int(t[1:])))
        elif t == " ":
            if cur:
                words.append(cur)
                cur = []
        else:
            cur.append((t, font, None, 0, None))
    if cur:
        words.append(cur)
    return words


def word_width(w, size):
    return sum(stringWidth(t, f, s or size) for t, f, s, r, n in w)


def wrap(words, widths, size):
    """widths: function(line_index) -> available width."""
    lines, cur, curw = [], [], 0.0
    sp = stringWidth(" ", R, size)
    for w in words:
        ww = word_width(w, size)
        avail = widths(len(lines))
        if cur and curw + sp + ww > avail:
            lines.append(cur)
            cur, curw = [w], ww
        else:
            curw = curw + (sp if cur else 0) + ww
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


def draw_words(ops, x, y, line, size, width=None, justify=False):
    sp = stringWidth(" ", R, size)
    total = sum(word_width(w, size) for w in line)
    gap = sp
    if justify and len(line) > 1 and width:
        gap = (width - total) / (len(line) - 1)
        if gap > sp * 2.6:
            gap = sp
    cx = x
    for w in line:
        for t, f, s, r, n in w:
            ops.append(("text", cx, y + r, t, f, s or size))
            cx += stringWidth(t, f, s or size)
        cx += gap


def markers(line):
    return [n for w in line for (t, f, s, r, n) in w if n]

# ------------------------------------------------------------------- flow
# A flow is a list of "line" entries: dict(space, draw(ops, y), fns, keep)
flow = []


def add_line(draw, space=0.0, fns=(), keep=False, tag=None, height=LEAD):
    flow.append(dict(draw=draw, space=space, fns=list(fns), keep=keep, tag=tag, height=height))


def para(markup, x_first, x_rest, right=RM, space=LEAD * 0.6, keep_first=False, label=None,
         label_x=None, size=FS, base=R, justify=True, tag=None, center=False):
    words = tokenize(markup, base)
    lines = wrap(words, lambda i: (right - x_first) if i == 0 else (right - x_rest), size)
    for i, ln in enumerate(lines):
        x = x_first if i == 0 else x_rest
        last = i == len(lines) - 1
        width = right - x

        def d(ops, y, ln=ln, x=x, last=last, width=width, first=(i == 0)):
            if center:
                tw = sum(word_width(w, size) for w in ln) + stringWidth(" ", R, size) * (len(ln) - 1)
                draw_words(ops, (LM + RM) / 2 - tw / 2, y, ln, size)
            else:
                draw_words(ops, x, y, ln, size, width, justify and not last)
            if first and label:
                ops.append(("text", label_x, y, label, R, size))
        add_line(d, space=space if i == 0 else 0, fns=markers(ln),
                 keep=(keep_first and i == 0) or (len(lines) == 2 and i == 0),
                 tag=tag if i == 0 else None)


def centered(text, font=B, size=FS, space=LEAD * 0.6, keep=True, tag=None, maxw=None):
    if maxw:
        lines = wrap(tokenize(text, font), lambda i: maxw, size)
        texts = [" ".join("".join(p[0] for p in w) for w in ln) for ln in lines]
    else:
        texts = [text]
    for i, t in enumerate(texts):
        def d(ops, y, t=t):
            ops.append(("ctext", (LM + RM) / 2, y, t, font, size))
        add_line(d, space=space if i == 0 else 0, keep=keep, tag=tag if i == 0 else None)


def pagebreak():
    flow.append(dict(pagebreak=True))

# ------------------------------------------------------------------ content
def contents(pages):
    centered("CONTENTS", B, FS, space=0)

    def d(ops, y):
        ops.append(("rtext", RM, y, "Page", R, FS))
    add_line(d, space=LEAD * 0.5, keep=True)
    entries = [("Introductory note", "intro")] + [
        ("Resolution No. %d (LXXXII) \u2013 %s" % (n, t), "res%d" % n) for n, t, _ in TOC_RES]
    for text, key in entries:
        pg = str(pages.get(key, 0))
        words = tokenize(text)
        lines = wrap(words, lambda i: 330 if i == 0 else 312, FS)
        for i, ln in enumerate(lines):
            last = i == len(lines) - 1
            x = LM if i == 0 else LM + 18

            def d(ops, y, ln=ln, x=x, last=last, pg=pg):
                draw_words(ops, x, y, ln, FS)
                if last:
                    endx = x + sum(word_width(w, FS) for w in ln) + stringWidth(" ", R, FS) * (len(ln) - 1)
                    dotw = stringWidth(" .", R, FS)
                    n = int((RM - 24 - endx - 6) / dotw)
                    ops.append(("text", endx + 3, y, " ." * n, R, FS))
                    ops.append(("rtext", RM, y, pg, R, FS))
            add_line(d, space=LEAD * 0.55 if i == 0 else 0, keep=not last)


TOC_RES = [
    (1051, "Admission of the Republic of Cape Verde as a Member of the Organization", None),
    (1052, "Granting of observer status to the Association for Migrant Health and Welfare", None),
    (1053, "Report on the Eighty-first Session of the Council", None),
    (1054, "International Dialogue on Migration", None),
    (1055, "Programme and Budget for 2002", None),
    (1056, "Fiftieth anniversary of the Organization", None),
]

RESOLUTIONS = [
    dict(num=1051, meeting="449th", date="27 November 2001",
         title="ADMISSION OF THE REPUBLIC OF CAPE VERDE AS A MEMBER OF THE ORGANIZATION",
         preamble=[
             "<i>Having received</i> the application of the Republic of Cape Verde for membership "
             "in the Organization, as set out in document MC/2051,",
             "<i>Having been informed</i> that the Republic of Cape Verde accepts the Constitution of "
             "the Organization in accordance with its own constitutional processes and agrees to make "
             "a contribution to the administrative requirements of the Organization, the rate of which "
             "will be agreed upon between the Council and the Government of the Republic of Cape Verde,",
             "<i>Convinced</i> that the Republic of Cape Verde has a demonstrated interest in the "
             "principle of the free movement of persons,",
         ],
         clauses=[
             "To admit the Republic of Cape Verde as a Member of the International Organization for "
             "Migration in accordance with Article 2(b) of the Constitution;",
             "To fix the rate of contribution of the Republic of Cape Verde to the Administrative Part "
             "of the Budget at 0.035 per cent, beginning with the financial year 2002.",
         ]),
    dict(num=1052, meeting="449th", date="27 November 2001",
         title="GRANTING OF OBSERVER STATUS TO THE ASSOCIATION FOR MIGRANT HEALTH AND WELFARE",
         preamble=[
             "<i>Having received</i> a request from the Association for Migrant Health and Welfare for "
             "observer status at meetings of the Council (MC/2052),",
             "<i>Considering</i> that the Association has pursued, since its founding in 1987, "
             "objectives compatible with those of the Organization,",
         ],
         clauses=[
             "To grant observer status at meetings of the Council to the Association for Migrant "
             "Health and Welfare;",
             "To request the Director General to transmit this resolution to the Association.",
         ]),
    dict(num=1053, meeting="450th", date="27 November 2001",
         title="REPORT ON THE EIGHTY-FIRST SESSION OF THE COUNCIL",
         preamble=[
             "<i>Having considered</i> the draft report on its Eighty-first Session (MC/2038),",
         ],
         clauses=[
             "To approve the report on its Eighty-first Session without amendment.",
         ]),
    dict(num=1054, meeting="452nd", date="28 November 2001",
         title="INTERNATIONAL DIALOGUE ON MIGRATION",
         preamble=[
             "<i>Recalling</i> Article 1, paragraph 1(e), of the Constitution, which provides that "
             "the Organization shall provide a forum to States as well as international and other "
             "organizations for the exchange of views and experiences and the promotion of cooperation "
             "and coordination of efforts on international migration issues,",
             "<i>Recalling further</i> its Resolution No. 923 (LXXI) of 29 November 1995 on the future "
             "activities of IOM and its Resolution No. 1035 (LXXX) of 29 November 2000 on the strategic "
             "directions of the Organization,",
             "<i>Having taken note</i> of the document \u201cInternational Dialogue on Migration: "
             "Framework and Objectives\u201d (MC/INF/246) and of the report of the Executive Committee "
             "on its Ninety-eighth Session (MC/EX/637),^2",
             "<i>Noting with appreciation</i> the contributions made by Member States, observers and "
             "partner organizations to the general debate held on the theme of the dialogue,",
             "<i>Conscious</i> of the growing recognition that migration cannot be managed by any State "
             "acting alone and calls for cooperation at the bilateral, regional and global levels,",
             "<i>Convinced</i> that an open and informal dialogue, held regularly within the Council, "
             "would help Governments to identify common interests and practical approaches,",
         ],
         clauses=[
             "To welcome the launching of the International Dialogue on Migration at its "
             "Eighty-second Session;",
             "To request the Director General to organize, in consultation with Member States, the "
             "International Dialogue on Migration as a regular item on the agenda of future regular "
             "sessions of the Council;",
             "To encourage Member States and observers to contribute to the dialogue, including by "
             "proposing themes and by sharing national experiences and policy approaches;",
             "To invite the Director General to seek voluntary contributions for activities connected "
             "with the dialogue, including the participation of experts from developing countries, and "
             "to report on the use of such contributions in accordance with the Financial Regulations;",
             "To request the Director General to submit to the Council at its Eighty-fourth Session a "
             "report on the first stage of the dialogue, taking into account the provisions of "
             "Resolution No. 1035 (LXXX).",
         ]),
    dict(num=1055, meeting="453rd", date="29 November 2001",
         title="PROGRAMME AND BUDGET FOR 2002",
         preamble=[
             "<i>Having considered</i> the Programme and Budget for 2002 (MC/2049) and the corrigendum "
             "thereto (MC/2049/Corr.1),",
             "<i>Having heard</i> the report of the Chairman of the Executive Committee and taken note "
             "of the recommendations of the Sub-Committee on Budget and Finance,",
             "<i>Recalling</i> the provisions of Article 25 of the Constitution concerning the "
             "Administrative and Operational Parts of the Budget,",
             "<i>Mindful</i> of the principle of zero nominal growth in the Administrative Part of the "
             "Budget,",
             "<i>Noting with concern</i> the arrears in contributions of several Member States,",
         ],
         clauses=[
             "To approve the Programme and Budget for 2002 as set out in document MC/2049, as amended "
             "by document MC/2049/Corr.1;",
             "To approve the Administrative Part of the Budget for 2002 in the amount of "
             "CHF 34,271,000, to be financed by assessed contributions of Member States in accordance "
             "with the scale of assessment for 2002 (MC/2050);",
             ("To approve the Operational Part of the Budget for 2002 in the amount of USD 291,600,000, "
              "which comprises:",
              [("(a)", "projected expenditure on movement, emergency and post-crisis migration "
                       "management programmes;", []),
               ("(b)", "projected expenditure on:",
                [("(i)", "technical cooperation on migration and assisted voluntary return "
                         "programmes; and"),
                 ("(ii)", "counter-trafficking and migration health programmes; and")]),
               ("(c)", "general programme support and staff security;", [])]),
             "To authorize the Director General to incur expenditure within the Operational Part of "
             "the Budget up to the amount of the funds received for the purposes specified by donors;",
             "To take note of the Discretionary Income of USD 18,900,000 projected for 2002, and to "
             "request the Director General to report on its use to the Executive Committee;",
             "To establish, on an interim basis and for the year 2002, a staff security mechanism "
             "funded from Discretionary Income, as described in Part IV of document MC/2049;^3",
             "To urge Member States that are in arrears with their contributions to the Administrative "
             "Part of the Budget to pay them in full or to agree with the Administration on a plan of "
             "payment, as provided in Resolution No. 1037 (LXXX) of 29 November 2000;",
             "To request the Director General to submit to the Executive Committee at its next session "
             "a revision of the Programme and Budget for 2002 reflecting any changes in funding and "
             "activities.",
         ]),
    dict(num=1056, meeting="453rd", date="29 November 2001",
         title="FIFTIETH ANNIVERSARY OF THE ORGANIZATION",
         preamble=[
             "<i>Recalling</i> that the Organization was established at the Migration Conference held "
             "in Brussels from 26 November to 5 December 1951 as the Provisional Intergovernmental "
             "Committee for the Movement of Migrants from Europe,",
             "<i>Acknowledging</i> the contribution made by the Organization, over fifty years, to the "
             "orderly movement of some eleven million migrants and refugees,",
             "<i>Paying tribute</i> to the staff of the Organization, and in particular to those who "
             "lost their lives in the service of migrants,",
             "<i>Expressing its appreciation</i> to the Government of the Swiss Confederation and to the "
             "Republic and Canton of Geneva for their continued support as hosts of the Headquarters of "
             "the Organization,",
         ],
         clauses=[
             "To commemorate the fiftieth anniversary of the Organization during its Eighty-second "
             "Session;",
             "To reaffirm the commitment of Member States to the purposes and functions of the "
             "Organization set out in Article 1 of the Constitution;",
             "To request the Director General to convey this resolution to all Member States and "
             "observers and to the staff of the Organization.",
         ]),
]


def build(pages):
    flow.clear()
    contents(pages)
    centered("INTRODUCTORY NOTE", B, FS, space=LEAD * 2.2, tag="intro")
    para("At its Eighty-second Session, held in Geneva from 27 to 29 November 2001, the Council "
         "adopted the six resolutions reproduced in this document. They are set out in the order of "
         "their numbering; the meeting and the date at which each was adopted are shown under its "
         "number.^1", LM + 36, LM, space=LEAD * 0.9)
    para("The texts of the draft resolutions were circulated during the session as Conference Room "
         "Papers. Where the Council amended a draft before adopting it, only the text as adopted is "
         "reproduced here. The French and Spanish versions of this document are issued under the "
         "same symbol.", LM + 36, LM, space=LEAD * 0.6)
    for k, r in enumerate(RESOLUTIONS):
        if r["num"] in (1054,):
            pagebreak()
            first_space = 0
        else:
            first_space = LEAD * 2.4
        centered("RESOLUTION No. %d (LXXXII)" % r["num"], B, FS + 0.5, space=first_space,
                 tag="res%d" % r["num"])
        centered("(Adopted by the Council at its %s meeting on %s)" % (r["meeting"], r["date"]),
                 R, FS, space=LEAD * 0.3)
        centered(r["title"], B, FS, space=LEAD * 0.9, maxw=330)
        para("The Council,", LM + 36, LM, space=LEAD * 0.9, keep_first=True)
        for p in r["preamble"]:
            para(p, LM + 36, LM, space=LEAD * 0.6)
        para("<i>Resolves:</i>", LM + 36, LM, space=LEAD * 0.6, keep_first=True)
        for n, c in enumerate(r["clauses"], 1):
            if isinstance(c, tuple):
                text, items = c
            else:
                text, items = c, []
            para(text, LM + 36, LM + 36, space=LEAD * 0.6, label="%d." % n, label_x=LM,
                 keep_first=bool(items))
            for lab, it, sub in items:
                para(it, LM + 72, LM + 72, space=LEAD * 0.4, label=lab, label_x=LM + 42,
                     keep_first=bool(sub))
                for slab, sit in sub:
                    para(sit, LM + 108, LM + 108, space=LEAD * 0.3, label=slab, label_x=LM + 80)

# --------------------------------------------------------------- paginate
def fn_lines(n):
    words = tokenize(FOOTNOTES[n])
    lines = wrap(words, lambda i: RM - LM - 14, FNS)
    out = []
    for i, ln in enumerate(lines):
        last = i == len(lines) - 1

        def d(ops, y, ln=ln, first=(i == 0), last=last):
            if first:
                ops.append(("text", LM, y + 3.2, str(n), R, 6.5))
            draw_words(ops, LM + 14, y, ln, FNS, RM - LM - 14, not last)
        out.append(d)
    return out


def paginate():
    pages = []          # list of dict(ops, fnlines)
    starts = {}

    def new_page(carry):
        pg = dict(ops=[], fn=list(carry), y=TOP + LEAD)
        pages.append(pg)
        return pg

    def fn_h(lst):
        return (len(lst) * FNLEAD + 14) if lst else 0

    pg = new_page([])
    first_on_page = True
    i = 0
    while i < len(flow):
        e = flow[i]
        if e.get("pagebreak"):
            if not first_on_page:
                pg = new_page(pg.pop("carry", []))
                first_on_page = True
            i += 1
            continue
        # keep-group
        j = i
        while flow[j].get("keep") and j + 1 < len(flow) and not flow[j + 1].get("pagebreak"):
            j += 1
        group = flow[i:j + 1]
        need = sum((0 if (first_on_page and k == 0) else g["space"]) + g["height"]
                   for k, g in enumerate(group))
        newfn = [d for g in group for n in g["fns"] for d in fn_lines(n)]
        y_after = pg["y"] - need
        fits_full = y_after >= BOT + fn_h(pg["fn"] + newfn)
        split_ok = False
        if not fits_full and newfn:
            avail = y_after - BOT - fn_h(pg["fn"])
            m = int((avail - (0 if pg["fn"] else 14)) // FNLEAD)
            if m >= 2:
                split_ok = True
        if not fits_full and not split_ok and not first_on_page:
            pg = new_page(pg.pop("carry", []))
            first_on_page = True
            continue
        # place group
        for k, g in enumerate(group):
            pg["y"] -= (0 if (first_on_page and k == 0) else g["space"]) + g["height"]
            first_on_page = False
            g["draw"](pg["ops"], pg["y"])
            if g["tag"]:
                starts[g["tag"]] = len(pages)
        if fits_full or not newfn:
            pg["fn"] += newfn
        else:
            pg["fn"] += newfn[:m]
            pg["carry"] = newfn[m:]
            # the continued part goes to the next page: force next break
            pg["y"] = -1e9 if False else pg["y"]
        i = j + 1
        if pg.get("carry"):
            # nothing more on this page beyond its footnote space
            pg = new_page(pg.pop("carry"))
            first_on_page = True
    return pages, starts


def render(pages, path):
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle("MC/2062 - Resolutions adopted by the Council at its Eighty-second Session")
    c.setAuthor("International Organization for Migration")
    # ---- cover
    c.setFont(B, 12.5)
    c.drawRightString(RM, H - 62, SYMBOL)
    c.setFont(R, 11.5)
    c.drawRightString(RM, H - 78, "Original: English")
    c.drawRightString(RM, H - 93, "10 December 2001")
    c.setFont(B, 12.5)
    c.drawCentredString(W / 2, H - 150, "EIGHTY-SECOND SESSION")
    c.setFont(R, 11.5)
    c.drawCentredString(W / 2, H - 160, "_" * 44)
    c.setFont(B, 14)
    c.drawCentredString(W / 2, H - 330, "RESOLUTIONS ADOPTED BY THE COUNCIL")
    c.drawCentredString(W / 2, H - 350, "AT ITS EIGHTY-SECOND SESSION")
    c.setFont(R, 12)
    c.drawCentredString(W / 2, H - 392, "Geneva")
    c.drawCentredString(W / 2, H - 408, "27-29 November 2001")
    c.setFont(B, 12)
    c.drawString(LM, 56, "COUNCIL")
    c.drawCentredString(W / 2, 56, "CONSEIL")
    c.drawRightString(RM, 56, "CONSEJO")
    c.showPage()
    # ---- body pages
    for n, pg in enumerate(pages, 1):
        c.setFont(R, 11)
        c.drawRightString(RM, H - 44, SYMBOL)
        c.drawRightString(RM, H - 57, "Page %d" % n)
        for op in pg["ops"]:
            kind, x, y, t, f, s = op
            c.setFont(f, s)
            if kind == "text":
                c.drawString(x, y, t)
            elif kind == "ctext":
                c.drawCentredString(x, y, t)
            else:
                c.drawRightString(x, y, t)
        if pg["fn"]:
            top = BOT + len(pg["fn"]) * FNLEAD + 14
            c.setLineWidth(0.5)
            c.line(LM, top - 2, LM + 108, top - 2)
            y = top - 2 - 11
            for d in pg["fn"]:
                ops = []
                d(ops, y)
                for kind, x, yy, t, f, s in ops:
                    c.setFont(f, s)
                    c.drawString(x, yy, t)
                y -= FNLEAD
        c.showPage()
    c.save()


if __name__ == "__main__":
    build({})
    pages, starts = paginate()
    build(starts)
    pages, starts2 = paginate()
    assert starts == starts2, (starts, starts2)
    render(pages, "compilation-2001.pdf")
    print("body pages:", len(pages), starts)
