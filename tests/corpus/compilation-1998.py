#!/usr/bin/env python
"""Draw compilation-1998.pdf: MC/1968, resolutions adopted by the Council at its
Seventy-sixth Session (November 1998), with reportlab."""
import os
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "compilation-1998.pdf")

W, H = A4
LM, RM = 72, W - 72          # left / right margin
TOP, BOTTOM = H - 64, 70
FS, LEAD = 12, 14.5          # body font size and leading
FN_FS, FN_LEAD = 9.5, 11.5   # footnotes
SYMBOL = "MC/1968"

R, B, I = "Times-Roman", "Times-Bold", "Times-Italic"

# --------------------------------------------------------------------------
# Text.  "^n" glued to a word = raised footnote marker n.
# --------------------------------------------------------------------------
FOOTNOTES = {
    "1": "Regional Conference to Address the Problems of Refugees, Displaced Persons, "
         "Other Forms of Involuntary Displacement and Returnees in the Countries of the "
         "Commonwealth of Independent States and Relevant Neighbouring States, held in "
         "Geneva on 30 and 31 May 1996.",
    "2": "The amounts include the revisions set out in the addendum to the Programme and "
         "Budget (MC/1953/Add.1) of 30 October 1998.",
    "3": "The contributions outstanding from each Member State are listed in the Annex "
         "to document MC/1958.",
}

RESOLUTIONS = [
    {
        "no": "976 (LXXVI)",
        "adopted": "(Adopted by the Council at its 421st meeting on 24 November 1998)",
        "title": "ADMISSION OF THE REPUBLIC OF GUINEA AS A MEMBER OF THE ORGANIZATION",
        "toc": "Admission of the Republic of Guinea as a Member of the Organization",
        "preamble": [
            ("Having received", "the application of the Republic of Guinea for membership "
             "in the Organization (MC/1954),"),
            ("Having been informed", "that the Republic of Guinea has accepted the "
             "Constitution of the Organization in accordance with its own constitutional "
             "processes, and has agreed to make a financial contribution to the "
             "administrative requirements of the Organization,"),
            ("Convinced", "that the Republic of Guinea has a demonstrated interest in the "
             "principle of free movement of persons,"),
        ],
        "formula": "Resolves:",
        "operative": [
            ("To admit the Republic of Guinea as a Member of the International Organization "
             "for Migration in accordance with Article 2(b) of the Constitution, with effect "
             "from the date of this resolution;", None),
            ("To welcome the Republic of Guinea to membership of the Organization and to "
             "express the hope that its participation will contribute to the Organization's "
             "work in West Africa.", None),
        ],
    },
    {
        "no": "977 (LXXVI)",
        "adopted": "(Adopted by the Council at its 421st meeting on 24 November 1998)",
        "title": "REPRESENTATION OF THE REPUBLIC OF AZERBAIJAN BY AN OBSERVER",
        "toc": "Representation of the Republic of Azerbaijan by an Observer",
        "preamble": [
            ("Having received", "the request of the Republic of Azerbaijan to be "
             "represented by an observer at its meetings (MC/1955),"),
            ("Considering", "that the Republic of Azerbaijan has expressed its interest in "
             "the work of the Organization, in particular through its participation in the "
             "follow-up to the Regional Conference on refugees, displaced persons and "
             "returnees in the Commonwealth of Independent States and relevant neighbouring "
             "States,^1"),
        ],
        "formula": "Resolves:",
        "operative": [
            ("To accept the request of the Republic of Azerbaijan to be represented by an "
             "observer;", None),
            ("To invite the Republic of Azerbaijan to be represented by an observer at the "
             "sessions of the Council, subject to the provisions of the Rules of Procedure "
             "of the Council.", None),
        ],
    },
    {
        "no": "978 (LXXVI)",
        "adopted": "(Adopted by the Council at its 421st meeting on 24 November 1998)",
        "title": "REPORT ON THE SEVENTY-FIFTH (SPECIAL) SESSION OF THE COUNCIL",
        "toc": "Report on the Seventy-fifth (Special) Session of the Council",
        "preamble": [
            ("Having received and examined", "the draft report on its Seventy-fifth "
             "(Special) Session, held on 28 and 29 April 1998 (MC/1949),"),
        ],
        "formula": "Resolves:",
        "operative": [
            ("To approve the report on the Seventy-fifth (Special) Session of the Council "
             "without amendment.", None),
        ],
    },
    {
        "no": "979 (LXXVI)",
        "adopted": "(Adopted by the Council at its 423rd meeting on 25 November 1998)",
        "title": "PROGRAMME AND BUDGET FOR 1999",
        "toc": "Programme and Budget for 1999",
        "preamble": [
            ("Having received and examined", "the Programme and Budget for 1999 (MC/1953),"),
            ("Taking into account", "the recommendations of the Executive Committee at its "
             "Ninety-fourth Session, as set out in the report on that session (MC/EX/601),"),
            ("Recalling", "its Resolution No. 949 (LXXII) of 21 November 1996 concerning the "
             "financing of the Administrative Part of the Budget,"),
            ("Mindful", "of the need for the Organization to maintain a sound management of "
             "its resources while responding to the growing demands of Member States for "
             "migration services,"),
        ],
        "formula": "Resolves:",
        "operative": [
            ("To approve the Programme and Budget for 1999, amounting to:^2",
             [("(a)", "CHF 36,851,000 for the Administrative Part of the Budget; and"),
              ("(b)", "USD 247,660,000 for the Operational Part of the Budget;")]),
            ("To authorize the Director General to incur expenditure within the limits of the "
             "funds available, and to report on any significant variation in the Programme "
             "and Budget for 1999 to the Executive Committee at its next session;", None),
            ("To urge Member States that have not yet done so to make voluntary contributions "
             "to the Operational Part of the Budget, in particular unearmarked contributions, "
             "which enable the Organization to respond with flexibility to new requirements.",
             None),
        ],
    },
    {
        "no": "980 (LXXVI)",
        "adopted": "(Adopted by the Council at its 424th meeting on 26 November 1998)",
        "title": "OUTSTANDING CONTRIBUTIONS TO THE ADMINISTRATIVE PART OF THE BUDGET",
        "toc": "Outstanding Contributions to the Administrative Part of the Budget",
        "preamble": [
            ("Having considered", "the status report on outstanding contributions to the "
             "Administrative Part of the Budget (MC/1958),"),
            ("Recalling", "the provisions of Article 4 of the Constitution concerning the "
             "voting rights of Members in arrears in the payment of their financial "
             "contributions to the Organization,"),
            ("Recalling further", "its Resolution No. 849 (LXII) of 20 November 1991 on the "
             "payment of outstanding contributions,"),
            ("Concerned", "that outstanding contributions to the Administrative Part of the "
             "Budget amounted to CHF 3,412,690 as at 31 October 1998, and that eleven Member "
             "States were subject to the provisions of Article 4 of the Constitution,^3"),
            ("Noting with appreciation", "the efforts made by a number of Member States to "
             "settle their arrears, including through payment plans agreed with the "
             "Administration,"),
        ],
        "formula": "Resolves:",
        "operative": [
            ("To urge Member States in arrears to pay their contributions in full, or to agree "
             "with the Administration on a payment plan, at the earliest possible date;", None),
            ("To request the Director General to continue his consultations with the Member "
             "States concerned and to pursue all appropriate means of recovering the amounts "
             "due;", None),
            ("To request the Director General to report to the Executive Committee and to the "
             "Council at their next sessions on the status of outstanding contributions and on "
             "the implementation of the present resolution.", None),
        ],
    },
]


# --------------------------------------------------------------------------
# Small rich-text engine: words with a font and an optional raised marker.
# --------------------------------------------------------------------------
def words_of(runs):
    out = []
    for text, font in runs:
        for w in text.split():
            mark = None
            if "^" in w:
                w, mark = w.split("^")
            out.append((w, font, mark))
    return out


def wwidth(word, size=FS):
    w, font, mark = word
    width = stringWidth(w, font, size)
    if mark:
        width += stringWidth(mark, R, size * 0.6) + 0.5
    return width


def wrap(words, first_width, rest_width, size=FS):
    lines, cur, curw = [], [], 0.0
    limit = first_width
    for wd in words:
        ww = wwidth(wd, size)
        sp = stringWidth(" ", R, size) if cur else 0
        if cur and curw + sp + ww > limit:
            lines.append(cur)
            cur, curw, limit = [wd], ww, rest_width
        else:
            cur.append(wd)
            curw += sp + ww
    if cur:
        lines.append(cur)
    return lines


def draw_words(c, x, y, line, size=FS):
    for k, (w, font, mark) in enumerate(line):
        if k:
            x += stringWidth(" ", R, size)
        c.setFont(font, size)
        c.drawString(x, y, w)
        x += stringWidth(w, font, size)
        if mark:
            c.setFont(R, size * 0.6)
            c.drawString(x + 0.5, y + size * 0.38, mark)
            x += stringWidth(mark, R, size * 0.6) + 0.5
    return x


def line_width(line, size=FS):
    return sum(wwidth(w, size) for w in line) + stringWidth(" ", R, size) * (len(line) - 1)


# --------------------------------------------------------------------------
# Layout of the body pages: a list of pages, each a list of ops.
# --------------------------------------------------------------------------
class Body:
    def __init__(self):
        self.pages = []
        self.new_page()

    def new_page(self):
        self.ops, self.notes = [], []
        self.pages.append({"ops": self.ops, "notes": self.notes})
        self.y = TOP - 2.5 * LEAD      # below the running header

    def note_height(self, marks):
        if not marks and not self.notes:
            return 0
        h = 16
        for m in list(self.notes) + list(marks):
            n = len(wrap(words_of([(FOOTNOTES[m], R)]), RM - LM - 18, RM - LM - 18, FN_FS))
            h += n * FN_LEAD + 2
        return h

    def room(self, needed_lines=1, marks=()):
        return self.y - needed_lines * LEAD - self.note_height(marks) >= BOTTOM

    def put_line(self, x, line, align="left"):
        marks = [w[2] for w in line if w[2]]
        if not self.room(1, marks):
            self.new_page()
        self.y -= LEAD
        if align == "center":
            x = (W - line_width(line)) / 2
        self.ops.append(("line", x, self.y, line))
        self.notes.extend(marks)

    def space(self, n=1.0):
        self.y -= n * LEAD

    def para(self, runs, x_first, x_rest, align="left", keep=2):
        words = words_of(runs)
        lines = wrap(words, RM - x_first, RM - x_rest)
        if not self.room(min(keep, len(lines))):
            self.new_page()
        for k, ln in enumerate(lines):
            self.put_line(x_first if k == 0 else x_rest, ln, align)

    def labelled(self, label, runs, x_label, x_first, x_rest):
        words = words_of(runs)
        lines = wrap(words, RM - x_first, RM - x_rest)
        if not self.room(min(2, len(lines))):
            self.new_page()
        self.put_line(x_label, [(label, R, None)])   # the text shares its baseline
        for k, ln in enumerate(lines):
            if k == 0:
                self.ops.append(("line", x_first, self.y, ln))
                self.notes.extend([w[2] for w in ln if w[2]])
            else:
                self.put_line(x_rest, ln)


def layout():
    body = Body()
    starts = []
    for n, res in enumerate(RESOLUTIONS):
        if n:
            body.space(2)
        # keep number, adoption line, title and "The Council," together with a clause
        if not body.room(11):
            body.new_page()
        starts.append(len(body.pages))
        body.para([("RESOLUTION No. " + res["no"], B)], LM, LM, "center")
        body.space(0.6)
        body.para([(res["adopted"], R)], LM, LM, "center")
        body.space(1.2)
        body.para([(res["title"], B)], LM + 40, LM + 40, "center")
        body.space(1.4)
        body.para([("The Council,", R)], LM + 36, LM + 36)
        for lead, rest in res["preamble"]:
            body.space(0.8)
            body.para([(lead, I), (rest, R)], LM + 36, LM)
        body.space(0.8)
        body.para([(res["formula"], I)], LM + 36, LM)
        for k, (text, items) in enumerate(res["operative"], 1):
            body.space(0.8)
            body.labelled("%d." % k, [(text, R)], LM, LM + 36, LM)
            for lab, itext in items or []:
                body.space(0.6)
                body.labelled(lab, [(itext, R)], LM + 36, LM + 72, LM + 72)
    return body.pages, starts


# --------------------------------------------------------------------------
# Drawing
# --------------------------------------------------------------------------
def draw_right(c, y, text, font=R, size=FS):
    c.setFont(font, size)
    c.drawRightString(RM, y, text)


def draw_cover(c, starts):
    y = TOP
    draw_right(c, y, SYMBOL, B, 12)
    draw_right(c, y - 2 * LEAD, "Original: ENGLISH")
    draw_right(c, y - 3 * LEAD, "10 December 1998")
    y -= 6 * LEAD
    c.setFont(B, 12)
    c.drawString(LM, y, "SEVENTY-SIXTH SESSION")
    y -= 1.2 * LEAD
    c.setFont(R, 12)
    c.drawString(LM, y, "_" * 75)
    y -= 4 * LEAD
    for t in ("RESOLUTIONS ADOPTED BY THE COUNCIL", "AT ITS SEVENTY-SIXTH SESSION"):
        c.setFont(B, 12)
        c.drawCentredString(W / 2, y, t)
        y -= LEAD
    y -= 4 * LEAD

    c.setFont(B, 12)
    c.drawCentredString(W / 2, y, "CONTENTS")
    y -= 2.5 * LEAD
    c.setFont(R, 11)
    c.drawString(LM, y, "Resolution No.")
    c.drawRightString(RM, y, "Page")
    y -= 2 * LEAD
    xt = LM + 96
    title_right = RM - 40
    for res, page in zip(RESOLUTIONS, starts):
        words = words_of([(res["toc"], R)])
        lines = wrap(words, title_right - xt - 40, title_right - xt - 40, 11)
        c.setFont(R, 11)
        c.drawString(LM, y, res["no"])
        for k, ln in enumerate(lines):
            end = draw_words(c, xt, y, ln, 11)
            if k == len(lines) - 1:
                c.setFont(R, 11)
                dot = stringWidth(" .", R, 11)
                n = int((title_right - end - 6) / dot)
                c.drawString(end + 3, y, " ." * n)
                c.drawRightString(RM, y, str(page))
            y -= 13.5
        y -= 0.8 * LEAD

    # trilingual organ footer
    c.setFont(B, 11)
    fy = 48
    c.drawString(LM, fy, "COUNCIL")
    c.drawCentredString(W / 2, fy, "CONSEIL")
    c.drawRightString(RM, fy, "CONSEJO")


def draw_body_page(c, page, number):
    draw_right(c, TOP, SYMBOL)
    draw_right(c, TOP - LEAD, "Page %d" % number)
    for op in page["ops"]:
        _, x, y, line = op
        draw_words(c, x, y, line)
    if page["notes"]:
        # footnotes at the foot of the page
        blocks = []
        for m in page["notes"]:
            blocks.append((m, wrap(words_of([(FOOTNOTES[m], R)]), RM - LM - 18,
                                   RM - LM - 18, FN_FS)))
        total = sum(len(b[1]) * FN_LEAD + 2 for b in blocks)
        y = BOTTOM + total
        c.setFont(R, FN_FS)
        c.drawString(LM, y + 6, "__________")
        y -= 4
        for m, lines in blocks:
            for k, ln in enumerate(lines):
                if k == 0:
                    c.setFont(R, FN_FS * 0.65)
                    c.drawString(LM + 2, y + 3, m)
                draw_words(c, LM + 18, y, ln, FN_FS)
                y -= FN_LEAD
            y -= 2


def main():
    pages, starts = layout()
    # page 1 is the cover; body pages are numbered from 2
    starts = [s + 1 for s in starts]
    c = canvas.Canvas(OUT, pagesize=A4)
    c.setTitle("MC/1968 - Resolutions adopted by the Council at its Seventy-sixth Session")
    c.setAuthor("International Organization for Migration")
    draw_cover(c, starts)
    c.showPage()
    for k, page in enumerate(pages, 2):
        draw_body_page(c, page, k)
        c.showPage()
    c.save()
    print("pages:", len(pages) + 1, "starts:", starts)


if __name__ == "__main__":
    main()
