#!/usr/bin/env python3
"""Draws council-report-2017.pdf: C/108/27/Rev.1, Report on the 108th Session of the Council (reportlab)."""
import os
import re

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "council-report-2017.pdf")

SYM = "C/108/27/Rev.1"
PW, PH = A4
L = 66
R = PW - 62
TW = R - L
BODY_TOP = PH - 88
BOTTOM = 46
FS = 10
LEAD = 11.9
PARA_GAP = 7.5
SUP_FS = 6.5
RISE = 3.8
FN_FS = 8
FN_LEAD = 9.4
RM = "Times-Roman"
BD = "Times-Bold"

# ----------------------------------------------------------------------------------------------
# Content
# ----------------------------------------------------------------------------------------------
FOOTNOTES = {
    "1": "The list of participants is contained in document C/108/21.",
    "2": "The agenda as adopted was subsequently reissued as document C/108/1/Rev.1.",
    "3": "The framework is set out in document C/106/40; the profiles are published on the Organization\u2019s website.",
    "4": "The Standing Committee reviewed the document at its Twenty-first Session, held on 1 and "
         "2 November 2017; see document S/21/15, paragraphs 28 to 40.",
    "5": "Under Article 4 of the Constitution, such a Member State has no vote in the Council.",
}

MEMBERS = (
    "Afghanistan, Albania, Algeria, Angola, Argentina, Armenia, Australia, Austria, Azerbaijan, Bangladesh, "
    "Belarus, Belgium, Bolivia (Plurinational State of), Bosnia and Herzegovina, Brazil, Bulgaria, Burkina Faso, "
    "Cabo Verde, Canada, Chile, China, Colombia, Costa Rica, C\u00f4te d\u2019Ivoire, Czechia, "
    "Democratic Republic of the Congo, Denmark, Dominican Republic, Ecuador, Egypt, Estonia, "
    "Ethiopia, Finland, France, Georgia, Germany, Ghana, Greece, Guatemala, Haiti, Holy See, Honduras, Hungary, "
    "India, Iran (Islamic Republic of), Ireland, Israel, Italy, Japan, Jordan, Kenya, Latvia, Libya, "
    "Lithuania, Luxembourg, Madagascar, Mali, Malta, Mauritius, Mexico, Morocco, Mozambique, Myanmar, "
    "Netherlands, New Zealand, Niger, Nigeria, Norway, Pakistan, Panama, Paraguay, Peru, Philippines, "
    "Poland, Portugal, Republic of Korea, Romania, Senegal, Serbia, Slovakia, South Africa, "
    "Spain, Sudan, Sweden, Switzerland, Thailand, Tunisia, Turkey, Uganda, Ukraine, United Kingdom "
    "of Great Britain and Northern Ireland, United States of America, Uruguay, Venezuela (Bolivarian Republic "
    "of), Viet Nam, Zambia and Zimbabwe."
)

SPEAKERS = (
    "Algeria, Argentina, Australia, Bangladesh, Brazil, Canada, Chile, China, Colombia, Ecuador, Egypt, France, "
    "Germany, Ghana, Greece, Honduras, India, Iran (Islamic Republic of), Italy, Japan, Kenya, Mexico, Morocco, "
    "Nigeria, Norway, Pakistan, Philippines, Republic of Korea, Senegal, South Africa, Switzerland, Turkey, "
    "United Kingdom of Great Britain and Northern Ireland, United States of America, Venezuela (Bolivarian "
    "Republic of) and Zimbabwe"
)

# Block kinds: chap (num, heading), sub (num, heading), para (n, text), bullet (text), item (label, text),
# text (text). "^n" after a word marks a raised footnote marker.
BODY = [
    ("chap", "I", "INTRODUCTION"),
    ("para", 1, "The Council convened for its 108th Session at the Palais des Nations, Geneva, on Tuesday, "
                "28 November 2017. It held six meetings, the last of which ended on the afternoon of Thursday, "
                "30 November 2017."),
    ("para", 2, "The present report summarizes the proceedings of the session and records the decisions "
                "taken by the Council."),
    ("chap", "II", "ATTENDANCE"),
    ("para", 3, "Representatives of the following Member States attended the session:^1 " + MEMBERS),
    ("para", 4, "Bhutan, Oman, Qatar, Saudi Arabia and Singapore were represented by observers, as was the "
                "Sovereign Order of Malta."),
    ("para", 5, "The United Nations, the Office of the United Nations High Commissioner for Refugees, the "
                "International Labour Organization, the United Nations Development Programme, the World Food "
                "Programme and the World Health Organization were also represented by observers."),
    ("para", 6, "The following intergovernmental organizations were represented by observers: the African "
                "Union, the Council of Europe, the European Union, the International Centre for Migration "
                "Policy Development, the League of Arab States, the Organization of American States and the "
                "Organization of Islamic Cooperation."),
    ("para", 7, "Observers from the International Committee of the Red Cross, the International Federation of "
                "Red Cross and Red Crescent Societies and 23 non-governmental organizations also attended."),
    ("chap", "III", "OPENING OF THE SESSION AND CREDENTIALS OF REPRESENTATIVES AND OBSERVERS"),
    ("para", 8, "The outgoing Chairperson, Ms V. Nkosi (South Africa), opened the session at 10.10 a.m. on "
                "28 November 2017 and welcomed the delegations, in particular those attending a session of "
                "the Council for the first time."),
    ("para", 9, "The Council noted that the Director General had examined the credentials of the "
                "representatives of the Member States listed in paragraph 3 and had found them to be in due "
                "and proper form. It also noted the names of the observers listed in paragraphs 4 to 7."),
    ("chap", "IV", "ELECTION OF OFFICERS AND ADOPTION OF THE AGENDA"),
    ("sub", "A", "Election of officers"),
    ("para", 10, "On the proposal of the regional groups, the Council elected by acclamation Mr K. Mensah-Arthur "
                 "(Ghana) as Chairperson, Mr L. Fern\u00e1ndez Ortega (Uruguay) as First Vice-Chairperson, "
                 "Ms S. Rahimova (Azerbaijan) as Second Vice-Chairperson and Ms C. Arvidsson (Sweden) as "
                 "Rapporteur."),
    ("sub", "B", "Adoption of the agenda"),
    ("para", 11, "The Council adopted the provisional agenda contained in document C/108/1, on the "
                 "understanding that a short update on the preparation of the global compact for safe, "
                 "orderly and regular migration would be taken under the item on other business.^2"),
    ("chap", "V", "ADMISSION OF NEW MEMBERS AND OBSERVERS"),
    ("sub", "A", "Application for membership by the Principality of Andorra"),
    ("para", 12, "The Council had before it the application for membership submitted by the Principality of "
                 "Andorra (C/108/9) and the corresponding draft resolution (C/108/L/2). Noting that the "
                 "Principality had accepted the Constitution of the Organization, the Council unanimously adopted Resolution No. 1352, admitting Andorra as a Member "
                 "with immediate effect."),
    ("para", 13, "The representative of Andorra thanked the Council for the confidence shown in his country. "
                 "With that admission, the membership of the "
                 "Organization rose to 169 States."),
    ("sub", "B", "Request for observer status"),
    ("para", 14, "The Council granted the request of the Network of Mediterranean Migrant Support "
                 "Organizations for representation by an observer (C/108/10) and adopted Resolution "
                 "No. 1353 to that effect."),
    ("chap", "VI", "REPORT OF THE DIRECTOR GENERAL AND GENERAL DEBATE"),
    ("sub", "A", "Report of the Director General to the Council"),
    ("para", 15, "The Director General observed that 2017 had been the first full year of the Organization\u2019s "
                 "membership of the United Nations system as a related organization. He thanked Member States for their trust and for the unearmarked contributions on which the "
                 "Organization\u2019s capacity to respond increasingly depended."),
    ("para", 16, "He drew the Council\u2019s attention, in particular, to:"),
    ("bullet", "the support given to the intergovernmental process leading to the global compact for safe, "
               "orderly and regular migration, launched by General Assembly resolution 71/1 and organized in "
               "accordance with the modalities set out in resolution 71/280;"),
    ("bullet", "the continued application of the Migration Governance Framework, welcomed by the Council in "
               "Resolution No. 1310 of 24 November 2015, under which 31 countries had now completed a "
               "migration governance profile;^3"),
    ("bullet", "the scale of the emergency response, with more than 9 million displaced persons and migrants "
               "assisted during the year in crises in the Middle East, the Horn of Africa, the Lake Chad Basin "
               "and Cox\u2019s Bazar, Bangladesh; and"),
    ("bullet", "the continuing strain on the Organization\u2019s core structure, which had grown far more slowly "
               "than its operations, and the resulting need for predictable and flexible funding."),
    ("sub", "B", "General debate"),
    ("para", 17, "During the general debate, statements on "
                 "behalf of groups were delivered by Ethiopia (on behalf of the African Group), Estonia (on "
                 "behalf of the European Union and its member States), Guatemala (on behalf of the Group of "
                 "Latin American and Caribbean States) and Thailand (on behalf of the Asia-Pacific Group)."),
    ("para", 18, "Statements were also made by the representatives of " + SPEAKERS + ", and by the observers "
                 "for Qatar and the Sovereign Order of Malta."),
    ("para", 19, "Speakers broadly welcomed the role played by the Organization in the preparation of the "
                 "global compact and looked to it to contribute its operational expertise to the "
                 "follow-up phases. Some delegations stressed that the compact should remain "
                 "non-binding and fully respect national sovereignty; others emphasized the protection of "
                 "migrants in vulnerable situations, in particular women and unaccompanied children."),
    ("para", 20, "Several Member States expressed concern at the persistent imbalance between the administrative "
                 "and operational parts of the budget and encouraged the Administration to pursue the dialogue "
                 "on core funding begun in the Standing Committee. The Director General undertook to reflect "
                 "that guidance in planning for 2018."),
    ("chap", "VII", "FINANCIAL AND ADMINISTRATIVE MATTERS"),
    ("sub", "A", "Programme and Budget for 2018"),
    ("para", 21, "The Council considered the Programme and Budget for 2018 (C/108/6) in the light of the "
                 "recommendations made by the Standing Committee on Programmes and Finance.^4"),
    ("para", 22, "By Resolution No. 1357, the Council:"),
    ("item", "(a)", "approved the administrative part of the budget for 2018 in the amount of CHF 50,320,000;"),
    ("item", "(b)", "approved the operational part of the budget for 2018, estimated at USD 1,039,400,000, on the "
                    "understanding that it would be revised as new funding was received; and"),
    ("item", "(c)", "approved the estimated Operational Support Income for 2018 of USD 117,900,000."),
    ("sub", "B", "Status report on outstanding contributions to the administrative part of the budget and "
                 "Article 4 of the Constitution"),
    ("para", 23, "The Administration informed the Council that, as at 27 November 2017, assessed contributions "
                 "outstanding for 2017 and prior years amounted to CHF 6,412,000, of which CHF 3,948,000 was "
                 "owed by 11 Member States subject to the provisions of Article 4 of the Constitution.^5 Since "
                 "the status report (C/108/12) was issued, payments had been received from Burundi and Liberia."),
    ("para", 24, "The Council urged Member States in arrears to settle their contributions in full or to agree "
                 "on a payment plan with the Administration. Payment plans had been concluded during "
                 "the year with the Central African Republic and the Comoros."),
    ("sub", "C", "Other reports considered by the Council"),
    ("para", 25, "The Council took note of the reports of the Standing Committee on its Twentieth and "
                 "Twenty-first Sessions (S/20/15 and S/21/15). It approved the report on its 107th Session "
                 "(C/107/23) by Resolution No. 1354, took note of the Report of the Director General on the "
                 "work of the Organization for the year 2016 (C/108/3) by Resolution No. 1355, and approved the "
                 "Financial Report for the year ended 31 December 2016 (C/108/5) by Resolution No. 1356."),
    ("chap", "VIII", "INTERNATIONAL DIALOGUE ON MIGRATION"),
    ("para", 26, "A high-level panel held under the International Dialogue on Migration on the afternoon of "
                 "29 November 2017 examined how coherence between migration, development and humanitarian "
                 "policies might be strengthened ahead of the adoption of the global compact in 2018. Ministers "
                 "and senior officials from Ecuador, Mali and the Philippines took part in the panel."),
    ("chap", "IX", "OTHER BUSINESS, NEXT SESSION AND CLOSURE"),
    ("sub", "A", "Other business"),
    ("para", 27, "As agreed when the agenda was adopted (see paragraph 11), the Administration briefed the "
                 "Council on the stocktaking meeting on the global compact to be held in Puerto Vallarta, "
                 "Mexico, from 4 to 6 December 2017."),
    ("sub", "B", "Date and place of the next session"),
    ("para", 28, "The Council decided provisionally that its 109th Session would be held in Geneva from 27 to "
                 "30 November 2018. The Standing Committee would meet in June 2018."),
    ("sub", "C", "Closure of the session"),
    ("para", 29, "After the customary exchange of courtesies, the Chairperson declared the 108th Session of the "
                 "Council closed at 5.45 p.m. on Thursday, 30 November 2017."),
]

ANNEX_ROWS = [
    ("1352", "Admission of the Principality of Andorra as a Member of the Organization", "28 November 2017", "12"),
    ("1353", "Application by the Network of Mediterranean Migrant Support Organizations for representation "
             "by an observer", "28 November 2017", "14"),
    ("1354", "Report on the 107th Session of the Council", "30 November 2017", "25"),
    ("1355", "Report of the Director General on the work of the Organization for the year 2016",
     "30 November 2017", "25"),
    ("1356", "Financial Report for the year ended 31 December 2016", "30 November 2017", "25"),
    ("1357", "Programme and Budget for 2018", "30 November 2017", "22"),
]


# ----------------------------------------------------------------------------------------------
# Text helpers
# ----------------------------------------------------------------------------------------------
def words_of(text):
    """Split text into words; each word is a list of (string, is_sup) segments."""
    out = []
    for w in text.split():
        segs = []
        for part in re.split(r"(\^[0-9*]+)", w):
            if not part:
                continue
            if part.startswith("^"):
                segs.append((part[1:], True))
            else:
                segs.append((part, False))
        out.append(segs)
    return out


def seg_w(seg, font=RM, size=FS, sup_size=SUP_FS):
    s, sup = seg
    return stringWidth(s, font, sup_size if sup else size)


def word_w(word, font=RM, size=FS, sup_size=SUP_FS):
    return sum(seg_w(s, font, size, sup_size) for s in word)


def wrap(words, widths, font=RM, size=FS, sup_size=SUP_FS):
    sp = stringWidth(" ", font, size)
    lines, cur, cw = [], [], 0.0
    for w in words:
        ww = word_w(w, font, size, sup_size)
        lim = widths[min(len(lines), len(widths) - 1)]
        if cur and cw + sp + ww > lim:
            lines.append(cur)
            cur, cw = [w], ww
        else:
            cw = cw + sp + ww if cur else ww
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


def markers_in(line):
    return [s for w in line for (s, sup) in w if sup]


def plain(text):
    return re.sub(r"\^[0-9*]+", "", text)


# ----------------------------------------------------------------------------------------------
# Page model: list of ops, replayed onto the canvas
# ----------------------------------------------------------------------------------------------
class Page:
    def __init__(self, label):
        self.label = label
        self.ops = []
        self.fns = []  # footnote keys in order

    def text(self, x, y, s, font=RM, size=FS):
        self.ops.append(("t", x, y, s, font, size))

    def line_words(self, x, y, line, font=RM, size=FS):
        sp = stringWidth(" ", font, size)
        cx = x
        for i, w in enumerate(line):
            if i:
                cx += sp
            for s, sup in w:
                if sup:
                    self.ops.append(("t", cx, y + RISE, s, font, SUP_FS))
                    cx += stringWidth(s, font, SUP_FS)
                else:
                    self.ops.append(("t", cx, y, s, font, size))
                    cx += stringWidth(s, font, size)
        return cx

    def hline(self, x1, x2, y, w=0.5):
        self.ops.append(("l", x1, x2, y, w))


def fn_lines(key):
    words = words_of(FOOTNOTES[key])
    first = TW - 8
    return wrap(words, [first, TW], RM, FN_FS)


def fn_height(keys):
    if not keys:
        return 0.0
    return 14 + sum(len(fn_lines(k)) * FN_LEAD + 1.5 for k in keys)


class Flow:
    def __init__(self, first_label):
        self.pages = []
        self.labels = iter(first_label)
        self.new_page()
        self.heading_pages = {}

    def new_page(self):
        self.page = Page(next(self.labels))
        self.pages.append(self.page)
        self.y = BODY_TOP
        self.at_top = True

    def floor(self, extra_keys=()):
        return BOTTOM + fn_height(self.page.fns + list(extra_keys))

    def need(self, h, keys=()):
        if self.y - h < self.floor(keys):
            self.new_page()

    def gap(self, g):
        if not self.at_top:
            self.y -= g

    def place_lines(self, lines, xs, font=RM, size=FS, lead=LEAD, prefix=None):
        for i, ln in enumerate(lines):
            keys = [k for k in markers_in(ln) if k not in self.page.fns]
            self.need(lead, keys)
            self.y -= lead
            if i == 0 and prefix:
                px, ps, pf = prefix
                self.page.text(px, self.y, ps, pf, size)
            self.page.line_words(xs[min(i, len(xs) - 1)], self.y, ln, font, size)
            self.page.fns.extend(keys)
            self.at_top = False

    def heading(self, key, num, text, indent):
        words = words_of(text)
        lines = wrap(words, [TW - indent], BD, FS)
        # keep with the next block: heading lines + 3 body lines
        self.gap(LEAD * 0.75)
        if self.y - LEAD * (len(lines) + 3.2) < self.floor():
            self.new_page()
        self.place_lines(lines, [L + indent], BD, FS, prefix=(L, num + ".", BD))
        self.heading_pages[key] = self.page.label
        self.y -= 3

    def para(self, n, text):
        self.gap(PARA_GAP)
        words = words_of(text)
        lines = wrap(words, [TW - 36, TW])
        if len(lines) >= 2 and self.y - 2 * LEAD < self.floor(markers_in(lines[0]) + markers_in(lines[1])):
            self.new_page()
        self.place_lines(lines, [L + 36, L], prefix=(L, "%d." % n, RM))

    def bullet(self, text):
        self.gap(5)
        lines = wrap(words_of(text), [TW - 54])
        self.place_lines(lines, [L + 54], prefix=(L + 36, "\u2022", RM))

    def item(self, label, text):
        self.gap(5)
        lines = wrap(words_of(text), [TW - 72])
        self.place_lines(lines, [L + 72], prefix=(L + 36, label, RM))


def para_ranges():
    """For every chap/sub, the range of paragraphs it covers (including its subsections)."""
    ranges = {}
    chap = sub = None
    for b in BODY:
        if b[0] == "chap":
            chap, sub = b[1], None
            ranges[(chap, None)] = []
        elif b[0] == "sub":
            sub = b[1]
            ranges[(chap, sub)] = []
        elif b[0] == "para":
            ranges[(chap, None)].append(b[1])
            if sub:
                ranges[(chap, sub)].append(b[1])
    out = {}
    for k, v in ranges.items():
        out[k] = ("%d" % v[0]) if v[0] == v[-1] else ("%d\u2013%d" % (v[0], v[-1]))
    return out


def layout_body():
    flow = Flow(["%d" % i for i in range(1, 20)])
    chap = None
    for b in BODY:
        if b[0] == "chap":
            chap = b[1]
            flow.heading((chap, None), b[1], b[2], 36)
        elif b[0] == "sub":
            flow.heading((chap, b[1]), b[1], b[2], 36)
        elif b[0] == "para":
            flow.para(b[1], b[2])
        elif b[0] == "bullet":
            flow.bullet(b[1])
        elif b[0] == "item":
            flow.item(b[1], b[2])
    return flow


# ----------------------------------------------------------------------------------------------
# Drawing
# ----------------------------------------------------------------------------------------------
def draw_ops(c, page):
    for op in page.ops:
        if op[0] == "t":
            _, x, y, s, f, sz = op
            c.setFont(f, sz)
            c.drawString(x, y, s)
        else:
            _, x1, x2, y, w = op
            c.setLineWidth(w)
            c.line(x1, y, x2, y)


def draw_header(c, label, extra=None):
    c.setFont(RM, FS)
    c.drawRightString(R, PH - 50, SYM)
    c.drawRightString(R, PH - 50 - 12.5, "Page %s" % label)
    if extra:
        c.drawRightString(R, PH - 50 - 25, extra)


def draw_footnotes(c, keys):
    if not keys:
        return
    total = fn_height(keys)
    y_rule = BOTTOM + total - 4
    c.setLineWidth(0.5)
    c.line(L, y_rule, L + 144, y_rule)
    y = y_rule - 4
    for k in keys:
        lines = fn_lines(k)
        for i, ln in enumerate(lines):
            y -= FN_LEAD
            x = L
            if i == 0:
                c.setFont(RM, 5.8)
                c.drawString(L, y + 3.2, k)
                x = L + 8
            sp = stringWidth(" ", RM, FN_FS)
            cx = x
            c.setFont(RM, FN_FS)
            for j, w in enumerate(ln):
                if j:
                    cx += sp
                s = "".join(t for t, _ in w)
                c.drawString(cx, y, s)
                cx += stringWidth(s, RM, FN_FS)
        y -= 1.5


def draw_cover(c):
    c.setFont(BD, 11.5)
    c.drawRightString(R, PH - 62, SYM)
    c.setFont(RM, FS)
    c.drawString(L, PH - 92, "Original: English")
    c.drawRightString(R, PH - 92, "11 December 2018")
    c.setFont(BD, 12)
    c.drawCentredString(PW / 2, PH - 190, "COUNCIL")
    c.setFont(RM, 11)
    c.drawCentredString(PW / 2, PH - 206, "108th Session")
    # title over two lines with a blank line between; raised * tying it to the cover note
    c.setFont(BD, 13)
    c.drawCentredString(PW / 2, PH - 300, "REPORT ON THE")
    t2 = "108TH SESSION OF THE COUNCIL"
    w2 = stringWidth(t2, BD, 13)
    x2 = PW / 2 - w2 / 2
    c.drawString(x2, PH - 330, t2)
    c.setFont(BD, 8)
    c.drawString(x2 + w2 + 0.8, PH - 330 + 5, "*")
    c.setFont(RM, 11)
    c.drawCentredString(PW / 2, PH - 420, "Geneva")
    c.drawCentredString(PW / 2, PH - 436, "Tuesday, 28 November, to Thursday, 30 November 2017")
    c.drawCentredString(PW / 2, PH - 500, "Rapporteur: Ms C. Arvidsson (Sweden)")
    # cover note
    c.setFont(RM, FS)
    c.drawString(L, 128, "__________")
    c.setFont(RM, 7)
    c.drawString(L, 108 + 3.5, "*")
    note = ("This report was approved by the Council at its 109th Session through Resolution No. 1369 "
            "of 27 November 2018.")
    lines = wrap(words_of(note), [TW - 8, TW], RM, 9.5)
    y = 108
    for i, ln in enumerate(lines):
        c.setFont(RM, 9.5)
        c.drawString(L + (8 if i == 0 else 0), y, " ".join("".join(t for t, _ in w) for w in ln))
        y -= 11.5


def contents_entries(flow):
    pr = para_ranges()
    entries = []
    chap = None
    for b in BODY:
        if b[0] == "chap":
            chap = b[1]
            entries.append((0, b[1] + ".", b[2], pr[(chap, None)], flow.heading_pages[(chap, None)]))
        elif b[0] == "sub":
            entries.append((1, b[1] + ".", b[2], pr[(chap, b[1])], flow.heading_pages[(chap, b[1])]))
    return entries


def draw_contents(c, flow, annex_page):
    draw_header(c, "i")
    c.setFont(BD, 11)
    c.drawCentredString(PW / 2, PH - 118, "CONTENTS")
    para_right = R - 52
    c.setFont(BD, 9.5)
    c.drawRightString(para_right + 8, PH - 146, "Paragraphs")
    c.drawRightString(R, PH - 146, "Page")
    y = PH - 150
    title_limit = 300
    dot = stringWidth(".", RM, FS)
    ents = contents_entries(flow)
    ents.append((2, "", "Annex \u2013 Resolutions adopted by the Council at its 108th Session", "", annex_page))
    for lvl, label, title, prange, page in ents:
        y -= 8 if lvl == 0 or lvl == 2 else 3
        if lvl == 0:
            lx, tx = L, L + 30
        elif lvl == 1:
            lx, tx = L + 30, L + 52
        else:
            lx, tx = L, L
        width = title_limit - (tx - L)
        lines = wrap(words_of(title), [width], RM, FS)
        for i, ln in enumerate(lines):
            y -= 13
            c.setFont(RM, FS)
            if i == 0 and label:
                c.drawString(lx, y, label)
            s = " ".join("".join(t for t, _ in w) for w in ln)
            c.drawString(tx, y, s)
            if i == len(lines) - 1:
                end = tx + stringWidth(s, RM, FS) + 4
                stop = para_right - (stringWidth(prange, RM, FS) if prange else 0) - 6
                if not prange:
                    stop = R - stringWidth(page, RM, FS) - 6
                n = int((stop - end) / dot)
                c.drawString(end, y, "." * max(n, 3))
                if prange:
                    c.drawRightString(para_right, y, prange)
                c.drawRightString(R, y, page)


def draw_annex(c, label):
    draw_header(c, label)
    c.setFont(BD, 11)
    c.drawCentredString(PW / 2, PH - 118, "ANNEX")
    c.drawCentredString(PW / 2, PH - 146, "RESOLUTIONS ADOPTED BY THE COUNCIL AT ITS 108TH SESSION")
    c.setFont(RM, FS)
    intro = ("All the resolutions listed below were adopted without a vote. Their texts are available from the "
             "Governing Bodies Division on request.")
    y = PH - 176
    for ln in wrap(words_of(intro), [TW]):
        c.drawString(L, y, " ".join("".join(t for t, _ in w) for w in ln))
        y -= LEAD
    # table
    xs = [L + 4, L + 78, L + 318, R - 4]
    y -= 14
    c.setLineWidth(0.7)
    c.line(L, y + 12, R, y + 12)
    c.setFont(BD, 9.5)
    c.drawString(xs[0], y, "Resolution")
    c.drawString(xs[0], y - 11, "No.")
    c.drawString(xs[1], y, "Title")
    c.drawString(xs[2], y, "Date of adoption")
    c.drawRightString(xs[3], y, "Paragraph of")
    c.drawRightString(xs[3], y - 11, "this report")
    y -= 17
    c.setLineWidth(0.5)
    c.line(L, y, R, y)
    for num, title, date, para in ANNEX_ROWS:
        y -= 14
        c.setFont(RM, FS)
        c.drawString(xs[0], y, num)
        c.drawString(xs[2], y, date)
        c.drawRightString(xs[3] - 14, y, para)
        lines = wrap(words_of(title), [xs[2] - xs[1] - 14])
        yy = y
        for ln in lines:
            c.drawString(xs[1], yy, " ".join("".join(t for t, _ in w) for w in ln))
            yy -= 12.5
        y = yy + 12.5 - 5
        c.setLineWidth(0.3)
        c.line(L, y, R, y)
    c.setLineWidth(0.7)
    c.line(L, y, R, y)


def main():
    flow = layout_body()
    annex_label = str(len(flow.pages) + 1)
    c = canvas.Canvas(OUT, pagesize=A4)
    c.setTitle("C/108/27/Rev.1 - Report on the 108th Session of the Council")
    c.setAuthor("International Organization for Migration")
    draw_cover(c)
    c.showPage()
    draw_contents(c, flow, annex_label)
    c.showPage()
    for p in flow.pages:
        draw_header(c, p.label)
        draw_ops(c, p)
        draw_footnotes(c, p.fns)
        c.showPage()
    draw_annex(c, annex_label)
    c.showPage()
    c.save()
    print("pages: body", len(flow.pages), "total", len(flow.pages) + 3)


if __name__ == "__main__":
    main()
