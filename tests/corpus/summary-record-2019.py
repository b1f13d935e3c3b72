"""Draws summary-record-2019.pdf (C/110/SR/3) with fpdf2."""
import os
import re
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "summary-record-2019.pdf")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"

SYMBOL = "C/110/SR/3"
L, R = 25.0, 185.0          # margins (mm)
W = R - L
TOP_FIRST, TOP = 20.0, 34.0
BOTTOM = 275.0
BODY_PT, LINE_H = 10.5, 5.2
FN_PT, FN_H = 8.5, 4.0
TAB = 12.5                  # indent after the paragraph number
ITEM_LABEL, ITEM_TEXT = 12.5, 22.0

MARK = re.compile(r"\[\[(\w+|\*)\]\]")


class Doc(FPDF):
    pass


pdf = Doc(format="A4", unit="mm")
pdf.set_auto_page_break(False)
pdf.add_font("Serif", "", os.path.join(FONT_DIR, "DejaVuSerifCondensed.ttf"))
pdf.add_font("Serif", "B", os.path.join(FONT_DIR, "DejaVuSerifCondensed-Bold.ttf"))
pdf.add_font("Serif", "I", os.path.join(FONT_DIR, "DejaVuSerifCondensed-Italic.ttf"))

FOOTNOTES = {
    "*": "Corrections to this draft summary record should be submitted in writing to the "
         "Governing Bodies Division within two weeks of the date of this document. They will be "
         "consolidated in a single corrigendum issued after the session.",
    "1": "The Joint Initiative covers 26 countries in the Sahel and Lake Chad region, the Horn of "
         "Africa and North Africa.",
    "2": "Statements transmitted in writing by delegations are posted on the web page of the "
         "110th Session of the Council.",
    "3": "Payments received between 22 and 27 November 2019 were announced orally and are "
         "reflected in paragraph 26 below.",
}


# ---------------------------------------------------------------- text helpers
def split_words(text):
    """Words; a word may end with a footnote marker [[n]]."""
    out = []
    for w in text.split():
        m = MARK.search(w)
        if m:
            out.append((w[: m.start()], m.group(1)))
        else:
            out.append((w, None))
    return out


def word_w(word, size):
    pdf.set_font("Serif", "", size)
    w = pdf.get_string_width(word[0])
    if word[1]:
        pdf.set_font("Serif", "", size * 0.62)
        w += pdf.get_string_width(word[1]) + 0.2
    return w


def wrap(text, widths, size=BODY_PT, style=""):
    """Wrap into lines; widths[i] is the width of line i (last value repeats)."""
    pdf.set_font("Serif", style, size)
    space = pdf.get_string_width(" ")
    lines, cur, cur_w = [], [], 0.0
    for word in split_words(text):
        ww = word_w(word, size) if not style else (
            pdf.get_string_width(word[0]))
        avail = widths[min(len(lines), len(widths) - 1)]
        add = ww if not cur else cur_w + space + ww
        if cur and add > avail:
            lines.append(cur)
            cur, cur_w = [word], ww
        else:
            cur.append(word)
            cur_w = add
    if cur:
        lines.append(cur)
    return lines


def draw_line(words, x, y, size=BODY_PT, style=""):
    """Draw one line at baseline y; markers are raised and smaller."""
    pdf.set_font("Serif", style, size)
    space = pdf.get_string_width(" ")
    run, rx = "", x
    for i, (word, mark) in enumerate(words):
        run = word if not run else run + " " + word
        if mark:
            pdf.set_font("Serif", style, size)
            pdf.text(rx, y, run)
            rx += pdf.get_string_width(run) + 0.2
            pdf.set_font("Serif", "", size * 0.62)
            pdf.text(rx, y - size * 0.13, mark)
            rx += pdf.get_string_width(mark) + space
            pdf.set_font("Serif", style, size)
            run = ""
    if run:
        pdf.set_font("Serif", style, size)
        pdf.text(rx, y, run)


# ---------------------------------------------------------------- page engine
class Engine:
    def __init__(self):
        self.page = 0
        self.fns = []
        self.y = 0.0

    def fn_height(self, marks):
        if not marks:
            return 0.0
        h = 8.0
        for m in marks:
            h += len(wrap(FOOTNOTES[m], [W - 5], FN_PT)) * FN_H + 1.0
        return h

    def new_page(self):
        if self.page:
            self.flush_footnotes()
        pdf.add_page()
        self.page += 1
        self.fns = []
        if self.page > 1:
            pdf.set_font("Serif", "", BODY_PT)
            for i, s in enumerate([SYMBOL, "Page %d" % self.page]):
                pdf.text(R - pdf.get_string_width(s), 15 + i * 5, s)
            self.y = TOP
        else:
            self.y = TOP_FIRST

    def flush_footnotes(self):
        if not self.fns:
            return
        h = self.fn_height(self.fns)
        y = BOTTOM - h + 4.0
        pdf.set_font("Serif", "", FN_PT)
        pdf.text(L, y, "_" * 18)
        y += 5.5
        for m in self.fns:
            lines = wrap(FOOTNOTES[m], [W - 5], FN_PT)
            pdf.set_font("Serif", "", FN_PT * 0.7)
            pdf.text(L, y - 0.9, m)
            for ln in lines:
                draw_line(ln, L + 5, y, FN_PT)
                y += FN_H
            y += 1.0

    def room(self, h, marks=()):
        new = [m for m in marks if m not in self.fns]
        return self.y + h <= BOTTOM - self.fn_height(self.fns + new)

    def place(self, words, x, size=BODY_PT, style="", h=LINE_H):
        marks = [m for _, m in words if m]
        if not self.room(h, marks):
            self.new_page()
        self.y += h
        draw_line(words, x, self.y, size, style)
        for m in marks:
            if m not in self.fns:
                self.fns.append(m)

    def gap(self, h):
        self.y += h


E = Engine()


def para(num, text):
    lines = wrap(text, [W - TAB, W])
    if not E.room(LINE_H * 2):
        E.new_page()
    E.gap(3.2)
    first = True
    for ln in lines:
        if first:
            marks = [m for _, m in ln if m]
            if not E.room(LINE_H, marks):
                E.new_page()
            pdf.set_font("Serif", "", BODY_PT)
            pdf.text(L, E.y + LINE_H, "%d." % num)
            E.place(ln, L + TAB)
            first = False
        else:
            E.place(ln, L)


def item(label, text):
    lines = wrap(text, [W - ITEM_TEXT])
    E.gap(1.6)
    first = True
    for ln in lines:
        if first:
            if not E.room(LINE_H):
                E.new_page()
            pdf.set_font("Serif", "", BODY_PT)
            pdf.text(L + ITEM_LABEL, E.y + LINE_H, label)
            first = False
        E.place(ln, L + ITEM_TEXT)


def plain(text, italic=False):
    lines = wrap(text, [W])
    E.gap(3.2)
    for ln in lines:
        E.place(ln, L, style="I" if italic else "")


def heading(text):
    lines = wrap(text, [W], BODY_PT, "B")
    need = 6 + LINE_H * (len(lines) + 3)
    if not E.room(need):
        E.new_page()
    E.gap(6.0)
    for ln in lines:
        E.place(ln, L, style="B")
    E.gap(0.8)


def centre(text, style="", size=BODY_PT, h=LINE_H):
    E.y += h
    pdf.set_font("Serif", style, size)
    w = pdf.get_string_width(text)
    pdf.text(L + (W - w) / 2, E.y, text)


def right(text, style="", size=BODY_PT, h=LINE_H):
    E.y += h
    pdf.set_font("Serif", style, size)
    pdf.text(R - pdf.get_string_width(text), E.y, text)


def contents_entry(text, paras):
    pdf.set_font("Serif", "", BODY_PT)
    num_w = pdf.get_string_width(paras)
    lines = wrap(text, [W - 32, W - 38])
    for i, ln in enumerate(lines):
        x = L if i == 0 else L + 6
        E.place(ln, x)
        if i == len(lines) - 1:
            end = L + pdf.get_string_width(" ".join(w for w, _ in ln)) + (0 if i == 0 else 6)
            dot_w = pdf.get_string_width(".")
            n = int((R - 20 - end - 2) / dot_w)
            pdf.set_font("Serif", "", BODY_PT)
            pdf.text(end + 1.5, E.y, "." * max(n, 3))
            pdf.text(R - num_w, E.y, paras)
    E.gap(1.8)


# ---------------------------------------------------------------- cover block
E.new_page()
E.fns.append("*")          # the correction note sits at the foot of page 1
right(SYMBOL, "B", 11, 6)
right("Original: English", h=6)
right("16 December 2019", h=5.5)
E.gap(8)
centre("COUNCIL", "B", 11, 6)
centre("110th Session", h=5.5)
E.gap(9)
# title with the asterisk raised
pdf.set_font("Serif", "B", 12)
t = "DRAFT SUMMARY RECORD OF THE THIRD MEETING"
tw = pdf.get_string_width(t)
E.y += 6
x0 = L + (W - tw) / 2
pdf.text(x0, E.y, t)
pdf.set_font("Serif", "", 8)
pdf.text(x0 + tw + 0.3, E.y - 1.8, "*")
E.gap(4)
centre("Held at the Centre International de Conférences Genève (CICG)", h=5.5)
centre("on Wednesday, 27 November 2019, at 10.15 a.m.", h=5.5)
E.gap(5)
centre("Chairperson: Mr R. Velasco Arriaga (Mexico)", h=5.5)
E.gap(4)
pdf.set_font("Serif", "", BODY_PT)
pdf.text(L, E.y + 3, "_" * 84)
E.gap(9)
centre("CONTENTS", "B", BODY_PT, 5.5)
right("Paragraphs", "I", 9.5, 6)
E.gap(2)
contents_entry("General debate (continued)", "1–11")
contents_entry("Report on the 109th Session of the Council", "12–13")
contents_entry("Report on the Twenty-fourth and Twenty-fifth Sessions of the Standing "
               "Committee on Programmes and Finance", "14–17")
contents_entry("Programme and Budget for 2020", "18–24")
contents_entry("Status report on outstanding contributions to the administrative part of "
               "the budget", "25–28")
pdf.set_font("Serif", "", BODY_PT)
pdf.text(L, E.y + 3, "_" * 84)
E.gap(5)

# ---------------------------------------------------------------- body
plain("The meeting was called to order at 10.15 a.m.", italic=True)

heading("GENERAL DEBATE (continued)")

para(1, "The representative of ECUADOR said that the first anniversary of the adoption of the "
        "Global Compact for Safe, Orderly and Regular Migration in Marrakech was an occasion to take "
        "stock of what had been achieved at the regional level. Her country had received more than "
        "400,000 people from a neighbouring country since 2018 and had issued some 182,000 "
        "humanitarian visas in the past twelve months alone. The Quito Process had agreed on a "
        "regional information card and on common standards for reception centres, and she thanked "
        "IOM for the technical support it had provided to the process. Host communities, however, "
        "were under strain, and she appealed to donors to channel more resources to local "
        "authorities in border areas.")

para(2, "The representative of SWITZERLAND welcomed the progress made in the internal governance "
        "reform, notably the strengthening of the Office of the Inspector General and the adoption "
        "of a comprehensive policy on the prevention of sexual exploitation and abuse. Predictable "
        "and flexible funding was the best guarantee that IOM could respond where needs were "
        "greatest; his Government had therefore decided to increase its unearmarked contribution "
        "for 2020 and would continue to channel it through the Migration Resource Allocation "
        "Committee. He encouraged other Member States to follow suit.")

para(3, "The representative of ETHIOPIA said that her country was at once a country of origin, "
        "transit and destination. More than 28,000 Ethiopian migrants had returned from the "
        "Arabian Peninsula and from countries along the Eastern Route in 2019, many of them with "
        "the support of the EU–IOM Joint Initiative for Migrant Protection and Reintegration.[[1]] "
        "Sustainable reintegration, however, depended on access to jobs and to psychosocial "
        "support in the communities of return, and she called for a longer funding horizon for "
        "such programmes. Drought had also displaced over 500,000 people internally in the "
        "Somali and Oromia regions during the year, and the displacement tracking data collected "
        "by IOM had been indispensable to the Government's response.")

para(4, "The representative of the PHILIPPINES stressed the importance of fair and ethical "
        "recruitment for the more than 2.2 million Filipino workers employed abroad. His "
        "Government had been among the first to pilot the International Recruitment Integrity "
        "System (IRIS) and intended to extend it to recruitment agencies serving the health and "
        "domestic work sectors. He also highlighted the situation of seafarers, who too often fell "
        "outside the scope of national protection schemes.")

para(5, "The representative of GERMANY said that sound migration policy required sound data. "
        "Her Government was proud to host the IOM Global Migration Data Analysis Centre in Berlin "
        "and had renewed its support for the Centre until 2022. She welcomed the fact that more "
        "than 50 countries had now completed an assessment under the Migration Governance "
        "Indicators and asked the Administration to ensure that the findings were followed up in "
        "country programming.")

para(6, "The representative of MOROCCO recalled that the Intergovernmental Conference held in "
        "Marrakech in December 2018 had shown the value of dialogue between countries of origin, "
        "transit and destination. The African Union had decided to establish an African Migration "
        "Observatory in Rabat, and his Government counted on IOM's cooperation in making it "
        "operational. Regular pathways for young Africans, including circular labour migration "
        "and student mobility, should be given greater prominence.")

para(7, "The representative of BANGLADESH drew attention to the continuing presence of over "
        "900,000 Rohingya refugees in Cox's Bazar. The 2019 Joint Response Plan had been funded "
        "at only 61 per cent as at the end of October, while the monsoon season had again exposed "
        "the settlements to landslides and flooding. He thanked IOM for its site management and "
        "shelter work but stressed that the crisis could only be resolved through the voluntary, "
        "safe and dignified return of the refugees to their places of origin.")

para(8, "The observer for the SOVEREIGN ORDER OF MALTA said that the Order's relief agencies "
        "worked alongside IOM in more than 30 countries, particularly in the provision of health "
        "care to migrants in transit. He underlined the role of faith-based organizations in "
        "countering xenophobia and in offering a welcome to migrants at the local level.")

para(9, "The observer for the INTERNATIONAL FEDERATION OF RED CROSS AND RED CRESCENT SOCIETIES "
        "said that humanitarian assistance and protection should be available to all migrants in "
        "need, regardless of their legal status. Safe access to services without fear of arrest "
        "or detention was a precondition for effective humanitarian work, and National Societies "
        "looked forward to deepening their cooperation with IOM along the main migration routes.")

para(10, "The DIRECTOR GENERAL thanked delegations for their statements and for the broad "
         "support expressed for the Strategic Vision that he had presented to the Council on the "
         "first day of the session (C/110/INF/1). Responding to the main points raised, he said "
         "that:")

item("(a)", "core funding remained the Organization's most pressing concern: unearmarked "
            "contributions represented less than 6 per cent of total income, and he would submit "
            "proposals for a more sustainable funding model to the Standing Committee in 2020;")
item("(b)", "the reform of internal governance would continue, with particular attention to "
            "accountability, risk management and the protection of whistle-blowers; and")
item("(c)", "the Administration would publish, by mid-2020, a plan showing how it intended to "
            "follow up on the Migration Governance Indicators assessments at the country level.")

para(11, "The CHAIRPERSON said that the Council had thus concluded its general debate, in the "
         "course of which 71 Member States and 12 observers had taken the floor.[[2]] He thanked "
         "all speakers for keeping to the time limits agreed at the opening of the session.")

heading("REPORT ON THE 109TH SESSION OF THE COUNCIL")

para(12, "The CHAIRPERSON drew attention to the draft report on the 109th Session of the Council "
         "(C/109/L/12), which had been circulated to all Member States on 15 February 2019. No "
         "requests for amendment had been received by the Secretariat, and he invited the Council "
         "to approve the report.")

para(13, "The Council adopted draft resolution C/110/L/5, by which it approved the report on its "
         "109th Session without amendment. The resolution was subsequently issued as Resolution "
         "No. 1375 of 27 November 2019.")

heading("REPORT ON THE TWENTY-FOURTH AND TWENTY-FIFTH SESSIONS OF THE STANDING COMMITTEE ON "
        "PROGRAMMES AND FINANCE")

para(14, "The Chairperson of the Standing Committee on Programmes and Finance, introducing the "
         "reports on the Committee's Twenty-fourth Session, held on 25 and 26 June 2019 (S/24/13), "
         "and its Twenty-fifth Session, held on 30 and 31 October 2019 (S/25/11), said that the "
         "Committee had reviewed the Financial Report for the year ended 31 December 2018 "
         "(C/110/3) together with the report of the External Auditor, and had recommended that the "
         "Council take note of them. It had also examined the annual report of the Audit and "
         "Oversight Advisory Committee (S/25/7) and a first progress report on the implementation "
         "of the internal governance framework.")

para(15, "She added that informal consultations held in September had allowed Member States to "
         "review the draft Programme and Budget for 2020 in detail before it was formally "
         "considered at the Twenty-fifth Session, and that the Committee had recommended its "
         "approval by the Council.")

para(16, "The representative of CANADA commended the Standing Committee on the quality of its "
         "exchanges with the Administration and suggested that future sessions devote more time "
         "to the follow-up given to the recommendations of oversight bodies.")

para(17, "The Council took note of the reports on the Twenty-fourth and Twenty-fifth Sessions of "
         "the Standing Committee on Programmes and Finance.")

heading("PROGRAMME AND BUDGET FOR 2020")

para(18, "The DEPUTY DIRECTOR GENERAL FOR MANAGEMENT AND REFORM, introducing the Programme and "
         "Budget for 2020 (C/110/6), said that the administrative part of the budget amounted to "
         "CHF 52,640,000, an increase of CHF 2,180,000 over the figure of CHF 50,460,000 approved "
         "for 2019. The operational part of the budget was estimated at USD 1,163.5 million and "
         "would be revised in the course of the year as new funding was confirmed. Discretionary "
         "income was projected at USD 138.2 million.")

para(19, "The increase in the administrative part corresponded to the second phase of the "
         "budget reform endorsed by the Council in Resolution No. 1370 of 27 November 2018. It "
         "would fund 14 core positions in the areas of oversight, legal affairs, information "
         "technology security and staff welfare that had previously been financed from "
         "project-related overhead income.")

para(20, "The representative of JAPAN supported the proposed budget but asked for a breakdown "
         "of the new positions by department and grade, and for an assurance that the transfer of "
         "functions to the administrative part would not result in a duplication of costs in the "
         "operational part.")

para(21, "The representative of KENYA, speaking also on behalf of several other African Member "
         "States, welcomed the reinforcement of oversight capacity and asked that the regional "
         "offices in Africa benefit from the additional resources, in particular the Regional "
         "Office in Nairobi, which was supporting a rapidly growing portfolio in the East and Horn "
         "of Africa.")

para(22, "The representative of the UNITED STATES OF AMERICA said that his Government could "
         "join the consensus on the budget. Any further increase in assessed contributions, "
         "however, would have to be matched by demonstrable efficiency gains, and he looked "
         "forward to receiving the evaluation of the first phase of the budget reform before the "
         "end of 2020.")

para(23, "The DEPUTY DIRECTOR GENERAL FOR MANAGEMENT AND REFORM said that the breakdown "
         "requested by the representative of Japan would be shared with all Member States before "
         "the next session of the Standing Committee. The evaluation of the first phase of the "
         "reform had been commissioned from an external firm and would be available in the second "
         "quarter of 2020.")

para(24, "The Council adopted draft resolution C/110/L/7 on the Programme and Budget for 2020, "
         "which was subsequently issued as Resolution No. 1376 of 27 November 2019. By that "
         "resolution the Council:")

item("(a)", "approved the administrative part of the budget for 2020 in the amount of "
            "CHF 52,640,000;")
item("(b)", "approved the operational part of the budget for 2020 in the estimated amount of "
            "USD 1,163.5 million; and")
item("(c)", "requested the Director General to report to the Standing Committee on Programmes "
            "and Finance at its Twenty-sixth Session on the implementation of the second phase of "
            "the budget reform.")

heading("STATUS REPORT ON OUTSTANDING CONTRIBUTIONS TO THE ADMINISTRATIVE PART OF THE BUDGET")

para(25, "The DIRECTOR OF THE DEPARTMENT OF FINANCIAL AND ADMINISTRATIVE MANAGEMENT, introducing "
         "the status report (C/110/8), said that as at 22 November 2019 assessed contributions "
         "outstanding amounted to CHF 6,412,307, of which CHF 3,978,115 related to 2019 and "
         "CHF 2,434,192 to previous years.[[3]] Eleven Member States were subject to the "
         "provisions of Article 4 of the Constitution, compared with 13 a year earlier.")

para(26, "Since the report had been issued, payments totalling CHF 611,480 had been received "
         "from Mali, Paraguay and Tajikistan, bringing the amount outstanding down to "
         "CHF 5,800,827. Two further Member States had concluded payment plans with the "
         "Administration and had regained their voting rights as a result.")

para(27, "The representative of SOUTH AFRICA said that arrears placed an unfair burden on the "
         "Member States that paid their contributions on time and in full. She encouraged the "
         "Administration to continue its bilateral contacts with the Member States concerned.")

para(28, "The Council took note of the status report and urged all Member States in arrears to "
         "pay their outstanding contributions in full or to agree on a payment plan with the "
         "Administration as soon as possible.")

plain("The meeting rose at 1.05 p.m.", italic=True)

E.flush_footnotes()
pdf.output(OUT)
print("pages:", pdf.pages_count)
