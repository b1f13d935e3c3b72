# Draws dg-report-1996.pdf: an invented IOM Council document of 1996,
# the Director General's report on the work of the Organization for 1995.
import re
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = "dg-report-1996.pdf"
SYMBOL = "MC/1871"
W, H = A4
LM = 71.0            # left margin
RM = W - 71.0        # right margin
TW = RM - LM
BODY_TOP = 760.0
BOTTOM = 56.0
FS = 10.5            # body font size
LEAD = 12.4
PARA_GAP = 7.0
FN_FS = 9.0
FN_LEAD = 11.0
SUP_FS = 6.5
SUP_RISE = 4.2

ROMAN = "Times-Roman"
BOLD = "Times-Bold"
ITAL = "Times-Italic"
BOLDITAL = "Times-BoldItalic"

# ---------------------------------------------------------------- content
FOOTNOTES = {
    "1": "Resolution No. 923 (LXXI) of 29 November 1995 on \u201cFuture Activities of IOM\u201d. The informal "
         "consultations that preceded it are summarized in the report on the Seventy-first Session of the "
         "Council (MC/1860).",
    "2": "The figures cover persons whose movement was arranged, financed or facilitated by IOM, including "
         "those transported under the national migration schemes of Member States. \u201cOther\u201d comprises "
         "mainly medical evacuations, the movement of experts under the Return of Qualified Nationals "
         "programmes and the transport of migrant workers under bilateral agreements. Persons who received "
         "only pre-departure processing or medical screening, without transport assistance, are not included; "
         "they numbered approximately 38,500 in 1995. The figures for 1994 have been adjusted to the same "
         "basis and may therefore differ from those published in the report on that year (MC/1829), where "
         "medical screening cases were counted together with the movements to which they related.",
    "3": "The programme was carried out under the arrangements described in document MC/EX/561 and was "
         "financed by contributions from twelve Governments and the European Community Humanitarian Office.",
    "4": "The first such campaign, prepared for Poland and Ukraine, is described in document MC/INF/228 of "
         "2 October 1995, which also sets out the approach of the Organization to trafficking in migrants.",
}

TABLE_HEAD = [["Region of departure", "Resettle-", "Return", "Other", "Total"],
              ["", "ment", "", "", ""]]
TABLE_ROWS = [
    ["Africa", "14,260", "61,830", "3,115", "79,205"],
    ["Latin America and the Caribbean", "3,940", "9,412", "1,086", "14,438"],
    ["Asia and Oceania", "41,577", "22,064", "2,391", "66,032"],
    ["Europe", "38,706", "27,953", "6,840", "73,499"],
    ["Middle East", "6,318", "4,205", "1,127", "11,650"],
    ["Total", "104,801", "125,464", "14,559", "244,824"],
]

MEMBERS = ("Albania, Angola, Argentina, Armenia, Australia, Austria, Bangladesh, Belgium, Bolivia, Bulgaria, "
           "Canada, Chile, Colombia, Costa Rica, Croatia, Cyprus, Denmark, Dominican Republic, Ecuador, Egypt, "
           "El Salvador, Finland, France, Germany, Greece, Guatemala, Guinea-Bissau, Honduras, Hungary, Israel, "
           "Italy, Japan, Kenya, Luxembourg, Mali, Netherlands, Nicaragua, Norway, Pakistan, Panama, Paraguay, "
           "Peru, Philippines, Poland, Portugal, Republic of Korea, Romania, Senegal, Sri Lanka, Sweden, "
           "Switzerland, Thailand, Uganda, United States of America, Uruguay, Venezuela and Zambia.")
OBS_STATES = ("Afghanistan, Belarus, Bosnia and Herzegovina, Brazil, Cape Verde, China, Cuba, Estonia, Ethiopia, "
              "Ghana, Guinea, Holy See, India, Indonesia, Iran (Islamic Republic of), Jamaica, Jordan, Latvia, "
              "Lithuania, Mexico, Mozambique, Namibia, Nepal, New Zealand, Nigeria, Russian Federation, Rwanda, "
              "San Marino, Slovakia, Slovenia, Somalia, South Africa, Spain, Tajikistan, the former Yugoslav "
              "Republic of Macedonia, Turkey, Ukraine, United Kingdom of Great Britain and Northern Ireland, "
              "Viet Nam, Yemen and Zimbabwe.")
OBS_OTHER = ("The Sovereign Military Order of Malta, as well as 34 intergovernmental and 41 non-governmental "
             "organizations, which are listed in document MC/1860.")

BODY = [
    ("runtitle", "REPORT OF THE DIRECTOR GENERAL ON THE WORK OF THE ORGANIZATION FOR THE YEAR 1995"),
    ("h1", "I.", ["INTRODUCTION"], "I"),
    ("para", "1", "The present report gives an account of the work of the International Organization for "
     "Migration (IOM) during 1995. It follows the structure of the Programme and Budget for 1995 (MC/1781) "
     "and should be read together with the Financial Report for the year ended 31 December 1995 (MC/1869), "
     "which sets out the audited accounts of the Administrative and Operational Parts of the Budget."),
    ("para", "2", "The year was marked by the effort of the Organization to define its place in a changing "
     "migration landscape. On the basis of a strategy paper presented in May 1995 (MC/1842), Member States "
     "held a series of informal consultations which culminated, at the Seventy-first Session of the Council "
     "in November, in the adoption of a resolution on the future activities of IOM.^1 That resolution "
     "confirmed the role of the Organization as the principal intergovernmental body for the orderly "
     "movement of persons in need of international migration services, and asked the Administration to "
     "report regularly on the steps taken to carry the strategy forward."),
    ("para", "3", "Demand for IOM services remained high throughout the year. The number of persons assisted "
     "rose by some 14 per cent over 1994, while operational expenditure reached USD 246.3 million. At the "
     "same time, the Administrative Part of the Budget was held at zero nominal growth for the third "
     "consecutive year, placing a growing strain on the structure that supports the field operations of "
     "the Organization."),
    ("h1", "II.", ["OPERATIONAL ACTIVITIES"], "II"),
    ("h2", "A.", "Movements", "IIA"),
    ("para", "4", "In 1995 IOM moved or otherwise assisted 244,824 persons, against 214,760 in 1994. The "
     "distribution of these movements by region of departure and by main category is shown in the table "
     "below."),
    ("caption", "Persons moved in 1995, by region of departure"),
    ("table",),
    ("para", "5", "Return movements, which accounted for just over half of the total, were concentrated in "
     "Africa and Europe, reflecting the large repatriation operations in the Great Lakes region and the growth "
     "of assisted return programmes for rejected asylum-seekers in Western Europe (see paragraphs 7 and 10 "
     "below), whereas resettlement continued to be dominated by departures from Asia and from the countries "
     "of the former Soviet Union.^2 The share of movements financed wholly or partly from the resources of the "
     "Organization, chiefly through the Refugee Loan Fund, fell slightly, to 31 per cent, as more "
     "governments met the full cost of the movements they requested."),
    ("para", "6", "Resettlement from the countries of first asylum in South-East Asia continued under the "
     "Comprehensive Plan of Action, although on a declining scale, and the number of persons leaving Viet Nam "
     "under the Orderly Departure Programme fell to 29,850. Processing for resettlement in the United States "
     "of America, Canada and Australia of refugees and other persons of humanitarian concern from the former "
     "Yugoslavia increased markedly in the second half of the year, and IOM opened additional processing "
     "facilities in Zagreb and Split to cope with the caseload."),
    ("h2", "B.", "Emergency and post-emergency operations", "IIB"),
    ("para", "7", "The Organization was called upon to respond to several large-scale emergencies, in close "
     "coordination with the Office of the United Nations High Commissioner for Refugees (UNHCR) and the other "
     "members of the Inter-Agency Standing Committee. The main operations were the following:"),
    ("bullet", "in the Great Lakes region of Africa, the organized return by road of some 41,000 Burundian "
     "and Rwandan nationals, together with the transport of relief supplies to the reception centres;"),
    ("bullet", "in Bosnia and Herzegovina, the medical evacuation of 1,146 patients and accompanying family "
     "members to treatment facilities in 14 countries;^3"),
    ("bullet", "in Angola, the planning and initial transport of demobilized soldiers and their dependants to "
     "their home areas under the Lusaka Protocol; and"),
    ("bullet", "in Haiti, the return and reception of 9,200 nationals who had been held in camps outside the "
     "country."),
    ("para", "8", "In each of these operations the transport phase was followed, wherever funding permitted, "
     "by post-emergency assistance aimed at stabilizing populations in their areas of return: agricultural "
     "kits, small-scale rehabilitation of community infrastructure and referral services for vulnerable "
     "persons. Funding for such activities, however, remained uncertain and short-term, and several projects "
     "had to be curtailed before their planned completion."),
    ("h2", "C.", "Return and reintegration", "IIC"),
    ("para", "9", "The Return of Qualified Nationals programmes for Africa and Latin America enabled 612 "
     "professionals to resume their careers in their countries of origin in 1995, bringing the total since "
     "the programmes began to over 12,000. An evaluation carried out during the year found that some 85 per "
     "cent of the participants were still working in their countries two years after their return."),
    ("para", "10", "Assisted voluntary return from the countries of asylum in Western Europe expanded "
     "considerably. Under the largest such programme, funded by the Government of Germany and the federal "
     "states, 21,740 rejected asylum-seekers and other migrants returned to their countries of origin, "
     "mainly in Central and Eastern Europe. Smaller programmes were carried out for the Governments of "
     "Belgium, the Netherlands and Switzerland."),
    ("h1", "III.", ["MIGRATION POLICY, RESEARCH AND TECHNICAL", "COOPERATION"], "III"),
    ("h2", "A.", "Technical cooperation on migration", "IIIA"),
    ("para", "11", "Technical cooperation, which the strategy paper had identified as one of the main areas "
     "of growth of the Organization, gained further ground in 1995. Projects were under way in 23 countries, "
     "most of them in Central and Eastern Europe, the Commonwealth of Independent States and Latin America."),
    ("para", "12", "The activities carried out during the year fell into three broad groups:"),
    ("item", "(a)", 1, "advice to governments on migration legislation, policy and administrative "
     "structures, notably in Albania, Armenia and Bolivia;"),
    ("item", "(b)", 1, "training of officials responsible for migration management, including:"),
    ("item", "(i)", 2, "courses for border and immigration officers in the Baltic States and in Central "
     "America;"),
    ("item", "(ii)", 2, "a regional seminar in Kiev for the senior staff of the migration services of the "
     "Commonwealth of Independent States; and"),
    ("item", "(iii)", 2, "fellowships for study visits to the migration services of Member States;"),
    ("item", "(c)", 1, "the design of information campaigns to warn prospective migrants of the risks of "
     "irregular migration and of trafficking in persons.^4"),
    ("h2", "B.", "Information and research", "IIIB"),
    ("para", "13", "The Migration Information Programme, based in Budapest, extended its surveys of potential "
     "migration to Bulgaria and the Republic of Moldova and published six reports in its series on "
     "trafficking and transit migration. The quarterly review {i}International Migration{/i} appeared "
     "regularly; one issue was devoted to the migration of highly skilled persons."),
    ("para", "14", "Together with UNHCR, the Organization began preparations for a regional conference on "
     "refugees, displaced persons and returnees in the countries of the Commonwealth of Independent States, "
     "to be held in 1996; the first preparatory meeting took place in Geneva in October."),
    ("h1", "IV.", ["MEMBERSHIP, ADMINISTRATION AND FINANCE"], "IV"),
    ("h2", "A.", "Membership and relations with other organizations", "IVA"),
    ("para", "15", "At its Seventy-first Session the Council admitted Armenia, Mali and Zambia as Members of "
     "the Organization, bringing the membership to 57 States at 31 December 1995; Belarus and Tajikistan "
     "were granted observer status. The Member States and observers are listed in the Annex."),
    ("para", "16", "Cooperation with UNHCR, the Department of Humanitarian Affairs and the World Food "
     "Programme was strengthened through joint field missions and regular consultations at the working "
     "level. IOM took part, as an observer under General Assembly resolution 47/4, in the debates of the "
     "fiftieth session of the General Assembly on international migration and development."),
    ("h2", "B.", "Staff and budget", "IVB"),
    ("para", "17", "The Administrative Part of the Budget for 1995 amounted to CHF 38,730,000 and was "
     "financed from the assessed contributions of Member States. The Operational Part of the Budget, "
     "financed from voluntary contributions, rose from an initial estimate of USD 197.4 million to actual "
     "expenditure of USD 246.3 million. At the end of the year IOM employed 1,094 staff, of whom 194 "
     "officials and 900 employees, in 83 offices around the world."),
    ("para", "18", "Outstanding assessed contributions remained a matter of serious concern. At 31 December "
     "1995, arrears of contributions to the Administrative Part of the Budget amounted to CHF 4.9 million, "
     "and eight Member States had lost their right to vote under the provisions of the Constitution."),
    ("h1", "V.", ["CONCLUDING REMARKS"], "V"),
    ("para", "19", "The year under review confirmed both the continuing demand for the services of the "
     "Organization and the fragility of its financial base, to which the Administration will return in its "
     "proposals for 1997."),
    ("para", "20", "The Director General wishes to thank the Member States, the observers and the partner "
     "organizations for their support, and the staff of the Organization, in the field and at Headquarters, "
     "for their dedication, often in difficult and dangerous conditions."),
    ("newpage",),
    ("annexlabel", "ANNEX"),
    ("annextitle", ["MEMBER STATES AND OBSERVERS OF THE ORGANIZATION", "AS AT 31 DECEMBER 1995"]),
    ("hu", "Member States"),
    ("text", MEMBERS),
    ("hu", "Observer States"),
    ("text", OBS_STATES),
    ("hu", "Other observers"),
    ("text", OBS_OTHER),
]

CONTENTS = [
    ("I.", "INTRODUCTION", "I", 0),
    ("II.", "OPERATIONAL ACTIVITIES", "II", 0),
    ("A.", "Movements", "IIA", 1),
    ("B.", "Emergency and post-emergency operations", "IIB", 1),
    ("C.", "Return and reintegration", "IIC", 1),
    ("III.", "MIGRATION POLICY, RESEARCH AND TECHNICAL COOPERATION", "III", 0),
    ("A.", "Technical cooperation on migration", "IIIA", 1),
    ("B.", "Information and research", "IIIB", 1),
    ("IV.", "MEMBERSHIP, ADMINISTRATION AND FINANCE", "IV", 0),
    ("A.", "Membership and relations with other organizations", "IVA", 1),
    ("B.", "Staff and budget", "IVB", 1),
    ("V.", "CONCLUDING REMARKS", "V", 0),
]


# ---------------------------------------------------------------- text helpers
def tokens(text, base=ROMAN):
    """Split text into (word, font, marker) tokens. {i}..{/i} italic, word^N footnote marker."""
    out = []
    ital = False
    for raw in text.split():
        w = raw
        if w.startswith("{i}"):
            ital = True
            w = w[3:]
        end_ital = False
        if "{/i}" in w:
            end_ital = True
            w = w.replace("{/i}", "")
        m = re.match(r"^(.*?)\^(\w+)$", w)
        marker = None
        if m:
            w, marker = m.group(1), m.group(2)
        font = ITAL if ital else base
        out.append((w, font, marker))
        if end_ital:
            ital = False
    return out


def tok_width(t, size):
    w = stringWidth(t[0], t[1], size)
    if t[2]:
        w += stringWidth(t[2], ROMAN, SUP_FS * size / FS)
    return w


def wrap(toks, width_first, width_rest, size):
    lines, cur, curw = [], [], 0.0
    sp = stringWidth(" ", ROMAN, size)
    width = width_first
    for t in toks:
        tw = tok_width(t, size)
        need = tw if not cur else curw + sp + tw
        if cur and need > width:
            lines.append(cur)
            cur, curw = [t], tw
            width = width_rest
        else:
            cur.append(t)
            curw = need
    if cur:
        lines.append(cur)
    return lines


def draw_line(c, toks, x, width, y, size, justify):
    sp = stringWidth(" ", ROMAN, size)
    widths = [tok_width(t, size) for t in toks]
    if justify and len(toks) > 1 and (width - sum(widths)) / (len(toks) - 1) < 1.9 * sp:
        gap = (width - sum(widths)) / (len(toks) - 1)
    else:
        gap = sp
    cx = x
    for t, tw in zip(toks, widths):
        c.setFont(t[1], size)
        c.drawString(cx, y, t[0])
        if t[2]:
            ww = stringWidth(t[0], t[1], size)
            ssz = SUP_FS * size / FS
            c.setFont(ROMAN, ssz)
            c.drawString(cx + ww + 0.3, y + SUP_RISE * size / FS, t[2])
        cx += tw + gap


# ---------------------------------------------------------------- page machinery
class Doc:
    def __init__(self, path, heading_pages):
        self.c = canvas.Canvas(path, pagesize=A4)
        self.c.setTitle("MC/1871 - Report of the Director General on the work of the Organization for the year 1995")
        self.c.setAuthor("International Organization for Migration")
        self.heading_pages = heading_pages      # from the first pass, for the contents
        self.found = {}
        self.page_label = 0
        self.fn_pending = []                     # footnote lines carried to next page
        self.started = False

    # -- cover page
    def cover(self):
        c = self.c
        c.setFont(BOLD, 12)
        c.drawRightString(RM, 800, SYMBOL)
        c.setFont(ROMAN, 11)
        c.drawRightString(RM, 786, "Original: English")
        c.drawRightString(RM, 772, "10 May 1996")
        c.setFont(BOLD, 12)
        c.drawCentredString(W / 2, 738, "COUNCIL")
        c.setFont(ROMAN, 11.5)
        c.drawCentredString(W / 2, 722, "SEVENTY-SECOND SESSION")
        c.setLineWidth(0.8)
        c.line(LM, 708, RM, 708)
        c.setFont(BOLD, 13)
        c.drawCentredString(W / 2, 676, "REPORT OF THE DIRECTOR GENERAL ON THE WORK OF THE")
        c.drawCentredString(W / 2, 650, "ORGANIZATION FOR THE YEAR 1995")
        # contents
        y = 604
        c.setFont(BOLD, 11)
        c.drawString(LM, y, "CONTENTS")
        c.setFont(ROMAN, 10.5)
        c.drawRightString(RM, y, "Page")
        y -= 24
        for num, title, key, level in CONTENTS:
            page = str(self.heading_pages.get(key, "?"))
            x_num = LM + (0 if level == 0 else 36)
            x_txt = x_num + 36 if level == 0 else x_num + 22
            c.setFont(ROMAN, 10.5)
            c.drawString(x_num, y, num)
            c.drawString(x_txt, y, title)
            tw = stringWidth(title, ROMAN, 10.5)
            lead_start = x_txt + tw + 4
            lead_end = RM - 14
            dots = ""
            dw = stringWidth(" .", ROMAN, 10.5)
            n = int((lead_end - lead_start) / dw)
            dots = " ." * max(n, 0)
            c.drawString(lead_start, y, dots)
            c.drawRightString(RM, y, page)
            y -= 15 if level == 1 else 17
            if level == 0 and key in ("II", "III", "IV"):
                pass
        # annex entry over two lines, page number on the last line only
        y -= 4
        c.drawString(LM, y, "ANNEX")
        c.drawString(LM + 48, y, "MEMBER STATES AND OBSERVERS OF THE ORGANIZATION")
        y -= 13
        t2 = "AS AT 31 DECEMBER 1995"
        c.drawString(LM + 48, y, t2)
        ls = LM + 48 + stringWidth(t2, ROMAN, 10.5) + 4
        n = int((RM - 14 - ls) / stringWidth(" .", ROMAN, 10.5))
        c.drawString(ls, y, " ." * n)
        c.drawRightString(RM, y, str(self.heading_pages.get("ANNEX", "?")))
        # cover note
        c.setFont(ROMAN, 10)
        c.drawString(LM, 118, "__________")
        c.drawString(LM, 102, "This document is submitted to the Executive Committee at its Ninetieth Session in "
                              "June 1996.")
        # trilingual footer
        c.setFont(BOLD, 10)
        c.drawString(LM + 40, 52, "COUNCIL")
        c.drawCentredString(W / 2, 52, "CONSEIL")
        c.drawRightString(RM - 40, 52, "CONSEJO")
        c.showPage()

    # -- body pages
    def new_page(self):
        if self.started:
            self.finish_page()
        self.started = True
        self.page_label += 1
        c = self.c
        c.setFont(ROMAN, 10.5)
        c.drawRightString(RM, 806, SYMBOL)
        c.drawRightString(RM, 793, "Page %d" % self.page_label)
        self.y = BODY_TOP
        self.fn = []            # list of (lines, size) footnote line groups for this page
        self.fn_h = 0.0
        if self.fn_pending:
            self.fn.extend(self.fn_pending)
            self.fn_h = len(self.fn) * FN_LEAD
            self.fn_pending = []

    def fn_area(self, nlines):
        return 0.0 if nlines == 0 else nlines * FN_LEAD + 14.0

    def finish_page(self):
        c = self.c
        if self.fn:
            top = BOTTOM + len(self.fn) * FN_LEAD + 4
            c.setLineWidth(0.5)
            c.line(LM, top + 2, LM + 130, top + 2)
            y = top - FN_LEAD + 1
            for kind, payload in self.fn:
                if kind in ("first", "firstlast"):
                    marker, toks, indent = payload
                    c.setFont(ROMAN, SUP_FS * FN_FS / FS + 0.5)
                    c.drawString(LM, y + 3.2, marker)
                    draw_line(c, toks, LM + 10, TW - 10, y, FN_FS, justify=(kind == "first"))
                else:
                    toks, last = payload
                    draw_line(c, toks, LM + 10, TW - 10, y, FN_FS, justify=not last)
                y -= FN_LEAD
        c.showPage()

    def fn_lines(self, marker):
        toks = tokens(FOOTNOTES[marker])
        lines = wrap(toks, TW - 10, TW - 10, FN_FS)
        out = []
        for i, ln in enumerate(lines):
            last = i == len(lines) - 1
            if i == 0:
                out.append(("first", (marker, ln, 0)))
                if last:
                    out[-1] = ("firstlast", (marker, ln, 0))
            else:
                out.append(("cont", (ln, last)))
        return out

    def limit(self, extra_fn_lines=0):
        n = len(self.fn) + extra_fn_lines
        return BOTTOM + self.fn_area(n)

    def place_lines(self, lines, x_first, x_rest, w_first, w_rest, size=FS, justify=True,
                    label=None, label_x=None, label_font=ROMAN, keep=0):
        """Place wrapped lines, handling footnotes and page overflow."""
        # keep: minimum lines that must go together at start (orphan control)
        need = min(keep, len(lines)) * LEAD
        if self.y - need < self.limit():
            self.new_page()
        for i, ln in enumerate(lines):
            markers = [t[2] for t in ln if t[2]]
            add = []
            for m in markers:
                add.extend(self.fn_lines(m))
            if self.y - LEAD < self.limit(len(add)):
                # try splitting the footnote(s) if the line itself fits
                if add and self.y - LEAD >= self.limit(2):
                    room = 0
                    while self.y - LEAD >= self.limit(room + 1) and room < len(add):
                        room += 1
                    carried = add[room:]
                    add = add[:room]
                    self.fn_pending.extend(carried)
                else:
                    self.new_page()
            self.y -= LEAD
            x = x_first if i == 0 else x_rest
            w = w_first if i == 0 else w_rest
            if i == 0 and label:
                self.c.setFont(label_font, size)
                self.c.drawString(label_x, self.y, label)
            last = i == len(lines) - 1
            draw_line(self.c, ln, x, w, self.y, size, justify and not last)
            self.fn.extend(add)

    def gap(self, g=PARA_GAP):
        self.y -= g

    def run(self):
        self.cover()
        self.new_page()
        for blk in BODY:
            k = blk[0]
            c = self.c
            if k == "runtitle":
                lines = wrap(tokens(blk[1]), TW - 60, TW - 60, FS)
                for ln in lines:
                    self.y -= LEAD
                    txt = " ".join(t[0] for t in ln)
                    c.setFont(ROMAN, FS)
                    c.drawCentredString(W / 2, self.y, txt)
                self.gap(14)
            elif k == "h1":
                _, num, texts, key = blk
                if self.y - (len(texts) + 5) * LEAD < self.limit():
                    self.new_page()
                self.gap(6)
                self.found[key] = self.page_label
                for i, t in enumerate(texts):
                    self.y -= LEAD
                    c.setFont(BOLD, FS)
                    if i == 0:
                        c.drawString(LM, self.y, num)
                    c.drawString(LM + 36, self.y, t)
                self.gap(PARA_GAP + 2)
            elif k == "h2":
                _, num, text, key = blk
                if self.y - 4 * LEAD < self.limit():
                    self.new_page()
                self.found[key] = self.page_label
                self.y -= LEAD
                c.setFont(BOLDITAL, FS)
                c.drawString(LM, self.y, num)
                c.drawString(LM + 36, self.y, text)
                self.gap(PARA_GAP)
            elif k == "para":
                _, num, text = blk
                lines = wrap(tokens(text), TW - 36, TW - 36, FS)
                self.place_lines(lines, LM + 36, LM + 36, TW - 36, TW - 36, label=num + ".",
                                 label_x=LM, keep=2)
                self.gap()
            elif k == "item":
                _, lab, lvl, text = blk
                xl = LM + 36 * lvl
                xt = xl + 36
                lines = wrap(tokens(text), RM - xt, RM - xt, FS)
                self.place_lines(lines, xt, xt, RM - xt, RM - xt, label=lab, label_x=xl, keep=1)
                self.gap(5)
            elif k == "bullet":
                xl = LM + 36
                xt = xl + 18
                lines = wrap(tokens(blk[1]), RM - xt, RM - xt, FS)
                self.place_lines(lines, xt, xt, RM - xt, RM - xt, label="\u2013", label_x=xl + 2, keep=1)
                self.gap(5)
            elif k == "caption":
                if self.y - 10 * LEAD < self.limit():
                    self.new_page()
                self.y -= LEAD
                c.setFont(BOLD, 10.5)
                c.drawCentredString(W / 2, self.y, blk[1])
                self.gap(6)
            elif k == "table":
                self.table()
                self.gap(10)
            elif k == "newpage":
                self.new_page()
            elif k == "annexlabel":
                self.found["ANNEX"] = self.page_label
                self.y -= LEAD
                c.setFont(BOLD, 12)
                c.drawCentredString(W / 2, self.y, blk[1])
                self.gap(14)
            elif k == "annextitle":
                for t in blk[1]:
                    self.y -= LEAD + 2
                    c.setFont(BOLD, 12)
                    c.drawCentredString(W / 2, self.y, t)
                self.gap(18)
            elif k == "hu":
                self.y -= LEAD
                c.setFont(BOLD, FS)
                c.drawString(LM, self.y, blk[1])
                self.gap(PARA_GAP)
            elif k == "text":
                lines = wrap(tokens(blk[1]), TW, TW, FS)
                self.place_lines(lines, LM, LM, TW, TW, keep=2)
                self.gap(PARA_GAP + 4)
        self.finish_page()
        self.c.save()

    def table(self):
        c = self.c
        x_label = LM + 36
        col_right = [LM + 265, LM + 320, LM + 375, RM - 10]
        size = 10
        c.setLineWidth(0.6)
        c.line(x_label, self.y - 2, RM, self.y - 2)
        for r, row in enumerate(TABLE_HEAD):
            self.y -= 12
            c.setFont(BOLD, size)
            if row[0]:
                c.drawString(x_label, self.y, row[0])
            for j, cell in enumerate(row[1:]):
                if cell:
                    c.drawRightString(col_right[j], self.y, cell)
        c.line(x_label, self.y - 4, RM, self.y - 4)
        self.y -= 4
        for row in TABLE_ROWS:
            self.y -= 13
            f = BOLD if row[0] == "Total" else ROMAN
            if row[0] == "Total":
                c.line(x_label, self.y + 10, RM, self.y + 10)
                self.y -= 2
            c.setFont(f, size)
            c.drawString(x_label, self.y, row[0])
            for j, cell in enumerate(row[1:]):
                c.drawRightString(col_right[j], self.y, cell)
        c.line(x_label, self.y - 4, RM, self.y - 4)
        self.y -= 6


if __name__ == "__main__":
    # first pass: find the page of each heading; second pass: draw with the contents filled in
    d = Doc("/dev/null" if False else OUT + ".tmp", {})
    d.run()
    pages = dict(d.found)
    d2 = Doc(OUT, pages)
    d2.run()
    import os
    os.remove(OUT + ".tmp")
    print("heading pages:", pages, "body pages:", d2.page_label)
