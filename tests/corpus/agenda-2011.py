# Draws agenda-2011.pdf: annotated provisional agenda of the Eighth Session of the
# Standing Committee on Programmes and Finance (SCPF/52, 15 April 2011). Invented content.
import re
from fpdf import FPDF

SYMBOL = "SCPF/52"
LM, RM = 20.0, 190.0          # text block
NUM_X = LM                    # hanging item number
ITEM_X = 31.0                 # item title / annotation indent
SUB_X = 41.0                  # sub-item title / annotation indent
DOC_X = 160.0                 # documents column
TOP_Y = 32.0                  # body top on pages 2+
BODY_PT, BODY_LH = 11, 5.4
FN_PT, FN_LH = 9, 4.0
PAGE1_FOOTER_TOP = 268.0      # trilingual cover footer on page 1
PAGE_BOTTOM = 282.0           # lowest text line on pages 2+

FOOTNOTES = {
    "1": "Delegations are requested to send the names of their representatives to the Governing "
         "Bodies Division by 3 May 2011. A provisional list of participants will be circulated as "
         "document SCPF/58 at the opening of the session.",
    "2": "Document MC/2316 revises the Programme and Budget for 2011 (MC/2294), which the Council "
         "approved by Resolution No. 1197 of 1 December 2010. It is issued in English only; the "
         "French and Spanish versions will follow.",
}


class Doc(FPDF):
    def __init__(self):
        super().__init__(format="A4", unit="mm")
        self.core_fonts_encoding = "cp1252"
        self.set_auto_page_break(False)
        self.set_margins(LM, 15, 210 - RM)
        self.fn_on_page = {}      # page -> list of markers
        self.y_cur = 0.0

    # ---------- page furniture ----------
    def header(self):
        if self.page_no() > 1:
            self.set_font("Helvetica", "", 10)
            self.set_xy(LM, 12)
            self.cell(RM - LM, 4.5, SYMBOL, align="R")
            self.set_xy(LM, 16.5)
            self.cell(RM - LM, 4.5, "Page %d" % self.page_no(), align="R")

    def footer(self):
        if self.page_no() == 1:
            self.set_draw_color(0)
            self.line(LM, PAGE1_FOOTER_TOP + 4, RM, PAGE1_FOOTER_TOP + 4)
            self.set_font("Helvetica", "B", 8)
            lines = ["STANDING COMMITTEE ON PROGRAMMES AND FINANCE",
                     "COMIT\u00c9 PERMANENT DES PROGRAMMES ET DES FINANCES",
                     "COMIT\u00c9 PERMANENTE DE PROGRAMAS Y FINANZAS"]
            y = PAGE1_FOOTER_TOP + 6
            for ln in lines:
                self.set_xy(LM, y)
                self.cell(RM - LM, 3.8, ln, align="C")
                y += 3.8
        self.draw_footnotes()

    # ---------- footnotes ----------
    def fn_lines(self, marker):
        self.set_font("Helvetica", "", FN_PT)
        return self.wrap(FOOTNOTES[marker], RM - LM - 5, "", FN_PT)

    def fn_height(self, markers):
        if not markers:
            return 0.0
        h = 5.0
        for m in markers:
            h += len(self.fn_lines(m)) * FN_LH + 1.0
        return h

    def bottom_limit(self, extra_markers=()):
        base = (PAGE1_FOOTER_TOP - 2) if self.page_no() == 1 else PAGE_BOTTOM
        markers = self.fn_on_page.get(self.page_no(), []) + list(extra_markers)
        return base - self.fn_height(markers)

    def draw_footnotes(self):
        markers = self.fn_on_page.get(self.page_no(), [])
        if not markers:
            return
        base = (PAGE1_FOOTER_TOP - 2) if self.page_no() == 1 else PAGE_BOTTOM
        y = base - self.fn_height(markers) + 2.5
        self.set_line_width(0.2)
        self.line(LM, y, LM + 45, y)
        y += 2.0
        for m in markers:
            lines = self.fn_lines(m)
            # raised marker
            self.set_font("Helvetica", "", 6.5)
            self.set_xy(LM, y - 0.8)
            self.cell(4, 3, m)
            self.set_font("Helvetica", "", FN_PT)
            for ln in lines:
                self.set_xy(LM + 5, y)
                self.cell(RM - LM - 5, FN_LH, ln)
                y += FN_LH
            y += 1.0

    # ---------- text ----------
    def word_width(self, word, style, size):
        parts = re.split(r"\{(\w+)\}", word)
        w = 0.0
        for i, p in enumerate(parts):
            if i % 2 == 0:
                self.set_font("Helvetica", style, size)
                w += self.get_string_width(p)
            else:
                self.set_font("Helvetica", "", size * 0.62)
                w += self.get_string_width(p) + 0.2
        self.set_font("Helvetica", style, size)
        return w

    def wrap(self, text, width, style, size):
        words = text.split()
        self.set_font("Helvetica", style, size)
        sp = self.get_string_width(" ")
        lines, cur, cur_w = [], [], 0.0
        for wd in words:
            ww = self.word_width(wd, style, size)
            if cur and cur_w + sp + ww > width:
                lines.append(cur)
                cur, cur_w = [wd], ww
            else:
                cur_w = cur_w + (sp if cur else 0) + ww
                cur.append(wd)
        if cur:
            lines.append(cur)
        return [" ".join(l) for l in lines]

    def draw_word(self, x, y, word, style, size, lh):
        parts = re.split(r"\{(\w+)\}", word)
        for i, p in enumerate(parts):
            if i % 2 == 0:
                if p:
                    self.set_font("Helvetica", style, size)
                    w = self.get_string_width(p)
                    self.set_xy(x, y)
                    self.cell(w, lh, p)
                    x += w
            else:
                self.set_font("Helvetica", "", size * 0.62)
                w = self.get_string_width(p)
                self.set_xy(x + 0.1, y - 1.3)
                self.cell(w, lh, p)
                x += w + 0.2
                if p not in self.fn_on_page.setdefault(self.page_no(), []):
                    self.fn_on_page[self.page_no()].append(p)
        self.set_font("Helvetica", style, size)
        return x

    def draw_line_text(self, x, y, line, style, size, lh, ws):
        """One text run per line (word spacing through Tw), raised markers in between."""
        parts = re.split(r"\{(\w+)\}", line)
        for i, p in enumerate(parts):
            if i % 2 == 0:
                if not p:
                    continue
                self.set_font("Helvetica", style, size)
                w = self.get_string_width(p) + p.count(" ") * ws
                self.set_xy(x, y)
                if ws:
                    self._out("%.3f Tw" % (ws * self.k))
                self.cell(w, lh, p)
                if ws:
                    self._out("0 Tw")
                x += w
            else:
                x = self.draw_word(x, y, "{%s}" % p, style, size, lh)
        self.set_font("Helvetica", style, size)

    def new_page(self):
        self.add_page()
        self.y_cur = TOP_Y

    def ensure(self, h, markers=()):
        if self.y_cur + h > self.bottom_limit(markers):
            self.new_page()

    def para(self, text, x, width, style="", size=BODY_PT, lh=BODY_LH, justify=True, keep=1):
        lines = self.wrap(text, width, style, size)
        self.ensure(lh * min(keep, len(lines)))
        for n, ln in enumerate(lines):
            markers = re.findall(r"\{(\w+)\}", ln)
            self.ensure(lh, markers)
            words = ln.split()
            last = (n == len(lines) - 1)
            self.set_font("Helvetica", style, size)
            natural = sum(self.word_width(w, style, size) for w in words)
            natural += self.get_string_width(" ") * (len(words) - 1)
            ws = 0.0
            if justify and not last and len(words) > 1:
                ws = (width - natural) / (len(words) - 1)
                if ws > 1.6:          # very loose line: leave it ragged
                    ws = 0.0
            self.draw_line_text(x, self.y_cur, ln, style, size, lh, ws)
            self.y_cur += lh
        return len(lines)

    # ---------- agenda items ----------
    def item_line(self, label, label_x, title, title_x, docs, annotations, keep_lines=3):
        """Label hanging at label_x, bold title from title_x, documents in the right column,
        then annotation paragraphs under the title."""
        title_w = DOC_X - 6 - title_x
        t_lines = self.wrap(title, title_w, "B", BODY_PT)
        need = max(len(t_lines), len(docs)) * BODY_LH + keep_lines * BODY_LH
        doc_markers = [m for d in docs for m in re.findall(r"\{(\w+)\}", d)]
        self.ensure(need, doc_markers)
        y0 = self.y_cur
        self.set_font("Helvetica", "B", BODY_PT)
        self.set_xy(label_x, y0)
        self.cell(title_x - label_x, BODY_LH, label)
        for i, ln in enumerate(t_lines):
            cx = title_x
            for w in ln.split():
                cx = self.draw_word(cx, y0 + i * BODY_LH, w, "B", BODY_PT, BODY_LH)
                cx += self.get_string_width(" ")
        for i, d in enumerate(docs):
            self.draw_word(DOC_X, y0 + i * BODY_LH, d, "", BODY_PT, BODY_LH)
        self.y_cur = y0 + max(len(t_lines), len(docs)) * BODY_LH + 2.0
        for a in annotations:
            self.para(a, title_x, RM - title_x, keep=2)
            self.y_cur += 2.6
        self.y_cur += 1.6


def build():
    pdf = Doc()
    pdf.add_page()

    # ---- header block ----
    pdf.set_font("Helvetica", "B", 12)
    pdf.set_xy(LM, 14)
    pdf.cell(RM - LM, 6, SYMBOL, align="R")
    pdf.set_font("Helvetica", "", 11)
    pdf.set_xy(LM, 21)
    pdf.cell(RM - LM, 5, "Original: English", align="R")
    pdf.set_xy(LM, 26)
    pdf.cell(RM - LM, 5, "15 April 2011", align="R")

    pdf.set_font("Helvetica", "B", 11)
    pdf.set_xy(LM, 39)
    pdf.cell(RM - LM, 5.5, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE", align="C")
    pdf.set_xy(LM, 45)
    pdf.cell(RM - LM, 5.5, "EIGHTH SESSION", align="C")
    pdf.set_font("Helvetica", "", 11)
    pdf.set_xy(LM, 51)
    pdf.cell(RM - LM, 5.5, "10-11 May 2011", align="C")
    pdf.set_line_width(0.4)
    pdf.line(LM, 60, RM, 60)

    pdf.set_font("Helvetica", "B", 13)
    pdf.set_xy(LM, 67)
    pdf.cell(RM - LM, 6, "PROVISIONAL AGENDA", align="C")
    pdf.set_font("Helvetica", "", 11)
    pdf.set_xy(LM, 76)
    pdf.cell(RM - LM, 5.5, "(Annotated)", align="C")
    pdf.y_cur = 89.0

    # ---- opening note (unnumbered) ----
    pdf.para("The Eighth Session of the Standing Committee on Programmes and Finance will be held "
             "in Room 2 of the International Conference Centre Geneva (CICG), 17 rue de Varemb\u00e9, "
             "from Tuesday, 10 May, to Wednesday, 11 May 2011. Meetings are scheduled from 10 a.m. "
             "to 1 p.m. and from 3 p.m. to 6 p.m.{1}", LM, RM - LM)
    pdf.y_cur += 3.0
    pdf.para("The annotations below are intended to assist delegations in preparing for the "
             "session. For each item they outline the questions before the Committee and list the "
             "relevant documents in the right-hand column. Unless indicated otherwise, documents are "
             "available in English, French and Spanish on the Member States' extranet site. The "
             "Committee's conclusions will be reported to the Executive Committee at its Hundred and "
             "eighth Session in June 2011.", LM, RM - LM)
    pdf.y_cur += 6.0

    # ---- items ----
    pdf.item_line("1.", NUM_X, "Opening of the session", ITEM_X, [],
                  ["The session will be opened by the Chairperson elected at the Seventh Session, "
                   "who will remain in the chair until the election of the new officers under "
                   "item 2."])

    pdf.item_line("2.", NUM_X, "Election of officers", ITEM_X, [],
                  ["In accordance with Rule 9 of the Rules of Procedure of the Standing Committee, "
                   "a Chairperson, a Vice-Chairperson and a Rapporteur are elected at the first "
                   "session of each calendar year and hold office until their successors have been "
                   "elected. Informal consultations among delegations on the candidatures are in "
                   "progress."])

    pdf.item_line("3.", NUM_X, "Adoption of the agenda", ITEM_X, ["SCPF/52"],
                  ["The Committee will be invited to adopt the provisional agenda set out in the "
                   "present document."])

    pdf.item_line("4.", NUM_X, "Report of the Director General on the work of the Organization "
                  "for the year 2010", ITEM_X, ["MC/2313"],
                  ["The report gives an account of the Organization's activities during 2010, a year "
                   "in which IOM responded to two of the largest natural disasters of recent decades, "
                   "the earthquake in Haiti and the floods in Pakistan, while continuing to expand its "
                   "programmes in the areas of migration health, labour migration and assisted "
                   "voluntary return. It is organized by service area and by region and is "
                   "complemented by statistical tables showing the number of migrants assisted and "
                   "the distribution of projects by category and by source of funding.",
                   "The Committee is invited to take note of the report and to transmit any comments "
                   "it may have to the Executive Committee, which will examine the report at its "
                   "Hundred and eighth Session."])

    pdf.item_line("5.", NUM_X, "Financial report for the year ended 31 December 2010", ITEM_X,
                  ["MC/2315", "SCPF/54"],
                  ["The Financial Report contains the audited financial statements of the "
                   "Organization for 2010, together with the report of the External Auditor. Total "
                   "expenditure for the year amounted to USD 1,352.3 million, of which USD 37.6 "
                   "million under the Administrative Part of the Budget and USD 1,314.7 million under "
                   "the Operational Part of the Budget. Document SCPF/54 informs the Committee of the "
                   "investment of the Organization's liquid assets and of the returns obtained in "
                   "2010."])

    pdf.item_line("6.", NUM_X, "Status reports on outstanding contributions", ITEM_X, [], [],
                  keep_lines=2)
    pdf.y_cur -= 3.2
    pdf.item_line("(a)", ITEM_X, "Contributions to the Administrative Part of the Budget", SUB_X,
                  ["SCPF/53"],
                  ["As at 31 March 2011, assessed contributions outstanding for 2010 and prior years "
                   "totalled CHF 4,812,366, owed by 23 Member States. The Administration will report "
                   "orally on the payments received since that date."])
    pdf.item_line("(b)", ITEM_X, "Member States in arrears under Article 4 of the Constitution",
                  SUB_X, ["SCPF/53/Add.1"],
                  ["A Member State whose arrears equal or exceed the contributions due from it for "
                   "the preceding two full years loses its right to vote under Article 4 of the "
                   "Constitution. The addendum lists the eleven Member States concerned and reports "
                   "on the payment plans concluded under the arrangements endorsed by the Council "
                   "in Resolution No. 1157 (XCIV)."])

    pdf.item_line("7.", NUM_X, "Programme and budget matters", ITEM_X, [], [], keep_lines=2)
    pdf.y_cur -= 3.2
    pdf.item_line("(a)", ITEM_X, "Programme and Budget for 2011: Revision", SUB_X,
                  ["MC/2316{2}"],
                  ["The Administrative Part of the Budget remains at CHF 39,356,000, the level "
                   "approved by the Council. The Operational Part has been revised from USD 720.1 "
                   "million to USD 1,126.7 million to take account of projects funded since the "
                   "original budget was prepared, in particular in response to the emergencies in "
                   "Haiti and Pakistan and, since February 2011, to the movement of migrants "
                   "across the borders of the Libyan Arab Jamahiriya."])
    pdf.item_line("(b)", ITEM_X, "Scale of assessment for 2012", SUB_X, ["SCPF/55"],
                  ["The proposed scale for 2012 covers the 132 Member States of the Organization, "
                   "including those admitted at the Ninety-ninth Session of the Council, and remains "
                   "harmonized with the United Nations scale of assessment for 2010-2012."])
    pdf.item_line("(c)", ITEM_X, "Report of the Working Group on Budget Reform", SUB_X,
                  ["SCPF/56"],
                  ["The Chairperson of the Working Group will present the outcome of its meetings "
                   "held between January and April 2011 on the funding of the Organization's core "
                   "structure. Options for a gradual increase in the Administrative Part of the "
                   "Budget are set out in Conference Room Paper (CRP) No. 34, which will be "
                   "distributed at the session."])

    pdf.item_line("8.", NUM_X, "Structural reform of the Organization: progress report", ITEM_X,
                  ["MC/INF/306"],
                  ["The information note describes the new field structure that took effect on "
                   "1 January 2011, under which nine Regional Offices replace the former Missions "
                   "with Regional Functions, and the transfer of support functions from "
                   "Headquarters to the Administrative Centres in Manila and Panama. The Committee "
                   "is invited to comment on the progress made and on the timetable for the remaining "
                   "phases of the reform."])

    pdf.item_line("9.", NUM_X, "Human resources management report", ITEM_X, ["SCPF/57"],
                  ["As at 31 December 2010, the Organization employed 7,813 staff, 1,117 officials "
                   "and 6,696 employees, in more than 440 locations. The report reviews recruitment, "
                   "geographical distribution, gender balance and staff mobility, and outlines the "
                   "measures planned for 2011 to improve staff security in the field."])

    pdf.item_line("10.", NUM_X, "Other business", ITEM_X, [],
                  ["The Ninth Session of the Standing Committee is provisionally scheduled for "
                   "25 and 26 October 2011, subject to confirmation by the Committee."])

    pdf.item_line("11.", NUM_X, "Closure of the session", ITEM_X, [], [])

    pdf.output("agenda-2011.pdf")


if __name__ == "__main__":
    build()
