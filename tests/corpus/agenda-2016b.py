"""Draw agenda-2016b.pdf: provisional agenda of the Nineteenth Session of the SCPF (S/19/1), with fpdf2."""
import os
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "agenda-2016b.pdf")
FONTDIR = "/usr/share/fonts/truetype/dejavu/"

SYMBOL = "S/19/1"
LEFT, RIGHT = 22.0, 188.0
BOTTOM = 262.0          # text stops here; footnote area below
LH = 5.0                # line height (mm)

NUM_X, TEXT_X, SUB_X, SUBTEXT_X, DOC_X = 22.0, 31.0, 31.0, 40.0, 158.0
TEXT_W = DOC_X - TEXT_X - 6.0
SUBTEXT_W = DOC_X - SUBTEXT_X - 6.0

# ---------------------------------------------------------------- content
AGENDA = [
    ("1", "Adoption of the agenda", ["S/19/1"], None),
    ("2", "Statement by the Director General", [], None),
    ("3", "Status report on outstanding contributions to the Administrative Part of the Budget",
     ["S/19/3"], None),
    ("4", "Programme and Budget for 2017", ["C/107/7", "S/19/INF/1"], None),
    ("5", "Summary update on the Programme and Budget for 2016", ["C/107/8"], None),
    ("6", "Scale of assessment for 2017", ["S/19/6"], None),
    ("7", "Human resources management:", [], [
        ("(a)", "Human resources report", ["S/19/7"]),
        ("(b)", "Update on gender coordination in IOM", ["S/19/INF/2"]),
    ]),
    ("8", "Update on the relationship between IOM and the United Nations", ["S/19/INF/3"], None),
    ("9", "Internal governance and oversight:", [], [
        ("(a)", "Report on the work of the Office of the Inspector General", ["S/19/9"]),
        ("(b)", "Report of the Audit and Oversight Advisory Committee", ["S/19/10"]),
        ("(c)", "Status of implementation of the recommendations of the External Auditor",
         ["S/19/11", "S/18/4"]),
    ]),
    ("10", "Migration Governance Framework: update on implementation", ["S/19/INF/4", "C/106/40"], None),
    ("11", "IOM Development Fund: report for the period 1 January to 31 August 2016", ["S/19/12"], None),
    ("12", "Any other business", [], None),
    ("13", "Closure of the session", [], None),
]
FOOTNOTE_ITEM = "8"
FOOTNOTE_TEXT = ("The Agreement was approved by the Council at its Fourth Special Session through "
                 "Resolution No. 1317 of 30 June 2016; see also document C/Sp/4/4.")

ANNOTATIONS = [
    (None, [
        "The Nineteenth Session of the Standing Committee on Programmes and Finance will open at "
        "10 a.m. on Tuesday, 25 October 2016, in Room 2 of the International Conference Centre Geneva "
        "(CICG). Annotations are given below only for those items on which the Administration wishes to "
        "draw the attention of delegations in advance; documents not yet available will be posted on the "
        "Member States' web page as soon as they are issued.",
    ]),
    ("Item 1 \u2013 Adoption of the agenda", [
        "The Committee will be invited to adopt the provisional agenda set out in the present document. "
        "Any proposal for an additional item should reach the Governing Bodies Secretariat no later than "
        "14 October 2016.",
    ]),
    ("Item 3 \u2013 Status report on outstanding contributions to the Administrative Part of the Budget", [
        "As at 31 August 2016, assessed contributions outstanding totalled CHF 4,862,315, of which "
        "CHF 3,107,940 related to 2016 and CHF 1,754,375 to earlier years. Fourteen Member States were "
        "subject to the provisions of Article 4 of the Constitution. An updated figure will be given "
        "orally at the session.",
    ]),
    ("Item 4 \u2013 Programme and Budget for 2017", [
        "The Administrative Part of the Budget for 2017 is proposed at CHF 49,970,000, an increase of "
        "CHF 1,380,000 over the 2016 level of CHF 48,590,000 that reflects the assessed contributions of "
        "the Member States admitted in 2016. The Operational Part of the Budget is estimated at "
        "USD 1,115.6 million.",
        "The Committee is invited to take note of document C/107/7 and to recommend the Programme and "
        "Budget for 2017 to the Council for approval at its 107th Session.",
    ]),
    ("Item 5 \u2013 Summary update on the Programme and Budget for 2016", [
        "The summary update reflects the changes to the Operational Part of the Budget since the revision "
        "submitted to the Committee at its Eighteenth Session (S/18/9). The Operational Part now stands at "
        "USD 1,436.2 million, compared with USD 1,208.7 million in the revised budget, an increase of "
        "USD 227.5 million, essentially in the areas of emergency response and resettlement.",
    ]),
    ("Item 8 \u2013 Update on the relationship between IOM and the United Nations", [
        "The Agreement concerning the Relationship between the United Nations and the International "
        "Organization for Migration was signed in New York on 19 September 2016. The Administration will "
        "brief the Committee on the steps taken to give effect to the Agreement and on their implications "
        "for the governing bodies, administrative practices and budget of the Organization.",
    ]),
    ("Item 10 \u2013 Migration Governance Framework: update on implementation", [
        "Following the endorsement of the Framework by the Council through Resolution No. 1310 of "
        "24 November 2015, the Administration has prepared an information note on the indicators being "
        "developed, together with partner institutions, to measure progress in the governance of migration "
        "at the national level.",
    ]),
]


# ---------------------------------------------------------------- helpers
class Doc(FPDF):
    pass


pdf = Doc(format="A4", unit="mm")
pdf.set_auto_page_break(False)
pdf.add_font("Sans", "", FONTDIR + "DejaVuSans.ttf")
pdf.add_font("Sans", "B", FONTDIR + "DejaVuSans-Bold.ttf")
pdf.set_title("S/19/1 - Provisional agenda")

state = {"y": 0.0, "page": 0}


def font(style="", size=10):
    pdf.set_font("Sans", style, size)


def text_right(y, s, style="", size=10):
    font(style, size)
    pdf.text(RIGHT - pdf.get_string_width(s), y, s)


def wrap(s, width, style="", size=10):
    font(style, size)
    words, lines, cur = s.split(" "), [], ""
    for w in words:
        trial = (cur + " " + w) if cur else w
        if pdf.get_string_width(trial) <= width:
            cur = trial
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def new_page():
    pdf.add_page()
    state["page"] += 1
    if state["page"] > 1:
        text_right(14, SYMBOL, "", 9.5)
        text_right(18.5, "Page %d" % state["page"], "", 9.5)
        state["y"] = 30.0


def need(h):
    if state["y"] + h > BOTTOM:
        new_page()


def footnote_at_foot():
    font("", 8)
    y0 = 268.0
    pdf.set_line_width(0.2)
    pdf.line(LEFT, y0, LEFT + 50, y0)
    lines = wrap(FOOTNOTE_TEXT, RIGHT - LEFT - 5, "", 8)
    font("", 5.5)
    pdf.text(LEFT, y0 + 3.7, "1")
    font("", 8)
    y = y0 + 4.5
    for ln in lines:
        pdf.text(LEFT + 3, y, ln)
        y += 3.6


# ---------------------------------------------------------------- page 1: cover block
new_page()
text_right(16, SYMBOL, "B", 11)
text_right(22, "Original: ENGLISH", "", 10)
text_right(27, "23 September 2016", "", 10)

font("B", 11)
pdf.text(LEFT, 42, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE")
font("", 10.5)
pdf.text(LEFT, 48, "Nineteenth Session")
pdf.text(LEFT, 59, "25\u201326 October 2016")

font("B", 12)
t = "PROVISIONAL AGENDA"
pdf.text((LEFT + RIGHT) / 2 - pdf.get_string_width(t) / 2, 80, t)

state["y"] = 94.0


# ---------------------------------------------------------------- agenda list
def draw_entry(num_x, label, text_x, width, text, docs, style=""):
    lines = wrap(text, width, style, 10)
    h = max(len(lines), len(docs), 1) * LH
    need(h)
    y = state["y"]
    font("", 10)
    pdf.text(num_x, y, label)
    font(style, 10)
    for i, ln in enumerate(lines):
        pdf.text(text_x, y + i * LH, ln)
    end_x = text_x + pdf.get_string_width(lines[-1])
    last_y = y + (len(lines) - 1) * LH
    font("", 10)
    for i, d in enumerate(docs):
        pdf.text(DOC_X, y + i * LH, d)
    state["y"] = y + h
    return end_x, last_y


for num, title, docs, subs in AGENDA:
    if subs:
        need(LH * 3)
    end_x, last_y = draw_entry(NUM_X, num + ".", TEXT_X, TEXT_W, title, docs)
    if num == FOOTNOTE_ITEM:
        font("", 6.5)
        pdf.text(end_x + 0.4, last_y - 1.3, "1")
        footnote_at_foot()
    if subs:
        state["y"] += 2.0
        for lab, st, sdocs in subs:
            draw_entry(SUB_X, lab, SUBTEXT_X, SUBTEXT_W, st, sdocs)
            state["y"] += 1.5
    state["y"] += 3.8

# ---------------------------------------------------------------- annotations
state["y"] += 6.0
need(30)
font("B", 11)
t = "ANNOTATIONS"
pdf.text((LEFT + RIGHT) / 2 - pdf.get_string_width(t) / 2, state["y"], t)
state["y"] += 10.0

for heading, paras in ANNOTATIONS:
    if heading:
        hl = wrap(heading, RIGHT - LEFT, "B", 10)
        need(len(hl) * LH + 3 * LH)
        font("B", 10)
        for ln in hl:
            pdf.text(LEFT, state["y"], ln)
            state["y"] += LH
        state["y"] += 2.0
    for p in paras:
        pl = wrap(p, RIGHT - LEFT, "", 10)
        need(min(len(pl), 2) * LH)
        font("", 10)
        for ln in pl:
            need(LH)
            font("", 10)
            pdf.text(LEFT, state["y"], ln)
            state["y"] += LH
        state["y"] += 4.0
    state["y"] += 2.5

pdf.output(OUT)
print("pages:", state["page"])
