"""Draw agenda-2019c.pdf: annotated provisional agenda of the IOM Standing Committee
on Programmes and Finance, Twenty-fifth Session (2019), symbol S/25/1. Library: fpdf2."""
import os
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "agenda-2019c.pdf")

SYMBOL = "S/25/1"
PAGE_W, PAGE_H = 210, 297
LM, RM, TM = 25, 20, 20
BASE_BOTTOM = 22
NUM_X = LM            # margin of item numbers and of point numbers
TEXT_X = LM + 9       # text after a number
SUB_LABEL_X = TEXT_X  # (a) labels
SUB_TEXT_X = TEXT_X + 9
DOC_X = 163           # documents column
TITLE_RIGHT = 156     # right edge of item titles in the list
BODY = 11
LH = 5.6              # line height of body text


class AgendaPDF(FPDF):
    def __init__(self):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_margins(LM, TM, RM)
        self.set_auto_page_break(True, margin=BASE_BOTTOM)
        self.footnotes = {}   # page -> list of (marker, text)
        self.sup_scale = 0.62
        self.sup_lift = 0.38

    # running header on every page after the first
    def header(self):
        self.set_auto_page_break(True, margin=BASE_BOTTOM)
        if self.page_no() > 1:
            self.set_font("Times", "", BODY)
            self.set_xy(LM, 10)
            self.cell(PAGE_W - LM - RM, 5, SYMBOL, align="R", new_x="LMARGIN", new_y="NEXT")
            self.cell(PAGE_W - LM - RM, 5, f"Page {self.page_no()}", align="R",
                      new_x="LMARGIN", new_y="NEXT")
            self.set_y(TM + 8)

    # footnotes of the page, at its foot
    def footer(self):
        notes = self.footnotes.get(self.page_no(), [])
        if not notes:
            return
        saved = (self.l_margin, self.r_margin)
        self.set_left_margin(LM)
        self.set_right_margin(RM)
        y = PAGE_H - BASE_BOTTOM - self.footnote_height(notes)
        self.set_font("Times", "", BODY)
        self.set_xy(LM, y)
        self.cell(40, 4.5, "__________", new_x="LMARGIN", new_y="NEXT")
        self.ln(1)
        for marker, text in notes:
            self.set_font("Times", "", 9)
            self.char_vpos = "SUP"
            self.write(4.4, marker)
            self.char_vpos = "LINE"
            self.set_font("Times", "", 9)
            self.write(4.4, " " + text)
            self.ln(4.8)
        self.set_left_margin(saved[0])
        self.set_right_margin(saved[1])

    def footnote_height(self, notes):
        h = 6.5
        self.set_font("Times", "", 9)
        for _, text in notes:
            w = self.get_string_width(text) + 4
            lines = int(w // (PAGE_W - LM - RM)) + 1
            h += lines * 4.4 + 0.4
        return h

    def add_footnote(self, marker, text):
        page = self.page_no()
        self.footnotes.setdefault(page, []).append((marker, text))
        reserve = self.footnote_height(self.footnotes[page]) + 3
        self.set_auto_page_break(True, margin=BASE_BOTTOM + reserve)

    # --- flowing text -------------------------------------------------------
    def flow(self, segments, first_x, left_x, right_x, h=LH):
        """Write segments (text, style, kind) starting at first_x on the current line,
        wrapping back to left_x. kind: None, 'sup' (raised marker) or
        ('note', text) (raised marker whose footnote goes on the current page)."""
        self.set_left_margin(left_x)
        self.set_right_margin(PAGE_W - right_x)
        self.set_x(first_x)
        for text, style, kind in segments:
            self.set_font("Times", style, BODY)
            if kind is None:
                self.write(h, text)
            else:
                self.char_vpos = "SUP"
                self.write(h, text)
                self.char_vpos = "LINE"
                if isinstance(kind, tuple):
                    self.add_footnote(text, kind[1])
        self.ln(h)
        self.set_left_margin(LM)
        self.set_right_margin(RM)

    def room_left(self):
        return self.page_break_trigger - self.get_y()

    def keep(self, needed):
        if self.room_left() < needed:
            self.add_page()


# ---------------------------------------------------------------------------
# Content
# ---------------------------------------------------------------------------

NOTE_1 = ("The Bureau agreed on 5 September 2019 to add this item at the request of "
          "several Member States, which had asked for the policy to be reviewed before the "
          "end of the year.")
NOTE_2 = "The report on that session is contained in document S/24/13."

# list of items: (number, title segments, documents, sub-items)
# sub-item: (label, title, documents)
AGENDA = [
    ("1", [("Opening of the session by the Chairperson", "", None)], [], []),
    ("2", [("Consideration and adoption of the provisional agenda", "", None)], ["S/25/1"], []),
    ("3", [("Oral overview by the Administration of developments since the "
            "Twenty-fourth Session", "", None)], [], []),
    ("4", [("Financial contributions and the state of the Organization's finances:", "", None)],
     ["S/25/2"],
     [("(a)", "Assessed contributions outstanding to the Administrative Part of the Budget",
       ["S/25/3"]),
      ("(b)", "Payment plans proposed by Member States in arrears", ["S/25/4"])]),
    ("5", [("Draft Programme and Budget for 2020", "", None)], ["C/110/6", "S/25/5"], []),
    ("6", [("Revised scale of assessment for 2020", "", None)], ["S/25/6"], []),
    ("7", [("Oversight and accountability", "", None)], [],
     [("(a)", "Annual report of the Independent Audit and Oversight Advisory Committee",
       ["S/25/7"]),
      ("(b)", "Progress in carrying out the recommendations of the External Auditor",
       ["S/25/8"]),
      ("(c)", "Update on the reforms carried out under the internal governance framework",
       ["S/25/9"])]),
    ("8", [("Revised investment policy for the Organization's liquid assets", "", None),
           ("1", "", ("note", NOTE_1))], ["S/25/10"], []),
    ("9", [("Use of the staff security mechanism in the first half of 2019", "", None)],
     ["S/25/11"], []),
    ("10", [("Update on staff diversity and gender parity in the Organization", "", None)],
     ["S/25/12"], []),
    ("11", [("Other matters", "", None)], [], []),
    ("12", [("Close of the Twenty-fifth Session", "", None)], [], []),
]

P = lambda s: [(s, "", None)]

# annotations: list of blocks
# ("item", num, title) ; ("sub", label, title) ; ("pt", num, segments) ; ("txt", segments)
ANNOT = [
    ("item", "1", "Opening of the session by the Chairperson"),
    ("pt", "1", P("The Chairperson, Ms Ingrid Solberg-Havik (Norway), will open the session "
                  "at 10 a.m. on Wednesday, 30 October 2019, in Room 2 of the International "
                  "Conference Centre Geneva.")),
    ("pt", "2", P("Interpretation into English, French and Spanish will be provided at all "
                  "meetings of the session.")),

    ("item", "2", "Consideration and adoption of the provisional agenda"),
    ("pt", "1", P("The Committee will be invited to adopt its agenda as set out in the "
                  "present document, which the Bureau considered at its meeting of "
                  "5 September 2019.")),
    ("pt", "2", P("Any change proposed after the issue of this document will be announced by "
                  "the Chairperson when the agenda is taken up.")),

    ("item", "3", "Oral overview by the Administration of developments since the "
                  "Twenty-fourth Session"),
    ("txt", [("The Deputy Director General for Management and Reform will give the Committee "
              "an account of the main institutional developments since the Twenty-fourth "
              "Session, held on 26 and 27 June 2019,", "", None),
             ("2", "", ("note", NOTE_2)),
             (" including the action taken on the conclusions the Committee reached at that "
              "session on budget reform and on duty of care towards staff in the field. No "
              "document is issued under this item; delegations will have an opportunity to "
              "put questions after the presentation.", "", None)]),

    ("item", "4", "Financial contributions and the state of the Organization's finances"),
    ("pt", "1", P("Document S/25/2 describes the financial position of the Organization as at "
                  "30 September 2019, together with projected cash flows to the end of the "
                  "year for both parts of the budget.")),
    ("pt", "2", P("The Committee may wish to take note of the document and to comment on the "
                  "liquidity outlook it presents.")),
    ("sub", "(a)", "Assessed contributions outstanding to the Administrative Part of the Budget"),
    ("pt", "1", P("At 30 September 2019, assessed contributions still owed to the "
                  "Administrative Part of the Budget totalled CHF 6,482,310: CHF 2,105,744 "
                  "for 2019 and CHF 4,376,566 for earlier years.")),
    ("pt", "2", P("On that date, twelve Member States had arrears equal to or greater than the "
                  "contributions due from them for the two preceding full years and were "
                  "therefore covered by Article 4 of the Constitution.")),
    ("pt", "3", P("The Committee will be invited to urge the Member States concerned to pay "
                  "their arrears in full or to agree with the Administration on a plan for "
                  "doing so.")),
    ("sub", "(b)", "Payment plans proposed by Member States in arrears"),
    ("pt", "1", P("Document S/25/4 sets out the payment plans submitted by two Member States, "
                  "each spreading the settlement of arrears over five annual instalments from "
                  "2020 to 2024.")),
    ("pt", "2", P("The Committee is invited to recommend the plans to the Council for "
                  "approval.")),

    ("item", "5", "Draft Programme and Budget for 2020"),
    ("pt", "1", P("The Administration will present the draft Programme and Budget for 2020 "
                  "(C/110/6). It proposes an Administrative Part of the Budget of "
                  "CHF 52,242,614 and estimates the Operational Part of the Budget at "
                  "USD 1,187,400,000.")),
    ("pt", "2", P("Document S/25/5 summarizes the main differences from the budget approved "
                  "for 2019, in keeping with the reform of the core structure endorsed by the "
                  "Council in Resolution No. 1370 of 27 November 2018.")),
    ("pt", "3", P("Comments made by the Committee will be reflected in the version of the "
                  "document submitted to the 110th Session of the Council.")),

    ("item", "6", "Revised scale of assessment for 2020"),
    ("pt", "1", P("Document S/25/6 contains the proposed scale of assessment for 2020, which "
                  "follows the United Nations scale adopted by the General Assembly in its "
                  "resolution 73/271.")),
    ("pt", "2", P("The scale covers the 173 Member States of the Organization as at "
                  "1 September 2019.")),
    ("pt", "3", P("The Committee is invited to recommend the revised scale to the Council for "
                  "adoption.")),

    ("item", "7", "Oversight and accountability"),
    ("sub", "(a)", "Annual report of the Independent Audit and Oversight Advisory Committee"),
    ("pt", "1", P("The Chairperson of the Advisory Committee will introduce its annual report "
                  "(S/25/7), which covers the period from July 2018 to June 2019.")),
    ("pt", "2", P("The Administration will respond orally to the recommendations addressed "
                  "to it.")),
    ("sub", "(b)", "Progress in carrying out the recommendations of the External Auditor"),
    ("pt", "1", P("Document S/25/8 reviews the status of the 46 recommendations made by the "
                  "External Auditor in respect of 2017 and 2018: 29 have been implemented, "
                  "12 are under way and 5 have not yet been started.")),
    ("sub", "(c)", "Internal governance framework"),
    ("pt", "1", P("Document S/25/9 reports on the reforms carried out under the internal "
                  "governance framework since June 2019, in particular on risk management "
                  "and on the decentralization of procurement.")),
    ("pt", "2", P("An informal briefing for Member States on the subject will be held on "
                  "22 October 2019.")),

    ("item", "8", "Revised investment policy for the Organization's liquid assets"),
    ("pt", "1", P("Document S/25/10 proposes amendments to the investment policy, mainly to "
                  "widen the range of eligible banking counterparts and to set limits on "
                  "exposure to any single institution.")),
    ("pt", "2", P("The Committee is invited to endorse the revised policy.")),

    ("item", "9", "Use of the staff security mechanism in the first half of 2019"),
    ("pt", "1", P("Document S/25/11 shows that USD 9,420,500 was spent through the mechanism "
                  "between January and June 2019, mainly on security staff and equipment in "
                  "high-risk locations.")),
    ("pt", "2", P("The Committee may wish to take note of the document.")),

    ("item", "10", "Update on staff diversity and gender parity in the Organization"),
    ("pt", "1", P("Document S/25/12 gives figures on the geographical spread of staff and on "
                  "the progress made towards gender parity at grade P-4 and above.")),
    ("pt", "2", P("Delegations are invited to offer guidance on the measures it proposes.")),

    ("item", "11", "Other matters"),
    ("txt", P("Delegations that wish to raise a subject under this item are asked to inform "
              "the Secretariat before the session opens, so that the Chairperson can set "
              "aside time for it.")),

    ("item", "12", "Close of the Twenty-fifth Session"),
    ("pt", "1", P("The Chairperson will close the session once the Committee has completed "
                  "its consideration of the agenda, on Thursday, 31 October 2019.")),
]


def build():
    pdf = AgendaPDF()
    pdf.set_title(f"{SYMBOL} - Annotated provisional agenda")
    pdf.add_page()
    w = PAGE_W - LM - RM

    # cover block
    pdf.set_xy(LM, 18)
    pdf.set_font("Times", "B", 12)
    pdf.cell(w, 6, SYMBOL, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Times", "", BODY)
    pdf.cell(w, 5.5, "Original: English", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(w, 5.5, "20 September 2019", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(9)
    pdf.set_font("Times", "B", 12)
    pdf.cell(w, 6, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Times", "", 12)
    pdf.cell(w, 6, "Twenty-fifth Session", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    y = pdf.get_y()
    pdf.set_line_width(0.3)
    pdf.line(LM + 30, y, PAGE_W - RM - 30, y)
    pdf.ln(8)
    pdf.set_font("Times", "B", 13)
    pdf.cell(w, 7, "ANNOTATED PROVISIONAL AGENDA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Times", "", BODY)
    pdf.cell(w, 5.5, "Geneva", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(w, 5.5, "Wednesday, 30 October, and Thursday, 31 October 2019", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(9)

    # the list of items with the documents column
    def docs(y0, symbols):
        pdf.set_font("Times", "", BODY)
        for i, s in enumerate(symbols):
            pdf.set_xy(DOC_X, y0 + i * LH)
            pdf.cell(PAGE_W - RM - DOC_X, LH, s)

    for num, segs, dlist, subs in AGENDA:
        pdf.keep(LH * max(1, len(dlist)) + 1)
        y0 = pdf.get_y()
        pdf.set_font("Times", "", BODY)
        pdf.set_xy(NUM_X, y0)
        pdf.cell(TEXT_X - NUM_X, LH, f"{num}.")
        pdf.set_xy(TEXT_X, y0)
        pdf.flow(segs, TEXT_X, TEXT_X, TITLE_RIGHT)
        y1 = pdf.get_y()
        docs(y0, dlist)
        pdf.set_y(max(y1, y0 + LH * len(dlist)))
        for label, title, sdocs in subs:
            y0 = pdf.get_y() + 1.5
            pdf.set_font("Times", "", BODY)
            pdf.set_xy(SUB_LABEL_X, y0)
            pdf.cell(SUB_TEXT_X - SUB_LABEL_X, LH, label)
            pdf.set_xy(SUB_TEXT_X, y0)
            pdf.flow(P(title), SUB_TEXT_X, SUB_TEXT_X, TITLE_RIGHT)
            y1 = pdf.get_y()
            docs(y0, sdocs)
            pdf.set_y(max(y1, y0 + LH * len(sdocs)))
        pdf.ln(2.2)

    # annotations
    pdf.add_page()
    pdf.set_font("Times", "B", 12)
    pdf.cell(w, 6, "ANNOTATIONS", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    for block in ANNOT:
        kind = block[0]
        if kind == "item":
            _, num, title = block
            pdf.keep(28)
            pdf.ln(2)
            y0 = pdf.get_y()
            pdf.set_font("Times", "B", BODY)
            pdf.set_xy(NUM_X, y0)
            pdf.cell(TEXT_X - NUM_X, LH, f"{num}.")
            pdf.flow([(title, "B", None)], TEXT_X, TEXT_X, PAGE_W - RM)
            pdf.ln(2.5)
        elif kind == "sub":
            _, label, title = block
            pdf.keep(24)
            pdf.ln(1)
            y0 = pdf.get_y()
            pdf.set_font("Times", "BI", BODY)
            pdf.set_xy(SUB_LABEL_X, y0)
            pdf.cell(SUB_TEXT_X - SUB_LABEL_X, LH, label)
            pdf.flow([(title, "BI", None)], SUB_TEXT_X, SUB_TEXT_X, PAGE_W - RM)
            pdf.ln(2.5)
        elif kind == "pt":
            _, num, segs = block
            pdf.keep(LH * 2)
            y0 = pdf.get_y()
            pdf.set_font("Times", "", BODY)
            pdf.set_xy(NUM_X, y0)
            pdf.cell(TEXT_X - NUM_X, LH, f"{num}.")
            # first line after the number, later lines flush with the number margin
            pdf.flow(segs, TEXT_X, NUM_X, PAGE_W - RM)
            pdf.ln(2.5)
        elif kind == "txt":
            _, segs = block
            pdf.keep(LH * 2)
            pdf.flow(segs, NUM_X, NUM_X, PAGE_W - RM)
            pdf.ln(2.5)

    pdf.output(OUT)
    print("wrote", OUT, "pages:", pdf.page_no())


if __name__ == "__main__":
    build()
