#!/usr/bin/env python
"""Draw rules-of-procedure-2007c.pdf: Rules of Procedure of the Standing Committee on
Programmes and Finance (SCPF/6, 14 November 2007), laid out the way IOM printed its
governing-body documents of that era. Uses reportlab only (canvas + Paragraph)."""
import os

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "rules-of-procedure-2007c.pdf")

SYMBOL = "SCPF/6"
PAGE_W, PAGE_H = A4
LM, RM = 72, 72
TOP_BODY = PAGE_H - 84          # first baseline region of the body on text pages
BOTTOM = 60                      # lowest y of the body / footnote area
COVER_BODY_TOP = PAGE_H - 250    # the text begins under the title on the first page
COVER_BOTTOM = 104               # above the trilingual cover footer
W = PAGE_W - LM - RM

FONT = "Times-Roman"
BOLD = "Times-Bold"
ITAL = "Times-Italic"

body = ParagraphStyle("body", fontName=FONT, fontSize=11, leading=13, alignment=TA_JUSTIFY)
intro = ParagraphStyle("intro", parent=body)
ruletext = ParagraphStyle("ruletext", parent=body, leftIndent=36)
subrule = ParagraphStyle("subrule", parent=body, leftIndent=36, bulletIndent=0,
                         bulletFontName=FONT, bulletFontSize=11)
item = ParagraphStyle("item", parent=body, leftIndent=72, bulletIndent=36,
                      bulletFontName=FONT, bulletFontSize=11)
chapter = ParagraphStyle("chapter", fontName=BOLD, fontSize=11, leading=13, alignment=TA_CENTER)
rulehd = ParagraphStyle("rulehd", fontName=BOLD, fontSize=11, leading=13, alignment=TA_CENTER)
caption = ParagraphStyle("caption", fontName=ITAL, fontSize=11, leading=13, alignment=TA_CENTER)
runtitle = ParagraphStyle("runtitle", fontName=BOLD, fontSize=12, leading=15, alignment=TA_CENTER)
fnstyle = ParagraphStyle("fn", fontName=FONT, fontSize=9, leading=11, alignment=TA_JUSTIFY,
                         leftIndent=10, firstLineIndent=-10)

# ---------------------------------------------------------------------------------------------
# Content
# ---------------------------------------------------------------------------------------------
FOOTNOTES = {
    1: "Sub-rule (4) was inserted by the Standing Committee at its second meeting, on "
       "31 October 2007, at the proposal of the delegation of Uruguay.",
    2: "The second sentence of sub-rule (2) was added on 31 October 2007; the draft in document "
       "SCPF/2 placed no limit on re-election.",
    3: "As amended on 31 October 2007. The draft text required the presence of a majority of the "
       "members for the opening of a meeting, a requirement that several delegations considered "
       "too strict for a body open to all Member States.",
}


def sup(n):
    return '<super><font size="7">%d</font></super>' % n


INTRO = [
    "By Resolution No. 1150 of 7 June 2007, the Council established the Standing Committee on "
    "Programmes and Finance as a subsidiary body open to all Member States, to take over the "
    "functions previously exercised by the Sub-Committee on Budget and Finance and the "
    "Subcommittee on the Coordination of Programmes. The same resolution invited the Standing "
    "Committee to adopt its own rules of procedure, taking the Rules of Procedure of the Council "
    "(MC/1849/Rev.3) as a model.",
    "The Rules reproduced below were adopted by the Standing Committee at its First Session, held "
    "on 30 and 31 October 2007, on the basis of the draft prepared by the Administration "
    "(SCPF/2). Changes made to that draft during the session are identified in footnotes.",
]

# Each chapter: (roman, heading, [rules]); each rule: (number, caption, body)
# body is either ("text", str, [items]) or ("subs", [(str, [items]), ...]).
CHAPTERS = [
    ("I", "MEMBERSHIP AND PARTICIPATION", [
        (1, "Composition", ("text",
            "The Standing Committee shall be composed of all the Member States of the "
            "Organization. Each Member State shall be represented by a delegate, who may be "
            "accompanied by such alternates and advisers as the Member State may designate.", [])),
        (2, "Observers", ("subs", [
            ("States and international governmental organizations that have been granted observer "
             "status by the Council may be represented by observers at the public meetings of the "
             "Standing Committee, without the right to vote.", []),
            ("The Standing Committee may, on a case-by-case basis, invite non-governmental "
             "organizations concerned with migration, refugees or displaced persons to follow its "
             "public meetings and, at the invitation of the Chairperson, to make brief statements "
             "on matters within their competence.", []),
        ])),
    ]),
    ("II", "SESSIONS", [
        (3, "Regular sessions", ("subs", [
            ("The Standing Committee shall hold two regular sessions each year: the first in the "
             "second quarter of the year and the second in the autumn, in good time before the "
             "regular session of the Council.", []),
            ("Sessions shall be held at the Headquarters of the Organization in Geneva, unless the "
             "Standing Committee decides otherwise. The dates shall be fixed by the Chairperson in "
             "consultation with the Director General.", []),
        ])),
        (4, "Special sessions", ("text",
            "The Director General shall convene a special session of the Standing Committee within "
            "30 days of receiving a request to that effect from:", [
                ("(a)", "the Council or its Chairperson;"),
                ("(b)", "the Chairperson of the Standing Committee, after consultation with the "
                        "other officers; or"),
                ("(c)", "not less than one third of the Member States of the Organization."),
            ])),
        (5, "Notification of sessions", ("text",
            "The Director General shall notify Member States and observers of the date and place of "
            "each regular session, and transmit the provisional agenda, not less than six weeks "
            "before its opening. For special sessions the period of notice shall be not less than "
            "two weeks.", [])),
    ]),
    ("III", "AGENDA", [
        (6, "Provisional agenda", ("subs", [
            ("The provisional agenda of each session shall be drawn up by the Director General in "
             "consultation with the Chairperson.", []),
            ("Any Member State may request the inclusion of an item in the provisional agenda of a "
             "regular session. Such a request shall reach the Director General not later than "
             "30 days before the opening of the session and shall be accompanied by an explanatory "
             "note.", []),
            ("The provisional agenda of each regular session shall include, as appropriate:", [
                ("(a)", "the Programme and Budget for the following year and any revision of the "
                        "Programme and Budget for the current year;"),
                ("(b)", "the financial report for the preceding year, together with the report of "
                        "the External Auditor thereon;"),
                ("(c)", "the status of contributions outstanding to the Administrative Part of the "
                        "Budget and the measures taken to recover them;"),
                ("(d)", "the scale of assessment for the following year;"),
                ("(e)", "reports on the implementation of programmes and on policy questions "
                        "referred to the Standing Committee by the Council; and"),
                ("(f)", "any item proposed under sub-rule (2)."),
            ]),
            ("Documents relating to items on the provisional agenda shall be made available to "
             "Member States, in the three official languages, not later than three weeks before the "
             "opening of the session." + sup(1) + " If a document cannot be issued within that "
             "period, the Director General shall indicate:", [
                ("(a)", "the reasons for the delay; and"),
                ("(b)", "the date on which the document is expected to be issued."),
            ]),
        ])),
        (7, "Adoption of the agenda", ("text",
            "The first item on the provisional agenda of each session shall be the adoption of the "
            "agenda. The Standing Committee may, by a majority of the members present and voting, "
            "add, delete, defer or amend items.", [])),
    ]),
    ("IV", "OFFICERS", [
        (8, "Election of officers", ("subs", [
            ("At the opening meeting of its first regular session in each calendar year, the "
             "Standing Committee shall elect from among the representatives of its members a "
             "Chairperson, a Vice-Chairperson and a Rapporteur. The officers shall hold office "
             "until their successors are elected.", []),
            ("In electing its officers, the Standing Committee shall have regard to equitable "
             "geographical representation. No officer may be re-elected to the same office for "
             "more than one consecutive term." + sup(2), []),
        ])),
        (9, "Powers of the Chairperson", ("text",
            "Subject to these Rules and under the authority of the Standing Committee, the "
            "Chairperson shall:", [
                ("(a)", "declare the opening and closing of each meeting;"),
                ("(b)", "direct the discussions and ensure the observance of these Rules;"),
                ("(c)", "accord the right to speak and put questions to the decision of the "
                        "Standing Committee;"),
                ("(d)", "rule on points of order; and"),
                ("(e)", "announce the decisions taken."),
            ])),
    ]),
    ("V", "CONDUCT OF BUSINESS", [
        (10, "Public and private meetings", ("subs", [
            ("The meetings of the Standing Committee shall be held in public unless it decides "
             "that exceptional circumstances require a meeting to be held in private.", []),
            ("Only members of the Standing Committee and members of the Administration whose "
             "presence is required shall attend private meetings. At the close of such a meeting, "
             "the Chairperson may issue a communiqu\u00e9 through the Director General.", []),
        ])),
        (11, "Quorum", ("text",
            "One third of the members of the Standing Committee shall constitute a quorum for the "
            "opening of a meeting and the conduct of debate. The presence of a majority of the "
            "members shall be required for any decision to be taken." + sup(3), [])),
        (12, "Speeches", ("subs", [
            ("No person may address the Standing Committee without having first obtained the "
             "permission of the Chairperson. The Chairperson shall call upon speakers in the order "
             "in which they signify their wish to speak.", []),
            ("The Standing Committee may, on a proposal of the Chairperson or of any member, limit "
             "the time allowed to each speaker and the number of times each representative may "
             "speak on any question.", []),
        ])),
    ]),
    ("VI", "DECISIONS AND VOTING", [
        (13, "Consensus", ("subs", [
            ("The Standing Committee shall make every effort to reach its decisions and "
             "recommendations by consensus.", []),
            ("If all efforts to reach consensus have been exhausted, a decision shall be taken by "
             "vote in accordance with Rules 14 and 15.", []),
        ])),
        (14, "Voting rights and majority", ("subs", [
            ("Each member of the Standing Committee shall have one vote. Except as otherwise "
             "provided in these Rules, decisions shall be taken by a majority of the members "
             "present and voting.", []),
            ("A member which is in arrears in the payment of its financial contributions to the "
             "Organization shall have no vote if the total amount of its arrears equals or exceeds "
             "the amount of the contributions due from it for the preceding two full years, in "
             "accordance with Article 4, paragraph 4, of the Constitution.", []),
        ])),
        (15, "Method of voting", ("text",
            "The Standing Committee shall normally vote by show of hands. Any member may request a "
            "roll-call, which shall be taken in the English alphabetical order of the names of the "
            "members, beginning with the member whose name is drawn by lot by the Chairperson.",
            [])),
    ]),
    ("VII", "REPORTS AND LANGUAGES", [
        (16, "Reports", ("subs", [
            ("At the end of each session the Standing Committee shall adopt a report containing "
             "its conclusions and recommendations, prepared under the responsibility of the "
             "Rapporteur.", []),
            ("The reports of the Standing Committee shall be transmitted by the Director General "
             "to all Member States and submitted to the Council at its next session.", []),
        ])),
        (17, "Languages", ("text",
            "English, French and Spanish shall be the official and working languages of the "
            "Standing Committee. Statements made in any of these languages shall be interpreted "
            "into the other two.", [])),
    ]),
    ("VIII", "FINAL PROVISIONS", [
        (18, "Application of the Rules of Procedure of the Council", ("text",
            "In any matter not provided for in these Rules, the Rules of Procedure of the Council "
            "shall apply <i>mutatis mutandis</i>.", [])),
        (19, "Amendment of the Rules", ("subs", [
            ("These Rules may be amended by decision of the Standing Committee taken by a "
             "two-thirds majority of the members present and voting, provided that the proposed "
             "amendment has been circulated to all members at least 24 hours before it is "
             "considered.", []),
            ("Any amendment adopted shall be reported to the Council at its next session.", []),
        ])),
    ]),
]


# ---------------------------------------------------------------------------------------------
# Flow: a list of blocks (paragraph, space_before, footnote numbers, keep_with_next)
# ---------------------------------------------------------------------------------------------
class Block:
    def __init__(self, para, space_before=0, fns=(), keep=False, splittable=True):
        self.para = para
        self.space_before = space_before
        self.fns = list(fns)
        self.keep = keep
        self.splittable = splittable


def build_blocks():
    blocks = []
    for i, t in enumerate(INTRO):
        blocks.append(Block(Paragraph(t, intro), 0 if i == 0 else 8))
    for roman, heading, rules in CHAPTERS:
        blocks.append(Block(Paragraph("%s \u2013 %s" % (roman, heading), chapter), 18, keep=True,
                            splittable=False))
        for j, (num, cap, content) in enumerate(rules):
            blocks.append(Block(Paragraph("Rule %d" % num, rulehd), 8 if j == 0 else 12,
                                keep=True, splittable=False))
            blocks.append(Block(Paragraph(cap, caption), 0, keep=True, splittable=False))
            if content[0] == "text":
                _, txt, items = content
                fns = [n for n in FOOTNOTES if sup(n) in txt]
                blocks.append(Block(Paragraph(txt, ruletext), 6, fns=fns))
                for lab, itxt in items:
                    blocks.append(Block(Paragraph(itxt, item, bulletText=lab), 4))
            else:
                for k, (txt, items) in enumerate(content[1]):
                    fns = [n for n in FOOTNOTES if sup(n) in txt]
                    blocks.append(Block(Paragraph(txt, subrule, bulletText="(%d)" % (k + 1)),
                                        6, fns=fns))
                    for lab, itxt in items:
                        blocks.append(Block(Paragraph(itxt, item, bulletText=lab), 4))
    return blocks


def raised_numbers(part):
    """Footnote numbers whose raised marker is printed in this (split) paragraph part."""
    part.wrap(W, 1000)
    found = set()
    for line in getattr(part.blPara, "lines", []):
        for w in getattr(line, "words", []):
            if getattr(w, "rise", 0) and w.text.strip().isdigit():
                found.add(int(w.text.strip()))
    return found


def fn_paras(nums):
    return [Paragraph(sup(n) + "&nbsp;&nbsp;" + FOOTNOTES[n], fnstyle) for n in nums]


def fn_height(nums):
    if not nums:
        return 0
    h = 14  # separator line and gap
    for p in fn_paras(nums):
        h += p.wrap(W, 1000)[1] + 2
    return h


def draw_header(c, page_no):
    c.setFont(FONT, 11)
    c.drawRightString(PAGE_W - RM, PAGE_H - 44, SYMBOL)
    c.drawRightString(PAGE_W - RM, PAGE_H - 57, "Page %d" % page_no)


def draw_footnotes(c, nums, bottom):
    if not nums:
        return
    paras = fn_paras(nums)
    heights = [p.wrap(W, 1000)[1] for p in paras]
    top = bottom + sum(h + 2 for h in heights)
    c.setLineWidth(0.5)
    c.line(LM, top + 8, LM + 144, top + 8)
    y = top
    for p, h in zip(paras, heights):
        p.drawOn(c, LM, y - h)
        y -= h + 2


def draw_cover(c):
    c.setFont(BOLD, 12)
    c.drawRightString(PAGE_W - RM, PAGE_H - 60, SYMBOL)
    c.setFont(FONT, 11)
    c.drawRightString(PAGE_W - RM, PAGE_H - 76, "Original: English")
    c.drawRightString(PAGE_W - RM, PAGE_H - 90, "14 November 2007")
    c.setFont(BOLD, 12)
    c.drawCentredString(PAGE_W / 2, PAGE_H - 132, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE")
    c.drawCentredString(PAGE_W / 2, PAGE_H - 148, "FIRST SESSION")
    c.setLineWidth(0.8)
    c.line(LM, PAGE_H - 164, PAGE_W - RM, PAGE_H - 164)
    c.setFont(BOLD, 13)
    c.drawCentredString(PAGE_W / 2, PAGE_H - 200, "RULES OF PROCEDURE OF THE")
    c.drawCentredString(PAGE_W / 2, PAGE_H - 217, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE")
    # trilingual cover footer
    c.setLineWidth(0.8)
    c.line(LM, 92, PAGE_W - RM, 92)
    c.setFont(BOLD, 9)
    c.drawCentredString(PAGE_W / 2, 78, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE")
    c.drawCentredString(PAGE_W / 2, 66, "COMIT\u00c9 PERMANENT DES PROGRAMMES ET DES FINANCES")
    c.drawCentredString(PAGE_W / 2, 54, "COMIT\u00c9 PERMANENTE DE PROGRAMAS Y FINANZAS")


def layout(c, blocks, log):
    # the text starts on the first page, under the cover block and above the cover footer
    page_no = 1
    draw_cover(c)
    y = COVER_BODY_TOP
    page_fns = []

    def bot():
        return COVER_BOTTOM if page_no == 1 else BOTTOM

    def new_page():
        nonlocal page_no, y, page_fns
        draw_footnotes(c, page_fns, bot())
        c.showPage()
        page_no += 1
        draw_header(c, page_no)
        y = TOP_BODY
        page_fns = []

    i = 0
    while i < len(blocks):
        b = blocks[i]
        top_of_page = (y == TOP_BODY) or (y == COVER_BODY_TOP)
        sb = 0 if top_of_page else b.space_before
        # keep-with-next group: headings must carry at least two lines of what follows
        if b.keep:
            need = sb
            j = i
            while j < len(blocks) and blocks[j].keep:
                need += (blocks[j].space_before if j > i else 0) + blocks[j].para.wrap(W, 1000)[1]
                j += 1
            if j < len(blocks):
                nb = blocks[j]
                need += nb.space_before + min(nb.para.wrap(W, 1000)[1], 2 * 13)
            if y - need < bot() + fn_height(page_fns) and not top_of_page:
                new_page()
                sb = 0
        _, h = b.para.wrap(W, 1000)
        avail = y - sb - bot() - fn_height(page_fns + b.fns)
        if h <= avail:
            y -= sb
            b.para.drawOn(c, LM, y - h)
            y -= h
            page_fns += b.fns
            log.append((page_no, (b.para.text or "(continued)")[:50]))
            i += 1
            continue
        if b.splittable:
            parts = b.para.split(W, avail)
            if len(parts) == 2:
                y -= sb
                ph = parts[0].wrap(W, avail)[1]
                parts[0].drawOn(c, LM, y - ph)
                first_fns = [n for n in b.fns if n in raised_numbers(parts[0])]
                page_fns += first_fns
                log.append((page_no, "SPLIT " + (b.para.text or "")[:50]))
                new_page()
                rest = parts[1]
                blocks[i] = Block(rest, 0, fns=[n for n in b.fns if n not in first_fns],
                                  splittable=True)
                continue
        new_page()
    draw_footnotes(c, page_fns, bot())
    c.showPage()


def main():
    c = canvas.Canvas(OUT, pagesize=A4)
    c.setTitle("SCPF/6 - Rules of Procedure of the Standing Committee on Programmes and Finance")
    c.setAuthor("International Organization for Migration")
    log = []
    layout(c, build_blocks(), log)
    c.save()
    last = None
    for p, t in log:
        if p != last:
            print("--- page", p)
            last = p
        print("   ", t)


if __name__ == "__main__":
    main()
