# Draws policy-framework-2015.pdf (IOM Council document C/106/37, 2015) with fpdf2.
import os
import re
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "policy-framework-2015.pdf")
FONTDIR = "/usr/share/fonts/truetype/dejavu"

SYMBOL = "C/106/37"
PAGE_W, PAGE_H = 210, 297
LEFT, RIGHT = 25, 187
W = RIGHT - LEFT
BODY_TOP = 28
BOTTOM = 279
FS = 10.0          # body font size
LH = 4.8           # body line height
FN_FS = 8.5
FN_LH = 3.8
SUP_FS = 6.5

# ---------------------------------------------------------------- text of the document
TITLE = ["MIGRATION AND THE 2030 AGENDA FOR SUSTAINABLE DEVELOPMENT:",
         "IOM FRAMEWORK FOR ENGAGEMENT, 2016\u20132020"]

FOOTNOTES = {
    "1": "General Assembly resolution 70/1 of 25 September 2015 (A/RES/70/1), \u201cTransforming our "
         "world: the 2030 Agenda for Sustainable Development\u201d.",
    "2": "See the Declaration of the High-level Dialogue on International Migration and Development, "
         "General Assembly resolution 68/4 of 3 October 2013, paragraph 8.",
    "3": "Addis Ababa Action Agenda of the Third International Conference on Financing for Development, "
         "endorsed by the General Assembly in resolution 69/313 of 27 July 2015 (annex, paragraphs 40 and 111).",
    "4": "See document MC/INF/287, adopted by the Council through Resolution No. 1150 of 7 June 2007.",
    "5": "Document MC/2355, endorsed by the Council through Resolution No. 1243 of 27 November 2012.",
    "6": "Document C/106/40, presented in draft form to Member States at the informal consultations "
         "of 9 October 2015.",
    "7": "Report of the Secretary-General on international migration and development (A/68/190), section IV.",
    "8": "On policy coherence, see also the report of the Sixteenth Session of the Standing Committee on "
         "Programmes and Finance (S/16/11), paragraphs 32 to 41.",
    "9": "The allocation for 2016 is included in the Programme and Budget for 2016 (C/106/7). The "
         "allocation for 2017 will be presented in the Programme and Budget for 2017.",
    "10": "General Assembly resolution 67/290 of 9 July 2013 on the format and organizational aspects "
          "of the high-level political forum on sustainable development.",
}

# Blocks: ("h1", num, text) ("h2", num, text) ("p", num, text) ("t", text) ("b", text)
#         ("i", label, text) ("box", text) ("annex",) ("table",) ("note", text)
BODY = [
    ("h1", None, "EXECUTIVE SUMMARY"),
    ("t", "On 25 September 2015, the United Nations General Assembly adopted the 2030 Agenda for Sustainable "
          "Development, which for the first time recognizes the positive contribution of migrants to inclusive "
          "growth and sustainable development and includes several migration-related targets across its "
          "17 Sustainable Development Goals.^1^ The present paper sets out a framework to guide the engagement "
          "of the International Organization for Migration (IOM) in the implementation, follow-up and review "
          "of the new Agenda over the period 2016\u20132020."),
    ("t", "The Framework is built around four pillars, each with its own strategic objectives (see Annex):"),
    ("b", "Pillar 1 \u2013 supporting States in the design and implementation of well-managed migration policies;"),
    ("b", "Pillar 2 \u2013 protecting the rights and well-being of migrants, including in situations of crisis;"),
    ("b", "Pillar 3 \u2013 harnessing migration for development, including through lower remittance costs and "
          "diaspora engagement; and"),
    ("b", "Pillar 4 \u2013 strengthening migration data and the capacity to monitor progress against the "
          "migration-related targets."),
    ("t", "The Framework does not create new mandates. It draws on the IOM Constitution, the IOM Strategy and "
          "the Migration Crisis Operational Framework, and it is intended to be implemented within existing "
          "structures and, for the most part, through projects funded by voluntary contributions. A modest "
          "investment of USD 2.4 million from Operational Support Income is proposed for the first two years "
          "to establish the core capacities described in section 4 of the present paper."),
    ("t", "The Council is invited to take note of the Framework and to endorse its pillars and strategic "
          "objectives."),

    ("h1", "1", "INTRODUCTION"),
    ("p", "1", "At its Sixteenth Session in June 2015, the Standing Committee on Programmes and Finance held a "
               "preliminary exchange of views on the post-2015 development agenda and requested the "
               "Administration to present a more detailed proposal on the role of the Organization in its "
               "implementation. The present document responds to that request and takes account of the comments "
               "made by Member States during informal consultations held in Geneva on 14 September and "
               "9 October 2015."),
    ("p", "2", "The inclusion of migration in the global development framework is the culmination of more than a "
               "decade of advocacy by Member States, civil society and the Organization itself. It follows the "
               "High-level Dialogue on International Migration and Development of October 2013, whose "
               "Declaration called for the integration of migration into the post-2015 agenda,^2^ and builds on "
               "the operational experience of the Organization in more than 150 countries."),
    ("p", "3", "The paper is structured as follows. Section 2 summarizes the migration-related content of the "
               "2030 Agenda and the commitments already made by the Organization. Section 3 presents the "
               "Framework itself: its guiding principles, its four pillars and the partnerships on which it "
               "relies. Section 4 outlines the arrangements for implementation, the resource implications and "
               "the approach to monitoring and reporting, and section 5 sets out the action requested of the "
               "Council."),

    ("h1", "2", "CONTEXT AND RATIONALE"),
    ("h2", "2.1", "Migration in the 2030 Agenda"),
    ("p", "4", "Migration is addressed directly in target 10.7, which calls on States to facilitate orderly, "
               "safe, regular and responsible migration. The Agenda also refers to migrants or mobility in at "
               "least nine other targets, among them the eradication of human trafficking (targets 5.2, 8.7 and "
               "16.2), the protection of the labour rights of migrant workers (target 8.8), the reduction of "
               "remittance transaction costs to less than 3 per cent (target 10.c) and the disaggregation of "
               "data by migratory status (target 17.18)."),
    ("box", "\u201cFacilitate orderly, safe, regular and responsible migration and mobility of people, including "
            "through the implementation of planned and well-managed migration policies.\u201d (Target 10.7 of "
            "the 2030 Agenda for Sustainable Development)"),
    ("p", "5", "The means of implementation agreed in Addis Ababa in July 2015 are equally relevant. The Addis "
               "Ababa Action Agenda commits States to lower the cost of remittances, to enhance the portability "
               "of earned benefits and to cooperate on the recognition of qualifications and skills,^3^ areas in "
               "which the Organization has long-standing programmes."),
    ("p", "6", "Taken together, these commitments mark a shift in the way migration is perceived by the "
               "international community: from a phenomenon to be managed at the margins of development policy "
               "to a factor that can accelerate progress on most of the Goals. They also create an expectation "
               "that States will report on migration-related results through the national and global review "
               "mechanisms of the Agenda, which in many countries will require new data and new forms of "
               "cooperation between ministries."),
    ("h2", "2.2", "Existing policy commitments of the Organization"),
    ("p", "7", "The Framework builds on policy instruments that the governing bodies have already adopted. The "
               "IOM Strategy, adopted by the Council in 2007, commits the Organization to support States in the "
               "development of migration policies and to promote the integration of migration in development "
               "planning.^4^ The Migration Crisis Operational Framework, endorsed in November 2012, provides the "
               "basis for the work of the Organization with populations affected by crises, including the "
               "15 sectors of assistance through which it responds.^5^"),
    ("p", "8", "The Administration is also submitting to the present session of the Council a Migration "
               "Governance Framework, which sets out the essential elements of well-managed migration policies "
               "in the sense of target 10.7.^6^ The two documents are complementary: the Migration Governance "
               "Framework defines what well-governed migration looks like, while the present Framework "
               "describes how the Organization will support States in reaching the targets that depend on it."),
    ("p", "9", "Finally, the Framework takes into account the recommendations of the Secretary-General on "
               "international migration and development, in particular his eight-point agenda for action,^7^ "
               "and the outcome of the Global Forum on Migration and Development held in Istanbul in "
               "October 2015."),

    ("h1", "3", "THE FRAMEWORK"),
    ("h2", "3.1", "Guiding principles"),
    ("p", "10", "The engagement of the Organization in the implementation of the 2030 Agenda will be guided by "
                "the following principles:"),
    ("b", "~National ownership~: support will be provided at the request of States and aligned with national "
          "development plans and priorities;"),
    ("b", "~Rights-based approach~: the rights of all migrants, regardless of status, will be at the centre of "
          "programme design, in keeping with the commitment of the Agenda to leave no one behind;"),
    ("b", "~Whole-of-government approach~: the Organization will work with ministries responsible for labour, "
          "health, education, finance and planning, and not only with those responsible for migration and "
          "borders;^8^"),
    ("b", "~Evidence-based programming~: interventions will be designed on the basis of reliable data and "
          "evaluated against measurable results; and"),
    ("b", "~Partnership~: the Organization will act in coordination with the United Nations development "
          "system and with other relevant actors, avoiding duplication."),
    ("p", "11", "These principles apply across all four pillars. They are consistent with the humanitarian "
                "policy of the Organization and with its commitments under the Inter-Agency Standing Committee, "
                "which remain unchanged."),
    ("h2", "3.2", "Pillars and strategic objectives"),
    ("p", "12", "The four pillars of the Framework correspond to the main areas in which the Organization can "
                "add value to national efforts. Each pillar has two or three strategic objectives, for a total "
                "of ten, which are listed in the Annex together with the targets of the 2030 Agenda to which "
                "they relate."),
    ("p", "13", "Under Pillar 1, the Organization will assist States in developing and implementing migration "
                "policies, including labour mobility schemes, return and reintegration programmes and measures "
                "to combat migrant smuggling and trafficking in persons. Pillar 2 covers the protection of "
                "migrants in vulnerable situations, their access to health services and the work of the "
                "Organization in crisis and post-crisis settings. Pillar 3 brings together the activities of "
                "the Organization on remittances, diaspora engagement and skills recognition. Pillar 4 "
                "addresses the data gap, which Member States identified during the consultations as the most "
                "urgent challenge."),
    ("p", "14", "The ambition of the Framework under Pillar 4 deserves emphasis. Of the 230 or so indicators "
                "under discussion in the Inter-agency and Expert Group on SDG Indicators, only a handful can "
                "currently be disaggregated by migratory status in most countries. The Organization will "
                "therefore:"),
    ("i", "(a)", "support national statistical offices in including migration questions in censuses and "
                 "household surveys;"),
    ("i", "(b)", "establish, by the end of 2016, a global migration data analysis centre to compile and "
                 "analyse migration-related data; and"),
    ("i", "(c)", "contribute, with the Global Migration Group, to the methodological work on the indicator "
                 "for target 10.7."),
    ("h2", "3.3", "Partnerships"),
    ("p", "15", "The Organization cannot achieve the objectives of the Framework on its own. It will work "
                "through the United Nations Country Teams, in which it already participates in more than "
                "100 countries, and through the Global Migration Group, of which it is a founding member."),
    ("p", "16", "Partnerships with the private sector, diaspora organizations, local authorities and academia "
                "will also be pursued, particularly under Pillars 3 and 4. The Administration will report on "
                "these partnerships as part of the regular reporting described in section 4.3."),

    ("h1", "4", "IMPLEMENTATION AND FOLLOW-UP"),
    ("h2", "4.1", "Institutional arrangements"),
    ("p", "17", "The Framework will be implemented through the existing structure of the Organization. The "
                "Department of International Cooperation and Partnerships will coordinate its implementation "
                "at Headquarters, in close cooperation with the Department of Migration Management and the "
                "Department of Operations and Emergencies. Regional offices will be responsible for regional "
                "implementation plans, to be prepared by the end of June 2016."),
    ("p", "18", "A small coordination unit of three staff members will be established within existing "
                "resources to act as focal point for the 2030 Agenda, to support country offices and to ensure "
                "that the Organization contributes to the system-wide follow-up and review process."),
    ("h2", "4.2", "Resource implications"),
    ("p", "19", "Most activities under the Framework will be carried out through projects funded by voluntary "
                "contributions. However, some core functions, in particular the coordination unit, the "
                "methodological work on data and the training of staff, cannot be funded through projects. The "
                "Administration therefore proposes an allocation of USD 2.4 million from Operational Support "
                "Income over the biennium 2016\u20132017, of which USD 1.1 million in 2016 and USD 1.3 million "
                "in 2017.^9^"),
    ("p", "20", "The proposed allocation would be distributed as follows: USD 0.9 million for coordination and "
                "policy support, USD 1.0 million for data and research, and USD 0.5 million for staff training "
                "and knowledge management."),
    ("h2", "4.3", "Monitoring and reporting"),
    ("p", "21", "The Administration will report annually to the Standing Committee on Programmes and Finance on "
                "the implementation of the Framework, using the objectives set out in the Annex. A mid-term "
                "review will be carried out in 2018 and a full evaluation in 2020, the results of which will be "
                "submitted to the Council."),
    ("p", "22", "The Organization will also contribute to the reports prepared for the annual meetings of the "
                "high-level political forum on sustainable development, in accordance with General Assembly "
                "resolution 67/290.^10^"),

    ("h1", "5", "ACTION REQUESTED OF THE COUNCIL"),
    ("p", "23", "The Council is invited to:"),
    ("i", "(a)", "take note of the present document;"),
    ("i", "(b)", "endorse the four pillars and ten strategic objectives of the Framework set out in the "
                 "Annex; and"),
    ("i", "(c)", "request the Administration to report on progress in the implementation of the Framework at "
                 "the Eighteenth Session of the Standing Committee on Programmes and Finance, in 2016."),

    ("annex",),
    ("t", "The table below lists the strategic objectives under each pillar, the related targets of the "
          "2030 Agenda for Sustainable Development and the indicative budget for 2016\u20132017 of the "
          "projects funded by voluntary contributions that contribute to each pillar."),
    ("caption", "Pillars, strategic objectives and related targets"),
    ("table",),
    ("note", "Note: Budget figures are indicative. They exclude the allocation from Operational Support Income "
             "described in paragraph 19 of the present document."),
]

TABLE_COLS = [("Pillar", 40), ("Strategic objectives", 74), ("Related targets", 25),
              ("Budget 2016\u20132017 (USD million)", 23)]
TABLE_ROWS = [
    ("Pillar 1 \u2013 Migration policy and governance",
     ["1.1 Develop national migration policies and strategies",
      "1.2 Expand regular labour mobility pathways",
      "1.3 Combat trafficking in persons and migrant smuggling"],
     "10.7, 8.7, 16.2", "48.5"),
    ("Pillar 2 \u2013 Protection and assistance of migrants",
     ["2.1 Protect migrants in vulnerable situations",
      "2.2 Improve access of migrants to health services",
      "2.3 Reduce the impact of crises on migrants and displaced persons"],
     "3.8, 8.8, 11.5", "96.0"),
    ("Pillar 3 \u2013 Migration and development",
     ["3.1 Reduce the cost of remittances",
      "3.2 Engage diasporas and recognize skills"],
     "10.c, 4.b", "12.3"),
    ("Pillar 4 \u2013 Data and evidence",
     ["4.1 Strengthen national migration data systems",
      "4.2 Support global monitoring of migration-related targets"],
     "17.18, 17.19", "8.7"),
    ("Total", [], "", "165.5"),
]

CONTENTS = [
    (0, None, "EXECUTIVE SUMMARY"),
    (0, "1", "INTRODUCTION"),
    (0, "2", "CONTEXT AND RATIONALE"),
    (1, "2.1", "Migration in the 2030 Agenda"),
    (1, "2.2", "Existing policy commitments of the Organization"),
    (0, "3", "THE FRAMEWORK"),
    (1, "3.1", "Guiding principles"),
    (1, "3.2", "Pillars and strategic objectives"),
    (1, "3.3", "Partnerships"),
    (0, "4", "IMPLEMENTATION AND FOLLOW-UP"),
    (1, "4.1", "Institutional arrangements"),
    (1, "4.2", "Resource implications"),
    (1, "4.3", "Monitoring and reporting"),
    (0, "5", "ACTION REQUESTED OF THE COUNCIL"),
    (0, "ANNEX", "Pillars and strategic objectives of the Framework"),
]


# ---------------------------------------------------------------- layout engine
class Doc:
    def __init__(self, toc_pages):
        self.toc_pages = toc_pages
        self.heading_pages = {}
        pdf = FPDF(orientation="P", unit="mm", format="A4")
        pdf.set_auto_page_break(False)
        pdf.set_margins(LEFT, 15, PAGE_W - RIGHT)
        pdf.add_font("S", "", os.path.join(FONTDIR, "DejaVuSerifCondensed.ttf"))
        pdf.add_font("S", "B", os.path.join(FONTDIR, "DejaVuSerifCondensed-Bold.ttf"))
        pdf.add_font("S", "I", os.path.join(FONTDIR, "DejaVuSerifCondensed-Italic.ttf"))
        pdf.add_font("S", "BI", os.path.join(FONTDIR, "DejaVuSerifCondensed-BoldItalic.ttf"))
        pdf.set_title(" ".join(TITLE))
        pdf.set_author("International Organization for Migration")
        self.pdf = pdf
        self.page_no = 0
        self.in_annex = False
        self.fns = []

    # ---- words
    def words(self, text, size=FS, style=""):
        """Split text into words; each word is a list of (segment, style, size, raise)."""
        out = []
        italic = False
        for raw in text.split(" "):
            if raw == "":
                continue
            word = []
            for part in re.split(r"(\^\d+\^|~)", raw):
                if part == "":
                    continue
                if part == "~":
                    italic = not italic
                    continue
                m = re.fullmatch(r"\^(\d+)\^", part)
                if m:
                    word.append((m.group(1), style, SUP_FS if size >= FS else 5.5, True))
                else:
                    st = style + ("I" if italic else "")
                    word.append((part, st, size, False))
            out.append(word)
        return out

    def wwidth(self, word):
        w = 0
        for seg, st, sz, up in word:
            self.pdf.set_font("S", st, sz)
            w += self.pdf.get_string_width(seg)
        return w

    def break_lines(self, words, first_w, rest_w, size):
        self.pdf.set_font("S", "", size)
        sp = self.pdf.get_string_width(" ")
        lines, cur, cur_w = [], [], 0
        avail = first_w
        for wd in words:
            ww = self.wwidth(wd)
            if cur and cur_w + sp + ww > avail:
                lines.append(cur)
                cur, cur_w = [], 0
                avail = rest_w
            cur_w = cur_w + (sp if cur else 0) + ww
            cur.append(wd)
        if cur:
            lines.append(cur)
        return lines

    def draw_words(self, line, x, y, width, justify, size):
        self.pdf.set_font("S", "", size)
        sp = self.pdf.get_string_width(" ")
        widths = [self.wwidth(w) for w in line]
        gap = sp
        if justify and len(line) > 1:
            gap = (width - sum(widths)) / (len(line) - 1)
            gap = min(gap, sp * 2.2)
        for wd, ww in zip(line, widths):
            xx = x
            for seg, st, sz, up in wd:
                self.pdf.set_font("S", st, sz)
                self.pdf.text(xx, y - (1.7 if up else 0), seg)
                xx += self.pdf.get_string_width(seg)
            x += ww + gap

    @staticmethod
    def markers(line):
        return [seg for wd in line for seg, st, sz, up in wd if up]

    # ---- pages
    def new_page(self):
        if self.page_no > 0:
            self.flush_footnotes()
        self.pdf.add_page()
        self.page_no += 1
        self.fns = []
        if self.page_no > 1:
            self.pdf.set_font("S", "", 10)
            self.pdf.text(RIGHT - self.pdf.get_string_width(SYMBOL), 15, SYMBOL)
            label = "Annex" if self.in_annex else "Page %d" % self.page_no
            self.pdf.text(RIGHT - self.pdf.get_string_width(label), 19.5, label)
        self.y = BODY_TOP

    def fn_lines(self, num):
        words = self.words(FOOTNOTES[num], FN_FS)
        return self.break_lines(words, W - 5, W - 5, FN_FS)

    def fn_height(self, nums):
        if not nums:
            return 0
        return 6 + sum(len(self.fn_lines(n)) * FN_LH + 0.8 for n in nums)

    def fits(self, h, extra_fns=()):
        return self.y + h + self.fn_height(self.fns + list(extra_fns)) <= BOTTOM

    def flush_footnotes(self):
        if not self.fns:
            return
        pdf = self.pdf
        y = BOTTOM - self.fn_height(self.fns) + 3
        pdf.set_line_width(0.2)
        pdf.line(LEFT, y, LEFT + 45, y)
        y += 3.8
        for n in self.fns:
            pdf.set_font("S", "", 5.5)
            pdf.text(LEFT, y - 1.4, n)
            lines = self.fn_lines(n)
            for i, ln in enumerate(lines):
                self.draw_words(ln, LEFT + 5, y, W - 5, i < len(lines) - 1, FN_FS)
                y += FN_LH
            y += 0.8
        self.fns = []

    # ---- blocks
    def flow(self, text, x_first, x_rest, label=None, label_x=None, style="", after=3.0,
             justify=True, keep=1):
        words = self.words(text, FS, style)
        lines = self.break_lines(words, RIGHT - x_first, RIGHT - x_rest, FS)
        need = min(keep, len(lines))
        if not self.fits(LH * need, [m for ln in lines[:need] for m in self.markers(ln)]):
            self.new_page()
        for i, ln in enumerate(lines):
            mk = self.markers(ln)
            # avoid a widow: keep the last two lines together
            if i == len(lines) - 2 and i > 0:
                mk2 = mk + self.markers(lines[-1])
                if not self.fits(LH * 2, mk2):
                    self.new_page()
            if not self.fits(LH, mk):
                self.new_page()
            base = self.y + 3.8
            if i == 0 and label:
                self.pdf.set_font("S", "", FS)
                self.pdf.text(label_x, base, label)
            x = x_first if i == 0 else x_rest
            self.draw_words(ln, x, base, RIGHT - x, justify and i < len(lines) - 1, FS)
            self.fns += mk
            self.y += LH
        self.y += after

    def heading(self, level, num, text):
        need = 8 + 3 * LH
        if not self.fits(need):
            self.new_page()
        self.y += 2 if level == 1 else 1
        self.pdf.set_font("S", "B", 11 if level == 1 else FS)
        base = self.y + 4
        if num:
            lab = num + "." if level == 1 else num
            self.pdf.text(LEFT, base, lab)
            self.pdf.text(LEFT + 12, base, text)
        else:
            self.pdf.text(LEFT, base, text)
        key = (num, text)
        self.heading_pages[key] = self.page_no
        self.y += 9 if level == 1 else 8

    def box(self, text):
        x0, x1 = LEFT + 12, RIGHT - 12
        words = self.words(text, FS, "I")
        lines = self.break_lines(words, x1 - x0 - 8, x1 - x0 - 8, FS)
        h = len(lines) * LH + 7
        if not self.fits(h + 3):
            self.new_page()
        self.pdf.set_line_width(0.3)
        self.pdf.rect(x0, self.y, x1 - x0, h)
        y = self.y + 3.5
        for i, ln in enumerate(lines):
            self.draw_words(ln, x0 + 4, y + 3.8, x1 - x0 - 8, i < len(lines) - 1, FS)
            y += LH
        self.y += h + 5

    def table(self):
        pdf = self.pdf
        xs = [LEFT]
        for _, w in TABLE_COLS:
            xs.append(xs[-1] + w)
        # header
        pdf.set_line_width(0.3)
        pdf.line(LEFT, self.y, RIGHT, self.y)
        hdr_lines = []
        for (name, w) in TABLE_COLS:
            hdr_lines.append(self.break_lines(self.words(name, 9, "B"), w - 3, w - 3, 9))
        n = max(len(h) for h in hdr_lines)
        for ci, hl in enumerate(hdr_lines):
            for li, ln in enumerate(hl):
                self.draw_words(ln, xs[ci] + 1.5, self.y + 4 + li * 4.2, xs[ci + 1] - xs[ci] - 3, False, 9)
        self.y += n * 4.2 + 2
        pdf.line(LEFT, self.y, RIGHT, self.y)
        self.y += 1.5
        for label, objs, targets, budget in TABLE_ROWS:
            bold = "B" if label == "Total" else ""
            cells = [self.break_lines(self.words(label, 9, bold), xs[1] - xs[0] - 3, xs[1] - xs[0] - 3, 9)]
            ol = []
            for o in objs:
                num, rest = o.split(" ", 1)
                body = self.break_lines(self.words(rest, 9), xs[2] - xs[1] - 11, xs[2] - xs[1] - 11, 9)
                ol.append((num, body))
            rows_h = max(len(cells[0]), sum(len(b) for _, b in ol) if ol else 1)
            y0 = self.y
            for li, ln in enumerate(cells[0]):
                self.draw_words(ln, xs[0] + 1.5, y0 + 3.6 + li * 4.2, 0, False, 9)
            yy = y0
            for num, body in ol:
                pdf.set_font("S", "", 9)
                pdf.text(xs[1] + 1.5, yy + 3.6, num)
                for ln in body:
                    self.draw_words(ln, xs[1] + 9.5, yy + 3.6, 0, False, 9)
                    yy += 4.2
            pdf.set_font("S", bold, 9)
            pdf.text(xs[2] + 1.5, y0 + 3.6, targets)
            pdf.text(xs[4] - 3 - pdf.get_string_width(budget), y0 + 3.6, budget)
            self.y += rows_h * 4.2 + 1.8
            pdf.set_line_width(0.3 if label == "Total" else 0.1)
            if label == "Total":
                pdf.line(LEFT, y0 - 1.2, RIGHT, y0 - 1.2)
            pdf.line(LEFT, self.y - 0.6, RIGHT, self.y - 0.6)
            self.y += 1.2
        self.y += 3

    # ---- cover
    def cover(self):
        pdf = self.pdf
        self.new_page()
        pdf.set_font("S", "B", 11)
        pdf.text(RIGHT - pdf.get_string_width(SYMBOL), 20, SYMBOL)
        pdf.set_font("S", "", 10)
        for y, s in ((25.5, "Original: ENGLISH"), (30.5, "28 October 2015")):
            pdf.text(RIGHT - pdf.get_string_width(s), y, s)
        pdf.set_font("S", "B", 11)
        pdf.text(LEFT, 46, "COUNCIL")
        pdf.set_font("S", "", 11)
        pdf.text(LEFT, 51.5, "106th Session")
        pdf.set_font("S", "B", 12)
        y = 70
        for t in TITLE:
            pdf.text((PAGE_W + LEFT - (PAGE_W - RIGHT)) / 2 - pdf.get_string_width(t) / 2, y, t)
            y += 6.5
        pdf.set_line_width(0.3)
        pdf.line(LEFT + 50, y + 1, RIGHT - 50, y + 1)
        y += 16
        pdf.set_font("S", "B", 11)
        pdf.text((LEFT + RIGHT) / 2 - pdf.get_string_width("CONTENTS") / 2, y, "CONTENTS")
        y += 9
        pdf.set_font("S", "", 9.5)
        pdf.text(RIGHT - pdf.get_string_width("Page"), y, "Page")
        y += 7
        for level, num, text in CONTENTS:
            key = (num, text)
            page = str(self.toc_pages.get(key, 0))
            if num == "ANNEX":
                entry, style, x = "ANNEX \u2013 " + text, "", LEFT
            elif level == 0:
                entry, style, x = ((num + ". " + text) if num else text), "", LEFT
            else:
                entry, style, x = num + " " + text, "", LEFT + 10
            if num == "ANNEX":
                y += 2
            pdf.set_font("S", style, 10)
            pdf.text(x, y, entry)
            tw = pdf.get_string_width(entry)
            pw = pdf.get_string_width(page)
            pdf.text(RIGHT - pw, y, page)
            dot_w = pdf.get_string_width(".")
            lead_x0 = x + tw + 1.5
            lead_x1 = RIGHT - 8
            ndots = int((lead_x1 - lead_x0) / dot_w)
            pdf.text(lead_x0, y, "." * ndots)
            y += 6.0 if level == 0 else 5.3
        self.y = y + 6

    def annex_start(self):
        self.flush_footnotes()
        self.in_annex = True
        self.new_page()
        pdf = self.pdf
        pdf.set_font("S", "B", 11)
        for s in ("ANNEX", "PILLARS AND STRATEGIC OBJECTIVES OF THE FRAMEWORK"):
            pdf.text((LEFT + RIGHT) / 2 - pdf.get_string_width(s) / 2, self.y + 4, s)
            self.y += 7
        self.heading_pages[("ANNEX", "Pillars and strategic objectives of the Framework")] = self.page_no
        self.y += 6

    def build(self):
        self.cover()
        for bi, blk in enumerate(BODY):
            kind = blk[0]
            nxt = BODY[bi + 1][0] if bi + 1 < len(BODY) else None
            gap = 2.0 if nxt == kind else 3.0
            if kind == "h1":
                self.heading(1, blk[1], blk[2])
            elif kind == "h2":
                self.heading(2, blk[1], blk[2])
            elif kind == "p":
                self.flow(blk[2], LEFT + 12, LEFT, label=blk[1] + ".", label_x=LEFT, keep=2)
            elif kind == "t":
                self.flow(blk[1], LEFT, LEFT, keep=2)
            elif kind == "b":
                self.flow(blk[1], LEFT + 17, LEFT + 17, label="\u2022", label_x=LEFT + 12, after=gap, keep=2)
            elif kind == "i":
                self.flow(blk[2], LEFT + 22, LEFT + 22, label=blk[1], label_x=LEFT + 12, after=gap, keep=2)
            elif kind == "box":
                self.box(blk[1])
            elif kind == "annex":
                self.annex_start()
            elif kind == "caption":
                self.pdf.set_font("S", "B", 10)
                s = blk[1]
                self.pdf.text((LEFT + RIGHT) / 2 - self.pdf.get_string_width(s) / 2, self.y + 4, s)
                self.y += 8
            elif kind == "table":
                self.table()
            elif kind == "note":
                words = self.words(blk[1], 9)
                for ln in self.break_lines(words, W, W, 9):
                    self.draw_words(ln, LEFT, self.y + 3.6, W, False, 9)
                    self.y += 4.2
        self.flush_footnotes()
        return self


first = Doc({}).build()
final = Doc(first.heading_pages).build()
assert first.heading_pages == final.heading_pages
final.pdf.output(OUT)
print("pages:", final.page_no, final.heading_pages)
