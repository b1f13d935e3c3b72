#!/usr/bin/env python3
"""Draw scpf-paper-2023c.pdf: an SCPF paper (S/33/7, 2023) laid out with fpdf2.

Body paragraphs use a hanging-indent number column and NO extra space between
consecutive paragraphs (Word-template style); footnotes sit at the foot of the
page where their raised marker falls.
"""
import os
import re

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = "/usr/share/fonts/truetype/dejavu"

SYMBOL = "S/33/7"
DATE = "6 October 2023"
TITLE_LINES = ["UPDATE ON THE BUSINESS TRANSFORMATION:",
               "PROGRESS, FUNDING AND NEXT STEPS"]
COVER_NOTE = ("This document is submitted in response to the request made by Member "
              "States at the Thirty-second Session of the Standing Committee for a further "
              "written update on the Business Transformation before the end of 2023.")

# page geometry (mm)
PW, PH = 210, 297
LM, RM = 25, 20
TOP, BOTTOM = 18, 20
TW = PW - LM - RM
NUM_W = 10          # hanging column for paragraph numbers
ITEM_W = 10         # hanging column for (a)/(b) labels

BODY_PT = 10.5
LH = 5.0            # body line height
FN_PT = 8.5
FN_LH = 3.8
SUP_PT = 6.5

FOOTNOTES = {
    "1": "See document S/32/6, Update on the Business Transformation, presented to the "
         "Standing Committee at its Thirty-second Session in June 2023.",
    "2": "The revised thresholds were benchmarked against those applied by UNHCR, UNICEF "
         "and WFP, and were reviewed by the Office of the Inspector General before issuance.",
    "3": "See document C/111/5, Internal governance framework, and the progress report "
         "contained in document S/31/4.",
    "4": "The funding modalities are described in the Programme and Budget for 2023 "
         "(C/113/6), paragraphs 94 to 101.",
}

# Body content. Markers are written {fn:N}.
BODY = [
    ("h1", "I.", "INTRODUCTION"),
    ("p", "1", "The present document informs Member States of the progress made in the "
     "Business Transformation of the Organization since the last written update to the "
     "Standing Committee in June 2023.{fn:1} It describes the work carried out on the "
     "replacement of the enterprise resource planning (ERP) system, on the redesign of core "
     "administrative processes and on the people-related measures that accompany both, and "
     "it sets out the financial position of the initiative as at 30 June 2023."),
    ("p", "2", "The Business Transformation was launched in 2020 to equip IOM with modern, "
     "integrated systems and streamlined processes commensurate with the size and complexity "
     "of its operations. Since then, the annual expenditure of the Organization has grown far "
     "beyond the volume that its legacy systems, designed two decades ago for a much smaller "
     "operational footprint, were built to support. The Administration has stressed on "
     "several occasions that the initiative is a management reform in its own right, and "
     "not merely a technology project."),
    ("p", "3", "In preparing this update, the Administration has taken into account the "
     "guidance offered by Member States during the informal consultations held on "
     "14 September 2023, in particular their requests for clearer milestones, for more "
     "detailed information on costs and for a candid assessment of the risks that remain. "
     "These three themes structure the sections below."),
    ("h1", "II.", "PROGRESS SINCE THE LAST UPDATE"),
    ("h2", "A.", "Enterprise resource planning system"),
    ("p", "4", "The design phase of the new ERP system was completed in May 2023, on "
     "schedule. More than 140 workshops were held with colleagues from Headquarters, the "
     "Manila and Panama Administrative Centres and 38 country offices in order to validate "
     "the future configuration of the finance, procurement, human resources and project "
     "management modules."),
    ("p", "5", "The build and testing phase began in June 2023 and is proceeding in three "
     "successive waves:"),
    ("i", "(a)", "the first wave covers the general ledger, treasury and budget control "
     "functions, which must be in place before any other module can go live;"),
    ("i", "(b)", "the second wave covers procurement, supply chain and travel, and includes "
     "the integration of the existing vendor registration portal; and"),
    ("i", "(c)", "the third wave covers human resources and payroll, which will be "
     "configured in parallel with the revision of the Staff Regulations and Rules now under "
     "way."),
    ("p", "6", "The first wave completed its initial round of system integration testing in "
     "August 2023. Some 1,870 test scripts were executed, of which 93 per cent passed at the "
     "first attempt; the defects identified have been logged and assigned to the "
     "implementation partner for correction before the second round of testing, scheduled "
     "for November 2023."),
    ("p", "7", "Subject to the successful completion of user acceptance testing, the first "
     "wave will go live at Headquarters and in the two Administrative Centres in April 2024. "
     "A phased deployment to regional and country offices will follow over the remainder of "
     "2024 and the first half of 2025."),
    ("h2", "B.", "Process redesign and policy harmonization"),
    ("p", "8", "In parallel with the system build, 27 end-to-end administrative processes "
     "have been reviewed, of which 19 have now been redesigned and approved by the relevant "
     "process owners. The redesigned processes reduce the number of manual approval steps, "
     "make greater use of electronic workflows and clarify the respective responsibilities "
     "of country offices, regional offices and Headquarters."),
    ("p", "9", "Several internal policies had to be revised so that they reflect the "
     "redesigned processes. The revised procurement policy, issued in July 2023, raises the "
     "thresholds for local procurement and brings IOM practice into line with that of other "
     "entities of the United Nations system.{fn:2} A revised policy on the delegation of "
     "authority will be issued before the end of 2023, consistent with the internal "
     "governance framework presented to the Council.{fn:3}"),
    ("p", "10", "The harmonization of processes across offices is expected to yield "
     "measurable efficiency gains. On the basis of time-and-motion studies carried out in "
     "six pilot country offices, the Administration estimates that the redesigned payment "
     "and procurement processes alone will free up the equivalent of 85 full-time positions "
     "once fully deployed, capacity that will be redirected to programme support and "
     "oversight functions."),
    ("h2", "C.", "People and change management"),
    ("p", "11", "A network of 310 change champions has been established across all regions. "
     "The change champions act as a link between the programme team and their colleagues, "
     "relay information on forthcoming changes and collect feedback on the readiness of "
     "their offices. Readiness assessments conducted in September 2023 indicate that "
     "72 per cent of offices consider themselves adequately informed, compared with "
     "48 per cent in February 2023."),
    ("p", "12", "A training strategy has been finalized. It combines self-paced online "
     "modules, available in English, French and Spanish, with role-based classroom training "
     "for approximately 4,500 staff members who will use the new system intensively. "
     "Training will start three months before each go-live date, so that the knowledge "
     "acquired can be applied without delay."),
    ("h1", "III.", "FINANCIAL OVERVIEW"),
    ("p", "13", "The total cost of the Business Transformation for the period 2020\u20132025 "
     "is estimated at USD 78.4 million, unchanged from the estimate presented in June 2023. "
     "The initiative is funded from a combination of Operational Support Income, unearmarked "
     "contributions and the one-time allocation approved by the Council in Resolution "
     "No. 1386 of 25 November 2021.{fn:4}"),
    ("p", "14", "The budget approved for 2023 amounts to USD 15,000,000. The table below "
     "shows, by workstream, the approved budget, the expenditure recorded as at 30 June 2023 "
     "and the remaining balance."),
    ("table",),
    ("p", "15", "Expenditure at mid-year corresponds to 62 per cent of the approved budget, "
     "which is consistent with the planned intensity of the build and testing phase. The "
     "Administration expects the full budget to be used by the end of the year, and "
     "anticipates that:"),
    ("i", "(a)", "the remaining balance for the ERP workstream will be fully committed once "
     "the second and third waves enter the build phase; and"),
    ("i", "(b)", "any unspent balance under the other workstreams will be carried forward "
     "to 2024 and reported to the Standing Committee in the financial report for 2023."),
    ("p", "16", "No additional funding is requested from Member States at this stage. "
     "Should the risks described in section IV materialize, the Administration would first "
     "seek to absorb the resulting costs within the overall envelope by re-phasing "
     "activities, and would inform the Committee before seeking any further resources."),
    ("h1", "IV.", "RISKS AND MITIGATION"),
    ("p", "17", "The main risk to the timeline lies in the availability of subject matter "
     "experts, who must continue to perform their regular functions while contributing to "
     "design, testing and training. To mitigate this risk, 24 temporary positions have been "
     "created to backfill key staff in the Finance, Procurement and Human Resources "
     "divisions for the duration of the build phase."),
    ("p", "18", "A second risk concerns data quality. The migration of historical data from "
     "the legacy systems requires extensive cleansing of vendor, project and staff records. "
     "A data quality dashboard now allows regional offices to monitor progress; as at "
     "31 August 2023, 81 per cent of vendor records had been validated."),
    ("p", "19", "Finally, the Office of the Inspector General has conducted an advisory "
     "review of the governance arrangements of the programme. Its recommendations, which "
     "concern mainly the documentation of design decisions and the independence of quality "
     "assurance, have all been accepted and are being implemented."),
    ("h1", "V.", "CONCLUSION"),
    ("p", "20", "The Business Transformation has moved from design into build, and the "
     "Organization remains on course to bring the first wave of the new system into use in "
     "April 2024. The Administration will continue to keep Member States informed through "
     "regular briefings and written updates."),
    ("p", "21", "The Standing Committee is invited to take note of the present document and "
     "to provide such guidance as it deems appropriate on the next phases of the Business "
     "Transformation."),
]

TABLE_CAPTION = "Business Transformation: budget and expenditure for 2023 (USD)"
TABLE_HEAD = ["Workstream", "Approved budget", "Expenditure to 30 June", "Balance"]
TABLE_ROWS = [
    ("Enterprise resource planning", 9850000, 6412300),
    ("Process redesign", 2140000, 1286500),
    ("Change management and training", 1760000, 942800),
    ("Programme management", 1250000, 731400),
]


class Doc(FPDF):
    def __init__(self):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_auto_page_break(False)
        self.set_margins(LM, TOP, RM)
        self.add_font("Sans", "", f"{FONT_DIR}/DejaVuSansCondensed.ttf")
        self.add_font("Sans", "B", f"{FONT_DIR}/DejaVuSansCondensed-Bold.ttf")
        self.add_font("Sans", "I", f"{FONT_DIR}/DejaVuSansCondensed-Oblique.ttf")
        self.add_font("Sans", "BI", f"{FONT_DIR}/DejaVuSansCondensed-BoldOblique.ttf")
        self.set_title(" ".join(TITLE_LINES))
        self.set_author("International Organization for Migration")
        self.body_page = 0
        self.page_fns = []      # footnote ids placed on the current page
        self.y_cur = TOP
        self.after_heading = False

    # ---------- low-level helpers ----------
    def sw(self, s, style="", size=BODY_PT):
        self.set_font("Sans", style, size)
        return self.get_string_width(s)

    def right_text(self, y, s, style="", size=BODY_PT):
        self.set_font("Sans", style, size)
        self.text(PW - RM - self.get_string_width(s), y, s)

    def centre_text(self, y, s, style="", size=BODY_PT):
        self.set_font("Sans", style, size)
        self.text((PW - self.get_string_width(s)) / 2, y, s)

    # ---------- tokens: words with optional raised markers ----------
    @staticmethod
    def tokenize(text):
        toks = []
        for word in text.split(" "):
            parts = re.split(r"(\{fn:[^}]+\})", word)
            segs = []
            for p in parts:
                if not p:
                    continue
                m = re.fullmatch(r"\{fn:([^}]+)\}", p)
                segs.append(("sup", m.group(1)) if m else ("txt", p))
            toks.append(segs)
        return toks

    def tok_width(self, segs, style=""):
        total = 0
        for kind, s in segs:
            total += self.sw(s, "", SUP_PT) + 0.3 if kind == "sup" else self.sw(s, style)
        return total

    def wrap(self, text, width, style=""):
        toks = self.tokenize(text)
        space = self.sw(" ", style)
        lines, cur, cur_w = [], [], 0
        for t in toks:
            tw = self.tok_width(t, style)
            if cur and cur_w + space + tw > width:
                lines.append(cur)
                cur, cur_w = [t], tw
            else:
                cur_w = cur_w + space + tw if cur else tw
                cur.append(t)
        if cur:
            lines.append(cur)
        return lines

    def draw_line(self, x, y, toks, width, justify, style=""):
        space = self.sw(" ", style)
        widths = [self.tok_width(t, style) for t in toks]
        gap = space
        if justify and len(toks) > 1:
            gap = (width - sum(widths)) / (len(toks) - 1)
        markers = []
        for t, tw in zip(toks, widths):
            xx = x
            for kind, s in t:
                if kind == "sup":
                    self.set_font("Sans", "", SUP_PT)
                    self.text(xx + 0.15, y - 1.5, s)
                    xx += self.get_string_width(s) + 0.3
                    markers.append(s)
                else:
                    self.set_font("Sans", style, BODY_PT)
                    self.text(xx, y, s)
                    xx += self.get_string_width(s)
            x += tw + gap
        return markers

    # ---------- footnotes ----------
    def fn_lines(self, fid):
        self.set_font("Sans", "", FN_PT)
        return self.multi_cell(TW - 4, FN_LH, FOOTNOTES[fid], dry_run=True, output="LINES")

    def fn_height(self, fids):
        if not fids:
            return 0
        return sum(len(self.fn_lines(f)) * FN_LH + 0.6 for f in fids)

    def fn_reserved(self, extra=()):
        fids = list(self.page_fns) + [f for f in extra if f not in self.page_fns]
        h = self.fn_height(fids)
        return h + 6 if h else 0          # separator rule and gap

    def draw_footnotes(self):
        if not self.page_fns:
            return
        h = self.fn_height(self.page_fns)
        y0 = PH - BOTTOM - h
        self.set_line_width(0.2)
        self.line(LM, y0 - 3, LM + 50, y0 - 3)
        y = y0
        for f in self.page_fns:
            self.set_font("Sans", "", SUP_PT)
            self.text(LM, y + FN_LH - 0.8 - 0.9, f)
            self.set_font("Sans", "", FN_FONT_SIZE)
            for ln in self.fn_lines(f):
                self.set_font("Sans", "", FN_PT)
                self.text(LM + 4, y + FN_LH - 0.8, ln)
                y += FN_LH
            y += 0.6

    # ---------- pages ----------
    def new_body_page(self):
        if self.page_no() > 0:
            self.draw_footnotes()
        self.add_page()
        self.body_page += 1
        self.page_fns = []
        self.right_text(14, SYMBOL, "", 10)
        self.right_text(18.5, f"Page {self.body_page}", "", 10)
        self.y_cur = 28

    def limit(self, extra_fns=()):
        return PH - BOTTOM - self.fn_reserved(extra_fns)

    def ensure(self, height, extra_fns=()):
        if self.y_cur + height > self.limit(extra_fns):
            self.new_body_page()

    @staticmethod
    def markers_in(toks):
        return [s for t in toks for k, s in t if k == "sup"]

    # ---------- blocks ----------
    def flow_text(self, label, label_x, text_x, text, style=""):
        width = PW - RM - text_x
        lines = self.wrap(text, width, style)
        for i, toks in enumerate(lines):
            fns = self.markers_in(toks)
            # keep at least two lines of a paragraph together at a page foot
            need = LH * (2 if i == 0 and len(lines) > 1 else 1)
            self.ensure(need, fns)
            base = self.y_cur + LH - 1.3
            if i == 0 and label:
                self.set_font("Sans", style, BODY_PT)
                self.text(label_x, base, label)
            last = i == len(lines) - 1
            self.draw_line(text_x, base, toks, width, not last, style)
            for f in fns:
                if f not in self.page_fns:
                    self.page_fns.append(f)
            self.y_cur += LH

    def heading(self, num, text, level):
        style = "B" if level == 1 else "BI"
        # blank line before and after, as empty paragraphs in a Word template
        self.ensure(LH * 4)
        if not self.after_heading:
            self.y_cur += LH
        base = self.y_cur + LH - 1.3
        self.set_font("Sans", style, BODY_PT)
        self.text(LM, base, num)
        self.text(LM + NUM_W, base, text)
        self.y_cur += LH * 2
        self.after_heading = True

    def table(self):
        cols = [LM + NUM_W, LM + NUM_W + 62, LM + NUM_W + 62 + 32, PW - RM]
        rights = [None, cols[1] + 28, cols[2] + 36, PW - RM]
        rows = [(lbl, b, e, b - e) for lbl, b, e in TABLE_ROWS]
        tot = ("Total", sum(r[1] for r in rows), sum(r[2] for r in rows),
               sum(r[3] for r in rows))
        need = LH * (len(rows) + 6)
        self.ensure(need)
        self.y_cur += LH
        # caption
        self.centre_text(self.y_cur + LH - 1.3, TABLE_CAPTION, "B", 10)
        self.y_cur += LH * 1.4
        # heading row (two lines for long headings)
        self.set_font("Sans", "B", 9.5)
        heads = [["Workstream"], ["Approved", "budget"], ["Expenditure", "to 30 June"],
                 ["Balance"]]
        for li in range(2):
            base = self.y_cur + LH - 1.3
            for ci, h in enumerate(heads):
                # bottom-align the one-line headings
                idx = li - (2 - len(h))
                if idx < 0:
                    continue
                s = h[idx]
                if ci == 0:
                    self.text(cols[0], base, s)
                else:
                    self.text(rights[ci] - self.get_string_width(s), base, s)
            self.y_cur += LH * 0.9
        self.y_cur += LH * 0.4
        for r in rows + [tot]:
            style = "B" if r is tot else ""
            if r is tot:
                self.y_cur += LH * 0.3
            base = self.y_cur + LH - 1.3
            self.set_font("Sans", style, 10)
            self.text(cols[0], base, r[0])
            for ci in (1, 2, 3):
                s = f"{r[ci]:,}"
                self.text(rights[ci] - self.get_string_width(s), base, s)
            self.y_cur += LH
        self.y_cur += LH

    # ---------- cover ----------
    def cover(self):
        self.add_page()
        self.right_text(20, SYMBOL, "B", 11)
        self.right_text(30, "Original: English", "", 10.5)
        self.right_text(35, DATE, "", 10.5)
        self.centre_text(92, "STANDING COMMITTEE ON PROGRAMMES AND FINANCE", "B", 12)
        self.centre_text(99, "Thirty-third Session", "", 11.5)
        y = 140
        for i, t in enumerate(TITLE_LINES):
            self.set_font("Sans", "B", 13)
            if i == len(TITLE_LINES) - 1:
                wt = self.get_string_width(t)
                x = (PW - wt) / 2
                self.text(x, y, t)
                self.set_font("Sans", "B", 10)
                self.text(x + wt + 0.3, y - 1.6, "*")
            else:
                self.centre_text(y, t, "B", 13)
            y += 7
        # cover note at the foot of the page
        self.set_font("Sans", "", FN_PT)
        lines = self.multi_cell(TW - 4, FN_LH, COVER_NOTE, dry_run=True, output="LINES")
        y0 = PH - BOTTOM - len(lines) * FN_LH
        self.set_line_width(0.2)
        self.line(LM, y0 - 3, LM + 50, y0 - 3)
        self.set_font("Sans", "", FN_PT)
        self.text(LM, y0 + FN_LH - 0.8, "*")
        yy = y0
        for ln in lines:
            self.text(LM + 4, yy + FN_LH - 0.8, ln)
            yy += FN_LH

    def running_title(self):
        for t in TITLE_LINES:
            self.centre_text(self.y_cur + LH - 1.3, t, "B", BODY_PT)
            self.y_cur += LH
        self.y_cur += LH

    def build(self):
        self.cover()
        self.new_body_page()
        self.running_title()
        first = True
        for blk in BODY:
            kind = blk[0]
            if kind == "h1":
                if first:
                    self.y_cur -= LH   # the running title already left a blank line
                self.heading(blk[1], blk[2], 1)
            elif kind == "h2":
                self.heading(blk[1], blk[2], 2)
            elif kind == "p":
                self.after_heading = False
                self.flow_text(blk[1] + ".", LM, LM + NUM_W, blk[2])
            elif kind == "i":
                self.flow_text(blk[1], LM + NUM_W, LM + NUM_W + ITEM_W, blk[2])
            elif kind == "table":
                self.table()
            first = False
        self.draw_footnotes()


FN_FONT_SIZE = FN_PT

if __name__ == "__main__":
    d = Doc()
    d.build()
    d.output(os.path.join(HERE, "scpf-paper-2023c.pdf"))
    print("pages:", d.page_no())
