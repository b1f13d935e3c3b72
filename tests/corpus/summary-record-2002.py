"""Draw summary-record-2002.pdf: provisional summary record of the 446th meeting
of the IOM Council (Eighty-fourth Session, 2 December 2002), with fpdf2."""
import os
import re

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "summary-record-2002.pdf")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"

SYMBOL = "MC/C/SR/446"
PAGE_W, PAGE_H = 210.0, 297.0
LM, RM = 25.0, 20.0
TEXT_W = PAGE_W - LM - RM
BODY_TOP = 32.0
BODY_BOTTOM = PAGE_H - 22.0
FS = 10.5          # body font size
LH = 5.0           # body line height
FN_FS = 8.5        # footnote font size
FN_LH = 4.0
SUP_FS = 6.5
NUM_INDENT = 12.0  # paragraph text after the number
ITEM_LABEL = 12.0
ITEM_TEXT = 22.0

FOOTNOTES = {
    "1": "The list of participants is contained in document MC/2088.",
    "2": "Under Rule 9 of the Rules of Procedure of the Council, the officers are elected at the "
         "beginning of each regular session and hold office until their successors are elected.",
    "3": "The agenda as adopted was subsequently issued as document MC/2078/Rev.1.",
    "4": "The texts of all resolutions adopted at the session will be reproduced in the report on "
         "the Eighty-fourth Session of the Council (MC/2097).",
    "5": "The full text of the statement has been circulated as document MICEM/1/2002.",
    "6": "The acceding countries Cyprus, the Czech Republic, Estonia, Hungary, Latvia, Lithuania, "
         "Malta, Poland, Slovakia and Slovenia, and the associated countries Bulgaria, Romania and "
         "Turkey, aligned themselves with the statement.",
}

# Body blocks.  {n} = footnote marker n, glued to the preceding word.
BODY = [
    ("text", "The meeting was called to order at 10.10 a.m."),
    ("heading", "OPENING OF THE SESSION", "open"),
    ("para", "1", "THE CHAIRPERSON declared open the Eighty-fourth Session of the Council and "
     "welcomed the representatives of Member States and the observers attending the session. He "
     "recalled that, since the Council had last met in regular session in November 2001, the "
     "Organization had continued to grow: with the admission of new Members at the present session "
     "its membership would reach 100 States, and it now maintained some 170 field locations."),
    ("para", "2", "Referring to the summary record of the last meeting of the previous session "
     "(MC/C/SR/445), he noted that several questions raised at that time, in particular the "
     "financing of staff security in the field, would again be before the Council. He then paid "
     "tribute to the members of staff who had lost their lives in the service of the Organization "
     "during 2002 and invited the Council to observe a minute of silence in their memory."),
    ("text", "The Council observed a minute of silence."),
    ("heading", "CREDENTIALS OF REPRESENTATIVES AND OBSERVERS", "cred"),
    ("para", "3", "THE CHAIRPERSON reported that the Administration had examined the credentials "
     "of the representatives of Member States and found them to be in good and due form. The names "
     "of the observers for non-member States, intergovernmental organizations and non-governmental "
     "organizations had also been noted.{1}"),
    ("para", "4", "The representative of PAKISTAN asked whether the credentials of delegations "
     "that had reached the Secretariat only that morning had been covered by the examination. THE "
     "CHAIRPERSON confirmed that they had, and that all were in order."),
    ("para", "5", "The Council took note of the report on credentials."),
    ("heading", "ELECTION OF OFFICERS", "elec"),
    ("para", "6", "THE CHAIRPERSON invited nominations for the offices of Chairperson, First "
     "Vice-Chairperson, Second Vice-Chairperson and Rapporteur."),
    ("para", "7", "The representative of SOUTH AFRICA, speaking on behalf of the African Group, "
     "proposed Mr. R. Mwansa (Zambia) for the office of Chairperson. The proposal was supported by "
     "the representatives of BRAZIL, the PHILIPPINES and CANADA."),
    ("para", "8", "The Council elected the following officers by acclamation:{2}"),
    ("item", "(a)", "Chairperson: Mr. R. Mwansa (Zambia);"),
    ("item", "(b)", "First Vice-Chairperson: Mrs. A. Castellanos (Guatemala);"),
    ("item", "(c)", "Second Vice-Chairperson: Mr. H. Nakamura (Japan);"),
    ("item", "(d)", "Rapporteur: Ms. L. Dragan (Romania)."),
    ("text", "Mr. Mwansa (Zambia) took the Chair."),
    ("para", "9", "THE CHAIRPERSON thanked the Council for the honour done to his country. He "
     "paid tribute to the outgoing Chairperson, Mr. K. Lindqvist (Finland), whose patient "
     "consultations during the year had helped the membership to reach agreement on the budgetary "
     "questions that had divided it in 2001. Migration, he observed, had moved to the centre of the "
     "international agenda, and the Council had an opportunity to show that the Organization could "
     "meet the expectations of its Members in a practical and cost-effective way."),
    ("para", "10", "The representative of DENMARK, speaking on behalf of the European Union, "
     "congratulated the new officers and assured the Chairperson of the Union\u2019s full "
     "cooperation. The representatives of EGYPT, PERU and THAILAND associated themselves with "
     "those congratulations."),
    ("heading", "ADOPTION OF THE AGENDA (MC/2078)", "agenda"),
    ("para", "11", "THE CHAIRPERSON drew attention to the provisional agenda (MC/2078) and to the "
     "proposed timetable set out in Conference Room Paper No. 3. He suggested that the Council "
     "devote the afternoon of Tuesday, 3 December 2002, to the International Dialogue on Migration, "
     "for which a background paper (MC/INF/258) had been circulated, and that the Programme and "
     "Budget for 2003 (MC/2080) be taken up on the morning of Wednesday, 4 December."),
    ("para", "12", "The representative of MEXICO requested that an oral report on the "
     "consultations held within the framework of the Berne Initiative be given under \u201cOther "
     "business\u201d. The representative of SWITZERLAND supported the request."),
    ("para", "13", "The provisional agenda, as orally amended, was adopted.{3}"),
    ("heading", "ADMISSION OF NEW MEMBERS AND OBSERVERS", "adm"),
    ("sub", "(a)", "Applications for membership", "adm_a"),
    ("para", "14", "THE CHAIRPERSON said that the Council had before it applications for "
     "membership from the Democratic Republic of Timor-Leste (MC/2083) and the Islamic Republic of "
     "Mauritania (MC/2084). Both Governments had formally accepted the Constitution of the "
     "Organization, and the financial contributions proposed for them had been agreed with the "
     "Sub-Committee on Budget and Finance."),
    ("para", "15", "The representative of INDONESIA warmly welcomed the application of "
     "Timor-Leste, with which his country had worked closely on the return of displaced persons "
     "since 1999. The representatives of MOROCCO and SENEGAL spoke in support of the application "
     "of Mauritania."),
    ("para", "16", "The Council adopted by acclamation Resolution No. 1077 (LXXXIV) admitting the "
     "Democratic Republic of Timor-Leste and Resolution No. 1078 (LXXXIV) admitting the Islamic "
     "Republic of Mauritania as Members of the Organization.{4}"),
    ("para", "17", "The representative of TIMOR-LESTE said that membership came at a decisive "
     "moment for his country, which had become independent only in May 2002 and was still "
     "rebuilding its public administration. The Organization\u2019s help in bringing home more "
     "than 200,000 persons from West Timor had been a concrete expression of international "
     "solidarity."),
    ("para", "18", "The representative of MAURITANIA thanked the Council and said that his "
     "Government intended to work with the Organization on transit migration and on the management "
     "of its long land and sea borders."),
    ("sub", "(b)", "Applications for representation by observers", "adm_b"),
    ("para", "19", "THE CHAIRPERSON noted that requests for observer status had been received "
     "from the Economic Community of West African States (MC/2085) and from the Asian Migrant "
     "Centre (MC/2086)."),
    ("para", "20", "The Council adopted Resolutions Nos. 1079 (LXXXIV) and 1080 (LXXXIV), granting "
     "observer status to the two organizations."),
    ("para", "21", "The observer for the ECONOMIC COMMUNITY OF WEST AFRICAN STATES expressed "
     "appreciation and said that free movement of persons within the subregion would be a natural "
     "field for joint work."),
    ("heading", "STATEMENT BY THE DIRECTOR GENERAL", "dg"),
    ("para", "22", "THE DIRECTOR GENERAL, welcoming the new Members and observers, said that 2002 "
     "had been a year of consolidation after the rapid expansion of the late 1990s.{5} Operational "
     "expenditure was expected to total some USD 440 million, against USD 388 million in 2001, "
     "while the Administrative Part of the Budget had again been held at zero nominal growth."),
    ("para", "23", "The Organization had assisted more than 460,000 migrants during the year. "
     "Large-scale return and reintegration programmes in Afghanistan and Timor-Leste accounted for "
     "almost a third of that number, and the counter-trafficking portfolio had grown to over 90 "
     "projects in 55 countries."),
    ("para", "24", "Looking ahead to 2003, he identified three priorities:"),
    ("bullet", "strengthening the Organization\u2019s capacity to advise Governments on migration "
     "management and policy;"),
    ("bullet", "placing staff security on a sound and predictable financial footing; and"),
    ("bullet", "deepening partnerships with regional bodies, including those admitted as observers "
     "at the present meeting."),
    ("para", "25", "He expressed concern that, as at 31 October 2002, assessed contributions "
     "totalling CHF 5.3 million remained outstanding, CHF 3.1 million of which was owed by eleven "
     "Member States that had lost their voting rights under Article 4 of the Constitution. He "
     "appealed to those States to settle their arrears or to agree on payment plans, as the Council "
     "had urged in Resolution No. 1053 (LXXX) of 30 November 2000."),
    ("heading", "GENERAL DEBATE", "gd"),
    ("para", "26", "The representative of DENMARK, speaking on behalf of the European Union,{6} "
     "welcomed the Director General\u2019s emphasis on policy advice. The Union attached "
     "importance to the International Dialogue on Migration as a forum for frank exchange among "
     "States, and hoped that the Administration would continue to report to the Council on the "
     "results of the regional consultative processes it supported."),
    ("para", "27", "The representative of the UNITED STATES OF AMERICA said that his Government "
     "would maintain its support for the Organization\u2019s resettlement operations, which in "
     "2002 had been slowed by enhanced security procedures. He encouraged the Administration to "
     "keep the growth of its administrative structure in step with that of its projects."),
    ("para", "28", "The representative of SENEGAL, speaking on behalf of the African Group, "
     "stressed the links between migration and development and asked that the contribution of "
     "African diasporas to the development of their countries of origin become a standing theme "
     "of the Dialogue. The Group welcomed Mauritania and the Economic Community of West African "
     "States to the work of the Council."),
    ("para", "29", "The representative of COLOMBIA described the assistance that the Organization "
     "was providing to internally displaced persons and to communities receiving them in his "
     "country, and thanked the donors whose contributions had made that programme possible."),
    ("para", "30", "The representative of JAPAN supported the policy of zero nominal growth but "
     "observed that the security of staff could not be assured without adequate resources; his "
     "delegation was ready to examine the relevant proposals in the Programme and Budget for 2003."),
    ("para", "31", "The observer for the HOLY SEE recalled that behind every figure cited there "
     "was a person whose dignity had to be respected, and urged that the protection of trafficked "
     "women and children remain at the centre of the Organization\u2019s counter-trafficking "
     "work."),
    ("para", "32", "THE CHAIRPERSON announced that fourteen further speakers had inscribed "
     "themselves and that the general debate would continue at the afternoon meeting."),
    ("text", "The meeting rose at 1.05 p.m."),
]

CONTENTS = [
    (0, "Opening of the session", "open"),
    (0, "Credentials of representatives and observers", "cred"),
    (0, "Election of officers", "elec"),
    (0, "Adoption of the agenda", "agenda"),
    (0, "Admission of new Members and observers", "adm"),
    (1, "(a)\tApplications for membership", "adm_a"),
    (1, "(b)\tApplications for representation by observers", "adm_b"),
    (0, "Statement by the Director General", "dg"),
    (0, "General debate", "gd"),
]

MARK = re.compile(r"\{(\d+)\}")


class Doc(FPDF):
    def __init__(self):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.add_font("Serif", "", os.path.join(FONT_DIR, "DejaVuSerif.ttf"))
        self.add_font("Serif", "B", os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf"))
        self.add_font("Serif", "I", os.path.join(FONT_DIR, "DejaVuSerif-Italic.ttf"))
        self.set_auto_page_break(False)
        self.set_margins(LM, 20, RM)

    def header(self):
        if self.page_no() > 1:
            self.set_font("Serif", "", FS)
            w = self.get_string_width(SYMBOL)
            self.text(PAGE_W - RM - w, 16, SYMBOL)
            lab = "Page %d" % self.page_no()
            w = self.get_string_width(lab)
            self.text(PAGE_W - RM - w, 21, lab)


def tokens(text):
    """Split text into words; each word is (text, [markers])."""
    out = []
    for w in text.split(" "):
        marks = MARK.findall(w)
        out.append((MARK.sub("", w), marks))
    return out


def word_width(pdf, tok, size, style=""):
    pdf.set_font("Serif", style, size)
    w = pdf.get_string_width(tok[0])
    if tok[1]:
        pdf.set_font("Serif", "", SUP_FS)
        w += pdf.get_string_width(",".join(tok[1]))
    return w


def wrap(pdf, text, first_w, rest_w, size=FS, style=""):
    toks = tokens(text)
    pdf.set_font("Serif", style, size)
    space = pdf.get_string_width(" ")
    lines, cur, cur_w = [], [], 0.0
    limit = first_w
    for t in toks:
        tw = word_width(pdf, t, size, style)
        need = tw if not cur else cur_w + space + tw
        if cur and need > limit:
            lines.append(cur)
            cur, cur_w = [t], tw
            limit = rest_w
        else:
            cur.append(t)
            cur_w = need
    if cur:
        lines.append(cur)
    return lines


def draw_line(pdf, x, y, toks, size=FS, style=""):
    pdf.set_font("Serif", style, size)
    space = pdf.get_string_width(" ")
    for i, t in enumerate(toks):
        if i:
            x += space
        pdf.set_font("Serif", style, size)
        pdf.text(x, y, t[0])
        x += pdf.get_string_width(t[0])
        if t[1]:
            pdf.set_font("Serif", "", SUP_FS)
            m = ",".join(t[1])
            pdf.text(x, y - size * 0.352778 * 0.38, m)
            x += pdf.get_string_width(m)


class Layout:
    def __init__(self, pdf):
        self.pdf = pdf
        self.fns = []        # footnotes on current page
        self.y = None
        self.heading_pages = {}

    def fn_height(self, fns):
        if not fns:
            return 0.0
        h = 5.0
        for m in fns:
            h += FN_LH * len(wrap(self.pdf, FOOTNOTES[m], TEXT_W - 6, TEXT_W - 6, FN_FS)) + 0.8
        return h

    def new_page(self):
        if self.y is not None:
            self.flush_footnotes()
        self.pdf.add_page()
        self.y = BODY_TOP
        self.fns = []

    def flush_footnotes(self):
        if not self.fns:
            return
        pdf = self.pdf
        y = BODY_BOTTOM - self.fn_height(self.fns) + 4.0
        pdf.set_font("Serif", "", FN_FS)
        pdf.text(LM, y, "_" * 18)
        y += 5.0
        for m in self.fns:
            pdf.set_font("Serif", "", SUP_FS)
            pdf.text(LM, y - 1.3, m)
            for ln in wrap(pdf, FOOTNOTES[m], TEXT_W - 6, TEXT_W - 6, FN_FS):
                draw_line(pdf, LM + 6, y, ln, FN_FS)
                y += FN_LH
            y += 0.8
        self.fns = []

    def room(self, lines_needed, extra_fns=()):
        limit = BODY_BOTTOM - self.fn_height(self.fns + list(extra_fns))
        return self.y + lines_needed * LH <= limit

    def place_lines(self, lines, x_first, x_rest, label=None, label_x=None, style=""):
        for i, ln in enumerate(lines):
            marks = [m for t in ln for m in t[1]]
            if not self.room(1, marks):
                self.new_page()
            self.fns.extend(marks)
            base = self.y + LH - 1.4
            if i == 0 and label is not None:
                self.pdf.set_font("Serif", "", FS)
                self.pdf.text(label_x, base, label)
            draw_line(self.pdf, x_first if i == 0 else x_rest, base, ln, FS, style)
            self.y += LH

    def gap(self, g=3.0):
        self.y += g

    def block(self, b):
        pdf = self.pdf
        kind = b[0]
        if kind == "heading":
            if not self.room(4):
                self.new_page()
            self.gap(2.0)
            self.heading_pages[b[2]] = pdf.page_no()
            lines = wrap(pdf, b[1], TEXT_W, TEXT_W, FS, "B")
            self.place_lines(lines, LM, LM, style="B")
            self.gap(3.0)
        elif kind == "sub":
            if not self.room(3):
                self.new_page()
            self.heading_pages[b[3]] = pdf.page_no()
            pdf.set_font("Serif", "B", FS)
            lines = wrap(pdf, b[2], TEXT_W - ITEM_TEXT, TEXT_W - ITEM_TEXT, FS, "B")
            self.place_lines(lines, LM + 10, LM + 10, label=b[1], label_x=LM, style="B")
            self.gap(3.0)
        elif kind == "para":
            lines = wrap(pdf, b[2], TEXT_W - NUM_INDENT, TEXT_W)
            if len(lines) > 1 and not self.room(2):
                self.new_page()
            self.place_lines(lines, LM + NUM_INDENT, LM, label=b[1] + ".", label_x=LM)
            self.gap(3.0)
        elif kind == "item":
            lines = wrap(pdf, b[2], TEXT_W - ITEM_TEXT, TEXT_W - ITEM_TEXT)
            self.place_lines(lines, LM + ITEM_TEXT, LM + ITEM_TEXT, label=b[1],
                             label_x=LM + ITEM_LABEL)
            self.gap(2.0)
        elif kind == "bullet":
            lines = wrap(pdf, b[1], TEXT_W - ITEM_TEXT, TEXT_W - ITEM_TEXT)
            self.place_lines(lines, LM + ITEM_TEXT, LM + ITEM_TEXT, label="\u2022",
                             label_x=LM + ITEM_LABEL + 2)
            self.gap(2.0)
        elif kind == "text":
            lines = wrap(pdf, b[1], TEXT_W - NUM_INDENT, TEXT_W - NUM_INDENT, FS, "I")
            self.place_lines(lines, LM + NUM_INDENT, LM + NUM_INDENT, style="I")
            self.gap(3.0)


def centred(pdf, y, s, style="", size=FS):
    pdf.set_font("Serif", style, size)
    w = pdf.get_string_width(s)
    pdf.text((PAGE_W - w) / 2, y, s)


def right(pdf, y, s, style="", size=FS):
    pdf.set_font("Serif", style, size)
    w = pdf.get_string_width(s)
    pdf.text(PAGE_W - RM - w, y, s)


def cover(pdf, toc_pages):
    pdf.add_page()
    right(pdf, 20, SYMBOL)
    right(pdf, 25.5, "Original: ENGLISH")
    right(pdf, 31, "20 December 2002")
    pdf.set_font("Serif", "B", FS)
    pdf.text(LM, 42, "EIGHTY-FOURTH SESSION")
    pdf.set_line_width(0.4)
    pdf.line(LM, 46, PAGE_W - RM, 46)
    centred(pdf, 60, "PROVISIONAL SUMMARY RECORD OF THE", "B", 11.5)
    centred(pdf, 66, "FOUR HUNDRED AND FORTY-SIXTH MEETING", "B", 11.5)
    centred(pdf, 79, "Held at the Palais des Nations, Geneva,")
    centred(pdf, 84.5, "on Monday, 2 December 2002, at 10.10 a.m.")
    pdf.set_font("Serif", "", FS)
    pdf.text(LM, 98, "Chairperson:")
    pdf.text(LM + 30, 98, "Mr. K. Lindqvist (Finland)")
    pdf.text(LM + 12, 103.5, "later:")
    pdf.text(LM + 30, 103.5, "Mr. R. Mwansa (Zambia)")

    centred(pdf, 120, "CONTENTS", "B")
    right(pdf, 128, "Page")
    y = 136.0
    pdf.set_font("Serif", "", FS)
    page_x_right = PAGE_W - RM
    for level, title, key in CONTENTS:
        x = LM + (10 if level else 0)
        pdf.set_font("Serif", "", FS)
        if "\t" in title:
            lab, rest = title.split("\t")
            pdf.text(x, y, lab)
            x += 10
            pdf.text(x, y, rest)
            end = x + pdf.get_string_width(rest)
        else:
            pdf.text(x, y, title)
            end = x + pdf.get_string_width(title)
        pg = str(toc_pages.get(key, 0))
        pw = pdf.get_string_width(pg)
        dot_w = pdf.get_string_width(".")
        start = end + 2
        stop = page_x_right - 6 - pw
        n = int((stop - start) / dot_w)
        pdf.text(start, y, "." * max(n, 3))
        pdf.text(page_x_right - pw, y, pg)
        y += 7.0

    # cover note
    pdf.set_font("Serif", "", FN_FS)
    pdf.text(LM, 236, "_" * 18)
    note = ("Corrections to this provisional record should be submitted in writing, in one of "
            "the working languages of the Organization, to the Governing Bodies Secretariat "
            "within two weeks of the date of issue. They will be incorporated in the final "
            "summary record.")
    yy = 241.0
    for ln in wrap(pdf, note, TEXT_W, TEXT_W, FN_FS):
        draw_line(pdf, LM, yy, ln, FN_FS)
        yy += FN_LH
    # trilingual footer
    pdf.set_font("Serif", "B", 11)
    pdf.text(LM, 280, "COUNCIL")
    centred(pdf, 280, "CONSEIL", "B", 11)
    right(pdf, 280, "CONSEJO", "B", 11)


def build(toc_pages):
    pdf = Doc()
    pdf.set_title("MC/C/SR/446 - Provisional summary record of the 446th meeting")
    cover(pdf, toc_pages)
    lay = Layout(pdf)
    lay.new_page()
    prev = None
    for b in BODY:
        if prev in ("item", "bullet") and b[0] not in ("item", "bullet"):
            lay.gap(2.0)
        lay.block(b)
        prev = b[0]
    lay.flush_footnotes()
    return pdf, lay.heading_pages


if __name__ == "__main__":
    _, pages = build({})
    pdf, pages2 = build(pages)
    assert pages == pages2
    pdf.output(OUT)
    print("pages:", pdf.page_no(), pages)
