#!/usr/bin/env python3
"""Draw idm-paper-2011c.pdf: an IOM Council background paper for the
International Dialogue on Migration (100th Session, 2011), with fpdf2."""
import os
import re

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "idm-paper-2011c.pdf")
FONTDIR = "/usr/share/fonts/truetype/dejavu"

SYMBOL = "MC/INF/305"
DATE = "14 November 2011"
SESSION = "100TH SESSION"
TITLE = ["MIGRANTS AND THE LABOUR MARKETS OF TOMORROW:",
         "SKILLS, RECOGNITION AND MOBILITY"]
SUBTITLE = "(Background paper submitted for the International Dialogue on Migration)"

# ---------------------------------------------------------------- content
# {n} after a word = raised footnote marker n
FOOTNOTES = {
    1: "The IOM Strategy was endorsed by the Council in Resolution No. 1150 of 7 June 2007; "
       "the Strategy itself is set out in document MC/INF/287.",
    2: "See, most recently, United Nations General Assembly resolution 65/170 of "
       "20 December 2010 on international migration and development.",
    3: "United Nations, Department of Economic and Social Affairs, Population Division, "
       "World Population Prospects: The 2010 Revision (New York, 2011), medium variant.",
    4: "The workshop discussions are summarized in the report of the Chair. For the earlier "
       "debate on labour migration in times of economic crisis, see document MC/INF/299, "
       "paragraphs 14 to 21.",
    5: "Participants cited arrangements among States members of the Southern Common Market "
       "(MERCOSUR) and, for a limited number of professions, within the Association of "
       "Southeast Asian Nations (ASEAN).",
    6: "On portability, several delegations referred to the bilateral social security "
       "agreements concluded between Morocco and a number of European Union member States.",
    7: "By its resolution 63/225 of 19 December 2008, the General Assembly decided to hold "
       "the second High-level Dialogue during its sixty-eighth session.",
    8: "The Programme and Budget for 2012 (MC/2315) already provides for a modest increase "
       "in the resources devoted to labour mobility activities.",
}

BODY = [
    ("h1", "I.", "INTRODUCTION"),
    ("para", 1, "Since it was launched at the Council\u2019s Eighty-second Session in 2001, the "
     "International Dialogue on Migration (IDM) has given Member States, observers and partner "
     "organizations an informal setting in which to compare experience and try out ideas on the "
     "governance of human mobility. Its purpose, as restated in the IOM Strategy,{1} is to help "
     "States reach a common understanding of migration questions and to identify practical "
     "approaches that can be pursued through cooperation."),
    ("para", 2, "For 2011 the Administration proposed the overarching theme \u201cMigration in a "
     "Shifting Labour Landscape\u201d. Two intersessional workshops were held in Geneva, in March "
     "and in July 2011, on skills mobility and on the protection of migrant workers respectively. "
     "The present paper draws on the findings of those workshops and proposes questions to frame "
     "the debate at the 100th Session of the Council."),
    ("para", 3, "Section II outlines the demographic and economic trends that will shape the "
     "demand for migrant labour over the next two decades. Section III examines three policy "
     "challenges, Section IV considers partnerships and the contribution of IOM, and Section V "
     "sets out the questions for discussion."),
    ("h1", "II.", "DEMOGRAPHIC AND ECONOMIC TRENDS"),
    ("para", 4, "The number of international migrants worldwide was estimated at 214 million in "
     "2010, or about 3.1 per cent of the world\u2019s population, and most of them moved in search "
     "of work. The General Assembly has repeatedly acknowledged the contribution that migrant "
     "workers make to countries of origin and destination alike,{2} while the downturn of "
     "2008\u20132009 showed how quickly labour demand, and with it migration flows, can change "
     "direction."),
    ("para", 5, "Differences between regions in the pace of population ageing are set to widen. "
     "Projections indicate that the working-age population of Europe will shrink by some "
     "43 million people between 2010 and 2030, while that of Africa will grow by close to "
     "390 million (Table\u00a01).{3} Shortages of labour in some sectors and regions are therefore "
     "likely to coexist with large cohorts of young job-seekers elsewhere."),
    ("para", 6, "Demography alone does not determine who migrates. Wage differentials, social "
     "networks, the cost of travel and, above all, the admission policies of countries of "
     "destination influence who moves, where and for how long. Employers in many destination "
     "countries report growing difficulty in filling posts in health care, construction, "
     "agriculture and domestic work, but also in engineering and information technology."),
    ("table",),
    ("para", 7, "At the same time, a large share of migrants are employed in jobs below their "
     "level of qualification. Evidence presented at the March 2011 workshop suggested that such "
     "\u201cbrain waste\u201d is a considerable loss both to migrants and to the economies that "
     "receive them, and that it often stems from the lack of any mechanism to assess and "
     "recognize qualifications obtained abroad.{4}"),
    ("h1", "III.", "POLICY CHALLENGES"),
    ("h2", "A.", "Recognizing skills and qualifications"),
    ("para", 8, "Many countries of destination have no transparent procedure for assessing "
     "foreign credentials. Where procedures do exist, they can be slow, costly and divided among "
     "professional bodies and regional authorities. Workshop participants highlighted several "
     "approaches that have produced results:"),
    ("bullets", [
        "assessment of skills before departure, linked to the requirements of specific "
        "occupations in the country of destination;",
        "bilateral or regional agreements on the mutual recognition of qualifications;{5}",
        "bridging courses and supervised work placements that allow migrants to complete "
        "missing elements of their training; and",
        "single information points that guide migrants and employers through recognition "
        "procedures.",
    ]),
    ("para", 9, "Recognition is not merely a technical exercise. It requires the cooperation of "
     "employers, trade unions, education providers and professional associations, whose "
     "interests do not always coincide."),
    ("h2", "B.", "Protecting the rights of migrant workers"),
    ("para", 10, "Labour mobility benefits all concerned only if migrant workers are recruited "
     "fairly and enjoy decent conditions of work. Abusive recruitment practices, such as the "
     "charging of excessive fees, the substitution of contracts and the confiscation of identity "
     "documents, remain widespread in several migration corridors."),
    ("para", 11, "Government representatives at the July workshop identified the following areas "
     "for action:"),
    ("letters", [
        ("(a)", "regulating and monitoring private recruitment agencies, and sanctioning those "
                "that break the law;"),
        ("(b)", "giving migrants accurate information on their rights and obligations before "
                "departure and after arrival;"),
        ("(c)", "ensuring access to complaint mechanisms and legal remedies, whatever the "
                "migrant\u2019s status; and"),
        ("(d)", "extending social protection, including the portability of pension "
                "entitlements, to migrant workers and their families.{6}"),
    ]),
    ("h2", "C.", "Return, circulation and reintegration"),
    ("para", 12, "Temporary and circular labour migration schemes have attracted renewed "
     "interest as a means of responding flexibly to labour demand while supporting development "
     "in countries of origin. Their success depends on realistic design: schemes that offer no "
     "prospect of re-entry tend to encourage overstay, whereas schemes that allow repeated stays "
     "can foster the transfer of skills and savings."),
    ("para", 13, "Returning migrants bring back experience that is too often left unused. Several "
     "countries of origin, among them the Philippines, Mexico and Sri Lanka, have set up services "
     "to help returnees find work or start a business. Since 2008 IOM has supported "
     "comparable initiatives in more than 30 countries."),
    ("h1", "IV.", "PARTNERSHIPS AND THE ROLE OF IOM"),
    ("para", 14, "No State can meet these challenges on its own. Regional consultative processes "
     "on migration, the Global Forum on Migration and Development and the Global Migration Group "
     "each offer avenues for cooperation. The High-level Dialogue on International Migration and "
     "Development, to be convened by the General Assembly in 2013,{7} will provide a further "
     "opportunity to take stock of progress."),
    ("para", 15, "At the request of Member States, IOM will continue to assist in:"),
    ("bullets", [
        "designing labour migration policies grounded in sound labour market information;",
        "strengthening the capacity of labour ministries and consular services;",
        "developing skills assessment and pre-departure orientation programmes; and",
        "facilitating dialogue between countries of origin and destination along specific "
        "corridors.",
    ]),
    ("para", 16, "The Administration intends to report on the follow-up to this year\u2019s "
     "Dialogue in its annual report for 2011, and to take the conclusions of the Council\u2019s "
     "debate into account when preparing the Programme and Budget for 2013.{8}"),
    ("h1", "V.", "QUESTIONS FOR DISCUSSION"),
    ("para", 17, "Members and observers are invited to address the following questions in the "
     "course of the debate:"),
    ("box", [
        "Which mechanisms for recognizing qualifications obtained abroad have proved most "
        "effective in your country, and how could they be replicated elsewhere?",
        "How can countries of origin and destination share responsibility for ensuring fair "
        "recruitment?",
        "What role should employers and trade unions play in the design of labour migration "
        "schemes?",
        "How can temporary and circular migration schemes be made to benefit migrants, their "
        "families and the societies of both countries?",
        "Which questions of labour mobility should be brought to the attention of the 2013 "
        "High-level Dialogue?",
    ]),
]

TABLE_CAPTION = "Table 1: Working-age population (15\u201364) by region, 2010 and 2030 (millions)"
TABLE_HEAD = ["Region", "2010", "2030", "Change 2010\u20132030"]
TABLE_ROWS = [
    ("Africa", 569, 958),
    ("Asia", 2826, 3287),
    ("Europe", 501, 458),
    ("Latin America and the Caribbean", 385, 466),
    ("Northern America", 232, 252),
    ("Oceania", 24, 31),
]
TABLE_SOURCE = "Source: United Nations population projections, medium variant (see footnote 3)."

# ---------------------------------------------------------------- geometry
LM, RM = 25.0, 190.0
W = RM - LM
TOP_BODY = 31.0
BOTTOM = 283.0
BODY_PT, LH = 10, 4.7
FN_PT, FN_LH = 8, 3.6
SUP_PT = 6
TAB = 12.5


class Doc(FPDF):
    pass


pdf = Doc(orientation="P", unit="mm", format="A4")
pdf.set_auto_page_break(False)
pdf.add_font("Sans", "", os.path.join(FONTDIR, "DejaVuSansCondensed.ttf"))
pdf.add_font("Sans", "B", os.path.join(FONTDIR, "DejaVuSansCondensed-Bold.ttf"))
pdf.add_font("Sans", "I", os.path.join(FONTDIR, "DejaVuSansCondensed-Oblique.ttf"))
pdf.add_font("Sans", "BI", os.path.join(FONTDIR, "DejaVuSansCondensed-BoldOblique.ttf"))
pdf.set_title("Migrants and the labour markets of tomorrow")
pdf.set_author("International Organization for Migration")


def sw(text, style="", size=BODY_PT):
    pdf.set_font("Sans", style, size)
    return pdf.get_string_width(text)


# ---------------------------------------------------------------- words and wrapping
MARK = re.compile(r"\{(\d+)\}")


def tokenize(text):
    """Return list of words; each word = (pieces, fns) where pieces are (txt, is_sup)."""
    words = []
    for raw in re.split(r"[ \n]+", text.strip()):
        pieces, fns = [], []
        pos = 0
        for m in MARK.finditer(raw):
            if m.start() > pos:
                pieces.append((raw[pos:m.start()], False))
            pieces.append((m.group(1), True))
            fns.append(int(m.group(1)))
            pos = m.end()
        if pos < len(raw):
            pieces.append((raw[pos:], False))
        words.append((pieces, fns))
    return words


def word_width(word, style, size):
    w = 0.0
    for txt, sup in word[0]:
        w += sw(txt, style, SUP_PT if (sup and size == BODY_PT) else (5 if sup else size))
    return w


def wrap(text, first_w, rest_w, style="", size=BODY_PT):
    words = tokenize(text)
    space = sw(" ", style, size)
    lines, cur, cur_w = [], [], 0.0
    avail = first_w
    for wd in words:
        ww = word_width(wd, style, size)
        need = ww if not cur else cur_w + space + ww
        if cur and need > avail:
            lines.append(cur)
            cur, cur_w = [wd], ww
            avail = rest_w
        else:
            cur.append(wd)
            cur_w = need
    if cur:
        lines.append(cur)
    return lines


def draw_line(words, x, y, avail, justify, style="", size=BODY_PT):
    """y is the baseline."""
    space = sw(" ", style, size)
    widths = [word_width(w, style, size) for w in words]
    gap = space
    if justify and len(words) > 1:
        gap = (avail - sum(widths)) / (len(words) - 1)
        if gap > space * 3:
            gap = space
    cx = x
    for wd, ww in zip(words, widths):
        px = cx
        for txt, sup in wd[0]:
            if sup:
                ssz = SUP_PT if size == BODY_PT else 5
                pdf.set_font("Sans", "", ssz)
                pdf.text(px, y - (1.7 if size == BODY_PT else 1.3), txt)
                px += pdf.get_string_width(txt)
            else:
                pdf.set_font("Sans", style, size)
                txt = txt.replace("\u00a0", " ")
                pdf.text(px, y, txt)
                px += pdf.get_string_width(txt)
        cx += ww + gap


def line_fns(words):
    out = []
    for wd in words:
        out.extend(wd[1])
    return out


# ---------------------------------------------------------------- footnote measures
def fn_lines(n):
    return wrap(FOOTNOTES[n], W - 5, W - 5, "", FN_PT)


def fn_height(n):
    return len(fn_lines(n)) * FN_LH + 0.8


FN_RULE_SPACE = 5.0


# ---------------------------------------------------------------- pagination engine
class Unit:
    """An unbreakable piece of layout: height, drawing function, footnotes."""

    def __init__(self, h, draw, fns=(), space_before=0.0, keep_next=False):
        self.h, self.draw, self.fns = h, draw, list(fns)
        self.space_before, self.keep_next = space_before, keep_next


class Pager:
    def __init__(self):
        self.page_fns = []
        self.y = TOP_BODY
        self.page_label = 0
        self.annex = False

    def fn_area(self, fns):
        if not fns:
            return 0.0
        return FN_RULE_SPACE + sum(fn_height(n) for n in fns)

    def new_page(self):
        if pdf.page > 0:
            self.finish_page()
        pdf.add_page()
        self.page_label += 1
        self.header()
        self.y = TOP_BODY
        self.page_fns = []
        self.at_top = True

    def header(self):
        pdf.set_font("Sans", "", 9)
        lines = [SYMBOL] + (["Annex"] if self.annex else []) + ["Page %d" % self.page_label]
        y = 14.0
        for ln in lines:
            pdf.text(RM - pdf.get_string_width(ln), y, ln)
            y += 4.2

    def finish_page(self):
        if not self.page_fns:
            return
        top = BOTTOM - self.fn_area(self.page_fns)
        pdf.set_line_width(0.2)
        pdf.line(LM, top + 1.5, LM + 50, top + 1.5)
        y = top + FN_RULE_SPACE
        for n in self.page_fns:
            lines = fn_lines(n)
            pdf.set_font("Sans", "", 5)
            pdf.text(LM, y + 2.0 - 1.3, str(n))
            for i, ln in enumerate(lines):
                draw_line(ln, LM + 5, y + 2.6, W - 5, i < len(lines) - 1, "", FN_PT)
                y += FN_LH
            y += 0.8
        self.page_fns = []

    def place_group(self, units):
        sb = units[0].space_before if not self.at_top else 0.0
        h = sb + sum(u.h for u in units) + sum(u.space_before for u in units[1:])
        fns = [n for u in units for n in u.fns if n not in self.page_fns]
        limit = BOTTOM - self.fn_area(self.page_fns + fns)
        if self.y + h > limit and not self.at_top:
            self.new_page()
            sb = 0.0
        self.y += sb
        for i, u in enumerate(units):
            if i:
                self.y += u.space_before
            u.draw(self.y)
            self.y += u.h
        self.page_fns.extend(fns)
        self.at_top = False

    def run(self, units):
        i = 0
        while i < len(units):
            grp = [units[i]]
            while grp[-1].keep_next and i + 1 < len(units):
                i += 1
                grp.append(units[i])
            self.place_group(grp)
            i += 1


# ---------------------------------------------------------------- unit builders
def text_units(text, first_x, rest_x, first_w, rest_w, space_before, style="",
               label=None, label_x=None, keep_first=0, justify=True):
    lines = wrap(text, first_w, rest_w, style)
    units = []
    for i, ln in enumerate(lines):
        x = first_x if i == 0 else rest_x
        aw = first_w if i == 0 else rest_w
        last = i == len(lines) - 1

        def draw(y, ln=ln, x=x, aw=aw, last=last, first=(i == 0)):
            base = y + 3.6
            if first and label is not None:
                pdf.set_font("Sans", style, BODY_PT)
                pdf.text(label_x, base, label)
            draw_line(ln, x, base, aw, justify and not last, style)

        units.append(Unit(LH, draw, line_fns(ln), space_before if i == 0 else 0.0,
                          keep_next=(i < keep_first and not last)))
    # avoid a single widow line: keep last two lines together
    if len(units) >= 2:
        units[-2].keep_next = True
    return units


def heading_unit(label, text, style, space_before):
    def draw(y):
        pdf.set_font("Sans", style, BODY_PT)
        pdf.text(LM, y + 3.8, label)
        pdf.text(LM + TAB, y + 3.8, text)
    return Unit(LH, draw, (), space_before, keep_next=True)


def table_units():
    cols = [68.0, 24.0, 24.0, 39.0]
    x0 = LM + (W - sum(cols)) / 2
    rows = []
    for name, a, b in TABLE_ROWS:
        d = b - a
        rows.append((name, "{:,}".format(a), "{:,}".format(b),
                     ("+" if d > 0 else "-") + "{:,}".format(abs(d))))
    ta = sum(r[1] for r in TABLE_ROWS)
    tb = sum(r[2] for r in TABLE_ROWS)
    rows.append(("World", "{:,}".format(ta), "{:,}".format(tb), "+{:,}".format(tb - ta)))
    rh = 5.6
    assert sw(TABLE_CAPTION, "B") < W, "caption too wide"

    def cap(y):
        pdf.set_font("Sans", "B", BODY_PT)
        pdf.text(LM + (W - pdf.get_string_width(TABLE_CAPTION)) / 2, y + 3.8, TABLE_CAPTION)

    def tab(y):
        pdf.set_line_width(0.2)
        allrows = [tuple(TABLE_HEAD)] + rows
        for r, row in enumerate(allrows):
            cy = y + r * rh
            bold = r == 0 or r == len(allrows) - 1
            cx = x0
            for c, (cell, cw) in enumerate(zip(row, cols)):
                pdf.rect(cx, cy, cw, rh)
                pdf.set_font("Sans", "B" if bold else "", 9)
                tw = pdf.get_string_width(cell)
                if c == 0:
                    tx = cx + 1.8
                elif r == 0:
                    tx = cx + (cw - tw) / 2
                else:
                    tx = cx + cw - 2.5 - tw
                pdf.text(tx, cy + 4.0, cell)
                cx += cw

    def src(y):
        pdf.set_font("Sans", "I", 8)
        pdf.text(x0, y + 3.2, TABLE_SOURCE)

    n = len(TABLE_ROWS) + 2
    return [Unit(LH + 1.0, cap, (), 4.5, keep_next=True),
            Unit(n * rh + 1.0, tab, (), 0.0, keep_next=True),
            Unit(4.5, src, (), 0.0)]


def bullet_units(items, bx, tx, space_before, prefix="\u2022"):
    units = []
    for k, it in enumerate(items):
        lab = prefix if isinstance(prefix, str) else None
        label, text = (it if isinstance(it, tuple) else (lab, it))
        us = text_units(text, tx, tx, RM - tx, RM - tx, space_before, "",
                        label=label, label_x=bx)
        units.extend(us)
    return units


def box_units(items):
    bx, tx = LM + TAB + 5.0, LM + TAB + 11.0
    inner_w = RM - 5.0 - tx
    blocks = [wrap(t, inner_w, inner_w) for t in items]
    gap = 1.8
    pad = 2.8
    h = pad * 2 + sum(len(b) * LH for b in blocks) + gap * (len(blocks) - 1)

    def draw(y):
        pdf.set_line_width(0.3)
        pdf.rect(LM + TAB, y, RM - (LM + TAB), h)
        cy = y + pad
        for b in blocks:
            pdf.set_font("Sans", "", BODY_PT)
            pdf.text(bx, cy + 3.8, "\u2022")
            for i, ln in enumerate(b):
                draw_line(ln, tx, cy + 3.8, inner_w, i < len(b) - 1)
                cy += LH
            cy += gap
    return [Unit(h, draw, (), 3.2)]


def build(blocks):
    units = []
    for b in blocks:
        kind = b[0]
        if kind == "h1":
            units.append(heading_unit(b[1], b[2], "B", 5.5))
        elif kind == "h2":
            units.append(heading_unit(b[1], b[2], "BI", 4.0))
        elif kind == "para":
            us = text_units(b[2], LM + TAB, LM, W - TAB, W, 3.2,
                            label="%d." % b[1], label_x=LM)
            units.extend(us)
        elif kind == "text":
            units.extend(text_units(b[1], LM, LM, W, W, 4.0))
        elif kind == "bullets":
            units.extend(bullet_units(b[1], LM + TAB, LM + TAB + 6.5, 1.8))
        elif kind == "letters":
            units.extend(bullet_units(b[1], LM + TAB, LM + TAB + 9.0, 1.8, prefix=None))
        elif kind == "table":
            units.extend(table_units())
        elif kind == "box":
            units[-1].keep_next = True
            units.extend(box_units(b[1]))
    return units


# ---------------------------------------------------------------- cover page
def cover():
    pdf.add_page()
    y = 22.0
    for txt, style, size in ((SYMBOL, "B", 11), ("Original: English", "", 10), (DATE, "", 10)):
        pdf.set_font("Sans", style, size)
        pdf.text(RM - pdf.get_string_width(txt), y, txt)
        y += 5.5
    pdf.set_font("Sans", "B", 11)
    pdf.text(LM, 52.0, SESSION)
    pdf.set_line_width(0.4)
    pdf.line(LM, 56.0, RM, 56.0)
    y = 118.0
    pdf.set_font("Sans", "B", 13)
    for t in TITLE:
        pdf.text(LM + (W - pdf.get_string_width(t)) / 2, y, t)
        y += 7.0
    y += 5.0
    pdf.set_font("Sans", "", 10)
    pdf.text(LM + (W - pdf.get_string_width(SUBTITLE)) / 2, y, SUBTITLE)
    pdf.set_line_width(0.4)
    pdf.line(LM, 270.0, RM, 270.0)
    pdf.set_font("Sans", "B", 10)
    for word, cx in (("COUNCIL", LM + W / 6), ("CONSEIL", LM + W / 2), ("CONSEJO", LM + 5 * W / 6)):
        pdf.text(cx - pdf.get_string_width(word) / 2, 277.0, word)


cover()

pager = Pager()
pager.new_page()
# running title repeated on the first text page
for t in TITLE:
    pdf.set_font("Sans", "B", 11)
    pdf.text(LM + (W - pdf.get_string_width(t)) / 2, pager.y + 4.0, t)
    pager.y += 5.5
pager.y += 3.0
pager.at_top = False
pager.run(build(BODY))
pager.finish_page()

pdf.output(OUT)
print("wrote", OUT, "pages:", pdf.page)
