"""Draw policy-framework-2020b.pdf: an SCPF policy framework paper (S/27/8, 2020) with fpdf2."""
import os
import re

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "policy-framework-2020b.pdf")
FONTDIR = "/usr/share/fonts/truetype/dejavu"

SYMBOL = "S/27/8"
LM, RM = 25.0, 20.0
PW, PH = 210.0, 297.0
TW = PW - LM - RM           # text width
BODY_TOP = 31.0
BODY_BOTTOM = 274.0
FS = 10.5                   # body font size
LH = 5.1                    # body line height
FN_FS = 8.5
FN_LH = 3.8
SUP_FS = 6.5

# --------------------------------------------------------------------------- content
TITLE = ["INSTITUTIONAL FRAMEWORK FOR STRENGTHENING",
         "ACCOUNTABILITY TO AFFECTED POPULATIONS"]

FOOTNOTES = {
    "1": "Council Resolution No. 1310 of 24 November 2015 welcomed the Migration Governance "
         "Framework, which is set out in document C/106/40.",
    "2": "Inter-Agency Standing Committee, Revised Commitments on Accountability to Affected "
         "People and Protection from Sexual Exploitation and Abuse, endorsed by the IASC "
         "Principals in November 2017.",
    "3": "The IOM Emergency Manual is available at https://emergencymanual.iom.int.",
    "4": "The most recent edition is the Annual Report for 2019 (C/111/INF/1), presented to the "
         "Council in 2020.",
}

# block kinds: runtitle, h0 (unnumbered heading), h1, h2, para, text, bullet, item,
# caption, table, annex
BODY = [
    ("runtitle", TITLE),
    ("h0", "Executive summary"),
    ("text",
     "This paper sets out an institutional framework to guide the way in which IOM informs, "
     "consults and answers to the people it serves in its humanitarian, development and "
     "peacebuilding activities. It consolidates guidance issued since 2015 into a single "
     "reference and defines the roles, resources and performance measures that are needed to "
     "apply that guidance consistently in the more than 100 countries in which the Organization "
     "has operations."),
    ("text",
     "The framework will be rolled out in three phases between 2021 and 2025, at an estimated "
     "total cost of USD 4.2 million, of which USD 1.5 million is sought from unearmarked "
     "funding. Member States are invited to take note of the framework and to offer guidance on "
     "its implementation."),
    ("h1", "1.", "Introduction"),
    ("para", "1.",
     "Accountability to affected populations (AAP) is an active commitment by humanitarian and "
     "development actors to use power responsibly, by taking account of, giving account to and "
     "being held to account by the people they seek to assist. For IOM, whose programmes reached "
     "an estimated 31.6 million migrants, displaced persons and members of host communities in "
     "2019, that commitment is central to the quality and the legitimacy of its work."),
    ("para", "2.",
     "The approach of the Organization is anchored in the Migration Governance Framework "
     "(MiGOF), which the Council welcomed in 2015,[[1]] and in the IOM Strategic Vision "
     "2019\u20132023 (C/110/INF/1), which identifies responsiveness to the needs and voices of "
     "migrants as a driver of institutional change. Internal guidance adopted since then, "
     "including a policy statement on accountability issued in 2016 and guidelines on complaints "
     "and feedback mechanisms (CFMs) issued in 2018, has been applied unevenly across regions and "
     "types of intervention."),
    ("para", "3.",
     "An internal review conducted between October 2019 and March 2020 covered 48 country "
     "offices. It found that 31 of them operated at least one channel for complaints and "
     "feedback, but that only 12 systematically recorded how the information received had been "
     "used to adjust their programmes. The review also noted that responsibilities were "
     "dispersed among several departments and that no dedicated funding line existed. The "
     "present framework responds to those findings."),
    ("h1", "2.", "Scope and principles"),
    ("h2", "2.1", "Scope"),
    ("para", "4.",
     "The framework applies to all IOM personnel, including staff members, consultants and "
     "interns, and to implementing partners acting on behalf of the Organization. It covers "
     "every project and programme, whatever its source of funding, from emergency response and "
     "camp coordination and camp management to labour mobility, assisted voluntary return and "
     "reintegration, and migration health."),
    ("para", "5.",
     "The framework complements, and does not replace, the policies of the Organization on "
     "protection from sexual exploitation and abuse (PSEA), data protection and the prevention "
     "of fraud. Where those policies lay down specific procedures, for instance for the referral "
     "of allegations to the Office of the Inspector General (OIG), those procedures prevail."),
    ("h2", "2.2", "Guiding principles"),
    ("para", "6.",
     "IOM will apply the following principles when it designs, implements and evaluates its "
     "interventions:"),
    ("bullet",
     "Participation: affected people, including women, children, older persons and persons with "
     "disabilities, will have meaningful opportunities to shape the decisions that concern them;"),
    ("bullet",
     "Transparency: timely and accessible information on the Organization, its mandate, its "
     "activities and the conduct expected of its personnel will be shared in languages and "
     "formats that people understand;"),
    ("bullet",
     "Feedback and response: every operation will maintain safe, confidential and accessible "
     "channels through which people can raise concerns and receive an answer within a stated "
     "time;"),
    ("bullet",
     "Coordination: IOM will align its mechanisms with the collective approaches agreed by "
     "humanitarian country teams and with the commitments of the Inter-Agency Standing "
     "Committee (IASC).[[2]]"),
    ("para", "7.",
     "These principles are consistent with the humanitarian principles of humanity, neutrality, "
     "impartiality and independence, and with the rights-based approach that underpins the work "
     "of IOM in all settings."),
    ("h1", "3.", "Institutional arrangements"),
    ("h2", "3.1", "Roles and responsibilities"),
    ("para", "8.",
     "Responsibility for applying the framework is shared across the Organization, as follows:"),
    ("item", "(a)",
     "the Office of the Director General provides overall leadership and will report each year "
     "to Member States on progress;"),
    ("item", "(b)",
     "the Department of Operations and Emergencies hosts a small coordination unit that "
     "maintains standards, tools and training material;"),
    ("item", "(c)",
     "regional offices provide technical support and quality assurance to the country offices "
     "in their regions; and"),
    ("item", "(d)",
     "chiefs of mission ensure that each project proposal includes a feedback mechanism and a "
     "budget line for accountability activities."),
    ("para", "9.",
     "A network of focal points, one in each country office whose operations exceed USD 5 "
     "million a year, will be in place by the end of 2021. Focal points will follow a five-day "
     "certified course developed with the Staff Development and Learning Unit, and practical "
     "guidance for them will be published in the IOM Emergency Manual.[[3]]"),
    ("h2", "3.2", "Resourcing"),
    ("para", "10.",
     "The total cost of the framework for the period 2021\u20132025 is estimated at USD 4.2 "
     "million. The first phase (2021) requires USD 0.9 million, mainly for the coordination unit "
     "and the training of focal points; the second phase (2022\u20132023) requires USD 1.6 "
     "million to extend feedback mechanisms to all large operations; and the third phase "
     "(2024\u20132025) requires USD 1.7 million for consolidation and an independent "
     "evaluation."),
    ("para", "11.",
     "An amount of USD 1.5 million is sought from unearmarked funding, in line with the "
     "priorities set out in the Programme and Budget for 2021 (C/111/6). The remaining USD 2.7 "
     "million will be met from project budgets, in accordance with the projectized funding "
     "model of the Organization."),
    ("h1", "4.", "Monitoring and reporting"),
    ("para", "12.",
     "Progress will be measured against the results framework shown in Table 1. Baseline values "
     "are drawn from the internal review referred to in paragraph 3; the targets will be "
     "reviewed at the mid-point of the implementation period."),
    ("caption", "Table 1: Results framework for accountability to affected populations, "
                "2021\u20132025"),
    ("table", {
        "widths": [40, 73, 26, 26],
        "head": ["Outcome", "Indicator", "Baseline (2019)", "Target (2025)"],
        "align": ["L", "L", "R", "R"],
        "rows": [
            ["Affected people are informed",
             "Percentage of country offices sharing information on assistance in local languages",
             "46%", "90%"],
            ["Feedback channels are in place",
             "Number of country offices with a functioning complaints and feedback mechanism",
             "31", "48"],
            ["Feedback informs decisions",
             "Number of country offices recording programme adjustments made in response to "
             "feedback", "12", "40"],
            ["Personnel are equipped",
             "Number of certified AAP focal points", "0", "75"],
            ["Partners are engaged",
             "Percentage of partner agreements containing accountability clauses", "22%", "80%"],
        ],
    }),
    ("para", "13.",
     "Data will be collected through the annual survey of country offices and aggregated by the "
     "coordination unit. The results will be published on the IOM website and summarized in the "
     "Annual Report of the Organization.[[4]]"),
    ("para", "14.",
     "An independent evaluation of the framework will be commissioned by the OIG in 2025, and "
     "its findings will be shared with the Standing Committee on Programmes and Finance."),
    ("h1", "5.", "Next steps"),
    ("para", "15.",
     "Subject to the guidance of Member States, the Administration will launch the first phase "
     "in January 2021 and will report on progress to the Standing Committee at its "
     "Twenty-ninth Session, in the second half of 2021."),
    ("para", "16.",
     "The Standing Committee is invited to take note of the present framework and to provide "
     "such guidance as it may deem appropriate on its implementation."),
]

ANNEX_TITLE = "LIST OF ACRONYMS"
ACRONYMS = [
    ("AAP", "Accountability to affected populations"),
    ("CFM", "Complaints and feedback mechanism"),
    ("IASC", "Inter-Agency Standing Committee"),
    ("IOM", "International Organization for Migration"),
    ("MiGOF", "Migration Governance Framework"),
    ("OIG", "Office of the Inspector General"),
    ("PSEA", "Protection from sexual exploitation and abuse"),
    ("USD", "United States dollars"),
]


# --------------------------------------------------------------------------- engine
class Doc(FPDF):
    pass


pdf = Doc(format="A4", unit="mm")
pdf.set_auto_page_break(False)
pdf.set_margins(LM, 15, RM)
pdf.add_font("dv", "", os.path.join(FONTDIR, "DejaVuSansCondensed.ttf"))
pdf.add_font("dv", "B", os.path.join(FONTDIR, "DejaVuSansCondensed-Bold.ttf"))
pdf.add_font("dv", "I", os.path.join(FONTDIR, "DejaVuSansCondensed-Oblique.ttf"))
pdf.add_font("dv", "BI", os.path.join(FONTDIR, "DejaVuSansCondensed-BoldOblique.ttf"))
pdf.set_title("S/27/8 - " + " ".join(TITLE))
pdf.set_author("International Organization for Migration")


def tokens(text):
    """Split text into words; each word is a list of (string, is_sup) segments."""
    words = []
    for w in text.split(" "):
        if not w:
            continue
        segs = []
        for part in re.split(r"(\[\[\w+\]\])", w):
            if not part:
                continue
            m = re.fullmatch(r"\[\[(\w+)\]\]", part)
            if m:
                segs.append((m.group(1), True))
            else:
                segs.append((part, False))
        words.append(segs)
    return words


def word_width(segs, style, size):
    w = 0.0
    for s, sup in segs:
        if sup:
            pdf.set_font("dv", "", SUP_FS)
        else:
            pdf.set_font("dv", style, size)
        w += pdf.get_string_width(s)
    return w


def wrap(words, first_w, rest_w, style="", size=FS):
    pdf.set_font("dv", style, size)
    sp = pdf.get_string_width(" ")
    lines, cur, cur_w = [], [], 0.0
    for segs in words:
        ww = word_width(segs, style, size)
        avail = first_w if not lines else rest_w
        if cur and cur_w + sp + ww > avail:
            lines.append(cur)
            cur, cur_w = [segs], ww
        else:
            cur_w = ww if not cur else cur_w + sp + ww
            cur.append(segs)
    if cur:
        lines.append(cur)
    return lines


def draw_line(words, x, y, width, justify, style="", size=FS):
    """Draw words on baseline y starting at x, ragged right (the justify flag is kept for the
    callers but not applied, so that every run of ordinary text is one string in the PDF)."""
    runs = []                       # (text, is_sup)
    for k, segs in enumerate(words):
        for n, (s, sup) in enumerate(segs):
            if k > 0 and n == 0:
                s = " " + s
            if runs and runs[-1][1] == sup:
                runs[-1] = (runs[-1][0] + s, sup)
            else:
                runs.append((s, sup))
    cx = x
    for s, sup in runs:
        if sup:
            pdf.set_font("dv", "", SUP_FS)
            pdf.text(cx, y - 1.7, s)
        else:
            pdf.set_font("dv", style, size)
            pdf.text(cx, y, s)
        cx += pdf.get_string_width(s)


def line_markers(words):
    return [s for segs in words for s, sup in segs if sup]


class Pager:
    def __init__(self):
        self.body_page = 0
        self.y = BODY_TOP
        self.fns = []          # footnote markers on current page
        self.page_label = None

    def header(self, lines):
        pdf.set_font("dv", "", 9.5)
        y = 13.0
        for ln in lines:
            w = pdf.get_string_width(ln)
            pdf.text(PW - RM - w, y, ln)
            y += 4.3

    def new_page(self, annex=False):
        self.finish_page()
        pdf.add_page()
        if annex:
            self.header([SYMBOL, "Annex", "Page 1"])
        else:
            self.body_page += 1
            self.header([SYMBOL, "Page %d" % self.body_page])
        self.y = BODY_TOP
        self.fns = []

    def fn_lines(self, marker):
        return wrap(tokens(FOOTNOTES[marker]), TW - 5, TW - 5, "", FN_FS)

    def fn_height(self, markers):
        if not markers:
            return 0.0
        h = 5.0
        for m in markers:
            h += len(self.fn_lines(m)) * FN_LH + 0.6
        return h

    def limit(self, extra_markers=()):
        return BODY_BOTTOM - self.fn_height(self.fns + list(extra_markers))

    def finish_page(self):
        if not self.fns:
            return
        h = self.fn_height(self.fns)
        y = BODY_BOTTOM - h + 3.0
        pdf.set_line_width(0.2)
        pdf.line(LM, y - 2.2, LM + 45, y - 2.2)
        y += 1.2
        for m in self.fns:
            pdf.set_font("dv", "", SUP_FS)
            pdf.text(LM + 1.0, y + FN_LH - 0.6 - 1.1, m)
            lines = self.fn_lines(m)
            for i, ln in enumerate(lines):
                y += FN_LH
                draw_line(ln, LM + 5, y - 0.6, TW - 5, False, "", FN_FS)
            y += 0.6
        self.fns = []

    def need(self, h):
        if self.y + h > self.limit():
            self.new_page()

    def flow(self, lines, first_x, rest_x, width_first, width_rest, label=None,
             label_x=LM, justify=True, style="", gap_after=2.6):
        for i, ln in enumerate(lines):
            marks = line_markers(ln)
            if self.y + LH > self.limit(marks):
                self.new_page()
            base = self.y + LH - 1.3
            if i == 0 and label:
                pdf.set_font("dv", style, FS)
                pdf.text(label_x, base, label)
            last = i == len(lines) - 1
            x = first_x if i == 0 else rest_x
            w = width_first if i == 0 else width_rest
            draw_line(ln, x, base, w, justify and not last, style)
            self.fns.extend(marks)
            self.y += LH
        self.y += gap_after


P = Pager()


def cover():
    pdf.add_page()
    pdf.set_font("dv", "B", 11)
    for i, ln in enumerate([SYMBOL]):
        pdf.text(PW - RM - pdf.get_string_width(ln), 22, ln)
    pdf.set_font("dv", "", 10.5)
    for ln, y in (("Original: English", 28), ("2 October 2020", 33)):
        pdf.text(PW - RM - pdf.get_string_width(ln), y, ln)
    pdf.set_font("dv", "B", 11)
    for ln, y in (("STANDING COMMITTEE ON PROGRAMMES AND FINANCE", 62),):
        pdf.text((PW - pdf.get_string_width(ln)) / 2, y, ln)
    pdf.set_font("dv", "", 11)
    ln = "Twenty-seventh Session"
    pdf.text((PW - pdf.get_string_width(ln)) / 2, 68, ln)
    pdf.set_font("dv", "B", 13)
    y = 118
    for ln in TITLE:
        pdf.text((PW - pdf.get_string_width(ln)) / 2, y, ln)
        y += 6.5
    # trilingual footer
    pdf.set_line_width(0.3)
    pdf.line(LM, 262, PW - RM, 262)
    pdf.set_font("dv", "B", 8)
    y = 267
    for ln in ("STANDING COMMITTEE ON PROGRAMMES AND FINANCE",
               "COMITÉ PERMANENT DES PROGRAMMES ET DES FINANCES",
               "COMITÉ PERMANENTE DE PROGRAMAS Y FINANZAS"):
        pdf.text((PW - pdf.get_string_width(ln)) / 2, y, ln)
        y += 3.8


def table(spec, size=9.2, lh=4.2, pad=1.4):
    widths = spec["widths"]
    x0 = LM
    rows = [("head", spec["head"])] + [("row", r) for r in spec["rows"]]
    heights = []
    wrapped = []
    for kind, cells in rows:
        style = "B" if kind == "head" else ""
        cw = [wrap(tokens(c), w - 2 * pad, w - 2 * pad, style, size) for c, w in zip(cells, widths)]
        wrapped.append(cw)
        heights.append(max(len(c) for c in cw) * lh + 2 * pad)
    if P.y + sum(heights) > P.limit():
        P.new_page()
    pdf.set_line_width(0.25)
    for (kind, cells), cw, h in zip(rows, wrapped, heights):
        style = "B" if kind == "head" else ""
        x = x0
        for j, (lines, w) in enumerate(zip(cw, widths)):
            if kind == "head":
                pdf.set_fill_color(225, 225, 225)
                pdf.rect(x, P.y, w, h, style="DF")
            else:
                pdf.rect(x, P.y, w, h)
            by = P.y + pad + lh - 1.1
            for ln in lines:
                align = "L" if kind == "head" else spec["align"][j]
                if align == "R":
                    lw = word_width_line(ln, style, size)
                    draw_line(ln, x + w - pad - lw, by, w, False, style, size)
                else:
                    draw_line(ln, x + pad, by, w, False, style, size)
                by += lh
            x += w
        P.y += h
    P.y += 4.0


def word_width_line(ln, style, size):
    pdf.set_font("dv", style, size)
    sp = pdf.get_string_width(" ")
    return sum(word_width(s, style, size) for s in ln) + sp * (len(ln) - 1)


def body():
    P.new_page()
    prev = None
    for blk in BODY:
        kind = blk[0]
        if prev in ("bullet", "item") and kind not in ("bullet", "item"):
            P.y += 1.4
        prev = kind
        if kind == "runtitle":
            pdf.set_font("dv", "B", 11)
            for ln in blk[1]:
                pdf.text((PW - pdf.get_string_width(ln)) / 2, P.y + 4, ln)
                P.y += 5.5
            P.y += 6
        elif kind in ("h0", "h1", "h2"):
            P.need(LH * 3 + 4)
            P.y += 1.5
            base = P.y + LH - 1.3
            style = "BI" if kind == "h2" else "B"
            pdf.set_font("dv", style, FS)
            if kind == "h0":
                pdf.text(LM, base, blk[1])
            else:
                pdf.text(LM, base, blk[1])
                pdf.text(LM + 10, base, blk[2])
            P.y += LH + 2.6
        elif kind == "text":
            lines = wrap(tokens(blk[1]), TW, TW)
            P.flow(lines, LM, LM, TW, TW)
        elif kind == "para":
            lines = wrap(tokens(blk[2]), TW - 10, TW)
            P.flow(lines, LM + 10, LM, TW - 10, TW, label=blk[1])
        elif kind == "bullet":
            lines = wrap(tokens(blk[1]), TW - 17, TW - 17)
            P.flow(lines, LM + 17, LM + 17, TW - 17, TW - 17, label="\u2022",
                   label_x=LM + 11, gap_after=1.6)
        elif kind == "item":
            lines = wrap(tokens(blk[2]), TW - 20, TW - 20)
            P.flow(lines, LM + 20, LM + 20, TW - 20, TW - 20, label=blk[1],
                   label_x=LM + 10, gap_after=1.6)
        elif kind == "caption":
            P.need(LH * 8)
            pdf.set_font("dv", "B", 9.8)
            pdf.text(LM, P.y + LH - 1.3, blk[1])
            P.y += LH + 1.2
        elif kind == "table":
            table(blk[1])
    P.finish_page()


def annex():
    P.new_page(annex=True)
    pdf.set_font("dv", "B", 11)
    ln = ANNEX_TITLE
    pdf.text((PW - pdf.get_string_width(ln)) / 2, P.y + 4, ln)
    P.y += 14
    spec = {"widths": [30, 90], "head": ["Acronym", "Full name"], "align": ["L", "L"],
            "rows": [list(r) for r in ACRONYMS]}
    table(spec, size=9.8, lh=4.6, pad=1.6)
    P.finish_page()


cover()
body()
annex()
pdf.output(OUT)
print("pages:", pdf.page_no())
