"""Draw info-note-2009.pdf: an invented IOM Council information note (MC/INF/296, 2009)."""
import re
from fpdf import FPDF

SYMBOL = "MC/INF/296"
OUT = "info-note-2009.pdf"

L, R = 25.0, 185.0          # text block, mm
TOP = 30.0                  # body start on text pages
BOTTOM = 275.0              # lowest baseline area for body + footnotes
FS, LH = 11.5, 5.15         # body font size / line height
FFS, FLH = 9.5, 4.1         # footnote font size / line height
TAB = 12.7

# ----------------------------------------------------------------------------- content
FOOTNOTES = {
    "1": "The IOM Strategy is set out in document MC/INF/287. It was adopted by the Council through "
         "Resolution No. 1150 of 7 June 2007.",
    "2": "See \u201cReturn Migration: Policies and Practices\u201d (MC/INF/291, 12 November 2008), and the "
         "summary of the discussion in the report on the Ninety-sixth Session of the Council (MC/2267), "
         "paragraphs 41 to 47.",
    "3": "The notion of voluntariness has been the subject of considerable debate. In IOM practice, a return "
         "is regarded as voluntary where two elements are present: freedom of choice, understood as the "
         "absence of any physical, psychological or material pressure to enrol in a return programme; and an "
         "informed decision, which presupposes that timely, impartial and reliable information has been made "
         "available to the migrant. Where a migrant has no legal option to remain in the host country, the "
         "choice may lie between assisted return and removal. IOM considers that a decision to accept "
         "assistance in such circumstances can still be voluntary, provided that counselling has been given "
         "beforehand and that the migrant\u2019s consent is obtained and recorded. The Administration recognizes "
         "that applying these criteria to unaccompanied minors and to persons held in detention raises "
         "particular difficulties, which are addressed in specific operational instructions.",
    "4": "Chair\u2019s summary of the intersessional workshop on return migration held under the International "
         "Dialogue on Migration, Geneva, 24\u201325 March 2009. The summary was circulated to Member States as "
         "Conference Room Paper (CRP) No. 22.",
    "5": "Guidance on the return of vulnerable migrants is contained in the Organization\u2019s internal "
         "instructions on assisted voluntary return, last revised in 2007, which are available to Member "
         "States on request.",
    "6": "The figures are drawn from the Organization\u2019s return caseload database; see also the Report of "
         "the Director General on the work of the Organization for the year 2008 (MC/2278).",
    "7": "An internal review of 842 small businesses set up by returnees in six countries of origin between "
         "2005 and 2007 found that about two thirds of them were still operating two years after they had "
         "been established.",
    "8": "The methodology was presented to the Standing Committee on Programmes and Finance at its Fourth "
         "Session; see document SCPF/27, paragraphs 14 to 22.",
    "9": "See, in particular, Resolutions Nos. 1105 (XC) of 1 December 2005 and 1173 (XCVI) of 27 November "
         "2008, and the conclusions of the Executive Committee at its Hundred and fifth Session (MC/EX/693).",
}

# Body: list of blocks.  ("h0", text) unnumbered caps heading; ("h1", num, text) roman heading;
# ("h2", num, text) lettered heading; ("p", num, text); ("item", label, text, level);
# ("bullet", text); ("quote", text); ("table",)
BODY = [
    ("h0", "INTRODUCTION"),
    ("p", 1, "This information note is submitted to the Council at its Ninety-eighth Session in response to "
             "the request, made by several Member States during the informal consultations held in 2009, for "
             "an overview of the Organization\u2019s activities in the area of assisted voluntary return and "
             "reintegration (AVRR). Return assistance has been part of IOM\u2019s work for more than three "
             "decades, and the IOM Strategy identifies support for the voluntary return and reintegration of "
             "migrants as one of the core activities of the Organization.^1"),
    ("p", 2, "The note reviews the context in which return takes place, summarizes the principles and the "
             "scale of IOM\u2019s programmes, draws a number of lessons from the experience gathered since 2000 "
             "and outlines orientations for the coming years. It does not propose new activities requiring a "
             "decision by the Council; its purpose is to inform the exchange of views foreseen under the "
             "relevant agenda item."),
    ("p", 3, "The note builds on earlier documents presented to the governing bodies, in particular the paper "
             "on return migration discussed by the Council in 2008,^2 and on the findings of the evaluations "
             "of national AVRR programmes completed in the course of the past two years."),
    ("h1", "I", "THE CONTEXT OF RETURN MIGRATION TODAY"),
    ("p", 4, "Return has always been an integral part of the migration cycle. The great majority of those who "
             "go back to their countries of origin do so spontaneously and without any assistance from States "
             "or international organizations. A smaller, but politically significant, number of migrants "
             "\u2013 among them rejected asylum-seekers, migrants in an irregular situation and persons who wish "
             "to leave a host country but lack the means to do so \u2013 require support in order to return in "
             "safety and dignity."),
    ("p", 5, "The global economic crisis which began in the second half of 2008 has added a new dimension to "
             "this picture. In several countries of destination the contraction of the construction, "
             "manufacturing and service sectors has left large numbers of migrant workers without employment, "
             "and some governments have introduced schemes offering financial incentives to those willing to "
             "return. At the same time, the deterioration of economic conditions in many countries of origin "
             "has made the prospect of return less attractive, and the number of migrants actually leaving "
             "has remained well below what had been anticipated."),
    ("p", 6, "Return programmes must also be seen against the distinction between voluntary and forced "
             "return. IOM\u2019s engagement is limited to returns which are voluntary, in the sense that the "
             "migrant has taken a free and informed decision to return.^3 The Organization does not take part "
             "in forced removals, although it recognizes the right of States to return non-nationals who have "
             "no legal basis for remaining on their territory."),
    ("p", 7, "Finally, there is growing recognition among Member States that return is sustainable only when "
             "it is linked to the development of the country of origin. Returnees who cannot find a "
             "livelihood, or who face stigma within their communities, are more likely to migrate again, "
             "often through irregular channels. This has led to greater attention being paid to the "
             "reintegration phase, which was long regarded as an optional complement to the logistics of "
             "travel."),
    ("h1", "II", "ASSISTED VOLUNTARY RETURN AND REINTEGRATION IN THE|WORK OF THE ORGANIZATION"),
    ("h2", "A", "Guiding principles"),
    ("p", 8, "IOM\u2019s AVRR activities rest on a small number of principles that have been refined over time "
             "through operational experience and consultation with Member States. They apply to all "
             "programmes, whatever the source of funding or the profile of the beneficiaries."),
    ("p", 9, "The participants in the workshop on return migration held earlier this year within the "
             "framework of the International Dialogue on Migration summed up the common understanding of the "
             "purpose of return assistance in the following terms:^4"),
    ("quote", "\u201cReturn assistance is not an end in itself. Its value lies in enabling those who choose to "
              "go home to do so in safety and with dignity, and in giving them a fair chance of rebuilding "
              "their lives once they have arrived.\u201d"),
    ("p", 10, "In practice, this understanding translates into the following commitments on the part of the "
              "Organization:"),
    ("item", "(a)", "the voluntary character of the return is verified at each stage of the process, from the "
                    "first contact with the migrant to the moment of departure;", 1),
    ("item", "(b)", "the specific needs of vulnerable migrants are identified and addressed, in particular "
                    "those of:^5", 1),
    ("item", "(i)", "unaccompanied migrant children, whose return is arranged only where a suitable care "
                    "arrangement has been confirmed in the country of origin;", 2),
    ("item", "(ii)", "victims of trafficking, who are offered the protection and assistance measures provided "
                     "under the Organization\u2019s counter-trafficking programmes; and", 2),
    ("item", "(iii)", "migrants with medical conditions, for whom continuity of treatment after arrival must "
                      "be ensured;", 2),
    ("item", "(c)", "personal data collected in the course of return operations are protected in accordance "
                    "with IOM\u2019s data protection principles and are not shared with the authorities of the "
                    "country of origin without the consent of the person concerned.", 1),
    ("h2", "B", "Scale and distribution of the caseload"),
    ("p", 11, "Since 2000, IOM has assisted more than 300,000 migrants to return voluntarily from some 80 host "
              "countries to over 160 countries and territories of origin. The annual caseload has fluctuated "
              "considerably, reflecting changes in the policies of host countries, the situation in the main "
              "countries of origin and the availability of funding."),
    ("p", 12, "Table 1 shows the distribution of beneficiaries by region of return over the three most recent "
              "years for which complete data are available.^6 Europe remains the largest region of return, "
              "owing mainly to returns to the Western Balkans and to Eastern Europe, while the share of "
              "returns to Asia and to Africa has risen steadily."),
    ("table",),
    ("p", 13, "The profile of beneficiaries has also changed. Whereas rejected asylum-seekers made up the bulk "
              "of the caseload at the beginning of the decade, migrants in an irregular situation, stranded "
              "migrants and persons whose temporary protection has come to an end now account for more than "
              "half of all those assisted. Women represented approximately 32 per cent of beneficiaries in "
              "2008, and children under 18 years of age some 21 per cent."),
    ("h2", "C", "Reintegration support"),
    ("p", 14, "Reintegration assistance is now offered in most national AVRR programmes, although its scope "
              "and level vary widely from one host country to another. In some cases it is limited to a modest "
              "cash grant paid on arrival; in others it includes counselling, referral to services and in-kind "
              "support over a period of up to twelve months."),
    ("p", 15, "The evaluations carried out in 2008 and 2009 indicate that the following forms of support have "
              "been the most effective in helping returnees to re-establish themselves:"),
    ("bullet", "vocational training and job placement, in particular where they are linked to labour market "
               "needs identified in the area of return;"),
    ("bullet", "support for the creation of small businesses, combining a grant in kind with training in "
               "basic business management;^7"),
    ("bullet", "assistance with housing and with access to health care and education for the members of "
               "returnees\u2019 families; and"),
    ("bullet", "psychosocial counselling, especially for persons who have spent long periods in detention or "
               "have experienced trauma."),
    ("p", 16, "Community-based approaches, under which part of the reintegration support benefits the wider "
              "community to which the migrant returns, have been piloted in a number of countries. Such "
              "approaches help to reduce tensions between returnees and those who stayed behind, and they "
              "allow reintegration assistance to contribute to local development. They require, however, "
              "closer coordination with development actors and longer funding cycles than those of most "
              "return programmes."),
    ("h1", "III", "LESSONS LEARNED AND REMAINING CHALLENGES"),
    ("p", 17, "Experience has shown that the quality of pre-departure counselling is the single most "
              "important factor determining both the voluntariness and the sustainability of return. Migrants "
              "who receive accurate information on conditions in their country of origin and on the "
              "assistance available to them are better prepared, and more likely to remain, after their "
              "return."),
    ("p", 18, "A second lesson concerns continuity. Where the assistance provided in the host country and that "
              "provided after arrival are designed and financed separately, gaps frequently arise, and "
              "returnees may find that the services promised to them are not available. Programmes managed as "
              "a single process, with a shared case file accessible to the IOM offices in both countries, "
              "have yielded markedly better results."),
    ("p", 19, "Monitoring remains a weakness. Few programmes provide the resources needed to follow up "
              "returnees beyond the first few months, and there is as yet no common set of indicators for "
              "measuring the sustainability of return. The Administration intends to develop such indicators "
              "in consultation with interested Member States, drawing on the methodology used in recent "
              "evaluations.^8"),
    ("p", 20, "Funding arrangements pose a further challenge. Most AVRR programmes are financed by host "
              "countries on an annual basis and cover only the costs of return and a limited reintegration "
              "package. The earmarked and short-term nature of this funding makes it difficult to plan "
              "reintegration activities extending over several years, or to invest in the capacity of "
              "partners in countries of origin."),
    ("p", 21, "Lastly, the involvement of countries of origin in the design of return programmes remains "
              "uneven. Their governments are often consulted only at the implementation stage, which limits "
              "their ownership of the process and the extent to which reintegration support can be aligned "
              "with national development plans."),
    ("h1", "IV", "THE WAY FORWARD"),
    ("p", 22, "In the light of the foregoing, and taking into account the guidance given by the Council in "
              "previous years,^9 the Administration proposes to concentrate its efforts in the area of AVRR on "
              "four orientations: strengthening counselling and information services; integrating "
              "reintegration support more fully into the return process; improving monitoring and "
              "evaluation; and developing partnerships with countries of origin and with development actors."),
    ("p", 23, "The Administration will continue to promote the exchange of good practice among Member States, "
              "notably through regional consultative processes and the International Dialogue on Migration. "
              "It also intends to update its internal guidance on AVRR during 2010, including the operational "
              "instructions on the return of unaccompanied minors."),
    ("p", 24, "Member States may wish to consider how the financing of return and reintegration could be made "
              "more predictable. Multi-annual funding, and the pooling of resources by several host countries "
              "for returns to the same country of origin, would allow reintegration activities to be planned "
              "on a more sustainable basis and would reduce the administrative costs of a multiplicity of "
              "small, separately funded projects."),
    ("h0", "CONCLUSION"),
    ("p", 25, "Assisted voluntary return and reintegration remains one of the areas in which the "
              "Organization\u2019s operational experience is most extensive. The Administration welcomes the "
              "views of Member States on the orientations outlined in this note and will report on progress "
              "to the governing bodies in 2010."),
]

TABLE_CAPTION = "Table 1: Beneficiaries of assisted voluntary return, by region of return, 2006\u20132008"
TABLE_HEAD = ["Region of return", "2006", "2007", "2008*"]
TABLE_ROWS = [
    ["Africa", "4,215", "5,102", "6,387"],
    ["Asia and the Pacific", "6,938", "7,410", "8,265"],
    ["Europe", "14,520", "12,876", "11,904"],
    ["Latin America and the Caribbean", "3,157", "3,642", "4,590"],
    ["Middle East", "2,064", "2,391", "2,826"],
    ["Total", "30,894", "31,421", "33,972"],
]
TABLE_NOTE = "* Provisional figures, subject to final verification by the field missions concerned."

TITLE_LINES = ["ASSISTED VOLUNTARY RETURN AND REINTEGRATION:",
               "REVIEW OF IOM PRACTICE AND ORIENTATIONS FOR THE FUTURE"]


# ----------------------------------------------------------------------------- engine
class Doc(FPDF):
    def __init__(self):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.core_fonts_encoding = "windows-1252"
        self.set_auto_page_break(False)
        self.set_margins(L, 15, 210 - R)
        self.pageno = 0
        self.page_fns = []
        self.y_cur = TOP

    # words -> list of fragments [(text, sup?)]
    @staticmethod
    def words(text):
        out = []
        for w in text.split():
            frags = []
            for part in re.split(r"(\^\d+)", w):
                if not part:
                    continue
                if part.startswith("^"):
                    frags.append((part[1:], True))
                else:
                    frags.append((part, False))
            out.append(frags)
        return out

    def wwidth(self, frags, size, style=""):
        w = 0.0
        for t, sup in frags:
            self.set_font("Times", style, size * 0.62 if sup else size)
            w += self.get_string_width(t)
        return w

    def draw_word(self, x, y, frags, size, style=""):
        for t, sup in frags:
            if sup:
                self.set_font("Times", style, size * 0.62)
                self.text(x, y - size * 0.13, t)
            else:
                self.set_font("Times", style, size)
                self.text(x, y, t)
            x += self.get_string_width(t)
        return x

    def wrap(self, words, w_first, w_rest, size, style=""):
        self.set_font("Times", style, size)
        sp = self.get_string_width(" ")
        lines, cur, cw = [], [], 0.0
        width = w_first
        for wd in words:
            ww = self.wwidth(wd, size, style)
            add = ww if not cur else sp + ww
            if cur and cw + add > width:
                lines.append(cur)
                cur, cw = [wd], ww
                width = w_rest
            else:
                cur.append(wd)
                cw += add
        if cur:
            lines.append(cur)
        return lines

    # -------------------------------------------------------------- footnotes
    def fn_height(self, keys):
        if not keys:
            return 0.0
        h = FLH + 1.0  # rule line
        for k in keys:
            h += len(self.fn_lines(k)) * FLH + 1.2
        return h

    def fn_lines(self, k):
        words = self.words(FOOTNOTES[k])
        return self.wrap(words, (R - L) - 4.0, R - L, FFS)

    def draw_footnotes(self):
        keys = self.page_fns
        if not keys:
            return
        y = BOTTOM - self.fn_height(keys) + FLH
        self.set_font("Times", "", FFS)
        self.text(L, y, "_" * 20)
        y += FLH + 1.0
        for k in keys:
            lines = self.fn_lines(k)
            self.set_font("Times", "", FFS * 0.62)
            self.text(L, y - FFS * 0.13, k)
            for i, ln in enumerate(lines):
                x0 = L + 4.0 if i == 0 else L
                self.set_line(ln, x0, y, R, FFS, justify=(i < len(lines) - 1))
                y += FLH
            y += 1.2

    # -------------------------------------------------------------- pages
    def new_text_page(self):
        if self.pageno >= 1:
            self.draw_footnotes()
        self.add_page()
        self.pageno += 1
        self.page_fns = []
        self.set_font("Times", "", 10)
        for i, t in enumerate([SYMBOL, "Page %d" % self.pageno]):
            self.text(R - self.get_string_width(t), 12 + 4.5 * i, t)
        self.y_cur = TOP

    def limit(self, extra_keys=()):
        return BOTTOM - self.fn_height(self.page_fns + list(extra_keys))

    def set_line(self, ln, x0, y, right, size, justify, style=""):
        # ragged right: merge the words of a line into runs so that each run is one text object
        segs = []
        for i, w in enumerate(ln):
            for j, (t, sup) in enumerate(w):
                if i > 0 and j == 0:
                    t = " " + t
                if segs and segs[-1][1] == sup:
                    segs[-1] = (segs[-1][0] + t, sup)
                else:
                    segs.append((t, sup))
        self.draw_word(x0, y, segs, size, style)

    def flow(self, text, x_first, x_rest, right=R, label=None, label_x=None, style="", size=FS):
        words = self.words(text)
        lines = self.wrap(words, right - x_first, right - x_rest, size, style)
        for i, ln in enumerate(lines):
            keys = [t for w in ln for (t, s) in w if s]
            if self.y_cur + LH > self.limit(keys):
                self.new_text_page()
            self.page_fns += keys
            y = self.y_cur + LH * 0.8
            if i == 0 and label:
                self.set_font("Times", "", size)
                self.text(label_x, y, label)
            x0 = x_first if i == 0 else x_rest
            self.set_line(ln, x0, y, right, size, justify=(i < len(lines) - 1), style=style)
            self.y_cur += LH
        self.y_cur += LH  # blank line after block

    def need(self, h):
        if self.y_cur + h > self.limit():
            self.new_text_page()

    def heading(self, kind, num, text):
        self.need(LH * 5)
        parts = text.split("|")
        style = "B"
        for i, part in enumerate(parts):
            y = self.y_cur + LH * 0.8
            if kind == "h0":
                self.set_font("Times", "B", FS)
                self.text(L, y, part)
            else:
                self.set_font("Times", "B", FS)
                if i == 0:
                    self.text(L, y, num + ".")
                self.text(L + TAB, y, part)
            self.y_cur += LH
        self.y_cur += LH

    def table(self):
        rows_h = LH * (len(TABLE_ROWS) + 1) + LH * 4
        self.need(rows_h)
        cols = [L + 12, L + 92, L + 117, L + 142]  # left of label, right edges below
        rights = [None, L + 105, L + 127, L + 149]
        self.set_font("Times", "B", 10.5)
        y = self.y_cur + LH * 0.8
        self.text((L + R) / 2 - self.get_string_width(TABLE_CAPTION) / 2, y, TABLE_CAPTION)
        self.y_cur += LH * 1.4
        top = self.y_cur
        self.set_line_width(0.3)
        self.line(L + 10, top, L + 152, top)
        y = self.y_cur + LH * 0.8
        for j, h in enumerate(TABLE_HEAD):
            if j == 0:
                self.text(cols[0], y, h)
            else:
                self.text(rights[j] - self.get_string_width(h), y, h)
        self.y_cur += LH + 0.6
        self.line(L + 10, self.y_cur, L + 152, self.y_cur)
        for r in TABLE_ROWS:
            y = self.y_cur + LH * 0.8
            st = "B" if r[0] == "Total" else ""
            if st:
                self.line(L + 10, self.y_cur + 0.2, L + 152, self.y_cur + 0.2)
            self.set_font("Times", st, 10.5)
            for j, c in enumerate(r):
                if j == 0:
                    self.text(cols[0], y, c)
                else:
                    self.text(rights[j] - self.get_string_width(c), y, c)
            self.y_cur += LH
        self.line(L + 10, self.y_cur + 0.6, L + 152, self.y_cur + 0.6)
        self.y_cur += 1.6
        self.set_font("Times", "", 9.5)
        self.text(L + 10, self.y_cur + 4.0, TABLE_NOTE)
        self.y_cur += 5.0 + LH

    # -------------------------------------------------------------- cover
    def cover(self):
        self.add_page()
        self.set_font("Times", "B", 12)
        self.text(R - self.get_string_width(SYMBOL), 22, SYMBOL)
        self.set_font("Times", "", 12)
        for i, t in enumerate(["Original: English", "28 October 2009"]):
            self.text(R - self.get_string_width(t), 32 + 6 * i, t)
        self.set_font("Times", "B", 12)
        t = "NINETY-EIGHTH SESSION"
        self.text(105 - self.get_string_width(t) / 2, 62, t)
        self.set_font("Times", "", 12)
        rule = "_" * 64
        self.text(105 - self.get_string_width(rule) / 2, 70, rule)
        self.set_font("Times", "B", 13)
        for i, t in enumerate(TITLE_LINES):
            self.text(105 - self.get_string_width(t) / 2, 118 + 7 * i, t)
        self.set_font("Times", "B", 13)
        self.text(L, 282, "COUNCIL")
        self.text(105 - self.get_string_width("CONSEIL") / 2, 282, "CONSEIL")
        self.text(R - self.get_string_width("CONSEJO"), 282, "CONSEJO")

    def build(self):
        self.cover()
        self.new_text_page()
        self.set_font("Times", "B", FS)
        for t in TITLE_LINES:
            self.text(105 - self.get_string_width(t) / 2, self.y_cur + LH * 0.8, t)
            self.y_cur += LH
        self.y_cur += LH * 1.5
        for b in BODY:
            k = b[0]
            if k == "h0":
                self.heading("h0", None, b[1])
            elif k in ("h1", "h2"):
                self.heading(k, b[1], b[2])
            elif k == "p":
                self.flow(b[2], L + TAB, L, label="%d." % b[1], label_x=L)
            elif k == "item":
                label, text, lvl = b[1], b[2], b[3]
                lx = L + TAB * lvl
                self.flow(text, lx + TAB, lx + TAB, label=label, label_x=lx)
            elif k == "bullet":
                self.flow(b[1], L + TAB + 6, L + TAB + 6, label="\u2022", label_x=L + TAB)
            elif k == "quote":
                self.flow(b[1], L + 2 * TAB, L + 2 * TAB, right=R - 2 * TAB)
            elif k == "table":
                self.table()
        self.draw_footnotes()


if __name__ == "__main__":
    d = Doc()
    d.build()
    d.output(OUT)
    print("pages:", d.pages_count)
