# Draws draft-resolutions-2002.pdf (MC/L/964, 29 November 2002) with fpdf2.
import re
from fpdf import FPDF

OUT = "/tmp/wave32/out/draft-resolutions-2002/draft-resolutions-2002.pdf"
SYMBOL = "MC/L/964"
L, R = 25.0, 190.0          # text margins (mm)
W = R - L
TOP = 18.0
BOTTOM = 272.0              # last baseline allowed on ordinary pages
COVER_BOTTOM = 258.0        # page 1 keeps room for the trilingual footer
TAB = 12.7
FS, LH = 12, 5.4            # body font size, line height
FN_FS, FN_LH = 10, 4.4

pdf = FPDF(format="A4", unit="mm")
pdf.set_auto_page_break(False)
pdf.set_margins(L, TOP, 210 - R)

state = {"y": 0.0, "page_notes": [], "bottom": BOTTOM}
FOOTNOTES = {}


def font(style="", size=FS):
    pdf.set_font("Times", style, size)


def parse(text):
    """Inline markup: <i>..</i>, <b>..</b>, <sup>..</sup>. Returns list of words,
    each word a list of (segment, style)."""
    words, cur, seg, style = [], [], "", ""
    tokens = re.split(r"(</?i>|</?b>|</?sup>|\s+)", text)
    def flush_seg():
        nonlocal seg
        if seg:
            cur.append((seg, style))
            seg = ""
    for t in tokens:
        if not t:
            continue
        if t in ("<i>", "<b>", "<sup>"):
            flush_seg(); style = {"<i>": "I", "<b>": "B", "<sup>": "S"}[t]
        elif t in ("</i>", "</b>", "</sup>"):
            flush_seg(); style = ""
        elif t.isspace():
            flush_seg()
            if cur:
                words.append(cur); cur = []
        else:
            seg += t
    flush_seg()
    if cur:
        words.append(cur)
    return words


def seg_width(s, st, size):
    if st == "S":
        font("", size * 0.62)
    else:
        font(st, size)
    return pdf.get_string_width(s)


def word_width(w, size):
    return sum(seg_width(s, st, size) for s, st in w)


def draw_word(x, y, w, size):
    for s, st in w:
        if st == "S":
            font("", size * 0.62)
            pdf.text(x, y - size * 0.16, s)
        else:
            font(st, size)
            pdf.text(x, y, s)
        x += seg_width(s, st, size)
    return x


def notes_height(keys):
    h = 0.0
    for k in keys:
        h += len(wrap(parse(FOOTNOTES[k]), W, W - 3.5, FN_FS)) * FN_LH + 1.2
    return h + (5.0 if keys else 0.0)


def wrap(words, first_width, other_width, size):
    lines, cur, cw = [], [], 0.0
    space = seg_width(" ", "", size)
    for w in words:
        ww = word_width(w, size)
        avail = first_width if not lines else other_width
        if cur and cw + space + ww > avail:
            lines.append(cur); cur, cw = [w], ww
        else:
            cw = cw + (space if cur else 0) + ww
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


def markers_in(line):
    return [s for w in line for s, st in w if st == "S"]


def finish_page():
    keys = state["page_notes"]
    if keys:
        h = notes_height(keys)
        y = state["bottom"] + LH - h + 3.0
        pdf.set_line_width(0.2)
        pdf.line(L, y, L + 50, y)
        y += 4.6
        for k in keys:
            words = [[(k, "S")]] + parse(FOOTNOTES[k])
            # marker glued to the start; first line starts at L
            lines = wrap(parse(FOOTNOTES[k]), W - 3.5, W, FN_FS)
            for i, ln in enumerate(lines):
                x = L
                if i == 0:
                    x = draw_word(L, y, [(k, "S")], FN_FS) + 1.2
                justify_line(ln, x, y, (R - x), FN_FS, last=(i == len(lines) - 1))
                y += FN_LH
            y += 1.2
    state["page_notes"] = []


def new_page(cover=False):
    if pdf.page:
        finish_page()
    pdf.add_page()
    state["bottom"] = COVER_BOTTOM if cover else BOTTOM
    if not cover:
        font("", 11)
        for i, t in enumerate((SYMBOL, "Page %d" % pdf.page)):
            pdf.text(R - pdf.get_string_width(t), TOP + i * 4.8, t)
        state["y"] = TOP + 17.0
    else:
        state["y"] = TOP


def justify_line(line, x, y, width, size, last):
    space = seg_width(" ", "", size)
    widths = [word_width(w, size) for w in line]
    gap = space
    if not last and len(line) > 1:
        gap = (width - sum(widths)) / (len(line) - 1)
    for w, ww in zip(line, widths):
        draw_word(x, y, w, size)
        x += ww + gap


def need(h):
    if state["y"] + h > state["bottom"] + 0.01:
        new_page()


def block(text, label=None, first_indent=TAB, indent=0.0, gap_after=LH,
          justify=True, size=FS, lh=LH):
    words = parse(text)
    x0 = L + indent
    first_x = L + first_indent
    lines = wrap(words, R - first_x, R - x0, size)
    for i, ln in enumerate(lines):
        mk = markers_in(ln)
        extra = notes_height(state["page_notes"] + mk) - notes_height(state["page_notes"]) if mk else 0
        if state["y"] + extra > state["bottom"] - notes_height(state["page_notes"]) + 0.01:
            new_page()
        y = state["y"]
        if i == 0 and label:
            font("", size); pdf.text(L + indent if first_indent > indent else L, y, label)
        x = first_x if i == 0 else x0
        justify_line(ln, x, y, R - x, size, last=(i == len(lines) - 1) or not justify)
        state["page_notes"] += mk
        state["y"] += lh
    state["y"] += gap_after


def centred(text, style="B", size=FS, gap_after=LH, maxw=W - 20):
    lines = []
    for part in text.split("\n"):
        lines += wrap(parse(part), maxw, maxw, size)
    for ln in lines:
        need(0)
        wsum = sum(word_width(w, size) for w in ln) + seg_width(" ", style, size) * (len(ln) - 1)
        x = L + (W - wsum) / 2
        for w in ln:
            w2 = [(s, style if st == "" else st) for s, st in w]
            x = draw_word(x, state["y"], w2, size) + seg_width(" ", style, size)
        state["y"] += LH
    state["y"] += gap_after


def table(rows):
    """Assessed contributions table, drawn at column positions inside clause 2."""
    need(LH * (len(rows) + 2) + 6)
    c1, c2r, c3r = L + 22, L + 98, L + 140
    y = state["y"]
    pdf.set_line_width(0.3)
    pdf.line(c1 - 2, y - 4.2, c3r + 2, y - 4.2)
    font("B", 11)
    pdf.text(c1, y, "Member State")
    pdf.text(c2r - pdf.get_string_width("Percentage"), y, "Percentage")
    pdf.text(c3r - pdf.get_string_width("Swiss francs"), y, "Swiss francs")
    pdf.line(c1 - 2, y + 1.8, c3r + 2, y + 1.8)
    y += LH + 1.0
    for name, pct, chf in rows:
        st = "B" if name == "Total" else ""
        if name == "Total":
            pdf.line(c1 - 2, y - 4.0, c3r + 2, y - 4.0)
        font(st, 11)
        pdf.text(c1, y, name)
        pdf.text(c2r - pdf.get_string_width(pct), y, pct)
        pdf.text(c3r - pdf.get_string_width(chf), y, chf)
        y += LH
    pdf.line(c1 - 2, y - 3.6, c3r + 2, y - 3.6)
    state["y"] = y + LH - 1.0


FOOTNOTES.update({
    "1": "The annotated provisional agenda was circulated as document MC/2071/Add.1 on "
         "15 November 2002.",
    "2": "See the report of the Sub-Committee on Budget and Finance on its meeting of "
         "5 November 2002 (MC/EX/653), paragraphs 14 to 22.",
    "3": "Eleven Member States were in this situation on 31 October 2002. They are listed "
         "in the annex to document MC/INF/257, which also shows the payment plans agreed "
         "with four of them.",
})

# ------------------------------------------------------------------ page 1 (cover)
new_page(cover=True)
font("", 12)
for i, t in enumerate((SYMBOL, "Original: ENGLISH", "29 November 2002")):
    pdf.text(R - pdf.get_string_width(t), TOP + 4 + i * 5.2, t)
state["y"] = TOP + 36
centred("EIGHTY-FOURTH SESSION", gap_after=2)
pdf.set_line_width(0.4)
pdf.line(L + 25, state["y"] - 2.5, R - 25, state["y"] - 2.5)
state["y"] += 14
centred("DRAFT RESOLUTIONS SUBMITTED TO THE COUNCIL\nAT ITS EIGHTY-FOURTH SESSION",
        gap_after=12)

block("The Council has before it four draft resolutions, which are reproduced below in the "
      "order in which the corresponding items appear on the provisional agenda of the present "
      "session (MC/2071).<sup>1</sup> Draft resolutions I and II concern the report on the "
      "Eighty-second Session of the Council and the applications for membership received since "
      "that session. Draft resolutions III and IV were prepared by the Administration in the "
      "light of the recommendations made by the Executive Committee at its Ninety-ninth Session "
      "(MC/EX/651) and by the Sub-Committee on Budget and Finance at its meeting in "
      "November 2002.", label="1.")
block("Draft resolution III, on the Programme and Budget for 2003, sets out in its operative "
      "paragraph 2 the assessed contributions proposed for the four States whose applications "
      "are the subject of draft resolution II. The amounts have been calculated on the basis of "
      "the scale of assessment for 2003 contained in document MC/2075 and would be added to the "
      "Administrative Part of the Budget. Should the Council decide otherwise on any of the "
      "applications, the table and the totals in draft resolution III will be adjusted before "
      "adoption. The texts are submitted without prejudice to any amendments that delegations "
      "may wish to propose during the session.", label="2.")

# trilingual footer of the cover
font("B", 12)
for x, t in ((L + 8, "COUNCIL"), (L + 68, "CONSEIL"), (L + 130, "CONSEJO")):
    pdf.text(x, 284, t)


# ------------------------------------------------------------------ drafts
def draft(num, title, submitted, preamble, formula, clauses, table_after=None, rows=None):
    new_page()
    centred("DRAFT RESOLUTION %s" % num, gap_after=4)
    centred(title, maxw=150, gap_after=2)
    centred("(Submitted by %s)" % submitted, style="", gap_after=8, maxw=140)
    block("The Council,", first_indent=TAB, gap_after=LH)
    for p in preamble:
        block(p, first_indent=TAB, gap_after=LH)
    block("<i>%s:</i>" % formula, first_indent=TAB, gap_after=LH)
    for i, c in enumerate(clauses, 1):
        block(c, label="%d." % i, first_indent=TAB, gap_after=LH)
        if table_after == i:
            table(rows)


draft("I", "REPORT ON THE EIGHTY-SECOND SESSION OF THE COUNCIL",
      "the Chairman of the Council",
      ["<i>Having received and examined</i> the draft report on its Eighty-second Session "
       "(MC/2058),",
       "<i>Recalling</i> that, under its Rules of Procedure, the draft report of each session is "
       "submitted to the Council for approval at its next regular session,",
       "<i>Noting</i> that no written comments on the draft report were received from "
       "delegations within the time-limit set by the Administration,"],
      "Decides",
      ["To approve the report on its Eighty-second Session, held from 27 to 29 November 2001, "
       "as contained in document MC/2058;",
       "To request the Director General to issue the approved report as document "
       "MC/2058/Rev.1 and to make it available to Member States and observers in the three "
       "official languages of the Organization."])

draft("II", "APPLICATIONS FOR MEMBERSHIP IN THE ORGANIZATION BY BURUNDI,\n"
      "CAPE VERDE, MAURITANIA AND TURKMENISTAN",
      "the delegations of Kenya, Senegal and Switzerland",
      ["<i>Having received</i> the applications for membership in the Organization submitted by "
       "the Republic of Burundi, the Republic of Cape Verde, the Islamic Republic of Mauritania "
       "and Turkmenistan (MC/2068, MC/2069, MC/2072 and MC/2073 respectively),",
       "<i>Noting</i> that each of these Governments has given evidence of its acceptance of the "
       "Constitution of the Organization in accordance with its own constitutional processes, "
       "and has undertaken to make a financial contribution to the administrative requirements "
       "of the Organization,",
       "<i>Bearing in mind</i> Article 2(b) of the Constitution,",
       "<i>Convinced</i> that the participation of these States in the work of the Organization "
       "will strengthen cooperation on migration matters in their respective regions,"],
      "Resolves",
      ["To admit the Republic of Burundi, the Republic of Cape Verde, the Islamic Republic of "
       "Mauritania and Turkmenistan as Members of the International Organization for Migration "
       "with immediate effect;",
       "To welcome the new Members and to express the hope that they will take an active part "
       "in the programmes and deliberations of the Organization;",
       "To request the Director General to transmit the present resolution to the four "
       "Governments concerned."])

draft("III", "PROGRAMME AND BUDGET FOR 2003",
      "the Administration",
      ["<i>Having considered</i> the Programme and Budget for 2003 (MC/2075) and the comments "
       "and recommendations made thereon by the Executive Committee at its Ninety-ninth Session "
       "and by the Sub-Committee on Budget and Finance,<sup>2</sup>",
       "<i>Recalling</i> Resolution No. 1062 (LXXXII) of 29 November 2001, by which it approved "
       "the Programme and Budget for 2002,",
       "<i>Taking into account</i> the admission of new Members at the present session,",
       "<i>Mindful</i> of the need to keep the administrative structure of the Organization in "
       "line with the growth of its operations,"],
      "Resolves",
      ["To approve the Programme and Budget for 2003, amounting to CHF 35,245,000 for the "
       "Administrative Part of the Budget and USD 428,614,000 for the Operational Part of the "
       "Budget, as set out in document MC/2075;",
       "To fix the assessed contributions to the Administrative Part of the Budget for 2003 of "
       "the Member States admitted at the present session as follows:",
       "To increase the Administrative Part of the Budget for 2003 by the amount of CHF 55,688 "
       "shown in paragraph 2 above, bringing it to CHF 35,300,688;",
       "To note that the percentages of the new Member States will be incorporated in the scale "
       "of assessment for 2004, and that the percentages of the other Member States for 2003 "
       "remain as set out in Annex I to document MC/2075;",
       "To authorize the Director General to incur expenditure under the Operational Part of "
       "the Budget up to the amount of the voluntary contributions actually received, and to "
       "report on the use of those contributions to the Executive Committee at its Hundredth "
       "Session;",
       "To urge all Member States to pay their assessed contributions in full and as early in "
       "the year as possible."],
      table_after=2,
      rows=[("Burundi", "0.035", "12,336"), ("Cape Verde", "0.035", "12,336"),
            ("Mauritania", "0.035", "12,336"), ("Turkmenistan", "0.053", "18,680"),
            ("Total", "0.158", "55,688")])

draft("IV", "OUTSTANDING CONTRIBUTIONS TO THE\nADMINISTRATIVE PART OF THE BUDGET",
      "the Chairman of the Sub-Committee on Budget and Finance",
      ["<i>Recalling</i> the provisions of the Constitution concerning Member States in arrears "
       "in the payment of their financial contributions to the Organization,",
       "<i>Recalling also</i> its Resolutions Nos. 1035 (LXXX) of 29 November 2000 and "
       "1059 (LXXXII) of 29 November 2001 on the payment of outstanding contributions,",
       "<i>Having examined</i> the status report on outstanding contributions to the "
       "Administrative Part of the Budget as at 31 October 2002 (MC/INF/257),",
       "<i>Concerned</i> that on that date contributions totalling CHF 4,162,319 remained "
       "outstanding, of which CHF 2,974,506 was owed by Member States in arrears for two or "
       "more consecutive years,<sup>3</sup>"],
      "Decides",
      ["To express its appreciation to the Member States that have paid their assessed "
       "contributions for 2002 in full, and to those that have concluded payment plans with the "
       "Administration;",
       "To urge Member States in arrears to settle their outstanding contributions in full or, "
       "failing that, to agree on a payment plan with the Administration and to honour it;",
       "To request the Director General to pursue his contacts with the Member States "
       "concerned and to report on the matter to the Executive Committee at its Hundredth "
       "Session in 2003."])

finish_page()
pdf.output(OUT)
print("pages:", pdf.page)
