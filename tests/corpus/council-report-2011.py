# Draws council-report-2011.pdf: an invented draft report on the Hundredth Session of the IOM Council
# (MC era, 2011).  Layout is computed by hand: hanging paragraph numbers, footnotes at the page foot,
# running header (symbol + page label) on every page after the cover.
import re
from fpdf import FPDF

SYMBOL = "MC/2334"
FONT = "helvetica"
FS = 9           # body font size
LH = 4.0         # body line height (mm)
FN_FS = 7.5
FN_LH = 3.3
LEFT = 25.0
RIGHT = 190.0
TOP_BODY = 30.0
BOTTOM = 280.0
NUM_W = 10.0     # hanging indent of paragraph text
ITEM_W = 9.0    # indent of item text after its label

pdf = FPDF(format="A4", unit="mm")
pdf.core_fonts_encoding = "windows-1252"
pdf.set_auto_page_break(False)
pdf.set_margins(LEFT, 20, 210 - RIGHT)


# ---------------------------------------------------------------- text runs and wrapping
def tokens(text, style=""):
    """Split text into words; {^n} becomes a superscript marker glued to the previous word."""
    out = []
    for part in re.split(r"(\{\^[^}]+\})", text):
        if not part:
            continue
        m = re.fullmatch(r"\{\^([^}]+)\}", part)
        if m:
            out.append((m.group(1), "sup", False))
            continue
        lead_space = part[0] == " "
        words = part.split()
        for i, w in enumerate(words):
            out.append((w, style, True if (i > 0 or lead_space) else (len(out) > 0 and lead_space)))
    # first token never has a space before it
    if out:
        out[0] = (out[0][0], out[0][1], False)
    return out


def run_width(txt, style, size):
    if style == "sup":
        pdf.set_font(FONT, "", size * 0.65)
    else:
        pdf.set_font(FONT, style, size)
    return pdf.get_string_width(txt)


def space_w(size):
    pdf.set_font(FONT, "", size)
    return pdf.get_string_width(" ")


def wrap(toks, width, size, first_width=None):
    """Return lines, each a list of tokens (word, style, space_before)."""
    lines, cur, w = [], [], 0.0
    limit = first_width if first_width is not None else width
    sw = space_w(size)
    for word, style, sp in toks:
        ww = run_width(word, style, size)
        add = ww + (sw if (sp and cur) else 0)
        if cur and w + add > limit and style != "sup":
            lines.append(cur)
            cur, w = [], 0.0
            limit = width
            sp = False
            add = ww
        cur.append((word, style, sp if cur else False))
        w += add
    if cur:
        lines.append(cur)
    return lines


def line_runs(line):
    """Merge tokens of one line into runs (text, style)."""
    runs = []
    for word, style, sp in line:
        txt = (" " if sp else "") + word
        if runs and runs[-1][1] == style:
            runs[-1][0] += txt
        else:
            if style == "sup" or (runs and runs[-1][1] == "sup"):
                # keep the space attached to the normal run
                if txt.startswith(" ") and style == "sup":
                    txt = txt[1:]
            runs.append([txt, style])
    return runs


def markers(line):
    return [w for w, s, _ in line if s == "sup"]


def draw_runs(x, y, runs, size):
    for txt, style in runs:
        if style == "sup":
            pdf.set_font(FONT, "", size * 0.65)
            pdf.text(x, y - size * 0.13, txt)
        else:
            pdf.set_font(FONT, style, size)
            pdf.text(x, y, txt)
        x += pdf.get_string_width(txt)


# ---------------------------------------------------------------- page furniture
def running_header(label_lines):
    pdf.set_font(FONT, "", 10)
    y = 14.0
    for s in [SYMBOL] + label_lines:
        pdf.text(RIGHT - pdf.get_string_width(s), y, s)
        y += 4.4


# ---------------------------------------------------------------- footnotes
FOOTNOTES = {
    "1": "The list of participants is contained in document MC/2331.",
    "2": "The two applications were circulated as documents MC/2325 and MC/2327 respectively.",
    "3": "See the background paper prepared for the session, \u201cMigration in a Changing World: "
         "Sixty Years of IOM\u201d (MC/INF/303).",
    "4": "Members whose arrears equal or exceed the contributions due for the two preceding years have "
         "no vote.",
}


def fn_lines(marker):
    return wrap(tokens(FOOTNOTES[marker]), RIGHT - LEFT - 6, FN_FS)


def fn_block_height(marks):
    if not marks:
        return 0.0
    return 5.0 + sum(len(fn_lines(m)) * FN_LH + 0.8 for m in marks)


# ---------------------------------------------------------------- body model
BODY = []


def H(text, *more):            # heading in capitals (bold); extra strings are forced further lines
    BODY.append(("head", [text] + list(more)))


def SH(text):                  # lettered sub-heading, italic
    BODY.append(("subhead", text))


def P(num, text):
    BODY.append(("para", num, text))


def I(label, text, level=1):   # list item
    BODY.append(("item", label, text, level))


def T(text, style="B"):        # centred running title line
    BODY.append(("title", text, style))


T("DRAFT REPORT ON THE HUNDREDTH SESSION OF THE COUNCIL")

H("INTRODUCTION")
P(1, "Pursuant to Resolution No. 1203 of 1 December 2010, the Council convened for its Hundredth Session "
     "on Monday, 5 December 2011, at the Palais des Nations, Geneva. It held six meetings.")
P(2, "The outgoing Chairperson, H.E. Ms Marit Lindqvist (Sweden), opened the session.")

H("ATTENDANCE")
P(3, "The following Member States were represented:{^1} Afghanistan, Albania, Algeria, Angola, Argentina, "
     "Armenia, Australia, Austria, Bangladesh, Belgium, Benin, Bolivia (Plurinational State of), Brazil, "
     "Bulgaria, Burkina Faso, Cameroon, Canada, Chile, Colombia, Costa Rica, C\u00f4te d\u2019Ivoire, Croatia, "
     "Cyprus, Democratic Republic of the Congo, Denmark, Ecuador, Egypt, "
     "Ethiopia, Finland, France, Georgia, Germany, Ghana, Greece, Guatemala, "
     "Hungary, India, Iran (Islamic Republic of), Ireland, Israel, Italy, Japan, Kenya, "
     "Lithuania, Madagascar, Mali, Mexico, Morocco, Mozambique, Nepal, Netherlands, "
     "New Zealand, Nigeria, Norway, Pakistan, Panama, Peru, Philippines, Poland, Portugal, Republic of "
     "Korea, Republic of Moldova, Romania, Senegal, Serbia, Slovakia, South Africa, "
     "Spain, Sri Lanka, Sweden, Switzerland, Thailand, Tunisia, Turkey, Uganda, Ukraine, United "
     "Kingdom of Great Britain and Northern Ireland, United States of America, "
     "Uruguay, Venezuela (Bolivarian Republic of), Viet Nam, Zambia and Zimbabwe.")
P(4, "Bhutan, China, Indonesia, Qatar and the Russian Federation were represented by observers, as was "
     "the Sovereign Military Order of Malta. The Republic of Nauru and Turkmenistan attended as observers "
     "until their admission (paragraph 11).")
P(5, "The United Nations, UNHCR, the ILO, the African Union and the European Union also sent observers, "
     "as did 23 non-governmental organizations.")

H("CREDENTIALS OF REPRESENTATIVES AND OBSERVERS")
P(6, "The Council noted that the credentials of the representatives of the Member States listed in "
     "paragraph 3 had been found in good and due form, and that the observers referred to in paragraphs 4 "
     "and 5 had been duly authorized.")

H("ELECTION OF OFFICERS")
P(7, "The Council elected by acclamation H.E. Mr Andr\u00e9s Quiroga Salaverry (Peru) as Chairperson, "
     "H.E. Ms Thandeka Mokoena (South Africa) as First Vice-Chairperson, Mr Farid Benslimane (Morocco) as "
     "Second Vice-Chairperson and Mr Kwabena Ahenkorah (Ghana) as Rapporteur.")

H("ADOPTION OF THE AGENDA")
P(8, "The provisional agenda (MC/2323) was adopted with one change, the item on the sixtieth anniversary "
     "being taken before the general debate. It was reissued as document MC/2323/Rev.1.")

H("ADMISSION OF NEW MEMBERS AND OBSERVERS")
SH("(a)  Applications for membership in the Organization")
P(9, "The Council had before it the applications submitted by the Republic of Nauru (MC/2320) and "
     "Turkmenistan (MC/2321), both of which had accepted the Constitution of the Organization.")
P(10, "Several delegations welcomed the two applicants, whose admission would bring the membership of the "
      "Organization to 148.")
P(11, "The Council then adopted by acclamation:")
I("(a)", "Resolution No. 1209 admitting the Republic of Nauru as a Member of the Organization; and")
I("(b)", "Resolution No. 1210 admitting Turkmenistan as a Member of the Organization.")
P(12, "The representative of Nauru drew attention to the pressure that rising sea levels were placing on "
      "small island communities; Turkmenistan undertook to work with the Organization on border management.")
SH("(b)  Applications for observership")
P(13, "The Council granted observer status to the Asia-Pacific Forum on Labour Mobility and to the "
      "International Association of Migration Lawyers by adopting Resolutions Nos. 1211 and 1212.{^2} Both bodies "
      "had worked alongside the Organization for several years.")

H("STATEMENTS BY THE DIRECTOR GENERAL AND THE DEPUTY DIRECTOR GENERAL")
P(14, "The Director General recalled that more than 210,000 stranded migrant workers had been evacuated "
      "from a conflict zone in under four months. He proposed three priorities for the coming biennium:")
I("\u2022", "revising the Organization\u2019s emergency procedures in the light of the evacuation;")
I("\u2022", "strengthening its presence in the main regions of origin; and")
I("\u2022", "putting the administrative structure on a sound financial footing.")
P(15, "The Deputy Director General reported on the structural review endorsed by the Council in Resolution "
      "No. 1186 of 26 November 2009.")

H("REPORTS ON THE HUNDRED AND EIGHTH SESSION OF THE EXECUTIVE COMMITTEE",
  "AND ON THE WORK OF THE STANDING COMMITTEE ON PROGRAMMES AND FINANCE")
P(16, "The Council took note of the report on the Hundred and eighth Session of the Executive Committee "
      "(MC/EX/714) and of the reports of the Standing Committee on Programmes and Finance (SCPF/71 and "
      "SCPF/78), and adopted Resolution No. 1213.")

H("SIXTIETH ANNIVERSARY OF THE ORGANIZATION")
P(17, "A commemorative meeting on 6 December 2011 heard two former Directors General. The Council adopted "
      "Resolution No. 1214, containing a declaration on the anniversary.")

H("GENERAL DEBATE")
P(18, "Fifty-eight delegations took the floor under the theme \u201cThe future of migration: building "
      "capacities for change\u201d.")
P(19, "The main points raised may be summarized as follows:")
I("(a)", "migration should be built into national development planning rather than treated as an "
         "exclusively security matter;")
I("(b)", "six decades of experience should inform the Organization\u2019s strategic direction;{^3}")
I("(c)", "the protection of migrants caught up in crises required more predictable arrangements, in "
         "particular:")
I("(i)", "funding that could be released within days rather than weeks; and", 2)
I("(ii)", "closer cooperation with the countries of origin of the migrants concerned;", 2)
I("(d)", "remittances and the skills of diasporas remained an under-used resource; and")
I("(e)", "cooperation with other international organizations should avoid duplication.")
P(20, "The Director General undertook to report on the follow-up to the debate to the Standing Committee.")

H("PROGRAMME AND BUDGET FOR 2012")
P(21, "The budget (MC/2324) set the administrative part at CHF 39,288,000 and the operational part at "
      "USD 736.4 million.")
P(22, "Some delegations regretted that zero nominal growth had again been applied to the administrative "
      "part. The Council adopted Resolution No. 1215 "
      "approving the Programme and Budget for 2012.")

H("STATUS REPORT ON OUTSTANDING CONTRIBUTIONS TO THE ADMINISTRATIVE PART OF THE BUDGET")
P(23, "Contributions outstanding on 30 November 2011 amounted to CHF 4,713,562 (MC/2326), and 14 Member "
      "States were subject to Article 4 of the Constitution.{^4}")
P(24, "The Council adopted Resolution No. 1216, urging Member States in arrears to pay in full or to "
      "agree a payment plan with the Administration.")

H("DATE AND PLACE OF THE NEXT SESSION")
P(25, "The Council decided provisionally to hold its 101st Session in Geneva from 27 to 30 November 2012.")

H("CLOSURE OF THE SESSION")
P(26, "The Chairperson declared the Hundredth Session closed on Wednesday, 7 December 2011, at 6.20 p.m.")


# ---------------------------------------------------------------- layout of the body into pages
class Page:
    def __init__(self):
        self.ops = []
        self.fns = []


def layout_body():
    pages = [Page()]
    y = TOP_BODY
    heading_pages = {}

    def bottom(extra_marks):
        return BOTTOM - fn_block_height(pages[-1].fns + extra_marks)

    def new_page():
        nonlocal y
        pages.append(Page())
        y = TOP_BODY

    def place(lines_specs, gap_before, keep=0.0):
        """lines_specs: list of (x, line_tokens, extra_op).  Places lines, breaking pages as needed."""
        nonlocal y
        if y > TOP_BODY + 0.1:
            y += gap_before
        if keep and y + keep > bottom([]):
            new_page()
        for x, line, extra in lines_specs:
            mk = markers(line)
            if y + LH > bottom(mk):
                new_page()
            pages[-1].ops.append(("line", x, y + LH * 0.78, line_runs(line), FS))
            if extra:
                pages[-1].ops.append(("line", extra[0], y + LH * 0.78, [[extra[1], extra[2]]], FS))
            pages[-1].fns.extend(mk)
            y += LH

    for blk in BODY:
        kind = blk[0]
        if kind == "title":
            w = run_width(blk[1], "B", FS + 1)
            line = [(blk[1], "B", False)]
            pages[-1].ops.append(("line", (LEFT + RIGHT) / 2 - w / 2, y + LH * 0.8, [[blk[1], "B"]], FS + 1))
            y += LH + 4
        elif kind == "head":
            specs = []
            for s in blk[1]:
                for ln in wrap(tokens(s, "B"), RIGHT - LEFT, FS):
                    specs.append((LEFT, ln, None))
            place(specs, 2.5, keep=LH * (len(specs) + 2) + 2.5)
            heading_pages[" ".join(blk[1])] = len(pages)
            y += 0.8
        elif kind == "subhead":
            lbl, rest = blk[1].split("  ", 1)
            ln = [(rest, "I", False)]
            place([(LEFT + NUM_W, tokens(rest, "I"), (LEFT, lbl, "I"))], 2.0, keep=LH * 3 + 2)
            heading_pages[blk[1]] = len(pages)
            y += 0.5
        elif kind == "para":
            lines = wrap(tokens(blk[2]), RIGHT - LEFT - NUM_W, FS)
            specs = [(LEFT + NUM_W, ln, (LEFT, f"{blk[1]}.", "") if i == 0 else None)
                     for i, ln in enumerate(lines)]
            place(specs, 1.5)
        elif kind == "item":
            _, label, text, level = blk
            x_lab = LEFT + NUM_W + (level - 1) * ITEM_W
            x_txt = x_lab + ITEM_W
            lines = wrap(tokens(text), RIGHT - x_txt, FS)
            specs = [(x_txt, ln, (x_lab, label, "") if i == 0 else None) for i, ln in enumerate(lines)]
            place(specs, 1.2)
    return pages, heading_pages


def draw_footnotes(marks):
    if not marks:
        return
    h = fn_block_height(marks)
    y = BOTTOM - h + 2.0
    pdf.set_line_width(0.2)
    pdf.line(LEFT, y, LEFT + 45, y)
    y += 3.0
    for m in marks:
        lines = fn_lines(m)
        pdf.set_font(FONT, "", FN_FS * 0.7)
        pdf.text(LEFT, y + FN_LH * 0.78 - 1.1, m)
        for ln in lines:
            draw_runs(LEFT + 6, y + FN_LH * 0.78, line_runs(ln), FN_FS)
            y += FN_LH
        y += 0.8


# ---------------------------------------------------------------- cover
def centred(text, y, style="", size=FS):
    pdf.set_font(FONT, style, size)
    w = pdf.get_string_width(text)
    pdf.text((LEFT + RIGHT) / 2 - w / 2, y, text)


def cover():
    pdf.add_page()
    pdf.set_font(FONT, "B", 11)
    pdf.text(RIGHT - pdf.get_string_width(SYMBOL), 22, SYMBOL)
    pdf.set_font(FONT, "", 10)
    for i, s in enumerate(["Original: English", "20 December 2011"]):
        pdf.text(RIGHT - pdf.get_string_width(s), 30 + 5 * i, s)
    centred("101ST SESSION", 62, "B", 11)
    pdf.set_font(FONT, "", 10)
    rule = "_" * 72
    centred(rule, 66, "", 10)
    centred("DRAFT REPORT ON THE HUNDREDTH SESSION", 112, "B", 12)
    # title second line with its note marker raised
    pdf.set_font(FONT, "B", 12)
    s = "OF THE COUNCIL"
    w = pdf.get_string_width(s)
    pdf.set_font(FONT, "B", 8)
    wm = pdf.get_string_width("*")
    x = (LEFT + RIGHT) / 2 - (w + wm) / 2
    pdf.set_font(FONT, "B", 12)
    pdf.text(x, 119, s)
    pdf.set_font(FONT, "B", 8)
    pdf.text(x + w, 117, "*")
    centred("Geneva", 136, "", 11)
    centred("5 to 7 December 2011", 142, "", 11)
    centred("Rapporteur: Mr K. Ahenkorah (Ghana)", 160, "", 11)
    # cover note
    pdf.set_font(FONT, "", 10)
    pdf.text(LEFT, 236, "__________")
    note = ("This report was approved by the Council at its 101st Session through Resolution No. 1229 "
            "of 27 November 2012.")
    lines = wrap(tokens(note), RIGHT - LEFT - 6, 9)
    y = 243
    pdf.set_font(FONT, "", 9)
    pdf.text(LEFT, y, "*")
    for ln in lines:
        draw_runs(LEFT + 6, y, line_runs(ln), 9)
        y += 4.2
    # trilingual footer
    pdf.set_font(FONT, "B", 11)
    for s, x in (("COUNCIL", 30), ("CONSEIL", 92), ("CONSEJO", 155)):
        pdf.text(x, 284, s)


# ---------------------------------------------------------------- contents page
def contents_page(hp):
    pdf.add_page()
    running_header(["Page i"])
    centred("CONTENTS", 38, "B", 11)
    pdf.set_font(FONT, "", 10)
    pdf.text(RIGHT - pdf.get_string_width("Page"), 48, "Page")
    entries = []
    for blk in BODY:
        if blk[0] == "head":
            entries.append((0, " ".join(blk[1]), hp[" ".join(blk[1])]))
        elif blk[0] == "subhead":
            entries.append((1, blk[1].replace("  ", " "), hp[blk[1]]))
    entries.append((0, "ANNEX \u2013 RESOLUTIONS ADOPTED BY THE COUNCIL AT ITS HUNDREDTH SESSION",
                    len(BODY_PAGES) + 1))
    y = 57
    for level, title, page in entries:
        x = LEFT + level * 10
        pg = str(page)
        pdf.set_font(FONT, "", 10)
        pw = pdf.get_string_width(pg)
        avail = RIGHT - x - pw - 14
        lines = wrap(tokens(title), avail, 10)
        for i, ln in enumerate(lines):
            runs = line_runs(ln)
            draw_runs(x if i == 0 else x + 4, y, runs, 10)
            if i == len(lines) - 1:
                pdf.set_font(FONT, "", 10)
                end = (x if i == 0 else x + 4) + pdf.get_string_width(runs[0][0]) + 1.5
                dw = pdf.get_string_width(".")
                n = int((RIGHT - pw - 2 - end) / dw)
                pdf.text(RIGHT - pw - 2 - n * dw, y, "." * n)
                pdf.text(RIGHT - pw, y, pg)
            y += 5.0
        y += 2.2


# ---------------------------------------------------------------- annex
ANNEX_ROWS = [
    ("1209", "Admission of the Republic of Nauru as a Member of the Organization", "5 December 2011"),
    ("1210", "Admission of Turkmenistan as a Member of the Organization", "5 December 2011"),
    ("1211", "Representation of the Asia-Pacific Forum on Labour Mobility by an observer", "5 December 2011"),
    ("1212", "Representation of the International Association of Migration Lawyers by an observer",
     "5 December 2011"),
    ("1213", "Reports on the Hundred and eighth Session of the Executive Committee and on the eighth and "
             "ninth sessions of the Standing Committee on Programmes and Finance", "5 December 2011"),
    ("1214", "Declaration on the sixtieth anniversary of the Organization", "6 December 2011*"),
    ("1215", "Programme and Budget for 2012", "7 December 2011"),
    ("1216", "Payment of outstanding contributions to the administrative part of the budget",
     "7 December 2011"),
]


def annex_page():
    pdf.add_page()
    running_header(["Annex"])
    centred("ANNEX", 40, "B", 11)
    centred("RESOLUTIONS ADOPTED BY THE COUNCIL AT ITS HUNDREDTH SESSION", 50, "B", 10)
    c1, c2, c3 = LEFT, LEFT + 30, LEFT + 125
    y = 64
    pdf.set_line_width(0.3)
    pdf.line(LEFT, y - 5, RIGHT, y - 5)
    pdf.set_font(FONT, "B", 10)
    pdf.text(c1 + 2, y, "Resolution No.")
    pdf.text(c2 + 2, y, "Title")
    pdf.text(c3 + 2, y, "Date of adoption")
    y += 3
    pdf.line(LEFT, y, RIGHT, y)
    y += 6
    for num, title, date in ANNEX_ROWS:
        lines = wrap(tokens(title), c3 - c2 - 6, 10)
        pdf.set_font(FONT, "", 10)
        pdf.text(c1 + 2, y, num)
        pdf.text(c3 + 2, y, date.rstrip("*"))
        if date.endswith("*"):
            pdf.set_font(FONT, "", 7)
            pdf.text(c3 + 2 + run_width(date.rstrip("*"), "", 10), y - 1.4, "*")
        yy = y
        for ln in lines:
            draw_runs(c2 + 2, yy, line_runs(ln), 10)
            yy += LH
        y = yy + 3.2
    pdf.set_line_width(0.3)
    pdf.line(LEFT, y - 4.5, RIGHT, y - 4.5)
    pdf.set_font(FONT, "", 8.5)
    pdf.text(LEFT, y + 1, "*  Adopted at the commemorative meeting held on the morning of 6 December 2011 "
                          "(see paragraph 17).")


# ---------------------------------------------------------------- assemble
BODY_PAGES, HEAD_PAGES = layout_body()
cover()
contents_page(HEAD_PAGES)
for n, pg in enumerate(BODY_PAGES, start=1):
    pdf.add_page()
    running_header([f"Page {n}"])
    for op in pg.ops:
        _, x, y, runs, size = op
        draw_runs(x, y, runs, size)
    draw_footnotes(pg.fns)
annex_page()
pdf.output("council-report-2011.pdf")
print("pages:", pdf.page_no(), "body pages:", len(BODY_PAGES), HEAD_PAGES)
