#!/usr/bin/env python3
"""Draws rules-of-procedure-2013c.pdf: IOM Council Rules of Procedure, re-issued December 2013
(MC-era cover with trilingual footer; chapters, rules with captions, hanging-indent sub-rules)."""
import os
import re
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "rules-of-procedure-2013c.pdf")
FONTDIR = "/usr/share/fonts/truetype/dejavu"

SYMBOL = "MC/2393"

# ---------------------------------------------------------------- content
# A rule is (number, caption, body); body is either a list of sub-rules [(text, items)] or
# ("single", text, items).  Items are lists of (label, text).  "{fn:N}" marks a footnote.
FOOTNOTES = {
    1: "Sub-rule 2 as amended by Resolution No. 1244 of 27 November 2012. Before that date the "
       "limit of two consecutive terms applied to the Chairperson alone.",
    2: "Sub-paragraph (c) as amended by Resolution No. 1092 (LXXXVI) of 2 December 2003, on the "
       "basis of the proposals set out in document MC/2109.",
    3: "Text as revised by Resolution No. 1266 of 27 November 2013, in line with Article 4, "
       "paragraph 4, of the Constitution as amended, which entered into force on 21 November 2013.",
}

CHAPTERS = [
    ("I", "SESSIONS", [
        (1, "Regular sessions", [
            ("The Council shall meet in regular session once a year, at a date fixed by the Council at "
             "its preceding regular session. Sessions shall be held at the Headquarters of the "
             "Organization in Geneva unless the Council decides otherwise.", None),
            ("The Director General may, after consulting the Chairperson and the officers of the "
             "Standing Committee on Programmes and Finance, postpone the opening of a regular session "
             "by not more than four weeks where circumstances so require.", None),
            ("A regular session shall normally last no longer than four working days.", None),
        ]),
        (2, "Special sessions", ("single",
            "The Director General shall convene the Council in special session, within 30 days of "
            "receiving the request, whenever so requested by:", [
                ("(a)", "one third of the Members of the Organization;"),
                ("(b)", "the Standing Committee on Programmes and Finance, by a decision taken by a "
                        "two-thirds majority of its members; or"),
                ("(c)", "the Chairperson of the Council, in urgent circumstances and after consultation "
                        "with the Director General."),
            ])),
        (3, "Notification of sessions", [
            ("The Director General shall notify all Members of the opening date of each regular session "
             "not less than 45 days before that date. The notification shall also be sent to the "
             "observers referred to in Rule 18.", None),
            ("In the case of a special session, the notification shall be dispatched not less than "
             "15 days before the opening date.", None),
        ]),
    ]),
    ("II", "AGENDA", [
        (4, "Provisional agenda", [
            ("The provisional agenda of each session shall be drawn up by the Director General, who "
             "shall consult the Chairperson of the Council for that purpose.", None),
            ("The provisional agenda of a regular session, together with the essential documents "
             "relating to each item, shall be communicated to the Members not less than 30 days before "
             "the opening of the session.", None),
            ("Any Member may, not less than 15 days before the opening of a regular session, request "
             "the inclusion of a supplementary item. Such a request shall be accompanied by an "
             "explanatory memorandum.", None),
            ("The provisional agenda of a special session shall comprise only:", [
                ("(a)", "the election of officers, where necessary;"),
                ("(b)", "the adoption of the agenda;"),
                ("(c)", "the items proposed in the request for the session; and"),
                ("(d)", "any item which the Director General considers it necessary to add."),
            ]),
        ]),
        (5, "Adoption of the agenda", ("single",
            "At the opening of each session, the Council shall adopt its agenda on the basis of the "
            "provisional agenda and of any supplementary items. It may, by a majority of the Members "
            "present and voting, delete, defer or amend items, or add urgent items during the session.",
            None)),
    ]),
    ("III", "OFFICERS", [
        (6, "Election", [
            ("At the beginning of each regular session, the Council shall elect from among the "
             "representatives of its Members a Chairperson, a First Vice-Chairperson, a Second "
             "Vice-Chairperson and a Rapporteur.", None),
            ("The officers shall remain in office until their successors have been elected. They shall "
             "be eligible for re-election, but no officer may serve more than two consecutive terms in "
             "the same office.{fn:1}", None),
            ("In the election of officers, the Council shall have regard to equitable geographical "
             "distribution and to a balance between women and men.", None),
        ]),
        (7, "Acting Chairperson", [
            ("If the Chairperson is absent from a meeting or any part thereof, the First "
             "Vice-Chairperson or, in his or her absence, the Second Vice-Chairperson shall preside.",
             None),
            ("A Vice-Chairperson acting as Chairperson shall have the same powers and duties as the "
             "Chairperson.", None),
        ]),
        (8, "Powers of the Chairperson", ("single",
            "In addition to exercising the powers conferred upon him or her elsewhere by these Rules, "
            "the Chairperson shall:", [
                ("(a)", "declare the opening and closing of each meeting;"),
                ("(b)", "direct the discussions and ensure observance of these Rules;"),
                ("(c)", "accord the right to speak, put questions to the vote and announce "
                        "decisions;{fn:2}"),
                ("(d)", "rule on points of order, subject to Rule 14; and"),
                ("(e)", "propose the limitation of speaking time and the closure of the list of "
                        "speakers."),
            ])),
    ]),
    ("IV", "SECRETARIAT", [
        (9, "Duties of the Director General", [
            ("The Director General, or a member of the staff designated by him or her, shall act in "
             "that capacity at all meetings of the Council and may make oral or written statements on "
             "any matter under consideration.", None),
            ("The Director General shall provide the staff required by the Council and shall be "
             "responsible for all arrangements for its meetings, including the interpretation of "
             "speeches and the translation and distribution of documents.", None),
        ]),
        (10, "Report of the session", ("single",
            "A draft report on each session shall be prepared under the authority of the Rapporteur "
            "and circulated to Members for comment. The final report shall be submitted to the Council "
            "for approval at its next regular session.", None)),
    ]),
    ("V", "CONDUCT OF BUSINESS", [
        (11, "Quorum", ("single",
            "A majority of the Members of the Organization shall constitute a quorum for meetings of "
            "the Council.", None)),
        (12, "Public and private meetings", [
            ("The meetings of the Council shall be held in public unless the Council decides "
             "otherwise.", None),
            ("At the close of a private meeting, the Chairperson may issue a communiqu\u00e9 through the "
             "Director General.", None),
        ]),
        (13, "Speeches", [
            ("No representative may address the Council without having previously obtained the "
             "permission of the Chairperson. The Chairperson shall call upon speakers in the order in "
             "which they signify their desire to speak.", None),
            ("The Council may limit the time allowed to each speaker and the number of times each "
             "representative may speak on any question.", None),
            ("Observers may be called upon to speak after the representatives of Members have spoken, "
             "unless the Chairperson decides otherwise.", None),
        ]),
        (14, "Points of order", [
            ("During the discussion of any matter, a representative may raise a point of order, which "
             "shall be decided immediately by the Chairperson.", None),
            ("A representative may appeal against the ruling of the Chairperson. The appeal shall be "
             "put to the vote immediately, and the ruling shall stand unless overruled by a majority of "
             "the Members present and voting.", None),
        ]),
    ]),
    ("VI", "VOTING", [
        (15, "Voting rights", ("single",
            "Each Member shall have one vote in the Council. A Member which is in arrears in the "
            "payment of its financial contributions to the Organization shall have no vote if the "
            "total amount of its arrears equals or exceeds the amount of the contributions due from it "
            "for the preceding two full years.{fn:3}", None)),
        (16, "Majority required", [
            ("Except where the Constitution or these Rules provide otherwise, decisions of the Council "
             "shall be taken by a majority of the Members present and voting.", None),
            ("Decisions for which the Constitution requires a two-thirds majority shall be taken by a "
             "two-thirds majority of the Members present and voting.", None),
            ("For the purposes of these Rules, the phrase \u201cMembers present and voting\u201d means "
             "Members casting an affirmative or negative vote. Members which abstain from voting shall "
             "be considered as not voting.", None),
        ]),
        (17, "Method of voting", [
            ("The Council shall normally vote by a show of hands, but any Member may request a roll "
             "call, which shall be taken in the English alphabetical order of the names of the "
             "Members.", None),
            ("All elections shall be held by secret ballot unless, in the absence of any objection, the "
             "Council decides to elect a candidate by acclamation.", None),
        ]),
    ]),
    ("VII", "OBSERVERS AND FINAL PROVISIONS", [
        (18, "Observers", [
            ("The Council may invite non-member States, the United Nations and its specialized "
             "agencies, and other intergovernmental and non-governmental organizations concerned with "
             "migration to be represented at its sessions by observers.", None),
            ("Observers shall have no vote, but they may submit written statements, which the Director "
             "General shall circulate to the Members.", None),
        ]),
        (19, "Amendments", ("single",
            "These Rules may be amended by a decision of the Council taken by a majority of the Members "
            "present and voting, provided that the proposed amendment has been circulated to all "
            "Members not less than 24 hours before it is considered.", None)),
    ]),
]

COVER_NOTE = ("The present Rules of Procedure were approved by the Council at its 103rd Session through "
              "Resolution No. 1266 of 27 November 2013. They replace the Rules of Procedure reproduced "
              "in document MC/2222, which should be discarded.")

# ---------------------------------------------------------------- geometry
PAGE_W, PAGE_H = 210, 297
LM, RM = 25, 20
TW = PAGE_W - LM - RM
TOP_Y = 30            # first body line on pages with a running header
BOTTOM = 277          # lowest baseline area for body text
BODY_PT, LH = 10.5, 5.0
FN_PT, FN_LH = 8.5, 3.9
HANG = 10             # hanging indent of sub-rule numbers
ITEM_LABEL = 10       # item label offset
ITEM_TEXT = 20        # item text offset


class Doc(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("S", "", 10)
        self.set_xy(LM, 10)
        self.cell(TW, 4.5, SYMBOL, align="R")
        self.set_xy(LM, 14.5)
        self.cell(TW, 4.5, "Page %d" % (self.page_no() - 1), align="R")


pdf = Doc(unit="mm", format="A4")
pdf.add_font("S", "", os.path.join(FONTDIR, "DejaVuSerifCondensed.ttf"))
pdf.add_font("S", "B", os.path.join(FONTDIR, "DejaVuSerifCondensed-Bold.ttf"))
pdf.add_font("S", "I", os.path.join(FONTDIR, "DejaVuSerifCondensed-Italic.ttf"))
pdf.add_font("S", "BI", os.path.join(FONTDIR, "DejaVuSerifCondensed-BoldItalic.ttf"))
pdf.set_auto_page_break(False)
pdf.set_margins(LM, 10, RM)


# ---------------------------------------------------------------- text layout helpers
def tokenize(text):
    """Split into words; a word may carry a footnote number (raised marker glued after it)."""
    toks = []
    for w in text.split():
        m = re.match(r"^(.*?)\{fn:(\d+)\}$", w)
        if m:
            toks.append((m.group(1), int(m.group(2))))
        else:
            toks.append((w, None))
    return toks


def tok_width(tok, pt, style=""):
    w, fn = tok
    pdf.set_font("S", style, pt)
    width = pdf.get_string_width(w)
    if fn is not None:
        pdf.set_font("S", "", pt * 0.62)
        width += pdf.get_string_width(str(fn)) + 0.2
    return width


def break_lines(toks, width, pt, style=""):
    pdf.set_font("S", style, pt)
    space = pdf.get_string_width(" ")
    lines, cur, cur_w = [], [], 0.0
    for t in toks:
        tw = tok_width(t, pt, style)
        if cur and cur_w + space + tw > width:
            lines.append(cur)
            cur, cur_w = [t], tw
        else:
            cur_w = tw if not cur else cur_w + space + tw
            cur.append(t)
    if cur:
        lines.append(cur)
    return lines


def draw_line(line, x, y, width, pt, justify, style=""):
    """Draw one line of tokens with its top at y."""
    pdf.set_font("S", style, pt)
    space = pdf.get_string_width(" ")
    widths = [tok_width(t, pt, style) for t in line]
    gap = space
    if justify and len(line) > 1:
        gap = (width - sum(widths)) / (len(line) - 1)
    base = y + pt * 0.3528 * 0.85   # approximate baseline from top
    cx = x
    for (w, fn), tw in zip(line, widths):
        pdf.set_font("S", style, pt)
        pdf.text(cx, base, w)
        if fn is not None:
            ww = pdf.get_string_width(w)
            pdf.set_font("S", "", pt * 0.62)
            pdf.text(cx + ww + 0.2, base - pt * 0.3528 * 0.38, str(fn))
        cx += tw + gap


class Flow:
    """Body flow with page breaks and footnotes at the foot of the page where the marker falls."""

    def __init__(self):
        self.y = None
        self.page_fns = []

    def fn_lines(self, n):
        return break_lines(tokenize(FOOTNOTES[n]), TW - 6, FN_PT)

    def fn_height(self, fns):
        if not fns:
            return 0
        h = 5.0
        for n in fns:
            h += len(self.fn_lines(n)) * FN_LH + 0.8
        return h

    def limit(self, extra=()):
        return BOTTOM - self.fn_height(self.page_fns + list(extra))

    def flush_footnotes(self):
        if not self.page_fns:
            return
        h = self.fn_height(self.page_fns)
        y = BOTTOM - h + 2.0
        pdf.set_line_width(0.2)
        pdf.line(LM, y, LM + 45, y)
        y += 2.5
        for n in self.page_fns:
            lines = self.fn_lines(n)
            pdf.set_font("S", "", FN_PT * 0.7)
            pdf.text(LM + 1, y + FN_PT * 0.3528 * 0.85 - 0.6, str(n))
            for i, ln in enumerate(lines):
                draw_line(ln, LM + 6, y, TW - 6, FN_PT, i < len(lines) - 1)
                y += FN_LH
            y += 0.8
        self.page_fns = []

    def new_page(self):
        self.flush_footnotes()
        pdf.add_page()
        self.y = TOP_Y

    def ensure(self, h):
        if self.y + h > self.limit():
            self.new_page()

    def para(self, text, x_off=0, label=None, label_off=0, style="", pt=BODY_PT, justify=True):
        x = LM + x_off
        width = TW - x_off
        lines = break_lines(tokenize(text), width, pt, style)
        for i, ln in enumerate(lines):
            fns = [fn for _, fn in ln if fn is not None]
            if self.y + LH > self.limit(fns):
                self.new_page()
            if i == 0 and label:
                pdf.set_font("S", style, pt)
                pdf.text(LM + label_off, self.y + pt * 0.3528 * 0.85, label)
            draw_line(ln, x, self.y, width, pt, justify and i < len(lines) - 1, style)
            self.page_fns.extend(fns)
            self.y += LH

    def centred(self, text, style, pt=BODY_PT):
        pdf.set_font("S", style, pt)
        w = pdf.get_string_width(text)
        pdf.text(LM + (TW - w) / 2, self.y + pt * 0.3528 * 0.85, text)
        self.y += LH


# ---------------------------------------------------------------- cover page
pdf.add_page()
pdf.set_font("S", "B", 11)
pdf.set_xy(LM, 18)
pdf.cell(TW, 5, SYMBOL, align="R")
pdf.set_font("S", "", 11)
pdf.set_xy(LM, 24)
pdf.cell(TW, 5, "Original: English", align="R")
pdf.set_xy(LM, 29.5)
pdf.cell(TW, 5, "10 December 2013", align="R")

pdf.set_font("S", "B", 11)
pdf.set_xy(LM, 62)
pdf.cell(TW, 5, "103RD SESSION", align="C")
pdf.set_font("S", "", 11)
pdf.set_xy(LM, 70)
pdf.cell(TW, 5, "_" * 48, align="C")

pdf.set_font("S", "B", 13)
pdf.set_xy(LM, 112)
pdf.cell(TW, 6.5, "RULES OF PROCEDURE", align="C")
pdf.set_xy(LM, 119)
pdf.cell(TW, 6.5, "OF THE COUNCIL", align="C")
pdf.set_font("S", "", 11)
pdf.set_xy(LM, 130)
pdf.cell(TW, 5, "(As amended up to 27 November 2013)", align="C")

pdf.set_font("S", "", 11)
pdf.set_xy(LM, 232)
pdf.cell(40, 5, "__________")
cov_lines = break_lines(tokenize(COVER_NOTE), TW, 10)
cy = 240
for i, ln in enumerate(cov_lines):
    draw_line(ln, LM, cy, TW, 10, i < len(cov_lines) - 1)
    cy += 4.8

pdf.set_line_width(0.4)
pdf.line(LM, 276, PAGE_W - RM, 276)
pdf.set_font("S", "B", 11)
for word, align in (("COUNCIL", "L"), ("CONSEIL", "C"), ("CONSEJO", "R")):
    pdf.set_xy(LM, 278)
    pdf.cell(TW, 5, word, align=align)

# ---------------------------------------------------------------- body
flow = Flow()
pdf.add_page()
flow.y = TOP_Y - 4
flow.centred("RULES OF PROCEDURE OF THE COUNCIL", "B")
flow.y += 4

first = True
for num, heading, rules in CHAPTERS:
    if not first:
        flow.y += 5
    first = False
    flow.ensure(LH * 5 + 12)
    flow.centred("%s \u2013 %s" % (num, heading), "B")
    flow.y += 2.5
    for rno, caption, body in rules:
        flow.y += 3.0
        flow.ensure(LH * 4 + 2)
        flow.centred("Rule %d" % rno, "B")
        flow.centred(caption, "I")
        flow.y += 1.8
        if isinstance(body, tuple):
            _, text, items = body
            if items:
                flow.ensure(LH * 3)
            flow.para(text)
            for lab, itext in items or []:
                flow.para(itext, x_off=ITEM_TEXT, label=lab, label_off=ITEM_LABEL)
        else:
            for k, (text, items) in enumerate(body, 1):
                # hanging indent: number at the margin, text indented; no extra space between sub-rules
                if items:
                    flow.ensure(LH * 3)
                flow.para(text, x_off=HANG, label="%d." % k, label_off=0)
                for lab, itext in items or []:
                    flow.para(itext, x_off=ITEM_TEXT, label=lab, label_off=ITEM_LABEL)
flow.flush_footnotes()

pdf.output(OUT)
print("wrote", OUT, "pages:", pdf.page_no())
