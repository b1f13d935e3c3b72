"""Draws statement-2015.pdf: a national statement delivered at the 106th Session of the IOM Council
(general debate, November 2015), laid out as a mission's printed statement (A4, reportlab canvas)."""

import os
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "statement-2015.pdf")

W, H = A4
LM, RM = 72, 72
TOP = H - 72
BOTTOM = 62
TW = W - LM - RM

BODY_FONT, BODY_SIZE, LEAD = "Times-Roman", 12, 16.5
FN_SIZE, FN_LEAD = 9.5, 11.5
SUP_SIZE, SUP_RISE = 7, 4.2

FOOTNOTES = {
    "1": "General Assembly resolution 70/1 (A/RES/70/1), adopted on 25 September 2015. See also "
         "targets 8.8 and 10.c, on the rights of migrant workers and on the transaction costs of "
         "remittances.",
    "2": "Document C/106/40, discussed by Member States at informal consultations held in October and "
         "November 2015.",
    "3": "Of these, 312 were evacuated from Libya and 128 from Yemen. Figures of the Ghana Immigration "
         "Service as at 31 October 2015.",
}

# Body blocks. A marker is written ^n right after the word (and its punctuation) that carries it.
BLOCKS = [
    ("line", "Mr Chairperson, Director General, Excellencies, distinguished delegates,"),
    ("para", "1", "My delegation congratulates you, Mr Chairperson, and the other members of the Bureau "
     "on your election, and assures you of our full cooperation during this 106th Session. We also thank "
     "the Director General for his comprehensive statement and for the leadership he and his staff have "
     "shown in what has been, by any measure, an exceptionally demanding year for the Organization."),
    ("para", "2", "Ghana aligns itself with the statement delivered by the distinguished representative "
     "of Egypt on behalf of the African Group, and wishes to add the following remarks in its national "
     "capacity."),
    ("para", "3", "Mr Chairperson, 2015 will be remembered as the year in which the world could no longer "
     "look away from the human face of migration. The images from the Mediterranean, the Andaman Sea and "
     "the Western Balkans have reminded us that, where safe and regular channels are absent, people will "
     "take irregular and dangerous routes, and that the price is too often paid in lives. Yet this year "
     "the international community has also taken a historic step: for the first time, migration is "
     "explicitly recognized in a global development framework, the 2030 Agenda for Sustainable "
     "Development,^1 whose target 10.7 calls on all States to facilitate orderly, safe, regular and "
     "responsible migration and mobility of people, including through the implementation of planned and "
     "well-managed migration policies."),
    ("para", "4", "My delegation believes that the 2030 Agenda gives this Organization both an opportunity "
     "and a responsibility. Target 10.7 will mean little unless States share an understanding of what "
     "\u201cwell-managed\u201d migration policies are, and have practical means of measuring their own "
     "progress towards them. Governments of countries of origin, in particular, need support in building "
     "the data systems without which no such measurement is possible."),
    ("para", "5", "It is in this light that we welcome the Migration Governance Framework presented by "
     "the Administration (C/106/40).^2 Its three principles and three objectives offer a concise and, in "
     "our view, balanced statement of what good migration governance entails: adherence to international "
     "standards and the fulfilment of migrants\u2019 rights; evidence-based and whole-of-government "
     "approaches; and partnerships. We appreciate that the Framework was developed through open "
     "consultations with the membership, and we support the draft resolution before the Council that "
     "would welcome it (C/106/L/14)."),
    ("para", "6", "For a country of origin, transit and destination such as Ghana, migration governance is "
     "not an abstract notion. Our draft National Migration Policy, prepared with the support of IOM and "
     "now before Cabinet, seeks to mainstream migration into national development planning, to engage "
     "our diaspora more systematically and to strengthen the protection of Ghanaians abroad, in "
     "particular domestic workers in the countries of the Gulf."),
    ("para", "7", "Return and reintegration remain a central element of our cooperation with the "
     "Organization. Since January 2014, 3,412 Ghanaian nationals have returned home with IOM "
     "assistance:"),
    ("bullet", "1,870 returned voluntarily from countries of the European Union under assisted voluntary "
     "return and reintegration programmes;"),
    ("bullet", "1,102 returned from countries of North Africa and the Middle East, many of them after "
     "periods of detention or exploitation; and"),
    ("bullet", "440 were evacuated from Libya and Yemen as the security situation in those countries "
     "deteriorated.^3"),
    ("para", "8", "We are grateful to the Member States that have financed these programmes, and to the "
     "IOM staff who, often at considerable personal risk, made the evacuations possible. Return, however, "
     "is only sustainable when returnees can build a livelihood at home. Of the returnees I have just "
     "mentioned, fewer than one in three has so far received reintegration support beyond an initial "
     "allowance. We therefore call on donors to give greater weight to the reintegration phase, and on "
     "IOM to follow the outcomes of its programmes over a longer period."),
    ("line", "Mr Chairperson,"),
    ("para", "9", "Turning to humanitarian crises, my delegation commends the Organization for its "
     "response to the Ebola virus disease outbreak in West Africa. By mapping population movements across "
     "the borders of Guinea, Liberia and Sierra Leone, training frontline health and border officials and "
     "supporting the establishment of health screening at points of entry, IOM helped to contain a "
     "disease that knows no borders. The experience confirmed the value of the Migration Crisis "
     "Operational Framework, endorsed by the Council in Resolution No. 1243 of 27 November 2012 "
     "(MC/2355), as a tool that links the mobility dimensions of a crisis to the Organization\u2019s "
     "sectors of assistance."),
    ("para", "10", "In the light of these experiences, my delegation would encourage the Administration "
     "to:"),
    ("item", "(a)", "integrate mobility and border health dimensions systematically into its preparedness "
     "work with countries at risk of public health emergencies;"),
    ("item", "(b)", "continue to apply the Migration Crisis Operational Framework to slow-onset crises, "
     "including those linked to environmental degradation and climate change;"),
    ("item", "(c)", "inform Member States regularly, through the Standing Committee on Programmes and "
     "Finance, of the funding gaps in its emergency appeals; and"),
    ("item", "(d)", "keep the protection of migrants caught in countries in crisis at the centre of its "
     "humanitarian work, in close cooperation with the Migrants in Countries in Crisis initiative."),
    ("para", "11", "Mr Chairperson, none of this can be achieved without a predictable financial base. "
     "Operational activities have grown far faster than the core structure that supports them, and the "
     "Administration cannot be expected to manage an operational budget that has more than doubled in a "
     "decade with a core structure that has barely moved. Ghana has paid its assessed contribution for "
     "2015 in full and will engage constructively in the discussions on core funding that will continue "
     "in the Standing Committee next year."),
    ("para", "12", "My delegation has also followed with great interest the discussions on the "
     "relationship between IOM and the United Nations. We are open to a closer relationship, provided "
     "that any outcome preserves the Organization\u2019s responsiveness, its efficiency and the "
     "field-based, project-driven character that has made it the leading agency in the field of "
     "migration."),
    ("para", "13", "As the Organization prepares to mark its sixty-fifth anniversary in 2016, Ghana renews "
     "its commitment to its work and to the principle, enshrined in its Constitution, that humane and "
     "orderly migration benefits migrants and society alike."),
    ("line", "I thank you, Mr Chairperson."),
]


def tokens(text):
    """Split into words; each word -> (word, marker or None)."""
    out = []
    for w in text.split():
        if "^" in w:
            base, mk = w.split("^", 1)
            out.append((base, mk))
        else:
            out.append((w, None))
    return out


def wwidth(tok, font, size, sup_size):
    base, mk = tok
    wd = stringWidth(base, font, size)
    if mk:
        wd += stringWidth(mk, font, sup_size) + 0.3
    return wd


def wrap(toks, widths, font, size, sup_size):
    """widths: function(line_index) -> available width. Returns list of token lists."""
    lines, cur, curw = [], [], 0.0
    sp = stringWidth(" ", font, size)
    for t in toks:
        tw = wwidth(t, font, size, sup_size)
        avail = widths(len(lines))
        need = tw if not cur else curw + sp + tw
        if cur and need > avail:
            lines.append(cur)
            cur, curw = [t], tw
        else:
            cur.append(t)
            curw = need
    if cur:
        lines.append(cur)
    return lines


def draw_line(c, toks, x, y, width, justify, font, size, sup_size, rise):
    sp = stringWidth(" ", font, size)
    total = sum(wwidth(t, font, size, sup_size) for t in toks)
    gap = sp
    if justify and len(toks) > 1:
        gap = (width - total) / (len(toks) - 1)
        if gap > sp * 2.6:
            gap = sp
    cx = x
    for base, mk in toks:
        c.setFont(font, size)
        c.drawString(cx, y, base)
        cx += stringWidth(base, font, size)
        if mk:
            c.setFont(font, sup_size)
            c.drawString(cx + 0.3, y + rise, mk)
            cx += stringWidth(mk, font, sup_size) + 0.3
        cx += gap


def fn_lines(mk):
    toks = tokens(FOOTNOTES[mk])
    return wrap(toks, lambda i: TW - 18, BODY_FONT, FN_SIZE, SUP_SIZE)


def fn_height(mks):
    if not mks:
        return 0
    h = 14  # separator rule and gap
    for mk in mks:
        h += len(fn_lines(mk)) * FN_LEAD + 2
    return h


class Pager:
    def __init__(self, c):
        self.c = c
        self.page = 1
        self.fns = []
        self.y = None

    def finish_page(self):
        c = self.c
        if self.fns:
            top = BOTTOM + fn_height(self.fns) - 4
            c.setLineWidth(0.5)
            c.line(LM, top, LM + 144, top)
            y = top - 12
            for mk in self.fns:
                c.setFont(BODY_FONT, SUP_SIZE)
                c.drawString(LM, y + 3.5, mk)
                for ln in fn_lines(mk):
                    draw_line(c, ln, LM + 18, y, TW - 18, False, BODY_FONT, FN_SIZE, SUP_SIZE, 3.5)
                    y -= FN_LEAD
                y -= 2
        c.showPage()
        self.page += 1
        self.fns = []
        c.setFont(BODY_FONT, 10)
        c.drawRightString(W - RM, H - 42, "Page %d" % self.page)
        self.y = TOP - 10

    def place(self, toks, x, width, justify, label=None, label_x=None, before=0):
        """Place one line; break the page first if the line and its footnotes do not fit."""
        mks = [m for _, m in toks if m]
        need_fn = fn_height(self.fns + mks)
        if self.y - LEAD < BOTTOM + need_fn:
            self.finish_page()
        self.y -= LEAD
        if label:
            # bullets are set in the Symbol font, as a word processor does
            self.c.setFont("Symbol" if label == "\u2022" else BODY_FONT, BODY_SIZE)
            self.c.drawString(label_x, self.y, label)
        draw_line(self.c, toks, x, self.y, width, justify, BODY_FONT, BODY_SIZE, SUP_SIZE, SUP_RISE)
        self.fns.extend(mks)


def block(p, toks, first_x, rest_x, right, label=None, label_x=None, gap=LEAD * 0.75):
    widths = lambda i: (right - first_x) if i == 0 else (right - rest_x)
    lines = wrap(toks, widths, BODY_FONT, BODY_SIZE, SUP_SIZE)
    # keep at least two lines of a block together at the page foot
    if p.y - gap - 2 * LEAD < BOTTOM + fn_height(p.fns) and len(lines) > 1:
        p.finish_page()
    else:
        p.y -= gap
    for i, ln in enumerate(lines):
        x = first_x if i == 0 else rest_x
        last = i == len(lines) - 1
        p.place(ln, x, right - x, not last, label if i == 0 else None, label_x)


def main():
    c = canvas.Canvas(OUT, pagesize=A4)
    c.setTitle("Statement by Ghana - 106th Session of the IOM Council")
    c.setAuthor("Permanent Mission of the Republic of Ghana, Geneva")

    # ---- letterhead and cover block (page 1)
    y = H - 58
    c.setFont("Times-Bold", 11)
    c.drawCentredString(W / 2, y, "PERMANENT MISSION OF THE REPUBLIC OF GHANA")
    y -= 13
    c.setFont("Times-Roman", 9)
    c.drawCentredString(W / 2, y, "TO THE UNITED NATIONS OFFICE AND OTHER INTERNATIONAL ORGANIZATIONS IN GENEVA")
    y -= 9
    c.setLineWidth(0.8)
    c.line(LM, y, W - RM, y)
    y -= 24
    c.setFont("Times-Italic", 11)
    c.drawRightString(W - RM, y, "Check against delivery")
    y -= 30
    c.setFont("Times-Roman", 12)
    c.drawCentredString(W / 2, y, "106th Session of the Council of the International Organization for Migration")
    y -= 16
    c.drawCentredString(W / 2, y, "General Debate")
    y -= 32
    c.setFont("Times-Bold", 13)
    c.drawCentredString(W / 2, y, "MIGRATION GOVERNANCE AND THE RESPONSE TO")
    y -= 17
    c.drawCentredString(W / 2, y, "LARGE-SCALE MOVEMENTS OF PEOPLE")
    y -= 30
    c.setFont("Times-Roman", 12)
    c.drawCentredString(W / 2, y, "Statement by H.E. Mr Kofi Amankwah Mensah,")
    y -= 15
    c.drawCentredString(W / 2, y, "Ambassador and Permanent Representative of Ghana")
    y -= 26
    c.drawCentredString(W / 2, y, "25 November 2015")
    y -= 22

    p = Pager(c)
    p.y = y
    right = W - RM
    for b in BLOCKS:
        kind = b[0]
        if kind == "line":
            block(p, tokens(b[1]), LM, LM, right, gap=LEAD * 0.9)
        elif kind == "para":
            block(p, tokens(b[2]), LM + 36, LM, right, label=b[1] + ".", label_x=LM)
        elif kind == "bullet":
            block(p, tokens(b[1]), LM + 54, LM + 54, right, label="\u2022", label_x=LM + 42,
                  gap=LEAD * 0.4)
        elif kind == "item":
            block(p, tokens(b[2]), LM + 72, LM + 72, right, label=b[1], label_x=LM + 36,
                  gap=LEAD * 0.4)
    # last page: footnotes and close
    if p.fns:
        c2 = c
        top = BOTTOM + fn_height(p.fns) - 4
        c2.setLineWidth(0.5)
        c2.line(LM, top, LM + 144, top)
        yy = top - 12
        for mk in p.fns:
            c2.setFont(BODY_FONT, SUP_SIZE)
            c2.drawString(LM, yy + 3.5, mk)
            for ln in fn_lines(mk):
                draw_line(c2, ln, LM + 18, yy, TW - 18, False, BODY_FONT, FN_SIZE, SUP_SIZE, 3.5)
                yy -= FN_LEAD
            yy -= 2
    c.showPage()
    c.save()
    print("pages:", p.page)


if __name__ == "__main__":
    main()
