"""Draws note-concerning-2001.pdf with fpdf2.

A "NOTE CONCERNING DOCUMENT MC/2034" sheet (December 2001) in front of the reissued
MC/2034/Rev.1, the report on the Eightieth Session of the Council (Geneva, 28-30 November 2000).
"""
import os
import re
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "note-concerning-2001.pdf")

SYMBOL = "MC/2034/Rev.1"
PAGE_W, PAGE_H = 210.0, 297.0
LM, RM = 25.0, 20.0
TW = PAGE_W - LM - RM
BODY_TOP = 32.0
BODY_BOTTOM = 280.0
FS = 10.5            # body font size (pt)
LH = 4.5             # body line height (mm)
PGAP = 3.5           # gap between paragraphs (mm)
NUM_IND = 12.0       # text after a paragraph number
ITEM_LBL = 12.0      # item label position
ITEM_TXT = 21.0      # item text position
FN_FS = 9.0
FN_LH = 4.0

pdf = FPDF(orientation="P", unit="mm", format="A4")
pdf.set_auto_page_break(False)
pdf.set_margins(LM, 15, RM)


# ----------------------------------------------------------------------------------------------
# helpers
def font(style="", size=FS):
    pdf.set_font("Times", style, size)


def text_right(y, s, style="", size=FS):
    font(style, size)
    pdf.text(PAGE_W - RM - pdf.get_string_width(s), y, s)


def text_center(y, s, style="", size=FS):
    font(style, size)
    pdf.text(LM + (TW - pdf.get_string_width(s)) / 2, y, s)


def tokens(s):
    """Split running text into words; a word may carry a footnote marker written {n}."""
    out = []
    for w in s.split():
        m = re.match(r"^(.*?)\{(\d+)\}$", w)
        if m:
            out.append((m.group(1), m.group(2)))
        else:
            out.append((w, None))
    return out


def wrap(words, first_w, other_w, style="", size=FS):
    """Greedy line breaking. Returns list of lists of (word, marker)."""
    font(style, size)
    space = pdf.get_string_width(" ")
    lines, cur, cur_w = [], [], 0.0
    width = first_w
    for w, mk in words:
        ww = pdf.get_string_width(w)
        if mk:
            font(style, size * 0.62)
            ww += pdf.get_string_width(mk) + 0.2
            font(style, size)
        add = ww if not cur else space + ww
        if cur and cur_w + add > width:
            lines.append(cur)
            cur, cur_w = [(w, mk)], ww
            width = other_w
        else:
            cur.append((w, mk))
            cur_w += add
    if cur:
        lines.append(cur)
    return lines


def draw_line(x, y, words, style="", size=FS):
    """Draw one line of words at baseline y; markers raised and smaller."""
    font(style, size)
    space = pdf.get_string_width(" ")
    buf = []
    for w, mk in words:
        buf.append(w)
        if mk:
            seg = " ".join(buf)
            font(style, size)
            pdf.text(x, y, seg)
            x += pdf.get_string_width(seg) + 0.2
            font(style, size * 0.62)
            pdf.text(x, y - size * 0.14, mk)
            x += pdf.get_string_width(mk) + space
            font(style, size)
            buf = []
    if buf:
        pdf.text(x, y, " ".join(buf))


# ----------------------------------------------------------------------------------------------
# page 1: the note concerning document MC/2034
pdf.add_page()
text_right(20, SYMBOL)
text_right(25.5, "10 December 2001")

text_center(62, "NOTE CONCERNING DOCUMENT MC/2034", "B", 12)

note = ("The draft report on the Eightieth Session of the Council (MC/2034), dated 26 January 2001, "
        "was approved without amendment by the Council at its Eighty-second Session, through "
        "Resolution No. 1054 (LXXXII) of 27 November 2001. The approved text is reissued herewith "
        "as document MC/2034/Rev.1. Recipients of the original document are kindly requested to "
        "attach the present note to it, or to replace it with this version.")
y = 78
for ln in wrap(tokens(note), TW, TW):
    draw_line(LM, y, ln)
    y += LH + 0.6

# ----------------------------------------------------------------------------------------------
# page 2: cover of MC/2034/Rev.1
pdf.add_page()
text_right(20, SYMBOL)
text_right(25.5, "Original: English")
text_right(31, "10 December 2001")
font("B", FS)
pdf.text(LM, 44, "EIGHTY-SECOND SESSION")
font("", FS)
pdf.text(LM, 50, "_" * 30)

text_center(100, "REPORT ON THE EIGHTIETH SESSION", "B", 13)
text_center(107, "OF THE COUNCIL", "B", 13)

text_center(128, "Geneva")
text_center(134, "28-30 November 2000")
text_center(150, "Rapporteur:  Mr. T. Haraldsen (Norway)")

font("B", 10)
for word, cx in (("COUNCIL", LM + TW / 6), ("CONSEIL", LM + TW / 2), ("CONSEJO", LM + 5 * TW / 6)):
    pdf.text(cx - pdf.get_string_width(word) / 2, 282, word)

# ----------------------------------------------------------------------------------------------
# body of MC/2034/Rev.1 (pages numbered from 1)
FOOTNOTES = {
    "1": "A list of participants is contained in document MC/2032.",
    "2": "See the information note on the German Forced Labour Compensation Programme (MC/INF/245).",
}

BODY = [
    ("runtitle", "REPORT ON THE EIGHTIETH SESSION OF THE COUNCIL"),
    ("h", "INTRODUCTION"),
    ("p", "1", "Pursuant to Resolution No. 1012 (LXXIX) of 2 December 1999, the Council convened for its "
     "Eightieth Session on Tuesday, 28 November 2000, at the Palais des Nations, Geneva. Five meetings "
     "were held, the last on the afternoon of 30 November 2000."),
    ("h", "ATTENDANCE"),
    ("p", "2", "The following Member States were represented: Albania, Algeria, Angola, Argentina, "
     "Armenia, Australia, Austria, Azerbaijan, Bangladesh, Belgium, Bolivia, Bulgaria, Canada, Chile, "
     "Colombia, Costa Rica, C\u00f4te d'Ivoire, Croatia, Cyprus, Czech Republic, Denmark, Dominican "
     "Republic, Ecuador, Egypt, El Salvador, Finland, France, Georgia, Germany, Greece, Guatemala, "
     "Guinea-Bissau, Honduras, Hungary, Israel, Italy, Japan, Jordan, Kenya, Kyrgyzstan, Latvia, "
     "Lithuania, Luxembourg, Morocco, Netherlands, Nicaragua, Norway, Pakistan, Panama, Paraguay, Peru, "
     "Philippines, Poland, Portugal, Republic of Korea, Romania, Senegal, Slovakia, Slovenia, South "
     "Africa, Sri Lanka, Sweden, Switzerland, Tajikistan, Thailand, Uganda, United Kingdom of Great "
     "Britain and Northern Ireland, United Republic of Tanzania, United States of America, Uruguay, "
     "Venezuela, Yemen and Zambia.{1}"),
    ("p", "3", "Afghanistan, Brazil, China, Ghana, India, Indonesia, Mexico, the Russian Federation, "
     "Spain and Turkey were represented by observers, as were the Holy See and the Sovereign Military "
     "Order of Malta."),
    ("p", "4", "The United Nations, the Office of the United Nations High Commissioner for Refugees "
     "(UNHCR), the International Labour Organization, the World Health Organization, the International "
     "Committee of the Red Cross, the Council of Europe and the League of Arab States were represented "
     "by observers, together with 14 international non-governmental organizations."),
    ("h", "CREDENTIALS OF REPRESENTATIVES AND OBSERVERS"),
    ("p", "5", "The Council noted that the Director General had examined the credentials of the "
     "representatives of the Member States listed in paragraph 2 and found them to be in order, and "
     "that he had also examined the credentials of the observers listed in paragraphs 3 and 4."),
    ("h", "ELECTION OF OFFICERS"),
    ("p", "6", "The Council elected by acclamation H.E. Mr. M. Ferreira Lima (Portugal) as Chairman, "
     "H.E. Mr. K. Mwansa (Zambia) as First Vice-Chairman, Mr. J. Rivas (Honduras) as Second "
     "Vice-Chairman and Mr. T. Haraldsen (Norway) as Rapporteur."),
    ("h", "ADOPTION OF THE AGENDA"),
    ("p", "7", "The Council adopted the agenda reproduced in document MC/2019/Rev.1."),
    ("h", "ADMISSION OF NEW MEMBERS AND OBSERVERS"),
    ("sh", "(a)", "Applications for membership"),
    ("p", "8", "The Council had before it the applications for membership submitted by the Republic "
     "of Benin (MC/2024) and by Mongolia (MC/2025). It unanimously adopted Resolutions Nos. 1030 (LXXX) "
     "and 1031 (LXXX), admitting both States as Members of the Organization with immediate effect."),
    ("sh", "(b)", "Applications for observer status"),
    ("p", "9", "By Resolutions Nos. 1032 (LXXX) and 1033 (LXXX), the Council granted observer status to "
     "Migrants Rights International and to the Inter-Parliamentary Union, whose applications were set "
     "out in documents MC/2026 and MC/2027."),
    ("h", "APPROVAL OF THE REPORT ON THE SEVENTY-NINTH SESSION"),
    ("p", "10", "By Resolution No. 1034 (LXXX), the Council approved without amendment the draft report "
     "on its Seventy-ninth Session (MC/2001)."),
    ("h", "STATEMENT BY THE DIRECTOR GENERAL"),
    ("p", "11", "The Director General reviewed the activities of the Organization during 2000 and "
     "outlined its priorities for the coming year. He drew the Council's attention in particular to:"),
    ("i", "(a)", "the growth of operations, whose expenditure was expected to reach some USD 380 million "
     "in 2000, more than double the level of 1995;"),
    ("i", "(b)", "the enlargement of the membership which, with the admission of Benin and Mongolia, now "
     "stood at 79 States;"),
    ("i", "(c)", "the strain placed on the core structure funded by the Administrative Part of the "
     "Budget, held at zero nominal growth since 1997; and"),
    ("i", "(d)", "the role of IOM in return and reintegration in Kosovo and East Timor, and in the "
     "compensation programme for victims of forced labour under the German Foundation Act.{2}"),
    ("h", "GENERAL DEBATE"),
    ("p", "12", "Delegations welcomed the new Members and commended the speed of the Organization's "
     "response in the Balkans and in East Timor. Many speakers underlined that the growth in operations "
     "had to be matched by adequate core capacity, and several said they were ready to consider an "
     "increase in the Administrative Part of the Budget for 2002."),
    ("p", "13", "A number of delegations called on IOM to strengthen its work against trafficking in "
     "persons and the smuggling of migrants, in line with the protocols supplementing the United "
     "Nations Convention against Transnational Organized Crime, adopted by the General Assembly in "
     "resolution 55/25. Others welcomed the discussion document \"IOM and Migration Policy\" "
     "(MC/INF/244) and stressed the links between migration and development."),
    ("h", "PROGRAMME AND BUDGET FOR 2001"),
    ("p", "14", "The Council examined the Programme and Budget for 2001 (MC/2018), together with the "
     "report of the Executive Committee on its Ninety-seventh Session (MC/2013). It adopted Resolution "
     "No. 1035 (LXXX), approving an Administrative Part of the Budget of CHF 36,815,000 and an "
     "Operational Part of USD 312,450,000."),
    ("h", "DATE AND PLACE OF THE NEXT REGULAR SESSION"),
    ("p", "15", "The Council decided provisionally to hold its next regular session in Geneva from 27 "
     "to 29 November 2001."),
    ("h", "CLOSURE OF THE SESSION"),
    ("p", "16", "After the customary exchange of courtesies, the Chairman declared the Eightieth Session "
     "closed on 30 November 2000 at 6.10 p.m."),
]


class Body:
    def __init__(self):
        self.page = 0
        self.y = None
        self.fns = []          # footnote keys placed on the current page
        self.new_page()

    def fn_height(self, keys):
        if not keys:
            return 0.0
        h = 6.0
        for k in keys:
            h += len(self.fn_lines(k)) * FN_LH + 0.8
        return h

    def fn_lines(self, k):
        return wrap(tokens(FOOTNOTES[k]), TW - 5, TW - 5, "", FN_FS)

    def limit(self, extra_keys=()):
        return BODY_BOTTOM - self.fn_height(self.fns + list(extra_keys))

    def flush_footnotes(self):
        if not self.fns:
            return
        y = BODY_BOTTOM - self.fn_height(self.fns) + 4.5
        font("", FS)
        pdf.text(LM, y, "_" * 14)
        y += FN_LH + 1.5
        for k in self.fns:
            font("", FN_FS * 0.7)
            pdf.text(LM, y - 0.9, k)
            for ln in self.fn_lines(k):
                draw_line(LM + 5, y, ln, "", FN_FS)
                y += FN_LH
            y += 0.8
        self.fns = []

    def new_page(self):
        if self.page:
            self.flush_footnotes()
        pdf.add_page()
        self.page += 1
        text_right(15, SYMBOL)
        text_right(20.5, "Page %d" % self.page)
        self.y = BODY_TOP

    def gap(self, h):
        self.y += h

    def place_lines(self, lines, xs, style="", keep_with_next=0):
        """Place wrapped lines; xs[i] is the x of line i (last value repeats)."""
        for i, ln in enumerate(lines):
            keys = [mk for _, mk in ln if mk]
            need = LH * (1 + (keep_with_next if i == len(lines) - 1 else 0))
            if self.y + need > self.limit(keys):
                self.new_page()
            draw_line(xs[min(i, len(xs) - 1)], self.y, ln, style)
            self.fns.extend(keys)
            self.y += LH

    def heading(self, s, style="B", x=LM, label=None):
        # keep the heading with two lines of what follows
        if self.y + LH * 3 + PGAP > self.limit():
            self.new_page()
        if label:
            font(style, FS)
            pdf.text(x, self.y, label)
            x2 = x + pdf.get_string_width(label) + 3
            font("BI", FS)
            pdf.text(x2, self.y, s)
        else:
            font(style, FS)
            pdf.text(x, self.y, s)
        self.y += LH + PGAP

    def para(self, num, s):
        words = tokens(s)
        lines = wrap(words, TW - NUM_IND, TW)
        if self.y + LH > self.limit():
            self.new_page()
        font("", FS)
        pdf.text(LM, self.y, num + ".")
        self.place_lines(lines, [LM + NUM_IND, LM])
        self.y += PGAP

    def item(self, label, s):
        words = tokens(s)
        w = TW - ITEM_TXT
        lines = wrap(words, w, w)
        if self.y + LH > self.limit():
            self.new_page()
        font("", FS)
        pdf.text(LM + ITEM_LBL, self.y, label)
        self.place_lines(lines, [LM + ITEM_TXT])
        self.y += PGAP * 0.7


b = Body()
for blk in BODY:
    kind = blk[0]
    if kind == "runtitle":
        text_center(b.y, blk[1], "B", FS)
        b.y += LH + PGAP + 2
    elif kind == "h":
        b.heading(blk[1])
    elif kind == "sh":
        b.heading(blk[2], "", LM, label=blk[1])
    elif kind == "p":
        b.para(blk[1], blk[2])
    elif kind == "i":
        b.item(blk[1], blk[2])
        if blk[1] == "(d)":
            b.y += PGAP * 0.5
b.flush_footnotes()

pdf.output(OUT)
print("pages:", pdf.page_no())
