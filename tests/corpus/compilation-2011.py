"""Draws compilation-2011.pdf: resolutions adopted by the IOM Council at its 100th Session (2011),
printed together under one cover (MC/2337). Drawn with fpdf2."""
import os
import re

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "compilation-2011.pdf")

SYMBOL = "MC/2337"
LEFT = 25.0
RIGHT = 185.0
WIDTH = RIGHT - LEFT
FONT = "Times"
SIZE = 12
LINE = 5.6


class Doc(FPDF):
    def __init__(self):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_margins(LEFT, 20, 210 - RIGHT)
        self.set_auto_page_break(False)
        self.page_label = None

    def header(self):
        if self.page_label is None:
            return
        self.set_font(FONT, "", 11)
        self.set_xy(LEFT, 14)
        self.cell(WIDTH, 5, SYMBOL, align="R")
        self.set_xy(LEFT, 19)
        self.cell(WIDTH, 5, "Page %s" % self.page_label, align="R")


# ---------------------------------------------------------------- text runs
TOKEN = re.compile(r"\{i\}(.*?)\{/i\}|\{b\}(.*?)\{/b\}|\{sup\}(.*?)\{/sup\}|([^{]+)")


def runs(text):
    out = []
    for m in TOKEN.finditer(text):
        if m.group(1) is not None:
            out.append((m.group(1), "I"))
        elif m.group(2) is not None:
            out.append((m.group(2), "B"))
        elif m.group(3) is not None:
            out.append((m.group(3), "SUP"))
        else:
            out.append((m.group(4), ""))
    return out


def words(text):
    """Split into (word, style, space_before) tokens."""
    toks = []
    pending_space = False
    for chunk, style in runs(text):
        if style == "SUP":
            toks.append((chunk, "SUP", False))
            pending_space = False
            continue
        parts = re.split(r"(\s+)", chunk)
        for p in parts:
            if p == "":
                continue
            if p.isspace():
                pending_space = True
                continue
            toks.append((p, style, pending_space if toks else False))
            pending_space = False
    return toks


def width_of(pdf, word, style, size):
    if style == "SUP":
        pdf.set_font(FONT, "", size * 0.62)
    else:
        pdf.set_font(FONT, style, size)
    return pdf.get_string_width(word)


def paragraph(pdf, y, text, first_x, cont_x, right=RIGHT, size=SIZE, line=LINE):
    """Left-aligned wrapped paragraph; first line at first_x, later lines at cont_x."""
    toks = words(text)
    pdf.set_font(FONT, "", size)
    space = pdf.get_string_width(" ")
    lines = []
    cur = []
    x = first_x
    start = first_x
    for w, st, sp in toks:
        wd = width_of(pdf, w, st, size)
        gap = space if (sp and cur) else 0
        if cur and x + gap + wd > right and st != "SUP":
            lines.append((start, cur))
            cur = []
            start = cont_x
            x = cont_x
            gap = 0
        cur.append((w, st, x + gap, wd))
        x = x + gap + wd
    if cur:
        lines.append((start, cur))
    for _, items in lines:
        for w, st, wx, wd in items:
            if st == "SUP":
                pdf.set_font(FONT, "", size * 0.62)
                pdf.text(wx, y - size * 0.16, w)
            else:
                pdf.set_font(FONT, st, size)
                pdf.text(wx, y, w)
        y += line
    return y


def centred(pdf, y, text, style="", size=SIZE):
    pdf.set_font(FONT, style, size)
    w = pdf.get_string_width(text)
    pdf.text(LEFT + (WIDTH - w) / 2, y, text)


def right(pdf, y, text, style="", size=SIZE):
    pdf.set_font(FONT, style, size)
    w = pdf.get_string_width(text)
    pdf.text(RIGHT - w, y, text)


# ---------------------------------------------------------------- content
RESOLUTIONS = [
    {
        "number": 1219,
        "adopted": "(Adopted by the Council at its 501st meeting on 5 December 2011)",
        "title": ["ADMISSION OF THE REPUBLIC OF SOUTH SUDAN AS A MEMBER",
                  "OF THE ORGANIZATION"],
        "preamble": [
            "{i}Having received{/i} the application of the Republic of South Sudan for membership "
            "in the Organization (MC/2326),",
            "{i}Noting{/i} that the Republic of South Sudan has accepted the Constitution of the "
            "Organization in accordance with its own constitutional processes, and has undertaken "
            "to make a financial contribution to the administrative requirements of the "
            "Organization, the percentage of which shall be agreed upon between the Council and "
            "the Republic of South Sudan,",
            "{i}Satisfied{/i} that the Republic of South Sudan has demonstrated its interest in the "
            "principle of free movement of persons, as required by Article 2 (b) of the "
            "Constitution,",
        ],
        "formula": "Resolves:",
        "operative": [
            ("To admit the Republic of South Sudan as a Member of the International Organization "
             "for Migration with effect from the date of adoption of this resolution;", []),
            ("To welcome the Republic of South Sudan to the Organization and to invite its "
             "representatives to take their seats at the present session of the Council.", []),
        ],
    },
    {
        "number": 1220,
        "adopted": "(Adopted by the Council at its 501st meeting on 5 December 2011)",
        "title": ["APPLICATION BY THE ECONOMIC COMMUNITY OF CENTRAL AFRICAN",
                  "STATES FOR REPRESENTATION BY AN OBSERVER"],
        "preamble": [
            "{i}Having received{/i} a request from the Economic Community of Central African States "
            "for representation by an observer at meetings of the Council (MC/2327),",
            "{i}Considering{/i} that the Economic Community of Central African States pursues "
            "objectives that are closely related to the purposes and functions of the "
            "Organization, in particular in the fields of labour mobility and regional "
            "integration,",
            "{i}Recalling{/i} that Article 8 of the Constitution enables the Council to admit as "
            "observers at its meetings international governmental organizations concerned with "
            "migration, refugees or human resources,",
        ],
        "formula": "Decides:",
        "operative": [
            ("To accede to the request of the Economic Community of Central African States for "
             "representation by an observer at meetings of the Council, such representation to be "
             "governed by the Rules of Procedure of the Council;", []),
            ("To request the Director General to inform the Secretary General of the Economic "
             "Community of Central African States of this decision.", []),
        ],
    },
    {
        "number": 1221,
        "adopted": "(Adopted by the Council at its 502nd meeting on 6 December 2011)",
        "title": ["REPORT ON THE HUNDRED AND EIGHTH SESSION OF THE",
                  "EXECUTIVE COMMITTEE"],
        "preamble": [
            "{i}Having received and examined{/i} the report on the Hundred and eighth Session of the "
            "Executive Committee, held in Geneva on 28 June 2011 (MC/EX/712),",
            "{i}Taking note{/i} of the decisions taken by the Executive Committee at that session, "
            "in particular its approval of the Financial Report for the year ended "
            "31 December 2010 (MC/2313) and its endorsement of the Revision of the Programme and "
            "Budget for 2011 (MC/2306),",
            "{i}Having heard{/i} the introductory remarks of the Chairperson of the Executive "
            "Committee,",
        ],
        "formula": "Resolves:",
        "operative": [
            ("To approve the report on the Hundred and eighth Session of the Executive "
             "Committee;", []),
            ("To express its appreciation to the officers of the Executive Committee for the "
             "efficient manner in which they conducted the work of that session.", []),
        ],
    },
    {
        "number": 1222,
        "adopted": "(Adopted by the Council at its 502nd meeting on 6 December 2011)",
        "title": ["PROGRAMME AND BUDGET FOR 2012"],
        "preamble": [
            "{i}Having considered{/i} the Programme and Budget for 2012,{sup}1{/sup}",
            "{i}Having received{/i} the report of the Standing Committee on Programmes and Finance "
            "on its Ninth Session (SCPF/75),",
            "{i}Recalling{/i} Resolution No. 1150 of 7 June 2007 on the IOM Strategy, which guides "
            "the programming of the Organization's activities,",
            "{i}Noting with appreciation{/i} the voluntary contributions announced by Member States "
            "and other donors in support of the operational part of the budget,",
            "{i}Mindful{/i} of the need to ensure that the core structure of the Organization keeps "
            "pace with the continued growth of its operations,",
        ],
        "formula": "Resolves:",
        "operative": [
            ("To approve the Programme and Budget for 2012, which provides for:", [
                ("(a)", "expenditure of CHF 39,361,000 under the administrative part of the "
                        "budget;"),
                ("(b)", "expenditure of USD 1,012,874,000 under the operational part of the "
                        "budget; and"),
                ("(c)", "an estimated Operational Support Income of USD 57,600,000, to be applied "
                        "to the structural requirements of field offices and Headquarters;"),
            ]),
            ("To authorize the Director General to incur expenditure under the operational part "
             "of the budget within the limits of the income actually received for that "
             "purpose;", []),
            ("To request the Director General to submit to the Standing Committee on Programmes "
             "and Finance any revision of the Programme and Budget for 2012 that may become "
             "necessary in the course of the year.", []),
        ],
        "footnotes": [
            ("1", "Document MC/2315 of 11 October 2011, as amended by document MC/2315/Amdt.1 of "
                  "15 November 2011."),
        ],
    },
    {
        "number": 1223,
        "adopted": "(Adopted by the Council at its 503rd meeting on 7 December 2011)",
        "title": ["STATUS OF OUTSTANDING CONTRIBUTIONS TO THE",
                  "ADMINISTRATIVE PART OF THE BUDGET"],
        "preamble": [
            "{i}Having reviewed{/i} the status report on outstanding contributions to the "
            "administrative part of the budget as at 30 November 2011 (MC/2333),",
            "{i}Concerned{/i} that, as at that date, arrears of assessed contributions amounted to "
            "CHF 6,402,118, of which CHF 4,968,730 was owed by Member States subject to Article 4 "
            "of the Constitution,{sup}2{/sup}",
            "{i}Recalling{/i} its Resolution No. 1077 of 4 December 2002 on the treatment of "
            "Member States in arrears and the payment plans concluded thereunder,",
            "{i}Welcoming{/i} the efforts made during the year by several Member States to settle "
            "their arrears in full or to honour the instalments of their payment plans,",
        ],
        "formula": "Resolves:",
        "operative": [
            ("To urge Member States in arrears to pay their outstanding contributions in full at "
             "the earliest opportunity or, failing that, to agree with the Administration on a "
             "payment plan;", []),
            ("To request the Director General:", [
                ("(a)", "to pursue his dialogue with the Member States concerned with a view to "
                        "reducing the level of arrears;"),
                ("(b)", "to report on the matter to the Standing Committee on Programmes and "
                        "Finance at its Tenth Session; and"),
                ("(c)", "to indicate in that report the Member States that have concluded a "
                        "payment plan and the extent to which each plan has been honoured;"),
            ]),
            ("To reaffirm that the voting rights of a Member State subject to Article 4 of the "
             "Constitution may be restored upon the conclusion of a payment plan approved by the "
             "Council and the regular payment of the instalments agreed therein.", []),
        ],
        "footnotes": [
            ("2", "Under Article 4 of the Constitution, a Member which is in arrears in the payment "
                  "of its financial contributions to the Organization shall have no vote in the "
                  "Council if the total amount of its arrears equals or exceeds the amount of the "
                  "contributions due from it for the preceding two full years."),
        ],
    },
]

CONTENTS = [
    ("No. 1219", "Admission of the Republic of South Sudan as a Member of the Organization"),
    ("No. 1220", "Application by the Economic Community of Central African States for "
                 "representation by an observer"),
    ("No. 1221", "Report on the Hundred and eighth Session of the Executive Committee"),
    ("No. 1222", "Programme and Budget for 2012"),
    ("No. 1223", "Status of outstanding contributions to the administrative part of the budget"),
]


# ---------------------------------------------------------------- pages
def cover(pdf):
    pdf.page_label = None
    pdf.add_page()
    right(pdf, 30, SYMBOL, "B", 14)
    right(pdf, 42, "Original: ENGLISH", "", 11)
    right(pdf, 48, "15 December 2011", "", 11)

    pdf.set_font(FONT, "B", SIZE)
    pdf.text(LEFT, 62, "100TH SESSION")
    pdf.set_font(FONT, "", SIZE)
    pdf.text(LEFT, 66, "_" * 78)

    centred(pdf, 84, "RESOLUTIONS ADOPTED BY THE COUNCIL", "B", 13)
    centred(pdf, 92, "AT ITS 100TH SESSION", "B", 13)

    centred(pdf, 112, "CONTENTS", "B", SIZE)
    right(pdf, 122, "Page", "", 11)

    y = 132
    num_x = LEFT
    title_x = LEFT + 24
    title_right = RIGHT - 14
    for page, (num, title) in enumerate(CONTENTS, start=1):
        pdf.set_font(FONT, "", 11)
        pdf.text(num_x, y, num)
        # wrap title
        toks = title.split()
        lines, cur = [], ""
        for t in toks:
            trial = (cur + " " + t).strip()
            if pdf.get_string_width(trial) > title_right - title_x - 12 and cur:
                lines.append(cur)
                cur = t
            else:
                cur = trial
        lines.append(cur)
        for i, ln in enumerate(lines):
            pdf.text(title_x, y, ln)
            if i == len(lines) - 1:
                w = pdf.get_string_width(ln)
                dots_start = title_x + w + 2
                dw = pdf.get_string_width(".")
                n = int((title_right - dots_start) / dw)
                pdf.text(dots_start, y, "." * max(n, 3))
                right(pdf, y, str(page), "", 11)
            else:
                y += 5.2
        y += 10

    # trilingual organ footer
    pdf.set_font(FONT, "B", 14)
    y = 272
    for label, x in (("COUNCIL", LEFT), ("CONSEIL", None), ("CONSEJO", "R")):
        w = pdf.get_string_width(label)
        if x is None:
            xx = LEFT + (WIDTH - w) / 2
        elif x == "R":
            xx = RIGHT - w
        else:
            xx = x
        pdf.text(xx, y, label)


def resolution_page(pdf, label, res):
    pdf.page_label = label
    pdf.add_page()
    y = 40
    centred(pdf, y, "RESOLUTION No. %d" % res["number"], "B", SIZE)
    y += 8
    centred(pdf, y, res["adopted"], "", 11)
    y += 12
    for ln in res["title"]:
        centred(pdf, y, ln, "B", SIZE)
        y += LINE
    y += 8
    pdf.set_font(FONT, "I", SIZE)
    pdf.text(LEFT + 12, y, "The Council,")
    y += LINE + 5
    for clause in res["preamble"]:
        y = paragraph(pdf, y, clause, LEFT + 12, LEFT)
        y += 4.5
    y += 1
    pdf.set_font(FONT, "I", SIZE)
    pdf.text(LEFT + 12, y, res["formula"])
    y += LINE + 5
    for n, (text, items) in enumerate(res["operative"], start=1):
        pdf.set_font(FONT, "", SIZE)
        pdf.text(LEFT, y, "%d." % n)
        y = paragraph(pdf, y, text, LEFT + 12, LEFT + 12)
        y += 4.5
        for lab, itext in items:
            pdf.set_font(FONT, "", SIZE)
            pdf.text(LEFT + 12, y, lab)
            y = paragraph(pdf, y, itext, LEFT + 24, LEFT + 24)
            y += 3.5
        if items:
            y += 1
    notes = res.get("footnotes", [])
    if notes:
        # measure footnote block height, place at page foot
        heights = []
        for mark, text in notes:
            probe = paragraph_height(pdf, text)
            heights.append(probe)
        total = sum(heights) + 4 * (len(notes) - 1)
        fy = 282 - total
        pdf.set_font(FONT, "", 10)
        pdf.text(LEFT, fy - 6, "_" * 20)
        for (mark, text), h in zip(notes, heights):
            pdf.set_font(FONT, "", 6.5)
            pdf.text(LEFT, fy - 1.7, mark)
            paragraph(pdf, fy, text, LEFT + 3, LEFT, size=10, line=4.4)
            fy += h + 4


def paragraph_height(pdf, text, size=10, line=4.4):
    # dry run on a scratch document to count lines
    scratch = FPDF(unit="mm", format="A4")
    scratch.add_page()
    y_end = paragraph(scratch, 0, text, LEFT + 3, LEFT, size=size, line=line)
    return y_end - line


def main():
    pdf = Doc()
    pdf.set_title("Resolutions adopted by the Council at its 100th Session")
    pdf.set_author("International Organization for Migration")
    cover(pdf)
    for i, res in enumerate(RESOLUTIONS, start=1):
        resolution_page(pdf, str(i), res)
    pdf.output(OUT)


if __name__ == "__main__":
    main()
