# Draws council-report-2013.pdf: an invented draft report on the 103rd Session of the IOM Council
# (Geneva, 26 to 29 November 2013), laid out as an MC-era document.
import re
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth

W, H = A4
LM = 72
RM = 72
TW = W - LM - RM
BODY_TOP = H - 100
BOTTOM = 60
FS = 11
LEAD = 13.4
FNS = 9
FNLEAD = 11
F = "Helvetica"
FB = "Helvetica-Bold"
FI = "Helvetica-Oblique"
SYMBOL = "MC/2397"

FOOTNOTES = {
    "1": "The list of participants is contained in document MC/2399.",
    "2": "The Framework is set out in document MC/2355, which the Council endorsed by Resolution "
         "No. 1243 of 27 November 2012.",
    "3": "Figures as at 25 November 2013. The status report on outstanding contributions is contained "
         "in document SCPF/112; a corrigendum (SCPF/112/Corr.1) was circulated during the session.",
    "4": "The consolidated text of the Constitution, as amended, is reproduced in document MC/INF/306.",
}

SUP = re.compile(r"\^(\d+|\*)")


def parts_of(word):
    out = []
    pos = 0
    for m in SUP.finditer(word):
        if m.start() > pos:
            out.append((word[pos:m.start()], False))
        out.append((m.group(1), True))
        pos = m.end()
    if pos < len(word):
        out.append((word[pos:], False))
    return out


def width_of(parts, font, size):
    return sum(stringWidth(t, font, size * 0.65 if s else size) for t, s in parts)


def wrap(text, widths, font=F, size=FS):
    """widths: (first_line_width, other_lines_width). Returns list of lists of words (parts)."""
    words = [parts_of(w) for w in text.split()]
    lines, cur, curw = [], [], 0.0
    sp = stringWidth(" ", font, size)
    for w in words:
        ww = width_of(w, font, size)
        avail = widths[0] if not lines else widths[1]
        if cur and curw + sp + ww > avail:
            lines.append(cur)
            cur, curw = [w], ww
        else:
            curw = ww if not cur else curw + sp + ww
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


def markers_in(line):
    return [t for w in line for t, s in w if s and t != "*"]


class Doc:
    def __init__(self, path):
        self.c = canvas.Canvas(path, pagesize=A4)
        self.c.setTitle("MC/2397 - Draft report on the 103rd Session of the Council")
        self.c.setAuthor("International Organization for Migration")
        self.page = 0          # body page number
        self.fns = []
        self.y = 0
        self.mode = "body"

    # ---------------------------------------------------------------- drawing helpers
    def draw_words(self, line, x, y, avail, justify, font=F, size=FS):
        """One text object per line; justification through the PDF word-spacing operator."""
        c = self.c
        ws = [width_of(w, font, size) for w in line]
        sp = stringWidth(" ", font, size)
        extra = 0.0
        if justify and len(line) > 1:
            g = (avail - sum(ws)) / (len(line) - 1)
            if g < sp * 3.2:
                extra = g - sp
        t = c.beginText(x, y)
        t.setWordSpace(extra)
        for i, w in enumerate(line):
            if i:
                t.setFont(font, size)
                t.setRise(0)
                t.textOut(" ")
            for txt, sup in w:
                if sup:
                    t.setFont(font, size * 0.65)
                    t.setRise(size * 0.38)
                else:
                    t.setFont(font, size)
                    t.setRise(0)
                t.textOut(txt)
        t.setRise(0)
        c.drawText(t)

    def header(self):
        c = self.c
        c.setFont(F, 10)
        c.drawRightString(W - RM, H - 50, SYMBOL)
        if self.mode == "annex":
            c.drawRightString(W - RM, H - 62, "Annex")
        else:
            c.drawRightString(W - RM, H - 62, "Page %d" % self.page)

    def fn_lines(self, key):
        return wrap(FOOTNOTES[key], (TW - 14, TW - 14), F, FNS)

    def fn_height(self, keys):
        if not keys:
            return 0
        return 16 + sum(len(self.fn_lines(k)) * FNLEAD + 2 for k in keys)

    def finish_page(self):
        c = self.c
        if self.fns:
            y = BOTTOM + self.fn_height(self.fns) - 6
            c.setLineWidth(0.5)
            c.line(LM, y, LM + 130, y)
            y -= 4
            for k in self.fns:
                lines = self.fn_lines(k)
                y -= FNLEAD
                c.setFont(F, FNS * 0.65)
                c.drawString(LM, y + FNS * 0.38, k)
                for i, ln in enumerate(lines):
                    if i:
                        y -= FNLEAD
                    self.draw_words(ln, LM + 14, y, TW - 14, i < len(lines) - 1, F, FNS)
                y -= 2
        self.fns = []
        c.showPage()

    def new_page(self, mode=None):
        if self.page or self.mode == "annex":
            self.finish_page()
        if mode:
            self.mode = mode
        self.page += 1
        self.header()
        self.y = BODY_TOP

    def limit(self, extra_keys=()):
        keys = self.fns + [k for k in extra_keys if k not in self.fns]
        return BOTTOM + self.fn_height(keys)

    # ---------------------------------------------------------------- blocks
    def flow(self, lines, x_first, x_rest, w_first, w_rest, before=0, label=None, label_x=None,
             font=F, size=FS, lead=LEAD, justify=True):
        self.y -= before
        for i, ln in enumerate(lines):
            new = markers_in(ln)
            if self.y - lead < self.limit(new):
                self.new_page()
            self.y -= lead
            if i == 0 and label:
                self.c.setFont(font, size)
                self.c.drawString(label_x, self.y, label)
            x = x_first if i == 0 else x_rest
            w = w_first if i == 0 else w_rest
            self.draw_words(ln, x, self.y, w, justify and i < len(lines) - 1, font, size)
            for k in new:
                if k not in self.fns:
                    self.fns.append(k)

    def para(self, num, text):
        lines = wrap(text, (TW - 36, TW))
        # keep at least two lines together at a page foot
        if self.y - 7 - 2 * LEAD < self.limit(markers_in(lines[0])):
            self.new_page()
            self.y += 7
        self.flow(lines, LM + 36, LM, TW - 36, TW, before=7, label="%d." % num, label_x=LM)

    def item(self, label, text, depth=1):
        ind = 36 * depth
        lines = wrap(text, (TW - ind - 36, TW - ind - 36))
        self.flow(lines, LM + ind + 36, LM + ind + 36, TW - ind - 36, TW - ind - 36,
                  before=5, label=label, label_x=LM + ind)

    def heading(self, lines_text, font=FB, before=14):
        need = len(lines_text) * LEAD + before + 3 * LEAD + 8
        if self.y - need < self.limit():
            self.new_page()
            before = 4
        self.y -= before
        for t in lines_text:
            self.y -= LEAD
            self.c.setFont(font, FS)
            self.c.drawString(LM, self.y, t)
        self.y -= 2

    def centred(self, text, font=FB, size=FS, before=0):
        self.y -= before + LEAD
        self.c.setFont(font, size)
        self.c.drawCentredString(W / 2, self.y, text)


# ==================================================================== content
def cover(d):
    c = d.c
    c.setFont(FB, 12)
    c.drawRightString(W - RM, H - 62, SYMBOL)
    c.setFont(F, 10)
    c.drawRightString(W - RM, H - 80, "Original: English")
    c.drawRightString(W - RM, H - 93, "20 December 2013")
    c.setFont(FB, 12)
    c.drawString(LM, H - 150, "103RD SESSION")
    c.setLineWidth(1)
    c.line(LM, H - 160, W - RM, H - 160)

    c.setFont(FB, 14)
    c.drawCentredString(W / 2, H - 320, "DRAFT REPORT ON THE")
    t = "103RD SESSION OF THE COUNCIL"
    tw = stringWidth(t, FB, 14)
    x = W / 2 - tw / 2
    c.drawString(x, H - 352, t)
    c.setFont(FB, 9)
    c.drawString(x + tw + 1, H - 346, "*")

    c.setFont(F, 11)
    c.drawCentredString(W / 2, H - 410, "Geneva")
    c.drawCentredString(W / 2, H - 425, "26 to 29 November 2013")
    c.drawCentredString(W / 2, H - 470, "Rapporteur: Ms L. Varga (Hungary)")

    # cover note under a typed rule
    c.setFont(F, 10)
    c.drawString(LM, 178, "__________")
    note = ("This draft report is submitted to the Council for approval at its next regular session. "
            "Delegations wishing to propose corrections are requested to send them in writing to the "
            "Governing Bodies Division by 31 January 2014.")
    lines = wrap(note, (TW - 14, TW - 14), F, FNS)
    y = 160
    c.setFont(F, FNS)
    c.drawString(LM, y, "*")
    for i, ln in enumerate(lines):
        d.draw_words(ln, LM + 14, y, TW - 14, i < len(lines) - 1, F, FNS)
        y -= FNLEAD

    c.setFont(FB, 11)
    c.drawCentredString(W / 2 - 150, 62, "COUNCIL")
    c.drawCentredString(W / 2, 62, "CONSEIL")
    c.drawCentredString(W / 2 + 150, 62, "CONSEJO")
    c.showPage()


MEMBERS = (
    "Afghanistan, Albania, Algeria, Angola, Argentina, Armenia, Australia, Austria, Azerbaijan, "
    "Bangladesh, Belarus, Belgium, Benin, Bolivia (Plurinational State of), Bosnia and Herzegovina, "
    "Brazil, Bulgaria, Burkina Faso, Burundi, Cambodia, Cameroon, Canada, Chad, Chile, Colombia, Congo, "
    "Costa Rica, C\u00f4te d'Ivoire, Croatia, Cyprus, Czech Republic, Democratic Republic of the Congo, "
    "Denmark, Djibouti, Dominican Republic, Ecuador, Egypt, El Salvador, Estonia, Ethiopia, Finland, "
    "France, Gabon, Georgia, Germany, Ghana, Greece, Guatemala, Guinea, Haiti, Honduras, Hungary, India, "
    "Iran (Islamic Republic of), Ireland, Israel, Italy, Jamaica, Japan, Jordan, Kenya, Kyrgyzstan, "
    "Latvia, Lesotho, Liberia, Libya, Lithuania, Luxembourg, Madagascar, Mali, Malta, Mauritania, Mexico, "
    "Mongolia, Montenegro, Morocco, Mozambique, Namibia, Nepal, Netherlands, New Zealand, Nicaragua, "
    "Niger, Nigeria, Norway, Pakistan, Panama, Paraguay, Peru, Philippines, Poland, Portugal, Republic "
    "of Korea, Republic of Moldova, Romania, Rwanda, Senegal, Serbia, Slovakia, Slovenia, Somalia, South "
    "Africa, South Sudan, Spain, Sri Lanka, Sudan, Sweden, Switzerland, Thailand, Timor-Leste, Togo, "
    "Tunisia, Turkey, Uganda, Ukraine, United Kingdom of Great Britain and Northern Ireland, United "
    "Republic of Tanzania, United States of America, Uruguay, Venezuela (Bolivarian Republic of), "
    "Viet Nam, Yemen, Zambia and Zimbabwe.^1"
)


def body(d):
    d.new_page("body")
    d.centred("DRAFT REPORT ON THE 103RD SESSION OF THE COUNCIL", FB, FS)
    d.y -= 6

    d.heading(["INTRODUCTION"], before=10)
    d.para(1, "Pursuant to Resolution No. 1237 of 30 November 2012, the Council convened for its 103rd "
              "Session on Tuesday, 26 November 2013, at the Palais des Nations, Geneva. Six meetings were "
              "held, the last of them on the morning of Friday, 29 November 2013.")
    d.para(2, "The session was the first to be held after the entry into force, on 21 November 2013, of "
              "the amendments to the Constitution of the Organization (see paragraphs 24 and 25 below). It "
              "was opened by the outgoing Chairperson, H.E. Mr Tomasz Wierzchowski (Poland), who welcomed "
              "the delegations and recalled the main decisions taken by the Council during his term.")

    d.heading(["ATTENDANCE"])
    d.para(3, "The following Member States were represented: " + MEMBERS)
    d.para(4, "Bhutan, China, Cuba, Indonesia, Qatar, Saudi Arabia and the Holy See were represented by "
              "observers, as were the Independent State of Samoa and Tuvalu, whose applications for "
              "membership were before the Council (see paragraphs 11 and 12 below), and the Sovereign "
              "Order of Malta, which attended in its long-standing capacity as an observer to the "
              "Council.")
    d.para(5, "The United Nations, the Office of the United Nations High Commissioner for Refugees, the "
              "International Labour Organization, the World Food Programme, the United Nations Population "
              "Fund, the African Union, the European Union, the League of Arab States, the International "
              "Committee of the Red Cross, the International Federation of Red Cross and Red Crescent "
              "Societies, the Commonwealth Secretariat, the Organization of American States, the "
              "Organisation internationale de la Francophonie, the Economic Community of West African "
              "States, the Southern African Development Community, the Intergovernmental Authority on "
              "Development, the Asian Development Bank, the Arab Labour Organization, the International Centre for Migration Policy Development, the Intergovernmental "
              "Consultations on Migration, Asylum and Refugees and 38 international non-governmental "
              "organizations were also represented by observers.")

    d.heading(["CREDENTIALS OF REPRESENTATIVES AND OBSERVERS"])
    d.para(6, "The Council noted that the Director General had examined the credentials of the "
              "representatives of the Member States listed in paragraph 3 and had found them to be in "
              "order, and that the observers for the non-member States and the organizations listed in "
              "paragraphs 4 and 5 had been duly accredited.")

    d.heading(["ELECTION OF OFFICERS"])
    d.para(7, "The Council elected by acclamation H.E. Ms Carmen Ruiz Olmedo (Paraguay) as Chairperson, "
              "Mr Henrik Aaltonen (Finland) as First Vice-Chairperson, H.E. Mr Kwame Asante-Mensah (Ghana) "
              "as Second Vice-Chairperson and Ms L\u00edvia Varga (Hungary) as Rapporteur.")
    d.para(8, "On taking the chair, the Chairperson paid tribute to her predecessor and observed that the "
              "Council now met, for the first time, as the single governing body of the Organization "
              "alongside its Standing Committee on Programmes and Finance.")

    d.heading(["ADOPTION OF THE AGENDA"])
    d.para(9, "The Council adopted the provisional agenda contained in document MC/2381/Rev.2, on the "
              "understanding that the item on the entry into force of the constitutional amendments would "
              "be taken up after the general debate.")

    d.heading(["APPROVAL OF THE REPORTS ON THE 101ST SESSION AND THE", "102ND (SPECIAL) SESSION OF THE COUNCIL"])
    d.para(10, "The Council adopted Resolution No. 1258 approving the report on its 101st Session "
               "(MC/2371) and Resolution No. 1259 approving the report on its 102nd (Special) Session "
               "(MC/2376), without amendment.")

    d.heading(["ADMISSION OF NEW MEMBERS AND OBSERVERS"])
    d.heading(["Applications for membership in the Organization"], font=FI, before=10)
    d.para(11, "The Council had before it the applications for membership submitted by the Independent "
               "State of Samoa (MC/2384) and by Tuvalu (MC/2385), each accompanied by an undertaking to "
               "accept the Constitution and to contribute to the Administrative Part of the Budget.")
    d.para(12, "It adopted by acclamation Resolution No. 1260 admitting the Independent State of Samoa and "
               "Resolution No. 1261 admitting Tuvalu as Members of the Organization, bringing the number "
               "of Member States to 153. The representatives of both new Members thanked the Council and "
               "described the pressures that climate change and labour mobility placed on small island "
               "States.")
    d.heading(["Applications for representation by an observer"], font=FI, before=10)
    d.para(13, "The Council adopted Resolution No. 1262, granting the West African Migration Research "
               "Network observer status at its meetings.")

    d.heading(["STATEMENTS BY THE DIRECTOR GENERAL AND THE", "DEPUTY DIRECTOR GENERAL"])
    d.para(14, "The Director General reviewed the work of the Organization since the previous regular "
               "session. He informed the Council, in particular, that:")
    d.item("(a)", "the Organization had responded to several large-scale emergencies, the largest of them "
                  "in the Philippines after Typhoon Haiyan and in the countries neighbouring the Syrian "
                  "Arab Republic;")
    d.item("(b)", "the number of active projects had risen to some 2,600, and total expenditure in 2012 "
                  "had exceeded USD 1.3 billion;")
    d.item("(c)", "the Migration Crisis Operational Framework was now being applied in eleven operations "
                  "and had been built into the Organization's contingency planning;^2")
    d.item("(d)", "following the High-level Dialogue on International Migration and Development, held in "
                  "New York on 3 and 4 October 2013, the Administration would:")
    d.item("(i)", "help States to follow up the eight-point agenda for action put forward at the "
                  "Dialogue; and", depth=2)
    d.item("(ii)", "strengthen its cooperation with the other members of the Global Migration Group;",
           depth=2)
    d.item("(e)", "the entry into force of the constitutional amendments would make the Organization's "
                  "governance simpler and less costly.")
    d.para(15, "The Deputy Director General presented the main elements of the management reform under "
               "way, including the review of the structure of the Regional Offices, the new staff "
               "evaluation system and the steps taken to strengthen internal oversight.")

    d.heading(["GENERAL DEBATE"])
    d.para(16, "Forty-seven delegations took the floor in the general debate, which was held under the "
               "theme \"Migration and development: from dialogue to action\". Many of them congratulated "
               "the Director General on the Organization's rapid response to Typhoon Haiyan.")
    d.para(17, "Several delegations welcomed the outcome of the High-level Dialogue and encouraged the "
               "Organization to help States to give effect to it, in particular by improving migration "
               "data, lowering the costs of labour recruitment and remittances and protecting migrants "
               "caught up in crises in their countries of destination. Others stressed that migration "
               "should be reflected in the development framework that would succeed the Millennium "
               "Development Goals after 2015, and asked the Administration to keep the Council informed "
               "of its contribution to the discussions in New York. A number of delegations expressed "
               "concern at the loss of life at sea in the Mediterranean and in the Gulf of Aden and "
               "called for closer cooperation among countries of origin, transit and destination.")
    d.para(18, "Delegations of Member States that had recently joined the Organization described their "
               "first projects with IOM and their expectations of technical cooperation.")

    d.heading(["REPORT OF THE STANDING COMMITTEE ON PROGRAMMES AND FINANCE"])
    d.heading(["Report on the Thirteenth Session of the Standing Committee on Programmes", "and Finance"],
              font=FI, before=10)
    d.para(19, "The Council took note of the report on the Thirteenth Session of the Standing Committee "
               "on Programmes and Finance (SCPF/110) and endorsed the recommendations it contained.")
    d.heading(["Programme and Budget for 2014"], font=FI, before=10)
    d.para(20, "The Council had before it the Programme and Budget for 2014 (MC/2389). It adopted "
               "Resolution No. 1263, approving an Administrative Part of the Budget of CHF 42,876,000 "
               "and an Operational Part of the Budget of USD 672.4 million.")
    d.heading(["Scale of assessment for 2014"], font=FI, before=10)
    d.para(21, "The Council adopted Resolution No. 1264 establishing the scale of assessment for 2014, as "
               "set out in document MC/2390, which takes account of the two new Member States.")
    d.heading(["Status of outstanding contributions to the Administrative Part of the Budget"],
              font=FI, before=10)
    d.para(22, "The Administration reported that assessed contributions outstanding for 2013 and earlier "
               "years totalled CHF 4,236,518,^3 and that fourteen Member States were subject to the "
               "provisions of Article 4 of the Constitution.")
    d.para(23, "The Council urged Member States in arrears to pay their contributions in full or to agree "
               "on a payment plan with the Administration, and welcomed the payments made by three Member "
               "States since the Standing Committee had met.")

    d.heading(["ENTRY INTO FORCE OF THE AMENDMENTS TO THE CONSTITUTION"])
    d.para(24, "The Council was informed that the amendments to the Constitution adopted by Resolution "
               "No. 997 (LXXVI) of 24 November 1998 had entered into force on 21 November 2013, two thirds "
               "of the Member States having accepted them.^4")
    d.para(25, "As a result, the Executive Committee had ceased to exist and the articles of the "
               "Constitution had been renumbered. The Council requested the Administration to propose, "
               "at its next regular session, the consequential changes to its Rules of Procedure.")

    d.heading(["DATE AND PLACE OF THE NEXT SESSION"])
    d.para(26, "The Council adopted Resolution No. 1265, deciding to hold its next regular session in "
               "Geneva in late November 2014, the exact dates to be set by the Bureau.")

    d.heading(["CLOSURE OF THE SESSION"])
    d.para(27, "The Chairperson declared the 103rd Session closed on Friday, 29 November 2013, at "
               "12.45 p.m.")


RESOLUTIONS = [
    ("1258", "Approval of the report on the 101st Session of the Council", "26 November 2013"),
    ("1259", "Approval of the report on the 102nd (Special) Session of the Council", "26 November 2013"),
    ("1260", "Admission of the Independent State of Samoa as a Member of the International "
             "Organization for Migration", "26 November 2013"),
    ("1261", "Admission of Tuvalu as a Member of the International Organization for Migration",
     "26 November 2013"),
    ("1262", "Representation of the West African Migration Research Network by an observer",
     "26 November 2013"),
    ("1263", "Programme and Budget for 2014", "28 November 2013"),
    ("1264", "Scale of assessment for 2014", "28 November 2013"),
    ("1265", "Date and place of the next regular session", "29 November 2013"),
]


def annex(d):
    d.new_page("annex")
    d.centred("ANNEX", FB, FS, before=10)
    d.centred("RESOLUTIONS ADOPTED BY THE COUNCIL AT ITS 103RD SESSION", FB, FS, before=8)
    c = d.c
    x0, x1, x2, x3 = LM, LM + 80, LM + 340, W - RM
    y = d.y - 30
    c.setLineWidth(0.6)
    c.line(x0, y + 14, x3, y + 14)
    c.setFont(FB, 10)
    c.drawString(x0 + 4, y, "Resolution No.")
    c.drawString(x1 + 6, y, "Title")
    c.drawString(x2 + 6, y, "Date of adoption")
    y -= 8
    c.line(x0, y, x3, y)
    for num, title, date in RESOLUTIONS:
        lines = wrap(title, (x2 - x1 - 14, x2 - x1 - 14), F, 10)
        y -= 14
        c.setFont(F, 10)
        c.drawString(x0 + 4, y, num)
        c.drawString(x2 + 6, y, date)
        for i, ln in enumerate(lines):
            if i:
                y -= 12
            d.draw_words(ln, x1 + 6, y, x2 - x1 - 14, False, F, 10)
        y -= 7
        c.line(x0, y, x3, y)
    d.finish_page()
    d.mode = "done"


if __name__ == "__main__":
    doc = Doc("council-report-2013.pdf")
    cover(doc)
    body(doc)
    annex(doc)
    doc.c.save()
