"""Draws info-note-2017.pdf: an IOM information note to the Council (C/108/INF/1, 2017), with reportlab."""
import re
import os
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "info-note-2017.pdf")

SYMBOL = "C/108/INF/1"
PAGE_W, PAGE_H = A4
LEFT = 72
RIGHT = PAGE_W - 68
WIDTH = RIGHT - LEFT
TOP = PAGE_H - 60
BOTTOM = 64

BODY_FONT = "Times-Roman"
BOLD_FONT = "Times-Bold"
ITAL_FONT = "Times-Italic"
SIZE = 11.5
LEAD = 14
FN_SIZE = 9.5
FN_LEAD = 11.5
SUP_SIZE = 7
SUP_RISE = 4.2
TAB = 36

TITLE_LINES = ["UPDATE ON THE SAFETY AND SECURITY OF IOM STAFF", "AND OPERATIONS"]

FOOTNOTES = {
    "1": "IOM joined the field security arrangements coordinated by the Office of the United Nations "
         "Security Coordinator, the predecessor of the Department of Safety and Security (UNDSS), in 2001. "
         "The Memorandum of Understanding between IOM and UNDSS was last revised in 2013.",
    "2": "The main findings and recommendations of the review were presented to the Standing Committee "
         "on Programmes and Finance at its Nineteenth Session in document S/19/7.",
}

# ---------------------------------------------------------------- the text
# ("h", text)             unnumbered heading in capitals
# ("p", n, text)          numbered paragraph; ^N marks a raised footnote marker
# ("b", text)             bullet item
# ("table", caption, head, rows, total)
BODY = [
    ("h", "PURPOSE OF THIS NOTE"),
    ("p", "1", "This note informs Member States of the measures taken by the Administration since the "
     "107th Session of the Council to strengthen the safety and security of IOM staff, premises and "
     "operations. It complements the information on security-related costs contained in the Programme "
     "and Budget for 2018 (C/108/6) and responds to the request of the Standing Committee on Programmes "
     "and Finance, at its Twentieth Session in June 2017, that the Administration report to the Council "
     "once a year on the subject."),
    ("p", "2", "IOM personnel now work in more than 150 countries, and a growing share of them are "
     "deployed in locations assessed as high or very high risk, in support of the Organization's "
     "humanitarian operations. The Administration remains committed to the principle that no programme "
     "should be implemented without adequate security arrangements, and that the duty of care owed by "
     "the Organization extends equally to international and national staff, to consultants and to "
     "personnel working under IOM contractual arrangements."),
    ("h", "BACKGROUND"),
    ("p", "3", "Since 2001,^1 IOM has been part of the United Nations Security Management System "
     "(UNSMS), and its security policies and procedures are aligned with those of the System. Since the entry "
     "into force of the Agreement concerning the Relationship between the United Nations and the "
     "International Organization for Migration, approved by the Council through Resolution No. 1317 of "
     "30 June 2016, the Organization has participated in the Inter-Agency Security Management Network "
     "on the same footing as the other members of the UNSMS."),
    ("p", "4", "Security policy, threat and risk analysis and support to country offices are the "
     "responsibility of the Staff Security Unit (SSU) at Headquarters, which also runs a security "
     "operations centre at the Manila Administrative Centre. At 30 September 2017, the Unit and the "
     "field security network together comprised 87 security professionals, of whom 22 were international "
     "field security officers and 65 national security assistants, compared with 74 at the end of 2015."),
    ("h", "THE SECURITY ENVIRONMENT IN 2017"),
    ("p", "5", "The operating environment remained difficult throughout the year. Between 1 January and "
     "30 September 2017, the Unit recorded 312 security incidents affecting IOM personnel, premises or "
     "assets, against 276 in the same period of 2016. The incidents of greatest concern were the "
     "following:"),
    ("b", "the deaths of two national staff members in separate security incidents in the Central "
     "African Republic and South Sudan;"),
    ("b", "the abduction of a contracted driver in north-east Nigeria, who was released unharmed after "
     "19 days;"),
    ("b", "armed robbery and carjacking, which together accounted for 41 per cent of all incidents "
     "reported; and"),
    ("b", "the damage caused to IOM offices and warehouses by Hurricanes Irma and Maria in the "
     "Caribbean in September 2017."),
    ("p", "6", "Nearly two thirds of all incidents occurred in the seven countries where IOM runs its "
     "largest humanitarian operations: Afghanistan, Iraq, Nigeria, Somalia, South Sudan, the Syrian Arab "
     "Republic and Yemen. In these countries staff often work in remote areas, at displacement sites and "
     "at border crossing points, where few other humanitarian actors are present."),
    ("p", "7", "The Director General wishes to express his deep condolences to the families of the "
     "colleagues who lost their lives, and his gratitude to the host Governments that assisted the "
     "Organization in responding to incidents involving its personnel."),
    ("h", "MEASURES TAKEN BY THE ADMINISTRATION"),
    ("p", "8", "Following the internal review of the security function completed in 2016,^2 the "
     "Administration has focused on three priorities: strengthening security capacity in the field, "
     "improving the quality of security risk management, and ensuring that security costs are planned "
     "and budgeted as an integral part of every project."),
    ("p", "9", "Three new international field security officer posts were established in 2017, in "
     "Maiduguri, Cox's Bazar and Gaziantep, and the regional security officer positions in Dakar and "
     "Nairobi were filled after extended vacancies. Security risk management assessments were completed "
     "or updated for 46 country offices; every office in a location assessed as high or very high risk "
     "now has an approved assessment."),
    ("p", "10", "In March 2017 the Unit introduced a web-based incident reporting tool, which has reduced "
     "the average time taken to report an incident to Headquarters from three days to less than "
     "24 hours. The tool also allows the Administration to analyse trends across regions and to share "
     "incident data with UNDSS."),
    ("h", "FUNDING OF SECURITY COSTS"),
    ("p", "11", "Security costs are met from three sources: Operational Support Income allocated to the "
     "Staff Security Unit, the Administrative Part of the Budget, and the security lines included in "
     "project budgets in accordance with the Organization's project-related cost policy. IOM's share of "
     "the UNSMS cost-sharing arrangement is charged to the same sources."),
    ("p", "12", "Expenditure on security increased in 2017, mainly as a result of the new field posts and "
     "higher cost-sharing charges. Actual expenditure for 2016 and the estimate for 2017 are set out "
     "below:"),
    ("table", "Table 1. Expenditure on staff security, 2016\u20132017 (in US dollars)",
     ["Category of expenditure", "2016 (actual)", "2017 (estimate)"],
     [["Staff Security Unit (Headquarters and Manila)", "2,480,000", "2,615,000"],
      ["Field security officers and assistants", "6,905,000", "7,940,000"],
      ["UNSMS cost-sharing (IOM share)", "3,942,000", "4,318,000"],
      ["Training and security equipment", "1,218,000", "1,437,000"]],
     ["Total", "14,545,000", "16,310,000"]),
    ("p", "13", "Some 71 per cent of the estimated total for 2017 is funded through project budgets, "
     "22 per cent from Operational Support Income and 7 per cent from the Administrative Part of the "
     "Budget. The reliance on project funding means that security capacity in some offices depends on "
     "the duration of individual projects, a concern that the Administration will continue to raise "
     "with donors."),
    ("h", "TRAINING AND STAFF WELL-BEING"),
    ("p", "14", "All staff members are required to complete the online Basic Security in the Field "
     "course before travelling on mission. In 2017 the Safe and Secure Approaches in Field Environments "
     "training was delivered to 1,240 staff members in 23 countries, and 96 managers took part in the "
     "security management training organized jointly with UNDSS."),
    ("p", "15", "The Occupational Health Unit and the Staff Welfare Officer deployed counsellors to "
     "Bangladesh, Iraq and South Sudan, and a confidential psychosocial support line has been available "
     "to all staff since May 2017. Staff who have been exposed to critical incidents are offered "
     "individual follow-up."),
    ("h", "THE WAY FORWARD"),
    ("p", "16", "In 2018 the Administration intends to extend the incident reporting tool to the offices "
     "of implementing partners, to complete the security risk management assessments for the remaining "
     "country offices, and to review the security arrangements for staff travelling by road in "
     "high-risk locations. It will report on progress to the Standing Committee on Programmes and "
     "Finance in 2018."),
    ("p", "17", "The Council is invited to take note of the information contained in this document."),
]


# ---------------------------------------------------------------- text tools
def words_of(text, font=BODY_FONT, size=SIZE):
    """Split a text into words; each word is a list of runs (string, font, size, rise)."""
    out = []
    for tok in text.split(" "):
        if not tok:
            continue
        runs = []
        for part in re.split(r"(\^\d+)", tok):
            if not part:
                continue
            if part.startswith("^"):
                runs.append((part[1:], font, SUP_SIZE, SUP_RISE))
            else:
                runs.append((part, font, size, 0))
        out.append(runs)
    return out


def word_width(runs):
    return sum(stringWidth(s, f, z) for s, f, z, _ in runs)


def markers_in(line):
    return [s for w in line for s, f, z, r in w if r]


def wrap(words, first_width, width, space_w):
    lines, cur, cur_w = [], [], 0
    avail = first_width
    for w in words:
        ww = word_width(w)
        add = ww if not cur else cur_w + space_w + ww
        if cur and add > avail:
            lines.append(cur)
            cur, cur_w, avail = [w], ww, width
        else:
            cur, cur_w = cur + [w], add
    if cur:
        lines.append(cur)
    return lines


class Doc:
    def __init__(self, path):
        self.c = canvas.Canvas(path, pagesize=A4)
        self.c.setTitle("C/108/INF/1 - Update on the safety and security of IOM staff and operations")
        self.c.setAuthor("International Organization for Migration")
        self.page = 0
        self.y = None
        self.fns = []
        self.fn_h = 0

    # ---- pages
    def cover(self):
        c = self.c
        c.setFont(BODY_FONT, 12)
        c.drawRightString(RIGHT, PAGE_H - 62, SYMBOL)
        c.setFont(BODY_FONT, 11)
        c.drawRightString(RIGHT, PAGE_H - 86, "Original: English")
        c.drawRightString(RIGHT, PAGE_H - 100, "6 November 2017")
        c.setFont(BOLD_FONT, 12)
        c.drawCentredString(PAGE_W / 2, PAGE_H - 190, "COUNCIL")
        c.setFont(BODY_FONT, 12)
        c.drawCentredString(PAGE_W / 2, PAGE_H - 206, "108th Session")
        c.setFont(BOLD_FONT, 13)
        y = PAGE_H - 330
        for ln in TITLE_LINES:
            c.drawCentredString(PAGE_W / 2, y, ln)
            y -= 17
        c.setFont(BODY_FONT, 11.5)
        c.drawCentredString(PAGE_W / 2, y - 14, "(Information note submitted by the Administration)")
        # trilingual footer
        c.setFont(BOLD_FONT, 12)
        fy = 70
        c.drawString(LEFT + 20, fy, "COUNCIL")
        c.drawCentredString(PAGE_W / 2, fy, "CONSEIL")
        c.drawRightString(RIGHT - 20, fy, "CONSEJO")
        c.setLineWidth(0.6)
        c.line(LEFT, fy + 16, RIGHT, fy + 16)
        c.showPage()

    def new_page(self):
        if self.page:
            self.finish_page()
        self.page += 1
        c = self.c
        c.setFont(BODY_FONT, 11)
        c.drawRightString(RIGHT, PAGE_H - 44, SYMBOL)
        c.drawRightString(RIGHT, PAGE_H - 57, "Page %d" % self.page)
        self.y = TOP - 24
        self.fns = []
        self.fn_h = 0

    def fn_lines(self, key):
        words = words_of(FOOTNOTES[key], size=FN_SIZE)
        return wrap(words, WIDTH - 10, WIDTH - 10, stringWidth(" ", BODY_FONT, FN_SIZE))

    def fn_height(self, key):
        return len(self.fn_lines(key)) * FN_LEAD + 3

    def finish_page(self):
        if not self.fns:
            self.c.showPage()
            return
        c = self.c
        y = BOTTOM + self.fn_h - 14
        c.setLineWidth(0.5)
        c.line(LEFT, y + 8, LEFT + 144, y + 8)
        y -= 6
        for key in self.fns:
            lines = self.fn_lines(key)
            c.setFont(BODY_FONT, SUP_SIZE)
            c.drawString(LEFT, y + SUP_RISE, key)
            for ln in lines:
                self.draw_line(ln, LEFT + 10, WIDTH - 10, y, FN_SIZE, justify=(ln is not lines[-1]))
                y -= FN_LEAD
            y -= 3
        c.showPage()

    def room(self):
        return self.y - (BOTTOM + self.fn_h)

    def ensure(self, h):
        if self.room() < h:
            self.new_page()

    # ---- drawing
    def draw_line(self, line, x, width, y, size, justify=False):
        space_w = stringWidth(" ", BODY_FONT, size)
        natural = sum(word_width(w) for w in line) + space_w * (len(line) - 1)
        gap = space_w
        if justify and len(line) > 1:
            gap = space_w + (width - natural) / (len(line) - 1)
        c = self.c
        for w in line:
            for s, f, z, r in w:
                c.setFont(f, z)
                c.drawString(x, y + r, s)
                x += stringWidth(s, f, z)
            x += gap

    def place_line(self, line, x, width, justify):
        """Put one body line, moving to a new page when the line (and its footnotes) do not fit."""
        new = [m for m in markers_in(line) if m not in self.fns]
        extra = sum(self.fn_height(m) for m in new) + (14 if new and not self.fns else 0)
        if self.room() < LEAD + extra:
            self.new_page()
            extra = sum(self.fn_height(m) for m in new) + (14 if new else 0)
        self.draw_line(line, x, width, self.y, SIZE, justify)
        self.y -= LEAD
        for m in new:
            self.fns.append(m)
        self.fn_h += extra

    def heading(self, text):
        self.ensure(LEAD * 5)
        self.y -= 4
        self.c.setFont(BOLD_FONT, SIZE)
        self.c.drawString(LEFT, self.y, text)
        self.y -= LEAD + 13

    def para(self, num, text):
        words = words_of(text)
        space_w = stringWidth(" ", BODY_FONT, SIZE)
        lines = wrap(words, WIDTH - TAB, WIDTH, space_w)
        first = True
        for i, ln in enumerate(lines):
            last = i == len(lines) - 1
            if first:
                self.place_line(ln, LEFT + TAB, WIDTH - TAB, not last)
                self.c.setFont(BODY_FONT, SIZE)
                self.c.drawString(LEFT, self.y + LEAD, num + ".")
                first = False
            else:
                self.place_line(ln, LEFT, WIDTH, not last)
        self.y -= 13

    def bullet(self, text):
        words = words_of(text)
        space_w = stringWidth(" ", BODY_FONT, SIZE)
        ind = LEFT + TAB + 18
        lines = wrap(words, RIGHT - ind, RIGHT - ind, space_w)
        for i, ln in enumerate(lines):
            self.place_line(ln, ind, RIGHT - ind, i < len(lines) - 1)
            if i == 0:
                self.c.setFont(BODY_FONT, SIZE)
                self.c.drawString(LEFT + TAB, self.y + LEAD, "\u2022")
        self.y -= 10

    def table(self, caption, head, rows, total):
        c = self.c
        row_h = 16
        h = 20 + row_h * (len(rows) + 3) + 10
        self.ensure(h)
        c.setFont(BOLD_FONT, SIZE)
        c.drawCentredString(PAGE_W / 2, self.y, caption)
        self.y -= 20
        x0, x_2016, x_2017 = LEFT + 24, LEFT + 355, RIGHT - 14
        c.setLineWidth(0.6)
        c.line(x0 - 4, self.y + 12, x_2017 + 4, self.y + 12)
        c.setFont(BOLD_FONT, 10.5)
        c.drawString(x0, self.y, head[0])
        c.drawRightString(x_2016, self.y, head[1])
        c.drawRightString(x_2017, self.y, head[2])
        c.line(x0 - 4, self.y - 5, x_2017 + 4, self.y - 5)
        self.y -= row_h + 2
        c.setFont(BODY_FONT, 10.5)
        for r in rows:
            c.drawString(x0, self.y, r[0])
            c.drawRightString(x_2016, self.y, r[1])
            c.drawRightString(x_2017, self.y, r[2])
            self.y -= row_h
        c.line(x0 - 4, self.y + 11, x_2017 + 4, self.y + 11)
        c.setFont(BOLD_FONT, 10.5)
        c.drawString(x0, self.y, total[0])
        c.drawRightString(x_2016, self.y, total[1])
        c.drawRightString(x_2017, self.y, total[2])
        c.line(x0 - 4, self.y - 5, x_2017 + 4, self.y - 5)
        self.y -= row_h + 12

    def run(self):
        self.cover()
        self.new_page()
        self.c.setFont(BOLD_FONT, 12)
        for ln in TITLE_LINES:
            self.c.drawCentredString(PAGE_W / 2, self.y, ln)
            self.y -= 16
        self.y -= 18
        i = 0
        while i < len(BODY):
            b = BODY[i]
            if b[0] == "h":
                self.heading(b[1])
            elif b[0] == "p":
                nxt = BODY[i + 1] if i + 1 < len(BODY) else None
                if nxt and nxt[0] == "table":
                    # keep the sentence ending with a colon with the caption and table
                    self.ensure(LEAD * 3 + 20 + 16 * (len(nxt[3]) + 3) + 10)
                self.para(b[1], b[2])
            elif b[0] == "b":
                self.bullet(b[1])
            elif b[0] == "table":
                self.table(*b[1:])
            i += 1
        self.finish_page()
        self.c.save()


if __name__ == "__main__":
    Doc(OUT).run()
    print("wrote", OUT)
