#!/usr/bin/env python3
"""Draw council-report-2009c.pdf: draft report on the Ninety-eighth Session of the IOM Council (MC era).

fpdf2, A4, Times (core font, windows-1252).  A small hand-written layout engine places every word so
that paragraphs are justified, numbered paragraphs have the IOM hanging number, footnotes land at the
foot of the page on which their raised marker is printed, and later pages carry the running header.
"""
import os
import re

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "council-report-2009c"
SYMBOL = "MC/2289"

PAGE_W, PAGE_H = 210.0, 297.0
LEFT, RIGHT = 25.0, 25.0
TEXT_W = PAGE_W - LEFT - RIGHT
TOP_BODY = 32.0          # first baseline area on pages with the running header
BOTTOM = 277.0           # lowest baseline of body text / footnotes
FS = 11.0                # body font size (pt)
LH = 5.0                 # body line height (mm)
PARA_GAP = 3.2           # space between blocks (mm)
NUM_INDENT = 12.5        # first-line indent after a paragraph number
ITEM_LABEL = 12.5        # x offset of a list label
ITEM_TEXT = 22.5         # x offset of list item text
FN_FS = 9.0
FN_LH = 4.0
SUP_FS = 7.0
SUP_RISE = 1.3           # mm

# --------------------------------------------------------------------------------------------------
# Content
# --------------------------------------------------------------------------------------------------

FOOTNOTES = {
    "1": "The names of the delegates, observers and members of the Secretariat who took part are given "
         "in the list of participants issued as document MC/2286.",
    "2": "The scale, with the percentage assessed on each Member State, is set out in Annex I to "
         "document MC/2283. It includes the four States admitted as Members at the present session.",
}

MEMBERS = [
    "Afghanistan", "Albania", "Algeria", "Angola", "Argentina", "Armenia", "Australia", "Austria",
    "Azerbaijan", "Bangladesh", "Belarus", "Belgium", "Belize", "Benin", "Bolivia",
    "Bosnia and Herzegovina", "Brazil", "Bulgaria", "Burkina Faso", "Cambodia", "Cameroon", "Canada",
    "Cape Verde", "Chile", "Colombia", "Congo", "Costa Rica", "Côte d’Ivoire", "Croatia", "Cyprus",
    "Czech Republic", "Democratic Republic of the Congo", "Denmark", "Dominican Republic", "Ecuador",
    "Egypt", "El Salvador", "Estonia", "Ethiopia", "Finland", "France", "Gabon", "Georgia", "Germany",
    "Ghana", "Greece", "Guatemala", "Guinea", "Haiti", "Honduras", "Hungary", "India",
    "Iran (Islamic Republic of)", "Ireland", "Israel", "Italy", "Jamaica", "Japan", "Jordan",
    "Kazakhstan", "Kenya", "Kyrgyzstan", "Latvia", "Liberia", "Libyan Arab Jamahiriya", "Lithuania",
    "Luxembourg", "Madagascar", "Mali", "Malta", "Mauritania", "Mauritius", "Mexico", "Mongolia",
    "Montenegro", "Morocco", "Mozambique", "Nepal", "Netherlands", "New Zealand", "Nicaragua", "Niger",
    "Nigeria", "Norway", "Pakistan", "Panama", "Paraguay", "Peru", "Philippines", "Poland", "Portugal",
    "Republic of Korea", "Republic of Moldova", "Romania", "Rwanda", "Senegal", "Serbia", "Slovakia",
    "Slovenia", "South Africa", "Spain", "Sri Lanka", "Sudan", "Sweden", "Switzerland", "Tajikistan",
    "Thailand", "the former Yugoslav Republic of Macedonia", "Togo", "Tunisia", "Turkey", "Uganda",
    "Ukraine", "United Kingdom of Great Britain and Northern Ireland", "United Republic of Tanzania",
    "United States of America", "Uruguay", "Venezuela (Bolivarian Republic of)", "Viet Nam", "Yemen",
    "Zambia", "Zimbabwe",
]

RUNNING_TITLE = "DRAFT REPORT ON THE NINETY-EIGHTH SESSION OF THE COUNCIL"

# Block kinds: ("h", text) heading; ("sh", label, text) lettered sub-heading;
# ("p", number, text) numbered paragraph; ("li", label, text) list item; ("tab", rows) table.
BODY = [
    ("h", "INTRODUCTION"),
    ("p", 0, "In accordance with Resolution No. 1174 of 26 November 2008, the Council met for its "
             "Ninety-eighth Session at the Palais des Nations, Geneva, from Tuesday, 24 November to Friday, "
             "27 November 2009. Eight meetings were held, the last of them on the morning of 27 November."),
    ("p", 0, "The session was opened by the outgoing Chairperson, H.E. Mr. Bwalya Chitundu (Zambia), who "
             "recalled that the year had been marked by the economic downturn and by its consequences "
             "for migrants and for the communities that depend on their earnings."),
    ("h", "ATTENDANCE"),
    ("p", 0, "The following Member States were represented:[[1]] " + ", ".join(MEMBERS[:-1]) +
             " and " + MEMBERS[-1] + "."),
    ("p", 0, "Bahrain, Bhutan, China, Cuba, the Holy See, Indonesia, Qatar, the Russian Federation, "
             "San Marino, Saudi Arabia and Turkmenistan sent observers, as did the Sovereign Military "
             "Order of Malta."),
    ("p", 0, "The United Nations was represented, together with the Office of the United Nations High "
             "Commissioner for Refugees, the International Labour Organization, the Office of the United "
             "Nations High Commissioner for Human Rights, the United Nations Population Fund, the United "
             "Nations Children’s Fund, the World Food Programme and the World Health Organization."),
    ("p", 0, "Observers also attended from the African Union, the Council of Europe, the European "
             "Commission, the Intergovernmental Authority on Development, the International Centre for "
             "Migration Policy Development, the International Committee of the Red Cross, the "
             "International Federation of Red Cross and Red Crescent Societies, the League of Arab States "
             "and the Organization of the Islamic Conference, and from 27 non-governmental organizations "
             "whose names appear in the list of participants."),
    ("h", "CREDENTIALS OF REPRESENTATIVES AND OBSERVERS"),
    ("p", 0, "Having examined the credentials of the representatives of the Member States named in "
             "paragraph 3, the Bureau found them to be in good and due form. It also took note of the "
             "names of the observers for the States and organizations mentioned in paragraphs 4 to 6. "
             "The Council took note of the Bureau’s oral report at its second meeting."),
    ("h", "ELECTION OF OFFICERS"),
    ("p", 0, "The following officers were elected by acclamation:"),
    ("tab", [("Chairperson", "H.E. Mr. Tomasz Wieczorek (Poland)"),
             ("First Vice-Chairperson", "H.E. Ms. Grace Adjei-Mensah (Ghana)"),
             ("Second Vice-Chairperson", "Mr. Rodrigo Salinas Ferrer (Uruguay)"),
             ("Rapporteur", "Mr. Kenji Harada (Japan)")]),
    ("p", 0, "Taking the chair, Mr. Wieczorek thanked his predecessor for the steady guidance given to the "
             "Council over the past year and undertook to keep the proceedings brief and businesslike."),
    ("h", "ADOPTION OF THE AGENDA"),
    ("p", 0, "The provisional agenda set out in document MC/2276/Rev.1 was adopted without change; the "
              "agenda as adopted has since been reissued as document MC/2287."),
    ("h", "ADMISSION OF NEW MEMBERS AND OBSERVERS"),
    ("sh", "(a)", "Applications for membership in the Organization"),
    ("p", 0, "Requests for admission as Members had been received from Burundi (MC/2277), Namibia "
              "(MC/2278), Swaziland (MC/2279) and Tonga (MC/2280). Each applicant had accepted the "
              "Constitution of the Organization and undertaken to contribute to its administrative budget."),
    ("p", 0, "The Council adopted by acclamation Resolutions Nos. 1180, 1181, 1182 and 1183, admitting the "
              "four States to membership, which thereby rose from 123 to 127."),
    ("p", 0, "Speaking in turn, the representatives of the new Members expressed their gratitude and "
              "looked forward to closer cooperation with the Organization and its Member States."),
    ("sh", "(b)", "Applications for representation by an observer"),
    ("p", 0, "The Council granted observer status to the Indian Ocean Commission (MC/2281) and to the "
              "Latin American Economic System (MC/2282) by adopting Resolutions Nos. 1184 and 1185."),
    ("h", "STATEMENTS BY THE DIRECTOR GENERAL AND THE DEPUTY DIRECTOR GENERAL"),
    ("p", 0, "The Director General reviewed the Organization’s work since the previous session. More "
              "than 2,400 projects had been active during the year across some 440 field locations, and "
              "total expenditure was again expected to be close to USD 1 billion."),
    ("p", 0, "He observed that the downturn had not brought large-scale returns, contrary to many "
              "forecasts, but had left numerous migrants without work or legal status in host countries "
              "and had cut remittances to several of the poorest countries of origin. He called for "
              "greater predictability of funding for the core structure, since project income could not "
              "finance the field capacity on which the projects themselves depend."),
    ("p", 0, "The Deputy Director General reported on the review of the field structure requested by the "
             "Executive Committee. Proposals to consolidate the regional and sub-regional offices into a "
             "smaller number of regional offices would be put to the Member States during 2010, together "
             "with an estimate of their cost."),
    ("h", "GENERAL DEBATE"),
    ("p", 0, "Forty-one delegations took part in the general debate, many of them commending the "
              "Administration for its operational response to the emergencies of the year."),
    ("p", 0, "The points raised most often were the following:"),
    ("li", "(a)", "the need to protect the rights of migrants affected by job losses, including those "
                  "in irregular situations;"),
    ("li", "(b)", "the link between migration and development, and the value of cooperation among "
                  "countries of origin, transit and destination;"),
    ("li", "(c)", "the growing attention to environmental factors as a cause of movement;"),
    ("li", "(d)", "the importance of reliable data for policymaking; and"),
    ("li", "(e)", "the burden placed on the administrative budget by a decade of zero nominal growth."),
    ("p", 0, "Several speakers urged the Administration to keep the Member States informed, *inter alia* "
              "through the Standing Committee on Programmes and Finance, of any proposals that might "
              "alter the structure of the Organization."),
    ("h", "INTERNATIONAL DIALOGUE ON MIGRATION"),
    ("p", 0, "The Council devoted an afternoon to the International Dialogue on Migration, under the theme "
              "“Migrants and host societies: partners in prosperity”. Discussion was based on a background "
              "paper issued as document MC/INF/297."),
    ("p", 0, "Two panels, one on local integration policies and one on the role of diaspora associations, "
              "were followed by an exchange of experiences among participants from all regions."),
    ("h", "REPORT ON THE HUNDRED AND SIXTH SESSION OF THE EXECUTIVE COMMITTEE"),
    ("p", 0, "The Council took note of the Executive Committee’s report on its session of June 2009 "
              "(MC/EX/695) and endorsed the decisions recorded in it."),
    ("h", "STATUS REPORT ON OUTSTANDING CONTRIBUTIONS"),
    ("p", 0, "Introducing documents MC/2284 and MC/2284/Add.1, the Administration reported that, as at "
              "20 November 2009, 21 Member States owed a combined CHF 3,418,605 in assessed contributions. "
              "Twelve of them were in arrears for two or more full years and were therefore subject to "
              "Article 4 of the Constitution."),
    ("p", 0, "The Council urged the Member States concerned either to pay their arrears in full or to "
              "agree on payment plans with the Administration, and welcomed the payments made by Peru "
              "and Kyrgyzstan during the session."),
    ("h", "PROGRAMME AND BUDGET FOR 2010"),
    ("p", 0, "The Chairperson of the Standing Committee on Programmes and Finance presented the Committee’s "
              "report on its Fifth Session (SCPF/34). The Administration then introduced document MC/2283, "
              "in which the administrative part of the budget was set at CHF 39,388,000, unchanged from 2009. "
              "The operational part was put at USD 724.3 million, of which USD 690.6 million related to "
              "projects and USD 33.7 million was to be funded from discretionary income."),
    ("p", 0, "Some delegations regretted that real costs had again been absorbed without any increase in "
              "assessed contributions; others felt unable to accept a higher assessment while their own "
              "budgets were under pressure."),
    ("p", 0, "The Council adopted Resolution No. 1186 on the Programme and Budget for 2010."),
    ("h", "SCALE OF ASSESSMENT FOR 2010"),
    ("p", 0, "The Council examined the scale of assessment for 2010, which continues to follow the United "
              "Nations scale, adjusted to the membership of the Organization.[[2]]"),
    ("p", 0, "The Council adopted Resolution No. 1187 on the scale of assessment for 2010."),
    ("h", "DATE AND PLACE OF THE NEXT SESSION"),
    ("p", 0, "It was agreed that the Ninety-ninth Session would take place in Geneva from Tuesday, "
              "30 November to Friday, 3 December 2010, subject to the availability of conference rooms."),
    ("h", "CLOSURE OF THE SESSION"),
    ("p", 0, "After an exchange of thanks, the Chairperson declared the Ninety-eighth Session closed at "
              "12.45 p.m. on Friday, 27 November 2009."),
]

# --------------------------------------------------------------------------------------------------
# Layout engine
# --------------------------------------------------------------------------------------------------


class Doc(FPDF):
    pass


pdf = Doc(format="A4", unit="mm")
pdf.core_fonts_encoding = "windows-1252"
pdf.set_auto_page_break(False)
pdf.set_margins(LEFT, 15, RIGHT)
pdf.set_title(RUNNING_TITLE)
pdf.set_author("International Organization for Migration")


def sw(text, style="", size=FS):
    pdf.set_font("Times", style, size)
    return pdf.get_string_width(text)


def tokenize(text):
    """Split text into words; each word is a list of (segment, kind) with kind n / i / sup."""
    words = []
    italic = False
    for raw in text.split(" "):
        if not raw:
            continue
        segs = []
        starts_it = raw.startswith("*")
        if starts_it:
            italic = True
            raw = raw[1:]
        ends_it = False
        m = re.match(r"^(.*?)\*([,.;:]?)((?:\[\[\w+\]\])?)$", raw)
        if italic and m:
            ends_it = True
        parts = re.split(r"(\[\[\w+\]\])", raw)
        for part in parts:
            if not part:
                continue
            mm = re.fullmatch(r"\[\[(\w+)\]\]", part)
            if mm:
                segs.append((mm.group(1), "sup"))
            else:
                if italic and "*" in part:
                    a, b = part.split("*", 1)
                    if a:
                        segs.append((a, "i"))
                    if b:
                        segs.append((b, "n"))
                else:
                    segs.append((part, "i" if italic else "n"))
        if ends_it:
            italic = False
        words.append(segs)
    return words


def seg_width(seg, size=FS):
    text, kind = seg
    if kind == "sup":
        return sw(text, "", SUP_FS * size / FS)
    return sw(text, "I" if kind == "i" else "", size)


def word_width(word, size=FS):
    return sum(seg_width(s, size) for s in word)


def break_lines(words, first_w, other_w, size=FS):
    lines, cur, cur_w = [], [], 0.0
    space = sw(" ", "", size)
    avail = first_w
    for w in words:
        ww = word_width(w, size)
        need = ww if not cur else cur_w + space + ww
        if cur and need > avail + 1e-6:
            lines.append(cur)
            cur, cur_w = [w], ww
            avail = other_w
        else:
            cur.append(w)
            cur_w = need
    if cur:
        lines.append(cur)
    return lines


def draw_line(words, x, y, width, justify, size=FS):
    """Draw one line of words at baseline y; return the footnote markers it contains."""
    space = sw(" ", "", size)
    widths = [word_width(w, size) for w in words]
    gap = space
    if justify and len(words) > 1:
        gap = (width - sum(widths)) / (len(words) - 1)
    markers = []
    cx = x
    for w, ww in zip(words, widths):
        sx = cx
        for text, kind in w:
            if kind == "sup":
                pdf.set_font("Times", "", SUP_FS * size / FS)
                pdf.text(sx, y - SUP_RISE * size / FS, text)
                markers.append(text)
            else:
                pdf.set_font("Times", "I" if kind == "i" else "", size)
                pdf.text(sx, y, text)
            sx += seg_width((text, kind), size)
        cx += ww + gap
    return markers


class Flow:
    def __init__(self):
        self.page_no = 0          # body page label
        self.y = None
        self.page_fns = []        # footnote ids on current page

    # footnote area height for a list of footnote ids
    def fn_height(self, ids):
        if not ids:
            return 0.0
        h = 4.0  # rule + gap
        for fid in ids:
            words = tokenize(FOOTNOTES[fid])
            lines = break_lines(words, TEXT_W - 5, TEXT_W - 5, FN_FS)
            h += len(lines) * FN_LH + 1.0
        return h

    def new_page(self):
        if self.page_no:
            self.finish_page()
        pdf.add_page()
        self.page_no += 1
        pdf.set_font("Times", "", FS)
        for i, t in enumerate([SYMBOL, f"Page {self.page_no}"]):
            pdf.text(PAGE_W - RIGHT - sw(t), 14 + i * 5, t)
        self.y = TOP_BODY
        self.page_fns = []

    def finish_page(self):
        if not self.page_fns:
            return
        h = self.fn_height(self.page_fns)
        y0 = BOTTOM - h + FN_LH
        pdf.set_line_width(0.25)
        pdf.line(LEFT, y0 - 2.0, LEFT + 50, y0 - 2.0)
        y = y0 + 2.5
        for fid in self.page_fns:
            pdf.set_font("Times", "", SUP_FS)
            pdf.text(LEFT, y - 1.2, fid)
            words = tokenize(FOOTNOTES[fid])
            lines = break_lines(words, TEXT_W - 5, TEXT_W - 5, FN_FS)
            for i, ln in enumerate(lines):
                draw_line(ln, LEFT + 5, y, TEXT_W - 5, i < len(lines) - 1, FN_FS)
                y += FN_LH
            y += 1.0

    def room(self, extra_fns=()):
        return BOTTOM - self.fn_height(self.page_fns + list(extra_fns)) - self.y

    def ensure(self, h, extra_fns=()):
        if self.y is None or self.room(extra_fns) < h:
            self.new_page()

    def place_lines(self, lines, xs, widths, keep_with_next=0):
        for i, ln in enumerate(lines):
            fns = [s[0] for w in ln for s in w if s[1] == "sup"]
            need = LH
            if i == 0:
                need = LH * min(2, len(lines))  # no single first line at a page foot
            if len(lines) - i == 2 and i > 0:
                need = 2 * LH                    # no widow
            self.ensure(need, fns)
            last = i == len(lines) - 1
            draw_line(ln, xs[min(i, 1)], self.y, widths[min(i, 1)], not last)
            self.page_fns += fns
            self.y += LH

    def heading(self, text):
        words = tokenize(text)
        pdf.set_font("Times", "B", FS)
        # keep heading with at least three lines of the following text
        lines = []
        cur = ""
        for w in text.split(" "):
            t = (cur + " " + w).strip()
            if sw(t, "B") > TEXT_W and cur:
                lines.append(cur)
                cur = w
            else:
                cur = t
        lines.append(cur)
        self.ensure(LH * (len(lines) + 3) + PARA_GAP)
        for ln in lines:
            pdf.set_font("Times", "B", FS)
            pdf.text(LEFT, self.y, ln)
            self.y += LH
        self.y += PARA_GAP

    def subheading(self, label, text):
        self.ensure(LH * 4 + PARA_GAP)
        pdf.set_font("Times", "B", FS)
        pdf.text(LEFT, self.y, label)
        pdf.text(LEFT + ITEM_LABEL, self.y, text)
        self.y += LH + PARA_GAP

    def para(self, num, text):
        words = tokenize(text)
        lines = break_lines(words, TEXT_W - NUM_INDENT, TEXT_W)
        self.ensure(LH * min(2, len(lines)))
        pdf.set_font("Times", "", FS)
        pdf.text(LEFT, self.y, f"{num}.")
        self.place_lines(lines, [LEFT + NUM_INDENT, LEFT], [TEXT_W - NUM_INDENT, TEXT_W])
        self.y += PARA_GAP

    def item(self, label, text):
        words = tokenize(text)
        w = TEXT_W - ITEM_TEXT
        lines = break_lines(words, w, w)
        self.ensure(LH * min(2, len(lines)))
        pdf.set_font("Times", "", FS)
        pdf.text(LEFT + ITEM_LABEL, self.y, label)
        self.place_lines(lines, [LEFT + ITEM_TEXT, LEFT + ITEM_TEXT], [w, w])
        self.y += PARA_GAP * 0.6

    def table(self, rows):
        self.ensure(LH * len(rows) + PARA_GAP)
        for a, b in rows:
            pdf.set_font("Times", "", FS)
            pdf.text(LEFT + ITEM_LABEL, self.y, a)
            pdf.text(LEFT + 70, self.y, b)
            self.y += LH
        self.y += PARA_GAP

    def running_title(self, text):
        pdf.set_font("Times", "B", FS)
        pdf.text((PAGE_W - sw(text, "B")) / 2, self.y, text)
        self.y += LH + PARA_GAP + 2


# --------------------------------------------------------------------------------------------------
# Cover page
# --------------------------------------------------------------------------------------------------


def cover():
    pdf.add_page()

    def right(t, y, style="", size=12):
        pdf.set_font("Times", style, size)
        pdf.text(PAGE_W - RIGHT - pdf.get_string_width(t), y, t)

    def centre(t, y, style="", size=12):
        pdf.set_font("Times", style, size)
        pdf.text((PAGE_W - pdf.get_string_width(t)) / 2, y, t)

    right(SYMBOL, 22, "B", 12)
    right("Original: English", 32)
    right("11 December 2009", 38)

    centre("NINETY-NINTH SESSION", 62, "B", 12)
    pdf.set_line_width(0.5)
    pdf.line(LEFT, 68, PAGE_W - RIGHT, 68)

    centre("DRAFT REPORT ON THE NINETY-EIGHTH SESSION", 104, "B", 14)
    centre("OF THE COUNCIL", 111, "B", 14)

    centre("Geneva", 134)
    centre("24-27 November 2009", 141)
    centre("Rapporteur: Mr. K. Harada (Japan)", 156)

    pdf.set_font("Times", "", 11)
    pdf.text(LEFT, 244, "__________")
    note = ("This draft report is submitted to the Council for approval at its Ninety-ninth Session.")
    pdf.text(LEFT, 251, note)

    pdf.set_line_width(0.3)
    pdf.line(LEFT, 268, PAGE_W - RIGHT, 268)
    pdf.set_font("Times", "B", 11)
    for word, x in (("COUNCIL", LEFT), ("CONSEIL", None), ("CONSEJO", "R")):
        w = pdf.get_string_width(word)
        if x is None:
            x = (PAGE_W - w) / 2
        elif x == "R":
            x = PAGE_W - RIGHT - w
        pdf.text(x, 274, word)


def number_paragraphs():
    """Number the paragraphs consecutively through the whole body."""
    n = 0
    for i, blk in enumerate(BODY):
        if blk[0] == "p":
            n += 1
            BODY[i] = ("p", n, blk[2])


def build():
    number_paragraphs()
    cover()
    flow = Flow()
    flow.new_page()
    flow.running_title(RUNNING_TITLE)
    for blk in BODY:
        kind = blk[0]
        if kind == "h":
            flow.heading(blk[1])
        elif kind == "sh":
            flow.subheading(blk[1], blk[2])
        elif kind == "p":
            flow.para(blk[1], blk[2])
        elif kind == "li":
            flow.item(blk[1], blk[2])
            if BODY.index(blk) + 1 < len(BODY) and BODY[BODY.index(blk) + 1][0] != "li":
                flow.y += PARA_GAP * 0.4
        elif kind == "tab":
            flow.table(blk[1])
    flow.finish_page()
    # sanity: paragraph numbers run on
    out = os.path.join(HERE, NAME + ".pdf")
    pdf.output(out)
    print("pages:", pdf.page_no(), "->", out)


if __name__ == "__main__":
    build()
