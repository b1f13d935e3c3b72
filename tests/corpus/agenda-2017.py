# Draws agenda-2017.pdf: annotated provisional agenda, SCPF Twentieth Session (2017), with fpdf2.
from fpdf import FPDF

SYMBOL = "S/20/1"

PAGE_W, PAGE_H = 210, 297
LM = 25            # left margin: item numbers hang here
TX = 37            # item titles and annotations
COL_R = 141        # right edge of the text column
DX = 150           # documents column
DW = 40            # documents column width
RM = 190
TOP = 34           # first baseline on continuation pages
BOTTOM = 272       # last usable baseline (no footnote)
LH = 5.2           # body line height
FN_LH = 4.2

ITEMS = [
    {
        "title": "Adoption of the agenda",
        "docs": ["S/20/1"],
        "note": (
            "The Standing Committee will be invited to adopt its agenda. The provisional agenda was "
            "drawn up by the Administration in consultation with the Bureau, taking into account the "
            "matters that the Standing Committee agreed at its Nineteenth Session to keep under review, "
            "and is submitted in accordance with Rule 5 of the Rules of Procedure of the Standing "
            "Committee on Programmes and Finance."
        ),
    },
    {
        "title": "Financial report for the year ended 31 December 2016 and report of the External Auditor",
        "docs": ["C/108/3", "C/108/4"],
        "note": (
            "The Administration will introduce the Director General\u2019s financial report for 2016, "
            "which contains the audited financial statements of the Organization, and the External "
            "Auditor will present the main findings and the opinion resulting from the audit. The "
            "Standing Committee may wish to take note of both documents and to recommend that the "
            "Council approve the financial report at its 108th Session."
        ),
    },
    {
        "title": "Status report on outstanding contributions to the Administrative Part of the Budget",
        "docs": ["S/20/4"],
        "note": (
            "The Administration will report on the assessed contributions received since the "
            "Nineteenth Session and on the arrears of those Member States that are subject to Article 4 "
            "of the Constitution. Delegations whose Governments have concluded a payment plan will be "
            "invited to inform the Standing Committee of the progress made in honouring it. The "
            "Standing Committee may wish to urge Member States in arrears to pay their contributions "
            "in full or to agree on a payment plan with the Administration."
        ),
    },
    {
        "title": "Revision of the Programme and Budget for 2017",
        "docs": ["S/20/5"],
        "note": (
            "The Programme and Budget for 2017 (C/107/7) was approved by the Council in December "
            "2016.^1 The present revision reflects the projects and funding confirmed during the first "
            "four months of the year. The Administrative Part of the Budget remains unchanged at "
            "CHF 49,965,000, while the Operational Part of the Budget has increased from "
            "USD 799.7 million to USD 1,384.4 million, mainly as a result of new emergency and "
            "post-crisis activities in the Middle East and the Horn of Africa. The Standing Committee "
            "is invited to take note of the revised estimates."
        ),
    },
    {
        "title": "Scale of assessment for 2018",
        "docs": ["S/20/6"],
        "note": (
            "In line with the practice agreed by the Member States, the IOM scale of assessment for "
            "2018 is derived from the United Nations scale of assessments adopted by the General "
            "Assembly in resolution 70/245, adjusted to reflect the membership of the Organization. "
            "The proposed scale incorporates the four Member States admitted at the 107th Session of "
            "the Council. The Standing Committee is requested to recommend the scale to the Council "
            "for approval."
        ),
    },
    {
        "title": "Statement by a representative of the Staff Association",
        "docs": ["Conference Room Paper (CRP) No. 2"],
        "note": (
            "As is customary at the summer session, a representative of the Staff Association will "
            "address the Standing Committee on matters of concern to the staff. The text of the "
            "statement will be made available to delegations at the session."
        ),
    },
    {
        "title": "Update on the Internal Governance Framework",
        "docs": ["S/20/7"],
        "note": (
            "The Administration will brief the Standing Committee on the progress made since "
            "November 2016 in implementing the Internal Governance Framework, notably the measures "
            "taken to strengthen results-based management and risk management, and the transfer of "
            "selected functions from Headquarters to the regional offices."
        ),
    },
    {
        "title": "Reports on oversight and accountability:",
        "docs": [],
        "subs": [
            ("(a)", "Report of the Audit and Oversight Advisory Committee", ["S/20/8"]),
            ("(b)", "Annual report of the Office of the Inspector General for the period from "
                    "1 January to 31 December 2016", ["S/20/9"]),
            ("(c)", "Report on the implementation of the recommendations of the External Auditor",
             ["S/20/10"]),
        ],
        "note": (
            "Under sub-item (a), the Chairperson of the Audit and Oversight Advisory Committee will "
            "present the Committee\u2019s annual report. Under sub-items (b) and (c), the Inspector "
            "General and the Administration will report, respectively, on the internal audit, "
            "investigation and evaluation work carried out in 2016 and on the status of the "
            "recommendations made by the External Auditor in respect of the financial year 2015. The "
            "Standing Committee may wish to take note of the three reports."
        ),
    },
    {
        "title": "IOM\u2019s contribution to the development of the global compact for safe, orderly "
                 "and regular migration",
        "docs": ["S/20/11", "S/20/12"],
        "note": (
            "Since the adoption of the New York Declaration for Refugees and Migrants by the United "
            "Nations General Assembly on 19 September 2016, IOM has been providing technical and policy "
            "expertise to the intergovernmental process leading to the global compact. Member States "
            "will be informed of the outcome of the informal thematic sessions held so far, of the "
            "regional consultations under way and of the preparations for the stocktaking meeting "
            "planned for December 2017. Document S/20/12 compiles the contributions received from the "
            "regional consultative processes on migration."
        ),
    },
    {
        "title": "Relations between IOM and the United Nations",
        "docs": ["S/20/13"],
        "note": (
            "By Resolution No. 1317 of 30 June 2016, the Council approved the Agreement concerning the "
            "Relationship between the United Nations and the International Organization for Migration, "
            "which was signed on 19 September 2016. The Administration will present an overview of the "
            "practical implications of the Agreement, including the participation of IOM in the "
            "coordination mechanisms of the United Nations system."
        ),
    },
    {
        "title": "Exchange of views on items proposed by the Members",
        "docs": ["S/20/14"],
        "note": (
            "At the informal consultations held in April 2017, Member States proposed that the "
            "Standing Committee hold an exchange of views on the Organization\u2019s approach to "
            "migrants in countries in crisis and on the funding of its core structure. A background "
            "paper prepared by the Administration sets out the questions that delegations may wish to "
            "address. The outcome of the discussion will be reflected in the report of the "
            "Chairperson to the Council."
        ),
    },
    {
        "title": "Other business",
        "docs": [],
        "note": "Any other matter raised by Member States will be taken up under this item.",
    },
    {
        "title": "Date of the next session",
        "docs": [],
        "note": (
            "The Twenty-first Session of the Standing Committee is tentatively scheduled to be held on "
            "1 and 2 November 2017. The Standing Committee will be invited to confirm those dates."
        ),
    },
    {
        "title": "Closure of the session",
        "docs": [],
        "note": "The Chairperson will declare the session closed upon completion of the agenda.",
    },
]

FOOTNOTES = {
    "1": (
        "Resolution No. 1336 of 5 December 2016 on the Programme and Budget for 2017. The summary "
        "update on the Programme and Budget for 2017 (S/19/6) was considered by the Standing "
        "Committee at its Nineteenth Session."
    ),
}

COVER_NOTE = (
    "The annotations have been prepared by the Administration to assist delegations in their "
    "consideration of the agenda items. The provisional timetable of the session is contained in "
    "document S/20/2."
)


class Doc(FPDF):
    def __init__(self):
        super().__init__(unit="mm", format="A4")
        self.core_fonts_encoding = "windows-1252"
        self.set_auto_page_break(False)
        self.set_margins(LM, 20, PAGE_W - RM)
        self.page_notes = []   # footnote markers placed on the current page
        self.y_base = TOP
        self.limit = BOTTOM

    # ---- low-level helpers -------------------------------------------------------------
    def sw(self, s, style="", size=11):
        self.set_font("Times", style, size)
        return self.get_string_width(s)

    def wrap(self, text, width, style="", size=11):
        """Greedy wrap; words may carry a ^N footnote marker."""
        words = text.split()
        lines, cur = [], []
        for w in words:
            trial = cur + [w]
            if cur and self.words_width(trial, style, size) > width:
                lines.append(cur)
                cur = [w]
            else:
                cur = trial
        if cur:
            lines.append(cur)
        return lines

    def word_width(self, w, style, size):
        if "^" in w:
            base, mark = w.split("^")
            return self.sw(base, style, size) + self.sw(mark, "", size * 0.62)
        return self.sw(w, style, size)

    def words_width(self, words, style, size):
        space = self.sw(" ", style, size)
        return sum(self.word_width(w, style, size) for w in words) + space * (len(words) - 1)

    def draw_line(self, words, x, y, style="", size=11):
        """Draw one line at baseline y; a ^N marker is raised and smaller."""
        self.set_font("Times", style, size)
        space = self.get_string_width(" ")
        buf = []
        for w in words:
            if "^" in w:
                base, mark = w.split("^")
                buf.append(base)
                s = " ".join(buf)
                self.set_font("Times", style, size)
                self.text(x, y, s)
                x += self.get_string_width(s)
                self.set_font("Times", "", size * 0.62)
                self.text(x, y - size * 0.14, mark)
                x += self.get_string_width(mark) + space
                self.page_notes.append(mark)
                self.limit = BOTTOM - self.footnote_height()
                buf = []
            else:
                buf.append(w)
        if buf:
            self.set_font("Times", style, size)
            self.text(x, y, " ".join(buf))

    # ---- page furniture ----------------------------------------------------------------
    def footnote_height(self):
        h = 6
        for m in self.page_notes:
            h += len(self.wrap(FOOTNOTES[m], RM - LM - 5, "", 9)) * FN_LH + 1
        return h

    def finish_page(self):
        if self.page_notes:
            y = BOTTOM - self.footnote_height() + 7
            self.set_line_width(0.2)
            self.line(LM, y - 3.6, LM + 50, y - 3.6)
            for m in self.page_notes:
                self.set_font("Times", "", 6)
                self.text(LM, y - 1.3, m)
                for ln in self.wrap(FOOTNOTES[m], RM - LM - 5, "", 9):
                    self._fn_line(ln, y)
                    y += FN_LH
                y += 1
        self.page_notes = []
        self.limit = BOTTOM

    def _fn_line(self, words, y):
        self.set_font("Times", "", 9)
        self.text(LM + 4, y, " ".join(words))

    def new_page(self):
        self.finish_page()
        self.add_page()
        self.set_font("Times", "", 10)
        for i, s in enumerate([SYMBOL, "Page %d" % self.page_no()]):
            self.text(RM - self.get_string_width(s), 15 + i * 4.6, s)
        self.y_base = TOP

    def need(self, h):
        if self.y_base + h > self.limit:
            self.new_page()

    # ---- content -------------------------------------------------------------------------
    def cover(self):
        self.add_page()
        self.set_font("Times", "B", 12)
        self.text(RM - self.get_string_width(SYMBOL), 20, SYMBOL)
        self.set_font("Times", "", 11)
        for i, s in enumerate(["Original: English", "19 May 2017"]):
            self.text(RM - self.get_string_width(s), 27 + i * 5, s)
        y = 52
        for s, st, sz in [("STANDING COMMITTEE ON PROGRAMMES AND FINANCE", "B", 12),
                          ("Twentieth Session", "", 12)]:
            self.set_font("Times", st, sz)
            self.text((PAGE_W - self.get_string_width(s)) / 2, y, s)
            y += 6.5
        self.set_line_width(0.4)
        self.line(LM, y - 1, RM, y - 1)
        y += 14
        self.set_font("Times", "B", 14)
        s = "ANNOTATED PROVISIONAL AGENDA"
        self.text((PAGE_W - self.get_string_width(s)) / 2, y, s)
        y += 11
        self.set_font("Times", "", 11)
        for s in ["Geneva", "27\u201328 June 2017"]:
            self.text((PAGE_W - self.get_string_width(s)) / 2, y, s)
            y += 5.4
        y += 9
        self.set_font("Times", "BU", 10)
        self.text(DX, y, "Documents")
        self.y_base = y + 9
        # cover note at the foot of the cover: reserve room for it
        note_lines = self.wrap(COVER_NOTE, RM - LM, "", 9.5)
        self.cover_note_top = BOTTOM + 4 - len(note_lines) * FN_LH
        self.limit = self.cover_note_top - 8
        self.cover_note_lines = note_lines

    def draw_cover_note(self):
        y = self.cover_note_top
        self.set_line_width(0.2)
        self.line(LM, y - 5, LM + 50, y - 5)
        for ln in self.cover_note_lines:
            self.set_font("Times", "", 9.5)
            self.text(LM, y, " ".join(ln))
            y += FN_LH

    def docs_lines(self, docs):
        out = []
        for d in docs:
            out += [" ".join(l) for l in self.wrap(d, DW, "", 10.5)]
        return out

    def heading_block(self, label, lx, x, title, docs, style="B", keep=2):
        tlines = self.wrap(title, COL_R - x, style, 11)
        dlines = self.docs_lines(docs)
        n = max(len(tlines), len(dlines))
        self.need(n * LH + keep * LH)   # keep the title with the start of what follows
        y = self.y_base
        self.set_font("Times", style, 11)
        self.text(lx, y, label)
        for i, ln in enumerate(tlines):
            self.draw_line(ln, x, y + i * LH, style, 11)
        for i, d in enumerate(dlines):
            self.set_font("Times", "", 10.5)
            self.text(DX, y + i * LH, d)
        self.y_base = y + n * LH

    def annotation(self, text):
        self.y_base += 1.6
        for ln in self.wrap(text, COL_R - TX, "", 11):
            # the marker line shrinks the usable page; check with the reduced limit
            if any("^" in w for w in ln):
                saved = list(self.page_notes)
                self.page_notes.append(ln[[("^" in w) for w in ln].index(True)].split("^")[1])
                lim = BOTTOM - self.footnote_height()
                self.page_notes = saved
                if self.y_base + LH > lim:
                    self.new_page()
            self.need(LH)
            self.draw_line(ln, TX, self.y_base, "", 11)
            self.y_base += LH
        self.y_base += 4.2

    def body(self):
        for n, it in enumerate(ITEMS, 1):
            self.heading_block("%d." % n, LM, TX, it["title"], it["docs"],
                               keep=3 if it.get("subs") else 2)
            for lab, sub, sdocs in it.get("subs", []):
                self.y_base += 1.2
                self.heading_block(lab, TX, TX + 9, sub, sdocs, style="B")
            self.annotation(it["note"])
        self.finish_page()


def main():
    pdf = Doc()
    pdf.cover()
    # draw the cover note once the cover page is complete
    orig_new_page = pdf.new_page

    def new_page_with_note():
        if pdf.page_no() == 1:
            pdf.draw_cover_note()
        orig_new_page()

    pdf.new_page = new_page_with_note
    pdf.body()
    pdf.output("agenda-2017.pdf")


if __name__ == "__main__":
    main()
