# Lays out S/27/INF/2 (information note, Standing Committee on Programmes and Finance, 2020)
# with the reportlab canvas API.  Run: python info-note-2020.py  -> info-note-2020.pdf
import re
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = "info-note-2020.pdf"
SYMBOL = "S/27/INF/2"

PAGE_W, PAGE_H = A4
LM = 72.0
RM = PAGE_W - 72.0
TOP_Y = 758.0          # first baseline of body text on pages with running header
BOTTOM = 62.0          # lowest baseline of footnote text

FONT = "Helvetica"
FONT_B = "Helvetica-Bold"
FONT_I = "Helvetica-Oblique"
FONT_BI = "Helvetica-BoldOblique"
SIZE = 10.5
LEAD = 13.6
PARA_GAP = 7.5
FN_SIZE = 8.5
FN_LEAD = 10.4
SUP_SIZE = 6.5
SUP_RISE = 4.2

# ----------------------------------------------------------------------------------------------
# Source text.  {n} = footnote marker n;  _word_ = italic.
# ----------------------------------------------------------------------------------------------
FOOTNOTES = {
    1: "Document S/26/INF/1, \u201cIOM response to the COVID-19 pandemic\u201d, presented to the "
       "Twenty-sixth Session of the Standing Committee. An informal briefing on the same subject was "
       "also held with Member States on 14 April 2020.",
    2: "Endorsed by the Council in Resolution No. 1243 of 27 November 2012.",
    3: "Cash-based interventions were implemented in 47 countries during the reporting period, "
       "reaching some 310,000 households.",
    4: "The temporary suspension was announced jointly by IOM and the Office of the United Nations "
       "High Commissioner for Refugees (UNHCR) on 17 March 2020, in view of the disruption of "
       "international air travel and the health risks associated with it.",
    5: "Including USD 6.5 million allocated through the Migration Resource Allocation Committee "
       "(MiRAC).",
    6: "As at 30 September 2020, 14 IOM staff members and dependants had been evacuated through this "
       "mechanism. The Organization has, sadly, also lost five colleagues to COVID-19-related causes.",
}

# element kinds: ('title', text) ('subtitle', text) ('h1', num, text) ('h2', num, text)
# ('para', num, text) ('item', label, text, level) ('bullet', text) ('table',)
BODY = [
    ("title", "IOM RESPONSE TO THE COVID-19 PANDEMIC:"),
    ("title", "OPERATIONAL AND FINANCIAL UPDATE"),
    ("subtitle", "(Situation as at 30 September 2020)"),
    ("h1", "I.", "INTRODUCTION"),
    ("para", "1.",
     "This document provides Member States with an update on the Organization\u2019s response to the "
     "coronavirus disease (COVID-19) pandemic since the Twenty-sixth Session of the Standing Committee "
     "on Programmes and Finance, held on 30 June and 1 July 2020, at which the Administration "
     "presented a first overview of the response.{1} It covers the period up to 30 September 2020; "
     "more recent information will be given orally at the Twenty-seventh Session."),
    ("para", "2.",
     "The consequences of the pandemic for migrants and mobile populations are both immediate and "
     "likely to be long-lasting. Border closures and travel restrictions have left many migrants "
     "stranded, often without income or access to health care, while the economic downturn has "
     "reduced the remittance flows on which millions of households depend. At the same time, the "
     "crisis has made visible the contribution of migrant workers to essential sectors such as "
     "health care, agriculture and food supply."),
    ("para", "3.",
     "IOM\u2019s response is guided by the Migration Crisis Operational Framework (MC/2355){2} and is "
     "aligned with the United Nations Global Humanitarian Response Plan for COVID-19 and the UN "
     "framework for the immediate socioeconomic response to COVID-19. It also takes into account "
     "General Assembly resolution 74/270 of 2 April 2020 on global solidarity to fight the "
     "coronavirus disease 2019."),
    ("h1", "II.", "OPERATIONAL RESPONSE"),
    ("h2", "A.", "Global Strategic Preparedness and Response Plan"),
    ("para", "4.",
     "IOM launched its Global Strategic Preparedness and Response Plan (SPRP) on 3 February 2020 and "
     "revised it in March and again in May, as the outbreak spread to all regions. The current "
     "version, which covers the period from February to December 2020, seeks USD 499 million to "
     "support operations in more than 140 countries, territories and areas."),
    ("para", "5.",
     "Activities under the SPRP are organized around four objectives:"),
    ("item", "(a)",
     "ensuring a well-coordinated, informed and timely response through mobility tracking systems "
     "and strengthened partnerships with national and local authorities;", 1),
    ("item", "(b)",
     "contributing to global, regional and national efforts to save lives and reduce morbidity, "
     "in particular through:", 1),
    ("item", "(i)",
     "the provision of water, sanitation and hygiene services and of infection prevention and "
     "control supplies at points of entry, in camps and camp-like settings and in informal urban "
     "settlements;", 2),
    ("item", "(ii)",
     "support for national health systems, including case management, referral and mobile clinics "
     "in areas with high concentrations of migrants or displaced persons;", 2),
    ("item", "(c)",
     "ensuring that affected people have access to basic services, commodities and protection, "
     "including through cash-based interventions where markets are functioning;{3} and", 1),
    ("item", "(d)",
     "mitigating the socioeconomic impacts of the crisis on migrants, their families and host "
     "communities.", 1),
    ("para", "6.",
     "By 30 September 2020, IOM had distributed more than 2.1 million hygiene kits and items of "
     "personal protective equipment, trained 38,600 health workers and border officials in infection "
     "prevention and control, and reached an estimated 63 million people with risk communication "
     "messages in over 70 languages. IOM-supported health facilities carried out some 1.4 million "
     "consultations, of which 212,000 were for persons presenting symptoms consistent with COVID-19."),
    ("h2", "B.", "Adapting ongoing programmes"),
    ("para", "7.",
     "From March 2020 onward, country offices reviewed their project portfolios so as to keep "
     "delivering critical assistance while protecting beneficiaries and staff. In agreement with "
     "donors, some 680 projects were modified in scope, modality or duration, and a smaller number "
     "were put on hold. The main adjustments were as follows:"),
    ("bullet",
     "resettlement movements, suspended globally between 17 March and 18 June 2020, have resumed "
     "gradually, with 9,870 refugees travelling for resettlement between June and the end of "
     "September;{4}"),
    ("bullet",
     "assisted voluntary return and reintegration continued wherever commercial flights or charter "
     "arrangements allowed it, with pre-departure counselling moved largely online;"),
    ("bullet",
     "health assessments for immigration purposes were scaled down in 31 countries and, at the "
     "request of receiving States, adapted to include COVID-19 testing; and"),
    ("bullet",
     "many capacity-building and training activities were converted to remote formats."),
    ("para", "8.",
     "The Organization also assisted migrants stranded by border closures. Between April and "
     "September 2020, 48 IOM offices provided over 112,000 stranded migrants with shelter, food, "
     "medical assistance, consular liaison and, where possible, return to their countries of origin. "
     "The Administration estimates that, at the peak of the restrictions in mid-July, close to 2.75 "
     "million migrants were stranded worldwide."),
    ("h2", "C.", "Human mobility, points of entry and border management"),
    ("para", "9.",
     "Through the Displacement Tracking Matrix (DTM), IOM has monitored the mobility restrictions "
     "imposed by States and published regular updates of its global mobility database, which now "
     "covers 226 countries, territories and areas and about 3,800 points of entry. These data have "
     "been widely used by humanitarian partners, governments and the media."),
    ("para", "10.",
     "At the request of the authorities concerned, IOM supported health screening, referral and "
     "isolation arrangements at 540 points of entry, and gave technical advice on the safe reopening "
     "of borders. This work draws on the Health, Border and Mobility Management framework, which "
     "links public health measures with border management and community engagement along mobility "
     "corridors."),
    ("h1", "III.", "FUNDING"),
    ("para", "11.",
     "As at 30 September 2020, IOM had received USD 226.4 million against the SPRP, or 45 per cent "
     "of requirements (Table 1). A further USD 187 million from existing projects has been "
     "reprogrammed, with the consent of donors, towards COVID-19-related activities; those amounts "
     "are not reflected in the table. Funding has been uneven across pillars as well as across "
     "regions, with case management and the socioeconomic response remaining the least funded."),
    ("table",),
    ("para", "12.",
     "Twenty-three donors have contributed to the SPRP to date, and the three largest of them account "
     "for 58 per cent of the funding received. Pooled funds, including the Central Emergency "
     "Response Fund (CERF) and country-based pooled funds, provided USD 31.6 million. Flexible and "
     "unearmarked contributions, which enabled the Organization to act in locations where other "
     "funding was not yet available, amounted to USD 14.2 million.{5}"),
    ("para", "13.",
     "The Migration Emergency Funding Mechanism (MEFM), established by Council Resolution No. 1229 of "
     "5 December 2011, was drawn upon three times in 2020 to allow the rapid start-up of activities "
     "in Bangladesh, Libya and Yemen pending the receipt of donor funds. Loans from the Mechanism "
     "totalled USD 2.3 million, of which USD 1.8 million had been reimbursed by 30 September 2020. "
     "With a balance of USD 4.1 million, the MEFM remains well below the target level of USD 30 "
     "million, and the Administration once again invites Member States to consider contributing to "
     "it."),
    ("h1", "IV.", "DUTY OF CARE AND BUSINESS CONTINUITY"),
    ("para", "14.",
     "The health, safety and well-being of staff, and of the people IOM serves, have been a priority "
     "since the beginning of the outbreak. A crisis management team has met weekly since late "
     "January 2020, and a COVID-19 medical team was set up within the Occupational Health Unit to "
     "advise staff and managers."),
    ("para", "15.",
     "Measures taken to date include:"),
    ("item", "(a)",
     "teleworking arrangements for all staff whose functions allow it, many offices having operated "
     "with a reduced presence since March;", 1),
    ("item", "(b)",
     "the procurement of personal protective equipment and testing kits for IOM premises, including "
     "in hardship duty stations;", 1),
    ("item", "(c)",
     "access, together with other United Nations entities, to the system-wide medical evacuation "
     "(MEDEVAC) mechanism for personnel with severe cases of COVID-19;{6} and", 1),
    ("item", "(d)",
     "additional psychosocial support for personnel, provided through the Staff Welfare Unit and a "
     "network of peer supporters.", 1),
    ("para", "16.",
     "Business continuity plans allowed critical functions such as payroll, procurement and financial "
     "reporting to continue without interruption, with the Manila and Panama Administrative Centres "
     "playing a central role. Travel restrictions did, however, delay a number of audits and "
     "evaluations, which have been rescheduled to 2021."),
    ("para", "17.",
     "The financial implications of the pandemic for the Organization\u2019s core structure, and in "
     "particular the expected decrease in Operational Support Income in 2020, are addressed "
     "separately in the Summary update on the Programme and Budget for 2020 (S/27/5) and in the "
     "Programme and Budget for 2021 (C/111/6)."),
    ("h1", "V.", "NEXT STEPS"),
    ("para", "18.",
     "A revised SPRP for 2021 will be issued in December 2020, in line with the next iteration of "
     "the Global Humanitarian Response Plan. It will place greater emphasis on recovery and on the "
     "inclusion of migrants in national vaccination plans once vaccines become available."),
    ("para", "19.",
     "The Standing Committee is invited to take note of this document. Member States are encouraged "
     "to continue supporting the response, where possible through flexible funding, and to ensure "
     "that all migrants, regardless of their status, are included in national COVID-19 response and "
     "recovery plans."),
]

TABLE_CAPTION = "Table 1. SPRP requirements and funding received, by pillar (in US dollars)"
TABLE_HEAD = [("Pillar",), ("Requirements",), ("Funding", "received"), ("Funded", "(%)")]
TABLE_ROWS = [
    ("Coordination and partnerships", "18,400,000", "9,215,300", "50"),
    ("Risk communication and community engagement", "41,750,000", "23,118,900", "55"),
    ("Disease surveillance", "27,900,000", "10,044,600", "36"),
    ("Points of entry", "63,300,000", "34,589,012", "55"),
    ("Infection prevention and control", "97,600,000", "51,870,400", "53"),
    ("Case management and continuity of essential services", "88,150,000", "31,207,800", "35"),
    ("Logistics, procurement and supply management", "36,200,000", "19,486,500", "54"),
    ("Addressing socioeconomic impacts", "125,700,000", "46,904,400", "37"),
]
TABLE_TOTAL = ("Total", "499,000,000", "226,436,912", "45")


# ----------------------------------------------------------------------------------------------
# Text engine
# ----------------------------------------------------------------------------------------------
def tokenize(text, base_font=FONT):
    """Return list of words; each word is list of runs (text, font, size, rise); plus footnote ids."""
    words = []
    for raw in text.split(" "):
        if not raw:
            continue
        runs, fns = [], []
        for part in re.split(r"(\{\d+\})", raw):
            if not part:
                continue
            m = re.fullmatch(r"\{(\d+)\}", part)
            if m:
                runs.append((m.group(1), base_font if base_font != FONT_B else FONT, SUP_SIZE, SUP_RISE))
                fns.append(int(m.group(1)))
            else:
                font = base_font
                if part.startswith("_") and part.rstrip(".,;:").endswith("_"):
                    part = part.replace("_", "")
                    font = FONT_I
                runs.append((part, font, SIZE, 0))
        words.append((runs, fns))
    return words


def word_width(runs):
    return sum(stringWidth(t, f, s) for t, f, s, r in runs)


def wrap(words, width_first, width_rest):
    lines, cur, curw = [], [], 0.0
    sp = stringWidth(" ", FONT, SIZE)
    for w in words:
        ww = word_width(w[0])
        limit = width_first if not lines else width_rest
        need = ww if not cur else curw + sp + ww
        if cur and need > limit:
            lines.append(cur)
            cur, curw = [w], ww
        else:
            cur.append(w)
            curw = need
    if cur:
        lines.append(cur)
    return lines


def draw_runs(c, line, x, y, width, size, justify):
    """Draw one line as a single text object; justification through word spacing (Tw)."""
    seq = []
    for j, (runs, _) in enumerate(line):
        for k, (t, f, sz, r) in enumerate(runs):
            if j > 0 and k == 0:
                t = " " + t
            seq.append((t, f, sz, r))
    natural = sum(stringWidth(t, f, sz) for t, f, sz, r in seq)
    nspaces = len(line) - 1
    extra = 0.0
    if justify and nspaces > 0:
        extra = (width - natural) / nspaces
        if extra > size * 0.9:
            extra = 0.0
    to = c.beginText(x, y)
    to.setWordSpace(extra)
    for t, f, sz, r in seq:
        to.setFont(f, sz)
        to.setRise(r)
        to.textOut(t)
    to.setRise(0)
    c.drawText(to)


class Doc:
    def __init__(self):
        self.c = canvas.Canvas(OUT, pagesize=A4)
        self.c.setTitle("IOM response to the COVID-19 pandemic: operational and financial update")
        self.c.setAuthor("International Organization for Migration")
        self.page_no = 0       # printed page number (cover = 0, unprinted)
        self.y = None
        self.page_fns = []

    # -- footnotes -------------------------------------------------------------------------------
    def fn_lines(self, n):
        words = tokenize(FOOTNOTES[n])
        words = [([(t, f, FN_SIZE, r) for t, f, s, r in runs], fns) for runs, fns in words]
        width = RM - (LM + 9)
        lines, cur, curw = [], [], 0.0
        sp = stringWidth(" ", FONT, FN_SIZE)
        for w in words:
            ww = word_width(w[0])
            need = ww if not cur else curw + sp + ww
            if cur and need > width:
                lines.append(cur)
                cur, curw = [w], ww
            else:
                cur.append(w)
                curw = need
        if cur:
            lines.append(cur)
        return lines

    def fn_height(self, n):
        return len(self.fn_lines(n)) * FN_LEAD + 2.0

    def fn_block_height(self, fns):
        if not fns:
            return 0.0
        return 16.0 + sum(self.fn_height(n) for n in fns)

    def flush_footnotes(self):
        if not self.page_fns:
            return
        c = self.c
        h = self.fn_block_height(self.page_fns)
        top = BOTTOM + h - FN_LEAD
        c.setLineWidth(0.5)
        c.line(LM, top + 2, LM + 144, top + 2)
        y = top - 12
        sp = stringWidth(" ", FONT, FN_SIZE)
        for n in self.page_fns:
            c.setFont(FONT, SUP_SIZE)
            c.drawString(LM, y + 3.2, str(n))
            for i, line in enumerate(self.fn_lines(n)):
                last = i == len(self.fn_lines(n)) - 1
                draw_runs(c, line, LM + 9, y, RM - (LM + 9), FN_SIZE, not last)
                y -= FN_LEAD
            y -= 2.0
        self.page_fns = []

    # -- pages -----------------------------------------------------------------------------------
    def new_page(self):
        if self.y is not None:
            self.flush_footnotes()
            self.c.showPage()
        self.page_no += 1
        c = self.c
        c.setFont(FONT, 9.5)
        c.drawRightString(RM, 800, SYMBOL)
        c.drawRightString(RM, 788, "Page %d" % self.page_no)
        self.y = TOP_Y

    def avail(self, extra_fns=()):
        fns = self.page_fns + [n for n in extra_fns if n not in self.page_fns]
        return self.y - (BOTTOM + self.fn_block_height(fns))

    def need(self, h, fns=()):
        if self.avail(fns) < h:
            self.new_page()

    # -- blocks ----------------------------------------------------------------------------------
    def text_block(self, text, x_label, label, x_text, font=FONT, justify=True, gap_after=PARA_GAP):
        c = self.c
        words = tokenize(text, font)
        width = RM - x_text
        lines = wrap(words, width, width)
        sp = stringWidth(" ", FONT, SIZE)
        for i, line in enumerate(lines):
            fns = [n for w in line for n in w[1]]
            # keep at least two lines together at the start of a block
            h = LEAD * (2 if i == 0 and len(lines) > 1 else 1)
            if self.avail(fns) < h:
                self.new_page()
            self.y -= 0  # baseline is current y
            if i == 0 and label:
                c.setFont(font, SIZE)
                c.drawString(x_label, self.y, label)
            last = i == len(lines) - 1
            draw_runs(c, line, x_text, self.y, width, SIZE, justify and not last)
            for n in fns:
                if n not in self.page_fns:
                    self.page_fns.append(n)
            self.y -= LEAD
        self.y -= gap_after

    def heading(self, num, text, font):
        # keep heading with at least three lines of following text
        self.need(LEAD * 5)
        self.y -= 4
        c = self.c
        c.setFont(font, SIZE)
        c.drawString(LM, self.y, num)
        c.drawString(LM + 36, self.y, text)
        self.y -= LEAD + PARA_GAP

    def table(self):
        c = self.c
        colx = {"label": LM + 4, "req": LM + 300, "fund": LM + 385, "pct": RM - 6}
        label_w = 215.0
        tsize = 9.5
        tlead = 11.6
        # compute height
        row_lines = []
        for row in TABLE_ROWS + [TABLE_TOTAL]:
            f = FONT_B if row is TABLE_TOTAL else FONT
            words = row[0].split(" ")
            lines, cur = [], ""
            for w in words:
                trial = (cur + " " + w).strip()
                if cur and stringWidth(trial, f, tsize) > label_w:
                    lines.append(cur)
                    cur = w
                else:
                    cur = trial
            lines.append(cur)
            row_lines.append(lines)
        height = 18 + 2 * tlead + 8 + sum(len(l) * tlead + 3 for l in row_lines) + 10
        self.need(height + LEAD)
        y = self.y
        c.setFont(FONT_B, 10)
        c.drawString(LM, y, TABLE_CAPTION)
        y -= 16
        c.setLineWidth(0.8)
        c.line(LM, y + 10, RM, y + 10)
        # headings, bottom-aligned on two lines
        c.setFont(FONT_B, tsize)
        c.drawString(colx["label"], y - tlead, TABLE_HEAD[0][0])
        c.drawRightString(colx["req"], y - tlead, TABLE_HEAD[1][0])
        c.drawRightString(colx["fund"], y, TABLE_HEAD[2][0])
        c.drawRightString(colx["fund"], y - tlead, TABLE_HEAD[2][1])
        c.drawRightString(colx["pct"], y, TABLE_HEAD[3][0])
        c.drawRightString(colx["pct"], y - tlead, TABLE_HEAD[3][1])
        y -= tlead + 5
        c.setLineWidth(0.5)
        c.line(LM, y + 1, RM, y + 1)
        y -= tlead
        for row, lines in zip(TABLE_ROWS + [TABLE_TOTAL], row_lines):
            total = row is TABLE_TOTAL
            f = FONT_B if total else FONT
            if total:
                c.setLineWidth(0.5)
                c.line(LM, y + tlead - 1, RM, y + tlead - 1)
                y -= 2
            c.setFont(f, tsize)
            for i, ln in enumerate(lines):
                c.drawString(colx["label"] + (0 if i == 0 else 8), y - i * tlead, ln)
            yl = y - (len(lines) - 1) * tlead  # figures on last line of label
            c.drawRightString(colx["req"], yl, row[1])
            c.drawRightString(colx["fund"], yl, row[2])
            c.drawRightString(colx["pct"], yl, row[3])
            y -= len(lines) * tlead + 3
        c.setLineWidth(0.8)
        c.line(LM, y + tlead - 2, RM, y + tlead - 2)
        self.y = y - 8 - PARA_GAP

    # -- cover -----------------------------------------------------------------------------------
    def cover(self):
        c = self.c
        c.setFont(FONT, 10.5)
        c.drawRightString(RM, 790, SYMBOL)
        c.drawRightString(RM, 776, "Original: English")
        c.drawRightString(RM, 762, "12 October 2020")
        c.setFont(FONT_B, 11)
        c.drawString(LM, 716, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE")
        c.setFont(FONT, 11)
        c.drawString(LM, 702, "Twenty-seventh Session")
        c.drawString(LM, 688, "3\u20134 November 2020")
        c.setFont(FONT_B, 12.5)
        c.drawCentredString(PAGE_W / 2, 470, "IOM RESPONSE TO THE COVID-19 PANDEMIC:")
        c.drawCentredString(PAGE_W / 2, 454, "OPERATIONAL AND FINANCIAL UPDATE")
        c.setFont(FONT, 11)
        c.drawCentredString(PAGE_W / 2, 432, "(Situation as at 30 September 2020)")
        c.showPage()

    def build(self):
        self.cover()
        self.new_page()
        for idx, el in enumerate(BODY):
            k = el[0]
            nxt = BODY[idx + 1][0] if idx + 1 < len(BODY) else None
            list_gap = PARA_GAP - 2 if nxt in ("item", "bullet") else PARA_GAP + 1
            if k == "title":
                self.c.setFont(FONT_B, 11)
                self.c.drawCentredString(PAGE_W / 2, self.y, el[1])
                self.y -= 14
            elif k == "subtitle":
                self.c.setFont(FONT, 10.5)
                self.c.drawCentredString(PAGE_W / 2, self.y, el[1])
                self.y -= 14 + 16
            elif k == "h1":
                self.heading(el[1], el[2], FONT_B)
            elif k == "h2":
                self.heading(el[1], el[2], FONT_BI)
            elif k == "para":
                self.text_block(el[2], LM, el[1], LM + 36)
            elif k == "item":
                lvl = el[3]
                xl = LM + 36 if lvl == 1 else LM + 64
                self.text_block(el[2], xl, el[1], xl + 28, gap_after=list_gap)
            elif k == "bullet":
                self.text_block(el[1], LM + 40, "\u2022", LM + 54, gap_after=list_gap)
            elif k == "table":
                self.table()
        self.flush_footnotes()
        self.c.showPage()
        self.c.save()


if __name__ == "__main__":
    Doc().build()
