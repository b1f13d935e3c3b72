"""Draws draft-resolutions-1995.pdf: MC/L/841, draft resolutions submitted to the
Seventy-first Session of the IOM Council (November 1995), in the word-processed,
typewriter-like style of the period (Courier, underlined headings, typed rules).
"""
import os
import re

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "draft-resolutions-1995.pdf")

SYMBOL = "MC/L/841"
W, H = A4
X0 = 72.0            # left margin
X1 = W - 64.0        # right margin
TOP = H - 60.0
BOTTOM = 58.0
FONT = "Courier"
BOLD = "Courier-Bold"
SIZE = 10.5
LEAD = 13.0
FN_SIZE = 9.0
FN_LEAD = 11.0
SUP_SIZE = 7.0
SUP_RISE = 4.0

# --------------------------------------------------------------------------- text

CONTENTS = [
    ("I.", "Admission of the Republic of Tajikistan as a Member", "res1"),
    ("II.", "Admission of the Republic of Yemen as a Member", "res2"),
    ("III.", "Granting of observer status", "res3"),
    ("IV.", "Programme and Budget for 1996", "res4"),
    ("V.", "Follow-up to the International Conference on Population and Development", "res5"),
]

FOOTNOTES = {
    "1": "The applications for membership are reproduced in documents MC/1851 and "
         "MC/1852, and the requests for observer status in document MC/1853.",
    "2": "See document MC/1761, paragraphs 18 to 22.",
    "3": "The status of contributions outstanding at 31 October 1995 is given in "
         "document MC/EX/576.",
    "4": "Report of the International Conference on Population and Development, "
         "Cairo, 5-13 September 1994 (United Nations publication, Sales No. E.95.XIII.18), "
         "chapter I, resolution 1, annex.",
}


def draft(anchor, roman, title_lines, submitted, preamble, operative):
    blocks = [("draftstart", anchor),
              ("center", "DRAFT RESOLUTION " + roman, BOLD, True),
              ("gap", 8)]
    for t in title_lines:
        blocks.append(("center", t, BOLD, False))
    blocks += [("gap", 6), ("center", submitted, FONT, False), ("gap", 14),
               ("council", "The Council,"), ("gap", 8)]
    for p in preamble:
        blocks += [("pre", p), ("gap", 8)]
    blocks += [("council", "Resolves:"), ("gap", 8)]
    for i, op in enumerate(operative, 1):
        if isinstance(op, tuple):
            text, items, after = op
            blocks += [("op", "%d." % i, text), ("gap", 6)]
            for lab, it in items:
                blocks += [("item", lab, it), ("gap", 4)]
            if after:
                blocks += [("tablegap",), after]
            blocks += [("gap", 4)]
        else:
            blocks += [("op", "%d." % i, op), ("gap", 8)]
    blocks += [("gap", 22)]
    return blocks


BODY = [
    ("para", "1.",
     "The draft resolutions reproduced in this document are submitted to the "
     "Council for consideration under items 4, 7 and 9 of its provisional agenda "
     "(MC/1849). They are presented in the order in which the corresponding items "
     "are expected to be taken up in plenary."),
    ("gap", 9),
    ("para", "2.",
     "Draft resolutions I and II, concerning the applications for membership "
     "received from the Governments of the Republic of Tajikistan and the Republic "
     "of Yemen, and draft resolution III, concerning requests for observer status, "
     "were prepared by the Bureau of the Council at its meeting of 24 November "
     "1995.[[1]] Draft resolution IV reflects the recommendations made by the "
     "Executive Committee at its Eighty-ninth Session on the basis of the report of "
     "the Sub-Committee on Budget and Finance."),
    ("gap", 9),
    ("para", "3.",
     "Draft resolution V has been submitted by the delegations listed under its "
     "title. Delegations wishing to propose amendments to any of the texts are "
     "requested to hand them in writing to the Secretariat of the Council not later "
     "than 12 noon on Tuesday, 28 November 1995, so that a consolidated text can be "
     "circulated before the vote."),
    ("pagebreak",),
]

BODY += draft(
    "res1", "I",
    ["ADMISSION OF THE REPUBLIC OF TAJIKISTAN AS A MEMBER",
     "OF THE ORGANIZATION"],
    "(Submitted by the Bureau)",
    ["Having received the application of the Government of the Republic of "
     "Tajikistan for membership in the Organization (MC/1851),",
     "Considering that the Republic of Tajikistan has demonstrated its interest in "
     "the principle of free movement of persons,",
     "Considering further that the Government of the Republic of Tajikistan has "
     "undertaken to make a financial contribution to the administrative requirements "
     "of the Organization, the amount of which is to be agreed upon by the Council "
     "and that Government,"],
    ["To admit the Republic of Tajikistan as a Member of the International "
     "Organization for Migration, in accordance with Article 2(b) of the "
     "Constitution, with effect from the date on which the Republic of Tajikistan "
     "accepts the Constitution in accordance with its own constitutional processes;",
     "To fix the contribution of the Republic of Tajikistan to the Administrative "
     "Part of the Budget at 0.050 per cent, as provided for in the resolution on "
     "the Programme and Budget for 1996;",
     "To express its satisfaction at the interest shown by the Government of the "
     "Republic of Tajikistan in the work of the Organization."])

BODY += draft(
    "res2", "II",
    ["ADMISSION OF THE REPUBLIC OF YEMEN AS A MEMBER",
     "OF THE ORGANIZATION"],
    "(Submitted by the Bureau)",
    ["Having received the application of the Government of the Republic of Yemen "
     "for membership in the Organization (MC/1852),",
     "Noting that the Republic of Yemen has been represented by an observer at the "
     "sessions of the Council since 1992,",
     "Considering that the Republic of Yemen has demonstrated its interest in the "
     "principle of free movement of persons,",
     "Considering also that the Government of the Republic of Yemen has undertaken "
     "to make a financial contribution to the administrative requirements of the "
     "Organization at the rate of 0.075 per cent,"],
    ["To admit the Republic of Yemen as a Member of the International Organization "
     "for Migration, in accordance with Article 2(b) of the Constitution, upon its "
     "acceptance of the Constitution in accordance with its own constitutional "
     "processes;",
     "To welcome the Republic of Yemen to the Organization and to look forward to "
     "its active participation in the deliberations of the Council."])

TABLE = ("table",
         [["", "", "Amount in"], ["Member", "Percentage", "Swiss francs"]],
         [["Republic of Tajikistan", "0.050", "18,372"],
          ["Republic of Yemen", "0.075", "27,558"],
          ["Total", "0.125", "45,930"]])

BODY += draft(
    "res3", "III",
    ["GRANTING OF OBSERVER STATUS"],
    "(Submitted by the Bureau)",
    ["Having received the requests for observer status submitted by the Government "
     "of the Republic of Kazakhstan, by the Organization for Security and "
     "Co-operation in Europe and by the International Council of Voluntary "
     "Agencies (MC/1853),",
     "Recalling the criteria for the granting of observer status laid down in "
     "Resolution No. 896 (LXVIII),[[2]]",
     "Considering that each of the applicants has shown a sustained interest in "
     "migration matters and in the work of the Organization,",
     "Noting with appreciation the assurances given by the applicants that they "
     "will take part in the deliberations of the Council in a constructive spirit,"],
    [("To grant observer status at meetings of the Council to:",
      [("(a)", "the Republic of Kazakhstan;"),
       ("(b)", "the Organization for Security and Co-operation in Europe; and"),
       ("(c)", "the International Council of Voluntary Agencies;")],
      None),
     "To invite the observers named in paragraph 1 above to be represented at "
     "future sessions of the Council in accordance with Rules 8 and 9 of its Rules "
     "of Procedure (MC/1725/Rev.1);",
     "To request the Director General to inform the Government of the Republic of "
     "Kazakhstan and the two organizations concerned of this decision."])

BODY += draft(
    "res4", "IV",
    ["PROGRAMME AND BUDGET FOR 1996"],
    "(Submitted by the Executive Committee)",
    ["Having considered the Programme and Budget for 1996 (MC/1848) and the report "
     "of the Sub-Committee on Budget and Finance on its Seventy-fourth Session "
     "(MC/EX/574),",
     "Having taken note of the recommendations made by the Executive Committee at "
     "its Eighty-ninth Session (MC/1854),",
     "Mindful of the need to hold the Administrative Part of the Budget at zero "
     "nominal growth while meeting the requirements arising from the growth in the "
     "Organization's membership,",
     "Concerned at the level of contributions outstanding to the Administrative "
     "Part of the Budget,"],
    ["To approve the Programme and Budget for 1996, with expenditure of 36,744,000 "
     "Swiss francs under the Administrative Part and 245,612,300 United States "
     "dollars under the Operational Part;",
     ("To fix the assessed contributions to the Administrative Part of the Budget "
      "for 1996 of the new Members admitted at the present session as follows, "
      "these amounts being additional to the total assessment approved in "
      "paragraph 1 above:", [], TABLE),
     "To authorize the Director General to incur expenditure under the Operational "
     "Part up to the level of the funds available, on the understanding that new "
     "activities shall be undertaken only when their financing has been secured;",
     "To urge all Member States to pay their assessed contributions promptly and in "
     "full, and those in arrears to settle their outstanding contributions or to "
     "agree with the Administration on a plan for the payment of their arrears;[[3]]",
     "To request the Director General to report to the Executive Committee at its "
     "next session on the implementation of this resolution."])

BODY += draft(
    "res5", "V",
    ["FOLLOW-UP TO THE INTERNATIONAL CONFERENCE",
     "ON POPULATION AND DEVELOPMENT"],
    "(Submitted by the delegations of Argentina, Australia, Canada, Norway, "
    "the Philippines and Senegal)",
    ["Recalling the Programme of Action adopted by the International Conference on "
     "Population and Development, held at Cairo from 5 to 13 September 1994, and in "
     "particular its chapter X on international migration,[[4]]",
     "Taking note of General Assembly resolution 49/128 of 19 December 1994, in "
     "which the Assembly called upon the organizations of the international "
     "community to contribute to the implementation of the Programme of Action,",
     "Recalling further the information provided by the Administration on the "
     "participation of the Organization in the Conference (MC/INF/231),",
     "Convinced that the Organization, by virtue of its long experience in the "
     "orderly management of migration, can make a significant contribution to the "
     "follow-up to the Conference,"],
    ["To welcome the Programme of Action of the International Conference on "
     "Population and Development as a framework for the activities of the "
     "international community in the field of international migration;",
     ("To request the Director General to take account of the relevant "
      "recommendations of the Programme of Action in planning the activities of "
      "the Organization, in particular as regards:",
      [("(a)", "technical co-operation with Governments in the formulation of "
               "migration policies and legislation;"),
       ("(b)", "the return and reintegration of qualified nationals; and"),
       ("(c)", "the collection and exchange of information on migration trends;")],
      None),
     "To encourage the Director General to pursue co-operation with the United "
     "Nations Population Fund, the Office of the United Nations High Commissioner "
     "for Refugees and the International Labour Office in this field;",
     "To invite Member States to keep the Administration informed of the measures "
     "they take in the field of international migration in follow-up to the "
     "Conference, and to consider making voluntary contributions towards the "
     "technical co-operation activities referred to in paragraph 2 (a) above;",
     "To request the Director General to report to the Council at its "
     "Seventy-second Session on the action taken pursuant to this resolution."])

# --------------------------------------------------------------------------- layout

MARK = re.compile(r"\[\[(\w+)\]\]")


def split_word(word):
    """Split a word into (text, is_marker) runs."""
    runs, pos = [], 0
    for m in MARK.finditer(word):
        if m.start() > pos:
            runs.append((word[pos:m.start()], False))
        runs.append((m.group(1), True))
        pos = m.end()
    if pos < len(word):
        runs.append((word[pos:], False))
    return runs


def word_width(word, font, size):
    w = 0.0
    for t, sup in split_word(word):
        w += stringWidth(t, font, SUP_SIZE if sup else size)
    return w


def wrap(text, first_w, rest_w, font=FONT, size=SIZE):
    words = text.split()
    lines, cur, avail = [], [], first_w
    space = stringWidth(" ", font, size)
    cw = 0.0
    for w in words:
        ww = word_width(w, font, size)
        if cur and cw + space + ww > avail:
            lines.append(" ".join(cur))
            cur, cw, avail = [w], ww, rest_w
        else:
            cw = ww if not cur else cw + space + ww
            cur.append(w)
    if cur:
        lines.append(" ".join(cur))
    return lines


def draw_runs(c, x, y, line, font=FONT, size=SIZE):
    """Draw a line that may contain raised footnote markers."""
    words = line.split(" ")
    for i, w in enumerate(words):
        if i:
            c.setFont(font, size)
            c.drawString(x, y, " ")
            x += stringWidth(" ", font, size)
        for t, sup in split_word(w):
            if sup:
                c.setFont(font, SUP_SIZE)
                c.drawString(x, y + SUP_RISE, t)
                x += stringWidth(t, font, SUP_SIZE)
            else:
                c.setFont(font, size)
                c.drawString(x, y, t)
                x += stringWidth(t, font, size)
    return x


def markers(line):
    return MARK.findall(line)


class Doc:
    def __init__(self, path, draft_pages=None):
        self.c = canvas.Canvas(path, pagesize=A4)
        self.c.setTitle("MC/L/841 - Draft resolutions")
        self.page = 1
        self.y = None
        self.pending_fn = []       # footnote numbers of the current page
        self.draft_pages = draft_pages or {}
        self.found_pages = {}

    # ---- page furniture
    def cover(self):
        c = self.c
        right = X1
        y = H - 62
        c.setFont(BOLD, 11)
        c.drawString(X0, y, "SEVENTY-FIRST SESSION")
        c.drawRightString(right, y, SYMBOL)
        c.setFont(FONT, SIZE)
        x_block = right - stringWidth("Original: ENGLISH", FONT, SIZE)
        c.drawString(x_block, y - 14, "Original: ENGLISH")
        c.drawString(x_block, y - 28, "27 November 1995")
        y -= 78
        for t in ["DRAFT RESOLUTIONS SUBMITTED TO THE COUNCIL",
                  "AT ITS SEVENTY-FIRST SESSION"]:
            self.center(y, t, BOLD, 11, underline=True)
            y -= 15
        y -= 20
        # contents
        self.center(y, "CONTENTS", BOLD, SIZE)
        y -= LEAD + 4
        c.setFont(FONT, SIZE)
        c.drawRightString(right, y, "Page")
        y -= LEAD + 4
        cw = stringWidth("x", FONT, SIZE)
        lead_end = right - 4 * cw
        for lab, title, key in CONTENTS:
            pg = str(self.draft_pages.get(key, "?"))
            c.setFont(FONT, SIZE)
            c.drawString(X0, y, lab)
            tx = X0 + 6 * cw
            lines = wrap(title, lead_end - tx - 6 * cw, lead_end - tx - 6 * cw)
            for li, ln in enumerate(lines):
                c.drawString(tx, y, ln)
                if li == len(lines) - 1:
                    x = tx + stringWidth(ln + " ", FONT, SIZE)
                    n = int((lead_end - x) / cw)
                    c.drawString(x, y, "." * max(n, 3))
                    c.drawRightString(right - cw, y, pg)
                else:
                    y -= LEAD
            y -= LEAD + 3
        self.y = y - 14
        # trilingual footer of the organ
        c.setFont(BOLD, SIZE)
        c.drawString(X0, 42, "COUNCIL")
        c.drawCentredString(W / 2, 42, "CONSEIL")
        c.drawRightString(right, 42, "CONSEJO")
        self.bottom = 78.0

    def header(self):
        c = self.c
        c.setFont(FONT, SIZE)
        c.drawRightString(X1, H - 50, SYMBOL)
        c.drawRightString(X1, H - 50 - LEAD, "Page %d" % self.page)
        self.y = H - 50 - LEAD - 36
        self.bottom = BOTTOM

    def center(self, y, text, font, size, underline=False):
        c = self.c
        c.setFont(font, size)
        c.drawCentredString(W / 2, y, text)
        if underline:
            w = stringWidth(text, font, size)
            c.setLineWidth(0.6)
            c.line(W / 2 - w / 2, y - 2, W / 2 + w / 2, y - 2)

    def fn_lines(self, num):
        return wrap(FOOTNOTES[num], X1 - X0 - 18, X1 - X0 - 18, FONT, FN_SIZE)

    def fn_height(self, nums):
        if not nums:
            return 0.0
        h = 18.0
        for n in nums:
            h += len(self.fn_lines(n)) * FN_LEAD + 3
        return h

    def flush_footnotes(self):
        if not self.pending_fn:
            return
        c = self.c
        y = self.bottom + self.fn_height(self.pending_fn) - 8
        c.setFont(FONT, SIZE)
        c.drawString(X0, y, "__________")
        y -= 16
        for n in self.pending_fn:
            c.setFont(FONT, SUP_SIZE)
            c.drawString(X0, y + SUP_RISE, n)
            for ln in self.fn_lines(n):
                draw_runs(c, X0 + 18, y, ln, FONT, FN_SIZE)
                y -= FN_LEAD
            y -= 3
        self.pending_fn = []

    def new_page(self):
        self.flush_footnotes()
        self.c.showPage()
        self.page += 1
        self.header()

    def room(self):
        return self.y - self.bottom - self.fn_height(self.pending_fn)

    def need(self, h):
        if self.room() < h:
            self.new_page()

    def put_line(self, x, text, font=FONT, size=SIZE):
        new = [m for m in markers(text) if m not in self.pending_fn]
        extra = self.fn_height(self.pending_fn + new) - self.fn_height(self.pending_fn)
        if self.room() < LEAD + extra:
            self.new_page()
        self.pending_fn += [m for m in markers(text) if m not in self.pending_fn]
        draw_runs(self.c, x, self.y, text, font, size)
        self.y -= LEAD

    # ---- blocks
    def run(self, blocks):
        self.cover()
        i = 0
        while i < len(blocks):
            b = blocks[i]
            k = b[0]
            if k == "gap":
                self.y -= b[1]
            elif k == "pagebreak":
                self.new_page()
            elif k == "draftstart":
                # keep the heading group with the start of the preamble
                if self.room() < 15 * LEAD and self.y < H - 140:
                    self.new_page()
                self.found_pages[b[1]] = self.page
            elif k == "center":
                self.need(LEAD)
                lines = wrap(b[1], X1 - X0 - 60, X1 - X0 - 60, b[2], SIZE)
                for ln in lines:
                    self.need(LEAD)
                    self.center(self.y, ln, b[2], SIZE, underline=b[3])
                    self.y -= LEAD
            elif k == "council":
                self.need(LEAD * 3)
                self.put_line(X0 + 36, b[1])
            elif k == "para":
                lines = wrap(b[2], X1 - X0 - 36, X1 - X0)
                self.need(LEAD * 2)
                self.c.setFont(FONT, SIZE)
                self.c.drawString(X0, self.y, b[1])
                for j, ln in enumerate(lines):
                    self.put_line(X0 + 36 if j == 0 else X0, ln)
            elif k == "pre":
                lines = wrap(b[1], X1 - X0 - 36, X1 - X0)
                self.need(LEAD * 2)
                for j, ln in enumerate(lines):
                    self.put_line(X0 + 36 if j == 0 else X0, ln)
            elif k == "op":
                lines = wrap(b[2], X1 - X0 - 72, X1 - X0)
                self.need(LEAD * 2)
                self.c.setFont(FONT, SIZE)
                self.c.drawString(X0 + 36, self.y, b[1])
                for j, ln in enumerate(lines):
                    self.put_line(X0 + 72 if j == 0 else X0, ln)
            elif k == "item":
                lines = wrap(b[2], X1 - X0 - 108, X1 - X0 - 108)
                self.need(LEAD * 2)
                self.c.setFont(FONT, SIZE)
                self.c.drawString(X0 + 72, self.y, b[1])
                for ln in lines:
                    self.put_line(X0 + 108, ln)
            elif k == "tablegap":
                self.y -= 4
            elif k == "table":
                self.table(b[1], b[2])
            i += 1
        self.flush_footnotes()
        self.c.showPage()
        self.c.save()
        return self.page

    def table(self, head, rows):
        c = self.c
        self.need(LEAD * (len(rows) + 4))
        xl = X0 + 72
        xr = [X0 + 290, X1 - 30]      # right edges of the numeric columns
        c.setFont(BOLD, SIZE)
        for hi, hr in enumerate(head):
            if hi:
                self.y -= LEAD
            c.drawString(xl, self.y, hr[0])
            c.drawRightString(xr[0], self.y, hr[1])
            c.drawRightString(xr[1], self.y, hr[2])
        self.y -= 4
        c.setLineWidth(0.5)
        c.line(xl, self.y, xr[1], self.y)
        self.y -= LEAD
        for r in rows:
            font = BOLD if r[0] == "Total" else FONT
            if r[0] == "Total":
                c.line(xl, self.y + LEAD - 4, xr[1], self.y + LEAD - 4)
            c.setFont(font, SIZE)
            c.drawString(xl, self.y, r[0])
            c.drawRightString(xr[0], self.y, r[1])
            c.drawRightString(xr[1], self.y, r[2])
            self.y -= LEAD
        self.y -= 6


def build():
    tmp = OUT + ".pass1"
    d1 = Doc(tmp)
    d1.run(BODY)
    pages = d1.found_pages
    os.remove(tmp)
    d2 = Doc(OUT, pages)
    n = d2.run(BODY)
    assert d2.found_pages == pages, (d2.found_pages, pages)
    print("pages:", n, "draft pages:", pages)


if __name__ == "__main__":
    build()
