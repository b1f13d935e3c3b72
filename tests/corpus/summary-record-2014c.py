#!/usr/bin/env python3
"""Draws summary-record-2014c.pdf: a provisional summary record of the third meeting of the
105th Session of the IOM Council (Geneva, 26 November 2014), laid out with fpdf2."""
import os
import re

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "summary-record-2014c.pdf")

SYMBOL = "C/105/SR/3"

# ---------------------------------------------------------------- geometry (mm)
PAGE_W, PAGE_H = 210.0, 297.0
LM, RM = 25.0, 25.0
TW = PAGE_W - LM - RM
TOP_FIRST = 20.0
TOP_LATER = 34.0          # body start on pages after the first (below the running header)
BOTTOM = PAGE_H - 22.0    # lowest baseline area for body text
FS = 11.0                 # body font size (pt)
LH = 5.4                  # body line height
PARA_GAP = 3.2
INDENT = 12.7             # tab after the paragraph number
ITEM_LABEL = 12.7
ITEM_TEXT = 25.4
FN_FS = 9.0
FN_LH = 4.2

# ---------------------------------------------------------------- content
CONTENTS = [
    "Reports on the fourteenth and fifteenth sessions of the Standing Committee on "
    "Programmes and Finance (agenda item 9)",
    "Programme and Budget for 2015 (agenda item 10)",
    "Scale of assessment for 2015 (agenda item 11)",
    "Status report on outstanding contributions to the Administrative Part of the Budget "
    "(agenda item 12)",
]

FOOTNOTES = {
    "1": "Contributions of the new Member States are pro-rated from the date on which each "
         "deposits its instrument of acceptance of the Constitution; the amounts concerned "
         "are shown in Annex II to document C/105/9.",
}

# body blocks: ("text", str) unnumbered; ("head", str); ("para", str); ("items", [str, ...])
# a footnote marker is written ^N right after the word (and its punctuation) that carries it
BODY = [
    ("text", "The meeting was called to order at 10.15 a.m."),

    ("head", "REPORTS ON THE FOURTEENTH AND FIFTEENTH SESSIONS OF THE STANDING COMMITTEE ON "
             "PROGRAMMES AND FINANCE (agenda item 9)"),
    ("para", "The CHAIRPERSON invited the Council to take up the reports of the Standing "
             "Committee on Programmes and Finance on its fourteenth and fifteenth sessions, held "
             "in June and October 2014 and set out in documents S/14/16 and S/15/13 respectively. "
             "He recalled that, since the amendments to the Constitution had entered into force "
             "in November 2013, the Standing Committee reported directly to the Council, the "
             "Executive Committee having ceased to exist."),
    ("para", "Ms A. LINDQVIST (Sweden), speaking as Chairperson of the Standing Committee, said "
             "that both sessions had been conducted in a constructive spirit. In June, the "
             "Committee had examined the Financial Report for the year ended 31 December 2013 "
             "(C/105/3) and the revision of the Programme and Budget for 2014 (S/14/6); in "
             "October, it had considered the proposed Programme and Budget for 2015 and the "
             "draft scale of assessment for 2015, and had recommended both to the Council for "
             "approval. The Working Group on Budget Reform had met four times during the year. "
             "Its members had not yet agreed on a mechanism for adjusting the Administrative Part "
             "of the Budget to inflation, and she therefore proposed that the Group’s mandate be "
             "extended into 2015. She thanked the members of the Bureau and the Administration "
             "for their support."),
    ("para", "The representative of the UNITED STATES OF AMERICA said that his delegation "
             "regarded the Standing Committee as the forum in which Member States could examine "
             "the Organization’s finances in the necessary detail. Operational expenditure had "
             "grown by more than 40 per cent over five years while the core structure had barely "
             "changed, and that gap could not be bridged indefinitely by income tied to projects. "
             "He supported extending the Working Group’s mandate and hoped that a concrete "
             "proposal would be ready before the Standing Committee’s sixteenth session."),
    ("para", "The representative of BANGLADESH, speaking on behalf of the Asia-Pacific Group, "
             "welcomed the fuller information now provided on the distribution of staff between "
             "Headquarters, the Administrative Centres in Manila and Panama, and the field. The "
             "Group asked that future reports also show the nationality of staff in the "
             "Professional category, so that progress towards a more equitable geographical "
             "representation could be followed from year to year."),
    ("para", "The representative of SOUTH AFRICA, speaking on behalf of the African Group, "
             "stressed that documents for the Standing Committee had to be available in all three "
             "official languages well before each session. The French version of document "
             "S/15/13 had reached capitals only a few days before the fifteenth session, which had "
             "made consultations within the Group difficult."),
    ("para", "The Council took note of the reports contained in documents S/14/16 and S/15/13 "
             "and endorsed the recommendation that the mandate of the Working Group on Budget "
             "Reform be extended until the end of 2015."),

    ("head", "PROGRAMME AND BUDGET FOR 2015 (agenda item 10)"),
    ("para", "The DIRECTOR GENERAL, introducing document C/105/6, said that the Administrative "
             "Part of the Budget for 2015 was proposed at CHF 45,318,000, the same level as in "
             "2014, in keeping with the policy of zero nominal growth. The Operational Part of the "
             "Budget was estimated at USD 727.4 million, made up of USD 318.6 million for staff "
             "and office costs and USD 408.8 million for programme costs; since those figures "
             "covered only funding already confirmed, they would rise during the year as new "
             "projects were approved. Operational support income was projected at USD 68.5 "
             "million. The response to the crises in the Syrian Arab Republic, South Sudan and the "
             "Central African Republic, and to the Ebola virus disease outbreak in West Africa, "
             "had stretched the capacity of Headquarters and of the field offices alike."),
    ("para", "The representative of MEXICO, speaking on behalf of the Group of Latin American "
             "and Caribbean States, welcomed the clearer presentation of the budget by region and "
             "by service area, and the attention paid to migrants caught up in crises. The Group "
             "was concerned, however, that a growing share of core functions was being financed "
             "from operational support income, which rose and fell with the volume of projects. "
             "It asked the Administration to analyse the risks involved and to present its "
             "findings to the Standing Committee at its next session."),
    ("para", "The representative of GERMANY said that his delegation supported the adoption of "
             "the Programme and Budget. His Government had made an unearmarked contribution to the "
             "Organization in 2014 and encouraged other donors to do likewise, as flexible funding "
             "still accounted for only a very small fraction of total income and was essential if "
             "the Organization was to respond quickly when a new emergency broke out."),
    ("para", "The representative of KENYA, speaking on behalf of the African Group, commended "
             "the Organization’s work in the countries affected by Ebola and in support of "
             "displaced persons in the Central African Republic. The Group hoped that the "
             "budget for 2015 would allow more attention to be given to labour mobility within "
             "Africa and to the protection of migrants travelling through the Sahara and across "
             "the Mediterranean."),
    ("para", "The representative of JAPAN asked the Administration to pursue its efforts to "
             "contain staff costs at Headquarters and to report to the Standing Committee on the "
             "savings obtained by moving functions to the Administrative Centres in Manila and "
             "Panama."),
    ("para", "The DIRECTOR GENERAL thanked delegations for their comments. The analysis of the "
             "risks linked to operational support income requested by the Group of Latin American "
             "and Caribbean States would be submitted to the Standing Committee in June 2015, "
             "together with the report on savings sought by Japan. He took note of the concerns "
             "expressed about the late issue of translated documents and undertook to bring "
             "forward the internal deadlines for the next cycle of meetings."),
    ("para", "The CHAIRPERSON drew attention to the draft resolution contained in document "
             "C/105/L/5 and said that, if he heard no objection, he would take it that the Council "
             "wished to adopt it."),
    ("para", "The Council adopted Resolution No. 1291 on the Programme and Budget for 2015."),

    ("head", "SCALE OF ASSESSMENT FOR 2015 (agenda item 11)"),
    ("para", "The CHAIRPERSON said that the proposed scale of assessment for 2015, set out in "
             "document C/105/9, had been derived, as in previous years, from the United Nations "
             "scale of assessments for 2013–2015, adjusted to reflect the membership of the "
             "Organization. It included the States admitted to membership at the current session, "
             "whose contributions would be calculated on a pro rata basis.^1 The Standing "
             "Committee had examined the scale at its fifteenth session and had raised no "
             "objection to it."),
    ("para", "The representative of CHINA noted that the share of his country had risen in line "
             "with the United Nations scale. His Government would honour its obligations, but "
             "capacity to pay had to remain the basis of any assessment, and the Organization "
             "should not move away from that principle when it next reviewed its methodology."),
    ("para", "The representative of BRAZIL asked whether the Administration intended to revise "
             "the scale once the General Assembly adopted the United Nations scale of assessments "
             "for the period 2016–2018."),
    ("para", "The DIRECTOR GENERAL confirmed that a revised scale reflecting the new United "
             "Nations figures would be put to the Standing Committee in the second half of 2015, "
             "so that the Council could adopt it at its 106th Session."),
    ("para", "On the recommendation of the Chairperson, the Council considered the draft "
             "resolution contained in document C/105/L/6. The Council adopted Resolution No. 1292 "
             "on the scale of assessment for 2015."),

    ("head", "STATUS REPORT ON OUTSTANDING CONTRIBUTIONS TO THE ADMINISTRATIVE PART OF THE "
             "BUDGET (agenda item 12)"),
    ("para", "The DIRECTOR OF THE DEPARTMENT OF RESOURCES MANAGEMENT, presenting document "
             "C/105/10, said that at 31 October 2014 outstanding contributions to the "
             "Administrative Part of the Budget stood at CHF 3,912,540, of which CHF 2,406,118 "
             "related to 2014 and CHF 1,506,422 to earlier years. Since the document had been "
             "issued, five Member States had made payments totalling CHF 611,305, bringing the "
             "amount outstanding down to CHF 3,301,235. Twelve Member States were in arrears for "
             "two or more full years and were therefore subject to Article 4 of the Constitution."),
    ("para", "The DIRECTOR GENERAL said that the Administration remained in regular contact with "
             "the capitals and permanent missions of the Member States concerned. To make it "
             "easier for them to settle their arrears, he proposed that:"),
    ("items", [
        "Member States whose arrears dated back more than two years be invited to agree with "
        "the Administration on a payment plan spread over a period of up to ten years;",
        "the Administration report to each session of the Standing Committee on how those plans "
        "were being implemented; and",
        "a Member State that respected the terms of its payment plan be able to ask the Council "
        "to restore its voting rights before its arrears had been settled in full.",
    ]),
    ("para", "The representative of PARAGUAY said that his country had made a payment in "
             "October 2014 covering its contributions for 2012 and 2013, and that the balance "
             "would be settled in the first quarter of 2015. His delegation welcomed the proposal "
             "for payment plans, which would give Ministries of Finance a predictable framework."),
    ("para", "The representative of the UNITED KINGDOM said that paying contributions in full "
             "and on time was an obligation that all Member States had accepted. His delegation "
             "could support the first two proposals made by the Director General, but had "
             "reservations about the third, which risked weakening the incentive to pay; it would "
             "wish to examine the matter further in the Standing Committee."),
    ("para", "The Council took note of document C/105/10, urged Member States in arrears to pay "
             "their contributions in full or to agree on a payment plan with the Administration, "
             "and requested the Administration to submit a detailed proposal on the measures "
             "outlined by the Director General to the Standing Committee at its sixteenth "
             "session."),

    ("text", "The meeting rose at 1.05 p.m."),
]


# ---------------------------------------------------------------- drawing
class Record(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font("Times", "", FS)
            for i, s in enumerate((SYMBOL, f"Page {self.page_no()}")):
                w = self.get_string_width(s)
                self.text(PAGE_W - RM - w, 15.0 + i * 5.0, s)


pdf = Record(orientation="P", unit="mm", format="A4")
pdf.core_fonts_encoding = "windows-1252"
pdf.set_auto_page_break(False)
pdf.set_margins(LM, TOP_FIRST, RM)
pdf.set_title(f"{SYMBOL} - Provisional summary record of the third meeting")

state = {"y": 0.0, "fn": [], "fn_h": 0.0}


def fn_block_height(notes):
    if not notes:
        return 0.0
    h = 6.0  # rule and gap
    pdf.set_font("Times", "", FN_FS)
    for m in notes:
        h += len(wrap_plain(FOOTNOTES[m], TW - 5.0, FN_FS)) * FN_LH + 1.0
    return h


def wrap_plain(text, width, size, style=""):
    pdf.set_font("Times", style, size)
    words = text.split()
    lines, cur = [], ""
    for w in words:
        trial = (cur + " " + w) if cur else w
        if pdf.get_string_width(trial) <= width or not cur:
            cur = trial
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def draw_footnotes():
    notes = state["fn"]
    if not notes:
        return
    h = fn_block_height(notes)
    y = PAGE_H - 14.0 - h
    pdf.set_font("Times", "", FS)
    pdf.text(LM, y + 2.0, "_" * 15)
    y += 7.0
    for m in notes:
        pdf.set_font("Times", "", 6.5)
        pdf.text(LM, y - 1.4, m)
        for ln in wrap_plain(FOOTNOTES[m], TW - 5.0, FN_FS):
            pdf.set_font("Times", "", FN_FS)
            pdf.text(LM + 5.0, y, ln)
            y += FN_LH
        y += 1.0


def new_page():
    draw_footnotes()
    pdf.add_page()
    state["y"] = TOP_LATER
    state["fn"] = []
    state["fn_h"] = 0.0


MARK = re.compile(r"^(.*?)\^(\d+)$")


def tokens(text, style=""):
    out = []
    for w in text.split():
        m = MARK.match(w)
        if m:
            out.append((m.group(1), style, m.group(2)))
        else:
            out.append((w, style, None))
    return out


def tok_width(t):
    word, style, mark = t
    pdf.set_font("Times", style, FS)
    w = pdf.get_string_width(word)
    if mark:
        pdf.set_font("Times", "", 7)
        w += pdf.get_string_width(mark) + 0.2
    return w


def layout(toks, first_x, rest_x, right):
    pdf.set_font("Times", "", FS)
    space = pdf.get_string_width(" ")
    lines, cur, cur_w = [], [], 0.0
    x0 = first_x
    for t in toks:
        w = tok_width(t)
        need = w if not cur else cur_w + space + w
        if cur and x0 + need > right:
            lines.append((x0, cur))
            cur, cur_w = [t], w
            x0 = rest_x
        else:
            cur.append(t)
            cur_w = need
    if cur:
        lines.append((x0, cur))
    return lines


def draw_line(x0, toks, right, justify):
    pdf.set_font("Times", "", FS)
    space = pdf.get_string_width(" ")
    widths = [tok_width(t) for t in toks]
    gap = space
    if justify and len(toks) > 1:
        gap = (right - x0 - sum(widths)) / (len(toks) - 1)
        gap = min(gap, space * 2.2)
    x = x0
    base = state["y"] + 4.0
    for t, w in zip(toks, widths):
        word, style, mark = t
        pdf.set_font("Times", style, FS)
        pdf.text(x, base, word)
        if mark:
            ww = pdf.get_string_width(word)
            pdf.set_font("Times", "", 7)
            pdf.text(x + ww + 0.2, base - 1.9, mark)
        x += w + gap


def place_block(lines, right, label=None, label_x=None, min_lines=2):
    """Place laid-out lines, breaking pages as needed; label drawn on the first line."""
    # keep at least min_lines together at the start of a block
    first_chunk = min(min_lines, len(lines))
    if state["y"] + first_chunk * LH > BOTTOM - state["fn_h"]:
        new_page()
    for i, (x0, toks) in enumerate(lines):
        marks = [t[2] for t in toks if t[2]]
        extra = 0.0
        if marks:
            extra = fn_block_height(state["fn"] + marks) - state["fn_h"]
        if state["y"] + LH > BOTTOM - state["fn_h"] - extra:
            new_page()
            if marks:
                extra = fn_block_height(state["fn"] + marks) - state["fn_h"]
        if marks:
            state["fn"] += marks
            state["fn_h"] += extra
        if i == 0 and label:
            pdf.set_font("Times", "", FS)
            pdf.text(label_x, state["y"] + 4.0, label)
        last = i == len(lines) - 1
        draw_line(x0, toks, right, justify=not last)
        state["y"] += LH


def heading(text):
    lines = wrap_plain(text, TW, FS, "B")
    need = len(lines) * LH + PARA_GAP + 3 * LH
    if state["y"] + need > BOTTOM - state["fn_h"]:
        new_page()
    state["y"] += 2.0
    for ln in lines:
        pdf.set_font("Times", "B", FS)
        pdf.text(LM, state["y"] + 4.0, ln)
        state["y"] += LH
    state["y"] += PARA_GAP


# ---------------------------------------------------------------- cover (page 1)
pdf.add_page()
pdf.set_font("Times", "B", FS)
y = TOP_FIRST
for s, st in ((SYMBOL, "B"), ("Original: English", ""), ("4 December 2014", "")):
    pdf.set_font("Times", st, FS)
    pdf.text(PAGE_W - RM - pdf.get_string_width(s), y + 4.0, s)
    y += 5.4
y += 10.0
pdf.set_font("Times", "B", FS)
pdf.text(LM, y + 4.0, "105TH SESSION")
y += 3.5
pdf.set_font("Times", "", FS)
rule = "_" * 200
while pdf.get_string_width(rule) > TW:
    rule = rule[:-1]
pdf.text(LM, y + 4.0, rule)
y += 20.0


def centred(text, yy, style="", size=FS):
    pdf.set_font("Times", style, size)
    pdf.text((PAGE_W - pdf.get_string_width(text)) / 2.0, yy + 4.0, text)


centred("PROVISIONAL SUMMARY RECORD OF THE THIRD MEETING", y, "B", 12)
y += 10.0
centred("Wednesday, 26 November 2014, at 10.15 a.m.", y)
y += 7.0
centred("Geneva", y)
y += 12.0
centred("Chairperson: Mr T. Echeverri (Chile)", y)
y += 22.0
centred("CONTENTS", y, "B")
y += 12.0
for entry in CONTENTS:
    for ln in wrap_plain(entry, TW - 20.0, FS):
        pdf.set_font("Times", "", FS)
        pdf.text(LM + 10.0, y + 4.0, ln)
        y += 5.4
    y += 4.0

# correction note and trilingual footer at the foot of the cover
note = ("Corrections to this provisional record should be submitted in writing, in one of the "
        "official languages of the Organization, to the Governing Bodies Division within two "
        "weeks of the date of issue. They will be incorporated in the final summary records of "
        "the session.")
nl = wrap_plain(note, TW, 10)
ny = PAGE_H - 30.0 - len(nl) * 4.6
pdf.set_font("Times", "", FS)
pdf.text(LM, ny - 2.0, "_" * 15)
ny += 4.0
for ln in nl:
    pdf.set_font("Times", "", 10)
    pdf.text(LM, ny, ln)
    ny += 4.6
pdf.set_font("Helvetica", "B", 10)
fy = PAGE_H - 15.0
pdf.text(LM, fy, "COUNCIL")
pdf.text((PAGE_W - pdf.get_string_width("CONSEIL")) / 2.0, fy, "CONSEIL")
pdf.text(PAGE_W - RM - pdf.get_string_width("CONSEJO"), fy, "CONSEJO")

# ---------------------------------------------------------------- body (pages 2 ff.)
pdf.add_page()
state["y"] = TOP_LATER
num = 0
RIGHT = LM + TW
for kind, content in BODY:
    if kind == "head":
        heading(content)
    elif kind == "text":
        place_block(layout(tokens(content), LM + INDENT, LM, RIGHT), RIGHT)
        state["y"] += PARA_GAP
    elif kind == "para":
        num += 1
        place_block(layout(tokens(content), LM + INDENT, LM, RIGHT), RIGHT,
                    label=f"{num}.", label_x=LM)
        state["y"] += PARA_GAP
    elif kind == "items":
        for k, item in enumerate(content):
            lab = "(" + "abcdefgh"[k] + ")"
            place_block(layout(tokens(item), LM + ITEM_TEXT, LM + ITEM_TEXT, RIGHT), RIGHT,
                        label=lab, label_x=LM + ITEM_LABEL)
            state["y"] += PARA_GAP
draw_footnotes()

pdf.output(OUT)
print(OUT, pdf.page_no(), "pages;", num, "numbered paragraphs")
