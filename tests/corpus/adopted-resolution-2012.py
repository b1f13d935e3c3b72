# Draws adopted-resolution-2012.pdf: an invented IOM Council resolution of 2012 (MC era),
# issued on its own, two A4 pages, laid out with a small hand-made flow engine on reportlab's canvas.
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

OUT = "adopted-resolution-2012.pdf"
SYMBOL = "MC/2371"
W, H = A4
LM, RM = 72.0, W - 72.0
TOP, BOTTOM = H - 60.0, 70.0
SIZE, LEAD = 12.0, 14.4
FN_SIZE, FN_LEAD = 9.5, 11.4
FONTS = {"R": "Times-Roman", "I": "Times-Italic", "B": "Times-Bold"}

# ---------------------------------------------------------------- content
PREAMBLE = [
    [("I", "Recalling"), ("R", " its Resolution No. 1150 of 7 June 2007, by which it adopted the IOM "
     "Strategy, and the importance that the Strategy attaches to a sound, predictable and sufficient "
     "funding base for the core structure of the Organization,")],
    [("I", "Further recalling"), ("R", " Resolution No. 1217 of 2 December 2010, by which it established "
     "the Working Group on Budget Reform, and Resolution No. 1229 of 29 November 2011, by which it "
     "extended the mandate of the Working Group until 31 December 2012,")],
    [("I", "Having considered"), ("R", " the report of the Chairperson of the Working Group on Budget "
     "Reform on the work carried out in 2012,"), ("S", "1")],
    [("I", "Taking note"), ("R", " of the comments and recommendations made by the Standing Committee on "
     "Programmes and Finance at its Eleventh Session, as set out in its report (SCPF/97),")],
    [("I", "Conscious"), ("R", " that the growth in the membership, activities and staff of the "
     "Organization over the past decade has not been matched by a corresponding increase in the "
     "administrative part of the budget, and that this imbalance places a growing strain on the core "
     "structure,")],
    [("I", "Mindful"), ("R", " of the financial constraints currently faced by many Member States and of "
     "the continued application of the principle of zero nominal growth to the administrative part of "
     "the budget,")],
    [("I", "Welcoming"), ("R", " the measures already taken by the Administration to contain the costs of "
     "the core structure, including the transfer of certain administrative functions to the Manila and "
     "Panama Administrative Centres,")],
    [("I", "Recognizing"), ("R", " the constructive spirit in which Member States and the Administration "
     "have taken part in the discussions of the Working Group, and the need to bring those discussions "
     "to a conclusion within a reasonable time,")],
]

OPERATIVE = [
    ("1.", [("I", "Takes note with appreciation"), ("R", " of the report of the Chairperson of the Working "
     "Group on Budget Reform and of the progress made by the Working Group during 2012;")], None),
    ("2.", [("I", "Decides"), ("R", " to extend the mandate of the Working Group on Budget Reform until "
     "31 December 2013, with the composition and working methods established in Resolution No. 1217, it "
     "being understood that the Working Group shall remain open to all Member States and to observers "
     "that wish to follow its work;")],
     None),
    ("3.", [("I", "Adopts"), ("R", " the revised terms of reference of the Working Group, under which the "
     "Working Group shall, in close consultation with the Administration:")],
     [
        ("(a)", [("R", "review the structure and the sources of funding of the administrative part of the "
         "budget, including those costs of the core structure that are at present covered from "
         "Operational Support Income;")]),
        ("(b)", [("R", "examine options for a gradual adjustment of the assessed contributions of Member "
         "States, taking into account the scale of assessment and the situation of Member States with "
         "limited capacity to pay;")]),
        ("(c)", [("R", "consider measures to improve the transparency and predictability of "
         "project-related overhead charges, and the criteria governing their use;")]),
        ("(d)", [("R", "assess the financial implications of each option for the programmes of the "
         "Organization and for its staff in the field; and")]),
        ("(e)", [("R", "formulate concrete recommendations for consideration by the Standing Committee on "
         "Programmes and Finance;")]),
     ]),
    ("4.", [("I", "Requests"), ("R", " the Director General to provide the Working Group, within existing "
     "resources, with the financial information and the secretariat support that it requires to carry "
     "out its mandate;")], None),
    ("5.", [("I", "Invites"), ("R", " Member States that are in a position to do so to make unearmarked "
     "voluntary contributions, which give the Organization the flexibility it needs to strengthen its "
     "core structure;")], None),
    ("6.", [("R", "Pending the conclusion of the work of the Working Group, "), ("I", "decides"),
     ("R", " that the administrative part of the budget for 2013 shall remain at the level approved in "
     "Resolution No. 1239 of 27 November 2012 on the Programme and Budget for 2013,"), ("S", "2"),
     ("R", " and that any proposal to increase it shall be submitted to the Council through the Standing "
     "Committee on Programmes and Finance;")], None),
    ("7.", [("I", "Further requests"), ("R", " the Chairperson of the Working Group to present an interim "
     "report to the Standing Committee on Programmes and Finance at its Twelfth Session in 2013, and a "
     "final report containing the recommendations referred to in paragraph 3(e) above to the Council at "
     "its next regular session;")], None),
    ("8.", [("I", "Decides"), ("R", " to review the question of budget reform at that session, in the light "
     "of the final report of the Working Group.")], None),
]

FOOTNOTES = {
    "1": [("R", "Document MC/2367, Report of the Chairperson of the Working Group on Budget Reform "
           "(2 November 2012).")],
    "2": [("R", "See document MC/2362, Programme and Budget for 2013, in particular Part I "
           "\u2013 Administration, which sets out the staffing and costs of the core structure.")],
}


# ---------------------------------------------------------------- layout engine
def tokens(segs, size):
    """Split styled segments into words: (text, style, width, space_before)."""
    out = []
    pending = False  # a space was seen since the last word
    for style, text in segs:
        if style == "S":
            out.append((text, "S", stringWidth(text, FONTS["R"], size * 0.62), False))
            pending = False
            continue
        word = ""
        for ch in text + "\0":
            if ch in " \0":
                if word:
                    out.append((word, style, stringWidth(word, FONTS[style], size),
                                bool(out) and pending))
                    word, pending = "", False
                if ch == " ":
                    pending = True
            else:
                word += ch
    return out


def wrap(segs, width_first, width_rest, size):
    toks = tokens(segs, size)
    space = stringWidth(" ", FONTS["R"], size)
    lines, cur, curw = [], [], 0.0
    for t in toks:
        width = width_first if not lines else width_rest
        add = t[2] + (space if (cur and t[3]) else 0)
        if cur and curw + add > width and t[1] != "S":
            lines.append(cur)
            cur, curw = [t[:2] + (t[2], False)], t[2]
        else:
            cur.append(t)
            curw += add
    if cur:
        lines.append(cur)
    return lines


class Doc:
    def __init__(self):
        self.c = canvas.Canvas(OUT, pagesize=A4)
        self.c.setTitle("MC/2371 - Resolution No. 1246")
        self.c.setAuthor("IOM Council (invented test document)")
        self.page = 1
        self.y = TOP
        self.page_notes = []

    def bottom(self, extra_notes=()):
        notes = self.page_notes + list(extra_notes)
        if not notes:
            return BOTTOM
        h = 16.0
        for n in notes:
            h += FN_LEAD * len(wrap(FOOTNOTES[n], RM - LM - 14, RM - LM - 14, FN_SIZE)) + 2
        return BOTTOM + h

    def draw_line(self, line, x, y, width, size, justify):
        space = stringWidth(" ", FONTS["R"], size)
        natural = sum(t[2] for t in line) + space * sum(1 for i, t in enumerate(line) if i and t[3])
        gaps = sum(1 for i, t in enumerate(line) if i and t[3])
        extra = (width - natural) / gaps if (justify and gaps) else 0.0
        cx = x
        for i, (text, style, w, sp) in enumerate(line):
            if i and sp:
                cx += space + extra
            if style == "S":
                self.c.setFont(FONTS["R"], size * 0.62)
                self.c.drawString(cx + 0.5, y + size * 0.38, text)
                cx += w + 0.5
            else:
                self.c.setFont(FONTS[style], size)
                self.c.drawString(cx, y, text)
                cx += w

    def new_page(self):
        self.finish_page()
        self.c.showPage()
        self.page += 1
        self.page_notes = []
        self.c.setFont("Times-Roman", 11)
        self.c.drawRightString(RM, H - 45, SYMBOL)
        self.c.drawRightString(RM, H - 45 - 13, "Page %d" % self.page)
        self.y = H - 45 - 13 - 34

    def finish_page(self):
        if self.page_notes:
            h = 0.0
            wrapped = []
            for n in self.page_notes:
                ls = wrap(FOOTNOTES[n], RM - LM - 14, RM - LM - 14, FN_SIZE)
                wrapped.append((n, ls))
                h += FN_LEAD * len(ls) + 2
            y = BOTTOM + h
            self.c.setLineWidth(0.5)
            self.c.line(LM, y + 4, LM + 144, y + 4)
            y -= FN_LEAD - 2
            for n, ls in wrapped:
                self.c.setFont(FONTS["R"], FN_SIZE * 0.62)
                self.c.drawString(LM + 2, y + FN_SIZE * 0.38, n)
                for i, ln in enumerate(ls):
                    self.draw_line(ln, LM + 14, y, RM - LM - 14, FN_SIZE,
                                   justify=(i < len(ls) - 1))
                    y -= FN_LEAD
                y -= 2
        if self.page == 1:
            self.c.setFont("Helvetica-Bold", 8)
            self.c.drawString(LM, 40, "COUNCIL")
            self.c.drawCentredString(W / 2, 40, "CONSEIL")
            self.c.drawRightString(RM, 40, "CONSEJO")

    def para(self, segs, left, first_left, label=None, label_x=None, gap=LEAD * 0.75):
        """Flow one block; the label (clause number) hangs at label_x."""
        lines = wrap(segs, RM - first_left, RM - left, SIZE)
        self.y -= gap
        for i, ln in enumerate(lines):
            marks = [t[0] for t in ln if t[1] == "S"]
            if self.y - LEAD < self.bottom(marks):
                self.new_page()
            self.y -= LEAD
            x = first_left if i == 0 else left
            self.draw_line(ln, x, self.y, RM - x, SIZE, justify=(i < len(lines) - 1))
            if i == 0 and label:
                self.c.setFont(FONTS["R"], SIZE)
                self.c.drawString(label_x, self.y, label)
            self.page_notes.extend(m for m in marks if m not in self.page_notes)

    def centred(self, text, font, size, gap):
        self.y -= gap
        self.c.setFont(font, size)
        self.c.drawCentredString(W / 2, self.y, text)

    def save(self):
        self.finish_page()
        self.c.save()


# ---------------------------------------------------------------- the page
d = Doc()
c = d.c
c.setFont("Times-Bold", 12)
c.drawRightString(RM, H - 60, SYMBOL)
c.setFont("Times-Roman", 11)
c.drawRightString(RM, H - 60 - 15, "Original: English")
c.drawRightString(RM, H - 60 - 29, "30 November 2012")
c.setFont("Times-Bold", 12)
c.drawString(LM, H - 60 - 54, "COUNCIL")
c.drawString(LM, H - 60 - 68, "101ST SESSION")
c.setLineWidth(0.8)
c.line(LM, H - 60 - 78, RM, H - 60 - 78)
d.y = H - 60 - 78
d.centred("RESOLUTION No. 1246", "Times-Bold", 12.5, 24)
d.centred("(Adopted by the Council at its 538th meeting on 28 November 2012)", "Times-Roman", 11.5, 17)
d.centred("WORKING GROUP ON BUDGET REFORM: EXTENSION OF ITS", "Times-Bold", 12, 26)
d.centred("MANDATE AND REVISED TERMS OF REFERENCE", "Times-Bold", 12, 15)
d.y -= 8
d.para([("I", "The Council,")], LM + 36, LM + 36, gap=LEAD)
for clause in PREAMBLE:
    d.para(clause, LM, LM + 36)
for num, segs, items in OPERATIVE:
    d.para(segs, LM + 36, LM + 36, label=num, label_x=LM)
    for lab, isegs in items or []:
        d.para(isegs, LM + 72, LM + 72, label=lab, label_x=LM + 36, gap=LEAD * 0.45)
d.save()
print("pages:", d.page)
