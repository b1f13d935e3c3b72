"""Draw statement-2018c.pdf: a delegation's general-debate statement to the
109th Session of the IOM Council (2018), laid out as a mission prints it.

A small hand-written line-layout engine is used so that the raised footnote
markers sit inside justified text and each footnote lands at the foot of the
page on which its marker is printed.
"""
import os
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "statement-2018c.pdf")
FONTDIR = "/usr/share/fonts/truetype/dejavu"

PAGE_W, PAGE_H = 210.0, 297.0
LM, RM, TM, BM = 25.0, 25.0, 22.0, 22.0
TEXT_W = PAGE_W - LM - RM
BODY_PT = 11.0
LINE_H = 6.0          # about 1.4 line spacing
FN_PT = 9.0
FN_LINE_H = 4.2
NUM_TAB = 12.0        # the text of a numbered paragraph starts at this tab
BULLET_IND = 12.0
BULLET_TXT = 19.0
PARA_GAP = 3.0
JUSTIFY = False      # mission statements are typed ragged right

FOOTNOTES = {
    "1": "Intergovernmental Conference to Adopt the Global Compact for Safe, Orderly "
         "and Regular Migration, Marrakesh, Morocco, 10\u201311 December 2018. The final "
         "draft of the Compact is contained in United Nations document A/CONF.231/3.",
    "2": "Welcomed by the Council in Resolution No. 1310 of 24 November 2015; see "
         "document C/106/40.",
    "3": "Migrants in Countries in Crisis Initiative, Guidelines to Protect Migrants in "
         "Countries Experiencing Conflict or Natural Disaster (Geneva, 2016).",
}

# Body blocks.  ("para", n, text) numbered paragraph; ("bullet", text);
# ("line", text) an unnumbered line (salutation, closing).  "{1}" is a marker.
BODY = [
    ("line", "Mr. Chairperson, Director General, Excellencies, Distinguished Delegates,"),
    ("para", 1,
     "Allow me at the outset to congratulate you, Mr. Chairperson, and the other members "
     "of the Bureau on your election, and to assure you of the full cooperation of the "
     "Philippine delegation. We also extend a warm welcome to Director General Ant\u00f3nio "
     "Vitorino at this, his first session of the Council since he took office on "
     "1 October 2018, and we thank him for a statement that was candid about the "
     "pressures on the Organization and clear about its priorities. Our appreciation "
     "goes as well to Deputy Director General Laura Thompson for her steady stewardship "
     "during the transition."),
    ("para", 2,
     "This Council meets at a defining moment for international cooperation on "
     "migration. In less than two weeks, Heads of State and Government and ministers "
     "will gather in Marrakesh to adopt the Global Compact for Safe, Orderly and Regular "
     "Migration.{1} The Philippines took part in every round of the intergovernmental "
     "negotiations in New York, and we regard the Compact as a balanced, non-binding "
     "framework that fully respects the sovereign prerogative of States to determine "
     "their national migration policies, while recognizing that no State can address "
     "the movement of people across borders on its own."),
    ("para", 3,
     "We look to IOM, as coordinator and secretariat of the United Nations Network on "
     "Migration, to help Member States turn the Compact\u2019s 23 objectives into concrete "
     "results, above all at country level, where migrants actually feel the difference. "
     "That role builds on the closer relationship with the United Nations which this "
     "Council endorsed through Resolution No. 1309 of 24 November 2015, and which the "
     "2016 Agreement concerning the Relationship between the United Nations and the "
     "International Organization for Migration placed on a formal footing. We would "
     "welcome regular briefings from the Administration on how the Network will work in "
     "practice, how its capacity-building mechanism will be financed, and how IOM will "
     "preserve its operational, responsive and cost-effective character within the "
     "United Nations system."),
    ("line", "Mr. Chairperson,"),
    ("para", 4,
     "For the Philippines, migration is not an abstraction. An estimated 10.2 million "
     "Filipinos live and work in more than 200 countries and territories, and their cash "
     "remittances, which reached USD 28.1 billion in 2017, sustain millions of "
     "households at home. Our policies therefore seek to make migration a matter of "
     "choice rather than necessity, in keeping with the principles and objectives of the "
     "Migration Governance Framework,{2} which also guides IOM\u2019s own work. Three "
     "commitments stand out:"),
    ("bullet",
     "protecting the rights and welfare of Filipino migrant workers at every stage of "
     "the migration cycle, from pre-employment orientation and fair recruitment to "
     "assistance on site and sustainable reintegration on return;"),
    ("bullet",
     "working with countries of destination through bilateral labour agreements, "
     "memorandums of understanding and the regional consultative processes in which we "
     "are active, notably the Colombo Process and the Abu Dhabi Dialogue; and"),
    ("bullet",
     "investing in reliable, disaggregated migration data, so that policy is guided by "
     "evidence rather than by perception."),
    ("para", 5,
     "In this connection, we welcome IOM\u2019s work on ethical recruitment through the "
     "International Recruitment Integrity System (IRIS) and encourage the Organization "
     "to widen its engagement with recruitment agencies and employers along the main "
     "labour migration corridors from Asia. Fair recruitment is among the most direct "
     "ways of reducing the exposure of migrant workers to debt bondage, forced labour "
     "and trafficking in persons."),
    ("para", 6,
     "The Philippines has learned, often at great cost, that migrants are among the "
     "most exposed when conflict or disaster strikes a host country. That experience led "
     "us to co-chair, with the United States, the Migrants in Countries in Crisis "
     "Initiative, whose guidelines were launched in June 2016.{3} We value IOM\u2019s "
     "continued support in turning those guidelines into training for consular "
     "officials, and we encourage the Administration to draw on them, together with the "
     "Migration Crisis Operational Framework (MC/2355), when it plans the evacuation and "
     "assistance of stranded migrants."),
    ("para", 7,
     "At home, IOM remains a valued partner in disaster response. When Typhoon "
     "Mangkhut struck northern Luzon in September 2018, IOM teams worked alongside our "
     "Department of Social Welfare and Development to track displacement and manage "
     "evacuation centres, as they had done after Typhoon Haiyan in 2013. IOM has also "
     "supported the recovery of families displaced by the 2017 conflict in Marawi City, "
     "and we thank the donors who have made that support possible."),
    ("line", "Mr. Chairperson,"),
    ("para", 8,
     "Turning to the governance of the Organization, we take note of the Programme and "
     "Budget for 2019 (C/109/6) and of the continued growth of IOM\u2019s operations, "
     "which now exceed USD 1.8 billion a year. Growth on that scale cannot be sustained "
     "on a core structure that has not kept pace with it. We therefore support the "
     "Administration\u2019s efforts to strengthen internal governance and oversight, "
     "including through the Internal Governance Framework, and we call on Member States "
     "that are in a position to do so to increase the share of unearmarked and softly "
     "earmarked funding."),
    ("para", 9,
     "We also recognize the importance of every Member State meeting its financial "
     "obligations to the Organization. The Philippines is pleased to report that it has "
     "paid its assessed contribution for 2018 in full, and we encourage Member States "
     "with outstanding contributions to settle them or to agree on a payment plan with "
     "the Administration."),
    ("para", 10,
     "Finally, the Philippines is proud to host the Manila Administrative Centre, which "
     "has grown since 2002 into a global hub for the Organization\u2019s finance, human "
     "resources and information technology services. We stand ready to work with the "
     "Director General and with all Member States so that IOM enters its next chapter "
     "as a stronger, more accountable and better-resourced organization, able to deliver "
     "on the promise of the Global Compact for migrants and for the communities that "
     "receive them."),
    ("line", "Thank you, Mr. Chairperson."),
]


class Doc(FPDF):
    def __init__(self):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_auto_page_break(False)
        self.set_margins(LM, TM, RM)
        self.add_font("Serif", "", os.path.join(FONTDIR, "DejaVuSerifCondensed.ttf"))
        self.add_font("Serif", "B", os.path.join(FONTDIR, "DejaVuSerifCondensed-Bold.ttf"))
        self.add_font("Serif", "I", os.path.join(FONTDIR, "DejaVuSerifCondensed-Italic.ttf"))
        self.add_font("Serif", "BI", os.path.join(FONTDIR, "DejaVuSerifCondensed-BoldItalic.ttf"))
        self.add_font("Sans", "", os.path.join(FONTDIR, "DejaVuSans.ttf"))
        self.add_font("Sans", "B", os.path.join(FONTDIR, "DejaVuSans-Bold.ttf"))
        self.page_fns = []      # footnotes reserved on the current page
        self.y_cur = TM

    # ---- page handling -------------------------------------------------
    def new_page(self):
        if self.page > 0:
            self.flush_footnotes()
        self.add_page()
        self.page_fns = []
        if self.page > 1:
            self.set_font("Serif", "", 10)
            self.set_xy(LM, 12)
            self.cell(TEXT_W, 5, f"Page {self.page}", align="R")
            self.y_cur = TM + 2
        else:
            self.y_cur = TM

    # ---- footnotes -----------------------------------------------------
    def fn_lines(self, key):
        self.set_font("Serif", "", FN_PT)
        return wrap_words(self, FOOTNOTES[key].split(" "), TEXT_W - 5)

    def fn_height(self, keys):
        if not keys:
            return 0.0
        h = 6.0  # gap and rule
        for k in keys:
            h += len(self.fn_lines(k)) * FN_LINE_H + 0.8
        return h

    def flush_footnotes(self):
        if not self.page_fns:
            return
        h = self.fn_height(self.page_fns)
        y = PAGE_H - BM - h + 3.0
        self.set_line_width(0.25)
        self.line(LM, y, LM + 45, y)
        y += 2.5
        for k in self.page_fns:
            self.set_font("Serif", "", 6.5)
            self.text(LM + 0.5, y + 2.3, k)
            self.set_font("Serif", "", FN_PT)
            for ln in self.fn_lines(k):
                self.text(LM + 5, y + 3.2, " ".join(ln))
                y += FN_LINE_H
            y += 0.8
        self.page_fns = []

    # ---- placing a line of text ----------------------------------------
    def place_line(self, tokens, x0, width, justify, lead=None, style=""):
        """tokens: list of words, a word may contain {n} footnote markers."""
        markers = []
        for t in tokens:
            markers += marker_keys(t)
        need = LINE_H + self.fn_height(self.page_fns + markers)
        if self.y_cur + need > PAGE_H - BM:
            self.new_page()
        self.page_fns += markers
        base = self.y_cur + 4.6
        if lead is not None:
            self.set_font("Serif", style, BODY_PT)
            self.text(lead[0], base, lead[1])
        if justify and len(tokens) > 1:
            widths = [token_width(self, t, style) for t in tokens]
            gap = (width - sum(widths)) / (len(tokens) - 1)
            x = x0
            for t, w in zip(tokens, widths):
                draw_token(self, t, x, base, style)
                x += w + gap
        else:
            # ragged right: the whole line is drawn as one string per run,
            # a raised marker splitting it into runs
            draw_token(self, " ".join(tokens), x0, base, style)
        self.y_cur += LINE_H

    def get_space_w(self, style=""):
        self.set_font("Serif", style, BODY_PT)
        return self.get_string_width(" ")


def marker_keys(tok):
    keys = []
    i = 0
    while True:
        a = tok.find("{", i)
        if a < 0:
            return keys
        b = tok.find("}", a)
        keys.append(tok[a + 1:b])
        i = b + 1


def split_token(tok):
    """Split a token into (text, is_marker) runs."""
    runs = []
    i = 0
    while i < len(tok):
        a = tok.find("{", i)
        if a < 0:
            runs.append((tok[i:], False))
            break
        if a > i:
            runs.append((tok[i:a], False))
        b = tok.find("}", a)
        runs.append((tok[a + 1:b], True))
        i = b + 1
    return runs


def token_width(pdf, tok, style=""):
    w = 0.0
    for s, is_m in split_token(tok):
        pdf.set_font("Serif", style, 7.5 if is_m else BODY_PT)
        w += pdf.get_string_width(s) + (0.3 if is_m else 0)
    return w


def draw_token(pdf, tok, x, base, style=""):
    for s, is_m in split_token(tok):
        if is_m:
            pdf.set_font("Serif", style, 7.5)
            pdf.text(x + 0.3, base - 1.9, s)
            x += pdf.get_string_width(s) + 0.3
        else:
            pdf.set_font("Serif", style, BODY_PT)
            pdf.text(x, base, s)
            x += pdf.get_string_width(s)


def wrap_words(pdf, words, width, first_width=None, measure=None):
    """Greedy wrap; returns list of word lists."""
    size = pdf.font_size_pt
    lines, cur, cur_w = [], [], 0.0
    limit = first_width if first_width is not None else width
    sp = pdf.get_string_width(" ")
    for w in words:
        ww = measure(w) if measure else pdf.get_string_width(w)
        add = ww if not cur else sp + ww
        if cur and cur_w + add > limit + 0.01:
            lines.append(cur)
            cur, cur_w = [w], ww
            limit = width
        else:
            cur.append(w)
            cur_w += add
    if cur:
        lines.append(cur)
    pdf.set_font_size(size)
    return lines


def body_wrap(pdf, text, width, first_width=None):
    pdf.set_font("Serif", "", BODY_PT)
    words = text.split(" ")
    return wrap_words(pdf, words, width, first_width,
                      measure=lambda t: (token_width(pdf, t), pdf.set_font("Serif", "", BODY_PT))[0])


def centred(pdf, y, text, style="", size=BODY_PT):
    pdf.set_font("Serif", style, size)
    w = pdf.get_string_width(text)
    pdf.text((PAGE_W - w) / 2, y, text)


def build():
    pdf = Doc()
    pdf.set_title("Statement of the Philippines - 109th Session of the IOM Council")
    pdf.set_author("Permanent Mission of the Philippines, Geneva")
    pdf.new_page()

    # ---- letterhead ------------------------------------------------------
    # a plain drawn seal (two circles and a star-like cross), no text inside
    cx, cy = PAGE_W / 2, 22
    pdf.set_line_width(0.5)
    pdf.circle(cx, cy, 7.5, style="D")
    pdf.set_line_width(0.25)
    pdf.circle(cx, cy, 5.6, style="D")
    pdf.line(cx - 3, cy, cx + 3, cy)
    pdf.line(cx, cy - 3, cx, cy + 3)
    centred(pdf, 36, "REPUBLIC OF THE PHILIPPINES", "B", 10.5)
    centred(pdf, 41.5, "Permanent Mission of the Philippines to the United Nations", "I", 10.5)
    centred(pdf, 46.5, "and Other International Organizations in Geneva", "I", 10.5)
    pdf.set_line_width(0.6)
    pdf.line(LM, 50.5, PAGE_W - RM, 50.5)
    pdf.set_line_width(0.2)
    pdf.line(LM, 51.6, PAGE_W - RM, 51.6)

    # ---- check against delivery ----------------------------------------------
    pdf.set_font("Serif", "BI", 10.5)
    label = "Check against delivery"
    w = pdf.get_string_width(label)
    pdf.set_line_width(0.3)
    pdf.rect(PAGE_W - RM - w - 4, 55.5, w + 4, 7, style="D")
    pdf.text(PAGE_W - RM - w - 2, 60.3, label)

    # ---- occasion ----------------------------------------------------------
    y = 70
    centred(pdf, y, "INTERNATIONAL ORGANIZATION FOR MIGRATION", "B", 12)
    centred(pdf, y + 6.5, "109th Session of the Council", "B", 12)
    centred(pdf, y + 13, "27\u201330 November 2018", "", 11.5)
    centred(pdf, y + 19.5, "Agenda item 8: General debate", "I", 11.5)

    y = 100
    centred(pdf, y, "Statement by", "", 11.5)
    centred(pdf, y + 6.5, "H.E. Mr. Ramon D. Villanueva,", "B", 12)
    centred(pdf, y + 12.5, "Ambassador and Permanent Representative", "", 11.5)
    centred(pdf, y + 21, "Wednesday, 28 November 2018", "", 11.5)

    pdf.y_cur = y + 28

    # ---- body --------------------------------------------------------------
    for blk in BODY:
        kind = blk[0]
        if kind == "line":
            pdf.y_cur += 1.0
            pdf.set_font("Serif", "", BODY_PT)
            for ln in body_wrap(pdf, blk[1], TEXT_W):
                pdf.place_line(ln, LM, TEXT_W, False)
            pdf.y_cur += PARA_GAP
        elif kind == "para":
            num, text = blk[1], blk[2]
            lines = body_wrap(pdf, text, TEXT_W, TEXT_W - NUM_TAB)
            for i, ln in enumerate(lines):
                if i == 0:
                    pdf.place_line(ln, LM + NUM_TAB, TEXT_W - NUM_TAB, JUSTIFY,
                                   lead=(LM, f"{num}."))
                else:
                    pdf.place_line(ln, LM, TEXT_W, JUSTIFY)
            pdf.y_cur += PARA_GAP
        elif kind == "bullet":
            lines = body_wrap(pdf, blk[1], TEXT_W - BULLET_TXT)
            for i, ln in enumerate(lines):
                lead = (LM + BULLET_IND, "\u2022") if i == 0 else None
                pdf.place_line(ln, LM + BULLET_TXT, TEXT_W - BULLET_TXT, JUSTIFY, lead=lead)
            pdf.y_cur += PARA_GAP * 0.7
    pdf.flush_footnotes()
    pdf.output(OUT)
    print("pages:", pdf.page)


if __name__ == "__main__":
    build()
