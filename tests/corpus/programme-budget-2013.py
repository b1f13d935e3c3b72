"""Draws programme-budget-2013.pdf: an invented extract of an IOM Programme and Budget for 2013."""
import re
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth

# Helvetica with StandardEncoding, so that the bullet is encoded as a glyph every extractor maps
pdfmetrics.registerFont(pdfmetrics.Font("Helvetica-Std", "Helvetica", "StandardEncoding"))

OUT = "programme-budget-2013.pdf"
SYMBOL = "MC/2357"
W, H = A4
LM, RM = 72, W - 68
TOP = H - 62
BOTTOM = 64
BODY_F, BODY_B = "Helvetica", "Helvetica-Bold"
FS = 10.5
LEAD = 13.6
FN_FS = 8.5
FN_LEAD = 10.4
NUM_IND = 34          # hanging indent of numbered paragraphs
ITEM_STEP = 34

# ---------------------------------------------------------------- figures
SERVICE_AREAS = [
    ("I.", "Movement, Emergency and Post-crisis Migration Management", [
        ("I.1", "Resettlement Assistance", 24310500, 98604200),
        ("I.2", "Repatriation Assistance", 3118400, 9870300),
        ("I.3", "Emergency and Post-crisis Migration Management and Community Stabilization", 41905800, 176442100),
        ("I.4", "Transport Assistance to Humanitarian Operations", 1207600, 12055900),
    ]),
    ("II.", "Migration Health", [
        ("II.1", "Migration Health Assessments and Travel Health Assistance", 28466300, 21309700),
        ("II.2", "Health Promotion and Assistance for Migrants", 6812900, 14720500),
        ("II.3", "Migration Health Assistance for Crisis-affected Populations", 3990200, 9118600),
    ]),
    ("III.", "Migration and Development", [
        ("III.1", "Community Development and Diaspora Engagement", 7604100, 22913400),
        ("III.2", "Return and Reintegration of Qualified Nationals", 1220700, 3488900),
        ("III.3", "Remittances", 310500, 402800),
    ]),
    ("IV.", "Regulating Migration", [
        ("IV.1", "Return Assistance to Migrants and Governments", 14778300, 39650200),
        ("IV.2", "Counter-trafficking", 9331600, 17204900),
        ("IV.3", "Technical Cooperation on Migration Management and Capacity-building", 20114700, 58921300),
    ]),
    ("V.", "Facilitating Migration", [
        ("V.1", "Labour Migration", 2645800, 5133600),
        ("V.2", "Migrant Processing and Integration", 8902400, 12478100),
    ]),
    ("VI.", "Migration Policy and Research", [
        ("VI.1", "Migration Policy Activities", 1109300, 1716500),
        ("VI.2", "Migration Research and Publications", 598200, 802400),
    ]),
    ("VII.", "Reparation Programmes", [
        ("VII.1", "Reparation Programmes", 1872500, 4360000),
    ]),
    ("VIII.", "General Programme Support", [
        ("VIII.1", "Seconded Staff", 1046900, 0),
        ("VIII.2", "Staff and Services Covered by Discretionary Income^*", 33650000, 6112700),
    ]),
]

TOT_STAFF = sum(s for _, _, lines in SERVICE_AREAS for _, _, s, _ in lines)
TOT_PROG = sum(p for _, _, lines in SERVICE_AREAS for _, _, _, p in lines)
TOT_OP = TOT_STAFF + TOT_PROG
AREA1 = sum(s + p for _, _, s, p in SERVICE_AREAS[0][2])

ADM_2012, ADM_2013 = 39702450, 40118230
OP12_STAFF, OP12_PROG = 206455300, 545118400
OP12 = OP12_STAFF + OP12_PROG


def fmt(n):
    if n == 0:
        return "-"
    s = "{:,}".format(abs(n))
    return "(" + s + ")" if n < 0 else s


def mio(n):
    return "{:.1f}".format(n / 1e6)


# ---------------------------------------------------------------- text
def tokens(text):
    """Split text into (word, sup) tokens; 'word^1' carries a raised marker."""
    out = []
    for w in text.split():
        m = re.match(r"^(.*?)\^(\S+)$", w)
        if m:
            out.append((m.group(1), m.group(2)))
        else:
            out.append((w, None))
    return out


def tok_width(tok, font, size):
    w, sup = tok
    width = stringWidth(w, font, size)
    if sup:
        width += stringWidth(sup, font, size * 0.62) + 0.6
    return width


def wrap(text, width, font=BODY_F, size=FS, first_width=None):
    toks = tokens(text)
    lines, cur, cur_w = [], [], 0.0
    sp = stringWidth(" ", font, size)
    limit = first_width if first_width is not None else width
    for t in toks:
        tw = tok_width(t, font, size)
        if cur and cur_w + sp + tw > limit:
            lines.append(cur)
            cur, cur_w = [t], tw
            limit = width
        else:
            cur_w = cur_w + (sp if cur else 0) + tw
            cur.append(t)
    if cur:
        lines.append(cur)
    return lines


def draw_line(c, toks, x, y, width, font=BODY_F, size=FS, justify=False):
    sp = stringWidth(" ", font, size)
    natural = sum(tok_width(t, font, size) for t in toks) + sp * (len(toks) - 1)
    gap = sp
    if justify and len(toks) > 1:
        gap = sp + (width - natural) / (len(toks) - 1)
    cx = x
    for w, sup in toks:
        c.setFont(font, size)
        c.drawString(cx, y, w)
        cx += stringWidth(w, font, size)
        if sup:
            c.setFont(font, size * 0.62)
            c.drawString(cx + 0.4, y + size * 0.38, sup)
            cx += stringWidth(sup, font, size * 0.62) + 0.6
        cx += gap


def markers(toks):
    return [s for _, s in toks if s and s.isdigit()]


# ---------------------------------------------------------------- document content
FOOTNOTES = {
    "1": "Resolution No. 1150 of 7 June 2007 endorsed the IOM Strategy. The presentation of the "
         "Operational Part by service area and service line was introduced in the Programme and "
         "Budget for 2009 (MC/2262).",
    "2": "The scale of assessment for 2013, which takes into account the Member States admitted in "
         "2012, is contained in document MC/2358.",
    "3": "Operational Support Income was formerly called project-related overhead. The change in "
         "terminology, which does not alter the way the income is calculated, was explained to the "
         "Standing Committee on Programmes and Finance in document SCPF/63.",
    "4": "The response to the displacement in the Sahel is included only to the extent of the funds "
         "confirmed at 30 September 2012. Appeals issued after that date will be reflected in the "
         "first revision of this budget.",
}

BODY = [
    ("title", "PROGRAMME AND BUDGET FOR 2013"),
    ("heading", "I.", "INTRODUCTION", "I"),
    ("para", "1", "The Director General submits the Programme and Budget for 2013 in accordance "
     "with the Financial Regulations of the Organization. The document sets out the resources that "
     "the Administration expects to need, and to receive, in the coming year, and it is arranged "
     "around the service areas through which IOM delivers its activities, in line with the IOM "
     "Strategy endorsed by the Council.^1"),
    ("para", "2", "As in previous years, the budget is presented in two parts. The Administrative "
     "Part, which funds the core structure of the Organization, is financed from the assessed "
     "contributions of Member States and is expressed in Swiss francs. The Operational Part, which "
     "covers the activities and projects implemented by the Organization, is financed from "
     "voluntary contributions and is expressed in US dollars. Because the two parts are expressed "
     "in different currencies, they are shown side by side and are never added together."),
    ("para", "3", "The document is arranged as follows:"),
    ("item", 1, "(a)", "Section II gives an overview of the budget for 2013 and compares it with "
     "the budget for 2012 as revised in mid-year;"),
    ("item", 1, "(b)", "Section III presents the Operational Part:"),
    ("item", 2, "(i)", "by service area and service line, with staff and office costs shown "
     "separately from programme costs; and"),
    ("item", 2, "(ii)", "with an explanation of the resources funded from Discretionary Income;"),
    ("item", 1, "(c)", "the staffing tables, the distribution of the budget by region and the "
     "scale of assessment are set out in the annexes, which are issued separately.^2"),
    ("para", "4", "The budget has been prepared against a difficult financial background. Several "
     "of the Organization's main donors have announced reductions in their aid budgets, while the "
     "demand for IOM services, in particular in emergency and post-crisis situations, continued to "
     "grow throughout 2012. The Operational Part is therefore based only on funding that was "
     "confirmed or reasonably certain at the time of writing; as every year, it will be updated in "
     "the revisions submitted to Member States in the course of 2013."),
    ("para", "5", "Membership of the Organization rose to 149 Member States during 2012. The "
     "assessed contributions of the new Member States have been included in the Administrative "
     "Part as additional resources, rather than being used to reduce the contributions of the "
     "existing Members, in keeping with the practice the Council has followed since 2009."),
    ("para", "6", "The Director General is grateful to Member States for the time they devoted to "
     "the informal consultations on budget matters held in Geneva between April and September "
     "2012. The views expressed in those consultations, particularly on the need to strengthen "
     "the core structure without increasing the overall level of assessed contributions, have "
     "guided the proposals in this document."),
    ("heading", "II.", "OVERVIEW OF THE BUDGET", "II"),
    ("para", "7", "Table 1 summarizes the budget for 2013 by part and compares it with the budget "
     "for 2012 as revised in document SCPF/88. The figures for 2012 include the adjustments "
     "approved by the Standing Committee on Programmes and Finance at its Tenth Session."),
    ("table1",),
    ("heading", "2.1", "Administrative Part", "2.1"),
    ("para", "8", "The Administrative Part for 2013 amounts to CHF {}, an increase of CHF {} "
     "over 2012. The whole of the increase corresponds to the assessed contributions of the new "
     "Member States; in real terms the core structure remains at the level approved by the Council "
     "for 2012 in Resolution No. 1218 of 29 November 2011.".format(fmt(ADM_2013), fmt(ADM_2013 - ADM_2012))),
    ("para", "9", "Within that envelope, the Administration will have to absorb statutory and other "
     "cost increases estimated at CHF 0.9 million, arising mainly from:"),
    ("bullet", "the step increases and post adjustments for staff in the Professional category "
     "decided within the United Nations common system;"),
    ("bullet", "higher employer contributions to the medical insurance plan; and"),
    ("bullet", "the rising cost of software licences, data storage and telecommunications at "
     "Headquarters."),
    ("para", "10", "These increases will be met by keeping four vacant posts at Headquarters frozen "
     "throughout 2013 and by moving further administrative functions to the Administrative "
     "Centres in Manila and Panama, where the cost of providing them is lower."),
    ("heading", "2.2", "Operational Part", "2.2"),
    ("para", "11", "The Operational Part is estimated at USD {} million, against USD {} million in "
     "the revised budget for 2012. Staff and office costs account for USD {} million and programme "
     "costs for USD {} million. The estimates cover only those activities for which funding has "
     "been confirmed or is highly probable; past experience shows that the level of expenditure at "
     "the end of the year is considerably higher than the initial estimate.".format(
         mio(TOT_OP), mio(OP12), mio(TOT_STAFF), mio(TOT_PROG))),
    ("para", "12", "Operational Support Income,^3 derived from the overhead charged to projects, is "
     "estimated at USD 51.5 million for 2013. Together with miscellaneous income it makes up the "
     "Organization's Discretionary Income, which finances the part of the essential structure that "
     "the Administrative Part cannot cover (see service line VIII.2 in Table 2)."),
    ("heading", "III.", ["OPERATIONAL PART OF THE BUDGET BY SERVICE AREA AND", "SERVICE LINE"], "III"),
    ("para", "13", "Table 2 distributes the Operational Part among the eight service areas and their "
     "service lines. Staff and office costs are the costs of the personnel and premises needed to "
     "deliver a project; programme costs cover direct assistance to beneficiaries, transportation, "
     "medical services, training and payments to implementing partners."),
    ("para", "14", "Movement, emergency and post-crisis migration management remains by far the "
     "largest service area, with USD {} million or some {} per cent of the Operational Part. "
     "Resettlement activities are expected to continue at about the level of 2012. The amounts "
     "shown for emergency and post-crisis operations relate only to responses already under way; "
     "any new emergency arising in 2013 will be added in the revisions of the budget.^4".format(
         mio(AREA1), round(100.0 * AREA1 / TOT_OP))),
    ("table2",),
    ("para", "15", "Migration health is the second largest service area. Most of its resources are "
     "devoted to health assessments carried out for resettlement and immigration programmes, "
     "which are funded by the receiving governments on a cost-recovery basis. Under regulating "
     "migration, demand for technical cooperation on border and identity management remains "
     "strong, particularly in West Africa, Central Asia and the Caribbean."),
    ("para", "16", "The Administration will report on the implementation of the Operational Part "
     "in the revisions of the budget to be submitted to the Standing Committee on Programmes and "
     "Finance in 2013, and in the Financial Report for the year ending 31 December 2013."),
]


# ---------------------------------------------------------------- layout engine
class Layout:
    def __init__(self):
        self.pages = []          # each: dict(ops=[], fns=[])
        self.heading_pages = {}
        self.new_page()

    def new_page(self):
        self.page = {"ops": [], "fns": []}
        self.pages.append(self.page)
        self.y = TOP - 2 * 12 - 16
        self.fn_h = 0.0

    def fn_height(self, num):
        lines = wrap(FOOTNOTES[num], RM - LM - 14, BODY_F, FN_FS)
        return len(lines) * FN_LEAD + 2

    def floor(self, extra_fn=0.0):
        fh = self.fn_h + extra_fn
        return BOTTOM + (fh + 14 if fh else 0)

    def room(self):
        return self.y - self.floor()

    def place_lines(self, lines, x_first, x_rest, width_first, width_rest, prefix=None,
                    font=BODY_F, size=FS):
        """Place wrapped lines, breaking pages and collecting footnotes."""
        for i, toks in enumerate(lines):
            fns = [m for m in markers(toks) if m in FOOTNOTES]
            extra = sum(self.fn_height(m) for m in fns)
            if self.y - LEAD < self.floor(extra):
                self.new_page()
            self.y -= LEAD
            last = i == len(lines) - 1
            x = x_first if i == 0 else x_rest
            wdt = width_first if i == 0 else width_rest
            y = self.y
            self.page["ops"].append(lambda c, t=toks, x=x, y=y, w=wdt, j=not last:
                                    draw_line(c, t, x, y, w, font, size, j))
            if i == 0 and prefix:
                px, label = prefix
                pf = "Helvetica-Std" if label == "\u2022" else font
                self.page["ops"].append(lambda c, px=px, y=y, l=label, pf=pf: (c.setFont(pf, size), c.drawString(px, y, l)))
            for m in fns:
                self.page["fns"].append(m)
                self.fn_h += self.fn_height(m)

    def gap(self, g):
        self.y -= g

    def title(self, text):
        self.y -= 4
        y = self.y
        self.page["ops"].append(lambda c, y=y: (c.setFont(BODY_B, 11.5), c.drawCentredString(W / 2, y, text)))
        self.y -= 16

    def heading(self, num, text, key):
        lines = text if isinstance(text, list) else [text]
        need = 10 + LEAD * len(lines) + 8 + 3 * LEAD
        if self.room() < need:
            self.new_page()
        self.y -= 10
        decimal = "." in num and num[0].isdigit()
        for i, ln in enumerate(lines):
            self.y -= LEAD
            y = self.y
            if i == 0:
                self.page["ops"].append(lambda c, y=y: (c.setFont(BODY_B, FS), c.drawString(LM, y, num)))
            xt = LM + NUM_IND
            f = "Helvetica-BoldOblique" if decimal else BODY_B
            self.page["ops"].append(lambda c, y=y, ln=ln, xt=xt, f=f: (c.setFont(f, FS), c.drawString(xt, y, ln)))
        self.heading_pages[key] = len(self.pages)
        self.y -= 6

    def para(self, num, text):
        width = RM - LM - NUM_IND
        lines = wrap(text, width)
        if self.room() < 2 * LEAD + 6:
            self.new_page()
        self.y -= LEAD - 2
        self.place_lines(lines, LM + NUM_IND, LM + NUM_IND, width, width, prefix=(LM, num + "."))

    def item(self, level, label, text):
        x_label = LM + NUM_IND + (level - 1) * ITEM_STEP
        x_text = x_label + ITEM_STEP
        width = RM - x_text
        self.y -= 6
        self.place_lines(wrap(text, width), x_text, x_text, width, width, prefix=(x_label, label))

    def bullet(self, text):
        x_label = LM + NUM_IND + 4
        x_text = LM + NUM_IND + 20
        width = RM - x_text
        self.y -= 4
        self.place_lines(wrap(text, width), x_text, x_text, width, width, prefix=(x_label, "\u2022"))

    # ---------------- tables
    def table1(self):
        cols = [LM, LM + 170, LM + 228, LM + 316, LM + 404]  # label, currency, 2012, 2013, change
        right = [None, None, LM + 310, LM + 398, RM]
        rows = [
            ("Administrative Part", "CHF", ADM_2012, ADM_2013, False, False),
            ("Operational Part", "", None, None, False, False),
            ("Staff and office costs", "USD", OP12_STAFF, TOT_STAFF, True, False),
            ("Programme costs", "USD", OP12_PROG, TOT_PROG, True, False),
            ("Total Operational Part", "USD", OP12, TOT_OP, False, True),
        ]
        need = 20 + 30 + LEAD * len(rows) + 30
        if self.room() < need:
            self.new_page()
        self.y -= 24
        y = self.y
        cap = "Table 1 \u2013 Summary of the budget by part"
        self.page["ops"].append(lambda c, y=y: (c.setFont(BODY_B, 9.5), c.drawCentredString(W / 2, y, cap)))
        self.y -= 8
        top = self.y
        self.y -= 12
        hdr1 = ["", "Currency", "2012 revised", "2013", "Change"]
        hdr2 = ["", "", "budget", "estimates", ""]
        y1, y2 = self.y, self.y - 11

        def draw_hdr(c, y1=y1, y2=y2, top=top):
            c.setLineWidth(0.6)
            c.line(LM, top, RM, top)
            c.setFont(BODY_B, 8.8)
            c.drawString(cols[1], y1, hdr1[1])
            for k in (2, 3, 4):
                c.drawRightString(right[k], y1, hdr1[k])
                if hdr2[k]:
                    c.drawRightString(right[k], y2, hdr2[k])
            c.line(LM, y2 - 5, RM, y2 - 5)
        self.page["ops"].append(draw_hdr)
        self.y = y2 - 5
        for label, cur, a, b, indent, bold in rows:
            self.y -= 13
            y = self.y
            f = BODY_B if bold else BODY_F

            def op(c, y=y, label=label, cur=cur, a=a, b=b, indent=indent, f=f):
                c.setFont(f, 9)
                c.drawString(LM + (14 if indent else 2), y, label)
                c.drawString(cols[1] + 6, y, cur)
                if a is not None:
                    c.drawRightString(right[2], y, fmt(a))
                    c.drawRightString(right[3], y, fmt(b))
                    c.drawRightString(right[4], y, fmt(b - a))
            self.page["ops"].append(op)
        self.y -= 6
        yb = self.y
        self.page["ops"].append(lambda c, yb=yb: c.line(LM, yb, RM, yb))
        self.y -= 4

    def table2(self):
        xl = LM
        lab_w = 230
        r1, r2, r3 = LM + 315, LM + 392, RM
        num_w = 40
        body_fs = 8.6
        row_lead = 11.0

        def header(cont=False):
            self.y -= 24 if not cont else 16
            y = self.y
            cap = "Table 2 \u2013 Operational Part by service area and service line (in US dollars)"
            if cont:
                cap = "Table 2 (cont'd)"
            self.page["ops"].append(lambda c, y=y, cap=cap: (c.setFont(BODY_B, 9.5), c.drawCentredString(W / 2, y, cap)))
            self.y -= 8
            top = self.y
            y1 = top - 12
            y2 = y1 - 10

            def draw_hdr(c, top=top, y1=y1, y2=y2):
                c.setLineWidth(0.6)
                c.line(LM, top, RM, top)
                c.setFont(BODY_B, 8.6)
                c.drawString(xl + 2, y1, "Service area / service line")
                c.drawRightString(r1, y1, "Staff and")
                c.drawRightString(r1, y2, "office costs")
                c.drawRightString(r2, y1, "Programme")
                c.drawRightString(r2, y2, "costs")
                c.drawRightString(r3, y1, "Total")
                c.line(LM, y2 - 5, RM, y2 - 5)
            self.page["ops"].append(draw_hdr)
            self.y = y2 - 5 - 3

        rows = []
        for num, name, lines in SERVICE_AREAS:
            rows.append(("area", num, name, None, None))
            for lnum, lname, s, p in lines:
                rows.append(("line", lnum, lname, s, p))
            rows.append(("sub", "", "Subtotal", sum(x[2] for x in lines), sum(x[3] for x in lines)))
        rows.append(("grand", "", "GRAND TOTAL", TOT_STAFF, TOT_PROG))

        if self.room() < 140:
            self.new_page()
        header()
        for kind, num, name, s, p in rows:
            font = BODY_B if kind in ("area", "grand") else BODY_F
            if kind == "sub":
                font = "Helvetica-Oblique"
            x_num = xl + 2 if kind == "area" else xl + 12
            x_txt = x_num + (num_w - 6 if kind == "area" else num_w - 8)
            if kind in ("sub", "grand"):
                x_txt = xl + (12 if kind == "sub" else 2)
            text_w = xl + lab_w - x_txt
            wl = wrap(name, text_w, font, body_fs)
            h = row_lead * len(wl) + (3 if kind in ("area", "grand") else 0) + (2 if kind == "sub" else 0)
            if self.y - h - 12 < self.floor():
                self.new_page()
                header(cont=True)
            if kind in ("area", "grand"):
                self.y -= 4
            if kind == "grand":
                yl = self.y + 2
                self.page["ops"].append(lambda c, yl=yl: c.line(LM, yl, RM, yl))
                self.y -= 2
            for i, toks in enumerate(wl):
                self.y -= row_lead
                y = self.y
                self.page["ops"].append(lambda c, t=toks, x=x_txt, y=y, f=font:
                                        draw_line(c, t, x, y, 0, f, body_fs, False))
                if i == 0 and num:
                    self.page["ops"].append(lambda c, y=y, x=x_num, n=num, f=font:
                                            (c.setFont(f, body_fs), c.drawString(x, y, n)))
            if s is not None:
                yv = self.y  # figures on the last line of the label
                vf = BODY_B if kind in ("grand", "sub") else BODY_F

                def vop(c, yv=yv, s=s, p=p, vf=vf):
                    c.setFont(vf, body_fs)
                    c.drawRightString(r1, yv, fmt(s))
                    c.drawRightString(r2, yv, fmt(p))
                    c.drawRightString(r3, yv, fmt(s + p))
                self.page["ops"].append(vop)
            if kind == "sub":
                self.y -= 2
        self.y -= 5
        yb = self.y
        self.page["ops"].append(lambda c, yb=yb: (c.setLineWidth(0.6), c.line(LM, yb, RM, yb), c.line(LM, yb - 2, RM, yb - 2)))
        self.y -= 14
        note = ("* Funded from Discretionary Income (Operational Support Income and miscellaneous "
                "income); includes the core functions at Headquarters, the Administrative Centres "
                "and the Regional Offices that the Administrative Part does not cover.")
        wl = wrap(note, RM - LM - 10, BODY_F, 8.2)
        for i, toks in enumerate(wl):
            y = self.y
            self.page["ops"].append(lambda c, t=toks, y=y, i=i: draw_line(c, t, LM + (0 if i == 0 else 6), y, 0, BODY_F, 8.2))
            self.y -= 10
        self.y -= 2


def build_body():
    L = Layout()
    for blk in BODY:
        k = blk[0]
        if k == "title":
            L.title(blk[1])
        elif k == "heading":
            L.heading(blk[1], blk[2], blk[3])
        elif k == "para":
            L.para(blk[1], blk[2])
        elif k == "item":
            L.item(blk[1], blk[2], blk[3])
        elif k == "bullet":
            L.bullet(blk[1])
        elif k == "table1":
            L.table1()
        elif k == "table2":
            L.table2()
    return L


# ---------------------------------------------------------------- drawing
def running_header(c, label):
    c.setFont(BODY_F, 10)
    c.drawRightString(RM, H - 44, SYMBOL)
    c.drawRightString(RM, H - 56, "Page " + label)


def draw_footnotes(c, fns):
    if not fns:
        return
    total = 0
    blocks = []
    for m in fns:
        lines = wrap(FOOTNOTES[m], RM - LM - 14, BODY_F, FN_FS)
        blocks.append((m, lines))
        total += len(lines) * FN_LEAD + 2
    y = BOTTOM + total + 2
    c.setLineWidth(0.5)
    c.line(LM, y + 4, LM + 130, y + 4)
    for m, lines in blocks:
        for i, toks in enumerate(lines):
            y -= FN_LEAD
            if i == 0:
                c.setFont(BODY_F, FN_FS * 0.7)
                c.drawString(LM, y + 3, m)
            draw_line(c, toks, LM + 14, y, RM - LM - 14, BODY_F, FN_FS, justify=(i < len(lines) - 1))
        y -= 2


def draw_cover(c):
    c.setFont(BODY_F, 11)
    c.drawRightString(RM, H - 62, SYMBOL)
    c.setFont(BODY_F, 10)
    c.drawRightString(RM, H - 84, "Original: English")
    c.drawRightString(RM, H - 97, "15 October 2012")
    c.setFont(BODY_B, 11)
    c.drawString(LM, H - 150, "101ST SESSION")
    c.setLineWidth(1.2)
    c.line(LM, H - 162, RM, H - 162)
    c.setFont(BODY_B, 14)
    c.drawCentredString(W / 2, H - 330, "PROGRAMME AND BUDGET FOR 2013")
    c.setFont(BODY_F, 10)
    c.drawString(LM, 218, "__________")
    note = ("This document is submitted to the Standing Committee on Programmes and Finance at its "
            "Eleventh Session, to be held on 30 and 31 October 2012, for review and recommendation "
            "to the Council.")
    y = 200
    for i, toks in enumerate(wrap(note, RM - LM, BODY_F, 10)):
        draw_line(c, toks, LM, y, RM - LM, BODY_F, 10, justify=False)
        y -= 13
    c.setFont(BODY_B, 12)
    c.drawString(LM + 20, 72, "COUNCIL")
    c.drawCentredString(W / 2, 72, "CONSEIL")
    c.drawRightString(RM - 20, 72, "CONSEJO")


def draw_contents(c, hp):
    running_header(c, "i")
    c.setFont(BODY_B, 11)
    c.drawCentredString(W / 2, H - 110, "TABLE OF CONTENTS")
    c.setFont(BODY_B, 10)
    c.drawRightString(RM, H - 140, "Page")
    entries = [
        (0, ["I.", "INTRODUCTION"], str(hp["I"])),
        (0, ["II.", "OVERVIEW OF THE BUDGET"], str(hp["II"])),
        (1, ["2.1", "Administrative Part"], str(hp["2.1"])),
        (1, ["2.2", "Operational Part"], str(hp["2.2"])),
        (0, ["III.", "OPERATIONAL PART OF THE BUDGET BY SERVICE AREA AND", "SERVICE LINE"], str(hp["III"])),
    ]
    y = H - 162
    for lvl, parts, page in entries:
        xn = LM + (30 if lvl else 0)
        xt = xn + 30
        c.setFont(BODY_F, 10)
        texts = parts[1:]
        c.drawString(xn, y, parts[0])
        for i, t in enumerate(texts):
            c.drawString(xt, y, t)
            if i == len(texts) - 1:
                tw = stringWidth(t, BODY_F, 10)
                x0 = xt + tw + 4
                x1 = RM - 16
                dots = ""
                while stringWidth(dots + ". ", BODY_F, 10) < x1 - x0:
                    dots += ". "
                c.drawString(x0, y, dots)
                c.drawRightString(RM, y, page)
            else:
                y -= 13
        y -= 20


def main():
    L = build_body()
    c = canvas.Canvas(OUT, pagesize=A4)
    c.setTitle("Programme and Budget for 2013")
    c.setAuthor("International Organization for Migration")
    draw_cover(c)
    c.showPage()
    draw_contents(c, L.heading_pages)
    c.showPage()
    for n, pg in enumerate(L.pages, start=1):
        running_header(c, str(n))
        for op in pg["ops"]:
            op(c)
        draw_footnotes(c, pg["fns"])
        c.showPage()
    c.save()
    print("body pages:", len(L.pages), "headings:", L.heading_pages)
    print("op total", TOT_OP, TOT_STAFF, TOT_PROG, "area1", AREA1)


if __name__ == "__main__":
    main()
