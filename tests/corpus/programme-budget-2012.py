#!/usr/bin/env python
"""Lays out an invented IOM document, MC/2362 "Programme and Budget for 2013"
(101st Session of the Council, 2012), on A4 with reportlab's canvas."""

import os
import re
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "programme-budget-2012.pdf")

SYMBOL = "MC/2362"
PW, PH = A4
L = 64.0
R = PW - 64.0
W = R - L
TOP = PH - 92.0          # first baseline of body text on pages with a running header
BOTTOM = 64.0            # lowest baseline allowed for footnotes

BODY = ("Times-Roman", 11.0)
BOLD = "Times-Bold"
LEAD = 13.2
PARA_GAP = 11.0
FN_SIZE = 9.0
FN_LEAD = 10.6
MARK_SIZE = 6.8
MARK_RISE = 4.0

# ---------------------------------------------------------------------------------------------
# Figures (the text quotes them; the asserts below keep text and tables consistent)

def fmt(n):
    if n is None:
        return "-"
    return "{:,}".format(n)

SERVICE_AREAS = [
    ("I. Movement, Emergency and Post-crisis Migration Management", [
        ("I.1 Resettlement Assistance", 21480000, 78350000),
        ("I.2 Repatriation Assistance", 2915000, 9860000),
        ("I.3 Emergency and Post-crisis Migration Management", 54890000, 148920000)]),
    ("II. Migration Health", [
        ("II.1 Migration Health Assessments and Travel Health Assistance", 24310000, 16780000),
        ("II.2 Health Promotion and Assistance for Migrants", 6240000, 10935000),
        ("II.3 Migration Health Assistance for Crisis-affected Populations", 3120000, 8470000)]),
    ("III. Migration and Development", [
        ("III.1 Migration and Economic/Community Development", 5860000, 24315000),
        ("III.2 Return and Reintegration of Qualified Nationals", 1045000, 2380000),
        ("III.3 Remittances", 410000, 765000)]),
    ("IV. Regulating Migration", [
        ("IV.1 Return Assistance to Migrants and Governments", 13725000, 34560000),
        ("IV.2 Counter-trafficking", 7960000, 12840000),
        ("IV.3 Immigration and Border Management", 19870000, 41235000)]),
    ("V. Facilitating Migration", [
        ("V.1 Labour Migration", 3215000, 6940000),
        ("V.2 Migrant Processing and Integration", 18630000, 22105000)]),
    ("VI. Migration Policy, Research and Communications", [
        ("VI.1 Migration Policy Activities", 1280000, 1655000),
        ("VI.2 Migration Research and Publications", 640000, 1120000)]),
    ("VII. Reparation Programmes", [
        ("VII.1 Reparation and Compensation Programmes", 1760000, 3480000)]),
    ("VIII. General Programme Support", [
        ("VIII.1 Seconded Staff", 1420000, None),
        ("VIII.2 Support for Developing Member States", 400000, 4100000)]),
]

def z(v):
    return v or 0

OP_STAFF = sum(s for _, lines in SERVICE_AREAS for _, s, _p in lines)
OP_PROG = sum(z(p) for _, lines in SERVICE_AREAS for _, _s, p in lines)
OP_TOTAL = OP_STAFF + OP_PROG
assert OP_TOTAL == 617980000, OP_TOTAL

REGIONS = [
    ("Africa", 38450000, 96720000),
    ("Middle East", 21380000, 71940000),
    ("Latin America and the Caribbean", 24960000, 58310000),
    ("North America", 9870000, 36475000),
    ("Asia and Oceania", 41230000, 88645000),
    ("Europe", 33115000, 61850000),
]
REGIONS.append(("Global support and services",
                OP_STAFF - sum(r[1] for r in REGIONS),
                OP_PROG - sum(r[2] for r in REGIONS)))

FUNDING = [
    ("Member States", 357175000, 372450000),
    ("European Union", 88940000, 96380000),
    ("United Nations system", 74150000, 71260000),
    ("Other intergovernmental organizations", 5320000, 4915000),
    ("Private sector and foundations", 8415000, 9870000),
    ("Migrants, sponsors and other sources", 6110000, 5705000),
    ("Discretionary income{fn:4}", 56200000, 57400000),
]
assert sum(f[1] for f in FUNDING) == 596310000
assert sum(f[2] for f in FUNDING) == OP_TOTAL

ADMIN = [
    ("Headquarters, Geneva", 18960000, 3215000),
    ("Manila Administrative Centre", 4120000, 640000),
    ("Panama Administrative Centre", 1385000, 210000),
    ("Regional Office, Bangkok", 1085000, 176000),
    ("Regional Office, Brussels", 1240000, 198000),
    ("Regional Office, Buenos Aires", 842000, 131000),
    ("Regional Office, Cairo", 905000, 142000),
    ("Regional Office, Dakar", 968000, 155000),
    ("Regional Office, Nairobi", 1012000, 164000),
    ("Regional Office, Pretoria", 871000, 137000),
    ("Regional Office, San José", 896000, 140000),
    ("Regional Office, Vienna", 1034000, 167000),
]
_a_staff = sum(a[1] for a in ADMIN)
_a_non = sum(a[2] for a in ADMIN)
ADMIN.append(("Special liaison offices", 905000, 39862000 - _a_staff - _a_non - 905000))
assert ADMIN[-1][2] == 164000
A_STAFF = sum(a[1] for a in ADMIN)
A_NON = sum(a[2] for a in ADMIN)
assert A_STAFF + A_NON == 39862000

DISCR = [
    ("Regional offices and country office structures", 18450000, 18900000),
    ("Headquarters and Administrative Centres", 21300000, 21650000),
    ("Staff security", 6850000, 7100000),
    ("Information technology systems", 4900000, 5250000),
    ("Support for developing Member States", 4700000, 4500000),
]
assert sum(d[1] for d in DISCR) == 56200000 and sum(d[2] for d in DISCR) == 57400000
assert DISCR[-1][2] == 400000 + 4100000

STAFFING = [  # officials, employees, total 2012
    ("Headquarters, Geneva", 98, 61, 161),
    ("Manila Administrative Centre", 21, 62, 81),
    ("Panama Administrative Centre", 8, 17, 26),
    ("Regional offices", 43, 22, 64),
    ("Special liaison offices", 6, 3, 9),
]
ST_OFF = sum(s[1] for s in STAFFING)
ST_EMP = sum(s[2] for s in STAFFING)
ST_12 = sum(s[3] for s in STAFFING)
assert ST_OFF + ST_EMP == ST_12   # unchanged total number of positions (para 4 (d))


def pct(part, whole):
    return "{:.1f}".format(100.0 * part / whole)

# shares quoted in the text
assert pct(372450000, OP_TOTAL) == "60.3"
_area1 = sum(s + z(p) for _, s, p in SERVICE_AREAS[0][1])
assert _area1 == 316415000 and pct(_area1, OP_TOTAL) == "51.2"
_hq = ADMIN[0][1] + ADMIN[0][2]
assert _hq == 22175000 and pct(_hq, 39862000) == "55.6"
_ro = sum(a[1] + a[2] for a in ADMIN if a[0].startswith("Regional Office"))
assert _ro == 10263000, _ro
_area2 = sum(s + z(p) for _, s, p in SERVICE_AREAS[1][1])
assert _area2 == 69855000, _area2
_area4 = sum(s + z(p) for _, s, p in SERVICE_AREAS[3][1])
assert _area4 == 130190000, _area4
assert REGIONS[-1][1] + REGIONS[-1][2] == 35035000, REGIONS[-1]

# ---------------------------------------------------------------------------------------------
# Content

FOOTNOTES = {
    "1": "Approved by the Council at its 100th Session through Resolution No. 1226 of 29 November 2011.",
    "2": "Operational Support Income is generated by the overhead charged on projects. The rate of 7 per cent "
         "of total project costs, applied since 1 January 2012, is retained for 2013, in line with the "
         "recommendation set out in document SCPF/84.",
    "3": "The earlier findings of the Working Group, including options for a gradual increase in the "
         "Administrative Part, are summarized in document SCPF/88.",
    "4": "Operational Support Income and miscellaneous income; see paragraphs 26 to 30.",
    "5": "Including the Migration Health Assessment Centres financed by the receiving countries under "
         "standing agreements.",
}

FLOW = []

def H(text):
    FLOW.append(("heading", text))

def SUB(label, text):
    FLOW.append(("sub", label, text))

def P(num, text):
    FLOW.append(("para", num, text))

def ITEM(label, text, level=1):
    FLOW.append(("item", label, text, level))

def BUL(text):
    FLOW.append(("bullet", text))

def TABLE(spec):
    FLOW.append(("table", spec))

def NEWPAGE():
    FLOW.append(("newpage",))

def ANNEXHEAD(label, title_lines):
    FLOW.append(("annexhead", label, title_lines))

H("INTRODUCTION")
P("1", "The Programme and Budget for 2013 is submitted by the Director General to the Standing Committee on "
       "Programmes and Finance for examination and to the Council for approval. It keeps the presentation "
       "adopted for the Programme and Budget for 2012 (MC/2325),{fn:1} with the Administrative Part of the "
       "Budget expressed in Swiss francs and financed from the assessed contributions of Member States, and "
       "the Operational Part of the Budget expressed in US dollars and financed from voluntary contributions "
       "and from discretionary income.")
P("2", "The activities presented in Part II are arranged under the eight service areas used in previous "
       "budget documents, which correspond to the activities set out in the IOM Strategy endorsed by the "
       "Council in Resolution No. 1150 of 7 June 2007. This arrangement allows Member States to follow each "
       "area from one year to the next and to compare the estimates with the expenditure reported in the "
       "Financial Report for the Year Ended 31 December 2011 (MC/2343).")
P("3", "Membership of the Organization stood at 149 Member States on 30 September 2012, and four further "
       "applications for membership are before the Council at its 101st Session. The number of field "
       "locations has also grown, to more than 450, reflecting the demand for the Organization's services in "
       "the emergencies of 2011 and 2012 as well as in longer-term programmes of migration management.")
P("4", "The main features of the proposals for 2013 are the following:")
ITEM("(a)", "the Administrative Part is kept at zero nominal growth, at CHF 39,384,000, to which are added the "
            "assessed contributions of the Member States admitted in 2011 and 2012, amounting to CHF 478,000, "
            "for a total of CHF 39,862,000;")
ITEM("(b)", "the Operational Part is estimated at USD 617,980,000, an increase of USD 21,670,000 over the "
            "initial estimate for 2012;")
ITEM("(c)", "discretionary income is projected at USD 57,400,000,{fn:2} made up of:")
ITEM("(i)", "Operational Support Income of USD 52,900,000; and", level=2)
ITEM("(ii)", "miscellaneous income of USD 4,500,000, comprising unearmarked contributions and interest "
             "income;", level=2)
ITEM("(d)", "the number of positions funded from the Administrative Part remains unchanged, as shown in the "
            "Annex.")
P("5", "As in earlier years, Part II includes only those activities for which funding had been confirmed, or "
       "was considered highly likely, at the time of writing. Experience shows that the Operational Part "
       "grows considerably in the course of the year as new projects are funded: expenditure under the "
       "Operational Part in 2011 reached USD 1,232.4 million, roughly twice the initial estimate for that "
       "year. Updated figures will be presented to the Standing Committee in the Revision of the Programme "
       "and Budget for 2013 in mid-2013.")
P("6", "The Administration recalls that the Administrative Part has been held at zero nominal growth, apart "
       "from the contributions of new Member States, for many consecutive years, while the total expenditure "
       "of the Organization has more than doubled. The Working Group on Budget Reform continued its "
       "examination of this question in 2012 and will report to the Standing Committee at its Eleventh "
       "Session (SCPF/95).{fn:3} The present proposals do not anticipate the outcome of those discussions.")
P("7", "Within the limits of the resources available, the Administration has given priority to:")
BUL("maintaining the capacity of the regional offices to support the country offices in their region, in "
    "particular in project development and in the review of projects;")
BUL("meeting the cost of staff security in high-risk locations, which is shared between the Administrative "
    "Part and the projects concerned; and")
BUL("completing the introduction of the Organization's resource planning system in the remaining field "
    "offices.")
P("8", "The Standing Committee is invited to examine the Programme and Budget for 2013 and to recommend its "
       "approval to the Council at its 101st Session.")

H("BUDGET SUMMARY")
P("9", "Table 1 compares the estimates for 2013 with the budget approved for 2012. The figures for 2012 are "
       "those of the Programme and Budget for 2012 as approved, not those of the Revision of the Programme "
       "and Budget for 2012 (MC/2349), which brought the Operational Part to USD 887.2 million.")
TABLE({
    "caption": "Table 1: Budget summary, 2012 and 2013",
    "label_w": 230,
    "cols": [(["2012"], 330), (["2013"], 400), (["Change"], 471)],
    "rows": [
        ("Administrative Part (CHF)", ["39,384,000", "39,862,000", "478,000"], "n"),
        ("Operational Part (USD)", ["596,310,000", fmt(OP_TOTAL), fmt(OP_TOTAL - 596310000)], "n"),
        ("of which discretionary income (USD)", ["56,200,000", "57,400,000", "1,200,000"], "i"),
    ],
})
P("10", "The sources from which the Operational Part is expected to be funded are shown in Table 2. "
        "Contributions from Member States remain the largest source, at 60.3 per cent of the total, followed "
        "by the European Union and the agencies of the United Nations system. Funding from the private sector "
        "is expected to increase, although it remains small.")
TABLE({
    "caption": "Table 2: Operational Part by source of funding (in US dollars)",
    "label_w": 230,
    "cols": [(["2012"], 330), (["2013"], 400), (["% of 2013"], 471)],
    "rows": [(f[0], [fmt(f[1]), fmt(f[2]), pct(f[2], OP_TOTAL)], "n") for f in FUNDING]
            + [("Total", ["596,310,000", fmt(OP_TOTAL), "100.0"], "t")],
})

H("PART I \u2013 ADMINISTRATION")
SUB("A.", "Budget level and assessed contributions")
P("11", "The Administrative Part of the Budget finances the core structure of the Organization: the Office of "
        "the Director General, the departments at Headquarters, the Administrative Centres in Manila and "
        "Panama, the regional offices and the special liaison offices. It is financed from the assessed "
        "contributions of Member States on the basis of the scale of assessment approved by the Council.")
P("12", "The total proposed for 2013 is CHF 39,862,000. The scale of assessment for 2013, which continues to "
        "be equated with the United Nations scale, is presented in document MC/2361. The contributions of the "
        "States admitted to membership at the 101st Session, if their applications are approved, will be "
        "added to the scale and reported in the Revision of the Programme and Budget for 2013.")
P("13", "Statutory increases in staff costs, estimated at CHF 612,000, and the effect of inflation on non-staff "
        "costs will again be absorbed within the zero nominal growth level. This has been made possible by the "
        "transfer of further functions from Geneva to the Administrative Centres in Manila and Panama, where "
        "costs are lower, and by leaving a number of positions vacant for part of the year.")
P("14", "Member States are reminded that contributions to the Administrative Part are due in full on the "
        "first day of the financial year. At 30 September 2012, assessed contributions outstanding for 2011 "
        "and earlier years amounted to CHF 3,126,540, and eight Member States were subject to the provisions "
        "of Article 4 of the Constitution (see document SCPF/93).")
SUB("B.", "Distribution by location")
P("15", "Table 3 shows how the Administrative Part is distributed between Headquarters, the two "
        "Administrative Centres, the nine regional offices and the special liaison offices in Addis Ababa and "
        "New York.")
TABLE({
    "caption": "Table 3: Administrative Part by location (in Swiss francs)",
    "label_w": 230,
    "cols": [(["Staff costs"], 330), (["Non-staff", "costs"], 400), (["Total"], 471)],
    "rows": [(a[0], [fmt(a[1]), fmt(a[2]), fmt(a[1] + a[2])], "n") for a in ADMIN]
            + [("Total", [fmt(A_STAFF), fmt(A_NON), fmt(A_STAFF + A_NON)], "t")],
})
P("16", "Headquarters accounts for 55.6 per cent of the Administrative Part, a share which continues to fall "
        "as functions are transferred to the Administrative Centres. The regional offices together receive "
        "CHF 10,263,000; the balance of their costs is met from Operational Support Income (see paragraph 27).")

H("PART II \u2013 OPERATIONS")
SUB("A.", "Operational Part by service area")
P("17", "The Operational Part of the Budget covers the staff and office costs and the programme costs of the "
        "projects that the Organization carries out at the request of Member States and partners. Staff and "
        "office costs are those of the staff and offices directly attributable to the projects; programme "
        "costs include transport, medical examinations, accommodation, training and the assistance provided "
        "to beneficiaries. Table 4 presents the estimates by service area and service line. The estimates do "
        "not include activities that are expected to be funded in the course of 2013 but for which no "
        "commitment had been received at the time of writing.")
P("18", "Movement, Emergency and Post-crisis Migration Management remains the largest service area, at "
        "USD 316,415,000 or 51.2 per cent of the total. It covers the resettlement of refugees and other "
        "persons accepted by receiving countries, the return of displaced persons and the Organization's "
        "response to emergencies, including camp coordination and camp management and the transport of "
        "stranded migrants out of areas of conflict. Resettlement processing is expected to remain at a high "
        "level, with some 95,000 refugees to be assisted in 2013, most of them from camps in Kenya, Nepal "
        "and Thailand and from urban settings in Jordan and Turkey.")
P("19", "The estimates for Migration Health, USD 69,855,000, are mainly for the health assessments of "
        "migrants and refugees carried out at the request of receiving countries,{fn:5} and for health "
        "programmes for migrants and for populations affected by crises. The number of health assessments is "
        "expected to exceed 320,000, in line with the levels of recent years.")
P("20", "Under Regulating Migration, estimated at USD 130,190,000, the largest programmes are those of "
        "assisted voluntary return from European countries and of technical cooperation with Governments on "
        "border management, identity management and the fight against trafficking in persons. Return "
        "assistance is expected to be provided to some 32,000 migrants, most of them returning from Member "
        "States of the European Union.")
TABLE({
    "caption": "Table 4: Operational Part by service area (in US dollars)",
    "label_w": 290,
    "cols": [(["Staff and", "office costs"], 345), (["Programme", "costs"], 408), (["Total", "costs"], 471)],
    "rows": [row for area, lines in SERVICE_AREAS for row in (
                [(area, [fmt(sum(s for _, s, _p in lines)), fmt(sum(z(p) for _, _s, p in lines)),
                         fmt(sum(s + z(p) for _, s, p in lines))], "g")]
                + [(name, [fmt(s), fmt(p), fmt(s + z(p))], "s") for name, s, p in lines])]
            + [("Total", [fmt(OP_STAFF), fmt(OP_PROG), fmt(OP_TOTAL)], "t")],
})
P("21", "The smaller amounts shown under Migration Policy, Research and Communications do not reflect the "
        "full extent of the Organization's work in those areas, much of which is financed from the "
        "Administrative Part and from discretionary income.")
P("22", "The amount of USD 4,500,000 shown under service line VIII.2 is financed from miscellaneous income "
        "and is explained in paragraph 29.")
SUB("B.", "Operational Part by region")
P("23", "Table 5 shows the same estimates by region. Africa and Asia and Oceania together account for more "
        "than 40 per cent of the Operational Part, reflecting resettlement processing and emergency "
        "operations in those regions.")
TABLE({
    "caption": "Table 5: Operational Part by region (in US dollars)",
    "label_w": 230,
    "cols": [(["Staff and", "office costs"], 340), (["Programme", "costs"], 405), (["Total", "costs"], 471)],
    "rows": [(r[0], [fmt(r[1]), fmt(r[2]), fmt(r[1] + r[2])], "n") for r in REGIONS]
            + [("Total", [fmt(OP_STAFF), fmt(OP_PROG), fmt(OP_TOTAL)], "t")],
})
P("24", "The amount of USD 35,035,000 shown under global support and services relates to projects managed "
        "from Headquarters and the Administrative Centres that cover several regions, such as the global "
        "programmes for the assisted voluntary return of migrants and the reparation programmes.")
P("25", "The distribution between regions will change in the course of the year, in particular if new "
        "emergencies arise; the changes will be reported in the Revision of the Programme and Budget for "
        "2013.")
SUB("C.", "Discretionary income")
P("26", "Discretionary income consists of Operational Support Income and miscellaneous income. For 2013 it "
        "is projected at USD 57,400,000, an increase of USD 1,200,000 over the estimate for 2012 that "
        "reflects the expected growth in project activity.")
P("27", "Operational Support Income finances the structure in the field that cannot be charged to "
        "individual projects, including the part of the costs of the regional offices not met from the "
        "Administrative Part, the costs of staff security and the maintenance of the Organization's "
        "information technology systems.")
P("28", "In accordance with the mechanism approved by the Member States, any amount of Operational Support "
        "Income received in excess of the budgeted level is credited to the Operational Support Income "
        "reserve, which stood at USD 8.7 million at 31 December 2011.")
P("29", "Miscellaneous income, estimated at USD 4,500,000, is used in accordance with Resolution No. 1035 "
        "(LXXX) of 29 November 2000, which established a facility to support projects in developing Member "
        "States and Member States with economies in transition. An amount of USD 4,100,000 is allocated to "
        "such projects in 2013, and the balance of USD 400,000 to the staff costs of administering the "
        "facility.")
P("30", "The proposed use of discretionary income in 2013 is summarized in Table 6. The actual use will be "
        "reported to the Member States in the Financial Report for the Year Ended 31 December 2013.")
TABLE({
    "caption": "Table 6: Proposed use of discretionary income (in US dollars)",
    "label_w": 260,
    "cols": [(["2012"], 400), (["2013"], 471)],
    "rows": [(d[0], [fmt(d[1]), fmt(d[2])], "n") for d in DISCR]
            + [("Total", [fmt(sum(d[1] for d in DISCR)), fmt(sum(d[2] for d in DISCR))], "t")],
})

NEWPAGE()
ANNEXHEAD("ANNEX", ["STAFF POSITIONS FUNDED FROM THE", "ADMINISTRATIVE PART OF THE BUDGET"])
P("1", "The table below shows the number of positions funded from the Administrative Part in 2013 by "
       "location, for officials (positions in the Professional category and above) and employees (positions "
       "in the General Service category). The positions of the Director General and of the Deputy Director "
       "General are included under Headquarters.")
TABLE({
    "caption": "(number of positions)",
    "label_w": 200,
    "cols": [(["Officials"], 300), (["Employees"], 360), (["Total", "2013"], 415), (["Total", "2012"], 471)],
    "rows": [(s[0], [str(s[1]), str(s[2]), str(s[1] + s[2]), str(s[3])], "n") for s in STAFFING]
            + [("Total", [str(ST_OFF), str(ST_EMP), str(ST_OFF + ST_EMP), str(ST_12)], "t")],
})
P("2", "The total number of positions is unchanged from 2012. Two officials' positions have been moved from "
       "Headquarters to the Manila Administrative Centre and converted into employees' positions, and one "
       "official's position has been moved from the Panama Administrative Centre to the Regional Office in "
       "San José; these movements are reflected in the figures above.")

# The staffing table must agree with paragraph 2 of the Annex: HQ -2 officials, Manila +2 employees, etc.
# (its 2013 totals per location differ from 2012 only by those moves)
assert [s[1] + s[2] - s[3] for s in STAFFING] == [-2, 2, -1, 1, 0]

# ---------------------------------------------------------------------------------------------
# Text measuring

MARK_RE = re.compile(r"\{fn:([0-9*]+)\}")

def words_of(text):
    """Split into (word, marker-or-None) tokens."""
    out = []
    for w in text.split():
        m = MARK_RE.search(w)
        if m:
            out.append((MARK_RE.sub("", w), m.group(1)))
        else:
            out.append((w, None))
    return out

def word_width(tok, font, size):
    w, m = tok
    width = stringWidth(w, font, size)
    if m:
        width += stringWidth(m, font, MARK_SIZE) + 0.4
    return width

def break_lines(tokens, widths, font, size):
    """widths: function(line_index) -> available width."""
    lines, cur, cur_w = [], [], 0.0
    space = stringWidth(" ", font, size)
    for tok in tokens:
        ww = word_width(tok, font, size)
        avail = widths(len(lines))
        if cur and cur_w + space + ww > avail:
            lines.append(cur)
            cur, cur_w = [tok], ww
        else:
            cur_w = ww if not cur else cur_w + space + ww
            cur.append(tok)
    if cur:
        lines.append(cur)
    return lines

# ---------------------------------------------------------------------------------------------
# Page model

class Page:
    def __init__(self, label, header_extra=None):
        self.label = label
        self.ops = []          # callables taking a canvas
        self.fns = []          # footnote numbers, in order
        self.header_extra = header_extra

    def fn_height(self, extra=()):
        nums = list(self.fns) + [n for n in extra if n not in self.fns]
        if not nums:
            return 0.0
        h = 10.0
        for n in nums:
            h += len(fn_lines(n)) * FN_LEAD + 1.5
        return h

def fn_lines(n):
    toks = words_of(FOOTNOTES[n])
    indent = stringWidth(n, "Times-Roman", MARK_SIZE) + 2.5
    return break_lines(toks, lambda i: W - (indent if i == 0 else 0), "Times-Roman", FN_SIZE)


class Layout:
    def __init__(self):
        self.pages = []
        self.new_page()

    def new_page(self):
        self.page = Page(len(self.pages) + 1)
        self.pages.append(self.page)
        self.y = TOP

    def limit(self, extra_fns=()):
        return BOTTOM + self.page.fn_height(extra_fns)

    def room(self, h, extra_fns=()):
        return self.y - h >= self.limit(extra_fns)

    # -- primitives
    def text_line(self, tokens, x, width, font, size, justify):
        """Place one line of words at self.y (baseline), x..x+width."""
        y = self.y
        space = stringWidth(" ", font, size)
        natural = sum(word_width(t, font, size) for t in tokens) + space * (len(tokens) - 1)
        gap = space
        if justify and len(tokens) > 1:
            gap = space + (width - natural) / (len(tokens) - 1)
        fns = [m for _, m in tokens if m]

        def op(c, tokens=tokens, x=x, y=y, gap=gap, font=font, size=size):
            cx = x
            for w, m in tokens:
                c.setFont(font, size)
                c.drawString(cx, y, w)
                cx += stringWidth(w, font, size)
                if m:
                    c.setFont(font, MARK_SIZE)
                    c.drawString(cx + 0.4, y + MARK_RISE, m)
                    cx += stringWidth(m, font, MARK_SIZE) + 0.4
                cx += gap
        self.page.ops.append(op)
        for m in fns:
            if m not in self.page.fns:
                self.page.fns.append(m)

    def block(self, first_x, first_w, rest_x, rest_w, text, label=None, label_x=None,
              font="Times-Roman", size=11.0, lead=LEAD, justify=True):
        toks = words_of(text)
        lines = break_lines(toks, lambda i: first_w if i == 0 else rest_w, font, size)
        for i, ln in enumerate(lines):
            fns = [m for _, m in ln if m]
            # keep at least two lines of a block together at the start of a page
            need = lead if i else lead * min(2, len(lines))
            if not self.room(need, fns):
                self.new_page()
            x, w = (first_x, first_w) if i == 0 else (rest_x, rest_w)
            if i == 0 and label:
                lx, ly = label_x, self.y
                self.page.ops.append(lambda c, lx=lx, ly=ly, label=label, font=font, size=size:
                                     (c.setFont(font, size), c.drawString(lx, ly, label)))
            self.text_line(ln, x, w, font, size, justify and i < len(lines) - 1)
            self.y -= lead
        self.y -= PARA_GAP

    def heading(self, text):
        if not self.room(14 + LEAD * 4):
            self.new_page()
        elif self.y < TOP - 1:
            self.y -= 8
        y = self.y
        self.page.ops.append(lambda c, y=y: (c.setFont(BOLD, 11.5),
                                             c.drawCentredString(PW / 2, y, text)))
        self.y -= LEAD + 9

    def sub(self, label, text):
        if not self.room(LEAD * 4):
            self.new_page()
        elif self.y < TOP - 1:
            self.y -= 3
        y = self.y
        self.page.ops.append(lambda c, y=y: (c.setFont(BOLD, 11), c.drawString(L, y, label),
                                             c.drawString(L + 36, y, text)))
        self.y -= LEAD + 6

    def annexhead(self, label, title_lines):
        y = self.y
        self.page.ops.append(lambda c, y=y: (c.setFont(BOLD, 11.5), c.drawCentredString(PW / 2, y, label)))
        self.y -= LEAD * 2
        for t in title_lines:
            y = self.y
            self.page.ops.append(lambda c, y=y, t=t: (c.setFont(BOLD, 11.5), c.drawCentredString(PW / 2, y, t)))
            self.y -= LEAD
        self.y -= 12

    def table(self, spec):
        TS = 9.5
        TL = 12.4
        caption = spec["caption"]
        cols = spec["cols"]
        label_w = spec["label_w"]
        head_lines = max(len(h) for h, _ in cols)
        head_h = 4 + head_lines * TL + 5

        for label, cells, kind in spec["rows"]:
            f = BOLD if kind in ("g", "t") else "Times-Roman"
            ind = 10 if kind in ("s", "i") else 0
            lw = stringWidth(MARK_RE.sub("", label), f, TS) + ind
            assert lw < label_w - 4, (label, lw)
            for (h, right), cell in zip(cols, cells):
                pass

        def draw_head(with_caption):
            if with_caption:
                y = self.y
                self.page.ops.append(lambda c, y=y: (c.setFont(BOLD, 10), c.drawString(L, y, caption)))
                self.y -= TL + 4
            top = self.y + TL - 3
            self.page.ops.append(lambda c, top=top: (c.setLineWidth(0.6), c.line(L, top, R, top)))
            for i in range(head_lines):
                y = self.y - i * TL
                for h, right in cols:
                    off = head_lines - len(h)
                    if i >= off:
                        txt = h[i - off]
                        self.page.ops.append(lambda c, y=y, txt=txt, right=right:
                                             (c.setFont(BOLD, TS), c.drawRightString(L + right, y, txt)))
            self.y -= head_lines * TL
            bot = self.y + TL - 5
            self.page.ops.append(lambda c, bot=bot: (c.setLineWidth(0.4), c.line(L, bot, R, bot)))
            self.y -= 4

        rows = spec["rows"]
        first_need = TL + 4 + head_h + TL * 3
        if not self.room(first_need):
            self.new_page()
        self.y -= 2
        # find where the table would break, and move the break back to the start of a group
        # of rows so that at least five rows go over to the next page
        sim_y = self.y - (TL + 4) - head_lines * TL - 4
        force = None
        for k, (label, cells, kind) in enumerate(rows):
            extra = 6 if kind == "t" else 0
            if sim_y - (TL + extra + 4) < self.limit([m for _, m in words_of(label) if m]):
                k2 = min(k, len(rows) - 5)
                while k2 > 0 and rows[k2][2] not in ("g", "n"):
                    k2 -= 1
                force = k2
                break
            sim_y -= TL + (3 if kind == "t" else 0)
        draw_head(True)
        for k, (label, cells, kind) in enumerate(rows):
            toks = words_of(label)
            fns = [m for _, m in toks if m]
            extra = 6 if kind == "t" else 0
            if k == force or not self.room(TL + extra + 4, fns):
                b = self.y + TL - 4
                self.page.ops.append(lambda c, b=b: (c.setLineWidth(0.6), c.line(L, b, R, b)))
                self.new_page()
                draw_head(False)
            if kind == "t":
                t = self.y + TL - 4
                self.page.ops.append(lambda c, t=t: (c.setLineWidth(0.4), c.line(L, t, R, t)))
                self.y -= 3
            f = BOLD if kind in ("g", "t") else "Times-Roman"
            ind = 10 if kind in ("s", "i") else 0
            self.text_line(toks, L + ind, label_w, f, TS, False)
            y = self.y
            for (h, right), cell in zip(cols, cells):
                self.page.ops.append(lambda c, y=y, cell=cell, right=right, f=f:
                                     (c.setFont(f, TS), c.drawRightString(L + right, y, cell)))
            self.y -= TL
        b = self.y + TL - 4
        self.page.ops.append(lambda c, b=b: (c.setLineWidth(0.6), c.line(L, b, R, b)))
        self.y -= PARA_GAP + 4

    # -- flow
    def run(self, flow):
        self.head_pages = []
        for el in flow:
            kind = el[0]
            if kind in ("heading", "sub", "annexhead"):
                self.head_pages.append([el, None])
            if kind == "heading":
                self.heading(el[1])
            elif kind == "sub":
                self.sub(el[1], el[2])
            elif kind == "para":
                self.block(L + 36, W - 36, L, W, el[2], label=el[1] + ".", label_x=L)
            elif kind == "item":
                _, label, text, level = el
                lx = L + 36 if level == 1 else L + 72
                tx = L + 72 if level == 1 else L + 108
                self.y += PARA_GAP - 3
                self.block(tx, R - tx, tx, R - tx, text, label=label, label_x=lx)
            elif kind == "bullet":
                self.y += PARA_GAP - 3
                self.block(L + 54, W - 54, L + 54, W - 54, el[1], label="\u2022", label_x=L + 38)
            elif kind == "table":
                self.table(el[1])
            elif kind == "newpage":
                self.new_page()
            elif kind == "annexhead":
                self.annexhead(el[1], el[2])
            if kind in ("heading", "sub", "annexhead"):
                self.head_pages[-1][1] = self.page.label


# ---------------------------------------------------------------------------------------------
# Drawing

def running_header(c, label):
    c.setFont("Times-Roman", 10.5)
    c.drawRightString(R, PH - 48, SYMBOL)
    c.drawRightString(R, PH - 60, "Page %s" % label)


def draw_footnotes(c, page):
    if not page.fns:
        return
    # stack from the bottom up
    blocks = [(n, fn_lines(n)) for n in page.fns]
    total = sum(len(b) * FN_LEAD + 1.5 for _, b in blocks)
    y = BOTTOM + total - FN_LEAD + 2
    c.setLineWidth(0.5)
    c.line(L, y + FN_LEAD + 1, L + 144, y + FN_LEAD + 1)
    for n, lines in blocks:
        indent = stringWidth(n, "Times-Roman", MARK_SIZE) + 2.5
        c.setFont("Times-Roman", MARK_SIZE)
        c.drawString(L, y + 3.5, n)
        for i, ln in enumerate(lines):
            x = L + indent if i == 0 else L
            w = W - indent if i == 0 else W
            space = stringWidth(" ", "Times-Roman", FN_SIZE)
            natural = sum(word_width(t, "Times-Roman", FN_SIZE) for t in ln) + space * (len(ln) - 1)
            gap = space
            if i < len(lines) - 1 and len(ln) > 1:
                gap = space + (w - natural) / (len(ln) - 1)
            cx = x
            c.setFont("Times-Roman", FN_SIZE)
            for wd, _m in ln:
                c.drawString(cx, y, wd)
                cx += stringWidth(wd, "Times-Roman", FN_SIZE) + gap
            y -= FN_LEAD
        y -= 1.5


def draw_cover(c):
    c.setFont("Times-Roman", 11)
    c.drawRightString(R, PH - 64, SYMBOL)
    c.drawRightString(R, PH - 78, "Original: English")
    c.drawRightString(R, PH - 92, "5 October 2012")
    c.setFont(BOLD, 12)
    c.drawCentredString(PW / 2, PH - 190, "101ST SESSION")
    c.setLineWidth(0.8)
    c.line(L + 40, PH - 210, R - 40, PH - 210)
    c.setFont(BOLD, 14)
    c.drawCentredString(PW / 2, PH - 300, "PROGRAMME AND BUDGET")
    c.drawCentredString(PW / 2, PH - 320, "FOR 2013")
    c.line(L + 40, PH - 350, R - 40, PH - 350)
    # cover note near the foot of the page
    c.setLineWidth(0.5)
    c.line(L, 196, L + 144, 196)
    c.setFont("Times-Roman", 11)
    note = ("This document is submitted to the Standing Committee on Programmes and Finance at its Eleventh "
            "Session in October 2012, and to the Council at its 101st Session in November 2012.")
    lines = break_lines(words_of(note), lambda i: W, "Times-Roman", 11)
    y = 178
    for i, ln in enumerate(lines):
        c.drawString(L, y, " ".join(w for w, _ in ln))
        y -= LEAD
    c.setFont(BOLD, 10.5)
    c.drawString(L + 30, 72, "COUNCIL")
    c.drawCentredString(PW / 2, 72, "CONSEIL")
    c.drawRightString(R - 30, 72, "CONSEJO")


def draw_contents(c, entries):
    running_header(c, "i")
    y = TOP - 4
    c.setFont(BOLD, 11.5)
    c.drawCentredString(PW / 2, y, "TABLE OF CONTENTS")
    y -= 30
    c.setFont(BOLD, 10.5)
    c.drawRightString(R, y, "Page")
    y -= 24
    dot = stringWidth(".", "Times-Roman", 11)
    for title, page, level in entries:
        x = L + (36 * level)
        font = "Times-Roman"
        c.setFont(font, 11)
        # wrap long entries; only the last line carries the page number
        maxw = R - 40 - x
        lines = break_lines(words_of(title), lambda i: maxw, font, 11)
        for i, ln in enumerate(lines):
            txt = " ".join(w for w, _ in ln)
            tx = x if i == 0 else x + (36 if level == 0 and title.startswith("ANNEX") else 0)
            c.drawString(tx, y, txt)
            if i == len(lines) - 1:
                start = tx + stringWidth(txt, font, 11) + 4
                end = R - 22
                n = int((end - start) / (dot * 1.6))
                if n > 2:
                    c.drawString(start, y, "." * n)
                c.drawRightString(R, y, page)
            y -= LEAD + (0 if i < len(lines) - 1 else 8)
        if level == 0:
            y -= 2


def main():
    lay = Layout()
    lay.run(FLOW)
    pages = lay.pages

    found = [(el, pg) for el, pg in lay.head_pages]
    entries = []
    for el, pg in found:
        if el[0] == "heading":
            entries.append((el[1], str(pg), 0))
        elif el[0] == "sub":
            entries.append((el[1] + " " + el[2], str(pg), 1))
        else:
            entries.append((el[1] + ": " + " ".join(el[2]), str(pg), 0))

    c = canvas.Canvas(OUT, pagesize=A4, invariant=1)
    c.setTitle("MC/2362 - Programme and Budget for 2013")
    c.setAuthor("International Organization for Migration")
    draw_cover(c)
    c.showPage()
    draw_contents(c, entries)
    c.showPage()
    for p in pages:
        running_header(c, str(p.label))
        for op in p.ops:
            op(c)
        draw_footnotes(c, p)
        c.showPage()
    c.save()
    print("pages:", 2 + len(pages))
    for e in entries:
        print("  ", e)


if __name__ == "__main__":
    main()
