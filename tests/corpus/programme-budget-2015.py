# Lays out S/16/4, "Summary update on the Programme and Budget for 2015" (SCPF, Sixteenth Session).
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

W, H = A4
LM, RM = 72.0, W - 72.0
TOP, BOTTOM = H - 62.0, 64.0
FS, LEAD = 11.0, 13.6
FN_FS, FN_LEAD = 8.5, 10.2
SYMBOL = "S/16/4"
TITLE1 = "SUMMARY UPDATE ON THE PROGRAMME"
TITLE2 = "AND BUDGET FOR 2015"
RUNNING_TITLE = "SUMMARY UPDATE ON THE PROGRAMME AND BUDGET FOR 2015"

FOOTNOTES = {
    "1": "The Programme and Budget for 2015 was reviewed by the Standing Committee on Programmes and "
         "Finance at its Fifteenth Session in October 2014; see the report of that session (S/15/14), "
         "paragraphs 38 to 52.",
    "2": "Amounts for new activities are included only where funding has been confirmed by a signed "
         "donor agreement or a written commitment. Pledges announced at conferences are not included "
         "until the corresponding agreements are concluded.",
    "3": "Including the Displacement Tracking Matrix in Iraq, South Sudan and the Central African "
         "Republic, and shelter and non-food item pipelines managed by IOM as lead of the Global "
         "Shelter Cluster for natural disasters.",
}

# ---------------------------------------------------------------- body text
BODY = [
    ("heading", "INTRODUCTION", "main"),
    ("para", "1", "The Programme and Budget for 2015 (MC/2408) was approved by the Council at its "
     "105th Session through Resolution No. 1289 of 25 November 2014, in the amounts of CHF 41,976,000 "
     "for the Administrative Part of the Budget and USD 748,512,500 for the Operational Part of the "
     "Budget.^1"),
    ("para", "2", "As in previous years, the Operational Part of the Budget presented in document MC/2408 "
     "included only those activities for which funding was reasonably assured at the time the document "
     "was prepared. Since then the Organization has received substantial additional funding, in "
     "particular for its response to the crises in Iraq, the Syrian Arab Republic and neighbouring "
     "countries, for the Ebola virus disease outbreak in West Africa and, since late April 2015, for "
     "the emergency response to the earthquake in Nepal. The present document provides a summary "
     "update of the Programme and Budget for 2015 reflecting these changes."),
    ("para", "3", "The main changes since the Programme and Budget for 2015 was approved are summarized as "
     "follows:"),
    ("item", "(a)", "the Administrative Part of the Budget remains at CHF 41,976,000, with a "
     "redistribution of resources between objects of expenditure;"),
    ("item", "(b)", "the Operational Part of the Budget has increased from USD 748.5 million to "
     "USD 1,148.2 million, as a result of new projects and additional funding for existing "
     "activities;^2 and"),
    ("item", "(c)", "Operational Support Income is now projected at USD 71.8 million, compared with "
     "USD 66.4 million in document MC/2408."),
    ("para", "4", "The figures presented below are those available as at 30 April 2015. A further update, "
     "reflecting the level of funding confirmed during the remainder of the year, will be presented to "
     "the Standing Committee at its Seventeenth Session in October 2015."),

    ("heading", "ADMINISTRATIVE PART OF THE BUDGET", "main"),
    ("para", "5", "The Administrative Part of the Budget is funded by the assessed contributions of Member "
     "States and is expressed in Swiss francs. The level approved for 2015 is unchanged. Information on "
     "the payment of assessed contributions is provided separately in the status report on outstanding "
     "contributions to the Administrative Part of the Budget (S/16/3)."),
    ("para", "6", "Table 1 sets out the redistribution of resources within the approved level. The "
     "adjustments result mainly from the appreciation of the Swiss franc against the United States "
     "dollar in January 2015, which has reduced the cost in Swiss francs of positions in the "
     "Administrative Centres in Manila and Panama and in the field, and from higher costs for "
     "communications and information technology services."),
    ("table", "T1"),
    ("para", "7", "The savings of CHF 412,000 under staff salaries and benefits and of CHF 46,000 under "
     "official travel have been redeployed to communications, contractual services and general office "
     "expenses. The increase of CHF 204,000 under contractual services relates mainly to the external "
     "review of the Organization's enterprise resource planning system requested by Member States at "
     "the Fifteenth Session of the Standing Committee."),
    ("para", "8", "No change is proposed in the number of positions funded from the Administrative Part of "
     "the Budget; minor adjustments in their distribution between locations are shown in the Annex."),

    ("heading", "OPERATIONAL PART OF THE BUDGET", "main"),
    ("para", "9", "The Operational Part of the Budget is funded by voluntary contributions, mostly "
     "earmarked for specific projects, and is expressed in United States dollars. The revised "
     "estimate for 2015 amounts to USD 1,148,236,700, an increase of USD 399,724,200, or 53 per cent, "
     "compared with the amount of USD 748,512,500 approved in document MC/2408."),
    ("para", "10", "The level of the Operational Part of the Budget depends on the funding that Member "
     "States and other donors make available during the year. The estimates below should therefore be "
     "read as an indication of the scale of activities projected for 2015 rather than as a ceiling. "
     "Funding for several large emergency operations, notably in Iraq, Yemen and South Sudan, remains "
     "subject to appeals that were only partly funded at the time of writing."),
    ("heading", "Distribution by region", "sub"),
    ("para", "11", "Table 2 shows the distribution of the Operational Part of the Budget by region. The "
     "largest increases are in the Middle East (USD 152.7 million) and in Africa (USD 103.5 million), "
     "followed by Asia and Oceania (USD 82.7 million). All regions show an increase over the level "
     "approved in document MC/2408, although in North America the change reflects mainly additional "
     "resettlement processing for the United States refugee admissions programme."),
    ("table", "T2"),
    ("para", "12", "In Africa, the increase relates to the response to the Ebola virus disease outbreak in "
     "Guinea, Liberia and Sierra Leone, and to humanitarian operations in South Sudan and the Central "
     "African Republic. In Asia and Oceania, it reflects the emergency response in Nepal and the "
     "continuing recovery programmes in the Philippines following Typhoon Haiyan."),
    ("heading", "Distribution by service area", "sub"),
    ("para", "13", "Table 3 presents the revised estimates by service area, following the structure of "
     "document MC/2408."),
    ("table", "T3"),
    ("para", "14", "Projects under Movement, Emergency and Post-crisis Migration Management now account for "
     "more than 60 per cent of the Operational Part of the Budget. Emergency and post-crisis "
     "activities alone have increased by USD 283.7 million,^3 while resettlement assistance has grown "
     "by USD 16.5 million as a result of larger resettlement programmes for refugees from the Syrian "
     "Arab Republic and Iraq."),
    ("heading", "Operational Support Income", "sub"),
    ("para", "15", "Operational Support Income, which is derived from the overhead charged on projects, "
     "was budgeted at USD 66.4 million in document MC/2408. On the basis of the revised level of "
     "activity and of the actual income for 2014 reported in the Financial Report for the Year Ended "
     "31 December 2014 (C/106/3), it is now projected at USD 71.8 million."),
    ("para", "16", "In accordance with Resolution No. 1077 of 4 December 2002, any Operational Support "
     "Income received in excess of the budgeted level is credited to the Operational Support Income "
     "reserve. It is proposed to use USD 2.6 million of the projected additional income of "
     "USD 5.4 million in 2015 for the following purposes:"),
    ("item", "•", "strengthening the staff security structure in high-risk duty stations;"),
    ("item", "•", "additional capacity in the Administrative Centres to process the increased number of "
     "projects and financial transactions; and"),
    ("item", "•", "the first phase of the review of the enterprise resource planning system referred "
     "to in paragraph 7."),

    ("heading", "CONCLUSION", "main"),
    ("para", "17", "The Standing Committee on Programmes and Finance is invited to take note of the present "
     "summary update on the Programme and Budget for 2015."),
]

TABLES = {
    "T1": dict(
        caption="Table 1: Administrative Part of the Budget by object of expenditure (in Swiss francs)",
        label_head=["Object of expenditure"],
        cols=[["Programme and", "Budget for 2015", "(MC/2408)"], ["Changes"], ["Revised", "estimates"]],
        rows=[
            ("Staff salaries and benefits", ["34,868,000", "(412,000)", "34,456,000"], "n"),
            ("Official travel", ["896,000", "(46,000)", "850,000"], "n"),
            ("Communications", ["1,214,000", "138,000", "1,352,000"], "n"),
            ("Contractual services", ["1,732,000", "204,000", "1,936,000"], "n"),
            ("General office expenses", ["2,156,000", "116,000", "2,272,000"], "n"),
            ("Governing Bodies meetings", ["1,110,000", "–", "1,110,000"], "n"),
            ("Total", ["41,976,000", "–", "41,976,000"], "t"),
        ]),
    "T2": dict(
        caption="Table 2: Operational Part of the Budget by region (in US dollars)",
        label_head=["Region"],
        cols=[["Programme and", "Budget for 2015", "(MC/2408)"], ["Revised", "estimates"],
              ["Increase/", "(decrease)"]],
        rows=[
            ("Africa", ["128,406,200", "231,874,500", "103,468,300"], "n"),
            ("Middle East", ["96,215,800", "248,937,600", "152,721,800"], "n"),
            ("Latin America and the Caribbean", ["112,584,300", "139,202,100", "26,617,800"], "n"),
            ("North America", ["41,397,100", "46,015,900", "4,618,800"], "n"),
            ("Asia and Oceania", ["203,718,600", "286,433,400", "82,714,800"], "n"),
            ("European Economic Area", ["64,120,900", "74,806,200", "10,685,300"], "n"),
            ("Europe", ["59,342,500", "73,911,800", "14,569,300"], "n"),
            ("Global Support/Services", ["42,727,100", "47,055,200", "4,328,100"], "n"),
            ("Total", ["748,512,500", "1,148,236,700", "399,724,200"], "t"),
        ]),
    "T3": dict(
        caption="Table 3: Operational Part of the Budget by service area (in US dollars)",
        label_head=["Service area"],
        cols=[["Programme and", "Budget for 2015", "(MC/2408)"], ["Revised", "estimates"],
              ["Increase/", "(decrease)"]],
        rows=[
            ("Movement, Emergency and Post-crisis Migration Management", None, "g"),
            ("Resettlement Assistance", ["156,380,400", "172,915,600", "16,535,200"], "s"),
            ("Repatriation Assistance", ["9,814,700", "11,206,300", "1,391,600"], "s"),
            ("Emergency and Post-crisis Migration Management",
             ["228,640,900", "512,377,800", "283,736,900"], "s"),
            ("Migration Health", ["68,950,200", "98,604,100", "29,653,900"], "n"),
            ("Migration and Development", ["41,223,600", "47,918,000", "6,694,400"], "n"),
            ("Regulating Migration", ["122,407,500", "147,532,900", "25,125,400"], "n"),
            ("Facilitating Migration", ["71,960,300", "84,741,200", "12,780,900"], "n"),
            ("Migration Policy and Research", ["4,318,700", "5,102,400", "783,700"], "n"),
            ("Reparation Programmes", ["3,126,800", "3,126,800", "–"], "n"),
            ("General Programme Support", ["41,689,400", "64,711,600", "23,022,200"], "n"),
            ("Total", ["748,512,500", "1,148,236,700", "399,724,200"], "t"),
        ]),
}

ANNEX_TABLE = dict(
    caption="(Number of positions)",
    label_head=["Location"],
    span=[(["Programme and Budget", "for 2015 (MC/2408)"], 0, 1), (["Revised estimates"], 2, 3)],
    cols=[["Officials"], ["Employees"], ["Officials"], ["Employees"]],
    rows=[
        ("Headquarters", ["128", "96", "126", "94"], "n"),
        ("Manila Administrative Centre", ["41", "203", "43", "209"], "n"),
        ("Panama Administrative Centre", ["12", "38", "13", "40"], "n"),
        ("Regional Offices", ["52", "61", "52", "61"], "n"),
        ("Country offices and liaison offices", ["39", "84", "41", "86"], "n"),
        ("Total", ["272", "482", "275", "490"], "t"),
    ])
ANNEX_NOTE = ("Officials are staff in the Professional category and above; employees are staff in the "
              "General Service category. Positions funded from the Administrative Part of the Budget and "
              "from Operational Support Income are shown together. Positions funded directly from "
              "projects are not included.")


# ---------------------------------------------------------------- text helpers
def tokens(text):
    out = []
    for t in text.split():
        if "^" in t:
            w, m = t.split("^", 1)
            out.append((w, m))
        else:
            out.append((t, None))
    return out


def tok_width(tok, font, size):
    w, m = tok
    x = stringWidth(w, font, size)
    if m:
        x += stringWidth(m, font, size * 0.62) + 0.5
    return x


def wrap(text, width, font="Times-Roman", size=FS):
    toks = tokens(text)
    sp = stringWidth(" ", font, size)
    lines, cur, cw = [], [], 0.0
    for t in toks:
        tw = tok_width(t, font, size)
        if cur and cw + sp + tw > width:
            lines.append(cur)
            cur, cw = [t], tw
        else:
            cw = cw + (sp if cur else 0) + tw
            cur.append(t)
    if cur:
        lines.append(cur)
    return lines


def draw_line(c, toks, x, y, width, justify, font="Times-Roman", size=FS):
    sp = stringWidth(" ", font, size)
    widths = [tok_width(t, font, size) for t in toks]
    gap = sp
    if justify and len(toks) > 1:
        gap = (width - sum(widths)) / (len(toks) - 1)
    for t, tw in zip(toks, widths):
        w, m = t
        c.setFont(font, size)
        c.drawString(x, y, w)
        if m:
            c.setFont(font, size * 0.62)
            c.drawString(x + stringWidth(w, font, size) + 0.5, y + size * 0.36, m)
        x += tw + gap


# ---------------------------------------------------------------- page flow
class Flow:
    def __init__(self, c):
        self.c = c
        self.page = 0          # body page number (cover is not numbered)
        self.fns = []          # footnotes on current page
        self.header_extra = None

    def fn_lines(self, keys):
        n = 0
        for k in keys:
            n += len(wrap(FOOTNOTES[k], RM - LM - 12, size=FN_FS))
        return n

    def fn_height(self, keys):
        if not keys:
            return 0.0
        return 16.0 + self.fn_lines(keys) * FN_LEAD + 2.0 * (len(keys) - 1)

    def limit(self, extra_keys=()):
        return BOTTOM + self.fn_height(self.fns + list(extra_keys))

    def start_page(self, annex=False):
        self.page += 1
        c = self.c
        c.setFont("Times-Roman", 11)
        c.drawRightString(RM, H - 40, SYMBOL)
        if annex:
            c.drawRightString(RM, H - 53, "Annex")
        else:
            c.drawRightString(RM, H - 53, "Page %d" % self.page)
        self.y = H - 88
        self.fns = []

    def end_page(self):
        c = self.c
        if self.fns:
            h = self.fn_height(self.fns)
            top = BOTTOM + h
            c.setLineWidth(0.5)
            c.line(LM, top - 4, LM + 144, top - 4)
            y = top - 16
            for k in self.fns:
                c.setFont("Times-Roman", FN_FS * 0.62)
                c.drawString(LM, y + FN_FS * 0.36, k)
                ls = wrap(FOOTNOTES[k], RM - LM - 12, size=FN_FS)
                for i, l in enumerate(ls):
                    draw_line(c, l, LM + 12, y, RM - LM - 12, i < len(ls) - 1, size=FN_FS)
                    y -= FN_LEAD
                y -= 2.0
        c.showPage()

    def new_page(self, annex=False):
        self.end_page()
        self.start_page(annex)

    # -- blocks
    def heading(self, text, style):
        need = (LEAD + 8) + 3 * LEAD
        if self.y - need < self.limit():
            self.new_page()
        self.y -= 6
        if style == "main":
            self.c.setFont("Times-Bold", FS)
        else:
            self.c.setFont("Times-BoldItalic", FS)
        self.c.drawString(LM, self.y, text)
        self.y -= LEAD + 8

    def block(self, label, text, indent_label, indent_text):
        lines = wrap(text, RM - indent_text)
        for i, l in enumerate(lines):
            keys = [m for (_, m) in l if m]
            if self.y - LEAD < self.limit(keys) - LEAD + 0.01 and self.y < self.limit(keys) + 2:
                self.new_page()
            if self.y < self.limit(keys):
                self.new_page()
            if i == 0 and label:
                self.c.setFont("Times-Roman", FS)
                self.c.drawString(indent_label, self.y, label)
            draw_line(self.c, l, indent_text, self.y, RM - indent_text, i < len(lines) - 1)
            self.fns += keys
            self.y -= LEAD
        self.y -= 7

    def table(self, spec, font_size=10):
        c = self.c
        lead = font_size * 1.3
        ncol = len(spec["cols"])
        label_w = 228 if ncol == 3 else 170
        colw = (RM - LM - label_w) / ncol
        rights = [LM + label_w + colw * (i + 1) - 4 for i in range(ncol)]
        centres = [LM + label_w + colw * i + colw / 2 for i in range(ncol)]
        nhead = max(len(h) for h in spec["cols"] + [spec["label_head"]])
        span = spec.get("span")
        nspan = max(len(t) for t, a, b in span) if span else 0
        head_h = nhead * lead + (nspan * lead + 3 if span else 0) + 8

        def draw_head():
            y = self.y
            c.setLineWidth(0.6)
            c.line(LM, y + lead - 2, RM, y + lead - 2)
            if span:
                c.setFont("Times-Bold", font_size)
                for txt, a, b in span:
                    x0 = LM + label_w + colw * a
                    x1 = LM + label_w + colw * (b + 1)
                    yy = y - (nspan - len(txt)) * lead
                    for ln in txt:
                        c.drawCentredString((x0 + x1) / 2, yy, ln)
                        yy -= lead
                    c.setLineWidth(0.4)
                    c.line(x0 + 6, yy + lead - 4, x1 - 6, yy + lead - 4)
                y -= nspan * lead + 3
            c.setFont("Times-Bold", font_size)
            for i, h in enumerate(spec["cols"]):
                yy = y - (nhead - len(h)) * lead
                for ln in h:
                    c.drawCentredString(centres[i], yy, ln)
                    yy -= lead
            yy = y - (nhead - len(spec["label_head"])) * lead
            for ln in spec["label_head"]:
                c.drawString(LM + 2, yy, ln)
                yy -= lead
            y -= nhead * lead
            c.setLineWidth(0.6)
            c.line(LM, y + lead - 4, RM, y + lead - 4)
            self.y = y - 4

        # caption kept with heading and two rows
        cap_h = LEAD + 6
        if self.y - cap_h - head_h - 2 * lead < self.limit():
            self.new_page()
        c.setFont("Times-Bold", FS)
        c.drawCentredString((LM + RM) / 2, self.y, spec["caption"])
        self.y -= cap_h
        draw_head()
        for label, vals, st in spec["rows"]:
            if self.y - 2 < self.limit():
                # close the part on this page, continue with repeated headings
                self.new_page()
                draw_head()
            if st == "t":
                c.setLineWidth(0.6)
                c.line(LM, self.y + lead - 3, RM, self.y + lead - 3)
                f = "Times-Bold"
            elif st == "g":
                f = "Times-BoldItalic"
            else:
                f = "Times-Roman"
            c.setFont(f, font_size)
            c.drawString(LM + (14 if st == "s" else 2), self.y, label)
            if vals:
                for i, v in enumerate(vals):
                    c.drawRightString(rights[i], self.y, v)
            if st == "t":
                c.line(LM, self.y - 4, RM, self.y - 4)
            self.y -= lead
        self.y -= 12


def cover(c):
    c.setFont("Times-Roman", 11)
    c.drawRightString(RM, H - 58, SYMBOL)
    c.drawRightString(RM, H - 72, "Original: English")
    c.drawRightString(RM, H - 86, "26 May 2015")
    c.setFont("Times-Bold", 11)
    c.drawString(LM, H - 72, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE")
    c.setFont("Times-Roman", 11)
    c.drawString(LM, H - 86, "Sixteenth Session")
    c.setLineWidth(0.8)
    c.line(LM, H - 100, RM, H - 100)
    c.setFont("Times-Bold", 14)
    c.drawCentredString(W / 2, H / 2 + 40, TITLE1)
    c.drawCentredString(W / 2, H / 2 + 20, TITLE2)
    c.showPage()


def main():
    c = canvas.Canvas("programme-budget-2015.pdf", pagesize=A4)
    c.setTitle("S/16/4 - Summary update on the Programme and Budget for 2015")
    c.setAuthor("International Organization for Migration")
    cover(c)
    f = Flow(c)
    f.start_page()
    c.setFont("Times-Bold", FS)
    c.drawCentredString(W / 2, f.y, RUNNING_TITLE)
    f.y -= LEAD + 14
    for b in BODY:
        if b[0] == "heading":
            f.heading(b[1], b[2])
        elif b[0] == "para":
            f.block(b[1] + ".", b[2], LM, LM + 36)
        elif b[0] == "item":
            f.block(b[1], b[2], LM + 36, LM + 66)
        elif b[0] == "table":
            f.table(TABLES[b[1]])
    # Annex on a page of its own
    f.end_page()
    f.page = 0
    f.start_page(annex=True)
    c.setFont("Times-Bold", FS)
    c.drawCentredString(W / 2, f.y, "ANNEX")
    f.y -= LEAD + 14
    c.drawCentredString(W / 2, f.y, "STAFFING LEVELS FUNDED FROM THE ADMINISTRATIVE PART")
    f.y -= LEAD
    c.drawCentredString(W / 2, f.y, "OF THE BUDGET AND OPERATIONAL SUPPORT INCOME")
    f.y -= LEAD + 18
    f.table(ANNEX_TABLE)
    f.block(None, ANNEX_NOTE, LM, LM)
    f.end_page()
    c.save()


if __name__ == "__main__":
    main()
